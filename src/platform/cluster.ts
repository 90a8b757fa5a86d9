import cluster, { type Worker } from 'node:cluster'

import { AggregatorRegistry } from 'prom-client'
import { env } from '@/utilities/config'

/**
 * `CHANDI_WORKERS=N npm start`: N renderer processes sharing one port (Node's cluster) and one
 * database. The first worker, the leader, starts alone: it applies migrations, seeds, builds the
 * search index and runs the jobs; the others start once it listens, with jobs off. A worker that
 * dies is replaced (the leader by a new leader). SIGTERM/SIGINT reach every worker, which drain
 * as one process would; the primary exits when they all have. Evictions reach every worker
 * through src/platform/events.ts; `/metrics` answers for all of them (prom-client's aggregator).
 */
export const workerCount = () => {
  try {
    return env('CHANDI_WORKERS')
  } catch (error) {
    console.error(`[chandi] ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  }
}

type Message = {
  chandi?: 'ready' | 'metrics' | 'metrics-answer'
  id?: number
  text?: string
  error?: string
}

export const runPrimary = (count: number) => {
  const log = (line: string) => console.log(`[chandi] ${line}`)
  const aggregator = new AggregatorRegistry()
  let stopping = false
  let leader: Worker | null = null
  let restarting = 0

  const fork = (role: 'leader' | 'follower') => {
    const env =
      role === 'leader'
        ? { CHANDI_WORKER_ROLE: 'leader' }
        : { CHANDI_WORKER_ROLE: 'follower', CHANDI_JOBS: 'false', CHANDI_SEED: 'false' }
    const worker = cluster.fork(env)
    let ready = false
    if (role === 'leader') leader = worker
    worker.on('message', (message: Message) => {
      if (message?.chandi === 'ready') ready = true
      // The leader is ready: start the followers that neither run nor are being restarted.
      if (message?.chandi === 'ready' && worker === leader) {
        for (
          let index = Object.keys(cluster.workers ?? {}).length + restarting;
          index < count;
          index += 1
        )
          fork('follower')
      }
      if (message?.chandi === 'metrics') {
        aggregator.clusterMetrics().then(
          (text) => worker.send({ chandi: 'metrics-answer', id: message.id, text }),
          (error: unknown) =>
            worker.send({ chandi: 'metrics-answer', id: message.id, error: String(error) }),
        )
      }
    })
    worker.on('exit', (code, signal) => {
      if (stopping) return
      // One that never started (a wrong setting, the database missing) would fail again: stop,
      // as a single process does, instead of restarting it forever.
      if (!ready) {
        console.error(
          `[chandi] worker ${worker.process.pid} (${role}) failed to start (${signal ?? code}); stopping`,
        )
        stop('SIGTERM', 1)
        return
      }
      log(`worker ${worker.process.pid} (${role}) exited (${signal ?? code}); starting another`)
      restarting += 1
      setTimeout(() => {
        restarting -= 1
        if (!stopping) fork(role)
      }, 1000)
    })
  }

  function stop(signal: NodeJS.Signals, code = 0) {
    if (stopping) return
    stopping = true
    const workers = Object.values(cluster.workers ?? {})
    log(`${signal}: stopping ${workers.length} workers`)
    if (workers.length === 0) process.exit(code)
    for (const worker of workers) worker?.process.kill(signal)
    const deadline = setTimeout(() => process.exit(code), env('CHANDI_SHUTDOWN_MS') + 5000)
    deadline.unref()
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code)
    })
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
  log(`starting ${count} workers (the first alone, then the rest)`)
  fork('leader')
}

const pending = new Map<
  number,
  { resolve: (text: string) => void; reject: (error: Error) => void }
>()
let nextID = 0
let listening = false

/** In a worker: tells the primary it listens (the leader's cue to start the others). */
export const announceReady = () => {
  if (cluster.isWorker) process.send?.({ chandi: 'ready' })
}

/** In a worker: every worker's metrics, summed by the primary; elsewhere, null. */
export const clusterMetrics = (): Promise<string> | null => {
  if (!cluster.isWorker || !process.send) return null
  if (!listening) {
    listening = true
    process.on('message', (message: Message) => {
      if (message?.chandi !== 'metrics-answer' || message.id === undefined) return
      const waiting = pending.get(message.id)
      pending.delete(message.id)
      if (message.error !== undefined) waiting?.reject(new Error(message.error))
      else waiting?.resolve(message.text ?? '')
    })
  }
  const id = (nextID += 1)
  return new Promise<string>((resolve, reject) => {
    pending.set(id, { resolve, reject })
    process.send!({ chandi: 'metrics', id })
    setTimeout(() => {
      if (pending.delete(id)) reject(new Error('the other workers did not answer within 5 s'))
    }, 5000).unref()
  })
}
