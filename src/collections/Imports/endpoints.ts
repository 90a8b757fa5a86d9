import type { Endpoint, PayloadRequest } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, isPlatformAdmin } from '@/access/roles'
import { SLUGS } from '@/constants'
import { IMPORT_KINDS, type ImportKind, matchHeaders } from '@/imports/columns'
import type { Problem } from '@/imports/plan'
import { type ImportDoc, maxImportRows, readUpload } from '@/imports/jobs'
import { ImportFileError, readSpreadsheet, type Sheet } from '@/imports/read'
import { CONTENT_TYPES, exportRows, type Format, template, toCsv, toFile } from '@/imports/sheets'
import { t } from '@/utilities/i18n'

// The imports' downloads: a template per kind, an export of what the user may read, and the
// failed rows of one import.

const formatOf = (value: unknown): Format => (value === 'xlsx' ? 'xlsx' : 'csv')
const kindOf = (req: PayloadRequest) => {
  const kind = String(req.query?.kind ?? '')
  return (IMPORT_KINDS as readonly string[]).includes(kind) ? (kind as ImportKind) : null
}

const fileResponse = (data: Buffer, format: Format, name: string) =>
  new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${name}.${format}"`,
      'Cache-Control': 'private, no-store',
    },
  })

const badKind = (req: PayloadRequest) =>
  Response.json(
    {
      errors: [
        {
          message: t(req, {
            zh: 'kind：须为 factories 或 products',
            en: 'kind: use factories or products',
          }),
          data: { errors: [{ path: 'kind', message: 'kind: use factories or products' }] },
        },
      ],
    },
    { status: 400 },
  )

/** An import the user may read, its spreadsheet, and its refused rows' problems by row number. */
const loadRefused = async (req: PayloadRequest) => {
  const id = String(req.routeParams?.id ?? '')
  let doc: ImportDoc & { problems?: Problem[] | null }
  try {
    doc = (await req.payload.findByID({
      collection: SLUGS.imports,
      id,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })) as unknown as typeof doc
  } catch {
    return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
  }
  const spreadsheet = await readUpload(req.payload, doc.spreadsheet)
  if (!spreadsheet) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
  let sheet: Sheet
  try {
    sheet = await readSpreadsheet(spreadsheet.data, spreadsheet.name, maxImportRows())
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error
    return Response.json({ errors: [{ message: error.message }] }, { status: 400 })
  }
  const byRow = new Map<number, Problem[]>()
  for (const entry of doc.problems ?? [])
    byRow.set(entry.row, [...(byRow.get(entry.row) ?? []), entry])
  return { id, doc, sheet, byRow }
}

export const endpoints: Endpoint[] = [
  {
    // A template per kind: bilingual headers, an example row. Anyone on the staff may download it.
    path: '/template',
    method: 'get',
    handler: async (req) => {
      if (!req.user)
        return Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401 })
      const kind = kindOf(req)
      if (!kind) return badKind(req)
      const format = formatOf(req.query?.format)
      return fileResponse(await template(kind, format), format, `chandi-${kind}-template`)
    },
  },
  {
    // What the user may read, in the template's columns; `belt` narrows a platform admin's export.
    path: '/export',
    method: 'get',
    handler: async (req) => {
      const user = req.user as ChandiUser | null
      if (!user || !(isPlatformAdmin(user) || getBeltIDs(user).length > 0))
        return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })
      const kind = kindOf(req)
      if (!kind) return badKind(req)
      const format = formatOf(req.query?.format)
      const belt = req.query?.belt === undefined ? undefined : String(req.query.belt)
      const { header, rows } = await exportRows(req.payload, user, kind, belt)
      return fileResponse(await toFile(format, kind, header, rows), format, `chandi-${kind}`)
    },
  },
  {
    // The rows that failed, as they were, with the reason: fix them and upload this file again.
    path: '/:id/report',
    method: 'get',
    handler: async (req) => {
      const loaded = await loadRefused(req)
      if (loaded instanceof Response) return loaded
      const { id, sheet, byRow } = loaded
      const language = req.i18n?.language === 'en' ? 'en' : 'zh'
      const rows = [...byRow.entries()]
        .sort(([a], [b]) => a - b)
        .map(([row, problems]) => [
          ...(sheet.rows[row - 2] ?? []).map(String),
          problems.map((entry) => entry[language]).join('; '),
        ])
      return fileResponse(
        toCsv([...sheet.headers, language === 'en' ? 'error' : '错误 error'], rows),
        'csv',
        `chandi-import-${id}-failed-rows`,
      )
    },
  },
  {
    // The refused rows' cells by column key, for the admin's table of problems (row → column → value).
    path: '/:id/problem-cells',
    method: 'get',
    handler: async (req) => {
      const loaded = await loadRefused(req)
      if (loaded instanceof Response) return loaded
      const { doc, sheet, byRow } = loaded
      const { byHeader } = matchHeaders(doc.kind, sheet.headers)
      const rows: Record<number, Record<string, string>> = {}
      for (const row of byRow.keys()) {
        const cells: Record<string, string> = {}
        byHeader.forEach((column, position) => {
          if (column) cells[column.key] = String(sheet.rows[row - 2]?.[position] ?? '')
        })
        rows[row] = cells
      }
      return Response.json({ rows }, { headers: { 'Cache-Control': 'private, no-store' } })
    },
  },
]
