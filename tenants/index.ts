import type { BeltDefinition } from '@/seed/types'

import { baigou } from './baigou'
import { huludao } from './huludao'
import { panyu } from './panyu'
import { pingdu } from './pingdu'
import { qingdao } from './qingdao'
import { wenzhou } from './wenzhou'
import { yiwu } from './yiwu'
import { zhili } from './zhili'
import { zhuji } from './zhuji'

/** The demo belts `npm run seed` loads, in the order the hub lists them. */
export const demoBelts: BeltDefinition[] = [
  yiwu,
  zhili,
  baigou,
  zhuji,
  pingdu,
  huludao,
  panyu,
  wenzhou,
  qingdao,
]
