/** The belt portal's pages: home and pages, the factory directory and profiles, products. */
export { renderHome, renderPage } from '@/renderer/routes/portal/home'
export { renderFactories, renderFactory } from '@/renderer/routes/portal/factories'
export { renderProducts } from '@/renderer/routes/portal/products'
export { renderProduct } from '@/renderer/routes/portal/product'
export { TierTable } from '@/portal/components/TierTable'
