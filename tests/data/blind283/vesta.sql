-- Vesta (Yale Student Technology Collaborative): the housing draw of Yale College's residential colleges --
-- students' intent to live on campus, housing groups and lottery numbers, suite and room selection.
-- github.com/YaleSTC/vesta, commit 1a6a4adc060db46c806c71403fb16c3e7515758c (GPL-3.0).
-- Source: db/schema.rb (ActiveRecord::Schema version 20191108171248; PostgreSQL, one schema per college through the
-- Apartment gem, `colleges` and `users` in the shared schema), written as MySQL by a small converter: Rails' implicit
-- `id` bigint -> BIGINT AUTO_INCREMENT; string -> VARCHAR(255); text -> TEXT; integer -> INT; bigint -> BIGINT;
-- boolean -> TINYINT(1); datetime -> DATETIME (Rails 5.2 dumps no precision); date -> DATE; integer arrays -> JSON
-- (default dropped); inet -> VARCHAR(45). Columns in the order of schema.rb. Unique indexes -> UNIQUE KEY;
-- add_foreign_key -> FOREIGN KEY (`shared.users` -> `users`); plain indexes and the `lottery_base_views` view
-- left out. Tables are ordered so that a referenced table comes first. Every table kept.

CREATE TABLE `buildings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `full_name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `abbreviation` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `draws` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `status` int NOT NULL DEFAULT 0,
  `intent_deadline` date,
  `restricted_sizes` json NOT NULL,
  `intent_locked` tinyint(1) NOT NULL DEFAULT 0,
  `last_email_sent` datetime,
  `email_type` int,
  `locking_deadline` date,
  `suite_selection_mode` int NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `clips` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `draw_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`draw_id`) REFERENCES `draws` (`id`)
);

CREATE TABLE `colleges` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `dean` varchar(255) NOT NULL,
  `admin_email` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `floor_plan_url` varchar(255),
  `student_info_text` text,
  `subdomain` varchar(255) NOT NULL,
  `size_sort` int NOT NULL DEFAULT 0,
  `advantage_clips` tinyint(1) NOT NULL DEFAULT 0,
  `restrict_clipping_group_size` tinyint(1) NOT NULL DEFAULT 0,
  `allow_clipping` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_colleges_on_subdomain` (`subdomain`)
);

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(45),
  `last_sign_in_ip` varchar(45),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `role` int NOT NULL DEFAULT 0,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `username` varchar(255),
  `class_year` int,
  `tos_accepted` datetime,
  `college_id` bigint,
  `student_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_student_id` (`student_id`),
  UNIQUE KEY `index_users_on_username` (`username`),
  FOREIGN KEY (`college_id`) REFERENCES `colleges` (`id`)
);

CREATE TABLE `draw_memberships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `draw_id` bigint,
  `old_draw_id` bigint,
  `intent` int NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`draw_id`) REFERENCES `draws` (`id`),
  FOREIGN KEY (`old_draw_id`) REFERENCES `draws` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `lottery_assignments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `draw_id` bigint,
  `number` int NOT NULL,
  `selected` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `clip_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_lottery_assignments_on_draw_id_and_number` (`draw_id`, `number`),
  FOREIGN KEY (`clip_id`) REFERENCES `clips` (`id`),
  FOREIGN KEY (`draw_id`) REFERENCES `draws` (`id`)
);

CREATE TABLE `groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `size` int NOT NULL DEFAULT 1,
  `status` int NOT NULL DEFAULT 0,
  `draw_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `memberships_count` int NOT NULL DEFAULT 0,
  `transfers` int NOT NULL DEFAULT 0,
  `lottery_assignment_id` bigint,
  `leader_draw_membership_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_groups_on_leader_draw_membership_id` (`leader_draw_membership_id`),
  FOREIGN KEY (`leader_draw_membership_id`) REFERENCES `draw_memberships` (`id`),
  FOREIGN KEY (`draw_id`) REFERENCES `draws` (`id`),
  FOREIGN KEY (`lottery_assignment_id`) REFERENCES `lottery_assignments` (`id`)
);

CREATE TABLE `clip_memberships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `clip_id` bigint,
  `group_id` bigint,
  `confirmed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`clip_id`) REFERENCES `clips` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
);

CREATE TABLE `delayed_jobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL DEFAULT 0,
  `attempts` int NOT NULL DEFAULT 0,
  `handler` text NOT NULL,
  `last_error` text,
  `run_at` datetime,
  `locked_at` datetime,
  `failed_at` datetime,
  `locked_by` varchar(255),
  `queue` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `tenant` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `suites` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `building_id` bigint,
  `number` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `size` int NOT NULL DEFAULT 0,
  `medical` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`building_id`) REFERENCES `buildings` (`id`)
);

CREATE TABLE `draw_suites` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `draw_id` bigint NOT NULL,
  `suite_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_draw_suites_on_draw_id_and_suite_id` (`draw_id`, `suite_id`),
  FOREIGN KEY (`draw_id`) REFERENCES `draws` (`id`),
  FOREIGN KEY (`suite_id`) REFERENCES `suites` (`id`)
);

CREATE TABLE `memberships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `group_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `status` int NOT NULL DEFAULT 0,
  `locked` tinyint(1) NOT NULL DEFAULT 0,
  `draw_membership_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`draw_membership_id`) REFERENCES `draw_memberships` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
);

CREATE TABLE `rooms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `suite_id` bigint,
  `number` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `beds` int NOT NULL DEFAULT 0,
  `original_suite` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`suite_id`) REFERENCES `suites` (`id`)
);

CREATE TABLE `room_assignments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `room_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `draw_membership_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`draw_membership_id`) REFERENCES `draw_memberships` (`id`),
  FOREIGN KEY (`room_id`) REFERENCES `rooms` (`id`)
);

CREATE TABLE `suite_assignments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `suite_id` bigint NOT NULL,
  `group_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_suite_assignments_on_group_id` (`group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  FOREIGN KEY (`suite_id`) REFERENCES `suites` (`id`)
);

