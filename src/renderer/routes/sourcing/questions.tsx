import type { ReactNode } from 'react'

import type { SourcingRequest } from '@/payload-types'
import { hrefFor, type RenderContext } from '@/portal/context'
import { intlLocale } from '@/portal/i18n'
import type { QuoteRow } from '@/sourcing/buyer'
import { QUESTION_MAX, type QuestionProblem } from '@/sourcing/questions'

/** A question the buyer could not send, shown again under its quote with what they wrote. */
export type Asking = { quote: string; value: string; problem: QuestionProblem }

const problemText = (ctx: RenderContext, problem: QuestionProblem) =>
  ({
    empty: ctx.t.questionEmpty,
    tooLong: ctx.t.questionTooLong.replace('{n}', String(QUESTION_MAX)),
    limit: ctx.t.questionLimit,
    closed: ctx.t.questionClosed,
  })[problem]

/**
 * Under the quotes, each answering factory's message and the questions the buyer asked it with
 * its answers, oldest first, and while the request is open a box to ask it (issue #22). The
 * factory sees the question, never who asks.
 */
export const QuoteThreads = ({
  ctx,
  request,
  rows,
  base,
  asking,
  asked,
  files,
}: {
  ctx: RenderContext
  request: SourcingRequest
  rows: QuoteRow[]
  base: string
  asking?: Asking
  asked?: string
  /** The quote's attachments, as links. */
  files?: (quote: number) => ReactNode
}) => {
  const t = ctx.t
  const when = new Intl.DateTimeFormat(intlLocale(ctx.ui), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  })
  return (
    <>
      {rows
        .filter((row) => row.status !== 'declined')
        .map((row) => {
          const id = String(row.id)
          const failed = asking?.quote === id ? asking : undefined
          return (
            <article key={id} id={`quote-${id}`} className="session" data-thread={id}>
              <p>
                <strong>
                  <bdi>{row.factoryDoc?.name}</bdi>
                </strong>
              </p>
              {row.message ? <p className="pre">{row.message}</p> : null}
              {files?.(row.id)}
              {(row.questions ?? []).map((entry, index) => (
                <div key={entry.id ?? index} data-author={entry.author} className="qa">
                  <p>
                    <small>
                      {entry.author === 'buyer' ? t.youAsked : t.factoryAnswered} ·{' '}
                      <bdi>{when.format(new Date(entry.sentAt))} UTC</bdi>
                    </small>
                  </p>
                  <p dir="auto" className="pre">
                    {entry.body}
                  </p>
                </div>
              ))}
              {asked === id ? <p role="status">{t.questionSent}</p> : null}
              {failed && request.status !== 'open' ? (
                <p role="alert" className="error">
                  {problemText(ctx, failed.problem)}
                </p>
              ) : null}
              {request.status === 'open' ? (
                <form method="post" action={hrefFor(ctx, `${base}/ask`)} aria-label={t.askTitle}>
                  <input type="hidden" name="quote" value={id} />
                  <label htmlFor={`question-${id}`}>{t.questionLabel}</label>
                  <textarea
                    id={`question-${id}`}
                    name="question"
                    rows={3}
                    maxLength={QUESTION_MAX}
                    required
                    dir="auto"
                    defaultValue={failed?.value ?? ''}
                    aria-invalid={failed ? true : undefined}
                    aria-describedby={failed ? `question-${id}-error` : undefined}
                  />
                  {failed ? (
                    <p id={`question-${id}-error`} role="alert" className="error">
                      {problemText(ctx, failed.problem)}
                    </p>
                  ) : null}
                  <button type="submit">{t.sendQuestion}</button>
                </form>
              ) : null}
            </article>
          )
        })}
    </>
  )
}
