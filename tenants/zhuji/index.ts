import type { BeltDefinition } from '@/seed/types'

export const zhuji: BeltDefinition = {
  slug: 'zhuji',
  name: { zh: '诸暨大唐袜业产业带', en: 'Zhuji Datang Socks Belt' },
  province: { zh: '浙江省', en: 'Zhejiang' },
  city: { zh: '绍兴市诸暨市大唐街道', en: 'Datang, Zhuji, Shaoxing' },
  specialty: { zh: '袜业', en: 'Socks and hosiery' },
  tagline: {
    zh: '国际袜都，全球每三双袜子就有一双来自大唐',
    en: 'The world’s sock capital: one in three pairs of socks worldwide comes from Datang',
  },
  story: [
    {
      zh: '七十年代末，大唐农户用几台手摇袜机在家织袜，沿街摆摊叫卖。四十多年后，这里汇聚了上万家袜业企业和十几万台织袜机，原料、织造、定型、包装全链条都在方圆几公里内完成。',
      en: 'In the late 1970s Datang farmers knitted socks at home on hand-cranked machines and sold them by the roadside. Four decades on, the town has more than ten thousand sock businesses and well over a hundred thousand knitting machines, with yarn, knitting, boarding and packing all within a few kilometres.',
    },
    {
      zh: '如今大唐袜业加速迈向智能制造和自主品牌，从基础棉袜到功能运动袜、连裤袜，都能按买家要求快速开发。',
      en: 'Today Datang is moving fast towards smart manufacturing and its own brands. From basic cotton socks to technical sports socks and tights, factories develop new products to buyers’ briefs in days.',
    },
  ],
  keyFigures: [
    { value: '70%', label: { zh: '全国袜子产量', en: 'Of China’s sock output' } },
    { value: '1/3', label: { zh: '全球袜子产量', en: 'Of the world’s socks' } },
    { value: '10,000+', label: { zh: '袜业相关企业', en: 'Sock-industry businesses' } },
  ],
  branding: { primaryColour: '#1E6B52', accentColour: '#B8E0C8' },
  domains: ['datang-socks.chandi.test'],
  defaultLocale: 'zh',
  timeZone: 'Asia/Shanghai',
  published: true,
  categories: [
    { slug: 'hosiery', name: { zh: '袜品', en: 'Socks and hosiery' } },
    { slug: 'casual-socks', name: { zh: '休闲棉袜', en: 'Casual socks' }, parent: 'hosiery' },
    { slug: 'sports-socks', name: { zh: '运动袜', en: 'Sports socks' }, parent: 'hosiery' },
    { slug: 'tights', name: { zh: '丝袜与连裤袜', en: 'Tights and pantyhose' }, parent: 'hosiery' },
  ],
  factories: [
    {
      slug: 'zhuji-jinsuo',
      name: { zh: '诸暨市金梭针织有限公司', en: 'Zhuji Jinsuo Knitting Co., Ltd.' },
      summary: {
        zh: '拥有 600 余台电脑袜机和自动缝头、定型流水线，专注中高端棉袜与运动袜，为欧美多家运动品牌代工。',
        en: 'More than 600 computerised sock machines with automatic toe-linking and boarding lines, focused on mid- to high-end cotton and sports socks for several European and American sportswear brands.',
      },
      mainProducts: {
        zh: '精梳棉袜、毛巾底运动袜、船袜',
        en: 'Combed-cotton socks, cushioned sports socks, no-show socks',
      },
      address: {
        zh: '浙江省诸暨市大唐街道袜业工业园区轻纺路 98 号',
        en: '98 Qingfang Road, Socks Industrial Park, Datang, Zhuji, Zhejiang',
      },
      location: { lat: 29.672, lng: 120.186 },
      foundedYear: 1993,
      staffCount: 450,
      capabilities: ['oem', 'odm'],
      exportMarkets: ['europe', 'north-america', 'japan-korea'],
      capacity: { amount: 2500000, unit: { zh: '双', en: 'pairs' }, period: 'month' },
      certifications: [
        { name: 'OEKO-TEX Standard 100', issuer: 'OEKO-TEX' },
        { name: 'BSCI', issuer: 'amfori' },
        { name: 'ISO 9001', issuer: 'SGS' },
      ],
      verified: true,
      contact: {
        person: '陈国良',
        phone: '+86 575 8701 2365',
        email: 'sales@zhuji-jinsuo.example.cn',
      },
      products: [
        {
          slug: 'jinsuo-combed-cotton-crew',
          sku: 'ZJ-JS-001',
          name: { zh: '精梳棉中筒袜', en: 'Combed Cotton Crew Socks' },
          category: 'casual-socks',
          summary: {
            zh: '精梳棉混纺，手工对目缝头无勒脚感，袜口松紧适中，可定制提花 Logo。',
            en: 'Combed-cotton blend with hand-linked seamless toes and a comfortable cuff; a jacquard logo can be knitted in.',
          },
          moq: 3000,
          unit: 'pair',
          currency: 'USD',
          tiers: [
            [3000, 9999, 0.42],
            [10000, 49999, 0.36],
            [50000, null, 0.31],
          ],
          leadTimeDays: 25,
          sampleAvailable: true,
          customisation: ['logo', 'colour', 'design', 'packaging'],
          specs: [
            {
              key: { zh: '成分', en: 'Composition' },
              value: {
                zh: '80% 精梳棉、17% 锦纶、3% 氨纶',
                en: '80% combed cotton, 17% nylon, 3% elastane',
              },
            },
            { key: { zh: '针数', en: 'Needle count' }, value: { zh: '200 针', en: '200 needles' } },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: '欧码 35–46', en: 'EU 35–46' } },
          ],
        },
        {
          slug: 'jinsuo-cushioned-running',
          sku: 'ZJ-JS-002',
          name: { zh: '毛巾底专业跑步袜', en: 'Cushioned Running Socks' },
          category: 'sports-socks',
          summary: {
            zh: '足底毛巾圈加厚缓震，足弓加压包裹，脚背网眼透气，适合长跑和健身。',
            en: 'Terry-loop cushioning under the foot, arch compression and a mesh top for airflow, built for distance running and training.',
          },
          moq: 2000,
          unit: 'pair',
          currency: 'USD',
          tiers: [
            [2000, 9999, 0.78],
            [10000, 29999, 0.69],
            [30000, null, 0.62],
          ],
          leadTimeDays: 28,
          sampleAvailable: true,
          customisation: ['logo', 'colour', 'packaging'],
          specs: [
            {
              key: { zh: '成分', en: 'Composition' },
              value: { zh: '65% 棉、32% 锦纶、3% 氨纶', en: '65% cotton, 32% nylon, 3% elastane' },
            },
            {
              key: { zh: '功能', en: 'Features' },
              value: { zh: '足弓支撑、毛巾底', en: 'Arch support, terry sole' },
            },
            { key: { zh: '袜型', en: 'Length' }, value: { zh: '短筒', en: 'Quarter' } },
          ],
        },
      ],
    },
    {
      slug: 'zhuji-lanting',
      name: { zh: '诸暨市兰亭袜业有限公司', en: 'Zhuji Lanting Hosiery Co., Ltd.' },
      summary: {
        zh: '专业生产女士丝袜和加绒连裤袜，拥有自主品牌和直播团队，可承接电商平台的小批量定制订单。',
        en: 'Makers of women’s sheer tights and fleece-lined pantyhose, with their own brand and livestream team. Small custom runs for online marketplaces are welcome.',
      },
      mainProducts: {
        zh: '丝袜、连裤袜、加绒打底裤袜',
        en: 'Sheer tights, pantyhose, fleece-lined tights',
      },
      address: {
        zh: '浙江省诸暨市大唐街道建设路 310 号',
        en: '310 Jianshe Road, Datang, Zhuji, Zhejiang',
      },
      location: { lat: 29.665, lng: 120.179 },
      foundedYear: 2008,
      staffCount: 180,
      capabilities: ['oem', 'own-brand', 'c2m'],
      exportMarkets: ['domestic', 'russia-cis', 'middle-east'],
      capacity: { amount: 900000, unit: { zh: '双', en: 'pairs' }, period: 'month' },
      certifications: [{ name: 'OEKO-TEX Standard 100', issuer: 'OEKO-TEX' }],
      verified: false,
      contact: {
        person: '楼丽芳',
        phone: '+86 575 8716 4480',
        email: 'sales@zhuji-lanting.example.cn',
      },
      products: [
        {
          slug: 'lanting-20d-sheer-tights',
          sku: 'ZJ-LT-001',
          name: { zh: '20D 防勾丝连裤袜', en: '20 Denier Ladder-Resist Sheer Tights' },
          category: 'tights',
          summary: {
            zh: '包芯丝织造，轻薄透肤且耐勾，加宽裆部更舒适，12 双一打出货。',
            en: 'Core-spun yarn that is sheer yet ladder-resistant, with a wider gusset for comfort; shipped by the dozen.',
          },
          moq: 200,
          unit: 'dozen',
          currency: 'CNY',
          tiers: [
            [200, 999, 54],
            [1000, 4999, 48],
            [5000, null, 43],
          ],
          leadTimeDays: 20,
          sampleAvailable: true,
          customisation: ['colour', 'packaging', 'logo'],
          specs: [
            { key: { zh: '规格', en: 'Denier' }, value: { zh: '20 旦', en: '20 denier' } },
            {
              key: { zh: '成分', en: 'Composition' },
              value: { zh: '88% 锦纶、12% 氨纶', en: '88% nylon, 12% elastane' },
            },
            {
              key: { zh: '颜色', en: 'Colours' },
              value: { zh: '肤色、黑色、灰色', en: 'Nude, black, grey' },
            },
          ],
        },
        {
          slug: 'lanting-fleece-lined-tights',
          sku: 'ZJ-LT-002',
          name: { zh: '加绒保暖打底连裤袜', en: 'Fleece-Lined Thermal Tights' },
          category: 'tights',
          summary: {
            zh: '外层仿透肤效果，内里加绒，冬季保暖不臃肿，北方和俄罗斯市场热销。',
            en: 'A sheer-look outer layer over a warm fleece lining: cosy without bulk, and a bestseller in northern China and Russia.',
          },
          moq: 1000,
          unit: 'pair',
          currency: 'CNY',
          tiers: [
            [1000, 4999, 9.8],
            [5000, 19999, 8.9],
            [20000, null, 8.2],
          ],
          leadTimeDays: 18,
          sampleAvailable: true,
          customisation: ['colour', 'size', 'packaging'],
          specs: [
            { key: { zh: '克重', en: 'Weight' }, value: { zh: '220 克', en: '220 g' } },
            { key: { zh: '内里', en: 'Lining' }, value: { zh: '加绒', en: 'Brushed fleece' } },
            {
              key: { zh: '尺码', en: 'Sizes' },
              value: { zh: '均码（45–70 公斤）', en: 'One size (45–70 kg)' },
            },
          ],
        },
      ],
    },
  ],
  about: {
    title: { zh: '关于大唐袜业产业带', en: 'About the Datang socks belt' },
    paragraphs: [
      {
        zh: '本门户由诸暨市大唐袜业产业服务平台运营，汇集经过核验的袜业工厂，展示其设备、产能与认证情况。',
        en: 'This portal is run by the Datang sock industry service platform in Zhuji. It brings together checked sock factories and shows their machinery, capacity and certifications.',
      },
      {
        zh: '欢迎采购商按品类和出口市场筛选工厂，提交一对一询盘；平台工作人员也可协助安排工厂参观与直播看厂。',
        en: 'Buyers can filter factories by category and export market and send a one-to-one inquiry. Our team can also arrange factory visits or a live-streamed factory tour.',
      },
    ],
  },
}
