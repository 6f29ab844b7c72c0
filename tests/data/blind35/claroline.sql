-- Claroline (learning platform): trimmed schema, 45 of the 261 tables of a fresh install.
-- Upstream: https://github.com/claroline/Claroline  src/*/*/Installation/Migrations/Version*.php
--   (Doctrine migrations generated from the ORM entities; a fresh install runs them bundle by bundle)
-- Commit: 42687b76a72adce91a9ae07f6374aff6e183d4be (2024-10-09)
-- Licence: GPL-3.0 (LICENSE: Claroline Connect licence, GNU GPL v3)
-- Made by running every bundle's migration up() in version order (their addSql() strings) into a scratch
-- MariaDB 10.11 database and dumping the kept tables with mysqldump --no-data. Column comments are Doctrine's
-- own type hints. Foreign keys to tables left out were dropped; the rest are kept, so loading needs
-- FOREIGN_KEY_CHECKS=0 (tables are in alphabetical order).

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `claro_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `workspace_id` int(11) DEFAULT NULL,
  `first_name` varchar(50) NOT NULL,
  `last_name` varchar(50) NOT NULL,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `locale` varchar(255) DEFAULT NULL,
  `salt` varchar(255) NOT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `mail` varchar(255) NOT NULL,
  `administrative_code` varchar(255) DEFAULT NULL,
  `creation_date` datetime NOT NULL,
  `last_activity` datetime DEFAULT NULL,
  `initialization_date` datetime DEFAULT NULL,
  `reset_password` varchar(255) DEFAULT NULL,
  `picture` varchar(255) DEFAULT NULL,
  `hasAcceptedTerms` tinyint(1) NOT NULL,
  `is_enabled` tinyint(1) NOT NULL,
  `is_removed` tinyint(1) NOT NULL,
  `is_locked` tinyint(1) NOT NULL,
  `technical` tinyint(1) NOT NULL DEFAULT 0,
  `is_mail_notified` tinyint(1) NOT NULL,
  `is_mail_validated` tinyint(1) NOT NULL,
  `expiration_date` datetime DEFAULT NULL,
  `email_validation_hash` varchar(255) DEFAULT NULL,
  `code` varchar(255) DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  `poster` varchar(255) DEFAULT NULL,
  `thumbnail` varchar(255) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_EB8D2852F85E0677` (`username`),
  UNIQUE KEY `UNIQ_EB8D28525126AC48` (`mail`),
  UNIQUE KEY `UNIQ_EB8D2852D17F50A6` (`uuid`),
  UNIQUE KEY `UNIQ_EB8D285282D40A1F` (`workspace_id`),
  KEY `code_idx` (`administrative_code`),
  KEY `enabled_idx` (`is_enabled`),
  KEY `is_removed` (`is_removed`),
  CONSTRAINT `FK_EB8D285282D40A1F` FOREIGN KEY (`workspace_id`) REFERENCES `claro_workspace` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_user_role` (
  `user_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`user_id`,`role_id`),
  KEY `IDX_797E43FFA76ED395` (`user_id`),
  KEY `IDX_797E43FFD60322AC` (`role_id`),
  CONSTRAINT `FK_797E43FFA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_797E43FFD60322AC` FOREIGN KEY (`role_id`) REFERENCES `claro_role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_user_group` (
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`user_id`,`group_id`),
  KEY `IDX_ED8B34C7A76ED395` (`user_id`),
  KEY `IDX_ED8B34C7FE54D947` (`group_id`),
  CONSTRAINT `FK_ED8B34C7A76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ED8B34C7FE54D947` FOREIGN KEY (`group_id`) REFERENCES `claro_group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uuid` varchar(36) NOT NULL,
  `description` longtext DEFAULT NULL,
  `poster` varchar(255) DEFAULT NULL,
  `thumbnail` varchar(255) DEFAULT NULL,
  `is_locked` tinyint(1) NOT NULL DEFAULT 0,
  `code` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_E7C393D7D17F50A6` (`uuid`),
  UNIQUE KEY `UNIQ_E7C393D777153098` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `workspace_id` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `translation_key` varchar(255) NOT NULL,
  `type` int(11) NOT NULL,
  `personal_workspace_creation_enabled` tinyint(1) NOT NULL,
  `uuid` varchar(36) NOT NULL,
  `description` longtext DEFAULT NULL,
  `is_locked` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_317774715E237E06` (`name`),
  UNIQUE KEY `UNIQ_31777471D17F50A6` (`uuid`),
  KEY `IDX_3177747182D40A1F` (`workspace_id`),
  CONSTRAINT `FK_3177747182D40A1F` FOREIGN KEY (`workspace_id`) REFERENCES `claro_workspace` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_workspace` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `default_role_id` int(11) DEFAULT NULL,
  `options_id` int(11) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `slug` varchar(128) NOT NULL,
  `isModel` tinyint(1) NOT NULL,
  `self_registration` tinyint(1) NOT NULL,
  `registration_validation` tinyint(1) NOT NULL,
  `self_unregistration` tinyint(1) NOT NULL,
  `max_teams` int(11) DEFAULT NULL,
  `is_personal` tinyint(1) NOT NULL,
  `disabled_notifications` tinyint(1) NOT NULL,
  `showProgression` tinyint(1) NOT NULL,
  `contactEmail` varchar(255) DEFAULT NULL,
  `successCondition` longtext DEFAULT NULL COMMENT '(DC2Type:json)',
  `uuid` varchar(36) NOT NULL,
  `code` varchar(255) NOT NULL,
  `archived` tinyint(1) NOT NULL,
  `entity_name` varchar(255) NOT NULL,
  `poster` varchar(255) DEFAULT NULL,
  `thumbnail` varchar(255) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `createdAt` datetime DEFAULT NULL,
  `updatedAt` datetime DEFAULT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `accessible_from` datetime DEFAULT NULL,
  `accessible_until` datetime DEFAULT NULL,
  `access_code` varchar(255) DEFAULT NULL,
  `allowed_ips` longtext DEFAULT NULL COMMENT '(DC2Type:json)',
  `estimatedDuration` int(11) DEFAULT NULL,
  `score_total` double NOT NULL DEFAULT 100,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_D9028545989D9B62` (`slug`),
  UNIQUE KEY `UNIQ_D9028545D17F50A6` (`uuid`),
  UNIQUE KEY `UNIQ_D902854577153098` (`code`),
  UNIQUE KEY `UNIQ_D90285453ADB05F1` (`options_id`),
  KEY `IDX_D9028545248673E9` (`default_role_id`),
  KEY `IDX_D902854561220EA6` (`creator_id`),
  KEY `name_idx` (`entity_name`),
  CONSTRAINT `FK_D9028545248673E9` FOREIGN KEY (`default_role_id`) REFERENCES `claro_role` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_D902854561220EA6` FOREIGN KEY (`creator_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_workspace_registration_queue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `workspace_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_role_unique` (`role_id`,`user_id`),
  KEY `IDX_F461C538D60322AC` (`role_id`),
  KEY `IDX_F461C538A76ED395` (`user_id`),
  KEY `IDX_F461C53882D40A1F` (`workspace_id`),
  CONSTRAINT `FK_F461C53882D40A1F` FOREIGN KEY (`workspace_id`) REFERENCES `claro_workspace` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_F461C538A76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_F461C538D60322AC` FOREIGN KEY (`role_id`) REFERENCES `claro_role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_workspace_evaluation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `workspace_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `evaluation_date` datetime DEFAULT NULL,
  `evaluation_status` varchar(255) NOT NULL,
  `duration` int(11) DEFAULT NULL,
  `score` double DEFAULT NULL,
  `score_min` double DEFAULT NULL,
  `score_max` double DEFAULT NULL,
  `progression` double NOT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_E0FF6754D17F50A6` (`uuid`),
  UNIQUE KEY `workspace_user_evaluation` (`workspace_id`,`user_id`),
  KEY `IDX_E0FF675482D40A1F` (`workspace_id`),
  KEY `IDX_E0FF6754A76ED395` (`user_id`),
  CONSTRAINT `FK_E0FF675482D40A1F` FOREIGN KEY (`workspace_id`) REFERENCES `claro_workspace` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_E0FF6754A76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_workspace_recent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `createdAt` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_ED82CA3B82D40A1F` (`workspace_id`),
  KEY `user_idx` (`user_id`),
  CONSTRAINT `FK_ED82CA3B82D40A1F` FOREIGN KEY (`workspace_id`) REFERENCES `claro_workspace` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ED82CA3BA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro__organization` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_id` int(11) DEFAULT NULL,
  `position` int(11) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `lft` int(11) NOT NULL,
  `lvl` int(11) NOT NULL,
  `rgt` int(11) NOT NULL,
  `root` int(11) DEFAULT NULL,
  `is_default` tinyint(1) NOT NULL,
  `is_public` tinyint(1) NOT NULL,
  `vat` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `maxUsers` int(11) NOT NULL,
  `code` varchar(255) NOT NULL,
  `uuid` varchar(36) NOT NULL,
  `entity_name` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `poster` varchar(255) DEFAULT NULL,
  `thumbnail` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_B68DD0D577153098` (`code`),
  UNIQUE KEY `UNIQ_B68DD0D5D17F50A6` (`uuid`),
  KEY `IDX_B68DD0D5727ACA70` (`parent_id`),
  CONSTRAINT `FK_B68DD0D5727ACA70` FOREIGN KEY (`parent_id`) REFERENCES `claro__organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_organization` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `organization_id` int(11) NOT NULL,
  `is_main` tinyint(1) NOT NULL,
  `is_manager` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_unique_user` (`user_id`,`organization_id`),
  KEY `IDX_41221F7EA76ED395` (`user_id`),
  KEY `IDX_41221F7E32C8A3DE` (`organization_id`),
  CONSTRAINT `FK_41221F7E32C8A3DE` FOREIGN KEY (`organization_id`) REFERENCES `claro__organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_41221F7EA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_field_facet` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `isRequired` tinyint(1) NOT NULL,
  `options` longtext NOT NULL COMMENT '(DC2Type:json)',
  `locked` tinyint(1) NOT NULL DEFAULT 0,
  `locked_edition` tinyint(1) NOT NULL DEFAULT 0,
  `help` varchar(255) DEFAULT NULL,
  `condition_field` varchar(255) DEFAULT NULL,
  `condition_comparator` varchar(255) DEFAULT NULL,
  `condition_value` longtext DEFAULT NULL COMMENT '(DC2Type:json)',
  `uuid` varchar(36) NOT NULL,
  `entity_order` int(11) NOT NULL,
  `panelFacet_id` int(11) DEFAULT NULL,
  `confidentiality` varchar(255) NOT NULL,
  `hide_label` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_F6C21DB2D17F50A6` (`uuid`),
  KEY `IDX_F6C21DB2E99038C0` (`panelFacet_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_field_facet_value` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `field_value` longtext DEFAULT NULL COMMENT '(DC2Type:json)',
  `uuid` varchar(36) NOT NULL,
  `fieldFacet_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_35307C0AD17F50A6` (`uuid`),
  KEY `IDX_35307C0AA76ED395` (`user_id`),
  KEY `IDX_35307C0A9F9239AF` (`fieldFacet_id`),
  CONSTRAINT `FK_35307C0A9F9239AF` FOREIGN KEY (`fieldFacet_id`) REFERENCES `claro_field_facet` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_35307C0AA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_resource_node` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `resource_type_id` int(11) NOT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `workspace_id` int(11) DEFAULT NULL,
  `license` varchar(255) DEFAULT NULL,
  `creation_date` datetime NOT NULL,
  `modification_date` datetime NOT NULL,
  `showTitle` tinyint(1) NOT NULL DEFAULT 1,
  `showIcon` tinyint(1) NOT NULL DEFAULT 1,
  `name` varchar(255) NOT NULL,
  `lvl` int(11) DEFAULT NULL,
  `path` longtext DEFAULT NULL,
  `materializedPath` longtext DEFAULT NULL,
  `value` int(11) DEFAULT NULL,
  `mime_type` varchar(255) DEFAULT NULL,
  `author` varchar(255) DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `fullscreen` tinyint(1) NOT NULL,
  `accesses` longtext DEFAULT NULL COMMENT '(DC2Type:json)',
  `views_count` int(11) NOT NULL DEFAULT 0,
  `comments_activated` tinyint(1) NOT NULL,
  `slug` varchar(128) NOT NULL,
  `uuid` varchar(36) NOT NULL,
  `code` varchar(255) NOT NULL,
  `thumbnail` varchar(255) DEFAULT NULL,
  `poster` varchar(255) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `published` tinyint(1) NOT NULL DEFAULT 1,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `accessible_from` datetime DEFAULT NULL,
  `accessible_until` datetime DEFAULT NULL,
  `evaluated` tinyint(1) NOT NULL DEFAULT 0,
  `required` tinyint(1) NOT NULL DEFAULT 0,
  `estimatedDuration` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_A76799FF989D9B62` (`slug`),
  UNIQUE KEY `UNIQ_A76799FFD17F50A6` (`uuid`),
  UNIQUE KEY `UNIQ_A76799FF77153098` (`code`),
  KEY `IDX_A76799FF98EC6B7B` (`resource_type_id`),
  KEY `IDX_A76799FF727ACA70` (`parent_id`),
  KEY `IDX_A76799FF61220EA6` (`creator_id`),
  KEY `IDX_A76799FF82D40A1F` (`workspace_id`),
  CONSTRAINT `FK_A76799FF61220EA6` FOREIGN KEY (`creator_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_A76799FF727ACA70` FOREIGN KEY (`parent_id`) REFERENCES `claro_resource_node` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_A76799FF82D40A1F` FOREIGN KEY (`workspace_id`) REFERENCES `claro_workspace` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_A76799FF98EC6B7B` FOREIGN KEY (`resource_type_id`) REFERENCES `claro_resource_type` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_resource_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `plugin_id` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `class` varchar(256) NOT NULL,
  `is_exportable` tinyint(1) NOT NULL,
  `tags` longtext NOT NULL COMMENT '(DC2Type:json)',
  `defaultMask` int(11) NOT NULL,
  `is_enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_AEC626935E237E06` (`name`),
  KEY `IDX_AEC62693EC942BCF` (`plugin_id`),
  CONSTRAINT `FK_AEC62693EC942BCF` FOREIGN KEY (`plugin_id`) REFERENCES `claro_plugin` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_resource_user_evaluation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `resource_node` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `nb_attempts` int(11) NOT NULL,
  `nb_openings` int(11) NOT NULL,
  `evaluation_date` datetime DEFAULT NULL,
  `evaluation_status` varchar(255) NOT NULL,
  `duration` int(11) DEFAULT NULL,
  `score` double DEFAULT NULL,
  `score_min` double DEFAULT NULL,
  `score_max` double DEFAULT NULL,
  `progression` double NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resource_user_evaluation` (`resource_node`,`user_id`),
  KEY `IDX_BCA02E7A8A5F48FF` (`resource_node`),
  KEY `IDX_BCA02E7AA76ED395` (`user_id`),
  CONSTRAINT `FK_BCA02E7A8A5F48FF` FOREIGN KEY (`resource_node`) REFERENCES `claro_resource_node` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_BCA02E7AA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_resource_evaluation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `resource_user_evaluation` int(11) DEFAULT NULL,
  `evaluation_comment` longtext DEFAULT NULL,
  `more_data` longtext DEFAULT NULL COMMENT '(DC2Type:json)',
  `evaluation_date` datetime DEFAULT NULL,
  `evaluation_status` varchar(255) NOT NULL,
  `duration` int(11) DEFAULT NULL,
  `score` double DEFAULT NULL,
  `score_min` double DEFAULT NULL,
  `score_max` double DEFAULT NULL,
  `progression` double NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_C2A4B1E7FBE9DF40` (`resource_user_evaluation`),
  CONSTRAINT `FK_C2A4B1E7FBE9DF40` FOREIGN KEY (`resource_user_evaluation`) REFERENCES `claro_resource_user_evaluation` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_resource_comment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `resource_node_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `content` longtext NOT NULL,
  `creation_date` datetime NOT NULL,
  `edition_date` datetime DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_79F5F969D17F50A6` (`uuid`),
  KEY `IDX_79F5F9691BAD783F` (`resource_node_id`),
  KEY `IDX_79F5F969A76ED395` (`user_id`),
  CONSTRAINT `FK_79F5F9691BAD783F` FOREIGN KEY (`resource_node_id`) REFERENCES `claro_resource_node` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_79F5F969A76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender_id` int(11) DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `object` varchar(255) NOT NULL,
  `content` longtext NOT NULL,
  `date` datetime NOT NULL,
  `lft` int(11) NOT NULL,
  `lvl` int(11) NOT NULL,
  `rgt` int(11) NOT NULL,
  `root` int(11) DEFAULT NULL,
  `sender_username` varchar(255) NOT NULL,
  `receiver_string` longtext NOT NULL,
  `attachments` longtext DEFAULT NULL COMMENT '(DC2Type:json)',
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_D6FE8DD8D17F50A6` (`uuid`),
  KEY `IDX_D6FE8DD8F624B39D` (`sender_id`),
  KEY `IDX_D6FE8DD8727ACA70` (`parent_id`),
  KEY `level_idx` (`lvl`),
  KEY `root_idx` (`root`),
  CONSTRAINT `FK_D6FE8DD8727ACA70` FOREIGN KEY (`parent_id`) REFERENCES `claro_message` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_D6FE8DD8F624B39D` FOREIGN KEY (`sender_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_user_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `message_id` int(11) NOT NULL,
  `is_removed` tinyint(1) NOT NULL,
  `is_read` tinyint(1) NOT NULL,
  `is_sent` tinyint(1) NOT NULL,
  `last_open_date` datetime DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_D48EA38AD17F50A6` (`uuid`),
  KEY `IDX_D48EA38AA76ED395` (`user_id`),
  KEY `IDX_D48EA38A537A1329` (`message_id`),
  CONSTRAINT `FK_D48EA38A537A1329` FOREIGN KEY (`message_id`) REFERENCES `claro_message` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_D48EA38AA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contact_unique_user_contact` (`user_id`,`contact_id`),
  KEY `IDX_2C215B9FA76ED395` (`user_id`),
  KEY `IDX_2C215B9FE7A1254A` (`contact_id`),
  CONSTRAINT `FK_2C215B9FA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_2C215B9FE7A1254A` FOREIGN KEY (`contact_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_api_token` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `token` varchar(36) NOT NULL,
  `description` longtext DEFAULT NULL,
  `is_locked` tinyint(1) NOT NULL DEFAULT 0,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_2F3470B75F37A13B` (`token`),
  UNIQUE KEY `UNIQ_2F3470B7D17F50A6` (`uuid`),
  KEY `IDX_2F3470B7A76ED395` (`user_id`),
  CONSTRAINT `FK_2F3470B7A76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_ip_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `ip` varchar(255) NOT NULL,
  `is_range` tinyint(1) NOT NULL,
  `is_locked` tinyint(1) NOT NULL DEFAULT 0,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_FEB73761A5E3B32D` (`ip`),
  UNIQUE KEY `UNIQ_FEB73761D17F50A6` (`uuid`),
  KEY `IDX_FEB73761A76ED395` (`user_id`),
  CONSTRAINT `FK_FEB73761A76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_oauth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `oauthId` varchar(255) NOT NULL,
  `service` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_E4539E82A76ED395` (`user_id`),
  CONSTRAINT `FK_E4539E82A76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_cryptographic_key` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `organization_id` int(11) DEFAULT NULL,
  `publicKeyParam` longtext NOT NULL,
  `privateKeyParam` longtext DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_1603A182D17F50A6` (`uuid`),
  KEY `IDX_1603A182A76ED395` (`user_id`),
  KEY `IDX_1603A18232C8A3DE` (`organization_id`),
  CONSTRAINT `FK_1603A18232C8A3DE` FOREIGN KEY (`organization_id`) REFERENCES `claro__organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_1603A182A76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `doer_id` int(11) DEFAULT NULL,
  `receiver_id` int(11) DEFAULT NULL,
  `receiver_group_id` int(11) DEFAULT NULL,
  `workspace_id` int(11) DEFAULT NULL,
  `resource_type_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  `action` varchar(255) NOT NULL,
  `date_log` datetime NOT NULL,
  `short_date_log` date NOT NULL,
  `details` longtext DEFAULT NULL COMMENT '(DC2Type:json)',
  `doer_type` varchar(255) NOT NULL,
  `doer_ip` varchar(255) DEFAULT NULL,
  `doer_session_id` varchar(255) DEFAULT NULL,
  `tool_name` varchar(255) DEFAULT NULL,
  `is_displayed_in_admin` tinyint(1) NOT NULL,
  `is_displayed_in_workspace` tinyint(1) NOT NULL,
  `other_element_id` int(11) DEFAULT NULL,
  `resourceNode_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_97FAB91F12D3860F` (`doer_id`),
  KEY `IDX_97FAB91FCD53EDB6` (`receiver_id`),
  KEY `IDX_97FAB91FC6F122B2` (`receiver_group_id`),
  KEY `IDX_97FAB91F82D40A1F` (`workspace_id`),
  KEY `IDX_97FAB91FB87FAB32` (`resourceNode_id`),
  KEY `IDX_97FAB91F98EC6B7B` (`resource_type_id`),
  KEY `IDX_97FAB91FD60322AC` (`role_id`),
  KEY `action_idx` (`action`),
  KEY `tool_idx` (`tool_name`),
  KEY `doer_type_idx` (`doer_type`),
  CONSTRAINT `FK_97FAB91F12D3860F` FOREIGN KEY (`doer_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_97FAB91F82D40A1F` FOREIGN KEY (`workspace_id`) REFERENCES `claro_workspace` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_97FAB91F98EC6B7B` FOREIGN KEY (`resource_type_id`) REFERENCES `claro_resource_type` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_97FAB91FB87FAB32` FOREIGN KEY (`resourceNode_id`) REFERENCES `claro_resource_node` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_97FAB91FC6F122B2` FOREIGN KEY (`receiver_group_id`) REFERENCES `claro_group` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_97FAB91FCD53EDB6` FOREIGN KEY (`receiver_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_97FAB91FD60322AC` FOREIGN KEY (`role_id`) REFERENCES `claro_role` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_log_connect_platform` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `connection_date` datetime NOT NULL,
  `total_duration` int(11) DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_897DE045D17F50A6` (`uuid`),
  KEY `IDX_897DE045A76ED395` (`user_id`),
  CONSTRAINT `FK_897DE045A76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_log_connect_workspace` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `workspace_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `workspace_name` varchar(255) NOT NULL,
  `connection_date` datetime NOT NULL,
  `total_duration` int(11) DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_8724810ED17F50A6` (`uuid`),
  KEY `IDX_8724810E82D40A1F` (`workspace_id`),
  KEY `IDX_8724810EA76ED395` (`user_id`),
  CONSTRAINT `FK_8724810E82D40A1F` FOREIGN KEY (`workspace_id`) REFERENCES `claro_workspace` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_8724810EA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_log_functionnal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `doer_id` int(11) DEFAULT NULL,
  `resource_id` int(11) DEFAULT NULL,
  `workspace_id` int(11) DEFAULT NULL,
  `date` datetime NOT NULL,
  `details` longtext NOT NULL,
  `event` varchar(255) NOT NULL,
  `doer_ip` varchar(255) DEFAULT NULL,
  `doer_country` varchar(255) DEFAULT NULL,
  `doer_city` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_29C2B64E89329D25` (`resource_id`),
  KEY `IDX_29C2B64E82D40A1F` (`workspace_id`),
  KEY `IDX_29C2B64E12D3860F` (`doer_id`),
  CONSTRAINT `FK_29C2B64E12D3860F` FOREIGN KEY (`doer_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_29C2B64E82D40A1F` FOREIGN KEY (`workspace_id`) REFERENCES `claro_workspace` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_29C2B64E89329D25` FOREIGN KEY (`resource_id`) REFERENCES `claro_resource_node` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_log_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `receiver_id` int(11) DEFAULT NULL,
  `doer_id` int(11) DEFAULT NULL,
  `date` datetime NOT NULL,
  `details` longtext NOT NULL,
  `event` varchar(255) NOT NULL,
  `doer_ip` varchar(255) DEFAULT NULL,
  `doer_country` varchar(255) DEFAULT NULL,
  `doer_city` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_5AC3989CD53EDB6` (`receiver_id`),
  KEY `IDX_5AC398912D3860F` (`doer_id`),
  CONSTRAINT `FK_5AC398912D3860F` FOREIGN KEY (`doer_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_5AC3989CD53EDB6` FOREIGN KEY (`receiver_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_log_operational` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `doer_id` int(11) DEFAULT NULL,
  `date` datetime NOT NULL,
  `event` varchar(255) NOT NULL,
  `details` longtext NOT NULL,
  `doer_ip` varchar(255) DEFAULT NULL,
  `doer_country` varchar(255) DEFAULT NULL,
  `doer_city` varchar(255) DEFAULT NULL,
  `objectClass` varchar(255) NOT NULL,
  `objectId` varchar(255) NOT NULL,
  `changeset` longtext NOT NULL COMMENT '(DC2Type:json)',
  PRIMARY KEY (`id`),
  KEY `IDX_3BB0DC0E12D3860F` (`doer_id`),
  CONSTRAINT `FK_3BB0DC0E12D3860F` FOREIGN KEY (`doer_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_log_security` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `target_id` int(11) DEFAULT NULL,
  `doer_id` int(11) DEFAULT NULL,
  `doer_country` varchar(255) DEFAULT NULL,
  `doer_ip` varchar(255) DEFAULT NULL,
  `doer_city` varchar(255) DEFAULT NULL,
  `date` datetime NOT NULL,
  `details` longtext NOT NULL,
  `event` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_91F693E1158E0B66` (`target_id`),
  KEY `IDX_91F693E112D3860F` (`doer_id`),
  CONSTRAINT `FK_91F693E112D3860F` FOREIGN KEY (`doer_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_91F693E1158E0B66` FOREIGN KEY (`target_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_evaluation_certificate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `evaluation_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `obtention_date` datetime DEFAULT NULL,
  `issue_date` datetime DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `score` double NOT NULL,
  `language` varchar(255) NOT NULL,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `revocation_reason` longtext DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_98CCC562D17F50A6` (`uuid`),
  KEY `IDX_98CCC562456C5646` (`evaluation_id`),
  KEY `IDX_98CCC562A76ED395` (`user_id`),
  CONSTRAINT `FK_98CCC562456C5646` FOREIGN KEY (`evaluation_id`) REFERENCES `claro_workspace_evaluation` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_98CCC562A76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_forum_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subject_id` int(11) DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `moderation` varchar(255) NOT NULL,
  `flagged` tinyint(1) NOT NULL,
  `first` tinyint(1) NOT NULL,
  `content` longtext NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `author` varchar(255) DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_6A49AC0ED17F50A6` (`uuid`),
  KEY `IDX_6A49AC0E23EDC87` (`subject_id`),
  KEY `IDX_6A49AC0E727ACA70` (`parent_id`),
  KEY `IDX_6A49AC0EA76ED395` (`user_id`),
  CONSTRAINT `FK_6A49AC0E23EDC87` FOREIGN KEY (`subject_id`) REFERENCES `claro_forum_subject` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_6A49AC0E727ACA70` FOREIGN KEY (`parent_id`) REFERENCES `claro_forum_message` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_6A49AC0EA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_forum_subject` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `forum_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `poster_id` int(11) DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `sticked` tinyint(1) NOT NULL,
  `closed` tinyint(1) NOT NULL,
  `flagged` tinyint(1) NOT NULL,
  `viewCount` int(11) NOT NULL,
  `moderation` varchar(255) NOT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_273AA20BD17F50A6` (`uuid`),
  KEY `IDX_273AA20B29CCBAD0` (`forum_id`),
  KEY `IDX_273AA20BA76ED395` (`user_id`),
  KEY `IDX_273AA20B5BB66C05` (`poster_id`),
  CONSTRAINT `FK_273AA20BA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_cursusbundle_course_session_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `validated` tinyint(1) NOT NULL,
  `registration_type` varchar(255) NOT NULL,
  `registration_date` datetime NOT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_80B4120FD17F50A6` (`uuid`),
  UNIQUE KEY `training_session_unique_user` (`session_id`,`user_id`),
  KEY `IDX_80B4120F613FECDF` (`session_id`),
  KEY `IDX_80B4120FA76ED395` (`user_id`),
  CONSTRAINT `FK_80B4120FA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_cursusbundle_presence_status` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `presence_status` varchar(255) NOT NULL,
  `uuid` varchar(36) NOT NULL,
  `presence_signature` varchar(255) DEFAULT NULL,
  `presence_validation_date` datetime DEFAULT NULL,
  `evidences` longtext DEFAULT NULL COMMENT '(DC2Type:json)',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_DFE5E1FED17F50A6` (`uuid`),
  KEY `IDX_DFE5E1FE71F7E88B` (`event_id`),
  KEY `IDX_DFE5E1FEA76ED395` (`user_id`),
  CONSTRAINT `FK_DFE5E1FEA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_planned_object` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `location_id` int(11) DEFAULT NULL,
  `room_id` int(11) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `event_type` varchar(255) NOT NULL,
  `event_class` varchar(255) NOT NULL,
  `start_date` datetime DEFAULT NULL,
  `end_date` datetime DEFAULT NULL,
  `color` varchar(255) DEFAULT NULL,
  `locationUrl` varchar(255) DEFAULT NULL,
  `createdAt` datetime DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `updatedAt` datetime DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  `entity_name` varchar(255) NOT NULL,
  `poster` varchar(255) DEFAULT NULL,
  `thumbnail` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_5F6CC1D7D17F50A6` (`uuid`),
  KEY `IDX_5F6CC1D764D218E` (`location_id`),
  KEY `IDX_5F6CC1D754177093` (`room_id`),
  KEY `IDX_5F6CC1D761220EA6` (`creator_id`),
  CONSTRAINT `FK_5F6CC1D761220EA6` FOREIGN KEY (`creator_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_event_invitation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `status` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_19D2F4603BAE0AA7` (`event`),
  KEY `IDX_19D2F460A76ED395` (`user_id`),
  CONSTRAINT `FK_19D2F460A76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ujm_paper` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `exercise_id` int(11) DEFAULT NULL,
  `num_paper` int(11) NOT NULL,
  `start` datetime NOT NULL,
  `end` datetime DEFAULT NULL,
  `ordre_question` longtext DEFAULT NULL,
  `interupt` tinyint(1) DEFAULT NULL,
  `score` double DEFAULT NULL,
  `total` double DEFAULT NULL,
  `anonymous` tinyint(1) DEFAULT NULL,
  `invalidated` tinyint(1) NOT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_82972E4BD17F50A6` (`uuid`),
  KEY `IDX_82972E4BA76ED395` (`user_id`),
  KEY `IDX_82972E4BE934951A` (`exercise_id`),
  CONSTRAINT `FK_82972E4BA76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ujm_response` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `paper_id` int(11) DEFAULT NULL,
  `ip` varchar(255) NOT NULL,
  `mark` double DEFAULT NULL,
  `feedback` longtext DEFAULT NULL,
  `nb_tries` int(11) NOT NULL,
  `response` longtext DEFAULT NULL,
  `used_hints` longtext DEFAULT NULL COMMENT '(DC2Type:simple_array)',
  `question_id` varchar(36) NOT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_A7EC2BC2D17F50A6` (`uuid`),
  KEY `IDX_A7EC2BC2E6758861` (`paper_id`),
  CONSTRAINT `FK_A7EC2BC2E6758861` FOREIGN KEY (`paper_id`) REFERENCES `ujm_paper` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_scorm_sco_tracking` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `sco_id` int(11) NOT NULL,
  `score_raw` int(11) DEFAULT NULL,
  `score_min` int(11) DEFAULT NULL,
  `score_max` int(11) DEFAULT NULL,
  `progression` double NOT NULL,
  `score_scaled` decimal(10,7) DEFAULT NULL,
  `lesson_status` varchar(255) DEFAULT NULL,
  `completion_status` varchar(255) DEFAULT NULL,
  `session_time` int(11) DEFAULT NULL,
  `total_time_int` int(11) DEFAULT NULL,
  `total_time_string` varchar(255) DEFAULT NULL,
  `entry` varchar(255) DEFAULT NULL,
  `suspend_data` longtext DEFAULT NULL,
  `credit` varchar(255) DEFAULT NULL,
  `exit_mode` varchar(255) DEFAULT NULL,
  `lesson_location` varchar(255) DEFAULT NULL,
  `lesson_mode` varchar(255) DEFAULT NULL,
  `is_locked` tinyint(1) DEFAULT NULL,
  `details` longtext DEFAULT NULL COMMENT '(DC2Type:json)',
  `latest_date` datetime DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_2627E972D17F50A6` (`uuid`),
  KEY `IDX_2627E972A76ED395` (`user_id`),
  KEY `IDX_2627E97218A32826` (`sco_id`),
  CONSTRAINT `FK_2627E972A76ED395` FOREIGN KEY (`user_id`) REFERENCES `claro_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro__open_badge_assertion` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `recipient_id` int(11) DEFAULT NULL,
  `badge_id` int(11) DEFAULT NULL,
  `issuedOn` datetime NOT NULL,
  `image` longtext DEFAULT NULL,
  `narrative` longtext DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL,
  `revocationReason` longtext DEFAULT NULL,
  `uuid` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_B6E0ABADD17F50A6` (`uuid`),
  KEY `IDX_B6E0ABADE92F8F78` (`recipient_id`),
  KEY `IDX_B6E0ABADF7A2C2FC` (`badge_id`),
  CONSTRAINT `FK_B6E0ABADE92F8F78` FOREIGN KEY (`recipient_id`) REFERENCES `claro_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_privacy_parameters` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `template_id` int(11) DEFAULT NULL,
  `country_storage` varchar(255) DEFAULT NULL,
  `dpo_name` varchar(255) DEFAULT NULL,
  `dpo_email` varchar(255) DEFAULT NULL,
  `dpo_phone` varchar(255) DEFAULT NULL,
  `dpo_address_street1` varchar(255) DEFAULT NULL,
  `dpo_address_street2` varchar(255) DEFAULT NULL,
  `dpo_address_postal_code` varchar(255) DEFAULT NULL,
  `dpo_address_city` varchar(255) DEFAULT NULL,
  `dpo_address_state` varchar(255) DEFAULT NULL,
  `dpo_address_country` varchar(255) DEFAULT NULL,
  `tos_enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_5F8AD24D5DA0FB8` (`template_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `claro_plugin` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vendor_name` varchar(50) NOT NULL,
  `short_name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plugin_unique_name` (`vendor_name`,`short_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

SET FOREIGN_KEY_CHECKS=1;
