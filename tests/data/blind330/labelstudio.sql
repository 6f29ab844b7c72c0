-- Label Studio Community Edition 1.23.2 (HumanSignal; Django 5 data-labelling platform for images, text, audio,
-- video and time series)
-- Source: github.com/HumanSignal/label-studio, commit df96d79183156e556d91825d15fa7721f1145e1a (the commit named in
-- the release's own label_studio/core/version_.py; PyPI release label-studio 1.23.2), Apache-2.0.
-- Made by running upstream's `manage.py migrate` (261 migrations, settings core.settings.label_studio) into a private
-- PostgreSQL 15, Label Studio's production database; `makemigrations --check` reported no model change missing.
-- Written as MySQL by a script (pg2mysql.py, not upstream code) from the PostgreSQL catalog of that database:
-- columns in upstream's names and order; integer INT, bigint BIGINT, smallint SMALLINT, character varying(n)
-- VARCHAR(n), text TEXT (VARCHAR(255) where it is in a key), boolean TINYINT(1), timestamp with time zone DATETIME(6),
-- double precision DOUBLE, uuid CHAR(36), jsonb/json JSON, tsvector TEXT; NOT NULL kept; literal defaults kept,
-- function defaults dropped; AUTO_INCREMENT where the key takes a sequence or identity; primary keys, UNIQUE
-- constraints, unique indexes on plain columns (as UNIQUE KEY) and foreign keys as in PostgreSQL (partial and
-- expression unique indexes and plain indexes left out). Tables ordered so that referenced tables come first; the
-- one cycle (htx_user.active_organization_id -> organization, organization.created_by_id -> htx_user) closed by an
-- ALTER TABLE at the end.
-- Left out (20 of 82 tables): the Azure Blob, Google Cloud Storage, Redis and local-files storage tables, which repeat
-- the kept S3 ones column for column (io_storages_azureblob*, io_storages_gcs*, io_storages_redis*,
-- io_storages_localfiles*, with their *mixin parent tables).

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_deletedrow` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `model` VARCHAR(1024) NOT NULL,
  `row_id` INT,
  `data` JSON,
  `reason` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `organization_id` INT,
  `project_id` INT,
  `user_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_manager_filter` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `column` VARCHAR(1024) NOT NULL,
  `type` VARCHAR(1024) NOT NULL,
  `operator` VARCHAR(1024) NOT NULL,
  `value` JSON,
  `index` INT,
  `parent_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `data_manager_filter_parent_id_b5dd2a37_fk_data_mana` FOREIGN KEY (`parent_id`) REFERENCES `data_manager_filter` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_manager_filtergroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `conjunction` VARCHAR(1024) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_manager_filtergroup_filters` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filtergroup_id` INT NOT NULL,
  `filter_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `data_manager_filtergroup_filtergroup_id_filter_id_196c3e22_uniq` (`filtergroup_id`, `filter_id`),
  CONSTRAINT `data_manager_filterg_filter_id_954bc394_fk_data_mana` FOREIGN KEY (`filter_id`) REFERENCES `data_manager_filter` (`id`),
  CONSTRAINT `data_manager_filterg_filtergroup_id_85d9bb16_fk_data_mana` FOREIGN KEY (`filtergroup_id`) REFERENCES `data_manager_filtergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `applied` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_projectonboardingsteps` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(2),
  `title` VARCHAR(1000) NOT NULL,
  `description` TEXT NOT NULL,
  `order` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `codename` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `htx_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(256) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `first_name` VARCHAR(256) NOT NULL,
  `last_name` VARCHAR(256) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  `last_activity` DATETIME(6) NOT NULL,
  `activity_at` DATETIME(6) NOT NULL,
  `phone` VARCHAR(256) NOT NULL,
  `avatar` VARCHAR(100) NOT NULL,
  `active_organization_id` INT,
  `allow_newsletters` TINYINT(1),
  `custom_hotkeys` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `htx_user_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `htx_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `htx_user_groups_user_id_group_id_34da071d_uniq` (`user_id`, `group_id`),
  CONSTRAINT `htx_user_groups_group_id_d0fee99a_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `htx_user_groups_user_id_620c9163_fk_htx_user_id` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `htx_user_user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `htx_user_user_permissions_user_id_permission_id_12eb87f0_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `htx_user_user_permis_permission_id_edaf5db1_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `htx_user_user_permissions_user_id_a71f59ac_fk_htx_user_id` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(1000) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` INT,
  `token` VARCHAR(256),
  `contact_info` VARCHAR(254),
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_created_by_id_key` (`created_by_id`),
  UNIQUE KEY `organization_token_key` (`token`),
  CONSTRAINT `organization_created_by_id_35551e36_fk_htx_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations_organizationmember` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `organization_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `organizations_organi_organization_id_f26cf71b_fk_organizat` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`),
  CONSTRAINT `organizations_organi_user_id_f3845ee5_fk_htx_user_` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(50),
  `label_config` TEXT,
  `expert_instruction` TEXT,
  `show_instruction` TINYINT(1) NOT NULL,
  `maximum_annotations` INT NOT NULL,
  `model_version` TEXT,
  `data_types` JSON,
  `is_published` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` INT,
  `show_skip_button` TINYINT(1) NOT NULL,
  `enable_empty_annotation` TINYINT(1) NOT NULL,
  `min_annotations_to_start_training` INT NOT NULL,
  `show_annotation_history` TINYINT(1) NOT NULL,
  `show_collab_predictions` TINYINT(1) NOT NULL,
  `show_ground_truth_first` TINYINT(1) NOT NULL,
  `sampling` VARCHAR(100),
  `task_data_login` VARCHAR(256),
  `task_data_password` VARCHAR(256),
  `overlap_cohort_percentage` INT NOT NULL,
  `show_overlap_first` TINYINT(1) NOT NULL,
  `control_weights` JSON,
  `token` VARCHAR(256),
  `result_count` INT NOT NULL,
  `organization_id` INT,
  `is_draft` TINYINT(1) NOT NULL,
  `description` TEXT,
  `color` VARCHAR(16),
  `evaluate_predictions_automatically` TINYINT(1) NOT NULL,
  `reveal_preannotations_interactively` TINYINT(1) NOT NULL,
  `skip_queue` VARCHAR(100),
  `parsed_label_config` JSON,
  `pinned_at` DATETIME(6),
  `label_config_hash` BIGINT,
  `custom_task_lock_ttl` INT,
  `search_vector` TEXT,
  `deleted_at` DATETIME(6),
  `deleted_by_id` INT,
  `purge_at` DATETIME(6),
  `annotator_evaluation_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `project_created_by_id_6cc13408_fk_htx_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `htx_user` (`id`),
  CONSTRAINT `project_deleted_by_id_12e91153_fk_htx_user_id` FOREIGN KEY (`deleted_by_id`) REFERENCES `htx_user` (`id`),
  CONSTRAINT `project_organization_id_3c9f74fb_fk_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_labelstreamhistory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `data` JSON NOT NULL,
  `project_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_history` (`user_id`, `project_id`),
  CONSTRAINT `projects_labelstreamhistory_project_id_906c91dd_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `projects_labelstreamhistory_user_id_1b571ab9_fk_htx_user_id` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_projectimport` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `preannotated_from_fields` JSON,
  `commit_to_project` TINYINT(1) NOT NULL,
  `return_task_ids` TINYINT(1) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `url` VARCHAR(2048),
  `traceback` TEXT,
  `error` TEXT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `finished_at` DATETIME(6),
  `task_count` INT NOT NULL,
  `annotation_count` INT NOT NULL,
  `prediction_count` INT NOT NULL,
  `duration` INT NOT NULL,
  `file_upload_ids` JSON NOT NULL,
  `could_be_tasks_list` TINYINT(1) NOT NULL,
  `found_formats` JSON NOT NULL,
  `data_columns` JSON NOT NULL,
  `tasks` JSON,
  `task_ids` JSON NOT NULL,
  `project_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `projects_projectimport_project_id_619e3461_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_projectmember` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `enabled` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `project_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `projects_projectmember_project_id_e589ddea_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `projects_projectmember_user_id_a475bbd8_fk_htx_user_id` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_projectonboarding` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `finished` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `project_id` INT NOT NULL,
  `step_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `projects_projectonbo_step_id_c232d94b_fk_projects_` FOREIGN KEY (`step_id`) REFERENCES `projects_projectonboardingsteps` (`id`),
  CONSTRAINT `projects_projectonboarding_project_id_120e4f53_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_projectreimport` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` VARCHAR(64) NOT NULL,
  `error` TEXT,
  `task_count` INT NOT NULL,
  `annotation_count` INT NOT NULL,
  `prediction_count` INT NOT NULL,
  `duration` INT NOT NULL,
  `file_upload_ids` JSON NOT NULL,
  `files_as_tasks_list` TINYINT(1) NOT NULL,
  `found_formats` JSON NOT NULL,
  `data_columns` JSON NOT NULL,
  `traceback` TEXT,
  `project_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `projects_projectreimport_project_id_6bcffbed_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_projectsummary` (
  `project_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `all_data_columns` JSON,
  `common_data_columns` JSON,
  `created_annotations` JSON,
  `created_labels` JSON,
  `created_labels_drafts` JSON,
  PRIMARY KEY (`project_id`),
  CONSTRAINT `projects_projectsummary_project_id_0d5aff36_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_policy_sessiontimeoutpolicy` (
  `organization_id` INT NOT NULL,
  `max_session_age` INT NOT NULL,
  `max_time_between_activity` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`organization_id`),
  CONSTRAINT `session_policy_sessi_organization_id_c2feae9a_fk_organizat` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
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
  CONSTRAINT `token_blacklist_outs_user_id_83bc629a_fk_htx_user_` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_userproducttour` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256) NOT NULL,
  `state` VARCHAR(32) NOT NULL,
  `interaction_data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_userproducttour_user_id_64e8adfc_fk_htx_user_id` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(2048) NOT NULL,
  `send_payload` TINYINT(1) NOT NULL,
  `send_for_all_actions` TINYINT(1) NOT NULL,
  `headers` JSON NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `organization_id` INT NOT NULL,
  `project_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `webhook_organization_id_b5440e9a_fk_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`),
  CONSTRAINT `webhook_project_id_e686d00c_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_action` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(128) NOT NULL,
  `webhook_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `webhook_action_webhook_id_action_11842b15_uniq` (`webhook_id`, `action`),
  CONSTRAINT `webhook_action_webhook_id_4eb6213f_fk_webhook_id` FOREIGN KEY (`webhook_id`) REFERENCES `webhook` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` VARCHAR(40) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_key` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_htx_user_id` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_asyncmigrationstatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `meta` JSON,
  `name` TEXT NOT NULL,
  `status` VARCHAR(100),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `project_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_asyncmigrationstatus_project_id_c78fbf75_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_export_export` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `file` VARCHAR(100),
  `md5` VARCHAR(128) NOT NULL,
  `finished_at` DATETIME(6),
  `status` VARCHAR(64) NOT NULL,
  `counters` JSON NOT NULL,
  `created_by_id` INT,
  `project_id` INT NOT NULL,
  `title` VARCHAR(2048) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `data_export_export_created_by_id_ae0b7af3_fk_htx_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `htx_user` (`id`),
  CONSTRAINT `data_export_export_project_id_dc05487f_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_import_fileupload` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `file` VARCHAR(100) NOT NULL,
  `project_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `data_import_fileupload_project_id_1f511810_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `data_import_fileupload_user_id_a3e1f065_fk_htx_user_id` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_manager_view` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `data` JSON,
  `project_id` INT NOT NULL,
  `ordering` JSON,
  `filter_group_id` INT,
  `selected_items` JSON,
  `user_id` INT,
  `order` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `data_manager_view_filter_group_id_39a9ec2b_fk_data_mana` FOREIGN KEY (`filter_group_id`) REFERENCES `data_manager_filtergroup` (`id`),
  CONSTRAINT `data_manager_view_project_id_59f5a002_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `data_manager_view_user_id_e71e14cd_fk_htx_user_id` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
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
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_htx_user_id` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fsm_projectstate` (
  `id` CHAR(36) NOT NULL,
  `organization_id` INT,
  `previous_state` VARCHAR(50),
  `transition_name` VARCHAR(100),
  `context_data` JSON NOT NULL,
  `reason` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `state` VARCHAR(50) NOT NULL,
  `created_by_id` INT,
  `project_id` INT NOT NULL,
  `triggered_by_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fsm_projectstate_project_id_590cf19b_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `fsm_projectstate_triggered_by_id_345c19fc_fk_htx_user_id` FOREIGN KEY (`triggered_by_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `io_storages_s3exportstorage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(256),
  `description` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `bucket` TEXT,
  `prefix` TEXT,
  `regex_filter` TEXT,
  `use_blob_urls` TINYINT(1) NOT NULL,
  `aws_access_key_id` TEXT,
  `aws_secret_access_key` TEXT,
  `aws_session_token` TEXT,
  `region_name` TEXT,
  `s3_endpoint` TEXT,
  `project_id` INT NOT NULL,
  `last_sync` DATETIME(6),
  `last_sync_count` INT,
  `can_delete_objects` TINYINT(1),
  `last_sync_job` VARCHAR(256),
  `meta` JSON,
  `status` VARCHAR(64) NOT NULL,
  `traceback` TEXT,
  `synchronizable` TINYINT(1) NOT NULL,
  `aws_sse_kms_key_id` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `io_storages_s3exportstorage_project_id_5e76add6_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `io_storages_s3importstorage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(256),
  `description` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `bucket` TEXT,
  `prefix` TEXT,
  `regex_filter` TEXT,
  `use_blob_urls` TINYINT(1) NOT NULL,
  `aws_access_key_id` TEXT,
  `aws_secret_access_key` TEXT,
  `aws_session_token` TEXT,
  `region_name` TEXT,
  `s3_endpoint` TEXT,
  `presign` TINYINT(1) NOT NULL,
  `presign_ttl` SMALLINT NOT NULL,
  `project_id` INT NOT NULL,
  `last_sync` DATETIME(6),
  `last_sync_count` INT,
  `recursive_scan` TINYINT(1) NOT NULL,
  `last_sync_job` VARCHAR(256),
  `meta` JSON,
  `status` VARCHAR(64) NOT NULL,
  `traceback` TEXT,
  `synchronizable` TINYINT(1) NOT NULL,
  `aws_sse_kms_key_id` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `io_storages_s3importstorage_project_id_dee63a8d_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jwt_auth_jwtsettings` (
  `organization_id` INT NOT NULL,
  `api_tokens_enabled` TINYINT(1) NOT NULL,
  `api_token_ttl_days` INT NOT NULL,
  `legacy_api_tokens_enabled` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`organization_id`),
  CONSTRAINT `jwt_auth_jwtsettings_organization_id_1e76aa12_fk_organizat` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels_manager_label` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `value` JSON NOT NULL,
  `title` VARCHAR(2048) NOT NULL,
  `description` TEXT,
  `approved` TINYINT(1) NOT NULL,
  `approved_by_id` INT,
  `created_by_id` INT NOT NULL,
  `organization_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_title` (`title`, `organization_id`),
  CONSTRAINT `labels_manager_label_approved_by_id_4b6a871f_fk_htx_user_id` FOREIGN KEY (`approved_by_id`) REFERENCES `htx_user` (`id`),
  CONSTRAINT `labels_manager_label_created_by_id_e3b3e785_fk_htx_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `htx_user` (`id`),
  CONSTRAINT `labels_manager_label_organization_id_5f714874_fk_organizat` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels_manager_labellink` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `from_name` VARCHAR(2048) NOT NULL,
  `label_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_label_project` (`project_id`, `label_id`),
  CONSTRAINT `labels_manager_label_label_id_c8afbfa4_fk_labels_ma` FOREIGN KEY (`label_id`) REFERENCES `labels_manager_label` (`id`),
  CONSTRAINT `labels_manager_labellink_project_id_e3d33738_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ml_mlbackend` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `state` VARCHAR(2) NOT NULL,
  `url` TEXT NOT NULL,
  `error_message` TEXT,
  `title` TEXT,
  `description` TEXT,
  `model_version` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `project_id` INT NOT NULL,
  `is_interactive` TINYINT(1) NOT NULL,
  `timeout` DOUBLE NOT NULL,
  `auto_update` TINYINT(1) NOT NULL,
  `auth_method` VARCHAR(255) NOT NULL,
  `basic_auth_pass` TEXT,
  `basic_auth_user` TEXT,
  `extra_params` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `ml_mlbackend_project_id_ca08142d_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ml_mlbackendpredictionjob` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `job_id` VARCHAR(128) NOT NULL,
  `model_version` TEXT,
  `batch_size` SMALLINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `ml_backend_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ml_mlbackendpredicti_ml_backend_id_c1aea4f1_fk_ml_mlback` FOREIGN KEY (`ml_backend_id`) REFERENCES `ml_mlbackend` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ml_mlbackendtrainjob` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `job_id` VARCHAR(128) NOT NULL,
  `model_version` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `ml_backend_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ml_mlbackendtrainjob_ml_backend_id_3d40686e_fk_ml_mlbackend_id` FOREIGN KEY (`ml_backend_id`) REFERENCES `ml_mlbackend` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ml_model_providers_modelproviderconnection` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(255) NOT NULL,
  `api_key` TEXT,
  `scope` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` INT,
  `organization_id` INT,
  `deployment_name` VARCHAR(512),
  `endpoint` VARCHAR(512),
  `cached_available_models` VARCHAR(4096),
  `auth_token` TEXT,
  `budget_alert_threshold` DOUBLE,
  `budget_last_reset_date` DATETIME(6),
  `budget_limit` DOUBLE,
  `budget_reset_period` VARCHAR(20),
  `budget_total_spent` DOUBLE,
  `is_internal` TINYINT(1),
  `google_application_credentials` TEXT,
  `google_location` VARCHAR(255),
  `google_project_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `ml_model_providers_m_created_by_id_2e24aab7_fk_htx_user_` FOREIGN KEY (`created_by_id`) REFERENCES `htx_user` (`id`),
  CONSTRAINT `ml_model_providers_m_organization_id_ef7f6136_fk_organizat` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ml_models_modelinterface` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(500) NOT NULL,
  `description` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` INT,
  `organization_id` INT,
  `input_fields` JSON NOT NULL,
  `output_classes` JSON NOT NULL,
  `skill_name` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `ml_models_modelinter_organization_id_d5688149_fk_organizat` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`),
  CONSTRAINT `ml_models_modelinterface_created_by_id_8ba717c0_fk_htx_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ml_models_modelinterface_associated_projects` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `modelinterface_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ml_models_modelinterface_modelinterface_id_projec_4278f3da_uniq` (`modelinterface_id`, `project_id`),
  CONSTRAINT `ml_models_modelinter_modelinterface_id_035df3df_fk_ml_models` FOREIGN KEY (`modelinterface_id`) REFERENCES `ml_models_modelinterface` (`id`),
  CONSTRAINT `ml_models_modelinter_project_id_76a17855_fk_project_i` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ml_models_thirdpartymodelversion` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(500) NOT NULL,
  `prompt` TEXT NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `provider_model_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` INT,
  `organization_id` INT,
  `parent_model_id` INT NOT NULL,
  `model_provider_connection_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `ml_models_thirdparty_created_by_id_b1fb2c2f_fk_htx_user_` FOREIGN KEY (`created_by_id`) REFERENCES `htx_user` (`id`),
  CONSTRAINT `ml_models_thirdparty_model_provider_conne_b98c173f_fk_ml_model_` FOREIGN KEY (`model_provider_connection_id`) REFERENCES `ml_model_providers_modelproviderconnection` (`id`),
  CONSTRAINT `ml_models_thirdparty_organization_id_a4a5df4d_fk_organizat` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`),
  CONSTRAINT `ml_models_thirdparty_parent_model_id_599e1869_fk_ml_models` FOREIGN KEY (`parent_model_id`) REFERENCES `ml_models_modelinterface` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `is_labeled` TINYINT(1) NOT NULL,
  `project_id` INT,
  `meta` JSON,
  `overlap` INT NOT NULL,
  `file_upload_id` INT,
  `updated_by_id` INT,
  `inner_id` BIGINT,
  `total_annotations` INT NOT NULL,
  `cancelled_annotations` INT NOT NULL,
  `total_predictions` INT NOT NULL,
  `comment_count` INT NOT NULL,
  `last_comment_updated_at` DATETIME(6),
  `unresolved_comment_count` INT NOT NULL,
  `precomputed_agreement` DOUBLE,
  `allow_skip` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `task_file_upload_id_549188ed_fk_data_import_fileupload_id` FOREIGN KEY (`file_upload_id`) REFERENCES `data_import_fileupload` (`id`),
  CONSTRAINT `task_project_id_963d6354_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `task_updated_by_id_c9d9ddfb_fk_htx_user_id` FOREIGN KEY (`updated_by_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_comment_authors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_comment_authors_task_id_user_id_f6f772c9_uniq` (`task_id`, `user_id`),
  CONSTRAINT `task_comment_authors_task_id_80618a4a_fk_task_id` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `task_comment_authors_user_id_ff0b1cf0_fk_htx_user_id` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_tasklock` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `expire_at` DATETIME(6) NOT NULL,
  `task_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `unique_id` CHAR(36),
  `created_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tasks_tasklock_unique_id_key` (`unique_id`),
  CONSTRAINT `tasks_tasklock_task_id_6531a5ed_fk_task_id` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `tasks_tasklock_user_id_748ae86f_fk_htx_user_id` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_blacklist_blacklistedtoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blacklisted_at` DATETIME(6) NOT NULL,
  `token_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_blacklist_blacklistedtoken_token_id_key` (`token_id`),
  CONSTRAINT `token_blacklist_blacklistedtoken_token_id_3cc7fe56_fk` FOREIGN KEY (`token_id`) REFERENCES `token_blacklist_outstandingtoken` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_export_convertedformat` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `file` VARCHAR(100),
  `status` VARCHAR(64) NOT NULL,
  `export_type` VARCHAR(64) NOT NULL,
  `export_id` INT NOT NULL,
  `created_at` DATETIME(6),
  `created_by_id` INT,
  `finished_at` DATETIME(6),
  `organization_id` INT,
  `project_id` INT,
  `updated_at` DATETIME(6),
  `traceback` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `data_export_converte_created_by_id_a765f2cd_fk_htx_user_` FOREIGN KEY (`created_by_id`) REFERENCES `htx_user` (`id`),
  CONSTRAINT `data_export_converte_export_id_3305f028_fk_data_expo` FOREIGN KEY (`export_id`) REFERENCES `data_export_export` (`id`),
  CONSTRAINT `data_export_converte_organization_id_d0e9d7c8_fk_organizat` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`),
  CONSTRAINT `data_export_convertedformat_project_id_3cda1a1c_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fsm_taskstate` (
  `id` CHAR(36) NOT NULL,
  `organization_id` INT,
  `previous_state` VARCHAR(50),
  `transition_name` VARCHAR(100),
  `context_data` JSON NOT NULL,
  `reason` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `state` VARCHAR(50) NOT NULL,
  `project_id` INT NOT NULL,
  `task_id` INT NOT NULL,
  `triggered_by_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fsm_taskstate_task_id_94042c41_fk_task_id` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `fsm_taskstate_triggered_by_id_1f1dfd8f_fk_htx_user_id` FOREIGN KEY (`triggered_by_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `io_storages_s3importstoragelink` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` TEXT NOT NULL,
  `object_exists` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `storage_id` INT NOT NULL,
  `task_id` INT NOT NULL,
  `row_group` INT,
  `row_index` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `io_storages_s3importstoragelink_task_id_key` (`task_id`),
  CONSTRAINT `io_storages_s3import_storage_id_50ca5bd8_fk_io_storag` FOREIGN KEY (`storage_id`) REFERENCES `io_storages_s3importstorage` (`id`),
  CONSTRAINT `io_storages_s3importstoragelink_task_id_126f4f82_fk_task_id` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ml_models_modelrun` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_subset` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `triggered_at` DATETIME(6),
  `completed_at` DATETIME(6),
  `created_by_id` INT,
  `model_version_id` INT NOT NULL,
  `organization_id` INT,
  `project_id` INT NOT NULL,
  `job_id` VARCHAR(255),
  `predictions_updated_at` DATETIME(6),
  `total_correct_predictions` INT NOT NULL,
  `total_predictions` INT NOT NULL,
  `total_tasks` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ml_models_modelrun_created_by_id_1a302218_fk_htx_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `htx_user` (`id`),
  CONSTRAINT `ml_models_modelrun_model_version_id_e15572eb_fk_ml_models` FOREIGN KEY (`model_version_id`) REFERENCES `ml_models_thirdpartymodelversion` (`id`),
  CONSTRAINT `ml_models_modelrun_organization_id_1f7f8243_fk_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`),
  CONSTRAINT `ml_models_modelrun_project_id_1b76ea76_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prediction` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `result` JSON,
  `score` DOUBLE,
  `model_version` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `task_id` INT NOT NULL,
  `cluster` INT,
  `neighbors` JSON,
  `mislabeling` DOUBLE NOT NULL,
  `project_id` INT,
  `model_run_id` INT,
  `model_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `prediction_model_id_f9d54ad0_fk_ml_mlbackend_id` FOREIGN KEY (`model_id`) REFERENCES `ml_mlbackend` (`id`),
  CONSTRAINT `prediction_model_run_id_9d95621b_fk_ml_models_modelrun_id` FOREIGN KEY (`model_run_id`) REFERENCES `ml_models_modelrun` (`id`),
  CONSTRAINT `prediction_project_id_ec1ad819_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `prediction_task_id_4e4fb4d3_fk_task_id` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_completion` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `result` JSON,
  `was_cancelled` TINYINT(1) NOT NULL,
  `ground_truth` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `task_id` INT,
  `prediction` JSON,
  `lead_time` DOUBLE,
  `result_count` INT NOT NULL,
  `completed_by_id` INT,
  `parent_prediction_id` INT,
  `parent_annotation_id` INT,
  `last_action` VARCHAR(128),
  `last_created_by_id` INT,
  `project_id` INT,
  `updated_by_id` INT,
  `unique_id` CHAR(36),
  `draft_created_at` DATETIME(6),
  `import_id` BIGINT,
  `bulk_created` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_completion_unique_id_key` (`unique_id`),
  CONSTRAINT `task_completion_completed_by_id_3f3206b1_fk_htx_user_id` FOREIGN KEY (`completed_by_id`) REFERENCES `htx_user` (`id`),
  CONSTRAINT `task_completion_last_created_by_id_a04457d1_fk_htx_user_id` FOREIGN KEY (`last_created_by_id`) REFERENCES `htx_user` (`id`),
  CONSTRAINT `task_completion_parent_annotation_id_58398c37_fk_task_comp` FOREIGN KEY (`parent_annotation_id`) REFERENCES `task_completion` (`id`),
  CONSTRAINT `task_completion_parent_prediction_id_053d00d9_fk_prediction_id` FOREIGN KEY (`parent_prediction_id`) REFERENCES `prediction` (`id`),
  CONSTRAINT `task_completion_project_id_94072c87_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `task_completion_task_id_b9049fbc_fk_task_id` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `task_completion_updated_by_id_1164a739_fk_htx_user_id` FOREIGN KEY (`updated_by_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_annotationdraft` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `result` JSON NOT NULL,
  `lead_time` DOUBLE,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `annotation_id` INT,
  `task_id` INT,
  `user_id` INT NOT NULL,
  `was_postponed` TINYINT(1) NOT NULL,
  `import_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `tasks_annotationdraf_annotation_id_86db74e5_fk_task_comp` FOREIGN KEY (`annotation_id`) REFERENCES `task_completion` (`id`),
  CONSTRAINT `tasks_taskcompletiondraft_task_id_e575af88_fk_task_id` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `tasks_taskcompletiondraft_user_id_b4b84cef_fk_htx_user_id` FOREIGN KEY (`user_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_failedprediction` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `message` TEXT,
  `error_type` VARCHAR(512),
  `model_version` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `ml_backend_model_id` INT,
  `model_run_id` INT,
  `project_id` INT,
  `task_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tasks_failedpredicti_ml_backend_model_id_5813a377_fk_ml_mlback` FOREIGN KEY (`ml_backend_model_id`) REFERENCES `ml_mlbackend` (`id`),
  CONSTRAINT `tasks_failedpredicti_model_run_id_eec73944_fk_ml_models` FOREIGN KEY (`model_run_id`) REFERENCES `ml_models_modelrun` (`id`),
  CONSTRAINT `tasks_failedprediction_project_id_6b803bbe_fk_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `tasks_failedprediction_task_id_ed2f3848_fk_task_id` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fsm_annotationstate` (
  `id` CHAR(36) NOT NULL,
  `organization_id` INT,
  `previous_state` VARCHAR(50),
  `transition_name` VARCHAR(100),
  `context_data` JSON NOT NULL,
  `reason` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `state` VARCHAR(50) NOT NULL,
  `task_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  `completed_by_id` INT,
  `annotation_id` INT NOT NULL,
  `triggered_by_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fsm_annotationstate_annotation_id_a73ea2ec_fk_task_comp` FOREIGN KEY (`annotation_id`) REFERENCES `task_completion` (`id`),
  CONSTRAINT `fsm_annotationstate_triggered_by_id_1e47eb15_fk_htx_user_id` FOREIGN KEY (`triggered_by_id`) REFERENCES `htx_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `io_storages_s3exportstoragelink` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_exists` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `annotation_id` INT NOT NULL,
  `storage_id` INT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `io_storages_s3exportstoragelink_annotation_id_key` (`annotation_id`),
  CONSTRAINT `io_storages_s3export_annotation_id_729994fe_fk_task_comp` FOREIGN KEY (`annotation_id`) REFERENCES `task_completion` (`id`),
  CONSTRAINT `io_storages_s3export_storage_id_a4563d13_fk_io_storag` FOREIGN KEY (`storage_id`) REFERENCES `io_storages_s3exportstorage` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prediction_meta` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `inference_time` DOUBLE,
  `prompt_tokens_count` INT,
  `completion_tokens_count` INT,
  `total_tokens_count` INT,
  `prompt_cost` DOUBLE,
  `completion_cost` DOUBLE,
  `total_cost` DOUBLE,
  `extra` JSON,
  `failed_prediction_id` INT,
  `prediction_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prediction_meta_failed_prediction_id_key` (`failed_prediction_id`),
  UNIQUE KEY `prediction_meta_prediction_id_key` (`prediction_id`),
  CONSTRAINT `prediction_meta_failed_prediction_id_082536d6_fk_tasks_fai` FOREIGN KEY (`failed_prediction_id`) REFERENCES `tasks_failedprediction` (`id`),
  CONSTRAINT `prediction_meta_prediction_id_c33b5954_fk_prediction_id` FOREIGN KEY (`prediction_id`) REFERENCES `prediction` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `htx_user` ADD CONSTRAINT `htx_user_active_organization_id_2e1bb565_fk_organization_id` FOREIGN KEY (`active_organization_id`) REFERENCES `organization` (`id`);
