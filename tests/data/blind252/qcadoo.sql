-- qcadoo MES (Qcadoo Limited, Poland), community edition, github.com/qcadoo/mes, commit
-- 4f1ece36ee9584355c637669f3f6a2dd73f752a5 (AGPL-3.0-or-later, LICENSE.txt). Source: the installation database that
-- upstream ships, mes-application/src/main/resources/schema/mes_db_en.sql (a pg_dump of PostgreSQL 14.6, 660
-- tables), loaded into PostgreSQL 15 and written as MySQL from its catalogue for the 48 tables kept (columns in
-- upstream's order). Types: BIGINT / INTEGER as is, CHARACTER VARYING(n) -> VARCHAR(n) (unbounded -> VARCHAR(255)),
-- TEXT as is, BOOLEAN -> TINYINT(1), NUMERIC(p,s) -> DECIMAL(p,s), TIMESTAMP -> DATETIME; nextval() ids ->
-- AUTO_INCREMENT; primary keys, unique constraints and foreign keys among the kept tables as upstream declares them
-- (names of foreign keys that upstream reuses on several tables dropped, MariaDB wants them unique); expression
-- defaults, indexes, views, functions, triggers, sequences and seed rows left out. The circular references
-- (staff <-> division, crew) need FOREIGN_KEY_CHECKS=0 while loading.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `qcadooplugin_plugin` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(255),
  `version` VARCHAR(255),
  `state` VARCHAR(255),
  `issystem` TINYINT(1),
  `entityversion` BIGINT DEFAULT 0,
  `groupname` VARCHAR(255),
  `license` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qcadoosecurity_group` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `identifier` VARCHAR(255),
  `entityversion` BIGINT DEFAULT 0,
  `permissiontype` VARCHAR(255) DEFAULT '02officeLicense',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qcadoosecurity_role` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(255),
  `description` TEXT,
  `entityversion` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jointable_group_role` (
  `group_id` BIGINT NOT NULL,
  `role_id` BIGINT NOT NULL,
  PRIMARY KEY (`role_id`, `group_id`),
  CONSTRAINT `group_role_group_fkey` FOREIGN KEY (`group_id`) REFERENCES `qcadoosecurity_group` (`id`),
  CONSTRAINT `group_role_role_fkey` FOREIGN KEY (`role_id`) REFERENCES `qcadoosecurity_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `materialflow_location` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `name` VARCHAR(255),
  `externalnumber` VARCHAR(255),
  `algorithm` VARCHAR(255) DEFAULT '01fifo',
  `entityversion` BIGINT DEFAULT 0,
  `warehousenumberinoptima` VARCHAR(255),
  `draftmakesreservation` TINYINT(1) DEFAULT 0,
  `realizationlocation_id` BIGINT,
  `active` TINYINT(1) DEFAULT 1,
  `transferstoragelocation_id` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_factory` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `name` VARCHAR(1024),
  `city` VARCHAR(255),
  `active` TINYINT(1) DEFAULT 1,
  `entityversion` BIGINT DEFAULT 0,
  `warehouse_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `factory_warehouse_fkey` FOREIGN KEY (`warehouse_id`) REFERENCES `materialflow_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_country` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `country` VARCHAR(255),
  `code` VARCHAR(2),
  `entityversion` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_currency` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `currency` VARCHAR(255),
  `alphabeticcode` VARCHAR(3),
  `isocode` INT,
  `minorunit` INT,
  `exchangerate` DECIMAL(12,5) DEFAULT 1,
  `entityversion` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_company` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `name` VARCHAR(255) DEFAULT 'Company',
  `taxcountrycode_id` BIGINT,
  `tax` VARCHAR(255),
  `street` VARCHAR(255),
  `house` VARCHAR(30),
  `flat` VARCHAR(30),
  `zipcode` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `country_id` BIGINT,
  `email` VARCHAR(255),
  `website` VARCHAR(255),
  `phone` VARCHAR(255),
  `externalnumber` VARCHAR(255),
  `buffer` INT,
  `active` TINYINT(1) DEFAULT 1,
  `paymentform` VARCHAR(255),
  `country` VARCHAR(255),
  `entityversion` BIGINT DEFAULT 0,
  `contactperson` VARCHAR(255),
  `issupplier` TINYINT(1) DEFAULT 0,
  `isreceiver` TINYINT(1) DEFAULT 0,
  `logoimage` VARCHAR(255),
  `currency_id` BIGINT,
  `contractorcategory` VARCHAR(255),
  `abcanalysis` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `company_externalnumber_unique` (`externalnumber`),
  CONSTRAINT `company_country_fkey` FOREIGN KEY (`country_id`) REFERENCES `basic_country` (`id`),
  CONSTRAINT `company_currency_fkey` FOREIGN KEY (`currency_id`) REFERENCES `basic_currency` (`id`),
  CONSTRAINT `company_taxtcountrycode_fkey` FOREIGN KEY (`taxcountrycode_id`) REFERENCES `basic_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_crew` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `leader_id` BIGINT,
  `active` TINYINT(1) DEFAULT 1,
  `eventsscheduler` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `crew_staff_fkey` FOREIGN KEY (`leader_id`) REFERENCES `basic_staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_division` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `name` VARCHAR(1024),
  `supervisor_id` BIGINT,
  `componentslocation_id` BIGINT,
  `componentsoutputlocation_id` BIGINT,
  `productsinputlocation_id` BIGINT,
  `productionline_id` BIGINT,
  `productsflowlocation_id` BIGINT,
  `productionflow` VARCHAR(255) DEFAULT '02withinTheProcess',
  `factory_id` BIGINT,
  `active` TINYINT(1) DEFAULT 1,
  `comment` VARCHAR(2048),
  `entityversion` BIGINT DEFAULT 0,
  `wastereceptionwarehouse_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `division_componentslocation_fkey` FOREIGN KEY (`componentslocation_id`) REFERENCES `materialflow_location` (`id`),
  CONSTRAINT `division_componentsoutputlocation_fkey` FOREIGN KEY (`componentsoutputlocation_id`) REFERENCES `materialflow_location` (`id`),
  CONSTRAINT `division_factory_fkey` FOREIGN KEY (`factory_id`) REFERENCES `basic_factory` (`id`),
  CONSTRAINT `division_productsflowlocation_fkey` FOREIGN KEY (`productsflowlocation_id`) REFERENCES `materialflow_location` (`id`),
  CONSTRAINT `division_productsinputlocation_fkey` FOREIGN KEY (`productsinputlocation_id`) REFERENCES `materialflow_location` (`id`),
  CONSTRAINT `division_supervisor_fkey` FOREIGN KEY (`supervisor_id`) REFERENCES `basic_staff` (`id`),
  CONSTRAINT `division_wastereceptionwarehouse_fkey` FOREIGN KEY (`wastereceptionwarehouse_id`) REFERENCES `materialflow_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_workstation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `name` VARCHAR(1024),
  `description` VARCHAR(2048),
  `workstationtype_id` BIGINT,
  `operation_id` BIGINT,
  `active` TINYINT(1) DEFAULT 1,
  `productionline_id` BIGINT,
  `division_id` BIGINT,
  `serialnumber` VARCHAR(255),
  `udtnumber` VARCHAR(255),
  `series` VARCHAR(255),
  `producer` VARCHAR(255),
  `productiondate` DATE,
  `wnknumber` VARCHAR(255),
  `entityversion` BIGINT DEFAULT 0,
  `staff_id` BIGINT,
  `dateofadmission` DATE,
  `dateofwithdrawal` DATE,
  `state` VARCHAR(255) DEFAULT '01stopped',
  `minimumdimension` DECIMAL(12,5),
  `minimumdimensionunit` VARCHAR(255),
  `maximumdimension` DECIMAL(12,5),
  `maximumdimensionunit` VARCHAR(255),
  `virtual` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `workstation_division_fkey` FOREIGN KEY (`division_id`) REFERENCES `basic_division` (`id`),
  CONSTRAINT `workstation_staff_fkey` FOREIGN KEY (`staff_id`) REFERENCES `basic_staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wagegroups_wagegroup` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `name` VARCHAR(255),
  `superiorwagegroup` VARCHAR(255),
  `laborhourlycost` DECIMAL(12,5),
  `laborhourlycostcurrency` VARCHAR(255),
  `laborhourlycostfromwagegroup` DECIMAL(12,5),
  `determinedindividually` TINYINT(1),
  `individuallaborhourlycost` DECIMAL(12,5),
  `entityversion` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_staff` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `name` VARCHAR(255),
  `surname` VARCHAR(255),
  `email` VARCHAR(255),
  `phone` VARCHAR(255),
  `workfor_id` BIGINT,
  `post` VARCHAR(255),
  `division_id` BIGINT,
  `individuallaborcost` DECIMAL(12,5),
  `determinedindividual` TINYINT(1),
  `laborhourlycost` DECIMAL(12,5),
  `wagegroup_id` BIGINT,
  `active` TINYINT(1) DEFAULT 1,
  `parameter_id` BIGINT,
  `entityversion` BIGINT DEFAULT 0,
  `crew_id` BIGINT,
  `workstation_id` BIGINT,
  `productionline_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `basic_company_fkey` FOREIGN KEY (`workfor_id`) REFERENCES `basic_company` (`id`),
  CONSTRAINT `basic_staff_division_fkey` FOREIGN KEY (`division_id`) REFERENCES `basic_division` (`id`),
  CONSTRAINT `basic_staff_workstation_fkey` FOREIGN KEY (`workstation_id`) REFERENCES `basic_workstation` (`id`),
  CONSTRAINT `staff_crew_fkey` FOREIGN KEY (`crew_id`) REFERENCES `basic_crew` (`id`),
  CONSTRAINT `wagegroups_wagegroup_fkey` FOREIGN KEY (`wagegroup_id`) REFERENCES `wagegroups_wagegroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qcadoosecurity_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255),
  `email` VARCHAR(255),
  `firstname` VARCHAR(255),
  `lastname` VARCHAR(255),
  `enabled` TINYINT(1) DEFAULT 1,
  `description` VARCHAR(255),
  `password` VARCHAR(255),
  `lastactivity` DATETIME,
  `staff_id` BIGINT,
  `group_id` BIGINT,
  `entityversion` BIGINT DEFAULT 0,
  `factory_id` BIGINT,
  `ipaddress` VARCHAR(255),
  `showonlymyregistrationrecords` TINYINT(1) DEFAULT 0,
  `productionline_id` BIGINT,
  `groupchangedate` DATETIME,
  `pswdlastchanged` DATETIME,
  `afterfirstpswdchange` TINYINT(1) DEFAULT 0,
  `isblocked` TINYINT(1) DEFAULT 0,
  `showonlymyoperationaltasksandorders` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_factory_fkey` FOREIGN KEY (`factory_id`) REFERENCES `basic_factory` (`id`),
  CONSTRAINT `user_group_fkey` FOREIGN KEY (`group_id`) REFERENCES `qcadoosecurity_group` (`id`),
  CONSTRAINT `user_staff_fkey` FOREIGN KEY (`staff_id`) REFERENCES `basic_staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qcadoosecurity_passwordresettoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `token` VARCHAR(36) NOT NULL,
  `active` TINYINT(1) DEFAULT 1,
  `expirationtime` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `passwordresettoken_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `qcadoosecurity_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qcadoosecurity_persistenttoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255),
  `series` VARCHAR(255),
  `token` VARCHAR(255),
  `lastused` DATETIME,
  `entityversion` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qcadooview_alert` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `message` TEXT,
  `type` VARCHAR(255) DEFAULT 'information',
  `expirationdate` DATETIME,
  `sound` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qcadooview_viewedalert` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `alert_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `alert_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `qcadoosecurity_user` (`id`),
  CONSTRAINT `viewedalert_alert_fkey` FOREIGN KEY (`alert_id`) REFERENCES `qcadooview_alert` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_log` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `createtime` DATETIME,
  `user_id` BIGINT,
  `message` TEXT,
  `item1` VARCHAR(2048),
  `item2` VARCHAR(2048),
  `item3` VARCHAR(2048),
  `details` TEXT,
  `loglevel` VARCHAR(255) DEFAULT '01trace',
  `logtype` VARCHAR(255),
  `action` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `log_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `qcadoosecurity_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_viewedactivity` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `log_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `viewedactivity_log_fkey` FOREIGN KEY (`log_id`) REFERENCES `basic_log` (`id`),
  CONSTRAINT `viewedactivity_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `qcadoosecurity_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_address` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `company_id` BIGINT,
  `addresstype` VARCHAR(255),
  `number` VARCHAR(255),
  `name` VARCHAR(255),
  `phone` VARCHAR(255),
  `email` VARCHAR(255),
  `website` VARCHAR(255),
  `street` VARCHAR(255),
  `house` VARCHAR(30),
  `flat` VARCHAR(30),
  `zipcode` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `country_id` BIGINT,
  `contactperson` VARCHAR(255),
  `canbedeleted` TINYINT(1) DEFAULT 0,
  `active` TINYINT(1) DEFAULT 1,
  `externalnumber` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `address_externalnumber_unique` (`externalnumber`),
  CONSTRAINT `address_company_fkey` FOREIGN KEY (`company_id`) REFERENCES `basic_company` (`id`),
  CONSTRAINT `address_country_fkey` FOREIGN KEY (`country_id`) REFERENCES `basic_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_shift` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(1024),
  `mondayworking` TINYINT(1) DEFAULT 1,
  `mondayhours` VARCHAR(255),
  `tuesdayworking` TINYINT(1) DEFAULT 1,
  `tuesdayhours` VARCHAR(255),
  `wensdayworking` TINYINT(1) DEFAULT 1,
  `wensdayhours` VARCHAR(255),
  `thursdayworking` TINYINT(1) DEFAULT 1,
  `thursdayhours` VARCHAR(255),
  `fridayworking` TINYINT(1) DEFAULT 1,
  `fridayhours` VARCHAR(255),
  `saturdayworking` TINYINT(1) DEFAULT 0,
  `saturdayhours` VARCHAR(255),
  `sundayworking` TINYINT(1) DEFAULT 0,
  `sundayhours` VARCHAR(255),
  `entityversion` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_skill` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(1024),
  `description` VARCHAR(2048),
  `maximumlevel` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_staffskill` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `staff_id` BIGINT,
  `skill_id` BIGINT,
  `level` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `staffskill_skill_fkey` FOREIGN KEY (`skill_id`) REFERENCES `basic_skill` (`id`),
  CONSTRAINT `staffskill_staff_fkey` FOREIGN KEY (`staff_id`) REFERENCES `basic_staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emailnotifications_staffnotification` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255),
  `staff_id` BIGINT,
  `createdate` DATETIME,
  `updatedate` DATETIME,
  `createuser` VARCHAR(255),
  `updateuser` VARCHAR(255),
  `parameter_id` BIGINT,
  `createdeliveryminstate` TINYINT(1),
  `entityversion` BIGINT DEFAULT 0,
  `pmmnotification` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `staffnotification_staff_fkey` FOREIGN KEY (`staff_id`) REFERENCES `basic_staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `materialflow_userlocation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `location_id` BIGINT,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `userlocation_location_fkey` FOREIGN KEY (`location_id`) REFERENCES `materialflow_location` (`id`),
  CONSTRAINT `userlocation_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `qcadoosecurity_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignmenttoshift_assignmenttoshift` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `startdate` DATE,
  `shift_id` BIGINT,
  `state` VARCHAR(255) DEFAULT '01draft',
  `approvedattendancelist` TINYINT(1),
  `active` TINYINT(1) DEFAULT 1,
  `externalnumber` INT NOT NULL,
  `externalsynchronized` TINYINT(1) DEFAULT 1,
  `showlaststatechangeresult` TINYINT(1) DEFAULT 0,
  `laststatechangefails` TINYINT(1) DEFAULT 0,
  `laststatechangefailcause` VARCHAR(2048),
  `factory_id` BIGINT,
  `entityversion` BIGINT DEFAULT 0,
  `crew_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assignmenttoshift_externalnumber_unique` (`externalnumber`),
  CONSTRAINT `assignmenttoshift_crew_fkey` FOREIGN KEY (`crew_id`) REFERENCES `basic_crew` (`id`),
  CONSTRAINT `assignmenttoshift_factory_fkey` FOREIGN KEY (`factory_id`) REFERENCES `basic_factory` (`id`),
  CONSTRAINT `basic_shift_fkey` FOREIGN KEY (`shift_id`) REFERENCES `basic_shift` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignmenttoshift_staffassignmenttoshift` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assignmenttoshift_id` BIGINT,
  `worker_id` BIGINT,
  `productionline_id` BIGINT,
  `occupationtype` VARCHAR(255),
  `occupationtypename` VARCHAR(255),
  `state` VARCHAR(255) DEFAULT '01simple',
  `occupationtypeenum` VARCHAR(255),
  `occupationtypevalueforgrid` VARCHAR(255),
  `masterorder_id` BIGINT,
  `entityversion` BIGINT DEFAULT 0,
  `description` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `assignmenttoshift_assignmenttoshift_fkey` FOREIGN KEY (`assignmenttoshift_id`) REFERENCES `assignmenttoshift_assignmenttoshift` (`id`),
  CONSTRAINT `basic_staff_fkey` FOREIGN KEY (`worker_id`) REFERENCES `basic_staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repairs_repairorder` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255) NOT NULL,
  `state` VARCHAR(255) DEFAULT '01draft',
  `order_id` BIGINT,
  `division_id` BIGINT,
  `createdate` DATETIME,
  `shift_id` BIGINT,
  `startdate` DATETIME,
  `enddate` DATETIME,
  `staff_id` BIGINT,
  `product_id` BIGINT,
  `faulttype_id` BIGINT,
  `description` VARCHAR(2048),
  `quantitytorepair` DECIMAL(12,5),
  `quantityrepaired` DECIMAL(12,5),
  `lack` DECIMAL(12,5),
  `active` TINYINT(1) DEFAULT 1,
  `orderdto_id` BIGINT,
  `entityversion` BIGINT DEFAULT 0,
  `productiontracking_id` BIGINT,
  `labortime` INT DEFAULT 0,
  `machinetime` INT DEFAULT 0,
  `repairorderproduct_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `repairorder_number_unique` (`number`),
  CONSTRAINT `repairorder_division_fkey` FOREIGN KEY (`division_id`) REFERENCES `basic_division` (`id`),
  CONSTRAINT `repairorder_productiontracking_fkey` FOREIGN KEY (`productiontracking_id`) REFERENCES `productioncounting_productiontracking` (`id`),
  CONSTRAINT `repairorder_shift_fkey` FOREIGN KEY (`shift_id`) REFERENCES `basic_shift` (`id`),
  CONSTRAINT `repairorder_staff_fkey` FOREIGN KEY (`staff_id`) REFERENCES `basic_staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `productioncounting_productiontracking` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `order_id` BIGINT,
  `technologyinstanceoperationcomponent_id` BIGINT,
  `shift_id` BIGINT,
  `state` VARCHAR(255) DEFAULT '01draft',
  `lasttracking` TINYINT(1),
  `machinetime` INT,
  `labortime` INT,
  `staff_id` BIGINT,
  `workstationtype_id` BIGINT,
  `division_id` BIGINT,
  `active` TINYINT(1) DEFAULT 1,
  `createdate` DATETIME,
  `updatedate` DATETIME,
  `createuser` VARCHAR(255),
  `updateuser` VARCHAR(255),
  `laststatechangefails` TINYINT(1) DEFAULT 0,
  `laststatechangefailcause` VARCHAR(255),
  `isexternalsynchronized` TINYINT(1) DEFAULT 1,
  `timerangefrom` DATETIME,
  `timerangeto` DATETIME,
  `shiftstartday` DATE,
  `changeovertime` INT,
  `subcontractor_id` BIGINT,
  `technologyoperationcomponent_id` BIGINT,
  `entityversion` BIGINT DEFAULT 0,
  `repairorder_id` BIGINT,
  `correction_id` BIGINT,
  `iscorrection` TINYINT(1) DEFAULT 0,
  `planforordercompleted` TINYINT(1) DEFAULT 0,
  `workstation_id` BIGINT,
  `batch_id` BIGINT,
  `expirationdate` DATE,
  `qualityrating` VARCHAR(255),
  `iscorrected` TINYINT(1) DEFAULT 0,
  `comments` VARCHAR(2048),
  PRIMARY KEY (`id`),
  CONSTRAINT `productioncounting_productionrecord_d_fkey` FOREIGN KEY (`division_id`) REFERENCES `basic_division` (`id`),
  CONSTRAINT `productioncounting_productionrecord_s_fkey` FOREIGN KEY (`staff_id`) REFERENCES `basic_staff` (`id`),
  CONSTRAINT `productionrecord_subcontractor_fkey` FOREIGN KEY (`subcontractor_id`) REFERENCES `basic_company` (`id`),
  CONSTRAINT `productiontracking_correction_fkey` FOREIGN KEY (`correction_id`) REFERENCES `productioncounting_productiontracking` (`id`),
  CONSTRAINT `productiontracking_repairorder_fkey` FOREIGN KEY (`repairorder_id`) REFERENCES `repairs_repairorder` (`id`),
  CONSTRAINT `productiontracking_shift_fkey` FOREIGN KEY (`shift_id`) REFERENCES `basic_shift` (`id`),
  CONSTRAINT `productiontracking_workstation_fkey` FOREIGN KEY (`workstation_id`) REFERENCES `basic_workstation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `productioncounting_productiontrackingstatechange` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `dateandtime` DATETIME,
  `sourcestate` VARCHAR(255),
  `targetstate` VARCHAR(255),
  `status` VARCHAR(255) DEFAULT '01inProgress',
  `phase` INT,
  `worker` VARCHAR(255),
  `productiontracking_id` BIGINT,
  `shift_id` BIGINT,
  `entityversion` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`shift_id`) REFERENCES `basic_shift` (`id`),
  CONSTRAINT `productioncounting_productionrecordlogging_pr_fkey` FOREIGN KEY (`productiontracking_id`) REFERENCES `productioncounting_productiontracking` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `productioncounting_staffworktime` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `productionrecord_id` BIGINT,
  `worker_id` BIGINT,
  `labortime` INT DEFAULT 0,
  `effectiveexecutiontimestart` DATETIME,
  `effectiveexecutiontimeend` DATETIME,
  `entityversion` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `pc_swt_basic_staff_fkey` FOREIGN KEY (`worker_id`) REFERENCES `basic_staff` (`id`),
  CONSTRAINT `pc_swt_pc_productionrecord_fkey` FOREIGN KEY (`productionrecord_id`) REFERENCES `productioncounting_productiontracking` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basic_qualitycard` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `name` VARCHAR(2048),
  `description` VARCHAR(2048),
  `state` VARCHAR(255) DEFAULT '01new',
  `sampling` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deliveries_delivery` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `name` VARCHAR(1024),
  `description` VARCHAR(2048),
  `supplier_id` BIGINT,
  `deliverydate` DATETIME,
  `deliveryaddress` VARCHAR(2048),
  `relateddelivery_id` BIGINT,
  `currency_id` BIGINT,
  `externalnumber` VARCHAR(255),
  `externalsynchronized` TINYINT(1) DEFAULT 1,
  `state` VARCHAR(255),
  `location_id` BIGINT,
  `active` TINYINT(1) DEFAULT 1,
  `createdate` DATETIME,
  `updatedate` DATETIME,
  `createuser` VARCHAR(255),
  `updateuser` VARCHAR(255),
  `synchronizationstatus` VARCHAR(255),
  `entityversion` BIGINT DEFAULT 0,
  `paymentform` VARCHAR(255),
  `salesplan_id` BIGINT,
  `wms` TINYINT(1) DEFAULT 0,
  `stateinwms` VARCHAR(255),
  `datesendtowms` DATETIME,
  `pickingworker` VARCHAR(255),
  `dateconfirmationofcompletion` DATETIME,
  `pickingworkerusername` VARCHAR(255),
  `dateofsendingemail` DATETIME,
  `releasedforpayment` TINYINT(1) DEFAULT 0,
  `paymentid` VARCHAR(255),
  `dateofreleasedforpayment` DATE,
  `paid` TINYINT(1) DEFAULT 0,
  `paymentdate` DATE,
  PRIMARY KEY (`id`),
  CONSTRAINT `delivery_company_fkey` FOREIGN KEY (`supplier_id`) REFERENCES `basic_company` (`id`),
  CONSTRAINT `delivery_currency_fkey` FOREIGN KEY (`currency_id`) REFERENCES `basic_currency` (`id`),
  CONSTRAINT `delivery_delivery_fkey` FOREIGN KEY (`relateddelivery_id`) REFERENCES `deliveries_delivery` (`id`),
  CONSTRAINT `delivery_location_fkey` FOREIGN KEY (`location_id`) REFERENCES `materialflow_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qualitycontrol_qualitycontrol` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `product_id` BIGINT,
  `qualitycard_id` BIGINT,
  `controltype` VARCHAR(255) DEFAULT '01final',
  `batch_id` BIGINT,
  `date` DATE,
  `staff_id` BIGINT,
  `order_id` BIGINT,
  `qualityrating` VARCHAR(255),
  `state` VARCHAR(255) DEFAULT '01new',
  `delivery_id` BIGINT,
  `description` VARCHAR(2048),
  PRIMARY KEY (`id`),
  CONSTRAINT `qualitycontrol_delivery_fkey` FOREIGN KEY (`delivery_id`) REFERENCES `deliveries_delivery` (`id`),
  CONSTRAINT `qualitycontrol_qualitycard_fkey` FOREIGN KEY (`qualitycard_id`) REFERENCES `basic_qualitycard` (`id`),
  CONSTRAINT `qualitycontrol_staff_fkey` FOREIGN KEY (`staff_id`) REFERENCES `basic_staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qualitycontrol_qualitycontrolstatechange` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `dateandtime` DATETIME,
  `sourcestate` VARCHAR(255),
  `targetstate` VARCHAR(255),
  `status` VARCHAR(255),
  `phase` INT,
  `worker` VARCHAR(255),
  `qualitycontrol_id` BIGINT,
  `shift_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `qualitycontrol_qualitycontrol_fkey` FOREIGN KEY (`qualitycontrol_id`) REFERENCES `qualitycontrol_qualitycontrol` (`id`),
  CONSTRAINT `qualitycontrol_shift_fkey` FOREIGN KEY (`shift_id`) REFERENCES `basic_shift` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qualitycontrol_qualitycontrolattributevalue` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `qualitycontrol_id` BIGINT,
  `attribute_id` BIGINT,
  `attributevalue_id` BIGINT,
  `value` VARCHAR(255),
  `productiontracking_id` BIGINT,
  `fromqualitycard` TINYINT(1) DEFAULT 0,
  `priority` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `qualitycontrolattributevalue_productiontracking_fkey` FOREIGN KEY (`productiontracking_id`) REFERENCES `productioncounting_productiontracking` (`id`),
  CONSTRAINT `qualitycontrolattributevalue_qualitycontrol_fkey` FOREIGN KEY (`qualitycontrol_id`) REFERENCES `qualitycontrol_qualitycontrol` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supplynegotiations_requestforquotation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `name` VARCHAR(1024),
  `description` VARCHAR(2048),
  `supplier_id` BIGINT,
  `desireddate` DATETIME,
  `active` TINYINT(1) DEFAULT 1,
  `createdate` DATETIME,
  `updatedate` DATETIME,
  `createuser` VARCHAR(255),
  `updateuser` VARCHAR(255),
  `state` VARCHAR(255) DEFAULT '01draft',
  `workingdaysafterorder` INT,
  `negotiation_id` BIGINT,
  `entityversion` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `requestforquotation_company_fkey` FOREIGN KEY (`supplier_id`) REFERENCES `basic_company` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supplynegotiations_offer` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `name` VARCHAR(1024),
  `description` VARCHAR(2048),
  `supplier_id` BIGINT,
  `requestforquotation_id` BIGINT,
  `offereddate` DATETIME,
  `attachment` VARCHAR(255),
  `transportcost` DECIMAL(12,5),
  `state` VARCHAR(255) DEFAULT '01draft',
  `active` TINYINT(1) DEFAULT 1,
  `createdate` DATETIME,
  `updatedate` DATETIME,
  `createuser` VARCHAR(255),
  `updateuser` VARCHAR(255),
  `workingdaysafterorder` INT,
  `negotiation_id` BIGINT,
  `entityversion` BIGINT DEFAULT 0,
  `offerdate` DATE,
  `currency_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `offer_company_fkey` FOREIGN KEY (`supplier_id`) REFERENCES `basic_company` (`id`),
  CONSTRAINT `offer_currency_fkey` FOREIGN KEY (`currency_id`) REFERENCES `basic_currency` (`id`),
  CONSTRAINT `offer_requestforquotation_fkey` FOREIGN KEY (`requestforquotation_id`) REFERENCES `supplynegotiations_requestforquotation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deliveries_orderedproduct` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `delivery_id` BIGINT,
  `product_id` BIGINT,
  `orderedquantity` DECIMAL(12,5),
  `priceperunit` DECIMAL(12,5),
  `totalprice` DECIMAL(12,5),
  `description` VARCHAR(2048),
  `succession` INT,
  `operation_id` BIGINT,
  `offer_id` BIGINT,
  `actualversion` VARCHAR(255),
  `entityversion` BIGINT DEFAULT 0,
  `additionalquantity` DECIMAL(12,5),
  `conversion` DECIMAL(12,5),
  `deliveredquantity` DECIMAL(65,30),
  `additionaldeliveredquantity` DECIMAL(65,30),
  `batchnumber` VARCHAR(255),
  `batch_id` BIGINT,
  `qualitycard_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `deliveredproduct_offer_fkey` FOREIGN KEY (`offer_id`) REFERENCES `supplynegotiations_offer` (`id`),
  CONSTRAINT `orderedproduct_delivery_fkey` FOREIGN KEY (`delivery_id`) REFERENCES `deliveries_delivery` (`id`),
  CONSTRAINT `orderedproduct_qualitycard_fkey` FOREIGN KEY (`qualitycard_id`) REFERENCES `basic_qualitycard` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deliveries_deliverystatechange` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `dateandtime` DATETIME,
  `sourcestate` VARCHAR(255),
  `targetstate` VARCHAR(255),
  `status` VARCHAR(255),
  `phase` INT,
  `shift_id` BIGINT,
  `worker` VARCHAR(255),
  `delivery_id` BIGINT,
  `entityversion` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `deliverystatechange_delivery_fkey` FOREIGN KEY (`delivery_id`) REFERENCES `deliveries_delivery` (`id`),
  CONSTRAINT `deliverystatechange_shift_fkey` FOREIGN KEY (`shift_id`) REFERENCES `basic_shift` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cmmsmachineparts_maintenanceevent` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) DEFAULT '01failure',
  `description` VARCHAR(600),
  `personreceiving_id` BIGINT,
  `personreceivingname` VARCHAR(255),
  `state` VARCHAR(255) DEFAULT '01new',
  `createdate` DATETIME,
  `updatedate` DATETIME,
  `createuser` VARCHAR(255),
  `updateuser` VARCHAR(255),
  `factory_id` BIGINT,
  `division_id` BIGINT,
  `productionline_id` BIGINT,
  `workstation_id` BIGINT,
  `subassembly_id` BIGINT,
  `faulttype_id` BIGINT,
  `solutiondescription` TEXT,
  `maintenanceeventcontext_id` BIGINT,
  `entityversion` BIGINT DEFAULT 0,
  `sourcecost_id` BIGINT,
  `soundnotifications` TINYINT(1) DEFAULT 0,
  `highestpriority` TINYINT(1) DEFAULT 0,
  `reportingemployee_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `maintenanceevent_number_unique` (`number`),
  CONSTRAINT `maintenanceevent_division_fkey` FOREIGN KEY (`division_id`) REFERENCES `basic_division` (`id`),
  CONSTRAINT `maintenanceevent_factory_fkey` FOREIGN KEY (`factory_id`) REFERENCES `basic_factory` (`id`),
  CONSTRAINT `maintenanceevent_personreceiving_fkey` FOREIGN KEY (`personreceiving_id`) REFERENCES `basic_staff` (`id`),
  CONSTRAINT `maintenanceevent_reportingemployee_fkey` FOREIGN KEY (`reportingemployee_id`) REFERENCES `basic_staff` (`id`),
  CONSTRAINT `maintenanceevent_workstation_fkey` FOREIGN KEY (`workstation_id`) REFERENCES `basic_workstation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cmmsmachineparts_staffworktime` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `maintenanceevent_id` BIGINT,
  `worker_id` BIGINT,
  `labortime` INT DEFAULT 0,
  `effectiveexecutiontimestart` DATETIME,
  `effectiveexecutiontimeend` DATETIME,
  `entityversion` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `staffworktime_worker_fkey` FOREIGN KEY (`worker_id`) REFERENCES `basic_staff` (`id`),
  CONSTRAINT `worker_maintenanceevent_fkey` FOREIGN KEY (`maintenanceevent_id`) REFERENCES `cmmsmachineparts_maintenanceevent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cmmsmachineparts_plannedevent` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255),
  `type` VARCHAR(255) DEFAULT '01review',
  `description` VARCHAR(600),
  `owner_id` BIGINT,
  `ownername` VARCHAR(255),
  `state` VARCHAR(255) DEFAULT '01new',
  `factory_id` BIGINT,
  `division_id` BIGINT,
  `productionline_id` BIGINT,
  `workstation_id` BIGINT,
  `subassembly_id` BIGINT,
  `plannedeventcontext_id` BIGINT,
  `createdate` DATETIME,
  `updatedate` DATETIME,
  `createuser` VARCHAR(255),
  `updateuser` VARCHAR(255),
  `plannedseparately` TINYINT(1) DEFAULT 0,
  `afterreview` TINYINT(1) DEFAULT 0,
  `requiresshutdown` TINYINT(1) DEFAULT 0,
  `company_id` BIGINT,
  `basedon` VARCHAR(255) DEFAULT '01date',
  `date` DATE,
  `counter` DECIMAL(14,5),
  `countertolerance` DECIMAL(14,5),
  `duration` INT DEFAULT 0,
  `effectiveduration` INT DEFAULT 0,
  `effectivecounter` DECIMAL(14,5),
  `startdate` DATETIME,
  `finishdate` DATETIME,
  `isdeadline` TINYINT(1),
  `solutiondescription` TEXT,
  `entityversion` BIGINT DEFAULT 0,
  `maintenanceevent_id` BIGINT,
  `sourcecost_id` BIGINT,
  `recurringevent_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `plannedevent_company_fkey` FOREIGN KEY (`company_id`) REFERENCES `basic_company` (`id`),
  CONSTRAINT `plannedevent_division_fkey` FOREIGN KEY (`division_id`) REFERENCES `basic_division` (`id`),
  CONSTRAINT `plannedevent_factory_fkey` FOREIGN KEY (`factory_id`) REFERENCES `basic_factory` (`id`),
  CONSTRAINT `plannedevent_maintenanceevent_fkey` FOREIGN KEY (`maintenanceevent_id`) REFERENCES `cmmsmachineparts_maintenanceevent` (`id`),
  CONSTRAINT `plannedevent_staff_fkey` FOREIGN KEY (`owner_id`) REFERENCES `basic_staff` (`id`),
  CONSTRAINT `plannedevent_workstation_fkey` FOREIGN KEY (`workstation_id`) REFERENCES `basic_workstation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jointable_plannedevent_staff` (
  `plannedevent_id` BIGINT NOT NULL,
  `staff_id` BIGINT NOT NULL,
  PRIMARY KEY (`staff_id`, `plannedevent_id`),
  CONSTRAINT `plannedevent_plannedevent_fkey` FOREIGN KEY (`plannedevent_id`) REFERENCES `cmmsmachineparts_plannedevent` (`id`),
  CONSTRAINT `plannedevent_staff_staff_fkey` FOREIGN KEY (`staff_id`) REFERENCES `basic_staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repairs_repairorderworktime` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `repairorder_id` BIGINT,
  `staff_id` BIGINT,
  `labortime` INT DEFAULT 0,
  `effectiveexecutiontimestart` DATETIME,
  `effectiveexecutiontimeend` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `repairorderworktime_repairorder_fkey` FOREIGN KEY (`repairorder_id`) REFERENCES `repairs_repairorder` (`id`),
  CONSTRAINT `repairorderworktime_staff_fkey` FOREIGN KEY (`staff_id`) REFERENCES `basic_staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subcontractorportal_subordermessage` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `date` DATE,
  `createdat` DATETIME,
  `description` VARCHAR(255),
  `staff_id` BIGINT,
  `company_id` BIGINT,
  `suborder_id` BIGINT,
  `active` TINYINT(1) DEFAULT 1,
  `entityversion` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `message_company_fkey` FOREIGN KEY (`company_id`) REFERENCES `basic_company` (`id`),
  CONSTRAINT `message_staff_fkey` FOREIGN KEY (`staff_id`) REFERENCES `basic_staff` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
SET FOREIGN_KEY_CHECKS=1;
