import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type CollectionConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import type { ChandiUser } from '@/access/roles'
import { scopeLockedDocuments } from '@/access/lockedDocuments'
import { isOnlyFactoryMember, isPlatformAdmin } from '@/access/roles'
import { BeltSettings } from '@/collections/BeltSettings'
import { Campaigns } from '@/collections/Campaigns'
import { Categories } from '@/collections/Categories'
import { ExchangeRates } from '@/collections/ExchangeRates'
import { Factories } from '@/collections/Factories'
import { Inquiries, InquiryAccessLog } from '@/collections/Inquiries'
import { LiveSessions } from '@/collections/LiveSessions'
import { ImportFiles, Imports } from '@/collections/Imports'
import { importCheckTask, IMPORT_QUEUE, importRunTask } from '@/imports/jobs'
import { InquiryFiles } from '@/collections/InquiryFiles'
import { SourcingAlerts } from '@/collections/SourcingAlerts'
import { SourcingFiles } from '@/collections/SourcingFiles'
import { SourcingQuotes } from '@/collections/SourcingQuotes'
import { SourcingRequests } from '@/collections/SourcingRequests'
import { Media } from '@/collections/Media'
import { MAIL_QUEUE, sendMailTask } from '@/inquiries/mail'
import { retentionTask } from '@/inquiries/privacy'
import { sourcingDigestTask } from '@/sourcing/alerts'
import { sourcingRetentionTask } from '@/sourcing/retention'
import { Pages } from '@/collections/Pages'
import { Products } from '@/collections/Products'
import { Tenants } from '@/collections/Tenants'
import { Users } from '@/collections/Users'
import { Buyers } from '@/collections/Buyers'
import { VerificationDocuments, VerificationRequests } from '@/collections/Verification'
import { BELT_OWNED, MEDIA_LIMITS, PORTAL_LINKABLE, PRIVATE_COLLECTIONS, SLUGS } from '@/constants'
import { dashboardEndpoint } from '@/dashboard/figures'
import { figuresDownloadEndpoint, remindEndpoint } from '@/dashboard/endpoints'
import { env } from '@/utilities/config'
import { databaseAdapter } from '@/platform/db'
import { emailAdapter } from '@/platform/email'
import { checkQuery } from '@/hooks/checkQuery'
import { localizeErrors } from '@/hooks/localizeErrors'
import { labelSeoGroup, seoFields, seoURL } from '@/admin/seo'
import { invalidatePortal } from '@/hooks/invalidatePortal'
import { refuseOddInput } from '@/hooks/refuseOddInput'
import { startInvalidationBus } from '@/platform/events'
import { runsJobs } from '@/platform/jobsLock'
import { startRateLimitStore } from '@/platform/rateLimit'
import { startVisits } from '@/platform/visits'
import { livePreviewURL, PREVIEW_COLLECTIONS } from '@/preview/links'
import { forgotPasswordMutation } from '@/collections/Users/passwordReset'
import { mediaStorage } from '@/platform/storage'
import { depthLimit } from '@/utilities/graphqlDepth'
import { payloadSecret } from '@/utilities/secret'
import { REDIRECT_TARGETS, redirectOverrides, redirectTranslations } from '@/collections/Redirects'
import { slugRedirects } from '@/hooks/slugRedirects'
import { ADDRESSED, type Addressed } from '@/utilities/portalPaths'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Publishing a page, factory, product or campaign under a new slug keeps its old address working. */
const withSlugRedirects = (collection: CollectionConfig): CollectionConfig =>
  (ADDRESSED as readonly string[]).includes(collection.slug)
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeChange: [
            ...(collection.hooks?.beforeChange ?? []),
            slugRedirects(collection.slug as Addressed),
          ],
        },
      }
    : collection

/** Every collection the portals show evicts that belt's rendered pages when it changes. */
const withPortalInvalidation = (collection: CollectionConfig): CollectionConfig => {
  if ((PRIVATE_COLLECTIONS as readonly string[]).includes(collection.slug)) return collection
  const hooks = invalidatePortal({ isBelt: collection.slug === SLUGS.tenants })
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), ...hooks.afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), ...hooks.afterDelete],
    },
  }
}

/**
 * Rich-text link and relationship pickers offer only what a portal may show (the multi-tenant
 * plugin's list filter then keeps them to the current belt); guardBelt refuses the rest on save.
 */
const withRichTextPickers = (collection: CollectionConfig): CollectionConfig => {
  if ((PORTAL_LINKABLE as readonly string[]).includes(collection.slug)) return collection
  return {
    ...collection,
    admin: { ...collection.admin, enableRichTextLink: false, enableRichTextRelationship: false },
  }
}

/**
 * Payload adds its scheduled-publish task while sanitising the config, without retries; a
 * campaign scheduled to go live should not stay a draft because of one failed attempt.
 */
const retryScheduledPublish = (config: SanitizedConfig): SanitizedConfig => {
  for (const task of config.jobs?.tasks ?? []) {
    if (task.slug === 'schedulePublish' && task.retries === undefined) {
      task.retries = { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } }
    }
  }
  return config
}

/**
 * Bad query parameters and odd numbers or control characters in the data get a 400 naming the
 * parameter or field (src/hooks/checkQuery.ts, src/hooks/refuseOddInput.ts), on Payload's own
 * collections (preferences, locked documents, jobs) too, which exist only once sanitised.
 */
const checkQueries = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [
      checkQuery,
      refuseOddInput,
      ...(collection.hooks.beforeOperation ?? []),
    ]
  }
  return config
}

export default buildConfig({
  serverURL: env('PUBLIC_URL') || undefined,
  secret: payloadSecret(),
  admin: {
    user: SLUGS.users,
    meta: { titleSuffix: ' · 产地 Chandi' },
    // No Gravatar: the admin makes no requests to third parties.
    avatar: 'default',
    importMap: { baseDir: dirname },
    // An operator's home: their belt's figures and onboarding checklist.
    components: { beforeDashboard: ['/src/admin/BeltDashboard#BeltDashboard'] },
    // A factory member's home: their factory's figures (src/admin/FactoryHome.tsx), as the one
    // widget of Payload's dashboard in place of the collection cards; everyone else keeps the
    // cards. A layout the user saved (the dashboard's "edit") wins over this default.
    dashboard: {
      widgets: [
        {
          slug: 'factory-home',
          Component: '/src/admin/FactoryHome#FactoryHome',
          label: { zh: '我的工厂', en: 'My factory' },
          minWidth: 'full',
        },
      ],
      defaultLayout: ({ req }) => [
        isOnlyFactoryMember(req.user as ChandiUser | null)
          ? { widgetSlug: 'factory-home', width: 'full' }
          : { widgetSlug: 'collections', width: 'full' },
      ],
    },
    // Pages, campaigns, factories and products are previewed on their belt's own portal, as
    // their latest draft, in the locale being edited (src/preview/links.ts).
    livePreview: {
      collections: [...PREVIEW_COLLECTIONS],
      url: ({ collectionConfig, data, locale, req }) =>
        collectionConfig
          ? livePreviewURL({ collection: collectionConfig.slug, data, locale: locale.code, req })
          : null,
      breakpoints: [
        { name: 'phone', label: '手机 Phone', width: 390, height: 844 },
        { name: 'desktop', label: '电脑 Desktop', width: 1280, height: 800 },
      ],
    },
  },
  endpoints: [dashboardEndpoint, figuresDownloadEndpoint, remindEndpoint],
  // A refused save names each field by its label and row in the admin's language, on the field
  // and in the toast ("阶梯价 第 3 行 › 起始数量：…"), not as a path (src/hooks/localizeErrors.ts).
  hooks: { afterError: [localizeErrors] },
  // Every process that writes (server, seed, scripts) tells the others which belts changed; the
  // rate limits count in a store every node shares (src/platform/rateLimit.ts).
  onInit: async (payload) => {
    await startInvalidationBus(payload)
    await startRateLimitStore(payload)
    await startVisits(payload)
  },
  collections: [
    Tenants,
    Users,
    BeltSettings,
    Factories,
    Products,
    Categories,
    Pages,
    Media,
    Campaigns,
    LiveSessions,
    Inquiries,
    InquiryFiles,
    InquiryAccessLog,
    Imports,
    ImportFiles,
    VerificationRequests,
    VerificationDocuments,
    SourcingRequests,
    SourcingQuotes,
    SourcingAlerts,
    Buyers,
    SourcingFiles,
  ].map((collection) => withRichTextPickers(withPortalInvalidation(withSlugRedirects(collection)))),
  // The exchange-rate table behind the portals' approximate conversions (platform admins only).
  globals: [ExchangeRates],
  db: databaseAdapter(),
  editor: lexicalEditor({}),
  email: emailAdapter(),
  sharp,
  upload: { limits: { fileSize: MEDIA_LIMITS.maxBytes } },
  localization: {
    locales: [
      { code: 'zh', label: { zh: '中文', en: 'Chinese' } },
      { code: 'en', label: { zh: '英文', en: 'English' } },
    ],
    defaultLocale: 'zh',
    fallback: true,
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
    // An operator removed from their belt mid-session lands on Payload's "unauthorized" view:
    // it says what happened and what to do, instead of only "not allowed".
    translations: {
      zh: {
        ...redirectTranslations.zh,
        error: {
          unauthorizedAdmin: '这个账号目前不属于任何产业带',
          notAllowedToAccessPage:
            '您无权访问这个页面。如果您刚被移出产业带，或产业带已被删除，请联系平台管理员恢复权限；已经保存的内容都还在。',
        },
      },
      en: {
        error: {
          unauthorizedAdmin: 'This account does not belong to any belt at the moment',
          notAllowedToAccessPage:
            'You cannot open this page. If you were just removed from a belt, or the belt was deleted, ask a platform admin to restore your access; everything already saved is still there.',
        },
      },
    },
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    // Not at every start outside production (Payload's default): that spawned a
    // `payload generate:types` process per server start, rewriting src/payload-types.ts under a
    // server starting beside it, whose admin build check then saw its sources change and rebuilt.
    // `npm run generate:types` writes them; `npm run check:generated` checks they are current.
    autoGenerate: false,
  },
  graphQL: {
    disablePlaygroundInProduction: true,
    // Password reset without Payload's operation (src/collections/Users/passwordReset.ts).
    mutations: (GraphQL) => forgotPasswordMutation(GraphQL as never),
    // Besides Payload's complexity cap: a depth cap (src/utilities/graphqlDepth.ts).
    validationRules: () => [depthLimit()],
  },
  // Scheduled publishing (campaign drafts set to go live) runs inside the server process.
  // E-mails wait in their own queue, polled more often (CHANDI_MAIL_CRON) and retried with a
  // back-off; the nightly retention task runs in the default one.
  jobs: {
    tasks: [
      sendMailTask,
      sourcingDigestTask,
      retentionTask,
      sourcingRetentionTask,
      importCheckTask,
      importRunTask,
    ],
    autoRun: [
      { cron: '* * * * *', limit: 20, queue: 'default' },
      { cron: env('CHANDI_MAIL_CRON'), limit: 50, queue: MAIL_QUEUE },
      { cron: '*/5 * * * * *', limit: 2, queue: IMPORT_QUEUE },
    ],
    // On PostgreSQL, only the node holding the jobs lock runs them (src/platform/jobsLock.ts).
    shouldAutoRun: (payload) => runsJobs(payload),
    // Jobs carry e-mail bodies and private links: only platform admins may run them over HTTP.
    access: {
      run: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
      queue: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
      cancel: ({ req }) => isPlatformAdmin(req.user as ChandiUser | null),
    },
  },
  plugins: [
    // Images and verification documents on S3-compatible object storage when S3_BUCKET is set
    // (src/platform/storage.ts); on the local disk otherwise.
    ...[mediaStorage()].filter((plugin) => plugin !== null),
    nestedDocsPlugin({
      collections: [SLUGS.categories],
      generateLabel: (_, doc) => String(doc.name ?? ''),
      generateURL: (docs) => docs.map((doc) => String(doc.slug)).join('/'),
    }),
    // Title, description and image per page, factory and product, in both content languages.
    seoPlugin({
      collections: [SLUGS.pages, SLUGS.factories, SLUGS.products, SLUGS.campaigns],
      uploadsCollection: SLUGS.media,
      generateTitle: ({ doc }) =>
        String(
          (doc as { title?: string; name?: string }).title ?? (doc as { name?: string }).name ?? '',
        ),
      generateDescription: ({ doc }) => String((doc as { summary?: string }).summary ?? ''),
      // The preview shows the document's address on its belt's portal (src/admin/seo.ts).
      generateURL: seoURL,
      fields: seoFields,
    }),
    labelSeoGroup,
    // Old addresses of renamed documents answer 301 (src/hooks/slugRedirects.ts), per belt.
    redirectsPlugin({ collections: [...REDIRECT_TARGETS], overrides: redirectOverrides }),
    // Last, so it sees the fields other plugins add (see its "missing collections" warning).
    multiTenantPlugin({
      tenantsSlug: SLUGS.tenants,
      collections: {
        ...Object.fromEntries(BELT_OWNED.map((slug) => [slug, { useTenantAccess: false }])),
        // One settings document per belt, opened as a single document in the admin.
        [SLUGS.beltSettings]: { useTenantAccess: false, isGlobal: true },
      },
      tenantsArrayField: { includeDefaultField: false },
      useTenantsCollectionAccess: false,
      userHasAccessToAllTenants: (user) => isPlatformAdmin(user as ChandiUser),
      i18n: {
        translations: {
          zh: {
            'nav-tenantSelector-label': '当前产业带',
            'field-assignedTenant-label': '所属产业带',
            'assign-tenant-button-label': '指定产业带',
          },
          en: {
            'nav-tenantSelector-label': 'Belt',
            'field-assignedTenant-label': 'Belt',
            'assign-tenant-button-label': 'Assign belt',
          },
        },
      },
    }),
  ],
})
  .then(retryScheduledPublish)
  .then(scopeLockedDocuments)
  .then(checkQueries)
