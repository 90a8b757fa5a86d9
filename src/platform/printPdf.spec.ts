import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { PdfUnavailable, printToPdf } from './printPdf'

const PAGE =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>@page { size: A4; margin: 10mm }</style></head><body><h1>节日活动报告</h1></body></html>'

const saved = process.env.CHROMIUM_PATH
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH
  else process.env.CHROMIUM_PATH = saved
})

describe('printToPdf', () => {
  it('names what is missing when there is no Chromium, and leaves nothing behind', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium'
    const error = await printToPdf(PAGE).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PdfUnavailable)
    expect((error as Error).message).toContain('CHROMIUM_PATH=/nonexistent/chromium')
    // A later print is not held up by the failed one.
    await expect(printToPdf(PAGE)).rejects.toBeInstanceOf(PdfUnavailable)
  })

  it('refuses a print when three are already running or waiting, instead of queueing without end', async () => {
    // A "Chromium" that takes a second and prints nothing.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chandi-slow-'))
    const slow = path.join(dir, 'chromium')
    fs.writeFileSync(slow, '#!/bin/sh\nsleep 1\n', { mode: 0o755 })
    process.env.CHROMIUM_PATH = slow
    try {
      const queued = [printToPdf(PAGE), printToPdf(PAGE), printToPdf(PAGE)]
      const refused = await printToPdf(PAGE).catch((caught: unknown) => caught)
      expect(refused).toBeInstanceOf(PdfUnavailable)
      expect((refused as Error).message).toMatch(/try again/)
      for (const print of queued) await expect(print).rejects.toBeInstanceOf(PdfUnavailable)
      // Once they are done, printing is open again (and fails here for the fake's empty output).
      const again = await printToPdf(PAGE).catch((caught: unknown) => caught)
      expect((again as Error).message).toMatch(/wrote no PDF/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)

  const chromium = saved || '/usr/bin/chromium'
  it.skipIf(!fs.existsSync(chromium))(
    'prints the page on A4 with Chromium',
    async () => {
      process.env.CHROMIUM_PATH = chromium
      const pdf = await printToPdf(PAGE)
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      // A4 is 595 × 842 points.
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/)
    },
    60_000,
  )
})
