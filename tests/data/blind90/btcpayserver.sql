SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `ApiKeys` (
  `Id` varchar(50) NOT NULL,
  `Blob` longblob NULL,
  `Blob2` json NULL,
  `Label` text NULL,
  `StoreId` varchar(50) NULL,
  `Type` int NOT NULL,
  `UserId` varchar(50) NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AddressInvoices` (
  `Address` varchar(255) NOT NULL,
  `PaymentMethodId` varchar(255) NOT NULL,
  `InvoiceDataId` text NULL,
  PRIMARY KEY (`Address`, `PaymentMethodId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Apps` (
  `Id` varchar(255) NOT NULL,
  `AppType` text NULL,
  `Archived` tinyint(1) NOT NULL,
  `Created` datetime(6) NOT NULL,
  `Name` text NULL,
  `Settings` json NULL,
  `StoreDataId` text NULL,
  `TagAllInvoices` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUsers` (
  `Id` varchar(255) NOT NULL,
  `AccessFailedCount` int NOT NULL,
  `Approved` tinyint(1) NOT NULL,
  `AuthenticatorEnabled` tinyint(1) NOT NULL,
  `Blob` longblob NULL,
  `Blob2` json NULL,
  `BypassMonetization` tinyint(1) NOT NULL,
  `ConcurrencyStamp` text NULL,
  `Created` datetime(6) NULL,
  `DisabledNotifications` text NULL,
  `Email` varchar(256) NULL,
  `EmailConfirmed` tinyint(1) NOT NULL,
  `LockoutEnabled` tinyint(1) NOT NULL,
  `LockoutEnd` datetime(6) NULL,
  `NormalizedEmail` varchar(256) NULL,
  `NormalizedUserName` varchar(256) NULL,
  `PasswordHash` text NULL,
  `PhoneNumber` text NULL,
  `PhoneNumberConfirmed` tinyint(1) NOT NULL,
  `RequiresApproval` tinyint(1) NOT NULL,
  `RequiresEmailConfirmation` tinyint(1) NOT NULL,
  `SecurityStamp` text NULL,
  `TwoFactorEnabled` tinyint(1) NOT NULL,
  `UserName` varchar(256) NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customers` (
  `id` varchar(255) NOT NULL,
  `additional_data` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `external_ref` text NULL,
  `metadata` json NOT NULL,
  `name` text NOT NULL,
  `store_id` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customers_identities` (
  `customer_id` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`customer_id`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_rules` (
  `Id` bigint NOT NULL AUTO_INCREMENT,
  `additional_data` json NOT NULL,
  `bcc` json NOT NULL,
  `body` text NOT NULL,
  `cc` json NOT NULL,
  `condition` text NULL,
  `created_at` datetime(6) NOT NULL,
  `metadata` json NOT NULL,
  `offering_id` text NULL,
  `store_id` text NULL,
  `subject` text NOT NULL,
  `to` json NOT NULL,
  `trigger` text NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Fido2Credentials` (
  `Id` varchar(255) NOT NULL,
  `ApplicationUserId` text NULL,
  `Blob` longblob NULL,
  `Blob2` json NULL,
  `LastUsedAt` datetime(6) NULL,
  `Name` text NULL,
  `Type` int NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Forms` (
  `Id` varchar(255) NOT NULL,
  `Config` json NULL,
  `Name` text NULL,
  `Public` tinyint(1) NOT NULL,
  `StoreId` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Invoices` (
  `Id` varchar(255) NOT NULL,
  `Amount` decimal(65,30) NULL,
  `Archived` tinyint(1) NOT NULL,
  `Blob` longblob NULL,
  `Blob2` json NULL,
  `Created` datetime(6) NOT NULL,
  `Currency` text NULL,
  `ExceptionStatus` text NULL,
  `Status` text NULL,
  `StoreDataId` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `InvoiceSearches` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `InvoiceDataId` text NULL,
  `Value` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LightningAddresses` (
  `Username` varchar(255) NOT NULL,
  `Blob` longblob NULL,
  `Blob2` json NULL,
  `StoreDataId` text NOT NULL,
  PRIMARY KEY (`Username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notifications` (
  `Id` varchar(36) NOT NULL,
  `ApplicationUserId` varchar(50) NOT NULL,
  `Blob` longblob NULL,
  `Blob2` json NULL,
  `Created` datetime(6) NOT NULL,
  `NotificationType` varchar(100) NOT NULL,
  `Seen` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PairedSINData` (
  `Id` varchar(255) NOT NULL,
  `Label` text NULL,
  `PairingTime` datetime(6) NOT NULL,
  `SIN` text NULL,
  `StoreDataId` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PairingCodes` (
  `Id` varchar(255) NOT NULL,
  `DateCreated` datetime(6) NOT NULL,
  `Expiration` datetime(6) NOT NULL,
  `Facade` text NULL,
  `Label` text NULL,
  `SIN` text NULL,
  `StoreDataId` text NULL,
  `TokenValue` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Payments` (
  `Id` varchar(255) NOT NULL,
  `PaymentMethodId` varchar(255) NOT NULL,
  `Accounted` tinyint(1) NULL,
  `Amount` decimal(65,30) NULL,
  `Blob` longblob NULL,
  `Blob2` json NULL,
  `Created` datetime(6) NULL,
  `Currency` text NULL,
  `InvoiceDataId` text NULL,
  `Status` text NULL,
  PRIMARY KEY (`Id`, `PaymentMethodId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PaymentRequests` (
  `Id` varchar(255) NOT NULL,
  `Amount` decimal(65,30) NOT NULL,
  `Archived` tinyint(1) NOT NULL,
  `Blob` longblob NULL,
  `Blob2` json NULL,
  `Created` datetime(6) NOT NULL,
  `Currency` text NULL,
  `Expiry` datetime(6) NULL,
  `ReferenceId` text NULL,
  `Status` text NOT NULL,
  `StoreDataId` text NULL,
  `Title` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Payouts` (
  `Id` varchar(30) NOT NULL,
  `Amount` decimal(65,30) NULL,
  `Blob` json NULL,
  `Currency` text NULL,
  `Date` datetime(6) NOT NULL,
  `DedupId` text NULL,
  `OriginalAmount` decimal(65,30) NOT NULL,
  `OriginalCurrency` text NULL,
  `PayoutMethodId` varchar(20) NOT NULL,
  `Proof` json NULL,
  `PullPaymentDataId` varchar(30) NULL,
  `State` varchar(20) NOT NULL,
  `StoreDataId` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PayoutProcessors` (
  `Id` varchar(255) NOT NULL,
  `Blob` longblob NULL,
  `Blob2` json NULL,
  `PayoutMethodId` text NULL,
  `Processor` text NULL,
  `StoreId` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PullPayments` (
  `Id` varchar(30) NOT NULL,
  `Archived` tinyint(1) NOT NULL,
  `Blob` json NULL,
  `Currency` text NULL,
  `EndDate` datetime(6) NULL,
  `Limit` decimal(65,30) NOT NULL,
  `StartDate` datetime(6) NOT NULL,
  `StoreId` varchar(50) NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Refunds` (
  `InvoiceDataId` varchar(255) NOT NULL,
  `PullPaymentDataId` varchar(30) NOT NULL,
  PRIMARY KEY (`InvoiceDataId`, `PullPaymentDataId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Settings` (
  `Id` varchar(255) NOT NULL,
  `Value` json NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Stores` (
  `Id` varchar(255) NOT NULL,
  `Archived` tinyint(1) NOT NULL,
  `DefaultCrypto` text NULL,
  `DerivationStrategies` json NULL,
  `DerivationStrategy` text NULL,
  `SpeedPolicy` int NOT NULL,
  `StoreBlob` json NULL,
  `StoreCertificate` longblob NULL,
  `StoreName` text NULL,
  `StoreWebsite` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StoreRoles` (
  `Id` varchar(255) NOT NULL,
  `Permissions` json NULL,
  `Role` text NULL,
  `StoreDataId` text NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StoreSettings` (
  `StoreId` varchar(255) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Value` json NULL,
  PRIMARY KEY (`StoreId`, `Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Files` (
  `Id` varchar(255) NOT NULL,
  `ApplicationUserId` text NULL,
  `FileName` text NULL,
  `StorageFileName` text NULL,
  `Timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subs_offerings` (
  `id` varchar(255) NOT NULL,
  `additional_data` json NOT NULL,
  `app_id` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `payment_reminder_days` int NOT NULL,
  `metadata` json NOT NULL,
  `success_redirect_url` text NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subs_plans` (
  `id` varchar(255) NOT NULL,
  `additional_data` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `currency` text NOT NULL,
  `description` text NULL,
  `grace_period_days` int NOT NULL,
  `members_count` int NOT NULL,
  `metadata` json NOT NULL,
  `monthly_revenue` decimal(65,30) NOT NULL,
  `name` text NOT NULL,
  `offering_id` text NOT NULL,
  `optimistic_activation` tinyint(1) NOT NULL,
  `price` decimal(65,30) NOT NULL,
  `recurring_type` text NOT NULL,
  `renewable` tinyint(1) NOT NULL,
  `status` text NOT NULL,
  `trial_days` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subs_plan_checkouts` (
  `id` varchar(255) NOT NULL,
  `additional_data` json NOT NULL,
  `base_url` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `credit_purchase` decimal(65,30) NULL,
  `credited` decimal(65,30) NOT NULL,
  `expiration` datetime(6) NOT NULL,
  `invoice_id` text NULL,
  `invoice_metadata` json NOT NULL,
  `is_trial` tinyint(1) NOT NULL,
  `metadata` json NOT NULL,
  `new_subscriber` tinyint(1) NOT NULL,
  `new_subscriber_email` text NULL,
  `new_subscriber_metadata` json NOT NULL,
  `on_pay` text NOT NULL,
  `plan_id` text NOT NULL,
  `plan_started` tinyint(1) NOT NULL,
  `refund_amount` decimal(65,30) NULL,
  `subscriber_id` bigint NULL,
  `success_redirect_url` text NULL,
  `test_account` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subs_portal_sessions` (
  `id` varchar(255) NOT NULL,
  `base_url` text NOT NULL,
  `expiration` datetime(6) NOT NULL,
  `subscriber_id` bigint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subs_subscriber_credits` (
  `subscriber_id` bigint NOT NULL,
  `currency` varchar(255) NOT NULL,
  `amount` decimal(65,30) NOT NULL,
  PRIMARY KEY (`subscriber_id`, `currency`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subs_subscriber_credits_history` (
  `Id` bigint NOT NULL AUTO_INCREMENT,
  `balance` decimal(65,30) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `credit` decimal(65,30) NOT NULL,
  `currency` text NOT NULL,
  `debit` decimal(65,30) NOT NULL,
  `description` text NOT NULL,
  `subscriber_id` bigint NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subs_subscribers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `additional_data` json NOT NULL,
  `auto_renew` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `customer_id` text NOT NULL,
  `grace_period_end` datetime(6) NULL,
  `active` tinyint(1) NOT NULL,
  `suspended` tinyint(1) NOT NULL,
  `metadata` json NOT NULL,
  `new_plan_id` text NULL,
  `offering_id` text NOT NULL,
  `optimistic_activation` tinyint(1) NOT NULL,
  `paid_amount` decimal(65,30) NULL,
  `payment_reminded` tinyint(1) NOT NULL,
  `payment_reminder_days` int NULL,
  `period_end` datetime(6) NULL,
  `phase` text NOT NULL,
  `plan_id` text NOT NULL,
  `plan_started` datetime(6) NOT NULL,
  `processing_invoice_id` text NULL,
  `reminder_date` datetime(6) NULL,
  `suspension_reason` text NULL,
  `test_account` tinyint(1) NOT NULL,
  `trial_end` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriber_invoices` (
  `subscriber_id` bigint NOT NULL,
  `invoice_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`subscriber_id`, `invoice_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `U2FDevices` (
  `Id` varchar(255) NOT NULL,
  `ApplicationUserId` text NULL,
  `AttestationCert` longblob NOT NULL,
  `Counter` int NOT NULL,
  `KeyHandle` longblob NOT NULL,
  `Name` text NULL,
  `PublicKey` longblob NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserStore` (
  `ApplicationUserId` varchar(255) NOT NULL,
  `StoreDataId` varchar(255) NOT NULL,
  `Role` text NULL,
  PRIMARY KEY (`ApplicationUserId`, `StoreDataId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WalletObjects` (
  `WalletId` varchar(255) NOT NULL,
  `Type` varchar(255) NOT NULL,
  `Id` varchar(255) NOT NULL,
  `Data` json NULL,
  PRIMARY KEY (`WalletId`, `Type`, `Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Webhooks` (
  `Id` varchar(25) NOT NULL,
  `Blob` longblob NULL,
  `Blob2` json NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WebhookDeliveries` (
  `Id` varchar(25) NOT NULL,
  `Blob` json NULL,
  `DeliveryTime` datetime(6) NOT NULL,
  `Pruned` tinyint(1) NOT NULL,
  `Timestamp` datetime(6) NOT NULL,
  `WebhookId` varchar(25) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetRoles` (
  `Id` varchar(255) NOT NULL,
  `ConcurrencyStamp` text NULL,
  `Name` varchar(256) NULL,
  `NormalizedName` varchar(256) NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserRoles` (
  `UserId` varchar(255) NOT NULL,
  `RoleId` varchar(255) NOT NULL,
  PRIMARY KEY (`UserId`, `RoleId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserLogins` (
  `LoginProvider` varchar(255) NOT NULL,
  `ProviderKey` varchar(255) NOT NULL,
  `ProviderDisplayName` text NULL,
  `UserId` text NOT NULL,
  PRIMARY KEY (`LoginProvider`, `ProviderKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AspNetUserTokens` (
  `UserId` varchar(255) NOT NULL,
  `LoginProvider` varchar(255) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Value` text NULL,
  PRIMARY KEY (`UserId`, `LoginProvider`, `Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
