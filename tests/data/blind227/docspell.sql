-- Docspell: personal / small-office document management for scanned paper mail and e-mails (collectives,
-- users, correspondents = organisations and persons with contacts, items = documents/letters with attachments,
-- OCR text and NER labels, tags, folders, custom fields, shares, sent mails, users' SMTP/IMAP settings,
-- TOTP, remember-me tokens, notification channels and hooks, jobs, add-ons).
-- Upstream: github.com/eikek/docspell, modules/store/src/main/resources/db/migration/mariadb/V1.0.0 ... V1.39.3
-- (Flyway), commit ea8420ab8fff59e23e1978f9bf8bcf72398d11a8, AGPL-3.0-or-later.
-- Made by replaying all 68 MariaDB Flyway SQL migrations in version order into MariaDB 10.11 (the three Scala
-- migrations V1_29_2, V1_32_2, V1_39_2 only move data), then reading the result back with mysqldump --no-data.
-- Tables reordered so that referenced tables come first; every table is kept.

CREATE TABLE `filemeta` (
  `file_id` varchar(254) NOT NULL,
  `mimetype` varchar(254) NOT NULL,
  `length` bigint(20) NOT NULL,
  `checksum` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`file_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `filechunk` (
  `file_id` varchar(254) NOT NULL,
  `chunk_nr` int(11) NOT NULL,
  `chunk_len` int(11) NOT NULL,
  `chunk_data` mediumblob NOT NULL,
  PRIMARY KEY (`file_id`,`chunk_nr`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `collective` (
  `name` varchar(254) NOT NULL,
  `state` varchar(254) NOT NULL,
  `doclang` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `integration_enabled` tinyint(1) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `collective_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_` (
  `uid` varchar(254) NOT NULL,
  `login` varchar(254) NOT NULL,
  `password` varchar(254) NOT NULL,
  `state` varchar(254) NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `logincount` int(11) NOT NULL,
  `lastlogin` timestamp NULL DEFAULT NULL,
  `created` timestamp NOT NULL,
  `account_source` varchar(254) NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`uid`),
  UNIQUE KEY `user__coll_id_login_key` (`coll_id`,`login`),
  KEY `user__coll_id_idx` (`coll_id`),
  CONSTRAINT `user__coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `invitation` (
  `id` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `folder` (
  `id` varchar(254) NOT NULL,
  `name` varchar(254) NOT NULL,
  `owner` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `folder_coll_id_name_key` (`coll_id`,`name`),
  KEY `folder_owner_idx` (`owner`),
  KEY `folder_coll_id_idx` (`coll_id`),
  CONSTRAINT `folder_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`),
  CONSTRAINT `folder_ibfk_2` FOREIGN KEY (`owner`) REFERENCES `user_` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `source` (
  `sid` varchar(254) NOT NULL,
  `abbrev` varchar(254) NOT NULL,
  `description` text DEFAULT NULL,
  `counter` int(11) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `priority` int(11) NOT NULL,
  `created` timestamp NOT NULL,
  `folder_id` varchar(254) DEFAULT NULL,
  `file_filter` varchar(254) DEFAULT NULL,
  `doc_lang` varchar(254) DEFAULT NULL,
  `attachments_only` tinyint(1) NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`sid`),
  KEY `source_folder_id_idx` (`folder_id`),
  KEY `source_coll_id_idx` (`coll_id`),
  CONSTRAINT `source_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`),
  CONSTRAINT `source_ibfk_2` FOREIGN KEY (`folder_id`) REFERENCES `folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `organization` (
  `oid` varchar(254) NOT NULL,
  `name` varchar(254) NOT NULL,
  `street` varchar(254) DEFAULT NULL,
  `zip` varchar(254) DEFAULT NULL,
  `city` varchar(254) DEFAULT NULL,
  `country` varchar(254) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `created` timestamp NOT NULL,
  `updated` timestamp NOT NULL,
  `short_name` varchar(254) DEFAULT NULL,
  `org_use` varchar(254) NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`oid`),
  UNIQUE KEY `organization_coll_id_name_key` (`coll_id`,`name`),
  KEY `organization_coll_id_idx` (`coll_id`),
  CONSTRAINT `organization_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `person` (
  `pid` varchar(254) NOT NULL,
  `name` varchar(254) NOT NULL,
  `street` varchar(254) DEFAULT NULL,
  `zip` varchar(254) DEFAULT NULL,
  `city` varchar(254) DEFAULT NULL,
  `country` varchar(254) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `created` timestamp NULL DEFAULT NULL,
  `updated` timestamp NOT NULL,
  `oid` varchar(254) DEFAULT NULL,
  `person_use` varchar(254) DEFAULT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`pid`),
  UNIQUE KEY `person_coll_id_name_key` (`coll_id`,`name`),
  KEY `fk_person_organization` (`oid`),
  KEY `person_coll_id_idx` (`coll_id`),
  CONSTRAINT `fk_person_organization` FOREIGN KEY (`oid`) REFERENCES `organization` (`oid`),
  CONSTRAINT `person_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `contact` (
  `contactid` varchar(254) NOT NULL,
  `value_` varchar(254) NOT NULL,
  `kind` varchar(254) NOT NULL,
  `pid` varchar(254) DEFAULT NULL,
  `oid` varchar(254) DEFAULT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`contactid`),
  KEY `contact_oid_idx` (`oid`),
  KEY `contact_pid_idx` (`pid`),
  CONSTRAINT `contact_ibfk_1` FOREIGN KEY (`pid`) REFERENCES `person` (`pid`),
  CONSTRAINT `contact_ibfk_2` FOREIGN KEY (`oid`) REFERENCES `organization` (`oid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `equipment` (
  `eid` varchar(254) NOT NULL,
  `name` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `updated` timestamp NOT NULL,
  `notes` mediumtext DEFAULT NULL,
  `equip_use` varchar(254) NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`eid`),
  UNIQUE KEY `equipment_coll_id_name_key` (`coll_id`,`name`),
  KEY `equipment_coll_id_idx` (`coll_id`),
  CONSTRAINT `equipment_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `item` (
  `itemid` varchar(254) NOT NULL,
  `name` varchar(254) NOT NULL,
  `itemdate` datetime DEFAULT NULL,
  `source` varchar(254) NOT NULL,
  `incoming` tinyint(1) NOT NULL,
  `state` varchar(254) NOT NULL,
  `corrorg` varchar(254) DEFAULT NULL,
  `corrperson` varchar(254) DEFAULT NULL,
  `concperson` varchar(254) DEFAULT NULL,
  `concequipment` varchar(254) DEFAULT NULL,
  `duedate` datetime DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `created` timestamp NOT NULL,
  `updated` timestamp NOT NULL,
  `folder_id` varchar(254) DEFAULT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`itemid`),
  KEY `item_concequipment_idx` (`concequipment`),
  KEY `item_folder_id_idx` (`folder_id`),
  KEY `item_corrorg_idx` (`corrorg`),
  KEY `item_concperson_idx` (`concperson`),
  KEY `item_corrperson_idx` (`corrperson`),
  KEY `item_coll_id_idx` (`coll_id`),
  CONSTRAINT `item_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`),
  CONSTRAINT `item_ibfk_2` FOREIGN KEY (`corrorg`) REFERENCES `organization` (`oid`),
  CONSTRAINT `item_ibfk_3` FOREIGN KEY (`corrperson`) REFERENCES `person` (`pid`),
  CONSTRAINT `item_ibfk_4` FOREIGN KEY (`concperson`) REFERENCES `person` (`pid`),
  CONSTRAINT `item_ibfk_5` FOREIGN KEY (`concequipment`) REFERENCES `equipment` (`eid`),
  CONSTRAINT `item_ibfk_7` FOREIGN KEY (`folder_id`) REFERENCES `folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `attachment` (
  `attachid` varchar(254) NOT NULL,
  `itemid` varchar(254) NOT NULL,
  `filemetaid` varchar(254) NOT NULL,
  `position` int(11) NOT NULL,
  `created` timestamp NOT NULL,
  `name` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`attachid`),
  KEY `attachment_filemetaid_idx` (`filemetaid`),
  KEY `attachment_itemid_idx` (`itemid`),
  CONSTRAINT `attachment_filemetaid_fkey` FOREIGN KEY (`filemetaid`) REFERENCES `filemeta` (`file_id`),
  CONSTRAINT `attachment_ibfk_1` FOREIGN KEY (`itemid`) REFERENCES `item` (`itemid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `attachmentmeta` (
  `attachid` varchar(254) NOT NULL,
  `content` longtext DEFAULT NULL,
  `nerlabels` longtext DEFAULT NULL,
  `itemproposals` longtext DEFAULT NULL,
  `page_count` smallint(6) DEFAULT NULL,
  `language` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`attachid`),
  KEY `attachmentmeta_attachid_idx` (`attachid`),
  CONSTRAINT `attachmentmeta_ibfk_1` FOREIGN KEY (`attachid`) REFERENCES `attachment` (`attachid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tag` (
  `tid` varchar(254) NOT NULL,
  `name` varchar(254) NOT NULL,
  `category` varchar(254) DEFAULT NULL,
  `created` timestamp NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`tid`),
  UNIQUE KEY `tag_coll_id_name_key` (`coll_id`,`name`),
  KEY `tag_coll_id_idx` (`coll_id`),
  CONSTRAINT `tag_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tagitem` (
  `tagitemid` varchar(254) NOT NULL,
  `itemid` varchar(254) NOT NULL,
  `tid` varchar(254) NOT NULL,
  PRIMARY KEY (`tagitemid`),
  UNIQUE KEY `itemid` (`itemid`,`tid`),
  KEY `tagitem_itemid_idx` (`itemid`),
  KEY `tagitem_tid_idx` (`tid`),
  CONSTRAINT `tagitem_ibfk_1` FOREIGN KEY (`itemid`) REFERENCES `item` (`itemid`),
  CONSTRAINT `tagitem_ibfk_2` FOREIGN KEY (`tid`) REFERENCES `tag` (`tid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `job` (
  `jid` varchar(254) NOT NULL,
  `task` varchar(254) NOT NULL,
  `group_` varchar(254) NOT NULL,
  `args` mediumtext DEFAULT NULL,
  `subject` varchar(254) NOT NULL,
  `submitted` timestamp NOT NULL,
  `submitter` varchar(254) NOT NULL,
  `priority` int(11) NOT NULL,
  `state` varchar(254) NOT NULL,
  `retries` int(11) NOT NULL,
  `progress` int(11) NOT NULL,
  `tracker` varchar(254) DEFAULT NULL,
  `worker` varchar(254) DEFAULT NULL,
  `started` timestamp NULL DEFAULT NULL,
  `finished` timestamp NULL DEFAULT NULL,
  `startedmillis` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`jid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `joblog` (
  `id` varchar(254) NOT NULL,
  `jid` varchar(254) NOT NULL,
  `level` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `message` mediumtext DEFAULT NULL,
  `counter` mediumint(9) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `counter` (`counter`),
  KEY `joblog_id_created_idx` (`jid`,`created`),
  KEY `joblog_jid_idx` (`jid`),
  CONSTRAINT `joblog_ibfk_1` FOREIGN KEY (`jid`) REFERENCES `job` (`jid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `jobgroupuse` (
  `groupid` varchar(254) NOT NULL,
  `workerid` varchar(254) NOT NULL,
  PRIMARY KEY (`groupid`,`workerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `node` (
  `id` varchar(254) NOT NULL,
  `type` varchar(254) NOT NULL,
  `url` varchar(254) NOT NULL,
  `updated` timestamp NOT NULL,
  `created` timestamp NOT NULL,
  `not_found` int(11) NOT NULL DEFAULT 0,
  `server_secret` varchar(2000) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `useremail` (
  `id` varchar(254) NOT NULL,
  `uid` varchar(254) NOT NULL,
  `name` varchar(254) NOT NULL,
  `smtp_host` varchar(254) NOT NULL,
  `smtp_port` int(11) DEFAULT NULL,
  `smtp_user` varchar(254) DEFAULT NULL,
  `smtp_password` mediumtext DEFAULT NULL,
  `smtp_ssl` varchar(254) NOT NULL,
  `smtp_certcheck` tinyint(1) NOT NULL,
  `mail_from` varchar(254) NOT NULL,
  `mail_replyto` varchar(254) DEFAULT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid` (`uid`,`name`),
  KEY `useremail_uid_idx` (`uid`),
  CONSTRAINT `useremail_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user_` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sentmail` (
  `id` varchar(254) NOT NULL,
  `uid` varchar(254) NOT NULL,
  `message_id` varchar(254) NOT NULL,
  `sender` varchar(254) NOT NULL,
  `conn_name` varchar(254) NOT NULL,
  `subject` varchar(254) NOT NULL,
  `recipients` varchar(254) NOT NULL,
  `body` text NOT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sentmail_uid_idx` (`uid`),
  CONSTRAINT `sentmail_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user_` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sentmailitem` (
  `id` varchar(254) NOT NULL,
  `item_id` varchar(254) NOT NULL,
  `sentmail_id` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `item_id` (`item_id`,`sentmail_id`),
  KEY `sentmailitem_item_id_idx` (`item_id`),
  KEY `sentmailitem_sentmail_id_idx` (`sentmail_id`),
  CONSTRAINT `sentmailitem_ibfk_1` FOREIGN KEY (`item_id`) REFERENCES `item` (`itemid`),
  CONSTRAINT `sentmailitem_ibfk_2` FOREIGN KEY (`sentmail_id`) REFERENCES `sentmail` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `attachment_source` (
  `id` varchar(254) NOT NULL,
  `file_id` varchar(254) NOT NULL,
  `filename` varchar(254) DEFAULT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `attachment_source_id_idx` (`id`),
  KEY `attachment_source_file_id_idx` (`file_id`),
  CONSTRAINT `attachment_source_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `filemeta` (`file_id`),
  CONSTRAINT `attachment_source_ibfk_2` FOREIGN KEY (`id`) REFERENCES `attachment` (`attachid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `periodic_task` (
  `id` varchar(254) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `task` varchar(254) NOT NULL,
  `group_` varchar(254) NOT NULL,
  `args` text NOT NULL,
  `subject` varchar(254) NOT NULL,
  `submitter` varchar(254) NOT NULL,
  `priority` int(11) NOT NULL,
  `worker` varchar(254) DEFAULT NULL,
  `marked` timestamp NULL DEFAULT NULL,
  `timer` varchar(254) NOT NULL,
  `nextrun` timestamp NOT NULL,
  `created` timestamp NOT NULL,
  `summary` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `periodic_task_nextrun_idx` (`nextrun`),
  KEY `periodic_task_worker_idx` (`worker`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `attachment_archive` (
  `id` varchar(254) NOT NULL,
  `file_id` varchar(254) NOT NULL,
  `filename` varchar(254) DEFAULT NULL,
  `message_id` varchar(254) DEFAULT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `attachment_archive_message_id_idx` (`message_id`),
  KEY `attachment_archive_id_idx` (`id`),
  KEY `attachment_archive_file_id_idx` (`file_id`),
  CONSTRAINT `attachment_archive_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `filemeta` (`file_id`),
  CONSTRAINT `attachment_archive_ibfk_2` FOREIGN KEY (`id`) REFERENCES `attachment` (`attachid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `userimap` (
  `id` varchar(254) NOT NULL,
  `uid` varchar(254) NOT NULL,
  `name` varchar(254) NOT NULL,
  `imap_host` varchar(254) NOT NULL,
  `imap_port` int(11) DEFAULT NULL,
  `imap_user` varchar(254) DEFAULT NULL,
  `imap_password` mediumtext DEFAULT NULL,
  `imap_ssl` varchar(254) NOT NULL,
  `imap_certcheck` tinyint(1) NOT NULL,
  `created` timestamp NOT NULL,
  `imap_oauth2` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid` (`uid`,`name`),
  KEY `userimap_uid_idx` (`uid`),
  CONSTRAINT `userimap_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user_` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `folder_member` (
  `id` varchar(254) NOT NULL,
  `folder_id` varchar(254) NOT NULL,
  `user_id` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `folder_id` (`folder_id`,`user_id`),
  KEY `folder_member_folder_id_idx` (`folder_id`),
  KEY `folder_member_user_id_idx` (`user_id`),
  CONSTRAINT `folder_member_ibfk_1` FOREIGN KEY (`folder_id`) REFERENCES `folder` (`id`),
  CONSTRAINT `folder_member_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user_` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `classifier_setting` (
  `schedule` varchar(254) NOT NULL,
  `item_count` int(11) NOT NULL,
  `created` timestamp NOT NULL,
  `categories` mediumtext NOT NULL,
  `category_list_type` varchar(254) NOT NULL,
  `coll_id` int(11) NOT NULL,
  KEY `classifier_setting_coll_id_idx` (`coll_id`),
  CONSTRAINT `classifier_setting_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `attachment_preview` (
  `id` varchar(254) NOT NULL,
  `file_id` varchar(254) NOT NULL,
  `filename` varchar(254) DEFAULT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `attachment_preview_id_idx` (`id`),
  KEY `attachment_preview_file_id_idx` (`file_id`),
  CONSTRAINT `attachment_preview_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `filemeta` (`file_id`),
  CONSTRAINT `attachment_preview_ibfk_2` FOREIGN KEY (`id`) REFERENCES `attachment` (`attachid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tagsource` (
  `id` varchar(254) NOT NULL,
  `source_id` varchar(254) NOT NULL,
  `tag_id` varchar(254) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `source_id` (`source_id`,`tag_id`),
  KEY `tagsource_source_id_idx` (`source_id`),
  KEY `tagsource_tag_id_idx` (`tag_id`),
  CONSTRAINT `tagsource_ibfk_1` FOREIGN KEY (`source_id`) REFERENCES `source` (`sid`),
  CONSTRAINT `tagsource_ibfk_2` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`tid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `custom_field` (
  `id` varchar(254) NOT NULL,
  `name` varchar(254) NOT NULL,
  `label` varchar(254) DEFAULT NULL,
  `ftype` varchar(100) NOT NULL,
  `created` timestamp NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `custom_field_coll_id_name_key` (`coll_id`,`name`),
  KEY `custom_field_coll_id_idx` (`coll_id`),
  CONSTRAINT `custom_field_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `custom_field_value` (
  `id` varchar(254) NOT NULL,
  `item_id` varchar(254) NOT NULL,
  `field` varchar(254) NOT NULL,
  `field_value` varchar(300) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `item_id` (`item_id`,`field`),
  KEY `custom_field_value_field_idx` (`field`),
  KEY `custom_field_value_item_id_idx` (`item_id`),
  CONSTRAINT `custom_field_value_ibfk_1` FOREIGN KEY (`item_id`) REFERENCES `item` (`itemid`),
  CONSTRAINT `custom_field_value_ibfk_2` FOREIGN KEY (`field`) REFERENCES `custom_field` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rememberme` (
  `id` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `uses` int(11) NOT NULL,
  `user_id` varchar(254) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `rememberme_user_id_idx` (`user_id`),
  CONSTRAINT `remember_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user_` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `classifier_model` (
  `id` varchar(254) NOT NULL,
  `name` varchar(254) NOT NULL,
  `file_id` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `classifier_model_coll_id_name_key` (`coll_id`,`name`),
  KEY `classifier_model_file_id_idx` (`file_id`),
  KEY `classifier_model_coll_id_idx` (`coll_id`),
  CONSTRAINT `classifier_model_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`),
  CONSTRAINT `classifier_model_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `filemeta` (`file_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `item_proposal` (
  `itemid` varchar(254) NOT NULL,
  `classifier_proposals` mediumtext NOT NULL,
  `classifier_tags` mediumtext NOT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`itemid`),
  KEY `item_proposal_itemid_idx` (`itemid`),
  CONSTRAINT `item_proposal_ibfk_1` FOREIGN KEY (`itemid`) REFERENCES `item` (`itemid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `empty_trash_setting` (
  `schedule` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `min_age` bigint(20) NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`coll_id`),
  KEY `empty_trash_setting_coll_id_idx` (`coll_id`),
  CONSTRAINT `empty_trash_setting_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `totp` (
  `user_id` varchar(254) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `secret` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`user_id`),
  KEY `totp_user_id_idx` (`user_id`),
  CONSTRAINT `totp_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user_` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `collective_password` (
  `id` varchar(254) NOT NULL,
  `pass` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `collective_password_coll_id_idx` (`coll_id`),
  CONSTRAINT `collective_password_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `item_share` (
  `id` varchar(254) NOT NULL,
  `user_id` varchar(254) NOT NULL,
  `name` varchar(254) DEFAULT NULL,
  `query` varchar(2000) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `pass` varchar(254) DEFAULT NULL,
  `publish_at` timestamp NOT NULL,
  `publish_until` timestamp NOT NULL,
  `views` int(11) NOT NULL,
  `last_access` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `item_share_user_id_idx` (`user_id`),
  CONSTRAINT `item_share_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user_` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pubsub` (
  `id` varchar(254) NOT NULL,
  `node_id` varchar(254) NOT NULL,
  `url` varchar(254) NOT NULL,
  `topic` varchar(254) NOT NULL,
  `counter` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `url` (`url`,`topic`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `internal_setting` (
  `id` varchar(254) NOT NULL,
  `internal_route_key` varchar(254) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_channel_mail` (
  `id` varchar(254) NOT NULL,
  `uid` varchar(254) NOT NULL,
  `conn_id` varchar(254) NOT NULL,
  `recipients` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `name` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notification_channel_mail_uid_idx` (`uid`),
  KEY `notification_channel_mail_conn_id_idx` (`conn_id`),
  CONSTRAINT `notification_channel_mail_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user_` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `notification_channel_mail_ibfk_2` FOREIGN KEY (`conn_id`) REFERENCES `useremail` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_channel_gotify` (
  `id` varchar(254) NOT NULL,
  `uid` varchar(254) NOT NULL,
  `url` varchar(254) NOT NULL,
  `app_key` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `priority` tinyint(3) unsigned DEFAULT NULL,
  `name` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notification_channel_gotify_uid_idx` (`uid`),
  CONSTRAINT `notification_channel_gotify_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user_` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_channel_matrix` (
  `id` varchar(254) NOT NULL,
  `uid` varchar(254) NOT NULL,
  `home_server` varchar(254) NOT NULL,
  `room_id` varchar(254) NOT NULL,
  `access_token` text NOT NULL,
  `message_type` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `name` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notification_channel_matrix_uid_idx` (`uid`),
  CONSTRAINT `notification_channel_matrix_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user_` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_channel_http` (
  `id` varchar(254) NOT NULL,
  `uid` varchar(254) NOT NULL,
  `url` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `name` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notification_channel_http_uid_idx` (`uid`),
  CONSTRAINT `notification_channel_http_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user_` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_hook` (
  `id` varchar(254) NOT NULL,
  `uid` varchar(254) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `all_events` tinyint(1) NOT NULL,
  `event_filter` varchar(500) DEFAULT NULL,
  `created` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `notification_hook_uid_idx` (`uid`),
  CONSTRAINT `notification_hook_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user_` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_hook_event` (
  `id` varchar(254) NOT NULL,
  `hook_id` varchar(254) NOT NULL,
  `event_type` varchar(254) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `notification_hook_event_hook_id_idx` (`hook_id`),
  CONSTRAINT `notification_hook_event_ibfk_1` FOREIGN KEY (`hook_id`) REFERENCES `notification_hook` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `client_settings_collective` (
  `id` varchar(254) NOT NULL,
  `client_id` varchar(254) NOT NULL,
  `settings_data` text NOT NULL,
  `created` timestamp NOT NULL,
  `updated` timestamp NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_settings_collective_coll_id_name_key` (`coll_id`,`client_id`),
  KEY `client_settings_collective_coll_id_idx` (`coll_id`),
  CONSTRAINT `client_settings_collective_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `query_bookmark` (
  `id` varchar(254) NOT NULL,
  `name` varchar(254) NOT NULL,
  `label` varchar(254) DEFAULT NULL,
  `user_id` varchar(254) DEFAULT NULL,
  `query` varchar(2000) NOT NULL,
  `created` timestamp NULL DEFAULT NULL,
  `__user_id` varchar(254) NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `query_bookmark_coll_id__user_id_name_key` (`coll_id`,`__user_id`,`name`),
  KEY `query_bookmark_user_id_idx` (`user_id`),
  KEY `query_bookmark_coll_id_idx` (`coll_id`),
  CONSTRAINT `query_bookmark_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`),
  CONSTRAINT `query_bookmark_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user_` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_hook_channel` (
  `id` varchar(254) NOT NULL,
  `hook_id` varchar(254) NOT NULL,
  `channel_mail` varchar(254) DEFAULT NULL,
  `channel_gotify` varchar(254) DEFAULT NULL,
  `channel_matrix` varchar(254) DEFAULT NULL,
  `channel_http` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hook_id` (`hook_id`,`channel_mail`),
  UNIQUE KEY `hook_id_2` (`hook_id`,`channel_gotify`),
  UNIQUE KEY `hook_id_3` (`hook_id`,`channel_matrix`),
  UNIQUE KEY `hook_id_4` (`hook_id`,`channel_http`),
  KEY `notification_hook_channel_channel_gotify_idx` (`channel_gotify`),
  KEY `notification_hook_channel_channel_http_idx` (`channel_http`),
  KEY `notification_hook_channel_channel_mail_idx` (`channel_mail`),
  KEY `notification_hook_channel_channel_matrix_idx` (`channel_matrix`),
  KEY `notification_hook_channel_hook_id_idx` (`hook_id`),
  CONSTRAINT `notification_hook_channel_ibfk_1` FOREIGN KEY (`hook_id`) REFERENCES `notification_hook` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notification_hook_channel_ibfk_2` FOREIGN KEY (`channel_mail`) REFERENCES `notification_channel_mail` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notification_hook_channel_ibfk_3` FOREIGN KEY (`channel_gotify`) REFERENCES `notification_channel_gotify` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notification_hook_channel_ibfk_4` FOREIGN KEY (`channel_matrix`) REFERENCES `notification_channel_matrix` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notification_hook_channel_ibfk_5` FOREIGN KEY (`channel_http`) REFERENCES `notification_channel_http` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `item_link` (
  `id` varchar(254) NOT NULL,
  `item1` varchar(254) NOT NULL,
  `item2` varchar(254) NOT NULL,
  `created` timestamp NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `item_link_coll_id_item1_item2_key` (`coll_id`,`item1`,`item2`),
  KEY `item_link_item1_idx` (`item1`),
  KEY `item_link_item2_idx` (`item2`),
  KEY `item_link_coll_id_idx` (`coll_id`),
  CONSTRAINT `item_link_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`),
  CONSTRAINT `item_link_ibfk_2` FOREIGN KEY (`item1`) REFERENCES `item` (`itemid`) ON DELETE CASCADE,
  CONSTRAINT `item_link_ibfk_3` FOREIGN KEY (`item2`) REFERENCES `item` (`itemid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `download_query` (
  `id` varchar(254) NOT NULL,
  `file_id` varchar(254) NOT NULL,
  `file_count` int(11) NOT NULL,
  `created` timestamp NOT NULL,
  `last_access` timestamp NULL DEFAULT NULL,
  `access_count` int(11) NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `download_query_file_id_idx` (`file_id`),
  KEY `download_query_coll_id_idx` (`coll_id`),
  CONSTRAINT `download_query_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`),
  CONSTRAINT `download_query_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `filemeta` (`file_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `addon_archive` (
  `id` varchar(254) NOT NULL,
  `file_id` varchar(254) NOT NULL,
  `original_url` varchar(2000) DEFAULT NULL,
  `name` varchar(254) NOT NULL,
  `version` varchar(254) NOT NULL,
  `description` text DEFAULT NULL,
  `triggers` text NOT NULL,
  `created` timestamp NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `addon_archive_coll_id_name_version_key` (`coll_id`,`name`,`version`),
  UNIQUE KEY `addon_archive_coll_id_original_url_key` (`coll_id`,`original_url`) USING HASH,
  KEY `addon_archive_file_id_idx` (`file_id`),
  KEY `addon_archive_coll_id_idx` (`coll_id`),
  CONSTRAINT `addon_archive_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`),
  CONSTRAINT `addon_archive_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `filemeta` (`file_id`),
  CONSTRAINT `addon_archive_ibfk_2` FOREIGN KEY (`file_id`) REFERENCES `filemeta` (`file_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `addon_run_config` (
  `id` varchar(254) NOT NULL,
  `user_id` varchar(254) DEFAULT NULL,
  `name` varchar(254) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `created` timestamp NOT NULL,
  `coll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `addon_run_config_user_id_idx` (`user_id`),
  KEY `addon_run_config_coll_id_idx` (`coll_id`),
  CONSTRAINT `addon_run_config_coll_id_fkey` FOREIGN KEY (`coll_id`) REFERENCES `collective` (`id`),
  CONSTRAINT `addon_run_config_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user_` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `addon_run_config_addon` (
  `id` varchar(254) NOT NULL,
  `addon_run_config_id` varchar(254) NOT NULL,
  `addon_id` varchar(254) NOT NULL,
  `args` text NOT NULL,
  `position` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `addon_run_config_addon_addon_id_idx` (`addon_id`),
  KEY `addon_run_config_addon_addon_run_config_id_idx` (`addon_run_config_id`),
  CONSTRAINT `addon_run_config_addon_ibfk_1` FOREIGN KEY (`addon_run_config_id`) REFERENCES `addon_run_config` (`id`) ON DELETE CASCADE,
  CONSTRAINT `addon_run_config_addon_ibfk_2` FOREIGN KEY (`addon_id`) REFERENCES `addon_archive` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `addon_run_config_trigger` (
  `id` varchar(254) NOT NULL,
  `addon_run_config_id` varchar(254) NOT NULL,
  `triggers` varchar(254) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `addon_run_config_id` (`addon_run_config_id`,`triggers`),
  KEY `addon_run_config_trigger_addon_run_config_id_idx` (`addon_run_config_id`),
  CONSTRAINT `addon_run_config_trigger_ibfk_1` FOREIGN KEY (`addon_run_config_id`) REFERENCES `addon_run_config` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `client_settings_user` (
  `id` varchar(254) NOT NULL,
  `client_id` varchar(254) NOT NULL,
  `user_id` varchar(254) NOT NULL,
  `settings_data` longtext NOT NULL,
  `created` timestamp NOT NULL,
  `updated` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_id` (`client_id`,`user_id`),
  KEY `client_settings_user_id_idx` (`user_id`),
  CONSTRAINT `client_settings_user_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user_` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

