-- Discourse 2.8.0.beta7 (community forum: users, e-mails, profiles, options, visits, auth tokens and API keys,
-- groups, categories, topics, posts, likes and flags, notifications, private-message participants, bookmarks,
-- badges, invites, screened e-mails and IPs, incoming e-mails, e-mail logs, staff action log, review queue),
-- trimmed from github.com/discourse/discourse (GPL-2.0-or-later), commit 3254d35078b14655cf3c8a51f443b81534902400
-- (main, 2021-11-03). Upstream commits no db/schema.rb: each table is the '# == Schema Information' block at the
-- end of app/models/<model>.rb at that commit (checked against db/migrate/*.rb). Rails/Postgres types written as
-- MySQL: string -> varchar(255) (or its limit), float -> double, inet -> varchar(45), jsonb/json -> json,
-- uuid -> char(36), Postgres arrays -> text. Column names and order as upstream; upstream has no column comments.
-- Foreign keys: only the ones upstream declares between kept tables (user_profiles -> uploads); upstream's third,
-- user_profiles.granted_title_badge_id (bigint) -> badges.id (integer), is left out because MySQL/MariaDB refuse a
-- key between different integer types. Discourse relies on Rails associations for every other link.

CREATE TABLE `site_settings` (
  `id` int NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `data_type` int NOT NULL,
  `value` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `uploads` (
  `id` int NOT NULL PRIMARY KEY,
  `user_id` int NOT NULL,
  `original_filename` varchar(255) NOT NULL,
  `filesize` bigint NOT NULL,
  `width` int,
  `height` int,
  `url` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `sha1` varchar(40),
  `origin` varchar(1000),
  `retain_hours` int,
  `extension` varchar(10),
  `thumbnail_width` int,
  `thumbnail_height` int,
  `etag` varchar(255),
  `secure` boolean NOT NULL DEFAULT false,
  `access_control_post_id` bigint,
  `original_sha1` varchar(255),
  `verification_status` int NOT NULL DEFAULT 1,
  `animated` boolean,
  `security_last_changed_at` datetime,
  `security_last_changed_reason` varchar(255)
);

CREATE TABLE `badge_types` (
  `id` int NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `badges` (
  `id` int NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` text,
  `badge_type_id` int NOT NULL,
  `grant_count` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `allow_title` boolean NOT NULL DEFAULT false,
  `multiple_grant` boolean NOT NULL DEFAULT false,
  `icon` varchar(255) DEFAULT 'fa-certificate',
  `listable` boolean DEFAULT true,
  `target_posts` boolean DEFAULT false,
  `query` text,
  `enabled` boolean NOT NULL DEFAULT true,
  `auto_revoke` boolean NOT NULL DEFAULT true,
  `badge_grouping_id` int NOT NULL DEFAULT 5,
  `trigger` int,
  `show_posts` boolean NOT NULL DEFAULT false,
  `system` boolean NOT NULL DEFAULT false,
  `long_description` text,
  `image_upload_id` int
);

CREATE TABLE `users` (
  `id` int NOT NULL PRIMARY KEY,
  `username` varchar(60) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(255),
  `seen_notification_id` int NOT NULL DEFAULT 0,
  `last_posted_at` datetime,
  `password_hash` varchar(64),
  `salt` varchar(32),
  `active` boolean NOT NULL DEFAULT false,
  `username_lower` varchar(60) NOT NULL,
  `last_seen_at` datetime,
  `admin` boolean NOT NULL DEFAULT false,
  `last_emailed_at` datetime,
  `trust_level` int NOT NULL,
  `approved` boolean NOT NULL DEFAULT false,
  `approved_by_id` int,
  `approved_at` datetime,
  `previous_visit_at` datetime,
  `suspended_at` datetime,
  `suspended_till` datetime,
  `date_of_birth` date,
  `views` int NOT NULL DEFAULT 0,
  `flag_level` int NOT NULL DEFAULT 0,
  `ip_address` varchar(45),
  `moderator` boolean DEFAULT false,
  `title` varchar(255),
  `uploaded_avatar_id` int,
  `locale` varchar(10),
  `primary_group_id` int,
  `registration_ip_address` varchar(45),
  `staged` boolean NOT NULL DEFAULT false,
  `first_seen_at` datetime,
  `silenced_till` datetime,
  `group_locked_trust_level` int,
  `manual_locked_trust_level` int,
  `secure_identifier` varchar(255),
  `flair_group_id` int
);

CREATE TABLE `user_emails` (
  `id` int NOT NULL PRIMARY KEY,
  `user_id` int NOT NULL,
  `email` varchar(513) NOT NULL,
  `primary` boolean NOT NULL DEFAULT false,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `user_profiles` (
  `user_id` int NOT NULL PRIMARY KEY,
  `location` varchar(255),
  `website` varchar(255),
  `bio_raw` text,
  `bio_cooked` text,
  `dismissed_banner_key` int,
  `bio_cooked_version` int,
  `badge_granted_title` boolean DEFAULT false,
  `views` int NOT NULL DEFAULT 0,
  `profile_background_upload_id` int,
  `card_background_upload_id` int,
  `granted_title_badge_id` bigint,
  `featured_topic_id` int,
  FOREIGN KEY (`profile_background_upload_id`) REFERENCES `uploads` (`id`),
  FOREIGN KEY (`card_background_upload_id`) REFERENCES `uploads` (`id`)
);

CREATE TABLE `user_options` (
  `user_id` int NOT NULL PRIMARY KEY,
  `mailing_list_mode` boolean NOT NULL DEFAULT false,
  `email_digests` boolean,
  `external_links_in_new_tab` boolean NOT NULL DEFAULT false,
  `enable_quoting` boolean NOT NULL DEFAULT true,
  `dynamic_favicon` boolean NOT NULL DEFAULT false,
  `automatically_unpin_topics` boolean NOT NULL DEFAULT true,
  `digest_after_minutes` int,
  `auto_track_topics_after_msecs` int,
  `new_topic_duration_minutes` int,
  `last_redirected_to_top_at` datetime,
  `email_previous_replies` int NOT NULL DEFAULT 2,
  `email_in_reply_to` boolean NOT NULL DEFAULT true,
  `like_notification_frequency` int NOT NULL DEFAULT 1,
  `mailing_list_mode_frequency` int NOT NULL DEFAULT 1,
  `include_tl0_in_digests` boolean DEFAULT false,
  `notification_level_when_replying` int,
  `theme_key_seq` int NOT NULL DEFAULT 0,
  `allow_private_messages` boolean NOT NULL DEFAULT true,
  `homepage_id` int,
  `theme_ids` text NOT NULL,
  `hide_profile_and_presence` boolean NOT NULL DEFAULT false,
  `text_size_key` int NOT NULL DEFAULT 0,
  `text_size_seq` int NOT NULL DEFAULT 0,
  `email_level` int NOT NULL DEFAULT 1,
  `email_messages_level` int NOT NULL DEFAULT 0,
  `title_count_mode_key` int NOT NULL DEFAULT 0,
  `enable_defer` boolean NOT NULL DEFAULT false,
  `timezone` varchar(255),
  `enable_allowed_pm_users` boolean NOT NULL DEFAULT false,
  `dark_scheme_id` int,
  `skip_new_user_tips` boolean NOT NULL DEFAULT false,
  `color_scheme_id` int,
  `default_calendar` int NOT NULL DEFAULT 0
);

CREATE TABLE `user_stats` (
  `user_id` int NOT NULL PRIMARY KEY,
  `topics_entered` int NOT NULL DEFAULT 0,
  `time_read` int NOT NULL DEFAULT 0,
  `days_visited` int NOT NULL DEFAULT 0,
  `posts_read_count` int NOT NULL DEFAULT 0,
  `likes_given` int NOT NULL DEFAULT 0,
  `likes_received` int NOT NULL DEFAULT 0,
  `new_since` datetime NOT NULL,
  `read_faq` datetime,
  `first_post_created_at` datetime,
  `post_count` int NOT NULL DEFAULT 0,
  `topic_count` int NOT NULL DEFAULT 0,
  `bounce_score` double NOT NULL DEFAULT 0.0,
  `reset_bounce_score_after` datetime,
  `flags_agreed` int NOT NULL DEFAULT 0,
  `flags_disagreed` int NOT NULL DEFAULT 0,
  `flags_ignored` int NOT NULL DEFAULT 0,
  `first_unread_at` datetime NOT NULL,
  `distinct_badge_count` int NOT NULL DEFAULT 0,
  `first_unread_pm_at` datetime NOT NULL,
  `digest_attempted_at` datetime,
  `draft_count` int NOT NULL DEFAULT 0,
  `post_edits_count` int
);

CREATE TABLE `user_fields` (
  `id` int NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `field_type` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `editable` boolean NOT NULL DEFAULT false,
  `description` varchar(255) NOT NULL,
  `required` boolean NOT NULL DEFAULT true,
  `show_on_profile` boolean NOT NULL DEFAULT false,
  `position` int DEFAULT 0,
  `show_on_user_card` boolean NOT NULL DEFAULT false,
  `external_name` varchar(255),
  `external_type` varchar(255),
  `searchable` boolean NOT NULL DEFAULT false
);

CREATE TABLE `user_custom_fields` (
  `id` int NOT NULL PRIMARY KEY,
  `user_id` int NOT NULL,
  `name` varchar(256) NOT NULL,
  `value` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `user_visits` (
  `id` int NOT NULL PRIMARY KEY,
  `user_id` int NOT NULL,
  `visited_at` date NOT NULL,
  `posts_read` int DEFAULT 0,
  `mobile` boolean DEFAULT false,
  `time_read` int NOT NULL DEFAULT 0
);

CREATE TABLE `user_ip_address_histories` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int NOT NULL,
  `ip_address` varchar(45) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `user_auth_tokens` (
  `id` int NOT NULL PRIMARY KEY,
  `user_id` int NOT NULL,
  `auth_token` varchar(255) NOT NULL,
  `prev_auth_token` varchar(255) NOT NULL,
  `user_agent` varchar(255),
  `auth_token_seen` boolean NOT NULL DEFAULT false,
  `client_ip` varchar(45),
  `rotated_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `seen_at` datetime
);

CREATE TABLE `user_auth_token_logs` (
  `id` int NOT NULL PRIMARY KEY,
  `action` varchar(255) NOT NULL,
  `user_auth_token_id` int,
  `user_id` int,
  `client_ip` varchar(45),
  `user_agent` varchar(255),
  `auth_token` varchar(255),
  `created_at` datetime,
  `path` varchar(255)
);

CREATE TABLE `user_api_keys` (
  `id` int NOT NULL PRIMARY KEY,
  `user_id` int NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `application_name` varchar(255) NOT NULL,
  `push_url` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `revoked_at` datetime,
  `last_used_at` datetime NOT NULL,
  `key_hash` varchar(255) NOT NULL
);

CREATE TABLE `api_keys` (
  `id` int NOT NULL PRIMARY KEY,
  `user_id` int,
  `created_by_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `allowed_ips` text,
  `hidden` boolean NOT NULL DEFAULT false,
  `last_used_at` datetime,
  `revoked_at` datetime,
  `description` text,
  `key_hash` varchar(255) NOT NULL,
  `truncated_key` varchar(255) NOT NULL
);

CREATE TABLE `user_second_factors` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int NOT NULL,
  `method` int NOT NULL,
  `data` varchar(255) NOT NULL,
  `enabled` boolean NOT NULL DEFAULT false,
  `last_used` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(255)
);

CREATE TABLE `user_associated_accounts` (
  `id` bigint NOT NULL PRIMARY KEY,
  `provider_name` varchar(255) NOT NULL,
  `provider_uid` varchar(255) NOT NULL,
  `user_id` int,
  `last_used` datetime NOT NULL,
  `info` json NOT NULL,
  `credentials` json NOT NULL,
  `extra` json NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `single_sign_on_records` (
  `id` int NOT NULL PRIMARY KEY,
  `user_id` int NOT NULL,
  `external_id` varchar(255) NOT NULL,
  `last_payload` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `external_username` varchar(255),
  `external_email` varchar(255),
  `external_name` varchar(255),
  `external_avatar_url` varchar(1000),
  `external_profile_background_url` varchar(255),
  `external_card_background_url` varchar(255)
);

CREATE TABLE `email_tokens` (
  `id` int NOT NULL PRIMARY KEY,
  `user_id` int NOT NULL,
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `confirmed` boolean NOT NULL DEFAULT false,
  `expired` boolean NOT NULL DEFAULT false,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `groups` (
  `id` int NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `automatic` boolean NOT NULL DEFAULT false,
  `user_count` int NOT NULL DEFAULT 0,
  `automatic_membership_email_domains` text,
  `primary_group` boolean NOT NULL DEFAULT false,
  `title` varchar(255),
  `grant_trust_level` int,
  `incoming_email` varchar(255),
  `has_messages` boolean NOT NULL DEFAULT false,
  `flair_bg_color` varchar(255),
  `flair_color` varchar(255),
  `bio_raw` text,
  `bio_cooked` text,
  `allow_membership_requests` boolean NOT NULL DEFAULT false,
  `full_name` varchar(255),
  `default_notification_level` int NOT NULL DEFAULT 3,
  `visibility_level` int NOT NULL DEFAULT 0,
  `public_exit` boolean NOT NULL DEFAULT false,
  `public_admission` boolean NOT NULL DEFAULT false,
  `membership_request_template` text,
  `messageable_level` int DEFAULT 0,
  `mentionable_level` int DEFAULT 0,
  `smtp_server` varchar(255),
  `smtp_port` int,
  `smtp_ssl` boolean,
  `imap_server` varchar(255),
  `imap_port` int,
  `imap_ssl` boolean,
  `imap_mailbox_name` varchar(255) NOT NULL DEFAULT '',
  `imap_uid_validity` int NOT NULL DEFAULT 0,
  `imap_last_uid` int NOT NULL DEFAULT 0,
  `email_username` varchar(255),
  `email_password` varchar(255),
  `publish_read_state` boolean NOT NULL DEFAULT false,
  `members_visibility_level` int NOT NULL DEFAULT 0,
  `imap_last_error` text,
  `imap_old_emails` int,
  `imap_new_emails` int,
  `flair_icon` varchar(255),
  `flair_upload_id` int,
  `allow_unknown_sender_topic_replies` boolean NOT NULL DEFAULT false,
  `smtp_enabled` boolean DEFAULT false,
  `smtp_updated_at` datetime,
  `smtp_updated_by_id` int,
  `imap_enabled` boolean DEFAULT false,
  `imap_updated_at` datetime,
  `imap_updated_by_id` int
);

CREATE TABLE `group_users` (
  `id` int NOT NULL PRIMARY KEY,
  `group_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `owner` boolean NOT NULL DEFAULT false,
  `notification_level` int NOT NULL DEFAULT 2,
  `first_unread_pm_at` datetime NOT NULL
);

CREATE TABLE `categories` (
  `id` int NOT NULL PRIMARY KEY,
  `name` varchar(50) NOT NULL,
  `color` varchar(6) NOT NULL DEFAULT '0088CC',
  `topic_id` int,
  `topic_count` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int NOT NULL,
  `topics_year` int DEFAULT 0,
  `topics_month` int DEFAULT 0,
  `topics_week` int DEFAULT 0,
  `slug` varchar(255) NOT NULL,
  `description` text,
  `text_color` varchar(6) NOT NULL DEFAULT 'FFFFFF',
  `read_restricted` boolean NOT NULL DEFAULT false,
  `auto_close_hours` double,
  `post_count` int NOT NULL DEFAULT 0,
  `latest_post_id` int,
  `latest_topic_id` int,
  `position` int,
  `parent_category_id` int,
  `posts_year` int DEFAULT 0,
  `posts_month` int DEFAULT 0,
  `posts_week` int DEFAULT 0,
  `email_in` varchar(255),
  `email_in_allow_strangers` boolean DEFAULT false,
  `topics_day` int DEFAULT 0,
  `posts_day` int DEFAULT 0,
  `allow_badges` boolean NOT NULL DEFAULT true,
  `name_lower` varchar(50) NOT NULL,
  `auto_close_based_on_last_post` boolean DEFAULT false,
  `topic_template` text,
  `contains_messages` boolean,
  `sort_order` varchar(255),
  `sort_ascending` boolean,
  `uploaded_logo_id` int,
  `uploaded_background_id` int,
  `topic_featured_link_allowed` boolean DEFAULT true,
  `all_topics_wiki` boolean NOT NULL DEFAULT false,
  `show_subcategory_list` boolean DEFAULT false,
  `num_featured_topics` int DEFAULT 3,
  `default_view` varchar(50),
  `subcategory_list_style` varchar(50) DEFAULT 'rows_with_featured_topics',
  `default_top_period` varchar(20) DEFAULT 'all',
  `mailinglist_mirror` boolean NOT NULL DEFAULT false,
  `minimum_required_tags` int NOT NULL DEFAULT 0,
  `navigate_to_first_post_after_read` boolean NOT NULL DEFAULT false,
  `search_priority` int DEFAULT 0,
  `allow_global_tags` boolean NOT NULL DEFAULT false,
  `reviewable_by_group_id` int,
  `required_tag_group_id` int,
  `min_tags_from_required_group` int NOT NULL DEFAULT 1,
  `read_only_banner` varchar(255),
  `default_list_filter` varchar(20) DEFAULT 'all',
  `allow_unlimited_owner_edits_on_first_post` boolean NOT NULL DEFAULT false,
  `default_slow_mode_seconds` int
);

CREATE TABLE `category_users` (
  `id` int NOT NULL PRIMARY KEY,
  `category_id` int NOT NULL,
  `user_id` int NOT NULL,
  `notification_level` int,
  `last_seen_at` datetime
);

CREATE TABLE `tags` (
  `id` int NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `topic_count` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `pm_topic_count` int NOT NULL DEFAULT 0,
  `target_tag_id` int
);

CREATE TABLE `topics` (
  `id` int NOT NULL PRIMARY KEY,
  `title` varchar(255) NOT NULL,
  `last_posted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `views` int NOT NULL DEFAULT 0,
  `posts_count` int NOT NULL DEFAULT 0,
  `user_id` int,
  `last_post_user_id` int NOT NULL,
  `reply_count` int NOT NULL DEFAULT 0,
  `featured_user1_id` int,
  `featured_user2_id` int,
  `featured_user3_id` int,
  `deleted_at` datetime,
  `highest_post_number` int NOT NULL DEFAULT 0,
  `like_count` int NOT NULL DEFAULT 0,
  `incoming_link_count` int NOT NULL DEFAULT 0,
  `category_id` int,
  `visible` boolean NOT NULL DEFAULT true,
  `moderator_posts_count` int NOT NULL DEFAULT 0,
  `closed` boolean NOT NULL DEFAULT false,
  `archived` boolean NOT NULL DEFAULT false,
  `bumped_at` datetime NOT NULL,
  `has_summary` boolean NOT NULL DEFAULT false,
  `archetype` varchar(255) NOT NULL DEFAULT 'regular',
  `featured_user4_id` int,
  `notify_moderators_count` int NOT NULL DEFAULT 0,
  `spam_count` int NOT NULL DEFAULT 0,
  `pinned_at` datetime,
  `score` double,
  `percent_rank` double NOT NULL DEFAULT 1.0,
  `subtype` varchar(255),
  `slug` varchar(255),
  `deleted_by_id` int,
  `participant_count` int DEFAULT 1,
  `word_count` int,
  `excerpt` varchar(255),
  `pinned_globally` boolean NOT NULL DEFAULT false,
  `pinned_until` datetime,
  `fancy_title` varchar(400),
  `highest_staff_post_number` int NOT NULL DEFAULT 0,
  `featured_link` varchar(255),
  `reviewable_score` double NOT NULL DEFAULT 0.0,
  `image_upload_id` bigint,
  `slow_mode_seconds` int NOT NULL DEFAULT 0,
  `bannered_until` datetime
);

CREATE TABLE `topic_users` (
  `user_id` int NOT NULL,
  `topic_id` int NOT NULL,
  `posted` boolean NOT NULL DEFAULT false,
  `last_read_post_number` int,
  `last_visited_at` datetime,
  `first_visited_at` datetime,
  `notification_level` int NOT NULL DEFAULT 1,
  `notifications_changed_at` datetime,
  `notifications_reason_id` int,
  `total_msecs_viewed` int NOT NULL DEFAULT 0,
  `cleared_pinned_at` datetime,
  `id` int NOT NULL PRIMARY KEY,
  `last_emailed_post_number` int,
  `liked` boolean DEFAULT false,
  `bookmarked` boolean DEFAULT false,
  `last_posted_at` datetime
);

CREATE TABLE `topic_allowed_users` (
  `id` int NOT NULL PRIMARY KEY,
  `user_id` int NOT NULL,
  `topic_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `posts` (
  `id` int NOT NULL PRIMARY KEY,
  `user_id` int,
  `topic_id` int NOT NULL,
  `post_number` int NOT NULL,
  `raw` text NOT NULL,
  `cooked` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `reply_to_post_number` int,
  `reply_count` int NOT NULL DEFAULT 0,
  `quote_count` int NOT NULL DEFAULT 0,
  `deleted_at` datetime,
  `off_topic_count` int NOT NULL DEFAULT 0,
  `like_count` int NOT NULL DEFAULT 0,
  `incoming_link_count` int NOT NULL DEFAULT 0,
  `bookmark_count` int NOT NULL DEFAULT 0,
  `score` double,
  `reads` int NOT NULL DEFAULT 0,
  `post_type` int NOT NULL DEFAULT 1,
  `sort_order` int,
  `last_editor_id` int,
  `hidden` boolean NOT NULL DEFAULT false,
  `hidden_reason_id` int,
  `notify_moderators_count` int NOT NULL DEFAULT 0,
  `spam_count` int NOT NULL DEFAULT 0,
  `illegal_count` int NOT NULL DEFAULT 0,
  `inappropriate_count` int NOT NULL DEFAULT 0,
  `last_version_at` datetime NOT NULL,
  `user_deleted` boolean NOT NULL DEFAULT false,
  `reply_to_user_id` int,
  `percent_rank` double DEFAULT 1.0,
  `notify_user_count` int NOT NULL DEFAULT 0,
  `like_score` int NOT NULL DEFAULT 0,
  `deleted_by_id` int,
  `edit_reason` varchar(255),
  `word_count` int,
  `version` int NOT NULL DEFAULT 1,
  `cook_method` int NOT NULL DEFAULT 1,
  `wiki` boolean NOT NULL DEFAULT false,
  `baked_at` datetime,
  `baked_version` int,
  `hidden_at` datetime,
  `self_edits` int NOT NULL DEFAULT 0,
  `reply_quoted` boolean NOT NULL DEFAULT false,
  `via_email` boolean NOT NULL DEFAULT false,
  `raw_email` text,
  `public_version` int NOT NULL DEFAULT 1,
  `action_code` varchar(255),
  `locked_by_id` int,
  `image_upload_id` bigint
);

CREATE TABLE `post_action_types` (
  `name_key` varchar(50) NOT NULL,
  `is_flag` boolean NOT NULL DEFAULT false,
  `icon` varchar(20),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `id` int NOT NULL PRIMARY KEY,
  `position` int NOT NULL DEFAULT 0,
  `score_bonus` double NOT NULL DEFAULT 0.0,
  `reviewable_priority` int NOT NULL DEFAULT 0
);

CREATE TABLE `post_actions` (
  `id` int NOT NULL PRIMARY KEY,
  `post_id` int NOT NULL,
  `user_id` int NOT NULL,
  `post_action_type_id` int NOT NULL,
  `deleted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_by_id` int,
  `related_post_id` int,
  `staff_took_action` boolean NOT NULL DEFAULT false,
  `deferred_by_id` int,
  `targets_topic` boolean NOT NULL DEFAULT false,
  `agreed_at` datetime,
  `agreed_by_id` int,
  `deferred_at` datetime,
  `disagreed_at` datetime,
  `disagreed_by_id` int
);

CREATE TABLE `notifications` (
  `id` int NOT NULL PRIMARY KEY,
  `notification_type` int NOT NULL,
  `user_id` int NOT NULL,
  `data` varchar(1000) NOT NULL,
  `read` boolean NOT NULL DEFAULT false,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `topic_id` int,
  `post_number` int,
  `post_action_id` int,
  `high_priority` boolean NOT NULL DEFAULT false
);

CREATE TABLE `bookmarks` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` bigint NOT NULL,
  `post_id` bigint NOT NULL,
  `name` varchar(100),
  `reminder_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `reminder_last_sent_at` datetime,
  `reminder_set_at` datetime,
  `auto_delete_preference` int NOT NULL DEFAULT 0,
  `pinned` boolean DEFAULT false,
  `for_topic` boolean NOT NULL DEFAULT false
);

CREATE TABLE `user_badges` (
  `id` int NOT NULL PRIMARY KEY,
  `badge_id` int NOT NULL,
  `user_id` int NOT NULL,
  `granted_at` datetime NOT NULL,
  `granted_by_id` int NOT NULL,
  `post_id` int,
  `notification_id` int,
  `seq` int NOT NULL DEFAULT 0,
  `featured_rank` int,
  `created_at` datetime NOT NULL,
  `is_favorite` boolean
);

CREATE TABLE `invites` (
  `id` int NOT NULL PRIMARY KEY,
  `invite_key` varchar(32) NOT NULL,
  `email` varchar(255),
  `invited_by_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `deleted_by_id` int,
  `invalidated_at` datetime,
  `moderator` boolean NOT NULL DEFAULT false,
  `custom_message` text,
  `emailed_status` int,
  `max_redemptions_allowed` int NOT NULL DEFAULT 1,
  `redemption_count` int NOT NULL DEFAULT 0,
  `expires_at` datetime NOT NULL,
  `email_token` varchar(255)
);

CREATE TABLE `invited_users` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` int,
  `invite_id` int NOT NULL,
  `redeemed_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `screened_emails` (
  `id` int NOT NULL PRIMARY KEY,
  `email` varchar(255) NOT NULL,
  `action_type` int NOT NULL,
  `match_count` int NOT NULL DEFAULT 0,
  `last_match_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `ip_address` varchar(45)
);

CREATE TABLE `screened_ip_addresses` (
  `id` int NOT NULL PRIMARY KEY,
  `ip_address` varchar(45) NOT NULL,
  `action_type` int NOT NULL,
  `match_count` int NOT NULL DEFAULT 0,
  `last_match_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `incoming_emails` (
  `id` int NOT NULL PRIMARY KEY,
  `user_id` int,
  `topic_id` int,
  `post_id` int,
  `raw` text,
  `error` text,
  `message_id` text,
  `from_address` text,
  `to_addresses` text,
  `cc_addresses` text,
  `subject` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `rejection_message` text,
  `is_auto_generated` boolean DEFAULT false,
  `is_bounce` boolean NOT NULL DEFAULT false,
  `imap_uid_validity` int,
  `imap_uid` int,
  `imap_sync` boolean,
  `imap_group_id` bigint,
  `imap_missing` boolean NOT NULL DEFAULT false,
  `created_via` int NOT NULL DEFAULT 0
);

CREATE TABLE `email_logs` (
  `id` int NOT NULL PRIMARY KEY,
  `to_address` varchar(255) NOT NULL,
  `email_type` varchar(255) NOT NULL,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `post_id` int,
  `bounce_key` char(36),
  `bounced` boolean NOT NULL DEFAULT false,
  `message_id` varchar(255),
  `smtp_group_id` int,
  `cc_addresses` text,
  `cc_user_ids` text,
  `raw` text,
  `topic_id` int
);

CREATE TABLE `user_histories` (
  `id` int NOT NULL PRIMARY KEY,
  `action` int NOT NULL,
  `acting_user_id` int,
  `target_user_id` int,
  `details` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `context` varchar(255),
  `ip_address` varchar(255),
  `email` varchar(255),
  `subject` text,
  `previous_value` text,
  `new_value` text,
  `topic_id` int,
  `admin_only` boolean DEFAULT false,
  `post_id` int,
  `custom_type` varchar(255),
  `category_id` int
);

CREATE TABLE `reviewables` (
  `id` bigint NOT NULL PRIMARY KEY,
  `type` varchar(255) NOT NULL,
  `status` int NOT NULL DEFAULT 0,
  `created_by_id` int NOT NULL,
  `reviewable_by_moderator` boolean NOT NULL DEFAULT false,
  `reviewable_by_group_id` int,
  `category_id` int,
  `topic_id` int,
  `score` double NOT NULL DEFAULT 0.0,
  `potential_spam` boolean NOT NULL DEFAULT false,
  `target_id` int,
  `target_type` varchar(255),
  `target_created_by_id` int,
  `payload` json,
  `version` int NOT NULL DEFAULT 0,
  `latest_score` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `force_review` boolean NOT NULL DEFAULT false,
  `reject_reason` text
);

CREATE TABLE `reviewable_scores` (
  `id` bigint NOT NULL PRIMARY KEY,
  `reviewable_id` int NOT NULL,
  `user_id` int NOT NULL,
  `reviewable_score_type` int NOT NULL,
  `status` int NOT NULL,
  `score` double NOT NULL DEFAULT 0.0,
  `take_action_bonus` double NOT NULL DEFAULT 0.0,
  `reviewed_by_id` int,
  `reviewed_at` datetime,
  `meta_topic_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `reason` varchar(255),
  `user_accuracy_bonus` double NOT NULL DEFAULT 0.0
);

CREATE TABLE `search_logs` (
  `id` int NOT NULL PRIMARY KEY,
  `term` varchar(255) NOT NULL,
  `user_id` int,
  `ip_address` varchar(45),
  `search_result_id` int,
  `search_type` int NOT NULL,
  `created_at` datetime NOT NULL,
  `search_result_type` int
);
