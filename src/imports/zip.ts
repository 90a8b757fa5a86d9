import path from 'node:path'

import yauzl from 'yauzl'

import { MEDIA_LIMITS } from '@/constants'

import { ImportFileError } from './read'

export const ZIP_LIMITS = {
  entries: 5_000,
  /** Uncompressed, all images together. */
  totalBytes: 1024 * 1024 * 1024,
  /** A deflate ratio above this is a bomb, not a photo. */
  ratio: 200,
} as const

const IMAGE = /\.(jpe?g|png|webp|avif|gif)$/i

/**
 * The images in a ZIP uploaded with a product sheet, by file name (case-insensitive, folders
 * ignored). Refuses the whole ZIP, before extracting anything, for: entries whose names climb
 * out (`../`), absolute or drive paths, too many entries, a declared size over the limits, or a
 * compression ratio no photo has; and stops extracting if an entry inflates beyond its declared
 * size. Returns the images in memory.
 */
export const readImagesZip = (data: Buffer): Promise<Map<string, { name: string; data: Buffer }>> =>
  new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      data,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (openError, zip) => {
        if (openError || !zip) {
          reject(new ImportFileError('images: the file is not a readable ZIP archive', 'images'))
          return
        }
        if (zip.entryCount > ZIP_LIMITS.entries) {
          zip.close()
          reject(
            new ImportFileError(
              `images: ${zip.entryCount} entries; at most ${ZIP_LIMITS.entries}`,
              'images',
            ),
          )
          return
        }
        const images = new Map<string, { name: string; data: Buffer }>()
        let total = 0
        const fail = (message: string) => {
          zip.close()
          reject(new ImportFileError(`images: ${message}`, 'images'))
        }
        zip.on('entry', (entry: yauzl.Entry) => {
          const name = entry.fileName.replace(/\\/g, '/')
          if (name.split('/').includes('..') || name.startsWith('/') || /^[A-Za-z]:/.test(name))
            return fail(`“${entry.fileName}” points outside the archive`)
          if (
            name.endsWith('/') ||
            !IMAGE.test(name) ||
            name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX')
          ) {
            zip.readEntry()
            return
          }
          total += entry.uncompressedSize
          if (entry.uncompressedSize > MEDIA_LIMITS.maxBytes)
            return fail(`“${name}” is larger than ${MEDIA_LIMITS.maxBytes / 1024 / 1024} MB`)
          if (total > ZIP_LIMITS.totalBytes)
            return fail(`the images add up to more than ${ZIP_LIMITS.totalBytes / 1024 / 1024} MB`)
          if (
            entry.compressedSize > 0 &&
            entry.uncompressedSize / entry.compressedSize > ZIP_LIMITS.ratio
          )
            return fail(
              `“${name}” is compressed ${Math.round(entry.uncompressedSize / entry.compressedSize)}:1 — not a photo`,
            )
          zip.openReadStream(entry, (streamError, stream) => {
            if (streamError || !stream) return fail(`“${name}” cannot be read`)
            const chunks: Buffer[] = []
            let size = 0
            stream.on('data', (chunk: Buffer) => {
              size += chunk.length
              if (size > entry.uncompressedSize || size > MEDIA_LIMITS.maxBytes) {
                stream.destroy()
                fail(`“${name}” inflates beyond its declared size`)
                return
              }
              chunks.push(chunk)
            })
            stream.on('error', () => fail(`“${name}” is damaged`))
            stream.on('end', () => {
              const base = path.posix.basename(name)
              images.set(base.toLowerCase(), { name: base, data: Buffer.concat(chunks) })
              zip.readEntry()
            })
          })
        })
        zip.on('end', () => resolve(images))
        // yauzl itself refuses names that climb out or are absolute, before we see the entry.
        zip.on('error', (error: Error) =>
          fail(
            /relative path|absolute path/i.test(error.message)
              ? `an entry points outside the archive (${error.message})`
              : 'the archive is damaged',
          ),
        )
        zip.readEntry()
      },
    )
  })
