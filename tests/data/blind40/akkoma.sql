-- Akkoma (federated social network, ActivityPub; a fork of Pleroma): the database schema, 41 tables, written as
-- MySQL DDL.
-- Upstream: Akkoma's Ecto migrations priv/repo/migrations/*.exs (326 files, PostgreSQL), taken from the GitHub
-- mirror github.com/BDX-town/Akkoma (a fork that merges akkoma.dev/AkkomaGang/akkoma; "chore: merge upstream"),
-- commit 071bb07a5a390785e669e1b5dfaca8b532c456e3 (Akkoma 3.16.0).
-- Made by replaying every migration's create/alter/rename/drop in order (def down ignored) plus the raw SQL type
-- changes (flake uuid ids of users and activities and the user_id columns that refer to them, integer
-- following_relationships.state, the notification_type enum), then checked column by column against the Ecto
-- schemas in lib/pleroma (only the legacy users.blocks/mutes/muted_reblogs/muted_notifications/subscribers and
-- instances.favicon_updated_at are in the database without an Ecto field; signing_keys' columns are declared
-- outside the schema block). Tables dropped by migrations (chats, chat_message_references, websub_*,
-- activity_expirations ...) are absent. PostgreSQL types mapped: uuid -> uuid (MariaDB), citext/string ->
-- varchar(255), jsonb (:map) and arrays -> json, timestamp -> timestamp, bytea -> longblob; upstream's
-- foreign keys written inline; Oban's job tables (created by the Oban library) left out.
-- Licence: AGPL-3.0.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
  `id` uuid NOT NULL,
  `email` varchar(255),
  `password_hash` varchar(255),
  `name` varchar(255),
  `nickname` varchar(255),
  `bio` text,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  `ap_id` varchar(255) NOT NULL,
  `avatar` json,
  `local` tinyint(1) DEFAULT 1,
  `follower_address` varchar(255),
  `last_refreshed_at` timestamp(6) NULL,
  `tags` json,
  `last_digest_emailed_at` timestamp(0) NULL,
  `multi_factor_authentication_settings` json,
  `following_address` varchar(255),
  `banner` json,
  `background` json,
  `note_count` int DEFAULT 0,
  `follower_count` int DEFAULT 0,
  `following_count` int,
  `is_locked` tinyint(1) NOT NULL DEFAULT 0,
  `is_confirmed` tinyint(1) NOT NULL DEFAULT 0,
  `password_reset_pending` tinyint(1) NOT NULL DEFAULT 0,
  `confirmation_token` text,
  `default_scope` varchar(255) DEFAULT 'public',
  `blocks` json,
  `domain_blocks` json,
  `mutes` json,
  `muted_reblogs` json,
  `muted_notifications` json,
  `subscribers` json,
  `is_active` tinyint(1) NOT NULL DEFAULT 0,
  `no_rich_text` tinyint(1) NOT NULL DEFAULT 0,
  `is_moderator` tinyint(1) NOT NULL DEFAULT 0,
  `is_admin` tinyint(1) NOT NULL DEFAULT 0,
  `show_role` tinyint(1) NOT NULL DEFAULT 1,
  `mastofe_settings` json,
  `uri` text,
  `hide_followers_count` tinyint(1) NOT NULL DEFAULT 0,
  `hide_follows_count` tinyint(1) NOT NULL DEFAULT 0,
  `hide_followers` tinyint(1) NOT NULL DEFAULT 0,
  `hide_follows` tinyint(1) NOT NULL DEFAULT 0,
  `hide_favorites` tinyint(1) NOT NULL DEFAULT 1,
  `email_notifications` json,
  `mascot` json,
  `emoji` json,
  `pleroma_settings_store` json,
  `fields` json,
  `raw_fields` json,
  `is_discoverable` tinyint(1) NOT NULL DEFAULT 0,
  `invisible` tinyint(1) NOT NULL DEFAULT 0,
  `notification_settings` json,
  `skip_thread_containment` tinyint(1) NOT NULL DEFAULT 0,
  `also_known_as` json NOT NULL,
  `allow_following_move` tinyint(1) NOT NULL DEFAULT 1,
  `actor_type` varchar(255) NOT NULL DEFAULT 'Person',
  `raw_bio` text,
  `inbox` text,
  `shared_inbox` text,
  `is_approved` tinyint(1) NOT NULL DEFAULT 0,
  `registration_reason` text,
  `last_active_at` timestamp(0) NULL,
  `pinned_objects` json NOT NULL,
  `featured_address` varchar(255),
  `disclose_client` tinyint(1) DEFAULT 1,
  `is_suggested` tinyint(1) NOT NULL DEFAULT 0,
  `last_status_at` timestamp(0) NULL,
  `language` varchar(255),
  `status_ttl_days` int,
  `accepts_direct_messages_from` varchar(255) DEFAULT 'everybody',
  `permit_followback` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `activities` (
  `id` uuid NOT NULL,
  `data` json,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  `local` tinyint(1) DEFAULT 1,
  `actor` varchar(255),
  `recipients` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `objects` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `data` json,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `apps` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `client_name` varchar(255),
  `redirect_uris` varchar(255),
  `scopes` varchar(255),
  `website` varchar(255),
  `client_id` varchar(255),
  `client_secret` varchar(255),
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  `trusted` tinyint(1) DEFAULT 0,
  `user_id` uuid,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `oauth_authorizations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `app_id` bigint,
  `user_id` uuid,
  `token` varchar(255),
  `valid_until` timestamp(6) NULL,
  `used` tinyint(1) DEFAULT 0,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  `scopes` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `oauth_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `app_id` bigint,
  `user_id` uuid,
  `token` varchar(255),
  `refresh_token` varchar(255),
  `valid_until` timestamp(6) NULL,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  `scopes` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `notifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `activity_id` uuid NOT NULL,
  `seen` tinyint(1) DEFAULT 0,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  `type` enum('follow','follow_request','mention','move','pleroma:emoji_reaction','pleroma:chat_mention','reblog','favourite','pleroma:report','poll','update'),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`activity_id`) REFERENCES `activities` (`id`)
);

CREATE TABLE `password_reset_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `token` varchar(255),
  `user_id` uuid,
  `used` tinyint(1) DEFAULT 0,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `lists` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `title` varchar(255),
  `following` json,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  `ap_id` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_invite_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `token` varchar(255),
  `used` tinyint(1) DEFAULT 0,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  `expires_at` date,
  `uses` int DEFAULT 0,
  `max_use` int,
  `invite_type` varchar(255) DEFAULT 'one_time',
  PRIMARY KEY (`id`)
);

CREATE TABLE `filters` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `filter_id` int,
  `hide` tinyint(1) DEFAULT 0,
  `phrase` varchar(255),
  `context` json,
  `expires_at` timestamp(0) NULL,
  `whole_word` tinyint(1),
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `push_subscriptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `token_id` bigint,
  `endpoint` varchar(255),
  `key_p256dh` varchar(255),
  `key_auth` varchar(255),
  `data` json,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`token_id`) REFERENCES `oauth_tokens` (`id`)
);

CREATE TABLE `instances` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `host` varchar(255),
  `unreachable_since` timestamp(6) NULL,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  `favicon` varchar(255),
  `favicon_updated_at` timestamp(0) NULL,
  `nodeinfo` json,
  `metadata_updated_at` timestamp(0) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `thread_mutes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `context` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `registrations` (
  `id` uuid NOT NULL,
  `user_id` uuid,
  `provider` varchar(255),
  `uid` varchar(255),
  `info` json,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `scheduled_activities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `scheduled_at` timestamp(0) NOT NULL,
  `params` json NOT NULL,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `conversations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ap_id` varchar(255) NOT NULL,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `conversation_participations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `conversation_id` bigint,
  `read` tinyint(1) DEFAULT 0,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`)
);

CREATE TABLE `bookmarks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `activity_id` uuid,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`activity_id`) REFERENCES `activities` (`id`)
);

CREATE TABLE `mfa_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `authorization_id` bigint,
  `token` varchar(255),
  `valid_until` timestamp(6) NULL,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`authorization_id`) REFERENCES `oauth_authorizations` (`id`)
);

CREATE TABLE `config` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `value` longblob,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  `group` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `conversation_participation_recipient_ships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `participation_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`participation_id`) REFERENCES `conversation_participations` (`id`)
);

CREATE TABLE `moderation_log` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `data` json,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `deliveries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `object_id` bigint NOT NULL,
  `user_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`object_id`) REFERENCES `objects` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `following_relationships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `follower_id` uuid NOT NULL,
  `following_id` uuid NOT NULL,
  `state` int NOT NULL,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`follower_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`following_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `markers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `timeline` varchar(255) NOT NULL DEFAULT '',
  `last_read_id` varchar(255) NOT NULL DEFAULT '',
  `lock_version` int NOT NULL DEFAULT 0,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_relationships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `source_id` uuid,
  `target_id` uuid,
  `relationship_type` int NOT NULL,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`source_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`target_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `report_notes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `activity_id` uuid,
  `content` varchar(255),
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`activity_id`) REFERENCES `activities` (`id`)
);

CREATE TABLE `counter_cache` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `instance` varchar(255) NOT NULL,
  `direct` bigint NOT NULL DEFAULT 0,
  `private` bigint NOT NULL DEFAULT 0,
  `unlisted` bigint NOT NULL DEFAULT 0,
  `public` bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `backups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `file_name` varchar(255) NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `processed` tinyint(1) NOT NULL DEFAULT 0,
  `file_size` bigint,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `hashtags` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `hashtags_objects` (
  `hashtag_id` bigint NOT NULL,
  `object_id` bigint NOT NULL,
  PRIMARY KEY (`hashtag_id`, `object_id`),
  FOREIGN KEY (`hashtag_id`) REFERENCES `hashtags` (`id`),
  FOREIGN KEY (`object_id`) REFERENCES `objects` (`id`)
);

CREATE TABLE `data_migrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `state` int DEFAULT 1,
  `feature_lock` tinyint(1) DEFAULT 0,
  `params` json,
  `data` json,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `data_migration_failed_ids` (
  `data_migration_id` bigint NOT NULL,
  `record_id` bigint NOT NULL,
  PRIMARY KEY (`data_migration_id`, `record_id`),
  FOREIGN KEY (`data_migration_id`) REFERENCES `data_migrations` (`id`)
);

CREATE TABLE `user_notes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `source_id` uuid,
  `target_id` uuid,
  `comment` varchar(255),
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`source_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`target_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `announcements` (
  `id` uuid NOT NULL,
  `data` json,
  `starts_at` timestamp(0) NULL,
  `ends_at` timestamp(0) NULL,
  `rendered` json,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `announcement_read_relationships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` uuid,
  `announcement_id` uuid,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`announcement_id`) REFERENCES `announcements` (`id`)
);

CREATE TABLE `user_frontend_setting_profiles` (
  `user_id` uuid NOT NULL,
  `frontend_name` varchar(255) NOT NULL,
  `profile_name` varchar(255) NOT NULL,
  `version` int,
  `settings` json,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`user_id`, `frontend_name`, `profile_name`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_follows_hashtag` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `hashtag_id` bigint,
  `user_id` uuid,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`hashtag_id`) REFERENCES `hashtags` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `rich_media_card` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `url_hash` longblob,
  `fields` json,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `signing_keys` (
  `user_id` uuid NOT NULL,
  `key_id` text NOT NULL,
  `public_key` text NOT NULL,
  `private_key` text,
  `inserted_at` timestamp(0) NOT NULL,
  `updated_at` timestamp(0) NOT NULL,
  PRIMARY KEY (`key_id`(255)),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);
SET FOREIGN_KEY_CHECKS=1;
