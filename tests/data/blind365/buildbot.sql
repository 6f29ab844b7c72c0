-- Buildbot master (Python, SQLAlchemy; SQLite / MySQL / PostgreSQL), github.com/buildbot/buildbot
-- master/buildbot/db/model.py, commit 61f2f4118098dbbd22cf9212e2b470cea7c505ba (development head after v4.3.0;
-- model.py last changed in a8fd11adfdaedffe93bf26f2fa5fbd3ab72e892f; GPL-2.0).
-- A new master's database is built by Model.upgrade(), which runs Model.metadata.create_all() and stamps the
-- Alembic head. That create_all() was run from the fetched source against a scratch MariaDB 10.11 database and the
-- result dumped with mariadb-dump --no-data: this is upstream's own MySQL DDL (types, keys, plain indexes, foreign
-- keys with their ON DELETE actions, charset as created). The dump's tables (alphabetical) were put back in
-- model.py's order; the foreign keys form a cycle (buildsets.parent_buildid -> builds -> buildrequests ->
-- buildsets), which upstream breaks with use_alter, so the file runs with FOREIGN_KEY_CHECKS=0. All 42 tables of the
-- model are kept; Alembic's alembic_version table is not one of them.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `changesources` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `name_hash` varchar(40) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `changesource_name_hash` (`name_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `workers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `info` text NOT NULL,
  `paused` smallint(6) NOT NULL DEFAULT 0,
  `pause_reason` text DEFAULT NULL,
  `graceful` smallint(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workers_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `patches` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `patchlevel` int(11) NOT NULL,
  `patch_base64` text NOT NULL,
  `patch_author` text NOT NULL,
  `patch_comment` text NOT NULL,
  `subdir` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `sourcestamps` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ss_hash` varchar(40) NOT NULL,
  `branch` varchar(256) DEFAULT NULL,
  `revision` varchar(256) DEFAULT NULL,
  `patchid` int(11) DEFAULT NULL,
  `repository` varchar(512) NOT NULL DEFAULT '',
  `codebase` varchar(256) NOT NULL DEFAULT '',
  `project` varchar(512) NOT NULL DEFAULT '',
  `created_at` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sourcestamps_ss_hash_key` (`ss_hash`),
  KEY `patchid` (`patchid`),
  CONSTRAINT `sourcestamps_ibfk_1` FOREIGN KEY (`patchid`) REFERENCES `patches` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `changes` (
  `changeid` int(11) NOT NULL AUTO_INCREMENT,
  `author` varchar(255) NOT NULL,
  `committer` varchar(255) DEFAULT NULL,
  `comments` text NOT NULL,
  `branch` varchar(255) DEFAULT NULL,
  `revision` varchar(255) DEFAULT NULL,
  `revlink` varchar(256) DEFAULT NULL,
  `when_timestamp` int(11) NOT NULL,
  `category` varchar(255) DEFAULT NULL,
  `repository` varchar(512) NOT NULL DEFAULT '',
  `codebase` varchar(256) NOT NULL DEFAULT '',
  `project` varchar(512) NOT NULL DEFAULT '',
  `sourcestampid` int(11) NOT NULL,
  `parent_changeids` int(11) DEFAULT NULL,
  PRIMARY KEY (`changeid`),
  KEY `parent_changeids` (`parent_changeids`),
  KEY `changes_sourcestampid` (`sourcestampid`),
  KEY `changes_branch` (`branch`),
  KEY `changes_revision` (`revision`),
  KEY `changes_author` (`author`),
  KEY `changes_category` (`category`),
  KEY `changes_when_timestamp` (`when_timestamp`),
  CONSTRAINT `changes_ibfk_1` FOREIGN KEY (`sourcestampid`) REFERENCES `sourcestamps` (`id`) ON DELETE CASCADE,
  CONSTRAINT `changes_ibfk_2` FOREIGN KEY (`parent_changeids`) REFERENCES `changes` (`changeid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `change_files` (
  `changeid` int(11) NOT NULL,
  `filename` varchar(1024) NOT NULL,
  KEY `change_files_changeid` (`changeid`),
  CONSTRAINT `change_files_ibfk_1` FOREIGN KEY (`changeid`) REFERENCES `changes` (`changeid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `change_properties` (
  `changeid` int(11) NOT NULL,
  `property_name` varchar(256) NOT NULL,
  `property_value` text NOT NULL,
  KEY `change_properties_changeid` (`changeid`),
  CONSTRAINT `change_properties_ibfk_1` FOREIGN KEY (`changeid`) REFERENCES `changes` (`changeid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `schedulers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `name_hash` varchar(40) NOT NULL,
  `enabled` smallint(6) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scheduler_name_hash` (`name_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `scheduler_changes` (
  `schedulerid` int(11) NOT NULL,
  `changeid` int(11) NOT NULL,
  `important` int(11) DEFAULT NULL,
  UNIQUE KEY `scheduler_changes_unique` (`schedulerid`,`changeid`),
  KEY `scheduler_changes_schedulerid` (`schedulerid`),
  KEY `scheduler_changes_changeid` (`changeid`),
  CONSTRAINT `scheduler_changes_ibfk_1` FOREIGN KEY (`schedulerid`) REFERENCES `schedulers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `scheduler_changes_ibfk_2` FOREIGN KEY (`changeid`) REFERENCES `changes` (`changeid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `projects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `name_hash` varchar(40) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `description` text DEFAULT NULL,
  `description_format` text DEFAULT NULL,
  `description_html` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projects_name_hash` (`name_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `codebases` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `projectid` int(11) NOT NULL,
  `name` text NOT NULL,
  `name_hash` varchar(40) NOT NULL,
  `slug` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codebases_projects_name_hash` (`projectid`,`name_hash`),
  CONSTRAINT `codebases_ibfk_1` FOREIGN KEY (`projectid`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `codebase_commits` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `codebaseid` int(11) NOT NULL,
  `author` varchar(255) NOT NULL,
  `committer` varchar(255) DEFAULT NULL,
  `comments` text NOT NULL,
  `when_timestamp` int(11) NOT NULL,
  `revision` varchar(70) NOT NULL,
  `parent_commitid` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codebase_commits_unique` (`codebaseid`,`revision`),
  KEY `parent_commitid` (`parent_commitid`),
  CONSTRAINT `codebase_commits_ibfk_1` FOREIGN KEY (`codebaseid`) REFERENCES `codebases` (`id`) ON DELETE CASCADE,
  CONSTRAINT `codebase_commits_ibfk_2` FOREIGN KEY (`parent_commitid`) REFERENCES `codebase_commits` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `codebase_branches` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `codebaseid` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `name_hash` varchar(40) NOT NULL,
  `commitid` int(11) DEFAULT NULL,
  `last_timestamp` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codebase_branches_unique` (`codebaseid`,`name_hash`),
  KEY `commitid` (`commitid`),
  CONSTRAINT `codebase_branches_ibfk_1` FOREIGN KEY (`codebaseid`) REFERENCES `codebases` (`id`) ON DELETE CASCADE,
  CONSTRAINT `codebase_branches_ibfk_2` FOREIGN KEY (`commitid`) REFERENCES `codebase_commits` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `builders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `description` text DEFAULT NULL,
  `description_format` text DEFAULT NULL,
  `description_html` text DEFAULT NULL,
  `projectid` int(11) DEFAULT NULL,
  `name_hash` varchar(40) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `builder_name_hash` (`name_hash`),
  KEY `builders_projectid` (`projectid`),
  CONSTRAINT `fk_builders_projectid` FOREIGN KEY (`projectid`) REFERENCES `projects` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `name_hash` varchar(40) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_name_hash` (`name_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `builders_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `builderid` int(11) NOT NULL,
  `tagid` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `builders_tags_unique` (`builderid`,`tagid`),
  KEY `tagid` (`tagid`),
  KEY `builders_tags_builderid` (`builderid`),
  CONSTRAINT `builders_tags_ibfk_1` FOREIGN KEY (`builderid`) REFERENCES `builders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `builders_tags_ibfk_2` FOREIGN KEY (`tagid`) REFERENCES `tags` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `test_names` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `builderid` int(11) NOT NULL,
  `name` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `test_names_name` (`builderid`,`name`(255)),
  CONSTRAINT `test_names_ibfk_1` FOREIGN KEY (`builderid`) REFERENCES `builders` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `test_code_paths` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `builderid` int(11) NOT NULL,
  `path` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `test_code_paths_path` (`builderid`,`path`(255)),
  CONSTRAINT `test_code_paths_ibfk_1` FOREIGN KEY (`builderid`) REFERENCES `builders` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `objects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `class_name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `object_identity` (`name`,`class_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `object_state` (
  `objectid` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value_json` text NOT NULL,
  UNIQUE KEY `name_per_object` (`objectid`,`name`),
  CONSTRAINT `object_state_ibfk_1` FOREIGN KEY (`objectid`) REFERENCES `objects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `users` (
  `uid` int(11) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(255) NOT NULL,
  `bb_username` varchar(128) DEFAULT NULL,
  `bb_password` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`uid`),
  UNIQUE KEY `users_identifier` (`identifier`),
  UNIQUE KEY `users_bb_user` (`bb_username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `change_users` (
  `changeid` int(11) NOT NULL,
  `uid` int(11) NOT NULL,
  KEY `uid` (`uid`),
  KEY `change_users_changeid` (`changeid`),
  CONSTRAINT `change_users_ibfk_1` FOREIGN KEY (`changeid`) REFERENCES `changes` (`changeid`) ON DELETE CASCADE,
  CONSTRAINT `change_users_ibfk_2` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `users_info` (
  `uid` int(11) NOT NULL,
  `attr_type` varchar(128) NOT NULL,
  `attr_data` varchar(128) NOT NULL,
  UNIQUE KEY `users_info_attrs` (`attr_type`,`attr_data`),
  UNIQUE KEY `users_info_uid_attr_type` (`uid`,`attr_type`),
  KEY `users_info_uid` (`uid`),
  CONSTRAINT `users_info_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `users` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `masters` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `name_hash` varchar(40) NOT NULL,
  `active` int(11) NOT NULL,
  `last_active` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `master_name_hashes` (`name_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `changesource_masters` (
  `changesourceid` int(11) NOT NULL,
  `masterid` int(11) NOT NULL,
  PRIMARY KEY (`changesourceid`),
  KEY `masterid` (`masterid`),
  CONSTRAINT `changesource_masters_ibfk_1` FOREIGN KEY (`changesourceid`) REFERENCES `changesources` (`id`) ON DELETE CASCADE,
  CONSTRAINT `changesource_masters_ibfk_2` FOREIGN KEY (`masterid`) REFERENCES `masters` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `connected_workers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `masterid` int(11) NOT NULL,
  `workerid` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `connected_workers_identity` (`masterid`,`workerid`),
  KEY `connected_workers_masterid` (`masterid`),
  KEY `connected_workers_workers` (`workerid`),
  CONSTRAINT `connected_workers_ibfk_1` FOREIGN KEY (`masterid`) REFERENCES `masters` (`id`) ON DELETE CASCADE,
  CONSTRAINT `connected_workers_ibfk_2` FOREIGN KEY (`workerid`) REFERENCES `workers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `scheduler_masters` (
  `schedulerid` int(11) NOT NULL,
  `masterid` int(11) NOT NULL,
  PRIMARY KEY (`schedulerid`),
  KEY `masterid` (`masterid`),
  CONSTRAINT `scheduler_masters_ibfk_1` FOREIGN KEY (`schedulerid`) REFERENCES `schedulers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `scheduler_masters_ibfk_2` FOREIGN KEY (`masterid`) REFERENCES `masters` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `builder_masters` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `builderid` int(11) NOT NULL,
  `masterid` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `builder_masters_identity` (`builderid`,`masterid`),
  KEY `builder_masters_builderid` (`builderid`),
  KEY `builder_masters_masterid` (`masterid`),
  CONSTRAINT `builder_masters_ibfk_1` FOREIGN KEY (`builderid`) REFERENCES `builders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `builder_masters_ibfk_2` FOREIGN KEY (`masterid`) REFERENCES `masters` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `configured_workers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `buildermasterid` int(11) NOT NULL,
  `workerid` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `configured_workers_identity` (`buildermasterid`,`workerid`),
  KEY `configured_workers_buildmasterid` (`buildermasterid`),
  KEY `configured_workers_workers` (`workerid`),
  CONSTRAINT `configured_workers_ibfk_1` FOREIGN KEY (`buildermasterid`) REFERENCES `builder_masters` (`id`) ON DELETE CASCADE,
  CONSTRAINT `configured_workers_ibfk_2` FOREIGN KEY (`workerid`) REFERENCES `workers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `buildrequests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `buildsetid` int(11) NOT NULL,
  `builderid` int(11) NOT NULL,
  `priority` int(11) NOT NULL DEFAULT 0,
  `complete` int(11) DEFAULT 0,
  `results` smallint(6) DEFAULT NULL,
  `submitted_at` int(11) NOT NULL,
  `complete_at` int(11) DEFAULT NULL,
  `waited_for` smallint(6) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `buildrequests_buildsetid` (`buildsetid`),
  KEY `buildrequests_builderid` (`builderid`),
  KEY `buildrequests_complete` (`complete`),
  CONSTRAINT `buildrequests_ibfk_1` FOREIGN KEY (`buildsetid`) REFERENCES `buildsets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `buildrequests_ibfk_2` FOREIGN KEY (`builderid`) REFERENCES `builders` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `buildrequest_claims` (
  `brid` int(11) NOT NULL,
  `masterid` int(11) NOT NULL,
  `claimed_at` int(11) NOT NULL,
  UNIQUE KEY `buildrequest_claims_brids` (`brid`),
  KEY `ix_buildrequest_claims_masterid` (`masterid`),
  CONSTRAINT `buildrequest_claims_ibfk_1` FOREIGN KEY (`brid`) REFERENCES `buildrequests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `buildrequest_claims_ibfk_2` FOREIGN KEY (`masterid`) REFERENCES `masters` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `build_properties` (
  `buildid` int(11) NOT NULL,
  `name` varchar(256) NOT NULL,
  `value` text NOT NULL,
  `source` varchar(256) NOT NULL,
  KEY `build_properties_buildid` (`buildid`),
  CONSTRAINT `build_properties_ibfk_1` FOREIGN KEY (`buildid`) REFERENCES `builds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `build_data` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `buildid` int(11) NOT NULL,
  `name` varchar(256) NOT NULL,
  `value` longblob NOT NULL,
  `length` int(11) NOT NULL,
  `source` varchar(256) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `build_data_buildid_name` (`buildid`,`name`),
  CONSTRAINT `build_data_ibfk_1` FOREIGN KEY (`buildid`) REFERENCES `builds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `builds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `number` int(11) NOT NULL,
  `builderid` int(11) NOT NULL,
  `buildrequestid` int(11) NOT NULL,
  `workerid` int(11) DEFAULT NULL,
  `masterid` int(11) NOT NULL,
  `started_at` int(11) NOT NULL,
  `complete_at` int(11) DEFAULT NULL,
  `locks_duration_s` int(11) NOT NULL,
  `state_string` text NOT NULL,
  `results` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `builds_number` (`builderid`,`number`),
  KEY `builds_masterid` (`masterid`),
  KEY `builds_buildrequestid` (`buildrequestid`),
  KEY `builds_workerid` (`workerid`),
  CONSTRAINT `buildrequestid` FOREIGN KEY (`buildrequestid`) REFERENCES `buildrequests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `builds_ibfk_1` FOREIGN KEY (`builderid`) REFERENCES `builders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `builds_ibfk_2` FOREIGN KEY (`workerid`) REFERENCES `workers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `builds_ibfk_3` FOREIGN KEY (`masterid`) REFERENCES `masters` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `steps` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `number` int(11) NOT NULL,
  `name` varchar(50) NOT NULL,
  `buildid` int(11) NOT NULL,
  `started_at` int(11) DEFAULT NULL,
  `locks_acquired_at` int(11) DEFAULT NULL,
  `complete_at` int(11) DEFAULT NULL,
  `state_string` text NOT NULL,
  `results` int(11) DEFAULT NULL,
  `urls_json` text NOT NULL,
  `hidden` smallint(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `steps_number` (`buildid`,`number`),
  UNIQUE KEY `steps_name` (`buildid`,`name`),
  KEY `steps_started_at` (`started_at`),
  CONSTRAINT `steps_ibfk_1` FOREIGN KEY (`buildid`) REFERENCES `builds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `slug` varchar(50) NOT NULL,
  `stepid` int(11) NOT NULL,
  `complete` smallint(6) NOT NULL,
  `num_lines` int(11) NOT NULL,
  `type` varchar(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `logs_slug` (`stepid`,`slug`),
  CONSTRAINT `logs_ibfk_1` FOREIGN KEY (`stepid`) REFERENCES `steps` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `logchunks` (
  `logid` int(11) NOT NULL,
  `first_line` int(11) NOT NULL,
  `last_line` int(11) NOT NULL,
  `content` mediumblob DEFAULT NULL,
  `compressed` smallint(6) NOT NULL,
  KEY `logchunks_firstline` (`logid`,`first_line`),
  KEY `logchunks_lastline` (`logid`,`last_line`),
  CONSTRAINT `logchunks_ibfk_1` FOREIGN KEY (`logid`) REFERENCES `logs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `buildset_properties` (
  `buildsetid` int(11) NOT NULL,
  `property_name` varchar(256) NOT NULL,
  `property_value` text NOT NULL,
  KEY `buildset_properties_buildsetid` (`buildsetid`),
  CONSTRAINT `buildset_properties_ibfk_1` FOREIGN KEY (`buildsetid`) REFERENCES `buildsets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `buildsets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `external_idstring` varchar(256) DEFAULT NULL,
  `reason` varchar(256) DEFAULT NULL,
  `submitted_at` int(11) NOT NULL,
  `complete` smallint(6) NOT NULL DEFAULT 0,
  `complete_at` int(11) DEFAULT NULL,
  `results` smallint(6) DEFAULT NULL,
  `parent_buildid` int(11) DEFAULT NULL,
  `parent_relationship` text DEFAULT NULL,
  `rebuilt_buildid` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `buildsets_submitted_at` (`submitted_at`),
  KEY `buildsets_complete` (`complete`),
  KEY `parent_buildid` (`parent_buildid`),
  KEY `rebuilt_buildid` (`rebuilt_buildid`),
  CONSTRAINT `parent_buildid` FOREIGN KEY (`parent_buildid`) REFERENCES `builds` (`id`) ON DELETE SET NULL,
  CONSTRAINT `rebuilt_buildid` FOREIGN KEY (`rebuilt_buildid`) REFERENCES `builds` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `buildset_sourcestamps` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `buildsetid` int(11) NOT NULL,
  `sourcestampid` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `buildset_sourcestamps_unique` (`buildsetid`,`sourcestampid`),
  KEY `sourcestampid` (`sourcestampid`),
  KEY `buildset_sourcestamps_buildsetid` (`buildsetid`),
  CONSTRAINT `buildset_sourcestamps_ibfk_1` FOREIGN KEY (`buildsetid`) REFERENCES `buildsets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `buildset_sourcestamps_ibfk_2` FOREIGN KEY (`sourcestampid`) REFERENCES `sourcestamps` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `test_result_sets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `builderid` int(11) NOT NULL,
  `buildid` int(11) NOT NULL,
  `stepid` int(11) NOT NULL,
  `description` text DEFAULT NULL,
  `category` text NOT NULL,
  `value_unit` text NOT NULL,
  `tests_passed` int(11) DEFAULT NULL,
  `tests_failed` int(11) DEFAULT NULL,
  `complete` smallint(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `builderid` (`builderid`),
  KEY `buildid` (`buildid`),
  KEY `stepid` (`stepid`),
  CONSTRAINT `test_result_sets_ibfk_1` FOREIGN KEY (`builderid`) REFERENCES `builders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `test_result_sets_ibfk_2` FOREIGN KEY (`buildid`) REFERENCES `builds` (`id`) ON DELETE CASCADE,
  CONSTRAINT `test_result_sets_ibfk_3` FOREIGN KEY (`stepid`) REFERENCES `steps` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `test_results` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `builderid` int(11) NOT NULL,
  `test_result_setid` int(11) NOT NULL,
  `test_nameid` int(11) DEFAULT NULL,
  `test_code_pathid` int(11) DEFAULT NULL,
  `line` int(11) DEFAULT NULL,
  `duration_ns` int(11) DEFAULT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `builderid` (`builderid`),
  KEY `test_result_setid` (`test_result_setid`),
  KEY `test_nameid` (`test_nameid`),
  KEY `test_code_pathid` (`test_code_pathid`),
  CONSTRAINT `test_results_ibfk_1` FOREIGN KEY (`builderid`) REFERENCES `builders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `test_results_ibfk_2` FOREIGN KEY (`test_result_setid`) REFERENCES `test_result_sets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `test_results_ibfk_3` FOREIGN KEY (`test_nameid`) REFERENCES `test_names` (`id`) ON DELETE CASCADE,
  CONSTRAINT `test_results_ibfk_4` FOREIGN KEY (`test_code_pathid`) REFERENCES `test_code_paths` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
SET FOREIGN_KEY_CHECKS=1;
