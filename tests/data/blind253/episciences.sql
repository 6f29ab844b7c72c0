-- Episciences (overlay-journal publishing platform of the CCSD, CNRS: journals whose articles are deposited in open
-- repositories such as arXiv, HAL, Zenodo; submission, peer review, editing, publication), github.com/CCSDForge/episciences,
-- commit c9f466c39a38a48757224b9db47086615b05d272 (2026-08-07) (GPL-3.0).
-- src/mysql/docker/episciences/episciences.sql (upstream's phpMyAdmin structure dump of the `episciences` database, last
-- changed in 68fe588f) followed by src/mysql/docker/auth/cas_users.sql (the `cas_users` database of the CCSD's CAS
-- single sign-on that holds the accounts' names, e-mail and password; last changed in 5a86e690).
-- Written as self-contained MySQL: the dump's later ALTER TABLE ... ADD PRIMARY KEY / KEY / UNIQUE KEY / FULLTEXT KEY and
-- MODIFY ... AUTO_INCREMENT folded into each CREATE TABLE; foreign keys kept as ALTER TABLE at the end, as upstream.
-- Column names, order and types as upstream, except: MySQL 8's collation utf8mb4_0900_ai_ci written as utf8mb4_unicode_ci
-- and the FULLTEXT parser `ngram` dropped (MariaDB has neither); `float UNSIGNED` written `float` (the SQLite
-- loader's parser cannot read it; MySQL 8 deprecates it). Left out: `NEWS` (the legacy news table, superseded
-- by `news`, whose name it equals but for case, which SQLite cannot hold beside it) and the view
-- `v_mailing_lists_resolved` (a view, not a table).

-- ===== database `episciences` =====

CREATE TABLE `authors` (
  `idauthors` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `authors` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'json',
  `paperid` int UNSIGNED NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`idauthors`),
  KEY `paperid` (`paperid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `classification_jel` (
  `code` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `label` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `classification_msc2020` (
  `code` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `label` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `description` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `data_descriptor` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `uid` int UNSIGNED NOT NULL,
  `docid` int UNSIGNED NOT NULL,
  `fileid` int UNSIGNED NOT NULL,
  `version` float NOT NULL DEFAULT '1',
  `submission_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `docid` (`docid`),
  KEY `fileid` (`fileid`),
  KEY `version` (`version`),
  KEY `submission_date` (`submission_date`),
  KEY `INDEX_UID` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `doi_queue` (
  `id_doi_queue` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `paperid` int UNSIGNED NOT NULL,
  `doi_status` enum('assigned','requested','public','') CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'assigned',
  `date_init` datetime NOT NULL,
  `date_updated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id_doi_queue`),
  UNIQUE KEY `paperid` (`paperid`),
  KEY `doi_status` (`doi_status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `doi_queue_volumes` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `vid` int UNSIGNED NOT NULL,
  `doi_status` enum('assigned','requested','public','') CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'assigned',
  `date_init` datetime NOT NULL,
  `date_updated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_vid` (`vid`) USING BTREE,
  KEY `vid` (`vid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `files` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `docid` int UNSIGNED NOT NULL,
  `name` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `extension` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `type_mime` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `size` bigint UNSIGNED NOT NULL,
  `md5` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `source` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'dd',
  `uploaded_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `INDEX_DOCID` (`docid`),
  KEY `INDEX_SOURCE` (`source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mailing_lists` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `rvid` int UNSIGNED NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(50) DEFAULT NULL,
  `status` tinyint NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_unique` (`name`),
  KEY `rvid` (`rvid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mailing_list_roles` (
  `list_id` int UNSIGNED NOT NULL,
  `role` varchar(50) NOT NULL,
  PRIMARY KEY (`list_id`,`role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mailing_list_users` (
  `list_id` int UNSIGNED NOT NULL,
  `uid` int UNSIGNED NOT NULL,
  PRIMARY KEY (`list_id`,`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `MAIL_LOG` (
  `ID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `UID` int UNSIGNED DEFAULT NULL COMMENT 'Sender identifier (via the mailing module or the article page)',
  `RVID` int UNSIGNED NOT NULL,
  `DOCID` int UNSIGNED DEFAULT NULL,
  `FROM` varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `REPLYTO` varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `TO` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `CC` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
  `BCC` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
  `SUBJECT` varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `CONTENT` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
  `FILES` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
  `WHEN` datetime NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `DOCID` (`DOCID`),
  KEY `WHEN` (`WHEN`),
  KEY `UID` (`UID`),
  KEY `idx_rvid_when` (`RVID`,`WHEN`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `MAIL_TEMPLATE` (
  `ID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `PARENTID` int UNSIGNED DEFAULT NULL,
  `RVID` int UNSIGNED DEFAULT NULL,
  `RVCODE` varchar(25) DEFAULT NULL,
  `KEY` varchar(255) NOT NULL,
  `TYPE` varchar(255) NOT NULL,
  `POSITION` int UNSIGNED DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `KEY` (`KEY`),
  KEY `RVCODE` (`RVCODE`),
  KEY `RVID` (`RVID`),
  KEY `PARENTID` (`PARENTID`),
  KEY `POSITION` (`POSITION`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `metadata_sources` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `type` enum('repository','metadataRepository','dataverse','dspace','user') CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `status` tinyint(1) NOT NULL DEFAULT '1' COMMENT 'enabled by default',
  `identifier` varchar(50) DEFAULT NULL COMMENT 'OAI identifier',
  `base_url` varchar(100) DEFAULT NULL COMMENT 'OAI base url',
  `doi_prefix` varchar(10) NOT NULL,
  `api_url` varchar(100) NOT NULL,
  `doc_url` varchar(150) NOT NULL COMMENT 'See the document''s page on',
  `paper_url` varchar(100) NOT NULL COMMENT 'PDF',
  PRIMARY KEY (`id`),
  KEY `type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `news` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `legacy_id` int UNSIGNED DEFAULT NULL COMMENT 'Legacy News id',
  `code` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'Journal code rvcode',
  `uid` int UNSIGNED NOT NULL,
  `date_creation` datetime DEFAULT NULL,
  `date_updated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `title` json NOT NULL COMMENT 'Page title',
  `content` json DEFAULT NULL,
  `link` json DEFAULT NULL,
  `visibility` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'Journal code rvcode',
  `uid` int UNSIGNED NOT NULL,
  `date_creation` datetime DEFAULT NULL,
  `date_updated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `title` json NOT NULL COMMENT 'Page title',
  `content` json NOT NULL,
  `visibility` json NOT NULL,
  `page_code` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'Page code',
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  KEY `rvcode` (`code`) USING BTREE,
  KEY `page_code` (`page_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `PAPERS` (
  `DOCID` int UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Unique Identifier for each submission',
  `PAPERID` int UNSIGNED DEFAULT NULL COMMENT 'Common Identifier for several versions of a paper',
  `DOI` varchar(250) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'PID of accepted and published papers',
  `RVID` int UNSIGNED NOT NULL COMMENT 'Link to Journal ID',
  `VID` int UNSIGNED NOT NULL DEFAULT '0' COMMENT 'Link to Volume ID',
  `SID` int UNSIGNED NOT NULL DEFAULT '0' COMMENT 'Link to Section ID',
  `UID` int UNSIGNED NOT NULL COMMENT 'Link to User ID',
  `STATUS` int UNSIGNED NOT NULL DEFAULT '0' COMMENT 'Status of the submission',
  `IDENTIFIER` varchar(500) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Open Repository Identifier',
  `VERSION` float NOT NULL DEFAULT '1' COMMENT 'Version identifier of a submission',
  `REPOID` int UNSIGNED NOT NULL COMMENT 'Link to Repository ID',
  `TYPE` json DEFAULT NULL,
  `RECORD` text CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Text of Metadata Record from Open repository ',
  `DOCUMENT` json DEFAULT NULL,
  `CONCEPT_IDENTIFIER` varchar(500) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Zenodo ID This identifier represents all versions',
  `FLAG` enum('submitted','imported') CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'submitted' COMMENT 'Submission source',
  `PASSWORD` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci COMMENT 'Encrypted temporary password for sharing arXiv submissions',
  `WHEN` datetime NOT NULL COMMENT 'Timestamp of insertion in database',
  `SUBMISSION_DATE` datetime NOT NULL COMMENT 'Timestamp of the 1st submission - common to all versions of a Paper',
  `MODIFICATION_DATE` datetime DEFAULT NULL COMMENT 'Timestamp of the update of the line in database',
  `PUBLICATION_DATE` datetime DEFAULT NULL COMMENT 'Timestamp of the publication date of a paper',
  PRIMARY KEY (`DOCID`),
  KEY `FK_REPOID_idx` (`REPOID`),
  KEY `FK_VID_idx` (`VID`),
  KEY `FK_RVID_idx` (`RVID`),
  KEY `STATUS` (`STATUS`),
  KEY `PAPERID` (`PAPERID`),
  KEY `SID` (`SID`),
  KEY `UID` (`UID`),
  KEY `SUBMISSION_DATE` (`SUBMISSION_DATE`),
  KEY `PUBLICATION_DATE` (`PUBLICATION_DATE`),
  KEY `FLAG` (`FLAG`),
  KEY `DOI` (`DOI`),
  KEY `idx_identifier` (`IDENTIFIER`),
  KEY `idx_concept_identifier` (`CONCEPT_IDENTIFIER`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COMMENT='Submissions';

CREATE TABLE `paper_citations` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `citation` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'Json Citations.php',
  `docid` int UNSIGNED NOT NULL,
  `source_id` int UNSIGNED NOT NULL,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `source_id_2` (`source_id`,`docid`),
  KEY `docid` (`docid`),
  KEY `source_id` (`source_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `paper_classifications` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `docid` int UNSIGNED NOT NULL,
  `classification_code` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `classification_name` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `source_id` int UNSIGNED NOT NULL,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniqClassification` (`docid`,`classification_code`,`classification_name`),
  KEY `source_id` (`source_id`),
  KEY `classification_code` (`classification_code`),
  KEY `classification_name` (`classification_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PAPER_COMMENTS` (
  `PCID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `PARENTID` int UNSIGNED DEFAULT NULL,
  `TYPE` int UNSIGNED NOT NULL,
  `DOCID` int UNSIGNED NOT NULL,
  `UID` int UNSIGNED NOT NULL,
  `MESSAGE` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
  `FILE` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
  `WHEN` datetime NOT NULL,
  `DEADLINE` date DEFAULT NULL,
  `OPTIONS` text,
  PRIMARY KEY (`PCID`),
  KEY `DOCID` (`DOCID`),
  KEY `TYPE` (`TYPE`),
  KEY `UID` (`UID`),
  KEY `DEADLINE` (`DEADLINE`),
  KEY `WHEN` (`WHEN`),
  KEY `PARENTID` (`PARENTID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COMMENT='Suivi des demandes de modification sur un papier';

CREATE TABLE `paper_conflicts` (
  `cid` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `paper_id` int UNSIGNED NOT NULL,
  `by` int UNSIGNED NOT NULL COMMENT 'uid',
  `answer` enum('yes','no') CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `message` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`cid`),
  UNIQUE KEY `U_PAPERID_BY` (`paper_id`,`by`) USING BTREE,
  KEY `BY_UID` (`by`),
  KEY `answer` (`answer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='conflicts handling';

CREATE TABLE `paper_datasets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `doc_id` int NOT NULL,
  `code` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `name` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'Identifier type',
  `value` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `link` varchar(750) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `source_id` int NOT NULL,
  `relationship` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `id_paper_datasets_meta` int UNSIGNED DEFAULT NULL,
  `time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique` (`doc_id`,`code`(15),`name`(35),`value`(47),`source_id`),
  KEY `source_id` (`source_id`),
  KEY `code` (`code`(15)),
  KEY `name` (`name`(35)),
  KEY `id_paper_datasets_meta` (`id_paper_datasets_meta`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `paper_datasets_meta` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `metatext` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'JSON text',
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `paper_files` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `doc_id` int UNSIGNED NOT NULL,
  `source` int NOT NULL DEFAULT '4',
  `file_name` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `checksum` char(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `checksum_type` char(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'md5',
  `self_link` varchar(750) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `file_size` bigint UNSIGNED NOT NULL,
  `file_type` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `time_modified` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `doc_id` (`doc_id`),
  KEY `source` (`source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `paper_licences` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `licence` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `docid` int UNSIGNED NOT NULL,
  `source_id` int UNSIGNED NOT NULL,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `docid` (`docid`),
  KEY `source_id` (`source_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `PAPER_LOG` (
  `LOGID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `PAPERID` int UNSIGNED NOT NULL,
  `DOCID` int UNSIGNED NOT NULL,
  `UID` int UNSIGNED NOT NULL,
  `RVID` int UNSIGNED NOT NULL,
  `ACTION` varchar(50) NOT NULL,
  `FILE` varchar(150) DEFAULT NULL,
  `DATE` datetime NOT NULL,
  `DETAIL` json DEFAULT NULL,
  `status` int UNSIGNED GENERATED ALWAYS AS (json_unquote(json_extract(`DETAIL`,_utf8mb4'$.status'))) STORED,
  PRIMARY KEY (`LOGID`),
  KEY `fk_T_PAPER_MODIF_T_PAPERS_idx` (`DOCID`),
  KEY `fk_T_PAPER_MODIF_T_USER_idx` (`UID`),
  KEY `RVID` (`RVID`),
  KEY `DATE` (`DATE`),
  KEY `idx_status` (`status`),
  KEY `ACTION` (`ACTION`),
  KEY `idx_paperid_docid_date_logid` (`PAPERID`,`DOCID`,`DATE`,`LOGID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COMMENT='Life of papers';

CREATE TABLE `paper_projects` (
  `idproject` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `funding` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'Json of funding',
  `paperid` int UNSIGNED NOT NULL,
  `source_id` int UNSIGNED NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`idproject`),
  UNIQUE KEY `paperid` (`paperid`),
  KEY `idx_source_id` (`source_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `PAPER_SETTINGS` (
  `PSID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `DOCID` int UNSIGNED NOT NULL,
  `SETTING` varchar(100) NOT NULL,
  `VALUE` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`PSID`),
  KEY `SETTING` (`SETTING`),
  KEY `DOCID` (`DOCID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `PAPER_STAT` (
  `DOCID` int UNSIGNED NOT NULL,
  `CONSULT` enum('notice','file','oai','api') NOT NULL DEFAULT 'notice',
  `IP` int UNSIGNED NOT NULL,
  `ROBOT` tinyint UNSIGNED NOT NULL DEFAULT '0',
  `AGENT` varchar(2000) DEFAULT NULL,
  `DOMAIN` varchar(100) DEFAULT NULL,
  `CONTINENT` varchar(100) DEFAULT NULL,
  `COUNTRY` varchar(100) DEFAULT NULL,
  `CITY` varchar(100) DEFAULT NULL,
  `LAT` float DEFAULT NULL,
  `LON` float DEFAULT NULL,
  `HIT` date NOT NULL,
  `COUNTER` int UNSIGNED NOT NULL,
  PRIMARY KEY (`DOCID`,`CONSULT`,`IP`,`HIT`),
  KEY `CONSULT` (`CONSULT`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `queue_messages` (
  `id` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `rvcode` varchar(50) NOT NULL,
  `type` varchar(50) NOT NULL DEFAULT '',
  `message` json NOT NULL,
  `created_at` int UNSIGNED NOT NULL,
  `timeout` int UNSIGNED NOT NULL DEFAULT '120',
  `processed` tinyint(1) NOT NULL DEFAULT '0',
  `updated_date` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_status` (`processed`),
  KEY `idx_timeout` (`timeout`),
  KEY `idx_created` (`created_at`),
  KEY `idx_time_status` (`processed`,`created_at`),
  KEY `idx_ready_messages` (`processed`,`timeout`,`created_at`),
  KEY `idx_type` (`type`),
  KEY `idx_rvcode` (`rvcode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `refresh_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `refreshToken` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `username` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `rvid` int UNSIGNED DEFAULT NULL,
  `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `valid` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_9BACE7E16973EC66` (`refreshToken`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `REMINDERS` (
  `ID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `RVID` int UNSIGNED DEFAULT NULL,
  `TYPE` tinyint UNSIGNED DEFAULT NULL,
  `DELAY` smallint UNSIGNED NOT NULL,
  `REPETITION` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `RECIPIENT` varchar(25) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'reviewer',
  PRIMARY KEY (`ID`),
  KEY `RVID` (`RVID`),
  KEY `TYPE` (`TYPE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `REVIEW` (
  `RVID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `CODE` varchar(50) NOT NULL,
  `NAME` varchar(2000) NOT NULL,
  `subtitle` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `STATUS` smallint UNSIGNED NOT NULL DEFAULT '0',
  `CREATION` datetime NOT NULL,
  `PIWIKID` int UNSIGNED NOT NULL,
  `is_new_front_switched` enum('yes','no') NOT NULL DEFAULT 'no',
  PRIMARY KEY (`RVID`),
  UNIQUE KEY `U_CODE` (`CODE`),
  KEY `STATUS` (`STATUS`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COMMENT='Basic journal informations';

CREATE TABLE `REVIEWER_ALIAS` (
  `ID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `UID` int UNSIGNED NOT NULL,
  `DOCID` int UNSIGNED NOT NULL,
  `ALIAS` int UNSIGNED NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UNIQUE` (`UID`,`DOCID`,`ALIAS`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `REVIEWER_POOL` (
  `RVID` int UNSIGNED NOT NULL,
  `VID` int UNSIGNED NOT NULL DEFAULT '0',
  `UID` int UNSIGNED NOT NULL,
  PRIMARY KEY (`RVID`,`VID`,`UID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `REVIEWER_REPORT` (
  `ID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `UID` int UNSIGNED NOT NULL,
  `ONBEHALF_UID` int UNSIGNED DEFAULT NULL COMMENT 'Mis à jour [!= de NULL] uniquement si l’évaluation est faite à la place de relecteur UID',
  `DOCID` int UNSIGNED NOT NULL,
  `STATUS` int UNSIGNED NOT NULL,
  `CREATION_DATE` datetime NOT NULL,
  `UPDATE_DATE` datetime DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UID` (`UID`,`DOCID`),
  KEY `ONBEHALF_UID` (`ONBEHALF_UID`) USING BTREE,
  KEY `idx_docid` (`DOCID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `REVIEW_SETTING` (
  `RVID` int UNSIGNED NOT NULL,
  `SETTING` varchar(200) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL,
  `VALUE` text CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci,
  `TIME` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`RVID`,`SETTING`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COMMENT='Journal configurations';

CREATE TABLE `SECTION` (
  `SID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `RVID` int UNSIGNED NOT NULL,
  `POSITION` int UNSIGNED NOT NULL,
  `titles` json DEFAULT NULL,
  `descriptions` json DEFAULT NULL,
  PRIMARY KEY (`SID`),
  KEY `RVID` (`RVID`),
  KEY `POSITION` (`POSITION`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `SECTION_SETTING` (
  `SID` int UNSIGNED NOT NULL,
  `SETTING` varchar(200) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL,
  `VALUE` text CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci,
  PRIMARY KEY (`SID`,`SETTING`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `STAT_PROCESSING_LOG` (
  `ID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `JOURNAL_CODE` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `PROCESSED_DATE` date NOT NULL,
  `PROCESSED_AT` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `FILE_PATH` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `RECORDS_PROCESSED` int UNSIGNED NOT NULL DEFAULT '0',
  `STATUS` enum('success','error','partial') CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'success',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `unique_journal_date` (`JOURNAL_CODE`,`PROCESSED_DATE`),
  KEY `idx_processed_date` (`PROCESSED_DATE`),
  KEY `idx_processed_at` (`PROCESSED_AT`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Tracks processed statistics log files to prevent duplicates';

CREATE TABLE `STAT_TEMP` (
  `VISITID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `DOCID` int UNSIGNED NOT NULL,
  `IP` int UNSIGNED NOT NULL,
  `HTTP_USER_AGENT` varchar(2000) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL,
  `DHIT` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `CONSULT` enum('notice','file','oai') CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL DEFAULT 'notice',
  PRIMARY KEY (`VISITID`),
  KEY `DOCID` (`DOCID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci COMMENT='Statistique de consultation journalière temporaire';

CREATE TABLE `USER` (
  `UID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `uuid` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Storing As a String',
  `LANGUEID` varchar(2) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT 'fr' COMMENT 'Account language code',
  `SCREEN_NAME` varchar(250) NOT NULL,
  `USERNAME` varchar(100) NOT NULL,
  `API_PASSWORD` varchar(255) NOT NULL,
  `EMAIL` varchar(320) NOT NULL,
  `CIV` varchar(255) DEFAULT NULL,
  `LASTNAME` varchar(100) NOT NULL,
  `FIRSTNAME` varchar(100) DEFAULT NULL,
  `MIDDLENAME` varchar(100) DEFAULT NULL,
  `ORCID` varchar(19) DEFAULT NULL,
  `ADDITIONAL_PROFILE_INFORMATION` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
  `REGISTRATION_DATE` timestamp NULL DEFAULT NULL COMMENT 'Date the profile was created',
  `MODIFICATION_DATE` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'Date the profile was updated',
  `IS_VALID` tinyint(1) NOT NULL DEFAULT '1' COMMENT 'Is account enabled',
  PRIMARY KEY (`UID`),
  UNIQUE KEY `U_USERNAME` (`USERNAME`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `IS_VALID` (`IS_VALID`),
  KEY `SCREEN_NAME` (`SCREEN_NAME`),
  KEY `EMAIL` (`EMAIL`(255)),
  KEY `REGISTRATION_DATE` (`REGISTRATION_DATE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `USER_ASSIGNMENT` (
  `ID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `INVITATION_ID` int UNSIGNED DEFAULT NULL,
  `RVID` int UNSIGNED NOT NULL,
  `ITEMID` int UNSIGNED NOT NULL,
  `ITEM` varchar(50) NOT NULL DEFAULT 'paper',
  `UID` int UNSIGNED NOT NULL,
  `FROM_UID` int UNSIGNED DEFAULT NULL COMMENT 'Linked from',
  `TMP_USER` tinyint UNSIGNED NOT NULL DEFAULT '0',
  `ROLEID` varchar(50) NOT NULL,
  `STATUS` varchar(20) NOT NULL,
  `WHEN` datetime NOT NULL,
  `DEADLINE` datetime DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `FK_ITEMID_idx` (`ITEMID`),
  KEY `FK_UID_idx` (`UID`),
  KEY `ITEM` (`ITEM`),
  KEY `ROLEID` (`ROLEID`),
  KEY `WHEN` (`WHEN`),
  KEY `TMP_USER` (`TMP_USER`),
  KEY `INVITATION_ID` (`INVITATION_ID`),
  KEY `LINKED_FROM` (`FROM_UID`),
  KEY `idx_rvid_roleid` (`RVID`,`ROLEID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `USER_INVITATION` (
  `ID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `AID` int UNSIGNED NOT NULL COMMENT 'Assignment ID',
  `STATUS` varchar(50) NOT NULL DEFAULT 'pending',
  `TOKEN` varchar(40) DEFAULT NULL,
  `SENDER_UID` int UNSIGNED DEFAULT NULL,
  `SENDING_DATE` datetime NOT NULL,
  `EXPIRATION_DATE` datetime NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `SENDER_UID` (`SENDER_UID`),
  KEY `AID_SENDING_DATE` (`AID`,`SENDING_DATE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `USER_INVITATION_ANSWER` (
  `ID_UIA` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `ID` int UNSIGNED NOT NULL COMMENT 'Invitation ID',
  `ANSWER` varchar(10) NOT NULL,
  `ANSWER_DATE` datetime NOT NULL,
  PRIMARY KEY (`ID_UIA`),
  UNIQUE KEY `U_ID` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `USER_INVITATION_ANSWER_DETAIL` (
  `ID_UIAD` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `ID` int UNSIGNED NOT NULL COMMENT 'Invitation ID',
  `NAME` varchar(30) NOT NULL,
  `VALUE` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
  PRIMARY KEY (`ID_UIAD`),
  UNIQUE KEY `U_ID_NAME` (`ID`,`NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `USER_MERGE` (
  `MID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `TOKEN` varchar(40) DEFAULT NULL,
  `MERGER_UID` int UNSIGNED NOT NULL COMMENT 'CASID du compte à fusionner',
  `KEEPER_UID` int UNSIGNED NOT NULL COMMENT 'CASID du compte à conserver',
  `DETAIL` text,
  `DATE` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`MID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `USER_ROLES` (
  `UID` int UNSIGNED NOT NULL,
  `RVID` int UNSIGNED NOT NULL DEFAULT '0',
  `ROLEID` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `IS_AVAILABLE` tinyint UNSIGNED DEFAULT NULL,
  PRIMARY KEY (`UID`,`RVID`,`ROLEID`),
  KEY `RVID` (`RVID`),
  KEY `ROLEID` (`ROLEID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `USER_TMP` (
  `ID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `EMAIL` varchar(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `FIRSTNAME` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `LASTNAME` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `LANG` varchar(3) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `EMAIL` (`EMAIL`(150))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `VOLUME` (
  `VID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `RVID` int UNSIGNED NOT NULL,
  `POSITION` int UNSIGNED NOT NULL,
  `BIB_REFERENCE` varchar(255) DEFAULT NULL COMMENT 'Volume bibliographical reference',
  `titles` json DEFAULT NULL,
  `descriptions` json DEFAULT NULL,
  `vol_year` varchar(9) DEFAULT NULL,
  `vol_type` set('special_issue','proceedings') CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `vol_num` varchar(6) DEFAULT NULL,
  PRIMARY KEY (`VID`),
  KEY `FK_CONFID_idx` (`RVID`),
  KEY `POSITION` (`POSITION`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COMMENT='Journal volumes';

CREATE TABLE `VOLUME_METADATA` (
  `ID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `VID` int UNSIGNED NOT NULL,
  `POSITION` int UNSIGNED NOT NULL,
  `CONTENT` json DEFAULT NULL COMMENT 'Metadata decsriptions',
  `FILE` varchar(250) DEFAULT NULL,
  `titles` json DEFAULT NULL,
  `date_creation` datetime DEFAULT NULL,
  `date_updated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`ID`),
  KEY `VID` (`VID`),
  KEY `POSITION` (`POSITION`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `VOLUME_PAPER` (
  `ID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `VID` int UNSIGNED NOT NULL,
  `DOCID` int UNSIGNED NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UNIQUE` (`VID`,`DOCID`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `VOLUME_PAPER_POSITION` (
  `ID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `VID` int UNSIGNED NOT NULL,
  `PAPERID` int UNSIGNED NOT NULL,
  `POSITION` int UNSIGNED NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `VID` (`VID`,`PAPERID`),
  KEY `POSITION` (`POSITION`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `volume_proceeding` (
  `VID` int UNSIGNED NOT NULL,
  `SETTING` varchar(200) NOT NULL,
  `VALUE` text CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci,
  PRIMARY KEY (`VID`,`SETTING`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `VOLUME_SETTING` (
  `VID` int UNSIGNED NOT NULL,
  `SETTING` varchar(200) NOT NULL,
  `VALUE` text CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci,
  PRIMARY KEY (`VID`,`SETTING`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `WEBSITE_HEADER` (
  `LOGOID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `RVID` int UNSIGNED NOT NULL,
  `TYPE` enum('img','text') NOT NULL,
  `IMG` varchar(255) NOT NULL,
  `IMG_WIDTH` varchar(255) NOT NULL,
  `IMG_HEIGHT` varchar(255) NOT NULL,
  `IMG_HREF` varchar(255) NOT NULL,
  `IMG_ALT` varchar(255) NOT NULL,
  `TEXT` varchar(1000) NOT NULL,
  `TEXT_CLASS` varchar(255) NOT NULL,
  `TEXT_STYLE` varchar(255) NOT NULL,
  `ALIGN` varchar(10) NOT NULL,
  PRIMARY KEY (`LOGOID`,`RVID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `WEBSITE_NAVIGATION` (
  `NAVIGATIONID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `SID` int UNSIGNED NOT NULL COMMENT 'RVID',
  `PAGEID` int UNSIGNED NOT NULL,
  `TYPE_PAGE` varchar(255) NOT NULL,
  `CONTROLLER` varchar(255) NOT NULL,
  `ACTION` varchar(255) NOT NULL,
  `LABEL` varchar(500) NOT NULL,
  `PARENT_PAGEID` int UNSIGNED NOT NULL,
  `PARAMS` text NOT NULL,
  PRIMARY KEY (`NAVIGATIONID`),
  KEY `SID` (`SID`),
  KEY `TYPE_PAGE` (`TYPE_PAGE`),
  KEY `PARENT_PAGEID` (`PARENT_PAGEID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `WEBSITE_SETTINGS` (
  `SID` int UNSIGNED NOT NULL,
  `SETTING` varchar(50) NOT NULL,
  `VALUE` varchar(1000) NOT NULL,
  PRIMARY KEY (`SID`,`SETTING`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `WEBSITE_STYLES` (
  `RVID` int UNSIGNED NOT NULL,
  `SETTING` varchar(50) NOT NULL,
  `VALUE` varchar(1000) NOT NULL,
  PRIMARY KEY (`RVID`,`SETTING`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

ALTER TABLE `data_descriptor` ADD CONSTRAINT `FK_DD_FILES` FOREIGN KEY (`fileid`) REFERENCES `files` (`id`) ON DELETE CASCADE;

ALTER TABLE `doi_queue_volumes` ADD CONSTRAINT `doi_queue_volumes_ibfk_1` FOREIGN KEY (`vid`) REFERENCES `VOLUME` (`VID`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `mailing_list_roles` ADD CONSTRAINT `fk_mlr_list_id` FOREIGN KEY (`list_id`) REFERENCES `mailing_lists` (`id`) ON DELETE CASCADE;

ALTER TABLE `mailing_list_users` ADD CONSTRAINT `fk_mlu_list_id` FOREIGN KEY (`list_id`) REFERENCES `mailing_lists` (`id`) ON DELETE CASCADE;

ALTER TABLE `paper_citations` ADD CONSTRAINT `paper_citations_ibfk_1` FOREIGN KEY (`docid`) REFERENCES `PAPERS` (`DOCID`);

ALTER TABLE `paper_citations` ADD CONSTRAINT `paper_citations_ibfk_2` FOREIGN KEY (`source_id`) REFERENCES `metadata_sources` (`id`);

ALTER TABLE `paper_datasets` ADD CONSTRAINT `deleteAssocMeta` FOREIGN KEY (`id_paper_datasets_meta`) REFERENCES `paper_datasets_meta` (`id`) ON DELETE CASCADE;

ALTER TABLE `paper_projects` ADD CONSTRAINT `paper_projects_ibfk_2` FOREIGN KEY (`source_id`) REFERENCES `metadata_sources` (`id`);

-- ===== database `cas_users` =====

CREATE TABLE `T_UTILISATEURS` (
  `UID` int UNSIGNED NOT NULL AUTO_INCREMENT,
  `USERNAME` varchar(100) NOT NULL,
  `PASSWORD` varchar(128) NOT NULL,
  `EMAIL` varchar(320) NOT NULL COMMENT 'http://tools.ietf.org/html/rfc3696#section-3',
  `CIV` varchar(255) DEFAULT NULL,
  `LASTNAME` varchar(100) NOT NULL,
  `FIRSTNAME` varchar(100) DEFAULT NULL,
  `MIDDLENAME` varchar(100) DEFAULT NULL,
  `URL` varchar(500) DEFAULT NULL,
  `PHONE` varchar(50) DEFAULT NULL,
  `FAX` varchar(50) DEFAULT NULL,
  `TIME_REGISTERED` timestamp NULL DEFAULT NULL COMMENT 'Date création du compte',
  `TIME_MODIFIED` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'Date modification du compte',
  `PHOTO` mediumblob,
  `FTP_HOME` varchar(255) DEFAULT NULL COMMENT 'Chemin du home FTP',
  `FTP_LAST_AUTH` datetime DEFAULT NULL COMMENT 'Dernière authentification par FTP',
  `FTP_LAST_USE` datetime DEFAULT NULL COMMENT 'Dernière utilisation du FTP',
  `VALID` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`UID`),
  UNIQUE KEY `U_USERNAME` (`USERNAME`),
  KEY `PASSWORD` (`PASSWORD`),
  KEY `VALID` (`VALID`),
  KEY `FIRSTNAME` (`FIRSTNAME`),
  KEY `LASTNAME` (`LASTNAME`),
  KEY `EMAIL` (`EMAIL`(100)),
  FULLTEXT KEY `FULLTEXT_INDEX` (`USERNAME`,`EMAIL`,`LASTNAME`,`FIRSTNAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COMMENT='Comptes utilisateurs pour CAS' ROW_FORMAT=DYNAMIC;
