-- SEB Server (Safe Exam Browser Server, ETH Zurich): github.com/SafeExamBrowser/seb-server, commit ab20dca3966e5575735d5033ac8c5172e8fd90ea (MPL-2.0)
-- Flyway migrations src/main/resources/config/sql/base/V1..V36 replayed into MariaDB 10.11 and read back with SHOW CREATE TABLE

CREATE TABLE `additional_attributes` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `entity_type` varchar(45) NOT NULL,
  `entity_id` bigint(20) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `institution` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `url_suffix` varchar(45) DEFAULT NULL,
  `logo_image` mediumtext DEFAULT NULL,
  `theme_name` varchar(45) DEFAULT NULL,
  `active` int(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_UNIQUE` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `batch_action` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `owner` varchar(255) DEFAULT NULL,
  `action_type` varchar(45) NOT NULL,
  `attributes` varchar(4000) DEFAULT NULL,
  `source_ids` varchar(4000) DEFAULT NULL,
  `successful` varchar(4000) DEFAULT NULL,
  `last_update` bigint(20) DEFAULT NULL,
  `processor_id` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `batch_action_institution_ref_idx` (`institution_id`),
  CONSTRAINT `batch_action_institution_ref` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `certificate` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `aliases` varchar(4000) DEFAULT NULL,
  `cert_store` blob DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `certificateInstitution_idx` (`institution_id`),
  CONSTRAINT `certificateInstitution` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `lms_setup` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `lms_type` varchar(45) NOT NULL,
  `lms_url` varchar(255) DEFAULT NULL,
  `lms_clientname` varchar(4000) DEFAULT NULL,
  `lms_clientsecret` varchar(4000) DEFAULT NULL,
  `lms_rest_api_token` varchar(4000) DEFAULT NULL,
  `lms_proxy_host` varchar(255) DEFAULT NULL,
  `lms_proxy_port` int(11) DEFAULT NULL,
  `lms_proxy_auth_username` varchar(255) DEFAULT NULL,
  `lms_proxy_auth_secret` varchar(255) DEFAULT NULL,
  `active` int(1) NOT NULL,
  `update_time` bigint(20) unsigned DEFAULT NULL,
  `connection_id` varchar(255) DEFAULT NULL,
  `integration_active` int(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `setupInstitutionRef_idx` (`institution_id`),
  CONSTRAINT `setupInstitutionRef` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `exam` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `lms_setup_id` bigint(20) unsigned DEFAULT NULL,
  `external_id` varchar(255) NOT NULL,
  `owner` varchar(255) NOT NULL,
  `supporter` varchar(4000) DEFAULT NULL COMMENT 'comma separated list of user_uuid',
  `type` varchar(45) NOT NULL,
  `quit_password` varchar(4000) DEFAULT NULL,
  `browser_keys` varchar(4000) DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `lms_seb_restriction` int(1) NOT NULL,
  `updating` int(1) NOT NULL,
  `lastUpdate` varchar(255) DEFAULT NULL,
  `active` int(1) NOT NULL,
  `exam_template_id` bigint(20) unsigned DEFAULT NULL,
  `last_modified` bigint(20) DEFAULT NULL,
  `quiz_name` varchar(255) DEFAULT NULL,
  `quiz_start_time` datetime DEFAULT NULL,
  `quiz_end_time` datetime DEFAULT NULL,
  `lms_available` int(1) DEFAULT NULL,
  `followup_id` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `lms_setup_key_idx` (`lms_setup_id`),
  KEY `institution_key_idx` (`institution_id`),
  CONSTRAINT `examInstitutionRef` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `examLmsSetupRef` FOREIGN KEY (`lms_setup_id`) REFERENCES `lms_setup` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `remote_proctoring_room` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `exam_id` bigint(20) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `size` int(11) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `townhall_room` int(1) NOT NULL DEFAULT 0,
  `break_out_connections` varchar(4000) DEFAULT NULL,
  `join_key` varchar(255) NOT NULL,
  `room_data` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `proctor_room_exam_id_idx` (`exam_id`),
  CONSTRAINT `proctorRoomExamRef` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `screen_proctoring_group` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `exam_id` bigint(20) unsigned NOT NULL,
  `uuid` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `size` int(11) DEFAULT NULL,
  `data` varchar(4000) DEFAULT NULL,
  `is_fallback` int(1) unsigned DEFAULT NULL,
  `seb_group_id` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid_UNIQUE` (`uuid`),
  KEY `screenProctoringGroupExamRef_idx` (`exam_id`),
  CONSTRAINT `screenProctoringGroupExamRef` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `client_connection` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `exam_id` bigint(20) unsigned DEFAULT NULL,
  `status` varchar(45) NOT NULL,
  `connection_token` varchar(255) NOT NULL,
  `exam_user_session_id` varchar(255) DEFAULT NULL,
  `client_address` varchar(45) NOT NULL,
  `virtual_client_address` varchar(45) DEFAULT NULL,
  `vdi` int(1) unsigned DEFAULT 0,
  `vdi_pair_token` varchar(255) DEFAULT NULL,
  `creation_time` bigint(20) unsigned NOT NULL,
  `update_time` bigint(20) unsigned DEFAULT NULL,
  `screen_proctoring_group_id` bigint(20) unsigned DEFAULT NULL,
  `remote_proctoring_room_id` bigint(20) unsigned DEFAULT NULL,
  `remote_proctoring_room_update` int(1) unsigned DEFAULT NULL,
  `client_machine_name` varchar(255) DEFAULT NULL,
  `client_os_name` varchar(255) DEFAULT NULL,
  `client_version` varchar(255) DEFAULT NULL,
  `security_check_granted` tinyint(1) unsigned DEFAULT NULL,
  `ask` varchar(255) DEFAULT NULL,
  `client_version_granted` tinyint(1) unsigned DEFAULT NULL,
  `screen_proctoring_group_update` tinyint(1) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `connection_exam_ref_idx` (`exam_id`),
  KEY `clientConnectionInstitutionRef_idx` (`institution_id`),
  KEY `connectionTokenRef` (`connection_token`),
  KEY `clientConnectionProctorRoomRef_idx` (`remote_proctoring_room_id`),
  KEY `clientConnectionScreenProctoringGroupRef` (`screen_proctoring_group_id`),
  CONSTRAINT `clientConnectionExamRef` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `clientConnectionInstitutionRef` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `clientConnectionRemoteProctoringRoomRef` FOREIGN KEY (`remote_proctoring_room_id`) REFERENCES `remote_proctoring_room` (`id`),
  CONSTRAINT `clientConnectionScreenProctoringGroupRef` FOREIGN KEY (`screen_proctoring_group_id`) REFERENCES `screen_proctoring_group` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `client_event` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `client_connection_id` bigint(20) unsigned NOT NULL,
  `type` int(2) unsigned NOT NULL,
  `client_time` bigint(20) unsigned NOT NULL,
  `server_time` bigint(20) NOT NULL,
  `numeric_value` decimal(18,4) DEFAULT NULL,
  `text` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `eventConnectionRef_idx` (`client_connection_id`),
  CONSTRAINT `eventConnectionRef` FOREIGN KEY (`client_connection_id`) REFERENCES `client_connection` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `client_group` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `exam_id` bigint(20) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(45) NOT NULL,
  `color` varchar(45) DEFAULT NULL,
  `icon` varchar(45) DEFAULT NULL,
  `data` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `clientGroupExamRef_idx` (`exam_id`),
  CONSTRAINT `clientGroupExamRef` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `client_indicator` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `client_connection_id` bigint(20) unsigned NOT NULL,
  `type` int(2) NOT NULL,
  `value` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `clientIndicatorConnectionRef_idx` (`client_connection_id`),
  KEY `clientIndicatorType` (`type`),
  CONSTRAINT `clientIndicatorConnectionRef` FOREIGN KEY (`client_connection_id`) REFERENCES `client_connection` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `client_instruction` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `exam_id` bigint(20) unsigned NOT NULL,
  `connection_token` varchar(255) NOT NULL,
  `type` varchar(45) NOT NULL,
  `attributes` varchar(4000) DEFAULT NULL,
  `needs_confirmation` int(1) unsigned NOT NULL DEFAULT 0,
  `timestamp` bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `instructionExamRef_idx` (`exam_id`),
  KEY `instructionConnectionRef` (`connection_token`),
  CONSTRAINT `instructionConnectionRef` FOREIGN KEY (`connection_token`) REFERENCES `client_connection` (`connection_token`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `instructionExamRef` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `client_notification` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `client_connection_id` bigint(20) unsigned NOT NULL,
  `event_type` int(2) NOT NULL,
  `notification_type` int(2) NOT NULL,
  `value` bigint(20) DEFAULT NULL,
  `text` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `clientNotificationConnectionRef_idx` (`client_connection_id`),
  CONSTRAINT `clientNotificationConnectionRef` FOREIGN KEY (`client_connection_id`) REFERENCES `client_connection` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `configuration_node` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `template_id` bigint(20) unsigned DEFAULT NULL,
  `owner` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(4000) DEFAULT NULL,
  `type` varchar(45) DEFAULT NULL,
  `status` varchar(45) NOT NULL,
  `last_update_time` bigint(20) unsigned DEFAULT NULL,
  `last_update_user` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `configurationInstitutionRef_idx` (`institution_id`),
  CONSTRAINT `configurationInstitutionRef` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `configuration` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `configuration_node_id` bigint(20) unsigned NOT NULL,
  `version` varchar(255) DEFAULT NULL,
  `version_date` datetime DEFAULT NULL,
  `followup` int(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `configurationNodeRef_idx` (`configuration_node_id`),
  KEY `config_institution_ref_idx` (`institution_id`),
  CONSTRAINT `config_institution_ref` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `configuration_node_ref` FOREIGN KEY (`configuration_node_id`) REFERENCES `configuration_node` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `configuration_attribute` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `type` varchar(45) NOT NULL,
  `parent_id` bigint(20) unsigned DEFAULT NULL,
  `resources` varchar(255) DEFAULT NULL,
  `validator` varchar(45) DEFAULT NULL,
  `dependencies` varchar(255) DEFAULT NULL,
  `default_value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `parent_ref_idx` (`parent_id`),
  CONSTRAINT `parent_ref` FOREIGN KEY (`parent_id`) REFERENCES `configuration_attribute` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `configuration_value` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `configuration_id` bigint(20) unsigned NOT NULL,
  `configuration_attribute_id` bigint(20) unsigned NOT NULL,
  `list_index` int(11) NOT NULL DEFAULT 0,
  `value` varchar(16000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `configuration_value_ref_idx` (`configuration_id`),
  KEY `configuration_attribute_ref_idx` (`configuration_attribute_id`),
  KEY `configuration_value_institution_ref_idx` (`institution_id`),
  CONSTRAINT `configuration_ref` FOREIGN KEY (`configuration_id`) REFERENCES `configuration` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `configuration_value_attribute_ref` FOREIGN KEY (`configuration_attribute_id`) REFERENCES `configuration_attribute` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `configuration_value_institution_ref` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `entity_privilege` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `entity_type` varchar(45) NOT NULL,
  `entity_id` bigint(20) unsigned NOT NULL,
  `user_uuid` varchar(255) NOT NULL,
  `privilege_type` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `exam_configuration_map` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `exam_id` bigint(20) unsigned NOT NULL,
  `configuration_node_id` bigint(20) unsigned NOT NULL,
  `encrypt_secret` varchar(255) DEFAULT NULL,
  `client_group_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `exam_ref_idx` (`exam_id`),
  KEY `configuration_map_ref_idx` (`configuration_node_id`),
  KEY `exam_config_institution_ref_idx` (`institution_id`),
  CONSTRAINT `configuration_map_ref` FOREIGN KEY (`configuration_node_id`) REFERENCES `configuration_node` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `exam_config_institution_ref` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `exam_map_ref` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `exam_template` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `configuration_template_id` bigint(20) unsigned DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(4000) DEFAULT NULL,
  `exam_type` varchar(45) DEFAULT NULL,
  `supporter` varchar(4000) DEFAULT NULL,
  `indicator_templates` varchar(6000) DEFAULT NULL,
  `institutional_default` int(1) unsigned NOT NULL DEFAULT 0,
  `lms_integration` int(1) NOT NULL DEFAULT 0,
  `client_configuration_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `examTemplateInstitutionRef_idx` (`institution_id`),
  KEY `examTemplateConfigTemplateRef_idx` (`configuration_template_id`),
  CONSTRAINT `examTemplateConfigTemplateRef` FOREIGN KEY (`configuration_template_id`) REFERENCES `configuration_node` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `examTemplateInstitutionRef` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `feature_privilege` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `feature_id` bigint(20) unsigned NOT NULL,
  `user_uuid` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `indicator` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `exam_id` bigint(20) unsigned NOT NULL,
  `type` varchar(45) NOT NULL,
  `name` varchar(45) NOT NULL,
  `color` varchar(45) DEFAULT NULL,
  `icon` varchar(45) DEFAULT NULL,
  `tags` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `indicator_exam_idx` (`exam_id`),
  CONSTRAINT `exam_ref` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `oauth_access_token` (
  `token_id` varchar(255) DEFAULT NULL,
  `token` blob DEFAULT NULL,
  `authentication_id` varchar(255) DEFAULT NULL,
  `user_name` varchar(255) DEFAULT NULL,
  `client_id` varchar(255) DEFAULT NULL,
  `authentication` blob DEFAULT NULL,
  `refresh_token` varchar(255) DEFAULT NULL,
  UNIQUE KEY `authentication_id_UNIQUE` (`authentication_id`)
) ENGINE=InnoDB;

CREATE TABLE `oauth_refresh_token` (
  `token_id` varchar(255) DEFAULT NULL,
  `token` blob DEFAULT NULL,
  `authentication` blob DEFAULT NULL
) ENGINE=InnoDB;

CREATE TABLE `view` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `columns` int(11) NOT NULL,
  `position` int(11) NOT NULL,
  `template_id` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `orientation` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `config_attribute_id` bigint(20) unsigned NOT NULL,
  `template_id` bigint(20) unsigned DEFAULT NULL,
  `view_id` bigint(20) unsigned NOT NULL,
  `group_id` varchar(45) DEFAULT NULL,
  `x_position` int(10) unsigned NOT NULL DEFAULT 0,
  `y_position` int(10) unsigned NOT NULL DEFAULT 0,
  `width` int(10) unsigned DEFAULT NULL,
  `height` int(10) unsigned DEFAULT NULL,
  `title` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `config_attribute_orientation_rev_idx` (`config_attribute_id`),
  KEY `orientation_view_ref_idx` (`view_id`),
  CONSTRAINT `config_attribute_orientation_ref` FOREIGN KEY (`config_attribute_id`) REFERENCES `configuration_attribute` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `orientation_view_ref` FOREIGN KEY (`view_id`) REFERENCES `view` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `seb_client_configuration` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `date` datetime NOT NULL,
  `client_name` varchar(4000) NOT NULL,
  `client_secret` varchar(4000) NOT NULL,
  `encrypt_secret` varchar(255) DEFAULT NULL,
  `active` int(1) NOT NULL,
  `last_update_time` bigint(20) unsigned DEFAULT NULL,
  `last_update_user` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sebClientCredentialsInstitutionRef_idx` (`institution_id`),
  CONSTRAINT `sebClientConfigInstitutionRef` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `seb_security_key_registry` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `key_type` varchar(45) NOT NULL,
  `key_value` varchar(4000) NOT NULL,
  `tag` varchar(255) DEFAULT NULL,
  `exam_id` bigint(20) unsigned DEFAULT NULL,
  `exam_template_id` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `segKeyReg_exam_ref_idx` (`exam_id`),
  KEY `segKeyReg_exam_template_ref_idx` (`exam_template_id`),
  KEY `segKeyReg_institution_ref_idx` (`institution_id`),
  CONSTRAINT `segKeyReg_exam_ref` FOREIGN KEY (`exam_id`) REFERENCES `exam` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `segKeyReg_exam_template_ref` FOREIGN KEY (`exam_template_id`) REFERENCES `exam_template` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `segKeyReg_institution_ref` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `threshold` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `indicator_id` bigint(20) unsigned NOT NULL,
  `value` decimal(10,4) NOT NULL,
  `color` varchar(45) DEFAULT NULL,
  `icon` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `indicator_threshold_id_idx` (`indicator_id`),
  CONSTRAINT `indicator_threshold_id` FOREIGN KEY (`indicator_id`) REFERENCES `indicator` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `user` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `institution_id` bigint(20) unsigned NOT NULL,
  `uuid` varchar(255) NOT NULL,
  `creation_date` datetime NOT NULL,
  `name` varchar(255) NOT NULL,
  `surname` varchar(255) DEFAULT NULL,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `language` varchar(45) NOT NULL,
  `timeZone` varchar(45) NOT NULL,
  `active` int(1) NOT NULL,
  `direct_login` int(1) NOT NULL DEFAULT 1,
  `local_account` int(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `institutionRef_idx` (`institution_id`),
  CONSTRAINT `userInstitutionRef` FOREIGN KEY (`institution_id`) REFERENCES `institution` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `user_activity_log` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_uuid` varchar(255) NOT NULL,
  `timestamp` bigint(20) NOT NULL,
  `activity_type` varchar(45) NOT NULL,
  `entity_type` varchar(45) NOT NULL,
  `entity_id` varchar(255) NOT NULL,
  `message` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `user_role` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `role_name` varchar(45) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_ref_idx` (`user_id`),
  CONSTRAINT `user_ref` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `webservice_server_info` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `service_address` varchar(255) NOT NULL,
  `master` int(1) unsigned NOT NULL DEFAULT 0,
  `update_time` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
