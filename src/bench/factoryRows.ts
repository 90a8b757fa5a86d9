import type { Payload } from 'payload'

import { allocateIDs, chunk, engineOf, insert, type Row, runAtomically } from '@/imports/bulkSql'
import type { Text } from '@/seed/types'

/**
 * Generated factories written as products are (src/imports/bulk.ts): a multi-row INSERT per
 * table, each factory with its first (published) version in both languages, one atomic batch
 * per call. The rows and columns are the ones Payload's adapter writes for the same document;
 * tests/int/generate.int.spec.ts creates the same factory through REST and compares the two,
 * document and version. A batch of 250 factories through the adapter's `create` and
 * `createVersion` took 6 ms a factory (26,000 at scale 1: 163 s); here it is a few hundred µs.
 */

export type NewFactory = {
  tenant: number
  slug: string
  name: Text
  summary: Text
  mainProducts: Text
  foundedYear: number
  staffCount: number
  capabilities: string[]
  exportMarkets: string[]
  capacity: { amount: number; unit: Text; period: string }
  certifications: { id: string; name: string; issuer: string; validUntil: null }[]
  photos: number[]
  address: Text
  location: { lat: number; lng: number }
  contact: { person: string; email: string; phone: string; wechat: null }
  verification: { status: string; verifiedAt: string | null; note: null }
  _status: 'published'
  createdAt: string
  updatedAt: string
}

const prefixed = (row: Row) =>
  Object.fromEntries(Object.entries(row).map(([column, value]) => [`version_${column}`, value]))

/** Writes the factories and their versions in one transaction; returns their ids, in order. */
export const writeFactories = async (payload: Payload, factories: NewFactory[]) => {
  const engine = engineOf(payload)
  if (!engine) throw new Error('the generator writes factories in bulk on SQLite or PostgreSQL')
  if (factories.length === 0) return []
  const ids = await allocateIDs(payload, 'factories', factories.length)
  const versionIDs = await allocateIDs(payload, '_factories_v', factories.length)
  const certificationIDs = await allocateIDs(
    payload,
    '_factories_v_version_certifications',
    factories.reduce((sum, factory) => sum + factory.certifications.length, 0),
  )
  let certificationIndex = 0
  const t: Record<string, Row[]> = {}
  const add = (table: string, row: Row) => (t[table] ??= []).push(row)

  for (const [index, factory] of factories.entries()) {
    const id = ids[index]
    const version = versionIDs[index]
    const columns = {
      tenant_id: factory.tenant,
      import_hash: null,
      slug: factory.slug,
      founded_year: factory.foundedYear,
      staff_count: factory.staffCount,
      capacity_amount: factory.capacity.amount,
      capacity_period: factory.capacity.period,
      tour_video_url: null,
      location_lat: factory.location.lat,
      location_lng: factory.location.lng,
      contact_person: factory.contact.person,
      contact_email: factory.contact.email,
      contact_phone: factory.contact.phone,
      contact_wechat: factory.contact.wechat,
      verification_status: factory.verification.status,
      verification_verified_at: factory.verification.verifiedAt,
      verification_note: factory.verification.note,
      updated_at: factory.updatedAt,
      created_at: factory.createdAt,
      _status: factory._status,
    }
    add('factories', { id, ...columns })
    add('_factories_v', {
      id: version,
      parent_id: id,
      ...prefixed(columns),
      created_at: factory.createdAt,
      updated_at: factory.updatedAt,
      snapshot: null,
      published_locale: null,
      latest: true,
    })
    for (const locale of ['zh', 'en'] as const) {
      const texts = {
        name: factory.name[locale],
        summary: factory.summary[locale],
        description: null,
        main_products: factory.mainProducts[locale],
        capacity_unit: factory.capacity.unit[locale],
        address: factory.address[locale],
        meta_title: null,
        meta_description: null,
        meta_image_id: null,
      }
      add('factories_locales', { ...texts, _locale: locale, _parent_id: id })
      add('_factories_v_locales', { ...prefixed(texts), _locale: locale, _parent_id: version })
    }
    for (const [table, values] of [
      ['capabilities', factory.capabilities],
      ['export_markets', factory.exportMarkets],
    ] as const)
      for (const [order, value] of values.entries()) {
        add(`factories_${table}`, { order: order + 1, parent_id: id, value })
        add(`_factories_v_version_${table}`, { order: order + 1, parent_id: version, value })
      }
    for (const [order, certification] of factory.certifications.entries()) {
      const values = {
        name: certification.name,
        issuer: certification.issuer,
        valid_until: certification.validUntil,
      }
      add('factories_certifications', {
        _order: order + 1,
        _parent_id: id,
        id: certification.id,
        ...values,
      })
      add('_factories_v_version_certifications', {
        _order: order + 1,
        _parent_id: version,
        id: certificationIDs[certificationIndex++],
        ...values,
        _uuid: certification.id,
      })
    }
    for (const [order, media] of factory.photos.entries()) {
      add('factories_rels', { order: order + 1, parent_id: id, path: 'photos', media_id: media })
      add('_factories_v_rels', {
        order: order + 1,
        parent_id: version,
        path: 'version.photos',
        media_id: media,
      })
    }
  }
  // Parents before children, as the foreign keys want.
  const order = [
    'factories',
    'factories_locales',
    'factories_capabilities',
    'factories_export_markets',
    'factories_certifications',
    'factories_rels',
    '_factories_v',
    '_factories_v_locales',
    '_factories_v_version_capabilities',
    '_factories_v_version_export_markets',
    '_factories_v_version_certifications',
    '_factories_v_rels',
  ]
  await runAtomically(
    payload,
    order
      .map((table) =>
        chunk(t[table] ?? [], 500)
          .map((rows) => insert(table, rows, engine))
          .join('\n'),
      )
      .join('\n'),
  )
  return ids
}
