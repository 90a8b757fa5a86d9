import fs from 'node:fs/promises'
import path from 'node:path'
import { env } from '@/utilities/config'

import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { idOf } from '@/access/roles'
import { SLUGS } from '@/constants'
import { type ImportKind } from '@/imports/columns'
import { processRows } from '@/imports/engine'
import { type Outcome, prepareRows, type Problem } from '@/imports/plan'
import { ImportFileError, readSpreadsheet } from '@/imports/read'
import { readImagesZip } from '@/imports/zip'
import { importFilesDir } from '@/platform/uploadDirs'
import { afterCommit } from '@/platform/transactions'

// Running an import: the dry run and the run as jobs, queueing them after commit, and resuming
// at start-up. The collection config (collections/Imports) only says when.
export const IMPORT_QUEUE = 'imports'

/** Rows one import may hold; a bigger file is refused as a whole, before any row is read. */
export const maxImportRows = () => env('CHANDI_IMPORT_MAX_ROWS')

export const readUpload = async (payload: Payload, id: unknown) => {
  const fileID = idOf(id as never)
  if (fileID === null) return null
  const file = await payload.findByID({
    collection: SLUGS.importFiles,
    id: fileID,
    depth: 0,
    overrideAccess: true,
  })
  return {
    name: String(file.filename),
    data: await fs.readFile(path.join(importFilesDir(), path.basename(String(file.filename)))),
  }
}

export type ImportDoc = {
  id: number | string
  tenant: unknown
  kind: ImportKind
  spreadsheet: unknown
  images?: unknown
  factory?: unknown
  allowNewCategories?: boolean | null
  importedBy: unknown
  summary?: { processed?: number | null } | null
}

const summarise = (rows: number, outcomes: Outcome[], problems: Problem[], processed: number) => ({
  rows,
  create: outcomes.filter((outcome) => outcome.action === 'create').length,
  update: outcomes.filter((outcome) => outcome.action === 'update').length,
  unchanged: outcomes.filter((outcome) => outcome.action === 'unchanged').length,
  errors: outcomes.filter((outcome) => outcome.action === 'error').length,
  processed,
})

const MAX_PROBLEMS_KEPT = 2_000

/**
 * Reads and checks an import (write = false: the dry run) or runs it (write = true), storing the
 * outcome on the import document as it goes, so the admin shows progress and the page can be
 * closed and reopened.
 */
export const runImport = async (payload: Payload, id: number | string, write: boolean) => {
  const doc = (await payload.findByID({
    collection: SLUGS.imports,
    id,
    depth: 0,
    overrideAccess: true,
  })) as unknown as ImportDoc
  const save = (data: Record<string, unknown>) =>
    payload.update({
      collection: SLUGS.imports,
      id,
      data,
      overrideAccess: true,
      depth: 0,
      context: { fromJob: true },
    })
  try {
    const user = await payload.findByID({
      collection: SLUGS.users,
      id: idOf(doc.importedBy as never)!,
      depth: 0,
      overrideAccess: true,
    })
    const spreadsheet = await readUpload(payload, doc.spreadsheet)
    if (!spreadsheet) throw new ImportFileError('spreadsheet: required')
    const sheet = await readSpreadsheet(spreadsheet.data, spreadsheet.name, maxImportRows())
    const upload = await readUpload(payload, doc.images)
    const images = upload ? await readImagesZip(upload.data) : null
    const { prepared, unknown, missing } = await prepareRows(doc.kind, sheet, 2)
    if (missing.length) {
      throw new ImportFileError(
        `spreadsheet: missing required column(s) ${missing.map((column) => `${column.label.zh} ${column.key}`).join(', ')}`,
      )
    }
    const warnings = unknown.map((header) => ({
      zh: `未知的列“${header}”，已忽略`,
      en: `unknown column "${header}" ignored`,
    }))
    if (!images && prepared.some((row) => row.values.images))
      warnings.push({
        zh: '没有上传图片 ZIP：图片列已忽略，现有图片不变',
        en: 'no images ZIP uploaded: the images column is ignored and existing images are kept',
      })
    await save({ status: write ? 'importing' : 'checking', warnings, fileError: null })
    const { outcomes, problems } = await processRows(
      {
        payload,
        user: { ...(user as ChandiUser), collection: 'users' },
        belt: idOf(doc.tenant as never)!,
        kind: doc.kind,
        defaultFactory: idOf(doc.factory as never),
        allowNewCategories: Boolean(doc.allowNewCategories),
        images,
      },
      prepared,
      {
        write,
        // At most once a second, so the admin's progress bar moves (the dry run's too).
        onProgress: async (done, soFar, problemsSoFar) => {
          await save({
            summary: summarise(prepared.length, soFar, problemsSoFar, done),
            problems: problemsSoFar.slice(0, MAX_PROBLEMS_KEPT),
          })
        },
      },
    )
    await save({
      status: write ? 'done' : 'checked',
      summary: summarise(prepared.length, outcomes, problems, write ? prepared.length : 0),
      problems: problems.slice(0, MAX_PROBLEMS_KEPT),
    })
  } catch (error) {
    if (error instanceof ImportFileError) {
      await save({ status: 'failed', fileError: error.message })
      return
    }
    throw error
  }
}

const importTask = (
  slug: 'importCheck' | 'importRun',
  write: boolean,
): TaskConfig<{ input: { importID: string }; output: Record<string, never> }> => ({
  slug,
  label: write ? 'Run an import' : 'Check an import',
  retries: 2,
  inputSchema: [{ name: 'importID', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    await runImport(req.payload, input.importID, write)
    return { output: {} }
  },
})

export const importCheckTask = importTask('importCheck', false)
export const importRunTask = importTask('importRun', true)

/** Queues an import's job in the transaction of `req` (when there is one) and starts it once committed. */
export const queueImport = async (
  payload: Payload,
  task: 'importCheck' | 'importRun',
  id: number | string,
  req?: PayloadRequest,
) => {
  const job = await payload.jobs.queue({
    task,
    queue: IMPORT_QUEUE,
    input: { importID: String(id) },
    ...(req ? { req } : {}),
  } as never)
  await afterCommit(req ?? { payload }, () => {
    void payload.jobs
      .runByID({ id: job.id })
      .catch((error: unknown) =>
        payload.logger.error(
          { err: error, job: job.id },
          'import job failed; the queue will retry',
        ),
      )
  })
}

/**
 * At start-up, imports a stopped process left half-way (killed, or the machine restarted) are
 * queued again. Re-running is safe: rows are matched by their key and fingerprint, so rows
 * already written are "unchanged", a row cut off between its two writes is completed, and
 * nothing is created twice.
 */
export const resumeImports = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: SLUGS.imports,
    where: { status: { in: ['checking', 'importing'] } },
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of docs) {
    payload.logger.info(
      { import: doc.id, status: doc.status },
      'resuming an import interrupted by a stop',
    )
    await queueImport(payload, doc.status === 'importing' ? 'importRun' : 'importCheck', doc.id)
  }
  return docs.length
}
