-- CKAN (ckan/ckan), commit 2dbe2c18f65ec75798c3667dd412c2320ac44ab0 (master, 2.12 development): the schema left by
-- replaying its 109 alembic migrations (ckan/migration/versions/) into PostgreSQL 15, plus the activity plugin's
-- migration adding activity.permission_labels; read back from information_schema/pg_constraint and written as MySQL
-- DDL (text ids and other key columns -> varchar(100), jsonb -> json, text[] -> text, timestamp [with time zone] ->
-- datetime, boolean -> tinyint(1); the two CHECK constraints on the jsonb extras left out).
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `user` (
  `id` varchar(100) NOT NULL,
  `name` varchar(100) NOT NULL,
  `apikey` text,
  `created` datetime,
  `about` text,
  `password` text,
  `fullname` text,
  `email` text,
  `reset_key` text,
  `sysadmin` tinyint(1) DEFAULT 0,
  `activity_streams_email_notifications` tinyint(1) DEFAULT 0,
  `state` text NOT NULL DEFAULT 'active',
  `plugin_extras` json,
  `image_url` text,
  `last_active` datetime,
  UNIQUE KEY `user_name_key` (`name`),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_token` (
  `id` varchar(100) NOT NULL,
  `name` text,
  `user_id` varchar(100),
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `last_access` datetime,
  `plugin_extras` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_token_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dashboard` (
  `user_id` varchar(100) NOT NULL,
  `activity_stream_last_viewed` datetime NOT NULL,
  `email_last_sent` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `dashboard_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_following_user` (
  `follower_id` varchar(100) NOT NULL,
  `object_id` varchar(100) NOT NULL,
  `datetime` datetime NOT NULL,
  PRIMARY KEY (`follower_id`, `object_id`),
  CONSTRAINT `user_following_user_follower_id_fkey` FOREIGN KEY (`follower_id`) REFERENCES `user`(`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `user_following_user_object_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `user`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_following_dataset` (
  `follower_id` varchar(100) NOT NULL,
  `object_id` varchar(100) NOT NULL,
  `datetime` datetime NOT NULL,
  PRIMARY KEY (`follower_id`, `object_id`),
  CONSTRAINT `user_following_dataset_follower_id_fkey` FOREIGN KEY (`follower_id`) REFERENCES `user`(`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `user_following_dataset_object_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `package`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_following_group` (
  `follower_id` varchar(100) NOT NULL,
  `object_id` varchar(100) NOT NULL,
  `datetime` datetime NOT NULL,
  PRIMARY KEY (`follower_id`, `object_id`),
  CONSTRAINT `user_following_group_group_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `group`(`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `user_following_group_user_id_fkey` FOREIGN KEY (`follower_id`) REFERENCES `user`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group` (
  `id` varchar(100) NOT NULL,
  `name` varchar(100) NOT NULL,
  `title` text,
  `description` text,
  `created` datetime,
  `state` text,
  `type` text NOT NULL,
  `approval_status` text,
  `image_url` text,
  `is_organization` tinyint(1) DEFAULT 0,
  `extras` json,
  UNIQUE KEY `group_name_key` (`name`),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member` (
  `id` varchar(100) NOT NULL,
  `group_id` varchar(100),
  `table_id` text NOT NULL,
  `state` text,
  `table_name` text NOT NULL,
  `capacity` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `member_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `group`(`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `package` (
  `id` varchar(100) NOT NULL,
  `name` varchar(100) NOT NULL,
  `title` text,
  `version` varchar(100),
  `url` text,
  `notes` text,
  `author` text,
  `author_email` text,
  `maintainer` text,
  `maintainer_email` text,
  `state` text,
  `license_id` text,
  `type` text,
  `owner_org` text,
  `private` tinyint(1) DEFAULT 0,
  `metadata_modified` datetime,
  `creator_user_id` text,
  `metadata_created` datetime,
  `plugin_data` json,
  `extras` json,
  UNIQUE KEY `package_name_key` (`name`),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `package_member` (
  `package_id` varchar(100) NOT NULL,
  `user_id` varchar(100) NOT NULL,
  `capacity` text NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`package_id`, `user_id`),
  CONSTRAINT `package_member_package_id_fkey` FOREIGN KEY (`package_id`) REFERENCES `package`(`id`),
  CONSTRAINT `package_member_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `package_relationship` (
  `id` varchar(100) NOT NULL,
  `subject_package_id` varchar(100),
  `object_package_id` varchar(100),
  `type` text,
  `comment` text,
  `state` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `package_relationship_object_package_id_fkey` FOREIGN KEY (`object_package_id`) REFERENCES `package`(`id`),
  CONSTRAINT `package_relationship_subject_package_id_fkey` FOREIGN KEY (`subject_package_id`) REFERENCES `package`(`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `package_tag` (
  `id` varchar(100) NOT NULL,
  `state` text,
  `package_id` varchar(100),
  `tag_id` varchar(100),
  PRIMARY KEY (`id`),
  CONSTRAINT `package_tag_package_id_fkey` FOREIGN KEY (`package_id`) REFERENCES `package`(`id`),
  CONSTRAINT `package_tag_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag`(`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag` (
  `id` varchar(100) NOT NULL,
  `name` varchar(100) NOT NULL,
  `vocabulary_id` varchar(100),
  UNIQUE KEY `tag_name_vocabulary_id_key` (`name`, `vocabulary_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `tag_vocabulary_id_fkey` FOREIGN KEY (`vocabulary_id`) REFERENCES `vocabulary`(`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vocabulary` (
  `id` varchar(100) NOT NULL,
  `name` varchar(100) NOT NULL,
  UNIQUE KEY `vocabulary_name_key` (`name`),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `term_translation` (
  `term` text NOT NULL,
  `term_translation` text NOT NULL,
  `lang_code` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource` (
  `id` varchar(100) NOT NULL,
  `url` text NOT NULL,
  `format` text,
  `description` text,
  `position` int(11),
  `hash` text,
  `state` text,
  `extras` text,
  `name` text,
  `resource_type` text,
  `mimetype` text,
  `mimetype_inner` text,
  `size` bigint(20),
  `last_modified` datetime,
  `cache_url` text,
  `cache_last_updated` datetime,
  `created` datetime,
  `url_type` text,
  `package_id` varchar(100) NOT NULL DEFAULT '',
  `metadata_modified` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `resource_package_id_fkey` FOREIGN KEY (`package_id`) REFERENCES `package`(`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_view` (
  `id` varchar(100) NOT NULL,
  `resource_id` varchar(100),
  `title` text,
  `description` text,
  `view_type` text NOT NULL,
  `order` int(11) NOT NULL,
  `config` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `resource_view_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resource`(`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file` (
  `id` varchar(100) NOT NULL,
  `name` text NOT NULL,
  `storage` text NOT NULL,
  `location` text NOT NULL,
  `content_type` text NOT NULL DEFAULT 'application/octet-stream',
  `size` bigint(20) NOT NULL DEFAULT '0',
  `hash` text NOT NULL DEFAULT '',
  `algorithm` text NOT NULL DEFAULT '',
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `storage_data` json NOT NULL DEFAULT '{}',
  `plugin_data` json NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_owner` (
  `file_id` varchar(100) NOT NULL,
  `owner_type` text NOT NULL,
  `owner_id` text NOT NULL,
  `pinned` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`file_id`),
  CONSTRAINT `file_owner_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file`(`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_owner_transfer_history` (
  `id` varchar(100) NOT NULL,
  `file_id` varchar(100) NOT NULL,
  `owner_id` text NOT NULL,
  `owner_type` text NOT NULL,
  `at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `actor` text NOT NULL,
  `action` text NOT NULL DEFAULT 'transfer',
  PRIMARY KEY (`id`),
  CONSTRAINT `owner_transfer_history_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file_owner`(`file_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity` (
  `id` varchar(100) NOT NULL,
  `timestamp` datetime,
  `user_id` text,
  `object_id` text,
  `activity_type` text,
  `data` text,
  `permission_labels` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_detail` (
  `id` varchar(100) NOT NULL,
  `activity_id` varchar(100),
  `object_id` text,
  `object_type` text,
  `activity_type` text,
  `data` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_detail_activity_id_fkey` FOREIGN KEY (`activity_id`) REFERENCES `activity`(`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tracking_raw` (
  `user_key` varchar(100) NOT NULL,
  `url` text NOT NULL,
  `tracking_type` varchar(10) NOT NULL,
  `access_timestamp` datetime DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tracking_summary` (
  `url` text NOT NULL,
  `package_id` text,
  `tracking_type` varchar(10) NOT NULL,
  `count` int(11) NOT NULL,
  `running_total` int(11) NOT NULL DEFAULT '0',
  `recent_views` int(11) NOT NULL DEFAULT '0',
  `tracking_date` date
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_status` (
  `id` varchar(100) NOT NULL,
  `entity_id` varchar(100) NOT NULL,
  `entity_type` text NOT NULL,
  `task_type` varchar(100) NOT NULL,
  `key` varchar(100) NOT NULL,
  `value` text NOT NULL,
  `state` text,
  `error` text,
  `last_updated` datetime,
  UNIQUE KEY `task_status_entity_id_task_type_key_key` (`entity_id`, `task_type`, `key`),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_info` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(100) NOT NULL,
  `value` text,
  `state` text NOT NULL DEFAULT 'active',
  UNIQUE KEY `system_info_key_key` (`key`),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alembic_version` (
  `version_num` varchar(32) NOT NULL,
  PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
