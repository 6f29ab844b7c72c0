-- Overleaf Community Edition (overleaf/overleaf), commit 05565653a152d9ac6a325334ca91c76fbdfaceba (AGPL-3.0, LICENSE)
-- Overleaf keeps its data in MongoDB; there is no SQL schema upstream. One table per collection, named after the
-- collection. Sources: the Mongoose models of services/web/app/src/models/*.mjs (users, projects, deletedUsers,
-- deletedProjects, projectInvites, tags, docSnapshots, projectHistoryFailures, userAuditLogEntries,
-- projectAuditLogEntries, oauthAccessTokens, oauthApplications, oauthAuthorizationCodes, systemmessages,
-- onboardingDataCollection, globalMetrics, scriptLogs) and, for collections written with the plain MongoDB driver, the
-- documents the code writes: services/chat/app/js/Features/{Messages/MessageManager.js,Threads/ThreadManager.js}
-- (messages, rooms), services/docstore/app/js/{MongoManager.js,DocManager.js,HttpController.js} (docs),
-- services/web/app/src/Features/Contacts/ContactManager.mjs (contacts),
-- services/web/app/src/Features/Security/OneTimeTokenHandler.mjs (tokens),
-- services/web/app/src/Features/Spelling/LearnedWordsManager.mjs (spellingPreferences),
-- services/notifications/app/js/Notifications.js (notifications),
-- services/project-history/app/js/LabelsManager.js (projectHistoryLabels), tools/migrations/lib/adapter.mjs (migrations).
-- Columns: `_id` first, then one column per top-level schema path in the schema's order under upstream's names; a
-- single embedded document (a nested plain object or sub-schema) is written as dotted paths one level deep, as MongoDB
-- addresses them (`overleaf.id`, `twoFactorAuthentication.secretEncrypted`, `deleterData.deleterIpAddress`); deeper
-- objects, arrays (of ids, strings or sub-documents), Mixed/Object paths and the archived copy of a whole user or
-- project inside deletedUsers/deletedProjects are JSON. Types: ObjectId CHAR(24), String VARCHAR(255) (TEXT for free
-- text and bodies), Number INT, Boolean TINYINT(1), Date DATETIME(3). `required` is NOT NULL; Mongoose defaults are
-- not written; `__v` is left out. Keys: `_id` primary keys; the unique indexes of the Mongoose schemas and of
-- tools/migrations/*_create_*_indexes.mjs and 20200210121103_uniqueify-deletedthings-indexes.mjs on top-level or
-- dotted paths; every single-valued `ref: 'User'` / `ref: 'OauthApplication'` path as a foreign key. See overleaf.md.

CREATE TABLE `users` (
  `_id` CHAR(24) NOT NULL,
  `email` VARCHAR(254),
  `emails` JSON,
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `role` VARCHAR(255),
  `institution` VARCHAR(255),
  `hashedPassword` VARCHAR(255),
  `enrollment.sso` JSON,
  `enrollment.managedBy` CHAR(24),
  `enrollment.enrolledAt` DATETIME(3),
  `isAdmin` TINYINT(1),
  `adminRoles` JSON,
  `signUpDate` DATETIME(3),
  `loginEpoch` INT,
  `lastActive` DATETIME(3),
  `lastFailedLogin` DATETIME(3),
  `lastLoggedIn` DATETIME(3),
  `lastLoginIp` VARCHAR(255),
  `lastPrimaryEmailCheck` DATETIME(3),
  `lastTrial` DATETIME(3),
  `loginCount` INT,
  `holdingAccount` TINYINT(1),
  `ace.mode` VARCHAR(255),
  `ace.theme` VARCHAR(255),
  `ace.overallTheme` VARCHAR(255),
  `ace.lightTheme` VARCHAR(255),
  `ace.darkTheme` VARCHAR(255),
  `ace.fontSize` INT,
  `ace.autoComplete` TINYINT(1),
  `ace.autoPairDelimiters` TINYINT(1),
  `ace.spellCheckLanguage` VARCHAR(255),
  `ace.pdfViewer` VARCHAR(255),
  `ace.syntaxValidation` TINYINT(1),
  `ace.previewTabs` TINYINT(1),
  `ace.fontFamily` VARCHAR(255),
  `ace.lineHeight` VARCHAR(255),
  `ace.mathPreview` TINYINT(1),
  `ace.breadcrumbs` TINYINT(1),
  `ace.editorTabs` TINYINT(1),
  `ace.nonBlinkingCursor` TINYINT(1),
  `ace.referencesSearchMode` VARCHAR(255),
  `ace.darkModePdf` TINYINT(1),
  `ace.floatingMenu` TINYINT(1),
  `ace.zotero` JSON,
  `ace.mendeley` JSON,
  `ace.papers` JSON,
  `features.collaborators` INT,
  `features.versioning` TINYINT(1),
  `features.dropbox` TINYINT(1),
  `features.github` TINYINT(1),
  `features.gitBridge` TINYINT(1),
  `features.compileTimeout` INT,
  `features.compileGroup` VARCHAR(255),
  `features.references` TINYINT(1),
  `features.trackChanges` TINYINT(1),
  `features.mendeley` TINYINT(1),
  `features.zotero` TINYINT(1),
  `features.papers` TINYINT(1),
  `features.referencesSearch` TINYINT(1),
  `features.symbolPalette` TINYINT(1),
  `features.aiErrorAssistant` TINYINT(1),
  `features.aiUsageQuota` VARCHAR(255),
  `featuresOverrides` JSON,
  `featuresUpdatedAt` DATETIME(3),
  `featuresEpoch` VARCHAR(255),
  `must_reconfirm` TINYINT(1),
  `referal_id` VARCHAR(255),
  `refered_users` JSON,
  `refered_user_count` INT,
  `refProviders.mendeley` JSON,
  `refProviders.zotero` JSON,
  `refProviders.papers` JSON,
  `writefull.initialized` TINYINT(1),
  `writefull.autoCreatedAccount` TINYINT(1),
  `writefull.isPremium` TINYINT(1),
  `writefull.premiumSource` VARCHAR(255),
  `aiFeatures.enabled` TINYINT(1),
  `alphaProgram` TINYINT(1),
  `betaProgram` TINYINT(1),
  `labsProgram` TINYINT(1) NOT NULL,
  `labsExperiments` JSON,
  `overleaf.id` INT,
  `overleaf.accessToken` VARCHAR(255),
  `overleaf.refreshToken` VARCHAR(255),
  `awareOfV2` TINYINT(1),
  `samlIdentifiers` JSON,
  `thirdPartyIdentifiers` JSON,
  `migratedAt` DATETIME(3),
  `twoFactorAuthentication.createdAt` DATETIME(3),
  `twoFactorAuthentication.enrolledAt` DATETIME(3),
  `twoFactorAuthentication.secretEncrypted` VARCHAR(255),
  `onboardingEmailSentAt` DATETIME(3),
  `splitTests` JSON,
  `analyticsId` VARCHAR(255) NOT NULL,
  `completedTutorials` JSON,
  `suspended` TINYINT(1),
  `dsMobileApp.subscribed` TINYINT(1),
  `stripeCustomerIds.us` VARCHAR(255),
  `stripeCustomerIds.uk` VARCHAR(255),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `email_1` (`email`),
  UNIQUE KEY `overleaf.id_1` (`overleaf.id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deletedUsers` (
  `_id` CHAR(24) NOT NULL,
  `deleterData._id` CHAR(24),
  `deleterData.deleterId` CHAR(24),
  `deleterData.deleterIpAddress` VARCHAR(255),
  `deleterData.deletedAt` DATETIME(3),
  `deleterData.deletedUserId` CHAR(24),
  `deleterData.deletedUserLastLoggedIn` DATETIME(3),
  `deleterData.deletedUserSignUpDate` DATETIME(3),
  `deleterData.deletedUserLoginCount` INT,
  `deleterData.deletedUserReferralId` VARCHAR(255),
  `deleterData.deletedUserReferredUsers` JSON,
  `deleterData.deletedUserReferredUserCount` INT,
  `deleterData.deletedUserOverleafId` INT,
  `user` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `deleterData.deleteUserId_1` (`deleterData.deletedUserId`),
  CONSTRAINT `fk_deletedUsers_deleterId` FOREIGN KEY (`deleterData.deleterId`) REFERENCES `users` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255),
  `lastUpdated` DATETIME(3),
  `lastUpdatedBy` CHAR(24),
  `lastOpened` DATETIME(3),
  `active` TINYINT(1),
  `readOnly` TINYINT(1),
  `owner_ref` CHAR(24),
  `collaberator_refs` JSON,
  `reviewer_refs` JSON,
  `readOnly_refs` JSON,
  `pendingEditor_refs` JSON,
  `pendingReviewer_refs` JSON,
  `rootDoc_id` CHAR(24),
  `rootFolder` JSON,
  `mainBibliographyDoc_id` CHAR(24),
  `version` INT,
  `publicAccesLevel` VARCHAR(255),
  `compiler` VARCHAR(255),
  `spellCheckLanguage` VARCHAR(255),
  `deletedByExternalDataSource` TINYINT(1),
  `description` TEXT,
  `archived` JSON,
  `trashed` JSON,
  `deletedDocs` JSON,
  `imageName` VARCHAR(255),
  `brandVariationId` VARCHAR(255),
  `track_changes` JSON,
  `tokens.readOnly` VARCHAR(255),
  `tokens.readAndWrite` VARCHAR(255),
  `tokens.readAndWritePrefix` VARCHAR(255),
  `tokenAccessReadOnly_refs` JSON,
  `tokenAccessReadAndWrite_refs` JSON,
  `fromV1TemplateId` INT,
  `fromV1TemplateVersionId` INT,
  `overleaf.id` INT,
  `overleaf.imported_at_ver_id` INT,
  `overleaf.token` VARCHAR(255),
  `overleaf.read_token` VARCHAR(255),
  `overleaf.history` JSON,
  `overleaf.isDebugCopyOf` CHAR(24),
  `collabratecUsers` JSON,
  `deferredTpdsFlushCounter` INT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `tokens.readOnly_1` (`tokens.readOnly`),
  UNIQUE KEY `tokens.readAndWrite_1` (`tokens.readAndWrite`),
  UNIQUE KEY `tokens.readAndWritePrefix_1` (`tokens.readAndWritePrefix`),
  UNIQUE KEY `overleaf.id_1` (`overleaf.id`),
  CONSTRAINT `fk_projects_lastUpdatedBy` FOREIGN KEY (`lastUpdatedBy`) REFERENCES `users` (`_id`),
  CONSTRAINT `fk_projects_owner_ref` FOREIGN KEY (`owner_ref`) REFERENCES `users` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deletedProjects` (
  `_id` CHAR(24) NOT NULL,
  `deleterData._id` CHAR(24),
  `deleterData.deleterId` CHAR(24),
  `deleterData.deleterIpAddress` VARCHAR(255),
  `deleterData.deletedAt` DATETIME(3),
  `deleterData.deletedProjectId` CHAR(24),
  `deleterData.deletedProjectOwnerId` CHAR(24),
  `deleterData.deletedProjectCollaboratorIds` JSON,
  `deleterData.deletedProjectReadOnlyIds` JSON,
  `deleterData.deletedProjectReviewerIds` JSON,
  `deleterData.deletedProjectReadWriteTokenAccessIds` JSON,
  `deleterData.deletedProjectReadOnlyTokenAccessIds` JSON,
  `deleterData.deletedProjectReadWriteToken` VARCHAR(255),
  `deleterData.deletedProjectReadOnlyToken` VARCHAR(255),
  `deleterData.deletedProjectLastUpdatedAt` DATETIME(3),
  `deleterData.deletedProjectOverleafId` INT,
  `deleterData.deletedProjectOverleafHistoryId` JSON,
  `deleterData.deletedReason` VARCHAR(255),
  `project` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `deleterData.deletedProjectId_1` (`deleterData.deletedProjectId`),
  CONSTRAINT `fk_deletedProjects_deleterId` FOREIGN KEY (`deleterData.deleterId`) REFERENCES `users` (`_id`),
  CONSTRAINT `fk_deletedProjects_ownerId` FOREIGN KEY (`deleterData.deletedProjectOwnerId`) REFERENCES `users` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projectInvites` (
  `_id` CHAR(24) NOT NULL,
  `email` VARCHAR(255),
  `encryptedToken` VARCHAR(255),
  `tokenHmac` VARCHAR(255),
  `sendingUserId` CHAR(24),
  `projectId` CHAR(24),
  `privileges` JSON,
  `createdAt` DATETIME(3),
  `expires` DATETIME(3),
  `reusable` TINYINT(1),
  `subscriptionId` CHAR(24),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tag.user_id is a plain string for legacy reasons (comment in Tag.mjs).
CREATE TABLE `tags` (
  `_id` CHAR(24) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(255),
  `project_ids` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `user_id_1_name_1` (`user_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `_id` CHAR(24) NOT NULL,
  `use` VARCHAR(255),
  `token` VARCHAR(255),
  `data` JSON,
  `createdAt` DATETIME(3),
  `expiresAt` DATETIME(3),
  `usedAt` DATETIME(3),
  `peekCount` INT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `token_1_use_1` (`token`, `use`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- contacts.contacts maps each contact's user id to { n: times worked together, ts: last time }.
CREATE TABLE `contacts` (
  `_id` CHAR(24) NOT NULL,
  `user_id` CHAR(24),
  `contacts` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `user_id_1` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `_id` CHAR(24) NOT NULL,
  `user_id` CHAR(24),
  `key` VARCHAR(255),
  `messageOpts` JSON,
  `templateKey` VARCHAR(255),
  `expires` DATETIME(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `docs` (
  `_id` CHAR(24) NOT NULL,
  `project_id` CHAR(24),
  `lines` JSON,
  `ranges` JSON,
  `rev` INT,
  `version` INT,
  `name` VARCHAR(255),
  `deleted` TINYINT(1),
  `deletedAt` DATETIME(3),
  `inS3` TINYINT(1),
  `archivingUntil` DATETIME(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `docSnapshots` (
  `_id` CHAR(24) NOT NULL,
  `project_id` CHAR(24),
  `doc_id` CHAR(24),
  `version` INT,
  `lines` JSON,
  `pathname` VARCHAR(255),
  `ranges` JSON,
  `ts` DATETIME(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Chat: a room is the project's chat (no thread_id) or one review comment thread; resolved = { user_id, ts }.
CREATE TABLE `rooms` (
  `_id` CHAR(24) NOT NULL,
  `project_id` CHAR(24),
  `thread_id` CHAR(24),
  `resolved` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `_id` CHAR(24) NOT NULL,
  `content` TEXT,
  `room_id` CHAR(24),
  `user_id` CHAR(24),
  `timestamp` DATETIME(3),
  `edited_at` DATETIME(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spellingPreferences` (
  `_id` CHAR(24) NOT NULL,
  `token` VARCHAR(255),
  `learnedWords` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projectHistoryLabels` (
  `_id` CHAR(24) NOT NULL,
  `project_id` CHAR(24),
  `comment` VARCHAR(255),
  `version` INT,
  `created_at` DATETIME(3),
  `user_id` CHAR(24),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projectHistoryFailures` (
  `_id` CHAR(24) NOT NULL,
  `project_id` VARCHAR(255),
  `ts` DATETIME(3),
  `queueSize` INT,
  `error` TEXT,
  `stack` TEXT,
  `attempts` INT,
  `history` JSON,
  `resyncStartedAt` DATETIME(3),
  `resyncAttempts` INT,
  `requestCount` INT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userAuditLogEntries` (
  `_id` CHAR(24) NOT NULL,
  `userId` CHAR(24),
  `managedSubscriptionId` CHAR(24),
  `info` JSON,
  `initiatorId` CHAR(24),
  `ipAddress` VARCHAR(255),
  `operation` VARCHAR(255),
  `timestamp` DATETIME(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projectAuditLogEntries` (
  `_id` CHAR(24) NOT NULL,
  `projectId` CHAR(24),
  `managedSubscriptionId` CHAR(24),
  `operation` VARCHAR(255),
  `initiatorId` CHAR(24),
  `ipAddress` VARCHAR(255),
  `timestamp` DATETIME(3),
  `info` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauthApplications` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `clientSecret` VARCHAR(255),
  `grants` JSON,
  `name` VARCHAR(255),
  `redirectUris` JSON,
  `scopes` JSON,
  `pkceEnabled` TINYINT(1),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id_1` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauthAccessTokens` (
  `_id` CHAR(24) NOT NULL,
  `accessToken` VARCHAR(255),
  `accessTokenPartial` VARCHAR(255),
  `type` VARCHAR(255),
  `accessTokenExpiresAt` DATETIME(3),
  `oauthApplication_id` CHAR(24),
  `refreshToken` VARCHAR(255),
  `refreshTokenExpiresAt` DATETIME(3),
  `scope` VARCHAR(255),
  `user_id` CHAR(24),
  `createdAt` DATETIME(3),
  `expiresAt` DATETIME(3),
  `lastUsedAt` DATETIME(3),
  `lastNotifiedAt.warning` DATETIME(3),
  `lastNotifiedAt.expired` DATETIME(3),
  `notificationsSuppressedAt` DATETIME(3),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `accessToken_1` (`accessToken`),
  UNIQUE KEY `refreshToken_1` (`refreshToken`),
  CONSTRAINT `fk_oauthAccessTokens_app` FOREIGN KEY (`oauthApplication_id`) REFERENCES `oauthApplications` (`_id`),
  CONSTRAINT `fk_oauthAccessTokens_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauthAuthorizationCodes` (
  `_id` CHAR(24) NOT NULL,
  `authorizationCode` VARCHAR(255),
  `expiresAt` DATETIME(3),
  `oauthApplication_id` CHAR(24),
  `redirectUri` VARCHAR(255),
  `scope` VARCHAR(255),
  `user_id` CHAR(24),
  `codeChallenge` VARCHAR(255),
  `codeChallengeMethod` VARCHAR(255),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `authorizationCode_1` (`authorizationCode`),
  CONSTRAINT `fk_oauthAuthorizationCodes_app` FOREIGN KEY (`oauthApplication_id`) REFERENCES `oauthApplications` (`_id`),
  CONSTRAINT `fk_oauthAuthorizationCodes_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- onboardingDataCollection: one document per user, keyed by the user's _id
-- (OnboardingDataCollectionManager.mjs: findOneAndUpdate({ _id: userId }, ...)).
CREATE TABLE `onboardingDataCollection` (
  `_id` CHAR(24) NOT NULL,
  `firstName` VARCHAR(255),
  `lastName` VARCHAR(255),
  `primaryOccupation` VARCHAR(255),
  `usedLatex` VARCHAR(255),
  `companyDivisionDepartment` VARCHAR(255),
  `companyJobTitle` VARCHAR(255),
  `governmentJobTitle` VARCHAR(255),
  `institutionName` VARCHAR(255),
  `otherJobTitle` VARCHAR(255),
  `nonprofitDivisionDepartment` VARCHAR(255),
  `nonprofitJobTitle` VARCHAR(255),
  `role` VARCHAR(255),
  `subjectArea` VARCHAR(255),
  `updatedAt` DATETIME(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `systemmessages` (
  `_id` CHAR(24) NOT NULL,
  `content` TEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- GlobalMetric has a String _id (the metric's name).
CREATE TABLE `globalMetrics` (
  `_id` VARCHAR(255) NOT NULL,
  `value` INT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scriptLogs` (
  `_id` CHAR(24) NOT NULL,
  `canonicalName` VARCHAR(255) NOT NULL,
  `filePathAtVersion` VARCHAR(255) NOT NULL,
  `imageVersion` VARCHAR(255) NOT NULL,
  `podName` VARCHAR(255) NOT NULL,
  `startTime` DATETIME(3),
  `endTime` DATETIME(3),
  `username` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `vars` JSON NOT NULL,
  `progressLogs` JSON NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrations` (
  `_id` CHAR(24) NOT NULL,
  `name` VARCHAR(255),
  `migratedAt` DATETIME(3),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `name_1` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
