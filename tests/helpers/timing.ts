/** The middle of `values` (the upper one of an even count). */
export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Runs `run` and says how long it took, in milliseconds. */
export const timed = async <T>(run: () => Promise<T>) => {
  const started = performance.now()
  const result = await run()
  return { result, ms: performance.now() - started }
}
