-- 121 platform (Netherlands Red Cross / 510: open-source platform for cash-based humanitarian aid - registrations of
-- people affected, their attribute data, payments and transactions through financial service providers, vouchers and
-- Visa debit-card wallets, WhatsApp / SMS messages, events, notes, aid workers, roles and approvals)
-- Upstream: github.com/global-121/121-platform, commit 075ba4887015a968fda330dfbddf4dd82b99b1f0 (Apache-2.0)
-- Source: services/121-service/src/migration/*.ts (222 TypeORM migrations), their SQL replayed in PostgreSQL 15 in
-- order (helpers they call included) and written as MySQL from the catalogue (see platform121.md). 50 of 51 tables.
CREATE TABLE `typeorm_metadata` (
  `type` varchar(255) NOT NULL,
  `database` varchar(255),
  `schema` varchar(255),
  `table` varchar(255),
  `name` varchar(255),
  `value` text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `status` varchar(255) NOT NULL,
  `registrationId` int NOT NULL,
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `userId` int NOT NULL,
  `paymentId` int NOT NULL,
  `transferValue` float,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_5ad8525fef1696e4388e007b4bc` (`registrationId`, `paymentId`),
  KEY `IDX_26ba3b75368b99964d6dea5cc2` (`paymentId`),
  KEY `IDX_3a2576be389f520bece9d7dbb9` (`registrationId`),
  KEY `IDX_63f749fc7f7178ae1ad85d3b95` (`status`),
  KEY `IDX_8abb653ad984db9d9c8c75039e` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `role` varchar(255) NOT NULL,
  `label` varchar(255),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `description` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_30ddd91a212a9d03669bc1dee74` (`role`),
  KEY `IDX_7c795708ffb9aba0b75bb47d47` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `program_aidworker_assignment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `userId` int NOT NULL,
  `programId` int NOT NULL,
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `scope` varchar(255) NOT NULL DEFAULT '',
  `programApprovalThresholdId` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userProgramAssignmentUnique` (`userId`, `programId`),
  KEY `IDX_0e82cb4d2ae009af92e6fb7271` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `program` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `location` varchar(255),
  `ngo` varchar(255),
  `startDate` datetime(6),
  `endDate` datetime(6),
  `currency` varchar(255),
  `distributionFrequency` varchar(255),
  `distributionDuration` int,
  `description` json,
  `validation` tinyint(1) NOT NULL DEFAULT 1,
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `titlePortal` json,
  `paymentAmountMultiplierFormula` varchar(255),
  `fullnameNamingConvention` json,
  `fixedTransferValue` float,
  `languages` json NOT NULL,
  `enableMaxPayments` tinyint(1) NOT NULL DEFAULT 0,
  `targetNrRegistrations` int,
  `monitoringDashboardUrl` varchar(255),
  `enableScope` tinyint(1) NOT NULL DEFAULT 0,
  `budget` int,
  `paymentsAreLocked` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `IDX_bc351c7a1289829b04cb2b22b0` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `username` varchar(255),
  `password` varchar(255) NOT NULL,
  `userType` varchar(255) NOT NULL,
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `salt` varchar(255),
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `lastLogin` datetime(6),
  `isEntraUser` tinyint(1) NOT NULL DEFAULT 0,
  `isOrganizationAdmin` tinyint(1) NOT NULL DEFAULT 0,
  `displayName` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_78a916df40e02a9deb1c4b75ed` (`username`),
  KEY `IDX_8ce4c93ba419b56bd82e533724` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intersolve_voucher` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `paymentId` int,
  `whatsappPhoneNumber` varchar(255),
  `pin` varchar(255) NOT NULL,
  `barcode` varchar(255) NOT NULL,
  `send` tinyint(1),
  `balanceUsed` tinyint(1) NOT NULL DEFAULT 0,
  `transferValue` float,
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedLastRequestedBalance` datetime(6),
  `lastRequestedBalance` float,
  `reminderCount` int DEFAULT 0,
  `userId` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_0f2a0908936af5cc359419d725` (`lastRequestedBalance`),
  KEY `IDX_4e5fbb222050a60938ec29164e` (`send`),
  KEY `IDX_7eb47d01b99f7daeb68e61b722` (`balanceUsed`),
  KEY `IDX_c67b949a993d791ba90557fa7b` (`paymentId`),
  KEY `IDX_e20a5543edc05c7caebb67c2e8` (`reminderCount`),
  KEY `IDX_ee6a0e9902c20f551b26a950e4` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `imagecode_export_vouchers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `registrationId` int NOT NULL,
  `voucherId` int,
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `IDX_eb71350dce5f48c79b345c3dec` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twilio_message` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `accountSid` varchar(255) NOT NULL,
  `body` varchar(255) NOT NULL,
  `to` varchar(255) NOT NULL,
  `from` varchar(255) NOT NULL,
  `sid` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `dateCreated` datetime(6) NOT NULL,
  `registrationId` int,
  `mediaUrl` varchar(255),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `contentType` varchar(255) NOT NULL DEFAULT 'custom',
  `errorCode` varchar(255),
  `errorMessage` varchar(255),
  `retryCount` int NOT NULL DEFAULT 0,
  `transactionId` int,
  `processType` varchar(255),
  `userId` int,
  PRIMARY KEY (`id`),
  KEY `IDX_8f4b8e639a60977ab7f6ff399d` (`status`),
  KEY `IDX_9de58ca3e7c32731a9f6aa3d02` (`registrationId`),
  KEY `IDX_caaab4181d0f08eb11a9436c84` (`sid`),
  KEY `IDX_cd56d3267e8553557ec97c6741` (`transactionId`),
  KEY `IDX_db6cc311d95c3aa694962e0321` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `registrationStatus` varchar(255),
  `referenceId` varchar(255) NOT NULL,
  `preferredLanguage` varchar(255),
  `inclusionScore` int,
  `paymentAmountMultiplier` double NOT NULL DEFAULT 1,
  `programId` int NOT NULL,
  `userId` int,
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `registrationProgramId` int NOT NULL,
  `maxPayments` int,
  `paymentCount` int NOT NULL DEFAULT 0,
  `scope` varchar(255) NOT NULL DEFAULT '',
  `programFspConfigurationId` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registrationProgramUnique` (`programId`, `registrationProgramId`),
  KEY `IDX_4441e58f7680bf6f3f92005500` (`inclusionScore`),
  KEY `IDX_76fa214e0c0cbd5eb2d8f3b8a9` (`scope`),
  UNIQUE KEY `IDX_9b90a3cf845d50fabe2aea1d03` (`referenceId`),
  KEY `IDX_a0e358e5f4d04cb13baf513546` (`registrationStatus`),
  KEY `IDX_a29494ba77e209af30134f3263` (`created`),
  KEY `IDX_f2257d31c7aabd2568ea3093ed` (`registrationProgramId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intersolve_voucher_instruction` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `image` longblob NOT NULL,
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `programId` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_320cb16ea732c4026206aa698a` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intersolve_issue_voucher_request` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `refPos` bigint NOT NULL,
  `EAN` varchar(255),
  `value` int NOT NULL,
  `clientReference` int,
  `resultCodeIssueCard` int,
  `cardId` varchar(255),
  `PIN` int,
  `balance` int,
  `transactionId` int,
  `isCancelled` tinyint(1) NOT NULL DEFAULT 0,
  `cancellationAttempts` int NOT NULL DEFAULT 0,
  `cancelByRefPosResultCode` int,
  `cancelResultCode` int,
  `toCancel` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `IDX_acb85e635e1480f24ec1f54025` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `imagecode` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `secret` varchar(255) NOT NULL,
  `image` longblob NOT NULL,
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `IDX_96bede9a554aa4d8cb217b39e5` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `program_aidworker_assignment_roles_user_role` (
  `programAidworkerAssignmentId` int NOT NULL,
  `userRoleId` int NOT NULL,
  PRIMARY KEY (`programAidworkerAssignmentId`, `userRoleId`),
  KEY `IDX_55d6e02b7aed4a6cbd027cc97d` (`userRoleId`),
  KEY `IDX_8b938a5145fb00a8e324504f62` (`programAidworkerAssignmentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `whatsapp_pending_message` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `body` varchar(255) NOT NULL,
  `mediaUrl` varchar(255),
  `messageType` varchar(255),
  `to` varchar(255) NOT NULL,
  `registrationId` int,
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `contentType` varchar(255) NOT NULL DEFAULT 'custom',
  `userId` int,
  PRIMARY KEY (`id`),
  KEY `IDX_5f3cc35461fa4c60341bba9f9b` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` varchar(255) NOT NULL,
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `IDX_2139f3b5ad8f7e095679fb50cf` (`created`),
  UNIQUE KEY `IDX_240853a0c3353c25fb12434ad3` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_role_permissions_permission` (
  `userRoleId` int NOT NULL,
  `permissionId` int NOT NULL,
  PRIMARY KEY (`userRoleId`, `permissionId`),
  KEY `IDX_06012ed04be71b8bef3a3968ea` (`userRoleId`),
  KEY `IDX_f0ca2057b5085083ff9f18e3f9` (`permissionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `whatsapp_template_test` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `sid` varchar(255) NOT NULL,
  `programId` int NOT NULL,
  `language` varchar(255) NOT NULL,
  `messageKey` varchar(255) NOT NULL,
  `succes` tinyint(1),
  `callback` varchar(255),
  `sessionId` varchar(255) NOT NULL,
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `IDX_a01e1fafed731932cd8f3e4d80` (`created`),
  KEY `IDX_d63c6005815c8412832f944999` (`sessionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intersolve_visa_customer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `holderId` varchar(255) NOT NULL,
  `registrationId` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_ad00c730226a462624de94041e` (`registrationId`),
  KEY `IDX_515c96e866cf596a8ceff97330` (`holderId`),
  KEY `IDX_76c1670fcb023cd7c2ce88c9b1` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `safaricom_transfer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `originatorConversationId` varchar(255) NOT NULL,
  `mpesaConversationId` varchar(255),
  `transactionId` int NOT NULL,
  `mpesaTransactionId` varchar(255),
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_76a85e893850c2ef7ce4b6441a` (`transactionId`),
  UNIQUE KEY `uniqueOriginatorConversationId` (`originatorConversationId`),
  KEY `IDX_b33c0bf1d6306f931afec51522` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commercial_bank_ethiopia_account_enquiries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `registrationId` int NOT NULL,
  `fullNameUsedForTheMatch` varchar(255),
  `bankAccountNumberUsedForCall` varchar(255),
  `cbeName` varchar(255),
  `cbeStatus` varchar(255),
  `errorMessage` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_718c48c84b802de3cf219e2fc1` (`registrationId`),
  KEY `IDX_b7066ccd779cbca64bd6f41cbf` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `registrationId` int NOT NULL,
  `userId` int NOT NULL,
  `text` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_ebd19a873c96a66454b89bb3e7` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_template` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `type` varchar(255) NOT NULL,
  `language` varchar(255) NOT NULL,
  `message` varchar(255),
  `programId` int NOT NULL,
  `label` json,
  `isSendMessageTemplate` tinyint(1) NOT NULL DEFAULT 0,
  `contentSid` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniqueTemplatePerTypeLanguageProgram` (`type`, `language`, `programId`),
  KEY `IDX_927cc52d451d253f66fcc9d659` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `latest_message` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `registrationId` int,
  `messageId` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_2a2f05ef6c49d8b6f86a27e55c` (`messageId`),
  UNIQUE KEY `UQ_b1e5575d941a3f0ce8430c0edfb` (`registrationId`),
  KEY `IDX_2a2f05ef6c49d8b6f86a27e55c` (`messageId`),
  KEY `IDX_5b8f656ac38b09c68a22854d55` (`created`),
  KEY `IDX_b1e5575d941a3f0ce8430c0edf` (`registrationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exchange_rate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `currency` varchar(255) NOT NULL,
  `euroExchangeRate` float NOT NULL,
  `closeTime` varchar(255),
  PRIMARY KEY (`id`),
  KEY `IDX_41e692efd4cd50e16e2bc10a1b` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration_event_attribute` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `eventId` int NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` varchar(255),
  PRIMARY KEY (`id`),
  KEY `IDX_437744e5c3fbb1a8ced09d3280` (`created`),
  KEY `IDX_92417754d91c93030e21bf1e56` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `userId` int,
  `type` varchar(255) NOT NULL,
  `registrationId` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_289b5cc5aa97009f16f5a426df` (`type`),
  KEY `IDX_d26769b88ceaf61d06fe7b6124` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intersolve_visa_child_wallet` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `intersolveVisaParentWalletId` int NOT NULL,
  `tokenCode` varchar(255) NOT NULL,
  `isLinkedToParentWallet` tinyint(1) NOT NULL DEFAULT 0,
  `isTokenBlocked` tinyint(1) NOT NULL DEFAULT 0,
  `isDebitCardCreated` tinyint(1) NOT NULL DEFAULT 0,
  `walletStatus` varchar(255) NOT NULL,
  `cardStatus` varchar(255),
  `lastExternalUpdate` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_8d14f1ebd6bb4e145692e264c81` (`tokenCode`),
  KEY `IDX_4612504fc9c5f58e9af93fbb49` (`created`),
  KEY `IDX_59ddd28d67a179d138682da697` (`intersolveVisaParentWalletId`),
  KEY `IDX_8d14f1ebd6bb4e145692e264c8` (`tokenCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intersolve_visa_parent_wallet` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `intersolveVisaCustomerId` int NOT NULL,
  `tokenCode` varchar(255) NOT NULL,
  `isLinkedToVisaCustomer` tinyint(1) NOT NULL DEFAULT 0,
  `balance` int NOT NULL DEFAULT 0,
  `lastExternalUpdate` datetime(6),
  `spentThisMonth` int NOT NULL DEFAULT 0,
  `lastUsedDate` date,
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_2975915495fd7289eaad6f4705` (`intersolveVisaCustomerId`),
  UNIQUE KEY `UQ_9ac897d2fd3f7956e20afbe010a` (`tokenCode`),
  KEY `IDX_0829cb1ad9465f0fae9cd408b1` (`created`),
  KEY `IDX_9ac897d2fd3f7956e20afbe010` (`tokenCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `program_fsp_configuration_property` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `programFspConfigurationId` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `programFspConfigurationPropertyUnique` (`programFspConfigurationId`, `name`),
  KEY `IDX_4b9a24d5c15e92e661112633fd` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `program_fsp_configuration` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `programId` int NOT NULL,
  `fspName` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `label` json NOT NULL,
  `state` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `programFspConfigurationUnique` (`programId`, `name`),
  KEY `IDX_e9c1fabe6ed57e114b586d3445` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `program_registration_attribute` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` varchar(255) NOT NULL,
  `label` json,
  `type` varchar(255) NOT NULL,
  `isRequired` tinyint(1) NOT NULL,
  `placeholder` json,
  `options` json,
  `scoring` json NOT NULL,
  `programId` int NOT NULL,
  `pattern` varchar(255),
  `duplicateCheck` tinyint(1) NOT NULL DEFAULT 0,
  `showInPeopleAffectedTable` tinyint(1) NOT NULL DEFAULT 0,
  `editableInPortal` tinyint(1) NOT NULL DEFAULT 1,
  `includeInTransactionExport` tinyint(1) NOT NULL DEFAULT 0,
  `koboLabel` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `programAttributeUnique` (`name`, `programId`),
  KEY `IDX_1387f030d9f04f7d80c78a60d5` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration_attribute_data` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `registrationId` int NOT NULL,
  `programRegistrationAttributeId` int NOT NULL,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registrationProgramAttributeUnique` (`registrationId`, `programRegistrationAttributeId`),
  KEY `IDX_29cd6ac9bf4002df266d0ba23e` (`created`),
  KEY `IDX_3037018a626cd41bd16c588170` (`value`),
  KEY `IDX_8914b71c0e30c44291ab68a9b8` (`registrationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nedbank_voucher` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `orderCreateReference` varchar(255) NOT NULL,
  `paymentReference` varchar(255) NOT NULL,
  `status` varchar(255),
  `transactionId` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_739b726eaa8f29ede851906edd` (`transactionId`),
  UNIQUE KEY `UQ_3a31e9cd76bd9c06826c016c130` (`orderCreateReference`),
  KEY `IDX_0db7adee73f8cc5c9d44a77e7b` (`created`),
  KEY `IDX_3a31e9cd76bd9c06826c016c13` (`orderCreateReference`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unique_registration_pair` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `smallerRegistrationId` int NOT NULL,
  `largerRegistrationId` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_6aff64d19222185001b8b8def28` (`smallerRegistrationId`, `largerRegistrationId`),
  KEY `IDX_1e73009dc240dbf7bd71ed86c0` (`largerRegistrationId`),
  KEY `IDX_a28498adc19a80fe235901d5a2` (`created`),
  KEY `IDX_fdeb31dd244d876c2aee17e18a` (`smallerRegistrationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `onafriq_transaction` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `thirdPartyTransId` varchar(255) NOT NULL,
  `transactionId` int NOT NULL,
  `mfsTransId` varchar(255),
  `recipientMsisdn` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_1ef2718a1b73906b2af259cfa3` (`transactionId`),
  UNIQUE KEY `UQ_ad26abef457d617ce1a53108b0d` (`thirdPartyTransId`),
  KEY `IDX_04b44b9abd570538d2b4958ee4` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `program_attachment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `programId` int NOT NULL,
  `userId` int NOT NULL,
  `filename` varchar(255) NOT NULL,
  `mimetype` varchar(255) NOT NULL,
  `blobName` varchar(255) NOT NULL,
  `scope` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `IDX_42cca4c665cd14fc597e7a5227` (`created`),
  KEY `IDX_program_attachment_programId_scope` (`programId`, `scope`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `programId` int NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_c41c74d4a96568569c71cffe88` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_event_attribute` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `eventId` int NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` varchar(255),
  PRIMARY KEY (`id`),
  KEY `IDX_6601246e05ca01ad37469aa4d7` (`key`),
  KEY `IDX_91641947e58663bff120b5f2db` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `userId` int,
  `type` varchar(255) NOT NULL,
  `paymentId` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_3422e6387636e8a9e3dea71f55` (`type`),
  KEY `IDX_f8f8fabc6fa41ba8e24b6bf765` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cbe_transfer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `debitTheirRef` varchar(255) NOT NULL,
  `transactionId` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_8d179b2bec6e57c9215780e7aa` (`transactionId`),
  KEY `IDX_e58523e28990976920f9a4c34b` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `userId` int,
  `description` varchar(255) NOT NULL,
  `isSuccessfullyCompleted` tinyint(1) NOT NULL,
  `errorMessage` varchar(255),
  `transactionId` int NOT NULL,
  `programFspConfigurationId` int,
  PRIMARY KEY (`id`),
  KEY `IDX_b636b04e270121a24f08d1af9b` (`created`),
  KEY `IDX_ccc33883aa7599801353e53cf1` (`programFspConfigurationId`),
  KEY `IDX_f4f1b2124aaac715c149460ef4` (`transactionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `last_transaction_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `transactionId` int NOT NULL,
  `transactionEventId` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_0de93dafac190577420226cf69` (`transactionEventId`),
  UNIQUE KEY `REL_3c4cceaad30f521ac0074c45ad` (`transactionId`),
  KEY `IDX_0de93dafac190577420226cf69` (`transactionEventId`),
  KEY `IDX_318d184fe0086105b4615c0078` (`created`),
  KEY `IDX_3c4cceaad30f521ac0074c45ad` (`transactionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cooperative_bank_of_oromia_account_validation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `registrationId` int NOT NULL,
  `nameUsedForTheMatch` varchar(255),
  `bankAccountNumberUsedForCall` varchar(255),
  `cooperativeBankOfOromiaName` varchar(255),
  `errorMessage` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_dc9856fae693685b5ae8c375eb` (`registrationId`),
  KEY `IDX_f320769996c439d7e298f208f5` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kobo` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `assetUid` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `versionId` varchar(255) NOT NULL,
  `dateDeployed` date NOT NULL,
  `url` varchar(255) NOT NULL,
  `programId` int NOT NULL,
  `name` varchar(255),
  `webhookAuthUsername` varchar(255) NOT NULL,
  `webhookAuthPassword` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_cc59513480665889c53e46e7ee` (`programId`),
  KEY `IDX_9fa2e5423311938a6c79bc422d` (`created`),
  KEY `IDX_cc59513480665889c53e46e7ee` (`programId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_approval` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `paymentId` int NOT NULL,
  `approved` tinyint(1) NOT NULL,
  `rank` int NOT NULL,
  `approvedByUserId` int,
  PRIMARY KEY (`id`),
  KEY `IDX_fb65e9abf4abdce1c3b35858da` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `program_approval_threshold` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `programId` int NOT NULL,
  `thresholdAmount` decimal(10,2) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_a0a41b64e26afcbf569a2ca716` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_approval_aidworker` (
  `paymentApprovalId` int NOT NULL,
  `programAidworkerAssignmentId` int NOT NULL,
  PRIMARY KEY (`paymentApprovalId`, `programAidworkerAssignmentId`),
  KEY `IDX_e6f75e3bba97219126c875ea9a` (`programAidworkerAssignmentId`),
  KEY `IDX_ea88dd2929921f140628c1a704` (`paymentApprovalId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intersolve_visa_wallet_closure` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `intersolveVisaChildWalletId` int NOT NULL,
  `amountBookedBackInCents` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `REL_211d0fbad2e3b228f13ebd8c88` (`intersolveVisaChildWalletId`),
  KEY `IDX_1029bced39fa9f2875a4bb26db` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intersolve_visa_card_order` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `programId` int NOT NULL,
  `userId` int NOT NULL,
  `noOfCards` int NOT NULL,
  `noOfCardsOrdered` int NOT NULL,
  `addressee` varchar(255) NOT NULL,
  `addressStreet` varchar(255) NOT NULL,
  `addressHouseNumber` varchar(255) NOT NULL,
  `addressHouseNumberAddition` varchar(255),
  `addressPostalCode` varchar(255) NOT NULL,
  `addressCity` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `addresseePhoneNumber` varchar(255) NOT NULL,
  `addresseeEmailAddress` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_b13f985c5de734c9b0112630bb` (`created`),
  KEY `IDX_e84448bf7f21184160feebf2c9` (`programId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `transaction` ADD CONSTRAINT `FK_26ba3b75368b99964d6dea5cc2c` FOREIGN KEY (`paymentId`) REFERENCES `payment` (`id`) ON DELETE CASCADE;
ALTER TABLE `transaction` ADD CONSTRAINT `FK_3a2576be389f520bece9d7dbb98` FOREIGN KEY (`registrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `transaction` ADD CONSTRAINT `FK_605baeb040ff0fae995404cea37` FOREIGN KEY (`userId`) REFERENCES `user` (`id`);
ALTER TABLE `program_aidworker_assignment` ADD CONSTRAINT `FK_1315d078dc3df552bba424c032b` FOREIGN KEY (`programId`) REFERENCES `program` (`id`) ON DELETE CASCADE;
ALTER TABLE `program_aidworker_assignment` ADD CONSTRAINT `FK_b60be4bf492f3ee8745dfee8806` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE;
ALTER TABLE `program_aidworker_assignment` ADD CONSTRAINT `FK_program_aidworker_assignment_approval_threshold` FOREIGN KEY (`programApprovalThresholdId`) REFERENCES `program_approval_threshold` (`id`) ON DELETE SET NULL;
ALTER TABLE `intersolve_voucher` ADD CONSTRAINT `FK_7eff6d2d8b784b4ff880d925adc` FOREIGN KEY (`userId`) REFERENCES `user` (`id`);
ALTER TABLE `intersolve_voucher` ADD CONSTRAINT `FK_c67b949a993d791ba90557fa7be` FOREIGN KEY (`paymentId`) REFERENCES `payment` (`id`) ON DELETE SET NULL;
ALTER TABLE `imagecode_export_vouchers` ADD CONSTRAINT `FK_4d11d92320228c5ca4634e37140` FOREIGN KEY (`registrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `imagecode_export_vouchers` ADD CONSTRAINT `FK_e64e394d9af2d9096bd29732ab6` FOREIGN KEY (`voucherId`) REFERENCES `intersolve_voucher` (`id`) ON DELETE CASCADE;
ALTER TABLE `twilio_message` ADD CONSTRAINT `FK_9c1038f92cd1b99b1babcc4fecf` FOREIGN KEY (`userId`) REFERENCES `user` (`id`);
ALTER TABLE `twilio_message` ADD CONSTRAINT `FK_9de58ca3e7c32731a9f6aa3d02f` FOREIGN KEY (`registrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `twilio_message` ADD CONSTRAINT `FK_cd56d3267e8553557ec97c6741b` FOREIGN KEY (`transactionId`) REFERENCES `transaction` (`id`) ON DELETE SET NULL;
ALTER TABLE `registration` ADD CONSTRAINT `FK_5423104a960c57439e028eb57c5` FOREIGN KEY (`programId`) REFERENCES `program` (`id`) ON DELETE CASCADE;
ALTER TABLE `registration` ADD CONSTRAINT `FK_af6d07a8391d587c4dd40e7a5a9` FOREIGN KEY (`userId`) REFERENCES `user` (`id`);
ALTER TABLE `registration` ADD CONSTRAINT `FK_c5eb02b5f6a4b4269d0a19b49f2` FOREIGN KEY (`programFspConfigurationId`) REFERENCES `program_fsp_configuration` (`id`) ON DELETE SET NULL;
ALTER TABLE `intersolve_voucher_instruction` ADD CONSTRAINT `FK_a4b70f5b341879f17bd410e8d52` FOREIGN KEY (`programId`) REFERENCES `program` (`id`) ON DELETE CASCADE;
ALTER TABLE `program_aidworker_assignment_roles_user_role` ADD CONSTRAINT `FK_55d6e02b7aed4a6cbd027cc97d6` FOREIGN KEY (`userRoleId`) REFERENCES `user_role` (`id`);
ALTER TABLE `program_aidworker_assignment_roles_user_role` ADD CONSTRAINT `FK_8b938a5145fb00a8e324504f620` FOREIGN KEY (`programAidworkerAssignmentId`) REFERENCES `program_aidworker_assignment` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `whatsapp_pending_message` ADD CONSTRAINT `FK_a7153217f085fbb3a6e30588c4b` FOREIGN KEY (`registrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `whatsapp_pending_message` ADD CONSTRAINT `FK_c4e5540ec65a668f0c155df88e9` FOREIGN KEY (`userId`) REFERENCES `user` (`id`);
ALTER TABLE `user_role_permissions_permission` ADD CONSTRAINT `FK_06012ed04be71b8bef3a3968ead` FOREIGN KEY (`userRoleId`) REFERENCES `user_role` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `user_role_permissions_permission` ADD CONSTRAINT `FK_f0ca2057b5085083ff9f18e3f95` FOREIGN KEY (`permissionId`) REFERENCES `permission` (`id`);
ALTER TABLE `intersolve_visa_customer` ADD CONSTRAINT `FK_ad00c730226a462624de94041ec` FOREIGN KEY (`registrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `safaricom_transfer` ADD CONSTRAINT `FK_71eecfc6a9376e289b2a52cdf55` FOREIGN KEY (`transactionId`) REFERENCES `transaction` (`id`) ON DELETE CASCADE;
ALTER TABLE `commercial_bank_ethiopia_account_enquiries` ADD CONSTRAINT `FK_91a620467ab21f97439b6d6b90a` FOREIGN KEY (`registrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `note` ADD CONSTRAINT `FK_5b87d9d19127bd5d92026017a7b` FOREIGN KEY (`userId`) REFERENCES `user` (`id`);
ALTER TABLE `note` ADD CONSTRAINT `FK_a341b2f46655af6d3d8356f2b4f` FOREIGN KEY (`registrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `message_template` ADD CONSTRAINT `FK_55ebe1d2e603be11a0cfc97372f` FOREIGN KEY (`programId`) REFERENCES `program` (`id`) ON DELETE CASCADE;
ALTER TABLE `latest_message` ADD CONSTRAINT `FK_2a2f05ef6c49d8b6f86a27e55c9` FOREIGN KEY (`messageId`) REFERENCES `twilio_message` (`id`) ON DELETE CASCADE;
ALTER TABLE `latest_message` ADD CONSTRAINT `FK_b1e5575d941a3f0ce8430c0edfb` FOREIGN KEY (`registrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `registration_event_attribute` ADD CONSTRAINT `FK_8b3f63ab7e5d143a31caf18cbd8` FOREIGN KEY (`eventId`) REFERENCES `registration_event` (`id`) ON DELETE CASCADE;
ALTER TABLE `registration_event` ADD CONSTRAINT `FK_5d4a07c68647c106a4c3835e060` FOREIGN KEY (`userId`) REFERENCES `user` (`id`);
ALTER TABLE `registration_event` ADD CONSTRAINT `FK_ba196730ca0ca8fba27a9e600a1` FOREIGN KEY (`registrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `intersolve_visa_child_wallet` ADD CONSTRAINT `FK_59ddd28d67a179d138682da697a` FOREIGN KEY (`intersolveVisaParentWalletId`) REFERENCES `intersolve_visa_parent_wallet` (`id`) ON DELETE CASCADE;
ALTER TABLE `intersolve_visa_parent_wallet` ADD CONSTRAINT `FK_2975915495fd7289eaad6f47050` FOREIGN KEY (`intersolveVisaCustomerId`) REFERENCES `intersolve_visa_customer` (`id`) ON DELETE CASCADE;
ALTER TABLE `program_fsp_configuration_property` ADD CONSTRAINT `FK_23260bdde9cee10304192140b77` FOREIGN KEY (`programFspConfigurationId`) REFERENCES `program_fsp_configuration` (`id`) ON DELETE CASCADE;
ALTER TABLE `program_fsp_configuration` ADD CONSTRAINT `FK_6be88e8576970978a911084534e` FOREIGN KEY (`programId`) REFERENCES `program` (`id`) ON DELETE CASCADE;
ALTER TABLE `program_registration_attribute` ADD CONSTRAINT `FK_8788ebf12909c03049a0d8c377d` FOREIGN KEY (`programId`) REFERENCES `program` (`id`) ON DELETE CASCADE;
ALTER TABLE `registration_attribute_data` ADD CONSTRAINT `FK_3bd62b57d06901bcd85e28fd060` FOREIGN KEY (`programRegistrationAttributeId`) REFERENCES `program_registration_attribute` (`id`) ON DELETE CASCADE;
ALTER TABLE `registration_attribute_data` ADD CONSTRAINT `FK_8914b71c0e30c44291ab68a9b8a` FOREIGN KEY (`registrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `nedbank_voucher` ADD CONSTRAINT `FK_739b726eaa8f29ede851906edd3` FOREIGN KEY (`transactionId`) REFERENCES `transaction` (`id`) ON DELETE CASCADE;
ALTER TABLE `unique_registration_pair` ADD CONSTRAINT `FK_1e73009dc240dbf7bd71ed86c01` FOREIGN KEY (`largerRegistrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `unique_registration_pair` ADD CONSTRAINT `FK_fdeb31dd244d876c2aee17e18ab` FOREIGN KEY (`smallerRegistrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `onafriq_transaction` ADD CONSTRAINT `FK_1ef2718a1b73906b2af259cfa30` FOREIGN KEY (`transactionId`) REFERENCES `transaction` (`id`) ON DELETE CASCADE;
ALTER TABLE `program_attachment` ADD CONSTRAINT `FK_28fad6e9cfc39949b09a84437ea` FOREIGN KEY (`programId`) REFERENCES `program` (`id`) ON DELETE CASCADE;
ALTER TABLE `program_attachment` ADD CONSTRAINT `FK_bed7ec4e8c775261cb9960b700f` FOREIGN KEY (`userId`) REFERENCES `user` (`id`);
ALTER TABLE `payment` ADD CONSTRAINT `FK_0f8f281d1010c17f17ff240328a` FOREIGN KEY (`programId`) REFERENCES `program` (`id`) ON DELETE CASCADE;
ALTER TABLE `payment_event_attribute` ADD CONSTRAINT `FK_e28d79f5ba52342f108cc7cb499` FOREIGN KEY (`eventId`) REFERENCES `payment_event` (`id`) ON DELETE CASCADE;
ALTER TABLE `payment_event` ADD CONSTRAINT `FK_62a0ee83009b219a9dd2fe3ec78` FOREIGN KEY (`userId`) REFERENCES `user` (`id`);
ALTER TABLE `payment_event` ADD CONSTRAINT `FK_f602a2c38d32fc188d889087adc` FOREIGN KEY (`paymentId`) REFERENCES `payment` (`id`) ON DELETE CASCADE;
ALTER TABLE `cbe_transfer` ADD CONSTRAINT `FK_8d179b2bec6e57c9215780e7aad` FOREIGN KEY (`transactionId`) REFERENCES `transaction` (`id`) ON DELETE CASCADE;
ALTER TABLE `transaction_event` ADD CONSTRAINT `FK_a6376dce877de0841fe63085ad4` FOREIGN KEY (`userId`) REFERENCES `user` (`id`);
ALTER TABLE `transaction_event` ADD CONSTRAINT `FK_ccc33883aa7599801353e53cf19` FOREIGN KEY (`programFspConfigurationId`) REFERENCES `program_fsp_configuration` (`id`) ON DELETE SET NULL;
ALTER TABLE `transaction_event` ADD CONSTRAINT `FK_f4f1b2124aaac715c149460ef45` FOREIGN KEY (`transactionId`) REFERENCES `transaction` (`id`) ON DELETE CASCADE;
ALTER TABLE `last_transaction_event` ADD CONSTRAINT `FK_0de93dafac190577420226cf69f` FOREIGN KEY (`transactionEventId`) REFERENCES `transaction_event` (`id`) ON DELETE CASCADE;
ALTER TABLE `last_transaction_event` ADD CONSTRAINT `FK_3c4cceaad30f521ac0074c45ad7` FOREIGN KEY (`transactionId`) REFERENCES `transaction` (`id`) ON DELETE CASCADE;
ALTER TABLE `cooperative_bank_of_oromia_account_validation` ADD CONSTRAINT `FK_dc9856fae693685b5ae8c375eb6` FOREIGN KEY (`registrationId`) REFERENCES `registration` (`id`) ON DELETE CASCADE;
ALTER TABLE `kobo` ADD CONSTRAINT `FK_cc59513480665889c53e46e7eed` FOREIGN KEY (`programId`) REFERENCES `program` (`id`) ON DELETE CASCADE;
ALTER TABLE `payment_approval` ADD CONSTRAINT `FK_489750b2f9e0c35193c674302da` FOREIGN KEY (`paymentId`) REFERENCES `payment` (`id`) ON DELETE CASCADE;
ALTER TABLE `payment_approval` ADD CONSTRAINT `FK_payment_approval_approved_by_user` FOREIGN KEY (`approvedByUserId`) REFERENCES `user` (`id`) ON DELETE SET NULL;
ALTER TABLE `program_approval_threshold` ADD CONSTRAINT `FK_program_approval_threshold_program` FOREIGN KEY (`programId`) REFERENCES `program` (`id`) ON DELETE CASCADE;
ALTER TABLE `payment_approval_aidworker` ADD CONSTRAINT `FK_payment_approval_aidworker_payment_approval` FOREIGN KEY (`paymentApprovalId`) REFERENCES `payment_approval` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `payment_approval_aidworker` ADD CONSTRAINT `FK_payment_approval_aidworker_program_aidworker_assignment` FOREIGN KEY (`programAidworkerAssignmentId`) REFERENCES `program_aidworker_assignment` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `intersolve_visa_wallet_closure` ADD CONSTRAINT `FK_211d0fbad2e3b228f13ebd8c88e` FOREIGN KEY (`intersolveVisaChildWalletId`) REFERENCES `intersolve_visa_child_wallet` (`id`);
ALTER TABLE `intersolve_visa_card_order` ADD CONSTRAINT `FK_8f955bc354411524b3f003677b8` FOREIGN KEY (`userId`) REFERENCES `user` (`id`);
