import type { UIFieldServerComponent } from 'payload'

/**
 * On an import's edit page: the templates to fill in and the export of what exists (the refused
 * rows and their download are ImportProgress's).
 */
export const ImportLinks: UIFieldServerComponent = ({ i18n }) => {
  const zh = i18n.language === 'zh'
  const link = (href: string, text: string) => (
    <a href={href} download style={{ marginRight: 16 }}>
      {text}
    </a>
  )
  return (
    <div style={{ marginBottom: 24 }} data-testid="import-links">
      <p>
        {zh ? '模板：' : 'Templates: '}
        {link(
          '/api/imports/template?kind=factories&format=xlsx',
          zh ? '工厂（XLSX）' : 'Factories (XLSX)',
        )}
        {link(
          '/api/imports/template?kind=factories&format=csv',
          zh ? '工厂（CSV）' : 'Factories (CSV)',
        )}
        {link(
          '/api/imports/template?kind=products&format=xlsx',
          zh ? '产品（XLSX）' : 'Products (XLSX)',
        )}
        {link(
          '/api/imports/template?kind=products&format=csv',
          zh ? '产品（CSV）' : 'Products (CSV)',
        )}
      </p>
      <p>
        {zh ? '导出现有数据：' : 'Export what exists: '}
        {link('/api/imports/export?kind=factories&format=xlsx', zh ? '工厂' : 'Factories')}
        {link('/api/imports/export?kind=products&format=xlsx', zh ? '产品' : 'Products')}
      </p>
    </div>
  )
}
