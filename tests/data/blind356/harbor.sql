-- Harbor (CNCF graduated cloud-native registry for container images, Helm charts and other OCI artifacts; Go, PostgreSQL),
-- github.com/goharbor/harbor make/migrations/postgresql/0001_initial_schema.up.sql ... 0190_2.16.0_schema.up.sql (39
-- golang-migrate migrations), commit c50c7ddd6ea4e335a480b49c618281882ab7eec9 (Apache-2.0).
-- The migrations were replayed in version order into a scratch PostgreSQL 15 (with golang-migrate's own
-- schema_migrations table, which 0030 reads; all applied unchanged) and the catalog written as MySQL by a script:
-- columns in PostgreSQL's order, names unchanged; varchar(n) -> VARCHAR(n) (TEXT above 1024 characters unless in a
-- key), varchar / text -> TEXT (VARCHAR(255) in a key), character(n) -> CHAR(n), timestamp -> DATETIME(6), jsonb ->
-- JSON, boolean -> TINYINT(1), double precision -> DOUBLE; NOT NULL and literal defaults kept, now() ->
-- CURRENT_TIMESTAMP(6), serial primary keys -> AUTO_INCREMENT; primary keys, unique constraints, plain unique indexes
-- and foreign keys with their ON DELETE actions kept; plain indexes, triggers and functions not. One foreign key is
-- left out because MariaDB refuses its types (PostgreSQL accepts them): artifact_accessory.artifact_id (bigint) ->
-- artifact.id (int). Kept: 46 of the 49 tables; left out: the migration bookkeeping tables schema_migrations,
-- alembic_version (left from Harbor 1.x) and data_migrations.
CREATE TABLE `access` (
  `access_id` INT NOT NULL AUTO_INCREMENT,
  `access_code` CHAR(1),
  `comment` VARCHAR(30),
  PRIMARY KEY (`access_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role` (
  `role_id` INT NOT NULL AUTO_INCREMENT,
  `role_mask` INT NOT NULL DEFAULT 0,
  `role_code` VARCHAR(20),
  `name` VARCHAR(20),
  PRIMARY KEY (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harbor_user` (
  `user_id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255),
  `email` VARCHAR(255),
  `password` VARCHAR(40) NOT NULL,
  `realname` VARCHAR(255) NOT NULL,
  `comment` VARCHAR(30),
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `reset_uuid` VARCHAR(40),
  `salt` VARCHAR(40),
  `sysadmin_flag` TINYINT(1) NOT NULL DEFAULT 0,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `password_version` VARCHAR(16) DEFAULT 'sha256',
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `harbor_user_email_key` (`email`),
  UNIQUE KEY `harbor_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `project_id` INT NOT NULL AUTO_INCREMENT,
  `owner_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `registry_id` INT,
  PRIMARY KEY (`project_id`),
  UNIQUE KEY `project_name_key` (`name`),
  CONSTRAINT `project_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `harbor_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_member` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `entity_id` INT NOT NULL,
  `entity_type` CHAR(1) NOT NULL,
  `role` INT NOT NULL,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_project_entity_type` (`project_id`, `entity_id`, `entity_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_metadata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_project_id_and_name` (`project_id`, `name`),
  CONSTRAINT `project_metadata_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_name` VARCHAR(255) NOT NULL,
  `group_type` SMALLINT DEFAULT 0,
  `ldap_group_dn` VARCHAR(512) NOT NULL,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_group_name` (`group_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repository` (
  `repository_id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `project_id` INT NOT NULL,
  `description` TEXT,
  `pull_count` INT NOT NULL DEFAULT 0,
  `star_count` INT NOT NULL DEFAULT 0,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`repository_id`),
  UNIQUE KEY `repository_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `replication_policy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256),
  `dest_registry_id` INT,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `description` TEXT,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `trigger` VARCHAR(256),
  `filters` VARCHAR(1024),
  `replicate_deletion` TINYINT(1) NOT NULL DEFAULT 0,
  `start_time` DATETIME(6),
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `creator` VARCHAR(256),
  `src_registry_id` INT,
  `dest_namespace` VARCHAR(256),
  `override` TINYINT(1),
  `dest_namespace_replace_count` INT,
  `speed_kb` INT,
  `copy_by_chunk` TINYINT(1),
  `single_active_replication` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_policy_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64),
  `url` VARCHAR(256),
  `access_key` TEXT,
  `access_secret` TEXT,
  `insecure` TINYINT(1) NOT NULL DEFAULT 0,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `credential_type` VARCHAR(16),
  `type` VARCHAR(32),
  `description` TEXT,
  `health` VARCHAR(16),
  `ca_certificate` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_target_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `properties` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `k` VARCHAR(64) NOT NULL,
  `v` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `properties_k_key` (`k`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `harbor_label` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `description` TEXT,
  `color` VARCHAR(16),
  `level` CHAR(1) NOT NULL,
  `scope` CHAR(1) NOT NULL,
  `project_id` INT,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_label` (`name`, `scope`, `project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_log` (
  `log_id` INT NOT NULL AUTO_INCREMENT,
  `job_uuid` VARCHAR(64) NOT NULL,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `content` TEXT,
  PRIMARY KEY (`log_id`),
  UNIQUE KEY `job_log_uuid` (`job_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `robot` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(1024),
  `project_id` INT,
  `expiresat` BIGINT,
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  `secret` TEXT,
  `salt` VARCHAR(64),
  `duration` INT,
  `creator_ref` BIGINT DEFAULT 0,
  `creator_type` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_robot` (`name`, `project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oidc_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `subiss` VARCHAR(255) NOT NULL,
  `token` TEXT,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `oidc_user_subiss_key` (`subiss`),
  CONSTRAINT `oidc_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `harbor_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cve_allowlist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `expires_at` BIGINT,
  `items` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cve_whitelist_project_id_key` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blob` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `digest` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(1024) NOT NULL,
  `size` BIGINT NOT NULL,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `status` VARCHAR(255) DEFAULT 'none',
  `version` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `blob_digest_key` (`digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_blob` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `blob_id` INT NOT NULL,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_project_blob` (`project_id`, `blob_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artifact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `repository_name` VARCHAR(255) NOT NULL,
  `digest` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `pull_time` DATETIME(6),
  `push_time` DATETIME(6),
  `repository_id` INT NOT NULL,
  `media_type` VARCHAR(255) NOT NULL,
  `manifest_media_type` VARCHAR(255) NOT NULL,
  `size` BIGINT,
  `extra_attrs` TEXT,
  `annotations` JSON,
  `icon` VARCHAR(255),
  `artifact_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_artifact` (`repository_id`, `digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artifact_blob` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `digest_af` VARCHAR(255) NOT NULL,
  `digest_blob` VARCHAR(255) NOT NULL,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_artifact_blob` (`digest_af`, `digest_blob`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quota` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reference` VARCHAR(255) NOT NULL,
  `reference_id` VARCHAR(255) NOT NULL,
  `hard` JSON NOT NULL,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `version` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `quota_reference_reference_id_key` (`reference`, `reference_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quota_usage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reference` VARCHAR(255) NOT NULL,
  `reference_id` VARCHAR(255) NOT NULL,
  `used` JSON NOT NULL,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `version` BIGINT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `quota_usage_reference_reference_id_key` (`reference`, `reference_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `retention_policy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `scope_level` VARCHAR(20),
  `scope_reference` INT,
  `trigger_kind` VARCHAR(20),
  `data` TEXT,
  `create_time` DATETIME(6),
  `update_time` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `vendor_type` VARCHAR(64),
  `vendor_id` INT,
  `cron` VARCHAR(64),
  `callback_func_name` VARCHAR(128),
  `callback_func_param` TEXT,
  `cron_type` VARCHAR(64),
  `extra_attrs` JSON,
  `revision` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_schedule` (`vendor_type`, `vendor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_policy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256),
  `project_id` INT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `description` TEXT,
  `targets` TEXT,
  `event_types` TEXT,
  `creator` VARCHAR(256),
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `notification_policy_name_project_id_key` (`name`, `project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scanner_registration` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(64) NOT NULL,
  `url` VARCHAR(256) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `description` VARCHAR(1024),
  `auth` VARCHAR(16) NOT NULL,
  `access_cred` VARCHAR(512),
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  `use_internal_addr` TINYINT(1) NOT NULL DEFAULT 0,
  `immutable` TINYINT(1) NOT NULL DEFAULT 0,
  `skip_cert_verify` TINYINT(1) NOT NULL DEFAULT 0,
  `create_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `scanner_registration_name_key` (`name`),
  UNIQUE KEY `scanner_registration_url_key` (`url`),
  UNIQUE KEY `scanner_registration_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scan_report` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(64) NOT NULL,
  `digest` VARCHAR(256) NOT NULL,
  `registration_uuid` VARCHAR(64) NOT NULL,
  `mime_type` VARCHAR(256) NOT NULL,
  `report` JSON,
  `critical_cnt` BIGINT,
  `high_cnt` BIGINT,
  `medium_cnt` BIGINT,
  `low_cnt` BIGINT,
  `none_cnt` BIGINT,
  `unknown_cnt` BIGINT,
  `fixable_cnt` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scan_report_digest_registration_uuid_mime_type_key` (`digest`, `registration_uuid`, `mime_type`),
  UNIQUE KEY `scan_report_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `immutable_tag_rule` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `tag_filter` VARCHAR(255),
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `immutable_tag_rule_project_id_tag_filter_key` (`project_id`, `tag_filter`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `repository_id` INT NOT NULL,
  `artifact_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `push_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `pull_time` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_tag` (`repository_id`, `name`),
  CONSTRAINT `tag_artifact_id_fkey` FOREIGN KEY (`artifact_id`) REFERENCES `artifact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artifact_reference` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `parent_id` INT NOT NULL,
  `child_id` INT NOT NULL,
  `child_digest` VARCHAR(255) NOT NULL,
  `platform` VARCHAR(255),
  `urls` VARCHAR(1024),
  `annotations` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_reference` (`parent_id`, `child_id`),
  CONSTRAINT `artifact_reference_child_id_fkey` FOREIGN KEY (`child_id`) REFERENCES `artifact` (`id`),
  CONSTRAINT `artifact_reference_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `artifact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artifact_trash` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `media_type` VARCHAR(255) NOT NULL,
  `manifest_media_type` VARCHAR(255) NOT NULL,
  `repository_name` VARCHAR(255) NOT NULL,
  `digest` VARCHAR(255) NOT NULL,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_artifact_trash` (`repository_name`, `digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label_reference` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label_id` INT NOT NULL,
  `artifact_id` INT NOT NULL,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `update_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_label_reference` (`label_id`, `artifact_id`),
  CONSTRAINT `label_reference_artifact_id_fkey` FOREIGN KEY (`artifact_id`) REFERENCES `artifact` (`id`),
  CONSTRAINT `label_reference_label_id_fkey` FOREIGN KEY (`label_id`) REFERENCES `harbor_label` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `project_id` INT NOT NULL,
  `operation` VARCHAR(20) NOT NULL,
  `resource_type` VARCHAR(255) NOT NULL,
  `resource` VARCHAR(1024) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `op_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `execution` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `vendor_type` VARCHAR(64) NOT NULL,
  `vendor_id` INT,
  `status` VARCHAR(16),
  `status_message` TEXT,
  `trigger` VARCHAR(16) NOT NULL,
  `extra_attrs` JSON,
  `start_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `end_time` DATETIME(6),
  `revision` INT,
  `update_time` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `execution_id` INT NOT NULL,
  `job_id` VARCHAR(64),
  `status` VARCHAR(16) NOT NULL,
  `status_code` INT NOT NULL,
  `status_revision` BIGINT,
  `status_message` TEXT,
  `run_count` INT,
  `extra_attrs` JSON,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `start_time` DATETIME(6),
  `update_time` DATETIME(6),
  `end_time` DATETIME(6),
  `vendor_type` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `task_execution_id_fkey` FOREIGN KEY (`execution_id`) REFERENCES `execution` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `p2p_preheat_instance` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `vendor` VARCHAR(255) NOT NULL,
  `endpoint` VARCHAR(255) NOT NULL,
  `auth_mode` VARCHAR(255),
  `auth_data` TEXT,
  `enabled` TINYINT(1),
  `is_default` TINYINT(1),
  `insecure` TINYINT(1),
  `setup_timestamp` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `p2p_preheat_instance_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `p2p_preheat_policy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(1024),
  `project_id` INT NOT NULL,
  `provider_id` INT NOT NULL,
  `filters` VARCHAR(1024),
  `trigger` VARCHAR(255),
  `enabled` TINYINT(1),
  `creation_time` DATETIME(6),
  `update_time` DATETIME(6),
  `extra_attrs` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `p2p_preheat_policy_name_project_id_key` (`name`, `project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_permission` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `role_type` VARCHAR(255) NOT NULL,
  `role_id` BIGINT NOT NULL,
  `permission_policy_id` BIGINT NOT NULL,
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_role_permission` (`role_type`, `role_id`, `permission_policy_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permission_policy` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `scope` VARCHAR(255) NOT NULL,
  `resource` VARCHAR(255),
  `action` VARCHAR(255),
  `effect` VARCHAR(255),
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_rbac_policy` (`scope`, `resource`, `action`, `effect`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vulnerability_record` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cve_id` VARCHAR(255) NOT NULL DEFAULT '',
  `registration_uuid` VARCHAR(255) NOT NULL DEFAULT '',
  `package` VARCHAR(255) NOT NULL DEFAULT '',
  `package_version` VARCHAR(255) NOT NULL DEFAULT '',
  `package_type` TEXT NOT NULL,
  `severity` TEXT NOT NULL,
  `fixed_version` TEXT,
  `urls` TEXT,
  `cvss_score_v3` DOUBLE,
  `cvss_score_v2` DOUBLE,
  `cvss_vector_v3` TEXT,
  `cvss_vector_v2` TEXT,
  `description` TEXT,
  `cwe_ids` TEXT,
  `vendor_attributes` JSON,
  `status` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vulnerability_record_cve_id_registration_uuid_package_packa_key` (`cve_id`, `registration_uuid`, `package`, `package_version`),
  CONSTRAINT `fk_registration_uuid` FOREIGN KEY (`registration_uuid`) REFERENCES `scanner_registration` (`uuid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_vulnerability_record` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `report_uuid` VARCHAR(255) NOT NULL DEFAULT '',
  `vuln_record_id` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `report_vulnerability_record_report_uuid_vuln_record_id_key` (`report_uuid`, `vuln_record_id`),
  CONSTRAINT `fk_report_uuid` FOREIGN KEY (`report_uuid`) REFERENCES `scan_report` (`uuid`) ON DELETE CASCADE,
  CONSTRAINT `fk_vuln_record_id` FOREIGN KEY (`vuln_record_id`) REFERENCES `vulnerability_record` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artifact_accessory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `artifact_id` BIGINT,
  `subject_artifact_id` BIGINT,
  `type` VARCHAR(256),
  `size` BIGINT,
  `digest` VARCHAR(1024),
  `creation_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `subject_artifact_digest` VARCHAR(768),
  `subject_artifact_repo` VARCHAR(1024),
  `source` VARCHAR(50) DEFAULT 'local',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_artifact_accessory` (`artifact_id`, `subject_artifact_digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_artifact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `repository` VARCHAR(256) NOT NULL,
  `digest` VARCHAR(255) NOT NULL DEFAULT '',
  `size` BIGINT NOT NULL DEFAULT 0,
  `vendor` VARCHAR(255) NOT NULL DEFAULT '',
  `type` VARCHAR(255) NOT NULL DEFAULT '',
  `create_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `extra_attrs` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `system_artifact_repository_digest_vendor_key` (`repository`, `digest`, `vendor`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_queue_status` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `job_type` VARCHAR(256) NOT NULL,
  `paused` TINYINT(1) NOT NULL DEFAULT 0,
  `update_time` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `job_queue_status_job_type_key` (`job_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sbom_report` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(64) NOT NULL,
  `artifact_id` INT NOT NULL,
  `registration_uuid` VARCHAR(64) NOT NULL,
  `mime_type` VARCHAR(256) NOT NULL,
  `media_type` VARCHAR(256) NOT NULL,
  `report` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sbom_report_artifact_id_registration_uuid_mime_type_media_t_key` (`artifact_id`, `registration_uuid`, `mime_type`, `media_type`),
  UNIQUE KEY `sbom_report_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log_ext` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT,
  `operation` VARCHAR(50),
  `resource_type` VARCHAR(255),
  `resource` VARCHAR(1024),
  `username` VARCHAR(255),
  `op_desc` VARCHAR(1024),
  `op_result` TINYINT(1) DEFAULT 1,
  `payload` TEXT,
  `source_ip` VARCHAR(50),
  `op_time` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
