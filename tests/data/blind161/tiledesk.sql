-- Tiledesk server 2.19.16 (Tiledesk/tiledesk-server, commit b70caa428e44347cbda4b7face09cda405643907, MIT).
-- Mongoose models (models/*.js, pubmodules/*/models/*.js, pubmodules/canned/cannedResponse.js) written as MySQL tables:
-- one table per MongoDB collection (Mongoose's pluralised collection name), one column per top-level schema path, in
-- upstream's order; _id CHAR(24) primary key; ObjectId CHAR(24); String VARCHAR(255) (TEXT for free texts); Number INT
-- (BIGINT for millisecond durations); Boolean TINYINT(1); Date DATETIME(3); Object, Mixed, arrays and embedded
-- sub-schemas (location, contact, channel, snapshot, presence, tags, notes, profile ...) LONGTEXT holding the JSON document;
-- createdAt/updatedAt where the schema has timestamps: true; indexes declared on single paths kept; __v left out.

CREATE TABLE `users` (
  `_id` char(24) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `firstname` varchar(255) DEFAULT NULL,
  `lastname` varchar(255) DEFAULT NULL,
  `emailverified` tinyint(1) DEFAULT NULL,
  `resetpswrequestid` varchar(255) DEFAULT NULL,
  `signedInAt` datetime(3) DEFAULT NULL,
  `authUrl` varchar(255) DEFAULT NULL,
  `attributes` longtext,
  `status` int(11) NOT NULL DEFAULT 100,
  `description` text,
  `public_email` varchar(255) DEFAULT NULL,
  `public_website` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `email` (`email`),
  KEY `authUrl` (`authUrl`),
  KEY `status` (`status`),
  UNIQUE KEY `phone` (`phone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auths` (
  `_id` char(24) NOT NULL,
  `providerId` varchar(255) NOT NULL DEFAULT 'password',
  `subject` varchar(255) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `_id` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `activeOperatingHours` tinyint(1) DEFAULT NULL,
  `operatingHours` longtext,
  `timeSlots` longtext,
  `settings` longtext,
  `widget` longtext,
  `publicKey` varchar(255) DEFAULT NULL,
  `privateKey` varchar(255) DEFAULT NULL,
  `status` int(11) DEFAULT 100,
  `jwtSecret` varchar(255) DEFAULT NULL,
  `attributes` longtext,
  `profile` longtext,
  `versions` int(11) DEFAULT NULL,
  `channels` longtext,
  `organization` varchar(255) DEFAULT NULL,
  `ipFilterEnabled` tinyint(1) DEFAULT 0,
  `ipFilter` longtext,
  `ipFilterDenyEnabled` tinyint(1) DEFAULT 0,
  `ipFilterDeny` longtext,
  `bannedUsers` longtext,
  `createdBy` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_users` (
  `_id` char(24) NOT NULL,
  `id_project` char(24) DEFAULT NULL,
  `id_user` char(24) DEFAULT NULL,
  `uuid_user` varchar(255) DEFAULT NULL,
  `role` varchar(255) DEFAULT NULL,
  `roleType` int(11) DEFAULT NULL,
  `user_available` tinyint(1) DEFAULT 1,
  `profileStatus` varchar(255) DEFAULT NULL,
  `presence` longtext,
  `attributes` longtext,
  `max_assigned_chat` int(11) DEFAULT NULL,
  `number_assigned_requests` int(11) DEFAULT 0,
  `last_ip` varchar(255) DEFAULT NULL,
  `last_login_at` datetime(3) DEFAULT NULL,
  `settings` longtext,
  `tags` longtext,
  `permissions` longtext,
  `createdBy` varchar(255) NOT NULL,
  `status` enum('active','disabled') NOT NULL DEFAULT 'active',
  `trashed` tinyint(1) DEFAULT 0,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `id_project` (`id_project`),
  KEY `id_user` (`id_user`),
  KEY `uuid_user` (`uuid_user`),
  KEY `role` (`role`),
  KEY `roleType` (`roleType`),
  KEY `user_available` (`user_available`),
  KEY `number_assigned_requests` (`number_assigned_requests`),
  KEY `status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending-invitations` (
  `_id` char(24) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `id_project` varchar(255) DEFAULT NULL,
  `role` varchar(255) DEFAULT NULL,
  `createdBy` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `email` (`email`),
  KEY `id_project` (`id_project`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `_id` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `permissions` longtext,
  `id_project` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `_id` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `members` longtext,
  `id_project` varchar(255) DEFAULT NULL,
  `enabled` tinyint(1) DEFAULT 1,
  `trashed` tinyint(1) DEFAULT NULL,
  `attributes` longtext,
  `createdBy` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `departments` (
  `_id` char(24) NOT NULL,
  `id_bot` varchar(255) DEFAULT NULL,
  `bot_only` tinyint(1) DEFAULT NULL,
  `routing` varchar(255) DEFAULT 'pooled',
  `name` varchar(255) NOT NULL,
  `description` text,
  `id_project` varchar(255) NOT NULL,
  `id_group` varchar(255) DEFAULT NULL,
  `groups` longtext,
  `online_msg` text,
  `offline_msg` text,
  `default` tinyint(1) DEFAULT 0,
  `tags` longtext,
  `status` int(11) DEFAULT 1,
  `createdBy` varchar(255) NOT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `name` (`name`),
  KEY `id_project` (`id_project`),
  KEY `default` (`default`),
  KEY `status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `leads` (
  `_id` char(24) NOT NULL,
  `lead_id` varchar(255) NOT NULL,
  `fullname` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `company` varchar(255) DEFAULT NULL,
  `note` text,
  `streetAddress` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `region` varchar(255) DEFAULT NULL,
  `zipcode` varchar(255) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  `tags` longtext,
  `attributes` longtext,
  `id_project` varchar(255) NOT NULL,
  `createdBy` varchar(255) NOT NULL,
  `status` int(11) DEFAULT 100,
  `properties` longtext,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `lead_id` (`lead_id`),
  KEY `email` (`email`),
  KEY `id_project` (`id_project`),
  KEY `status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requests` (
  `_id` char(24) NOT NULL,
  `request_id` varchar(255) NOT NULL,
  `ticket_id` int(11) DEFAULT NULL,
  `requester` char(24) DEFAULT NULL,
  `lead` char(24) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `first_text` text NOT NULL,
  `status` int(11) DEFAULT 100,
  `preflight` tinyint(1) DEFAULT 0,
  `hasBot` tinyint(1) DEFAULT 0,
  `assignee` char(24) DEFAULT NULL,
  `participants` longtext,
  `priority` varchar(255) DEFAULT 'medium',
  `followers` longtext,
  `participantsAgents` longtext,
  `participantsBots` longtext,
  `department` char(24) DEFAULT NULL,
  `transcript` text,
  `first_response_at` datetime(3) DEFAULT NULL,
  `assigned_at` datetime(3) DEFAULT NULL,
  `waiting_time` bigint(20) DEFAULT NULL,
  `closed_at` datetime(3) DEFAULT NULL,
  `closed_by` varchar(255) DEFAULT NULL,
  `duration` bigint(20) DEFAULT NULL,
  `tags` longtext,
  `notes` longtext,
  `rating` int(11) DEFAULT NULL,
  `rating_message` text,
  `snapshot` longtext,
  `sourcePage` text,
  `language` varchar(255) DEFAULT NULL,
  `userAgent` varchar(255) DEFAULT NULL,
  `channel` longtext,
  `channelOutbound` longtext,
  `attributes` longtext,
  `location` longtext,
  `auto_close` int(11) DEFAULT NULL,
  `id_project` varchar(255) NOT NULL,
  `smartAssignment` tinyint(1) DEFAULT NULL,
  `workingStatus` varchar(255) DEFAULT NULL,
  `createdBy` varchar(255) NOT NULL,
  `draft` tinyint(1) DEFAULT NULL,
  `contact` longtext,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `request_id` (`request_id`),
  KEY `ticket_id` (`ticket_id`),
  KEY `preflight` (`preflight`),
  KEY `hasBot` (`hasBot`),
  KEY `priority` (`priority`),
  KEY `department` (`department`),
  KEY `auto_close` (`auto_close`),
  KEY `id_project` (`id_project`),
  KEY `smartAssignment` (`smartAssignment`),
  KEY `workingStatus` (`workingStatus`),
  KEY `draft` (`draft`),
  KEY `createdAt` (`createdAt`),
  KEY `updatedAt` (`updatedAt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `_id` char(24) NOT NULL,
  `sender` varchar(255) NOT NULL,
  `senderFullname` varchar(255) DEFAULT 'Guest',
  `recipient` varchar(255) NOT NULL,
  `recipientFullname` varchar(255) DEFAULT NULL,
  `type` varchar(255) NOT NULL DEFAULT 'text',
  `channel_type` varchar(255) NOT NULL DEFAULT 'group',
  `text` text,
  `language` varchar(255) DEFAULT NULL,
  `channel` longtext,
  `id_project` varchar(255) NOT NULL,
  `status` int(11) NOT NULL DEFAULT 200,
  `attributes` longtext,
  `metadata` longtext,
  `createdBy` varchar(255) NOT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `sender` (`sender`),
  KEY `recipient` (`recipient`),
  KEY `type` (`type`),
  KEY `channel_type` (`channel_type`),
  KEY `language` (`language`),
  KEY `id_project` (`id_project`),
  KEY `status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cannedresponses` (
  `_id` char(24) NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `text` text NOT NULL,
  `shared` tinyint(1) NOT NULL,
  `attributes` longtext,
  `id_project` varchar(255) NOT NULL,
  `createdBy` varchar(255) NOT NULL,
  `status` int(11) DEFAULT 100,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `title` (`title`),
  KEY `id_project` (`id_project`),
  KEY `status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `_id` char(24) NOT NULL,
  `tag` varchar(255) NOT NULL,
  `color` varchar(255) DEFAULT NULL,
  `attributes` longtext,
  `id_project` varchar(255) DEFAULT NULL,
  `createdBy` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `tag` (`tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segments` (
  `_id` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `match` varchar(255) DEFAULT 'all',
  `filters` longtext,
  `id_project` varchar(255) DEFAULT NULL,
  `status` int(11) DEFAULT 100,
  `createdBy` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `properties` (
  `_id` char(24) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT 'text',
  `status` int(11) DEFAULT 100,
  `createdBy` varchar(255) DEFAULT NULL,
  `id_project` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `faq_kbs` (
  `_id` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` text,
  `url` varchar(255) DEFAULT NULL,
  `webhook_url` varchar(255) DEFAULT NULL,
  `webhook_enabled` tinyint(1) DEFAULT 0,
  `id_project` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT 'internal',
  `subtype` varchar(255) DEFAULT NULL,
  `trashed` tinyint(1) DEFAULT NULL,
  `trashedAt` datetime(3) DEFAULT NULL,
  `secret` varchar(255) DEFAULT NULL,
  `language` varchar(255) DEFAULT 'en',
  `attributes` longtext,
  `createdBy` varchar(255) DEFAULT NULL,
  `public` tinyint(1) DEFAULT 0,
  `certified` tinyint(1) DEFAULT 0,
  `mainCategory` varchar(255) DEFAULT NULL,
  `intentsEngine` varchar(255) DEFAULT 'none',
  `tags` longtext,
  `score` int(11) DEFAULT 0,
  `publishedBy` char(24) DEFAULT NULL,
  `publishedAt` datetime(3) DEFAULT NULL,
  `trained` tinyint(1) DEFAULT 1,
  `short_description` varchar(255) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `certifiedTags` longtext,
  `agents_available` tinyint(1) DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `modified` tinyint(1) DEFAULT NULL,
  `root_id` varchar(255) DEFAULT NULL,
  `release_note` text,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `faqs` (
  `_id` char(24) NOT NULL,
  `id_faq_kb` varchar(255) DEFAULT NULL,
  `intent_id` varchar(255) DEFAULT NULL,
  `intent_display_name` varchar(255) DEFAULT NULL,
  `question` text,
  `webhook_enabled` tinyint(1) DEFAULT 0,
  `answer` text,
  `reply` longtext,
  `enabled` tinyint(1) DEFAULT 1,
  `id_project` varchar(255) DEFAULT NULL,
  `topic` varchar(255) DEFAULT 'default',
  `status` varchar(255) DEFAULT 'live',
  `language` varchar(255) DEFAULT NULL,
  `createdBy` varchar(255) DEFAULT NULL,
  `form` longtext,
  `actions` longtext,
  `attributes` longtext,
  `agents_available` tinyint(1) DEFAULT NULL,
  `trashed` tinyint(1) DEFAULT NULL,
  `trashedAt` datetime(3) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `triggers` (
  `_id` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` text,
  `delay` int(11) DEFAULT NULL,
  `trigger` longtext,
  `conditions` longtext,
  `actions` longtext,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `id_project` varchar(255) DEFAULT NULL,
  `code` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `version` int(11) DEFAULT NULL,
  `createdBy` varchar(255) DEFAULT NULL,
  `updatedBy` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `enabled` (`enabled`),
  KEY `id_project` (`id_project`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `_id` char(24) NOT NULL,
  `event` varchar(255) DEFAULT NULL,
  `target` varchar(255) DEFAULT NULL,
  `secret` varchar(255) DEFAULT NULL,
  `id_project` varchar(255) DEFAULT NULL,
  `global` tinyint(1) DEFAULT 0,
  `createdBy` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptionlogs` (
  `_id` char(24) NOT NULL,
  `event` varchar(255) DEFAULT NULL,
  `target` varchar(255) DEFAULT NULL,
  `response` text,
  `jsonRequest` longtext,
  `body` longtext,
  `err` text,
  `id_project` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `id_project` (`id_project`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities` (
  `_id` char(24) NOT NULL,
  `actor` longtext NOT NULL,
  `verb` varchar(255) NOT NULL,
  `actionObj` longtext,
  `target` longtext NOT NULL,
  `related` longtext,
  `involvedUserIds` longtext,
  `id_project` varchar(255) NOT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `verb` (`verb`),
  KEY `id_project` (`id_project`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flowlogs` (
  `_id` char(24) NOT NULL,
  `id_project` varchar(255) DEFAULT NULL,
  `request_id` varchar(255) DEFAULT NULL,
  `webhook_id` varchar(255) DEFAULT NULL,
  `shortExp` datetime(3) DEFAULT NULL,
  `longExp` datetime(3) DEFAULT NULL,
  `level` varchar(255) DEFAULT NULL,
  `rows` longtext,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transactions` (
  `_id` char(24) NOT NULL,
  `transaction_id` varchar(255) DEFAULT NULL,
  `id_project` varchar(255) DEFAULT NULL,
  `template_name` varchar(255) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `channel` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messagelogs` (
  `_id` char(24) NOT NULL,
  `id_project` varchar(255) DEFAULT NULL,
  `json_message` longtext,
  `transaction_id` varchar(255) DEFAULT NULL,
  `message_id` varchar(255) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `status_code` int(11) DEFAULT NULL,
  `error` text,
  `timestamp` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `openaikbs` (
  `_id` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `id_project` varchar(255) DEFAULT NULL,
  `gptkey` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `_id` char(24) NOT NULL,
  `id_project` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `value` longtext,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `_id` char(24) NOT NULL,
  `identifier` varchar(255) DEFAULT '1',
  `databaseSchemaVersion` int(11) DEFAULT NULL,
  `installationVersion` varchar(255) DEFAULT NULL,
  `createdAt` datetime(3) DEFAULT NULL,
  `updatedAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `identifier` (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
