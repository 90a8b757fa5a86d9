import { intlLocale, MESSAGES, RTL_LOCALES } from '@/portal/i18n'
import { splitLocale } from '@/renderer/http/router'
import { escapeHTML } from '@/utilities/escape'

/**
 * The portal's 500 page, in the visitor's language as the address says it (`/en`, `/ru`, `/ar`,
 * `/es`, else Chinese), right to left for Arabic. A plain page of its own: whatever failed (the
 * belt's settings, the layout) is not needed to say so.
 */
export const serverErrorPage = (rawPath: string) => {
  let ui: keyof typeof MESSAGES = 'zh'
  try {
    ui = splitLocale(rawPath).ui
  } catch {
    // A path that cannot be read gets the default language.
  }
  const t = MESSAGES[ui]
  const home = ui === 'zh' ? '/' : `/${ui}`
  return `<!doctype html><html lang="${intlLocale(ui)}" dir="${RTL_LOCALES.includes(ui) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHTML(t.serverError)}</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.6"><h1>${escapeHTML(t.serverError)}</h1><p>${escapeHTML(t.serverErrorText)}</p><p><a href="${home}">${escapeHTML(t.home)}</a></p></body></html>`
}
