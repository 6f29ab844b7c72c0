-- openBIS (ETH Zurich, Scientific IT Services; ELN-LIMS and data management), database version 192.
-- Upstream sissource.ethz.ch/sispub/openbis, read from the GitHub copy github.com/empa-scientific-it/openbis at the
-- upstream commit 92819d8e7223087e07c35110bb594240b2847d81 (2023-06-09, SSDM-13637; licence Apache-2.0).
-- Sources: server-application-server/source/sql/generic/192/schema-192.sql (tables, primary, unique and foreign key
-- constraints) + server-application-server/source/sql/postgresql/192/domains-192.sql (the domain types), PostgreSQL
-- written as MySQL by a script: every table (63) kept, names lower-cased as PostgreSQL stores the unquoted
-- identifiers, columns in upstream order; domains resolved to their base types (TECH_ID bigint, CODE varchar(100),
-- BOOLEAN_CHAR tinyint(1), TIME_STAMP timestamptz -> datetime(6), TEXT_VALUE text, FILE bytea -> longblob, JSONB -> json,
-- TSVECTOR -> text, arrays -> json); the ALTER TABLE ... ADD CONSTRAINT primary, unique and foreign keys written inside
-- CREATE TABLE (DEFERRABLE clauses dropped; persons <-> spaces form a cycle, hence FOREIGN_KEY_CHECKS=0); check
-- constraints, expression unique indexes (coalesce), views, sequences, triggers and indexes left out.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `data_stores` (
  `id` bigint NOT NULL,
  `uuid` varchar(100) NOT NULL,
  `code` varchar(100) NOT NULL,
  `download_url` varchar(1024) NOT NULL,
  `remote_url` varchar(250) NOT NULL,
  `session_token` varchar(50) NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `is_archiver_configured` tinyint(1) NOT NULL DEFAULT 0,
  `data_source_definitions` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dast_bk_uk` (`code`, `uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_store_services` (
  `id` bigint NOT NULL,
  `key` varchar(256) NOT NULL,
  `label` varchar(256) NOT NULL,
  `kind` varchar(40) NOT NULL,
  `data_store_id` bigint NOT NULL,
  `reporting_plugin_type` varchar(40),
  PRIMARY KEY (`id`),
  UNIQUE KEY `dsse_bk_uk` (`key`, `data_store_id`),
  CONSTRAINT `dsse_ds_fk` FOREIGN KEY (`data_store_id`) REFERENCES `data_stores` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_types` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `description` varchar(2000) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `daty_bk_uk` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachment_contents` (
  `id` bigint NOT NULL,
  `value` longblob NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_format_types` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `description` varchar(2000),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ffty_bk_uk` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locator_types` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `description` varchar(2000),
  PRIMARY KEY (`id`),
  UNIQUE KEY `loty_bk_uk` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationship_types` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `label` varchar(128),
  `parent_label` varchar(128),
  `child_label` varchar(128),
  `description` varchar(2000),
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint NOT NULL,
  `is_managed_internally` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rety_uk` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_plugins` (
  `id` bigint NOT NULL,
  `name` varchar(200) NOT NULL,
  `version` int NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `master_reg_script` text,
  UNIQUE KEY `copl_name_ver_uk` (`name`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_registration_dataset_queue` (
  `id` bigint NOT NULL,
  `ds_id` bigint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_operations_log` (
  `id` bigint NOT NULL,
  `registration_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `eol_reg_id_uk` (`registration_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_data_management_systems` (
  `id` bigint,
  `code` varchar(100) NOT NULL,
  `label` text,
  `address` text NOT NULL,
  `address_type` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `edms_code_uk` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_set_copies_history` (
  `id` bigint NOT NULL,
  `cc_id` bigint NOT NULL,
  `data_id` bigint NOT NULL,
  `external_code` text,
  `path` text,
  `git_commit_hash` text,
  `git_repository_id` text,
  `edms_id` bigint NOT NULL,
  `edms_code` varchar(100),
  `edms_label` text,
  `edms_address` text,
  `pers_id_author` bigint,
  `valid_from_timestamp` datetime(6) NOT NULL,
  `valid_until_timestamp` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons` (
  `id` bigint NOT NULL,
  `first_name` varchar(30),
  `last_name` varchar(30),
  `user_id` varchar(50) NOT NULL,
  `email` varchar(50),
  `space_id` bigint,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint,
  `display_settings` longblob,
  `is_active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pers_bk_uk` (`user_id`),
  CONSTRAINT `pers_space_fk` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE SET NULL,
  CONSTRAINT `pers_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `controlled_vocabularies` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `description` varchar(2000),
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint NOT NULL,
  `is_managed_internally` tinyint(1) NOT NULL DEFAULT 0,
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `is_chosen_from_list` tinyint(1) NOT NULL DEFAULT 1,
  `source_uri` varchar(250),
  PRIMARY KEY (`id`),
  UNIQUE KEY `covo_bk_uk` (`code`, `is_managed_internally`),
  CONSTRAINT `covo_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `controlled_vocabulary_terms` (
  `id` bigint NOT NULL,
  `code` varchar(50) NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `covo_id` bigint NOT NULL,
  `pers_id_registerer` bigint NOT NULL,
  `label` varchar(128),
  `description` varchar(2000),
  `ordinal` bigint NOT NULL,
  `is_official` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cvte_bk_uk` (`code`, `covo_id`),
  CONSTRAINT `cvte_covo_fk` FOREIGN KEY (`covo_id`) REFERENCES `controlled_vocabularies` (`id`),
  CONSTRAINT `cvte_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` bigint NOT NULL,
  `event_type` varchar(40) NOT NULL,
  `description` text,
  `reason` varchar(2000),
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `entity_type` varchar(80) NOT NULL,
  `identifiers` text NOT NULL,
  `content` text,
  `exac_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `evnt_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `evnt_exac_fk` FOREIGN KEY (`exac_id`) REFERENCES `attachment_contents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_search` (
  `id` bigint NOT NULL,
  `event_type` varchar(40) NOT NULL,
  `entity_type` text NOT NULL,
  `entity_space` text,
  `entity_space_perm_id` text,
  `entity_project` text,
  `entity_project_perm_id` text,
  `entity_registerer` text,
  `entity_registration_timestamp` datetime(6),
  `identifier` text NOT NULL,
  `description` text,
  `reason` text,
  `content` text,
  `exac_id` bigint,
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `events_search_pers_id_registerer_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `events_search_exac_id_fk` FOREIGN KEY (`exac_id`) REFERENCES `attachment_contents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grid_custom_columns` (
  `id` bigint NOT NULL,
  `code` varchar(200) NOT NULL,
  `label` varchar(128) NOT NULL,
  `description` varchar(2000),
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint NOT NULL,
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `expression` varchar(2000) NOT NULL,
  `is_public` tinyint(1) NOT NULL,
  `grid_id` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `grid_custom_columns_bk_uk` (`code`, `grid_id`),
  CONSTRAINT `grid_custom_columns_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spaces` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `description` varchar(2000),
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint NOT NULL,
  `frozen` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_proj` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_samp` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `space_idfrz_uk` (`id`, `frozen`),
  UNIQUE KEY `space_idfrz_p_uk` (`id`, `frozen_for_proj`),
  UNIQUE KEY `space_idfrz_s_uk` (`id`, `frozen_for_samp`),
  UNIQUE KEY `space_bk_uk` (`code`),
  CONSTRAINT `space_pers_fk_registerer` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deletions` (
  `id` bigint NOT NULL,
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `reason` varchar(2000) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `del_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` bigint NOT NULL,
  `perm_id` varchar(100) NOT NULL,
  `code` varchar(100) NOT NULL,
  `space_id` bigint NOT NULL,
  `pers_id_leader` bigint,
  `description` text,
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_modifier` bigint,
  `version` int DEFAULT 0,
  `frozen` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_exp` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_samp` tinyint(1) NOT NULL DEFAULT 0,
  `space_frozen` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `proj_idfrz_uk` (`id`, `frozen`),
  UNIQUE KEY `proj_idfrz_e_uk` (`id`, `frozen_for_exp`),
  UNIQUE KEY `proj_idfrz_s_uk` (`id`, `frozen_for_samp`),
  UNIQUE KEY `proj_bk_uk` (`code`, `space_id`),
  UNIQUE KEY `proj_pi_uk` (`perm_id`),
  CONSTRAINT `proj_space_fk` FOREIGN KEY (`space_id`, `space_frozen`) REFERENCES `spaces` (`id`, `frozen_for_proj`) ON UPDATE CASCADE,
  CONSTRAINT `proj_pers_fk_leader` FOREIGN KEY (`pers_id_leader`) REFERENCES `persons` (`id`),
  CONSTRAINT `proj_pers_fk_registerer` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `proj_pers_fk_mod` FOREIGN KEY (`pers_id_modifier`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authorization_groups` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `description` varchar(2000),
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint NOT NULL,
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ag_bk_uk` (`code`),
  CONSTRAINT `ag_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_assignments` (
  `id` bigint NOT NULL,
  `role_code` varchar(40) NOT NULL,
  `space_id` bigint,
  `project_id` bigint,
  `pers_id_grantee` bigint,
  `ag_id_grantee` bigint,
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `roas_space_fk` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE,
  CONSTRAINT `roas_project_fk` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `roas_pers_fk_grantee` FOREIGN KEY (`pers_id_grantee`) REFERENCES `persons` (`id`) ON DELETE CASCADE,
  CONSTRAINT `roas_ag_fk_grantee` FOREIGN KEY (`ag_id_grantee`) REFERENCES `authorization_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `roas_pers_fk_registerer` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authorization_group_persons` (
  `ag_id` bigint NOT NULL,
  `pers_id` bigint NOT NULL,
  PRIMARY KEY (`pers_id`, `ag_id`),
  CONSTRAINT `agp_ag_fk` FOREIGN KEY (`ag_id`) REFERENCES `authorization_groups` (`id`),
  CONSTRAINT `agp_pers_fk` FOREIGN KEY (`pers_id`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filters` (
  `id` bigint NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` varchar(2000),
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint NOT NULL,
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `expression` text NOT NULL,
  `is_public` tinyint(1) NOT NULL,
  `grid_id` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `filt_bk_uk` (`name`, `grid_id`),
  CONSTRAINT `filt_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `queries` (
  `id` bigint NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` varchar(2000),
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint NOT NULL,
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `expression` text NOT NULL,
  `is_public` tinyint(1) NOT NULL,
  `query_type` varchar(40) NOT NULL,
  `entity_type_code` varchar(100),
  `db_key` varchar(100) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  UNIQUE KEY `quer_bk_uk` (`name`),
  CONSTRAINT `quer_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scripts` (
  `id` bigint NOT NULL,
  `name` varchar(200) NOT NULL,
  `script_type` varchar(40) NOT NULL,
  `description` varchar(2000),
  `script` text,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint NOT NULL,
  `entity_kind` varchar(40),
  `plugin_type` varchar(40) NOT NULL DEFAULT 'JYTHON',
  `is_available` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scri_uk` (`name`),
  CONSTRAINT `scri_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiment_types` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `description` varchar(2000),
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `validation_script_id` bigint,
  `meta_data` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `exty_bk_uk` (`code`),
  CONSTRAINT `exty_script_fk` FOREIGN KEY (`validation_script_id`) REFERENCES `scripts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments_all` (
  `id` bigint NOT NULL,
  `perm_id` varchar(100) NOT NULL,
  `code` varchar(100) NOT NULL,
  `exty_id` bigint NOT NULL,
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `proj_id` bigint NOT NULL,
  `del_id` bigint,
  `orig_del` bigint,
  `is_public` tinyint(1) NOT NULL DEFAULT 0,
  `pers_id_modifier` bigint,
  `version` int DEFAULT 0,
  `frozen` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_samp` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_data` tinyint(1) NOT NULL DEFAULT 0,
  `proj_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `tsvector_document` text NOT NULL,
  `meta_data` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `expe_idfrz_uk` (`id`, `frozen`),
  UNIQUE KEY `expe_idfrz_s_uk` (`id`, `frozen_for_samp`),
  UNIQUE KEY `expe_idfrz_d_uk` (`id`, `frozen_for_data`),
  UNIQUE KEY `expe_bk_uk` (`code`, `proj_id`),
  UNIQUE KEY `expe_pi_uk` (`perm_id`),
  CONSTRAINT `expe_exty_fk` FOREIGN KEY (`exty_id`) REFERENCES `experiment_types` (`id`),
  CONSTRAINT `expe_del_fk` FOREIGN KEY (`del_id`) REFERENCES `deletions` (`id`),
  CONSTRAINT `expe_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `expe_proj_fk` FOREIGN KEY (`proj_id`, `proj_frozen`) REFERENCES `projects` (`id`, `frozen_for_exp`) ON UPDATE CASCADE,
  CONSTRAINT `expe_pers_fk_mod` FOREIGN KEY (`pers_id_modifier`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `material_types` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `description` varchar(2000),
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `validation_script_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `maty_bk_uk` (`code`),
  CONSTRAINT `maty_script_fk` FOREIGN KEY (`validation_script_id`) REFERENCES `scripts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `materials` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `maty_id` bigint NOT NULL,
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `tsvector_document` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mate_bk_uk` (`code`, `maty_id`),
  CONSTRAINT `mate_maty_fk` FOREIGN KEY (`maty_id`) REFERENCES `material_types` (`id`),
  CONSTRAINT `mate_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_set_types` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `description` varchar(2000),
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `main_ds_pattern` varchar(300),
  `main_ds_path` varchar(1000),
  `deletion_disallow` tinyint(1) DEFAULT 0,
  `validation_script_id` bigint,
  `meta_data` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dsty_bk_uk` (`code`),
  CONSTRAINT `dsty_script_fk` FOREIGN KEY (`validation_script_id`) REFERENCES `scripts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_store_service_data_set_types` (
  `data_store_service_id` bigint NOT NULL,
  `data_set_type_id` bigint NOT NULL,
  UNIQUE KEY `dssdst_bk_uk` (`data_store_service_id`, `data_set_type_id`),
  CONSTRAINT `dssdst_ds_fk` FOREIGN KEY (`data_store_service_id`) REFERENCES `data_store_services` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dssdst_dst_fk` FOREIGN KEY (`data_set_type_id`) REFERENCES `data_set_types` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample_types` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `description` varchar(2000),
  `is_listable` tinyint(1) NOT NULL DEFAULT 1,
  `generated_from_depth` int NOT NULL DEFAULT 0,
  `part_of_depth` int NOT NULL DEFAULT 0,
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `is_auto_generated_code` tinyint(1) NOT NULL DEFAULT 0,
  `generated_code_prefix` varchar(100) NOT NULL DEFAULT 'S',
  `is_subcode_unique` tinyint(1) NOT NULL DEFAULT 0,
  `inherit_properties` tinyint(1) NOT NULL DEFAULT 0,
  `validation_script_id` bigint,
  `show_parent_metadata` tinyint(1) NOT NULL DEFAULT 0,
  `meta_data` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `saty_bk_uk` (`code`),
  CONSTRAINT `saty_script_fk` FOREIGN KEY (`validation_script_id`) REFERENCES `scripts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `property_types` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `description` varchar(2000) NOT NULL,
  `label` varchar(128) NOT NULL,
  `daty_id` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint NOT NULL,
  `covo_id` bigint,
  `is_managed_internally` tinyint(1) NOT NULL DEFAULT 0,
  `maty_prop_id` bigint,
  `saty_prop_id` bigint,
  `schema` text,
  `transformation` text,
  `meta_data` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prty_bk_uk` (`code`, `is_managed_internally`),
  CONSTRAINT `prty_covo_fk` FOREIGN KEY (`covo_id`) REFERENCES `controlled_vocabularies` (`id`),
  CONSTRAINT `prty_daty_fk` FOREIGN KEY (`daty_id`) REFERENCES `data_types` (`id`),
  CONSTRAINT `prty_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `prty_maty_fk` FOREIGN KEY (`maty_prop_id`) REFERENCES `material_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `prty_saty_fk` FOREIGN KEY (`saty_prop_id`) REFERENCES `sample_types` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiment_type_property_types` (
  `id` bigint NOT NULL,
  `exty_id` bigint NOT NULL,
  `prty_id` bigint NOT NULL,
  `is_mandatory` tinyint(1) NOT NULL DEFAULT 0,
  `is_managed_internally` tinyint(1) NOT NULL DEFAULT 0,
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `ordinal` bigint NOT NULL,
  `section` varchar(2000),
  `script_id` bigint,
  `is_shown_edit` tinyint(1) NOT NULL DEFAULT 1,
  `show_raw_value` tinyint(1) NOT NULL DEFAULT 0,
  `is_unique` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `etpt_bk_uk` (`exty_id`, `prty_id`),
  UNIQUE KEY `experiment_type_property_types_unique` (`id`, `is_unique`),
  CONSTRAINT `etpt_exty_fk` FOREIGN KEY (`exty_id`) REFERENCES `experiment_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `etpt_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `etpt_prty_fk` FOREIGN KEY (`prty_id`) REFERENCES `property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `etpt_script_fk` FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiment_properties` (
  `id` bigint NOT NULL,
  `expe_id` bigint NOT NULL,
  `etpt_id` bigint NOT NULL,
  `value` text,
  `cvte_id` bigint,
  `mate_prop_id` bigint,
  `samp_prop_id` bigint,
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_author` bigint NOT NULL,
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `expe_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `tsvector_document` text NOT NULL,
  `is_unique` tinyint(1) NOT NULL DEFAULT 0,
  `integer_array_value` json,
  `real_array_value` json,
  `string_array_value` json,
  `timestamp_array_value` json,
  `json_value` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `expr_bk_uk` (`expe_id`, `etpt_id`),
  CONSTRAINT `expr_cvte_fk` FOREIGN KEY (`cvte_id`) REFERENCES `controlled_vocabulary_terms` (`id`),
  CONSTRAINT `expr_etpt_fk` FOREIGN KEY (`etpt_id`) REFERENCES `experiment_type_property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `expr_expe_fk` FOREIGN KEY (`expe_id`, `expe_frozen`) REFERENCES `experiments_all` (`id`, `frozen`) ON UPDATE CASCADE,
  CONSTRAINT `expr_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `expr_mapr_fk` FOREIGN KEY (`mate_prop_id`) REFERENCES `materials` (`id`),
  CONSTRAINT `expr_auth_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION,
  CONSTRAINT `experiment_properties_unique_fk` FOREIGN KEY (`etpt_id`, `is_unique`) REFERENCES `experiment_type_property_types` (`id`, `is_unique`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiment_properties_history` (
  `id` bigint NOT NULL,
  `expe_id` bigint NOT NULL,
  `etpt_id` bigint NOT NULL,
  `value` text,
  `vocabulary_term` varchar(200),
  `material` varchar(200),
  `sample` varchar(200),
  `pers_id_author` bigint NOT NULL,
  `valid_from_timestamp` datetime(6) NOT NULL,
  `valid_until_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `integer_array_value` json,
  `real_array_value` json,
  `string_array_value` json,
  `timestamp_array_value` json,
  `json_value` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `exprh_etpt_fk` FOREIGN KEY (`etpt_id`) REFERENCES `experiment_type_property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `exprh_expe_fk` FOREIGN KEY (`expe_id`) REFERENCES `experiments_all` (`id`) ON DELETE CASCADE,
  CONSTRAINT `exprh_auth_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `material_type_property_types` (
  `id` bigint NOT NULL,
  `maty_id` bigint NOT NULL,
  `prty_id` bigint NOT NULL,
  `is_mandatory` tinyint(1) NOT NULL DEFAULT 0,
  `is_managed_internally` tinyint(1) NOT NULL DEFAULT 0,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint NOT NULL,
  `ordinal` bigint NOT NULL,
  `section` varchar(2000),
  `script_id` bigint,
  `is_shown_edit` tinyint(1) NOT NULL DEFAULT 1,
  `show_raw_value` tinyint(1) NOT NULL DEFAULT 0,
  `is_unique` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mtpt_bk_uk` (`maty_id`, `prty_id`),
  UNIQUE KEY `material_type_property_types_unique` (`id`, `is_unique`),
  CONSTRAINT `mtpt_maty_fk` FOREIGN KEY (`maty_id`) REFERENCES `material_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mtpt_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `mtpt_prty_fk` FOREIGN KEY (`prty_id`) REFERENCES `property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mtpt_script_fk` FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `material_properties` (
  `id` bigint NOT NULL,
  `mate_id` bigint NOT NULL,
  `mtpt_id` bigint NOT NULL,
  `value` text,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_author` bigint NOT NULL,
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint NOT NULL,
  `cvte_id` bigint,
  `mate_prop_id` bigint,
  `tsvector_document` text NOT NULL,
  `is_unique` tinyint(1) NOT NULL DEFAULT 0,
  `integer_array_value` json,
  `real_array_value` json,
  `string_array_value` json,
  `timestamp_array_value` json,
  `json_value` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mapr_bk_uk` (`mate_id`, `mtpt_id`),
  CONSTRAINT `mapr_cvte_fk` FOREIGN KEY (`cvte_id`) REFERENCES `controlled_vocabulary_terms` (`id`),
  CONSTRAINT `mapr_mapr_fk` FOREIGN KEY (`mate_prop_id`) REFERENCES `materials` (`id`),
  CONSTRAINT `mapr_mate_fk` FOREIGN KEY (`mate_id`) REFERENCES `materials` (`id`),
  CONSTRAINT `mapr_mtpt_fk` FOREIGN KEY (`mtpt_id`) REFERENCES `material_type_property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mapr_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `mapr_auth_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION,
  CONSTRAINT `material_properties_unique_fk` FOREIGN KEY (`mtpt_id`, `is_unique`) REFERENCES `material_type_property_types` (`id`, `is_unique`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `material_properties_history` (
  `id` bigint NOT NULL,
  `mate_id` bigint NOT NULL,
  `mtpt_id` bigint NOT NULL,
  `value` text,
  `vocabulary_term` varchar(200),
  `material` varchar(200),
  `pers_id_author` bigint NOT NULL,
  `valid_from_timestamp` datetime(6) NOT NULL,
  `valid_until_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `integer_array_value` json,
  `real_array_value` json,
  `string_array_value` json,
  `timestamp_array_value` json,
  `json_value` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `maprh_mate_fk` FOREIGN KEY (`mate_id`) REFERENCES `materials` (`id`) ON DELETE CASCADE,
  CONSTRAINT `maprh_mtpt_fk` FOREIGN KEY (`mtpt_id`) REFERENCES `material_type_property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `maprh_auth_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `samples_all` (
  `id` bigint NOT NULL,
  `perm_id` varchar(100) NOT NULL,
  `sample_identifier` varchar(404),
  `code` varchar(100) NOT NULL,
  `expe_id` bigint,
  `saty_id` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint NOT NULL,
  `del_id` bigint,
  `orig_del` bigint,
  `space_id` bigint,
  `samp_id_part_of` bigint,
  `pers_id_modifier` bigint,
  `code_unique_check` varchar(300),
  `subcode_unique_check` varchar(300),
  `version` int DEFAULT 0,
  `proj_id` bigint,
  `frozen` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_comp` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_children` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_parents` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_data` tinyint(1) NOT NULL DEFAULT 0,
  `space_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `proj_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `expe_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `cont_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `tsvector_document` text NOT NULL,
  `meta_data` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `samp_idfrz_uk` (`id`, `frozen`),
  UNIQUE KEY `samp_idfrz_c_uk` (`id`, `frozen_for_comp`),
  UNIQUE KEY `samp_idfrz_ch_uk` (`id`, `frozen_for_children`),
  UNIQUE KEY `samp_idfrz_p_uk` (`id`, `frozen_for_parents`),
  UNIQUE KEY `samp_idfrz_d_uk` (`id`, `frozen_for_data`),
  UNIQUE KEY `samp_pi_uk` (`perm_id`),
  UNIQUE KEY `samp_code_unique_check_uk` (`code_unique_check`),
  UNIQUE KEY `samp_subcode_unique_check_uk` (`subcode_unique_check`),
  UNIQUE KEY `samp_identifier_uk` (`sample_identifier`),
  CONSTRAINT `samp_space_fk` FOREIGN KEY (`space_id`, `space_frozen`) REFERENCES `spaces` (`id`, `frozen_for_samp`) ON UPDATE CASCADE,
  CONSTRAINT `samp_proj_fk` FOREIGN KEY (`proj_id`, `proj_frozen`) REFERENCES `projects` (`id`, `frozen_for_samp`) ON UPDATE CASCADE,
  CONSTRAINT `samp_del_fk` FOREIGN KEY (`del_id`) REFERENCES `deletions` (`id`),
  CONSTRAINT `samp_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `samp_samp_fk_part_of` FOREIGN KEY (`samp_id_part_of`, `cont_frozen`) REFERENCES `samples_all` (`id`, `frozen_for_comp`) ON UPDATE CASCADE,
  CONSTRAINT `samp_expe_fk` FOREIGN KEY (`expe_id`, `expe_frozen`) REFERENCES `experiments_all` (`id`, `frozen_for_samp`) ON UPDATE CASCADE,
  CONSTRAINT `samp_saty_fk` FOREIGN KEY (`saty_id`) REFERENCES `sample_types` (`id`),
  CONSTRAINT `samp_pers_fk_mod` FOREIGN KEY (`pers_id_modifier`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_all` (
  `id` bigint NOT NULL,
  `code` varchar(100),
  `data_set_kind` varchar(40) NOT NULL DEFAULT 'PHYSICAL',
  `dsty_id` bigint NOT NULL,
  `dast_id` bigint NOT NULL,
  `expe_id` bigint,
  `data_producer_code` varchar(100),
  `production_timestamp` datetime(6),
  `samp_id` bigint,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_registerer` bigint,
  `is_valid` tinyint(1) DEFAULT 1,
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `access_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_derived` tinyint(1) NOT NULL,
  `del_id` bigint,
  `orig_del` bigint,
  `pers_id_modifier` bigint,
  `version` int DEFAULT 0,
  `frozen` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_children` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_parents` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_comps` tinyint(1) NOT NULL DEFAULT 0,
  `frozen_for_conts` tinyint(1) NOT NULL DEFAULT 0,
  `expe_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `samp_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `tsvector_document` text NOT NULL,
  `meta_data` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `data_idfrz_uk` (`id`, `frozen`),
  UNIQUE KEY `data_idfrz_ch_uk` (`id`, `frozen_for_children`),
  UNIQUE KEY `data_idfrz_p_uk` (`id`, `frozen_for_parents`),
  UNIQUE KEY `data_idfrz_comp_uk` (`id`, `frozen_for_comps`),
  UNIQUE KEY `data_idfrz_cont_uk` (`id`, `frozen_for_conts`),
  UNIQUE KEY `data_bk_uk` (`code`),
  CONSTRAINT `data_dsty_fk` FOREIGN KEY (`dsty_id`) REFERENCES `data_set_types` (`id`),
  CONSTRAINT `data_expe_fk` FOREIGN KEY (`expe_id`, `expe_frozen`) REFERENCES `experiments_all` (`id`, `frozen_for_data`) ON UPDATE CASCADE,
  CONSTRAINT `data_samp_fk` FOREIGN KEY (`samp_id`, `samp_frozen`) REFERENCES `samples_all` (`id`, `frozen_for_data`) ON UPDATE CASCADE,
  CONSTRAINT `data_dast_fk` FOREIGN KEY (`dast_id`) REFERENCES `data_stores` (`id`),
  CONSTRAINT `data_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `data_del_fk` FOREIGN KEY (`del_id`) REFERENCES `deletions` (`id`),
  CONSTRAINT `data_pers_fk_mod` FOREIGN KEY (`pers_id_modifier`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_set_relationships_all` (
  `data_id_parent` bigint NOT NULL,
  `data_id_child` bigint NOT NULL,
  `relationship_id` bigint NOT NULL,
  `ordinal` int,
  `del_id` bigint,
  `pers_id_author` bigint,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `parent_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `child_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `comp_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `cont_frozen` tinyint(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `dsre_bk_uk` (`data_id_child`, `data_id_parent`, `relationship_id`),
  CONSTRAINT `dsre_data_fk_child` FOREIGN KEY (`data_id_child`, `child_frozen`) REFERENCES `data_all` (`id`, `frozen_for_parents`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `dsre_data_fk_parent` FOREIGN KEY (`data_id_parent`, `parent_frozen`) REFERENCES `data_all` (`id`, `frozen_for_children`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `dsre_data_fk_comp` FOREIGN KEY (`data_id_child`, `comp_frozen`) REFERENCES `data_all` (`id`, `frozen_for_conts`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `dsre_data_fk_cont` FOREIGN KEY (`data_id_parent`, `cont_frozen`) REFERENCES `data_all` (`id`, `frozen_for_comps`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `dsre_data_fk_relationship` FOREIGN KEY (`relationship_id`) REFERENCES `relationship_types` (`id`),
  CONSTRAINT `dsre_del_fk` FOREIGN KEY (`del_id`) REFERENCES `deletions` (`id`),
  CONSTRAINT `data_set_relationships_pers_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` bigint NOT NULL,
  `expe_id` bigint,
  `samp_id` bigint,
  `proj_id` bigint,
  `exac_id` bigint NOT NULL,
  `file_name` varchar(255) NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `version` int NOT NULL,
  `pers_id_registerer` bigint NOT NULL,
  `title` varchar(100),
  `description` varchar(2000),
  `proj_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `expe_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `samp_frozen` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `atta_expe_bk_uk` (`expe_id`, `file_name`, `version`),
  UNIQUE KEY `atta_proj_bk_uk` (`proj_id`, `file_name`, `version`),
  UNIQUE KEY `atta_samp_bk_uk` (`samp_id`, `file_name`, `version`),
  CONSTRAINT `atta_expe_fk` FOREIGN KEY (`expe_id`, `expe_frozen`) REFERENCES `experiments_all` (`id`, `frozen`) ON UPDATE CASCADE,
  CONSTRAINT `atta_proj_fk` FOREIGN KEY (`proj_id`, `proj_frozen`) REFERENCES `projects` (`id`, `frozen`) ON UPDATE CASCADE,
  CONSTRAINT `atta_samp_fk` FOREIGN KEY (`samp_id`, `samp_frozen`) REFERENCES `samples_all` (`id`, `frozen`) ON UPDATE CASCADE,
  CONSTRAINT `atta_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `atta_cont_fk` FOREIGN KEY (`exac_id`) REFERENCES `attachment_contents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_data` (
  `id` bigint NOT NULL,
  `share_id` varchar(100),
  `size` bigint,
  `location` varchar(1024) NOT NULL,
  `ffty_id` bigint NOT NULL,
  `loty_id` bigint NOT NULL,
  `cvte_id_stor_fmt` bigint NOT NULL,
  `is_complete` char(1) NOT NULL DEFAULT 'U',
  `cvte_id_store` bigint,
  `status` varchar(100) NOT NULL DEFAULT 'AVAILABLE',
  `present_in_archive` tinyint(1) DEFAULT 0,
  `speed_hint` int NOT NULL DEFAULT -50,
  `storage_confirmation` tinyint(1) NOT NULL DEFAULT 0,
  `h5_folders` tinyint(1) NOT NULL,
  `h5ar_folders` tinyint(1) NOT NULL,
  `archiving_requested` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `exda_bk_uk` (`location`, `loty_id`),
  CONSTRAINT `exda_cvte_fk` FOREIGN KEY (`cvte_id_stor_fmt`) REFERENCES `controlled_vocabulary_terms` (`id`),
  CONSTRAINT `exda_cvte_stored_on_fk` FOREIGN KEY (`cvte_id_store`) REFERENCES `controlled_vocabulary_terms` (`id`),
  CONSTRAINT `exda_data_fk` FOREIGN KEY (`id`) REFERENCES `data_all` (`id`),
  CONSTRAINT `exda_ffty_fk` FOREIGN KEY (`ffty_id`) REFERENCES `file_format_types` (`id`),
  CONSTRAINT `exda_loty_fk` FOREIGN KEY (`loty_id`) REFERENCES `locator_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample_type_property_types` (
  `id` bigint NOT NULL,
  `saty_id` bigint NOT NULL,
  `prty_id` bigint NOT NULL,
  `is_mandatory` tinyint(1) NOT NULL DEFAULT 0,
  `is_managed_internally` tinyint(1) NOT NULL DEFAULT 0,
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_displayed` tinyint(1) NOT NULL DEFAULT 1,
  `ordinal` bigint NOT NULL,
  `section` varchar(2000),
  `script_id` bigint,
  `is_shown_edit` tinyint(1) NOT NULL DEFAULT 1,
  `show_raw_value` tinyint(1) NOT NULL DEFAULT 0,
  `is_unique` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `stpt_bk_uk` (`saty_id`, `prty_id`),
  UNIQUE KEY `sample_type_property_types_unique` (`id`, `is_unique`),
  CONSTRAINT `stpt_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `stpt_prty_fk` FOREIGN KEY (`prty_id`) REFERENCES `property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `stpt_saty_fk` FOREIGN KEY (`saty_id`) REFERENCES `sample_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `stpt_script_fk` FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample_properties` (
  `id` bigint NOT NULL,
  `samp_id` bigint NOT NULL,
  `stpt_id` bigint NOT NULL,
  `value` text,
  `cvte_id` bigint,
  `mate_prop_id` bigint,
  `samp_prop_id` bigint,
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_author` bigint NOT NULL,
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `samp_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `tsvector_document` text NOT NULL,
  `is_unique` tinyint(1) NOT NULL DEFAULT 0,
  `integer_array_value` json,
  `real_array_value` json,
  `string_array_value` json,
  `timestamp_array_value` json,
  `json_value` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sapr_bk_uk` (`samp_id`, `stpt_id`),
  CONSTRAINT `sapr_cvte_fk` FOREIGN KEY (`cvte_id`) REFERENCES `controlled_vocabulary_terms` (`id`),
  CONSTRAINT `sapr_mapr_fk` FOREIGN KEY (`mate_prop_id`) REFERENCES `materials` (`id`),
  CONSTRAINT `sapr_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `sapr_samp_fk` FOREIGN KEY (`samp_id`, `samp_frozen`) REFERENCES `samples_all` (`id`, `frozen`) ON UPDATE CASCADE,
  CONSTRAINT `sapr_stpt_fk` FOREIGN KEY (`stpt_id`) REFERENCES `sample_type_property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `sapr_auth_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION,
  CONSTRAINT `sample_properties_unique_fk` FOREIGN KEY (`stpt_id`, `is_unique`) REFERENCES `sample_type_property_types` (`id`, `is_unique`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample_properties_history` (
  `id` bigint NOT NULL,
  `samp_id` bigint NOT NULL,
  `stpt_id` bigint NOT NULL,
  `value` text,
  `vocabulary_term` varchar(200),
  `material` varchar(200),
  `sample` varchar(200),
  `pers_id_author` bigint NOT NULL,
  `valid_from_timestamp` datetime(6) NOT NULL,
  `valid_until_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `integer_array_value` json,
  `real_array_value` json,
  `string_array_value` json,
  `timestamp_array_value` json,
  `json_value` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `saprh_samp_fk` FOREIGN KEY (`samp_id`) REFERENCES `samples_all` (`id`) ON DELETE CASCADE,
  CONSTRAINT `saprh_stpt_fk` FOREIGN KEY (`stpt_id`) REFERENCES `sample_type_property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `saprh_auth_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_set_type_property_types` (
  `id` bigint NOT NULL,
  `dsty_id` bigint NOT NULL,
  `prty_id` bigint NOT NULL,
  `is_mandatory` tinyint(1) NOT NULL DEFAULT 0,
  `is_managed_internally` tinyint(1) NOT NULL DEFAULT 0,
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `ordinal` bigint NOT NULL,
  `section` varchar(2000),
  `script_id` bigint,
  `is_shown_edit` tinyint(1) NOT NULL DEFAULT 1,
  `show_raw_value` tinyint(1) NOT NULL DEFAULT 0,
  `is_unique` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dstpt_bk_uk` (`dsty_id`, `prty_id`),
  UNIQUE KEY `data_set_type_property_types_unique` (`id`, `is_unique`),
  CONSTRAINT `dstpt_dsty_fk` FOREIGN KEY (`dsty_id`) REFERENCES `data_set_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dstpt_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `dstpt_prty_fk` FOREIGN KEY (`prty_id`) REFERENCES `property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dstpt_script_fk` FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_set_properties` (
  `id` bigint NOT NULL,
  `ds_id` bigint NOT NULL,
  `dstpt_id` bigint NOT NULL,
  `value` text,
  `cvte_id` bigint,
  `mate_prop_id` bigint,
  `samp_prop_id` bigint,
  `pers_id_registerer` bigint NOT NULL,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pers_id_author` bigint NOT NULL,
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `dase_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `tsvector_document` text NOT NULL,
  `is_unique` tinyint(1) NOT NULL DEFAULT 0,
  `integer_array_value` json,
  `real_array_value` json,
  `string_array_value` json,
  `timestamp_array_value` json,
  `json_value` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dspr_bk_uk` (`ds_id`, `dstpt_id`),
  CONSTRAINT `dspr_cvte_fk` FOREIGN KEY (`cvte_id`) REFERENCES `controlled_vocabulary_terms` (`id`),
  CONSTRAINT `dspr_dstpt_fk` FOREIGN KEY (`dstpt_id`) REFERENCES `data_set_type_property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dspr_ds_fk` FOREIGN KEY (`ds_id`, `dase_frozen`) REFERENCES `data_all` (`id`, `frozen`) ON UPDATE CASCADE,
  CONSTRAINT `dspr_pers_fk` FOREIGN KEY (`pers_id_registerer`) REFERENCES `persons` (`id`),
  CONSTRAINT `dspr_mapr_fk` FOREIGN KEY (`mate_prop_id`) REFERENCES `materials` (`id`),
  CONSTRAINT `dspr_auth_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION,
  CONSTRAINT `data_set_properties_unique_fk` FOREIGN KEY (`dstpt_id`, `is_unique`) REFERENCES `data_set_type_property_types` (`id`, `is_unique`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_set_properties_history` (
  `id` bigint NOT NULL,
  `ds_id` bigint NOT NULL,
  `dstpt_id` bigint NOT NULL,
  `value` text,
  `vocabulary_term` varchar(200),
  `material` varchar(200),
  `sample` varchar(200),
  `pers_id_author` bigint NOT NULL,
  `valid_from_timestamp` datetime(6) NOT NULL,
  `valid_until_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `integer_array_value` json,
  `real_array_value` json,
  `string_array_value` json,
  `timestamp_array_value` json,
  `json_value` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `dsprh_dstpt_fk` FOREIGN KEY (`dstpt_id`) REFERENCES `data_set_type_property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dsprh_ds_fk` FOREIGN KEY (`ds_id`) REFERENCES `data_all` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dsprh_auth_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample_relationships_all` (
  `id` bigint NOT NULL,
  `sample_id_parent` bigint NOT NULL,
  `relationship_id` bigint NOT NULL,
  `sample_id_child` bigint NOT NULL,
  `del_id` bigint,
  `pers_id_author` bigint,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modification_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `parent_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `child_frozen` tinyint(1) NOT NULL DEFAULT 0,
  `child_annotations` json,
  `parent_annotations` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sare_bk_uk` (`sample_id_child`, `sample_id_parent`, `relationship_id`),
  CONSTRAINT `sare_data_fk_child` FOREIGN KEY (`sample_id_child`, `child_frozen`) REFERENCES `samples_all` (`id`, `frozen_for_parents`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sare_data_fk_parent` FOREIGN KEY (`sample_id_parent`, `parent_frozen`) REFERENCES `samples_all` (`id`, `frozen_for_children`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sare_data_fk_relationship` FOREIGN KEY (`relationship_id`) REFERENCES `relationship_types` (`id`),
  CONSTRAINT `sare_del_fk` FOREIGN KEY (`del_id`) REFERENCES `deletions` (`id`),
  CONSTRAINT `sample_relationships_pers_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_relationships_history` (
  `id` bigint NOT NULL,
  `main_proj_id` bigint NOT NULL,
  `relation_type` text,
  `expe_id` bigint,
  `samp_id` bigint,
  `space_id` bigint,
  `entity_kind` text,
  `entity_perm_id` text,
  `pers_id_author` bigint,
  `valid_from_timestamp` datetime(6) NOT NULL,
  `valid_until_timestamp` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `prrelh_main_proj_fk` FOREIGN KEY (`main_proj_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `prrelh_expe_fk` FOREIGN KEY (`expe_id`) REFERENCES `experiments_all` (`id`) ON DELETE SET NULL,
  CONSTRAINT `prrelh_samp_fk` FOREIGN KEY (`samp_id`) REFERENCES `samples_all` (`id`) ON DELETE SET NULL,
  CONSTRAINT `prrelh_space_fk` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE SET NULL,
  CONSTRAINT `prrelh_auth_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiment_relationships_history` (
  `id` bigint NOT NULL,
  `main_expe_id` bigint NOT NULL,
  `relation_type` text,
  `samp_id` bigint,
  `data_id` bigint,
  `entity_kind` text,
  `entity_perm_id` text,
  `pers_id_author` bigint,
  `valid_from_timestamp` datetime(6) NOT NULL,
  `valid_until_timestamp` datetime(6),
  `proj_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `exrelh_main_expe_fk` FOREIGN KEY (`main_expe_id`) REFERENCES `experiments_all` (`id`) ON DELETE CASCADE,
  CONSTRAINT `exrelh_samp_fk` FOREIGN KEY (`samp_id`) REFERENCES `samples_all` (`id`) ON DELETE SET NULL,
  CONSTRAINT `exrelh_data_fk` FOREIGN KEY (`data_id`) REFERENCES `data_all` (`id`) ON DELETE SET NULL,
  CONSTRAINT `exrelh_proj_fk` FOREIGN KEY (`proj_id`) REFERENCES `projects` (`id`) ON DELETE SET NULL,
  CONSTRAINT `exrelh_auth_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sample_relationships_history` (
  `id` bigint NOT NULL,
  `main_samp_id` bigint NOT NULL,
  `relation_type` text,
  `expe_id` bigint,
  `samp_id` bigint,
  `data_id` bigint,
  `entity_kind` text,
  `entity_perm_id` text,
  `pers_id_author` bigint,
  `valid_from_timestamp` datetime(6) NOT NULL,
  `valid_until_timestamp` datetime(6),
  `space_id` bigint,
  `proj_id` bigint,
  `annotations` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `samprelh_main_samp_fk` FOREIGN KEY (`main_samp_id`) REFERENCES `samples_all` (`id`) ON DELETE CASCADE,
  CONSTRAINT `samprelh_expe_fk` FOREIGN KEY (`expe_id`) REFERENCES `experiments_all` (`id`) ON DELETE SET NULL,
  CONSTRAINT `samprelh_samp_fk` FOREIGN KEY (`samp_id`) REFERENCES `samples_all` (`id`) ON DELETE SET NULL,
  CONSTRAINT `samprelh_data_fk` FOREIGN KEY (`data_id`) REFERENCES `data_all` (`id`) ON DELETE SET NULL,
  CONSTRAINT `samprelh_space_fk` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE SET NULL,
  CONSTRAINT `samprelh_project_fk` FOREIGN KEY (`proj_id`) REFERENCES `projects` (`id`) ON DELETE SET NULL,
  CONSTRAINT `samprelh_auth_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_set_relationships_history` (
  `id` bigint NOT NULL,
  `main_data_id` bigint NOT NULL,
  `relation_type` text,
  `ordinal` int,
  `expe_id` bigint,
  `samp_id` bigint,
  `data_id` bigint,
  `entity_kind` text,
  `entity_perm_id` text,
  `pers_id_author` bigint,
  `valid_from_timestamp` datetime(6) NOT NULL,
  `valid_until_timestamp` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `datarelh_main_data_fk` FOREIGN KEY (`main_data_id`) REFERENCES `data_all` (`id`) ON DELETE CASCADE,
  CONSTRAINT `datarelh_expe_fk` FOREIGN KEY (`expe_id`) REFERENCES `experiments_all` (`id`) ON DELETE SET NULL,
  CONSTRAINT `datarelh_samp_fk` FOREIGN KEY (`samp_id`) REFERENCES `samples_all` (`id`) ON DELETE SET NULL,
  CONSTRAINT `datarelh_data_fk` FOREIGN KEY (`data_id`) REFERENCES `data_all` (`id`) ON DELETE SET NULL,
  CONSTRAINT `datarelh_auth_fk` FOREIGN KEY (`pers_id_author`) REFERENCES `persons` (`id`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_data` (
  `id` bigint NOT NULL,
  `data_frozen` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `link_data_idfrz_uk` (`id`, `data_frozen`),
  CONSTRAINT `lnda_data_fk` FOREIGN KEY (`id`, `data_frozen`) REFERENCES `data_all` (`id`, `frozen`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content_copies` (
  `id` bigint NOT NULL,
  `location_type` text NOT NULL,
  `data_id` bigint NOT NULL,
  `edms_id` bigint NOT NULL,
  `external_code` text,
  `path` text,
  `git_commit_hash` text,
  `git_repository_id` text,
  `location_unique_check` text NOT NULL,
  `pers_id_registerer` bigint,
  `registration_timestamp` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `data_frozen` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `content_copies_unique_check_uk` (`location_unique_check`),
  CONSTRAINT `coco_data_fk` FOREIGN KEY (`data_id`, `data_frozen`) REFERENCES `link_data` (`id`, `data_frozen`) ON UPDATE CASCADE,
  CONSTRAINT `coco_edms_fk` FOREIGN KEY (`edms_id`) REFERENCES `external_data_management_systems` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metaprojects` (
  `id` bigint NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` varchar(2000),
  `owner` bigint NOT NULL,
  `private` tinyint(1) NOT NULL DEFAULT 1,
  `creation_date` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `metaprojects_owner_fk` FOREIGN KEY (`owner`) REFERENCES `persons` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metaproject_assignments_all` (
  `id` bigint NOT NULL,
  `mepr_id` bigint NOT NULL,
  `expe_id` bigint,
  `samp_id` bigint,
  `data_id` bigint,
  `mate_id` bigint,
  `del_id` bigint,
  `creation_date` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `metaproject_assignments_all_mepr_id_expe_id_uk` (`mepr_id`, `expe_id`),
  UNIQUE KEY `metaproject_assignments_all_mepr_id_samp_id_uk` (`mepr_id`, `samp_id`),
  UNIQUE KEY `metaproject_assignments_all_mepr_id_data_id_uk` (`mepr_id`, `data_id`),
  UNIQUE KEY `metaproject_assignments_all_mepr_id_mate_id_uk` (`mepr_id`, `mate_id`),
  CONSTRAINT `metaproject_assignments_all_mepr_id_fk` FOREIGN KEY (`mepr_id`) REFERENCES `metaprojects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `metaproject_assignments_all_expe_id_fk` FOREIGN KEY (`expe_id`) REFERENCES `experiments_all` (`id`) ON DELETE CASCADE,
  CONSTRAINT `metaproject_assignments_all_samp_id_fk` FOREIGN KEY (`samp_id`) REFERENCES `samples_all` (`id`) ON DELETE CASCADE,
  CONSTRAINT `metaproject_assignments_all_data_id_fk` FOREIGN KEY (`data_id`) REFERENCES `data_all` (`id`) ON DELETE CASCADE,
  CONSTRAINT `metaproject_assignments_all_mate_id_fk` FOREIGN KEY (`mate_id`) REFERENCES `materials` (`id`) ON DELETE CASCADE,
  CONSTRAINT `metaproject_assignments_all_del_id_fk` FOREIGN KEY (`del_id`) REFERENCES `deletions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `operation_executions` (
  `id` bigint NOT NULL,
  `code` varchar(100) NOT NULL,
  `state` varchar(40) NOT NULL DEFAULT 'NEW',
  `owner` bigint NOT NULL,
  `description` text,
  `notification` text,
  `availability` varchar(40) NOT NULL DEFAULT 'AVAILABLE',
  `availability_time` bigint NOT NULL DEFAULT 1,
  `summary_operations` text,
  `summary_progress` text,
  `summary_error` text,
  `summary_results` text,
  `summary_availability` varchar(40) NOT NULL DEFAULT 'AVAILABLE',
  `summary_availability_time` bigint NOT NULL DEFAULT 1,
  `details_path` varchar(1000),
  `details_availability` varchar(40) NOT NULL DEFAULT 'AVAILABLE',
  `details_availability_time` bigint NOT NULL DEFAULT 1,
  `creation_date` datetime(6) NOT NULL,
  `start_date` datetime(6),
  `finish_date` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `operation_executions_code_uk` (`code`),
  CONSTRAINT `operation_executions_owner_fk` FOREIGN KEY (`owner`) REFERENCES `persons` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `semantic_annotations` (
  `id` bigint NOT NULL,
  `perm_id` varchar(100) NOT NULL,
  `saty_id` bigint,
  `stpt_id` bigint,
  `prty_id` bigint,
  `predicate_ontology_id` text,
  `predicate_ontology_version` text,
  `predicate_accession_id` text,
  `descriptor_ontology_id` text,
  `descriptor_ontology_version` text,
  `descriptor_accession_id` text,
  `creation_date` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `semantic_annotations_perm_id_uk` (`perm_id`),
  CONSTRAINT `semantic_annotations_saty_id_fk` FOREIGN KEY (`saty_id`) REFERENCES `sample_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `semantic_annotations_stpt_id_fk` FOREIGN KEY (`stpt_id`) REFERENCES `sample_type_property_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `semantic_annotations_prty_id_fk` FOREIGN KEY (`prty_id`) REFERENCES `property_types` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
