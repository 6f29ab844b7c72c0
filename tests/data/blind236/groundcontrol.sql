-- Ground Control (Bernie 2016), the volunteer phone-banking and event-organising tool of the Bernie Sanders 2016 campaign
-- Source: github.com/Bernie-2016/ground-control src/backend/data/migrations/*.js (56 Knex migrations),
--         commit 9494795426b2a7fd37ba147b5a33e19c33e05d85 (AGPL-3.0)
-- The migrations were run in order with Knex 2 (NODE_ENV=development, the path that creates the Blue State Digital
-- mirror tables `bsd_*` that production reads from a replica) against a scratch PostgreSQL 15 database, and the
-- resulting catalogue written as MySQL/MariaDB DDL: serial -> AUTO_INCREMENT, bigint -> BIGINT, integer -> INT,
-- boolean -> TINYINT(1), varchar(n) -> VARCHAR(n) (varchar(20000) -> TEXT), char(n) -> CHAR(n),
-- timestamp(tz) -> DATETIME, double precision -> DOUBLE, real -> FLOAT, json and varchar[] -> JSON, the PostGIS
-- geometry(POINT, 900913) columns `geom` -> GEOMETRY, the Knex enum of `bsd_calls.reason_not_completed` -> ENUM.
-- Defaults kept except `bsd_call_assignments.start_dt`, whose default is the literal time the migration ran.
-- Primary, unique and foreign keys as in the catalogue; five BIGINT columns that reference an INT key take INT, as MySQL
-- requires (bsd_call_assignments.caller_group, contact_call_actions/contact_text_actions.contact_assignment_id,
-- event_files.event_file_type_id, user_user_groups.user_group_id); plain indexes and Knex's own `knex_migrations` and
-- `knex_migrations_lock` left out. No application table is left out.

CREATE TABLE `bsd_addresses` (
  `cons_addr_id` BIGINT NOT NULL,
  `cons_id` BIGINT NOT NULL,
  `is_primary` TINYINT(1),
  `addr1` VARCHAR(300),
  `addr2` VARCHAR(300),
  `addr3` VARCHAR(300),
  `city` VARCHAR(200),
  `state_cd` VARCHAR(200),
  `zip` VARCHAR(30),
  `zip_4` VARCHAR(20),
  `country` CHAR(2),
  `latitude` DOUBLE NOT NULL,
  `longitude` DOUBLE NOT NULL,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `geom` GEOMETRY,
  PRIMARY KEY (`cons_addr_id`)
);

CREATE TABLE `bsd_audits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `class` VARCHAR(255) NOT NULL,
  `method` VARCHAR(255) NOT NULL,
  `params` TEXT NOT NULL,
  `error` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `bsd_emails` (
  `cons_email_id` BIGINT NOT NULL,
  `cons_id` BIGINT NOT NULL,
  `is_primary` TINYINT(1) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  PRIMARY KEY (`cons_email_id`)
);

CREATE TABLE `bsd_event_attendees` (
  `event_attendee_id` BIGINT NOT NULL,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `attendee_cons_id` BIGINT NOT NULL,
  `event_id` BIGINT NOT NULL,
  PRIMARY KEY (`event_attendee_id`)
);

CREATE TABLE `bsd_event_shifts` (
  `event_shift_id` BIGINT,
  `event_id` BIGINT,
  `start_time` TIME,
  `start_dt` DATETIME,
  `end_time` TIME,
  `end_dt` DATETIME,
  `capacity` BIGINT
);

CREATE TABLE `bsd_event_types` (
  `event_type_id` BIGINT NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  PRIMARY KEY (`event_type_id`)
);

CREATE TABLE `bsd_events` (
  `event_id` BIGINT NOT NULL,
  `event_id_obfuscated` VARCHAR(16),
  `flag_approval` TINYINT(1) NOT NULL,
  `name` VARCHAR(256) NOT NULL,
  `description` TEXT NOT NULL,
  `venue_name` VARCHAR(300) NOT NULL,
  `venue_zip` VARCHAR(16),
  `venue_city` VARCHAR(128) NOT NULL,
  `venue_state_cd` CHAR(100) NOT NULL,
  `venue_addr1` VARCHAR(255) NOT NULL,
  `venue_addr2` VARCHAR(255),
  `venue_country` CHAR(2) NOT NULL,
  `venue_directions` TEXT,
  `start_tz` VARCHAR(40),
  `start_dt` DATETIME,
  `duration` BIGINT,
  `capacity` BIGINT NOT NULL,
  `attendee_volunteer_show` BIGINT NOT NULL,
  `attendee_volunteer_message` TEXT,
  `is_searchable` BIGINT NOT NULL,
  `public_phone` TINYINT(1) NOT NULL,
  `contact_phone` VARCHAR(25),
  `host_receive_rsvp_emails` TINYINT(1) NOT NULL,
  `rsvp_use_reminder_email` TINYINT(1) NOT NULL,
  `rsvp_email_reminder_hours` BIGINT,
  `latitude` DOUBLE NOT NULL,
  `longitude` DOUBLE NOT NULL,
  `creator_cons_id` BIGINT NOT NULL,
  `event_type_id` BIGINT NOT NULL,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `geom` GEOMETRY,
  `is_official` TINYINT(1),
  `creator_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`event_id`)
);

CREATE TABLE `bsd_groups` (
  `cons_group_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  PRIMARY KEY (`cons_group_id`)
);

CREATE TABLE `bsd_people` (
  `cons_id` BIGINT NOT NULL,
  `prefix` VARCHAR(16),
  `firstname` VARCHAR(256),
  `middlename` VARCHAR(128),
  `lastname` VARCHAR(256),
  `suffix` VARCHAR(16),
  `gender` CHAR(1),
  `birth_dt` DATETIME,
  `title` VARCHAR(128),
  `employer` VARCHAR(128),
  `occupation` VARCHAR(255),
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  PRIMARY KEY (`cons_id`)
);

CREATE TABLE `bsd_person_bsd_groups` (
  `cons_id` BIGINT NOT NULL,
  `cons_group_id` BIGINT NOT NULL,
  PRIMARY KEY (`cons_id`, `cons_group_id`)
);

CREATE TABLE `bsd_person_gc_bsd_groups` (
  `cons_id` BIGINT NOT NULL,
  `gc_bsd_group_id` INT NOT NULL,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `bsd_phones` (
  `cons_phone_id` BIGINT NOT NULL,
  `cons_id` BIGINT NOT NULL,
  `is_primary` TINYINT(1) NOT NULL,
  `phone` VARCHAR(30) NOT NULL,
  `isunsub` TINYINT(1),
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  PRIMARY KEY (`cons_phone_id`)
);

CREATE TABLE `bsd_subscriptions` (
  `cons_email_chapter_subscription_id` BIGINT,
  `cons_email_id` BIGINT,
  `cons_id` BIGINT,
  `chapter_id` BIGINT,
  `isunsub` TINYINT(1),
  `unsub_dt` DATETIME,
  `modified_dt` DATETIME
);

CREATE TABLE `bsd_survey_fields` (
  `signup_form_field_id` BIGINT NOT NULL,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `signup_form_id` BIGINT NOT NULL,
  `stg_signup_column_name` VARCHAR(64),
  `format` INT NOT NULL,
  `label` TEXT,
  `display_order` INT NOT NULL,
  `is_shown` TINYINT(1) NOT NULL,
  `is_required` TINYINT(1) NOT NULL,
  `description` VARCHAR(255),
  PRIMARY KEY (`signup_form_field_id`)
);

CREATE TABLE `bsd_surveys` (
  `signup_form_id` BIGINT NOT NULL,
  `signup_form_slug` VARCHAR(100),
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  PRIMARY KEY (`signup_form_id`)
);

CREATE TABLE `communications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `person_id` INT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contact_assignments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `expires` DATETIME NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `description` VARCHAR(2000) NOT NULL,
  `instructions` VARCHAR(2000) NOT NULL,
  `require_call_first` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `contact_call_actions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contact_assignment_id` INT NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `call_script` VARCHAR(1000) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_call_actions_contact_assignment_id_foreign` FOREIGN KEY (`contact_assignment_id`) REFERENCES `contact_assignments` (`id`)
);

CREATE TABLE `contact_text_actions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contact_assignment_id` INT NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `message_content` VARCHAR(320) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_text_actions_contact_assignment_id_foreign` FOREIGN KEY (`contact_assignment_id`) REFERENCES `contact_assignments` (`id`)
);

CREATE TABLE `event_file_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `create_dt` DATETIME NOT NULL,
  `modified_dt` DATETIME NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `description` VARCHAR(2000),
  `slug` VARCHAR(64) NOT NULL,
  UNIQUE KEY `event_file_types_slug_unique` (`slug`),
  PRIMARY KEY (`id`)
);

CREATE TABLE `event_host_moderation_advisory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `create_dt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `email` VARCHAR(255) NOT NULL,
  UNIQUE KEY `event_host_moderation_advisory_email_unique` (`email`),
  PRIMARY KEY (`id`)
);

CREATE TABLE `fast_fwd_request` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_id` BIGINT NOT NULL,
  `host_message` TEXT NOT NULL,
  `email_sent_dt` DATETIME,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gc_bsd_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `query` TEXT,
  `cons_group_id` BIGINT,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gc_bsd_surveys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `processors` JSON NOT NULL,
  `signup_form_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sessions` (
  `sid` VARCHAR(255) NOT NULL,
  `sess` JSON NOT NULL,
  `expired` DATETIME NOT NULL,
  PRIMARY KEY (`sid`)
);

CREATE TABLE `user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `bsd_call_assignments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `gc_bsd_survey_id` BIGINT NOT NULL,
  `interviewee_group` BIGINT NOT NULL,
  `instructions` TEXT,
  `start_dt` DATETIME NOT NULL,
  `end_dt` DATETIME,
  `caller_group` INT,
  `renderer` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `bsd_call_assignments_caller_group_foreign` FOREIGN KEY (`caller_group`) REFERENCES `user_groups` (`id`),
  CONSTRAINT `bsd_call_assignments_gc_bsd_group_id_foreign` FOREIGN KEY (`interviewee_group`) REFERENCES `gc_bsd_groups` (`id`),
  CONSTRAINT `bsd_call_assignments_gc_bsd_survey_id_foreign` FOREIGN KEY (`gc_bsd_survey_id`) REFERENCES `gc_bsd_surveys` (`id`)
);

CREATE TABLE `gc_bsd_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_id` BIGINT,
  `turn_out_assignment` BIGINT,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `followup_emailed` TINYINT(1) NOT NULL,
  `fast_fwd_instructions_sent` TINYINT(1) NOT NULL DEFAULT 0,
  `pending_review` TINYINT(1) NOT NULL DEFAULT 1,
  UNIQUE KEY `gc_bsd_events_event_id_unique` (`event_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `gc_bsd_events_turn_out_assignment_foreign` FOREIGN KEY (`turn_out_assignment`) REFERENCES `bsd_call_assignments` (`id`)
);

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `is_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `password` VARCHAR(255),
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `cons_id` BIGINT,
  `is_superuser` TINYINT(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `users_email_unique` (`email`),
  PRIMARY KEY (`id`)
);

CREATE TABLE `bsd_assigned_calls` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `caller_id` BIGINT NOT NULL,
  `interviewee_id` BIGINT NOT NULL,
  `call_assignment_id` BIGINT NOT NULL,
  UNIQUE KEY `bsd_assigned_calls_caller_id_call_assignment_id_unique` (`caller_id`, `call_assignment_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `bsd_assigned_calls_call_assignment_id_foreign` FOREIGN KEY (`call_assignment_id`) REFERENCES `bsd_call_assignments` (`id`),
  CONSTRAINT `bsd_assigned_calls_caller_id_foreign` FOREIGN KEY (`caller_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `bsd_calls` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `attempted_at` DATETIME NOT NULL,
  `left_voicemail` TINYINT(1),
  `sent_text` TINYINT(1),
  `reason_not_completed` ENUM('NO_PICKUP', 'CALL_BACK', 'NOT_INTERESTED', 'OTHER_LANGUAGE', 'WRONG_NUMBER', 'DISCONNECTED_NUMBER'),
  `caller_id` BIGINT NOT NULL,
  `interviewee_id` BIGINT NOT NULL,
  `call_assignment_id` BIGINT NOT NULL,
  `completed` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `bsd_calls_call_assignment_id_foreign` FOREIGN KEY (`call_assignment_id`) REFERENCES `bsd_call_assignments` (`id`),
  CONSTRAINT `bsd_calls_caller_id_foreign` FOREIGN KEY (`caller_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `event_files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_file_type_id` INT,
  `event_id` BIGINT,
  `uploader_id` BIGINT,
  `create_dt` DATETIME NOT NULL,
  `modified_dt` DATETIME NOT NULL,
  `mime_type` VARCHAR(64) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `notes` VARCHAR(2000),
  `s3_key` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_files_event_file_type_id_foreign` FOREIGN KEY (`event_file_type_id`) REFERENCES `event_file_types` (`id`),
  CONSTRAINT `event_files_uploader_id_foreign` FOREIGN KEY (`uploader_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_user_groups` (
  `user_id` BIGINT NOT NULL,
  `user_group_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `user_group_id`),
  CONSTRAINT `user_user_groups_user_group_id_foreign` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`),
  CONSTRAINT `user_user_groups_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `zip_codes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `modified_dt` DATETIME NOT NULL,
  `create_dt` DATETIME NOT NULL,
  `zip` VARCHAR(255),
  `city` VARCHAR(255) NOT NULL,
  `state` VARCHAR(255) NOT NULL,
  `latitude` FLOAT NOT NULL,
  `longitude` FLOAT NOT NULL,
  `timezone_offset` INT NOT NULL,
  `has_dst` TINYINT(1) NOT NULL,
  `geom` GEOMETRY,
  UNIQUE KEY `zip_codes_zip_unique` (`zip`),
  PRIMARY KEY (`id`)
);
