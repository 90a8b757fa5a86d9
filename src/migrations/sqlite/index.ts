import * as migration_20261123_182853_initial from './20261123_182853_initial';

export const migrations = [
  {
    up: migration_20261123_182853_initial.up,
    down: migration_20261123_182853_initial.down,
    name: '20261123_182853_initial'
  },
];
