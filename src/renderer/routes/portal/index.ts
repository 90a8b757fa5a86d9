/** The belt portal's pages: home and pages, the factory directory and profiles, products. */
export { renderHome, renderPage } from './home'
export { renderFactories, renderFactory } from './factories'
export { renderProduct, renderProducts } from './products'
export { TierTable } from '@/portal/components/TierTable'
