import crypto from 'node:crypto'

import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
} from 'payload'

import type { ChandiUser } from '@/access/roles'
import { sameID } from '@/access/roles'
import { FieldForbidden } from '@/utilities/errors'

import { assertPasswordPolicy } from './passwordPolicy'

/** `req.context` keys: this request is a public sign-up, an invitation, a reset by token. */
export const SIGNING_UP = 'chandiSigningUp'
export const INVITING = 'chandiInviting'
const RESETTING = 'chandiResetting'

const isGiven = (password: unknown) =>
  password !== undefined && password !== null && password !== ''

/**
 * Nobody holds another person's credentials. A password is chosen by its owner only: at public
 * sign-up, through a reset or invitation link, or on their own account. Whoever creates an
 * account for someone else (a belt operator, a platform admin) gives no password: the account gets
 * a random one nobody sees and its owner an invitation e-mail with a one-time link
 * (`sendAccountMails`). Every password chosen meets the policy (passwordPolicy.ts). The Local API
 * without a user (seeds, scripts) is trusted as before.
 *
 * Payload's own verification e-mail is switched off: it is sent inside the create's transaction,
 * before the commit. Ours is a job queued in it and sent once it commits.
 */
export const guardCredentials: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const actor = req.user as ChandiUser | null
  const isSystem = !actor && req.payloadAPI === 'local'
  const data = (args as { data?: Record<string, unknown> }).data

  if (operation === 'resetPassword') {
    assertPasswordPolicy(data?.password, req)
    req.context[RESETTING] = true
    return args
  }

  if (operation === 'create') {
    ;(args as { disableVerificationEmail?: boolean }).disableVerificationEmail = true
    if (isSystem || !data) return args
    if (!actor) {
      // The admin's first-user form runs the create with overrideAccess; every other anonymous
      // create is the sign-up endpoint's (signUp.ts), which answers the same for a known e-mail.
      if (!req.context[SIGNING_UP] && !(args as { overrideAccess?: boolean }).overrideAccess) {
        throw new APIError('Sign up through POST /api/users.', 403, null, true)
      }
      assertPasswordPolicy(data.password, req)
      return args
    }
    if (isGiven(data.password)) {
      throw new FieldForbidden({
        path: 'password',
        message:
          'password: you cannot choose another person’s password; leave it out and they get an invitation e-mail to choose their own.',
      })
    }
    data.password = crypto.randomBytes(32).toString('base64url')
    req.context[INVITING] = true
    return args
  }

  if (operation === 'update' && data && isGiven(data.password) && !isSystem) {
    // A bulk update (no id) never sets passwords: it would set someone else's.
    const id = (args as { id?: number | string }).id
    if (!actor || id === undefined || !sameID(id, actor.id)) {
      throw new FieldForbidden({
        path: 'password',
        message:
          'password: only the account’s owner sets its password; they can ask for a reset link (forgot-password).',
      })
    }
    assertPasswordPolicy(data.password, req)
  }
  return args
}

/** A reset by the mailed token proves the address: the account is verified with it. */
export const verifyOnReset: CollectionBeforeValidateHook = ({ data, req }) => {
  if (req.context[RESETTING] && data) data._verified = true
  return data
}
