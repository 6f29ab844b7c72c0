-- Frappe Books (frappe/books, desktop bookkeeping and point of sale for small businesses; SQLite via knex)
-- Upstream: github.com/frappe/books, commit 7c35767811762e59573f62bfff936cb9e3016bda (v0.37.0), AGPL-3.0.
-- Tables as `backend/database/core.ts` creates them from the JSON schemas in `schemas/` (app, core and meta
-- schemas listed in `schemas/schemas.ts`, built as `schemas/index.ts` does for a company outside India and
-- Switzerland, i.e. without the regional `schemas/regional/*` overrides): abstract schemas merged into the schemas
-- that extend them, meta fields (createdBy, modifiedBy, created, modified; lft/rgt for trees; submitted/cancelled
-- for submittable documents; idx/parent/parentSchemaName/parentFieldname for child tables) appended, `name` as
-- the primary key, Table-type and computed fields left out, Link fields as foreign keys to `<target>.name`
-- (ON UPDATE CASCADE ON DELETE RESTRICT as knex writes them). Single schemas (settings) are not tables: their values
-- live in `SingleValue`. Types: knex's SQLite types written as MySQL (text, int, float(8,2), tinyint(1), date,
-- datetime); `name` and Link columns are varchar(255) so that MySQL can index them. Table order is upstream's
-- schema order, so the file switches foreign-key checks off while the tables are created.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `PrintTemplate` (
  `name` varchar(255) NOT NULL,
  `type` text NOT NULL DEFAULT 'SalesInvoice',
  `template` text NOT NULL,
  `height` float(8,2) DEFAULT 29.7,
  `width` float(8,2) DEFAULT 21,
  `isCustom` tinyint(1) DEFAULT 1,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Color` (
  `name` varchar(255) NOT NULL,
  `hexvalue` text NOT NULL,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Currency` (
  `name` varchar(255) NOT NULL,
  `fraction` text,
  `fractionUnits` int,
  `smallestValue` text,
  `symbol` text,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NumberSeries` (
  `name` varchar(255) NOT NULL,
  `start` int NOT NULL DEFAULT 1001,
  `padZeros` int NOT NULL DEFAULT 4,
  `referenceType` text NOT NULL DEFAULT '-',
  `current` int NOT NULL,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SerialNumberSeries` (
  `name` varchar(255) NOT NULL,
  `start` int NOT NULL DEFAULT 1001,
  `padZeros` int NOT NULL DEFAULT 4,
  `current` int NOT NULL,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BatchSeries` (
  `name` varchar(255) NOT NULL,
  `start` int NOT NULL DEFAULT 1001,
  `padZeros` int NOT NULL DEFAULT 4,
  `current` int NOT NULL,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Account` (
  `name` varchar(255) NOT NULL,
  `rootType` text NOT NULL,
  `parentAccount` varchar(255),
  `accountType` text,
  `isGroup` tinyint(1) DEFAULT 0,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `lft` int NOT NULL,
  `rgt` int NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `account_parentaccount_foreign` FOREIGN KEY (`parentAccount`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountingLedgerEntry` (
  `name` varchar(255) NOT NULL,
  `date` datetime,
  `party` varchar(255),
  `account` varchar(255) NOT NULL,
  `debit` text,
  `credit` text,
  `referenceType` text,
  `referenceName` text,
  `reverted` tinyint(1) DEFAULT 0,
  `reverts` varchar(255),
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `accountingledgerentry_party_foreign` FOREIGN KEY (`party`) REFERENCES `Party` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `accountingledgerentry_account_foreign` FOREIGN KEY (`account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `accountingledgerentry_reverts_foreign` FOREIGN KEY (`reverts`) REFERENCES `AccountingLedgerEntry` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Party` (
  `image` text,
  `name` varchar(255) NOT NULL,
  `role` text NOT NULL DEFAULT 'Both',
  `email` text,
  `phone` text,
  `address` varchar(255),
  `defaultAccount` varchar(255),
  `currency` varchar(255),
  `fromLead` varchar(255),
  `loyaltyProgram` varchar(255),
  `loyaltyPoints` int DEFAULT 0,
  `taxId` text,
  `outstandingAmount` text,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `party_address_foreign` FOREIGN KEY (`address`) REFERENCES `Address` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `party_defaultaccount_foreign` FOREIGN KEY (`defaultAccount`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `party_currency_foreign` FOREIGN KEY (`currency`) REFERENCES `Currency` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `party_fromlead_foreign` FOREIGN KEY (`fromLead`) REFERENCES `Lead` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `party_loyaltyprogram_foreign` FOREIGN KEY (`loyaltyProgram`) REFERENCES `LoyaltyProgram` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Lead` (
  `name` varchar(255) NOT NULL,
  `status` text NOT NULL DEFAULT 'Open',
  `email` text,
  `mobile` text,
  `address` varchar(255),
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `lead_address_foreign` FOREIGN KEY (`address`) REFERENCES `Address` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Address` (
  `name` varchar(255) NOT NULL,
  `addressLine1` text NOT NULL,
  `addressLine2` text,
  `city` text NOT NULL,
  `country` text NOT NULL,
  `state` text,
  `postalCode` text,
  `emailAddress` text,
  `phone` text,
  `fax` text,
  `addressDisplay` text,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ItemGroup` (
  `image` text,
  `name` varchar(255) NOT NULL,
  `tax` varchar(255),
  `hsnCode` text,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `itemgroup_tax_foreign` FOREIGN KEY (`tax`) REFERENCES `Tax` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Item` (
  `image` text,
  `name` varchar(255) NOT NULL,
  `itemCode` text,
  `itemGroup` varchar(255),
  `for` text NOT NULL DEFAULT 'Both',
  `itemType` text DEFAULT 'Product',
  `unit` varchar(255) DEFAULT 'Unit',
  `rate` text,
  `description` text,
  `incomeAccount` varchar(255) NOT NULL,
  `expenseAccount` varchar(255) NOT NULL,
  `tax` varchar(255),
  `hsnCode` text,
  `barcode` text,
  `trackItem` tinyint(1) DEFAULT 0,
  `hasBatch` tinyint(1) DEFAULT 0,
  `batchSeries` text,
  `hasSerialNumber` tinyint(1) DEFAULT 0,
  `serialNumberSeries` text,
  `datafromErp` tinyint(1) DEFAULT 0,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `item_itemgroup_foreign` FOREIGN KEY (`itemGroup`) REFERENCES `ItemGroup` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `item_unit_foreign` FOREIGN KEY (`unit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `item_incomeaccount_foreign` FOREIGN KEY (`incomeAccount`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `item_expenseaccount_foreign` FOREIGN KEY (`expenseAccount`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `item_tax_foreign` FOREIGN KEY (`tax`) REFERENCES `Tax` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UOM` (
  `name` varchar(255) NOT NULL,
  `isWhole` tinyint(1) DEFAULT 0,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UOMConversionItem` (
  `name` varchar(255) NOT NULL,
  `uom` varchar(255) NOT NULL,
  `conversionFactor` float(8,2) NOT NULL DEFAULT 1,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `uomconversionitem_uom_foreign` FOREIGN KEY (`uom`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LoyaltyProgram` (
  `name` varchar(255) NOT NULL,
  `fromDate` date NOT NULL,
  `toDate` date NOT NULL,
  `isEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `conversionFactor` float(8,2) NOT NULL DEFAULT 1,
  `expiryDuration` int DEFAULT 1,
  `expenseAccount` varchar(255) NOT NULL,
  `maximumUse` int DEFAULT 0,
  `used` int DEFAULT 0,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `loyaltyprogram_expenseaccount_foreign` FOREIGN KEY (`expenseAccount`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LoyaltyPointEntry` (
  `name` varchar(255) NOT NULL,
  `loyaltyProgram` text NOT NULL,
  `loyaltyProgramTier` text,
  `customer` varchar(255) NOT NULL,
  `invoice` varchar(255) NOT NULL,
  `loyaltyPoints` int,
  `purchaseAmount` text NOT NULL,
  `expiryDate` date,
  `postingDate` date,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `loyaltypointentry_customer_foreign` FOREIGN KEY (`customer`) REFERENCES `Party` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `loyaltypointentry_invoice_foreign` FOREIGN KEY (`invoice`) REFERENCES `SalesInvoice` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CollectionRulesItems` (
  `name` varchar(255) NOT NULL,
  `tierName` text,
  `collectionFactor` float(8,2),
  `minimumTotalSpent` text,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Payment` (
  `name` varchar(255) NOT NULL,
  `numberSeries` varchar(255) NOT NULL DEFAULT 'PAY-',
  `party` varchar(255) NOT NULL,
  `date` datetime NOT NULL,
  `paymentType` text NOT NULL,
  `account` varchar(255) NOT NULL,
  `paymentAccount` varchar(255) NOT NULL,
  `paymentMethod` varchar(255) NOT NULL DEFAULT 'Cash',
  `clearanceDate` date,
  `referenceId` text,
  `referenceDate` date,
  `amount` text NOT NULL,
  `writeoff` text,
  `attachment` text,
  `referenceType` text,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `submitted` tinyint(1) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `payment_numberseries_foreign` FOREIGN KEY (`numberSeries`) REFERENCES `NumberSeries` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `payment_party_foreign` FOREIGN KEY (`party`) REFERENCES `Party` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `payment_account_foreign` FOREIGN KEY (`account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `payment_paymentaccount_foreign` FOREIGN KEY (`paymentAccount`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `payment_paymentmethod_foreign` FOREIGN KEY (`paymentMethod`) REFERENCES `PaymentMethod` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PaymentMethod` (
  `name` varchar(255) NOT NULL,
  `type` text NOT NULL,
  `account` varchar(255),
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `paymentmethod_account_foreign` FOREIGN KEY (`account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PaymentFor` (
  `name` varchar(255) NOT NULL,
  `referenceType` text NOT NULL,
  `referenceName` text NOT NULL,
  `amount` text NOT NULL,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `JournalEntry` (
  `name` varchar(255) NOT NULL,
  `numberSeries` varchar(255) NOT NULL DEFAULT 'JV-',
  `entryType` text NOT NULL,
  `date` date NOT NULL,
  `referenceNumber` text,
  `referenceDate` date,
  `userRemark` text,
  `attachment` text,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `submitted` tinyint(1) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `journalentry_numberseries_foreign` FOREIGN KEY (`numberSeries`) REFERENCES `NumberSeries` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `JournalEntryAccount` (
  `name` varchar(255) NOT NULL,
  `account` varchar(255) NOT NULL,
  `debit` text,
  `credit` text,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `journalentryaccount_account_foreign` FOREIGN KEY (`account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ItemEnquiry` (
  `name` varchar(255) NOT NULL,
  `item` text NOT NULL,
  `customer` text,
  `contact` text,
  `description` text,
  `similarProduct` text,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CouponCode` (
  `name` varchar(255) NOT NULL,
  `couponName` text NOT NULL,
  `isEnabled` tinyint(1) NOT NULL DEFAULT 1,
  `pricingRule` varchar(255) NOT NULL,
  `minAmount` text,
  `maxAmount` text,
  `validFrom` date NOT NULL,
  `validTo` date NOT NULL,
  `maximumUse` int NOT NULL DEFAULT 0,
  `used` int NOT NULL DEFAULT 0,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `couponcode_pricingrule_foreign` FOREIGN KEY (`pricingRule`) REFERENCES `PricingRule` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AppliedCouponCodes` (
  `name` varchar(255) NOT NULL,
  `coupons` varchar(255),
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `appliedcouponcodes_coupons_foreign` FOREIGN KEY (`coupons`) REFERENCES `CouponCode` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PriceList` (
  `name` varchar(255) NOT NULL,
  `isEnabled` tinyint(1) DEFAULT 1,
  `isSales` tinyint(1) DEFAULT 1,
  `isPurchase` tinyint(1) DEFAULT 0,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PriceListItem` (
  `name` varchar(255) NOT NULL,
  `item` varchar(255) NOT NULL,
  `unit` varchar(255),
  `rate` text NOT NULL,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `pricelistitem_item_foreign` FOREIGN KEY (`item`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `pricelistitem_unit_foreign` FOREIGN KEY (`unit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PricingRule` (
  `name` varchar(255) NOT NULL,
  `numberSeries` varchar(255) NOT NULL DEFAULT 'PRLE-',
  `isEnabled` tinyint(1) DEFAULT 1,
  `title` text NOT NULL,
  `discountType` text NOT NULL,
  `isCouponCodeBased` tinyint(1) DEFAULT 0,
  `priority` text NOT NULL,
  `priceDiscountType` text,
  `discountRate` text,
  `discountPercentage` float(8,2),
  `discountAmount` text,
  `freeItem` varchar(255),
  `freeItemQuantity` float(8,2),
  `freeItemUnit` varchar(255),
  `roundFreeItemQty` tinyint(1) DEFAULT 0,
  `roundingMethod` text NOT NULL DEFAULT 'round',
  `isRecursive` tinyint(1) DEFAULT 0,
  `recurseEvery` float(8,2),
  `minQuantity` float(8,2),
  `maxQuantity` float(8,2),
  `minAmount` text,
  `maxAmount` text,
  `validFrom` date,
  `validTo` date,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `pricingrule_numberseries_foreign` FOREIGN KEY (`numberSeries`) REFERENCES `NumberSeries` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `pricingrule_freeitem_foreign` FOREIGN KEY (`freeItem`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `pricingrule_freeitemunit_foreign` FOREIGN KEY (`freeItemUnit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PricingRuleItem` (
  `name` varchar(255) NOT NULL,
  `item` varchar(255) NOT NULL,
  `unit` varchar(255),
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `pricingruleitem_item_foreign` FOREIGN KEY (`item`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `pricingruleitem_unit_foreign` FOREIGN KEY (`unit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PricingRuleDetail` (
  `name` varchar(255) NOT NULL,
  `referenceName` varchar(255),
  `referenceItem` varchar(255),
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `pricingruledetail_referencename_foreign` FOREIGN KEY (`referenceName`) REFERENCES `PricingRule` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `pricingruledetail_referenceitem_foreign` FOREIGN KEY (`referenceItem`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tax` (
  `name` varchar(255) NOT NULL,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TaxDetail` (
  `name` varchar(255) NOT NULL,
  `account` varchar(255) NOT NULL,
  `payment_account` varchar(255),
  `rate` float(8,2) NOT NULL,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `taxdetail_account_foreign` FOREIGN KEY (`account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `taxdetail_payment_account_foreign` FOREIGN KEY (`payment_account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TaxSummary` (
  `name` varchar(255) NOT NULL,
  `account` varchar(255) NOT NULL,
  `from_account` varchar(255),
  `rate` float(8,2) NOT NULL,
  `amount` text NOT NULL,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `taxsummary_account_foreign` FOREIGN KEY (`account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `taxsummary_from_account_foreign` FOREIGN KEY (`from_account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Location` (
  `name` varchar(255) NOT NULL,
  `address` varchar(255),
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `location_address_foreign` FOREIGN KEY (`address`) REFERENCES `Address` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StockLedgerEntry` (
  `name` varchar(255) NOT NULL,
  `date` datetime,
  `location` varchar(255),
  `batch` varchar(255),
  `serialNumber` varchar(255),
  `item` varchar(255),
  `rate` text,
  `quantity` float(8,2),
  `referenceType` text,
  `referenceName` text,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `stockledgerentry_location_foreign` FOREIGN KEY (`location`) REFERENCES `Location` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `stockledgerentry_batch_foreign` FOREIGN KEY (`batch`) REFERENCES `Batch` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `stockledgerentry_serialnumber_foreign` FOREIGN KEY (`serialNumber`) REFERENCES `SerialNumber` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `stockledgerentry_item_foreign` FOREIGN KEY (`item`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StockMovement` (
  `name` varchar(255) NOT NULL,
  `numberSeries` varchar(255) NOT NULL DEFAULT 'SMOV-',
  `movementType` text NOT NULL,
  `date` datetime NOT NULL,
  `amount` text,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `submitted` tinyint(1) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `stockmovement_numberseries_foreign` FOREIGN KEY (`numberSeries`) REFERENCES `NumberSeries` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StockMovementItem` (
  `name` varchar(255) NOT NULL,
  `item` varchar(255) NOT NULL,
  `fromLocation` varchar(255),
  `toLocation` varchar(255),
  `transferUnit` varchar(255) DEFAULT 'Unit',
  `transferQuantity` float(8,2) NOT NULL DEFAULT 1,
  `unit` varchar(255) DEFAULT 'Unit',
  `batch` varchar(255),
  `serialNumber` text,
  `quantity` float(8,2) NOT NULL DEFAULT 1,
  `unitConversionFactor` float(8,2) NOT NULL DEFAULT 1,
  `rate` text NOT NULL,
  `amount` text,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `stockmovementitem_item_foreign` FOREIGN KEY (`item`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `stockmovementitem_fromlocation_foreign` FOREIGN KEY (`fromLocation`) REFERENCES `Location` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `stockmovementitem_tolocation_foreign` FOREIGN KEY (`toLocation`) REFERENCES `Location` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `stockmovementitem_transferunit_foreign` FOREIGN KEY (`transferUnit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `stockmovementitem_unit_foreign` FOREIGN KEY (`unit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `stockmovementitem_batch_foreign` FOREIGN KEY (`batch`) REFERENCES `Batch` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Batch` (
  `name` varchar(255) NOT NULL,
  `item` varchar(255),
  `expiryDate` date,
  `manufactureDate` date,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `batch_item_foreign` FOREIGN KEY (`item`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SerialNumber` (
  `name` varchar(255) NOT NULL,
  `item` varchar(255) NOT NULL,
  `description` text,
  `status` text DEFAULT 'Inactive',
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `serialnumber_item_foreign` FOREIGN KEY (`item`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CustomForm` (
  `name` varchar(255) NOT NULL,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CustomField` (
  `name` varchar(255) NOT NULL,
  `label` text NOT NULL,
  `fieldname` text NOT NULL,
  `fieldtype` text NOT NULL DEFAULT 'Data',
  `isRequired` tinyint(1) DEFAULT 0,
  `default` text,
  `section` text DEFAULT 'Default',
  `tab` text DEFAULT 'Custom',
  `options` text,
  `target` text,
  `references` text,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `POSProfile` (
  `name` varchar(255) NOT NULL,
  `posCustomer` varchar(255),
  `inventory` varchar(255) NOT NULL,
  `posPrintTemplate` varchar(255),
  `posUI` text NOT NULL DEFAULT 'Classic',
  `isShiftOpen` tinyint(1) DEFAULT 0,
  `itemVisibility` text NOT NULL DEFAULT 'Inventory Items',
  `canChangeRate` tinyint(1) DEFAULT 0,
  `hideUnavailableItems` tinyint(1) DEFAULT 0,
  `canEditDiscount` tinyint(1) DEFAULT 0,
  `ignorePricingRule` tinyint(1) DEFAULT 0,
  `saveButtonColour` text DEFAULT '#86efac',
  `cancelButtonColour` text DEFAULT '#f98080',
  `submitButtonColour` text DEFAULT '#86efac',
  `heldButtonColour` text DEFAULT '#f98080',
  `returnButtonColour` text DEFAULT '#f98080',
  `payButtonColour` text DEFAULT '#86efac',
  `payAndPrintButtonColour` text DEFAULT '#86efac',
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `posprofile_poscustomer_foreign` FOREIGN KEY (`posCustomer`) REFERENCES `Party` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `posprofile_inventory_foreign` FOREIGN KEY (`inventory`) REFERENCES `Location` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `posprofile_posprinttemplate_foreign` FOREIGN KEY (`posPrintTemplate`) REFERENCES `PrintTemplate` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `POSOpeningShift` (
  `name` varchar(255) NOT NULL,
  `openingDate` datetime,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `POSClosingShift` (
  `name` varchar(255) NOT NULL,
  `closingDate` datetime,
  `openingShift` varchar(255),
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `posclosingshift_openingshift_foreign` FOREIGN KEY (`openingShift`) REFERENCES `POSOpeningShift` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ERPNextSyncQueue` (
  `name` varchar(255) NOT NULL,
  `referenceType` text NOT NULL,
  `documentName` text NOT NULL,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FetchFromERPNextQueue` (
  `name` varchar(255) NOT NULL,
  `referenceType` text NOT NULL,
  `documentName` text NOT NULL,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IntegrationErrorLog` (
  `name` varchar(255) NOT NULL,
  `spacer` text,
  `data` text,
  `error` text,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SalesInvoice` (
  `name` varchar(255) NOT NULL,
  `numberSeries` varchar(255) NOT NULL DEFAULT 'SINV-',
  `party` varchar(255) NOT NULL,
  `account` varchar(255) NOT NULL,
  `date` datetime NOT NULL,
  `priceList` varchar(255),
  `netTotal` text,
  `baseGrandTotal` text,
  `grandTotal` text,
  `setDiscountAmount` tinyint(1) DEFAULT 0,
  `discountAmount` text,
  `discountPercent` float(8,2),
  `entryCurrency` text DEFAULT 'Party',
  `currency` varchar(255),
  `exchangeRate` float(8,2) DEFAULT 1,
  `discountAfterTax` tinyint(1) DEFAULT 0,
  `makeAutoPayment` tinyint(1) DEFAULT 0,
  `makeAutoStockTransfer` tinyint(1) DEFAULT 0,
  `outstandingAmount` text,
  `stockNotTransferred` float(8,2),
  `terms` text,
  `attachment` text,
  `isReturned` tinyint(1) DEFAULT 0,
  `isFullyReturned` tinyint(1) DEFAULT 0,
  `isSyncedWithErp` tinyint(1) DEFAULT 0,
  `backReference` varchar(255),
  `returnAgainst` varchar(255),
  `quote` varchar(255),
  `loyaltyProgram` varchar(255),
  `availableLoyaltyPoints` int,
  `redeemLoyaltyPoints` tinyint(1) DEFAULT 0,
  `loyaltyPoints` int,
  `isPOS` tinyint(1) DEFAULT 0,
  `isPricingRuleApplied` tinyint(1) DEFAULT 0,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `submitted` tinyint(1) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `salesinvoice_numberseries_foreign` FOREIGN KEY (`numberSeries`) REFERENCES `NumberSeries` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoice_party_foreign` FOREIGN KEY (`party`) REFERENCES `Party` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoice_account_foreign` FOREIGN KEY (`account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoice_pricelist_foreign` FOREIGN KEY (`priceList`) REFERENCES `PriceList` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoice_currency_foreign` FOREIGN KEY (`currency`) REFERENCES `Currency` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoice_backreference_foreign` FOREIGN KEY (`backReference`) REFERENCES `Shipment` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoice_returnagainst_foreign` FOREIGN KEY (`returnAgainst`) REFERENCES `SalesInvoice` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoice_quote_foreign` FOREIGN KEY (`quote`) REFERENCES `SalesQuote` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoice_loyaltyprogram_foreign` FOREIGN KEY (`loyaltyProgram`) REFERENCES `LoyaltyProgram` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PurchaseInvoice` (
  `name` varchar(255) NOT NULL,
  `numberSeries` varchar(255) NOT NULL DEFAULT 'PINV-',
  `party` varchar(255) NOT NULL,
  `account` varchar(255) NOT NULL,
  `date` datetime NOT NULL,
  `priceList` varchar(255),
  `netTotal` text,
  `baseGrandTotal` text,
  `grandTotal` text,
  `setDiscountAmount` tinyint(1) DEFAULT 0,
  `discountAmount` text,
  `discountPercent` float(8,2),
  `entryCurrency` text DEFAULT 'Party',
  `currency` varchar(255),
  `exchangeRate` float(8,2) DEFAULT 1,
  `discountAfterTax` tinyint(1) DEFAULT 0,
  `makeAutoPayment` tinyint(1) DEFAULT 0,
  `makeAutoStockTransfer` tinyint(1) DEFAULT 0,
  `outstandingAmount` text,
  `stockNotTransferred` float(8,2),
  `terms` text,
  `attachment` text,
  `isReturned` tinyint(1) DEFAULT 0,
  `isFullyReturned` tinyint(1) DEFAULT 0,
  `isSyncedWithErp` tinyint(1) DEFAULT 0,
  `backReference` varchar(255),
  `returnAgainst` varchar(255),
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `submitted` tinyint(1) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `purchaseinvoice_numberseries_foreign` FOREIGN KEY (`numberSeries`) REFERENCES `NumberSeries` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchaseinvoice_party_foreign` FOREIGN KEY (`party`) REFERENCES `Party` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchaseinvoice_account_foreign` FOREIGN KEY (`account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchaseinvoice_pricelist_foreign` FOREIGN KEY (`priceList`) REFERENCES `PriceList` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchaseinvoice_currency_foreign` FOREIGN KEY (`currency`) REFERENCES `Currency` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchaseinvoice_backreference_foreign` FOREIGN KEY (`backReference`) REFERENCES `PurchaseReceipt` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchaseinvoice_returnagainst_foreign` FOREIGN KEY (`returnAgainst`) REFERENCES `PurchaseInvoice` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SalesQuote` (
  `name` varchar(255) NOT NULL,
  `numberSeries` varchar(255) NOT NULL DEFAULT 'SQUOT-',
  `party` text NOT NULL,
  `date` datetime NOT NULL,
  `priceList` varchar(255),
  `netTotal` text,
  `baseGrandTotal` text,
  `grandTotal` text,
  `setDiscountAmount` tinyint(1) DEFAULT 0,
  `discountAmount` text,
  `discountPercent` float(8,2),
  `entryCurrency` text DEFAULT 'Party',
  `currency` varchar(255),
  `exchangeRate` float(8,2) DEFAULT 1,
  `discountAfterTax` tinyint(1) DEFAULT 0,
  `makeAutoPayment` tinyint(1) DEFAULT 0,
  `outstandingAmount` text,
  `terms` text,
  `attachment` text,
  `isFullyReturned` tinyint(1) DEFAULT 0,
  `isSyncedWithErp` tinyint(1) DEFAULT 0,
  `referenceType` text NOT NULL DEFAULT 'Party',
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `submitted` tinyint(1) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `salesquote_numberseries_foreign` FOREIGN KEY (`numberSeries`) REFERENCES `NumberSeries` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesquote_pricelist_foreign` FOREIGN KEY (`priceList`) REFERENCES `PriceList` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesquote_currency_foreign` FOREIGN KEY (`currency`) REFERENCES `Currency` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SalesInvoiceItem` (
  `name` varchar(255) NOT NULL,
  `item` varchar(255) NOT NULL,
  `itemCode` text,
  `description` text,
  `rate` text NOT NULL,
  `transferUnit` varchar(255) DEFAULT 'Unit',
  `transferQuantity` float(8,2) NOT NULL DEFAULT 1,
  `unit` varchar(255) DEFAULT 'Unit',
  `batch` varchar(255),
  `quantity` float(8,2) NOT NULL DEFAULT 1,
  `unitConversionFactor` float(8,2) NOT NULL DEFAULT 1,
  `account` varchar(255) NOT NULL,
  `tax` varchar(255),
  `amount` text,
  `setItemDiscountAmount` tinyint(1) DEFAULT 0,
  `itemDiscountAmount` text,
  `itemDiscountPercent` float(8,2),
  `hsnCode` int,
  `stockNotTransferred` float(8,2),
  `isFreeItem` tinyint(1) DEFAULT 0,
  `pricingRule` text,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `salesinvoiceitem_item_foreign` FOREIGN KEY (`item`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoiceitem_transferunit_foreign` FOREIGN KEY (`transferUnit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoiceitem_unit_foreign` FOREIGN KEY (`unit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoiceitem_batch_foreign` FOREIGN KEY (`batch`) REFERENCES `Batch` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoiceitem_account_foreign` FOREIGN KEY (`account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesinvoiceitem_tax_foreign` FOREIGN KEY (`tax`) REFERENCES `Tax` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PurchaseInvoiceItem` (
  `name` varchar(255) NOT NULL,
  `item` varchar(255) NOT NULL,
  `itemCode` text,
  `description` text,
  `rate` text NOT NULL,
  `transferUnit` varchar(255) DEFAULT 'Unit',
  `transferQuantity` float(8,2) NOT NULL DEFAULT 1,
  `unit` varchar(255) DEFAULT 'Unit',
  `batch` varchar(255),
  `quantity` float(8,2) NOT NULL DEFAULT 1,
  `unitConversionFactor` float(8,2) NOT NULL DEFAULT 1,
  `account` varchar(255) NOT NULL,
  `tax` varchar(255),
  `amount` text,
  `setItemDiscountAmount` tinyint(1) DEFAULT 0,
  `itemDiscountAmount` text,
  `itemDiscountPercent` float(8,2),
  `hsnCode` int,
  `stockNotTransferred` float(8,2),
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `purchaseinvoiceitem_item_foreign` FOREIGN KEY (`item`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchaseinvoiceitem_transferunit_foreign` FOREIGN KEY (`transferUnit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchaseinvoiceitem_unit_foreign` FOREIGN KEY (`unit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchaseinvoiceitem_batch_foreign` FOREIGN KEY (`batch`) REFERENCES `Batch` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchaseinvoiceitem_account_foreign` FOREIGN KEY (`account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchaseinvoiceitem_tax_foreign` FOREIGN KEY (`tax`) REFERENCES `Tax` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SalesQuoteItem` (
  `name` varchar(255) NOT NULL,
  `item` varchar(255) NOT NULL,
  `itemCode` text,
  `description` text,
  `rate` text NOT NULL,
  `transferUnit` varchar(255) DEFAULT 'Unit',
  `transferQuantity` float(8,2) NOT NULL DEFAULT 1,
  `unit` varchar(255) DEFAULT 'Unit',
  `batch` varchar(255),
  `quantity` float(8,2) NOT NULL DEFAULT 1,
  `unitConversionFactor` float(8,2) NOT NULL DEFAULT 1,
  `account` varchar(255) NOT NULL,
  `tax` varchar(255),
  `amount` text,
  `setItemDiscountAmount` tinyint(1) DEFAULT 0,
  `itemDiscountAmount` text,
  `itemDiscountPercent` float(8,2),
  `hsnCode` int,
  `stockNotTransferred` float(8,2),
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `salesquoteitem_item_foreign` FOREIGN KEY (`item`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesquoteitem_transferunit_foreign` FOREIGN KEY (`transferUnit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesquoteitem_unit_foreign` FOREIGN KEY (`unit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesquoteitem_batch_foreign` FOREIGN KEY (`batch`) REFERENCES `Batch` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesquoteitem_account_foreign` FOREIGN KEY (`account`) REFERENCES `Account` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `salesquoteitem_tax_foreign` FOREIGN KEY (`tax`) REFERENCES `Tax` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Shipment` (
  `name` varchar(255) NOT NULL,
  `numberSeries` varchar(255) NOT NULL DEFAULT 'SHPM-',
  `party` varchar(255) NOT NULL,
  `date` datetime NOT NULL,
  `grandTotal` text,
  `terms` text,
  `attachment` text,
  `isReturned` tinyint(1) DEFAULT 0,
  `backReference` varchar(255),
  `returnAgainst` varchar(255),
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `submitted` tinyint(1) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `shipment_numberseries_foreign` FOREIGN KEY (`numberSeries`) REFERENCES `NumberSeries` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `shipment_party_foreign` FOREIGN KEY (`party`) REFERENCES `Party` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `shipment_backreference_foreign` FOREIGN KEY (`backReference`) REFERENCES `SalesInvoice` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `shipment_returnagainst_foreign` FOREIGN KEY (`returnAgainst`) REFERENCES `Shipment` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ShipmentItem` (
  `name` varchar(255) NOT NULL,
  `item` varchar(255) NOT NULL,
  `location` varchar(255) NOT NULL,
  `transferUnit` varchar(255) DEFAULT 'Unit',
  `transferQuantity` float(8,2) NOT NULL DEFAULT 1,
  `unit` varchar(255) DEFAULT 'Unit',
  `batch` varchar(255),
  `serialNumber` text,
  `quantity` float(8,2) NOT NULL DEFAULT 1,
  `unitConversionFactor` float(8,2) NOT NULL DEFAULT 1,
  `rate` text NOT NULL,
  `amount` text,
  `itemDiscountAmount` text,
  `itemDiscountPercent` float(8,2),
  `description` text,
  `hsnCode` int,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `shipmentitem_item_foreign` FOREIGN KEY (`item`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `shipmentitem_location_foreign` FOREIGN KEY (`location`) REFERENCES `Location` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `shipmentitem_transferunit_foreign` FOREIGN KEY (`transferUnit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `shipmentitem_unit_foreign` FOREIGN KEY (`unit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `shipmentitem_batch_foreign` FOREIGN KEY (`batch`) REFERENCES `Batch` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PurchaseReceipt` (
  `name` varchar(255) NOT NULL,
  `numberSeries` varchar(255) NOT NULL DEFAULT 'PREC-',
  `party` varchar(255) NOT NULL,
  `date` datetime NOT NULL,
  `grandTotal` text,
  `terms` text,
  `attachment` text,
  `isReturned` tinyint(1) DEFAULT 0,
  `backReference` varchar(255),
  `returnAgainst` varchar(255),
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `submitted` tinyint(1) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `purchasereceipt_numberseries_foreign` FOREIGN KEY (`numberSeries`) REFERENCES `NumberSeries` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchasereceipt_party_foreign` FOREIGN KEY (`party`) REFERENCES `Party` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchasereceipt_backreference_foreign` FOREIGN KEY (`backReference`) REFERENCES `PurchaseInvoice` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchasereceipt_returnagainst_foreign` FOREIGN KEY (`returnAgainst`) REFERENCES `PurchaseReceipt` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PurchaseReceiptItem` (
  `name` varchar(255) NOT NULL,
  `item` varchar(255) NOT NULL,
  `location` varchar(255) NOT NULL,
  `transferUnit` varchar(255) DEFAULT 'Unit',
  `transferQuantity` float(8,2) NOT NULL DEFAULT 1,
  `unit` varchar(255) DEFAULT 'Unit',
  `batch` varchar(255),
  `serialNumber` text,
  `quantity` float(8,2) NOT NULL DEFAULT 1,
  `unitConversionFactor` float(8,2) NOT NULL DEFAULT 1,
  `rate` text NOT NULL,
  `amount` text,
  `itemDiscountAmount` text,
  `itemDiscountPercent` float(8,2),
  `description` text,
  `hsnCode` int,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `purchasereceiptitem_item_foreign` FOREIGN KEY (`item`) REFERENCES `Item` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchasereceiptitem_location_foreign` FOREIGN KEY (`location`) REFERENCES `Location` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchasereceiptitem_transferunit_foreign` FOREIGN KEY (`transferUnit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchasereceiptitem_unit_foreign` FOREIGN KEY (`unit`) REFERENCES `UOM` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `purchasereceiptitem_batch_foreign` FOREIGN KEY (`batch`) REFERENCES `Batch` (`name`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ClosingAmounts` (
  `name` varchar(255) NOT NULL,
  `paymentMethod` text NOT NULL,
  `openingAmount` text,
  `closingAmount` text,
  `expectedAmount` text,
  `differenceAmount` text,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ClosingCash` (
  `name` varchar(255) NOT NULL,
  `denomination` text NOT NULL,
  `count` int NOT NULL DEFAULT 0,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DefaultCashDenominations` (
  `name` varchar(255) NOT NULL,
  `denomination` text NOT NULL,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OpeningAmounts` (
  `name` varchar(255) NOT NULL,
  `paymentMethod` text NOT NULL,
  `amount` text,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OpeningCash` (
  `name` varchar(255) NOT NULL,
  `denomination` text NOT NULL,
  `count` int NOT NULL DEFAULT 0,
  `idx` int NOT NULL,
  `parent` text NOT NULL,
  `parentSchemaName` text NOT NULL,
  `parentFieldname` text NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PatchRun` (
  `name` varchar(255) NOT NULL,
  `failed` tinyint(1) DEFAULT 0,
  `version` text DEFAULT '0.0.0',
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SingleValue` (
  `name` varchar(255) NOT NULL,
  `parent` text NOT NULL,
  `fieldname` text NOT NULL,
  `value` text NOT NULL,
  `createdBy` text NOT NULL,
  `modifiedBy` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
SET FOREIGN_KEY_CHECKS=1;
