-- SimplCommerce: EF Core migrations 20230930154048_InitDb + 20240311113057_AddedProductBackInStockSubscription
-- (src/SimplCommerce.WebHost/Migrations), SQL Server column types written as MySQL; see simplcommerce.md.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `ActivityLog_ActivityType` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_Brand` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  `Slug` VARCHAR(450) NOT NULL,
  `Description` LONGTEXT NULL,
  `IsPublished` TINYINT(1) NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_ProductAttributeGroup` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_ProductOption` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_ProductTemplate` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Cms_Menu` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  `IsPublished` TINYINT(1) NOT NULL,
  `IsSystem` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Contacts_ContactArea` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_AppSetting` (
  `Id` VARCHAR(450) NOT NULL,
  `Value` VARCHAR(450) NULL,
  `Module` VARCHAR(450) NULL,
  `IsVisibleInCommonSettingPage` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_Country` (
  `Id` VARCHAR(450) NOT NULL,
  `Name` VARCHAR(450) NOT NULL,
  `Code3` VARCHAR(450) NULL,
  `IsBillingEnabled` TINYINT(1) NOT NULL,
  `IsShippingEnabled` TINYINT(1) NOT NULL,
  `IsCityEnabled` TINYINT(1) NOT NULL,
  `IsZipCodeEnabled` TINYINT(1) NOT NULL,
  `IsDistrictEnabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_CustomerGroup` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  `Description` LONGTEXT NULL,
  `IsActive` TINYINT(1) NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Core_CustomerGroup_Name` (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_EntityType` (
  `Id` VARCHAR(450) NOT NULL,
  `IsMenuable` TINYINT(1) NOT NULL,
  `AreaName` VARCHAR(450) NULL,
  `RoutingController` VARCHAR(450) NULL,
  `RoutingAction` VARCHAR(450) NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_Media` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Caption` VARCHAR(450) NULL,
  `FileSize` INT NOT NULL,
  `FileName` VARCHAR(450) NULL,
  `MediaType` INT NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_Role` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(256) NULL,
  `NormalizedName` VARCHAR(256) NULL,
  `ConcurrencyStamp` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `RoleNameIndex` (`NormalizedName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_Vendor` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  `Slug` VARCHAR(450) NOT NULL,
  `Description` LONGTEXT NULL,
  `Email` LONGTEXT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  `IsActive` TINYINT(1) NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_Widget` (
  `Id` VARCHAR(450) NOT NULL,
  `Name` VARCHAR(450) NOT NULL,
  `ViewComponentName` VARCHAR(450) NULL,
  `CreateUrl` VARCHAR(450) NULL,
  `EditUrl` VARCHAR(450) NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `IsPublished` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_WidgetZone` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  `Description` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Localization_Culture` (
  `Id` VARCHAR(450) NOT NULL,
  `Name` VARCHAR(450) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `News_NewsCategory` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  `Slug` VARCHAR(450) NOT NULL,
  `MetaTitle` VARCHAR(450) NULL,
  `MetaKeywords` VARCHAR(450) NULL,
  `MetaDescription` LONGTEXT NULL,
  `Description` LONGTEXT NULL,
  `DisplayOrder` INT NOT NULL,
  `IsPublished` TINYINT(1) NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Payments_PaymentProvider` (
  `Id` VARCHAR(450) NOT NULL,
  `Name` VARCHAR(450) NOT NULL,
  `IsEnabled` TINYINT(1) NOT NULL,
  `ConfigureUrl` VARCHAR(450) NULL,
  `LandingViewComponentName` VARCHAR(450) NULL,
  `AdditionalSettings` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Pricing_CartRule` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  `Description` LONGTEXT NULL,
  `IsActive` TINYINT(1) NOT NULL,
  `StartOn` DATETIME(6) NULL,
  `EndOn` DATETIME(6) NULL,
  `IsCouponRequired` TINYINT(1) NOT NULL,
  `RuleToApply` VARCHAR(450) NULL,
  `DiscountAmount` DECIMAL(18,2) NOT NULL,
  `MaxDiscountAmount` DECIMAL(18,2) NULL,
  `DiscountStep` INT NULL,
  `UsageLimitPerCoupon` INT NULL,
  `UsageLimitPerCustomer` INT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Pricing_CatalogRule` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  `Description` LONGTEXT NULL,
  `IsActive` TINYINT(1) NOT NULL,
  `StartOn` DATETIME(6) NULL,
  `EndOn` DATETIME(6) NULL,
  `RuleToApply` VARCHAR(450) NULL,
  `DiscountAmount` DECIMAL(18,2) NOT NULL,
  `MaxDiscountAmount` DECIMAL(18,2) NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProductRecentlyViewed_RecentlyViewedProduct` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `UserId` BIGINT NOT NULL,
  `ProductId` BIGINT NOT NULL,
  `LatestViewedOn` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Search_Query` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `QueryText` VARCHAR(500) NOT NULL,
  `ResultsCount` INT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Shipping_ShippingProvider` (
  `Id` VARCHAR(450) NOT NULL,
  `Name` VARCHAR(450) NOT NULL,
  `IsEnabled` TINYINT(1) NOT NULL,
  `ConfigureUrl` VARCHAR(450) NULL,
  `ToAllShippingEnabledCountries` TINYINT(1) NOT NULL,
  `OnlyCountryIdsString` VARCHAR(1000) NULL,
  `ToAllShippingEnabledStatesOrProvinces` TINYINT(1) NOT NULL,
  `OnlyStateOrProvinceIdsString` VARCHAR(1000) NULL,
  `AdditionalSettings` LONGTEXT NULL,
  `ShippingPriceServiceTypeName` VARCHAR(450) NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tax_TaxClass` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ActivityLog_Activity` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ActivityTypeId` BIGINT NOT NULL,
  `UserId` BIGINT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `EntityId` BIGINT NOT NULL,
  `EntityTypeId` VARCHAR(450) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ActivityLog_Activity_ActivityTypeId` (`ActivityTypeId`),
  CONSTRAINT `FK_ActivityLog_Activity_ActivityLog_ActivityType_ActivityTypeId` FOREIGN KEY (`ActivityTypeId`) REFERENCES `ActivityLog_ActivityType` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_ProductAttribute` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  `GroupId` BIGINT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Catalog_ProductAttribute_GroupId` (`GroupId`),
  CONSTRAINT `FK_Catalog_ProductAttribute_Catalog_ProductAttributeGroup_GroupI` FOREIGN KEY (`GroupId`) REFERENCES `Catalog_ProductAttributeGroup` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Contacts_Contact` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `FullName` VARCHAR(450) NULL,
  `PhoneNumber` VARCHAR(450) NULL,
  `EmailAddress` VARCHAR(450) NULL,
  `Address` VARCHAR(450) NULL,
  `Content` LONGTEXT NULL,
  `ContactAreaId` BIGINT NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Contacts_Contact_ContactAreaId` (`ContactAreaId`),
  CONSTRAINT `FK_Contacts_Contact_Contacts_ContactArea_ContactAreaId` FOREIGN KEY (`ContactAreaId`) REFERENCES `Contacts_ContactArea` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_StateOrProvince` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `CountryId` VARCHAR(450) NULL,
  `Code` VARCHAR(450) NULL,
  `Name` VARCHAR(450) NOT NULL,
  `Type` VARCHAR(450) NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Core_StateOrProvince_CountryId` (`CountryId`),
  CONSTRAINT `FK_Core_StateOrProvince_Core_Country_CountryId` FOREIGN KEY (`CountryId`) REFERENCES `Core_Country` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_Entity` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Slug` VARCHAR(450) NOT NULL,
  `Name` VARCHAR(450) NOT NULL,
  `EntityId` BIGINT NOT NULL,
  `EntityTypeId` VARCHAR(450) NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Core_Entity_EntityTypeId` (`EntityTypeId`),
  CONSTRAINT `FK_Core_Entity_Core_EntityType_EntityTypeId` FOREIGN KEY (`EntityTypeId`) REFERENCES `Core_EntityType` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_Category` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  `Slug` VARCHAR(450) NOT NULL,
  `MetaTitle` VARCHAR(450) NULL,
  `MetaKeywords` VARCHAR(450) NULL,
  `MetaDescription` LONGTEXT NULL,
  `Description` LONGTEXT NULL,
  `DisplayOrder` INT NOT NULL,
  `IsPublished` TINYINT(1) NOT NULL,
  `IncludeInMenu` TINYINT(1) NOT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `ParentId` BIGINT NULL,
  `ThumbnailImageId` BIGINT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Catalog_Category_ParentId` (`ParentId`),
  KEY `IX_Catalog_Category_ThumbnailImageId` (`ThumbnailImageId`),
  CONSTRAINT `FK_Catalog_Category_Catalog_Category_ParentId` FOREIGN KEY (`ParentId`) REFERENCES `Catalog_Category` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Catalog_Category_Core_Media_ThumbnailImageId` FOREIGN KEY (`ThumbnailImageId`) REFERENCES `Core_Media` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_RoleClaim` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `RoleId` BIGINT NOT NULL,
  `ClaimType` LONGTEXT NULL,
  `ClaimValue` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Core_RoleClaim_RoleId` (`RoleId`),
  CONSTRAINT `FK_Core_RoleClaim_Core_Role_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `Core_Role` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_WidgetInstance` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  `PublishStart` DATETIME(6) NULL,
  `PublishEnd` DATETIME(6) NULL,
  `WidgetId` VARCHAR(450) NULL,
  `WidgetZoneId` BIGINT NOT NULL,
  `DisplayOrder` INT NOT NULL,
  `Data` LONGTEXT NULL,
  `HtmlData` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Core_WidgetInstance_WidgetId` (`WidgetId`),
  KEY `IX_Core_WidgetInstance_WidgetZoneId` (`WidgetZoneId`),
  CONSTRAINT `FK_Core_WidgetInstance_Core_WidgetZone_WidgetZoneId` FOREIGN KEY (`WidgetZoneId`) REFERENCES `Core_WidgetZone` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Core_WidgetInstance_Core_Widget_WidgetId` FOREIGN KEY (`WidgetId`) REFERENCES `Core_Widget` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Localization_LocalizedContentProperty` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `EntityId` BIGINT NOT NULL,
  `EntityType` VARCHAR(450) NULL,
  `CultureId` VARCHAR(450) NOT NULL,
  `ProperyName` VARCHAR(450) NOT NULL,
  `Value` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Localization_LocalizedContentProperty_CultureId` (`CultureId`),
  CONSTRAINT `FK_Localization_LocalizedContentProperty_Localization_Culture_Cu` FOREIGN KEY (`CultureId`) REFERENCES `Localization_Culture` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Localization_Resource` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Key` VARCHAR(450) NOT NULL,
  `Value` LONGTEXT NULL,
  `CultureId` VARCHAR(450) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Localization_Resource_CultureId` (`CultureId`),
  CONSTRAINT `FK_Localization_Resource_Localization_Culture_CultureId` FOREIGN KEY (`CultureId`) REFERENCES `Localization_Culture` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Pricing_CartRuleCustomerGroup` (
  `CartRuleId` BIGINT NOT NULL,
  `CustomerGroupId` BIGINT NOT NULL,
  PRIMARY KEY (`CartRuleId`, `CustomerGroupId`),
  KEY `IX_Pricing_CartRuleCustomerGroup_CustomerGroupId` (`CustomerGroupId`),
  CONSTRAINT `FK_Pricing_CartRuleCustomerGroup_Core_CustomerGroup_CustomerGrou` FOREIGN KEY (`CustomerGroupId`) REFERENCES `Core_CustomerGroup` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Pricing_CartRuleCustomerGroup_Pricing_CartRule_CartRuleId` FOREIGN KEY (`CartRuleId`) REFERENCES `Pricing_CartRule` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Pricing_Coupon` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `CartRuleId` BIGINT NOT NULL,
  `Code` VARCHAR(450) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Pricing_Coupon_CartRuleId` (`CartRuleId`),
  CONSTRAINT `FK_Pricing_Coupon_Pricing_CartRule_CartRuleId` FOREIGN KEY (`CartRuleId`) REFERENCES `Pricing_CartRule` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Pricing_CatalogRuleCustomerGroup` (
  `CatalogRuleId` BIGINT NOT NULL,
  `CustomerGroupId` BIGINT NOT NULL,
  PRIMARY KEY (`CatalogRuleId`, `CustomerGroupId`),
  KEY `IX_Pricing_CatalogRuleCustomerGroup_CustomerGroupId` (`CustomerGroupId`),
  CONSTRAINT `FK_Pricing_CatalogRuleCustomerGroup_Core_CustomerGroup_CustomerG` FOREIGN KEY (`CustomerGroupId`) REFERENCES `Core_CustomerGroup` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Pricing_CatalogRuleCustomerGroup_Pricing_CatalogRule_CatalogR` FOREIGN KEY (`CatalogRuleId`) REFERENCES `Pricing_CatalogRule` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_ProductTemplateProductAttribute` (
  `ProductTemplateId` BIGINT NOT NULL,
  `ProductAttributeId` BIGINT NOT NULL,
  PRIMARY KEY (`ProductTemplateId`, `ProductAttributeId`),
  KEY `IX_Catalog_ProductTemplateProductAttribute_ProductAttributeId` (`ProductAttributeId`),
  CONSTRAINT `FK_Catalog_ProductTemplateProductAttribute_Catalog_ProductAttrib` FOREIGN KEY (`ProductAttributeId`) REFERENCES `Catalog_ProductAttribute` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Catalog_ProductTemplateProductAttribute_Catalog_ProductTempla` FOREIGN KEY (`ProductTemplateId`) REFERENCES `Catalog_ProductTemplate` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_District` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `StateOrProvinceId` BIGINT NOT NULL,
  `Name` VARCHAR(450) NOT NULL,
  `Type` VARCHAR(450) NULL,
  `Location` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Core_District_StateOrProvinceId` (`StateOrProvinceId`),
  CONSTRAINT `FK_Core_District_Core_StateOrProvince_StateOrProvinceId` FOREIGN KEY (`StateOrProvinceId`) REFERENCES `Core_StateOrProvince` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tax_TaxRate` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `TaxClassId` BIGINT NOT NULL,
  `CountryId` VARCHAR(450) NULL,
  `StateOrProvinceId` BIGINT NULL,
  `Rate` DECIMAL(18,2) NOT NULL,
  `ZipCode` VARCHAR(450) NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Tax_TaxRate_CountryId` (`CountryId`),
  KEY `IX_Tax_TaxRate_StateOrProvinceId` (`StateOrProvinceId`),
  KEY `IX_Tax_TaxRate_TaxClassId` (`TaxClassId`),
  CONSTRAINT `FK_Tax_TaxRate_Core_Country_CountryId` FOREIGN KEY (`CountryId`) REFERENCES `Core_Country` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Tax_TaxRate_Core_StateOrProvince_StateOrProvinceId` FOREIGN KEY (`StateOrProvinceId`) REFERENCES `Core_StateOrProvince` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Tax_TaxRate_Tax_TaxClass_TaxClassId` FOREIGN KEY (`TaxClassId`) REFERENCES `Tax_TaxClass` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Cms_MenuItem` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ParentId` BIGINT NULL,
  `MenuId` BIGINT NOT NULL,
  `EntityId` BIGINT NULL,
  `CustomLink` VARCHAR(450) NULL,
  `Name` VARCHAR(450) NULL,
  `DisplayOrder` INT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Cms_MenuItem_EntityId` (`EntityId`),
  KEY `IX_Cms_MenuItem_MenuId` (`MenuId`),
  KEY `IX_Cms_MenuItem_ParentId` (`ParentId`),
  CONSTRAINT `FK_Cms_MenuItem_Cms_MenuItem_ParentId` FOREIGN KEY (`ParentId`) REFERENCES `Cms_MenuItem` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Cms_MenuItem_Cms_Menu_MenuId` FOREIGN KEY (`MenuId`) REFERENCES `Cms_Menu` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Cms_MenuItem_Core_Entity_EntityId` FOREIGN KEY (`EntityId`) REFERENCES `Core_Entity` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Pricing_CartRuleCategory` (
  `CategoryId` BIGINT NOT NULL,
  `CartRuleId` BIGINT NOT NULL,
  PRIMARY KEY (`CartRuleId`, `CategoryId`),
  KEY `IX_Pricing_CartRuleCategory_CategoryId` (`CategoryId`),
  CONSTRAINT `FK_Pricing_CartRuleCategory_Catalog_Category_CategoryId` FOREIGN KEY (`CategoryId`) REFERENCES `Catalog_Category` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Pricing_CartRuleCategory_Pricing_CartRule_CartRuleId` FOREIGN KEY (`CartRuleId`) REFERENCES `Pricing_CartRule` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_Address` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ContactName` VARCHAR(450) NULL,
  `Phone` VARCHAR(450) NULL,
  `AddressLine1` VARCHAR(450) NULL,
  `AddressLine2` VARCHAR(450) NULL,
  `City` VARCHAR(450) NULL,
  `ZipCode` VARCHAR(450) NULL,
  `DistrictId` BIGINT NULL,
  `StateOrProvinceId` BIGINT NOT NULL,
  `CountryId` VARCHAR(450) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Core_Address_CountryId` (`CountryId`),
  KEY `IX_Core_Address_DistrictId` (`DistrictId`),
  KEY `IX_Core_Address_StateOrProvinceId` (`StateOrProvinceId`),
  CONSTRAINT `FK_Core_Address_Core_Country_CountryId` FOREIGN KEY (`CountryId`) REFERENCES `Core_Country` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Core_Address_Core_District_DistrictId` FOREIGN KEY (`DistrictId`) REFERENCES `Core_District` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Core_Address_Core_StateOrProvince_StateOrProvinceId` FOREIGN KEY (`StateOrProvinceId`) REFERENCES `Core_StateOrProvince` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Orders_OrderAddress` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ContactName` VARCHAR(450) NULL,
  `Phone` VARCHAR(450) NULL,
  `AddressLine1` VARCHAR(450) NULL,
  `AddressLine2` VARCHAR(450) NULL,
  `City` VARCHAR(450) NULL,
  `ZipCode` VARCHAR(450) NULL,
  `DistrictId` BIGINT NULL,
  `StateOrProvinceId` BIGINT NOT NULL,
  `CountryId` VARCHAR(450) NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Orders_OrderAddress_CountryId` (`CountryId`),
  KEY `IX_Orders_OrderAddress_DistrictId` (`DistrictId`),
  KEY `IX_Orders_OrderAddress_StateOrProvinceId` (`StateOrProvinceId`),
  CONSTRAINT `FK_Orders_OrderAddress_Core_Country_CountryId` FOREIGN KEY (`CountryId`) REFERENCES `Core_Country` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Orders_OrderAddress_Core_District_DistrictId` FOREIGN KEY (`DistrictId`) REFERENCES `Core_District` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Orders_OrderAddress_Core_StateOrProvince_StateOrProvinceId` FOREIGN KEY (`StateOrProvinceId`) REFERENCES `Core_StateOrProvince` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ShippingTableRate_PriceAndDestination` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `CountryId` VARCHAR(450) NULL,
  `StateOrProvinceId` BIGINT NULL,
  `DistrictId` BIGINT NULL,
  `ZipCode` VARCHAR(450) NULL,
  `Note` LONGTEXT NULL,
  `MinOrderSubtotal` DECIMAL(18,2) NOT NULL,
  `ShippingPrice` DECIMAL(18,2) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ShippingTableRate_PriceAndDestination_CountryId` (`CountryId`),
  KEY `IX_ShippingTableRate_PriceAndDestination_DistrictId` (`DistrictId`),
  KEY `IX_ShippingTableRate_PriceAndDestination_StateOrProvinceId` (`StateOrProvinceId`),
  CONSTRAINT `FK_ShippingTableRate_PriceAndDestination_Core_Country_CountryId` FOREIGN KEY (`CountryId`) REFERENCES `Core_Country` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_ShippingTableRate_PriceAndDestination_Core_District_DistrictI` FOREIGN KEY (`DistrictId`) REFERENCES `Core_District` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_ShippingTableRate_PriceAndDestination_Core_StateOrProvince_St` FOREIGN KEY (`StateOrProvinceId`) REFERENCES `Core_StateOrProvince` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Inventory_Warehouse` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(450) NOT NULL,
  `AddressId` BIGINT NOT NULL,
  `VendorId` BIGINT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Inventory_Warehouse_AddressId` (`AddressId`),
  KEY `IX_Inventory_Warehouse_VendorId` (`VendorId`),
  CONSTRAINT `FK_Inventory_Warehouse_Core_Address_AddressId` FOREIGN KEY (`AddressId`) REFERENCES `Core_Address` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Inventory_Warehouse_Core_Vendor_VendorId` FOREIGN KEY (`VendorId`) REFERENCES `Core_Vendor` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_Product` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ShortDescription` VARCHAR(450) NULL,
  `Description` LONGTEXT NULL,
  `Specification` LONGTEXT NULL,
  `Price` DECIMAL(18,2) NOT NULL,
  `OldPrice` DECIMAL(18,2) NULL,
  `SpecialPrice` DECIMAL(18,2) NULL,
  `SpecialPriceStart` DATETIME(6) NULL,
  `SpecialPriceEnd` DATETIME(6) NULL,
  `HasOptions` TINYINT(1) NOT NULL,
  `IsVisibleIndividually` TINYINT(1) NOT NULL,
  `IsFeatured` TINYINT(1) NOT NULL,
  `IsCallForPricing` TINYINT(1) NOT NULL,
  `IsAllowToOrder` TINYINT(1) NOT NULL,
  `StockTrackingIsEnabled` TINYINT(1) NOT NULL,
  `StockQuantity` INT NOT NULL,
  `Sku` VARCHAR(450) NULL,
  `Gtin` VARCHAR(450) NULL,
  `NormalizedName` VARCHAR(450) NULL,
  `DisplayOrder` INT NOT NULL,
  `VendorId` BIGINT NULL,
  `ThumbnailImageId` BIGINT NULL,
  `ReviewsCount` INT NOT NULL,
  `RatingAverage` DOUBLE NULL,
  `BrandId` BIGINT NULL,
  `TaxClassId` BIGINT NULL,
  `Name` VARCHAR(450) NOT NULL,
  `Slug` VARCHAR(450) NOT NULL,
  `MetaTitle` VARCHAR(450) NULL,
  `MetaKeywords` VARCHAR(450) NULL,
  `MetaDescription` LONGTEXT NULL,
  `IsPublished` TINYINT(1) NOT NULL,
  `PublishedOn` DATETIME(6) NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `CreatedById` BIGINT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedById` BIGINT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Catalog_Product_BrandId` (`BrandId`),
  KEY `IX_Catalog_Product_CreatedById` (`CreatedById`),
  KEY `IX_Catalog_Product_LatestUpdatedById` (`LatestUpdatedById`),
  KEY `IX_Catalog_Product_TaxClassId` (`TaxClassId`),
  KEY `IX_Catalog_Product_ThumbnailImageId` (`ThumbnailImageId`),
  CONSTRAINT `FK_Catalog_Product_Catalog_Brand_BrandId` FOREIGN KEY (`BrandId`) REFERENCES `Catalog_Brand` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Catalog_Product_Core_Media_ThumbnailImageId` FOREIGN KEY (`ThumbnailImageId`) REFERENCES `Core_Media` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Catalog_Product_Tax_TaxClass_TaxClassId` FOREIGN KEY (`TaxClassId`) REFERENCES `Tax_TaxClass` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Catalog_Product_Core_User_CreatedById` FOREIGN KEY (`CreatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Catalog_Product_Core_User_LatestUpdatedById` FOREIGN KEY (`LatestUpdatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_ProductAttributeValue` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `AttributeId` BIGINT NOT NULL,
  `ProductId` BIGINT NOT NULL,
  `Value` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Catalog_ProductAttributeValue_AttributeId` (`AttributeId`),
  KEY `IX_Catalog_ProductAttributeValue_ProductId` (`ProductId`),
  CONSTRAINT `FK_Catalog_ProductAttributeValue_Catalog_ProductAttribute_Attrib` FOREIGN KEY (`AttributeId`) REFERENCES `Catalog_ProductAttribute` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Catalog_ProductAttributeValue_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_ProductCategory` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `IsFeaturedProduct` TINYINT(1) NOT NULL,
  `DisplayOrder` INT NOT NULL,
  `CategoryId` BIGINT NOT NULL,
  `ProductId` BIGINT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Catalog_ProductCategory_CategoryId` (`CategoryId`),
  KEY `IX_Catalog_ProductCategory_ProductId` (`ProductId`),
  CONSTRAINT `FK_Catalog_ProductCategory_Catalog_Category_CategoryId` FOREIGN KEY (`CategoryId`) REFERENCES `Catalog_Category` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Catalog_ProductCategory_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_ProductLink` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ProductId` BIGINT NOT NULL,
  `LinkedProductId` BIGINT NOT NULL,
  `LinkType` INT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Catalog_ProductLink_LinkedProductId` (`LinkedProductId`),
  KEY `IX_Catalog_ProductLink_ProductId` (`ProductId`),
  CONSTRAINT `FK_Catalog_ProductLink_Catalog_Product_LinkedProductId` FOREIGN KEY (`LinkedProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Catalog_ProductLink_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_ProductMedia` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ProductId` BIGINT NOT NULL,
  `MediaId` BIGINT NOT NULL,
  `DisplayOrder` INT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Catalog_ProductMedia_MediaId` (`MediaId`),
  KEY `IX_Catalog_ProductMedia_ProductId` (`ProductId`),
  CONSTRAINT `FK_Catalog_ProductMedia_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Catalog_ProductMedia_Core_Media_MediaId` FOREIGN KEY (`MediaId`) REFERENCES `Core_Media` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_ProductOptionCombination` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ProductId` BIGINT NOT NULL,
  `OptionId` BIGINT NOT NULL,
  `Value` VARCHAR(450) NULL,
  `SortIndex` INT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Catalog_ProductOptionCombination_OptionId` (`OptionId`),
  KEY `IX_Catalog_ProductOptionCombination_ProductId` (`ProductId`),
  CONSTRAINT `FK_Catalog_ProductOptionCombination_Catalog_ProductOption_Option` FOREIGN KEY (`OptionId`) REFERENCES `Catalog_ProductOption` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Catalog_ProductOptionCombination_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_ProductOptionValue` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `OptionId` BIGINT NOT NULL,
  `ProductId` BIGINT NOT NULL,
  `Value` VARCHAR(450) NULL,
  `DisplayType` VARCHAR(450) NULL,
  `SortIndex` INT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Catalog_ProductOptionValue_OptionId` (`OptionId`),
  KEY `IX_Catalog_ProductOptionValue_ProductId` (`ProductId`),
  CONSTRAINT `FK_Catalog_ProductOptionValue_Catalog_ProductOption_OptionId` FOREIGN KEY (`OptionId`) REFERENCES `Catalog_ProductOption` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Catalog_ProductOptionValue_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Inventory_Stock` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ProductId` BIGINT NOT NULL,
  `WarehouseId` BIGINT NOT NULL,
  `Quantity` INT NOT NULL,
  `ReservedQuantity` INT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Inventory_Stock_ProductId` (`ProductId`),
  KEY `IX_Inventory_Stock_WarehouseId` (`WarehouseId`),
  CONSTRAINT `FK_Inventory_Stock_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Inventory_Stock_Inventory_Warehouse_WarehouseId` FOREIGN KEY (`WarehouseId`) REFERENCES `Inventory_Warehouse` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Pricing_CartRuleProduct` (
  `ProductId` BIGINT NOT NULL,
  `CartRuleId` BIGINT NOT NULL,
  PRIMARY KEY (`CartRuleId`, `ProductId`),
  KEY `IX_Pricing_CartRuleProduct_ProductId` (`ProductId`),
  CONSTRAINT `FK_Pricing_CartRuleProduct_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Pricing_CartRuleProduct_Pricing_CartRule_CartRuleId` FOREIGN KEY (`CartRuleId`) REFERENCES `Pricing_CartRule` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Catalog_ProductPriceHistory` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ProductId` BIGINT NULL,
  `CreatedById` BIGINT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `Price` DECIMAL(18,2) NULL,
  `OldPrice` DECIMAL(18,2) NULL,
  `SpecialPrice` DECIMAL(18,2) NULL,
  `SpecialPriceStart` DATETIME(6) NULL,
  `SpecialPriceEnd` DATETIME(6) NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Catalog_ProductPriceHistory_CreatedById` (`CreatedById`),
  KEY `IX_Catalog_ProductPriceHistory_ProductId` (`ProductId`),
  CONSTRAINT `FK_Catalog_ProductPriceHistory_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Catalog_ProductPriceHistory_Core_User_CreatedById` FOREIGN KEY (`CreatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Checkouts_Checkout` (
  `Id` CHAR(36) NOT NULL,
  `CustomerId` BIGINT NOT NULL,
  `CreatedById` BIGINT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  `CouponCode` VARCHAR(450) NULL,
  `CouponRuleName` VARCHAR(450) NULL,
  `ShippingMethod` VARCHAR(450) NULL,
  `IsProductPriceIncludeTax` TINYINT(1) NOT NULL,
  `ShippingAmount` DECIMAL(18,2) NULL,
  `TaxAmount` DECIMAL(18,2) NULL,
  `VendorId` BIGINT NULL,
  `ShippingData` LONGTEXT NULL,
  `OrderNote` VARCHAR(1000) NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Checkouts_Checkout_CreatedById` (`CreatedById`),
  KEY `IX_Checkouts_Checkout_CustomerId` (`CustomerId`),
  CONSTRAINT `FK_Checkouts_Checkout_Core_User_CreatedById` FOREIGN KEY (`CreatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Checkouts_Checkout_Core_User_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Checkouts_CheckoutItem` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `CreatedOn` DATETIME(6) NOT NULL,
  `ProductId` BIGINT NOT NULL,
  `Quantity` INT NOT NULL,
  `CheckoutId` CHAR(36) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Checkouts_CheckoutItem_CheckoutId` (`CheckoutId`),
  KEY `IX_Checkouts_CheckoutItem_ProductId` (`ProductId`),
  CONSTRAINT `FK_Checkouts_CheckoutItem_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Checkouts_CheckoutItem_Checkouts_Checkout_CheckoutId` FOREIGN KEY (`CheckoutId`) REFERENCES `Checkouts_Checkout` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Cms_Page` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `Body` LONGTEXT NULL,
  `Name` VARCHAR(450) NOT NULL,
  `Slug` VARCHAR(450) NOT NULL,
  `MetaTitle` VARCHAR(450) NULL,
  `MetaKeywords` VARCHAR(450) NULL,
  `MetaDescription` LONGTEXT NULL,
  `IsPublished` TINYINT(1) NOT NULL,
  `PublishedOn` DATETIME(6) NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `CreatedById` BIGINT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedById` BIGINT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Cms_Page_CreatedById` (`CreatedById`),
  KEY `IX_Cms_Page_LatestUpdatedById` (`LatestUpdatedById`),
  CONSTRAINT `FK_Cms_Page_Core_User_CreatedById` FOREIGN KEY (`CreatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Cms_Page_Core_User_LatestUpdatedById` FOREIGN KEY (`LatestUpdatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Comments_Comment` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `UserId` BIGINT NOT NULL,
  `CommentText` LONGTEXT NULL,
  `CommenterName` VARCHAR(450) NULL,
  `Status` INT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `EntityTypeId` VARCHAR(450) NULL,
  `EntityId` BIGINT NOT NULL,
  `ParentId` BIGINT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Comments_Comment_ParentId` (`ParentId`),
  KEY `IX_Comments_Comment_UserId` (`UserId`),
  CONSTRAINT `FK_Comments_Comment_Comments_Comment_ParentId` FOREIGN KEY (`ParentId`) REFERENCES `Comments_Comment` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Comments_Comment_Core_User_UserId` FOREIGN KEY (`UserId`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_CustomerGroupUser` (
  `UserId` BIGINT NOT NULL,
  `CustomerGroupId` BIGINT NOT NULL,
  PRIMARY KEY (`UserId`, `CustomerGroupId`),
  KEY `IX_Core_CustomerGroupUser_CustomerGroupId` (`CustomerGroupId`),
  CONSTRAINT `FK_Core_CustomerGroupUser_Core_CustomerGroup_CustomerGroupId` FOREIGN KEY (`CustomerGroupId`) REFERENCES `Core_CustomerGroup` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_Core_CustomerGroupUser_Core_User_UserId` FOREIGN KEY (`UserId`) REFERENCES `Core_User` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_User` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `UserGuid` CHAR(36) NOT NULL,
  `FullName` VARCHAR(450) NOT NULL,
  `VendorId` BIGINT NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  `DefaultShippingAddressId` BIGINT NULL,
  `DefaultBillingAddressId` BIGINT NULL,
  `RefreshTokenHash` VARCHAR(450) NULL,
  `Culture` VARCHAR(450) NULL,
  `ExtensionData` LONGTEXT NULL,
  `UserName` VARCHAR(256) NULL,
  `NormalizedUserName` VARCHAR(256) NULL,
  `Email` VARCHAR(256) NULL,
  `NormalizedEmail` VARCHAR(256) NULL,
  `EmailConfirmed` TINYINT(1) NOT NULL,
  `PasswordHash` LONGTEXT NULL,
  `SecurityStamp` LONGTEXT NULL,
  `ConcurrencyStamp` LONGTEXT NULL,
  `PhoneNumber` LONGTEXT NULL,
  `PhoneNumberConfirmed` TINYINT(1) NOT NULL,
  `TwoFactorEnabled` TINYINT(1) NOT NULL,
  `LockoutEnd` DATETIME(6) NULL,
  `LockoutEnabled` TINYINT(1) NOT NULL,
  `AccessFailedCount` INT NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `UserNameIndex` (`NormalizedUserName`),
  KEY `EmailIndex` (`NormalizedEmail`),
  KEY `IX_Core_User_DefaultBillingAddressId` (`DefaultBillingAddressId`),
  KEY `IX_Core_User_DefaultShippingAddressId` (`DefaultShippingAddressId`),
  KEY `IX_Core_User_VendorId` (`VendorId`),
  CONSTRAINT `FK_Core_User_Core_Vendor_VendorId` FOREIGN KEY (`VendorId`) REFERENCES `Core_Vendor` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Core_User_Core_UserAddress_DefaultBillingAddressId` FOREIGN KEY (`DefaultBillingAddressId`) REFERENCES `Core_UserAddress` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Core_User_Core_UserAddress_DefaultShippingAddressId` FOREIGN KEY (`DefaultShippingAddressId`) REFERENCES `Core_UserAddress` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_UserAddress` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `UserId` BIGINT NOT NULL,
  `AddressId` BIGINT NOT NULL,
  `AddressType` INT NOT NULL,
  `LastUsedOn` DATETIME(6) NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Core_UserAddress_AddressId` (`AddressId`),
  KEY `IX_Core_UserAddress_UserId` (`UserId`),
  CONSTRAINT `FK_Core_UserAddress_Core_Address_AddressId` FOREIGN KEY (`AddressId`) REFERENCES `Core_Address` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Core_UserAddress_Core_User_UserId` FOREIGN KEY (`UserId`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_UserClaim` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `UserId` BIGINT NOT NULL,
  `ClaimType` LONGTEXT NULL,
  `ClaimValue` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Core_UserClaim_UserId` (`UserId`),
  CONSTRAINT `FK_Core_UserClaim_Core_User_UserId` FOREIGN KEY (`UserId`) REFERENCES `Core_User` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_UserLogin` (
  `LoginProvider` VARCHAR(450) NOT NULL,
  `ProviderKey` VARCHAR(450) NOT NULL,
  `ProviderDisplayName` LONGTEXT NULL,
  `UserId` BIGINT NOT NULL,
  PRIMARY KEY (`LoginProvider`, `ProviderKey`),
  KEY `IX_Core_UserLogin_UserId` (`UserId`),
  CONSTRAINT `FK_Core_UserLogin_Core_User_UserId` FOREIGN KEY (`UserId`) REFERENCES `Core_User` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `Core_UserRole` (
  `UserId` BIGINT NOT NULL,
  `RoleId` BIGINT NOT NULL,
  PRIMARY KEY (`UserId`, `RoleId`),
  KEY `IX_Core_UserRole_RoleId` (`RoleId`),
  CONSTRAINT `FK_Core_UserRole_Core_Role_RoleId` FOREIGN KEY (`RoleId`) REFERENCES `Core_Role` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Core_UserRole_Core_User_UserId` FOREIGN KEY (`UserId`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Core_UserToken` (
  `UserId` BIGINT NOT NULL,
  `LoginProvider` VARCHAR(450) NOT NULL,
  `Name` VARCHAR(450) NOT NULL,
  `Value` LONGTEXT NULL,
  PRIMARY KEY (`UserId`, `LoginProvider`, `Name`),
  CONSTRAINT `FK_Core_UserToken_Core_User_UserId` FOREIGN KEY (`UserId`) REFERENCES `Core_User` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `Inventory_StockHistory` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ProductId` BIGINT NOT NULL,
  `WarehouseId` BIGINT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `CreatedById` BIGINT NOT NULL,
  `AdjustedQuantity` BIGINT NOT NULL,
  `Note` VARCHAR(1000) NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Inventory_StockHistory_CreatedById` (`CreatedById`),
  KEY `IX_Inventory_StockHistory_ProductId` (`ProductId`),
  KEY `IX_Inventory_StockHistory_WarehouseId` (`WarehouseId`),
  CONSTRAINT `FK_Inventory_StockHistory_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Inventory_StockHistory_Core_User_CreatedById` FOREIGN KEY (`CreatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Inventory_StockHistory_Inventory_Warehouse_WarehouseId` FOREIGN KEY (`WarehouseId`) REFERENCES `Inventory_Warehouse` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `News_NewsItem` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ShortContent` VARCHAR(450) NULL,
  `FullContent` LONGTEXT NULL,
  `ThumbnailImageId` BIGINT NULL,
  `Name` VARCHAR(450) NOT NULL,
  `Slug` VARCHAR(450) NOT NULL,
  `MetaTitle` VARCHAR(450) NULL,
  `MetaKeywords` VARCHAR(450) NULL,
  `MetaDescription` LONGTEXT NULL,
  `IsPublished` TINYINT(1) NOT NULL,
  `PublishedOn` DATETIME(6) NULL,
  `IsDeleted` TINYINT(1) NOT NULL,
  `CreatedById` BIGINT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedById` BIGINT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_News_NewsItem_CreatedById` (`CreatedById`),
  KEY `IX_News_NewsItem_LatestUpdatedById` (`LatestUpdatedById`),
  KEY `IX_News_NewsItem_ThumbnailImageId` (`ThumbnailImageId`),
  CONSTRAINT `FK_News_NewsItem_Core_Media_ThumbnailImageId` FOREIGN KEY (`ThumbnailImageId`) REFERENCES `Core_Media` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_News_NewsItem_Core_User_CreatedById` FOREIGN KEY (`CreatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_News_NewsItem_Core_User_LatestUpdatedById` FOREIGN KEY (`LatestUpdatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Orders_Order` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `CustomerId` BIGINT NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedById` BIGINT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `CreatedById` BIGINT NOT NULL,
  `VendorId` BIGINT NULL,
  `CouponCode` VARCHAR(450) NULL,
  `CouponRuleName` VARCHAR(450) NULL,
  `DiscountAmount` DECIMAL(18,2) NOT NULL,
  `SubTotal` DECIMAL(18,2) NOT NULL,
  `SubTotalWithDiscount` DECIMAL(18,2) NOT NULL,
  `ShippingAddressId` BIGINT NOT NULL,
  `BillingAddressId` BIGINT NOT NULL,
  `OrderStatus` INT NOT NULL,
  `OrderNote` VARCHAR(1000) NULL,
  `ParentId` BIGINT NULL,
  `IsMasterOrder` TINYINT(1) NOT NULL,
  `ShippingMethod` VARCHAR(450) NULL,
  `ShippingFeeAmount` DECIMAL(18,2) NOT NULL,
  `TaxAmount` DECIMAL(18,2) NOT NULL,
  `OrderTotal` DECIMAL(18,2) NOT NULL,
  `PaymentMethod` VARCHAR(450) NULL,
  `PaymentFeeAmount` DECIMAL(18,2) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Orders_Order_BillingAddressId` (`BillingAddressId`),
  KEY `IX_Orders_Order_CreatedById` (`CreatedById`),
  KEY `IX_Orders_Order_CustomerId` (`CustomerId`),
  KEY `IX_Orders_Order_LatestUpdatedById` (`LatestUpdatedById`),
  KEY `IX_Orders_Order_ParentId` (`ParentId`),
  KEY `IX_Orders_Order_ShippingAddressId` (`ShippingAddressId`),
  CONSTRAINT `FK_Orders_Order_Core_User_CreatedById` FOREIGN KEY (`CreatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Orders_Order_Core_User_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Orders_Order_Core_User_LatestUpdatedById` FOREIGN KEY (`LatestUpdatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Orders_Order_Orders_OrderAddress_BillingAddressId` FOREIGN KEY (`BillingAddressId`) REFERENCES `Orders_OrderAddress` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Orders_Order_Orders_OrderAddress_ShippingAddressId` FOREIGN KEY (`ShippingAddressId`) REFERENCES `Orders_OrderAddress` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Orders_Order_Orders_Order_ParentId` FOREIGN KEY (`ParentId`) REFERENCES `Orders_Order` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Pricing_CartRuleUsage` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `CartRuleId` BIGINT NOT NULL,
  `CouponId` BIGINT NULL,
  `UserId` BIGINT NOT NULL,
  `OrderId` BIGINT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Pricing_CartRuleUsage_CartRuleId` (`CartRuleId`),
  KEY `IX_Pricing_CartRuleUsage_CouponId` (`CouponId`),
  KEY `IX_Pricing_CartRuleUsage_UserId` (`UserId`),
  CONSTRAINT `FK_Pricing_CartRuleUsage_Core_User_UserId` FOREIGN KEY (`UserId`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Pricing_CartRuleUsage_Pricing_CartRule_CartRuleId` FOREIGN KEY (`CartRuleId`) REFERENCES `Pricing_CartRule` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Pricing_CartRuleUsage_Pricing_Coupon_CouponId` FOREIGN KEY (`CouponId`) REFERENCES `Pricing_Coupon` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProductComparison_ComparingProduct` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `CreatedOn` DATETIME(6) NOT NULL,
  `UserId` BIGINT NOT NULL,
  `ProductId` BIGINT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ProductComparison_ComparingProduct_ProductId` (`ProductId`),
  KEY `IX_ProductComparison_ComparingProduct_UserId` (`UserId`),
  CONSTRAINT `FK_ProductComparison_ComparingProduct_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_ProductComparison_ComparingProduct_Core_User_UserId` FOREIGN KEY (`UserId`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Reviews_Review` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `UserId` BIGINT NOT NULL,
  `Title` VARCHAR(450) NULL,
  `Comment` LONGTEXT NULL,
  `Rating` INT NOT NULL,
  `ReviewerName` VARCHAR(450) NULL,
  `Status` INT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `EntityTypeId` VARCHAR(450) NULL,
  `EntityId` BIGINT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Reviews_Review_UserId` (`UserId`),
  CONSTRAINT `FK_Reviews_Review_Core_User_UserId` FOREIGN KEY (`UserId`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ShoppingCart_CartItem` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  `ProductId` BIGINT NOT NULL,
  `Quantity` INT NOT NULL,
  `CustomerId` BIGINT NOT NULL,
  `VendorId` BIGINT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_ShoppingCart_CartItem_CustomerId` (`CustomerId`),
  KEY `IX_ShoppingCart_CartItem_ProductId` (`ProductId`),
  CONSTRAINT `FK_ShoppingCart_CartItem_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_ShoppingCart_CartItem_Core_User_CustomerId` FOREIGN KEY (`CustomerId`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WishList_WishList` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `UserId` BIGINT NOT NULL,
  `SharingCode` VARCHAR(450) NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_WishList_WishList_UserId` (`UserId`),
  CONSTRAINT `FK_WishList_WishList_Core_User_UserId` FOREIGN KEY (`UserId`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `News_NewsItemCategory` (
  `CategoryId` BIGINT NOT NULL,
  `NewsItemId` BIGINT NOT NULL,
  PRIMARY KEY (`CategoryId`, `NewsItemId`),
  KEY `IX_News_NewsItemCategory_NewsItemId` (`NewsItemId`),
  CONSTRAINT `FK_News_NewsItemCategory_News_NewsCategory_CategoryId` FOREIGN KEY (`CategoryId`) REFERENCES `News_NewsCategory` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_News_NewsItemCategory_News_NewsItem_NewsItemId` FOREIGN KEY (`NewsItemId`) REFERENCES `News_NewsItem` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Orders_OrderHistory` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `OrderId` BIGINT NOT NULL,
  `OldStatus` INT NULL,
  `NewStatus` INT NOT NULL,
  `OrderSnapshot` LONGTEXT NULL,
  `Note` VARCHAR(1000) NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `CreatedById` BIGINT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Orders_OrderHistory_CreatedById` (`CreatedById`),
  KEY `IX_Orders_OrderHistory_OrderId` (`OrderId`),
  CONSTRAINT `FK_Orders_OrderHistory_Core_User_CreatedById` FOREIGN KEY (`CreatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Orders_OrderHistory_Orders_Order_OrderId` FOREIGN KEY (`OrderId`) REFERENCES `Orders_Order` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Orders_OrderItem` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `OrderId` BIGINT NULL,
  `ProductId` BIGINT NOT NULL,
  `ProductPrice` DECIMAL(18,2) NOT NULL,
  `Quantity` INT NOT NULL,
  `DiscountAmount` DECIMAL(18,2) NOT NULL,
  `TaxAmount` DECIMAL(18,2) NOT NULL,
  `TaxPercent` DECIMAL(18,2) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Orders_OrderItem_OrderId` (`OrderId`),
  KEY `IX_Orders_OrderItem_ProductId` (`ProductId`),
  CONSTRAINT `FK_Orders_OrderItem_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Orders_OrderItem_Orders_Order_OrderId` FOREIGN KEY (`OrderId`) REFERENCES `Orders_Order` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Payments_Payment` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `OrderId` BIGINT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  `Amount` DECIMAL(18,2) NOT NULL,
  `PaymentFee` DECIMAL(18,2) NOT NULL,
  `PaymentMethod` VARCHAR(450) NULL,
  `GatewayTransactionId` VARCHAR(450) NULL,
  `Status` INT NOT NULL,
  `FailureMessage` LONGTEXT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Payments_Payment_OrderId` (`OrderId`),
  CONSTRAINT `FK_Payments_Payment_Orders_Order_OrderId` FOREIGN KEY (`OrderId`) REFERENCES `Orders_Order` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Shipments_Shipment` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `OrderId` BIGINT NOT NULL,
  `TrackingNumber` VARCHAR(450) NULL,
  `WarehouseId` BIGINT NOT NULL,
  `VendorId` BIGINT NULL,
  `CreatedById` BIGINT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Shipments_Shipment_CreatedById` (`CreatedById`),
  KEY `IX_Shipments_Shipment_OrderId` (`OrderId`),
  KEY `IX_Shipments_Shipment_WarehouseId` (`WarehouseId`),
  CONSTRAINT `FK_Shipments_Shipment_Core_User_CreatedById` FOREIGN KEY (`CreatedById`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Shipments_Shipment_Inventory_Warehouse_WarehouseId` FOREIGN KEY (`WarehouseId`) REFERENCES `Inventory_Warehouse` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Shipments_Shipment_Orders_Order_OrderId` FOREIGN KEY (`OrderId`) REFERENCES `Orders_Order` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Reviews_Reply` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ReviewId` BIGINT NOT NULL,
  `UserId` BIGINT NOT NULL,
  `Comment` LONGTEXT NULL,
  `ReplierName` VARCHAR(450) NULL,
  `Status` INT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Reviews_Reply_ReviewId` (`ReviewId`),
  KEY `IX_Reviews_Reply_UserId` (`UserId`),
  CONSTRAINT `FK_Reviews_Reply_Core_User_UserId` FOREIGN KEY (`UserId`) REFERENCES `Core_User` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Reviews_Reply_Reviews_Review_ReviewId` FOREIGN KEY (`ReviewId`) REFERENCES `Reviews_Review` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WishList_WishListItem` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `WishListId` BIGINT NOT NULL,
  `ProductId` BIGINT NOT NULL,
  `Description` LONGTEXT NULL,
  `Quantity` INT NOT NULL,
  `CreatedOn` DATETIME(6) NOT NULL,
  `LatestUpdatedOn` DATETIME(6) NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_WishList_WishListItem_ProductId` (`ProductId`),
  KEY `IX_WishList_WishListItem_WishListId` (`WishListId`),
  CONSTRAINT `FK_WishList_WishListItem_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_WishList_WishListItem_WishList_WishList_WishListId` FOREIGN KEY (`WishListId`) REFERENCES `WishList_WishList` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Shipments_ShipmentItem` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ShipmentId` BIGINT NOT NULL,
  `OrderItemId` BIGINT NOT NULL,
  `ProductId` BIGINT NOT NULL,
  `Quantity` INT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_Shipments_ShipmentItem_ProductId` (`ProductId`),
  KEY `IX_Shipments_ShipmentItem_ShipmentId` (`ShipmentId`),
  CONSTRAINT `FK_Shipments_ShipmentItem_Catalog_Product_ProductId` FOREIGN KEY (`ProductId`) REFERENCES `Catalog_Product` (`Id`) ON DELETE RESTRICT,
  CONSTRAINT `FK_Shipments_ShipmentItem_Shipments_Shipment_ShipmentId` FOREIGN KEY (`ShipmentId`) REFERENCES `Shipments_Shipment` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Inventory_ProductBackInStockSubscription` (
  `Id` BIGINT NOT NULL AUTO_INCREMENT,
  `ProductId` BIGINT NOT NULL,
  `CustomerEmail` LONGTEXT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
