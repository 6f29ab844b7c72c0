-- Alaveteli: trimmed MySQL DDL (44 tables), every column of each kept table.
-- Upstream: github.com/mysociety/alaveteli, commit 351eb61e0619a6f462bfc6f823c93cc42251d573 (AGPL-3.0).
-- The repository keeps no schema dump (db/migrate holds 284 Rails migrations on PostgreSQL); the columns, types, NULL-ness
-- and defaults are taken from the annotate_rb '== Schema Information' block at the top of each model in app/models (named
-- above each table), users_roles from db/migrate/20170227140831_rolify_create_roles.rb. Rails types written as MySQL:
-- string -> VARCHAR(255), text -> TEXT, datetime -> DATETIME, boolean -> TINYINT(1), jsonb -> JSON, binary -> LONGBLOB,
-- inet -> VARCHAR(45); notifications.frequency is a Rails enum (default 'instantly' = 0). Indexes and foreign keys left out.

-- app/models/user.rb
CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `hashed_password` VARCHAR(255) NOT NULL,
  `salt` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `email_confirmed` TINYINT(1) NOT NULL DEFAULT 0,
  `url_name` TEXT NOT NULL,
  `last_daily_track_email` DATETIME,
  `ban_text` TEXT NOT NULL DEFAULT '',
  `about_me` TEXT NOT NULL DEFAULT '',
  `locale` VARCHAR(255),
  `email_bounced_at` DATETIME,
  `email_bounce_message` TEXT NOT NULL DEFAULT '',
  `no_limit` TINYINT(1) NOT NULL DEFAULT 0,
  `receive_email_alerts` TINYINT(1) NOT NULL DEFAULT 1,
  `can_make_batch_requests` TINYINT(1) NOT NULL DEFAULT 0,
  `otp_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `otp_secret_key` VARCHAR(255),
  `otp_counter` INT DEFAULT 1,
  `confirmed_not_spam` TINYINT(1) NOT NULL DEFAULT 0,
  `comments_count` INT NOT NULL DEFAULT 0,
  `info_requests_count` INT NOT NULL DEFAULT 0,
  `track_things_count` INT NOT NULL DEFAULT 0,
  `request_classifications_count` INT NOT NULL DEFAULT 0,
  `public_body_change_requests_count` INT NOT NULL DEFAULT 0,
  `info_request_batches_count` INT NOT NULL DEFAULT 0,
  `daily_summary_hour` INT,
  `daily_summary_minute` INT,
  `closed_at` DATETIME,
  `login_token` VARCHAR(255),
  `receive_user_messages` TINYINT(1) NOT NULL DEFAULT 1,
  `user_messages_count` INT NOT NULL DEFAULT 0,
  `status_update_count` INT NOT NULL DEFAULT 0,
  `last_sign_in_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/user/sign_in.rb
CREATE TABLE `user_sign_ins` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `ip` VARCHAR(45),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `country` VARCHAR(255),
  `user_agent` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/user/email_history.rb
CREATE TABLE `user_email_histories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `old_email` VARCHAR(255) NOT NULL,
  `new_email` VARCHAR(255) NOT NULL,
  `changed_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/user_message.rb
CREATE TABLE `user_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/role.rb
CREATE TABLE `roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `resource_type` VARCHAR(255),
  `resource_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_roles` (
  `user_id` INT,
  `role_id` INT,
  KEY (`user_id`,`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/profile_photo.rb
CREATE TABLE `profile_photos` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `data` LONGBLOB NOT NULL,
  `user_id` INT,
  `draft` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/pro_account.rb
CREATE TABLE `pro_accounts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `default_embargo_duration` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `stripe_customer_id` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/info_request.rb
CREATE TABLE `info_requests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `user_id` INT,
  `public_body_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `described_state` VARCHAR(255) NOT NULL,
  `awaiting_description` TINYINT(1) NOT NULL DEFAULT 0,
  `prominence` VARCHAR(255) NOT NULL DEFAULT 'normal',
  `url_title` TEXT NOT NULL,
  `law_used` VARCHAR(255) NOT NULL DEFAULT 'foi',
  `allow_new_responses_from` VARCHAR(255) NOT NULL DEFAULT 'anybody',
  `handle_rejected_responses` VARCHAR(255) NOT NULL DEFAULT 'bounce',
  `idhash` VARCHAR(255) NOT NULL,
  `external_user_name` VARCHAR(255),
  `external_url` VARCHAR(255),
  `attention_requested` TINYINT(1) DEFAULT 0,
  `comments_allowed` TINYINT(1) NOT NULL DEFAULT 1,
  `info_request_batch_id` INT,
  `last_public_response_at` DATETIME,
  `reject_incoming_at_mta` TINYINT(1) NOT NULL DEFAULT 0,
  `rejected_incoming_count` INT DEFAULT 0,
  `date_initial_request_last_sent_at` DATE,
  `date_response_required_by` DATE,
  `date_very_overdue_after` DATE,
  `last_event_forming_initial_request_id` INT,
  `use_notifications` TINYINT(1),
  `last_event_time` DATETIME,
  `incoming_messages_count` INT DEFAULT 0,
  `public_token` VARCHAR(255),
  `prominence_reason` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/info_request_event.rb
CREATE TABLE `info_request_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `info_request_id` INT NOT NULL,
  `event_type` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `described_state` VARCHAR(255),
  `calculated_state` VARCHAR(255),
  `last_described_at` DATETIME,
  `incoming_message_id` INT,
  `outgoing_message_id` INT,
  `comment_id` INT,
  `updated_at` DATETIME,
  `params` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/info_request_batch.rb
CREATE TABLE `info_request_batches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `body` TEXT,
  `sent_at` DATETIME,
  `embargo_duration` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/draft_info_request.rb
CREATE TABLE `draft_info_requests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `user_id` INT,
  `public_body_id` INT,
  `body` TEXT,
  `embargo_duration` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/alaveteli_pro/draft_info_request_batch.rb
CREATE TABLE `draft_info_request_batches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `body` TEXT,
  `user_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `embargo_duration` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/outgoing_message.rb
CREATE TABLE `outgoing_messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `info_request_id` INT NOT NULL,
  `body` TEXT NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `message_type` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `last_sent_at` DATETIME,
  `incoming_message_followup_id` INT,
  `what_doing` VARCHAR(255) NOT NULL,
  `prominence` VARCHAR(255) NOT NULL DEFAULT 'normal',
  `prominence_reason` TEXT,
  `from_name` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/outgoing_message/snippet.rb
CREATE TABLE `outgoing_message_snippets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `outgoing_message_snippet_id` BIGINT NOT NULL,
  `name` VARCHAR(255),
  `body` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/incoming_message.rb
CREATE TABLE `incoming_messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `info_request_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `raw_email_id` INT NOT NULL,
  `cached_attachment_text_clipped` TEXT,
  `cached_main_body_text_folded` TEXT,
  `cached_main_body_text_unfolded` TEXT,
  `subject` TEXT,
  `from_email_domain` TEXT,
  `valid_to_reply_to` TINYINT(1),
  `last_parsed` DATETIME,
  `from_name` TEXT,
  `sent_at` DATETIME,
  `prominence` VARCHAR(255) NOT NULL DEFAULT 'normal',
  `prominence_reason` TEXT,
  `from_email` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/incoming_message_error.rb
CREATE TABLE `incoming_message_errors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `unique_id` VARCHAR(255) NOT NULL,
  `retry_at` DATETIME,
  `backtrace` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/raw_email.rb
CREATE TABLE `raw_emails` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `erased_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/foi_attachment.rb
CREATE TABLE `foi_attachments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content_type` TEXT,
  `filename` TEXT,
  `charset` TEXT,
  `display_size` TEXT,
  `url_part_number` INT,
  `within_rfc822_subject` TEXT,
  `incoming_message_id` INT,
  `hexdigest` VARCHAR(32),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `prominence` VARCHAR(255) DEFAULT 'normal',
  `prominence_reason` TEXT,
  `masked_at` DATETIME,
  `locked` TINYINT(1) DEFAULT 0,
  `replaced_at` DATETIME,
  `replaced_reason` VARCHAR(255),
  `erased_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/comment.rb
CREATE TABLE `comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `info_request_id` INT,
  `body` TEXT NOT NULL,
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `locale` TEXT NOT NULL DEFAULT '',
  `attention_requested` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/public_body.rb
CREATE TABLE `public_bodies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `version` INT NOT NULL,
  `last_edit_editor` VARCHAR(255) NOT NULL,
  `last_edit_comment` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `home_page` TEXT,
  `api_key` VARCHAR(255) NOT NULL,
  `info_requests_count` INT NOT NULL DEFAULT 0,
  `info_requests_successful_count` INT,
  `info_requests_not_held_count` INT,
  `info_requests_overdue_count` INT,
  `info_requests_visible_classified_count` INT,
  `info_requests_visible_count` INT NOT NULL DEFAULT 0,
  `name` TEXT,
  `short_name` TEXT,
  `request_email` TEXT,
  `url_name` TEXT,
  `first_letter` VARCHAR(255),
  `publication_scheme` TEXT,
  `disclosure_log` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/public_body_category.rb
CREATE TABLE `public_body_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `category_tag` TEXT NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `title` TEXT,
  `description` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/public_body_category_link.rb
CREATE TABLE `public_body_category_links` (
  `public_body_category_id` INT NOT NULL,
  `public_body_heading_id` INT NOT NULL,
  `category_display_order` INT,
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/public_body_heading.rb
CREATE TABLE `public_body_headings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `display_order` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `name` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/public_body_change_request.rb
CREATE TABLE `public_body_change_requests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_email` VARCHAR(255),
  `user_name` VARCHAR(255),
  `user_id` INT,
  `public_body_name` TEXT,
  `public_body_id` INT,
  `public_body_email` VARCHAR(255),
  `source_url` TEXT,
  `notes` TEXT,
  `is_open` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/track_thing.rb
CREATE TABLE `track_things` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tracking_user_id` INT NOT NULL,
  `track_query` VARCHAR(500) NOT NULL,
  `info_request_id` INT,
  `tracked_user_id` INT,
  `public_body_id` INT,
  `track_medium` VARCHAR(255) NOT NULL,
  `track_type` VARCHAR(255) NOT NULL DEFAULT 'internal_error',
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/track_things_sent_email.rb
CREATE TABLE `track_things_sent_emails` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `track_thing_id` INT NOT NULL,
  `info_request_event_id` INT,
  `user_id` INT,
  `public_body_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/user_info_request_sent_alert.rb
CREATE TABLE `user_info_request_sent_alerts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `info_request_id` INT NOT NULL,
  `alert_type` VARCHAR(255) NOT NULL,
  `info_request_event_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/mail_server_log.rb
CREATE TABLE `mail_server_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mail_server_log_done_id` INT,
  `info_request_id` INT,
  `order` INT NOT NULL,
  `line` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `delivery_status` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/mail_server_log_done.rb
CREATE TABLE `mail_server_log_dones` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filename` TEXT NOT NULL,
  `last_stat` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/censor_rule.rb
CREATE TABLE `censor_rules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `info_request_id` INT,
  `user_id` INT,
  `public_body_id` INT,
  `text` TEXT NOT NULL,
  `replacement` TEXT NOT NULL,
  `last_edit_editor` VARCHAR(255) NOT NULL,
  `last_edit_comment` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `regexp` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/post_redirect.rb
CREATE TABLE `post_redirects` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` TEXT NOT NULL,
  `uri` TEXT NOT NULL,
  `post_params_yaml` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `email_token` TEXT NOT NULL,
  `reason_params_yaml` TEXT,
  `user_id` INT,
  `circumstance` TEXT NOT NULL DEFAULT 'normal',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/request_classification.rb
CREATE TABLE `request_classifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `info_request_event_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/alaveteli_pro/embargo.rb
CREATE TABLE `embargoes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `info_request_id` INT,
  `publish_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `embargo_duration` VARCHAR(255),
  `expiring_notification_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/alaveteli_pro/embargo_extension.rb
CREATE TABLE `embargo_extensions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `embargo_id` INT,
  `extension_duration` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/holiday.rb
CREATE TABLE `holidays` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `day` DATE,
  `description` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/spam_address.rb
CREATE TABLE `spam_addresses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/notification.rb
CREATE TABLE `notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `info_request_event_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `frequency` INT NOT NULL DEFAULT 0,
  `seen_at` DATETIME,
  `send_after` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `expired` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/announcement.rb
CREATE TABLE `announcements` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `visibility` VARCHAR(255),
  `user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `title` VARCHAR(255),
  `content` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/announcement_dismissal.rb
CREATE TABLE `announcement_dismissals` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `announcement_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/widget_vote.rb
CREATE TABLE `widget_votes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `cookie` VARCHAR(255),
  `info_request_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/note.rb
CREATE TABLE `notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `notable_type` VARCHAR(255),
  `notable_id` BIGINT,
  `notable_tag` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `style` VARCHAR(255) NOT NULL DEFAULT 'original',
  `body` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/project.rb
CREATE TABLE `projects` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `briefing` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `invite_token` VARCHAR(255),
  `dataset_public` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- app/models/project/membership.rb
CREATE TABLE `project_memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT,
  `user_id` BIGINT,
  `role_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

