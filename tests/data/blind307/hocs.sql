-- HOCS - Home Office Correspondence System (UK Home Office: UK Visas and Immigration, Immigration Enforcement, Border Force
-- and HM Passport Office complaints, MPs' immigration enquiries, ministerial correspondence)
-- Sources (MIT): github.com/UKHomeOffice/hocs-casework src/main/resources/db/migration/postgresql (schema casework),
-- commit eb19a6f7540ab95c5a7f624c95782daee3d46470; github.com/UKHomeOffice/hocs-info-service
-- src/main/resources/db/postgresql (schema info), commit f6a96521455fa07b76e3519dbdf6a825e350385f;
-- github.com/UKHomeOffice/hocs-audit src/main/resources/db/migration/postgresql (schema audit), commit
-- bd11273d57b10326f0c3ff1a53ccf804b3750ad5. Flyway migrations replayed into PostgreSQL 15, one schema per service, and
-- written as MySQL from the catalogs. Left out: info.topic (same name as casework.topic; the topic list) and the monthly
-- partitions audit_event_YYYY_M of the partitioned audit_event table.

CREATE TABLE `case_data` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `created` datetime(6) NOT NULL,
  `type` varchar(5) NOT NULL,
  `reference` varchar(16) NOT NULL,
  `data` json,
  `primary_topic_uuid` char(36) DEFAULT NULL,
  `primary_correspondent_uuid` char(36) DEFAULT NULL,
  `case_deadline` date NOT NULL,
  `date_received` date NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `completed` tinyint(1) NOT NULL DEFAULT 0,
  `case_deadline_warning` date DEFAULT NULL,
  `date_completed` datetime(6) DEFAULT NULL,
  `migrated_reference` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_ref_idempotent` (`reference`),
  UNIQUE KEY `case_uuid_idempotent` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stage` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `created` datetime(6) NOT NULL,
  `type` text NOT NULL,
  `deadline` date DEFAULT NULL,
  `transition_note_uuid` char(36) DEFAULT NULL,
  `case_uuid` char(36) NOT NULL,
  `team_uuid` char(36) DEFAULT NULL,
  `user_uuid` char(36) DEFAULT NULL,
  `deadline_warning` date DEFAULT NULL,
  `somu` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `stage_id_idempotent` (`uuid`),
  CONSTRAINT `fk_stage_id` FOREIGN KEY (`case_uuid`) REFERENCES `case_data` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_note` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `created` datetime(6) NOT NULL,
  `case_uuid` char(36) NOT NULL,
  `type` text NOT NULL,
  `text` text NOT NULL,
  `author` text NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `edited` datetime(6) DEFAULT NULL,
  `editor` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_note_uuid_idempotent` (`uuid`),
  CONSTRAINT `fk_case_note_id` FOREIGN KEY (`case_uuid`) REFERENCES `case_data` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topic` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `created` datetime(6) NOT NULL,
  `case_uuid` char(36) NOT NULL,
  `text` text DEFAULT NULL,
  `text_uuid` char(36) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `topic_uuid_idempotent` (`uuid`),
  CONSTRAINT `fk_topic_id` FOREIGN KEY (`case_uuid`) REFERENCES `case_data` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `correspondent` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `created` datetime(6) NOT NULL,
  `type` text NOT NULL,
  `case_uuid` char(36) NOT NULL,
  `fullname` text NOT NULL,
  `postcode` text DEFAULT NULL,
  `address1` text DEFAULT NULL,
  `address2` text DEFAULT NULL,
  `address3` text DEFAULT NULL,
  `country` text DEFAULT NULL,
  `telephone` text DEFAULT NULL,
  `email` text DEFAULT NULL,
  `reference` text DEFAULT NULL,
  `external_key` text DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `organisation` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `correspondent_uuid_idempotent` (`uuid`),
  CONSTRAINT `fk_correspondent_id` FOREIGN KEY (`case_uuid`) REFERENCES `case_data` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `somu_item` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `case_uuid` char(36) NOT NULL,
  `somu_uuid` char(36) NOT NULL,
  `data` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `somu_item_uuid_unique` (`uuid`),
  CONSTRAINT `fk_somu_item_case_uuid` FOREIGN KEY (`case_uuid`) REFERENCES `case_data` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_link` (
  `primary_case_uuid` char(36) NOT NULL,
  `secondary_case_uuid` char(36) NOT NULL,
  PRIMARY KEY (`primary_case_uuid`, `secondary_case_uuid`),
  CONSTRAINT `case_link_primary___fk` FOREIGN KEY (`primary_case_uuid`) REFERENCES `case_data` (`uuid`),
  CONSTRAINT `case_link_secondary__fk` FOREIGN KEY (`secondary_case_uuid`) REFERENCES `case_data` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_deadline_extension_type` (
  `type` varchar(32) NOT NULL,
  `working_days` int NOT NULL,
  PRIMARY KEY (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_deadline_extension` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` varchar(32) NOT NULL,
  `case_uuid` char(36) NOT NULL,
  `created` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `note` text DEFAULT '',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_case_uuid` FOREIGN KEY (`case_uuid`) REFERENCES `case_data` (`uuid`),
  CONSTRAINT `fk_extension_type` FOREIGN KEY (`type`) REFERENCES `case_deadline_extension_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action_data_appeals` (
  `uuid` char(36) NOT NULL,
  `action_uuid` char(36) NOT NULL,
  `action_label` text NOT NULL,
  `case_data_type` text NOT NULL,
  `case_data_uuid` char(36) NOT NULL,
  `status` text NOT NULL,
  `date_sent_rms` datetime(6) DEFAULT NULL,
  `outcome` text DEFAULT NULL,
  `complex_case` text DEFAULT NULL,
  `note` text DEFAULT '',
  `appeal_officer_data` json,
  `created_timestamp` datetime(6) NOT NULL,
  `last_updated_timestamp` datetime(6) NOT NULL,
  `action_subtype` text DEFAULT NULL,
  `document` char(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `action_data_appeals_fk_case_uuid` FOREIGN KEY (`case_data_uuid`) REFERENCES `case_data` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action_data_extensions` (
  `uuid` char(36) NOT NULL,
  `action_uuid` char(36) NOT NULL,
  `action_label` text NOT NULL,
  `case_data_type` text NOT NULL,
  `case_data_uuid` char(36) NOT NULL,
  `original_deadline` datetime(6) NOT NULL,
  `updated_deadline` datetime(6) NOT NULL,
  `note` text DEFAULT '',
  `created_timestamp` datetime(6) NOT NULL,
  `last_updated_timestamp` datetime(6) NOT NULL,
  `action_subtype` text DEFAULT NULL,
  `reasons` text DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `action_data_extensions_fk_case_uuid` FOREIGN KEY (`case_data_uuid`) REFERENCES `case_data` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action_data_external_interest` (
  `uuid` char(36) NOT NULL,
  `action_uuid` char(36) NOT NULL,
  `action_label` text NOT NULL,
  `case_data_type` text NOT NULL,
  `party_type` text NOT NULL,
  `details_of_interest` text DEFAULT NULL,
  `case_data_uuid` char(36) NOT NULL,
  `created_timestamp` datetime(6) NOT NULL,
  `last_updated_timestamp` datetime(6) NOT NULL,
  `action_subtype` text DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `action_data_external_interest_fk_case_uuid` FOREIGN KEY (`case_data_uuid`) REFERENCES `case_data` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action_data_suspensions` (
  `uuid` char(36) NOT NULL,
  `action_uuid` char(36) NOT NULL,
  `action_label` text NOT NULL,
  `action_subtype` text NOT NULL,
  `case_data_type` text NOT NULL,
  `case_data_uuid` char(36) NOT NULL,
  `date_suspension_applied` date DEFAULT NULL,
  `date_suspension_removed` date DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `action_data_suspensions_fk_case_uuid` FOREIGN KEY (`case_data_uuid`) REFERENCES `case_data` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_data_tag` (
  `uuid` char(36) NOT NULL,
  `case_uuid` char(36) NOT NULL,
  `tag` varchar(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `deleted_on` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `case_uuid_tag_deleted_on_idempotent` (`case_uuid`, `tag`, `deleted_on`),
  CONSTRAINT `case_data_tag_fk_case_uuid` FOREIGN KEY (`case_uuid`) REFERENCES `case_data` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unit` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `short_code` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `allow_bulk_team_transfer` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unit_code_idempotent` (`short_code`),
  UNIQUE KEY `unit_name_idempotent` (`display_name`),
  UNIQUE KEY `unit_uuid_idempotent` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `letter_name` text DEFAULT NULL,
  `unit_uuid` char(36) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_name_idempotent` (`display_name`),
  UNIQUE KEY `team_uuid_idempotent` (`uuid`),
  CONSTRAINT `fk_team_id` FOREIGN KEY (`unit_uuid`) REFERENCES `unit` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_contact` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `team_uuid` char(36) NOT NULL,
  `email_address` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_contact_details_idempotent` (`team_uuid`, `email_address`),
  UNIQUE KEY `team_contact_idempotent` (`uuid`),
  CONSTRAINT `fk_team_contact_id` FOREIGN KEY (`team_uuid`) REFERENCES `team` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `short_code` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `owning_unit_uuid` char(36) NOT NULL,
  `deadline_stage` text NOT NULL,
  `bulk` tinyint(1) NOT NULL DEFAULT 1,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `previous_case_type` text DEFAULT NULL,
  `initial_case` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_type_name_idempotent` (`display_name`),
  UNIQUE KEY `case_type_short_idempotent` (`short_code`),
  UNIQUE KEY `case_type_type_idempotent` (`type`),
  UNIQUE KEY `case_type_uuid_idempotent` (`uuid`),
  CONSTRAINT `fk_case_type_unit_uuid` FOREIGN KEY (`owning_unit_uuid`) REFERENCES `unit` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stage_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `display_name` text NOT NULL,
  `short_code` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `case_type_uuid` char(36) NOT NULL,
  `acting_team_uuid` char(36) DEFAULT NULL,
  `deadline` int NOT NULL,
  `active` tinyint(1) NOT NULL,
  `can_display_stage` tinyint(1) NOT NULL DEFAULT 1,
  `display_stage_order` smallint NOT NULL,
  `deadline_warning` int NOT NULL DEFAULT -2,
  `can_display_contributions` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `stage_type_short_idempotent` (`short_code`),
  UNIQUE KEY `stage_type_type_idempotent` (`type`),
  UNIQUE KEY `stage_type_uuid_idempotent` (`uuid`),
  CONSTRAINT `fk_stage_type_case_type_uuid` FOREIGN KEY (`case_type_uuid`) REFERENCES `case_type` (`uuid`),
  CONSTRAINT `fk_stage_type_team_uuid` FOREIGN KEY (`acting_team_uuid`) REFERENCES `team` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exemption_date` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `date` date NOT NULL,
  `case_type_uuid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `exemption_date_idempotent` (`date`, `case_type_uuid`),
  UNIQUE KEY `exemption_date_uuid_idempotent` (`uuid`),
  CONSTRAINT `fk_exemption_date_case_uuid` FOREIGN KEY (`case_type_uuid`) REFERENCES `case_type` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permission` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `team_uuid` char(36) NOT NULL,
  `case_type` varchar(255) NOT NULL,
  `access_level` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permission_idempotent` (`team_uuid`, `case_type`, `access_level`),
  CONSTRAINT `fk_permission_case_type` FOREIGN KEY (`case_type`) REFERENCES `case_type` (`type`),
  CONSTRAINT `fk_permission_team_uuid` FOREIGN KEY (`team_uuid`) REFERENCES `team` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `standard_line` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `document_uuid` char(36) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `topic_uuid` char(36) NOT NULL,
  `expires` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `standard_line_name_idempotent` (`display_name`, `uuid`),
  UNIQUE KEY `standard_line_uuid_idempotent` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `document_uuid` char(36) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `case_type` varchar(255) NOT NULL,
  `uuid` char(36) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `template_name_idempotent` (`display_name`, `uuid`),
  UNIQUE KEY `template_uuid_idempotent` (`uuid`),
  CONSTRAINT `fk_template_id` FOREIGN KEY (`case_type`) REFERENCES `case_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `house_address` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `house` varchar(255) NOT NULL,
  `house_code` text NOT NULL,
  `address1` text NOT NULL,
  `address2` text NOT NULL,
  `address3` text DEFAULT NULL,
  `postcode` text NOT NULL,
  `country` text DEFAULT NULL,
  `added` date NOT NULL,
  `updated` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `house_address_house_house_address_uuid_idempotent` (`house`),
  UNIQUE KEY `house_address_uuid_idempotent` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `full_title` varchar(255) NOT NULL,
  `external_reference` varchar(255) NOT NULL,
  `house` varchar(255) NOT NULL,
  `uuid` char(36) NOT NULL,
  `house_address_uuid` char(36) NOT NULL,
  `updated` date NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `member_name_ref_idempotent` (`full_title`, `external_reference`, `house`),
  UNIQUE KEY `member_uuid_idempotent` (`uuid`),
  CONSTRAINT `fk_house_address_id` FOREIGN KEY (`house_address_uuid`) REFERENCES `house_address` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parent_topic` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `parent_topic_name_idempotent` (`display_name`),
  UNIQUE KEY `parent_topic_uuid_idempotent` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_link` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `case_type` varchar(255) NOT NULL,
  `stage_type` varchar(255) NOT NULL,
  `link_value` varchar(80) NOT NULL,
  `link_type` varchar(255) NOT NULL,
  `responsible_team_uuid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `team_link_link_uuid_case_type_stage_type_link_type_key` (`link_value`, `case_type`, `stage_type`, `link_type`),
  CONSTRAINT `fk_team_link_case_type` FOREIGN KEY (`case_type`) REFERENCES `case_type` (`type`),
  CONSTRAINT `fk_team_link_stage_type` FOREIGN KEY (`stage_type`) REFERENCES `stage_type` (`type`),
  CONSTRAINT `fk_team_link_team_uuid` FOREIGN KEY (`responsible_team_uuid`) REFERENCES `team` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `correspondent_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `correspondent_type_name_idempotent` (`display_name`),
  UNIQUE KEY `correspondent_type_type_idempotent` (`type`),
  UNIQUE KEY `uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `screen_schema` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `title` text NOT NULL,
  `action_label` text NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `props` json,
  `validation` json,
  `summary` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `form_type_idempotent` (`type`),
  UNIQUE KEY `schema_uuid_idempotent` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stage_type_schema` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `stage_type_uuid` char(36) NOT NULL,
  `schema_uuid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_form_form` FOREIGN KEY (`schema_uuid`) REFERENCES `screen_schema` (`uuid`),
  CONSTRAINT `fk_form_stage_type` FOREIGN KEY (`stage_type_uuid`) REFERENCES `stage_type` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_type_schema` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `case_type` varchar(255) NOT NULL,
  `stage_type` varchar(255) NOT NULL,
  `schema_uuid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_type_schema_unique_schema_case_stage` (`schema_uuid`, `case_type`, `stage_type`),
  CONSTRAINT `fk_case_type_schema_case_type` FOREIGN KEY (`case_type`) REFERENCES `case_type` (`type`),
  CONSTRAINT `fk_case_type_schema_stage_type` FOREIGN KEY (`stage_type`) REFERENCES `stage_type` (`type`),
  CONSTRAINT `fk_case_type_schema_uuid` FOREIGN KEY (`schema_uuid`) REFERENCES `screen_schema` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `field` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `component` text NOT NULL,
  `name` text DEFAULT NULL,
  `label` text DEFAULT NULL,
  `validation` json NOT NULL,
  `props` json,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `child_field` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `field_uuid_idempotent` (`uuid`),
  CONSTRAINT `fk_field_child_field_uuid` FOREIGN KEY (`child_field`) REFERENCES `field` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `field_screen` (
  `schema_uuid` char(36) NOT NULL,
  `field_uuid` char(36) NOT NULL,
  `sort_order` bigint NOT NULL,
  UNIQUE KEY `field_screen_unique_schema_field` (`schema_uuid`, `field_uuid`),
  CONSTRAINT `fk_field_case_type_uuid` FOREIGN KEY (`schema_uuid`) REFERENCES `screen_schema` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_list` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `display_name` text NOT NULL,
  `simple_name` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_list_simple_name_idempotent` (`simple_name`),
  UNIQUE KEY `entity_list_uuid_idempotent` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `simple_name` text NOT NULL,
  `data` json NOT NULL,
  `entity_list_uuid` char(36) DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `sort_order` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_uuid_idempotent` (`uuid`),
  UNIQUE KEY `entity_uuid_sort_order_unique` (`entity_list_uuid`, `sort_order`),
  CONSTRAINT `fk_entity_entity_list` FOREIGN KEY (`entity_list_uuid`) REFERENCES `entity_list` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_relation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `entity_uuid` char(36) DEFAULT NULL,
  `parent_entity_uuid` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_entity_relation_entity` FOREIGN KEY (`entity_uuid`) REFERENCES `entity` (`uuid`),
  CONSTRAINT `fk_entity_relation_parent_entity` FOREIGN KEY (`parent_entity_uuid`) REFERENCES `entity` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_configuration` (
  `system_name` varchar(25) NOT NULL,
  `display_name` text NOT NULL,
  `document_labels` text DEFAULT NULL,
  `bulk_create_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `deadlines_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `auto_create_and_allocate_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `read_only_case_view_adapter` text NOT NULL DEFAULT 'CASE_VIEW_ALL_STAGES',
  PRIMARY KEY (`system_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `country` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `is_territory` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `country_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workstack_column` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `display_name` varchar(255) NOT NULL,
  `data_adapter` text DEFAULT NULL,
  `renderer` text DEFAULT NULL,
  `data_value_key` varchar(255) NOT NULL,
  `is_filterable` tinyint(1) NOT NULL,
  `header_class_name` text NOT NULL,
  `sort_strategy` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workstack_column_display_name_data_value_key_idempotent` (`display_name`, `data_value_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secondary_action` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `component` text NOT NULL,
  `name` text DEFAULT NULL,
  `label` text DEFAULT NULL,
  `validation` json NOT NULL,
  `props` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sec_action_uuid_idempotent` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secondary_action_screen` (
  `schema_uuid` char(36) NOT NULL,
  `secondary_action_uuid` char(36) NOT NULL,
  UNIQUE KEY `secondary_action_screen_unique_schema_secondary_action` (`schema_uuid`, `secondary_action_uuid`),
  CONSTRAINT `fk_secondary_action_schema_uuid` FOREIGN KEY (`schema_uuid`) REFERENCES `screen_schema` (`uuid`),
  CONSTRAINT `fk_secondary_action_uuid` FOREIGN KEY (`secondary_action_uuid`) REFERENCES `secondary_action` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_details_field` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `case_type` varchar(25) NOT NULL,
  `name` varchar(255) NOT NULL,
  `component` text NOT NULL,
  `props` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_details_field_name_case_type_idempotent` (`name`, `case_type`),
  CONSTRAINT `fk_case_details_field_case_type` FOREIGN KEY (`case_type`) REFERENCES `case_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_type_correspondent_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `case_type_uuid` char(36) NOT NULL,
  `correspondent_type_uuid` char(36) NOT NULL,
  `selectable` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_case_type_uuid_correspondent_type_uuid` (`case_type_uuid`, `correspondent_type_uuid`),
  CONSTRAINT `fk_case_type_correspondent_type_case_type_uuid` FOREIGN KEY (`case_type_uuid`) REFERENCES `case_type` (`uuid`),
  CONSTRAINT `fk_case_type_correspondent_type_correspondent_type_uuid` FOREIGN KEY (`correspondent_type_uuid`) REFERENCES `correspondent_type` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workstack_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `parent_system_name` varchar(25) NOT NULL DEFAULT 'system',
  `type` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workstack_type_type_idempotent` (`type`),
  CONSTRAINT `fk_workstack_type_parent_system_name` FOREIGN KEY (`parent_system_name`) REFERENCES `system_configuration` (`system_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workstack_column_type` (
  `workstack_column_id` bigint NOT NULL,
  `workstack_type_type` varchar(50) NOT NULL,
  `workstack_column_order` smallint NOT NULL,
  UNIQUE KEY `workstack_column_id_workstack_type_type_idempotent` (`workstack_column_id`, `workstack_type_type`),
  UNIQUE KEY `workstack_type_type_workstack_column_order_idempotent` (`workstack_type_type`, `workstack_column_order`),
  CONSTRAINT `fk_workstack_column_id_workstack_column_id` FOREIGN KEY (`workstack_column_id`) REFERENCES `workstack_column` (`id`),
  CONSTRAINT `fk_workstack_type_type_workstack_type_type` FOREIGN KEY (`workstack_type_type`) REFERENCES `workstack_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_tag` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `case_type_uuid` char(36) NOT NULL,
  `tag` text NOT NULL,
  `sort_order` smallint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_document_tag_uuid` (`uuid`),
  CONSTRAINT `fk_document_tag_case_type_uuid` FOREIGN KEY (`case_type_uuid`) REFERENCES `case_type` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile` (
  `profile_name` varchar(25) NOT NULL,
  `parent_system_name` varchar(25) NOT NULL,
  `summary_deadlines_enabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`profile_name`),
  CONSTRAINT `fk_profile_parent_system_name` FOREIGN KEY (`parent_system_name`) REFERENCES `system_configuration` (`system_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_type_profile` (
  `case_type` varchar(255) NOT NULL,
  `profile_name` varchar(25) NOT NULL,
  UNIQUE KEY `case_type_profile_idempotent` (`case_type`, `profile_name`),
  CONSTRAINT `fk_case_type_profile_ctype` FOREIGN KEY (`case_type`) REFERENCES `case_type` (`type`),
  CONSTRAINT `fk_case_type_profile_pname` FOREIGN KEY (`profile_name`) REFERENCES `profile` (`profile_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `somu_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `case_type` varchar(255) NOT NULL,
  `type` varchar(20) NOT NULL,
  `schema` json NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `somu_type_case_type_type_unique` (`case_type`, `type`),
  UNIQUE KEY `somu_type_uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `case_type_action` (
  `uuid` char(36) NOT NULL,
  `case_type_uuid` char(36) NOT NULL,
  `case_type_type` text NOT NULL,
  `action_type` text NOT NULL,
  `action_label` text NOT NULL,
  `max_concurrent_events` int DEFAULT NULL,
  `props` json,
  `sort_order` int DEFAULT NULL,
  `active` tinyint(1) DEFAULT 0,
  `created_timestamp` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `last_updated_timestamp` datetime(6) DEFAULT NULL,
  `action_subtype` text DEFAULT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_data` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `case_uuid` char(36) DEFAULT NULL,
  `stage_uuid` char(36) DEFAULT NULL,
  `correlation_id` text NOT NULL,
  `raising_service` text NOT NULL,
  `audit_payload` json,
  `namespace` text NOT NULL,
  `audit_timestamp` datetime(6) NOT NULL,
  `type` text NOT NULL,
  `user_id` text NOT NULL,
  `case_type` text DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `audit_uuid_idempotent` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_event` (
  `id` bigint NOT NULL,
  `uuid` char(36) NOT NULL,
  `case_uuid` char(36) DEFAULT NULL,
  `stage_uuid` char(36) DEFAULT NULL,
  `correlation_id` text NOT NULL,
  `raising_service` text NOT NULL,
  `audit_payload` json,
  `namespace` text NOT NULL,
  `audit_timestamp` datetime(6) NOT NULL,
  `type` varchar(255) NOT NULL,
  `user_id` text NOT NULL,
  `case_type` text DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`uuid`, `audit_timestamp`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_event_latest_events` (
  `id` bigint NOT NULL,
  `uuid` char(36) NOT NULL,
  `case_uuid` char(36) DEFAULT NULL,
  `stage_uuid` char(36) DEFAULT NULL,
  `correlation_id` text NOT NULL,
  `raising_service` text NOT NULL,
  `audit_payload` json,
  `namespace` text NOT NULL,
  `audit_timestamp` datetime(6) NOT NULL,
  `type` varchar(255) NOT NULL,
  `user_id` text NOT NULL,
  `case_type` varchar(255) DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `audit_event_latest_events_audit_timestamp_type_uuid` (`audit_timestamp`, `case_type`, `type`, `case_uuid`),
  UNIQUE KEY `audit_event_latest_events_case_uuid_type` (`case_uuid`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
