-- Flagsmith (open-source feature flags, remote config and A/B testing: projects, environments, features and
-- their states, segments, identities of the customers' end users with their traits, cohorts, experiments,
-- flag-evaluation analytics; the dashboard's users, organisations, permissions, invites, MFA, tokens, audit log)
-- Upstream: github.com/Flagsmith/flagsmith, commit 1ad8487ba7aabedd3cdfbcf3e7d772784d3e1aae, api/ (BSD-3-Clause)
--
-- Flagsmith builds its PostgreSQL database with Django migrations. `python manage.py migrate` of upstream's
-- api/ (settings app.settings.common, DATABASE_URL to an empty PostgreSQL 15 database) was run with the
-- dependencies of api/pyproject.toml (Django 5.2.19; the third-party apps' own migrations: django-axes 8.3.1,
-- django-oauth-toolkit 3.4.1, djangorestframework 3.15.2 authtoken, djangorestframework-simplejwt 5.5.1
-- token_blacklist, django-admin-sso 5.2.0, flagsmith-common 3.16.0 task_processor); 602 migrations applied.
-- The tables were read back from the catalog and 62 of the 180 are written here as MySQL, columns in the
-- database's order: integer/serial -> INT (AUTO_INCREMENT for a serial or identity primary key), bigint -> BIGINT,
-- varchar(n) -> VARCHAR(n) (TEXT above 1000, VARCHAR(255) where such a column is in a key), text -> TEXT
-- (VARCHAR(255) in a key), timestamptz -> DATETIME(6), uuid -> CHAR(36), jsonb -> JSON, boolean -> TINYINT(1),
-- double precision -> DOUBLE, inet -> VARCHAR(45), interval -> VARCHAR(64), arrays -> JSON. Primary keys,
-- unique constraints, non-partial unique indexes and the foreign keys between kept tables are upstream's;
-- tables are ordered so that each follows those it refers to. One foreign key of a cycle
-- (oauth2_provider_refreshtoken.access_token_id) is added with ALTER TABLE at the end.
CREATE TABLE `users_ffadminuser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150),
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  `google_user_id` VARCHAR(50),
  `github_user_id` VARCHAR(50),
  `marketing_consent_given` TINYINT(1) NOT NULL,
  `sign_up_type` VARCHAR(100),
  `uuid` CHAR(36) NOT NULL,
  `onboarding_data` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_ffadminuser_email_7e508096_uniq` (`email`),
  UNIQUE KEY `users_ffadminuser_username_key` (`username`),
  UNIQUE KEY `users_ffadminuser_uuid_57589672_uniq` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_sso_assignment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username_mode` INT NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `copy` TINYINT(1) NOT NULL,
  `weight` INT NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `admin_sso_assignment_user_id_0acb0fd3_fk_users_ffadminuser_id` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisations_organisation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `has_requested_features` TINYINT(1) NOT NULL,
  `webhook_notification_email` VARCHAR(254),
  `created_date` DATETIME(6) NOT NULL,
  `alerted_over_plan_limit` TINYINT(1) NOT NULL,
  `stop_serving_flags` TINYINT(1) NOT NULL,
  `persist_trait_data` TINYINT(1) NOT NULL,
  `block_access_to_admin` TINYINT(1) NOT NULL,
  `feature_analytics` TINYINT(1) NOT NULL,
  `restrict_project_create_to_admin` TINYINT(1) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `deleted_at` DATETIME(6),
  `force_2fa` TINYINT(1) NOT NULL,
  `targeting_key` VARCHAR(64),
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisations_organisation_uuid_5a30d087_uniq` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys_masterapikey` (
  `id` VARCHAR(150) NOT NULL,
  `prefix` VARCHAR(8) NOT NULL,
  `hashed_key` VARCHAR(150) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `revoked` TINYINT(1) NOT NULL,
  `expiry_date` DATETIME(6),
  `organisation_id` INT NOT NULL,
  `deleted_at` DATETIME(6),
  `is_admin` TINYINT(1) NOT NULL,
  `created_by_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_keys_masterapikey_prefix_key` (`prefix`),
  CONSTRAINT `api_keys_masterapike_created_by_id_ff26695c_fk_users_ffa` FOREIGN KEY (`created_by_id`) REFERENCES `users_ffadminuser` (`id`),
  CONSTRAINT `api_keys_masterapike_organisation_id_d88e7362_fk_organisat` FOREIGN KEY (`organisation_id`) REFERENCES `organisations_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_analytics_apiusagebucket` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `environment_id` INT NOT NULL,
  `resource` INT NOT NULL,
  `total_count` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `bucket_size` INT NOT NULL,
  `labels` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_analytics_featureevaluationraw` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `feature_name` TEXT NOT NULL,
  `environment_id` INT NOT NULL,
  `evaluation_count` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `identity_identifier` TEXT,
  `enabled_when_evaluated` TINYINT(1),
  `labels` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_project` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `organisation_id` INT NOT NULL,
  `hide_disabled_flags` TINYINT(1) NOT NULL,
  `enable_dynamo_db` TINYINT(1) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `prevent_flag_defaults` TINYINT(1) NOT NULL,
  `enable_realtime_updates` TINYINT(1) NOT NULL,
  `only_allow_lower_case_feature_names` TINYINT(1) NOT NULL,
  `feature_name_regex` VARCHAR(255),
  `deleted_at` DATETIME(6),
  `max_features_allowed` INT NOT NULL,
  `max_segments_allowed` INT NOT NULL,
  `max_segment_overrides_allowed` INT NOT NULL,
  `identity_overrides_v2_migration_status` VARCHAR(50) NOT NULL,
  `stale_flags_limit_days` INT NOT NULL,
  `edge_v2_migration_read_capacity_budget` INT,
  `minimum_change_request_approvals` INT,
  `enforce_feature_owners` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projects_project_uuid_7f11a892_uniq` (`uuid`),
  CONSTRAINT `projects_project_organisation_id_97360d51_fk_organisat` FOREIGN KEY (`organisation_id`) REFERENCES `organisations_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environments_environment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `api_key` VARCHAR(100) NOT NULL,
  `project_id` INT NOT NULL,
  `webhook_url` VARCHAR(200),
  `webhooks_enabled` TINYINT(1) NOT NULL,
  `minimum_change_request_approvals` INT,
  `allow_client_traits` TINYINT(1) NOT NULL,
  `description` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `banner_colour` VARCHAR(7),
  `banner_text` VARCHAR(255),
  `deleted_at` DATETIME(6),
  `hide_disabled_flags` TINYINT(1),
  `use_mv_v2_evaluation` TINYINT(1) NOT NULL,
  `hide_sensitive_data` TINYINT(1) NOT NULL,
  `use_v2_feature_versioning` TINYINT(1) NOT NULL,
  `use_identity_overrides_in_local_eval` TINYINT(1) NOT NULL,
  `is_creating` TINYINT(1) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `first_evaluated_at` DATETIME(6),
  `first_evaluated_sdk_label` VARCHAR(100),
  PRIMARY KEY (`id`),
  UNIQUE KEY `environments_environment_api_key_key` (`api_key`),
  UNIQUE KEY `environments_environment_uuid_014f5c77_uniq` (`uuid`),
  CONSTRAINT `environments_environ_project_id_cc37cbc5_fk_projects_` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_auditlog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_date` DATETIME(6) NOT NULL,
  `log` TEXT NOT NULL,
  `author_id` INT,
  `environment_id` INT,
  `related_object_id` INT,
  `related_object_type` VARCHAR(20),
  `project_id` INT,
  `skip_signals` VARCHAR(500),
  `master_api_key_id` VARCHAR(150),
  `is_system_event` TINYINT(1) NOT NULL,
  `history_record_class_path` VARCHAR(200),
  `history_record_id` INT,
  `related_object_uuid` VARCHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `audit_auditlog_author_id_5d444ed0_fk_users_ffadminuser_id` FOREIGN KEY (`author_id`) REFERENCES `users_ffadminuser` (`id`),
  CONSTRAINT `audit_auditlog_environment_id_ec209dc0_fk_environme` FOREIGN KEY (`environment_id`) REFERENCES `environments_environment` (`id`),
  CONSTRAINT `audit_auditlog_master_api_key_id_9086c278_fk_api_keys_` FOREIGN KEY (`master_api_key_id`) REFERENCES `api_keys_masterapikey` (`id`),
  CONSTRAINT `audit_auditlog_project_id_025694a7_fk_projects_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` VARCHAR(40) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_key` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_users_ffadminuser_id` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accessattempt` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_agent` VARCHAR(255) NOT NULL,
  `ip_address` VARCHAR(45),
  `username` VARCHAR(255),
  `http_accept` TEXT NOT NULL,
  `path_info` VARCHAR(255) NOT NULL,
  `attempt_time` DATETIME(6) NOT NULL,
  `get_data` TEXT NOT NULL,
  `post_data` TEXT NOT NULL,
  `failures_since_start` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq` (`username`, `ip_address`, `user_agent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accessfailurelog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_agent` VARCHAR(255) NOT NULL,
  `ip_address` VARCHAR(45),
  `username` VARCHAR(255),
  `http_accept` TEXT NOT NULL,
  `path_info` VARCHAR(255) NOT NULL,
  `attempt_time` DATETIME(6) NOT NULL,
  `locked_out` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accesslog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_agent` VARCHAR(255) NOT NULL,
  `ip_address` VARCHAR(45),
  `username` VARCHAR(255),
  `http_accept` TEXT NOT NULL,
  `path_info` VARCHAR(255) NOT NULL,
  `attempt_time` DATETIME(6) NOT NULL,
  `logout_time` DATETIME(6),
  `session_hash` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflows_core_changerequest` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `title` VARCHAR(500) NOT NULL,
  `description` TEXT,
  `deleted_at` DATETIME(6),
  `committed_at` DATETIME(6),
  `committed_by_id` INT,
  `environment_id` INT,
  `user_id` INT,
  `uuid` CHAR(36) NOT NULL,
  `ignore_conflicts` TINYINT(1) NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workflows_core_changerequest_uuid_a246c12e_uniq` (`uuid`),
  CONSTRAINT `workflows_core_chang_committed_by_id_9d437636_fk_users_ffa` FOREIGN KEY (`committed_by_id`) REFERENCES `users_ffadminuser` (`id`),
  CONSTRAINT `workflows_core_chang_environment_id_48a2eb7b_fk_environme` FOREIGN KEY (`environment_id`) REFERENCES `environments_environment` (`id`),
  CONSTRAINT `workflows_core_chang_project_id_63ab788f_fk_projects_` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  CONSTRAINT `workflows_core_chang_user_id_77d2134d_fk_users_ffa` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `features_feature` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `initial_value` TEXT,
  `description` TEXT,
  `project_id` INT NOT NULL,
  `default_enabled` TINYINT(1) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `is_archived` TINYINT(1) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `deleted_at` DATETIME(6),
  `is_server_key_only` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `features_feature_uuid_47103750_uniq` (`uuid`),
  CONSTRAINT `features_feature_project_id_72859830_fk_projects_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segments_segment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `project_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `feature_id` INT,
  `deleted_at` DATETIME(6),
  `version` INT,
  `version_of_id` INT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `change_request_id` INT,
  `is_system_segment` TINYINT(1) NOT NULL,
  `managed_by` VARCHAR(50) NOT NULL,
  `rules_data` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `segments_segment_uuid_c0d9ec32_uniq` (`uuid`),
  CONSTRAINT `segments_segment_change_request_id_f7a9baef_fk_workflows` FOREIGN KEY (`change_request_id`) REFERENCES `workflows_core_changerequest` (`id`),
  CONSTRAINT `segments_segment_feature_id_13a4a653_fk_features_feature_id` FOREIGN KEY (`feature_id`) REFERENCES `features_feature` (`id`),
  CONSTRAINT `segments_segment_project_id_27a886eb_fk_projects_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  CONSTRAINT `segments_segment_version_of_id_b410f047_fk_segments_segment_id` FOREIGN KEY (`version_of_id`) REFERENCES `segments_segment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cohorts_cohort` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deleted_at` DATETIME(6),
  `uuid` CHAR(36) NOT NULL,
  `source_type` VARCHAR(50) NOT NULL,
  `version` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `environment_id` INT NOT NULL,
  `segment_id` INT NOT NULL,
  `deletion_requested_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `cohorts_cohort_uuid_key` (`uuid`),
  CONSTRAINT `cohorts_cohort_environment_id_8731c295_fk_environme` FOREIGN KEY (`environment_id`) REFERENCES `environments_environment` (`id`),
  CONSTRAINT `cohorts_cohort_segment_id_def72e02_fk_segments_segment_id` FOREIGN KEY (`segment_id`) REFERENCES `segments_segment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cohorts_cohortmembership` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(255) NOT NULL,
  `state` VARCHAR(50) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `cohort_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_cohort_membership_identifier` (`cohort_id`, `identifier`),
  CONSTRAINT `cohorts_cohortmember_cohort_id_d1ec6c8d_fk_cohorts_c` FOREIGN KEY (`cohort_id`) REFERENCES `cohorts_cohort` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_auth_userpasswordresetrequest` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `requested_at` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `custom_auth_userpass_user_id_fa4eef7f_fk_users_ffa` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_users_ffadminuser_id` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environments_environmentapikey` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(100) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `expires_at` DATETIME(6),
  `active` TINYINT(1) NOT NULL,
  `environment_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `environments_environmentapikey_key_key` (`key`),
  CONSTRAINT `environments_environ_environment_id_bae78ba1_fk_environme` FOREIGN KEY (`environment_id`) REFERENCES `environments_environment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environments_identity` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(255) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `environment_id` INT NOT NULL,
  `system_traits` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `environments_identity_environment_id_identifier_012779df_uniq` (`environment_id`, `identifier`),
  CONSTRAINT `environments_identit_environment_id_b9425170_fk_environme` FOREIGN KEY (`environment_id`) REFERENCES `environments_environment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environments_trait` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `trait_key` VARCHAR(200) NOT NULL,
  `value_type` VARCHAR(10),
  `boolean_value` TINYINT(1),
  `integer_value` INT,
  `string_value` TEXT,
  `created_date` DATETIME(6) NOT NULL,
  `identity_id` INT NOT NULL,
  `float_value` DOUBLE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `environments_trait_trait_key_identity_id_8b22a322_uniq` (`trait_key`, `identity_id`),
  CONSTRAINT `environments_trait_identity_id_144c9227_fk_environme` FOREIGN KEY (`identity_id`) REFERENCES `environments_identity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environments_userenvironmentpermission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `admin` TINYINT(1) NOT NULL,
  `environment_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_environment_permission` (`user_id`, `environment_id`),
  CONSTRAINT `environments_userenv_environment_id_5d84f755_fk_environme` FOREIGN KEY (`environment_id`) REFERENCES `environments_environment` (`id`),
  CONSTRAINT `environments_userenv_user_id_82b6d67c_fk_users_ffa` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions_permissionmodel` (
  `key` VARCHAR(100) NOT NULL,
  `description` TEXT NOT NULL,
  `type` VARCHAR(100),
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environments_userenvironmentpermission_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userenvironmentpermission_id` INT NOT NULL,
  `permissionmodel_id` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `environments_userenviron_userenvironmentpermissio_1b7ce475_uniq` (`userenvironmentpermission_id`, `permissionmodel_id`),
  CONSTRAINT `environments_userenv_permissionmodel_id_5e08fd7a_fk_permissio` FOREIGN KEY (`permissionmodel_id`) REFERENCES `permissions_permissionmodel` (`key`),
  CONSTRAINT `environments_userenv_userenvironmentpermi_d6d5d3e1_fk_environme` FOREIGN KEY (`userenvironmentpermission_id`) REFERENCES `environments_userenvironmentpermission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environments_webhook` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(200) NOT NULL,
  `environment_id` INT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `environments_webhook_uuid_c7bd69a5_uniq` (`uuid`),
  CONSTRAINT `environments_webhook_environment_id_4f871cf3_fk_environme` FOREIGN KEY (`environment_id`) REFERENCES `environments_environment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experimentation_experiment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deleted_at` DATETIME(6),
  `uuid` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `hypothesis` TEXT NOT NULL,
  `status` VARCHAR(50) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `started_at` DATETIME(6),
  `ended_at` DATETIME(6),
  `environment_id` INT NOT NULL,
  `feature_id` INT NOT NULL,
  `rollout_segment_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `experimentation_experiment_rollout_segment_id_key` (`rollout_segment_id`),
  UNIQUE KEY `experimentation_experiment_uuid_key` (`uuid`),
  CONSTRAINT `experimentation_expe_environment_id_371ad672_fk_environme` FOREIGN KEY (`environment_id`) REFERENCES `environments_environment` (`id`),
  CONSTRAINT `experimentation_expe_feature_id_583fb82b_fk_features_` FOREIGN KEY (`feature_id`) REFERENCES `features_feature` (`id`),
  CONSTRAINT `experimentation_expe_rollout_segment_id_f7964fcf_fk_segments_` FOREIGN KEY (`rollout_segment_id`) REFERENCES `segments_segment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experimentation_experimentexposures` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `as_of` DATETIME(6),
  `payload` JSON,
  `last_error_at` DATETIME(6),
  `experiment_id` INT NOT NULL,
  `refresh_requested_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `experimentation_experimentexposures_experiment_id_key` (`experiment_id`),
  CONSTRAINT `experimentation_expe_experiment_id_78d10749_fk_experimen` FOREIGN KEY (`experiment_id`) REFERENCES `experimentation_experiment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `features_feature_owners` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `feature_id` INT NOT NULL,
  `ffadminuser_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `features_feature_owners_feature_id_ffadminuser_id_6d004a22_uniq` (`feature_id`, `ffadminuser_id`),
  CONSTRAINT `features_feature_own_feature_id_427d9590_fk_features_` FOREIGN KEY (`feature_id`) REFERENCES `features_feature` (`id`),
  CONSTRAINT `features_feature_own_ffadminuser_id_fc83b824_fk_users_ffa` FOREIGN KEY (`ffadminuser_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `features_featuresegment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `priority` INT NOT NULL,
  `feature_id` INT NOT NULL,
  `segment_id` INT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `value` TEXT,
  `value_type` VARCHAR(50),
  `environment_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `environment_feature_version_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `features_featuresegment_feature_id_environment_i_f1fde686_uniq` (`feature_id`, `environment_id`, `segment_id`, `environment_feature_version_id`),
  UNIQUE KEY `features_featuresegment_uuid_75eca44a_uniq` (`uuid`),
  CONSTRAINT `features_featuresegm_environment_id_05e7007b_fk_environme` FOREIGN KEY (`environment_id`) REFERENCES `environments_environment` (`id`),
  CONSTRAINT `features_featuresegm_feature_id_2a47155f_fk_features_` FOREIGN KEY (`feature_id`) REFERENCES `features_feature` (`id`),
  CONSTRAINT `features_featuresegm_segment_id_64602469_fk_segments_` FOREIGN KEY (`segment_id`) REFERENCES `segments_segment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `features_featurestate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `enabled` TINYINT(1) NOT NULL,
  `environment_id` INT,
  `feature_id` INT NOT NULL,
  `identity_id` INT,
  `feature_segment_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `live_from` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  `version` INT,
  `change_request_id` INT,
  `uuid` CHAR(36) NOT NULL,
  `deleted_at` DATETIME(6),
  `environment_feature_version_id` CHAR(36),
  `mv_hashing_salt` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `features_featurestate_uuid_625a0eac_uniq` (`uuid`),
  CONSTRAINT `features_featurestat_change_request_id_44ff657b_fk_workflows` FOREIGN KEY (`change_request_id`) REFERENCES `workflows_core_changerequest` (`id`),
  CONSTRAINT `features_featurestat_environment_id_c5882902_fk_environme` FOREIGN KEY (`environment_id`) REFERENCES `environments_environment` (`id`),
  CONSTRAINT `features_featurestat_feature_id_08da37d9_fk_features_` FOREIGN KEY (`feature_id`) REFERENCES `features_feature` (`id`),
  CONSTRAINT `features_featurestat_feature_segment_id_547d5f48_fk_features_` FOREIGN KEY (`feature_segment_id`) REFERENCES `features_featuresegment` (`id`),
  CONSTRAINT `features_featurestat_identity_id_8229f26c_fk_environme` FOREIGN KEY (`identity_id`) REFERENCES `environments_identity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `features_featurestatevalue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(10),
  `boolean_value` TINYINT(1),
  `integer_value` INT,
  `string_value` TEXT,
  `feature_state_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `features_featurestatevalue_feature_state_id_key` (`feature_state_id`),
  UNIQUE KEY `features_featurestatevalue_uuid_a32a2f8d_uniq` (`uuid`),
  CONSTRAINT `features_featurestat_feature_state_id_d0233f9e_fk_features_` FOREIGN KEY (`feature_state_id`) REFERENCES `features_featurestate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invites_invitelink` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hash` VARCHAR(100) NOT NULL,
  `date_created` DATETIME(6) NOT NULL,
  `role` VARCHAR(50) NOT NULL,
  `expires_at` DATETIME(6),
  `organisation_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invites_invitelink_hash_key` (`hash`),
  UNIQUE KEY `invites_invitelink_uuid_28f6b676_uniq` (`uuid`),
  CONSTRAINT `invites_invitelink_organisation_id_fbdc7ff1_fk_organisat` FOREIGN KEY (`organisation_id`) REFERENCES `organisations_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multivariate_multivariatefeatureoption` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(10),
  `boolean_value` TINYINT(1),
  `integer_value` INT,
  `string_value` TEXT,
  `default_percentage_allocation` DOUBLE NOT NULL,
  `feature_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `key` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `multivariate_multivariat_feature_id_key_657f27a0_uniq` (`feature_id`, `key`),
  UNIQUE KEY `multivariate_multivariatefeatureoption_uuid_85c921bb_uniq` (`uuid`),
  CONSTRAINT `multivariate_multiva_feature_id_db03ece0_fk_features_` FOREIGN KEY (`feature_id`) REFERENCES `features_feature` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multivariate_multivariatefeaturestatevalue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `percentage_allocation` DOUBLE NOT NULL,
  `feature_state_id` INT NOT NULL,
  `multivariate_feature_option_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `multivariate_multivariat_feature_state_id_multiva_b78d61bc_uniq` (`feature_state_id`, `multivariate_feature_option_id`),
  UNIQUE KEY `multivariate_multivariatefeaturestatevalue_uuid_c622e222_uniq` (`uuid`),
  CONSTRAINT `multivariate_multiva_feature_state_id_94542d0d_fk_features_` FOREIGN KEY (`feature_state_id`) REFERENCES `features_featurestate` (`id`),
  CONSTRAINT `multivariate_multiva_multivariate_feature_c842c63c_fk_multivari` FOREIGN KEY (`multivariate_feature_option_id`) REFERENCES `multivariate_multivariatefeatureoption` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_application` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `client_id` VARCHAR(255) NOT NULL,
  `redirect_uris` TEXT NOT NULL,
  `client_type` VARCHAR(32) NOT NULL,
  `authorization_grant_type` VARCHAR(44) NOT NULL,
  `client_secret` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `user_id` INT,
  `skip_authorization` TINYINT(1) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `algorithm` VARCHAR(5) NOT NULL,
  `post_logout_redirect_uris` TEXT NOT NULL,
  `hash_client_secret` TINYINT(1) NOT NULL,
  `allowed_origins` TEXT NOT NULL,
  `registration_source` VARCHAR(32) NOT NULL,
  `cimd_expires_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_application_client_id_key` (`client_id`),
  CONSTRAINT `oauth2_provider_appl_user_id_79829054_fk_users_ffa` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_refreshtoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` TEXT NOT NULL,
  `access_token_id` BIGINT,
  `application_id` BIGINT NOT NULL,
  `user_id` INT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `revoked` DATETIME(6),
  `token_family` CHAR(36),
  `token_checksum` VARCHAR(64) NOT NULL,
  `resource` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_refresht_token_checksum_revoked_46c81d1d_uniq` (`token_checksum`, `revoked`),
  UNIQUE KEY `oauth2_provider_refreshtoken_access_token_id_key` (`access_token_id`),
  CONSTRAINT `oauth2_provider_refr_application_id_2d1c311b_fk_oauth2_pr` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`),
  CONSTRAINT `oauth2_provider_refr_user_id_da837fce_fk_users_ffa` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_accesstoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` TEXT NOT NULL,
  `expires` DATETIME(6) NOT NULL,
  `scope` TEXT NOT NULL,
  `application_id` BIGINT,
  `user_id` INT,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `source_refresh_token_id` BIGINT,
  `id_token_id` BIGINT,
  `token_checksum` VARCHAR(64) NOT NULL,
  `resource` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_accesstoken_id_token_id_key` (`id_token_id`),
  UNIQUE KEY `oauth2_provider_accesstoken_source_refresh_token_id_key` (`source_refresh_token_id`),
  UNIQUE KEY `oauth2_provider_accesstoken_token_checksum_85319a26_uniq` (`token_checksum`),
  CONSTRAINT `oauth2_provider_acce_application_id_b22886e1_fk_oauth2_pr` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`),
  CONSTRAINT `oauth2_provider_acce_source_refresh_token_e66fbc72_fk_oauth2_pr` FOREIGN KEY (`source_refresh_token_id`) REFERENCES `oauth2_provider_refreshtoken` (`id`),
  CONSTRAINT `oauth2_provider_acce_user_id_6e4c9a65_fk_users_ffa` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_permissions_userorganisationpermission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `organisation_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_organisation_permission` (`user_id`, `organisation_id`),
  CONSTRAINT `organisation_permiss_organisation_id_f0c21ba4_fk_organisat` FOREIGN KEY (`organisation_id`) REFERENCES `organisations_organisation` (`id`),
  CONSTRAINT `organisation_permiss_user_id_f7e7253b_fk_users_ffa` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_permissions_userorganisationpermission_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userorganisationpermission_id` INT NOT NULL,
  `permissionmodel_id` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisation_permissions_userorganisationpermissi_9b5d390b_uniq` (`userorganisationpermission_id`, `permissionmodel_id`),
  CONSTRAINT `organisation_permiss_permissionmodel_id_1058e31a_fk_permissio` FOREIGN KEY (`permissionmodel_id`) REFERENCES `permissions_permissionmodel` (`key`),
  CONSTRAINT `organisation_permiss_userorganisationperm_48e30337_fk_organisat` FOREIGN KEY (`userorganisationpermission_id`) REFERENCES `organisation_permissions_userorganisationpermission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisations_hubspotorganisation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hubspot_id` VARCHAR(100) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `organisation_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisations_hubspotorganisation_organisation_id_key` (`organisation_id`),
  CONSTRAINT `organisations_hubspo_organisation_id_a0914042_fk_organisat` FOREIGN KEY (`organisation_id`) REFERENCES `organisations_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisations_subscription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `subscription_id` VARCHAR(100),
  `subscription_date` DATETIME(6),
  `plan` VARCHAR(100),
  `organisation_id` INT NOT NULL,
  `max_seats` INT NOT NULL,
  `cancellation_date` DATETIME(6),
  `customer_id` VARCHAR(100),
  `notes` VARCHAR(500),
  `payment_method` VARCHAR(20),
  `max_api_calls` BIGINT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `deleted_at` DATETIME(6),
  `billing_status` VARCHAR(20),
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisations_subscription_organisation_id_key` (`organisation_id`),
  UNIQUE KEY `organisations_subscription_uuid_be42e1ac_uniq` (`uuid`),
  CONSTRAINT `organisations_subscr_organisation_id_647225ec_fk_organisat` FOREIGN KEY (`organisation_id`) REFERENCES `organisations_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisations_userorganisation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date_joined` DATETIME(6) NOT NULL,
  `role` VARCHAR(50) NOT NULL,
  `organisation_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisations_userorgani_user_id_organisation_id_b0deede9_uniq` (`user_id`, `organisation_id`),
  CONSTRAINT `organisations_useror_organisation_id_235d7d69_fk_organisat` FOREIGN KEY (`organisation_id`) REFERENCES `organisations_organisation` (`id`),
  CONSTRAINT `organisations_useror_user_id_ec921455_fk_users_ffa` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_userprojectpermission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `admin` TINYINT(1) NOT NULL,
  `project_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_project_permission` (`user_id`, `project_id`),
  CONSTRAINT `projects_userproject_project_id_c38034c9_fk_projects_` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  CONSTRAINT `projects_userproject_user_id_78c9629b_fk_users_ffa` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_userprojectpermission_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userprojectpermission_id` INT NOT NULL,
  `permissionmodel_id` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projects_userprojectperm_userprojectpermission_id_0910c7f3_uniq` (`userprojectpermission_id`, `permissionmodel_id`),
  CONSTRAINT `projects_userproject_permissionmodel_id_b332d105_fk_permissio` FOREIGN KEY (`permissionmodel_id`) REFERENCES `permissions_permissionmodel` (`key`),
  CONSTRAINT `projects_userproject_userprojectpermissio_d0ba8cc9_fk_projects_` FOREIGN KEY (`userprojectpermission_id`) REFERENCES `projects_userprojectpermission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segment_membership_segmentmembershipcount` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `count` INT NOT NULL,
  `last_synced_at` DATETIME(6) NOT NULL,
  `environment_id` INT NOT NULL,
  `segment_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `segment_membership_count_unique_segment_environment` (`segment_id`, `environment_id`),
  CONSTRAINT `segment_membership_s_environment_id_da4394fa_fk_environme` FOREIGN KEY (`environment_id`) REFERENCES `environments_environment` (`id`),
  CONSTRAINT `segment_membership_s_segment_id_f3a38fd8_fk_segments_` FOREIGN KEY (`segment_id`) REFERENCES `segments_segment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segments_segmentrule` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(50) NOT NULL,
  `rule_id` INT,
  `segment_id` INT,
  `uuid` CHAR(36) NOT NULL,
  `deleted_at` DATETIME(6),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `segments_segmentrule_uuid_728b4fef_uniq` (`uuid`),
  CONSTRAINT `segments_segmentrule_rule_id_49328e77_fk_segments_` FOREIGN KEY (`rule_id`) REFERENCES `segments_segmentrule` (`id`),
  CONSTRAINT `segments_segmentrule_segment_id_bf0c60ed_fk_segments_segment_id` FOREIGN KEY (`segment_id`) REFERENCES `segments_segment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segments_condition` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `operator` VARCHAR(500) NOT NULL,
  `property` VARCHAR(1000),
  `value` VARCHAR(1000),
  `rule_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `description` TEXT,
  `created_with_segment` TINYINT(1) NOT NULL,
  `deleted_at` DATETIME(6),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `segments_condition_uuid_286d4bc4_uniq` (`uuid`),
  CONSTRAINT `segments_condition_rule_id_e058926e_fk_segments_segmentrule_id` FOREIGN KEY (`rule_id`) REFERENCES `segments_segmentrule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags_tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` VARCHAR(100) NOT NULL,
  `color` VARCHAR(10) NOT NULL,
  `description` VARCHAR(512),
  `project_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `is_permanent` TINYINT(1) NOT NULL,
  `is_system_tag` TINYINT(1) NOT NULL,
  `type` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_tag_uuid_44ddfeb2_uniq` (`uuid`),
  CONSTRAINT `tags_tag_project_id_1b3baa5a_fk_projects_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_processor_task` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `scheduled_for` DATETIME(6),
  `task_identifier` VARCHAR(200) NOT NULL,
  `serialized_args` TEXT,
  `serialized_kwargs` TEXT,
  `num_failures` INT NOT NULL,
  `completed` TINYINT(1) NOT NULL,
  `is_locked` TINYINT(1) NOT NULL,
  `priority` SMALLINT,
  `timeout` VARCHAR(64),
  `trace_context` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_processor_task_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_blacklist_outstandingtoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` TEXT NOT NULL,
  `created_at` DATETIME(6),
  `expires_at` DATETIME(6) NOT NULL,
  `user_id` INT,
  `jti` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_blacklist_outstandingtoken_jti_hex_d9bdf6f7_uniq` (`jti`),
  CONSTRAINT `token_blacklist_outs_user_id_83bc629a_fk_users_ffa` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_blacklist_blacklistedtoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blacklisted_at` DATETIME(6) NOT NULL,
  `token_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_blacklist_blacklistedtoken_token_id_key` (`token_id`),
  CONSTRAINT `token_blacklist_blacklistedtoken_token_id_3cc7fe56_fk` FOREIGN KEY (`token_id`) REFERENCES `token_blacklist_outstandingtoken` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trench_mfamethod` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `is_primary` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `_backup_codes` TEXT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `trench_mfamethod_user_id_af1e1076_fk_users_ffadminuser_id` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_hubspotlead` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hubspot_id` VARCHAR(100) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_hubspotlead_hubspot_id_key` (`hubspot_id`),
  UNIQUE KEY `users_hubspotlead_user_id_key` (`user_id`),
  CONSTRAINT `users_hubspotlead_user_id_c55c3ce2_fk_users_ffadminuser_id` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_hubspottracker` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hubspot_cookie` VARCHAR(100),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  `utm_data` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_hubspottracker_hubspot_cookie_key` (`hubspot_cookie`),
  UNIQUE KEY `users_hubspottracker_user_id_key` (`user_id`),
  CONSTRAINT `users_hubspottracker_user_id_ab3d0bbd_fk_users_ffadminuser_id` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_invite` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(254) NOT NULL,
  `hash` VARCHAR(100) NOT NULL,
  `date_created` DATETIME(6) NOT NULL,
  `organisation_id` INT NOT NULL,
  `invited_by_id` INT,
  `role` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_invite_email_organisation_id_c072bc69_uniq` (`email`, `organisation_id`),
  UNIQUE KEY `users_invite_hash_key` (`hash`),
  CONSTRAINT `users_invite_invited_by_id_84840cbe_fk_users_ffadminuser_id` FOREIGN KEY (`invited_by_id`) REFERENCES `users_ffadminuser` (`id`),
  CONSTRAINT `users_invite_organisation_id_afe4e011_fk_organisat` FOREIGN KEY (`organisation_id`) REFERENCES `organisations_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_userpermissiongroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `organisation_id` INT NOT NULL,
  `is_default` TINYINT(1) NOT NULL,
  `external_id` VARCHAR(255),
  `ldap_dn` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_userpermissiongrou_organisation_id_external_198069ed_uniq` (`organisation_id`, `external_id`),
  UNIQUE KEY `users_userpermissiongroup_ldap_dn_key` (`ldap_dn`),
  CONSTRAINT `users_userpermission_organisation_id_152bfda9_fk_organisat` FOREIGN KEY (`organisation_id`) REFERENCES `organisations_organisation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_userpermissiongroup_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userpermissiongroup_id` INT NOT NULL,
  `ffadminuser_id` INT NOT NULL,
  `group_admin` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_userpermissiongrou_userpermissiongroup_id_f_a54554f3_uniq` (`userpermissiongroup_id`, `ffadminuser_id`),
  CONSTRAINT `users_userpermission_ffadminuser_id_c72ebe23_fk_users_ffa` FOREIGN KEY (`ffadminuser_id`) REFERENCES `users_ffadminuser` (`id`),
  CONSTRAINT `users_userpermission_userpermissiongroup__babb429f_fk_users_use` FOREIGN KEY (`userpermissiongroup_id`) REFERENCES `users_userpermissiongroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflows_core_changerequestapproval` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `approved_at` DATETIME(6),
  `change_request_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workflows_core_changereq_user_id_change_request_i_e06ab962_uniq` (`user_id`, `change_request_id`),
  CONSTRAINT `workflows_core_chang_change_request_id_d52b17fa_fk_workflows` FOREIGN KEY (`change_request_id`) REFERENCES `workflows_core_changerequest` (`id`),
  CONSTRAINT `workflows_core_chang_user_id_5a1f613c_fk_users_ffa` FOREIGN KEY (`user_id`) REFERENCES `users_ffadminuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `oauth2_provider_refreshtoken` ADD CONSTRAINT `oauth2_provider_refr_access_token_id_775e84e8_fk_oauth2_pr` FOREIGN KEY (`access_token_id`) REFERENCES `oauth2_provider_accesstoken` (`id`);
