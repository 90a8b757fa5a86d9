// The inquiry routes: thin adapters over the use case in src/inquiries/ (submit, reply).
export { eraseThread, exportThread, replyToThread, sendThreadFile } from './actions'
export { renderInquiryForm, submitInquiry } from './form'
export type { InquiryResult } from './shared'
export { renderThread } from './thread'
