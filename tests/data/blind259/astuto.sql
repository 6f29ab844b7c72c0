-- Astuto (open-source customer feedback tool: feedback boards, public roadmap, voting, comments, multi-tenant),
-- github.com/astuto/astuto (AGPL-3.0), commit 9176b96167501762d9697c2e634da04bb58eb310 (2025-10-31).
-- Source: db/schema.rb (ActiveRecord::Schema version 2024_11_30_112415, PostgreSQL), written as MySQL DDL:
-- Rails' implicit `id` -> BIGINT AUTO_INCREMENT primary key, string -> VARCHAR(255), text -> TEXT,
-- datetime(precision 6) -> DATETIME(6), boolean -> TINYINT(1), json -> JSON; defaults and null constraints as
-- declared. Every index of schema.rb is kept (unique ones as UNIQUE KEY); every add_foreign_key is written as a
-- FOREIGN KEY with the name Rails gives it (fk_rails_ + the first 10 hex digits of SHA-256 of
-- "<table>_<column>_fk"). Tables are ordered so that referenced tables come first. Rails' own
-- schema_migrations and ar_internal_metadata tables are added at the end. All 16 tables of schema.rb are kept.

CREATE TABLE `tenants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `site_name` VARCHAR(255) NOT NULL,
  `site_logo` VARCHAR(255) DEFAULT NULL,
  `subdomain` VARCHAR(255) NOT NULL,
  `locale` VARCHAR(255) DEFAULT 'en',
  `custom_domain` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `status` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tenants_on_custom_domain` (`custom_domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `order` INT NOT NULL,
  `tenant_id` BIGINT NOT NULL,
  `slug` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_boards_on_name_and_tenant_id` (`name`, `tenant_id`),
  UNIQUE KEY `index_boards_on_slug_and_tenant_id` (`slug`, `tenant_id`),
  KEY `index_boards_on_tenant_id` (`tenant_id`),
  CONSTRAINT `fk_rails_8c1d76b2dd` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `token_digest` VARCHAR(255) NOT NULL,
  `accepted_at` DATETIME DEFAULT NULL,
  `tenant_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_invitations_on_email_and_tenant_id` (`email`, `tenant_id`),
  KEY `index_invitations_on_tenant_id` (`tenant_id`),
  CONSTRAINT `fk_rails_f2ab2431e2` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `o_auths` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `logo` VARCHAR(255) DEFAULT NULL,
  `is_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `client_id` VARCHAR(255) NOT NULL,
  `client_secret` VARCHAR(255) NOT NULL,
  `authorize_url` VARCHAR(255) NOT NULL,
  `token_url` VARCHAR(255) NOT NULL,
  `profile_url` VARCHAR(255) NOT NULL,
  `scope` VARCHAR(255) NOT NULL,
  `json_user_name_path` VARCHAR(255) DEFAULT NULL,
  `json_user_email_path` VARCHAR(255) NOT NULL,
  `tenant_id` BIGINT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `slug` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_o_auths_on_name_and_tenant_id` (`name`, `tenant_id`),
  UNIQUE KEY `index_o_auths_on_slug_and_tenant_id` (`slug`, `tenant_id`),
  KEY `index_o_auths_on_tenant_id` (`tenant_id`),
  CONSTRAINT `fk_rails_19586b9e4e` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_statuses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `order` INT NOT NULL,
  `show_in_roadmap` TINYINT(1) NOT NULL DEFAULT 0,
  `tenant_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_post_statuses_on_name_and_tenant_id` (`name`, `tenant_id`),
  KEY `index_post_statuses_on_tenant_id` (`tenant_id`),
  CONSTRAINT `fk_rails_1868f01953` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenant_billings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tenant_id` BIGINT NOT NULL,
  `status` INT NOT NULL DEFAULT 0,
  `trial_ends_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `customer_id` VARCHAR(255) DEFAULT NULL,
  `subscription_ends_at` DATETIME DEFAULT NULL,
  `slug` VARCHAR(255) DEFAULT NULL,
  `auth_token` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tenant_billings_on_slug` (`slug`),
  KEY `index_tenant_billings_on_tenant_id` (`tenant_id`),
  CONSTRAINT `fk_rails_506e24adfc` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenant_default_o_auths` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tenant_id` BIGINT NOT NULL,
  `o_auth_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_tenant_default_o_auths_on_o_auth_id` (`o_auth_id`),
  KEY `index_tenant_default_o_auths_on_tenant_id` (`tenant_id`),
  CONSTRAINT `fk_rails_e4634e1fbf` FOREIGN KEY (`o_auth_id`) REFERENCES `o_auths` (`id`),
  CONSTRAINT `fk_rails_749343f00a` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenant_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `brand_display` INT NOT NULL DEFAULT 0,
  `tenant_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `show_vote_count` TINYINT(1) NOT NULL DEFAULT 1,
  `show_vote_button_in_board` TINYINT(1) NOT NULL DEFAULT 1,
  `root_board_id` INT NOT NULL DEFAULT 0,
  `show_roadmap_in_header` TINYINT(1) NOT NULL DEFAULT 1,
  `collapse_boards_in_header` INT NOT NULL DEFAULT 0,
  `custom_css` TEXT DEFAULT NULL,
  `show_powered_by` TINYINT(1) NOT NULL DEFAULT 1,
  `allow_anonymous_feedback` TINYINT(1) NOT NULL DEFAULT 1,
  `feedback_approval_policy` INT NOT NULL DEFAULT 0,
  `is_private` TINYINT(1) NOT NULL DEFAULT 0,
  `email_registration_policy` INT NOT NULL DEFAULT 0,
  `allowed_email_domains` VARCHAR(255) DEFAULT NULL,
  `use_browser_locale` TINYINT(1) NOT NULL DEFAULT 0,
  `logo_links_to` INT NOT NULL DEFAULT 0,
  `logo_custom_url` VARCHAR(255) DEFAULT NULL,
  `hide_unused_statuses_in_filter_by_status` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_tenant_settings_on_tenant_id` (`tenant_id`),
  CONSTRAINT `fk_rails_3edf7ce8f1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255) DEFAULT NULL,
  `reset_password_sent_at` DATETIME DEFAULT NULL,
  `remember_created_at` DATETIME DEFAULT NULL,
  `confirmation_token` VARCHAR(255) DEFAULT NULL,
  `confirmed_at` DATETIME DEFAULT NULL,
  `confirmation_sent_at` DATETIME DEFAULT NULL,
  `unconfirmed_email` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `role` INT DEFAULT NULL,
  `full_name` VARCHAR(255) DEFAULT NULL,
  `notifications_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `status` INT DEFAULT NULL,
  `tenant_id` BIGINT NOT NULL,
  `oauth_token` VARCHAR(255) DEFAULT NULL,
  `has_set_password` TINYINT(1) NOT NULL DEFAULT 1,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME DEFAULT NULL,
  `last_sign_in_at` DATETIME DEFAULT NULL,
  `current_sign_in_ip` VARCHAR(255) DEFAULT NULL,
  `last_sign_in_ip` VARCHAR(255) DEFAULT NULL,
  `recap_notification_frequency` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email_and_tenant_id` (`email`, `tenant_id`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  KEY `index_users_on_tenant_id` (`tenant_id`),
  CONSTRAINT `fk_rails_135c8f54b2` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tenant_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `common_token_prefix` VARCHAR(255) NOT NULL,
  `random_token_prefix` VARCHAR(255) NOT NULL,
  `token_digest` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_api_keys_on_tenant_id` (`tenant_id`),
  UNIQUE KEY `index_api_keys_on_token_digest` (`token_digest`),
  UNIQUE KEY `index_api_keys_on_user_id_and_tenant_id` (`user_id`, `tenant_id`),
  KEY `index_api_keys_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_38ba255d97` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `fk_rails_32c28d0dc2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT DEFAULT NULL,
  `board_id` BIGINT NOT NULL,
  `user_id` BIGINT DEFAULT NULL,
  `post_status_id` BIGINT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `tenant_id` BIGINT NOT NULL,
  `slug` VARCHAR(255) DEFAULT NULL,
  `approval_status` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_posts_on_board_id` (`board_id`),
  KEY `index_posts_on_post_status_id` (`post_status_id`),
  UNIQUE KEY `index_posts_on_slug_and_tenant_id` (`slug`, `tenant_id`),
  KEY `index_posts_on_tenant_id` (`tenant_id`),
  KEY `index_posts_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_6d19c02b4f` FOREIGN KEY (`board_id`) REFERENCES `boards` (`id`),
  CONSTRAINT `fk_rails_0c2fab94dc` FOREIGN KEY (`post_status_id`) REFERENCES `post_statuses` (`id`),
  CONSTRAINT `fk_rails_2889b42042` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `fk_rails_5b5ddfd518` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `body` TEXT DEFAULT NULL,
  `user_id` BIGINT NOT NULL,
  `post_id` BIGINT NOT NULL,
  `parent_id` BIGINT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `is_post_update` TINYINT(1) NOT NULL DEFAULT 0,
  `tenant_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_comments_on_parent_id` (`parent_id`),
  KEY `index_comments_on_post_id` (`post_id`),
  KEY `index_comments_on_tenant_id` (`tenant_id`),
  KEY `index_comments_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_31554e7034` FOREIGN KEY (`parent_id`) REFERENCES `comments` (`id`),
  CONSTRAINT `fk_rails_2fd19c0db7` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`),
  CONSTRAINT `fk_rails_dbb1cfb9be` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `fk_rails_03de2dc08c` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `follows` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `post_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `tenant_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_follows_on_post_id` (`post_id`),
  KEY `index_follows_on_tenant_id` (`tenant_id`),
  UNIQUE KEY `index_follows_on_user_id_and_post_id` (`user_id`, `post_id`),
  KEY `index_follows_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_34a514d6fc` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`),
  CONSTRAINT `fk_rails_0922ceab40` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `fk_rails_32479bd030` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `likes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `post_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `tenant_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_likes_on_post_id` (`post_id`),
  KEY `index_likes_on_tenant_id` (`tenant_id`),
  UNIQUE KEY `index_likes_on_user_id_and_post_id` (`user_id`, `post_id`),
  KEY `index_likes_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_87a8aac469` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`),
  CONSTRAINT `fk_rails_59bb8d3232` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `fk_rails_1e09b5dabf` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_status_changes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `post_id` BIGINT NOT NULL,
  `post_status_id` BIGINT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `tenant_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_post_status_changes_on_post_id` (`post_id`),
  KEY `index_post_status_changes_on_post_status_id` (`post_status_id`),
  KEY `index_post_status_changes_on_tenant_id` (`tenant_id`),
  KEY `index_post_status_changes_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_dff5ac7e1f` FOREIGN KEY (`post_status_id`) REFERENCES `post_statuses` (`id`),
  CONSTRAINT `fk_rails_5ffeb87ce2` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`),
  CONSTRAINT `fk_rails_c1894dc65f` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`),
  CONSTRAINT `fk_rails_ea8805a49e` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `is_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `trigger` INT NOT NULL DEFAULT 0,
  `url` VARCHAR(255) NOT NULL,
  `http_body` TEXT DEFAULT NULL,
  `http_method` INT NOT NULL DEFAULT 0,
  `http_headers` JSON DEFAULT NULL,
  `tenant_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_webhooks_on_name_and_tenant_id` (`name`, `tenant_id`),
  KEY `index_webhooks_on_tenant_id` (`tenant_id`),
  CONSTRAINT `fk_rails_c7a17f683f` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schema_migrations` (
  `version` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ar_internal_metadata` (
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
