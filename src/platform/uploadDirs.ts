import path from 'node:path'
import { env } from '@/utilities/config'

/**
 * Where each upload collection keeps its files on local disk, from the environment. In one module
 * so that `npm run backup` and `npm run restore` find them without loading the collections.
 */
/** Belt images: `media/` at the project root unless MEDIA_DIR says otherwise. */
export const mediaDir = () => path.resolve(env('MEDIA_DIR'))
/** Inquiry attachments: outside `media/`, never served as static files. */
export const inquiryFilesDir = () => path.resolve(env('INQUIRY_FILES_DIR'))
/** Uploaded spreadsheets and image ZIPs: private, never served as static files. */
export const importFilesDir = () => path.resolve(env('IMPORT_FILES_DIR'))
/** Documents factories send for verification: private. */
export const verificationFilesDir = () => path.resolve(env('VERIFICATION_FILES_DIR'))
/**
 * Sourcing requests' and quotes' attachments: private like the inquiry attachments, by default
 * in `sourcing-files` beside them.
 */
export const sourcingFilesDir = () =>
  path.resolve(
    env('SOURCING_FILES_DIR') || path.join(path.dirname(inquiryFilesDir()), 'sourcing-files'),
  )

/**
 * Response headers of a private upload served by Payload (`/api/<collection>/file/<name>`): always
 * a download, whatever its name or bytes (a buyer's `x.html` that is a valid PDF included), the
 * type as Payload read it from the bytes, kept by no shared cache. The sandboxing policy is set
 * with the other security headers (src/server/security.ts).
 */
export const asPrivateDownload = ({ headers }: { headers: Headers }) => {
  headers.set('Content-Disposition', 'attachment')
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Cache-Control', 'private, no-store')
  return headers
}
