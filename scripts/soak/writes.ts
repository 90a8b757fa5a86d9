import { DEMO_PASSWORD, demoFactoryEmail, demoOperatorEmail } from '../../src/constants'
import { rest } from './requests'
import type { Belt } from './vocabulary'

// The writes that keep evicting pages: an operator's page title and a factory member's product name.

export type WriteJob = {
  label: 'page title (operator)' | 'product name (factory member)'
  belt: string
  collection: 'pages' | 'products'
  id: number | string
  field: 'title' | 'name'
  original: string
  token: string
  toggled: boolean
}

const login = async (base: string, email: string) => {
  const answer = await rest<{ token?: string }>(base, '/api/users/login', {
    method: 'POST',
    body: { email, password: DEMO_PASSWORD },
  })
  return answer.json?.token ?? null
}

/** Per belt: the operator's about page and the first factory member's first product (English). */
export const writeJobs = async (base: string, belts: Belt[]) => {
  const jobs: WriteJob[] = []
  const memberTokens: string[] = []
  const failed: string[] = []
  for (const belt of belts) {
    const page = belt.pages.find((entry) => entry.title.en)
    const operator = demoOperatorEmail(belt.slug)
    const operatorToken = page ? await login(base, operator) : null
    if (page && operatorToken)
      jobs.push({
        label: 'page title (operator)',
        belt: belt.slug,
        collection: 'pages',
        id: page.id,
        field: 'title',
        original: page.title.en!,
        token: operatorToken,
        toggled: false,
      })
    else if (page) failed.push(operator)
    const factory = belt.factories.find((entry) =>
      belt.products.some(
        (product) => String(product.factory) === String(entry.id) && product.name.en,
      ),
    )
    if (!factory) continue
    const product = belt.products.find(
      (entry) => String(entry.factory) === String(factory.id) && entry.name.en,
    )!
    const member = demoFactoryEmail(factory.slug)
    const memberToken = await login(base, member)
    if (!memberToken) {
      failed.push(member)
      continue
    }
    memberTokens.push(memberToken)
    jobs.push({
      label: 'product name (factory member)',
      belt: belt.slug,
      collection: 'products',
      id: product.id,
      field: 'name',
      original: product.name.en!,
      token: memberToken,
      toggled: false,
    })
  }
  // In turn: belt 1's page, belt 1's product, belt 2's page, …
  return { jobs, memberTokens, failed }
}

export const applyWrite = (base: string, job: WriteJob, toggled: boolean) =>
  rest(base, `/api/${job.collection}/${job.id}?locale=en&depth=0`, {
    method: 'PATCH',
    token: job.token,
    body: { [job.field]: toggled ? `${job.original} ·` : job.original },
  })
