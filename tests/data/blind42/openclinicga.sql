-- OpenClinic GA (hospital information system): trimmed MySQL DDL
-- Upstream: github.com/soulogic-mali/openclinic-ga (a public mirror of OpenClinic GA, sourceforge.net/projects/open-clinic),
--   web/_common/xml/db.xml (data model "OpenClinic" version 4.120.3), commit 69cb435bf2656c2a36568d72804e10f20a17d334.
--   Licence: the mirror carries no licence file; OpenClinic GA is distributed by its authors as free software under the GNU GPL.
-- OpenClinic GA has no install .sql: at start-up src/be/mxs/common/util/system/UpdateSystem.java creates every table of
-- db.xml as "create table <name>(<column> <dbtype>[(size)] [not] null, ...)" and then its indexes; no primary keys are
-- declared. The same is done here for 44 of its 395 tables; the SQL Server type "image" that db.xml uses for binary
-- columns is written longblob, and OC_Config.oc_key (varchar without size in db.xml) varchar(255).
-- Tables live in two databases, ocadmin (persons, users, services) and openclinic (clinical and financial records);
-- each CREATE TABLE is preceded by a comment naming its database.

-- ocadmin database
CREATE TABLE `Admin` (
  `personid` int not null,
  `natreg` varchar(50) null,
  `immatold` varchar(25) null,
  `immatnew` varchar(25) null,
  `candidate` varchar(25) null,
  `lastname` varchar(100) not null,
  `firstname` varchar(100) null,
  `gender` char(1) null,
  `dateofbirth` datetime null,
  `comment` varchar(5000) null,
  `sourceid` char(1) null,
  `language` char(2) null,
  `engagement` datetime null,
  `pension` datetime null,
  `statute` char(1) null,
  `claimant` char(1) null,
  `searchname` varchar(100) null,
  `updatetime` datetime null,
  `claimant_expiration` datetime null,
  `native_town` varchar(100) null,
  `motive_end_of_service` char(3) null,
  `startdate_inactivity` datetime null,
  `enddate_inactivity` datetime null,
  `code_inactivity` char(3) null,
  `update_status` char(1) null,
  `person_type` char(1) null,
  `situation_end_of_service` char(1) null,
  `updateuserid` int null,
  `comment1` varchar(100) null,
  `comment2` varchar(100) null,
  `comment3` varchar(100) null,
  `comment4` varchar(100) null,
  `comment5` varchar(100) null,
  `native_country` varchar(100) null,
  `middlename` varchar(255) null,
  `begindate` datetime null,
  `enddate` datetime null,
  `updateserverid` int null,
  `archivefilecode` varchar(50) null,
  KEY `admin_personid` (`personid`),
  KEY `admin_natreg` (`natreg`),
  KEY `admin_immatold` (`immatold`),
  KEY `admin_immatnew` (`immatnew`),
  KEY `admin_searchname` (`searchname`),
  KEY `admin_updatetime` (`updatetime`)
);

-- ocadmin database
CREATE TABLE `AdminPrivate` (
  `privateid` int null,
  `personid` int null,
  `start` datetime null,
  `stop` datetime null,
  `address` varchar(255) null,
  `city` varchar(100) null,
  `zipcode` varchar(10) null,
  `country` char(2) null,
  `telephone` varchar(100) null,
  `fax` varchar(100) null,
  `mobile` varchar(100) null,
  `email` varchar(100) null,
  `district` varchar(255) null,
  `sanitarydistrict` varchar(255) null,
  `province` varchar(255) null,
  `sector` varchar(255) null,
  `cell` varchar(255) null,
  `quarter` varchar(255) null,
  `businessfunction` varchar(255) null,
  `business` varchar(255) null,
  `comment` varchar(255) null,
  `updatetime` datetime null,
  `type` varchar(255) null,
  `updateserverid` int null,
  KEY `adminprivate_privateid` (`privateid`),
  KEY `adminprivate_personid` (`personid`),
  KEY `adminprivate_updatetime` (`updatetime`)
);

-- ocadmin database
CREATE TABLE `AdminSocSec` (
  `socsecid` int null,
  `personid` int null,
  `covered` varchar(255) null,
  `enterprise` varchar(255) null,
  `assurancenumber` varchar(255) null,
  `assurancetype` varchar(255) null,
  `start` datetime null,
  `stop` datetime null,
  `comment` varchar(255) null,
  `updatetime` datetime null,
  `updateserverid` int null,
  KEY `personid` (`personid`),
  KEY `updatetime` (`updatetime`)
);

-- ocadmin database
CREATE TABLE `AdminExtends` (
  `personid` int null,
  `extendid` int null,
  `extendtype` varchar(255) null,
  `labelid` varchar(255) null,
  `extendvalue` varchar(255) null,
  `updatetime` datetime null,
  `updateuserid` int null,
  `updateserverid` int null,
  KEY `adminextends_personid` (`personid`),
  KEY `adminextends_updatetime` (`updatetime`),
  KEY `adminextends_labelid_extendvalue` (`labelid`, `extendvalue`)
);

-- ocadmin database
CREATE TABLE `AdminFamilyrelation` (
  `relationid` int null,
  `sourceid` int null,
  `destinationid` int null,
  `relationtype` varchar(255) null,
  `updatetime` datetime null,
  `updateserverid` int null,
  KEY `sourceid` (`sourceid`),
  KEY `destinationid` (`destinationid`)
);

-- ocadmin database
CREATE TABLE `AdminPhysicians` (
  `personid` int not null,
  `PhysicianLastname` varchar(255) null,
  `PhysicianFirstname` varchar(255) null,
  `PhysicianAddress` varchar(255) null,
  `PhysicianZipcode` varchar(255) null,
  `PhysicianCity` varchar(255) null,
  `PhysicianPhone` varchar(255) null,
  `PhysicianSendReport` int null,
  `updatetime` datetime null,
  `updateuserid` int null,
  KEY `admin_personid` (`personid`)
);

-- ocadmin database
CREATE TABLE `Users` (
  `userid` int null,
  `personid` int null,
  `start` datetime null,
  `stop` datetime null,
  `updatetime` datetime null,
  `project` varchar(255) null,
  `encryptedpassword` longblob null,
  KEY `users_userid` (`userid`),
  KEY `users_personid` (`personid`)
);

-- ocadmin database
CREATE TABLE `UserParameters` (
  `userid` int null,
  `parameter` varchar(255) null,
  `value` varchar(255) null,
  `active` int null,
  `updatetime` datetime null,
  KEY `userpars_userid_parameter` (`userid`, `parameter`),
  KEY `userpars_updatetime` (`updatetime`)
);

-- ocadmin database
CREATE TABLE `UserServices` (
  `userid` int null,
  `serviceid` varchar(255) null,
  `updatetime` datetime null,
  `activeservice` int null
);

-- ocadmin database
CREATE TABLE `AccessLogs` (
  `userid` int null,
  `accesstime` datetime null,
  `accessid` int null,
  `accesscode` varchar(255) null,
  KEY `index_accessid` (`accessid`),
  KEY `index_accesscode` (`accesscode`),
  KEY `accesstimeuserid` (`userid`, `accesstime`)
);

-- ocadmin database
CREATE TABLE `AccessRights` (
  `userid` int null,
  `accessright` varchar(255) null,
  `active` int null,
  `updatetime` datetime null,
  KEY `accessrights_updatetime` (`updatetime`)
);

-- ocadmin database
CREATE TABLE `UsedPasswords` (
  `usedPasswordId` int null,
  `encryptedPassword` longblob null,
  `userId` int null,
  `updatetime` datetime null,
  `serverId` int null,
  KEY `userid` (`userId`)
);

-- ocadmin database
CREATE TABLE `intrusionAttempts` (
  `intruderID` varchar(255) null,
  `intrusionCount` int null,
  `blocked` char(1) null,
  `releaseTime` datetime null
);

-- ocadmin database
CREATE TABLE `Services` (
  `serviceid` varchar(100) null,
  `address` varchar(100) null,
  `city` varchar(100) null,
  `zipcode` varchar(10) null,
  `country` varchar(100) null,
  `telephone` varchar(100) null,
  `fax` varchar(100) null,
  `email` varchar(100) null,
  `comment` varchar(255) null,
  `updatetime` datetime null,
  `code1` varchar(50) null,
  `code2` varchar(50) null,
  `code3` varchar(50) null,
  `code4` varchar(50) null,
  `code5` varchar(50) null,
  `code6` varchar(50) null,
  `serviceparentid` varchar(50) null,
  `servicelanguage` char(2) null,
  `serviceorder` char(2) null,
  `inscode` char(50) null,
  `updateuserid` int null,
  `contract` varchar(255) null,
  `contracttype` varchar(255) null,
  `contactperson` varchar(255) null,
  `contractdate` datetime null,
  `portal_email` varchar(255) null,
  `contactaddress` varchar(255) null,
  `contactzipcode` varchar(255) null,
  `contactcity` varchar(255) null,
  `contactcountry` varchar(255) null,
  `contacttelephone` varchar(255) null,
  `contactfax` varchar(255) null,
  `contactemail` varchar(255) null,
  `defaultcontext` varchar(255) null,
  `defaultservicestockuid` varchar(255) null,
  `inactive` int null,
  `costcenter` varchar(50) null,
  `acceptsVisits` int null,
  `performeruid` varchar(50) null,
  `stayprestationuid` varchar(50) null,
  `serviceadmissionlimit` int null,
  `users` varchar(255) null,
  KEY `services_serviceid` (`serviceid`),
  KEY `services_zipcode` (`zipcode`),
  KEY `services_updatetime` (`updatetime`),
  KEY `serviceparentid` (`serviceparentid`)
);

-- openclinic database
CREATE TABLE `Healthrecord` (
  `healthRecordId` int null,
  `dateBegin` datetime null,
  `dateEnd` datetime null,
  `personId` int null,
  `serverid` int null,
  `version` int null,
  `versionserverid` int null,
  KEY `healthrecord_healthrecordid` (`healthRecordId`),
  KEY `healthrecord_personid` (`personId`)
);

-- openclinic database
CREATE TABLE `Transactions` (
  `transactionId` int null,
  `creationDate` datetime null,
  `transactionType` varchar(255) null,
  `updateTime` datetime null,
  `status` int null,
  `healthRecordId` int null,
  `userId` int null,
  `serverid` int null,
  `version` int null,
  `versionserverid` int null,
  `ts` datetime null,
  KEY `transactions_transactionid` (`transactionId`),
  KEY `transactions_healthrecordid` (`healthRecordId`),
  KEY `transactions_ts` (`ts`),
  KEY `transactions_updatetime` (`updateTime`)
);

-- openclinic database
CREATE TABLE `Items` (
  `itemId` int null,
  `type` varchar(255) null,
  `value` varchar(255) null,
  `date` datetime null,
  `transactionId` int null,
  `serverid` int null,
  `version` int null,
  `versionserverid` int null,
  `priority` int null,
  `valuehash` int null,
  KEY `items_itemid` (`itemId`),
  KEY `items_transactionid` (`transactionId`),
  KEY `items_serveridtransactionid` (`serverid`, `transactionId`),
  KEY `items_valuehash` (`valuehash`)
);

-- openclinic database
CREATE TABLE `OC_ENCOUNTERS` (
  `OC_ENCOUNTER_SERVERID` int not null,
  `OC_ENCOUNTER_OBJECTID` int not null,
  `OC_ENCOUNTER_TYPE` varchar(50) null,
  `OC_ENCOUNTER_BEGINDATE` datetime null,
  `OC_ENCOUNTER_ENDDATE` datetime null,
  `OC_ENCOUNTER_PATIENTUID` varchar(20) null,
  `OC_ENCOUNTER_CREATETIME` datetime null,
  `OC_ENCOUNTER_UPDATETIME` datetime null,
  `OC_ENCOUNTER_UPDATEUID` varchar(20) null,
  `OC_ENCOUNTER_VERSION` int null,
  `OC_ENCOUNTER_OUTCOME` varchar(255) null,
  `OC_ENCOUNTER_DESTINATIONUID` varchar(255) null,
  `OC_ENCOUNTER_ORIGIN` varchar(255) null,
  `OC_ENCOUNTER_SITUATION` varchar(50) null,
  `OC_ENCOUNTER_PROCESSED` datetime null,
  `OC_ENCOUNTER_CATEGORIES` varchar(50) null,
  `OC_ENCOUNTER_NEWCASE` int null,
  `OC_ENCOUNTER_ETIOLOGY` varchar(255) null,
  `OC_ENCOUNTER_MODIFIERS` varchar(5000) null,
  KEY `OC_ENCOUNTER_OBJECTID` (`OC_ENCOUNTER_OBJECTID`),
  KEY `OC_ENCOUNTER_BEGINDATE` (`OC_ENCOUNTER_BEGINDATE`),
  KEY `OC_ENCOUNTER_ENDDATE` (`OC_ENCOUNTER_ENDDATE`),
  KEY `OC_ENCOUNTER_PATIENTUID` (`OC_ENCOUNTER_PATIENTUID`),
  KEY `OC_ENCOUNTER_PROCESSED` (`OC_ENCOUNTER_PROCESSED`),
  KEY `OC_ENCOUNTER_UPDATETIME` (`OC_ENCOUNTER_UPDATETIME`)
);

-- openclinic database
CREATE TABLE `OC_ENCOUNTER_SERVICES` (
  `OC_ENCOUNTER_SERVERID` int null,
  `OC_ENCOUNTER_OBJECTID` int null,
  `OC_ENCOUNTER_SERVICEUID` varchar(50) null,
  `OC_ENCOUNTER_BEDUID` varchar(50) null,
  `OC_ENCOUNTER_MANAGERUID` varchar(50) null,
  `OC_ENCOUNTER_SERVICEBEGINDATE` datetime null,
  `OC_ENCOUNTER_SERVICEENDDATE` datetime null,
  KEY `ENCOUNTERSERVICES_OBJECTID` (`OC_ENCOUNTER_OBJECTID`),
  KEY `ENCOUNTERSERVICES_ENDDATE` (`OC_ENCOUNTER_SERVICEBEGINDATE`),
  KEY `ENCOUNTERSERVICES_ENDDATE2` (`OC_ENCOUNTER_SERVICEENDDATE`)
);

-- openclinic database
CREATE TABLE `OC_DIAGNOSES` (
  `OC_DIAGNOSIS_SERVERID` int null,
  `OC_DIAGNOSIS_OBJECTID` int null,
  `OC_DIAGNOSIS_DATE` datetime null,
  `OC_DIAGNOSIS_ENCOUNTERUID` varchar(20) null,
  `OC_DIAGNOSIS_AUTHORUID` varchar(20) null,
  `OC_DIAGNOSIS_CODE` varchar(10) null,
  `OC_DIAGNOSIS_CERTAINTY` int null,
  `OC_DIAGNOSIS_GRAVITY` int null,
  `OC_DIAGNOSIS_CREATETIME` datetime null,
  `OC_DIAGNOSIS_UPDATETIME` datetime null,
  `OC_DIAGNOSIS_UPDATEUID` varchar(10) null,
  `OC_DIAGNOSIS_VERSION` int null,
  `OC_DIAGNOSIS_LATERALISATION` varchar(255) null,
  `OC_DIAGNOSIS_CODETYPE` varchar(10) null,
  `OC_DIAGNOSIS_ENDDATE` datetime null,
  `OC_DIAGNOSIS_REFERENCETYPE` varchar(10) null,
  `OC_DIAGNOSIS_REFERENCEUID` varchar(25) null,
  `OC_DIAGNOSIS_POA` char(1) null,
  `OC_DIAGNOSIS_ENCOUNTEROBJECTID` varchar(20) null,
  `OC_DIAGNOSIS_NC` char(1) null,
  `OC_DIAGNOSIS_SERVICEUID` varchar(50) null,
  `OC_DIAGNOSIS_FLAGS` varchar(50) null,
  KEY `AUTHORUID` (`OC_DIAGNOSIS_AUTHORUID`),
  KEY `CODE` (`OC_DIAGNOSIS_CODE`),
  KEY `ENCOUNTER` (`OC_DIAGNOSIS_ENCOUNTEROBJECTID`),
  KEY `ENCOUNTERUID` (`OC_DIAGNOSIS_ENCOUNTERUID`),
  KEY `REFERENCEUID` (`OC_DIAGNOSIS_REFERENCETYPE`, `OC_DIAGNOSIS_REFERENCEUID`)
);

-- openclinic database
CREATE TABLE `OC_RFE` (
  `OC_RFE_SERVERID` int not null,
  `OC_RFE_OBJECTID` int not null,
  `OC_RFE_ENCOUNTERUID` varchar(50) null,
  `OC_RFE_CODETYPE` varchar(10) null,
  `OC_RFE_CODE` varchar(10) null,
  `OC_RFE_DATE` datetime null,
  `OC_RFE_FLAGS` varchar(255) null,
  `OC_RFE_VERSION` int null,
  `OC_RFE_CREATETIME` datetime null,
  `OC_RFE_UPDATETIME` datetime not null,
  `OC_RFE_UPDATEUID` varchar(50) not null,
  KEY `OC_RFE_OBJECTID` (`OC_RFE_OBJECTID`),
  KEY `OC_RFE_OENCOUNTERUID` (`OC_RFE_ENCOUNTERUID`),
  KEY `OC_RFE_DATE` (`OC_RFE_DATE`)
);

-- openclinic database
CREATE TABLE `OC_PROBLEMS` (
  `OC_PROBLEM_PATIENTUID` varchar(50) null,
  `OC_PROBLEM_CODETYPE` varchar(10) null,
  `OC_PROBLEM_CODE` varchar(50) null,
  `OC_PROBLEM_BEGIN` datetime null,
  `OC_PROBLEM_END` datetime null,
  `OC_PROBLEM_SERVERID` int null,
  `OC_PROBLEM_OBJECTID` int null,
  `OC_PROBLEM_CREATETIME` datetime null,
  `OC_PROBLEM_UPDATETIME` datetime null,
  `OC_PROBLEM_UPDATEUID` varchar(50) null,
  `OC_PROBLEM_VERSION` int null,
  `OC_PROBLEM_GRAVITY` int null,
  `OC_PROBLEM_CERTAINTY` int null,
  `OC_PROBLEM_COMMENT` text null,
  KEY `OC_PROBLEM_PATIENTUID` (`OC_PROBLEM_PATIENTUID`)
);

-- openclinic database
CREATE TABLE `OC_PRESCRIPTIONS` (
  `OC_PRESCR_SERVERID` int not null,
  `OC_PRESCR_OBJECTID` int not null,
  `OC_PRESCR_PATIENTUID` varchar(255) null,
  `OC_PRESCR_PRESCRIBERUID` varchar(255) null,
  `OC_PRESCR_PRODUCTUID` varchar(255) null,
  `OC_PRESCR_BEGIN` datetime null,
  `OC_PRESCR_END` datetime null,
  `OC_PRESCR_TIMEUNIT` varchar(255) null,
  `OC_PRESCR_TIMEUNITCOUNT` int null,
  `OC_PRESCR_UNITSPERTIMEUNIT` float null,
  `OC_PRESCR_SUPPLYINGSERVICEUID` varchar(255) null,
  `OC_PRESCR_SERVICESTOCKUID` varchar(255) null,
  `OC_PRESCR_REQUIREDPACKAGES` int null,
  `OC_PRESCR_CREATETIME` datetime not null,
  `OC_PRESCR_UPDATETIME` datetime not null,
  `OC_PRESCR_UPDATEUID` varchar(255) not null,
  `OC_PRESCR_VERSION` int not null,
  `OC_PRESCR_AUTHORIZATION` varchar(255) not null,
  `OC_PRESCR_DIAGNOSISUID` varchar(50) null,
  `OC_PRESCR_ROUTE` varchar(50) null,
  KEY `OC_PRESCR_OBJECTID` (`OC_PRESCR_OBJECTID`),
  KEY `OC_PRESCR_PATIENTUID` (`OC_PRESCR_PATIENTUID`),
  KEY `OC_PRESCR_PRODUCTUID` (`OC_PRESCR_PRODUCTUID`),
  KEY `OC_PRESCR_SERVICESTOCKUID` (`OC_PRESCR_SERVICESTOCKUID`)
);

-- openclinic database
CREATE TABLE `OC_CHRONICMEDICATIONS` (
  `OC_CHRONICMED_SERVERID` int not null,
  `OC_CHRONICMED_OBJECTID` int not null,
  `OC_CHRONICMED_PATIENTUID` varchar(255) null,
  `OC_CHRONICMED_PRESCRIBERUID` varchar(255) null,
  `OC_CHRONICMED_PRODUCTUID` varchar(255) null,
  `OC_CHRONICMED_BEGIN` datetime null,
  `OC_CHRONICMED_TIMEUNIT` varchar(255) null,
  `OC_CHRONICMED_TIMEUNITCOUNT` int null,
  `OC_CHRONICMED_UNITSPERTIMEUNIT` float null,
  `OC_CHRONICMED_CREATETIME` datetime not null,
  `OC_CHRONICMED_UPDATETIME` datetime not null,
  `OC_CHRONICMED_UPDATEUID` varchar(255) not null,
  `OC_CHRONICMED_VERSION` int not null,
  KEY `OC_CHRONICMED_OBJECTID` (`OC_CHRONICMED_OBJECTID`),
  KEY `OC_CHRONICMED_PATIENTUID` (`OC_CHRONICMED_PATIENTUID`),
  KEY `OC_CHRONICMED_PRODUCTUID` (`OC_CHRONICMED_PRODUCTUID`),
  KEY `OC_CHRONICMED_PRESCRIBERUID` (`OC_CHRONICMED_PRESCRIBERUID`)
);

-- openclinic database
CREATE TABLE `OC_PRODUCTS` (
  `OC_PRODUCT_SERVERID` int not null,
  `OC_PRODUCT_OBJECTID` int not null,
  `OC_PRODUCT_NAME` varchar(255) null,
  `OC_PRODUCT_UNIT` varchar(255) null,
  `OC_PRODUCT_UNITPRICE` float null,
  `OC_PRODUCT_PACKAGEUNITS` int null,
  `OC_PRODUCT_MINORDERPACKAGES` int null,
  `OC_PRODUCT_SUPPLIERUID` varchar(255) null,
  `OC_PRODUCT_TIMEUNIT` varchar(255) null,
  `OC_PRODUCT_TIMEUNITCOUNT` int null,
  `OC_PRODUCT_UNITSPERTIMEUNIT` float null,
  `OC_PRODUCT_PRODUCTGROUP` varchar(255) null,
  `OC_PRODUCT_PRODUCTSUBGROUP` varchar(255) null,
  `OC_PRODUCT_CREATETIME` datetime not null,
  `OC_PRODUCT_UPDATETIME` datetime not null,
  `OC_PRODUCT_UPDATEUID` varchar(255) not null,
  `OC_PRODUCT_VERSION` int not null,
  `OC_PRODUCT_PRESCRIPTIONINFO` varchar(255) null,
  `OC_PRODUCT_BARCODE` varchar(50) null,
  `OC_PRODUCT_PRESTATIONCODE` varchar(50) null,
  `OC_PRODUCT_PRESTATIONQUANTITY` int null,
  `OC_PRODUCT_MARGIN` float null,
  `OC_PRODUCT_APPLYLOWERPRICES` int null,
  `OC_PRODUCT_AUTOMATICINVOICING` int null,
  `OC_PRODUCT_ATCCODE` varchar(50) null,
  `OC_PRODUCT_TOTALUNITS` float null,
  `OC_PRODUCT_RXNORMCODE` varchar(50) null,
  `OC_PRODUCT_CODE` varchar(50) null,
  `OC_PRODUCT_DOSE` varchar(50) null,
  `OC_PRODUCT_DHIS2CODE` varchar(50) null,
  `OC_PRODUCT_ROUTE` varchar(50) null,
  KEY `OC_PRODUCT_OBJECTID` (`OC_PRODUCT_OBJECTID`),
  KEY `OC_PRODUCT_CODE` (`OC_PRODUCT_CODE`),
  KEY `OC_PRODUCT_DHIS2CODE` (`OC_PRODUCT_DHIS2CODE`)
);

-- openclinic database
CREATE TABLE `RequestedLabanalyses` (
  `serverid` int null,
  `objectid` int null,
  `transactionid` int null,
  `analysiscode` varchar(50) null,
  `comment` varchar(255) null,
  `resultvalue` varchar(255) null,
  `resultunit` varchar(50) null,
  `resultmodifier` varchar(50) null,
  `resultcomment` text null,
  `resultrefmax` varchar(50) null,
  `resultrefmin` varchar(50) null,
  `resultdate` datetime null,
  `resultuserid` int null,
  `patientid` int null,
  `resultprovisional` varchar(1) null,
  `technicalvalidator` int null,
  `technicalvalidationdatetime` datetime null,
  `finalvalidator` int null,
  `finalvalidationdatetime` datetime null,
  `requestdatetime` datetime null,
  `samplereceptiondatetime` datetime null,
  `sampletakendatetime` datetime null,
  `sampler` int null,
  `worklisteddatetime` datetime null,
  `updatetime` datetime null,
  KEY `transactionid` (`transactionid`),
  KEY `patientid` (`patientid`),
  KEY `objectid` (`objectid`),
  KEY `updatetime` (`updatetime`),
  KEY `newresultdate` (`resultdate`),
  KEY `requestdatetime` (`requestdatetime`),
  KEY `finalvalidationdatetime` (`finalvalidationdatetime`)
);

-- openclinic database
CREATE TABLE `LabAnalysis` (
  `labID` int null,
  `labcode` varchar(50) null,
  `labtype` varchar(50) null,
  `monster` varchar(50) null,
  `biomonitoring` varchar(50) null,
  `medidoccode` varchar(50) null,
  `dhis2code` varchar(50) null,
  `comment` varchar(255) null,
  `updateuserid` int null,
  `historydays` int null,
  `historyvalues` int null,
  `updatetime` datetime null,
  `deletetime` datetime null,
  `labcodeother` varchar(1) null,
  `limitvalue` varchar(50) null,
  `alertvalue` varchar(50) null,
  `shorttimevalue` varchar(50) null,
  `unit` varchar(50) null,
  `editor` varchar(50) null,
  `editorparameters` varchar(255) null,
  `limitedvisibility` int null,
  `unavailable` int null,
  `prestationcode` varchar(50) null,
  `procedureuid` varchar(50) null,
  `section` varchar(50) null,
  KEY `labanalysis_labID` (`labID`),
  KEY `labanalysis_labcode` (`labcode`)
);

-- openclinic database
CREATE TABLE `OC_PATIENTINVOICES` (
  `OC_PATIENTINVOICE_SERVERID` int not null,
  `OC_PATIENTINVOICE_OBJECTID` int not null,
  `OC_PATIENTINVOICE_ID` int null,
  `OC_PATIENTINVOICE_DATE` datetime null,
  `OC_PATIENTINVOICE_PATIENTUID` varchar(20) null,
  `OC_PATIENTINVOICE_CREATETIME` datetime not null,
  `OC_PATIENTINVOICE_UPDATETIME` datetime not null,
  `OC_PATIENTINVOICE_UPDATEUID` varchar(255) not null,
  `OC_PATIENTINVOICE_VERSION` int not null,
  `OC_PATIENTINVOICE_STATUS` varchar(255) not null,
  `OC_PATIENTINVOICE_BALANCE` float null,
  `OC_PATIENTINVOICE_NUMBER` varchar(50) null,
  `OC_PATIENTINVOICE_INSURARREFERENCE` varchar(50) null,
  `OC_PATIENTINVOICE_INSURARREFERENCEDATE` varchar(50) null,
  `OC_PATIENTINVOICE_ACCEPTATIONUID` varchar(50) null,
  `OC_PATIENTINVOICE_VERIFIER` varchar(255) null,
  `OC_PATIENTINVOICE_COMMENT` varchar(255) null,
  `OC_PATIENTINVOICE_MODIFIERS` varchar(255) null,
  KEY `OC_PATIENTINVOICE_OBJECTID` (`OC_PATIENTINVOICE_OBJECTID`),
  KEY `OC_PATIENTINVOICE_DATE` (`OC_PATIENTINVOICE_DATE`),
  KEY `OC_PATIENTINVOICE_UPDATETIME` (`OC_PATIENTINVOICE_UPDATETIME`),
  KEY `OC_PATIENTINVOICE_PATIENTUID` (`OC_PATIENTINVOICE_PATIENTUID`),
  KEY `OC_PATIENTINVOICE_COMMENT` (`OC_PATIENTINVOICE_COMMENT`)
);

-- openclinic database
CREATE TABLE `OC_DEBETS` (
  `OC_DEBET_SERVERID` int not null,
  `OC_DEBET_OBJECTID` int not null,
  `OC_DEBET_AMOUNT` float null,
  `OC_DEBET_INSURARAMOUNT` float null,
  `OC_DEBET_BALANCEUID` varchar(50) null,
  `OC_DEBET_DATE` datetime null,
  `OC_DEBET_DESCRIPTION` varchar(50) null,
  `OC_DEBET_ENCOUNTERUID` varchar(50) null,
  `OC_DEBET_PRESTATIONUID` varchar(50) null,
  `OC_DEBET_SUPPLIERTYPE` varchar(50) null,
  `OC_DEBET_SUPPLIERUID` varchar(50) null,
  `OC_DEBET_REFTYPE` varchar(50) null,
  `OC_DEBET_REFUID` varchar(255) null,
  `OC_DEBET_CREATETIME` datetime not null,
  `OC_DEBET_UPDATETIME` datetime not null,
  `OC_DEBET_UPDATEUID` varchar(50) not null,
  `OC_DEBET_VERSION` int not null,
  `OC_DEBET_INSURANCEUID` varchar(50) null,
  `OC_DEBET_PATIENTINVOICEUID` varchar(50) null,
  `OC_DEBET_INSURARINVOICEUID` varchar(50) null,
  `OC_DEBET_COMMENT` varchar(255) null,
  `OC_DEBET_EXTRAINSURARUID` varchar(50) null,
  `OC_DEBET_EXTRAINSURARINVOICEUID` varchar(50) null,
  `OC_DEBET_EXTRAINSURARAMOUNT` float null,
  `OC_DEBET_CREDITED` int null,
  `OC_DEBET_QUANTITY` int null,
  `OC_DEBET_RENEWALINTERVAL` int null,
  `OC_DEBET_RENEWALDATE` datetime null,
  `OC_DEBET_PERFORMERUID` varchar(50) null,
  `OC_DEBET_EXTRAINSURARUID2` varchar(50) null,
  `OC_DEBET_EXTRAINSURARINVOICEUID2` varchar(50) null,
  `OC_DEBET_EXTRAINSURARAMOUNT2` float null,
  `OC_DEBET_SERVICEUID` varchar(50) null,
  KEY `OC_DEBET_OBJECTID` (`OC_DEBET_OBJECTID`),
  KEY `OC_DEBET_DATE_UID` (`OC_DEBET_DATE`, `OC_DEBET_UPDATEUID`, `OC_DEBET_PRESTATIONUID`),
  KEY `OC_DEBET_DATE` (`OC_DEBET_DATE`),
  KEY `OC_DEBET_UPDATETIME` (`OC_DEBET_UPDATETIME`),
  KEY `OC_DEBET_BALANCEUID` (`OC_DEBET_BALANCEUID`),
  KEY `OC_DEBET_ENCOUNTERUID` (`OC_DEBET_ENCOUNTERUID`),
  KEY `OC_DEBET_REFUID` (`OC_DEBET_REFUID`),
  KEY `OC_DEBET_INSURANCEUID` (`OC_DEBET_INSURANCEUID`),
  KEY `OC_DEBET_PATIENTINVOICEUID` (`OC_DEBET_PATIENTINVOICEUID`),
  KEY `OC_DEBET_INSURARINVOICEUID` (`OC_DEBET_INSURARINVOICEUID`),
  KEY `OC_DEBET_EXTRAINSURARUID` (`OC_DEBET_EXTRAINSURARUID`),
  KEY `OC_DEBET_EXTRAINSURARINVOICEUID` (`OC_DEBET_EXTRAINSURARINVOICEUID`),
  KEY `OC_DEBET_EXTRAINSURARUID2` (`OC_DEBET_EXTRAINSURARUID2`),
  KEY `OC_DEBET_EXTRAINSURARINVOICEUID2` (`OC_DEBET_EXTRAINSURARINVOICEUID2`)
);

-- openclinic database
CREATE TABLE `OC_PATIENTCREDITS` (
  `OC_PATIENTCREDIT_SERVERID` int null,
  `OC_PATIENTCREDIT_OBJECTID` int null,
  `OC_PATIENTCREDIT_CREATEDATETIME` datetime null,
  `OC_PATIENTCREDIT_UPDATETIME` datetime null,
  `OC_PATIENTCREDIT_UPDATEUID` varchar(20) null,
  `OC_PATIENTCREDIT_VERSION` int null,
  `OC_PATIENTCREDIT_DATE` datetime null,
  `OC_PATIENTCREDIT_INVOICEUID` varchar(25) null,
  `OC_PATIENTCREDIT_AMOUNT` float null,
  `OC_PATIENTCREDIT_TYPE` varchar(255) null,
  `OC_PATIENTCREDIT_CATEGORY` varchar(255) null,
  `OC_PATIENTCREDIT_ENCOUNTERUID` varchar(20) null,
  `OC_PATIENTCREDIT_CURRENCY` varchar(20) null,
  `OC_PATIENTCREDIT_COMMENT` varchar(255) null,
  KEY `PATIENTCREDIT_OBJECTID` (`OC_PATIENTCREDIT_OBJECTID`),
  KEY `PATIENTCREDIT_INVOICEUID` (`OC_PATIENTCREDIT_INVOICEUID`),
  KEY `PATIENTCREDIT_ENCOUNTERUID` (`OC_PATIENTCREDIT_ENCOUNTERUID`)
);

-- openclinic database
CREATE TABLE `OC_PRESTATIONS` (
  `OC_PRESTATION_SERVERID` int not null,
  `OC_PRESTATION_OBJECTID` int not null,
  `OC_PRESTATION_CODE` varchar(255) null,
  `OC_PRESTATION_DESCRIPTION` varchar(255) null,
  `OC_PRESTATION_PRICE` float null,
  `OC_PRESTATION_REFTYPE` varchar(255) null,
  `OC_PRESTATION_REFUID` varchar(255) null,
  `OC_PRESTATION_TYPE` varchar(255) null,
  `OC_PRESTATION_CREATETIME` datetime not null,
  `OC_PRESTATION_UPDATETIME` datetime not null,
  `OC_PRESTATION_UPDATEUID` varchar(255) not null,
  `OC_PRESTATION_VERSION` varchar(255) null,
  `OC_PRESTATION_CATEGORIES` varchar(255) null,
  `OC_PRESTATION_INVOICEGROUP` varchar(50) null,
  `OC_PRESTATION_MFPPERCENTAGE` int null,
  `OC_PRESTATION_RENEWALINTERVAL` int null,
  `OC_PRESTATION_COVERAGEPLAN` varchar(50) null,
  `OC_PRESTATION_COVERAGEPLANCATEGORY` varchar(10) null,
  `OC_PRESTATION_VARIABLEPRICE` int null,
  `OC_PRESTATION_INACTIVE` int null,
  `OC_PRESTATION_PERFORMERUID` varchar(50) null,
  `OC_PRESTATION_SUPPLEMENT` float null,
  `OC_PRESTATION_CLASS` varchar(50) null,
  `OC_PRESTATION_MODIFIERS` varchar(255) null,
  `OC_PRESTATION_SERVICEUID` varchar(50) null,
  `OC_PRESTATION_NOMENCLATURE` varchar(50) null,
  `OC_PRESTATION_DHIS2CODE` varchar(50) null,
  `OC_PRESTATION_KEYWORDS` varchar(255) null,
  KEY `OC_PRESTATION_OBJECTID` (`OC_PRESTATION_OBJECTID`),
  KEY `OC_PRESTATION_CODE` (`OC_PRESTATION_CODE`)
);

-- openclinic database
CREATE TABLE `OC_INSURANCES` (
  `OC_INSURANCE_SERVERID` int not null,
  `OC_INSURANCE_OBJECTID` int not null,
  `OC_INSURANCE_NR` varchar(255) null,
  `OC_INSURANCE_INSURARUID` varchar(255) null,
  `OC_INSURANCE_TYPE` varchar(255) null,
  `OC_INSURANCE_START` datetime null,
  `OC_INSURANCE_STOP` datetime null,
  `OC_INSURANCE_COMMENT` varchar(255) null,
  `OC_INSURANCE_CREATETIME` datetime not null,
  `OC_INSURANCE_UPDATETIME` datetime not null,
  `OC_INSURANCE_UPDATEUID` varchar(255) not null,
  `OC_INSURANCE_VERSION` int not null,
  `OC_INSURANCE_PATIENTUID` varchar(255) not null,
  `OC_INSURANCE_INSURANCECATEGORYLETTER` varchar(255) null,
  `OC_INSURANCE_MEMBER` varchar(255) null,
  `OC_INSURANCE_MEMBER_IMMAT` varchar(50) null,
  `OC_INSURANCE_MEMBER_EMPLOYER` varchar(255) null,
  `OC_INSURANCE_STATUS` varchar(50) null,
  `OC_INSURANCE_EXTRAINSURARUID` varchar(50) null,
  `OC_INSURANCE_EXTRAINSURARUID2` varchar(50) null,
  `OC_INSURANCE_DEFAULT` int null,
  `OC_INSURANCE_MEMBERCATEGORY` varchar(50) null,
  `OC_INSURANCE_FAMILYCODE` varchar(50) null,
  KEY `OC_INSURANCE_OBJECTID` (`OC_INSURANCE_OBJECTID`),
  KEY `OC_INSURANCE_INSURARUID` (`OC_INSURANCE_INSURARUID`),
  KEY `OC_INSURANCE_PATIENTUID` (`OC_INSURANCE_PATIENTUID`)
);

-- openclinic database
CREATE TABLE `OC_INSURARS` (
  `OC_INSURAR_SERVERID` int not null,
  `OC_INSURAR_OBJECTID` int not null,
  `OC_INSURAR_CREATETIME` datetime null,
  `OC_INSURAR_UPDATETIME` datetime null,
  `OC_INSURAR_VERSION` int null,
  `OC_INSURAR_UPDATEUID` varchar(50) null,
  `OC_INSURAR_NAME` varchar(255) null,
  `OC_INSURAR_CONTACT` varchar(255) null,
  `OC_INSURAR_LANGUAGE` varchar(2) null,
  `OC_INSURAR_CONTACTPERSON` varchar(255) null,
  `OC_INSURAR_OFFICIAL_NAME` varchar(255) null,
  `OC_INSURAR_TYPE` varchar(25) null,
  `OC_INSURAR_DEFAULTINSURARINVOICEMODEL` varchar(25) null,
  `OC_INSURAR_DEFAULTPATIENTINVOICEMODEL` varchar(25) null,
  `OC_INSURAR_ALLOWEDREDUCTIONS` varchar(255) null,
  `OC_INSURAR_MODIFIERS` varchar(255) null,
  KEY `OC_INSURAR_OBJECTID` (`OC_INSURAR_OBJECTID`),
  KEY `OC_INSURAR_NAME` (`OC_INSURAR_NAME`)
);

-- openclinic database
CREATE TABLE `OC_WICKET_CREDITS` (
  `OC_WICKET_CREDIT_SERVERID` int not null,
  `OC_WICKET_CREDIT_OBJECTID` int not null,
  `OC_WICKET_CREDIT_WICKETUID` varchar(50) null,
  `OC_WICKET_CREDIT_OPERATIONDATE` datetime null,
  `OC_WICKET_CREDIT_AMOUNT` float null,
  `OC_WICKET_CREDIT_USERUID` int null,
  `OC_WICKET_CREDIT_TYPE` varchar(50) null,
  `OC_WICKET_CREDIT_COMMENT` varchar(255) null,
  `OC_WICKET_CREDIT_REFERENCETYPE` varchar(50) null,
  `OC_WICKET_CREDIT_REFERENCEUID` varchar(50) null,
  `OC_WICKET_CREDIT_CREATETIME` datetime null,
  `OC_WICKET_CREDIT_UPDATETIME` datetime null,
  `OC_WICKET_CREDIT_VERSION` int null,
  `OC_WICKET_CREDIT_INVOICEUID` varchar(50) null,
  `OC_WICKET_CREDIT_CURRENCY` varchar(20) null,
  `OC_WICKET_CREDIT_CATEGORY` varchar(50) null,
  KEY `OC_WICKET_CREDIT_OBJECTID` (`OC_WICKET_CREDIT_OBJECTID`),
  KEY `OC_WICKET_CREDIT_INVOICEUID` (`OC_WICKET_CREDIT_INVOICEUID`),
  KEY `OC_WICKET_CREDIT_REFERENCEUID` (`OC_WICKET_CREDIT_REFERENCEUID`),
  KEY `WICKETUID_OPERATIONDATE` (`OC_WICKET_CREDIT_WICKETUID`, `OC_WICKET_CREDIT_OPERATIONDATE`)
);

-- openclinic database
CREATE TABLE `OC_PLANNING` (
  `OC_PLANNING_PATIENTUID` varchar(255) null,
  `OC_PLANNING_USERUID` varchar(255) null,
  `OC_PLANNING_PLANNEDDATE` datetime null,
  `OC_PLANNING_EFFECTIVEDATE` datetime null,
  `OC_PLANNING_CANCELATIONDATE` datetime null,
  `OC_PLANNING_CONTACTTYPE` varchar(255) null,
  `OC_PLANNING_CONTACTUID` varchar(255) null,
  `OC_PLANNING_DESCRIPTION` text null,
  `OC_PLANNING_SERVERID` int null,
  `OC_PLANNING_TRANSACTIONUID` varchar(255) null,
  `OC_PLANNING_CREATETIME` datetime null,
  `OC_PLANNING_UPDATETIME` datetime null,
  `OC_PLANNING_UPDATEUID` varchar(255) null,
  `OC_PLANNING_VERSION` int null,
  `OC_PLANNING_OBJECTID` int null,
  `OC_PLANNING_ESTIMATIONTIME` varchar(255) null,
  `OC_PLANNING_CONTEXTID` varchar(255) null,
  `OC_PLANNING_SERVICEUID` varchar(50) null,
  `OC_PLANNING_PLANNEDEND` datetime null,
  `OC_PLANNING_REMINDSENT` datetime null,
  `OC_PLANNING_CANCELLATIONWARNINGSENT` datetime null,
  `OC_PLANNING_COMMENT` text null,
  `OC_PLANNING_CONFIRMATIONDATE` datetime null,
  `OC_PLANNING_MODIFIERS` text null,
  KEY `OC_PLANNING_PATIENTUID` (`OC_PLANNING_PATIENTUID`),
  KEY `OC_PLANNING_USERUID` (`OC_PLANNING_USERUID`),
  KEY `OC_PLANNING_PLANNEDDATE` (`OC_PLANNING_PLANNEDDATE`),
  KEY `OC_PLANNING_CONFIRMATIONDATE` (`OC_PLANNING_CONFIRMATIONDATE`),
  KEY `OC_PLANNING_OBJECTID` (`OC_PLANNING_OBJECTID`),
  KEY `OC_PLANNING_SERVICEUID` (`OC_PLANNING_SERVICEUID`)
);

-- openclinic database
CREATE TABLE `OC_VACCINATIONS` (
  `OC_VACCINATION_PATIENTUID` int null,
  `OC_VACCINATION_TYPE` varchar(50) null,
  `OC_VACCINATION_DATE` varchar(50) null,
  `OC_VACCINATION_BATCHNUMBER` varchar(50) null,
  `OC_VACCINATION_EXPIRY` varchar(50) null,
  `OC_VACCINATION_LOCATION` varchar(50) null,
  `OC_VACCINATION_OBSERVATION` varchar(255) null,
  `OC_VACCINATION_MODIFIER` varchar(255) null,
  `OC_VACCINATION_UPDATETIME` datetime null,
  KEY `OC_VACCINATION_PATIENTUID` (`OC_VACCINATION_PATIENTUID`),
  KEY `OC_VACCINATION_UPDATETIME` (`OC_VACCINATION_UPDATETIME`)
);

-- openclinic database
CREATE TABLE `OC_BEDS` (
  `OC_BED_SERVERID` int null,
  `OC_BED_OBJECTID` int null,
  `OC_BED_NAME` varchar(255) null,
  `OC_BED_SERVICEUID` varchar(50) null,
  `OC_BED_PRIORITY` int null,
  `OC_BED_COMMENT` text null,
  `OC_BED_LOCATION` varchar(255) null,
  `OC_BED_CREATETIME` datetime null,
  `OC_BED_UPDATETIME` datetime null,
  `OC_BED_UPDATEUID` varchar(50) null,
  `OC_BED_VERSION` int null,
  KEY `OC_BED_OBJECTID` (`OC_BED_OBJECTID`),
  KEY `OC_BED_SERVICEUID` (`OC_BED_SERVICEUID`)
);

-- openclinic database
CREATE TABLE `OC_PERSON_PICTURES` (
  `personid` int null,
  `picture` longblob null,
  KEY `personid` (`personid`)
);

-- openclinic database
CREATE TABLE `OC_FINGERPRINTS` (
  `personid` int null,
  `finger` char(2) null,
  `template` blob null,
  `jpg` blob null,
  KEY `personid` (`personid`)
);

-- openclinic database
CREATE TABLE `OC_MESSAGES` (
  `OC_MESSAGE_MESSAGEID` int null,
  `OC_MESSAGE_TYPE` varchar(50) null,
  `OC_MESSAGE_LANGUAGE` char(2) null,
  `OC_MESSAGE_TRANSPORT` varchar(50) null,
  `OC_MESSAGE_DATA` text null,
  `OC_MESSAGE_CREATEDATETIME` datetime null,
  `OC_MESSAGE_SENTDATETIME` datetime null,
  `OC_MESSAGE_SENDAFTER` datetime null,
  `OC_MESSAGE_SENTTO` varchar(255) null,
  KEY `OC_MESSAGE_MESSAGEID` (`OC_MESSAGE_MESSAGEID`)
);

-- openclinic database
CREATE TABLE `ICD10` (
  `code` char(6) null,
  `gender` char(1) null,
  `labelnl` varchar(255) null,
  `labelfr` varchar(255) null,
  `labelen` varchar(255) null,
  `labeles` varchar(255) null,
  KEY `code` (`code`)
);

-- openclinic database
CREATE TABLE `OC_LABELS` (
  `OC_LABEL_TYPE` varchar(255) not null,
  `OC_LABEL_ID` varchar(255) not null,
  `OC_LABEL_LANGUAGE` varchar(255) not null,
  `OC_LABEL_VALUE` varchar(255) null,
  `OC_LABEL_SHOWLINK` int null,
  `OC_LABEL_UPDATETIME` datetime null,
  `OC_LABEL_UPDATEUSERID` int null,
  KEY `OC_LABEL_ID` (`OC_LABEL_ID`)
);

-- openclinic database
CREATE TABLE `OC_Config` (
  `oc_key` varchar(255) not null,
  `updateuserid` int null,
  `updatetime` datetime null,
  `deletetime` datetime null,
  `comment` text null,
  `deletedate` datetime null,
  `override` int null,
  `defaultvalue` varchar(255) null,
  `oc_value` text null,
  `sql_value` text null,
  `synchronize` char(1) null
);

-- openclinic database
CREATE TABLE `HR_CONTRACTS` (
  `HR_CONTRACT_SERVERID` int null,
  `HR_CONTRACT_OBJECTID` int null,
  `HR_CONTRACT_PERSONID` int null,
  `HR_CONTRACT_BEGINDATE` datetime null,
  `HR_CONTRACT_ENDDATE` datetime null,
  `HR_CONTRACT_FUNCTIONCODE` varchar(50) null,
  `HR_CONTRACT_FUNCTIONTITLE` varchar(255) null,
  `HR_CONTRACT_FUNCTIONDESCRIPTION` text null,
  `HR_CONTRACT_REF1` varchar(50) null,
  `HR_CONTRACT_REF2` varchar(50) null,
  `HR_CONTRACT_REF3` varchar(50) null,
  `HR_CONTRACT_REF4` varchar(50) null,
  `HR_CONTRACT_REF5` varchar(50) null,
  `HR_CONTRACT_UPDATETIME` datetime null,
  `HR_CONTRACT_UPDATEID` int null,
  KEY `HR_CONTRACT_OBJECTID` (`HR_CONTRACT_OBJECTID`),
  KEY `HR_CONTRACT_PERSONID` (`HR_CONTRACT_PERSONID`)
);

