-- ORT Server (Eclipse Apoapsis; server of the OSS Review Toolkit; Kotlin, Exposed, PostgreSQL),
-- github.com/eclipse-apoapsis/ort-server dao/src/main/resources/db/migration/V1__organisations.sql ... V149__addFirstFixedVersionsToVulnerability.sql
-- (149 Flyway migrations), commit 7725bd24895796b664a4c7d958e70706d91e620f (Apache-2.0).
-- The migrations were replayed in version order into a scratch PostgreSQL 15 (the Flyway placeholder
-- ${flyway:defaultSchema} of V85 set to public; otherwise unchanged) and the catalog written as MySQL by a script:
-- columns in PostgreSQL's order, names unchanged; text -> TEXT (VARCHAR in a key, sized so that a composite key stays
-- within 3072 bytes), varchar(n) -> VARCHAR(n), timestamp -> DATETIME(6), jsonb -> JSON, boolean -> TINYINT(1),
-- bigint[] -> JSON, oid -> BIGINT, double precision / real -> DOUBLE / FLOAT; NOT NULL and literal defaults kept,
-- now() -> CURRENT_TIMESTAMP(6), serial keys -> AUTO_INCREMENT; primary keys, unique constraints, plain unique indexes
-- and foreign keys with their ON DELETE actions kept; plain and expression indexes, CHECK constraints not.
-- Kept: 67 of the 158 tables (users and their roles, runs and jobs, packages, authors, copyright and licence findings,
-- vulnerabilities, resolutions and their event streams, plugins, secrets, settings) with every table they reference.
-- Left out: the other 91 tables, mostly join and configuration tables of the analyser, scanner, evaluator and
-- repository configurations (*_configurations*, resolved_*, package_configurations*, path/scope excludes, curations,
-- nested provenances, snippets, shortest dependency paths, project scopes), none of which holds personal data
-- beyond what the kept tables show.

CREATE TABLE `organizations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organizations_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `organization_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `products_name_organization_id_key` (`name`, `organization_id`),
  CONSTRAINT `products_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repositories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` TEXT NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `product_id` BIGINT NOT NULL,
  `description` TEXT,
  `name` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `repositories_url_name_product_id_key` (`url`, `name`, `product_id`),
  CONSTRAINT `repositories_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vcs_info` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(192) NOT NULL,
  `url` VARCHAR(192) NOT NULL,
  `revision` VARCHAR(192) NOT NULL,
  `path` VARCHAR(192) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vcs_info_type_url_revision_path_key` (`type`, `url`, `revision`, `path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ort_runs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `index` INT NOT NULL,
  `repository_id` BIGINT NOT NULL,
  `revision` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `job_configs` JSON NOT NULL,
  `status` TEXT NOT NULL,
  `vcs_id` BIGINT,
  `vcs_processed_id` BIGINT,
  `resolved_job_configs` JSON,
  `job_config_context` TEXT,
  `resolved_job_config_context` TEXT,
  `finished_at` DATETIME(6),
  `path` TEXT,
  `trace_id` TEXT,
  `environment_config_path` TEXT,
  `resolved_revision` TEXT,
  `user_id` VARCHAR(40),
  `ort_server_version` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ort_runs_index_repository_id_key` (`index`, `repository_id`),
  CONSTRAINT `ort_runs_repository_id_fkey` FOREIGN KEY (`repository_id`) REFERENCES `repositories` (`id`),
  CONSTRAINT `ort_runs_vcs_id_fkey` FOREIGN KEY (`vcs_id`) REFERENCES `vcs_info` (`id`),
  CONSTRAINT `ort_runs_vcs_processed_id_fkey` FOREIGN KEY (`vcs_processed_id`) REFERENCES `vcs_info` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analyzer_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ort_run_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `started_at` DATETIME(6),
  `finished_at` DATETIME(6),
  `configuration` JSON NOT NULL,
  `status` TEXT NOT NULL,
  `error_message` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `analyzer_jobs_ort_run_id_key` (`ort_run_id`),
  CONSTRAINT `analyzer_jobs_ort_run_id_fkey` FOREIGN KEY (`ort_run_id`) REFERENCES `ort_runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ort_version` TEXT NOT NULL,
  `java_version` TEXT NOT NULL,
  `os` TEXT NOT NULL,
  `processors` INT NOT NULL,
  `max_memory` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analyzer_runs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `analyzer_job_id` BIGINT NOT NULL,
  `environment_id` BIGINT NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `dependency_graphs` JSON NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  CONSTRAINT `analyzer_runs_analyzer_job_id_fkey` FOREIGN KEY (`analyzer_job_id`) REFERENCES `analyzer_jobs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `analyzer_runs_environment_id_fkey` FOREIGN KEY (`environment_id`) REFERENCES `environments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `declared_licenses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `declared_licenses_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identifiers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(192) NOT NULL,
  `namespace` VARCHAR(192) NOT NULL,
  `name` VARCHAR(192) NOT NULL,
  `version` VARCHAR(192) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identifiers_type_namespace_name_version_key` (`type`, `namespace`, `name`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authors` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `authors_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `identifier_id` BIGINT NOT NULL,
  `vcs_id` BIGINT NOT NULL,
  `vcs_processed_id` BIGINT NOT NULL,
  `homepage_url` TEXT NOT NULL,
  `definition_file_path` TEXT NOT NULL,
  `cpe` TEXT,
  `description` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  CONSTRAINT `projects_identifier_id_fkey` FOREIGN KEY (`identifier_id`) REFERENCES `identifiers` (`id`),
  CONSTRAINT `projects_vcs_id_fkey` FOREIGN KEY (`vcs_id`) REFERENCES `vcs_info` (`id`),
  CONSTRAINT `projects_vcs_processed_id_fkey` FOREIGN KEY (`vcs_processed_id`) REFERENCES `vcs_info` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_authors` (
  `author_id` BIGINT NOT NULL,
  `project_id` BIGINT NOT NULL,
  PRIMARY KEY (`author_id`, `project_id`),
  CONSTRAINT `projects_authors_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`),
  CONSTRAINT `projects_authors_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remote_artifacts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(255) NOT NULL,
  `hash_value` VARCHAR(255) NOT NULL,
  `hash_algorithm` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `remote_artifacts_url_hash_value_hash_algorithm_key` (`url`, `hash_value`, `hash_algorithm`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `packages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `identifier_id` BIGINT NOT NULL,
  `vcs_id` BIGINT NOT NULL,
  `vcs_processed_id` BIGINT NOT NULL,
  `binary_artifact_id` BIGINT NOT NULL,
  `source_artifact_id` BIGINT NOT NULL,
  `purl` TEXT NOT NULL,
  `cpe` TEXT,
  `description` TEXT NOT NULL,
  `homepage_url` TEXT NOT NULL,
  `is_metadata_only` TINYINT(1) NOT NULL DEFAULT 0,
  `is_modified` TINYINT(1) NOT NULL DEFAULT 0,
  `source_code_origins` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `packages_binary_artifact_id_fkey` FOREIGN KEY (`binary_artifact_id`) REFERENCES `remote_artifacts` (`id`),
  CONSTRAINT `packages_identifier_id_fkey` FOREIGN KEY (`identifier_id`) REFERENCES `identifiers` (`id`),
  CONSTRAINT `packages_source_artifact_id_fkey` FOREIGN KEY (`source_artifact_id`) REFERENCES `remote_artifacts` (`id`),
  CONSTRAINT `packages_vcs_id_fkey` FOREIGN KEY (`vcs_id`) REFERENCES `vcs_info` (`id`),
  CONSTRAINT `packages_vcs_processed_id_fkey` FOREIGN KEY (`vcs_processed_id`) REFERENCES `vcs_info` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `packages_declared_licenses` (
  `package_id` BIGINT NOT NULL,
  `declared_license_id` BIGINT NOT NULL,
  PRIMARY KEY (`package_id`, `declared_license_id`),
  CONSTRAINT `packages_declared_licenses_declared_license_id_fkey` FOREIGN KEY (`declared_license_id`) REFERENCES `declared_licenses` (`id`),
  CONSTRAINT `packages_declared_licenses_package_id_fkey` FOREIGN KEY (`package_id`) REFERENCES `packages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `packages_authors` (
  `author_id` BIGINT NOT NULL,
  `package_id` BIGINT NOT NULL,
  PRIMARY KEY (`author_id`, `package_id`),
  CONSTRAINT `packages_authors_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`),
  CONSTRAINT `packages_authors_package_id_fkey` FOREIGN KEY (`package_id`) REFERENCES `packages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issues` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `source` TEXT NOT NULL,
  `message` TEXT NOT NULL,
  `severity` TEXT NOT NULL,
  `affected_path` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `advisor_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ort_run_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `started_at` DATETIME(6),
  `finished_at` DATETIME(6),
  `configuration` JSON NOT NULL,
  `status` TEXT NOT NULL,
  `error_message` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `advisor_jobs_ort_run_id_key` (`ort_run_id`),
  CONSTRAINT `advisor_jobs_ort_run_id_fkey` FOREIGN KEY (`ort_run_id`) REFERENCES `ort_runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `advisor_runs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `advisor_job_id` BIGINT NOT NULL,
  `environment_id` BIGINT NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `advisor_runs_advisor_job_id_fkey` FOREIGN KEY (`advisor_job_id`) REFERENCES `advisor_jobs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `advisor_runs_environment_id_fkey` FOREIGN KEY (`environment_id`) REFERENCES `environments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vulnerabilities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` TEXT NOT NULL,
  `summary` TEXT,
  `description` TEXT,
  `first_fixed_versions` JSON NOT NULL DEFAULT '[]',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vulnerability_references` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `vulnerability_id` BIGINT NOT NULL,
  `url` TEXT NOT NULL,
  `scoring_system` TEXT,
  `severity` TEXT,
  `score` DOUBLE,
  `vector` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `vulnerability_references_vulnerability_id_fkey` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerabilities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `advisor_runs_identifiers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `advisor_run_id` BIGINT NOT NULL,
  `identifier_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `advisor_runs_identifiers_advisor_run_id_fkey` FOREIGN KEY (`advisor_run_id`) REFERENCES `advisor_runs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `advisor_runs_identifiers_identifier_id_fkey` FOREIGN KEY (`identifier_id`) REFERENCES `identifiers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `advisor_results` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `advisor_run_identifier_id` BIGINT NOT NULL,
  `advisor_name` TEXT NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `advisor_results_advisor_run_identifier_id_fkey` FOREIGN KEY (`advisor_run_identifier_id`) REFERENCES `advisor_runs_identifiers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `advisor_results_vulnerabilities` (
  `advisor_result_id` BIGINT NOT NULL,
  `vulnerability_id` BIGINT NOT NULL,
  PRIMARY KEY (`advisor_result_id`, `vulnerability_id`),
  CONSTRAINT `advisor_results_vulnerabilities_advisor_result_id_fkey` FOREIGN KEY (`advisor_result_id`) REFERENCES `advisor_results` (`id`) ON DELETE CASCADE,
  CONSTRAINT `advisor_results_vulnerabilities_vulnerability_id_fkey` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerabilities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `evaluator_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ort_run_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `started_at` DATETIME(6),
  `finished_at` DATETIME(6),
  `configuration` JSON NOT NULL,
  `status` TEXT NOT NULL,
  `error_message` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `evaluator_jobs_ort_run_id_key` (`ort_run_id`),
  CONSTRAINT `evaluator_jobs_ort_run_id_fkey` FOREIGN KEY (`ort_run_id`) REFERENCES `ort_runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporter_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ort_run_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `started_at` DATETIME(6),
  `finished_at` DATETIME(6),
  `configuration` JSON NOT NULL,
  `status` TEXT NOT NULL,
  `error_message` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reporter_jobs_ort_run_id_key` (`ort_run_id`),
  CONSTRAINT `reporter_jobs_ort_run_id_fkey` FOREIGN KEY (`ort_run_id`) REFERENCES `ort_runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secrets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `path` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `organization_id` BIGINT,
  `product_id` BIGINT,
  `repository_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `secrets_name_organization_id_product_id_repository_id_key` (`name`, `organization_id`, `product_id`, `repository_id`),
  UNIQUE KEY `secrets_path_key` (`path`),
  CONSTRAINT `secrets_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `secrets_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`),
  CONSTRAINT `secrets_repository_id_fkey` FOREIGN KEY (`repository_id`) REFERENCES `repositories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scan_summaries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `hash` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_findings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `license` TEXT NOT NULL,
  `path` TEXT NOT NULL,
  `start_line` INT NOT NULL,
  `end_line` INT NOT NULL,
  `score` FLOAT,
  `scan_summary_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `license_findings_scan_summary_id_fkey` FOREIGN KEY (`scan_summary_id`) REFERENCES `scan_summaries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `copyright_findings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `statement` TEXT NOT NULL,
  `path` TEXT NOT NULL,
  `start_line` INT NOT NULL,
  `end_line` INT NOT NULL,
  `scan_summary_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `copyright_findings_scan_summary_id_fkey` FOREIGN KEY (`scan_summary_id`) REFERENCES `scan_summaries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scan_results` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `scan_summary_id` BIGINT NOT NULL,
  `artifact_url` TEXT,
  `artifact_hash` TEXT,
  `vcs_type` TEXT,
  `vcs_url` TEXT,
  `vcs_revision` TEXT,
  `scanner_name` TEXT NOT NULL,
  `scanner_version` TEXT NOT NULL,
  `scanner_configuration` TEXT NOT NULL,
  `additional_data` JSON,
  `artifact_hash_algorithm` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `scan_results_scan_summary_id_fkey` FOREIGN KEY (`scan_summary_id`) REFERENCES `scan_summaries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `evaluator_runs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `evaluator_job_id` BIGINT NOT NULL,
  `environment_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `evaluator_runs_environment_id_fkey` FOREIGN KEY (`environment_id`) REFERENCES `environments` (`id`),
  CONSTRAINT `evaluator_runs_evaluator_job_id_fkey` FOREIGN KEY (`evaluator_job_id`) REFERENCES `evaluator_jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rule_violations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `rule` TEXT NOT NULL,
  `identifier_id` BIGINT,
  `license` TEXT,
  `license_sources` TEXT,
  `severity` TEXT NOT NULL,
  `message` TEXT NOT NULL,
  `how_to_fix` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `rule_violations_package_identifier_id_fkey` FOREIGN KEY (`identifier_id`) REFERENCES `identifiers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `evaluator_runs_rule_violations` (
  `evaluator_run_id` BIGINT NOT NULL,
  `rule_violation_id` BIGINT NOT NULL,
  PRIMARY KEY (`evaluator_run_id`, `rule_violation_id`),
  CONSTRAINT `evaluator_runs_rule_violations_evaluator_run_id_fkey` FOREIGN KEY (`evaluator_run_id`) REFERENCES `evaluator_runs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `evaluator_runs_rule_violations_rule_violation_id_fkey` FOREIGN KEY (`rule_violation_id`) REFERENCES `rule_violations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storage` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `namespace` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `content_type` TEXT,
  `size` INT NOT NULL,
  `data` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `storage_namespace_key_key` (`namespace`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `infrastructure_services` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `url` TEXT NOT NULL,
  `description` TEXT,
  `organization_id` BIGINT,
  `product_id` BIGINT,
  `credentials_type` TEXT,
  `repository_id` BIGINT,
  `username_secret` TEXT NOT NULL,
  `password_secret` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `infrastructure_services_name_organization_id_product_id_key` (`name`, `organization_id`, `product_id`),
  CONSTRAINT `infrastructure_services_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `infrastructure_services_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`),
  CONSTRAINT `infrastructure_services_repository_id_fkey` FOREIGN KEY (`repository_id`) REFERENCES `repositories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporter_runs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `reporter_job_id` BIGINT NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reporter_runs_reporter_job_id_fkey` FOREIGN KEY (`reporter_job_id`) REFERENCES `reporter_jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `report_filename` TEXT NOT NULL,
  `download_link` TEXT NOT NULL DEFAULT '',
  `download_token_expiry_date` DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00',
  `size_in_bytes` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporter_runs_reports` (
  `reporter_run_id` BIGINT NOT NULL,
  `report_id` BIGINT NOT NULL,
  PRIMARY KEY (`reporter_run_id`, `report_id`),
  CONSTRAINT `reporter_runs_reports_report_id_fkey` FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`),
  CONSTRAINT `reporter_runs_reports_reporter_run_id_fkey` FOREIGN KEY (`reporter_run_id`) REFERENCES `reporter_runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `labels_key_value_key` (`key`, `value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ort_runs_labels` (
  `ort_run_id` BIGINT NOT NULL,
  `label_id` BIGINT NOT NULL,
  PRIMARY KEY (`ort_run_id`, `label_id`),
  CONSTRAINT `ort_runs_labels_label_id_fkey` FOREIGN KEY (`label_id`) REFERENCES `labels` (`id`),
  CONSTRAINT `ort_runs_labels_ort_run_id_fkey` FOREIGN KEY (`ort_run_id`) REFERENCES `ort_runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_resolutions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `message` TEXT NOT NULL,
  `reason` TEXT NOT NULL,
  `comment` TEXT NOT NULL,
  `source` TEXT NOT NULL DEFAULT 'REPOSITORY_FILE',
  `message_hash` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rule_violation_resolutions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `message` TEXT NOT NULL,
  `reason` TEXT NOT NULL,
  `comment` TEXT NOT NULL,
  `source` TEXT NOT NULL DEFAULT 'REPOSITORY_FILE',
  `message_hash` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vulnerability_resolutions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` TEXT NOT NULL,
  `reason` TEXT NOT NULL,
  `comment` TEXT NOT NULL,
  `source` TEXT NOT NULL DEFAULT 'REPOSITORY_FILE',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vcs_info_curation_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` TEXT,
  `url` TEXT,
  `revision` TEXT,
  `path` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `package_curation_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `binary_artifact_id` BIGINT,
  `source_artifact_id` BIGINT,
  `vcs_info_curation_data_id` BIGINT,
  `comment` TEXT,
  `purl` TEXT,
  `cpe` TEXT,
  `concluded_license` TEXT,
  `description` TEXT,
  `homepage_url` TEXT,
  `is_metadata_only` TINYINT(1),
  `is_modified` TINYINT(1),
  `has_authors` TINYINT(1) NOT NULL DEFAULT 1,
  `source_code_origins` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `package_curation_data_binary_artifact_id_fkey` FOREIGN KEY (`binary_artifact_id`) REFERENCES `remote_artifacts` (`id`),
  CONSTRAINT `package_curation_data_source_artifact_id_fkey` FOREIGN KEY (`source_artifact_id`) REFERENCES `remote_artifacts` (`id`),
  CONSTRAINT `package_curation_data_vcs_info_curation_data_id_fkey` FOREIGN KEY (`vcs_info_curation_data_id`) REFERENCES `vcs_info_curation_data` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `package_curation_data_authors` (
  `author_id` BIGINT NOT NULL,
  `package_curation_data_id` BIGINT NOT NULL,
  PRIMARY KEY (`author_id`, `package_curation_data_id`),
  CONSTRAINT `package_curation_data_authors_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`),
  CONSTRAINT `package_curation_data_authors_package_curation_data_id_fkey` FOREIGN KEY (`package_curation_data_id`) REFERENCES `package_curation_data` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifier_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ort_run_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `started_at` DATETIME(6),
  `finished_at` DATETIME(6),
  `configuration` JSON NOT NULL,
  `status` TEXT NOT NULL,
  `error_message` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifier_jobs_ort_run_id_fkey` FOREIGN KEY (`ort_run_id`) REFERENCES `ort_runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifier_runs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `notifier_job_id` BIGINT NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifier_runs_notifier_job_id_fkey` FOREIGN KEY (`notifier_job_id`) REFERENCES `notifier_jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ort_runs_issues` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ort_run_id` BIGINT NOT NULL,
  `issue_id` BIGINT NOT NULL,
  `identifier_id` BIGINT,
  `worker` TEXT,
  `timestamp` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ort_runs_issues2_identifier_id_fkey` FOREIGN KEY (`identifier_id`) REFERENCES `identifiers` (`id`),
  CONSTRAINT `ort_runs_issues2_issue_id_fkey` FOREIGN KEY (`issue_id`) REFERENCES `issues` (`id`),
  CONSTRAINT `ort_runs_issues2_ort_run_id_fkey` FOREIGN KEY (`ort_run_id`) REFERENCES `ort_runs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_display_names` (
  `user_id` VARCHAR(40) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `full_name` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `user_display_names_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_events` (
  `plugin_type` VARCHAR(255) NOT NULL,
  `plugin_id` VARCHAR(255) NOT NULL,
  `version` BIGINT NOT NULL,
  `payload` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` TEXT NOT NULL,
  PRIMARY KEY (`plugin_type`, `plugin_id`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugins_read_model` (
  `plugin_type` VARCHAR(255) NOT NULL,
  `plugin_id` VARCHAR(255) NOT NULL,
  `availability` TEXT NOT NULL DEFAULT 'ENABLED',
  PRIMARY KEY (`plugin_type`, `plugin_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_settings` (
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `is_enabled` TINYINT(1) DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_template_events` (
  `name` VARCHAR(253) NOT NULL,
  `plugin_type` VARCHAR(253) NOT NULL,
  `plugin_id` VARCHAR(253) NOT NULL,
  `version` BIGINT NOT NULL,
  `payload` JSON NOT NULL,
  `created_by` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`name`, `plugin_type`, `plugin_id`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_template_organization_assignments` (
  `plugin_type` VARCHAR(255) NOT NULL,
  `plugin_id` VARCHAR(255) NOT NULL,
  `organization_id` BIGINT NOT NULL,
  `template_name` TEXT NOT NULL,
  PRIMARY KEY (`plugin_type`, `plugin_id`, `organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin_templates_read_model` (
  `name` VARCHAR(255) NOT NULL,
  `plugin_type` VARCHAR(255) NOT NULL,
  `plugin_id` VARCHAR(255) NOT NULL,
  `options` JSON NOT NULL,
  `is_global` TINYINT(1) NOT NULL DEFAULT 0,
  `organization_ids` JSON NOT NULL,
  PRIMARY KEY (`name`, `plugin_type`, `plugin_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_assignments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` VARCHAR(255) NOT NULL,
  `organization_id` BIGINT,
  `product_id` BIGINT,
  `repository_id` BIGINT,
  `organization_role` TEXT,
  `product_role` TEXT,
  `repository_role` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `role_assignments_user_id_organization_id_product_id_reposit_key` (`user_id`, `organization_id`, `product_id`, `repository_id`),
  CONSTRAINT `role_assignments_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `role_assignments_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE,
  CONSTRAINT `role_assignments_repository_id_fkey` FOREIGN KEY (`repository_id`) REFERENCES `repositories` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resolved_vulnerabilities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ort_run_id` BIGINT NOT NULL,
  `vulnerability_id` BIGINT NOT NULL,
  `identifier_id` BIGINT NOT NULL,
  `vulnerability_resolution_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resolved_vulnerabilities_ort_run_id_vulnerability_id_identi_key` (`ort_run_id`, `vulnerability_id`, `identifier_id`, `vulnerability_resolution_id`),
  CONSTRAINT `resolved_vulnerabilities_identifier_id_fkey` FOREIGN KEY (`identifier_id`) REFERENCES `identifiers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `resolved_vulnerabilities_ort_run_id_fkey` FOREIGN KEY (`ort_run_id`) REFERENCES `ort_runs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `resolved_vulnerabilities_vulnerability_id_fkey` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerabilities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `resolved_vulnerabilities_vulnerability_resolution_id_fkey` FOREIGN KEY (`vulnerability_resolution_id`) REFERENCES `vulnerability_resolutions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vulnerability_resolution_events` (
  `repository_id` BIGINT NOT NULL,
  `external_id` VARCHAR(255) NOT NULL,
  `version` BIGINT NOT NULL,
  `payload` JSON NOT NULL,
  `created_by` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`repository_id`, `external_id`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vulnerability_resolutions_read_model` (
  `repository_id` BIGINT NOT NULL,
  `external_id` VARCHAR(255) NOT NULL,
  `reason` TEXT NOT NULL,
  `comment` TEXT NOT NULL,
  PRIMARY KEY (`repository_id`, `external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `database_secrets` (
  `path` VARCHAR(255) NOT NULL,
  `encrypted_value` TEXT NOT NULL,
  `encryption_scheme` VARCHAR(32) NOT NULL,
  `key_version` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_resolution_events` (
  `repository_id` BIGINT NOT NULL,
  `message_hash` VARCHAR(255) NOT NULL,
  `version` BIGINT NOT NULL,
  `payload` JSON NOT NULL,
  `created_by` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`repository_id`, `message_hash`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_resolutions_read_model` (
  `repository_id` BIGINT NOT NULL,
  `message_hash` VARCHAR(255) NOT NULL,
  `message` TEXT NOT NULL,
  `reason` TEXT NOT NULL,
  `comment` TEXT NOT NULL,
  PRIMARY KEY (`repository_id`, `message_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rule_violation_resolution_events` (
  `repository_id` BIGINT NOT NULL,
  `message_hash` VARCHAR(255) NOT NULL,
  `version` BIGINT NOT NULL,
  `payload` JSON NOT NULL,
  `created_by` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`repository_id`, `message_hash`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rule_violation_resolutions_read_model` (
  `repository_id` BIGINT NOT NULL,
  `message_hash` VARCHAR(255) NOT NULL,
  `message` TEXT NOT NULL,
  `reason` TEXT NOT NULL,
  `comment` TEXT NOT NULL,
  PRIMARY KEY (`repository_id`, `message_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
