import { afterAll, describe, expect, it } from 'vitest'

import { api, graphql, login, portalRequest, postForm, zhili } from '../helpers/api'
import { smallPdf } from '../helpers/files'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { smallJpeg, uploadForm } from '../helpers/images'
import { countOf, multipart } from '../helpers/inquiries'
import { cleanUp, made, post, quote, requestFields } from '../helpers/sourcing'

/**
 * Attachments on sourcing requests (the buyer's, from the form) and on quotes (a member's, from
 * the admin's API): the buyer downloads both by the private link, the matched factory's members
 * the request's files and their own quote's; operators, other factories, other belts and the
 * public get nothing.
 */
afterAll(cleanUp)

const pdfFile = (name: string, data = smallPdf(name)) => ({
  name,
  type: 'application/pdf',
  data,
})

/** The download links of the buyer's page: under the request, or under one quote. */
const linksIn = (html: string) =>
  [...html.matchAll(/href="(\/en\/sourcing\/requests\/[^"]+\/files\/(\d+))"/g)].map((match) => ({
    path: match[1],
    id: Number(match[2]),
  }))

const fileByID = async (id: number) =>
  (await api(`/api/sourcing-files/${id}?depth=0`, { token: await login(cast.emails.admin) })).json

/** What someone gets for a file: its document, its bytes, and whether a list shows it. */
const reads = async (token: string | undefined, file: { id: number; filename: string }) => ({
  doc: (await api(`/api/sourcing-files/${file.id}`, { token })).status,
  bytes: (await api(`/api/sourcing-files/file/${encodeURIComponent(file.filename)}`, { token }))
    .status,
  listed:
    (await api('/api/sourcing-files?limit=0&depth=0', { token })).json?.docs?.some(
      (doc: { id: number }) => doc.id === file.id,
    ) ?? false,
  graphql: JSON.stringify(
    (await graphql('{ SourcingFiles { docs { id filename } } }', token)).json,
  ).includes(file.filename),
})

const refusedTo = async (who: string, token: string | undefined, file: any) => {
  const got = await reads(token, file)
  expect(got.doc, who).toBeGreaterThanOrEqual(403)
  expect(got.bytes, who).toBeGreaterThanOrEqual(403)
  expect(got.listed, who).toBe(false)
  expect(got.graphql, who).toBe(false)
}

describe('sourcing attachments', () => {
  it('a buyer posts a request with a PDF and a photo; the buyer’s link and the matched factory get them once confirmed, nobody else', async () => {
    const pdf = smallPdf('Romper spec')
    const posted = await post({ category: 'baby-wear' }, '/en/sourcing/new', [
      pdfFile('romper-spec.pdf', pdf),
      { name: 'sample.jpg', type: 'image/jpeg', data: await smallJpeg('#3366aa') },
    ])
    const page = await zhili(`/en/sourcing/requests/${posted.token}`)
    const links = linksIn(page.body)
    expect(links).toHaveLength(2)
    const downloads = await Promise.all(links.map((link) => portalRequest('GET', link.path)))
    for (const download of downloads) {
      expect(download.status).toBe(200)
      expect(download.headers['content-disposition']).toMatch(/^attachment;/)
      expect(download.headers['x-content-type-options']).toBe('nosniff')
      expect(download.headers['cache-control']).toContain('no-store')
    }
    expect(downloads.filter((download) => download.bytes.equals(pdf))).toHaveLength(1)
    const file = await fileByID(links.find((_, i) => downloads[i].bytes.equals(pdf))!.id)
    expect(file).toMatchObject({ from: 'buyer', request: posted.id, mimeType: 'application/pdf' })

    const a1 = await login(memberEmail(cast.factoryA1.slug))
    // Not confirmed yet: no factory reads the file, not even the one it will be matched to.
    await refusedTo('the factory before confirmation', a1, file)
    expect((await postForm(`/en/sourcing/requests/${posted.token}/confirm`, {})).status).toBe(303)
    const mine = await reads(a1, file)
    expect(mine).toMatchObject({ doc: 200, bytes: 200, listed: true })
    // Through the API too, a download that no browser renders in this origin.
    const served = await api(`/api/sourcing-files/file/${encodeURIComponent(file.filename)}`, {
      token: a1,
    })
    expect(served.headers.get('content-disposition')).toBe('attachment')
    expect(served.headers.get('content-security-policy')).toMatch(/^sandbox/)
    const request = await api(`/api/sourcing-requests/${posted.id}?depth=0`, { token: a1 })
    expect(request.json.attachments).toHaveLength(2)

    for (const [who, token] of [
      ['an unmatched factory', await login(memberEmail(cast.factoryA2.slug))],
      ['another belt’s factory', await login(memberEmail(cast.factoryB1.slug))],
      ['the belt’s operator', await login(cast.emails.operatorA)],
      ['another belt’s operator', await login(cast.emails.operatorB)],
      ['the public', undefined],
    ] as const)
      await refusedTo(who, token, file)
    // The operator reads the request (without buyer) but not which files it carries.
    const operator = await api(`/api/sourcing-requests/${posted.id}?depth=1`, {
      token: await login(cast.emails.operatorA),
    })
    expect(operator.status).toBe(200)
    expect(operator.json.attachments).toBeUndefined()
    expect(operator.text).not.toContain(file.filename)
    // Another buyer's link does not open this request's files; a malformed id is a 404.
    const other = await post()
    expect(
      (await portalRequest('GET', `/en/sourcing/requests/${other.token}/files/${file.id}`)).status,
    ).toBe(404)
    expect(
      (await portalRequest('GET', `/en/sourcing/requests/${posted.token}/files/x1`)).status,
    ).toBe(404)
    // Deleting the request (spam, retention) takes its files.
    const admin = await login(cast.emails.admin)
    expect(
      (await api(`/api/sourcing-requests/${posted.id}`, { method: 'DELETE', token: admin })).status,
    ).toBe(200)
    expect((await api(`/api/sourcing-files/${file.id}`, { token: admin })).status).toBe(404)
  })

  it('refuses a file that is not an allowed type, one over 10 MB and a sixth, naming the field in the page’s language, keeping the values, storing nothing', async () => {
    const before = [await countOf('sourcing-requests'), await countOf('sourcing-files')]
    const product = unique('Knitted hats')
    const fields = requestFields({ product })
    const renamed = await postForm(
      '/en/sourcing/new',
      multipart(fields, [
        pdfFile('spec.pdf'),
        pdfFile('invoice.pdf', Buffer.from('#!/bin/sh\necho not a pdf\n')),
      ]),
    )
    expect(renamed.status).toBe(400)
    expect(renamed.body).toContain('“invoice.pdf” is not a PDF, JPEG, PNG, WebP, XLSX or DOCX file')
    expect(renamed.body).toContain(`value="${product}"`)
    expect(renamed.body).toContain('OEKO-TEX, 0–24 months, to Hamburg.')
    const big = Buffer.concat([smallPdf(), Buffer.alloc(11 * 1024 * 1024, 32)])
    const tooBig = await postForm(
      '/en/sourcing/new',
      multipart(fields, [pdfFile('catalogue.pdf', big)]),
    )
    expect(tooBig.status).toBe(400)
    expect(tooBig.body).toContain('“catalogue.pdf” is larger than 10 MB')
    const six = Array.from({ length: 6 }, (_, index) => pdfFile(`page-${index}.pdf`))
    const russian = await postForm('/ru/sourcing/new', multipart(fields, six))
    expect(russian.status).toBe(400)
    expect(russian.body).toContain('не больше 5 вложений')
    expect(russian.body).toContain(`value="${product}"`)
    expect([await countOf('sourcing-requests'), await countOf('sourcing-files')]).toEqual(before)
  })

  it('a member quotes with a PDF; the buyer downloads it, other factories and operators do not; foreign files are refused', async () => {
    const posted = await post({ category: 'baby-wear' }, '/en/sourcing/new', [
      pdfFile('buyer-spec.pdf'),
    ])
    expect((await postForm(`/en/sourcing/requests/${posted.token}/confirm`, {})).status).toBe(303)
    const a1 = await login(memberEmail(cast.factoryA1.slug))
    const a2 = await login(memberEmail(cast.factoryA2.slug))
    const upload = (token: string, name: string, data: Buffer, extra = {}) =>
      api('/api/sourcing-files', {
        method: 'POST',
        token,
        body: uploadForm({ file: data, name, type: 'application/pdf', data: extra }),
      })
    const buyerFile = linksIn((await zhili(`/en/sourcing/requests/${posted.token}`)).body)[0]
    // An inquiry file's id is not a sourcing file of this factory's.
    const inquiryFile = await api('/api/inquiry-files', {
      method: 'POST',
      token: a1,
      body: uploadForm({ file: smallPdf(), name: 'inq.pdf', type: 'application/pdf', data: {} }),
    })
    expect(inquiryFile.status, inquiryFile.text).toBe(201)
    const foreign = await upload(a2, 'xiaoyun.pdf', smallPdf('Xiaoyun'))
    expect(foreign.status, foreign.text).toBe(201)
    for (const [what, id] of [
      ['another factory’s file', foreign.json.doc.id],
      ['the buyer’s file', buyerFile.id],
      ['an inquiry file’s id', inquiryFile.json.doc.id],
    ] as const) {
      const refused = await quote(a1, posted.id, 2.4, { attachments: [id] })
      expect(refused.status, what).toBe(400)
      expect(refused.text, what).toContain('attachments')
      // The member's admin is in Chinese: "attachment <id> does not exist or is not yours".
      expect(refused.text, what).toContain(`附件 ${id} 不存在或不属于您`)
    }
    await api(`/api/inquiry-files/${inquiryFile.json.doc.id}`, {
      method: 'DELETE',
      token: await login(cast.emails.admin),
    })
    // A member's upload is their factory's, whatever it claims to be.
    const sheet = smallPdf('Quotation sheet')
    const own = await upload(a1, 'quotation.pdf', sheet, { from: 'buyer', request: posted.id })
    expect(own.status, own.text).toBe(201)
    expect(own.json.doc).toMatchObject({ from: 'factory' })
    expect(own.json.doc.request ?? null).toBeNull()
    // The same file named twice is attached once.
    const sent = await quote(a1, posted.id, 2.4, {
      attachments: [own.json.doc.id, own.json.doc.id],
    })
    expect(sent.status, sent.text).toBe(201)
    made.quotes.push(sent.json.doc.id)
    expect(
      sent.json.doc.attachments.map((a: number | { id: number }) =>
        typeof a === 'object' ? a.id : a,
      ),
    ).toEqual([own.json.doc.id])
    const file = await fileByID(own.json.doc.id)
    expect(file).toMatchObject({ quote: sent.json.doc.id, request: posted.id })

    const page = await zhili(`/en/sourcing/requests/${posted.token}`)
    const thread = page.body.slice(page.body.indexOf(`data-thread="${sent.json.doc.id}"`))
    const link = linksIn(thread).find((l) => l.id === file.id)!
    expect(link).toBeDefined()
    const download = await portalRequest('GET', link.path)
    expect(download.status).toBe(200)
    expect(download.bytes.equals(sheet)).toBe(true)
    expect(download.headers['content-disposition']).toMatch(/^attachment;/)

    expect(await reads(a1, file)).toMatchObject({ doc: 200, bytes: 200, listed: true })
    for (const [who, token] of [
      ['another factory', a2],
      ['another belt’s factory', await login(memberEmail(cast.factoryB1.slug))],
      ['the belt’s operator', await login(cast.emails.operatorA)],
      ['the public', undefined],
    ] as const)
      await refusedTo(who, token, file)
    await api(`/api/sourcing-files/${foreign.json.doc.id}`, {
      method: 'DELETE',
      token: await login(cast.emails.admin),
    })
  })

  it('the demo seeds one request with the buyer’s size chart', async () => {
    const seeded = await api(
      '/api/sourcing-files?where[filename][like]=size-chart&where[from][equals]=buyer&depth=0',
      { token: await login(cast.emails.admin) },
    )
    expect(seeded.json.docs.length).toBeGreaterThanOrEqual(1)
    expect(seeded.json.docs[0]).toMatchObject({ mimeType: 'application/pdf' })
    expect(seeded.json.docs[0].request).toEqual(expect.any(Number))
  })
})
