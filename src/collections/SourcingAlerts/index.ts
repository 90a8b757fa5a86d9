import type { CollectionConfig } from 'payload'

import { SLUGS } from '@/constants'
import { label } from '@/utilities/i18n'

/**
 * When each factory was last e-mailed about sourcing requests matched to it, and whether a
 * digest is waiting (src/sourcing/alerts.ts). The server's own bookkeeping: no role reads or
 * writes it through the API, nor sees it in the admin.
 */
export const SourcingAlerts: CollectionConfig = {
  slug: SLUGS.sourcingAlerts,
  labels: {
    singular: label('采购需求提醒', 'Sourcing alert'),
    plural: label('采购需求提醒', 'Sourcing alerts'),
  },
  admin: { hidden: true },
  access: {
    read: () => false,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'factory',
      type: 'relationship',
      relationTo: SLUGS.factories,
      // Not required: a deleted factory leaves its row without one (set null), rather than
      // blocking the deletion.
      unique: true,
      index: true,
      maxDepth: 0,
    },
    { name: 'lastMailedAt', type: 'date' },
    { name: 'digestDue', type: 'date' },
  ],
}
