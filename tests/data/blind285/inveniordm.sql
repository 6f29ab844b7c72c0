-- InvenioRDM 14 (CERN and the InvenioRDM partners; Zenodo since 2023, TU Graz, Caltech and other research data repositories).
-- Source: the SQLAlchemy models of invenio-app-rdm 14.0.5 as released on PyPI (MIT), with the model packages it
-- installs: invenio-accounts 8.3.2, invenio-access 6.1.0, invenio-oauth2server 5.2.0, invenio-oauthclient 8.1.1,
-- invenio-communities 28.3.0, invenio-rdm-records 32.3.2, invenio-requests 14.1.1, invenio-records 5.1.0,
-- invenio-records-resources 10.2.4, invenio-pidstore 3.1.0, invenio-files-rest 5.1.1, invenio-vocabularies 13.1.2,
-- invenio-jobs 10.1.2, invenio-checks 10.2.1, invenio-collections 9.1.1, invenio-banners 7.1.1, invenio-pages 9.1.1,
-- invenio-oaiserver 5.1.1, invenio-audit-logs 3.0.2, invenio-db 2.6.1 (SQLAlchemy-Continuum 1.5.2).
-- Built as `invenio db create` does (db.create_all() in the application context) in PostgreSQL 15 and written back as
-- MySQL DDL from the catalogue: all 77 tables, columns in the database's order, NOT NULL, primary, unique and foreign
-- keys. uuid -> CHAR(36), jsonb/json -> JSON, timestamp -> DATETIME, boolean -> TINYINT(1), text in a key ->
-- VARCHAR(255) (SQLAlchemy's enums and choice types are plain varchar columns here). Defaults, sequences, check constraints and non-unique indexes left out.

CREATE TABLE `files_location` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(20) NOT NULL,
  `uri` VARCHAR(255) NOT NULL,
  `default` TINYINT(1) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_files_location_name` (`name`)
);

CREATE TABLE `files_files` (
  `id` CHAR(36) NOT NULL,
  `uri` VARCHAR(255),
  `storage_class` VARCHAR(1),
  `size` BIGINT,
  `checksum` VARCHAR(255),
  `readable` TINYINT(1) NOT NULL,
  `writable` TINYINT(1) NOT NULL,
  `last_check_at` DATETIME,
  `last_check` TINYINT(1),
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_files_files_uri` (`uri`)
);

CREATE TABLE `accounts_role` (
  `id` VARCHAR(80) NOT NULL,
  `name` VARCHAR(80),
  `description` VARCHAR(255),
  `is_managed` TINYINT(1) NOT NULL,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_accounts_role_name` (`name`)
);

CREATE TABLE `accounts_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255),
  `displayname` VARCHAR(255),
  `email` VARCHAR(255),
  `domain` VARCHAR(255),
  `password` VARCHAR(255),
  `active` TINYINT(1),
  `confirmed_at` DATETIME,
  `version_id` INT NOT NULL,
  `profile` JSON,
  `preferences` JSON,
  `blocked_at` DATETIME,
  `verified_at` DATETIME,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_accounts_user_email` (`email`),
  UNIQUE KEY `uq_accounts_user_username` (`username`)
);

CREATE TABLE `accounts_domain_org` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `pid` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `json` JSON NOT NULL,
  `parent_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_accounts_domain_org_pid` (`pid`),
  CONSTRAINT `fk_accounts_domain_org_parent_id_accounts_domain_org` FOREIGN KEY (`parent_id`) REFERENCES `accounts_domain_org` (`id`)
);

CREATE TABLE `accounts_domain_category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `access_actionssystemroles` (
  `role_name` VARCHAR(40) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(80),
  `exclude` TINYINT(1) NOT NULL,
  `argument` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_actionssystemroles_unique` (`action`, `exclude`, `argument`, `role_name`)
);

CREATE TABLE `records_metadata` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pidstore_pid` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `pid_type` VARCHAR(6) NOT NULL,
  `pid_value` VARCHAR(255) NOT NULL,
  `pid_provider` VARCHAR(8),
  `status` CHAR(1) NOT NULL,
  `object_type` VARCHAR(3),
  `object_uuid` CHAR(36),
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uidx_type_pid` (`pid_type`, `pid_value`)
);

CREATE TABLE `pidstore_recid` (
  `recid` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`recid`)
);

CREATE TABLE `request_number_seq` (
  `value` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`value`)
);

CREATE TABLE `jobs_job` (
  `id` CHAR(36) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `task` VARCHAR(255),
  `default_queue` VARCHAR(64),
  `schedule` JSON,
  `run_args` JSON,
  `notifications` JSON,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `vocabularies_types` (
  `id` VARCHAR(255) NOT NULL,
  `pid_type` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_vocabularies_types_pid_type` (`pid_type`)
);

CREATE TABLE `vocabularies_metadata` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `vocabularies_schemes` (
  `id` VARCHAR(255) NOT NULL,
  `parent_id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255),
  `uri` VARCHAR(255),
  PRIMARY KEY (`id`, `parent_id`)
);

CREATE TABLE `affiliation_metadata` (
  `pid` VARCHAR(255),
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_affiliation_metadata_pid` (`pid`)
);

CREATE TABLE `funder_metadata` (
  `pid` VARCHAR(255),
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_funder_metadata_pid` (`pid`)
);

CREATE TABLE `subject_metadata` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `award_metadata` (
  `pid` VARCHAR(255),
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_award_metadata_pid` (`pid`)
);

CREATE TABLE `name_metadata` (
  `pid` VARCHAR(255),
  `internal_id` VARCHAR(255),
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_name_metadata_pid` (`pid`)
);

CREATE TABLE `oaiserver_set` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `spec` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255),
  `description` TEXT,
  `search_pattern` TEXT,
  `system_created` TINYINT(1) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_oaiserver_set_spec` (`spec`)
);

CREATE TABLE `collections_collection_tree` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `namespace_id` CHAR(36),
  `title` VARCHAR(255) NOT NULL,
  `order` INT,
  `slug` VARCHAR(255) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_collections_collection_tree_slug_namespace_id` (`slug`, `namespace_id`)
);

CREATE TABLE `audit_logs_metadata` (
  `action` VARCHAR(255) NOT NULL,
  `resource_type` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rdm_records_secret_links` (
  `id` CHAR(36) NOT NULL,
  `token` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `expires_at` DATETIME,
  `permission_level` TEXT NOT NULL,
  `origin` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rdm_parents_metadata` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rdm_records_access_request_tokens` (
  `id` CHAR(36) NOT NULL,
  `token` VARCHAR(512) NOT NULL,
  `created` DATETIME NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `full_name` VARCHAR(255) NOT NULL,
  `message` TEXT NOT NULL,
  `record_pid` VARCHAR(255) NOT NULL,
  `consent_to_share_personal_data` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pages_page` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(100) NOT NULL,
  `title` VARCHAR(200) NOT NULL,
  `lang` CHAR(2) NOT NULL,
  `content` TEXT NOT NULL,
  `description` VARCHAR(200) NOT NULL,
  `template_name` VARCHAR(70) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_pages_page_url_lang` (`url`, `lang`)
);

CREATE TABLE `banners` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `message` TEXT NOT NULL,
  `url_path` VARCHAR(255),
  `category` VARCHAR(20) NOT NULL,
  `start_datetime` DATETIME NOT NULL,
  `end_datetime` DATETIME,
  `active` TINYINT(1) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `records_metadata_version` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT,
  `created` DATETIME,
  `updated` DATETIME,
  `transaction_id` BIGINT NOT NULL,
  `end_transaction_id` BIGINT,
  `operation_type` SMALLINT NOT NULL,
  PRIMARY KEY (`id`, `transaction_id`)
);

CREATE TABLE `rdm_records_metadata_version` (
  `bucket_id` CHAR(36),
  `media_bucket_id` CHAR(36),
  `deletion_status` VARCHAR(1),
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT,
  `created` DATETIME,
  `updated` DATETIME,
  `index` INT,
  `parent_id` CHAR(36),
  `transaction_id` BIGINT NOT NULL,
  `end_transaction_id` BIGINT,
  `operation_type` SMALLINT NOT NULL,
  PRIMARY KEY (`id`, `transaction_id`)
);

CREATE TABLE `rdm_records_files_version` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT,
  `created` DATETIME,
  `updated` DATETIME,
  `key` TEXT,
  `record_id` CHAR(36),
  `object_version_id` CHAR(36),
  `transaction_id` BIGINT NOT NULL,
  `end_transaction_id` BIGINT,
  `operation_type` SMALLINT NOT NULL,
  PRIMARY KEY (`id`, `transaction_id`)
);

CREATE TABLE `rdm_records_media_files_version` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT,
  `created` DATETIME,
  `updated` DATETIME,
  `key` TEXT,
  `record_id` CHAR(36),
  `object_version_id` CHAR(36),
  `transaction_id` BIGINT NOT NULL,
  `end_transaction_id` BIGINT,
  `operation_type` SMALLINT NOT NULL,
  PRIMARY KEY (`id`, `transaction_id`)
);

CREATE TABLE `pages_page_version` (
  `id` INT NOT NULL,
  `url` VARCHAR(100),
  `title` VARCHAR(200),
  `lang` CHAR(2),
  `content` TEXT,
  `description` VARCHAR(200),
  `template_name` VARCHAR(70),
  `created` DATETIME,
  `updated` DATETIME,
  `transaction_id` BIGINT NOT NULL,
  `end_transaction_id` BIGINT,
  `operation_type` SMALLINT NOT NULL,
  PRIMARY KEY (`id`, `transaction_id`)
);

CREATE TABLE `pages_pagelist_version` (
  `id` INT NOT NULL,
  `list_id` INT,
  `page_id` INT,
  `order` INT,
  `transaction_id` BIGINT NOT NULL,
  `end_transaction_id` BIGINT,
  `operation_type` SMALLINT NOT NULL,
  PRIMARY KEY (`id`, `transaction_id`)
);

CREATE TABLE `transaction` (
  `id` BIGINT NOT NULL,
  `remote_addr` VARCHAR(50),
  `issued_at` DATETIME,
  PRIMARY KEY (`id`)
);

CREATE TABLE `files_bucket` (
  `id` CHAR(36) NOT NULL,
  `default_location` INT NOT NULL,
  `default_storage_class` VARCHAR(1) NOT NULL,
  `size` BIGINT NOT NULL,
  `quota_size` BIGINT,
  `max_file_size` BIGINT,
  `locked` TINYINT(1) NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_files_bucket_default_location_files_location` FOREIGN KEY (`default_location`) REFERENCES `files_location` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `accounts_userrole` (
  `user_id` INT,
  `role_id` VARCHAR(80),
  CONSTRAINT `fk_accounts_userrole_role_id` FOREIGN KEY (`role_id`) REFERENCES `accounts_role` (`id`),
  CONSTRAINT `fk_accounts_userrole_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
);

CREATE TABLE `accounts_user_login_information` (
  `user_id` INT NOT NULL,
  `last_login_at` DATETIME,
  `current_login_at` DATETIME,
  `last_login_ip` VARCHAR(50),
  `current_login_ip` VARCHAR(50),
  `login_count` INT,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `fk_accounts_login_information_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
);

CREATE TABLE `accounts_user_session_activity` (
  `sid_s` VARCHAR(255) NOT NULL,
  `user_id` INT,
  `ip` VARCHAR(80),
  `country` VARCHAR(3),
  `browser` VARCHAR(80),
  `browser_version` VARCHAR(30),
  `os` VARCHAR(80),
  `device` VARCHAR(80),
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`sid_s`),
  CONSTRAINT `fk_accounts_session_activity_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
);

CREATE TABLE `accounts_useridentity` (
  `id` VARCHAR(255) NOT NULL,
  `method` VARCHAR(255) NOT NULL,
  `id_user` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`, `method`),
  UNIQUE KEY `accounts_useridentity_id_user_method` (`id_user`, `method`),
  CONSTRAINT `fk_accounts_useridentity_id_user_accounts_user` FOREIGN KEY (`id_user`) REFERENCES `accounts_user` (`id`)
);

CREATE TABLE `accounts_domains` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(255) NOT NULL,
  `tld` VARCHAR(255) NOT NULL,
  `status` INT NOT NULL,
  `flagged` TINYINT(1) NOT NULL,
  `flagged_source` VARCHAR(255) NOT NULL,
  `org_id` INT,
  `category` INT,
  `num_users` INT NOT NULL,
  `num_active` INT NOT NULL,
  `num_inactive` INT NOT NULL,
  `num_confirmed` INT NOT NULL,
  `num_verified` INT NOT NULL,
  `num_blocked` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_accounts_domains_domain` (`domain`),
  CONSTRAINT `fk_accounts_domains_category_accounts_domain_category` FOREIGN KEY (`category`) REFERENCES `accounts_domain_category` (`id`),
  CONSTRAINT `fk_accounts_domains_org_id_accounts_domain_org` FOREIGN KEY (`org_id`) REFERENCES `accounts_domain_org` (`id`)
);

CREATE TABLE `access_actionsusers` (
  `user_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(80),
  `exclude` TINYINT(1) NOT NULL,
  `argument` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_actionsusers_unique` (`action`, `exclude`, `argument`, `user_id`),
  CONSTRAINT `fk_access_actionsusers_user_id_accounts_user` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `access_actionsroles` (
  `role_id` VARCHAR(80) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(80),
  `exclude` TINYINT(1) NOT NULL,
  `argument` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_actionsroles_unique` (`action`, `exclude`, `argument`, `role_id`),
  CONSTRAINT `fk_access_actionsroles_role_id_accounts_role` FOREIGN KEY (`role_id`) REFERENCES `accounts_role` (`id`) ON DELETE CASCADE
);

CREATE TABLE `pidstore_redirect` (
  `id` CHAR(36) NOT NULL,
  `pid_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_pidstore_redirect_pid_id_pidstore_pid` FOREIGN KEY (`pid_id`) REFERENCES `pidstore_pid` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `jobs_run` (
  `id` CHAR(36) NOT NULL,
  `job_id` CHAR(36),
  `started_by_id` INT,
  `started_at` DATETIME,
  `finished_at` DATETIME,
  `task_id` CHAR(36),
  `status` VARCHAR(1) NOT NULL,
  `message` TEXT,
  `title` TEXT,
  `args` JSON,
  `queue` VARCHAR(64) NOT NULL,
  `parent_run_id` CHAR(36),
  `subtasks_closed` TINYINT(1) NOT NULL,
  `total_subtasks` INT NOT NULL,
  `completed_subtasks` INT NOT NULL,
  `failed_subtasks` INT NOT NULL,
  `errored_entries` INT NOT NULL,
  `inserted_entries` INT NOT NULL,
  `updated_entries` INT NOT NULL,
  `total_entries` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_jobs_run_job_id_jobs_job` FOREIGN KEY (`job_id`) REFERENCES `jobs_job` (`id`),
  CONSTRAINT `fk_jobs_run_parent_run_id_jobs_run` FOREIGN KEY (`parent_run_id`) REFERENCES `jobs_run` (`id`),
  CONSTRAINT `fk_jobs_run_started_by_id_accounts_user` FOREIGN KEY (`started_by_id`) REFERENCES `accounts_user` (`id`)
);

CREATE TABLE `collections_collection` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `path` TEXT NOT NULL,
  `tree_id` INT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `query` TEXT NOT NULL,
  `order` INT,
  `depth` INT NOT NULL,
  `num_records` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_collections_collection_slug_tree_id` (`slug`, `tree_id`),
  CONSTRAINT `fk_collections_collection_tree_id_collections_collection_tree` FOREIGN KEY (`tree_id`) REFERENCES `collections_collection_tree` (`id`)
);

CREATE TABLE `rdm_records_quota` (
  `id` CHAR(36) NOT NULL,
  `parent_id` CHAR(36),
  `user_id` INT,
  `quota_size` BIGINT NOT NULL,
  `max_file_size` BIGINT NOT NULL,
  `notes` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_rdm_records_quota_parent_id` (`parent_id`),
  CONSTRAINT `fk_rdm_records_quota_parent_id_rdm_parents_metadata` FOREIGN KEY (`parent_id`) REFERENCES `rdm_parents_metadata` (`id`) ON DELETE CASCADE
);

CREATE TABLE `rdm_users_quota` (
  `id` CHAR(36) NOT NULL,
  `user_id` INT,
  `quota_size` BIGINT NOT NULL,
  `max_file_size` BIGINT NOT NULL,
  `notes` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_rdm_users_quota_user_id` (`user_id`),
  CONSTRAINT `fk_rdm_users_quota_user_id_accounts_user` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `oauth2server_client` (
  `name` VARCHAR(40),
  `description` TEXT,
  `website` TEXT,
  `user_id` INT,
  `client_id` VARCHAR(255) NOT NULL,
  `client_secret` VARCHAR(255) NOT NULL,
  `is_confidential` TINYINT(1),
  `is_internal` TINYINT(1),
  `_redirect_uris` TEXT,
  `_default_scopes` TEXT,
  PRIMARY KEY (`client_id`),
  UNIQUE KEY `ix_oauth2server_client_client_secret` (`client_secret`),
  CONSTRAINT `fk_oauth2server_client_user_id_accounts_user` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `pages_pagelist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `list_id` INT NOT NULL,
  `page_id` INT NOT NULL,
  `order` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_pages_pagelist_list_id_pages_page` FOREIGN KEY (`list_id`) REFERENCES `pages_page` (`id`),
  CONSTRAINT `fk_pages_pagelist_page_id_pages_page` FOREIGN KEY (`page_id`) REFERENCES `pages_page` (`id`)
);

CREATE TABLE `oauthclient_remoteaccount` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `client_id` VARCHAR(255) NOT NULL,
  `extra_data` JSON NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_oauthclient_remoteaccount_user_id` (`user_id`, `client_id`),
  CONSTRAINT `fk_oauthclient_remoteaccount_user_id_accounts_user` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
);

CREATE TABLE `files_buckettags` (
  `bucket_id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`bucket_id`, `key`),
  CONSTRAINT `fk_files_buckettags_bucket_id_files_bucket` FOREIGN KEY (`bucket_id`) REFERENCES `files_bucket` (`id`) ON DELETE CASCADE
);

CREATE TABLE `files_object` (
  `version_id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `bucket_id` CHAR(36) NOT NULL,
  `file_id` CHAR(36),
  `_mimetype` VARCHAR(255),
  `is_head` TINYINT(1) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`version_id`),
  UNIQUE KEY `uq_files_object_bucket_id` (`bucket_id`, `version_id`, `key`),
  CONSTRAINT `fk_files_object_bucket_id_files_bucket` FOREIGN KEY (`bucket_id`) REFERENCES `files_bucket` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_files_object_file_id_files_files` FOREIGN KEY (`file_id`) REFERENCES `files_files` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `files_multipartobject` (
  `upload_id` CHAR(36) NOT NULL,
  `bucket_id` CHAR(36),
  `key` VARCHAR(255),
  `file_id` CHAR(36) NOT NULL,
  `chunk_size` INT,
  `size` BIGINT,
  `completed` TINYINT(1) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`upload_id`),
  UNIQUE KEY `uix_item` (`upload_id`, `bucket_id`, `key`),
  CONSTRAINT `fk_files_multipartobject_bucket_id_files_bucket` FOREIGN KEY (`bucket_id`) REFERENCES `files_bucket` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_files_multipartobject_file_id_files_files` FOREIGN KEY (`file_id`) REFERENCES `files_files` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `request_metadata` (
  `id` CHAR(36) NOT NULL,
  `number` VARCHAR(50),
  `expires_at` DATETIME,
  `bucket_id` CHAR(36),
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_request_metadata_number` (`number`),
  CONSTRAINT `fk_request_metadata_bucket_id_files_bucket` FOREIGN KEY (`bucket_id`) REFERENCES `files_bucket` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `communities_metadata` (
  `slug` VARCHAR(255),
  `bucket_id` CHAR(36),
  `deletion_status` VARCHAR(1) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_communities_metadata_slug` (`slug`),
  CONSTRAINT `fk_communities_metadata_bucket_id_files_bucket` FOREIGN KEY (`bucket_id`) REFERENCES `files_bucket` (`id`)
);

CREATE TABLE `rdm_records_metadata` (
  `bucket_id` CHAR(36),
  `media_bucket_id` CHAR(36),
  `deletion_status` VARCHAR(1) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `index` INT,
  `parent_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rdm_records_metadata_bucket_id_files_bucket` FOREIGN KEY (`bucket_id`) REFERENCES `files_bucket` (`id`),
  CONSTRAINT `fk_rdm_records_metadata_media_bucket_id_files_bucket` FOREIGN KEY (`media_bucket_id`) REFERENCES `files_bucket` (`id`),
  CONSTRAINT `fk_rdm_records_metadata_parent_id_rdm_parents_metadata` FOREIGN KEY (`parent_id`) REFERENCES `rdm_parents_metadata` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `rdm_drafts_metadata` (
  `bucket_id` CHAR(36),
  `media_bucket_id` CHAR(36),
  `fork_version_id` INT,
  `expires_at` DATETIME,
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `index` INT,
  `parent_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rdm_drafts_metadata_bucket_id_files_bucket` FOREIGN KEY (`bucket_id`) REFERENCES `files_bucket` (`id`),
  CONSTRAINT `fk_rdm_drafts_metadata_media_bucket_id_files_bucket` FOREIGN KEY (`media_bucket_id`) REFERENCES `files_bucket` (`id`),
  CONSTRAINT `fk_rdm_drafts_metadata_parent_id_rdm_parents_metadata` FOREIGN KEY (`parent_id`) REFERENCES `rdm_parents_metadata` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `oauth2server_token` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `client_id` VARCHAR(255) NOT NULL,
  `user_id` INT,
  `token_type` VARCHAR(255),
  `access_token` VARCHAR(255),
  `refresh_token` VARCHAR(255),
  `expires` DATETIME,
  `_scopes` TEXT,
  `is_personal` TINYINT(1),
  `is_internal` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_oauth2server_token_access_token` (`access_token`),
  UNIQUE KEY `ix_oauth2server_token_refresh_token` (`refresh_token`),
  CONSTRAINT `fk_oauth2server_token_client_id_oauth2server_client` FOREIGN KEY (`client_id`) REFERENCES `oauth2server_client` (`client_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_oauth2server_token_user_id_accounts_user` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `oauthclient_remotetoken` (
  `id_remote_account` INT NOT NULL,
  `token_type` VARCHAR(40) NOT NULL,
  `access_token` TEXT NOT NULL,
  `refresh_token` TEXT,
  `expires` DATETIME,
  `secret` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id_remote_account`, `token_type`),
  CONSTRAINT `fk_oauthclient_remote_token_remote_account` FOREIGN KEY (`id_remote_account`) REFERENCES `oauthclient_remoteaccount` (`id`)
);

CREATE TABLE `records_buckets` (
  `record_id` CHAR(36) NOT NULL,
  `bucket_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`record_id`, `bucket_id`),
  CONSTRAINT `fk_records_buckets_bucket_id_files_bucket` FOREIGN KEY (`bucket_id`) REFERENCES `files_bucket` (`id`),
  CONSTRAINT `fk_records_buckets_record_id_records_metadata` FOREIGN KEY (`record_id`) REFERENCES `records_metadata` (`id`)
);

CREATE TABLE `files_objecttags` (
  `version_id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`version_id`, `key`),
  CONSTRAINT `fk_files_objecttags_version_id_files_object` FOREIGN KEY (`version_id`) REFERENCES `files_object` (`version_id`) ON DELETE CASCADE
);

CREATE TABLE `files_multipartobject_part` (
  `upload_id` CHAR(36) NOT NULL,
  `part_number` INT NOT NULL,
  `checksum` VARCHAR(255),
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`upload_id`, `part_number`),
  CONSTRAINT `fk_files_multipartobject_part_upload_id_files_multipartobject` FOREIGN KEY (`upload_id`) REFERENCES `files_multipartobject` (`upload_id`) ON DELETE RESTRICT
);

CREATE TABLE `request_files` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `record_id` CHAR(36) NOT NULL,
  `object_version_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uidx_request_files_record_id_key` (`record_id`, `key`),
  CONSTRAINT `fk_request_files_object_version_id_files_object` FOREIGN KEY (`object_version_id`) REFERENCES `files_object` (`version_id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_request_files_record_id_request_metadata` FOREIGN KEY (`record_id`) REFERENCES `request_metadata` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `request_events` (
  `type` VARCHAR(1) NOT NULL,
  `request_id` CHAR(36),
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_request_events_request_id_request_metadata` FOREIGN KEY (`request_id`) REFERENCES `request_metadata` (`id`) ON DELETE CASCADE
);

CREATE TABLE `communities_files` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `record_id` CHAR(36) NOT NULL,
  `object_version_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uidx_communities_files_record_id_key` (`record_id`, `key`),
  CONSTRAINT `fk_communities_files_object_version_id_files_object` FOREIGN KEY (`object_version_id`) REFERENCES `files_object` (`version_id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_communities_files_record_id_communities_metadata` FOREIGN KEY (`record_id`) REFERENCES `communities_metadata` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `communities_featured` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `community_id` CHAR(36) NOT NULL,
  `start_date` DATETIME NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_communities_featured_community_id_communities_metadata` FOREIGN KEY (`community_id`) REFERENCES `communities_metadata` (`id`)
);

CREATE TABLE `communities_members` (
  `id` CHAR(36) NOT NULL,
  `role` VARCHAR(50) NOT NULL,
  `visible` TINYINT(1) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `group_notification_enabled` TINYINT(1),
  `community_id` CHAR(36) NOT NULL,
  `user_id` INT,
  `group_id` VARCHAR(80),
  `request_id` CHAR(36),
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_communities_members_request_id` (`request_id`),
  UNIQUE KEY `ix_community_group` (`community_id`, `group_id`),
  UNIQUE KEY `ix_community_user` (`community_id`, `user_id`),
  CONSTRAINT `fk_communities_members_community_id_communities_metadata` FOREIGN KEY (`community_id`) REFERENCES `communities_metadata` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_communities_members_group_id_accounts_role` FOREIGN KEY (`group_id`) REFERENCES `accounts_role` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_communities_members_request_id_request_metadata` FOREIGN KEY (`request_id`) REFERENCES `request_metadata` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_communities_members_user_id_accounts_user` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `communities_archivedinvitations` (
  `id` CHAR(36) NOT NULL,
  `role` VARCHAR(50) NOT NULL,
  `visible` TINYINT(1) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `group_notification_enabled` TINYINT(1),
  `community_id` CHAR(36) NOT NULL,
  `user_id` INT,
  `group_id` VARCHAR(80),
  `request_id` CHAR(36),
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_communities_archivedinvitations_request_id` (`request_id`),
  CONSTRAINT `fk_communities_archivedinvitations_community_id_communi_f209` FOREIGN KEY (`community_id`) REFERENCES `communities_metadata` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_communities_archivedinvitations_group_id_accounts_role` FOREIGN KEY (`group_id`) REFERENCES `accounts_role` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_communities_archivedinvitations_request_id_request_metadata` FOREIGN KEY (`request_id`) REFERENCES `request_metadata` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_communities_archivedinvitations_user_id_accounts_user` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `rdm_parents_community` (
  `community_id` CHAR(36) NOT NULL,
  `record_id` CHAR(36) NOT NULL,
  `request_id` CHAR(36),
  PRIMARY KEY (`community_id`, `record_id`),
  CONSTRAINT `fk_rdm_parents_community_community_id_communities_metadata` FOREIGN KEY (`community_id`) REFERENCES `communities_metadata` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rdm_parents_community_record_id_rdm_parents_metadata` FOREIGN KEY (`record_id`) REFERENCES `rdm_parents_metadata` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rdm_parents_community_request_id_request_metadata` FOREIGN KEY (`request_id`) REFERENCES `request_metadata` (`id`) ON DELETE SET NULL
);

CREATE TABLE `rdm_records_files` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `record_id` CHAR(36) NOT NULL,
  `object_version_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uidx_rdm_records_files_record_id_key` (`record_id`, `key`),
  CONSTRAINT `fk_rdm_records_files_object_version_id_files_object` FOREIGN KEY (`object_version_id`) REFERENCES `files_object` (`version_id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_rdm_records_files_record_id_rdm_records_metadata` FOREIGN KEY (`record_id`) REFERENCES `rdm_records_metadata` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `rdm_records_media_files` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `record_id` CHAR(36) NOT NULL,
  `object_version_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uidx_rdm_records_media_files_record_id_key` (`record_id`, `key`),
  CONSTRAINT `fk_rdm_records_media_files_object_version_id_files_object` FOREIGN KEY (`object_version_id`) REFERENCES `files_object` (`version_id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_rdm_records_media_files_record_id_rdm_records_metadata` FOREIGN KEY (`record_id`) REFERENCES `rdm_records_metadata` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `rdm_drafts_files` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `record_id` CHAR(36) NOT NULL,
  `object_version_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uidx_rdm_drafts_files_record_id_key` (`record_id`, `key`),
  CONSTRAINT `fk_rdm_drafts_files_object_version_id_files_object` FOREIGN KEY (`object_version_id`) REFERENCES `files_object` (`version_id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_rdm_drafts_files_record_id_rdm_drafts_metadata` FOREIGN KEY (`record_id`) REFERENCES `rdm_drafts_metadata` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `rdm_drafts_media_files` (
  `id` CHAR(36) NOT NULL,
  `json` JSON,
  `version_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `record_id` CHAR(36) NOT NULL,
  `object_version_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uidx_rdm_drafts_media_files_record_id_key` (`record_id`, `key`),
  CONSTRAINT `fk_rdm_drafts_media_files_object_version_id_files_object` FOREIGN KEY (`object_version_id`) REFERENCES `files_object` (`version_id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_rdm_drafts_media_files_record_id_rdm_drafts_metadata` FOREIGN KEY (`record_id`) REFERENCES `rdm_drafts_metadata` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `rdm_versions_state` (
  `latest_index` INT,
  `parent_id` CHAR(36) NOT NULL,
  `latest_id` CHAR(36),
  `next_draft_id` CHAR(36),
  PRIMARY KEY (`parent_id`),
  CONSTRAINT `fk_rdm_versions_state_latest_id_rdm_records_metadata` FOREIGN KEY (`latest_id`) REFERENCES `rdm_records_metadata` (`id`),
  CONSTRAINT `fk_rdm_versions_state_next_draft_id_rdm_drafts_metadata` FOREIGN KEY (`next_draft_id`) REFERENCES `rdm_drafts_metadata` (`id`),
  CONSTRAINT `fk_rdm_versions_state_parent_id_rdm_parents_metadata` FOREIGN KEY (`parent_id`) REFERENCES `rdm_parents_metadata` (`id`) ON DELETE CASCADE
);

CREATE TABLE `checks_config` (
  `id` CHAR(36) NOT NULL,
  `community_id` CHAR(36),
  `check_id` VARCHAR(255) NOT NULL,
  `params` JSON NOT NULL,
  `severity` CHAR(1) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_checks_config_community_id_communities_metadata` FOREIGN KEY (`community_id`) REFERENCES `communities_metadata` (`id`)
);

CREATE TABLE `checks_run` (
  `id` CHAR(36) NOT NULL,
  `config_id` CHAR(36) NOT NULL,
  `record_id` CHAR(36) NOT NULL,
  `is_draft` TINYINT(1) NOT NULL,
  `revision_id` INT NOT NULL,
  `start_time` DATETIME,
  `end_time` DATETIME,
  `status` CHAR(1) NOT NULL,
  `state` JSON NOT NULL,
  `result` JSON NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_checks_run_config_id_checks_config` FOREIGN KEY (`config_id`) REFERENCES `checks_config` (`id`)
);
