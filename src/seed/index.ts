import type { Payload } from 'payload'

export const seedDemo = async (_args: { payload: Payload; onlyIfEmpty?: boolean; log: (line: string) => void }) => {}
