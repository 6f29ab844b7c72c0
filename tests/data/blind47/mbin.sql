-- Mbin (federated link aggregator and microblog, fork of /kbin), trimmed schema.
-- Upstream: github.com/MbinOrg/mbin, migrations/Version*.php (Doctrine migrations, PostgreSQL),
--   commit 1439efd749e7af9d157c6bda4fa2cac4cb79e6bb. Licence: AGPL-3.0.
-- Made by replaying all 169 migrations' up() SQL in order into a scratch PostgreSQL database and writing the
-- resulting tables as MySQL DDL: varchar/text/int/bool kept, timestamp(tz) -> DATETIME, json(b) -> JSON,
-- uuid -> CHAR(36), citext -> VARCHAR(255), tsvector -> TEXT, PostgreSQL enum types -> ENUM(labels), sequences ->
-- plain ids. Comments are Doctrine's own (DC2Type) column comments. Indexes and foreign keys left out.

CREATE TABLE `user` (
  `id` INT NOT NULL,
  `avatar_id` INT NULL,
  `email` VARCHAR(255) NOT NULL,
  `roles` JSON NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `followers_count` INT NOT NULL,
  `notify_on_new_entry` TINYINT(1) NOT NULL,
  `notify_on_new_entry_reply` TINYINT(1) NOT NULL,
  `notify_on_new_entry_comment_reply` TINYINT(1) NOT NULL,
  `notify_on_new_post` TINYINT(1) NOT NULL,
  `notify_on_new_post_reply` TINYINT(1) NOT NULL,
  `notify_on_new_post_comment_reply` TINYINT(1) NOT NULL,
  `is_verified` TINYINT(1) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `is_banned` TINYINT(1) NOT NULL DEFAULT 0,
  `show_profile_subscriptions` TINYINT(1) NOT NULL DEFAULT 1,
  `show_profile_followings` TINYINT(1) NOT NULL DEFAULT 1,
  `hide_adult` TINYINT(1) NOT NULL DEFAULT 1,
  `homepage` VARCHAR(255) NOT NULL DEFAULT 'front',
  `oauth_github_id` VARCHAR(255) NULL,
  `oauth_google_id` VARCHAR(255) NULL,
  `oauth_facebook_id` VARCHAR(255) NULL,
  `featured_magazines` TEXT NULL COMMENT '(DC2Type:array)',
  `private_key` TEXT NULL,
  `public_key` TEXT NULL,
  `ap_id` VARCHAR(255) NULL,
  `ap_profile_id` VARCHAR(255) NULL,
  `cover_id` INT NULL,
  `about` TEXT NULL,
  `fields` JSON NULL,
  `ap_public_url` VARCHAR(255) NULL,
  `ap_fetched_at` DATETIME NULL,
  `ap_followers_url` VARCHAR(255) NULL,
  `ap_preferred_username` VARCHAR(255) NULL,
  `ap_discoverable` TINYINT(1) NULL,
  `ap_manually_approves_followers` TINYINT(1) NULL,
  `last_active` DATETIME NOT NULL,
  `ap_deleted_at` DATETIME NULL,
  `add_mentions_entries` TINYINT(1) NOT NULL DEFAULT 0,
  `add_mentions_posts` TINYINT(1) NOT NULL DEFAULT 1,
  `ap_inbox_url` VARCHAR(255) NULL,
  `ap_domain` VARCHAR(255) NULL,
  `ap_timeout_at` DATETIME NULL,
  `is_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `preferred_languages` JSON NOT NULL,
  `oauth_keycloak_id` VARCHAR(255) NULL,
  `totp_secret` VARCHAR(255) NULL,
  `custom_css` TEXT NULL,
  `ignore_magazines_custom_css` TINYINT(1) NOT NULL DEFAULT 0,
  `totp_backup_codes` JSON NOT NULL,
  `type` ENUM('Person','Service','Organization','Application') NOT NULL DEFAULT 'Person',
  `marked_for_deletion_at` DATETIME NULL,
  `visibility` TEXT NOT NULL,
  `ap_followers_count` INT NULL,
  `ap_attributed_to_url` VARCHAR(255) NULL,
  `oauth_zitadel_id` VARCHAR(255) NULL,
  `oauth_azure_id` VARCHAR(255) NULL,
  `oauth_simple_login_id` VARCHAR(255) NULL,
  `oauth_authentik_id` VARCHAR(255) NULL,
  `oauth_privacyportal_id` VARCHAR(255) NULL,
  `ap_featured_url` VARCHAR(255) NULL,
  `oauth_discord_id` VARCHAR(255) NULL,
  `application_text` TEXT NULL,
  `application_status` ENUM('Approved','Rejected','Pending') NOT NULL DEFAULT 'Approved',
  `notify_on_user_signup` TINYINT(1) NULL DEFAULT 1,
  `front_default_sort` ENUM('hot','top','newest','active','oldest','commented') NOT NULL DEFAULT 'hot',
  `comment_default_sort` ENUM('hot','top','newest','active','oldest','commented') NOT NULL DEFAULT 'hot',
  `username_ts` TEXT NULL,
  `about_ts` TEXT NULL,
  `ban_reason` VARCHAR(255) NULL,
  `old_private_key` TEXT NULL,
  `old_public_key` TEXT NULL,
  `direct_message_setting` ENUM('everyone','followers_only','nobody') NOT NULL DEFAULT 'everyone',
  `last_key_rotation_date` DATETIME NULL,
  `front_default_content` ENUM('combined','threads','microblog') NULL,
  `ap_indexable` TINYINT(1) NULL,
  `title` VARCHAR(255) NULL,
  `title_ts` TEXT NULL,
  `show_boosts_of_following` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_follow` (
  `id` INT NOT NULL,
  `follower_id` INT NOT NULL,
  `following_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_follow_request` (
  `id` INT NOT NULL,
  `follower_id` INT NOT NULL,
  `following_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_block` (
  `id` INT NOT NULL,
  `blocker_id` INT NOT NULL,
  `blocked_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_note` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `target_id` INT NOT NULL,
  `body` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_filter_list` (
  `id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `expiration_date` DATETIME NULL,
  `feeds` TINYINT(1) NOT NULL,
  `profile` TINYINT(1) NOT NULL,
  `comments` TINYINT(1) NOT NULL,
  `words` JSON NOT NULL,
  `created_at` DATETIME NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_push_subscription` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `api_token` CHAR(80) NULL,
  `locale` VARCHAR(255) NULL,
  `endpoint` TEXT NOT NULL,
  `content_encryption_public_key` TEXT NOT NULL,
  `device_key` CHAR(36) NULL COMMENT '(DC2Type:uuid)',
  `server_auth_key` TEXT NOT NULL,
  `notification_types` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `magazine` (
  `id` INT NOT NULL,
  `icon_id` INT NULL,
  `name` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `rules` TEXT NULL,
  `subscriptions_count` INT NOT NULL,
  `entry_count` INT NOT NULL,
  `entry_comment_count` INT NOT NULL,
  `post_count` INT NOT NULL,
  `post_comment_count` INT NOT NULL,
  `is_adult` TINYINT(1) NOT NULL,
  `custom_css` TEXT NULL,
  `visibility` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `last_active` DATETIME NULL,
  `private_key` TEXT NULL,
  `public_key` TEXT NULL,
  `ap_id` VARCHAR(255) NULL,
  `ap_profile_id` VARCHAR(255) NULL,
  `ap_followers_url` VARCHAR(255) NULL,
  `ap_preferred_username` VARCHAR(255) NULL,
  `ap_discoverable` TINYINT(1) NULL,
  `ap_manually_approves_followers` TINYINT(1) NULL,
  `ap_public_url` VARCHAR(255) NULL,
  `ap_fetched_at` DATETIME NULL,
  `tags` JSON NULL,
  `ap_deleted_at` DATETIME NULL,
  `ap_inbox_url` VARCHAR(255) NULL,
  `ap_domain` VARCHAR(255) NULL,
  `ap_timeout_at` DATETIME NULL,
  `marked_for_deletion_at` DATETIME NULL,
  `ap_followers_count` INT NULL,
  `ap_attributed_to_url` VARCHAR(255) NULL,
  `last_origin_update` DATETIME NULL,
  `ap_featured_url` VARCHAR(255) NULL,
  `posting_restricted_to_mods` TINYINT(1) NOT NULL DEFAULT 0,
  `name_ts` TEXT NULL,
  `title_ts` TEXT NULL,
  `description_ts` TEXT NULL,
  `old_private_key` TEXT NULL,
  `old_public_key` TEXT NULL,
  `last_key_rotation_date` DATETIME NULL,
  `banner_id` INT NULL,
  `ap_indexable` TINYINT(1) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `magazine_ban` (
  `id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `banned_by_id` INT NOT NULL,
  `reason` TEXT NULL,
  `expired_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `magazine_block` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `magazine_subscription` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `magazine_log` (
  `id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `entry_id` INT NULL,
  `entry_comment_id` INT NULL,
  `post_id` INT NULL,
  `post_comment_id` INT NULL,
  `ban_id` INT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `log_type` TEXT NOT NULL,
  `meta` VARCHAR(255) NULL,
  `acting_user_id` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moderator` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `is_owner` TINYINT(1) NOT NULL,
  `is_confirmed` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `added_by_user_id` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moderator_request` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `magazine_ownership_request` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entry` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `image_id` INT NULL,
  `domain_id` INT NULL,
  `slug` VARCHAR(255) NULL,
  `title` VARCHAR(255) NOT NULL,
  `url` VARCHAR(2048) NULL,
  `body` TEXT NULL,
  `type` VARCHAR(255) NOT NULL,
  `has_embed` TINYINT(1) NOT NULL,
  `comment_count` INT NOT NULL,
  `score` INT NOT NULL,
  `is_adult` TINYINT(1) NOT NULL,
  `sticky` TINYINT(1) NOT NULL,
  `last_active` DATETIME NOT NULL,
  `ip` VARCHAR(255) NULL,
  `up_votes` INT NOT NULL,
  `down_votes` INT NOT NULL,
  `ranking` INT NOT NULL,
  `visibility` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `lang` VARCHAR(255) NOT NULL,
  `is_oc` TINYINT(1) NOT NULL DEFAULT 0,
  `favourite_count` INT NOT NULL DEFAULT 0,
  `edited_at` DATETIME NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `mentions` JSON NULL,
  `ap_id` VARCHAR(255) NULL,
  `title_ts` TEXT NULL,
  `body_ts` TEXT NULL,
  `ap_like_count` INT NULL,
  `ap_dislike_count` INT NULL,
  `ap_share_count` INT NULL,
  `is_locked` TINYINT(1) NOT NULL DEFAULT 0,
  `last_boosted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entry_comment` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `entry_id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `image_id` INT NULL,
  `parent_id` INT NULL,
  `root_id` INT NULL,
  `body` TEXT NOT NULL,
  `last_active` DATETIME NOT NULL,
  `ip` VARCHAR(255) NULL,
  `up_votes` INT NOT NULL,
  `down_votes` INT NOT NULL,
  `visibility` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `favourite_count` INT NOT NULL DEFAULT 0,
  `edited_at` DATETIME NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `mentions` JSON NULL,
  `ap_id` VARCHAR(255) NULL,
  `lang` VARCHAR(255) NOT NULL,
  `is_adult` TINYINT(1) NOT NULL,
  `body_ts` TEXT NULL,
  `ap_like_count` INT NULL,
  `ap_dislike_count` INT NULL,
  `ap_share_count` INT NULL,
  `last_boosted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entry_vote` (
  `id` INT NOT NULL,
  `entry_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `author_id` INT NOT NULL,
  `choice` INT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entry_comment_vote` (
  `id` INT NOT NULL,
  `comment_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `author_id` INT NOT NULL,
  `choice` INT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `image_id` INT NULL,
  `slug` VARCHAR(255) NULL,
  `body` TEXT NULL,
  `comment_count` INT NOT NULL,
  `score` INT NOT NULL,
  `is_adult` TINYINT(1) NOT NULL,
  `last_active` DATETIME NOT NULL,
  `ip` VARCHAR(255) NULL,
  `up_votes` INT NOT NULL,
  `down_votes` INT NOT NULL,
  `ranking` INT NOT NULL,
  `visibility` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `favourite_count` INT NOT NULL DEFAULT 0,
  `edited_at` DATETIME NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `mentions` JSON NULL,
  `ap_id` VARCHAR(255) NULL,
  `lang` VARCHAR(255) NOT NULL,
  `body_ts` TEXT NULL,
  `sticky` TINYINT(1) NOT NULL DEFAULT 0,
  `ap_like_count` INT NULL,
  `ap_dislike_count` INT NULL,
  `ap_share_count` INT NULL,
  `is_locked` TINYINT(1) NOT NULL DEFAULT 0,
  `last_boosted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_comment` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `post_id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `image_id` INT NULL,
  `parent_id` INT NULL,
  `body` TEXT NOT NULL,
  `last_active` DATETIME NOT NULL,
  `ip` VARCHAR(255) NULL,
  `up_votes` INT NOT NULL,
  `down_votes` INT NOT NULL,
  `visibility` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `favourite_count` INT NOT NULL DEFAULT 0,
  `edited_at` DATETIME NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `mentions` JSON NULL,
  `ap_id` VARCHAR(255) NULL,
  `root_id` INT NULL,
  `update_mark` TINYINT(1) NOT NULL DEFAULT 0,
  `lang` VARCHAR(255) NOT NULL,
  `is_adult` TINYINT(1) NOT NULL,
  `body_ts` TEXT NULL,
  `ap_like_count` INT NULL,
  `ap_dislike_count` INT NULL,
  `ap_share_count` INT NULL,
  `last_boosted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_vote` (
  `id` INT NOT NULL,
  `post_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `author_id` INT NOT NULL,
  `choice` INT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favourite` (
  `id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `entry_id` INT NULL,
  `entry_comment_id` INT NULL,
  `post_id` INT NULL,
  `post_comment_id` INT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `favourite_type` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmark` (
  `id` INT NOT NULL,
  `list_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `entry_id` INT NULL,
  `entry_comment_id` INT NULL,
  `post_id` INT NULL,
  `post_comment_id` INT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmark_list` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `is_default` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` INT NOT NULL,
  `thread_id` INT NOT NULL,
  `sender_id` INT NOT NULL,
  `body` TEXT NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `uuid` CHAR(36) NOT NULL COMMENT '(DC2Type:uuid)',
  `ap_id` VARCHAR(255) NULL,
  `edited_at` DATETIME NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_thread` (
  `id` INT NOT NULL,
  `updated_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_thread_participants` (
  `message_thread_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`message_thread_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `entry_id` INT NULL,
  `entry_comment_id` INT NULL,
  `post_id` INT NULL,
  `post_comment_id` INT NULL,
  `message_id` INT NULL,
  `ban_id` INT NULL,
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `notification_type` TEXT NOT NULL,
  `report_id` INT NULL,
  `new_user_id` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_settings` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `entry_id` INT NULL,
  `post_id` INT NULL,
  `magazine_id` INT NULL,
  `target_user_id` INT NULL,
  `notification_status` ENUM('Default','Muted','Loud') NOT NULL DEFAULT 'Default',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report` (
  `id` INT NOT NULL,
  `magazine_id` INT NOT NULL,
  `reporting_id` INT NOT NULL,
  `reported_id` INT NOT NULL,
  `considered_by_id` INT NULL,
  `entry_id` INT NULL,
  `entry_comment_id` INT NULL,
  `post_id` INT NULL,
  `post_comment_id` INT NULL,
  `reason` VARCHAR(255) NULL,
  `weight` INT NOT NULL,
  `considered_at` DATETIME NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `report_type` TEXT NOT NULL,
  `uuid` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reset_password_request` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `selector` VARCHAR(20) NOT NULL,
  `hashed_token` VARCHAR(100) NOT NULL,
  `requested_at` DATETIME NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `expires_at` DATETIME NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rememberme_token` (
  `series` VARCHAR(88) NOT NULL,
  `value` VARCHAR(88) NOT NULL,
  `lastused` DATETIME NOT NULL,
  `class` VARCHAR(100) NOT NULL DEFAULT '',
  `username` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`series`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `sess_id` VARCHAR(128) NOT NULL,
  `sess_data` LONGBLOB NOT NULL,
  `sess_lifetime` INT NOT NULL,
  `sess_time` INT NOT NULL,
  PRIMARY KEY (`sess_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_access_token` (
  `identifier` CHAR(80) NOT NULL,
  `client` VARCHAR(32) NOT NULL,
  `expiry` DATETIME NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `user_identifier` VARCHAR(128) NULL,
  `scopes` TEXT NULL COMMENT '(DC2Type:oauth2_scope)',
  `revoked` TINYINT(1) NOT NULL,
  PRIMARY KEY (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_client` (
  `identifier` VARCHAR(32) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `secret` VARCHAR(128) NULL,
  `redirect_uris` TEXT NULL COMMENT '(DC2Type:oauth2_redirect_uri)',
  `grants` TEXT NULL COMMENT '(DC2Type:oauth2_grant)',
  `scopes` TEXT NULL COMMENT '(DC2Type:oauth2_scope)',
  `active` TINYINT(1) NOT NULL,
  `allow_plain_text_pkce` TINYINT(1) NOT NULL DEFAULT 0,
  `description` TEXT NULL,
  `user_id` INT NULL,
  `contact_email` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `image_id` INT NULL,
  PRIMARY KEY (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_user_consent` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `client_identifier` VARCHAR(32) NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `expires_at` DATETIME NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `scopes` JSON NOT NULL,
  `ip_address` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image` (
  `id` INT NOT NULL,
  `file_path` VARCHAR(255) NULL,
  `file_name` VARCHAR(255) NOT NULL,
  `sha256` LONGBLOB NOT NULL,
  `width` INT NULL,
  `height` INT NULL,
  `blurhash` VARCHAR(255) NULL,
  `alt_text` TEXT NULL,
  `source_url` TEXT NULL,
  `is_compressed` TINYINT(1) NOT NULL DEFAULT 0,
  `source_too_big` TINYINT(1) NOT NULL DEFAULT 0,
  `downloaded_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL,
  `original_size` BIGINT NOT NULL DEFAULT 0,
  `local_size` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instance` (
  `id` INT NOT NULL,
  `software` VARCHAR(255) NULL,
  `version` VARCHAR(255) NULL,
  `domain` VARCHAR(255) NOT NULL,
  `last_successful_deliver` DATETIME NULL COMMENT '(DC2Type:datetime_immutable)',
  `last_successful_receive` DATETIME NULL COMMENT '(DC2Type:datetime_immutable)',
  `last_failed_deliver` DATETIME NULL COMMENT '(DC2Type:datetime_immutable)',
  `failed_delivers` INT NOT NULL,
  `created_at` DATETIME NOT NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `updated_at` DATETIME NULL COMMENT '(DC2Type:datetimetz_immutable)',
  `is_banned` TINYINT(1) NOT NULL DEFAULT 0,
  `is_explicitly_allowed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain` (
  `id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `entry_count` INT NOT NULL,
  `subscriptions_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hashtag` (
  `id` INT NOT NULL,
  `tag` VARCHAR(255) NOT NULL,
  `banned` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hashtag_link` (
  `id` INT NOT NULL,
  `hashtag_id` INT NOT NULL,
  `entry_id` INT NULL,
  `entry_comment_id` INT NULL,
  `post_id` INT NULL,
  `post_comment_id` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NULL,
  `json` JSON NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site` (
  `id` INT NOT NULL,
  `terms` TEXT NULL,
  `privacy_policy` TEXT NULL,
  `faq` TEXT NULL,
  `about` TEXT NULL,
  `contact` TEXT NULL,
  `private_key` TEXT NULL,
  `public_key` TEXT NULL,
  `announcement` TEXT NULL,
  `push_private_key` TEXT NULL,
  `push_public_key` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
