import type { PayloadRequest } from 'payload'

/** Text in both admin languages; the one shown follows the user's admin language. */
export type Bilingual = { zh: string; en: string }

export const t = (req: Pick<PayloadRequest, 'i18n'> | undefined, text: Bilingual): string =>
  req?.i18n?.language === 'en' ? text.en : text.zh

/** A label object Payload accepts for field and collection labels. */
export const label = (zh: string, en: string): Bilingual => ({ zh, en })
