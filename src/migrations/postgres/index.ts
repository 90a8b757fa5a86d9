import * as migration_20261206_033029_initial from './20261206_033029_initial';
import * as migration_20261206_101845_sourcing_requests from './20261206_101845_sourcing_requests';

export const migrations = [
  {
    up: migration_20261206_033029_initial.up,
    down: migration_20261206_033029_initial.down,
    name: '20261206_033029_initial',
  },
  {
    up: migration_20261206_101845_sourcing_requests.up,
    down: migration_20261206_101845_sourcing_requests.down,
    name: '20261206_101845_sourcing_requests'
  },
];
