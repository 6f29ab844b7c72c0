-- Plasmic (Plasmic Inc.; visual builder and design tool for websites and React apps: Studio) — server database
-- Upstream: github.com/plasmicapp/plasmic, commit eb7a827875239adef2932ecca74ccc48cb4d20ef (platform/ under AGPL-3.0,
-- LICENSE.platform.md; the rest MIT)
-- Made from: the 21 TypeORM migrations platform/wab/src/wab/server/migrations/*.ts (the consolidated
-- 1711994066440-CreateDB and the later ones), whose up() SQL strings were run in order with psql against a scratch
-- PostgreSQL 15 database (1769472633819-CreateDatabaseUser only creates a read-only database role and was skipped);
-- every table of schema `public` was read back from the catalogue, columns in the order the migrations leave them.
-- PostgreSQL written as MySQL: text -> TEXT (VARCHAR(255) where part of a key); character varying(255) -> VARCHAR(255);
-- jsonb -> JSON; text[] -> JSON; boolean -> TINYINT(1); timestamptz -> DATETIME(6); tstzrange -> VARCHAR(100).
-- Primary keys, unique constraints, unique indexes (partial ones as plain KEY) and foreign keys are upstream's, with
-- TypeORM's generated names; non-unique indexes and CHECK constraints are left out.
-- Left out (technical or catalogue tables, to keep the exam's size): bundle_backup, partial_revision_cache,
-- project_sync_metadata, hostless_version, dev_flag_overrides, tutorial_db, generic_pair, pkg, pkg_version,
-- loader_publishment, data_source_allowed_projects, data_source_operation, cms_row_revision, team_discourse_info,
-- plasmic_hosting_settings, issued_code; foreign keys pointing at them are dropped.

CREATE TABLE `express_session` (
  `expiredAt` BIGINT NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `json` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `promotion_code` (
  `id` VARCHAR(255) NOT NULL,
  `message` TEXT NOT NULL,
  `trialDays` INT NOT NULL,
  `expirationDate` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `orgId` VARCHAR(255),
  `firstName` TEXT,
  `lastName` TEXT,
  `role` TEXT,
  `source` TEXT,
  `surveyResponse` JSON,
  `needsSurvey` TINYINT(1) NOT NULL,
  `waitingEmailVerification` TINYINT(1),
  `adminModeDisabled` TINYINT(1),
  `needsTeamCreationPrompt` TINYINT(1),
  `email` VARCHAR(255) NOT NULL,
  `bcrypt` TEXT NOT NULL,
  `permanentlyDeletedAt` DATETIME(6),
  `avatarUrl` TEXT,
  `needsIntroSplash` TINYINT(1) NOT NULL,
  `extraData` TEXT,
  `owningTeamId` TEXT,
  `isWhiteLabel` TINYINT(1),
  `whiteLabelId` TEXT,
  `whiteLabelInfo` JSON,
  `signUpPromotionCodeId` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_e12875dfb3b1d92d7d7c5377e22` (`email`),
  UNIQUE KEY `IDX_e12875dfb3b1d92d7d7c5377e2` (`email`),
  CONSTRAINT `FK_45c0d39d1f9ceeb56942db93cc5` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_c3062c4102a912dfe7195a72bfb` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_db5173f7d27aa8a98a9fe6113df` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_f25c1f94bb527428b237363a9ef` FOREIGN KEY (`signUpPromotionCodeId`) REFERENCES `promotion_code` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `org` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `name` TEXT NOT NULL,
  `domain` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_64ca4c7f7746d2e0ab0dd146cd7` (`domain`),
  CONSTRAINT `FK_4223d3778857d70a5a56bf695c7` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_521d29ec4880242946002ab9cc9` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_8e182d7c15e48c39ff89a7595f8` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feature_tier` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `name` TEXT NOT NULL,
  `monthlySeatPrice` INT NOT NULL,
  `monthlySeatStripePriceId` TEXT NOT NULL,
  `monthlyBasePrice` INT,
  `monthlyBaseStripePriceId` TEXT,
  `annualSeatPrice` INT NOT NULL,
  `annualSeatStripePriceId` TEXT NOT NULL,
  `annualBasePrice` INT,
  `annualBaseStripePriceId` TEXT,
  `minUsers` INT NOT NULL DEFAULT 0,
  `maxUsers` INT,
  `privateUsersIncluded` INT,
  `maxPrivateUsers` INT,
  `publicUsersIncluded` INT,
  `maxPublicUsers` INT,
  `designerRole` TINYINT(1) NOT NULL,
  `contentRole` TINYINT(1) NOT NULL,
  `editContentCreatorMode` TINYINT(1) NOT NULL DEFAULT 0,
  `splitContent` TINYINT(1) NOT NULL DEFAULT 0,
  `localization` TINYINT(1) NOT NULL DEFAULT 0,
  `versionHistoryDays` INT,
  `maxWorkspaces` INT,
  `monthlyViews` INT NOT NULL DEFAULT 1000000000,
  `analytics` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_0dd4461f44b4bd23601544aa215` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_6c5adb026733d00e41db2f96ae6` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_e19a7cca8167d58af185a113fe7` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `name` TEXT NOT NULL,
  `billingEmail` TEXT NOT NULL,
  `personalTeamOwnerId` VARCHAR(255),
  `seats` INT,
  `featureTierId` VARCHAR(255),
  `stripeCustomerId` TEXT,
  `stripeSubscriptionId` TEXT,
  `billingFrequency` TEXT,
  `trialStartDate` DATETIME(6),
  `trialDays` INT,
  `inviteId` TEXT,
  `defaultAccessLevel` TEXT,
  `whiteLabelName` TEXT,
  `whiteLabelInfo` JSON,
  `uiConfig` JSON,
  `parentTeamId` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_250950015142683e6bea5c0701` (`personalTeamOwnerId`),
  CONSTRAINT `FK_250950015142683e6bea5c07018` FOREIGN KEY (`personalTeamOwnerId`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_3152d46f0ce8751aca92399783d` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_3a93fbdeba4e1e9e47fec6bada9` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_a740aada0e5c9ed5b6344897706` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_bb0c8fe5c1b1a2087b4420ae3fa` FOREIGN KEY (`parentTeamId`) REFERENCES `team` (`id`),
  CONSTRAINT `FK_bd8c00e60bbc2aa52dfebef3251` FOREIGN KEY (`featureTierId`) REFERENCES `feature_tier` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `teamId` VARCHAR(255) NOT NULL,
  `uiConfig` JSON,
  `contentCreatorConfig` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_4961cf337b086f3bcbc68d54562` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_4d1eceef7e5f8e70fe3ead745d9` FOREIGN KEY (`teamId`) REFERENCES `team` (`id`),
  CONSTRAINT `FK_7a88c01f91d572187ff58ee4bcd` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_fb730da36fb79e21e8fa5f2c303` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `name` TEXT NOT NULL,
  `inviteOnly` TINYINT(1) NOT NULL,
  `defaultAccessLevel` TEXT NOT NULL,
  `hostUrl` TEXT,
  `clonedFromProjectId` TEXT,
  `projectApiToken` TEXT,
  `secretApiToken` TEXT,
  `readableByPublic` TINYINT(1) NOT NULL,
  `uiConfig` JSON,
  `workspaceId` VARCHAR(255),
  `extraData` JSON,
  `permanentlyDeletedAt` DATETIME(6),
  `isMainBranchProtected` TINYINT(1),
  `isUserStarter` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_678acfe7017fe8a25fe7cae5f18` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_69b474c75777a1f7ac5551e8e26` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_c224ab17df530651e53a398ed92` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`),
  CONSTRAINT `FK_dfdad0cd83b31ccb2204f3dc688` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `branch` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `orgId` VARCHAR(255),
  `name` TEXT NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'active',
  `hostUrl` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_1f4dabba86c5e82bc777d2e2c43` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`),
  CONSTRAINT `FK_2570acf6325f1713958ef845e2c` FOREIGN KEY (`orgId`) REFERENCES `org` (`id`),
  CONSTRAINT `FK_543fa3f5ab7f0d5d85671f10907` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_c3254ff11158f942a808f3ba344` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_c8b6e72ddfdd41e7ff256b21658` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_revision` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `projectId` VARCHAR(255) NOT NULL,
  `branchId` VARCHAR(255),
  `data` TEXT NOT NULL,
  `revision` INT NOT NULL,
  `dataLength` INT,
  PRIMARY KEY (`id`),
  KEY `IDX_c0118354bf74579507a0bb3d69` (`projectId`, `branchId`, `revision`),
  KEY `IDX_e633c2a71b2587dc1c1db44b43` (`projectId`, `revision`),
  CONSTRAINT `FK_19f7c0cafeae58b54c0ac2c805c` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_52a9e1ddd348950d99766c0d07d` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`),
  CONSTRAINT `FK_9afb13e88a406695429ae3feb44` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_da417c69cd6944f548fda45c272` FOREIGN KEY (`branchId`) REFERENCES `branch` (`id`),
  CONSTRAINT `FK_ee90236e6c310b450b30f903b91` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_webhook` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `projectId` VARCHAR(255) NOT NULL,
  `method` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `headers` JSON NOT NULL,
  `payload` TEXT NOT NULL,
  `includeChangeData` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_5830ead909b6b58127624aebbc0` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_67e1210506c4bb32386218d6be8` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`),
  CONSTRAINT `FK_6a6894b1f884d4c8dcb442412a2` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_fd0af95fe9a57ebdab21f317f0e` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_webhook_event` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `projectId` VARCHAR(255) NOT NULL,
  `method` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `status` INT NOT NULL,
  `response` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_17bbaf10d39d2a52d246581efe8` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`),
  CONSTRAINT `FK_4e251ce9f5aa4d823bd96e829a0` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_647d827d9da2ce0052d5c46be30` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_7766b3265a3c3e12b767335fd50` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_repository` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `projectId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `installationId` INT NOT NULL,
  `repository` TEXT NOT NULL,
  `directory` TEXT NOT NULL,
  `defaultAction` TEXT NOT NULL,
  `defaultBranch` TEXT NOT NULL,
  `scheme` TEXT NOT NULL,
  `platform` TEXT NOT NULL,
  `language` TEXT NOT NULL,
  `cachedCname` TEXT,
  `publish` TINYINT(1) NOT NULL,
  `createdByPlasmic` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_2afe03975927067337ce4fd1754` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_4dd24e277daeb279bbe6adcee69` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_78457684e4bbb0211c95c147d25` FOREIGN KEY (`userId`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_a7fe8e7574e92150277e996737e` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`),
  CONSTRAINT `FK_f90112c8e53eaba7f6c6829bed4` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trusted_host` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `userId` VARCHAR(255) NOT NULL,
  `hostUrl` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_09f691b912e9016d65d0933e055` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_47fca9f788fedafd943d1e44cea` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_7e3fbe58d720196e079865cb1fd` FOREIGN KEY (`userId`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_a172c668e113fcbf54f1811eb32` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reset_password` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `forUserId` VARCHAR(255),
  `secret` TEXT NOT NULL,
  `used` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_0204adaf85867cd81a99441bf29` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_adc68d3bbd882b60fb367318ba5` FOREIGN KEY (`forUserId`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_f43a10d675fb90a27bc76d42dad` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_ff283fb3236e001571373ff9dc4` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_verification` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `forUserId` VARCHAR(255),
  `secret` TEXT NOT NULL,
  `used` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_003b1154143246f0b3e91772c7c` FOREIGN KEY (`forUserId`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_0633c7742e1a51d943b9026aab0` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_7b75696721e15c7fa5dff57e281` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_cd9ad363c7165bb7b5878d78f14` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sso_config` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `teamId` VARCHAR(255) NOT NULL,
  `domains` JSON NOT NULL,
  `ssoType` TEXT NOT NULL,
  `provider` TEXT NOT NULL,
  `tenantId` VARCHAR(255) NOT NULL,
  `config` JSON NOT NULL,
  `whitelabelConfig` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_a093781d5d4a8c8e47d94ad03a` (`teamId`),
  UNIQUE KEY `IDX_42ac9294c4fad3c1cce491286e` (`tenantId`),
  CONSTRAINT `FK_667af3b44850e5168556b456a83` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_82550c9a10e13404f28fd3d6f9f` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_a093781d5d4a8c8e47d94ad03ab` FOREIGN KEY (`teamId`) REFERENCES `team` (`id`),
  CONSTRAINT `FK_eb76070d2678e976220f7785793` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_token` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `provider` VARCHAR(255) NOT NULL,
  `userInfo` JSON NOT NULL,
  `token` JSON NOT NULL,
  `ssoConfigId` VARCHAR(255),
  `userId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_3dcd7b4f2eb03401f63ffc7f1b8` (`userId`, `provider`),
  CONSTRAINT `FK_361f8e7c5a47e3abd54fce16c92` FOREIGN KEY (`ssoConfigId`) REFERENCES `sso_config` (`id`),
  CONSTRAINT `FK_5ec4a3bf35cce33c021cb5b0961` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_ad6de2e0626b79e0e2d18a6a4ae` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_b70b79b392642aadbb50655e251` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_f6b4b1ac66b753feab5d831ba04` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personal_api_token` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `userId` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_bc3c96ea4e6a272c9ce5d685fd` (`token`),
  CONSTRAINT `FK_0bfed0df56da9260eb1fb0cd85c` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_150bf9c9c6e997563094e25da01` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_560b77fc7c248491f1c188c2208` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_8233506f3285ba3bf0a8d689667` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_api_token` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `teamId` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_d063520eea36f3f39955aceb2e` (`token`),
  CONSTRAINT `FK_06e9219ffad5e2debf601f375ef` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_2abcfa006f37f6dc0ff0980e9b8` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_3184c97d06113ff79a349c628bc` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_6ffc24586b63fdad873ec49f752` FOREIGN KEY (`teamId`) REFERENCES `team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `temporary_team_api_token` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `teamId` VARCHAR(255) NOT NULL,
  `fromTeamTokenId` TEXT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_2d2e88da1f72501bb949764f3f` (`token`),
  CONSTRAINT `FK_222f5e01e041aef144ae4f3aa33` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_696eae25247b767b1fe183f5065` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_7567190e1a841e15b82ff356f6b` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_aa82ebb6134471696705a680b15` FOREIGN KEY (`teamId`) REFERENCES `team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permission` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `projectId` VARCHAR(255),
  `workspaceId` VARCHAR(255),
  `teamId` VARCHAR(255),
  `userId` VARCHAR(255),
  `email` TEXT,
  `accessLevel` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_00e2c09abd157b5358faf3f43d0` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_40c4877af6e402a449d56af4d39` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_4d0a24c8995ff4940a38208d23a` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_4ff15ccf9e648f5255bd9f71a01` FOREIGN KEY (`teamId`) REFERENCES `team` (`id`),
  CONSTRAINT `FK_6a1548bdf4d27c9df5a8442bfc2` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`),
  CONSTRAINT `FK_8926eed7579b5d49cf31a1dc5cf` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`),
  CONSTRAINT `FK_c60570051d297d8269fcdd9bc47` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sign_up_attempt` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `email` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_0e632bed7ce49f4056e8f6076d3` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_5a66f723f0b48af4acffa7e4849` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_a41e89e9a3bce6651ba52e9221a` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_source` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `workspaceId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `credentials` JSON NOT NULL,
  `source` TEXT NOT NULL,
  `settings` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_681a540b285006616d46b0b136c` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`),
  CONSTRAINT `FK_69b41df48f2eb22f03b381a38ad` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_cf526f27b3712a6620d62eacbb0` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_f4f8c50f70dea5864a7da5a4aa9` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `generic_key_value` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `namespace` TEXT NOT NULL,
  `key` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_5dac0c4d2e8f833a607305c9576` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_a01e38e0e764c67ec7b71936c31` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_f1e03147ee95d7b1da4c45b9749` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `copilot_usage` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_11fa0d060b656fb81ca227554b8` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_b6613a1c30054b9ec9c13c66722` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_c989c7f8a2a79c73eb5b267ea9a` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `copilot_interaction` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `userPrompt` TEXT NOT NULL,
  `response` TEXT NOT NULL,
  `fullPromptSnapshot` TEXT NOT NULL,
  `model` TEXT NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `feedback` TINYINT(1),
  `feedbackDescription` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_610fad45a27578b833f9cd8f9ed` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`),
  CONSTRAINT `FK_a32020acce73939756053d0ca1d` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_caaded0ae4265a9adc177762f0c` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_f8c7fecc5597a0df35df52dfe12` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cms_database` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `name` TEXT NOT NULL,
  `workspaceId` VARCHAR(255) NOT NULL,
  `extraData` JSON NOT NULL,
  `publicToken` TEXT NOT NULL,
  `secretToken` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_0c206d940e5b8f08cd7dd85d31e` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`),
  CONSTRAINT `FK_40d84f2bea82711c3f175d60308` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_57f98b7d56ab273dbbf7c82f782` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_9a5587fd4bb4d1d79594ea83742` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cms_table` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `identifier` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `schema` JSON NOT NULL,
  `databaseId` VARCHAR(255) NOT NULL,
  `settings` JSON,
  `isArchived` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_2d478647682d770af3c0ce18722` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_65bd7269acff00b52730e6524de` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_8b972b2ee2be09519e2715b4b63` FOREIGN KEY (`databaseId`) REFERENCES `cms_database` (`id`),
  CONSTRAINT `FK_a10ce90bffe11fb003de35b5cf4` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cms_row` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `identifier` TEXT,
  `tableId` VARCHAR(255) NOT NULL,
  `rank` TEXT NOT NULL,
  `data` JSON,
  `draftData` JSON,
  `revision` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_1b2b8de8dd0ea03f66f7a63601e` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_5532a342e2b74f2c1c441315f41` FOREIGN KEY (`tableId`) REFERENCES `cms_table` (`id`),
  CONSTRAINT `FK_617c0a8c7437e6fb3e4786b46c9` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_d998737aa12474845b3f4a3d4d4` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_api_token` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `workspaceId` VARCHAR(255) NOT NULL,
  `token` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_11dc1c43bf75c683f58838b4ca6` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_7468d86fef98c8c0c6cab773a10` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`),
  CONSTRAINT `FK_7693a4d6d4f31597dac57459ef6` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_a0d8d2672c1b8ca2c0b9af43701` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_auth_config` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `workspaceId` VARCHAR(255) NOT NULL,
  `provider` TEXT,
  `config` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_1801e7adff3a6efe07ff5ceeb09` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_8209bba1bd3cae3ced862dd8325` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_8d631d3bfa3cb9e519c004eaabc` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_bcae49884012aa70b2bd3a0a298` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_user` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `workspaceId` VARCHAR(255) NOT NULL,
  `userId` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `roles` JSON NOT NULL,
  `properties` JSON,
  `token` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_3a4bcc1c5c3b3d91ea61f1a150` (`token`),
  CONSTRAINT `FK_409eafd87a95a20c960930a672f` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_c0c0d4527c85db43fce8740df63` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`),
  CONSTRAINT `FK_d818a0220c38643263123942d48` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_e571a1ae8dea508827ebb683b6e` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_thread` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `projectId` VARCHAR(255) NOT NULL,
  `branchId` VARCHAR(255),
  `location` JSON NOT NULL,
  `resolved` TINYINT(1) NOT NULL DEFAULT 0,
  `lastEmailedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_403962396687f03ad752481e977` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_4f8b120634e56fa1a782ff51e78` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_845aa78a63f5509e2277a46b422` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`),
  CONSTRAINT `FK_e157b469a93274d07c15ea86759` FOREIGN KEY (`branchId`) REFERENCES `branch` (`id`),
  CONSTRAINT `FK_fe17f4e9d76c4b97ef3fe9b9685` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `body` TEXT NOT NULL,
  `commentThreadId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_189762055a3caa7409f57d97504` FOREIGN KEY (`commentThreadId`) REFERENCES `comment_thread` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_63ac916757350d28f05c5a6a4ba` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_705c9406163927351c6c7444623` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_da4617c781efe652a6f96475335` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_reaction` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `commentId` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_528030fee87681214c55ae122bd` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_88bb607240417f03c0592da6824` FOREIGN KEY (`commentId`) REFERENCES `comment` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_c9cbef4011f64a0d1ad75486c42` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_ca8ba445d0ccbb9356978de8609` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `end_user_directory` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `teamId` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `config` JSON NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_be3e38a27721d428db95018b09` (`token`),
  CONSTRAINT `FK_8abe13bebc8a0491439c886f0d7` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_d500e3efb81d39e79110c237e11` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_e045156e23aa87242e24328a85e` FOREIGN KEY (`teamId`) REFERENCES `team` (`id`),
  CONSTRAINT `FK_ec4df82f522f42055c978cca923` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `directory_end_user_group` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `directoryId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_604fca495d2c084a8d6f2f5e79f` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_69947a55434008f7556e78c9b47` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_afeacb404865edeaa747cb6bff3` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_f4f947970d01395600ef96a6ad3` FOREIGN KEY (`directoryId`) REFERENCES `end_user_directory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `end_user` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `directoryId` VARCHAR(255) NOT NULL,
  `email` TEXT,
  `externalId` TEXT,
  `userId` VARCHAR(255),
  `properties` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_02f280c6273799cfde409527f90` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_123a3c333fbbe6238ed83ef4dbc` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_2a795b27f84082d8a7d2d3583f2` FOREIGN KEY (`userId`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_3da12ec46c4dcda0970af231405` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_df0fc89c523bbc473ae3afdc0d7` FOREIGN KEY (`directoryId`) REFERENCES `end_user_directory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_role` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `projectId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `order` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_2b8b28efea573ca75fc02088762` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`),
  CONSTRAINT `FK_65261c37fbfbebf98fd85dfa899` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_79a579c65d8a48ec23d4d0bbc1f` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_97ea6775f31766da5d44270435e` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_auth_config` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `projectId` VARCHAR(255) NOT NULL,
  `directoryId` VARCHAR(255) NOT NULL,
  `redirectUri` TEXT,
  `authScreenProperties` JSON,
  `anonymousRoleId` VARCHAR(255),
  `registeredRoleId` VARCHAR(255),
  `provider` TEXT,
  `token` VARCHAR(255),
  `redirectUris` JSON NOT NULL DEFAULT '[]',
  `userPropsOpId` TEXT,
  `userPropsDataSourceId` TEXT,
  `userPropsBundledOp` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_7afa6ec828f0e23580f7ccbf97` (`token`),
  CONSTRAINT `FK_18efccaf00308eada8c065313b6` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_1c5c84b27655c28bbd233524377` FOREIGN KEY (`anonymousRoleId`) REFERENCES `app_role` (`id`),
  CONSTRAINT `FK_20939b4d89e5f464cb651fd342c` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_60561d43b535bb02543ae66e4a1` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_8aa0806140c1ecb89796ad865e7` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`),
  CONSTRAINT `FK_a058972da8bf44ce5dc1dcd25fb` FOREIGN KEY (`registeredRoleId`) REFERENCES `app_role` (`id`),
  CONSTRAINT `FK_ab88a34b5ace106f2258708691d` FOREIGN KEY (`directoryId`) REFERENCES `end_user_directory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_end_user_access` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `projectId` VARCHAR(255) NOT NULL,
  `domain` TEXT,
  `email` TEXT,
  `externalId` TEXT,
  `directoryEndUserGroupId` VARCHAR(255),
  `roleId` VARCHAR(255) NOT NULL,
  `manuallyAdded` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_04b492ac3632bedb8ab5e6cd409` FOREIGN KEY (`roleId`) REFERENCES `app_role` (`id`),
  CONSTRAINT `FK_ab69768c857fae791f200d8f4c0` FOREIGN KEY (`directoryEndUserGroupId`) REFERENCES `directory_end_user_group` (`id`),
  CONSTRAINT `FK_ac702da9f863ec7bf89cf544787` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_d248996216086f744118185f030` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_df6e21361e2dea47539d3168c06` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_e539a99d0191131ec41ac092b5b` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_end_user_group` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `endUserId` VARCHAR(255) NOT NULL,
  `directoryEndUserGroupId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_2c800fb1f1cba8a51671f1d1976` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_60f728bb5bb635e9c971b0641dc` FOREIGN KEY (`directoryEndUserGroupId`) REFERENCES `directory_end_user_group` (`id`),
  CONSTRAINT `FK_771ec5427dfbe9d6e4f41798e49` FOREIGN KEY (`endUserId`) REFERENCES `end_user` (`id`),
  CONSTRAINT `FK_b90cf607d0a45ad21f051a07ef6` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_c13d2bce684aaef2acf7fe8b5f5` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_access_registry` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `projectId` VARCHAR(255) NOT NULL,
  `endUserId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_323297476653a6f01b211b5ae65` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_5c2be06facd69184ae79db1b1c0` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_71147186f2f14113fa0c789ad74` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`),
  CONSTRAINT `FK_788cf7fdc2be27aebfa0508a98d` FOREIGN KEY (`endUserId`) REFERENCES `end_user` (`id`),
  CONSTRAINT `FK_916f312ddcc2f4eb7cb2afdc500` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_thread_history` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `commentThreadId` VARCHAR(255) NOT NULL,
  `resolved` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_373817b5b08977c1fc94e6f52a8` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_9fd783b82ca150db8d2067593bb` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_a47175eecb8442a0652dc74553e` FOREIGN KEY (`commentThreadId`) REFERENCES `comment_thread` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_ebaab97e65455c49458548e353b` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usage` (
  `id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` VARCHAR(255),
  `updatedById` VARCHAR(255),
  `deletedById` VARCHAR(255),
  `type` TEXT NOT NULL,
  `value` INT NOT NULL,
  `teamId` TEXT,
  `userId` TEXT,
  `date` DATE NOT NULL,
  `range` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_6e6abef8f91b66942461028827f` FOREIGN KEY (`updatedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_9d7474b6304df8360b7b12a5b74` FOREIGN KEY (`deletedById`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_e5f4a5b919b5693b750407fe3d8` FOREIGN KEY (`createdById`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- foreign keys that close a cycle between tables, added once both tables exist
ALTER TABLE `user` ADD CONSTRAINT `FK_4f5adb58513c2fe57eb9c79cc16` FOREIGN KEY (`orgId`) REFERENCES `org` (`id`);
