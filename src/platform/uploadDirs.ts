import path from 'node:path'

/**
 * Where each upload collection keeps its files on local disk, from the environment. In one module
 * so that `npm run backup` and `npm run restore` find them without loading the collections.
 */
/** Belt images: `media/` at the project root unless MEDIA_DIR says otherwise. */
export const mediaDir = () => path.resolve(process.env.MEDIA_DIR || 'media')
/** Inquiry attachments: outside `media/`, never served as static files. */
export const inquiryFilesDir = () => path.resolve(process.env.INQUIRY_FILES_DIR || 'data/inquiry-files')
/** Uploaded spreadsheets and image ZIPs: private, never served as static files. */
export const importFilesDir = () => path.resolve(process.env.IMPORT_FILES_DIR || 'data/import-files')
/** Documents factories send for verification: private. */
export const verificationFilesDir = () => path.resolve(process.env.VERIFICATION_FILES_DIR || 'data/verification-files')
