-- Dataverse 4.12 (IQSS, Harvard University) - research data repository.
-- Source: github.com/IQSS/dataverse scripts/database/create/create_v4.12.sql (the DDL EclipseLink generates from the
-- JPA entities, shipped by upstream for release 4.12), tag v4.12, commit b2180be1dd6a88cd89d17672b886e6a53722dab8
-- (unchanged at the snapshot's HEAD b485249231feb43c70459884089b9af7b4c3beea); Apache-2.0.
-- Loaded as is into PostgreSQL 15 and written back as MySQL DDL from the catalogue: all 100 tables, columns in
-- upstream's order, NOT NULL, primary keys, unique constraints and indexes, foreign keys. SERIAL -> AUTO_INCREMENT;
-- integer keys referenced by or referencing BIGINT columns written as BIGINT (MariaDB needs equal types);
-- BOOLEAN -> TINYINT(1), TIMESTAMP -> DATETIME, unbounded TEXT in a key -> VARCHAR(255). Non-unique indexes,
-- the SEQUENCE seed row and defaults left out. A cycle of foreign keys (datasetfield <-> datasetfieldcompoundvalue)
-- needs FOREIGN_KEY_CHECKS=0.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `workflow` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `oaiset` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `definition` TEXT,
  `deleted` TINYINT(1),
  `description` TEXT,
  `name` TEXT,
  `spec` TEXT,
  `updateinprogress` TINYINT(1),
  `version` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `storagesite` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hostname` TEXT,
  `name` TEXT,
  `primarystorage` TINYINT(1) NOT NULL,
  `transferprotocols` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oairecord` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `globalid` VARCHAR(255),
  `lastupdatetime` DATETIME,
  `removed` TINYINT(1),
  `setname` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `shibgroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `attribute` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `pattern` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `persistedglobalgroup` (
  `id` BIGINT NOT NULL,
  `dtype` VARCHAR(31),
  `description` VARCHAR(255),
  `displayname` VARCHAR(255),
  `persistedgroupalias` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `persistedglobalgroup_persistedgroupalias_key` (`persistedgroupalias`)
);

CREATE TABLE `ipv4range` (
  `id` BIGINT NOT NULL,
  `bottomaslong` BIGINT,
  `topaslong` BIGINT,
  `owner_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ipv4range_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `persistedglobalgroup` (`id`)
);

CREATE TABLE `metric` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `datalocation` TEXT,
  `daystring` TEXT,
  `lastcalleddate` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `valuejson` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workflowstepdata` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `providerid` VARCHAR(255),
  `steptype` VARCHAR(255),
  `parent_id` BIGINT,
  `index` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_workflowstepdata_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `workflow` (`id`)
);

CREATE TABLE `customfieldmap` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `sourcedatasetfield` VARCHAR(255),
  `sourcetemplate` VARCHAR(255),
  `targetdatasetfield` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `actionlogrecord` (
  `id` VARCHAR(36) NOT NULL,
  `actionresult` VARCHAR(255),
  `actionsubtype` VARCHAR(255),
  `actiontype` VARCHAR(255),
  `endtime` DATETIME,
  `info` TEXT,
  `starttime` DATETIME,
  `useridentifier` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `foreignmetadataformatmapping` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `displayname` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `schemalocation` VARCHAR(255),
  `startelement` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `externaltool` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contenttype` TEXT,
  `description` TEXT,
  `displayname` VARCHAR(255) NOT NULL,
  `toolparameters` VARCHAR(255) NOT NULL,
  `toolurl` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `defaultvalueset` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `authenticateduser` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `affiliation` VARCHAR(255),
  `createdtime` DATETIME NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `emailconfirmed` DATETIME,
  `firstname` VARCHAR(255),
  `lastapiusetime` DATETIME,
  `lastlogintime` DATETIME,
  `lastname` VARCHAR(255),
  `position` VARCHAR(255),
  `superuser` TINYINT(1),
  `useridentifier` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `authenticateduser_email_key` (`email`),
  UNIQUE KEY `authenticateduser_useridentifier_key` (`useridentifier`)
);

CREATE TABLE `authenticationproviderrow` (
  `id` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1),
  `factoryalias` VARCHAR(255),
  `factorydata` TEXT,
  `subtitle` VARCHAR(255),
  `title` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `foreignmetadatafieldmapping` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `datasetfieldname` TEXT,
  `foreignfieldxpath` VARCHAR(255),
  `isattribute` TINYINT(1),
  `foreignmetadataformatmapping_id` BIGINT,
  `parentfieldmapping_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_foreignmetadatafieldmapping_0` (`foreignmetadataformatmapping_id`, `foreignfieldxpath`),
  CONSTRAINT `fk_foreignmetadatafieldmapping_foreignmetadataformatmapping_id` FOREIGN KEY (`foreignmetadataformatmapping_id`) REFERENCES `foreignmetadataformatmapping` (`id`),
  CONSTRAINT `fk_foreignmetadatafieldmapping_parentfieldmapping_id` FOREIGN KEY (`parentfieldmapping_id`) REFERENCES `foreignmetadatafieldmapping` (`id`)
);

CREATE TABLE `worldmapauth_tokentype` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `contactemail` VARCHAR(255),
  `created` DATETIME NOT NULL,
  `hostname` VARCHAR(255),
  `ipaddress` VARCHAR(255),
  `mapitlink` VARCHAR(255) NOT NULL,
  `md5` VARCHAR(255) NOT NULL,
  `modified` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `timelimitminutes` INT,
  `timelimitseconds` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application_name` (`name`)
);

CREATE TABLE `authenticateduserlookup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `authenticationproviderid` VARCHAR(255),
  `persistentuserid` VARCHAR(255),
  `authenticateduser_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `authenticateduserlookup_authenticateduser_id_key` (`authenticateduser_id`),
  UNIQUE KEY `unq_authenticateduserlookup_0` (`persistentuserid`, `authenticationproviderid`),
  CONSTRAINT `fk_authenticateduserlookup_authenticateduser_id` FOREIGN KEY (`authenticateduser_id`) REFERENCES `authenticateduser` (`id`)
);

CREATE TABLE `setting` (
  `name` VARCHAR(255) NOT NULL,
  `content` TEXT,
  PRIMARY KEY (`name`)
);

CREATE TABLE `builtinuser` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `encryptedpassword` VARCHAR(255),
  `passwordencryptionversion` INT,
  `username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `builtinuser_username_key` (`username`)
);

CREATE TABLE `termsofuseandaccess` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `availabilitystatus` TEXT,
  `citationrequirements` TEXT,
  `conditions` TEXT,
  `confidentialitydeclaration` TEXT,
  `contactforaccess` TEXT,
  `dataaccessplace` TEXT,
  `depositorrequirements` TEXT,
  `disclaimer` TEXT,
  `fileaccessrequest` TINYINT(1),
  `license` VARCHAR(255),
  `originalarchive` TEXT,
  `restrictions` TEXT,
  `sizeofcollection` TEXT,
  `specialpermissions` TEXT,
  `studycompletion` TEXT,
  `termsofaccess` TEXT,
  `termsofuse` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `doidataciteregistercache` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `doi` VARCHAR(255),
  `status` VARCHAR(255),
  `url` VARCHAR(255),
  `xml` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `doidataciteregistercache_doi_key` (`doi`)
);

CREATE TABLE `workflowstepdata_stepparameters` (
  `workflowstepdata_id` BIGINT,
  `stepparameters` VARCHAR(2048),
  `stepparameters_key` VARCHAR(255),
  CONSTRAINT `fk_workflowstepdata_stepparameters_workflowstepdata_id` FOREIGN KEY (`workflowstepdata_id`) REFERENCES `workflowstepdata` (`id`)
);

CREATE TABLE `workflowstepdata_stepsettings` (
  `workflowstepdata_id` BIGINT,
  `stepsettings` VARCHAR(2048),
  `stepsettings_key` VARCHAR(255),
  CONSTRAINT `fk_workflowstepdata_stepsettings_workflowstepdata_id` FOREIGN KEY (`workflowstepdata_id`) REFERENCES `workflowstepdata` (`id`)
);

CREATE TABLE `sequence` (
  `seq_name` VARCHAR(50) NOT NULL,
  `seq_count` DECIMAL(38,0),
  PRIMARY KEY (`seq_name`)
);

CREATE TABLE `confirmemaildata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `expires` DATETIME NOT NULL,
  `token` VARCHAR(255),
  `authenticateduser_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `confirmemaildata_authenticateduser_id_key` (`authenticateduser_id`),
  CONSTRAINT `fk_confirmemaildata_authenticateduser_id` FOREIGN KEY (`authenticateduser_id`) REFERENCES `authenticateduser` (`id`)
);

CREATE TABLE `oauth2tokendata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `accesstoken` TEXT,
  `expirydate` DATETIME,
  `oauthproviderid` VARCHAR(255),
  `rawresponse` TEXT,
  `refreshtoken` VARCHAR(64),
  `scope` VARCHAR(64),
  `tokentype` VARCHAR(32),
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_oauth2tokendata_user_id` FOREIGN KEY (`user_id`) REFERENCES `authenticateduser` (`id`)
);

CREATE TABLE `dvobject` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `dtype` VARCHAR(31),
  `authority` VARCHAR(255),
  `createdate` DATETIME NOT NULL,
  `globalidcreatetime` DATETIME,
  `identifier` VARCHAR(255),
  `identifierregistered` TINYINT(1),
  `indextime` DATETIME,
  `modificationtime` DATETIME NOT NULL,
  `permissionindextime` DATETIME,
  `permissionmodificationtime` DATETIME,
  `previewimageavailable` TINYINT(1),
  `protocol` VARCHAR(255),
  `publicationdate` DATETIME,
  `storageidentifier` VARCHAR(255),
  `creator_id` BIGINT,
  `owner_id` BIGINT,
  `releaseuser_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_dvobject_0` (`authority`, `protocol`, `identifier`),
  CONSTRAINT `fk_dvobject_creator_id` FOREIGN KEY (`creator_id`) REFERENCES `authenticateduser` (`id`),
  CONSTRAINT `fk_dvobject_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_dvobject_releaseuser_id` FOREIGN KEY (`releaseuser_id`) REFERENCES `authenticateduser` (`id`)
);

CREATE TABLE `ipv6range` (
  `id` BIGINT NOT NULL,
  `bottoma` BIGINT,
  `bottomb` BIGINT,
  `bottomc` BIGINT,
  `bottomd` BIGINT,
  `topa` BIGINT,
  `topb` BIGINT,
  `topc` BIGINT,
  `topd` BIGINT,
  `owner_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ipv6range_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `persistedglobalgroup` (`id`)
);

CREATE TABLE `dataversefeatureddataverse` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `displayorder` INT,
  `dataverse_id` BIGINT,
  `featureddataverse_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_dataversefeatureddataverse_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_dataversefeatureddataverse_featureddataverse_id` FOREIGN KEY (`featureddataverse_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `harvestingclient` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `archivedescription` TEXT,
  `archiveurl` VARCHAR(255),
  `deleted` TINYINT(1),
  `harveststyle` VARCHAR(255),
  `harvesttype` VARCHAR(255),
  `harvestingnow` TINYINT(1),
  `harvestingset` VARCHAR(255),
  `harvestingurl` VARCHAR(255),
  `metadataprefix` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `scheduledayofweek` INT,
  `schedulehourofday` INT,
  `scheduleperiod` VARCHAR(255),
  `scheduled` TINYINT(1),
  `dataverse_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `harvestingclient_name_key` (`name`),
  CONSTRAINT `fk_harvestingclient_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `apitoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `createtime` DATETIME NOT NULL,
  `disabled` TINYINT(1) NOT NULL,
  `expiretime` DATETIME NOT NULL,
  `tokenstring` VARCHAR(255) NOT NULL,
  `authenticateduser_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `apitoken_tokenstring_key` (`tokenstring`),
  CONSTRAINT `fk_apitoken_authenticateduser_id` FOREIGN KEY (`authenticateduser_id`) REFERENCES `authenticateduser` (`id`)
);

CREATE TABLE `datasetversion` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `unf` VARCHAR(255),
  `archivalcopylocation` TEXT,
  `archivenote` VARCHAR(1000),
  `archivetime` DATETIME,
  `createtime` DATETIME NOT NULL,
  `deaccessionlink` VARCHAR(255),
  `lastupdatetime` DATETIME NOT NULL,
  `minorversionnumber` BIGINT,
  `releasetime` DATETIME,
  `version` BIGINT,
  `versionnote` VARCHAR(1000),
  `versionnumber` BIGINT,
  `versionstate` VARCHAR(255),
  `dataset_id` BIGINT,
  `termsofuseandaccess_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_datasetversion_0` (`dataset_id`, `versionnumber`, `minorversionnumber`),
  CONSTRAINT `fk_datasetversion_dataset_id` FOREIGN KEY (`dataset_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_datasetversion_termsofuseandaccess_id` FOREIGN KEY (`termsofuseandaccess_id`) REFERENCES `termsofuseandaccess` (`id`)
);

CREATE TABLE `datasetmetrics` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `countrycode` VARCHAR(255),
  `downloadstotalmachine` BIGINT,
  `downloadstotalregular` BIGINT,
  `downloadsuniquemachine` BIGINT,
  `downloadsuniqueregular` BIGINT,
  `monthyear` VARCHAR(255),
  `viewstotalmachine` BIGINT,
  `viewstotalregular` BIGINT,
  `viewsuniquemachine` BIGINT,
  `viewsuniqueregular` BIGINT,
  `dataset_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datasetmetrics_dataset_id` FOREIGN KEY (`dataset_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `usernotification` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `emailed` TINYINT(1),
  `objectid` BIGINT,
  `readnotification` TINYINT(1),
  `senddate` DATETIME,
  `type` INT NOT NULL,
  `requestor_id` BIGINT,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_usernotification_requestor_id` FOREIGN KEY (`requestor_id`) REFERENCES `authenticateduser` (`id`),
  CONSTRAINT `fk_usernotification_user_id` FOREIGN KEY (`user_id`) REFERENCES `authenticateduser` (`id`)
);

CREATE TABLE `guestbook` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `createtime` DATETIME NOT NULL,
  `emailrequired` TINYINT(1),
  `enabled` TINYINT(1),
  `institutionrequired` TINYINT(1),
  `name` VARCHAR(255),
  `namerequired` TINYINT(1),
  `positionrequired` TINYINT(1),
  `dataverse_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_guestbook_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `maplayermetadata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `embedmaplink` VARCHAR(255) NOT NULL,
  `isjoinlayer` TINYINT(1),
  `joindescription` TEXT,
  `lastverifiedstatus` INT,
  `lastverifiedtime` DATETIME,
  `layerlink` VARCHAR(255) NOT NULL,
  `layername` VARCHAR(255) NOT NULL,
  `mapimagelink` VARCHAR(255),
  `maplayerlinks` TEXT,
  `worldmapusername` VARCHAR(255) NOT NULL,
  `dataset_id` BIGINT NOT NULL,
  `datafile_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `maplayermetadata_datafile_id_key` (`datafile_id`),
  CONSTRAINT `fk_maplayermetadata_datafile_id` FOREIGN KEY (`datafile_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_maplayermetadata_dataset_id` FOREIGN KEY (`dataset_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `savedsearch` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `query` TEXT,
  `creator_id` BIGINT NOT NULL,
  `definitionpoint_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_savedsearch_creator_id` FOREIGN KEY (`creator_id`) REFERENCES `authenticateduser` (`id`),
  CONSTRAINT `fk_savedsearch_definitionpoint_id` FOREIGN KEY (`definitionpoint_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `explicitgroup` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `description` VARCHAR(1024),
  `displayname` VARCHAR(255),
  `groupalias` VARCHAR(255),
  `groupaliasinowner` VARCHAR(255),
  `owner_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `explicitgroup_groupalias_key` (`groupalias`),
  CONSTRAINT `fk_explicitgroup_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `pendingworkflowinvocation` (
  `invocationid` VARCHAR(255) NOT NULL,
  `datasetexternallyreleased` TINYINT(1),
  `ipaddress` VARCHAR(255),
  `nextminorversionnumber` BIGINT,
  `nextversionnumber` BIGINT,
  `pendingstepidx` INT,
  `typeordinal` INT,
  `userid` VARCHAR(255),
  `workflow_id` BIGINT,
  `dataset_id` BIGINT,
  PRIMARY KEY (`invocationid`),
  CONSTRAINT `fk_pendingworkflowinvocation_dataset_id` FOREIGN KEY (`dataset_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_pendingworkflowinvocation_workflow_id` FOREIGN KEY (`workflow_id`) REFERENCES `workflow` (`id`)
);

CREATE TABLE `datatable` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `casequantity` BIGINT,
  `originalfileformat` VARCHAR(255),
  `originalfilesize` BIGINT,
  `originalformatversion` VARCHAR(255),
  `recordspercase` BIGINT,
  `unf` VARCHAR(255) NOT NULL,
  `varquantity` BIGINT,
  `datafile_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datatable_datafile_id` FOREIGN KEY (`datafile_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `ingestreport` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `endtime` DATETIME,
  `report` TEXT,
  `starttime` DATETIME,
  `status` INT,
  `type` INT,
  `datafile_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ingestreport_datafile_id` FOREIGN KEY (`datafile_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `filemetadata` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `description` TEXT,
  `directorylabel` VARCHAR(255),
  `label` VARCHAR(255) NOT NULL,
  `prov_freeform` TEXT,
  `restricted` TINYINT(1),
  `version` BIGINT,
  `datafile_id` BIGINT NOT NULL,
  `datasetversion_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_filemetadata_datafile_id` FOREIGN KEY (`datafile_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_filemetadata_datasetversion_id` FOREIGN KEY (`datasetversion_id`) REFERENCES `datasetversion` (`id`)
);

CREATE TABLE `worldmapauth_token` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `hasexpired` TINYINT(1) NOT NULL,
  `lastrefreshtime` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `token` VARCHAR(255),
  `application_id` BIGINT NOT NULL,
  `datafile_id` BIGINT NOT NULL,
  `dataverseuser_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_value` (`token`),
  CONSTRAINT `fk_worldmapauth_token_application_id` FOREIGN KEY (`application_id`) REFERENCES `worldmapauth_tokentype` (`id`),
  CONSTRAINT `fk_worldmapauth_token_datafile_id` FOREIGN KEY (`datafile_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_worldmapauth_token_dataverseuser_id` FOREIGN KEY (`dataverseuser_id`) REFERENCES `authenticateduser` (`id`)
);

CREATE TABLE `passwordresetdata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `expires` DATETIME NOT NULL,
  `reason` VARCHAR(255),
  `token` VARCHAR(255),
  `builtinuser_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_passwordresetdata_builtinuser_id` FOREIGN KEY (`builtinuser_id`) REFERENCES `builtinuser` (`id`)
);

CREATE TABLE `datasetlinkingdataverse` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `linkcreatetime` DATETIME NOT NULL,
  `dataset_id` BIGINT NOT NULL,
  `linkingdataverse_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datasetlinkingdataverse_dataset_id` FOREIGN KEY (`dataset_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_datasetlinkingdataverse_linkingdataverse_id` FOREIGN KEY (`linkingdataverse_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `clientharvestrun` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deleteddatasetcount` BIGINT,
  `faileddatasetcount` BIGINT,
  `finishtime` DATETIME,
  `harvestresult` INT,
  `harvesteddatasetcount` BIGINT,
  `starttime` DATETIME,
  `harvestingclient_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_clientharvestrun_harvestingclient_id` FOREIGN KEY (`harvestingclient_id`) REFERENCES `harvestingclient` (`id`)
);

CREATE TABLE `datafiletag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` INT NOT NULL,
  `datafile_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datafiletag_datafile_id` FOREIGN KEY (`datafile_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `ingestrequest` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `controlcard` VARCHAR(255),
  `forcetypecheck` TINYINT(1),
  `labelsfile` VARCHAR(255),
  `textencoding` VARCHAR(255),
  `datafile_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ingestrequest_datafile_id` FOREIGN KEY (`datafile_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `dataversecontact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contactemail` VARCHAR(255) NOT NULL,
  `displayorder` INT,
  `dataverse_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_dataversecontact_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `datavariable` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `factor` TINYINT(1),
  `fileendposition` BIGINT,
  `fileorder` INT,
  `filestartposition` BIGINT,
  `format` VARCHAR(255),
  `formatcategory` VARCHAR(255),
  `interval` INT,
  `label` TEXT,
  `name` VARCHAR(255),
  `numberofdecimalpoints` BIGINT,
  `orderedfactor` TINYINT(1),
  `recordsegmentnumber` BIGINT,
  `type` INT,
  `unf` VARCHAR(255),
  `weighted` TINYINT(1),
  `datatable_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datavariable_datatable_id` FOREIGN KEY (`datatable_id`) REFERENCES `datatable` (`id`)
);

CREATE TABLE `datafile` (
  `id` BIGINT NOT NULL,
  `checksumtype` VARCHAR(255) NOT NULL,
  `checksumvalue` VARCHAR(255) NOT NULL,
  `contenttype` VARCHAR(255) NOT NULL,
  `filesize` BIGINT,
  `ingeststatus` CHAR(1),
  `previousdatafileid` BIGINT,
  `prov_entityname` TEXT,
  `restricted` TINYINT(1),
  `rootdatafileid` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datafile_id` FOREIGN KEY (`id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `vargroup` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `label` TEXT,
  `filemetadata_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_vargroup_filemetadata_id` FOREIGN KEY (`filemetadata_id`) REFERENCES `filemetadata` (`id`)
);

CREATE TABLE `harvestingdataverseconfig` (
  `id` BIGINT NOT NULL,
  `archivedescription` TEXT,
  `archiveurl` VARCHAR(255),
  `harveststyle` VARCHAR(255),
  `harvesttype` VARCHAR(255),
  `harvestingset` VARCHAR(255),
  `harvestingurl` VARCHAR(255),
  `dataverse_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_harvestingdataverseconfig_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `alternativepersistentidentifier` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `authority` VARCHAR(255),
  `globalidcreatetime` DATETIME,
  `identifier` VARCHAR(255),
  `identifierregistered` TINYINT(1),
  `protocol` VARCHAR(255),
  `storagelocationdesignator` TINYINT(1),
  `dvobject_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_alternativepersistentidentifier_dvobject_id` FOREIGN KEY (`dvobject_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `datasetversionuser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `lastupdatedate` DATETIME NOT NULL,
  `authenticateduser_id` BIGINT,
  `datasetversion_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datasetversionuser_authenticateduser_id` FOREIGN KEY (`authenticateduser_id`) REFERENCES `authenticateduser` (`id`),
  CONSTRAINT `fk_datasetversionuser_datasetversion_id` FOREIGN KEY (`datasetversion_id`) REFERENCES `datasetversion` (`id`)
);

CREATE TABLE `guestbookresponse` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `downloadtype` VARCHAR(255),
  `email` VARCHAR(255),
  `institution` VARCHAR(255),
  `name` VARCHAR(255),
  `position` VARCHAR(255),
  `responsetime` DATETIME,
  `sessionid` VARCHAR(255),
  `authenticateduser_id` BIGINT,
  `datafile_id` BIGINT NOT NULL,
  `dataset_id` BIGINT NOT NULL,
  `datasetversion_id` BIGINT,
  `guestbook_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_guestbookresponse_authenticateduser_id` FOREIGN KEY (`authenticateduser_id`) REFERENCES `authenticateduser` (`id`),
  CONSTRAINT `fk_guestbookresponse_datafile_id` FOREIGN KEY (`datafile_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_guestbookresponse_dataset_id` FOREIGN KEY (`dataset_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_guestbookresponse_datasetversion_id` FOREIGN KEY (`datasetversion_id`) REFERENCES `datasetversion` (`id`),
  CONSTRAINT `fk_guestbookresponse_guestbook_id` FOREIGN KEY (`guestbook_id`) REFERENCES `guestbook` (`id`)
);

CREATE TABLE `template` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `createtime` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `usagecount` BIGINT,
  `dataverse_id` BIGINT,
  `termsofuseandaccess_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_template_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_template_termsofuseandaccess_id` FOREIGN KEY (`termsofuseandaccess_id`) REFERENCES `termsofuseandaccess` (`id`)
);

CREATE TABLE `datasetlock` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `info` VARCHAR(255),
  `reason` VARCHAR(255) NOT NULL,
  `starttime` DATETIME,
  `dataset_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datasetlock_dataset_id` FOREIGN KEY (`dataset_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_datasetlock_user_id` FOREIGN KEY (`user_id`) REFERENCES `authenticateduser` (`id`)
);

CREATE TABLE `dataverserole` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `alias` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `permissionbits` BIGINT,
  `owner_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dataverserole_alias_key` (`alias`),
  CONSTRAINT `fk_dataverserole_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `explicitgroup_containedroleassignees` (
  `explicitgroup_id` BIGINT,
  `containedroleassignees` VARCHAR(255),
  CONSTRAINT `fk_explicitgroup_containedroleassignees_explicitgroup_id` FOREIGN KEY (`explicitgroup_id`) REFERENCES `explicitgroup` (`id`)
);

CREATE TABLE `explicitgroup_authenticateduser` (
  `explicitgroup_id` BIGINT NOT NULL,
  `containedauthenticatedusers_id` BIGINT NOT NULL,
  PRIMARY KEY (`explicitgroup_id`, `containedauthenticatedusers_id`),
  CONSTRAINT `explicitgroup_authenticateduser_containedauthenticatedusers_id` FOREIGN KEY (`containedauthenticatedusers_id`) REFERENCES `authenticateduser` (`id`),
  CONSTRAINT `fk_explicitgroup_authenticateduser_explicitgroup_id` FOREIGN KEY (`explicitgroup_id`) REFERENCES `explicitgroup` (`id`)
);

CREATE TABLE `explicitgroup_explicitgroup` (
  `explicitgroup_id` BIGINT NOT NULL,
  `containedexplicitgroups_id` BIGINT NOT NULL,
  PRIMARY KEY (`explicitgroup_id`, `containedexplicitgroups_id`),
  CONSTRAINT `fk_explicitgroup_explicitgroup_containedexplicitgroups_id` FOREIGN KEY (`containedexplicitgroups_id`) REFERENCES `explicitgroup` (`id`),
  CONSTRAINT `fk_explicitgroup_explicitgroup_explicitgroup_id` FOREIGN KEY (`explicitgroup_id`) REFERENCES `explicitgroup` (`id`)
);

CREATE TABLE `pendingworkflowinvocation_localdata` (
  `pendingworkflowinvocation_invocationid` VARCHAR(255),
  `localdata` VARCHAR(255),
  `localdata_key` VARCHAR(255),
  CONSTRAINT `pndngwrkflwinvocationlocaldatapndngwrkflwinvocationinvocationid` FOREIGN KEY (`pendingworkflowinvocation_invocationid`) REFERENCES `pendingworkflowinvocation` (`invocationid`)
);

CREATE TABLE `fileaccessrequests` (
  `datafile_id` BIGINT NOT NULL,
  `authenticated_user_id` BIGINT NOT NULL,
  PRIMARY KEY (`datafile_id`, `authenticated_user_id`),
  CONSTRAINT `fk_fileaccessrequests_authenticated_user_id` FOREIGN KEY (`authenticated_user_id`) REFERENCES `authenticateduser` (`id`),
  CONSTRAINT `fk_fileaccessrequests_datafile_id` FOREIGN KEY (`datafile_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `vargroup_datavariable` (
  `vargroup_id` BIGINT NOT NULL,
  `varsingroup_id` BIGINT NOT NULL,
  PRIMARY KEY (`vargroup_id`, `varsingroup_id`),
  CONSTRAINT `fk_vargroup_datavariable_vargroup_id` FOREIGN KEY (`vargroup_id`) REFERENCES `vargroup` (`id`),
  CONSTRAINT `fk_vargroup_datavariable_varsingroup_id` FOREIGN KEY (`varsingroup_id`) REFERENCES `datavariable` (`id`)
);

CREATE TABLE `dataversetheme` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `backgroundcolor` VARCHAR(255),
  `linkcolor` VARCHAR(255),
  `linkurl` VARCHAR(255),
  `logo` VARCHAR(255),
  `logoalignment` VARCHAR(255),
  `logobackgroundcolor` VARCHAR(255),
  `logoformat` VARCHAR(255),
  `tagline` VARCHAR(255),
  `textcolor` VARCHAR(255),
  `dataverse_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_dataversetheme_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `datafilecategory` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `dataset_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datafilecategory_dataset_id` FOREIGN KEY (`dataset_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `roleassignment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `assigneeidentifier` VARCHAR(255) NOT NULL,
  `privateurltoken` VARCHAR(255),
  `definitionpoint_id` BIGINT NOT NULL,
  `role_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_roleassignment_0` (`assigneeidentifier`, `role_id`, `definitionpoint_id`),
  CONSTRAINT `fk_roleassignment_definitionpoint_id` FOREIGN KEY (`definitionpoint_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_roleassignment_role_id` FOREIGN KEY (`role_id`) REFERENCES `dataverserole` (`id`)
);

CREATE TABLE `datasetexternalcitations` (
  `id` BIGINT NOT NULL,
  `citedbyurl` VARCHAR(255) NOT NULL,
  `dataset_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datasetexternalcitations_dataset_id` FOREIGN KEY (`dataset_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `dataverselinkingdataverse` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `linkcreatetime` DATETIME,
  `dataverse_id` BIGINT NOT NULL,
  `linkingdataverse_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_dataverselinkingdataverse_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_dataverselinkingdataverse_linkingdataverse_id` FOREIGN KEY (`linkingdataverse_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `metadatablock` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `displayname` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `namespaceuri` TEXT,
  `owner_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_metadatablock_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `dataverse` (
  `id` BIGINT NOT NULL,
  `affiliation` VARCHAR(255),
  `alias` VARCHAR(255) NOT NULL,
  `dataversetype` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `facetroot` TINYINT(1),
  `guestbookroot` TINYINT(1),
  `metadatablockroot` TINYINT(1),
  `name` VARCHAR(255) NOT NULL,
  `permissionroot` TINYINT(1),
  `templateroot` TINYINT(1),
  `themeroot` TINYINT(1),
  `defaultcontributorrole_id` BIGINT,
  `defaulttemplate_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dataverse_alias_key` (`alias`),
  CONSTRAINT `fk_dataverse_defaultcontributorrole_id` FOREIGN KEY (`defaultcontributorrole_id`) REFERENCES `dataverserole` (`id`),
  CONSTRAINT `fk_dataverse_defaulttemplate_id` FOREIGN KEY (`defaulttemplate_id`) REFERENCES `template` (`id`),
  CONSTRAINT `fk_dataverse_id` FOREIGN KEY (`id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `savedsearchfilterquery` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filterquery` TEXT,
  `savedsearch_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_savedsearchfilterquery_savedsearch_id` FOREIGN KEY (`savedsearch_id`) REFERENCES `savedsearch` (`id`)
);

CREATE TABLE `variablemetadata` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `interviewinstruction` TEXT,
  `isweightvar` TINYINT(1),
  `label` TEXT,
  `literalquestion` TEXT,
  `notes` TEXT,
  `universe` VARCHAR(255),
  `weighted` TINYINT(1),
  `datavariable_id` BIGINT NOT NULL,
  `filemetadata_id` BIGINT NOT NULL,
  `weightvariable_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_variablemetadata_0` (`datavariable_id`, `filemetadata_id`),
  CONSTRAINT `fk_variablemetadata_datavariable_id` FOREIGN KEY (`datavariable_id`) REFERENCES `datavariable` (`id`),
  CONSTRAINT `fk_variablemetadata_filemetadata_id` FOREIGN KEY (`filemetadata_id`) REFERENCES `filemetadata` (`id`),
  CONSTRAINT `fk_variablemetadata_weightvariable_id` FOREIGN KEY (`weightvariable_id`) REFERENCES `datavariable` (`id`)
);

CREATE TABLE `customquestion` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `displayorder` INT,
  `hidden` TINYINT(1),
  `questionstring` VARCHAR(255) NOT NULL,
  `questiontype` VARCHAR(255) NOT NULL,
  `required` TINYINT(1),
  `guestbook_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_customquestion_guestbook_id` FOREIGN KEY (`guestbook_id`) REFERENCES `guestbook` (`id`)
);

CREATE TABLE `variablerangeitem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `value` DECIMAL(38,0),
  `datavariable_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_variablerangeitem_datavariable_id` FOREIGN KEY (`datavariable_id`) REFERENCES `datavariable` (`id`)
);

CREATE TABLE `variablerange` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `beginvalue` VARCHAR(255),
  `beginvaluetype` INT,
  `endvalue` VARCHAR(255),
  `endvaluetype` INT,
  `datavariable_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_variablerange_datavariable_id` FOREIGN KEY (`datavariable_id`) REFERENCES `datavariable` (`id`)
);

CREATE TABLE `workflowcomment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `message` TEXT,
  `type` VARCHAR(255) NOT NULL,
  `authenticateduser_id` BIGINT,
  `datasetversion_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_workflowcomment_authenticateduser_id` FOREIGN KEY (`authenticateduser_id`) REFERENCES `authenticateduser` (`id`),
  CONSTRAINT `fk_workflowcomment_datasetversion_id` FOREIGN KEY (`datasetversion_id`) REFERENCES `datasetversion` (`id`)
);

CREATE TABLE `customquestionvalue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `displayorder` INT,
  `valuestring` VARCHAR(255) NOT NULL,
  `customquestion_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_customquestionvalue_customquestion_id` FOREIGN KEY (`customquestion_id`) REFERENCES `customquestion` (`id`)
);

CREATE TABLE `summarystatistic` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` INT,
  `value` VARCHAR(255),
  `datavariable_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_summarystatistic_datavariable_id` FOREIGN KEY (`datavariable_id`) REFERENCES `datavariable` (`id`)
);

CREATE TABLE `variablecategory` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `catorder` INT,
  `frequency` DOUBLE,
  `label` VARCHAR(255),
  `missing` TINYINT(1),
  `value` VARCHAR(255),
  `datavariable_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_variablecategory_datavariable_id` FOREIGN KEY (`datavariable_id`) REFERENCES `datavariable` (`id`)
);

CREATE TABLE `customquestionresponse` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `response` TEXT,
  `customquestion_id` BIGINT NOT NULL,
  `guestbookresponse_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_customquestionresponse_customquestion_id` FOREIGN KEY (`customquestion_id`) REFERENCES `customquestion` (`id`),
  CONSTRAINT `fk_customquestionresponse_guestbookresponse_id` FOREIGN KEY (`guestbookresponse_id`) REFERENCES `guestbookresponse` (`id`)
);

CREATE TABLE `categorymetadata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `wfreq` DOUBLE,
  `category_id` BIGINT NOT NULL,
  `variablemetadata_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_categorymetadata_category_id` FOREIGN KEY (`category_id`) REFERENCES `variablecategory` (`id`),
  CONSTRAINT `fk_categorymetadata_variablemetadata_id` FOREIGN KEY (`variablemetadata_id`) REFERENCES `variablemetadata` (`id`)
);

CREATE TABLE `datasetfieldtype` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `advancedsearchfieldtype` TINYINT(1),
  `allowcontrolledvocabulary` TINYINT(1),
  `allowmultiples` TINYINT(1),
  `description` TEXT,
  `displayformat` VARCHAR(255),
  `displayoncreate` TINYINT(1),
  `displayorder` INT,
  `facetable` TINYINT(1),
  `fieldtype` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `required` TINYINT(1),
  `title` TEXT,
  `uri` TEXT,
  `validationformat` VARCHAR(255),
  `watermark` VARCHAR(255),
  `metadatablock_id` BIGINT,
  `parentdatasetfieldtype_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datasetfieldtype_metadatablock_id` FOREIGN KEY (`metadatablock_id`) REFERENCES `metadatablock` (`id`),
  CONSTRAINT `fk_datasetfieldtype_parentdatasetfieldtype_id` FOREIGN KEY (`parentdatasetfieldtype_id`) REFERENCES `datasetfieldtype` (`id`)
);

CREATE TABLE `filemetadata_datafilecategory` (
  `filecategories_id` BIGINT NOT NULL,
  `filemetadatas_id` BIGINT NOT NULL,
  PRIMARY KEY (`filecategories_id`, `filemetadatas_id`),
  CONSTRAINT `fk_filemetadata_datafilecategory_filecategories_id` FOREIGN KEY (`filecategories_id`) REFERENCES `datafilecategory` (`id`),
  CONSTRAINT `fk_filemetadata_datafilecategory_filemetadatas_id` FOREIGN KEY (`filemetadatas_id`) REFERENCES `filemetadata` (`id`)
);

CREATE TABLE `dataverse_citationdatasetfieldtypes` (
  `dataverse_id` BIGINT NOT NULL,
  `citationdatasetfieldtype_id` BIGINT NOT NULL,
  PRIMARY KEY (`dataverse_id`, `citationdatasetfieldtype_id`),
  CONSTRAINT `dataverse_citationdatasetfieldtypes_citationdatasetfieldtype_id` FOREIGN KEY (`citationdatasetfieldtype_id`) REFERENCES `datasetfieldtype` (`id`),
  CONSTRAINT `fk_dataverse_citationdatasetfieldtypes_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `dataverse_metadatablock` (
  `dataverse_id` BIGINT NOT NULL,
  `metadatablocks_id` BIGINT NOT NULL,
  PRIMARY KEY (`dataverse_id`, `metadatablocks_id`),
  CONSTRAINT `fk_dataverse_metadatablock_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_dataverse_metadatablock_metadatablocks_id` FOREIGN KEY (`metadatablocks_id`) REFERENCES `metadatablock` (`id`)
);

CREATE TABLE `dataversefacet` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `displayorder` INT,
  `datasetfieldtype_id` BIGINT,
  `dataverse_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_dataversefacet_datasetfieldtype_id` FOREIGN KEY (`datasetfieldtype_id`) REFERENCES `datasetfieldtype` (`id`),
  CONSTRAINT `fk_dataversefacet_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `datasetfielddefaultvalue` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `displayorder` INT,
  `strvalue` TEXT,
  `datasetfield_id` BIGINT NOT NULL,
  `defaultvalueset_id` BIGINT NOT NULL,
  `parentdatasetfielddefaultvalue_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datasetfielddefaultvalue_datasetfield_id` FOREIGN KEY (`datasetfield_id`) REFERENCES `datasetfieldtype` (`id`),
  CONSTRAINT `fk_datasetfielddefaultvalue_defaultvalueset_id` FOREIGN KEY (`defaultvalueset_id`) REFERENCES `defaultvalueset` (`id`),
  CONSTRAINT `fk_datasetfielddefaultvalue_parentdatasetfielddefaultvalue_id` FOREIGN KEY (`parentdatasetfielddefaultvalue_id`) REFERENCES `datasetfielddefaultvalue` (`id`)
);

CREATE TABLE `controlledvocabularyvalue` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `displayorder` INT,
  `identifier` VARCHAR(255),
  `strvalue` TEXT,
  `datasetfieldtype_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_controlledvocabularyvalue_datasetfieldtype_id` FOREIGN KEY (`datasetfieldtype_id`) REFERENCES `datasetfieldtype` (`id`)
);

CREATE TABLE `dataset` (
  `id` BIGINT NOT NULL,
  `fileaccessrequest` TINYINT(1),
  `harvestidentifier` VARCHAR(255),
  `lastexporttime` DATETIME,
  `usegenericthumbnail` TINYINT(1),
  `citationdatedatasetfieldtype_id` BIGINT,
  `harvestingclient_id` BIGINT,
  `guestbook_id` BIGINT,
  `thumbnailfile_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_dataset_citationdatedatasetfieldtype_id` FOREIGN KEY (`citationdatedatasetfieldtype_id`) REFERENCES `datasetfieldtype` (`id`),
  CONSTRAINT `fk_dataset_guestbook_id` FOREIGN KEY (`guestbook_id`) REFERENCES `guestbook` (`id`),
  CONSTRAINT `fk_dataset_harvestingclient_id` FOREIGN KEY (`harvestingclient_id`) REFERENCES `harvestingclient` (`id`),
  CONSTRAINT `fk_dataset_id` FOREIGN KEY (`id`) REFERENCES `dvobject` (`id`),
  CONSTRAINT `fk_dataset_thumbnailfile_id` FOREIGN KEY (`thumbnailfile_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `controlledvocabalternate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `strvalue` TEXT,
  `controlledvocabularyvalue_id` BIGINT NOT NULL,
  `datasetfieldtype_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_controlledvocabalternate_controlledvocabularyvalue_id` FOREIGN KEY (`controlledvocabularyvalue_id`) REFERENCES `controlledvocabularyvalue` (`id`),
  CONSTRAINT `fk_controlledvocabalternate_datasetfieldtype_id` FOREIGN KEY (`datasetfieldtype_id`) REFERENCES `datasetfieldtype` (`id`)
);

CREATE TABLE `dataversefieldtypeinputlevel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `include` TINYINT(1),
  `required` TINYINT(1),
  `datasetfieldtype_id` BIGINT,
  `dataverse_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_dataversefieldtypeinputlevel_0` (`dataverse_id`, `datasetfieldtype_id`),
  CONSTRAINT `fk_dataversefieldtypeinputlevel_datasetfieldtype_id` FOREIGN KEY (`datasetfieldtype_id`) REFERENCES `datasetfieldtype` (`id`),
  CONSTRAINT `fk_dataversefieldtypeinputlevel_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `dataversesubjects` (
  `dataverse_id` BIGINT NOT NULL,
  `controlledvocabularyvalue_id` BIGINT NOT NULL,
  PRIMARY KEY (`dataverse_id`, `controlledvocabularyvalue_id`),
  CONSTRAINT `fk_dataversesubjects_controlledvocabularyvalue_id` FOREIGN KEY (`controlledvocabularyvalue_id`) REFERENCES `controlledvocabularyvalue` (`id`),
  CONSTRAINT `fk_dataversesubjects_dataverse_id` FOREIGN KEY (`dataverse_id`) REFERENCES `dvobject` (`id`)
);

CREATE TABLE `datasetfieldvalue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `displayorder` INT,
  `value` TEXT,
  `datasetfield_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datasetfieldvalue_datasetfield_id` FOREIGN KEY (`datasetfield_id`) REFERENCES `datasetfield` (`id`)
);

CREATE TABLE `datasetfield` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `datasetfieldtype_id` BIGINT NOT NULL,
  `datasetversion_id` BIGINT,
  `parentdatasetfieldcompoundvalue_id` BIGINT,
  `template_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datasetfield_datasetfieldtype_id` FOREIGN KEY (`datasetfieldtype_id`) REFERENCES `datasetfieldtype` (`id`),
  CONSTRAINT `fk_datasetfield_datasetversion_id` FOREIGN KEY (`datasetversion_id`) REFERENCES `datasetversion` (`id`),
  CONSTRAINT `fk_datasetfield_parentdatasetfieldcompoundvalue_id` FOREIGN KEY (`parentdatasetfieldcompoundvalue_id`) REFERENCES `datasetfieldcompoundvalue` (`id`),
  CONSTRAINT `fk_datasetfield_template_id` FOREIGN KEY (`template_id`) REFERENCES `template` (`id`)
);

CREATE TABLE `datasetfieldcompoundvalue` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `displayorder` INT,
  `parentdatasetfield_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_datasetfieldcompoundvalue_parentdatasetfield_id` FOREIGN KEY (`parentdatasetfield_id`) REFERENCES `datasetfield` (`id`)
);

CREATE TABLE `datasetfield_controlledvocabularyvalue` (
  `datasetfield_id` BIGINT NOT NULL,
  `controlledvocabularyvalues_id` BIGINT NOT NULL,
  PRIMARY KEY (`datasetfield_id`, `controlledvocabularyvalues_id`),
  CONSTRAINT `dtasetfieldcontrolledvocabularyvaluecntrolledvocabularyvaluesid` FOREIGN KEY (`controlledvocabularyvalues_id`) REFERENCES `controlledvocabularyvalue` (`id`),
  CONSTRAINT `fk_datasetfield_controlledvocabularyvalue_datasetfield_id` FOREIGN KEY (`datasetfield_id`) REFERENCES `datasetfield` (`id`)
);

SET FOREIGN_KEY_CHECKS=1;
