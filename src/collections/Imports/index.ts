import type {
  Access,
  CollectionBeforeValidateHook,
  CollectionConfig,
  Endpoint,
  PayloadRequest,
} from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, idOf, isPlatformAdmin } from '@/access/roles'
import { readOwnFactoryOrBelt as readOwn } from '@/access/beltScoped'
import { BELT_ROLES, SLUGS } from '@/constants'
import { importFilesDir } from '@/platform/uploadDirs'
import { guardBelt } from '@/hooks/guardBelt'
import { guardFields } from '@/hooks/guardFields'
import { IMPORT_KINDS, type ImportKind } from '@/imports/columns'
import type { Problem } from '@/imports/plan'
import { type ImportDoc, maxImportRows, queueImport, readUpload } from '@/imports/jobs'
import { readSpreadsheet } from '@/imports/read'
import { CONTENT_TYPES, exportRows, type Format, template, toCsv, toFile } from '@/imports/sheets'
import { fieldError } from '@/utilities/errors'
import { label, t } from '@/utilities/i18n'

const isAdmin = (req: PayloadRequest) => isPlatformAdmin(req.user as ChandiUser | null)

const isStaffUser: Access = ({ req }) => {
  const user = req.user as ChandiUser | null
  return isPlatformAdmin(user) || getBeltIDs(user).length > 0
}

export const ImportFiles: CollectionConfig = {
  slug: SLUGS.importFiles,
  labels: { singular: label('导入文件', 'Import file'), plural: label('导入文件', 'Import files') },
  admin: { group: label('批量导入', 'Bulk import'), hidden: true },
  access: {
    read: readOwn,
    create: isStaffUser,
    update: () => false,
    delete: ({ req }) => isAdmin(req),
  },
  hooks: { beforeValidate: [guardBelt({ hasFactoryField: true })] },
  upload: {
    staticDir: importFilesDir(),
    mimeTypes: [
      'text/csv',
      'text/plain',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/zip',
      'application/x-zip-compressed',
    ],
  },
  fields: [
    {
      name: 'factory',
      type: 'relationship',
      relationTo: SLUGS.factories,
      index: true,
      label: label('工厂', 'Factory'),
    },
  ],
}

const STATUSES = [
  { value: 'checking', label: label('检查中', 'Checking') },
  { value: 'checked', label: label('已检查，待确认', 'Checked, awaiting confirmation') },
  { value: 'importing', label: label('导入中', 'Importing') },
  { value: 'done', label: label('已完成', 'Done') },
  { value: 'failed', label: label('文件无法导入', 'File refused') },
]

const SYSTEM_FIELDS = [
  'status',
  'summary.rows',
  'summary.create',
  'summary.update',
  'summary.unchanged',
  'summary.errors',
  'summary.processed',
  'problems',
  'warnings',
  'fileError',
  'importedBy',
]

const INPUT_FIELDS = ['kind', 'spreadsheet', 'images', 'factory'] as const

/**
 * An import may only use files its author can read: otherwise a factory member could name
 * another factory's uploaded spreadsheet and read its rows back through the report.
 */
const ownFilesOnly: CollectionBeforeValidateHook = async ({ data, req }) => {
  if (!data || !req.user) return data
  for (const field of ['spreadsheet', 'images'] as const) {
    const id = idOf(data[field] as never)
    if (id === null) continue
    const found = await req.payload.find({
      collection: SLUGS.importFiles,
      where: { id: { equals: id } },
      limit: 1,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    if (found.docs.length === 0)
      throw fieldError({
        path: field,
        message: t(req, {
          zh: `${field}：文件 ${id} 不存在或不属于你`,
          en: `${field}: file ${id} does not exist or is not yours`,
        }),
      })
  }
  return data
}

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

const endpoints: Endpoint[] = [
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
      const sheet = await readSpreadsheet(spreadsheet!.data, spreadsheet!.name, maxImportRows())
      const language = req.i18n?.language === 'en' ? 'en' : 'zh'
      const byRow = new Map<number, string[]>()
      for (const entry of doc.problems ?? [])
        byRow.set(entry.row, [...(byRow.get(entry.row) ?? []), entry[language]])
      const rows = [...byRow.entries()]
        .sort(([a], [b]) => a - b)
        .map(([row, messages]) => [...(sheet.rows[row - 2] ?? []).map(String), messages.join('; ')])
      return fileResponse(
        toCsv([...sheet.headers, language === 'en' ? 'error' : '错误 error'], rows),
        'csv',
        `chandi-import-${id}-failed-rows`,
      )
    },
  },
]

/**
 * One bulk import: a spreadsheet (CSV in UTF-8 or GBK, or XLSX) of factories or products, and
 * for products a ZIP of images. Saving it starts a dry run in the background; ticking "start
 * import" and saving again runs it. Progress, counts and each refused row are stored here.
 */
export const Imports: CollectionConfig = {
  slug: SLUGS.imports,
  labels: { singular: label('批量导入', 'Import'), plural: label('批量导入', 'Imports') },
  admin: {
    group: label('批量导入', 'Bulk import'),
    defaultColumns: ['kind', 'status', 'summary.rows', 'createdAt'],
    description: label(
      '上传 CSV 或 XLSX（可从“模板”下载：/api/imports/template?kind=products&format=xlsx）。保存后先检查、不写入；确认无误后勾选“开始导入”再保存。失败行可在 /api/imports/<编号>/report 下载。',
      'Upload a CSV or XLSX (templates at /api/imports/template?kind=products&format=xlsx). Saving checks it without writing; tick "start import" and save again to run it. Failed rows: /api/imports/<id>/report.',
    ),
  },
  access: {
    read: readOwn,
    create: isStaffUser,
    update: readOwn,
    delete: ({ req }) => isAdmin(req),
  },
  endpoints,
  hooks: {
    beforeValidate: [
      guardBelt({
        hasFactoryField: true,
        sameBelt: [{ field: 'factory', collection: SLUGS.factories }],
      }),
      ownFilesOnly,
    ],
    beforeChange: [
      guardFields({
        paths: SYSTEM_FIELDS,
        canChange: () => false,
        reason: 'set by the import itself.',
        defaults: { status: 'checking' },
      }),
      guardFields({
        paths: ['allowNewCategories'],
        canChange: ({ user }) =>
          isPlatformAdmin(user) || getBeltIDs(user, BELT_ROLES.operator).length > 0,
        reason: 'only the belt’s operator may let an import create categories.',
        defaults: { allowNewCategories: false },
      }),
      ({ data, operation, req, originalDoc }) => {
        if (operation === 'create') {
          data.importedBy = (req.user as ChandiUser | null)?.id
          data.status = 'checking'
        } else if (
          req.user &&
          originalDoc &&
          INPUT_FIELDS.some(
            (field) =>
              field in data &&
              String(idOf(data[field]) ?? '') !== String(idOf(originalDoc[field]) ?? ''),
          )
        ) {
          // A changed file or target is checked again before anything is written.
          data.status = 'checking'
          data.startImport = false
          data.summary = {}
          data.problems = null
        }
        return data
      },
    ],
    afterChange: [
      async ({ doc, previousDoc, operation, req, context }) => {
        if (context.fromJob) return doc
        if (
          operation === 'create' ||
          (doc.status === 'checking' && previousDoc?.status !== 'checking')
        )
          await queueImport(req.payload, 'importCheck', doc.id, req)
        else if (doc.startImport && !previousDoc?.startImport && doc.status === 'checked')
          await queueImport(req.payload, 'importRun', doc.id, req)
        return doc
      },
    ],
  },
  fields: [
    {
      name: 'links',
      type: 'ui',
      admin: { components: { Field: '/src/admin/ImportLinks#ImportLinks' } },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'factories', label: label('工厂', 'Factories') },
        { value: 'products', label: label('产品', 'Products') },
      ],
      label: label('导入内容', 'What to import'),
    },
    {
      name: 'spreadsheet',
      type: 'upload',
      relationTo: SLUGS.importFiles,
      required: true,
      label: label('表格文件（CSV 或 XLSX）', 'Spreadsheet (CSV or XLSX)'),
    },
    {
      name: 'images',
      type: 'upload',
      relationTo: SLUGS.importFiles,
      label: label('产品图片 ZIP（按文件名匹配）', 'Product images ZIP (matched by file name)'),
    },
    {
      name: 'factory',
      type: 'relationship',
      relationTo: SLUGS.factories,
      label: label('导入到工厂', 'Into factory'),
      admin: {
        description: label(
          '产品表没有“工厂标识”列时使用',
          'Used when the product sheet has no factory column',
        ),
      },
    },
    {
      name: 'allowNewCategories',
      type: 'checkbox',
      defaultValue: false,
      label: label('允许新建不存在的类目', 'Create missing categories'),
    },
    {
      name: 'startImport',
      type: 'checkbox',
      defaultValue: false,
      label: label('检查无误，开始导入', 'Checked: start the import'),
    },
    {
      name: 'status',
      type: 'select',
      options: STATUSES,
      defaultValue: 'checking',
      label: label('状态', 'Status'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'summary',
      type: 'group',
      label: label('结果', 'Result'),
      admin: { readOnly: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'rows', type: 'number', label: label('行数', 'Rows') },
            { name: 'create', type: 'number', label: label('新建', 'New') },
            { name: 'update', type: 'number', label: label('更新', 'Updated') },
            { name: 'unchanged', type: 'number', label: label('无变化', 'Unchanged') },
            { name: 'errors', type: 'number', label: label('有问题', 'Refused') },
            { name: 'processed', type: 'number', label: label('已处理', 'Processed') },
          ],
        },
      ],
    },
    {
      name: 'fileError',
      type: 'text',
      label: label('文件问题', 'File problem'),
      admin: { readOnly: true, condition: (data) => Boolean(data?.fileError) },
    },
    {
      name: 'problems',
      type: 'json',
      label: label('有问题的行（行号、列、原因）', 'Refused rows (row, column, reason)'),
      admin: { readOnly: true },
    },
    { name: 'warnings', type: 'json', label: label('提示', 'Warnings'), admin: { readOnly: true } },
    {
      name: 'importedBy',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: label('导入人', 'Imported by'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
