-- Indico: event management (conferences, meetings, lectures, room booking).
-- Upstream: https://github.com/indico/indico, commit b8f1fde8b81b199341cc84a75909cb0ed362d44e
--   (v3.3.12+164, 2026-08-21), licence MIT.
-- Source: the SQLAlchemy models in indico/modules/**/models/*.py, indico/core/oauth/models/*.py and
--   indico/core/settings/models/*.py (settings mixins), read by importing them at that commit
--   (indico.core.db.sqlalchemy.util.models.import_all_models) and dumping db.metadata;
--   table and column names and order, nullability, primary keys and foreign keys are upstream's.
--   Upstream declares no column or table comments.
-- Naming: upstream's PostgreSQL tables live in schemas (users, events, event_registration, event_abstracts,
--   roombooking, oauth, indico); several table names repeat across schemas (logs, settings, tokens), so every
--   table is written consistently as <schema>_<table> (users.users -> users_users, events.logs -> events_logs).
-- Type conversion (PostgreSQL -> MySQL): serial integer id -> INT AUTO_INCREMENT; VARCHAR without length ->
--   VARCHAR(255); BOOLEAN -> TINYINT(1); TIMESTAMP (UTC, UTCDateTime) -> DATETIME; UUID -> CHAR(36);
--   BYTEA -> LONGBLOB; JSON/JSONB and ARRAY columns (VARCHAR[]) -> JSON; INET -> VARCHAR(45);
--   NUMERIC(11,2) -> DECIMAL(11,2); INTERVAL -> BIGINT (seconds); FLOAT -> DOUBLE.
-- Kept: 43 of upstream's 172 tables. Foreign keys pointing at tables left out are dropped; composite foreign
--   keys (venue_id, room_id) -> rooms (location_id, id) and (registration_form_id, event_id) -> forms (id, event_id)
--   are written as their single-column parts on the id. Indexes, unique and check constraints are left out.
-- Load in MariaDB with FOREIGN_KEY_CHECKS=0 (set below): tables refer to each other in cycles
--   (registrations <-> payment_transactions) and to tables defined later.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `title` SMALLINT NOT NULL,
  `affiliation` VARCHAR(255) NOT NULL,
  `affiliation_id` INT,
  `phone` VARCHAR(255) NOT NULL,
  `address` TEXT NOT NULL,
  `merged_into_id` INT,
  `is_system` TINYINT(1) NOT NULL,
  `is_admin` TINYINT(1) NOT NULL,
  `is_blocked` TINYINT(1) NOT NULL,
  `is_pending` TINYINT(1) NOT NULL,
  `is_deleted` TINYINT(1) NOT NULL,
  `accepted_terms_dt` DATETIME,
  `signing_secret` CHAR(36) NOT NULL,
  `picture` LONGBLOB,
  `picture_metadata` JSON NOT NULL,
  `picture_source` SMALLINT NOT NULL,
  `created_dt` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`affiliation_id`) REFERENCES `indico_affiliations` (`id`),
  FOREIGN KEY (`merged_into_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_emails` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `is_primary` TINYINT(1) NOT NULL,
  `is_user_deleted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_identities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  `multipass_data` JSON NOT NULL,
  `data` JSON NOT NULL,
  `password_hash` VARCHAR(255),
  `last_login_dt` DATETIME,
  `last_login_ip` VARCHAR(45),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `module` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` JSON NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `logged_dt` DATETIME NOT NULL,
  `kind` SMALLINT NOT NULL,
  `module` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `summary` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  `meta` JSON NOT NULL,
  `target_user_id` INT NOT NULL,
  `realm` SMALLINT NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`target_user_id`) REFERENCES `users_users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_api_keys` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` CHAR(36) NOT NULL,
  `secret` CHAR(36) NOT NULL,
  `user_id` INT NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `is_blocked` TINYINT(1) NOT NULL,
  `is_persistent_allowed` TINYINT(1) NOT NULL,
  `created_dt` DATETIME NOT NULL,
  `last_used_dt` DATETIME,
  `last_used_ip` VARCHAR(45),
  `last_used_uri` VARCHAR(255),
  `last_used_auth` TINYINT(1),
  `use_count` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `access_token_hash` VARCHAR(255) NOT NULL,
  `scopes` JSON NOT NULL,
  `created_dt` DATETIME NOT NULL,
  `last_used_dt` DATETIME,
  `last_used_ip` VARCHAR(45),
  `use_count` INT NOT NULL,
  `user_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `revoked_dt` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_favorite_users` (
  `user_id` INT NOT NULL,
  `target_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `target_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`),
  FOREIGN KEY (`target_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_registration_requests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `comment` TEXT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `extra_emails` JSON NOT NULL,
  `user_data` JSON NOT NULL,
  `identity_data` JSON NOT NULL,
  `settings` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_data_export_requests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `file_id` INT,
  `requested_dt` DATETIME NOT NULL,
  `selected_options` JSON NOT NULL,
  `include_files` TINYINT(1) NOT NULL,
  `state` SMALLINT NOT NULL,
  `max_size_exceeded` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_group_members` (
  `group_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`group_id`, `user_id`),
  FOREIGN KEY (`group_id`) REFERENCES `users_groups` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `indico_affiliations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `alt_names` JSON NOT NULL,
  `is_deleted` TINYINT(1) NOT NULL,
  `street` VARCHAR(255) NOT NULL,
  `postcode` VARCHAR(255) NOT NULL,
  `city` VARCHAR(255) NOT NULL,
  `country_code` VARCHAR(255) NOT NULL,
  `meta` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `indico_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `module` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_applications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `client_id` CHAR(36) NOT NULL,
  `client_secret` CHAR(36) NOT NULL,
  `allowed_scopes` JSON NOT NULL,
  `redirect_uris` JSON NOT NULL,
  `is_enabled` TINYINT(1) NOT NULL,
  `is_trusted` TINYINT(1) NOT NULL,
  `allow_pkce_flow` TINYINT(1) NOT NULL,
  `system_app_type` SMALLINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_application_user_links` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `application_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `scopes` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `access_token_hash` VARCHAR(255) NOT NULL,
  `scopes` JSON NOT NULL,
  `created_dt` DATETIME NOT NULL,
  `last_used_dt` DATETIME,
  `last_used_ip` VARCHAR(45),
  `use_count` INT NOT NULL,
  `app_user_link_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_user_link_id`) REFERENCES `oauth_application_user_links` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_deleted` TINYINT(1) NOT NULL,
  `is_locked` TINYINT(1) NOT NULL,
  `creator_id` INT NOT NULL,
  `category_id` INT,
  `series_id` INT,
  `cloned_from_id` INT,
  `label_id` INT,
  `label_message` TEXT NOT NULL,
  `created_dt` DATETIME NOT NULL,
  `start_dt` DATETIME NOT NULL,
  `end_dt` DATETIME NOT NULL,
  `timezone` VARCHAR(255) NOT NULL,
  `type` SMALLINT NOT NULL,
  `visibility` INT,
  `keywords` JSON NOT NULL,
  `url_shortcut` VARCHAR(255),
  `logo_metadata` JSON NOT NULL,
  `logo` LONGBLOB,
  `stylesheet_metadata` JSON NOT NULL,
  `stylesheet` TEXT,
  `default_page_id` INT,
  `map_url` VARCHAR(255) NOT NULL,
  `custom_boa_id` INT,
  `subcontrib_speakers_can_submit` TINYINT(1) NOT NULL,
  `last_friendly_registration_id` INT NOT NULL,
  `last_friendly_contribution_id` INT NOT NULL,
  `last_friendly_session_id` INT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `room_id` INT,
  `venue_id` INT,
  `venue_name` VARCHAR(255) NOT NULL,
  `room_name` VARCHAR(255) NOT NULL,
  `address` TEXT NOT NULL,
  `protection_mode` SMALLINT NOT NULL,
  `access_key` VARCHAR(255) NOT NULL,
  `no_access_contact` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users_users` (`id`),
  FOREIGN KEY (`cloned_from_id`) REFERENCES `events_events` (`id`),
  FOREIGN KEY (`label_id`) REFERENCES `events_labels` (`id`),
  FOREIGN KEY (`room_id`) REFERENCES `roombooking_rooms` (`id`),
  FOREIGN KEY (`venue_id`) REFERENCES `roombooking_locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_persons` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_id` INT NOT NULL,
  `user_id` INT,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `title` SMALLINT NOT NULL,
  `affiliation_id` INT,
  `affiliation` VARCHAR(255) NOT NULL,
  `address` TEXT NOT NULL,
  `phone` VARCHAR(255) NOT NULL,
  `invited_dt` DATETIME,
  `is_untrusted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events_events` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`),
  FOREIGN KEY (`affiliation_id`) REFERENCES `indico_affiliations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_event_person_links` (
  `event_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `person_id` INT NOT NULL,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `title` SMALLINT,
  `affiliation_id` INT,
  `affiliation` VARCHAR(255),
  `address` TEXT,
  `phone` VARCHAR(255),
  `display_order` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events_events` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `events_persons` (`id`),
  FOREIGN KEY (`affiliation_id`) REFERENCES `indico_affiliations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_principals` (
  `read_access` TINYINT(1) NOT NULL,
  `full_access` TINYINT(1) NOT NULL,
  `permissions` JSON NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_id` INT NOT NULL,
  `type` SMALLINT NOT NULL,
  `user_id` INT,
  `local_group_id` INT,
  `mp_group_provider` VARCHAR(255),
  `mp_group_name` VARCHAR(255),
  `email` VARCHAR(255),
  `ip_network_group_id` INT,
  `event_role_id` INT,
  `category_role_id` INT,
  `registration_form_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events_events` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`),
  FOREIGN KEY (`local_group_id`) REFERENCES `users_groups` (`id`),
  FOREIGN KEY (`registration_form_id`) REFERENCES `event_registration_forms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `logged_dt` DATETIME NOT NULL,
  `kind` SMALLINT NOT NULL,
  `module` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `summary` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  `meta` JSON NOT NULL,
  `event_id` INT NOT NULL,
  `realm` SMALLINT NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events_events` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `module` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` JSON NOT NULL,
  `event_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events_events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_contributions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `friendly_id` INT NOT NULL,
  `event_id` INT NOT NULL,
  `session_id` INT,
  `session_block_id` INT,
  `track_id` INT,
  `abstract_id` INT,
  `type_id` INT,
  `code` VARCHAR(255) NOT NULL,
  `duration` BIGINT NOT NULL,
  `board_number` VARCHAR(255) NOT NULL,
  `keywords` JSON NOT NULL,
  `is_deleted` TINYINT(1) NOT NULL,
  `last_friendly_subcontribution_id` INT NOT NULL,
  `description` TEXT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `render_mode` SMALLINT NOT NULL,
  `protection_mode` SMALLINT NOT NULL,
  `inherit_location` TINYINT(1) NOT NULL,
  `room_id` INT,
  `venue_id` INT,
  `venue_name` VARCHAR(255) NOT NULL,
  `room_name` VARCHAR(255) NOT NULL,
  `address` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events_events` (`id`),
  FOREIGN KEY (`abstract_id`) REFERENCES `event_abstracts_abstracts` (`id`),
  FOREIGN KEY (`type_id`) REFERENCES `events_contribution_types` (`id`),
  FOREIGN KEY (`room_id`) REFERENCES `roombooking_rooms` (`id`),
  FOREIGN KEY (`venue_id`) REFERENCES `roombooking_locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_contribution_person_links` (
  `contribution_id` INT NOT NULL,
  `is_speaker` TINYINT(1) NOT NULL,
  `author_type` SMALLINT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `person_id` INT NOT NULL,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `title` SMALLINT,
  `affiliation_id` INT,
  `affiliation` VARCHAR(255),
  `address` TEXT,
  `phone` VARCHAR(255),
  `display_order` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contribution_id`) REFERENCES `events_contributions` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `events_persons` (`id`),
  FOREIGN KEY (`affiliation_id`) REFERENCES `indico_affiliations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_contribution_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `is_private` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events_events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_labels` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `color` VARCHAR(255) NOT NULL,
  `is_event_not_happening` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_agreements` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NOT NULL,
  `event_id` INT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  `person_email` VARCHAR(255),
  `person_name` VARCHAR(255) NOT NULL,
  `state` SMALLINT NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `user_id` INT,
  `signed_dt` DATETIME,
  `signed_from_ip` VARCHAR(255),
  `reason` VARCHAR(255),
  `attachment` LONGBLOB,
  `attachment_filename` VARCHAR(255),
  `data` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events_events` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_payment_transactions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `registration_id` INT NOT NULL,
  `status` SMALLINT NOT NULL,
  `amount` DECIMAL(11,2) NOT NULL,
  `currency` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`registration_id`) REFERENCES `event_registration_registrations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_registration_forms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_id` INT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `is_participation` TINYINT(1) NOT NULL,
  `introduction` TEXT NOT NULL,
  `contact_info` VARCHAR(255) NOT NULL,
  `start_dt` DATETIME,
  `end_dt` DATETIME,
  `modification_mode` SMALLINT NOT NULL,
  `modification_end_dt` DATETIME,
  `is_deleted` TINYINT(1) NOT NULL,
  `require_login` TINYINT(1) NOT NULL,
  `require_user` TINYINT(1) NOT NULL,
  `require_captcha` TINYINT(1) NOT NULL,
  `registration_limit` INT,
  `publish_registrations_public` SMALLINT NOT NULL,
  `publish_registrations_participants` SMALLINT NOT NULL,
  `publish_registrations_duration` BIGINT,
  `publish_registration_count` TINYINT(1) NOT NULL,
  `publish_checkin_enabled` TINYINT(1) NOT NULL,
  `moderation_enabled` TINYINT(1) NOT NULL,
  `reset_approval_on_modification` TINYINT(1) NOT NULL,
  `private` TINYINT(1) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `base_price` DECIMAL(11,2) NOT NULL,
  `currency` VARCHAR(255) NOT NULL,
  `notification_sender_address` VARCHAR(255),
  `message_pending` TEXT NOT NULL,
  `message_unpaid` TEXT NOT NULL,
  `message_complete` TEXT NOT NULL,
  `attach_ical` TINYINT(1) NOT NULL,
  `manager_notifications_enabled` TINYINT(1) NOT NULL,
  `manager_notification_recipients` JSON NOT NULL,
  `tickets_enabled` TINYINT(1) NOT NULL,
  `ticket_google_wallet` TINYINT(1) NOT NULL,
  `ticket_apple_wallet` TINYINT(1) NOT NULL,
  `ticket_on_email` TINYINT(1) NOT NULL,
  `ticket_on_event_page` TINYINT(1) NOT NULL,
  `ticket_on_summary_page` TINYINT(1) NOT NULL,
  `tickets_for_accompanying_persons` TINYINT(1) NOT NULL,
  `ticket_template_id` INT,
  `retention_period` BIGINT,
  `is_purged` TINYINT(1) NOT NULL,
  `require_privacy_policy_agreement` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events_events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_registration_form_items` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `registration_form_id` INT NOT NULL,
  `type` SMALLINT NOT NULL,
  `personal_data_type` SMALLINT,
  `parent_id` INT,
  `position` INT NOT NULL,
  `show_if_id` INT,
  `show_if_values` JSON,
  `internal_name` VARCHAR(255),
  `title` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `is_enabled` TINYINT(1) NOT NULL,
  `is_deleted` TINYINT(1) NOT NULL,
  `is_required` TINYINT(1) NOT NULL,
  `is_manager_only` TINYINT(1) NOT NULL,
  `input_type` VARCHAR(255),
  `data` JSON NOT NULL,
  `retention_period` BIGINT,
  `is_purged` TINYINT(1) NOT NULL,
  `current_data_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`registration_form_id`) REFERENCES `event_registration_forms` (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `event_registration_form_items` (`id`),
  FOREIGN KEY (`show_if_id`) REFERENCES `event_registration_form_items` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_registration_registrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `friendly_id` INT NOT NULL,
  `event_id` INT NOT NULL,
  `registration_form_id` INT NOT NULL,
  `user_id` INT,
  `transaction_id` INT,
  `state` SMALLINT NOT NULL,
  `base_price` DECIMAL(11,2) NOT NULL,
  `price_adjustment` DECIMAL(11,2) NOT NULL,
  `currency` VARCHAR(255) NOT NULL,
  `submitted_dt` DATETIME NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `is_deleted` TINYINT(1) NOT NULL,
  `ticket_uuid` CHAR(36) NOT NULL,
  `checked_in` TINYINT(1) NOT NULL,
  `checked_in_dt` DATETIME,
  `rejection_reason` VARCHAR(255) NOT NULL,
  `consent_to_publish` SMALLINT NOT NULL,
  `participant_hidden` TINYINT(1) NOT NULL,
  `created_by_manager` TINYINT(1) NOT NULL,
  `created_by_id` INT,
  `modification_end_dt` DATETIME,
  `modified_dt` DATETIME,
  `apple_wallet_serial` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events_events` (`id`),
  FOREIGN KEY (`registration_form_id`) REFERENCES `event_registration_forms` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`),
  FOREIGN KEY (`transaction_id`) REFERENCES `events_payment_transactions` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_registration_registration_data` (
  `registration_id` INT NOT NULL,
  `field_data_id` INT NOT NULL,
  `data` JSON NOT NULL,
  `filename` VARCHAR(255),
  `content_type` VARCHAR(255),
  `size` BIGINT,
  `md5` VARCHAR(255),
  `storage_backend` VARCHAR(255),
  `storage_file_id` VARCHAR(255),
  PRIMARY KEY (`registration_id`, `field_data_id`),
  FOREIGN KEY (`registration_id`) REFERENCES `event_registration_registrations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_registration_invitations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `registration_form_id` INT NOT NULL,
  `registration_id` INT,
  `state` SMALLINT NOT NULL,
  `skip_moderation` TINYINT(1) NOT NULL,
  `skip_access_check` TINYINT(1) NOT NULL,
  `lock_email` TINYINT(1) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `affiliation` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`registration_form_id`) REFERENCES `event_registration_forms` (`id`),
  FOREIGN KEY (`registration_id`) REFERENCES `event_registration_registrations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_abstracts_abstracts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36),
  `friendly_id` INT NOT NULL,
  `event_id` INT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `submitter_id` INT NOT NULL,
  `submitted_contrib_type_id` INT,
  `submitted_dt` DATETIME NOT NULL,
  `modified_by_id` INT,
  `modified_dt` DATETIME,
  `state` SMALLINT NOT NULL,
  `submission_comment` TEXT NOT NULL,
  `judge_id` INT,
  `judgment_comment` TEXT NOT NULL,
  `judgment_dt` DATETIME,
  `accepted_track_id` INT,
  `accepted_contrib_type_id` INT,
  `merged_into_id` INT,
  `duplicate_of_id` INT,
  `is_deleted` TINYINT(1) NOT NULL,
  `description` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`event_id`) REFERENCES `events_events` (`id`),
  FOREIGN KEY (`submitter_id`) REFERENCES `users_users` (`id`),
  FOREIGN KEY (`submitted_contrib_type_id`) REFERENCES `events_contribution_types` (`id`),
  FOREIGN KEY (`modified_by_id`) REFERENCES `users_users` (`id`),
  FOREIGN KEY (`judge_id`) REFERENCES `users_users` (`id`),
  FOREIGN KEY (`accepted_contrib_type_id`) REFERENCES `events_contribution_types` (`id`),
  FOREIGN KEY (`merged_into_id`) REFERENCES `event_abstracts_abstracts` (`id`),
  FOREIGN KEY (`duplicate_of_id`) REFERENCES `event_abstracts_abstracts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_abstracts_abstract_person_links` (
  `abstract_id` INT NOT NULL,
  `is_speaker` TINYINT(1) NOT NULL,
  `author_type` SMALLINT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `person_id` INT NOT NULL,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `title` SMALLINT,
  `affiliation_id` INT,
  `affiliation` VARCHAR(255),
  `address` TEXT,
  `phone` VARCHAR(255),
  `display_order` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`abstract_id`) REFERENCES `event_abstracts_abstracts` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `events_persons` (`id`),
  FOREIGN KEY (`affiliation_id`) REFERENCES `indico_affiliations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_abstracts_abstract_reviews` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `abstract_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `track_id` INT,
  `created_dt` DATETIME NOT NULL,
  `modified_dt` DATETIME,
  `comment` TEXT NOT NULL,
  `proposed_action` SMALLINT NOT NULL,
  `proposed_related_abstract_id` INT,
  `proposed_contribution_type_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`abstract_id`) REFERENCES `event_abstracts_abstracts` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`),
  FOREIGN KEY (`proposed_related_abstract_id`) REFERENCES `event_abstracts_abstracts` (`id`),
  FOREIGN KEY (`proposed_contribution_type_id`) REFERENCES `events_contribution_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_abstracts_email_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `abstract_id` INT NOT NULL,
  `email_template_id` INT,
  `user_id` INT,
  `sent_dt` DATETIME NOT NULL,
  `recipients` JSON NOT NULL,
  `subject` VARCHAR(255) NOT NULL,
  `body` TEXT NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`abstract_id`) REFERENCES `event_abstracts_abstracts` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roombooking_locations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `map_url_template` VARCHAR(255) NOT NULL,
  `room_name_format` VARCHAR(255) NOT NULL,
  `is_deleted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roombooking_rooms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `location_id` INT NOT NULL,
  `photo_id` INT,
  `verbose_name` VARCHAR(255),
  `site` VARCHAR(255),
  `division` VARCHAR(255) NOT NULL,
  `building` VARCHAR(255) NOT NULL,
  `floor` VARCHAR(255) NOT NULL,
  `number` VARCHAR(255) NOT NULL,
  `notification_emails` JSON NOT NULL,
  `notification_before_days` INT,
  `notification_before_days_weekly` INT,
  `notification_before_days_monthly` INT,
  `end_notification_daily` INT,
  `end_notification_weekly` INT,
  `end_notification_monthly` INT,
  `reservations_need_confirmation` TINYINT(1) NOT NULL,
  `notifications_enabled` TINYINT(1) NOT NULL,
  `end_notifications_enabled` TINYINT(1) NOT NULL,
  `telephone` VARCHAR(255) NOT NULL,
  `key_location` VARCHAR(255) NOT NULL,
  `capacity` INT,
  `surface_area` INT,
  `longitude` DOUBLE,
  `latitude` DOUBLE,
  `comments` VARCHAR(255) NOT NULL,
  `owner_id` INT NOT NULL,
  `is_deleted` TINYINT(1) NOT NULL,
  `is_reservable` TINYINT(1) NOT NULL,
  `max_advance_days` INT,
  `booking_limit_days` INT,
  `protection_mode` SMALLINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `roombooking_locations` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roombooking_reservations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_dt` DATETIME NOT NULL,
  `start_dt` DATETIME NOT NULL,
  `end_dt` DATETIME NOT NULL,
  `repeat_frequency` SMALLINT NOT NULL,
  `repeat_interval` SMALLINT NOT NULL,
  `recurrence_weekdays` JSON,
  `booked_for_id` INT,
  `booked_for_name` VARCHAR(255) NOT NULL,
  `created_by_id` INT,
  `room_id` INT NOT NULL,
  `state` SMALLINT NOT NULL,
  `booking_reason` TEXT NOT NULL,
  `rejection_reason` VARCHAR(255),
  `end_notification_sent` TINYINT(1) NOT NULL,
  `internal_note` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`booked_for_id`) REFERENCES `users_users` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users_users` (`id`),
  FOREIGN KEY (`room_id`) REFERENCES `roombooking_rooms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roombooking_reservation_occurrences` (
  `reservation_id` INT NOT NULL,
  `link_id` INT,
  `start_dt` DATETIME NOT NULL,
  `end_dt` DATETIME NOT NULL,
  `notification_sent` TINYINT(1) NOT NULL,
  `state` SMALLINT NOT NULL,
  `rejection_reason` VARCHAR(255),
  PRIMARY KEY (`reservation_id`, `start_dt`),
  FOREIGN KEY (`reservation_id`) REFERENCES `roombooking_reservations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roombooking_reservation_edit_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME NOT NULL,
  `info` JSON NOT NULL,
  `user_name` VARCHAR(255) NOT NULL,
  `reservation_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`reservation_id`) REFERENCES `roombooking_reservations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
