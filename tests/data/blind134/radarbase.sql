-- RADAR-base Management Portal (RADAR-base/ManagementPortal, commit a1f5ee2d52f6e81f10fb1988c9ee0e04837c2acc, Apache-2.0)
-- Liquibase changelogs of src/main/resources/config/liquibase/master.xml replayed in order (PostgreSQL variant), written as MySQL DDL;
-- indexes, sequences and demo/seed data left out; jhi_persistent_audit_evt_data declared latin1 so that its (event_id, name varchar(1024)) key fits MariaDB.

CREATE TABLE `radar_user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `login` varchar(50) NOT NULL UNIQUE,
  `password_hash` varchar(60),
  `first_name` varchar(50),
  `last_name` varchar(50),
  `email` varchar(100) UNIQUE,
  `activated` bit(1) NOT NULL,
  `lang_key` varchar(5),
  `activation_key` varchar(20),
  `reset_key` varchar(20),
  `reset_date` datetime,
  `identity` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `radar_authority` (
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`name`)
);

CREATE TABLE `jhi_persistent_audit_event` (
  `event_id` bigint NOT NULL AUTO_INCREMENT,
  `principal` varchar(50) NOT NULL,
  `event_date` datetime,
  `event_type` varchar(4096),
  PRIMARY KEY (`event_id`)
);

CREATE TABLE `jhi_persistent_audit_evt_data` (
  `event_id` bigint NOT NULL,
  `name` varchar(1024) NOT NULL,
  `value` varchar(4096),
  PRIMARY KEY (`event_id`, `name`),
  CONSTRAINT `fk_evt_pers_audit_evt_data` FOREIGN KEY (`event_id`) REFERENCES `jhi_persistent_audit_event` (`event_id`)
) DEFAULT CHARSET=latin1;

CREATE TABLE `oauth_client_details` (
  `client_id` varchar(255) NOT NULL,
  `resource_ids` varchar(255),
  `client_secret` varchar(255),
  `scope` varchar(2048),
  `authorized_grant_types` varchar(255),
  `web_server_redirect_uri` varchar(255),
  `authorities` varchar(255),
  `access_token_validity` INT,
  `refresh_token_validity` INT,
  `additional_information` VARCHAR(4000),
  `autoapprove` VARCHAR(4000),
  PRIMARY KEY (`client_id`)
);

CREATE TABLE `oauth_client_token` (
  `token_id` varchar(255),
  `token` LONGBLOB,
  `authentication_id` varchar(255),
  `user_name` varchar(50),
  `client_id` varchar(255),
  CONSTRAINT `fk_oauth_client_token_username` FOREIGN KEY (`user_name`) REFERENCES `radar_user` (`login`)
);

CREATE TABLE `oauth_access_token` (
  `token_id` varchar(255),
  `token` LONGBLOB,
  `authentication_id` varchar(255) NOT NULL,
  `user_name` varchar(50),
  `client_id` varchar(255),
  `authentication` LONGBLOB,
  `refresh_token` varchar(255),
  PRIMARY KEY (`authentication_id`),
  CONSTRAINT `fk_oauth_access_token_username` FOREIGN KEY (`user_name`) REFERENCES `radar_user` (`login`)
);

CREATE TABLE `oauth_refresh_token` (
  `token_id` varchar(255),
  `token` LONGBLOB,
  `authentication` LONGBLOB
);

CREATE TABLE `oauth_code` (
  `code` varchar(255),
  `authentication` LONGBLOB
);

CREATE TABLE `oauth_approvals` (
  `userId` varchar(255),
  `clientId` varchar(255),
  `scope` varchar(255),
  `status` varchar(255),
  `expiresAt` datetime,
  `lastModifiedAt` datetime
);

CREATE TABLE `project` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `jhi_organization` varchar(255),
  `location` varchar(255) NOT NULL,
  `start_date` datetime,
  `project_status` varchar(255),
  `end_date` datetime,
  `organization_id` bigint DEFAULT '1',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_project_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `radar_organization` (`id`)
);

CREATE TABLE `project_source_type` (
  `source_types_id` bigint NOT NULL,
  `projects_id` bigint NOT NULL,
  PRIMARY KEY (`projects_id`, `source_types_id`),
  CONSTRAINT `fk_project_source_type_projects_id` FOREIGN KEY (`projects_id`) REFERENCES `project` (`id`),
  CONSTRAINT `fk_project_source_type_source_types_id` FOREIGN KEY (`source_types_id`) REFERENCES `source_type` (`id`)
);

CREATE TABLE `radar_source` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `source_id` varchar(36) NOT NULL UNIQUE,
  `source_name` varchar(255) NOT NULL UNIQUE,
  `expected_source_name` varchar(255),
  `assigned` bit(1) NOT NULL,
  `source_type_id` bigint,
  `project_id` bigint,
  `subject_id` BIGINT,
  `deleted` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_source_source_type_id` FOREIGN KEY (`source_type_id`) REFERENCES `source_type` (`id`),
  CONSTRAINT `fk2gl2pp2tn73t7aeau6dmo0aqo` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `fk_source_subject` FOREIGN KEY (`subject_id`) REFERENCES `subject` (`id`)
);

CREATE TABLE `source_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `producer` varchar(255),
  `model` varchar(255) NOT NULL,
  `catalog_version` varchar(255) NOT NULL,
  `source_type_scope` varchar(255) NOT NULL,
  `app_provider` varchar(500),
  `assessment_type` varchar(500),
  `name` varchar(255),
  `description` varchar(255),
  `dynamic_registration` bit(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `source_data` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `source_data_type` varchar(255) NOT NULL,
  `source_data_name` varchar(255) NOT NULL UNIQUE,
  `source_type_id` bigint,
  `frequency` varchar(255),
  `unit` varchar(255),
  `processing_state` varchar(255),
  `data_class` varchar(255),
  `data_format` varchar(255),
  `key_schema` varchar(255),
  `value_schema` varchar(255),
  `topic` varchar(255),
  `provider` varchar(255),
  `enabled` bit(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fkq1v2xtfh3plvk3msry4g4my7a` FOREIGN KEY (`source_type_id`) REFERENCES `source_type` (`id`)
);

CREATE TABLE `radar_role` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` bigint,
  `authority_name` varchar(50),
  `organization_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_role_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `fk_role_authority_name` FOREIGN KEY (`authority_name`) REFERENCES `radar_authority` (`name`)
);

CREATE TABLE `role_users` (
  `users_id` bigint NOT NULL,
  `roles_id` bigint NOT NULL,
  PRIMARY KEY (`roles_id`, `users_id`),
  CONSTRAINT `fk_role_users_roles_id` FOREIGN KEY (`roles_id`) REFERENCES `radar_role` (`id`),
  CONSTRAINT `fk_role_users_users_id` FOREIGN KEY (`users_id`) REFERENCES `radar_user` (`id`)
);

CREATE TABLE `subject` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `external_link` varchar(255),
  `external_id` varchar(255),
  `removed` bit(1),
  `user_id` bigint NOT NULL UNIQUE,
  `group_id` bigint,
  `date_of_birth` date,
  `person_name` varchar(255),
  `enrollment_date` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_subject_user_id` FOREIGN KEY (`user_id`) REFERENCES `radar_user` (`id`),
  CONSTRAINT `fk_subject_group_id` FOREIGN KEY (`group_id`) REFERENCES `radar_group` (`id`)
);

CREATE TABLE `source_metadata` (
  `id` bigint NOT NULL,
  `attribute_key` varchar(255) NOT NULL,
  `attribute_value` varchar(255),
  PRIMARY KEY (`id`, `attribute_key`),
  CONSTRAINT `fk_source_metadata` FOREIGN KEY (`id`) REFERENCES `radar_source` (`id`)
);

CREATE TABLE `subject_metadata` (
  `id` bigint NOT NULL,
  `attribute_key` varchar(255) NOT NULL,
  `attribute_value` varchar(255),
  PRIMARY KEY (`id`, `attribute_key`),
  CONSTRAINT `fk_subject_metadata` FOREIGN KEY (`id`) REFERENCES `subject` (`id`)
);

CREATE TABLE `project_metadata` (
  `id` bigint NOT NULL,
  `attribute_key` varchar(255) NOT NULL,
  `attribute_value` varchar(255),
  PRIMARY KEY (`id`, `attribute_key`),
  CONSTRAINT `fk_project_metadata` FOREIGN KEY (`id`) REFERENCES `project` (`id`)
);

CREATE TABLE `_revisions_info` (
  `id` INTEGER NOT NULL,
  `auditor` VARCHAR(255),
  `timestamp` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `project_aud` (
  `id` BIGINT NOT NULL,
  `rev` INTEGER NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  `description` VARCHAR(255),
  `description_mod` bit(1),
  `end_date` datetime,
  `end_date_mod` bit(1),
  `location` VARCHAR(255),
  `location_mod` bit(1),
  `jhi_organization` VARCHAR(255),
  `organization_name_mod` bit(1),
  `project_name` VARCHAR(255),
  `project_name_mod` bit(1),
  `project_status` VARCHAR(255),
  `project_status_mod` bit(1),
  `start_date` datetime,
  `start_date_mod` bit(1),
  `attributes_mod` bit(1),
  `roles_mod` bit(1),
  `source_types_mod` bit(1),
  `groups_mod` bit(1),
  `organization_id` BIGINT DEFAULT '1',
  `organization_mod` bit(1),
  PRIMARY KEY (`id`, `rev`),
  CONSTRAINT `fk7njyo2v717vkl3t25x9y5fgdt` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fkcwxshrkq2usk4l1cdoorwyuy7` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `project_metadata_aud` (
  `id` BIGINT NOT NULL,
  `rev` INTEGER NOT NULL,
  `attribute_value` VARCHAR(255) NOT NULL,
  `attribute_key` VARCHAR(255) NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  PRIMARY KEY (`rev`, `id`, `attribute_value`, `attribute_key`),
  CONSTRAINT `fk5gro00jme7tdbok8we3lvl1ym` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fkfk4i00r0760d8ph0hae54wt47` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `project_source_type_aud` (
  `rev` INTEGER NOT NULL,
  `projects_id` BIGINT NOT NULL,
  `source_types_id` BIGINT NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  PRIMARY KEY (`rev`, `projects_id`, `source_types_id`),
  CONSTRAINT `fk7ttxj3hjmnikr1kmkyib0arig` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fkpi0lan4p3k5kxdwxc3dk4oe8t` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `radar_authority_aud` (
  `name` VARCHAR(50) NOT NULL,
  `rev` INTEGER NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  PRIMARY KEY (`name`, `rev`),
  CONSTRAINT `fkaqfvp9b2f8w8a9fbth65uvok7` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fklc2sifhh4ff22qkv4qv0tfgv0` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `radar_role_aud` (
  `id` BIGINT NOT NULL,
  `rev` INTEGER NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  `authority_name` VARCHAR(50),
  `authority_mod` bit(1),
  `project_id` BIGINT,
  `project_mod` bit(1),
  `users_mod` bit(1),
  `organization_id` bigint,
  `organization_mod` bit(1),
  PRIMARY KEY (`id`, `rev`),
  CONSTRAINT `fk21qld3mn1fvkk84kksnga6ymf` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fkiyo5gjv4c45bc7j5e0ukputgh` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `radar_source_aud` (
  `id` BIGINT NOT NULL,
  `rev` INTEGER NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  `assigned` bit(1),
  `assigned_mod` bit(1),
  `expected_source_name` VARCHAR(255),
  `expected_source_name_mod` bit(1),
  `source_id` varchar(36),
  `source_id_mod` bit(1),
  `source_name` VARCHAR(255),
  `source_name_mod` bit(1),
  `attributes_mod` bit(1),
  `project_id` BIGINT,
  `project_mod` bit(1),
  `source_type_id` BIGINT,
  `source_type_mod` bit(1),
  `subject_id` BIGINT,
  `subject_mod` bit(1),
  `deleted` bit(1),
  `deleted_mod` bit(1),
  PRIMARY KEY (`id`, `rev`),
  CONSTRAINT `fkn5hs0tcn22iysl4s1054n0qsv` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fkp0qc312nhledbji45l4y1utlj` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `radar_user_aud` (
  `id` BIGINT NOT NULL,
  `rev` INTEGER NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  `activated` bit(1),
  `activated_mod` bit(1),
  `activation_key` VARCHAR(20),
  `activation_key_mod` bit(1),
  `email` VARCHAR(100),
  `email_mod` bit(1),
  `first_name` VARCHAR(50),
  `first_name_mod` bit(1),
  `lang_key` VARCHAR(5),
  `lang_key_mod` bit(1),
  `last_name` VARCHAR(50),
  `last_name_mod` bit(1),
  `login` VARCHAR(50),
  `login_mod` bit(1),
  `password_hash` VARCHAR(60),
  `password_mod` bit(1),
  `reset_date` datetime,
  `reset_date_mod` bit(1),
  `reset_key` VARCHAR(20),
  `reset_key_mod` bit(1),
  `roles_mod` bit(1),
  `identity` varchar(255),
  `identity_mod` bit(1),
  PRIMARY KEY (`id`, `rev`),
  CONSTRAINT `fkfsiu34jb74bx5jucqs5yi3e1x` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fknql1feyhvwacykcij5jcn5wdc` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `role_users_aud` (
  `rev` INTEGER NOT NULL,
  `users_id` BIGINT NOT NULL,
  `roles_id` BIGINT NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  PRIMARY KEY (`rev`, `users_id`, `roles_id`),
  CONSTRAINT `fkoj2rv6evijwkso6omix67uh96` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fkpadrhe0g08su4trr1xw0vinbm` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `source_data_aud` (
  `id` BIGINT NOT NULL,
  `rev` INTEGER NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  `data_class` VARCHAR(255),
  `data_class_mod` bit(1),
  `enabled` bit(1),
  `enabled_mod` bit(1),
  `frequency` VARCHAR(255),
  `frequency_mod` bit(1),
  `key_schema` VARCHAR(255),
  `key_schema_mod` bit(1),
  `processing_state` VARCHAR(255),
  `processing_state_mod` bit(1),
  `provider` VARCHAR(255),
  `provider_mod` bit(1),
  `source_data_name` VARCHAR(255),
  `source_data_name_mod` bit(1),
  `source_data_type` VARCHAR(255),
  `source_data_type_mod` bit(1),
  `topic` VARCHAR(255),
  `topic_mod` bit(1),
  `unit` VARCHAR(255),
  `unit_mod` bit(1),
  `value_schema` VARCHAR(255),
  `value_schema_mod` bit(1),
  `source_type_id` BIGINT,
  `source_type_mod` bit(1),
  PRIMARY KEY (`id`, `rev`),
  CONSTRAINT `fkebm4gaxlhcyncvuh4hy8v0xkl` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fklvvuw28mvwjjcn281p3yp8ao1` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `source_metadata_aud` (
  `rev` INTEGER NOT NULL,
  `id` BIGINT NOT NULL,
  `attribute_value` VARCHAR(255) NOT NULL,
  `attribute_key` VARCHAR(255) NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  PRIMARY KEY (`rev`, `id`, `attribute_value`, `attribute_key`),
  CONSTRAINT `fk9nn0f837vgslcg6o7i83h4xdb` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fkkwq4yo83uudx2qfkpkkedaqqs` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `source_type_aud` (
  `id` BIGINT NOT NULL,
  `rev` INTEGER NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  `app_provider` VARCHAR(255),
  `app_provider_mod` bit(1),
  `assessment_type` VARCHAR(255),
  `assessment_type_mod` bit(1),
  `dynamic_registration` bit(1),
  `can_register_dynamically_mod` bit(1),
  `catalog_version` VARCHAR(255),
  `catalog_version_mod` bit(1),
  `description` VARCHAR(255),
  `description_mod` bit(1),
  `model` VARCHAR(255),
  `model_mod` bit(1),
  `name` VARCHAR(255),
  `name_mod` bit(1),
  `producer` VARCHAR(255),
  `producer_mod` bit(1),
  `source_type_scope` VARCHAR(255),
  `source_type_scope_mod` bit(1),
  `projects_mod` bit(1),
  `source_data_mod` bit(1),
  PRIMARY KEY (`id`, `rev`),
  CONSTRAINT `fk60j1mm7desfe14qkayo10kjiv` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fkjniothxmq74pmv3hfb7rwwqdx` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `subject_aud` (
  `id` BIGINT NOT NULL,
  `rev` INTEGER NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  `external_id` VARCHAR(255),
  `external_id_mod` bit(1),
  `external_link` VARCHAR(255),
  `external_link_mod` bit(1),
  `removed` bit(1),
  `removed_mod` bit(1),
  `attributes_mod` bit(1),
  `sources_mod` bit(1),
  `user_id` BIGINT,
  `user_mod` bit(1),
  `meta_tokens_mod` bit(1),
  `group_id` bigint,
  `group_mod` bit(1),
  `date_of_birth` date,
  `date_of_birth_mod` bit(1),
  `person_name` varchar(255),
  `person_name_mod` bit(1),
  `enrollment_date` datetime,
  `enrollment_date_mod` bit(1),
  PRIMARY KEY (`id`, `rev`),
  CONSTRAINT `fkc1v0behg8qbjkii5ycqg43wlx` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fkk9xchuqwhlpss728ufagnskus` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `subject_metadata_aud` (
  `rev` INTEGER NOT NULL,
  `id` BIGINT NOT NULL,
  `attribute_value` VARCHAR(255) NOT NULL,
  `attribute_key` VARCHAR(255) NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  PRIMARY KEY (`rev`, `id`, `attribute_value`, `attribute_key`),
  CONSTRAINT `fkaqqec6sadfv8w8ii1hpxu8ut5` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`),
  CONSTRAINT `fkr2u84umxwls8aqwyaoborj4vi` FOREIGN KEY (`revend`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `revchanges` (
  `rev` INTEGER NOT NULL,
  `entityname` varchar(255),
  CONSTRAINT `FK6ccsoae5dclnhlrltuq7d2grq` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `radar_meta_token` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `token_name` varchar(255) NOT NULL UNIQUE,
  `fetched` bit(1) NOT NULL,
  `expiry_date` datetime,
  `subject_id` bigint,
  `client_id` varchar(255),
  `persistent` bit(1) DEFAULT b'0',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_token_subject_id` FOREIGN KEY (`subject_id`) REFERENCES `subject` (`id`)
);

CREATE TABLE `radar_meta_token_aud` (
  `id` BIGINT NOT NULL,
  `rev` INTEGER NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  `token_name` varchar(255),
  `token_name_mod` bit(1),
  `fetched` bit(1),
  `fetched_mod` bit(1),
  `expiry_date` datetime,
  `expiry_date_mod` bit(1),
  `subject_id` BIGINT,
  `subject_mod` bit(1),
  `client_id` varchar(255),
  `client_id_mod` bit(1),
  `persistent` bit(1) DEFAULT b'0',
  `persistent_mod` bit(1),
  CONSTRAINT `bd888eb290e411e89eb6529269fb1459` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`)
);

CREATE TABLE `radar_group` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `project_id` bigint NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_radar_group_project_name` (`project_id`, `name`),
  CONSTRAINT `fk_group_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
);

CREATE TABLE `radar_organization` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `location` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `radar_organization_aud` (
  `id` BIGINT NOT NULL,
  `rev` INTEGER NOT NULL,
  `revtype` smallint,
  `revend` INTEGER,
  `revend_tstmp` datetime,
  `description` VARCHAR(255),
  `description_mod` bit(1),
  `location` VARCHAR(255),
  `location_mod` bit(1),
  `name` VARCHAR(255),
  `name_mod` bit(1),
  `projects_mod` bit(1),
  PRIMARY KEY (`id`, `rev`),
  CONSTRAINT `radar_organization_aud_rev_id` FOREIGN KEY (`rev`) REFERENCES `_revisions_info` (`id`)
);
