import type { BeltDefinition } from '@/seed/types'

export const pingdu: BeltDefinition = {
  slug: 'pingdu',
  name: { zh: '平度假睫毛产业带', en: 'Pingdu False Eyelashes Belt' },
  province: { zh: '山东省', en: 'Shandong' },
  city: { zh: '青岛市平度市', en: 'Pingdu, Qingdao' },
  specialty: { zh: '假睫毛', en: 'False eyelashes' },
  tagline: {
    zh: '全球美睫看平度，一对睫毛里的手艺与速度',
    en: 'Where the world’s lashes are made: craft and speed in every pair',
  },
  story: [
    {
      zh: '平度假睫毛产业始于上世纪八十年代的手工来料加工。几十年来，这门“指尖上的手艺”在村镇间代代相传，一位熟练工一天能手工编出数百对睫毛。',
      en: 'Pingdu’s eyelash trade began in the 1980s as hand-finishing work for overseas clients. This fingertip craft has been passed on from village to village ever since, and a skilled worker can hand-tie hundreds of pairs a day.',
    },
    {
      zh: '如今平度已成为全球最大的假睫毛生产基地，产品覆盖条状睫毛、簇状睫毛和嫁接睫毛，许多工厂从代工走向自主品牌，直接服务海外美妆博主和沙龙。',
      en: 'Today Pingdu is the world’s largest false eyelash production base, covering strip, cluster and extension lashes. Many factories have moved from contract work to their own brands, selling directly to overseas beauty creators and salons.',
    },
  ],
  keyFigures: [
    { value: '70%', label: { zh: '全球假睫毛市场份额', en: 'Of the global false eyelash market' } },
    { value: '1,500+', label: { zh: '睫毛生产及贸易企业', en: 'Lash makers and traders' } },
  ],
  branding: { primaryColour: '#8E1F4F', accentColour: '#F4B6C2' },
  domains: ['pingdu-lashes.chandi.test'],
  defaultLocale: 'zh',
  timeZone: 'Asia/Shanghai',
  published: true,
  categories: [
    { slug: 'lashes', name: { zh: '假睫毛', en: 'False eyelashes' } },
    { slug: 'strip-lashes', name: { zh: '整条假睫毛', en: 'Strip lashes' }, parent: 'lashes' },
    {
      slug: 'cluster-lashes',
      name: { zh: '分段簇状睫毛', en: 'Cluster lashes' },
      parent: 'lashes',
    },
    { slug: 'lash-extensions', name: { zh: '嫁接睫毛', en: 'Lash extensions' }, parent: 'lashes' },
  ],
  factories: [
    {
      slug: 'pingdu-meijie',
      name: { zh: '平度市美睫工艺品有限公司', en: 'Pingdu Meijie Lash Crafts Co., Ltd.' },
      summary: {
        zh: '二十余年专注假睫毛手工制作，拥有 600 名熟练技工和十万级无尘包装车间，为北美和中东多家美妆品牌代工。',
        en: 'More than twenty years of hand-made lashes, with 600 skilled lash makers and an ISO Class 8 clean packing room, producing for beauty brands in North America and the Middle East.',
      },
      mainProducts: {
        zh: '3D 仿貂毛条状睫毛、嫁接睫毛、定制睫毛盒',
        en: '3D faux-mink strip lashes, extension lashes, custom lash boxes',
      },
      address: {
        zh: '山东省青岛市平度市经济开发区长江路 168 号',
        en: '168 Changjiang Road, Economic Development Zone, Pingdu, Qingdao, Shandong',
      },
      location: { lat: 36.781, lng: 119.972 },
      foundedYear: 2002,
      staffCount: 600,
      capabilities: ['oem', 'odm', 'own-brand'],
      exportMarkets: ['north-america', 'europe', 'middle-east', 'japan-korea'],
      capacity: { amount: 1500000, unit: { zh: '对', en: 'pairs' }, period: 'month' },
      certifications: [
        { name: 'ISO 9001', issuer: 'SGS' },
        { name: 'ISO 22716 (Cosmetics GMP)', issuer: 'SGS' },
        { name: 'BSCI', issuer: 'amfori' },
      ],
      verified: true,
      contact: {
        person: '王红梅',
        phone: '+86 532 8836 2157',
        email: 'sales@pingdu-meijie.example.cn',
      },
      products: [
        {
          slug: 'meijie-3d-faux-mink',
          sku: 'PD-MJ-001',
          name: { zh: '3D 仿貂毛浓密款条状睫毛', en: '3D Faux Mink Volume Strip Lashes' },
          category: 'strip-lashes',
          summary: {
            zh: '纯手工多层交叉排列，棉线梗柔软贴合，可重复佩戴 20 次以上。',
            en: 'Hand-made in crossed layers on a soft cotton band that follows the lash line, reusable 20 times or more.',
          },
          moq: 500,
          unit: 'pair',
          currency: 'USD',
          tiers: [
            [500, 1999, 0.95],
            [2000, 9999, 0.8],
            [10000, null, 0.68],
          ],
          leadTimeDays: 15,
          sampleAvailable: true,
          customisation: ['logo', 'packaging', 'design'],
          specs: [
            {
              key: { zh: '材质', en: 'Material' },
              value: { zh: 'PBT 仿貂毛纤维', en: 'PBT faux-mink fibre' },
            },
            { key: { zh: '长度', en: 'Length' }, value: { zh: '15–22 毫米', en: '15–22 mm' } },
            { key: { zh: '梗', en: 'Band' }, value: { zh: '黑色棉线梗', en: 'Black cotton band' } },
          ],
        },
        {
          slug: 'meijie-volume-extension-trays',
          sku: 'PD-MJ-002',
          name: {
            zh: '0.07 毫米开花嫁接睫毛（16 排）',
            en: '0.07 mm Easy-Fan Lash Extension Trays (16 Rows)',
          },
          category: 'lash-extensions',
          summary: {
            zh: '一捏即开花，哑光黑色不反光，C/D 卷翘可选，美睫店和美睫师复购率高。',
            en: 'Fans open with a single pinch, matte black with no shine, in C or D curl. A favourite with salons and lash artists.',
          },
          moq: 100,
          unit: 'box',
          currency: 'USD',
          tiers: [
            [100, 499, 3.2],
            [500, 1999, 2.8],
            [2000, null, 2.45],
          ],
          leadTimeDays: 10,
          sampleAvailable: true,
          customisation: ['logo', 'packaging'],
          specs: [
            { key: { zh: '粗细', en: 'Thickness' }, value: { zh: '0.07 毫米', en: '0.07 mm' } },
            { key: { zh: '卷翘', en: 'Curl' }, value: { zh: 'C、D 卷', en: 'C, D' } },
            {
              key: { zh: '长度', en: 'Length' },
              value: { zh: '8–15 毫米混装', en: '8–15 mm mixed' },
            },
            { key: { zh: '每盒', en: 'Per box' }, value: { zh: '16 排', en: '16 rows' } },
          ],
        },
      ],
    },
    {
      slug: 'pingdu-ruiyan',
      name: { zh: '青岛瑞妍美妆用品有限公司', en: 'Qingdao Ruiyan Beauty Products Co., Ltd.' },
      summary: {
        zh: '主打 DIY 簇状睫毛和自然款条状睫毛，自有品牌在海外社交电商上销售，可按博主需求小批量共创新款。',
        en: 'Focused on DIY cluster lashes and natural strip lashes, sold under our own brand on overseas social commerce. We co-create small batches of new styles with beauty creators.',
      },
      mainProducts: {
        zh: 'DIY 簇状睫毛套装、自然款条状睫毛',
        en: 'DIY cluster lash kits, natural strip lashes',
      },
      address: {
        zh: '山东省青岛市平度市同和街道南京路 57 号',
        en: '57 Nanjing Road, Tonghe Subdistrict, Pingdu, Qingdao, Shandong',
      },
      location: { lat: 36.768, lng: 119.955 },
      foundedYear: 2015,
      staffCount: 220,
      capabilities: ['odm', 'own-brand', 'c2m'],
      exportMarkets: ['north-america', 'latin-america', 'africa', 'domestic'],
      capacity: { amount: 400000, unit: { zh: '盒', en: 'boxes' }, period: 'month' },
      certifications: [
        { name: 'ISO 22716 (Cosmetics GMP)', issuer: 'Intertek' },
        { name: 'ISO 9001', issuer: 'CQC' },
      ],
      verified: false,
      contact: {
        person: '刘瑞',
        phone: '+86 532 8837 9026',
        email: 'sales@pingdu-ruiyan.example.cn',
      },
      products: [
        {
          slug: 'ruiyan-diy-cluster-kit',
          sku: 'PD-RY-001',
          name: {
            zh: 'DIY 簇状睫毛套装（含胶与镊子）',
            en: 'DIY Cluster Lash Kit with Bond and Tweezers',
          },
          category: 'cluster-lashes',
          summary: {
            zh: '72 簇混合长度，配睫毛粘合剂、封层与镊子，在家十分钟即可完成接睫。',
            en: '72 clusters in mixed lengths with lash bond, sealant and tweezers: a salon look at home in ten minutes.',
          },
          moq: 300,
          unit: 'box',
          currency: 'USD',
          tiers: [
            [300, 1499, 2.6],
            [1500, 4999, 2.3],
            [5000, null, 2.05],
          ],
          leadTimeDays: 14,
          sampleAvailable: true,
          customisation: ['logo', 'packaging', 'design'],
          specs: [
            { key: { zh: '簇数', en: 'Clusters' }, value: { zh: '72 簇', en: '72' } },
            { key: { zh: '长度', en: 'Length' }, value: { zh: '10–16 毫米', en: '10–16 mm' } },
            {
              key: { zh: '配件', en: 'Includes' },
              value: { zh: '粘合剂、封层、镊子', en: 'Bond, sealant, tweezers' },
            },
          ],
        },
        {
          slug: 'ruiyan-natural-strip',
          sku: 'PD-RY-002',
          name: { zh: '自然裸妆款条状睫毛', en: 'Natural Look Strip Lashes' },
          category: 'strip-lashes',
          summary: {
            zh: '透明梗轻盈无负担，长度适中，日常通勤和新手都容易上手。',
            en: 'A light clear band and moderate length make them easy for everyday wear and for first-time users.',
          },
          moq: 1000,
          unit: 'pair',
          currency: 'USD',
          tiers: [
            [1000, 4999, 0.55],
            [5000, 19999, 0.48],
            [20000, null, 0.42],
          ],
          leadTimeDays: 12,
          sampleAvailable: true,
          customisation: ['logo', 'packaging'],
          specs: [
            { key: { zh: '材质', en: 'Material' }, value: { zh: 'PBT 纤维', en: 'PBT fibre' } },
            { key: { zh: '长度', en: 'Length' }, value: { zh: '8–12 毫米', en: '8–12 mm' } },
            { key: { zh: '梗', en: 'Band' }, value: { zh: '透明梗', en: 'Clear band' } },
          ],
        },
      ],
    },
  ],
  about: {
    title: { zh: '关于平度假睫毛产业带', en: 'About the Pingdu false eyelashes belt' },
    paragraphs: [
      {
        zh: '本门户由平度市假睫毛产业服务中心运营，帮助海外品牌商、批发商和美睫店直接对接平度源头工厂。',
        en: 'This portal is run by the Pingdu false eyelash industry service centre to connect overseas brands, wholesalers and salons directly with factories at the source.',
      },
      {
        zh: '入驻工厂的生产资质与认证均经过核验。假睫毛多为手工制作，旺季排期紧张，建议提前询盘确认交期。',
        en: 'Listed factories’ licences and certifications have been checked. Most lashes are hand-made and peak-season schedules fill up fast, so please send your inquiry early to confirm lead times.',
      },
    ],
  },
}
