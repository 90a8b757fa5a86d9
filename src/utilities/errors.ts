import { APIError, ValidationError } from 'payload'

/**
 * A refusal that names the field it is about, in the shape Payload uses for validation errors
 * (`errors[0].data.errors[].path`), but with 403: the data is well-formed, the user may not
 * do this with it.
 */
export class FieldForbidden extends APIError {
  constructor({ path, message }: { path: string; message: string }) {
    super(message, 403, { errors: [{ path, message }] }, true)
    this.name = 'Forbidden'
  }
}

/** A 400 that names the field, for data that is malformed or inconsistent. */
export const fieldError = ({ path, message }: { path: string; message: string }) =>
  new ValidationError({ errors: [{ path, message }] })
