-- Loomio: group decision making (users, groups and memberships, discussions, comments, polls, stances i.e. votes, outcomes, events, notifications, login tokens, identities)
-- Upstream: github.com/loomio/loomio db/schema.rb (ActiveRecord::Schema[7.0], version 2024_04_02_015741), commit 0012dc27d0c0bf6867b91a0f520526518be26e54
-- Licence: AGPL-3.0. Trimmed to 43 of 55 tables; Rails schema (PostgreSQL) written as MySQL DDL (string/citext->varchar, inet->varchar(45),
-- jsonb and arrays->json, hstore/tsvector->text, boolean->tinyint(1)); every column of each kept table kept, indexes omitted.

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `group_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `created_at` datetime NOT NULL,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `filename` varchar(255),
  `location` text,
  `comment_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `filesize` int,
  `file_file_name` varchar(255),
  `file_content_type` varchar(255),
  `file_file_size` int,
  `file_updated_at` datetime,
  `attachable_id` int,
  `attachable_type` varchar(255),
  `migrated_to_document` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blazer_audits` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `query_id` bigint,
  `statement` text,
  `data_source` varchar(255),
  `created_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocked_domains` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chatbots` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `kind` varchar(255),
  `server` varchar(255),
  `channel` varchar(255),
  `access_token` varchar(255),
  `author_id` int,
  `group_id` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255),
  `notification_only` tinyint(1) NOT NULL DEFAULT 0,
  `webhook_kind` varchar(255),
  `event_kinds` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cohorts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `start_on` date,
  `end_on` date,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `discussion_id` int DEFAULT 0,
  `body` text,
  `user_id` int DEFAULT 0,
  `parent_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `comment_votes_count` int NOT NULL DEFAULT 0,
  `attachments_count` int NOT NULL DEFAULT 0,
  `edited_at` datetime,
  `versions_count` int DEFAULT 0,
  `body_format` varchar(10) NOT NULL DEFAULT 'md',
  `attachments` json NOT NULL,
  `discarded_at` datetime,
  `discarded_by` int,
  `secret_token` varchar(255),
  `content_locale` varchar(255),
  `link_previews` json NOT NULL,
  `parent_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discussion_readers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `discussion_id` int NOT NULL,
  `last_read_at` datetime,
  `last_read_sequence_id` int NOT NULL DEFAULT 0,
  `volume` int NOT NULL DEFAULT 2,
  `participating` tinyint(1) NOT NULL DEFAULT 0,
  `dismissed_at` datetime,
  `read_ranges_string` varchar(255),
  `inviter_id` int,
  `token` varchar(255),
  `revoked_at` datetime,
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `accepted_at` datetime,
  `revoker_id` int,
  `guest` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discussions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int,
  `author_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `title` varchar(255),
  `last_comment_at` datetime,
  `description` text,
  `items_count` int NOT NULL DEFAULT 0,
  `closed_at` datetime,
  `private` tinyint(1) NOT NULL DEFAULT 1,
  `key` varchar(255),
  `iframe_src` varchar(255),
  `last_activity_at` datetime,
  `last_sequence_id` int NOT NULL DEFAULT 0,
  `first_sequence_id` int NOT NULL DEFAULT 0,
  `versions_count` int DEFAULT 0,
  `closed_polls_count` int NOT NULL DEFAULT 0,
  `pinned` tinyint(1) NOT NULL DEFAULT 0,
  `importance` int NOT NULL DEFAULT 0,
  `seen_by_count` int NOT NULL DEFAULT 0,
  `ranges_string` varchar(255),
  `description_format` varchar(10) NOT NULL DEFAULT 'md',
  `attachments` json NOT NULL,
  `info` json NOT NULL,
  `max_depth` int NOT NULL DEFAULT 2,
  `newest_first` tinyint(1) NOT NULL DEFAULT 0,
  `discarded_at` datetime,
  `secret_token` varchar(255),
  `members_count` int,
  `anonymous_polls_count` int NOT NULL DEFAULT 0,
  `content_locale` varchar(255),
  `link_previews` json NOT NULL,
  `pinned_at` datetime,
  `discarded_by` int,
  `template` tinyint(1) NOT NULL DEFAULT 0,
  `tags` json,
  `discussion_template_id` int,
  `discussion_template_key` varchar(255),
  `closer_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `model_id` int,
  `model_type` varchar(255),
  `title` varchar(255),
  `url` varchar(255),
  `doctype` varchar(255) NOT NULL,
  `color` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `icon` varchar(255),
  `author_id` int NOT NULL,
  `web_url` varchar(255),
  `thumb_url` varchar(255),
  `file_file_name` varchar(255),
  `file_content_type` varchar(255),
  `group_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `kind` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `eventable_id` int,
  `eventable_type` varchar(255),
  `user_id` int,
  `discussion_id` int,
  `sequence_id` int,
  `announcement` tinyint(1) NOT NULL DEFAULT 0,
  `custom_fields` json NOT NULL,
  `parent_id` int,
  `position` int NOT NULL DEFAULT 0,
  `child_count` int NOT NULL DEFAULT 0,
  `depth` int NOT NULL DEFAULT 0,
  `pinned` tinyint(1) NOT NULL DEFAULT 0,
  `position_key` varchar(255),
  `descendant_count` int NOT NULL DEFAULT 0,
  `eventable_version_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forward_email_rules` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `handle` varchar(255) NOT NULL,
  `email` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_identities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `identity_id` int NOT NULL,
  `custom_fields` json NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_surveys` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `category` varchar(255),
  `location` varchar(255),
  `size` varchar(255),
  `declaration` varchar(255),
  `purpose` text,
  `usage` varchar(255),
  `referrer` varchar(255),
  `role` varchar(255),
  `website` varchar(255),
  `misc` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `desired_feature` varchar(255),
  `segment` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `parent_id` int,
  `description` text,
  `memberships_count` int NOT NULL DEFAULT 0,
  `archived_at` datetime,
  `discussions_count` int NOT NULL DEFAULT 0,
  `full_name` varchar(255),
  `parent_members_can_see_discussions` tinyint(1) NOT NULL DEFAULT 0,
  `key` varchar(255),
  `category_id` int,
  `handle` varchar(255),
  `theme_id` int,
  `is_visible_to_public` tinyint(1) NOT NULL DEFAULT 1,
  `is_visible_to_parent_members` tinyint(1) NOT NULL DEFAULT 0,
  `discussion_privacy_options` varchar(255) NOT NULL DEFAULT 'private_only',
  `members_can_add_members` tinyint(1) NOT NULL DEFAULT 0,
  `membership_granted_upon` varchar(255) NOT NULL DEFAULT 'approval',
  `members_can_edit_discussions` tinyint(1) NOT NULL DEFAULT 1,
  `cover_photo_file_name` varchar(255),
  `cover_photo_content_type` varchar(255),
  `cover_photo_file_size` int,
  `cover_photo_updated_at` datetime,
  `logo_file_name` varchar(255),
  `logo_content_type` varchar(255),
  `logo_file_size` int,
  `logo_updated_at` datetime,
  `members_can_edit_comments` tinyint(1) DEFAULT 1,
  `members_can_raise_motions` tinyint(1) NOT NULL DEFAULT 1,
  `members_can_vote` tinyint(1) NOT NULL DEFAULT 1,
  `members_can_start_discussions` tinyint(1) NOT NULL DEFAULT 1,
  `members_can_create_subgroups` tinyint(1) NOT NULL DEFAULT 0,
  `creator_id` int,
  `is_referral` tinyint(1) NOT NULL DEFAULT 0,
  `cohort_id` int,
  `default_group_cover_id` int,
  `subscription_id` int,
  `invitations_count` int NOT NULL DEFAULT 0,
  `admin_memberships_count` int NOT NULL DEFAULT 0,
  `public_discussions_count` int NOT NULL DEFAULT 0,
  `country` varchar(255),
  `region` varchar(255),
  `city` varchar(255),
  `closed_motions_count` int NOT NULL DEFAULT 0,
  `proposal_outcomes_count` int NOT NULL DEFAULT 0,
  `pending_memberships_count` int NOT NULL DEFAULT 0,
  `recent_activity_count` int NOT NULL DEFAULT 0,
  `closed_polls_count` int NOT NULL DEFAULT 0,
  `polls_count` int NOT NULL DEFAULT 0,
  `subgroups_count` int NOT NULL DEFAULT 0,
  `open_discussions_count` int NOT NULL DEFAULT 0,
  `closed_discussions_count` int NOT NULL DEFAULT 0,
  `token` varchar(255),
  `admin_tags` varchar(255),
  `members_can_announce` tinyint(1) NOT NULL DEFAULT 1,
  `description_format` varchar(10) NOT NULL DEFAULT 'md',
  `attachments` json NOT NULL,
  `info` json NOT NULL,
  `new_threads_max_depth` int NOT NULL DEFAULT 3,
  `new_threads_newest_first` tinyint(1) NOT NULL DEFAULT 0,
  `admins_can_edit_user_content` tinyint(1) NOT NULL DEFAULT 1,
  `listed_in_explore` tinyint(1) NOT NULL DEFAULT 0,
  `secret_token` varchar(255),
  `content_locale` varchar(255),
  `members_can_add_guests` tinyint(1) NOT NULL DEFAULT 1,
  `members_can_delete_comments` tinyint(1) NOT NULL DEFAULT 1,
  `link_previews` json NOT NULL,
  `discussion_templates_count` int NOT NULL DEFAULT 0,
  `poll_templates_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `token` varchar(255),
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `redirect` varchar(255),
  `code` int NOT NULL,
  `is_reactivation` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_email_aliases` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `require_dkim` tinyint(1) NOT NULL DEFAULT 1,
  `require_spf` tinyint(1) NOT NULL DEFAULT 1,
  `user_id` int,
  `group_id` int NOT NULL,
  `author_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `email` varchar(255),
  `introduction` text,
  `group_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `requestor_id` int,
  `responder_id` int,
  `response` varchar(255),
  `responded_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int,
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `inviter_id` int,
  `revoked_at` datetime,
  `inbox_position` int DEFAULT 0,
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `volume` int,
  `experiences` json NOT NULL,
  `invitation_id` int,
  `token` varchar(255),
  `accepted_at` datetime,
  `title` varchar(255),
  `saml_session_expires_at` datetime,
  `revoker_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `event_id` int,
  `viewed` tinyint(1) NOT NULL DEFAULT 0,
  `translation_values` json NOT NULL,
  `url` varchar(255),
  `actor_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int,
  `application_id` int,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `revoked_at` datetime,
  `created_at` datetime NOT NULL,
  `scopes` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime,
  `updated_at` datetime,
  `owner_id` int,
  `owner_type` varchar(255),
  `logo_file_name` varchar(255),
  `logo_content_type` varchar(255),
  `logo_file_size` int,
  `logo_updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `omniauth_identities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `email` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `identity_type` varchar(255),
  `uid` varchar(255),
  `name` varchar(255),
  `access_token` varchar(255) DEFAULT '',
  `logo` varchar(255),
  `custom_fields` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `outcomes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `poll_id` int,
  `statement` text NOT NULL,
  `author_id` int NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `latest` tinyint(1) NOT NULL DEFAULT 1,
  `poll_option_id` int,
  `custom_fields` json NOT NULL,
  `statement_format` varchar(10) NOT NULL DEFAULT 'md',
  `attachments` json NOT NULL,
  `secret_token` varchar(255),
  `versions_count` int NOT NULL DEFAULT 0,
  `review_on` date,
  `content_locale` varchar(255),
  `link_previews` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pg_search_documents` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `content` text,
  `ts_content` text,
  `author_id` bigint,
  `group_id` bigint,
  `discussion_id` bigint,
  `poll_id` bigint,
  `searchable_type` varchar(255),
  `searchable_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `authored_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `poll_options` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `poll_id` int,
  `priority` int NOT NULL DEFAULT 0,
  `score_counts` json NOT NULL,
  `voter_scores` json NOT NULL,
  `total_score` int NOT NULL DEFAULT 0,
  `voter_count` int NOT NULL DEFAULT 0,
  `icon` varchar(255),
  `meaning` varchar(255),
  `prompt` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `poll_unsubscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `poll_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `polls` (
  `id` int NOT NULL AUTO_INCREMENT,
  `author_id` int NOT NULL,
  `title` varchar(255) NOT NULL,
  `details` text,
  `closing_at` datetime,
  `closed_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `discussion_id` int,
  `key` varchar(255) NOT NULL,
  `poll_type` varchar(255) NOT NULL,
  `stance_data` json,
  `voters_count` int NOT NULL DEFAULT 0,
  `multiple_choice` tinyint(1) NOT NULL DEFAULT 0,
  `custom_fields` json NOT NULL,
  `stance_counts` json NOT NULL,
  `group_id` int,
  `matrix_counts` json NOT NULL,
  `undecided_voters_count` int NOT NULL DEFAULT 0,
  `voter_can_add_options` tinyint(1) NOT NULL DEFAULT 0,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `versions_count` int DEFAULT 0,
  `details_format` varchar(10) NOT NULL DEFAULT 'md',
  `attachments` json NOT NULL,
  `discarded_at` datetime,
  `discarded_by` int,
  `secret_token` varchar(255),
  `specified_voters_only` tinyint(1) NOT NULL DEFAULT 0,
  `notify_on_closing_soon` int NOT NULL DEFAULT 0,
  `content_locale` varchar(255),
  `link_previews` json NOT NULL,
  `shuffle_options` tinyint(1) NOT NULL DEFAULT 0,
  `hide_results` int NOT NULL DEFAULT 0,
  `chart_type` varchar(255),
  `min_score` int,
  `max_score` int,
  `minimum_stance_choices` int,
  `maximum_stance_choices` int,
  `dots_per_person` int,
  `process_name` varchar(255),
  `template` tinyint(1) NOT NULL DEFAULT 0,
  `reason_prompt` varchar(255),
  `poll_option_name_format` varchar(255),
  `stance_reason_required` int NOT NULL DEFAULT 1,
  `limit_reason_length` tinyint(1) NOT NULL DEFAULT 1,
  `default_duration_in_days` int,
  `agree_target` int,
  `process_subtitle` varchar(255),
  `process_url` varchar(255),
  `tags` json,
  `poll_template_id` int,
  `poll_template_key` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reactable_id` int,
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `reaction` varchar(255) NOT NULL DEFAULT '+1',
  `reactable_type` varchar(255) NOT NULL DEFAULT 'Comment',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `received_emails` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `group_id` int,
  `headers` text NOT NULL,
  `body_text` varchar(255),
  `body_html` varchar(255),
  `spf_valid` tinyint(1) NOT NULL DEFAULT 0,
  `dkim_valid` tinyint(1) NOT NULL DEFAULT 0,
  `released` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stance_choices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `stance_id` int,
  `poll_option_id` int,
  `score` int NOT NULL DEFAULT 1,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stances` (
  `id` int NOT NULL AUTO_INCREMENT,
  `poll_id` int NOT NULL,
  `participant_id` int,
  `reason` varchar(255),
  `latest` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime,
  `updated_at` datetime,
  `versions_count` int DEFAULT 0,
  `reason_format` varchar(10) NOT NULL DEFAULT 'md',
  `attachments` json NOT NULL,
  `cast_at` datetime,
  `token` varchar(255),
  `revoked_at` datetime,
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `inviter_id` int,
  `volume` int NOT NULL DEFAULT 2,
  `accepted_at` datetime,
  `content_locale` varchar(255),
  `secret_token` varchar(255),
  `link_previews` json NOT NULL,
  `option_scores` json NOT NULL,
  `revoker_id` int,
  `guest` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `expires_at` datetime,
  `chargify_subscription_id` int,
  `plan` varchar(255) DEFAULT 'free',
  `payment_method` varchar(255) NOT NULL DEFAULT 'none',
  `owner_id` int,
  `max_threads` int,
  `max_members` int,
  `max_orgs` int,
  `state` varchar(255) NOT NULL DEFAULT 'active',
  `members_count` int,
  `created_at` datetime,
  `updated_at` datetime,
  `info` json,
  `canceled_at` datetime,
  `activated_at` datetime,
  `renews_at` datetime,
  `renewed_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tag_id` int NOT NULL,
  `taggable_id` int NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `taggable_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int,
  `name` varchar(255) NOT NULL,
  `color` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `taggings_count` int DEFAULT 0,
  `priority` int NOT NULL DEFAULT 0,
  `org_taggings_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `record_type` varchar(255),
  `record_id` bigint,
  `author_id` bigint NOT NULL,
  `uid` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `done` tinyint(1) NOT NULL,
  `done_at` datetime,
  `due_on` date,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `discarded_at` datetime,
  `doer_id` int,
  `remind` int,
  `remind_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `task_id` bigint,
  `user_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `translations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `translatable_id` int,
  `translatable_type` varchar(255),
  `fields` text,
  `language` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_deactivation_responses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `body` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `encrypted_password` varchar(128) DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `name` varchar(255),
  `deactivated_at` datetime,
  `is_admin` tinyint(1) DEFAULT 0,
  `avatar_kind` varchar(255) NOT NULL DEFAULT 'initials',
  `uploaded_avatar_file_name` varchar(255),
  `uploaded_avatar_content_type` varchar(255),
  `uploaded_avatar_file_size` int,
  `uploaded_avatar_updated_at` datetime,
  `avatar_initials` varchar(255),
  `username` varchar(255),
  `email_when_proposal_closing_soon` tinyint(1) NOT NULL DEFAULT 0,
  `authentication_token` varchar(255),
  `unsubscribe_token` varchar(255),
  `memberships_count` int NOT NULL DEFAULT 0,
  `selected_locale` varchar(255),
  `time_zone` varchar(255),
  `key` varchar(255),
  `detected_locale` varchar(255),
  `email_catch_up` tinyint(1) NOT NULL DEFAULT 1,
  `email_api_key` varchar(255),
  `email_when_mentioned` tinyint(1) NOT NULL DEFAULT 1,
  `email_on_participation` tinyint(1) NOT NULL DEFAULT 0,
  `default_membership_volume` int NOT NULL DEFAULT 2,
  `country` varchar(255),
  `region` varchar(255),
  `city` varchar(255),
  `experiences` json NOT NULL,
  `facebook_community_id` int,
  `slack_community_id` int,
  `remember_token` varchar(255),
  `short_bio` varchar(255) NOT NULL DEFAULT '',
  `email_verified` tinyint(1) NOT NULL DEFAULT 0,
  `location` varchar(255) NOT NULL DEFAULT '',
  `last_seen_at` datetime,
  `legal_accepted_at` datetime,
  `email_newsletter` tinyint(1) NOT NULL DEFAULT 0,
  `failed_attempts` int NOT NULL DEFAULT 0,
  `unlock_token` varchar(255),
  `locked_at` datetime,
  `short_bio_format` varchar(10) NOT NULL DEFAULT 'md',
  `attachments` json NOT NULL,
  `current_sign_in_ip` varchar(45),
  `last_sign_in_ip` varchar(45),
  `secret_token` varchar(255),
  `content_locale` varchar(255),
  `bot` tinyint(1) NOT NULL DEFAULT 0,
  `link_previews` json NOT NULL,
  `email_catch_up_day` int,
  `date_time_pref` varchar(255),
  `api_key` varchar(255),
  `deactivator_id` int,
  `autodetect_time_zone` tinyint(1) NOT NULL DEFAULT 1,
  `email_sha256` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_type` varchar(255) NOT NULL,
  `item_id` int NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` int,
  `created_at` datetime,
  `object_changes` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `url` varchar(255),
  `event_kinds` json NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `format` varchar(255) DEFAULT 'markdown',
  `include_body` tinyint(1) DEFAULT 0,
  `include_subgroups` tinyint(1) NOT NULL DEFAULT 0,
  `is_broken` tinyint(1) NOT NULL DEFAULT 0,
  `token` varchar(255),
  `author_id` int,
  `actor_id` int,
  `permissions` json NOT NULL,
  `last_used_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

