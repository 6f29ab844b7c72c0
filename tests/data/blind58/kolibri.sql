-- Kolibri (Learning Equality) — trimmed MySQL DDL of the Django models of kolibri.core (auth, logger, exams, lessons,
-- device, bookmarks, notifications, discovery, analytics, content) and its sync layer morango
-- Upstream: github.com/learningequality/kolibri (MIT), release 0.18.0 (PyPI wheel kolibri==0.18.0, whose bundled
-- models and migrations were compared with the fetched develop branch, commit 9966f00def5fb3df0b3670bc85c007d85f6a8ab0:
-- identical except that 0.18.0 adds exams migration 0010, the column instant_report_visibility).
-- Rendered by Django 3.2's MySQL schema editor (create_model, collect_sql) from the installed models.
-- Kolibri's DateTimeTzField declares db_type "varchar" without a length (it targets SQLite/PostgreSQL only); it is
-- written here as varchar(64). Index and foreign-key statements left out; help_text kept as COMMENTs.

CREATE TABLE `kolibriauth_facilitydataset` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `description` longtext NOT NULL,
  `location` varchar(200) NOT NULL,
  `preset` varchar(50) NOT NULL,
  `learner_can_edit_username` bool NOT NULL,
  `learner_can_edit_name` bool NOT NULL,
  `learner_can_edit_password` bool NOT NULL,
  `learner_can_sign_up` bool NOT NULL,
  `learner_can_delete_account` bool NOT NULL,
  `learner_can_login_with_no_password` bool NOT NULL,
  `show_download_button_in_learn` bool NOT NULL,
  `extra_fields` longtext NULL,
  `registered` bool NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kolibriauth_facilityuser` (
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `username` varchar(254) NOT NULL COMMENT 'Required. 254 characters or fewer.',
  `full_name` varchar(120) NOT NULL,
  `date_joined` varchar(64) NOT NULL,
  `facility_id` char(32) NOT NULL,
  `gender` varchar(16) NOT NULL,
  `birth_year` varchar(16) NOT NULL,
  `id_number` varchar(64) NOT NULL,
  `extra_demographics` longtext NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kolibriauth_collection` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `name` varchar(100) NOT NULL,
  `parent_id` char(32) NULL,
  `kind` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kolibriauth_membership` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  `collection_id` char(32) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kolibriauth_role` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  `collection_id` char(32) NOT NULL,
  `kind` varchar(26) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logger_contentsessionlog` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `user_id` char(32) NULL,
  `content_id` char(32) NOT NULL,
  `visitor_id` char(32) NULL,
  `channel_id` char(32) NULL,
  `start_timestamp` varchar(64) NOT NULL,
  `end_timestamp` varchar(64) NULL,
  `time_spent` double precision NOT NULL COMMENT '(in seconds)',
  `progress` double precision NOT NULL,
  `kind` varchar(200) NOT NULL,
  `extra_fields` longtext NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logger_contentsummarylog` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  `content_id` char(32) NOT NULL,
  `channel_id` char(32) NULL,
  `start_timestamp` varchar(64) NOT NULL,
  `end_timestamp` varchar(64) NULL,
  `completion_timestamp` varchar(64) NULL,
  `time_spent` double precision NOT NULL COMMENT '(in seconds)',
  `progress` double precision NOT NULL,
  `kind` varchar(200) NOT NULL,
  `extra_fields` longtext NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logger_usersessionlog` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  `channels` longtext NOT NULL,
  `start_timestamp` varchar(64) NOT NULL,
  `last_interaction_timestamp` varchar(64) NULL,
  `pages` longtext NOT NULL,
  `device_info` varchar(100) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logger_masterylog` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  `summarylog_id` char(32) NOT NULL,
  `mastery_criterion` longtext NOT NULL,
  `start_timestamp` varchar(64) NOT NULL,
  `end_timestamp` varchar(64) NULL,
  `completion_timestamp` varchar(64) NULL,
  `mastery_level` integer NOT NULL,
  `complete` bool NOT NULL,
  `time_spent` double precision NULL COMMENT '(in seconds)'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logger_attemptlog` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `item` varchar(200) NOT NULL,
  `start_timestamp` varchar(64) NOT NULL,
  `end_timestamp` varchar(64) NOT NULL,
  `completion_timestamp` varchar(64) NULL,
  `time_spent` double precision NOT NULL COMMENT '(in seconds)',
  `complete` bool NOT NULL,
  `correct` double precision NOT NULL,
  `hinted` bool NOT NULL,
  `answer` longtext NULL,
  `simple_answer` varchar(200) NOT NULL,
  `interaction_history` longtext NOT NULL,
  `user_id` char(32) NULL,
  `error` bool NOT NULL,
  `masterylog_id` char(32) NULL,
  `sessionlog_id` char(32) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logger_examlog` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `exam_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  `closed` bool NOT NULL,
  `completion_timestamp` varchar(64) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logger_examattemptlog` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `item` varchar(200) NOT NULL,
  `start_timestamp` varchar(64) NOT NULL,
  `end_timestamp` varchar(64) NOT NULL,
  `completion_timestamp` varchar(64) NULL,
  `time_spent` double precision NOT NULL COMMENT '(in seconds)',
  `complete` bool NOT NULL,
  `correct` double precision NOT NULL,
  `hinted` bool NOT NULL,
  `answer` longtext NULL,
  `simple_answer` varchar(200) NOT NULL,
  `interaction_history` longtext NOT NULL,
  `user_id` char(32) NULL,
  `error` bool NOT NULL,
  `examlog_id` char(32) NOT NULL,
  `content_id` char(32) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logger_generatecsvlogrequest` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `facility_id` char(32) NOT NULL,
  `selected_start_date` varchar(64) NULL,
  `selected_end_date` varchar(64) NULL,
  `date_requested` varchar(64) NOT NULL,
  `log_type` varchar(7) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exams_draftexam` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `title` varchar(200) NOT NULL,
  `question_count` integer NOT NULL,
  `question_sources` longtext NOT NULL,
  `seed` integer NOT NULL,
  `learners_see_fixed_order` bool NOT NULL,
  `collection_id` char(32) NOT NULL,
  `creator_id` char(32) NULL,
  `data_model_version` smallint NOT NULL,
  `instant_report_visibility` bool NULL,
  `assignments` longtext NOT NULL,
  `learner_ids` longtext NOT NULL,
  `date_created` datetime(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exams_exam` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `title` varchar(200) NOT NULL,
  `question_count` integer NOT NULL,
  `question_sources` longtext NOT NULL,
  `seed` integer NOT NULL,
  `learners_see_fixed_order` bool NOT NULL,
  `collection_id` char(32) NOT NULL,
  `creator_id` char(32) NULL,
  `data_model_version` smallint NOT NULL,
  `instant_report_visibility` bool NULL,
  `active` bool NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_activated` datetime(6) NULL,
  `archive` bool NOT NULL,
  `date_archived` datetime(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exams_examassignment` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `exam_id` char(32) NOT NULL,
  `collection_id` char(32) NOT NULL,
  `assigned_by_id` char(32) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exams_individualsyncableexam` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  `collection_id` char(32) NOT NULL,
  `exam_id` char(32) NOT NULL,
  `serialized_exam` longtext NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lessons_lesson` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `title` varchar(50) NOT NULL,
  `description` varchar(200) NOT NULL,
  `resources` longtext NOT NULL,
  `is_active` bool NOT NULL,
  `collection_id` char(32) NOT NULL,
  `created_by_id` char(32) NULL,
  `date_created` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lessons_lessonassignment` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `lesson_id` char(32) NOT NULL,
  `collection_id` char(32) NOT NULL,
  `assigned_by_id` char(32) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lessons_individualsyncablelesson` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  `collection_id` char(32) NOT NULL,
  `lesson_id` char(32) NOT NULL,
  `serialized_lesson` longtext NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_devicepermissions` (
  `user_id` char(32) NOT NULL PRIMARY KEY,
  `is_superuser` bool NOT NULL,
  `can_manage_content` bool NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_devicesettings` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `is_provisioned` bool NOT NULL,
  `language_id` varchar(15) NULL,
  `default_facility_id` char(32) NULL,
  `landing_page` varchar(7) NOT NULL,
  `allow_guest_access` bool NOT NULL,
  `allow_peer_unlisted_channel_import` bool NOT NULL,
  `allow_learner_unassigned_resource_access` bool NOT NULL,
  `name` varchar(50) NOT NULL,
  `allow_other_browsers_to_connect` bool NOT NULL,
  `subset_of_users_device` bool NOT NULL,
  `extra_settings` longtext NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_deviceappkey` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `key` char(32) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_syncqueue` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `user_id` char(32) NOT NULL,
  `instance_id` char(32) NOT NULL,
  `datetime` datetime(6) NOT NULL,
  `updated` double precision NOT NULL,
  `keep_alive` double precision NOT NULL,
  `last_sync` double precision NULL,
  `status` varchar(20) NOT NULL,
  `sync_session_id` char(32) NULL,
  `attempts` integer NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_usersyncstatus` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` char(32) NOT NULL UNIQUE,
  `sync_session_id` char(32) NULL,
  `status` varchar(20) NOT NULL,
  `updated` datetime(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_osuser` (
  `user_id` char(32) NOT NULL PRIMARY KEY,
  `os_username` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_learnerdevicestatus` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `instance_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `status` varchar(32) NOT NULL,
  `status_sentiment` integer NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks_bookmark` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `_morango_dirty_bit` bool NOT NULL,
  `_morango_source_id` varchar(96) NOT NULL,
  `_morango_partition` varchar(128) NOT NULL,
  `dataset_id` char(32) NOT NULL,
  `content_id` char(32) NULL,
  `channel_id` char(32) NULL,
  `contentnode_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_learnerprogressnotification` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `notification_object` varchar(200) NOT NULL,
  `notification_event` varchar(200) NOT NULL,
  `user_id` char(32) NOT NULL,
  `classroom_id` char(32) NOT NULL,
  `assignment_collections` longtext NULL,
  `contentnode_id` char(32) NULL,
  `lesson_id` char(32) NULL,
  `quiz_id` char(32) NULL,
  `quiz_num_correct` integer NULL,
  `quiz_num_answered` integer NULL,
  `reason` varchar(200) NOT NULL,
  `timestamp` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_notificationslog` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `coach_id` char(32) NOT NULL,
  `timestamp` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discovery_networklocation` (
  `id` varchar(36) NOT NULL PRIMARY KEY,
  `location_type` varchar(8) NOT NULL,
  `base_url` varchar(100) NOT NULL,
  `nickname` varchar(100) NOT NULL,
  `last_known_ip` char(39) NULL,
  `broadcast_id` varchar(36) NULL,
  `connection_status` varchar(32) NOT NULL,
  `connection_faults` integer NOT NULL,
  `application` varchar(32) NOT NULL,
  `kolibri_version` varchar(100) NOT NULL,
  `instance_id` varchar(32) NOT NULL,
  `device_name` varchar(100) NOT NULL,
  `operating_system` varchar(32) NOT NULL,
  `subset_of_users_device` bool NOT NULL,
  `min_content_schema_version` varchar(32) NULL,
  `added` datetime(6) NOT NULL,
  `last_accessed` datetime(6) NOT NULL,
  `is_local` bool NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discovery_pinneddevice` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `instance_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_pingbacknotification` (
  `id` varchar(50) NOT NULL PRIMARY KEY,
  `version_range` varchar(50) NOT NULL,
  `timestamp` date NOT NULL,
  `link_url` varchar(150) NOT NULL,
  `i18n` longtext NOT NULL,
  `active` bool NOT NULL,
  `source` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_pingbacknotificationdismissed` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` char(32) NOT NULL,
  `notification_id` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `morango_certificate` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `parent_id` char(32) NULL,
  `profile` varchar(20) NOT NULL,
  `scope_definition_id` varchar(20) NOT NULL,
  `scope_version` integer NOT NULL,
  `scope_params` longtext NOT NULL,
  `public_key` longtext NOT NULL,
  `salt` varchar(32) NOT NULL,
  `serialized` longtext NOT NULL,
  `signature` longtext NOT NULL,
  `private_key` longtext NULL,
  `lft` integer UNSIGNED NOT NULL CHECK (`lft` >= 0),
  `rght` integer UNSIGNED NOT NULL CHECK (`rght` >= 0),
  `tree_id` integer UNSIGNED NOT NULL CHECK (`tree_id` >= 0),
  `level` integer UNSIGNED NOT NULL CHECK (`level` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `morango_store` (
  `profile` varchar(40) NOT NULL,
  `serialized` longtext NOT NULL,
  `deleted` bool NOT NULL,
  `hard_deleted` bool NOT NULL,
  `last_saved_instance` char(32) NOT NULL,
  `last_saved_counter` integer NOT NULL,
  `partition` longtext NOT NULL,
  `source_id` varchar(96) NOT NULL,
  `model_name` varchar(40) NOT NULL,
  `conflicting_serialized_data` longtext NOT NULL,
  `_self_ref_fk` varchar(32) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `dirty_bit` bool NOT NULL,
  `deserialization_error` longtext NOT NULL,
  `last_transfer_session_id` char(32) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `morango_syncsession` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `start_timestamp` datetime(6) NOT NULL,
  `last_activity_timestamp` datetime(6) NOT NULL,
  `active` bool NOT NULL,
  `is_server` bool NOT NULL,
  `client_certificate_id` char(32) NULL,
  `server_certificate_id` char(32) NULL,
  `profile` varchar(40) NOT NULL,
  `connection_kind` varchar(10) NOT NULL,
  `connection_path` varchar(1000) NOT NULL,
  `client_ip` varchar(100) NOT NULL,
  `server_ip` varchar(100) NOT NULL,
  `client_instance_id` char(32) NULL,
  `client_instance_json` longtext NOT NULL,
  `server_instance_id` char(32) NULL,
  `server_instance_json` longtext NOT NULL,
  `extra_fields` longtext NOT NULL,
  `process_id` integer NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `morango_transfersession` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `filter` longtext NOT NULL,
  `push` bool NOT NULL,
  `active` bool NOT NULL,
  `records_transferred` integer NOT NULL,
  `records_total` integer NULL,
  `bytes_sent` bigint NULL,
  `bytes_received` bigint NULL,
  `sync_session_id` char(32) NOT NULL,
  `start_timestamp` datetime(6) NOT NULL,
  `last_activity_timestamp` datetime(6) NOT NULL,
  `client_fsic` longtext NOT NULL,
  `server_fsic` longtext NOT NULL,
  `transfer_stage` varchar(20) NULL,
  `transfer_stage_status` varchar(20) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `morango_instanceidmodel` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `platform` longtext NOT NULL,
  `hostname` longtext NOT NULL,
  `sysversion` longtext NOT NULL,
  `node_id` varchar(20) NOT NULL,
  `database_id` char(32) NOT NULL,
  `counter` integer NOT NULL,
  `current` bool NOT NULL,
  `db_path` varchar(1000) NOT NULL,
  `system_id` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `morango_deletedmodels` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `profile` varchar(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL PRIMARY KEY,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content_channelmetadata` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `name` varchar(200) NOT NULL,
  `description` varchar(400) NOT NULL,
  `tagline` varchar(150) NULL,
  `author` varchar(400) NOT NULL,
  `version` integer NOT NULL,
  `thumbnail` longtext NOT NULL,
  `last_updated` varchar(64) NULL,
  `min_schema_version` varchar(50) NOT NULL,
  `root_id` char(32) NOT NULL,
  `published_size` bigint NULL,
  `total_resource_count` integer NULL,
  `included_categories` longtext NULL,
  `included_grade_levels` longtext NULL,
  `order` integer UNSIGNED NULL CHECK (`order` >= 0),
  `public` bool NULL,
  `partial` bool NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content_contentrequest` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `facility_id` char(32) NOT NULL,
  `source_model` varchar(40) NOT NULL,
  `source_id` char(32) NOT NULL,
  `source_instance_id` char(32) NULL,
  `requested_at` varchar(64) NOT NULL,
  `type` varchar(8) NOT NULL,
  `reason` varchar(14) NOT NULL,
  `status` varchar(11) NOT NULL,
  `contentnode_id` char(32) NOT NULL,
  `metadata` longtext NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
