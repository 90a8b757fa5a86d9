import { t } from '@/utilities/i18n'

/** A link an operator may put on a page: a path on the portal or an https:// address. */
export const validateLink = (
  value: unknown,
  { req }: { req: Parameters<typeof t>[0]; path?: (string | number)[] },
) => {
  if (value === null || value === undefined || value === '') return true
  const text = String(value)
  if (/^\/(?!\/)[^\s]*$/.test(text)) return true
  try {
    if (new URL(text).protocol === 'https:') return true
  } catch {
    // falls through to the message
  }
  return t(req, {
    zh: `请填写以 / 开头的站内路径或 https:// 链接`,
    en: `Enter a path starting with / or an https:// link`,
  })
}
