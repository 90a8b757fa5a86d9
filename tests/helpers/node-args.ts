import { spawn } from 'node:child_process'

/**
 * How the suite runs the project's TypeScript entry points, as `npm start` does. The
 * `production` condition makes Lexical load its plain builds instead of its Node wrappers,
 * whose top-level awaits deadlock Node 20's module loader now and then (exit code 13).
 */
export const NODE_ARGS = ['--conditions=production', '--no-deprecation', '--import', 'tsx']

export type NodeRun = { status: number | null; stdout: string; stderr: string }

/**
 * Runs a TypeScript entry point in a process of its own and waits for it without blocking the
 * test's event loop. `spawnSync` did block it, and the next request then reused a keep-alive
 * socket the server had closed meanwhile ("other side closed": a DELETE that never ran).
 */
export const runNode = (
  script: string,
  args: string[],
  { env, timeout }: { env: NodeJS.ProcessEnv; timeout: number },
): Promise<NodeRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, script, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout)
    child.once('error', reject)
    child.once('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
