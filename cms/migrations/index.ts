import * as migration_20261124_044135_initial from './20261124_044135_initial';
import * as migration_20261124_054634_mail from './20261124_054634_mail';
import * as migration_20261124_062517_staff_desk from './20261124_062517_staff_desk';
import * as migration_20261124_115122_submission_keys from './20261124_115122_submission_keys';
import * as migration_20261130_010555_staff_desk_walk from './20261130_010555_staff_desk_walk';
import * as migration_20261130_011448_duplicates from './20261130_011448_duplicates';
import * as migration_20261130_031358_report_rollups_staff_list_index from './20261130_031358_report_rollups_staff_list_index';
import * as migration_20261130_031419_editor_drafts from './20261130_031419_editor_drafts';
import * as migration_20261130_032316_editors_words from './20261130_032316_editors_words';
import * as migration_20261130_044032_merged_schema from './20261130_044032_merged_schema';
import * as migration_20261130_045000_intake_step from './20261130_045000_intake_step';
import * as migration_20261130_045800_merged_schema from './20261130_045800_merged_schema';
import * as migration_20261130_063053_partners from './20261130_063053_partners';
import * as migration_20261130_063722_inbound_mail from './20261130_063722_inbound_mail';
import * as migration_20261130_070021_editors_gaps from './20261130_070021_editors_gaps';
import * as migration_20261130_074616_merged_schema from './20261130_074616_merged_schema';
import * as migration_20261130_094621_mailbox_languages from './20261130_094621_mailbox_languages';
import * as migration_20261130_094643_reply_from_case from './20261130_094643_reply_from_case';
import * as migration_20261130_105805_merged_schema from './20261130_105805_merged_schema';
import * as migration_20261130_132045_list_sort_index from './20261130_132045_list_sort_index';

export const migrations = [
  {
    up: migration_20261124_044135_initial.up,
    down: migration_20261124_044135_initial.down,
    name: '20261124_044135_initial',
  },
  {
    up: migration_20261124_054634_mail.up,
    down: migration_20261124_054634_mail.down,
    name: '20261124_054634_mail',
  },
  {
    up: migration_20261124_062517_staff_desk.up,
    down: migration_20261124_062517_staff_desk.down,
    name: '20261124_062517_staff_desk',
  },
  {
    up: migration_20261124_115122_submission_keys.up,
    down: migration_20261124_115122_submission_keys.down,
    name: '20261124_115122_submission_keys',
  },
  {
    up: migration_20261130_010555_staff_desk_walk.up,
    down: migration_20261130_010555_staff_desk_walk.down,
    name: '20261130_010555_staff_desk_walk',
  },
  {
    up: migration_20261130_011448_duplicates.up,
    down: migration_20261130_011448_duplicates.down,
    name: '20261130_011448_duplicates',
  },
  {
    up: migration_20261130_031358_report_rollups_staff_list_index.up,
    down: migration_20261130_031358_report_rollups_staff_list_index.down,
    name: '20261130_031358_report_rollups_staff_list_index',
  },
  {
    up: migration_20261130_031419_editor_drafts.up,
    down: migration_20261130_031419_editor_drafts.down,
    name: '20261130_031419_editor_drafts',
  },
  {
    up: migration_20261130_032316_editors_words.up,
    down: migration_20261130_032316_editors_words.down,
    name: '20261130_032316_editors_words',
  },
  {
    up: migration_20261130_044032_merged_schema.up,
    down: migration_20261130_044032_merged_schema.down,
    name: '20261130_044032_merged_schema',
  },
  {
    up: migration_20261130_045000_intake_step.up,
    down: migration_20261130_045000_intake_step.down,
    name: '20261130_045000_intake_step',
  },
  {
    up: migration_20261130_045800_merged_schema.up,
    down: migration_20261130_045800_merged_schema.down,
    name: '20261130_045800_merged_schema',
  },
  {
    up: migration_20261130_063053_partners.up,
    down: migration_20261130_063053_partners.down,
    name: '20261130_063053_partners',
  },
  {
    up: migration_20261130_063722_inbound_mail.up,
    down: migration_20261130_063722_inbound_mail.down,
    name: '20261130_063722_inbound_mail',
  },
  {
    up: migration_20261130_070021_editors_gaps.up,
    down: migration_20261130_070021_editors_gaps.down,
    name: '20261130_070021_editors_gaps',
  },
  {
    up: migration_20261130_074616_merged_schema.up,
    down: migration_20261130_074616_merged_schema.down,
    name: '20261130_074616_merged_schema',
  },
  {
    up: migration_20261130_094621_mailbox_languages.up,
    down: migration_20261130_094621_mailbox_languages.down,
    name: '20261130_094621_mailbox_languages',
  },
  {
    up: migration_20261130_094643_reply_from_case.up,
    down: migration_20261130_094643_reply_from_case.down,
    name: '20261130_094643_reply_from_case',
  },
  {
    up: migration_20261130_105805_merged_schema.up,
    down: migration_20261130_105805_merged_schema.down,
    name: '20261130_105805_merged_schema',
  },
  {
    up: migration_20261130_132045_list_sort_index.up,
    down: migration_20261130_132045_list_sort_index.down,
    name: '20261130_132045_list_sort_index'
  },
];
