-- OpenHDS server (OpenHDS/openhds-server, commit 1612cfd4763e3489e96e260ebcbd154906e3b5f5, OpenHDS platform licence, BSD-style)
-- from web/src/main/resources/openhds-schema.sql, foreign keys moved inline, plus the columns and tables
-- that the JPA entities of domain/src/main/java/org/openhds/domain/model add (hibernate hbm2ddl update).

CREATE TABLE `FormInstance` (
  `uuid` varchar(32) not null,
  `formInstanceId` varchar(255),
  primary key (uuid)
) ENGINE=InnoDB;

CREATE TABLE `FormInstance_ValidationMessage` (
  `FormInstance_uuid` varchar(32) not null,
  `validationMessages_uuid` varchar(32) not null,
  unique (validationMessages_uuid),
  CONSTRAINT `FK565F30085537B136` FOREIGN KEY (`validationMessages_uuid`) REFERENCES `ValidationMessage` (`uuid`),
  CONSTRAINT `FK565F3008A1616787` FOREIGN KEY (`FormInstance_uuid`) REFERENCES `FormInstance` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `ValidationMessage` (
  `uuid` varchar(32) not null,
  `message` varchar(255),
  primary key (uuid)
) ENGINE=InnoDB;

CREATE TABLE `classExtension` (
  `uuid` varchar(32) not null,
  `answers` varchar(255),
  `description` varchar(255),
  `entityClass` varchar(255),
  `name` varchar(255) not null,
  `primType` varchar(255),
  `roundNumber` integer,
  primary key (uuid)
) ENGINE=InnoDB;

CREATE TABLE `death` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `ageAtDeath` bigint,
  `deathCause` varchar(255),
  `deathDate` date not null,
  `deathPlace` varchar(255),
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `individual_uuid` varchar(32),
  `visitDeath_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FK5B0927497735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK5B0927436F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FK5B09274A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK5B0927468E8A298` FOREIGN KEY (`visitDeath_uuid`) REFERENCES `visit` (`uuid`),
  CONSTRAINT `FK5B0927480470E9E` FOREIGN KEY (`individual_uuid`) REFERENCES `individual` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `extension` (
  `uuid` varchar(32) not null,
  `entityExtId` varchar(255) not null,
  `extensionValue` varchar(255) not null,
  `classExtension_uuid` varchar(32),
  `entity_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FKDB7D1C3FEA9B72FE` FOREIGN KEY (`entity_uuid`) REFERENCES `visit` (`uuid`),
  CONSTRAINT `FKDB7D1C3FE3D6A93E` FOREIGN KEY (`classExtension_uuid`) REFERENCES `classExtension` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `fieldworker` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `extId` varchar(255) not null,
  `firstName` varchar(255),
  `lastName` varchar(255),
  `passwordHash` char(60) not null,
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FK528ED0F897735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK528ED0F8A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `individual` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `dob` date,
  `dobAspect` varchar(255),
  `extId` varchar(255) not null unique,
  `firstName` varchar(255),
  `gender` varchar(255),
  `lastName` varchar(255),
  `middleName` varchar(255),
  `religion` varchar(255),
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `father_uuid` varchar(32),
  `mother_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FKFD3DA29997735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKFD3DA2999E4C80B4` FOREIGN KEY (`mother_uuid`) REFERENCES `individual` (`uuid`),
  CONSTRAINT `FKFD3DA29936F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FKFD3DA299A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKFD3DA29930076DBB` FOREIGN KEY (`father_uuid`) REFERENCES `individual` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `inmigration` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `migType` varchar(255),
  `origin` varchar(255),
  `reason` varchar(255),
  `recordedDate` date not null,
  `unknownIndividual` bit,
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `individual_uuid` varchar(32) not null,
  `residency_uuid` varchar(32) null,
  `visit_uuid` varchar(32) not null,
  primary key (uuid),
  CONSTRAINT `FKD692204997735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKD692204936F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FKD6922049A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKD6922049851505F6` FOREIGN KEY (`residency_uuid`) REFERENCES `residency` (`uuid`),
  CONSTRAINT `FKD6922049301AAA96` FOREIGN KEY (`visit_uuid`) REFERENCES `visit` (`uuid`),
  CONSTRAINT `FKD692204980470E9E` FOREIGN KEY (`individual_uuid`) REFERENCES `individual` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `location` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `extId` varchar(255) not null,
  `locationName` varchar(255),
  `locationType` varchar(255),
  `longitude` varchar(255),
  `latitude` varchar(255),
  `accuracy` varchar(255),
  `altitude` varchar(255),
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `locationLevel_uuid` varchar(32),
  primary key (uuid),
  UNIQUE KEY `extId_loc_UNIQUE` (`extId`),
  CONSTRAINT `FK714F9FB597735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK714F9FB536F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FK714F9FB5A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK714F9FB5DFDC7027` FOREIGN KEY (`locationLevel_uuid`) REFERENCES `locationhierarchy` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `locationhierarchy` (
  `uuid` varchar(32) not null,
  `extId` varchar(255) not null,
  `name` varchar(255) not null,
  `level_uuid` varchar(32),
  `parent_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FK6AD2CE20F61555E` FOREIGN KEY (`level_uuid`) REFERENCES `locationhierarchylevel` (`uuid`),
  CONSTRAINT `FK6AD2CE2064C0094C` FOREIGN KEY (`parent_uuid`) REFERENCES `locationhierarchy` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `locationhierarchylevel` (
  `uuid` varchar(32) not null,
  `keyIdentifier` integer not null,
  `name` varchar(255) not null,
  primary key (uuid)
) ENGINE=InnoDB;

CREATE TABLE `membership` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `bIsToA` varchar(255),
  `endDate` date,
  `endType` varchar(255),
  `startDate` date,
  `startType` varchar(255),
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `individual_uuid` varchar(32),
  `socialGroup_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FKB01D87D691408DD6` FOREIGN KEY (`socialGroup_uuid`) REFERENCES `socialgroup` (`uuid`),
  CONSTRAINT `FKB01D87D697735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKB01D87D636F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FKB01D87D6A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKB01D87D680470E9E` FOREIGN KEY (`individual_uuid`) REFERENCES `individual` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `note` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `description` varchar(255),
  `observationDate` date,
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  primary key (uuid),
  CONSTRAINT `FK33AFF297735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK33AFF236F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FK33AFF2A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `outcome` (
  `uuid` varchar(32) not null,
  `type` varchar(255),
  `childextId` varchar(255),
  `child_uuid` varchar(32),
  `childMembership_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FKBE0C075286CD7C22` FOREIGN KEY (`childMembership_uuid`) REFERENCES `membership` (`uuid`),
  CONSTRAINT `FKBE0C0752948ED5FB` FOREIGN KEY (`child_uuid`) REFERENCES `individual` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `outmigration` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `destination` varchar(255),
  `reason` varchar(255),
  `recordedDate` date not null,
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `individual_uuid` varchar(32) not null,
  `residency_uuid` varchar(32) not null,
  `visit_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FKE109DC4097735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKE109DC4036F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FKE109DC40A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKE109DC40851505F6` FOREIGN KEY (`residency_uuid`) REFERENCES `residency` (`uuid`),
  CONSTRAINT `FKE109DC40301AAA96` FOREIGN KEY (`visit_uuid`) REFERENCES `visit` (`uuid`),
  CONSTRAINT `FKE109DC4080470E9E` FOREIGN KEY (`individual_uuid`) REFERENCES `individual` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `pregnancyobservation` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `expectedDeliveryDate` date not null,
  `recordedDate` date not null,
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `mother_uuid` varchar(32),
  `visit_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FKDB9E9ADF97735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKDB9E9ADF9E4C80B4` FOREIGN KEY (`mother_uuid`) REFERENCES `individual` (`uuid`),
  CONSTRAINT `FKDB9E9ADF36F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FKDB9E9ADFA726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK_pregobs_visit` FOREIGN KEY (`visit_uuid`) REFERENCES `visit` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `pregnancyoutcome` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `childEverBorn` integer,
  `numberOfLiveBirths` integer,
  `outcomeDate` date,
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `father_uuid` varchar(32),
  `mother_uuid` varchar(32),
  `visit_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FKA53B1B8597735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKA53B1B859E4C80B4` FOREIGN KEY (`mother_uuid`) REFERENCES `individual` (`uuid`),
  CONSTRAINT `FKA53B1B8536F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FKA53B1B85A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKA53B1B8530076DBB` FOREIGN KEY (`father_uuid`) REFERENCES `individual` (`uuid`),
  CONSTRAINT `FKA53B1B85301AAA96` FOREIGN KEY (`visit_uuid`) REFERENCES `visit` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `pregnancyoutcome_outcome` (
  `pregnancyoutcome_uuid` varchar(32) not null,
  `outcomes_uuid` varchar(32) not null,
  unique (outcomes_uuid),
  CONSTRAINT `FKC419749895ECD547` FOREIGN KEY (`outcomes_uuid`) REFERENCES `outcome` (`uuid`),
  CONSTRAINT `FKC4197498AFA9FEFE` FOREIGN KEY (`pregnancyoutcome_uuid`) REFERENCES `pregnancyoutcome` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `privilege` (
  `uuid` varchar(32) not null,
  `privilege` varchar(255),
  primary key (uuid)
) ENGINE=InnoDB;

CREATE TABLE `relationship` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `aIsToB` varchar(255),
  `endDate` date,
  `endType` varchar(255),
  `startDate` date not null,
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `individualA_uuid` varchar(32),
  `individualB_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FKF064763897735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKF064763836F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FKF0647638A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FKF0647638995599AF` FOREIGN KEY (`individualA_uuid`) REFERENCES `individual` (`uuid`),
  CONSTRAINT `FKF06476389B0A724E` FOREIGN KEY (`individualB_uuid`) REFERENCES `individual` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `residency` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `endDate` date,
  `endType` varchar(255),
  `startDate` date not null,
  `startType` varchar(255),
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `individual_uuid` varchar(32),
  `location_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FK7E9A5B1A97735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK7E9A5B1A36F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FK7E9A5B1AA726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK7E9A5B1AB374291E` FOREIGN KEY (`location_uuid`) REFERENCES `location` (`uuid`),
  CONSTRAINT `FK7E9A5B1A80470E9E` FOREIGN KEY (`individual_uuid`) REFERENCES `individual` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `role` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `description` varchar(255),
  `name` varchar(255),
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FK35807697735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK358076A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `role_privileges` (
  `role_uuid` varchar(32) not null,
  `privilege_uuid` varchar(32) not null,
  primary key (role_uuid, privilege_uuid),
  CONSTRAINT `FK797EEF4B21E9AC56` FOREIGN KEY (`privilege_uuid`) REFERENCES `privilege` (`uuid`),
  CONSTRAINT `FK797EEF4B1920CBBE` FOREIGN KEY (`role_uuid`) REFERENCES `role` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `round` (
  `uuid` varchar(32) not null,
  `endDate` date,
  `remarks` varchar(255),
  `roundNumber` integer,
  `startDate` date,
  primary key (uuid)
) ENGINE=InnoDB;

CREATE TABLE `socialgroup` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `extId` varchar(255) unique,
  `groupName` varchar(255),
  `groupType` varchar(255),
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `groupHead_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FK89CF7B329001C018` FOREIGN KEY (`groupHead_uuid`) REFERENCES `individual` (`uuid`),
  CONSTRAINT `FK89CF7B3297735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK89CF7B3236F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FK89CF7B32A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `user` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `description` varchar(255),
  `firstName` varchar(255),
  `fullName` varchar(255),
  `lastLoginTime` bigint not null,
  `lastName` varchar(255),
  `password` varchar(255),
  `sessionId` varchar(255),
  `username` varchar(255),
  primary key (uuid)
) ENGINE=InnoDB;

CREATE TABLE `user_roles` (
  `user_uuid` varchar(32) not null,
  `role_uuid` varchar(32) not null,
  primary key (user_uuid, role_uuid),
  CONSTRAINT `FK73429949195798DE` FOREIGN KEY (`user_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK734299491920CBBE` FOREIGN KEY (`role_uuid`) REFERENCES `role` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `visit` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `extId` varchar(255),
  `roundNumber` integer,
  `visitDate` date not null,
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `visitLocation_uuid` varchar(32),
  `realVisit` varchar(255) DEFAULT NULL,
  primary key (uuid),
  UNIQUE KEY `extId_UNIQUE` (`extId`),
  CONSTRAINT `FK6B04D4B97735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK6B04D4B36F4BE6E` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FK6B04D4BEC630DB3` FOREIGN KEY (`visitLocation_uuid`) REFERENCES `location` (`uuid`),
  CONSTRAINT `FK6B04D4BA726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `whitelist` (
  `uuid` varchar(32) not null,
  `address` varchar(255),
  primary key (uuid)
) ENGINE=InnoDB;

CREATE TABLE `form` (
  `uuid` varchar(32) NOT NULL,
  `formName` varchar(255) NOT NULL,
  `active` varchar(50) NOT NULL DEFAULT '0',
  `deleted` bit(1) NOT NULL,
  `insertDate` date DEFAULT NULL,
  `voidDate` datetime DEFAULT NULL,
  `voidReason` varchar(255) DEFAULT NULL,
  `insertBy_uuid` varchar(32) DEFAULT NULL,
  `voidBy_uuid` varchar(32) DEFAULT NULL,
  `gender` varchar(255) DEFAULT NULL,
  `coreTable` varchar(80) DEFAULT NULL,
  `status` tinyint(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (`uuid`),
  KEY `FK300CC497735AF9` (`insertBy_uuid`),
  KEY `FK300CC4A726FBE` (`voidBy_uuid`),
  CONSTRAINT `FK300CC497735AF9` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK300CC4A726FBE` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `vaccination` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `bcg` date,
  `dpt1` date,
  `dpt2` date,
  `dpt3` date,
  `measels` date,
  `polio1` date,
  `polio2` date,
  `polio3` date,
  `polio4` date,
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `child_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FK_vaccination_insertBy` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK_vaccination_voidBy` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK_vaccination_collectedBy` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FK_vaccination_child` FOREIGN KEY (`child_uuid`) REFERENCES `individual` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `adultvpm` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `recordedDate` date,
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `individual_uuid` varchar(32),
  `visit_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FK_adultvpm_insertBy` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK_adultvpm_voidBy` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK_adultvpm_collectedBy` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FK_adultvpm_individual` FOREIGN KEY (`individual_uuid`) REFERENCES `individual` (`uuid`),
  CONSTRAINT `FK_adultvpm_visit` FOREIGN KEY (`visit_uuid`) REFERENCES `visit` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `neonatalvpm` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `recordedDate` date,
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `individual_uuid` varchar(32),
  `visit_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FK_neonatalvpm_insertBy` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK_neonatalvpm_voidBy` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK_neonatalvpm_collectedBy` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FK_neonatalvpm_individual` FOREIGN KEY (`individual_uuid`) REFERENCES `individual` (`uuid`),
  CONSTRAINT `FK_neonatalvpm_visit` FOREIGN KEY (`visit_uuid`) REFERENCES `visit` (`uuid`)
) ENGINE=InnoDB;

CREATE TABLE `postneonatalvpm` (
  `uuid` varchar(32) not null,
  `deleted` bit not null,
  `insertDate` date,
  `voidDate` datetime,
  `voidReason` varchar(255),
  `status` varchar(255),
  `statusMessage` varchar(255),
  `recordedDate` date,
  `insertBy_uuid` varchar(32),
  `voidBy_uuid` varchar(32),
  `collectedBy_uuid` varchar(32) not null,
  `individual_uuid` varchar(32),
  `visit_uuid` varchar(32),
  primary key (uuid),
  CONSTRAINT `FK_postneonatalvpm_insertBy` FOREIGN KEY (`insertBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK_postneonatalvpm_voidBy` FOREIGN KEY (`voidBy_uuid`) REFERENCES `user` (`uuid`),
  CONSTRAINT `FK_postneonatalvpm_collectedBy` FOREIGN KEY (`collectedBy_uuid`) REFERENCES `fieldworker` (`uuid`),
  CONSTRAINT `FK_postneonatalvpm_individual` FOREIGN KEY (`individual_uuid`) REFERENCES `individual` (`uuid`),
  CONSTRAINT `FK_postneonatalvpm_visit` FOREIGN KEY (`visit_uuid`) REFERENCES `visit` (`uuid`)
) ENGINE=InnoDB;
