-- Beiwe (Onnela Lab, Harvard T.H. Chan School of Public Health): research platform for smartphone-based digital
-- phenotyping in psychiatry / mental health (participant app, study researchers, surveys, passive sensor data),
-- github.com/onnela-lab/beiwe-backend, commit a59eeaaaaaeb1e6fa29b50af86f6b85ce0052ef8 (BSD-3-Clause).
-- Upstream runs on PostgreSQL and keeps its schema as Django models (database/*_models.py). This DDL is the MySQL/
-- MariaDB schema Django 5.2.11 (upstream's pinned version) builds from those models: makemigrations on an empty
-- migrations folder, migrate on a scratch MariaDB 10.11 database, mysqldump --no-data (table, column and constraint
-- names, order and types as Django's MySQL backend writes them). Every model of the app is included, with Django's
-- own django_migrations table. Tables are in mysqldump's alphabetical order, so foreign-key checks are switched off.
SET FOREIGN_KEY_CHECKS=0;

/*M!999999\- enable the sandbox mode */ 
CREATE TABLE `database_absoluteschedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `date` date NOT NULL,
  `hour` int(10) unsigned NOT NULL CHECK (`hour` >= 0),
  `minute` int(10) unsigned NOT NULL CHECK (`minute` >= 0),
  `survey_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_absolutesch_survey_id_22c7c897_fk_database_` (`survey_id`),
  CONSTRAINT `database_absolutesch_survey_id_22c7c897_fk_database_` FOREIGN KEY (`survey_id`) REFERENCES `database_survey` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_apikey` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `access_key_id` varchar(64) NOT NULL,
  `access_key_secret` varchar(256) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `last_used` datetime(6) DEFAULT NULL,
  `readable_name` longtext NOT NULL,
  `researcher_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_key_id` (`access_key_id`),
  KEY `database_apikey_researcher_id_9fa7f604_fk_database_researcher_id` (`researcher_id`),
  CONSTRAINT `database_apikey_researcher_id_9fa7f604_fk_database_researcher_id` FOREIGN KEY (`researcher_id`) REFERENCES `database_researcher` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_appheartbeats` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `message` longtext DEFAULT NULL,
  `participant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_appheartbea_participant_id_36c68a4d_fk_database_` (`participant_id`),
  KEY `database_appheartbeats_timestamp_9d64a637` (`timestamp`),
  CONSTRAINT `database_appheartbea_participant_id_36c68a4d_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_appversionhistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `app_version_code` varchar(16) NOT NULL,
  `app_version_name` varchar(16) NOT NULL,
  `os_version` varchar(16) NOT NULL,
  `os_is_ios` tinyint(1) DEFAULT NULL,
  `participant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_appversionh_participant_id_f2732285_fk_database_` (`participant_id`),
  CONSTRAINT `database_appversionh_participant_id_f2732285_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_archivedevent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `schedule_type` varchar(32) DEFAULT NULL,
  `scheduled_time` datetime(6) DEFAULT NULL,
  `status` longtext NOT NULL,
  `uuid` uuid DEFAULT NULL,
  `confirmed_received` tinyint(1) DEFAULT NULL,
  `was_resend` tinyint(1) NOT NULL,
  `participant_id` int(11) NOT NULL,
  `survey_archive_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_archivedeve_participant_id_2b12b787_fk_database_` (`participant_id`),
  KEY `database_archivedeve_survey_archive_id_85c889b4_fk_database_` (`survey_archive_id`),
  KEY `database_archivedevent_schedule_type_8d192c41` (`schedule_type`),
  KEY `database_archivedevent_scheduled_time_bb860999` (`scheduled_time`),
  KEY `database_archivedevent_uuid_25d10068` (`uuid`),
  KEY `database_archivedevent_confirmed_received_d149be30` (`confirmed_received`),
  CONSTRAINT `database_archivedeve_participant_id_2b12b787_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`),
  CONSTRAINT `database_archivedeve_survey_archive_id_85c889b4_fk_database_` FOREIGN KEY (`survey_archive_id`) REFERENCES `database_surveyarchive` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_chunkregistry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `is_chunkable` tinyint(1) NOT NULL,
  `chunk_path` varchar(256) NOT NULL,
  `chunk_hash` varchar(25) NOT NULL,
  `data_type` varchar(32) NOT NULL,
  `time_bin` datetime(6) NOT NULL,
  `file_size` int(11) DEFAULT NULL,
  `participant_id` int(11) NOT NULL,
  `study_id` int(11) NOT NULL,
  `survey_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `chunk_path` (`chunk_path`),
  KEY `database_chunkregist_participant_id_86ed17cf_fk_database_` (`participant_id`),
  KEY `database_chunkregistry_study_id_02c441c3_fk_database_study_id` (`study_id`),
  KEY `database_chunkregistry_survey_id_6d3ed776_fk_database_survey_id` (`survey_id`),
  KEY `database_chunkregistry_last_updated_2dbdf08d` (`last_updated`),
  KEY `database_chunkregistry_data_type_4d2b40c8` (`data_type`),
  KEY `database_chunkregistry_time_bin_8a5bd57c` (`time_bin`),
  CONSTRAINT `database_chunkregist_participant_id_86ed17cf_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`),
  CONSTRAINT `database_chunkregistry_study_id_02c441c3_fk_database_study_id` FOREIGN KEY (`study_id`) REFERENCES `database_study` (`id`),
  CONSTRAINT `database_chunkregistry_survey_id_6d3ed776_fk_database_survey_id` FOREIGN KEY (`survey_id`) REFERENCES `database_survey` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_dashboardcolorsetting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `data_type` varchar(32) NOT NULL,
  `study_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_dashboardcolorsetting_data_type_study_id_c4ccfe5a_uniq` (`data_type`,`study_id`),
  KEY `database_dashboardco_study_id_ec992ba1_fk_database_` (`study_id`),
  CONSTRAINT `database_dashboardco_study_id_ec992ba1_fk_database_` FOREIGN KEY (`study_id`) REFERENCES `database_study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_dashboardgradient` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `color_range_min` int(11) NOT NULL,
  `color_range_max` int(11) NOT NULL,
  `dashboard_color_setting_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dashboard_color_setting_id` (`dashboard_color_setting_id`),
  CONSTRAINT `database_dashboardgr_dashboard_color_sett_a39ca80a_fk_database_` FOREIGN KEY (`dashboard_color_setting_id`) REFERENCES `database_dashboardcolorsetting` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_dashboardinflection` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `operator` varchar(1) NOT NULL,
  `inflection_point` int(11) NOT NULL,
  `dashboard_color_setting_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_dashboardin_dashboard_color_sett_57d99639_fk_database_` (`dashboard_color_setting_id`),
  CONSTRAINT `database_dashboardin_dashboard_color_sett_57d99639_fk_database_` FOREIGN KEY (`dashboard_color_setting_id`) REFERENCES `database_dashboardcolorsetting` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_dataaccessrecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `username` varchar(32) NOT NULL,
  `query_params` longtext NOT NULL,
  `error` longtext DEFAULT NULL,
  `registry_dict_size` bigint(20) unsigned DEFAULT NULL CHECK (`registry_dict_size` >= 0),
  `time_end` datetime(6) DEFAULT NULL,
  `bytes` bigint(20) unsigned DEFAULT NULL CHECK (`bytes` >= 0),
  `researcher_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `database_dataaccessr_researcher_id_60ea2a54_fk_database_` (`researcher_id`),
  CONSTRAINT `database_dataaccessr_researcher_id_60ea2a54_fk_database_` FOREIGN KEY (`researcher_id`) REFERENCES `database_researcher` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_dataprocessingstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `last_run` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_devicesettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `accelerometer` tinyint(1) NOT NULL,
  `gps` tinyint(1) NOT NULL,
  `calls` tinyint(1) NOT NULL,
  `texts` tinyint(1) NOT NULL,
  `wifi` tinyint(1) NOT NULL,
  `bluetooth` tinyint(1) NOT NULL,
  `power_state` tinyint(1) NOT NULL,
  `use_anonymized_hashing` tinyint(1) NOT NULL,
  `use_gps_fuzzing` tinyint(1) NOT NULL,
  `call_clinician_button_enabled` tinyint(1) NOT NULL,
  `call_research_assistant_button_enabled` tinyint(1) NOT NULL,
  `ambient_audio` tinyint(1) NOT NULL,
  `proximity` tinyint(1) NOT NULL,
  `gyro` tinyint(1) NOT NULL,
  `magnetometer` tinyint(1) NOT NULL,
  `devicemotion` tinyint(1) NOT NULL,
  `reachability` tinyint(1) NOT NULL,
  `allow_upload_over_cellular_data` tinyint(1) NOT NULL,
  `accelerometer_off_duration_seconds` int(10) unsigned NOT NULL CHECK (`accelerometer_off_duration_seconds` >= 0),
  `accelerometer_on_duration_seconds` int(10) unsigned NOT NULL CHECK (`accelerometer_on_duration_seconds` >= 0),
  `accelerometer_frequency` int(10) unsigned NOT NULL CHECK (`accelerometer_frequency` >= 0),
  `ambient_audio_off_duration_seconds` int(10) unsigned NOT NULL CHECK (`ambient_audio_off_duration_seconds` >= 0),
  `ambient_audio_on_duration_seconds` int(10) unsigned NOT NULL CHECK (`ambient_audio_on_duration_seconds` >= 0),
  `ambient_audio_bitrate` int(10) unsigned NOT NULL CHECK (`ambient_audio_bitrate` >= 0),
  `ambient_audio_sampling_rate` int(10) unsigned NOT NULL CHECK (`ambient_audio_sampling_rate` >= 0),
  `bluetooth_on_duration_seconds` int(10) unsigned NOT NULL CHECK (`bluetooth_on_duration_seconds` >= 0),
  `bluetooth_total_duration_seconds` int(10) unsigned NOT NULL CHECK (`bluetooth_total_duration_seconds` >= 0),
  `bluetooth_global_offset_seconds` int(10) unsigned NOT NULL CHECK (`bluetooth_global_offset_seconds` >= 0),
  `check_for_new_surveys_frequency_seconds` int(10) unsigned NOT NULL CHECK (`check_for_new_surveys_frequency_seconds` >= 0),
  `create_new_data_files_frequency_seconds` int(10) unsigned NOT NULL CHECK (`create_new_data_files_frequency_seconds` >= 0),
  `gps_off_duration_seconds` int(10) unsigned NOT NULL CHECK (`gps_off_duration_seconds` >= 0),
  `gps_on_duration_seconds` int(10) unsigned NOT NULL CHECK (`gps_on_duration_seconds` >= 0),
  `seconds_before_auto_logout` int(10) unsigned NOT NULL CHECK (`seconds_before_auto_logout` >= 0),
  `upload_data_files_frequency_seconds` int(10) unsigned NOT NULL CHECK (`upload_data_files_frequency_seconds` >= 0),
  `voice_recording_max_time_length_seconds` int(10) unsigned NOT NULL CHECK (`voice_recording_max_time_length_seconds` >= 0),
  `wifi_log_frequency_seconds` int(10) unsigned NOT NULL CHECK (`wifi_log_frequency_seconds` >= 0),
  `gyro_off_duration_seconds` int(10) unsigned NOT NULL CHECK (`gyro_off_duration_seconds` >= 0),
  `gyro_on_duration_seconds` int(10) unsigned NOT NULL CHECK (`gyro_on_duration_seconds` >= 0),
  `gyro_frequency` int(10) unsigned NOT NULL CHECK (`gyro_frequency` >= 0),
  `magnetometer_off_duration_seconds` int(10) unsigned NOT NULL CHECK (`magnetometer_off_duration_seconds` >= 0),
  `magnetometer_on_duration_seconds` int(10) unsigned NOT NULL CHECK (`magnetometer_on_duration_seconds` >= 0),
  `devicemotion_off_duration_seconds` int(10) unsigned NOT NULL CHECK (`devicemotion_off_duration_seconds` >= 0),
  `devicemotion_on_duration_seconds` int(10) unsigned NOT NULL CHECK (`devicemotion_on_duration_seconds` >= 0),
  `about_page_text` longtext NOT NULL,
  `call_clinician_button_text` longtext NOT NULL,
  `consent_form_text` longtext NOT NULL,
  `survey_submit_success_toast_text` longtext NOT NULL,
  `consent_sections` longtext NOT NULL,
  `heartbeat_message` longtext NOT NULL,
  `heartbeat_timer_minutes` int(10) unsigned NOT NULL CHECK (`heartbeat_timer_minutes` >= 0),
  `resend_period_minutes` int(10) unsigned NOT NULL CHECK (`resend_period_minutes` >= 0),
  `study_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `study_id` (`study_id`),
  CONSTRAINT `database_devicesettings_study_id_5967a5af_fk_database_study_id` FOREIGN KEY (`study_id`) REFERENCES `database_study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_devicestatusreporthistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `app_os` varchar(32) NOT NULL,
  `os_version` varchar(32) NOT NULL,
  `app_version` varchar(32) NOT NULL,
  `endpoint` longtext NOT NULL,
  `compressed_report` longblob NOT NULL,
  `participant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_devicestatu_participant_id_ec0a0679_fk_database_` (`participant_id`),
  CONSTRAINT `database_devicestatu_participant_id_ec0a0679_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_encryptionerrormetadata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `file_name` varchar(256) NOT NULL,
  `total_lines` int(10) unsigned NOT NULL CHECK (`total_lines` >= 0),
  `number_errors` int(10) unsigned NOT NULL CHECK (`number_errors` >= 0),
  `error_lines` longtext NOT NULL,
  `error_types` longtext NOT NULL,
  `participant_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `database_encryptione_participant_id_b092b3e4_fk_database_` (`participant_id`),
  CONSTRAINT `database_encryptione_participant_id_b092b3e4_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_fileastext` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `tag` varchar(256) NOT NULL,
  `text` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_fileastext_tag_401eb99e` (`tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_filetoprocess` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `s3_file_path` varchar(256) NOT NULL,
  `os_type` varchar(16) NOT NULL,
  `app_version` varchar(16) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `participant_id` int(11) NOT NULL,
  `study_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `s3_file_path` (`s3_file_path`),
  KEY `database_filetoproce_participant_id_58eb91cf_fk_database_` (`participant_id`),
  KEY `database_filetoprocess_study_id_bde5df71_fk_database_study_id` (`study_id`),
  CONSTRAINT `database_filetoproce_participant_id_58eb91cf_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`),
  CONSTRAINT `database_filetoprocess_study_id_bde5df71_fk_database_study_id` FOREIGN KEY (`study_id`) REFERENCES `database_study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_foresttask` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `forest_tree` longtext NOT NULL,
  `forest_version` varchar(10) NOT NULL,
  `forest_commit` varchar(40) NOT NULL,
  `external_id` uuid NOT NULL,
  `pickled_parameters` longblob DEFAULT NULL,
  `data_date_start` date NOT NULL,
  `data_date_end` date NOT NULL,
  `total_file_size` bigint(20) DEFAULT NULL,
  `process_start_time` datetime(6) DEFAULT NULL,
  `process_download_end_time` datetime(6) DEFAULT NULL,
  `process_end_time` datetime(6) DEFAULT NULL,
  `status` longtext NOT NULL,
  `stacktrace` longtext DEFAULT NULL,
  `forest_output_exists` tinyint(1) DEFAULT NULL,
  `output_zip_s3_path` longtext NOT NULL,
  `all_bv_set_s3_key` longtext NOT NULL,
  `all_memory_dict_s3_key` longtext NOT NULL,
  `participant_id` int(11) NOT NULL,
  `the_study_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_foresttask_participant_id_bfed698e_fk_database_` (`participant_id`),
  KEY `database_foresttask_the_study_id_753de19c_fk_database_study_id` (`the_study_id`),
  CONSTRAINT `database_foresttask_participant_id_bfed698e_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`),
  CONSTRAINT `database_foresttask_the_study_id_753de19c_fk_database_study_id` FOREIGN KEY (`the_study_id`) REFERENCES `database_study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_forestversion` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `package_version` longtext NOT NULL,
  `git_commit` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_genericevent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `tag` varchar(256) NOT NULL,
  `note` longtext NOT NULL,
  `stacktrace` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `database_genericevent_tag_97829356` (`tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_globalsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `downtime_enabled` tinyint(1) NOT NULL,
  `push_notification_resend_enabled` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_intervention` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `name` longtext NOT NULL,
  `study_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_intervention_study_id_53299ccb_fk_database_study_id` (`study_id`),
  CONSTRAINT `database_intervention_study_id_53299ccb_fk_database_study_id` FOREIGN KEY (`study_id`) REFERENCES `database_study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_interventiondate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `date` date DEFAULT NULL,
  `intervention_id` int(11) NOT NULL,
  `participant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_interventiondat_participant_id_intervent_7fc8e344_uniq` (`participant_id`,`intervention_id`),
  KEY `database_interventio_intervention_id_bd79b0af_fk_database_` (`intervention_id`),
  CONSTRAINT `database_interventio_intervention_id_bd79b0af_fk_database_` FOREIGN KEY (`intervention_id`) REFERENCES `database_intervention` (`id`),
  CONSTRAINT `database_interventio_participant_id_9a551a8a_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_participant` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `password` varchar(256) NOT NULL,
  `patient_id` varchar(8) NOT NULL,
  `device_id` varchar(256) NOT NULL,
  `os_type` varchar(16) NOT NULL,
  `timezone_name` varchar(256) NOT NULL,
  `unknown_timezone` tinyint(1) NOT NULL,
  `push_notification_unreachable_count` smallint(6) NOT NULL,
  `last_heartbeat_notification` datetime(6) DEFAULT NULL,
  `last_heartbeat_checkin` datetime(6) DEFAULT NULL,
  `last_push_notification_checkin` datetime(6) DEFAULT NULL,
  `last_survey_checkin` datetime(6) DEFAULT NULL,
  `last_get_latest_surveys` datetime(6) DEFAULT NULL,
  `last_upload` datetime(6) DEFAULT NULL,
  `first_register_user` datetime(6) DEFAULT NULL,
  `last_register_user` datetime(6) DEFAULT NULL,
  `last_set_password` datetime(6) DEFAULT NULL,
  `last_set_fcm_token` datetime(6) DEFAULT NULL,
  `last_get_latest_device_settings` datetime(6) DEFAULT NULL,
  `last_version_code` varchar(32) DEFAULT NULL,
  `last_version_name` varchar(32) DEFAULT NULL,
  `last_os_version` varchar(32) DEFAULT NULL,
  `raw_notification_report` longtext DEFAULT NULL,
  `last_active_survey_ids` longtext DEFAULT NULL,
  `device_status_report` longtext DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL,
  `permanently_retired` tinyint(1) NOT NULL,
  `easy_enrollment` tinyint(1) NOT NULL,
  `enable_aggressive_background_persistence` tinyint(1) NOT NULL,
  `enable_binary_uploads` tinyint(1) NOT NULL,
  `enable_new_authentication` tinyint(1) NOT NULL,
  `enable_developer_datastream` tinyint(1) NOT NULL,
  `enable_beta_features` tinyint(1) NOT NULL,
  `enable_extensive_device_info_tracking` tinyint(1) NOT NULL,
  `study_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `patient_id` (`patient_id`),
  KEY `database_participant_study_id_8a79528b_fk_database_study_id` (`study_id`),
  CONSTRAINT `database_participant_study_id_8a79528b_fk_database_study_id` FOREIGN KEY (`study_id`) REFERENCES `database_study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_participantactionlog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `action` longtext NOT NULL,
  `participant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_participant_participant_id_ac1891c5_fk_database_` (`participant_id`),
  KEY `database_participantactionlog_timestamp_81767c34` (`timestamp`),
  CONSTRAINT `database_participant_participant_id_ac1891c5_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_participantdeletionevent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `files_deleted_count` bigint(20) NOT NULL,
  `purge_confirmed_time` datetime(6) DEFAULT NULL,
  `participant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `participant_id` (`participant_id`),
  KEY `database_participantdeletionevent_purge_confirmed_time_720a0100` (`purge_confirmed_time`),
  CONSTRAINT `database_participant_participant_id_fa8f5f15_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_participantfcmhistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `token` varchar(256) NOT NULL,
  `unregistered` datetime(6) DEFAULT NULL,
  `participant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  KEY `database_participant_participant_id_f53dba4e_fk_database_` (`participant_id`),
  CONSTRAINT `database_participant_participant_id_f53dba4e_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_participantfieldvalue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` longtext NOT NULL,
  `participant_id` int(11) NOT NULL,
  `field_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_participantfiel_participant_id_field_id_db7e7910_uniq` (`participant_id`,`field_id`),
  KEY `database_participant_field_id_8423e2cd_fk_database_` (`field_id`),
  CONSTRAINT `database_participant_field_id_8423e2cd_fk_database_` FOREIGN KEY (`field_id`) REFERENCES `database_studyfield` (`id`),
  CONSTRAINT `database_participant_participant_id_46975ec9_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_pushnotificationdisabledevent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `count` int(11) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `participant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_pushnotific_participant_id_79bfc6ec_fk_database_` (`participant_id`),
  KEY `database_pushnotificationdisabledevent_timestamp_10e34515` (`timestamp`),
  CONSTRAINT `database_pushnotific_participant_id_79bfc6ec_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_relativeschedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `days_after` int(11) NOT NULL,
  `hour` int(10) unsigned NOT NULL CHECK (`hour` >= 0),
  `minute` int(10) unsigned NOT NULL CHECK (`minute` >= 0),
  `intervention_id` int(11) DEFAULT NULL,
  `survey_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_relativesch_intervention_id_c3253c10_fk_database_` (`intervention_id`),
  KEY `database_relativesch_survey_id_4d6767a9_fk_database_` (`survey_id`),
  CONSTRAINT `database_relativesch_intervention_id_c3253c10_fk_database_` FOREIGN KEY (`intervention_id`) REFERENCES `database_intervention` (`id`),
  CONSTRAINT `database_relativesch_survey_id_4d6767a9_fk_database_` FOREIGN KEY (`survey_id`) REFERENCES `database_survey` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_researcher` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `password` varchar(256) NOT NULL,
  `username` varchar(32) NOT NULL,
  `site_admin` tinyint(1) NOT NULL,
  `password_last_changed` datetime(6) NOT NULL,
  `password_force_reset` tinyint(1) NOT NULL,
  `password_min_length` smallint(6) NOT NULL,
  `mfa_token` varchar(52) DEFAULT NULL,
  `most_recent_page` longtext DEFAULT NULL,
  `last_login_time` datetime(6) DEFAULT NULL,
  `bad_login_attempts` smallint(6) NOT NULL,
  `lockout_until` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_researchersession` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  `researcher_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`session_key`),
  KEY `database_researchers_researcher_id_0fae1236_fk_database_` (`researcher_id`),
  KEY `database_researchersession_expire_date_79aee30a` (`expire_date`),
  CONSTRAINT `database_researchers_researcher_id_0fae1236_fk_database_` FOREIGN KEY (`researcher_id`) REFERENCES `database_researcher` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_s3file` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `path` longtext NOT NULL,
  `sha1` longblob DEFAULT NULL,
  `size_uncompressed` bigint(20) unsigned DEFAULT NULL CHECK (`size_uncompressed` >= 0),
  `size_compressed` bigint(20) unsigned DEFAULT NULL CHECK (`size_compressed` >= 0),
  `glacier` tinyint(1) NOT NULL,
  `participant_id` int(11) DEFAULT NULL,
  `study_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `path` (`path`) USING HASH,
  KEY `database_s3file_participant_id_c15cd106_fk_database_` (`participant_id`),
  KEY `database_s3file_study_id_7629b368_fk_database_study_id` (`study_id`),
  KEY `s3file_created_on_idx` (`created_on`),
  KEY `s3file_sha1_idx` (`sha1`(3072)),
  CONSTRAINT `database_s3file_participant_id_c15cd106_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`),
  CONSTRAINT `database_s3file_study_id_7629b368_fk_database_study_id` FOREIGN KEY (`study_id`) REFERENCES `database_study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_scheduledevent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `scheduled_time` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `uuid` uuid DEFAULT NULL,
  `no_resend` tinyint(1) NOT NULL,
  `absolute_schedule_id` int(11) DEFAULT NULL,
  `most_recent_event_id` int(11) DEFAULT NULL,
  `participant_id` int(11) NOT NULL,
  `relative_schedule_id` int(11) DEFAULT NULL,
  `survey_id` int(11) NOT NULL,
  `weekly_schedule_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `database_scheduledev_absolute_schedule_id_9fa2fa97_fk_database_` (`absolute_schedule_id`),
  KEY `database_scheduledev_most_recent_event_id_1731eb4b_fk_database_` (`most_recent_event_id`),
  KEY `database_scheduledev_participant_id_86f1837a_fk_database_` (`participant_id`),
  KEY `database_scheduledev_relative_schedule_id_c9c838fc_fk_database_` (`relative_schedule_id`),
  KEY `database_scheduledevent_survey_id_f08b201c_fk_database_survey_id` (`survey_id`),
  KEY `database_scheduledev_weekly_schedule_id_81836ddf_fk_database_` (`weekly_schedule_id`),
  KEY `database_scheduledevent_deleted_942cbe5e` (`deleted`),
  CONSTRAINT `database_scheduledev_absolute_schedule_id_9fa2fa97_fk_database_` FOREIGN KEY (`absolute_schedule_id`) REFERENCES `database_absoluteschedule` (`id`),
  CONSTRAINT `database_scheduledev_most_recent_event_id_1731eb4b_fk_database_` FOREIGN KEY (`most_recent_event_id`) REFERENCES `database_archivedevent` (`id`),
  CONSTRAINT `database_scheduledev_participant_id_86f1837a_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`),
  CONSTRAINT `database_scheduledev_relative_schedule_id_c9c838fc_fk_database_` FOREIGN KEY (`relative_schedule_id`) REFERENCES `database_relativeschedule` (`id`),
  CONSTRAINT `database_scheduledev_weekly_schedule_id_81836ddf_fk_database_` FOREIGN KEY (`weekly_schedule_id`) REFERENCES `database_weeklyschedule` (`id`),
  CONSTRAINT `database_scheduledevent_survey_id_f08b201c_fk_database_survey_id` FOREIGN KEY (`survey_id`) REFERENCES `database_survey` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_study` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `name` longtext NOT NULL,
  `encryption_key` varchar(32) NOT NULL,
  `object_id` varchar(24) NOT NULL,
  `timezone_name` varchar(256) NOT NULL,
  `end_date` date DEFAULT NULL,
  `manually_stopped` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `forest_enabled` tinyint(1) NOT NULL,
  `easy_enrollment` tinyint(1) NOT NULL,
  `password_minimum_length` int(10) unsigned NOT NULL CHECK (`password_minimum_length` >= 0),
  `password_max_age_enabled` tinyint(1) NOT NULL,
  `password_max_age_days` int(10) unsigned NOT NULL CHECK (`password_max_age_days` >= 0),
  `mfa_required` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `object_id` (`object_id`),
  UNIQUE KEY `name` (`name`) USING HASH
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_studyfield` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `field_name` longtext NOT NULL,
  `study_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_studyfield_study_id_field_name_4ac14050_uniq` (`study_id`,`field_name`) USING HASH,
  KEY `database_studyfield_study_id_429131d5_fk_database_study_id` (`study_id`),
  CONSTRAINT `database_studyfield_study_id_429131d5_fk_database_study_id` FOREIGN KEY (`study_id`) REFERENCES `database_study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_studyrelation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `relationship` varchar(32) NOT NULL,
  `researcher_id` int(11) NOT NULL,
  `study_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_studyrelation_study_id_researcher_id_e1061445_uniq` (`study_id`,`researcher_id`),
  KEY `database_studyrelati_researcher_id_a359eed3_fk_database_` (`researcher_id`),
  KEY `database_studyrelation_relationship_1dac868f` (`relationship`),
  CONSTRAINT `database_studyrelati_researcher_id_a359eed3_fk_database_` FOREIGN KEY (`researcher_id`) REFERENCES `database_researcher` (`id`),
  CONSTRAINT `database_studyrelation_study_id_3df4fd81_fk_database_study_id` FOREIGN KEY (`study_id`) REFERENCES `database_study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_summarystatisticdaily` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `date` date NOT NULL,
  `timezone` varchar(10) NOT NULL,
  `beiwe_accelerometer_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_accelerometer_bytes` >= 0),
  `beiwe_ambient_audio_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_ambient_audio_bytes` >= 0),
  `beiwe_app_log_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_app_log_bytes` >= 0),
  `beiwe_bluetooth_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_bluetooth_bytes` >= 0),
  `beiwe_calls_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_calls_bytes` >= 0),
  `beiwe_devicemotion_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_devicemotion_bytes` >= 0),
  `beiwe_gps_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_gps_bytes` >= 0),
  `beiwe_gyro_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_gyro_bytes` >= 0),
  `beiwe_identifiers_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_identifiers_bytes` >= 0),
  `beiwe_ios_log_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_ios_log_bytes` >= 0),
  `beiwe_magnetometer_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_magnetometer_bytes` >= 0),
  `beiwe_power_state_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_power_state_bytes` >= 0),
  `beiwe_proximity_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_proximity_bytes` >= 0),
  `beiwe_reachability_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_reachability_bytes` >= 0),
  `beiwe_survey_answers_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_survey_answers_bytes` >= 0),
  `beiwe_survey_timings_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_survey_timings_bytes` >= 0),
  `beiwe_texts_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_texts_bytes` >= 0),
  `beiwe_audio_recordings_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_audio_recordings_bytes` >= 0),
  `beiwe_wifi_bytes` bigint(20) unsigned DEFAULT NULL CHECK (`beiwe_wifi_bytes` >= 0),
  `jasmine_distance_diameter` double DEFAULT NULL,
  `jasmine_distance_from_home` double DEFAULT NULL,
  `jasmine_distance_traveled` double DEFAULT NULL,
  `jasmine_flight_distance_average` double DEFAULT NULL,
  `jasmine_flight_distance_stddev` double DEFAULT NULL,
  `jasmine_flight_duration_average` double DEFAULT NULL,
  `jasmine_flight_duration_stddev` double DEFAULT NULL,
  `jasmine_home_duration` double DEFAULT NULL,
  `jasmine_gyration_radius` double DEFAULT NULL,
  `jasmine_significant_location_count` int(11) DEFAULT NULL,
  `jasmine_significant_location_entropy` double DEFAULT NULL,
  `jasmine_pause_time` longtext DEFAULT NULL,
  `jasmine_obs_duration` double DEFAULT NULL,
  `jasmine_obs_day` double DEFAULT NULL,
  `jasmine_obs_night` double DEFAULT NULL,
  `jasmine_total_flight_time` double DEFAULT NULL,
  `jasmine_av_pause_duration` double DEFAULT NULL,
  `jasmine_sd_pause_duration` double DEFAULT NULL,
  `willow_incoming_text_count` int(11) DEFAULT NULL,
  `willow_incoming_text_degree` int(11) DEFAULT NULL,
  `willow_incoming_text_length` int(11) DEFAULT NULL,
  `willow_outgoing_text_count` int(11) DEFAULT NULL,
  `willow_outgoing_text_degree` int(11) DEFAULT NULL,
  `willow_outgoing_text_length` int(11) DEFAULT NULL,
  `willow_incoming_text_reciprocity` int(11) DEFAULT NULL,
  `willow_outgoing_text_reciprocity` int(11) DEFAULT NULL,
  `willow_outgoing_MMS_count` int(11) DEFAULT NULL,
  `willow_incoming_MMS_count` int(11) DEFAULT NULL,
  `willow_incoming_call_count` int(11) DEFAULT NULL,
  `willow_incoming_call_degree` int(11) DEFAULT NULL,
  `willow_incoming_call_duration` double DEFAULT NULL,
  `willow_outgoing_call_count` int(11) DEFAULT NULL,
  `willow_outgoing_call_degree` int(11) DEFAULT NULL,
  `willow_outgoing_call_duration` double DEFAULT NULL,
  `willow_missed_call_count` int(11) DEFAULT NULL,
  `willow_missed_callers` int(11) DEFAULT NULL,
  `willow_uniq_individual_call_or_text_count` int(11) DEFAULT NULL,
  `sycamore_total_surveys` int(11) DEFAULT NULL,
  `sycamore_total_completed_surveys` int(11) DEFAULT NULL,
  `sycamore_total_opened_surveys` int(11) DEFAULT NULL,
  `sycamore_average_time_to_submit` double DEFAULT NULL,
  `sycamore_average_time_to_open` double DEFAULT NULL,
  `sycamore_average_duration` double DEFAULT NULL,
  `oak_walking_time` double DEFAULT NULL,
  `oak_steps` double DEFAULT NULL,
  `oak_cadence` double DEFAULT NULL,
  `jasmine_task_id` int(11) DEFAULT NULL,
  `oak_task_id` int(11) DEFAULT NULL,
  `participant_id` int(11) NOT NULL,
  `sycamore_task_id` int(11) DEFAULT NULL,
  `the_study_id` int(11) NOT NULL,
  `willow_task_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_summary_statistic` (`date`,`participant_id`),
  KEY `database_summarystat_jasmine_task_id_cd856c68_fk_database_` (`jasmine_task_id`),
  KEY `database_summarystat_oak_task_id_9984f1cd_fk_database_` (`oak_task_id`),
  KEY `database_summarystat_participant_id_af4e0add_fk_database_` (`participant_id`),
  KEY `database_summarystat_sycamore_task_id_66e41d12_fk_database_` (`sycamore_task_id`),
  KEY `database_summarystat_the_study_id_ce5cd092_fk_database_` (`the_study_id`),
  KEY `database_summarystat_willow_task_id_01d7530a_fk_database_` (`willow_task_id`),
  KEY `database_summarystatisticdaily_date_2f87967e` (`date`),
  CONSTRAINT `database_summarystat_jasmine_task_id_cd856c68_fk_database_` FOREIGN KEY (`jasmine_task_id`) REFERENCES `database_foresttask` (`id`),
  CONSTRAINT `database_summarystat_oak_task_id_9984f1cd_fk_database_` FOREIGN KEY (`oak_task_id`) REFERENCES `database_foresttask` (`id`),
  CONSTRAINT `database_summarystat_participant_id_af4e0add_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`),
  CONSTRAINT `database_summarystat_sycamore_task_id_66e41d12_fk_database_` FOREIGN KEY (`sycamore_task_id`) REFERENCES `database_foresttask` (`id`),
  CONSTRAINT `database_summarystat_the_study_id_ce5cd092_fk_database_` FOREIGN KEY (`the_study_id`) REFERENCES `database_study` (`id`),
  CONSTRAINT `database_summarystat_willow_task_id_01d7530a_fk_database_` FOREIGN KEY (`willow_task_id`) REFERENCES `database_foresttask` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_survey` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `content` longtext NOT NULL,
  `survey_type` varchar(16) NOT NULL,
  `settings` longtext NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `object_id` varchar(24) NOT NULL,
  `name` longtext NOT NULL,
  `study_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `object_id` (`object_id`),
  KEY `database_survey_study_id_bc7ed043_fk_database_study_id` (`study_id`),
  CONSTRAINT `database_survey_study_id_bc7ed043_fk_database_study_id` FOREIGN KEY (`study_id`) REFERENCES `database_study` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_surveyarchive` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `content` longtext NOT NULL,
  `survey_type` varchar(16) NOT NULL,
  `settings` longtext NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `archive_start` datetime(6) NOT NULL,
  `survey_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_surveyarchive_survey_id_9b38709e_fk_database_survey_id` (`survey_id`),
  KEY `database_surveyarchive_archive_start_a0bd8a17` (`archive_start`),
  CONSTRAINT `database_surveyarchive_survey_id_9b38709e_fk_database_survey_id` FOREIGN KEY (`survey_id`) REFERENCES `database_survey` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_surveynotificationreport` (
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `notification_uuid` uuid NOT NULL,
  `applied` tinyint(1) NOT NULL,
  `participant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_surveynotificat_participant_id_notificat_20f91272_uniq` (`participant_id`,`notification_uuid`),
  CONSTRAINT `database_surveynotif_participant_id_f0d41d2c_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_uploadtracking` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file_path` varchar(256) NOT NULL,
  `file_size` int(10) unsigned NOT NULL CHECK (`file_size` >= 0),
  `timestamp` datetime(6) NOT NULL,
  `participant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_uploadtrack_participant_id_f6783799_fk_database_` (`participant_id`),
  CONSTRAINT `database_uploadtrack_participant_id_f6783799_fk_database_` FOREIGN KEY (`participant_id`) REFERENCES `database_participant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_weeklyschedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `day_of_week` int(10) unsigned NOT NULL CHECK (`day_of_week` >= 0),
  `hour` int(10) unsigned NOT NULL CHECK (`hour` >= 0),
  `minute` int(10) unsigned NOT NULL CHECK (`minute` >= 0),
  `survey_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_weeklyschedule_survey_id_15b86226_fk_database_survey_id` (`survey_id`),
  CONSTRAINT `database_weeklyschedule_survey_id_15b86226_fk_database_survey_id` FOREIGN KEY (`survey_id`) REFERENCES `database_survey` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

SET FOREIGN_KEY_CHECKS=1;
