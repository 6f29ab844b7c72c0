-- OpenDolphin 2.7 (Japanese clinic electronic medical record; Kazushi Minagawa / OpenDolphin Lab, Digital Globe),
-- github.com/dolphin-dev/OpenDolphin, commit e8f55be90c8f26aad792d3873df0a64191c70ab0 (GPL-3.0 per README; the
-- LICENSE file carries the GPL notice, "version 2 ... or any later version").
-- Schema: the JPA entities of common/src/main/java/open/dolphin/infomodel/*.java, which Hibernate creates on
-- PostgreSQL (persistence.xml: hibernate.hbm2ddl.auto=update; no SQL DDL is shipped). 39 of the 48 @Entity classes
-- written as MySQL, one table per entity with the @Table name; columns in the fields' declaration order, the
-- @MappedSuperclass KarteEntryBean's columns (id, confirmed, started, ended, recorded, linkId, linkRelation, status,
-- creator_id, karte_id) first; @Embedded classes (SimpleAddressModel, LicenseModel, DepartmentModel, DocInfoModel,
-- ModuleInfoBean) expanded in place; @Transient, static and @OneToMany (mappedBy) fields have no column. Column
-- names are the field names (or @Column / @JoinColumn names; `<field>_id` for a @ManyToOne without one) in lower
-- case, as PostgreSQL stores Hibernate's unquoted names. Types: String -> VARCHAR(255) (or @Column length),
-- @Lob byte[] -> LONGBLOB, long -> BIGINT, int/Integer -> INT, boolean -> TINYINT(1), float -> FLOAT,
-- @Temporal DATE -> DATE, TIMESTAMP -> DATETIME; primitives, @Id and nullable=false are NOT NULL; unique=true ->
-- UNIQUE; every @ManyToOne a FOREIGN KEY to the target entity's table (id). Ids come from Hibernate's sequence
-- (GenerationType.AUTO), so no AUTO_INCREMENT. Left out: Demo*, ByteModule, CarePlan*, CompositeImageModel,
-- LetterModel (the older letter entity), the commented-out PatientFileModel.

-- FacilityModel
CREATE TABLE `d_facility` (
  `id` BIGINT NOT NULL,
  `facilityid` VARCHAR(255) NOT NULL,
  `facilityname` VARCHAR(255) NOT NULL,
  `zipcode` VARCHAR(255) NOT NULL,
  `address` VARCHAR(255) NOT NULL,
  `telephone` VARCHAR(255) NOT NULL,
  `facsimile` VARCHAR(255),
  `url` VARCHAR(255),
  `registereddate` DATE NOT NULL,
  `membertype` VARCHAR(255) NOT NULL,
  `s3url` VARCHAR(255),
  `s3accesskey` VARCHAR(255),
  `s3secretkey` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`facilityid`)
);

-- UserModel
CREATE TABLE `d_users` (
  `id` BIGINT NOT NULL,
  `userid` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `sirname` VARCHAR(255),
  `givenname` VARCHAR(255),
  `commonname` VARCHAR(255) NOT NULL,
  `license` VARCHAR(255),
  `licensedesc` VARCHAR(255),
  `licensecodesys` VARCHAR(255),
  `department` VARCHAR(255),
  `departmentdesc` VARCHAR(255),
  `departmentcodesys` VARCHAR(255),
  `membertype` VARCHAR(255) NOT NULL,
  `memo` VARCHAR(255),
  `registereddate` DATE NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `facility_id` BIGINT NOT NULL,
  `orcaid` VARCHAR(255),
  `usedrugid` VARCHAR(255),
  `factor2auth` VARCHAR(255),
  `mainmobile` VARCHAR(255),
  `submobile` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`userid`),
  FOREIGN KEY (`facility_id`) REFERENCES `d_facility` (`id`)
);

-- RoleModel
CREATE TABLE `d_roles` (
  `id` BIGINT NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `c_role` VARCHAR(255) NOT NULL,
  `c_user` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`c_user`) REFERENCES `d_users` (`id`)
);

-- Factor2Code
CREATE TABLE `d_factor2_code` (
  `id` BIGINT NOT NULL,
  `userpk` BIGINT NOT NULL,
  `code` VARCHAR(255),
  `mobilenumber` VARCHAR(255),
  PRIMARY KEY (`id`)
);

-- Factor2Device
CREATE TABLE `d_factor2_device` (
  `id` BIGINT NOT NULL,
  `userpk` BIGINT NOT NULL,
  `devicename` VARCHAR(255),
  `macaddress` VARCHAR(255),
  `entrydate` VARCHAR(255),
  PRIMARY KEY (`id`)
);

-- Factor2BackupKey
CREATE TABLE `d_factor2_backupkey` (
  `id` BIGINT NOT NULL,
  `userpk` BIGINT NOT NULL,
  `backupkey` VARCHAR(255),
  PRIMARY KEY (`id`)
);

-- PatientModel
CREATE TABLE `d_patient` (
  `id` BIGINT NOT NULL,
  `facilityid` VARCHAR(255) NOT NULL,
  `patientid` VARCHAR(255) NOT NULL,
  `familyname` VARCHAR(255),
  `givenname` VARCHAR(255),
  `fullname` VARCHAR(255) NOT NULL,
  `kanafamilyname` VARCHAR(255),
  `kanagivenname` VARCHAR(255),
  `kananame` VARCHAR(255),
  `romanfamilyname` VARCHAR(255),
  `romangivenname` VARCHAR(255),
  `romanname` VARCHAR(255),
  `gender` VARCHAR(255) NOT NULL,
  `genderdesc` VARCHAR(255),
  `birthday` VARCHAR(255),
  `nationality` VARCHAR(255),
  `maritalstatus` VARCHAR(255),
  `jpegphoto` LONGBLOB,
  `memo` VARCHAR(255),
  `zipcode` VARCHAR(255),
  `address` VARCHAR(255),
  `telephone` VARCHAR(255),
  `mobilephone` VARCHAR(255),
  `email` VARCHAR(255),
  `relations` VARCHAR(255),
  `appmemo` VARCHAR(255),
  `reserve1` VARCHAR(255),
  `reserve2` VARCHAR(255),
  `reserve3` VARCHAR(255),
  `reserve4` VARCHAR(255),
  `reserve5` VARCHAR(255),
  `reserve6` VARCHAR(255),
  `owneruuid` VARCHAR(255),
  PRIMARY KEY (`id`)
);

-- KarteBean
CREATE TABLE `d_karte` (
  `id` BIGINT NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `created` DATE NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `d_patient` (`id`)
);

-- HealthInsuranceModel
CREATE TABLE `d_health_insurance` (
  `id` BIGINT NOT NULL,
  `beanbytes` LONGBLOB NOT NULL,
  `patient_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `d_patient` (`id`)
);

-- PatientVisitModel
CREATE TABLE `d_patient_visit` (
  `id` BIGINT NOT NULL,
  `patient_id` BIGINT NOT NULL,
  `facilityid` VARCHAR(255) NOT NULL,
  `pvtdate` VARCHAR(255) NOT NULL,
  `department` VARCHAR(255),
  `status` INT NOT NULL,
  `insuranceuid` VARCHAR(255),
  `deptcode` VARCHAR(255),
  `deptname` VARCHAR(255),
  `doctorid` VARCHAR(255),
  `doctorname` VARCHAR(255),
  `jmarinumber` VARCHAR(255),
  `firstinsurance` VARCHAR(255),
  `memo` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patient_id`) REFERENCES `d_patient` (`id`)
);

-- AppointmentModel
CREATE TABLE `d_appo` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `patientid` VARCHAR(255),
  `c_name` VARCHAR(255) NOT NULL,
  `memo` VARCHAR(255),
  `c_date` DATE NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`)
);

-- DocumentModel
CREATE TABLE `d_document` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `docid` VARCHAR(32) NOT NULL,
  `doctype` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `purpose` VARCHAR(255) NOT NULL,
  `department` VARCHAR(255),
  `departmentdesc` VARCHAR(255),
  `healthinsurance` VARCHAR(255),
  `healthinsurancedesc` VARCHAR(255),
  `healthinsuranceguid` VARCHAR(255),
  `hasmark` TINYINT(1) NOT NULL,
  `hasimage` TINYINT(1) NOT NULL,
  `hasrp` TINYINT(1) NOT NULL,
  `hastreatment` TINYINT(1) NOT NULL,
  `haslabotest` TINYINT(1) NOT NULL,
  `versionnumber` VARCHAR(255),
  `parentid` VARCHAR(255),
  `parentidrelation` VARCHAR(255),
  `labtestordernumber` VARCHAR(255),
  `claimdate` DATETIME,
  `admflag` VARCHAR(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`)
);

-- ModuleModel
CREATE TABLE `d_module` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `stampnumber` INT NOT NULL,
  `entity` VARCHAR(255) NOT NULL,
  `performflag` VARCHAR(1),
  `beanbytes` LONGBLOB NOT NULL,
  `doc_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`),
  FOREIGN KEY (`doc_id`) REFERENCES `d_document` (`id`)
);

-- SchemaModel
CREATE TABLE `d_image` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `contenttype` VARCHAR(255) NOT NULL,
  `medicalrole` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `href` VARCHAR(255) NOT NULL,
  `bucket` VARCHAR(255),
  `sop` VARCHAR(255),
  `url` VARCHAR(255),
  `facilityid` VARCHAR(255),
  `imagetime` VARCHAR(255),
  `bodypart` VARCHAR(255),
  `shutternum` VARCHAR(255),
  `seqnum` VARCHAR(255),
  `extension` VARCHAR(255),
  `jpegbyte` LONGBLOB NOT NULL,
  `doc_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`),
  FOREIGN KEY (`doc_id`) REFERENCES `d_document` (`id`)
);

-- AttachmentModel
CREATE TABLE `d_attachment` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `filename` VARCHAR(255),
  `contenttype` VARCHAR(255),
  `contentsize` BIGINT NOT NULL,
  `lastmodified` BIGINT NOT NULL,
  `digest` VARCHAR(255),
  `title` VARCHAR(255),
  `uri` VARCHAR(255),
  `extension` VARCHAR(255),
  `memo` VARCHAR(255),
  `bytes` LONGBLOB NOT NULL,
  `doc_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`),
  FOREIGN KEY (`doc_id`) REFERENCES `d_document` (`id`)
);

-- RegisteredDiagnosisModel
CREATE TABLE `d_diagnosis` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `diagnosis` VARCHAR(255) NOT NULL,
  `diagnosiscode` VARCHAR(255),
  `diagnosiscodesystem` VARCHAR(255),
  `diagnosiscategory` VARCHAR(255),
  `diagnosiscategorydesc` VARCHAR(255),
  `diagnosiscategorycodesys` VARCHAR(255),
  `outcome` VARCHAR(255),
  `outcomedesc` VARCHAR(255),
  `outcomecodesys` VARCHAR(255),
  `firstencounterdate` VARCHAR(255),
  `relatedhealthinsurance` VARCHAR(255),
  `department` VARCHAR(255),
  `departmentdesc` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`)
);

-- ObservationModel
CREATE TABLE `d_observation` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `observation` VARCHAR(255) NOT NULL,
  `phenomenon` VARCHAR(255) NOT NULL,
  `c_value` VARCHAR(255),
  `unit` VARCHAR(255),
  `categoryvalue` VARCHAR(255),
  `valuedesc` VARCHAR(255),
  `valuesys` VARCHAR(255),
  `memo` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`)
);

-- PatientMemoModel
CREATE TABLE `d_patient_memo` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `memo` VARCHAR(255),
  `memo2` LONGTEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`)
);

-- FirstEncounterModel
CREATE TABLE `d_first_encounter` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `beanbytes` LONGBLOB NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`)
);

-- LetterModule
CREATE TABLE `d_letter_module` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `title` VARCHAR(255),
  `lettertype` VARCHAR(255),
  `handleclass` VARCHAR(255),
  `clienthospital` VARCHAR(255),
  `clientdept` VARCHAR(255),
  `clientdoctor` VARCHAR(255),
  `clientzipcode` VARCHAR(255),
  `clientaddress` VARCHAR(255),
  `clienttelephone` VARCHAR(255),
  `clientfax` VARCHAR(255),
  `consultanthospital` VARCHAR(255),
  `consultantdept` VARCHAR(255),
  `consultantdoctor` VARCHAR(255),
  `consultantzipcode` VARCHAR(255),
  `consultantaddress` VARCHAR(255),
  `consultanttelephone` VARCHAR(255),
  `consultantfax` VARCHAR(255),
  `patientid` VARCHAR(255),
  `patientname` VARCHAR(255),
  `patientkana` VARCHAR(255),
  `patientgender` VARCHAR(255),
  `patientbirthday` VARCHAR(255),
  `patientage` VARCHAR(255),
  `patientoccupation` VARCHAR(255),
  `patientzipcode` VARCHAR(255),
  `patientaddress` VARCHAR(255),
  `patienttelephone` VARCHAR(255),
  `patientmobilephone` VARCHAR(255),
  `patientfaxnumber` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`)
);

-- LetterItem
CREATE TABLE `d_letter_item` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `c_value` VARCHAR(255),
  `module_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`module_id`) REFERENCES `d_letter_module` (`id`)
);

-- LetterText
CREATE TABLE `d_letter_text` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `textvalue` LONGTEXT,
  `module_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`module_id`) REFERENCES `d_letter_module` (`id`)
);

-- LetterDate
CREATE TABLE `d_letter_date` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `c_value` DATE,
  `module_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`module_id`) REFERENCES `d_letter_module` (`id`)
);

-- NLaboModule
CREATE TABLE `d_nlabo_module` (
  `id` BIGINT NOT NULL,
  `patientid` VARCHAR(255) NOT NULL,
  `labocentercode` VARCHAR(255),
  `patientname` VARCHAR(255),
  `patientsex` VARCHAR(255),
  `sampledate` VARCHAR(255),
  `numofitems` VARCHAR(255),
  `modulekey` VARCHAR(255),
  `reportformat` VARCHAR(255),
  PRIMARY KEY (`id`)
);

-- NLaboItem
CREATE TABLE `d_nlabo_item` (
  `id` BIGINT NOT NULL,
  `patientid` VARCHAR(255) NOT NULL,
  `sampledate` VARCHAR(255) NOT NULL,
  `labocode` VARCHAR(255),
  `lipemia` VARCHAR(255),
  `hemolysis` VARCHAR(255),
  `dialysis` VARCHAR(255),
  `reportstatus` VARCHAR(255),
  `groupcode` VARCHAR(255) NOT NULL,
  `groupname` VARCHAR(255),
  `parentcode` VARCHAR(255) NOT NULL,
  `itemcode` VARCHAR(255) NOT NULL,
  `mediscode` VARCHAR(255),
  `itemname` VARCHAR(255) NOT NULL,
  `abnormalflg` VARCHAR(255),
  `normalvalue` VARCHAR(255),
  `c_value` VARCHAR(255),
  `unit` VARCHAR(255),
  `specimencode` VARCHAR(255),
  `specimenname` VARCHAR(255),
  `commentcode1` VARCHAR(255),
  `comment1` VARCHAR(255),
  `commentcode2` VARCHAR(255),
  `comment2` VARCHAR(255),
  `sortkey` VARCHAR(255),
  `labomodule_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`labomodule_id`) REFERENCES `d_nlabo_module` (`id`)
);

-- LaboModuleValue
CREATE TABLE `d_labo_module` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `docid` VARCHAR(32) NOT NULL,
  `registid` VARCHAR(255),
  `sampletime` VARCHAR(255),
  `registtime` VARCHAR(255),
  `reporttime` VARCHAR(255),
  `reportstatus` VARCHAR(255),
  `reportstatuscode` VARCHAR(255),
  `reportstatuscodeid` VARCHAR(255),
  `setname` VARCHAR(255),
  `setcode` VARCHAR(255),
  `setcodeid` VARCHAR(255),
  `clientfacility` VARCHAR(255),
  `clientfacilitycode` VARCHAR(255),
  `clientfacilitycodeid` VARCHAR(255),
  `laboratorycenter` VARCHAR(255),
  `laboratorycentercode` VARCHAR(255),
  `laboratorycentercodeid` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`docid`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`)
);

-- LaboSpecimenValue
CREATE TABLE `d_labo_specimen` (
  `id` BIGINT NOT NULL,
  `module_id` BIGINT NOT NULL,
  `specimenname` VARCHAR(255),
  `specimencode` VARCHAR(255),
  `specimencodeid` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`module_id`) REFERENCES `d_labo_module` (`id`)
);

-- LaboItemValue
CREATE TABLE `d_labo_item` (
  `id` BIGINT NOT NULL,
  `specimen_id` BIGINT NOT NULL,
  `itemname` VARCHAR(255),
  `itemcode` VARCHAR(255),
  `itemcodeid` VARCHAR(255),
  `acode` VARCHAR(255),
  `icode` VARCHAR(255),
  `scode` VARCHAR(255),
  `mcode` VARCHAR(255),
  `rcode` VARCHAR(255),
  `itemvalue` VARCHAR(255),
  `up` VARCHAR(255),
  `low` VARCHAR(255),
  `normal` VARCHAR(255),
  `nout` VARCHAR(255),
  `unit` VARCHAR(255),
  `unitcode` VARCHAR(255),
  `unitcodeid` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`specimen_id`) REFERENCES `d_labo_specimen` (`id`)
);

-- VitalModel
CREATE TABLE `d_vital` (
  `id` BIGINT NOT NULL,
  `facilitypatid` VARCHAR(255) NOT NULL,
  `karteid` VARCHAR(255),
  `bodytemperature` VARCHAR(255),
  `bloodpressuresystolic` VARCHAR(255),
  `bloodpressurediastolic` VARCHAR(255),
  `pulserate` VARCHAR(255),
  `spo2` VARCHAR(255),
  `respirationrate` VARCHAR(255),
  `algia` VARCHAR(255),
  `feel` VARCHAR(255),
  `sleep` VARCHAR(255),
  `meal` VARCHAR(255),
  `egestion` VARCHAR(255),
  `ps` VARCHAR(255),
  `vitaldate` VARCHAR(255),
  `vitaltime` VARCHAR(255),
  `height` VARCHAR(255),
  `weight` VARCHAR(255),
  `savedate` VARCHAR(255),
  PRIMARY KEY (`id`)
);

-- NurseProgressCourseModel
CREATE TABLE `d_nurse_progress_course` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `progresstext` LONGTEXT,
  `textlength` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`)
);

-- OndobanModel
CREATE TABLE `d_ondoban` (
  `id` BIGINT NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `started` DATETIME NOT NULL,
  `ended` DATETIME,
  `recorded` DATETIME NOT NULL,
  `linkid` BIGINT NOT NULL,
  `linkrelation` VARCHAR(255),
  `status` VARCHAR(1) NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `karte_id` BIGINT NOT NULL,
  `seriesname` VARCHAR(255) NOT NULL,
  `seriesindex` INT NOT NULL,
  `dayindex` INT NOT NULL,
  `c_value` FLOAT NOT NULL,
  `unit` VARCHAR(255),
  `memo` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `d_users` (`id`),
  FOREIGN KEY (`karte_id`) REFERENCES `d_karte` (`id`)
);

-- PatientFreeDocumentModel
CREATE TABLE `d_patient_freedocument` (
  `id` BIGINT NOT NULL,
  `facilitypatid` VARCHAR(255) NOT NULL,
  `confirmed` DATETIME NOT NULL,
  `comment` LONGTEXT,
  PRIMARY KEY (`id`)
);

-- PHRKey
CREATE TABLE `d_phr_key` (
  `id` BIGINT NOT NULL,
  `facilityid` VARCHAR(255),
  `patientid` VARCHAR(255),
  `accesskey` VARCHAR(255),
  `secretkey` VARCHAR(255),
  `registered` DATETIME,
  PRIMARY KEY (`id`)
);

-- StampModel
CREATE TABLE `d_stamp` (
  `id` VARCHAR(255) NOT NULL,
  `userid` BIGINT NOT NULL,
  `entity` VARCHAR(255) NOT NULL,
  `stampbytes` LONGBLOB NOT NULL,
  PRIMARY KEY (`id`)
);

-- StampTreeModel
CREATE TABLE `d_stamp_tree` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `tree_name` VARCHAR(255) NOT NULL,
  `publishtype` VARCHAR(255),
  `category` VARCHAR(255),
  `partyname` VARCHAR(255),
  `url` VARCHAR(255),
  `description` VARCHAR(255),
  `publisheddate` DATE,
  `lastupdated` DATE,
  `published` VARCHAR(255),
  `treebytes` LONGBLOB NOT NULL,
  `versionnumber` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `d_users` (`id`)
);

-- PublishedTreeModel
CREATE TABLE `d_published_tree` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `publishtype` VARCHAR(255) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `partyname` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `publisheddate` DATE NOT NULL,
  `treebytes` LONGBLOB NOT NULL,
  `lastupdated` DATE NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `d_users` (`id`)
);

-- SubscribedTreeModel
CREATE TABLE `d_subscribed_tree` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `treeid` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `d_users` (`id`)
);

-- RadiologyMethodValue
CREATE TABLE `d_radiology_method` (
  `id` INT NOT NULL,
  `hierarchycode1` VARCHAR(255),
  `hierarchycode2` VARCHAR(255),
  `methodname` VARCHAR(255),
  PRIMARY KEY (`id`)
);

-- DgOid
CREATE TABLE `d_oid` (
  `id` BIGINT NOT NULL,
  `baseoid` VARCHAR(255) NOT NULL,
  `nextnumber` INT NOT NULL,
  PRIMARY KEY (`id`)
);
