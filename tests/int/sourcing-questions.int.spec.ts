import { afterAll, describe, expect, it } from 'vitest'

import { api, login, postForm, zhili } from '../helpers/api'
import { cast, memberEmail, unique } from '../helpers/fixtures'
import { isTo, mails, waitForMail } from '../helpers/mail'
import { cleanUp, made, post, quote } from '../helpers/sourcing'

/**
 * Questions on a quote (issue #22): the buyer asks a quoting factory from the private page; the
 * factory's members read it (never who asks) and answer through the API the admin uses; the
 * buyer reads the answer on the page and in an e-mail in their language. Nobody else reads or
 * writes them, and bad input is a clear error with what was written kept.
 */
afterAll(cleanUp)

/** A confirmed request with a quote from Zhili's first factory and a decline from its second. */
const quoted = async (path = '/en/sourcing/new') => {
  const request = await post({}, path)
  const prefix = path.split('/sourcing')[0]
  await postForm(`${prefix}/sourcing/requests/${request.token}/confirm`, {})
  const member = await login(memberEmail(cast.factoryA1.slug))
  const answer = await quote(member, request.id, 2.4)
  expect(answer.status, answer.text).toBe(201)
  made.quotes.push(answer.json.doc.id)
  const other = await login(memberEmail(cast.factoryA2.slug))
  const declined = await quote(other, request.id, 0, {
    status: 'declined',
    declineReason: 'No capacity',
  })
  expect(declined.status, declined.text).toBe(201)
  made.quotes.push(declined.json.doc.id)
  return {
    ...request,
    prefix,
    member,
    other,
    quoteID: answer.json.doc.id as number,
    declinedID: declined.json.doc.id as number,
  }
}

const ask = (prefix: string, token: string, quoteID: number | string, question: string) =>
  postForm(`${prefix}/sourcing/requests/${token}/ask`, { quote: String(quoteID), question })

describe('questions on a quote', () => {
  it('the buyer asks; the factory reads the question without the buyer and answers; the buyer reads the answer', async () => {
    const request = await quoted()
    const question = unique('Can you do organic cotton at the same price?')
    const asked = await ask(request.prefix, request.token, request.quoteID, question)
    expect(asked.status, asked.body).toBe(303)
    expect(asked.location).toBe(
      `/en/sourcing/requests/${request.token}?asked=${request.quoteID}#quote-${request.quoteID}`,
    )
    const page = await zhili(`/en/sourcing/requests/${request.token}?asked=${request.quoteID}`)
    expect(page.body).toContain(question)
    expect(page.body).toContain('Your question was sent to the factory')

    // The factory's members get one e-mail with the question and the admin link, nothing of the buyer.
    const [mail] = await waitForMail(
      (m) => isTo(m, memberEmail(cast.factoryA1.slug)) && m.text.includes(question),
    )
    expect(mail.subject).toContain(request.product)
    expect(mail.text).toContain(`/admin/collections/sourcing-quotes/${request.quoteID}`)
    for (const secret of [
      request.email,
      'Greta Buyer',
      'Hamburg Kids',
      '+49 40 1234567',
      request.token,
    ])
      expect(mail.text).not.toContain(secret)
    // Its own member reads the question on the quote; no buyer field comes with it.
    const read = await api(`/api/sourcing-quotes/${request.quoteID}?depth=0`, {
      token: request.member,
    })
    expect(read.status).toBe(200)
    expect(read.json.questions).toMatchObject([{ author: 'buyer', body: question }])
    expect(read.text).not.toContain(request.email)

    // The member answers; the buyer gets it by e-mail (in English: the request was posted in
    // English) and on the page.
    const reply = unique('Yes, organic cotton adds 0.20 per piece.')
    const answered = await api(`/api/sourcing-quotes/${request.quoteID}/answer`, {
      method: 'POST',
      token: request.member,
      body: { answer: reply },
    })
    expect(answered.status, answered.text).toBe(200)
    expect(answered.json.questions.map((entry: { author: string }) => entry.author)).toEqual([
      'buyer',
      'factory',
    ])
    const [answerMail] = await waitForMail((m) => isTo(m, request.email) && m.text.includes(reply))
    expect(answerMail.subject).toBe(`A factory answered your question: ${request.product}`)
    expect(answerMail.text).toContain(`/sourcing/requests/${request.token}`)
    const after = await zhili(`/en/sourcing/requests/${request.token}`)
    expect(after.body).toContain(reply)
    expect(after.body.indexOf(question)).toBeLessThan(after.body.indexOf(reply))
    expect(after.body).toContain('The factory answered')
  })

  it('questions and answers sent in the same instant all stay (none overwrites another)', async () => {
    const request = await quoted()
    const first = await ask(request.prefix, request.token, request.quoteID, unique('First?'))
    expect(first.status).toBe(303)
    const questions = [unique('Second?'), unique('Third?')]
    const answers = [unique('Answer one.'), unique('Answer two.')]
    const sent = await Promise.all([
      ...questions.map((question) => ask(request.prefix, request.token, request.quoteID, question)),
      ...answers.map((answer) =>
        api(`/api/sourcing-quotes/${request.quoteID}/answer`, {
          method: 'POST',
          token: request.member,
          body: { answer },
        }),
      ),
    ])
    expect(sent.map((response) => response.status)).toEqual([303, 303, 200, 200])
    const read = await api(`/api/sourcing-quotes/${request.quoteID}?depth=0`, {
      token: request.member,
    })
    const bodies = (read.json.questions as { body: string }[]).map((entry) => entry.body)
    expect(bodies).toHaveLength(5)
    for (const text of [...questions, ...answers]) expect(bodies).toContain(text)
  })

  it('nobody else reads or writes them: another factory, the operator, anonymous, a PATCH', async () => {
    const request = await quoted()
    const question = unique('What is your lead time for 40,000?')
    expect((await ask(request.prefix, request.token, request.quoteID, question)).status).toBe(303)
    // Another factory's member (even one answering the same request), the operator, anonymous.
    const operator = await login(cast.emails.operatorA)
    for (const token of [request.other, operator, undefined]) {
      const read = await api(`/api/sourcing-quotes/${request.quoteID}?depth=0`, { token })
      expect(read.status).not.toBe(200)
      expect(read.text).not.toContain(question)
      const answer = await api(`/api/sourcing-quotes/${request.quoteID}/answer`, {
        method: 'POST',
        token,
        body: { answer: 'Not mine to answer' },
      })
      expect(answer.status).toBe(404)
    }
    // The quote's own member cannot write the thread through the collection either.
    const patched = await api(`/api/sourcing-quotes/${request.quoteID}`, {
      method: 'PATCH',
      token: request.member,
      body: { questions: [{ author: 'buyer', body: 'forged', sentAt: new Date().toISOString() }] },
    })
    expect(patched.status).not.toBe(200)
    const admin = await login(cast.emails.admin)
    const stored = (await api(`/api/sourcing-quotes/${request.quoteID}?depth=0`, { token: admin }))
      .json
    expect(stored.questions.map((entry: { body: string }) => entry.body)).toEqual([question])
    // A question to a declined answer, to another request's quote or to no quote: a 404.
    const otherRequest = await quoted()
    for (const id of [request.declinedID, otherRequest.quoteID, 'abc', '999999999'])
      expect((await ask(request.prefix, request.token, id, 'Hello?')).status, String(id)).toBe(404)
    // A wrong private link: a 404, nothing stored.
    expect((await ask('/en', 'x'.repeat(32), request.quoteID, 'Hello?')).status).toBe(404)
    expect(mails().filter((m) => m.text.includes('Not mine to answer'))).toHaveLength(0)
  })

  it('an empty or overlong question is refused in the page’s language, the text kept; a closed request takes none', async () => {
    const request = await quoted('/ru/sourcing/new')
    const empty = await ask(request.prefix, request.token, request.quoteID, '   ')
    expect(empty.status).toBe(400)
    expect(empty.body).toContain('Напишите ваш вопрос.')
    const long = 'Очень длинный вопрос. '.repeat(100)
    const tooLong = await ask(request.prefix, request.token, request.quoteID, long)
    expect(tooLong.status).toBe(400)
    expect(tooLong.body).toContain('не более 2')
    expect(tooLong.body).toContain(long.trim().slice(0, 100))
    expect(tooLong.body).toContain('aria-invalid="true"')
    // The member's empty answer is a 400 naming the field.
    const noAnswer = await api(`/api/sourcing-quotes/${request.quoteID}/answer`, {
      method: 'POST',
      token: request.member,
      body: { answer: 'x' },
    })
    expect(noAnswer.status).toBe(409) // nothing asked yet
    expect((await ask(request.prefix, request.token, request.quoteID, 'Вопрос?')).status).toBe(303)
    const blank = await api(`/api/sourcing-quotes/${request.quoteID}/answer`, {
      method: 'POST',
      token: request.member,
      body: { answer: '  ' },
    })
    expect(blank.status).toBe(400)
    expect(blank.text).toContain('"path":"answer"')
    // Text only: an object, a list, a number or a flag is refused, not stored as "[object Object]".
    for (const answer of [{ a: 1 }, ['a', 'b'], 12345, true]) {
      const odd = await api(`/api/sourcing-quotes/${request.quoteID}/answer`, {
        method: 'POST',
        token: request.member,
        body: { answer },
      })
      expect(odd.status, JSON.stringify(answer)).toBe(400)
      expect(odd.text).toContain('"path":"answer"')
    }
    // The quote's id as digits only: `0<id>` is no quote.
    const padded = await api(`/api/sourcing-quotes/0${request.quoteID}/answer`, {
      method: 'POST',
      token: request.member,
      body: { answer: 'Padded id' },
    })
    expect(padded.status).toBe(404)
    const stored = await api(`/api/sourcing-quotes/${request.quoteID}?depth=0`, {
      token: request.member,
    })
    expect(stored.json.questions.map((entry: { author: string }) => entry.author)).toEqual([
      'buyer',
    ])
    // Closed by the buyer: no more questions, and no box to ask.
    await postForm(`${request.prefix}/sourcing/requests/${request.token}/close`, {})
    const closed = await ask(request.prefix, request.token, request.quoteID, 'Ещё вопрос?')
    expect(closed.status).toBe(400)
    expect(closed.body).toContain('Запрос закрыт')
    expect(closed.body).not.toContain('name="question"')
  })
})
