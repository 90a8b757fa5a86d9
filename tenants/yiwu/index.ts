import type { BeltDefinition } from '@/seed/types'

import { yiwuCampaigns } from './campaigns'

export const yiwu: BeltDefinition = {
  slug: 'yiwu',
  name: { zh: '义乌小商品产业带', en: 'Yiwu Small Commodities Belt' },
  province: { zh: '浙江省', en: 'Zhejiang' },
  city: { zh: '金华市义乌市', en: 'Yiwu, Jinhua' },
  specialty: { zh: '小商品', en: 'Small commodities' },
  tagline: {
    zh: '世界小商品之都，一站采购全球爆款',
    en: 'The world’s small-commodity capital: source every bestseller in one stop',
  },
  story: [
    {
      zh: '从上世纪八十年代的“鸡毛换糖”和马路市场起步，义乌发展成今天的国际商贸城，汇集圣诞用品、文具、饰品等上百万种商品，是全球采购商最熟悉的中国地名之一。',
      en: 'Yiwu grew from 1980s street stalls and barter traders into today’s International Trade City, home to well over a million kinds of goods, from Christmas decorations to stationery and hair accessories. For buyers around the world it is one of the best-known place names in China.',
    },
    {
      zh: '市场背后是周边数以万计的中小工厂：小批量起订、快速打样、拼柜出货，让第一次来中国采购的小买家也能轻松下单。',
      en: 'Behind the market stand tens of thousands of small and mid-sized factories in the surrounding towns. Low minimums, fast sampling and consolidated container shipping let even first-time buyers place an order with confidence.',
    },
  ],
  keyFigures: [
    {
      value: '75,000+',
      label: { zh: '国际商贸城商位', en: 'Booths in the International Trade City' },
    },
    {
      value: '60%',
      label: { zh: '全球圣诞饰品产自义乌', en: 'Of the world’s Christmas decorations' },
    },
    { value: '200+', label: { zh: '出口国家和地区', en: 'Countries and regions supplied' } },
  ],
  branding: { primaryColour: '#A61B29', accentColour: '#F2B705' },
  domains: ['yiwu-goods.chandi.test'],
  defaultLocale: 'zh',
  timeZone: 'Asia/Shanghai',
  published: true,
  categories: [
    { slug: 'small-commodities', name: { zh: '日用小商品', en: 'Small commodities' } },
    {
      slug: 'christmas-decorations',
      name: { zh: '圣诞节庆用品', en: 'Christmas decorations' },
      parent: 'small-commodities',
    },
    { slug: 'stationery', name: { zh: '文具办公', en: 'Stationery' }, parent: 'small-commodities' },
    {
      slug: 'hair-accessories',
      name: { zh: '发饰', en: 'Hair accessories' },
      parent: 'small-commodities',
    },
  ],
  factories: [
    {
      slug: 'yiwu-xingcai',
      name: { zh: '义乌市星彩节庆用品有限公司', en: 'Yiwu Xingcai Festive Products Co., Ltd.' },
      summary: {
        zh: '专注圣诞挂球、灯串与花环二十年，自有吹塑与喷涂车间，每年为欧美连锁超市开发上千款新品。',
        en: 'Twenty years of Christmas baubles, light strings and garlands, with in-house blow-moulding and spray-painting lines. We develop over a thousand new designs a year for European and American retail chains.',
      },
      mainProducts: {
        zh: '圣诞挂球、LED 花环、圣诞树挂件、节庆礼盒',
        en: 'Christmas baubles, LED garlands, tree ornaments, festive gift sets',
      },
      address: {
        zh: '浙江省义乌市苏溪镇工业区星光路 18 号',
        en: '18 Xingguang Road, Suxi Industrial Zone, Yiwu, Zhejiang',
      },
      location: { lat: 29.384, lng: 120.123 },
      foundedYear: 2003,
      staffCount: 280,
      capabilities: ['oem', 'odm'],
      exportMarkets: ['north-america', 'europe', 'russia-cis', 'latin-america'],
      capacity: { amount: 1200000, unit: { zh: '件', en: 'pieces' }, period: 'month' },
      certifications: [
        { name: 'BSCI', issuer: 'amfori' },
        { name: 'ISO 9001', issuer: 'SGS' },
      ],
      verified: true,
      contact: {
        person: '楼建国',
        phone: '+86 579 8512 3601',
        email: 'sales@yiwu-xingcai.example.cn',
      },
      products: [
        {
          slug: 'xingcai-shatterproof-baubles',
          sku: 'YW-XC-001',
          name: {
            zh: '6 厘米防摔圣诞球（12 只装）',
            en: '6 cm Shatterproof Christmas Baubles, Box of 12',
          },
          category: 'christmas-decorations',
          summary: {
            zh: '塑料吹塑成型，亮面、哑光、闪粉三种工艺混装，摔不碎，适合家庭与商场布置。',
            en: 'Blow-moulded plastic in a mix of shiny, matte and glitter finishes. They will not shatter, so they suit homes and shopping-centre displays alike.',
          },
          moq: 500,
          unit: 'box',
          currency: 'USD',
          tiers: [
            [500, 1999, 2.1],
            [2000, 4999, 1.85],
            [5000, null, 1.6],
          ],
          leadTimeDays: 30,
          sampleAvailable: true,
          customisation: ['colour', 'packaging', 'logo'],
          specs: [
            { key: { zh: '直径', en: 'Diameter' }, value: { zh: '6 厘米', en: '6 cm' } },
            { key: { zh: '材质', en: 'Material' }, value: { zh: 'PS 塑料', en: 'PS plastic' } },
            {
              key: { zh: '包装', en: 'Packing' },
              value: { zh: 'PVC 开窗盒，12 只/盒', en: 'PVC window box, 12 per box' },
            },
          ],
        },
        {
          slug: 'xingcai-led-pine-garland',
          sku: 'YW-XC-002',
          name: { zh: '1.8 米 LED 松针花环', en: '1.8 m LED Pine Garland' },
          category: 'christmas-decorations',
          summary: {
            zh: '仿真松针搭配暖白 LED 灯珠，电池盒带定时功能，可用于门廊、壁炉和楼梯扶手。',
            en: 'Lifelike pine needles with warm-white LEDs and a battery box with timer, for porches, mantelpieces and banisters.',
          },
          moq: 300,
          unit: 'piece',
          currency: 'USD',
          tiers: [
            [300, 999, 4.8],
            [1000, 2999, 4.3],
            [3000, null, 3.9],
          ],
          leadTimeDays: 35,
          sampleAvailable: true,
          customisation: ['packaging', 'size'],
          specs: [
            { key: { zh: '长度', en: 'Length' }, value: { zh: '1.8 米', en: '1.8 m' } },
            { key: { zh: '灯珠', en: 'LEDs' }, value: { zh: '40 颗暖白光', en: '40 warm white' } },
            {
              key: { zh: '供电', en: 'Power' },
              value: { zh: '3 节 AA 电池，6 小时定时', en: '3 × AA batteries, 6-hour timer' },
            },
            {
              key: { zh: '材质', en: 'Material' },
              value: { zh: 'PE 仿真松针', en: 'PE moulded pine needles' },
            },
          ],
        },
      ],
    },
    {
      slug: 'yiwu-wenlin',
      name: { zh: '义乌市文林文具有限公司', en: 'Yiwu Wenlin Stationery Co., Ltd.' },
      summary: {
        zh: '集注塑、印刷、装订于一体的文具工厂，主营中性笔、笔记本和学生套装，长期供应中东、非洲及拉美批发商。',
        en: 'A stationery maker with injection moulding, printing and binding under one roof. Gel pens, notebooks and school sets for wholesalers in the Middle East, Africa and Latin America.',
      },
      mainProducts: {
        zh: '中性笔、笔记本、学生文具套装',
        en: 'Gel pens, notebooks, school stationery sets',
      },
      address: {
        zh: '浙江省义乌市佛堂镇文具产业园 6 幢',
        en: 'Building 6, Stationery Industrial Park, Fotang, Yiwu, Zhejiang',
      },
      location: { lat: 29.212, lng: 120.043 },
      foundedYear: 1998,
      staffCount: 420,
      capabilities: ['oem', 'own-brand'],
      exportMarkets: ['middle-east', 'africa', 'southeast-asia', 'latin-america'],
      capacity: { amount: 3000000, unit: { zh: '支', en: 'pens' }, period: 'month' },
      certifications: [
        { name: 'ISO 9001', issuer: 'CQC' },
        { name: 'SEDEX', issuer: 'Sedex (SMETA audit)' },
      ],
      verified: false,
      contact: {
        person: '吴晓燕',
        phone: '+86 579 8532 7718',
        email: 'sales@yiwu-wenlin.example.cn',
      },
      products: [
        {
          slug: 'wenlin-gel-pens',
          sku: 'YW-WL-001',
          name: {
            zh: '0.5 毫米按动中性笔（12 支/盒）',
            en: '0.5 mm Retractable Gel Pens, Box of 12',
          },
          category: 'stationery',
          summary: {
            zh: '子弹头笔尖，书写顺滑不断墨，笔杆可印制客户 Logo，适合学校和办公采购。',
            en: 'Bullet tip with smooth, skip-free ink; the barrel can carry your logo. Made for school and office supply.',
          },
          moq: 1000,
          unit: 'box',
          currency: 'CNY',
          tiers: [
            [1000, 4999, 9.6],
            [5000, 19999, 8.8],
            [20000, null, 8.2],
          ],
          leadTimeDays: 20,
          sampleAvailable: true,
          customisation: ['logo', 'colour', 'packaging'],
          specs: [
            {
              key: { zh: '笔尖', en: 'Tip' },
              value: { zh: '0.5 毫米子弹头', en: '0.5 mm bullet tip' },
            },
            {
              key: { zh: '墨水颜色', en: 'Ink colours' },
              value: { zh: '黑、蓝、红', en: 'Black, blue, red' },
            },
            {
              key: { zh: '书写长度', en: 'Writing length' },
              value: { zh: '约 500 米', en: 'About 500 m' },
            },
          ],
        },
        {
          slug: 'wenlin-a5-notebook',
          sku: 'YW-WL-002',
          name: { zh: 'A5 牛皮纸封面笔记本', en: 'A5 Kraft Cover Notebook' },
          category: 'stationery',
          summary: {
            zh: '80 克道林纸内页，锁线装订可平摊，封面支持烫金与丝印。',
            en: '80 gsm woodfree paper, thread-sewn binding that lies flat, cover ready for hot-foil or screen printing.',
          },
          moq: 2000,
          unit: 'piece',
          currency: 'CNY',
          tiers: [
            [2000, 9999, 3.2],
            [10000, 29999, 2.85],
            [30000, null, 2.5],
          ],
          leadTimeDays: 18,
          sampleAvailable: true,
          customisation: ['logo', 'design', 'packaging'],
          specs: [
            {
              key: { zh: '尺寸', en: 'Size' },
              value: { zh: 'A5（148 × 210 毫米）', en: 'A5 (148 × 210 mm)' },
            },
            { key: { zh: '页数', en: 'Pages' }, value: { zh: '96 页横线', en: '96 lined pages' } },
            {
              key: { zh: '内页纸张', en: 'Paper' },
              value: { zh: '80 克道林纸', en: '80 gsm woodfree' },
            },
          ],
        },
      ],
    },
    {
      slug: 'yiwu-meiyue',
      name: { zh: '义乌市美悦饰品有限公司', en: 'Yiwu Meiyue Accessories Co., Ltd.' },
      summary: {
        zh: '年轻的发饰设计工厂，紧跟社交平台潮流，每周上新，支持小单快反和买家来图定制。',
        en: 'A young hair-accessory design studio and factory that follows social-media trends, launches new styles every week and handles small, fast repeat orders and designs from buyers’ own artwork.',
      },
      mainProducts: {
        zh: '抓夹、发圈、发箍、发夹',
        en: 'Claw clips, scrunchies, headbands, hair clips',
      },
      address: {
        zh: '浙江省义乌市北苑街道春华路 233 号',
        en: '233 Chunhua Road, Beiyuan Subdistrict, Yiwu, Zhejiang',
      },
      location: { lat: 29.331, lng: 120.087 },
      foundedYear: 2012,
      staffCount: 150,
      capabilities: ['odm', 'own-brand', 'c2m'],
      exportMarkets: ['domestic', 'japan-korea', 'southeast-asia', 'europe'],
      capacity: { amount: 500000, unit: { zh: '件', en: 'pieces' }, period: 'month' },
      certifications: [{ name: 'BSCI', issuer: 'amfori' }],
      verified: false,
      contact: {
        person: '何美玲',
        phone: '+86 579 8557 2046',
        email: 'sales@yiwu-meiyue.example.cn',
      },
      products: [
        {
          slug: 'meiyue-claw-clips',
          sku: 'YW-MY-001',
          name: { zh: '醋酸纹理大号抓夹', en: 'Large Acetate-Look Claw Clip' },
          category: 'hair-accessories',
          summary: {
            zh: '玳瑁与奶油色系，弹簧加厚不易断，长发、厚发也能稳稳固定。',
            en: 'Tortoiseshell and cream tones with a reinforced spring that holds long, thick hair securely.',
          },
          moq: 1200,
          unit: 'piece',
          currency: 'USD',
          tiers: [
            [1200, 4999, 0.38],
            [5000, 19999, 0.32],
            [20000, null, 0.27],
          ],
          leadTimeDays: 15,
          sampleAvailable: true,
          customisation: ['colour', 'packaging', 'design'],
          specs: [
            { key: { zh: '尺寸', en: 'Size' }, value: { zh: '11 厘米', en: '11 cm' } },
            {
              key: { zh: '材质', en: 'Material' },
              value: { zh: 'PC 树脂，不锈钢弹簧', en: 'PC resin, stainless-steel spring' },
            },
            { key: { zh: '颜色', en: 'Colours' }, value: { zh: '8 色可选', en: '8 colours' } },
          ],
        },
        {
          slug: 'meiyue-satin-scrunchies',
          sku: 'YW-MY-002',
          name: { zh: '真丝质感缎面发圈（6 只装）', en: 'Satin Scrunchies, Set of 6' },
          category: 'hair-accessories',
          summary: {
            zh: '柔滑缎面减少头发摩擦与折痕，莫兰迪色组合，附吊卡包装，可直接上架零售。',
            en: 'Smooth satin reduces friction and kinks. Muted colour mix on a hang card, ready for retail shelves.',
          },
          moq: 600,
          unit: 'set',
          currency: 'USD',
          tiers: [
            [600, 2999, 1.2],
            [3000, null, 1.05],
          ],
          leadTimeDays: 12,
          sampleAvailable: true,
          customisation: ['colour', 'packaging', 'logo'],
          specs: [
            { key: { zh: '面料', en: 'Fabric' }, value: { zh: '聚酯缎面', en: 'Polyester satin' } },
            { key: { zh: '直径', en: 'Diameter' }, value: { zh: '约 10 厘米', en: 'About 10 cm' } },
            {
              key: { zh: '包装', en: 'Packing' },
              value: { zh: '6 只/吊卡', en: '6 per hang card' },
            },
          ],
        },
      ],
    },
  ],
  about: {
    title: { zh: '关于义乌小商品产业带', en: 'About the Yiwu small commodities belt' },
    paragraphs: [
      {
        zh: '本门户由义乌市产业带运营中心维护，是义乌工厂面向全球买家的官方窗口。入驻工厂均经过实地走访，认证信息和产能数据定期复核。',
        en: 'This portal is run by the Yiwu industrial belt operations centre as the town’s official window to buyers worldwide. Every listed factory has been visited in person, and its certifications and capacity are reviewed regularly.',
      },
      {
        zh: '买家可以按品类筛选工厂、查看起订量与阶梯价，并通过一对一询盘直接联系工厂，询盘内容仅买卖双方可见。',
        en: 'Buyers can filter factories by category, compare MOQs and price tiers, and contact a factory through a one-to-one inquiry that only the buyer and that factory can see.',
      },
    ],
  },
  campaigns: yiwuCampaigns,
}
