-- ODK Central (getodk/central-backend), commit 4f5943d13dd775fcecd2e21f9b8957db885d1ca3, Apache-2.0.
-- Schema obtained by running upstream's knex migrations (lib/model/migrations, 214 files) on an empty
-- PostgreSQL 15 database and dumping it (pg_dump -s); converted to MySQL/MariaDB DDL with column names
-- and order unchanged. knex's own bookkeeping tables, CHECK constraints, non-unique and partial indexes,
-- triggers and functions are left out; primary keys, unique keys and foreign keys are kept.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `actees` (
  `id` varchar(36) NOT NULL,
  `species` varchar(36),
  `parent` varchar(36),
  `purgedAt` datetime(3),
  `purgedName` text,
  `details` json,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actor_properties` (
  `id` int NOT NULL AUTO_INCREMENT,
  `projectId` int NOT NULL,
  `name` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `actor_properties_projectId_name_idx` (`projectId`,`name`(191)),
  CONSTRAINT `actor_properties_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actor_property_values` (
  `id` int NOT NULL AUTO_INCREMENT,
  `actorId` int NOT NULL,
  `actorPropertyId` int NOT NULL,
  `value` text NOT NULL,
  UNIQUE KEY `actor_property_values_actorId_actorPropertyId_idx` (`actorId`,`actorPropertyId`),
  KEY `actor_property_values_id_key` (`id`),
  CONSTRAINT `actor_property_values_actorId_fkey` FOREIGN KEY (`actorId`) REFERENCES `actors` (`id`) ON DELETE CASCADE,
  CONSTRAINT `actor_property_values_actorPropertyId_fkey` FOREIGN KEY (`actorPropertyId`) REFERENCES `actor_properties` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(15),
  `acteeId` varchar(36) NOT NULL,
  `displayName` varchar(64) NOT NULL,
  `meta` json,
  `createdAt` datetime(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `expiresAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_fk_actors_acteeid` (`acteeId`),
  CONSTRAINT `actors_acteeid_foreign` FOREIGN KEY (`acteeId`) REFERENCES `actees` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignments` (
  `actorId` int NOT NULL,
  `roleId` int NOT NULL,
  `acteeId` varchar(36) NOT NULL,
  PRIMARY KEY (`actorId`,`roleId`,`acteeId`),
  CONSTRAINT `assignments_acteeid_foreign` FOREIGN KEY (`acteeId`) REFERENCES `actees` (`id`),
  CONSTRAINT `assignments_actorid_foreign` FOREIGN KEY (`actorId`) REFERENCES `actors` (`id`),
  CONSTRAINT `assignments_roleid_foreign` FOREIGN KEY (`roleId`) REFERENCES `roles` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audits` (
  `actorId` int,
  `action` text NOT NULL,
  `acteeId` varchar(36),
  `details` json,
  `loggedAt` datetime(3),
  `claimed` datetime(3),
  `processed` datetime(3),
  `lastFailure` datetime(3),
  `failures` int DEFAULT 0,
  `id` int NOT NULL AUTO_INCREMENT,
  `notes` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `audits_acteeid_foreign` FOREIGN KEY (`acteeId`) REFERENCES `actees` (`id`),
  CONSTRAINT `audits_actorid_foreign` FOREIGN KEY (`actorId`) REFERENCES `actors` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sha` varchar(40) NOT NULL,
  `content` longblob,
  `contentType` text NOT NULL,
  `md5` varchar(32) NOT NULL,
  `s3_status` enum('pending','uploaded','failed','skipped') NOT NULL DEFAULT 'pending',
  `size` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `blobs_sha_content_type_unique` (`sha`,`contentType`(191))
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_audits` (
  `blobId` int NOT NULL,
  `event` text,
  `node` text,
  `start` text,
  `end` text,
  `latitude` text,
  `longitude` text,
  `accuracy` text,
  `old-value` text,
  `new-value` text,
  `remainder` json,
  `user` text,
  `change-reason` text,
  CONSTRAINT `client_audits_blobid_foreign` FOREIGN KEY (`blobId`) REFERENCES `blobs` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `submissionId` int NOT NULL,
  `actorId` int NOT NULL,
  `body` text NOT NULL,
  `createdAt` datetime(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `comments_actorid_foreign` FOREIGN KEY (`actorId`) REFERENCES `actors` (`id`),
  CONSTRAINT `comments_submissionid_foreign` FOREIGN KEY (`submissionId`) REFERENCES `submissions` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config` (
  `key` varchar(40) NOT NULL,
  `value` json,
  `setAt` datetime(3),
  `blobId` int,
  PRIMARY KEY (`key`),
  CONSTRAINT `config_blobid_foreign` FOREIGN KEY (`blobId`) REFERENCES `blobs` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `current_event` (
  `event` bigint NOT NULL
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dataset_access_filters` (
  `datasetId` int NOT NULL,
  `datasetPropertyId` int NOT NULL,
  `actorPropertyId` int NOT NULL,
  PRIMARY KEY (`datasetPropertyId`,`actorPropertyId`),
  CONSTRAINT `dataset_access_filters__composite_fk` FOREIGN KEY (`datasetId`,`datasetPropertyId`) REFERENCES `ds_properties` (`datasetId`,`id`) ON DELETE CASCADE,
  CONSTRAINT `dataset_access_filters_actorPropertyId_fkey` FOREIGN KEY (`actorPropertyId`) REFERENCES `actor_properties` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dataset_form_defs` (
  `datasetId` int NOT NULL,
  `formDefId` int NOT NULL,
  `actions` json NOT NULL,
  `path` text NOT NULL,
  `isRepeat` tinyint(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `dataset_form_defs_datasetid_formdefid_unique` (`datasetId`,`formDefId`),
  CONSTRAINT `dataset_form_defs_datasetid_foreign` FOREIGN KEY (`datasetId`) REFERENCES `datasets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dataset_form_defs_formdefid_foreign` FOREIGN KEY (`formDefId`) REFERENCES `form_defs` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `datasets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `acteeId` varchar(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `projectId` int NOT NULL,
  `publishedAt` datetime(3),
  `approvalRequired` tinyint(1) NOT NULL DEFAULT 0,
  `ownerOnly` tinyint(1) NOT NULL DEFAULT 0,
  `deletedAt` datetime(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `datasets_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ds_properties` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `datasetId` int NOT NULL,
  `publishedAt` datetime(3),
  `deletedAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `dataset_access_filters__unique_for_composite_fk_referent` (`datasetId`,`id`),
  CONSTRAINT `ds_properties_datasetid_foreign` FOREIGN KEY (`datasetId`) REFERENCES `datasets` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ds_property_fields` (
  `dsPropertyId` int,
  `formDefId` int,
  `path` text,
  UNIQUE KEY `ds_property_fields_dspropertyid_formdefid_unique` (`dsPropertyId`,`formDefId`),
  UNIQUE KEY `ds_property_fields_dspropertyid_path_formdefid_unique` (`dsPropertyId`,`path`(191),`formDefId`),
  CONSTRAINT `ds_property_fields_dspropertyid_foreign` FOREIGN KEY (`dsPropertyId`) REFERENCES `ds_properties` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `datasetId` int NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `creatorId` int NOT NULL,
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `conflict` enum('soft','hard'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `entities_uuid_unique` (`uuid`),
  CONSTRAINT `entities_createdby_foreign` FOREIGN KEY (`creatorId`) REFERENCES `actors` (`id`),
  CONSTRAINT `entities_datasetid_foreign` FOREIGN KEY (`datasetId`) REFERENCES `datasets` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_def_sources` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(36) NOT NULL,
  `auditId` int,
  `submissionDefId` int,
  `details` json,
  `forceProcessed` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_fk_entity_def_sources_auditid` (`auditId`),
  CONSTRAINT `entity_def_sources_auditid_foreign` FOREIGN KEY (`auditId`) REFERENCES `audits` (`id`) ON DELETE SET NULL,
  CONSTRAINT `entity_def_sources_submissiondefid_foreign` FOREIGN KEY (`submissionDefId`) REFERENCES `submission_defs` (`id`) ON DELETE SET NULL
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_defs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `entityId` int NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `current` tinyint(1),
  `data` json NOT NULL,
  `creatorId` int NOT NULL,
  `userAgent` varchar(255),
  `label` text NOT NULL,
  `root` tinyint(1) NOT NULL DEFAULT 0,
  `sourceId` int,
  `version` int NOT NULL DEFAULT 1,
  `dataReceived` json NOT NULL,
  `baseVersion` int,
  `conflictingProperties` json,
  `branchId` char(36),
  `trunkVersion` int,
  `branchBaseVersion` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `entity_defs_entityid_foreign` FOREIGN KEY (`entityId`) REFERENCES `entities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `entity_defs_sourceid_foreign` FOREIGN KEY (`sourceId`) REFERENCES `entity_def_sources` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_submission_backlog` (
  `submissionId` int NOT NULL,
  `submissionDefId` int NOT NULL,
  `branchId` char(36) NOT NULL,
  `branchBaseVersion` int NOT NULL,
  `loggedAt` datetime(3) NOT NULL,
  `auditId` int NOT NULL,
  `entityUuid` char(36) NOT NULL,
  UNIQUE KEY `entity_submission_backlog_branchId_branchBaseVersion_key` (`branchId`,`branchBaseVersion`),
  CONSTRAINT `fk_audit_id` FOREIGN KEY (`auditId`) REFERENCES `audits` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_submission_defs` FOREIGN KEY (`submissionDefId`) REFERENCES `submission_defs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_submissions` FOREIGN KEY (`submissionId`) REFERENCES `submissions` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `field_keys` (
  `actorId` int NOT NULL,
  `createdBy` int NOT NULL,
  `projectId` int,
  PRIMARY KEY (`actorId`),
  CONSTRAINT `field_keys_actorid_foreign` FOREIGN KEY (`actorId`) REFERENCES `actors` (`id`),
  CONSTRAINT `field_keys_createdby_foreign` FOREIGN KEY (`createdBy`) REFERENCES `actors` (`id`),
  CONSTRAINT `field_keys_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_attachments` (
  `formId` int NOT NULL,
  `blobId` int,
  `name` text NOT NULL,
  `type` text,
  `formDefId` int NOT NULL,
  `updatedAt` datetime(3),
  `datasetId` int,
  PRIMARY KEY (`formDefId`,`name`(191)),
  CONSTRAINT `form_attachments_blobid_foreign` FOREIGN KEY (`blobId`) REFERENCES `blobs` (`id`),
  CONSTRAINT `form_attachments_datasetid_foreign` FOREIGN KEY (`datasetId`) REFERENCES `datasets` (`id`) ON DELETE SET NULL,
  CONSTRAINT `form_attachments_formdefid_foreign` FOREIGN KEY (`formDefId`) REFERENCES `form_defs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `form_attachments_formid_foreign` FOREIGN KEY (`formId`) REFERENCES `forms` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_defs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `formId` int,
  `xml` text NOT NULL,
  `hash` varchar(32) NOT NULL,
  `sha` varchar(40) NOT NULL,
  `sha256` varchar(64) NOT NULL,
  `version` text NOT NULL,
  `createdAt` datetime(3),
  `keyId` int,
  `xlsBlobId` int,
  `publishedAt` datetime(3),
  `draftToken` varchar(64),
  `enketoId` varchar(255),
  `name` text,
  `schemaId` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `form_defs_formid_foreign` FOREIGN KEY (`formId`) REFERENCES `forms` (`id`) ON DELETE CASCADE,
  CONSTRAINT `form_defs_keyid_foreign` FOREIGN KEY (`keyId`) REFERENCES `keys` (`id`),
  CONSTRAINT `form_defs_schemaid_foreign` FOREIGN KEY (`schemaId`) REFERENCES `form_schemas` (`id`),
  CONSTRAINT `form_defs_xlsblobid_foreign` FOREIGN KEY (`xlsBlobId`) REFERENCES `blobs` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_field_values` (
  `formId` int NOT NULL,
  `submissionDefId` int NOT NULL,
  `path` text NOT NULL,
  `value` text,
  CONSTRAINT `form_field_values_formid_foreign` FOREIGN KEY (`formId`) REFERENCES `forms` (`id`) ON DELETE CASCADE,
  CONSTRAINT `form_field_values_submissiondefid_foreign` FOREIGN KEY (`submissionDefId`) REFERENCES `submission_defs` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_fields` (
  `formId` int NOT NULL,
  `path` text NOT NULL,
  `name` text NOT NULL,
  `type` varchar(32) NOT NULL,
  `binary` tinyint(1),
  `order` int NOT NULL,
  `selectMultiple` tinyint(1),
  `schemaId` int NOT NULL,
  PRIMARY KEY (`schemaId`,`path`(191)),
  CONSTRAINT `form_fields_formid_foreign` FOREIGN KEY (`formId`) REFERENCES `forms` (`id`) ON DELETE CASCADE,
  CONSTRAINT `form_fields_schemaid_foreign` FOREIGN KEY (`schemaId`) REFERENCES `form_schemas` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_schemas` (
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms` (
  `id` int NOT NULL AUTO_INCREMENT,
  `xmlFormId` varchar(64) NOT NULL,
  `createdAt` datetime(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `acteeId` varchar(36) NOT NULL,
  `state` text,
  `projectId` int NOT NULL,
  `currentDefId` int,
  `draftDefId` int,
  `enketoId` varchar(255),
  `enketoOnceId` text,
  `webformsEnabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_fk_forms_acteeid` (`acteeId`),
  UNIQUE KEY `idx_fk_forms_currentdefid` (`currentDefId`),
  UNIQUE KEY `idx_fk_forms_draftdefid` (`draftDefId`),
  CONSTRAINT `forms_acteeid_foreign` FOREIGN KEY (`acteeId`) REFERENCES `actees` (`id`),
  CONSTRAINT `forms_currentdefid_foreign` FOREIGN KEY (`currentDefId`) REFERENCES `form_defs` (`id`),
  CONSTRAINT `forms_draftdefid_foreign` FOREIGN KEY (`draftDefId`) REFERENCES `form_defs` (`id`),
  CONSTRAINT `forms_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keys` (
  `id` int NOT NULL AUTO_INCREMENT,
  `public` text NOT NULL,
  `private` json,
  `managed` tinyint(1),
  `hint` text,
  `createdAt` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `keys_public_unique` (`public`(191))
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `acteeId` varchar(36) NOT NULL,
  `createdAt` datetime(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `archived` tinyint(1),
  `keyId` int,
  `description` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projects_acteeid_unique` (`acteeId`),
  UNIQUE KEY `idx_fk_projects_keyid` (`keyId`),
  CONSTRAINT `projects_keyid_foreign` FOREIGN KEY (`keyId`) REFERENCES `keys` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_links` (
  `actorId` int NOT NULL,
  `createdBy` int NOT NULL,
  `formId` int NOT NULL,
  `once` tinyint(1),
  PRIMARY KEY (`actorId`),
  CONSTRAINT `public_links_actorid_foreign` FOREIGN KEY (`actorId`) REFERENCES `actors` (`id`),
  CONSTRAINT `public_links_createdby_foreign` FOREIGN KEY (`createdBy`) REFERENCES `actors` (`id`),
  CONSTRAINT `public_links_formid_foreign` FOREIGN KEY (`formId`) REFERENCES `forms` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `purged_entities` (
  `entityUuid` char(36) NOT NULL,
  `acteeId` varchar(255) NOT NULL,
  `auditId` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`entityUuid`),
  KEY `purged_entities_auditId_key` (`auditId`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `system` varchar(8),
  `createdAt` datetime(3),
  `updatedAt` datetime(3),
  `verbs` json,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `actorId` int NOT NULL,
  `token` varchar(64) NOT NULL,
  `expiresAt` datetime(3) NOT NULL,
  `createdAt` datetime(3),
  `csrf` varchar(64),
  UNIQUE KEY `sessions_token_index` (`token`),
  CONSTRAINT `sessions_actorid_foreign` FOREIGN KEY (`actorId`) REFERENCES `actors` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_attachments` (
  `blobId` int,
  `name` text NOT NULL,
  `submissionDefId` int NOT NULL,
  `index` int,
  `isClientAudit` tinyint(1),
  PRIMARY KEY (`submissionDefId`,`name`(191)),
  CONSTRAINT `attachments_blobid_foreign` FOREIGN KEY (`blobId`) REFERENCES `blobs` (`id`),
  CONSTRAINT `submission_attachments_submissiondefid_foreign` FOREIGN KEY (`submissionDefId`) REFERENCES `submission_defs` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_defs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `submissionId` int NOT NULL,
  `xml` text NOT NULL,
  `formDefId` int NOT NULL,
  `submitterId` int,
  `createdAt` datetime(3),
  `encDataAttachmentName` varchar(255),
  `localKey` text,
  `signature` text,
  `current` tinyint(1),
  `instanceName` text,
  `instanceId` varchar(64) NOT NULL,
  `userAgent` varchar(255),
  `deviceId` varchar(255),
  `root` tinyint(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_defs_actorid_foreign` FOREIGN KEY (`submitterId`) REFERENCES `actors` (`id`),
  CONSTRAINT `submission_defs_formdefid_foreign` FOREIGN KEY (`formDefId`) REFERENCES `form_defs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `submission_defs_submissionid_foreign` FOREIGN KEY (`submissionId`) REFERENCES `submissions` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_field_extract_geo_cache` (
  `submission_def_id` int NOT NULL,
  `fieldhash` bigint NOT NULL,
  `geovalue` json,
  PRIMARY KEY (`submission_def_id`,`fieldhash`),
  CONSTRAINT `submission_field_extract_geo_cache_submission_def_id_fkey` FOREIGN KEY (`submission_def_id`) REFERENCES `submission_defs` (`id`) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `formId` int NOT NULL,
  `instanceId` varchar(64) NOT NULL,
  `createdAt` datetime(3),
  `updatedAt` datetime(3),
  `deletedAt` datetime(3),
  `submitterId` int,
  `deviceId` varchar(255),
  `draft` tinyint(1) NOT NULL,
  `reviewState` text,
  `event` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `submissions_formid_instanceid_draft_unique` (`formId`,`instanceId`,`draft`),
  UNIQUE KEY `submission_event_idx` (`event`),
  CONSTRAINT `submissions_formid_foreign` FOREIGN KEY (`formId`) REFERENCES `forms` (`id`) ON DELETE CASCADE,
  CONSTRAINT `submissions_submitter_foreign` FOREIGN KEY (`submitterId`) REFERENCES `actors` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_project_preferences` (
  `userId` int NOT NULL,
  `projectId` int NOT NULL,
  `propertyName` text NOT NULL,
  `propertyValue` json NOT NULL,
  PRIMARY KEY (`userId`,`projectId`,`propertyName`(191)),
  CONSTRAINT `user_project_preferences_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`),
  CONSTRAINT `user_project_preferences_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`actorId`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_site_preferences` (
  `userId` int NOT NULL,
  `propertyName` text NOT NULL,
  `propertyValue` json NOT NULL,
  PRIMARY KEY (`userId`,`propertyName`(191)),
  CONSTRAINT `user_site_preferences_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`actorId`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `actorId` int NOT NULL,
  `password` varchar(64),
  `email` varchar(255) NOT NULL,
  `lastLoginAt` datetime(3),
  PRIMARY KEY (`actorId`),
  CONSTRAINT `users_actorid_foreign` FOREIGN KEY (`actorId`) REFERENCES `actors` (`id`)
) DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
