-- Snorby 2.6.x (Threat Stack / Dustin Webber; Ruby on Rails 3 web console for Snort / Suricata alerts written by
-- Barnyard2), github.com/Snorby/snorby, commit 6185b3e0b3b35d3f414efdee81c0a00c9aa3893b (GPL-3.0).
-- Snorby has no SQL file: `rake snorby:setup` runs DataMapper's `db:autoupgrade`, which creates every table from the
-- DataMapper models in app/models/*.rb (the Snort tables `event`, `iphdr`, `signature` ... included, with Snorby's
-- extra columns). Written here as dm-migrations 1.2.0 with dm-mysql-adapter (the versions of Gemfile.lock) emits
-- them: Serial -> INT(10) UNSIGNED NOT NULL AUTO_INCREMENT; Integer with :min => 0 (and NumericIPAddr) -> INT(10)
-- UNSIGNED; other Integer -> INTEGER; String -> VARCHAR(50) unless :length; Text -> TEXT; Boolean -> BOOLEAN;
-- DateTime / ZonedTime -> DATETIME; Object -> MEDIUMTEXT (lib/snorby/dm/types.rb); :key / Serial properties NOT NULL;
-- :required => true -> NOT NULL; columns in property order (`timestamps :at` and the re-declared properties keep
-- their first position); indexes as `index_<table>_<name>` for :index options (none on Text columns, which MySQL
-- cannot index). Storage names are the models' `storage_names[:default]` or DataMapper's pluralised default
-- (`Cache` and `DailyCache` share the table `caches`). auto_upgrade creates no foreign-key constraints
-- (dm-constraints adds them only on auto_migrate!), so none are declared.
-- `users` also holds the columns dm-devise 1.5.0 adds for devise 1.5 (:database_authenticatable, :recoverable,
-- :rememberable, :trackable; Devise::Schema of devise v1.5.3), applied when `devise` is called, before the model's
-- own properties. `delayed_jobs` is the table of delayed_job_data_mapper 1.0.0 (lib/delayed/backend/data_mapper.rb),
-- the job queue of Snorby's worker. Left out: the defaults of users.last_daily_report_at / last_weekly_report_at /
-- last_monthly_report_at, which DataMapper evaluates once when the model loads (the time of `rake snorby:setup`).

CREATE TABLE `agent_asset_names` (
  `sensor_sid` INT(10) UNSIGNED NOT NULL,
  `asset_name_id` INT(10) UNSIGNED NOT NULL,
  PRIMARY KEY(`sensor_sid`, `asset_name_id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_agent_asset_names_sensor` ON `agent_asset_names` (`sensor_sid`);
CREATE INDEX `index_agent_asset_names_asset_name` ON `agent_asset_names` (`asset_name_id`);

CREATE TABLE `asset_names` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `ip_address` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  `name` VARCHAR(1024) NOT NULL,
  `global` BOOLEAN DEFAULT 1,
  PRIMARY KEY(`id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_asset_names_ip_address` ON `asset_names` (`ip_address`);

CREATE TABLE `caches` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `sid` INTEGER,
  `cid` INTEGER,
  `ran_at` DATETIME,
  `event_count` INTEGER DEFAULT 0,
  `tcp_count` INTEGER DEFAULT 0,
  `udp_count` INTEGER DEFAULT 0,
  `icmp_count` INTEGER DEFAULT 0,
  `severity_metrics` MEDIUMTEXT,
  `signature_metrics` MEDIUMTEXT,
  `src_ips` MEDIUMTEXT,
  `dst_ips` MEDIUMTEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY(`id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_caches_ran_at` ON `caches` (`ran_at`);

CREATE TABLE `classifications` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50),
  `description` TEXT,
  `hotkey` INTEGER,
  `locked` BOOLEAN DEFAULT 0,
  `events_count` INTEGER DEFAULT 0,
  PRIMARY KEY(`id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_classifications_id` ON `classifications` (`id`);
CREATE INDEX `index_classifications_hotkey` ON `classifications` (`hotkey`);
CREATE INDEX `index_classifications_locked` ON `classifications` (`locked`);
CREATE INDEX `index_classifications_events_count` ON `classifications` (`events_count`);

CREATE TABLE `delayed_jobs` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `priority` INTEGER DEFAULT 0,
  `attempts` INTEGER DEFAULT 0,
  `handler` TEXT,
  `run_at` DATETIME,
  `locked_at` DATETIME,
  `locked_by` TEXT,
  `failed_at` DATETIME,
  `last_error` TEXT,
  `queue` VARCHAR(50),
  PRIMARY KEY(`id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_delayed_jobs_run_at_priority` ON `delayed_jobs` (`priority`, `run_at`);
CREATE INDEX `index_delayed_jobs_locked_at` ON `delayed_jobs` (`locked_at`);

CREATE TABLE `detail` (
  `detail_type` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `detail_text` TEXT,
  PRIMARY KEY(`detail_type`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_detail_detail_type` ON `detail` (`detail_type`);

CREATE TABLE `encoding` (
  `encoding_type` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `encoding_text` TEXT,
  PRIMARY KEY(`encoding_type`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_encoding_encoding_type` ON `encoding` (`encoding_type`);

CREATE TABLE `event` (
  `sid` INT(10) UNSIGNED NOT NULL,
  `cid` INT(10) UNSIGNED NOT NULL,
  `signature` INT(10) UNSIGNED,
  `classification_id` INT(10) UNSIGNED,
  `users_count` INT(10) UNSIGNED DEFAULT 0,
  `user_id` INT(10) UNSIGNED,
  `notes_count` INT(10) UNSIGNED DEFAULT 0,
  `type` INT(10) UNSIGNED DEFAULT 1,
  `number_of_events` INT(10) UNSIGNED DEFAULT 0,
  `timestamp` DATETIME,
  PRIMARY KEY(`sid`, `cid`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_event_sid_index` ON `event` (`sid`);
CREATE INDEX `index_event_index_timestamp_cid_sid` ON `event` (`sid`, `cid`, `timestamp`);
CREATE INDEX `index_event_cid_index` ON `event` (`cid`);
CREATE INDEX `index_event_sig_id` ON `event` (`signature`);
CREATE INDEX `index_event_classification_id` ON `event` (`classification_id`);
CREATE INDEX `index_event_users_count` ON `event` (`users_count`);
CREATE INDEX `index_event_user_id` ON `event` (`user_id`);
CREATE INDEX `index_event_notes_count` ON `event` (`notes_count`);

CREATE TABLE `favorites` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `sid` INTEGER,
  `cid` INTEGER,
  `user_id` INTEGER,
  PRIMARY KEY(`id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_favorites_id` ON `favorites` (`id`);
CREATE INDEX `index_favorites_sid` ON `favorites` (`sid`);
CREATE INDEX `index_favorites_cid` ON `favorites` (`cid`);
CREATE INDEX `index_favorites_user_id` ON `favorites` (`user_id`);

CREATE TABLE `icmphdr` (
  `sid` INT(10) UNSIGNED NOT NULL,
  `cid` INT(10) UNSIGNED NOT NULL,
  `icmp_type` INT(10) UNSIGNED,
  `icmp_code` INT(10) UNSIGNED,
  `icmp_csum` INT(10) UNSIGNED,
  `icmp_id` INT(10) UNSIGNED,
  `icmp_seq` INT(10) UNSIGNED,
  PRIMARY KEY(`sid`, `cid`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_icmphdr_sid` ON `icmphdr` (`sid`);
CREATE INDEX `index_icmphdr_cid` ON `icmphdr` (`cid`);

CREATE TABLE `iphdr` (
  `sid` INTEGER NOT NULL,
  `cid` INTEGER NOT NULL,
  `ip_src` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  `ip_dst` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  `ip_ver` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  `ip_hlen` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  `ip_tos` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  `ip_len` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  `ip_id` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  `ip_flags` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  `ip_off` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  `ip_ttl` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  `ip_proto` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  `ip_csum` INT(10) UNSIGNED DEFAULT 0 NOT NULL,
  PRIMARY KEY(`sid`, `cid`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_iphdr_sid` ON `iphdr` (`sid`);
CREATE INDEX `index_iphdr_cid` ON `iphdr` (`cid`);
CREATE INDEX `index_iphdr_ip_src` ON `iphdr` (`ip_src`);
CREATE INDEX `index_iphdr_ip_dst` ON `iphdr` (`ip_dst`);

CREATE TABLE `lookups` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(50),
  `value` TEXT,
  PRIMARY KEY(`id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `notes` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `sid` INTEGER,
  `cid` INTEGER,
  `user_id` INTEGER,
  `body` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY(`id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_notes_sid` ON `notes` (`sid`);
CREATE INDEX `index_notes_cid` ON `notes` (`cid`);
CREATE INDEX `index_notes_user_id` ON `notes` (`user_id`);

CREATE TABLE `notifications` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `description` TEXT,
  `sig_id` INTEGER,
  `ip_src` VARCHAR(50),
  `ip_dst` VARCHAR(50),
  `user_id` INTEGER,
  `user_ids` MEDIUMTEXT,
  `sensor_ids` MEDIUMTEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY(`id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `opt` (
  `sid` INT(10) UNSIGNED NOT NULL,
  `cid` INT(10) UNSIGNED NOT NULL,
  `optid` INT(10) UNSIGNED NOT NULL,
  `opt_proto` INT(10) UNSIGNED,
  `opt_code` INT(10) UNSIGNED,
  `opt_len` INT(10) UNSIGNED,
  `opt_data` TEXT,
  PRIMARY KEY(`sid`, `cid`, `optid`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_opt_sid` ON `opt` (`sid`);
CREATE INDEX `index_opt_cid` ON `opt` (`cid`);
CREATE INDEX `index_opt_optid` ON `opt` (`optid`);

CREATE TABLE `data` (
  `sid` INT(10) UNSIGNED NOT NULL,
  `cid` INT(10) UNSIGNED NOT NULL,
  `data_payload` TEXT,
  PRIMARY KEY(`sid`, `cid`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_data_sid` ON `data` (`sid`);
CREATE INDEX `index_data_cid` ON `data` (`cid`);

CREATE TABLE `reference` (
  `ref_id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `ref_system_id` INT(10) UNSIGNED,
  `ref_tag` TEXT,
  PRIMARY KEY(`ref_id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_reference_ref_id` ON `reference` (`ref_id`);

CREATE TABLE `reference_system` (
  `ref_system_id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `ref_system_name` VARCHAR(50),
  PRIMARY KEY(`ref_system_id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_reference_system_ref_system_id` ON `reference_system` (`ref_system_id`);

CREATE TABLE `search` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` INTEGER,
  `rule_count` INTEGER DEFAULT 0,
  `public` BOOLEAN DEFAULT 0,
  `title` VARCHAR(50),
  `search` MEDIUMTEXT,
  `checksum` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY(`id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_search_user_id` ON `search` (`user_id`);
CREATE INDEX `index_search_rule_count` ON `search` (`rule_count`);
CREATE INDEX `index_search_public` ON `search` (`public`);

CREATE TABLE `sensor` (
  `sid` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) DEFAULT 'Click To Change Me',
  `hostname` TEXT,
  `interface` TEXT,
  `filter` TEXT,
  `detail` INT(10) UNSIGNED,
  `encoding` INT(10) UNSIGNED,
  `last_cid` INT(10) UNSIGNED,
  `pending_delete` BOOLEAN DEFAULT 0,
  `updated_at` DATETIME,
  `events_count` INT(10) UNSIGNED DEFAULT 0,
  PRIMARY KEY(`sid`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_sensor_sid` ON `sensor` (`sid`);
CREATE INDEX `index_sensor_detail` ON `sensor` (`detail`);
CREATE INDEX `index_sensor_encoding` ON `sensor` (`encoding`);
CREATE INDEX `index_sensor_last_cid` ON `sensor` (`last_cid`);
CREATE INDEX `index_sensor_events_count` ON `sensor` (`events_count`);

CREATE TABLE `settings` (
  `name` VARCHAR(50) NOT NULL,
  `value` MEDIUMTEXT,
  PRIMARY KEY(`name`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_settings_name` ON `settings` (`name`);

CREATE TABLE `severities` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `sig_id` INT(10) UNSIGNED,
  `events_count` INT(10) UNSIGNED DEFAULT 0,
  `name` VARCHAR(50),
  `text_color` VARCHAR(50) DEFAULT '#ffffff',
  `bg_color` VARCHAR(50) DEFAULT '#dddddd',
  PRIMARY KEY(`id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_severities_id` ON `severities` (`id`);
CREATE INDEX `index_severities_sig_id` ON `severities` (`sig_id`);
CREATE INDEX `index_severities_events_count` ON `severities` (`events_count`);
CREATE INDEX `index_severities_text_color` ON `severities` (`text_color`);
CREATE INDEX `index_severities_bg_color` ON `severities` (`bg_color`);

CREATE TABLE `sig_class` (
  `sig_class_id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `sig_class_name` VARCHAR(50),
  PRIMARY KEY(`sig_class_id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_sig_class_sig_class_id` ON `sig_class` (`sig_class_id`);

CREATE TABLE `sig_reference` (
  `sig_id` INT(10) UNSIGNED NOT NULL,
  `ref_seq` INT(10) UNSIGNED NOT NULL,
  `ref_id` INT(10) UNSIGNED,
  PRIMARY KEY(`sig_id`, `ref_seq`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_sig_reference_sig_id` ON `sig_reference` (`sig_id`);
CREATE INDEX `index_sig_reference_ref_seq` ON `sig_reference` (`ref_seq`);

CREATE TABLE `signature` (
  `sig_id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `sig_class_id` INT(10) UNSIGNED,
  `sig_name` TEXT,
  `sig_priority` INT(10) UNSIGNED,
  `sig_rev` INT(10) UNSIGNED,
  `sig_sid` INT(10) UNSIGNED,
  `sig_gid` INT(10) UNSIGNED,
  `events_count` INT(10) UNSIGNED DEFAULT 0,
  PRIMARY KEY(`sig_id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_signature_sig_id` ON `signature` (`sig_id`);
CREATE INDEX `index_signature_sig_class_id` ON `signature` (`sig_class_id`);
CREATE INDEX `index_signature_sig_priority` ON `signature` (`sig_priority`);
CREATE INDEX `index_signature_events_count` ON `signature` (`events_count`);

CREATE TABLE `schema` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `vseq` INT(10) UNSIGNED,
  `ctime` DATETIME,
  `version` VARCHAR(50),
  PRIMARY KEY(`id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_schema_id` ON `schema` (`id`);

CREATE TABLE `tcphdr` (
  `sid` INT(10) UNSIGNED NOT NULL,
  `cid` INT(10) UNSIGNED NOT NULL,
  `tcp_sport` INT(10) UNSIGNED,
  `tcp_dport` INT(10) UNSIGNED,
  `tcp_seq` INT(10) UNSIGNED,
  `tcp_ack` INT(10) UNSIGNED,
  `tcp_off` INT(10) UNSIGNED,
  `tcp_res` INT(10) UNSIGNED,
  `tcp_flags` INT(10) UNSIGNED,
  `tcp_win` INT(10) UNSIGNED,
  `tcp_csum` INT(10) UNSIGNED,
  `tcp_urp` INT(10) UNSIGNED,
  PRIMARY KEY(`sid`, `cid`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_tcphdr_sid` ON `tcphdr` (`sid`);
CREATE INDEX `index_tcphdr_cid` ON `tcphdr` (`cid`);
CREATE INDEX `index_tcphdr_tcp_sport` ON `tcphdr` (`tcp_sport`);
CREATE INDEX `index_tcphdr_tcp_dport` ON `tcphdr` (`tcp_dport`);

CREATE TABLE `udphdr` (
  `sid` INT(10) UNSIGNED NOT NULL,
  `cid` INT(10) UNSIGNED NOT NULL,
  `udp_sport` INT(10) UNSIGNED,
  `udp_dport` INT(10) UNSIGNED,
  `udp_len` INT(10) UNSIGNED,
  `udp_csum` INT(10) UNSIGNED,
  PRIMARY KEY(`sid`, `cid`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_udphdr_sid` ON `udphdr` (`sid`);
CREATE INDEX `index_udphdr_cid` ON `udphdr` (`cid`);
CREATE INDEX `index_udphdr_udp_sport` ON `udphdr` (`udp_sport`);
CREATE INDEX `index_udphdr_udp_dport` ON `udphdr` (`udp_dport`);

CREATE TABLE `users` (
  `email` VARCHAR(50) DEFAULT '' NOT NULL,
  `encrypted_password` VARCHAR(128) DEFAULT '' NOT NULL,
  `reset_password_token` VARCHAR(50),
  `reset_password_sent_at` DATETIME,
  `remember_token` VARCHAR(50),
  `remember_created_at` DATETIME,
  `sign_in_count` INTEGER DEFAULT 0,
  `current_sign_in_at` DATETIME,
  `last_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(50),
  `last_sign_in_ip` VARCHAR(50),
  `favorites_count` INTEGER DEFAULT 0,
  `accept_notes` INTEGER DEFAULT 1,
  `notes_count` INTEGER DEFAULT 0,
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `per_page_count` INTEGER DEFAULT 45,
  `name` VARCHAR(50),
  `timezone` VARCHAR(50) DEFAULT 'UTC',
  `admin` BOOLEAN DEFAULT 0,
  `enabled` BOOLEAN DEFAULT 1,
  `gravatar` BOOLEAN DEFAULT 1,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `online` BOOLEAN DEFAULT 0,
  `last_daily_report_at` DATETIME,
  `last_weekly_report_at` INTEGER,
  `last_monthly_report_at` INTEGER,
  `last_email_report_at` DATETIME,
  `email_reports` BOOLEAN DEFAULT 0,
  `daily_reports` BOOLEAN DEFAULT 0,
  `weekly_reports` BOOLEAN DEFAULT 0,
  `monthly_reports` BOOLEAN DEFAULT 0,
  PRIMARY KEY(`id`)
) ENGINE = InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
CREATE INDEX `index_users_favorites_count` ON `users` (`favorites_count`);
CREATE INDEX `index_users_notes_count` ON `users` (`notes_count`);
CREATE INDEX `index_users_id` ON `users` (`id`);
CREATE INDEX `index_users_per_page_count` ON `users` (`per_page_count`);
