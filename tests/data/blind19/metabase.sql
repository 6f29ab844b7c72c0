-- Metabase (business-intelligence server) -- application database, trimmed, MySQL dialect.
-- Upstream: github.com/metabase/metabase (AGPL-3.0; the migrations under resources/ are AGPL code).
-- Reconstructed from upstream's own MySQL schema dump used to initialise new installations,
--   resources/migrations/initialization/metabase_mysql.sql (commit ecac00334639f0333675bcba5621a56d8554568e,
--   the schema as of v44), with the Liquibase changesets applied on top of it:
--   resources/migrations/001_update_migrations.yaml (commit a286e7c756404ab1249acd9474c83aaef48e91c5, v45 .. v55),
--   resources/migrations/056_update_migrations.yaml (commit 006c741b709dd528208f4f90c09084304969cd80),
--   resources/migrations/057_update_migrations.yaml (commit 00cc5bd2d40e4d026b22229863cb99fbe1623277).
-- Liquibase ${timestamp_type} is written timestamp(6), ${text.type} longtext, ${boolean.type} bit(1),
-- ${blob.type} longblob, as upstream renders them on MySQL. Column COMMENTs are upstream's (dump comments and
-- Liquibase `remarks`). Indexes other than primary/unique keys are left out. Foreign keys are kept between kept
-- tables only. 42 of upstream's ~100 tables are kept; every column of a kept table is kept.

CREATE TABLE `core_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `first_name` varchar(254) DEFAULT NULL,
  `last_name` varchar(254) DEFAULT NULL,
  `password` varchar(254) DEFAULT NULL,
  `password_salt` varchar(254) DEFAULT NULL,
  `date_joined` datetime NOT NULL,
  `last_login` datetime DEFAULT NULL,
  `is_superuser` bit(1) NOT NULL DEFAULT b'0',
  `is_active` bit(1) NOT NULL DEFAULT b'1',
  `reset_token` varchar(254) DEFAULT NULL,
  `reset_triggered` bigint DEFAULT NULL,
  `is_qbnewb` bit(1) NOT NULL DEFAULT b'1',
  `login_attributes` longtext,
  `updated_at` datetime DEFAULT NULL COMMENT 'When was this User last updated?',
  `sso_source` varchar(254) DEFAULT NULL COMMENT 'String to indicate the SSO backend the user is from',
  `locale` varchar(5) DEFAULT NULL COMMENT 'Preferred ISO locale (language/country) code, e.g "en" or "en-US", for this User. Overrides site default.',
  `is_datasetnewb` bit(1) NOT NULL DEFAULT b'1' COMMENT 'Boolean flag to indicate if the dataset info modal has been dismissed.',
  `settings` longtext COMMENT 'Serialized JSON containing User-local Settings for this User',
  `type` varchar(64) NOT NULL DEFAULT 'personal' COMMENT 'The type of user',
  `entity_id` char(21) DEFAULT NULL COMMENT 'NanoID tag for each user',
  `deactivated_at` timestamp(6) NULL DEFAULT NULL COMMENT 'The timestamp at which a user was deactivated',
  `tenant_id` int DEFAULT NULL COMMENT 'The ID of the tenant for this user',
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  UNIQUE KEY `entity_id` (`entity_id`)
);

CREATE TABLE `core_session` (
  `id` varchar(254) NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `anti_csrf_token` longtext,
  `key_hashed` varchar(254) NOT NULL COMMENT 'Hashed version of the session key',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_session_ref_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `login_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `timestamp` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'When this login occurred.',
  `user_id` int NOT NULL COMMENT 'ID of the User that logged in.',
  `session_id` varchar(254) DEFAULT NULL COMMENT 'ID of the Session created by this login if one is currently active. NULL if Session is no longer active.',
  `device_id` char(36) NOT NULL COMMENT 'Cookie-based unique identifier for the device/browser the user logged in from.',
  `device_description` longtext,
  `ip_address` longtext,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_login_history_session_id` FOREIGN KEY (`session_id`) REFERENCES `core_session` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_login_history_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
) COMMENT='Keeps track of various logins for different users and additional info such as location and device';

CREATE TABLE `api_key` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'The ID of the API Key itself',
  `user_id` int DEFAULT NULL COMMENT 'The ID of the user who this API Key acts as',
  `key` varchar(254) NOT NULL COMMENT 'The hashed API key',
  `key_prefix` varchar(7) NOT NULL COMMENT 'The first 7 characters of the unhashed key',
  `creator_id` int NOT NULL COMMENT 'The ID of the user that created this API key',
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp when the key was created',
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp when the key was last updated',
  `name` varchar(254) NOT NULL COMMENT 'The user-defined name of the API key.',
  `updated_by_id` int NOT NULL COMMENT 'The ID of the user that last updated this API key',
  `scope` varchar(64) DEFAULT NULL COMMENT 'The scope of the API key, if applicable',
  PRIMARY KEY (`id`),
  UNIQUE KEY `key_prefix` (`key_prefix`),
  UNIQUE KEY `name` (`name`),
  CONSTRAINT `fk_api_key_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`),
  CONSTRAINT `fk_api_key_created_by_user_id` FOREIGN KEY (`creator_id`) REFERENCES `core_user` (`id`),
  CONSTRAINT `fk_api_key_updated_by_id_user_id` FOREIGN KEY (`updated_by_id`) REFERENCES `core_user` (`id`)
) COMMENT='An API Key';

CREATE TABLE `permissions_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `entity_id` char(21) DEFAULT NULL COMMENT 'NanoID tag for each user',
  `magic_group_type` varchar(254) DEFAULT NULL COMMENT 'The magic_group_type of the permissions_group',
  `is_tenant_group` bit(1) NOT NULL DEFAULT b'0' COMMENT 'true iff this is a Tenant Group',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_permissions_group_name` (`name`),
  UNIQUE KEY `entity_id` (`entity_id`),
  UNIQUE KEY `magic_group_type` (`magic_group_type`)
);

CREATE TABLE `permissions_group_membership` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  `is_group_manager` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Boolean flag to indicate whether user is a group''s manager.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_permissions_group_membership_user_id_group_id` (`user_id`,`group_id`),
  CONSTRAINT `fk_permissions_group_group_id` FOREIGN KEY (`group_id`) REFERENCES `permissions_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_permissions_group_membership_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `collection` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` longtext,
  `description` longtext,
  `archived` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Whether this Collection has been archived and should be hidden from users.',
  `location` varchar(254) NOT NULL DEFAULT '/' COMMENT 'Directory-structure path of ancestor Collections. e.g. "/1/2/" means our Parent is Collection 2, and their parent is Collection 1.',
  `personal_owner_id` int DEFAULT NULL COMMENT 'If set, this Collection is a personal Collection, for exclusive use of the User with this ID.',
  `slug` varchar(510) DEFAULT NULL,
  `namespace` varchar(254) DEFAULT NULL COMMENT 'The namespace (hierarchy) this Collection belongs to. NULL means the Collection is in the default namespace.',
  `authority_level` varchar(255) DEFAULT NULL COMMENT 'Nullable column to incidate collection''s authority level. Initially values are "official" and nil.',
  `entity_id` char(21) DEFAULT NULL COMMENT 'Random NanoID tag for unique identity.',
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Timestamp of when this Collection was created.',
  `type` varchar(256) DEFAULT NULL COMMENT 'This is used to differentiate instance-analytics collections from all other collections.',
  `is_sample` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Is the collection part of the sample content?',
  `archive_operation_id` char(36) DEFAULT NULL COMMENT 'The UUID of the trash operation. Each time you trash a collection subtree, you get a unique ID.',
  `archived_directly` bit(1) DEFAULT NULL COMMENT 'Whether the item was trashed independently or as a subcollection',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_collection_personal_owner_id` (`personal_owner_id`),
  UNIQUE KEY `entity_id` (`entity_id`),
  CONSTRAINT `fk_collection_personal_owner_id` FOREIGN KEY (`personal_owner_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
) COMMENT='Collections are an optional way to organize Cards and handle permissions for them.';

CREATE TABLE `metabase_database` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` varchar(254) NOT NULL,
  `description` longtext,
  `details` longtext NOT NULL,
  `engine` varchar(254) NOT NULL,
  `is_sample` bit(1) NOT NULL DEFAULT b'0',
  `is_full_sync` bit(1) NOT NULL DEFAULT b'1',
  `points_of_interest` longtext,
  `caveats` longtext,
  `metadata_sync_schedule` varchar(254) NOT NULL DEFAULT '0 50 * * * ? *' COMMENT 'The cron schedule string for when this database should undergo the metadata sync process (and analysis for new fields).',
  `cache_field_values_schedule` varchar(254) DEFAULT NULL COMMENT 'The cron schedule string for when FieldValues for eligible Fields should be updated.',
  `timezone` varchar(254) DEFAULT NULL COMMENT 'Timezone identifier for the database, set by the sync process',
  `is_on_demand` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Whether we should do On-Demand caching of FieldValues for this DB. This means FieldValues are updated when their Field is used in a Dashboard or Card param.',
  `auto_run_queries` bit(1) NOT NULL DEFAULT b'1' COMMENT 'Whether to automatically run queries when doing simple filtering and summarizing in the Query Builder.',
  `refingerprint` bit(1) DEFAULT NULL COMMENT 'Whether or not to enable periodic refingerprinting for this Database.',
  `cache_ttl` int DEFAULT NULL COMMENT 'Granular cache TTL for specific database.',
  `initial_sync_status` varchar(32) NOT NULL DEFAULT 'complete' COMMENT 'String indicating whether a database has completed its initial sync and is ready to use',
  `creator_id` int DEFAULT NULL COMMENT 'ID of the admin who added the database',
  `settings` longtext COMMENT 'Serialized JSON containing Database-local Settings for this Database',
  `dbms_version` longtext COMMENT 'A JSON object describing the flavor and version of the DBMS.',
  `is_audit` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Only the app db, visible to admins via auditing should have this set true.',
  `uploads_enabled` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Whether uploads are enabled for this database',
  `uploads_schema_name` longtext COMMENT 'The schema name for uploads',
  `uploads_table_prefix` longtext COMMENT 'The prefix for upload table names',
  `is_attached_dwh` bit(1) NOT NULL DEFAULT b'0' COMMENT 'This is an attached data warehouse, do not serialize it and hide its details from the UI',
  `router_database_id` int DEFAULT NULL COMMENT 'The ID of the primary database for this mirror database.',
  `provider_name` varchar(100) DEFAULT NULL COMMENT 'The name of the hosting provider for the database (e.g., AWS RDS, Azure).',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_unique_metabase_database_router_database_id_name` (`router_database_id`,`name`),
  CONSTRAINT `fk_database_creator_id` FOREIGN KEY (`creator_id`) REFERENCES `core_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_metabase_database_metabase_database_id` FOREIGN KEY (`router_database_id`) REFERENCES `metabase_database` (`id`) ON DELETE RESTRICT
);

CREATE TABLE `metabase_table` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(254) NOT NULL,
  `description` longtext,
  `entity_type` varchar(254) DEFAULT NULL,
  `active` bit(1) NOT NULL,
  `db_id` int NOT NULL,
  `display_name` varchar(256) DEFAULT NULL,
  `visibility_type` varchar(254) DEFAULT NULL,
  `schema` varchar(254) DEFAULT NULL,
  `points_of_interest` longtext,
  `caveats` longtext,
  `show_in_getting_started` bit(1) NOT NULL DEFAULT b'0',
  `field_order` varchar(254) NOT NULL DEFAULT 'database',
  `initial_sync_status` varchar(32) NOT NULL DEFAULT 'complete' COMMENT 'String indicating whether a table has completed its initial sync and is ready to use',
  `is_upload` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Was the table created from user-uploaded (i.e., from a CSV) data?',
  `database_require_filter` bit(1) DEFAULT NULL COMMENT 'If true, the table requires a filter to be able to query it',
  `estimated_row_count` bigint DEFAULT NULL COMMENT 'The estimated row count',
  `view_count` int NOT NULL DEFAULT 0 COMMENT 'Keeps a running count of card views',
  `is_defective_duplicate` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Indicates whether the table is a defective duplicate that should never have been created.',
  `unique_table_helper` varchar(254) GENERATED ALWAYS AS (CASE WHEN `is_defective_duplicate` = TRUE THEN NULL ELSE COALESCE(`schema`, '') END) STORED,
  `is_writable` bit(1) DEFAULT NULL COMMENT 'true if current connection can insert, update and delete rows from this table',
  `data_authority` varchar(20) NOT NULL DEFAULT 'unconfigured' COMMENT 'Indicates the data authority status - unconfigured, authoritative, computed, or ingested',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_unique_table` (`db_id`,`name`,`unique_table_helper`),
  CONSTRAINT `fk_table_ref_database_id` FOREIGN KEY (`db_id`) REFERENCES `metabase_database` (`id`) ON DELETE CASCADE
);

CREATE TABLE `metabase_field` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(254) NOT NULL,
  `base_type` varchar(255) NOT NULL,
  `semantic_type` varchar(255) DEFAULT NULL,
  `active` bit(1) NOT NULL DEFAULT b'1',
  `description` longtext,
  `preview_display` bit(1) NOT NULL DEFAULT b'1',
  `position` int NOT NULL DEFAULT 0,
  `table_id` int NOT NULL,
  `parent_id` int DEFAULT NULL,
  `display_name` varchar(254) DEFAULT NULL,
  `visibility_type` varchar(32) NOT NULL DEFAULT 'normal',
  `fk_target_field_id` int DEFAULT NULL,
  `last_analyzed` datetime DEFAULT NULL,
  `points_of_interest` longtext,
  `caveats` longtext,
  `fingerprint` longtext,
  `fingerprint_version` int NOT NULL DEFAULT 0 COMMENT 'The version of the fingerprint for this Field. Used so we can keep track of which Fields need to be analyzed again when new things are added to fingerprints.',
  `database_type` longtext,
  `has_field_values` longtext,
  `settings` longtext,
  `database_position` int NOT NULL DEFAULT 0,
  `custom_position` int NOT NULL DEFAULT 0,
  `effective_type` varchar(255) DEFAULT NULL COMMENT 'The effective type of the field after any coercions.',
  `coercion_strategy` varchar(255) DEFAULT NULL COMMENT 'A strategy to coerce the base_type into the effective_type.',
  `nfc_path` varchar(254) DEFAULT NULL COMMENT 'Nested field column paths, flattened',
  `database_required` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Indicates this field is required by the database for new records. Usually not null and without a default.',
  `json_unfolding` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Enable/disable JSON unfolding for a field',
  `database_is_auto_increment` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Indicates this field is auto incremented',
  `database_indexed` bit(1) DEFAULT NULL COMMENT 'If the database supports indexing, this column indicate whether or not a field is indexed, or is the 1st column in a composite index',
  `database_partitioned` bit(1) DEFAULT NULL COMMENT 'Whether the table is partitioned by this field',
  `is_defective_duplicate` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Indicates whether column is a defective duplicate field that should never have been created.',
  `unique_field_helper` int GENERATED ALWAYS AS (CASE WHEN `is_defective_duplicate` = TRUE THEN NULL ELSE (CASE WHEN `parent_id` IS NULL THEN 0 ELSE `parent_id` END) END) STORED,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_unique_field` (`name`,`table_id`,`unique_field_helper`),
  CONSTRAINT `fk_field_parent_ref_field_id` FOREIGN KEY (`parent_id`) REFERENCES `metabase_field` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `fk_field_ref_table_id` FOREIGN KEY (`table_id`) REFERENCES `metabase_table` (`id`) ON DELETE CASCADE
);

CREATE TABLE `metabase_fieldvalues` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` timestamp(6) NULL DEFAULT NULL,
  `values` longtext,
  `human_readable_values` longtext,
  `field_id` int NOT NULL,
  `has_more_values` bit(1) DEFAULT b'0' COMMENT 'true if the stored values list is a subset of all possible values',
  `type` varchar(32) NOT NULL DEFAULT 'full' COMMENT 'Type of FieldValues',
  `hash_key` longtext COMMENT 'Hash key for a cached fieldvalues',
  `last_used_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Timestamp of when these FieldValues were last used.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_fieldvalues_ref_field_id` FOREIGN KEY (`field_id`) REFERENCES `metabase_field` (`id`) ON DELETE CASCADE
);

CREATE TABLE `report_dashboard` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(254) NOT NULL,
  `description` longtext,
  `creator_id` int NOT NULL,
  `parameters` longtext,
  `points_of_interest` longtext,
  `caveats` longtext,
  `show_in_getting_started` bit(1) NOT NULL DEFAULT b'0',
  `public_uuid` char(36) DEFAULT NULL COMMENT 'Unique UUID used to in publically-accessible links to this Dashboard.',
  `made_public_by_id` int DEFAULT NULL COMMENT 'The ID of the User who first publically shared this Dashboard.',
  `enable_embedding` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Is this Dashboard allowed to be embedded in different websites (using a signed JWT)?',
  `embedding_params` longtext,
  `archived` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Is this Dashboard archived (effectively treated as deleted?)',
  `position` int DEFAULT NULL COMMENT 'The position this Dashboard should appear in the Dashboards list, lower-numbered positions appearing before higher numbered ones.',
  `collection_id` int DEFAULT NULL COMMENT 'Optional ID of Collection this Dashboard belongs to.',
  `collection_position` smallint DEFAULT NULL COMMENT 'Optional pinned position for this item in its Collection. NULL means item is not pinned.',
  `cache_ttl` int DEFAULT NULL COMMENT 'Granular cache TTL for specific dashboard.',
  `entity_id` char(21) DEFAULT NULL COMMENT 'Random NanoID tag for unique identity.',
  `auto_apply_filters` bit(1) NOT NULL DEFAULT b'1' COMMENT 'Whether or not to auto-apply filters on a dashboard',
  `width` varchar(16) NOT NULL DEFAULT 'fixed' COMMENT 'The value of the dashboard''s width setting can be fixed or full. New dashboards will be set to fixed',
  `initially_published_at` timestamp(6) NULL DEFAULT NULL COMMENT 'The timestamp when the dashboard was first published in a static embed',
  `view_count` int NOT NULL DEFAULT 0 COMMENT 'Keeps a running count of dashboard views',
  `archived_directly` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Was this thing trashed directly',
  `last_viewed_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'Timestamp of when this dashboard was last viewed',
  PRIMARY KEY (`id`),
  UNIQUE KEY `public_uuid` (`public_uuid`),
  UNIQUE KEY `entity_id` (`entity_id`),
  CONSTRAINT `fk_dashboard_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_dashboard_made_public_by_id` FOREIGN KEY (`made_public_by_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_dashboard_ref_user_id` FOREIGN KEY (`creator_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `report_card` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` varchar(254) NOT NULL,
  `description` longtext,
  `display` varchar(254) NOT NULL,
  `dataset_query` longtext,
  `visualization_settings` longtext,
  `creator_id` int NOT NULL,
  `database_id` int NOT NULL,
  `table_id` int DEFAULT NULL,
  `query_type` varchar(16) DEFAULT NULL,
  `archived` bit(1) NOT NULL DEFAULT b'0',
  `collection_id` int DEFAULT NULL COMMENT 'Optional ID of Collection this Card belongs to.',
  `public_uuid` char(36) DEFAULT NULL COMMENT 'Unique UUID used to in publically-accessible links to this Card.',
  `made_public_by_id` int DEFAULT NULL COMMENT 'The ID of the User who first publically shared this Card.',
  `enable_embedding` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Is this Card allowed to be embedded in different websites (using a signed JWT)?',
  `embedding_params` longtext,
  `cache_ttl` int DEFAULT NULL COMMENT 'The maximum time, in seconds, to return cached results for this Card rather than running a new query.',
  `result_metadata` longtext,
  `collection_position` smallint DEFAULT NULL COMMENT 'Optional pinned position for this item in its Collection. NULL means item is not pinned.',
  `entity_id` char(21) DEFAULT NULL COMMENT 'Random NanoID tag for unique identity.',
  `parameters` longtext COMMENT 'List of parameter associated to a card',
  `parameter_mappings` longtext COMMENT 'List of parameter associated to a card',
  `collection_preview` bit(1) NOT NULL DEFAULT b'1' COMMENT 'Indicating whether the card should be visualized in the collection preview',
  `metabase_version` varchar(100) DEFAULT NULL COMMENT 'Metabase version used to create the card.',
  `type` varchar(16) NOT NULL DEFAULT 'question' COMMENT 'The type of card, could be ''question'', ''model'', ''metric''',
  `initially_published_at` timestamp(6) NULL DEFAULT NULL COMMENT 'The timestamp when the card was first published in a static embed',
  `cache_invalidated_at` timestamp(6) NULL DEFAULT NULL COMMENT 'An invalidation time that can supersede cache_config.invalidated_at',
  `last_used_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp of when the card is last used',
  `view_count` int NOT NULL DEFAULT 0 COMMENT 'Keeps a running count of card views',
  `archived_directly` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Was this thing trashed directly',
  `dataset_query_metrics_v2_migration_backup` longtext COMMENT 'The copy of dataset_query before the metrics v2 migration',
  `source_card_id` int DEFAULT NULL COMMENT 'The ID of the model or question this card is based on',
  `dashboard_id` int DEFAULT NULL COMMENT 'The dashboard that owns the card, if it is a dashboard-internal card.',
  `card_schema` int NOT NULL DEFAULT 20 COMMENT 'Arbitrary revision number for how we store queries in report_card',
  `document_id` int DEFAULT NULL COMMENT 'Associates cards with a particular document',
  PRIMARY KEY (`id`),
  UNIQUE KEY `public_uuid` (`public_uuid`),
  UNIQUE KEY `entity_id` (`entity_id`),
  CONSTRAINT `fk_card_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_card_made_public_by_id` FOREIGN KEY (`made_public_by_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_card_ref_user_id` FOREIGN KEY (`creator_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_report_card_ref_database_id` FOREIGN KEY (`database_id`) REFERENCES `metabase_database` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_report_card_ref_table_id` FOREIGN KEY (`table_id`) REFERENCES `metabase_table` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_report_card_source_card_id_ref_report_card_id` FOREIGN KEY (`source_card_id`) REFERENCES `report_card` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_report_card_ref_dashboard_id` FOREIGN KEY (`dashboard_id`) REFERENCES `report_dashboard` (`id`) ON DELETE CASCADE
);

CREATE TABLE `report_dashboardcard` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `size_x` int NOT NULL,
  `size_y` int NOT NULL,
  `row` int NOT NULL,
  `col` int NOT NULL,
  `card_id` int DEFAULT NULL,
  `dashboard_id` int NOT NULL,
  `parameter_mappings` longtext,
  `visualization_settings` longtext,
  `entity_id` char(21) DEFAULT NULL COMMENT 'Random NanoID tag for unique identity.',
  `action_id` int DEFAULT NULL COMMENT 'The related action',
  `dashboard_tab_id` int DEFAULT NULL COMMENT 'The referenced tab id that dashcard is on, it''s nullable for dashboard with no tab',
  `inline_parameters` longtext COMMENT 'JSON array of parameter IDs that should be displayed inline with this card',
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_id` (`entity_id`),
  CONSTRAINT `fk_dashboardcard_ref_card_id` FOREIGN KEY (`card_id`) REFERENCES `report_card` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_dashboardcard_ref_dashboard_id` FOREIGN KEY (`dashboard_id`) REFERENCES `report_dashboard` (`id`) ON DELETE CASCADE
);

CREATE TABLE `pulse` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creator_id` int NOT NULL,
  `name` varchar(254) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `skip_if_empty` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Skip a scheduled Pulse if none of its questions have any results',
  `alert_condition` varchar(254) DEFAULT NULL COMMENT 'Condition (i.e. "rows" or "goal") used as a guard for alerts',
  `alert_first_only` bit(1) DEFAULT NULL COMMENT 'True if the alert should be disabled after the first notification',
  `alert_above_goal` bit(1) DEFAULT NULL COMMENT 'For a goal condition, alert when above the goal',
  `collection_id` int DEFAULT NULL COMMENT 'Options ID of Collection this Pulse belongs to.',
  `collection_position` smallint DEFAULT NULL COMMENT 'Optional pinned position for this item in its Collection. NULL means item is not pinned.',
  `archived` bit(1) DEFAULT b'0' COMMENT 'Has this pulse been archived?',
  `dashboard_id` int DEFAULT NULL COMMENT 'ID of the Dashboard if this Pulse is a Dashboard Subscription.',
  `parameters` longtext,
  `entity_id` char(21) DEFAULT NULL COMMENT 'Random NanoID tag for unique identity.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_id` (`entity_id`),
  CONSTRAINT `fk_pulse_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_pulse_ref_creator_id` FOREIGN KEY (`creator_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_pulse_ref_dashboard_id` FOREIGN KEY (`dashboard_id`) REFERENCES `report_dashboard` (`id`) ON DELETE CASCADE
);

CREATE TABLE `pulse_card` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pulse_id` int NOT NULL,
  `card_id` int NOT NULL,
  `position` int NOT NULL,
  `include_csv` bit(1) NOT NULL DEFAULT b'0' COMMENT 'True if a CSV of the data should be included for this pulse card',
  `include_xls` bit(1) NOT NULL DEFAULT b'0' COMMENT 'True if a XLS of the data should be included for this pulse card',
  `dashboard_card_id` int DEFAULT NULL COMMENT 'If this Pulse is a Dashboard subscription, the ID of the DashboardCard that corresponds to this PulseCard.',
  `entity_id` char(21) DEFAULT NULL COMMENT 'Random NanoID tag for unique identity.',
  `format_rows` bit(1) DEFAULT b'1' COMMENT 'Whether or not to apply formatting to the rows of the export',
  `pivot_results` bit(1) DEFAULT b'0' COMMENT 'Whether or not to apply pivot processing to the rows of the export',
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_id` (`entity_id`),
  CONSTRAINT `fk_pulse_card_ref_card_id` FOREIGN KEY (`card_id`) REFERENCES `report_card` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_pulse_card_ref_pulse_card_id` FOREIGN KEY (`dashboard_card_id`) REFERENCES `report_dashboardcard` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_pulse_card_ref_pulse_id` FOREIGN KEY (`pulse_id`) REFERENCES `pulse` (`id`) ON DELETE CASCADE
);

CREATE TABLE `channel` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'Unique ID',
  `name` varchar(254) NOT NULL COMMENT 'channel name',
  `description` longtext COMMENT 'channel description',
  `type` varchar(32) NOT NULL COMMENT 'Channel type',
  `details` longtext NOT NULL COMMENT 'Channel details, used to store authentication information or channel-specific settings',
  `active` bit(1) NOT NULL DEFAULT b'1' COMMENT 'whether the channel is active',
  `created_at` timestamp(6) NOT NULL COMMENT 'Timestamp when the channel was inserted',
  `updated_at` timestamp(6) NOT NULL COMMENT 'Timestamp when the channel was updated',
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) COMMENT='Channel configurations';

CREATE TABLE `pulse_channel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pulse_id` int NOT NULL,
  `channel_type` varchar(32) NOT NULL,
  `details` longtext,
  `schedule_type` varchar(32) NOT NULL,
  `schedule_hour` int DEFAULT NULL,
  `schedule_day` varchar(64) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `schedule_frame` varchar(32) DEFAULT NULL,
  `enabled` bit(1) NOT NULL DEFAULT b'1',
  `entity_id` char(21) DEFAULT NULL COMMENT 'Random NanoID tag for unique identity.',
  `channel_id` int DEFAULT NULL COMMENT 'The channel ID',
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_id` (`entity_id`),
  CONSTRAINT `fk_pulse_channel_ref_pulse_id` FOREIGN KEY (`pulse_id`) REFERENCES `pulse` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_pulse_channel_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `channel` (`id`) ON DELETE CASCADE
);

CREATE TABLE `pulse_channel_recipient` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pulse_channel_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_pulse_channel_recipient_ref_pulse_channel_id` FOREIGN KEY (`pulse_channel_id`) REFERENCES `pulse_channel` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_pulse_channel_recipient_ref_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `notification` (
  `id` int NOT NULL AUTO_INCREMENT,
  `payload_type` varchar(64) NOT NULL COMMENT 'the type of the payload',
  `active` bit(1) NOT NULL DEFAULT b'1' COMMENT 'whether the notification is active',
  `created_at` timestamp(6) NOT NULL COMMENT 'The timestamp of when the notification was created',
  `updated_at` timestamp(6) NOT NULL COMMENT 'The timestamp of when the notification was updated',
  `internal_id` varchar(254) DEFAULT NULL COMMENT 'the internal id of the notification',
  `payload_id` int DEFAULT NULL COMMENT 'the internal id of the notification',
  `creator_id` int DEFAULT NULL COMMENT 'the id of the creator',
  PRIMARY KEY (`id`),
  UNIQUE KEY `internal_id` (`internal_id`),
  CONSTRAINT `fk_notification_creator_id` FOREIGN KEY (`creator_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
) COMMENT='join table that connect notification subscriptions and notification handlers';

CREATE TABLE `notification_handler` (
  `id` int NOT NULL AUTO_INCREMENT,
  `channel_type` varchar(64) NOT NULL COMMENT 'the type of the channel, like :channel/email, :channel/slack',
  `notification_id` int NOT NULL COMMENT 'the notification that the handler is connected to',
  `channel_id` int DEFAULT NULL COMMENT 'the channel that the handler is connected to',
  `template_id` int DEFAULT NULL COMMENT 'the template that the handler is connected to',
  `active` bit(1) NOT NULL DEFAULT b'1' COMMENT 'whether the handler is active',
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp of when the handler was created',
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp of when the handler was updated',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_notification_handler_notification_id` FOREIGN KEY (`notification_id`) REFERENCES `notification` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_notification_handler_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `channel` (`id`) ON DELETE CASCADE
) COMMENT='which channel to send the notification to';

CREATE TABLE `notification_recipient` (
  `id` int NOT NULL AUTO_INCREMENT,
  `notification_handler_id` int NOT NULL COMMENT 'the handler that the recipient is connected to',
  `type` varchar(64) NOT NULL COMMENT 'the type of the recipient',
  `user_id` int DEFAULT NULL COMMENT 'a user if the recipient has type user',
  `permissions_group_id` int DEFAULT NULL COMMENT 'a permissions group if the recipient has type permissions_group',
  `details` longtext COMMENT 'custom details for the recipient',
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp of when the recipient was created',
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp of when the recipient was updated',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_notification_recipient_notification_handler_id` FOREIGN KEY (`notification_handler_id`) REFERENCES `notification_handler` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_notification_recipient_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_notification_recipient_permissions_group_id` FOREIGN KEY (`permissions_group_id`) REFERENCES `permissions_group` (`id`) ON DELETE CASCADE
) COMMENT='who should receive the notification';

CREATE TABLE `permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object` varchar(254) NOT NULL,
  `group_id` int NOT NULL,
  `perm_value` varchar(64) DEFAULT NULL COMMENT 'The value of the permission',
  `perm_type` varchar(64) DEFAULT NULL COMMENT 'The type of the permission',
  `collection_id` int DEFAULT NULL COMMENT 'The linked collection, if applicable',
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_id` (`group_id`,`object`),
  CONSTRAINT `fk_permissions_group_id` FOREIGN KEY (`group_id`) REFERENCES `permissions_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_permissions_ref_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`id`) ON DELETE CASCADE
);

CREATE TABLE `data_permissions` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'The ID of the permission',
  `group_id` int NOT NULL COMMENT 'The ID of the associated permission group',
  `perm_type` varchar(64) NOT NULL COMMENT 'The type of the permission (e.g. "data", "collection", "download"...)',
  `db_id` int NOT NULL COMMENT 'A database ID, for DB and table-level permissions',
  `schema_name` varchar(254) DEFAULT NULL COMMENT 'A schema name, for table-level permissions',
  `table_id` int DEFAULT NULL COMMENT 'A table ID',
  `perm_value` varchar(64) NOT NULL COMMENT 'The value this permission is set to.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_data_permissions_ref_permissions_group` FOREIGN KEY (`group_id`) REFERENCES `permissions_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_data_permissions_ref_db_id` FOREIGN KEY (`db_id`) REFERENCES `metabase_database` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_data_permissions_ref_table_id` FOREIGN KEY (`table_id`) REFERENCES `metabase_table` (`id`) ON DELETE CASCADE
) COMMENT='A table to store database and table permissions';

CREATE TABLE `sandboxes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL COMMENT 'ID of the Permissions Group this policy affects.',
  `table_id` int NOT NULL COMMENT 'ID of the Table that should get automatically replaced as query source for the Permissions Group.',
  `card_id` int DEFAULT NULL,
  `attribute_remappings` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_gtap_table_id_group_id` (`table_id`,`group_id`),
  CONSTRAINT `fk_gtap_card_id` FOREIGN KEY (`card_id`) REFERENCES `report_card` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_gtap_group_id` FOREIGN KEY (`group_id`) REFERENCES `permissions_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_gtap_table_id` FOREIGN KEY (`table_id`) REFERENCES `metabase_table` (`id`) ON DELETE CASCADE
) COMMENT='Records that a given Card (Question) should automatically replace a given Table as query source for a given a Perms Group.';

CREATE TABLE `connection_impersonations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `db_id` int NOT NULL COMMENT 'ID of the database this connection impersonation policy affects',
  `group_id` int NOT NULL COMMENT 'ID of the permissions group this connection impersonation policy affects',
  `attribute` longtext COMMENT 'User attribute associated with the database role to use for this connection impersonation policy',
  PRIMARY KEY (`id`),
  UNIQUE KEY `conn_impersonation_unique_group_id_db_id` (`group_id`,`db_id`),
  CONSTRAINT `fk_conn_impersonation_db_id` FOREIGN KEY (`db_id`) REFERENCES `metabase_database` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_conn_impersonation_group_id` FOREIGN KEY (`group_id`) REFERENCES `permissions_group` (`id`) ON DELETE CASCADE
) COMMENT='Table for holding connection impersonation policies';

CREATE TABLE `audit_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `topic` varchar(32) NOT NULL COMMENT 'The topic of a given audit event',
  `timestamp` timestamp(6) NOT NULL COMMENT 'The time an event was recorded',
  `end_timestamp` timestamp(6) NULL DEFAULT NULL COMMENT 'The time an event ended, if applicable',
  `user_id` int DEFAULT NULL COMMENT 'The user who performed an action or triggered an event',
  `model` varchar(32) DEFAULT NULL COMMENT 'The name of the model this event applies to (e.g. Card, Dashboard), if applicable',
  `model_id` int DEFAULT NULL COMMENT 'The ID of the model this event applies to, if applicable',
  `details` longtext NOT NULL COMMENT 'A JSON map with metadata about the event',
  PRIMARY KEY (`id`)
) COMMENT='Used to store application events for auditing use cases';

CREATE TABLE `view_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `model` varchar(16) NOT NULL,
  `model_id` int NOT NULL,
  `timestamp` timestamp(6) NULL DEFAULT NULL,
  `metadata` longtext,
  `has_access` bit(1) DEFAULT NULL COMMENT 'Whether the user who initiated the view had read access to the item being viewed.',
  `context` varchar(32) DEFAULT NULL COMMENT 'The context of the view, can be collection, question, or dashboard. Only for cards.',
  `embedding_client` varchar(254) DEFAULT NULL COMMENT 'Used by the embedding team to track SDK usage',
  `embedding_version` varchar(254) DEFAULT NULL COMMENT 'Used by the embedding team to track SDK version usage',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_view_log_ref_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `recent_views` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL COMMENT 'The user associated with this view',
  `model` varchar(16) NOT NULL COMMENT 'The name of the model that was viewed',
  `model_id` int NOT NULL COMMENT 'The ID of the model that was viewed',
  `timestamp` datetime NOT NULL COMMENT 'The time a view was recorded',
  `context` varchar(256) NOT NULL DEFAULT 'view' COMMENT 'The contextual action that netted a recent view.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_recent_views_ref_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
) COMMENT='Used to store recently viewed objects for each user';

CREATE TABLE `query_execution` (
  `id` int NOT NULL AUTO_INCREMENT,
  `hash` binary(32) NOT NULL COMMENT 'The hash of the query dictionary. This is a 256-bit SHA3 hash of the query.',
  `started_at` timestamp(6) NULL DEFAULT NULL,
  `running_time` int NOT NULL COMMENT 'The time, in milliseconds, this query took to complete.',
  `result_rows` int NOT NULL COMMENT 'Number of rows in the query results.',
  `native` bit(1) NOT NULL COMMENT 'Whether the query was a native query, as opposed to an MBQL one (e.g., created with the GUI).',
  `context` varchar(32) DEFAULT NULL COMMENT 'Short string specifying how this query was executed, e.g. in a Dashboard or Pulse.',
  `error` longtext,
  `executor_id` int DEFAULT NULL COMMENT 'The ID of the User who triggered this query execution, if any.',
  `card_id` int DEFAULT NULL COMMENT 'The ID of the Card (Question) associated with this query execution, if any.',
  `dashboard_id` int DEFAULT NULL COMMENT 'The ID of the Dashboard associated with this query execution, if any.',
  `pulse_id` int DEFAULT NULL COMMENT 'The ID of the Pulse associated with this query execution, if any.',
  `database_id` int DEFAULT NULL COMMENT 'ID of the database this query was ran against.',
  `cache_hit` bit(1) DEFAULT NULL COMMENT 'Cache hit on query execution',
  `action_id` int DEFAULT NULL COMMENT 'The ID of the action associated with this query execution, if any.',
  `is_sandboxed` bit(1) DEFAULT NULL COMMENT 'Is query from a sandboxed user',
  `cache_hash` longblob COMMENT 'Hash of normalized query, calculated in middleware.cache',
  `embedding_client` varchar(254) DEFAULT NULL COMMENT 'Used by the embedding team to track SDK usage',
  `embedding_version` varchar(254) DEFAULT NULL COMMENT 'Used by the embedding team to track SDK version usage',
  `parameterized` bit(1) DEFAULT NULL COMMENT 'Whether or not the query has parameters with non-nil values',
  PRIMARY KEY (`id`)
) COMMENT='A log of executed queries, used for calculating historic execution times, auditing, and other purposes.';

CREATE TABLE `revision` (
  `id` int NOT NULL AUTO_INCREMENT,
  `model` varchar(16) NOT NULL,
  `model_id` int NOT NULL,
  `user_id` int NOT NULL,
  `timestamp` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `object` longtext,
  `is_reversion` bit(1) NOT NULL DEFAULT b'0',
  `is_creation` bit(1) NOT NULL DEFAULT b'0',
  `message` longtext,
  `most_recent` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Whether a revision is the most recent one',
  `metabase_version` varchar(100) DEFAULT NULL COMMENT 'Metabase version used to create the revision.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_revision_ref_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user_key_value` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL COMMENT 'The ID of the user this KV-pair is for',
  `namespace` varchar(254) NOT NULL COMMENT 'The namespace for this KV, e.g. "dashboard-filters" or "nobody-knows"',
  `key` varchar(254) NOT NULL COMMENT 'The key',
  `value` longtext COMMENT 'The value, serialized JSON',
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'When this row was created',
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'When this row was last updated',
  `expires_at` timestamp(6) NULL DEFAULT NULL COMMENT 'If set, when this row expires',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_key_value_user_id_namespace_key` (`user_id`,`namespace`,`key`),
  CONSTRAINT `fk_user_key_value_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`)
) COMMENT='A simple key value store for each user.';

CREATE TABLE `user_parameter_value` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL COMMENT 'ID of the User who has set the parameter value',
  `parameter_id` varchar(36) NOT NULL COMMENT 'The parameter ID',
  `value` longtext COMMENT 'Value of the parameter',
  `dashboard_id` int DEFAULT NULL COMMENT 'The ID of the dashboard',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_parameter_value_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_parameter_value_dashboard_id` FOREIGN KEY (`dashboard_id`) REFERENCES `report_dashboard` (`id`) ON DELETE CASCADE
) COMMENT='Table holding last set value of a parameter per user';

CREATE TABLE `card_bookmark` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL COMMENT 'ID of the User who bookmarked the Card',
  `card_id` int NOT NULL COMMENT 'ID of the Card bookmarked by the user',
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp of when the bookmark was created',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_card_bookmark_user_id_card_id` (`user_id`,`card_id`),
  CONSTRAINT `fk_card_bookmark_dashboard_id` FOREIGN KEY (`card_id`) REFERENCES `report_card` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_card_bookmark_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
) COMMENT='Table holding bookmarks on cards';

CREATE TABLE `dashboard_bookmark` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL COMMENT 'ID of the User who bookmarked the Dashboard',
  `dashboard_id` int NOT NULL COMMENT 'ID of the Dashboard bookmarked by the user',
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp of when the bookmark was created',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_dashboard_bookmark_user_id_dashboard_id` (`user_id`,`dashboard_id`),
  CONSTRAINT `fk_dashboard_bookmark_dashboard_id` FOREIGN KEY (`dashboard_id`) REFERENCES `report_dashboard` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_dashboard_bookmark_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
) COMMENT='Table holding bookmarks on dashboards';

CREATE TABLE `moderation_review` (
  `id` int NOT NULL AUTO_INCREMENT,
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'most recent modification time',
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'creation time',
  `status` varchar(255) DEFAULT NULL COMMENT 'verified, misleading, confusing, not_misleading, pending',
  `text` longtext,
  `moderated_item_id` int NOT NULL COMMENT 'either a document or question ID; the item that needs review',
  `moderated_item_type` varchar(255) NOT NULL COMMENT 'whether it''s a question or dashboard',
  `moderator_id` int NOT NULL COMMENT 'ID of the user who did the review',
  `most_recent` bit(1) NOT NULL COMMENT 'tag for most recent review',
  PRIMARY KEY (`id`)
) COMMENT='Reviews (from moderators) for a given question/dashboard (BUCM)';

CREATE TABLE `timeline` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Name of the timeline',
  `description` varchar(255) DEFAULT NULL COMMENT 'Optional description of the timeline',
  `icon` varchar(128) NOT NULL,
  `collection_id` int DEFAULT NULL COMMENT 'ID of the collection containing the timeline',
  `archived` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Whether or not the timeline has been archived',
  `creator_id` int NOT NULL COMMENT 'ID of the user who created the timeline',
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp of when the timeline was created',
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp of when the timeline was updated',
  `default` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Boolean value indicating if the timeline is the default one for the containing Collection',
  `entity_id` char(21) DEFAULT NULL COMMENT 'Random NanoID tag for unique identity.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_id` (`entity_id`),
  CONSTRAINT `fk_timeline_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collection` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_timeline_creator_id` FOREIGN KEY (`creator_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
) COMMENT='Timeline table to organize events';

CREATE TABLE `timeline_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `timeline_id` int NOT NULL COMMENT 'ID of the timeline containing the event',
  `name` varchar(255) NOT NULL COMMENT 'Name of the event',
  `description` varchar(255) DEFAULT NULL COMMENT 'Optional markdown description of the event',
  `timestamp` timestamp(6) NOT NULL COMMENT 'When the event happened',
  `time_matters` bit(1) NOT NULL COMMENT 'Indicate whether the time component matters or if the timestamp should just serve to indicate the day of the event without any time associated to it.',
  `timezone` varchar(255) NOT NULL COMMENT 'Timezone to display the underlying UTC timestamp in for the client',
  `icon` varchar(128) NOT NULL,
  `archived` bit(1) NOT NULL DEFAULT b'0' COMMENT 'Whether or not the event has been archived',
  `creator_id` int NOT NULL COMMENT 'ID of the user who created the event',
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp of when the event was created',
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) COMMENT 'The timestamp of when the event was modified',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_event_creator_id` FOREIGN KEY (`creator_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_events_timeline_id` FOREIGN KEY (`timeline_id`) REFERENCES `timeline` (`id`) ON DELETE CASCADE
) COMMENT='Events table';

CREATE TABLE `permissions_revision` (
  `id` int NOT NULL AUTO_INCREMENT,
  `before` longtext NOT NULL COMMENT 'Serialized JSON of the permissions before the changes.',
  `after` longtext NOT NULL COMMENT 'Serialized JSON of the permissions after the changes.',
  `user_id` int NOT NULL COMMENT 'The ID of the admin who made this set of changes.',
  `created_at` datetime NOT NULL COMMENT 'The timestamp of when these changes were made.',
  `remark` longtext COMMENT 'Optional remarks explaining why these changes were made.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_permissions_revision_user_id` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`) ON DELETE CASCADE
) COMMENT='Used to keep track of changes made to permissions.';

CREATE TABLE `setting` (
  `key` varchar(254) NOT NULL,
  `value` longtext,
  PRIMARY KEY (`key`)
);

CREATE TABLE `task_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `task` varchar(254) NOT NULL COMMENT 'Name of the task',
  `db_id` int DEFAULT NULL,
  `started_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `ended_at` timestamp(6) NULL DEFAULT NULL,
  `duration` int DEFAULT NULL,
  `task_details` longtext,
  `status` varchar(21) NOT NULL DEFAULT 'started' COMMENT 'the status of task history, could be started, failed, success, unknown',
  PRIMARY KEY (`id`)
) COMMENT='Timing and metadata info about background/quartz processes';

CREATE TABLE `secret` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'Part of composite primary key for secret; this is the uniquely generted ID column',
  `version` int NOT NULL DEFAULT 1 COMMENT 'Part of composite primary key for secret; this is the version column',
  `creator_id` int DEFAULT NULL COMMENT 'User ID who created this secret instance',
  `created_at` timestamp(6) NOT NULL COMMENT 'Timestamp for when this secret instance was created',
  `updated_at` timestamp(6) NULL DEFAULT NULL COMMENT 'Timestamp for when this secret record was updated. Only relevant when non-value field changes since a value change will result in a new version being inserted.',
  `name` varchar(254) NOT NULL COMMENT 'The name of this secret record.',
  `kind` varchar(254) NOT NULL COMMENT 'The kind of secret this record represents; the value is interpreted as a Clojure keyword with a hierarchy. Ex: ''bytes'' means generic binary data, ''jks-keystore'' extends ''bytes'' but has a specific meaning.',
  `source` varchar(254) DEFAULT NULL COMMENT 'The source of secret record, which controls how Metabase interprets the value (ex: ''file-path'' means the ''simple_value'' is not the real value, but a pointer to a file that contains the value).',
  `value` longblob NOT NULL COMMENT 'The base64 encoded binary value of this secret record. If encryption is enabled, this will be the output of the encryption procedure on the plaintext. If not, it will be the base64 encoded plaintext.',
  PRIMARY KEY (`id`,`version`),
  CONSTRAINT `fk_secret_ref_user_id` FOREIGN KEY (`creator_id`) REFERENCES `core_user` (`id`)
) COMMENT='Storage for managed secrets (passwords, binary data, etc.)';
