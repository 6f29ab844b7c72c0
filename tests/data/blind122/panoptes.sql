-- Zooniverse Panoptes (zooniverse/panoptes), commit 9880cb74804e4466a0bc0e9f8df54e573e725297, Apache-2.0.
-- Source: db/structure.sql (Rails PostgreSQL structure dump), converted to MySQL/MariaDB DDL with column
-- names and order unchanged. Sequences, functions, CHECK constraints, non-unique, partial and GIN indexes
-- are left out; primary keys, unique keys and foreign keys between the kept tables are kept.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `access_control_lists` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_group_id` int,
  `roles` json NOT NULL,
  `resource_id` int,
  `resource_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_0be1922a0e` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `aggregations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `workflow_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `project_id` int,
  `user_id` int,
  `uuid` varchar(255),
  `task_id` varchar(255),
  `status` int DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_27ae8e8a0d` FOREIGN KEY (`workflow_id`) REFERENCES `workflows` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_8eb620b6f6` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_c7d229ada4` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `classification_subjects` (
  `classification_id` int NOT NULL,
  `subject_id` int NOT NULL,
  UNIQUE KEY `classification_subjects_pk` (`classification_id`,`subject_id`),
  CONSTRAINT `fk_rails_7c8fb1018a` FOREIGN KEY (`classification_id`) REFERENCES `classifications` (`id`),
  CONSTRAINT `fk_rails_fc0cd14ebe` FOREIGN KEY (`subject_id`) REFERENCES `subjects` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `classifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int,
  `user_id` int,
  `workflow_id` int,
  `annotations` json,
  `created_at` datetime,
  `updated_at` datetime,
  `user_group_id` int,
  `user_ip` varchar(45),
  `completed` tinyint(1) NOT NULL DEFAULT 1,
  `gold_standard` tinyint(1),
  `expert_classifier` int,
  `metadata` json NOT NULL,
  `workflow_version` text,
  `lifecycled_at` datetime,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collections` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `activated_state` int NOT NULL DEFAULT 0,
  `display_name` varchar(255),
  `private` tinyint(1) NOT NULL DEFAULT 1,
  `lock_version` int DEFAULT 0,
  `slug` varchar(255) DEFAULT '',
  `favorite` tinyint(1) NOT NULL DEFAULT 0,
  `default_subject_id` int,
  `description` text,
  `subjects_count` int DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_991d5ad7ab` FOREIGN KEY (`default_subject_id`) REFERENCES `subjects` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collections_projects` (
  `collection_id` int NOT NULL,
  `project_id` int NOT NULL,
  CONSTRAINT `fk_rails_1be0872ee9` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`),
  CONSTRAINT `fk_rails_895b025564` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collections_subjects` (
  `subject_id` int NOT NULL,
  `collection_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_collections_subjects_on_collection_id_and_subject_id` (`collection_id`,`subject_id`),
  CONSTRAINT `fk_rails_dff7cd1e07` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_e9323f2e30` FOREIGN KEY (`subject_id`) REFERENCES `subjects` (`id`) ON DELETE RESTRICT
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `field_guides` (
  `id` int NOT NULL AUTO_INCREMENT,
  `items` json,
  `language` text,
  `project_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_a1b35288b8` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flipper_features` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_flipper_features_on_key` (`key`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flipper_gates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `feature_key` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_flipper_gates_on_feature_key_and_key_and_value` (`feature_key`,`key`,`value`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gold_standard_annotations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int,
  `workflow_id` int,
  `subject_id` int,
  `user_id` int,
  `classification_id` int,
  `annotations` json NOT NULL,
  `metadata` json NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_06fc22e4c3` FOREIGN KEY (`classification_id`) REFERENCES `classifications` (`id`),
  CONSTRAINT `fk_rails_082b4f1af7` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `fk_rails_0e782fcb3c` FOREIGN KEY (`subject_id`) REFERENCES `subjects` (`id`),
  CONSTRAINT `fk_rails_1d218ca624` FOREIGN KEY (`workflow_id`) REFERENCES `workflows` (`id`),
  CONSTRAINT `fk_rails_937b47dc37` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(255),
  `linked_id` int,
  `linked_type` varchar(255),
  `content_type` varchar(255),
  `src` text,
  `path_opts` json,
  `private` tinyint(1) DEFAULT 0,
  `external_link` tinyint(1) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `metadata` json,
  `put_expires` int,
  `get_expires` int,
  `content_disposition` varchar(255),
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `state` int NOT NULL DEFAULT 2,
  `user_group_id` int,
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `roles` json NOT NULL,
  `identity` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_memberships_on_user_group_id_and_user_id` (`user_group_id`,`user_id`),
  CONSTRAINT `fk_rails_99326fb65d` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_9dd81aaaa3` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_grants` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int NOT NULL,
  `application_id` int NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_in` int NOT NULL,
  `redirect_uri` text NOT NULL,
  `created_at` datetime NOT NULL,
  `revoked_at` datetime,
  `scopes` varchar(255) DEFAULT '',
  `code_challenge` varchar(255),
  `code_challenge_method` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`),
  CONSTRAINT `fk_rails_330c32d8d9` FOREIGN KEY (`resource_owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_b4b53e07b8` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int,
  `application_id` int,
  `token` text NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `revoked_at` datetime,
  `created_at` datetime NOT NULL,
  `scopes` varchar(255),
  `previous_refresh_token` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`(191)),
  CONSTRAINT `fk_rails_732cb83ab7` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_ee63f25419` FOREIGN KEY (`resource_owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `owner_id` int,
  `owner_type` varchar(255),
  `trust_level` int NOT NULL DEFAULT 1,
  `default_scope` json,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `confidential` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_contents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `introduction` text,
  `language` varchar(255) NOT NULL,
  `organization_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `url_labels` json,
  `announcement` varchar(255) DEFAULT '',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_d80672ecd1` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_pages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `url_key` varchar(255),
  `title` text,
  `language` varchar(255),
  `content` text,
  `organization_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_projects` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` bigint NOT NULL,
  `project_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_organization_projects_on_organization_id_and_project_id` (`organization_id`,`project_id`),
  CONSTRAINT `fk_rails_e612101b95` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `fk_rails_ece07c98f6` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `display_name` varchar(255),
  `slug` varchar(255) DEFAULT '',
  `primary_language` varchar(255) NOT NULL,
  `listed_at` datetime,
  `activated_state` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `urls` json,
  `listed` tinyint(1) NOT NULL DEFAULT 0,
  `categories` json,
  `description` varchar(255),
  `introduction` text,
  `url_labels` json,
  `announcement` varchar(255),
  `tsv` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_organizations_on_slug` (`slug`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_contents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int,
  `language` varchar(255),
  `title` varchar(255) DEFAULT '',
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `introduction` text,
  `url_labels` json,
  `workflow_description` text,
  `researcher_quote` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_305e6d8bf1` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_pages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `url_key` varchar(255),
  `title` text,
  `language` varchar(255),
  `content` text,
  `project_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_489b3ea925` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `display_name` varchar(255),
  `user_count` int,
  `created_at` datetime,
  `updated_at` datetime,
  `classifications_count` int NOT NULL DEFAULT 0,
  `activated_state` int NOT NULL DEFAULT 0,
  `primary_language` varchar(255),
  `private` tinyint(1),
  `lock_version` int DEFAULT 0,
  `configuration` json NOT NULL,
  `live` tinyint(1) NOT NULL DEFAULT 0,
  `urls` json,
  `migrated` tinyint(1) DEFAULT 0,
  `classifiers_count` int DEFAULT 0,
  `slug` varchar(255) DEFAULT '',
  `redirect` text,
  `launch_requested` tinyint(1) DEFAULT 0,
  `launch_approved` tinyint(1) DEFAULT 0,
  `beta_requested` tinyint(1) DEFAULT 0,
  `beta_approved` tinyint(1) DEFAULT 0,
  `launched_row_order` int,
  `beta_row_order` int,
  `experimental_tools` json,
  `launch_date` datetime,
  `completeness` double NOT NULL DEFAULT 0.0,
  `activity` int NOT NULL DEFAULT 0,
  `tsv` text,
  `state` int,
  `organization_id` int,
  `mobile_friendly` tinyint(1) NOT NULL DEFAULT 0,
  `featured` tinyint(1) NOT NULL DEFAULT 0,
  `description` text,
  `introduction` text,
  `url_labels` json,
  `workflow_description` text,
  `researcher_quote` text,
  `authentication_invitation` text,
  `run_subject_set_completion_events` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_9aee26923d` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `classification_id` int,
  `subject_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `project_id` int,
  `workflow_id` int,
  `user_id` int,
  `user_group_id` int,
  `mark_remove` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_recents_classifications` FOREIGN KEY (`classification_id`) REFERENCES `classifications` (`id`),
  CONSTRAINT `fk_recents_subjects` FOREIGN KEY (`subject_id`) REFERENCES `subjects` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `set_member_subjects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `subject_set_id` int,
  `subject_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `priority` decimal(65,30),
  `lock_version` int DEFAULT 0,
  `random` decimal(65,30) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_set_member_subjects_on_subject_id_and_subject_set_id` (`subject_id`,`subject_set_id`),
  CONSTRAINT `fk_rails_93073bf3b1` FOREIGN KEY (`subject_id`) REFERENCES `subjects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_bbb4bf5489` FOREIGN KEY (`subject_set_id`) REFERENCES `subject_sets` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subject_set_imports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `subject_set_id` int NOT NULL,
  `user_id` int NOT NULL,
  `source_url` varchar(255),
  `imported_count` int NOT NULL DEFAULT 0,
  `failed_count` int NOT NULL DEFAULT 0,
  `failed_uuids` json NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `manifest_count` int DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_8661e689b0` FOREIGN KEY (`subject_set_id`) REFERENCES `subject_sets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_d596712569` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subject_sets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `display_name` varchar(255),
  `project_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `set_member_subjects_count` int NOT NULL DEFAULT 0,
  `metadata` json,
  `lock_version` int DEFAULT 0,
  `expert_set` tinyint(1),
  `completeness` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_960d10a3c6` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subject_sets_workflows` (
  `id` int NOT NULL AUTO_INCREMENT,
  `workflow_id` int,
  `subject_set_id` int,
  `completeness` decimal(65,30) DEFAULT 0.0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_subject_sets_workflows_on_workflow_id_and_subject_set_id` (`workflow_id`,`subject_set_id`),
  CONSTRAINT `fk_rails_038f6f9f13` FOREIGN KEY (`workflow_id`) REFERENCES `workflows` (`id`),
  CONSTRAINT `fk_rails_b08d342668` FOREIGN KEY (`subject_set_id`) REFERENCES `subject_sets` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subject_workflow_counts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `workflow_id` int,
  `classifications_count` int DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `retired_at` datetime,
  `subject_id` int NOT NULL,
  `retirement_reason` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_subject_workflow_counts_on_subject_id_and_workflow_id` (`subject_id`,`workflow_id`),
  CONSTRAINT `fk_rails_2001a01c81` FOREIGN KEY (`subject_id`) REFERENCES `subjects` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_rails_4a73c0f7f5` FOREIGN KEY (`workflow_id`) REFERENCES `workflows` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subjects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `zooniverse_id` varchar(255),
  `metadata` json,
  `created_at` datetime,
  `updated_at` datetime,
  `project_id` int,
  `migrated` tinyint(1),
  `lock_version` int DEFAULT 0,
  `upload_user_id` int,
  `activated_state` int NOT NULL DEFAULT 0,
  `external_id` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_f1e22b77bf` FOREIGN KEY (`upload_user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_rails_f26c409132` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE RESTRICT
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tagged_resources` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_id` int,
  `resource_type` varchar(255),
  `tag_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_d6fe15ec78` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `tagged_resources_count` int DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tags_on_name` (`name`(191))
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `translations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `translated_id` int,
  `translated_type` varchar(255),
  `language` varchar(255) NOT NULL,
  `strings` json NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `string_versions` json NOT NULL,
  `published_version_id` int,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tutorials` (
  `id` int NOT NULL AUTO_INCREMENT,
  `steps` json,
  `language` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `project_id` int NOT NULL,
  `kind` varchar(255),
  `display_name` text,
  `configuration` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_82e4d0479b` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_collection_preferences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `preferences` json,
  `user_id` int,
  `collection_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_02f2e5d7ed` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_670188dbc7` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `classifications_count` int NOT NULL DEFAULT 0,
  `activated_state` int NOT NULL DEFAULT 0,
  `display_name` varchar(255),
  `private` tinyint(1) NOT NULL DEFAULT 1,
  `lock_version` int DEFAULT 0,
  `join_token` varchar(255),
  `stats_visibility` int DEFAULT 0,
  `tsv` text,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_project_preferences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `project_id` int,
  `email_communication` tinyint(1),
  `preferences` json,
  `created_at` datetime,
  `updated_at` datetime,
  `activity_count` int,
  `legacy_count` json,
  `settings` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_project_preferences_on_project_id_and_user_id` (`project_id`,`user_id`),
  CONSTRAINT `fk_rails_4da2a0f9d6` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_4e8620169e` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_seen_subjects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `workflow_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `subject_ids` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_seen_subjects_on_user_id_and_workflow_id` (`user_id`,`workflow_id`),
  CONSTRAINT `fk_rails_9c86377aa8` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_e881fca299` FOREIGN KEY (`workflow_id`) REFERENCES `workflows` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `hash_func` varchar(255) DEFAULT 'bcrypt',
  `password_salt` varchar(255),
  `display_name` varchar(255),
  `zooniverse_id` varchar(255),
  `credited_name` varchar(255),
  `classifications_count` int NOT NULL DEFAULT 0,
  `activated_state` int NOT NULL DEFAULT 0,
  `languages` json NOT NULL,
  `global_email_communication` tinyint(1),
  `project_email_communication` tinyint(1),
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `banned` tinyint(1) NOT NULL DEFAULT 0,
  `migrated` tinyint(1) DEFAULT 0,
  `valid_email` tinyint(1) NOT NULL DEFAULT 1,
  `project_id` int,
  `beta_email_communication` tinyint(1),
  `login` varchar(255) NOT NULL,
  `unsubscribe_token` varchar(255),
  `api_key` varchar(255),
  `ouroboros_created` tinyint(1) DEFAULT 0,
  `subject_limit` int,
  `private_profile` tinyint(1) DEFAULT 1,
  `tsv` text,
  `upload_whitelist` tinyint(1) NOT NULL DEFAULT 0,
  `ux_testing_email_communication` tinyint(1) DEFAULT 0,
  `intervention_notifications` tinyint(1) DEFAULT 1,
  `nasa_email_communication` tinyint(1) DEFAULT 0,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_login_with_case` (`login`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_unsubscribe_token` (`unsubscribe_token`),
  UNIQUE KEY `index_users_on_zooniverse_id` (`zooniverse_id`),
  CONSTRAINT `fk_rails_fedc809cf8` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE RESTRICT
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_contents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `workflow_id` int,
  `language` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `strings` json NOT NULL,
  `current_version_number` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_107209726e` FOREIGN KEY (`workflow_id`) REFERENCES `workflows` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_tutorials` (
  `id` int NOT NULL AUTO_INCREMENT,
  `workflow_id` int,
  `tutorial_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_workflow_tutorials_on_workflow_id_and_tutorial_id` (`workflow_id`,`tutorial_id`),
  CONSTRAINT `fk_rails_0ca158de43` FOREIGN KEY (`tutorial_id`) REFERENCES `tutorials` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_bcabfcd540` FOREIGN KEY (`workflow_id`) REFERENCES `workflows` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `workflow_id` int NOT NULL,
  `major_number` int NOT NULL,
  `minor_number` int NOT NULL,
  `grouped` tinyint(1) NOT NULL DEFAULT 0,
  `pairwise` tinyint(1) NOT NULL DEFAULT 0,
  `prioritized` tinyint(1) NOT NULL DEFAULT 0,
  `tasks` json NOT NULL,
  `first_task` varchar(255) NOT NULL,
  `strings` json NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_workflow_versions_on_workflow_and_major_and_minor` (`workflow_id`,`major_number`,`minor_number`),
  CONSTRAINT `fk_rails_6c88edf7d9` FOREIGN KEY (`workflow_id`) REFERENCES `workflows` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflows` (
  `id` int NOT NULL AUTO_INCREMENT,
  `display_name` varchar(255),
  `tasks` json,
  `project_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `classifications_count` int NOT NULL DEFAULT 0,
  `pairwise` tinyint(1) NOT NULL DEFAULT 0,
  `grouped` tinyint(1) NOT NULL DEFAULT 0,
  `prioritized` tinyint(1) NOT NULL DEFAULT 0,
  `primary_language` varchar(255),
  `first_task` varchar(255) DEFAULT '',
  `tutorial_subject_id` int,
  `lock_version` int DEFAULT 0,
  `retired_set_member_subjects_count` int DEFAULT 0,
  `retirement` json,
  `active` tinyint(1) DEFAULT 1,
  `display_order` int,
  `configuration` json NOT NULL,
  `public_gold_standard` tinyint(1) DEFAULT 0,
  `finished_at` datetime,
  `completeness` double NOT NULL DEFAULT 0.0,
  `activity` int NOT NULL DEFAULT 0,
  `current_version_number` varchar(255),
  `activated_state` int NOT NULL DEFAULT 0,
  `subject_selection_strategy` int DEFAULT 0,
  `mobile_friendly` tinyint(1) NOT NULL DEFAULT 0,
  `strings` json,
  `major_version` int NOT NULL DEFAULT 0,
  `minor_version` int NOT NULL DEFAULT 0,
  `published_version_id` int,
  `steps` json NOT NULL,
  `serialize_with_project` tinyint(1) DEFAULT 1,
  `real_set_member_subjects_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_382d2c48c7` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_rails_694e2977cf` FOREIGN KEY (`published_version_id`) REFERENCES `workflow_versions` (`id`),
  CONSTRAINT `fk_rails_b029d72783` FOREIGN KEY (`tutorial_subject_id`) REFERENCES `subjects` (`id`) ON DELETE RESTRICT
) DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
