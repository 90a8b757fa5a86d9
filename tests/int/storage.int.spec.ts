import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { describe, expect, inject, it, onTestFinished } from 'vitest'

import { DEMO_PASSWORD } from '../../src/constants'
import { requestAt } from '../helpers/api'
import { adminLogin, launchBrowser } from '../helpers/browser'
import { copySuiteDatabase } from '../helpers/copy-db'
import { smallPdf } from '../helpers/files'
import { cast, unique } from '../helpers/fixtures'
import { smallJpeg, uploadForm } from '../helpers/images'
import { runNode } from '../helpers/node-args'
import { startServer, stopServer } from '../setup/server'

/**
 * Uploads on S3-compatible object storage (src/platform/storage.ts), against a real S3 server on
 * 127.0.0.1 (s3rver, which checks the SDK's signatures): what is uploaded through the API lands in
 * the bucket under its collection's prefix, never on the server's disk, is served back through
 * Payload with the same bytes and the same access rules, and leaves the bucket when deleted.
 */

type S3rver = { run: () => Promise<{ port: number }>; close: () => Promise<void> }
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: {
  address: string
  port: number
  silent: boolean
  directory: string
  configureBuckets: { name: string }[]
}) => S3rver

const BUCKET = 'chandi-test'
const PREFIX = 'suite'

/** Every file below `dir`, as relative paths (none when it does not exist). */
const filesIn = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((entry) => fs.statSync(path.join(dir, entry)).isFile())
    : []

describe('uploads on S3-compatible object storage', () => {
  it(
    'stores images and private documents in the bucket only, serves them through Payload with its access rules, and deletes them',
    { timeout: 300_000 },
    async () => {
      if (!inject('databaseURL').startsWith('file:')) return
      // A copy of the suite's database: the plugin's columns are pushed to it, not to the suite's.
      const { dir, env, remove } = await copySuiteDatabase('storage')
      onTestFinished(remove)
      const s3 = new S3rver({
        address: '127.0.0.1',
        port: 0,
        silent: true,
        directory: path.join(dir, 's3'),
        configureBuckets: [{ name: BUCKET }],
      })
      const endpoint = `http://127.0.0.1:${(await s3.run()).port}`
      onTestFinished(() => s3.close())
      /** The bucket's keys under a prefix, read over S3's own API (ListObjectsV2). */
      const keys = async (prefix: string) => {
        const listing = await (
          await fetch(`${endpoint}/${BUCKET}?list-type=2&prefix=${encodeURIComponent(prefix)}`)
        ).text()
        return [...listing.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => match[1]).sort()
      }
      const object = async (key: string) =>
        Buffer.from(await (await fetch(`${endpoint}/${BUCKET}/${key}`)).arrayBuffer())

      // The copy's images folder holds the suite's images: it must be the same after the upload.
      const diskBefore = filesIn(env.MEDIA_DIR)
      const server = await startServer({
        env: {
          ...env,
          CHANDI_SEARCH_INDEX: 'false',
          S3_BUCKET: BUCKET,
          S3_REGION: 'us-east-1',
          S3_ENDPOINT: endpoint,
          S3_ACCESS_KEY_ID: 'S3RVER',
          S3_SECRET_ACCESS_KEY: 'S3RVER',
          S3_FORCE_PATH_STYLE: 'true',
          S3_PREFIX: `/${PREFIX}/`,
        },
      })
      onTestFinished(() => stopServer(server))
      const port = server.port
      const login = async (email: string) => {
        const response = await requestAt(port, 'POST', '/api/users/login', {
          body: { email, password: DEMO_PASSWORD },
        })
        expect(response.status, `${response.text}\n${server.output().slice(-5000)}`).toBe(200)
        return response.json.token as string
      }
      const operator = await login(cast.emails.operatorA)
      const otherBelt = await login(cast.emails.operatorB)
      const admin = await login(cast.emails.admin)
      const upload = async (collection: string, form: FormData) => {
        const response = await fetch(`${server.baseURL}/api/${collection}`, {
          method: 'POST',
          headers: { authorization: `JWT ${operator}` },
          body: form,
        })
        const text = await response.text()
        expect(response.status, text).toBe(201)
        return JSON.parse(text).doc
      }
      const download = async (pathname: string, token?: string) => {
        const response = await fetch(`${server.baseURL}${pathname}`, {
          headers: token ? { authorization: `JWT ${token}` } : {},
        })
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          body: Buffer.from(await response.arrayBuffer()),
        }
      }

      // An image: the original and the sizes sharp made (800×600: thumbnail and card) are objects
      // under the collection's prefix; nothing new in the server's own images folder.
      const jpeg = await smallJpeg('#884422')
      const image = await upload(
        'media',
        uploadForm({
          file: jpeg,
          name: `${unique('s3')}.jpg`,
          type: 'image/jpeg',
          data: { alt: '对象存储 Object storage' },
        }),
      )
      const sizes = Object.values(
        image.sizes as Record<string, { filename: string | null }>,
      ).flatMap((size) => (size.filename ? [size.filename] : []))
      expect(sizes).toHaveLength(2)
      const imageKeys = [image.filename, ...sizes].map((name) => `${PREFIX}/media/${name}`).sort()
      expect(await keys(`${PREFIX}/media/`)).toEqual(imageKeys)
      expect(filesIn(env.MEDIA_DIR)).toEqual(diskBefore)
      expect((await object(`${PREFIX}/media/${image.filename}`)).equals(jpeg)).toBe(true)

      // Served by the API from the bucket, the same bytes, at the API's address (not the bucket's).
      expect(image.url).toBe(
        `/api/media/file/${encodeURIComponent(image.filename)}?prefix=${encodeURIComponent(`${PREFIX}/media`)}`,
      )
      const served = await download(image.url)
      expect(served.status).toBe(200)
      expect(served.type).toBe('image/jpeg')
      expect(served.body.equals(jpeg)).toBe(true)
      const thumbnail = await download(image.sizes.thumbnail.url)
      expect(thumbnail.status).toBe(200)
      expect(thumbnail.type).toBe('image/webp')
      expect(
        thumbnail.body.equals(await object(`${PREFIX}/media/${image.sizes.thumbnail.filename}`)),
      ).toBe(true)

      // A verification document stays private in the bucket: its factory's belt reads it, nobody else.
      const pdf = smallPdf(unique('licence'))
      const licence = await upload(
        'verification-documents',
        uploadForm({
          file: pdf,
          name: `${unique('licence')}.pdf`,
          type: 'application/pdf',
          data: {},
        }),
      )
      expect(await keys(`${PREFIX}/verification-documents/`)).toEqual([
        `${PREFIX}/verification-documents/${licence.filename}`,
      ])
      expect(filesIn(env.VERIFICATION_FILES_DIR)).toEqual([])
      const licenceURL = `/api/verification-documents/file/${encodeURIComponent(licence.filename)}`
      expect((await download(licenceURL)).status).toBe(403)
      expect((await download(licenceURL, otherBelt)).status).toBe(403)
      const read = await download(licenceURL, operator)
      expect(read.status).toBe(200)
      expect(read.body.equals(pdf)).toBe(true)

      // The admin works with the plugin on: an operator logs in through its form and sees the
      // image's thumbnail, loaded from the bucket through the API.
      const browser = await launchBrowser()
      onTestFinished(() => browser.close())
      const page = await (
        await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
      ).newPage()
      await adminLogin(page, server.baseURL, cast.emails.operatorA, DEMO_PASSWORD)
      await page.goto(`${server.baseURL}/admin/collections/media/${image.id}`)
      const preview = page.locator(`img[src*="${image.sizes.thumbnail.filename}"]`).first()
      await preview.waitFor({ timeout: 30_000 })
      await expect
        .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
          timeout: 15_000,
        })
        .toBeGreaterThan(0)

      // Deleting the documents deletes their objects.
      expect(
        (await requestAt(port, 'DELETE', `/api/media/${image.id}`, { token: operator })).status,
      ).toBe(200)
      expect(await keys(`${PREFIX}/media/`)).toEqual([])
      // No document any more: Payload's access check refuses the name before the bucket is asked.
      expect((await download(image.url)).status).toBe(403)
      expect(
        (
          await requestAt(port, 'DELETE', `/api/verification-documents/${licence.id}`, {
            token: admin,
          })
        ).status,
      ).toBe(200)
      expect(await keys(`${PREFIX}/`)).toEqual([])
    },
  )

  // Started without the admin build check (CHANDI_NEXT_DEV): what is checked is the server's own
  // start. (Were the admin's build out of date, `next build` would stop first, on the same message
  // within its own output.)
  const refusal = async (env: Record<string, string>) => {
    const result = await runNode('src/server/main.ts', [], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: '0',
        CHANDI_JOBS: 'false',
        CHANDI_NEXT_DEV: 'true',
        DISABLE_PAYLOAD_HMR: 'true',
        ...env,
      },
      timeout: 150_000,
    })
    expect(result.status, result.stderr).toBe(1)
    return result.stderr
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('npm warn'))
  }

  it(
    'refuses to start with S3_BUCKET but no S3_REGION, in one line that names it',
    { timeout: 180_000 },
    async () => {
      const lines = await refusal({
        DATABASE_URL: inject('databaseURL'),
        S3_BUCKET: BUCKET,
        S3_REGION: '',
      })
      expect(lines).toEqual([
        expect.stringMatching(/^\[chandi\] failed to start: S3_REGION is required with S3_BUCKET/),
      ])
    },
  )

  it(
    'refuses to start in production on SQLite, whose migrations lack the storage columns, in one line',
    { timeout: 180_000 },
    async () => {
      if (!inject('databaseURL').startsWith('file:')) return
      const dir = fs.mkdtempSync(
        `${inject('databaseURL').slice('file:'.length)}-storage-production-`,
      )
      onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
      const lines = await refusal({
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'a'.repeat(48),
        DATABASE_URL: `file:${path.join(dir, 'production.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        S3_BUCKET: BUCKET,
        S3_REGION: 'us-east-1',
      })
      expect(lines).toEqual([
        expect.stringMatching(
          /^\[chandi\] failed to start: S3_BUCKET is not supported yet with SQLite in production/,
        ),
      ])
    },
  )
})
