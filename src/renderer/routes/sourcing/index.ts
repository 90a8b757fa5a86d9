// The sourcing routes: thin adapters over the use case in src/sourcing/ (submit, buyer).
export { renderBoard } from './board'
export { sendRequestFile } from './files'
export { postSourcingForm, renderSourcingForm } from './form'
export {
  acceptSourcing,
  askSourcing,
  closeSourcing,
  confirmSourcing,
  renderRequest,
} from './request'
