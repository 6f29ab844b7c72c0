-- Woodpecker CI (woodpecker-ci/woodpecker, Apache-2.0): the XORM model structs of server/model/*.go that
-- server/store/datastore/migration/migration.go syncs (allBeans), at commit
-- a4cb541b82dea1967d5b5577ff80a472b349afb2, written as the MySQL DDL XORM renders: int64 -> BIGINT,
-- int/int32 -> INT, bool -> TINYINT(1), string and string types -> VARCHAR(255), []byte -> BLOB,
-- json-tagged maps/slices -> TEXT, the tags' VARCHAR(n)/TEXT/LONGTEXT/LONGBLOB, NOT NULL and DEFAULT;
-- snake_case names unless the tag names the column; UNIQUE(group) tags as UNIQUE KEY; XORM declares
-- no foreign keys; indexes left out. All 18 tables (see woodpecker.md).

CREATE TABLE `agents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` BIGINT,
  `updated` BIGINT,
  `name` VARCHAR(255),
  `owner_id` BIGINT,
  `token` VARCHAR(255),
  `last_contact` BIGINT,
  `last_work` BIGINT,
  `platform` VARCHAR(100),
  `backend` VARCHAR(100),
  `capacity` INT,
  `version` VARCHAR(255),
  `no_schedule` TINYINT(1),
  `custom_labels` TEXT,
  `org_id` BIGINT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `configs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `repo_id` BIGINT,
  `hash` VARCHAR(255),
  `name` VARCHAR(255),
  `data` LONGBLOB,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`repo_id`, `hash`, `name`)
);

CREATE TABLE `crons` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `repo_id` BIGINT,
  `creator_id` BIGINT,
  `next_exec` BIGINT,
  `schedule` VARCHAR(255) NOT NULL,
  `timezone` VARCHAR(255) NOT NULL DEFAULT 'UTC',
  `created` BIGINT NOT NULL DEFAULT 0,
  `branch` VARCHAR(255),
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `variables` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`, `repo_id`)
);

CREATE TABLE `forges` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(250),
  `url` VARCHAR(500),
  `oauth_client_id` VARCHAR(250),
  `oauth_client_secret` VARCHAR(250),
  `skip_verify` TINYINT(1),
  `oauth_host` VARCHAR(250),
  `orgs` TEXT,
  `additional_options` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `log_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `step_id` BIGINT,
  `time` BIGINT,
  `line` INT,
  `data` LONGBLOB,
  `created` BIGINT,
  `type` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`step_id`, `line`)
);

CREATE TABLE `orgs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `forge_id` BIGINT,
  `name` VARCHAR(255),
  `is_user` TINYINT(1),
  `private` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`forge_id`, `name`)
);

CREATE TABLE `perms` (
  `user_id` BIGINT NOT NULL,
  `repo_id` BIGINT NOT NULL,
  `pull` TINYINT(1),
  `push` TINYINT(1),
  `admin` TINYINT(1),
  `synced` BIGINT,
  `created` BIGINT,
  `updated` BIGINT,
  UNIQUE KEY (`user_id`, `repo_id`)
);

CREATE TABLE `pipeline_configs` (
  `config_id` BIGINT NOT NULL,
  `pipeline_id` BIGINT NOT NULL,
  UNIQUE KEY (`config_id`, `pipeline_id`)
);

CREATE TABLE `pipelines` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `repo_id` BIGINT,
  `number` BIGINT,
  `author` VARCHAR(255),
  `parent` BIGINT,
  `event` VARCHAR(255),
  `event_reason` TEXT,
  `status` VARCHAR(255),
  `errors` TEXT,
  `created` BIGINT NOT NULL DEFAULT 0,
  `updated` BIGINT NOT NULL DEFAULT 0,
  `started` BIGINT,
  `finished` BIGINT,
  `deploy` VARCHAR(255),
  `deploy_task` VARCHAR(255),
  `commit` VARCHAR(255),
  `branch` VARCHAR(255),
  `rerun_count` BIGINT,
  `ref` VARCHAR(255),
  `refspec` VARCHAR(255),
  `avatar` VARCHAR(500),
  `forge_url` VARCHAR(255),
  `reviewer` VARCHAR(255),
  `reviewed` BIGINT,
  `cancel_info` TEXT,
  `changed_files` LONGTEXT,
  `additional_variables` TEXT,
  `pr_labels` TEXT,
  `pr_milestone` VARCHAR(255),
  `pr_draft` TINYINT(1),
  `cron` VARCHAR(255),
  `from_fork` TINYINT(1),
  `version` VARCHAR(255),
  `release` TEXT,
  `tag_title` VARCHAR(255),
  `title` VARCHAR(255),
  `message` TEXT,
  `timestamp` BIGINT,
  `sender` VARCHAR(255),
  `email` VARCHAR(500),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`repo_id`, `number`)
);

CREATE TABLE `redirections` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `repo_id` BIGINT,
  `repo_full_name` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`repo_full_name`)
);

CREATE TABLE `registries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL DEFAULT 0,
  `repo_id` BIGINT NOT NULL DEFAULT 0,
  `address` VARCHAR(255) NOT NULL,
  `username` VARCHAR(2000),
  `password` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`org_id`, `repo_id`, `address`)
);

CREATE TABLE `repos` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT,
  `forge_id` BIGINT,
  `forge_remote_id` VARCHAR(255),
  `org_id` BIGINT,
  `owner` VARCHAR(255),
  `name` VARCHAR(255),
  `full_name` VARCHAR(255),
  `avatar` VARCHAR(500),
  `forge_url` VARCHAR(1000),
  `clone` VARCHAR(1000),
  `clone_ssh` VARCHAR(1000),
  `branch` VARCHAR(500),
  `pr_enabled` TINYINT(1) DEFAULT 1,
  `timeout` BIGINT,
  `visibility` VARCHAR(10),
  `private` TINYINT(1),
  `trusted` TEXT,
  `require_approval` VARCHAR(50),
  `approval_allowed_users` TEXT,
  `active` TINYINT(1),
  `allow_pr` TINYINT(1),
  `allow_deploy` TINYINT(1),
  `config_path` VARCHAR(500),
  `hash` VARCHAR(500),
  `cancel_previous_pipeline_events` TEXT,
  `netrc_trusted` TEXT,
  `config_extension_endpoint` VARCHAR(500),
  `config_extension_exclusive` TINYINT(1) DEFAULT 0,
  `config_extension_netrc` TINYINT(1) DEFAULT 0,
  `registry_extension_endpoint` VARCHAR(500),
  `registry_extension_netrc` TINYINT(1) DEFAULT 0,
  `secret_extension_endpoint` VARCHAR(500),
  `secret_extension_netrc` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`forge_id`, `forge_remote_id`),
  UNIQUE KEY (`forge_id`, `owner`, `name`),
  UNIQUE KEY (`forge_id`, `full_name`)
);

CREATE TABLE `secrets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL DEFAULT 0,
  `repo_id` BIGINT NOT NULL DEFAULT 0,
  `name` VARCHAR(255) NOT NULL,
  `value` TEXT,
  `images` TEXT,
  `events` TEXT,
  `note` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`org_id`, `repo_id`, `name`)
);

CREATE TABLE `server_configs` (
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  PRIMARY KEY (`key`)
);

CREATE TABLE `steps` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255),
  `pipeline_id` BIGINT,
  `pid` INT,
  `ppid` INT,
  `name` VARCHAR(255),
  `state` VARCHAR(255),
  `error` TEXT,
  `failure` VARCHAR(255),
  `exit_code` INT,
  `started` BIGINT,
  `finished` BIGINT,
  `type` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`pipeline_id`, `pid`)
);

CREATE TABLE `tasks` (
  `id` VARCHAR(255) NOT NULL,
  `pid` INT,
  `name` VARCHAR(255),
  `data` LONGBLOB,
  `labels` TEXT,
  `dependencies` TEXT,
  `run_on` TEXT,
  `dependencies_status` TEXT,
  `agent_id` BIGINT,
  `pipeline_id` BIGINT,
  `repo_id` BIGINT,
  `concurrency_limit` INT NOT NULL DEFAULT 0,
  `concurrency_group` VARCHAR(255),
  `created` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `forge_id` BIGINT,
  `forge_remote_id` VARCHAR(255),
  `login` VARCHAR(255),
  `access_token` TEXT,
  `refresh_token` TEXT,
  `expiry` BIGINT,
  `email` VARCHAR(500),
  `avatar` VARCHAR(500),
  `admin` TINYINT(1),
  `hash` VARCHAR(500),
  `org_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`hash`),
  UNIQUE KEY (`forge_id`, `forge_remote_id`),
  UNIQUE KEY (`forge_id`, `login`)
);

CREATE TABLE `workflows` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `pipeline_id` BIGINT,
  `pid` INT,
  `name` VARCHAR(255),
  `state` VARCHAR(255),
  `error` TEXT,
  `started` BIGINT,
  `finished` BIGINT,
  `agent_id` BIGINT,
  `platform` VARCHAR(255),
  `environ` TEXT,
  `axis_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`pipeline_id`, `pid`)
);
