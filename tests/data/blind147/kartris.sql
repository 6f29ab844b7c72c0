-- Kartris (cactusoft/kartris), GPL-2.0. Converted from T-SQL (SQL Server) to MySQL:
-- Uploads/Resources/kartrisSQL_MainData.sql at commit 19061005ca3592f27617eae153f6bd35d568d90c
-- (40 of the 75 tables; column names, order, types, defaults, primary and foreign keys as upstream; indexes left out).

CREATE TABLE `tblKartrisCustomerGroups` (
  `CG_ID` SMALLINT NOT NULL AUTO_INCREMENT,
  `CG_Discount` FLOAT NULL DEFAULT 0,
  `CG_Live` TINYINT(1) NULL,
  PRIMARY KEY (`CG_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisSuppliers` (
  `SUP_ID` SMALLINT NOT NULL AUTO_INCREMENT,
  `SUP_Name` VARCHAR(50) NULL,
  `SUP_Live` TINYINT(1) NULL,
  PRIMARY KEY (`SUP_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisCategories` (
  `CAT_ID` INT NOT NULL AUTO_INCREMENT,
  `CAT_Live` TINYINT(1) NOT NULL,
  `CAT_ProductDisplayType` CHAR(1) NULL,
  `CAT_SubCatDisplayType` CHAR(1) NULL,
  `CAT_OrderProductsBy` VARCHAR(50) NULL,
  `CAT_ProductsSortDirection` CHAR(1) NULL DEFAULT 'a',
  `CAT_CustomerGroupID` SMALLINT NULL,
  `CAT_OrderCategoriesBy` VARCHAR(50) NULL,
  `CAT_CategoriesSortDirection` CHAR(1) NULL,
  `CAT_SubSiteBaseRecord` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`CAT_ID`),
  CONSTRAINT `FK_tblKartrisCategories_tblKartrisCustomerGroups` FOREIGN KEY (`CAT_CustomerGroupID`) REFERENCES `tblKartrisCustomerGroups` (`CG_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisTaxRates` (
  `T_ID` TINYINT NOT NULL AUTO_INCREMENT,
  `T_Taxrate` DECIMAL(18,4) NOT NULL DEFAULT 0,
  `T_QBRefCode` VARCHAR(50) NULL,
  PRIMARY KEY (`T_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisLanguages` (
  `LANG_ID` TINYINT NOT NULL AUTO_INCREMENT,
  `LANG_BackName` VARCHAR(50) NULL,
  `LANG_FrontName` VARCHAR(50) NULL,
  `LANG_SkinLocation` VARCHAR(50) NULL,
  `LANG_LiveFront` TINYINT(1) NOT NULL,
  `LANG_LiveBack` TINYINT(1) NOT NULL,
  `LANG_EmailFrom` VARCHAR(255) NULL,
  `LANG_EmailTo` VARCHAR(255) NULL,
  `LANG_EmailToContact` VARCHAR(255) NULL,
  `LANG_DateFormat` VARCHAR(50) NULL,
  `LANG_DateAndTimeFormat` VARCHAR(50) NULL,
  `LANG_Culture` VARCHAR(10) NULL,
  `LANG_UICulture` VARCHAR(10) NULL,
  `LANG_Master` VARCHAR(50) NULL,
  `LANG_Theme` VARCHAR(50) NULL,
  PRIMARY KEY (`LANG_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisProducts` (
  `P_ID` INT NOT NULL AUTO_INCREMENT,
  `P_Live` TINYINT(1) NOT NULL,
  `P_Featured` TINYINT NULL DEFAULT 0,
  `P_OrderVersionsBy` VARCHAR(50) NULL,
  `P_VersionsSortDirection` CHAR(1) NULL DEFAULT '-',
  `P_VersionDisplayType` CHAR(1) NULL,
  `P_Reviews` CHAR(1) NULL,
  `P_SupplierID` SMALLINT NULL DEFAULT 0,
  `P_Type` CHAR(1) NULL,
  `P_CustomerGroupID` SMALLINT NULL DEFAULT 0,
  `P_AverageRating` FLOAT NULL,
  `P_DateCreated` DATETIME NULL,
  `P_LastModified` DATETIME NULL,
  PRIMARY KEY (`P_ID`),
  CONSTRAINT `FK_tblKartrisProducts_tblKartrisCustomerGroups` FOREIGN KEY (`P_CustomerGroupID`) REFERENCES `tblKartrisCustomerGroups` (`CG_ID`),
  CONSTRAINT `FK_tblKartrisProducts_tblKartrisSuppliers` FOREIGN KEY (`P_SupplierID`) REFERENCES `tblKartrisSuppliers` (`SUP_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisVersions` (
  `V_ID` BIGINT NOT NULL AUTO_INCREMENT,
  `V_CodeNumber` VARCHAR(25) NULL,
  `V_ProductID` INT NULL DEFAULT 0,
  `V_Price` DECIMAL(18,4) NULL DEFAULT 0,
  `V_Tax` TINYINT NULL DEFAULT 0,
  `V_Weight` FLOAT NOT NULL DEFAULT 0,
  `V_DeliveryTime` TINYINT NOT NULL DEFAULT 0,
  `V_Quantity` FLOAT NOT NULL DEFAULT 0,
  `V_QuantityWarnLevel` FLOAT NOT NULL DEFAULT 0,
  `V_Live` TINYINT(1) NOT NULL DEFAULT 0,
  `V_DownLoadInfo` VARCHAR(255) NULL,
  `V_DownloadType` VARCHAR(50) NULL,
  `V_OrderByValue` SMALLINT NOT NULL DEFAULT 0,
  `V_RRP` DECIMAL(18,4) NOT NULL DEFAULT 0,
  `V_Type` CHAR(1) NULL,
  `V_CustomerGroupID` SMALLINT NULL DEFAULT 0,
  `V_CustomizationType` CHAR(1) NOT NULL,
  `V_CustomizationDesc` VARCHAR(255) NULL,
  `V_CustomizationCost` DECIMAL(18,4) NULL,
  `V_Tax2` TINYINT NULL,
  `V_TaxExtra` VARCHAR(255) NULL,
  `V_BulkUpdateTimeStamp` DATETIME NULL,
  PRIMARY KEY (`V_ID`),
  CONSTRAINT `FK_tblKartrisVersions_tblKartrisProducts` FOREIGN KEY (`V_ProductID`) REFERENCES `tblKartrisProducts` (`P_ID`),
  CONSTRAINT `FK_tblKartrisVersions_tblKartrisTaxRates` FOREIGN KEY (`V_Tax`) REFERENCES `tblKartrisTaxRates` (`T_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisShippingZones` (
  `SZ_ID` TINYINT NOT NULL AUTO_INCREMENT,
  `SZ_Live` TINYINT(1) NOT NULL,
  `SZ_OrderByValue` TINYINT NULL DEFAULT 0,
  PRIMARY KEY (`SZ_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisShippingMethods` (
  `SM_ID` TINYINT NOT NULL AUTO_INCREMENT,
  `SM_Live` TINYINT(1) NOT NULL,
  `SM_OrderByValue` TINYINT NULL DEFAULT 0,
  `SM_Tax` TINYINT NULL,
  `SM_Tax2` TINYINT NULL,
  PRIMARY KEY (`SM_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisPromotions` (
  `PROM_ID` INT NOT NULL AUTO_INCREMENT,
  `PROM_StartDate` DATETIME NOT NULL,
  `PROM_EndDate` DATETIME NOT NULL,
  `PROM_Live` TINYINT(1) NOT NULL DEFAULT 0,
  `PROM_OrderByValue` SMALLINT NULL DEFAULT 0,
  `PROM_MaxQuantity` TINYINT NULL DEFAULT 0,
  PRIMARY KEY (`PROM_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisDestination` (
  `D_ID` SMALLINT NOT NULL AUTO_INCREMENT,
  `D_ShippingZoneID` TINYINT NULL DEFAULT 0,
  `D_Tax` DECIMAL(12,8) NULL DEFAULT 0,
  `D_ISOCode` CHAR(2) NULL,
  `D_ISOCode3Letter` CHAR(3) NULL,
  `D_ISOCodeNumeric` VARCHAR(3) NULL,
  `D_Region` VARCHAR(30) NULL,
  `D_Live` TINYINT(1) NOT NULL,
  `D_Tax2` DECIMAL(12,8) NULL,
  `D_TaxExtra` VARCHAR(25) NULL,
  PRIMARY KEY (`D_ID`),
  CONSTRAINT `FK_tblKartrisDestination_tblKartrisShippingZones` FOREIGN KEY (`D_ShippingZoneID`) REFERENCES `tblKartrisShippingZones` (`SZ_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisCurrencies` (
  `CUR_ID` TINYINT NOT NULL AUTO_INCREMENT,
  `CUR_Symbol` VARCHAR(5) NOT NULL,
  `CUR_ISOCode` VARCHAR(3) NOT NULL,
  `CUR_ISOCodeNumeric` VARCHAR(3) NULL,
  `CUR_ExchangeRate` DECIMAL(18,8) NULL DEFAULT 0,
  `CUR_HasDecimals` TINYINT(1) NOT NULL,
  `CUR_Live` TINYINT(1) NOT NULL,
  `CUR_Format` VARCHAR(20) NOT NULL,
  `CUR_IsoFormat` VARCHAR(20) NOT NULL,
  `CUR_DecimalPoint` CHAR(1) NULL,
  `CUR_RoundNumbers` TINYINT NOT NULL DEFAULT 0,
  `CUR_OrderNo` TINYINT NULL,
  PRIMARY KEY (`CUR_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisAddresses` (
  `ADR_ID` INT NOT NULL AUTO_INCREMENT,
  `ADR_UserID` INT NULL,
  `ADR_Label` VARCHAR(50) NULL,
  `ADR_Name` VARCHAR(50) NULL,
  `ADR_Company` VARCHAR(100) NULL,
  `ADR_StreetAddress` VARCHAR(100) NULL,
  `ADR_TownCity` VARCHAR(50) NULL,
  `ADR_County` VARCHAR(50) NULL,
  `ADR_PostCode` VARCHAR(20) NULL,
  `ADR_Country` INT NULL,
  `ADR_Telephone` VARCHAR(50) NULL,
  `ADR_Type` VARCHAR(1) NULL DEFAULT 'u',
  PRIMARY KEY (`ADR_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisBasketValues` (
  `BV_ID` BIGINT NOT NULL AUTO_INCREMENT,
  `BV_ParentType` CHAR(1) NULL,
  `BV_ParentID` BIGINT NOT NULL,
  `BV_VersionID` BIGINT NOT NULL,
  `BV_Quantity` DOUBLE NULL,
  `BV_CustomText` LONGTEXT NULL,
  `BV_DateTimeAdded` DATETIME NULL,
  `BV_LastUpdated` DATETIME NULL,
  PRIMARY KEY (`BV_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisAdminLog` (
  `AL_ID` INT NOT NULL AUTO_INCREMENT,
  `AL_DateStamp` DATETIME NULL,
  `AL_LoginName` VARCHAR(100) NULL DEFAULT 0,
  `AL_Type` VARCHAR(50) NULL,
  `AL_Description` VARCHAR(255) NULL,
  `AL_Query` LONGTEXT NULL,
  `AL_RelatedID` VARCHAR(255) NULL,
  `AL_IP` VARCHAR(255) NULL,
  PRIMARY KEY (`AL_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisAffiliateLog` (
  `AFLG_ID` INT NOT NULL AUTO_INCREMENT,
  `AFLG_AffiliateID` INT NULL DEFAULT 0,
  `AFLG_Referer` VARCHAR(255) NULL,
  `AFLG_IP` VARCHAR(50) NULL,
  `AFLG_RequestedItem` VARCHAR(255) NULL,
  `AFLG_DateTime` DATETIME NULL,
  PRIMARY KEY (`AFLG_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisAffiliatePayments` (
  `AFP_ID` INT NOT NULL AUTO_INCREMENT,
  `AFP_DateTime` DATETIME NULL,
  `AFP_AffiliateID` INT NULL DEFAULT 0,
  PRIMARY KEY (`AFP_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisBasketOptionValues` (
  `BSKTOPT_ID` BIGINT NOT NULL AUTO_INCREMENT,
  `BSKTOPT_BasketValueID` BIGINT NULL,
  `BSKTOPT_OptionID` INT NULL,
  PRIMARY KEY (`BSKTOPT_ID`),
  CONSTRAINT `FK_tblKartrisBasketOptionValues_tblKartrisBasketValues` FOREIGN KEY (`BSKTOPT_BasketValueID`) REFERENCES `tblKartrisBasketValues` (`BV_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisClonedOrders` (
  `CO_OrderID` INT NOT NULL,
  `CO_ParentOrderID` INT NULL,
  `CO_CloneDate` DATETIME NULL,
  `CO_LoginID` SMALLINT NULL,
  PRIMARY KEY (`CO_OrderID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisConfig` (
  `CFG_Name` VARCHAR(100) NOT NULL,
  `CFG_Value` VARCHAR(255) NULL,
  `CFG_DataType` CHAR(1) NOT NULL,
  `CFG_DisplayType` CHAR(1) NULL,
  `CFG_DisplayInfo` VARCHAR(255) NULL,
  `CFG_Description` VARCHAR(255) NULL,
  `CFG_VersionAdded` FLOAT NULL,
  `CFG_DefaultValue` VARCHAR(255) NULL,
  `CFG_Important` TINYINT(1) NULL,
  PRIMARY KEY (`CFG_Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisCoupons` (
  `CP_ID` SMALLINT NOT NULL AUTO_INCREMENT,
  `CP_CouponCode` VARCHAR(25) NULL,
  `CP_Reusable` TINYINT(1) NULL,
  `CP_Used` TINYINT(1) NULL,
  `CP_CreatedTime` DATETIME NULL,
  `CP_StartDate` DATETIME NULL,
  `CP_EndDate` DATETIME NULL,
  `CP_DiscountValue` DECIMAL(18,4) NULL DEFAULT 0,
  `CP_DiscountType` CHAR(1) NULL,
  `CP_Enabled` TINYINT(1) NULL,
  PRIMARY KEY (`CP_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisInvoiceRows` (
  `IR_ID` INT NOT NULL AUTO_INCREMENT,
  `IR_OrderNumberID` INT NULL DEFAULT 0,
  `IR_VersionCode` VARCHAR(50) NULL,
  `IR_VersionName` VARCHAR(255) NULL,
  `IR_Quantity` DOUBLE NULL DEFAULT 0,
  `IR_PricePerItem` DECIMAL(18,4) NULL DEFAULT 0,
  `IR_TaxPerItem` DECIMAL(18,4) NULL DEFAULT 0,
  `IR_OptionsText` VARCHAR(4000) NULL,
  `IR_ExcludeFromCustomerDiscount` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`IR_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisLogins` (
  `LOGIN_ID` SMALLINT NOT NULL AUTO_INCREMENT,
  `LOGIN_Username` VARCHAR(50) NULL,
  `LOGIN_Password` VARCHAR(50) NULL,
  `LOGIN_Live` TINYINT(1) NULL,
  `LOGIN_Orders` TINYINT(1) NULL,
  `LOGIN_Products` TINYINT(1) NULL,
  `LOGIN_Config` TINYINT(1) NULL,
  `LOGIN_Protected` TINYINT(1) NULL,
  `LOGIN_LanguageID` TINYINT NULL,
  `LOGIN_EmailAddress` VARCHAR(50) NULL,
  `LOGIN_Tickets` TINYINT(1) NULL,
  `LOGIN_SaltValue` VARCHAR(64) NULL,
  `LOGIN_PushNotifications` LONGTEXT NULL,
  PRIMARY KEY (`LOGIN_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisOrderPaymentLink` (
  `OP_PaymentID` INT NOT NULL,
  `OP_OrderID` INT NOT NULL,
  `OP_OrderCanceled` TINYINT(1) NULL,
  PRIMARY KEY (`OP_PaymentID`, `OP_OrderID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisOrders` (
  `O_ID` INT NOT NULL AUTO_INCREMENT,
  `O_CustomerID` INT NULL DEFAULT 0,
  `O_Details` LONGTEXT NULL,
  `O_ShippingPrice` DECIMAL(18,4) NULL DEFAULT 0,
  `O_ShippingTax` DECIMAL(18,4) NULL DEFAULT 0,
  `O_DiscountPercentage` DECIMAL(18,4) NULL DEFAULT 0,
  `O_AffiliatePercentage` DECIMAL(18,4) NULL DEFAULT 0,
  `O_TotalPrice` DECIMAL(18,4) NULL DEFAULT 0,
  `O_Date` DATETIME NULL,
  `O_PurchaseOrderNo` VARCHAR(50) NULL,
  `O_SecurityID` INT NULL DEFAULT 0,
  `O_Sent` TINYINT(1) NULL,
  `O_Invoiced` TINYINT(1) NULL,
  `O_Shipped` TINYINT(1) NULL,
  `O_Paid` TINYINT(1) NULL,
  `O_Status` LONGTEXT NULL,
  `O_LastModified` DATETIME NULL,
  `O_WishListID` INT NULL DEFAULT 0,
  `O_CouponCode` VARCHAR(25) NULL,
  `O_CouponDiscountTotal` FLOAT NULL DEFAULT 0,
  `O_PricesIncTax` TINYINT(1) NULL,
  `O_TaxDue` DECIMAL(18,4) NULL DEFAULT 0,
  `O_PaymentGateWay` VARCHAR(20) NULL,
  `O_ReferenceCode` VARCHAR(100) NULL,
  `O_LanguageID` TINYINT NULL DEFAULT 0,
  `O_CurrencyID` TINYINT NULL DEFAULT 0,
  `O_TotalPriceGateway` DECIMAL(18,4) NULL DEFAULT 0,
  `O_CurrencyIDGateway` TINYINT NULL DEFAULT 0,
  `O_AffiliatePaymentID` INT NULL DEFAULT 0,
  `O_AffiliateTotalPrice` DECIMAL(18,4) NULL DEFAULT 0,
  `O_SendOrderUpdateEmail` TINYINT(1) NULL,
  `O_OrderHandlingCharge` DECIMAL(18,4) NULL DEFAULT 0,
  `O_OrderHandlingChargeTax` DECIMAL(18,4) NULL DEFAULT 0,
  `O_CurrencyRate` DECIMAL(18,8) NULL DEFAULT 0,
  `O_ShippingMethod` VARCHAR(255) NULL,
  `O_BillingAddress` VARCHAR(255) NULL,
  `O_ShippingAddress` VARCHAR(255) NULL,
  `O_PromotionDiscountTotal` DECIMAL(18,4) NULL DEFAULT 0,
  `O_PromotionDescription` VARCHAR(255) NULL,
  `O_SentToQB` TINYINT(1) NULL DEFAULT 0,
  `O_Notes` LONGTEXT NULL,
  `O_Data` LONGTEXT NULL,
  `O_Comments` LONGTEXT NULL,
  `O_Cancelled` TINYINT(1) NULL,
  PRIMARY KEY (`O_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisOrdersPromotions` (
  `OrderID` INT NOT NULL,
  `PromotionID` INT NOT NULL,
  PRIMARY KEY (`OrderID`, `PromotionID`),
  CONSTRAINT `FK_tblKartrisOrdersPromotions_tblKartrisOrders` FOREIGN KEY (`OrderID`) REFERENCES `tblKartrisOrders` (`O_ID`),
  CONSTRAINT `FK_tblKartrisOrdersPromotions_tblKartrisPromotions` FOREIGN KEY (`PromotionID`) REFERENCES `tblKartrisPromotions` (`PROM_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisPayments` (
  `Payment_ID` INT NOT NULL AUTO_INCREMENT,
  `Payment_CustomerID` INT NULL,
  `Payment_Date` DATETIME NULL,
  `Payment_Amount` DECIMAL(18,4) NULL,
  `Payment_CurrencyID` TINYINT NULL,
  `Payment_ReferenceNo` VARCHAR(50) NULL,
  `Payment_Gateway` VARCHAR(20) NULL,
  `Payment_CurrencyRate` DECIMAL(18,8) NULL,
  PRIMARY KEY (`Payment_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisReviews` (
  `REV_ID` SMALLINT NOT NULL AUTO_INCREMENT,
  `REV_ProductID` INT NULL DEFAULT 0,
  `REV_LanguageID` TINYINT NULL DEFAULT 0,
  `REV_CustomerID` INT NULL DEFAULT 0,
  `REV_Title` VARCHAR(60) NULL,
  `REV_Text` VARCHAR(4000) NULL,
  `REV_Rating` TINYINT NULL DEFAULT 0,
  `REV_Name` VARCHAR(30) NULL,
  `REV_Email` VARCHAR(75) NULL,
  `REV_Location` VARCHAR(30) NULL,
  `REV_DateCreated` DATETIME NULL,
  `REV_DateLastUpdated` DATETIME NULL,
  `REV_Live` CHAR(1) NULL,
  PRIMARY KEY (`REV_ID`),
  CONSTRAINT `FK_tblKartrisReviews_tblKartrisLanguages` FOREIGN KEY (`REV_LanguageID`) REFERENCES `tblKartrisLanguages` (`LANG_ID`),
  CONSTRAINT `FK_tblKartrisReviews_tblKartrisProducts` FOREIGN KEY (`REV_ProductID`) REFERENCES `tblKartrisProducts` (`P_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisSavedBaskets` (
  `SBSKT_ID` INT NOT NULL AUTO_INCREMENT,
  `SBSKT_UserID` INT NOT NULL DEFAULT 0,
  `SBSKT_Name` VARCHAR(50) NULL,
  `SBSKT_DateTimeAdded` DATETIME NULL,
  `SBSKT_LastUpdated` DATETIME NULL,
  PRIMARY KEY (`SBSKT_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisSearchStatistics` (
  `SS_ID` BIGINT NOT NULL AUTO_INCREMENT,
  `SS_Keyword` VARCHAR(150) NULL,
  `SS_Date` DATETIME NULL,
  `SS_Year` SMALLINT NULL,
  `SS_Month` TINYINT NULL,
  `SS_Day` TINYINT NULL,
  `SS_Searches` SMALLINT NULL,
  PRIMARY KEY (`SS_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisSessions` (
  `SESS_ID` INT NOT NULL AUTO_INCREMENT,
  `SESS_Code` VARCHAR(20) NOT NULL,
  `SESS_IP` VARCHAR(50) NOT NULL,
  `SESS_DateCreated` DATETIME NOT NULL,
  `SESS_DateLastUpdated` DATETIME NULL,
  `SESS_Expiry` INT NULL DEFAULT 0,
  PRIMARY KEY (`SESS_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisSessionValues` (
  `SESSV_ID` INT NOT NULL AUTO_INCREMENT,
  `SESSV_SessionID` INT NULL DEFAULT 0,
  `SESSV_Name` VARCHAR(255) NOT NULL,
  `SESSV_Value` VARCHAR(255) NOT NULL,
  `SESSV_Expiry` INT NULL DEFAULT 0,
  PRIMARY KEY (`SESSV_ID`),
  CONSTRAINT `FK_tblKartrisSessionValues_tblKartrisSessions` FOREIGN KEY (`SESSV_SessionID`) REFERENCES `tblKartrisSessions` (`SESS_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisShippingRates` (
  `S_ID` SMALLINT NOT NULL AUTO_INCREMENT,
  `S_ShippingMethodID` TINYINT NOT NULL DEFAULT 0,
  `S_ShippingZoneID` TINYINT NOT NULL DEFAULT 0,
  `S_Boundary` DECIMAL(22,4) NOT NULL DEFAULT 0,
  `S_ShippingRate` DECIMAL(18,4) NOT NULL DEFAULT 0,
  `S_ShippingGateways` VARCHAR(255) NULL,
  PRIMARY KEY (`S_ID`),
  CONSTRAINT `FK_tblKartrisShippingRates_tblKartrisShippingMethods` FOREIGN KEY (`S_ShippingMethodID`) REFERENCES `tblKartrisShippingMethods` (`SM_ID`),
  CONSTRAINT `FK_tblKartrisShippingRates_tblKartrisShippingZones` FOREIGN KEY (`S_ShippingZoneID`) REFERENCES `tblKartrisShippingZones` (`SZ_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisStatistics` (
  `ST_ID` BIGINT NOT NULL AUTO_INCREMENT,
  `ST_Type` CHAR(1) NULL DEFAULT 0,
  `ST_ItemParentID` BIGINT NULL,
  `ST_ItemID` BIGINT NULL,
  `ST_Date` DATETIME NULL,
  `ST_IP` VARCHAR(50) NULL,
  PRIMARY KEY (`ST_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisStockNotifications` (
  `SNR_ID` BIGINT NOT NULL AUTO_INCREMENT,
  `SNR_UserEmail` VARCHAR(255) NOT NULL,
  `SNR_VersionID` BIGINT NOT NULL,
  `SNR_PageLink` VARCHAR(255) NOT NULL,
  `SNR_ProductName` VARCHAR(255) NOT NULL,
  `SNR_DateCreated` DATETIME NOT NULL,
  `SNR_Status` VARCHAR(1) NOT NULL DEFAULT 'w',
  `SNR_DateSettled` DATETIME NULL,
  `SNR_UserIP` VARCHAR(50) NOT NULL,
  `SNR_LanguageID` TINYINT NOT NULL,
  PRIMARY KEY (`SNR_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisSupportTicketMessages` (
  `STM_ID` BIGINT NOT NULL AUTO_INCREMENT,
  `STM_TicketID` BIGINT NULL,
  `STM_LoginID` SMALLINT NULL,
  `STM_DateCreated` DATETIME NULL,
  `STM_Text` LONGTEXT NULL,
  PRIMARY KEY (`STM_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisSupportTickets` (
  `TIC_ID` BIGINT NOT NULL AUTO_INCREMENT,
  `TIC_DateOpened` DATETIME NOT NULL,
  `TIC_DateClosed` DATETIME NULL,
  `TIC_Subject` VARCHAR(100) NULL,
  `TIC_UserID` INT NOT NULL,
  `TIC_LoginID` SMALLINT NULL,
  `TIC_SupportTicketTypeID` SMALLINT NOT NULL DEFAULT 1,
  `TIC_Status` CHAR(1) NOT NULL,
  `TIC_TimeSpent` INT NOT NULL DEFAULT 0,
  `TIC_Tags` VARCHAR(200) NULL,
  PRIMARY KEY (`TIC_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisSupportTicketTypes` (
  `STT_ID` INT NOT NULL AUTO_INCREMENT,
  `STT_Name` VARCHAR(50) NULL,
  `STT_Level` CHAR(1) NULL,
  PRIMARY KEY (`STT_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisUsers` (
  `U_ID` INT NOT NULL AUTO_INCREMENT,
  `U_EmailAddress` VARCHAR(100) NULL,
  `U_Telephone` VARCHAR(50) NULL,
  `U_Password` VARCHAR(64) NULL,
  `U_TempPassword` VARCHAR(64) NULL,
  `U_TempPasswordExpiry` DATETIME NULL,
  `U_CustomerDiscount` FLOAT NULL DEFAULT 0,
  `U_DefBillingAddressID` INT NULL,
  `U_DefShippingAddressID` INT NULL,
  `U_AccountHolderName` VARCHAR(50) NULL,
  `U_CardholderEUVATNum` VARCHAR(15) NULL,
  `U_Card_Number` VARCHAR(20) NULL,
  `U_Card_Type` VARCHAR(30) NULL,
  `U_Card_StartDate` VARCHAR(10) NULL,
  `U_Card_Expiry` VARCHAR(10) NULL,
  `U_Card_IssueNumber` VARCHAR(10) NULL,
  `U_Card_SecurityNumber` VARCHAR(5) NULL,
  `U_AffiliateID` INT NULL DEFAULT 0,
  `U_Approved` TINYINT(1) NULL DEFAULT 0,
  `U_CustomerGroupID` INT NULL DEFAULT 0,
  `U_IsAffiliate` TINYINT(1) NULL DEFAULT 0,
  `U_AffiliateCommission` FLOAT NULL DEFAULT 0,
  `U_LanguageID` INT NULL DEFAULT 0,
  `U_ML_SignupDateTime` DATETIME NULL DEFAULT '1900-01-01 00:00:00',
  `U_ML_SignupIP` VARCHAR(50) NULL,
  `U_ML_ConfirmationDateTime` DATETIME NULL DEFAULT '1900-01-01 00:00:00',
  `U_ML_ConfirmationIP` VARCHAR(50) NULL,
  `U_ML_RandomKey` VARCHAR(20) NULL,
  `U_ML_Format` VARCHAR(1) NULL DEFAULT 'n',
  `U_ML_SendMail` TINYINT(1) NULL DEFAULT 0,
  `U_QBListID` VARCHAR(50) NULL,
  `U_SupportEndDate` DATETIME NULL,
  `U_Notes` LONGTEXT NULL,
  `U_CustomerBalance` DECIMAL(18,4) NULL,
  `U_SaltValue` VARCHAR(64) NULL,
  `U_GDPR_OptIn` DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  `U_GDPR_SignupIP` VARCHAR(50) NULL,
  `U_GDPR_IsGuest` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`U_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tblKartrisWishLists` (
  `WL_ID` INT NOT NULL AUTO_INCREMENT,
  `WL_UserID` INT NULL DEFAULT 0,
  `WL_Name` VARCHAR(255) NULL,
  `WL_PublicPassword` VARCHAR(10) NULL,
  `WL_Message` LONGTEXT NULL,
  `WL_DateTimeAdded` DATETIME NULL,
  `WL_LastUpdated` DATETIME NULL,
  PRIMARY KEY (`WL_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

