import { demoBelts } from '@tenants/index'

import type { BeltDefinition, DemoCampaign, Text } from '@/seed/types'

export const text = (zh: string, en: string): Text => ({ zh, en })

/** Six more real belts, so that there are 15; each gets a generated category tree. */
const extraBelts: {
  slug: string
  name: Text
  province: Text
  city: Text
  specialty: Text
  colour: string
  categories: Text[]
}[] = [
  {
    slug: 'jinjiang',
    name: text('晋江鞋服产业带', 'Jinjiang Footwear Belt'),
    province: text('福建省', 'Fujian'),
    city: text('泉州市晋江市', 'Jinjiang, Quanzhou'),
    specialty: text('运动鞋', 'Sports shoes'),
    colour: '#C0392B',
    categories: [
      text('跑鞋', 'running shoes'),
      text('板鞋', 'skate shoes'),
      text('拖鞋', 'slippers'),
      text('童鞋', 'kids shoes'),
    ],
  },
  {
    slug: 'danyang',
    name: text('丹阳眼镜产业带', 'Danyang Eyewear Belt'),
    province: text('江苏省', 'Jiangsu'),
    city: text('镇江市丹阳市', 'Danyang, Zhenjiang'),
    specialty: text('眼镜', 'Eyewear'),
    colour: '#1F618D',
    categories: [
      text('镜架', 'optical frames'),
      text('太阳镜', 'sunglasses'),
      text('镜片', 'lenses'),
      text('老花镜', 'reading glasses'),
    ],
  },
  {
    slug: 'xuchang',
    name: text('许昌发制品产业带', 'Xuchang Hair Products Belt'),
    province: text('河南省', 'Henan'),
    city: text('许昌市', 'Xuchang'),
    specialty: text('发制品', 'Hair products'),
    colour: '#7D3C98',
    categories: [
      text('真人发假发', 'human hair wigs'),
      text('接发', 'hair extensions'),
      text('化纤假发', 'synthetic wigs'),
      text('发块', 'hair toppers'),
    ],
  },
  {
    slug: 'dehua',
    name: text('德化陶瓷产业带', 'Dehua Ceramics Belt'),
    province: text('福建省', 'Fujian'),
    city: text('泉州市德化县', 'Dehua, Quanzhou'),
    specialty: text('陶瓷', 'Ceramics'),
    colour: '#117A65',
    categories: [
      text('茶具', 'tea sets'),
      text('餐具', 'tableware'),
      text('花瓶', 'vases'),
      text('陶瓷摆件', 'ceramic figurines'),
    ],
  },
  {
    slug: 'chenghai',
    name: text('澄海玩具产业带', 'Chenghai Toys Belt'),
    province: text('广东省', 'Guangdong'),
    city: text('汕头市澄海区', 'Chenghai, Shantou'),
    specialty: text('玩具', 'Toys'),
    colour: '#D35400',
    categories: [
      text('积木', 'building blocks'),
      text('遥控车', 'RC cars'),
      text('毛绒玩具', 'plush toys'),
      text('益智玩具', 'educational toys'),
    ],
  },
  {
    slug: 'shengze',
    name: text('盛泽丝绸纺织产业带', 'Shengze Silk & Textiles Belt'),
    province: text('江苏省', 'Jiangsu'),
    city: text('苏州市吴江区盛泽镇', 'Shengze, Wujiang, Suzhou'),
    specialty: text('丝绸面料', 'Silk fabrics'),
    colour: '#A93226',
    categories: [
      text('真丝面料', 'silk fabric'),
      text('化纤面料', 'polyester fabric'),
      text('丝巾', 'silk scarves'),
      text('床品', 'bedding'),
    ],
  },
]

export const slugOf = (en: string) =>
  en
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const campaignFor = (slug: string): DemoCampaign => ({
  slug: `super-origin-day-${slug}`,
  kind: 'super-origin-day',
  edition: 'winter',
  name: text('超级源头日', 'Super Origin Day'),
  tagline: text(
    '源头工厂直供，十天直播不停',
    'Straight from the factories: ten days of live sessions',
  ),
  startInHours: -72,
  durationHours: 240,
  factories: [],
  products: [],
  sessions: [],
})

/** The 15 belts: the demo belts, each with a campaign, and six more built on Yiwu's page. */
export const benchBelts = (): BeltDefinition[] => {
  const template = demoBelts[0]
  const extras: BeltDefinition[] = extraBelts.map((belt) => ({
    ...template,
    slug: belt.slug,
    name: belt.name,
    province: belt.province,
    city: belt.city,
    specialty: belt.specialty,
    tagline: text(
      `${belt.specialty.zh}源头工厂集群`,
      `Where the ${belt.specialty.en.toLowerCase()} are made`,
    ),
    story: [
      text(
        `${belt.city.zh}是中国重要的${belt.specialty.zh}产地。`,
        `${belt.city.en} is one of China’s main ${belt.specialty.en.toLowerCase()} clusters.`,
      ),
    ],
    keyFigures: [{ value: '1,000+', label: text('生产企业', 'Manufacturers') }],
    branding: { primaryColour: belt.colour, accentColour: '#F4D03F' },
    domains: [],
    published: true,
    categories: [
      { slug: slugOf(belt.specialty.en), name: belt.specialty },
      ...belt.categories.map((name) => ({
        slug: slugOf(name.en),
        name: text(
          name.zh,
          name.en.replace(/^./, (c) => c.toUpperCase()),
        ),
        parent: slugOf(belt.specialty.en),
      })),
    ],
    factories: [],
    campaigns: [],
  }))
  return [...demoBelts, ...extras].map((belt) => ({
    ...belt,
    campaigns: belt.campaigns?.length ? belt.campaigns : [campaignFor(belt.slug)],
  }))
}
