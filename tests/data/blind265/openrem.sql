-- OpenREM 1.0.0b2 (development head) — open-source patient radiation dose monitoring for radiology (CT, fluoroscopy,
-- radiography, mammography, nuclear medicine), with the Django framework tables it installs.
-- Upstream: bitbucket.org/openrem/openrem, read from the full-history GitHub copy github.com/themorlan/openREM at upstream
-- commit 274fd06c5ad0a232ca0d17c33cdeb725d0758d3c (2024-11-16, "Merged in issue1037removeDefaultImportWait (pull request #608)"),
-- `openrem/remapp/models.py` (GPL-3.0-or-later with additional permissions).
-- OpenREM ships no migrations: its install runs `makemigrations remapp` then `migrate`. Done here with Django 3.2.25
-- (the version upstream pins, >=3.2.16,<4) and django-solo 2.0.0 on MariaDB 10.11, INSTALLED_APPS as upstream's settings
-- (auth, contenttypes, sessions, sites, messages, admin, remapp, solo); DDL taken from mysqldump --no-data.
-- Plain indexes left out; primary, unique and foreign keys kept; tables ordered so every FK points at an earlier table.
-- Tables left out (listed in openrem.md) and their foreign keys dropped.

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_admintaskquestions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ask_revert_to_074_question` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_backgroundtask` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` longtext NOT NULL,
  `proc_id` int(11) NOT NULL,
  `task_type` longtext NOT NULL,
  `info` longtext DEFAULT NULL,
  `error` longtext DEFAULT NULL,
  `completed_successfully` tinyint(1) NOT NULL,
  `complete` tinyint(1) NOT NULL,
  `started_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_backgroundtaskmaximumrows` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `max_background_task_rows` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_contextid` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code_value` longtext NOT NULL,
  `code_meaning` longtext DEFAULT NULL,
  `cid_table` varchar(16) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_dicomdeletesettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `del_no_match` tinyint(1) NOT NULL,
  `del_rdsr` tinyint(1) NOT NULL,
  `del_mg_im` tinyint(1) NOT NULL,
  `del_dx_im` tinyint(1) NOT NULL,
  `del_ct_phil` tinyint(1) NOT NULL,
  `del_nm_im` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_dicomremoteqr` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `aetitle` varchar(16) DEFAULT NULL,
  `port` int(11) DEFAULT NULL,
  `ip` char(39) DEFAULT NULL,
  `hostname` varchar(32) DEFAULT NULL,
  `callingaet` varchar(16) DEFAULT NULL,
  `use_modality_tag` tinyint(1) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_dicomstorescp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `aetitle` varchar(16) DEFAULT NULL,
  `peer` varchar(32) NOT NULL,
  `port` int(11) NOT NULL,
  `task_id` varchar(64) DEFAULT NULL,
  `status` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_dicomquery` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `started_at` datetime(6) DEFAULT NULL,
  `complete` tinyint(1) NOT NULL,
  `query_id` varchar(64) NOT NULL,
  `query_summary` longtext DEFAULT NULL,
  `failed` tinyint(1) NOT NULL,
  `message` longtext DEFAULT NULL,
  `stage` longtext DEFAULT NULL,
  `errors` longtext DEFAULT NULL,
  `move_completed_sub_ops` int(11) NOT NULL,
  `move_failed_sub_ops` int(11) NOT NULL,
  `move_warning_sub_ops` int(11) NOT NULL,
  `move_complete` tinyint(1) NOT NULL,
  `move_summary` longtext NOT NULL,
  `move_uuid` char(32) DEFAULT NULL,
  `move_task_id` int(11) DEFAULT NULL,
  `qr_scp_fk_id` int(11) DEFAULT NULL,
  `query_task_id` int(11) DEFAULT NULL,
  `store_scp_fk_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_dicomquery_move_task_id_951e8dd6_fk_remapp_ba` FOREIGN KEY (`move_task_id`) REFERENCES `remapp_backgroundtask` (`id`),
  CONSTRAINT `remapp_dicomquery_qr_scp_fk_id_3e8a3b98_fk_remapp_di` FOREIGN KEY (`qr_scp_fk_id`) REFERENCES `remapp_dicomremoteqr` (`id`),
  CONSTRAINT `remapp_dicomquery_query_task_id_7d018ee5_fk_remapp_ba` FOREIGN KEY (`query_task_id`) REFERENCES `remapp_backgroundtask` (`id`),
  CONSTRAINT `remapp_dicomquery_store_scp_fk_id_fae4eeaf_fk_remapp_di` FOREIGN KEY (`store_scp_fk_id`) REFERENCES `remapp_dicomstorescp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_dicomqrrspstudy` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `query_id` varchar(64) NOT NULL,
  `study_instance_uid` longtext DEFAULT NULL,
  `modality` varchar(16) DEFAULT NULL,
  `modalities_in_study` varchar(100) DEFAULT NULL,
  `study_description` longtext DEFAULT NULL,
  `number_of_study_related_series` int(11) DEFAULT NULL,
  `sop_classes_in_study` longtext DEFAULT NULL,
  `station_name` varchar(32) DEFAULT NULL,
  `deleted_flag` tinyint(1) NOT NULL,
  `deleted_reason` longtext NOT NULL,
  `dicom_query_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_dicomqrrspstu_dicom_query_id_bf778a46_fk_remapp_di` FOREIGN KEY (`dicom_query_id`) REFERENCES `remapp_dicomquery` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_dicomqrrspseries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `query_id` varchar(64) NOT NULL,
  `series_instance_uid` longtext DEFAULT NULL,
  `series_number` int(11) DEFAULT NULL,
  `series_time` time(6) DEFAULT NULL,
  `modality` varchar(16) DEFAULT NULL,
  `series_description` longtext DEFAULT NULL,
  `number_of_series_related_instances` int(11) DEFAULT NULL,
  `station_name` varchar(32) DEFAULT NULL,
  `sop_class_in_series` longtext DEFAULT NULL,
  `image_level_move` tinyint(1) NOT NULL,
  `deleted_flag` tinyint(1) NOT NULL,
  `deleted_reason` longtext NOT NULL,
  `dicom_qr_rsp_study_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_dicomqrrspser_dicom_qr_rsp_study_i_183d215d_fk_remapp_di` FOREIGN KEY (`dicom_qr_rsp_study_id`) REFERENCES `remapp_dicomqrrspstudy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_dicomqrrspimage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `query_id` varchar(64) NOT NULL,
  `sop_instance_uid` longtext DEFAULT NULL,
  `instance_number` int(11) DEFAULT NULL,
  `sop_class_uid` longtext DEFAULT NULL,
  `deleted_flag` tinyint(1) NOT NULL,
  `deleted_reason` longtext NOT NULL,
  `dicom_qr_rsp_series_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_dicomqrrspima_dicom_qr_rsp_series__61bd05da_fk_remapp_di` FOREIGN KEY (`dicom_qr_rsp_series_id`) REFERENCES `remapp_dicomqrrspseries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_exports` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `task_id` longtext NOT NULL,
  `filename` varchar(100) DEFAULT NULL,
  `export_summary` longtext DEFAULT NULL,
  `status` longtext DEFAULT NULL,
  `progress` longtext DEFAULT NULL,
  `modality` varchar(16) DEFAULT NULL,
  `num_records` int(11) DEFAULT NULL,
  `export_type` longtext DEFAULT NULL,
  `export_date` datetime(6) DEFAULT NULL,
  `processtime` decimal(30,10) DEFAULT NULL,
  `includes_pid` tinyint(1) NOT NULL,
  `export_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_exports_export_user_id_65e1ad10_fk_auth_user_id` FOREIGN KEY (`export_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_generalstudymoduleattr` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `study_instance_uid` longtext DEFAULT NULL,
  `study_date` date DEFAULT NULL,
  `study_time` time(6) DEFAULT NULL,
  `study_workload_chart_time` datetime(6) DEFAULT NULL,
  `referring_physician_name` longtext DEFAULT NULL,
  `referring_physician_identification` longtext DEFAULT NULL,
  `study_id` varchar(16) DEFAULT NULL,
  `accession_number` longtext DEFAULT NULL,
  `accession_hashed` tinyint(1) NOT NULL,
  `study_description` longtext DEFAULT NULL,
  `physician_of_record` longtext DEFAULT NULL,
  `name_of_physician_reading_study` longtext DEFAULT NULL,
  `performing_physician_name` longtext DEFAULT NULL,
  `operator_name` longtext DEFAULT NULL,
  `modality_type` varchar(16) DEFAULT NULL,
  `procedure_code_value` longtext DEFAULT NULL,
  `procedure_code_meaning` longtext DEFAULT NULL,
  `requested_procedure_code_value` longtext DEFAULT NULL,
  `requested_procedure_code_meaning` longtext DEFAULT NULL,
  `series_instance_uid` longtext DEFAULT NULL,
  `series_time` time(6) DEFAULT NULL,
  `content_time` time(6) DEFAULT NULL,
  `number_of_events` int(11) DEFAULT NULL,
  `number_of_events_a` int(11) DEFAULT NULL,
  `number_of_events_b` int(11) DEFAULT NULL,
  `number_of_axial` int(11) DEFAULT NULL,
  `number_of_spiral` int(11) DEFAULT NULL,
  `number_of_stationary` int(11) DEFAULT NULL,
  `number_of_const_angle` int(11) DEFAULT NULL,
  `total_dlp` decimal(16,8) DEFAULT NULL,
  `total_dap_a` decimal(16,12) DEFAULT NULL,
  `total_dap_b` decimal(16,12) DEFAULT NULL,
  `total_dap` decimal(16,12) DEFAULT NULL,
  `total_rp_dose_a` decimal(16,12) DEFAULT NULL,
  `total_rp_dose_b` decimal(16,12) DEFAULT NULL,
  `total_dap_delta_weeks` decimal(16,12) DEFAULT NULL,
  `total_rp_dose_delta_weeks` decimal(16,12) DEFAULT NULL,
  `total_agd_left` decimal(16,8) DEFAULT NULL,
  `total_agd_right` decimal(16,8) DEFAULT NULL,
  `total_agd_both` decimal(16,8) DEFAULT NULL,
  `number_of_planes` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_ctradiationdose` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_of_xray_irradiation` datetime(6) DEFAULT NULL,
  `end_of_xray_irradiation` datetime(6) DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `general_study_module_attributes_id` int(11) NOT NULL,
  `has_intent_id` int(11) DEFAULT NULL,
  `procedure_reported_id` int(11) DEFAULT NULL,
  `scope_of_accumulation_id` int(11) DEFAULT NULL,
  `source_of_dose_information_id` int(11) DEFAULT NULL,
  `uid_type_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_ctradiationdo_general_study_module_254fa264_fk_remapp_ge` FOREIGN KEY (`general_study_module_attributes_id`) REFERENCES `remapp_generalstudymoduleattr` (`id`),
  CONSTRAINT `remapp_ctradiationdo_has_intent_id_2ceae466_fk_remapp_co` FOREIGN KEY (`has_intent_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_ctradiationdo_procedure_reported_i_3a6510c5_fk_remapp_co` FOREIGN KEY (`procedure_reported_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_ctradiationdo_scope_of_accumulatio_aa31ecf9_fk_remapp_co` FOREIGN KEY (`scope_of_accumulation_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_ctradiationdo_source_of_dose_infor_c1341ae7_fk_remapp_co` FOREIGN KEY (`source_of_dose_information_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_ctradiationdo_uid_type_id_b3c45f27_fk_remapp_co` FOREIGN KEY (`uid_type_id`) REFERENCES `remapp_contextid` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_ctaccumulateddosedata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `total_number_of_irradiation_events` decimal(16,0) DEFAULT NULL,
  `ct_dose_length_product_total` decimal(16,8) DEFAULT NULL,
  `ct_effective_dose_total` decimal(16,8) DEFAULT NULL,
  `reference_authority_text` longtext DEFAULT NULL,
  `patient_model` longtext DEFAULT NULL,
  `effective_dose_phantom_type` longtext DEFAULT NULL,
  `dosimeter_type` longtext DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `ct_radiation_dose_id` int(11) NOT NULL,
  `measurement_method_id` int(11) DEFAULT NULL,
  `reference_authority_code_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_ctaccumulated_ct_radiation_dose_id_989070e3_fk_remapp_ct` FOREIGN KEY (`ct_radiation_dose_id`) REFERENCES `remapp_ctradiationdose` (`id`),
  CONSTRAINT `remapp_ctaccumulated_measurement_method_i_76874544_fk_remapp_co` FOREIGN KEY (`measurement_method_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_ctaccumulated_reference_authority__bbc5dbe1_fk_remapp_co` FOREIGN KEY (`reference_authority_code_id`) REFERENCES `remapp_contextid` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_ctirradiationeventdata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `acquisition_protocol` longtext DEFAULT NULL,
  `irradiation_event_uid` longtext DEFAULT NULL,
  `irradiation_event_label` longtext DEFAULT NULL,
  `exposure_time` decimal(16,8) DEFAULT NULL,
  `nominal_single_collimation_width` decimal(16,8) DEFAULT NULL,
  `nominal_total_collimation_width` decimal(16,8) DEFAULT NULL,
  `pitch_factor` decimal(16,8) DEFAULT NULL,
  `number_of_xray_sources` decimal(8,0) DEFAULT NULL,
  `mean_ctdivol` decimal(16,8) DEFAULT NULL,
  `ctdifreeair_calculation_factor` decimal(16,8) DEFAULT NULL,
  `mean_ctdifreeair` decimal(16,8) DEFAULT NULL,
  `dlp` decimal(16,8) DEFAULT NULL,
  `effective_dose` decimal(16,8) DEFAULT NULL,
  `effective_dose_conversion_factor` decimal(16,8) DEFAULT NULL,
  `xray_modulation_type` longtext DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `date_time_started` datetime(6) DEFAULT NULL,
  `series_description` longtext DEFAULT NULL,
  `ct_acquisition_type_id` int(11) DEFAULT NULL,
  `ct_radiation_dose_id` int(11) NOT NULL,
  `ctdiw_phantom_type_id` int(11) DEFAULT NULL,
  `label_type_id` int(11) DEFAULT NULL,
  `measurement_method_id` int(11) DEFAULT NULL,
  `procedure_context_id` int(11) DEFAULT NULL,
  `target_region_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_ctirradiation_ct_acquisition_type__a5ea952c_fk_remapp_co` FOREIGN KEY (`ct_acquisition_type_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_ctirradiation_ct_radiation_dose_id_fd71dfdf_fk_remapp_ct` FOREIGN KEY (`ct_radiation_dose_id`) REFERENCES `remapp_ctradiationdose` (`id`),
  CONSTRAINT `remapp_ctirradiation_ctdiw_phantom_type_i_d118c467_fk_remapp_co` FOREIGN KEY (`ctdiw_phantom_type_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_ctirradiation_label_type_id_5ce737e5_fk_remapp_co` FOREIGN KEY (`label_type_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_ctirradiation_measurement_method_i_46f8a8b7_fk_remapp_co` FOREIGN KEY (`measurement_method_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_ctirradiation_procedure_context_id_1ddfcb96_fk_remapp_co` FOREIGN KEY (`procedure_context_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_ctirradiation_target_region_id_69118cc7_fk_remapp_co` FOREIGN KEY (`target_region_id`) REFERENCES `remapp_contextid` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_ctdosecheckdetails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dlp_alert_value_configured` tinyint(1) DEFAULT NULL,
  `ctdivol_alert_value_configured` tinyint(1) DEFAULT NULL,
  `dlp_alert_value` decimal(16,8) DEFAULT NULL,
  `ctdivol_alert_value` decimal(16,8) DEFAULT NULL,
  `accumulated_dlp_forward_estimate` decimal(16,8) DEFAULT NULL,
  `accumulated_ctdivol_forward_estimate` decimal(16,8) DEFAULT NULL,
  `alert_reason_for_proceeding` longtext DEFAULT NULL,
  `dlp_notification_value_configured` tinyint(1) DEFAULT NULL,
  `ctdivol_notification_value_configured` tinyint(1) DEFAULT NULL,
  `dlp_notification_value` decimal(8,4) DEFAULT NULL,
  `ctdivol_notification_value` decimal(8,4) DEFAULT NULL,
  `dlp_forward_estimate` decimal(8,4) DEFAULT NULL,
  `ctdivol_forward_estimate` decimal(8,4) DEFAULT NULL,
  `notification_reason_for_proceeding` longtext DEFAULT NULL,
  `ct_irradiation_event_data_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_ctdosecheckde_ct_irradiation_event_178e316c_fk_remapp_ct` FOREIGN KEY (`ct_irradiation_event_data_id`) REFERENCES `remapp_ctirradiationeventdata` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_highdosemetricalertrecipients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `receive_high_dose_metric_alerts` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `remapp_highdosemetri_user_id_2f787f59_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_highdosemetricalertsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `alert_total_dap_rf` int(11) DEFAULT NULL,
  `alert_total_rp_dose_rf` double DEFAULT NULL,
  `alert_skindose` double DEFAULT NULL,
  `accum_dose_delta_weeks` int(11) DEFAULT NULL,
  `changed_accum_dose_delta_weeks` tinyint(1) NOT NULL,
  `show_accum_dose_over_delta_weeks` tinyint(1) NOT NULL,
  `calc_accum_dose_over_delta_weeks_on_import` tinyint(1) NOT NULL,
  `send_high_dose_metric_alert_emails_ref` tinyint(1) NOT NULL,
  `send_high_dose_metric_alert_emails_skin` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_homepageadminsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `enable_workload_stats` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_mergeondeviceobserveruidsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `match_on_device_observer_uid` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_notpatientindicatorsid` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `not_patient_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_notpatientindicatorsname` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `not_patient_name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_objectuidsprocessed` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sop_instance_uid` longtext DEFAULT NULL,
  `general_study_module_attributes_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_objectuidspro_general_study_module_16ebfae9_fk_remapp_ge` FOREIGN KEY (`general_study_module_attributes_id`) REFERENCES `remapp_generalstudymoduleattr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_openskinsafelist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `manufacturer` longtext DEFAULT NULL,
  `manufacturer_model_name` longtext DEFAULT NULL,
  `software_version` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_patientidsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name_stored` tinyint(1) NOT NULL,
  `name_hashed` tinyint(1) NOT NULL,
  `id_stored` tinyint(1) NOT NULL,
  `id_hashed` tinyint(1) NOT NULL,
  `accession_hashed` tinyint(1) NOT NULL,
  `dob_stored` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_patientmoduleattr` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `patient_name` longtext DEFAULT NULL,
  `name_hashed` tinyint(1) NOT NULL,
  `patient_id` longtext DEFAULT NULL,
  `id_hashed` tinyint(1) NOT NULL,
  `patient_birth_date` date DEFAULT NULL,
  `patient_sex` varchar(2) DEFAULT NULL,
  `other_patient_ids` longtext DEFAULT NULL,
  `not_patient_indicator` longtext DEFAULT NULL,
  `general_study_module_attributes_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_patientmodule_general_study_module_18d9fa52_fk_remapp_ge` FOREIGN KEY (`general_study_module_attributes_id`) REFERENCES `remapp_generalstudymoduleattr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_patientstudymoduleattr` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `admitting_diagnosis_description` longtext DEFAULT NULL,
  `admitting_diagnosis_code_sequence` longtext DEFAULT NULL,
  `patient_age` varchar(4) DEFAULT NULL,
  `patient_age_decimal` decimal(7,3) DEFAULT NULL,
  `patient_size` decimal(16,8) DEFAULT NULL,
  `patient_weight` decimal(16,8) DEFAULT NULL,
  `general_study_module_attributes_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_patientstudym_general_study_module_732f777d_fk_remapp_ge` FOREIGN KEY (`general_study_module_attributes_id`) REFERENCES `remapp_generalstudymoduleattr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_projectionxrayradiationdose` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `comment` longtext DEFAULT NULL,
  `acquisition_device_type_cid_id` int(11) DEFAULT NULL,
  `general_study_module_attributes_id` int(11) NOT NULL,
  `has_intent_id` int(11) DEFAULT NULL,
  `procedure_reported_id` int(11) DEFAULT NULL,
  `scope_of_accumulation_id` int(11) DEFAULT NULL,
  `source_of_dose_information_id` int(11) DEFAULT NULL,
  `xray_detector_data_available_id` int(11) DEFAULT NULL,
  `xray_mechanical_data_available_id` int(11) DEFAULT NULL,
  `xray_source_data_available_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_projectionxra_acquisition_device_t_421593fb_fk_remapp_co` FOREIGN KEY (`acquisition_device_type_cid_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_projectionxra_general_study_module_d7624ea9_fk_remapp_ge` FOREIGN KEY (`general_study_module_attributes_id`) REFERENCES `remapp_generalstudymoduleattr` (`id`),
  CONSTRAINT `remapp_projectionxra_has_intent_id_c3fcf47f_fk_remapp_co` FOREIGN KEY (`has_intent_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_projectionxra_procedure_reported_i_798b5800_fk_remapp_co` FOREIGN KEY (`procedure_reported_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_projectionxra_scope_of_accumulatio_a0d91265_fk_remapp_co` FOREIGN KEY (`scope_of_accumulation_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_projectionxra_source_of_dose_infor_41a77671_fk_remapp_co` FOREIGN KEY (`source_of_dose_information_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_projectionxra_xray_detector_data_a_0e13d7cf_fk_remapp_co` FOREIGN KEY (`xray_detector_data_available_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_projectionxra_xray_mechanical_data_5abac8ff_fk_remapp_co` FOREIGN KEY (`xray_mechanical_data_available_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_projectionxra_xray_source_data_ava_b631b240_fk_remapp_co` FOREIGN KEY (`xray_source_data_available_id`) REFERENCES `remapp_contextid` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_accumxraydose` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `acquisition_plane_id` int(11) DEFAULT NULL,
  `projection_xray_radiation_dose_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_accumxraydose_acquisition_plane_id_cf97e092_fk_remapp_co` FOREIGN KEY (`acquisition_plane_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_accumxraydose_projection_xray_radi_b6cca91d_fk_remapp_pr` FOREIGN KEY (`projection_xray_radiation_dose_id`) REFERENCES `remapp_projectionxrayradiationdose` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_accumprojxraydose` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `fluoro_dose_area_product_total` decimal(16,12) DEFAULT NULL,
  `fluoro_dose_rp_total` decimal(16,12) DEFAULT NULL,
  `total_fluoro_time` decimal(7,2) DEFAULT NULL,
  `acquisition_dose_area_product_total` decimal(16,12) DEFAULT NULL,
  `acquisition_dose_rp_total` decimal(16,12) DEFAULT NULL,
  `total_acquisition_time` decimal(16,8) DEFAULT NULL,
  `dose_area_product_total` decimal(16,12) DEFAULT NULL,
  `dose_rp_total` decimal(16,12) DEFAULT NULL,
  `total_number_of_radiographic_frames` decimal(6,0) DEFAULT NULL,
  `reference_point_definition` longtext DEFAULT NULL,
  `accumulated_xray_dose_id` int(11) NOT NULL,
  `reference_point_definition_code_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_accumprojxray_accumulated_xray_dos_7bba89bf_fk_remapp_ac` FOREIGN KEY (`accumulated_xray_dose_id`) REFERENCES `remapp_accumxraydose` (`id`),
  CONSTRAINT `remapp_accumprojxray_reference_point_defi_5f0c77b8_fk_remapp_co` FOREIGN KEY (`reference_point_definition_code_id`) REFERENCES `remapp_contextid` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_calibration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `calibration_date` datetime(6) DEFAULT NULL,
  `calibration_factor` decimal(16,8) DEFAULT NULL,
  `calibration_uncertainty` decimal(16,8) DEFAULT NULL,
  `calibration_responsible_party` longtext DEFAULT NULL,
  `accumulated_xray_dose_id` int(11) NOT NULL,
  `dose_measurement_device_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_calibration_accumulated_xray_dos_26faaead_fk_remapp_ac` FOREIGN KEY (`accumulated_xray_dose_id`) REFERENCES `remapp_accumxraydose` (`id`),
  CONSTRAINT `remapp_calibration_dose_measurement_dev_8aa4170f_fk_remapp_co` FOREIGN KEY (`dose_measurement_device_id`) REFERENCES `remapp_contextid` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_irradeventxraydata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `irradiation_event_uid` longtext DEFAULT NULL,
  `irradiation_event_label` longtext DEFAULT NULL,
  `date_time_started` datetime(6) DEFAULT NULL,
  `acquisition_protocol` longtext DEFAULT NULL,
  `projection_eponymous_name` varchar(16) DEFAULT NULL,
  `patient_table_relationship` varchar(16) DEFAULT NULL,
  `patient_orientation` varchar(16) DEFAULT NULL,
  `patient_orientation_modifier` varchar(16) DEFAULT NULL,
  `dose_area_product` decimal(16,10) DEFAULT NULL,
  `half_value_layer` decimal(16,8) DEFAULT NULL,
  `patient_equivalent_thickness` decimal(16,8) DEFAULT NULL,
  `entrance_exposure_at_rp` decimal(16,8) DEFAULT NULL,
  `reference_point_definition_text` longtext DEFAULT NULL,
  `breast_composition` varchar(16) DEFAULT NULL,
  `percent_fibroglandular_tissue` decimal(16,8) DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `acquisition_plane_id` int(11) DEFAULT NULL,
  `anatomical_structure_id` int(11) DEFAULT NULL,
  `breast_composition_cid_id` int(11) DEFAULT NULL,
  `image_view_id` int(11) DEFAULT NULL,
  `irradiation_event_type_id` int(11) DEFAULT NULL,
  `label_type_id` int(11) DEFAULT NULL,
  `laterality_id` int(11) DEFAULT NULL,
  `patient_orientation_cid_id` int(11) DEFAULT NULL,
  `patient_orientation_modifier_cid_id` int(11) DEFAULT NULL,
  `patient_table_relationship_cid_id` int(11) DEFAULT NULL,
  `projection_eponymous_name_cid_id` int(11) DEFAULT NULL,
  `projection_xray_radiation_dose_id` int(11) NOT NULL,
  `reference_point_definition_id` int(11) DEFAULT NULL,
  `target_region_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_irradeventxra_acquisition_plane_id_e7ff152f_fk_remapp_co` FOREIGN KEY (`acquisition_plane_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_anatomical_structure_f246f932_fk_remapp_co` FOREIGN KEY (`anatomical_structure_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_breast_composition_c_66601f5c_fk_remapp_co` FOREIGN KEY (`breast_composition_cid_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_image_view_id_9aabc490_fk_remapp_co` FOREIGN KEY (`image_view_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_irradiation_event_ty_afddb120_fk_remapp_co` FOREIGN KEY (`irradiation_event_type_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_label_type_id_620ca688_fk_remapp_co` FOREIGN KEY (`label_type_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_laterality_id_69e6642e_fk_remapp_co` FOREIGN KEY (`laterality_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_patient_orientation__1cb93c53_fk_remapp_co` FOREIGN KEY (`patient_orientation_modifier_cid_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_patient_orientation__5274708e_fk_remapp_co` FOREIGN KEY (`patient_orientation_cid_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_patient_table_relati_9ce2a45f_fk_remapp_co` FOREIGN KEY (`patient_table_relationship_cid_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_projection_eponymous_312071d7_fk_remapp_co` FOREIGN KEY (`projection_eponymous_name_cid_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_projection_xray_radi_ac7cb1bb_fk_remapp_pr` FOREIGN KEY (`projection_xray_radiation_dose_id`) REFERENCES `remapp_projectionxrayradiationdose` (`id`),
  CONSTRAINT `remapp_irradeventxra_reference_point_defi_b22630da_fk_remapp_co` FOREIGN KEY (`reference_point_definition_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_target_region_id_7bc00cb9_fk_remapp_co` FOREIGN KEY (`target_region_id`) REFERENCES `remapp_contextid` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_irradeventxraydetectordata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `exposure_index` decimal(16,8) DEFAULT NULL,
  `target_exposure_index` decimal(16,8) DEFAULT NULL,
  `deviation_index` decimal(16,8) DEFAULT NULL,
  `relative_xray_exposure` decimal(16,8) DEFAULT NULL,
  `relative_exposure_unit` varchar(16) DEFAULT NULL,
  `sensitivity` decimal(16,8) DEFAULT NULL,
  `irradiation_event_xray_data_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_irradeventxra_irradiation_event_xr_58d3ff5c_fk_remapp_ir` FOREIGN KEY (`irradiation_event_xray_data_id`) REFERENCES `remapp_irradeventxraydata` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_irradeventxraysourcedata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dose_rp` decimal(16,12) DEFAULT NULL,
  `reference_point_definition` longtext DEFAULT NULL,
  `average_glandular_dose` decimal(16,8) DEFAULT NULL,
  `pulse_rate` decimal(16,8) DEFAULT NULL,
  `number_of_pulses` decimal(16,2) DEFAULT NULL,
  `derivation` varchar(16) DEFAULT NULL,
  `irradiation_duration` decimal(16,8) DEFAULT NULL,
  `average_xray_tube_current` decimal(16,8) DEFAULT NULL,
  `exposure_time` decimal(16,2) DEFAULT NULL,
  `focal_spot_size` decimal(16,8) DEFAULT NULL,
  `collimated_field_area` decimal(16,8) DEFAULT NULL,
  `collimated_field_height` decimal(16,8) DEFAULT NULL,
  `collimated_field_width` decimal(16,8) DEFAULT NULL,
  `ii_field_size` int(11) DEFAULT NULL,
  `exposure_control_mode` varchar(16) DEFAULT NULL,
  `grid_absorbing_material` longtext DEFAULT NULL,
  `grid_spacing_material` longtext DEFAULT NULL,
  `grid_thickness` decimal(16,6) DEFAULT NULL,
  `grid_pitch` decimal(16,6) DEFAULT NULL,
  `grid_aspect_ratio` longtext DEFAULT NULL,
  `grid_period` decimal(16,6) DEFAULT NULL,
  `grid_focal_distance` decimal(16,6) DEFAULT NULL,
  `anode_target_material_id` int(11) DEFAULT NULL,
  `derivation_cid_id` int(11) DEFAULT NULL,
  `fluoro_mode_id` int(11) DEFAULT NULL,
  `irradiation_event_xray_data_id` int(11) NOT NULL,
  `reference_point_definition_code_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_irradeventxra_anode_target_materia_9feab4dc_fk_remapp_co` FOREIGN KEY (`anode_target_material_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_derivation_cid_id_19a6a9fb_fk_remapp_co` FOREIGN KEY (`derivation_cid_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_fluoro_mode_id_bab64c4b_fk_remapp_co` FOREIGN KEY (`fluoro_mode_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_irradeventxra_irradiation_event_xr_ed2d1ca5_fk_remapp_ir` FOREIGN KEY (`irradiation_event_xray_data_id`) REFERENCES `remapp_irradeventxraydata` (`id`),
  CONSTRAINT `remapp_irradeventxra_reference_point_defi_b212ba8b_fk_remapp_co` FOREIGN KEY (`reference_point_definition_code_id`) REFERENCES `remapp_contextid` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_deviceparticipant` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `device_name` longtext DEFAULT NULL,
  `device_manufacturer` longtext DEFAULT NULL,
  `device_model_name` longtext DEFAULT NULL,
  `device_serial_number` longtext DEFAULT NULL,
  `device_observer_uid` longtext DEFAULT NULL,
  `accumulated_xray_dose_id` int(11) DEFAULT NULL,
  `ct_accumulated_dose_data_id` int(11) DEFAULT NULL,
  `ct_irradiation_event_data_id` int(11) DEFAULT NULL,
  `device_role_in_procedure_id` int(11) DEFAULT NULL,
  `irradiation_event_xray_detector_data_id` int(11) DEFAULT NULL,
  `irradiation_event_xray_source_data_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_devicepartici_accumulated_xray_dos_b882a836_fk_remapp_ac` FOREIGN KEY (`accumulated_xray_dose_id`) REFERENCES `remapp_accumxraydose` (`id`),
  CONSTRAINT `remapp_devicepartici_ct_accumulated_dose__c5d678c1_fk_remapp_ct` FOREIGN KEY (`ct_accumulated_dose_data_id`) REFERENCES `remapp_ctaccumulateddosedata` (`id`),
  CONSTRAINT `remapp_devicepartici_ct_irradiation_event_999b1e1d_fk_remapp_ct` FOREIGN KEY (`ct_irradiation_event_data_id`) REFERENCES `remapp_ctirradiationeventdata` (`id`),
  CONSTRAINT `remapp_devicepartici_device_role_in_proce_fbc1f174_fk_remapp_co` FOREIGN KEY (`device_role_in_procedure_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_devicepartici_irradiation_event_xr_7748886a_fk_remapp_ir` FOREIGN KEY (`irradiation_event_xray_source_data_id`) REFERENCES `remapp_irradeventxraysourcedata` (`id`),
  CONSTRAINT `remapp_devicepartici_irradiation_event_xr_8763fb3d_fk_remapp_ir` FOREIGN KEY (`irradiation_event_xray_detector_data_id`) REFERENCES `remapp_irradeventxraydetectordata` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_radiopharmaceuticalradiationdose` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `comment` longtext DEFAULT NULL,
  `associated_procedure_id` int(11) DEFAULT NULL,
  `general_study_module_attributes_id` int(11) NOT NULL,
  `has_intent_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_radiopharmace_associated_procedure_eee9c42c_fk_remapp_co` FOREIGN KEY (`associated_procedure_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_radiopharmace_general_study_module_f06b3ffa_fk_remapp_ge` FOREIGN KEY (`general_study_module_attributes_id`) REFERENCES `remapp_generalstudymoduleattr` (`id`),
  CONSTRAINT `remapp_radiopharmace_has_intent_id_12c3eb18_fk_remapp_co` FOREIGN KEY (`has_intent_id`) REFERENCES `remapp_contextid` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_radiopharmaceuticaladministrationeventdata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `radiopharmaceutical_agent_string` longtext DEFAULT NULL,
  `radionuclide_half_life` decimal(16,8) DEFAULT NULL,
  `radiopharmaceutical_specific_activity` decimal(16,8) DEFAULT NULL,
  `radiopharmaceutical_administration_event_uid` longtext DEFAULT NULL,
  `estimated_extravasation_activity` decimal(16,8) DEFAULT NULL,
  `radiopharmaceutical_start_datetime` datetime(6) DEFAULT NULL,
  `radiopharmaceutical_stop_datetime` datetime(6) DEFAULT NULL,
  `administered_activity` decimal(16,8) DEFAULT NULL,
  `effective_dose` decimal(16,8) DEFAULT NULL,
  `radiopharmaceutical_volume` decimal(16,8) DEFAULT NULL,
  `pre_administration_measured_activity` decimal(16,8) DEFAULT NULL,
  `post_administration_measured_activity` decimal(16,8) DEFAULT NULL,
  `brand_name` longtext DEFAULT NULL,
  `radiopharmaceutical_dispense_unit_identifier` longtext DEFAULT NULL,
  `prescription_identifier` longtext DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `laterality_id` int(11) DEFAULT NULL,
  `post_activity_measurement_device_id` int(11) DEFAULT NULL,
  `pre_activity_measurement_device_id` int(11) DEFAULT NULL,
  `radionuclide_id` int(11) DEFAULT NULL,
  `radiopharmaceutical_agent_id` int(11) DEFAULT NULL,
  `radiopharmaceutical_radiation_dose_id` int(11) NOT NULL,
  `route_of_administration_id` int(11) DEFAULT NULL,
  `site_of_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_radiopharmace_laterality_id_e3e12a9d_fk_remapp_co` FOREIGN KEY (`laterality_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_radiopharmace_post_activity_measur_42ae4e69_fk_remapp_co` FOREIGN KEY (`post_activity_measurement_device_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_radiopharmace_pre_activity_measure_f6cb9c0c_fk_remapp_co` FOREIGN KEY (`pre_activity_measurement_device_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_radiopharmace_radionuclide_id_bd5e64d2_fk_remapp_co` FOREIGN KEY (`radionuclide_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_radiopharmace_radiopharmaceutical__19003d87_fk_remapp_ra` FOREIGN KEY (`radiopharmaceutical_radiation_dose_id`) REFERENCES `remapp_radiopharmaceuticalradiationdose` (`id`),
  CONSTRAINT `remapp_radiopharmace_radiopharmaceutical__e5399297_fk_remapp_co` FOREIGN KEY (`radiopharmaceutical_agent_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_radiopharmace_route_of_administrat_8e45492c_fk_remapp_co` FOREIGN KEY (`route_of_administration_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_radiopharmace_site_of_id_288dccb0_fk_remapp_co` FOREIGN KEY (`site_of_id`) REFERENCES `remapp_contextid` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_observercontext` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `radiopharmaceutical_administration_is_pre_observer` tinyint(1) DEFAULT NULL,
  `person_observer_name` longtext DEFAULT NULL,
  `person_observer_organization_name` longtext DEFAULT NULL,
  `device_observer_uid` longtext DEFAULT NULL,
  `device_observer_name` longtext DEFAULT NULL,
  `device_observer_manufacturer` longtext DEFAULT NULL,
  `device_observer_model_name` longtext DEFAULT NULL,
  `device_observer_serial_number` longtext DEFAULT NULL,
  `device_observer_physical_location_during_observation` longtext DEFAULT NULL,
  `ct_radiation_dose_id` int(11) DEFAULT NULL,
  `device_role_in_procedure_id` int(11) DEFAULT NULL,
  `observer_type_id` int(11) DEFAULT NULL,
  `person_observer_role_in_organization_id` int(11) DEFAULT NULL,
  `person_observer_role_in_procedure_id` int(11) DEFAULT NULL,
  `projection_xray_radiation_dose_id` int(11) DEFAULT NULL,
  `radiopharmaceutical_administration_event_data_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_observerconte_ct_radiation_dose_id_3c6dc935_fk_remapp_ct` FOREIGN KEY (`ct_radiation_dose_id`) REFERENCES `remapp_ctradiationdose` (`id`),
  CONSTRAINT `remapp_observerconte_device_role_in_proce_52a781c1_fk_remapp_co` FOREIGN KEY (`device_role_in_procedure_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_observerconte_observer_type_id_66665a80_fk_remapp_co` FOREIGN KEY (`observer_type_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_observerconte_person_observer_role_0cae45e0_fk_remapp_co` FOREIGN KEY (`person_observer_role_in_organization_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_observerconte_person_observer_role_1ab9f675_fk_remapp_co` FOREIGN KEY (`person_observer_role_in_procedure_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_observerconte_projection_xray_radi_c514c0fe_fk_remapp_pr` FOREIGN KEY (`projection_xray_radiation_dose_id`) REFERENCES `remapp_projectionxrayradiationdose` (`id`),
  CONSTRAINT `remapp_observerconte_radiopharmaceutical__1092daef_fk_remapp_ra` FOREIGN KEY (`radiopharmaceutical_administration_event_data_id`) REFERENCES `remapp_radiopharmaceuticaladministrationeventdata` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_personparticipant` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `person_name` longtext DEFAULT NULL,
  `person_role_in_procedure` varchar(16) NOT NULL,
  `person_id` longtext DEFAULT NULL,
  `person_id_issuer` longtext DEFAULT NULL,
  `organization_name` longtext DEFAULT NULL,
  `person_role_in_organization` longtext DEFAULT NULL,
  `ct_accumulated_dose_data_id` int(11) DEFAULT NULL,
  `ct_dose_check_details_alert_id` int(11) DEFAULT NULL,
  `ct_dose_check_details_notification_id` int(11) DEFAULT NULL,
  `ct_irradiation_event_data_id` int(11) DEFAULT NULL,
  `ct_radiation_dose_id` int(11) DEFAULT NULL,
  `irradiation_event_xray_data_id` int(11) DEFAULT NULL,
  `person_role_in_organization_cid_id` int(11) DEFAULT NULL,
  `person_role_in_procedure_cid_id` int(11) DEFAULT NULL,
  `projection_xray_radiation_dose_id` int(11) DEFAULT NULL,
  `radiopharmaceutical_administration_event_data_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_personpartici_ct_accumulated_dose__d9bc240c_fk_remapp_ct` FOREIGN KEY (`ct_accumulated_dose_data_id`) REFERENCES `remapp_ctaccumulateddosedata` (`id`),
  CONSTRAINT `remapp_personpartici_ct_dose_check_detail_421bbc75_fk_remapp_ct` FOREIGN KEY (`ct_dose_check_details_alert_id`) REFERENCES `remapp_ctdosecheckdetails` (`id`),
  CONSTRAINT `remapp_personpartici_ct_dose_check_detail_5ce606c9_fk_remapp_ct` FOREIGN KEY (`ct_dose_check_details_notification_id`) REFERENCES `remapp_ctdosecheckdetails` (`id`),
  CONSTRAINT `remapp_personpartici_ct_irradiation_event_74a9db6f_fk_remapp_ct` FOREIGN KEY (`ct_irradiation_event_data_id`) REFERENCES `remapp_ctirradiationeventdata` (`id`),
  CONSTRAINT `remapp_personpartici_ct_radiation_dose_id_1615799a_fk_remapp_ct` FOREIGN KEY (`ct_radiation_dose_id`) REFERENCES `remapp_ctradiationdose` (`id`),
  CONSTRAINT `remapp_personpartici_irradiation_event_xr_1efaae3c_fk_remapp_ir` FOREIGN KEY (`irradiation_event_xray_data_id`) REFERENCES `remapp_irradeventxraydata` (`id`),
  CONSTRAINT `remapp_personpartici_person_role_in_organ_bca6e008_fk_remapp_co` FOREIGN KEY (`person_role_in_organization_cid_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_personpartici_person_role_in_proce_42096dc5_fk_remapp_co` FOREIGN KEY (`person_role_in_procedure_cid_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_personpartici_projection_xray_radi_b91c5eec_fk_remapp_pr` FOREIGN KEY (`projection_xray_radiation_dose_id`) REFERENCES `remapp_projectionxrayradiationdose` (`id`),
  CONSTRAINT `remapp_personpartici_radiopharmaceutical__b929d08e_fk_remapp_ra` FOREIGN KEY (`radiopharmaceutical_administration_event_data_id`) REFERENCES `remapp_radiopharmaceuticaladministrationeventdata` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_radiopharmaceuticaladministrationpatientcharacteristics` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subject_age` decimal(16,8) DEFAULT NULL,
  `patient_height` decimal(16,8) DEFAULT NULL,
  `patient_weight` decimal(16,8) DEFAULT NULL,
  `body_surface_area` decimal(16,8) DEFAULT NULL,
  `body_mass_index` decimal(16,8) DEFAULT NULL,
  `glucose` decimal(16,8) DEFAULT NULL,
  `fasting_duration` decimal(16,8) DEFAULT NULL,
  `hydration_volume` decimal(16,8) DEFAULT NULL,
  `recent_physical_activity` longtext DEFAULT NULL,
  `serum_creatinine` decimal(16,8) DEFAULT NULL,
  `body_surface_area_formula_id` int(11) DEFAULT NULL,
  `equation_id` int(11) DEFAULT NULL,
  `radiopharmaceutical_radiation_dose_id` int(11) NOT NULL,
  `subject_sex_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_radiopharmace_body_surface_area_fo_f20b2f5b_fk_remapp_co` FOREIGN KEY (`body_surface_area_formula_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_radiopharmace_equation_id_170530d5_fk_remapp_co` FOREIGN KEY (`equation_id`) REFERENCES `remapp_contextid` (`id`),
  CONSTRAINT `remapp_radiopharmace_radiopharmaceutical__cfc73208_fk_remapp_ra` FOREIGN KEY (`radiopharmaceutical_radiation_dose_id`) REFERENCES `remapp_radiopharmaceuticalradiationdose` (`id`),
  CONSTRAINT `remapp_radiopharmace_subject_sex_id_628f6a8d_fk_remapp_co` FOREIGN KEY (`subject_sex_id`) REFERENCES `remapp_contextid` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_sizeupload` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sizefile` varchar(100) NOT NULL,
  `height_field` longtext DEFAULT NULL,
  `weight_field` longtext DEFAULT NULL,
  `id_field` longtext DEFAULT NULL,
  `id_type` longtext DEFAULT NULL,
  `overwrite` tinyint(1) NOT NULL,
  `task_id` longtext DEFAULT NULL,
  `status` longtext DEFAULT NULL,
  `progress` longtext DEFAULT NULL,
  `num_records` int(11) DEFAULT NULL,
  `logfile` varchar(100) DEFAULT NULL,
  `import_date` datetime(6) DEFAULT NULL,
  `processtime` double DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_skindosemapcalcsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `enable_skin_dose_maps` tinyint(1) NOT NULL,
  `calc_on_import` tinyint(1) NOT NULL,
  `allow_safelist_modify` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_skindosemapresults` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `phantom_width` decimal(16,1) DEFAULT NULL,
  `phantom_height` decimal(16,1) DEFAULT NULL,
  `phantom_depth` decimal(16,1) DEFAULT NULL,
  `patient_mass` decimal(16,1) DEFAULT NULL,
  `patient_mass_assumed` varchar(16) DEFAULT NULL,
  `patient_size` decimal(16,1) DEFAULT NULL,
  `patient_size_assumed` varchar(16) DEFAULT NULL,
  `patient_orientation` varchar(16) DEFAULT NULL,
  `patient_orientation_assumed` varchar(16) DEFAULT NULL,
  `peak_skin_dose` decimal(16,4) DEFAULT NULL,
  `dap_fraction` decimal(16,4) DEFAULT NULL,
  `skin_map_version` varchar(16) DEFAULT NULL,
  `general_study_module_attributes_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_skindosemapre_general_study_module_1e729aeb_fk_remapp_ge` FOREIGN KEY (`general_study_module_attributes_id`) REFERENCES `remapp_generalstudymoduleattr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_standardnames` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `standard_name` longtext DEFAULT NULL,
  `modality` varchar(16) DEFAULT NULL,
  `study_description` longtext DEFAULT NULL,
  `requested_procedure_code_meaning` longtext DEFAULT NULL,
  `procedure_code_meaning` longtext DEFAULT NULL,
  `acquisition_protocol` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `remapp_standardnames_modality_acquisition_protocol_1b063168_uniq` (`modality`,`acquisition_protocol`) USING HASH,
  UNIQUE KEY `remapp_standardnames_modality_study_description_709b93a4_uniq` (`modality`,`study_description`) USING HASH,
  UNIQUE KEY `remapp_standardnames_modality_procedure_code__e98550f6_uniq` (`modality`,`procedure_code_meaning`) USING HASH,
  UNIQUE KEY `remapp_standardnames_modality_requested_proce_0f230b1d_uniq` (`modality`,`requested_procedure_code_meaning`) USING HASH
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_generalstudymoduleattr_standard_names` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `generalstudymoduleattr_id` int(11) NOT NULL,
  `standardnames_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `remapp_generalstudymodul_generalstudymoduleattr_i_e5190a37_uniq` (`generalstudymoduleattr_id`,`standardnames_id`),
  CONSTRAINT `remapp_generalstudym_generalstudymoduleat_e7c24cf5_fk_remapp_ge` FOREIGN KEY (`generalstudymoduleattr_id`) REFERENCES `remapp_generalstudymoduleattr` (`id`),
  CONSTRAINT `remapp_generalstudym_standardnames_id_113064ac_fk_remapp_st` FOREIGN KEY (`standardnames_id`) REFERENCES `remapp_standardnames` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_standardnamesettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `enable_standard_names` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_summaryfields` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `modality_type` varchar(2) DEFAULT NULL,
  `complete` tinyint(1) NOT NULL,
  `status_message` longtext DEFAULT NULL,
  `total_studies` int(11) NOT NULL,
  `current_study` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_uniqueequipmentnames` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `manufacturer` longtext DEFAULT NULL,
  `manufacturer_hash` varchar(64) DEFAULT NULL,
  `institution_name` longtext DEFAULT NULL,
  `institution_name_hash` varchar(64) DEFAULT NULL,
  `station_name` varchar(32) DEFAULT NULL,
  `station_name_hash` varchar(64) DEFAULT NULL,
  `institutional_department_name` longtext DEFAULT NULL,
  `institutional_department_name_hash` varchar(64) DEFAULT NULL,
  `manufacturer_model_name` longtext DEFAULT NULL,
  `manufacturer_model_name_hash` varchar(64) DEFAULT NULL,
  `device_serial_number` longtext DEFAULT NULL,
  `device_serial_number_hash` varchar(64) DEFAULT NULL,
  `software_versions` longtext DEFAULT NULL,
  `software_versions_hash` varchar(64) DEFAULT NULL,
  `gantry_id` longtext DEFAULT NULL,
  `gantry_id_hash` varchar(64) DEFAULT NULL,
  `display_name` longtext DEFAULT NULL,
  `user_defined_modality` varchar(16) DEFAULT NULL,
  `hash_generated` tinyint(1) NOT NULL,
  `device_observer_uid` longtext DEFAULT NULL,
  `device_observer_uid_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `remapp_uniqueequipmentna_manufacturer_hash_instit_4ddc2085_uniq` (`manufacturer_hash`,`institution_name_hash`,`station_name_hash`,`institutional_department_name_hash`,`manufacturer_model_name_hash`,`device_serial_number_hash`,`software_versions_hash`,`gantry_id_hash`,`device_observer_uid_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_generalequipmentmoduleattr` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `manufacturer` longtext DEFAULT NULL,
  `institution_name` longtext DEFAULT NULL,
  `institution_address` longtext DEFAULT NULL,
  `station_name` varchar(32) DEFAULT NULL,
  `institutional_department_name` longtext DEFAULT NULL,
  `manufacturer_model_name` longtext DEFAULT NULL,
  `device_serial_number` longtext DEFAULT NULL,
  `software_versions` longtext DEFAULT NULL,
  `gantry_id` longtext DEFAULT NULL,
  `spatial_resolution` decimal(8,4) DEFAULT NULL,
  `date_of_last_calibration` datetime(6) DEFAULT NULL,
  `time_of_last_calibration` datetime(6) DEFAULT NULL,
  `general_study_module_attributes_id` int(11) NOT NULL,
  `unique_equipment_name_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `remapp_generalequipm_general_study_module_227d66fd_fk_remapp_ge` FOREIGN KEY (`general_study_module_attributes_id`) REFERENCES `remapp_generalstudymoduleattr` (`id`),
  CONSTRAINT `remapp_generalequipm_unique_equipment_nam_afd38b7c_fk_remapp_un` FOREIGN KEY (`unique_equipment_name_id`) REFERENCES `remapp_uniqueequipmentnames` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remapp_upgradestatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from_0_9_1_summary_fields` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
