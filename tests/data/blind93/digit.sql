-- eGov DIGIT (egovernments/DIGIT-OSS), commit 7db958d69bd66fcc48bd6382566aa41b0165fe75: the final schema after
-- replaying each service's Flyway migrations into PostgreSQL 15, read back from information_schema and written
-- as MySQL DDL (character varying -> varchar, timestamp -> datetime, boolean -> tinyint(1), jsonb -> json,
-- unconstrained numeric -> decimal(65,30), serial -> AUTO_INCREMENT). Each service has its own database upstream.
SET FOREIGN_KEY_CHECKS=0;

-- core-services/egov-user: db/migration/ddl/*.sql (Flyway, PostgreSQL), replayed in version order

CREATE TABLE `eg_role` (
  `name` varchar(128) NOT NULL,
  `code` varchar(50) NOT NULL,
  `description` varchar(128),
  `createddate` datetime DEFAULT CURRENT_TIMESTAMP,
  `createdby` bigint(20),
  `lastmodifiedby` bigint(20),
  `lastmodifieddate` datetime,
  `version` bigint(20),
  `tenantid` varchar(256) NOT NULL,
  `id` bigint(20) NOT NULL,
  UNIQUE KEY `eg_roles_code_tenant` (`code`, `tenantid`),
  PRIMARY KEY (`id`, `tenantid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_user` (
  `title` varchar(8),
  `salutation` varchar(5),
  `dob` datetime,
  `locale` varchar(16),
  `username` varchar(180) NOT NULL,
  `password` varchar(64) NOT NULL,
  `pwdexpirydate` datetime DEFAULT CURRENT_TIMESTAMP,
  `mobilenumber` varchar(150),
  `altcontactnumber` varchar(150),
  `emailid` varchar(300),
  `createddate` datetime,
  `lastmodifieddate` datetime,
  `createdby` bigint(20),
  `lastmodifiedby` bigint(20),
  `active` tinyint(1),
  `name` varchar(250),
  `gender` smallint(6),
  `pan` varchar(65),
  `aadhaarnumber` varchar(85),
  `type` varchar(50),
  `version` decimal(65,30) DEFAULT '0',
  `guardian` varchar(250),
  `guardianrelation` varchar(32),
  `signature` varchar(36),
  `accountlocked` tinyint(1) DEFAULT 0,
  `bloodgroup` varchar(32),
  `photo` varchar(36),
  `identificationmark` varchar(300),
  `tenantid` varchar(256) NOT NULL,
  `id` bigint(20) NOT NULL,
  `uuid` char(36),
  `accountlockeddate` bigint(20),
  `alternatemobilenumber` varchar(50) DEFAULT NULL,
  UNIQUE KEY `eg_user_user_name_tenant` (`username`, `type`, `tenantid`),
  PRIMARY KEY (`id`, `tenantid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_user_address` (
  `id` bigint(20) NOT NULL,
  `version` decimal(65,30) DEFAULT '0',
  `createddate` datetime NOT NULL,
  `lastmodifieddate` datetime,
  `createdby` bigint(20) NOT NULL,
  `lastmodifiedby` bigint(20),
  `type` varchar(50) NOT NULL,
  `address` varchar(440),
  `city` varchar(300),
  `pincode` varchar(10),
  `userid` bigint(20) NOT NULL,
  `tenantid` varchar(256) NOT NULL,
  UNIQUE KEY `eg_user_address_type_unique` (`userid`, `tenantid`, `type`),
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_user_address_user_fkey` FOREIGN KEY (`userid`, `tenantid`) REFERENCES `eg_user`(`id`, `tenantid`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_address` (
  `housenobldgapt` varchar(32),
  `subdistrict` varchar(100),
  `postoffice` varchar(100),
  `landmark` varchar(256),
  `country` varchar(50),
  `type` varchar(50),
  `streetroadline` varchar(256),
  `citytownvillage` varchar(256),
  `arealocalitysector` varchar(256),
  `district` varchar(100),
  `state` varchar(100),
  `pincode` varchar(10),
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `version` bigint(20) DEFAULT '0',
  `tenantid` varchar(256) NOT NULL,
  `userid` bigint(20),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_userrole` (
  `roleid` bigint(20) NOT NULL,
  `roleidtenantid` varchar(256) NOT NULL,
  `userid` bigint(20) NOT NULL,
  `tenantid` varchar(256) NOT NULL,
  `lastmodifieddate` datetime DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT `eg_userrole_roleid_roleidtenantid_fkey` FOREIGN KEY (`roleid`, `roleidtenantid`) REFERENCES `eg_role`(`id`, `tenantid`),
  CONSTRAINT `eg_userrole_userid_fkey` FOREIGN KEY (`userid`, `tenantid`) REFERENCES `eg_user`(`id`, `tenantid`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `eg_userrole_userid_tenantid_fkey` FOREIGN KEY (`userid`, `tenantid`) REFERENCES `eg_user`(`id`, `tenantid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_userrole_v1` (
  `role_code` varchar(50),
  `role_tenantid` varchar(256),
  `user_id` bigint(20),
  `user_tenantid` varchar(256),
  `lastmodifieddate` datetime,
  CONSTRAINT `fk_user_role_v1` FOREIGN KEY (`user_id`, `user_tenantid`) REFERENCES `eg_user`(`id`, `tenantid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_user_login_failed_attempts` (
  `user_uuid` varchar(64) NOT NULL,
  `ip` varchar(46),
  `attempt_date` bigint(20) NOT NULL,
  `active` tinyint(1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_user_audit_table` (
  `id` bigint(20) NOT NULL,
  `title` varchar(8),
  `salutation` varchar(5),
  `dob` datetime,
  `locale` varchar(16),
  `username` varchar(300) NOT NULL,
  `password` varchar(300) NOT NULL,
  `pwdexpirydate` datetime DEFAULT CURRENT_TIMESTAMP,
  `mobilenumber` varchar(50),
  `altcontactnumber` varchar(50),
  `emailid` varchar(128),
  `active` tinyint(1),
  `name` varchar(100),
  `gender` smallint(6),
  `pan` varchar(50),
  `aadhaarnumber` varchar(50),
  `type` varchar(50),
  `version` decimal(65,30) DEFAULT '0',
  `guardian` varchar(100),
  `guardianrelation` varchar(32),
  `signature` varchar(36),
  `accountlocked` tinyint(1) DEFAULT 0,
  `bloodgroup` varchar(32),
  `photo` varchar(36),
  `identificationmark` varchar(300),
  `tenantid` varchar(256) NOT NULL,
  `uuid` varchar(300),
  `auditcreatedby` varchar(100),
  `auditcreatedtime` bigint(20)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- core-services/egov-workflow-v2: db/migration/main/*.sql (Flyway, PostgreSQL); the workflow engine PGR complaints run through

CREATE TABLE `eg_wf_businessservice_v2` (
  `businessservice` varchar(256) NOT NULL,
  `business` varchar(256) NOT NULL,
  `tenantid` varchar(256) NOT NULL,
  `uuid` varchar(256) NOT NULL,
  `geturi` varchar(1024),
  `posturi` varchar(1024),
  `createdby` varchar(256) NOT NULL,
  `createdtime` bigint(20),
  `lastmodifiedby` varchar(256) NOT NULL,
  `lastmodifiedtime` bigint(20),
  `businessservicesla` bigint(20),
  UNIQUE KEY `uk_eg_wf_businessservice` (`tenantid`, `businessservice`),
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_wf_state_v2` (
  `uuid` varchar(256) NOT NULL,
  `tenantid` varchar(256) NOT NULL,
  `businessserviceid` varchar(256) NOT NULL,
  `state` varchar(256),
  `applicationstatus` varchar(256),
  `sla` bigint(20),
  `docuploadrequired` tinyint(1),
  `isstartstate` tinyint(1),
  `isterminatestate` tinyint(1),
  `createdby` varchar(256) NOT NULL,
  `createdtime` bigint(20),
  `lastmodifiedby` varchar(256) NOT NULL,
  `lastmodifiedtime` bigint(20),
  `seq` int(11),
  `isstateupdatable` tinyint(1),
  UNIQUE KEY `uk_eg_wf_state_v2` (`state`, `businessserviceid`),
  PRIMARY KEY (`uuid`),
  CONSTRAINT `fk_eg_wf_state` FOREIGN KEY (`businessserviceid`) REFERENCES `eg_wf_businessservice_v2`(`uuid`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_wf_action_v2` (
  `uuid` varchar(256) NOT NULL,
  `tenantid` varchar(256) NOT NULL,
  `currentstate` varchar(256),
  `action` varchar(256) NOT NULL,
  `nextstate` varchar(256),
  `roles` varchar(1024) NOT NULL,
  `createdby` varchar(256) NOT NULL,
  `createdtime` bigint(20),
  `lastmodifiedby` varchar(256) NOT NULL,
  `lastmodifiedtime` bigint(20),
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `fk_eg_wf_action_v2` FOREIGN KEY (`currentstate`) REFERENCES `eg_wf_state_v2`(`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_wf_processinstance_v2` (
  `id` varchar(64),
  `tenantid` varchar(128),
  `businessservice` varchar(128),
  `businessid` varchar(128),
  `action` varchar(128),
  `status` varchar(128),
  `comment` varchar(1024),
  `assigner` varchar(128),
  `assignee` varchar(128),
  `statesla` bigint(20),
  `previousstatus` varchar(128),
  `createdby` varchar(64),
  `lastmodifiedby` varchar(64),
  `createdtime` bigint(20),
  `lastmodifiedtime` bigint(20),
  `modulename` varchar(64),
  `businessservicesla` bigint(20),
  `rating` smallint(6),
  `escalated` tinyint(1) DEFAULT 0,
  UNIQUE KEY `uk_eg_wf_processinstance` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_wf_assignee_v2` (
  `processinstanceid` varchar(64),
  `tenantid` varchar(128),
  `assignee` varchar(128),
  `createdby` varchar(64),
  `lastmodifiedby` varchar(64),
  `createdtime` bigint(20),
  `lastmodifiedtime` bigint(20),
  CONSTRAINT `fk_eg_wf_assignee_v2` FOREIGN KEY (`processinstanceid`) REFERENCES `eg_wf_processinstance_v2`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_wf_document_v2` (
  `id` varchar(64) NOT NULL,
  `tenantid` varchar(64),
  `documenttype` varchar(64),
  `documentuid` varchar(64),
  `filestoreid` varchar(64),
  `processinstanceid` varchar(64),
  `active` tinyint(1),
  `createdby` varchar(64),
  `lastmodifiedby` varchar(64),
  `createdtime` bigint(20),
  `lastmodifiedtime` bigint(20),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_wf_document` FOREIGN KEY (`processinstanceid`) REFERENCES `eg_wf_processinstance_v2`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- municipal-services/pgr-services: db/migration/main/*.sql (Flyway, PostgreSQL)

CREATE TABLE `eg_pgr_service_v2` (
  `id` varchar(64),
  `tenantid` varchar(256) NOT NULL,
  `servicecode` varchar(256) NOT NULL,
  `servicerequestid` varchar(256) NOT NULL,
  `description` varchar(4000),
  `accountid` varchar(256),
  `additionaldetails` json,
  `applicationstatus` varchar(128),
  `rating` smallint(6),
  `source` varchar(256),
  `createdby` varchar(256) NOT NULL,
  `createdtime` bigint(20) NOT NULL,
  `lastmodifiedby` varchar(256),
  `lastmodifiedtime` bigint(20),
  `active` tinyint(1) DEFAULT 1,
  UNIQUE KEY `uk_eg_pgr_service_v2` (`id`),
  PRIMARY KEY (`tenantid`, `servicerequestid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_pgr_address_v2` (
  `tenantid` varchar(256) NOT NULL,
  `id` varchar(256) NOT NULL,
  `parentid` varchar(256) NOT NULL,
  `doorno` varchar(128),
  `plotno` varchar(256),
  `buildingname` varchar(1024),
  `street` varchar(1024),
  `landmark` varchar(1024),
  `city` varchar(512),
  `pincode` varchar(16),
  `locality` varchar(128) NOT NULL,
  `district` varchar(256),
  `region` varchar(256),
  `state` varchar(256),
  `country` varchar(512),
  `latitude` decimal(9,6),
  `longitude` decimal(10,7),
  `createdby` varchar(128) NOT NULL,
  `createdtime` bigint(20) NOT NULL,
  `lastmodifiedby` varchar(128),
  `lastmodifiedtime` bigint(20),
  `additionaldetails` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eg_pgr_address_v2` FOREIGN KEY (`parentid`) REFERENCES `eg_pgr_service_v2`(`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- municipal-services/birth-death-services: db/migration/main/*.sql (Flyway, PostgreSQL); the *_audit tables are filled by upstream's triggers

CREATE TABLE `eg_birth_death_hospitals` (
  `id` varchar(64) NOT NULL,
  `hospitalname` varchar(500) NOT NULL,
  `tenantid` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_birth_dtls` (
  `id` varchar(64) NOT NULL,
  `registrationno` varchar(64) NOT NULL,
  `hospitalname` varchar(500),
  `dateofreport` datetime,
  `dateofbirth` datetime NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `placeofbirth` varchar(1000),
  `informantsname` varchar(200),
  `informantsaddress` varchar(1000),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `counter` smallint(6),
  `tenantid` varchar(50) NOT NULL,
  `gender` smallint(6) NOT NULL,
  `remarks` varchar(1000),
  `hospitalid` varchar(64),
  `islegacyrecord` tinyint(1),
  UNIQUE KEY `eg_birth_dtls_ukey1` (`registrationno`, `tenantid`),
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_birth_dtls_fkey1` FOREIGN KEY (`hospitalid`) REFERENCES `eg_birth_death_hospitals`(`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_birth_father_info` (
  `id` varchar(64) NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `aadharno` varchar(150),
  `emailid` varchar(300),
  `mobileno` varchar(150),
  `education` varchar(100),
  `proffession` varchar(100),
  `nationality` varchar(100),
  `religion` varchar(100),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `birthdtlid` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_birth_father_info_fkey1` FOREIGN KEY (`birthdtlid`) REFERENCES `eg_birth_dtls`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_birth_mother_info` (
  `id` varchar(64) NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `aadharno` varchar(150),
  `emailid` varchar(300),
  `mobileno` varchar(150),
  `education` varchar(100),
  `proffession` varchar(100),
  `nationality` varchar(100),
  `religion` varchar(100),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `birthdtlid` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_birth_mother_info_fkey1` FOREIGN KEY (`birthdtlid`) REFERENCES `eg_birth_dtls`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_birth_permaddr` (
  `id` varchar(64) NOT NULL,
  `buildingno` varchar(1000),
  `houseno` varchar(1000),
  `streetname` varchar(1000),
  `locality` varchar(1000),
  `tehsil` varchar(1000),
  `district` varchar(100),
  `city` varchar(100),
  `state` varchar(100),
  `pinno` varchar(100),
  `country` varchar(100),
  `createdby` varchar(64),
  `createdtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `birthdtlid` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_birth_permaddr_fkey1` FOREIGN KEY (`birthdtlid`) REFERENCES `eg_birth_dtls`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_birth_presentaddr` (
  `id` varchar(64) NOT NULL,
  `buildingno` varchar(1000),
  `houseno` varchar(1000),
  `streetname` varchar(1000),
  `locality` varchar(1000),
  `tehsil` varchar(1000),
  `district` varchar(100),
  `city` varchar(100),
  `state` varchar(100),
  `pinno` varchar(100),
  `country` varchar(100),
  `createdby` varchar(64),
  `createdtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `birthdtlid` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_birth_presentaddr_fkey1` FOREIGN KEY (`birthdtlid`) REFERENCES `eg_birth_dtls`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_birth_cert_request` (
  `id` varchar(64) NOT NULL,
  `birthcertificateno` varchar(25),
  `createdby` varchar(64),
  `createdtime` bigint(20),
  `birthdtlid` varchar(64) NOT NULL,
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `filestoreid` varchar(256),
  `status` varchar(25),
  `additionaldetail` json,
  `embeddedurl` varchar(64),
  `dateofissue` bigint(20),
  `source` varchar(64),
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_birth_cert_request_fkey1` FOREIGN KEY (`birthdtlid`) REFERENCES `eg_birth_dtls`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_dtls` (
  `id` varchar(64) NOT NULL,
  `registrationno` varchar(64) NOT NULL,
  `hospitalname` varchar(500),
  `dateofreport` datetime,
  `dateofdeath` datetime NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `placeofdeath` varchar(1000),
  `informantsname` varchar(200),
  `informantsaddress` varchar(1000),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `counter` smallint(6),
  `tenantid` varchar(50) NOT NULL,
  `gender` smallint(6) NOT NULL,
  `remarks` varchar(1000),
  `hospitalid` varchar(64),
  `eidno` varchar(100),
  `aadharno` varchar(150),
  `nationality` varchar(100),
  `religion` varchar(100),
  `icdcode` varchar(300),
  `age` varchar(100),
  `islegacyrecord` tinyint(1),
  UNIQUE KEY `eg_death_dtls_ukey1` (`registrationno`, `tenantid`),
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_death_dtls_fkey1` FOREIGN KEY (`hospitalid`) REFERENCES `eg_birth_death_hospitals`(`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_father_info` (
  `id` varchar(64) NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `aadharno` varchar(150),
  `emailid` varchar(300),
  `mobileno` varchar(150),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `deathdtlid` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_death_father_info_fkey1` FOREIGN KEY (`deathdtlid`) REFERENCES `eg_death_dtls`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_mother_info` (
  `id` varchar(64) NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `aadharno` varchar(150),
  `emailid` varchar(300),
  `mobileno` varchar(150),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `deathdtlid` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_death_mother_info_fkey1` FOREIGN KEY (`deathdtlid`) REFERENCES `eg_death_dtls`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_spouse_info` (
  `id` varchar(64) NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `aadharno` varchar(150),
  `emailid` varchar(300),
  `mobileno` varchar(150),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `deathdtlid` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_death_spouse_info_fkey1` FOREIGN KEY (`deathdtlid`) REFERENCES `eg_death_dtls`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_permaddr` (
  `id` varchar(64) NOT NULL,
  `buildingno` varchar(1000),
  `houseno` varchar(1000),
  `streetname` varchar(1000),
  `locality` varchar(1000),
  `tehsil` varchar(1000),
  `district` varchar(100),
  `city` varchar(100),
  `state` varchar(100),
  `pinno` varchar(100),
  `country` varchar(100),
  `createdby` varchar(64),
  `createdtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `deathdtlid` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_death_permaddr_fkey1` FOREIGN KEY (`deathdtlid`) REFERENCES `eg_death_dtls`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_presentaddr` (
  `id` varchar(64) NOT NULL,
  `buildingno` varchar(1000),
  `houseno` varchar(1000),
  `streetname` varchar(1000),
  `locality` varchar(1000),
  `tehsil` varchar(1000),
  `district` varchar(100),
  `city` varchar(100),
  `state` varchar(100),
  `pinno` varchar(100),
  `country` varchar(100),
  `createdby` varchar(64),
  `createdtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `deathdtlid` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_death_presentaddr_fkey1` FOREIGN KEY (`deathdtlid`) REFERENCES `eg_death_dtls`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_cert_request` (
  `id` varchar(64) NOT NULL,
  `deathcertificateno` varchar(25) NOT NULL,
  `createdby` varchar(64) NOT NULL,
  `createdtime` bigint(20) NOT NULL,
  `deathdtlid` varchar(64) NOT NULL,
  `filestoreid` varchar(256),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `status` varchar(25),
  `additionaldetail` json,
  `embeddedurl` varchar(64),
  `dateofissue` bigint(20),
  `source` varchar(64),
  PRIMARY KEY (`id`),
  CONSTRAINT `eg_death_cert_request_fkey1` FOREIGN KEY (`deathdtlid`) REFERENCES `eg_death_dtls`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_birth_dtls_audit` (
  `operation` char(1) NOT NULL,
  `stamp` datetime NOT NULL,
  `id` varchar(64) NOT NULL,
  `registrationno` varchar(64) NOT NULL,
  `hospitalname` varchar(500),
  `dateofreport` datetime,
  `dateofbirth` datetime NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `placeofbirth` varchar(1000),
  `informantsname` varchar(200),
  `informantsaddress` varchar(1000),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `counter` smallint(6),
  `tenantid` varchar(50) NOT NULL,
  `gender` smallint(6) NOT NULL,
  `remarks` varchar(1000),
  `hospitalid` varchar(64),
  `islegacyrecord` tinyint(1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_birth_father_info_audit` (
  `operation` char(1) NOT NULL,
  `stamp` datetime NOT NULL,
  `id` varchar(64) NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `aadharno` varchar(150),
  `emailid` varchar(300),
  `mobileno` varchar(150),
  `education` varchar(100),
  `proffession` varchar(100),
  `nationality` varchar(100),
  `religion` varchar(100),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `birthdtlid` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_birth_mother_info_audit` (
  `operation` char(1) NOT NULL,
  `stamp` datetime NOT NULL,
  `id` varchar(64) NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `aadharno` varchar(150),
  `emailid` varchar(300),
  `mobileno` varchar(150),
  `education` varchar(100),
  `proffession` varchar(100),
  `nationality` varchar(100),
  `religion` varchar(100),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `birthdtlid` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_birth_permaddr_audit` (
  `operation` char(1) NOT NULL,
  `stamp` datetime NOT NULL,
  `id` varchar(64) NOT NULL,
  `buildingno` varchar(1000),
  `houseno` varchar(1000),
  `streetname` varchar(1000),
  `locality` varchar(1000),
  `tehsil` varchar(1000),
  `district` varchar(100),
  `city` varchar(100),
  `state` varchar(100),
  `pinno` varchar(100),
  `country` varchar(100),
  `createdby` varchar(64),
  `createdtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `birthdtlid` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_birth_presentaddr_audit` (
  `operation` char(1) NOT NULL,
  `stamp` datetime NOT NULL,
  `id` varchar(64) NOT NULL,
  `buildingno` varchar(1000),
  `houseno` varchar(1000),
  `streetname` varchar(1000),
  `locality` varchar(1000),
  `tehsil` varchar(1000),
  `district` varchar(100),
  `city` varchar(100),
  `state` varchar(100),
  `pinno` varchar(100),
  `country` varchar(100),
  `createdby` varchar(64),
  `createdtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `birthdtlid` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_birth_cert_request_audit` (
  `id` varchar(64) NOT NULL,
  `birthcertificateno` varchar(25),
  `createdby` varchar(64),
  `createdtime` bigint(20),
  `birthdtlid` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `filestoreid` varchar(256),
  `status` varchar(25),
  `additionaldetail` json,
  `embeddedurl` varchar(64),
  `dateofissue` bigint(20),
  `source` varchar(64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_dtls_audit` (
  `operation` char(1) NOT NULL,
  `stamp` datetime NOT NULL,
  `id` varchar(64) NOT NULL,
  `registrationno` varchar(64) NOT NULL,
  `hospitalname` varchar(500),
  `dateofreport` datetime,
  `dateofdeath` datetime NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `placeofdeath` varchar(1000),
  `informantsname` varchar(200),
  `informantsaddress` varchar(1000),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `counter` smallint(6),
  `tenantid` varchar(50) NOT NULL,
  `gender` smallint(6) NOT NULL,
  `remarks` varchar(1000),
  `hospitalid` varchar(64),
  `eidno` varchar(100),
  `aadharno` varchar(150),
  `nationality` varchar(100),
  `religion` varchar(100),
  `icdcode` varchar(300),
  `age` varchar(100),
  `islegacyrecord` tinyint(1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_father_info_audit` (
  `operation` char(1) NOT NULL,
  `stamp` datetime NOT NULL,
  `id` varchar(64) NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `aadharno` varchar(150),
  `emailid` varchar(300),
  `mobileno` varchar(150),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `deathdtlid` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_mother_info_audit` (
  `operation` char(1) NOT NULL,
  `stamp` datetime NOT NULL,
  `id` varchar(64) NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `aadharno` varchar(150),
  `emailid` varchar(300),
  `mobileno` varchar(150),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `deathdtlid` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_spouse_info_audit` (
  `operation` char(1) NOT NULL,
  `stamp` datetime NOT NULL,
  `id` varchar(64) NOT NULL,
  `firstname` varchar(200),
  `middlename` varchar(200),
  `lastname` varchar(200),
  `aadharno` varchar(150),
  `emailid` varchar(300),
  `mobileno` varchar(150),
  `createdtime` bigint(20),
  `createdby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `deathdtlid` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_permaddr_audit` (
  `operation` char(1) NOT NULL,
  `stamp` datetime NOT NULL,
  `id` varchar(64) NOT NULL,
  `buildingno` varchar(1000),
  `houseno` varchar(1000),
  `streetname` varchar(1000),
  `locality` varchar(1000),
  `tehsil` varchar(1000),
  `district` varchar(100),
  `city` varchar(100),
  `state` varchar(100),
  `pinno` varchar(100),
  `country` varchar(100),
  `createdby` varchar(64),
  `createdtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `deathdtlid` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_presentaddr_audit` (
  `operation` char(1) NOT NULL,
  `stamp` datetime NOT NULL,
  `id` varchar(64) NOT NULL,
  `buildingno` varchar(1000),
  `houseno` varchar(1000),
  `streetname` varchar(1000),
  `locality` varchar(1000),
  `tehsil` varchar(1000),
  `district` varchar(100),
  `city` varchar(100),
  `state` varchar(100),
  `pinno` varchar(100),
  `country` varchar(100),
  `createdby` varchar(64),
  `createdtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `lastmodifiedtime` bigint(20),
  `deathdtlid` varchar(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eg_death_cert_request_audit` (
  `id` varchar(64) NOT NULL,
  `deathcertificateno` varchar(25) NOT NULL,
  `createdby` varchar(64) NOT NULL,
  `createdtime` bigint(20) NOT NULL,
  `deathdtlid` varchar(64),
  `filestoreid` varchar(256),
  `lastmodifiedtime` bigint(20),
  `lastmodifiedby` varchar(64),
  `status` varchar(25),
  `additionaldetail` json,
  `embeddedurl` varchar(64),
  `dateofissue` bigint(20),
  `source` varchar(64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
