import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, errorPaths, graphql, login, portalRequest, postForm, zhili } from '../helpers/api'
import { smallPdf } from '../helpers/files'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { smallJpeg, uploadForm } from '../helpers/images'
import {
  countOf,
  deleteInquiries,
  inquiryByToken,
  inquiryFields,
  multipart,
  newestFor,
  send,
} from '../helpers/inquiries'
import { isTo, waitForMail } from '../helpers/mail'

/** Files on inquiries: a buyer's attachments and a factory's quotations, seen by nobody else. */
let admin: string

beforeAll(async () => {
  admin = await login(cast.emails.admin)
})

afterAll(() => deleteInquiries(admin))

describe('attachments', () => {
  it('a buyer attaches a PDF and a photo; the factory and the buyer’s link get them, nobody else does', async () => {
    const pdf = smallPdf('Buyer spec')
    const response = await postForm(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(inquiryFields(), [
        { name: 'spec.pdf', type: 'application/pdf', data: pdf },
        { name: 'sample.jpg', type: 'image/jpeg', data: await smallJpeg('#aa3300') },
      ]),
    )
    expect(response.status, response.body).toBe(303)
    const token = await inquiryByToken(response.location!)
    const inquiry = await newestFor()
    expect(inquiry.attachments).toHaveLength(2)
    const thread = await zhili(`/en/inquiries/${token}`)
    const links = [...thread.body.matchAll(/href="(\/en\/inquiries\/[^"]+\/files\/(\d+))"/g)]
    expect(links.map((match) => Number(match[2])).sort()).toEqual([...inquiry.attachments].sort())
    const downloads = await Promise.all(links.map((match) => portalRequest('GET', match[1])))
    for (const download of downloads) {
      expect(download.status).toBe(200)
      expect(download.headers['content-disposition']).toMatch(/^attachment;/)
      expect(download.headers['x-content-type-options']).toBe('nosniff')
      expect(download.headers['cache-control']).toContain('no-store')
    }
    expect(downloads.filter((download) => download.bytes.equals(pdf))).toHaveLength(1)
    expect(
      downloads.filter(
        (download) =>
          download.headers['content-type'] === 'image/jpeg' &&
          download.bytes.subarray(0, 2).toString('hex') === 'ffd8',
      ),
    ).toHaveLength(1)
    // The member reads the files through the API; other roles are refused.
    const member = await login(memberEmail(cast.factoryA1.slug))
    const file = (
      await api(`/api/inquiry-files/${inquiry.attachments[0]}?depth=0`, { token: member })
    ).json
    expect(file.from).toBe('buyer')
    expect(file.inquiry).toBe(inquiry.id)
    const served = await api(`/api/inquiry-files/file/${encodeURIComponent(file.filename)}`, {
      token: member,
    })
    expect(served.status).toBe(200)
    // Always a download, never a page of this origin, whatever its name (asPrivateDownload).
    expect(served.headers.get('content-disposition')).toBe('attachment')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-security-policy')).toMatch(/^sandbox/)
    expect(served.headers.get('cache-control')).toBe('private, no-store')
    expect(
      JSON.stringify((await graphql('{ InquiryFiles { docs { id filename } } }', member)).json),
    ).toContain(file.filename)
    for (const [who, token] of [
      ['another factory', await login(memberEmail(cast.factoryA2.slug))],
      ['the belt’s operator', await login(cast.emails.operatorA)],
      ['the public', undefined],
    ] as const) {
      expect(
        (await api(`/api/inquiry-files/${file.id}`, { token })).status,
        who,
      ).toBeGreaterThanOrEqual(403)
      expect(
        (await api(`/api/inquiry-files/file/${encodeURIComponent(file.filename)}`, { token }))
          .status,
        who,
      ).toBeGreaterThanOrEqual(403)
      expect(
        (await api('/api/inquiry-files?limit=0', { token })).json?.docs?.some(
          (doc: any) => doc.id === file.id,
        ) ?? false,
        who,
      ).toBe(false)
      expect(
        JSON.stringify((await graphql('{ InquiryFiles { docs { id filename } } }', token)).json),
        who,
      ).not.toContain(file.filename)
    }
    // Another buyer's link does not open this inquiry's files.
    const other = await send()
    await newestFor()
    const otherToken = await inquiryByToken(other.location!)
    expect(
      (await portalRequest('GET', `/en/inquiries/${otherToken}/files/${file.id}`)).status,
    ).toBe(404)
  })

  it('refuses a file whose content is not an allowed type, a file over 10 MB and a sixth file, storing nothing', async () => {
    const [inquiriesBefore, filesBefore] = [
      await countOf('inquiries'),
      await countOf('inquiry-files'),
    ]
    const fields = inquiryFields({ message: 'Keep this message: it has the spec details.' })
    const renamed = await postForm(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(fields, [
        { name: 'spec.pdf', type: 'application/pdf', data: smallPdf() },
        {
          name: 'invoice.pdf',
          type: 'application/pdf',
          data: Buffer.from('#!/bin/sh\necho not a pdf\n'),
        },
      ]),
    )
    expect(renamed.status).toBe(400)
    expect(renamed.body).toContain('“invoice.pdf” is not a PDF, JPEG, PNG, WebP, XLSX or DOCX file')
    expect(renamed.body).toContain('Keep this message: it has the spec details.')
    const html = await postForm(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(fields, [
        {
          name: 'page.png',
          type: 'image/png',
          data: Buffer.from('<html><script>alert(1)</script></html>'),
        },
      ]),
    )
    expect(html.status).toBe(400)
    const big = Buffer.concat([smallPdf(), Buffer.alloc(11 * 1024 * 1024, 32)])
    const tooBig = await postForm(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(fields, [{ name: 'catalogue.pdf', type: 'application/pdf', data: big }]),
    )
    expect(tooBig.status).toBe(400)
    expect(tooBig.body).toContain('“catalogue.pdf” is larger than 10 MB')
    const six = Array.from({ length: 6 }, (_, index) => ({
      name: `page-${index}.pdf`,
      type: 'application/pdf',
      data: smallPdf(`p${index}`),
    }))
    const tooMany = await postForm(
      `/en/factories/${cast.factoryA1.slug}/inquire`,
      multipart(fields, six),
    )
    expect(tooMany.status).toBe(400)
    expect(tooMany.body).toContain('at most 5 attachments')
    expect(await countOf('inquiries')).toBe(inquiriesBefore)
    expect(await countOf('inquiry-files')).toBe(filesBefore)
  })
})

describe('quotations', () => {
  const nextMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString()
  const quote = (
    tiers: { minQuantity: number; maxQuantity?: number; unitPrice: number }[],
    validUntil = nextMonth(),
  ) => ({
    priceTiers: tiers,
    currency: 'USD',
    validUntil,
    leadTimeDays: 25,
    incoterm: 'FOB',
    paymentTerms: '30% deposit, 70% before shipment',
  })

  it('a member replies with a structured quote and a PDF; the inquiry is quoted, the buyer is e-mailed and reads both', async () => {
    const buyerEmail = `${unique('quote')}@example.com`
    const response = await send({ email: buyerEmail })
    const token = await inquiryByToken(response.location!)
    const inquiry = await newestFor()
    const member = await login(memberEmail(cast.factoryA1.slug))
    const sheet = smallPdf('Quotation')
    const upload = await api('/api/inquiry-files', {
      method: 'POST',
      token: member,
      body: uploadForm({
        file: sheet,
        name: 'quotation.pdf',
        type: 'application/pdf',
        data: { from: 'buyer' },
      }),
    })
    expect(upload.status, upload.text).toBe(201)
    expect(upload.json.doc.from).toBe('factory') // a member's upload is the factory's, whatever it says
    const reply = await api(`/api/inquiries/${inquiry.id}`, {
      method: 'PATCH',
      token: member,
      body: {
        replies: [
          {
            body: 'Our quotation, see the sheet.',
            attachments: [upload.json.doc.id],
            quote: quote([
              { minQuantity: 1000, maxQuantity: 4999, unitPrice: 3.2 },
              { minQuantity: 5000, unitPrice: 2.9 },
            ]),
          },
        ],
      },
    })
    expect(reply.status, reply.text).toBe(200)
    expect(reply.json.doc.status).toBe('quoted')
    const [mail] = await waitForMail(
      (message) => isTo(message, buyerEmail) && message.subject.startsWith('Re:'),
    )
    expect(mail.text).toContain('Our quotation, see the sheet.')
    // In the buyer's language (this inquiry was sent from /en), the price in its currency.
    expect(mail.text).toContain('Quotation:')
    expect(mail.text).toContain('5,000+: $2.90')
    expect(mail.text).toContain(`/en/inquiries/${token}`)
    const thread = await zhili(`/en/inquiries/${token}`)
    expect(thread.body).toContain('$2.90')
    expect(thread.body).toContain('1,000–4,999')
    expect(thread.body).toContain('FOB')
    // With an approximate conversion in the page's currency (roubles on /ru), from the rate table.
    const russian = await zhili(`/ru/inquiries/${token}`)
    expect(russian.body).toMatch(
      /<bdi>2,90\s\$<\/bdi><span class="approx"> \(≈ <bdi>[^<]+₽<\/bdi>\)/,
    )
    const link = thread.body.match(
      new RegExp(`href="(/en/inquiries/${token}/files/${upload.json.doc.id})"`),
    )?.[1]
    expect(link).toBeDefined()
    expect((await portalRequest('GET', link!)).bytes.equals(sheet)).toBe(true)
  })

  it('refuses a quote with tiers out of order or an expired date, a file of another factory, and edits to sent messages', async () => {
    await send()
    const inquiry = await newestFor()
    const member = await login(memberEmail(cast.factoryA1.slug))
    const patch = (body: unknown) =>
      api(`/api/inquiries/${inquiry.id}`, { method: 'PATCH', token: member, body })
    const descending = await patch({
      replies: [
        {
          body: 'Quote',
          quote: quote([
            { minQuantity: 5000, unitPrice: 2.9 },
            { minQuantity: 1000, unitPrice: 3.2 },
          ]),
        },
      ],
    })
    expect(descending.status).toBe(400)
    expect(errorPaths(descending)).toContain('replies.0.quote.priceTiers.1.minQuantity')
    const expired = await patch({
      replies: [
        {
          body: 'Quote',
          quote: quote([{ minQuantity: 1000, unitPrice: 3.2 }], '2020-01-01T00:00:00.000Z'),
        },
      ],
    })
    expect(expired.status).toBe(400)
    expect(errorPaths(expired)).toContain('replies.0.quote.validUntil')
    const otherMember = await login(memberEmail(cast.factoryA2.slug))
    const foreign = await api('/api/inquiry-files', {
      method: 'POST',
      token: otherMember,
      body: uploadForm({
        file: smallPdf('other'),
        name: 'other.pdf',
        type: 'application/pdf',
        data: {},
      }),
    })
    expect(foreign.status, foreign.text).toBe(201)
    const borrowed = await patch({
      replies: [{ body: 'See attached', attachments: [foreign.json.doc.id] }],
    })
    expect(borrowed.status).toBe(400)
    expect(errorPaths(borrowed)).toContain('replies.0.attachments')
    expect(
      (await api(`/api/inquiries/${inquiry.id}?depth=0`, { token: member })).json.replies,
    ).toEqual([])
    const sent = await patch({ replies: [{ body: 'We can do it.' }] })
    expect(sent.status).toBe(200)
    const rewritten = await patch({
      replies: [{ ...sent.json.doc.replies[0], body: 'We never said that.' }],
    })
    expect(rewritten.status).toBe(403)
    expect(errorPaths(rewritten)).toContain('replies.0.body')
    expect((await patch({ replies: [] })).status).toBe(403)
    expect(
      (await api(`/api/inquiries/${inquiry.id}?depth=0`, { token: member })).json.replies[0].body,
    ).toBe('We can do it.')
  })
})
