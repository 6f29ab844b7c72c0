-- Bridge Troll (railsbridge/bridge_troll, commit 40747c6510014958c9519d3708b5dc9325a0cc1c, MIT)
-- db/schema.rb (ActiveRecord::Schema[8.0], PostgreSQL) written as MySQL DDL; indexes left out, the implicit bigint `id` spelled out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `authentications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `provider` varchar(255),
  `uid` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);
-- upstream foreign key authentications.user_id (int) -> users.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `chapter_leaderships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `chapter_id` int,
  PRIMARY KEY (`id`)
);
-- upstream foreign key chapter_leaderships.chapter_id (int) -> chapters.id (bigint): not declared here, MariaDB refuses mismatched types
-- upstream foreign key chapter_leaderships.user_id (int) -> users.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `chapters` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `events_count` int DEFAULT 0,
  `external_events_count` int DEFAULT 0,
  `organization_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);
-- upstream foreign key chapters.organization_id (int) -> organizations.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `courses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `title` varchar(255),
  `description` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `dietary_restrictions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `restriction` varchar(255),
  `rsvp_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);
-- upstream foreign key dietary_restrictions.rsvp_id (int) -> rsvps.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `event_email_recipients` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_email_id` int,
  `recipient_rsvp_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);
-- upstream foreign key event_email_recipients.event_email_id (int) -> event_emails.id (bigint): not declared here, MariaDB refuses mismatched types
-- upstream foreign key event_email_recipients.recipient_rsvp_id (int) -> rsvps.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `event_emails` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `sender_id` int,
  `subject` varchar(255),
  `body` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);
-- upstream foreign key event_emails.event_id (int) -> events.id (bigint): not declared here, MariaDB refuses mismatched types
-- upstream foreign key event_emails.sender_id (int) -> users.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `event_sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `starts_at` datetime,
  `ends_at` datetime,
  `event_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `required_for_students` tinyint(1) DEFAULT 1,
  `volunteers_only` tinyint(1) DEFAULT 0,
  `location_id` int,
  PRIMARY KEY (`id`)
);
-- upstream foreign key event_sessions.event_id (int) -> events.id (bigint): not declared here, MariaDB refuses mismatched types
-- upstream foreign key event_sessions.location_id (int) -> locations.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `location_id` int,
  `details` text,
  `time_zone` varchar(255),
  `volunteer_details` text,
  `public_email` varchar(255),
  `starts_at` datetime,
  `ends_at` datetime,
  `student_rsvp_limit` int,
  `course_id` int,
  `allow_student_rsvp` tinyint(1) DEFAULT 1,
  `student_details` text,
  `spam` tinyint(1) DEFAULT 0,
  `plus_one_host_toggle` tinyint(1) DEFAULT 1,
  `email_on_approval` tinyint(1) DEFAULT 1,
  `student_rsvps_count` int DEFAULT 0,
  `student_waitlist_rsvps_count` int DEFAULT 0,
  `volunteer_rsvps_count` int DEFAULT 0,
  `survey_sent_at` datetime,
  `has_childcare` tinyint(1) DEFAULT 1,
  `restrict_operating_systems` tinyint(1) DEFAULT 0,
  `allowed_operating_system_ids` varchar(255),
  `volunteer_rsvp_limit` int,
  `volunteer_waitlist_rsvps_count` int DEFAULT 0,
  `target_audience` varchar(255),
  `open` tinyint(1) DEFAULT 1,
  `survey_greeting` text,
  `announcement_email_sent_at` datetime,
  `current_state` int DEFAULT 0,
  `imported_event_data` varchar(255),
  `chapter_id` int NOT NULL,
  `food_provided` tinyint(1) NOT NULL DEFAULT 1,
  `custom_question` text,
  PRIMARY KEY (`id`)
);
-- upstream foreign key events.chapter_id (int) -> chapters.id (bigint): not declared here, MariaDB refuses mismatched types
-- upstream foreign key events.location_id (int) -> locations.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `external_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `url` varchar(255),
  `starts_at` date,
  `ends_at` date,
  `city` varchar(255),
  `location` varchar(255),
  `organizers` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `region_id` int,
  `chapter_id` int,
  PRIMARY KEY (`id`)
);
-- upstream foreign key external_events.chapter_id (int) -> chapters.id (bigint): not declared here, MariaDB refuses mismatched types
-- upstream foreign key external_events.region_id (int) -> regions.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `levels` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `course_id` int,
  `num` int,
  `color` varchar(255),
  `title` varchar(255),
  `level_description` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `locations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `address_1` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `address_2` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `zip` varchar(255),
  `latitude` double,
  `longitude` double,
  `gmaps` tinyint(1),
  `events_count` int DEFAULT 0,
  `region_id` int,
  `contact_info` text,
  `notes` text,
  `archived_at` datetime,
  PRIMARY KEY (`id`)
);
-- upstream foreign key locations.region_id (int) -> regions.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `meetup_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `full_name` varchar(255),
  `meetup_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `organization_leaderships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `organization_id` int,
  PRIMARY KEY (`id`)
);
-- upstream foreign key organization_leaderships.organization_id (int) -> organizations.id (bigint): not declared here, MariaDB refuses mismatched types
-- upstream foreign key organization_leaderships.user_id (int) -> users.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `organization_subscriptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `organization_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `organizations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `code_of_conduct_url` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `profiles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `childcaring` tinyint(1),
  `writing` tinyint(1),
  `designing` tinyint(1),
  `mentoring` tinyint(1),
  `macosx` tinyint(1),
  `windows` tinyint(1),
  `linux` tinyint(1),
  `other` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `bio` text,
  `outreach` tinyint(1),
  `github_username` varchar(255),
  `twitter_username` varchar(255),
  PRIMARY KEY (`id`)
);
-- upstream foreign key profiles.user_id (int) -> users.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `region_leaderships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `region_id` int,
  PRIMARY KEY (`id`)
);
-- upstream foreign key region_leaderships.region_id (int) -> regions.id (bigint): not declared here, MariaDB refuses mismatched types
-- upstream foreign key region_leaderships.user_id (int) -> users.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `regions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `locations_count` int DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `external_events_count` int DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `regions_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `region_id` int,
  `user_id` int,
  PRIMARY KEY (`id`)
);
-- upstream foreign key regions_users.region_id (int) -> regions.id (bigint): not declared here, MariaDB refuses mismatched types
-- upstream foreign key regions_users.user_id (int) -> users.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `rsvp_sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rsvp_id` int,
  `event_session_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `checked_in` tinyint(1) DEFAULT 0,
  `reminded_at` datetime,
  PRIMARY KEY (`id`)
);
-- upstream foreign key rsvp_sessions.event_session_id (int) -> event_sessions.id (bigint): not declared here, MariaDB refuses mismatched types
-- upstream foreign key rsvp_sessions.rsvp_id (int) -> rsvps.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `rsvps` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `event_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `role_id` int,
  `subject_experience` varchar(250),
  `teaching` tinyint(1) NOT NULL DEFAULT 0,
  `taing` tinyint(1) NOT NULL DEFAULT 0,
  `volunteer_assignment_id` int NOT NULL DEFAULT 1,
  `user_type` varchar(255),
  `teaching_experience` varchar(250),
  `childcare_info` text,
  `operating_system_id` int,
  `job_details` text,
  `class_level` int,
  `checkins_count` int DEFAULT 0,
  `reminded_at` datetime,
  `waitlist_position` int,
  `dietary_info` varchar(255),
  `section_id` int,
  `checkiner` tinyint(1) DEFAULT 0,
  `plus_one_host` text,
  `token` varchar(255),
  `custom_question_answer` text,
  PRIMARY KEY (`id`)
);
-- upstream foreign key rsvps.event_id (int) -> events.id (bigint): not declared here, MariaDB refuses mismatched types
-- upstream foreign key rsvps.section_id (int) -> sections.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `sections` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_id` int,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `class_level` int,
  PRIMARY KEY (`id`)
);
-- upstream foreign key sections.event_id (int) -> events.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `surveys` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rsvp_id` int,
  `good_things` text,
  `bad_things` text,
  `other_comments` text,
  `recommendation_likelihood` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `appropriate_for_skill` text,
  PRIMARY KEY (`id`)
);
-- upstream foreign key surveys.rsvp_id (int) -> rsvps.id (bigint): not declared here, MariaDB refuses mismatched types

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `admin` tinyint(1) DEFAULT 0,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `time_zone` varchar(255),
  `gender` varchar(255),
  `allow_event_email` tinyint(1) DEFAULT 1,
  `publisher` tinyint(1) DEFAULT 0,
  `spammer` tinyint(1) DEFAULT 0,
  `authentications_count` int DEFAULT 0,
  `external_event_editor` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

