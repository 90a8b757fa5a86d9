import type { BeltDefinition } from '@/seed/types'

export const panyu: BeltDefinition = {
  slug: 'panyu',
  name: { zh: '番禺动漫衍生品产业带', en: 'Panyu Anime & ACG Goods Belt' },
  province: { zh: '广东省', en: 'Guangdong' },
  city: { zh: '广州市番禺区', en: 'Panyu, Guangzhou' },
  specialty: { zh: '动漫衍生品', en: 'Anime and ACG merchandise' },
  tagline: {
    zh: '从一张原画到一整套周边，番禺帮你把 IP 做成好货',
    en: 'From a single illustration to a full merch line: Panyu turns IP into products',
  },
  story: [
    {
      zh: '番禺地处粤港澳大湾区腹地，多年来承接港澳与海外的游戏游艺和玩具订单，积累了模具、注塑、印刷和毛绒加工的完整配套。',
      en: 'Panyu sits at the heart of the Greater Bay Area. Decades of toy and amusement-game orders from Hong Kong, Macau and overseas have given it a complete supply base of moulds, injection moulding, printing and plush sewing.',
    },
    {
      zh: '随着国产动漫和游戏 IP 兴起，番禺工厂迅速转向吧唧、亚克力立牌、毛绒公仔和手办等衍生品，能在几周内把一个新角色做成可以上架的周边。',
      en: 'As Chinese anime and game IP took off, Panyu factories moved quickly into badges, acrylic standees, plush toys and figures. They can take a new character from artwork to shelf-ready merchandise in a few weeks.',
    },
  ],
  keyFigures: [
    {
      value: '70%',
      label: { zh: '全国游戏游艺设备产量', en: 'Of China’s amusement and arcade machines' },
    },
    {
      value: '600+',
      label: { zh: '动漫及衍生品企业', en: 'Animation and merchandise businesses' },
    },
  ],
  branding: { primaryColour: '#3D2C8D', accentColour: '#FF6FB5' },
  domains: ['panyu-acg.chandi.test'],
  defaultLocale: 'zh',
  timeZone: 'Asia/Shanghai',
  published: true,
  categories: [
    { slug: 'anime-merch', name: { zh: '动漫周边', en: 'Anime merchandise' } },
    {
      slug: 'badges-acrylic',
      name: { zh: '吧唧与亚克力周边', en: 'Badges and acrylic goods' },
      parent: 'anime-merch',
    },
    { slug: 'plush-toys', name: { zh: '毛绒公仔', en: 'Plush toys' }, parent: 'anime-merch' },
    { slug: 'figures', name: { zh: '手办模型', en: 'Figures' }, parent: 'anime-merch' },
  ],
  factories: [
    {
      slug: 'panyu-xingdong',
      name: {
        zh: '广州市番禺星动文创用品有限公司',
        en: 'Guangzhou Panyu Xingdong Creative Products Co., Ltd.',
      },
      summary: {
        zh: '专做动漫周边小批量定制，拥有 UV 打印、激光切割和马口铁冲压设备，常年服务国内漫展、游戏公司和 IP 授权方。',
        en: 'Small-batch custom anime merchandise with in-house UV printing, laser cutting and tinplate pressing. We work year-round for comic conventions, game studios and IP licensors.',
      },
      mainProducts: {
        zh: '亚克力立牌、马口铁吧唧、镭射票、色纸',
        en: 'Acrylic standees, tinplate badges, holographic tickets, shikishi boards',
      },
      address: {
        zh: '广东省广州市番禺区石碁镇文创产业园 B 栋 3 楼',
        en: '3/F, Building B, Creative Industry Park, Shiji, Panyu, Guangzhou, Guangdong',
      },
      location: { lat: 22.963, lng: 113.447 },
      foundedYear: 2010,
      staffCount: 260,
      capabilities: ['oem', 'odm'],
      exportMarkets: ['domestic', 'japan-korea', 'north-america', 'europe', 'southeast-asia'],
      capacity: { amount: 800000, unit: { zh: '件', en: 'pieces' }, period: 'month' },
      certifications: [
        { name: 'ISO 9001', issuer: 'SGS' },
        { name: 'ICTI Ethical Toy Program', issuer: 'ICTI' },
      ],
      verified: true,
      contact: {
        person: '梁志豪',
        phone: '+86 20 3482 1579',
        email: 'sales@panyu-xingdong.example.cn',
      },
      products: [
        {
          slug: 'xingdong-acrylic-standee',
          sku: 'PY-XD-001',
          name: { zh: '定制双面亚克力立牌', en: 'Custom Double-Sided Acrylic Standee' },
          category: 'badges-acrylic',
          summary: {
            zh: '高透亚克力双面 UV 印刷，可加闪粉、镭射或流麻效果，按角色轮廓激光异形切割。',
            en: 'Clear acrylic with double-sided UV printing and optional glitter, holographic or liquid-sand effects, laser-cut to the character’s outline.',
          },
          moq: 200,
          unit: 'piece',
          currency: 'CNY',
          tiers: [
            [200, 999, 8.5],
            [1000, 4999, 6.8],
            [5000, null, 5.6],
          ],
          leadTimeDays: 10,
          sampleAvailable: true,
          customisation: ['design', 'size', 'packaging'],
          specs: [
            {
              key: { zh: '材质', en: 'Material' },
              value: { zh: '3 毫米高透亚克力', en: '3 mm clear acrylic' },
            },
            { key: { zh: '高度', en: 'Height' }, value: { zh: '10–20 厘米', en: '10–20 cm' } },
            {
              key: { zh: '工艺', en: 'Printing' },
              value: { zh: '双面 UV 印刷', en: 'Double-sided UV' },
            },
          ],
        },
        {
          slug: 'xingdong-tinplate-badges',
          sku: 'PY-XD-002',
          name: { zh: '58 毫米马口铁吧唧', en: '58 mm Tinplate Pin Badges' },
          category: 'badges-acrylic',
          summary: {
            zh: '覆亮膜或镭射膜，背面别针或安全扣可选，单个 OPP 袋包装，适合盲盒与漫展销售。',
            en: 'Gloss or holographic film, pin or safety-clasp back, each in its own OPP bag. Ideal for blind boxes and convention sales.',
          },
          moq: 500,
          unit: 'piece',
          currency: 'CNY',
          tiers: [
            [500, 2999, 1.6],
            [3000, 9999, 1.2],
            [10000, null, 0.95],
          ],
          leadTimeDays: 7,
          sampleAvailable: true,
          customisation: ['design', 'packaging'],
          specs: [
            { key: { zh: '直径', en: 'Diameter' }, value: { zh: '58 毫米', en: '58 mm' } },
            {
              key: { zh: '覆膜', en: 'Finish' },
              value: { zh: '亮膜、哑膜、镭射膜', en: 'Gloss, matte or holographic' },
            },
            {
              key: { zh: '背扣', en: 'Back' },
              value: { zh: '别针或安全扣', en: 'Pin or safety clasp' },
            },
          ],
        },
      ],
    },
    {
      slug: 'panyu-mengqu',
      name: { zh: '广州萌趣玩具有限公司', en: 'Guangzhou Mengqu Toys Co., Ltd.' },
      summary: {
        zh: '从玩具代工起家，现专注 IP 授权毛绒与 PVC 手办，拥有模具中心和手工涂装线，可按原画开模打样。',
        en: 'We started as a toy contract manufacturer and now focus on licensed plush and PVC figures. Our own mould centre and hand-painting line can tool up and sample from concept art.',
      },
      mainProducts: {
        zh: '毛绒挂件、角色玩偶、PVC Q 版手办',
        en: 'Plush keychains, character plush dolls, chibi PVC figures',
      },
      address: {
        zh: '广东省广州市番禺区大石街道工业二路 19 号',
        en: '19 Industrial Road 2, Dashi Subdistrict, Panyu, Guangzhou, Guangdong',
      },
      location: { lat: 23.012, lng: 113.318 },
      foundedYear: 2007,
      staffCount: 340,
      capabilities: ['oem', 'odm', 'c2m'],
      exportMarkets: ['japan-korea', 'north-america', 'europe', 'domestic'],
      capacity: { amount: 300000, unit: { zh: '件', en: 'pieces' }, period: 'month' },
      certifications: [
        { name: 'ICTI Ethical Toy Program', issuer: 'ICTI' },
        { name: 'BSCI', issuer: 'amfori' },
      ],
      verified: false,
      contact: {
        person: '黄嘉欣',
        phone: '+86 20 3455 6208',
        email: 'sales@panyu-mengqu.example.cn',
      },
      products: [
        {
          slug: 'mengqu-plush-keychain',
          sku: 'PY-MQ-001',
          name: { zh: '10 厘米角色毛绒挂件', en: '10 cm Character Plush Keychain' },
          category: 'plush-toys',
          summary: {
            zh: '短毛绒面料配电脑刺绣五官，PP 棉填充，附金属挂扣，适合游戏与动漫 IP 联名。',
            en: 'Short-pile plush with embroidered faces, PP cotton filling and a metal clasp, made for game and anime IP collaborations.',
          },
          moq: 500,
          unit: 'piece',
          currency: 'USD',
          tiers: [
            [500, 2999, 1.35],
            [3000, 9999, 1.15],
            [10000, null, 0.98],
          ],
          leadTimeDays: 25,
          sampleAvailable: true,
          customisation: ['design', 'size', 'packaging', 'logo'],
          specs: [
            { key: { zh: '尺寸', en: 'Size' }, value: { zh: '10 厘米', en: '10 cm' } },
            { key: { zh: '面料', en: 'Fabric' }, value: { zh: '短毛绒', en: 'Short-pile plush' } },
            {
              key: { zh: '安全标准', en: 'Safety' },
              value: { zh: '符合 EN 71 与 ASTM F963', en: 'Meets EN 71 and ASTM F963' },
            },
          ],
        },
        {
          slug: 'mengqu-chibi-pvc-figure',
          sku: 'PY-MQ-002',
          name: { zh: 'Q 版 PVC 手办（10 厘米）', en: 'Chibi PVC Figure, 10 cm' },
          category: 'figures',
          summary: {
            zh: '按原画 3D 建模开模，手工涂装与移印结合，附透明底座和开窗彩盒。',
            en: 'Sculpted in 3D from your artwork, then hand-painted and pad-printed; comes with a clear base and a window box.',
          },
          moq: 1000,
          unit: 'piece',
          currency: 'USD',
          tiers: [
            [1000, 4999, 2.8],
            [5000, 19999, 2.45],
            [20000, null, 2.15],
          ],
          leadTimeDays: 45,
          sampleAvailable: true,
          customisation: ['design', 'packaging'],
          specs: [
            { key: { zh: '材质', en: 'Material' }, value: { zh: 'PVC 与 ABS', en: 'PVC and ABS' } },
            { key: { zh: '高度', en: 'Height' }, value: { zh: '约 10 厘米', en: 'About 10 cm' } },
            {
              key: { zh: '工艺', en: 'Finish' },
              value: { zh: '手工涂装、移印', en: 'Hand-painted, pad-printed' },
            },
            { key: { zh: '包装', en: 'Packing' }, value: { zh: '开窗彩盒', en: 'Window box' } },
          ],
        },
      ],
    },
  ],
  about: {
    title: { zh: '关于番禺动漫衍生品产业带', en: 'About the Panyu anime goods belt' },
    paragraphs: [
      {
        zh: '本门户由番禺区动漫产业服务平台运营，集中展示可承接 IP 衍生品开发与生产的番禺工厂。',
        en: 'This portal is run by the Panyu district animation industry service platform and showcases local factories able to develop and produce IP merchandise.',
      },
      {
        zh: '涉及授权 IP 的订单，请在询盘中附上授权证明；工厂只为持有合法授权的客户生产角色周边。',
        en: 'For licensed characters, please attach proof of licence to your inquiry: factories here produce character merchandise only for clients who hold the rights.',
      },
    ],
  },
}
