-- Concourse CI (Go, PostgreSQL), github.com/concourse/concourse atc/db/migration/migrations/*.up.sql and *.up.go,
-- commit 95872ce1a3af6fc0c4ab7f23658ec81f3e778d7c (development head after v8.2.5; migrations last changed in
-- ee231a8bd8f8b3a150636fc146f3f38a1c2ce6db; Apache-2.0).
-- The 149 SQL migrations were replayed in version order into a scratch PostgreSQL 15 from 1510262030_initial_schema,
-- as a fresh install runs them; of the 7 Go migrations, the schema statements of the four that change the schema
-- (1516643303 drops teams.basic_auth, 1528470872 renames teams.auth to legacy_auth and adds auth, 1561558376 adds
-- resources.type, 1589991895 adds resource_pins.config) were run as written there, the other three only move data.
-- The catalog was then written as MySQL by a script: columns in PostgreSQL's order, names unchanged; varchar(n) ->
-- VARCHAR(n), text -> TEXT (VARCHAR(255) where the column is in a key), timestamptz -> DATETIME(6), boolean ->
-- TINYINT(1), json/jsonb -> JSON, enum types -> ENUM; NOT NULL and literal defaults kept, now() ->
-- CURRENT_TIMESTAMP(6), serial/bigserial primary keys -> AUTO_INCREMENT; primary keys, unique constraints, plain
-- unique indexes and foreign keys with their ON DELETE actions kept; partial and plain indexes, CHECK constraints,
-- triggers and functions not. The foreign keys form cycles (builds <-> jobs <-> resources ...), so the file runs
-- with FOREIGN_KEY_CHECKS=0. One foreign key is left out because MariaDB refuses its types (PostgreSQL accepts them):
-- builds.rerun_of_old (integer) -> builds.id (bigint); the second fkey_job_id (of jobs_serial_groups) is renamed
-- jobs_serial_groups_fkey_job_id, as MariaDB wants foreign key names unique in a database. All 45 tables of the
-- replayed schema are kept; the migrator's own migrations_history table is not one of them.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `base_resource_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `unique_version_history` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `base_resource_types_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_events` (
  `build_id_old` INT,
  `type` VARCHAR(32) NOT NULL,
  `payload` TEXT NOT NULL,
  `event_id` INT NOT NULL,
  `version` TEXT NOT NULL,
  `build_id` BIGINT,
  UNIQUE KEY `build_events_build_id_old_event_id` (`build_id_old`, `event_id`),
  UNIQUE KEY `build_events_build_id_event_id` (`build_id`, `event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `admin` TINYINT(1) DEFAULT 0,
  `legacy_auth` TEXT,
  `nonce` TEXT,
  `auth` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pipelines` (
  `version` INT NOT NULL DEFAULT 0,
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `paused` TINYINT(1) DEFAULT 0,
  `ordering` INT NOT NULL DEFAULT 0,
  `team_id` INT NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `groups` JSON,
  `cache_index` INT NOT NULL DEFAULT 1,
  `var_sources` TEXT,
  `nonce` TEXT,
  `last_updated` DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `archived` TINYINT(1) NOT NULL DEFAULT 0,
  `parent_job_id` INT,
  `parent_build_id` BIGINT,
  `display` JSON,
  `instance_vars` JSON,
  `secondary_ordering` INT NOT NULL,
  `paused_by` TEXT,
  `paused_at` DATETIME(6),
  `user_data` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `pipelines_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workers` (
  `addr` VARCHAR(255),
  `expires` DATETIME(6),
  `active_containers` INT DEFAULT 0,
  `resource_types` TEXT,
  `platform` TEXT,
  `tags` TEXT,
  `baggageclaim_url` TEXT DEFAULT '',
  `name` VARCHAR(255) NOT NULL,
  `http_proxy_url` TEXT,
  `https_proxy_url` TEXT,
  `no_proxy` TEXT,
  `start_time` DATETIME(6),
  `team_id` INT,
  `state` ENUM('running','stalled','landing','landed','retiring') NOT NULL DEFAULT 'running',
  `version` TEXT,
  `certs_path` TEXT,
  `ephemeral` TINYINT(1),
  `active_volumes` INT DEFAULT 0,
  `active_tasks` INT DEFAULT 0,
  `stalled_since` DATETIME(6),
  `max_active_tasks` INT DEFAULT 0,
  PRIMARY KEY (`name`),
  UNIQUE KEY `constraint_workers_name_unique` (`name`),
  UNIQUE KEY `workers_addr_key` (`addr`),
  CONSTRAINT `workers_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `worker_base_resource_types` (
  `worker_name` VARCHAR(255),
  `base_resource_type_id` INT,
  `image` TEXT NOT NULL,
  `version` TEXT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `worker_base_resource_types_worker_name_base_resource_type_i_key` (`worker_name`, `base_resource_type_id`),
  CONSTRAINT `worker_base_resource_types_base_resource_type_id_fkey` FOREIGN KEY (`base_resource_type_id`) REFERENCES `base_resource_types` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `worker_base_resource_types_worker_name_fkey` FOREIGN KEY (`worker_name`) REFERENCES `workers` (`name`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `worker_resource_certs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `worker_name` VARCHAR(255),
  `certs_path` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `worker_resource_certs_worker_name_fkey` FOREIGN KEY (`worker_name`) REFERENCES `workers` (`name`) ON DELETE CASCADE ON UPDATE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cert_cache` (
  `domain` VARCHAR(255) NOT NULL,
  `cert` TEXT NOT NULL,
  `nonce` TEXT,
  PRIMARY KEY (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `sub` VARCHAR(255) NOT NULL,
  `username` TEXT NOT NULL,
  `connector` TEXT NOT NULL,
  `last_login` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_unique` (`sub`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `components` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `interval` TEXT NOT NULL,
  `last_ran` DATETIME(6),
  `paused` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `components_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wall` (
  `message` TEXT NOT NULL,
  `expires_at` DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_tokens` (
  `token` VARCHAR(255) NOT NULL,
  `sub` TEXT NOT NULL,
  `claims` JSON,
  `expires_at` DATETIME(6),
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deleted_pipelines` (
  `id` INT NOT NULL,
  `deleted_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `check_build_events` (
  `build_id_old` INT,
  `type` VARCHAR(32) NOT NULL,
  `payload` TEXT NOT NULL,
  `event_id` INT NOT NULL,
  `version` TEXT NOT NULL,
  `build_id` BIGINT,
  UNIQUE KEY `check_build_events_build_id_event_id` (`build_id`, `event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signing_keys` (
  `kid` VARCHAR(255) NOT NULL,
  `kty` TEXT NOT NULL,
  `jwk` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`kid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_image_resource_caches` (
  `resource_cache_id` INT,
  `build_id` BIGINT NOT NULL,
  `job_id` INT,
  CONSTRAINT `build_image_resource_caches_resource_cache_id_fkey` FOREIGN KEY (`resource_cache_id`) REFERENCES `resource_caches` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `build_image_resource_caches_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `builds` (`id`) ON DELETE CASCADE,
  CONSTRAINT `build_image_resource_caches_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `builds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `status` ENUM('pending','started','aborted','succeeded','failed','errored') NOT NULL,
  `scheduled` TINYINT(1) NOT NULL DEFAULT 0,
  `start_time` DATETIME(6),
  `end_time` DATETIME(6),
  `schema` VARCHAR(16),
  `private_plan` TEXT,
  `completed` TINYINT(1) NOT NULL DEFAULT 0,
  `job_id` INT,
  `reap_time` DATETIME(6),
  `team_id` INT NOT NULL,
  `manually_triggered` TINYINT(1) DEFAULT 0,
  `interceptible` TINYINT(1) DEFAULT 1,
  `nonce` TEXT,
  `public_plan` JSON DEFAULT '{}',
  `pipeline_id` INT,
  `drained` TINYINT(1) NOT NULL DEFAULT 0,
  `create_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `aborted` TINYINT(1) NOT NULL DEFAULT 0,
  `rerun_of_old` INT,
  `rerun_number` INT NOT NULL DEFAULT 0,
  `inputs_ready` TINYINT(1) NOT NULL DEFAULT 0,
  `needs_v6_migration` TINYINT(1) NOT NULL DEFAULT 1,
  `span_context` JSON,
  `resource_id` INT,
  `resource_type_id` INT,
  `created_by` TEXT,
  `rerun_of` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `build_names_uniq_idx` (`job_id`, `name`),
  CONSTRAINT `builds_pipeline_id_fkey` FOREIGN KEY (`pipeline_id`) REFERENCES `pipelines` (`id`) ON DELETE CASCADE,
  CONSTRAINT `builds_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fkey_job_id` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `builds_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON DELETE CASCADE,
  CONSTRAINT `builds_resource_type_id_fkey` FOREIGN KEY (`resource_type_id`) REFERENCES `resource_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `builds_rerun_of_fkey1` FOREIGN KEY (`rerun_of`) REFERENCES `builds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `containers` (
  `handle` VARCHAR(255) NOT NULL,
  `build_id` BIGINT,
  `plan_id` TEXT,
  `pipeline_id` INT,
  `resource_id` INT,
  `worker_name` VARCHAR(255),
  `id` INT NOT NULL AUTO_INCREMENT,
  `team_id` INT,
  `state` ENUM('creating','created','destroying','failed') NOT NULL DEFAULT 'creating',
  `meta_type` TEXT NOT NULL DEFAULT '',
  `meta_step_name` TEXT NOT NULL DEFAULT '',
  `meta_attempt` TEXT NOT NULL DEFAULT '',
  `meta_working_directory` TEXT NOT NULL DEFAULT '',
  `meta_process_user` TEXT NOT NULL DEFAULT '',
  `meta_pipeline_id` INT NOT NULL DEFAULT 0,
  `meta_job_id` INT NOT NULL DEFAULT 0,
  `meta_build_id` BIGINT NOT NULL DEFAULT 0,
  `meta_pipeline_name` TEXT NOT NULL DEFAULT '',
  `meta_job_name` TEXT NOT NULL DEFAULT '',
  `meta_build_name` TEXT NOT NULL DEFAULT '',
  `image_check_container_id` INT,
  `image_get_container_id` INT,
  `missing_since` DATETIME(6),
  `resource_config_check_session_id` INT,
  `last_hijack` DATETIME(6),
  `meta_pipeline_instance_vars` TEXT NOT NULL DEFAULT '',
  `in_memory_build_id` BIGINT,
  `in_memory_build_create_time` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `containers_handle_key` (`handle`),
  CONSTRAINT `containers_image_check_container_id_fkey` FOREIGN KEY (`image_check_container_id`) REFERENCES `containers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `containers_image_get_container_id_fkey` FOREIGN KEY (`image_get_container_id`) REFERENCES `containers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `containers_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL,
  CONSTRAINT `containers_worker_name_fkey` FOREIGN KEY (`worker_name`) REFERENCES `workers` (`name`) ON DELETE CASCADE,
  CONSTRAINT `containers_resource_config_check_session_id_fkey` FOREIGN KEY (`resource_config_check_session_id`) REFERENCES `resource_config_check_sessions` (`id`) ON DELETE SET NULL,
  CONSTRAINT `containers_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `builds` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs` (
  `name` VARCHAR(255) NOT NULL,
  `build_number_seq` INT NOT NULL DEFAULT 0,
  `paused` TINYINT(1) DEFAULT 0,
  `id` INT NOT NULL AUTO_INCREMENT,
  `pipeline_id` INT NOT NULL,
  `first_logged_build_id` BIGINT NOT NULL DEFAULT 0,
  `inputs_determined` TINYINT(1) NOT NULL DEFAULT 0,
  `max_in_flight_reached` TINYINT(1) NOT NULL DEFAULT 0,
  `config` TEXT,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `interruptible` TINYINT(1) NOT NULL DEFAULT 0,
  `nonce` TEXT,
  `tags` TEXT,
  `latest_completed_build_id` BIGINT,
  `next_build_id` BIGINT,
  `transition_build_id` BIGINT,
  `has_new_inputs` TINYINT(1) DEFAULT 0,
  `schedule_requested` DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `last_scheduled` DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `max_in_flight` INT NOT NULL DEFAULT 0,
  `disable_manual_trigger` TINYINT(1) NOT NULL DEFAULT 0,
  `paused_by` TEXT,
  `paused_at` DATETIME(6),
  `disable_reruns` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `jobs_unique_pipeline_id_name` (`pipeline_id`, `name`),
  CONSTRAINT `jobs_pipeline_id_fkey` FOREIGN KEY (`pipeline_id`) REFERENCES `pipelines` (`id`) ON DELETE CASCADE,
  CONSTRAINT `jobs_next_build_id_fkey` FOREIGN KEY (`next_build_id`) REFERENCES `builds` (`id`) ON DELETE SET NULL,
  CONSTRAINT `jobs_latest_completed_build_id_fkey` FOREIGN KEY (`latest_completed_build_id`) REFERENCES `builds` (`id`) ON DELETE SET NULL,
  CONSTRAINT `jobs_transition_build_id_fkey` FOREIGN KEY (`transition_build_id`) REFERENCES `builds` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs_serial_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `serial_group` TEXT NOT NULL,
  `job_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `jobs_serial_groups_fkey_job_id` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `next_build_inputs` (
  `job_id` INT NOT NULL,
  `input_name` VARCHAR(255) NOT NULL,
  `first_occurrence` TINYINT(1),
  `resource_id` INT,
  `resolve_error` TEXT,
  `version_digest` TEXT,
  UNIQUE KEY `next_build_inputs_unique_job_id_input_name` (`job_id`, `input_name`),
  CONSTRAINT `next_build_inputs_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `next_build_inputs_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_cache_uses` (
  `resource_cache_id` INT,
  `build_id` BIGINT,
  `in_memory_build_id` BIGINT,
  `in_memory_build_create_time` DATETIME(6),
  CONSTRAINT `resource_cache_uses_resource_cache_id_fkey` FOREIGN KEY (`resource_cache_id`) REFERENCES `resource_caches` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `resource_cache_uses_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `builds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_caches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resource_config_id` INT,
  `version` JSON NOT NULL,
  `params_hash` VARCHAR(255) NOT NULL,
  `metadata` TEXT,
  `version_digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resource_caches_rsc_config_id_version_digest_params_hash_uniq` (`resource_config_id`, `version_digest`, `params_hash`),
  CONSTRAINT `resource_caches_resource_config_id_fkey` FOREIGN KEY (`resource_config_id`) REFERENCES `resource_configs` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_config_check_sessions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resource_config_id` INT,
  `expires_at` DATETIME(6),
  `worker_base_resource_type_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resource_config_check_sessions_uniq` (`resource_config_id`, `worker_base_resource_type_id`),
  CONSTRAINT `resource_config_check_sessions_resource_config_id_fkey` FOREIGN KEY (`resource_config_id`) REFERENCES `resource_configs` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `resource_config_check_sessions_worker_base_resource_type_id_fke` FOREIGN KEY (`worker_base_resource_type_id`) REFERENCES `worker_base_resource_types` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_configs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `base_resource_type_id` INT,
  `source_hash` VARCHAR(255) NOT NULL,
  `resource_cache_id` INT,
  `last_referenced` DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (`id`),
  UNIQUE KEY `resource_configs_resource_cache_id_so_key` (`resource_cache_id`, `source_hash`),
  UNIQUE KEY `resource_configs_base_resource_type_id_so_key` (`base_resource_type_id`, `source_hash`),
  CONSTRAINT `resource_configs_base_resource_type_id_fkey` FOREIGN KEY (`base_resource_type_id`) REFERENCES `base_resource_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `resource_configs_resource_cache_id_fkey` FOREIGN KEY (`resource_cache_id`) REFERENCES `resource_caches` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `pipeline_id` INT,
  `name` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL,
  `config` TEXT,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `nonce` TEXT,
  `resource_config_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resource_types_pipeline_id_name_key` (`pipeline_id`, `name`),
  CONSTRAINT `resource_types_pipeline_id_fkey` FOREIGN KEY (`pipeline_id`) REFERENCES `pipelines` (`id`) ON DELETE CASCADE,
  CONSTRAINT `resource_types_resource_config_id_fkey` FOREIGN KEY (`resource_config_id`) REFERENCES `resource_configs` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources` (
  `name` VARCHAR(255) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `pipeline_id` INT NOT NULL,
  `config` TEXT,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `nonce` TEXT,
  `resource_config_id` INT,
  `resource_config_scope_id` BIGINT,
  `type` TEXT NOT NULL,
  `in_memory_build_id` BIGINT,
  `in_memory_build_start_time` DATETIME(6),
  `in_memory_build_plan` JSON,
  `in_memory_build_status` ENUM('pending','started','aborted','succeeded','failed','errored'),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_pipeline_id_name` (`pipeline_id`, `name`),
  CONSTRAINT `resources_pipeline_id_fkey` FOREIGN KEY (`pipeline_id`) REFERENCES `pipelines` (`id`) ON DELETE CASCADE,
  CONSTRAINT `resources_resource_config_id_fkey` FOREIGN KEY (`resource_config_id`) REFERENCES `resource_configs` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `resources_resource_config_scope_id_fkey` FOREIGN KEY (`resource_config_scope_id`) REFERENCES `resource_config_scopes` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `volumes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `handle` VARCHAR(255) NOT NULL,
  `worker_name` VARCHAR(255) NOT NULL,
  `path` TEXT,
  `container_id` INT,
  `team_id` INT,
  `state` ENUM('creating','created','destroying','failed') NOT NULL DEFAULT 'creating',
  `parent_id` INT,
  `parent_state` ENUM('creating','created','destroying','failed'),
  `worker_base_resource_type_id` INT,
  `worker_resource_cache_id` INT,
  `worker_task_cache_id` INT,
  `worker_resource_certs_id` INT,
  `missing_since` DATETIME(6),
  `worker_artifact_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `volumes_id_state_key` (`id`, `state`),
  UNIQUE KEY `volumes_worker_name_handle_key` (`worker_name`, `handle`),
  UNIQUE KEY `volumes_handle` (`handle`),
  UNIQUE KEY `volumes_worker_resource_cache_unique` (`worker_resource_cache_id`),
  CONSTRAINT `fkey_container_id` FOREIGN KEY (`container_id`) REFERENCES `containers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `volumes_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL,
  CONSTRAINT `volumes_worker_base_resource_type_id_fkey` FOREIGN KEY (`worker_base_resource_type_id`) REFERENCES `worker_base_resource_types` (`id`) ON DELETE SET NULL,
  CONSTRAINT `volumes_worker_name_fkey` FOREIGN KEY (`worker_name`) REFERENCES `workers` (`name`) ON DELETE CASCADE,
  CONSTRAINT `volumes_worker_resource_cache_id_fkey` FOREIGN KEY (`worker_resource_cache_id`) REFERENCES `worker_resource_caches` (`id`) ON DELETE SET NULL,
  CONSTRAINT `volumes_worker_task_cache_id_fkey` FOREIGN KEY (`worker_task_cache_id`) REFERENCES `worker_task_caches` (`id`) ON DELETE SET NULL,
  CONSTRAINT `worker_resource_certs_id_fkey` FOREIGN KEY (`worker_resource_certs_id`) REFERENCES `worker_resource_certs` (`id`) ON DELETE SET NULL,
  CONSTRAINT `volumes_worker_artifact_id_fkey` FOREIGN KEY (`worker_artifact_id`) REFERENCES `worker_artifacts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `volumes_parent_id_fkey` FOREIGN KEY (`parent_id`, `parent_state`) REFERENCES `volumes` (`id`, `state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `worker_resource_caches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `worker_base_resource_type_id` INT,
  `resource_cache_id` INT,
  `worker_name` VARCHAR(255),
  `invalid_since` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `worker_resource_caches_resource_cache_id_fkey` FOREIGN KEY (`resource_cache_id`) REFERENCES `resource_caches` (`id`) ON DELETE CASCADE,
  CONSTRAINT `worker_resource_caches_worker_name_fkey` FOREIGN KEY (`worker_name`) REFERENCES `workers` (`name`) ON DELETE CASCADE,
  CONSTRAINT `worker_resource_caches_worker_base_resource_type_id_fkey` FOREIGN KEY (`worker_base_resource_type_id`) REFERENCES `worker_base_resource_types` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `worker_task_caches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `worker_name` VARCHAR(255),
  `task_cache_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `worker_task_caches_worker_name_task_cache_id_uniq` (`worker_name`, `task_cache_id`),
  CONSTRAINT `worker_task_caches_worker_name_fkey` FOREIGN KEY (`worker_name`) REFERENCES `workers` (`name`) ON DELETE CASCADE,
  CONSTRAINT `worker_task_caches_task_cache_fkey` FOREIGN KEY (`task_cache_id`) REFERENCES `task_caches` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_config_versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `version` JSON NOT NULL,
  `version_md5` TEXT,
  `metadata` JSON NOT NULL DEFAULT 'null',
  `check_order` INT NOT NULL DEFAULT 0,
  `resource_config_scope_id` BIGINT NOT NULL,
  `span_context` JSON,
  `version_sha256` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resource_config_scope_id_and_version_sha256_unique` (`resource_config_scope_id`, `version_sha256`),
  CONSTRAINT `resource_config_versions_resource_config_scope_id_fkey` FOREIGN KEY (`resource_config_scope_id`) REFERENCES `resource_config_scopes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_disabled_versions` (
  `resource_id` INT NOT NULL,
  `version_digest` VARCHAR(255) NOT NULL,
  UNIQUE KEY `resource_disabled_versions_resource_id_version_digest_uniq` (`resource_id`, `version_digest`),
  CONSTRAINT `resource_disabled_versions_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_resource_config_version_inputs` (
  `build_id` BIGINT NOT NULL,
  `resource_id` INT NOT NULL,
  `version_digest` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `first_occurrence` TINYINT(1),
  UNIQUE KEY `build_resource_config_version_inputs_uniq` (`build_id`, `resource_id`, `version_digest`, `name`),
  CONSTRAINT `build_resource_config_version_inputs_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON DELETE CASCADE,
  CONSTRAINT `build_resource_config_version_inputs_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `builds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_resource_config_version_outputs` (
  `build_id` BIGINT NOT NULL,
  `resource_id` INT NOT NULL,
  `version_digest` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  UNIQUE KEY `build_resource_config_version_outputs_uniq` (`build_id`, `resource_id`, `version_digest`, `name`),
  CONSTRAINT `build_resource_config_version_outputs_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON DELETE CASCADE,
  CONSTRAINT `build_resource_config_version_outputs_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `builds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_config_scopes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_config_id` INT NOT NULL,
  `resource_id` INT,
  `last_check_start_time` DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `last_check_end_time` DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `last_check_succeeded` TINYINT(1) NOT NULL DEFAULT 0,
  `last_check_build_id` BIGINT,
  `last_check_build_plan` JSON DEFAULT '{}',
  `next_check_time` DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (`id`),
  CONSTRAINT `resource_config_scopes_resource_config_id_fkey` FOREIGN KEY (`resource_config_id`) REFERENCES `resource_configs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `resource_config_scopes_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_pins` (
  `resource_id` INT NOT NULL,
  `version` JSON NOT NULL,
  `comment_text` TEXT NOT NULL,
  `config` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`resource_id`),
  CONSTRAINT `resource_pins_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `worker_artifacts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `build_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `worker_artifacts_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `builds` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_caches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `job_id` INT,
  `step_name` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `last_used` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `ttl` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_caches_job_id_step_name_path_uniq` (`job_id`, `step_name`, `path`),
  CONSTRAINT `task_caches_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_pipes` (
  `from_build_id` BIGINT NOT NULL,
  `to_build_id` BIGINT NOT NULL,
  UNIQUE KEY `build_pipes_from_build_id_to_build_id_uniq` (`from_build_id`, `to_build_id`),
  CONSTRAINT `build_pipes_from_build_id_fkey` FOREIGN KEY (`from_build_id`) REFERENCES `builds` (`id`) ON DELETE CASCADE,
  CONSTRAINT `build_pipes_to_build_id_fkey` FOREIGN KEY (`to_build_id`) REFERENCES `builds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `next_build_pipes` (
  `from_build_id` BIGINT NOT NULL,
  `to_job_id` INT NOT NULL,
  UNIQUE KEY `next_build_pipes_from_build_id_to_job_id_uniq` (`from_build_id`, `to_job_id`),
  CONSTRAINT `next_build_pipes_to_job_id_fkey` FOREIGN KEY (`to_job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `next_build_pipes_from_build_id_fkey` FOREIGN KEY (`from_build_id`) REFERENCES `builds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `successful_build_outputs` (
  `build_id` BIGINT NOT NULL,
  `job_id` INT NOT NULL,
  `outputs` JSON NOT NULL,
  `rerun_of` BIGINT,
  UNIQUE KEY `successful_build_outputs_build_id_idx` (`build_id`),
  CONSTRAINT `successful_build_outputs_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `successful_build_outputs_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `builds` (`id`) ON DELETE CASCADE,
  CONSTRAINT `successful_build_outputs_rerun_of_fkey` FOREIGN KEY (`rerun_of`) REFERENCES `builds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_inputs` (
  `name` TEXT NOT NULL,
  `job_id` INT NOT NULL,
  `resource_id` INT NOT NULL,
  `passed_job_id` INT,
  `trigger` TINYINT(1) NOT NULL DEFAULT 0,
  `version` TEXT,
  CONSTRAINT `job_inputs_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `job_inputs_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON DELETE CASCADE,
  CONSTRAINT `job_inputs_passed_job_id_fkey` FOREIGN KEY (`passed_job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_outputs` (
  `name` TEXT NOT NULL,
  `job_id` INT NOT NULL,
  `resource_id` INT NOT NULL,
  CONSTRAINT `job_outputs_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `job_outputs_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prototypes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `pipeline_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL,
  `config` TEXT,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `nonce` TEXT,
  `resource_config_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prototypes_pipeline_id_name_uniq` (`pipeline_id`, `name`),
  CONSTRAINT `prototypes_pipeline_id_fkey` FOREIGN KEY (`pipeline_id`) REFERENCES `pipelines` (`id`) ON DELETE CASCADE,
  CONSTRAINT `prototypes_resource_config_id_fkey` FOREIGN KEY (`resource_config_id`) REFERENCES `resource_configs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_comments` (
  `build_id` BIGINT NOT NULL,
  `comment` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`build_id`),
  CONSTRAINT `build_comments_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `builds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
