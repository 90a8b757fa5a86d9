import zlib from 'node:zlib'

import sharp from 'sharp'

const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A "decompression bomb": a valid PNG header claiming `side`×`side` pixels, a few hundred bytes
 * on disk. Decoding it would need gigabytes; reading its header needs nothing.
 */
export const pngBomb = (side = 30_000) => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  const rows = zlib.deflateSync(Buffer.alloc(side + 1), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A real JPEG, large enough (800×600) for the thumbnail and card sizes to be made. */
export const smallJpeg = (colour = '#336699') =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: colour } })
    .jpeg()
    .toBuffer()

/** A multipart body for Payload's upload endpoint: the file plus `_payload` (the other fields). */
export const uploadForm = ({
  file,
  name,
  type,
  data,
}: {
  file: Buffer
  name: string
  type: string
  data: Record<string, unknown>
}) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify(data))
  return form
}
