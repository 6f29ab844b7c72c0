-- Columbarium management system (kenlayug/columbarium-laravel): memorial-park columbarium sales, interments and service scheduling
-- Upstream: github.com/kenlayug/columbarium-laravel, commit e3829a2f07b2ce9bc29cf09761a23c559bda1934 (MIT, as declared in composer.json)
-- Laravel 5.1 migrations database/migrations/*.php replayed in order into MySQL DDL; all 66 tables.

CREATE TABLE `tblPosition` (
  `intPositionId` int unsigned NOT NULL AUTO_INCREMENT,
  `strPositionName` varchar(255) NOT NULL,
  `intUserAuth` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intPositionId`),
  UNIQUE KEY `tblposition_strpositionname_unique` (`strPositionName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `password` varchar(60) NOT NULL,
  `remember_token` varchar(100) NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `strFirstName` varchar(50) NOT NULL,
  `strMiddleName` varchar(50) NULL,
  `strLastName` varchar(50) NOT NULL,
  `strAddress` text NOT NULL,
  `dateBirthday` date NOT NULL,
  `deleted_at` timestamp NULL,
  `intPositionIdFK` int unsigned NOT NULL,
  `strPhotoDirectory` varchar(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  UNIQUE KEY `uqName` (`strFirstName`, `strMiddleName`, `strLastName`),
  UNIQUE KEY `users_strphotodirectory_unique` (`strPhotoDirectory`),
  CONSTRAINT `users_intpositionidfk_foreign` FOREIGN KEY (`intPositionIdFK`) REFERENCES `tblPosition` (`intPositionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblCheque` (
  `intChequeId` int unsigned NOT NULL AUTO_INCREMENT,
  `strBankName` varchar(255) NOT NULL,
  `strReceiver` varchar(255) NOT NULL,
  `strChequeNo` varchar(255) NOT NULL,
  `dateCheque` date NOT NULL,
  `strAccountHolderName` varchar(255) NOT NULL,
  `strAccountNo` varchar(255) NOT NULL,
  PRIMARY KEY (`intChequeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  KEY `password_resets_email_index` (`email`),
  KEY `password_resets_token_index` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblAdditionalCategory` (
  `intAdditionalCategoryId` int unsigned NOT NULL AUTO_INCREMENT,
  `strAdditionalCategoryName` varchar(50) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intAdditionalCategoryId`),
  UNIQUE KEY `tbladditionalcategory_stradditionalcategoryname_unique` (`strAdditionalCategoryName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblAdditional` (
  `intAdditionalId` int unsigned NOT NULL AUTO_INCREMENT,
  `strAdditionalName` varchar(50) NOT NULL,
  `strAdditionalDesc` text NULL,
  `intAdditionalCategoryIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intAdditionalId`),
  UNIQUE KEY `tbladditional_stradditionalname_unique` (`strAdditionalName`),
  CONSTRAINT `tbladditional_intadditionalcategoryidfk_foreign` FOREIGN KEY (`intAdditionalCategoryIdFK`) REFERENCES `tblAdditionalCategory` (`intAdditionalCategoryId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblAdditionalPrice` (
  `intAdditionalPriceId` int unsigned NOT NULL AUTO_INCREMENT,
  `intAdditionalIdFK` int unsigned NOT NULL,
  `deciPrice` decimal(8,2) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intAdditionalPriceId`),
  CONSTRAINT `tbladditionalprice_intadditionalidfk_foreign` FOREIGN KEY (`intAdditionalIdFK`) REFERENCES `tblAdditional` (`intAdditionalId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblRequirement` (
  `intRequirementId` int unsigned NOT NULL AUTO_INCREMENT,
  `strRequirementName` varchar(50) NOT NULL,
  `strRequirementDesc` text NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intRequirementId`),
  UNIQUE KEY `tblrequirement_strrequirementname_unique` (`strRequirementName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblServiceCategory` (
  `intServiceCategoryId` int unsigned NOT NULL AUTO_INCREMENT,
  `strServiceCategoryName` varchar(255) NOT NULL,
  `intServiceType` int NOT NULL,
  `intServiceSchedulePerDay` int NOT NULL,
  `intServiceDayInterval` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intServiceCategoryId`),
  UNIQUE KEY `tblservicecategory_strservicecategoryname_unique` (`strServiceCategoryName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblService` (
  `intServiceId` int unsigned NOT NULL AUTO_INCREMENT,
  `strServiceName` varchar(50) NOT NULL,
  `strServiceDesc` text NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  `intServiceCategoryIdFK` int unsigned NOT NULL,
  PRIMARY KEY (`intServiceId`),
  UNIQUE KEY `tblservice_strservicename_unique` (`strServiceName`),
  CONSTRAINT `tblservice_intservicecategoryidfk_foreign` FOREIGN KEY (`intServiceCategoryIdFK`) REFERENCES `tblServiceCategory` (`intServiceCategoryId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblServiceRequirement` (
  `intServiceRequirementId` int unsigned NOT NULL AUTO_INCREMENT,
  `intServiceIdFK` int unsigned NOT NULL,
  `intRequirementIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intServiceRequirementId`),
  CONSTRAINT `tblservicerequirement_intserviceidfk_foreign` FOREIGN KEY (`intServiceIdFK`) REFERENCES `tblService` (`intServiceId`),
  CONSTRAINT `tblservicerequirement_intrequirementidfk_foreign` FOREIGN KEY (`intRequirementIdFK`) REFERENCES `tblRequirement` (`intRequirementId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblServicePrice` (
  `intServicePriceId` int unsigned NOT NULL AUTO_INCREMENT,
  `intServiceIdFK` int unsigned NOT NULL,
  `deciPrice` decimal(8,2) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intServicePriceId`),
  CONSTRAINT `tblserviceprice_intserviceidfk_foreign` FOREIGN KEY (`intServiceIdFK`) REFERENCES `tblService` (`intServiceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblPackage` (
  `intPackageId` int unsigned NOT NULL AUTO_INCREMENT,
  `strPackageName` varchar(50) NOT NULL,
  `strPackageDesc` text NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intPackageId`),
  UNIQUE KEY `tblpackage_strpackagename_unique` (`strPackageName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblPackagePrice` (
  `intPackagePriceId` int unsigned NOT NULL AUTO_INCREMENT,
  `intPackageIdFK` int unsigned NOT NULL,
  `deciPrice` decimal(8,2) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intPackagePriceId`),
  CONSTRAINT `tblpackageprice_intpackageidfk_foreign` FOREIGN KEY (`intPackageIdFK`) REFERENCES `tblPackage` (`intPackageId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblPackageAdditional` (
  `intPackageAdditionalId` int unsigned NOT NULL AUTO_INCREMENT,
  `intPackageIdFK` int unsigned NOT NULL,
  `intAdditionalIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  `intQuantity` int NOT NULL,
  PRIMARY KEY (`intPackageAdditionalId`),
  CONSTRAINT `tblpackageadditional_intpackageidfk_foreign` FOREIGN KEY (`intPackageIdFK`) REFERENCES `tblPackage` (`intPackageId`),
  CONSTRAINT `tblpackageadditional_intadditionalidfk_foreign` FOREIGN KEY (`intAdditionalIdFK`) REFERENCES `tblAdditional` (`intAdditionalId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblPackageService` (
  `intPackageServiceId` int unsigned NOT NULL AUTO_INCREMENT,
  `intPackageIdFK` int unsigned NOT NULL,
  `intServiceIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  `intQuantity` int NOT NULL,
  PRIMARY KEY (`intPackageServiceId`),
  CONSTRAINT `tblpackageservice_intpackageidfk_foreign` FOREIGN KEY (`intPackageIdFK`) REFERENCES `tblPackage` (`intPackageId`),
  CONSTRAINT `tblpackageservice_intserviceidfk_foreign` FOREIGN KEY (`intServiceIdFK`) REFERENCES `tblService` (`intServiceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblBuilding` (
  `intBuildingId` int unsigned NOT NULL AUTO_INCREMENT,
  `strBuildingName` varchar(50) NOT NULL,
  `strBuildingLocation` text NOT NULL,
  `strBuildingCode` varchar(5) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intBuildingId`),
  UNIQUE KEY `tblbuilding_strbuildingname_unique` (`strBuildingName`),
  UNIQUE KEY `tblbuilding_strbuildingcode_unique` (`strBuildingCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblFloor` (
  `intFloorId` int unsigned NOT NULL AUTO_INCREMENT,
  `intFloorNo` int NOT NULL,
  `intBuildingIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intFloorId`),
  CONSTRAINT `tblfloor_intbuildingidfk_foreign` FOREIGN KEY (`intBuildingIdFK`) REFERENCES `tblBuilding` (`intBuildingId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblFloorType` (
  `intFloorTypeId` int unsigned NOT NULL AUTO_INCREMENT,
  `strFloorTypeName` varchar(50) NOT NULL,
  `boolUnit` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intFloorTypeId`),
  UNIQUE KEY `tblfloortype_strfloortypename_unique` (`strFloorTypeName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblRoom` (
  `intRoomId` int unsigned NOT NULL AUTO_INCREMENT,
  `intFloorIdFK` int unsigned NOT NULL,
  `intMaxBlock` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  `strRoomName` varchar(255) NOT NULL,
  PRIMARY KEY (`intRoomId`),
  UNIQUE KEY `tblroom_strroomname_intflooridfk_unique` (`strRoomName`, `intFloorIdFK`),
  CONSTRAINT `tblroom_intflooridfk_foreign` FOREIGN KEY (`intFloorIdFK`) REFERENCES `tblFloor` (`intFloorId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblRoomType` (
  `intRoomTypeId` int unsigned NOT NULL AUTO_INCREMENT,
  `strRoomTypeName` varchar(255) NOT NULL,
  `boolUnit` tinyint(1) NOT NULL,
  `strUnitTypeName` varchar(255) NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intRoomTypeId`),
  UNIQUE KEY `tblroomtype_strroomtypename_unique` (`strRoomTypeName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblBlock` (
  `intBlockId` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  `intRoomIdFK` int unsigned NOT NULL,
  `intBlockNo` int NOT NULL,
  `intUnitTypeIdFK` int unsigned NOT NULL,
  PRIMARY KEY (`intBlockId`),
  UNIQUE KEY `tblblock_introomidfk_intblockno_unique` (`intRoomIdFK`, `intBlockNo`),
  CONSTRAINT `tblblock_introomidfk_foreign` FOREIGN KEY (`intRoomIdFK`) REFERENCES `tblRoom` (`intRoomId`),
  CONSTRAINT `tblblock_intunittypeidfk_foreign` FOREIGN KEY (`intUnitTypeIdFK`) REFERENCES `tblRoomType` (`intRoomTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblUnitCategory` (
  `intUnitCategoryId` int unsigned NOT NULL AUTO_INCREMENT,
  `intLevelNo` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `intFloorIdFK` int unsigned NOT NULL,
  `intUnitTypeIdFK` int unsigned NOT NULL,
  PRIMARY KEY (`intUnitCategoryId`),
  CONSTRAINT `tblunitcategory_intflooridfk_foreign` FOREIGN KEY (`intFloorIdFK`) REFERENCES `tblFloor` (`intFloorId`),
  CONSTRAINT `tblunitcategory_intunittypeidfk_foreign` FOREIGN KEY (`intUnitTypeIdFK`) REFERENCES `tblRoomType` (`intRoomTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblUnitCategoryPrice` (
  `intUnitCategoryPriceId` int unsigned NOT NULL AUTO_INCREMENT,
  `intUnitCategoryIdFK` int unsigned NOT NULL,
  `deciPrice` decimal(8,2) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intUnitCategoryPriceId`),
  CONSTRAINT `tblunitcategoryprice_intunitcategoryidfk_foreign` FOREIGN KEY (`intUnitCategoryIdFK`) REFERENCES `tblUnitCategory` (`intUnitCategoryId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblCustomer` (
  `intCustomerId` int unsigned NOT NULL AUTO_INCREMENT,
  `strFirstName` varchar(50) NOT NULL,
  `strMiddleName` varchar(50) NULL,
  `strLastName` varchar(50) NOT NULL,
  `strAddress` text NOT NULL,
  `strContactNo` varchar(15) NOT NULL,
  `dateBirthday` date NOT NULL,
  `intGender` int NOT NULL,
  `intCivilStatus` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intCustomerId`),
  UNIQUE KEY `tblcustomer_strfirstname_strmiddlename_strlastname_unique` (`strFirstName`, `strMiddleName`, `strLastName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblUnit` (
  `intUnitId` int unsigned NOT NULL AUTO_INCREMENT,
  `intBlockIdFK` int unsigned NOT NULL,
  `intUnitCategoryIdFK` int unsigned NOT NULL,
  `intColumnNo` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `intUnitStatus` int NOT NULL,
  `intCustomerIdFK` int unsigned NULL,
  PRIMARY KEY (`intUnitId`),
  CONSTRAINT `tblunit_intblockidfk_foreign` FOREIGN KEY (`intBlockIdFK`) REFERENCES `tblBlock` (`intBlockId`),
  CONSTRAINT `tblunit_intunitcategoryidfk_foreign` FOREIGN KEY (`intUnitCategoryIdFK`) REFERENCES `tblUnitCategory` (`intUnitCategoryId`),
  CONSTRAINT `tblunit_intcustomeridfk_foreign` FOREIGN KEY (`intCustomerIdFK`) REFERENCES `tblCustomer` (`intCustomerId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblInterest` (
  `intInterestId` int unsigned NOT NULL AUTO_INCREMENT,
  `intNoOfYear` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intInterestId`),
  UNIQUE KEY `tblinterest_intnoofyear_unique` (`intNoOfYear`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblInterestRate` (
  `intInterestRateId` int unsigned NOT NULL AUTO_INCREMENT,
  `intAtNeed` int NOT NULL,
  `intInterestIdFK` int unsigned NOT NULL,
  `deciInterestRate` decimal(5,4) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intInterestRateId`),
  CONSTRAINT `tblinterestrate_intinterestidfk_foreign` FOREIGN KEY (`intInterestIdFK`) REFERENCES `tblInterest` (`intInterestId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblReservation` (
  `intReservationId` int unsigned NOT NULL AUTO_INCREMENT,
  `intCustomerIdFK` int unsigned NOT NULL,
  `deciAmountPaid` decimal(8,2) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intReservationId`),
  CONSTRAINT `tblreservation_intcustomeridfk_foreign` FOREIGN KEY (`intCustomerIdFK`) REFERENCES `tblCustomer` (`intCustomerId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblReservationDetail` (
  `intReservationDetailId` int unsigned NOT NULL AUTO_INCREMENT,
  `intReservationIdFK` int unsigned NOT NULL,
  `intUnitIdFK` int unsigned NOT NULL,
  `intInterestIdFK` int unsigned NOT NULL,
  `intUnitCategoryPriceIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  `intInterestRateIdFK` int unsigned NOT NULL,
  PRIMARY KEY (`intReservationDetailId`),
  CONSTRAINT `tblreservationdetail_intreservationidfk_foreign` FOREIGN KEY (`intReservationIdFK`) REFERENCES `tblReservation` (`intReservationId`),
  CONSTRAINT `tblreservationdetail_intunitidfk_foreign` FOREIGN KEY (`intUnitIdFK`) REFERENCES `tblUnit` (`intUnitId`),
  CONSTRAINT `tblreservationdetail_intinterestidfk_foreign` FOREIGN KEY (`intInterestIdFK`) REFERENCES `tblInterest` (`intInterestId`),
  CONSTRAINT `tblreservationdetail_intunitcategorypriceidfk_foreign` FOREIGN KEY (`intUnitCategoryPriceIdFK`) REFERENCES `tblUnitCategoryPrice` (`intUnitCategoryPriceId`),
  CONSTRAINT `tblreservationdetail_intinterestrateidfk_foreign` FOREIGN KEY (`intInterestRateIdFK`) REFERENCES `tblInterestRate` (`intInterestRateId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblRoomDetail` (
  `intRoomDetailId` int unsigned NOT NULL AUTO_INCREMENT,
  `intRoomIdFK` int unsigned NOT NULL,
  `intRoomTypeIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intRoomDetailId`),
  UNIQUE KEY `tblroomdetail_introomidfk_introomtypeidfk_unique` (`intRoomIdFK`, `intRoomTypeIdFK`),
  CONSTRAINT `tblroomdetail_introomidfk_foreign` FOREIGN KEY (`intRoomIdFK`) REFERENCES `tblRoom` (`intRoomId`),
  CONSTRAINT `tblroomdetail_introomtypeidfk_foreign` FOREIGN KEY (`intRoomTypeIdFK`) REFERENCES `tblRoomType` (`intRoomTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblDownpayment` (
  `intDownpaymentId` int unsigned NOT NULL AUTO_INCREMENT,
  `intCustomerIdFK` int unsigned NOT NULL,
  `intUnitIdFK` int unsigned NOT NULL,
  `intUnitCategoryPriceIdFK` int unsigned NOT NULL,
  `boolPaid` tinyint(1) NOT NULL DEFAULT '0',
  `boolSwitch` tinyint(1) NOT NULL DEFAULT '0',
  `intInterestRateIdFK` int unsigned NOT NULL,
  `boolNoPaymentWarning` tinyint(1) NOT NULL,
  `boolNotFullWarning` tinyint(1) NOT NULL,
  `dateDueDate` date NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intDownpaymentId`),
  CONSTRAINT `tbldownpayment_intcustomeridfk_foreign` FOREIGN KEY (`intCustomerIdFK`) REFERENCES `tblCustomer` (`intCustomerId`),
  CONSTRAINT `tbldownpayment_intunitidfk_foreign` FOREIGN KEY (`intUnitIdFK`) REFERENCES `tblUnit` (`intUnitId`),
  CONSTRAINT `tbldownpayment_intunitcategorypriceidfk_foreign` FOREIGN KEY (`intUnitCategoryPriceIdFK`) REFERENCES `tblUnitCategoryPrice` (`intUnitCategoryPriceId`),
  CONSTRAINT `tbldownpayment_intinterestrateidfk_foreign` FOREIGN KEY (`intInterestRateIdFK`) REFERENCES `tblInterestRate` (`intInterestRateId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblBuyUnit` (
  `intBuyUnitId` int unsigned NOT NULL AUTO_INCREMENT,
  `intCustomerIdFK` int unsigned NOT NULL,
  `intPaymentType` int NOT NULL,
  `deciAmountPaid` decimal(8,2) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intBuyUnitId`),
  CONSTRAINT `tblbuyunit_intcustomeridfk_foreign` FOREIGN KEY (`intCustomerIdFK`) REFERENCES `tblCustomer` (`intCustomerId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblBuyUnitDetail` (
  `intBuyUnitDetail` int unsigned NOT NULL AUTO_INCREMENT,
  `intBuyUnitIdFK` int unsigned NOT NULL,
  `intUnitIdFK` int unsigned NOT NULL,
  `intUnitCategoryPriceIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intBuyUnitDetail`),
  CONSTRAINT `tblbuyunitdetail_intbuyunitidfk_foreign` FOREIGN KEY (`intBuyUnitIdFK`) REFERENCES `tblBuyUnit` (`intBuyUnitId`),
  CONSTRAINT `tblbuyunitdetail_intunitidfk_foreign` FOREIGN KEY (`intUnitIdFK`) REFERENCES `tblUnit` (`intUnitId`),
  CONSTRAINT `tblbuyunitdetail_intunitcategorypriceidfk_foreign` FOREIGN KEY (`intUnitCategoryPriceIdFK`) REFERENCES `tblUnitCategoryPrice` (`intUnitCategoryPriceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblCollection` (
  `intCollectionId` int unsigned NOT NULL AUTO_INCREMENT,
  `intCustomerIdFK` int unsigned NOT NULL,
  `intUnitIdFK` int unsigned NULL,
  `intUnitCategoryPriceIdFK` int unsigned NULL,
  `intInterestRateIdFK` int unsigned NULL,
  `intServicePriceIdFK` int unsigned NULL,
  `intPackagePriceIdFK` int unsigned NULL,
  `dateCollectionStart` date NOT NULL,
  `boolFinish` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intCollectionId`),
  CONSTRAINT `tblcollection_intcustomeridfk_foreign` FOREIGN KEY (`intCustomerIdFK`) REFERENCES `tblCustomer` (`intCustomerId`),
  CONSTRAINT `tblcollection_intunitidfk_foreign` FOREIGN KEY (`intUnitIdFK`) REFERENCES `tblUnit` (`intUnitId`),
  CONSTRAINT `tblcollection_intunitcategorypriceidfk_foreign` FOREIGN KEY (`intUnitCategoryPriceIdFK`) REFERENCES `tblUnitCategoryPrice` (`intUnitCategoryPriceId`),
  CONSTRAINT `tblcollection_intinterestrateidfk_foreign` FOREIGN KEY (`intInterestRateIdFK`) REFERENCES `tblInterestRate` (`intInterestRateId`),
  CONSTRAINT `tblcollection_intservicepriceidfk_foreign` FOREIGN KEY (`intServicePriceIdFK`) REFERENCES `tblServicePrice` (`intServicePriceId`),
  CONSTRAINT `tblcollection_intpackagepriceidfk_foreign` FOREIGN KEY (`intPackagePriceIdFK`) REFERENCES `tblPackagePrice` (`intPackagePriceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblCollectionPayment` (
  `intCollectionPaymentId` int unsigned NOT NULL AUTO_INCREMENT,
  `intCollectionIdFK` int unsigned NOT NULL,
  `intPaymentType` int NOT NULL,
  `deciAmountPaid` decimal(8,2) NOT NULL,
  `intChequeIdFK` int unsigned NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intCollectionPaymentId`),
  CONSTRAINT `tblcollectionpayment_intcollectionidfk_foreign` FOREIGN KEY (`intCollectionIdFK`) REFERENCES `tblCollection` (`intCollectionId`),
  CONSTRAINT `tblcollectionpayment_intchequeidfk_foreign` FOREIGN KEY (`intChequeIdFK`) REFERENCES `tblCheque` (`intChequeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblBusinessDependency` (
  `intBusinessDependencyId` int unsigned NOT NULL AUTO_INCREMENT,
  `strBusinessDependencyName` varchar(255) NOT NULL,
  `deciBusinessDependencyValue` decimal(8,2) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intBusinessDependencyId`),
  UNIQUE KEY `tblbusinessdependency_strbusinessdependencyname_unique` (`strBusinessDependencyName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblAtNeed` (
  `intAtNeedId` int unsigned NOT NULL AUTO_INCREMENT,
  `intCustomerIdFK` int unsigned NOT NULL,
  `intPaymentType` int NOT NULL,
  `deciAmountPaid` decimal(8,2) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intAtNeedId`),
  CONSTRAINT `tblatneed_intcustomeridfk_foreign` FOREIGN KEY (`intCustomerIdFK`) REFERENCES `tblCustomer` (`intCustomerId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblAtNeedDetail` (
  `intAtNeedDetailId` int unsigned NOT NULL AUTO_INCREMENT,
  `intAtNeedIdFK` int unsigned NOT NULL,
  `intInterestIdFK` int unsigned NOT NULL,
  `intUnitIdFK` int unsigned NOT NULL,
  `intUnitCategoryPriceIdFK` int unsigned NOT NULL,
  `intInterestRateIdFK` int unsigned NOT NULL,
  `boolDownpayment` tinyint(1) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intAtNeedDetailId`),
  CONSTRAINT `tblatneeddetail_intatneedidfk_foreign` FOREIGN KEY (`intAtNeedIdFK`) REFERENCES `tblAtNeed` (`intAtNeedId`),
  CONSTRAINT `tblatneeddetail_intinterestidfk_foreign` FOREIGN KEY (`intInterestIdFK`) REFERENCES `tblInterest` (`intInterestId`),
  CONSTRAINT `tblatneeddetail_intunitidfk_foreign` FOREIGN KEY (`intUnitIdFK`) REFERENCES `tblUnit` (`intUnitId`),
  CONSTRAINT `tblatneeddetail_intunitcategorypriceidfk_foreign` FOREIGN KEY (`intUnitCategoryPriceIdFK`) REFERENCES `tblUnitCategoryPrice` (`intUnitCategoryPriceId`),
  CONSTRAINT `tblatneeddetail_intinterestrateidfk_foreign` FOREIGN KEY (`intInterestRateIdFK`) REFERENCES `tblInterestRate` (`intInterestRateId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblUnitService` (
  `intUnitServiceId` int unsigned NOT NULL AUTO_INCREMENT,
  `intUnitTypeIdFK` int unsigned NOT NULL,
  `intServiceTypeId` int NOT NULL,
  `intServiceIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intUnitServiceId`),
  UNIQUE KEY `tblunitservice_intunittypeidfk_intservicetypeid_unique` (`intUnitTypeIdFK`, `intServiceTypeId`),
  CONSTRAINT `tblunitservice_intunittypeidfk_foreign` FOREIGN KEY (`intUnitTypeIdFK`) REFERENCES `tblRoomType` (`intRoomTypeId`),
  CONSTRAINT `tblunitservice_intserviceidfk_foreign` FOREIGN KEY (`intServiceIdFK`) REFERENCES `tblService` (`intServiceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblRelationship` (
  `intRelationshipId` int unsigned NOT NULL AUTO_INCREMENT,
  `strRelationshipName` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intRelationshipId`),
  UNIQUE KEY `tblrelationship_strrelationshipname_unique` (`strRelationshipName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblDeceased` (
  `intDeceasedId` int unsigned NOT NULL AUTO_INCREMENT,
  `strFirstName` varchar(50) NOT NULL,
  `strMiddleName` varchar(50) NULL,
  `strLastName` varchar(50) NOT NULL,
  `dateDeath` date NOT NULL,
  `dateBirth` date NOT NULL,
  `intGender` int NOT NULL,
  `dateInterment` date NULL,
  `timeInterment` time NULL,
  `intRelationshipIdFK` int unsigned NOT NULL,
  `intCustomerIdFK` int unsigned NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intDeceasedId`),
  UNIQUE KEY `uqName` (`strFirstName`, `strMiddleName`, `strLastName`),
  CONSTRAINT `tbldeceased_intrelationshipidfk_foreign` FOREIGN KEY (`intRelationshipIdFK`) REFERENCES `tblRelationship` (`intRelationshipId`),
  CONSTRAINT `tbldeceased_intcustomeridfk_foreign` FOREIGN KEY (`intCustomerIdFK`) REFERENCES `tblCustomer` (`intCustomerId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblStorageType` (
  `intStorageTypeId` int unsigned NOT NULL AUTO_INCREMENT,
  `strStorageTypeName` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intStorageTypeId`),
  UNIQUE KEY `tblstoragetype_strstoragetypename_unique` (`strStorageTypeName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblUnitTypeStorage` (
  `intUnitTypeStorageId` int unsigned NOT NULL AUTO_INCREMENT,
  `intUnitTypeIdFK` int unsigned NOT NULL,
  `intStorageTypeIdFK` int unsigned NOT NULL,
  `intQuantity` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intUnitTypeStorageId`),
  UNIQUE KEY `tblunittypestorage_intunittypeidfk_intstoragetypeidfk_unique` (`intUnitTypeIdFK`, `intStorageTypeIdFK`),
  CONSTRAINT `tblunittypestorage_intunittypeidfk_foreign` FOREIGN KEY (`intUnitTypeIdFK`) REFERENCES `tblRoomType` (`intRoomTypeId`),
  CONSTRAINT `tblunittypestorage_intstoragetypeidfk_foreign` FOREIGN KEY (`intStorageTypeIdFK`) REFERENCES `tblStorageType` (`intStorageTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblUnitDeceased` (
  `intUnitDeceasedId` int unsigned NOT NULL AUTO_INCREMENT,
  `intDeceasedIdFK` int unsigned NOT NULL,
  `intUnitIdFK` int unsigned NULL,
  `intStorageTypeIdFK` int unsigned NOT NULL,
  `boolBorrowed` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intUnitDeceasedId`),
  UNIQUE KEY `tblunitdeceased_intunitidfk_intdeceasedidfk_unique` (`intUnitIdFK`, `intDeceasedIdFK`),
  CONSTRAINT `tblunitdeceased_intdeceasedidfk_foreign` FOREIGN KEY (`intDeceasedIdFK`) REFERENCES `tblDeceased` (`intDeceasedId`),
  CONSTRAINT `tblunitdeceased_intunitidfk_foreign` FOREIGN KEY (`intUnitIdFK`) REFERENCES `tblUnit` (`intUnitId`),
  CONSTRAINT `tblunitdeceased_intstoragetypeidfk_foreign` FOREIGN KEY (`intStorageTypeIdFK`) REFERENCES `tblStorageType` (`intStorageTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblTransactionDeceased` (
  `intTransactionDeceasedId` int unsigned NOT NULL AUTO_INCREMENT,
  `intPaymentType` int NULL,
  `intChequeIdFK` int unsigned NULL,
  `intTransactionType` int NOT NULL,
  `deciAmountPaid` decimal(8,2) NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intTransactionDeceasedId`),
  CONSTRAINT `tbltransactiondeceased_intchequeidfk_foreign` FOREIGN KEY (`intChequeIdFK`) REFERENCES `tblCheque` (`intChequeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblTDeceasedDetail` (
  `intTDeceasedDetailId` int unsigned NOT NULL AUTO_INCREMENT,
  `intTDeceasedIdFK` int unsigned NOT NULL,
  `intUDeceasedIdFK` int unsigned NOT NULL,
  `intServiceIdFK` int unsigned NULL,
  `intServicePriceIdFK` int unsigned NULL,
  `dateReturn` date NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intTDeceasedDetailId`),
  UNIQUE KEY `tbltdeceaseddetail_inttdeceasedidfk_intudeceasedidfk_unique` (`intTDeceasedIdFK`, `intUDeceasedIdFK`),
  CONSTRAINT `tbltdeceaseddetail_inttdeceasedidfk_foreign` FOREIGN KEY (`intTDeceasedIdFK`) REFERENCES `tblTransactionDeceased` (`intTransactionDeceasedId`),
  CONSTRAINT `tbltdeceaseddetail_intudeceasedidfk_foreign` FOREIGN KEY (`intUDeceasedIdFK`) REFERENCES `tblUnitDeceased` (`intUnitDeceasedId`),
  CONSTRAINT `tbltdeceaseddetail_intserviceidfk_foreign` FOREIGN KEY (`intServiceIdFK`) REFERENCES `tblService` (`intServiceId`),
  CONSTRAINT `tbltdeceaseddetail_intservicepriceidfk_foreign` FOREIGN KEY (`intServicePriceIdFK`) REFERENCES `tblServicePrice` (`intServicePriceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblTransactionOwnership` (
  `intTransactionOwnershipId` int unsigned NOT NULL AUTO_INCREMENT,
  `intPrevOwnerIdFK` int unsigned NOT NULL,
  `intNewOwnerIdFK` int unsigned NOT NULL,
  `intUnitIdFK` int unsigned NOT NULL,
  `deciAmountPaid` decimal(8,2) NOT NULL,
  `intPaymentType` int NOT NULL,
  `intChequeIdFK` int unsigned NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intTransactionOwnershipId`),
  CONSTRAINT `tbltransactionownership_intprevowneridfk_foreign` FOREIGN KEY (`intPrevOwnerIdFK`) REFERENCES `tblCustomer` (`intCustomerId`),
  CONSTRAINT `tbltransactionownership_intnewowneridfk_foreign` FOREIGN KEY (`intNewOwnerIdFK`) REFERENCES `tblCustomer` (`intCustomerId`),
  CONSTRAINT `tbltransactionownership_intunitidfk_foreign` FOREIGN KEY (`intUnitIdFK`) REFERENCES `tblUnit` (`intUnitId`),
  CONSTRAINT `tbltransactionownership_intchequeidfk_foreign` FOREIGN KEY (`intChequeIdFK`) REFERENCES `tblCheque` (`intChequeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblScheduleTime` (
  `intScheduleTimeId` int unsigned NOT NULL AUTO_INCREMENT,
  `timeStart` time NOT NULL,
  `timeEnd` time NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intScheduleTimeId`),
  UNIQUE KEY `tblscheduletime_timestart_unique` (`timeStart`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblScheduleLog` (
  `intScheduleLogId` int unsigned NOT NULL AUTO_INCREMENT,
  `intScheduleLogNo` int NOT NULL,
  `intServiceCategoryIdFK` int unsigned NOT NULL,
  `intRoomIdFK` int unsigned NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intScheduleLogId`),
  CONSTRAINT `tblschedulelog_intservicecategoryidfk_foreign` FOREIGN KEY (`intServiceCategoryIdFK`) REFERENCES `tblServiceCategory` (`intServiceCategoryId`),
  CONSTRAINT `tblschedulelog_introomidfk_foreign` FOREIGN KEY (`intRoomIdFK`) REFERENCES `tblRoom` (`intRoomId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblSchedService` (
  `intSchedServiceId` int unsigned NOT NULL AUTO_INCREMENT,
  `intSLogIdFK` int unsigned NOT NULL,
  `intScheduleTimeIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intSchedServiceId`),
  UNIQUE KEY `tblschedservice_intslogidfk_intscheduletimeidfk_unique` (`intSLogIdFK`, `intScheduleTimeIdFK`),
  CONSTRAINT `tblschedservice_intslogidfk_foreign` FOREIGN KEY (`intSLogIdFK`) REFERENCES `tblScheduleLog` (`intScheduleLogId`),
  CONSTRAINT `tblschedservice_intscheduletimeidfk_foreign` FOREIGN KEY (`intScheduleTimeIdFK`) REFERENCES `tblScheduleTime` (`intScheduleTimeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblScheduleDay` (
  `intScheduleDayId` int unsigned NOT NULL AUTO_INCREMENT,
  `dateSchedule` date NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intScheduleDayId`),
  UNIQUE KEY `tblscheduleday_dateschedule_unique` (`dateSchedule`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblTransactionPurchase` (
  `intTransactionPurchaseId` int unsigned NOT NULL AUTO_INCREMENT,
  `intCustomerIdFK` int unsigned NOT NULL,
  `intPaymentType` int NOT NULL,
  `intChequeIdFK` int unsigned NULL,
  `intPaymentMode` int NOT NULL,
  `deciAmountPaid` decimal(8,2) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intTransactionPurchaseId`),
  CONSTRAINT `tbltransactionpurchase_intcustomeridfk_foreign` FOREIGN KEY (`intCustomerIdFK`) REFERENCES `tblCustomer` (`intCustomerId`),
  CONSTRAINT `tbltransactionpurchase_intchequeidfk_foreign` FOREIGN KEY (`intChequeIdFK`) REFERENCES `tblCheque` (`intChequeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblTPurchaseDetail` (
  `intTPurchaseDetailId` int unsigned NOT NULL AUTO_INCREMENT,
  `intTPurchaseIdFK` int unsigned NOT NULL,
  `intTPurchaseDetailType` int NOT NULL,
  `intAdditionalIdFK` int unsigned NULL,
  `intAdditionalPriceIdFK` int unsigned NULL,
  `intServiceIdFK` int unsigned NULL,
  `intServicePriceIdFK` int unsigned NULL,
  `intPackageIdFK` int unsigned NULL,
  `intPackagePriceIdFK` int unsigned NULL,
  `intQuantity` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intTPurchaseDetailId`),
  CONSTRAINT `tbltpurchasedetail_inttpurchaseidfk_foreign` FOREIGN KEY (`intTPurchaseIdFK`) REFERENCES `tblTransactionPurchase` (`intTransactionPurchaseId`),
  CONSTRAINT `tbltpurchasedetail_intadditionalidfk_foreign` FOREIGN KEY (`intAdditionalIdFK`) REFERENCES `tblAdditional` (`intAdditionalId`),
  CONSTRAINT `tbltpurchasedetail_intadditionalpriceidfk_foreign` FOREIGN KEY (`intAdditionalPriceIdFK`) REFERENCES `tblAdditionalPrice` (`intAdditionalPriceId`),
  CONSTRAINT `tbltpurchasedetail_intserviceidfk_foreign` FOREIGN KEY (`intServiceIdFK`) REFERENCES `tblService` (`intServiceId`),
  CONSTRAINT `tbltpurchasedetail_intservicepriceidfk_foreign` FOREIGN KEY (`intServicePriceIdFK`) REFERENCES `tblServicePrice` (`intServicePriceId`),
  CONSTRAINT `tbltpurchasedetail_intpackageidfk_foreign` FOREIGN KEY (`intPackageIdFK`) REFERENCES `tblPackage` (`intPackageId`),
  CONSTRAINT `tbltpurchasedetail_intpackagepriceidfk_foreign` FOREIGN KEY (`intPackagePriceIdFK`) REFERENCES `tblPackagePrice` (`intPackagePriceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblScheduleDetail` (
  `intScheduleDetailId` int unsigned NOT NULL AUTO_INCREMENT,
  `intSchedServiceIdFK` int unsigned NOT NULL,
  `intScheduleDayIdFK` int unsigned NOT NULL,
  `intTPDetailIdFK` int unsigned NULL,
  `intCollectionIdFK` int unsigned NULL,
  `intDeceasedIdFK` int unsigned NOT NULL,
  `strRemarks` text NOT NULL,
  `intMinuteDelayCaused` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intScheduleDetailId`),
  CONSTRAINT `tblscheduledetail_intschedserviceidfk_foreign` FOREIGN KEY (`intSchedServiceIdFK`) REFERENCES `tblSchedService` (`intSchedServiceId`),
  CONSTRAINT `tblscheduledetail_intscheduledayidfk_foreign` FOREIGN KEY (`intScheduleDayIdFK`) REFERENCES `tblScheduleDay` (`intScheduleDayId`),
  CONSTRAINT `tblscheduledetail_inttpdetailidfk_foreign` FOREIGN KEY (`intTPDetailIdFK`) REFERENCES `tblTPurchaseDetail` (`intTPurchaseDetailId`),
  CONSTRAINT `tblscheduledetail_intdeceasedidfk_foreign` FOREIGN KEY (`intDeceasedIdFK`) REFERENCES `tblDeceased` (`intDeceasedId`),
  CONSTRAINT `tblscheduledetail_intcollectionidfk_foreign` FOREIGN KEY (`intCollectionIdFK`) REFERENCES `tblCollection` (`intCollectionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblSDLog` (
  `intSDLogId` int unsigned NOT NULL AUTO_INCREMENT,
  `intSDIdFK` int unsigned NOT NULL,
  `intScheduleStatus` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intSDLogId`),
  CONSTRAINT `tblsdlog_intsdidfk_foreign` FOREIGN KEY (`intSDIdFK`) REFERENCES `tblScheduleDetail` (`intScheduleDetailId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblDownpaymentPayment` (
  `intDownpaymentPaymentId` int unsigned NOT NULL AUTO_INCREMENT,
  `intDownpaymentIdFK` int unsigned NOT NULL,
  `deciAmountPaid` decimal(8,2) NOT NULL,
  `intPaymentType` int NOT NULL,
  `intChequeIdFK` int unsigned NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intDownpaymentPaymentId`),
  CONSTRAINT `tbldownpaymentpayment_intdownpaymentidfk_foreign` FOREIGN KEY (`intDownpaymentIdFK`) REFERENCES `tblDownpayment` (`intDownpaymentId`),
  CONSTRAINT `tbldownpaymentpayment_intchequeidfk_foreign` FOREIGN KEY (`intChequeIdFK`) REFERENCES `tblCheque` (`intChequeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblTransactionUnit` (
  `intTransactionUnitId` int unsigned NOT NULL AUTO_INCREMENT,
  `intCustomerIdFK` int unsigned NOT NULL,
  `deciAmountPaid` decimal(8,2) NOT NULL,
  `intPaymentType` int NOT NULL,
  `intChequeIdFK` int unsigned NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intTransactionUnitId`),
  CONSTRAINT `tbltransactionunit_intcustomeridfk_foreign` FOREIGN KEY (`intCustomerIdFK`) REFERENCES `tblCustomer` (`intCustomerId`),
  CONSTRAINT `tbltransactionunit_intchequeidfk_foreign` FOREIGN KEY (`intChequeIdFK`) REFERENCES `tblCheque` (`intChequeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblTransactionUnitDetail` (
  `intTransactionUnitDetailId` int unsigned NOT NULL AUTO_INCREMENT,
  `intTransactionUnitIdFK` int unsigned NOT NULL,
  `intUnitIdFK` int unsigned NOT NULL,
  `intUnitCategoryPriceIdFK` int unsigned NOT NULL,
  `intTransactionType` int NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intTransactionUnitDetailId`),
  CONSTRAINT `tbltransactionunitdetail_inttransactionunitidfk_foreign` FOREIGN KEY (`intTransactionUnitIdFK`) REFERENCES `tblTransactionUnit` (`intTransactionUnitId`),
  CONSTRAINT `tbltransactionunitdetail_intunitidfk_foreign` FOREIGN KEY (`intUnitIdFK`) REFERENCES `tblUnit` (`intUnitId`),
  CONSTRAINT `tbltransactionunitdetail_intunitcategorypriceidfk_foreign` FOREIGN KEY (`intUnitCategoryPriceIdFK`) REFERENCES `tblUnitCategoryPrice` (`intUnitCategoryPriceId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblCollectionPaymentDetail` (
  `intCollectionPaymentDetailId` int unsigned NOT NULL AUTO_INCREMENT,
  `intCollectionPaymentIdFK` int unsigned NOT NULL,
  `dateDue` date NOT NULL,
  PRIMARY KEY (`intCollectionPaymentDetailId`),
  CONSTRAINT `tblcollectionpaymentdetail_intcollectionpaymentidfk_foreign` FOREIGN KEY (`intCollectionPaymentIdFK`) REFERENCES `tblCollectionPayment` (`intCollectionPaymentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblDiscount` (
  `intDiscountId` int unsigned NOT NULL AUTO_INCREMENT,
  `strDiscountName` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`intDiscountId`),
  UNIQUE KEY `tbldiscount_strdiscountname_unique` (`strDiscountName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblDiscountRate` (
  `intDiscountRateId` int unsigned NOT NULL AUTO_INCREMENT,
  `intDiscountIdFK` int unsigned NOT NULL,
  `intDiscountType` int NOT NULL,
  `deciDiscountRate` decimal(8,2) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intDiscountRateId`),
  CONSTRAINT `tbldiscountrate_intdiscountidfk_foreign` FOREIGN KEY (`intDiscountIdFK`) REFERENCES `tblDiscount` (`intDiscountId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblAssignDiscount` (
  `intAssignDiscountId` int unsigned NOT NULL AUTO_INCREMENT,
  `intServiceIdFK` int unsigned NULL,
  `intTransactionId` int NULL,
  `intDiscountIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intAssignDiscountId`),
  UNIQUE KEY `tblassigndiscount_intserviceidfk_intdiscountidfk_unique` (`intServiceIdFK`, `intDiscountIdFK`),
  UNIQUE KEY `tblassigndiscount_inttransactionid_intdiscountidfk_unique` (`intTransactionId`, `intDiscountIdFK`),
  CONSTRAINT `tblassigndiscount_intserviceidfk_foreign` FOREIGN KEY (`intServiceIdFK`) REFERENCES `tblService` (`intServiceId`),
  CONSTRAINT `tblassigndiscount_intdiscountidfk_foreign` FOREIGN KEY (`intDiscountIdFK`) REFERENCES `tblDiscount` (`intDiscountId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblTransactionUnitDiscount` (
  `intTransactionUnitDiscountId` int unsigned NOT NULL AUTO_INCREMENT,
  `intTransactionUnitIdFK` int unsigned NOT NULL,
  `intDiscountRateIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intTransactionUnitDiscountId`),
  CONSTRAINT `tbltransactionunitdiscount_inttransactionunitidfk_foreign` FOREIGN KEY (`intTransactionUnitIdFK`) REFERENCES `tblTransactionUnit` (`intTransactionUnitId`),
  CONSTRAINT `tbltransactionunitdiscount_intdiscountrateidfk_foreign` FOREIGN KEY (`intDiscountRateIdFK`) REFERENCES `tblDiscountRate` (`intDiscountRateId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblDownpaymentDiscount` (
  `intDownpaymentDiscountId` int unsigned NOT NULL AUTO_INCREMENT,
  `intDownpaymentIdFK` int unsigned NOT NULL,
  `intDiscountRateIdFK` int unsigned NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intDownpaymentDiscountId`),
  CONSTRAINT `tbldownpaymentdiscount_intdownpaymentidfk_foreign` FOREIGN KEY (`intDownpaymentIdFK`) REFERENCES `tblDownpayment` (`intDownpaymentId`),
  CONSTRAINT `tbldownpaymentdiscount_intdiscountrateidfk_foreign` FOREIGN KEY (`intDiscountRateIdFK`) REFERENCES `tblDiscountRate` (`intDiscountRateId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblNotification` (
  `intNotificationId` int unsigned NOT NULL AUTO_INCREMENT,
  `intNotificationType` int NOT NULL,
  `intCollectionIdFK` int unsigned NULL,
  `intDownpaymentIdFK` int unsigned NULL,
  `intScheduleDetailIdFK` int unsigned NULL,
  `boolRead` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`intNotificationId`),
  CONSTRAINT `tblnotification_intcollectionidfk_foreign` FOREIGN KEY (`intCollectionIdFK`) REFERENCES `tblCollection` (`intCollectionId`),
  CONSTRAINT `tblnotification_intdownpaymentidfk_foreign` FOREIGN KEY (`intDownpaymentIdFK`) REFERENCES `tblDownpayment` (`intDownpaymentId`),
  CONSTRAINT `tblnotification_intscheduledetailidfk_foreign` FOREIGN KEY (`intScheduleDetailIdFK`) REFERENCES `tblScheduleDetail` (`intScheduleDetailId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
