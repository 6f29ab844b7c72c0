-- DSpace (LYRASIS / DSpace community): institutional and digital repository (e-people with logins and
-- self-registration, groups and resource policies, items with their submitter, workspace and XML-workflow items
-- with claimed and pooled tasks, "request a copy" access requests, subscriptions, versions, ORCID synchronisation,
-- processes, metadata registry and values, handles, DOIs, checksums, COAR Notify / LDN messages).
-- Source: github.com/DSpace/DSpace dspace-api/src/main/resources/org/dspace/storage/rdbms/sqlmigration/postgres/*.sql
-- with the Java and XML-workflow migrations of dspace-api/src/main/java/org/dspace/storage/rdbms/, commit
-- 3d8bdc92c0471fcc02946b526e1cd545ed8c5c88 (BSD-3-Clause). Flyway migrations replayed in PostgreSQL 15, the
-- resulting schema written as MySQL DDL from the catalogue: see dspace.md.
CREATE TABLE `bitstreamformatregistry` (
  `bitstream_format_id` INT NOT NULL,
  `mimetype` VARCHAR(256),
  `short_description` VARCHAR(128),
  `description` TEXT,
  `support_level` INT,
  `internal` TINYINT(1),
  PRIMARY KEY (`bitstream_format_id`),
  UNIQUE KEY `bitstreamformatregistry_short_description_key` (`short_description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fileextension` (
  `file_extension_id` INT NOT NULL,
  `bitstream_format_id` INT,
  `extension` VARCHAR(16),
  PRIMARY KEY (`file_extension_id`),
  CONSTRAINT `fileextension_bitstream_format_id_fkey` FOREIGN KEY (`bitstream_format_id`) REFERENCES `bitstreamformatregistry` (`bitstream_format_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dspaceobject` (
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bitstream` (
  `bitstream_id` INT,
  `bitstream_format_id` INT,
  `checksum` VARCHAR(64),
  `checksum_algorithm` VARCHAR(32),
  `internal_id` VARCHAR(256),
  `deleted` TINYINT(1),
  `store_number` INT,
  `sequence_id` INT,
  `size_bytes` BIGINT,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `bitstream_id_unique` (`uuid`),
  UNIQUE KEY `bitstream_uuid_key` (`uuid`),
  CONSTRAINT `bitstream_bitstream_format_id_fkey` FOREIGN KEY (`bitstream_format_id`) REFERENCES `bitstreamformatregistry` (`bitstream_format_id`),
  CONSTRAINT `bitstream_uuid_fkey` FOREIGN KEY (`uuid`) REFERENCES `dspaceobject` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eperson` (
  `eperson_id` INT,
  `email` VARCHAR(64),
  `password` VARCHAR(128),
  `can_log_in` TINYINT(1),
  `require_certificate` TINYINT(1),
  `self_registered` TINYINT(1),
  `last_active` DATETIME,
  `sub_frequency` INT,
  `netid` VARCHAR(64),
  `salt` VARCHAR(32),
  `digest_algorithm` VARCHAR(16),
  `uuid` CHAR(36) NOT NULL,
  `session_salt` VARCHAR(32),
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `eperson_email_key` (`email`),
  UNIQUE KEY `eperson_id_unique` (`uuid`),
  UNIQUE KEY `eperson_netid_key` (`netid`),
  UNIQUE KEY `eperson_uuid_key` (`uuid`),
  CONSTRAINT `eperson_uuid_fkey` FOREIGN KEY (`uuid`) REFERENCES `dspaceobject` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `epersongroup` (
  `eperson_group_id` INT,
  `uuid` CHAR(36) NOT NULL,
  `permanent` TINYINT(1) DEFAULT 0,
  `name` VARCHAR(250),
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `epersongroup_id_unique` (`uuid`),
  UNIQUE KEY `epersongroup_uuid_key` (`uuid`),
  UNIQUE KEY `epersongroup_unique_idx_name` (`name`),
  CONSTRAINT `epersongroup_uuid_fkey` FOREIGN KEY (`uuid`) REFERENCES `dspaceobject` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection` (
  `collection_id` INT,
  `uuid` CHAR(36) NOT NULL,
  `submitter` CHAR(36),
  `template_item_id` CHAR(36),
  `logo_bitstream_id` CHAR(36),
  `admin` CHAR(36),
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `collection_id_unique` (`uuid`),
  UNIQUE KEY `collection_uuid_key` (`uuid`),
  CONSTRAINT `collection_admin_fkey` FOREIGN KEY (`admin`) REFERENCES `epersongroup` (`uuid`),
  CONSTRAINT `collection_submitter_fkey` FOREIGN KEY (`submitter`) REFERENCES `epersongroup` (`uuid`),
  CONSTRAINT `collection_uuid_fkey` FOREIGN KEY (`uuid`) REFERENCES `dspaceobject` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item` (
  `item_id` INT,
  `in_archive` TINYINT(1),
  `withdrawn` TINYINT(1),
  `last_modified` DATETIME,
  `discoverable` TINYINT(1),
  `uuid` CHAR(36) NOT NULL,
  `submitter_id` CHAR(36),
  `owning_collection` CHAR(36),
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `item_id_unique` (`uuid`),
  UNIQUE KEY `item_uuid_key` (`uuid`),
  CONSTRAINT `item_owning_collection_fkey` FOREIGN KEY (`owning_collection`) REFERENCES `collection` (`uuid`),
  CONSTRAINT `item_submitter_id_fkey` FOREIGN KEY (`submitter_id`) REFERENCES `eperson` (`uuid`),
  CONSTRAINT `item_uuid_fkey` FOREIGN KEY (`uuid`) REFERENCES `dspaceobject` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bundle` (
  `bundle_id` INT,
  `uuid` CHAR(36) NOT NULL,
  `primary_bitstream_id` CHAR(36),
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `bundle_id_unique` (`uuid`),
  UNIQUE KEY `bundle_uuid_key` (`uuid`),
  CONSTRAINT `bundle_primary_bitstream_id_fkey` FOREIGN KEY (`primary_bitstream_id`) REFERENCES `bitstream` (`uuid`),
  CONSTRAINT `bundle_uuid_fkey` FOREIGN KEY (`uuid`) REFERENCES `dspaceobject` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item2bundle` (
  `bundle_id` CHAR(36) NOT NULL,
  `item_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`bundle_id`, `item_id`),
  CONSTRAINT `item2bundle_bundle_id_fkey` FOREIGN KEY (`bundle_id`) REFERENCES `bundle` (`uuid`),
  CONSTRAINT `item2bundle_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `item` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bundle2bitstream` (
  `bitstream_order_legacy` INT,
  `bundle_id` CHAR(36) NOT NULL,
  `bitstream_id` CHAR(36) NOT NULL,
  `bitstream_order` INT NOT NULL,
  PRIMARY KEY (`bitstream_id`, `bundle_id`, `bitstream_order`),
  CONSTRAINT `bundle2bitstream_bitstream_id_fkey` FOREIGN KEY (`bitstream_id`) REFERENCES `bitstream` (`uuid`),
  CONSTRAINT `bundle2bitstream_bundle_id_fkey` FOREIGN KEY (`bundle_id`) REFERENCES `bundle` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `community` (
  `community_id` INT,
  `uuid` CHAR(36) NOT NULL,
  `admin` CHAR(36),
  `logo_bitstream_id` CHAR(36),
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `community_id_unique` (`uuid`),
  UNIQUE KEY `community_uuid_key` (`uuid`),
  CONSTRAINT `community_admin_fkey` FOREIGN KEY (`admin`) REFERENCES `epersongroup` (`uuid`),
  CONSTRAINT `community_logo_bitstream_id_fkey` FOREIGN KEY (`logo_bitstream_id`) REFERENCES `bitstream` (`uuid`),
  CONSTRAINT `community_uuid_fkey` FOREIGN KEY (`uuid`) REFERENCES `dspaceobject` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `community2collection` (
  `collection_id` CHAR(36) NOT NULL,
  `community_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`collection_id`, `community_id`),
  CONSTRAINT `community2collection_collection_id_fkey` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`uuid`),
  CONSTRAINT `community2collection_community_id_fkey` FOREIGN KEY (`community_id`) REFERENCES `community` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collection2item` (
  `collection_id` CHAR(36) NOT NULL,
  `item_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`collection_id`, `item_id`),
  CONSTRAINT `collection2item_collection_id_fkey` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`uuid`),
  CONSTRAINT `collection2item_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `item` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resourcepolicy` (
  `policy_id` INT NOT NULL,
  `resource_type_id` INT,
  `resource_id` INT,
  `action_id` INT,
  `start_date` DATE,
  `end_date` DATE,
  `rpname` VARCHAR(30),
  `rptype` VARCHAR(30),
  `rpdescription` TEXT,
  `eperson_id` CHAR(36),
  `epersongroup_id` CHAR(36),
  `dspace_object` CHAR(36),
  PRIMARY KEY (`policy_id`),
  CONSTRAINT `resourcepolicy_dspace_object_fkey` FOREIGN KEY (`dspace_object`) REFERENCES `dspaceobject` (`uuid`) ON DELETE CASCADE,
  CONSTRAINT `resourcepolicy_eperson_id_fkey` FOREIGN KEY (`eperson_id`) REFERENCES `eperson` (`uuid`),
  CONSTRAINT `resourcepolicy_epersongroup_id_fkey` FOREIGN KEY (`epersongroup_id`) REFERENCES `epersongroup` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `epersongroup2eperson` (
  `eperson_group_id` CHAR(36) NOT NULL,
  `eperson_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`eperson_group_id`, `eperson_id`),
  CONSTRAINT `epersongroup2eperson_eperson_group_id_fkey` FOREIGN KEY (`eperson_group_id`) REFERENCES `epersongroup` (`uuid`),
  CONSTRAINT `epersongroup2eperson_eperson_id_fkey` FOREIGN KEY (`eperson_id`) REFERENCES `eperson` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `handle` (
  `handle_id` INT NOT NULL,
  `handle` VARCHAR(256),
  `resource_type_id` INT,
  `resource_legacy_id` INT,
  `resource_id` CHAR(36),
  PRIMARY KEY (`handle_id`),
  UNIQUE KEY `handle_handle_key` (`handle`),
  CONSTRAINT `handle_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `dspaceobject` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspaceitem` (
  `workspace_item_id` INT NOT NULL,
  `multiple_titles` TINYINT(1),
  `published_before` TINYINT(1),
  `multiple_files` TINYINT(1),
  `stage_reached` INT,
  `page_reached` INT,
  `item_id` CHAR(36),
  `collection_id` CHAR(36),
  PRIMARY KEY (`workspace_item_id`),
  UNIQUE KEY `unique_item_id` (`item_id`),
  CONSTRAINT `workspaceitem_collection_id_fk` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`uuid`),
  CONSTRAINT `workspaceitem_collection_id_fkey` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`uuid`),
  CONSTRAINT `workspaceitem_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `item` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registrationdata` (
  `registrationdata_id` INT NOT NULL,
  `email` VARCHAR(64),
  `token` VARCHAR(48),
  `expires` DATETIME,
  `registration_type` VARCHAR(255),
  `net_id` VARCHAR(64),
  PRIMARY KEY (`registrationdata_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription` (
  `subscription_id` INT NOT NULL,
  `eperson_id` CHAR(36),
  `dspace_object_id` CHAR(36),
  `type` VARCHAR(255),
  PRIMARY KEY (`subscription_id`),
  CONSTRAINT `subscription_dspaceobject_fkey` FOREIGN KEY (`dspace_object_id`) REFERENCES `dspaceobject` (`uuid`),
  CONSTRAINT `subscription_eperson_id_fkey` FOREIGN KEY (`eperson_id`) REFERENCES `eperson` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `community2community` (
  `parent_comm_id` CHAR(36) NOT NULL,
  `child_comm_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`parent_comm_id`, `child_comm_id`),
  CONSTRAINT `community2community_child_comm_id_fkey` FOREIGN KEY (`child_comm_id`) REFERENCES `community` (`uuid`),
  CONSTRAINT `community2community_parent_comm_id_fkey` FOREIGN KEY (`parent_comm_id`) REFERENCES `community` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group2group` (
  `parent_id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`parent_id`, `child_id`),
  CONSTRAINT `group2group_child_id_fkey` FOREIGN KEY (`child_id`) REFERENCES `epersongroup` (`uuid`),
  CONSTRAINT `group2group_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `epersongroup` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group2groupcache` (
  `parent_id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`parent_id`, `child_id`),
  CONSTRAINT `group2groupcache_child_id_fkey` FOREIGN KEY (`child_id`) REFERENCES `epersongroup` (`uuid`),
  CONSTRAINT `group2groupcache_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `epersongroup` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadataschemaregistry` (
  `metadata_schema_id` INT NOT NULL AUTO_INCREMENT,
  `namespace` VARCHAR(256),
  `short_id` VARCHAR(32),
  PRIMARY KEY (`metadata_schema_id`),
  UNIQUE KEY `metadataschemaregistry_namespace_key` (`namespace`),
  UNIQUE KEY `metadataschemaregistry_unique_idx_short_id` (`short_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadatafieldregistry` (
  `metadata_field_id` INT NOT NULL AUTO_INCREMENT,
  `metadata_schema_id` INT NOT NULL,
  `element` VARCHAR(64),
  `qualifier` VARCHAR(64),
  `scope_note` TEXT,
  PRIMARY KEY (`metadata_field_id`),
  CONSTRAINT `metadatafieldregistry_metadata_schema_id_fkey` FOREIGN KEY (`metadata_schema_id`) REFERENCES `metadataschemaregistry` (`metadata_schema_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadatavalue` (
  `metadata_value_id` INT NOT NULL AUTO_INCREMENT,
  `metadata_field_id` INT,
  `text_value` TEXT,
  `text_lang` VARCHAR(24),
  `place` INT,
  `authority` VARCHAR(100),
  `confidence` INT DEFAULT '-1',
  `dspace_object_id` CHAR(36),
  `security_level` INT,
  PRIMARY KEY (`metadata_value_id`),
  CONSTRAINT `metadatavalue_dspace_object_id_fkey` FOREIGN KEY (`dspace_object_id`) REFERENCES `dspaceobject` (`uuid`) ON DELETE CASCADE,
  CONSTRAINT `metadatavalue_metadata_field_id_fkey` FOREIGN KEY (`metadata_field_id`) REFERENCES `metadatafieldregistry` (`metadata_field_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checksum_results` (
  `result_code` VARCHAR(255) NOT NULL,
  `result_description` VARCHAR(255),
  PRIMARY KEY (`result_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `most_recent_checksum` (
  `to_be_processed` TINYINT(1) NOT NULL,
  `expected_checksum` VARCHAR(255) NOT NULL,
  `current_checksum` VARCHAR(255) NOT NULL,
  `last_process_start_date` DATETIME NOT NULL,
  `last_process_end_date` DATETIME NOT NULL,
  `checksum_algorithm` VARCHAR(255) NOT NULL,
  `matched_prev_checksum` TINYINT(1) NOT NULL,
  `result` VARCHAR(255),
  `bitstream_id` CHAR(36),
  CONSTRAINT `most_recent_checksum_bitstream_id_fkey` FOREIGN KEY (`bitstream_id`) REFERENCES `bitstream` (`uuid`),
  CONSTRAINT `most_recent_checksum_result_fkey` FOREIGN KEY (`result`) REFERENCES `checksum_results` (`result_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checksum_history` (
  `check_id` BIGINT NOT NULL AUTO_INCREMENT,
  `process_start_date` DATETIME,
  `process_end_date` DATETIME,
  `checksum_expected` VARCHAR(255),
  `checksum_calculated` VARCHAR(255),
  `result` VARCHAR(255),
  `bitstream_id` CHAR(36),
  PRIMARY KEY (`check_id`),
  CONSTRAINT `checksum_history_bitstream_id_fkey` FOREIGN KEY (`bitstream_id`) REFERENCES `bitstream` (`uuid`),
  CONSTRAINT `checksum_history_result_fkey` FOREIGN KEY (`result`) REFERENCES `checksum_results` (`result_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvested_collection` (
  `harvest_type` INT,
  `oai_source` VARCHAR(255),
  `oai_set_id` VARCHAR(255),
  `harvest_message` VARCHAR(255),
  `metadata_config_id` VARCHAR(255),
  `harvest_status` INT,
  `harvest_start_time` DATETIME,
  `last_harvested` DATETIME,
  `id` INT NOT NULL,
  `collection_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `harvested_collection_collection_id_fkey` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harvested_item` (
  `last_harvested` DATETIME,
  `oai_id` VARCHAR(255),
  `id` INT NOT NULL,
  `item_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `harvested_item_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `item` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versionhistory` (
  `versionhistory_id` INT NOT NULL,
  PRIMARY KEY (`versionhistory_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versionitem` (
  `versionitem_id` INT NOT NULL,
  `version_number` INT,
  `version_date` DATETIME,
  `version_summary` VARCHAR(255),
  `versionhistory_id` INT,
  `eperson_id` CHAR(36),
  `item_id` CHAR(36),
  PRIMARY KEY (`versionitem_id`),
  CONSTRAINT `versionitem_eperson_id_fkey` FOREIGN KEY (`eperson_id`) REFERENCES `eperson` (`uuid`),
  CONSTRAINT `versionitem_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `item` (`uuid`),
  CONSTRAINT `versionitem_versionhistory_id_fkey` FOREIGN KEY (`versionhistory_id`) REFERENCES `versionhistory` (`versionhistory_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `doi` (
  `doi_id` INT NOT NULL,
  `doi` VARCHAR(256),
  `resource_type_id` INT,
  `resource_id` INT,
  `status` INT,
  `dspace_object` CHAR(36),
  PRIMARY KEY (`doi_id`),
  UNIQUE KEY `doi_doi_key` (`doi`),
  CONSTRAINT `doi_dspace_object_fkey` FOREIGN KEY (`dspace_object`) REFERENCES `dspaceobject` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webapp` (
  `webapp_id` INT NOT NULL,
  `appname` VARCHAR(32),
  `url` VARCHAR(255),
  `started` DATETIME,
  `isui` INT,
  PRIMARY KEY (`webapp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestitem` (
  `requestitem_id` INT NOT NULL,
  `token` VARCHAR(48),
  `allfiles` TINYINT(1),
  `request_email` VARCHAR(64),
  `request_name` VARCHAR(64),
  `request_date` DATETIME,
  `accept_request` TINYINT(1),
  `decision_date` DATETIME,
  `expires` DATETIME,
  `request_message` TEXT,
  `item_id` CHAR(36),
  `bitstream_id` CHAR(36),
  `access_token` VARCHAR(48),
  `access_expiry` DATETIME,
  PRIMARY KEY (`requestitem_id`),
  UNIQUE KEY `requestitem_token_key` (`token`),
  CONSTRAINT `requestitem_bitstream_id_fkey` FOREIGN KEY (`bitstream_id`) REFERENCES `bitstream` (`uuid`),
  CONSTRAINT `requestitem_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `item` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cwf_workflowitem` (
  `workflowitem_id` INT NOT NULL AUTO_INCREMENT,
  `multiple_titles` TINYINT(1),
  `published_before` TINYINT(1),
  `multiple_files` TINYINT(1),
  `item_id` CHAR(36),
  `collection_id` CHAR(36),
  PRIMARY KEY (`workflowitem_id`),
  CONSTRAINT `cwf_workflowitem_collection_id_fkey` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`uuid`),
  CONSTRAINT `cwf_workflowitem_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `item` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cwf_collectionrole` (
  `collectionrole_id` INT NOT NULL AUTO_INCREMENT,
  `role_id` TEXT,
  `collection_id` CHAR(36),
  `group_id` CHAR(36),
  PRIMARY KEY (`collectionrole_id`),
  CONSTRAINT `cwf_collectionrole_collection_id_fkey` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`uuid`),
  CONSTRAINT `cwf_collectionrole_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `epersongroup` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cwf_workflowitemrole` (
  `workflowitemrole_id` INT NOT NULL AUTO_INCREMENT,
  `role_id` TEXT,
  `workflowitem_id` INT,
  `group_id` CHAR(36),
  `eperson_id` CHAR(36),
  PRIMARY KEY (`workflowitemrole_id`),
  CONSTRAINT `cwf_workflowitemrole_eperson_id_fkey` FOREIGN KEY (`eperson_id`) REFERENCES `eperson` (`uuid`),
  CONSTRAINT `cwf_workflowitemrole_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `epersongroup` (`uuid`),
  CONSTRAINT `cwf_workflowitemrole_workflowitem_id_fkey` FOREIGN KEY (`workflowitem_id`) REFERENCES `cwf_workflowitem` (`workflowitem_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cwf_pooltask` (
  `pooltask_id` INT NOT NULL AUTO_INCREMENT,
  `workflowitem_id` INT,
  `workflow_id` TEXT,
  `step_id` TEXT,
  `action_id` TEXT,
  `group_id` CHAR(36),
  `eperson_id` CHAR(36),
  PRIMARY KEY (`pooltask_id`),
  CONSTRAINT `cwf_pooltask_eperson_id_fkey` FOREIGN KEY (`eperson_id`) REFERENCES `eperson` (`uuid`),
  CONSTRAINT `cwf_pooltask_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `epersongroup` (`uuid`),
  CONSTRAINT `cwf_pooltask_workflowitem_id_fkey` FOREIGN KEY (`workflowitem_id`) REFERENCES `cwf_workflowitem` (`workflowitem_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cwf_claimtask` (
  `claimtask_id` INT NOT NULL AUTO_INCREMENT,
  `workflowitem_id` INT,
  `workflow_id` TEXT,
  `step_id` TEXT,
  `action_id` TEXT,
  `owner_id` CHAR(36),
  PRIMARY KEY (`claimtask_id`),
  CONSTRAINT `cwf_claimtask_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `eperson` (`uuid`),
  CONSTRAINT `cwf_claimtask_workflowitem_id_fkey` FOREIGN KEY (`workflowitem_id`) REFERENCES `cwf_workflowitem` (`workflowitem_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cwf_in_progress_user` (
  `in_progress_user_id` INT NOT NULL AUTO_INCREMENT,
  `workflowitem_id` INT,
  `finished` TINYINT(1),
  `user_id` CHAR(36),
  PRIMARY KEY (`in_progress_user_id`),
  CONSTRAINT `cwf_in_progress_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `eperson` (`uuid`),
  CONSTRAINT `cwf_in_progress_user_workflowitem_id_fkey` FOREIGN KEY (`workflowitem_id`) REFERENCES `cwf_workflowitem` (`workflowitem_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site` (
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `site_uuid_fkey` FOREIGN KEY (`uuid`) REFERENCES `dspaceobject` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_type` (
  `id` INT NOT NULL,
  `label` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_type_label_key` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationship_type` (
  `id` INT NOT NULL,
  `left_type` INT NOT NULL,
  `right_type` INT NOT NULL,
  `leftward_type` VARCHAR(32) NOT NULL,
  `rightward_type` VARCHAR(32) NOT NULL,
  `left_min_cardinality` INT,
  `left_max_cardinality` INT,
  `right_min_cardinality` INT,
  `right_max_cardinality` INT,
  `copy_to_left` TINYINT(1) NOT NULL DEFAULT 0,
  `copy_to_right` TINYINT(1) NOT NULL DEFAULT 0,
  `tilted` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `u_relationship_type_constraint` (`left_type`, `right_type`, `leftward_type`, `rightward_type`),
  CONSTRAINT `relationship_type_left_type_fkey` FOREIGN KEY (`left_type`) REFERENCES `entity_type` (`id`),
  CONSTRAINT `relationship_type_right_type_fkey` FOREIGN KEY (`right_type`) REFERENCES `entity_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationship` (
  `id` INT NOT NULL,
  `left_id` CHAR(36) NOT NULL,
  `type_id` INT NOT NULL,
  `right_id` CHAR(36) NOT NULL,
  `left_place` INT,
  `right_place` INT,
  `leftward_value` VARCHAR(255),
  `rightward_value` VARCHAR(255),
  `latest_version_status` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `u_constraint` (`left_id`, `type_id`, `right_id`),
  CONSTRAINT `relationship_left_id_fkey` FOREIGN KEY (`left_id`) REFERENCES `item` (`uuid`),
  CONSTRAINT `relationship_right_id_fkey` FOREIGN KEY (`right_id`) REFERENCES `item` (`uuid`),
  CONSTRAINT `relationship_type_id_fkey` FOREIGN KEY (`type_id`) REFERENCES `relationship_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `process` (
  `process_id` INT NOT NULL,
  `user_id` CHAR(36),
  `start_time` DATETIME,
  `finished_time` DATETIME,
  `creation_time` DATETIME NOT NULL,
  `script` VARCHAR(256) NOT NULL,
  `status` VARCHAR(32),
  `parameters` TEXT,
  PRIMARY KEY (`process_id`),
  CONSTRAINT `process_eperson` FOREIGN KEY (`user_id`) REFERENCES `eperson` (`uuid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `process2bitstream` (
  `process_id` INT NOT NULL,
  `bitstream_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`process_id`, `bitstream_id`),
  CONSTRAINT `process2bitstream_bitstream_id_fkey` FOREIGN KEY (`bitstream_id`) REFERENCES `bitstream` (`uuid`),
  CONSTRAINT `process2bitstream_process_id_fkey` FOREIGN KEY (`process_id`) REFERENCES `process` (`process_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `openurltracker` (
  `tracker_id` INT NOT NULL,
  `tracker_url` VARCHAR(1000),
  `uploaddate` DATE,
  PRIMARY KEY (`tracker_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orcid_queue` (
  `id` INT NOT NULL,
  `owner_id` CHAR(36) NOT NULL,
  `entity_id` CHAR(36),
  `attempts` INT,
  `put_code` VARCHAR(255),
  `record_type` VARCHAR(255),
  `description` TEXT,
  `operation` VARCHAR(255),
  `metadata` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `orcid_queue_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `item` (`uuid`),
  CONSTRAINT `orcid_queue_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `item` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orcid_history` (
  `id` INT NOT NULL,
  `owner_id` CHAR(36) NOT NULL,
  `entity_id` CHAR(36),
  `put_code` VARCHAR(255),
  `timestamp_last_attempt` DATETIME,
  `response_message` TEXT,
  `status` INT,
  `metadata` TEXT,
  `operation` VARCHAR(255),
  `record_type` VARCHAR(255),
  `description` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `orcid_history_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `item` (`uuid`),
  CONSTRAINT `orcid_history_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `item` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orcid_token` (
  `id` INT NOT NULL,
  `eperson_id` CHAR(36) NOT NULL,
  `profile_item_id` CHAR(36),
  `access_token` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `orcid_token_eperson_id_key` (`eperson_id`),
  CONSTRAINT `orcid_token_eperson_id_fkey` FOREIGN KEY (`eperson_id`) REFERENCES `eperson` (`uuid`),
  CONSTRAINT `orcid_token_profile_item_id_fkey` FOREIGN KEY (`profile_item_id`) REFERENCES `item` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `process2group` (
  `process_id` INT NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`process_id`, `group_id`),
  CONSTRAINT `process2group_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `epersongroup` (`uuid`) ON DELETE CASCADE,
  CONSTRAINT `process2group_process_id_fkey` FOREIGN KEY (`process_id`) REFERENCES `process` (`process_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription_parameter` (
  `subscription_parameter_id` INT NOT NULL,
  `name` VARCHAR(255),
  `value` VARCHAR(255),
  `subscription_id` INT NOT NULL,
  PRIMARY KEY (`subscription_parameter_id`),
  CONSTRAINT `subscription_parameter_subscription_fkey` FOREIGN KEY (`subscription_id`) REFERENCES `subscription` (`subscription_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supervision_orders` (
  `id` INT NOT NULL,
  `item_id` CHAR(36),
  `eperson_group_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `supervision_orders_eperson_group_id_fkey` FOREIGN KEY (`eperson_group_id`) REFERENCES `epersongroup` (`uuid`) ON DELETE CASCADE,
  CONSTRAINT `supervision_orders_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `item` (`uuid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `systemwidealert` (
  `alert_id` INT NOT NULL,
  `message` VARCHAR(512),
  `allow_sessions` VARCHAR(64),
  `countdown_to` DATETIME,
  `active` TINYINT(1),
  PRIMARY KEY (`alert_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qaevent_processed` (
  `qaevent_id` VARCHAR(255) NOT NULL,
  `qaevent_timestamp` DATETIME,
  `eperson_uuid` CHAR(36),
  `item_uuid` CHAR(36),
  PRIMARY KEY (`qaevent_id`),
  CONSTRAINT `qaevent_processed_eperson_uuid_fkey` FOREIGN KEY (`eperson_uuid`) REFERENCES `eperson` (`uuid`),
  CONSTRAINT `qaevent_processed_item_uuid_fkey` FOREIGN KEY (`item_uuid`) REFERENCES `item` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifyservice` (
  `id` INT NOT NULL,
  `name` VARCHAR(255),
  `description` TEXT,
  `url` VARCHAR(255),
  `ldn_url` VARCHAR(255),
  `enabled` TINYINT(1) NOT NULL,
  `score` DECIMAL(6,5),
  `lower_ip` VARCHAR(45),
  `upper_ip` VARCHAR(45),
  `uses_actor_email_id` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ldn_url_unique` (`ldn_url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifyservice_inbound_pattern` (
  `id` INT NOT NULL,
  `service_id` INT,
  `pattern` VARCHAR(255),
  `constraint_name` VARCHAR(255),
  `automatic` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `notifyservice_inbound_pattern_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `notifyservice` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ldn_message` (
  `id` VARCHAR(255) NOT NULL,
  `object` CHAR(36),
  `message` TEXT,
  `type` VARCHAR(255),
  `origin` INT,
  `target` INT,
  `inreplyto` VARCHAR(255),
  `context` CHAR(36),
  `activity_stream_type` VARCHAR(255),
  `coar_notify_type` VARCHAR(255),
  `queue_status` INT,
  `queue_attempts` INT DEFAULT 0,
  `queue_last_start_time` DATETIME,
  `queue_timeout` DATETIME,
  `source_ip` VARCHAR(45),
  PRIMARY KEY (`id`),
  CONSTRAINT `ldn_message_context_fkey` FOREIGN KEY (`context`) REFERENCES `dspaceobject` (`uuid`) ON DELETE SET NULL,
  CONSTRAINT `ldn_message_inreplyto_fkey` FOREIGN KEY (`inreplyto`) REFERENCES `ldn_message` (`id`) ON DELETE SET NULL,
  CONSTRAINT `ldn_message_object_fkey` FOREIGN KEY (`object`) REFERENCES `dspaceobject` (`uuid`) ON DELETE SET NULL,
  CONSTRAINT `ldn_message_origin_fkey` FOREIGN KEY (`origin`) REFERENCES `notifyservice` (`id`) ON DELETE SET NULL,
  CONSTRAINT `ldn_message_target_fkey` FOREIGN KEY (`target`) REFERENCES `notifyservice` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifypatterns_to_trigger` (
  `id` INT NOT NULL,
  `item_id` CHAR(36),
  `service_id` INT,
  `pattern` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `notifypatterns_to_trigger_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `item` (`uuid`) ON DELETE CASCADE,
  CONSTRAINT `notifypatterns_to_trigger_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `notifyservice` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registrationdata_metadata` (
  `registrationdata_metadata_id` INT NOT NULL,
  `registrationdata_id` INT,
  `metadata_field_id` INT,
  `text_value` TEXT,
  PRIMARY KEY (`registrationdata_metadata_id`),
  CONSTRAINT `fk_registrationdata_metadata_on_metadata_field` FOREIGN KEY (`metadata_field_id`) REFERENCES `metadatafieldregistry` (`metadata_field_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_registrationdata_metadata_on_registrationdata` FOREIGN KEY (`registrationdata_id`) REFERENCES `registrationdata` (`registrationdata_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `itemupdate_metadata_enhancement` (
  `uuid` CHAR(36) NOT NULL,
  `date_queued` DATETIME NOT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
