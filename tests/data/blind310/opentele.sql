-- OpenTele 2.0 (Danish telemedicine platform for home monitoring of patients with COPD, heart failure,
-- diabetes and complicated pregnancies; Region Midtjylland / Region Nordjylland, 4S; Grails 2.4 / Hibernate)
-- Upstream: github.com/silverbullet-dk/opentele-server-core-plugin, commit 0b3bad26979d434dda8980db688401f2a3a1e954
-- (the domain and grails-app/migrations of the server, which github.com/silverbullet-dk/opentele-server uses as its
-- core plugin), licence Apache-2.0
-- Tables: the database-migration changelog (grails-app/migrations/changelog.groovy and the 24 files it includes,
-- Liquibase Groovy DSL) replayed for MySQL with the changelog's own MySQL type properties
-- (id.type bigint, string.type varchar(1024), boolean.type bit, text.type longtext ...). Foreign keys are added
-- after all tables, as the changelog does (addForeignKeyConstraint). All 62 tables are kept.

CREATE TABLE `audit_log_controller_entity` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `action_name` varchar(1024) NOT NULL,
  `controller_name` varchar(1024) NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `number_of_calls` integer NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `audit_log_entry` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `action_id` bigint,
  `authority` varchar(1024),
  `calling_ip` varchar(1024),
  `correlation_id` varchar(1024),
  `created_by` varchar(1024),
  `created_date` datetime,
  `duration` bigint,
  `end_date` datetime,
  `end_time` bigint,
  `exception` bit NOT NULL,
  `exception_message` varchar(1024),
  `http_session_id` varchar(1024),
  `id_card` varchar(1024),
  `message_id` varchar(1024),
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `operation` varchar(1024),
  `patient_cpr` varchar(128),
  `request` varchar(1024),
  `response` varchar(1024),
  `result` varchar(1024),
  `service` varchar(1024),
  `start_date` datetime,
  `start_time` bigint,
  `success` bit NOT NULL,
  `user_agent` varchar(1024),
  PRIMARY KEY (`id`),
  KEY `FK40704C53F84F8915` (`action_id`),
  KEY `end_time_idx` (`end_time`),
  KEY `patient_cpr_idx` (`patient_cpr`),
  KEY `start_time_idx` (`start_time`)
);

CREATE TABLE `audit_log_parameter` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `entry_id` bigint,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `parameter_key` varchar(1024),
  `parameter_value` varchar(1024),
  PRIMARY KEY (`id`),
  KEY `FK4D351F0AF5DB4508` (`entry_id`)
);

CREATE TABLE `blood_pressure_threshold` (
  `id` bigint NOT NULL,
  `diastolic_alert_high` float,
  `diastolic_alert_low` float,
  `diastolic_warning_high` float,
  `diastolic_warning_low` float,
  `systolic_alert_high` float,
  `systolic_alert_low` float,
  `systolic_warning_high` float,
  `systolic_warning_low` float,
  PRIMARY KEY (`id`)
);

CREATE TABLE `choice_value` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `input_node_id` bigint NOT NULL,
  `label` varchar(1024) NOT NULL,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `value` varchar(1024) NOT NULL,
  `ordering` integer NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FKE637D55351F08944` (`input_node_id`)
);

CREATE TABLE `clinician` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `email` varchar(1024),
  `first_name` varchar(1024) NOT NULL,
  `last_name` varchar(1024) NOT NULL,
  `mobile_phone` varchar(1024),
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `phone` varchar(1024),
  `user_id` bigint,
  `video_user` varchar(1024),
  `video_password` varchar(1024),
  PRIMARY KEY (`id`),
  KEY `FK9D8F786E1B21BFA` (`user_id`)
);

CREATE TABLE `clinician2patient_group` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `clinician_id` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `patient_group_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK7A2AADC14C9484DA` (`clinician_id`),
  KEY `FK7A2AADC18260AB6F` (`patient_group_id`),
  KEY `unique_clinician_id` (`patient_group_id`, `clinician_id`)
);

CREATE TABLE `clinician_question_preference` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `clinician_id` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `question_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK16BC0D833219E8AE` (`question_id`),
  KEY `FK16BC0D834C9484DA` (`clinician_id`)
);

CREATE TABLE `completed_questionnaire` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `_questionnaire_ignored` bit NOT NULL,
  `acknowledged_by_id` bigint,
  `acknowledged_date` datetime,
  `acknowledged_note` longtext,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `patient_id` bigint NOT NULL,
  `patient_questionnaire_id` bigint NOT NULL,
  `questionnaire_ignored_reason` varchar(1024),
  `questionnare_ignored_by_id` bigint,
  `severity` varchar(1024) NOT NULL,
  `upload_date` datetime NOT NULL,
  `questionnaire_header_id` bigint NOT NULL,
  `received_date` datetime NOT NULL,
  `show_acknowledgement_to_patient` bit,
  PRIMARY KEY (`id`),
  KEY `FK447176AF41C6E17A` (`patient_id`),
  KEY `FK447176AF8FF1BA9A` (`acknowledged_by_id`),
  KEY `FK447176AFA08DD7B1` (`questionnare_ignored_by_id`),
  KEY `FK447176AFE09BD51F` (`patient_questionnaire_id`)
);

CREATE TABLE `department` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `name` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `measurement` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `diastolic` double precision,
  `end_time` datetime,
  `fhr` longtext,
  `measurement_node_result_id` bigint,
  `measurement_type_id` bigint NOT NULL,
  `meter_id` bigint,
  `mhr` longtext,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `patient_id` bigint NOT NULL,
  `protein` varchar(1024),
  `qfhr` longtext,
  `signals` longtext,
  `start_time` datetime,
  `systolic` double precision,
  `time` datetime NOT NULL,
  `toco` longtext,
  `unit` varchar(1024) NOT NULL,
  `unread` bit NOT NULL,
  `value` double precision,
  `voltage_end` double precision,
  `voltage_start` double precision,
  `has_temperature_warning` bit,
  `is_after_meal` bit,
  `is_before_meal` bit,
  `is_control_measurement` bit,
  `is_out_of_bounds` bit,
  `other_information` bit,
  `exported` bit NOT NULL,
  `mean_arterial_pressure` double precision,
  `fetal_height` longtext,
  `signal_to_noise` longtext,
  `glucose_in_urine` varchar(1024),
  `fev6` double precision,
  `fev1fev6ratio` double precision,
  `fef2575` double precision,
  `is_good_test` bit,
  `fev_software_version` integer,
  `exported_to_kih` bit NOT NULL,
  `conference_id` bigint,
  `device_identification` varchar(1024),
  `kih_uuid` varchar(1024),
  `kih_uuid_systolic` varchar(1024),
  `kih_uuid_diastolic` varchar(1024),
  `consultation_id` bigint,
  PRIMARY KEY (`id`),
  KEY `FK93F2DBBC167D75AE` (`measurement_node_result_id`),
  KEY `FK93F2DBBC2963DAFA` (`meter_id`),
  KEY `FK93F2DBBC41C6E17A` (`patient_id`),
  KEY `FK93F2DBBC7D05B1B3` (`measurement_type_id`)
);

CREATE TABLE `measurement_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `name_idx` (`name`)
);

CREATE TABLE `message` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `department_id` bigint NOT NULL,
  `in_reply_to_id` bigint,
  `is_read` bit NOT NULL,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `patient_id` bigint NOT NULL,
  `read_date` datetime,
  `send_date` datetime,
  `sent_by_patient` bit NOT NULL,
  `text` varchar(2000) NOT NULL,
  `title` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK38EB000729309197` (`in_reply_to_id`),
  KEY `FK38EB000741C6E17A` (`patient_id`),
  KEY `FK38EB0007BE2A029A` (`department_id`)
);

CREATE TABLE `meter` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `active` bit NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `meter_id` varchar(1024) NOT NULL,
  `meter_type_id` bigint NOT NULL,
  `model` varchar(1024) NOT NULL,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `monitor_kit_id` bigint,
  `patient_id` bigint,
  PRIMARY KEY (`id`),
  KEY `FK62FAB8941C6E17A` (`patient_id`),
  KEY `FK62FAB8952511EE5` (`monitor_kit_id`),
  KEY `FK62FAB89CBF36DCD` (`meter_type_id`)
);

CREATE TABLE `meter_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `name` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `monitor_kit` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `department_id` bigint NOT NULL,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `name` varchar(128) NOT NULL,
  `patient_id` bigint,
  PRIMARY KEY (`id`),
  KEY `FK5E2B4E7141C6E17A` (`patient_id`),
  KEY `FK5E2B4E71BE2A029A` (`department_id`),
  KEY `monkit_deptid_name_unique` (`department_id`, `name`)
);

CREATE TABLE `monitoring_plan` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `patient_id` bigint NOT NULL,
  `start_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK4B2E0CC041C6E17A` (`patient_id`)
);

CREATE TABLE `next_of_kin_person` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `address` varchar(1024),
  `city` varchar(1024),
  `created_by` varchar(1024),
  `created_date` datetime,
  `first_name` varchar(1024),
  `last_name` varchar(1024),
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `note` varchar(1024),
  `patient_id` bigint,
  `phone` varchar(1024),
  `relation` varchar(1024),
  PRIMARY KEY (`id`),
  KEY `FK3F1C72C041C6E17A` (`patient_id`)
);

CREATE TABLE `node_result` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `acknowledged_by_id` bigint,
  `acknowledged_date` datetime,
  `acknowledged_note` varchar(1024),
  `completed_questionnaire_id` bigint NOT NULL,
  `completion_time` datetime NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `node_ignored` bit NOT NULL,
  `node_ignored_by_id` bigint,
  `node_ignored_reason` varchar(1024),
  `note` varchar(1024),
  `patient_questionnaire_node_id` bigint NOT NULL,
  `severity` varchar(1024),
  `threshold_message` varchar(1024),
  `was_omitted` bit NOT NULL,
  `class` varchar(1024) NOT NULL,
  `result` blob,
  `measurement_type_id` bigint,
  `input` blob,
  PRIMARY KEY (`id`),
  KEY `FK366CB0FA51B46113` (`completed_questionnaire_id`),
  KEY `FK366CB0FA7D05B1B3` (`measurement_type_id`),
  KEY `FK366CB0FA8FF1BA9A` (`acknowledged_by_id`),
  KEY `FK366CB0FABF8AE932` (`patient_questionnaire_node_id`),
  KEY `FK366CB0FACA408B27` (`node_ignored_by_id`)
);

CREATE TABLE `numeric_threshold` (
  `id` bigint NOT NULL,
  `alert_high` float,
  `alert_low` float,
  `warning_high` float,
  `warning_low` float,
  PRIMARY KEY (`id`)
);

CREATE TABLE `patient` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `address` varchar(1024) NOT NULL,
  `city` varchar(1024) NOT NULL,
  `comment` varchar(2048),
  `cpr` varchar(128) NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `email` varchar(1024),
  `first_name` varchar(1024) NOT NULL,
  `last_name` varchar(1024) NOT NULL,
  `mobile_phone` varchar(1024),
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `monitoring_plan_id` bigint,
  `phone` varchar(1024),
  `postal_code` varchar(1024) NOT NULL,
  `sex` varchar(1024) NOT NULL,
  `state` varchar(1024) NOT NULL,
  `user_id` bigint,
  `data_responsible_id` bigint,
  `due_date` datetime,
  `no_alarm_if_unread_messages_to_patient` bit NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FKD0D3EB051B21BFA` (`user_id`),
  KEY `FKD0D3EB05385A86AB` (`monitoring_plan_id`)
);

CREATE TABLE `patient2patient_group` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `patient_id` bigint NOT NULL,
  `patient_group_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK5C2B4C1841C6E17A` (`patient_id`),
  KEY `FK5C2B4C188260AB6F` (`patient_group_id`),
  KEY `unique_patient_id` (`patient_group_id`, `patient_id`)
);

CREATE TABLE `patient_blue_alarm_questionnaireids` (
  `patient_id` bigint,
  `blue_alarm_questionnaireids_long` bigint,
  KEY `FK80C5BDAE41C6E17A` (`patient_id`)
);

CREATE TABLE `patient_choice_value` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `label` varchar(1024) NOT NULL,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `patient_input_node_id` bigint NOT NULL,
  `value` varchar(1024) NOT NULL,
  `ordering` integer NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FKC84E244DA59D9C00` (`patient_input_node_id`)
);

CREATE TABLE `patient_group` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `department_id` bigint NOT NULL,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `name` varchar(128) NOT NULL,
  `standard_threshold_set_id` bigint NOT NULL,
  `disable_messaging` bit NOT NULL,
  `show_gestational_age` bit NOT NULL,
  `show_running_ctg_messaging` bit NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FKAF742CC5373AD722` (`standard_threshold_set_id`),
  KEY `FKAF742CC5BE2A029A` (`department_id`),
  UNIQUE KEY `standard_threshold_set_id_unique_1361794626886` (`standard_threshold_set_id`),
  KEY `ptgroup_deptid_name_unique` (`department_id`, `name`)
);

CREATE TABLE `patient_note` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `note` longtext NOT NULL,
  `patient_id` bigint NOT NULL,
  `reminder_date` datetime,
  `type` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FKCBDD98EC41C6E17A` (`patient_id`)
);

CREATE TABLE `patient_note_clinician` (
  `patient_note_seen_by_id` bigint,
  `clinician_id` bigint,
  KEY `FKAD64D4DB4C9484DA` (`clinician_id`),
  KEY `FKAD64D4DB9C1AEAE9` (`patient_note_seen_by_id`)
);

CREATE TABLE `patient_questionnaire` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `creation_date` datetime NOT NULL,
  `creator_id` bigint NOT NULL,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `start_node_id` bigint,
  `template_questionnaire_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK24149DE923FA7C5C` (`creator_id`),
  KEY `FK24149DE92A7814D4` (`template_questionnaire_id`),
  KEY `FK24149DE98D386AB` (`start_node_id`)
);

CREATE TABLE `patient_questionnaire_node` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `default_next_id` bigint,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `questionnaire_id` bigint,
  `short_text` varchar(1024),
  `template_questionnaire_node_id` bigint,
  `class` varchar(1024) NOT NULL,
  `map_to_input_fields` bit,
  `meter_type_id` bigint,
  `monica_measuring_time_input_node_id` bigint,
  `monica_measuring_time_input_var` varchar(1024),
  `next_fail_id` bigint,
  `simulate` bit,
  `text` longtext,
  `alternative_next_id` bigint,
  `alternative_severity` varchar(1024),
  `data_type` varchar(1024),
  `default_severity` varchar(1024),
  `input_node_id` bigint,
  `input_var` varchar(1024),
  `node_value` blob,
  `operation` varchar(1024),
  `input_type` varchar(1024),
  `value` bit,
  `variable_name` varchar(1024),
  `count_up` bit,
  `count_time` integer,
  `headline` longtext,
  `next_fail_severity` varchar(1024),
  `help_info_id` bigint,
  PRIMARY KEY (`id`),
  KEY `FKC44D12981FCE3213` (`input_node_id`),
  KEY `FKC44D12982DEB6871` (`template_questionnaire_node_id`),
  KEY `FKC44D129844D1DA0` (`next_fail_id`),
  KEY `FKC44D129868687AF9` (`default_next_id`),
  KEY `FKC44D12987397A065` (`alternative_next_id`),
  KEY `FKC44D12989F1CA09` (`monica_measuring_time_input_node_id`),
  KEY `FKC44D1298A0999325` (`questionnaire_id`),
  KEY `FKC44D1298CBF36DCD` (`meter_type_id`)
);

CREATE TABLE `patient_threshold` (
  `patient_thresholds_id` bigint,
  `threshold_id` bigint,
  KEY `FK48C487B146BA7BA` (`threshold_id`),
  KEY `FK48C487B17BBFF47D` (`patient_thresholds_id`)
);

CREATE TABLE `permission` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `permission` varchar(1024) NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `questionnaire` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `creation_date` datetime NOT NULL,
  `creator_id` bigint,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `revision` varchar(1024) NOT NULL,
  `start_node_id` bigint,
  `editor_state` longtext,
  `STANDARD_SCHEDULE_TYPE` varchar(1024) NOT NULL,
  `STANDARD_SCHEDULE_WEEKDAYS` varchar(1024),
  `STANDARD_SCHEDULE_TIMES_OF_DAY` varchar(1024),
  `STANDARD_SCHEDULE_DAYS_IN_MONTH` varchar(1024),
  `STANDARD_SCHEDULE_INTERVAL_IN_DAYS` integer NOT NULL,
  `STANDARD_SCHEDULE_STARTING_DATE` datetime NOT NULL,
  `STANDARD_SCHEDULE_SPECIFIC_DATE` datetime,
  `STANDARD_SCHEDULE_REMINDER_START_MINUTES` integer,
  `questionnaire_header_id` bigint NOT NULL,
  `STANDARD_SCHEDULE_BLUE_ALARM_TIME` varchar(1024),
  `STANDARD_SCHEDULE_REMINDER_TIME` varchar(1024),
  `STANDARD_SCHEDULE_WEEKDAYS_INTRO_PERIOD` varchar(1024),
  `STANDARD_SCHEDULE_WEEKDAYS_SECOND_PERIOD` varchar(1024),
  `standard_schedule_intro_period_weeks` integer NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FKC3610DA323FA7C5C` (`creator_id`),
  KEY `FKC3610DA36F0DA35` (`start_node_id`)
);

CREATE TABLE `questionnaire2meter_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `meter_type_id` bigint NOT NULL,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `questionnaire_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK4148725FA3B23BAF` (`questionnaire_id`),
  KEY `FK4148725FCBF36DCD` (`meter_type_id`)
);

CREATE TABLE `questionnaire_node` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `default_next_id` bigint,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `questionnaire_id` bigint,
  `short_text` varchar(1024),
  `class` varchar(1024) NOT NULL,
  `alternative_next_id` bigint,
  `alternative_severity` varchar(1024),
  `default_severity` varchar(1024),
  `input_type` varchar(1024),
  `text` longtext,
  `data_type` varchar(1024),
  `input_node_id` bigint,
  `input_var` varchar(1024),
  `node_value` blob,
  `operation` varchar(1024),
  `value` bit,
  `variable_name` varchar(1024),
  `map_to_input_fields` bit,
  `meter_type_id` bigint,
  `monica_measuring_time_input_node_id` bigint,
  `monica_measuring_time_input_var` varchar(1024),
  `next_fail_id` bigint,
  `simulate` bit,
  `count_up` bit,
  `count_time` integer,
  `headline` longtext,
  `next_fail_severity` varchar(1024),
  `help_info_id` bigint,
  PRIMARY KEY (`id`),
  KEY `FK7BD3671E1DEB859D` (`input_node_id`),
  KEY `FK7BD3671E26A712A` (`next_fail_id`),
  KEY `FK7BD3671E6685CE83` (`default_next_id`),
  KEY `FK7BD3671E71B4F3EF` (`alternative_next_id`),
  KEY `FK7BD3671E80F1D93` (`monica_measuring_time_input_node_id`),
  KEY `FK7BD3671EA3B23BAF` (`questionnaire_id`),
  KEY `FK7BD3671ECBF36DCD` (`meter_type_id`)
);

CREATE TABLE `questionnaire_schedule` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `day_interval` integer NOT NULL,
  `DAYS_IN_MONTH` varchar(1024),
  `STARTING_DATE` datetime NOT NULL,
  `TIMES_OF_DAY` varchar(1024),
  `WEEKDAYS` varchar(1024),
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `monitoring_plan_id` bigint NOT NULL,
  `type` varchar(1024) NOT NULL,
  `SPECIFIC_DATE` datetime,
  `REMINDER_START_MINUTES` integer,
  `questionnaire_header_id` bigint NOT NULL,
  `BLUE_ALARM_TIME` varchar(1024),
  `REMINDER_TIME` varchar(1024),
  `WEEKDAYS_INTRO_PERIOD` varchar(1024),
  `WEEKDAYS_SECOND_PERIOD` varchar(1024),
  `intro_period_weeks` integer NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK9B0C5DB3385A86AB` (`monitoring_plan_id`),
  KEY `unique_monplan_header` (`questionnaire_header_id`, `monitoring_plan_id`)
);

CREATE TABLE `role` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `authority` varchar(128) NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `authority_unique_1361794626904` (`authority`)
);

CREATE TABLE `role_permission` (
  `permission_id` bigint NOT NULL,
  `role_id` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`permission_id`, `role_id`),
  KEY `FKBD40D5385C87581A` (`role_id`),
  KEY `FKBD40D538DE1B957A` (`permission_id`)
);

CREATE TABLE `standard_threshold_set` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `standard_threshold_set_threshold` (
  `standard_threshold_set_thresholds_id` bigint,
  `threshold_id` bigint,
  KEY `FKEDFC247846BA7BA` (`threshold_id`),
  KEY `FKEDFC24787F2FA653` (`standard_threshold_set_thresholds_id`)
);

CREATE TABLE `threshold` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `type_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FKA3E1E46B14CAB36` (`type_id`)
);

CREATE TABLE `urine_threshold` (
  `id` bigint NOT NULL,
  `alert_high` varchar(1024),
  `alert_low` varchar(1024),
  `warning_high` varchar(1024),
  `warning_low` varchar(1024),
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_role` (
  `role_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`role_id`, `user_id`),
  KEY `FK143BF46A1B21BFA` (`user_id`),
  KEY `FK143BF46A5C87581A` (`role_id`)
);

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `account_expired` bit NOT NULL,
  `account_locked` bit NOT NULL,
  `cleartext_password` varchar(1024),
  `created_by` varchar(1024),
  `created_date` datetime,
  `enabled` bit NOT NULL,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `password` varchar(1024) NOT NULL,
  `password_expired` bit NOT NULL,
  `username` varchar(128) NOT NULL,
  `bad_login_attemps` integer,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username_unique_1361794626910` (`username`)
);

CREATE TABLE `urine_glucose_threshold` (
  `id` bigint NOT NULL,
  `alert_high` varchar(1024),
  `alert_low` varchar(1024),
  `warning_high` varchar(1024),
  `warning_low` varchar(1024),
  PRIMARY KEY (`id`)
);

CREATE TABLE `pending_conference` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `room_key` varchar(1024),
  `patient_id` bigint,
  `clinician_id` bigint,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `schedule_window` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(255),
  `created_date` datetime,
  `modified_by` varchar(255),
  `modified_date` datetime,
  `schedule_type` varchar(255) NOT NULL,
  `window_size_minutes` integer NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `passive_interval` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `patient_id` bigint,
  `created_by` varchar(255),
  `created_date` datetime,
  `interval_end_date` datetime,
  `interval_start_date` datetime,
  `comment` varchar(2048),
  `modified_by` varchar(255),
  `modified_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `questionnaire_header` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(255),
  `created_date` datetime,
  `modified_by` varchar(255),
  `modified_date` datetime,
  `name` varchar(255) NOT NULL,
  `active_questionnaire_id` bigint,
  `draft_questionnaire_id` bigint,
  `requires_manual_inspection` bit NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`)
);

CREATE TABLE `conference` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `patient_id` bigint NOT NULL,
  `clinician_id` bigint NOT NULL,
  `completed` bit,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `conference_measurement_draft` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `class` varchar(1024) NOT NULL,
  `included` bit NOT NULL,
  `conference_id` bigint NOT NULL,
  `weight` double precision,
  `fev1` double precision,
  `saturation` double precision,
  `pulse` integer,
  `systolic` integer,
  `diastolic` integer,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `automatic` bit NOT NULL,
  `waiting` bit NOT NULL,
  `fev6` double precision,
  `fev1_fev6_ratio` double precision,
  `fef2575` double precision,
  `good_test` bit,
  `software_version` integer,
  `mean_arterial_pressure` integer,
  `device_id` varchar(1024),
  PRIMARY KEY (`id`)
);

CREATE TABLE `questionnaire_group` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `created_by` varchar(255),
  `created_date` datetime,
  `modified_by` varchar(255),
  `modified_date` datetime,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`)
);

CREATE TABLE `questionnaire_group2questionnaire_header` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `questionnaire_group_id` bigint NOT NULL,
  `questionnaire_header_id` bigint NOT NULL,
  `version` bigint NOT NULL,
  `created_by` varchar(255),
  `created_date` datetime,
  `modified_by` varchar(255),
  `modified_date` datetime,
  `STANDARD_SCHEDULE_TYPE` varchar(1024),
  `STANDARD_SCHEDULE_WEEKDAYS` varchar(1024),
  `STANDARD_SCHEDULE_TIMES_OF_DAY` varchar(1024),
  `STANDARD_SCHEDULE_DAYS_IN_MONTH` varchar(1024),
  `STANDARD_SCHEDULE_INTERVAL_IN_DAYS` integer,
  `STANDARD_SCHEDULE_STARTING_DATE` datetime,
  `STANDARD_SCHEDULE_SPECIFIC_DATE` datetime,
  `STANDARD_SCHEDULE_REMINDER_START_MINUTES` integer,
  `SPECIFIC_DATE` datetime,
  `REMINDER_START_MINUTES` integer,
  `STANDARD_SCHEDULE_BLUE_ALARM_TIME` varchar(1024),
  `STANDARD_SCHEDULE_REMINDER_TIME` varchar(1024),
  `STANDARD_SCHEDULE_WEEKDAYS_INTRO_PERIOD` varchar(1024),
  `STANDARD_SCHEDULE_WEEKDAYS_SECOND_PERIOD` varchar(1024),
  `standard_schedule_intro_period_weeks` integer,
  PRIMARY KEY (`id`)
);

CREATE TABLE `blue_alarm_check` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `check_date` datetime NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`id`),
  KEY `check_date_idx` (`check_date`)
);

CREATE TABLE `patient_overview` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `patient_id` bigint NOT NULL,
  `name` varchar(1024) NOT NULL,
  `cpr` varchar(1024) NOT NULL,
  `number_of_unacknowledged_questionnaires` integer NOT NULL,
  `questionnaire_severity` varchar(1024) NOT NULL,
  `most_severe_questionnaire_name` varchar(1024),
  `most_severe_questionnaire_date` datetime,
  `blue_alarm_text` varchar(4000),
  `green_questionnaire_ids` varchar(4000),
  `number_of_unread_messages_to_patient` integer NOT NULL,
  `date_of_oldest_unread_message_to_patient` datetime,
  `number_of_unread_messages_from_patient` integer NOT NULL,
  `date_of_oldest_unread_message_from_patient` datetime,
  `important` bit NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `questionnaire_severity_ordinal` integer,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_patient_overview_to_patient` (`patient_id`)
);

CREATE TABLE `continuous_blood_sugar_event` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `measurement_id` bigint NOT NULL,
  `record_number` bigint NOT NULL,
  `time` datetime NOT NULL,
  `glucose_value_inmmol_perl` double precision,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `class` varchar(1024),
  `duration_in_minutes` integer,
  `exercise_type` varchar(1024),
  `exercise_intensity` varchar(1024),
  `impending_ness` varchar(1024),
  `insulin_type` varchar(1024),
  `units` varchar(1024),
  `food_type` varchar(1024),
  `carbo_grams` varchar(1024),
  `state_of_health` varchar(1024),
  `indicated_event` varchar(1024),
  PRIMARY KEY (`id`),
  KEY `record_num_idx` (`record_number`)
);

CREATE TABLE `cgm_graphs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `patient_id` bigint NOT NULL,
  `normal_graph` blob,
  `average_graph` blob,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `consultation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `patient_id` bigint NOT NULL,
  `clinician_id` bigint NOT NULL,
  `consultation_date` datetime NOT NULL,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `real_time_ctg` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` bigint NOT NULL,
  `xml` longtext NOT NULL,
  `soap_action` varchar(1024) NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  `patient_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `patient_id_created_date_idx` (`patient_id`, `created_date`)
);

CREATE TABLE `user_preference` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `clinician_id` bigint NOT NULL,
  `preference` longtext,
  `value` longtext,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `help_image` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `filename` varchar(512) NOT NULL,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `help_info` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `help_image_id` bigint,
  `text` longtext,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `patient_help_info` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `help_image_id` bigint,
  `text` longtext,
  `version` bigint NOT NULL,
  `created_by` varchar(1024),
  `created_date` datetime,
  `modified_by` varchar(1024),
  `modified_date` datetime,
  PRIMARY KEY (`id`)
);

ALTER TABLE `audit_log_entry` ADD CONSTRAINT `FK40704C53F84F8915` FOREIGN KEY (`action_id`) REFERENCES `audit_log_controller_entity` (`id`);
ALTER TABLE `audit_log_parameter` ADD CONSTRAINT `FK4D351F0AF5DB4508` FOREIGN KEY (`entry_id`) REFERENCES `audit_log_entry` (`id`);
ALTER TABLE `choice_value` ADD CONSTRAINT `FKE637D55351F08944` FOREIGN KEY (`input_node_id`) REFERENCES `questionnaire_node` (`id`);
ALTER TABLE `clinician` ADD CONSTRAINT `FK9D8F786E1B21BFA` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `clinician2patient_group` ADD CONSTRAINT `FK7A2AADC14C9484DA` FOREIGN KEY (`clinician_id`) REFERENCES `clinician` (`id`);
ALTER TABLE `clinician2patient_group` ADD CONSTRAINT `FK7A2AADC18260AB6F` FOREIGN KEY (`patient_group_id`) REFERENCES `patient_group` (`id`);
ALTER TABLE `clinician_question_preference` ADD CONSTRAINT `FK16BC0D834C9484DA` FOREIGN KEY (`clinician_id`) REFERENCES `clinician` (`id`);
ALTER TABLE `clinician_question_preference` ADD CONSTRAINT `FK16BC0D833219E8AE` FOREIGN KEY (`question_id`) REFERENCES `questionnaire_node` (`id`);
ALTER TABLE `completed_questionnaire` ADD CONSTRAINT `FK447176AF8FF1BA9A` FOREIGN KEY (`acknowledged_by_id`) REFERENCES `clinician` (`id`);
ALTER TABLE `completed_questionnaire` ADD CONSTRAINT `FK447176AF41C6E17A` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `completed_questionnaire` ADD CONSTRAINT `FK447176AFE09BD51F` FOREIGN KEY (`patient_questionnaire_id`) REFERENCES `patient_questionnaire` (`id`);
ALTER TABLE `completed_questionnaire` ADD CONSTRAINT `FK447176AFA08DD7B1` FOREIGN KEY (`questionnare_ignored_by_id`) REFERENCES `clinician` (`id`);
ALTER TABLE `completed_questionnaire` ADD CONSTRAINT `q_header_comp_FK` FOREIGN KEY (`questionnaire_header_id`) REFERENCES `questionnaire_header` (`id`);
ALTER TABLE `measurement` ADD CONSTRAINT `FK93F2DBBC167D75AE` FOREIGN KEY (`measurement_node_result_id`) REFERENCES `node_result` (`id`);
ALTER TABLE `measurement` ADD CONSTRAINT `FK93F2DBBC7D05B1B3` FOREIGN KEY (`measurement_type_id`) REFERENCES `measurement_type` (`id`);
ALTER TABLE `measurement` ADD CONSTRAINT `FK93F2DBBC2963DAFA` FOREIGN KEY (`meter_id`) REFERENCES `meter` (`id`);
ALTER TABLE `measurement` ADD CONSTRAINT `FK93F2DBBC41C6E17A` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `measurement` ADD CONSTRAINT `meas_conf_FK` FOREIGN KEY (`conference_id`) REFERENCES `conference` (`id`);
ALTER TABLE `measurement` ADD CONSTRAINT `meas_consultation_FK` FOREIGN KEY (`consultation_id`) REFERENCES `consultation` (`id`);
ALTER TABLE `message` ADD CONSTRAINT `FK38EB0007BE2A029A` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`);
ALTER TABLE `message` ADD CONSTRAINT `FK38EB000729309197` FOREIGN KEY (`in_reply_to_id`) REFERENCES `message` (`id`);
ALTER TABLE `message` ADD CONSTRAINT `FK38EB000741C6E17A` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `meter` ADD CONSTRAINT `FK62FAB89CBF36DCD` FOREIGN KEY (`meter_type_id`) REFERENCES `meter_type` (`id`);
ALTER TABLE `meter` ADD CONSTRAINT `FK62FAB8952511EE5` FOREIGN KEY (`monitor_kit_id`) REFERENCES `monitor_kit` (`id`);
ALTER TABLE `meter` ADD CONSTRAINT `FK62FAB8941C6E17A` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `monitor_kit` ADD CONSTRAINT `FK5E2B4E71BE2A029A` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`);
ALTER TABLE `monitor_kit` ADD CONSTRAINT `FK5E2B4E7141C6E17A` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `monitoring_plan` ADD CONSTRAINT `FK4B2E0CC041C6E17A` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `next_of_kin_person` ADD CONSTRAINT `FK3F1C72C041C6E17A` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `node_result` ADD CONSTRAINT `FK366CB0FA8FF1BA9A` FOREIGN KEY (`acknowledged_by_id`) REFERENCES `clinician` (`id`);
ALTER TABLE `node_result` ADD CONSTRAINT `FK366CB0FA51B46113` FOREIGN KEY (`completed_questionnaire_id`) REFERENCES `completed_questionnaire` (`id`);
ALTER TABLE `node_result` ADD CONSTRAINT `FK366CB0FA7D05B1B3` FOREIGN KEY (`measurement_type_id`) REFERENCES `measurement_type` (`id`);
ALTER TABLE `node_result` ADD CONSTRAINT `FK366CB0FACA408B27` FOREIGN KEY (`node_ignored_by_id`) REFERENCES `clinician` (`id`);
ALTER TABLE `node_result` ADD CONSTRAINT `FK366CB0FABF8AE932` FOREIGN KEY (`patient_questionnaire_node_id`) REFERENCES `patient_questionnaire_node` (`id`);
ALTER TABLE `patient` ADD CONSTRAINT `FKD0D3EB05385A86AB` FOREIGN KEY (`monitoring_plan_id`) REFERENCES `monitoring_plan` (`id`);
ALTER TABLE `patient` ADD CONSTRAINT `FKD0D3EB051B21BFA` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `patient2patient_group` ADD CONSTRAINT `FK5C2B4C188260AB6F` FOREIGN KEY (`patient_group_id`) REFERENCES `patient_group` (`id`);
ALTER TABLE `patient2patient_group` ADD CONSTRAINT `FK5C2B4C1841C6E17A` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `patient_blue_alarm_questionnaireids` ADD CONSTRAINT `FK80C5BDAE41C6E17A` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `patient_choice_value` ADD CONSTRAINT `FKC84E244DA59D9C00` FOREIGN KEY (`patient_input_node_id`) REFERENCES `patient_questionnaire_node` (`id`);
ALTER TABLE `patient_group` ADD CONSTRAINT `FKAF742CC5BE2A029A` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`);
ALTER TABLE `patient_group` ADD CONSTRAINT `FKAF742CC5373AD722` FOREIGN KEY (`standard_threshold_set_id`) REFERENCES `standard_threshold_set` (`id`);
ALTER TABLE `patient_note` ADD CONSTRAINT `FKCBDD98EC41C6E17A` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `patient_note_clinician` ADD CONSTRAINT `FKAD64D4DB4C9484DA` FOREIGN KEY (`clinician_id`) REFERENCES `clinician` (`id`);
ALTER TABLE `patient_note_clinician` ADD CONSTRAINT `FKAD64D4DB9C1AEAE9` FOREIGN KEY (`patient_note_seen_by_id`) REFERENCES `patient_note` (`id`);
ALTER TABLE `patient_questionnaire` ADD CONSTRAINT `FK24149DE923FA7C5C` FOREIGN KEY (`creator_id`) REFERENCES `clinician` (`id`);
ALTER TABLE `patient_questionnaire` ADD CONSTRAINT `FK24149DE98D386AB` FOREIGN KEY (`start_node_id`) REFERENCES `patient_questionnaire_node` (`id`);
ALTER TABLE `patient_questionnaire` ADD CONSTRAINT `FK24149DE92A7814D4` FOREIGN KEY (`template_questionnaire_id`) REFERENCES `questionnaire` (`id`);
ALTER TABLE `patient_questionnaire_node` ADD CONSTRAINT `FKC44D12987397A065` FOREIGN KEY (`alternative_next_id`) REFERENCES `patient_questionnaire_node` (`id`);
ALTER TABLE `patient_questionnaire_node` ADD CONSTRAINT `FKC44D129868687AF9` FOREIGN KEY (`default_next_id`) REFERENCES `patient_questionnaire_node` (`id`);
ALTER TABLE `patient_questionnaire_node` ADD CONSTRAINT `FKC44D12981FCE3213` FOREIGN KEY (`input_node_id`) REFERENCES `patient_questionnaire_node` (`id`);
ALTER TABLE `patient_questionnaire_node` ADD CONSTRAINT `FKC44D1298CBF36DCD` FOREIGN KEY (`meter_type_id`) REFERENCES `meter_type` (`id`);
ALTER TABLE `patient_questionnaire_node` ADD CONSTRAINT `FKC44D12989F1CA09` FOREIGN KEY (`monica_measuring_time_input_node_id`) REFERENCES `patient_questionnaire_node` (`id`);
ALTER TABLE `patient_questionnaire_node` ADD CONSTRAINT `FKC44D129844D1DA0` FOREIGN KEY (`next_fail_id`) REFERENCES `patient_questionnaire_node` (`id`);
ALTER TABLE `patient_questionnaire_node` ADD CONSTRAINT `FKC44D1298A0999325` FOREIGN KEY (`questionnaire_id`) REFERENCES `patient_questionnaire` (`id`);
ALTER TABLE `patient_questionnaire_node` ADD CONSTRAINT `FKC44D12982DEB6871` FOREIGN KEY (`template_questionnaire_node_id`) REFERENCES `questionnaire_node` (`id`);
ALTER TABLE `patient_questionnaire_node` ADD CONSTRAINT `FK_PQN_HELP_INFO` FOREIGN KEY (`help_info_id`) REFERENCES `patient_help_info` (`id`);
ALTER TABLE `patient_threshold` ADD CONSTRAINT `FK48C487B17BBFF47D` FOREIGN KEY (`patient_thresholds_id`) REFERENCES `patient` (`id`);
ALTER TABLE `patient_threshold` ADD CONSTRAINT `FK48C487B146BA7BA` FOREIGN KEY (`threshold_id`) REFERENCES `threshold` (`id`);
ALTER TABLE `questionnaire` ADD CONSTRAINT `FKC3610DA323FA7C5C` FOREIGN KEY (`creator_id`) REFERENCES `clinician` (`id`);
ALTER TABLE `questionnaire` ADD CONSTRAINT `FKC3610DA36F0DA35` FOREIGN KEY (`start_node_id`) REFERENCES `questionnaire_node` (`id`);
ALTER TABLE `questionnaire` ADD CONSTRAINT `questionnaire_header_FK` FOREIGN KEY (`questionnaire_header_id`) REFERENCES `questionnaire_header` (`id`);
ALTER TABLE `questionnaire2meter_type` ADD CONSTRAINT `FK4148725FCBF36DCD` FOREIGN KEY (`meter_type_id`) REFERENCES `meter_type` (`id`);
ALTER TABLE `questionnaire2meter_type` ADD CONSTRAINT `FK4148725FA3B23BAF` FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaire` (`id`);
ALTER TABLE `questionnaire_node` ADD CONSTRAINT `FK7BD3671E71B4F3EF` FOREIGN KEY (`alternative_next_id`) REFERENCES `questionnaire_node` (`id`);
ALTER TABLE `questionnaire_node` ADD CONSTRAINT `FK7BD3671E6685CE83` FOREIGN KEY (`default_next_id`) REFERENCES `questionnaire_node` (`id`);
ALTER TABLE `questionnaire_node` ADD CONSTRAINT `FK7BD3671E1DEB859D` FOREIGN KEY (`input_node_id`) REFERENCES `questionnaire_node` (`id`);
ALTER TABLE `questionnaire_node` ADD CONSTRAINT `FK7BD3671ECBF36DCD` FOREIGN KEY (`meter_type_id`) REFERENCES `meter_type` (`id`);
ALTER TABLE `questionnaire_node` ADD CONSTRAINT `FK7BD3671E80F1D93` FOREIGN KEY (`monica_measuring_time_input_node_id`) REFERENCES `questionnaire_node` (`id`);
ALTER TABLE `questionnaire_node` ADD CONSTRAINT `FK7BD3671E26A712A` FOREIGN KEY (`next_fail_id`) REFERENCES `questionnaire_node` (`id`);
ALTER TABLE `questionnaire_node` ADD CONSTRAINT `FK7BD3671EA3B23BAF` FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaire` (`id`);
ALTER TABLE `questionnaire_node` ADD CONSTRAINT `FK_QNODE_HELP_INFO` FOREIGN KEY (`help_info_id`) REFERENCES `help_info` (`id`);
ALTER TABLE `questionnaire_schedule` ADD CONSTRAINT `FK9B0C5DB3385A86AB` FOREIGN KEY (`monitoring_plan_id`) REFERENCES `monitoring_plan` (`id`);
ALTER TABLE `questionnaire_schedule` ADD CONSTRAINT `q_header_qsch_FK` FOREIGN KEY (`questionnaire_header_id`) REFERENCES `questionnaire_header` (`id`);
ALTER TABLE `role_permission` ADD CONSTRAINT `FKBD40D538DE1B957A` FOREIGN KEY (`permission_id`) REFERENCES `permission` (`id`);
ALTER TABLE `role_permission` ADD CONSTRAINT `FKBD40D5385C87581A` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`);
ALTER TABLE `standard_threshold_set_threshold` ADD CONSTRAINT `FKEDFC24787F2FA653` FOREIGN KEY (`standard_threshold_set_thresholds_id`) REFERENCES `standard_threshold_set` (`id`);
ALTER TABLE `standard_threshold_set_threshold` ADD CONSTRAINT `FKEDFC247846BA7BA` FOREIGN KEY (`threshold_id`) REFERENCES `threshold` (`id`);
ALTER TABLE `threshold` ADD CONSTRAINT `FKA3E1E46B14CAB36` FOREIGN KEY (`type_id`) REFERENCES `measurement_type` (`id`);
ALTER TABLE `user_role` ADD CONSTRAINT `FK143BF46A5C87581A` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`);
ALTER TABLE `user_role` ADD CONSTRAINT `FK143BF46A1B21BFA` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `passive_interval` ADD CONSTRAINT `FK83F2DBBC167D75AE` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `questionnaire_header` ADD CONSTRAINT `active_quest_PK` FOREIGN KEY (`active_questionnaire_id`) REFERENCES `questionnaire` (`id`);
ALTER TABLE `questionnaire_header` ADD CONSTRAINT `draft_quest_PK` FOREIGN KEY (`draft_questionnaire_id`) REFERENCES `questionnaire` (`id`);
ALTER TABLE `conference` ADD CONSTRAINT `conf_patient_FK` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `conference` ADD CONSTRAINT `conf_clinician_FK` FOREIGN KEY (`clinician_id`) REFERENCES `clinician` (`id`);
ALTER TABLE `conference_measurement_draft` ADD CONSTRAINT `confmeasdraft_conf_FK` FOREIGN KEY (`conference_id`) REFERENCES `conference` (`id`);
ALTER TABLE `questionnaire_group2questionnaire_header` ADD CONSTRAINT `questionnaire_groupFK` FOREIGN KEY (`questionnaire_group_id`) REFERENCES `questionnaire_group` (`id`);
ALTER TABLE `questionnaire_group2questionnaire_header` ADD CONSTRAINT `questionnaire_headerFK` FOREIGN KEY (`questionnaire_header_id`) REFERENCES `questionnaire_header` (`id`);
ALTER TABLE `continuous_blood_sugar_event` ADD CONSTRAINT `FK_CGM_MEASUREMENT` FOREIGN KEY (`measurement_id`) REFERENCES `measurement` (`id`);
ALTER TABLE `cgm_graphs` ADD CONSTRAINT `FK_CGM_GRAPHS_PATIENT` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `consultation` ADD CONSTRAINT `consultation_patient_FK` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `consultation` ADD CONSTRAINT `consultation_clinician_FK` FOREIGN KEY (`clinician_id`) REFERENCES `clinician` (`id`);
ALTER TABLE `real_time_ctg` ADD CONSTRAINT `real_time_ctg_patient_FK` FOREIGN KEY (`patient_id`) REFERENCES `patient` (`id`);
ALTER TABLE `help_info` ADD CONSTRAINT `FK_HELP_INF_IMG` FOREIGN KEY (`help_image_id`) REFERENCES `help_image` (`id`);
ALTER TABLE `patient_help_info` ADD CONSTRAINT `FK_PT_HELP_INF_IMG` FOREIGN KEY (`help_image_id`) REFERENCES `help_image` (`id`);

