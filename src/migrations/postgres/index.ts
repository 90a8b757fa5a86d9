import * as migration_20261206_033029_initial from './20261206_033029_initial';
import * as migration_20261206_103459_locales_parent_index from './20261206_103459_locales_parent_index';

export const migrations = [
  {
    up: migration_20261206_033029_initial.up,
    down: migration_20261206_033029_initial.down,
    name: '20261206_033029_initial',
  },
  {
    up: migration_20261206_103459_locales_parent_index.up,
    down: migration_20261206_103459_locales_parent_index.down,
    name: '20261206_103459_locales_parent_index'
  },
];
