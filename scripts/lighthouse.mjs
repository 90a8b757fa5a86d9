/**
 * `npm run lighthouse [-- --base http://zhili.localhost:3000 --min 95]`: Lighthouse (performance,
 * accessibility, best practices, SEO) on a running portal's home, first factory and first product,
 * as a phone (Lighthouse's default: throttled) and as a desktop, in the system's Chromium
 * (`CHROME_PATH`, else /usr/bin/chromium). Fetches Lighthouse 12 through npx the first time (it is
 * not a dependency: ~200 packages every `npm ci` would install for a check run by hand). Prints a
 * Markdown table; exits 1 when a score is under `--min`. A measurement, not a test.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://zhili.localhost:3000' },
    min: { type: 'string', default: '95' },
  },
})
const base = args.base.replace(/\/$/, '')
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-lighthouse-'))

/** A page's HTML; `*.localhost` is loopback, as browsers treat it (Node's resolver may not). */
const read = (url) =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    const client = target.protocol === 'https:' ? https : http
    const lookup = target.hostname.endsWith('.localhost')
      ? (_host, options, callback) =>
          options?.all
            ? callback(null, [{ address: '127.0.0.1', family: 4 }])
            : callback(null, '127.0.0.1', 4)
      : undefined
    client
      .get(target, { lookup }, (res) => {
        let html = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (html += chunk))
        res.on('end', () => resolve(html))
      })
      .on('error', reject)
  })

const firstLink = async (listPath, prefix) => {
  const html = await read(`${base}${listPath}`)
  const match = new RegExp(`href="(${prefix}/[^"?#]+)"`).exec(html)
  if (!match) throw new Error(`no link under ${prefix} on ${base}${listPath}`)
  return match[1]
}

const pages = [
  ['portal home', '/en'],
  ['factory', await firstLink('/en/factories', '/en/factories')],
  ['product', await firstLink('/en/products', '/en/products')],
]
const rows = []
let failed = false
for (const [name, pagePath] of pages) {
  for (const form of ['phone', 'desktop']) {
    const out = path.join(work, `${name}-${form}.json`.replace(/ /g, '-'))
    execFileSync(
      'npx',
      [
        '-y',
        'lighthouse@12',
        `${base}${pagePath}`,
        ...(form === 'desktop' ? ['--preset=desktop'] : []),
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json',
        `--output-path=${out}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--quiet',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } },
    )
    const report = JSON.parse(fs.readFileSync(out, 'utf8'))
    const scores = Object.values(report.categories).map((c) => Math.round(c.score * 100))
    if (scores.some((score) => score < Number(args.min))) failed = true
    const lcp = report.audits['largest-contentful-paint'].displayValue
    rows.push(`| ${name} (${pagePath}) | ${form} | ${scores.join(' | ')} | ${lcp} |`)
  }
}
fs.rmSync(work, { recursive: true, force: true })
console.log(
  [
    `Lighthouse 12 on ${base}, ${new Date().toISOString().slice(0, 10)}:`,
    '',
    '| page | as | performance | accessibility | best practices | SEO | LCP |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'),
)
process.exit(failed ? 1 : 0)
