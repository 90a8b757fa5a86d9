import type { CollectionConfig } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { isPlatformAdmin } from '@/access/roles'
import { SLUGS } from '@/constants'
import { label } from '@/utilities/i18n'

const platformAdmin = ({ req }: { req: { user?: unknown } }) =>
  isPlatformAdmin(req.user as ChandiUser | null)
const nobody = () => false

/**
 * Buyers' accounts on the portals (`/account`, src/buyers/). Not a Payload auth collection on
 * purpose: Payload accepts any auth collection's token on /api and /admin, so a buyer's session
 * there would be one more `req.user` for every access rule to tell apart from staff. The portal
 * signs its own cookie instead (src/buyers/session.ts) and /api never authenticates a buyer at
 * all. Written by the portal only (Local API, overrideAccess); a platform admin may read and
 * delete accounts for abuse handling, never their password hash or verification token.
 */
export const Buyers: CollectionConfig = {
  slug: SLUGS.buyers,
  labels: {
    singular: label('采购商账号', 'Buyer account'),
    plural: label('采购商账号', 'Buyer accounts'),
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'verified', 'createdAt'],
    group: label('平台', 'Platform'),
    hidden: ({ user }) => !isPlatformAdmin(user as ChandiUser | null),
  },
  access: {
    read: platformAdmin,
    create: nobody,
    update: nobody,
    delete: platformAdmin,
  },
  fields: [
    // Trimmed and lower-cased: one account per mailbox as written (no +tag folding).
    {
      name: 'email',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 254,
      label: label('邮箱', 'E-mail'),
      admin: { readOnly: true },
    },
    {
      name: 'verified',
      type: 'checkbox',
      defaultValue: false,
      label: label('邮箱已验证', 'E-mail verified'),
      admin: { readOnly: true },
    },
    // pbkdf2-sha256, 600,000 rounds (Payload's own parameters), `salt:hash` in hex.
    { name: 'passwordHash', type: 'text', hidden: true, access: { read: nobody } },
    // The verification link's token, as its SHA-256.
    { name: 'verifyTokenHash', type: 'text', index: true, hidden: true, access: { read: nobody } },
    // A password reset's link: its SHA-256 and until when it works (an hour).
    { name: 'resetTokenHash', type: 'text', index: true, hidden: true, access: { read: nobody } },
    { name: 'resetExpiresAt', type: 'date', hidden: true },
    // Raised at log-out: every cookie signed with an older number stops working.
    { name: 'sessionVersion', type: 'number', defaultValue: 0, hidden: true },
    { name: 'notifiedAt', type: 'date', hidden: true },
  ],
}
