import { demoBelts } from '@tenants/index'

import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoFactoryEmail, demoOperatorEmail } from '@/constants'

/** The demo logins, as printed on start outside production. */
export const demoLoginsText = (port?: number): string => {
  const lines = [
    `Demo logins (password "${DEMO_PASSWORD}")${port ? ` at http://localhost:${port}/admin` : ''}:`,
    `  platform admin   ${DEMO_ADMIN_EMAIL}`,
  ]
  for (const belt of demoBelts) {
    lines.push(`  ${belt.slug.padEnd(9)} operator  ${demoOperatorEmail(belt.slug)}`)
    for (const factory of belt.factories) {
      lines.push(`  ${''.padEnd(9)} factory   ${demoFactoryEmail(factory.slug)}`)
    }
  }
  return lines.join('\n')
}
