-- openHAB Cloud (openhab/openhab-cloud, the service behind myopenhab.org), commit
-- 5c128d59a22a85fd3535e12f8a367756a5d3f475 (EPL-2.0).
-- Its MongoDB collections as the Mongoose models of src/models/*.model.ts define them, one table per collection
-- (Mongoose's collection name: the model name lower-cased and pluralised), fields in schema order:
-- `_id` (ObjectId) first as the primary key, char(24); `__v` (Mongoose's version key) last where the schema does not
-- set versionKey: false; ObjectId -> char(24); String -> varchar(255), or text for free text; Date -> datetime(3);
-- Boolean -> tinyint(1); Number -> double; Mixed and arrays (scope, groups, the embedded item states) -> json.
-- required -> NOT NULL; unique: true and unique schema indexes -> UNIQUE KEY; other schema indexes -> KEY;
-- a field declared with ref: '<Model>' -> FOREIGN KEY (the other ObjectId fields name their collection only in the
-- code and get an index where upstream declares one). All 16 collections are kept.

CREATE TABLE `useraccounts` (
  `_id` char(24) NOT NULL,
  `modified` datetime(3),
  `registered` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `_id` char(24) NOT NULL,
  `username` varchar(255) NOT NULL,
  `firstName` varchar(255),
  `lastName` varchar(255),
  `salt` varchar(255) NOT NULL,
  `hash` varchar(255) NOT NULL,
  `created` datetime(3),
  `active` tinyint(1) NOT NULL,
  `role` varchar(255),
  `account` char(24),
  `group` varchar(255),
  `verifiedEmail` tinyint(1),
  `registered` datetime(3),
  `last_online` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `username_1` (`username`),
  KEY `account_1_role_1` (`account`, `role`),
  FOREIGN KEY (`account`) REFERENCES `useraccounts` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `openhabs` (
  `_id` char(24) NOT NULL,
  `name` varchar(255),
  `uuid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `account` char(24) NOT NULL,
  `last_online` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `uuid_1` (`uuid`),
  KEY `account_1` (`account`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userdevices` (
  `_id` char(24) NOT NULL,
  `owner` char(24) NOT NULL,
  `fcmRegistration` varchar(255),
  `deviceType` varchar(255),
  `deviceModel` varchar(255),
  `deviceId` varchar(255),
  `lastUpdate` datetime(3),
  `registered` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`),
  KEY `owner_1_deviceType_1_deviceId_1` (`owner`, `deviceType`, `deviceId`),
  KEY `fcmRegistration_1` (`fcmRegistration`),
  KEY `lastUpdate_1` (`lastUpdate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `_id` char(24) NOT NULL,
  `user` char(24) NOT NULL,
  `message` text,
  `icon` varchar(255),
  `severity` varchar(255),
  `acknowledged` tinyint(1),
  `payload` json,
  `created` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`),
  KEY `user_1_created_1` (`user`, `created`),
  KEY `created_1` (`created`),
  FOREIGN KEY (`user`) REFERENCES `users` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2clients` (
  `_id` char(24) NOT NULL,
  `name` varchar(255),
  `description` text,
  `homeUrl` varchar(255),
  `icon` varchar(255),
  `clientId` varchar(255) NOT NULL,
  `clientSecret` varchar(255) NOT NULL,
  `active` tinyint(1),
  `created` datetime(3),
  `last_change` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `clientId_1` (`clientId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2tokens` (
  `_id` char(24) NOT NULL,
  `user` char(24) NOT NULL,
  `oAuthClient` char(24) NOT NULL,
  `token` varchar(255) NOT NULL,
  `scope` json,
  `valid` tinyint(1),
  `created` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`),
  KEY `token_1_oAuthClient_1` (`token`, `oAuthClient`),
  KEY `user_1` (`user`),
  FOREIGN KEY (`oAuthClient`) REFERENCES `oauth2clients` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2codes` (
  `_id` char(24) NOT NULL,
  `user` char(24) NOT NULL,
  `oAuthClient` char(24) NOT NULL,
  `code` varchar(255) NOT NULL,
  `scope` json,
  `redirectURI` varchar(255) NOT NULL,
  `valid` tinyint(1),
  `created` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`),
  KEY `code_1_oAuthClient_1` (`code`, `oAuthClient`),
  KEY `code_1_oAuthClient_1_redirectURI_1` (`code`, `oAuthClient`, `redirectURI`),
  KEY `user_1` (`user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2scopes` (
  `_id` char(24) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `valid` tinyint(1),
  `created` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `name_1` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `_id` char(24) NOT NULL,
  `openhab` char(24) NOT NULL,
  `source` varchar(255) NOT NULL,
  `oldStatus` varchar(255),
  `status` varchar(255) NOT NULL,
  `numericStatus` double,
  `oldNumericStatus` double,
  `color` varchar(255),
  `when` datetime(3),
  PRIMARY KEY (`_id`),
  KEY `openhab_1` (`openhab`),
  KEY `openhab_1_when_1` (`openhab`, `when`),
  KEY `openhab_1_source_1` (`openhab`, `source`),
  KEY `openhab_1_source_1_status_1` (`openhab`, `source`, `status`),
  KEY `openhab_1_source_1_numericStatus_1_oldNumericStatus_1` (`openhab`, `source`, `numericStatus`, `oldNumericStatus`),
  KEY `when_1` (`when`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items` (
  `_id` char(24) NOT NULL,
  `openhab` char(24) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(255),
  `label` varchar(255),
  `groups` json,
  `icon` varchar(255),
  `status` varchar(255),
  `prev_status` varchar(255),
  `last_update` datetime(3),
  `last_change` datetime(3),
  `states` json,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `openhab_1_name_1` (`openhab`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emailverifications` (
  `_id` char(24) NOT NULL,
  `code` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `user` char(24) NOT NULL,
  `used` tinyint(1),
  `created` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`),
  KEY `created_1` (`created`),
  FOREIGN KEY (`user`) REFERENCES `users` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitations` (
  `_id` char(24) NOT NULL,
  `code` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `used` tinyint(1),
  `lastNotified` datetime(3),
  `created` datetime(3),
  `activated` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`),
  KEY `created_1` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lostpasswords` (
  `_id` char(24) NOT NULL,
  `user` char(24) NOT NULL,
  `recoveryCode` varchar(255) NOT NULL,
  `used` tinyint(1),
  `created` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`),
  KEY `user_1_created_1` (`user`, `created`),
  KEY `created_1` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enrollments` (
  `_id` char(24) NOT NULL,
  `email` varchar(255) NOT NULL,
  `platform` varchar(255),
  `javaExp` varchar(255),
  `description` text,
  `created` datetime(3),
  `invited` datetime(3),
  `__v` int,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `_id` char(24) NOT NULL,
  `uuid` varchar(255) NOT NULL,
  `openhab` char(24) NOT NULL,
  `localPath` varchar(255) NOT NULL,
  `createdAt` datetime(3),
  `expiresAt` datetime(3) NOT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `uuid_1` (`uuid`),
  UNIQUE KEY `openhab_1_localPath_1` (`openhab`, `localPath`),
  KEY `expiresAt_1` (`expiresAt`),
  FOREIGN KEY (`openhab`) REFERENCES `openhabs` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
