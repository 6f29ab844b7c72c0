-- OpenHMIS API server (hmis-tools/hmis-api-server) — Homeless Management Information System
-- Upstream: github.com/hmis-tools/hmis-api-server, commit 1d1c2997aedd638cb92e792f769f64134d69a06d (MPL-2.0)
-- Source: src/main/resources/db/migration/V001__CREATE_PATH_CLIENT.sql … V036__ALTER_USER_ADD_FOREIGN_KEYS.sql
--   (36 Flyway MySQL migrations) replayed in order into a scratch MariaDB 10.11 database and read back with
--   SHOW CREATE TABLE (AUTO_INCREMENT counters removed). All 34 tables kept, columns in upstream order.
--   Only ordering change: TMP_COC (V035) is written before TMP_USER (V028), because V036 gives TMP_USER a
--   foreign key to it.

CREATE TABLE `PATH_CLIENT` (
  `CLIENT_KEY` int(11) NOT NULL AUTO_INCREMENT,
  `IDENTIFICATION` varchar(20) DEFAULT NULL,
  `ID_TYPE` int(11) DEFAULT NULL,
  `LAST_NAME` varchar(100) DEFAULT NULL,
  `FIRST_NAME` varchar(100) DEFAULT NULL,
  `MIDDLE_NAME` varchar(100) DEFAULT NULL,
  `DATE_OF_BIRTH` date DEFAULT NULL,
  `GENDER_KEY` int(11) DEFAULT NULL,
  `ETHNICITY_KEY` int(11) DEFAULT 0,
  `MARITAL_STATUS_KEY` int(11) DEFAULT NULL,
  `AMBULATORY_KEY` int(11) DEFAULT NULL,
  `CLIENT_NOTES` text DEFAULT NULL,
  `CREATE_DATE` date DEFAULT NULL,
  `CREATE_USER_KEY` int(11) DEFAULT NULL,
  `HOMELESS` char(1) DEFAULT NULL,
  `REGION_KEY` int(11) DEFAULT NULL,
  `SUFFIX` varchar(10) DEFAULT NULL,
  `ANONYMOUS` char(1) DEFAULT 'N',
  `UPDATE_DATE` date DEFAULT NULL,
  `UPDATE_USER_KEY` int(11) DEFAULT NULL,
  `DISABLING_CONDITION` int(11) DEFAULT 8,
  `PREVIOUS_FIRST_NAME` varchar(50) DEFAULT NULL,
  `PREVIOUS_MIDDLE_NAME` varchar(50) DEFAULT NULL,
  `PREVIOUS_LAST_NAME` varchar(50) DEFAULT NULL,
  `PREVIOUS_SUFFIX` varchar(50) DEFAULT NULL,
  `HOURS_WORKED_LAST_WEEK` int(11) DEFAULT 0,
  `LOOKING_FOR_WORK` int(11) DEFAULT 0,
  `VETERAN` int(11) DEFAULT 8,
  `HEALTH_STATUS_KEY` int(11) DEFAULT NULL,
  `PREGNANCY_STATUS` int(11) DEFAULT 0,
  `PREGNANCY_DUE_DATE` date DEFAULT NULL,
  `TRANSGENDER_TYPE` int(11) DEFAULT NULL,
  `PRIMARY_LANGUAGE_KEY` int(11) DEFAULT NULL,
  `SECONDARY_LANGUAGE_KEY` int(11) DEFAULT NULL,
  `INTERPRETER_NEEDED` char(1) DEFAULT NULL,
  `PRIMARY_LANGUAGE` int(11) DEFAULT NULL,
  `SECONDARY_LANGUAGE` int(11) DEFAULT NULL,
  `PICTURE` blob DEFAULT NULL,
  `PICTURE_NAME` varchar(75) DEFAULT NULL,
  `PICTURE_UP_USER` int(11) DEFAULT NULL,
  `PICTURE_UP_DT` date DEFAULT NULL,
  `PICTURE_DEL_USER` int(11) DEFAULT NULL,
  `PICTURE_DEL_DT` date DEFAULT NULL,
  `PICTURE_TYPE` varchar(5) DEFAULT NULL,
  `RACE_KEY` int(11) DEFAULT NULL,
  `HOMELESS_STATUS_KEY` int(11) DEFAULT NULL,
  `DOB_TYPE` int(11) DEFAULT NULL,
  `INCOME_QUESTION` int(11) DEFAULT NULL,
  `INCOME_DATE` date DEFAULT NULL,
  `NON_CASH_QUESTION` int(11) DEFAULT NULL,
  `NON_CASH_DATE` date DEFAULT NULL,
  `IS_EMPLOYED` int(11) DEFAULT NULL,
  `TENURE` int(11) DEFAULT NULL,
  `VOLUNTEER` char(1) DEFAULT NULL,
  `IS_BASIC` char(1) DEFAULT 'N',
  `UPDATE_TIMESTAMP` timestamp NULL DEFAULT NULL,
  `MIGRATION_FLAG` char(2) DEFAULT NULL,
  `IS_COORD` char(1) DEFAULT NULL,
  `NAME_TYPE` int(11) DEFAULT NULL,
  `GENDER_DESC` varchar(60) DEFAULT NULL,
  `HEALTH_INS_QUESTION` int(11) DEFAULT NULL,
  `HEALTH_INS_DATE` date DEFAULT NULL,
  `OTHER_IDENTIFICATION` varchar(30) DEFAULT NULL,
  `OTHER_IDENTIFICATION_NUM` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`CLIENT_KEY`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PATH_CLIENT_RACE` (
  `PRIMARY_KEY` int(11) NOT NULL AUTO_INCREMENT,
  `CLIENT_KEY` int(11) DEFAULT NULL,
  `RACE_KEY` int(11) DEFAULT NULL,
  `UPDATE_TIMESTAMP` timestamp NULL DEFAULT NULL,
  `MIGRATION_FLAG` char(2) DEFAULT NULL,
  PRIMARY KEY (`PRIMARY_KEY`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PATH_CLIENT_VETERAN_INFO` (
  `VETERAN_KEY` int(11) DEFAULT NULL,
  `CLIENT_KEY` int(11) NOT NULL AUTO_INCREMENT,
  `YR_ENTER_MILITARY` varchar(20) DEFAULT NULL,
  `YR_SEP_MILITARY` varchar(20) DEFAULT NULL,
  `MILITARY_BRANCH` int(11) DEFAULT NULL,
  `DISCHARGE_STATUS` int(11) DEFAULT NULL,
  `WORLD_WAR_II` int(11) DEFAULT NULL,
  `KOREAN_WAR` int(11) DEFAULT NULL,
  `VIETNAM_WAR` int(11) DEFAULT NULL,
  `PERSIAN_WAR` int(11) DEFAULT NULL,
  `AFGHANISTAN_WAR` int(11) DEFAULT NULL,
  `IRAQ_FREEDOM` int(11) DEFAULT NULL,
  `IRAQ_DAWN` int(11) DEFAULT NULL,
  `OTHER` int(11) DEFAULT NULL,
  `CREATE_USER_KEY` varchar(20) DEFAULT NULL,
  `UPDATE_USER_KEY` varchar(20) DEFAULT NULL,
  `CREATE_DATE` date DEFAULT NULL,
  `UPDATE_TIMESTAMP` timestamp NULL DEFAULT NULL,
  `VERIFIED_DATE` date DEFAULT NULL,
  PRIMARY KEY (`CLIENT_KEY`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PATH_CLIENT_PROGRAM` (
  `PROGRAM_KEY` int(11) NOT NULL AUTO_INCREMENT,
  `CLIENT_KEY` int(11) DEFAULT NULL,
  `ENTRY_DATE` date DEFAULT NULL,
  `ENTRY_CASH_GK` int(11) DEFAULT NULL,
  `ENTRY_NONCASH_GK` int(11) DEFAULT NULL,
  `EXIT_DATE` date DEFAULT NULL,
  `EXIT_CASH_GK` int(11) DEFAULT NULL,
  `EXIT_NONCASH_GK` int(11) DEFAULT NULL,
  `PROGRAM_NAME_KEY` int(11) DEFAULT NULL,
  `DESTINATION_KEY` int(11) DEFAULT NULL,
  `REASON_LEAVING_KEY` int(11) DEFAULT NULL,
  `CREATE_DATE` date DEFAULT NULL,
  `CREATE_USER_KEY` int(11) DEFAULT NULL,
  `UPDATE_DATE` date DEFAULT NULL,
  `UPDATE_USER_KEY` int(11) DEFAULT NULL,
  `STATUS` char(1) DEFAULT NULL,
  `TENURE_KEY` int(11) DEFAULT NULL,
  `SUBSIDY_KEY` int(11) DEFAULT NULL,
  `REC_ACTIVE` char(1) DEFAULT NULL,
  `SUBSIDY_OTHERS` varchar(50) DEFAULT NULL,
  `REASON_LEAVING_OTHERS` varchar(50) DEFAULT NULL,
  `DESTINATION_OTHERS` varchar(50) DEFAULT NULL,
  `HOUSING_STATUS_KEY` int(11) DEFAULT NULL,
  `COUNTYNAME` varchar(64) DEFAULT NULL,
  `ENGAGEMENT_DATE` date DEFAULT NULL,
  `BARCODE_PROFILE_KEY` int(11) DEFAULT NULL,
  `UPDATE_TIMESTAMP` timestamp NULL DEFAULT NULL,
  `MIGRATION_FLAG` char(2) DEFAULT NULL,
  `ANNUAL_CASH_GK` int(11) DEFAULT NULL,
  `ANNUAL_NONCASH_GK` int(11) DEFAULT NULL,
  PRIMARY KEY (`PROGRAM_KEY`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_PROJECT` (
  `projectId` int(11) NOT NULL AUTO_INCREMENT,
  `projectName` varchar(255) DEFAULT NULL,
  `continuumProject` int(11) DEFAULT NULL,
  `projectType` int(11) DEFAULT NULL,
  `residentialAffiliation` int(11) DEFAULT NULL,
  `resProjectId` int(11) DEFAULT NULL,
  `trackingMethod` int(11) DEFAULT NULL,
  `targetPopulation` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`projectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_PROJECT_CONTINUUM` (
  `project_coc_id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) DEFAULT NULL,
  `coc_code` varchar(255) DEFAULT NULL,
  `date_created` date DEFAULT NULL,
  `date_updated` date DEFAULT NULL,
  PRIMARY KEY (`project_coc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_PROJECT_SITE` (
  `siteId` int(11) NOT NULL AUTO_INCREMENT,
  `projectCoCId` int(11) DEFAULT NULL,
  `principalSite` int(11) DEFAULT NULL,
  `geocode` varchar(255) DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `zip` varchar(255) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`siteId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_PROJECT_FUNDER` (
  `funderId` int(11) NOT NULL AUTO_INCREMENT,
  `projectId` int(11) DEFAULT NULL,
  `funder` int(11) DEFAULT NULL,
  `grantId` varchar(255) DEFAULT NULL,
  `startDate` date DEFAULT NULL,
  `endDate` date DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`funderId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_PROJECT_INVENTORY` (
  `inventoryId` int(11) NOT NULL AUTO_INCREMENT,
  `projectCoCId` int(11) DEFAULT NULL,
  `informationDate` date DEFAULT NULL,
  `householdType` int(11) DEFAULT NULL,
  `bedType` int(11) DEFAULT NULL,
  `availability` int(11) DEFAULT NULL,
  `unitInventory` int(11) DEFAULT NULL,
  `bedInventory` int(11) DEFAULT NULL,
  `chBedInventory` int(11) DEFAULT NULL,
  `vetBedInventory` int(11) DEFAULT NULL,
  `youthBedInventory` int(11) DEFAULT NULL,
  `youthAgeGroup` int(11) DEFAULT NULL,
  `inventoryStartDate` date DEFAULT NULL,
  `inventoryEndDate` date DEFAULT NULL,
  `participatingBeds` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`inventoryId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_ORGANIZATION` (
  `organizationId` int(11) NOT NULL AUTO_INCREMENT,
  `organizationName` varchar(255) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`organizationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_CHRONIC_HEALTH_CONDITION` (
  `chronicHealthConditionId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `informationDate` date DEFAULT NULL,
  `response` int(11) DEFAULT NULL,
  `indefiniteAndImpairs` int(11) DEFAULT NULL,
  `documentationOnFile` int(11) DEFAULT NULL,
  `receivingServices` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`chronicHealthConditionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_CONTACT` (
  `contactId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `dateProvided` date DEFAULT NULL,
  `typeProvided` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`contactId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_DEVELOPMENTAL_DISABILITY` (
  `developmentalDisabilityId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `informationDate` date DEFAULT NULL,
  `response` int(11) DEFAULT NULL,
  `indefiniteAndImpairs` int(11) DEFAULT NULL,
  `documentationOnFile` int(11) DEFAULT NULL,
  `receivingServices` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`developmentalDisabilityId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_DOMESTIC_ABUSE` (
  `domesticAbuseId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `informationDate` date DEFAULT NULL,
  `domesticViolenceVictim` int(11) DEFAULT NULL,
  `whenOccurred` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`domesticAbuseId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_EXIT` (
  `exitId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `projectExitDate` date DEFAULT NULL,
  `destinationTypeCode` int(11) DEFAULT NULL,
  `otherDestination` varchar(255) DEFAULT NULL,
  `assessmentDisposition` int(11) DEFAULT NULL,
  `otherDisposition` varchar(255) DEFAULT NULL,
  `housingAssessment` int(11) DEFAULT NULL,
  `subsidyInformation` int(11) DEFAULT NULL,
  `connectionWithSoar` int(11) DEFAULT NULL,
  `employedInformationDate` date DEFAULT NULL,
  `employed` int(11) DEFAULT NULL,
  `employmentType` int(11) DEFAULT NULL,
  `notEmployedReason` int(11) DEFAULT NULL,
  `generalHealthStatus` int(11) DEFAULT NULL,
  `dentalHealthStatus` int(11) DEFAULT NULL,
  `mentalHealthStatus` int(11) DEFAULT NULL,
  `writtenAftercarePlan` int(11) DEFAULT NULL,
  `assistanceMainstreamBenefits` int(11) DEFAULT NULL,
  `permanentHousingPlacement` int(11) DEFAULT NULL,
  `temporaryShelterPlacement` int(11) DEFAULT NULL,
  `exitCounciling` int(11) DEFAULT NULL,
  `furtherFollowupServices` int(11) DEFAULT NULL,
  `scheduledFollowupContacts` int(11) DEFAULT NULL,
  `resourcePackage` int(11) DEFAULT NULL,
  `otherAftercarePlanOrAction` int(11) DEFAULT NULL,
  `projectCompletionStatus` int(11) DEFAULT NULL,
  `earlyExitReason` int(11) DEFAULT NULL,
  `earlyExpulsionReason` int(11) DEFAULT NULL,
  `familyReunificationCode` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`exitId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_FINANCIAL_ASSISTANCE` (
  `financialAssistanceId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `dateProvided` date DEFAULT NULL,
  `hopwaTypeProvided` int(11) DEFAULT NULL,
  `hopwaFaaAmount` int(11) DEFAULT NULL,
  `ssvfTypeProvided` int(11) DEFAULT NULL,
  `ssvfFaaAmount` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`financialAssistanceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_HEALTH_INSURANCE` (
  `healthInsuranceId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `informationDate` date DEFAULT NULL,
  `insuranceFromAnySource` int(11) DEFAULT NULL,
  `medicaid` int(11) DEFAULT NULL,
  `noMedicaidReason` int(11) DEFAULT NULL,
  `medicare` int(11) DEFAULT NULL,
  `noMedicareReason` int(11) DEFAULT NULL,
  `schip` int(11) DEFAULT NULL,
  `noSchipReason` int(11) DEFAULT NULL,
  `vaMedicalServices` int(11) DEFAULT NULL,
  `noVaMedReason` int(11) DEFAULT NULL,
  `employerProvided` int(11) DEFAULT NULL,
  `noEmployerProvidedReason` int(11) DEFAULT NULL,
  `cobra` int(11) DEFAULT NULL,
  `noCobraReason` int(11) DEFAULT NULL,
  `Pay` int(11) DEFAULT NULL,
  `noPayReason` int(11) DEFAULT NULL,
  `stateHealthIns` int(11) DEFAULT NULL,
  `noStateHealthInsReason` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`healthInsuranceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_HIV_AIDS_STATUS` (
  `hivAidsStatusId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `informationDate` date DEFAULT NULL,
  `response` int(11) DEFAULT NULL,
  `indefiniteAndImpairs` int(11) DEFAULT NULL,
  `documentationOnFile` int(11) DEFAULT NULL,
  `receivingServices` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`hivAidsStatusId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_INCOME_SOURCE` (
  `incomeSourceId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `informationDate` date DEFAULT NULL,
  `incomeFromAnySourceCode` int(11) DEFAULT NULL,
  `totalMonthlyIncome` int(11) DEFAULT NULL,
  `earned` int(11) DEFAULT NULL,
  `earnedAmount` int(11) DEFAULT NULL,
  `unemployment` int(11) DEFAULT NULL,
  `unemploymentAmount` int(11) DEFAULT NULL,
  `ssi` int(11) DEFAULT NULL,
  `ssiAmount` int(11) DEFAULT NULL,
  `ssdi` int(11) DEFAULT NULL,
  `ssdiAmount` int(11) DEFAULT NULL,
  `vaDisabilityService` int(11) DEFAULT NULL,
  `vaDisabilityServiceAmount` int(11) DEFAULT NULL,
  `vaDisabilityNonService` int(11) DEFAULT NULL,
  `vaDisabilityNonServiceAmount` int(11) DEFAULT NULL,
  `Disability` int(11) DEFAULT NULL,
  `DisabilityAmount` int(11) DEFAULT NULL,
  `workerscomp` int(11) DEFAULT NULL,
  `workersCompAmount` int(11) DEFAULT NULL,
  `tanf` int(11) DEFAULT NULL,
  `tanfAmount` int(11) DEFAULT NULL,
  `ga` int(11) DEFAULT NULL,
  `gaAmount` int(11) DEFAULT NULL,
  `socSecRetirement` int(11) DEFAULT NULL,
  `socSecRetirementAmount` int(11) DEFAULT NULL,
  `pension` int(11) DEFAULT NULL,
  `pensionAmount` int(11) DEFAULT NULL,
  `childSupport` int(11) DEFAULT NULL,
  `childSupportAmount` int(11) DEFAULT NULL,
  `alimony` int(11) DEFAULT NULL,
  `alimonyAmount` int(11) DEFAULT NULL,
  `otherIncomeSource` int(11) DEFAULT NULL,
  `otherIncomeAmount` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`incomeSourceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_MEDICAL_ASSISTANCE` (
  `medicalAssistanceId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `informationDate` date DEFAULT NULL,
  `hivAidsAssistance` int(11) DEFAULT NULL,
  `noHivAidsAssistanceReason` int(11) DEFAULT NULL,
  `adap` int(11) DEFAULT NULL,
  `noAdapReason` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`medicalAssistanceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_MENTAL_HEALTH_PROBLEM` (
  `mentalHealthProblemId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `informationDate` date DEFAULT NULL,
  `response` int(11) DEFAULT NULL,
  `indefiniteAndImpairs` int(11) DEFAULT NULL,
  `documentationOnFile` int(11) DEFAULT NULL,
  `receivingServices` int(11) DEFAULT NULL,
  `pathHowConfirmed` int(11) DEFAULT NULL,
  `pathSmiInformation` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`mentalHealthProblemId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_NON_CASH_BENEFIT` (
  `nonCashBenefitId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `informationDate` date DEFAULT NULL,
  `benefitsFromAnySource` int(11) DEFAULT NULL,
  `snap` int(11) DEFAULT NULL,
  `wic` int(11) DEFAULT NULL,
  `tanfChildCare` int(11) DEFAULT NULL,
  `tanfTransportation` int(11) DEFAULT NULL,
  `otherTanf` int(11) DEFAULT NULL,
  `rentalAssistanceOngoing` int(11) DEFAULT NULL,
  `otherBenefitsSource` int(11) DEFAULT NULL,
  `rentalAssistanceTemp` int(11) DEFAULT NULL,
  `otherBenefitsSourceIdentify` varchar(255) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`nonCashBenefitId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_PHYSICAL_DISABILITY` (
  `physicalDisabilityId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `informationDate` date DEFAULT NULL,
  `response` int(11) DEFAULT NULL,
  `indefiniteAndImpairs` int(11) DEFAULT NULL,
  `documentationOnFile` int(11) DEFAULT NULL,
  `receivingServices` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`physicalDisabilityId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_REFERRAL` (
  `referralId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `referralDate` date DEFAULT NULL,
  `pathTypeProvided` int(11) DEFAULT NULL,
  `referralOutcome` int(11) DEFAULT NULL,
  `rhyTypeProvided` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`referralId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_SERVICE` (
  `serviceId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `dateProvided` date DEFAULT NULL,
  `pathTypeProvided` int(11) DEFAULT NULL,
  `rhyTypeProvided` int(11) DEFAULT NULL,
  `hopwaTypeProvided` int(11) DEFAULT NULL,
  `ssvfTypeProvided` int(11) DEFAULT NULL,
  `ssvfVaSubTypeProvided` int(11) DEFAULT NULL,
  `ssvfCoordinatingSubTypeProvided` int(11) DEFAULT NULL,
  `ssvfDirectSubTypeProvided` int(11) DEFAULT NULL,
  `ssvfOtherService` varchar(255) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`serviceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_SUBSTANCE_ABUSE` (
  `substanceAbuseId` int(11) NOT NULL AUTO_INCREMENT,
  `enrollmentId` int(11) DEFAULT NULL,
  `informationDate` date DEFAULT NULL,
  `response` int(11) DEFAULT NULL,
  `indefiniteAndImpairs` int(11) DEFAULT NULL,
  `documentationOnFile` int(11) DEFAULT NULL,
  `receivingServices` int(11) DEFAULT NULL,
  `pathHowConfirmed` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`substanceAbuseId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_ENROLLMENT` (
  `enrollmentId` int(11) NOT NULL AUTO_INCREMENT,
  `personalId` int(11) DEFAULT NULL,
  `projectExit` int(11) DEFAULT NULL,
  `disablingCondition` int(11) DEFAULT NULL,
  `residencePrior` int(11) DEFAULT NULL,
  `otherResidence` varchar(255) DEFAULT NULL,
  `residencePriorLengthOfStay` int(11) DEFAULT NULL,
  `entryDate` date DEFAULT NULL,
  `householdId` int(11) DEFAULT NULL,
  `relationshipToHoH` int(11) DEFAULT NULL,
  `clientLocationInformationDate` date DEFAULT NULL,
  `cocCode` varchar(255) DEFAULT NULL,
  `continuouslyHomelessOneYear` int(11) DEFAULT NULL,
  `timesHomelessInPastThreeYears` int(11) DEFAULT NULL,
  `monthsHomelessPastThreeYears` int(11) DEFAULT NULL,
  `monthsHomelessThisTime` int(11) DEFAULT NULL,
  `statusDocumentedCode` int(11) DEFAULT NULL,
  `housingStatus` int(11) DEFAULT NULL,
  `dateOfEngagement` date DEFAULT NULL,
  `residentialMoveInDate` date DEFAULT NULL,
  `inPermanentHousing` int(11) DEFAULT NULL,
  `permanentHousingMoveDate` date DEFAULT NULL,
  `dateOfPathStatus` date DEFAULT NULL,
  `clientEnrolledInPath` int(11) DEFAULT NULL,
  `reasonNotEnrolled` int(11) DEFAULT NULL,
  `dateOfBcpStatus` date DEFAULT NULL,
  `fysbYouth` int(11) DEFAULT NULL,
  `reasonNoServices` int(11) DEFAULT NULL,
  `sexualOrientation` int(11) DEFAULT NULL,
  `lastGradeCompleted` int(11) DEFAULT NULL,
  `schoolStatus` int(11) DEFAULT NULL,
  `employedInformationDate` date DEFAULT NULL,
  `employed` int(11) DEFAULT NULL,
  `employmentType` int(11) DEFAULT NULL,
  `notEmployedReason` int(11) DEFAULT NULL,
  `generalHealthStatus` int(11) DEFAULT NULL,
  `dentalHealthStatus` int(11) DEFAULT NULL,
  `mentalHealthStatus` int(11) DEFAULT NULL,
  `pregnancyStatusCode` int(11) DEFAULT NULL,
  `pregnancyDueDate` date DEFAULT NULL,
  `formerlyChildWelfare` int(11) DEFAULT NULL,
  `childWelfareYears` int(11) DEFAULT NULL,
  `childWelfareMonths` int(11) DEFAULT NULL,
  `formerWardJuvenileJustice` int(11) DEFAULT NULL,
  `juvenileJusticeYears` int(11) DEFAULT NULL,
  `juvenileJusticeMonths` int(11) DEFAULT NULL,
  `householdDynamics` int(11) DEFAULT NULL,
  `sexualOrientationGenderIdYouth` int(11) DEFAULT NULL,
  `sexualOrientationGenderIdFam` int(11) DEFAULT NULL,
  `housingIssuesYouth` int(11) DEFAULT NULL,
  `housingIssuesFam` int(11) DEFAULT NULL,
  `schoolEducationalIssuesYouth` int(11) DEFAULT NULL,
  `schoolEducationalIssuesFam` int(11) DEFAULT NULL,
  `unemploymentYouth` int(11) DEFAULT NULL,
  `unemploymentFam` int(11) DEFAULT NULL,
  `mentalHealthIssuesYouth` int(11) DEFAULT NULL,
  `mentalHealthIssuesFam` int(11) DEFAULT NULL,
  `healthIssuesYouth` int(11) DEFAULT NULL,
  `healthIssuesFam` int(11) DEFAULT NULL,
  `physicalDisabilityYouth` int(11) DEFAULT NULL,
  `physicalDisabilityFam` int(11) DEFAULT NULL,
  `mentalDisabilityYouth` int(11) DEFAULT NULL,
  `mentalDisabilityFam` int(11) DEFAULT NULL,
  `abuseAndNeglectYouth` int(11) DEFAULT NULL,
  `abuseAndNeglectFam` int(11) DEFAULT NULL,
  `alcoholDrugAbuseYouth` int(11) DEFAULT NULL,
  `alcoholDrugAbuseFam` int(11) DEFAULT NULL,
  `insufficientIncome` int(11) DEFAULT NULL,
  `activeMilitaryParent` int(11) DEFAULT NULL,
  `incarceratedParent` int(11) DEFAULT NULL,
  `incarceratedParentStatus` int(11) DEFAULT NULL,
  `referralSource` int(11) DEFAULT NULL,
  `countOUtreachReferralApproaches` int(11) DEFAULT NULL,
  `exchangeForSexPastThreeMonths` int(11) DEFAULT NULL,
  `countOfExchangeForSex` int(11) DEFAULT NULL,
  `askedOrForcedToExchangeForSex` int(11) DEFAULT NULL,
  `worstHousingSituation` int(11) DEFAULT NULL,
  `percentAmi` int(11) DEFAULT NULL,
  `lastPermanentStreet` varchar(255) DEFAULT NULL,
  `lastPermanentCity` varchar(255) DEFAULT NULL,
  `lastPermanentState` varchar(255) DEFAULT NULL,
  `lastPermanentZip` varchar(255) DEFAULT NULL,
  `addressDataQuality` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`enrollmentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_COC` (
  `coCId` int(11) NOT NULL AUTO_INCREMENT,
  `coCName` varchar(255) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`coCId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_USER` (
  `userId` int(11) NOT NULL AUTO_INCREMENT,
  `externalID` varchar(255) DEFAULT NULL,
  `canRead` int(11) DEFAULT NULL,
  `canWrite` int(11) DEFAULT NULL,
  `canAdmin` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  `organizationId` int(11) DEFAULT NULL,
  `coCId` int(11) DEFAULT NULL,
  PRIMARY KEY (`userId`),
  UNIQUE KEY `externalID` (`externalID`),
  KEY `coCId_fk` (`coCId`),
  KEY `organizationId_fk` (`organizationId`),
  CONSTRAINT `coCId_fk` FOREIGN KEY (`coCId`) REFERENCES `TMP_COC` (`coCId`),
  CONSTRAINT `organizationId_fk` FOREIGN KEY (`organizationId`) REFERENCES `TMP_ORGANIZATION` (`organizationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_TOKEN_CACHE` (
  `tokenCacheId` int(11) NOT NULL AUTO_INCREMENT,
  `externalId` text DEFAULT NULL,
  `idToken` text DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`tokenCacheId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_CONSENT` (
  `consentId` int(11) NOT NULL AUTO_INCREMENT,
  `submitterId` int(11) DEFAULT NULL,
  `clientKey` int(11) DEFAULT NULL,
  `approvalStatusCode` int(11) DEFAULT NULL,
  `dateProcessed` date DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`consentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_CONSENT_FIELD` (
  `consentFieldId` int(11) NOT NULL AUTO_INCREMENT,
  `consentId` int(11) DEFAULT NULL,
  `fieldCode` int(11) DEFAULT NULL,
  `requestTypeCode` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`consentFieldId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_CONSENT_COC` (
  `consentCoCId` int(11) NOT NULL AUTO_INCREMENT,
  `consentId` int(11) DEFAULT NULL,
  `coCId` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`consentCoCId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TMP_CONSENT_ORGANIZATION` (
  `consentOrganizationId` int(11) NOT NULL AUTO_INCREMENT,
  `consentId` int(11) DEFAULT NULL,
  `organizationId` int(11) DEFAULT NULL,
  `dateCreated` date DEFAULT NULL,
  `dateUpdated` date DEFAULT NULL,
  PRIMARY KEY (`consentOrganizationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
