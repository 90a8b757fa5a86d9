'use client'

import { useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

import type { Problem } from '@/imports/plan'

type Summary = {
  rows?: number | null
  create?: number | null
  update?: number | null
  unchanged?: number | null
  errors?: number | null
  processed?: number | null
}
type ImportState = {
  status?: string
  summary?: Summary | null
  problems?: Problem[] | null
  fileError?: string | null
}

const RUNNING = ['checking', 'importing']
const POLL_MS = 1000

const cell: React.CSSProperties = {
  padding: '4px 8px',
  borderBottom: '1px solid var(--theme-elevation-150)',
  textAlign: 'left',
  verticalAlign: 'top',
}

/** "1 分 05 秒" / "1 min 05 s" */
const duration = (seconds: number, zh: boolean) => {
  const minutes = Math.floor(seconds / 60)
  const rest = String(Math.round(seconds % 60)).padStart(minutes ? 2 : 1, '0')
  if (zh) return minutes ? `${minutes} 分 ${rest} 秒` : `${rest} 秒`
  return minutes ? `${minutes} min ${rest} s` : `${rest} s`
}

/**
 * On an import's edit page: while it is checked or run, a progress bar with rows per second and
 * the time left, read from the import every second; then the refused rows as a table (row,
 * column, reason, the cell's value) with the download of those rows. The page's own fields are
 * refreshed once the work ends.
 */
export const ImportProgress = () => {
  const { id, data } = useDocumentInfo()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const modified = useFormModified()
  const router = useRouter()
  const [state, setState] = useState<ImportState | null>(null)
  const [values, setValues] = useState<Record<number, Record<string, string>>>({})
  const [rate, setRate] = useState<number | null>(null)
  const first = useRef<{ at: number; processed: number } | null>(null)
  const savedStatus = (data as ImportState | undefined)?.status
  const savedAt = (data as { updatedAt?: string } | undefined)?.updatedAt

  // Reads the import every second while it runs; once after each save otherwise.
  useEffect(() => {
    if (!id) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    let wasRunning = false
    const read = async () => {
      try {
        const response = await fetch(`/api/imports/${id}?depth=0`, { credentials: 'include' })
        if (!response.ok || stopped) return
        const doc = (await response.json()) as ImportState
        setState(doc)
        const running = RUNNING.includes(doc.status ?? '')
        const processed = doc.summary?.processed ?? 0
        if (running) {
          if (!first.current || processed < first.current.processed)
            first.current = { at: Date.now(), processed }
          const seconds = (Date.now() - first.current.at) / 1000
          if (seconds > 0 && processed > first.current.processed)
            setRate((processed - first.current.processed) / seconds)
          wasRunning = true
          timer = setTimeout(read, POLL_MS)
        } else if (wasRunning) {
          // Done: the counts and status fields above are re-read from the server.
          first.current = null
          if (!modified) router.refresh()
        }
      } catch {
        if (!stopped) timer = setTimeout(read, POLL_MS * 3)
      }
    }
    void read()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [id, savedStatus, savedAt])

  // The refused rows' cells, from the report download (the rows as they were in the file).
  const problemCount = state?.problems?.length ?? 0
  useEffect(() => {
    if (!id || !problemCount || RUNNING.includes(state?.status ?? '')) return
    void fetch(`/api/imports/${id}/problem-cells`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { rows?: Record<number, Record<string, string>> } | null) => {
        if (body?.rows) setValues(body.rows)
      })
      .catch(() => undefined)
  }, [id, problemCount, state?.status])

  if (!id || !state) return null
  const running = RUNNING.includes(state.status ?? '')
  const rows = state.summary?.rows ?? 0
  const processed = state.summary?.processed ?? 0
  const percent = rows ? Math.min(100, Math.round((processed / rows) * 100)) : 0
  const left = rate && rows > processed ? (rows - processed) / rate : null
  const problems = state.problems ?? []

  return (
    <div data-testid="import-progress" style={{ marginBottom: 24 }}>
      {running ? (
        <div data-testid="import-running" aria-live="polite">
          <strong>
            {state.status === 'importing'
              ? zh
                ? '正在导入…'
                : 'Importing…'
              : zh
                ? '正在检查…'
                : 'Checking…'}
          </strong>
          <div
            role="progressbar"
            aria-valuenow={rows ? percent : undefined}
            aria-valuemin={0}
            aria-valuemax={100}
            style={{
              height: 10,
              margin: '6px 0',
              borderRadius: 5,
              background: 'var(--theme-elevation-100)',
              overflow: 'hidden',
            }}
          >
            <div
              style={{
                width: rows ? `${percent}%` : '100%',
                height: '100%',
                background: 'var(--theme-success-500)',
                opacity: rows ? 1 : 0.3,
                transition: 'width 0.5s',
              }}
            />
          </div>
          <span data-testid="import-rate">
            {rows
              ? zh
                ? `${processed} / ${rows} 行（${percent}%）`
                : `${processed} of ${rows} rows (${percent}%)`
              : zh
                ? '正在读取文件…'
                : 'Reading the file…'}
            {rate ? ` · ${Math.round(rate)} ${zh ? '行/秒' : 'rows/s'}` : ''}
            {left !== null
              ? ` · ${zh ? '剩余约' : 'about'} ${duration(left, zh)}${zh ? '' : ' left'}`
              : ''}
          </span>
        </div>
      ) : null}
      {problems.length > 0 ? (
        <div data-testid="import-problems">
          <h4 style={{ margin: '12px 0 6px' }}>
            {zh
              ? `有问题的行（${state.summary?.errors ?? problems.length} 行）`
              : `Refused rows (${state.summary?.errors ?? problems.length})`}
          </h4>
          <p>
            <a href={`/api/imports/${id}/report`} download>
              {zh
                ? '下载有问题的行（改正后可重新上传）'
                : 'Download the refused rows (fix them and upload again)'}
            </a>
          </p>
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                <th style={cell}>{zh ? '行号' : 'Row'}</th>
                <th style={cell}>{zh ? '列' : 'Column'}</th>
                <th style={cell}>{zh ? '原因' : 'Reason'}</th>
                <th style={cell}>{zh ? '填写的内容' : 'Value'}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((problem, index) => (
                <tr key={`${problem.row}-${problem.column}-${index}`}>
                  <td style={cell}>{problem.row}</td>
                  <td style={cell}>
                    <code>{problem.column}</code>
                  </td>
                  <td style={cell}>{zh ? problem.zh : problem.en}</td>
                  <td style={cell}>{values[problem.row]?.[problem.column] ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  )
}
