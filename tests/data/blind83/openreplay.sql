SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `tenants` (
  `tenant_id` INT NOT NULL DEFAULT 1,
  `tenant_key` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `api_key` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `license` TEXT,
  `opt_out` TINYINT(1) NOT NULL DEFAULT 0,
  `t_projects` INT NOT NULL DEFAULT 1,
  `t_sessions` BIGINT NOT NULL DEFAULT 0,
  `t_users` INT NOT NULL DEFAULT 1,
  `t_integrations` INT NOT NULL DEFAULT 0,
  `last_telemetry` BIGINT NOT NULL,
  `scope_state` SMALLINT NOT NULL DEFAULT 2
);

CREATE TABLE `users` (
  `user_id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `role` ENUM('owner', 'admin', 'member') NOT NULL DEFAULT 'member',
  `name` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  `api_key` VARCHAR(255) NOT NULL,
  `jwt_iat` DATETIME DEFAULT NULL,
  `jwt_refresh_jti` INT DEFAULT NULL,
  `jwt_refresh_iat` DATETIME DEFAULT NULL,
  `spot_jwt_iat` DATETIME DEFAULT NULL,
  `spot_jwt_refresh_jti` INT DEFAULT NULL,
  `spot_jwt_refresh_iat` DATETIME DEFAULT NULL,
  `data` JSON NOT NULL,
  `weekly_report` TINYINT(1) NOT NULL DEFAULT 1,
  `settings` JSON,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY (`email`),
  UNIQUE KEY (`api_key`)
);

CREATE TABLE `basic_authentication` (
  `user_id` INT NOT NULL,
  `password` TEXT,
  `invitation_token` TEXT,
  `invited_at` DATETIME DEFAULT NULL,
  `change_pwd_token` TEXT,
  `change_pwd_expire_at` DATETIME DEFAULT NULL,
  `changed_at` DATETIME,
  UNIQUE KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `oauth_authentication` (
  `user_id` INT NOT NULL,
  `provider` ENUM('jira', 'github') NOT NULL,
  `provider_user_id` TEXT NOT NULL,
  `token` TEXT NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `projects` (
  `project_id` INT NOT NULL AUTO_INCREMENT,
  `project_key` VARCHAR(20) NOT NULL,
  `name` TEXT NOT NULL,
  `platform` ENUM('web', 'ios', 'android') NOT NULL DEFAULT 'web',
  `active` TINYINT(1) NOT NULL,
  `sample_rate` SMALLINT NOT NULL DEFAULT 100,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  `max_session_duration` INT NOT NULL DEFAULT 7200000,
  `metadata_1` TEXT,
  `metadata_2` TEXT,
  `metadata_3` TEXT,
  `metadata_4` TEXT,
  `metadata_5` TEXT,
  `metadata_6` TEXT,
  `metadata_7` TEXT,
  `metadata_8` TEXT,
  `metadata_9` TEXT,
  `metadata_10` TEXT,
  `save_request_payloads` TINYINT(1) NOT NULL DEFAULT 0,
  `gdpr` JSON NOT NULL,
  `first_recorded_session_at` DATETIME DEFAULT NULL,
  `sessions_last_check_at` DATETIME DEFAULT NULL,
  `beacon_size` INT NOT NULL DEFAULT 0,
  `conditional_capture` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`project_id`),
  UNIQUE KEY (`project_key`)
);

CREATE TABLE `webhooks` (
  `webhook_id` INT NOT NULL AUTO_INCREMENT,
  `endpoint` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME,
  `auth_header` TEXT,
  `type` ENUM('webhook', 'slack', 'email', 'msteams') NOT NULL DEFAULT 'webhook',
  `index` INT NOT NULL DEFAULT 0,
  `name` VARCHAR(100),
  PRIMARY KEY (`webhook_id`)
);

CREATE TABLE `notifications` (
  `notification_id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `title` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `button_text` VARCHAR(80),
  `button_url` TEXT,
  `image_url` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `options` JSON NOT NULL,
  PRIMARY KEY (`notification_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `integrations` (
  `project_id` INT NOT NULL,
  `provider` ENUM('bugsnag', 'cloudwatch', 'datadog', 'newrelic', 'rollbar', 'sentry', 'stackdriver', 'sumologic', 'elasticsearch', 'dynatrace') NOT NULL,
  `options` JSON NOT NULL,
  `request_data` JSON NOT NULL,
  PRIMARY KEY (`project_id`, `provider`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE
);

CREATE TABLE `jira_cloud` (
  `user_id` INT NOT NULL,
  `username` TEXT NOT NULL,
  `token` TEXT NOT NULL,
  `url` TEXT,
  PRIMARY KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `issues` (
  `issue_id` VARCHAR(255) NOT NULL,
  `project_id` INT NOT NULL,
  `type` ENUM('click_rage', 'tap_rage', 'dead_click', 'excessive_scrolling', 'bad_request', 'missing_resource', 'memory', 'cpu', 'slow_resource', 'slow_page_load', 'crash', 'ml_cpu', 'ml_memory', 'ml_dead_click', 'ml_click_rage', 'ml_mouse_thrashing', 'ml_excessive_scrolling', 'ml_slow_resources', 'custom', 'js_exception', 'mouse_thrashing', 'app_crash', 'incident') NOT NULL,
  `context_string` TEXT NOT NULL,
  `context` JSON,
  PRIMARY KEY (`issue_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE
);

CREATE TABLE `errors` (
  `error_id` VARCHAR(255) NOT NULL,
  `project_id` INT NOT NULL,
  `source` ENUM('js_exception', 'bugsnag', 'cloudwatch', 'datadog', 'newrelic', 'rollbar', 'sentry', 'stackdriver', 'sumologic', 'elasticsearch') NOT NULL,
  `name` TEXT,
  `message` TEXT NOT NULL,
  `payload` JSON NOT NULL,
  `status` ENUM('unresolved', 'resolved', 'ignored') NOT NULL DEFAULT 'unresolved',
  `parent_error_id` VARCHAR(255) DEFAULT NULL,
  `stacktrace` JSON COMMENT 'to save the stacktrace and not query S3 another time',
  `stacktrace_parsed_at` DATETIME,
  PRIMARY KEY (`error_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE,
  FOREIGN KEY (`parent_error_id`) REFERENCES `errors` (`error_id`) ON DELETE SET NULL
);

CREATE TABLE `sessions` (
  `session_id` BIGINT NOT NULL,
  `project_id` INT NOT NULL,
  `tracker_version` TEXT NOT NULL,
  `start_ts` BIGINT NOT NULL,
  `timezone` TEXT,
  `duration` INT,
  `rev_id` TEXT,
  `platform` ENUM('web', 'ios', 'android') NOT NULL DEFAULT 'web',
  `is_snippet` TINYINT(1) NOT NULL DEFAULT 0,
  `user_id` TEXT,
  `user_anonymous_id` TEXT,
  `user_uuid` CHAR(36) NOT NULL,
  `user_os` TEXT NOT NULL,
  `user_os_version` TEXT,
  `user_browser` TEXT,
  `user_browser_version` TEXT,
  `user_device` TEXT NOT NULL,
  `user_device_type` ENUM('desktop', 'tablet', 'mobile', 'other') NOT NULL,
  `user_device_memory_size` INT DEFAULT NULL,
  `user_device_heap_size` BIGINT DEFAULT NULL,
  `user_country` ENUM('UN', 'RW', 'SO', 'YE', 'IQ', 'SA', 'IR', 'CY', 'TZ', 'SY', 'AM', 'KE', 'CD', 'DJ', 'UG', 'CF', 'SC', 'JO', 'LB', 'KW', 'OM', 'QA', 'BH', 'AE', 'IL', 'TR', 'ET', 'ER', 'EG', 'SD', 'GR', 'BI', 'EE', 'LV', 'AZ', 'LT', 'SJ', 'GE', 'MD', 'BY', 'FI', 'AX', 'UA', 'MK', 'HU', 'BG', 'AL', 'PL', 'RO', 'XK', 'ZW', 'ZM', 'KM', 'MW', 'LS', 'BW', 'MU', 'SZ', 'RE', 'ZA', 'YT', 'MZ', 'MG', 'AF', 'PK', 'BD', 'TM', 'TJ', 'LK', 'BT', 'IN', 'MV', 'IO', 'NP', 'MM', 'UZ', 'KZ', 'KG', 'TF', 'HM', 'CC', 'PW', 'VN', 'TH', 'ID', 'LA', 'TW', 'PH', 'MY', 'CN', 'HK', 'BN', 'MO', 'KH', 'KR', 'JP', 'KP', 'SG', 'CK', 'TL', 'RU', 'MN', 'AU', 'CX', 'MH', 'FM', 'PG', 'SB', 'TV', 'NR', 'VU', 'NC', 'NF', 'NZ', 'FJ', 'LY', 'CM', 'SN', 'CG', 'PT', 'LR', 'CI', 'GH', 'GQ', 'NG', 'BF', 'TG', 'GW', 'MR', 'BJ', 'GA', 'SL', 'ST', 'GI', 'GM', 'GN', 'TD', 'NE', 'ML', 'EH', 'TN', 'ES', 'MA', 'MT', 'DZ', 'FO', 'DK', 'IS', 'GB', 'CH', 'SE', 'NL', 'AT', 'BE', 'DE', 'LU', 'IE', 'MC', 'FR', 'AD', 'LI', 'JE', 'IM', 'GG', 'SK', 'CZ', 'NO', 'VA', 'SM', 'IT', 'SI', 'ME', 'HR', 'BA', 'AO', 'NA', 'SH', 'BV', 'BB', 'CV', 'GY', 'GF', 'SR', 'PM', 'GL', 'PY', 'UY', 'BR', 'FK', 'GS', 'JM', 'DO', 'CU', 'MQ', 'BS', 'BM', 'AI', 'TT', 'KN', 'DM', 'AG', 'LC', 'TC', 'AW', 'VG', 'VC', 'MS', 'MF', 'BL', 'GP', 'GD', 'KY', 'BZ', 'SV', 'GT', 'HN', 'NI', 'CR', 'VE', 'EC', 'CO', 'PA', 'HT', 'AR', 'CL', 'BO', 'PE', 'MX', 'PF', 'PN', 'KI', 'TK', 'TO', 'WF', 'WS', 'NU', 'MP', 'GU', 'PR', 'VI', 'UM', 'AS', 'CA', 'US', 'PS', 'RS', 'AQ', 'SX', 'CW', 'BQ', 'SS', 'AC', 'AN', 'BU', 'CP', 'CS', 'CT', 'DD', 'DG', 'DY', 'EA', 'FQ', 'FX', 'HV', 'IC', 'JT', 'MI', 'NH', 'NQ', 'NT', 'PC', 'PU', 'PZ', 'RH', 'SU', 'TA', 'TP', 'VD', 'WK', 'YD', 'YU', 'ZR') NOT NULL,
  `user_city` TEXT,
  `user_state` TEXT,
  `pages_count` INT NOT NULL DEFAULT 0,
  `events_count` INT NOT NULL DEFAULT 0,
  `errors_count` INT NOT NULL DEFAULT 0,
  `watchdogs_score` BIGINT NOT NULL DEFAULT 0,
  `issue_types` JSON NOT NULL,
  `utm_source` TEXT,
  `utm_medium` TEXT,
  `utm_campaign` TEXT,
  `referrer` TEXT,
  `base_referrer` TEXT,
  `has_ut_test` TINYINT(1) DEFAULT 0,
  `screen_width` INT DEFAULT NULL,
  `screen_height` INT DEFAULT NULL,
  `metadata_1` TEXT,
  `metadata_2` TEXT,
  `metadata_3` TEXT,
  `metadata_4` TEXT,
  `metadata_5` TEXT,
  `metadata_6` TEXT,
  `metadata_7` TEXT,
  `metadata_8` TEXT,
  `metadata_9` TEXT,
  `metadata_10` TEXT,
  PRIMARY KEY (`session_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE
);

CREATE TABLE `user_viewed_sessions` (
  `user_id` INT NOT NULL,
  `session_id` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`, `session_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE,
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE
);

CREATE TABLE `user_favorite_sessions` (
  `user_id` INT NOT NULL,
  `session_id` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`, `session_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE,
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE
);

CREATE TABLE `assigned_sessions` (
  `session_id` BIGINT NOT NULL,
  `issue_id` TEXT NOT NULL,
  `provider` ENUM('jira', 'github') NOT NULL,
  `created_by` INT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `provider_data` JSON NOT NULL,
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE
);

CREATE TABLE `events_common_customs` (
  `session_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `seq_index` INT NOT NULL,
  `name` TEXT NOT NULL,
  `payload` JSON NOT NULL,
  `level` ENUM('info', 'error') NOT NULL DEFAULT 'info',
  PRIMARY KEY (`session_id`, `timestamp`, `seq_index`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE
);

CREATE TABLE `events_common_issues` (
  `session_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `seq_index` INT NOT NULL,
  `issue_id` VARCHAR(255) NOT NULL,
  `payload` JSON,
  PRIMARY KEY (`session_id`, `timestamp`, `seq_index`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE,
  FOREIGN KEY (`issue_id`) REFERENCES `issues` (`issue_id`) ON DELETE CASCADE
);

CREATE TABLE `events_common_requests` (
  `session_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `seq_index` INT NOT NULL,
  `url` TEXT NOT NULL,
  `duration` INT NOT NULL,
  `success` TINYINT(1) NOT NULL,
  `request_body` TEXT,
  `response_body` TEXT,
  `status_code` SMALLINT,
  `method` ENUM('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'),
  `host` TEXT,
  `path` TEXT,
  `query` TEXT,
  `transfer_size` BIGINT,
  PRIMARY KEY (`session_id`, `timestamp`, `seq_index`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE
);

CREATE TABLE `events_pages` (
  `session_id` BIGINT NOT NULL,
  `message_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `host` TEXT NOT NULL,
  `path` TEXT NOT NULL,
  `query` TEXT,
  `referrer` TEXT,
  `base_referrer` TEXT,
  `dom_building_time` INT DEFAULT NULL,
  `dom_content_loaded_time` INT DEFAULT NULL,
  `load_time` INT DEFAULT NULL,
  `first_paint_time` INT DEFAULT NULL,
  `first_contentful_paint_time` INT DEFAULT NULL,
  `speed_index` INT DEFAULT NULL,
  `visually_complete` INT DEFAULT NULL,
  `time_to_interactive` INT DEFAULT NULL,
  `response_time` BIGINT DEFAULT NULL,
  `response_end` BIGINT DEFAULT NULL,
  `ttfb` INT DEFAULT NULL,
  `web_vitals` TEXT,
  PRIMARY KEY (`session_id`, `message_id`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE
);

CREATE TABLE `events_clicks` (
  `session_id` BIGINT NOT NULL,
  `message_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `label` TEXT,
  `url` TEXT NOT NULL,
  `path` TEXT,
  `selector` TEXT NOT NULL,
  `hesitation` INT DEFAULT NULL,
  `normalized_x` DECIMAL(20,10) DEFAULT NULL,
  `normalized_y` DECIMAL(20,10) DEFAULT NULL,
  PRIMARY KEY (`session_id`, `message_id`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE
);

CREATE TABLE `events_inputs` (
  `session_id` BIGINT NOT NULL,
  `message_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `label` TEXT,
  `value` TEXT,
  `duration` INT DEFAULT NULL,
  `hesitation` INT DEFAULT NULL,
  PRIMARY KEY (`session_id`, `message_id`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE
);

CREATE TABLE `events_errors` (
  `session_id` BIGINT NOT NULL,
  `message_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `error_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`session_id`, `message_id`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE,
  FOREIGN KEY (`error_id`) REFERENCES `errors` (`error_id`) ON DELETE CASCADE
);

CREATE TABLE `events_graphql` (
  `session_id` BIGINT NOT NULL,
  `message_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `request_body` TEXT,
  `response_body` TEXT,
  `method` ENUM('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'),
  PRIMARY KEY (`session_id`, `message_id`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE
);

CREATE TABLE `events_state_actions` (
  `session_id` BIGINT NOT NULL,
  `message_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`session_id`, `message_id`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE
);

CREATE TABLE `autocomplete` (
  `value` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `project_id` INT NOT NULL,
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE
);

CREATE TABLE `jobs` (
  `job_id` INT NOT NULL AUTO_INCREMENT,
  `description` TEXT NOT NULL,
  `status` ENUM('scheduled', 'running', 'cancelled', 'failed', 'completed') NOT NULL,
  `project_id` INT NOT NULL,
  `action` ENUM('delete_user_data') NOT NULL,
  `reference_id` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `start_at` DATETIME NOT NULL,
  `errors` TEXT,
  PRIMARY KEY (`job_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE
);

CREATE TABLE `metrics` (
  `metric_id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `user_id` INT,
  `name` TEXT NOT NULL,
  `is_public` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME,
  `edited_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `metric_type` TEXT NOT NULL,
  `view_type` TEXT NOT NULL,
  `metric_of` TEXT NOT NULL,
  `metric_value` JSON NOT NULL,
  `metric_format` TEXT NOT NULL,
  `thumbnail` TEXT,
  `is_pinned` TINYINT(1) NOT NULL DEFAULT 0,
  `default_config` JSON NOT NULL,
  `data` JSON,
  `card_info` JSON,
  PRIMARY KEY (`metric_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE SET NULL
);

CREATE TABLE `dashboards` (
  `dashboard_id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `user_id` INT,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `is_public` TINYINT(1) NOT NULL DEFAULT 1,
  `is_pinned` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`dashboard_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE SET NULL
);

CREATE TABLE `searches` (
  `search_id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `name` TEXT NOT NULL,
  `filter` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME,
  `is_public` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`search_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `alerts` (
  `alert_id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `series_id` INT,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `detection_method` ENUM('threshold', 'change') NOT NULL,
  `change` ENUM('percent', 'change') NOT NULL DEFAULT 'change',
  `query` JSON NOT NULL,
  `deleted_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `options` JSON NOT NULL,
  PRIMARY KEY (`alert_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE
);

CREATE TABLE `sessions_notes` (
  `note_id` INT NOT NULL AUTO_INCREMENT,
  `message` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `user_id` INT,
  `deleted_at` DATETIME DEFAULT NULL,
  `tag` TEXT,
  `session_id` BIGINT NOT NULL,
  `project_id` INT NOT NULL,
  `timestamp` INT NOT NULL DEFAULT -1,
  `is_public` TINYINT(1) NOT NULL DEFAULT 0,
  `thumbnail` TEXT,
  `updated_at` DATETIME DEFAULT NULL,
  `start_at` INT,
  `end_at` INT,
  PRIMARY KEY (`note_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE SET NULL,
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE,
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE
);

CREATE TABLE `errors_tags` (
  `key` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `error_id` VARCHAR(255) NOT NULL,
  `session_id` BIGINT NOT NULL,
  `message_id` BIGINT NOT NULL,
  FOREIGN KEY (`session_id`, `message_id`) REFERENCES `events_errors` (`session_id`, `message_id`) ON DELETE CASCADE,
  FOREIGN KEY (`error_id`) REFERENCES `errors` (`error_id`) ON DELETE CASCADE
);

CREATE TABLE `projects_stats` (
  `project_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `sessions_count` INT NOT NULL DEFAULT 0,
  `events_count` BIGINT NOT NULL DEFAULT 0,
  `last_update_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`project_id`, `created_at`)
);

CREATE TABLE `feature_flags` (
  `feature_flag_id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `flag_key` TEXT NOT NULL,
  `description` TEXT,
  `payload` JSON,
  `flag_type` TEXT NOT NULL,
  `is_persist` TINYINT(1) NOT NULL DEFAULT 0,
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `created_by` INT,
  `updated_by` INT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`feature_flag_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE,
  FOREIGN KEY (`created_by`) REFERENCES `users` (`user_id`) ON DELETE SET NULL,
  FOREIGN KEY (`updated_by`) REFERENCES `users` (`user_id`) ON DELETE SET NULL
);

CREATE TABLE `feature_flags_conditions` (
  `condition_id` INT NOT NULL AUTO_INCREMENT,
  `feature_flag_id` INT NOT NULL,
  `name` TEXT NOT NULL,
  `rollout_percentage` INT NOT NULL,
  `filters` JSON NOT NULL,
  PRIMARY KEY (`condition_id`),
  FOREIGN KEY (`feature_flag_id`) REFERENCES `feature_flags` (`feature_flag_id`) ON DELETE CASCADE
);

CREATE TABLE `tags` (
  `tag_id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `project_id` INT NOT NULL,
  `selector` TEXT NOT NULL,
  `ignore_click_rage` TINYINT(1) NOT NULL,
  `ignore_dead_click` TINYINT(1) NOT NULL,
  `location` TEXT,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`tag_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE
);

CREATE TABLE `events_tags` (
  `session_id` BIGINT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `seq_index` INT NOT NULL,
  `tag_id` INT NOT NULL,
  PRIMARY KEY (`session_id`, `timestamp`, `seq_index`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE,
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`tag_id`) ON DELETE CASCADE
);

CREATE TABLE `ut_tests` (
  `test_id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `starting_path` VARCHAR(255),
  `status` ENUM('preview', 'in-progress', 'paused', 'closed') NOT NULL,
  `require_mic` TINYINT(1) DEFAULT 0,
  `require_camera` TINYINT(1) DEFAULT 0,
  `description` TEXT,
  `guidelines` TEXT,
  `conclusion_message` TEXT,
  `created_by` INT,
  `updated_by` INT,
  `visibility` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`test_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE,
  FOREIGN KEY (`created_by`) REFERENCES `users` (`user_id`) ON DELETE SET NULL,
  FOREIGN KEY (`updated_by`) REFERENCES `users` (`user_id`) ON DELETE SET NULL
);

CREATE TABLE `ut_tests_tasks` (
  `task_id` INT NOT NULL AUTO_INCREMENT,
  `test_id` INT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `allow_typing` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`task_id`),
  FOREIGN KEY (`test_id`) REFERENCES `ut_tests` (`test_id`) ON DELETE CASCADE
);

CREATE TABLE `ut_tests_signals` (
  `signal_id` INT NOT NULL AUTO_INCREMENT,
  `session_id` BIGINT,
  `test_id` INT NOT NULL,
  `task_id` INT,
  `status` ENUM('begin', 'done', 'skipped') NOT NULL,
  `comment` TEXT,
  `timestamp` BIGINT NOT NULL,
  `duration` BIGINT,
  PRIMARY KEY (`signal_id`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE SET NULL,
  FOREIGN KEY (`test_id`) REFERENCES `ut_tests` (`test_id`) ON DELETE CASCADE,
  FOREIGN KEY (`task_id`) REFERENCES `ut_tests_tasks` (`task_id`) ON DELETE CASCADE
);

CREATE TABLE `events_canvas_recordings` (
  `session_id` BIGINT NOT NULL,
  `recording_id` TEXT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`session_id`) ON DELETE CASCADE
);

CREATE TABLE `spots_spots` (
  `spot_id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `tenant_id` BIGINT NOT NULL,
  `duration` INT NOT NULL,
  `crop` JSON,
  `comments` JSON,
  `status` TEXT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT NULL,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`spot_id`)
);

CREATE TABLE `saved_searches` (
  `search_id` CHAR(36) NOT NULL,
  `project_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `is_public` TINYINT(1) NOT NULL DEFAULT 0,
  `is_share` TINYINT(1) NOT NULL DEFAULT 0,
  `search_data` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expires_at` DATETIME DEFAULT NULL,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`search_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `actions` (
  `action_id` CHAR(36) NOT NULL,
  `project_id` INT NOT NULL,
  `user_id` INT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(1024) DEFAULT NULL,
  `filters` JSON NOT NULL,
  `is_public` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`action_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`project_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE SET NULL
);
