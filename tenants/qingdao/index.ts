import type { BeltDefinition } from '@/seed/types'

export const qingdao: BeltDefinition = {
  slug: 'qingdao',
  name: { zh: '青岛发制品产业带', en: 'Qingdao Hair Products Belt' },
  province: { zh: '山东省', en: 'Shandong' },
  city: { zh: '青岛市', en: 'Qingdao' },
  specialty: { zh: '发制品', en: 'Wigs and hair extensions' },
  tagline: {
    zh: '真人发制品出口重镇，每一顶假发都经得起细看',
    en: 'A leading exporter of human-hair products: wigs that stand up to a close look',
  },
  story: [
    {
      zh: '青岛发制品产业起步于上世纪七八十年代的外贸加工。依托港口优势，胶州、即墨、莱西等地逐步形成了从原发整理、染色到手工勾织的完整工艺链。',
      en: 'Qingdao’s hair-products trade grew out of export processing in the 1970s and 1980s. With the port on its doorstep, Jiaozhou, Jimo and Laixi built a complete chain of raw-hair sorting, dyeing and hand-ventilated wig making.',
    },
    {
      zh: '如今青岛是中国高端真人发假发和接发产品的主要出口地之一，产品深受北美和非洲市场欢迎，越来越多工厂通过跨境电商直接面向沙龙和终端消费者。',
      en: 'Today Qingdao is one of China’s main exporters of premium human-hair wigs and extensions, popular in North America and Africa. More and more factories now sell through cross-border e-commerce directly to salons and consumers.',
    },
  ],
  keyFigures: [
    { value: '300+', label: { zh: '发制品生产企业', en: 'Hair-product makers' } },
    { value: '100+', label: { zh: '出口国家和地区', en: 'Export countries and regions' } },
    { value: '40+', label: { zh: '年发制品出口历史', en: 'Years of hair-product exports' } },
  ],
  branding: { primaryColour: '#264653', accentColour: '#E9C46A' },
  domains: ['qingdao-hair.chandi.test'],
  defaultLocale: 'zh',
  timeZone: 'Asia/Shanghai',
  published: false,
  categories: [
    { slug: 'wigs', name: { zh: '假发', en: 'Wigs' } },
    { slug: 'hair-extensions', name: { zh: '接发', en: 'Hair extensions' } },
    { slug: 'lace-wigs', name: { zh: '蕾丝头套', en: 'Lace wigs' }, parent: 'wigs' },
    {
      slug: 'tape-and-tip-extensions',
      name: { zh: '胶带与角蛋白接发', en: 'Tape-in and keratin-tip extensions' },
      parent: 'hair-extensions',
    },
  ],
  factories: [
    {
      slug: 'qingdao-haiyi',
      name: { zh: '青岛海逸发制品有限公司', en: 'Qingdao Haiyi Hair Products Co., Ltd.' },
      summary: {
        zh: '近三十年专注真人发头套与接发，原发逐批分拣、低温染色，蕾丝头套全部手工勾织，为北美沙龙和发品品牌长期供货。',
        en: 'Nearly thirty years of human-hair wigs and extensions. Raw hair is sorted batch by batch and dyed at low temperature, and every lace wig is hand-ventilated. Long-standing supplier to North American salons and hair brands.',
      },
      mainProducts: {
        zh: '真人发蕾丝头套、胶带接发、发片',
        en: 'Human-hair lace wigs, tape-in extensions, hair toppers',
      },
      address: {
        zh: '山东省青岛市胶州市胶西街道发制品工业园 12 号',
        en: '12 Hair Products Industrial Park, Jiaoxi Subdistrict, Jiaozhou, Qingdao, Shandong',
      },
      location: { lat: 36.285, lng: 119.962 },
      foundedYear: 1996,
      staffCount: 700,
      capabilities: ['oem', 'odm', 'own-brand'],
      exportMarkets: ['north-america', 'africa', 'europe', 'middle-east'],
      capacity: { amount: 30000, unit: { zh: '顶', en: 'wigs' }, period: 'month' },
      certifications: [
        { name: 'ISO 9001', issuer: 'SGS' },
        { name: 'BSCI', issuer: 'amfori' },
      ],
      verified: true,
      contact: {
        person: '高文静',
        phone: '+86 532 8721 5563',
        email: 'sales@qingdao-haiyi.example.cn',
      },
      products: [
        {
          slug: 'haiyi-13x4-lace-front-wig',
          sku: 'QD-HY-001',
          name: {
            zh: '13×4 真人发蕾丝前头套（18 英寸）',
            en: '13×4 Human Hair Lace Front Wig, 18 in',
          },
          category: 'lace-wigs',
          summary: {
            zh: '100% 真人原发，毛鳞片同向不打结，HD 透明蕾丝贴合肤色，发际线已预拔处理。',
            en: '100% virgin human hair with aligned cuticles to prevent tangling, HD transparent lace that blends with any skin tone, and a pre-plucked hairline.',
          },
          moq: 20,
          unit: 'piece',
          currency: 'USD',
          tiers: [
            [20, 99, 128],
            [100, 299, 118],
            [300, null, 109],
          ],
          leadTimeDays: 21,
          sampleAvailable: true,
          customisation: ['colour', 'size', 'packaging', 'logo'],
          specs: [
            {
              key: { zh: '发质', en: 'Hair' },
              value: { zh: '100% 真人原发', en: '100% virgin human hair' },
            },
            {
              key: { zh: '蕾丝', en: 'Lace' },
              value: { zh: '13×4 HD 透明蕾丝', en: '13×4 HD transparent lace' },
            },
            {
              key: { zh: '密度', en: 'Density' },
              value: { zh: '180%（浓密）', en: '180% (full)' },
            },
            { key: { zh: '长度', en: 'Length' }, value: { zh: '18 英寸', en: '18 in' } },
          ],
        },
        {
          slug: 'haiyi-remy-tape-in',
          sku: 'QD-HY-002',
          name: {
            zh: 'Remy 真人发无痕胶带接发（20 片装）',
            en: 'Remy Human Hair Tape-In Extensions, 20 Pieces',
          },
          category: 'tape-and-tip-extensions',
          summary: {
            zh: '双拉工艺发尾浓密，医用级胶带牢固不伤发，可重复使用三次以上。',
            en: 'Double-drawn for full ends, with medical-grade tape that holds firmly without damaging hair. Reusable three times or more.',
          },
          moq: 50,
          unit: 'set',
          currency: 'USD',
          tiers: [
            [50, 199, 36],
            [200, 499, 33],
            [500, null, 30.5],
          ],
          leadTimeDays: 14,
          sampleAvailable: true,
          customisation: ['colour', 'size', 'packaging'],
          specs: [
            {
              key: { zh: '发质', en: 'Hair' },
              value: { zh: 'Remy 真人发', en: 'Remy human hair' },
            },
            {
              key: { zh: '每套', en: 'Per pack' },
              value: { zh: '20 片，约 50 克', en: '20 pieces, about 50 g' },
            },
            { key: { zh: '长度', en: 'Length' }, value: { zh: '14–24 英寸', en: '14–24 in' } },
          ],
        },
      ],
    },
    {
      slug: 'qingdao-jinxiu',
      name: { zh: '莱西市锦绣发艺制品有限公司', en: 'Laixi Jinxiu Hair Art Products Co., Ltd.' },
      summary: {
        zh: '以短发波波头和角蛋白接发为主，机制与手工结合控制成本，按跨境卖家的销售数据小批量补货。',
        en: 'Short bob wigs and keratin-tip extensions, combining machine and hand work to keep costs down, with small replenishment batches driven by cross-border sellers’ sales data.',
      },
      mainProducts: {
        zh: '波波头假发、I 型角蛋白接发、发际线头套',
        en: 'Bob wigs, I-tip keratin extensions, hairline wigs',
      },
      address: {
        zh: '山东省青岛市莱西市水集街道烟台路 45 号',
        en: '45 Yantai Road, Shuiji Subdistrict, Laixi, Qingdao, Shandong',
      },
      location: { lat: 36.888, lng: 120.518 },
      foundedYear: 2011,
      staffCount: 260,
      capabilities: ['oem', 'c2m'],
      exportMarkets: ['africa', 'north-america', 'latin-america'],
      capacity: { amount: 12000, unit: { zh: '顶', en: 'wigs' }, period: 'month' },
      certifications: [
        { name: 'ISO 9001', issuer: 'CQC' },
        { name: 'SEDEX', issuer: 'Sedex (SMETA audit)' },
      ],
      verified: false,
      contact: {
        person: '于海涛',
        phone: '+86 532 8848 3071',
        email: 'sales@qingdao-jinxiu.example.cn',
      },
      products: [
        {
          slug: 'jinxiu-bob-wig',
          sku: 'QD-JX-001',
          name: {
            zh: '真人发 T 型蕾丝波波头（10 英寸）',
            en: 'Human Hair T-Part Lace Bob Wig, 10 in',
          },
          category: 'lace-wigs',
          summary: {
            zh: 'T 型中分蕾丝，齐肩直发波波头，免胶设计，新手也能轻松佩戴。',
            en: 'T-part lace with a middle parting and a straight, shoulder-length bob. Glueless, so even first-time wearers can put it on easily.',
          },
          moq: 30,
          unit: 'piece',
          currency: 'USD',
          tiers: [
            [30, 149, 62],
            [150, 499, 57],
            [500, null, 53],
          ],
          leadTimeDays: 15,
          sampleAvailable: true,
          customisation: ['colour', 'size', 'packaging'],
          specs: [
            { key: { zh: '发质', en: 'Hair' }, value: { zh: '真人发', en: 'Human hair' } },
            { key: { zh: '蕾丝', en: 'Lace' }, value: { zh: 'T 型 13×4×1', en: 'T-part 13×4×1' } },
            {
              key: { zh: '密度', en: 'Density' },
              value: { zh: '150%（自然）', en: '150% (natural)' },
            },
          ],
        },
        {
          slug: 'jinxiu-keratin-i-tip',
          sku: 'QD-JX-002',
          name: {
            zh: 'I 型角蛋白接发（100 束）',
            en: 'I-Tip Keratin Hair Extensions, 100 Strands',
          },
          category: 'tape-and-tip-extensions',
          summary: {
            zh: '意大利角蛋白胶头，配合微环或热熔工具使用，发色可按色卡定制。',
            en: 'Italian keratin tips for micro-ring or heat-fusion application, in any shade from our colour chart.',
          },
          moq: 50,
          unit: 'set',
          currency: 'USD',
          tiers: [
            [50, 199, 29],
            [200, 599, 26.5],
            [600, null, 24.5],
          ],
          leadTimeDays: 12,
          sampleAvailable: true,
          customisation: ['colour', 'size'],
          specs: [
            {
              key: { zh: '每套', en: 'Per pack' },
              value: { zh: '100 束，每束 0.5 克', en: '100 strands, 0.5 g each' },
            },
            {
              key: { zh: '胶头', en: 'Tip' },
              value: { zh: '意大利角蛋白', en: 'Italian keratin' },
            },
            { key: { zh: '长度', en: 'Length' }, value: { zh: '16–22 英寸', en: '16–22 in' } },
          ],
        },
      ],
    },
  ],
  about: {
    title: { zh: '关于青岛发制品产业带', en: 'About the Qingdao hair products belt' },
    paragraphs: [
      {
        zh: '本门户由青岛市发制品产业服务平台运营，目前正在筹备上线，入驻工厂资料仍在陆续核验中。',
        en: 'This portal is run by the Qingdao hair products industry service platform. It is still being prepared for launch, and listed factories’ details are being checked one by one.',
      },
      {
        zh: '正式开放后，海内外买家可按发质、款式和出口市场筛选工厂，并通过一对一询盘获取报价与样品。',
        en: 'Once it opens, buyers at home and abroad will be able to filter factories by hair type, style and export market, and request quotes and samples through one-to-one inquiries.',
      },
    ],
  },
}
