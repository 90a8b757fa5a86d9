import type { CollectionConfig } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getBeltIDs, idOf, isPlatformAdmin } from '@/access/roles'
import { readOwnFactoryOrBelt as readOwn } from '@/access/beltScoped'
import { BELT_ROLES, SLUGS } from '@/constants'
import { guardBelt } from '@/hooks/guardBelt'
import { guardFields } from '@/hooks/guardFields'
import { queueImport } from '@/imports/jobs'
import { label } from '@/utilities/i18n'

import { isAdmin, isStaffUser } from './access'
import { endpoints } from './endpoints'
import { ownFilesOnly } from './hooks'

export { ImportFiles } from './ImportFiles'

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
      // Progress while checking or importing, then the refused rows as a table.
      name: 'progress',
      type: 'ui',
      admin: { components: { Field: '/src/admin/ImportProgress#ImportProgress' } },
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
      // Shown by ImportProgress as a table; the API still returns it.
      admin: { readOnly: true, disabled: true },
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
