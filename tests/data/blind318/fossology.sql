-- FOSSology (Linux Foundation project, originally HP; open-source licence compliance: scans uploaded software for
-- licences, copyright and author statements, e-mails and URLs, export-control (ECC), IP-relevant keywords (ipra);
-- lets clearing teams record licence decisions and obligations per file and generates clearing reports)
-- Upstream: github.com/fossology/fossology, commit a4862027524f9bc85613ec07e4c29d5612af5ad4 (GPL-2.0-only)
-- Source: src/www/ui/core-schema.dat (the PHP array from which fo-postinstall / ApplySchema creates and updates the
-- PostgreSQL database; last changed in e804f792f52952d43735d808e38acaca39f56f33), written as MySQL DDL:
-- one column per "ADD" entry in upstream's order, NOT NULL from the "ALTER" entries, comments from "DESC";
-- int4 -> int, int8 -> bigint, int2 -> smallint, bool -> tinyint(1), timestamptz -> datetime, uuid -> char(36),
-- float8 -> double, unbounded varchar -> varchar(255); nextval() defaults of single-column primary keys ->
-- AUTO_INCREMENT; ::casts dropped from literal defaults, now() -> CURRENT_TIMESTAMP.
-- Primary keys, unique constraints and foreign keys from the "CONSTRAINT" entries. Left out: the 23 foreign keys whose
-- int8 column references an int4 key or the reverse (PostgreSQL accepts them, MariaDB does not): copyright,
-- copyright_decision, copyright_event, copyright_spasht, author, author_event, ecc, ecc_decision, ecc_event, ipra,
-- ipra_event, keyword, keyword_decision, keyword_event, highlight_keyword (agent_fk/pfile_fk/upload_fk),
-- license_map.rf_fk and license_candidate.group_fk. Plain indexes, sequences, views, CLUSTER entries left out.
-- license_candidate INHERITS license_ref in PostgreSQL: written with license_ref's columns first, then its own.
-- Left out: uploadtree_a (INHERITS uploadtree, no columns of its own) and the ten *_ars agent-run tables that
-- INHERIT ars_master without columns of their own. Tables are ordered so that referenced tables come first.

CREATE TABLE `agent` (
  `agent_pk` int NOT NULL AUTO_INCREMENT COMMENT 'Primary key',
  `agent_name` varchar(32) NOT NULL COMMENT 'display name',
  `agent_rev` text COMMENT 'revision string',
  `agent_desc` varchar(255) COMMENT 'short description',
  `agent_enabled` tinyint(1) DEFAULT 1 COMMENT 'true to enable, false to disable',
  `agent_parms` text COMMENT 'agent parsable parameters',
  `agent_ts` datetime DEFAULT CURRENT_TIMESTAMP COMMENT 'time record was added',
  PRIMARY KEY (`agent_pk`),
  UNIQUE KEY `agent_unique_name_rev` (`agent_name`, `agent_rev`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_wc` (
  `pfile_fk` int COMMENT 'pfile key',
  `wc_words` int COMMENT 'wc words',
  `wc_lines` int COMMENT 'wc lines',
  UNIQUE KEY `agent_wc_pfile_fk_key` (`pfile_fk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upload` (
  `upload_pk` int NOT NULL AUTO_INCREMENT,
  `upload_desc` text COMMENT 'description of file',
  `upload_filename` text NOT NULL COMMENT 'user visible upload name must be identical to the top uploadtree rec (parent = null) for this upload',
  `user_fk` int COMMENT 'who uploaded this file FUTURE',
  `upload_mode` int NOT NULL COMMENT '1 upload complete, 1<<1 gold (devel only), 1<<2 wget, 1<<3 web upload, 1<<4 discovery ; 1<<5 ununpack complete without fatal errors; 1<<6 adj2nest successful',
  `upload_ts` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'record (upload) creation time',
  `pfile_fk` int,
  `upload_origin` text COMMENT 'original filename or directory name or URL, depending on upload_mode',
  `uploadtree_tablename` varchar(18) NOT NULL DEFAULT 'uploadtree_a',
  `expire_date` date COMMENT 'expiration date',
  `expire_action` char(1) COMMENT '''a'' archive, ''d'' delete',
  `public_perm` int COMMENT 'permission PERM_NONE, PERM_READ, PERM_WRITE, PERM_ADMIN',
  PRIMARY KEY (`upload_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ars_master` (
  `ars_pk` int NOT NULL AUTO_INCREMENT,
  `agent_fk` int NOT NULL COMMENT 'nomos agent pk',
  `upload_fk` int NOT NULL,
  `ars_success` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'true if the scan completed successfully.  false if the scan in not complete or completed with errors',
  `ars_status` text COMMENT 'scan completion message (error msg, or "success")',
  `ars_starttime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'time scan started',
  `ars_endtime` datetime COMMENT 'time scan completed',
  PRIMARY KEY (`ars_pk`),
  CONSTRAINT `ars_agent_fk_fkey` FOREIGN KEY (`agent_fk`) REFERENCES `agent` (`agent_pk`) ON UPDATE NO ACTION ON DELETE NO ACTION,
  CONSTRAINT `ars_ars_upload_fk_fkey` FOREIGN KEY (`upload_fk`) REFERENCES `upload` (`upload_pk`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `author` (
  `author_pk` bigint NOT NULL AUTO_INCREMENT,
  `agent_fk` bigint NOT NULL,
  `pfile_fk` bigint NOT NULL,
  `content` text,
  `hash` text,
  `type` text,
  `copy_startbyte` int,
  `copy_endbyte` int,
  `is_enabled` tinyint(1) DEFAULT 1 COMMENT 'true to enable, false to disable',
  PRIMARY KEY (`author_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `author_event` (
  `author_event_pk` bigint NOT NULL AUTO_INCREMENT,
  `upload_fk` bigint NOT NULL,
  `uploadtree_fk` int NOT NULL,
  `author_fk` bigint NOT NULL,
  `content` text,
  `hash` text,
  `is_enabled` tinyint(1) DEFAULT 0 COMMENT 'true to enabled with edited, false to disable',
  `scope` int NOT NULL DEFAULT 1 COMMENT '1 for normal and 2 for deactivation from license page ex: irrelevent',
  PRIMARY KEY (`author_event_pk`),
  CONSTRAINT `author_event_author_fk_fkey` FOREIGN KEY (`author_fk`) REFERENCES `author` (`author_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bucket_ars` (
  `ars_pk` int NOT NULL AUTO_INCREMENT,
  `agent_fk` int NOT NULL,
  `upload_fk` int NOT NULL,
  `ars_success` tinyint(1) NOT NULL DEFAULT 0,
  `ars_status` text,
  `ars_starttime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ars_endtime` datetime,
  `nomosagent_fk` int,
  `bucketpool_fk` int,
  PRIMARY KEY (`ars_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bucketpool` (
  `bucketpool_pk` int NOT NULL AUTO_INCREMENT,
  `bucketpool_name` text NOT NULL COMMENT 'Descriptive name',
  `version` int NOT NULL DEFAULT 1 COMMENT '1, 2, 3, ...',
  `active` char(1) NOT NULL DEFAULT 'Y' COMMENT 'N=inactive, Y=active',
  `description` text COMMENT 'Optional bucketpool description',
  PRIMARY KEY (`bucketpool_pk`),
  UNIQUE KEY `bucketpool_bucketpool_name_key1` (`bucketpool_name`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bucket_def` (
  `bucket_pk` int NOT NULL AUTO_INCREMENT,
  `bucket_name` text NOT NULL,
  `bucket_color` text NOT NULL DEFAULT 'yellow' COMMENT 'color name or value.  eg "red" or "#fe0922", used to highlight reports, may also be ''url''',
  `bucket_reportorder` int NOT NULL DEFAULT 50 COMMENT 'sort order (ascending) for reporting this bucket',
  `bucket_evalorder` int NOT NULL DEFAULT 50 COMMENT 'sort order (ascending) for evaluating this bucket relative to the others in the pool.',
  `bucketpool_fk` int NOT NULL,
  `bucket_type` int NOT NULL COMMENT '1=MATCH_EVERY (aka STR-FILE) licenses in file line all match licenses in test file, 2=MATCH_ONLY (aka COMP-FILE) test file licenses are all contained in this file, 3=REGEX, 4=EXEC, 5=REGEX-FILE, 99=Not in any other bucket',
  `bucket_regex` text COMMENT 'if type=3, this is the regex, else null',
  `bucket_filename` text COMMENT 'if type =1, 2, 4,5: this is the name of the file in /usr/local/share/fossology/{bucketpool name}',
  `stopon` char(1) NOT NULL DEFAULT 'N' COMMENT 'if ''N'' continue evaluating buckets even if this one matches.  If ''Y'' stop bucket processing loop if this matches',
  `applies_to` char(1) NOT NULL DEFAULT 1 COMMENT 'Bucket only applies to: ''1''=every file, ''2''=package',
  PRIMARY KEY (`bucket_pk`),
  CONSTRAINT `bucketpool_fk` FOREIGN KEY (`bucketpool_fk`) REFERENCES `bucketpool` (`bucketpool_pk`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bucket_container` (
  `bucket_fk` int NOT NULL,
  `agent_fk` int NOT NULL,
  `uploadtree_fk` int,
  `bf_pk` int NOT NULL AUTO_INCREMENT,
  `nomosagent_fk` int NOT NULL,
  PRIMARY KEY (`bf_pk`),
  CONSTRAINT `bucket_container_agent_fk_fkey` FOREIGN KEY (`agent_fk`) REFERENCES `agent` (`agent_pk`) ON UPDATE NO ACTION ON DELETE NO ACTION,
  CONSTRAINT `bucket_container_bucket_fk_fkey` FOREIGN KEY (`bucket_fk`) REFERENCES `bucket_def` (`bucket_pk`) ON UPDATE NO ACTION ON DELETE CASCADE,
  CONSTRAINT `bucket_container_nomosagent_pk_fkey` FOREIGN KEY (`nomosagent_fk`) REFERENCES `agent` (`agent_pk`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mimetype` (
  `mimetype_pk` int NOT NULL AUTO_INCREMENT,
  `mimetype_name` text NOT NULL,
  PRIMARY KEY (`mimetype_pk`),
  UNIQUE KEY `dirmodemask` (`mimetype_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pfile` (
  `pfile_pk` int NOT NULL AUTO_INCREMENT,
  `pfile_md5` char(32) NOT NULL,
  `pfile_sha1` char(40) NOT NULL,
  `pfile_sha256` char(64),
  `pfile_size` bigint NOT NULL,
  `pfile_mimetypefk` int COMMENT 'NULL is treated as application/octet-stream',
  PRIMARY KEY (`pfile_pk`),
  UNIQUE KEY `pfile_md5_sha1_sha256_size_ukey` (`pfile_md5`, `pfile_sha1`, `pfile_sha256`, `pfile_size`),
  CONSTRAINT `pfile_mimetype_fk_fkey` FOREIGN KEY (`pfile_mimetypefk`) REFERENCES `mimetype` (`mimetype_pk`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bucket_file` (
  `bf_pk` int NOT NULL AUTO_INCREMENT,
  `bucket_fk` int NOT NULL,
  `pfile_fk` int,
  `agent_fk` int NOT NULL,
  `nomosagent_fk` int NOT NULL,
  CONSTRAINT `bf_bucket_agent_fk` FOREIGN KEY (`agent_fk`) REFERENCES `agent` (`agent_pk`) ON UPDATE NO ACTION ON DELETE NO ACTION,
  PRIMARY KEY (`bf_pk`),
  UNIQUE KEY `bucket_file_bucket_fk_key` (`bucket_fk`, `pfile_fk`, `agent_fk`, `nomosagent_fk`),
  CONSTRAINT `bucket_file_nomosagent_pk_fkey` FOREIGN KEY (`nomosagent_fk`) REFERENCES `agent` (`agent_pk`) ON UPDATE NO ACTION ON DELETE CASCADE,
  CONSTRAINT `bucket_file_bucket_fk_fkey` FOREIGN KEY (`bucket_fk`) REFERENCES `bucket_def` (`bucket_pk`) ON UPDATE NO ACTION ON DELETE CASCADE,
  CONSTRAINT `bucket_file_pfile_fk_fkey` FOREIGN KEY (`pfile_fk`) REFERENCES `pfile` (`pfile_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clearing_decision` (
  `clearing_decision_pk` int NOT NULL AUTO_INCREMENT,
  `uploadtree_fk` int NOT NULL,
  `pfile_fk` int NOT NULL,
  `user_fk` int NOT NULL,
  `group_fk` int,
  `date_added` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `decision_type` int NOT NULL DEFAULT 0 COMMENT 'see Fossology/Lib/Data/DecisionTypes',
  `scope` int NOT NULL DEFAULT 1 COMMENT 'see Fossology/Lib/Data/DecisonScopes',
  PRIMARY KEY (`clearing_decision_pk`),
  CONSTRAINT `clearing_decision_pfile_fk_fkey` FOREIGN KEY (`pfile_fk`) REFERENCES `pfile` (`pfile_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clearing_decision_event` (
  `clearing_event_fk` int NOT NULL,
  `clearing_decision_fk` int NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clearing_event` (
  `clearing_event_pk` int NOT NULL AUTO_INCREMENT,
  `uploadtree_fk` int NOT NULL,
  `rf_fk` int NOT NULL COMMENT 'refer to license_ref* (not only license_ref)',
  `removed` tinyint(1) COMMENT 'true: add license, false: remove license, null: only change comment',
  `user_fk` int NOT NULL,
  `group_fk` int NOT NULL,
  `job_fk` int,
  `type_fk` int NOT NULL COMMENT 'see Fossology/Lib/Data/LicenseEvent/ClearingEventTypes',
  `comment` text COMMENT 'User comment',
  `reportinfo` text COMMENT 'public comment',
  `acknowledgement` text COMMENT 'public comment',
  `date_added` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`clearing_event_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comp_result` (
  `agent_fk` int NOT NULL COMMENT 'Agent id',
  `pfile_fk` int NOT NULL COMMENT 'pfile key',
  `first_rf_fk` int NOT NULL COMMENT 'License1 key',
  `second_rf_fk` int NOT NULL COMMENT 'License2 key',
  `result` tinyint(1) NOT NULL COMMENT 'compatibility result'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `copyright` (
  `copyright_pk` bigint NOT NULL AUTO_INCREMENT,
  `agent_fk` bigint NOT NULL,
  `pfile_fk` bigint NOT NULL,
  `content` text,
  `hash` text,
  `type` text,
  `copy_startbyte` int,
  `copy_endbyte` int,
  `is_enabled` tinyint(1) DEFAULT 1 COMMENT 'true to enable, false to disable',
  PRIMARY KEY (`copyright_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `copyright_decision` (
  `copyright_decision_pk` bigint NOT NULL AUTO_INCREMENT,
  `user_fk` bigint NOT NULL,
  `pfile_fk` bigint NOT NULL,
  `clearing_decision_type_fk` bigint NOT NULL,
  `description` text,
  `textfinding` text,
  `hash` char(64) COMMENT 'SHA256 hash of textfinding for grouping statements.',
  `comment` text,
  `is_enabled` tinyint(1) DEFAULT 1 COMMENT 'true to enable, false to disable',
  PRIMARY KEY (`copyright_decision_pk`),
  UNIQUE KEY `copyright_decision_pfile_hash_ukey` (`pfile_fk`, `hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `copyright_event` (
  `copyright_event_pk` bigint NOT NULL AUTO_INCREMENT,
  `upload_fk` bigint NOT NULL,
  `uploadtree_fk` int NOT NULL,
  `copyright_fk` bigint NOT NULL,
  `content` text,
  `hash` text,
  `is_enabled` tinyint(1) DEFAULT 0 COMMENT 'true to enabled with edited, false to disable',
  `scope` int NOT NULL DEFAULT 1 COMMENT '1 for normal and 2 for deactivation from license page ex: irrelevent',
  PRIMARY KEY (`copyright_event_pk`),
  CONSTRAINT `copyright_event_copyright_fk_fkey` FOREIGN KEY (`copyright_fk`) REFERENCES `copyright` (`copyright_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `copyright_spasht` (
  `copyright_spasht_pk` bigint NOT NULL AUTO_INCREMENT,
  `agent_fk` bigint NOT NULL,
  `pfile_fk` bigint NOT NULL,
  `clearing_decision_type_fk` bigint NOT NULL,
  `description` text,
  `textfinding` text,
  `hash` char(64) COMMENT 'SHA256 hash of textfinding for grouping statements.',
  `comment` text,
  `is_enabled` tinyint(1) DEFAULT 1 COMMENT 'true to enable, false to disable',
  PRIMARY KEY (`copyright_spasht_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_phrase` (
  `cp_pk` int NOT NULL AUTO_INCREMENT COMMENT 'Primary key',
  `user_fk` int COMMENT 'User who created this phrase',
  `group_fk` int COMMENT 'Group that owns this phrase',
  `text` text NOT NULL COMMENT 'The custom text content',
  `text_md5` varchar(32) NOT NULL COMMENT 'MD5 hash of the text content for duplicate detection',
  `acknowledgement` text COMMENT 'Acknowledgement text for the license',
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP COMMENT 'When this phrase was created',
  `is_active` tinyint(1) DEFAULT 1 COMMENT 'Whether this phrase is active',
  `comments` text COMMENT 'Comments for the custom text',
  PRIMARY KEY (`cp_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_phrase_license_map` (
  `cp_fk` int NOT NULL COMMENT 'Foreign key to custom_phrase table',
  `rf_fk` int NOT NULL COMMENT 'reference to license_ref* (not only license_ref)',
  `removing` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'true if removing license, false if adding license',
  `comment` text COMMENT 'User comment for this license mapping',
  `reportinfo` text COMMENT 'License text / public comment for this mapping',
  `acknowledgement` text COMMENT 'Acknowledgement text for this license mapping',
  CONSTRAINT `custom_phrase_license_map_cp_fk_fkey` FOREIGN KEY (`cp_fk`) REFERENCES `custom_phrase` (`cp_pk`) ON UPDATE NO ACTION ON DELETE CASCADE,
  PRIMARY KEY (`cp_fk`, `rf_fk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ecc` (
  `ecc_pk` bigint NOT NULL AUTO_INCREMENT,
  `agent_fk` bigint NOT NULL,
  `pfile_fk` bigint NOT NULL,
  `content` text,
  `hash` text,
  `type` text,
  `copy_startbyte` int,
  `copy_endbyte` int,
  `is_enabled` tinyint(1) DEFAULT 1 COMMENT 'true to enable, false to disable',
  PRIMARY KEY (`ecc_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ecc_decision` (
  `ecc_decision_pk` bigint NOT NULL AUTO_INCREMENT,
  `user_fk` bigint NOT NULL,
  `pfile_fk` bigint NOT NULL,
  `clearing_decision_type_fk` bigint NOT NULL,
  `description` text,
  `textfinding` text,
  `hash` char(64) COMMENT 'SHA256 hash of textfinding for grouping statements.',
  `comment` text,
  `is_enabled` tinyint(1) DEFAULT 1 COMMENT 'true to enable, false to disable',
  PRIMARY KEY (`ecc_decision_pk`),
  UNIQUE KEY `ecc_decision_pfile_hash_ukey` (`pfile_fk`, `hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ecc_event` (
  `ecc_event_pk` bigint NOT NULL AUTO_INCREMENT,
  `upload_fk` bigint NOT NULL,
  `uploadtree_fk` int NOT NULL,
  `ecc_fk` bigint NOT NULL,
  `content` text,
  `hash` text,
  `is_enabled` tinyint(1) DEFAULT 0 COMMENT 'true to enabled with edited, false to disable',
  `scope` int NOT NULL DEFAULT 1 COMMENT '1 for normal and 2 for deactivation from license page ex: irrelevent',
  PRIMARY KEY (`ecc_event_pk`),
  CONSTRAINT `ecc_event_ecc_fk_fkey` FOREIGN KEY (`ecc_fk`) REFERENCES `ecc` (`ecc_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_picker` (
  `file_picker_pk` int NOT NULL AUTO_INCREMENT,
  `user_fk` int NOT NULL,
  `uploadtree_fk1` int NOT NULL,
  `uploadtree_fk2` int NOT NULL,
  `last_access_date` date NOT NULL,
  PRIMARY KEY (`file_picker_pk`),
  UNIQUE KEY `file_picker_user_fk_ukey` (`user_fk`, `uploadtree_fk1`, `uploadtree_fk2`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `folder` (
  `folder_pk` int NOT NULL AUTO_INCREMENT,
  `folder_name` text NOT NULL,
  `user_fk` int,
  `folder_desc` text,
  `folder_perm` int COMMENT 'future permission',
  PRIMARY KEY (`folder_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `foldercontents` (
  `foldercontents_pk` int NOT NULL AUTO_INCREMENT,
  `parent_fk` int NOT NULL COMMENT 'parent folder_fk',
  `foldercontents_mode` int NOT NULL COMMENT '1<<0 child is folder_fk, 1<<1 child is upload_fk, 1<<2 child is an uploadtree_fk',
  `child_id` int NOT NULL,
  PRIMARY KEY (`foldercontents_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fossdashconfig` (
  `fossdashconfig_pk` int NOT NULL AUTO_INCREMENT,
  `variablename` varchar(30) NOT NULL COMMENT 'Name of configuration variable',
  `conf_value` text COMMENT 'value of config variable',
  `ui_label` varchar(60) NOT NULL COMMENT 'Label that appears on user interface to prompt for variable',
  `vartype` int NOT NULL COMMENT 'variable type.  1=int, 2=text, 3=textarea, 4=password, 5=dropdown',
  `group_name` varchar(20) NOT NULL COMMENT 'Name of this variables group in the user interface',
  `group_order` int COMMENT 'The order this variable appears in the user interface group',
  `description` text NOT NULL COMMENT 'Description of variable to document how/where the variable value is used.',
  `validation_function` varchar(40) DEFAULT NULL COMMENT 'Name of function to validate input. Not currently implemented.',
  `option_value` varchar(40) DEFAULT NULL COMMENT 'If vartype is 5, provide options in format op1{val1}|op2{val2}|...',
  PRIMARY KEY (`fossdashconfig_pk`),
  UNIQUE KEY `fossdashconfig_variablename_key` (`variablename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_user_member` (
  `group_user_member_pk` int NOT NULL AUTO_INCREMENT,
  `group_fk` int NOT NULL COMMENT 'Group user is a member of',
  `user_fk` int NOT NULL COMMENT 'User foreign key',
  `group_perm` int NOT NULL COMMENT 'Permission: 0=user, 1=admin.  Only Admins can add/remove/assign permissions to users.',
  PRIMARY KEY (`group_user_member_pk`),
  UNIQUE KEY `group_user_member_user_group_ukey` (`user_fk`, `group_fk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `group_pk` int NOT NULL AUTO_INCREMENT,
  `group_name` varchar(64),
  UNIQUE KEY `group_group_name_key` (`group_name`),
  PRIMARY KEY (`group_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `highlight` (
  `type` char(2) COMMENT 'Monk: full match ''M'', Diff ''M0'', DiffAdd ''M+'', DiffRemove ''M-'', DiffReplace ''MR''; Nomos License ''L''',
  `start` bigint,
  `len` bigint,
  `fl_fk` bigint,
  `rf_start` bigint,
  `rf_len` bigint
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `highlight_bulk` (
  `clearing_event_fk` bigint,
  `lrb_fk` bigint,
  `start` bigint,
  `len` bigint
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `highlight_keyword` (
  `pfile_fk` bigint,
  `start` bigint,
  `len` bigint
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `highlight_kotoba` (
  `clearing_event_fk` bigint,
  `cp_fk` bigint,
  `start` bigint,
  `len` bigint
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ipra` (
  `ipra_pk` bigint NOT NULL AUTO_INCREMENT,
  `agent_fk` bigint NOT NULL,
  `pfile_fk` bigint NOT NULL,
  `content` text,
  `hash` text,
  `type` text,
  `copy_startbyte` int,
  `copy_endbyte` int,
  `is_enabled` tinyint(1) DEFAULT 1 COMMENT 'true to enable, false to disable',
  PRIMARY KEY (`ipra_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ipra_decision` (
  `ipra_decision_pk` bigint NOT NULL AUTO_INCREMENT,
  `user_fk` bigint NOT NULL,
  `pfile_fk` bigint NOT NULL,
  `clearing_decision_type_fk` bigint NOT NULL,
  `description` text,
  `textfinding` text,
  `hash` char(64) COMMENT 'SHA256 hash of textfinding for grouping statements.',
  `comment` text,
  `is_enabled` tinyint(1) DEFAULT 1 COMMENT 'true to enable, false to disable',
  PRIMARY KEY (`ipra_decision_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ipra_event` (
  `ipra_event_pk` bigint NOT NULL AUTO_INCREMENT,
  `upload_fk` bigint NOT NULL,
  `uploadtree_fk` int NOT NULL,
  `ipra_fk` bigint NOT NULL,
  `content` text,
  `hash` text,
  `is_enabled` tinyint(1) DEFAULT 0 COMMENT 'true to enabled with edited, false to disable',
  `scope` int NOT NULL DEFAULT 1 COMMENT '1 for normal and 2 for deactivation from license page ex: irrelevent',
  PRIMARY KEY (`ipra_event_pk`),
  CONSTRAINT `ipra_event_ipra_fk_fkey` FOREIGN KEY (`ipra_fk`) REFERENCES `ipra` (`ipra_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job` (
  `job_pk` int NOT NULL AUTO_INCREMENT,
  `job_queued` datetime,
  `job_priority` int NOT NULL DEFAULT 0,
  `job_email_notify` text COMMENT 'list of emails to notify on completion (format?)',
  `job_name` text COMMENT 'what to call this job, for the user',
  `job_upload_fk` int COMMENT 'upload this job applies to',
  `job_folder_fk` int COMMENT 'folder this job applies to',
  `job_user_fk` int COMMENT 'Job submitted by this user',
  `job_group_fk` int COMMENT 'Job submitted by this group',
  PRIMARY KEY (`job_pk`),
  CONSTRAINT `job_job_folder_fk_fkey` FOREIGN KEY (`job_folder_fk`) REFERENCES `folder` (`folder_pk`) ON UPDATE NO ACTION ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobqueue` (
  `jq_pk` int NOT NULL AUTO_INCREMENT,
  `jq_job_fk` int NOT NULL COMMENT 'which user job this step supports',
  `jq_type` text NOT NULL COMMENT 'agent.agent_name',
  `jq_args` text COMMENT 'arbitrary text understood by the agent',
  `jq_starttime` datetime COMMENT 'set this field to indicate job is in progress',
  `jq_endtime` datetime COMMENT 'set this when job completed for whatever reason',
  `jq_endtext` text,
  `jq_end_bits` smallint NOT NULL DEFAULT 0 COMMENT 'bitmask(ok=0x1, fail=0x2, nonfatal=0x4)',
  `jq_schedinfo` text COMMENT 'Field for information storage by job scheduler(s) presumably useful for cleanup after failures too',
  `jq_itemsprocessed` int DEFAULT 0 COMMENT 'sum of files processed by all agents',
  `jq_log` text COMMENT 'Field that holds the name of the optional log file',
  `jq_runonpfile` text COMMENT 'The column name for determining which host to run on',
  `jq_host` text COMMENT 'Host to run job on.  May be null to let the scheduler decide.',
  `jq_cmd_args` text COMMENT 'command line arguments, i.e. "-ab -u 123 -c /my/dir"',
  PRIMARY KEY (`jq_pk`),
  CONSTRAINT `jobqueue_job_fk` FOREIGN KEY (`jq_job_fk`) REFERENCES `job` (`job_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobdepends` (
  `jdep_jq_fk` int COMMENT 'jdep_jq_fk depends on jdep_jq_depends_fk',
  `jdep_jq_depends_fk` int,
  CONSTRAINT `jdep_depends_jq_fk` FOREIGN KEY (`jdep_jq_depends_fk`) REFERENCES `jobqueue` (`jq_pk`) ON UPDATE NO ACTION ON DELETE CASCADE,
  CONSTRAINT `jdep_jq_fk` FOREIGN KEY (`jdep_jq_fk`) REFERENCES `jobqueue` (`jq_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keyword` (
  `keyword_pk` bigint NOT NULL AUTO_INCREMENT,
  `agent_fk` bigint NOT NULL,
  `pfile_fk` bigint NOT NULL,
  `content` text,
  `hash` text,
  `type` text,
  `copy_startbyte` int,
  `copy_endbyte` int,
  `is_enabled` tinyint(1) DEFAULT 1 COMMENT 'true to enable, false to disable',
  PRIMARY KEY (`keyword_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keyword_decision` (
  `keyword_decision_pk` bigint NOT NULL AUTO_INCREMENT,
  `user_fk` bigint NOT NULL,
  `pfile_fk` bigint NOT NULL,
  `clearing_decision_type_fk` bigint NOT NULL,
  `description` text,
  `textfinding` text,
  `hash` char(64) COMMENT 'SHA256 hash of textfinding for grouping statements.',
  `comment` text,
  `is_enabled` tinyint(1) DEFAULT 1 COMMENT 'true to enable, false to disable',
  PRIMARY KEY (`keyword_decision_pk`),
  UNIQUE KEY `keyword_decision_pfile_hash_ukey` (`pfile_fk`, `hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keyword_event` (
  `keyword_event_pk` bigint NOT NULL AUTO_INCREMENT,
  `upload_fk` bigint NOT NULL,
  `uploadtree_fk` int NOT NULL,
  `keyword_fk` bigint NOT NULL,
  `content` text,
  `hash` text,
  `is_enabled` tinyint(1) DEFAULT 0 COMMENT 'true to enabled with edited, false to disable',
  `scope` int NOT NULL DEFAULT 1 COMMENT '1 for normal and 2 for deactivation from license page ex: irrelevent',
  PRIMARY KEY (`keyword_event_pk`),
  CONSTRAINT `keyword_event_keyword_fk_fkey` FOREIGN KEY (`keyword_fk`) REFERENCES `keyword` (`keyword_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `user_pk` int NOT NULL AUTO_INCREMENT,
  `user_name` text NOT NULL,
  `root_folder_fk` int NOT NULL COMMENT 'root folder for this user',
  `default_folder_fk` int NOT NULL DEFAULT -1 COMMENT 'default folder for this user',
  `last_connection` datetime,
  `user_desc` text,
  `user_status` text DEFAULT 'active' COMMENT 'active, incactive',
  `user_seed` text,
  `user_pass` text,
  `user_perm` int,
  `user_email` text,
  `email_notify` varchar(1) DEFAULT 'y' COMMENT 'Email notification flag',
  `upload_visibility` text COMMENT 'Default Visibility for uploads by the user',
  `user_agent_list` text COMMENT 'list of user agents to automatically run on upload',
  `default_bucketpool_fk` int,
  `ui_preference` varchar(255) DEFAULT 'simple' COMMENT 'ui preference for the user, either simple or original',
  `new_upload_group_fk` int COMMENT 'group given new_upload_perm on new uploads',
  `new_upload_perm` int COMMENT 'permission given to new_upload_group on new uploads',
  `group_fk` int,
  `spdx_settings` text DEFAULT 'unchecked,unchecked,unchecked' COMMENT 'Comma-separated SPDX export settings: osselot_export,spdx_license_comment,ignore_files_wo_info as checked/unchecked values',
  `cyclonedx_settings` text DEFAULT 'unchecked,unchecked,unchecked' COMMENT 'Comma-separated CycloneDX export settings: osselot_export,cyclonedx_license_comment,ignore_files_wo_info as checked/unchecked values',
  PRIMARY KEY (`user_pk`),
  UNIQUE KEY `user_user_name_key` (`user_name`),
  CONSTRAINT `users_default_bucketpool_pk_fkey` FOREIGN KEY (`default_bucketpool_fk`) REFERENCES `bucketpool` (`bucketpool_pk`) ON UPDATE NO ACTION ON DELETE NO ACTION,
  CONSTRAINT `users_group_id_fkey` FOREIGN KEY (`group_fk`) REFERENCES `groups` (`group_pk`) ON UPDATE NO ACTION ON DELETE NO ACTION,
  CONSTRAINT `users_new_upload_group_fk_fkey` FOREIGN KEY (`new_upload_group_fk`) REFERENCES `groups` (`group_pk`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_candidate` (
  `rf_pk` bigint NOT NULL AUTO_INCREMENT COMMENT 'Primary Key',
  `rf_shortname` text NOT NULL COMMENT 'GPL, APSL, MIT, ...',
  `rf_licensetype` text DEFAULT 'Unknown' COMMENT 'Permissive, Copyleft, Copyright, ...',
  `rf_text` text NOT NULL COMMENT 'reference License text, or regex',
  `rf_url` text COMMENT 'URL of authoritative license text',
  `rf_add_date` date DEFAULT CURRENT_TIMESTAMP COMMENT 'Date License added to this table',
  `rf_copyleft` bit(1) COMMENT 'Is license copyleft?',
  `rf_OSIapproved` bit(1) COMMENT 'Is license OSI approved? ',
  `rf_fullname` text COMMENT 'GNU General Public License, Apple Public Source License, ...',
  `rf_FSFfree` bit(1) COMMENT 'Is license FSF free?',
  `rf_GPLv2compatible` bit(1) COMMENT 'Is license GPL v2 compatible',
  `rf_GPLv3compatible` bit(1) COMMENT 'Is license GPL v3 compatible',
  `rf_notes` text COMMENT 'General notes (public)',
  `rf_Fedora` text COMMENT '"Good", "Bad", "Unknown"',
  `marydone` tinyint(1) NOT NULL DEFAULT 0,
  `rf_active` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'change this to false if you don''t want this reference license to be used in new analyses (does  not apply to nomos agent)',
  `rf_text_updatable` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'true if the license text can be updated (eg written by nomos)',
  `rf_md5` char(32) COMMENT 'md5 of the license text, used to keep duplicates out of the system',
  `rf_detector_type` int NOT NULL COMMENT '1 uses reference license, 2 nomos',
  `rf_source` text,
  `rf_risk` int COMMENT 'risk level',
  `rf_spdx_id` text COMMENT 'Valid SPDX License Identifier for license. This will be exported in report.',
  `rf_flag` int NOT NULL DEFAULT 1 COMMENT 'default will be 1 if it gets updated from UI it will be 2',
  `rf_external_id` char(36) COMMENT 'LicenseDB id of the license',
  `group_fk` bigint COMMENT 'group seeing this candidate',
  `rf_creationdate` datetime DEFAULT CURRENT_TIMESTAMP COMMENT 'License creation date',
  `rf_lastmodified` datetime DEFAULT CURRENT_TIMESTAMP COMMENT 'License modified date',
  `rf_user_fk_created` int DEFAULT 3 COMMENT 'user who created',
  `rf_user_fk_modified` int COMMENT 'user who modified',
  PRIMARY KEY (`rf_pk`),
  CONSTRAINT `license_candidate_rf_user_fk_modified_fkey` FOREIGN KEY (`rf_user_fk_modified`) REFERENCES `users` (`user_pk`) ON UPDATE SET NULL ON DELETE SET NULL,
  CONSTRAINT `license_candidate_rf_user_fk_created_fkey` FOREIGN KEY (`rf_user_fk_created`) REFERENCES `users` (`user_pk`) ON UPDATE SET NULL ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_file` (
  `fl_pk` bigint NOT NULL AUTO_INCREMENT COMMENT 'Primary Key',
  `rf_fk` bigint COMMENT 'RefLicense fk, if NULL this file does not contain a license',
  `agent_fk` int NOT NULL COMMENT 'Agent fk that recorded this record',
  `rf_match_pct` int COMMENT 'match pct 1-100',
  `rf_timestamp` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'record add time',
  `pfile_fk` int NOT NULL,
  `server_fk` int NOT NULL DEFAULT 1,
  `fl_ref_start_byte` int COMMENT 'byte offset of match in reference license',
  `fl_ref_end_byte` int COMMENT 'byte offset of match end in reference license',
  `fl_start_byte` int COMMENT 'byte offset of license match in file',
  `fl_end_byte` int COMMENT 'byte offset of end of license match in file',
  PRIMARY KEY (`fl_pk`),
  CONSTRAINT `license_file_pfile_fk_fkey` FOREIGN KEY (`pfile_fk`) REFERENCES `pfile` (`pfile_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_map` (
  `license_map_pk` bigint NOT NULL AUTO_INCREMENT,
  `rf_fk` int NOT NULL COMMENT 'License',
  `rf_parent` int NOT NULL COMMENT 'self or generalization',
  `usage` int COMMENT '0: license, 1: family',
  PRIMARY KEY (`license_map_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_ref` (
  `rf_pk` bigint NOT NULL AUTO_INCREMENT COMMENT 'Primary Key',
  `rf_shortname` text NOT NULL COMMENT 'GPL, APSL, MIT, ...',
  `rf_licensetype` text DEFAULT 'Unknown' COMMENT 'Permissive, Copyleft, Copyright, ...',
  `rf_text` text NOT NULL COMMENT 'reference License text, or regex',
  `rf_url` text COMMENT 'URL of authoritative license text',
  `rf_add_date` date DEFAULT CURRENT_TIMESTAMP COMMENT 'Date License added to this table',
  `rf_copyleft` bit(1) COMMENT 'Is license copyleft?',
  `rf_OSIapproved` bit(1) COMMENT 'Is license OSI approved? ',
  `rf_fullname` text COMMENT 'GNU General Public License, Apple Public Source License, ...',
  `rf_FSFfree` bit(1) COMMENT 'Is license FSF free?',
  `rf_GPLv2compatible` bit(1) COMMENT 'Is license GPL v2 compatible',
  `rf_GPLv3compatible` bit(1) COMMENT 'Is license GPL v3 compatible',
  `rf_notes` text COMMENT 'General notes (public)',
  `rf_Fedora` text COMMENT '"Good", "Bad", "Unknown"',
  `marydone` tinyint(1) NOT NULL DEFAULT 0,
  `rf_active` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'change this to false if you don''t want this reference license to be used in new analyses (does  not apply to nomos agent)',
  `rf_text_updatable` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'true if the license text can be updated (eg written by nomos)',
  `rf_md5` char(32) COMMENT 'md5 of the license text, used to keep duplicates out of the system',
  `rf_detector_type` int NOT NULL COMMENT '1 uses reference license, 2 nomos',
  `rf_source` text,
  `rf_risk` int COMMENT 'risk level',
  `rf_spdx_id` text COMMENT 'Valid SPDX License Identifier for license. This will be exported in report.',
  `rf_flag` int NOT NULL DEFAULT 1 COMMENT 'default will be 1 if it gets updated from UI it will be 2',
  `rf_external_id` char(36) COMMENT 'LicenseDB id of the license',
  PRIMARY KEY (`rf_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_ref_bulk` (
  `lrb_pk` bigint NOT NULL AUTO_INCREMENT COMMENT 'Primary Key',
  `user_fk` bigint NOT NULL COMMENT 'user who made this bulk scan',
  `group_fk` bigint COMMENT 'group id',
  `rf_text` text NOT NULL COMMENT 'text searched by bulk scan',
  `upload_fk` bigint COMMENT 'upload id',
  `uploadtree_fk` bigint NOT NULL COMMENT 'file from which the decision was made',
  `ignore_irrelevant` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Should the irrelevant files be ignored during scan?',
  `bulk_delimiters` text DEFAULT 1 COMMENT 'What delimiters to use for scan?',
  `scan_findings` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Should i scan only the files with license findings?',
  PRIMARY KEY (`lrb_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_rules` (
  `lr_pk` bigint NOT NULL AUTO_INCREMENT COMMENT 'Primary Key',
  `first_rf_fk` bigint COMMENT 'License1 id',
  `second_rf_fk` bigint COMMENT 'License2 id',
  `first_type` text COMMENT 'License1 type',
  `second_type` text COMMENT 'License2 type',
  `compatibility` tinyint(1) NOT NULL COMMENT 'Tells whether license1/main_id and license2/sub_id are compatible or not',
  `comment` text NOT NULL COMMENT 'Rule Description',
  PRIMARY KEY (`lr_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_set_bulk` (
  `rf_fk` bigint NOT NULL COMMENT 'reference to license_ref* (not only license_ref)',
  `removing` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'true if removing, false if adding',
  `lrb_fk` bigint NOT NULL,
  `comment` text COMMENT 'User comment',
  `reportinfo` text COMMENT 'public comment',
  `acknowledgement` text COMMENT 'public comment',
  CONSTRAINT `license_set_bulk_fkey` FOREIGN KEY (`lrb_fk`) REFERENCES `license_ref_bulk` (`lrb_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_std_acknowledgement` (
  `la_pk` int NOT NULL COMMENT 'Acknowledgement id',
  `name` text NOT NULL DEFAULT 'not-set' COMMENT 'Friendly name of the acknowledgement',
  `acknowledgement` text COMMENT 'The standard license acknowledgement',
  `updated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When this acknowledgement was last updated',
  `user_fk` int COMMENT 'Which user did the last update',
  `is_enabled` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Is the acknowledgement enabled?',
  CONSTRAINT `license_std_acknowledgement_user_fk_fkey` FOREIGN KEY (`user_fk`) REFERENCES `users` (`user_pk`) ON UPDATE SET NULL ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_std_comment` (
  `lsc_pk` int NOT NULL COMMENT 'Comment id',
  `name` text NOT NULL DEFAULT 'not-set' COMMENT 'Friendly name of the comment',
  `comment` text COMMENT 'The standard license comment',
  `updated` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When this comment was last updated',
  `user_fk` int COMMENT 'Which user did the last update',
  `is_enabled` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Is the comment enabled?',
  CONSTRAINT `license_std_comment_user_fk_fkey` FOREIGN KEY (`user_fk`) REFERENCES `users` (`user_pk`) ON UPDATE SET NULL ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `obligation_candidate_map` (
  `om_pk` bigint NOT NULL AUTO_INCREMENT COMMENT 'Primary Key',
  `ob_fk` bigint NOT NULL COMMENT 'Obligation topic key as in obligation_ref',
  `rf_fk` bigint NOT NULL COMMENT 'Reference license key as in license_candidate',
  PRIMARY KEY (`om_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `obligation_map` (
  `om_pk` bigint NOT NULL AUTO_INCREMENT COMMENT 'Primary Key',
  `ob_fk` bigint NOT NULL COMMENT 'Obligation topic key as in obligation_ref',
  `rf_fk` bigint NOT NULL COMMENT 'Parent license key as in license_ref',
  PRIMARY KEY (`om_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `obligation_ref` (
  `ob_pk` bigint NOT NULL AUTO_INCREMENT COMMENT 'Primary Key',
  `ob_type` text NOT NULL DEFAULT 'Obligation' COMMENT 'Type of legal statement: obligation, restriction, risk or right',
  `ob_topic` text NOT NULL COMMENT 'An arbitrary name for the obligation: include notices, copyleft effect, ...',
  `ob_text` text NOT NULL COMMENT 'The full text of the obligation',
  `ob_classification` text COMMENT 'Level of attention this obligation should raise in the clearing process: green, white, yellow or red',
  `ob_modifications` text COMMENT 'True if the obligation applies on modified source code (mainly applies on copyleft licenses)',
  `ob_comment` text COMMENT 'Optional comment',
  `ob_active` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Change this to false if you don''t want this obligation to be used in new reports',
  `ob_text_updatable` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'True if the obligation text can be updated',
  `ob_md5` char(32) COMMENT 'md5 of the obligation text, used to keep duplicates out of the system',
  `ob_external_id` char(36) COMMENT 'LicenseDB id of the obligation',
  PRIMARY KEY (`ob_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `package` (
  `package_pk` int NOT NULL AUTO_INCREMENT,
  `package_name` text NOT NULL,
  PRIMARY KEY (`package_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perm_upload` (
  `perm_upload_pk` int NOT NULL AUTO_INCREMENT,
  `perm` int NOT NULL COMMENT 'permission PERM_NONE, PERM_READ, PERM_WRITE, PERM_ADMIN',
  `upload_fk` int NOT NULL,
  `group_fk` int NOT NULL,
  PRIMARY KEY (`perm_upload_pk`),
  CONSTRAINT `perm_upload_fkidx` FOREIGN KEY (`upload_fk`) REFERENCES `upload` (`upload_pk`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `perm_upload_group_fkidx` FOREIGN KEY (`group_fk`) REFERENCES `groups` (`group_pk`) ON UPDATE CASCADE ON DELETE CASCADE,
  UNIQUE KEY `perm_upload_upload_fk_group_fk_key` (`upload_fk`, `group_fk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personal_access_tokens` (
  `pat_pk` int NOT NULL AUTO_INCREMENT COMMENT 'The unique id of the token. Required for revoke operation',
  `user_fk` int NOT NULL COMMENT 'User who created this token.',
  `created_on` date NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When this token was created',
  `expire_on` date COMMENT 'When this token will expire',
  `token_scope` char(1) NOT NULL COMMENT 'Scope of the token (r=read only, w=read and write)',
  `token_name` varchar(40) NOT NULL COMMENT 'Name of the token',
  `token_key` char(40) DEFAULT NULL COMMENT 'The secret key for token verification',
  `active` tinyint(1) NOT NULL COMMENT 'True if token is active, false otherwise',
  `client_id` text COMMENT 'Client id from oauth',
  PRIMARY KEY (`pat_pk`),
  CONSTRAINT `personal_access_tokens_user_fk_fkey` FOREIGN KEY (`user_fk`) REFERENCES `users` (`user_pk`) ON UPDATE CASCADE ON DELETE CASCADE,
  UNIQUE KEY `personal_access_tokens_client_id_ukey` (`client_id`),
  UNIQUE KEY `personal_access_tokens_token_key_ukey` (`user_fk`, `token_key`),
  UNIQUE KEY `personal_access_tokens_token_name_ukey` (`user_fk`, `token_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pkg_deb` (
  `pkg_name` text NOT NULL COMMENT 'the name of the package',
  `pkg_arch` text NOT NULL COMMENT 'debian machine architecture',
  `version` text NOT NULL COMMENT 'the version number of a package',
  `section` text COMMENT 'this field specifies an application area into which the package has been classified',
  `priority` text COMMENT 'this field represents how important that it is that the user have the package installed',
  `installed_size` int COMMENT 'an estimate of the total amount of disk space required to install the named package',
  `maintainer` text NOT NULL COMMENT 'the package maintainer''s name and email address',
  `homepage` text COMMENT 'the URL of the web site for this package',
  `source` text COMMENT 'this field identifies the source package name.',
  `description` text NOT NULL COMMENT 'a description of the binary package',
  `pfile_fk` int NOT NULL COMMENT 'key of pfile record that package refer to',
  `pkg_pk` int NOT NULL AUTO_INCREMENT COMMENT 'package primary key',
  `summary` text COMMENT 'short description',
  `format` text COMMENT 'specifies a format revision for the file',
  `uploaders` text COMMENT 'names and email addresses of co-maintainers of the package',
  `standards_version` text COMMENT 'the most recent version of the standards',
  PRIMARY KEY (`pkg_pk`),
  CONSTRAINT `pkg_deb_pfile_fk_fkey` FOREIGN KEY (`pfile_fk`) REFERENCES `pfile` (`pfile_pk`) ON UPDATE NO ACTION ON DELETE CASCADE,
  UNIQUE KEY `pkg_deb_pfile_fk_key` (`pfile_fk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pkg_deb_req` (
  `req_pk` int NOT NULL AUTO_INCREMENT COMMENT 'pkg debian require primary key',
  `pkg_fk` int NOT NULL COMMENT 'key of pkg record that require refer to',
  `req_value` text COMMENT 'pkg debian require',
  PRIMARY KEY (`req_pk`),
  CONSTRAINT `pkg_deb_req_pkg_fk_fkey` FOREIGN KEY (`pkg_fk`) REFERENCES `pkg_deb` (`pkg_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pkg_rpm` (
  `pkg_name` text NOT NULL COMMENT 'the name of the package',
  `pkg_alias` text COMMENT 'the alias of the package',
  `pkg_arch` text NOT NULL COMMENT 'a shorthand name describing the type of computer hardware the packaged software is meant to run on',
  `version` text NOT NULL COMMENT 'the version number of the software, as specified by the software''s original creator',
  `rpm_filename` text NOT NULL COMMENT 'filename of rpm',
  `license` text NOT NULL COMMENT 'license type can be GPL, Freeware, Commercial, or other common type',
  `pkg_group` text COMMENT 'categorize the software',
  `packager` text NOT NULL COMMENT 'the name and contact information for the individual responsible for building the package',
  `release` text NOT NULL COMMENT 'the number of times a package consisting of this software has been packaged',
  `build_date` text NOT NULL COMMENT 'the time the package was created',
  `vendor` text NOT NULL COMMENT 'the organization responsible for building this package',
  `url` text COMMENT 'url resource',
  `source_rpm` text COMMENT 'the package file containing the source code and other files used to create the binary package file. the package is source rpm, this field will be NULL',
  `summary` text COMMENT 'a concise description of the packaged software',
  `description` text COMMENT 'a verbose description of the packaged software',
  `pfile_fk` int NOT NULL COMMENT 'key of pfile record that package refer to',
  `pkg_pk` int NOT NULL AUTO_INCREMENT COMMENT 'package primary key',
  PRIMARY KEY (`pkg_pk`),
  CONSTRAINT `pkg_rpm_pfile_fk_fkey` FOREIGN KEY (`pfile_fk`) REFERENCES `pfile` (`pfile_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pkg_rpm_req` (
  `pkg_fk` int NOT NULL COMMENT 'key of pkg record that require refer to',
  `req_value` text COMMENT 'pkg rpm require',
  `req_pk` int NOT NULL AUTO_INCREMENT COMMENT 'pkg rpm require primary key',
  PRIMARY KEY (`req_pk`),
  CONSTRAINT `pkg_rpm_req_pkg_fk_fkey` FOREIGN KEY (`pkg_fk`) REFERENCES `pkg_rpm` (`pkg_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_cache` (
  `report_cache_pk` int NOT NULL AUTO_INCREMENT,
  `report_cache_tla` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'time last accessed',
  `report_cache_key` text NOT NULL COMMENT 'http GET args',
  `report_cache_value` text NOT NULL COMMENT 'report to output',
  `report_cache_uploadfk` int,
  PRIMARY KEY (`report_cache_pk`),
  UNIQUE KEY `report_cache_report_cache_key_key` (`report_cache_key`),
  CONSTRAINT `report_cache_report_cache_uploadfk_fkey` FOREIGN KEY (`report_cache_uploadfk`) REFERENCES `upload` (`upload_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_cache_user` (
  `report_cache_user_pk` int NOT NULL AUTO_INCREMENT,
  `user_fk` int NOT NULL,
  `cache_on` char(1) DEFAULT 'Y',
  PRIMARY KEY (`report_cache_user_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_info` (
  `ri_pk` int NOT NULL AUTO_INCREMENT,
  `upload_fk` int NOT NULL,
  `ri_reviewed` text NOT NULL DEFAULT 'NA',
  `ri_footer` text NOT NULL DEFAULT 'Your Organization',
  `ri_report_rel` text NOT NULL DEFAULT 'NA',
  `ri_community` text NOT NULL DEFAULT 'NA',
  `ri_component` text NOT NULL DEFAULT 'NA',
  `ri_version` text NOT NULL DEFAULT 'NA',
  `ri_release_date` text NOT NULL DEFAULT 'NA',
  `ri_sw360_link` text NOT NULL DEFAULT 'NA',
  `ri_component_type` int NOT NULL DEFAULT 5,
  `ri_component_id` text NOT NULL DEFAULT 'NA',
  `ri_general_assesment` text NOT NULL DEFAULT 'NA',
  `ri_ga_additional` text NOT NULL DEFAULT 'NA',
  `ri_ga_risk` text NOT NULL DEFAULT 'NA',
  `ri_ga_checkbox_selection` text,
  `ri_spdx_selection` text,
  `ri_excluded_obligations` json,
  `ri_department` text NOT NULL DEFAULT 'FOSSology Generation',
  `ri_depnotes` text NOT NULL DEFAULT 'NA',
  `ri_exportnotes` text NOT NULL DEFAULT 'NA',
  `ri_copyrightnotes` text NOT NULL DEFAULT 'NA',
  `ri_unifiedcolumns` json COMMENT 'to edit unified report columns',
  `ri_clixmlcolumns` json COMMENT 'to edit clixml report file hash columns',
  `ri_globaldecision` smallint NOT NULL DEFAULT 1,
  PRIMARY KEY (`ri_pk`),
  CONSTRAINT `report_info_upload_fk_fkey` FOREIGN KEY (`upload_fk`) REFERENCES `upload` (`upload_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reportgen` (
  `upload_fk` int NOT NULL,
  `job_fk` int NOT NULL,
  `filepath` text,
  CONSTRAINT `reportgen_upload_fk_fkey` FOREIGN KEY (`upload_fk`) REFERENCES `upload` (`upload_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `software_heritage` (
  `software_heritage_pk` int NOT NULL,
  `pfile_fk` int NOT NULL,
  `swh_shortnames` text,
  `swh_status` int DEFAULT 1,
  CONSTRAINT `software_heritage_pfile_fk_fkey` FOREIGN KEY (`pfile_fk`) REFERENCES `pfile` (`pfile_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spasht` (
  `spasht_pk` int NOT NULL,
  `upload_fk` int NOT NULL,
  `spasht_name` text,
  `spasht_namespace` text,
  `spasht_revision` text,
  `spasht_type` text,
  `spasht_provider` text,
  CONSTRAINT `spasht_upload_fk_fkey` FOREIGN KEY (`upload_fk`) REFERENCES `upload` (`upload_pk`) ON UPDATE NO ACTION ON DELETE CASCADE,
  UNIQUE KEY `spasht_upload_fk_ukey` (`upload_fk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sysconfig` (
  `sysconfig_pk` int NOT NULL AUTO_INCREMENT,
  `variablename` varchar(30) NOT NULL COMMENT 'Name of configuration variable',
  `conf_value` text COMMENT 'value of config variable',
  `ui_label` varchar(60) NOT NULL COMMENT 'Label that appears on user interface to prompt for variable',
  `vartype` int NOT NULL COMMENT 'variable type.  1=int, 2=text, 3=textarea, 4=password, 5=dropdown, 6=boolean',
  `group_name` varchar(20) NOT NULL COMMENT 'Name of this variables group in the user interface',
  `group_order` int COMMENT 'The order this variable appears in the user interface group',
  `description` text NOT NULL COMMENT 'Description of variable to document how/where the variable value is used.',
  `validation_function` varchar(40) DEFAULT NULL COMMENT 'Name of function to validate input. Not currently implemented.',
  `option_value` text DEFAULT NULL COMMENT 'If vartype is 5, provide options in format op1{val1}|op2{val2}|...',
  PRIMARY KEY (`sysconfig_pk`),
  UNIQUE KEY `sysconfig_variablename_key` (`variablename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag` (
  `tag_pk` int NOT NULL AUTO_INCREMENT,
  `tag` varchar(32) NOT NULL,
  `tag_desc` text COMMENT 'tag description',
  PRIMARY KEY (`tag_pk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_file` (
  `tag_file_pk` int NOT NULL AUTO_INCREMENT,
  `tag_fk` int NOT NULL,
  `pfile_fk` int NOT NULL,
  `tag_file_date` datetime NOT NULL,
  `tag_file_text` text,
  PRIMARY KEY (`tag_file_pk`),
  CONSTRAINT `tags_file_pfile_fk_fkey` FOREIGN KEY (`pfile_fk`) REFERENCES `pfile` (`pfile_pk`) ON UPDATE NO ACTION ON DELETE CASCADE,
  CONSTRAINT `tags_file_tag_fk_fkey` FOREIGN KEY (`tag_fk`) REFERENCES `tag` (`tag_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_manage` (
  `tag_manage_pk` int NOT NULL AUTO_INCREMENT COMMENT 'primary key',
  `upload_fk` int NOT NULL COMMENT 'upload id, foreign key',
  `is_disabled` tinyint(1) COMMENT '1: disabled, 0: enabled',
  PRIMARY KEY (`tag_manage_pk`),
  CONSTRAINT `tag_manage_upload_fk_fkey` FOREIGN KEY (`upload_fk`) REFERENCES `upload` (`upload_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_uploadtree` (
  `tag_uploadtree_pk` int NOT NULL AUTO_INCREMENT,
  `tag_fk` int NOT NULL,
  `uploadtree_fk` int NOT NULL,
  `tag_uploadtree_date` datetime NOT NULL,
  `tag_uploadtree_text` text,
  PRIMARY KEY (`tag_uploadtree_pk`),
  CONSTRAINT `tags_uploadtree_tag_fk_fkey` FOREIGN KEY (`tag_fk`) REFERENCES `tag` (`tag_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upload_clearing` (
  `upload_fk` int NOT NULL,
  `group_fk` int NOT NULL COMMENT 'who is working at upload',
  `assignee` int DEFAULT 1,
  `status_fk` int DEFAULT 1,
  `status_comment` text,
  `priority` double,
  PRIMARY KEY (`upload_fk`, `group_fk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upload_clearing_license` (
  `upload_fk` int NOT NULL,
  `group_fk` int NOT NULL,
  `rf_fk` bigint NOT NULL,
  CONSTRAINT `upload_clearing_license_upload_fk_fkey` FOREIGN KEY (`upload_fk`) REFERENCES `upload` (`upload_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upload_events` (
  `upload_fk` int NOT NULL COMMENT 'upload that generated this event',
  `event_ts` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'timestamp when event happened',
  `event_type` int NOT NULL COMMENT 'type of event, see Fossology::Lib::Data::Upload::UploadEvents',
  CONSTRAINT `upload_events_upload_fk_fkey` FOREIGN KEY (`upload_fk`) REFERENCES `upload` (`upload_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upload_packages` (
  `package_fk` int NOT NULL,
  `upload_fk` int NOT NULL,
  CONSTRAINT `upload_packages_package_fk` FOREIGN KEY (`package_fk`) REFERENCES `package` (`package_pk`) ON UPDATE NO ACTION ON DELETE CASCADE,
  CONSTRAINT `upload_packages_upload_fk` FOREIGN KEY (`upload_fk`) REFERENCES `upload` (`upload_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upload_reuse` (
  `upload_fk` int NOT NULL,
  `reused_upload_fk` int NOT NULL,
  `group_fk` int NOT NULL,
  `reused_group_fk` int NOT NULL,
  `reuse_mode` int NOT NULL DEFAULT 0,
  `date_added` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uploadtree` (
  `uploadtree_pk` int NOT NULL AUTO_INCREMENT,
  `parent` int COMMENT 'uploadtree parent',
  `realparent` int COMMENT 'uploadtree non-artifact parent',
  `upload_fk` int NOT NULL COMMENT 'original uploaded file',
  `pfile_fk` int,
  `ufile_mode` int COMMENT 'container=1<<29, artifact=1<<28, project=1<<27, replica(same pfile)=1<<26, package<<25,directory=1<<18 (directory doesn''t seem to be used), note: wget and POST names are NOT considered artifacts.  Can tell directories as containers with no pfile.',
  `lft` int COMMENT 'nested set left edge',
  `rgt` int COMMENT 'nested set right edge',
  `ufile_name` text COMMENT 'file name',
  PRIMARY KEY (`uploadtree_pk`),
  CONSTRAINT `uploadtree_uploadfk` FOREIGN KEY (`upload_fk`) REFERENCES `upload` (`upload_pk`) ON UPDATE NO ACTION ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

