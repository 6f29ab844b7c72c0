-- Warehouse, the software behind the Python Package Index (pypi.org; Python, Pyramid, SQLAlchemy on PostgreSQL),
-- github.com/pypi/warehouse warehouse/migrations/versions/*.py (288 Alembic revisions, to head 964076d0c4ad), commit
-- 6b62157124ab7865029afeeadf282bce27d601d9 (Apache-2.0).
-- The Alembic revisions were run with `alembic upgrade head` (alembic 1.18.5, alembic-postgresql-enum 1.10.0,
-- SQLAlchemy 2.0.51, the versions pinned in requirements/main.txt) into a scratch PostgreSQL 15, through a minimal
-- env.py (the upstream one imports the whole application for autogenerate only) and a copy of
-- warehouse/utils/db/types.py for the three revisions that import TZDateTime; all applied unchanged. The catalog was
-- then written as MySQL by a script: columns in PostgreSQL's order, names unchanged; varchar / text / citext -> TEXT
-- (VARCHAR(255) where the column is in a key), varchar(n) -> VARCHAR(n), PostgreSQL enum types -> ENUM(...) with
-- their labels, uuid -> CHAR(36), inet -> VARCHAR(45), timestamp -> DATETIME(6), bytea -> LONGBLOB, json / jsonb and
-- arrays -> JSON, boolean -> TINYINT(1); NOT NULL and literal defaults kept, now() -> CURRENT_TIMESTAMP(6), nextval()
-- primary keys -> AUTO_INCREMENT (gen_random_uuid() defaults dropped); primary keys, unique constraints, plain unique
-- indexes and all foreign keys with their ON DELETE / ON UPDATE actions kept; partial and expression unique indexes,
-- plain indexes, check constraints, triggers and functions not. Kept: 76 of the 77 tables; left out: alembic_version.
CREATE TABLE `observer_association` (
  `discriminator` TEXT NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `is_superuser` TINYINT(1) NOT NULL DEFAULT 0,
  `username` VARCHAR(255) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `date_joined` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `sitemap_bucket` TEXT NOT NULL,
  `password_date` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `id` CHAR(36) NOT NULL,
  `disabled_for` ENUM('password compromised','account frozen','admin initiated'),
  `is_moderator` TINYINT(1) NOT NULL DEFAULT 0,
  `totp_secret` LONGBLOB,
  `last_totp_value` TEXT,
  `is_psf_staff` TINYINT(1) NOT NULL DEFAULT 0,
  `prohibit_password_reset` TINYINT(1) NOT NULL DEFAULT 0,
  `is_frozen` TINYINT(1) NOT NULL DEFAULT 0,
  `hide_avatar` TINYINT(1) NOT NULL DEFAULT 0,
  `observer_association_id` CHAR(36),
  `is_observer` TINYINT(1) NOT NULL DEFAULT 0,
  `is_support` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_username_key` (`username`),
  CONSTRAINT `users_observer_association_id_fkey` FOREIGN KEY (`observer_association_id`) REFERENCES `observer_association` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `name` TEXT NOT NULL,
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `has_docs` TINYINT(1),
  `upload_limit` INT,
  `sitemap_bucket` TEXT NOT NULL,
  `last_serial` INT NOT NULL DEFAULT 0,
  `id` CHAR(36) NOT NULL,
  `total_size` BIGINT DEFAULT 0,
  `total_size_limit` BIGINT,
  `normalized_name` VARCHAR(255) NOT NULL,
  `lifecycle_status` ENUM('quarantine-enter','quarantine-exit','archived','archived-noindex'),
  `lifecycle_status_changed` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `lifecycle_status_note` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projects_normalized_name_key` (`normalized_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trove_classifiers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `classifier` VARCHAR(255),
  `ordering` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trove_classifiers_classifier_key` (`classifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_registry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `file_registry_filename_key` (`filename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_descriptions` (
  `id` CHAR(36) NOT NULL,
  `content_type` TEXT,
  `raw` TEXT NOT NULL,
  `html` TEXT NOT NULL,
  `rendered_by` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `releases` (
  `version` VARCHAR(255) NOT NULL,
  `author` TEXT,
  `author_email` TEXT,
  `maintainer` TEXT,
  `maintainer_email` TEXT,
  `home_page` TEXT,
  `license` TEXT,
  `summary` TEXT,
  `keywords` TEXT,
  `platform` TEXT,
  `download_url` TEXT,
  `_pypi_ordering` INT,
  `requires_python` TEXT,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `canonical_version` TEXT NOT NULL,
  `uploaded_via` TEXT,
  `id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `uploader_id` CHAR(36),
  `description_id` CHAR(36) NOT NULL,
  `yanked` TINYINT(1) NOT NULL DEFAULT 0,
  `yanked_reason` TEXT NOT NULL,
  `is_prerelease` TINYINT(1) NOT NULL DEFAULT 0,
  `dynamic` JSON,
  `provides_extra` JSON,
  `keywords_array` JSON,
  `home_page_verified` TINYINT(1) NOT NULL DEFAULT 0,
  `download_url_verified` TINYINT(1) NOT NULL DEFAULT 0,
  `author_email_verified` TINYINT(1) NOT NULL DEFAULT 0,
  `maintainer_email_verified` TINYINT(1) NOT NULL DEFAULT 0,
  `license_expression` TEXT,
  `license_files` JSON,
  `published` TINYINT(1) NOT NULL DEFAULT 1,
  `lifecycle_status` ENUM('quarantine-enter','quarantine-exit','archived','archived-noindex'),
  `lifecycle_status_changed` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `lifecycle_status_note` TEXT,
  `yanked_date` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `releases_project_id_version_key` (`project_id`, `version`),
  CONSTRAINT `releases_description_id_fkey` FOREIGN KEY (`description_id`) REFERENCES `release_descriptions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `releases_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `releases_uploader_id_fkey` FOREIGN KEY (`uploader_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_emails` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(254) NOT NULL,
  `primary` TINYINT(1) NOT NULL,
  `verified` TINYINT(1) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `unverify_reason` ENUM('spam complaint','hard bounce','soft bounce','domain status invalid'),
  `transient_bounces` INT NOT NULL DEFAULT 0,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `domain_last_checked` DATETIME(6),
  `domain_last_status` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_emails_email_key` (`email`),
  CONSTRAINT `user_emails_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `role_name` TEXT NOT NULL,
  `id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_roles_user_project_uc` (`user_id`, `project_id`),
  CONSTRAINT `roles_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `roles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `journals` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  `version` TEXT,
  `action` TEXT,
  `submitted_date` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `submitted_by` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `journals_submitted_by_fkey` FOREIGN KEY (`submitted_by`) REFERENCES `users` (`username`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_classifiers` (
  `trove_id` INT NOT NULL,
  `release_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`trove_id`, `release_id`),
  CONSTRAINT `release_classifiers_release_id_fkey` FOREIGN KEY (`release_id`) REFERENCES `releases` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `release_classifiers_trove_id_fkey` FOREIGN KEY (`trove_id`) REFERENCES `trove_classifiers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_dependencies` (
  `kind` INT,
  `specifier` TEXT,
  `id` CHAR(36) NOT NULL,
  `release_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `release_dependencies_release_id_fkey` FOREIGN KEY (`release_id`) REFERENCES `releases` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_files` (
  `python_version` TEXT NOT NULL,
  `packagetype` ENUM('bdist_dmg','bdist_dumb','bdist_egg','bdist_msi','bdist_rpm','bdist_wheel','bdist_wininst','sdist') NOT NULL,
  `comment_text` TEXT,
  `filename` VARCHAR(255) NOT NULL,
  `md5_digest` VARCHAR(255) NOT NULL,
  `upload_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` CHAR(36) NOT NULL,
  `size` INT NOT NULL,
  `sha256_digest` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `blake2_256_digest` VARCHAR(255) NOT NULL,
  `requires_python` TEXT,
  `allow_multiple_sdist` TINYINT(1) NOT NULL DEFAULT 0,
  `uploaded_via` TEXT,
  `release_id` CHAR(36) NOT NULL,
  `archived` TINYINT(1) NOT NULL DEFAULT 0,
  `metadata_file_sha256_digest` TEXT,
  `metadata_file_blake2_256_digest` TEXT,
  `cached` TINYINT(1) NOT NULL DEFAULT 0,
  `metadata_file_unbackfillable` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `release_files_blake2_256_digest_key` (`blake2_256_digest`),
  UNIQUE KEY `release_files_filename_key` (`filename`),
  UNIQUE KEY `release_files_md5_digest_key` (`md5_digest`),
  UNIQUE KEY `release_files_path_key` (`path`),
  UNIQUE KEY `release_files_sha256_digest_key` (`sha256_digest`),
  CONSTRAINT `release_files_release_id_fkey` FOREIGN KEY (`release_id`) REFERENCES `releases` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `row_counts` (
  `id` CHAR(36) NOT NULL,
  `table_name` VARCHAR(255) NOT NULL,
  `count` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `row_counts_table_name_key` (`table_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prohibited_project_names` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `prohibited_by` CHAR(36),
  `comment` TEXT NOT NULL,
  `observation_kind` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `blacklist_name_key` (`name`),
  CONSTRAINT `blacklist_blacklisted_by_fkey` FOREIGN KEY (`prohibited_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_flags` (
  `id` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `notify` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ses_emails` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `status` ENUM('Accepted','Delivered','Bounced','Soft Bounced','Complained') NOT NULL DEFAULT 'Accepted',
  `message_id` VARCHAR(255) NOT NULL,
  `from` TEXT NOT NULL,
  `to` TEXT NOT NULL,
  `subject` TEXT NOT NULL,
  `missing` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_ses_emails_message_id` (`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ses_events` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `email_id` CHAR(36) NOT NULL,
  `event_id` VARCHAR(255) NOT NULL,
  `event_type` ENUM('Delivery','Bounce','Complaint') NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_ses_events_event_id` (`event_id`),
  CONSTRAINT `ses_events_email_id_fkey` FOREIGN KEY (`email_id`) REFERENCES `ses_emails` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_security_keys` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `credential_id` VARCHAR(255) NOT NULL,
  `public_key` VARCHAR(255),
  `sign_count` INT,
  `label` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_user_security_keys_label_uc` (`label`, `user_id`),
  UNIQUE KEY `user_security_keys_credential_id_key` (`credential_id`),
  UNIQUE KEY `user_security_keys_public_key_key` (`public_key`),
  CONSTRAINT `user_security_keys_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oidc_publishers` (
  `id` CHAR(36) NOT NULL,
  `discriminator` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `macaroons` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `description` VARCHAR(255) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_used` DATETIME(6),
  `permissions_caveat` JSON NOT NULL,
  `key` LONGBLOB NOT NULL,
  `oidc_publisher_id` CHAR(36),
  `additional` JSON,
  `caveats` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_user_macaroons_description_uc` (`description`, `user_id`),
  CONSTRAINT `macaroons_oidc_publisher_id_fkey` FOREIGN KEY (`oidc_publisher_id`) REFERENCES `oidc_publishers` (`id`),
  CONSTRAINT `macaroons_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ip_addresses` (
  `id` CHAR(36) NOT NULL,
  `ip_address` VARCHAR(45) NOT NULL,
  `is_banned` TINYINT(1) NOT NULL DEFAULT 0,
  `ban_reason` ENUM('authentication-attempts','administrative'),
  `ban_date` DATETIME(6),
  `hashed_ip_address` VARCHAR(255),
  `geoip_info` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ip_addresses_hashed_ip_address_key` (`hashed_ip_address`),
  UNIQUE KEY `ip_addresses_ip_address_key` (`ip_address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_events` (
  `id` CHAR(36) NOT NULL,
  `source_id` CHAR(36) NOT NULL,
  `tag` TEXT NOT NULL,
  `time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `additional` JSON,
  `ip_address_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `project_events_ip_address_id_fkey` FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `project_events_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_events` (
  `id` CHAR(36) NOT NULL,
  `source_id` CHAR(36) NOT NULL,
  `tag` TEXT NOT NULL,
  `time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `additional` JSON,
  `ip_address_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `user_events_ip_address_id_fkey` FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_events_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_recovery_codes` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `code` VARCHAR(128) NOT NULL,
  `generated` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `burned` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `user_recovery_codes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_invitations` (
  `id` CHAR(36) NOT NULL,
  `invite_status` ENUM('pending','expired') NOT NULL,
  `token` TEXT NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_role_invitations_user_project_uc` (`user_id`, `project_id`),
  CONSTRAINT `role_invitations_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `role_invitations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sponsors` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `service` TEXT,
  `activity_markdown` TEXT,
  `link_url` TEXT NOT NULL,
  `color_logo_url` TEXT NOT NULL,
  `white_logo_url` TEXT,
  `is_active` TINYINT(1) NOT NULL,
  `footer` TINYINT(1) NOT NULL,
  `psf_sponsor` TINYINT(1) NOT NULL,
  `infra_sponsor` TINYINT(1) NOT NULL,
  `one_time` TINYINT(1) NOT NULL,
  `sidebar` TINYINT(1) NOT NULL,
  `origin` TEXT,
  `level_name` TEXT,
  `level_order` INT,
  `slug` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banners` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `text` TEXT NOT NULL,
  `link_url` TEXT NOT NULL,
  `link_label` TEXT NOT NULL,
  `fa_icon` TEXT NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `end` DATE NOT NULL,
  `dismissable` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vulnerabilities` (
  `source` VARCHAR(255) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `link` TEXT,
  `aliases` JSON,
  `details` TEXT,
  `fixed_in` JSON,
  `summary` TEXT,
  `withdrawn` DATETIME(6),
  PRIMARY KEY (`source`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_vulnerabilities` (
  `release_id` CHAR(36) NOT NULL,
  `vulnerability_source` VARCHAR(255) NOT NULL,
  `vulnerability_id` VARCHAR(255) NOT NULL,
  CONSTRAINT `release_vulnerabilities_release_id_fkey` FOREIGN KEY (`release_id`) REFERENCES `releases` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `release_vulnerabilities_vulnerability_source_vulnerability_fkey` FOREIGN KEY (`vulnerability_source`, `vulnerability_id`) REFERENCES `vulnerabilities` (`source`, `id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `display_name` TEXT NOT NULL,
  `orgtype` ENUM('Community','Company') NOT NULL,
  `link_url` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `normalized_name` VARCHAR(255) NOT NULL,
  `upload_limit` INT,
  `total_size_limit` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organizations_normalized_name_key` (`normalized_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_invitations` (
  `id` CHAR(36) NOT NULL,
  `invite_status` ENUM('pending','expired') NOT NULL,
  `token` TEXT NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_organization_invitations_user_organization_uc` (`user_id`, `organization_id`),
  CONSTRAINT `organization_invitations_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `organization_invitations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_name_catalog` (
  `id` CHAR(36) NOT NULL,
  `normalized_name` VARCHAR(255) NOT NULL,
  `organization_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `_organization_name_catalog_normalized_name_organization_uc` (`normalized_name`, `organization_id`),
  UNIQUE KEY `_organization_name_catalog_normalized_name_uc` (`normalized_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_roles` (
  `id` CHAR(36) NOT NULL,
  `role_name` ENUM('Owner','Billing Manager','Manager','Member') NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_organization_roles_user_organization_uc` (`user_id`, `organization_id`),
  CONSTRAINT `organization_roles_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `organization_roles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_events` (
  `id` CHAR(36) NOT NULL,
  `source_id` CHAR(36) NOT NULL,
  `tag` TEXT NOT NULL,
  `time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `additional` JSON,
  `ip_address_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `organization_events_ip_address_id_fkey` FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `organization_events_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prohibited_user_names` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `prohibited_by` CHAR(36),
  `comment` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prohibited_user_names_name_key` (`name`),
  CONSTRAINT `prohibited_user_names_prohibited_by_fkey` FOREIGN KEY (`prohibited_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_urls` (
  `id` CHAR(36) NOT NULL,
  `release_id` CHAR(36) NOT NULL,
  `name` VARCHAR(32) NOT NULL,
  `url` TEXT NOT NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `release_urls_release_id_name_key` (`release_id`, `name`),
  CONSTRAINT `release_urls_release_id_fkey` FOREIGN KEY (`release_id`) REFERENCES `releases` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `teams_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_project_roles` (
  `id` CHAR(36) NOT NULL,
  `role_name` ENUM('Owner','Maintainer') NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `team_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_team_project_roles_project_team_uc` (`project_id`, `team_id`),
  CONSTRAINT `team_project_roles_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `team_project_roles_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_roles` (
  `id` CHAR(36) NOT NULL,
  `role_name` ENUM('Member') NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `team_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_team_roles_user_team_uc` (`user_id`, `team_id`),
  CONSTRAINT `team_roles_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `team_roles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_events` (
  `id` CHAR(36) NOT NULL,
  `tag` TEXT NOT NULL,
  `time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `additional` JSON,
  `source_id` CHAR(36) NOT NULL,
  `ip_address_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `team_events_ip_address_id_fkey` FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `team_events_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stripe_customers` (
  `id` CHAR(36) NOT NULL,
  `customer_id` VARCHAR(255) NOT NULL,
  `billing_email` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `stripe_customers_customer_id_key` (`customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stripe_subscription_products` (
  `id` CHAR(36) NOT NULL,
  `product_id` TEXT,
  `product_name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `tax_code` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_projects` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_organization_projects_organization_project_uc` (`organization_id`, `project_id`),
  CONSTRAINT `organization_projects_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `organization_projects_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_stripe_customers` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `stripe_customer_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_organization_stripe_customers_organization_customer_uc` (`organization_id`, `stripe_customer_id`),
  CONSTRAINT `organization_stripe_customers_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `organization_stripe_customers_stripe_customer_id_fkey` FOREIGN KEY (`stripe_customer_id`) REFERENCES `stripe_customers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stripe_subscription_prices` (
  `id` CHAR(36) NOT NULL,
  `price_id` TEXT,
  `currency` TEXT NOT NULL,
  `subscription_product_id` CHAR(36) NOT NULL,
  `unit_amount` INT NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `recurring` ENUM('month','year','week','day') NOT NULL,
  `tax_behavior` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `stripe_subscription_prices_subscription_product_id_fkey` FOREIGN KEY (`subscription_product_id`) REFERENCES `stripe_subscription_products` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stripe_subscriptions` (
  `id` CHAR(36) NOT NULL,
  `stripe_customer_id` CHAR(36) NOT NULL,
  `subscription_id` VARCHAR(255) NOT NULL,
  `subscription_price_id` CHAR(36) NOT NULL,
  `status` ENUM('active','past_due','unpaid','canceled','incomplete','incomplete_expired','trialing') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_stripe_subscription_customer_subscription_uc` (`stripe_customer_id`, `subscription_id`),
  CONSTRAINT `stripe_subscriptions_stripe_customer_id_fkey` FOREIGN KEY (`stripe_customer_id`) REFERENCES `stripe_customers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `stripe_subscriptions_subscription_price_id_fkey` FOREIGN KEY (`subscription_price_id`) REFERENCES `stripe_subscription_prices` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_stripe_subscriptions` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `subscription_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_organization_stripe_subscriptions_organization_subscription_uc` (`organization_id`, `subscription_id`),
  CONSTRAINT `organization_stripe_subscriptions_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `organization_stripe_subscriptions_subscription_id_fkey` FOREIGN KEY (`subscription_id`) REFERENCES `stripe_subscriptions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stripe_subscription_items` (
  `id` CHAR(36) NOT NULL,
  `subscription_item_id` TEXT,
  `subscription_id` CHAR(36) NOT NULL,
  `subscription_price_id` CHAR(36) NOT NULL,
  `quantity` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `stripe_subscription_items_subscription_id_fkey` FOREIGN KEY (`subscription_id`) REFERENCES `stripe_subscriptions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `stripe_subscription_items_subscription_price_id_fkey` FOREIGN KEY (`subscription_price_id`) REFERENCES `stripe_subscription_prices` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `github_oidc_publishers` (
  `repository_name` VARCHAR(255) NOT NULL,
  `repository_owner` VARCHAR(255) NOT NULL,
  `repository_owner_id` TEXT NOT NULL,
  `workflow_filename` VARCHAR(255) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `environment` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_github_oidc_publisher_uc` (`repository_name`, `repository_owner`, `workflow_filename`, `environment`),
  CONSTRAINT `github_oidc_publishers_id_fkey` FOREIGN KEY (`id`) REFERENCES `oidc_publishers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oidc_publisher_project_association` (
  `id` CHAR(36) NOT NULL,
  `oidc_publisher_id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`, `oidc_publisher_id`, `project_id`),
  UNIQUE KEY `oidc_publisher_project_associa_oidc_publisher_id_project_id_key` (`oidc_publisher_id`, `project_id`),
  CONSTRAINT `oidc_publisher_project_association_oidc_publisher_id_fkey` FOREIGN KEY (`oidc_publisher_id`) REFERENCES `oidc_publishers` (`id`),
  CONSTRAINT `oidc_publisher_project_association_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_oidc_publishers` (
  `id` CHAR(36) NOT NULL,
  `discriminator` TEXT,
  `project_name` TEXT NOT NULL,
  `added_by_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36),
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expiration_reminded` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `pending_oidc_publishers_added_by_id_fkey` FOREIGN KEY (`added_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `pending_oidc_publishers_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_github_oidc_publishers` (
  `repository_name` VARCHAR(255) NOT NULL,
  `repository_owner` VARCHAR(255) NOT NULL,
  `repository_owner_id` TEXT NOT NULL,
  `workflow_filename` VARCHAR(255) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `environment` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_pending_github_oidc_publisher_uc` (`repository_name`, `repository_owner`, `workflow_filename`, `environment`),
  CONSTRAINT `pending_github_oidc_publishers_id_fkey` FOREIGN KEY (`id`) REFERENCES `pending_oidc_publishers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_events` (
  `id` CHAR(36) NOT NULL,
  `tag` TEXT NOT NULL,
  `time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `additional` JSON,
  `ip_address_id` CHAR(36),
  `source_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `file_events_ip_address_id_fkey` FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `file_events_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `release_files` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `google_oidc_publishers` (
  `email` VARCHAR(255) NOT NULL,
  `sub` VARCHAR(255),
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_google_oidc_publisher_uc` (`email`, `sub`),
  CONSTRAINT `google_oidc_publishers_id_fkey` FOREIGN KEY (`id`) REFERENCES `oidc_publishers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_google_oidc_publishers` (
  `email` VARCHAR(255) NOT NULL,
  `sub` VARCHAR(255),
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_pending_google_oidc_publisher_uc` (`email`, `sub`),
  CONSTRAINT `pending_google_oidc_publishers_id_fkey` FOREIGN KEY (`id`) REFERENCES `pending_oidc_publishers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_applications` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `display_name` TEXT NOT NULL,
  `orgtype` ENUM('Community','Company') NOT NULL,
  `link_url` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `submitted_by_id` CHAR(36) NOT NULL,
  `submitted` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `organization_id` CHAR(36),
  `status` ENUM('submitted','declined','deferred','moreinformationneeded','approved') NOT NULL DEFAULT 'submitted',
  `updated` DATETIME(6),
  `usage` TEXT,
  `membership_size` ENUM('','1','2-5','6-10','11-25','26-50','51-100','100+'),
  PRIMARY KEY (`id`),
  CONSTRAINT `organization_applications_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `organization_applications_submitted_by_id_fkey` FOREIGN KEY (`submitted_by_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `observers` (
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `_association_id` CHAR(36),
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `observers__association_id_fkey` FOREIGN KEY (`_association_id`) REFERENCES `observer_association` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_observations` (
  `related_id` CHAR(36),
  `observer_id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `kind` TEXT NOT NULL,
  `summary` TEXT NOT NULL,
  `payload` JSON NOT NULL,
  `id` CHAR(36) NOT NULL,
  `additional` JSON NOT NULL,
  `actions` JSON NOT NULL,
  `related_name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `project_observations_observer_id_fkey` FOREIGN KEY (`observer_id`) REFERENCES `observers` (`id`),
  CONSTRAINT `project_observations_related_id_fkey` FOREIGN KEY (`related_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_observations` (
  `related_id` CHAR(36),
  `observer_id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `kind` TEXT NOT NULL,
  `summary` TEXT NOT NULL,
  `payload` JSON NOT NULL,
  `id` CHAR(36) NOT NULL,
  `additional` JSON NOT NULL,
  `actions` JSON NOT NULL,
  `related_name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `release_observations_observer_id_fkey` FOREIGN KEY (`observer_id`) REFERENCES `observers` (`id`),
  CONSTRAINT `release_observations_related_id_fkey` FOREIGN KEY (`related_id`) REFERENCES `releases` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activestate_oidc_publishers` (
  `id` CHAR(36) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `activestate_project_name` VARCHAR(255) NOT NULL,
  `actor` TEXT NOT NULL,
  `actor_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_activestate_oidc_publisher_uc` (`organization`, `activestate_project_name`, `actor_id`),
  CONSTRAINT `activestate_oidc_publishers_id_fkey` FOREIGN KEY (`id`) REFERENCES `oidc_publishers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_activestate_oidc_publishers` (
  `id` CHAR(36) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `activestate_project_name` VARCHAR(255) NOT NULL,
  `actor` TEXT NOT NULL,
  `actor_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_pending_activestate_oidc_publisher_uc` (`organization`, `activestate_project_name`, `actor_id`),
  CONSTRAINT `pending_activestate_oidc_publishers_id_fkey` FOREIGN KEY (`id`) REFERENCES `pending_oidc_publishers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gitlab_oidc_publishers` (
  `id` CHAR(36) NOT NULL,
  `namespace` VARCHAR(255) NOT NULL,
  `project` VARCHAR(255) NOT NULL,
  `workflow_filepath` VARCHAR(255) NOT NULL,
  `environment` VARCHAR(255) NOT NULL,
  `issuer_url` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_gitlab_oidc_publisher_uc` (`namespace`, `project`, `workflow_filepath`, `environment`),
  CONSTRAINT `gitlab_oidc_publishers_id_fkey` FOREIGN KEY (`id`) REFERENCES `oidc_publishers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_gitlab_oidc_publishers` (
  `id` CHAR(36) NOT NULL,
  `namespace` VARCHAR(255) NOT NULL,
  `project` VARCHAR(255) NOT NULL,
  `workflow_filepath` VARCHAR(255) NOT NULL,
  `environment` VARCHAR(255) NOT NULL,
  `issuer_url` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_pending_gitlab_oidc_publisher_uc` (`namespace`, `project`, `workflow_filepath`, `environment`),
  CONSTRAINT `pending_gitlab_oidc_publishers_id_fkey` FOREIGN KEY (`id`) REFERENCES `pending_oidc_publishers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prohibited_email_domains` (
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `domain` VARCHAR(255) NOT NULL,
  `prohibited_by` CHAR(36),
  `comment` TEXT NOT NULL,
  `id` CHAR(36) NOT NULL,
  `is_mx_record` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prohibited_email_domains_domain_key` (`domain`),
  CONSTRAINT `prohibited_email_domains_prohibited_by_fkey` FOREIGN KEY (`prohibited_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_macaroon_warning_association` (
  `macaroon_id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`macaroon_id`, `project_id`, `id`),
  CONSTRAINT `project_macaroon_warning_association_macaroon_id_fkey` FOREIGN KEY (`macaroon_id`) REFERENCES `macaroons` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `project_macaroon_warning_association_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_observations` (
  `related_id` CHAR(36),
  `related_name` TEXT NOT NULL,
  `observer_id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `kind` TEXT NOT NULL,
  `summary` TEXT NOT NULL,
  `payload` JSON NOT NULL,
  `additional` JSON NOT NULL,
  `actions` JSON NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_observations_observer_id_fkey` FOREIGN KEY (`observer_id`) REFERENCES `observers` (`id`),
  CONSTRAINT `user_observations_related_id_fkey` FOREIGN KEY (`related_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provenance` (
  `file_id` CHAR(36) NOT NULL,
  `provenance` JSON NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `provenance_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `release_files` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_terms_of_service_engagements` (
  `organization_id` CHAR(36) NOT NULL,
  `revision` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `engagement` ENUM('flashed','notified','viewed','agreed') NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `organization_terms_of_service_engagements_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_terms_of_service_engagements` (
  `user_id` CHAR(36) NOT NULL,
  `revision` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `engagement` ENUM('flashed','notified','viewed','agreed') NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_terms_of_service_engagements_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizationapplication_observations` (
  `related_id` CHAR(36),
  `related_name` TEXT NOT NULL,
  `observer_id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `kind` TEXT NOT NULL,
  `summary` TEXT NOT NULL,
  `payload` JSON NOT NULL,
  `additional` JSON NOT NULL,
  `actions` JSON NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `organizationapplication_observations_observer_id_fkey` FOREIGN KEY (`observer_id`) REFERENCES `observers` (`id`),
  CONSTRAINT `organizationapplication_observations_related_id_fkey` FOREIGN KEY (`related_id`) REFERENCES `organization_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_manual_activations` (
  `organization_id` CHAR(36) NOT NULL,
  `seat_limit` INT NOT NULL,
  `expires` DATE NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by_id` CHAR(36) NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`organization_id`),
  CONSTRAINT `organization_manual_activations_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `organization_manual_activations_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_oidc_issuers` (
  `organization_id` CHAR(36) NOT NULL,
  `issuer_type` ENUM('github','gitlab','google','activestate') NOT NULL,
  `issuer_url` VARCHAR(255) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by_id` CHAR(36) NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_organization_oidc_issuers_org_type_url_uc` (`organization_id`, `issuer_type`, `issuer_url`),
  CONSTRAINT `organization_oidc_issuers_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `organization_oidc_issuers_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_unique_logins` (
  `user_id` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_used` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `device_information` JSON,
  `status` ENUM('pending','confirmed') NOT NULL DEFAULT 'pending',
  `id` CHAR(36) NOT NULL,
  `expires` DATETIME(6),
  `ip_address_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_user_unique_logins_user_id_ip_address_id_uc` (`user_id`, `ip_address_id`),
  UNIQUE KEY `user_unique_logins_user_id_ip_address_id_idx` (`user_id`, `ip_address_id`),
  CONSTRAINT `user_unique_logins_ip_address_id_fkey` FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_unique_logins_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_associations` (
  `created` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` DATETIME(6),
  `user_id` CHAR(36) NOT NULL,
  `association_type` VARCHAR(50) NOT NULL,
  `metadata` JSON,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `account_associations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_account_associations` (
  `id` CHAR(36) NOT NULL,
  `service` VARCHAR(50) NOT NULL,
  `external_user_id` VARCHAR(255) NOT NULL,
  `external_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_account_associations_service_external_user_id` (`service`, `external_user_id`),
  CONSTRAINT `oauth_account_associations_id_fkey` FOREIGN KEY (`id`) REFERENCES `account_associations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
