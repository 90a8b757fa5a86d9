import type { ReactNode } from 'react'

import { PREVIEW_SCRIPT } from '@/portal/previewScript'
import {
  hrefFor,
  imageSource,
  portalPathOf,
  readable,
  type RenderContext,
  linkTo,
} from '@/portal/context'
import { MESSAGES, UI_LOCALES, intlLocale } from '@/portal/i18n'
import { ACCOUNT_WORDS } from '@/portal/i18n/account'
import { portalStyles } from '@/portal/styles'
import { portalTheme } from '@/portal/theme'

import { CurrencyInput, MoneyNote } from '@/portal/components/Money'
import { CLOCK_SCRIPT } from '@/portal/components/Time'

/** JSON for a <script> element: `<` escaped so no text can close the element. */
export const jsonForScript = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, ' ')

export const JsonLd = ({ data }: { data: unknown }) => (
  <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />
)

type Props = {
  ctx: RenderContext
  title: string
  description?: string | null
  children: ReactNode
  jsonLd?: unknown[]
  /** An image for Open Graph previews. */
  ogImage?: string | null
  /** False for pages that must not be indexed (search results, errors). */
  isIndexable?: boolean
}

/**
 * The belt's own menu items: a page, campaign, factory or product of this belt that is
 * published (an item whose target was unpublished or deleted is left out), or an address.
 */
const menuItems = (ctx: RenderContext) =>
  (ctx.settings?.navigation ?? []).flatMap((item) => {
    if (item.doc) {
      // Read as the public: a target it may not see (unpublished, deleted) stays a bare id.
      const [value] = readable<{ slug?: string }>(item.doc.value)
      const path = value?.slug ? portalPathOf(item.doc.relationTo, value.slug) : null
      return path ? [{ label: item.label, href: linkTo(ctx, path) }] : []
    }
    return item.url
      ? [{ label: item.label, href: item.url.startsWith('/') ? linkTo(ctx, item.url) : item.url }]
      : []
  })

/** The page around every portal and hub view: landmarks, branding, languages, SEO tags. */
export const Layout = ({
  ctx,
  title,
  description,
  children,
  jsonLd = [],
  ogImage,
  isIndexable: isPublicPage = true,
}: Props) => {
  const { t, belt } = ctx
  // A preview (of an unpublished belt or of a draft) is never indexed.
  const isIndexable = isPublicPage && !ctx.isPreview
  const contact =
    ctx.settings?.contact && Object.values(ctx.settings.contact).some(Boolean)
      ? ctx.settings.contact
      : null
  const theme = portalTheme({
    primary: belt?.branding?.primaryColour,
    accent: belt?.branding?.accentColour,
  })
  const logo = imageSource(belt?.branding?.logo as never)
  const canonical = `${ctx.canonicalOrigin}${hrefFor(ctx, ctx.path)}`
  const siteName = belt ? belt.name : t.hubTitle
  return (
    <html lang={intlLocale(ctx.ui)} dir={ctx.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{title === siteName ? title : `${title} · ${siteName}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        {isIndexable ? (
          <link rel="canonical" href={canonical} />
        ) : (
          <meta name="robots" content="noindex" />
        )}
        {isIndexable
          ? UI_LOCALES.map((ui) => (
              <link
                key={ui}
                rel="alternate"
                hrefLang={intlLocale(ui)}
                href={`${ctx.canonicalOrigin}${hrefFor(ctx, ctx.path, ui)}`}
              />
            ))
          : null}
        {isIndexable ? (
          <link
            rel="alternate"
            hrefLang="x-default"
            href={`${ctx.canonicalOrigin}${hrefFor(ctx, ctx.path, 'zh')}`}
          />
        ) : null}
        <meta property="og:type" content="website" />
        <meta property="og:title" content={title} />
        <meta property="og:site_name" content={siteName} />
        <meta property="og:url" content={canonical} />
        {description ? <meta property="og:description" content={description} /> : null}
        {ogImage ? <meta property="og:image" content={`${ctx.canonicalOrigin}${ogImage}`} /> : null}
        <meta name="theme-color" content={theme.primary} />
        {/* No favicon request: browsers would otherwise ask for /favicon.ico on every portal. */}
        <link rel="icon" href="data:," />
        <style
          dangerouslySetInnerHTML={{
            __html: portalStyles(theme),
          }}
        />
        {jsonLd.map((data, index) => (
          <JsonLd key={index} data={data} />
        ))}
      </head>
      <body>
        <a className="skip" href="#content">
          {t.skip}
        </a>
        {ctx.isPreview ? (
          <p className="preview" role="status">
            {ctx.draft ? t.previewDraft : t.preview}
          </p>
        ) : null}
        <header className="site">
          <div className="bar">
            <a className="brand" href={linkTo(ctx, '/')}>
              {logo ? <img src={logo.src} width={40} height={40} alt="" /> : null}
              <span>{siteName}</span>
            </a>
            {belt ? (
              <nav className="main" aria-label={t.home}>
                <ul>
                  <li>
                    <a href={linkTo(ctx, '/')}>{t.home}</a>
                  </li>
                  <li>
                    <a href={linkTo(ctx, '/factories')}>{t.factories}</a>
                  </li>
                  <li>
                    <a href={linkTo(ctx, '/products')}>{t.products}</a>
                  </li>
                  <li>
                    <a href={linkTo(ctx, '/live')}>{t.live}</a>
                  </li>
                  <li>
                    <a href={linkTo(ctx, '/festivals')}>{t.festivals}</a>
                  </li>
                  {menuItems(ctx).map((item, index) => (
                    <li key={index}>
                      <a href={item.href}>{item.label}</a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            <form className="search" role="search" action={hrefFor(ctx, '/search')} method="get">
              <label className="visually-hidden" htmlFor="q">
                {t.search}
              </label>
              <input
                id="q"
                name="q"
                type="search"
                maxLength={100}
                placeholder={belt ? t.searchPlaceholder : t.searchAll}
              />
              <CurrencyInput ctx={ctx} />
              <button type="submit">{t.search}</button>
            </form>
            {/* The account link shares the languages' row: no extra line on a phone. */}
            <div className="tools">
              <a className="account-link" href={linkTo(ctx, '/account')}>
                {ACCOUNT_WORDS[ctx.ui].accountLink}
              </a>
              <nav className="langs" aria-label={t.language}>
                <ul>
                  {UI_LOCALES.map((ui) => (
                    <li key={ui}>
                      <a
                        href={`${hrefFor(ctx, ctx.path, ui)}${ctx.query}`}
                        hrefLang={ui}
                        lang={ui}
                        aria-current={ui === ctx.ui ? 'true' : undefined}
                      >
                        {MESSAGES[ui].languageName}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </div>
        </header>
        <main id="content">
          {children}
          {/* After the content: it names the currencies of the prices rendered above. */}
          <MoneyNote ctx={ctx} />
        </main>
        <footer className="site">
          {ctx.settings?.footer ? <p>{ctx.settings.footer}</p> : null}
          {contact ? (
            <address>
              {contact.address ? <span>{contact.address}</span> : null}
              {contact.phone ? (
                <span>
                  {' '}
                  · {t.phone}{' '}
                  <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>
                    <bdi>{contact.phone}</bdi>
                  </a>
                </span>
              ) : null}
              {contact.email ? (
                <span>
                  {' '}
                  · <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </span>
              ) : null}
              {contact.wechat ? (
                <span>
                  {' '}
                  · {t.wechat} {contact.wechat}
                </span>
              ) : null}
              {contact.hours ? <span> · {contact.hours}</span> : null}
            </address>
          ) : null}
          <p>{belt ? `${belt.name} · ${belt.specialty}` : t.hubIntro} · 产地 Chandi</p>
        </footer>
        <script dangerouslySetInnerHTML={{ __html: CLOCK_SCRIPT }} />
        {ctx.draft ? (
          <script
            data-admin={ctx.draft.adminOrigin}
            dangerouslySetInnerHTML={{ __html: PREVIEW_SCRIPT }}
          />
        ) : null}
      </body>
    </html>
  )
}
