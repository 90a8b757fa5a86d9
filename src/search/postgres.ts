import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import {
  beltWord,
  type QueryTerms,
  type SearchID,
  type SearchKind,
  type SearchStore,
} from './entries'

/**
 * The index on PostgreSQL (issue #19): a `tsvector` column with a GIN index, in a schema of its
 * own (`chandi_search`) that Payload does not own, so its schema push (drizzle-kit, which looks at
 * `public` only) never offers to drop it and `migrate:create` sees nothing new. Created at first
 * use. Each row's vector holds exactly the words our tokenizer made (`array_to_tsvector`: no
 * parser, no dictionary, no stemming of its own) and the belt's word; a query is a tsquery of
 * quoted lexemes, `('xbeltx1' | 'xbeltx2') & '连衣裙' & 'romp':*`, ranked by `ts_rank` among the
 * newest 2,000 matches as on SQLite.
 */

export const SEARCH_SCHEMA = 'chandi_search'
export const SEARCH_TABLE = `${SEARCH_SCHEMA}.entries`

/**
 * A lexeme is at most 2,047 bytes in a tsvector, and `array_to_tsvector` does not check it. A
 * "word" this long is no word a buyer types: it is left out of the index (and a query holding
 * one finds nothing, as nothing holds it).
 */
export const MAX_WORD_LENGTH = 200

type Pool = PostgresAdapter['pool']

const SETUP = [
  `create schema if not exists ${SEARCH_SCHEMA}`,
  `create table if not exists ${SEARCH_TABLE} (
    kind text not null,
    doc_id bigint not null,
    tenant_id bigint not null,
    words tsvector not null,
    primary key (kind, doc_id)
  )`,
  `create index if not exists entries_words on ${SEARCH_TABLE} using gin (words)`,
  `create table if not exists ${SEARCH_SCHEMA}.meta (key text primary key, value text not null)`,
]

/** Any constant: the lock that keeps two processes starting at once from creating it twice. */
const SETUP_LOCK = 0x63686e64

const ready = new WeakMap<Pool, Promise<void>>()

const setUp = async (pool: Pool) => {
  const client = await pool.connect()
  try {
    await client.query('begin')
    await client.query('select pg_advisory_xact_lock($1)', [SETUP_LOCK])
    for (const statement of SETUP) await client.query(statement)
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

const open = async (payload: Payload): Promise<Pool | null> => {
  const pool = (payload.db as unknown as Partial<PostgresAdapter>).pool
  if (!pool) return null
  let setup = ready.get(pool)
  if (!setup) {
    setup = setUp(pool)
    ready.set(pool, setup)
    // A failed setup (the database down) is tried again at the next use.
    setup.catch(() => ready.delete(pool))
  }
  await setup
  return pool
}

/** A lexeme in tsquery text: quoted, its quotes doubled and its backslashes escaped. */
export const lexeme = (word: string) => `'${word.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`

/**
 * tsquery text: the belt words OR-ed, then every query word AND-ed (OR-ed when `terms.anyWord`); the last one a prefix
 * (`:*`) when `terms.prefix`. Every word is a quoted lexeme, so whatever a buyer types (`&`, `|`,
 * `!`, `:*`, quotes, backslashes) is a word to look for, never an operator: the text always
 * parses. Null when there is nothing to look for.
 */
export const tsqueryOf = (terms: QueryTerms, belts: SearchID[]) => {
  if (terms.words.length === 0 || belts.length === 0) return null
  if (terms.words.some((word) => word.length > MAX_WORD_LENGTH)) return null
  const words = terms.words.map((word, index) =>
    terms.prefix && index === terms.words.length - 1 ? `${lexeme(word)}:*` : lexeme(word),
  )
  const all = terms.anyWord ? `(${words.join(' | ')})` : words.join(' & ')
  return `(${belts.map((belt) => lexeme(beltWord(belt))).join(' | ')}) & ${all}`
}

/**
 * The search: the tsquery (`$1`) and the belts (`$2`) both narrow it (the belts twice: as words
 * and as a column, so that no belt's entry reaches another's portal even if its words did).
 */
export const SEARCH_SQL = `select kind, doc_id, tenant_id from (
    select kind, doc_id, tenant_id, words from ${SEARCH_TABLE}
    where words @@ $1::tsquery and tenant_id = any($2::bigint[])
    order by doc_id desc, kind desc limit 2000
  ) newest
  order by ts_rank(words, $1::tsquery, 1) desc, kind, doc_id desc limit $3`

const UPSERT_SQL = `insert into ${SEARCH_TABLE} (kind, doc_id, tenant_id, words)
  select kind, doc_id, tenant_id, array_to_tsvector(array_remove(string_to_array(words, ' '), ''))
  from unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[]) as entry(kind, doc_id, tenant_id, words)
  on conflict (kind, doc_id) do update set tenant_id = excluded.tenant_id, words = excluded.words`

/** The words of an entry as the vector holds them: the belt's first, none too long. */
const vectorWords = (tenant: SearchID, words: string) =>
  [
    beltWord(tenant),
    ...words.split(' ').filter((word) => word && word.length <= MAX_WORD_LENGTH),
  ].join(' ')

/** The PostgreSQL index, or null if Payload's adapter has no pool (not PostgreSQL). */
export const postgresStore = async (payload: Payload): Promise<SearchStore | null> => {
  const pool = await open(payload)
  if (!pool) return null
  return {
    counts: async () => {
      const { rows } = await pool.query<{ kind: SearchKind; n: string }>(
        `select kind, count(*) as n from ${SEARCH_TABLE} group by kind`,
      )
      return Object.fromEntries(rows.map((row) => [row.kind, Number(row.n)]))
    },
    put: async (entries) => {
      // One statement per 1,000 entries; the same document twice in one statement is refused by
      // `on conflict do update`, so the last of them is kept.
      const unique = [
        ...new Map(entries.map((entry) => [`${entry.kind}:${entry.id}`, entry])).values(),
      ]
      for (let start = 0; start < unique.length; start += 1000) {
        const part = unique.slice(start, start + 1000)
        await pool.query(UPSERT_SQL, [
          part.map((entry) => entry.kind),
          part.map((entry) => Number(entry.id)),
          part.map((entry) => Number(entry.tenant)),
          part.map((entry) => vectorWords(entry.tenant, entry.words)),
        ])
      }
    },
    remove: async (kind, id) => {
      await pool.query(`delete from ${SEARCH_TABLE} where kind = $1 and doc_id = $2`, [
        kind,
        Number(id),
      ])
    },
    prune: async (kind, from, to, keep) => {
      await pool.query(
        `delete from ${SEARCH_TABLE} where kind = $1 and doc_id > $2
          and ($3::bigint is null or doc_id <= $3) and doc_id <> all($4::bigint[])`,
        [
          kind,
          from === null ? -1 : Number(from),
          to === null ? null : Number(to),
          keep.map(Number),
        ],
      )
    },
    vocabulary: async (belts) => {
      const { rows } = await pool.query<{ word: string }>(
        `select distinct unnest(tsvector_to_array(words)) as word from ${SEARCH_TABLE}
          where tenant_id = any($1::bigint[])`,
        [belts.map(Number)],
      )
      return rows.map((row) => row.word).filter((word) => !word.startsWith('xbeltx'))
    },
    version: async () => {
      const { rows } = await pool.query<{ value: string }>(
        `select value from ${SEARCH_SCHEMA}.meta where key = 'words'`,
      )
      return rows[0]?.value ?? null
    },
    setVersion: async (version) => {
      await pool.query(
        `insert into ${SEARCH_SCHEMA}.meta (key, value) values ('words', $1)
          on conflict (key) do update set value = excluded.value`,
        [version],
      )
    },
    search: async (terms, belts, limit) => {
      const query = tsqueryOf(terms, belts)
      if (!query) return []
      const { rows } = await pool.query<{ kind: SearchKind; doc_id: string; tenant_id: string }>(
        SEARCH_SQL,
        [query, belts.map(Number), limit],
      )
      return rows.map((row) => ({
        kind: row.kind,
        id: Number(row.doc_id),
        tenant: Number(row.tenant_id),
      }))
    },
  }
}
