import type { BeltDefinition } from '@/seed/types'

export const wenzhou: BeltDefinition = {
  slug: 'wenzhou',
  name: { zh: '温州鞋业产业带', en: 'Wenzhou Footwear Belt' },
  province: { zh: '浙江省', en: 'Zhejiang' },
  city: { zh: '温州市', en: 'Wenzhou' },
  specialty: { zh: '鞋业与轻工', en: 'Footwear and light industry' },
  tagline: {
    zh: '中国鞋都，四十年做好一双鞋',
    en: 'China’s shoe capital: forty years of getting every pair right',
  },
  story: [
    {
      zh: '温州人做鞋的历史可以追溯到宋代。改革开放后，家庭作坊遍布鹿城、瓯海和龙湾，“温州模式”让这座城市成为中国民营经济和轻工业的代名词。',
      en: 'Shoemaking in Wenzhou goes back to the Song dynasty. After reform and opening, family workshops spread across Lucheng, Ouhai and Longwan, and the “Wenzhou model” made the city a byword for private enterprise and light industry in China.',
    },
    {
      zh: '今天的温州鞋业从真皮男鞋、女靴到休闲运动鞋门类齐全，皮革、鞋底、鞋材市场就在厂门口，许多工厂已引入智能裁断和柔性生产线，快速响应海内外订单。',
      en: 'Today Wenzhou makes everything from men’s leather shoes and women’s boots to casual sneakers, with leather, soles and components sold right outside the factory gate. Many plants now run automated cutting and flexible lines to answer orders from home and abroad quickly.',
    },
  ],
  keyFigures: [
    { value: '4,000+', label: { zh: '制鞋企业', en: 'Shoe manufacturers' } },
    { value: '160+', label: { zh: '出口国家和地区', en: 'Export countries and regions' } },
  ],
  branding: { primaryColour: '#333F48', accentColour: '#E07A1F' },
  domains: ['wenzhou-shoes.chandi.test'],
  defaultLocale: 'zh',
  timeZone: 'Asia/Shanghai',
  published: true,
  categories: [
    { slug: 'footwear', name: { zh: '鞋类', en: 'Footwear' } },
    {
      slug: 'leather-shoes',
      name: { zh: '真皮男鞋', en: 'Men’s leather shoes' },
      parent: 'footwear',
    },
    {
      slug: 'casual-sneakers',
      name: { zh: '休闲运动鞋', en: 'Casual sneakers' },
      parent: 'footwear',
    },
    { slug: 'womens-boots', name: { zh: '女靴', en: 'Women’s boots' }, parent: 'footwear' },
  ],
  factories: [
    {
      slug: 'wenzhou-ouxiang',
      name: { zh: '温州瓯香鞋业有限公司', en: 'Wenzhou Ouxiang Shoes Co., Ltd.' },
      summary: {
        zh: '三十多年真皮男鞋制造经验，固特异手工缝制与胶粘工艺并行，自有品牌和代工并举，产品远销欧洲与中东。',
        en: 'Over thirty years making men’s leather shoes, with both Goodyear-welted and cemented construction. We run our own brand alongside OEM work and ship to Europe and the Middle East.',
      },
      mainProducts: {
        zh: '真皮商务皮鞋、乐福鞋、切尔西靴',
        en: 'Leather dress shoes, loafers, Chelsea boots',
      },
      address: {
        zh: '浙江省温州市鹿城区双屿鞋都产业园鞋都大道 256 号',
        en: '256 Xiedu Avenue, Shuangyu Shoe Capital Industrial Park, Lucheng, Wenzhou, Zhejiang',
      },
      location: { lat: 28.003, lng: 120.583 },
      foundedYear: 1988,
      staffCount: 520,
      capabilities: ['oem', 'odm', 'own-brand'],
      exportMarkets: ['europe', 'middle-east', 'russia-cis', 'africa'],
      capacity: { amount: 1500, unit: { zh: '双', en: 'pairs' }, period: 'day' },
      certifications: [
        { name: 'ISO 9001', issuer: 'TÜV Rheinland' },
        { name: 'ISO 14001', issuer: 'TÜV Rheinland' },
        { name: 'BSCI', issuer: 'amfori' },
      ],
      verified: true,
      contact: {
        person: '郑建新',
        phone: '+86 577 8869 3025',
        email: 'sales@wenzhou-ouxiang.example.cn',
      },
      products: [
        {
          slug: 'ouxiang-leather-oxford',
          sku: 'WZ-OX-001',
          name: { zh: '男士头层牛皮牛津鞋', en: 'Men’s Full-Grain Leather Oxford' },
          category: 'leather-shoes',
          summary: {
            zh: '头层小牛皮鞋面，羊皮内里，橡胶防滑大底，经典三接头款适合正装场合。',
            en: 'Full-grain calf upper, sheepskin lining and a non-slip rubber sole in a classic cap-toe design for formal wear.',
          },
          moq: 300,
          unit: 'pair',
          currency: 'USD',
          tiers: [
            [300, 999, 24.5],
            [1000, 2999, 22.8],
            [3000, null, 21],
          ],
          leadTimeDays: 40,
          sampleAvailable: true,
          customisation: ['logo', 'colour', 'material', 'packaging'],
          specs: [
            {
              key: { zh: '鞋面', en: 'Upper' },
              value: { zh: '头层小牛皮', en: 'Full-grain calfskin' },
            },
            { key: { zh: '内里', en: 'Lining' }, value: { zh: '羊皮', en: 'Sheepskin' } },
            { key: { zh: '鞋底', en: 'Sole' }, value: { zh: '橡胶', en: 'Rubber' } },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: '欧码 38–46', en: 'EU 38–46' } },
          ],
        },
        {
          slug: 'ouxiang-suede-loafer',
          sku: 'WZ-OX-002',
          name: { zh: '男士反绒皮一脚蹬乐福鞋', en: 'Men’s Suede Slip-On Loafer' },
          category: 'leather-shoes',
          summary: {
            zh: '牛反绒鞋面柔软透气，轻量 TPR 底，商务休闲两相宜。',
            en: 'Soft, breathable cow suede on a lightweight TPR sole, smart enough for the office and relaxed enough for weekends.',
          },
          moq: 300,
          unit: 'pair',
          currency: 'USD',
          tiers: [
            [300, 999, 19.8],
            [1000, 2999, 18.2],
            [3000, null, 16.9],
          ],
          leadTimeDays: 35,
          sampleAvailable: true,
          customisation: ['colour', 'logo', 'packaging'],
          specs: [
            { key: { zh: '鞋面', en: 'Upper' }, value: { zh: '牛反绒', en: 'Cow suede' } },
            {
              key: { zh: '鞋底', en: 'Sole' },
              value: { zh: '热塑性橡胶（TPR）', en: 'Thermoplastic rubber (TPR)' },
            },
            {
              key: { zh: '颜色', en: 'Colours' },
              value: { zh: '深棕、海军蓝、灰色', en: 'Dark brown, navy, grey' },
            },
          ],
        },
      ],
    },
    {
      slug: 'wenzhou-lingfeng',
      name: { zh: '温州领峰鞋业有限公司', en: 'Wenzhou Lingfeng Footwear Co., Ltd.' },
      summary: {
        zh: '主做女士休闲鞋与时装靴，柔性生产线支持 300 双起订，深度对接国内电商与直播渠道，可根据销售数据快速翻单。',
        en: 'Women’s casual shoes and fashion boots on flexible lines that start at 300 pairs. We work closely with Chinese online and livestream retailers and reorder fast based on sales data.',
      },
      mainProducts: {
        zh: '女士老爹鞋、小白鞋、切尔西短靴',
        en: 'Women’s chunky sneakers, white trainers, Chelsea ankle boots',
      },
      address: {
        zh: '浙江省温州市瓯海区娄桥街道鞋业基地古岸头路 77 号',
        en: '77 Gu’antou Road, Louqiao Shoe Base, Ouhai, Wenzhou, Zhejiang',
      },
      location: { lat: 27.972, lng: 120.609 },
      foundedYear: 2014,
      staffCount: 300,
      capabilities: ['oem', 'c2m'],
      exportMarkets: ['domestic', 'southeast-asia', 'latin-america', 'africa'],
      capacity: { amount: 3000, unit: { zh: '双', en: 'pairs' }, period: 'day' },
      certifications: [{ name: 'BSCI', issuer: 'amfori' }],
      verified: false,
      contact: {
        person: '林晓峰',
        phone: '+86 577 8651 2480',
        email: 'sales@wenzhou-lingfeng.example.cn',
      },
      products: [
        {
          slug: 'lingfeng-chunky-sneaker',
          sku: 'WZ-LF-001',
          name: { zh: '女士厚底老爹鞋', en: 'Women’s Chunky Platform Sneakers' },
          category: 'casual-sneakers',
          summary: {
            zh: '5 厘米 EVA 厚底轻盈增高，网布与超纤拼接鞋面，日常通勤和逛街都舒适。',
            en: 'A light 5 cm EVA platform with a mesh and microfibre upper, comfortable for commuting and all-day wear.',
          },
          moq: 600,
          unit: 'pair',
          currency: 'CNY',
          tiers: [
            [600, 1999, 68],
            [2000, 4999, 62],
            [5000, null, 57],
          ],
          leadTimeDays: 25,
          sampleAvailable: true,
          customisation: ['colour', 'logo', 'packaging'],
          specs: [
            {
              key: { zh: '鞋面', en: 'Upper' },
              value: { zh: '网布拼接超纤', en: 'Mesh with microfibre overlays' },
            },
            { key: { zh: '鞋底', en: 'Sole' }, value: { zh: 'EVA 厚底', en: 'EVA platform' } },
            { key: { zh: '底厚', en: 'Platform height' }, value: { zh: '5 厘米', en: '5 cm' } },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: '欧码 35–40', en: 'EU 35–40' } },
          ],
        },
        {
          slug: 'lingfeng-chelsea-boot',
          sku: 'WZ-LF-002',
          name: { zh: '女士切尔西短靴', en: 'Women’s Chelsea Ankle Boots' },
          category: 'womens-boots',
          summary: {
            zh: '两侧弹力松紧带方便穿脱，锯齿橡胶底防滑耐磨，秋冬百搭款。',
            en: 'Elastic side panels for easy on and off, with a lugged rubber sole for grip. A versatile autumn and winter staple.',
          },
          moq: 500,
          unit: 'pair',
          currency: 'CNY',
          tiers: [
            [500, 1999, 96],
            [2000, 4999, 88],
            [5000, null, 82],
          ],
          leadTimeDays: 30,
          sampleAvailable: true,
          customisation: ['colour', 'material', 'logo'],
          specs: [
            { key: { zh: '鞋面', en: 'Upper' }, value: { zh: '二层牛皮', en: 'Split cowhide' } },
            { key: { zh: '鞋底', en: 'Sole' }, value: { zh: '橡胶锯齿底', en: 'Lugged rubber' } },
            { key: { zh: '跟高', en: 'Heel height' }, value: { zh: '3.5 厘米', en: '3.5 cm' } },
          ],
        },
      ],
    },
  ],
  about: {
    title: { zh: '关于温州鞋业产业带', en: 'About the Wenzhou footwear belt' },
    paragraphs: [
      {
        zh: '本门户由温州市鞋业产业服务中心运营，汇集经过核验的温州制鞋企业，为国内外采购商提供一站式找厂服务。',
        en: 'This portal is run by the Wenzhou footwear industry service centre. It brings together checked Wenzhou shoemakers and gives buyers at home and abroad one place to find the right factory.',
      },
      {
        zh: '每家工厂页面展示产能、认证与主营品类。买家可在线索样、询价，询盘内容只有您和对应工厂可见。',
        en: 'Each factory page shows capacity, certifications and main product lines. Buyers can request samples and quotes online, and inquiries are visible only to you and that factory.',
      },
    ],
  },
}
