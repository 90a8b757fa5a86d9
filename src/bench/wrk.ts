import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * Load from a C load generator (Debian's `wrk`), so that the server is measured and not the
 * load generator: a JavaScript one on the same two cores tops out near 16,000 req/s, below a
 * bare Node server. Also the two baselines every run puts beside Chandi: a bare
 * `http.createServer` answering the same bytes, and nginx serving them from a file.
 */

export type LoadFigures = { rps: number; p50: number; p95: number; p99: number; errors: number }

export const hasWrk = () => spawnSync('wrk', ['--version']).error === undefined

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

/** wrk prints latencies as `812.00us`, `1.20ms`, `2.01s`: in milliseconds. */
const toMs = (value: string) => {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim())
  if (!match) return Number.NaN
  const number = Number(match[1])
  const unit = match[2]
  return unit === 'us'
    ? number / 1000
    : unit === 's'
      ? number * 1000
      : unit === 'm'
        ? number * 60_000
        : number
}

/** Reads wrk's `--latency` report: requests/s, the 50/90/99th percentiles, errors and non-2xx/3xx. */
export const parseWrk = (output: string): LoadFigures => {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN)
  const percentile = (p: string) =>
    toMs(new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(output)?.[1] ?? '')
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    output,
  )
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0)
  const errors =
    non2xx + (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0)
  // wrk prints 50, 75, 90 and 99: p95 is read between 90 and 99 (linear), and said so in the table.
  const p90 = percentile('90')
  const p99 = percentile('99')
  return {
    rps: Math.round(rps),
    p50: percentile('50'),
    p95: Math.round((p90 + (p99 - p90) * (5 / 9)) * 100) / 100,
    p99,
    errors,
  }
}

/**
 * `wrk -t<threads> -c<connections> -d<seconds>s --latency` against 127.0.0.1 only. `unique`
 * appends `?bench=<n>` (or `&bench=<n>`) to every request, so that each one misses the cache.
 */
export const wrk = ({
  port,
  path: urlPath = '/',
  host,
  headers = {},
  seconds = 5,
  connections = 32,
  threads = 1,
  unique = false,
}: {
  port: number
  path?: string
  host?: string
  headers?: Record<string, string>
  seconds?: number
  connections?: number
  threads?: number
  unique?: boolean
}): Promise<LoadFigures> =>
  new Promise((resolve, reject) => {
    const args = [
      `-t${threads}`,
      `-c${connections}`,
      `-d${seconds}s`,
      '--latency',
      '--timeout',
      '10s',
    ]
    for (const [name, value] of Object.entries({
      ...(host ? { Host: `${host}:${port}` } : {}),
      ...headers,
    }))
      args.push('-H', `${name}: ${value}`)
    let script: string | undefined
    if (unique) {
      script = path.join(os.tmpdir(), `chandi-wrk-${process.pid}-${Date.now()}.lua`)
      const joiner = urlPath.includes('?') ? '&' : '?'
      fs.writeFileSync(
        script,
        `local n = 0\nrequest = function()\n  n = n + 1\n  return wrk.format(nil, ${JSON.stringify(urlPath)} .. "${joiner}bench=" .. n .. "-" .. math.random(1, 1000000000))\nend\n`,
      )
      args.push('-s', script)
    }
    args.push(`http://127.0.0.1:${port}${urlPath}`)
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (script) fs.rmSync(script, { force: true })
      if (code !== 0) return reject(new Error(`wrk exited ${code}: ${output}`))
      resolve(parseWrk(output))
    })
  })

export type Baseline = { port: number; stop: () => Promise<void> }

/** The ceiling for Node: a bare server answering the same bytes with the same content type. */
export const startBareNode = async ({
  body,
  contentType,
}: {
  body: Buffer
  contentType: string
}): Promise<Baseline> => {
  const port = await freePort()
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** nginx (Debian's package), one worker, serving the bytes from a file; undefined without nginx. */
export const startNginx = async ({ body }: { body: Buffer }): Promise<Baseline | undefined> => {
  if (spawnSync('nginx', ['-v']).error) return undefined
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-nginx-'))
  fs.chmodSync(dir, 0o755)
  fs.mkdirSync(path.join(dir, 'www'))
  fs.writeFileSync(path.join(dir, 'www', 'index.html'), body)
  fs.chmodSync(path.join(dir, 'www'), 0o755)
  fs.chmodSync(path.join(dir, 'www', 'index.html'), 0o644)
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(
    conf,
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;`,
      `  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
      '  default_type text/html;',
      '  sendfile on; tcp_nopush on; keepalive_requests 1000000;',
      `  server { listen 127.0.0.1:${port}; root ${dir}/www; location / { try_files /index.html =404; } }`,
      '}',
      '',
    ].join('\n'),
  )
  const child: ChildProcess = spawn('nginx', ['-c', conf, '-p', dir], { stdio: 'ignore' })
  // Wait until it answers.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/' }, (res) => {
        res.resume()
        resolve(res.statusCode === 200)
      })
      req.on('error', () => resolve(false))
    })
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    port,
    stop: async () => {
      child.kill('SIGQUIT')
      await new Promise((resolve) => setTimeout(resolve, 200))
      if (child.exitCode === null) child.kill('SIGKILL')
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
