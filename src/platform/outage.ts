import { type Client, createClient } from '@libsql/client'
import type { Payload } from 'payload'

import { sqliteURL } from '@/platform/db'

/**
 * What the server does while its database is unreachable (issue #10): portals answer from the
 * page cache (stale pages included, marked so) or with a friendly 503 and Retry-After; writes to
 * the API are refused with a 503 that says nothing was saved; everything comes back by itself,
 * with no restart, once the database answers again.
 */

export const RETRY_AFTER_SECONDS = 30

const DATABASE_ERROR =
  /SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|NOTADB|CORRUPT|FULL|READONLY)|database is locked|unable to open database|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|MongoNetworkError|MongoServerSelectionError|MongoNotConnectedError|Connection terminated|connection is closed|Client has encountered a connection error/i

/**
 * PostgreSQL's SQLSTATEs for the same: class 08 (the connection failed or was lost), 57P01–57P03
 * (the server shut down or restarts: "terminating connection due to administrator command", "the
 * database system is starting up"), 53300 (no connection slot left).
 */
const POSTGRES_UNREACHABLE = /^(08...|57P0[123]|53300)$/

/** Whether an error (or one it wraps) says the database could not be reached or used. */
export const isDatabaseError = (error: unknown): boolean => {
  for (
    let current = error, depth = 0;
    current && depth < 5;
    current = (current as { cause?: unknown }).cause, depth += 1
  ) {
    const { name, message, code } = current as { name?: string; message?: string; code?: string }
    if (typeof code === 'string' && POSTGRES_UNREACHABLE.test(code)) return true
    if (DATABASE_ERROR.test(`${name ?? ''} ${code ?? ''} ${message ?? ''}`)) return true
  }
  return false
}

let probeClient: Client | null = null

/**
 * A read that needs the database itself (a tiny count), not just the connection. On SQLite it
 * runs on a connection of its own that does not wait for locks: SQLite runs on the event loop,
 * and a query waiting out SQLite's busy timeout (CHANDI_SQLITE_BUSY_TIMEOUT_MS, 5 s) holds every
 * other request for as long.
 */
export const databaseAnswers = async (payload: Payload, timeoutMs = 2000): Promise<boolean> => {
  if (payload.db.name === 'sqlite') {
    try {
      if (!probeClient) {
        probeClient = createClient({ url: sqliteURL() })
        await probeClient.execute('pragma busy_timeout = 0')
      }
      await probeClient.execute('select count(*) from tenants')
      return true
    } catch {
      return false
    }
  }
  return Promise.race([
    payload.count({ collection: 'tenants', overrideAccess: true }).then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
  ])
}

/** Set when a request met an unreachable database; cleared by a probe every 2 s. */
export const database = { down: false }
let probing: NodeJS.Timeout | null = null

export const databaseDown = (payload: Payload) => {
  database.down = true
  if (probing) return
  probing = setInterval(async () => {
    if (await databaseAnswers(payload)) {
      database.down = false
      if (probing) clearInterval(probing)
      probing = null
      payload.logger.info('database reachable again')
    }
  }, 2000)
  probing.unref()
}

/**
 * In front of the REST and GraphQL API: while the database is known to be down, every request
 * gets the 503; otherwise a write first checks that the database answers (a count of the belts,
 * well under a millisecond on SQLite), so it fails with this message rather than half-way with
 * Payload's generic 500. Payload's own transaction keeps a write that fails later whole or absent.
 */
export const apiGuard =
  (payload: Payload) =>
  async (
    req: { method: string },
    res: {
      status: (code: number) => {
        setHeader: (name: string, value: string) => { json: (body: unknown) => void }
      }
    },
    next: () => void,
  ) => {
    const isWrite = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS'
    if (database.down || (isWrite && !(await databaseAnswers(payload)))) {
      databaseDown(payload)
      res.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS)).json(unavailableJSON())
      return
    }
    next()
  }

/** The 503 page's words in the portals' five languages (the dictionary lives above this layer). */
const UNAVAILABLE: Record<string, { title: string; text: (seconds: number) => string }> = {
  zh: {
    title: '页面暂时无法打开',
    text: (s) => `我们正在恢复服务，请稍后（约 ${s} 秒）再试。您之前提交的询盘不受影响。`,
  },
  en: {
    title: 'This page is temporarily unavailable',
    text: (s) =>
      `We are restoring the service: please try again in about ${s} seconds. Inquiries you sent before are safe.`,
  },
  ru: {
    title: 'Страница временно недоступна',
    text: (s) =>
      `Мы восстанавливаем работу сервиса: повторите попытку примерно через ${s} с. Отправленные ранее запросы сохранены.`,
  },
  ar: {
    title: 'هذه الصفحة غير متاحة مؤقتًا',
    text: (s) =>
      `نعمل على استعادة الخدمة: يرجى المحاولة مرة أخرى بعد نحو ${s} ثانية. الاستفسارات التي أرسلتها من قبل محفوظة.`,
  },
  es: {
    title: 'Esta página no está disponible por el momento',
    text: (s) =>
      `Estamos restableciendo el servicio: inténtelo de nuevo dentro de unos ${s} segundos. Las consultas que envió están a salvo.`,
  },
}

/**
 * The page a visitor gets while the database is unreachable: in the language of the address
 * (`/ru/…`), then in Chinese, and in English where neither is.
 */
export const unavailablePage = (seconds = RETRY_AFTER_SECONDS, pathname = '/') => {
  const first = pathname.split('/')[1] ?? ''
  const lead = Object.hasOwn(UNAVAILABLE, first) ? first : 'zh'
  const languages = [...new Set([lead, 'zh', 'en'])]
  const sections = languages
    .map((lang) => {
      const words = UNAVAILABLE[lang]!
      const dir = lang === 'ar' ? ' dir="rtl"' : ''
      return `<section lang="${lang}"${dir}><h${lang === lead ? 1 : 2}>${words.title}</h${lang === lead ? 1 : 2}><p>${words.text(seconds)}</p></section>`
    })
    .join('')
  return `<!doctype html><html lang="${lead}"${lead === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${UNAVAILABLE[lead]!.title}</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.6">${sections}</body></html>`
}

export const unavailableJSON = () => ({
  errors: [
    {
      name: 'ServiceUnavailable',
      message: `The database is unreachable: nothing was saved. Try again in about ${RETRY_AFTER_SECONDS} seconds. / 数据库暂时无法访问，本次没有保存任何内容，请稍后再试。`,
    },
  ],
})
