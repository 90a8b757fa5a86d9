/** A host name as it is stored and looked up: trimmed, lower-case, without the root's dot. */
export const normaliseDomain = (value: string): string =>
  value.trim().toLowerCase().replace(/\.$/, '')
