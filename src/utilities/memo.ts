/**
 * A remembered function of a string key, bounded: once it holds `limit` values it is emptied
 * and fills again. For pure work whose inputs repeat (formatters, formatted numbers, a Chinese
 * run's cut), where an eviction order would cost more than the rare refill.
 */
export const boundedMemo = <V>(limit: number) => {
  const held = new Map<string, V>()
  return (key: string, make: () => V): V => {
    let value = held.get(key)
    if (value === undefined) {
      if (held.size >= limit) held.clear()
      held.set(key, (value = make()))
    }
    return value
  }
}
