-- InternetArchiveBot (IABot): see iabot.md for how this DDL was made.

CREATE TABLE `externallinks_paywall` (
  `paywall_id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(255) NOT NULL,
  `paywall_status` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`paywall_id`),
  UNIQUE INDEX `domain_UNIQUE` (`domain`),
  INDEX `PAYWALLSTATUS` (`paywall_status`));

CREATE TABLE `externallinks_global` (
  `url_id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `paywall_id` INT UNSIGNED NOT NULL,
  `url` VARCHAR(767) NOT NULL,
  `archive_url` BLOB NULL,
  `has_archive` TINYINT UNSIGNED NOT NULL DEFAULT '0',
  `live_state` TINYINT UNSIGNED NOT NULL DEFAULT '4',
  `last_deadCheck` TIMESTAMP NULL,
  `archivable` TINYINT UNSIGNED NOT NULL DEFAULT '1',
  `archived` TINYINT UNSIGNED NOT NULL DEFAULT '2',
  `archive_failure` BLOB NULL DEFAULT NULL,
  `access_time` TIMESTAMP NULL,
  `archive_time` TIMESTAMP NULL DEFAULT NULL,
  `reviewed` TINYINT UNSIGNED NOT NULL DEFAULT '0',
  PRIMARY KEY (`url_id`),
  UNIQUE INDEX `url_UNIQUE` (`url`),
  INDEX `LIVE_STATE` (`live_state`),
  INDEX `LAST_DEADCHECK` (`last_deadCheck`),
  CONSTRAINT PAYWALLID FOREIGN KEY (paywall_id) REFERENCES externallinks_paywall (paywall_id) ON UPDATE cascade ON DELETE cascade,
  INDEX `REVIEWED` (`reviewed`),
  INDEX `HASARCHIVE` (`has_archive`),
  INDEX `ISARCHIVED` (`archived`),
  INDEX `APIINDEX1` (`url_id`, `live_state`, `paywall_id`),
  INDEX `APIINDEX2` (`url_id`, `live_state`, `paywall_id`, `archived`),
  INDEX `APIINDEX3` (`url_id`, `live_state`, `paywall_id`, `reviewed`),
  INDEX `APIINDEX4` (`url_id`, `live_state`, `archived`),
  INDEX `APIINDEX5` (`url_id`, `live_state`, `reviewed`),
  INDEX `APIINDEX6` (`url_id`, `archived`, `reviewed`),
  INDEX `APIINDEX7` (`url_id`, `has_archive`, `paywall_id`),
  INDEX `APIINDEX8` (`url_id`, `paywall_id`, `archived`),
  INDEX `APIINDEX9` (`url_id`, `paywall_id`, `reviewed`),
  INDEX `APIINDEX10` (`url_id`, `has_archive`, `live_state`, `paywall_id`, `archived`, `reviewed`),
  INDEX `APIINDEX11` (`url_id`, `has_archive`, `archived`, `reviewed`),
  INDEX `APIINDEX12` (`url_id`, `has_archive`, `live_state`, `paywall_id`),
  INDEX `APIINDEX13` (`url_id`, `has_archive`, `live_state`),
  INDEX `APIINDEX14` (`url_id`, `has_archive`, `live_state`, `paywall_id`, `reviewed`),
  INDEX `APIINDEX15` (`url_id`, `has_archive`, `live_state`, `reviewed`),
  INDEX `APIINDEX16` (`url_id`, `has_archive`, `paywall_id`, `reviewed`));

CREATE TABLE `externallinks_enwiki` (
  `pageid` BIGINT UNSIGNED NOT NULL,
  `url_id` BIGINT UNSIGNED NOT NULL,
  `notified` TINYINT UNSIGNED NOT NULL DEFAULT '0',
  PRIMARY KEY (`pageid`, `url_id`),
  CONSTRAINT URLID_enwiki FOREIGN KEY (url_id) REFERENCES externallinks_global (url_id) ON UPDATE CASCADE ON DELETE CASCADE);

CREATE TABLE `externallinks_archives` (
  `form_id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `short_form_url` VARCHAR(767) NOT NULL,
  `normalized_url` BLOB NOT NULL,
  PRIMARY KEY (`form_id`),
  UNIQUE INDEX `short_url_UNIQUE` (`short_form_url`));

CREATE TABLE `externallinks_scan_log` (
  `scan_id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `url_id` BIGINT UNSIGNED NOT NULL,
  `scan_time` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `scanned_dead` TINYINT(1) NOT NULL,
  `host_machine` VARCHAR(100) NOT NULL,
  `external_ip` VARCHAR(39) NOT NULL,
  `reported_code` INT(4) NOT NULL,
  `reported_error` VARCHAR(255) NULL,
  `request_data` BLOB NOT NULL,
  PRIMARY KEY (`scan_id`),
  CONSTRAINT URLID_scan_log FOREIGN KEY (url_id) REFERENCES externallinks_global (url_id) ON UPDATE CASCADE ON DELETE CASCADE,
  INDEX `RESULT` (`scanned_dead`),
  INDEX `HOST` (`host_machine`),
  INDEX `IP` (`external_ip`),
  INDEX `TIMESTAMP` (`scan_time`),
  INDEX `STATUSCODE` (`reported_code`),
  INDEX `ERROR` (`reported_error`));

CREATE TABLE `externallinks_checkpoints` (
  `checkpoint_id` INT(6) NOT NULL AUTO_INCREMENT,
  `unique_id` VARCHAR(15),
  `wiki` VARCHAR(45) NOT NULL,
  `checkpoint` BLOB NOT NULL,
  `c` BLOB NOT NULL,
  `stats` BLOB NOT NULL,
  `run_start` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `next_run` TIMESTAMP NOT NULL DEFAULT (CURRENT_TIMESTAMP + INTERVAL FLOOR(RAND() * 72) HOUR),
  `run_state` INT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`checkpoint_id`),
  UNIQUE INDEX `WIKIWORKER` (`wiki`, `unique_id`)
  );

CREATE TABLE `externallinks_availability_requests` (
  `request_id` BIGINT NOT NULL AUTO_INCREMENT,
  `payload` BLOB NOT NULL,
  `request_status` TINYINT(1) NOT NULL DEFAULT 0,
  `request_timestamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `request_update` TIMESTAMP NULL,
  `response_data` BLOB NULL,
  PRIMARY KEY (`request_id`),
  INDEX `STATUS` (`request_status`),
  INDEX `REQUESTTIME` (`request_timestamp`),
  INDEX `REQUESTUPDATE` (`request_update`));

CREATE TABLE `readable_enwiki` (
  `entry_id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `pageid` BIGINT NOT NULL,
  `type` ENUM ('isbn', 'arxiv', 'doi', 'pmid', 'pmc') NOT NULL,
  `identifier` VARCHAR(128) NOT NULL,
  `reference_type` ENUM ('magic', 'template', 'cite') NOT NULL,
  `instances_found` INT NOT NULL,
  `instances_linked` INT DEFAULT 0 NOT NULL,
  `instances_not_linked` INT DEFAULT 0 NOT NULL,
  `instances_google` INT DEFAULT 0 NOT NULL,
  `instances_whitelist` INT DEFAULT 0 NOT NULL,
  `instances_not_linked_with_pages` INT DEFAULT 0 NOT NULL,
  `instances_with_pages` INT DEFAULT 0 NOT NULL,
  PRIMARY KEY (`entry_id`),
  UNIQUE INDEX `UNIQUE` (pageid, type, identifier, reference_type),
  INDEX `Identifier` (`identifier`),
  INDEX `InstanceCount` (`instances_found`),
  INDEX `PageID` (`pageid`),
  INDEX `ReferenceType` (`reference_type`),
  INDEX `Type` (`type`),
  INDEX `instances_linked_index` (`instances_linked`),
  INDEX `instances_not_linked_index` (`instances_not_linked`),
  INDEX `instances_google_index` (`instances_google`),
  INDEX `instances_whitelist_index` (`instances_whitelist`));

CREATE TABLE `books_global` (
  `book_id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `license` BLOB NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  `title` VARBINARY(700) NOT NULL,
  `page_count` INT NOT NULL,
  `creator` VARBINARY(400) NULL,
  `publisher` VARBINARY(400) NULL,
  `language` VARCHAR(60) NULL,
  `volume` VARCHAR(10) NULL,
  `conflated` TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`book_id`),
  UNIQUE INDEX `IDENT` (identifier),
  INDEX `CONFLATED` (`conflated`),
  INDEX `CREATOR` (`creator`),
  INDEX `LANG` (`language`),
  INDEX `PAGES` (`page_count`),
  INDEX `PUBLISHER` (`publisher`),
  INDEX `TITLE` (`title`));

CREATE TABLE `books_isbn` (
  `book_id` BIGINT UNSIGNED NOT NULL,
  `isbn` VARCHAR(13) NOT NULL,
  `duped` TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY (book_id, isbn),
  INDEX `DUP` (`duped`),
  CONSTRAINT ID_isbn FOREIGN KEY (book_id) REFERENCES books_global (book_id) ON UPDATE CASCADE ON DELETE CASCADE,
  INDEX `ISBN` (`isbn`));

CREATE TABLE `books_collection_members` (
  `book_id` BIGINT UNSIGNED NOT NULL,
  `collection` VARBINARY(700) NOT NULL,
  PRIMARY KEY (book_id, collection),
  INDEX `COLLECTION` (`collection`),
  CONSTRAINT ID_collection_members FOREIGN KEY (book_id) REFERENCES books_global (book_id) ON UPDATE CASCADE ON DELETE CASCADE);

CREATE TABLE `books_runs` (
  `group` VARCHAR(4) NOT NULL,
  `object` VARBINARY(700) NOT NULL,
  `last_run` TIMESTAMP NULL,
  `last_indexing` TIMESTAMP NULL,
  PRIMARY KEY (`group`, `object`));

CREATE TABLE `books_whitelist` (
  `whitelist_id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `url_fragment` varchar(255) NOT NULL,
  `description` varbinary(255) NOT NULL,
  UNIQUE INDEX `fragment` (`url_fragment`));

CREATE TABLE `books_recommended_articles` (
  `wiki` VARCHAR(45) NOT NULL,
  `pageid` BIGINT NOT NULL,
  `potential_links` INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`wiki`, `pageid`),
  INDEX `COUNT` (`potential_links`));

CREATE TABLE `externallinks_log` (
  `log_id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `wiki` VARCHAR(45) NOT NULL,
  `worker_id` VARCHAR(255) NULL DEFAULT NULL,
  `run_start` TIMESTAMP NOT NULL,
  `run_end` TIMESTAMP NOT NULL,
  `pages_analyzed` INT UNSIGNED NOT NULL,
  `pages_modified` INT UNSIGNED NOT NULL,
  `sources_analyzed` BIGINT(12) UNSIGNED NOT NULL,
  `sources_rescued` INT UNSIGNED NOT NULL,
  `sources_tagged` INT UNSIGNED NOT NULL,
  `sources_archived` BIGINT(12) UNSIGNED NOT NULL,
  `sources_wayback` INT UNSIGNED NOT NULL DEFAULT 0,
  `sources_other` INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`log_id`),
  INDEX `WIKI` (`wiki`),
  INDEX `RUNLENGTH` (`run_end`, `run_start`),
  INDEX `PANALYZED` (`pages_analyzed`),
  INDEX `PMODIFIED` (`pages_modified`),
  INDEX `SANALYZED` (`sources_analyzed`),
  INDEX `SRESCUED` (`sources_rescued`),
  INDEX `STAGGED` (`sources_tagged`),
  INDEX `SARCHIVED` (`sources_archived`),
  INDEX `SWAYBACK` (`sources_wayback`),
  INDEX `SOTHER` (`sources_other`))
  AUTO_INCREMENT = 0;

CREATE TABLE `externallinks_editfaillog` (
  `log_id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `wiki` VARCHAR(255) NOT NULL,
  `worker_id` VARCHAR(255) NULL,
  `timestamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `page_title` VARCHAR(255) NOT NULL,
  `attempted_text` BLOB NOT NULL,
  `failure_reason` VARCHAR(1000) NOT NULL,
  PRIMARY KEY (`log_id`),
  INDEX `WIKI` (`wiki`),
  INDEX `WORKERID` (`worker_id`),
  INDEX `TIMESTAMP` (`timestamp`),
  INDEX `REASON` (`failure_reason`),
  INDEX `PAGETITLE` (`page_title`));

CREATE TABLE `externallinks_statistics` (
  `stat_id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `stat_wiki` VARCHAR(45) NOT NULL,
  `stat_timestamp` TIMESTAMP DEFAULT CURRENT_DATE NOT NULL,
  `stat_year` INT(4) DEFAULT YEAR(CURRENT_DATE) NOT NULL,
  `stat_month` INT(2) DEFAULT MONTH(CURRENT_DATE) NOT NULL,
  `stat_day` INT(2) DEFAULT DAY(CURRENT_DATE ) NOT NULL,
  `stat_key` VARCHAR(45) NOT NULL,
  `stat_value` BIGINT DEFAULT 0 NOT NULL,
  PRIMARY KEY (`stat_id`),
  UNIQUE INDEX `ENTRIES` (`stat_wiki`, `stat_timestamp`, `stat_key`),
  INDEX `STATDAY` (`stat_day`),
  INDEX `STATKEYS` (`stat_key`),
  INDEX `STATMONTH` (`stat_month`),
  INDEX `STATS` (`stat_value`),
  INDEX `STATTIMES` (`stat_timestamp`),
  INDEX `STATYEAR` (`stat_year`))
  AUTO_INCREMENT = 0;

CREATE TABLE `externallinks_configuration` (
  `config_id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `config_type` VARCHAR(45) NOT NULL,
  `config_key` VARBINARY(255) NOT NULL,
  `config_wiki` VARCHAR(45) NOT NULL,
  `config_data` BLOB NOT NULL,
  PRIMARY KEY (`config_id`),
  UNIQUE INDEX `unique_CONFIG` (`config_wiki`, `config_type`, `config_key`),
  INDEX `TYPE` (`config_type`),
  INDEX `WIKI` (`config_wiki`),
  INDEX `KEY` (`config_key`));

CREATE TABLE `externallinks_userpreferences` (
  `user_link_id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_email` BLOB NULL,
  `user_email_confirmed` TINYINT(1) NOT NULL DEFAULT 0,
  `user_email_confirm_hash` VARCHAR(32) NULL,
  `user_email_fpreport` TINYINT(1) NOT NULL DEFAULT 0,
  `user_email_runpage_status_global` TINYINT(1) NOT NULL DEFAULT 0,
  `user_email_blockstatus` TINYINT(1) NOT NULL DEFAULT 1,
  `user_email_permissions` TINYINT(1) NOT NULL DEFAULT 1,
  `user_email_fpreportstatusfixed` TINYINT(1) NOT NULL DEFAULT 1,
  `user_email_fpreportstatusdeclined` TINYINT(1) NOT NULL DEFAULT 1,
  `user_email_fpreportstatusopened` TINYINT(1) NOT NULL DEFAULT 1,
  `user_email_bqstatuscomplete` TINYINT(1) NOT NULL DEFAULT 1,
  `user_email_bqstatuskilled` TINYINT(1) NOT NULL DEFAULT 1,
  `user_email_bqstatussuspended` TINYINT(1) NOT NULL DEFAULT 1,
  `user_email_bqstatusresume` TINYINT(1) NOT NULL DEFAULT 1,
  `user_new_tab_one_tab` TINYINT(1) NOT NULL DEFAULT 1,
  `user_allow_analytics` TINYINT(1) NOT NULL DEFAULT 0,
  `user_default_wiki` VARCHAR(45) NULL,
  `user_default_language` VARCHAR(45) NULL,
  `user_default_theme` VARCHAR(45) NULL,
  PRIMARY KEY (`user_link_id`),
  INDEX `HASEMAIL` (`user_email_confirmed`),
  INDEX `RUNPAGENOTIFICATIONS` (`user_email_runpage_status_global`));

CREATE TABLE `externallinks_user` (
  `user_id` INT UNSIGNED NOT NULL,
  `wiki` VARCHAR(45) NOT NULL,
  `user_name` VARBINARY(255) NOT NULL,
  `last_login` TIMESTAMP NULL,
  `last_action` TIMESTAMP NULL,
  `blocked` INT NOT NULL DEFAULT 0,
  `language` VARCHAR(45) NOT NULL,
  `data_cache` BLOB NOT NULL,
  `user_link_id` INT UNSIGNED NOT NULL,
  PRIMARY KEY (`wiki`, `user_id`),
  INDEX `USERNAME` (`user_name`),
  INDEX `LASTLOGIN` (`last_login`),
  INDEX `LASTACTION` (`last_action`),
  INDEX `BLOCKED` (`blocked`),
  INDEX `LINKID` (`user_link_id`),
  CONSTRAINT LINKID_user FOREIGN KEY (user_link_id) REFERENCES externallinks_userpreferences (user_link_id) ON UPDATE CASCADE ON DELETE CASCADE);

CREATE TABLE `externallinks_userlog` (
  `log_id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `wiki` VARCHAR(45) NOT NULL,
  `locale` VARCHAR(45) NOT NULL,
  `log_type` VARCHAR(45) NOT NULL,
  `log_action` VARCHAR(45) NOT NULL,
  `log_object` BIGINT(12) NOT NULL,
  `log_object_text` BLOB,
  `log_from` BLOB DEFAULT NULL,
  `log_to` BLOB DEFAULT NULL,
  `log_user` INT UNSIGNED NOT NULL,
  `log_timestamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `log_reason` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`log_id`),
  INDEX `WIKI` (`wiki`),
  INDEX `LOCALE` (`locale`),
  INDEX `LOGTYPE` (`log_type`),
  INDEX `LOGACTION` (`log_action`),
  INDEX `LOGOBJECT` (`log_object`),
  CONSTRAINT LOGUSER_userlog FOREIGN KEY (log_user) REFERENCES externallinks_user (user_link_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  INDEX `LOGTIMESTAMP` (`log_timestamp`),
  INDEX `LOGSPECIFIC` (`log_type`, `log_action`, `log_object`, `log_user`))
  AUTO_INCREMENT = 0;

CREATE TABLE `externallinks_userflags` (
  `user_id` INT UNSIGNED NOT NULL,
  `wiki` VARCHAR(45) NOT NULL,
  `user_flag` VARCHAR(255) NOT NULL,
  CONSTRAINT USERID_userflags FOREIGN KEY (user_id) REFERENCES externallinks_user (user_link_id) ON UPDATE CASCADE ON DELETE CASCADE,
  INDEX `FLAGS` (`user_flag`));

CREATE TABLE `externallinks_botqueue` (
  `queue_id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `wiki` VARCHAR(45) NOT NULL,
  `queue_user` INT UNSIGNED NOT NULL,
  `queue_timestamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ,
  `status_timestamp` TIMESTAMP NULL,
  `queue_status` INT NOT NULL DEFAULT 0,
  `run_stats` BLOB NOT NULL,
  `assigned_worker` VARCHAR(100),
  `worker_finished` INT NOT NULL DEFAULT 0,
  `worker_target` INT NOT NULL,
  PRIMARY KEY (`queue_id`),
  INDEX `WIKI` (`wiki`),
  CONSTRAINT QUEUEUSER_botqueue FOREIGN KEY (queue_user) REFERENCES externallinks_user (user_link_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  INDEX `QUEUED` (`queue_timestamp`),
  INDEX `STATUSCHANGE` (`status_timestamp`),
  INDEX `STATUS` (`queue_status`),
  INDEX `RUNSIZE` (`worker_target`),
  INDEX `WORKER` (`assigned_worker`));

CREATE TABLE `externallinks_botqueuepages` (
  `entry_id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `queue_id` INT UNSIGNED NOT NULL,
  `page_title` NVARCHAR(255) NOT NULL,
  `status` varchar(15) NOT NULL DEFAULT 'wait',
  `rev_id` INT NOT NULL DEFAULT 0,
  `status_timestamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`entry_id`),
  CONSTRAINT QUEUEID FOREIGN KEY (queue_id) REFERENCES externallinks_botqueue (queue_id) ON UPDATE CASCADE ON DELETE CASCADE,
  INDEX `TITLE` (`page_title`),
  INDEX `STATUSCHANGE` (`status_timestamp`),
  INDEX `STATUS` (`status`));

CREATE TABLE `externallinks_fpreports` (
  `report_id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `wiki` VARCHAR(45) NOT NULL,
  `report_user_id` INT UNSIGNED NOT NULL,
  `report_url_id` INT UNSIGNED NOT NULL,
  `report_error` BLOB NOT NULL DEFAULT '',
  `report_timestamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ,
  `status_timestamp` TIMESTAMP NULL,
  `report_status` INT NOT NULL DEFAULT 0,
  `report_version` VARCHAR(15) NOT NULL,
  PRIMARY KEY (`report_id`),
  INDEX `WIKI` (`wiki`),
  CONSTRAINT REPORTUSERID FOREIGN KEY (report_user_id) REFERENCES externallinks_user (user_link_id) ON UPDATE CASCADE ON DELETE CASCADE,
  INDEX `REPORTED` (`report_timestamp`),
  INDEX `STATUSCHANGE` (`status_timestamp`),
  INDEX `STATUS` (`report_status`),
  INDEX `VERSION` (`report_version`));

CREATE TABLE externallinks_sessions (
  `id` CHAR(128) NOT NULL,
  `set_time` CHAR(10) NOT NULL,
  `data` LONGBLOB NOT NULL,
  `session_key` CHAR(128) NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `TIME` (`set_time`) );
