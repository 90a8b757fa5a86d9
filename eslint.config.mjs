// ESLint: recommended rules (not the type-checked set, which would double the run time and
// mostly restate what `tsc --noEmit` already enforces), import cycles, and the layers of src/.
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The layers, lowest first. A file may import its own layer and any lower one, never a higher one.
// Paths are relative to the repository root; a folder covers everything under it.
const LAYERS = [
  ['src/constants.ts', 'src/vocabulary.ts', 'src/utilities', 'src/payload-types.ts'],
  ['src/platform'],
  ['src/access', 'src/fields', 'src/hooks'],
  [
    'src/inquiries',
    'src/sourcing',
    'src/buyers',
    'src/imports',
    'src/search',
    'src/dashboard',
    'src/preview',
  ],
  ['src/collections', 'src/blocks', 'src/portal', 'src/renderer', 'src/admin'],
  ['payload.config.ts', 'src/server', 'src/seed', 'src/bench', 'scripts', 'src/app'],
]

// Adapters share a layer, but the renderer is the outermost of them: collections and blocks
// must not reach into it (blocks get their context from a neutral module).
const EXTRA_ZONES = [
  { target: 'src/collections', from: 'src/renderer' },
  { target: 'src/blocks', from: 'src/renderer' },
  { target: 'src/portal', from: 'src/renderer' },
  { target: 'src/portal', from: 'src/blocks/RenderBlocks.tsx' },
]

// Imports allowed to break the layers, each as `[file, imported path]` with its reason. None is
// left (issue 18 removed the last four): move code to the right layer instead of adding one.
const KNOWN_VIOLATIONS = []

const zones = () => {
  const list = []
  LAYERS.forEach((layer, index) => {
    for (const higher of LAYERS.slice(index + 1).flat()) {
      for (const target of layer) list.push({ target, from: higher })
    }
  })
  return [...list, ...EXTRA_ZONES]
}

const within = (file, folder) => file === folder || file.startsWith(`${folder}/`)

// One zone per (target, from) pair, so that an exception can name the one import it allows
// (`except` must lie under `from`).
const restrictedPaths = (file) => [
  'error',
  {
    zones: zones()
      .filter((zone) => !file || within(file, zone.target))
      .map((zone) => {
        const except = KNOWN_VIOLATIONS.filter(
          ([source, imported]) => source === file && within(imported, zone.from),
        ).map(([, imported]) =>
          imported === zone.from ? '.' : imported.slice(zone.from.length + 1),
        )
        return except.length ? { ...zone, except } : zone
      }),
  },
]

const exceptionFiles = [...new Set(KNOWN_VIOLATIONS.map(([file]) => file))]

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'coverage/',
      'data/',
      'media/',
      'backups/',
      'test-results/',
      'artifacts/',
      'next-env.d.ts',
      // Generated: payload generate:types, generate:importmap, migrate:create.
      'src/payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'src/migrations/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Without the parser and extensions, import-x cannot read .ts modules and no-cycle sees
      // no edges at all (it silently reports nothing).
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': restrictedPaths(),
      // `_unused` is the house way to say "deliberately ignored"; rest siblings drop keys.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Off: every finding is a deliberate control-character class in a regular expression
      // (refusing NUL and friends in input, stripping ANSI escapes from child output).
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read arbitrary JSON response bodies; typing each one would be ceremony, not safety.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  ...exceptionFiles.map((file) => ({
    files: [file],
    rules: { 'import-x/no-restricted-paths': restrictedPaths(file) },
  })),
)
