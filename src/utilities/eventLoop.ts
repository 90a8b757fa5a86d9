/**
 * Lets the event loop answer what is waiting (requests, timers) before going on. SQLite answers
 * synchronously, so long work on it (an import) would otherwise hold the server from start to end.
 */
export const letEventLoopGo = () => new Promise<void>((resolve) => setImmediate(resolve))
