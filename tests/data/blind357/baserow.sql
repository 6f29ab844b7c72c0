-- Baserow 1.35.3 — self-hosted no-code database and application builder (Django): users and profiles, workspaces,
-- members and invitations, applications, databases, tables, fields, views and forms, API tokens and their
-- permissions, webhooks and webhook calls, row comments with mentions, row history, trash, undo/redo action log,
-- notifications, jobs, data syncs with credentials, integrations, licences, audit log, roles and teams.
-- Upstream: github.com/bram2w/baserow (GitHub mirror of gitlab.com/baserow/baserow), commit
-- 01c464ff0257f37bd7685c1563a8b8a0ab522897 (MIT outside premium/ and enterprise/; those two under Baserow's
-- premium and enterprise licences).
-- Source: the Django migrations of baserow.core, baserow.contrib.database, .integrations, .builder,
-- baserow_premium and baserow_enterprise, read (not run) in dependency order: CreateModel lists the columns,
-- AddField appends, RemoveField / RenameField / AlterField / RenameModel as Django's schema editor applies them.
-- auth_user and django_content_type are Django's own (contrib.auth / contenttypes final state). Django field types
-- written as Django's MySQL backend writes them (AutoField int AUTO_INCREMENT, TextField longtext, DateTimeField
-- datetime(6), JSONField json, UUIDField char(32), GenericIPAddressField char(39), ArrayField json). Primary, unique
-- and foreign keys kept between kept tables; plain indexes left out. 47 tables kept (see baserow.md).

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_uniq` (`app_label`, `model`)
);

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_uniq` (`username`)
);

CREATE TABLE `core_userprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `language` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  `to_be_deleted` tinyint(1) NOT NULL,
  `concurrency_limit` smallint(6) NULL,
  `email_notification_frequency` longtext NOT NULL,
  `last_notifications_email_sent_at` datetime(6) NULL,
  `timezone` varchar(255) NULL,
  `last_password_change` datetime(6) NULL,
  `email_verified` tinyint(1) NULL,
  `completed_onboarding` tinyint(1) NULL,
  `completed_guided_tours` json NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_userprofile_user_id_uniq` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_userfile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `original_name` varchar(255) NOT NULL,
  `original_extension` varchar(64) NOT NULL,
  `unique` varchar(32) NOT NULL,
  `size` bigint(20) unsigned NOT NULL,
  `mime_type` varchar(127) NOT NULL,
  `is_image` tinyint(1) NOT NULL,
  `image_width` int(10) unsigned NULL,
  `image_height` int(10) unsigned NULL,
  `uploaded_at` datetime(6) NOT NULL,
  `sha256_hash` varchar(64) NOT NULL,
  `uploaded_by_id` int(11) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`uploaded_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_new_signups` tinyint(1) NOT NULL,
  `instance_id` varchar(50) NOT NULL,
  `allow_reset_password` tinyint(1) NOT NULL,
  `account_deletion_grace_delay` smallint(5) unsigned NOT NULL,
  `show_admin_signup_page` tinyint(1) NOT NULL,
  `track_workspace_usage` tinyint(1) NOT NULL,
  `allow_global_workspace_creation` tinyint(1) NOT NULL,
  `allow_signups_via_workspace_invitations` tinyint(1) NOT NULL,
  `co_branding_logo_id` int(11) NULL,
  `show_baserow_help_request` tinyint(1) NOT NULL,
  `email_verification` longtext NULL,
  `verify_import_signature` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`co_branding_logo_id`) REFERENCES `core_userfile` (`id`)
);

CREATE TABLE `core_workspace` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(165) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `trashed` tinyint(1) NOT NULL,
  `storage_usage` int(11) NULL,
  `storage_usage_updated_at` datetime(6) NULL,
  `seats_taken` int(11) NULL,
  `seats_taken_updated_at` datetime(6) NULL,
  `now` datetime(6) NULL,
  `generative_ai_models_settings` json NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `core_workspaceuser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order` int(10) unsigned NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `permissions` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_workspaceuser_user_id_workspace_id_uniq` (`user_id`, `workspace_id`),
  FOREIGN KEY (`workspace_id`) REFERENCES `core_workspace` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_workspaceinvitation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `permissions` varchar(32) NOT NULL,
  `message` longtext NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `invited_by_id` int(11) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_workspaceinvitation_workspace_id_email_uniq` (`workspace_id`, `email`),
  FOREIGN KEY (`workspace_id`) REFERENCES `core_workspace` (`id`),
  FOREIGN KEY (`invited_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_application` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(160) NOT NULL,
  `order` int(10) unsigned NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `workspace_id` int(11) NULL,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `trashed` tinyint(1) NOT NULL,
  `installed_from_template_id` int(11) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`workspace_id`) REFERENCES `core_workspace` (`id`)
);

CREATE TABLE `core_integration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `trashed` tinyint(1) NOT NULL,
  `name` varchar(255) NOT NULL,
  `order` decimal(40,20) NOT NULL,
  `application_id` int(11) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_id`) REFERENCES `core_application` (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `core_trashentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `trash_item_type` longtext NOT NULL,
  `parent_trash_item_id` int(10) unsigned NULL,
  `trash_item_id` int(10) unsigned NOT NULL,
  `should_be_permanently_deleted` tinyint(1) NOT NULL,
  `trashed_at` datetime(6) NOT NULL,
  `name` longtext NOT NULL,
  `parent_name` longtext NULL,
  `extra_description` longtext NULL,
  `application_id` int(11) NULL,
  `workspace_id` int(11) NOT NULL,
  `user_who_trashed_id` int(11) NULL,
  `names` json NULL,
  `related_items` json NULL,
  `trash_item_owner_id` int(11) NULL,
  `additional_restoration_data` json NULL,
  `trash_operation_type` varchar(125) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_with_parent_trash_item_id` (`trash_item_type`, `parent_trash_item_id`, `trash_item_id`),
  FOREIGN KEY (`application_id`) REFERENCES `core_application` (`id`),
  FOREIGN KEY (`workspace_id`) REFERENCES `core_workspace` (`id`),
  FOREIGN KEY (`user_who_trashed_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`trash_item_owner_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_action` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session` longtext NULL,
  `created_on` datetime(6) NOT NULL,
  `type` longtext NOT NULL,
  `params` json NOT NULL,
  `scope` longtext NOT NULL,
  `undone_at` datetime(6) NULL,
  `error` longtext NULL,
  `user_id` int(11) NULL,
  `updated_on` datetime(6) NOT NULL,
  `action_group` char(32) NULL,
  `workspace_id` int(11) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`workspace_id`) REFERENCES `core_workspace` (`id`)
);

CREATE TABLE `core_userlogentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action` varchar(20) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `actor_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_blacklistedtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `hashed_token` varchar(64) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_blacklistedtoken_hashed_token_uniq` (`hashed_token`)
);

CREATE TABLE `core_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `type` varchar(64) NOT NULL,
  `broadcast` tinyint(1) NOT NULL,
  `data` json NOT NULL,
  `sender_id` int(11) NULL,
  `workspace_id` int(11) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`sender_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`workspace_id`) REFERENCES `core_workspace` (`id`)
);

CREATE TABLE `core_notificationrecipient` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `read` tinyint(1) NOT NULL,
  `cleared` tinyint(1) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `broadcast` tinyint(1) NOT NULL,
  `workspace_id` bigint(20) NULL,
  `notification_id` int(11) NOT NULL,
  `recipient_id` int(11) NULL,
  `queued` tinyint(1) NOT NULL,
  `email_scheduled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_notificationrecipient_notification_id_recipient_id_uniq` (`notification_id`, `recipient_id`),
  FOREIGN KEY (`notification_id`) REFERENCES `core_notification` (`id`),
  FOREIGN KEY (`recipient_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_job` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `progress_percentage` int(11) NOT NULL,
  `state` varchar(128) NOT NULL,
  `error` longtext NOT NULL,
  `human_readable_error` longtext NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_mcpendpoint` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `key` varchar(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  `workspace_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_mcpendpoint_key_uniq` (`key`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`workspace_id`) REFERENCES `core_workspace` (`id`)
);

CREATE TABLE `core_authprovidermodel` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `domain` varchar(255) NULL,
  `enabled` tinyint(1) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `database_database` (
  `application_ptr_id` int(11) NOT NULL,
  PRIMARY KEY (`application_ptr_id`),
  FOREIGN KEY (`application_ptr_id`) REFERENCES `core_application` (`id`)
);

CREATE TABLE `database_table` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `database_id` int(11) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `trashed` tinyint(1) NOT NULL,
  `row_count` int(10) unsigned NULL,
  `row_count_updated_at` datetime(6) NULL,
  `version` longtext NOT NULL,
  `needs_background_update_column_added` tinyint(1) NOT NULL,
  `last_modified_by_column_added` tinyint(1) NULL,
  `created_by_column_added` tinyint(1) NULL,
  `field_rules_validity_column_added` tinyint(1) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`database_id`) REFERENCES `database_database` (`application_ptr_id`)
);

CREATE TABLE `database_field` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `table_id` int(11) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `trashed` tinyint(1) NOT NULL,
  `tsvector_column_created` tinyint(1) NOT NULL,
  `description` longtext NULL,
  `immutable_properties` tinyint(1) NOT NULL,
  `immutable_type` tinyint(1) NOT NULL,
  `read_only` tinyint(1) NOT NULL,
  `db_index` tinyint(1) NOT NULL,
  `search_data_initialized_at` datetime(6) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`table_id`) REFERENCES `database_table` (`id`)
);

CREATE TABLE `database_view` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `table_id` int(11) NOT NULL,
  `filter_type` varchar(3) NOT NULL,
  `filters_disabled` tinyint(1) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `public_view_password` varchar(128) NOT NULL,
  `trashed` tinyint(1) NOT NULL,
  `show_logo` tinyint(1) NOT NULL,
  `created_by_id` int(11) NULL,
  `ownership_type` varchar(255) NOT NULL,
  `db_index_name` varchar(30) NULL,
  `allow_public_export` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_view_slug_uniq` (`slug`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`table_id`) REFERENCES `database_table` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `database_formview` (
  `view_ptr_id` int(11) NOT NULL,
  `title` longtext NOT NULL,
  `description` longtext NOT NULL,
  `submit_action` varchar(32) NOT NULL,
  `submit_action_message` longtext NOT NULL,
  `submit_action_redirect_url` varchar(2000) NOT NULL,
  `cover_image_id` int(11) NULL,
  `logo_image_id` int(11) NULL,
  `submit_text` longtext NOT NULL,
  `mode` longtext NOT NULL,
  PRIMARY KEY (`view_ptr_id`),
  FOREIGN KEY (`view_ptr_id`) REFERENCES `database_view` (`id`),
  FOREIGN KEY (`cover_image_id`) REFERENCES `core_userfile` (`id`),
  FOREIGN KEY (`logo_image_id`) REFERENCES `core_userfile` (`id`)
);

CREATE TABLE `database_token` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `key` varchar(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `handled_calls` int(10) unsigned NOT NULL,
  `last_call` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_token_key_uniq` (`key`),
  FOREIGN KEY (`workspace_id`) REFERENCES `core_workspace` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `database_tokenpermission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(6) NOT NULL,
  `database_id` int(11) NULL,
  `table_id` int(11) NULL,
  `token_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`database_id`) REFERENCES `database_database` (`application_ptr_id`),
  FOREIGN KEY (`table_id`) REFERENCES `database_table` (`id`),
  FOREIGN KEY (`token_id`) REFERENCES `database_token` (`id`)
);

CREATE TABLE `database_tablewebhook` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `use_user_field_names` tinyint(1) NOT NULL,
  `url` longtext NOT NULL,
  `request_method` varchar(10) NOT NULL,
  `name` varchar(255) NOT NULL,
  `include_all_events` tinyint(1) NOT NULL,
  `failed_triggers` int(11) NOT NULL,
  `table_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`table_id`) REFERENCES `database_table` (`id`)
);

CREATE TABLE `database_tablewebhookcall` (
  `event_id` char(32) NOT NULL,
  `event_type` varchar(50) NOT NULL,
  `called_time` datetime(6) NULL,
  `called_url` longtext NOT NULL,
  `request` longtext NULL,
  `response` longtext NULL,
  `response_status` int(11) NULL,
  `error` longtext NULL,
  `webhook_id` int(11) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `batch_id` int(10) unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_tablewebhookcall_event_id_batch_id_webhook_id_eve_uniq` (`event_id`, `batch_id`, `webhook_id`, `event_type`),
  FOREIGN KEY (`webhook_id`) REFERENCES `database_tablewebhook` (`id`)
);

CREATE TABLE `database_rowcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `row_id` int(10) unsigned NOT NULL,
  `comment` longtext NULL,
  `table_id` int(11) NOT NULL,
  `user_id` int(11) NULL,
  `trashed` tinyint(1) NOT NULL,
  `message` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`table_id`) REFERENCES `database_table` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `database_rowcomment_mentions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `rowcomment_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_rowcomment_mentions_rowcomment_id_user_id_uniq` (`rowcomment_id`, `user_id`),
  FOREIGN KEY (`rowcomment_id`) REFERENCES `database_rowcomment` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `database_rowhistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NULL,
  `user_name` varchar(150) NOT NULL,
  `row_id` int(10) unsigned NOT NULL,
  `field_names` json NOT NULL,
  `fields_metadata` json NOT NULL,
  `action_uuid` varchar(36) NOT NULL,
  `action_command_type` varchar(4) NOT NULL,
  `action_type` longtext NOT NULL,
  `action_timestamp` datetime(6) NOT NULL,
  `before_values` json NOT NULL,
  `after_values` json NOT NULL,
  `table_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`table_id`) REFERENCES `database_table` (`id`)
);

CREATE TABLE `database_richtextfieldmention` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `row_id` int(10) unsigned NOT NULL,
  `marked_for_deletion_at` datetime(6) NULL,
  `field_id` int(11) NOT NULL,
  `table_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_richtextfieldmention_table_id_row_id_field_id_use_uniq` (`table_id`, `row_id`, `field_id`, `user_id`),
  FOREIGN KEY (`field_id`) REFERENCES `database_field` (`id`),
  FOREIGN KEY (`table_id`) REFERENCES `database_table` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `database_exportjob` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `exporter_type` longtext NOT NULL,
  `state` longtext NOT NULL,
  `exported_file_name` longtext NULL,
  `error` longtext NULL,
  `created_at` datetime(6) NOT NULL,
  `progress_percentage` double NOT NULL,
  `export_options` json NOT NULL,
  `table_id` int(11) NULL,
  `user_id` int(11) NULL,
  `view_id` int(11) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`table_id`) REFERENCES `database_table` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`view_id`) REFERENCES `database_view` (`id`)
);

CREATE TABLE `database_datasync` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `last_sync` datetime(6) NULL,
  `last_error` longtext NULL,
  `content_type_id` int(11) NOT NULL,
  `table_id` int(11) NOT NULL,
  `auto_add_new_properties` tinyint(1) NOT NULL,
  `two_way_sync` tinyint(1) NOT NULL,
  `two_way_sync_consecutive_failures` smallint(5) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_datasync_table_id_uniq` (`table_id`),
  FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`table_id`) REFERENCES `database_table` (`id`)
);

CREATE TABLE `database_postgresqldatasync` (
  `datasync_ptr_id` int(11) NOT NULL,
  `postgresql_host` varchar(255) NOT NULL,
  `postgresql_username` varchar(255) NOT NULL,
  `postgresql_password` varchar(255) NOT NULL,
  `postgresql_port` smallint(5) unsigned NOT NULL,
  `postgresql_database` varchar(255) NOT NULL,
  `postgresql_schema` varchar(255) NOT NULL,
  `postgresql_table` varchar(255) NOT NULL,
  `postgresql_sslmode` varchar(12) NOT NULL,
  PRIMARY KEY (`datasync_ptr_id`),
  FOREIGN KEY (`datasync_ptr_id`) REFERENCES `database_datasync` (`id`)
);

CREATE TABLE `integrations_localbaserowintegration` (
  `integration_ptr_id` int(11) NOT NULL,
  `authorized_user_id` int(11) NULL,
  PRIMARY KEY (`integration_ptr_id`),
  FOREIGN KEY (`integration_ptr_id`) REFERENCES `core_integration` (`id`),
  FOREIGN KEY (`authorized_user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `integrations_smtpintegration` (
  `integration_ptr_id` int(11) NOT NULL,
  `host` varchar(255) NOT NULL,
  `port` int(10) unsigned NOT NULL,
  `use_tls` tinyint(1) NOT NULL,
  `username` varchar(255) NULL,
  `password` varchar(255) NULL,
  PRIMARY KEY (`integration_ptr_id`),
  FOREIGN KEY (`integration_ptr_id`) REFERENCES `core_integration` (`id`)
);

CREATE TABLE `baserow_premium_license` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `license` longtext NOT NULL,
  `last_check` datetime(6) NULL,
  `cached_untrusted_instance_wide` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `baserow_premium_licenseuser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `license_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `baserow_premium_licenseuser_license_id_user_id_uniq` (`license_id`, `user_id`),
  FOREIGN KEY (`license_id`) REFERENCES `baserow_premium_license` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `baserow_premium_rowcommentsnotificationmode` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `row_id` int(10) unsigned NOT NULL,
  `mode` varchar(32) NOT NULL,
  `table_id` int(11) NOT NULL,
  `user_id` int(11) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `baserow_premium_rowcommentsnotificat_table_id_row_id_user__uniq` (`table_id`, `row_id`, `user_id`),
  FOREIGN KEY (`table_id`) REFERENCES `database_table` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `baserow_enterprise_auditlogentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `user_id` int(10) unsigned NULL,
  `user_email` varchar(254) NULL,
  `workspace_id` int(10) unsigned NULL,
  `workspace_name` varchar(165) NULL,
  `action_type` longtext NOT NULL,
  `action_timestamp` datetime(6) NOT NULL,
  `action_params` json NULL,
  `action_command_type` varchar(5) NOT NULL,
  `original_action_short_descr` longtext NULL,
  `original_action_long_descr` longtext NULL,
  `original_action_context_descr` longtext NULL,
  `ip_address` char(39) NULL,
  `action_uuid` varchar(36) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `baserow_enterprise_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `default` tinyint(1) NOT NULL,
  `workspace_id` int(11) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `baserow_enterprise_role_uid_uniq` (`uid`)
);

CREATE TABLE `baserow_enterprise_roleassignment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `subject_id` int(11) NOT NULL,
  `scope_id` int(11) NOT NULL,
  `workspace_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  `scope_type_id` int(11) NOT NULL,
  `subject_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subject_and_scope_uniqueness` (`scope_id`, `scope_type_id`, `subject_id`, `subject_type_id`),
  FOREIGN KEY (`role_id`) REFERENCES `baserow_enterprise_role` (`id`),
  FOREIGN KEY (`scope_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`subject_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `baserow_enterprise_team` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `trashed` tinyint(1) NOT NULL,
  `name` varchar(160) NOT NULL,
  `workspace_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `baserow_enterprise_team_name_workspace_id_uniq` (`name`, `workspace_id`),
  FOREIGN KEY (`workspace_id`) REFERENCES `core_workspace` (`id`)
);

CREATE TABLE `baserow_enterprise_teamsubject` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `subject_id` int(11) NOT NULL,
  `subject_type_id` int(11) NOT NULL,
  `team_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`subject_type_id`) REFERENCES `django_content_type` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `baserow_enterprise_team` (`id`)
);

CREATE TABLE `baserow_enterprise_openidconnectauthprovidermodel` (
  `authprovidermodel_ptr_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `base_url` varchar(200) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `authorization_url` varchar(200) NOT NULL,
  `access_token_url` varchar(200) NOT NULL,
  `user_info_url` varchar(200) NOT NULL,
  `email_attr_key` varchar(32) NOT NULL,
  `first_name_attr_key` varchar(32) NOT NULL,
  `issuer` varchar(200) NOT NULL,
  `jwks_url` varchar(200) NOT NULL,
  `last_name_attr_key` varchar(32) NOT NULL,
  `use_id_token` tinyint(1) NOT NULL,
  PRIMARY KEY (`authprovidermodel_ptr_id`),
  FOREIGN KEY (`authprovidermodel_ptr_id`) REFERENCES `core_authprovidermodel` (`id`)
);

CREATE TABLE `baserow_enterprise_assistantchat` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_on` datetime(6) NOT NULL,
  `updated_on` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `title` varchar(250) NOT NULL,
  `status` varchar(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  `workspace_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `baserow_enterprise_assistantchat_uuid_uniq` (`uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`workspace_id`) REFERENCES `core_workspace` (`id`)
);
