-- Koji (the RPM build system and build farm of Fedora, CentOS Stream and Red Hat; Python, PostgreSQL),
-- github.com/koji-project/koji schemas/schema.sql, commit 2083513aab6ed193215efebb21823d905e02f339 (development head
-- after koji-1.35.3; schema.sql last changed in d16c16a668fba39850c5d5df7aec87eccfba864b; LGPL-2.1-only).
-- schema.sql (the fresh-install schema, which upstream keeps current with its upgrade scripts) was loaded unchanged into a
-- scratch PostgreSQL 15 and the catalog written as MySQL by a script: columns in PostgreSQL's order, names unchanged;
-- varchar(n) -> VARCHAR(n), text -> TEXT (VARCHAR(255) where the column is in a key), timestamptz -> DATETIME(6),
-- boolean -> TINYINT(1), float8 -> DOUBLE, json/jsonb -> JSON; NOT NULL and literal defaults kept, now() ->
-- CURRENT_TIMESTAMP(6), serial primary keys -> AUTO_INCREMENT; the get_event() defaults of the versioned tables'
-- create_event/update_event (a PostgreSQL function), CHECK constraints, plain and partial indexes, functions and
-- seed rows not kept; primary keys, unique constraints and foreign keys kept. Tables are in schema.sql's order.
-- All 68 tables are kept.

CREATE TABLE `events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_labels` (
  `event_id` INT NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  UNIQUE KEY `event_labels_label_key` (`label`),
  CONSTRAINT `event_labels_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255),
  `status` INT NOT NULL,
  `usertype` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_krb_principals` (
  `user_id` INT NOT NULL,
  `krb_principal` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`user_id`, `krb_principal`),
  UNIQUE KEY `user_krb_principals_krb_principal_key` (`krb_principal`),
  CONSTRAINT `user_krb_principals_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permissions_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_perms` (
  `user_id` INT NOT NULL,
  `perm_id` INT NOT NULL,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `user_id`, `perm_id`),
  UNIQUE KEY `user_perms_user_id_perm_id_active_key` (`user_id`, `perm_id`, `active`),
  CONSTRAINT `user_perms_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `user_perms_perm_id_fkey` FOREIGN KEY (`perm_id`) REFERENCES `permissions` (`id`),
  CONSTRAINT `user_perms_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `user_perms_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `user_perms_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `user_perms_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_groups` (
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `user_id`, `group_id`),
  UNIQUE KEY `user_groups_user_id_group_id_active_key` (`user_id`, `group_id`, `active`),
  CONSTRAINT `user_groups_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `user_groups_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `users` (`id`),
  CONSTRAINT `user_groups_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `user_groups_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `user_groups_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `user_groups_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `expired` TINYINT(1) NOT NULL DEFAULT 0,
  `master` INT,
  `key` VARCHAR(255),
  `authtype` INT,
  `hostip` VARCHAR(255),
  `callnum` INT,
  `start_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `exclusive` TINYINT(1),
  `closed` TINYINT(1) NOT NULL DEFAULT 0,
  `renew_time` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sessions_user_id_exclusive_key` (`user_id`, `exclusive`),
  CONSTRAINT `sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `sessions_master_fkey` FOREIGN KEY (`master`) REFERENCES `sessions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `channels` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `description` TEXT,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `comment` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `channels_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `host` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `update_time` DATETIME(6),
  `task_load` DOUBLE NOT NULL DEFAULT 0.0,
  `ready` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `host_name_key` (`name`),
  CONSTRAINT `host_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `host_config` (
  `host_id` INT NOT NULL,
  `arches` TEXT,
  `capacity` DOUBLE NOT NULL DEFAULT 2.0,
  `description` TEXT,
  `comment` TEXT,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `host_id`),
  UNIQUE KEY `host_config_host_id_active_key` (`host_id`, `active`),
  CONSTRAINT `host_config_host_id_fkey` FOREIGN KEY (`host_id`) REFERENCES `host` (`id`),
  CONSTRAINT `host_config_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `host_config_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `host_config_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `host_config_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `host_channels` (
  `host_id` INT NOT NULL,
  `channel_id` INT NOT NULL,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `host_id`, `channel_id`),
  UNIQUE KEY `host_channels_host_id_channel_id_active_key` (`host_id`, `channel_id`, `active`),
  CONSTRAINT `host_channels_host_id_fkey` FOREIGN KEY (`host_id`) REFERENCES `host` (`id`),
  CONSTRAINT `host_channels_channel_id_fkey` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `host_channels_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `host_channels_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `host_channels_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `host_channels_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `state` INT,
  `create_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `start_time` DATETIME(6),
  `completion_time` DATETIME(6),
  `channel_id` INT NOT NULL,
  `host_id` INT,
  `parent` INT,
  `label` VARCHAR(255),
  `waiting` TINYINT(1),
  `awaited` TINYINT(1),
  `owner` INT NOT NULL,
  `method` TEXT,
  `request` TEXT,
  `result` TEXT,
  `eta` INT,
  `arch` VARCHAR(16) NOT NULL,
  `priority` INT,
  `weight` DOUBLE NOT NULL DEFAULT 1.0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_parent_label_key` (`parent`, `label`),
  CONSTRAINT `task_channel_id_fkey` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `task_host_id_fkey` FOREIGN KEY (`host_id`) REFERENCES `host` (`id`),
  CONSTRAINT `task_parent_fkey` FOREIGN KEY (`parent`) REFERENCES `task` (`id`),
  CONSTRAINT `task_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `package` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `package_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `volume` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `volume_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content_generator` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `content_generator_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `volume_id` INT NOT NULL,
  `pkg_id` INT NOT NULL,
  `version` VARCHAR(255) NOT NULL,
  `release` VARCHAR(255) NOT NULL,
  `epoch` INT,
  `draft` TINYINT(1) NOT NULL DEFAULT 0,
  `source` TEXT,
  `create_event` INT NOT NULL,
  `start_time` DATETIME(6),
  `completion_time` DATETIME(6),
  `promotion_time` DATETIME(6),
  `state` INT NOT NULL,
  `task_id` INT,
  `owner` INT NOT NULL,
  `promoter` INT,
  `cg_id` INT,
  `extra` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `build_pkg_ver_rel` (`pkg_id`, `version`, `release`),
  UNIQUE KEY `draft_for_rpminfo` (`id`, `draft`),
  CONSTRAINT `build_volume_id_fkey` FOREIGN KEY (`volume_id`) REFERENCES `volume` (`id`),
  CONSTRAINT `build_pkg_id_fkey` FOREIGN KEY (`pkg_id`) REFERENCES `package` (`id`),
  CONSTRAINT `build_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `build_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `build_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `users` (`id`),
  CONSTRAINT `build_promoter_fkey` FOREIGN KEY (`promoter`) REFERENCES `users` (`id`),
  CONSTRAINT `build_cg_id_fkey` FOREIGN KEY (`cg_id`) REFERENCES `content_generator` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `btype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `btype_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_types` (
  `build_id` INT NOT NULL,
  `btype_id` INT NOT NULL,
  PRIMARY KEY (`build_id`, `btype_id`),
  CONSTRAINT `build_types_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `build` (`id`),
  CONSTRAINT `build_types_btype_id_fkey` FOREIGN KEY (`btype_id`) REFERENCES `btype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_inheritance` (
  `tag_id` INT NOT NULL,
  `parent_id` INT NOT NULL,
  `priority` INT NOT NULL,
  `maxdepth` INT,
  `intransitive` TINYINT(1) NOT NULL DEFAULT 0,
  `noconfig` TINYINT(1) NOT NULL DEFAULT 0,
  `pkg_filter` TEXT,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `tag_id`, `priority`),
  UNIQUE KEY `tag_inheritance_tag_id_priority_active_key` (`tag_id`, `priority`, `active`),
  UNIQUE KEY `tag_inheritance_tag_id_parent_id_active_key` (`tag_id`, `parent_id`, `active`),
  CONSTRAINT `tag_inheritance_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `tag_inheritance_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `tag_inheritance_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_inheritance_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_inheritance_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `tag_inheritance_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_config` (
  `tag_id` INT NOT NULL,
  `arches` TEXT,
  `perm_id` INT,
  `locked` TINYINT(1) NOT NULL DEFAULT 0,
  `maven_support` TINYINT(1) NOT NULL DEFAULT 0,
  `maven_include_all` TINYINT(1) NOT NULL DEFAULT 0,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `tag_id`),
  UNIQUE KEY `tag_config_tag_id_active_key` (`tag_id`, `active`),
  CONSTRAINT `tag_config_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `tag_config_perm_id_fkey` FOREIGN KEY (`perm_id`) REFERENCES `permissions` (`id`),
  CONSTRAINT `tag_config_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_config_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_config_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `tag_config_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_extra` (
  `tag_id` INT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `tag_id`, `key`),
  UNIQUE KEY `tag_extra_tag_id_key_active_key` (`tag_id`, `key`, `active`),
  CONSTRAINT `tag_extra_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `tag_extra_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_extra_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_extra_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `tag_extra_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_updates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tag_id` INT NOT NULL,
  `update_event` INT NOT NULL,
  `updater_id` INT NOT NULL,
  `update_type` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tag_updates_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `tag_updates_update_event_fkey` FOREIGN KEY (`update_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_updates_updater_id_fkey` FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_target` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `build_target_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_target_config` (
  `build_target_id` INT NOT NULL,
  `build_tag` INT NOT NULL,
  `dest_tag` INT NOT NULL,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `build_target_id`),
  UNIQUE KEY `build_target_config_build_target_id_active_key` (`build_target_id`, `active`),
  CONSTRAINT `build_target_config_build_target_id_fkey` FOREIGN KEY (`build_target_id`) REFERENCES `build_target` (`id`),
  CONSTRAINT `build_target_config_build_tag_fkey` FOREIGN KEY (`build_tag`) REFERENCES `tag` (`id`),
  CONSTRAINT `build_target_config_dest_tag_fkey` FOREIGN KEY (`dest_tag`) REFERENCES `tag` (`id`),
  CONSTRAINT `build_target_config_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `build_target_config_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `build_target_config_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `build_target_config_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repo` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `create_event` INT NOT NULL,
  `state_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `begin_event` INT,
  `end_event` INT,
  `tag_id` INT NOT NULL,
  `state` INT,
  `dist` TINYINT(1) DEFAULT 0,
  `opts` JSON,
  `custom_opts` JSON,
  `task_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `repo_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `repo_begin_event_fkey` FOREIGN KEY (`begin_event`) REFERENCES `events` (`id`),
  CONSTRAINT `repo_end_event_fkey` FOREIGN KEY (`end_event`) REFERENCES `events` (`id`),
  CONSTRAINT `repo_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `repo_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repo_queue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `create_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `owner` INT NOT NULL,
  `priority` INT NOT NULL,
  `tag_id` INT NOT NULL,
  `at_event` INT,
  `min_event` INT,
  `opts` JSON NOT NULL,
  `update_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `task_id` INT,
  `tries` INT NOT NULL DEFAULT 0,
  `repo_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `repo_queue_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `users` (`id`),
  CONSTRAINT `repo_queue_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `repo_queue_at_event_fkey` FOREIGN KEY (`at_event`) REFERENCES `events` (`id`),
  CONSTRAINT `repo_queue_min_event_fkey` FOREIGN KEY (`min_event`) REFERENCES `events` (`id`),
  CONSTRAINT `repo_queue_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `repo_queue_repo_id_fkey` FOREIGN KEY (`repo_id`) REFERENCES `repo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_repo` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `external_repo_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_repo_config` (
  `external_repo_id` INT NOT NULL,
  `url` TEXT NOT NULL,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `external_repo_id`),
  UNIQUE KEY `external_repo_config_external_repo_id_active_key` (`external_repo_id`, `active`),
  CONSTRAINT `external_repo_config_external_repo_id_fkey` FOREIGN KEY (`external_repo_id`) REFERENCES `external_repo` (`id`),
  CONSTRAINT `external_repo_config_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `external_repo_config_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `external_repo_config_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `external_repo_config_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_repo_data` (
  `external_repo_id` INT NOT NULL,
  `data` JSON,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `external_repo_id`),
  UNIQUE KEY `external_repo_data_external_repo_id_active_key` (`external_repo_id`, `active`),
  CONSTRAINT `external_repo_data_external_repo_id_fkey` FOREIGN KEY (`external_repo_id`) REFERENCES `external_repo` (`id`),
  CONSTRAINT `external_repo_data_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `external_repo_data_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `external_repo_data_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `external_repo_data_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_external_repos` (
  `tag_id` INT NOT NULL,
  `external_repo_id` INT NOT NULL,
  `priority` INT NOT NULL,
  `merge_mode` TEXT NOT NULL DEFAULT 'koji',
  `arches` TEXT,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `tag_id`, `priority`),
  UNIQUE KEY `tag_external_repos_tag_id_priority_active_key` (`tag_id`, `priority`, `active`),
  UNIQUE KEY `tag_external_repos_tag_id_external_repo_id_active_key` (`tag_id`, `external_repo_id`, `active`),
  CONSTRAINT `tag_external_repos_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `tag_external_repos_external_repo_id_fkey` FOREIGN KEY (`external_repo_id`) REFERENCES `external_repo` (`id`),
  CONSTRAINT `tag_external_repos_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_external_repos_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_external_repos_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `tag_external_repos_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cg_users` (
  `cg_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `cg_id`, `user_id`),
  UNIQUE KEY `cg_users_cg_id_user_id_active_key` (`cg_id`, `user_id`, `active`),
  CONSTRAINT `cg_users_cg_id_fkey` FOREIGN KEY (`cg_id`) REFERENCES `content_generator` (`id`),
  CONSTRAINT `cg_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `cg_users_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `cg_users_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `cg_users_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `cg_users_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_reservations` (
  `build_id` INT NOT NULL,
  `token` VARCHAR(64),
  `created` DATETIME(6) NOT NULL,
  PRIMARY KEY (`build_id`),
  CONSTRAINT `build_reservations_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `build` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildroot` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `br_type` INT NOT NULL,
  `cg_id` INT,
  `cg_version` TEXT,
  `container_type` TEXT,
  `container_arch` TEXT,
  `host_os` TEXT,
  `host_arch` TEXT,
  `extra` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `buildroot_cg_id_fkey` FOREIGN KEY (`cg_id`) REFERENCES `content_generator` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `standard_buildroot` (
  `buildroot_id` INT NOT NULL,
  `host_id` INT NOT NULL,
  `repo_id` INT NOT NULL,
  `task_id` INT NOT NULL,
  `create_event` INT NOT NULL,
  `retire_event` INT,
  `state` INT,
  PRIMARY KEY (`buildroot_id`),
  CONSTRAINT `standard_buildroot_buildroot_id_fkey` FOREIGN KEY (`buildroot_id`) REFERENCES `buildroot` (`id`),
  CONSTRAINT `standard_buildroot_host_id_fkey` FOREIGN KEY (`host_id`) REFERENCES `host` (`id`),
  CONSTRAINT `standard_buildroot_repo_id_fkey` FOREIGN KEY (`repo_id`) REFERENCES `repo` (`id`),
  CONSTRAINT `standard_buildroot_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `standard_buildroot_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildroot_tools_info` (
  `buildroot_id` INT NOT NULL,
  `tool` VARCHAR(255) NOT NULL,
  `version` TEXT NOT NULL,
  PRIMARY KEY (`buildroot_id`, `tool`),
  CONSTRAINT `buildroot_tools_info_buildroot_id_fkey` FOREIGN KEY (`buildroot_id`) REFERENCES `buildroot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_builds` (
  `build_id` INT NOT NULL,
  PRIMARY KEY (`build_id`),
  CONSTRAINT `image_builds_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `build` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_listing` (
  `build_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `build_id`, `tag_id`),
  UNIQUE KEY `tag_listing_build_id_tag_id_active_key` (`build_id`, `tag_id`, `active`),
  CONSTRAINT `tag_listing_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `build` (`id`),
  CONSTRAINT `tag_listing_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `tag_listing_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_listing_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_listing_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `tag_listing_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_packages` (
  `package_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  `blocked` TINYINT(1) NOT NULL DEFAULT 0,
  `extra_arches` TEXT,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `package_id`, `tag_id`),
  UNIQUE KEY `tag_packages_package_id_tag_id_active_key` (`package_id`, `tag_id`, `active`),
  CONSTRAINT `tag_packages_package_id_fkey` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`),
  CONSTRAINT `tag_packages_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `tag_packages_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_packages_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_packages_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `tag_packages_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_package_owners` (
  `package_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  `owner` INT NOT NULL,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `package_id`, `tag_id`),
  UNIQUE KEY `tag_package_owners_package_id_tag_id_active_key` (`package_id`, `tag_id`, `active`),
  CONSTRAINT `tag_package_owners_package_id_fkey` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`),
  CONSTRAINT `tag_package_owners_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `tag_package_owners_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `users` (`id`),
  CONSTRAINT `tag_package_owners_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_package_owners_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `tag_package_owners_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `tag_package_owners_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groups_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_config` (
  `group_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  `blocked` TINYINT(1) NOT NULL DEFAULT 0,
  `exported` TINYINT(1) DEFAULT 1,
  `display_name` TEXT NOT NULL,
  `is_default` TINYINT(1),
  `uservisible` TINYINT(1),
  `description` TEXT,
  `langonly` TEXT,
  `biarchonly` TINYINT(1),
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `group_id`, `tag_id`),
  UNIQUE KEY `group_config_group_id_tag_id_active_key` (`group_id`, `tag_id`, `active`),
  CONSTRAINT `group_config_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `group_config_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `group_config_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `group_config_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `group_config_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `group_config_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_req_listing` (
  `group_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  `req_id` INT NOT NULL,
  `blocked` TINYINT(1) NOT NULL DEFAULT 0,
  `type` VARCHAR(25),
  `is_metapkg` TINYINT(1) NOT NULL DEFAULT 0,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `group_id`, `tag_id`, `req_id`),
  UNIQUE KEY `group_req_listing_group_id_tag_id_req_id_active_key` (`group_id`, `tag_id`, `req_id`, `active`),
  CONSTRAINT `group_req_listing_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `group_req_listing_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `group_req_listing_req_id_fkey` FOREIGN KEY (`req_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `group_req_listing_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `group_req_listing_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `group_req_listing_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `group_req_listing_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_package_listing` (
  `group_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  `package` VARCHAR(255) NOT NULL,
  `blocked` TINYINT(1) NOT NULL DEFAULT 0,
  `type` VARCHAR(25) NOT NULL,
  `basearchonly` TINYINT(1),
  `requires` TEXT,
  `create_event` INT NOT NULL,
  `revoke_event` INT,
  `creator_id` INT NOT NULL,
  `revoker_id` INT,
  `active` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`create_event`, `group_id`, `tag_id`, `package`),
  UNIQUE KEY `group_package_listing_group_id_tag_id_package_active_key` (`group_id`, `tag_id`, `package`, `active`),
  CONSTRAINT `group_package_listing_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `group_package_listing_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `group_package_listing_create_event_fkey` FOREIGN KEY (`create_event`) REFERENCES `events` (`id`),
  CONSTRAINT `group_package_listing_revoke_event_fkey` FOREIGN KEY (`revoke_event`) REFERENCES `events` (`id`),
  CONSTRAINT `group_package_listing_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `group_package_listing_revoker_id_fkey` FOREIGN KEY (`revoker_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rpminfo` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `build_id` INT,
  `buildroot_id` INT,
  `name` TEXT NOT NULL,
  `version` TEXT NOT NULL,
  `release` TEXT NOT NULL,
  `epoch` INT,
  `arch` VARCHAR(16) NOT NULL,
  `draft` TINYINT(1),
  `external_repo_id` INT NOT NULL,
  `payloadhash` TEXT NOT NULL,
  `size` BIGINT NOT NULL,
  `buildtime` BIGINT NOT NULL,
  `metadata_only` TINYINT(1) NOT NULL DEFAULT 0,
  `extra` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `rpminfo_buildroot_id_fkey` FOREIGN KEY (`buildroot_id`) REFERENCES `buildroot` (`id`),
  CONSTRAINT `rpminfo_external_repo_id_fkey` FOREIGN KEY (`external_repo_id`) REFERENCES `external_repo` (`id`),
  CONSTRAINT `rpminfo_build_id_draft_fkey` FOREIGN KEY (`build_id`, `draft`) REFERENCES `build` (`id`, `draft`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rpmsigs` (
  `rpm_id` INT NOT NULL,
  `sigkey` VARCHAR(255) NOT NULL,
  `sighash` TEXT NOT NULL,
  UNIQUE KEY `rpmsigs_no_resign` (`rpm_id`, `sigkey`),
  CONSTRAINT `rpmsigs_rpm_id_fkey` FOREIGN KEY (`rpm_id`) REFERENCES `rpminfo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildroot_listing` (
  `buildroot_id` INT NOT NULL,
  `rpm_id` INT NOT NULL,
  `is_update` TINYINT(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `buildroot_listing_buildroot_id_rpm_id_key` (`buildroot_id`, `rpm_id`),
  CONSTRAINT `buildroot_listing_buildroot_id_fkey` FOREIGN KEY (`buildroot_id`) REFERENCES `buildroot` (`id`),
  CONSTRAINT `buildroot_listing_rpm_id_fkey` FOREIGN KEY (`rpm_id`) REFERENCES `rpminfo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `package_id` INT,
  `tag_id` INT,
  `success_only` TINYINT(1) NOT NULL DEFAULT 0,
  `email` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `build_notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `build_notifications_package_id_fkey` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`),
  CONSTRAINT `build_notifications_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_notifications_block` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `package_id` INT,
  `tag_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `build_notifications_block_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `build_notifications_block_package_id_fkey` FOREIGN KEY (`package_id`) REFERENCES `package` (`id`),
  CONSTRAINT `build_notifications_block_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `maven_builds` (
  `build_id` INT NOT NULL,
  `group_id` TEXT NOT NULL,
  `artifact_id` TEXT NOT NULL,
  `version` TEXT NOT NULL,
  PRIMARY KEY (`build_id`),
  CONSTRAINT `maven_builds_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `build` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `win_builds` (
  `build_id` INT NOT NULL,
  `platform` TEXT NOT NULL,
  PRIMARY KEY (`build_id`),
  CONSTRAINT `win_builds_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `build` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `archivetypes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `extensions` TEXT NOT NULL,
  `compression_type` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `archivetypes_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `archiveinfo` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type_id` INT NOT NULL,
  `btype_id` INT,
  `build_id` INT NOT NULL,
  `buildroot_id` INT,
  `filename` TEXT NOT NULL,
  `size` BIGINT NOT NULL,
  `checksum` TEXT NOT NULL,
  `checksum_type` INT NOT NULL,
  `metadata_only` TINYINT(1) NOT NULL DEFAULT 0,
  `extra` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `archiveinfo_type_id_fkey` FOREIGN KEY (`type_id`) REFERENCES `archivetypes` (`id`),
  CONSTRAINT `archiveinfo_btype_id_fkey` FOREIGN KEY (`btype_id`) REFERENCES `btype` (`id`),
  CONSTRAINT `archiveinfo_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `build` (`id`),
  CONSTRAINT `archiveinfo_buildroot_id_fkey` FOREIGN KEY (`buildroot_id`) REFERENCES `buildroot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `maven_archives` (
  `archive_id` INT NOT NULL,
  `group_id` TEXT NOT NULL,
  `artifact_id` TEXT NOT NULL,
  `version` TEXT NOT NULL,
  PRIMARY KEY (`archive_id`),
  CONSTRAINT `maven_archives_archive_id_fkey` FOREIGN KEY (`archive_id`) REFERENCES `archiveinfo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_archives` (
  `archive_id` INT NOT NULL,
  `arch` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`archive_id`),
  CONSTRAINT `image_archives_archive_id_fkey` FOREIGN KEY (`archive_id`) REFERENCES `archiveinfo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `archive_rpm_components` (
  `archive_id` INT NOT NULL,
  `rpm_id` INT NOT NULL,
  UNIQUE KEY `archive_rpm_components_archive_id_rpm_id_key` (`archive_id`, `rpm_id`),
  CONSTRAINT `archive_rpm_components_archive_id_fkey` FOREIGN KEY (`archive_id`) REFERENCES `archiveinfo` (`id`),
  CONSTRAINT `archive_rpm_components_rpm_id_fkey` FOREIGN KEY (`rpm_id`) REFERENCES `rpminfo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `archive_components` (
  `archive_id` INT NOT NULL,
  `component_id` INT NOT NULL,
  UNIQUE KEY `archive_components_archive_id_component_id_key` (`archive_id`, `component_id`),
  CONSTRAINT `archive_components_archive_id_fkey` FOREIGN KEY (`archive_id`) REFERENCES `archiveinfo` (`id`),
  CONSTRAINT `archive_components_component_id_fkey` FOREIGN KEY (`component_id`) REFERENCES `archiveinfo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buildroot_archives` (
  `buildroot_id` INT NOT NULL,
  `archive_id` INT NOT NULL,
  `project_dep` TINYINT(1) NOT NULL,
  PRIMARY KEY (`buildroot_id`, `archive_id`),
  CONSTRAINT `buildroot_archives_buildroot_id_fkey` FOREIGN KEY (`buildroot_id`) REFERENCES `buildroot` (`id`),
  CONSTRAINT `buildroot_archives_archive_id_fkey` FOREIGN KEY (`archive_id`) REFERENCES `archiveinfo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `win_archives` (
  `archive_id` INT NOT NULL,
  `relpath` TEXT NOT NULL,
  `platforms` TEXT NOT NULL,
  `flags` TEXT,
  PRIMARY KEY (`archive_id`),
  CONSTRAINT `win_archives_archive_id_fkey` FOREIGN KEY (`archive_id`) REFERENCES `archiveinfo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proton_queue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_ts` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `address` TEXT NOT NULL,
  `props` JSON NOT NULL,
  `body` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rpm_checksum` (
  `rpm_id` INT NOT NULL,
  `sigkey` VARCHAR(255) NOT NULL,
  `checksum` VARCHAR(255) NOT NULL,
  `checksum_type` SMALLINT NOT NULL,
  PRIMARY KEY (`rpm_id`, `sigkey`, `checksum_type`),
  UNIQUE KEY `rpm_checksum_checksum_key` (`checksum`),
  CONSTRAINT `rpm_checksum_rpm_id_fkey` FOREIGN KEY (`rpm_id`) REFERENCES `rpminfo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduler_task_runs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `host_id` INT NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `create_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `scheduler_task_runs_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `scheduler_task_runs_host_id_fkey` FOREIGN KEY (`host_id`) REFERENCES `host` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduler_host_data` (
  `host_id` INT NOT NULL,
  `data` JSON,
  PRIMARY KEY (`host_id`),
  CONSTRAINT `scheduler_host_data_host_id_fkey` FOREIGN KEY (`host_id`) REFERENCES `host` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduler_sys_data` (
  `name` VARCHAR(255) NOT NULL,
  `data` JSON,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduler_task_refusals` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `host_id` INT NOT NULL,
  `by_host` TINYINT(1) NOT NULL,
  `soft` TINYINT(1) NOT NULL DEFAULT 0,
  `msg` TEXT,
  `time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `scheduler_task_refusals_task_id_host_id_key` (`task_id`, `host_id`),
  CONSTRAINT `scheduler_task_refusals_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `scheduler_task_refusals_host_id_fkey` FOREIGN KEY (`host_id`) REFERENCES `host` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduler_log_messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT,
  `host_id` INT,
  `msg_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `msg` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `scheduler_log_messages_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `scheduler_log_messages_host_id_fkey` FOREIGN KEY (`host_id`) REFERENCES `host` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locks` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
