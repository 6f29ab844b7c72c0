-- Ghostfolio (open-source wealth management / portfolio tracker) database schema, whole.
-- Upstream: github.com/ghostfolio/ghostfolio, prisma/schema.prisma and prisma/migrations/*/migration.sql,
--   commit c542997d27990365b607c7a6c9fe4bc8835a55c8. Licence: AGPL-3.0.
-- Made by replaying all 121 upstream PostgreSQL migrations into a scratch database, dumping the schema
-- (pg_dump -s) and writing it as MySQL with Prisma's type mapping: text keys -> varchar(191), other text -> text,
-- timestamp(3) -> datetime(3), double precision -> double, jsonb and text[] -> json, bytea -> longblob,
-- PostgreSQL enums -> enum(...). _prisma_migrations is the table Prisma Migrate itself creates.
-- Non-unique indexes left out; primary keys, unique indexes and foreign keys kept.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `Access` (
  `granteeUserId` varchar(191),
  `id` varchar(191) NOT NULL,
  `userId` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `alias` text,
  `settings` json NOT NULL,
  `scopes` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `Access_granteeUserId_fkey` FOREIGN KEY (`granteeUserId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `Access_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `Account` (
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `id` varchar(191) NOT NULL,
  `name` text,
  `platformId` varchar(191),
  `updatedAt` datetime(3) NOT NULL,
  `userId` varchar(191) NOT NULL,
  `currency` text,
  `comment` text,
  PRIMARY KEY (`id`, `userId`),
  CONSTRAINT `Account_platformId_fkey` FOREIGN KEY (`platformId`) REFERENCES `Platform` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `AccountBalance` (
  `accountId` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `date` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `id` varchar(191) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `userId` varchar(191) NOT NULL,
  `value` double NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `AccountBalance_accountId_date_key` (`accountId`, `date`),
  CONSTRAINT `AccountBalance_accountId_userId_fkey` FOREIGN KEY (`accountId`, `userId`) REFERENCES `Account` (`id`, `userId`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `Analytics` (
  `updatedAt` datetime(3) NOT NULL,
  `userId` varchar(191) NOT NULL,
  `activityCount` int NOT NULL DEFAULT 0,
  `country` text,
  `dataProviderGhostfolioDailyRequests` int NOT NULL DEFAULT 0,
  `lastRequestAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`userId`),
  CONSTRAINT `Analytics_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `ApiKey` (
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `hashedKey` varchar(191) NOT NULL,
  `id` varchar(191) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `userId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ApiKey_hashedKey_key` (`hashedKey`),
  CONSTRAINT `ApiKey_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `AssetProfileResolution` (
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `currency` text NOT NULL,
  `dataSourceOrigin` enum('ALPHA_VANTAGE','EOD_HISTORICAL_DATA','GOOGLE_SHEETS','MANUAL','RAPID_API','YAHOO','COINGECKO','FINANCIAL_MODELING_PREP','GHOSTFOLIO') NOT NULL,
  `dataSourceTarget` enum('ALPHA_VANTAGE','EOD_HISTORICAL_DATA','GOOGLE_SHEETS','MANUAL','RAPID_API','YAHOO','COINGECKO','FINANCIAL_MODELING_PREP','GHOSTFOLIO') NOT NULL,
  `id` varchar(191) NOT NULL,
  `requestCount` int NOT NULL DEFAULT 1,
  `symbolOrigin` varchar(191) NOT NULL,
  `symbolTarget` text NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `AssetProfileResolution_dataSourceOrigin_symbolOrigin_key` (`dataSourceOrigin`, `symbolOrigin`)
);

CREATE TABLE `AssetProfileSplit` (
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `date` datetime(3) NOT NULL,
  `denominator` int NOT NULL,
  `id` varchar(191) NOT NULL,
  `numerator` int NOT NULL,
  `symbolProfileId` varchar(191) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `AssetProfileSplit_symbolProfileId_date_key` (`symbolProfileId`, `date`),
  CONSTRAINT `AssetProfileSplit_symbolProfileId_fkey` FOREIGN KEY (`symbolProfileId`) REFERENCES `SymbolProfile` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='A stock split of an asset profile. The numerator is the number of shares held after the split, the denominator the number of shares held before, for example 4 and 1 for a 4:1 split or 1 and 10 for a 1:10 reverse split.';

CREATE TABLE `AuthDevice` (
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `credentialId` longblob NOT NULL,
  `credentialPublicKey` longblob NOT NULL,
  `counter` int NOT NULL,
  `id` varchar(191) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `userId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `AuthDevice_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `MarketData` (
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `date` datetime(3) NOT NULL,
  `id` varchar(191) NOT NULL,
  `symbol` varchar(191) NOT NULL,
  `marketPrice` double NOT NULL,
  `dataSource` enum('ALPHA_VANTAGE','EOD_HISTORICAL_DATA','GOOGLE_SHEETS','MANUAL','RAPID_API','YAHOO','COINGECKO','FINANCIAL_MODELING_PREP','GHOSTFOLIO') NOT NULL,
  `state` enum('CLOSE','INTRADAY') NOT NULL DEFAULT 'CLOSE',
  PRIMARY KEY (`id`),
  UNIQUE KEY `MarketData_dataSource_date_symbol_key` (`dataSource`, `date`, `symbol`)
);

CREATE TABLE `Order` (
  `date` datetime(3) NOT NULL,
  `fee` double NOT NULL,
  `id` varchar(191) NOT NULL,
  `quantity` double NOT NULL,
  `type` enum('BUY','DIVIDEND','FEE','INTEREST','LIABILITY','SELL') NOT NULL,
  `unitPrice` double NOT NULL,
  `userId` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL,
  `accountId` varchar(191),
  `accountUserId` varchar(191),
  `symbolProfileId` varchar(191) NOT NULL,
  `comment` text,
  `currency` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `Order_accountId_accountUserId_fkey` FOREIGN KEY (`accountId`, `accountUserId`) REFERENCES `Account` (`id`, `userId`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `Order_symbolProfileId_fkey` FOREIGN KEY (`symbolProfileId`) REFERENCES `SymbolProfile` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `Order_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `Platform` (
  `id` varchar(191) NOT NULL,
  `name` text,
  `url` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Platform_url_key` (`url`)
);

CREATE TABLE `Property` (
  `key` varchar(191) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`key`)
);

CREATE TABLE `Settings` (
  `updatedAt` datetime(3) NOT NULL,
  `userId` varchar(191) NOT NULL,
  `settings` json,
  PRIMARY KEY (`userId`),
  CONSTRAINT `Settings_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `Subscription` (
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expiresAt` datetime(3) NOT NULL,
  `id` varchar(191) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `userId` varchar(191) NOT NULL,
  `price` double,
  `stripeCheckoutSessionId` varchar(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Subscription_stripeCheckoutSessionId_key` (`stripeCheckoutSessionId`),
  CONSTRAINT `Subscription_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `SymbolProfile` (
  `countries` json,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `dataSource` enum('ALPHA_VANTAGE','EOD_HISTORICAL_DATA','GOOGLE_SHEETS','MANUAL','RAPID_API','YAHOO','COINGECKO','FINANCIAL_MODELING_PREP','GHOSTFOLIO') NOT NULL,
  `id` varchar(191) NOT NULL,
  `name` text,
  `updatedAt` datetime(3) NOT NULL,
  `symbol` varchar(191) NOT NULL,
  `sectors` json,
  `currency` text NOT NULL,
  `assetClass` enum('COMMODITY','EQUITY','FIXED_INCOME','LIQUIDITY','REAL_ESTATE','ALTERNATIVE_INVESTMENT'),
  `assetSubClass` enum('CRYPTOCURRENCY','ETF','STOCK','MUTUALFUND','BOND','COMMODITY','PRECIOUS_METAL','PRIVATE_EQUITY','CASH','COLLECTIBLE','LOAN'),
  `symbolMapping` json,
  `scraperConfiguration` json,
  `url` text,
  `comment` text,
  `isin` text,
  `figi` text,
  `figiComposite` text,
  `figiShareClass` text,
  `holdings` json,
  `userId` varchar(191),
  `cusip` text,
  `isActive` tinyint(1) NOT NULL DEFAULT 1,
  `dataGatheringFrequency` enum('DAILY','HOURLY') NOT NULL DEFAULT 'DAILY',
  PRIMARY KEY (`id`),
  UNIQUE KEY `SymbolProfile_dataSource_symbol_key` (`dataSource`, `symbol`),
  CONSTRAINT `SymbolProfile_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `SymbolProfileOverrides` (
  `assetClass` enum('COMMODITY','EQUITY','FIXED_INCOME','LIQUIDITY','REAL_ESTATE','ALTERNATIVE_INVESTMENT'),
  `assetSubClass` enum('CRYPTOCURRENCY','ETF','STOCK','MUTUALFUND','BOND','COMMODITY','PRECIOUS_METAL','PRIVATE_EQUITY','CASH','COLLECTIBLE','LOAN'),
  `countries` json,
  `name` text,
  `sectors` json,
  `symbolProfileId` varchar(191) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `url` text,
  `holdings` json,
  PRIMARY KEY (`symbolProfileId`),
  CONSTRAINT `SymbolProfileOverrides_symbolProfileId_fkey` FOREIGN KEY (`symbolProfileId`) REFERENCES `SymbolProfile` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `Tag` (
  `id` varchar(191) NOT NULL,
  `name` varchar(191) NOT NULL,
  `userId` varchar(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Tag_name_userId_key` (`name`, `userId`),
  CONSTRAINT `Tag_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `TagsOnAccounts` (
  `accountId` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `tagId` varchar(191) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  `userId` varchar(191) NOT NULL,
  PRIMARY KEY (`accountId`, `tagId`, `userId`),
  CONSTRAINT `TagsOnAccounts_accountId_userId_fkey` FOREIGN KEY (`accountId`, `userId`) REFERENCES `Account` (`id`, `userId`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `TagsOnAccounts_tagId_fkey` FOREIGN KEY (`tagId`) REFERENCES `Tag` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `User` (
  `id` varchar(191) NOT NULL,
  `provider` enum('GOOGLE','ANONYMOUS','INTERNET_IDENTITY','OIDC') NOT NULL DEFAULT 'ANONYMOUS',
  `thirdPartyId` text,
  `accessToken` text,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `role` enum('USER','ADMIN','DEMO','INACTIVE') NOT NULL DEFAULT 'USER',
  `updatedAt` datetime(3) NOT NULL,
  `authChallenge` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `_OrderToTag` (
  `A` varchar(191) NOT NULL,
  `B` varchar(191) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  CONSTRAINT `_OrderToTag_A_fkey` FOREIGN KEY (`A`) REFERENCES `Order` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `_OrderToTag_B_fkey` FOREIGN KEY (`B`) REFERENCES `Tag` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `_UserWatchlist` (
  `A` varchar(191) NOT NULL,
  `B` varchar(191) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  CONSTRAINT `_UserWatchlist_A_fkey` FOREIGN KEY (`A`) REFERENCES `SymbolProfile` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `_UserWatchlist_B_fkey` FOREIGN KEY (`B`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `_prisma_migrations` (
  `id` varchar(36) NOT NULL,
  `checksum` varchar(64) NOT NULL,
  `finished_at` datetime(3),
  `migration_name` varchar(255) NOT NULL,
  `logs` text,
  `rolled_back_at` datetime(3),
  `started_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `applied_steps_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

SET FOREIGN_KEY_CHECKS=1;
