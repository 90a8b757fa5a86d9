import type { BeltDefinition } from '@/seed/types'

import { zhiliCampaigns } from './campaigns'

export const zhili: BeltDefinition = {
  slug: 'zhili',
  name: { zh: '织里童装产业带', en: 'Zhili Children’s Wear Belt' },
  province: { zh: '浙江省', en: 'Zhejiang' },
  city: { zh: '湖州市吴兴区织里镇', en: 'Zhili, Wuxing, Huzhou' },
  specialty: { zh: '童装', en: 'Children’s clothing' },
  tagline: {
    zh: '中国童装之都，全球约三成童装出自织里',
    en: 'China’s children’s wear capital: about 30% of the world’s kids’ clothing is made here',
  },
  story: [
    {
      zh: '织里地处太湖南岸，所在的湖州自古有“丝绸之府”之称。八十年代起，当地人从绣花枕套做起，逐步转向童装，如今形成从面料、辅料、设计到加工、物流的完整产业链。',
      en: 'Zhili sits on the southern shore of Lake Tai, in Huzhou, long known as the home of Chinese silk. In the 1980s local families moved from embroidered pillowcases to children’s clothing, and the town now holds the whole chain: fabrics, trims, design, sewing and logistics.',
    },
    {
      zh: '今天，全球约 30% 的童装产自织里。上万家企业小单快反、款式丰富，既为国内电商品牌供货，也为欧美日韩客户提供贴牌和设计开发。',
      en: 'Today about 30% of the world’s children’s clothing comes from Zhili. Over ten thousand businesses turn small orders around quickly in a huge range of styles, supplying Chinese e-commerce brands and developing private-label lines for buyers in Europe, North America, Japan and Korea.',
    },
  ],
  keyFigures: [
    { value: '30%', label: { zh: '全球童装产自织里', en: 'Of the world’s children’s clothing' } },
    { value: '14,000+', label: { zh: '童装相关企业', en: 'Children’s wear businesses' } },
    { value: '200,000+', label: { zh: '从业人员', en: 'People employed' } },
  ],
  branding: { primaryColour: '#6A2C8E', accentColour: '#FFC857' },
  domains: ['zhili-kids.chandi.test'],
  defaultLocale: 'zh',
  timeZone: 'Asia/Shanghai',
  published: true,
  categories: [
    { slug: 'kids-wear', name: { zh: '童装', en: 'Children’s wear' } },
    { slug: 'baby-wear', name: { zh: '婴幼儿服装', en: 'Babywear' }, parent: 'kids-wear' },
    {
      slug: 'girls-dresses',
      name: { zh: '女童连衣裙', en: 'Girls’ dresses' },
      parent: 'kids-wear',
    },
    {
      slug: 'kids-outerwear',
      name: { zh: '儿童外套', en: 'Kids’ outerwear' },
      parent: 'kids-wear',
    },
  ],
  factories: [
    {
      slug: 'zhili-hengyuan',
      name: {
        zh: '湖州织里恒源童装有限公司',
        en: 'Huzhou Zhili Hengyuan Children’s Wear Co., Ltd.',
      },
      summary: {
        zh: '专做 0–3 岁婴幼儿纯棉服装，面料全部通过 OEKO-TEX 检测，拥有独立验货与洗水测试室，长期服务欧洲母婴连锁。',
        en: 'Pure-cotton clothing for babies aged 0–3, with every fabric OEKO-TEX tested. Our own inspection and wash-test lab has served European mother-and-baby chains for years.',
      },
      mainProducts: {
        zh: '婴儿连体衣、包屁衣、睡袋、家居套装',
        en: 'Baby rompers, bodysuits, sleeping bags, loungewear sets',
      },
      address: {
        zh: '浙江省湖州市吴兴区织里镇康泰路 88 号',
        en: '88 Kangtai Road, Zhili, Wuxing District, Huzhou, Zhejiang',
      },
      location: { lat: 30.838, lng: 120.262 },
      foundedYear: 2005,
      staffCount: 320,
      capabilities: ['oem', 'odm'],
      exportMarkets: ['europe', 'north-america', 'japan-korea'],
      capacity: { amount: 600000, unit: { zh: '件', en: 'pieces' }, period: 'month' },
      certifications: [
        { name: 'OEKO-TEX Standard 100', issuer: 'OEKO-TEX' },
        { name: 'BSCI', issuer: 'amfori' },
        { name: 'ISO 9001', issuer: 'TÜV SÜD' },
      ],
      verified: true,
      contact: {
        person: '沈国强',
        phone: '+86 572 3156 2208',
        email: 'sales@zhili-hengyuan.example.cn',
      },
      products: [
        {
          slug: 'hengyuan-cotton-romper',
          sku: 'ZL-HY-001',
          name: { zh: '婴儿纯棉长袖连体衣', en: 'Baby Cotton Long-Sleeve Romper' },
          category: 'baby-wear',
          summary: {
            zh: '精梳棉罗纹面料，前开按扣方便换尿布，领口无标签设计，呵护宝宝娇嫩肌肤。',
            en: 'Combed-cotton rib with front snaps for easy nappy changes and a tagless neckline that is gentle on a baby’s skin.',
          },
          moq: 500,
          unit: 'piece',
          currency: 'USD',
          tiers: [
            [500, 1999, 3.6],
            [2000, 4999, 3.2],
            [5000, null, 2.9],
          ],
          leadTimeDays: 30,
          sampleAvailable: true,
          customisation: ['logo', 'colour', 'packaging', 'design'],
          specs: [
            {
              key: { zh: '面料', en: 'Fabric' },
              value: { zh: '100% 精梳棉', en: '100% combed cotton' },
            },
            { key: { zh: '克重', en: 'Weight' }, value: { zh: '180 克/平方米', en: '180 gsm' } },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: '0–24 个月', en: '0–24 months' } },
          ],
        },
        {
          slug: 'hengyuan-bodysuit-3-pack',
          sku: 'ZL-HY-002',
          name: { zh: '婴儿短袖包屁衣三件套', en: 'Baby Short-Sleeve Bodysuits, 3-Pack' },
          category: 'baby-wear',
          summary: {
            zh: '信封领设计便于穿脱，印花采用环保水浆，三件一组搭配，适合商超与电商渠道。',
            en: 'Envelope neck for easy dressing and eco-friendly water-based prints, packed in coordinated sets of three for supermarkets and online shops.',
          },
          moq: 300,
          unit: 'set',
          currency: 'USD',
          tiers: [
            [300, 1499, 6.8],
            [1500, null, 6.1],
          ],
          leadTimeDays: 35,
          sampleAvailable: true,
          customisation: ['logo', 'design', 'packaging'],
          specs: [
            {
              key: { zh: '面料', en: 'Fabric' },
              value: { zh: '95% 棉 5% 氨纶', en: '95% cotton, 5% elastane' },
            },
            {
              key: { zh: '印花', en: 'Print' },
              value: { zh: '水浆印花', en: 'Water-based print' },
            },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: '0–18 个月', en: '0–18 months' } },
          ],
        },
      ],
    },
    {
      slug: 'zhili-xiaoyun',
      name: { zh: '织里小云朵服饰有限公司', en: 'Zhili Xiaoyun Apparel Co., Ltd.' },
      summary: {
        zh: '自有设计团队的女童裙装工厂，每季开发两百余款，支持直播电商小单快反，七天可完成翻单。',
        en: 'A girls’ dress maker with its own design team, creating more than 200 styles a season. It runs small, fast batches for livestream shops and can ship a repeat order in seven days.',
      },
      mainProducts: {
        zh: '女童连衣裙、公主裙、半身裙',
        en: 'Girls’ dresses, party dresses, skirts',
      },
      address: {
        zh: '浙江省湖州市吴兴区织里镇珍贝路 516 号',
        en: '516 Zhenbei Road, Zhili, Wuxing District, Huzhou, Zhejiang',
      },
      location: { lat: 30.846, lng: 120.271 },
      foundedYear: 2011,
      staffCount: 160,
      capabilities: ['odm', 'own-brand', 'c2m'],
      exportMarkets: ['domestic', 'southeast-asia', 'middle-east'],
      capacity: { amount: 150000, unit: { zh: '件', en: 'pieces' }, period: 'month' },
      certifications: [{ name: 'OEKO-TEX Standard 100', issuer: 'OEKO-TEX' }],
      verified: false,
      contact: {
        person: '钱晓云',
        phone: '+86 572 3178 6641',
        email: 'sales@zhili-xiaoyun.example.cn',
      },
      products: [
        {
          slug: 'xiaoyun-tulle-party-dress',
          sku: 'ZL-XY-001',
          name: { zh: '女童蓬蓬纱公主裙', en: 'Girls’ Tulle Party Dress' },
          category: 'girls-dresses',
          summary: {
            zh: '三层网纱裙摆，内衬纯棉不扎肌肤，适合生日会、演出和节日穿着。',
            en: 'Three layers of tulle over a soft cotton lining that will not scratch, for birthdays, performances and holidays.',
          },
          moq: 200,
          unit: 'piece',
          currency: 'CNY',
          tiers: [
            [200, 999, 68],
            [1000, 2999, 62],
            [3000, null, 56],
          ],
          leadTimeDays: 15,
          sampleAvailable: true,
          customisation: ['colour', 'size', 'logo'],
          specs: [
            {
              key: { zh: '面料', en: 'Fabric' },
              value: { zh: '网纱外层，纯棉内衬', en: 'Tulle shell, cotton lining' },
            },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: '90–150 厘米', en: '90–150 cm' } },
            {
              key: { zh: '颜色', en: 'Colours' },
              value: { zh: '粉色、香槟、浅蓝', en: 'Pink, champagne, pale blue' },
            },
          ],
        },
        {
          slug: 'xiaoyun-floral-cotton-dress',
          sku: 'ZL-XY-002',
          name: { zh: '女童碎花纯棉连衣裙', en: 'Girls’ Floral Cotton Dress' },
          category: 'girls-dresses',
          summary: {
            zh: '透气府绸面料，泡泡袖搭配腰部松紧，日常上学与出游都合适。',
            en: 'Breathable cotton poplin with puff sleeves and an elasticated waist, made for school days and outings.',
          },
          moq: 300,
          unit: 'piece',
          currency: 'CNY',
          tiers: [
            [300, 1499, 39],
            [1500, 4999, 35],
            [5000, null, 32],
          ],
          leadTimeDays: 12,
          sampleAvailable: true,
          customisation: ['design', 'colour', 'size'],
          specs: [
            {
              key: { zh: '面料', en: 'Fabric' },
              value: { zh: '100% 棉府绸', en: '100% cotton poplin' },
            },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: '100–140 厘米', en: '100–140 cm' } },
            { key: { zh: '季节', en: 'Season' }, value: { zh: '春夏', en: 'Spring/summer' } },
          ],
        },
      ],
    },
    {
      slug: 'zhili-beiqi',
      name: { zh: '湖州贝琪童装有限公司', en: 'Huzhou Beiqi Kidswear Co., Ltd.' },
      summary: {
        zh: '以儿童羽绒服和功能外套见长，配备自动充绒机与防水压胶设备，出口俄罗斯和东欧多年。',
        en: 'Specialists in children’s down jackets and technical outerwear, with automatic down-filling and seam-taping machines. Exporting to Russia and Eastern Europe for years.',
      },
      mainProducts: {
        zh: '儿童羽绒服、棉服、防风外套',
        en: 'Kids’ down jackets, padded coats, windbreakers',
      },
      address: {
        zh: '浙江省湖州市吴兴区织里镇利济东路 1200 号',
        en: '1200 Liji East Road, Zhili, Wuxing District, Huzhou, Zhejiang',
      },
      location: { lat: 30.829, lng: 120.283 },
      foundedYear: 2016,
      staffCount: 210,
      capabilities: ['oem'],
      exportMarkets: ['russia-cis', 'europe', 'domestic'],
      capacity: { amount: 80000, unit: { zh: '件', en: 'pieces' }, period: 'month' },
      certifications: [
        { name: 'ISO 9001', issuer: 'Bureau Veritas' },
        { name: 'BSCI', issuer: 'amfori' },
      ],
      verified: false,
      contact: {
        person: '朱建明',
        phone: '+86 572 3192 0573',
        email: 'sales@zhili-beiqi.example.cn',
      },
      products: [
        {
          slug: 'beiqi-hooded-down-jacket',
          sku: 'ZL-BQ-001',
          name: { zh: '儿童连帽白鸭绒羽绒服', en: 'Kids’ Hooded Duck-Down Jacket' },
          category: 'kids-outerwear',
          summary: {
            zh: '90% 白鸭绒填充，面料防泼水，帽檐可拆卸，零下二十度依然保暖。',
            en: 'Filled with 90% white duck down under a water-repellent shell with a detachable hood, warm down to minus 20 °C.',
          },
          moq: 300,
          unit: 'piece',
          currency: 'USD',
          tiers: [
            [300, 999, 16.5],
            [1000, 2999, 15.2],
            [3000, null, 14],
          ],
          leadTimeDays: 40,
          sampleAvailable: true,
          customisation: ['logo', 'colour', 'size'],
          specs: [
            {
              key: { zh: '填充物', en: 'Filling' },
              value: { zh: '90% 白鸭绒', en: '90% white duck down' },
            },
            {
              key: { zh: '面料', en: 'Shell' },
              value: { zh: '防泼水尼龙', en: 'Water-repellent nylon' },
            },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: '110–160 厘米', en: '110–160 cm' } },
          ],
        },
        {
          slug: 'beiqi-waterproof-windbreaker',
          sku: 'ZL-BQ-002',
          name: { zh: '儿童防水冲锋衣', en: 'Kids’ Waterproof Windbreaker' },
          category: 'kids-outerwear',
          summary: {
            zh: '全压胶工艺，袖口魔术贴可调节，配反光条，适合上学和户外活动。',
            en: 'Fully taped seams, adjustable hook-and-loop cuffs and reflective trims for school runs and outdoor play.',
          },
          moq: 500,
          unit: 'piece',
          currency: 'USD',
          tiers: [
            [500, 1999, 7.8],
            [2000, null, 7.1],
          ],
          leadTimeDays: 30,
          sampleAvailable: false,
          customisation: ['logo', 'colour'],
          specs: [
            {
              key: { zh: '防水指数', en: 'Waterproof rating' },
              value: { zh: '5000 毫米', en: '5,000 mm' },
            },
            {
              key: { zh: '面料', en: 'Fabric' },
              value: { zh: '涤纶复合 TPU 膜', en: 'Polyester with TPU membrane' },
            },
            { key: { zh: '尺码', en: 'Sizes' }, value: { zh: '100–160 厘米', en: '100–160 cm' } },
            {
              key: { zh: '安全设计', en: 'Safety' },
              value: { zh: '反光条', en: 'Reflective trims' },
            },
          ],
        },
      ],
    },
  ],
  about: {
    title: { zh: '关于织里童装产业带', en: 'About the Zhili children’s wear belt' },
    paragraphs: [
      {
        zh: '本门户由织里镇童装产业服务中心运营，集中展示经过走访核实的童装工厂，帮助海内外买家找到靠谱的源头供应商。',
        en: 'This portal is operated by the Zhili children’s wear industry service centre. It showcases factories we have visited and checked, so that buyers at home and abroad can find reliable suppliers at the source.',
      },
      {
        zh: '童装安全标准各国不同，请在询盘中注明目标市场，工厂会据此提供相应的检测报告与面料方案。',
        en: 'Safety standards for children’s clothing differ by country. Please name your target market in your inquiry and the factory will propose matching test reports and fabrics.',
      },
    ],
  },
  campaigns: zhiliCampaigns,
}
