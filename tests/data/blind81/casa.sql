-- CASA Volunteer Tracking (rubyforgood/casa), db/schema.rb at commit 5ad2d6ae14d4561b59919dd983aff6b28e5a7735 (MIT),
-- Rails schema (PostgreSQL) written as MySQL DDL: 44 of its 62 tables, columns, column order and types as upstream
-- (jsonb -> JSON, PostgreSQL arrays -> JSON); indexes and check constraints left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `additional_expenses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `case_contact_id` BIGINT NOT NULL,
  `other_expense_amount` DECIMAL(65,30),
  `other_expenses_describe` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_contact_id`) REFERENCES `case_contacts` (`id`)
);

CREATE TABLE `addresses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content` VARCHAR(255),
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `line_1` VARCHAR(255),
  `line_2` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `zip` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `all_casa_admins` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `invitation_token` VARCHAR(255),
  `invitation_created_at` DATETIME,
  `invitation_sent_at` DATETIME,
  `invitation_accepted_at` DATETIME,
  `invitation_limit` INT,
  `invited_by_id` INT,
  `invited_by_type` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_credentials` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `token_expires_at` DATETIME(6),
  `refresh_token_expires_at` DATETIME(6),
  `api_token_digest` VARCHAR(255),
  `refresh_token_digest` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `banners` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `casa_org_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255),
  `active` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_org_id`) REFERENCES `casa_orgs` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `casa_case_contact_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `contact_type_id` BIGINT NOT NULL,
  `casa_case_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `casa_case_emancipation_categories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `casa_case_id` BIGINT NOT NULL,
  `emancipation_category_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_case_id`) REFERENCES `casa_cases` (`id`),
  FOREIGN KEY (`emancipation_category_id`) REFERENCES `emancipation_categories` (`id`)
);

CREATE TABLE `casa_case_emancipation_options` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `casa_case_id` BIGINT NOT NULL,
  `emancipation_option_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_case_id`) REFERENCES `casa_cases` (`id`),
  FOREIGN KEY (`emancipation_option_id`) REFERENCES `emancipation_options` (`id`)
);

CREATE TABLE `casa_cases` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `case_number` VARCHAR(255) NOT NULL,
  `transition_aged_youth` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `casa_org_id` BIGINT NOT NULL,
  `birth_month_year_youth` DATETIME,
  `court_report_due_date` DATETIME,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `court_report_submitted_at` DATETIME,
  `court_report_status` INT DEFAULT 0,
  `slug` VARCHAR(255),
  `date_in_care` DATETIME(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_org_id`) REFERENCES `casa_orgs` (`id`)
);

CREATE TABLE `casa_orgs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `display_name` VARCHAR(255),
  `address` VARCHAR(255),
  `footer_links` JSON,
  `slug` VARCHAR(255),
  `show_driving_reimbursement` TINYINT(1) DEFAULT 1,
  `show_fund_request` TINYINT(1) DEFAULT 0,
  `twilio_phone_number` VARCHAR(255),
  `twilio_account_sid` VARCHAR(255),
  `twilio_api_key_sid` VARCHAR(255),
  `twilio_api_key_secret` VARCHAR(255),
  `twilio_enabled` TINYINT(1) DEFAULT 0,
  `additional_expenses_enabled` TINYINT(1) DEFAULT 0,
  `learning_topic_active` TINYINT(1) DEFAULT 0,
  `other_duties_enabled` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `case_assignments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `casa_case_id` BIGINT NOT NULL,
  `volunteer_id` BIGINT NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `hide_old_contacts` TINYINT(1) DEFAULT 0,
  `allow_reimbursement` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_case_id`) REFERENCES `casa_cases` (`id`),
  FOREIGN KEY (`volunteer_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `case_contact_contact_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `case_contact_id` BIGINT NOT NULL,
  `contact_type_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `case_contacts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `creator_id` BIGINT NOT NULL,
  `casa_case_id` BIGINT,
  `duration_minutes` INT,
  `occurred_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `contact_made` TINYINT(1) DEFAULT 0,
  `medium_type` VARCHAR(255),
  `miles_driven` INT NOT NULL DEFAULT 0,
  `want_driving_reimbursement` TINYINT(1) DEFAULT 0,
  `notes` VARCHAR(255),
  `deleted_at` DATETIME,
  `reimbursement_complete` TINYINT(1) DEFAULT 0,
  `status` VARCHAR(255) DEFAULT 'started',
  `draft_case_ids` JSON,
  `volunteer_address` VARCHAR(255),
  `metadata` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_case_id`) REFERENCES `casa_cases` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `case_court_orders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `casa_case_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `implementation_status` INT,
  `court_date_id` BIGINT,
  `text` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_case_id`) REFERENCES `casa_cases` (`id`)
);

CREATE TABLE `case_group_memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `case_group_id` BIGINT NOT NULL,
  `casa_case_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_case_id`) REFERENCES `casa_cases` (`id`),
  FOREIGN KEY (`case_group_id`) REFERENCES `case_groups` (`id`)
);

CREATE TABLE `case_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `casa_org_id` BIGINT NOT NULL,
  `name` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_org_id`) REFERENCES `casa_orgs` (`id`)
);

CREATE TABLE `contact_topic_answers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `value` TEXT,
  `case_contact_id` BIGINT NOT NULL,
  `contact_topic_id` BIGINT,
  `selected` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`case_contact_id`) REFERENCES `case_contacts` (`id`),
  FOREIGN KEY (`contact_topic_id`) REFERENCES `contact_topics` (`id`)
);

CREATE TABLE `contact_topics` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `casa_org_id` BIGINT NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `soft_delete` TINYINT(1) NOT NULL DEFAULT 0,
  `details` TEXT,
  `question` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `exclude_from_court_report` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_org_id`) REFERENCES `casa_orgs` (`id`)
);

CREATE TABLE `contact_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `contact_type_group_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `court_dates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `date` DATETIME NOT NULL,
  `casa_case_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `hearing_type_id` BIGINT,
  `judge_id` BIGINT,
  `court_report_due_date` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_case_id`) REFERENCES `casa_cases` (`id`)
);

CREATE TABLE `emancipation_categories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `mutually_exclusive` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `emancipation_options` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `emancipation_category_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`emancipation_category_id`) REFERENCES `emancipation_categories` (`id`)
);

CREATE TABLE `followups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `case_contact_id` BIGINT,
  `creator_id` BIGINT,
  `status` INT DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `note` TEXT,
  `followupable_id` BIGINT,
  `followupable_type` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `fund_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `submitter_email` TEXT,
  `youth_name` TEXT,
  `payment_amount` TEXT,
  `deadline` TEXT,
  `request_purpose` TEXT,
  `payee_name` TEXT,
  `requested_by_and_relationship` TEXT,
  `other_funding_source_sought` TEXT,
  `impact` TEXT,
  `extra_information` TEXT,
  `timestamps` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `hearing_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `casa_org_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `checklist_updated_date` VARCHAR(255) NOT NULL DEFAULT 'None',
  PRIMARY KEY (`id`)
);

CREATE TABLE `judges` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `casa_org_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `active` TINYINT(1) DEFAULT 1,
  `name` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_org_id`) REFERENCES `casa_orgs` (`id`)
);

CREATE TABLE `languages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `casa_org_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_org_id`) REFERENCES `casa_orgs` (`id`)
);

CREATE TABLE `learning_hour_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `casa_org_id` BIGINT NOT NULL,
  `name` VARCHAR(255),
  `active` TINYINT(1) DEFAULT 1,
  `position` INT DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_org_id`) REFERENCES `casa_orgs` (`id`)
);

CREATE TABLE `learning_hours` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `duration_minutes` INT NOT NULL,
  `duration_hours` INT NOT NULL,
  `occurred_at` DATETIME NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `learning_hour_type_id` BIGINT,
  `learning_hour_topic_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`learning_hour_type_id`) REFERENCES `learning_hour_types` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `login_activities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `scope` VARCHAR(255),
  `strategy` VARCHAR(255),
  `identity` VARCHAR(255),
  `success` TINYINT(1),
  `failure_reason` VARCHAR(255),
  `user_type` VARCHAR(255),
  `user_id` BIGINT,
  `context` VARCHAR(255),
  `ip` VARCHAR(255),
  `user_agent` TEXT,
  `referrer` TEXT,
  `city` VARCHAR(255),
  `region` VARCHAR(255),
  `country` VARCHAR(255),
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `created_at` DATETIME(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `mileage_rates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(65,30),
  `effective_date` DATE,
  `is_active` TINYINT(1) DEFAULT 1,
  `user_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `casa_org_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_org_id`) REFERENCES `casa_orgs` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `notes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content` VARCHAR(255),
  `creator_id` BIGINT,
  `notable_type` VARCHAR(255),
  `notable_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `noticed_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255),
  `event_id` BIGINT NOT NULL,
  `recipient_type` VARCHAR(255) NOT NULL,
  `recipient_id` BIGINT NOT NULL,
  `read_at` DATETIME,
  `seen_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `other_duties` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `creator_id` BIGINT NOT NULL,
  `creator_type` VARCHAR(255),
  `occurred_at` DATETIME,
  `duration_minutes` BIGINT,
  `notes` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `placement_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `casa_org_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_org_id`) REFERENCES `casa_orgs` (`id`)
);

CREATE TABLE `placements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `placement_started_at` DATETIME(6) NOT NULL,
  `placement_type_id` BIGINT NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `casa_case_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_case_id`) REFERENCES `casa_cases` (`id`),
  FOREIGN KEY (`placement_type_id`) REFERENCES `placement_types` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `preference_sets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `case_volunteer_columns` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `table_state` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `sent_emails` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `casa_org_id` BIGINT NOT NULL,
  `mailer_type` VARCHAR(255),
  `category` VARCHAR(255),
  `sent_address` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_org_id`) REFERENCES `casa_orgs` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `sms_notification_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `user_type` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `supervisor_volunteers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `supervisor_id` BIGINT NOT NULL,
  `volunteer_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `is_active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`supervisor_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`volunteer_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_languages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `language_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_reminder_times` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `case_contact_types` DATETIME(6),
  `no_contact_made` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_sms_notification_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `sms_notification_event_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`sms_notification_event_id`) REFERENCES `sms_notification_events` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `casa_org_id` BIGINT NOT NULL,
  `display_name` VARCHAR(255) NOT NULL DEFAULT '',
  `invitation_token` VARCHAR(255),
  `invitation_created_at` DATETIME,
  `invitation_sent_at` DATETIME,
  `invitation_accepted_at` DATETIME,
  `invitation_limit` INT,
  `invited_by_type` VARCHAR(255),
  `invited_by_id` BIGINT,
  `invitations_count` INT DEFAULT 0,
  `type` VARCHAR(255),
  `active` TINYINT(1) DEFAULT 1,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME,
  `last_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(255),
  `last_sign_in_ip` VARCHAR(255),
  `phone_number` VARCHAR(255) DEFAULT '',
  `receive_sms_notifications` TINYINT(1) NOT NULL DEFAULT 0,
  `receive_email_notifications` TINYINT(1) DEFAULT 1,
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME(6),
  `confirmation_sent_at` DATETIME(6),
  `unconfirmed_email` VARCHAR(255),
  `old_emails` JSON,
  `receive_reimbursement_email` TINYINT(1) DEFAULT 0,
  `monthly_learning_hours_report` TINYINT(1) NOT NULL DEFAULT 0,
  `date_of_birth` DATETIME(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`casa_org_id`) REFERENCES `casa_orgs` (`id`)
);
