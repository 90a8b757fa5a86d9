import fs from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'

export type Mail = {
  to: { address: string }[]
  subject: string
  text: string
  refusedBefore?: number
}

/**
 * Every message the test SMTP sink (tests/setup/mail-sink.ts) has accepted so far, or, with `dir`,
 * that a server of a test's own wrote to its MAIL_OUTBOX_DIR (the same `to`, `subject`, `text`).
 */
export const mails = (dir: string = inject('outboxDir')): Mail[] => {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Mail)
}

export const isTo = (mail: Mail, address: string) =>
  mail.to.some((rcpt) => rcpt.address.toLowerCase() === address.toLowerCase())

/** Waits for e-mails matching `test` (sending is asynchronous, through the jobs queue). */
export const waitForMail = async (
  test: (mail: Mail) => boolean,
  { timeoutMs = 30_000, count = 1, dir }: { timeoutMs?: number; count?: number; dir?: string } = {},
): Promise<Mail[]> => {
  const started = Date.now()
  for (;;) {
    const found = mails(dir).filter(test)
    if (found.length >= count) return found
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `no e-mail matched within ${timeoutMs} ms; ${mails(dir).length} in the outbox`,
      )
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
