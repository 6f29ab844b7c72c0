-- Open VSX Registry server (Eclipse Foundation; the extension marketplace of VSCodium, Theia, Gitpod and other VS Code
-- compatible editors: publishers' accounts and namespaces, extensions and versions, reviews, access tokens, malware
-- scans, rate-limit customers, admin statistics), github.com/eclipse/openvsx
-- server/src/main/resources/db/migration/V1__Base_version.sql ... V1_66__Signature_Key_Pair_Unique_Constraint.sql (67
-- Flyway migrations; the dev-only migrations under server/src/dev/ not applied), commit
-- 9cf4058d5364961fa14b23adf83ba4964cbe2724 (EPL-2.0).
-- The migrations were replayed in version order into a scratch PostgreSQL 15 (all applied unchanged) and the catalog
-- written as MySQL by a script: columns in PostgreSQL's order, names unchanged; varchar(n) -> VARCHAR(n) (TEXT above
-- 1024 characters unless in a key), varchar without length -> TEXT, character(n) -> CHAR(n), timestamp -> DATETIME(6),
-- double precision -> DOUBLE, bytea -> LONGBLOB, boolean -> TINYINT(1); NOT NULL and literal defaults kept, nextval()
-- primary keys -> AUTO_INCREMENT (Hibernate sequences otherwise not carried over); primary keys, unique constraints,
-- plain unique indexes and all foreign keys with their ON DELETE actions kept (the expression unique indexes on
-- upper(name) etc. and plain indexes not). All 32 tables kept (JobRunr's own tables, created at run time, are not
-- part of the migrations).
CREATE TABLE `user_data` (
  `id` BIGINT NOT NULL,
  `avatar_url` VARCHAR(255),
  `email` VARCHAR(255),
  `full_name` VARCHAR(255),
  `login_name` VARCHAR(255),
  `provider` VARCHAR(32),
  `auth_id` VARCHAR(255),
  `provider_url` VARCHAR(255),
  `role` VARCHAR(32),
  `eclipse_token` TEXT,
  `eclipse_person_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_data` (`provider`, `login_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `extension_scan` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `namespace_name` VARCHAR(255) NOT NULL,
  `extension_name` VARCHAR(255) NOT NULL,
  `extension_version` VARCHAR(100) NOT NULL,
  `target_platform` VARCHAR(255) NOT NULL,
  `extension_display_name` VARCHAR(255),
  `universal_target_platform` TINYINT(1) NOT NULL DEFAULT 0,
  `publisher` VARCHAR(255) NOT NULL,
  `publisher_url` VARCHAR(255),
  `started_at` DATETIME(6) NOT NULL,
  `completed_at` DATETIME(6),
  `status` VARCHAR(20) NOT NULL,
  `error_message` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_scan_decision` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `scan_id` BIGINT NOT NULL,
  `decision` VARCHAR(20) NOT NULL,
  `decided_by_id` BIGINT NOT NULL,
  `decided_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `admin_scan_decision_scan_id_key` (`scan_id`),
  CONSTRAINT `fk_admin_scan_decision_user` FOREIGN KEY (`decided_by_id`) REFERENCES `user_data` (`id`),
  CONSTRAINT `fk_decision_scan` FOREIGN KEY (`scan_id`) REFERENCES `extension_scan` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_statistics` (
  `id` BIGINT NOT NULL,
  `year` INT NOT NULL,
  `month` INT NOT NULL,
  `extensions` BIGINT NOT NULL,
  `downloads` BIGINT NOT NULL,
  `downloads_total` BIGINT NOT NULL,
  `publishers` BIGINT NOT NULL,
  `average_reviews_per_extension` DOUBLE NOT NULL,
  `namespace_owners` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_admin_statistics` (`year`, `month`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_statistics_extensions_by_rating` (
  `admin_statistics_id` BIGINT NOT NULL,
  `rating` INT NOT NULL,
  `extensions` INT NOT NULL,
  CONSTRAINT `admin_statistics_extensions_by_rating_fkey` FOREIGN KEY (`admin_statistics_id`) REFERENCES `admin_statistics` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_statistics_publishers_by_extensions_published` (
  `admin_statistics_id` BIGINT NOT NULL,
  `extensions_published` INT NOT NULL,
  `publishers` INT NOT NULL,
  CONSTRAINT `admin_statistics_publishers_by_extensions_published_fkey` FOREIGN KEY (`admin_statistics_id`) REFERENCES `admin_statistics` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_statistics_top_most_active_publishing_users` (
  `admin_statistics_id` BIGINT NOT NULL,
  `login_name` VARCHAR(255) NOT NULL,
  `extension_version_count` INT NOT NULL,
  CONSTRAINT `admin_statistics_top_most_active_publishing_users_fkey` FOREIGN KEY (`admin_statistics_id`) REFERENCES `admin_statistics` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_statistics_top_most_downloaded_extensions` (
  `admin_statistics_id` BIGINT NOT NULL,
  `extension_identifier` VARCHAR(255) NOT NULL,
  `downloads` BIGINT NOT NULL,
  CONSTRAINT `admin_statistics_top_most_downloaded_extensions_fkey` FOREIGN KEY (`admin_statistics_id`) REFERENCES `admin_statistics` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_statistics_top_namespace_extension_versions` (
  `admin_statistics_id` BIGINT NOT NULL,
  `namespace` VARCHAR(255) NOT NULL,
  `extension_version_count` INT NOT NULL,
  CONSTRAINT `admin_statistics_top_namespace_extension_versions_fkey` FOREIGN KEY (`admin_statistics_id`) REFERENCES `admin_statistics` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_statistics_top_namespace_extensions` (
  `admin_statistics_id` BIGINT NOT NULL,
  `namespace` VARCHAR(255) NOT NULL,
  `extension_count` INT NOT NULL,
  CONSTRAINT `admin_statistics_top_namespace_extensions_fkey` FOREIGN KEY (`admin_statistics_id`) REFERENCES `admin_statistics` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tier` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `tier_type` VARCHAR(255) NOT NULL,
  `capacity` INT NOT NULL,
  `duration` INT NOT NULL,
  `refill_strategy` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tier_unique_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customer` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `tier_id` BIGINT,
  `state` VARCHAR(255) NOT NULL,
  `cidr_blocks` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `customer_unique_name` (`name`),
  CONSTRAINT `customer_tier_id_fk` FOREIGN KEY (`tier_id`) REFERENCES `tier` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `download_count_processed_item` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `storage_type` VARCHAR(32),
  `processed_on` DATETIME(6),
  `execution_time` INT,
  `success` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `namespace` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255),
  `public_id` VARCHAR(128),
  `display_name` VARCHAR(32),
  `description` VARCHAR(255),
  `website` VARCHAR(255),
  `support_link` VARCHAR(255),
  `logo_name` VARCHAR(255),
  `logo_bytes` LONGBLOB,
  `logo_storage_type` VARCHAR(32),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_namespace_public_id` (`public_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `extension` (
  `id` BIGINT NOT NULL,
  `average_rating` DOUBLE,
  `download_count` INT NOT NULL,
  `name` VARCHAR(255),
  `namespace_id` BIGINT,
  `public_id` VARCHAR(128),
  `active` TINYINT(1) NOT NULL,
  `published_date` DATETIME(6),
  `last_updated_date` DATETIME(6),
  `review_count` BIGINT,
  `deprecated` TINYINT(1) NOT NULL,
  `replacement_id` BIGINT,
  `downloadable` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_extension_public_id` (`public_id`),
  CONSTRAINT `extension_replacement_id_fkey` FOREIGN KEY (`replacement_id`) REFERENCES `extension` (`id`),
  CONSTRAINT `fk64imd3nrj67d50tpkjs94ngmn` FOREIGN KEY (`namespace_id`) REFERENCES `namespace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `extension_review` (
  `id` BIGINT NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `comment` TEXT,
  `rating` INT NOT NULL,
  `timestamp` DATETIME(6),
  `title` VARCHAR(255),
  `extension_id` BIGINT,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkgd2dqdc23ogbnobx8afjfpnkp` FOREIGN KEY (`extension_id`) REFERENCES `extension` (`id`),
  CONSTRAINT `fkinjbn9grk135y6ik0ut4ujp0w` FOREIGN KEY (`user_id`) REFERENCES `user_data` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `extension_threat` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `scan_id` BIGINT NOT NULL,
  `file_name` VARCHAR(1024),
  `file_hash` VARCHAR(128),
  `file_extension` VARCHAR(50),
  `scanner_type` VARCHAR(100) NOT NULL,
  `rule_name` VARCHAR(255) NOT NULL,
  `reason` TEXT,
  `severity` VARCHAR(50),
  `enforced` TINYINT(1) NOT NULL DEFAULT 1,
  `detected_at` DATETIME(6) NOT NULL,
  `job_id` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_threat_scan` FOREIGN KEY (`scan_id`) REFERENCES `extension_scan` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `extension_validation_failure` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `scan_id` BIGINT NOT NULL,
  `validation_type` VARCHAR(100) NOT NULL,
  `rule_name` VARCHAR(255) NOT NULL,
  `validation_failure_reason` VARCHAR(1024) NOT NULL,
  `enforced` TINYINT(1) NOT NULL DEFAULT 1,
  `detected_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_validation_failure_scan` FOREIGN KEY (`scan_id`) REFERENCES `extension_scan` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signature_key_pair` (
  `id` BIGINT NOT NULL,
  `public_id` VARCHAR(128),
  `private_key` LONGBLOB NOT NULL,
  `public_key_text` VARCHAR(255) NOT NULL,
  `created` DATETIME(6),
  `active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `signature_key_pair_unique_public_id` (`public_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personal_access_token` (
  `id` BIGINT NOT NULL,
  `accessed_timestamp` DATETIME(6),
  `active` TINYINT(1) NOT NULL,
  `created_timestamp` DATETIME(6),
  `description` TEXT,
  `value` VARCHAR(64),
  `user_data` BIGINT,
  `expires_timestamp` DATETIME(6),
  `notified` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ukjeud5mssqbqkid58rd2k1inof` (`value`),
  CONSTRAINT `fktqjvmhoig3wttj6dl1ibcaj3l` FOREIGN KEY (`user_data`) REFERENCES `user_data` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `extension_version` (
  `id` BIGINT NOT NULL,
  `bugs` VARCHAR(255),
  `description` TEXT,
  `display_name` VARCHAR(255),
  `gallery_color` VARCHAR(16),
  `gallery_theme` VARCHAR(16),
  `homepage` VARCHAR(255),
  `license` VARCHAR(255),
  `markdown` VARCHAR(16),
  `preview` TINYINT(1) NOT NULL,
  `qna` VARCHAR(255),
  `repository` VARCHAR(255),
  `timestamp` DATETIME(6),
  `version` VARCHAR(255),
  `extension_id` BIGINT,
  `published_with_id` BIGINT,
  `active` TINYINT(1) NOT NULL,
  `dependencies` TEXT,
  `bundled_extensions` TEXT,
  `engines` TEXT,
  `categories` TEXT,
  `tags` TEXT,
  `extension_kind` VARCHAR(255),
  `pre_release` TINYINT(1) NOT NULL,
  `target_platform` VARCHAR(255) NOT NULL,
  `localized_languages` VARCHAR(255),
  `sponsor_link` VARCHAR(255),
  `signature_key_pair_id` BIGINT,
  `semver_major` INT,
  `semver_minor` INT,
  `semver_patch` INT,
  `semver_pre_release` TEXT,
  `semver_is_pre_release` TINYINT(1),
  `semver_build_metadata` TEXT,
  `universal_target_platform` TINYINT(1),
  `potentially_malicious` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_extension_version` (`extension_id`, `target_platform`, `version`),
  CONSTRAINT `extension_version_signature_key_pair_fkey` FOREIGN KEY (`signature_key_pair_id`) REFERENCES `signature_key_pair` (`id`),
  CONSTRAINT `fk70khj8pm0vacasuiiaq0w0r80` FOREIGN KEY (`published_with_id`) REFERENCES `personal_access_token` (`id`),
  CONSTRAINT `fkkhs1ec9s9j08fgicq9pmwu6bt` FOREIGN KEY (`extension_id`) REFERENCES `extension` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_decision` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `file_hash` VARCHAR(128) NOT NULL,
  `file_name` VARCHAR(1024),
  `file_type` VARCHAR(50),
  `decision` VARCHAR(20) NOT NULL,
  `decided_by_id` BIGINT NOT NULL,
  `decided_at` DATETIME(6) NOT NULL,
  `display_name` VARCHAR(255),
  `namespace_name` VARCHAR(255),
  `extension_name` VARCHAR(255),
  `publisher` VARCHAR(255),
  `version` VARCHAR(100),
  `scan_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `file_decision_file_hash_key` (`file_hash`),
  CONSTRAINT `fk_file_decision_scan` FOREIGN KEY (`scan_id`) REFERENCES `extension_scan` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_file_decision_user` FOREIGN KEY (`decided_by_id`) REFERENCES `user_data` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_resource` (
  `id` BIGINT NOT NULL,
  `type` VARCHAR(32),
  `extension_id` BIGINT,
  `name` VARCHAR(255),
  `storage_type` VARCHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `file_resource_extension_fkey` FOREIGN KEY (`extension_id`) REFERENCES `extension_version` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migration_item` (
  `id` BIGINT NOT NULL,
  `entity_id` BIGINT NOT NULL,
  `migration_scheduled` TINYINT(1) NOT NULL,
  `job_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `namespace_membership` (
  `id` BIGINT NOT NULL,
  `role` VARCHAR(32),
  `namespace` BIGINT,
  `user_data` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_namespace_membership` (`user_data`, `namespace`),
  CONSTRAINT `fkgfhwhknula6do2n6wyvqetm3n` FOREIGN KEY (`namespace`) REFERENCES `namespace` (`id`),
  CONSTRAINT `fknsamekutxywvsb3s1mjdcjkyp` FOREIGN KEY (`user_data`) REFERENCES `user_data` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `namespace_social_links` (
  `namespace_id` BIGINT NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `social_link` VARCHAR(255) NOT NULL,
  CONSTRAINT `namespace_social_links_fkey` FOREIGN KEY (`namespace_id`) REFERENCES `namespace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persisted_log` (
  `id` BIGINT NOT NULL,
  `timestamp` DATETIME(6),
  `user_data` BIGINT,
  `message` VARCHAR(512),
  PRIMARY KEY (`id`),
  CONSTRAINT `persisted_log_user_data_fkey` FOREIGN KEY (`user_data`) REFERENCES `user_data` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scan_check_result` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `scan_id` BIGINT NOT NULL,
  `check_type` VARCHAR(100) NOT NULL,
  `category` VARCHAR(20) NOT NULL,
  `result` VARCHAR(20) NOT NULL,
  `started_at` DATETIME(6) NOT NULL,
  `completed_at` DATETIME(6),
  `duration_ms` BIGINT,
  `files_scanned` INT,
  `findings_count` INT,
  `summary` VARCHAR(512),
  `error_message` TEXT,
  `scanner_job_id` BIGINT,
  `required` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_scan_check_result_scan` FOREIGN KEY (`scan_id`) REFERENCES `extension_scan` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scan_job` (
  `id` BIGINT NOT NULL,
  `scan_id` VARCHAR(255) NOT NULL,
  `scanner_type` VARCHAR(255) NOT NULL,
  `extension_version_id` BIGINT NOT NULL,
  `external_job_id` VARCHAR(512),
  `status` VARCHAR(20) NOT NULL,
  `recovery_in_progress` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `error_message` TEXT,
  `poll_lease_until` DATETIME(6),
  `poll_attempts` INT NOT NULL DEFAULT 0,
  `file_hashes_json` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scan_job_scan_id_scanner_type_key` (`scan_id`, `scanner_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spring_session` (
  `primary_id` CHAR(36) NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  `creation_time` BIGINT NOT NULL,
  `last_access_time` BIGINT NOT NULL,
  `max_inactive_interval` INT NOT NULL,
  `expiry_time` BIGINT NOT NULL,
  `principal_name` VARCHAR(100),
  PRIMARY KEY (`primary_id`),
  UNIQUE KEY `spring_session_ix1` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spring_session_attributes` (
  `session_primary_id` CHAR(36) NOT NULL,
  `attribute_name` VARCHAR(200) NOT NULL,
  `attribute_bytes` LONGBLOB NOT NULL,
  PRIMARY KEY (`session_primary_id`, `attribute_name`),
  CONSTRAINT `spring_session_attributes_fk` FOREIGN KEY (`session_primary_id`) REFERENCES `spring_session` (`primary_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usage_stats` (
  `id` BIGINT NOT NULL,
  `customer_id` BIGINT,
  `window_start` DATETIME(6) NOT NULL,
  `duration` INT NOT NULL,
  `count` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `usage_stats_unique_customer_window` (`customer_id`, `window_start`),
  CONSTRAINT `usage_stats_customer_id_fk` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

