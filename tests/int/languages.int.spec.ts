import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { MESSAGES } from '@/portal/i18n'

import { api, login, postForm, zhili } from '../helpers/api'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { deleteInquiries, inquiryByToken, newestFor, product } from '../helpers/inquiries'
import { isTo, waitForMail } from '../helpers/mail'

/**
 * Five languages all the way (issue #21): on /ru, /ar and /es the inquiry flow and the product
 * page speak the page's language, the buyer's e-mails too, the 500 page is in the visitor's
 * language, quantities are pluralised, and prices keep their direction inside Arabic.
 */
const LANGUAGES = ['ru', 'ar', 'es'] as const

/** The interface strings of the inquiry flow and the product page (brands read the same). */
const INQUIRY_KEYS = [
  'inquireTitle',
  'inquireIntro',
  'yourName',
  'company',
  'email',
  'phone',
  'product',
  'targetPrice',
  'destination',
  'message',
  'send',
  'sent',
  'sentText',
  'privateLink',
  'thread',
  'fixErrors',
  'attachments',
  'attachmentsHelp',
  'inquire',
  'moq',
  'quantity',
  'unitPrice',
  'priceTiers',
  'leadTime',
  'required',
  'invalidEmail',
  'belowMoq',
] as const

/** English interface strings found on a page: as a whole text, an attribute, or after a label. */
const englishIn = (html: string) => {
  const page = html.replace(/<!-- -->/g, '').replace(/<script[\s\S]*?<\/script>/g, '')
  return INQUIRY_KEYS.map((key) => (MESSAGES.en[key] ?? '').replace(' {moq}', ''))
    .filter(Boolean)
    .filter((text) => !['WeChat', 'WhatsApp'].includes(text))
    .filter(
      (text) =>
        page.includes(`>${text}<`) ||
        page.includes(`="${text}"`) ||
        page.includes(`: ${text}`) ||
        page.includes(`>${text} `),
    )
}

const romper = () => cast.factoryA1.products[0]
const form = (ui: string) =>
  `/${ui}/factories/${cast.factoryA1.slug}/inquire?product=${product().slug}`
const money = (ui: string, value: number) =>
  new Intl.NumberFormat(ui, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 2,
  }).format(value)

let admin: string

beforeAll(async () => {
  admin = await login(cast.emails.admin)
})

afterAll(() => deleteInquiries(admin))

describe('ru, ar and es all the way', () => {
  it.each(LANGUAGES)(
    '%s: the inquiry form and a product page show no English interface string',
    async (ui) => {
      for (const path of [form(ui), `/${ui}/products/${romper().slug}`]) {
        const page = await zhili(path)
        expect(page.status, path).toBe(200)
        expect(englishIn(page.body), path).toEqual([])
      }
      const invalid = await postForm(`/${ui}/factories/${cast.factoryA1.slug}/inquire`, {
        product: product().slug,
        quantity: '1',
        email: 'not-an-email',
        name: '',
        message: 'Пожалуйста, пришлите цены. Por favor.',
      })
      expect(invalid.status).toBe(400)
      expect(englishIn(invalid.body)).toEqual([])
      expect(invalid.body).toContain(MESSAGES[ui].invalidEmail)
      expect(invalid.body).toContain(MESSAGES[ui].required)
    },
  )

  it('an inquiry sent from /es gets its e-mails to the buyer in Spanish; the factory’s stay Chinese', async () => {
    const buyer = `${unique('es')}@example.com`
    const sent = await postForm(`/es/factories/${cast.factoryA1.slug}/inquire`, {
      product: product().slug,
      quantity: String(product().moq * 2),
      destinationCountry: 'Chile',
      message: `Necesitamos ${unique('lote')} para nuestras tiendas de Santiago.`,
      name: 'Lucía Pérez',
      email: buyer,
    })
    expect(sent.status, sent.body.slice(0, 300)).toBe(303)
    const token = await inquiryByToken(sent.location!)
    const [receipt] = await waitForMail((mail) => isTo(mail, buyer))
    expect(receipt.subject).toMatch(/^Consulta enviada: /)
    expect(receipt.text).toContain(MESSAGES.es.sentText)
    expect(receipt.text).toContain(`/es/inquiries/${token}`)
    const doc = await newestFor()
    const member = await login(memberEmail(cast.factoryA1.slug))
    const reply = await api(`/api/inquiries/${doc.id}`, {
      method: 'PATCH',
      token: member,
      body: { replies: [{ author: 'factory', body: 'Podemos enviar muestras.' }] },
    })
    expect(reply.status, reply.text).toBe(200)
    const [answer] = await waitForMail(
      (mail) => isTo(mail, buyer) && mail.text.includes('Podemos enviar muestras.'),
    )
    expect(answer.text).toMatch(/^La fábrica .+ ha respondido a su consulta:/)
    expect(answer.text).toContain('Lea los mensajes y responda:')
    expect(answer.text).not.toMatch(/[\u4e00-\u9fff]/)
    // The factory's members (staff) are told in Chinese.
    const [notice] = await waitForMail(
      (mail) => isTo(mail, memberEmail(cast.factoryA1.slug)) && mail.text.includes('Santiago'),
    )
    expect(notice.subject).toContain('新询盘')
  })

  it.each(LANGUAGES)('%s: a page that fails shows the 500 page in that language', async (ui) => {
    // An inquiry whose stored time cannot be read: its private page fails while rendering. The
    // row is broken in the database itself (no hook in the code), and only the buyer's page,
    // never cached or listed, shows it.
    const sent = await postForm(`/${ui}/factories/${cast.factoryA1.slug}/inquire`, {
      product: product().slug,
      quantity: String(product().moq * 2),
      message: `Broken ${unique('row')} — please quote 600 sets.`,
      name: 'Test Buyer',
      email: `${unique(`fail-${ui}`)}@example.com`,
    })
    expect(sent.status).toBe(303)
    const doc = await newestFor()
    const restore = await breakCreatedAt(doc.id, doc.createdAt)
    try {
      const page = await zhili(sent.location!.replace(/\?.*$/, ''))
      expect(page.status).toBe(500)
      expect(page.headers['content-type']).toContain('text/html')
      expect(page.body).toContain(`<html lang="${ui}" dir="${ui === 'ar' ? 'rtl' : 'ltr'}">`)
      expect(page.body).toContain(MESSAGES[ui].serverError)
      expect(page.body).toContain(MESSAGES[ui].serverErrorText)
      expect(page.body).not.toContain('Something went wrong')
      expect(page.body).not.toMatch(/at .*\.(js|ts):\d+/) // no stack trace
    } finally {
      await restore()
    }
  })

  it('pluralises units: "500 pieces" on /en, "500 штук" on /ru, "500 piezas" on /es', async () => {
    expect(romper().moq).toBe(500)
    const text = async (path: string) => (await zhili(path)).body.replace(/<!-- -->/g, '')
    const en = await text(`/en/products/${romper().slug}`)
    expect(en).toContain('500 pieces')
    expect(en).not.toMatch(/500 piece(?!s)/)
    expect(await text(`/ru/products/${romper().slug}`)).toContain('500 штук')
    expect(await text(`/es/products/${romper().slug}`)).toContain('500 piezas')
    // Cards and the inquiry form too; 300 sets is the bodysuit's MOQ.
    expect(await text(`/en/factories/${cast.factoryA1.slug}`)).toContain('300 sets')
    expect(await text(`/ru/factories/${cast.factoryA1.slug}`)).toContain('300 комплектов')
    expect(await text(form('en'))).toContain('300 sets')
  })

  it('on /ar, prices, quantities and names sit in <bdi>', async () => {
    const page = (await zhili(`/ar/products/${romper().slug}`)).body.replace(/<!-- -->/g, '')
    expect(page).toContain('<html lang="ar" dir="rtl">')
    for (const [, , price] of romper().tiers)
      expect(page).toContain(`<bdi>${money('ar', price as number)}</bdi>`)
    expect(page).toContain(`<bdi>${romper().name.en}</bdi>`)
    expect(page).toMatch(/<bdi>[^<]*قطعة<\/bdi>/) // the MOQ with its unit
  })
})

/**
 * Makes an inquiry's creation time unreadable in the database (a value that is no instant), and
 * returns what puts it back. SQLite keeps it as text; PostgreSQL's `infinity` is a timestamp no
 * JavaScript Date can represent.
 */
const breakCreatedAt = async (id: number, createdAt: string) => {
  const url = inject('databaseURL')
  if (url.startsWith('file:')) {
    const { createClient } = await import('@libsql/client')
    const sql = createClient({ url })
    // The suite's server writes too (the e-mail queue): wait for its lock rather than fail.
    await sql.execute('pragma busy_timeout = 10000')
    const set = (value: string) =>
      sql.execute({ sql: 'update inquiries set created_at = ? where id = ?', args: [value, id] })
    await set('not a time')
    return async () => {
      await set(createdAt)
      sql.close()
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const set = (value: string) =>
    client.query('update inquiries set created_at = $1 where id = $2', [value, id])
  await set('infinity')
  return async () => {
    await set(createdAt)
    await client.end()
  }
}
