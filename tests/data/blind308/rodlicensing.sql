-- Get a Fishing Licence / rod licensing (Environment Agency / DEFRA, England and Wales): the sales of rod fishing
-- licences on the web, by telephone and at Post Office counters, their Microsoft Dynamics 365 records (licensees,
-- permissions = issued licences, concessions and their proofs, transactions and journals, recurring payments,
-- fulfilment of licence cards, Post Office batch files and validation errors, catch-return activities, staff users).
-- Upstream: github.com/DEFRA/rod-licensing, commit 0fec5ec015fb288eabf13f366319bcb9214e81c0 (Open Government
-- Licence v3.0, LICENSE). Schema: the entity definitions of packages/dynamics-lib/src/entities/*.entity.js (the
-- mapping of each local property to its Dynamics field and type), written as MariaDB DDL by a script; see
-- rodlicensing.md for the rules.

-- concession.entity.js: class Concession, Dynamics entity set defra_concessions
CREATE TABLE `defra_concessions` (
  `defra_concessionid` CHAR(36) NOT NULL,
  `defra_name` VARCHAR(255),
  PRIMARY KEY (`defra_concessionid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- contact.entity.js: class Contact, Dynamics entity set contacts
CREATE TABLE `contacts` (
  `contactid` CHAR(36) NOT NULL,
  `firstname` VARCHAR(255),
  `lastname` VARCHAR(255),
  `birthdate` DATE,
  `emailaddress1` VARCHAR(255),
  `mobilephone` VARCHAR(255),
  `defra_organisation` VARCHAR(255),
  `defra_premises` VARCHAR(255),
  `defra_street` VARCHAR(255),
  `defra_locality` VARCHAR(255),
  `defra_town` VARCHAR(255),
  `defra_postcode` VARCHAR(255),
  `defra_country` INT,
  `defra_preferredmethodofconfirmation` INT,
  `defra_preferredmethodofnewsletter` INT,
  `defra_preferredmethodofreminder` INT,
  `defra_postalfulfilment` TINYINT(1),
  `defra_obfuscated_dob` VARCHAR(255),
  `defra_shorttermlicencemethodofconfirmation` INT,
  PRIMARY KEY (`contactid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- permit.entity.js: class Permit, Dynamics entity set defra_permits
CREATE TABLE `defra_permits` (
  `defra_permitid` CHAR(36) NOT NULL,
  `defra_name` VARCHAR(255),
  `defra_permittype` INT,
  `defra_permitsubtype` INT,
  `defra_durationnumericpart` INT,
  `defra_durationdaymonthyearpart` INT,
  `defra_numberofrods` INT,
  `defra_availablefrom` DATETIME,
  `defra_availableto` DATETIME,
  `defra_isforfulfilment` TINYINT(1),
  `defra_iscountersales` TINYINT(1),
  `defra_recurringsupported` TINYINT(1),
  `defra_advertisedprice` DECIMAL(19,4),
  `defra_newadvertisedprice` DECIMAL(19,4),
  `defra_dateofpricechange` DATETIME,
  `defra_itemid` VARCHAR(255),
  PRIMARY KEY (`defra_permitid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- pocl-file.entity.js: class PoclFile, Dynamics entity set defra_poclfiles
CREATE TABLE `defra_poclfiles` (
  `defra_poclfileid` CHAR(36) NOT NULL,
  `defra_name` VARCHAR(255),
  `defra_filesize` VARCHAR(255),
  `defra_numberofsales` INT,
  `defra_numberofsuccessfulrecords` INT,
  `defra_numberoferrors` INT,
  `defra_notes` TEXT,
  `defra_salesdate` DATETIME,
  `defra_receipttimestamp` DATETIME,
  `defra_datasource` INT,
  `defra_status` INT,
  PRIMARY KEY (`defra_poclfileid`),
  UNIQUE KEY `uk_defra_poclfiles_defra_name` (`defra_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- transaction-currency.entity.js: class TransactionCurrency, Dynamics entity set transactioncurrencies
CREATE TABLE `transactioncurrencies` (
  `transactioncurrencyid` CHAR(36) NOT NULL,
  `currencyname` VARCHAR(255),
  `isocurrencycode` VARCHAR(255),
  `currencysymbol` VARCHAR(255),
  PRIMARY KEY (`transactioncurrencyid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- transaction.entity.js: class Transaction, Dynamics entity set defra_transactions
CREATE TABLE `defra_transactions` (
  `defra_transactionid` CHAR(36) NOT NULL,
  `defra_name` VARCHAR(255),
  `defra_description` TEXT,
  `defra_fadcode` VARCHAR(255),
  `defra_timestamp` DATETIME,
  `defra_paymenttype` INT,
  `defra_transactionsource` INT,
  `defra_total` DECIMAL(19,4),
  `defra_POCLFile` CHAR(36),
  `transactioncurrencyid` CHAR(36),
  PRIMARY KEY (`defra_transactionid`),
  CONSTRAINT `fk_defra_transactions_poclFile` FOREIGN KEY (`defra_POCLFile`) REFERENCES `defra_poclfiles` (`defra_poclfileid`),
  CONSTRAINT `fk_defra_transactions_transactionCurrency` FOREIGN KEY (`transactioncurrencyid`) REFERENCES `transactioncurrencies` (`transactioncurrencyid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- permission.entity.js: class Permission, Dynamics entity set defra_permissions
CREATE TABLE `defra_permissions` (
  `defra_permissionid` CHAR(36) NOT NULL,
  `defra_name` VARCHAR(255),
  `defra_issuedate` DATETIME,
  `defra_startdate` DATETIME,
  `defra_enddate` DATETIME,
  `defra_stagingid` VARCHAR(255),
  `defra_datasource` INT,
  `defra_renewal` TINYINT(1),
  `defra_rcpagreement` TINYINT(1),
  `defra_licenceforyou` INT,
  `defra_ContactId` CHAR(36),
  `defra_PermitId` CHAR(36),
  `defra_Transaction` CHAR(36),
  `defra_POCLFileId` CHAR(36),
  PRIMARY KEY (`defra_permissionid`),
  CONSTRAINT `fk_defra_permissions_licensee` FOREIGN KEY (`defra_ContactId`) REFERENCES `contacts` (`contactid`),
  CONSTRAINT `fk_defra_permissions_permit` FOREIGN KEY (`defra_PermitId`) REFERENCES `defra_permits` (`defra_permitid`),
  CONSTRAINT `fk_defra_permissions_transaction` FOREIGN KEY (`defra_Transaction`) REFERENCES `defra_transactions` (`defra_transactionid`),
  CONSTRAINT `fk_defra_permissions_poclFile` FOREIGN KEY (`defra_POCLFileId`) REFERENCES `defra_poclfiles` (`defra_poclfileid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- concession-proof.entity.js: class ConcessionProof, Dynamics entity set defra_concessionproofs
CREATE TABLE `defra_concessionproofs` (
  `defra_concessionproofid` CHAR(36) NOT NULL,
  `defra_referencenumber` VARCHAR(255),
  `defra_concessionprooftype` INT,
  `defra_PermissionId` CHAR(36),
  `defra_ConcessionNameId` CHAR(36),
  PRIMARY KEY (`defra_concessionproofid`),
  CONSTRAINT `fk_defra_concessionproo_permission` FOREIGN KEY (`defra_PermissionId`) REFERENCES `defra_permissions` (`defra_permissionid`),
  CONSTRAINT `fk_defra_concessionproo_concession` FOREIGN KEY (`defra_ConcessionNameId`) REFERENCES `defra_concessions` (`defra_concessionid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- fulfilment-request-file.entity.js: class FulfilmentRequestFile, Dynamics entity set defra_fulfilmentrequestfiles
CREATE TABLE `defra_fulfilmentrequestfiles` (
  `defra_fulfilmentrequestfileid` CHAR(36) NOT NULL,
  `defra_name` VARCHAR(255),
  `defra_numberoffulfilmentrequests` INT,
  `defra_notes` TEXT,
  `defra_date` DATETIME,
  `defra_deliverytimestamp` DATETIME,
  `defra_status` INT,
  PRIMARY KEY (`defra_fulfilmentrequestfileid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- fulfilment-request.entity.js: class FulfilmentRequest, Dynamics entity set defra_fulfilmentrequests
CREATE TABLE `defra_fulfilmentrequests` (
  `defra_fulfilmentrequestid` CHAR(36) NOT NULL,
  `defra_name` VARCHAR(255),
  `defra_requesttimestamp` DATETIME,
  `defra_notes` TEXT,
  `defra_status` INT,
  `defra_PermissionId` CHAR(36),
  `defra_FulfilmentRequestFileId` CHAR(36),
  PRIMARY KEY (`defra_fulfilmentrequestid`),
  CONSTRAINT `fk_defra_fulfilmentrequ_permission` FOREIGN KEY (`defra_PermissionId`) REFERENCES `defra_permissions` (`defra_permissionid`),
  CONSTRAINT `fk_defra_fulfilmentrequ_fulfilmentRequestFile` FOREIGN KEY (`defra_FulfilmentRequestFileId`) REFERENCES `defra_fulfilmentrequestfiles` (`defra_fulfilmentrequestfileid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- permit-concession.entity.js: class PermitConcession, Dynamics entity set defra_defra_concession_defra_permitset
CREATE TABLE `defra_defra_concession_defra_permitset` (
  `defra_defra_concession_defra_permitid` CHAR(36) NOT NULL,
  `defra_concessionid` VARCHAR(255),
  `defra_permitid` VARCHAR(255),
  PRIMARY KEY (`defra_defra_concession_defra_permitid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- pocl-staging-exception.entity.js: class PoclStagingException, Dynamics entity set defra_poclfiledataerrors
CREATE TABLE `defra_poclfiledataerrors` (
  `defra_poclfiledataerrorid` CHAR(36) NOT NULL,
  `defra_name` VARCHAR(255),
  `defra_description` TEXT,
  `defra_jsonobject` TEXT,
  `defra_notes` TEXT,
  `defra_errortype` INT,
  `defra_status` INT,
  `defra_PermissionId` CHAR(36),
  `defra_POCLFileId` CHAR(36),
  PRIMARY KEY (`defra_poclfiledataerrorid`),
  CONSTRAINT `fk_defra_poclfiledataer_permission` FOREIGN KEY (`defra_PermissionId`) REFERENCES `defra_permissions` (`defra_permissionid`),
  CONSTRAINT `fk_defra_poclfiledataer_poclFile` FOREIGN KEY (`defra_POCLFileId`) REFERENCES `defra_poclfiles` (`defra_poclfileid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- pocl-validation-error.entity.js: class PoclValidationError, Dynamics entity set defra_poclvalidationerrors
CREATE TABLE `defra_poclvalidationerrors` (
  `defra_poclvalidationerrorid` CHAR(36) NOT NULL,
  `defra_firstname` VARCHAR(255),
  `defra_name` VARCHAR(255),
  `defra_birthdate` VARCHAR(255),
  `defra_country` VARCHAR(255),
  `defra_countrylist` INT,
  `defra_postcode` VARCHAR(255),
  `defra_town` VARCHAR(255),
  `defra_locality` VARCHAR(255),
  `defra_street` VARCHAR(255),
  `defra_premises` VARCHAR(255),
  `defra_organisation` VARCHAR(255),
  `defra_mobilenumber` VARCHAR(255),
  `defra_emailaddress` VARCHAR(255),
  `defra_preferredmethodofreminder` INT,
  `defra_preferredmethodofnewsletter` INT,
  `defra_preferredmethodofconfirmation` INT,
  `defra_postalfulfilment` TINYINT(1),
  `defra_concessions` TEXT,
  `defra_startdate` VARCHAR(255),
  `defra_newstartdate` VARCHAR(255),
  `defra_serialnumber` VARCHAR(255),
  `defra_permitid` VARCHAR(255),
  `defra_transactiondate` VARCHAR(255),
  `defra_amount` DECIMAL(19,4),
  `defra_paymentsource` VARCHAR(255),
  `defra_newpaymentsource` INT,
  `defra_channelid` VARCHAR(255),
  `defra_methodofpayment` INT,
  `defra_status` INT,
  `defra_datasource` INT,
  `defra_errormessage` TEXT,
  `defra_transactionfile` VARCHAR(255),
  `statecode` DECIMAL(19,4),
  PRIMARY KEY (`defra_poclvalidationerrorid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- rcr-activity.entity.js: class RCRActivity, Dynamics entity set defra_rcractivities
CREATE TABLE `defra_rcractivities` (
  `activityid` CHAR(36) NOT NULL,
  `defra_activitystatus` INT,
  `defra_season` INT,
  `actualstart` DATETIME,
  `modifiedon` DATETIME,
  `actualend` DATETIME,
  `regardingobjectid_contact_defra_rcractivity` CHAR(36),
  PRIMARY KEY (`activityid`),
  CONSTRAINT `fk_defra_rcractivities_licensee` FOREIGN KEY (`regardingobjectid_contact_defra_rcractivity`) REFERENCES `contacts` (`contactid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- recurring-payment.entity.js: class RecurringPayment, Dynamics entity set defra_recurringpayments
CREATE TABLE `defra_recurringpayments` (
  `defra_recurringpaymentid` CHAR(36) NOT NULL,
  `defra_name` VARCHAR(255),
  `statecode` DECIMAL(19,4),
  `defra_nextduedate` DATETIME,
  `defra_cancelleddate` DATETIME,
  `defra_cancelledreason` INT,
  `defra_enddate` DATETIME,
  `defra_agreementid` VARCHAR(255),
  `defra_publicid` VARCHAR(255),
  `defra_lastdigitscardnumbers` VARCHAR(255),
  `defra_Contact` CHAR(36),
  `defra_ActivePermission` CHAR(36),
  `defra_NextRecurringPayment` CHAR(36),
  PRIMARY KEY (`defra_recurringpaymentid`),
  CONSTRAINT `fk_defra_recurringpayme_contact` FOREIGN KEY (`defra_Contact`) REFERENCES `contacts` (`contactid`),
  CONSTRAINT `fk_defra_recurringpayme_activePermission` FOREIGN KEY (`defra_ActivePermission`) REFERENCES `defra_permissions` (`defra_permissionid`),
  CONSTRAINT `fk_defra_recurringpayme_nextRecurringPayment` FOREIGN KEY (`defra_NextRecurringPayment`) REFERENCES `defra_recurringpayments` (`defra_recurringpaymentid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- recurring-payment-instruction.entity.js: class RecurringPaymentInstruction, Dynamics entity set defra_recurringpaymentinstructions
CREATE TABLE `defra_recurringpaymentinstructions` (
  `defra_recurringpaymentinstructionid` CHAR(36) NOT NULL,
  `defra_RecurringPayment` CHAR(36),
  `defra_Contact` CHAR(36),
  `defra_Permit` CHAR(36),
  PRIMARY KEY (`defra_recurringpaymentinstructionid`),
  CONSTRAINT `fk_defra_recurringpayme_recurringPayment` FOREIGN KEY (`defra_RecurringPayment`) REFERENCES `defra_recurringpayments` (`defra_recurringpaymentid`),
  CONSTRAINT `fk_defra_recurringpayme_licensee` FOREIGN KEY (`defra_Contact`) REFERENCES `contacts` (`contactid`),
  CONSTRAINT `fk_defra_recurringpayme_permit` FOREIGN KEY (`defra_Permit`) REFERENCES `defra_permits` (`defra_permitid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- role.entity.js: class Role, Dynamics entity set roles
CREATE TABLE `roles` (
  `roleid` CHAR(36) NOT NULL,
  `name` VARCHAR(255),
  PRIMARY KEY (`roleid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- staging-exception.entity.js: class StagingException, Dynamics entity set defra_crmstagingexceptions
CREATE TABLE `defra_crmstagingexceptions` (
  `defra_crmstagingexceptionid` CHAR(36) NOT NULL,
  `defra_name` VARCHAR(255),
  `defra_description` TEXT,
  `defra_jsonobject` TEXT,
  `defra_errorjsonobject` TEXT,
  PRIMARY KEY (`defra_crmstagingexceptionid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- system-user.entity.js: class SystemUser, Dynamics entity set systemusers
CREATE TABLE `systemusers` (
  `systemuserid` CHAR(36) NOT NULL,
  `azureactivedirectoryobjectid` VARCHAR(255),
  `firstname` VARCHAR(255),
  `lastname` VARCHAR(255),
  `isdisabled` TINYINT(1),
  PRIMARY KEY (`systemuserid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- system-user-role.entity.js: class SystemUserRole, Dynamics entity set systemuserrolescollection
CREATE TABLE `systemuserrolescollection` (
  `systemuserroleid` CHAR(36) NOT NULL,
  `roleid` VARCHAR(255),
  `systemuserid` VARCHAR(255),
  PRIMARY KEY (`systemuserroleid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- transaction-journal.entity.js: class TransactionJournal, Dynamics entity set defra_transactionjournals
CREATE TABLE `defra_transactionjournals` (
  `defra_transactionjournalid` CHAR(36) NOT NULL,
  `defra_name` VARCHAR(255),
  `defra_description` TEXT,
  `defra_timestamp` DATETIME,
  `defra_transactiontype` INT,
  `defra_total` DECIMAL(19,4),
  `defra_Transaction` CHAR(36),
  `transactioncurrencyid` CHAR(36),
  PRIMARY KEY (`defra_transactionjournalid`),
  CONSTRAINT `fk_defra_transactionjou_transaction` FOREIGN KEY (`defra_Transaction`) REFERENCES `defra_transactions` (`defra_transactionid`),
  CONSTRAINT `fk_defra_transactionjou_transactionCurrency` FOREIGN KEY (`transactioncurrencyid`) REFERENCES `transactioncurrencies` (`transactioncurrencyid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
