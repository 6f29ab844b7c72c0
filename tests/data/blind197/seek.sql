-- FAIRDOM-SEEK, db/schema.rb of github.com/seek4science/seek commit 45b83bfd6e3331d9861491df7208a340685c6257 (BSD-3-Clause), Rails schema written as MySQL

CREATE TABLE `people` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `email` varchar(255),
  `phone` varchar(255),
  `web_page` text,
  `description` text,
  `avatar_id` int,
  `status_id` int,
  `first_letter` varchar(10),
  `uuid` varchar(255),
  `roles_mask` int,
  `orcid` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(255),
  `crypted_password` varchar(64),
  `salt` varchar(40),
  `created_at` datetime,
  `updated_at` datetime,
  `remember_token` varchar(255),
  `remember_token_expires_at` datetime,
  `activation_code` varchar(40),
  `activated_at` datetime,
  `person_id` int,
  `reset_password_code` varchar(255),
  `reset_password_code_until` datetime,
  `posts_count` int,
  `last_seen_at` datetime,
  `uuid` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `identities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `provider` varchar(255),
  `uid` varchar(255),
  `user_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `title` varchar(255),
  `encrypted_token` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `activity_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action` varchar(255),
  `format` varchar(255),
  `activity_loggable_type` varchar(255),
  `activity_loggable_id` int,
  `culprit_type` varchar(255),
  `culprit_id` int,
  `referenced_type` varchar(255),
  `referenced_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `http_referer` varchar(255),
  `user_agent` text,
  `data` longtext,
  `controller_name` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `institutions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `address` text,
  `city` varchar(255),
  `web_page` text,
  `country` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `avatar_id` int,
  `first_letter` varchar(1),
  `uuid` varchar(255),
  `ror_id` varchar(255),
  `department` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `web_page` text,
  `wiki_page` text,
  `created_at` datetime,
  `updated_at` datetime,
  `description` text,
  `avatar_id` int,
  `default_policy_id` int,
  `first_letter` varchar(1),
  `site_credentials` varchar(255),
  `site_root_uri` varchar(255),
  `last_jerm_run` datetime,
  `uuid` varchar(255),
  `programme_id` int,
  `default_license` varchar(255),
  `use_default_policy` tinyint(1),
  `start_date` date,
  `end_date` date,
  PRIMARY KEY (`id`)
);

CREATE TABLE `programmes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `description` text,
  `avatar_id` int,
  `web_page` text,
  `first_letter` varchar(1),
  `uuid` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `funding_details` text,
  `is_activated` tinyint(1),
  `activation_rejection_reason` text,
  `open_for_projects` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `group_memberships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `work_group_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `time_left_at` datetime,
  `has_left` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `work_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `institution_id` int,
  `project_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person_id` bigint,
  `role_type_id` bigint,
  `scope_type` varchar(255),
  `scope_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `avatars` (
  `id` int NOT NULL AUTO_INCREMENT,
  `owner_type` varchar(255),
  `owner_id` int,
  `original_filename` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `favourite_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `favourite_group_memberships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `favourite_group_id` int,
  `access_type` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `subscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `subscribable_id` int,
  `subscribable_type` varchar(255),
  `subscription_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `project_subscription_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `project_subscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `person_id` int,
  `project_id` int,
  `unsubscribed_types` varchar(255),
  `frequency` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `message_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `message_type` int,
  `details` text,
  `subject_id` int,
  `subject_type` varchar(255),
  `sender_id` int,
  `response` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth_applications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scopes` varchar(255) NOT NULL,
  `confidential` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `owner_id` int,
  `owner_type` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
);

CREATE TABLE `oauth_access_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `resource_owner_id` bigint,
  `application_id` bigint NOT NULL,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `revoked_at` datetime,
  `created_at` datetime NOT NULL,
  `scopes` varchar(255),
  `previous_refresh_token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
);

CREATE TABLE `publications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pubmed_id` int,
  `title` text,
  `abstract` text,
  `published_date` date,
  `journal` varchar(255),
  `first_letter` varchar(1),
  `contributor_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `doi` varchar(255),
  `uuid` varchar(255),
  `policy_id` int,
  `citation` text,
  `deleted_contributor` varchar(255),
  `registered_mode` int,
  `booktitle` text,
  `publisher` varchar(255),
  `editor` text,
  `publication_type_id` int,
  `url` text,
  `version` int,
  `license` varchar(255),
  `other_creators` text,
  `external_identifier` varchar(2048),
  PRIMARY KEY (`id`)
);

CREATE TABLE `publication_authors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `publication_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `author_index` int,
  `person_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `assets_creators` (
  `id` int NOT NULL AUTO_INCREMENT,
  `asset_id` int,
  `creator_id` int,
  `asset_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `pos` int,
  `family_name` varchar(255),
  `given_name` varchar(255),
  `orcid` varchar(255),
  `affiliation` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `samples` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `sample_type_id` int,
  `json_metadata` text,
  `uuid` varchar(255),
  `contributor_id` int,
  `policy_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `first_letter` varchar(1),
  `other_creators` text,
  `originating_data_file_id` int,
  `deleted_contributor` varchar(255),
  `observation_unit_id` bigint,
  `external_identifier` varchar(2048),
  PRIMARY KEY (`id`)
);

CREATE TABLE `sample_types` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `uuid` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `first_letter` varchar(1),
  `description` text,
  `uploaded_template` tinyint(1),
  `contributor_id` int,
  `deleted_contributor` varchar(255),
  `template_id` int,
  `other_creators` text,
  `policy_id` int,
  `external_identifier` varchar(2048),
  PRIMARY KEY (`id`)
);

CREATE TABLE `studies` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` text,
  `description` text,
  `investigation_id` int,
  `experimentalists` text,
  `begin_date` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `first_letter` varchar(1),
  `uuid` varchar(255),
  `policy_id` int,
  `contributor_id` int,
  `other_creators` text,
  `deleted_contributor` varchar(255),
  `position` int,
  `external_identifier` varchar(2048),
  PRIMARY KEY (`id`)
);

CREATE TABLE `assays` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` text,
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `study_id` int,
  `contributor_id` int,
  `first_letter` varchar(1),
  `assay_class_id` int,
  `uuid` varchar(255),
  `policy_id` int,
  `assay_type_uri` varchar(255),
  `technology_type_uri` varchar(255),
  `suggested_assay_type_id` int,
  `suggested_technology_type_id` int,
  `other_creators` text,
  `deleted_contributor` varchar(255),
  `sample_type_id` int,
  `position` int,
  `assay_stream_id` int,
  `external_identifier` varchar(2048),
  PRIMARY KEY (`id`)
);

CREATE TABLE `investigations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `first_letter` varchar(1),
  `uuid` varchar(255),
  `policy_id` int,
  `contributor_id` int,
  `other_creators` text,
  `deleted_contributor` varchar(255),
  `position` int,
  `is_isa_json_compliant` tinyint(1),
  `external_identifier` varchar(2048),
  PRIMARY KEY (`id`)
);

CREATE TABLE `events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `start_date` datetime,
  `end_date` datetime,
  `address` text,
  `city` varchar(255),
  `country` varchar(255),
  `url` text,
  `description` text,
  `title` varchar(255),
  `policy_id` int,
  `contributor_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `first_letter` varchar(1),
  `uuid` varchar(255),
  `deleted_contributor` varchar(255),
  `time_zone` varchar(255),
  `location_type` int,
  `event_type_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `var` varchar(255) NOT NULL,
  `value` text,
  `target_id` int,
  `target_type` varchar(30),
  `created_at` datetime,
  `updated_at` datetime,
  `encrypted_value` text,
  `encrypted_value_iv` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_settings_on_target_type_and_target_id_and_var` (`target_type`,`target_id`,`var`)
);

CREATE TABLE `site_announcements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `announcer_id` int,
  `announcer_type` varchar(255),
  `title` varchar(255),
  `body` text,
  `site_announcement_category_id` int,
  `is_headline` tinyint(1),
  `expires_at` datetime,
  `show_in_feed` tinyint(1),
  `email_notification` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `policies` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `sharing_scope` int,
  `access_type` int,
  `use_allowlist` tinyint(1),
  `use_denylist` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contributor_type` varchar(255),
  `contributor_id` int,
  `policy_id` int,
  `access_type` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `special_auth_codes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(255),
  `expiration_date` date,
  `asset_type` varchar(255),
  `asset_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `disciplines` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `disciplines_people` (
  `discipline_id` int,
  `person_id` int
);

CREATE TABLE `notifiee_infos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `notifiee_id` int,
  `notifiee_type` varchar(255),
  `unique_key` varchar(255),
  `receive_notifications` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);
