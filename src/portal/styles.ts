import type { portalTheme } from '@/portal/theme'

/*
 * The portals' one stylesheet: design tokens first (the belt's brand colours come in as
 * `--primary`, `--accent` and `--accent-text`, checked for contrast by src/portal/theme.ts), then
 * the components every page is built from, then the pages' own arrangements. Pages use these
 * classes, not inline styles. It is inlined into each page's <head> (about 9 KB, compressed with
 * the page): no second request before the first paint, and a cached page stays one response.
 */

const TOKENS = `
:root{--ink:#1f2328;--muted:#57606a;--canvas:#f5f6f8;--surface:#fff;--line:#dde1e6;--line-strong:#b8c0c8;--danger:#b3261e;--success:#0a7b3e;--festival:#c62828;--warn-bg:#fff4e5;
--radius:10px;--radius-sm:6px;--shadow:0 1px 2px rgba(16,24,40,.06),0 1px 3px rgba(16,24,40,.1);--shadow-lg:0 6px 20px rgba(16,24,40,.12);
--font:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;--focus:0 0 0 3px color-mix(in srgb,var(--primary) 30%,transparent)}
`

const BASE = `
*{box-sizing:border-box}body{margin:0;font-family:var(--font);line-height:1.55;color:var(--ink);background:var(--canvas);-webkit-text-size-adjust:100%}
h1,h2,h3{line-height:1.25}h1{font-size:clamp(1.5rem,3.4vw,2.2rem);margin:.4em 0 .5em}h2{font-size:1.3rem;margin:1.6em 0 .6em}h3{font-size:1.05rem}
a{color:var(--primary);text-decoration:none}a:hover{text-decoration:underline}
main p a:not(.button):not(.badge),main dd a,footer.site a{text-decoration:underline;text-underline-offset:2px}
:focus-visible{outline:2px solid var(--primary);outline-offset:2px}
img{max-width:100%;height:auto;display:block}
.skip{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}.skip:focus{clip:auto;width:auto;height:auto;inset-block-start:8px;inset-inline-start:8px;background:#fff;padding:8px;z-index:10}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.muted{color:var(--muted)}
`

const LAYOUT = `
header.site{background:var(--primary);color:#fff}header.site a{color:#fff}
.bar{max-width:1180px;margin:0 auto;padding:10px 16px;display:flex;flex-wrap:wrap;gap:10px 16px;align-items:center;justify-content:space-between}
.brand{display:flex;gap:10px;align-items:center;font-weight:700;font-size:1.15rem}.brand:hover{text-decoration:none}.brand img{width:40px;height:40px;border-radius:8px;object-fit:cover}
nav.main ul,nav.langs ul{list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;margin:0;padding:0}
nav.main a{font-weight:500;opacity:.95}nav.langs a{font-size:.92rem}.tools{display:flex;align-items:center;gap:8px 16px;min-width:0}.account-link{font-weight:600;white-space:nowrap}nav.langs a[aria-current]{font-weight:700;text-decoration:underline;text-underline-offset:4px}
form.search{display:flex;gap:6px}form.search input{padding:8px 12px;border:0;border-radius:var(--radius-sm);min-width:16rem;font:inherit}
main{max-width:1180px;margin:0 auto;padding:16px}
footer.site{max-width:1180px;margin:40px auto 0;padding:20px 16px;color:var(--muted);border-top:1px solid var(--line);font-size:.92rem}
.preview{background:#fff3cd;color:#5c4400;padding:8px 16px;text-align:center}
`

const COMPONENTS = `
button,.button{font:inherit;background:var(--accent);color:var(--accent-text);border:1px solid transparent;border-radius:var(--radius-sm);padding:8px 16px;min-height:40px;font-weight:600;cursor:pointer;display:inline-flex;align-items:center;justify-content:center;gap:6px;text-decoration:none}
button:hover,.button:hover{filter:brightness(.94);text-decoration:none}.button.secondary{background:var(--surface);color:var(--primary);border-color:currentColor}
.field{display:flex;flex-direction:column;gap:6px;margin-bottom:14px;font-weight:600}
.field input,.field select,.field textarea,.filters select,.filters input{font:inherit;font-weight:400;color:inherit;background:var(--surface);border:1px solid var(--line-strong);border-radius:var(--radius-sm);padding:8px 12px;min-height:40px;width:100%}
.field textarea{min-height:140px;resize:vertical}
.field input:focus,.field select:focus,.field textarea:focus,.filters :is(input,select):focus{outline:none;border-color:var(--primary);box-shadow:var(--focus)}
[aria-invalid=true]{border-color:var(--danger)!important}.field-error{color:var(--danger);font-weight:500}
.field small{font-weight:400;color:var(--muted)}.hint{margin-top:-8px;color:var(--muted)}.check{display:flex;gap:8px;align-items:center;margin-bottom:14px}
form.panel{max-width:640px;background:var(--surface);padding:20px;border-radius:var(--radius);border:1px solid var(--line)}
.card{background:var(--surface);border-radius:var(--radius);overflow:hidden;border:1px solid var(--line);box-shadow:var(--shadow);height:100%;transition:box-shadow .15s}
.card:hover{box-shadow:var(--shadow-lg)}.card img{width:100%;aspect-ratio:4/3;object-fit:cover;background:var(--canvas)}
.card .body{padding:12px 14px}.card h3{margin:0 0 6px;font-size:1rem}.card h3 a{color:var(--ink)}
.card p{margin:4px 0}
.alert{border-inline-start:4px solid var(--danger)}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:16px;padding:0;list-style:none;margin:0}
.badge{display:inline-block;background:var(--success);color:#fff;border-radius:999px;padding:2px 10px;font-size:.8rem;font-weight:600}
.badge.festival{background:var(--festival)}.price.festival{color:var(--festival)}.price-line s{color:var(--muted)}
.price{font-size:1.6rem;font-weight:700;color:var(--ink);margin:0}.price-line{display:flex;flex-wrap:wrap;gap:4px 10px;align-items:baseline}
.approx{color:var(--muted);font-size:.92em}
table.tiers,table.inbox{border-collapse:separate;border-spacing:0;background:var(--surface);border:1px solid var(--line);border-radius:var(--radius-sm);overflow:hidden;min-width:16rem}
table.tiers th,table.tiers td,table.inbox th,table.inbox td{padding:8px 14px;text-align:start;border-bottom:1px solid var(--line)}table.tiers thead th,table.inbox thead th{background:var(--canvas);color:var(--muted);font-weight:600}
table.tiers tr:last-child>*,table.inbox tr:last-child>*{border-bottom:0}.festival td{color:var(--festival);font-weight:700}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;margin:12px 0}dl.facts dt{font-weight:600;color:var(--muted)}dl.facts dd{margin:0}
.tabs{display:flex;gap:4px;border-bottom:1px solid var(--line);margin:24px 0 0;padding:0;list-style:none;overflow-x:auto;scrollbar-width:none}
.tabs a{display:block;padding:10px 14px;color:var(--muted);font-weight:600;border-bottom:2px solid transparent;white-space:nowrap}.tabs a:hover{color:var(--primary);border-color:var(--primary);text-decoration:none}
.empty{background:var(--surface);border:1px dashed var(--line-strong);border-radius:var(--radius);padding:28px 20px;text-align:center;color:var(--muted)}.empty p{margin:6px 0}.empty .button{margin-top:8px}
.pager{display:flex;gap:16px;margin:16px 0}.pre{white-space:pre-wrap}.embed{aspect-ratio:16/9;max-width:640px}.embed iframe{border:0;display:block}.spaced{margin-top:28px}
.money-note{color:var(--muted);font-size:.9rem;border-top:1px solid var(--line);margin-top:28px;padding-top:8px}.money-note p{margin:4px 0}
.table-scroll{overflow-x:auto;max-width:100%}
`

const PAGES = `
.hero{position:relative;background:var(--primary);color:#fff;border-radius:var(--radius);overflow:hidden;margin-bottom:24px}
.hero img{width:100%;aspect-ratio:16/6;object-fit:cover;opacity:.45}.hero .text{padding:24px}.hero img+.text{position:absolute;inset:auto 0 0 0}
.hero h1{margin:0 0 6px;font-size:clamp(1.6rem,4vw,2.6rem)}
.figures{display:flex;flex-wrap:wrap;gap:16px;padding:0;list-style:none}.figures li{background:var(--surface);border-radius:var(--radius);padding:12px 16px;border-top:4px solid var(--accent);box-shadow:var(--shadow)}
.figures strong{display:block;font-size:1.5rem;color:var(--primary)}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;background:var(--surface);padding:12px;border-radius:var(--radius);border:1px solid var(--line);margin-bottom:16px}
.filters label{display:flex;flex-direction:column;font-size:.9rem;gap:4px;font-weight:600}.filters input,.filters select{width:auto}
.product{display:grid;grid-template-columns:minmax(0,1.15fr) minmax(0,1fr);gap:28px;align-items:start}
.gallery .slides{display:flex;overflow-x:auto;scroll-snap-type:x mandatory;scroll-behavior:smooth;border-radius:var(--radius);border:1px solid var(--line);background:var(--surface);scrollbar-width:none;margin:0;padding:0;list-style:none}
.gallery .slides>li{flex:0 0 100%;scroll-snap-align:center}.gallery .slides img{width:100%;aspect-ratio:4/3;object-fit:cover}
.gallery .thumbs{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0 0;padding:0;list-style:none}
.gallery .thumbs a{display:block;width:68px;border-radius:var(--radius-sm);overflow:hidden;border:2px solid var(--line)}.gallery .thumbs a[aria-current],.gallery .thumbs a:hover{border-color:var(--primary)}
.buy-box{background:var(--surface);border-radius:var(--radius);padding:20px;border:1px solid var(--line);box-shadow:var(--shadow)}.buy-box h1{margin-top:0}
.buy-box .inquire-bar{margin:16px 0}
.chart{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;background:var(--surface);border-radius:var(--radius);padding:12px;margin:0 0 16px}.chart svg{max-width:100%;height:auto}.chart table,table.barometer{border-collapse:collapse;font-size:.9rem}.chart th,.chart td,table.barometer th,table.barometer td{padding:2px 8px;text-align:start}
.countdown strong{font-variant-numeric:tabular-nums}.session{background:var(--surface);border-radius:var(--radius);padding:12px;margin:8px 0;border:1px solid var(--line)}.live-badge{background:var(--festival);color:#fff;border-radius:4px;padding:2px 8px;font-size:.8rem}
table.month{width:100%;table-layout:fixed;border-collapse:collapse;background:var(--surface)}table.month th,table.month td{border:1px solid var(--line);padding:4px;vertical-align:top;overflow-wrap:anywhere}table.month td{height:64px}table.month caption{text-align:start;color:var(--muted);padding:4px 0}.has-festival{background:var(--warn-bg)}.festival-day{display:block;font-size:.8rem}.day{font-variant-numeric:tabular-nums;color:var(--muted)}.month-nav{display:flex;gap:16px}.festival-list{list-style:none;padding:0;display:grid;gap:12px}dl.figures{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px}
`

const NARROW = `
@media (prefers-reduced-motion:reduce){.gallery .slides{scroll-behavior:auto}.card{transition:none}}
@media (max-width:800px){.product{grid-template-columns:1fr;gap:16px}}
@media (max-width:640px){.bar{padding:8px 12px;gap:6px 12px}.brand{font-size:1rem}.brand img{width:32px;height:32px}nav.main,nav.langs,.tools{max-width:100%}.tools{width:100%}nav.langs{min-width:0}nav.main ul,nav.langs ul{flex-wrap:nowrap;overflow-x:auto;white-space:nowrap;gap:12px;scrollbar-width:none}form.search{width:100%}form.search input{min-width:0;flex:1}.hero img+.text{position:static}form.panel{padding:14px}
.inquire-bar,.buy-box .inquire-bar{position:fixed;inset-inline:0;bottom:0;margin:0;padding:10px 16px;background:var(--surface);box-shadow:0 -2px 8px rgba(0,0,0,.15);z-index:5}.inquire-bar .button{display:flex;width:100%;padding:12px}main:has(.inquire-bar){padding-bottom:80px}}
`

/** The stylesheet with the belt's colours (already contrast-checked) as its brand tokens. */
export const portalStyles = (theme: ReturnType<typeof portalTheme>) =>
  `:root{--primary:${theme.primary};--accent:${theme.accent};--accent-text:${theme.accentText}}${TOKENS}${BASE}${LAYOUT}${COMPONENTS}${PAGES}${NARROW}`.replace(
    /\n/g,
    '',
  )
