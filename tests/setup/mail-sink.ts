import fs from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A local SMTP server for the test suite: the Chandi server sends to it over real SMTP, and it
 * writes each message it accepts as JSON ({ to, subject, text, refusedBefore }) into the outbox
 * folder the tests read. To test retries it refuses, with a temporary 451, the first N
 * deliveries to any address whose local part ends in `+failN` (`ana+fail2@example.com`).
 */
export const startMailSink = async (outboxDir: string) => {
  const refused = new Map<string, number>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const wanted = Number(address.address.match(/\+fail(\d)@/)?.[1] ?? 0)
      const sofar = refused.get(address.address) ?? 0
      if (sofar < wanted) {
        refused.set(address.address, sofar + 1)
        callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }))
        return
      }
      callback()
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          const to = session.envelope.rcptTo.map((rcpt) => ({ address: rcpt.address }))
          fs.mkdirSync(outboxDir, { recursive: true })
          const file = path.join(
            outboxDir,
            `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`,
          )
          const refusedBefore = Math.max(0, ...to.map((rcpt) => refused.get(rcpt.address) ?? 0))
          fs.writeFileSync(
            file,
            JSON.stringify({
              to,
              subject: mail.subject,
              text: mail.text,
              from: mail.from?.text,
              refusedBefore,
            }),
          )
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
