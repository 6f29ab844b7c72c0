-- CommaFeed (self-hosted Google Reader-inspired RSS reader; Java, Quarkus + Hibernate) — the Liquibase changelog
-- commafeed-server/src/main/resources/migrations.xml and its 27 changelogs/db.changelog-*.xml,
-- github.com/Athou/commafeed commit 689c20d3672dce9e6bc40f64f737b38a66db2aa0 (Apache-2.0).
-- The changelogs were replayed in order into a scratch MariaDB database by a small script that evaluates the changesets'
-- preconditions (14 changesets MARK_RAN on a fresh database) and runs their structural changes (createTable with the MySQL
-- modifySql ENGINE/CHARACTER SET append, addColumn, dropColumn, renameColumn, modifyDataType, addNotNullConstraint, addPrimaryKey,
-- addForeignKeyConstraint, createIndex, dropIndex, dropTable); data changes (sql, update, delete) were skipped. Types as Liquibase
-- writes them for MySQL/MariaDB: BOOLEAN -> BIT(1), CLOB -> LONGTEXT, ${blob_type}=blob -> LONGBLOB; ${timestamp_type}=timestamp
-- written as DATETIME. modifyDataType and renameColumn are MODIFY / CHANGE statements, as on MySQL. The tables were then read back
-- with SHOW CREATE TABLE (columns in MariaDB's final order, upstream's constraint and index names) and ordered so that referenced
-- tables come first. Liquibase's own DATABASECHANGELOG / DATABASECHANGELOGLOCK tables are not in upstream's files and were left
-- out; no application table left out (APPLICATIONSETTINGS and FEED_FEEDENTRIES are dropped by the changelogs themselves).
CREATE TABLE `USERS` (
  `id` bigint(20) NOT NULL,
  `disabled` bit(1) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `name` varchar(32) NOT NULL,
  `password` longblob NOT NULL,
  `salt` longblob NOT NULL,
  `lastLogin` datetime DEFAULT NULL,
  `apiKey` varchar(40) DEFAULT NULL,
  `recoverPasswordToken` varchar(40) DEFAULT NULL,
  `recoverPasswordTokenDate` datetime DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `lastForceRefresh` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username_index` (`name`),
  UNIQUE KEY `useremail_index` (`email`),
  KEY `lastlogin_index` (`lastLogin`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `USERROLES` (
  `id` bigint(20) NOT NULL,
  `roleName` varchar(255) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FKBB5E59B26D690261` (`user_id`),
  CONSTRAINT `FKBB5E59B26D690261` FOREIGN KEY (`user_id`) REFERENCES `USERS` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `USERSETTINGS` (
  `id` bigint(20) NOT NULL,
  `customCss` longtext DEFAULT NULL,
  `readingMode` varchar(255) NOT NULL,
  `readingOrder` varchar(255) NOT NULL,
  `showRead` bit(1) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `scrollMarks` bit(1) NOT NULL,
  `user_lang` varchar(4) DEFAULT NULL,
  `scroll_speed` bigint(20) DEFAULT NULL,
  `email` bit(1) DEFAULT NULL,
  `gmail` bit(1) DEFAULT NULL,
  `facebook` bit(1) DEFAULT NULL,
  `twitter` bit(1) DEFAULT NULL,
  `tumblr` bit(1) DEFAULT NULL,
  `instapaper` bit(1) DEFAULT NULL,
  `buffer` bit(1) DEFAULT NULL,
  `customJs` longtext DEFAULT NULL,
  `markAllAsReadConfirmation` bit(1) NOT NULL DEFAULT b'1',
  `customContextMenu` bit(1) NOT NULL DEFAULT b'1',
  `mobileFooter` bit(1) NOT NULL DEFAULT b'0',
  `scrollMode` varchar(32) NOT NULL,
  `starIconDisplayMode` varchar(32) NOT NULL,
  `externalLinkIconDisplayMode` varchar(32) NOT NULL,
  `unreadCountTitle` bit(1) NOT NULL,
  `unreadCountFavicon` bit(1) NOT NULL,
  `entriesToKeepOnTopWhenScrolling` int(11) NOT NULL,
  `primary_color` varchar(32) DEFAULT NULL,
  `markAllAsReadNavigateToNextUnread` bit(1) NOT NULL,
  `disablePullToRefresh` bit(1) NOT NULL,
  `push_notification_type` varchar(16) DEFAULT NULL,
  `push_notification_server_url` varchar(1024) DEFAULT NULL,
  `push_notification_user_id` varchar(512) DEFAULT NULL,
  `push_notification_user_secret` varchar(512) DEFAULT NULL,
  `push_notification_topic` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_index` (`user_id`),
  CONSTRAINT `FKAE0194EE6D690261` FOREIGN KEY (`user_id`) REFERENCES `USERS` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FEEDS` (
  `id` bigint(20) NOT NULL,
  `disabledUntil` datetime DEFAULT NULL,
  `errorCount` int(11) NOT NULL,
  `lastUpdated` datetime DEFAULT NULL,
  `link` longtext DEFAULT NULL,
  `message` longtext DEFAULT NULL,
  `url` longtext NOT NULL,
  `etagHeader` varchar(255) DEFAULT NULL,
  `lastModifiedHeader` varchar(64) DEFAULT NULL,
  `lastPublishedDate` datetime DEFAULT NULL,
  `lastContentHash` varchar(40) DEFAULT NULL,
  `averageEntryInterval` bigint(20) DEFAULT NULL,
  `lastEntryDate` datetime DEFAULT NULL,
  `normalizedUrl` varchar(2048) DEFAULT NULL,
  `normalizedUrlHash` varchar(40) DEFAULT NULL,
  `url_after_redirect` varchar(2048) DEFAULT NULL,
  `icon_url` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `disableduntil_index` (`disabledUntil`),
  KEY `norm_url_hash_index` (`normalizedUrlHash`),
  KEY `last_content_hash_index` (`lastContentHash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FEEDCATEGORIES` (
  `id` bigint(20) NOT NULL,
  `collapsed` bit(1) NOT NULL,
  `name` varchar(128) NOT NULL,
  `parent_id` bigint(20) DEFAULT NULL,
  `user_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FK15C8223AD60EB13` (`parent_id`),
  KEY `FK15C8223A6D690261` (`user_id`),
  CONSTRAINT `FK15C8223A6D690261` FOREIGN KEY (`user_id`) REFERENCES `USERS` (`id`),
  CONSTRAINT `FK15C8223AD60EB13` FOREIGN KEY (`parent_id`) REFERENCES `FEEDCATEGORIES` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FEEDSUBSCRIPTIONS` (
  `id` bigint(20) NOT NULL,
  `title` varchar(128) NOT NULL,
  `category_id` bigint(20) DEFAULT NULL,
  `feed_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `filtering_expression` varchar(4096) DEFAULT NULL,
  `filtering_expression_legacy` varchar(4096) DEFAULT NULL,
  `push_notifications_enabled` bit(1) NOT NULL,
  `auto_mark_as_read_after_days` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK420395F8EDA2E63F` (`category_id`),
  KEY `FK420395F83BFA4D81` (`feed_id`),
  KEY `FK420395F86D690261` (`user_id`),
  KEY `feedsubscriptions_automark_index` (`auto_mark_as_read_after_days`),
  CONSTRAINT `FK420395F83BFA4D81` FOREIGN KEY (`feed_id`) REFERENCES `FEEDS` (`id`),
  CONSTRAINT `FK420395F86D690261` FOREIGN KEY (`user_id`) REFERENCES `USERS` (`id`),
  CONSTRAINT `FK420395F8EDA2E63F` FOREIGN KEY (`category_id`) REFERENCES `FEEDCATEGORIES` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FEEDENTRYCONTENTS` (
  `id` bigint(20) NOT NULL,
  `content` longtext DEFAULT NULL,
  `enclosureType` varchar(255) DEFAULT NULL,
  `enclosureUrl` varchar(2048) DEFAULT NULL,
  `title` varchar(2048) DEFAULT NULL,
  `author` varchar(128) DEFAULT NULL,
  `contentHash` varchar(40) DEFAULT NULL,
  `titleHash` varchar(40) DEFAULT NULL,
  `categories` varchar(4096) DEFAULT NULL,
  `mediaDescription` longtext DEFAULT NULL,
  `mediaThumbnailUrl` varchar(2048) DEFAULT NULL,
  `mediaThumbnailWidth` int(11) DEFAULT NULL,
  `mediaThumbnailHeight` int(11) DEFAULT NULL,
  `direction` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `content_title_index` (`contentHash`,`titleHash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FEEDENTRIES` (
  `id` bigint(20) NOT NULL,
  `guid` varchar(2048) NOT NULL,
  `guidHash` varchar(40) NOT NULL,
  `inserted` datetime DEFAULT NULL,
  `updated` datetime DEFAULT NULL,
  `url` varchar(2048) DEFAULT NULL,
  `content_id` bigint(20) NOT NULL,
  `feed_id` bigint(20) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `FKE8844512A0FBD10D` (`content_id`),
  KEY `feed_updated_index` (`feed_id`,`updated`),
  KEY `guidHash_feed_index` (`guidHash`,`feed_id`),
  CONSTRAINT `FKE8844512A0FBD10D` FOREIGN KEY (`content_id`) REFERENCES `FEEDENTRYCONTENTS` (`id`),
  CONSTRAINT `fk_feed_id` FOREIGN KEY (`feed_id`) REFERENCES `FEEDS` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FEEDENTRYSTATUSES` (
  `id` bigint(20) NOT NULL,
  `read_status` bit(1) DEFAULT NULL,
  `starred` bit(1) NOT NULL,
  `entry_id` bigint(20) NOT NULL,
  `subscription_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL DEFAULT 1,
  `entryInserted` datetime DEFAULT NULL,
  `entryUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entry_subscription_id` (`entry_id`,`subscription_id`),
  KEY `user_starred_updated` (`user_id`,`starred`,`entryUpdated`),
  KEY `sub_index` (`subscription_id`),
  KEY `insterted_starred_index` (`entryInserted`,`starred`),
  CONSTRAINT `FKD6DCE994E181535F` FOREIGN KEY (`subscription_id`) REFERENCES `FEEDSUBSCRIPTIONS` (`id`),
  CONSTRAINT `FKD6DCE994F46A5555` FOREIGN KEY (`entry_id`) REFERENCES `FEEDENTRIES` (`id`),
  CONSTRAINT `fk_feedentrystatuses_user` FOREIGN KEY (`user_id`) REFERENCES `USERS` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FEEDENTRYTAGS` (
  `id` bigint(20) NOT NULL,
  `entry_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `name` varchar(40) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_entry_id` (`entry_id`),
  KEY `user_entry_name_index` (`user_id`,`entry_id`,`name`),
  CONSTRAINT `fk_entry_id` FOREIGN KEY (`entry_id`) REFERENCES `FEEDENTRIES` (`id`),
  CONSTRAINT `fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `USERS` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `hibernate_sequences` (
  `sequence_name` varchar(255) DEFAULT NULL,
  `sequence_next_hi_value` bigint(20) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
