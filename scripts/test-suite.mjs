#!/usr/bin/env node
/**
 * The whole suite in two lanes at once (`npm test`'s last step, and CI's PostgreSQL run):
 *
 * - main: `vitest run --project unit --project integration`, which starts the suite's server;
 * - isolated: `vitest run --project isolated` in a second Vitest process, on the same server
 *   (tests/setup/lanes.ts says which files, tests/setup/server.ts how the server is shared).
 *
 * The isolated files start servers of their own and wait on them most of the time; beside the
 * main lane they use the second core instead of adding their minutes to the end. Both lanes'
 * lines are printed as they come, and at the end one summary over both, in Vitest's words.
 * Arguments go to both lanes (e.g. `--reporter=verbose`; not `--project`). To run a few files,
 * `npx vitest run <files>`: everything in one process, one file after another.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-lanes-'))
const handoff = path.join(dir, 'suite.json')
const vitest = path.join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs')
const extra = process.argv.slice(2)

const lanes = [
  {
    name: 'main',
    args: ['--project', 'unit', '--project', 'integration'],
    env: { CHANDI_SUITE_HANDOFF: handoff },
  },
  { name: 'isolated', args: ['--project', 'isolated'], env: { CHANDI_SUITE_ATTACH: handoff } },
]

const plain = (line) => line.replace(/\x1b\[[0-9;]*m/g, '')

const run = (lane) =>
  new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [vitest, 'run', ...lane.args, '--passWithNoTests', ...extra],
      {
        env: { ...process.env, ...lane.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    lane.child = child
    lane.summary = { files: '', tests: '' }
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = ''
      stream.setEncoding('utf8').on('data', (chunk) => {
        const lines = (rest + chunk).split('\n')
        rest = lines.pop()
        for (const line of lines) {
          const text = plain(line)
          if (/^ +Test Files +/.test(text)) lane.summary.files = text
          if (/^ +Tests +/.test(text)) lane.summary.tests = text
          out.write(`${line}\n`)
        }
      })
      stream.on('end', () => rest && out.write(`${rest}\n`))
    }
    // 'close': the child has exited and its output has all been read (the summary included).
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    for (const lane of lanes) lane.child?.kill(signal)
  })

const [main, isolated] = lanes
const mainDone = run(main).then((code) => {
  // The main lane ended before the isolated one could (it failed to start, crashed, or had no
  // file to run, so started no server): the isolated lane has no server to use.
  if (isolated.child && isolated.child.exitCode === null && !fs.existsSync(`${handoff}.release`)) {
    if (!fs.existsSync(handoff))
      console.error(
        '[test-suite] the main lane started no suite server (no file of its own to run?); to run only isolated files: npx vitest run <files>',
      )
    isolated.child.kill('SIGTERM')
  }
  return code
})
const isolatedDone = run(isolated).then((code) => {
  // The main lane's server may stop now.
  fs.writeFileSync(`${handoff}.release`, String(code))
  return code
})
const codes = await Promise.all([mainDone, isolatedDone])
fs.rmSync(dir, { recursive: true, force: true })

/** "1 failed | 611 passed | 3 skipped (615)" → { failed: 1, passed: 611, skipped: 3, total: 615 } */
const counts = (line) => {
  const found = { total: Number(/\((\d+)\)\s*$/.exec(line)?.[1] ?? 0) }
  for (const [, count, word] of line.matchAll(/(\d+) ([a-z]+)/g))
    found[word] = (found[word] ?? 0) + Number(count)
  return found
}
const sum = (kind) => {
  const total = {}
  for (const lane of lanes)
    for (const [word, count] of Object.entries(counts(lane.summary[kind])))
      total[word] = (total[word] ?? 0) + count
  const words = ['failed', 'passed', 'skipped', 'todo'].filter((word) => total[word])
  return `${words.map((word) => `${total[word]} ${word}`).join(' | ')} (${total.total ?? 0})`
}
console.log('\n== both lanes (main and isolated):')
for (const lane of lanes)
  console.log(
    `   ${lane.name}: ${plain(lane.summary.tests).trim() || 'no summary'} (exit ${codes[lanes.indexOf(lane)]})`,
  )
console.log(` Test Files  ${sum('files')}`)
console.log(`      Tests  ${sum('tests')}`)
process.exit(codes.some((code) => code !== 0) ? 1 : 0)
