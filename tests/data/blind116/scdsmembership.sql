-- SCDS Membership (Swimming-Club-Data-Systems/Membership) src/database/schema/mysql-schema.dump at commit
-- 4f8696a8b67a265b88e5b6bf7195c9414066ab3b (Apache-2.0): 45 of its 110 tables, CREATE TABLE statements as dumped
-- (the dump's SET / DROP TABLE lines and the seed INSERTs into `migrations` left out).

CREATE TABLE `auditLogging` (
  `ID` char(36) COLLATE utf8mb4_bin NOT NULL,
  `User` BIGINT UNSIGNED NOT NULL,
  `Time` timestamp NOT NULL DEFAULT current_timestamp(),
  `Event` varchar(256) COLLATE utf8mb4_bin NOT NULL,
  `Description` varchar(512) COLLATE utf8mb4_bin NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `clubMembershipClasses` (
  `ID` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `Type` varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT 'club',
  `Name` varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `Description` text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `Fees` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`Fees`)),
  `Tenant` BIGINT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coaches` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `User` BIGINT UNSIGNED NOT NULL,
  `Squad` BIGINT UNSIGNED NOT NULL,
  `Type` enum('LEAD_COACH','COACH','ASSISTANT_COACH','TEACHER','HELPER','ADMINISTRATOR') COLLATE utf8mb4_bin NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `covidHealthScreen` (
  `ID` char(36) COLLATE utf8mb4_bin NOT NULL,
  `Member` BIGINT UNSIGNED NOT NULL,
  `DateTime` datetime NOT NULL DEFAULT current_timestamp(),
  `OfficerApproval` tinyint(1) NOT NULL DEFAULT 0,
  `ApprovedBy` BIGINT UNSIGNED DEFAULT NULL,
  `Document` text COLLATE utf8mb4_bin DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `covidLocations` (
  `ID` char(36) COLLATE utf8mb4_bin NOT NULL,
  `Name` varchar(256) COLLATE utf8mb4_bin NOT NULL,
  `Address` text COLLATE utf8mb4_bin NOT NULL,
  `Tenant` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `covidRiskAwareness` (
  `ID` char(36) COLLATE utf8mb4_bin NOT NULL,
  `DateTime` datetime NOT NULL DEFAULT current_timestamp(),
  `Member` BIGINT UNSIGNED NOT NULL,
  `MemberAgreement` tinyint(1) NOT NULL DEFAULT 0,
  `Guardian` BIGINT UNSIGNED DEFAULT NULL,
  `GuardianAgreement` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `covidVisitors` (
  `ID` char(36) COLLATE utf8mb4_bin NOT NULL,
  `Location` char(36) COLLATE utf8mb4_bin NOT NULL,
  `Time` datetime NOT NULL,
  `Person` BIGINT UNSIGNED DEFAULT NULL,
  `Type` enum('member','user','guest') COLLATE utf8mb4_bin NOT NULL,
  `GuestName` varchar(256) COLLATE utf8mb4_bin DEFAULT NULL,
  `GuestPhone` varchar(256) COLLATE utf8mb4_bin DEFAULT NULL,
  `Inputter` BIGINT UNSIGNED DEFAULT NULL,
  `Notes` text COLLATE utf8mb4_bin DEFAULT NULL,
  `SignedOut` tinyint(1) NOT NULL DEFAULT 0,
  `Tenant` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `emergencyContacts` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `UserID` BIGINT UNSIGNED NOT NULL,
  `Name` mediumtext COLLATE utf8mb4_bin NOT NULL,
  `ContactNumber` mediumtext COLLATE utf8mb4_bin NOT NULL,
  `Relation` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `failed_jobs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `connection` text COLLATE utf8mb4_unicode_ci NOT NULL,
  `queue` text COLLATE utf8mb4_unicode_ci NOT NULL,
  `payload` longtext COLLATE utf8mb4_unicode_ci NOT NULL,
  `exception` longtext COLLATE utf8mb4_unicode_ci NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `galaEntries` (
  `EntryID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `GalaID` BIGINT UNSIGNED NOT NULL,
  `MemberID` BIGINT UNSIGNED NOT NULL,
  `EntryProcessed` tinyint(1) NOT NULL,
  `TimesRequired` tinyint(1) DEFAULT NULL COMMENT 'If true, times required from coaches',
  `TimesProvided` tinyint(1) DEFAULT NULL COMMENT 'Set true if times provided for a non HyTek Gala',
  `FeeToPay` double DEFAULT NULL,
  `Charged` tinyint(1) NOT NULL DEFAULT 0,
  `25Free` tinyint(1) DEFAULT NULL,
  `50Free` tinyint(1) DEFAULT NULL,
  `100Free` tinyint(1) DEFAULT NULL,
  `200Free` tinyint(1) DEFAULT NULL,
  `400Free` tinyint(1) DEFAULT NULL,
  `800Free` tinyint(1) DEFAULT NULL,
  `1500Free` tinyint(1) DEFAULT NULL,
  `25Breast` tinyint(1) DEFAULT NULL,
  `50Breast` tinyint(1) DEFAULT NULL,
  `100Breast` tinyint(1) DEFAULT NULL,
  `200Breast` tinyint(1) DEFAULT NULL,
  `25Fly` tinyint(1) DEFAULT NULL,
  `50Fly` tinyint(1) DEFAULT NULL,
  `100Fly` tinyint(1) DEFAULT NULL,
  `200Fly` tinyint(1) DEFAULT NULL,
  `25Back` tinyint(1) DEFAULT NULL,
  `50Back` tinyint(1) DEFAULT NULL,
  `100Back` tinyint(1) DEFAULT NULL,
  `200Back` tinyint(1) DEFAULT NULL,
  `200IM` tinyint(1) DEFAULT NULL,
  `400IM` tinyint(1) DEFAULT NULL,
  `100IM` tinyint(1) DEFAULT NULL,
  `150IM` tinyint(1) DEFAULT NULL,
  `25FreeTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `50FreeTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `100FreeTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `200FreeTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `400FreeTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `800FreeTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `1500FreeTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `25BreastTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `50BreastTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `100BreastTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `200BreastTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `25FlyTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `50FlyTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `100FlyTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `200FlyTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `25BackTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `50BackTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `100BackTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `200BackTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `200IMTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `400IMTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `100IMTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `150IMTime` text COLLATE utf8mb4_bin DEFAULT NULL,
  `Refunded` tinyint(1) DEFAULT 0,
  `Locked` tinyint(1) DEFAULT 0,
  `Vetoable` tinyint(1) DEFAULT 0,
  `AmountRefunded` BIGINT UNSIGNED DEFAULT 0,
  `StripePayment` BIGINT UNSIGNED DEFAULT NULL,
  `Approved` tinyint(1) DEFAULT 1,
  `PaymentID` BIGINT UNSIGNED DEFAULT NULL,
  `ProcessingFee` BIGINT UNSIGNED DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`EntryID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `galas` (
  `GalaID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `GalaName` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `CourseLength` enum('SHORT','LONG','IRREGULAR') COLLATE utf8mb4_bin DEFAULT NULL,
  `GalaVenue` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `GalaFee` decimal(8,2) DEFAULT NULL,
  `GalaFeeConstant` tinyint(1) NOT NULL DEFAULT 1,
  `ClosingDate` datetime DEFAULT NULL,
  `GalaDate` date NOT NULL COMMENT 'Last day of gala when the event will disappear from accounts',
  `HyTek` tinyint(1) NOT NULL,
  `CoachEnters` tinyint(1) DEFAULT 0,
  `RequiresApproval` tinyint(1) DEFAULT 0,
  `Description` text COLLATE utf8mb4_bin DEFAULT NULL,
  `PaymentCategory` BIGINT UNSIGNED DEFAULT NULL,
  `Tenant` BIGINT UNSIGNED NOT NULL DEFAULT 1,
  `ProcessingFee` BIGINT UNSIGNED DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`GalaID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `joinParents` (
  `Hash` char(40) COLLATE utf8mb4_bin NOT NULL,
  `First` varchar(30) COLLATE utf8mb4_bin NOT NULL,
  `Last` varchar(40) COLLATE utf8mb4_bin NOT NULL,
  `Email` varchar(70) COLLATE utf8mb4_bin NOT NULL,
  `Invited` tinyint(1) NOT NULL DEFAULT 0,
  `Tenant` BIGINT UNSIGNED NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `joinSwimmers` (
  `ID` BIGINT UNSIGNED NOT NULL,
  `Parent` char(40) COLLATE utf8mb4_bin NOT NULL,
  `First` varchar(30) COLLATE utf8mb4_bin NOT NULL,
  `Last` varchar(40) COLLATE utf8mb4_bin NOT NULL,
  `DoB` date NOT NULL,
  `XP` BIGINT UNSIGNED NOT NULL,
  `XPDetails` text COLLATE utf8mb4_bin DEFAULT NULL,
  `Medical` text COLLATE utf8mb4_bin DEFAULT NULL,
  `Questions` text COLLATE utf8mb4_bin DEFAULT NULL,
  `Club` varchar(30) COLLATE utf8mb4_bin DEFAULT NULL,
  `ASA` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `TrialStart` datetime DEFAULT NULL,
  `TrialEnd` datetime DEFAULT NULL,
  `Comments` text COLLATE utf8mb4_bin DEFAULT NULL,
  `SquadSuggestion` BIGINT UNSIGNED DEFAULT NULL,
  `Sex` enum('Male','Female','Other') COLLATE utf8mb4_bin NOT NULL,
  `Tenant` BIGINT UNSIGNED NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `linkedAccounts` (
  `ID` BIGINT UNSIGNED NOT NULL,
  `User` BIGINT UNSIGNED NOT NULL,
  `LinkedUser` BIGINT UNSIGNED NOT NULL,
  `Key` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `Active` tinyint(1) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `meetResults` (
  `Result` BIGINT UNSIGNED NOT NULL,
  `Meet` BIGINT UNSIGNED NOT NULL,
  `Date` date NOT NULL,
  `Time` varchar(8) COLLATE utf8mb4_bin NOT NULL,
  `IntTime` BIGINT UNSIGNED NOT NULL,
  `ChronologicalOrder` BIGINT UNSIGNED NOT NULL,
  `Round` char(1) COLLATE utf8mb4_bin NOT NULL,
  `Stroke` char(1) COLLATE utf8mb4_bin NOT NULL,
  `Distance` BIGINT UNSIGNED NOT NULL,
  `Course` char(1) COLLATE utf8mb4_bin NOT NULL,
  `Member` BIGINT UNSIGNED NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `memberEmailAddresses` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `Member` BIGINT UNSIGNED NOT NULL,
  `EmailAddress` varchar(320) COLLATE utf8mb4_bin NOT NULL,
  `Verified` tinyint(1) DEFAULT 0,
  `Primary` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `memberMedical` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `MemberID` BIGINT UNSIGNED NOT NULL,
  `Conditions` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `Allergies` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `Medication` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `GPName` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `GPAddress` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '[]' CHECK (json_valid(`GPAddress`)),
  `GPPhone` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `WithholdConsent` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberPhotography` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `MemberID` BIGINT UNSIGNED NOT NULL,
  `Website` tinyint(1) NOT NULL,
  `Social` tinyint(1) NOT NULL,
  `Noticeboard` tinyint(1) NOT NULL,
  `FilmTraining` tinyint(1) NOT NULL,
  `ProPhoto` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `members` (
  `MemberID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `UserID` BIGINT UNSIGNED DEFAULT NULL,
  `Status` tinyint(1) NOT NULL DEFAULT 1,
  `RR` tinyint(1) NOT NULL DEFAULT 0,
  `AccessKey` varchar(20) COLLATE utf8mb4_bin NOT NULL,
  `MForename` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `MSurname` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `MMiddleNames` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `ASANumber` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `NGBCategory` char(36) COLLATE utf8mb4_bin DEFAULT NULL,
  `DateOfBirth` date NOT NULL,
  `Gender` enum('Male','Female') COLLATE utf8mb4_bin NOT NULL,
  `OtherNotes` text COLLATE utf8mb4_bin NOT NULL,
  `RRTransfer` tinyint(1) DEFAULT 0,
  `ASAPrimary` tinyint(1) NOT NULL DEFAULT 1,
  `ASAPaid` tinyint(1) NOT NULL DEFAULT 0,
  `ClubMember` tinyint(1) NOT NULL DEFAULT 1,
  `ClubPaid` tinyint(1) NOT NULL DEFAULT 0,
  `ASAMember` tinyint(1) NOT NULL DEFAULT 1,
  `Country` varchar(7) COLLATE utf8mb4_bin NOT NULL DEFAULT 'GB-ENG',
  `PWHash` varchar(200) COLLATE utf8mb4_bin DEFAULT NULL,
  `PWWrong` BIGINT UNSIGNED DEFAULT 0,
  `Active` tinyint(1) DEFAULT 1,
  `Tenant` BIGINT UNSIGNED NOT NULL DEFAULT 1,
  `ClubCategory` char(36) COLLATE utf8mb4_bin NOT NULL,
  `GenderIdentity` varchar(256) COLLATE utf8mb4_bin DEFAULT NULL,
  `GenderPronouns` varchar(256) COLLATE utf8mb4_bin DEFAULT NULL,
  `GenderDisplay` tinyint(1) DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`MemberID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin ROW_FORMAT=COMPACT;

CREATE TABLE `membershipYear` (
  `ID` char(36) COLLATE utf8mb4_bin NOT NULL DEFAULT uuid(),
  `Name` varchar(255) COLLATE utf8mb4_bin NOT NULL,
  `StartDate` date NOT NULL,
  `EndDate` date NOT NULL,
  `Tenant` BIGINT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `memberships` (
  `Member` BIGINT UNSIGNED NOT NULL,
  `Year` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `Membership` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `Amount` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `StartDate` date NOT NULL,
  `EndDate` date NOT NULL,
  `Purchased` datetime NOT NULL,
  `PaymentInfo` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`PaymentInfo`)),
  `Notes` text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notify` (
  `EmailID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `MessageID` BIGINT UNSIGNED DEFAULT NULL,
  `UserID` BIGINT UNSIGNED NOT NULL,
  `Status` enum('Queued','Sent','No_Sub','Failed') COLLATE utf8mb4_bin NOT NULL,
  `Subject` mediumtext COLLATE utf8mb4_bin DEFAULT NULL,
  `Message` mediumtext COLLATE utf8mb4_bin DEFAULT NULL,
  `Sender` BIGINT UNSIGNED DEFAULT NULL,
  `ForceSend` tinyint(1) NOT NULL DEFAULT 0,
  `EmailType` mediumtext COLLATE utf8mb4_bin DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`EmailID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `notifyOptions` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `UserID` BIGINT UNSIGNED NOT NULL,
  `EmailType` mediumtext COLLATE utf8mb4_bin NOT NULL,
  `Subscribed` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `passwordTokens` (
  `TokenID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `UserID` BIGINT UNSIGNED NOT NULL,
  `Token` mediumtext COLLATE utf8mb4_bin NOT NULL,
  `Date` date DEFAULT NULL,
  `Type` enum('Password_Reset','Account_Verification') COLLATE utf8mb4_bin NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`TokenID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `paymentMandates` (
  `MandateID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `UserID` BIGINT UNSIGNED NOT NULL,
  `Name` varchar(20) COLLATE utf8mb4_bin NOT NULL,
  `Mandate` varchar(20) COLLATE utf8mb4_bin NOT NULL,
  `Customer` varchar(20) COLLATE utf8mb4_bin NOT NULL,
  `BankAccount` varchar(20) COLLATE utf8mb4_bin NOT NULL,
  `BankName` varchar(100) COLLATE utf8mb4_bin DEFAULT NULL,
  `AccountHolderName` varchar(30) COLLATE utf8mb4_bin NOT NULL,
  `AccountNumEnd` varchar(2) COLLATE utf8mb4_bin NOT NULL,
  `InUse` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`MandateID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `payments` (
  `PaymentID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `Date` date NOT NULL,
  `Status` enum('pending_api_request','pending_customer_approval','pending_submission','submitted','confirmed','paid_out','cancelled','customer_approval_denied','failed','charged_back','cust_not_dd','paid_manually','requires_payment_method','requires_confirmation','requires_action','processing','succeeded','canceled') COLLATE utf8mb4_bin NOT NULL,
  `UserID` BIGINT UNSIGNED NOT NULL,
  `MandateID` BIGINT UNSIGNED DEFAULT NULL,
  `Name` varchar(50) COLLATE utf8mb4_bin DEFAULT NULL,
  `Amount` BIGINT UNSIGNED NOT NULL,
  `Currency` varchar(3) COLLATE utf8mb4_bin NOT NULL,
  `PMkey` varchar(20) COLLATE utf8mb4_bin DEFAULT NULL,
  `Type` enum('Payment','Refund') COLLATE utf8mb4_bin NOT NULL,
  `Payout` varchar(30) COLLATE utf8mb4_bin DEFAULT NULL,
  `stripeMandate` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `stripePaymentIntent` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `stripePayout` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `stripeFailureCode` varchar(256) COLLATE utf8mb4_bin DEFAULT NULL,
  `stripeFee` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`PaymentID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `paymentsPending` (
  `PaymentID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `Date` date NOT NULL,
  `Status` enum('Pending','Queued','Requested','Paid','Failed') COLLATE utf8mb4_bin NOT NULL,
  `UserID` BIGINT UNSIGNED NOT NULL,
  `Name` varchar(500) COLLATE utf8mb4_bin DEFAULT NULL,
  `Amount` BIGINT UNSIGNED NOT NULL,
  `Currency` varchar(3) COLLATE utf8mb4_bin NOT NULL,
  `PMkey` varchar(20) COLLATE utf8mb4_bin DEFAULT NULL,
  `Type` enum('Payment','Refund') COLLATE utf8mb4_bin NOT NULL,
  `MetadataJSON` mediumtext COLLATE utf8mb4_bin DEFAULT NULL,
  `Category` BIGINT UNSIGNED DEFAULT NULL,
  `Payment` BIGINT UNSIGNED DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`PaymentID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `permissions` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `Permission` varchar(200) COLLATE utf8mb4_bin NOT NULL,
  `User` BIGINT UNSIGNED NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `qualifications` (
  `ID` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT uuid(),
  `Name` varchar(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `Description` text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `DefaultExpiry` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`DefaultExpiry`)),
  `Show` tinyint(1) NOT NULL DEFAULT 1,
  `Tenant` BIGINT UNSIGNED NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qualificationsMembers` (
  `ID` char(36) COLLATE utf8mb4_bin NOT NULL DEFAULT uuid(),
  `Qualification` char(36) COLLATE utf8mb4_bin NOT NULL,
  `Member` BIGINT UNSIGNED NOT NULL,
  `ValidFrom` date NOT NULL DEFAULT current_timestamp(),
  `ValidUntil` date DEFAULT NULL,
  `Notes` text COLLATE utf8mb4_bin DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sessions` (
  `SessionID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `VenueID` BIGINT UNSIGNED NOT NULL,
  `SessionName` varchar(100) COLLATE utf8mb4_bin NOT NULL,
  `SessionDay` BIGINT UNSIGNED NOT NULL,
  `StartTime` time DEFAULT NULL,
  `EndTime` time DEFAULT NULL,
  `DisplayFrom` date DEFAULT NULL,
  `DisplayUntil` date DEFAULT NULL,
  `Tenant` BIGINT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`SessionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='Stores information about sessions for Squads';

CREATE TABLE `sessionsAttendance` (
  `WeekID` BIGINT UNSIGNED NOT NULL,
  `SessionID` BIGINT UNSIGNED NOT NULL,
  `MemberID` BIGINT UNSIGNED NOT NULL,
  `AttendanceBoolean` BIGINT UNSIGNED DEFAULT NULL,
  `AttendanceRequired` tinyint(1) DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sessionsBookings` (
  `Session` BIGINT UNSIGNED NOT NULL,
  `Date` date NOT NULL,
  `Member` BIGINT UNSIGNED NOT NULL,
  `BookedAt` datetime NOT NULL DEFAULT current_timestamp(),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sessionsVenues` (
  `VenueID` BIGINT UNSIGNED NOT NULL,
  `VenueName` varchar(100) COLLATE utf8mb4_bin NOT NULL,
  `Location` mediumtext COLLATE utf8mb4_bin DEFAULT NULL,
  `Tenant` BIGINT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`VenueID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `squadMembers` (
  `Member` BIGINT UNSIGNED NOT NULL,
  `Squad` BIGINT UNSIGNED NOT NULL,
  `Paying` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `squadMoves` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `Member` BIGINT UNSIGNED NOT NULL,
  `Date` date NOT NULL,
  `Old` BIGINT UNSIGNED DEFAULT NULL,
  `New` BIGINT UNSIGNED DEFAULT NULL,
  `Paying` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `squadReps` (
  `User` BIGINT UNSIGNED NOT NULL,
  `Squad` BIGINT UNSIGNED NOT NULL,
  `ContactDescription` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `squads` (
  `SquadID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `SquadName` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `SquadFee` decimal(8,2) DEFAULT NULL,
  `SquadCoach` varchar(100) COLLATE utf8mb4_bin NOT NULL,
  `SquadTimetable` varchar(100) COLLATE utf8mb4_bin NOT NULL,
  `SquadCoC` varchar(100) COLLATE utf8mb4_bin NOT NULL,
  `SquadKey` varchar(20) COLLATE utf8mb4_bin NOT NULL,
  `Tenant` BIGINT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`SquadID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `stripePayMethods` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `Customer` varchar(255) COLLATE utf8mb4_bin NOT NULL,
  `MethodID` varchar(255) COLLATE utf8mb4_bin NOT NULL,
  `CardName` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `City` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `Country` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `Line1` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `Line2` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `PostCode` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `Brand` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `IssueCountry` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `ExpMonth` BIGINT UNSIGNED DEFAULT NULL,
  `ExpYear` BIGINT UNSIGNED DEFAULT NULL,
  `Funding` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `Last4` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `Name` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `Fingerprint` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `Reusable` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `tenantOptions` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `Option` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  `Value` mediumtext COLLATE utf8mb4_bin NOT NULL,
  `Tenant` BIGINT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `tenants` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `Name` varchar(128) COLLATE utf8mb4_bin NOT NULL,
  `Code` char(4) COLLATE utf8mb4_bin DEFAULT NULL,
  `Website` varchar(256) COLLATE utf8mb4_bin DEFAULT NULL,
  `Email` varchar(256) COLLATE utf8mb4_bin NOT NULL,
  `Verified` tinyint(1) NOT NULL DEFAULT 0,
  `UniqueID` varchar(36) COLLATE utf8mb4_bin NOT NULL DEFAULT uuid(),
  `Domain` varchar(256) COLLATE utf8mb4_bin DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `Data` longtext COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`Data`)),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `userCredentials` (
  `id` char(36) COLLATE utf8mb4_bin NOT NULL DEFAULT uuid(),
  `credential_id` varchar(256) COLLATE utf8mb4_bin NOT NULL,
  `credential_name` varchar(256) COLLATE utf8mb4_bin DEFAULT '',
  `user_id` BIGINT UNSIGNED NOT NULL,
  `credential` longtext COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`credential`)),
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `userLogins` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `UserID` BIGINT UNSIGNED NOT NULL,
  `Time` timestamp NOT NULL DEFAULT current_timestamp(),
  `IPAddress` mediumtext COLLATE utf8mb4_bin NOT NULL,
  `GeoLocation` mediumtext COLLATE utf8mb4_bin DEFAULT NULL,
  `Browser` mediumtext COLLATE utf8mb4_bin NOT NULL,
  `Platform` mediumtext COLLATE utf8mb4_bin NOT NULL,
  `Mobile` tinyint(1) NOT NULL,
  `Hash` mediumtext COLLATE utf8mb4_bin NOT NULL,
  `HashActive` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `userOptions` (
  `ID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `User` BIGINT UNSIGNED NOT NULL,
  `Option` varchar(30) COLLATE utf8mb4_bin NOT NULL,
  `Value` mediumtext COLLATE utf8mb4_bin DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `users` (
  `UserID` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `Username` varchar(65) COLLATE utf8mb4_bin DEFAULT NULL,
  `GID` BIGINT UNSIGNED DEFAULT NULL COMMENT 'If G Suite User, store the ID here for automatic passwords',
  `Password` varchar(255) COLLATE utf8mb4_bin NOT NULL,
  `EmailAddress` varchar(255) COLLATE utf8mb4_bin NOT NULL,
  `EmailComms` tinyint(1) NOT NULL,
  `Forename` mediumtext COLLATE utf8mb4_bin NOT NULL,
  `Surname` mediumtext COLLATE utf8mb4_bin NOT NULL,
  `Mobile` text COLLATE utf8mb4_bin NOT NULL,
  `MobileComms` tinyint(1) NOT NULL,
  `RR` tinyint(1) NOT NULL DEFAULT 0,
  `Edit` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `WrongPassCount` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `Active` tinyint(1) DEFAULT 1,
  `Tenant` BIGINT UNSIGNED NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
