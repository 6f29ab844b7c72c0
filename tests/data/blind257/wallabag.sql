-- wallabag (self-hosted read-it-later service): the MySQL schema its installer builds.
-- github.com/wallabag/wallabag, commit 5afc37df9303cf983864c288d46bb23f12221695 (MIT).
-- `bin/console wallabag:install` runs the Doctrine migrations of migrations/Version*.php (64 of them); the MySQL
-- branch of the first one (Version20160401000000) creates the initial tables, and the later ones add, rename, retype
-- and drop columns (Doctrine Schema API or MySQL-only ALTER statements). They were replayed here by hand, in order,
-- for MySQL with the default table prefix `wallabag_`: columns stay where MySQL puts them (added columns at the end,
-- CHANGE keeps the position), types and nullability as the last migration left them (Version20240310150000 aligns
-- them with the entities of src/Entity/*.php, which were used to check the result). Foreign keys carry the names
-- Version20240310150000 gives them (Doctrine's FK_ + crc32 hashes) and the ON DELETE actions of the migrations.
-- craue_config_setting was renamed wallabag_internal_setting (Version20190808124957). migration_versions is the
-- Doctrine Migrations table named in app/config/config.yml. Plain indexes are left out; seed rows are not kept.

CREATE TABLE `migration_versions` (
  `version` VARCHAR(191) NOT NULL,
  `executed_at` DATETIME DEFAULT NULL,
  `execution_time` INT DEFAULT NULL,
  PRIMARY KEY (`version`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_internal_setting` (
  `name` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) DEFAULT NULL,
  `section` VARCHAR(255) DEFAULT NULL,
  UNIQUE INDEX `UNIQ_5D9649505E237E06` (`name`),
  PRIMARY KEY (`name`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_user` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `username` VARCHAR(180) NOT NULL,
  `username_canonical` VARCHAR(180) NOT NULL,
  `email` VARCHAR(180) NOT NULL,
  `email_canonical` VARCHAR(180) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `salt` VARCHAR(255) DEFAULT NULL,
  `password` VARCHAR(255) NOT NULL,
  `last_login` DATETIME DEFAULT NULL,
  `confirmation_token` VARCHAR(180) DEFAULT NULL,
  `password_requested_at` DATETIME DEFAULT NULL,
  `roles` LONGTEXT NOT NULL COMMENT '(DC2Type:array)',
  `name` LONGTEXT DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `authCode` INT DEFAULT NULL,
  `emailTwoFactor` TINYINT(1) NOT NULL,
  `googleAuthenticatorSecret` VARCHAR(255) DEFAULT NULL,
  `backupCodes` JSON DEFAULT NULL,
  `google_authenticator` TINYINT(1) DEFAULT 0 NOT NULL,
  UNIQUE INDEX `UNIQ_1D63E7E592FC23A8` (`username_canonical`),
  UNIQUE INDEX `UNIQ_1D63E7E5A0D96FBF` (`email_canonical`),
  UNIQUE INDEX `UNIQ_1D63E7E5C05FB297` (`confirmation_token`),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_entry` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `user_id` INT DEFAULT NULL,
  `title` LONGTEXT DEFAULT NULL,
  `url` LONGTEXT DEFAULT NULL,
  `is_archived` TINYINT(1) NOT NULL,
  `is_starred` TINYINT(1) NOT NULL,
  `content` LONGTEXT DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `mimetype` LONGTEXT DEFAULT NULL,
  `language` VARCHAR(20) DEFAULT NULL,
  `reading_time` INT(11) NOT NULL,
  `domain_name` LONGTEXT DEFAULT NULL,
  `preview_picture` LONGTEXT DEFAULT NULL,
  `uid` VARCHAR(23) DEFAULT NULL,
  `http_status` VARCHAR(3) DEFAULT NULL,
  `published_at` DATETIME DEFAULT NULL,
  `published_by` LONGTEXT DEFAULT NULL COMMENT '(DC2Type:array)',
  `headers` LONGTEXT DEFAULT NULL COMMENT '(DC2Type:array)',
  `starred_at` DATETIME DEFAULT NULL,
  `origin_url` LONGTEXT DEFAULT NULL,
  `archived_at` DATETIME DEFAULT NULL,
  `hashed_url` VARCHAR(40) DEFAULT NULL,
  `given_url` LONGTEXT DEFAULT NULL,
  `hashed_given_url` VARCHAR(40) DEFAULT NULL,
  `is_not_parsed` TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_tag` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `label` LONGTEXT NOT NULL,
  `slug` VARCHAR(128) NOT NULL,
  UNIQUE INDEX `UNIQ_4CA58A8C989D9B62` (`slug`),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ENGINE = InnoDB;

CREATE TABLE `wallabag_entry_tag` (
  `entry_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  PRIMARY KEY (`entry_id`, `tag_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_config` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `user_id` INT DEFAULT NULL,
  `items_per_page` INT NOT NULL,
  `language` VARCHAR(255) NOT NULL,
  `feed_token` VARCHAR(255) DEFAULT NULL,
  `feed_limit` INT DEFAULT NULL,
  `reading_speed` DOUBLE PRECISION DEFAULT NULL,
  `pocket_consumer_key` VARCHAR(255) DEFAULT NULL,
  `action_mark_as_read` INT DEFAULT 0,
  `list_mode` INT DEFAULT NULL,
  `display_thumbnails` INT DEFAULT 1,
  `custom_css` LONGTEXT DEFAULT NULL,
  `font` LONGTEXT DEFAULT NULL,
  `fontsize` DOUBLE PRECISION DEFAULT NULL,
  `line_height` DOUBLE PRECISION DEFAULT NULL,
  `max_width` DOUBLE PRECISION DEFAULT NULL,
  UNIQUE INDEX `UNIQ_87E64C53A76ED395` (`user_id`),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_tagging_rule` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `config_id` INT DEFAULT NULL,
  `rule` VARCHAR(255) NOT NULL,
  `tags` LONGTEXT NOT NULL COMMENT '(DC2Type:simple_array)',
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_oauth2_clients` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `random_id` VARCHAR(255) NOT NULL,
  `redirect_uris` LONGTEXT NOT NULL COMMENT '(DC2Type:array)',
  `secret` VARCHAR(255) NOT NULL,
  `allowed_grant_types` LONGTEXT NOT NULL COMMENT '(DC2Type:array)',
  `name` LONGTEXT NOT NULL,
  `user_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_oauth2_access_tokens` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `client_id` INT NOT NULL,
  `user_id` INT DEFAULT NULL,
  `token` VARCHAR(191) NOT NULL,
  `expires_at` INT DEFAULT NULL,
  `scope` VARCHAR(191) DEFAULT NULL,
  UNIQUE INDEX `UNIQ_368A42095F37A13B` (`token`),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_oauth2_refresh_tokens` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `client_id` INT NOT NULL,
  `user_id` INT DEFAULT NULL,
  `token` VARCHAR(191) NOT NULL,
  `expires_at` INT DEFAULT NULL,
  `scope` VARCHAR(191) DEFAULT NULL,
  UNIQUE INDEX `UNIQ_20C9FB245F37A13B` (`token`),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_oauth2_auth_codes` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `client_id` INT NOT NULL,
  `user_id` INT DEFAULT NULL,
  `token` VARCHAR(191) NOT NULL,
  `redirect_uri` LONGTEXT NOT NULL,
  `expires_at` INT DEFAULT NULL,
  `scope` VARCHAR(191) DEFAULT NULL,
  UNIQUE INDEX `UNIQ_EE52E3FA5F37A13B` (`token`),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_annotation` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `user_id` INT DEFAULT NULL,
  `entry_id` INT DEFAULT NULL,
  `text` LONGTEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `quote` LONGTEXT NOT NULL,
  `ranges` LONGTEXT NOT NULL COMMENT '(DC2Type:array)',
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_site_credential` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `user_id` INT NOT NULL,
  `host` VARCHAR(255) NOT NULL,
  `username` LONGTEXT NOT NULL,
  `password` LONGTEXT NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_ignore_origin_user_rule` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `config_id` INT NOT NULL,
  `rule` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

CREATE TABLE `wallabag_ignore_origin_instance_rule` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `rule` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE = InnoDB;

ALTER TABLE `wallabag_entry` ADD CONSTRAINT `FK_F4D18282A76ED395` FOREIGN KEY (`user_id`) REFERENCES `wallabag_user` (`id`);
ALTER TABLE `wallabag_entry_tag` ADD CONSTRAINT `FK_C9F0DD7CBA364942` FOREIGN KEY (`entry_id`) REFERENCES `wallabag_entry` (`id`) ON DELETE CASCADE;
ALTER TABLE `wallabag_entry_tag` ADD CONSTRAINT `FK_C9F0DD7CBAD26311` FOREIGN KEY (`tag_id`) REFERENCES `wallabag_tag` (`id`) ON DELETE CASCADE;
ALTER TABLE `wallabag_config` ADD CONSTRAINT `FK_87E64C53A76ED395` FOREIGN KEY (`user_id`) REFERENCES `wallabag_user` (`id`);
ALTER TABLE `wallabag_tagging_rule` ADD CONSTRAINT `FK_2D9B3C5424DB0683` FOREIGN KEY (`config_id`) REFERENCES `wallabag_config` (`id`);
ALTER TABLE `wallabag_oauth2_clients` ADD CONSTRAINT `FK_635D765EA76ED395` FOREIGN KEY (`user_id`) REFERENCES `wallabag_user` (`id`);
ALTER TABLE `wallabag_oauth2_access_tokens` ADD CONSTRAINT `FK_368A420919EB6921` FOREIGN KEY (`client_id`) REFERENCES `wallabag_oauth2_clients` (`id`);
ALTER TABLE `wallabag_oauth2_access_tokens` ADD CONSTRAINT `FK_368A4209A76ED395` FOREIGN KEY (`user_id`) REFERENCES `wallabag_user` (`id`) ON DELETE CASCADE;
ALTER TABLE `wallabag_oauth2_refresh_tokens` ADD CONSTRAINT `FK_20C9FB2419EB6921` FOREIGN KEY (`client_id`) REFERENCES `wallabag_oauth2_clients` (`id`);
ALTER TABLE `wallabag_oauth2_refresh_tokens` ADD CONSTRAINT `FK_20C9FB24A76ED395` FOREIGN KEY (`user_id`) REFERENCES `wallabag_user` (`id`) ON DELETE CASCADE;
ALTER TABLE `wallabag_oauth2_auth_codes` ADD CONSTRAINT `FK_EE52E3FA19EB6921` FOREIGN KEY (`client_id`) REFERENCES `wallabag_oauth2_clients` (`id`);
ALTER TABLE `wallabag_oauth2_auth_codes` ADD CONSTRAINT `FK_EE52E3FAA76ED395` FOREIGN KEY (`user_id`) REFERENCES `wallabag_user` (`id`) ON DELETE CASCADE;
ALTER TABLE `wallabag_annotation` ADD CONSTRAINT `FK_A7AED006A76ED395` FOREIGN KEY (`user_id`) REFERENCES `wallabag_user` (`id`);
ALTER TABLE `wallabag_annotation` ADD CONSTRAINT `FK_A7AED006BA364942` FOREIGN KEY (`entry_id`) REFERENCES `wallabag_entry` (`id`) ON DELETE CASCADE;
ALTER TABLE `wallabag_site_credential` ADD CONSTRAINT `FK_E056246CA76ED395` FOREIGN KEY (`user_id`) REFERENCES `wallabag_user` (`id`);
ALTER TABLE `wallabag_ignore_origin_user_rule` ADD CONSTRAINT `FK_608BE7EE24DB0683` FOREIGN KEY (`config_id`) REFERENCES `wallabag_config` (`id`);
