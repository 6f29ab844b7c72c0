-- Shlink, github.com/shlinkio/shlink commit 59c62a2cccd80c974cae7764e5aae7927f793d35 (MIT).
-- Written from the Doctrine ORM mappings module/Core/config/entities-mappings/*.php and
-- module/Rest/config/entities-mappings/*.php as Doctrine's schema tool creates them on MySQL (pdo_mysql):
-- fields in mapping order, then join columns; ManyToMany join tables with their two keys.

CREATE TABLE `domains` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `authority` VARCHAR(255) NOT NULL,
  `base_url_redirect` TEXT NULL,
  `regular_not_found_redirect` TEXT NULL,
  `invalid_short_url_redirect` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_domains_authority` (`authority`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `geolocation_db_updates` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `date_created` DATETIME NOT NULL,
  `date_updated` DATETIME NULL,
  `status` VARCHAR(128) NOT NULL,
  `error` VARCHAR(1024) NULL,
  `reason` VARCHAR(1024) NOT NULL,
  `filesystem_id` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_keys` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NULL,
  `expiration_date` DATETIME NULL,
  `enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_api_keys_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_key_roles` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `role_name` VARCHAR(255) NOT NULL,
  `meta` JSON NOT NULL,
  `api_key_id` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_role_plus_api_key` (`role_name`, `api_key_id`),
  CONSTRAINT `FK_api_key_roles_api_key_id` FOREIGN KEY (`api_key_id`) REFERENCES `api_keys` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `short_urls` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `original_url` TEXT NOT NULL,
  `long_url_hash` VARBINARY(32) NOT NULL,
  `short_code` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `date_created` DATETIME NOT NULL,
  `valid_since` DATETIME NULL,
  `valid_until` DATETIME NULL,
  `max_visits` INT NULL,
  `import_source` VARCHAR(255) NULL,
  `import_original_short_code` VARCHAR(255) NULL,
  `title` VARCHAR(512) NULL,
  `title_was_auto_resolved` TINYINT(1) NOT NULL DEFAULT 0,
  `crawlable` TINYINT(1) NOT NULL DEFAULT 0,
  `forward_query` TINYINT(1) NOT NULL DEFAULT 1,
  `domain_id` BIGINT UNSIGNED NULL,
  `author_api_key_id` BIGINT UNSIGNED NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_short_code_plus_domain` (`short_code`, `domain_id`),
  CONSTRAINT `FK_short_urls_domain_id` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_short_urls_author_api_key_id` FOREIGN KEY (`author_api_key_id`) REFERENCES `api_keys` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tags` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_tags_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `short_urls_in_tags` (
  `short_url_id` BIGINT UNSIGNED NOT NULL,
  `tag_id` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`short_url_id`, `tag_id`),
  CONSTRAINT `FK_short_urls_in_tags_short_url_id` FOREIGN KEY (`short_url_id`) REFERENCES `short_urls` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_short_urls_in_tags_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `redirect_conditions` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  `match_key` VARCHAR(512) NULL,
  `match_value` VARCHAR(512) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `short_url_redirect_rules` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `priority` INT NOT NULL,
  `long_url` TEXT NOT NULL,
  `short_url_id` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_short_url_redirect_rules_short_url_id` FOREIGN KEY (`short_url_id`) REFERENCES `short_urls` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `redirect_conditions_in_short_url_redirect_rules` (
  `short_url_redirect_rule_id` BIGINT UNSIGNED NOT NULL,
  `redirect_condition_id` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`short_url_redirect_rule_id`, `redirect_condition_id`),
  CONSTRAINT `FK_rcisurr_short_url_redirect_rule_id` FOREIGN KEY (`short_url_redirect_rule_id`) REFERENCES `short_url_redirect_rules` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_rcisurr_redirect_condition_id` FOREIGN KEY (`redirect_condition_id`) REFERENCES `redirect_conditions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `visit_locations` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `country_code` VARCHAR(255) NULL,
  `country_name` VARCHAR(255) NULL,
  `region_name` VARCHAR(255) NULL,
  `city_name` VARCHAR(255) NULL,
  `timezone` VARCHAR(255) NULL,
  `lat` DOUBLE PRECISION NOT NULL,
  `lon` DOUBLE PRECISION NOT NULL,
  `is_empty` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `visits` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `referer` VARCHAR(1024) NULL,
  `date` DATETIME NOT NULL,
  `remote_addr` VARCHAR(256) NULL,
  `user_agent` VARCHAR(512) NULL,
  `visited_url` VARCHAR(2048) NULL,
  `type` VARCHAR(255) NOT NULL,
  `potential_bot` TINYINT(1) NOT NULL DEFAULT 0,
  `redirect_url` VARCHAR(2048) NULL,
  `short_url_id` BIGINT UNSIGNED NULL,
  `visit_location_id` BIGINT UNSIGNED NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_visits_short_url_id` FOREIGN KEY (`short_url_id`) REFERENCES `short_urls` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_visits_visit_location_id` FOREIGN KEY (`visit_location_id`) REFERENCES `visit_locations` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `short_url_visits_counts` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `potential_bot` TINYINT(1) NOT NULL DEFAULT 0,
  `count` BIGINT UNSIGNED NOT NULL DEFAULT 1,
  `slot_id` INT UNSIGNED NOT NULL,
  `short_url_id` BIGINT UNSIGNED NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_slot_per_short_url` (`short_url_id`, `potential_bot`, `slot_id`),
  CONSTRAINT `FK_short_url_visits_counts_short_url_id` FOREIGN KEY (`short_url_id`) REFERENCES `short_urls` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orphan_visits_counts` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `potential_bot` TINYINT(1) NOT NULL DEFAULT 0,
  `count` BIGINT UNSIGNED NOT NULL DEFAULT 1,
  `slot_id` INT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_slot` (`potential_bot`, `slot_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
