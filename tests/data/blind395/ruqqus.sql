-- Ruqqus (link aggregator with "guilds"; Python/Flask, PostgreSQL)
-- Upstream: github.com/ruqqus/ruqqus, file schema.sql (a pg_dump), commit
-- dd4622041f3c778574499247e05e99082feadbd2 (MPL-2.0). All 48 tables of the dump, in the dump's order except that
-- `users` comes last, after `titles` (its foreign key). Loaded into a scratch PostgreSQL 15 database and written as
-- MySQL from the catalog: column names and
-- order as upstream; integer/bigint/boolean/double kept (boolean -> TINYINT(1)); character varying(n) ->
-- VARCHAR(n), character(n) -> CHAR(n) (VARCHAR above 255), both -> TEXT above 2048 (MariaDB row-size limit);
-- serial ids -> AUTO_INCREMENT (a plain KEY `<col>_auto` added where the serial column is not the first column of
-- a key, as MariaDB requires: images, alts, users); PRIMARY KEY (users' is upstream's `username`), UNIQUE constraints and
-- indexes and FOREIGN KEYs as upstream; other indexes, views, functions and triggers left out.
CREATE TABLE `boards` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64),
  `is_banned` TINYINT(1),
  `created_utc` INT,
  `description` VARCHAR(1500),
  `description_html` TEXT,
  `over_18` TINYINT(1),
  `creator_id` INT,
  `has_banner` TINYINT(1) NOT NULL,
  `has_profile` TINYINT(1) NOT NULL,
  `ban_reason` VARCHAR(256),
  `color` VARCHAR(8),
  `downvotes_disabled` TINYINT(1),
  `restricted_posting` TINYINT(1),
  `hide_banner_data` TINYINT(1),
  `profile_nonce` INT NOT NULL,
  `banner_nonce` INT NOT NULL,
  `is_private` TINYINT(1),
  `color_nonce` INT,
  `is_nsfl` TINYINT(1),
  `rank_trending` DOUBLE,
  `stored_subscriber_count` INT,
  `avg_score` DOUBLE,
  `all_opt_out` TINYINT(1),
  `is_siegable` TINYINT(1) DEFAULT 1,
  `last_yank_utc` INT DEFAULT 0,
  `is_locked_category` TINYINT(1) DEFAULT 0,
  `subcat_id` INT,
  `secondary_color` CHAR(6) DEFAULT 'ffffff',
  PRIMARY KEY (`id`),
  UNIQUE KEY `guild_names_unique` (`name`)
);

CREATE TABLE `comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `author_id` INT,
  `created_utc` INT NOT NULL,
  `parent_submission` INT,
  `is_banned` TINYINT(1),
  `parent_fullname` VARCHAR(255),
  `distinguish_level` INT,
  `edited_utc` INT,
  `is_deleted` TINYINT(1) NOT NULL,
  `is_approved` INT NOT NULL,
  `author_name` VARCHAR(64),
  `approved_utc` INT,
  `creation_ip` VARCHAR(64) NOT NULL,
  `score_disputed` DOUBLE,
  `score_hot` DOUBLE,
  `score_top` INT,
  `level` INT,
  `parent_comment_id` INT,
  `title_id` INT,
  `over_18` TINYINT(1),
  `is_op` TINYINT(1),
  `is_offensive` TINYINT(1),
  `is_nsfl` TINYINT(1),
  `original_board_id` INT,
  `upvotes` INT,
  `downvotes` INT,
  `is_bot` TINYINT(1) DEFAULT 0,
  `gm_distinguish` INT NOT NULL DEFAULT 0,
  `is_pinned` TINYINT(1) DEFAULT 0,
  `app_id` INT,
  `creation_region` CHAR(2),
  PRIMARY KEY (`id`)
);

CREATE TABLE `submissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `author_id` INT,
  `created_utc` INT NOT NULL,
  `is_banned` TINYINT(1),
  `over_18` TINYINT(1),
  `distinguish_level` INT,
  `created_str` VARCHAR(255),
  `stickied` TINYINT(1),
  `board_id` INT,
  `is_deleted` TINYINT(1) NOT NULL,
  `domain_ref` INT,
  `is_approved` INT NOT NULL,
  `approved_utc` INT,
  `original_board_id` INT,
  `edited_utc` INT,
  `creation_ip` VARCHAR(64) NOT NULL,
  `mod_approved` INT,
  `is_image` TINYINT(1),
  `has_thumb` TINYINT(1),
  `accepted_utc` INT,
  `post_public` TINYINT(1),
  `score_hot` DOUBLE,
  `score_top` INT,
  `score_activity` DOUBLE,
  `score_disputed` DOUBLE,
  `is_offensive` TINYINT(1),
  `is_pinned` TINYINT(1),
  `is_nsfl` TINYINT(1),
  `repost_id` INT,
  `score_best` DOUBLE,
  `upvotes` INT,
  `downvotes` INT,
  `is_politics` TINYINT(1) DEFAULT 0,
  `gm_distinguish` INT NOT NULL DEFAULT 0,
  `app_id` INT,
  `creation_region` CHAR(2),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`board_id`) REFERENCES `boards` (`id`),
  FOREIGN KEY (`original_board_id`) REFERENCES `boards` (`id`)
);

CREATE TABLE `reports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `post_id` INT,
  `user_id` INT,
  `created_utc` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`post_id`) REFERENCES `submissions` (`id`)
);

CREATE TABLE `notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `comment_id` INT,
  `read` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `one_notif` (`user_id`, `comment_id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`)
);

CREATE TABLE `images` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `state` VARCHAR(8),
  `text` VARCHAR(255),
  `number` INT,
  KEY `id_auto` (`id`)
);

CREATE TABLE `alts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user1` INT NOT NULL,
  `user2` INT NOT NULL,
  PRIMARY KEY (`user1`, `user2`),
  KEY `id_auto` (`id`),
  UNIQUE KEY `userpair` (`user1`, `user2`)
);

CREATE TABLE `award_relationships` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `submission_id` INT,
  `comment_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `award_comment_constraint` (`user_id`, `comment_id`),
  UNIQUE KEY `award_constraint` (`user_id`, `submission_id`, `comment_id`),
  UNIQUE KEY `award_post_constraint` (`user_id`, `submission_id`)
);

CREATE TABLE `badge_defs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64),
  `description` VARCHAR(256),
  `icon` VARCHAR(64),
  `kind` INT,
  `rank` INT,
  `qualification_expr` VARCHAR(128),
  PRIMARY KEY (`id`),
  UNIQUE KEY `badge_list_icon_key` (`icon`)
);

CREATE TABLE `badges` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `badge_id` INT,
  `user_id` INT,
  `description` VARCHAR(256),
  `url` VARCHAR(256),
  `created_utc` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_badge_constraint` (`user_id`, `badge_id`),
  FOREIGN KEY (`badge_id`) REFERENCES `badge_defs` (`id`)
);

CREATE TABLE `badlinks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reason` INT,
  `link` VARCHAR(512),
  `autoban` TINYINT(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `badpics` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `description` VARCHAR(255),
  `phash` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `badwords` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `keyword` VARCHAR(64),
  `regex` VARCHAR(256),
  PRIMARY KEY (`id`),
  UNIQUE KEY `badwords_keyword_key` (`keyword`)
);

CREATE TABLE `bans` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `board_id` INT,
  `created_utc` INT,
  `banning_mod_id` INT,
  `is_active` TINYINT(1) NOT NULL,
  `mod_note` VARCHAR(128),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`board_id`) REFERENCES `boards` (`id`)
);

CREATE TABLE `boardblocks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `board_id` INT,
  `created_utc` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `one_board_block` (`user_id`, `board_id`)
);

CREATE TABLE `categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `color` CHAR(6) DEFAULT '805ad5',
  `visible` TINYINT(1) DEFAULT 1,
  `name` VARCHAR(64),
  `description` VARCHAR(512),
  `icon` VARCHAR(64),
  `is_nsfw` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `client_auths` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `oauth_client` INT,
  `scope_identity` TINYINT(1),
  `scope_create` TINYINT(1),
  `scope_read` TINYINT(1),
  `scope_update` TINYINT(1),
  `scope_delete` TINYINT(1),
  `scope_vote` TINYINT(1),
  `scope_guildmaster` TINYINT(1),
  `access_token` CHAR(128),
  `refresh_token` CHAR(128),
  `oauth_code` CHAR(128),
  `access_token_expire_utc` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_access` (`access_token`),
  UNIQUE KEY `unique_code` (`oauth_code`),
  UNIQUE KEY `unique_refresh` (`refresh_token`)
);

CREATE TABLE `commentflags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `comment_id` INT,
  `created_utc` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`)
);

CREATE TABLE `comments_aux` (
  `id` INT,
  `body` TEXT,
  `body_html` TEXT,
  `ban_reason` VARCHAR(128),
  `key_id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`key_id`)
);

CREATE TABLE `commentvotes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `comment_id` INT,
  `vote_type` INT,
  `user_id` INT,
  `created_utc` INT,
  `creation_ip` CHAR(64),
  `app_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `onecvote` (`user_id`, `comment_id`)
);

CREATE TABLE `contributors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `board_id` INT,
  `created_utc` INT,
  `is_active` TINYINT(1),
  `approving_mod_id` INT,
  UNIQUE KEY `contribs_unique_constraint` (`user_id`, `board_id`),
  UNIQUE KEY `id_const` (`id`),
  FOREIGN KEY (`board_id`) REFERENCES `boards` (`id`)
);

CREATE TABLE `conversations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `author_id` INT NOT NULL,
  `created_utc` INT,
  `subject` VARCHAR(256),
  `board_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `convo_member` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `convo_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `dms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_utc` INT,
  `to_user_id` INT,
  `from_user_id` INT,
  `body_html` VARCHAR(300),
  `is_banned` TINYINT(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `domains` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(100),
  `can_submit` TINYINT(1),
  `can_comment` TINYINT(1),
  `reason` INT,
  `show_thumbnail` TINYINT(1),
  `embed_function` VARCHAR(64),
  `embed_template` VARCHAR(32),
  `sandbox_embed` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domains_domain_key` (`domain`)
);

CREATE TABLE `flags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `post_id` INT,
  `created_utc` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`post_id`) REFERENCES `submissions` (`id`)
);

CREATE TABLE `follows` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `target_id` INT,
  `created_utc` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `follow_membership_unique` (`user_id`, `target_id`)
);

CREATE TABLE `ips` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `addr` VARCHAR(64),
  `reason` VARCHAR(256),
  `banned_by` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ips_addr_key` (`addr`)
);

CREATE TABLE `lodges` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_utc` INT,
  `board_id` INT,
  `name` VARCHAR(32),
  PRIMARY KEY (`id`),
  UNIQUE KEY `lodge_constraint` (`board_id`, `name`)
);

CREATE TABLE `message_notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `message_id` INT,
  `has_read` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `author_id` INT NOT NULL,
  `body` TEXT,
  `body_html` TEXT,
  `created_utc` INT,
  `distinguish_level` INT DEFAULT 0,
  `convo_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `modactions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `board_id` INT,
  `target_user_id` INT,
  `target_submission_id` INT,
  `target_comment_id` INT,
  `created_utc` INT DEFAULT 0,
  `kind` VARCHAR(32),
  `note` VARCHAR(256),
  PRIMARY KEY (`id`)
);

CREATE TABLE `mods` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `board_id` INT,
  `created_utc` INT,
  `accepted` TINYINT(1),
  `invite_rescinded` TINYINT(1),
  `perm_full` TINYINT(1) DEFAULT 1,
  `perm_content` TINYINT(1) DEFAULT 1,
  `perm_appearance` TINYINT(1) DEFAULT 1,
  `perm_access` TINYINT(1) DEFAULT 1,
  `perm_config` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mod_unique` (`user_id`, `board_id`),
  FOREIGN KEY (`board_id`) REFERENCES `boards` (`id`)
);

CREATE TABLE `oauth_apps` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `client_id` CHAR(64),
  `client_secret` CHAR(128),
  `app_name` VARCHAR(50),
  `redirect_uri` TEXT,
  `author_id` INT,
  `is_banned` TINYINT(1),
  `description` VARCHAR(256),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_id` (`client_id`),
  UNIQUE KEY `unique_secret` (`client_secret`)
);

CREATE TABLE `paypal_txns` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `created_utc` INT,
  `paypal_id` VARCHAR(64),
  `usd_cents` INT,
  `status` INT DEFAULT 0,
  `coin_count` INT NOT NULL DEFAULT 1,
  `promo_id` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `politicswords` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `keyword` VARCHAR(64),
  `regex` VARCHAR(256),
  PRIMARY KEY (`id`)
);

CREATE TABLE `postrels` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `post_id` INT,
  `board_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `postrel_unique` (`post_id`, `board_id`),
  FOREIGN KEY (`board_id`) REFERENCES `boards` (`id`),
  FOREIGN KEY (`post_id`) REFERENCES `submissions` (`id`)
);

CREATE TABLE `promocodes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(64) NOT NULL,
  `is_active` TINYINT(1) DEFAULT 0,
  `percent_off` INT,
  `flat_cents_off` INT,
  `flat_cents_min` INT,
  `promo_start_utc` INT,
  `promo_end_utc` INT,
  `promo_info` VARCHAR(64),
  PRIMARY KEY (`id`)
);

CREATE TABLE `save_relationship` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `submission_id` INT,
  `user_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `save_constraint` (`submission_id`, `user_id`)
);

CREATE TABLE `subcategories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `cat_id` INT,
  `name` VARCHAR(64),
  `description` VARCHAR(512),
  `_visible` TINYINT(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cat_id`) REFERENCES `categories` (`id`)
);

CREATE TABLE `submissions_aux` (
  `id` INT,
  `title` VARCHAR(500),
  `url` TEXT,
  `body` TEXT,
  `body_html` TEXT,
  `embed_url` TEXT,
  `ban_reason` VARCHAR(128),
  `key_id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`key_id`)
);

CREATE TABLE `subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `board_id` INT,
  `created_utc` INT NOT NULL,
  `is_active` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `guild_membership_unique` (`user_id`, `board_id`),
  FOREIGN KEY (`board_id`) REFERENCES `boards` (`id`)
);

CREATE TABLE `titles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_before` TINYINT(1) NOT NULL,
  `text` VARCHAR(64),
  `qualification_expr` VARCHAR(256),
  `requirement_string` VARCHAR(512),
  `color` VARCHAR(6),
  `kind` INT,
  `background_color_1` VARCHAR(8),
  `background_color_2` VARCHAR(8),
  `gradient_angle` INT,
  `box_shadow_color` VARCHAR(32),
  `text_shadow_color` VARCHAR(32),
  PRIMARY KEY (`id`)
);

CREATE TABLE `useragents` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `kwd` VARCHAR(128),
  `banned_by` INT,
  `reason` VARCHAR(256),
  `mock` VARCHAR(256),
  `status_code` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `useragents_kwd_key` (`kwd`)
);

CREATE TABLE `userblocks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `target_id` INT,
  `created_utc` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `userflags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `target_id` INT,
  `resolved` TINYINT(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `votes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `submission_id` INT,
  `created_utc` INT NOT NULL,
  `vote_type` INT,
  `creation_ip` CHAR(64),
  `app_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `onevote` (`user_id`, `submission_id`)
);

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `passhash` VARCHAR(255) NOT NULL,
  `created_utc` INT NOT NULL,
  `admin_level` INT,
  `over_18` TINYINT(1),
  `creation_ip` VARCHAR(255),
  `hide_offensive` TINYINT(1),
  `is_activated` TINYINT(1),
  `reddit_username` VARCHAR(64),
  `bio` VARCHAR(300),
  `bio_html` VARCHAR(1000),
  `real_id` VARCHAR(255),
  `referred_by` INT,
  `is_banned` INT,
  `ban_reason` VARCHAR(128),
  `login_nonce` INT,
  `title_id` INT,
  `has_banner` TINYINT(1) NOT NULL,
  `has_profile` TINYINT(1) NOT NULL,
  `reserved` VARCHAR(256),
  `is_nsfw` TINYINT(1) NOT NULL,
  `tos_agreed_utc` INT,
  `profile_nonce` INT NOT NULL,
  `banner_nonce` INT NOT NULL,
  `last_siege_utc` INT,
  `mfa_secret` VARCHAR(32),
  `has_earned_darkmode` TINYINT(1),
  `is_private` TINYINT(1),
  `read_announcement_utc` INT,
  `feed_nonce` INT,
  `show_nsfl` TINYINT(1),
  `karma` INT,
  `comment_karma` INT,
  `unban_utc` INT,
  `is_deleted` TINYINT(1),
  `delete_reason` VARCHAR(1000),
  `patreon_pledge_cents` INT,
  `is_enrolled` TINYINT(1),
  `roulette_wins` INT,
  `filter_nsfw` TINYINT(1),
  `is_nofollow` TINYINT(1) DEFAULT 0,
  `coin_balance` INT DEFAULT 0,
  `premium_expires_utc` INT DEFAULT 0,
  `negative_balance_cents` INT DEFAULT 0,
  `is_hiding_politics` TINYINT(1) DEFAULT 0,
  `custom_filter_list` VARCHAR(1000) DEFAULT '',
  `discord_id` VARCHAR(64),
  `last_yank_utc` INT DEFAULT 0,
  `stored_karma` INT DEFAULT 0,
  `stored_subscriber_count` INT DEFAULT 0,
  `creation_region` CHAR(2),
  `ban_evade` INT DEFAULT 0,
  PRIMARY KEY (`username`),
  KEY `id_auto` (`id`),
  UNIQUE KEY `one_discord_account` (`discord_id`),
  UNIQUE KEY `users_email_key` (`email`),
  UNIQUE KEY `users_reddit_username_key` (`reddit_username`),
  UNIQUE KEY `users_username_key` (`username`),
  FOREIGN KEY (`title_id`) REFERENCES `titles` (`id`)
);
