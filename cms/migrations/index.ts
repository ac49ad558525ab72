import * as migration_20261124_033556_initial from './20261124_033556_initial';

export const migrations = [
  {
    up: migration_20261124_033556_initial.up,
    down: migration_20261124_033556_initial.down,
    name: '20261124_033556_initial'
  },
];
