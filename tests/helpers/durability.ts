import pg from 'pg'

import { loginAt, requestAt } from './api'
import { cast, memberEmail, unique } from './fixtures'
import { smallJpeg, uploadForm } from './images'

// The write load and the read-back of the durability tests (tests/int/durability.int.spec.ts).

export const MEMBER = memberEmail('zhili-hengyuan')

export type Load = {
  saved: string[]
  images: string[]
  attempted: string[]
  refused: string[]
  cut: number
}

/** Three writers creating products (a factory member) and one uploading images (the belt's operator), until stopped or cut off. */
export const writeLoad = (
  port: number,
  { token, operator }: { token: string; operator: string },
  prefix: string,
) => {
  const load: Load = { saved: [], images: [], attempted: [], refused: [], cut: 0 }
  let stop = false
  const products = async () => {
    while (!stop) {
      const slug = unique(prefix).toLowerCase()
      load.attempted.push(slug)
      try {
        const response = await requestAt(port, 'POST', '/api/products', {
          token,
          body: {
            name: `Load romper ${slug}`,
            sku: slug.toUpperCase(),
            slug,
            moq: { quantity: 50, unit: 'piece' },
            priceTiers: [{ minQuantity: 50, unitPrice: 2.5 }],
            _status: 'published',
          },
        })
        if (response.status === 201) load.saved.push(slug)
        else load.refused.push(`product: ${response.status} ${response.text.slice(0, 300)}`)
      } catch {
        load.cut += 1 // the server went away mid-request
        return
      }
    }
  }
  const images = async () => {
    const file = await smallJpeg('#884422')
    while (!stop) {
      const name = `${unique(prefix)}.jpg`
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/media`, {
          method: 'POST',
          headers: { authorization: `JWT ${operator}` },
          body: uploadForm({ file, name, type: 'image/jpeg', data: { alt: `Load image ${name}` } }),
        })
        if (response.status === 201)
          load.images.push(((await response.json()) as { doc: { filename: string } }).doc.filename)
        else load.refused.push(`image: ${response.status} ${(await response.text()).slice(0, 300)}`)
      } catch {
        load.cut += 1
        return
      }
    }
  }
  let ended = 0
  const writer = (write: () => Promise<void>) => write().finally(() => (ended += 1))
  const running = Promise.all([
    writer(products),
    writer(products),
    writer(products),
    writer(images),
  ])
  return {
    load,
    /** Resolves once at least `count` products were saved. */
    until: async (count: number) => {
      const deadline = Date.now() + 120_000
      while (load.saved.length < count) {
        if (load.refused.length > 0) throw new Error(`a write was refused: ${load.refused[0]}`)
        // Said plainly rather than waiting for the test's own time-out.
        if (ended === 4 || Date.now() > deadline)
          throw new Error(
            `only ${load.saved.length} of ${count} products saved (${load.cut} writers cut off, ${ended} of 4 stopped)`,
          )
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    finish: async () => {
      stop = true
      await running
    },
  }
}

/** The load's products as the platform admin sees them in the server at `port`, and their versions. */
export const stored = async (port: number, prefix: string) => {
  const admin = await loginAt(port, cast.emails.admin)
  const docs = (
    await requestAt(
      port,
      'GET',
      `/api/products?where[slug][contains]=${prefix.toLowerCase()}&limit=2000&depth=0&draft=true`,
      { token: admin },
    )
  ).json.docs as { id: number; slug: string; name: string; priceTiers: unknown[] }[]
  const ids = docs.map((doc) => doc.id)
  const versions =
    ids.length === 0
      ? []
      : ((
          await requestAt(
            port,
            'GET',
            `/api/products/versions?where[parent][in]=${ids.join(',')}&limit=5000&depth=0`,
            { token: admin },
          )
        ).json.docs as { parent: number }[])
  return {
    docs,
    slugs: docs.map((doc) => doc.slug),
    versioned: new Set(versions.map((version) => version.parent)),
  }
}

/** SQLite's own check of the database file: "ok" when it is whole. */
export const integrity = async (file: string) => {
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: `file:${file}` })
  try {
    return String((await client.execute('pragma integrity_check')).rows[0][0])
  } finally {
    client.close()
  }
}

/**
 * Plain SQL on the database `url` names, on either engine: `value` is the first column of the
 * first row; `?` placeholders (PostgreSQL's are numbered for it).
 */
export const sqlOn = async (url: string) => {
  if (url.startsWith('file:')) {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url })
    return {
      execute: async (sql: string) => void (await client.executeMultiple(sql)),
      value: async (sql: string, args: (string | number)[] = []) =>
        (await client.execute({ sql, args })).rows[0]?.[0],
      close: () => client.close(),
    }
  }
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => {})
  await client.connect()
  return {
    execute: async (sql: string) => void (await client.query(sql)),
    value: async (sql: string, args: (string | number)[] = []) => {
      let index = 0
      const result = await client.query({
        text: sql.replace(/\?/g, () => `$${(index += 1)}`),
        values: args,
        rowMode: 'array',
      })
      return (result.rows[0] as unknown[] | undefined)?.[0]
    },
    close: () => client.end().catch(() => {}),
  }
}
