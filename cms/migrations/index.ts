import * as migration_20261124_035821_initial from './20261124_035821_initial';

export const migrations = [
  {
    up: migration_20261124_035821_initial.up,
    down: migration_20261124_035821_initial.down,
    name: '20261124_035821_initial'
  },
];
