SET FOREIGN_KEY_CHECKS=0;

-- AsyncJob/AsyncJobStatus.ts
CREATE TABLE `AsyncJobStatuses` (
  `jobId` varchar(255) NOT NULL,
  `jobName` varchar(255),
  `tenantPartnerId` int(11),
  `finishedAt` datetime(3),
  `stoppedAt` datetime(3),
  `stopScheduled` tinyint(1),
  `isFailed` tinyint(1),
  `paginationParams` json,
  `totalObjects` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`jobId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Authorization/Authorization.ts
CREATE TABLE `Authorizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allowedConnectorTypes` json,
  `disallowedEvseIdPrefixes` json,
  `idToken` varchar(255),
  `idTokenType` varchar(255),
  `additionalInfo` json,
  `status` varchar(255),
  `cacheExpiryDateTime` datetime(3),
  `chargingPriority` int(11),
  `language1` varchar(255),
  `language2` varchar(255),
  `personalMessage` json,
  `realTimeAuth` varchar(255),
  `realTimeAuthLastAttempt` json,
  `realTimeAuthTimeout` int(11),
  `realTimeAuthUrl` varchar(255),
  `groupAuthorizationId` int(11),
  `concurrentTransaction` tinyint(1),
  `tenantPartnerId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Boot.ts
CREATE TABLE `Boots` (
  `id` varchar(255) NOT NULL,
  `lastBootTime` datetime(3),
  `heartbeatInterval` int(11),
  `bootRetryInterval` int(11),
  `status` varchar(255),
  `statusInfo` json,
  `getBaseReportOnPending` tinyint(1),
  `variablesRejectedOnLastBoot` json,
  `bootWithRejectedVariables` tinyint(1),
  `changeConfigurationsOnPending` tinyint(1),
  `getConfigurationsOnPending` tinyint(1),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Certificate/Certificate.ts
CREATE TABLE `Certificates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `serialNumber` bigint(20),
  `issuerName` varchar(255),
  `organizationName` varchar(255),
  `commonName` varchar(255),
  `keyLength` int(11),
  `validBefore` datetime(3),
  `signatureAlgorithm` varchar(255),
  `countryName` varchar(255),
  `isCA` tinyint(1),
  `pathLen` int(11),
  `certificateFileId` varchar(255),
  `certificateFileHash` varchar(255),
  `privateKeyFileId` varchar(255),
  `signedBy` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ChangeConfiguration.ts
CREATE TABLE `ChangeConfigurations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255) NOT NULL,
  `key` varchar(50) NOT NULL,
  `value` varchar(500),
  `readonly` tinyint(1),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ChargingProfile/ChargingNeeds.ts
CREATE TABLE `ChargingNeeds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `acChargingParameters` json,
  `dcChargingParameters` json,
  `departureTime` datetime(3),
  `requestedEnergyTransfer` varchar(255),
  `maxScheduleTuples` int(11),
  `evseId` int(11),
  `transactionDatabaseId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ChargingProfile/ChargingProfile.ts
CREATE TABLE `ChargingProfiles` (
  `databaseId` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `id` int(11),
  `chargingProfileKind` varchar(255),
  `chargingProfilePurpose` varchar(255),
  `recurrencyKind` varchar(255),
  `stackLevel` int(11),
  `validFrom` datetime(3),
  `validTo` datetime(3),
  `evseId` int(11),
  `isActive` tinyint(1),
  `chargingLimitSource` varchar(255),
  `transactionDatabaseId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`databaseId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ChargingProfile/ChargingSchedule.ts
CREATE TABLE `ChargingSchedules` (
  `databaseId` int(11) NOT NULL AUTO_INCREMENT,
  `id` int(11),
  `stationId` varchar(255),
  `chargingRateUnit` varchar(255),
  `chargingSchedulePeriod` json,
  `duration` int(11),
  `minChargingRate` decimal(30,10),
  `startSchedule` varchar(255),
  `timeBase` datetime(3),
  `chargingProfileDatabaseId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`databaseId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ChargingStationSecurityInfo.ts
CREATE TABLE `ChargingStationSecurityInfos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `publicKeyFileId` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Location/ChargingStation.ts
CREATE TABLE `ChargingStations` (
  `id` varchar(36) NOT NULL,
  `isOnline` tinyint(1),
  `protocol` varchar(255),
  `latestOcppMessageTimestamp` datetime(3),
  `chargePointVendor` varchar(20),
  `chargePointModel` varchar(20),
  `chargePointSerialNumber` varchar(25),
  `chargeBoxSerialNumber` varchar(25),
  `firmwareVersion` varchar(50),
  `iccid` varchar(20),
  `imsi` varchar(20),
  `meterType` varchar(25),
  `meterSerialNumber` varchar(25),
  `coordinates` geometry,
  `floorLevel` varchar(255),
  `parkingRestrictions` json,
  `capabilities` json,
  `use16StatusNotification0` tinyint(1),
  `locationId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- DeviceModel/Component.ts
CREATE TABLE `Components` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `instance` varchar(255),
  `evseDatabaseId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Location/Connector.ts
CREATE TABLE `Connectors` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255) NOT NULL,
  `evseId` int(11),
  `connectorId` int(11),
  `evseTypeConnectorId` int(11),
  `status` varchar(255),
  `type` varchar(255),
  `format` varchar(255),
  `errorCode` varchar(255),
  `powerType` varchar(255),
  `maximumAmperage` int(11),
  `maximumVoltage` int(11),
  `maximumPowerWatts` int(11),
  `timestamp` datetime(3),
  `info` varchar(255),
  `vendorId` varchar(255),
  `vendorErrorCode` varchar(255),
  `termsAndConditionsUrl` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- VariableMonitoring/EventData.ts
CREATE TABLE `EventData` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `eventId` int(11),
  `trigger` varchar(255),
  `cause` int(11),
  `timestamp` datetime(3),
  `actualValue` varchar(255),
  `techCode` varchar(255),
  `techInfo` varchar(255),
  `cleared` tinyint(1),
  `transactionId` varchar(255),
  `variableMonitoringId` int(11),
  `eventNotificationType` varchar(255),
  `variableId` int(11),
  `componentId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- DeviceModel/EvseType.ts
CREATE TABLE `EvseTypes` (
  `databaseId` int(11) NOT NULL AUTO_INCREMENT,
  `id` int(11),
  `connectorId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`databaseId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Location/Evse.ts
CREATE TABLE `Evses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `evseTypeId` int(11),
  `evseId` varchar(255),
  `physicalReference` varchar(255),
  `removed` tinyint(1),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Certificate/InstalledCertificate.ts
CREATE TABLE `InstalledCertificates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(36) NOT NULL,
  `hashAlgorithm` varchar(255),
  `issuerNameHash` varchar(255),
  `issuerKeyHash` varchar(255),
  `serialNumber` varchar(255),
  `certificateType` varchar(255) NOT NULL,
  `certificateId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Authorization/LocalListAuthorization.ts
CREATE TABLE `LocalListAuthorizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allowedConnectorTypes` json,
  `disallowedEvseIdPrefixes` json,
  `idToken` varchar(255),
  `idTokenType` varchar(255),
  `additionalInfo` json,
  `status` varchar(255),
  `cacheExpiryDateTime` datetime(3),
  `chargingPriority` int(11),
  `language1` varchar(255),
  `language2` varchar(255),
  `personalMessage` json,
  `groupAuthorizationId` int(11),
  `authorizationId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Authorization/LocalListVersion.ts
CREATE TABLE `LocalListVersions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `versionNumber` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Location/Location.ts
CREATE TABLE `Locations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `address` varchar(255),
  `city` varchar(255),
  `postalCode` varchar(255),
  `state` varchar(255),
  `country` varchar(255),
  `publishUpstream` tinyint(1),
  `timeZone` varchar(255),
  `parkingType` varchar(255),
  `facilities` json,
  `openingHours` json,
  `coordinates` geometry,
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- MessageInfo/MessageInfo.ts
CREATE TABLE `MessageInfos` (
  `databaseId` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `id` int(11),
  `priority` varchar(255),
  `state` varchar(255),
  `startDateTime` datetime(3),
  `endDateTime` datetime(3),
  `transactionId` varchar(255),
  `message` json,
  `active` tinyint(1),
  `displayComponentId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`databaseId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- TransactionEvent/MeterValue.ts
CREATE TABLE `MeterValues` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `transactionEventId` int(11),
  `transactionDatabaseId` int(11),
  `stopTransactionDatabaseId` int(11),
  `sampledValue` json,
  `timestamp` datetime(3),
  `connectorId` int(11),
  `tariffId` int(11),
  `transactionId` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- OCPPMessage.ts
CREATE TABLE `OCPPMessages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `correlationId` varchar(255),
  `origin` varchar(255),
  `state` varchar(255),
  `protocol` varchar(255),
  `action` varchar(255),
  `message` json,
  `requestMessageId` int(11),
  `timestamp` datetime(3),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Reservation.ts
CREATE TABLE `Reservations` (
  `databaseId` int(11) NOT NULL AUTO_INCREMENT,
  `id` int(11),
  `stationId` varchar(255),
  `expiryDateTime` datetime(3),
  `connectorType` varchar(255),
  `reserveStatus` varchar(255),
  `isActive` tinyint(1),
  `terminatedByTransaction` varchar(255),
  `idToken` json,
  `groupIdToken` json,
  `evseId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`databaseId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- SecurityEvent.ts
CREATE TABLE `SecurityEvents` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `type` varchar(255),
  `timestamp` datetime(3),
  `techInfo` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Authorization/SendLocalListAuthorization.ts
CREATE TABLE `SendLocalListAuthorizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sendLocalListId` int(11),
  `authorizationId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Authorization/SendLocalList.ts
CREATE TABLE `SendLocalLists` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `correlationId` varchar(255),
  `versionNumber` int(11),
  `updateType` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Location/ServerNetworkProfile.ts
CREATE TABLE `ServerNetworkProfiles` (
  `id` varchar(255) NOT NULL,
  `host` varchar(255),
  `port` int(11),
  `pingInterval` int(11),
  `protocol` varchar(255),
  `messageTimeout` int(11),
  `securityProfile` int(11),
  `allowUnknownChargingStations` tinyint(1),
  `dynamicTenantResolution` tinyint(1),
  `tenantPathMapping` json,
  `maxConnectionsPerTenant` int(11),
  `tlsKeyFilePath` varchar(255),
  `tlsCertificateChainFilePath` varchar(255),
  `mtlsCertificateAuthorityKeyFilePath` varchar(255),
  `rootCACertificateFilePath` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- TransactionEvent/StartTransaction.ts
CREATE TABLE `StartTransactions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `meterStart` int(11),
  `timestamp` datetime(3),
  `reservationId` int(11),
  `transactionDatabaseId` int(11),
  `connectorDatabaseId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Location/StatusNotification.ts
CREATE TABLE `StatusNotifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `timestamp` datetime(3),
  `connectorStatus` varchar(255),
  `evseId` int(11),
  `connectorId` int(11),
  `errorCode` varchar(255),
  `info` varchar(255),
  `vendorId` varchar(255),
  `vendorErrorCode` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- TransactionEvent/StopTransaction.ts
CREATE TABLE `StopTransactions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `transactionDatabaseId` int(11),
  `meterStop` int(11),
  `timestamp` datetime(3),
  `reason` varchar(255),
  `idTokenValue` varchar(255),
  `idTokenType` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Subscription/Subscription.ts
CREATE TABLE `Subscriptions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `onConnect` tinyint(1),
  `onClose` tinyint(1),
  `onMessage` tinyint(1),
  `sentMessage` tinyint(1),
  `messageRegexFilter` varchar(255),
  `url` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tariff/Tariffs.ts
CREATE TABLE `Tariffs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `connectorId` int(11),
  `currency` char(3) NOT NULL,
  `pricePerKwh` decimal(30,10) NOT NULL,
  `pricePerMin` decimal(30,10),
  `pricePerSession` decimal(30,10),
  `authorizationAmount` decimal(30,10),
  `paymentFee` decimal(30,10),
  `taxRate` decimal(30,10),
  `tariffAltText` json,
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- TenantPartner.ts
CREATE TABLE `TenantPartners` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `partyId` varchar(255),
  `countryCode` varchar(255),
  `partnerProfileOCPI` json,
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tenant.ts
CREATE TABLE `Tenants` (
  `id` int(11) NOT NULL,
  `name` varchar(255),
  `url` varchar(255),
  `partyId` varchar(255),
  `countryCode` varchar(255),
  `serverProfileOCPI` json,
  `isUserTenant` tinyint(1),
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- TransactionEvent/TransactionEvent.ts
CREATE TABLE `TransactionEvents` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `eventType` varchar(255),
  `timestamp` datetime(3),
  `triggerReason` varchar(255),
  `seqNo` int(11),
  `offline` tinyint(1),
  `numberOfPhasesUsed` int(11),
  `cableMaxCurrent` decimal(30,10),
  `reservationId` int(11),
  `transactionDatabaseId` int(11),
  `transactionInfo` json,
  `evseId` int(11),
  `idTokenValue` varchar(255),
  `idTokenType` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- TransactionEvent/Transaction.ts
CREATE TABLE `Transactions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `locationId` int(11),
  `stationId` varchar(255),
  `evseId` int(11),
  `connectorId` int(11),
  `authorizationId` int(11),
  `tariffId` int(11),
  `transactionId` varchar(255),
  `isActive` tinyint(1),
  `chargingState` varchar(255),
  `timeSpentCharging` bigint(20),
  `meterStart` decimal(30,10),
  `totalKwh` decimal(30,10),
  `stoppedReason` varchar(255),
  `remoteStartId` int(11),
  `totalCost` decimal(30,10),
  `startTime` datetime(3),
  `endTime` datetime(3),
  `customData` json,
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- DeviceModel/VariableAttribute.ts
CREATE TABLE `VariableAttributes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255) NOT NULL,
  `type` varchar(255),
  `dataType` varchar(255),
  `value` varchar(4000),
  `mutability` varchar(255),
  `persistent` tinyint(1),
  `constant` tinyint(1),
  `generatedAt` datetime(3),
  `variableId` int(11),
  `componentId` int(11),
  `evseDatabaseId` int(11),
  `bootConfigId` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- VariableMonitoring/VariableMonitoring.ts
CREATE TABLE `VariableMonitorings` (
  `databaseId` int(11) NOT NULL AUTO_INCREMENT,
  `stationId` varchar(255),
  `id` int(11),
  `transaction` tinyint(1),
  `value` int(11),
  `type` varchar(255),
  `severity` int(11),
  `variableId` int(11),
  `componentId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`databaseId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- DeviceModel/VariableStatus.ts
CREATE TABLE `VariableStatuses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` varchar(4000),
  `status` varchar(255),
  `statusInfo` json,
  `variableAttributeId` int(11),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- DeviceModel/Variable.ts
CREATE TABLE `Variables` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `instance` varchar(255),
  `tenantId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
