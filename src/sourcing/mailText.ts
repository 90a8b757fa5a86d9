import type { UILocale } from '@/constants'
import { buyerLanguage } from '@/inquiries/mailText'

/**
 * The buyer's e-mail about an answer to their sourcing request, in the language they posted it
 * in (its `linkBase`, as for inquiries: src/inquiries/mailText.ts). `{product}` and `{factory}`
 * are filled in.
 */
type Words = {
  quoted: string
  declined: string
  quotedText: string
  declinedText: string
  link: string
}

export const SOURCING_MAIL_WORDS: Record<UILocale, Words> = {
  zh: {
    quoted: '新报价：{product}',
    declined: '工厂未报价：{product}',
    quotedText: '{factory} 对您的采购需求报了价。',
    declinedText: '{factory} 答复了您的采购需求，但未报价。',
    link: '查看并比较所有报价：',
  },
  en: {
    quoted: 'New quote: {product}',
    declined: 'A factory declined: {product}',
    quotedText: '{factory} quoted for your sourcing request.',
    declinedText: '{factory} answered your sourcing request without a quote.',
    link: 'See and compare the quotes:',
  },
  ru: {
    quoted: 'Новое предложение: {product}',
    declined: 'Фабрика отказалась: {product}',
    quotedText: 'Фабрика {factory} прислала предложение по вашему запросу на закупку.',
    declinedText: 'Фабрика {factory} ответила на ваш запрос на закупку без предложения.',
    link: 'Посмотреть и сравнить предложения:',
  },
  ar: {
    quoted: 'عرض سعر جديد: {product}',
    declined: 'اعتذر مصنع: {product}',
    quotedText: 'قدّم المصنع {factory} عرض سعر لطلب التوريد الخاص بك.',
    declinedText: 'ردّ المصنع {factory} على طلب التوريد الخاص بك دون عرض سعر.',
    link: 'اطّلع على العروض وقارن بينها:',
  },
  es: {
    quoted: 'Nueva cotización: {product}',
    declined: 'Una fábrica declinó: {product}',
    quotedText: 'La fábrica {factory} ha cotizado su solicitud de compra.',
    declinedText: 'La fábrica {factory} respondió a su solicitud de compra sin cotizar.',
    link: 'Vea y compare las cotizaciones:',
  },
}

/** The subject and body of the buyer's mail about one answer, in the buyer's language. */
export const quoteMail = ({
  linkBase,
  product,
  factory,
  declined,
  link,
}: {
  linkBase: string | null | undefined
  product: string
  factory: string
  declined: boolean
  link: string
}) => {
  const words = SOURCING_MAIL_WORDS[buyerLanguage(linkBase)]
  const fill = (text: string) => text.replace('{product}', product).replace('{factory}', factory)
  return {
    subject: fill(declined ? words.declined : words.quoted),
    text: `${fill(declined ? words.declinedText : words.quotedText)}\n\n${words.link}\n${link}`,
  }
}

/** The buyer's e-mail about a factory's answer to their question, in their language. */
const ANSWER_WORDS: Record<UILocale, { subject: string; text: string; link: string }> = {
  zh: {
    subject: '工厂回答了您的提问：{product}',
    text: '{factory} 回答了您关于报价的提问：',
    link: '查看报价和问答：',
  },
  en: {
    subject: 'A factory answered your question: {product}',
    text: '{factory} answered your question about its quote:',
    link: 'See the quotes and the answers:',
  },
  ru: {
    subject: 'Фабрика ответила на ваш вопрос: {product}',
    text: 'Фабрика {factory} ответила на ваш вопрос о своём предложении:',
    link: 'Посмотреть предложения и ответы:',
  },
  ar: {
    subject: 'أجاب مصنع عن سؤالك: {product}',
    text: 'أجاب المصنع {factory} عن سؤالك حول عرض السعر:',
    link: 'اطّلع على العروض والإجابات:',
  },
  es: {
    subject: 'Una fábrica respondió a su pregunta: {product}',
    text: 'La fábrica {factory} respondió a su pregunta sobre su cotización:',
    link: 'Vea las cotizaciones y las respuestas:',
  },
}

export const answerMail = ({
  linkBase,
  product,
  factory,
  answer,
  link,
}: {
  linkBase: string | null | undefined
  product: string
  factory: string
  answer: string
  link: string
}) => {
  const words = ANSWER_WORDS[buyerLanguage(linkBase)]
  const fill = (text: string) => text.replace('{product}', product).replace('{factory}', factory)
  return {
    subject: fill(words.subject),
    text: `${fill(words.text)}\n\n${answer}\n\n${words.link}\n${link}`,
  }
}
