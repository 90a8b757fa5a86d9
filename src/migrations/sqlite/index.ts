import * as migration_20261123_182853_initial from './20261123_182853_initial';
import * as migration_20261123_184243_pages_blocks_seo from './20261123_184243_pages_blocks_seo';
import * as migration_20261123_185701_campaigns_live_sessions from './20261123_185701_campaigns_live_sessions';
import * as migration_20261123_192800_inquiries from './20261123_192800_inquiries';
import * as migration_20261123_194718_inquiry_access_log from './20261123_194718_inquiry_access_log';
import * as migration_20261123_202100_inquiry_files_quotes from './20261123_202100_inquiry_files_quotes';
import * as migration_20261123_204624_bulk_imports from './20261123_204624_bulk_imports';
import * as migration_20261123_213624_verification from './20261123_213624_verification';
import * as migration_20261123_230122_belt_settings from './20261123_230122_belt_settings';
import * as migration_20261203_054500_accounts_verification from './20261203_054500_accounts_verification';
import * as migration_20261203_060253_inquiry_access_log_reads from './20261203_060253_inquiry_access_log_reads';
import * as migration_20261206_100751_redirects from './20261206_100751_redirects';
import * as migration_20261206_105106_sourcing_requests from './20261206_105106_sourcing_requests';
import * as migration_20261206_135102_barometer_figures from './20261206_135102_barometer_figures';
import * as migration_20261206_142833_exchange_rates from './20261206_142833_exchange_rates';
import * as migration_20261206_170700_barometer_show_new_figures from './20261206_170700_barometer_show_new_figures';
import * as migration_20261206_211447_sourcing_questions from './20261206_211447_sourcing_questions';
import * as migration_20261206_234942_sourcing_alerts from './20261206_234942_sourcing_alerts';
import * as migration_20261207_002811_buyer_accounts from './20261207_002811_buyer_accounts';
import * as migration_20261207_002956_sourcing_attachments from './20261207_002956_sourcing_attachments';
import * as migration_20261207_020125_sourcing_alerts_factory_optional from './20261207_020125_sourcing_alerts_factory_optional';

export const migrations = [
  {
    up: migration_20261123_182853_initial.up,
    down: migration_20261123_182853_initial.down,
    name: '20261123_182853_initial',
  },
  {
    up: migration_20261123_184243_pages_blocks_seo.up,
    down: migration_20261123_184243_pages_blocks_seo.down,
    name: '20261123_184243_pages_blocks_seo',
  },
  {
    up: migration_20261123_185701_campaigns_live_sessions.up,
    down: migration_20261123_185701_campaigns_live_sessions.down,
    name: '20261123_185701_campaigns_live_sessions',
  },
  {
    up: migration_20261123_192800_inquiries.up,
    down: migration_20261123_192800_inquiries.down,
    name: '20261123_192800_inquiries',
  },
  {
    up: migration_20261123_194718_inquiry_access_log.up,
    down: migration_20261123_194718_inquiry_access_log.down,
    name: '20261123_194718_inquiry_access_log',
  },
  {
    up: migration_20261123_202100_inquiry_files_quotes.up,
    down: migration_20261123_202100_inquiry_files_quotes.down,
    name: '20261123_202100_inquiry_files_quotes',
  },
  {
    up: migration_20261123_204624_bulk_imports.up,
    down: migration_20261123_204624_bulk_imports.down,
    name: '20261123_204624_bulk_imports',
  },
  {
    up: migration_20261123_213624_verification.up,
    down: migration_20261123_213624_verification.down,
    name: '20261123_213624_verification',
  },
  {
    up: migration_20261123_230122_belt_settings.up,
    down: migration_20261123_230122_belt_settings.down,
    name: '20261123_230122_belt_settings',
  },
  {
    up: migration_20261203_054500_accounts_verification.up,
    down: migration_20261203_054500_accounts_verification.down,
    name: '20261203_054500_accounts_verification',
  },
  {
    up: migration_20261203_060253_inquiry_access_log_reads.up,
    down: migration_20261203_060253_inquiry_access_log_reads.down,
    name: '20261203_060253_inquiry_access_log_reads',
  },
  {
    up: migration_20261206_100751_redirects.up,
    down: migration_20261206_100751_redirects.down,
    name: '20261206_100751_redirects',
  },
  {
    up: migration_20261206_105106_sourcing_requests.up,
    down: migration_20261206_105106_sourcing_requests.down,
    name: '20261206_105106_sourcing_requests',
  },
  {
    up: migration_20261206_135102_barometer_figures.up,
    down: migration_20261206_135102_barometer_figures.down,
    name: '20261206_135102_barometer_figures',
  },
  {
    up: migration_20261206_142833_exchange_rates.up,
    down: migration_20261206_142833_exchange_rates.down,
    name: '20261206_142833_exchange_rates',
  },
  {
    up: migration_20261206_170700_barometer_show_new_figures.up,
    down: migration_20261206_170700_barometer_show_new_figures.down,
    name: '20261206_170700_barometer_show_new_figures',
  },
  {
    up: migration_20261206_211447_sourcing_questions.up,
    down: migration_20261206_211447_sourcing_questions.down,
    name: '20261206_211447_sourcing_questions',
  },
  {
    up: migration_20261206_234942_sourcing_alerts.up,
    down: migration_20261206_234942_sourcing_alerts.down,
    name: '20261206_234942_sourcing_alerts',
  },
  {
    up: migration_20261207_002811_buyer_accounts.up,
    down: migration_20261207_002811_buyer_accounts.down,
    name: '20261207_002811_buyer_accounts',
  },
  {
    up: migration_20261207_002956_sourcing_attachments.up,
    down: migration_20261207_002956_sourcing_attachments.down,
    name: '20261207_002956_sourcing_attachments',
  },
  {
    up: migration_20261207_020125_sourcing_alerts_factory_optional.up,
    down: migration_20261207_020125_sourcing_alerts_factory_optional.down,
    name: '20261207_020125_sourcing_alerts_factory_optional'
  },
];
