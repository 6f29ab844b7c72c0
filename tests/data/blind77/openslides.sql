-- OpenSlides 4 (OpenSlides/openslides-meta), MIT licence
-- Source: github.com/OpenSlides/openslides-meta dev/sql/schema_relational.sql (generated from models.yml,
--         MODELS_YML_CHECKSUM 472dd223307f11a19a864edd93b78230), commit 73d0bf1110bff33de11d5854ea367c980fac54fa
-- PostgreSQL schema translated to MySQL/MariaDB DDL; 45 of its 73 tables (meeting_t, with its ~360 settings
-- columns, and theme_t, projector tables, tags, motion blocks, mediafile links and most n:m tables left out;
-- foreign keys to left-out tables dropped). Column names, order, NOT NULL, defaults, unique keys, indexes and
-- foreign keys (upstream's ALTER TABLE ... ADD CONSTRAINT written inline) as upstream; upstream column comments
-- kept. Type mapping: integer -> int, boolean -> tinyint(1), timestamptz -> datetime, jsonb -> json,
-- double precision -> double, xid8 -> bigint unsigned, PostgreSQL ENUM types -> enum, arrays -> text.
-- Upstream's GENERATED ALWAYS AS (split_part(...)) STORED columns (content_object_id_*, model_id_*, owner_id_*)
-- are plain int columns here; CHECK constraints, triggers and views left out.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `organization_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256),
  `description` text,
  `legal_notice` text,
  `privacy_policy` text,
  `login_text` text,
  `reset_password_verbose_errors` tinyint(1),
  `disable_forward_with_attachments` tinyint(1),
  `restrict_edit_forward_committees` tinyint(1),
  `enable_electronic_voting` tinyint(1),
  `enable_chat` tinyint(1),
  `limit_of_meetings` int DEFAULT 0 COMMENT 'Maximum of active meetings for the whole organization. 0 means no limitation at all',
  `limit_of_users` int DEFAULT 0 COMMENT 'Maximum of active users for the whole organization. 0 means no limitation at all',
  `default_language` enum('en','de','it','es','ru','cs','fr') DEFAULT 'en',
  `time_zone` text,
  `require_duplicate_from` tinyint(1),
  `enable_anonymous` tinyint(1),
  `restrict_editing_same_level_committee_admins` tinyint(1),
  `saml_enabled` tinyint(1),
  `saml_login_button_text` varchar(256) DEFAULT 'SAML login',
  `saml_attr_mapping` json,
  `saml_metadata_idp` text,
  `saml_metadata_sp` text,
  `saml_private_key` text,
  `theme_id` int NOT NULL,
  `users_email_sender` varchar(256) DEFAULT 'OpenSlides',
  `users_email_replyto` varchar(256),
  `users_email_subject` varchar(256) DEFAULT 'OpenSlides access data',
  `users_email_body` text DEFAULT 'Dear {name},\n\nthis is your personal OpenSlides login:\n\n{url}\nUsername: {username}\nPassword: {password}\n\n\nThis email was generated automatically.',
  `url` varchar(256) DEFAULT 'https://example.com',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_organization_theme_id` (`theme_id`),
  KEY `idx_organization_t_theme_id` (`theme_id`)
);

CREATE TABLE `committee_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `description` text,
  `external_id` varchar(256),
  `default_meeting_id` int,
  `parent_id` int,
  `organization_id` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_committee_external_id` (`external_id`),
  UNIQUE KEY `unique_committee_default_meeting_id` (`default_meeting_id`),
  KEY `idx_committee_t_default_meeting_id` (`default_meeting_id`),
  KEY `idx_committee_t_parent_id` (`parent_id`),
  KEY `idx_committee_t_organization_id` (`organization_id`),
  CONSTRAINT `fk_committee_t_parent_id_committee_t_id` FOREIGN KEY (`parent_id`) REFERENCES `committee_t` (`id`),
  CONSTRAINT `fk_committee_t_organization_id_organization_t_id` FOREIGN KEY (`organization_id`) REFERENCES `organization_t` (`id`)
);

CREATE TABLE `gender_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `organization_id` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_gender_name` (`name`),
  KEY `idx_gender_t_organization_id` (`organization_id`),
  CONSTRAINT `fk_gender_t_organization_id_organization_t_id` FOREIGN KEY (`organization_id`) REFERENCES `organization_t` (`id`)
);

CREATE TABLE `user_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(256) NOT NULL,
  `member_number` varchar(256),
  `saml_id` varchar(256) COMMENT 'unique-key from IdP for SAML login',
  `pronoun` varchar(32),
  `title` varchar(256),
  `first_name` varchar(256),
  `last_name` varchar(256),
  `is_active` tinyint(1) DEFAULT 1,
  `is_physical_person` tinyint(1) DEFAULT 1,
  `password` varchar(256),
  `default_password` varchar(256),
  `can_change_own_password` tinyint(1) DEFAULT 1,
  `email` varchar(256),
  `default_vote_weight` decimal(16,6) DEFAULT '1.000000',
  `last_email_sent` datetime,
  `is_demo_user` tinyint(1),
  `last_login` datetime,
  `external` tinyint(1),
  `gender_id` int,
  `organization_management_level` enum('superadmin','can_manage_organization','can_manage_users') COMMENT 'Hierarchical permission level for the whole organization.',
  `home_committee_id` int,
  `organization_id` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_username` (`username`),
  UNIQUE KEY `unique_user_member_number` (`member_number`),
  UNIQUE KEY `unique_user_saml_id` (`saml_id`),
  KEY `idx_user_t_gender_id` (`gender_id`),
  KEY `idx_user_t_home_committee_id` (`home_committee_id`),
  KEY `idx_user_t_organization_id` (`organization_id`),
  CONSTRAINT `fk_user_t_gender_id_gender_t_id` FOREIGN KEY (`gender_id`) REFERENCES `gender_t` (`id`),
  CONSTRAINT `fk_user_t_home_committee_id_committee_t_id` FOREIGN KEY (`home_committee_id`) REFERENCES `committee_t` (`id`),
  CONSTRAINT `fk_user_t_organization_id_organization_t_id` FOREIGN KEY (`organization_id`) REFERENCES `organization_t` (`id`)
);

CREATE TABLE `meeting_user_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `comment` text,
  `number` varchar(256),
  `about_me` text,
  `vote_weight` decimal(16,6),
  `locked_out` tinyint(1),
  `user_id` int NOT NULL,
  `meeting_id` int NOT NULL,
  `vote_delegated_to_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_meeting_user_meeting_id_user_id` (`meeting_id`, `user_id`),
  KEY `idx_meeting_user_t_user_id` (`user_id`),
  KEY `idx_meeting_user_t_meeting_id` (`meeting_id`),
  KEY `idx_meeting_user_t_vote_delegated_to_id` (`vote_delegated_to_id`),
  CONSTRAINT `fk_meeting_user_t_user_id_user_t_id` FOREIGN KEY (`user_id`) REFERENCES `user_t` (`id`),
  CONSTRAINT `fk_meeting_user_t_vote_delegated_to_id_meeting_user_t_id` FOREIGN KEY (`vote_delegated_to_id`) REFERENCES `meeting_user_t` (`id`)
);

CREATE TABLE `group_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `external_id` varchar(256),
  `name` varchar(256) NOT NULL,
  `permissions` text,
  `weight` int,
  `used_as_motion_poll_default_id` int,
  `used_as_assignment_poll_default_id` int,
  `used_as_topic_poll_default_id` int,
  `used_as_poll_default_id` int,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_group_meeting_id_external_id` (`meeting_id`, `external_id`),
  KEY `idx_group_t_used_as_motion_poll_default_id` (`used_as_motion_poll_default_id`),
  KEY `idx_group_t_used_as_assignment_poll_default_id` (`used_as_assignment_poll_default_id`),
  KEY `idx_group_t_used_as_topic_poll_default_id` (`used_as_topic_poll_default_id`),
  KEY `idx_group_t_used_as_poll_default_id` (`used_as_poll_default_id`),
  KEY `idx_group_t_meeting_id` (`meeting_id`)
);

CREATE TABLE `nm_group_meeting_user_ids_meeting_user_t` (
  `group_id` int NOT NULL,
  `meeting_user_id` int NOT NULL,
  PRIMARY KEY (`group_id`, `meeting_user_id`),
  CONSTRAINT `fk_nm_group_meeting_user_ids_meeting_user_t_group_id_group_t_id` FOREIGN KEY (`group_id`) REFERENCES `group_t` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_nm_group_meeting_user_ids_meeting_user_t_meeting_userd442927` FOREIGN KEY (`meeting_user_id`) REFERENCES `meeting_user_t` (`id`) ON DELETE CASCADE,
  KEY `idx_nm_group_meeting_user_ids_meeting_user_t_group_id` (`group_id`),
  KEY `idx_nm_group_meeting_user_ids_meeting_user_t_meeting_user_id` (`meeting_user_id`)
);

CREATE TABLE `nm_committee_manager_ids_user_t` (
  `committee_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`committee_id`, `user_id`),
  CONSTRAINT `fk_nm_committee_manager_ids_user_t_committee_id_committee_t_id` FOREIGN KEY (`committee_id`) REFERENCES `committee_t` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_nm_committee_manager_ids_user_t_user_id_user_t_id` FOREIGN KEY (`user_id`) REFERENCES `user_t` (`id`) ON DELETE CASCADE,
  KEY `idx_nm_committee_manager_ids_user_t_committee_id` (`committee_id`),
  KEY `idx_nm_committee_manager_ids_user_t_user_id` (`user_id`)
);

CREATE TABLE `nm_meeting_present_user_ids_user_t` (
  `meeting_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`meeting_id`, `user_id`),
  CONSTRAINT `fk_nm_meeting_present_user_ids_user_t_user_id_user_t_id` FOREIGN KEY (`user_id`) REFERENCES `user_t` (`id`) ON DELETE CASCADE,
  KEY `idx_nm_meeting_present_user_ids_user_t_meeting_id` (`meeting_id`),
  KEY `idx_nm_meeting_present_user_ids_user_t_user_id` (`user_id`)
);

CREATE TABLE `structure_level_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `color` varchar(7),
  `default_time` int,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_structure_level_meeting_id_name` (`meeting_id`, `name`),
  KEY `idx_structure_level_t_meeting_id` (`meeting_id`)
);

CREATE TABLE `nm_meeting_user_structure_level_ids_structure_level_t` (
  `meeting_user_id` int NOT NULL,
  `structure_level_id` int NOT NULL,
  PRIMARY KEY (`meeting_user_id`, `structure_level_id`),
  CONSTRAINT `fk_nm_meeting_user_structure_level_ids_structure_level_t8c0bc42` FOREIGN KEY (`meeting_user_id`) REFERENCES `meeting_user_t` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_nm_meeting_user_structure_level_ids_structure_level_ta594d12` FOREIGN KEY (`structure_level_id`) REFERENCES `structure_level_t` (`id`) ON DELETE CASCADE,
  KEY `idx_nm_meeting_user_structure_level_ids_structure_level_a842d49` (`meeting_user_id`),
  KEY `idx_nm_meeting_user_structure_level_ids_structure_level_abd5dca` (`structure_level_id`)
);

CREATE TABLE `agenda_item_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_number` varchar(256),
  `comment` varchar(256),
  `closed` tinyint(1) DEFAULT 0,
  `type` enum('common','internal','hidden') DEFAULT 'common',
  `duration` int COMMENT 'Given in seconds',
  `is_internal` tinyint(1) COMMENT 'Calculated by the server',
  `is_hidden` tinyint(1) COMMENT 'Calculated by the server',
  `level` int COMMENT 'Calculated by the server',
  `weight` int,
  `content_object_id` varchar(100) NOT NULL,
  `content_object_id_motion_id` int,
  `content_object_id_motion_block_id` int,
  `content_object_id_assignment_id` int,
  `content_object_id_topic_id` int,
  `parent_id` int,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_agenda_item_content_object_id_motion_id` (`content_object_id_motion_id`),
  UNIQUE KEY `unique_agenda_item_content_object_id_motion_block_id` (`content_object_id_motion_block_id`),
  UNIQUE KEY `unique_agenda_item_content_object_id_assignment_id` (`content_object_id_assignment_id`),
  UNIQUE KEY `unique_agenda_item_content_object_id_topic_id` (`content_object_id_topic_id`),
  KEY `idx_agenda_item_t_content_object_id_motion_id` (`content_object_id_motion_id`),
  KEY `idx_agenda_item_t_content_object_id_motion_block_id` (`content_object_id_motion_block_id`),
  KEY `idx_agenda_item_t_content_object_id_assignment_id` (`content_object_id_assignment_id`),
  KEY `idx_agenda_item_t_content_object_id_topic_id` (`content_object_id_topic_id`),
  KEY `idx_agenda_item_t_parent_id` (`parent_id`),
  KEY `idx_agenda_item_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_agenda_item_t_content_object_id_motion_id_motion_t_id` FOREIGN KEY (`content_object_id_motion_id`) REFERENCES `motion_t` (`id`),
  CONSTRAINT `fk_agenda_item_t_content_object_id_assignment_id_assignmd1e068c` FOREIGN KEY (`content_object_id_assignment_id`) REFERENCES `assignment_t` (`id`),
  CONSTRAINT `fk_agenda_item_t_content_object_id_topic_id_topic_t_id` FOREIGN KEY (`content_object_id_topic_id`) REFERENCES `topic_t` (`id`),
  CONSTRAINT `fk_agenda_item_t_parent_id_agenda_item_t_id` FOREIGN KEY (`parent_id`) REFERENCES `agenda_item_t` (`id`)
);

CREATE TABLE `topic_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(256) NOT NULL,
  `text` text,
  `sequential_number` int NOT NULL COMMENT 'The (positive) serial number of this model in its meeting. This number is auto-generated and read-only.',
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_topic_sequential_number_meeting_id` (`sequential_number`, `meeting_id`),
  KEY `idx_topic_t_meeting_id` (`meeting_id`)
);

CREATE TABLE `list_of_speakers_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `closed` tinyint(1) DEFAULT 0,
  `sequential_number` int NOT NULL COMMENT 'The (positive) serial number of this model in its meeting. This number is auto-generated and read-only.',
  `moderator_notes` text,
  `content_object_id` varchar(100) NOT NULL,
  `content_object_id_motion_id` int,
  `content_object_id_motion_block_id` int,
  `content_object_id_assignment_id` int,
  `content_object_id_topic_id` int,
  `content_object_id_meeting_mediafile_id` int,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_list_of_speakers_sequential_number_meeting_id` (`sequential_number`, `meeting_id`),
  UNIQUE KEY `unique_list_of_speakers_content_object_id_motion_id` (`content_object_id_motion_id`),
  UNIQUE KEY `unique_list_of_speakers_content_object_id_motion_block_id` (`content_object_id_motion_block_id`),
  UNIQUE KEY `unique_list_of_speakers_content_object_id_assignment_id` (`content_object_id_assignment_id`),
  UNIQUE KEY `unique_list_of_speakers_content_object_id_topic_id` (`content_object_id_topic_id`),
  UNIQUE KEY `unique_list_of_speakers_content_object_id_meeting_mediafile_id` (`content_object_id_meeting_mediafile_id`),
  KEY `idx_list_of_speakers_t_content_object_id_motion_id` (`content_object_id_motion_id`),
  KEY `idx_list_of_speakers_t_content_object_id_motion_block_id` (`content_object_id_motion_block_id`),
  KEY `idx_list_of_speakers_t_content_object_id_assignment_id` (`content_object_id_assignment_id`),
  KEY `idx_list_of_speakers_t_content_object_id_topic_id` (`content_object_id_topic_id`),
  KEY `idx_list_of_speakers_t_content_object_id_meeting_mediafile_id` (`content_object_id_meeting_mediafile_id`),
  KEY `idx_list_of_speakers_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_list_of_speakers_t_content_object_id_motion_id_motion_t_id` FOREIGN KEY (`content_object_id_motion_id`) REFERENCES `motion_t` (`id`),
  CONSTRAINT `fk_list_of_speakers_t_content_object_id_assignment_id_as9909666` FOREIGN KEY (`content_object_id_assignment_id`) REFERENCES `assignment_t` (`id`),
  CONSTRAINT `fk_list_of_speakers_t_content_object_id_topic_id_topic_t_id` FOREIGN KEY (`content_object_id_topic_id`) REFERENCES `topic_t` (`id`)
);

CREATE TABLE `point_of_order_category_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `text` varchar(256) NOT NULL,
  `rank` int NOT NULL,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_point_of_order_category_t_meeting_id` (`meeting_id`)
);

CREATE TABLE `speaker_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `begin_time` datetime,
  `end_time` datetime,
  `pause_time` datetime,
  `unpause_time` datetime,
  `total_pause` int,
  `weight` int DEFAULT 10000,
  `speech_state` enum('contribution','pro','contra','intervention','interposed_question'),
  `answer` tinyint(1),
  `note` varchar(250),
  `point_of_order` tinyint(1),
  `list_of_speakers_id` int NOT NULL,
  `structure_level_list_of_speakers_id` int,
  `meeting_user_id` int,
  `point_of_order_category_id` int,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_speaker_t_list_of_speakers_id` (`list_of_speakers_id`),
  KEY `idx_speaker_t_structure_level_list_of_speakers_id` (`structure_level_list_of_speakers_id`),
  KEY `idx_speaker_t_meeting_user_id` (`meeting_user_id`),
  KEY `idx_speaker_t_point_of_order_category_id` (`point_of_order_category_id`),
  KEY `idx_speaker_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_speaker_t_list_of_speakers_id_list_of_speakers_t_id` FOREIGN KEY (`list_of_speakers_id`) REFERENCES `list_of_speakers_t` (`id`),
  CONSTRAINT `fk_speaker_t_structure_level_list_of_speakers_id_structu559f22d` FOREIGN KEY (`structure_level_list_of_speakers_id`) REFERENCES `structure_level_list_of_speakers_t` (`id`),
  CONSTRAINT `fk_speaker_t_meeting_user_id_meeting_user_t_id` FOREIGN KEY (`meeting_user_id`) REFERENCES `meeting_user_t` (`id`),
  CONSTRAINT `fk_speaker_t_point_of_order_category_id_point_of_order_ce6dbc9a` FOREIGN KEY (`point_of_order_category_id`) REFERENCES `point_of_order_category_t` (`id`)
);

CREATE TABLE `structure_level_list_of_speakers_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `structure_level_id` int NOT NULL,
  `list_of_speakers_id` int NOT NULL,
  `initial_time` int NOT NULL COMMENT 'The initial time of this structure_level for this LoS',
  `additional_time` double COMMENT 'The summed added time of this structure_level for this LoS',
  `remaining_time` double NOT NULL COMMENT 'The currently remaining time of this structure_level for this LoS',
  `current_start_time` datetime COMMENT 'The current start time of a speaker for this structure_level. Is only set if a currently speaking speaker exists',
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_structure_level_list_of_speakers_meeting_id_struce047abe` (`meeting_id`, `structure_level_id`, `list_of_speakers_id`),
  KEY `idx_structure_level_list_of_speakers_t_structure_level_id` (`structure_level_id`),
  KEY `idx_structure_level_list_of_speakers_t_list_of_speakers_id` (`list_of_speakers_id`),
  KEY `idx_structure_level_list_of_speakers_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_structure_level_list_of_speakers_t_structure_level_idee3e20c` FOREIGN KEY (`structure_level_id`) REFERENCES `structure_level_t` (`id`),
  CONSTRAINT `fk_structure_level_list_of_speakers_t_list_of_speakers_idbd2794` FOREIGN KEY (`list_of_speakers_id`) REFERENCES `list_of_speakers_t` (`id`)
);

CREATE TABLE `motion_workflow_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `sequential_number` int NOT NULL COMMENT 'The (positive) serial number of this model in its meeting. This number is auto-generated and read-only.',
  `first_state_id` int NOT NULL,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_motion_workflow_sequential_number_meeting_id` (`sequential_number`, `meeting_id`),
  UNIQUE KEY `unique_motion_workflow_first_state_id` (`first_state_id`),
  KEY `idx_motion_workflow_t_first_state_id` (`first_state_id`),
  KEY `idx_motion_workflow_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_motion_workflow_t_first_state_id_motion_state_t_id` FOREIGN KEY (`first_state_id`) REFERENCES `motion_state_t` (`id`)
);

CREATE TABLE `motion_state_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `weight` int NOT NULL,
  `recommendation_label` varchar(256),
  `is_internal` tinyint(1),
  `css_class` enum('grey','red','green','lightblue','yellow') NOT NULL DEFAULT 'lightblue',
  `restrictions` text,
  `allow_support` tinyint(1) DEFAULT 0,
  `allow_create_poll` tinyint(1) DEFAULT 0,
  `allow_submitter_edit` tinyint(1) DEFAULT 0,
  `set_number` tinyint(1) DEFAULT 1,
  `show_state_extension_field` tinyint(1) DEFAULT 0,
  `show_recommendation_extension_field` tinyint(1) DEFAULT 0,
  `merge_amendment_into_final` enum('do_not_merge','undefined','do_merge') DEFAULT 'undefined',
  `allow_motion_forwarding` tinyint(1) DEFAULT 0,
  `allow_amendment_forwarding` tinyint(1),
  `set_workflow_timestamp` tinyint(1) DEFAULT 0,
  `state_button_label` varchar(256),
  `submitter_withdraw_state_id` int,
  `workflow_id` int NOT NULL,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_motion_state_name_workflow_id` (`name`, `workflow_id`),
  KEY `idx_motion_state_t_submitter_withdraw_state_id` (`submitter_withdraw_state_id`),
  KEY `idx_motion_state_t_workflow_id` (`workflow_id`),
  KEY `idx_motion_state_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_motion_state_t_submitter_withdraw_state_id_motion_state_t_id` FOREIGN KEY (`submitter_withdraw_state_id`) REFERENCES `motion_state_t` (`id`),
  CONSTRAINT `fk_motion_state_t_workflow_id_motion_workflow_t_id` FOREIGN KEY (`workflow_id`) REFERENCES `motion_workflow_t` (`id`)
);

CREATE TABLE `motion_category_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `prefix` varchar(256),
  `weight` int DEFAULT 10000,
  `level` int COMMENT 'Calculated field.',
  `sequential_number` int NOT NULL COMMENT 'The (positive) serial number of this model in its meeting. This number is auto-generated and read-only.',
  `parent_id` int,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_motion_category_sequential_number_meeting_id` (`sequential_number`, `meeting_id`),
  KEY `idx_motion_category_t_parent_id` (`parent_id`),
  KEY `idx_motion_category_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_motion_category_t_parent_id_motion_category_t_id` FOREIGN KEY (`parent_id`) REFERENCES `motion_category_t` (`id`)
);

CREATE TABLE `motion_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `number` varchar(256),
  `number_value` int COMMENT 'The number value of this motion. This number is auto-generated and read-only.',
  `sequential_number` int NOT NULL COMMENT 'The (positive) serial number of this model in its meeting. This number is auto-generated and read-only.',
  `title` varchar(256) NOT NULL,
  `diff_version` varchar(256),
  `text` text,
  `text_hash` varchar(256),
  `amendment_paragraphs` json,
  `modified_final_version` text,
  `reason` text,
  `category_weight` int DEFAULT 10000,
  `state_extension` varchar(256),
  `recommendation_extension` varchar(256),
  `sort_weight` int DEFAULT 10000,
  `created` datetime,
  `last_modified` datetime,
  `workflow_timestamp` datetime,
  `start_line_number` int DEFAULT 1,
  `forwarded` datetime,
  `additional_submitter` varchar(256),
  `marked_forwarded` tinyint(1) COMMENT 'Forwarded amendments can be marked as such. This is just optional, however. Forwarded amendments can also have this field set to false.',
  `lead_motion_id` int,
  `sort_parent_id` int,
  `origin_id` int,
  `origin_meeting_id` int,
  `state_id` int NOT NULL,
  `recommendation_id` int,
  `category_id` int,
  `block_id` int,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_motion_sequential_number_meeting_id` (`sequential_number`, `meeting_id`),
  UNIQUE KEY `unique_motion_meeting_id_number` (`meeting_id`, `number`),
  KEY `idx_motion_t_lead_motion_id` (`lead_motion_id`),
  KEY `idx_motion_t_sort_parent_id` (`sort_parent_id`),
  KEY `idx_motion_t_origin_id` (`origin_id`),
  KEY `idx_motion_t_origin_meeting_id` (`origin_meeting_id`),
  KEY `idx_motion_t_state_id` (`state_id`),
  KEY `idx_motion_t_recommendation_id` (`recommendation_id`),
  KEY `idx_motion_t_category_id` (`category_id`),
  KEY `idx_motion_t_block_id` (`block_id`),
  KEY `idx_motion_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_motion_t_lead_motion_id_motion_t_id` FOREIGN KEY (`lead_motion_id`) REFERENCES `motion_t` (`id`),
  CONSTRAINT `fk_motion_t_sort_parent_id_motion_t_id` FOREIGN KEY (`sort_parent_id`) REFERENCES `motion_t` (`id`),
  CONSTRAINT `fk_motion_t_origin_id_motion_t_id` FOREIGN KEY (`origin_id`) REFERENCES `motion_t` (`id`),
  CONSTRAINT `fk_motion_t_state_id_motion_state_t_id` FOREIGN KEY (`state_id`) REFERENCES `motion_state_t` (`id`),
  CONSTRAINT `fk_motion_t_recommendation_id_motion_state_t_id` FOREIGN KEY (`recommendation_id`) REFERENCES `motion_state_t` (`id`),
  CONSTRAINT `fk_motion_t_category_id_motion_category_t_id` FOREIGN KEY (`category_id`) REFERENCES `motion_category_t` (`id`)
);

CREATE TABLE `motion_submitter_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `weight` int,
  `meeting_user_id` int,
  `motion_id` int NOT NULL,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_motion_submitter_meeting_user_id_motion_id` (`meeting_user_id`, `motion_id`),
  KEY `idx_motion_submitter_t_meeting_user_id` (`meeting_user_id`),
  KEY `idx_motion_submitter_t_motion_id` (`motion_id`),
  KEY `idx_motion_submitter_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_motion_submitter_t_meeting_user_id_meeting_user_t_id` FOREIGN KEY (`meeting_user_id`) REFERENCES `meeting_user_t` (`id`),
  CONSTRAINT `fk_motion_submitter_t_motion_id_motion_t_id` FOREIGN KEY (`motion_id`) REFERENCES `motion_t` (`id`)
);

CREATE TABLE `motion_supporter_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `meeting_user_id` int,
  `motion_id` int NOT NULL,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_motion_supporter_meeting_user_id_motion_id` (`meeting_user_id`, `motion_id`),
  KEY `idx_motion_supporter_t_meeting_user_id` (`meeting_user_id`),
  KEY `idx_motion_supporter_t_motion_id` (`motion_id`),
  KEY `idx_motion_supporter_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_motion_supporter_t_meeting_user_id_meeting_user_t_id` FOREIGN KEY (`meeting_user_id`) REFERENCES `meeting_user_t` (`id`),
  CONSTRAINT `fk_motion_supporter_t_motion_id_motion_t_id` FOREIGN KEY (`motion_id`) REFERENCES `motion_t` (`id`)
);

CREATE TABLE `motion_editor_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `weight` int,
  `meeting_user_id` int,
  `motion_id` int NOT NULL,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_motion_editor_meeting_user_id_motion_id` (`meeting_user_id`, `motion_id`),
  KEY `idx_motion_editor_t_meeting_user_id` (`meeting_user_id`),
  KEY `idx_motion_editor_t_motion_id` (`motion_id`),
  KEY `idx_motion_editor_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_motion_editor_t_meeting_user_id_meeting_user_t_id` FOREIGN KEY (`meeting_user_id`) REFERENCES `meeting_user_t` (`id`),
  CONSTRAINT `fk_motion_editor_t_motion_id_motion_t_id` FOREIGN KEY (`motion_id`) REFERENCES `motion_t` (`id`)
);

CREATE TABLE `motion_working_group_speaker_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `weight` int,
  `meeting_user_id` int,
  `motion_id` int NOT NULL,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_motion_working_group_speaker_meeting_user_id_motion_id` (`meeting_user_id`, `motion_id`),
  KEY `idx_motion_working_group_speaker_t_meeting_user_id` (`meeting_user_id`),
  KEY `idx_motion_working_group_speaker_t_motion_id` (`motion_id`),
  KEY `idx_motion_working_group_speaker_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_motion_working_group_speaker_t_meeting_user_id_meetinbc3a7bb` FOREIGN KEY (`meeting_user_id`) REFERENCES `meeting_user_t` (`id`),
  CONSTRAINT `fk_motion_working_group_speaker_t_motion_id_motion_t_id` FOREIGN KEY (`motion_id`) REFERENCES `motion_t` (`id`)
);

CREATE TABLE `motion_comment_section_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `weight` int DEFAULT 10000,
  `sequential_number` int NOT NULL COMMENT 'The (positive) serial number of this model in its meeting. This number is auto-generated and read-only.',
  `submitter_can_write` tinyint(1),
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_motion_comment_section_sequential_number_meeting_id` (`sequential_number`, `meeting_id`),
  KEY `idx_motion_comment_section_t_meeting_id` (`meeting_id`)
);

CREATE TABLE `motion_comment_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `comment` text NOT NULL,
  `motion_id` int NOT NULL,
  `section_id` int NOT NULL,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_motion_comment_motion_id_section_id` (`motion_id`, `section_id`),
  KEY `idx_motion_comment_t_motion_id` (`motion_id`),
  KEY `idx_motion_comment_t_section_id` (`section_id`),
  KEY `idx_motion_comment_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_motion_comment_t_motion_id_motion_t_id` FOREIGN KEY (`motion_id`) REFERENCES `motion_t` (`id`),
  CONSTRAINT `fk_motion_comment_t_section_id_motion_comment_section_t_id` FOREIGN KEY (`section_id`) REFERENCES `motion_comment_section_t` (`id`)
);

CREATE TABLE `motion_change_recommendation_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `rejected` tinyint(1) DEFAULT 0,
  `internal` tinyint(1) DEFAULT 0,
  `type` enum('replacement','insertion','deletion','other') DEFAULT 'replacement',
  `other_description` varchar(256),
  `line_from` int NOT NULL,
  `line_to` int NOT NULL,
  `text` text,
  `creation_time` datetime,
  `motion_id` int NOT NULL,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_motion_change_recommendation_t_motion_id` (`motion_id`),
  KEY `idx_motion_change_recommendation_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_motion_change_recommendation_t_motion_id_motion_t_id` FOREIGN KEY (`motion_id`) REFERENCES `motion_t` (`id`)
);

CREATE TABLE `personal_note_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `note` text,
  `star` tinyint(1),
  `meeting_user_id` int NOT NULL,
  `content_object_id` varchar(100) NOT NULL,
  `content_object_id_motion_id` int,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_personal_note_meeting_user_id_content_object_id` (`meeting_user_id`, `content_object_id`),
  KEY `idx_personal_note_t_meeting_user_id` (`meeting_user_id`),
  KEY `idx_personal_note_t_content_object_id_motion_id` (`content_object_id_motion_id`),
  KEY `idx_personal_note_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_personal_note_t_meeting_user_id_meeting_user_t_id` FOREIGN KEY (`meeting_user_id`) REFERENCES `meeting_user_t` (`id`),
  CONSTRAINT `fk_personal_note_t_content_object_id_motion_id_motion_t_id` FOREIGN KEY (`content_object_id_motion_id`) REFERENCES `motion_t` (`id`)
);

CREATE TABLE `assignment_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(256) NOT NULL,
  `description` text,
  `open_posts` int DEFAULT 0,
  `phase` enum('search','voting','finished') DEFAULT 'search',
  `default_poll_description` text,
  `number_poll_candidates` tinyint(1),
  `sequential_number` int NOT NULL COMMENT 'The (positive) serial number of this model in its meeting. This number is auto-generated and read-only.',
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_assignment_sequential_number_meeting_id` (`sequential_number`, `meeting_id`),
  KEY `idx_assignment_t_meeting_id` (`meeting_id`)
);

CREATE TABLE `assignment_candidate_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `weight` int DEFAULT 10000,
  `assignment_id` int NOT NULL,
  `meeting_user_id` int,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_assignment_candidate_t_assignment_id` (`assignment_id`),
  KEY `idx_assignment_candidate_t_meeting_user_id` (`meeting_user_id`),
  KEY `idx_assignment_candidate_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_assignment_candidate_t_assignment_id_assignment_t_id` FOREIGN KEY (`assignment_id`) REFERENCES `assignment_t` (`id`),
  CONSTRAINT `fk_assignment_candidate_t_meeting_user_id_meeting_user_t_id` FOREIGN KEY (`meeting_user_id`) REFERENCES `meeting_user_t` (`id`)
);

CREATE TABLE `poll_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(256) NOT NULL,
  `description` varchar(256),
  `type` enum('analog','named','pseudoanonymous','cryptographic') NOT NULL,
  `backend` enum('long','fast') NOT NULL DEFAULT 'fast',
  `is_pseudoanonymized` tinyint(1),
  `pollmethod` enum('Y','YN','YNA','N') NOT NULL,
  `state` enum('created','started','finished','published') DEFAULT 'created',
  `min_votes_amount` int DEFAULT 1,
  `max_votes_amount` int DEFAULT 1,
  `max_votes_per_option` int DEFAULT 1,
  `global_yes` tinyint(1) DEFAULT 0,
  `global_no` tinyint(1) DEFAULT 0,
  `global_abstain` tinyint(1) DEFAULT 0,
  `onehundred_percent_base` enum('Y','YN','YNA','N','valid','cast','entitled','entitled_present','disabled') NOT NULL DEFAULT 'disabled',
  `votesvalid` decimal(16,6),
  `votesinvalid` decimal(16,6),
  `votescast` decimal(16,6),
  `entitled_users_at_stop` json,
  `live_voting_enabled` tinyint(1) DEFAULT 0 COMMENT 'If true, the vote service sends the votes of the users to the autoupdate service.',
  `sequential_number` int NOT NULL COMMENT 'The (positive) serial number of this model in its meeting. This number is auto-generated and read-only.',
  `content_object_id` varchar(100) NOT NULL,
  `content_object_id_motion_id` int,
  `content_object_id_assignment_id` int,
  `content_object_id_topic_id` int,
  `global_option_id` int,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_poll_sequential_number_meeting_id` (`sequential_number`, `meeting_id`),
  UNIQUE KEY `unique_poll_global_option_id` (`global_option_id`),
  KEY `idx_poll_t_content_object_id_motion_id` (`content_object_id_motion_id`),
  KEY `idx_poll_t_content_object_id_assignment_id` (`content_object_id_assignment_id`),
  KEY `idx_poll_t_content_object_id_topic_id` (`content_object_id_topic_id`),
  KEY `idx_poll_t_global_option_id` (`global_option_id`),
  KEY `idx_poll_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_poll_t_content_object_id_motion_id_motion_t_id` FOREIGN KEY (`content_object_id_motion_id`) REFERENCES `motion_t` (`id`),
  CONSTRAINT `fk_poll_t_content_object_id_assignment_id_assignment_t_id` FOREIGN KEY (`content_object_id_assignment_id`) REFERENCES `assignment_t` (`id`),
  CONSTRAINT `fk_poll_t_content_object_id_topic_id_topic_t_id` FOREIGN KEY (`content_object_id_topic_id`) REFERENCES `topic_t` (`id`),
  CONSTRAINT `fk_poll_t_global_option_id_option_t_id` FOREIGN KEY (`global_option_id`) REFERENCES `option_t` (`id`)
);

CREATE TABLE `option_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `weight` int DEFAULT 10000,
  `text` text,
  `yes` decimal(16,6),
  `no` decimal(16,6),
  `abstain` decimal(16,6),
  `poll_id` int,
  `content_object_id` varchar(100),
  `content_object_id_motion_id` int,
  `content_object_id_user_id` int,
  `content_object_id_poll_candidate_list_id` int,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_option_content_object_id_poll_candidate_list_id` (`content_object_id_poll_candidate_list_id`),
  UNIQUE KEY `unique_option_content_object_id_poll_id` (`content_object_id`, `poll_id`),
  KEY `idx_option_t_poll_id` (`poll_id`),
  KEY `idx_option_t_content_object_id_motion_id` (`content_object_id_motion_id`),
  KEY `idx_option_t_content_object_id_user_id` (`content_object_id_user_id`),
  KEY `idx_option_t_content_object_id_poll_candidate_list_id` (`content_object_id_poll_candidate_list_id`),
  KEY `idx_option_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_option_t_poll_id_poll_t_id` FOREIGN KEY (`poll_id`) REFERENCES `poll_t` (`id`),
  CONSTRAINT `fk_option_t_content_object_id_motion_id_motion_t_id` FOREIGN KEY (`content_object_id_motion_id`) REFERENCES `motion_t` (`id`),
  CONSTRAINT `fk_option_t_content_object_id_user_id_user_t_id` FOREIGN KEY (`content_object_id_user_id`) REFERENCES `user_t` (`id`),
  CONSTRAINT `fk_option_t_content_object_id_poll_candidate_list_id_pold428251` FOREIGN KEY (`content_object_id_poll_candidate_list_id`) REFERENCES `poll_candidate_list_t` (`id`)
);

CREATE TABLE `vote_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `weight` decimal(16,6) NOT NULL,
  `value` varchar(256) NOT NULL,
  `user_token` varchar(256) NOT NULL,
  `option_id` int NOT NULL,
  `user_id` int,
  `delegated_user_id` int,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_vote_t_option_id` (`option_id`),
  KEY `idx_vote_t_user_id` (`user_id`),
  KEY `idx_vote_t_delegated_user_id` (`delegated_user_id`),
  KEY `idx_vote_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_vote_t_option_id_option_t_id` FOREIGN KEY (`option_id`) REFERENCES `option_t` (`id`),
  CONSTRAINT `fk_vote_t_user_id_user_t_id` FOREIGN KEY (`user_id`) REFERENCES `user_t` (`id`),
  CONSTRAINT `fk_vote_t_delegated_user_id_user_t_id` FOREIGN KEY (`delegated_user_id`) REFERENCES `user_t` (`id`)
);

CREATE TABLE `nm_poll_voted_ids_user_t` (
  `poll_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`poll_id`, `user_id`),
  CONSTRAINT `fk_nm_poll_voted_ids_user_t_poll_id_poll_t_id` FOREIGN KEY (`poll_id`) REFERENCES `poll_t` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_nm_poll_voted_ids_user_t_user_id_user_t_id` FOREIGN KEY (`user_id`) REFERENCES `user_t` (`id`) ON DELETE CASCADE,
  KEY `idx_nm_poll_voted_ids_user_t_poll_id` (`poll_id`),
  KEY `idx_nm_poll_voted_ids_user_t_user_id` (`user_id`)
);

CREATE TABLE `poll_candidate_list_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_poll_candidate_list_t_meeting_id` (`meeting_id`)
);

CREATE TABLE `poll_candidate_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `poll_candidate_list_id` int NOT NULL,
  `user_id` int,
  `weight` int NOT NULL,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_poll_candidate_t_poll_candidate_list_id` (`poll_candidate_list_id`),
  KEY `idx_poll_candidate_t_user_id` (`user_id`),
  KEY `idx_poll_candidate_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_poll_candidate_t_poll_candidate_list_id_poll_candidat7fec070` FOREIGN KEY (`poll_candidate_list_id`) REFERENCES `poll_candidate_list_t` (`id`),
  CONSTRAINT `fk_poll_candidate_t_user_id_user_t_id` FOREIGN KEY (`user_id`) REFERENCES `user_t` (`id`)
);

CREATE TABLE `chat_group_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `weight` int DEFAULT 10000,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_chat_group_meeting_id_name` (`meeting_id`, `name`),
  KEY `idx_chat_group_t_meeting_id` (`meeting_id`)
);

CREATE TABLE `chat_message_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content` text NOT NULL,
  `created` datetime NOT NULL,
  `meeting_user_id` int,
  `chat_group_id` int NOT NULL,
  `meeting_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_chat_message_t_meeting_user_id` (`meeting_user_id`),
  KEY `idx_chat_message_t_chat_group_id` (`chat_group_id`),
  KEY `idx_chat_message_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_chat_message_t_meeting_user_id_meeting_user_t_id` FOREIGN KEY (`meeting_user_id`) REFERENCES `meeting_user_t` (`id`),
  CONSTRAINT `fk_chat_message_t_chat_group_id_chat_group_t_id` FOREIGN KEY (`chat_group_id`) REFERENCES `chat_group_t` (`id`)
);

CREATE TABLE `mediafile_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(256) NOT NULL COMMENT 'Title and parent_id must be unique.',
  `is_directory` tinyint(1),
  `filesize` int COMMENT 'In bytes, not the human readable format anymore.',
  `filename` varchar(256) COMMENT 'The uploaded filename. Will be used for downloading. Only writeable on create.',
  `mimetype` varchar(256),
  `pdf_information` json,
  `create_timestamp` datetime,
  `token` varchar(256),
  `published_to_meetings_in_organization_id` int,
  `parent_id` int,
  `owner_id` varchar(100) NOT NULL,
  `owner_id_meeting_id` int,
  `owner_id_organization_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_mediafile_token` (`token`),
  UNIQUE KEY `unique_mediafile_title_parent_id_owner_id` (`title`, `parent_id`, `owner_id`),
  KEY `idx_mediafile_t_published_to_meetings_in_organization_id` (`published_to_meetings_in_organization_id`),
  KEY `idx_mediafile_t_parent_id` (`parent_id`),
  KEY `idx_mediafile_t_owner_id_meeting_id` (`owner_id_meeting_id`),
  KEY `idx_mediafile_t_owner_id_organization_id` (`owner_id_organization_id`),
  CONSTRAINT `fk_mediafile_t_published_to_meetings_in_organization_id_471fd9a` FOREIGN KEY (`published_to_meetings_in_organization_id`) REFERENCES `organization_t` (`id`),
  CONSTRAINT `fk_mediafile_t_parent_id_mediafile_t_id` FOREIGN KEY (`parent_id`) REFERENCES `mediafile_t` (`id`),
  CONSTRAINT `fk_mediafile_t_owner_id_organization_id_organization_t_id` FOREIGN KEY (`owner_id_organization_id`) REFERENCES `organization_t` (`id`)
);

CREATE TABLE `history_position_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `timestamp` datetime,
  `original_user_id` int,
  `user_id` int,
  PRIMARY KEY (`id`),
  KEY `idx_history_position_t_user_id` (`user_id`),
  CONSTRAINT `fk_history_position_t_user_id_user_t_id` FOREIGN KEY (`user_id`) REFERENCES `user_t` (`id`)
);

CREATE TABLE `history_entry_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `entries` text,
  `original_model_id` varchar(256),
  `model_id` varchar(100),
  `model_id_user_id` int,
  `model_id_motion_id` int,
  `model_id_assignment_id` int,
  `position_id` int NOT NULL,
  `meeting_id` int,
  PRIMARY KEY (`id`),
  KEY `idx_history_entry_t_model_id_user_id` (`model_id_user_id`),
  KEY `idx_history_entry_t_model_id_motion_id` (`model_id_motion_id`),
  KEY `idx_history_entry_t_model_id_assignment_id` (`model_id_assignment_id`),
  KEY `idx_history_entry_t_position_id` (`position_id`),
  KEY `idx_history_entry_t_meeting_id` (`meeting_id`),
  CONSTRAINT `fk_history_entry_t_model_id_user_id_user_t_id` FOREIGN KEY (`model_id_user_id`) REFERENCES `user_t` (`id`),
  CONSTRAINT `fk_history_entry_t_model_id_motion_id_motion_t_id` FOREIGN KEY (`model_id_motion_id`) REFERENCES `motion_t` (`id`),
  CONSTRAINT `fk_history_entry_t_model_id_assignment_id_assignment_t_id` FOREIGN KEY (`model_id_assignment_id`) REFERENCES `assignment_t` (`id`),
  CONSTRAINT `fk_history_entry_t_position_id_history_position_t_id` FOREIGN KEY (`position_id`) REFERENCES `history_position_t` (`id`)
);

CREATE TABLE `action_worker_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `state` enum('running','end','aborted') NOT NULL,
  `created` datetime NOT NULL,
  `timestamp` datetime NOT NULL,
  `result` json,
  `user_id` int NOT NULL COMMENT 'Id of the calling user. If the action is called via internal route, the value will be -1.',
  PRIMARY KEY (`id`)
);

CREATE TABLE `os_notify_log_t` (
  `id` int NOT NULL AUTO_INCREMENT,
  `operation` varchar(32),
  `fqid` varchar(256) NOT NULL,
  `updated_fields` text,
  `xact_id` bigint unsigned,
  `timestamp` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_fqid_xact_id_operation` (`operation`, `fqid`, `xact_id`)
);

CREATE TABLE `version` (
  `migration_index` int NOT NULL,
  `migration_state` text,
  `replace_tables` json,
  PRIMARY KEY (`migration_index`)
);

SET FOREIGN_KEY_CHECKS=1;
