SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `user` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `username` VARCHAR(255),
  `email` VARCHAR(255) NOT NULL,
  `emailVerified` TINYINT(1) NOT NULL,
  `image` TEXT,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `role` TEXT NOT NULL,
  `displayUsername` TEXT,
  `banned` TINYINT(1),
  `banReason` TEXT,
  `banExpires` DATETIME,
  `stripeCustomerId` TEXT COMMENT 'deprecated',
  `overMonthlyLimit` TINYINT(1) DEFAULT 0 COMMENT 'deprecated',
  `monthlyEventCount` INT DEFAULT 0 COMMENT 'deprecated',
  `sendAutoEmailReports` TINYINT(1) DEFAULT 1,
  `scheduled_tip_email_ids` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`username`),
  UNIQUE KEY (`email`)
) COMMENT='User table (BetterAuth)';

CREATE TABLE `verification` (
  `id` VARCHAR(255) NOT NULL,
  `identifier` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `expiresAt` DATETIME NOT NULL,
  `createdAt` DATETIME,
  `updatedAt` DATETIME,
  PRIMARY KEY (`id`)
) COMMENT='Verification table (BetterAuth)';

CREATE TABLE `sites` (
  `id` TEXT,
  `site_id` INT NOT NULL AUTO_INCREMENT COMMENT 'deprecated - keeping as primary key for backwards compatibility',
  `name` TEXT NOT NULL,
  `type` TEXT,
  `domain` TEXT NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `created_by` VARCHAR(255),
  `organization_id` VARCHAR(255),
  `public` TINYINT(1) DEFAULT 0,
  `embed_enabled` TINYINT(1) DEFAULT 0,
  `saltUserIds` TINYINT(1) DEFAULT 0,
  `blockBots` TINYINT(1) NOT NULL DEFAULT 1,
  `first_party_proxy` TINYINT(1) DEFAULT 0 COMMENT 'Site owner declares a first-party proxy (Cloudflare Worker, CloudFront, nginx, ...) fronts their tracking traffic, so forwarded headers carry the real visitor IP and must win over the connecting edge IP.',
  `excluded_ips` JSON COMMENT 'Array of IP addresses/ranges to exclude',
  `excluded_countries` JSON COMMENT 'Array of ISO country codes to exclude (e.g., ["US", "GB"])',
  `excluded_paths` JSON COMMENT 'Array of pathname glob patterns to exclude (e.g., ["/admin/*", "/preview"])',
  `excluded_hostnames` JSON COMMENT 'Array of hostname glob patterns to exclude (e.g., ["localhost", "*.vercel.app"])',
  `excluded_user_agents` JSON COMMENT 'Array of case-insensitive user-agent substrings to exclude (e.g., ["HeadlessChrome"])',
  `excluded_asns` JSON COMMENT 'Array of autonomous system numbers to exclude, with or without "AS" prefix (e.g., ["AS13335", "16509"])',
  `excluded_query_params` JSON COMMENT 'Array of query param exclusions: "name" (param present) or "name=value" (value supports * glob), e.g. ["preview", "utm_source=internal-*"]',
  `sessionReplay` TINYINT(1) DEFAULT 0,
  `webVitals` TINYINT(1) DEFAULT 0,
  `trackErrors` TINYINT(1) DEFAULT 0,
  `trackOutbound` TINYINT(1) DEFAULT 1,
  `trackUrlParams` TINYINT(1) DEFAULT 1,
  `trackInitialPageView` TINYINT(1) DEFAULT 1,
  `trackSpaNavigation` TINYINT(1) DEFAULT 1,
  `trackIp` TINYINT(1) DEFAULT 0,
  `trackButtonClicks` TINYINT(1) DEFAULT 0,
  `trackCopy` TINYINT(1) DEFAULT 0,
  `trackFormInteractions` TINYINT(1) DEFAULT 0,
  `api_key` TEXT COMMENT 'Format: rb_{64_hex_chars} = 67 chars total',
  `private_link_key` TEXT,
  `tags` JSON,
  `icon` BLOB,
  PRIMARY KEY (`site_id`),
  FOREIGN KEY (`created_by`) REFERENCES `user` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) COMMENT='Sites table';

CREATE TABLE `active_sessions` (
  `session_id` VARCHAR(255) NOT NULL,
  `site_id` INT,
  `user_id` TEXT,
  `start_time` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `last_activity` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`session_id`)
) COMMENT='Active sessions table. DEPRECATED: session tracking moved to Redis (see services/sessions/sessionsService.ts). No longer read or written by the app; kept so existing deployments stay drift-free.';

CREATE TABLE `funnels` (
  `report_id` INT NOT NULL AUTO_INCREMENT,
  `site_id` INT,
  `user_id` VARCHAR(255),
  `data` JSON,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`report_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`site_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
);

CREATE TABLE `dashboards` (
  `dashboard_id` INT NOT NULL AUTO_INCREMENT,
  `site_id` INT,
  `user_id` VARCHAR(255),
  `name` TEXT NOT NULL,
  `config` JSON NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`dashboard_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`site_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
);

CREATE TABLE `account` (
  `id` VARCHAR(255) NOT NULL,
  `accountId` TEXT NOT NULL,
  `providerId` TEXT NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `accessToken` TEXT,
  `refreshToken` TEXT,
  `idToken` TEXT,
  `accessTokenExpiresAt` DATETIME,
  `refreshTokenExpiresAt` DATETIME,
  `scope` TEXT,
  `password` TEXT,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) COMMENT='Account table (BetterAuth)';

CREATE TABLE `organization` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `logo` TEXT,
  `createdAt` DATETIME NOT NULL,
  `metadata` TEXT,
  `stripeCustomerId` TEXT,
  `monthlyEventCount` INT DEFAULT 0,
  `overMonthlyLimit` TINYINT(1) DEFAULT 0,
  `approachingLimitNotifiedPeriodStart` TEXT,
  `planOverride` TEXT COMMENT 'Plan name override (e.g., "pro1m", "standard500k")',
  `custom_plan` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`slug`)
) COMMENT='Organization table (BetterAuth)';

CREATE TABLE `member` (
  `id` VARCHAR(255) NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `role` TEXT NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `has_restricted_site_access` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Site access restriction: false = all sites (default), true = only sites in member_site_access',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) COMMENT='Member table (BetterAuth)';

CREATE TABLE `invitation` (
  `id` VARCHAR(255) NOT NULL,
  `email` TEXT NOT NULL,
  `inviterId` VARCHAR(255),
  `organizationId` VARCHAR(255) NOT NULL,
  `role` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  `createdAt` DATETIME,
  `expiresAt` DATETIME NOT NULL,
  `has_restricted_site_access` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Site access restriction for the invited member',
  `site_ids` JSON COMMENT 'Array of site IDs to grant access to',
  `teamId` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`inviterId`) REFERENCES `user` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `team` (`id`) ON DELETE SET NULL
) COMMENT='Invitation table (BetterAuth)';

CREATE TABLE `member_site_access` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `member_id` VARCHAR(255) NOT NULL,
  `site_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`member_id`, `site_id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`site_id`) ON DELETE CASCADE,
  FOREIGN KEY (`created_by`) REFERENCES `user` (`id`) ON DELETE SET NULL
) COMMENT='Member site access junction table - stores which sites a member has access to. Only used when member.hasRestrictedSiteAccess = true';

CREATE TABLE `team` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) COMMENT='Team table (BetterAuth)';

CREATE TABLE `teamMember` (
  `id` VARCHAR(255) NOT NULL,
  `teamId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `team` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) COMMENT='Team member table (BetterAuth)';

CREATE TABLE `team_site_access` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `team_id` VARCHAR(255) NOT NULL,
  `site_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`team_id`, `site_id`),
  FOREIGN KEY (`team_id`) REFERENCES `team` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`site_id`) ON DELETE CASCADE
) COMMENT='Team site access junction table - stores which sites belong to a team';

CREATE TABLE `session` (
  `id` VARCHAR(255) NOT NULL,
  `expiresAt` DATETIME NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `ipAddress` TEXT,
  `userAgent` TEXT,
  `userId` VARCHAR(255) NOT NULL,
  `impersonatedBy` TEXT,
  `activeOrganizationId` TEXT,
  `activeTeamId` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) COMMENT='Session table (BetterAuth)';

CREATE TABLE `apikey` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `start` TEXT,
  `prefix` TEXT,
  `key` TEXT NOT NULL,
  `referenceId` TEXT NOT NULL COMMENT 'A user id (configId NULL/"default") or an organization id (configId "org") — polymorphic, so no FK. Cleanup happens in auth.ts''s deleteUser.afterDelete and afterDeleteOrganization hooks.',
  `refillInterval` INT,
  `refillAmount` INT,
  `lastRefillAt` DATETIME,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `rateLimitEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `rateLimitTimeWindow` INT,
  `rateLimitMax` INT,
  `requestCount` INT NOT NULL DEFAULT 0,
  `remaining` INT,
  `lastRequest` DATETIME,
  `expiresAt` DATETIME,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `configId` TEXT,
  `permissions` TEXT,
  `metadata` JSON,
  PRIMARY KEY (`id`)
) COMMENT='API Key table (BetterAuth)';

CREATE TABLE `oauthApplication` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `icon` TEXT,
  `metadata` TEXT,
  `clientId` VARCHAR(255) NOT NULL,
  `clientSecret` TEXT,
  `redirectUrls` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `disabled` TINYINT(1) DEFAULT 0,
  `userId` VARCHAR(255),
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`clientId`),
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `oauthAccessToken` (
  `id` VARCHAR(255) NOT NULL,
  `accessToken` VARCHAR(255) NOT NULL,
  `refreshToken` VARCHAR(255),
  `accessTokenExpiresAt` DATETIME NOT NULL,
  `refreshTokenExpiresAt` DATETIME,
  `clientId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255),
  `scopes` TEXT NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`accessToken`),
  UNIQUE KEY (`refreshToken`),
  FOREIGN KEY (`clientId`) REFERENCES `oauthApplication` (`clientId`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `oauthConsent` (
  `id` VARCHAR(255) NOT NULL,
  `clientId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `scopes` TEXT NOT NULL,
  `consentGiven` TINYINT(1) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`clientId`) REFERENCES `oauthApplication` (`clientId`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `goals` (
  `goal_id` INT NOT NULL AUTO_INCREMENT,
  `site_id` INT NOT NULL,
  `name` TEXT COMMENT 'Optional, user-defined name for the goal',
  `goal_type` TEXT NOT NULL COMMENT '''path'', ''event'', ''outbound'', ''button_click'', ''form_submit'', or ''copy''',
  `config` JSON NOT NULL COMMENT 'Configuration specific to the goal type',
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`goal_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`site_id`) ON DELETE CASCADE
) COMMENT='Goals table for tracking conversion goals';

CREATE TABLE `feature_flags` (
  `flag_id` INT NOT NULL AUTO_INCREMENT,
  `site_id` INT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `runtime` TEXT NOT NULL,
  `flag_type` TEXT NOT NULL,
  `payload` JSON,
  `variants` JSON NOT NULL,
  `rollout_percentage` INT NOT NULL DEFAULT 100,
  `rules` JSON NOT NULL,
  `condition_sets` JSON NOT NULL,
  `salt` TEXT NOT NULL,
  `version` INT NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`flag_id`),
  UNIQUE KEY (`site_id`, `key`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`site_id`) ON DELETE CASCADE
);

CREATE TABLE `experiments` (
  `experiment_id` INT NOT NULL AUTO_INCREMENT,
  `site_id` INT NOT NULL,
  `feature_flag_id` INT NOT NULL,
  `primary_goal_id` INT,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `hypothesis` TEXT,
  `status` TEXT NOT NULL,
  `winning_variant` TEXT,
  `started_at` DATETIME,
  `ended_at` DATETIME,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`experiment_id`),
  UNIQUE KEY (`site_id`, `feature_flag_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`site_id`) ON DELETE CASCADE,
  FOREIGN KEY (`feature_flag_id`) REFERENCES `feature_flags` (`flag_id`) ON DELETE CASCADE,
  FOREIGN KEY (`primary_goal_id`) REFERENCES `goals` (`goal_id`) ON DELETE SET NULL
);

CREATE TABLE `telemetry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `instance_id` TEXT NOT NULL,
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `version` TEXT NOT NULL,
  `table_counts` JSON NOT NULL,
  `clickhouse_size_gb` FLOAT NOT NULL,
  PRIMARY KEY (`id`)
) COMMENT='Telemetry table for tracking self-hosted instances';

CREATE TABLE `gsc_connections` (
  `site_id` INT NOT NULL,
  `access_token` TEXT NOT NULL COMMENT 'OAuth tokens',
  `refresh_token` TEXT NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `gsc_property_url` TEXT NOT NULL COMMENT 'Which GSC property this connection is for',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`site_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`site_id`) ON DELETE CASCADE
) COMMENT='Google Search Console connections table';

CREATE TABLE `user_profiles` (
  `site_id` INT NOT NULL,
  `user_id` VARCHAR(255) NOT NULL COMMENT 'The identified user ID from identify() call',
  `traits` JSON,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`site_id`, `user_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`site_id`) ON DELETE CASCADE
) COMMENT='User profiles - stores identified user traits (email, name, custom fields)';

CREATE TABLE `user_aliases` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `site_id` INT NOT NULL,
  `anonymous_id` VARCHAR(255) NOT NULL COMMENT 'Hash of IP+UserAgent (device fingerprint)',
  `user_id` TEXT NOT NULL COMMENT 'The identified user ID',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`site_id`, `anonymous_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`site_id`) ON DELETE CASCADE
) COMMENT='User aliases - maps anonymous IDs to identified users (multi-device support)';

CREATE TABLE `cancellation_feedback` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organization_id` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `reason` TEXT NOT NULL,
  `reason_details` TEXT,
  `retention_offer_shown` TEXT,
  `retention_offer_accepted` TINYINT(1) DEFAULT 0,
  `outcome` TEXT NOT NULL,
  `plan_name_at_cancellation` TEXT,
  `monthly_event_count_at_cancellation` INT,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) COMMENT='Cancellation feedback for churn reduction';

CREATE TABLE `import_status` (
  `import_id` CHAR(36) NOT NULL,
  `site_id` INT NOT NULL,
  `organization_id` VARCHAR(255) NOT NULL,
  `platform` ENUM('umami', 'simple_analytics', 'plausible') NOT NULL,
  `imported_events` INT NOT NULL DEFAULT 0,
  `skipped_events` INT NOT NULL DEFAULT 0,
  `invalid_events` INT NOT NULL DEFAULT 0,
  `started_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `completed_at` DATETIME,
  PRIMARY KEY (`import_id`),
  FOREIGN KEY (`site_id`) REFERENCES `sites` (`site_id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
);

CREATE TABLE `events` (
  `site_id` SMALLINT UNSIGNED NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `session_id` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `hostname` TEXT NOT NULL,
  `pathname` TEXT NOT NULL,
  `querystring` TEXT NOT NULL COMMENT 'URL parameters stored in raw format',
  `url_parameters` JSON NOT NULL COMMENT 'Structured storage for all URL parameters',
  `page_title` TEXT NOT NULL,
  `referrer` TEXT NOT NULL,
  `channel` TEXT NOT NULL,
  `browser` TEXT NOT NULL,
  `browser_version` TEXT NOT NULL,
  `operating_system` TEXT NOT NULL,
  `operating_system_version` TEXT NOT NULL,
  `language` TEXT NOT NULL,
  `country` CHAR(2) NOT NULL,
  `region` TEXT NOT NULL,
  `city` TEXT NOT NULL,
  `lat` DOUBLE NOT NULL,
  `lon` DOUBLE NOT NULL,
  `screen_width` SMALLINT UNSIGNED NOT NULL,
  `screen_height` SMALLINT UNSIGNED NOT NULL,
  `device_type` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `event_name` TEXT NOT NULL,
  `props` JSON NOT NULL,
  `lcp` DOUBLE,
  `cls` DOUBLE,
  `inp` DOUBLE,
  `fcp` DOUBLE,
  `ttfb` DOUBLE,
  `ip` TEXT,
  `timezone` TEXT NOT NULL,
  `identified_user_id` TEXT NOT NULL,
  `import_id` CHAR(36),
  `tag` TEXT NOT NULL,
  `feature_flags` JSON NOT NULL,
  `asn` INT UNSIGNED,
  `asn_org` TEXT NOT NULL,
  `is_datacenter_asn` TINYINT UNSIGNED NOT NULL,
  `app_version` TEXT NOT NULL,
  `device_model` TEXT NOT NULL
);

CREATE TABLE `bot_events` (
  `site_id` SMALLINT UNSIGNED NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `session_id` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `hostname` TEXT NOT NULL,
  `pathname` TEXT NOT NULL,
  `querystring` TEXT NOT NULL,
  `referrer` TEXT NOT NULL,
  `browser` TEXT NOT NULL,
  `browser_version` TEXT NOT NULL,
  `operating_system` TEXT NOT NULL,
  `operating_system_version` TEXT NOT NULL,
  `country` CHAR(2) NOT NULL,
  `region` TEXT NOT NULL,
  `city` TEXT NOT NULL,
  `lat` DOUBLE NOT NULL,
  `lon` DOUBLE NOT NULL,
  `screen_width` SMALLINT UNSIGNED NOT NULL,
  `screen_height` SMALLINT UNSIGNED NOT NULL,
  `device_type` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `asn` INT UNSIGNED,
  `asn_org` TEXT NOT NULL,
  `detected_ua_pattern` TINYINT(1) NOT NULL,
  `detected_header_heuristics` TINYINT(1) NOT NULL,
  `detected_client_signals` TINYINT(1) NOT NULL,
  `detected_bot_asn` TINYINT(1) NOT NULL,
  `detected_rate_anomaly` TINYINT(1) NOT NULL,
  `matched_ua_pattern` TEXT NOT NULL,
  `bot_category` TEXT NOT NULL,
  `client_bot_score` TINYINT UNSIGNED,
  `client_signal_mask` SMALLINT UNSIGNED NOT NULL,
  `anomaly_reasons` TEXT NOT NULL,
  `anomaly_score` TINYINT UNSIGNED NOT NULL
);

CREATE TABLE `bot_observations` (
  `site_id` SMALLINT UNSIGNED NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `session_id` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `hostname` TEXT NOT NULL,
  `pathname` TEXT NOT NULL,
  `querystring` TEXT NOT NULL,
  `referrer` TEXT NOT NULL,
  `browser` TEXT NOT NULL,
  `browser_version` TEXT NOT NULL,
  `operating_system` TEXT NOT NULL,
  `operating_system_version` TEXT NOT NULL,
  `country` CHAR(2) NOT NULL,
  `region` TEXT NOT NULL,
  `city` TEXT NOT NULL,
  `lat` DOUBLE NOT NULL,
  `lon` DOUBLE NOT NULL,
  `screen_width` SMALLINT UNSIGNED NOT NULL,
  `screen_height` SMALLINT UNSIGNED NOT NULL,
  `device_type` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `asn` INT UNSIGNED,
  `asn_org` TEXT NOT NULL,
  `detected_ua_pattern` TINYINT(1) NOT NULL,
  `detected_header_heuristics` TINYINT(1) NOT NULL,
  `detected_client_signals` TINYINT(1) NOT NULL,
  `detected_bot_asn` TINYINT(1) NOT NULL,
  `detected_rate_anomaly` TINYINT(1) NOT NULL,
  `matched_ua_pattern` TEXT NOT NULL,
  `bot_category` TEXT NOT NULL,
  `client_bot_score` TINYINT UNSIGNED,
  `client_signal_mask` SMALLINT UNSIGNED NOT NULL,
  `anomaly_reasons` TEXT NOT NULL,
  `anomaly_score` TINYINT UNSIGNED NOT NULL
);

CREATE TABLE `session_replay_events` (
  `site_id` SMALLINT UNSIGNED NOT NULL,
  `session_id` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `timestamp` DATETIME(3) NOT NULL,
  `event_type` TEXT NOT NULL,
  `event_data` TEXT NOT NULL,
  `event_data_key` TEXT COMMENT 'R2 storage key for cloud deployments',
  `batch_index` SMALLINT UNSIGNED COMMENT 'Index within the R2 batch',
  `sequence_number` INT UNSIGNED NOT NULL,
  `event_size_bytes` INT UNSIGNED NOT NULL,
  `viewport_width` SMALLINT UNSIGNED,
  `viewport_height` SMALLINT UNSIGNED,
  `is_complete` TINYINT UNSIGNED NOT NULL,
  `identified_user_id` TEXT NOT NULL
);

CREATE TABLE `session_replay_metadata` (
  `site_id` SMALLINT UNSIGNED NOT NULL,
  `session_id` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `start_time` DATETIME NOT NULL,
  `end_time` DATETIME,
  `duration_ms` INT UNSIGNED,
  `event_count` INT UNSIGNED NOT NULL,
  `compressed_size_bytes` INT UNSIGNED NOT NULL,
  `page_url` TEXT NOT NULL,
  `country` CHAR(2) NOT NULL,
  `region` TEXT NOT NULL,
  `city` TEXT NOT NULL,
  `lat` DOUBLE NOT NULL,
  `lon` DOUBLE NOT NULL,
  `browser` TEXT NOT NULL,
  `browser_version` TEXT NOT NULL,
  `operating_system` TEXT NOT NULL,
  `operating_system_version` TEXT NOT NULL,
  `language` TEXT NOT NULL,
  `screen_width` SMALLINT UNSIGNED NOT NULL,
  `screen_height` SMALLINT UNSIGNED NOT NULL,
  `device_type` TEXT NOT NULL,
  `channel` TEXT NOT NULL,
  `hostname` TEXT NOT NULL,
  `referrer` TEXT NOT NULL,
  `has_replay_data` TINYINT UNSIGNED NOT NULL,
  `created_at` DATETIME NOT NULL,
  `identified_user_id` TEXT NOT NULL
);
