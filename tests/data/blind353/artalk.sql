-- Artalk (ArtalkJS / qwqcode and contributors): self-hosted comment system embedded in blogs and websites
-- (Go server + JS widget): sites, pages, commenters and admins, linked social/e-mail logins, e-mail
-- verification codes, comments with IP and user agent, reply notifications, votes on comments and pages.
-- Upstream: github.com/ArtalkJS/Artalk, commit d25beede911d59a571382c6821cb8e7a7c27850a (MIT).
-- Source: the GORM models internal/entity/{site,page,user,auth_identity,user_email_verify,comment,notify,vote}.go,
-- created by internal/dao/migrate.go (AutoMigrate in this order, DisableForeignKeyConstraintWhenMigrating, and the
-- old fk_* constraints dropped: no foreign keys). Written as GORM's MySQL dialector (gorm.io/driver/mysql v1.6)
-- creates them: the table prefix atk_ (the prefix of the docs and the test suite; the default is none), table and
-- column names by GORM's naming strategy, gorm.Model's id / created_at / updated_at / deleted_at first;
-- uint bigint unsigned, int bigint, bool boolean, time datetime(3), string longtext, or varchar(size) with a size
-- tag, or varchar(191) when indexed without one (votes.type); the index names are GORM's idx_<table>_<column>.

CREATE TABLE `atk_sites` (
  `id` bigint unsigned AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `deleted_at` datetime(3) NULL,
  `name` varchar(255),
  `urls` longtext,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `idx_atk_sites_name` (`name`),
  INDEX `idx_atk_sites_deleted_at` (`deleted_at`)
);

CREATE TABLE `atk_pages` (
  `id` bigint unsigned AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `deleted_at` datetime(3) NULL,
  `key` varchar(255),
  `title` longtext,
  `admin_only` boolean,
  `site_name` varchar(255),
  `vote_up` bigint,
  `vote_down` bigint,
  `pv` bigint,
  PRIMARY KEY (`id`),
  INDEX `idx_atk_pages_deleted_at` (`deleted_at`),
  INDEX `idx_atk_pages_key` (`key`),
  INDEX `idx_atk_pages_site_name` (`site_name`)
);

CREATE TABLE `atk_users` (
  `id` bigint unsigned AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `deleted_at` datetime(3) NULL,
  `name` varchar(255),
  `email` varchar(255),
  `link` longtext,
  `password` longtext,
  `badge_name` longtext,
  `badge_color` longtext,
  `last_ip` longtext,
  `last_ua` longtext,
  `is_admin` boolean,
  `receive_email` boolean DEFAULT true,
  `token_valid_from` datetime(3) NULL,
  `is_in_conf` boolean,
  PRIMARY KEY (`id`),
  INDEX `idx_atk_users_deleted_at` (`deleted_at`),
  INDEX `idx_atk_users_name` (`name`),
  INDEX `idx_atk_users_email` (`email`)
);

CREATE TABLE `atk_auth_identities` (
  `id` bigint unsigned AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `deleted_at` datetime(3) NULL,
  `provider` longtext,
  `remote_uid` varchar(255),
  `user_id` bigint unsigned,
  `token` longtext,
  `confirmed_at` datetime(3) NULL,
  `expires_at` datetime(3) NULL,
  PRIMARY KEY (`id`),
  INDEX `idx_atk_auth_identities_deleted_at` (`deleted_at`),
  INDEX `idx_atk_auth_identities_remote_uid` (`remote_uid`),
  INDEX `idx_atk_auth_identities_user_id` (`user_id`)
);

CREATE TABLE `atk_user_email_verifies` (
  `id` bigint unsigned AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `deleted_at` datetime(3) NULL,
  `email` varchar(255),
  `code` longtext,
  `expires_at` datetime(3) NULL,
  `ip` longtext,
  `ua` longtext,
  PRIMARY KEY (`id`),
  INDEX `idx_atk_user_email_verifies_deleted_at` (`deleted_at`),
  INDEX `idx_atk_user_email_verifies_email` (`email`)
);

CREATE TABLE `atk_comments` (
  `id` bigint unsigned AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `deleted_at` datetime(3) NULL,
  `content` longtext,
  `page_key` varchar(255),
  `site_name` varchar(255),
  `user_id` bigint unsigned,
  `is_verified` boolean DEFAULT false,
  `ua` longtext,
  `ip` longtext,
  `rid` bigint unsigned,
  `is_collapsed` boolean DEFAULT false,
  `is_pending` boolean DEFAULT false,
  `is_pinned` boolean DEFAULT false,
  `vote_up` bigint,
  `vote_down` bigint,
  `root_id` bigint unsigned,
  PRIMARY KEY (`id`),
  INDEX `idx_atk_comments_deleted_at` (`deleted_at`),
  INDEX `idx_atk_comments_page_key` (`page_key`),
  INDEX `idx_atk_comments_site_name` (`site_name`),
  INDEX `idx_atk_comments_user_id` (`user_id`),
  INDEX `idx_atk_comments_rid` (`rid`),
  INDEX `idx_atk_comments_root_id` (`root_id`)
);

CREATE TABLE `atk_notifies` (
  `id` bigint unsigned AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `deleted_at` datetime(3) NULL,
  `user_id` bigint unsigned,
  `comment_id` bigint unsigned,
  `is_read` boolean,
  `read_at` datetime(3) NULL,
  `is_emailed` boolean,
  `email_at` datetime(3) NULL,
  `key` varchar(255),
  PRIMARY KEY (`id`),
  INDEX `idx_atk_notifies_deleted_at` (`deleted_at`),
  INDEX `idx_atk_notifies_user_id` (`user_id`),
  INDEX `idx_atk_notifies_comment_id` (`comment_id`),
  INDEX `idx_atk_notifies_key` (`key`)
);

CREATE TABLE `atk_votes` (
  `id` bigint unsigned AUTO_INCREMENT,
  `created_at` datetime(3) NULL,
  `updated_at` datetime(3) NULL,
  `deleted_at` datetime(3) NULL,
  `target_id` bigint unsigned,
  `type` varchar(191),
  `user_id` bigint unsigned,
  `ua` longtext,
  `ip` longtext,
  PRIMARY KEY (`id`),
  INDEX `idx_atk_votes_deleted_at` (`deleted_at`),
  INDEX `idx_atk_votes_target_id` (`target_id`),
  INDEX `idx_atk_votes_type` (`type`),
  INDEX `idx_atk_votes_user_id` (`user_id`)
);
