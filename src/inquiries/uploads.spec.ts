import { describe, expect, it } from 'vitest'

import { ATTACHMENT_LIMITS } from '@/constants'
import { checkUploads, cleanFileName, type Upload } from '@/inquiries/uploads'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')

const upload = (overrides: Partial<Upload> = {}): Upload => ({
  field: 'attachments',
  name: 'spec.pdf',
  mimetype: 'application/pdf',
  data: PDF,
  truncated: false,
  ...overrides,
})

describe('checkUploads', () => {
  it('keeps files whose bytes are an allowed type, with the sniffed type', async () => {
    const { files, problem } = await checkUploads([upload({ mimetype: 'text/plain' })])
    expect(problem).toBeUndefined()
    expect(files.map((file) => file.mimetype)).toEqual(['application/pdf'])
  })

  it('ignores parts of the form that are not the attachments field', async () => {
    const { files } = await checkUploads([upload({ field: 'other' })])
    expect(files).toEqual([])
  })

  it('refuses more files than a message may carry', async () => {
    const many = Array.from({ length: ATTACHMENT_LIMITS.perMessage + 1 }, () => upload())
    expect((await checkUploads(many)).problem).toEqual({ code: 'tooManyFiles' })
  })

  it('refuses a file cut off at the size limit, naming it', async () => {
    const { problem } = await checkUploads([upload({ name: 'big.pdf', truncated: true })])
    expect(problem).toEqual({ code: 'fileTooLarge', file: 'big.pdf' })
  })

  it('trusts the bytes, not the name or the browser: a script named .pdf is refused', async () => {
    const fake = upload({ name: 'invoice.pdf', data: Buffer.from('#!/bin/sh\necho hi\n') })
    expect((await checkUploads([fake])).problem).toEqual({ code: 'fileType', file: 'invoice.pdf' })
  })
})

describe('cleanFileName', () => {
  it('drops control characters and keeps 120 characters at most', () => {
    expect(cleanFileName('a\u0000b\u001fc.pdf')).toBe('abc.pdf')
    expect(cleanFileName('x'.repeat(200))).toHaveLength(120)
  })
})
