import fs from 'node:fs'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import { env } from '@/utilities/config'

/** Where development and tests keep sent e-mails: one JSON file per message. */
export const outboxDir = () => path.resolve(env('MAIL_OUTBOX_DIR'))

/**
 * E-mail through Payload's nodemailer adapter. With SMTP_URL (e.g.
 * `smtps://user:pass@smtp.example.com:465`) it sends; without it — development and tests — it
 * writes each message to the outbox folder instead, so nothing leaves the machine and tests can
 * read what was "sent".
 */
export const emailAdapter = () => {
  const from = { defaultFromAddress: env('MAIL_FROM'), defaultFromName: env('MAIL_FROM_NAME') }
  const smtpURL = env('SMTP_URL')
  if (smtpURL) {
    // Bounded waits (nodemailer's defaults are 2 and 10 minutes): a send that hangs holds its job
    // (and whatever transaction a caller might send from) that long.
    return nodemailerAdapter({
      ...from,
      transport: nodemailer.createTransport(smtpURL, {
        connectionTimeout: 5000,
        greetingTimeout: 5000,
        socketTimeout: 10_000,
      } as never),
    })
  }
  const outbox = nodemailer.createTransport({ jsonTransport: true })
  const send = outbox.sendMail.bind(outbox)
  // Keep a copy of every message, as the transport renders it.
  outbox.sendMail = (async (message: Parameters<typeof send>[0]) => {
    const info = await send(message)
    fs.mkdirSync(outboxDir(), { recursive: true })
    const file = path.join(
      outboxDir(),
      `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`,
    )
    fs.writeFileSync(
      file,
      String((info as { message?: unknown }).message ?? JSON.stringify(message)),
    )
    return info
  }) as typeof outbox.sendMail
  return nodemailerAdapter({ ...from, transport: outbox, skipVerify: true })
}
