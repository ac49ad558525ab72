import * as migration_20261124_044135_initial from './20261124_044135_initial';
import * as migration_20261124_054634_mail from './20261124_054634_mail';

export const migrations = [
  {
    up: migration_20261124_044135_initial.up,
    down: migration_20261124_044135_initial.down,
    name: '20261124_044135_initial',
  },
  {
    up: migration_20261124_054634_mail.up,
    down: migration_20261124_054634_mail.down,
    name: '20261124_054634_mail'
  },
];
