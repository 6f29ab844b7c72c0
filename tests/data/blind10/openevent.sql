-- Open Event Server (FOSSASIA; the API behind eventyay.com): event management and ticketing. Holds the platform's
-- user accounts (organisers, attendees, speakers, marketers, admins) with their profiles, social links, avatars and
-- invoice billing details, alternate e-mails, event roles and role invitations, favourite events, per-event e-mail
-- notification settings and notifications; events (trimmed), ticket types, discount and access codes, orders with
-- billing address and card/payment details, order lines, attendees (ticket holders) with their registration-form
-- fields, consents, check-in/check-out and badge printing; speakers and their sessions (call-for-speakers
-- submissions), speaker invitations, session feedback; the sent-mail log and activity log; export and import jobs;
-- the organisers' Stripe Connect authorisations; custom registration-form definitions; sponsors; site settings.
--
-- Upstream: github.com/fossasia/open-event-server, commit 071d1595b4af5a711875706a8fd47ee2887656fe (2024-03-25),
-- GPL-3.0. Upstream defines the schema as Flask-SQLAlchemy models (app/models/*.py, PostgreSQL, built by the alembic
-- migrations in migrations/versions/); written here as equivalent MySQL/MariaDB DDL with upstream's table and
-- column names (the model file of each table is named above it). Types: String without length and Text -> TEXT
-- (VARCHAR(255) where the column is unique or in a unique constraint), String(n) -> VARCHAR(n), CIText -> TEXT /
-- VARCHAR(255), DateTime(timezone=True) -> DATETIME, Float -> DOUBLE, JSON/JSONB -> JSON, Boolean -> BOOLEAN.
-- Only server-side defaults are written as DEFAULT (the models' Python-side defaults are not part of the DDL).
-- Columns added by mixins are written into their tables: deleted_at (SoftDeletionModel), created/updated
-- (sqlalchemy_utils Timestamp), and the three sqlalchemy_utils @aggregated columns of sessions (average_rating,
-- rating_count, favourite_count). Comments are upstream's Python comments on those columns.
-- Left out: non-unique indexes; the foreign keys to tables left out (events.event_type_id/event_topic_id/
-- event_sub_topic_id/group_id, sessions.track_id/microlocation_id/session_type_id, ticket_holders.tag_id,
-- notifications.content_id); the columns of `events` not listed (stream, chat/video, image, badge, sales-counter,
-- other payment-method flags and URLs: 51 columns) and of `settings` not listed (other storage, captcha, social
-- login, payment gateway keys, site links, the installation's invoice billing details, app URLs, image sizes:
-- 73 columns); and the tables access_codes_tickets, discount_codes_tickets, badge_forms, badge_field_forms,
-- custom_form_options, custom_form_translates, custom_placeholders, custom_sys_roles, user_system_role,
-- event_copyrights, event_invoices, event_locations, events_orga, event_topics, event_sub_topics, event_types,
-- exhibitors, exhibitors_sessions, faq, faq_types, groups, image_sizes, invites, message_settings, microlocations,
-- notification_actors, notification_content, notification_settings, pages, panel_permissions, permissions,
-- roles_panels, services, sessions_speakers_links, session_types, social_links, speakers_calls, station,
-- station_store_paxs, tags, tax, ticket_fees, ticket_tag, ticket_tagging, tracks, translation_channels,
-- user_check_in, virtual_check_in, user_favourite_sessions, user_follow_groups, user_token_blacklist_time,
-- users_groups_roles, video_channels, video_recordings, video_streams, video_stream_moderators.

SET FOREIGN_KEY_CHECKS=0;

-- app/models/user.py
CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `_email` VARCHAR(255) NOT NULL,
  `_password` VARCHAR(128) NOT NULL,
  `facebook_id` BIGINT,
  `facebook_login_hash` TEXT,
  `reset_password` VARCHAR(128),
  `salt` VARCHAR(128),
  `avatar_url` TEXT,
  `tokens` TEXT,
  `first_name` TEXT,
  `last_name` TEXT,
  `details` TEXT,
  `contact` TEXT,
  `facebook_url` TEXT,
  `twitter_url` TEXT,
  `instagram_url` TEXT,
  `google_plus_url` TEXT,
  `original_image_url` TEXT,
  `thumbnail_image_url` TEXT,
  `small_image_url` TEXT,
  `icon_image_url` TEXT,
  `is_super_admin` BOOLEAN,
  `is_admin` BOOLEAN,
  `is_sales_admin` BOOLEAN,
  `is_marketer` BOOLEAN,
  `is_verified` BOOLEAN,
  `is_blocked` BOOLEAN NOT NULL,
  `is_profile_public` BOOLEAN NOT NULL DEFAULT FALSE,
  `public_name` TEXT,
  `was_registered_with_order` BOOLEAN,
  `last_accessed_at` DATETIME,
  `created_at` DATETIME,
  -- Event Invoice Details
  `billing_contact_name` TEXT,
  `billing_phone` TEXT,
  `billing_state` TEXT,
  `billing_country` TEXT,
  `billing_tax_info` TEXT,
  `company` TEXT,
  `billing_address` TEXT,
  `billing_city` TEXT,
  `language_prefrence` TEXT,
  `billing_zip_code` TEXT,
  `billing_additional_info` TEXT,
  `rocket_chat_token` TEXT,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`_email`),
  UNIQUE KEY `users_facebook_id_key` (`facebook_id`)
);

-- app/models/user_email.py
CREATE TABLE `user_emails` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email_address` VARCHAR(120) NOT NULL,
  `type` VARCHAR(120) NOT NULL,
  `user_id` INT,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_emails_email_address_key` (`email_address`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

-- app/models/user_permission.py
CREATE TABLE `user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `unverified_user` BOOLEAN,
  `anonymous_user` BOOLEAN,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_permissions_name_key` (`name`)
);

-- app/models/role.py
CREATE TABLE `roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `title_name` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_key` (`name`)
);

-- app/models/users_events_role.py
CREATE TABLE `users_events_roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `role_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_uer_user_event_role` (`user_id`, `event_id`, `role_id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
);

-- app/models/user_favourite_event.py
CREATE TABLE `user_favourite_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_id` INT,
  `user_id` INT,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

-- app/models/event.py
CREATE TABLE `events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `external_event_url` TEXT,
  `logo_url` TEXT,
  `starts_at` DATETIME NOT NULL,
  `ends_at` DATETIME NOT NULL,
  `timezone` TEXT NOT NULL,
  `online` BOOLEAN NOT NULL DEFAULT FALSE,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `location_name` TEXT,
  `searchable_location_name` TEXT,
  `description` TEXT,
  `owner_name` TEXT,
  `has_owner_info` BOOLEAN,
  `owner_description` TEXT,
  `is_cfs_enabled` BOOLEAN NOT NULL DEFAULT FALSE,
  `privacy` TEXT,
  `state` TEXT,
  `code_of_conduct` TEXT,
  `is_ticketing_enabled` BOOLEAN,
  `payment_country` TEXT,
  `payment_currency` TEXT,
  `paypal_email` TEXT,
  `can_pay_by_paypal` BOOLEAN NOT NULL DEFAULT FALSE,
  `can_pay_by_stripe` BOOLEAN NOT NULL DEFAULT FALSE,
  `cheque_details` TEXT,
  `bank_details` TEXT,
  `created_at` DATETIME,
  `refund_policy` TEXT,
  `is_stripe_linked` BOOLEAN,
  `discount_code_id` INT,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_identifier_key` (`identifier`),
  FOREIGN KEY (`discount_code_id`) REFERENCES `discount_codes` (`id`) ON DELETE CASCADE
);

-- app/models/ticket.py
CREATE TABLE `tickets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `is_description_visible` BOOLEAN,
  `type` TEXT NOT NULL,
  `quantity` INT,
  `position` INT,
  `price` DOUBLE,
  `min_price` DOUBLE NOT NULL,
  `max_price` DOUBLE,
  `is_fee_absorbed` BOOLEAN,
  `sales_starts_at` DATETIME NOT NULL,
  `sales_ends_at` DATETIME NOT NULL,
  `is_hidden` BOOLEAN,
  `min_order` INT,
  `max_order` INT,
  `is_checkin_restricted` BOOLEAN,
  `auto_checkin_enabled` BOOLEAN,
  `event_id` INT,
  `form_id` TEXT,
  `badge_id` TEXT,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_event_deleted_at_uc` (`name`, `event_id`, `deleted_at`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

-- app/models/discount_code.py
CREATE TABLE `discount_codes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `discount_url` TEXT,
  `value` DOUBLE NOT NULL,
  `type` TEXT NOT NULL,
  `is_active` BOOLEAN,
  `tickets_number` INT,
  `min_quantity` INT,
  `max_quantity` INT,
  `valid_from` DATETIME,
  `valid_till` DATETIME,
  `event_id` INT,
  `created_at` DATETIME,
  `marketer_id` INT,
  `used_for` TEXT NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_event_discount_code` (`event_id`, `code`, `deleted_at`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`marketer_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

-- app/models/access_code.py
CREATE TABLE `access_codes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` TEXT,
  `access_url` TEXT,
  `is_active` BOOLEAN,
  -- For event level access this holds the max. uses
  `tickets_number` INT,
  `min_quantity` INT,
  -- For event level access this holds the months for which it is valid
  `max_quantity` INT,
  `valid_from` DATETIME,
  `valid_till` DATETIME,
  `ticket_id` INT,
  `event_id` INT,
  `created_at` DATETIME,
  `marketer_id` INT,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`marketer_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

-- app/models/order.py
CREATE TABLE `orders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(255),
  `amount` DOUBLE NOT NULL,
  `address` TEXT,
  `city` TEXT,
  `state` TEXT,
  `country` TEXT,
  `zipcode` TEXT,
  `company` TEXT,
  `tax_business_info` TEXT,
  `user_id` INT,
  `event_id` INT,
  `marketer_id` INT,
  `created_at` DATETIME,
  `completed_at` DATETIME,
  `trashed_at` DATETIME,
  `transaction_id` TEXT,
  `paid_via` TEXT,
  `payment_mode` TEXT,
  `is_billing_enabled` BOOLEAN NOT NULL,
  `brand` TEXT,
  `exp_month` INT,
  `exp_year` INT,
  `last4` TEXT,
  `stripe_token` TEXT,
  `stripe_payment_intent_id` TEXT,
  `paypal_token` TEXT,
  `status` TEXT,
  `cancel_note` TEXT,
  `order_notes` TEXT,
  `tickets_pdf_url` TEXT,
  `discount_code_id` INT,
  `access_code_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `orders_identifier_key` (`identifier`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`marketer_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`discount_code_id`) REFERENCES `discount_codes` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`access_code_id`) REFERENCES `access_codes` (`id`) ON DELETE SET NULL
);

-- app/models/order.py
CREATE TABLE `orders_tickets` (
  `order_id` INT NOT NULL,
  `ticket_id` INT NOT NULL,
  `quantity` INT,
  `price` DOUBLE,
  PRIMARY KEY (`order_id`, `ticket_id`),
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`) ON DELETE CASCADE
);

-- app/models/ticket_holder.py
CREATE TABLE `ticket_holders` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `firstname` TEXT,
  `lastname` TEXT,
  `email` TEXT,
  `address` TEXT,
  `city` TEXT,
  `state` TEXT,
  `country` TEXT,
  `job_title` TEXT,
  `phone` TEXT,
  `tax_business_info` TEXT,
  `billing_address` TEXT,
  `home_address` TEXT,
  `shipping_address` TEXT,
  `company` TEXT,
  `work_address` TEXT,
  `work_phone` TEXT,
  `website` TEXT,
  `blog` TEXT,
  `twitter` TEXT,
  `facebook` TEXT,
  `instagram` TEXT,
  `linkedin` TEXT,
  `github` TEXT,
  `gender` TEXT,
  `accept_video_recording` BOOLEAN,
  `accept_share_details` BOOLEAN,
  `accept_receive_emails` BOOLEAN,
  `age_group` TEXT,
  `home_wiki` TEXT,
  `wiki_scholarship` TEXT,
  `birth_date` DATETIME,
  `pdf_url` TEXT,
  `ticket_id` INT NOT NULL,
  `order_id` INT,
  `is_checked_in` BOOLEAN,
  `is_checked_out` BOOLEAN,
  `is_registered` BOOLEAN,
  `device_name_checkin` TEXT,
  `checkin_times` TEXT,
  `checkout_times` TEXT,
  `register_times` TEXT,
  `attendee_notes` TEXT,
  `event_id` INT NOT NULL,
  `created_at` DATETIME,
  `modified_at` DATETIME,
  `complex_field_values` JSON,
  `is_consent_of_refund_policy` BOOLEAN,
  `native_language` JSON,
  `fluent_language` JSON,
  `is_consent_form_field` BOOLEAN,
  `is_consent_form_field_photo` BOOLEAN,
  `is_consent_form_field_email` BOOLEAN,
  `is_badge_printed` BOOLEAN,
  `badge_printed_at` DATETIME,
  `is_discount_applied` BOOLEAN,
  `is_access_code_applied` BOOLEAN,
  `tag_id` INT,
  `identifier` TEXT,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

-- app/models/speaker.py
CREATE TABLE `speaker` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `photo_url` TEXT,
  `thumbnail_image_url` TEXT,
  `small_image_url` TEXT,
  `icon_image_url` TEXT,
  `short_biography` TEXT,
  `long_biography` TEXT,
  `speaking_experience` TEXT,
  `email` VARCHAR(255),
  `mobile` TEXT,
  `website` TEXT,
  `twitter` TEXT,
  `facebook` TEXT,
  `github` TEXT,
  `mastodon` TEXT,
  `linkedin` TEXT,
  `instagram` TEXT,
  `organisation` TEXT,
  `is_featured` BOOLEAN,
  `is_email_overridden` BOOLEAN NOT NULL DEFAULT FALSE,
  `position` TEXT,
  `country` TEXT,
  `city` TEXT,
  `address` TEXT,
  `gender` TEXT,
  `order` INT NOT NULL,
  `heard_from` TEXT,
  `sponsorship_required` TEXT,
  `complex_field_values` JSON,
  `speaker_positions` JSON,
  `event_id` INT,
  `user_id` INT,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_speaker_event_email` (`event_id`, `email`, `deleted_at`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

-- app/models/session.py
CREATE TABLE `sessions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT NOT NULL,
  `subtitle` TEXT,
  `website` TEXT,
  `twitter` TEXT,
  `facebook` TEXT,
  `github` TEXT,
  `linkedin` TEXT,
  `instagram` TEXT,
  `gitlab` TEXT,
  `mastodon` TEXT,
  `short_abstract` TEXT,
  `long_abstract` TEXT,
  `comments` TEXT,
  `language` TEXT,
  `level` TEXT,
  `starts_at` DATETIME,
  `ends_at` DATETIME,
  `track_id` INT,
  `microlocation_id` INT,
  `session_type_id` INT,
  `slides_url` TEXT,
  `slides` JSON,
  `video_url` TEXT,
  `audio_url` TEXT,
  `signup_url` TEXT,
  `event_id` INT,
  `creator_id` INT,
  `state` TEXT,
  `created_at` DATETIME,
  `submitted_at` DATETIME,
  `submission_modifier` TEXT,
  `is_mail_sent` BOOLEAN,
  `last_modified_at` DATETIME,
  `send_email` BOOLEAN,
  `is_locked` BOOLEAN NOT NULL,
  `complex_field_values` JSON,
  `average_rating` DOUBLE NOT NULL DEFAULT 0,
  `rating_count` INT NOT NULL DEFAULT 0,
  `favourite_count` INT NOT NULL DEFAULT 0,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

-- app/models/session.py
CREATE TABLE `speakers_sessions` (
  `speaker_id` INT NOT NULL,
  `session_id` INT NOT NULL,
  PRIMARY KEY (`speaker_id`, `session_id`),
  FOREIGN KEY (`speaker_id`) REFERENCES `speaker` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`) ON DELETE CASCADE
);

-- app/models/speaker_invite.py
CREATE TABLE `speaker_invites` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` TEXT NOT NULL,
  `status` TEXT,
  `session_id` INT NOT NULL,
  `event_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

-- app/models/feedback.py
CREATE TABLE `feedback` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `rating` DOUBLE NOT NULL,
  `comment` TEXT,
  `user_id` INT,
  `event_id` INT,
  `session_id` INT,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_user_uc` (`session_id`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`) ON DELETE CASCADE
);

-- app/models/notification.py
CREATE TABLE `notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `is_read` BOOLEAN NOT NULL DEFAULT FALSE,
  `content_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

-- app/models/email_notification.py
CREATE TABLE `email_notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `next_event` BOOLEAN,
  `new_paper` BOOLEAN,
  `session_accept_reject` BOOLEAN,
  `session_schedule` BOOLEAN,
  `after_ticket_purchase` BOOLEAN,
  `user_id` INT,
  `event_id` INT,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

-- app/models/mail.py
CREATE TABLE `mails` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recipient` TEXT,
  `time` DATETIME,
  `action` TEXT,
  `subject` TEXT,
  `message` TEXT,
  PRIMARY KEY (`id`)
);

-- app/models/activity.py
CREATE TABLE `activities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  -- user email + id
  `actor` TEXT,
  `time` DATETIME,
  `action` TEXT,
  PRIMARY KEY (`id`)
);

-- app/models/role_invite.py
CREATE TABLE `role_invites` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `role_name` TEXT NOT NULL,
  `event_id` INT,
  `role_id` INT,
  `hash` TEXT,
  `created_at` DATETIME,
  `status` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_role_event_uc` (`email`, `role_id`, `event_id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
);

-- app/models/stripe_authorization.py
CREATE TABLE `stripe_authorizations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `stripe_secret_key` TEXT,
  `stripe_refresh_token` TEXT,
  `stripe_publishable_key` TEXT,
  `stripe_user_id` TEXT,
  `stripe_auth_code` TEXT,
  `event_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

-- app/models/export_job.py
CREATE TABLE `export_jobs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task` TEXT NOT NULL,
  `starts_at` DATETIME,
  `user_email` TEXT, -- not linking to User because when user is deleted, this will be lost
  `event_id` INT,
  `attendee_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

-- app/models/import_job.py
CREATE TABLE `import_jobs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task` TEXT NOT NULL,
  `starts_at` DATETIME,
  `user_id` INT,
  `result` TEXT,
  `result_status` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

-- app/models/custom_form.py
CREATE TABLE `custom_forms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `field_identifier` VARCHAR(255) NOT NULL,
  `form` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `is_required` BOOLEAN,
  `is_included` BOOLEAN,
  `is_fixed` BOOLEAN,
  `position` INT NOT NULL,
  `is_public` BOOLEAN NOT NULL,
  `is_complex` BOOLEAN NOT NULL,
  `event_id` INT,
  `form_id` VARCHAR(255),
  `min` INT,
  `max` INT,
  `main_language` TEXT,
  `is_allow_edit` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `custom_form_identifier` (`event_id`, `field_identifier`, `form`, `form_id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

-- app/models/sponsor.py
CREATE TABLE `sponsors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `url` TEXT,
  `level` INT,
  `logo_url` TEXT,
  `event_id` INT,
  `type` TEXT,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

-- app/models/setting.py
CREATE TABLE `settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_environment` TEXT,
  -- Name of the application. (Eg. Event Yay!, Open Event)
  `app_name` TEXT,
  -- Tagline for the application. (Eg. Event Management and Ticketing, Home)
  `tagline` TEXT,
  -- Static domain
  `static_domain` TEXT,
  -- Order Expiry Time in Minutes
  `order_expiry_time` INT NOT NULL,
  -- storage place, local, s3, .. can be more in future
  `storage_place` TEXT,
  -- S3
  `aws_key` TEXT,
  `aws_secret` TEXT,
  `aws_bucket_name` TEXT,
  -- Stripe Keys
  `stripe_client_id` TEXT,
  `stripe_secret_key` TEXT,
  `stripe_publishable_key` TEXT,
  -- Paypal credentials
  `paypal_mode` TEXT,
  `paypal_client` TEXT,
  `paypal_secret` TEXT,
  -- Email service. (sendgrid,smtp)
  `email_service` TEXT,
  `email_from` TEXT,
  `email_from_name` TEXT,
  -- Sendgrid
  `sendgrid_key` TEXT,
  -- SMTP
  `smtp_host` TEXT,
  `smtp_username` TEXT,
  `smtp_password` TEXT,
  `smtp_port` INT,
  -- Can be tls, ssl, none
  `smtp_encryption` TEXT,
  `frontend_url` TEXT,
  PRIMARY KEY (`id`)
);
