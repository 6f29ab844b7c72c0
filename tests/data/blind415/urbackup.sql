-- UrBackup Server 2.5.x -- the server's SQLite databases, written as MySQL / MariaDB DDL.
-- Source: github.com/uroni/urbackup_backend, branch 2.5.x (the released server line), commit
--         ac806cbe0c722bfd1d27b3eef397feb09f030037 (AGPL-3.0-or-later, per the headers of the server sources;
--         urbackupserver/dllmain.cpp).
-- How it was made: a fresh server starts from the embedded initial database urbackupserver/backup_server.db
--   (schema version 7) and upgrade() in urbackupserver/dllmain.cpp migrates it to the current version (68 on
--   this branch), attaching backup_server_settings.db as settings_db, backup_server_files.db as files_db,
--   backup_server_links.db as links_db and backup_server_link_journal.db as link_journal_db. That initial
--   database was copied from the repository and every schema statement of upgrade7_8() ... upgrade67_68() (the
--   string literals passed to db->Write, in order; statements that only move or seed rows left out) was
--   replayed into SQLite 3 with the four databases attached; the result was read back with PRAGMA table_info,
--   index_list and foreign_key_list and written here. Nothing is left out: 33 tables, five files, grouped below
--   by the file they live in. Column names and order are the replayed ones.
-- Type mapping: SQLite INTEGER (64-bit) -> BIGINT; INTEGER PRIMARY KEY (the rowid) -> BIGINT AUTO_INCREMENT
--   primary key; DATE (UrBackup stores 'YYYY-MM-DD HH:MM:SS' text from CURRENT_TIMESTAMP) -> DATETIME; TEXT and
--   BLOB kept. Indexes on TEXT / BLOB columns get a 191-character prefix (MySQL needs one). Foreign keys are
--   upstream's REFERENCES clauses (all ON DELETE CASCADE); note that si_permissions.clientid refers to si_users.
--   Tables are ordered so that every referenced table comes first.

-- ===== main database urbackup/backup_server.db =====

CREATE TABLE `clients` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  `lastbackup` DATETIME,
  `lastseen` DATETIME,
  `lastbackup_image` DATETIME,
  `bytes_used_files` BIGINT,
  `bytes_used_images` BIGINT,
  `delete_pending` BIGINT,
  `virtualmain` TEXT,
  `last_filebackup_issues` BIGINT DEFAULT 0,
  `os_simple` TEXT,
  `os_version_str` TEXT,
  `client_version_str` TEXT,
  `groupid` BIGINT DEFAULT 0,
  `file_ok` BIGINT,
  `image_ok` BIGINT,
  `alerts_state` BLOB,
  `alerts_next_check` BIGINT,
  `created` BIGINT,
  `uid` TEXT,
  `capa` BIGINT DEFAULT 0,
  `with_hashes` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients_hist_id` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `clients_hist_id_created_idx` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients_hist` (
  `id` BIGINT,
  `name` TEXT,
  `lastbackup` DATETIME,
  `lastseen` DATETIME,
  `lastbackup_image` DATETIME,
  `bytes_used_files` BIGINT,
  `bytes_used_images` BIGINT,
  `created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `hist_id` BIGINT,
  KEY `clients_hist_created_idx` (`created`),
  CONSTRAINT `fk_clients_hist_hist_id` FOREIGN KEY (`hist_id`) REFERENCES `clients_hist_id` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_clients_hist_id` FOREIGN KEY (`id`) REFERENCES `clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `clientid` BIGINT,
  `backuptime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `incremental` BIGINT,
  `path` TEXT,
  `complete` BIGINT,
  `running` DATETIME,
  `size_bytes` BIGINT,
  `done` BIGINT,
  `archived` BIGINT,
  `archive_timeout` BIGINT,
  `size_calculated` BIGINT,
  `resumed` BIGINT,
  `indexing_time_ms` BIGINT,
  `tgroup` BIGINT,
  `synctime` BIGINT,
  `delete_pending` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backup_images` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `clientid` BIGINT,
  `backuptime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `incremental` BIGINT,
  `incremental_ref` BIGINT,
  `path` TEXT,
  `complete` BIGINT,
  `running` DATETIME,
  `size_bytes` BIGINT,
  `version` BIGINT,
  `letter` TEXT,
  `synctime` BIGINT,
  `archived` BIGINT,
  `archive_timeout` BIGINT,
  `mounttime` BIGINT,
  `delete_pending` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assoc_images` (
  `img_id` BIGINT,
  `assoc_id` BIGINT,
  CONSTRAINT `fk_assoc_images_assoc_id` FOREIGN KEY (`assoc_id`) REFERENCES `backup_images` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_assoc_images_img_id` FOREIGN KEY (`img_id`) REFERENCES `backup_images` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mounted_backup_images` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `backupid` BIGINT,
  `partition` BIGINT,
  `mounttime` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_mounted_backup_images_backupid` FOREIGN KEY (`backupid`) REFERENCES `backup_images` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `del_stats` (
  `backupid` BIGINT,
  `image` BIGINT,
  `delsize` BIGINT,
  `created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `clientid` BIGINT,
  `incremental` BIGINT,
  `stoptime` DATETIME,
  CONSTRAINT `fk_del_stats_clientid` FOREIGN KEY (`clientid`) REFERENCES `clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `clientid` BIGINT,
  `created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `sent` BIGINT DEFAULT 0,
  `logdata` TEXT,
  `errors` BIGINT,
  `warnings` BIGINT,
  `infos` BIGINT,
  `image` BIGINT,
  `incremental` BIGINT,
  `resumed` BIGINT,
  `restore` BIGINT,
  PRIMARY KEY (`id`),
  KEY `logs_created_idx` (`created`),
  CONSTRAINT `fk_logs_clientid` FOREIGN KEY (`clientid`) REFERENCES `clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `logid` BIGINT,
  `data` TEXT,
  PRIMARY KEY (`id`),
  KEY `log_data_idx` (`logid`),
  CONSTRAINT `fk_log_data_logid` FOREIGN KEY (`logid`) REFERENCES `logs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `restores` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `clientid` BIGINT,
  `created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `finished` DATETIME,
  `done` BIGINT,
  `path` TEXT,
  `identity` TEXT,
  `success` BIGINT,
  `image` BIGINT DEFAULT 0,
  `letter` TEXT DEFAULT '',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_restores_clientid` FOREIGN KEY (`clientid`) REFERENCES `clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_on_client` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `clientid` BIGINT,
  `username` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_on_client_unique` (`clientid`, `username`(191)),
  CONSTRAINT `fk_users_on_client_clientid` FOREIGN KEY (`clientid`) REFERENCES `clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens_on_client` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `clientid` BIGINT,
  `token` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tokens_on_client_unique` (`clientid`, `token`(191)),
  CONSTRAINT `fk_tokens_on_client_clientid` FOREIGN KEY (`clientid`) REFERENCES `clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `username` TEXT,
  `tgroup` TEXT,
  `clientid` BIGINT DEFAULT 0,
  `token` TEXT,
  `created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_tokens_unique` (`username`(191), `clientid`, `token`(191), `tgroup`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orig_client_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `clientid` BIGINT,
  `data` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `orig_client_settings_clientid_unique` (`clientid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moved_clients` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `from_name` TEXT,
  `to_name` TEXT,
  PRIMARY KEY (`id`),
  KEY `moved_clients_from_idx` (`from_name`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_scripts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  `script` TEXT,
  `global_state` BLOB,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alert_script_params` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `script_id` BIGINT,
  `idx` BIGINT,
  `name` TEXT,
  `label` TEXT,
  `default_value` TEXT,
  `has_translation` BIGINT DEFAULT 0,
  `type` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_alert_script_params_script_id` FOREIGN KEY (`script_id`) REFERENCES `alert_scripts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_queue` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `send_to` TEXT,
  `subject` TEXT,
  `message` TEXT,
  `next_try` BIGINT,
  `retry_count` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misc` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tkey` TEXT,
  `tvalue` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- ===== settings database urbackup/backup_server_settings.db (attached as settings_db) =====

CREATE TABLE `settings` (
  `key` TEXT,
  `value` TEXT,
  `clientid` BIGINT,
  `value_client` TEXT,
  `use` BIGINT,
  `use_last_modified` BIGINT,
  KEY `settings_idx` (`key`(191), `clientid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `si_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  `password_md5` TEXT,
  `salt` TEXT,
  `report_mail` TEXT,
  `report_loglevel` BIGINT,
  `report_sendonly` BIGINT,
  `pbkdf2_rounds` BIGINT,
  PRIMARY KEY (`id`),
  KEY `si_users_idx` (`name`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `si_permissions` (
  `clientid` BIGINT,
  `t_right` TEXT,
  `t_domain` TEXT,
  KEY `si_permissions_idx` (`clientid`, `t_domain`(191)),
  CONSTRAINT `fk_si_permissions_clientid` FOREIGN KEY (`clientid`) REFERENCES `si_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `si_client_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `extra_clients` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `hostname` TEXT,
  `lastip` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `automatic_archival` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `next_archival` BIGINT,
  `interval` BIGINT,
  `interval_unit` TEXT,
  `length` BIGINT,
  `length_unit` TEXT,
  `backup_types` BIGINT,
  `clientid` BIGINT,
  `archive_window` TEXT,
  `letters` TEXT,
  `uuid` BLOB,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_access_log` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `logintime` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `username` TEXT,
  `ip` TEXT,
  `method` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `old_backupfolders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `backupfolder` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `old_backupfolders_backupfolder_unique` (`backupfolder`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_tokens` (
  `clientid` BIGINT,
  `tokenhash` BLOB,
  UNIQUE KEY `access_tokens_idx` (`tokenhash`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- ===== file-entry database urbackup/backup_server_files.db (attached as files_db) =====

CREATE TABLE `files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `backupid` BIGINT,
  `fullpath` TEXT,
  `shahash` BLOB,
  `filesize` BIGINT,
  `created` BIGINT DEFAULT (UNIX_TIMESTAMP()), -- upstream: DEFAULT (CAST(strftime('%s','now') as INTEGER)), the Unix time
  `rsize` BIGINT,
  `clientid` BIGINT,
  `incremental` BIGINT,
  `hashpath` TEXT,
  `next_entry` BIGINT,
  `prev_entry` BIGINT,
  `pointed_to` BIGINT,
  PRIMARY KEY (`id`),
  KEY `files_backupid` (`backupid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files_incoming_stat` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `filesize` BIGINT,
  `clientid` BIGINT,
  `backupid` BIGINT,
  `existing_clients` TEXT,
  `direction` BIGINT,
  `incremental` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- ===== directory-link database urbackup/backup_server_links.db (attached as links_db) =====

CREATE TABLE `directory_links` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `clientid` BIGINT, -- upstream writes the type as INTGER (integer affinity in SQLite)
  `name` TEXT,
  `target` TEXT,
  PRIMARY KEY (`id`),
  KEY `directory_links_target_idx` (`clientid`, `target`(191)),
  KEY `directory_links_idx` (`clientid`, `name`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- ===== link-journal database urbackup/backup_server_link_journal.db (attached as link_journal_db) =====

CREATE TABLE `directory_link_journal` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `linkname` TEXT,
  `linktarget` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
