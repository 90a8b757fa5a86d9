/** A page the renderer answers with a status of its own (404, 400, 403) instead of content. */
export class PortalError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 413 | 414,
    message = '',
  ) {
    super(message)
  }
}

export const notFound = () => new PortalError(404)
export const badRequest = (message: string) => new PortalError(400, message)
