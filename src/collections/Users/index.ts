import type { CollectionConfig } from 'payload'

import { hiddenFromFactoryMembers } from '@/access/roles'
import { tenantsArrayField } from '@payloadcms/plugin-multi-tenant/fields'

import { getBeltIDs, isPlatformAdmin, sameID } from '@/access/roles'
import type { ChandiUser } from '@/access/roles'
import { BELT_ROLES, GLOBAL_ROLES, SLUGS } from '@/constants'
import { isProduction as isProductionEnv } from '@/utilities/config'
import { label } from '@/utilities/i18n'

import { canUseAdmin, createUsers, deleteUsers, readUsers, updateUsers } from './access'
import { sendAccountMails, tellDeletedMember } from './accountMails'
import { guardCredentials, verifyOnReset } from './guardCredentials'
import { guardPrivileges } from './guardPrivileges'
import { forgotPasswordEndpoint } from './passwordReset'
import { signUpEndpoint } from './signUp'
import { clearLoginFailures, throttleLogin } from './throttleLogin'

const isProduction = isProductionEnv()

const beltsField = tenantsArrayField({
  tenantsArrayFieldName: 'tenants',
  tenantsArrayTenantFieldName: 'tenant',
  tenantsCollectionSlug: SLUGS.tenants,
  rowFields: [
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: BELT_ROLES.factoryMember,
      label: label('角色', 'Role'),
      options: [
        { value: BELT_ROLES.operator, label: label('产业带运营方', 'Belt operator') },
        { value: BELT_ROLES.factoryMember, label: label('工厂成员', 'Factory member') },
      ],
    },
  ],
})

/** Platform admins, belt staff and buyers, in one auth collection. */
export const Users: CollectionConfig = {
  slug: SLUGS.users,
  labels: { singular: label('用户', 'User'), plural: label('用户', 'Users') },
  auth: {
    // No lock-out: five wrong passwords from anyone locked the real user out. Wrong logins are
    // slowed down instead (loginThrottle.ts), which never refuses the correct password.
    maxLoginAttempts: 0,
    // An unverified account cannot log in. Public sign-ups verify through the mailed link,
    // invited accounts by choosing their password through theirs (guardCredentials.ts).
    verify: true,
    tokenExpiration: 8 * 60 * 60,
    // The user each request authenticates as, read without its relationships: access reads only
    // their ids (src/access/roles.ts `idOf`), and Payload's default depth (2) read the member's
    // factory, its belt, its logo and each belt of `tenants` again on every authenticated request
    // (issue #20: 5 of a product save's 25 statements).
    depth: 0,
    cookies: { secure: isProduction, sameSite: 'Lax' },
  },
  admin: {
    hidden: hiddenFromFactoryMembers,
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'tenants'],
    group: label('平台', 'Platform'),
  },
  access: {
    admin: canUseAdmin,
    create: createUsers,
    read: readUsers,
    update: updateUsers,
    delete: deleteUsers,
    unlock: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
  },
  endpoints: [signUpEndpoint, forgotPasswordEndpoint],
  hooks: {
    beforeOperation: [guardCredentials, throttleLogin],
    beforeValidate: [verifyOnReset],
    beforeChange: [guardPrivileges],
    afterChange: [sendAccountMails],
    afterDelete: [tellDeletedMember],
    afterLogin: [clearLoginFailures],
    // Login sessions (ids, expiry) are their owner's: an operator listing the belt's people sees
    // none of theirs. Payload's JWT check reads the user before anyone is signed in, so it keeps them.
    afterRead: [
      ({ doc, req }) => {
        const reader = req.user as ChandiUser | null
        if (reader && doc && !sameID(reader.id, doc.id)) delete doc.sessions
        return doc
      },
    ],
  },
  fields: [
    {
      name: 'invitationNote',
      type: 'ui',
      admin: { components: { Field: '/src/admin/InvitationNote#InvitationNote' } },
    },
    { name: 'name', type: 'text', label: label('姓名', 'Name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      label: label('全局角色', 'Global roles'),
      options: [
        { value: GLOBAL_ROLES.platformAdmin, label: label('平台管理员', 'Platform admin') },
        { value: GLOBAL_ROLES.buyer, label: label('采购商', 'Buyer') },
      ],
      admin: {
        position: 'sidebar',
        description: label(
          '产业带内的角色在“所属产业带”中设置',
          'Roles within a belt are set under Belts',
        ),
      },
    },
    {
      ...beltsField,
      label: label('所属产业带', 'Belts'),
      admin: { ...(beltsField.admin ?? {}), position: 'sidebar' },
    },
    {
      name: 'factory',
      type: 'relationship',
      relationTo: SLUGS.factories,
      saveToJWT: true,
      label: label('所属工厂', 'Factory'),
      admin: {
        position: 'sidebar',
        description: label(
          '工厂成员只能属于一个工厂',
          'A factory member belongs to exactly one factory',
        ),
      },
      filterOptions: ({ data }) => {
        const belts = getBeltIDs(data as ChandiUser, BELT_ROLES.factoryMember)
        return belts.length > 0 ? { tenant: { in: belts } } : false
      },
    },
  ],
}
