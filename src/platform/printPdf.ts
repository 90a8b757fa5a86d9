import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { env } from '@/utilities/config'

/**
 * HTML to PDF with Chromium's own print (`--headless --print-to-pdf`), the page's print CSS
 * deciding the paper (`@page { size: A4 }`). Chromium is a program on the machine, not an npm
 * package: the same Debian `chromium` (and `fonts-noto-cjk` for the Chinese) the browser tests
 * drive. One print at a time per process, each in a fresh profile in a temporary folder that is
 * removed after, killed after PRINT_TIMEOUT_MS. The page is written to a file and opened from
 * it: it must carry everything it shows (no network is wanted, and its own CSP forbids it).
 */

/** Chromium is missing or cannot start: the caller answers 503 with this message. */
export class PdfUnavailable extends Error {}

export const PRINT_TIMEOUT_MS = 30_000

/** Where Debian puts programs; Chromium (CHROMIUM_PATH, or `chromium`) is looked up there. */
const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/** The Chromium to print with: CHROMIUM_PATH, else `chromium` found on PATH when it runs. */
const chromiumExecutable = () => env('CHROMIUM_PATH') || 'chromium'

const missing = () =>
  new PdfUnavailable(
    env('CHROMIUM_PATH')
      ? `PDF unavailable: Chromium not found at CHROMIUM_PATH=${env('CHROMIUM_PATH')}. PDF 暂不可用：找不到 Chromium。`
      : 'PDF unavailable: Chromium is not installed on the server (no `chromium` on PATH: apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH). PDF 暂不可用：服务器未安装 Chromium。',
  )

const print = async (html: string, executable: string): Promise<Buffer> => {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'chandi-pdf-'))
  try {
    const page = path.join(dir, 'page.html')
    const output = path.join(dir, 'page.pdf')
    await fs.promises.writeFile(page, html)
    await new Promise<void>((resolve, reject) => {
      execFile(
        executable,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-extensions',
          '--no-first-run',
          '--no-default-browser-check',
          '--no-pdf-header-footer',
          // Nothing on the network: the page carries all it shows.
          '--host-resolver-rules=MAP * ~NOTFOUND',
          `--user-data-dir=${path.join(dir, 'profile')}`,
          `--print-to-pdf=${output}`,
          `file://${page}`,
        ],
        {
          timeout: PRINT_TIMEOUT_MS,
          killSignal: 'SIGKILL',
          maxBuffer: 4 * 1024 * 1024,
          // Not the server's environment (database URL, secrets): only what Chromium needs.
          env: { PATH: SYSTEM_PATH, HOME: dir, LANG: 'C.UTF-8' } as unknown as NodeJS.ProcessEnv,
        },
        (error, _stdout, stderr) => {
          if (!error) return resolve()
          const { code } = error as { code?: unknown }
          if (code === 'ENOENT' || code === 'EACCES') return reject(missing())
          const last = String(stderr ?? '')
            .trim()
            .split('\n')
            .pop()
          reject(
            new PdfUnavailable(
              error.killed
                ? `PDF unavailable: Chromium did not finish printing within ${PRINT_TIMEOUT_MS / 1000} s.`
                : `PDF unavailable: Chromium failed (${last || error.message}).`,
            ),
          )
        },
      )
    })
    const pdf = await fs.promises.readFile(output).catch(() => null)
    if (!pdf || pdf.subarray(0, 5).toString('latin1') !== '%PDF-')
      throw new PdfUnavailable('PDF unavailable: Chromium wrote no PDF.')
    return pdf
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true })
  }
}

let queue: Promise<unknown> = Promise.resolve()
let waiting = 0
/** Prints running or waiting in this process before another is refused (503, try again). */
export const MAX_PRINTS_QUEUED = 3

/** The page printed to PDF; a PdfUnavailable when Chromium is missing, fails or takes too long. */
export const printToPdf = (html: string): Promise<Buffer> => {
  if (waiting >= MAX_PRINTS_QUEUED)
    return Promise.reject(
      new PdfUnavailable(
        'PDF unavailable: other reports are being printed; try again in a minute. 其他报告正在生成，请稍后再试。',
      ),
    )
  waiting += 1
  const job = queue.then(() => print(html, chromiumExecutable())).finally(() => (waiting -= 1))
  queue = job.catch(() => undefined)
  return job
}
