import { afterAll, expect } from 'vitest'
import ExcelJS from 'exceljs'
import yazl from 'yazl'

import { api, login } from './api'
import { cast } from './fixtures'
import { uploadForm } from './images'

// What the imports spec files (tests/int/imports*.int.spec.ts) upload and wait on.

export const uploadFile = (token: string, data: Buffer, name: string, type: string) =>
  api('/api/import-files', {
    method: 'POST',
    token,
    body: uploadForm({ file: data, name, type, data: {} }),
  })

export const csv = (rows: string[][]) =>
  rows
    .map((row) =>
      row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','),
    )
    .join('\r\n') + '\r\n'

export const xlsx = async (rows: string[][]) => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('products')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export const zip = (entries: { name: string; data: Buffer }[]) =>
  new Promise<Buffer>((resolve) => {
    const archive = new yazl.ZipFile()
    for (const entry of entries) archive.addBuffer(entry.data, entry.name)
    archive.end()
    const chunks: Buffer[] = []
    archive.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    archive.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
  })

/** Waits until the import's background job has moved it to one of `states`. */
export const settle = async (
  token: string,
  id: number | string,
  states = ['checked', 'done', 'failed'],
) => {
  const started = Date.now()
  for (;;) {
    const doc = (await api(`/api/imports/${id}?depth=0`, { token })).json
    if (states.includes(doc?.status)) return doc
    if (Date.now() - started > 45_000) throw new Error(`import ${id} stuck in ${doc?.status}`)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}

/** Uploads, creates the import, waits for its dry run. */
export const startImport = async (
  token: string,
  kind: string,
  sheet: { data: Buffer; name: string; type: string },
  extra: Record<string, unknown> = {},
  images?: Buffer,
) => {
  const spreadsheet = await uploadFile(token, sheet.data, sheet.name, sheet.type)
  expect(spreadsheet.status, spreadsheet.text).toBe(201)
  let imagesID: number | undefined
  if (images) {
    const uploaded = await uploadFile(token, images, 'images.zip', 'application/zip')
    expect(uploaded.status, uploaded.text).toBe(201)
    imagesID = uploaded.json.doc.id
  }
  const created = await api('/api/imports', {
    method: 'POST',
    token,
    body: {
      kind,
      spreadsheet: spreadsheet.json.doc.id,
      ...(imagesID ? { images: imagesID } : {}),
      ...extra,
    },
  })
  expect(created.status, created.text).toBe(201)
  return settle(token, created.json.doc.id)
}

export const confirm = async (token: string, id: number | string) => {
  const response = await api(`/api/imports/${id}`, {
    method: 'PATCH',
    token,
    body: { startImport: true },
  })
  expect(response.status, response.text).toBe(200)
  return settle(token, id, ['done', 'failed'])
}

export const factoryRows = (slugs: string[], staff = '80') => [
  [
    '工厂标识 slug',
    '工厂名称 name_zh',
    '英文名称 name_en',
    '员工人数 staff',
    '合作方式 capabilities',
    '联系邮箱 contact_email',
    '备注 notes',
  ],
  [
    slugs[0],
    '织里测试童装厂',
    'Zhili Test Kidswear',
    staff,
    'OEM; ODM',
    'sales@example.com',
    '内部备注',
  ],
  [slugs[1], '织里第二测试厂', 'Zhili Second Test Factory', '45', 'oem', 'hello@example.com', ''],
]

/**
 * Where a file records the slugs of the factories its imports made; after its tests they, and
 * their products, are deleted as the platform admin.
 */
export const factoriesRemovedAfter = () => {
  const createdFactories: string[] = []
  afterAll(async () => {
    const admin = await login(cast.emails.admin)
    for (const slug of createdFactories) {
      const found = await api(`/api/factories?where[slug][equals]=${slug}&depth=0&draft=true`, {
        token: admin,
      })
      for (const doc of found.json?.docs ?? []) {
        const products = await api(
          `/api/products?where[factory][equals]=${doc.id}&limit=0&depth=0&draft=true`,
          { token: admin },
        )
        for (const product of products.json?.docs ?? [])
          await api(`/api/products/${product.id}`, { method: 'DELETE', token: admin })
        await api(`/api/factories/${doc.id}`, { method: 'DELETE', token: admin })
      }
    }
  })
  return createdFactories
}
