import type { UILocale } from '@/constants'

/** The barometer's words (src/renderer/routes/barometer.tsx), in the portals' five languages. */
const zh = {
  title: '产业带晴雨表',
  intro: '产业带的公开数据：在线工厂、产品、询盘、回复速度和访客，近 12 周的趋势。',
  hubIntro: '各产业带本周的活跃度（询盘 + 新产品 + 访问量），由高到低排列。',
  week: '周（起始日）',
  factories: '工厂',
  verifiedShare: '已认证比例',
  products: '产品',
  newProducts: '每周新产品',
  inquiries: '每周询盘',
  replyTime: '首次回复时间中位数（小时，近 12 周）',
  noReplies: '近 12 周没有回复',
  visits: '每周访问量',
  categories: '热门类目',
  category: '类目',
  countries: '买家国家和地区',
  country: '国家或地区',
  unknownCountry: '未知',
  belt: '产业带',
  activity: '本周活跃度',
  hidden: '未公开',
  noData: '暂无数据',
  weeksFrom: '12 周',
}
export type BarometerWords = typeof zh

const en: BarometerWords = {
  title: 'Belt barometer',
  intro:
    'The belt’s public figures: factories online, products, inquiries, how fast factories answer and who visits, with 12-week trends.',
  hubIntro:
    'Every belt’s activity this week (inquiries + new products + visits), most active first.',
  week: 'Week (from)',
  factories: 'Factories',
  verifiedShare: 'Verified share',
  products: 'Products',
  newProducts: 'New products per week',
  inquiries: 'Inquiries per week',
  replyTime: 'Median first-reply time (hours, last 12 weeks)',
  noReplies: 'No replies in the last 12 weeks',
  visits: 'Visits per week',
  categories: 'Top categories',
  category: 'Category',
  countries: 'Buyers’ countries',
  country: 'Country or region',
  unknownCountry: 'Unknown',
  belt: 'Belt',
  activity: 'Activity this week',
  hidden: 'Not public',
  noData: 'No data yet',
  weeksFrom: '12 weeks',
}

const ru: BarometerWords = {
  title: 'Барометр кластера',
  intro:
    'Открытые показатели кластера: фабрики онлайн, товары, запросы, скорость ответов фабрик и посетители, с динамикой за 12 недель.',
  hubIntro:
    'Активность каждого кластера на этой неделе (запросы + новые товары + посещения), по убыванию.',
  week: 'Неделя (с)',
  factories: 'Фабрики',
  verifiedShare: 'Доля проверенных',
  products: 'Товары',
  newProducts: 'Новые товары за неделю',
  inquiries: 'Запросы за неделю',
  replyTime: 'Медианное время первого ответа (часы, последние 12 недель)',
  noReplies: 'За последние 12 недель ответов не было',
  visits: 'Посещения за неделю',
  categories: 'Популярные категории',
  category: 'Категория',
  countries: 'Страны покупателей',
  country: 'Страна или регион',
  unknownCountry: 'Неизвестно',
  belt: 'Кластер',
  activity: 'Активность за неделю',
  hidden: 'Не публикуется',
  noData: 'Данных пока нет',
  weeksFrom: '12 недель',
}

const ar: BarometerWords = {
  title: 'مؤشر الحزام الصناعي',
  intro:
    'الأرقام العامة للحزام الصناعي: المصانع المتصلة والمنتجات والاستفسارات وسرعة رد المصانع والزوار، مع اتجاهات 12 أسبوعًا.',
  hubIntro:
    'نشاط كل حزام صناعي هذا الأسبوع (الاستفسارات + المنتجات الجديدة + الزيارات)، الأكثر نشاطًا أولًا.',
  week: 'الأسبوع (من)',
  factories: 'المصانع',
  verifiedShare: 'نسبة الموثّقة',
  products: 'المنتجات',
  newProducts: 'المنتجات الجديدة أسبوعيًا',
  inquiries: 'الاستفسارات أسبوعيًا',
  replyTime: 'الوسيط لوقت الرد الأول (بالساعات، آخر 12 أسبوعًا)',
  noReplies: 'لا ردود في آخر 12 أسبوعًا',
  visits: 'الزيارات أسبوعيًا',
  categories: 'أبرز الفئات',
  category: 'الفئة',
  countries: 'بلدان المشترين',
  country: 'البلد أو المنطقة',
  unknownCountry: 'غير معروف',
  belt: 'الحزام الصناعي',
  activity: 'النشاط هذا الأسبوع',
  hidden: 'غير منشور',
  noData: 'لا توجد بيانات بعد',
  weeksFrom: '12 أسبوعًا',
}

const es: BarometerWords = {
  title: 'Barómetro del clúster',
  intro:
    'Las cifras públicas del clúster: fábricas en línea, productos, consultas, rapidez de respuesta de las fábricas y visitantes, con tendencias de 12 semanas.',
  hubIntro:
    'La actividad de cada clúster esta semana (consultas + productos nuevos + visitas), de mayor a menor.',
  week: 'Semana (desde)',
  factories: 'Fábricas',
  verifiedShare: 'Proporción verificada',
  products: 'Productos',
  newProducts: 'Productos nuevos por semana',
  inquiries: 'Consultas por semana',
  replyTime: 'Mediana del tiempo de primera respuesta (horas, últimas 12 semanas)',
  noReplies: 'Sin respuestas en las últimas 12 semanas',
  visits: 'Visitas por semana',
  categories: 'Categorías principales',
  category: 'Categoría',
  countries: 'Países de los compradores',
  country: 'País o región',
  unknownCountry: 'Desconocido',
  belt: 'Clúster',
  activity: 'Actividad esta semana',
  hidden: 'No público',
  noData: 'Aún no hay datos',
  weeksFrom: '12 semanas',
}

export const BAROMETER_WORDS: Record<UILocale, BarometerWords> = { zh, en, ru, ar, es }
