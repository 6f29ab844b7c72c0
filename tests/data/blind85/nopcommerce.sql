-- nopCommerce 4.70 (github.com/nopSolutions/nopCommerce release 4.70.x, read from the unmodified copy
-- github.com/MNSakib-BS/NopCommerceProject commit 227b439c9e11896ecea6a987a4fd3a95ee556f29; NPL-3.0 = GPL-3.0 + attribution).
-- Tables as nopCommerce's FluentMigrator installation creates them: Id, the columns of the entity builder
-- (Libraries/Nop.Data/Mapping/Builders/*), then the remaining mapped properties of the entity
-- (Libraries/Nop.Core/Domain/*) in declaration order, with the MySQL types FluentMigrator uses.

CREATE TABLE `Customer` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Username` nvarchar(1000),
  `Email` nvarchar(1000),
  `EmailToRevalidate` nvarchar(1000),
  `FirstName` nvarchar(1000),
  `LastName` nvarchar(1000),
  `Gender` nvarchar(1000),
  `Company` nvarchar(1000),
  `StreetAddress` nvarchar(1000),
  `StreetAddress2` nvarchar(1000),
  `ZipPostalCode` nvarchar(1000),
  `City` nvarchar(1000),
  `County` nvarchar(1000),
  `Phone` nvarchar(1000),
  `Fax` nvarchar(1000),
  `VatNumber` nvarchar(1000),
  `TimeZoneId` nvarchar(1000),
  `CustomCustomerAttributesXML` longtext CHARACTER SET utf8,
  `DateOfBirth` datetime(6),
  `SystemName` nvarchar(400),
  `LastIpAddress` nvarchar(100),
  `CurrencyId` int,
  `LanguageId` int,
  `BillingAddress_Id` int,
  `ShippingAddress_Id` int,
  `CustomerGuid` char(36) NOT NULL,
  `CountryId` int NOT NULL,
  `StateProvinceId` int NOT NULL,
  `VatNumberStatusId` int NOT NULL,
  `TaxDisplayTypeId` int,
  `AdminComment` longtext CHARACTER SET utf8,
  `IsTaxExempt` tinyint(1) NOT NULL,
  `AffiliateId` int NOT NULL,
  `VendorId` int NOT NULL,
  `HasShoppingCartItems` tinyint(1) NOT NULL,
  `RequireReLogin` tinyint(1) NOT NULL,
  `FailedLoginAttempts` int NOT NULL,
  `CannotLoginUntilDateUtc` datetime(6),
  `Active` tinyint(1) NOT NULL,
  `Deleted` tinyint(1) NOT NULL,
  `IsSystemAccount` tinyint(1) NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  `LastLoginDateUtc` datetime(6),
  `LastActivityDateUtc` datetime(6) NOT NULL,
  `RegisteredInStoreId` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `CustomerPassword` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CustomerId` int NOT NULL,
  `Password` longtext CHARACTER SET utf8,
  `PasswordFormatId` int NOT NULL,
  `PasswordSalt` longtext CHARACTER SET utf8,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `CustomerRole` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` nvarchar(255) NOT NULL,
  `SystemName` nvarchar(255),
  `FreeShipping` tinyint(1) NOT NULL,
  `TaxExempt` tinyint(1) NOT NULL,
  `Active` tinyint(1) NOT NULL,
  `IsSystemRole` tinyint(1) NOT NULL,
  `EnablePasswordLifetime` tinyint(1) NOT NULL,
  `OverrideTaxDisplayType` tinyint(1) NOT NULL,
  `DefaultTaxDisplayTypeId` int NOT NULL,
  `PurchasedWithProductId` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Customer_CustomerRole_Mapping` (
  `Customer_Id` int NOT NULL,
  `CustomerRole_Id` int NOT NULL,
  PRIMARY KEY (`Customer_Id`, `CustomerRole_Id`)
);

CREATE TABLE `CustomerAddresses` (
  `Address_Id` int NOT NULL,
  `Customer_Id` int NOT NULL,
  PRIMARY KEY (`Address_Id`, `Customer_Id`)
);

CREATE TABLE `Address` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CountryId` int,
  `StateProvinceId` int,
  `FirstName` longtext CHARACTER SET utf8,
  `LastName` longtext CHARACTER SET utf8,
  `Email` longtext CHARACTER SET utf8,
  `Company` longtext CHARACTER SET utf8,
  `County` longtext CHARACTER SET utf8,
  `City` longtext CHARACTER SET utf8,
  `Address1` longtext CHARACTER SET utf8,
  `Address2` longtext CHARACTER SET utf8,
  `ZipPostalCode` longtext CHARACTER SET utf8,
  `PhoneNumber` longtext CHARACTER SET utf8,
  `FaxNumber` longtext CHARACTER SET utf8,
  `CustomAttributes` longtext CHARACTER SET utf8,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `CustomerAttribute` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` nvarchar(400) NOT NULL,
  `IsRequired` tinyint(1) NOT NULL,
  `AttributeControlTypeId` int NOT NULL,
  `DisplayOrder` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `ExternalAuthenticationRecord` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CustomerId` int NOT NULL,
  `Email` longtext CHARACTER SET utf8,
  `ExternalIdentifier` longtext CHARACTER SET utf8,
  `ExternalDisplayIdentifier` longtext CHARACTER SET utf8,
  `OAuthToken` longtext CHARACTER SET utf8,
  `OAuthAccessToken` longtext CHARACTER SET utf8,
  `ProviderSystemName` longtext CHARACTER SET utf8,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `GenericAttribute` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `KeyGroup` nvarchar(400) NOT NULL,
  `Key` nvarchar(400) NOT NULL,
  `Value` longtext CHARACTER SET utf8 NOT NULL,
  `EntityId` int NOT NULL,
  `StoreId` int NOT NULL,
  `CreatedOrUpdatedDateUTC` datetime(6),
  PRIMARY KEY (`Id`)
);

CREATE TABLE `RewardPointsHistory` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CustomerId` int NOT NULL,
  `StoreId` int NOT NULL,
  `Points` int NOT NULL,
  `PointsBalance` int,
  `UsedAmount` decimal(18,4) NOT NULL,
  `Message` longtext CHARACTER SET utf8,
  `CreatedOnUtc` datetime(6) NOT NULL,
  `EndDateUtc` datetime(6),
  `ValidPoints` int,
  `UsedWithOrder` char(36),
  PRIMARY KEY (`Id`)
);

CREATE TABLE `ActivityLog` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Comment` longtext CHARACTER SET utf8 NOT NULL,
  `IpAddress` nvarchar(100),
  `EntityName` nvarchar(400),
  `ActivityLogTypeId` int NOT NULL,
  `CustomerId` int NOT NULL,
  `EntityId` int,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `ActivityLogType` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `SystemKeyword` nvarchar(100) NOT NULL,
  `Name` nvarchar(200) NOT NULL,
  `Enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Log` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ShortMessage` longtext CHARACTER SET utf8 NOT NULL,
  `IpAddress` nvarchar(100),
  `CustomerId` int,
  `LogLevelId` int NOT NULL,
  `FullMessage` longtext CHARACTER SET utf8,
  `PageUrl` longtext CHARACTER SET utf8,
  `ReferrerUrl` longtext CHARACTER SET utf8,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `GdprConsent` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Message` longtext CHARACTER SET utf8 NOT NULL,
  `IsRequired` tinyint(1) NOT NULL,
  `RequiredMessage` longtext CHARACTER SET utf8,
  `DisplayDuringRegistration` tinyint(1) NOT NULL,
  `DisplayOnCustomerInfoPage` tinyint(1) NOT NULL,
  `DisplayOrder` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `GdprLog` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CustomerId` int NOT NULL,
  `ConsentId` int NOT NULL,
  `CustomerInfo` longtext CHARACTER SET utf8,
  `RequestTypeId` int NOT NULL,
  `RequestDetails` longtext CHARACTER SET utf8,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `NewsLetterSubscription` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Email` nvarchar(255) NOT NULL,
  `NewsLetterSubscriptionGuid` char(36) NOT NULL,
  `Active` tinyint(1) NOT NULL,
  `StoreId` int NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  `LanguageId` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Order` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CustomOrderNumber` longtext CHARACTER SET utf8 NOT NULL,
  `BillingAddressId` int NOT NULL,
  `CustomerId` int NOT NULL,
  `PickupAddressId` int,
  `ShippingAddressId` int,
  `CustomerIp` nvarchar(100),
  `OrderGuid` char(36) NOT NULL,
  `StoreId` int NOT NULL,
  `PickupInStore` tinyint(1) NOT NULL,
  `OrderStatusId` int NOT NULL,
  `ShippingStatusId` int NOT NULL,
  `PaymentStatusId` int NOT NULL,
  `PaymentMethodSystemName` longtext CHARACTER SET utf8,
  `CustomerCurrencyCode` longtext CHARACTER SET utf8,
  `CurrencyRate` decimal(18,4) NOT NULL,
  `CustomerTaxDisplayTypeId` int NOT NULL,
  `VatNumber` longtext CHARACTER SET utf8,
  `OrderSubtotalInclTax` decimal(18,4) NOT NULL,
  `OrderSubtotalExclTax` decimal(18,4) NOT NULL,
  `OrderSubTotalDiscountInclTax` decimal(18,4) NOT NULL,
  `OrderSubTotalDiscountExclTax` decimal(18,4) NOT NULL,
  `OrderShippingInclTax` decimal(18,4) NOT NULL,
  `OrderShippingExclTax` decimal(18,4) NOT NULL,
  `PaymentMethodAdditionalFeeInclTax` decimal(18,4) NOT NULL,
  `PaymentMethodAdditionalFeeExclTax` decimal(18,4) NOT NULL,
  `TaxRates` longtext CHARACTER SET utf8,
  `OrderTax` decimal(18,4) NOT NULL,
  `OrderDiscount` decimal(18,4) NOT NULL,
  `OrderTotal` decimal(18,4) NOT NULL,
  `RefundedAmount` decimal(18,4) NOT NULL,
  `RewardPointsHistoryEntryId` int,
  `CheckoutAttributeDescription` longtext CHARACTER SET utf8,
  `CheckoutAttributesXml` longtext CHARACTER SET utf8,
  `CustomerLanguageId` int NOT NULL,
  `AffiliateId` int NOT NULL,
  `AllowStoringCreditCardNumber` tinyint(1) NOT NULL,
  `CardType` longtext CHARACTER SET utf8,
  `CardName` longtext CHARACTER SET utf8,
  `CardNumber` longtext CHARACTER SET utf8,
  `MaskedCreditCardNumber` longtext CHARACTER SET utf8,
  `CardCvv2` longtext CHARACTER SET utf8,
  `CardExpirationMonth` longtext CHARACTER SET utf8,
  `CardExpirationYear` longtext CHARACTER SET utf8,
  `AuthorizationTransactionId` longtext CHARACTER SET utf8,
  `AuthorizationTransactionCode` longtext CHARACTER SET utf8,
  `AuthorizationTransactionResult` longtext CHARACTER SET utf8,
  `CaptureTransactionId` longtext CHARACTER SET utf8,
  `CaptureTransactionResult` longtext CHARACTER SET utf8,
  `SubscriptionTransactionId` longtext CHARACTER SET utf8,
  `PaidDateUtc` datetime(6),
  `ShippingMethod` longtext CHARACTER SET utf8,
  `ShippingRateComputationMethodSystemName` longtext CHARACTER SET utf8,
  `CustomValuesXml` longtext CHARACTER SET utf8,
  `Deleted` tinyint(1) NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  `RedeemedRewardPointsEntryId` int,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `OrderItem` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `OrderId` int NOT NULL,
  `ProductId` int NOT NULL,
  `OrderItemGuid` char(36) NOT NULL,
  `Quantity` int NOT NULL,
  `UnitPriceInclTax` decimal(18,4) NOT NULL,
  `UnitPriceExclTax` decimal(18,4) NOT NULL,
  `PriceInclTax` decimal(18,4) NOT NULL,
  `PriceExclTax` decimal(18,4) NOT NULL,
  `DiscountAmountInclTax` decimal(18,4) NOT NULL,
  `DiscountAmountExclTax` decimal(18,4) NOT NULL,
  `OriginalProductCost` decimal(18,4) NOT NULL,
  `AttributeDescription` longtext CHARACTER SET utf8,
  `AttributesXml` longtext CHARACTER SET utf8,
  `DownloadCount` int NOT NULL,
  `IsDownloadActivated` tinyint(1) NOT NULL,
  `LicenseDownloadId` int,
  `ItemWeight` decimal(18,4),
  `RentalStartDateUtc` datetime(6),
  `RentalEndDateUtc` datetime(6),
  PRIMARY KEY (`Id`)
);

CREATE TABLE `OrderNote` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Note` longtext CHARACTER SET utf8 NOT NULL,
  `OrderId` int NOT NULL,
  `DownloadId` int NOT NULL,
  `DisplayToCustomer` tinyint(1) NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `RecurringPayment` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `InitialOrderId` int NOT NULL,
  `CycleLength` int NOT NULL,
  `CyclePeriodId` int NOT NULL,
  `TotalCycles` int NOT NULL,
  `StartDateUtc` datetime(6) NOT NULL,
  `IsActive` tinyint(1) NOT NULL,
  `LastPaymentFailed` tinyint(1) NOT NULL,
  `Deleted` tinyint(1) NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `ReturnRequest` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `ReasonForReturn` longtext CHARACTER SET utf8 NOT NULL,
  `RequestedAction` longtext CHARACTER SET utf8 NOT NULL,
  `CustomerId` int NOT NULL,
  `CustomNumber` longtext CHARACTER SET utf8,
  `StoreId` int NOT NULL,
  `OrderItemId` int NOT NULL,
  `Quantity` int NOT NULL,
  `ReturnedQuantity` int NOT NULL,
  `CustomerComments` longtext CHARACTER SET utf8,
  `UploadedFileId` int NOT NULL,
  `StaffNotes` longtext CHARACTER SET utf8,
  `ReturnRequestStatusId` int NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  `UpdatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `ShoppingCartItem` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CustomerId` int NOT NULL,
  `ProductId` int NOT NULL,
  `StoreId` int NOT NULL,
  `ShoppingCartTypeId` int NOT NULL,
  `AttributesXml` longtext CHARACTER SET utf8,
  `CustomerEnteredPrice` decimal(18,4) NOT NULL,
  `Quantity` int NOT NULL,
  `RentalStartDateUtc` datetime(6),
  `RentalEndDateUtc` datetime(6),
  `CreatedOnUtc` datetime(6) NOT NULL,
  `UpdatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `GiftCard` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `PurchasedWithOrderItemId` int,
  `GiftCardTypeId` int NOT NULL,
  `Amount` decimal(18,4) NOT NULL,
  `IsGiftCardActivated` tinyint(1) NOT NULL,
  `GiftCardCouponCode` longtext CHARACTER SET utf8,
  `RecipientName` longtext CHARACTER SET utf8,
  `RecipientEmail` longtext CHARACTER SET utf8,
  `SenderName` longtext CHARACTER SET utf8,
  `SenderEmail` longtext CHARACTER SET utf8,
  `Message` longtext CHARACTER SET utf8,
  `IsRecipientNotified` tinyint(1) NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `GiftCardUsageHistory` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `GiftCardId` int NOT NULL,
  `UsedWithOrderId` int NOT NULL,
  `UsedValue` decimal(18,4) NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Discount` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` nvarchar(200) NOT NULL,
  `CouponCode` nvarchar(100),
  `AdminComment` longtext CHARACTER SET utf8,
  `DiscountTypeId` int NOT NULL,
  `UsePercentage` tinyint(1) NOT NULL,
  `DiscountPercentage` decimal(18,4) NOT NULL,
  `DiscountAmount` decimal(18,4) NOT NULL,
  `MaximumDiscountAmount` decimal(18,4),
  `StartDateUtc` datetime(6),
  `EndDateUtc` datetime(6),
  `RequiresCouponCode` tinyint(1) NOT NULL,
  `IsCumulative` tinyint(1) NOT NULL,
  `DiscountLimitationId` int NOT NULL,
  `LimitationTimes` int NOT NULL,
  `MaximumDiscountedQuantity` int,
  `AppliedToSubCategories` tinyint(1) NOT NULL,
  `IsActive` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `DiscountUsageHistory` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `DiscountId` int NOT NULL,
  `OrderId` int NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Shipment` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `OrderId` int NOT NULL,
  `TrackingNumber` longtext CHARACTER SET utf8,
  `TotalWeight` decimal(18,4),
  `ShippedDateUtc` datetime(6),
  `DeliveryDateUtc` datetime(6),
  `ReadyForPickupDateUtc` datetime(6),
  `AdminComment` longtext CHARACTER SET utf8,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `ProductReview` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CustomerId` int NOT NULL,
  `ProductId` int NOT NULL,
  `StoreId` int NOT NULL,
  `IsApproved` tinyint(1) NOT NULL,
  `Title` longtext CHARACTER SET utf8,
  `ReviewText` longtext CHARACTER SET utf8,
  `ReplyText` longtext CHARACTER SET utf8,
  `CustomerNotifiedOfReply` tinyint(1) NOT NULL,
  `Rating` int NOT NULL,
  `HelpfulYesTotal` int NOT NULL,
  `HelpfulNoTotal` int NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Country` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` nvarchar(100) NOT NULL,
  `TwoLetterIsoCode` nvarchar(2),
  `ThreeLetterIsoCode` nvarchar(3),
  `AllowsBilling` tinyint(1) NOT NULL,
  `AllowsShipping` tinyint(1) NOT NULL,
  `NumericIsoCode` int NOT NULL,
  `SubjectToVat` tinyint(1) NOT NULL,
  `Published` tinyint(1) NOT NULL,
  `DisplayOrder` int NOT NULL,
  `LimitedToStores` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `StateProvince` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` nvarchar(100) NOT NULL,
  `Abbreviation` nvarchar(100),
  `CountryId` int NOT NULL,
  `Published` tinyint(1) NOT NULL,
  `DisplayOrder` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Currency` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` nvarchar(50) NOT NULL,
  `CurrencyCode` nvarchar(5) NOT NULL,
  `DisplayLocale` nvarchar(50),
  `CustomFormatting` nvarchar(50),
  `Rate` decimal(18,4) NOT NULL,
  `LimitedToStores` tinyint(1) NOT NULL,
  `Published` tinyint(1) NOT NULL,
  `DisplayOrder` int NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  `UpdatedOnUtc` datetime(6) NOT NULL,
  `RoundingTypeId` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Language` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` nvarchar(100) NOT NULL,
  `LanguageCulture` nvarchar(20) NOT NULL,
  `UniqueSeoCode` nvarchar(2),
  `FlagImageFileName` nvarchar(50),
  `Rtl` tinyint(1) NOT NULL,
  `LimitedToStores` tinyint(1) NOT NULL,
  `DefaultCurrencyId` int NOT NULL,
  `Published` tinyint(1) NOT NULL,
  `DisplayOrder` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Store` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` nvarchar(400) NOT NULL,
  `Url` nvarchar(400) NOT NULL,
  `Hosts` nvarchar(1000),
  `CompanyName` nvarchar(1000),
  `CompanyAddress` nvarchar(1000),
  `CompanyPhoneNumber` nvarchar(1000),
  `CompanyVat` nvarchar(1000),
  `DefaultMetaKeywords` longtext CHARACTER SET utf8,
  `DefaultMetaDescription` longtext CHARACTER SET utf8,
  `DefaultTitle` longtext CHARACTER SET utf8,
  `HomepageTitle` longtext CHARACTER SET utf8,
  `HomepageDescription` longtext CHARACTER SET utf8,
  `SslEnabled` tinyint(1) NOT NULL,
  `DefaultLanguageId` int NOT NULL,
  `DisplayOrder` int NOT NULL,
  `Deleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Setting` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` nvarchar(200) NOT NULL,
  `Value` nvarchar(6000) NOT NULL,
  `StoreId` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `QueuedEmail` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `From` nvarchar(500) NOT NULL,
  `FromName` nvarchar(500),
  `To` nvarchar(500) NOT NULL,
  `ToName` nvarchar(500),
  `ReplyTo` nvarchar(500),
  `ReplyToName` nvarchar(500),
  `CC` nvarchar(500),
  `Bcc` nvarchar(500),
  `Subject` nvarchar(1000),
  `EmailAccountId` int NOT NULL,
  `PriorityId` int NOT NULL,
  `Body` longtext CHARACTER SET utf8,
  `AttachmentFilePath` longtext CHARACTER SET utf8,
  `AttachmentFileName` longtext CHARACTER SET utf8,
  `AttachedDownloadId` int NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  `DontSendBeforeDateUtc` datetime(6),
  `SentTries` int NOT NULL,
  `SentOnUtc` datetime(6),
  PRIMARY KEY (`Id`)
);

CREATE TABLE `EmailAccount` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `DisplayName` nvarchar(255),
  `Email` nvarchar(255) NOT NULL,
  `Host` nvarchar(255) NOT NULL,
  `Username` nvarchar(255) NOT NULL,
  `Password` nvarchar(255) NOT NULL,
  `Port` int NOT NULL,
  `EnableSsl` tinyint(1) NOT NULL,
  `MaxNumberOfEmails` int NOT NULL,
  `EmailAuthenticationMethodId` int NOT NULL,
  `ClientId` longtext CHARACTER SET utf8,
  `ClientSecret` longtext CHARACTER SET utf8,
  `TenantId` longtext CHARACTER SET utf8,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Forums_PrivateMessage` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Subject` nvarchar(450) NOT NULL,
  `Text` longtext CHARACTER SET utf8 NOT NULL,
  `FromCustomerId` int NOT NULL,
  `ToCustomerId` int NOT NULL,
  `StoreId` int NOT NULL,
  `IsRead` tinyint(1) NOT NULL,
  `IsDeletedByAuthor` tinyint(1) NOT NULL,
  `IsDeletedByRecipient` tinyint(1) NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Forums_Post` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Text` longtext CHARACTER SET utf8 NOT NULL,
  `IPAddress` nvarchar(100),
  `CustomerId` int NOT NULL,
  `TopicId` int NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  `UpdatedOnUtc` datetime(6) NOT NULL,
  `VoteCount` int NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `BackInStockSubscription` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `CustomerId` int NOT NULL,
  `ProductId` int NOT NULL,
  `StoreId` int NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Affiliate` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `AddressId` int NOT NULL,
  `AdminComment` longtext CHARACTER SET utf8,
  `FriendlyUrlName` longtext CHARACTER SET utf8,
  `Deleted` tinyint(1) NOT NULL,
  `Active` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `Vendor` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` nvarchar(400) NOT NULL,
  `Email` nvarchar(400),
  `MetaKeywords` nvarchar(400),
  `MetaTitle` nvarchar(400),
  `PageSizeOptions` nvarchar(200),
  `Description` longtext CHARACTER SET utf8,
  `PictureId` int NOT NULL,
  `AddressId` int NOT NULL,
  `AdminComment` longtext CHARACTER SET utf8,
  `Active` tinyint(1) NOT NULL,
  `Deleted` tinyint(1) NOT NULL,
  `DisplayOrder` int NOT NULL,
  `MetaDescription` longtext CHARACTER SET utf8,
  `PageSize` int NOT NULL,
  `AllowCustomersToSelectPageSize` tinyint(1) NOT NULL,
  `PriceRangeFiltering` tinyint(1) NOT NULL,
  `PriceFrom` decimal(18,4) NOT NULL,
  `PriceTo` decimal(18,4) NOT NULL,
  `ManuallyPriceRange` tinyint(1) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `BlogComment` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `StoreId` int NOT NULL,
  `CustomerId` int NOT NULL,
  `BlogPostId` int NOT NULL,
  `CommentText` longtext CHARACTER SET utf8,
  `IsApproved` tinyint(1) NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `PollVotingRecord` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `PollAnswerId` int NOT NULL,
  `CustomerId` int NOT NULL,
  `CreatedOnUtc` datetime(6) NOT NULL,
  PRIMARY KEY (`Id`)
);

CREATE TABLE `ScheduleTask` (
  `Id` int NOT NULL AUTO_INCREMENT,
  `Name` longtext CHARACTER SET utf8 NOT NULL,
  `Type` longtext CHARACTER SET utf8 NOT NULL,
  `Seconds` int NOT NULL,
  `LastEnabledUtc` datetime(6),
  `Enabled` tinyint(1) NOT NULL,
  `StopOnError` tinyint(1) NOT NULL,
  `LastStartUtc` datetime(6),
  `LastEndUtc` datetime(6),
  `LastSuccessUtc` datetime(6),
  PRIMARY KEY (`Id`)
);
