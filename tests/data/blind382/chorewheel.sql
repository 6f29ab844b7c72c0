-- Chore Wheel (Zaratan; Slack apps "Chores", "Things" and "Hearts" for co-living houses): final schema of its knex
-- migrations. Source: github.com/zaratanDotWorld/choreWheel, commit 23d503e5e79a2a12aa7abf2d281eafe99ba49d8f
-- (AGPL-3.0), migrations/*.js (16 knex migrations, 20200329100100_House ... 20230930000620_ThingProposal).
-- Made by running the 16 migrations with knex 3.2.9 and pg 8 (package.json's ranges) against an empty PostgreSQL 15
-- scratch database and writing its 16 tables (knex's own knex_migrations / knex_migrations_lock left out) as MySQL by
-- a script reading the PostgreSQL catalogue: columns in PostgreSQL's order, increments -> INT AUTO_INCREMENT,
-- string -> VARCHAR(255), integer -> INT, float (real) -> FLOAT, tinyint (smallint) -> SMALLINT, boolean ->
-- TINYINT(1), timestamp (timestamptz) -> DATETIME(6), date -> DATE, jsonb -> JSON (the '{}' defaults left out);
-- primary and unique keys, the CHECK constraints and all foreign keys (to House.slackId, Resident.slackId, Poll,
-- Chore, ChoreValue, Thing, Heart) as knex names them, foreign keys as ALTER TABLE at the end.

CREATE TABLE `Chore` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `chore_houseid_name_unique` (`houseId`, `name`)
);

CREATE TABLE `ChoreBreak` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `residentId` VARCHAR(255) NOT NULL,
  `startDate` DATE NOT NULL,
  `endDate` DATE NOT NULL,
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ChoreBreak_check` CHECK ((`startDate` < `endDate`))
);

CREATE TABLE `ChoreClaim` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `choreId` INT,
  `choreValueId` INT,
  `claimedBy` VARCHAR(255),
  `claimedAt` DATETIME(6),
  `value` FLOAT,
  `pollId` INT,
  `resolvedAt` DATETIME(6),
  `valid` TINYINT(1) NOT NULL DEFAULT 1,
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `choreid_chorevalueid_check` CHECK (((`choreId` IS NULL) OR (`choreValueId` IS NULL)))
);

CREATE TABLE `ChorePref` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `residentId` VARCHAR(255) NOT NULL,
  `alphaChoreId` INT NOT NULL,
  `betaChoreId` INT NOT NULL,
  `preference` FLOAT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `chorepref_houseid_residentid_alphachoreid_betachoreid_unique` (`houseId`, `residentId`, `alphaChoreId`, `betaChoreId`),
  CONSTRAINT `ChorePref_check` CHECK ((`alphaChoreId` < `betaChoreId`)),
  CONSTRAINT `ChorePref_preference_check` CHECK (((preference >= (0)) AND (preference <= (1))))
);

CREATE TABLE `ChoreProposal` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `proposedBy` VARCHAR(255) NOT NULL,
  `choreId` INT,
  `name` VARCHAR(255),
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `metadata` JSON NOT NULL,
  `pollId` INT NOT NULL,
  `resolvedAt` DATETIME(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `ChoreValue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `choreId` INT,
  `valuedAt` DATETIME(6) NOT NULL,
  `value` FLOAT NOT NULL,
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Heart` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `residentId` VARCHAR(255) NOT NULL,
  `type` SMALLINT NOT NULL DEFAULT '0',
  `generatedAt` DATETIME(6) NOT NULL,
  `value` FLOAT NOT NULL,
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `HeartChallenge` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `challengerId` VARCHAR(255) NOT NULL,
  `challengeeId` VARCHAR(255) NOT NULL,
  `challengedAt` DATETIME(6) NOT NULL,
  `value` INT NOT NULL,
  `pollId` INT NOT NULL,
  `resolvedAt` DATETIME(6),
  `heartId` INT,
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `HeartChallenge_check` CHECK (((`challengerId`)<> (`challengeeId`)))
);

CREATE TABLE `HeartKarma` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `giverId` VARCHAR(255) NOT NULL,
  `receiverId` VARCHAR(255) NOT NULL,
  `givenAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `HeartKarma_check` CHECK (((`giverId`)<> (`receiverId`)))
);

CREATE TABLE `House` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255),
  `slackId` VARCHAR(255) NOT NULL,
  `metadata` JSON NOT NULL,
  `choresConf` JSON NOT NULL,
  `heartsConf` JSON NOT NULL,
  `thingsConf` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `house_name_unique` (`name`),
  UNIQUE KEY `house_slackid_unique` (`slackId`)
);

CREATE TABLE `Poll` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `startTime` DATETIME(6) NOT NULL,
  `endTime` DATETIME(6) NOT NULL,
  `minVotes` INT NOT NULL,
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `PollVote` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `pollId` INT NOT NULL,
  `encryptedResidentId` VARCHAR(255) NOT NULL,
  `submittedAt` DATETIME(6) NOT NULL,
  `vote` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `pollvote_pollid_encryptedresidentid_unique` (`pollId`, `encryptedResidentId`)
);

CREATE TABLE `Resident` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `slackId` VARCHAR(255) NOT NULL,
  `houseId` VARCHAR(255) NOT NULL,
  `activeAt` DATETIME(6),
  `exemptAt` DATETIME(6),
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resident_slackid_unique` (`slackId`)
);

CREATE TABLE `Thing` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` FLOAT NOT NULL DEFAULT '0',
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `thing_houseid_type_name_unique` (`houseId`, `type`, `name`)
);

CREATE TABLE `ThingBuy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `thingId` INT,
  `boughtBy` VARCHAR(255) NOT NULL,
  `boughtAt` DATETIME(6) NOT NULL,
  `account` VARCHAR(255) NOT NULL,
  `value` FLOAT NOT NULL,
  `pollId` INT,
  `resolvedAt` DATETIME(6),
  `valid` TINYINT(1) NOT NULL DEFAULT 1,
  `fulfilledBy` VARCHAR(255),
  `fulfilledAt` DATETIME(6),
  `metadata` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ThingProposal` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `houseId` VARCHAR(255) NOT NULL,
  `proposedBy` VARCHAR(255) NOT NULL,
  `thingId` INT,
  `type` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` FLOAT NOT NULL DEFAULT '0',
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `metadata` JSON NOT NULL,
  `pollId` INT NOT NULL,
  `resolvedAt` DATETIME(6),
  PRIMARY KEY (`id`)
);

ALTER TABLE `Chore` ADD CONSTRAINT `chore_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `ChoreBreak` ADD CONSTRAINT `chorebreak_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `ChoreBreak` ADD CONSTRAINT `chorebreak_residentid_foreign` FOREIGN KEY (`residentId`) REFERENCES `Resident` (`slackId`);
ALTER TABLE `ChoreClaim` ADD CONSTRAINT `choreclaim_choreid_foreign` FOREIGN KEY (`choreId`) REFERENCES `Chore` (`id`);
ALTER TABLE `ChoreClaim` ADD CONSTRAINT `choreclaim_chorevalueid_foreign` FOREIGN KEY (`choreValueId`) REFERENCES `ChoreValue` (`id`);
ALTER TABLE `ChoreClaim` ADD CONSTRAINT `choreclaim_claimedby_foreign` FOREIGN KEY (`claimedBy`) REFERENCES `Resident` (`slackId`);
ALTER TABLE `ChoreClaim` ADD CONSTRAINT `choreclaim_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `ChoreClaim` ADD CONSTRAINT `choreclaim_pollid_foreign` FOREIGN KEY (`pollId`) REFERENCES `Poll` (`id`);
ALTER TABLE `ChorePref` ADD CONSTRAINT `chorepref_alphachoreid_foreign` FOREIGN KEY (`alphaChoreId`) REFERENCES `Chore` (`id`);
ALTER TABLE `ChorePref` ADD CONSTRAINT `chorepref_betachoreid_foreign` FOREIGN KEY (`betaChoreId`) REFERENCES `Chore` (`id`);
ALTER TABLE `ChorePref` ADD CONSTRAINT `chorepref_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `ChorePref` ADD CONSTRAINT `chorepref_residentid_foreign` FOREIGN KEY (`residentId`) REFERENCES `Resident` (`slackId`);
ALTER TABLE `ChoreProposal` ADD CONSTRAINT `choreproposal_choreid_foreign` FOREIGN KEY (`choreId`) REFERENCES `Chore` (`id`);
ALTER TABLE `ChoreProposal` ADD CONSTRAINT `choreproposal_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `ChoreProposal` ADD CONSTRAINT `choreproposal_pollid_foreign` FOREIGN KEY (`pollId`) REFERENCES `Poll` (`id`);
ALTER TABLE `ChoreProposal` ADD CONSTRAINT `choreproposal_proposedby_foreign` FOREIGN KEY (`proposedBy`) REFERENCES `Resident` (`slackId`);
ALTER TABLE `ChoreValue` ADD CONSTRAINT `chorevalue_choreid_foreign` FOREIGN KEY (`choreId`) REFERENCES `Chore` (`id`);
ALTER TABLE `ChoreValue` ADD CONSTRAINT `chorevalue_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `Heart` ADD CONSTRAINT `heart_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `Heart` ADD CONSTRAINT `heart_residentid_foreign` FOREIGN KEY (`residentId`) REFERENCES `Resident` (`slackId`);
ALTER TABLE `HeartChallenge` ADD CONSTRAINT `heartchallenge_challengeeid_foreign` FOREIGN KEY (`challengeeId`) REFERENCES `Resident` (`slackId`);
ALTER TABLE `HeartChallenge` ADD CONSTRAINT `heartchallenge_challengerid_foreign` FOREIGN KEY (`challengerId`) REFERENCES `Resident` (`slackId`);
ALTER TABLE `HeartChallenge` ADD CONSTRAINT `heartchallenge_heartid_foreign` FOREIGN KEY (`heartId`) REFERENCES `Heart` (`id`);
ALTER TABLE `HeartChallenge` ADD CONSTRAINT `heartchallenge_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `HeartChallenge` ADD CONSTRAINT `heartchallenge_pollid_foreign` FOREIGN KEY (`pollId`) REFERENCES `Poll` (`id`);
ALTER TABLE `HeartKarma` ADD CONSTRAINT `heartkarma_giverid_foreign` FOREIGN KEY (`giverId`) REFERENCES `Resident` (`slackId`);
ALTER TABLE `HeartKarma` ADD CONSTRAINT `heartkarma_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `HeartKarma` ADD CONSTRAINT `heartkarma_receiverid_foreign` FOREIGN KEY (`receiverId`) REFERENCES `Resident` (`slackId`);
ALTER TABLE `Poll` ADD CONSTRAINT `poll_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `PollVote` ADD CONSTRAINT `pollvote_pollid_foreign` FOREIGN KEY (`pollId`) REFERENCES `Poll` (`id`);
ALTER TABLE `Resident` ADD CONSTRAINT `resident_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `Thing` ADD CONSTRAINT `thing_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `ThingBuy` ADD CONSTRAINT `thingbuy_boughtby_foreign` FOREIGN KEY (`boughtBy`) REFERENCES `Resident` (`slackId`);
ALTER TABLE `ThingBuy` ADD CONSTRAINT `thingbuy_fulfilledby_foreign` FOREIGN KEY (`fulfilledBy`) REFERENCES `Resident` (`slackId`);
ALTER TABLE `ThingBuy` ADD CONSTRAINT `thingbuy_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `ThingBuy` ADD CONSTRAINT `thingbuy_pollid_foreign` FOREIGN KEY (`pollId`) REFERENCES `Poll` (`id`);
ALTER TABLE `ThingBuy` ADD CONSTRAINT `thingbuy_thingid_foreign` FOREIGN KEY (`thingId`) REFERENCES `Thing` (`id`);
ALTER TABLE `ThingProposal` ADD CONSTRAINT `thingproposal_houseid_foreign` FOREIGN KEY (`houseId`) REFERENCES `House` (`slackId`);
ALTER TABLE `ThingProposal` ADD CONSTRAINT `thingproposal_pollid_foreign` FOREIGN KEY (`pollId`) REFERENCES `Poll` (`id`);
ALTER TABLE `ThingProposal` ADD CONSTRAINT `thingproposal_proposedby_foreign` FOREIGN KEY (`proposedBy`) REFERENCES `Resident` (`slackId`);
ALTER TABLE `ThingProposal` ADD CONSTRAINT `thingproposal_thingid_foreign` FOREIGN KEY (`thingId`) REFERENCES `Thing` (`id`);
