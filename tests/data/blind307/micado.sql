-- MICADO (Migrant Integration Cockpits and Dashboards; EU Horizon 2020 project, pilots in Hamburg, Antwerp, Bologna and Madrid)
-- Source: github.com/micado-eu/micado_deployment db_init/Micado_DB_Schema.sql (pg_dump of schema micadoapp, last changed in
-- commit 71d184d), read at commit 7288b62e02328e2ce1e91576cbda99f416b9e7a9 (EUPL-1.2).
-- Loaded into PostgreSQL 15 (pgroonga full-text indexes left out) and written as MySQL from the catalogs: column order
-- and names unchanged; primary, unique and foreign keys as upstream. The 19 *_translation_prod tables (published copies
-- of the *_translation tables, same columns) are left out.

CREATE TABLE `features_flags` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `flag_key` text DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `board` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `name` text DEFAULT NULL,
  `picture` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `charts` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `content` text NOT NULL,
  `description` text DEFAULT NULL,
  `category` text DEFAULT NULL,
  `format` text DEFAULT NULL,
  `type` text DEFAULT NULL,
  `xistime` tinyint(1) DEFAULT NULL,
  `x` text DEFAULT NULL,
  `y` text DEFAULT NULL,
  `board` text DEFAULT NULL,
  `provider` varchar(100) DEFAULT NULL,
  `updated` date DEFAULT NULL,
  `link` text DEFAULT NULL,
  `function` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `tenant_id` int NOT NULL,
  `published` tinyint(1) DEFAULT 0,
  `published_date` date DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages` (
  `lang` varchar(10) NOT NULL,
  `iso_code` varchar(10) DEFAULT NULL,
  `name` varchar(25) DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `voice_string` varchar(50) DEFAULT NULL,
  `voice_active` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `comment` text DEFAULT NULL,
  `translation_date` date DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `comment_translation_id_fkey` FOREIGN KEY (`id`) REFERENCES `comments` (`id`),
  CONSTRAINT `comment_translation_lang_fkey` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_type` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `icon` text DEFAULT NULL,
  `issuer` varchar(20) DEFAULT NULL,
  `model` text DEFAULT NULL,
  `validable` tinyint(1) NOT NULL DEFAULT 0,
  `validity_duration` smallint DEFAULT NULL,
  `model_is_present` tinyint(1) DEFAULT 0,
  `published` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `document_type` smallint NOT NULL,
  `user_tenant` int DEFAULT NULL,
  `ask_validate_by_tenant` smallint DEFAULT NULL,
  `validated` tinyint(1) NOT NULL DEFAULT 0,
  `validation_date` datetime(6) DEFAULT NULL,
  `validated_by_tenant` int DEFAULT NULL,
  `validated_by_user` int DEFAULT NULL,
  `uploaded_by_me` tinyint(1) NOT NULL DEFAULT 0,
  `expiration_date` datetime(6) DEFAULT NULL,
  `shareable` tinyint(1) NOT NULL DEFAULT 0,
  `user_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `document_document_type_fkey` FOREIGN KEY (`document_type`) REFERENCES `document_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `individual_intervention_plan` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `title` varchar(100) DEFAULT NULL,
  `creation_date` datetime(6) DEFAULT NULL,
  `end_date` datetime(6) DEFAULT NULL,
  `case_manager` varchar(30) DEFAULT NULL,
  `user_tenant` int DEFAULT NULL,
  `completed` tinyint(1) NOT NULL DEFAULT 0,
  `external_id` varchar(100) DEFAULT NULL,
  `user_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intervention_category` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `external_id` varchar(100) DEFAULT NULL,
  `published` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intervention_types` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `category_type` smallint DEFAULT NULL,
  `external_id` varchar(100) DEFAULT NULL,
  `published` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `intervention_types_fk` FOREIGN KEY (`category_type`) REFERENCES `intervention_category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `individual_intervention_plan_interventions` (
  `list_id` smallint NOT NULL,
  `intervention_type` smallint NOT NULL,
  `validation_date` datetime(6) DEFAULT NULL,
  `completed` tinyint(1) DEFAULT NULL,
  `validating_user_tenant` int DEFAULT NULL,
  `assignment_date` datetime(6) DEFAULT NULL,
  `id` smallint NOT NULL AUTO_INCREMENT,
  `validationrequestdate` date DEFAULT NULL,
  `title` varchar(100) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `external_id` varchar(100) DEFAULT NULL,
  `validating_user_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `individual_intervention_plan_interventions_intervention_type_fk` FOREIGN KEY (`intervention_type`) REFERENCES `intervention_types` (`id`),
  CONSTRAINT `individual_intervention_plan_interventions_list_id_fkey` FOREIGN KEY (`list_id`) REFERENCES `individual_intervention_plan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `completed_intervention_document` (
  `id_document` smallint NOT NULL,
  `id_intervention` smallint NOT NULL,
  PRIMARY KEY (`id_document`, `id_intervention`),
  CONSTRAINT `document_fk` FOREIGN KEY (`id_document`) REFERENCES `document` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `intervention_fk` FOREIGN KEY (`id_intervention`) REFERENCES `individual_intervention_plan_interventions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_pictures` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `picture` text DEFAULT NULL,
  `doc_id` smallint NOT NULL,
  `order` smallint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `document_pictures_fk` FOREIGN KEY (`doc_id`) REFERENCES `document` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_type_picture` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `image` text DEFAULT NULL,
  `document_type_id` smallint NOT NULL,
  `order` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `document_type_picture_fk` FOREIGN KEY (`document_type_id`) REFERENCES `document_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_type_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `document` varchar(250) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `document_type_translation_id_fkey` FOREIGN KEY (`id`) REFERENCES `document_type` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `document_type_translation_lang_fkey` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_type_validator` (
  `document_type_id` smallint NOT NULL,
  `validable_by_tenant` int DEFAULT NULL,
  CONSTRAINT `document_type_validator_document_type_id_fkey` FOREIGN KEY (`document_type_id`) REFERENCES `document_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_category` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `icon` text DEFAULT NULL,
  `link_integration_plan` tinyint(1) DEFAULT NULL,
  `published` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `link` varchar(70) DEFAULT NULL,
  `category` smallint DEFAULT NULL,
  `start_date` datetime(6) DEFAULT NULL,
  `end_date` datetime(6) DEFAULT NULL,
  `published` tinyint(1) DEFAULT 0,
  `location` text DEFAULT NULL,
  `cost` text DEFAULT NULL,
  `published_date` date DEFAULT NULL,
  `username` text DEFAULT NULL,
  `realm` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_fk` FOREIGN KEY (`category`) REFERENCES `event_category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `information_category` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `icon` text DEFAULT NULL,
  `link_integration_plan` tinyint(1) DEFAULT NULL,
  `published` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_category_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `event_category` text DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `event_category_translation_fk` FOREIGN KEY (`id`) REFERENCES `event_category` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `event_category_translation_fk_1` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `information` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `link` varchar(70) DEFAULT NULL,
  `category` smallint DEFAULT NULL,
  `published` tinyint(1) DEFAULT 0,
  `published_date` date DEFAULT NULL,
  `username` text DEFAULT NULL,
  `realm` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `information_fk` FOREIGN KEY (`category`) REFERENCES `information_category` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_tags` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `event_id` smallint NOT NULL,
  `published` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_tags_fk` FOREIGN KEY (`event_id`) REFERENCES `event` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `information_tags` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `information_id` smallint NOT NULL,
  `published` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `information_tags_event_tags_fk` FOREIGN KEY (`information_id`) REFERENCES `information` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_tags_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `tag` text NOT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `event_tags_translation_fk` FOREIGN KEY (`id`) REFERENCES `event_tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `event_tags_translation_fk_1` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topic` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `icon` text DEFAULT NULL,
  `published` tinyint(1) DEFAULT 0,
  `father` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_topic` (
  `id_event` smallint NOT NULL,
  `id_topic` smallint NOT NULL,
  PRIMARY KEY (`id_event`, `id_topic`),
  CONSTRAINT `event_topic_fk` FOREIGN KEY (`id_event`) REFERENCES `event` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `event_topic_fk_1` FOREIGN KEY (`id_topic`) REFERENCES `topic` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `information_topic` (
  `id_information` smallint NOT NULL,
  `id_topic` smallint NOT NULL,
  PRIMARY KEY (`id_information`, `id_topic`),
  CONSTRAINT `event_topic_id_process_fkey` FOREIGN KEY (`id_information`) REFERENCES `information` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `event_topic_id_topic_fkey` FOREIGN KEY (`id_topic`) REFERENCES `topic` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `event` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `event_translation_fk` FOREIGN KEY (`id`) REFERENCES `event` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `event_translation_fk_1` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_types` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `icon` text DEFAULT NULL,
  `published` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_user_types` (
  `id_event` smallint NOT NULL,
  `id_user_types` smallint NOT NULL,
  PRIMARY KEY (`id_event`, `id_user_types`),
  CONSTRAINT `event_user_types_fk` FOREIGN KEY (`id_event`) REFERENCES `event` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `event_user_types_fk_1` FOREIGN KEY (`id_user_types`) REFERENCES `user_types` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `information_user_types` (
  `id_information` smallint NOT NULL,
  `id_user_types` smallint NOT NULL,
  PRIMARY KEY (`id_information`, `id_user_types`),
  CONSTRAINT `information_user_types_event_user_types_fk` FOREIGN KEY (`id_information`) REFERENCES `information` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `information_user_types_event_user_types_fk_1` FOREIGN KEY (`id_user_types`) REFERENCES `user_types` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `features_flags_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `feature` varchar(250) DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `features_flags_translation_id_fkey` FOREIGN KEY (`id`) REFERENCES `features_flags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `features_flags_translation_lang_fkey` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback` (
  `id` int NOT NULL AUTO_INCREMENT,
  `feedback` text DEFAULT NULL,
  `url` text DEFAULT NULL,
  `feedback_date` date DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `glossary` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `published` tinyint(1) DEFAULT 0,
  `published_date` date DEFAULT NULL,
  `username` text DEFAULT NULL,
  `realm` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `glossary_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `title` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `glossary_translation_fk` FOREIGN KEY (`id`) REFERENCES `glossary` (`id`),
  CONSTRAINT `glossary_translation_fk_1` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `information_category_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `information_category` text DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `event_category_translation_id_fkey` FOREIGN KEY (`id`) REFERENCES `information_category` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `event_category_translation_lang_fkey` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `information_tags_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `tag` text NOT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `information_tags_translation_event_tags_translation_fk` FOREIGN KEY (`id`) REFERENCES `information_tags` (`id`),
  CONSTRAINT `information_tags_translation_event_tags_translation_fk_1` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `information_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `information` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `event_translation_id_fkey` FOREIGN KEY (`id`) REFERENCES `information` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `event_translation_lang_fkey` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intervention_category_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `title` varchar(250) DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `intervention_category_id_translation_fk` FOREIGN KEY (`id`) REFERENCES `intervention_category` (`id`),
  CONSTRAINT `intervention_category_translation_fk` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `process` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `link` varchar(70) DEFAULT NULL,
  `published` tinyint(1) DEFAULT 0,
  `published_date` date DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intervention_processes` (
  `intervention_type` smallint NOT NULL,
  `process_id` smallint NOT NULL,
  CONSTRAINT `intervention_processes_intervention_type_fkey` FOREIGN KEY (`intervention_type`) REFERENCES `intervention_types` (`id`),
  CONSTRAINT `intervention_processes_process_id_fkey` FOREIGN KEY (`process_id`) REFERENCES `process` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intervention_type_validator` (
  `tenant_id` int NOT NULL,
  `intervention_type_id` smallint NOT NULL,
  PRIMARY KEY (`tenant_id`, `intervention_type_id`),
  CONSTRAINT `intervention_type_validator_fk` FOREIGN KEY (`intervention_type_id`) REFERENCES `intervention_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intervention_types_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `intervention_title` varchar(250) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `intervention_types_translation_id_fkey` FOREIGN KEY (`id`) REFERENCES `intervention_types` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `intervention_types_translation_lang_fkey` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrant_app_config` (
  `id` int NOT NULL,
  `features` json,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mixed_icons` (
  `id` int NOT NULL,
  `icon` text DEFAULT NULL,
  `related_entity` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `picture_hotspot` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `x` smallint DEFAULT NULL,
  `y` smallint DEFAULT NULL,
  `picture_id` smallint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `picture_hotspot_fk` FOREIGN KEY (`picture_id`) REFERENCES `document_type_picture` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `picture_hotspot_translation` (
  `pht_id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `title` varchar(250) DEFAULT NULL,
  `message` text DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  `translation_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`pht_id`, `lang`, `translated`),
  CONSTRAINT `picture_hotspot_translation_fk` FOREIGN KEY (`pht_id`) REFERENCES `picture_hotspot` (`id`),
  CONSTRAINT `picture_hotspot_translation_fk_1` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `process_comments` (
  `idcomment` smallint NOT NULL,
  `idprocess` smallint NOT NULL,
  PRIMARY KEY (`idcomment`, `idprocess`),
  CONSTRAINT `id_comment_fkey` FOREIGN KEY (`idcomment`) REFERENCES `comments` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `id_process_fkey` FOREIGN KEY (`idprocess`) REFERENCES `process` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `process_produced_documents` (
  `id_process` smallint NOT NULL,
  `id_document` smallint NOT NULL,
  PRIMARY KEY (`id_process`, `id_document`),
  CONSTRAINT `to_docs_fk` FOREIGN KEY (`id_document`) REFERENCES `document_type` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `to_process_fk` FOREIGN KEY (`id_process`) REFERENCES `process` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `process_topic` (
  `id_process` smallint NOT NULL,
  `id_topic` smallint NOT NULL,
  PRIMARY KEY (`id_process`, `id_topic`),
  CONSTRAINT `process_topic_id_process_fkey` FOREIGN KEY (`id_process`) REFERENCES `process` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `process_topic_id_topic_fkey` FOREIGN KEY (`id_topic`) REFERENCES `topic` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `process_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `process` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `process_translation_id_fkey` FOREIGN KEY (`id`) REFERENCES `process` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `process_translation_lang_fkey` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `process_users` (
  `id_process` smallint NOT NULL,
  `id_user_types` smallint NOT NULL,
  PRIMARY KEY (`id_process`, `id_user_types`),
  CONSTRAINT `process_users_id_process_fkey` FOREIGN KEY (`id_process`) REFERENCES `process` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `process_users_id_user_types_fkey` FOREIGN KEY (`id_user_types`) REFERENCES `user_types` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rasa` (
  `id` int NOT NULL AUTO_INCREMENT,
  `file` char(70) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `traindata` date DEFAULT NULL,
  `trainresult` int DEFAULT NULL,
  `trainmessage` text DEFAULT NULL,
  `lang` char(10) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ratings` (
  `user_tenant` int DEFAULT NULL,
  `content_id` smallint NOT NULL,
  `content_type` int DEFAULT NULL,
  `value` int DEFAULT NULL,
  `id` smallint NOT NULL AUTO_INCREMENT,
  `date` date DEFAULT NULL,
  `user_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `key` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `step` (
  `id` char(36) NOT NULL,
  `cost` float DEFAULT NULL,
  `location_specific` tinyint(1) DEFAULT NULL,
  `location` varchar(100) DEFAULT NULL,
  `location_lon` float DEFAULT NULL,
  `location_lat` float DEFAULT NULL,
  `id_process` smallint NOT NULL,
  `link` text DEFAULT NULL,
  `step_icon` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `step_icon_fk` FOREIGN KEY (`step_icon`) REFERENCES `mixed_icons` (`id`),
  CONSTRAINT `step_id_process_fkey` FOREIGN KEY (`id_process`) REFERENCES `process` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `step_document` (
  `id_document` smallint NOT NULL,
  `is_out` tinyint(1) NOT NULL,
  `id_step` char(36) NOT NULL,
  `cost` decimal(65,30) DEFAULT 0,
  PRIMARY KEY (`id_document`, `id_step`),
  CONSTRAINT `step_document_fk` FOREIGN KEY (`id_step`) REFERENCES `step` (`id`),
  CONSTRAINT `step_document_id_document_fkey` FOREIGN KEY (`id_document`) REFERENCES `document_type` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `step_link` (
  `id` char(36) NOT NULL,
  `from_step` char(36) NOT NULL,
  `to_step` char(36) NOT NULL,
  `id_process` smallint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `step_link_fk` FOREIGN KEY (`id_process`) REFERENCES `process` (`id`),
  CONSTRAINT `step_link_from_fk` FOREIGN KEY (`from_step`) REFERENCES `step` (`id`),
  CONSTRAINT `step_link_to_fk` FOREIGN KEY (`to_step`) REFERENCES `step` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `step_link_translation` (
  `lang` varchar(10) NOT NULL,
  `description` varchar(250) DEFAULT NULL,
  `id` char(36) NOT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  `translation_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `step_link_translation_fk` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`),
  CONSTRAINT `step_link_translation_step_fk` FOREIGN KEY (`id`) REFERENCES `step_link` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `step_translation` (
  `lang` varchar(10) NOT NULL,
  `step` varchar(250) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `id` char(36) NOT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `step_translation_fk` FOREIGN KEY (`id`) REFERENCES `step` (`id`),
  CONSTRAINT `step_translation_lang_fkey` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `survey` (
  `id` int NOT NULL AUTO_INCREMENT,
  `survey` text DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `activation_date` date DEFAULT NULL,
  `expiry_date` date DEFAULT NULL,
  `title` text DEFAULT NULL,
  `destination_app` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `survey_answers` (
  `id_answer` int NOT NULL AUTO_INCREMENT,
  `id_survey` int DEFAULT NULL,
  `answer` json,
  `answer_date` date DEFAULT NULL,
  `id_user` char(36) DEFAULT NULL,
  PRIMARY KEY (`id_answer`),
  CONSTRAINT `survey_fk` FOREIGN KEY (`id_survey`) REFERENCES `survey` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` text DEFAULT NULL,
  `published` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_settings_translation` (
  `id` int NOT NULL,
  `value` text DEFAULT NULL,
  `translationState` int DEFAULT NULL,
  `lang` varchar(10) NOT NULL,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  `translation_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `lang_fk` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`),
  CONSTRAINT `t_setting_fk` FOREIGN KEY (`id`) REFERENCES `t_settings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenant` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `link` varchar(70) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `address` varchar(100) DEFAULT NULL,
  `realm` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topic_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `topic` varchar(250) DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `topic_translation_id_fkey` FOREIGN KEY (`id`) REFERENCES `topic` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `topic_translation_lang_fkey` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` char(36) NOT NULL,
  `realm` text DEFAULT NULL,
  `group` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_consent` (
  `consent` text DEFAULT NULL,
  `id_user` char(36) NOT NULL,
  PRIMARY KEY (`id_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_pictures` (
  `id` smallint NOT NULL AUTO_INCREMENT,
  `picture` text DEFAULT NULL,
  `tenant_id` int DEFAULT NULL,
  `user_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_preferences` (
  `id_user_type` smallint NOT NULL,
  `id_user` char(36) NOT NULL,
  PRIMARY KEY (`id_user_type`, `id_user`),
  CONSTRAINT `user_type_fk` FOREIGN KEY (`id_user_type`) REFERENCES `user_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_types_translation` (
  `id` smallint NOT NULL,
  `lang` varchar(10) NOT NULL,
  `user_type` varchar(250) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `translation_date` datetime(6) DEFAULT NULL,
  `translationState` int NOT NULL DEFAULT 0,
  `translated` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`, `lang`, `translated`),
  CONSTRAINT `user_types_translation_id_fkey` FOREIGN KEY (`id`) REFERENCES `user_types` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_types_translation_lang_fkey` FOREIGN KEY (`lang`) REFERENCES `languages` (`lang`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
