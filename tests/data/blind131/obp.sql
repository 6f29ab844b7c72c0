-- Open Bank Project API (OBP-API), github.com/OpenBankProject/OBP-API at commit 91e4e2b3 (AGPL-3.0).
-- OBP keeps its data through Lift Mapper classes (obp-api/src/main/scala/code/**); Lift derives the table from the class
-- name and each column from the field name, lower-cased (mcustomerid, mlegalname, createdat ... as upstream's own
-- scripts/sql/cre_views.sql reads them); a field whose name is an SQL reserved word gets the suffix _c (user_c, key_c,
-- date_c, view_c, transaction_c as upstream's SQL shows, type_c by the same rule); IdPK/MappedLongIndex give the
-- `id` primary key, CreatedUpdated the createdat/updatedat pair, MappedPassword the _pw/_slt pair. Types: MappedString(n),
-- MappedEmail(n) -> VARCHAR(n); MappedUUID -> VARCHAR(36); UUIDString -> VARCHAR(44), AccountIdString -> VARCHAR(64),
-- MediumString -> VARCHAR(20), MappedAccountNumber -> VARCHAR(128) (upstream's default lengths); MappedText -> TEXT;
-- MappedDateTime -> DATETIME; MappedDate -> DATE; MappedBoolean -> TINYINT(1); MappedInt -> INT; MappedLong and
-- MappedLongForeignKey -> BIGINT; MappedDouble -> DOUBLE. Upstream creates no foreign-key constraints by default
-- (mapper_rules.create_foreign_keys=false), so none are declared; 37 of its ~110 tables are taken.

-- model/dataAccess/AuthUser.scala, fields of Lift MegaProtoUser + OBP (class AuthUser)
CREATE TABLE `authuser` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `firstname` VARCHAR(100),
  `lastname` VARCHAR(100),
  `email` VARCHAR(48),
  `password_pw` VARCHAR(48),
  `password_slt` VARCHAR(20),
  `superuser` TINYINT(1),
  `validated` TINYINT(1),
  `uniqueid` VARCHAR(32),
  `locale` VARCHAR(16),
  `timezone` VARCHAR(32),
  `user_c` BIGINT,
  `username` VARCHAR(100),
  `provider` VARCHAR(100),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- model/dataAccess/ResourceUser.scala (class ResourceUser)
CREATE TABLE `resourceuser` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `userid_` VARCHAR(36),
  `email` VARCHAR(100),
  `name_` VARCHAR(100),
  `provider_` VARCHAR(100),
  `providerid` VARCHAR(100),
  `company` VARCHAR(50),
  `createdbyconsentid` VARCHAR(100),
  `createdbyuserinvitationid` VARCHAR(100),
  `isdeleted` TINYINT(1),
  `lastmarketingagreementsigneddate` DATE,
  `lastusedlocale` VARCHAR(10),
  PRIMARY KEY (`id`)
);

-- customer/MappedCustomerProvider.scala (class MappedCustomer)
CREATE TABLE `mappedcustomer` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mcustomerid` VARCHAR(36),
  `mbank` VARCHAR(44),
  `mnumber` VARCHAR(50),
  `mmobilenumber` VARCHAR(50),
  `mlegalname` VARCHAR(255),
  `memail` VARCHAR(200),
  `mfaceimageurl` VARCHAR(2000),
  `mfaceimagetime` DATETIME,
  `mdateofbirth` DATETIME,
  `mrelationshipstatus` VARCHAR(16),
  `mdependents` INT,
  `mhighesteducationattained` VARCHAR(32),
  `memploymentstatus` VARCHAR(32),
  `mcreditrating` VARCHAR(100),
  `mcreditsource` VARCHAR(100),
  `mcreditlimitcurrency` VARCHAR(100),
  `mcreditlimitamount` VARCHAR(100),
  `mkycstatus` TINYINT(1),
  `mlastokdate` DATETIME,
  `mtitle` VARCHAR(255),
  `mbranchid` VARCHAR(255),
  `mnamesuffix` VARCHAR(255),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- customeraddress/MappedCustomerAddressProvider.scala (class MappedCustomerAddress)
CREATE TABLE `mappedcustomeraddress` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mcustomerid` BIGINT,
  `mcustomeraddressid` VARCHAR(36),
  `mline1` VARCHAR(255),
  `mline2` VARCHAR(255),
  `mline3` VARCHAR(255),
  `mcity` VARCHAR(255),
  `mcounty` VARCHAR(255),
  `mstate` VARCHAR(255),
  `mcountrycode` VARCHAR(2),
  `mpostcode` VARCHAR(20),
  `mtags` VARCHAR(20),
  `mstatus` VARCHAR(20),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- taxresidence/MappedTaxResidence.scala (class MappedTaxResidence)
CREATE TABLE `mappedtaxresidence` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mcustomerid` BIGINT,
  `mtaxresidenceid` VARCHAR(36),
  `mdomain` VARCHAR(20),
  `mtaxnumber` VARCHAR(20),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- socialmedia/MappedSocialMediasProvider.scala (class MappedSocialMedia)
CREATE TABLE `mappedsocialmedia` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_c` BIGINT,
  `bank` VARCHAR(44),
  `mcustomernumber` VARCHAR(64),
  `mtype` VARCHAR(16),
  `mhandle` VARCHAR(64),
  `mdateadded` DATETIME,
  `mdateactivated` DATETIME,
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- customerDobDependants/MapperCounterpartyBespoke.scala (class MappedCustomerDependant)
CREATE TABLE `mappedcustomerdependant` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mcustomer` BIGINT,
  `mdateofbirth` DATETIME,
  PRIMARY KEY (`id`)
);

-- customerattribute/MappedCustomerAttributeProvider.scala (class MappedCustomerAttribute)
CREATE TABLE `mappedcustomerattribute` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mbankid` VARCHAR(44),
  `mcustomerid` VARCHAR(44),
  `mcustomerattributeid` VARCHAR(36),
  `mname` VARCHAR(50),
  `mtype` VARCHAR(50),
  `mvalue` VARCHAR(2000),
  PRIMARY KEY (`id`)
);

-- usercustomerlinks/MappedUserCustomerLink.scala (class MappedUserCustomerLink)
CREATE TABLE `mappedusercustomerlink` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `musercustomerlinkid` VARCHAR(36),
  `mcustomerid` VARCHAR(44),
  `muserid` VARCHAR(44),
  `mdateinserted` DATETIME,
  `misactive` TINYINT(1),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- kycdocuments/MappedKycDocumentsProvider.scala (class MappedKycDocument)
CREATE TABLE `mappedkycdocument` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_c` BIGINT,
  `mbankid` VARCHAR(44),
  `mcustomerid` VARCHAR(44),
  `mid` VARCHAR(44),
  `mcustomernumber` VARCHAR(50),
  `mtype` VARCHAR(50),
  `mnumber` VARCHAR(50),
  `missuedate` DATETIME,
  `missueplace` VARCHAR(512),
  `mexpirydate` DATETIME,
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- kycmedia/MappedKycMediasProvider.scala (class MappedKycMedia)
CREATE TABLE `mappedkycmedia` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mbankid` VARCHAR(44),
  `mcustomerid` VARCHAR(44),
  `mid` VARCHAR(44),
  `mcustomernumber` VARCHAR(44),
  `mtype` VARCHAR(50),
  `murl` VARCHAR(255),
  `mdate` DATETIME,
  `mrelatestokycdocumentid` VARCHAR(255),
  `mrelatestokyccheckid` VARCHAR(255),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- kyccheck/MappedKycChecksProvider.scala (class MappedKycCheck)
CREATE TABLE `mappedkyccheck` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_c` BIGINT,
  `mbankid` VARCHAR(44),
  `mcustomerid` VARCHAR(44),
  `mid` VARCHAR(44),
  `mcustomernumber` VARCHAR(50),
  `mdate` DATETIME,
  `mhow` VARCHAR(32),
  `mstaffuserid` VARCHAR(64),
  `mstaffname` VARCHAR(64),
  `msatisfied` TINYINT(1),
  `mcomments` VARCHAR(2000),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- kycstatus/MappedKycStatusesProvider.scala (class MappedKycStatus)
CREATE TABLE `mappedkycstatus` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_c` BIGINT,
  `mbankid` VARCHAR(44),
  `mcustomerid` VARCHAR(44),
  `mcustomernumber` VARCHAR(64),
  `mok` TINYINT(1),
  `mdate` DATETIME,
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- customer/MappedCustomerMessageProvider.scala (class MappedCustomerMessage)
CREATE TABLE `mappedcustomermessage` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_c` BIGINT,
  `customer` BIGINT,
  `bank` VARCHAR(44),
  `mfromperson` VARCHAR(64),
  `mfromdepartment` VARCHAR(64),
  `mmessage` VARCHAR(1024),
  `mmessageid` VARCHAR(36),
  `mtransport` VARCHAR(64),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- crm/MappedCrmEventProvider.scala (class MappedCrmEvent)
CREATE TABLE `mappedcrmevent` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mbankid` VARCHAR(44),
  `muserid` BIGINT,
  `mcrmeventid` VARCHAR(36),
  `mcategory` VARCHAR(32),
  `mdetail` VARCHAR(1024),
  `mchannel` VARCHAR(32),
  `mscheduleddate` DATETIME,
  `mactualdate` DATETIME,
  `mresult` VARCHAR(32),
  `mcustomername` VARCHAR(64),
  `mcustomernumber` VARCHAR(64),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- meetings/MappedMeetingProvider.scala (class MappedMeeting)
CREATE TABLE `mappedmeeting` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mmeetingid` VARCHAR(36),
  `mbankid` VARCHAR(44),
  `mcustomeruserid` BIGINT,
  `mstaffuserid` BIGINT,
  `mproviderid` VARCHAR(64),
  `mpurposeid` VARCHAR(64),
  `msessionid` VARCHAR(255),
  `mcustomertoken` VARCHAR(255),
  `mstafftoken` VARCHAR(255),
  `mwhen` DATETIME,
  `mcreatorname` VARCHAR(255),
  `mcreatorphone` VARCHAR(32),
  `mcreatoremail` VARCHAR(100),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- users/MappedUserAttribute.scala (class UserAttribute)
CREATE TABLE `userattribute` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `userattributeid` VARCHAR(36),
  `userid` VARCHAR(36),
  `name` VARCHAR(255),
  `type_c` VARCHAR(50),
  `value` VARCHAR(255),
  `ispersonal` TINYINT(1),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- userlocks/UserLocks.scala (class UserLocks)
CREATE TABLE `userlocks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `userid` VARCHAR(36),
  `typeoflock` VARCHAR(100),
  `lastlockdate` DATETIME,
  PRIMARY KEY (`id`)
);

-- loginattempts/MappedBadLoginAttempt.scala (class MappedBadLoginAttempt)
CREATE TABLE `mappedbadloginattempt` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `musername` VARCHAR(100),
  `provider` VARCHAR(100),
  `mbadattemptssincelastsuccessorreset` INT,
  `mlastfailuredate` DATETIME,
  PRIMARY KEY (`id`)
);

-- context/MappedUserAuthContext.scala (class MappedUserAuthContext)
CREATE TABLE `mappeduserauthcontext` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `muserauthcontextid` VARCHAR(36),
  `muserid` VARCHAR(44),
  `mkey` VARCHAR(4000),
  `mvalue` VARCHAR(4000),
  `mconsumerid` VARCHAR(255),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- model/OAuth.scala (class Consumer)
CREATE TABLE `consumer` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `consumerid` VARCHAR(250),
  `key_c` VARCHAR(250),
  `secret` VARCHAR(250),
  `azp` VARCHAR(250),
  `aud` VARCHAR(250),
  `iss` VARCHAR(250),
  `sub` VARCHAR(250),
  `isactive` TINYINT(1),
  `name` VARCHAR(100),
  `apptype` VARCHAR(20),
  `description` TEXT,
  `developeremail` VARCHAR(100),
  `redirecturl` VARCHAR(250),
  `userauthenticationurl` VARCHAR(250),
  `createdbyuserid` VARCHAR(36),
  `persecondcalllimit` BIGINT,
  `perminutecalllimit` BIGINT,
  `perhourcalllimit` BIGINT,
  `perdaycalllimit` BIGINT,
  `perweekcalllimit` BIGINT,
  `permonthcalllimit` BIGINT,
  `clientcertificate` VARCHAR(4000),
  `company` VARCHAR(100),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- model/OAuth.scala (class Token)
CREATE TABLE `token` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tokentype` VARCHAR(10),
  `consumerid` BIGINT,
  `userforeignkey` BIGINT,
  `key_c` VARCHAR(250),
  `secret` VARCHAR(250),
  `callbackurl` VARCHAR(250),
  `verifier` VARCHAR(250),
  `duration` BIGINT,
  `expirationdate` DATETIME,
  `insertdate` DATETIME,
  `thirdpartyapplicationsecret` VARCHAR(10),
  PRIMARY KEY (`id`)
);

-- consent/MappedConsent.scala (class MappedConsent)
CREATE TABLE `mappedconsent` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mconsentid` VARCHAR(36),
  `muserid` VARCHAR(36),
  `msecret` VARCHAR(36),
  `mstatus` VARCHAR(40),
  `mchallenge` VARCHAR(50),
  `msalt` VARCHAR(50),
  `mjsonwebtoken` TEXT,
  `mconsumerid` VARCHAR(36),
  `mconsentrequestid` VARCHAR(36),
  `mapistandard` VARCHAR(50),
  `mapiversion` VARCHAR(50),
  `mrecurringindicator` TINYINT(1),
  `mvaliduntil` DATE,
  `mfrequencyperday` INT,
  `musessofartodaycounter` INT,
  `musessofartodaycounterupdatedat` DATETIME,
  `mcombinedserviceindicator` TINYINT(1),
  `mlastactiondate` DATE,
  `mexpirationdatetime` DATETIME,
  `mtransactionfromdatetime` DATETIME,
  `mtransactiontodatetime` DATETIME,
  `mstatusupdatedatetime` DATETIME,
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- entitlement/MappedEntitlements.scala (class MappedEntitlement)
CREATE TABLE `mappedentitlement` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mentitlementid` VARCHAR(36),
  `mbankid` VARCHAR(44),
  `muserid` VARCHAR(44),
  `mrolename` VARCHAR(64),
  `mcreatedbyprocess` VARCHAR(255),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- metrics/MappedMetrics.scala (class MappedMetric)
CREATE TABLE `metric` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `userid` VARCHAR(44),
  `url` VARCHAR(2000),
  `date_c` DATETIME,
  `duration` BIGINT,
  `username` VARCHAR(64),
  `appname` VARCHAR(64),
  `developeremail` VARCHAR(64),
  `consumerid` VARCHAR(44),
  `implementedbypartialfunction` VARCHAR(128),
  `implementedinversion` VARCHAR(16),
  `verb` VARCHAR(16),
  `httpcode` INT,
  `correlationid` VARCHAR(256),
  `responsebody` TEXT,
  `sourceip` VARCHAR(64),
  `targetip` VARCHAR(64),
  PRIMARY KEY (`id`)
);

-- model/dataAccess/MappedBank.scala (class MappedBank)
CREATE TABLE `mappedbank` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `permalink` VARCHAR(255),
  `fullbankname` VARCHAR(255),
  `shortbankname` VARCHAR(100),
  `logourl` VARCHAR(255),
  `websiteurl` VARCHAR(255),
  `swiftbic` VARCHAR(255),
  `national_identifier` VARCHAR(255),
  `mbankroutingscheme` VARCHAR(255),
  `mbankroutingaddress` VARCHAR(255),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- products/MappedProductsProvider.scala (class MappedProduct)
CREATE TABLE `mappedproduct` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mbankid` VARCHAR(44),
  `mcode` VARCHAR(50),
  `mparentproductcode` VARCHAR(50),
  `mname` VARCHAR(125),
  `mcategory` VARCHAR(50),
  `mfamily` VARCHAR(50),
  `msuperfamily` VARCHAR(50),
  `mmoreinfourl` VARCHAR(2000),
  `mtermsandconditionsurl` VARCHAR(2000),
  `mdetails` VARCHAR(2000),
  `mdescription` VARCHAR(2000),
  `mlicenseid` VARCHAR(44),
  `mlicensename` VARCHAR(255),
  PRIMARY KEY (`id`)
);

-- model/dataAccess/MappedBankAccount.scala (class MappedBankAccount)
CREATE TABLE `mappedbankaccount` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `bank` VARCHAR(44),
  `theaccountid` VARCHAR(64),
  `accountcurrency` VARCHAR(10),
  `accountnumber` VARCHAR(128),
  `holder` VARCHAR(100),
  `accountbalance` BIGINT,
  `accountname` VARCHAR(255),
  `kind` VARCHAR(255),
  `accountlabel` VARCHAR(255),
  `accountlastupdate` DATETIME,
  `mbranchid` VARCHAR(44),
  `accountrulescheme1` VARCHAR(10),
  `accountrulevalue1` BIGINT,
  `accountrulescheme2` VARCHAR(10),
  `accountrulevalue2` BIGINT,
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- accountholders/MapperAccountHolders.scala (class MapperAccountHolders)
CREATE TABLE `mapperaccountholders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_c` BIGINT,
  `accountbankpermalink` VARCHAR(44),
  `accountpermalink` VARCHAR(64),
  `source` VARCHAR(255),
  PRIMARY KEY (`id`)
);

-- transaction/MappedTransaction.scala (class MappedTransaction)
CREATE TABLE `mappedtransaction` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `bank` VARCHAR(255),
  `account` VARCHAR(64),
  `transactionid` VARCHAR(255),
  `transactionuuid` VARCHAR(36),
  `transactiontype` VARCHAR(100),
  `amount` BIGINT,
  `newaccountbalance` BIGINT,
  `currency` VARCHAR(10),
  `tstartdate` DATETIME,
  `tfinishdate` DATETIME,
  `description` VARCHAR(2000),
  `chargepolicy` VARCHAR(32),
  `counterpartyaccountholder` VARCHAR(255),
  `counterpartyaccountkind` VARCHAR(40),
  `counterpartybankname` VARCHAR(100),
  `counterpartynationalid` VARCHAR(40),
  `counterpartyaccountnumber` VARCHAR(128),
  `counterpartyiban` VARCHAR(100),
  `cpcounterpartyid` VARCHAR(44),
  `cpotheraccountprovider` VARCHAR(36),
  `cpotheraccountroutingscheme` VARCHAR(255),
  `cpotheraccountroutingaddress` VARCHAR(255),
  `cpotheraccountsecondaryroutingscheme` VARCHAR(255),
  `cpotheraccountsecondaryroutingaddress` VARCHAR(255),
  `cpotherbankroutingscheme` VARCHAR(255),
  `cpotherbankroutingaddress` VARCHAR(255),
  `extrainfo` VARCHAR(2000),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- transactionrequests/MappedTransactionRequestProvider.scala (class MappedTransactionRequest)
CREATE TABLE `mappedtransactionrequest` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mtransactionrequestid` VARCHAR(44),
  `mtype` VARCHAR(32),
  `mtransactionids` VARCHAR(2000),
  `mstatus` VARCHAR(32),
  `mstartdate` DATE,
  `menddate` DATE,
  `mchallenge_id` VARCHAR(64),
  `mchallenge_allowedattempts` INT,
  `mchallenge_challengetype` VARCHAR(100),
  `mcharge_summary` VARCHAR(64),
  `mcharge_amount` VARCHAR(32),
  `mcharge_currency` VARCHAR(3),
  `mcharge_policy` VARCHAR(32),
  `mbody_value_currency` VARCHAR(3),
  `mbody_value_amount` VARCHAR(32),
  `mbody_description` VARCHAR(2000),
  `mdetails` TEXT,
  `mfrom_bankid` VARCHAR(44),
  `mfrom_accountid` VARCHAR(64),
  `mto_bankid` VARCHAR(44),
  `mto_accountid` VARCHAR(64),
  `mname` VARCHAR(64),
  `mthisbankid` VARCHAR(44),
  `mthisaccountid` VARCHAR(64),
  `mthisviewid` VARCHAR(44),
  `mcounterpartyid` VARCHAR(44),
  `motheraccountroutingscheme` VARCHAR(32),
  `motheraccountroutingaddress` VARCHAR(64),
  `motherbankroutingscheme` VARCHAR(32),
  `motherbankroutingaddress` VARCHAR(64),
  `misbeneficiary` TINYINT(1),
  `mpaymentstartdate` DATE,
  `mpaymentenddate` DATE,
  `mpaymentexecutionrule` VARCHAR(64),
  `mpaymentfrequency` VARCHAR(64),
  `mpaymentdayofexecution` VARCHAR(64),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- metadata/counterparties/MapperCounterparties.scala (class MappedCounterparty)
CREATE TABLE `mappedcounterparty` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mcreatedbyuserid` VARCHAR(36),
  `mname` VARCHAR(36),
  `mthisbankid` VARCHAR(36),
  `mthisaccountid` VARCHAR(64),
  `mthisviewid` VARCHAR(36),
  `mcounterpartyid` VARCHAR(44),
  `motherbankroutingscheme` VARCHAR(255),
  `motherbankroutingaddress` VARCHAR(255),
  `motherbranchroutingscheme` VARCHAR(255),
  `motherbranchroutingaddress` VARCHAR(255),
  `motheraccountroutingscheme` VARCHAR(255),
  `motheraccountroutingaddress` VARCHAR(255),
  `motheraccountsecondaryroutingscheme` VARCHAR(255),
  `motheraccountsecondaryroutingaddress` VARCHAR(255),
  `misbeneficiary` TINYINT(1),
  `mdescription` VARCHAR(36),
  `mcurrency` VARCHAR(255),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- cards/MappedPhisicalCard.scala (class MappedPhysicalCard)
CREATE TABLE `mappedphysicalcard` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mcardid` VARCHAR(255),
  `mbankid` VARCHAR(50),
  `mbankcardnumber` VARCHAR(50),
  `mnameoncard` VARCHAR(128),
  `missuenumber` VARCHAR(10),
  `mserialnumber` VARCHAR(50),
  `mvalidfrom` DATETIME,
  `mexpires` DATETIME,
  `menabled` TINYINT(1),
  `mcancelled` TINYINT(1),
  `monhotlist` TINYINT(1),
  `mtechnology` VARCHAR(255),
  `mnetworks` VARCHAR(255),
  `mallows` VARCHAR(255),
  `maccount` BIGINT,
  `mreplacementdate` DATETIME,
  `mreplacementreason` VARCHAR(255),
  `mcollected` DATETIME,
  `mposted` DATETIME,
  `mcardtype` VARCHAR(255),
  `mcustomerid` VARCHAR(255),
  `mbrand` VARCHAR(255),
  `mcvv` VARCHAR(255),
  PRIMARY KEY (`id`)
);

-- accountapplication/MappedAccountApplication.scala (class MappedAccountApplication)
CREATE TABLE `mappedaccountapplication` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `maccountapplicationid` VARCHAR(36),
  `mcode` VARCHAR(50),
  `mcustomerid` VARCHAR(36),
  `muserid` VARCHAR(36),
  `mstatus` VARCHAR(255),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- metadata/wheretags/MapperWhereTags.scala (class MappedWhereTag)
CREATE TABLE `mappedwheretag` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `bank` VARCHAR(44),
  `account` VARCHAR(64),
  `transaction_c` VARCHAR(44),
  `view_c` VARCHAR(44),
  `user_c` BIGINT,
  `date_c` DATETIME,
  `geolatitude` DOUBLE,
  `geolongitude` DOUBLE,
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- metadata/comments/MappedComment.scala (class MappedComment)
CREATE TABLE `mappedcomment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `apiid` VARCHAR(36),
  `text_` VARCHAR(2000),
  `poster` BIGINT,
  `replyto` VARCHAR(36),
  `view_c` VARCHAR(44),
  `date_c` DATETIME,
  `bank` VARCHAR(44),
  `account` VARCHAR(64),
  `transaction_c` VARCHAR(44),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);

-- migration/MigrationScriptLog.scala (class MigrationScriptLog)
CREATE TABLE `migrationscriptlog` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `migrationscriptlogid` VARCHAR(36),
  `name` VARCHAR(100),
  `commitid` VARCHAR(100),
  `issuccessful` TINYINT(1),
  `startdate` BIGINT,
  `enddate` BIGINT,
  `remark` VARCHAR(1024),
  `createdat` DATETIME,
  `updatedat` DATETIME,
  PRIMARY KEY (`id`)
);
