import type { TextField } from 'payload'

import { COLOUR_PATTERN } from '@/constants'
import { t } from '@/utilities/i18n'

export const colourField = ({
  name,
  label,
  defaultValue,
}: {
  name: string
  label: { zh: string; en: string }
  defaultValue: string
}): TextField => ({
  name,
  type: 'text',
  label,
  required: true,
  defaultValue,
  admin: { description: { zh: '十六进制颜色，例如 #C8102E', en: 'Hex colour, e.g. #C8102E' } },
  validate: (value: unknown, { req }: { req: Parameters<typeof t>[0] }) =>
    typeof value === 'string' && COLOUR_PATTERN.test(value)
      ? true
      : t(req, {
          zh: `请填写 #RRGGBB 形式的颜色`,
          en: `Enter a colour as #RRGGBB`,
        }),
})
