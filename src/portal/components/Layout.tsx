import type { ReactNode } from 'react'

import { PREVIEW_SCRIPT } from '@/portal/previewScript'
import { hrefFor, imageSource, portalPathOf, readable, type RenderContext } from '@/portal/context'
import { MESSAGES, UI_LOCALES, intlLocale } from '@/portal/i18n'
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

const CSS = `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;line-height:1.55;color:#1a1a1a;background:#fafafa}
a{color:var(--primary)}img{max-width:100%;height:auto;display:block}
.skip{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}.skip:focus{clip:auto;width:auto;height:auto;inset-block-start:8px;inset-inline-start:8px;background:#fff;padding:8px;z-index:10}
header.site{background:var(--primary);color:#fff}header.site a{color:#fff}
.bar{max-width:1120px;margin:0 auto;padding:12px 16px;display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between}
.brand{display:flex;gap:10px;align-items:center;font-weight:700;font-size:1.15rem;text-decoration:none}.brand img{width:40px;height:40px;border-radius:6px;object-fit:cover}
nav.main ul,nav.langs ul{list-style:none;display:flex;flex-wrap:wrap;gap:14px;margin:0;padding:0}
nav.langs a[aria-current]{font-weight:700;text-decoration:none}
form.search{display:flex;gap:6px}form.search input{padding:8px;border:1px solid #bbb;border-radius:4px;min-width:14rem}
button,.button{background:var(--accent);color:var(--accent-text);border:0;border-radius:4px;padding:8px 14px;font-weight:600;cursor:pointer;text-decoration:none;display:inline-block}
main{max-width:1120px;margin:0 auto;padding:16px}
.hero{position:relative;background:var(--primary);color:#fff;border-radius:8px;overflow:hidden;margin-bottom:24px}
.hero img{width:100%;aspect-ratio:16/6;object-fit:cover;opacity:.45}.hero .text{padding:24px}.hero img+.text{position:absolute;inset:auto 0 0 0}
.hero h1{margin:0 0 6px;font-size:clamp(1.6rem,4vw,2.6rem)}
.figures{display:flex;flex-wrap:wrap;gap:16px;padding:0;list-style:none}.figures li{background:#fff;border-radius:8px;padding:12px 16px;border-top:4px solid var(--accent)}
.figures strong{display:block;font-size:1.5rem;color:var(--primary)}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:16px;padding:0;list-style:none}
.card{background:#fff;border-radius:8px;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.1);height:100%}
.card img{width:100%;aspect-ratio:4/3;object-fit:cover}.card .body{padding:12px}.card h3{margin:0 0 6px;font-size:1.05rem}
.badge{display:inline-block;background:#0a7b3e;color:#fff;border-radius:999px;padding:2px 10px;font-size:.8rem}
.chart{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;background:#fff;border-radius:8px;padding:12px;margin:0 0 16px}.chart svg{max-width:100%;height:auto}.chart table,table.barometer{border-collapse:collapse;font-size:.9rem}.chart th,.chart td,table.barometer th,table.barometer td{padding:2px 8px;text-align:start}.table-scroll{overflow-x:auto;max-width:100%}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;background:#fff;padding:12px;border-radius:8px;margin-bottom:16px}
.filters label{display:flex;flex-direction:column;font-size:.9rem;gap:4px}.filters select,.filters input{padding:6px;border:1px solid #bbb;border-radius:4px}
table.tiers{border-collapse:collapse;background:#fff}table.tiers th,table.tiers td{border:1px solid #ddd;padding:8px 12px;text-align:start}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px}dl.facts dt{font-weight:600}
.pager{display:flex;gap:16px;margin:16px 0}.preview{background:#fff3cd;color:#5c4400;padding:8px 16px;text-align:center}
footer.site{max-width:1120px;margin:32px auto;padding:16px;color:#555;border-top:1px solid #ddd}
.countdown strong{font-variant-numeric:tabular-nums}.session{background:#fff;border-radius:8px;padding:12px;margin:8px 0}.live-badge{background:#c62828;color:#fff;border-radius:4px;padding:2px 8px;font-size:.8rem}.festival td{color:#b00020;font-weight:700}
table.month{width:100%;table-layout:fixed;border-collapse:collapse;background:#fff}table.month th,table.month td{border:1px solid #ddd;padding:4px;vertical-align:top;overflow-wrap:anywhere}table.month td{height:64px}table.month caption{text-align:start;color:#555;padding:4px 0}.has-festival{background:#fff4e5}.festival-day{display:block;font-size:.8rem}.day{font-variant-numeric:tabular-nums;color:#555}.month-nav{display:flex;gap:16px}.festival-list{list-style:none;padding:0;display:grid;gap:12px}dl.figures{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px}
.approx{color:#555;font-size:.92em}.money-note{color:#555;font-size:.9rem;border-top:1px solid #ddd;margin-top:24px;padding-top:8px}.money-note p{margin:4px 0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@media (max-width:640px){.bar{padding:8px 12px;gap:6px 12px}.brand{font-size:1rem}.brand img{width:32px;height:32px}nav.main,nav.langs{max-width:100%}nav.main ul,nav.langs ul{flex-wrap:nowrap;overflow-x:auto;white-space:nowrap;gap:12px;scrollbar-width:none}form.search{width:100%}form.search input{min-width:0;flex:1}.hero img+.text{position:static}.inquire-bar{position:fixed;inset-inline:0;bottom:0;margin:0;padding:10px 16px;background:#fff;box-shadow:0 -2px 8px rgba(0,0,0,.15);z-index:5}.inquire-bar .button{display:block;text-align:center;padding:12px}main:has(.inquire-bar){padding-bottom:80px}}
`

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
      return path ? [{ label: item.label, href: hrefFor(ctx, path) }] : []
    }
    return item.url
      ? [{ label: item.label, href: item.url.startsWith('/') ? hrefFor(ctx, item.url) : item.url }]
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
            __html: `:root{--primary:${theme.primary};--accent:${theme.accent};--accent-text:${theme.accentText}}${CSS}`,
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
            <a className="brand" href={hrefFor(ctx, '/')}>
              {logo ? <img src={logo.src} width={40} height={40} alt="" /> : null}
              <span>{siteName}</span>
            </a>
            {belt ? (
              <nav className="main" aria-label={t.home}>
                <ul>
                  <li>
                    <a href={hrefFor(ctx, '/')}>{t.home}</a>
                  </li>
                  <li>
                    <a href={hrefFor(ctx, '/factories')}>{t.factories}</a>
                  </li>
                  <li>
                    <a href={hrefFor(ctx, '/products')}>{t.products}</a>
                  </li>
                  <li>
                    <a href={hrefFor(ctx, '/live')}>{t.live}</a>
                  </li>
                  <li>
                    <a href={hrefFor(ctx, '/festivals')}>{t.festivals}</a>
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
