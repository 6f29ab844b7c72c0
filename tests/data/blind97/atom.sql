SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `access_log`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`object_id` INTEGER  NOT NULL,
	`access_date` DATETIME,
	PRIMARY KEY (`id`),
	KEY `1`(`access_date`, `object_id`),
	INDEX `access_log_FI_1` (`object_id`),
	CONSTRAINT `access_log_FK_1`
		FOREIGN KEY (`object_id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `actor`
(
	`id` INTEGER  NOT NULL,
	`corporate_body_identifiers` VARCHAR(1024),
	`entity_type_id` INTEGER,
	`description_status_id` INTEGER,
	`description_detail_id` INTEGER,
	`description_identifier` VARCHAR(1024),
	`source_standard` VARCHAR(1024),
	`parent_id` INTEGER,
	`source_culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`),
	CONSTRAINT `actor_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `actor_FI_2` (`entity_type_id`),
	CONSTRAINT `actor_FK_2`
		FOREIGN KEY (`entity_type_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `actor_FI_3` (`description_status_id`),
	CONSTRAINT `actor_FK_3`
		FOREIGN KEY (`description_status_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `actor_FI_4` (`description_detail_id`),
	CONSTRAINT `actor_FK_4`
		FOREIGN KEY (`description_detail_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `actor_FI_5` (`parent_id`),
	CONSTRAINT `actor_FK_5`
		FOREIGN KEY (`parent_id`)
		REFERENCES `actor` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `actor_i18n`
(
	`authorized_form_of_name` VARCHAR(1024),
	`dates_of_existence` VARCHAR(1024),
	`history` TEXT,
	`places` TEXT,
	`legal_status` TEXT,
	`functions` TEXT,
	`mandates` TEXT,
	`internal_structures` TEXT,
	`general_context` TEXT,
	`institution_responsible_identifier` VARCHAR(1024),
	`rules` TEXT,
	`sources` TEXT,
	`revision_history` TEXT,
	`id` INTEGER  NOT NULL,
	`culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`,`culture`),
	CONSTRAINT `actor_i18n_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `actor` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `audit_log`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`object_id` INTEGER  NOT NULL,
	`user_id` INTEGER,
	`user_name` VARCHAR(255),
	`action_type_id` INTEGER,
	`created_at` DATETIME,
	PRIMARY KEY (`id`),
	INDEX `audit_log_FI_1` (`object_id`),
	CONSTRAINT `audit_log_FK_1`
		FOREIGN KEY (`object_id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `audit_log_FI_2` (`user_id`),
	CONSTRAINT `audit_log_FK_2`
		FOREIGN KEY (`user_id`)
		REFERENCES `user` (`id`)
		ON DELETE SET NULL,
	INDEX `audit_log_FI_3` (`action_type_id`),
	CONSTRAINT `audit_log_FK_3`
		FOREIGN KEY (`action_type_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL
)Engine=InnoDB;

CREATE TABLE `job`
(
	`id` INTEGER  NOT NULL,
	`name` VARCHAR(255),
	`download_path` TEXT,
	`completed_at` DATETIME,
	`user_id` INTEGER,
	`object_id` INTEGER,
	`status_id` INTEGER,
	`output` TEXT,
	PRIMARY KEY (`id`),
	CONSTRAINT `job_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `job_FI_2` (`user_id`),
	CONSTRAINT `job_FK_2`
		FOREIGN KEY (`user_id`)
		REFERENCES `user` (`id`)
		ON DELETE SET NULL,
	INDEX `job_FI_3` (`object_id`),
	CONSTRAINT `job_FK_3`
		FOREIGN KEY (`object_id`)
		REFERENCES `object` (`id`)
		ON DELETE SET NULL,
	INDEX `job_FI_4` (`status_id`),
	CONSTRAINT `job_FK_4`
		FOREIGN KEY (`status_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL
)Engine=InnoDB;

CREATE TABLE `clipboard_save`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`user_id` INTEGER,
	`password` VARCHAR(255),
	`created_at` DATETIME,
	PRIMARY KEY (`id`),
	INDEX `clipboard_save_FI_1` (`user_id`),
	CONSTRAINT `clipboard_save_FK_1`
		FOREIGN KEY (`user_id`)
		REFERENCES `user` (`id`)
		ON DELETE SET NULL
)Engine=InnoDB;

CREATE TABLE `clipboard_save_item`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`save_id` INTEGER,
	`item_class_name` VARCHAR(255),
	`slug` VARCHAR(255),
	PRIMARY KEY (`id`),
	INDEX `clipboard_save_item_FI_1` (`save_id`),
	CONSTRAINT `clipboard_save_item_FK_1`
		FOREIGN KEY (`save_id`)
		REFERENCES `clipboard_save` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `contact_information`
(
	`actor_id` INTEGER  NOT NULL,
	`primary_contact` TINYINT,
	`contact_person` VARCHAR(1024),
	`street_address` TEXT,
	`website` VARCHAR(1024),
	`email` VARCHAR(255),
	`telephone` VARCHAR(255),
	`fax` VARCHAR(255),
	`postal_code` VARCHAR(255),
	`country_code` VARCHAR(255),
	`longitude` FLOAT,
	`latitude` FLOAT,
	`created_at` DATETIME  NOT NULL,
	`updated_at` DATETIME  NOT NULL,
	`source_culture` VARCHAR(16)  NOT NULL,
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`serial_number` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`),
	INDEX `contact_information_FI_1` (`actor_id`),
	CONSTRAINT `contact_information_FK_1`
		FOREIGN KEY (`actor_id`)
		REFERENCES `actor` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `contact_information_i18n`
(
	`contact_type` VARCHAR(1024),
	`city` VARCHAR(1024),
	`region` VARCHAR(1024),
	`note` TEXT,
	`id` INTEGER  NOT NULL,
	`culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`,`culture`),
	CONSTRAINT `contact_information_i18n_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `contact_information` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `digital_object`
(
	`id` INTEGER  NOT NULL,
	`object_id` INTEGER,
	`usage_id` INTEGER,
	`language` VARCHAR(50),
	`mime_type` VARCHAR(255),
	`media_type_id` INTEGER,
	`name` VARCHAR(1024)  NOT NULL,
	`path` VARCHAR(1024)  NOT NULL,
	`sequence` INTEGER,
	`byte_size` BIGINT,
	`checksum` VARCHAR(255),
	`checksum_type` VARCHAR(50),
	`parent_id` INTEGER,
	PRIMARY KEY (`id`),
	KEY `path`(`path`(768)),
	CONSTRAINT `digital_object_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `digital_object_FI_2` (`object_id`),
	CONSTRAINT `digital_object_FK_2`
		FOREIGN KEY (`object_id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `digital_object_FI_3` (`usage_id`),
	CONSTRAINT `digital_object_FK_3`
		FOREIGN KEY (`usage_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `digital_object_FI_4` (`media_type_id`),
	CONSTRAINT `digital_object_FK_4`
		FOREIGN KEY (`media_type_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `digital_object_FI_5` (`parent_id`),
	CONSTRAINT `digital_object_FK_5`
		FOREIGN KEY (`parent_id`)
		REFERENCES `digital_object` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `event`
(
	`id` INTEGER  NOT NULL,
	`start_date` DATE,
	`start_time` TIME,
	`end_date` DATE,
	`end_time` TIME,
	`type_id` INTEGER  NOT NULL,
	`object_id` INTEGER,
	`actor_id` INTEGER,
	`source_culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`),
	CONSTRAINT `event_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `event_FI_2` (`type_id`),
	CONSTRAINT `event_FK_2`
		FOREIGN KEY (`type_id`)
		REFERENCES `term` (`id`)
		ON DELETE CASCADE,
	INDEX `event_FI_3` (`object_id`),
	CONSTRAINT `event_FK_3`
		FOREIGN KEY (`object_id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `event_FI_4` (`actor_id`),
	CONSTRAINT `event_FK_4`
		FOREIGN KEY (`actor_id`)
		REFERENCES `actor` (`id`)
		ON DELETE SET NULL
)Engine=InnoDB;

CREATE TABLE `event_i18n`
(
	`name` VARCHAR(1024),
	`description` TEXT,
	`date` VARCHAR(1024),
	`id` INTEGER  NOT NULL,
	`culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`,`culture`),
	CONSTRAINT `event_i18n_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `event` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `information_object`
(
	`id` INTEGER  NOT NULL,
	`identifier` VARCHAR(1024),
	`oai_local_identifier` INTEGER  NOT NULL AUTO_INCREMENT,
	`level_of_description_id` INTEGER,
	`collection_type_id` INTEGER,
	`repository_id` INTEGER,
	`parent_id` INTEGER,
	`description_status_id` INTEGER,
	`description_detail_id` INTEGER,
	`description_identifier` VARCHAR(1024),
	`source_standard` VARCHAR(1024),
	`display_standard_id` INTEGER,
	`lft` INTEGER,
	`rgt` INTEGER,
	`source_culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`),
	UNIQUE KEY `information_object_U_1` (`oai_local_identifier`),
	KEY `lft`(`lft`),
	KEY `rgt`(`rgt`),
	CONSTRAINT `information_object_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `information_object_FI_2` (`level_of_description_id`),
	CONSTRAINT `information_object_FK_2`
		FOREIGN KEY (`level_of_description_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `information_object_FI_3` (`collection_type_id`),
	CONSTRAINT `information_object_FK_3`
		FOREIGN KEY (`collection_type_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `information_object_FI_4` (`repository_id`),
	CONSTRAINT `information_object_FK_4`
		FOREIGN KEY (`repository_id`)
		REFERENCES `repository` (`id`)
		ON DELETE SET NULL,
	INDEX `information_object_FI_5` (`parent_id`),
	CONSTRAINT `information_object_FK_5`
		FOREIGN KEY (`parent_id`)
		REFERENCES `information_object` (`id`)
		ON DELETE CASCADE,
	INDEX `information_object_FI_6` (`description_status_id`),
	CONSTRAINT `information_object_FK_6`
		FOREIGN KEY (`description_status_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `information_object_FI_7` (`description_detail_id`),
	CONSTRAINT `information_object_FK_7`
		FOREIGN KEY (`description_detail_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `information_object_FI_8` (`display_standard_id`),
	CONSTRAINT `information_object_FK_8`
		FOREIGN KEY (`display_standard_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL
)Engine=InnoDB;

CREATE TABLE `information_object_i18n`
(
	`title` VARCHAR(1024),
	`alternate_title` VARCHAR(1024),
	`edition` VARCHAR(1024),
	`extent_and_medium` TEXT,
	`archival_history` TEXT,
	`acquisition` TEXT,
	`scope_and_content` TEXT,
	`appraisal` TEXT,
	`accruals` TEXT,
	`arrangement` TEXT,
	`access_conditions` TEXT,
	`reproduction_conditions` TEXT,
	`physical_characteristics` TEXT,
	`finding_aids` TEXT,
	`location_of_originals` TEXT,
	`location_of_copies` TEXT,
	`related_units_of_description` TEXT,
	`institution_responsible_identifier` VARCHAR(1024),
	`rules` TEXT,
	`sources` TEXT,
	`revision_history` TEXT,
	`id` INTEGER  NOT NULL,
	`culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`,`culture`),
	CONSTRAINT `information_object_i18n_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `information_object` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `keymap`
(
	`source_id` TEXT,
	`target_id` INTEGER,
	`source_name` TEXT,
	`target_name` TEXT,
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`serial_number` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`)
)Engine=InnoDB;

CREATE TABLE `note`
(
	`object_id` INTEGER  NOT NULL,
	`type_id` INTEGER,
	`scope` VARCHAR(1024),
	`user_id` INTEGER,
	`source_culture` VARCHAR(16)  NOT NULL,
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`serial_number` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`),
	INDEX `note_FI_1` (`object_id`),
	CONSTRAINT `note_FK_1`
		FOREIGN KEY (`object_id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `note_FI_2` (`type_id`),
	CONSTRAINT `note_FK_2`
		FOREIGN KEY (`type_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `note_FI_3` (`user_id`),
	CONSTRAINT `note_FK_3`
		FOREIGN KEY (`user_id`)
		REFERENCES `user` (`id`)
		ON DELETE SET NULL
)Engine=InnoDB;

CREATE TABLE `note_i18n`
(
	`content` TEXT,
	`id` INTEGER  NOT NULL,
	`culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`,`culture`),
	CONSTRAINT `note_i18n_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `note` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `object`
(
	`class_name` VARCHAR(255),
	`created_at` DATETIME  NOT NULL,
	`updated_at` DATETIME  NOT NULL,
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`serial_number` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`)
)Engine=InnoDB;

CREATE TABLE `other_name`
(
	`object_id` INTEGER  NOT NULL,
	`type_id` INTEGER,
	`start_date` DATE,
	`end_date` DATE,
	`source_culture` VARCHAR(16)  NOT NULL,
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`serial_number` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`),
	INDEX `other_name_FI_1` (`object_id`),
	CONSTRAINT `other_name_FK_1`
		FOREIGN KEY (`object_id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `other_name_FI_2` (`type_id`),
	CONSTRAINT `other_name_FK_2`
		FOREIGN KEY (`type_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL
)Engine=InnoDB;

CREATE TABLE `other_name_i18n`
(
	`name` VARCHAR(1024),
	`note` VARCHAR(1024),
	`dates` TEXT,
	`id` INTEGER  NOT NULL,
	`culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`,`culture`),
	CONSTRAINT `other_name_i18n_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `other_name` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `property`
(
	`object_id` INTEGER  NOT NULL,
	`scope` VARCHAR(1024),
	`name` VARCHAR(1024),
	`source_culture` VARCHAR(16)  NOT NULL,
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`serial_number` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`),
	INDEX `property_FI_1` (`object_id`),
	CONSTRAINT `property_FK_1`
		FOREIGN KEY (`object_id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `property_i18n`
(
	`value` MEDIUMTEXT,
	`id` INTEGER  NOT NULL,
	`culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`,`culture`),
	CONSTRAINT `property_i18n_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `property` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `relation`
(
	`id` INTEGER  NOT NULL,
	`subject_id` INTEGER  NOT NULL,
	`object_id` INTEGER  NOT NULL,
	`type_id` INTEGER,
	`start_date` DATE,
	`end_date` DATE,
	`source_culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`),
	CONSTRAINT `relation_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `relation_FI_2` (`subject_id`),
	CONSTRAINT `relation_FK_2`
		FOREIGN KEY (`subject_id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `relation_FI_3` (`object_id`),
	CONSTRAINT `relation_FK_3`
		FOREIGN KEY (`object_id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `relation_FI_4` (`type_id`),
	CONSTRAINT `relation_FK_4`
		FOREIGN KEY (`type_id`)
		REFERENCES `term` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `repository`
(
	`id` INTEGER  NOT NULL,
	`identifier` VARCHAR(1024),
	`desc_status_id` INTEGER,
	`desc_detail_id` INTEGER,
	`desc_identifier` VARCHAR(1024),
	`upload_limit` FLOAT,
	`source_culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`),
	CONSTRAINT `repository_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `actor` (`id`)
		ON DELETE CASCADE,
	INDEX `repository_FI_2` (`desc_status_id`),
	CONSTRAINT `repository_FK_2`
		FOREIGN KEY (`desc_status_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `repository_FI_3` (`desc_detail_id`),
	CONSTRAINT `repository_FK_3`
		FOREIGN KEY (`desc_detail_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL
)Engine=InnoDB;

CREATE TABLE `rights`
(
	`id` INTEGER  NOT NULL,
	`start_date` DATE,
	`end_date` DATE,
	`basis_id` INTEGER,
	`rights_holder_id` INTEGER,
	`copyright_status_id` INTEGER,
	`copyright_status_date` DATE,
	`copyright_jurisdiction` VARCHAR(1024),
	`statute_determination_date` DATE,
	`statute_citation_id` INTEGER,
	`source_culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`),
	CONSTRAINT `rights_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `rights_FI_2` (`basis_id`),
	CONSTRAINT `rights_FK_2`
		FOREIGN KEY (`basis_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `rights_FI_3` (`rights_holder_id`),
	CONSTRAINT `rights_FK_3`
		FOREIGN KEY (`rights_holder_id`)
		REFERENCES `actor` (`id`)
		ON DELETE SET NULL,
	INDEX `rights_FI_4` (`copyright_status_id`),
	CONSTRAINT `rights_FK_4`
		FOREIGN KEY (`copyright_status_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `rights_FI_5` (`statute_citation_id`),
	CONSTRAINT `rights_FK_5`
		FOREIGN KEY (`statute_citation_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL
)Engine=InnoDB;

CREATE TABLE `rights_holder`
(
	`id` INTEGER  NOT NULL,
	PRIMARY KEY (`id`),
	CONSTRAINT `rights_holder_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `actor` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `setting`
(
	`name` VARCHAR(255),
	`scope` VARCHAR(255),
	`editable` TINYINT default 0,
	`deleteable` TINYINT default 0,
	`source_culture` VARCHAR(16)  NOT NULL,
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`serial_number` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`)
)Engine=InnoDB;

CREATE TABLE `setting_i18n`
(
	`value` TEXT,
	`id` INTEGER  NOT NULL,
	`culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`,`culture`),
	CONSTRAINT `setting_i18n_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `setting` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `slug`
(
	`object_id` INTEGER  NOT NULL,
	`slug` VARCHAR(255)  NOT NULL,
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`serial_number` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`),
	UNIQUE KEY `slug_U_1` (`object_id`),
	UNIQUE KEY `slug_U_2` (`slug`),
	CONSTRAINT `slug_FK_1`
		FOREIGN KEY (`object_id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `status`
(
	`object_id` INTEGER  NOT NULL,
	`type_id` INTEGER,
	`status_id` INTEGER,
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`serial_number` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`),
	INDEX `status_FI_1` (`object_id`),
	CONSTRAINT `status_FK_1`
		FOREIGN KEY (`object_id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `status_FI_2` (`type_id`),
	CONSTRAINT `status_FK_2`
		FOREIGN KEY (`type_id`)
		REFERENCES `term` (`id`)
		ON DELETE CASCADE,
	INDEX `status_FI_3` (`status_id`),
	CONSTRAINT `status_FK_3`
		FOREIGN KEY (`status_id`)
		REFERENCES `term` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `taxonomy`
(
	`id` INTEGER  NOT NULL,
	`usage` VARCHAR(1024),
	`parent_id` INTEGER,
	`source_culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`),
	CONSTRAINT `taxonomy_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `taxonomy_FI_2` (`parent_id`),
	CONSTRAINT `taxonomy_FK_2`
		FOREIGN KEY (`parent_id`)
		REFERENCES `taxonomy` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `term`
(
	`id` INTEGER  NOT NULL,
	`taxonomy_id` INTEGER  NOT NULL,
	`code` VARCHAR(1024),
	`parent_id` INTEGER,
	`lft` INTEGER,
	`rgt` INTEGER,
	`source_culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`),
	KEY `lft`(`lft`),
	CONSTRAINT `term_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `term_FI_2` (`taxonomy_id`),
	CONSTRAINT `term_FK_2`
		FOREIGN KEY (`taxonomy_id`)
		REFERENCES `taxonomy` (`id`)
		ON DELETE CASCADE,
	INDEX `term_FI_3` (`parent_id`),
	CONSTRAINT `term_FK_3`
		FOREIGN KEY (`parent_id`)
		REFERENCES `term` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `term_i18n`
(
	`name` VARCHAR(1024),
	`id` INTEGER  NOT NULL,
	`culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`,`culture`),
	CONSTRAINT `term_i18n_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `term` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `user`
(
	`id` INTEGER  NOT NULL,
	`username` VARCHAR(255),
	`email` VARCHAR(255),
	`password_hash` VARCHAR(255),
	`salt` VARCHAR(255),
	`active` TINYINT default 1,
	PRIMARY KEY (`id`),
	CONSTRAINT `user_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `actor` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `acl_group`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`parent_id` INTEGER,
	`created_at` DATETIME  NOT NULL,
	`updated_at` DATETIME  NOT NULL,
	`source_culture` VARCHAR(16)  NOT NULL,
	`serial_number` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`),
	INDEX `acl_group_FI_1` (`parent_id`),
	CONSTRAINT `acl_group_FK_1`
		FOREIGN KEY (`parent_id`)
		REFERENCES `acl_group` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `acl_group_i18n`
(
	`name` VARCHAR(255),
	`description` TEXT,
	`id` INTEGER  NOT NULL,
	`culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`,`culture`),
	CONSTRAINT `acl_group_i18n_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `acl_group` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `acl_permission`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`user_id` INTEGER,
	`group_id` INTEGER,
	`object_id` INTEGER,
	`action` VARCHAR(255),
	`grant_deny` INTEGER default 0 NOT NULL,
	`conditional` TEXT,
	`constants` TEXT,
	`created_at` DATETIME  NOT NULL,
	`updated_at` DATETIME  NOT NULL,
	`serial_number` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`),
	INDEX `acl_permission_FI_1` (`user_id`),
	CONSTRAINT `acl_permission_FK_1`
		FOREIGN KEY (`user_id`)
		REFERENCES `user` (`id`)
		ON DELETE CASCADE,
	INDEX `acl_permission_FI_2` (`group_id`),
	CONSTRAINT `acl_permission_FK_2`
		FOREIGN KEY (`group_id`)
		REFERENCES `acl_group` (`id`)
		ON DELETE CASCADE,
	INDEX `acl_permission_FI_3` (`object_id`),
	CONSTRAINT `acl_permission_FK_3`
		FOREIGN KEY (`object_id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `acl_user_group`
(
	`id` INTEGER  NOT NULL AUTO_INCREMENT,
	`user_id` INTEGER  NOT NULL,
	`group_id` INTEGER  NOT NULL,
	`serial_number` INTEGER default 0 NOT NULL,
	PRIMARY KEY (`id`),
	INDEX `acl_user_group_FI_1` (`user_id`),
	CONSTRAINT `acl_user_group_FK_1`
		FOREIGN KEY (`user_id`)
		REFERENCES `user` (`id`)
		ON DELETE CASCADE,
	INDEX `acl_user_group_FI_2` (`group_id`),
	CONSTRAINT `acl_user_group_FK_2`
		FOREIGN KEY (`group_id`)
		REFERENCES `acl_group` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `accession`
(
	`id` INTEGER  NOT NULL,
	`acquisition_type_id` INTEGER,
	`date` DATE,
	`identifier` VARCHAR(255),
	`processing_priority_id` INTEGER,
	`processing_status_id` INTEGER,
	`resource_type_id` INTEGER,
	`created_at` DATETIME  NOT NULL,
	`updated_at` DATETIME  NOT NULL,
	`source_culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`),
	UNIQUE KEY `accession_U_1` (`identifier`),
	CONSTRAINT `accession_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `accession_FI_2` (`acquisition_type_id`),
	CONSTRAINT `accession_FK_2`
		FOREIGN KEY (`acquisition_type_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `accession_FI_3` (`processing_priority_id`),
	CONSTRAINT `accession_FK_3`
		FOREIGN KEY (`processing_priority_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `accession_FI_4` (`processing_status_id`),
	CONSTRAINT `accession_FK_4`
		FOREIGN KEY (`processing_status_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `accession_FI_5` (`resource_type_id`),
	CONSTRAINT `accession_FK_5`
		FOREIGN KEY (`resource_type_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL
)Engine=InnoDB;

CREATE TABLE `accession_i18n`
(
	`appraisal` TEXT,
	`archival_history` TEXT,
	`location_information` TEXT,
	`physical_characteristics` TEXT,
	`processing_notes` TEXT,
	`received_extent_units` TEXT,
	`scope_and_content` TEXT,
	`source_of_acquisition` TEXT,
	`title` VARCHAR(255),
	`id` INTEGER  NOT NULL,
	`culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`,`culture`),
	CONSTRAINT `accession_i18n_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `accession` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `accession_event`
(
	`id` INTEGER  NOT NULL,
	`type_id` INTEGER,
	`accession_id` INTEGER,
	`date` DATE,
	`source_culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`),
	CONSTRAINT `accession_event_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `object` (`id`)
		ON DELETE CASCADE,
	INDEX `accession_event_FI_2` (`type_id`),
	CONSTRAINT `accession_event_FK_2`
		FOREIGN KEY (`type_id`)
		REFERENCES `term` (`id`)
		ON DELETE SET NULL,
	INDEX `accession_event_FI_3` (`accession_id`),
	CONSTRAINT `accession_event_FK_3`
		FOREIGN KEY (`accession_id`)
		REFERENCES `accession` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `accession_event_i18n`
(
	`agent` VARCHAR(255),
	`id` INTEGER  NOT NULL,
	`culture` VARCHAR(16)  NOT NULL,
	PRIMARY KEY (`id`,`culture`),
	CONSTRAINT `accession_event_i18n_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `accession_event` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;

CREATE TABLE `donor`
(
	`id` INTEGER  NOT NULL,
	PRIMARY KEY (`id`),
	CONSTRAINT `donor_FK_1`
		FOREIGN KEY (`id`)
		REFERENCES `actor` (`id`)
		ON DELETE CASCADE
)Engine=InnoDB;
