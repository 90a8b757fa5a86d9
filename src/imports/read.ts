import ExcelJS from 'exceljs'
import { parse } from 'csv-parse'
import iconv from 'iconv-lite'

import { unneutralise } from '@/imports/sheets'
import { letEventLoopGo } from '@/utilities/eventLoop'

/** A problem with the whole file: nothing in it is imported. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    /** Which part of the upload: the spreadsheet or the images ZIP. */
    readonly field: 'spreadsheet' | 'images' = 'spreadsheet',
  ) {
    super(message)
  }
}

export type Sheet = { headers: string[]; rows: string[][]; encoding: string }

const isZip = (data: Buffer) => data.length > 4 && data.readUInt32LE(0) === 0x04034b50

/**
 * Decodes CSV text. Chinese Excel saves CSV as GBK (GB18030 is its superset); everything else
 * we expect is UTF-8, with or without a byte-order mark. Valid UTF-8 wins; otherwise the bytes
 * must decode as GB18030 without replacement characters, or the file is refused.
 */
export const decodeCsv = (data: Buffer): { text: string; encoding: string } => {
  if (data.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])))
    return { text: data.subarray(3).toString('utf8'), encoding: 'utf-8' }
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  try {
    return { text: utf8.decode(data), encoding: 'utf-8' }
  } catch {
    // not UTF-8
  }
  const gbk = iconv.decode(data, 'gb18030')
  if (gbk.includes('\ufffd') || /[\u0000-\u0008\u000e-\u001f]/.test(gbk)) {
    throw new ImportFileError(
      'spreadsheet: the file is neither UTF-8 nor GBK text, nor an XLSX workbook; save it from Excel as "CSV UTF-8" or .xlsx',
    )
  }
  return { text: gbk, encoding: 'gbk' }
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('text' in value) return String(value.text)
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    return ''
  }
  return String(value)
}

/** Reads the first worksheet of an XLSX, or a CSV; the first non-empty row is the header. */
/**
 * csv-parse's streaming parser, fed 64 KB at a time with a pause between pieces: a 100,000-row
 * file is read without holding the server's event loop for seconds.
 */
const parseCsv = (text: string, maxRecords: number) =>
  new Promise<string[][]>((resolve, reject) => {
    const rows: string[][] = []
    const parser = parse({
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      to: maxRecords,
    })
    parser.on('readable', () => {
      let record: string[] | null
      while ((record = parser.read() as string[] | null) !== null) rows.push(record)
    })
    parser.on('error', reject)
    parser.on('end', () => resolve(rows))
    const feed = async () => {
      for (let offset = 0; offset < text.length; offset += 65_536) {
        if (parser.destroyed || parser.writableEnded) return
        parser.write(text.slice(offset, offset + 65_536))
        await letEventLoopGo()
      }
      parser.end()
    }
    feed().catch(reject)
  })

export const readSpreadsheet = async (
  data: Buffer,
  filename: string,
  maxRows: number,
): Promise<Sheet> => {
  let table: string[][]
  let encoding = 'xlsx'
  if (isZip(data)) {
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(data as unknown as ArrayBuffer)
    } catch {
      throw new ImportFileError(`spreadsheet: ${filename} is not a readable XLSX workbook`)
    }
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new ImportFileError(`spreadsheet: ${filename} has no worksheet`)
    if (sheet.actualRowCount > maxRows + 1)
      throw new ImportFileError(
        `spreadsheet: ${sheet.actualRowCount - 1} rows; at most ${maxRows} per import — split the file`,
      )
    table = []
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values = row.values as ExcelJS.CellValue[]
      table[number - 1] = values.slice(1).map(cellText)
    })
    table = Array.from(table, (row) => row ?? [])
  } else {
    if (data.subarray(0, 1024).includes(0))
      throw new ImportFileError(`spreadsheet: ${filename} is not a spreadsheet (CSV or XLSX)`)
    const decoded = decodeCsv(data)
    encoding = decoded.encoding
    try {
      // A CSV we exported has its formula-like cells quoted (see `neutralise`): read them back as they were.
      table = (await parseCsv(decoded.text, maxRows + 2)).map((row) => row.map(unneutralise))
    } catch (error) {
      throw new ImportFileError(`spreadsheet: the CSV cannot be read (${(error as Error).message})`)
    }
    // Count the rest cheaply: a file over the limit is refused before any row is checked.
    if (table.length > maxRows + 1)
      throw new ImportFileError(
        `spreadsheet: more than ${maxRows} rows; at most ${maxRows} per import — split the file`,
      )
  }
  const headerIndex = table.findIndex((row) => row.some((cell) => cell.trim() !== ''))
  if (headerIndex === -1) throw new ImportFileError('spreadsheet: the file is empty')
  const headers = table[headerIndex].map((cell) => cell.trim())
  const rows = table.slice(headerIndex + 1)
  while (rows.length && rows[rows.length - 1].every((cell) => (cell ?? '').trim() === ''))
    rows.pop()
  return { headers, rows, encoding }
}
