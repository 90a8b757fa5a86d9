import type { BeltDefinition } from '@/seed/types'

export const huludao: BeltDefinition = {
  slug: 'huludao',
  name: { zh: '葫芦岛兴城泳装产业带', en: 'Huludao Xingcheng Swimwear Belt' },
  province: { zh: '辽宁省', en: 'Liaoning' },
  city: { zh: '葫芦岛市兴城市', en: 'Xingcheng, Huludao' },
  specialty: { zh: '泳装', en: 'Swimwear' },
  tagline: {
    zh: '中国泳装名城，海边小城穿出全球泳装潮流',
    en: 'China’s swimwear city: a seaside town dressing beaches around the world',
  },
  story: [
    {
      zh: '兴城是渤海湾畔的滨海古城。上世纪八十年代，当地从几家为外贸公司加工泳衣的小作坊起步，逐步成长为全国最大的泳装生产基地之一。',
      en: 'Xingcheng is an old walled town on the Bohai Sea. In the 1980s a few small workshops began sewing swimsuits for state trading companies, and the town grew into one of China’s largest swimwear production bases.',
    },
    {
      zh: '如今上千家泳装企业在这里集聚，从面料、印花到裁剪缝制一条龙，产品销往欧美、澳洲等地，越来越多工厂开始使用再生面料并打造自主品牌。',
      en: 'More than a thousand swimwear businesses now cluster here, covering fabric, printing, cutting and sewing. Their swimsuits sell across Europe, North America and Australia, and more and more factories are switching to recycled fabrics and building their own brands.',
    },
  ],
  keyFigures: [
    { value: '25%', label: { zh: '全球泳装市场份额', en: 'Of the global swimwear market' } },
    { value: '1,200+', label: { zh: '泳装生产企业', en: 'Swimwear makers' } },
    { value: '30+', label: { zh: '出口国家和地区', en: 'Export countries and regions' } },
  ],
  branding: { primaryColour: '#0B4F8A', accentColour: '#4DD0E1' },
  domains: ['xingcheng-swim.chandi.test'],
  defaultLocale: 'zh',
  timeZone: 'Asia/Shanghai',
  published: true,
  categories: [
    { slug: 'swimwear', name: { zh: '泳装', en: 'Swimwear' } },
    {
      slug: 'one-piece-swimsuits',
      name: { zh: '连体泳衣', en: 'One-piece swimsuits' },
      parent: 'swimwear',
    },
    { slug: 'bikinis', name: { zh: '比基尼', en: 'Bikinis' }, parent: 'swimwear' },
    { slug: 'kids-swimwear', name: { zh: '儿童泳装', en: 'Kids’ swimwear' }, parent: 'swimwear' },
  ],
  factories: [
    {
      slug: 'huludao-haiyun',
      name: { zh: '兴城市海韵泳装有限公司', en: 'Xingcheng Haiyun Swimwear Co., Ltd.' },
      summary: {
        zh: '兴城较早取得 BSCI 审核的泳装出口工厂，拥有数码印花车间和立体剪裁版房，主营女士连体泳衣与比基尼。',
        en: 'One of Xingcheng’s first BSCI-audited swimwear exporters, with its own digital printing shop and a pattern room for shaped cuts. We specialise in women’s one-pieces and bikinis.',
      },
      mainProducts: {
        zh: '女士连体泳衣、比基尼、沙滩罩衫',
        en: 'Women’s one-piece swimsuits, bikinis, beach cover-ups',
      },
      address: {
        zh: '辽宁省葫芦岛市兴城市泳装产业园区海滨路 66 号',
        en: '66 Haibin Road, Swimwear Industrial Park, Xingcheng, Huludao, Liaoning',
      },
      location: { lat: 40.612, lng: 120.742 },
      foundedYear: 1999,
      staffCount: 360,
      capabilities: ['oem', 'odm'],
      exportMarkets: ['europe', 'north-america', 'oceania', 'russia-cis'],
      capacity: { amount: 200000, unit: { zh: '件', en: 'pieces' }, period: 'month' },
      certifications: [
        { name: 'BSCI', issuer: 'amfori' },
        { name: 'OEKO-TEX Standard 100', issuer: 'OEKO-TEX' },
        { name: 'GRS (Global Recycled Standard)', issuer: 'Control Union' },
      ],
      verified: true,
      contact: {
        person: '孙海燕',
        phone: '+86 429 5421 3876',
        email: 'sales@huludao-haiyun.example.cn',
      },
      products: [
        {
          slug: 'haiyun-ruched-one-piece',
          sku: 'HLD-HY-001',
          name: { zh: '女士褶皱收腹连体泳衣', en: 'Women’s Ruched Tummy-Control One-Piece' },
          category: 'one-piece-swimsuits',
          summary: {
            zh: '侧边褶皱修饰腰线，内置可拆卸胸垫，抗氯面料耐泳池消毒水。',
            en: 'Side ruching flatters the waist, with removable cups and chlorine-resistant fabric that stands up to pool water.',
          },
          moq: 300,
          unit: 'piece',
          currency: 'USD',
          tiers: [
            [300, 999, 8.9],
            [1000, 2999, 8.1],
            [3000, null, 7.4],
          ],
          leadTimeDays: 30,
          sampleAvailable: true,
          customisation: ['logo', 'colour', 'design', 'size'],
          specs: [
            {
              key: { zh: '面料', en: 'Fabric' },
              value: { zh: '82% 锦纶、18% 氨纶', en: '82% nylon, 18% elastane' },
            },
            {
              key: { zh: '防晒', en: 'Sun protection' },
              value: { zh: 'UPF 50+ 防紫外线', en: 'UPF 50+' },
            },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: 'S–3XL 码', en: 'S–3XL' } },
          ],
        },
        {
          slug: 'haiyun-recycled-bikini',
          sku: 'HLD-HY-002',
          name: { zh: '再生锦纶三角比基尼套装', en: 'Recycled Nylon Triangle Bikini Set' },
          category: 'bikinis',
          summary: {
            zh: '采用回收渔网再生锦纶，GRS 认证可追溯，上衣系带可调，适合环保品牌。',
            en: 'Made from regenerated nylon from recovered fishing nets, traceable under GRS, with adjustable ties. A good fit for sustainable brands.',
          },
          moq: 300,
          unit: 'set',
          currency: 'USD',
          tiers: [
            [300, 1499, 7.6],
            [1500, 4999, 6.9],
            [5000, null, 6.3],
          ],
          leadTimeDays: 35,
          sampleAvailable: true,
          customisation: ['logo', 'colour', 'design'],
          specs: [
            {
              key: { zh: '面料', en: 'Fabric' },
              value: { zh: '78% 再生锦纶、22% 氨纶', en: '78% recycled nylon, 22% elastane' },
            },
            { key: { zh: '内衬', en: 'Lining' }, value: { zh: '全衬里', en: 'Fully lined' } },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: 'XS–XL 码', en: 'XS–XL' } },
          ],
        },
      ],
    },
    {
      slug: 'huludao-lanbo',
      name: { zh: '兴城市蓝波服饰有限公司', en: 'Xingcheng Lanbo Apparel Co., Ltd.' },
      summary: {
        zh: '专注儿童泳装和防晒服，面料均通过 UPF 50+ 检测，支持国内电商小单定制和日韩客户贴牌。',
        en: 'Kids’ swimwear and sun-protective clothing, with every fabric tested to UPF 50+. We take small custom orders for Chinese online shops and private-label work for Japanese and Korean buyers.',
      },
      mainProducts: {
        zh: '儿童防晒泳衣、女童裙式泳衣、泳帽',
        en: 'Kids’ sun-safe swimsuits, girls’ skirted swimsuits, swim caps',
      },
      address: {
        zh: '辽宁省葫芦岛市兴城市古城街道兴海路 128 号',
        en: '128 Xinghai Road, Gucheng Subdistrict, Xingcheng, Huludao, Liaoning',
      },
      location: { lat: 40.618, lng: 120.728 },
      foundedYear: 2013,
      staffCount: 140,
      capabilities: ['oem', 'own-brand', 'c2m'],
      exportMarkets: ['domestic', 'japan-korea', 'southeast-asia', 'middle-east'],
      capacity: { amount: 60000, unit: { zh: '件', en: 'pieces' }, period: 'month' },
      certifications: [{ name: 'OEKO-TEX Standard 100', issuer: 'OEKO-TEX' }],
      verified: false,
      contact: {
        person: '赵丽娜',
        phone: '+86 429 5437 0912',
        email: 'sales@huludao-lanbo.example.cn',
      },
      products: [
        {
          slug: 'lanbo-upf50-rash-suit',
          sku: 'HLD-LB-001',
          name: { zh: '儿童长袖连体防晒泳衣', en: 'Kids’ Long-Sleeve UPF 50+ Swimsuit' },
          category: 'kids-swimwear',
          summary: {
            zh: '长袖连体设计全面遮挡紫外线，背部拉链方便穿脱，卡通印花孩子喜欢。',
            en: 'Long sleeves and full coverage against UV, a back zip for easy dressing and cartoon prints children love.',
          },
          moq: 200,
          unit: 'piece',
          currency: 'CNY',
          tiers: [
            [200, 999, 42],
            [1000, 2999, 38],
            [3000, null, 35],
          ],
          leadTimeDays: 20,
          sampleAvailable: true,
          customisation: ['design', 'colour', 'logo'],
          specs: [
            {
              key: { zh: '面料', en: 'Fabric' },
              value: { zh: '80% 锦纶、20% 氨纶', en: '80% nylon, 20% elastane' },
            },
            {
              key: { zh: '防晒', en: 'Sun protection' },
              value: { zh: 'UPF 50+ 防紫外线', en: 'UPF 50+' },
            },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: '90–150 厘米', en: '90–150 cm' } },
          ],
        },
        {
          slug: 'lanbo-girls-skirted-swimsuit',
          sku: 'HLD-LB-002',
          name: { zh: '女童裙式连体泳衣', en: 'Girls’ Skirted One-Piece Swimsuit' },
          category: 'kids-swimwear',
          summary: {
            zh: '荷叶边小裙摆，内含安全短裤，面料柔软有弹性，游泳和海边拍照都好看。',
            en: 'A frilled skirt over built-in shorts in soft, stretchy fabric: ready for swimming lessons and beach photos.',
          },
          moq: 300,
          unit: 'piece',
          currency: 'CNY',
          tiers: [
            [300, 1499, 35],
            [1500, 4999, 32],
            [5000, null, 29],
          ],
          leadTimeDays: 18,
          sampleAvailable: true,
          customisation: ['design', 'colour', 'size'],
          specs: [
            {
              key: { zh: '面料', en: 'Fabric' },
              value: { zh: '82% 锦纶、18% 氨纶', en: '82% nylon, 18% elastane' },
            },
            {
              key: { zh: '款式', en: 'Style' },
              value: { zh: '裙式连体，内含短裤', en: 'Skirted one-piece with shorts' },
            },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: '2–12 岁', en: 'Ages 2–12' } },
          ],
        },
      ],
    },
  ],
  about: {
    title: { zh: '关于兴城泳装产业带', en: 'About the Xingcheng swimwear belt' },
    paragraphs: [
      {
        zh: '本门户由兴城市泳装产业发展服务中心运营，是兴城泳装企业对外展示与接单的官方窗口。',
        en: 'This portal is run by the Xingcheng swimwear industry development centre as the official window through which the town’s swimwear makers present themselves and take orders.',
      },
      {
        zh: '泳装生产季节性强，每年秋冬是来年夏季订单的打样高峰。建议买家尽早询盘，锁定面料与产能。',
        en: 'Swimwear is highly seasonal: autumn and winter are the busiest sampling months for the following summer. We recommend sending inquiries early to secure fabric and capacity.',
      },
    ],
  },
}
