import * as migration_20261124_040856_initial from './20261124_040856_initial';

export const migrations = [
  {
    up: migration_20261124_040856_initial.up,
    down: migration_20261124_040856_initial.down,
    name: '20261124_040856_initial'
  },
];
