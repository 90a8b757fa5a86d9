/** Time zones an operator may enter a campaign's instants in (stored in UTC either way). */
export const TIME_ZONES = [
  { label: '北京时间 Asia/Shanghai', value: 'Asia/Shanghai' },
  { label: 'UTC', value: 'UTC' },
  { label: 'Europe/Moscow', value: 'Europe/Moscow' },
  { label: 'Asia/Dubai', value: 'Asia/Dubai' },
  { label: 'Europe/London', value: 'Europe/London' },
  { label: 'Europe/Madrid', value: 'Europe/Madrid' },
  { label: 'America/New_York', value: 'America/New_York' },
  { label: 'America/Sao_Paulo', value: 'America/Sao_Paulo' },
]
