-- Packagist (packagist.org, the main Composer repository of PHP packages; PHP, Symfony, Doctrine ORM on MySQL),
-- github.com/composer/packagist src/Entity/*.php (Doctrine ORM attribute mappings), cross-checked against
-- migrations/*.sql (the 16 hand-written MySQL migrations of 2026), commit 31ecf359f1c3e158ff4c6efc8bece80847894643 (MIT).
-- The schema is written as `doctrine:schema:create` would make it from the entities on MySQL (upstream's migrations say
-- their tables match "so a doctrine:schema:create produces the same schema"): table and column names as mapped (the
-- default naming strategy keeps property names such as createdAt; join columns <property>_id), field columns in
-- declaration order followed by the join columns of the owning associations, the MappedSuperclass PackageLink's fields
-- first in the six link_* tables; Doctrine's MySQL types (string -> VARCHAR(255) or its length, text -> LONGTEXT or TEXT
-- for length 65535, datetime_immutable -> DATETIME, json -> JSON, boolean -> TINYINT(1), ulid -> BINARY(16), the
-- ipaddress type -> VARBINARY(16), backed enums -> VARCHAR(255) or their length); primary keys, unique constraints,
-- the unique join column of the one-to-one version_dist.version_id, the two many-to-many join tables and all
-- foreign keys with their onDelete actions kept (constraint names chosen here, Doctrine's are hashes); plain indexes
-- not. slug_reservation.activeSlug keeps its columnDefinition (a stored generated column). All 31 tables are kept.
CREATE TABLE `fos_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(191) NOT NULL,
  `username_canonical` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `email_canonical` VARCHAR(191) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `frozen` VARCHAR(255) DEFAULT NULL,
  `frozenAt` DATETIME DEFAULT NULL,
  `roles` JSON NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `salt` VARCHAR(255) DEFAULT NULL,
  `last_login` DATETIME DEFAULT NULL,
  `confirmation_token` VARCHAR(180) DEFAULT NULL,
  `password_requested_at` DATETIME DEFAULT NULL,
  `createdAt` DATETIME NOT NULL,
  `apiToken` VARCHAR(40) NOT NULL,
  `safeApiToken` VARCHAR(40) NOT NULL,
  `githubId` VARCHAR(255) DEFAULT NULL,
  `githubToken` VARCHAR(255) DEFAULT NULL,
  `githubScope` VARCHAR(255) DEFAULT NULL,
  `failureNotifications` TINYINT(1) NOT NULL DEFAULT 1,
  `totpSecret` VARCHAR(255) DEFAULT NULL,
  `backupCode` VARCHAR(8) DEFAULT NULL,
  `sessionBuster` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_957A647992FC23A8` (`username_canonical`),
  UNIQUE KEY `UNIQ_957A6479A0D96FBF` (`email_canonical`),
  UNIQUE KEY `UNIQ_957A6479C05FB297` (`confirmation_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `package` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `vendor` VARCHAR(191) NOT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `language` VARCHAR(255) DEFAULT NULL,
  `github_stars` INT DEFAULT NULL,
  `github_watches` INT DEFAULT NULL,
  `github_forks` INT DEFAULT NULL,
  `github_open_issues` INT DEFAULT NULL,
  `repository` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME DEFAULT NULL,
  `crawledAt` DATETIME DEFAULT NULL,
  `indexedAt` DATETIME DEFAULT NULL,
  `dumpedAt` DATETIME DEFAULT NULL,
  `dumpedAtV2` DATETIME DEFAULT NULL,
  `remoteId` VARCHAR(255) DEFAULT NULL,
  `autoUpdated` SMALLINT NOT NULL,
  `abandoned` TINYINT(1) NOT NULL,
  `replacementPackage` VARCHAR(255) DEFAULT NULL,
  `updateFailureNotified` TINYINT(1) NOT NULL DEFAULT 0,
  `suspect` VARCHAR(255) DEFAULT NULL,
  `frozen` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `package_name_idx` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `maintainers_packages` (
  `package_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`package_id`, `user_id`),
  CONSTRAINT `FK_maintainers_packages_package` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_maintainers_packages_user` FOREIGN KEY (`user_id`) REFERENCES `fos_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `package_version` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `targetDir` VARCHAR(255) DEFAULT NULL,
  `extra` JSON NOT NULL,
  `homepage` VARCHAR(255) DEFAULT NULL,
  `version` VARCHAR(255) NOT NULL,
  `normalizedVersion` VARCHAR(191) NOT NULL,
  `development` TINYINT(1) NOT NULL,
  `license` JSON NOT NULL,
  `source` JSON DEFAULT NULL,
  `dist` JSON DEFAULT NULL,
  `autoload` JSON NOT NULL,
  `binaries` JSON DEFAULT NULL,
  `includePaths` JSON DEFAULT NULL,
  `support` JSON DEFAULT NULL,
  `funding` JSON DEFAULT NULL,
  `authors` JSON NOT NULL,
  `phpExt` JSON DEFAULT NULL,
  `defaultBranch` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME NOT NULL,
  `softDeletedAt` DATETIME DEFAULT NULL,
  `deletionReason` VARCHAR(32) DEFAULT NULL,
  `deletionReasonText` TEXT DEFAULT NULL,
  `internalDeletionReasonText` TEXT DEFAULT NULL,
  `lastBlockedReference` VARCHAR(255) DEFAULT NULL,
  `updatedAt` DATETIME NOT NULL,
  `releasedAt` DATETIME DEFAULT NULL,
  `package_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pkg_ver_idx` (`package_id`, `normalizedVersion`),
  CONSTRAINT `FK_package_version_package` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_name_idx` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `version_tag` (
  `version_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  PRIMARY KEY (`version_id`, `tag_id`),
  CONSTRAINT `FK_version_tag_version` FOREIGN KEY (`version_id`) REFERENCES `package_version` (`id`),
  CONSTRAINT `FK_version_tag_tag` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_require` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `packageName` VARCHAR(191) NOT NULL,
  `packageVersion` LONGTEXT NOT NULL,
  `version_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_link_require_version` FOREIGN KEY (`version_id`) REFERENCES `package_version` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_require_dev` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `packageName` VARCHAR(191) NOT NULL,
  `packageVersion` LONGTEXT NOT NULL,
  `version_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_link_require_dev_version` FOREIGN KEY (`version_id`) REFERENCES `package_version` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_conflict` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `packageName` VARCHAR(191) NOT NULL,
  `packageVersion` LONGTEXT NOT NULL,
  `version_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_link_conflict_version` FOREIGN KEY (`version_id`) REFERENCES `package_version` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_provide` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `packageName` VARCHAR(191) NOT NULL,
  `packageVersion` LONGTEXT NOT NULL,
  `version_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_link_provide_version` FOREIGN KEY (`version_id`) REFERENCES `package_version` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_replace` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `packageName` VARCHAR(191) NOT NULL,
  `packageVersion` LONGTEXT NOT NULL,
  `version_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_link_replace_version` FOREIGN KEY (`version_id`) REFERENCES `package_version` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_suggest` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `packageName` VARCHAR(191) NOT NULL,
  `packageVersion` LONGTEXT NOT NULL,
  `version_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_link_suggest_version` FOREIGN KEY (`version_id`) REFERENCES `package_version` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `version_dist` (
  `id` BINARY(16) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `bytes` INT UNSIGNED NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `hashes` JSON NOT NULL,
  `package_id` INT NOT NULL,
  `version_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_version_dist_version` (`version_id`),
  CONSTRAINT `FK_version_dist_package` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`),
  CONSTRAINT `FK_version_dist_version` FOREIGN KEY (`version_id`) REFERENCES `package_version` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `package_readme` (
  `contents` LONGTEXT NOT NULL,
  `package_id` INT NOT NULL,
  PRIMARY KEY (`package_id`),
  CONSTRAINT `FK_package_readme_package` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `empty_references` (
  `emptyReferences` JSON NOT NULL,
  `package_id` INT NOT NULL,
  PRIMARY KEY (`package_id`),
  CONSTRAINT `FK_empty_references_package` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `download` (
  `id` BIGINT NOT NULL,
  `type` SMALLINT NOT NULL,
  `data` JSON NOT NULL,
  `total` INT NOT NULL,
  `lastUpdated` DATETIME NOT NULL,
  `package_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`, `type`),
  CONSTRAINT `FK_download_package` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `php_stat` (
  `version` VARCHAR(191) NOT NULL,
  `type` SMALLINT NOT NULL,
  `depth` SMALLINT NOT NULL,
  `data` JSON NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `package_id` INT NOT NULL,
  PRIMARY KEY (`version`, `type`, `package_id`),
  CONSTRAINT `FK_php_stat_package` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dependent` (
  `packageName` VARCHAR(191) NOT NULL,
  `type` SMALLINT NOT NULL,
  `package_id` INT NOT NULL,
  PRIMARY KEY (`package_id`, `packageName`, `type`),
  CONSTRAINT `FK_dependent_package` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suggester` (
  `packageName` VARCHAR(191) NOT NULL,
  `package_id` INT NOT NULL,
  PRIMARY KEY (`package_id`, `packageName`),
  CONSTRAINT `FK_suggester_package` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vendor` (
  `name` VARCHAR(191) NOT NULL,
  `verified` TINYINT(1) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `security_advisory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `packagistAdvisoryId` VARCHAR(255) NOT NULL,
  `remoteId` VARCHAR(255) NOT NULL,
  `packageName` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `link` VARCHAR(255) DEFAULT NULL,
  `cve` VARCHAR(255) DEFAULT NULL,
  `affectedVersions` LONGTEXT NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `reportedAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `composerRepository` VARCHAR(255) DEFAULT NULL,
  `severity` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_security_advisory_packagistAdvisoryId` (`packagistAdvisoryId`),
  UNIQUE KEY `source_remoteid_package_idx` (`source`, `remoteId`, `packageName`),
  UNIQUE KEY `package_name_cve_idx` (`packageName`, `cve`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `security_advisory_source` (
  `remoteId` VARCHAR(255) NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `severity` VARCHAR(255) DEFAULT NULL,
  `securityAdvisory_id` INT NOT NULL,
  PRIMARY KEY (`securityAdvisory_id`, `remoteId`, `source`),
  CONSTRAINT `FK_security_advisory_source_advisory` FOREIGN KEY (`securityAdvisory_id`) REFERENCES `security_advisory` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filter_list_entry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `packageName` VARCHAR(255) NOT NULL,
  `version` VARCHAR(255) NOT NULL,
  `reason` LONGTEXT DEFAULT NULL,
  `link` VARCHAR(255) DEFAULT NULL,
  `list` VARCHAR(32) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL,
  `publicId` VARCHAR(255) NOT NULL,
  `source` VARCHAR(32) NOT NULL,
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `overwriteVersion` VARCHAR(255) DEFAULT NULL,
  `internalNote` LONGTEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `list_package_version_source_idx` (`list`, `packageName`, `version`, `source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job` (
  `id` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `payload` JSON NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `result` JSON DEFAULT NULL,
  `createdAt` DATETIME NOT NULL,
  `startedAt` DATETIME DEFAULT NULL,
  `completedAt` DATETIME DEFAULT NULL,
  `executeAfter` DATETIME DEFAULT NULL,
  `packageId` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log` (
  `id` BINARY(16) NOT NULL,
  `datetime` DATETIME NOT NULL,
  `ip` VARBINARY(16) DEFAULT NULL,
  `type` VARCHAR(255) NOT NULL,
  `attributes` JSON NOT NULL,
  `actorId` INT DEFAULT NULL,
  `vendor` VARCHAR(255) DEFAULT NULL,
  `packageId` INT DEFAULT NULL,
  `userId` INT DEFAULT NULL,
  `organizationId` BINARY(16) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log_search` (
  `type` VARCHAR(16) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `auditLogId` BINARY(16) NOT NULL,
  PRIMARY KEY (`type`, `name`, `auditLogId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization` (
  `id` BINARY(16) NOT NULL,
  `slug` VARCHAR(20) NOT NULL,
  `displayName` VARCHAR(60) NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `ownersTeamId` BINARY(16) NOT NULL,
  `allMembersTeamId` BINARY(16) NOT NULL,
  `deletedAt` DATETIME DEFAULT NULL,
  `deletedReason` VARCHAR(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `org_slug_idx` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_event` (
  `id` BINARY(16) NOT NULL,
  `aggregateId` BINARY(16) NOT NULL,
  `sequence` INT UNSIGNED NOT NULL,
  `type` VARCHAR(64) NOT NULL,
  `payload` JSON NOT NULL,
  `actorLabel` VARCHAR(32) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `actorUserId` INT DEFAULT NULL,
  `ip` VARBINARY(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `org_event_seq_idx` (`aggregateId`, `sequence`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_team` (
  `teamId` BINARY(16) NOT NULL,
  `kind` VARCHAR(16) NOT NULL,
  `name` VARCHAR(40) NOT NULL,
  `createdAt` DATETIME NOT NULL,
  `orgId` BINARY(16) NOT NULL,
  `createdBy` INT DEFAULT NULL,
  PRIMARY KEY (`teamId`),
  UNIQUE KEY `org_team_name_uniq` (`orgId`, `name`),
  CONSTRAINT `FK_organization_team_org` FOREIGN KEY (`orgId`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_organization_team_created_by` FOREIGN KEY (`createdBy`) REFERENCES `fos_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_team_member` (
  `teamId` BINARY(16) NOT NULL,
  `userId` INT NOT NULL,
  `orgId` BINARY(16) NOT NULL,
  `addedAt` DATETIME NOT NULL,
  `addedBy` INT DEFAULT NULL,
  PRIMARY KEY (`teamId`, `userId`),
  CONSTRAINT `FK_organization_team_member_added_by` FOREIGN KEY (`addedBy`) REFERENCES `fos_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `slug_reservation` (
  `activeSlug` VARCHAR(20) GENERATED ALWAYS AS (IF(releasedAt IS NULL, slug, NULL)) STORED,
  `id` BINARY(16) NOT NULL,
  `slug` VARCHAR(20) NOT NULL,
  `orgId` BINARY(16) NOT NULL,
  `kind` VARCHAR(16) NOT NULL,
  `reservedAt` DATETIME NOT NULL,
  `releasedAt` DATETIME DEFAULT NULL,
  `releasedBy` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug_reservation_active_slug_uniq` (`activeSlug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
