-- OpenSRP server (Open Smart Register Platform, Ona / smartregister), community-health-worker platform: clients
-- (beneficiaries) and their metadata, events (form submissions / visits), schedule alerts and actions, multimedia,
-- reports, stock, Reveal tasks, plans, locations and household structures, teams (organizations), practitioners and
-- roles, unique-ID pool, settings, form and manifest configuration, sync errors, Spring OAuth2 token store.
-- Source: github.com/OpenSRP/opensrp-server-configs assets/migrations/scripts/*.sql (the MyBatis migrations run by
-- opensrp-server-web), commit a9724f8669de24837dc5b1c58c9a174f7f4a80b5, Apache-2.0. The migrations were applied in
-- order to a scratch PostgreSQL 15 and the resulting schema dumped; schemas core, error, team and public are flattened
-- (table names are unique). Types written as MySQL types (bigserial -> bigint AUTO_INCREMENT, character varying ->
-- varchar(255), jsonb -> json, bytea -> longblob, daterange -> varchar(255), boolean -> tinyint(1), timestamp ->
-- datetime); primary and foreign keys kept; indexes and unique constraints left out. 44 of 48 tables (campaign,
-- campaign_metadata and the two settings backup tables left out).
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `client` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `json` json NOT NULL,
  `date_deleted` datetime,
  `server_version` bigint(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_metadata` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `client_id` bigint(20),
  `document_id` varchar(255) NOT NULL,
  `base_entity_id` varchar(255) NOT NULL,
  `relational_id` varchar(255),
  `server_version` bigint(20),
  `openmrs_uuid` varchar(255),
  `unique_id` varchar(255),
  `first_name` varchar(255),
  `middle_name` varchar(255),
  `last_name` varchar(255),
  `birth_date` date,
  `date_deleted` datetime,
  `residence` varchar(255),
  `location_id` varchar(255),
  `client_type` varchar(255),
  `date_created` datetime DEFAULT CURRENT_TIMESTAMP,
  `date_edited` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `client_metadata_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `client` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `json` json NOT NULL,
  `date_deleted` datetime,
  `server_version` bigint(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_metadata` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `event_id` bigint(20),
  `document_id` varchar(255) NOT NULL,
  `base_entity_id` varchar(255) NOT NULL,
  `form_submission_id` varchar(255) NOT NULL,
  `server_version` bigint(20),
  `openmrs_uuid` varchar(255),
  `event_type` varchar(255),
  `event_date` datetime,
  `entity_type` varchar(255),
  `provider_id` varchar(255),
  `location_id` varchar(255),
  `team` varchar(255),
  `team_id` varchar(255),
  `date_created` datetime DEFAULT CURRENT_TIMESTAMP,
  `date_edited` datetime,
  `date_deleted` datetime,
  `plan_identifier` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `event_metadata_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `json` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action_metadata` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `action_id` bigint(20),
  `document_id` varchar(255) NOT NULL,
  `base_entity_id` varchar(255) NOT NULL,
  `server_version` bigint(20),
  `provider_id` varchar(255),
  `location_id` varchar(255),
  `team` varchar(255),
  `team_id` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `action_metadata_action_id_fkey` FOREIGN KEY (`action_id`) REFERENCES `action` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `json` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_metadata` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `alert_id` bigint(20),
  `document_id` varchar(255) NOT NULL,
  `base_entity_id` varchar(255) NOT NULL,
  `server_version` bigint(20),
  `provider_id` varchar(255),
  `location_id` varchar(255),
  `team` varchar(255),
  `team_id` varchar(255),
  `is_active` tinyint(1),
  `trigger_name` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `alert_metadata_alert_id_fkey` FOREIGN KEY (`alert_id`) REFERENCES `alert` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multi_media` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `document_id` varchar(255) NOT NULL,
  `case_id` varchar(255) NOT NULL,
  `provider_id` varchar(255),
  `content_type` varchar(255),
  `file_path` varchar(255),
  `file_category` varchar(255),
  `date_uploaded` datetime,
  `summary` varchar(255),
  `original_file_name` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `json` json NOT NULL,
  `server_version` bigint(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_metadata` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `report_id` bigint(20),
  `document_id` varchar(255) NOT NULL,
  `form_submission_id` varchar(255) NOT NULL,
  `base_entity_id` varchar(255),
  `server_version` bigint(20),
  `report_type` varchar(255),
  `report_date` date,
  `provider_id` varchar(255),
  `location_id` varchar(255),
  `team` varchar(255),
  `team_id` varchar(255),
  `date_edited` date,
  PRIMARY KEY (`id`),
  CONSTRAINT `report_metadata_report_id_fkey` FOREIGN KEY (`report_id`) REFERENCES `report` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stock` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `json` json NOT NULL,
  `date_deleted` datetime,
  `server_version` bigint(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stock_metadata` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `stock_id` bigint(20),
  `document_id` varchar(255) NOT NULL,
  `server_version` bigint(20),
  `provider_id` varchar(255),
  `location_id` varchar(255),
  `team` varchar(255),
  `team_id` varchar(255),
  `date_deleted` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `stock_metadata_stock_id_fkey` FOREIGN KEY (`stock_id`) REFERENCES `stock` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `json` json NOT NULL,
  `server_version` bigint(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_metadata` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `task_id` bigint(20),
  `identifier` varchar(255),
  `plan_identifier` varchar(255),
  `group_identifier` varchar(255),
  `for_entity` varchar(255),
  `server_version` bigint(20),
  `owner` varchar(255),
  `code` varchar(255),
  `date_created` datetime DEFAULT CURRENT_TIMESTAMP,
  `date_edited` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `task_metadata_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plan` (
  `identifier` varchar(255) NOT NULL,
  `json` json NOT NULL,
  `date_deleted` datetime,
  `server_version` bigint(20),
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `experimental` tinyint(1) DEFAULT 0,
  `date_created` datetime DEFAULT CURRENT_TIMESTAMP,
  `date_edited` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plan_metadata` (
  `operational_area_id` varchar(255) NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `plan_id` bigint(20) NOT NULL,
  PRIMARY KEY (`operational_area_id`, `identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `structure` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `json` json NOT NULL,
  `server_version` bigint(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `structure_metadata` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `structure_id` bigint(20),
  `geojson_id` varchar(255),
  `type` varchar(255),
  `parent_id` varchar(255),
  `uuid` varchar(255),
  `status` varchar(255),
  `server_version` bigint(20),
  `name` varchar(255),
  `date_created` datetime DEFAULT CURRENT_TIMESTAMP,
  `date_edited` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `structure_metadata_structure_id_fkey` FOREIGN KEY (`structure_id`) REFERENCES `structure` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `json` json NOT NULL,
  `server_version` bigint(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_metadata` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `location_id` bigint(20),
  `geojson_id` varchar(255),
  `type` varchar(255),
  `parent_id` varchar(255),
  `uuid` varchar(255),
  `status` varchar(255),
  `server_version` bigint(20),
  `name` varchar(255),
  `version` int(11) NOT NULL DEFAULT 0,
  `date_created` datetime DEFAULT CURRENT_TIMESTAMP,
  `date_edited` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `location_metadata_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_tag` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `active` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_tag_map` (
  `location_id` bigint(20) NOT NULL,
  `location_tag_id` bigint(20) NOT NULL,
  CONSTRAINT `location_tag_map_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `location_tag_map_location_tag_id_fkey` FOREIGN KEY (`location_tag_id`) REFERENCES `location_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(255) NOT NULL,
  `active` tinyint(1) DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `type` json,
  `date_deleted` datetime,
  `parent_id` bigint(20),
  PRIMARY KEY (`id`),
  CONSTRAINT `organization_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_location` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `organization_id` bigint(20),
  `location_id` bigint(20),
  `plan_id` bigint(20),
  `from_date` date NOT NULL,
  `to_date` date,
  `duration` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `organization_location_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`),
  CONSTRAINT `organization_location_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`),
  CONSTRAINT `organization_location_plan_id_fkey` FOREIGN KEY (`plan_id`) REFERENCES `plan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `practitioner` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(255) NOT NULL,
  `active` tinyint(1) DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `username` varchar(255) NOT NULL,
  `date_deleted` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `practitioner_role` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(255) NOT NULL,
  `active` tinyint(1) DEFAULT 0,
  `organization_id` bigint(20) NOT NULL,
  `practitioner_id` bigint(20) NOT NULL,
  `code` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `practitioner_role_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`),
  CONSTRAINT `practitioner_role_practitioner_id_fkey` FOREIGN KEY (`practitioner_id`) REFERENCES `practitioner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unique_id` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `location` varchar(255),
  `openmrs_id` varchar(255),
  `status` varchar(255),
  `used_by` varchar(255),
  `updated_at` datetime,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `identifier` varchar(255),
  `id_source` bigint(20),
  `is_reserved` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_identifier_source_id` FOREIGN KEY (`id_source`) REFERENCES `identifier_source` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identifier_source` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(255) NOT NULL,
  `description` varchar(255),
  `identifier_validator_algorithm` varchar(255),
  `base_character_set` varchar(255) NOT NULL,
  `first_identifier_base` varchar(255),
  `prefix` varchar(255),
  `suffix` varchar(255),
  `min_length` int(11) NOT NULL,
  `max_length` int(11) NOT NULL,
  `regex_format` varchar(255),
  `sequence_value` bigint(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_form` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `json` json NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_form_metadata` (
  `id` bigint(20) NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `jurisdiction` varchar(255),
  `version` varchar(255) NOT NULL,
  `label` varchar(200) NOT NULL,
  `module` varchar(200),
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_draft` tinyint(1) DEFAULT 0,
  `is_json_validator` tinyint(1) DEFAULT 0,
  `relation` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `client_form_metadata_id_fkey` FOREIGN KEY (`id`) REFERENCES `client_form` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manifest` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `json` json NOT NULL,
  `app_version` varchar(255) NOT NULL,
  `app_id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_migration_file` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `on_object_storage` tinyint(1) DEFAULT 0,
  `object_storage_path` varchar(255),
  `jurisdiction` varchar(255),
  `version` int(11) NOT NULL,
  `manifest_id` int(11),
  `file_contents` text,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `json` json NOT NULL,
  `server_version` bigint(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings_metadata` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `settings_id` bigint(20),
  `document_id` varchar(255) NOT NULL,
  `identifier` varchar(255),
  `server_version` bigint(20),
  `team` varchar(255),
  `team_id` varchar(255),
  `provider_id` varchar(255),
  `location_id` varchar(255),
  `uuid` varchar(255),
  `json` json,
  `setting_type` varchar(255),
  `setting_value` varchar(255),
  `setting_key` varchar(255),
  `setting_description` varchar(255),
  `setting_label` varchar(255),
  `inherited_from` varchar(255),
  `metadata_version` bigint(20),
  PRIMARY KEY (`id`),
  CONSTRAINT `settings_metadata_settings_id_fkey` FOREIGN KEY (`settings_id`) REFERENCES `settings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_state_token` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `value` varchar(255),
  `last_edited_date` bigint(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_catalogue` (
  `unique_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `product_name` varchar(255) NOT NULL,
  `json` json NOT NULL,
  `server_version` bigint(20),
  PRIMARY KEY (`unique_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `error_trace` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `document_id` varchar(255) NOT NULL,
  `date_occurred` datetime,
  `error_type` varchar(255),
  `occurred_at` varchar(255),
  `stack_trace` varchar(255),
  `status` varchar(255),
  `record_id` varchar(255),
  `date_closed` datetime,
  `document_type` varchar(255),
  `retry_url` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_token` (
  `token_id` varchar(256),
  `token` longblob,
  `authentication_id` varchar(256) NOT NULL,
  `user_name` varchar(256),
  `client_id` varchar(256),
  `authentication` longblob,
  `refresh_token` varchar(256),
  PRIMARY KEY (`authentication_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_refresh_token` (
  `token_id` varchar(256),
  `token` longblob,
  `authentication` longblob
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_code` (
  `code` varchar(256),
  `authentication` longblob
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_approvals` (
  `userid` varchar(256),
  `clientid` varchar(256),
  `scope` varchar(256),
  `status` varchar(10),
  `expiresat` datetime,
  `lastmodifiedat` datetime
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_client_details` (
  `client_id` varchar(256) NOT NULL,
  `resource_ids` varchar(256),
  `client_secret` varchar(256),
  `scope` varchar(256),
  `authorized_grant_types` varchar(256),
  `web_server_redirect_uri` varchar(256),
  `authorities` varchar(256),
  `access_token_validity` int(11),
  `refresh_token_validity` int(11),
  `additional_information` varchar(4096),
  `autoapprove` varchar(256),
  PRIMARY KEY (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_client_token` (
  `token_id` varchar(256),
  `token` longblob,
  `authentication_id` varchar(256) NOT NULL,
  `user_name` varchar(256),
  `client_id` varchar(256),
  PRIMARY KEY (`authentication_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

