import * as migration_20261124_031518_initial from './20261124_031518_initial';

export const migrations = [
  {
    up: migration_20261124_031518_initial.up,
    down: migration_20261124_031518_initial.down,
    name: '20261124_031518_initial'
  },
];
