import type { Endpoint, Payload } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import type { ChandiUser } from '@/access/roles'
import { getFactoryID, idOf, isPlatformAdmin, sameID } from '@/access/roles'
import { SLUGS } from '@/constants'
import { adminLink, queueMail } from '@/inquiries/mail'
import { factoryMembers } from '@/inquiries/notify'
import type { SourcingQuote, SourcingRequest } from '@/payload-types'
import { RateLimiter } from '@/platform/rateLimit'
import { withRowLock } from '@/platform/rowLock'
import { now } from '@/utilities/clock'

import { answerMail } from './mailText'
import { buyerMailFor, QUESTIONING } from './quotes'

/**
 * Questions on a quote (issue #22): the buyer asks a quoting factory from their private page, the
 * factory's members answer in the admin. Both are kept on the quote (`questions`, written here
 * alone: nobody edits them through the API) and each is e-mailed to the other side: to the
 * factory without anything of the buyer (their name and contacts stay hidden until they accept a
 * quote), to the buyer in their language with their private link.
 */

type ID = number | string

/** The longest question or answer, in characters. */
export const QUESTION_MAX = 2000
/** Questions one request may send in a day, to all its factories together. */
export const QUESTIONS_PER_DAY = 10
const asked = new RateLimiter('sourcing-question', QUESTIONS_PER_DAY, 24 * 3_600_000)

export type QuestionProblem = 'empty' | 'tooLong' | 'limit' | 'closed'

/** A quote the buyer may ask about: one of this request's, quoted or accepted. */
const quoteOf = async (payload: Payload, request: SourcingRequest, quoteID: string) => {
  if (!/^\d+$/.test(quoteID)) return null
  const quote = (await payload
    .findByID({
      collection: SLUGS.sourcingQuotes,
      id: Number(quoteID),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)) as SourcingQuote | null
  if (!quote || !sameID(quote.request as never, request.id) || quote.status === 'declined')
    return null
  return quote
}

/**
 * Adds to the quote's questions as they are at that moment: the quote's row is held from the
 * read to the write (src/platform/rowLock.ts), so a question and an answer sent in the same
 * instant both stay.
 */
const append = (
  payload: Payload,
  quote: SourcingQuote,
  author: 'buyer' | 'factory',
  body: string,
) =>
  withRowLock(payload, { table: 'sourcing_quotes', id: quote.id }, async (req) => {
    const current = (await payload.findByID({
      collection: SLUGS.sourcingQuotes,
      id: quote.id,
      depth: 0,
      overrideAccess: true,
      req,
    })) as SourcingQuote
    return (await payload.update({
      collection: SLUGS.sourcingQuotes,
      id: quote.id,
      data: {
        questions: [
          ...(current.questions ?? []).map(({ author, body, sentAt }) => ({
            author,
            body,
            sentAt,
          })),
          { author, body, sentAt: now().toISOString() },
        ],
      },
      overrideAccess: true,
      // Not a new answer to the request: the quote's own checks and its mail are not for this.
      context: { [QUESTIONING]: true },
      req,
    })) as SourcingQuote
  })

const checkBody = (raw: unknown): { body: string } | { problem: QuestionProblem } => {
  const body = String(raw ?? '')
    .replace(/\r\n?/g, '\n')
    .trim()
  if (!body) return { problem: 'empty' }
  if (body.length > QUESTION_MAX) return { problem: 'tooLong' }
  return { body }
}

/**
 * The buyer asks the factory of one quote. Null: no such quote of this request (the caller's
 * 404); a problem: nothing is stored or sent.
 */
export const askQuestion = async (
  payload: Payload,
  request: SourcingRequest,
  quoteID: string,
  question: unknown,
): Promise<SourcingQuote | { problem: QuestionProblem } | null> => {
  const quote = await quoteOf(payload, request, quoteID)
  if (!quote) return null
  if (request.status !== 'open') return { problem: 'closed' }
  const checked = checkBody(question)
  if ('problem' in checked) return checked
  if (!(await asked.take(String(request.id)))) return { problem: 'limit' }
  const saved = await append(payload, quote, 'buyer', checked.body)
  const factoryID = idOf(quote.factory as never) as ID
  const link = adminLink(`/admin/collections/${SLUGS.sourcingQuotes}/${quote.id}`)
  const to = await factoryMembers({ payload, factoryID })
  if (to.length)
    await queueMail(
      { payload },
      to.map((address) => ({
        to: address,
        subject: `采购商提问 A buyer asks: ${request.product}`,
        text: `关于您对「${request.product}」的报价，采购商提问：\nAbout your quote for “${request.product}”, the buyer asks:\n\n${checked.body}\n\n请在后台回答 Answer in the admin:\n${link}`,
      })),
    )
  return saved
}

/** The factory answers: e-mailed to the buyer, in the language they posted in, with their link. */
export const answerQuestion = async (payload: Payload, quote: SourcingQuote, answer: string) => {
  const saved = await append(payload, quote, 'factory', answer)
  const buyer = await buyerMailFor(
    payload,
    idOf(quote.request as never),
    idOf(quote.factory as never),
  )
  if (buyer)
    await queueMail({ payload }, [
      {
        to: buyer.to,
        ...answerMail({
          linkBase: buyer.request.linkBase,
          product: buyer.request.product,
          factory: buyer.factory,
          answer,
          link: buyer.link,
        }),
      },
    ])
  return saved
}

const fail = (status: number, message: string, path?: string) =>
  Response.json({ errors: [{ message, ...(path ? { data: { path } } : {}) }] }, { status })

/**
 * `POST /api/sourcing-quotes/:id/answer` with `{ "answer": "…" }`: a member of the quote's own
 * factory (or a platform admin) answers the buyer's questions. Another factory's member, an
 * operator or anyone else gets a 404 (the quote is not theirs to know of).
 */
export const answerEndpoint: Endpoint = {
  path: '/:id/answer',
  method: 'post',
  handler: async (req) => {
    const user = (req.user ?? null) as ChandiUser | null
    const id = String(req.routeParams?.id ?? '')
    // A quote's id as the buyer's page takes it: digits only (`04` is not quote 4).
    const quote = (await req.payload
      .findByID({
        collection: SLUGS.sourcingQuotes,
        id: /^[1-9]\d*$/.test(id) ? id : '0',
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      .catch(() => null)) as SourcingQuote | null
    const own =
      quote &&
      user &&
      (isPlatformAdmin(user) || sameID(getFactoryID(user) as never, quote.factory as never))
    if (!quote || !own) return fail(404, 'Not Found')
    if (!(quote.questions ?? []).some((entry) => entry.author === 'buyer'))
      return fail(409, 'The buyer has asked nothing yet. 采购商还没有提问。')
    try {
      await addDataAndFileToRequest(req)
    } catch {
      return fail(400, 'answer: the body must be JSON { "answer": "…" }. 请求格式错误。', 'answer')
    }
    const raw = (req.data as Record<string, unknown> | undefined)?.answer
    // Text only: an object or a number would be stored and mailed as "[object Object]" or "12".
    const checked = typeof raw === 'string' ? checkBody(raw) : ({ problem: 'empty' } as const)
    if ('problem' in checked)
      return fail(
        400,
        checked.problem === 'empty'
          ? 'answer: 请填写回答 / write an answer'
          : `answer: 回答最多 ${QUESTION_MAX} 字 / at most ${QUESTION_MAX} characters`,
        'answer',
      )
    const saved = await answerQuestion(req.payload, quote, checked.body)
    return Response.json({ questions: saved.questions ?? [] })
  },
}
