-- RAiD — Research Activity Identifier registry service (ARDC, the Australian Research Data Commons; raid.org.au,
-- also run as a DataCite-hosted registration agency), api-svc database, PostgreSQL written as MySQL/MariaDB DDL.
-- Upstream: github.com/au-research/raid-au, commit fd80d56ceec635da566a07d0b9353df691dadd4a (Apache-2.0).
-- Made by replaying upstream's Flyway migrations api-svc/db/src/main/resources/db/migration as Flyway does on a
-- fresh install (the baseline B25__baseline.sql, then V26 ... V43; the environment-specific db/env/* scripts not)
-- into schema api_svc of an empty PostgreSQL 15 database, then writing every table from the catalogue in column
-- order (text -> TEXT, or VARCHAR(255) where it is a key or a foreign key; timestamp -> DATETIME(6);
-- boolean -> TINYINT(1); jsonb -> JSON; uuid -> CHAR(36); PostgreSQL enum types -> ENUM; serial/identity ->
-- AUTO_INCREMENT). Non-unique indexes, sequences and functions left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `access_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_type_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `service_point_id` BIGINT NOT NULL,
  `email` VARCHAR(256) NOT NULL,
  `client_id` VARCHAR(256) NOT NULL,
  `subject` VARCHAR(256) NOT NULL,
  `id_provider` ENUM('GOOGLE','AAF','RAIDO_API','ORCID') NOT NULL,
  `role` ENUM('OPERATOR','SP_ADMIN','SP_USER','API') NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `token_cutoff` DATETIME(6),
  `date_created` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `app_user_service_point_id_fkey` FOREIGN KEY (`service_point_id`) REFERENCES `service_point` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contributor` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `pid` VARCHAR(255),
  `schema_id` INT NOT NULL,
  `status` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contributor_pid_schema_id_key` (`pid`, `schema_id`),
  CONSTRAINT `contributor_schema_id_fkey` FOREIGN KEY (`schema_id`) REFERENCES `contributor_schema` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contributor_position` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contributor_position_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contributor_role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contributor_role_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contributor_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `description_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `description_type_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `language` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `language_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `pid` VARCHAR(255) NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisation_pid_schema_id_key` (`pid`, `schema_id`),
  CONSTRAINT `organisation_schema_id_fkey` FOREIGN KEY (`schema_id`) REFERENCES `organisation_schema` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` VARCHAR(255) NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisation_role_new_uri_schema_id_key` (`uri`, `schema_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_role_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` VARCHAR(255) NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisation_schema_uri_key` (`uri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid` (
  `handle` VARCHAR(128) NOT NULL,
  `service_point_id` BIGINT NOT NULL,
  `url` VARCHAR(512),
  `url_index` INT,
  `primary_title` VARCHAR(256),
  `confidential` TINYINT(1),
  `metadata_schema` ENUM('raido-metadata-schema-v1','legacy-metadata-schema-v1','raido-metadata-schema-v2') NOT NULL,
  `metadata` JSON,
  `start_date` DATE,
  `date_created` DATETIME(6) NOT NULL,
  `version` INT DEFAULT 1,
  `start_date_string` TEXT,
  `end_date` TEXT,
  `license` TEXT,
  `access_type_id` INT,
  `embargo_expiry` DATE,
  `access_statement` TEXT,
  `access_statement_language_id` INT,
  `schema_uri` TEXT,
  `registration_agency_organisation_id` INT,
  `owner_organisation_id` INT,
  PRIMARY KEY (`handle`),
  CONSTRAINT `raid_access_statement_language_id_fkey` FOREIGN KEY (`access_statement_language_id`) REFERENCES `language` (`id`),
  CONSTRAINT `raid_owner_organisation_id_fkey` FOREIGN KEY (`owner_organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `raid_registration_agency_organisation_id_fkey` FOREIGN KEY (`registration_agency_organisation_id`) REFERENCES `organisation` (`id`),
  CONSTRAINT `raid_service_point_id_fkey` FOREIGN KEY (`service_point_id`) REFERENCES `service_point` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_alternate_identifier` (
  `handle` VARCHAR(255) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`handle`, `id`, `type`),
  CONSTRAINT `raid_alternate_identifier_handle_fkey` FOREIGN KEY (`handle`) REFERENCES `raid` (`handle`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_alternate_url` (
  `handle` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`handle`, `url`),
  CONSTRAINT `raid_alternate_url_handle_fkey` FOREIGN KEY (`handle`) REFERENCES `raid` (`handle`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_archive` (
  `handle` VARCHAR(128) NOT NULL,
  `service_point_id` BIGINT NOT NULL,
  `url` VARCHAR(512),
  `url_index` INT,
  `primary_title` VARCHAR(256),
  `confidential` TINYINT(1),
  `metadata_schema` ENUM('raido-metadata-schema-v1','legacy-metadata-schema-v1','raido-metadata-schema-v2') NOT NULL,
  `metadata` JSON,
  `start_date` DATE,
  `date_created` DATETIME(6) NOT NULL,
  `version` INT DEFAULT 1,
  `start_date_string` TEXT,
  `end_date` TEXT,
  `license` TEXT,
  `access_type_id` INT,
  `embargo_expiry` DATE,
  `access_statement` TEXT,
  `access_statement_language_id` INT,
  `schema_uri` TEXT,
  `registration_agency_organisation_id` INT,
  `owner_organisation_id` INT,
  PRIMARY KEY (`handle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_contributor` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `handle` VARCHAR(255) NOT NULL,
  `contributor_id` INT NOT NULL,
  `leader` TINYINT(1),
  `contact` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `raid_contributor_contributor_id_fkey` FOREIGN KEY (`contributor_id`) REFERENCES `contributor` (`id`),
  CONSTRAINT `raid_contributor_handle_fkey` FOREIGN KEY (`handle`) REFERENCES `raid` (`handle`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_contributor_position` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `raid_contributor_id` INT NOT NULL,
  `contributor_position_id` INT NOT NULL,
  `start_date` TEXT NOT NULL,
  `end_date` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `raid_contributor_position_contributor_position_id_fkey` FOREIGN KEY (`contributor_position_id`) REFERENCES `contributor_position` (`id`),
  CONSTRAINT `raid_contributor_position_raid_contributor_id_fkey` FOREIGN KEY (`raid_contributor_id`) REFERENCES `raid_contributor` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_contributor_role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `raid_contributor_id` INT NOT NULL,
  `contributor_role_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `raid_contributor_role_contributor_role_id_fkey` FOREIGN KEY (`contributor_role_id`) REFERENCES `contributor_role` (`id`),
  CONSTRAINT `raid_contributor_role_raid_contributor_id_fkey` FOREIGN KEY (`raid_contributor_id`) REFERENCES `raid_contributor` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_description` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `handle` VARCHAR(255) NOT NULL,
  `description_type_id` INT NOT NULL,
  `text` TEXT NOT NULL,
  `language_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `raid_description_description_type_id_fkey` FOREIGN KEY (`description_type_id`) REFERENCES `description_type` (`id`),
  CONSTRAINT `raid_description_handle_fkey` FOREIGN KEY (`handle`) REFERENCES `raid` (`handle`) ON DELETE CASCADE,
  CONSTRAINT `raid_description_language_id_fkey` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_history` (
  `handle` VARCHAR(255) NOT NULL,
  `revision` INT NOT NULL,
  `change_type` VARCHAR(8) NOT NULL,
  `diff` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  PRIMARY KEY (`handle`, `revision`, `change_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_history_archive` (
  `handle` VARCHAR(255) NOT NULL,
  `revision` INT NOT NULL,
  `change_type` VARCHAR(8) NOT NULL,
  `diff` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  PRIMARY KEY (`handle`, `revision`, `change_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_organisation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `handle` VARCHAR(255) NOT NULL,
  `organisation_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `raid_organisation_handle_organisation_id_key` (`handle`, `organisation_id`),
  CONSTRAINT `raid_organisation_handle_fkey` FOREIGN KEY (`handle`) REFERENCES `raid` (`handle`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_organisation_role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `raid_organisation_id` INT NOT NULL,
  `organisation_role_id` INT NOT NULL,
  `start_date` TEXT,
  `end_date` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `raid_organisation_role_organisation_role_id_fkey` FOREIGN KEY (`organisation_role_id`) REFERENCES `organisation_role` (`id`),
  CONSTRAINT `raid_organisation_role_raid_organisation_id_fkey` FOREIGN KEY (`raid_organisation_id`) REFERENCES `raid_organisation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_related_object` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `handle` VARCHAR(255) NOT NULL,
  `related_object_id` INT NOT NULL,
  `related_object_type_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `raid_related_object_handle_fkey` FOREIGN KEY (`handle`) REFERENCES `raid` (`handle`) ON DELETE CASCADE,
  CONSTRAINT `raid_related_object_related_object_id_fkey` FOREIGN KEY (`related_object_id`) REFERENCES `related_object` (`id`),
  CONSTRAINT `raid_related_object_related_object_type_id_fkey` FOREIGN KEY (`related_object_type_id`) REFERENCES `related_object_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_related_object_category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `raid_related_object_id` INT NOT NULL,
  `related_object_category_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `raid_related_object_category_raid_related_object_id_fkey` FOREIGN KEY (`raid_related_object_id`) REFERENCES `raid_related_object` (`id`) ON DELETE CASCADE,
  CONSTRAINT `raid_related_object_category_related_object_category_id_fkey` FOREIGN KEY (`related_object_category_id`) REFERENCES `related_object_category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_spatial_coverage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `handle` VARCHAR(255) NOT NULL,
  `uri` TEXT NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `raid_spatial_coverage_handle_fkey` FOREIGN KEY (`handle`) REFERENCES `raid` (`handle`) ON DELETE CASCADE,
  CONSTRAINT `raid_spatial_coverage_schema_id_fkey` FOREIGN KEY (`schema_id`) REFERENCES `spatial_coverage_schema` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_spatial_coverage_place` (
  `raid_spatial_coverage_id` INT NOT NULL,
  `place` TEXT,
  `language_id` INT,
  CONSTRAINT `raid_spatial_coverage_place_language_id_fkey` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`),
  CONSTRAINT `raid_spatial_coverage_place_raid_spatial_coverage_id_fkey` FOREIGN KEY (`raid_spatial_coverage_id`) REFERENCES `raid_spatial_coverage` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_subject` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `handle` VARCHAR(255) NOT NULL,
  `subject_type_id` VARCHAR(255) NOT NULL,
  `subject_type_schema_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `raid_subject_handle_fkey` FOREIGN KEY (`handle`) REFERENCES `raid` (`handle`) ON DELETE CASCADE,
  CONSTRAINT `raid_subject_subject_type_fkey` FOREIGN KEY (`subject_type_id`, `subject_type_schema_id`) REFERENCES `subject_type` (`id`, `schema_id`),
  CONSTRAINT `raid_subject_subject_type_schema_id_fkey` FOREIGN KEY (`subject_type_schema_id`) REFERENCES `subject_type_schema` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_subject_keyword` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `raid_subject_id` INT NOT NULL,
  `keyword` TEXT NOT NULL,
  `language_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `raid_subject_keyword_language_id_fkey` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`),
  CONSTRAINT `raid_subject_keyword_raid_subject_id_fkey` FOREIGN KEY (`raid_subject_id`) REFERENCES `raid_subject` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_title` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `handle` VARCHAR(255) NOT NULL,
  `title_type_id` INT NOT NULL,
  `text` TEXT NOT NULL,
  `language_id` INT,
  `start_date` TEXT NOT NULL,
  `end_date` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `raid_title_handle_fkey` FOREIGN KEY (`handle`) REFERENCES `raid` (`handle`) ON DELETE CASCADE,
  CONSTRAINT `raid_title_language_id_fkey` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`),
  CONSTRAINT `raid_title_title_type_id_fkey` FOREIGN KEY (`title_type_id`) REFERENCES `title_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raid_traditional_knowledge_label` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `handle` VARCHAR(255) NOT NULL,
  `traditional_knowledge_label_id` INT,
  `traditional_knowledge_label_schema_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `raid_traditional_knowledge_l_traditional_knowledge_label__fkey1` FOREIGN KEY (`traditional_knowledge_label_schema_id`) REFERENCES `traditional_knowledge_label_schema` (`id`),
  CONSTRAINT `raid_traditional_knowledge_la_traditional_knowledge_label__fkey` FOREIGN KEY (`traditional_knowledge_label_id`) REFERENCES `traditional_knowledge_label` (`id`),
  CONSTRAINT `raid_traditional_knowledge_label_handle_fkey` FOREIGN KEY (`handle`) REFERENCES `raid` (`handle`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raido_operator` (
  `email` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `related_object` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `pid` VARCHAR(255) NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `related_object_pid_schema_id_key` (`pid`, `schema_id`),
  CONSTRAINT `related_object_schema_id_fkey` FOREIGN KEY (`schema_id`) REFERENCES `related_object_schema` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `related_object_category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` VARCHAR(255) NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `related_object_category_new_uri_schema_id_key` (`uri`, `schema_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `related_object_category_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `related_object_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` VARCHAR(255) NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `related_object_schema_uri_key` (`uri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `related_object_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` VARCHAR(255) NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `related_object_type_new_uri_schema_id_key` (`uri`, `schema_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `related_object_type_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `related_raid` (
  `handle` VARCHAR(255) NOT NULL,
  `related_raid_handle` VARCHAR(255) NOT NULL,
  `related_raid_type_id` INT NOT NULL,
  PRIMARY KEY (`handle`, `related_raid_handle`),
  CONSTRAINT `related_raid_handle_fkey` FOREIGN KEY (`handle`) REFERENCES `raid` (`handle`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `related_raid_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` VARCHAR(255) NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `related_raid_type_new_uri_schema_id_key` (`uri`, `schema_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `related_raid_type_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_point` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256) NOT NULL,
  `search_content` VARCHAR(256),
  `admin_email` VARCHAR(256) NOT NULL,
  `tech_email` VARCHAR(256) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `lower_name` VARCHAR(255),
  `identifier_owner` CHAR(25) NOT NULL,
  `app_writes_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `repository_id` VARCHAR(255),
  `prefix` TEXT,
  `password` TEXT,
  `group_id` CHAR(36),
  `created` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_name` (`lower_name`),
  UNIQUE KEY `unique_repository_id` (`repository_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spatial_coverage_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` VARCHAR(255) NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `spatial_coverage_schema_uri_key` (`uri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subject_type` (
  `id` VARCHAR(6) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `note` TEXT,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`, `schema_id`),
  CONSTRAINT `fk_subject_type_schema_id` FOREIGN KEY (`schema_id`) REFERENCES `subject_type_schema` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subject_type_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  `id_starts_with` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `title_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `title_type_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token` (
  `name` VARCHAR(255) NOT NULL,
  `environment` VARCHAR(255) NOT NULL,
  `date_created` DATETIME(6) NOT NULL,
  `token` TEXT NOT NULL,
  `s3_export` JSON NOT NULL,
  PRIMARY KEY (`name`, `environment`, `date_created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `traditional_knowledge_label` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` VARCHAR(255) NOT NULL,
  `schema_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `traditional_knowledge_label_new_uri_schema_id_key` (`uri`, `schema_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `traditional_knowledge_label_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `traditional_knowledge_notice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `schema_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `traditional_knowledge_notice_schema_id_fkey` FOREIGN KEY (`schema_id`) REFERENCES `traditional_knowledge_notice_schema` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `traditional_knowledge_notice_schema` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uri` TEXT NOT NULL,
  `status` ENUM('active','inactive'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_authz_request` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `status` ENUM('REQUESTED','APPROVED','REJECTED') NOT NULL,
  `service_point_id` BIGINT NOT NULL,
  `email` VARCHAR(256) NOT NULL,
  `client_id` VARCHAR(256) NOT NULL,
  `id_provider` ENUM('GOOGLE','AAF','RAIDO_API','ORCID') NOT NULL,
  `subject` VARCHAR(256) NOT NULL,
  `responding_user` BIGINT,
  `approved_user` BIGINT,
  `description` TEXT NOT NULL,
  `date_requested` DATETIME(6),
  `date_responded` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `user_authz_request_approved_user_fkey` FOREIGN KEY (`approved_user`) REFERENCES `app_user` (`id`),
  CONSTRAINT `user_authz_request_responding_user_fkey` FOREIGN KEY (`responding_user`) REFERENCES `app_user` (`id`),
  CONSTRAINT `user_authz_request_service_point_id_fkey` FOREIGN KEY (`service_point_id`) REFERENCES `service_point` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
