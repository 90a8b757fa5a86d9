import type { BeltDefinition } from '@/seed/types'

export const baigou: BeltDefinition = {
  slug: 'baigou',
  name: { zh: '白沟箱包产业带', en: 'Baigou Bags & Luggage Belt' },
  province: { zh: '河北省', en: 'Hebei' },
  city: { zh: '保定市白沟新城', en: 'Baigou New Town, Baoding' },
  specialty: { zh: '箱包', en: 'Bags and luggage' },
  tagline: {
    zh: '北方箱包之都，从拉杆箱到通勤包一站配齐',
    en: 'Northern China’s bag capital: from trolley cases to everyday bags in one place',
  },
  story: [
    {
      zh: '白沟位于京津雄之间，八十年代从走街串巷的箱包小摊起家，逐渐发展为全国最大的箱包生产和批发基地之一，皮革、五金、拉链等配件在镇上就能配齐。',
      en: 'Baigou lies between Beijing, Tianjin and Xiong’an. It began with street-side bag stalls in the 1980s and grew into one of China’s largest bag-making and wholesale hubs, where leather, hardware and zips can all be sourced within the town.',
    },
    {
      zh: '如今数千家箱包企业在这里集聚，既做国内商超和电商的主力款，也承接中东、俄罗斯和非洲客户的贴牌订单，批发市场与工厂相隔不过几公里。',
      en: 'Thousands of bag makers now work here, producing bestsellers for Chinese retailers and online shops as well as private-label orders for buyers in the Middle East, Russia and Africa. The wholesale market and the factories are only a few kilometres apart.',
    },
  ],
  keyFigures: [
    { value: '4,000+', label: { zh: '箱包生产企业', en: 'Bag and luggage makers' } },
    { value: '30,000+', label: { zh: '商户与个体工商户', en: 'Traders and workshops' } },
  ],
  branding: { primaryColour: '#5B3A29', accentColour: '#D9A441' },
  domains: ['baigou-bags.chandi.test'],
  defaultLocale: 'zh',
  timeZone: 'Asia/Shanghai',
  published: true,
  categories: [
    { slug: 'bags-luggage', name: { zh: '箱包', en: 'Bags and luggage' } },
    { slug: 'trolley-cases', name: { zh: '拉杆箱', en: 'Trolley cases' }, parent: 'bags-luggage' },
    { slug: 'handbags', name: { zh: '女士手袋', en: 'Handbags' }, parent: 'bags-luggage' },
    { slug: 'backpacks', name: { zh: '双肩包', en: 'Backpacks' }, parent: 'bags-luggage' },
  ],
  factories: [
    {
      slug: 'baigou-hongda',
      name: {
        zh: '高碑店市宏达箱包制造有限公司',
        en: 'Gaobeidian Hongda Luggage Manufacturing Co., Ltd.',
      },
      summary: {
        zh: '白沟较早引进全自动吸塑线的拉杆箱工厂，箱壳、拉杆、万向轮均可自制，出厂前逐只做拉杆疲劳与跌落测试。',
        en: 'One of the first trolley-case factories in Baigou with fully automatic vacuum-forming lines. Shells, handles and spinner wheels are made in-house, and every case is fatigue- and drop-tested before it leaves.',
      },
      mainProducts: {
        zh: 'ABS/PC 拉杆箱、登机箱、旅行箱套装',
        en: 'ABS/PC trolley cases, carry-ons, luggage sets',
      },
      address: {
        zh: '河北省保定市白沟新城箱包工业园区和平路 36 号',
        en: '36 Heping Road, Bags Industrial Park, Baigou New Town, Baoding, Hebei',
      },
      location: { lat: 39.128, lng: 116.018 },
      foundedYear: 1995,
      staffCount: 380,
      capabilities: ['oem', 'odm'],
      exportMarkets: ['russia-cis', 'middle-east', 'africa', 'domestic'],
      capacity: { amount: 90000, unit: { zh: '只', en: 'cases' }, period: 'month' },
      certifications: [
        { name: 'ISO 9001', issuer: 'CQC' },
        { name: 'BSCI', issuer: 'amfori' },
      ],
      verified: true,
      contact: {
        person: '张振华',
        phone: '+86 312 2866 4512',
        email: 'sales@baigou-hongda.example.cn',
      },
      products: [
        {
          slug: 'hongda-abs-pc-trolley-set',
          sku: 'BG-HD-001',
          name: {
            zh: 'ABS+PC 拉杆箱三件套（20/24/28 寸）',
            en: 'ABS+PC Trolley Case Set of 3 (20/24/28 in)',
          },
          category: 'trolley-cases',
          summary: {
            zh: '耐刮纹理箱面，铝合金拉杆三档可调，360° 静音万向轮，配 TSA 海关锁。',
            en: 'Scratch-resistant textured shell, three-stage aluminium handle, quiet 360° spinner wheels and a TSA lock.',
          },
          moq: 100,
          unit: 'set',
          currency: 'USD',
          tiers: [
            [100, 499, 58],
            [500, 1499, 52],
            [1500, null, 47],
          ],
          leadTimeDays: 35,
          sampleAvailable: true,
          customisation: ['logo', 'colour', 'packaging'],
          specs: [
            {
              key: { zh: '材质', en: 'Material' },
              value: { zh: 'ABS+PC 复合', en: 'ABS+PC composite' },
            },
            {
              key: { zh: '尺寸', en: 'Sizes' },
              value: { zh: '20、24、28 寸', en: '20, 24 and 28 in' },
            },
            {
              key: { zh: '轮子', en: 'Wheels' },
              value: { zh: '8 个静音万向轮', en: '8 silent spinner wheels' },
            },
            { key: { zh: '锁具', en: 'Lock' }, value: { zh: 'TSA 海关锁', en: 'TSA lock' } },
          ],
        },
        {
          slug: 'hongda-pc-carry-on',
          sku: 'BG-HD-002',
          name: { zh: '20 寸纯 PC 登机箱', en: '20 in Pure PC Carry-On' },
          category: 'trolley-cases',
          summary: {
            zh: '符合多数航空公司登机尺寸，箱体轻至 2.6 公斤，前置 USB 充电口。',
            en: 'Fits most airlines’ cabin limits, weighs just 2.6 kg and has a front USB charging port.',
          },
          moq: 200,
          unit: 'piece',
          currency: 'USD',
          tiers: [
            [200, 799, 21.5],
            [800, 1999, 19.8],
            [2000, null, 18.2],
          ],
          leadTimeDays: 30,
          sampleAvailable: true,
          customisation: ['logo', 'colour'],
          specs: [
            {
              key: { zh: '材质', en: 'Material' },
              value: { zh: '100% 聚碳酸酯（PC）', en: '100% polycarbonate (PC)' },
            },
            {
              key: { zh: '外形尺寸', en: 'Dimensions' },
              value: { zh: '55 × 36 × 23 厘米', en: '55 × 36 × 23 cm' },
            },
            { key: { zh: '重量', en: 'Weight' }, value: { zh: '2.6 公斤', en: '2.6 kg' } },
          ],
        },
      ],
    },
    {
      slug: 'baigou-yaxuan',
      name: { zh: '白沟新城雅轩皮具有限公司', en: 'Baigou Yaxuan Leather Goods Co., Ltd.' },
      summary: {
        zh: '以女包和通勤双肩包为主的设计型工厂，每月上新三十余款，可按买家图纸打版，最快三天出样。',
        en: 'A design-led maker of handbags and commuter backpacks, launching 30-odd styles a month. We work from buyers’ drawings and can turn round a sample in as little as three days.',
      },
      mainProducts: {
        zh: '女士手提包、托特包、电脑双肩包',
        en: 'Handbags, totes, laptop backpacks',
      },
      address: {
        zh: '河北省保定市白沟新城富民路 215 号',
        en: '215 Fumin Road, Baigou New Town, Baoding, Hebei',
      },
      location: { lat: 39.119, lng: 116.031 },
      foundedYear: 2009,
      staffCount: 120,
      capabilities: ['odm', 'own-brand', 'c2m'],
      exportMarkets: ['domestic', 'southeast-asia', 'europe'],
      capacity: { amount: 40000, unit: { zh: '只', en: 'bags' }, period: 'month' },
      certifications: [{ name: 'ISO 9001', issuer: 'SGS' }],
      verified: false,
      contact: {
        person: '李雅婷',
        phone: '+86 312 2835 7093',
        email: 'sales@baigou-yaxuan.example.cn',
      },
      products: [
        {
          slug: 'yaxuan-pu-tote',
          sku: 'BG-YX-001',
          name: { zh: '大容量 PU 皮托特包', en: 'Large PU Leather Tote' },
          category: 'handbags',
          summary: {
            zh: '荔枝纹 PU 面料，内置拉链隔层和手机袋，可放下 14 寸笔记本，通勤百搭。',
            en: 'Pebbled PU with a zipped divider and phone pocket. Fits a 14-inch laptop and goes with any work outfit.',
          },
          moq: 300,
          unit: 'piece',
          currency: 'CNY',
          tiers: [
            [300, 999, 45],
            [1000, 2999, 41],
            [3000, null, 38],
          ],
          leadTimeDays: 20,
          sampleAvailable: true,
          customisation: ['logo', 'colour', 'material', 'design'],
          specs: [
            { key: { zh: '面料', en: 'Material' }, value: { zh: '荔枝纹 PU', en: 'Pebbled PU' } },
            {
              key: { zh: '尺寸', en: 'Size' },
              value: { zh: '38 × 30 × 14 厘米', en: '38 × 30 × 14 cm' },
            },
            {
              key: { zh: '五金', en: 'Hardware' },
              value: { zh: '合金五金，电镀金色', en: 'Gold-plated alloy' },
            },
          ],
        },
        {
          slug: 'yaxuan-laptop-backpack',
          sku: 'BG-YX-002',
          name: { zh: '防盗商务电脑双肩包', en: 'Anti-Theft Laptop Backpack' },
          category: 'backpacks',
          summary: {
            zh: '背部隐藏拉链，侧边 USB 充电接口，防泼水牛津布，可放 15.6 寸笔记本。',
            en: 'Hidden back zip, side USB charging port and water-repellent Oxford fabric. Holds a 15.6-inch laptop.',
          },
          moq: 500,
          unit: 'piece',
          currency: 'USD',
          tiers: [
            [500, 1999, 7.9],
            [2000, 4999, 7.2],
            [5000, null, 6.6],
          ],
          leadTimeDays: 25,
          sampleAvailable: true,
          customisation: ['logo', 'colour', 'packaging'],
          specs: [
            {
              key: { zh: '面料', en: 'Fabric' },
              value: { zh: '900D 防泼水牛津布', en: '900D water-repellent Oxford' },
            },
            { key: { zh: '容量', en: 'Capacity' }, value: { zh: '约 25 升', en: 'About 25 L' } },
            {
              key: { zh: '电脑仓', en: 'Laptop sleeve' },
              value: { zh: '最大 15.6 寸', en: 'Up to 15.6 in' },
            },
          ],
        },
      ],
    },
  ],
  about: {
    title: { zh: '关于白沟箱包产业带', en: 'About the Baigou bags and luggage belt' },
    paragraphs: [
      {
        zh: '本门户由白沟新城箱包产业服务中心运营，是白沟箱包企业面向海内外买家的统一窗口。',
        en: 'This portal is run by the Baigou New Town bags industry service centre as a single window for the town’s bag makers to buyers at home and abroad.',
      },
      {
        zh: '我们定期走访入驻工厂，核实营业执照、认证与产能。已认证工厂在目录中带有标识，买家可放心询价。',
        en: 'We visit listed factories regularly and check their business licences, certifications and capacity. Verified factories carry a badge in the directory, so buyers can ask for quotes with confidence.',
      },
    ],
  },
}
