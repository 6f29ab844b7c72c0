-- Contao 5.7.11 (PHP / Symfony CMS), github.com/contao/contao (the monorepo of contao/core-bundle and the bundled
-- calendar, comments, faq, listing, news and newsletter bundles), tag 5.7.11 = commit
-- 341edaafb1edddb50800e1f6281b5b4dd72ec7db (LGPL-3.0-or-later).
-- Contao keeps its schema in its Data Container Arrays: every field's 'sql' definition and each table's
-- config.sql.keys in `*/contao/dca/tl_*.php`. The tables below are what its installer (DcaSchemaProvider with
-- Doctrine DBAL, MariaDB platform) creates from them: the DCA files of core, calendar, comments, faq, listing, news
-- and newsletter bundles, loaded in that order (later bundles append fields to tl_member and tl_user); as in
-- DcaExtractor::getDbInstallerArray and DcaSchemaProvider::appendToSchema, the fields declared as Doctrine option
-- arrays come first and the fields declared as SQL strings follow, each group in DCA order; string definitions are
-- parsed as in DcaSchemaProvider::parseColumnSql (BINARY -> utf8mb4_bin, COLLATE kept); multi-column keys are named
-- with '_' as upstream does; a varchar index longer than InnoDB's 3072-byte prefix gets a prefix length as
-- getIndexLength computes it. Table options as Contao's defaults (InnoDB, utf8mb4, utf8mb4_unicode_ci, DYNAMIC).
-- The three tables that are not DCA-driven are written from their own upstream definitions: tl_trusted_device and
-- tl_cron_job from the Doctrine entities `core-bundle/src/Entity/TrustedDevice.php` and `CronJob.php` (default
-- naming strategy of the managed edition), rememberme_token from
-- `core-bundle/src/Migration/Version503/RememberMeMigration.php` (the table of Symfony's Doctrine remember-me token
-- provider that the managed edition's security.yaml enables). Contao declares no foreign keys.
-- Kept: 34 tables. Left out: the page-layout and content-configuration tables tl_page, tl_content, tl_module,
-- tl_layout, tl_form_field, tl_image_size, tl_image_size_item, tl_calendar_feed, and the entities tl_crawl_queue,
-- altcha_challenges and webauthn_credentials (passkeys; most of its columns come from the mapped parent class of the
-- web-auth library, not from Contao's code).

CREATE TABLE `tl_member` (
  `login` TINYINT(1) DEFAULT '0' NOT NULL,
  `assignDir` TINYINT(1) DEFAULT '0' NOT NULL,
  `disable` TINYINT(1) DEFAULT '0' NOT NULL,
  `useTwoFactor` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `firstname` VARCHAR(255) DEFAULT '' NOT NULL,
  `lastname` VARCHAR(255) DEFAULT '' NOT NULL,
  `dateOfBirth` VARCHAR(11) DEFAULT '' NOT NULL,
  `gender` VARCHAR(32) DEFAULT '' NOT NULL,
  `company` VARCHAR(255) DEFAULT '' NOT NULL,
  `street` VARCHAR(255) DEFAULT '' NOT NULL,
  `postal` VARCHAR(32) DEFAULT '' NOT NULL,
  `city` VARCHAR(255) DEFAULT '' NOT NULL,
  `state` VARCHAR(64) DEFAULT '' NOT NULL,
  `country` VARCHAR(6) DEFAULT '' NOT NULL,
  `phone` VARCHAR(64) DEFAULT '' NOT NULL,
  `mobile` VARCHAR(64) DEFAULT '' NOT NULL,
  `fax` VARCHAR(64) DEFAULT '' NOT NULL,
  `email` VARCHAR(255) DEFAULT '' NOT NULL,
  `website` VARCHAR(255) DEFAULT '' NOT NULL,
  `language` VARCHAR(64) DEFAULT '' NOT NULL,
  `groups` BLOB DEFAULT NULL,
  `username` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE `utf8mb4_bin` DEFAULT NULL,
  `password` VARCHAR(255) DEFAULT '' NOT NULL,
  `homeDir` BINARY(16) DEFAULT NULL,
  `start` VARCHAR(10) DEFAULT '' NOT NULL,
  `stop` VARCHAR(10) DEFAULT '' NOT NULL,
  `dateAdded` INT UNSIGNED DEFAULT '0' NOT NULL,
  `lastLogin` INT UNSIGNED DEFAULT '0' NOT NULL,
  `currentLogin` INT UNSIGNED DEFAULT '0' NOT NULL,
  `session` BLOB DEFAULT NULL,
  `secret` BINARY(128) DEFAULT NULL,
  `backupCodes` TEXT DEFAULT NULL,
  `trustedTokenVersion` INT UNSIGNED DEFAULT '0' NOT NULL,
  `newsletter` BLOB DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  UNIQUE INDEX `username` (`username`),
  INDEX `email` (`email`),
  INDEX `login_disable_start_stop` (`login`, `disable`, `start`, `stop`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_member_group` (
  `redirect` TINYINT(1) DEFAULT '0' NOT NULL,
  `disable` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `name` VARCHAR(255) DEFAULT '' NOT NULL,
  `jumpTo` INT UNSIGNED DEFAULT '0' NOT NULL,
  `start` VARCHAR(10) DEFAULT '' NOT NULL,
  `stop` VARCHAR(10) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  INDEX `disable_start_stop` (`disable`, `start`, `stop`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_user` (
  `showHelp` TINYINT(1) DEFAULT '1' NOT NULL,
  `thumbnails` TINYINT(1) DEFAULT '1' NOT NULL,
  `useRTE` TINYINT(1) DEFAULT '1' NOT NULL,
  `useCE` TINYINT(1) DEFAULT '1' NOT NULL,
  `doNotCollapse` TINYINT(1) DEFAULT '0' NOT NULL,
  `doNotHideMessages` TINYINT(1) DEFAULT '0' NOT NULL,
  `pwChange` TINYINT(1) DEFAULT '0' NOT NULL,
  `admin` TINYINT(1) DEFAULT '0' NOT NULL,
  `disable` TINYINT(1) DEFAULT '0' NOT NULL,
  `session` MEDIUMBLOB DEFAULT NULL,
  `useTwoFactor` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `username` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE `utf8mb4_bin` DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT '' NOT NULL,
  `email` VARCHAR(255) DEFAULT '' NOT NULL,
  `language` VARCHAR(64) DEFAULT '' NOT NULL,
  `backendTheme` VARCHAR(32) DEFAULT '' NOT NULL,
  `backendWidth` VARCHAR(6) DEFAULT '' NOT NULL,
  `uploader` VARCHAR(32) DEFAULT '' NOT NULL,
  `password` VARCHAR(255) DEFAULT '' NOT NULL,
  `groups` BLOB DEFAULT NULL,
  `inherit` VARCHAR(12) DEFAULT 'group' NOT NULL,
  `modules` BLOB DEFAULT NULL,
  `themes` BLOB DEFAULT NULL,
  `elements` BLOB DEFAULT NULL,
  `fields` BLOB DEFAULT NULL,
  `frontendModules` BLOB DEFAULT NULL,
  `pagemounts` BLOB DEFAULT NULL,
  `alpty` BLOB DEFAULT NULL,
  `filemounts` BLOB DEFAULT NULL,
  `fop` BLOB DEFAULT NULL,
  `imageSizes` BLOB DEFAULT NULL,
  `forms` BLOB DEFAULT NULL,
  `amg` BLOB DEFAULT NULL,
  `cud` BLOB DEFAULT NULL,
  `start` VARCHAR(10) DEFAULT '' NOT NULL,
  `stop` VARCHAR(10) DEFAULT '' NOT NULL,
  `dateAdded` INT UNSIGNED DEFAULT '0' NOT NULL,
  `secret` BINARY(128) DEFAULT NULL,
  `lastLogin` INT UNSIGNED DEFAULT '0' NOT NULL,
  `currentLogin` INT UNSIGNED DEFAULT '0' NOT NULL,
  `backupCodes` TEXT DEFAULT NULL,
  `trustedTokenVersion` INT UNSIGNED DEFAULT '0' NOT NULL,
  `calendars` BLOB DEFAULT NULL,
  `calendarfeeds` BLOB DEFAULT NULL,
  `faqs` BLOB DEFAULT NULL,
  `news` BLOB DEFAULT NULL,
  `newsletters` BLOB DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  UNIQUE INDEX `username` (`username`),
  INDEX `email` (`email`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_user_group` (
  `disable` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `name` VARCHAR(255) DEFAULT '' NOT NULL,
  `modules` BLOB DEFAULT NULL,
  `themes` BLOB DEFAULT NULL,
  `elements` BLOB DEFAULT NULL,
  `fields` BLOB DEFAULT NULL,
  `frontendModules` BLOB DEFAULT NULL,
  `pagemounts` BLOB DEFAULT NULL,
  `alpty` BLOB DEFAULT NULL,
  `filemounts` BLOB DEFAULT NULL,
  `fop` BLOB DEFAULT NULL,
  `imageSizes` BLOB DEFAULT NULL,
  `forms` BLOB DEFAULT NULL,
  `amg` BLOB DEFAULT NULL,
  `cud` BLOB DEFAULT NULL,
  `alexf` BLOB DEFAULT NULL,
  `start` VARCHAR(10) DEFAULT '' NOT NULL,
  `stop` VARCHAR(10) DEFAULT '' NOT NULL,
  `calendars` BLOB DEFAULT NULL,
  `calendarfeeds` BLOB DEFAULT NULL,
  `faqs` BLOB DEFAULT NULL,
  `news` BLOB DEFAULT NULL,
  `newsletters` BLOB DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_log` (
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `source` VARCHAR(32) DEFAULT '' NOT NULL,
  `action` VARCHAR(32) DEFAULT '' NOT NULL,
  `username` VARCHAR(64) DEFAULT '' NOT NULL,
  `text` TEXT DEFAULT NULL,
  `func` VARCHAR(255) DEFAULT '' NOT NULL,
  `browser` TEXT DEFAULT NULL,
  `uri` VARCHAR(2048) DEFAULT '' NOT NULL,
  `page` INT UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_comments` (
  `addReply` TINYINT(1) DEFAULT '0' NOT NULL,
  `published` TINYINT(1) DEFAULT '0' NOT NULL,
  `notified` TINYINT(1) DEFAULT '0' NOT NULL,
  `notifiedReply` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `source` VARCHAR(32) DEFAULT '' NOT NULL,
  `parent` INT UNSIGNED DEFAULT '0' NOT NULL,
  `date` VARCHAR(64) DEFAULT '' NOT NULL,
  `name` VARCHAR(64) DEFAULT '' NOT NULL,
  `email` VARCHAR(255) DEFAULT '' NOT NULL,
  `website` VARCHAR(128) DEFAULT '' NOT NULL,
  `member` INT UNSIGNED DEFAULT '0' NOT NULL,
  `comment` TEXT DEFAULT NULL,
  `author` INT UNSIGNED DEFAULT '0' NOT NULL,
  `reply` TEXT DEFAULT NULL,
  `ip` VARCHAR(64) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `published` (`published`),
  INDEX `source_parent_published` (`source`, `parent`, `published`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_comments_notify` (
  `active` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `source` VARCHAR(32) DEFAULT '' NOT NULL,
  `parent` INT UNSIGNED DEFAULT '0' NOT NULL,
  `name` VARCHAR(128) DEFAULT '' NOT NULL,
  `email` VARCHAR(255) DEFAULT '' NOT NULL,
  `url` VARCHAR(2048) CHARACTER SET ascii COLLATE `ascii_bin` DEFAULT '' NOT NULL,
  `addedOn` VARCHAR(10) DEFAULT '' NOT NULL,
  `tokenRemove` VARCHAR(32) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  INDEX `source_parent_active_email` (`source`, `parent`, `active`, `email`),
  INDEX `tokenRemove` (`tokenRemove`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_newsletter` (
  `addFile` TINYINT(1) DEFAULT '0' NOT NULL,
  `sendText` TINYINT(1) DEFAULT '0' NOT NULL,
  `externalImages` TINYINT(1) DEFAULT '0' NOT NULL,
  `sent` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `subject` VARCHAR(255) DEFAULT '' NOT NULL,
  `alias` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE `utf8mb4_bin` DEFAULT '' NOT NULL,
  `preheader` VARCHAR(255) DEFAULT '' NOT NULL,
  `content` MEDIUMTEXT DEFAULT NULL,
  `text` MEDIUMTEXT DEFAULT NULL,
  `files` BLOB DEFAULT NULL,
  `template` VARCHAR(64) DEFAULT '' NOT NULL,
  `mailerTransport` VARCHAR(255) DEFAULT '' NOT NULL,
  `sender` VARCHAR(255) DEFAULT '' NOT NULL,
  `senderName` VARCHAR(128) DEFAULT '' NOT NULL,
  `date` VARCHAR(10) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `pid` (`pid`),
  INDEX `tstamp` (`tstamp`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_newsletter_channel` (
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `title` VARCHAR(255) DEFAULT '' NOT NULL,
  `jumpTo` INT UNSIGNED DEFAULT '0' NOT NULL,
  `template` VARCHAR(32) DEFAULT '' NOT NULL,
  `mailerTransport` VARCHAR(255) DEFAULT '' NOT NULL,
  `sender` VARCHAR(255) DEFAULT '' NOT NULL,
  `senderName` VARCHAR(128) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_newsletter_recipients` (
  `email` VARCHAR(255) DEFAULT NULL,
  `active` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `addedOn` VARCHAR(10) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `pid_email` (`pid`, `email`),
  INDEX `tstamp` (`tstamp`),
  INDEX `email` (`email`),
  INDEX `active` (`active`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_newsletter_deny_list` (
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `hash` VARCHAR(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `pid_hash` (`pid`, `hash`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_opt_in` (
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `token` VARCHAR(24) DEFAULT '' NOT NULL,
  `createdOn` INT UNSIGNED DEFAULT '0' NOT NULL,
  `confirmedOn` INT UNSIGNED DEFAULT '0' NOT NULL,
  `removeOn` INT UNSIGNED DEFAULT '0' NOT NULL,
  `invalidatedThrough` VARCHAR(24) DEFAULT '' NOT NULL,
  `email` VARCHAR(255) DEFAULT '' NOT NULL,
  `emailSubject` VARCHAR(255) DEFAULT '' NOT NULL,
  `emailText` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  UNIQUE INDEX `token` (`token`),
  INDEX `removeOn_confirmedOn` (`removeOn`, `confirmedOn`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_opt_in_related` (
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `relTable` VARCHAR(64) DEFAULT NULL,
  `relId` INT UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `pid` (`pid`),
  INDEX `relTable_relId` (`relTable`, `relId`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_form` (
  `sendViaEmail` TINYINT(1) DEFAULT '0' NOT NULL,
  `skipEmpty` TINYINT(1) DEFAULT '0' NOT NULL,
  `storeValues` TINYINT(1) DEFAULT '0' NOT NULL,
  `novalidate` TINYINT(1) DEFAULT '0' NOT NULL,
  `ajax` TINYINT(1) DEFAULT '0' NOT NULL,
  `allowTags` TINYINT(1) DEFAULT '0' NOT NULL,
  `storeSession` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `title` VARCHAR(255) DEFAULT '' NOT NULL,
  `alias` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE `utf8mb4_bin` DEFAULT '' NOT NULL,
  `jumpTo` INT UNSIGNED DEFAULT '0' NOT NULL,
  `confirmation` TEXT DEFAULT NULL,
  `mailerTransport` VARCHAR(255) DEFAULT '' NOT NULL,
  `recipient` VARCHAR(1022) DEFAULT '' NOT NULL,
  `subject` VARCHAR(255) DEFAULT '' NOT NULL,
  `format` VARCHAR(12) DEFAULT 'raw' NOT NULL,
  `targetTable` VARCHAR(64) DEFAULT '' NOT NULL,
  `customTpl` VARCHAR(64) DEFAULT '' NOT NULL,
  `method` VARCHAR(12) DEFAULT 'POST' NOT NULL,
  `attributes` VARCHAR(255) DEFAULT '' NOT NULL,
  `formID` VARCHAR(64) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  INDEX `alias` (`alias`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_version` (
  `active` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `version` SMALLINT UNSIGNED DEFAULT '1' NOT NULL,
  `fromTable` VARCHAR(255) DEFAULT '' NOT NULL,
  `userid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `username` VARCHAR(64) DEFAULT NULL,
  `description` VARCHAR(255) DEFAULT '' NOT NULL,
  `editUrl` TEXT DEFAULT NULL,
  `data` MEDIUMBLOB DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `pid_fromTable_version` (`pid`, `fromTable`, `version`),
  INDEX `tstamp` (`tstamp`),
  INDEX `userid` (`userid`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_undo` (
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `fromTable` VARCHAR(255) DEFAULT '' NOT NULL,
  `query` TEXT DEFAULT NULL,
  `affectedRows` SMALLINT UNSIGNED DEFAULT '0' NOT NULL,
  `data` MEDIUMBLOB DEFAULT NULL,
  `preview` MEDIUMBLOB DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `pid` (`pid`),
  INDEX `tstamp` (`tstamp`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_favorites` (
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `sorting` INT UNSIGNED DEFAULT '0' NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `user` INT UNSIGNED DEFAULT '0' NOT NULL,
  `title` VARCHAR(255) DEFAULT '' NOT NULL,
  `url` VARCHAR(2048) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  INDEX `pid_user` (`pid`, `user`),
  INDEX `url` (`url`(768))
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_search` (
  `protected` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `title` TEXT DEFAULT NULL,
  `url` VARCHAR(2048) CHARACTER SET ascii COLLATE `ascii_bin` DEFAULT '' NOT NULL,
  `text` MEDIUMTEXT DEFAULT NULL,
  `filesize` DOUBLE PRECISION DEFAULT '0' NOT NULL,
  `checksum` VARCHAR(32) DEFAULT '' NOT NULL,
  `groups` BLOB DEFAULT NULL,
  `language` VARCHAR(5) DEFAULT '' NOT NULL,
  `vectorLength` DOUBLE PRECISION DEFAULT '0' NOT NULL,
  `meta` MEDIUMTEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  UNIQUE INDEX `url` (`url`(1024)),
  UNIQUE INDEX `pid_checksum` (`pid`, `checksum`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_search_index` (
  `pid` INT UNSIGNED NOT NULL,
  `termId` INT UNSIGNED NOT NULL,
  `relevance` SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (`termId`, `pid`),
  INDEX `pid` (`pid`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_search_term` (
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `term` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE `utf8mb4_bin` NOT NULL,
  `documentFrequency` INT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `term` (`term`),
  INDEX `documentFrequency` (`documentFrequency`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_files` (
  `found` TINYINT(1) DEFAULT '1' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` BINARY(16) DEFAULT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `uuid` BINARY(16) DEFAULT NULL,
  `type` VARCHAR(16) DEFAULT '' NOT NULL,
  `path` VARCHAR(1022) CHARACTER SET utf8mb4 COLLATE `utf8mb4_bin` DEFAULT '' NOT NULL,
  `extension` VARCHAR(16) CHARACTER SET utf8mb4 COLLATE `utf8mb4_bin` DEFAULT '' NOT NULL,
  `hash` VARCHAR(32) DEFAULT '' NOT NULL,
  `lastModified` INT UNSIGNED DEFAULT NULL,
  `name` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE `utf8mb4_bin` DEFAULT '' NOT NULL,
  `importantPartX` DOUBLE PRECISION UNSIGNED DEFAULT '0' NOT NULL,
  `importantPartY` DOUBLE PRECISION UNSIGNED DEFAULT '0' NOT NULL,
  `importantPartWidth` DOUBLE PRECISION UNSIGNED DEFAULT '0' NOT NULL,
  `importantPartHeight` DOUBLE PRECISION UNSIGNED DEFAULT '0' NOT NULL,
  `textTrackLanguage` VARCHAR(64) DEFAULT '' NOT NULL,
  `textTrackType` VARCHAR(12) DEFAULT NULL,
  `meta` BLOB DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `pid` (`pid`),
  INDEX `tstamp` (`tstamp`),
  UNIQUE INDEX `uuid` (`uuid`),
  INDEX `path` (`path`(768)),
  INDEX `extension` (`extension`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_article` (
  `showTeaser` TINYINT(1) DEFAULT '0' NOT NULL,
  `protected` TINYINT(1) DEFAULT '0' NOT NULL,
  `published` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `sorting` INT UNSIGNED DEFAULT '0' NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `title` VARCHAR(255) DEFAULT '' NOT NULL,
  `alias` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE `utf8mb4_bin` DEFAULT '' NOT NULL,
  `author` INT UNSIGNED DEFAULT '0' NOT NULL,
  `inColumn` VARCHAR(32) DEFAULT 'main' NOT NULL,
  `teaserCssID` VARCHAR(255) DEFAULT '' NOT NULL,
  `teaser` TEXT DEFAULT NULL,
  `printable` VARCHAR(255) DEFAULT '' NOT NULL,
  `customTpl` VARCHAR(64) DEFAULT '' NOT NULL,
  `groups` BLOB DEFAULT NULL,
  `cssID` VARCHAR(255) DEFAULT '' NOT NULL,
  `start` VARCHAR(10) DEFAULT '' NOT NULL,
  `stop` VARCHAR(10) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  INDEX `alias` (`alias`),
  INDEX `pid_published_inColumn_start_stop` (`pid`, `published`, `inColumn`, `start`, `stop`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_news` (
  `featured` TINYINT(1) DEFAULT '0' NOT NULL,
  `addImage` TINYINT(1) DEFAULT '0' NOT NULL,
  `overwriteMeta` TINYINT(1) DEFAULT '0' NOT NULL,
  `size` VARCHAR(255) CHARACTER SET ascii COLLATE `ascii_bin` DEFAULT '' NOT NULL,
  `fullsize` TINYINT(1) DEFAULT '0' NOT NULL,
  `addEnclosure` TINYINT(1) DEFAULT '0' NOT NULL,
  `target` TINYINT(1) DEFAULT '0' NOT NULL,
  `published` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `headline` VARCHAR(255) DEFAULT '' NOT NULL,
  `alias` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE `utf8mb4_bin` DEFAULT '' NOT NULL,
  `author` INT UNSIGNED DEFAULT '0' NOT NULL,
  `date` INT UNSIGNED DEFAULT '0' NOT NULL,
  `time` INT DEFAULT '0' NOT NULL,
  `pageTitle` VARCHAR(255) DEFAULT '' NOT NULL,
  `robots` VARCHAR(32) DEFAULT '' NOT NULL,
  `description` TEXT DEFAULT NULL,
  `canonicalLink` VARCHAR(2048) DEFAULT '' NOT NULL,
  `subheadline` VARCHAR(255) DEFAULT '' NOT NULL,
  `teaser` TEXT DEFAULT NULL,
  `singleSRC` BINARY(16) DEFAULT NULL,
  `alt` TEXT DEFAULT NULL,
  `imageTitle` TEXT DEFAULT NULL,
  `imageUrl` TEXT DEFAULT NULL,
  `caption` TEXT DEFAULT NULL,
  `floating` VARCHAR(12) DEFAULT 'above' NOT NULL,
  `enclosure` BLOB DEFAULT NULL,
  `source` VARCHAR(12) DEFAULT 'default' NOT NULL,
  `linkText` VARCHAR(255) DEFAULT '' NOT NULL,
  `jumpTo` INT UNSIGNED DEFAULT '0' NOT NULL,
  `articleId` INT UNSIGNED DEFAULT '0' NOT NULL,
  `url` VARCHAR(2048) DEFAULT '' NOT NULL,
  `cssClass` VARCHAR(255) DEFAULT '' NOT NULL,
  `searchIndexer` VARCHAR(32) DEFAULT '' NOT NULL,
  `start` VARCHAR(10) DEFAULT '' NOT NULL,
  `stop` VARCHAR(10) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  INDEX `alias` (`alias`),
  INDEX `pid_published_featured_start_stop` (`pid`, `published`, `featured`, `start`, `stop`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_news_archive` (
  `protected` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `title` VARCHAR(255) DEFAULT '' NOT NULL,
  `jumpTo` INT UNSIGNED DEFAULT '0' NOT NULL,
  `groups` BLOB DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  INDEX `jumpTo` (`jumpTo`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_calendar` (
  `protected` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `title` VARCHAR(255) DEFAULT '' NOT NULL,
  `jumpTo` INT UNSIGNED DEFAULT '0' NOT NULL,
  `groups` BLOB DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_calendar_events` (
  `featured` TINYINT(1) DEFAULT '0' NOT NULL,
  `addTime` TINYINT(1) DEFAULT '0' NOT NULL,
  `addImage` TINYINT(1) DEFAULT '0' NOT NULL,
  `overwriteMeta` TINYINT(1) DEFAULT '0' NOT NULL,
  `size` VARCHAR(255) CHARACTER SET ascii COLLATE `ascii_bin` DEFAULT '' NOT NULL,
  `fullsize` TINYINT(1) DEFAULT '0' NOT NULL,
  `recurring` TINYINT(1) DEFAULT '0' NOT NULL,
  `addEnclosure` TINYINT(1) DEFAULT '0' NOT NULL,
  `target` TINYINT(1) DEFAULT '0' NOT NULL,
  `published` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `title` VARCHAR(255) DEFAULT '' NOT NULL,
  `alias` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE `utf8mb4_bin` DEFAULT '' NOT NULL,
  `author` INT UNSIGNED DEFAULT '0' NOT NULL,
  `startTime` BIGINT DEFAULT NULL,
  `endTime` BIGINT DEFAULT NULL,
  `startDate` BIGINT DEFAULT NULL,
  `endDate` BIGINT DEFAULT NULL,
  `pageTitle` VARCHAR(255) DEFAULT '' NOT NULL,
  `robots` VARCHAR(32) DEFAULT '' NOT NULL,
  `description` TEXT DEFAULT NULL,
  `canonicalLink` VARCHAR(2048) DEFAULT '' NOT NULL,
  `location` VARCHAR(255) DEFAULT '' NOT NULL,
  `address` VARCHAR(255) DEFAULT '' NOT NULL,
  `teaser` TEXT DEFAULT NULL,
  `singleSRC` BINARY(16) DEFAULT NULL,
  `alt` TEXT DEFAULT NULL,
  `imageTitle` TEXT DEFAULT NULL,
  `imageUrl` TEXT DEFAULT NULL,
  `caption` TEXT DEFAULT NULL,
  `floating` VARCHAR(32) DEFAULT 'above' NOT NULL,
  `repeatEach` VARCHAR(64) DEFAULT '' NOT NULL,
  `repeatEnd` INT UNSIGNED DEFAULT '0' NOT NULL,
  `recurrences` SMALLINT UNSIGNED DEFAULT '0' NOT NULL,
  `enclosure` BLOB DEFAULT NULL,
  `source` VARCHAR(32) DEFAULT 'default' NOT NULL,
  `linkText` VARCHAR(255) DEFAULT '' NOT NULL,
  `jumpTo` INT UNSIGNED DEFAULT '0' NOT NULL,
  `articleId` INT UNSIGNED DEFAULT '0' NOT NULL,
  `url` VARCHAR(2048) DEFAULT '' NOT NULL,
  `cssClass` VARCHAR(255) DEFAULT '' NOT NULL,
  `searchIndexer` VARCHAR(32) DEFAULT '' NOT NULL,
  `start` VARCHAR(10) DEFAULT '' NOT NULL,
  `stop` VARCHAR(10) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  INDEX `alias` (`alias`),
  INDEX `pid_published_featured_start_stop` (`pid`, `published`, `featured`, `start`, `stop`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_faq` (
  `addImage` TINYINT(1) DEFAULT '0' NOT NULL,
  `overwriteMeta` TINYINT(1) DEFAULT '0' NOT NULL,
  `size` VARCHAR(255) CHARACTER SET ascii COLLATE `ascii_bin` DEFAULT '' NOT NULL,
  `fullsize` TINYINT(1) DEFAULT '0' NOT NULL,
  `addEnclosure` TINYINT(1) DEFAULT '0' NOT NULL,
  `published` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `sorting` INT UNSIGNED DEFAULT '0' NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `question` VARCHAR(255) DEFAULT '' NOT NULL,
  `alias` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE `utf8mb4_bin` DEFAULT '' NOT NULL,
  `author` INT UNSIGNED DEFAULT '0' NOT NULL,
  `answer` TEXT DEFAULT NULL,
  `pageTitle` VARCHAR(255) DEFAULT '' NOT NULL,
  `robots` VARCHAR(32) DEFAULT '' NOT NULL,
  `description` TEXT DEFAULT NULL,
  `singleSRC` BINARY(16) DEFAULT NULL,
  `alt` TEXT DEFAULT NULL,
  `imageTitle` TEXT DEFAULT NULL,
  `imageUrl` TEXT DEFAULT NULL,
  `caption` TEXT DEFAULT NULL,
  `floating` VARCHAR(12) DEFAULT 'above' NOT NULL,
  `enclosure` BLOB DEFAULT NULL,
  `searchIndexer` VARCHAR(32) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `pid_published` (`pid`, `published`),
  INDEX `tstamp` (`tstamp`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_faq_category` (
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `title` VARCHAR(255) DEFAULT '' NOT NULL,
  `headline` VARCHAR(255) DEFAULT '' NOT NULL,
  `jumpTo` INT UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  INDEX `jumpTo` (`jumpTo`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_preview_link` (
  `showUnpublished` TINYINT(1) DEFAULT '0' NOT NULL,
  `restrictToUrl` TINYINT(1) DEFAULT '1' NOT NULL,
  `published` TINYINT(1) DEFAULT '0' NOT NULL,
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `url` VARCHAR(2048) DEFAULT '' NOT NULL,
  `createdAt` INT UNSIGNED DEFAULT '0' NOT NULL,
  `expiresAt` INT UNSIGNED DEFAULT '0' NOT NULL,
  `createdBy` INT UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`),
  INDEX `id_published_expiresAt` (`id`, `published`, `expiresAt`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_job` (
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `uuid` VARCHAR(36) DEFAULT '' NOT NULL,
  `pid` INT UNSIGNED DEFAULT '0' NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `createdAt` INT UNSIGNED DEFAULT '0' NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `owner` INT UNSIGNED DEFAULT '0' NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `public` TINYINT(1) DEFAULT '0' NOT NULL,
  `jobData` LONGTEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `uuid` (`uuid`),
  INDEX `createdAt` (`createdAt`),
  INDEX `pid_owner_public_status_tstamp` (`pid`, `owner`, `public`, `status`, `tstamp`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_theme` (
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `tstamp` INT UNSIGNED DEFAULT '0' NOT NULL,
  `name` VARCHAR(128) DEFAULT '' NOT NULL,
  `author` VARCHAR(128) DEFAULT '' NOT NULL,
  `folders` BLOB DEFAULT NULL,
  `screenshot` BINARY(16) DEFAULT NULL,
  `templates` VARCHAR(255) DEFAULT '' NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `tstamp` (`tstamp`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_trusted_device` (
  `id` INT AUTO_INCREMENT NOT NULL,
  `created` DATETIME NOT NULL,
  `userClass` VARCHAR(255) DEFAULT NULL,
  `userId` INT DEFAULT NULL,
  `user_agent` LONGTEXT DEFAULT NULL,
  `ua_family` VARCHAR(255) DEFAULT NULL,
  `os_family` VARCHAR(255) DEFAULT NULL,
  `device_family` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `tl_cron_job` (
  `id` INT UNSIGNED AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `lastRun` DATETIME NOT NULL,
  INDEX `name` (`name`),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;

CREATE TABLE `rememberme_token` (
  `series` VARCHAR(88) NOT NULL,
  `value` VARCHAR(88) NOT NULL,
  `lastUsed` DATETIME NOT NULL,
  `class` VARCHAR(100) NOT NULL,
  `username` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`series`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB ROW_FORMAT = DYNAMIC;
