import type { CollectionConfig } from 'payload'

import { readOwnFactoryOrBelt as readOwn } from '@/access/beltScoped'
import { SLUGS } from '@/constants'
import { guardBelt } from '@/hooks/guardBelt'
import { importFilesDir, asPrivateDownload } from '@/platform/uploadDirs'
import { label } from '@/utilities/i18n'

import { isAdmin, isStaffUser } from './access'

/** The spreadsheets and image ZIPs an import reads, on disk (IMPORT_FILES_DIR), never public. */
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
    modifyResponseHeaders: asPrivateDownload,
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
