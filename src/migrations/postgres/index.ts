import * as migration_20261206_033029_initial from './20261206_033029_initial';
import * as migration_20261206_100821_redirects from './20261206_100821_redirects';
import * as migration_20261206_105415_sourcing_requests_locales_parent_index from './20261206_105415_sourcing_requests_locales_parent_index';
import * as migration_20261206_111335_sourcing_retention_task from './20261206_111335_sourcing_retention_task';
import * as migration_20261206_135110_barometer_figures from './20261206_135110_barometer_figures';
import * as migration_20261206_142842_exchange_rates from './20261206_142842_exchange_rates';
import * as migration_20261206_170636_barometer_sourcing_live from './20261206_170636_barometer_sourcing_live';
import * as migration_20261206_170700_barometer_show_new_figures from './20261206_170700_barometer_show_new_figures';
import * as migration_20261206_211459_sourcing_questions from './20261206_211459_sourcing_questions';
import * as migration_20261206_234948_sourcing_alerts from './20261206_234948_sourcing_alerts';
import * as migration_20261207_002817_buyer_accounts from './20261207_002817_buyer_accounts';
import * as migration_20261207_003002_sourcing_attachments from './20261207_003002_sourcing_attachments';
import * as migration_20261207_020131_sourcing_alerts_factory_optional from './20261207_020131_sourcing_alerts_factory_optional';

export const migrations = [
  {
    up: migration_20261206_033029_initial.up,
    down: migration_20261206_033029_initial.down,
    name: '20261206_033029_initial',
  },
  {
    up: migration_20261206_100821_redirects.up,
    down: migration_20261206_100821_redirects.down,
    name: '20261206_100821_redirects',
  },
  {
    up: migration_20261206_105415_sourcing_requests_locales_parent_index.up,
    down: migration_20261206_105415_sourcing_requests_locales_parent_index.down,
    name: '20261206_105415_sourcing_requests_locales_parent_index',
  },
  {
    up: migration_20261206_111335_sourcing_retention_task.up,
    down: migration_20261206_111335_sourcing_retention_task.down,
    name: '20261206_111335_sourcing_retention_task',
  },
  {
    up: migration_20261206_135110_barometer_figures.up,
    down: migration_20261206_135110_barometer_figures.down,
    name: '20261206_135110_barometer_figures',
  },
  {
    up: migration_20261206_142842_exchange_rates.up,
    down: migration_20261206_142842_exchange_rates.down,
    name: '20261206_142842_exchange_rates',
  },
  {
    up: migration_20261206_170636_barometer_sourcing_live.up,
    down: migration_20261206_170636_barometer_sourcing_live.down,
    name: '20261206_170636_barometer_sourcing_live',
  },
  {
    up: migration_20261206_170700_barometer_show_new_figures.up,
    down: migration_20261206_170700_barometer_show_new_figures.down,
    name: '20261206_170700_barometer_show_new_figures',
  },
  {
    up: migration_20261206_211459_sourcing_questions.up,
    down: migration_20261206_211459_sourcing_questions.down,
    name: '20261206_211459_sourcing_questions',
  },
  {
    up: migration_20261206_234948_sourcing_alerts.up,
    down: migration_20261206_234948_sourcing_alerts.down,
    name: '20261206_234948_sourcing_alerts',
  },
  {
    up: migration_20261207_002817_buyer_accounts.up,
    down: migration_20261207_002817_buyer_accounts.down,
    name: '20261207_002817_buyer_accounts',
  },
  {
    up: migration_20261207_003002_sourcing_attachments.up,
    down: migration_20261207_003002_sourcing_attachments.down,
    name: '20261207_003002_sourcing_attachments',
  },
  {
    up: migration_20261207_020131_sourcing_alerts_factory_optional.up,
    down: migration_20261207_020131_sourcing_alerts_factory_optional.down,
    name: '20261207_020131_sourcing_alerts_factory_optional'
  },
];
