-- Zanata (translation server of Red Hat / Fedora / OpenStack; Java EE, Hibernate, Liquibase), github.com/zanata/
-- zanata-platform, commit 68c80db891bc816f737fbfd1c77b6f68fb295143 (master, 2018-09-04; LGPL-2.1). Built by replaying
-- upstream's own changelog server/services/src/main/resources/db/db.changelog.xml into MariaDB as Liquibase does on
-- a fresh MySQL install: the MySQL baseline db/mysql/mysql_baseline.sql, then every changeSet of
-- db/changelogs/db.changelog-1.0 ... 4.6.xml for dbms mysql (createTable, addColumn, dropColumn, renameColumn,
-- modifyDataType, add/drop primary, unique and foreign keys, not-null constraints, auto-increment, raw MySQL <sql>,
-- db/mysql/add_missing_fks.sql), preconditions evaluated (MARK_RAN). Liquibase's boolean is written BIT(1) as
-- Liquibase does for MySQL. Java customChanges (data migrations), data updates, the HDocument history trigger
-- (db/mysql/create_trigger.sql) and Liquibase's own DATABASECHANGELOG tables left out. Exported with SHOW CREATE
-- TABLE; foreign keys listed after the tables. All 62 tables of the schema are kept.

CREATE TABLE `HAccountMembership` (
  `accountId` bigint(20) NOT NULL,
  `memberOf` int(11) NOT NULL,
  PRIMARY KEY (`accountId`,`memberOf`),
  KEY `FK9D5DB27B3E684F5E` (`memberOf`),
  KEY `FK9D5DB27BFA68C45F` (`accountId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HAccountResetPasswordKey` (
  `keyHash` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `accountId` bigint(20) NOT NULL,
  PRIMARY KEY (`keyHash`),
  UNIQUE KEY `accountId` (`accountId`),
  KEY `FK85C9EFDAFA68C45F` (`accountId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HAccountRole` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `conditional` bit(1) NOT NULL,
  `name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `roleType` char(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HAccountRoleGroup` (
  `roleId` int(11) NOT NULL,
  `memberOf` int(11) NOT NULL,
  PRIMARY KEY (`roleId`,`memberOf`),
  KEY `FK3321CC643E684F5E` (`memberOf`),
  KEY `FK3321CC642DF53D7E` (`roleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HApplicationConfiguration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `config_key` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `config_value` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `config_key` (`config_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HDocument` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `contentType` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `docId` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `obsolete` bit(1) NOT NULL,
  `path` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `revision` int(11) NOT NULL,
  `last_modified_by_id` bigint(20) DEFAULT NULL,
  `locale` bigint(20) NOT NULL,
  `poHeader_id` bigint(20) DEFAULT NULL,
  `project_iteration_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `docId` (`docId`,`project_iteration_id`),
  KEY `FKEA766D836C9BADC1` (`last_modified_by_id`),
  KEY `FKEA766D83FEA3B54A` (`locale`),
  KEY `FKEA766D8351ED6DFD` (`project_iteration_id`),
  KEY `FKEA766D83136CC025` (`poHeader_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HDocumentHistory` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `contentType` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `docId` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `lastChanged` datetime DEFAULT NULL,
  `name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `obsolete` bit(1) NOT NULL,
  `path` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `revision` int(11) DEFAULT NULL,
  `document_id` bigint(20) DEFAULT NULL,
  `last_modified_by_id` bigint(20) DEFAULT NULL,
  `locale` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `document_id` (`document_id`,`revision`),
  KEY `FK279765915383E2F0` (`document_id`),
  KEY `FK279765916C9BADC1` (`last_modified_by_id`),
  KEY `FK27976591FEA3B54A` (`locale`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HPoHeader` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `entries` longtext DEFAULT NULL,
  `comment_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK9A0ABDD4B7A40DF2` (`comment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HPoTargetHeader` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `entries` longtext DEFAULT NULL,
  `comment_id` bigint(20) DEFAULT NULL,
  `document_id` bigint(20) DEFAULT NULL,
  `targetLanguage` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `document_id` (`document_id`,`targetLanguage`),
  KEY `FK1BC719855383E2F0` (`document_id`),
  KEY `FK1BC719857D208AD9` (`targetLanguage`),
  KEY `FK1BC71985B7A40DF2` (`comment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HProjectIteration_Locale` (
  `projectIterationId` bigint(20) NOT NULL,
  `localeId` bigint(20) NOT NULL,
  PRIMARY KEY (`projectIterationId`,`localeId`),
  KEY `FKHPROJECTITELOCLOC` (`localeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HProject_Locale` (
  `projectId` bigint(20) NOT NULL,
  `localeId` bigint(20) NOT NULL,
  PRIMARY KEY (`projectId`,`localeId`),
  KEY `FKHPROJECTLOCALELOC` (`localeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HTextFlowHistory` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `obsolete` bit(1) NOT NULL,
  `pos` int(11) DEFAULT NULL,
  `revision` int(11) DEFAULT NULL,
  `tf_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `revision` (`revision`,`tf_id`),
  KEY `FK46C4DEB1CCAD9D19` (`tf_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Activity` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `actor_id` bigint(20) NOT NULL,
  `approxTime` datetime NOT NULL,
  `startOffsetMillis` int(11) NOT NULL,
  `endOffsetMillis` int(11) NOT NULL,
  `contextType` varchar(150) NOT NULL,
  `context_id` bigint(20) NOT NULL,
  `lastTargetType` varchar(150) NOT NULL,
  `last_target_id` bigint(20) NOT NULL,
  `activityType` varchar(150) NOT NULL,
  `eventCount` int(11) NOT NULL,
  `wordCount` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UKactivity` (`actor_id`,`approxTime`,`activityType`,`contextType`,`context_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AllowedApp` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `accountId` bigint(20) NOT NULL,
  `clientId` varchar(32) NOT NULL,
  `refreshToken` varchar(128) DEFAULT NULL,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UKAllowedApp_accountId_clientId` (`accountId`,`clientId`),
  UNIQUE KEY `UKAllowedApp_refreshToken` (`refreshToken`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Glossary` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `qualifiedName` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Idx_qualifiedName` (`qualifiedName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HAccount` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `apiKey` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `enabled` bit(1) NOT NULL,
  `passwordHash` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `username` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `mergedInto` bigint(20) DEFAULT NULL,
  `erased` bit(1) DEFAULT b'0',
  `erasureDate` datetime DEFAULT NULL,
  `erasedBy` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  KEY `FK_HAccount_MergedIntoAccount` (`mergedInto`),
  KEY `FK_HAccount_erasedby` (`erasedBy`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HAccountActivationKey` (
  `keyHash` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `accountId` bigint(20) NOT NULL,
  `creationDate` datetime NOT NULL,
  PRIMARY KEY (`keyHash`),
  UNIQUE KEY `accountId` (`accountId`),
  KEY `FK86E79CA4FA68C45F` (`accountId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HAccountOption` (
  `name` varchar(255) NOT NULL,
  `value` longtext DEFAULT NULL,
  `account_id` bigint(20) NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_HAccountOption_HAccount` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HCopyTransOptions` (
  `contextMismatchAction` char(1) NOT NULL,
  `docIdMismatchAction` char(1) NOT NULL,
  `projectMismatchAction` char(1) NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HCredentials` (
  `account_id` bigint(20) NOT NULL,
  `type` varchar(10) NOT NULL,
  `user` longtext DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_credentials_account` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HDocumentUpload` (
  `projectIterationId` bigint(20) NOT NULL,
  `docId` varchar(255) NOT NULL,
  `contentHash` char(32) NOT NULL,
  `type` varchar(255) NOT NULL,
  `localeId` bigint(20) DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_HDocumentUpload_ProjectIteration` (`projectIterationId`),
  KEY `FK_HDocumentUpload_Locale` (`localeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HDocumentUploadPart` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `documentUploadId` bigint(20) NOT NULL,
  `partIndex` int(11) NOT NULL,
  `content` longblob NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_HDocumentUploadPart_DocumentUpload` (`documentUploadId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HDocument_RawDocument` (
  `documentId` bigint(20) NOT NULL,
  `rawDocumentId` bigint(20) NOT NULL,
  PRIMARY KEY (`documentId`,`rawDocumentId`),
  KEY `FK_HDocumentRawDocument_RawDocument` (`rawDocumentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HGlossaryEntry` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `srcLocaleId` bigint(20) NOT NULL,
  `sourceRef` varchar(500) DEFAULT NULL,
  `contentHash` varchar(255) NOT NULL,
  `pos` varchar(255) DEFAULT NULL,
  `description` varchar(500) DEFAULT NULL,
  `glossaryId` bigint(20) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_glossaryEntry` (`contentHash`,`glossaryId`),
  KEY `UKglossaryentry_srcLocaleId` (`srcLocaleId`),
  KEY `FK_HGlossaryEntry_Glossary` (`glossaryId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HGlossaryTerm` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `glossaryEntryId` bigint(20) NOT NULL,
  `localeId` bigint(20) NOT NULL,
  `content` varchar(500) DEFAULT NULL,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `last_modified_by_id` bigint(20) DEFAULT NULL,
  `comment` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UKglossaryEntryId_LocaleId` (`glossaryEntryId`,`localeId`),
  KEY `UKglossaryterm_localeId` (`localeId`),
  KEY `UKglossaryterm_person_id` (`last_modified_by_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HIterationGroup` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `slug` varchar(40) NOT NULL,
  `description` varchar(100) DEFAULT NULL,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HIterationGroup_Maintainer` (
  `iterationGroupId` bigint(20) NOT NULL,
  `personId` bigint(20) NOT NULL,
  PRIMARY KEY (`iterationGroupId`,`personId`),
  KEY `FKiterationGroupMaintainer_personId` (`personId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HIterationGroup_ProjectIteration` (
  `iterationGroupId` bigint(20) NOT NULL,
  `projectIterationId` bigint(20) NOT NULL,
  PRIMARY KEY (`iterationGroupId`,`projectIterationId`),
  KEY `FKiterationGroup_ProjectIteration_projectIterationId` (`projectIterationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HLocale` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `active` bit(1) NOT NULL,
  `localeId` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `enabledByDefault` bit(1) DEFAULT b'0',
  `pluralForms` varchar(255) DEFAULT NULL,
  `displayName` varchar(100) DEFAULT NULL,
  `nativeName` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `localeId` (`localeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HLocale_Member` (
  `personId` bigint(20) NOT NULL,
  `supportedLanguageId` bigint(20) NOT NULL,
  `isCoordinator` bit(1) NOT NULL DEFAULT b'0',
  `isReviewer` bit(1) NOT NULL DEFAULT b'0',
  `isTranslator` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`supportedLanguageId`,`personId`),
  KEY `FK82DF50D760C55B1B` (`personId`),
  KEY `FK82DF50D73A932491` (`supportedLanguageId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HPerson` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `email` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `name` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `accountId` bigint(20) DEFAULT NULL,
  `erased` bit(1) DEFAULT b'0',
  `erasureDate` datetime DEFAULT NULL,
  `erasedBy` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  KEY `FK6F0931BDFA68C45F` (`accountId`),
  KEY `FK_HPerson_erasedby` (`erasedBy`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HPersonEmailValidationKey` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `keyHash` varchar(32) NOT NULL,
  `personId` bigint(20) NOT NULL,
  `email` varchar(255) NOT NULL,
  `creationDate` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `keyHash` (`keyHash`),
  UNIQUE KEY `personId` (`personId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HPotEntryData` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `context` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `flags` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `refs` longtext DEFAULT NULL,
  `comment_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK17A648CFB7A40DF2` (`comment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HProject` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `slug` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `description` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `homeContent` longtext DEFAULT NULL,
  `name` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `overrideLocales` bit(1) NOT NULL,
  `status` char(1) NOT NULL,
  `restrictedByRoles` bit(1) DEFAULT b'0',
  `default_copy_trans_opts_id` bigint(20) DEFAULT NULL,
  `defaultProjectType` varchar(255) DEFAULT NULL,
  `sourceViewURL` longtext DEFAULT NULL,
  `sourceCheckoutURL` longtext DEFAULT NULL,
  `privateProject` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  KEY `FK_HProject_HCopyTransOpts` (`default_copy_trans_opts_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HProjectIteration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `slug` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `parentId` bigint(20) DEFAULT NULL,
  `project_id` bigint(20) NOT NULL,
  `overrideLocales` bit(1) NOT NULL,
  `status` char(1) NOT NULL,
  `projectType` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`,`project_id`),
  KEY `FK31C1E42C4BCEEA93` (`project_id`),
  KEY `FK31C1E42C5B1D181F` (`parentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HProjectIteration_LocaleAlias` (
  `projectIterationId` bigint(20) NOT NULL,
  `localeId` varchar(255) NOT NULL,
  `alias` varchar(255) NOT NULL,
  PRIMARY KEY (`projectIterationId`,`localeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HProjectIteration_Validation` (
  `projectIterationId` bigint(20) NOT NULL,
  `validation` varchar(100) NOT NULL,
  `state` varchar(100) NOT NULL,
  PRIMARY KEY (`projectIterationId`,`validation`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HProject_AllowedRole` (
  `projectId` bigint(20) NOT NULL,
  `roleId` int(11) NOT NULL,
  PRIMARY KEY (`projectId`,`roleId`),
  KEY `FK_HProjectAllowedRole_Role` (`roleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HProject_Glossary` (
  `glossaryId` bigint(20) NOT NULL,
  `projectId` bigint(20) NOT NULL,
  PRIMARY KEY (`glossaryId`,`projectId`),
  KEY `FK_HProject_Glossary_HProject` (`projectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HProject_LocaleAlias` (
  `projectId` bigint(20) NOT NULL,
  `localeId` varchar(255) NOT NULL,
  `alias` varchar(255) NOT NULL,
  PRIMARY KEY (`projectId`,`localeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HProject_LocaleMember` (
  `projectId` bigint(20) NOT NULL,
  `localeId` bigint(20) NOT NULL,
  `personId` bigint(20) NOT NULL,
  `role` char(1) NOT NULL,
  KEY `FK_HProject_LocaleMember_HPerson` (`personId`),
  KEY `FK_HProject_LocaleMember_HProject` (`projectId`),
  KEY `FK_HProject_LocaleMember_HLocale` (`localeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HProject_Member` (
  `projectId` bigint(20) NOT NULL,
  `personId` bigint(20) NOT NULL,
  `role` char(1) NOT NULL,
  KEY `FK_HProject_Member_personId` (`personId`),
  KEY `FK_HProject_Member_projectId` (`projectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HProject_Validation` (
  `projectId` bigint(20) NOT NULL,
  `validation` varchar(100) NOT NULL,
  `state` varchar(100) NOT NULL,
  PRIMARY KEY (`projectId`,`validation`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HRawDocument` (
  `type` varchar(255) NOT NULL,
  `contentHash` char(32) NOT NULL,
  `uploadedBy` varchar(255) DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `adapterParameters` longtext DEFAULT NULL,
  `fileId` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HRoleAssignmentRule` (
  `policyName` varchar(100) DEFAULT NULL,
  `identityRegExp` longtext DEFAULT NULL,
  `role_to_assign_id` int(11) NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_HRoleAssignmentRule_HAccountRole` (`role_to_assign_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HSimpleComment` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `comment` longtext NOT NULL,
  `lastChanged` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HTextFlow` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `obsolete` bit(1) NOT NULL,
  `pos` int(11) NOT NULL,
  `resId` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `revision` int(11) NOT NULL,
  `comment_id` bigint(20) DEFAULT NULL,
  `document_id` bigint(20) NOT NULL,
  `potEntryData_id` bigint(20) DEFAULT NULL,
  `wordCount` bigint(20) NOT NULL,
  `contentHash` char(32) NOT NULL,
  `plural` bit(1) DEFAULT NULL,
  `content0` longtext DEFAULT NULL,
  `content1` longtext DEFAULT NULL,
  `content2` longtext DEFAULT NULL,
  `content3` longtext DEFAULT NULL,
  `content4` longtext DEFAULT NULL,
  `content5` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UKresIddocument_id` (`resId`,`document_id`),
  KEY `FK7B40F8635383E2F0` (`document_id`),
  KEY `FK7B40F8638D8E70A5` (`potEntryData_id`),
  KEY `FK7B40F863B7A40DF2` (`comment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HTextFlowContentHistory` (
  `content` longtext NOT NULL,
  `pos` int(11) NOT NULL,
  `text_flow_history_id` bigint(20) NOT NULL,
  PRIMARY KEY (`pos`,`text_flow_history_id`),
  KEY `FKcontent_text_flow_history` (`text_flow_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HTextFlowTarget` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `state` int(11) NOT NULL,
  `tf_revision` int(11) NOT NULL,
  `comment_id` bigint(20) DEFAULT NULL,
  `last_modified_by_id` bigint(20) DEFAULT NULL,
  `locale` bigint(20) NOT NULL,
  `tf_id` bigint(20) DEFAULT NULL,
  `content0` longtext DEFAULT NULL,
  `content1` longtext DEFAULT NULL,
  `content2` longtext DEFAULT NULL,
  `content3` longtext DEFAULT NULL,
  `content4` longtext DEFAULT NULL,
  `content5` longtext DEFAULT NULL,
  `translated_by_id` bigint(20) DEFAULT NULL,
  `reviewed_by_id` bigint(20) DEFAULT NULL,
  `revisionComment` longtext DEFAULT NULL,
  `copiedEntityType` char(3) DEFAULT NULL,
  `copiedEntityId` longtext DEFAULT NULL,
  `sourceType` char(3) DEFAULT 'UNK',
  `automatedEntry` bit(1) DEFAULT b'0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `locale` (`locale`,`tf_id`),
  KEY `FK1E933FD46C9BADC1` (`last_modified_by_id`),
  KEY `FK1E933FD4FEA3B54A` (`locale`),
  KEY `FK1E933FD4B7A40DF2` (`comment_id`),
  KEY `FK1E933FD4CCAD9D19` (`tf_id`),
  KEY `FK_HTextFlowTarget_reviewer` (`reviewed_by_id`),
  KEY `FK_HTextFlowTarget_translator` (`translated_by_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HTextFlowTargetContentHistory` (
  `content` longtext NOT NULL,
  `pos` int(11) NOT NULL,
  `text_flow_target_history_id` bigint(20) NOT NULL,
  PRIMARY KEY (`pos`,`text_flow_target_history_id`),
  KEY `FKcontent_text_flow_target_history` (`text_flow_target_history_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HTextFlowTargetHistory` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `lastChanged` datetime DEFAULT NULL,
  `state` int(11) DEFAULT NULL,
  `tf_revision` int(11) DEFAULT NULL,
  `versionNum` int(11) DEFAULT NULL,
  `last_modified_by_id` bigint(20) DEFAULT NULL,
  `target_id` bigint(20) DEFAULT NULL,
  `translated_by_id` bigint(20) DEFAULT NULL,
  `reviewed_by_id` bigint(20) DEFAULT NULL,
  `revisionComment` longtext DEFAULT NULL,
  `copiedEntityType` char(3) DEFAULT NULL,
  `copiedEntityId` longtext DEFAULT NULL,
  `sourceType` char(3) DEFAULT 'UNK',
  `automatedEntry` bit(1) DEFAULT b'0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `target_id` (`target_id`,`versionNum`),
  KEY `FKF10986206C9BADC1` (`last_modified_by_id`),
  KEY `FKF109862080727E8B` (`target_id`),
  KEY `FK_HTextFlowTargetHistory_reviewer` (`reviewed_by_id`),
  KEY `FK_HTextFlowTargetHistory_translator` (`translated_by_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HTextFlowTargetReviewComment` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `commenter_id` bigint(20) NOT NULL,
  `target_id` bigint(20) NOT NULL,
  `comment` longtext DEFAULT NULL,
  `targetVersion` int(11) NOT NULL,
  `versionNum` int(11) NOT NULL,
  `review_criteria_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FKtarget_review_commenter` (`commenter_id`),
  KEY `FKtarget_review_comment` (`target_id`),
  KEY `fk_tftrc_review_criteria` (`review_criteria_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `IterationGroup_Locale` (
  `iteration_group_id` bigint(20) NOT NULL,
  `locale_id` bigint(20) NOT NULL,
  PRIMARY KEY (`iteration_group_id`,`locale_id`),
  KEY `FK_IterationGroup_Locale_HLocale` (`locale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `LanguageRequest` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `requestId` bigint(20) NOT NULL,
  `localeId` bigint(20) NOT NULL,
  `coordinator` bit(1) NOT NULL DEFAULT b'0',
  `reviewer` bit(1) NOT NULL DEFAULT b'0',
  `translator` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`id`),
  KEY `FK_LANGUAGE_REQUEST_REQUEST` (`requestId`),
  KEY `FK_LANGUAGE_REQUEST_LOCALE` (`localeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Request` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `entityId` char(36) NOT NULL,
  `validFrom` datetime NOT NULL,
  `validTo` datetime DEFAULT NULL,
  `state` char(1) DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `requestType` char(2) NOT NULL,
  `requesterId` bigint(20) NOT NULL,
  `actorId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Idx_entityId_validTo` (`entityId`,`validTo`),
  KEY `FK_REQUEST_REQUESTER_HACCOUNT` (`requesterId`),
  KEY `FK_REQUEST_ACTOR_HACCOUNT` (`actorId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ReviewCriteria` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  `priority` varchar(32) NOT NULL,
  `description` varchar(255) NOT NULL,
  `commentRequired` bit(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TransMemory` (
  `description` varchar(100) DEFAULT NULL,
  `slug` varchar(40) NOT NULL,
  `source_language` varchar(255) DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TransMemoryUnit` (
  `trans_unit_id` longtext DEFAULT NULL,
  `source_language` varchar(255) DEFAULT NULL,
  `tm_id` bigint(20) NOT NULL,
  `unique_id` varchar(255) NOT NULL,
  `position` int(11) DEFAULT NULL,
  `metadata_type` varchar(75) DEFAULT NULL,
  `metadata` longtext DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_natural_id` (`tm_id`,`unique_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TransMemoryUnitVariant` (
  `language` varchar(255) NOT NULL,
  `trans_unit_id` bigint(20) NOT NULL,
  `tagged_segment` longtext NOT NULL,
  `plain_text_segment` longtext NOT NULL,
  `plain_text_segment_hash` char(32) NOT NULL,
  `metadata_type` varchar(75) DEFAULT NULL,
  `metadata` longtext DEFAULT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime NOT NULL,
  `lastChanged` datetime NOT NULL,
  `versionNum` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK_TransUnitVariant_TransUnit` (`trans_unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TransMemory_Metadata` (
  `trans_memory_id` bigint(20) NOT NULL,
  `metadata_type` varchar(75) NOT NULL,
  `metadata` longtext DEFAULT NULL,
  PRIMARY KEY (`trans_memory_id`,`metadata_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `WebHook` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `projectId` bigint(20) NOT NULL,
  `url` varchar(255) NOT NULL,
  `secret` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UKWebHookUrl_projectId` (`url`,`projectId`),
  KEY `FK_WebHook_HProject` (`projectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `WebHook_WebHookType` (
  `webhookId` bigint(20) NOT NULL,
  `type` varchar(50) NOT NULL,
  PRIMARY KEY (`webhookId`,`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- Foreign keys (added after all tables, as upstream adds them after creating the tables)
ALTER TABLE `HAccountMembership` ADD CONSTRAINT `FK9D5DB27B3E684F5E` FOREIGN KEY (`memberOf`) REFERENCES `HAccountRole` (`id`);
ALTER TABLE `HAccountMembership` ADD CONSTRAINT `FK9D5DB27BFA68C45F` FOREIGN KEY (`accountId`) REFERENCES `HAccount` (`id`);
ALTER TABLE `HAccountResetPasswordKey` ADD CONSTRAINT `FK85C9EFDAFA68C45F` FOREIGN KEY (`accountId`) REFERENCES `HAccount` (`id`);
ALTER TABLE `HAccountRoleGroup` ADD CONSTRAINT `FK3321CC642DF53D7E` FOREIGN KEY (`roleId`) REFERENCES `HAccountRole` (`id`);
ALTER TABLE `HAccountRoleGroup` ADD CONSTRAINT `FK3321CC643E684F5E` FOREIGN KEY (`memberOf`) REFERENCES `HAccountRole` (`id`);
ALTER TABLE `HDocument` ADD CONSTRAINT `FKEA766D83136CC025` FOREIGN KEY (`poHeader_id`) REFERENCES `HPoHeader` (`id`);
ALTER TABLE `HDocument` ADD CONSTRAINT `FKEA766D8351ED6DFD` FOREIGN KEY (`project_iteration_id`) REFERENCES `HProjectIteration` (`id`);
ALTER TABLE `HDocument` ADD CONSTRAINT `FKEA766D836C9BADC1` FOREIGN KEY (`last_modified_by_id`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HDocument` ADD CONSTRAINT `FKEA766D83FEA3B54A` FOREIGN KEY (`locale`) REFERENCES `HLocale` (`id`);
ALTER TABLE `HDocumentHistory` ADD CONSTRAINT `FK279765915383E2F0` FOREIGN KEY (`document_id`) REFERENCES `HDocument` (`id`);
ALTER TABLE `HDocumentHistory` ADD CONSTRAINT `FK279765916C9BADC1` FOREIGN KEY (`last_modified_by_id`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HDocumentHistory` ADD CONSTRAINT `FK27976591FEA3B54A` FOREIGN KEY (`locale`) REFERENCES `HLocale` (`id`);
ALTER TABLE `HPoHeader` ADD CONSTRAINT `FK9A0ABDD4B7A40DF2` FOREIGN KEY (`comment_id`) REFERENCES `HSimpleComment` (`id`);
ALTER TABLE `HPoTargetHeader` ADD CONSTRAINT `FK1BC719855383E2F0` FOREIGN KEY (`document_id`) REFERENCES `HDocument` (`id`);
ALTER TABLE `HPoTargetHeader` ADD CONSTRAINT `FK1BC719857D208AD9` FOREIGN KEY (`targetLanguage`) REFERENCES `HLocale` (`id`);
ALTER TABLE `HPoTargetHeader` ADD CONSTRAINT `FK1BC71985B7A40DF2` FOREIGN KEY (`comment_id`) REFERENCES `HSimpleComment` (`id`);
ALTER TABLE `HProjectIteration_Locale` ADD CONSTRAINT `FKHPROJECTITELOCLOC` FOREIGN KEY (`localeId`) REFERENCES `HLocale` (`id`);
ALTER TABLE `HProjectIteration_Locale` ADD CONSTRAINT `FKHPROJECTITELOCPRO` FOREIGN KEY (`projectIterationId`) REFERENCES `HProjectIteration` (`id`);
ALTER TABLE `HProject_Locale` ADD CONSTRAINT `FKHPROJECTLOCALELOC` FOREIGN KEY (`localeId`) REFERENCES `HLocale` (`id`);
ALTER TABLE `HProject_Locale` ADD CONSTRAINT `FKHPROJECTLOCALEPRO` FOREIGN KEY (`projectId`) REFERENCES `HProject` (`id`);
ALTER TABLE `HTextFlowHistory` ADD CONSTRAINT `FK46C4DEB1CCAD9D19` FOREIGN KEY (`tf_id`) REFERENCES `HTextFlow` (`id`);
ALTER TABLE `Activity` ADD CONSTRAINT `FKActivity_person` FOREIGN KEY (`actor_id`) REFERENCES `HPerson` (`id`);
ALTER TABLE `AllowedApp` ADD CONSTRAINT `FK_ALLOWED_APP_HACCOUNT` FOREIGN KEY (`accountId`) REFERENCES `HAccount` (`id`);
ALTER TABLE `HAccount` ADD CONSTRAINT `FK_HAccount_MergedIntoAccount` FOREIGN KEY (`mergedInto`) REFERENCES `HAccount` (`id`);
ALTER TABLE `HAccount` ADD CONSTRAINT `FK_HAccount_erasedby` FOREIGN KEY (`erasedBy`) REFERENCES `HAccount` (`id`);
ALTER TABLE `HAccountActivationKey` ADD CONSTRAINT `FK86E79CA4FA68C45F` FOREIGN KEY (`accountId`) REFERENCES `HAccount` (`id`);
ALTER TABLE `HAccountOption` ADD CONSTRAINT `FK_HAccountOption_HAccount` FOREIGN KEY (`account_id`) REFERENCES `HAccount` (`id`);
ALTER TABLE `HCredentials` ADD CONSTRAINT `FK_credentials_account` FOREIGN KEY (`account_id`) REFERENCES `HAccount` (`id`);
ALTER TABLE `HDocumentUpload` ADD CONSTRAINT `FK_HDocumentUpload_Locale` FOREIGN KEY (`localeId`) REFERENCES `HLocale` (`id`);
ALTER TABLE `HDocumentUpload` ADD CONSTRAINT `FK_HDocumentUpload_ProjectIteration` FOREIGN KEY (`projectIterationId`) REFERENCES `HProjectIteration` (`id`);
ALTER TABLE `HDocumentUploadPart` ADD CONSTRAINT `FK_HDocumentUploadPart_DocumentUpload` FOREIGN KEY (`documentUploadId`) REFERENCES `HDocumentUpload` (`id`);
ALTER TABLE `HDocument_RawDocument` ADD CONSTRAINT `FK_HDocumentRawDocument_Document` FOREIGN KEY (`documentId`) REFERENCES `HDocument` (`id`);
ALTER TABLE `HDocument_RawDocument` ADD CONSTRAINT `FK_HDocumentRawDocument_RawDocument` FOREIGN KEY (`rawDocumentId`) REFERENCES `HRawDocument` (`id`);
ALTER TABLE `HGlossaryEntry` ADD CONSTRAINT `FK_HGlossaryEntry_Glossary` FOREIGN KEY (`glossaryId`) REFERENCES `Glossary` (`id`);
ALTER TABLE `HGlossaryEntry` ADD CONSTRAINT `UKglossaryentry_srcLocaleId` FOREIGN KEY (`srcLocaleId`) REFERENCES `HLocale` (`id`);
ALTER TABLE `HGlossaryTerm` ADD CONSTRAINT `UKglossaryterm_glossary_entry_id` FOREIGN KEY (`glossaryEntryId`) REFERENCES `HGlossaryEntry` (`id`);
ALTER TABLE `HGlossaryTerm` ADD CONSTRAINT `UKglossaryterm_localeId` FOREIGN KEY (`localeId`) REFERENCES `HLocale` (`id`);
ALTER TABLE `HGlossaryTerm` ADD CONSTRAINT `UKglossaryterm_person_id` FOREIGN KEY (`last_modified_by_id`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HIterationGroup_Maintainer` ADD CONSTRAINT `FKiterationGroupMaintainer_iterationGroupId` FOREIGN KEY (`iterationGroupId`) REFERENCES `HIterationGroup` (`id`);
ALTER TABLE `HIterationGroup_Maintainer` ADD CONSTRAINT `FKiterationGroupMaintainer_personId` FOREIGN KEY (`personId`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HIterationGroup_ProjectIteration` ADD CONSTRAINT `FKiterationGroup_ProjectIteration_iterationGroupId` FOREIGN KEY (`iterationGroupId`) REFERENCES `HIterationGroup` (`id`);
ALTER TABLE `HIterationGroup_ProjectIteration` ADD CONSTRAINT `FKiterationGroup_ProjectIteration_projectIterationId` FOREIGN KEY (`projectIterationId`) REFERENCES `HProjectIteration` (`id`);
ALTER TABLE `HLocale_Member` ADD CONSTRAINT `FK82DF50D73A932491` FOREIGN KEY (`supportedLanguageId`) REFERENCES `HLocale` (`id`);
ALTER TABLE `HLocale_Member` ADD CONSTRAINT `FK82DF50D760C55B1B` FOREIGN KEY (`personId`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HPerson` ADD CONSTRAINT `FK6F0931BDFA68C45F` FOREIGN KEY (`accountId`) REFERENCES `HAccount` (`id`);
ALTER TABLE `HPerson` ADD CONSTRAINT `FK_HPerson_erasedby` FOREIGN KEY (`erasedBy`) REFERENCES `HAccount` (`id`);
ALTER TABLE `HPersonEmailValidationKey` ADD CONSTRAINT `FK_HPersonEmailValidationKey_HPerson` FOREIGN KEY (`personId`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HPotEntryData` ADD CONSTRAINT `FK17A648CFB7A40DF2` FOREIGN KEY (`comment_id`) REFERENCES `HSimpleComment` (`id`);
ALTER TABLE `HProject` ADD CONSTRAINT `FK_HProject_HCopyTransOpts` FOREIGN KEY (`default_copy_trans_opts_id`) REFERENCES `HCopyTransOptions` (`id`);
ALTER TABLE `HProjectIteration` ADD CONSTRAINT `FK31C1E42C4BCEEA93` FOREIGN KEY (`project_id`) REFERENCES `HProject` (`id`);
ALTER TABLE `HProjectIteration` ADD CONSTRAINT `FK31C1E42C5B1D181F` FOREIGN KEY (`parentId`) REFERENCES `HProjectIteration` (`id`);
ALTER TABLE `HProjectIteration_LocaleAlias` ADD CONSTRAINT `FK_HProjectIteration_LocaleAlias_HProjectIteration` FOREIGN KEY (`projectIterationId`) REFERENCES `HProjectIteration` (`id`);
ALTER TABLE `HProjectIteration_Validation` ADD CONSTRAINT `FK_HProjectIteration_Validation_HProjectIteration` FOREIGN KEY (`projectIterationId`) REFERENCES `HProjectIteration` (`id`);
ALTER TABLE `HProject_AllowedRole` ADD CONSTRAINT `FK_HProjectAllowedRole_Project` FOREIGN KEY (`projectId`) REFERENCES `HProject` (`id`);
ALTER TABLE `HProject_AllowedRole` ADD CONSTRAINT `FK_HProjectAllowedRole_Role` FOREIGN KEY (`roleId`) REFERENCES `HAccountRole` (`id`);
ALTER TABLE `HProject_Glossary` ADD CONSTRAINT `FK_HProject_Glossary_Glossary` FOREIGN KEY (`glossaryId`) REFERENCES `Glossary` (`id`);
ALTER TABLE `HProject_Glossary` ADD CONSTRAINT `FK_HProject_Glossary_HProject` FOREIGN KEY (`projectId`) REFERENCES `HProject` (`id`);
ALTER TABLE `HProject_LocaleAlias` ADD CONSTRAINT `FK_HProject_LocaleAlias_HProject` FOREIGN KEY (`projectId`) REFERENCES `HProject` (`id`);
ALTER TABLE `HProject_LocaleMember` ADD CONSTRAINT `FK_HProject_LocaleMember_HLocale` FOREIGN KEY (`localeId`) REFERENCES `HLocale` (`id`);
ALTER TABLE `HProject_LocaleMember` ADD CONSTRAINT `FK_HProject_LocaleMember_HPerson` FOREIGN KEY (`personId`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HProject_LocaleMember` ADD CONSTRAINT `FK_HProject_LocaleMember_HProject` FOREIGN KEY (`projectId`) REFERENCES `HProject` (`id`);
ALTER TABLE `HProject_Member` ADD CONSTRAINT `FK_HProject_Member_personId` FOREIGN KEY (`personId`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HProject_Member` ADD CONSTRAINT `FK_HProject_Member_projectId` FOREIGN KEY (`projectId`) REFERENCES `HProject` (`id`);
ALTER TABLE `HProject_Validation` ADD CONSTRAINT `FK_HProject_Validation_HProject` FOREIGN KEY (`projectId`) REFERENCES `HProject` (`id`);
ALTER TABLE `HRoleAssignmentRule` ADD CONSTRAINT `FK_HRoleAssignmentRule_HAccountRole` FOREIGN KEY (`role_to_assign_id`) REFERENCES `HAccountRole` (`id`);
ALTER TABLE `HTextFlow` ADD CONSTRAINT `FK7B40F8635383E2F0` FOREIGN KEY (`document_id`) REFERENCES `HDocument` (`id`);
ALTER TABLE `HTextFlow` ADD CONSTRAINT `FK7B40F8638D8E70A5` FOREIGN KEY (`potEntryData_id`) REFERENCES `HPotEntryData` (`id`);
ALTER TABLE `HTextFlow` ADD CONSTRAINT `FK7B40F863B7A40DF2` FOREIGN KEY (`comment_id`) REFERENCES `HSimpleComment` (`id`);
ALTER TABLE `HTextFlowContentHistory` ADD CONSTRAINT `FKcontent_text_flow_history` FOREIGN KEY (`text_flow_history_id`) REFERENCES `HTextFlowHistory` (`id`);
ALTER TABLE `HTextFlowTarget` ADD CONSTRAINT `FK1E933FD46C9BADC1` FOREIGN KEY (`last_modified_by_id`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HTextFlowTarget` ADD CONSTRAINT `FK1E933FD4B7A40DF2` FOREIGN KEY (`comment_id`) REFERENCES `HSimpleComment` (`id`);
ALTER TABLE `HTextFlowTarget` ADD CONSTRAINT `FK1E933FD4CCAD9D19` FOREIGN KEY (`tf_id`) REFERENCES `HTextFlow` (`id`);
ALTER TABLE `HTextFlowTarget` ADD CONSTRAINT `FK1E933FD4FEA3B54A` FOREIGN KEY (`locale`) REFERENCES `HLocale` (`id`);
ALTER TABLE `HTextFlowTarget` ADD CONSTRAINT `FK_HTextFlowTarget_reviewer` FOREIGN KEY (`reviewed_by_id`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HTextFlowTarget` ADD CONSTRAINT `FK_HTextFlowTarget_translator` FOREIGN KEY (`translated_by_id`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HTextFlowTargetContentHistory` ADD CONSTRAINT `FKcontent_text_flow_target_history` FOREIGN KEY (`text_flow_target_history_id`) REFERENCES `HTextFlowTargetHistory` (`id`);
ALTER TABLE `HTextFlowTargetHistory` ADD CONSTRAINT `FKF10986206C9BADC1` FOREIGN KEY (`last_modified_by_id`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HTextFlowTargetHistory` ADD CONSTRAINT `FKF109862080727E8B` FOREIGN KEY (`target_id`) REFERENCES `HTextFlowTarget` (`id`);
ALTER TABLE `HTextFlowTargetHistory` ADD CONSTRAINT `FK_HTextFlowTargetHistory_reviewer` FOREIGN KEY (`reviewed_by_id`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HTextFlowTargetHistory` ADD CONSTRAINT `FK_HTextFlowTargetHistory_translator` FOREIGN KEY (`translated_by_id`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HTextFlowTargetReviewComment` ADD CONSTRAINT `FKtarget_review_comment` FOREIGN KEY (`target_id`) REFERENCES `HTextFlowTarget` (`id`);
ALTER TABLE `HTextFlowTargetReviewComment` ADD CONSTRAINT `FKtarget_review_commenter` FOREIGN KEY (`commenter_id`) REFERENCES `HPerson` (`id`);
ALTER TABLE `HTextFlowTargetReviewComment` ADD CONSTRAINT `fk_tftrc_review_criteria` FOREIGN KEY (`review_criteria_id`) REFERENCES `ReviewCriteria` (`id`);
ALTER TABLE `IterationGroup_Locale` ADD CONSTRAINT `FK_IterationGroup_Locale_HIterationGroup` FOREIGN KEY (`iteration_group_id`) REFERENCES `HIterationGroup` (`id`);
ALTER TABLE `IterationGroup_Locale` ADD CONSTRAINT `FK_IterationGroup_Locale_HLocale` FOREIGN KEY (`locale_id`) REFERENCES `HLocale` (`id`);
ALTER TABLE `LanguageRequest` ADD CONSTRAINT `FK_LANGUAGE_REQUEST_LOCALE` FOREIGN KEY (`localeId`) REFERENCES `HLocale` (`id`);
ALTER TABLE `LanguageRequest` ADD CONSTRAINT `FK_LANGUAGE_REQUEST_REQUEST` FOREIGN KEY (`requestId`) REFERENCES `Request` (`id`);
ALTER TABLE `Request` ADD CONSTRAINT `FK_REQUEST_ACTOR_HACCOUNT` FOREIGN KEY (`actorId`) REFERENCES `HAccount` (`id`);
ALTER TABLE `Request` ADD CONSTRAINT `FK_REQUEST_REQUESTER_HACCOUNT` FOREIGN KEY (`requesterId`) REFERENCES `HAccount` (`id`);
ALTER TABLE `TransMemoryUnit` ADD CONSTRAINT `FK_tmunit_trans_memory` FOREIGN KEY (`tm_id`) REFERENCES `TransMemory` (`id`);
ALTER TABLE `TransMemoryUnitVariant` ADD CONSTRAINT `FK_TransUnitVariant_TransUnit` FOREIGN KEY (`trans_unit_id`) REFERENCES `TransMemoryUnit` (`id`);
ALTER TABLE `TransMemory_Metadata` ADD CONSTRAINT `FK_Metadata_TransMemory` FOREIGN KEY (`trans_memory_id`) REFERENCES `TransMemory` (`id`);
ALTER TABLE `WebHook` ADD CONSTRAINT `FK_WebHook_HProject` FOREIGN KEY (`projectId`) REFERENCES `HProject` (`id`);
ALTER TABLE `WebHook_WebHookType` ADD CONSTRAINT `FK_WebHookType_WebHook` FOREIGN KEY (`webhookId`) REFERENCES `WebHook` (`id`);
