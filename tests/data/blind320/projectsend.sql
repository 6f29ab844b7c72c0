-- ProjectSend 2.x (self-hosted client file-sharing portal; Laravel rewrite released as 2.0.0 in August 2026)
-- Upstream: github.com/projectsend/projectsend `database/migrations/*.php` (69 Laravel migrations),
-- commit 94e4aa36e4e6c1fd54cae0c27b683537f61bee32 (GPL-2.0-or-later).
-- The migrations were replayed with a small stand-in for Laravel's schema builder (PHP 8.2) that applies them in
-- order (`->after()` positions, `->change()`, column additions) and prints the final tables the way Laravel's MySQL
-- grammar writes them (types, `<table>_<columns>_<unique|index>` and `<table>_<column>_foreign` names); foreign keys
-- are written inside CREATE TABLE, tables ordered so that referenced tables come first. Data-only migrations
-- (permission rows, slug back-fills) change no schema. All 42 tables kept.

create table `roles` (
  `id` bigint unsigned not null auto_increment primary key,
  `name` varchar(255) not null,
  `is_system` tinyint(1) not null default '0',
  `is_administrator` tinyint(1) not null default '0',
  `client_scoped` tinyint(1) not null default '0',
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `roles_name_unique` (`name`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `users` (
  `id` bigint unsigned not null auto_increment primary key,
  `type` varchar(255) not null default 'staff',
  `auth_source` varchar(255) not null default 'local',
  `ldap_dn` varchar(255) null,
  `ldap_synced_at` timestamp null,
  `role_id` bigint unsigned null,
  `active` tinyint(1) not null default '1',
  `account_requested` tinyint(1) not null default '0',
  `name` varchar(255) not null,
  `email` varchar(255) not null,
  `locale` varchar(255) null,
  `timezone` varchar(255) null,
  `dashboard_columns` tinyint unsigned null,
  `storage_quota_mb` int unsigned not null default '0',
  `email_verified_at` timestamp null,
  `password` varchar(255) not null,
  `two_factor_secret` text null,
  `two_factor_recovery_codes` text null,
  `two_factor_confirmed_at` timestamp null,
  `remember_token` varchar(100) null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  `deleted_at` timestamp null,
  `erase_after` timestamp null,
  unique key `users_email_unique` (`email`),
  key `users_type_index` (`type`),
  key `users_updated_at_id_index` (`updated_at`, `id`),
  constraint `users_role_id_foreign` foreign key (`role_id`) references `roles` (`id`) on delete restrict
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `password_reset_tokens` (
  `email` varchar(255) not null,
  `token` varchar(255) not null,
  `created_at` timestamp null,
  primary key (`email`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `sessions` (
  `id` varchar(255) not null,
  `user_id` bigint unsigned null,
  `ip_address` varchar(45) null,
  `user_agent` text null,
  `payload` longtext not null,
  `last_activity` int not null,
  primary key (`id`),
  key `sessions_user_id_index` (`user_id`),
  key `sessions_last_activity_index` (`last_activity`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `cache` (
  `key` varchar(255) not null,
  `value` mediumtext not null,
  `expiration` int not null,
  primary key (`key`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `cache_locks` (
  `key` varchar(255) not null,
  `owner` varchar(255) not null,
  `expiration` int not null,
  primary key (`key`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `jobs` (
  `id` bigint unsigned not null auto_increment primary key,
  `queue` varchar(255) not null,
  `payload` longtext not null,
  `attempts` tinyint unsigned not null,
  `reserved_at` int unsigned null,
  `available_at` int unsigned not null,
  `created_at` int unsigned not null,
  key `jobs_queue_index` (`queue`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `job_batches` (
  `id` varchar(255) not null,
  `name` varchar(255) not null,
  `total_jobs` int not null,
  `pending_jobs` int not null,
  `failed_jobs` int not null,
  `failed_job_ids` longtext not null,
  `options` mediumtext null,
  `cancelled_at` int null,
  `created_at` int not null,
  `finished_at` int null,
  primary key (`id`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `failed_jobs` (
  `id` bigint unsigned not null auto_increment primary key,
  `uuid` varchar(255) not null,
  `connection` text not null,
  `queue` text not null,
  `payload` longtext not null,
  `exception` longtext not null,
  `failed_at` timestamp not null default CURRENT_TIMESTAMP,
  unique key `failed_jobs_uuid_unique` (`uuid`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `settings` (
  `id` bigint unsigned not null auto_increment primary key,
  `key` varchar(255) not null,
  `value` json null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `settings_key_unique` (`key`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `activity_log` (
  `id` bigint unsigned not null auto_increment primary key,
  `actor_id` bigint unsigned null,
  `actor_name` varchar(255) null,
  `actor_type` varchar(255) null,
  `origin` varchar(16) not null default 'ui',
  `api_token_id` bigint unsigned null,
  `api_token_name` varchar(255) null,
  `ip_address` varchar(45) null,
  `action` varchar(255) not null,
  `subject_type` varchar(255) null,
  `subject_id` bigint unsigned null,
  `subject_name` varchar(255) null,
  `context` json null,
  `created_at` timestamp not null,
  key `activity_log_action_index` (`action`),
  key `activity_log_subject_type_subject_id_index` (`subject_type`, `subject_id`),
  key `activity_log_created_at_index` (`created_at`),
  key `activity_log_actor_type_index` (`actor_type`),
  key `activity_log_origin_index` (`origin`),
  constraint `activity_log_actor_id_foreign` foreign key (`actor_id`) references `users` (`id`) on delete set null
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `role_permission` (
  `id` bigint unsigned not null auto_increment primary key,
  `role_id` bigint unsigned not null,
  `permission` varchar(255) not null,
  unique key `role_permission_role_id_permission_unique` (`role_id`, `permission`),
  constraint `role_permission_role_id_foreign` foreign key (`role_id`) references `roles` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `groups` (
  `id` bigint unsigned not null auto_increment primary key,
  `name` varchar(255) not null,
  `slug` varchar(255) not null,
  `description` text null,
  `public` tinyint(1) not null default '0',
  `created_at` timestamp null,
  `updated_at` timestamp null,
  `deleted_at` timestamp null,
  unique key `groups_slug_unique` (`slug`),
  key `groups_updated_at_id_index` (`updated_at`, `id`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `group_members` (
  `id` bigint unsigned not null auto_increment primary key,
  `group_id` bigint unsigned not null,
  `user_id` bigint unsigned not null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `group_members_group_id_user_id_unique` (`group_id`, `user_id`),
  constraint `group_members_group_id_foreign` foreign key (`group_id`) references `groups` (`id`) on delete cascade,
  constraint `group_members_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `membership_requests` (
  `id` bigint unsigned not null auto_increment primary key,
  `group_id` bigint unsigned not null,
  `user_id` bigint unsigned not null,
  `status` varchar(255) not null default 'pending',
  `denied_at` timestamp null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `membership_requests_group_id_user_id_unique` (`group_id`, `user_id`),
  key `membership_requests_status_index` (`status`),
  constraint `membership_requests_group_id_foreign` foreign key (`group_id`) references `groups` (`id`) on delete cascade,
  constraint `membership_requests_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `folders` (
  `id` bigint unsigned not null auto_increment primary key,
  `name` varchar(255) not null,
  `parent_id` bigint unsigned null,
  `created_by` bigint unsigned null,
  `public` tinyint(1) not null default '0',
  `slug` varchar(255) not null,
  `allow_client_uploads` tinyint(1) not null default '0',
  `path` varchar(255) not null default '/',
  `created_at` timestamp null,
  `updated_at` timestamp null,
  `deleted_at` timestamp null,
  key `folders_path_index` (`path`),
  unique key `folders_slug_unique` (`slug`),
  constraint `folders_parent_id_foreign` foreign key (`parent_id`) references `folders` (`id`) on delete set null,
  constraint `folders_created_by_foreign` foreign key (`created_by`) references `users` (`id`) on delete set null
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `files` (
  `id` bigint unsigned not null auto_increment primary key,
  `uploaded_by` bigint unsigned null,
  `folder_id` bigint unsigned null,
  `previous_file_id` bigint unsigned null,
  `version_root_id` bigint unsigned null,
  `name` varchar(255) not null,
  `description` text null,
  `public` tinyint(1) not null default '0',
  `commentable` tinyint(1) not null default '0',
  `expires_at` timestamp null,
  `download_limit` int unsigned null,
  `download_limit_scope` varchar(16) not null default 'total',
  `slug` varchar(255) not null,
  `original_name` varchar(255) not null,
  `path` varchar(255) not null,
  `disk` varchar(255) not null default 'files',
  `mime_type` varchar(255) not null,
  `size` bigint unsigned not null,
  `checksum` varchar(64) not null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  `deleted_at` timestamp null,
  unique key `files_slug_unique` (`slug`),
  key `files_updated_at_id_index` (`updated_at`, `id`),
  unique key `files_previous_file_id_unique` (`previous_file_id`),
  key `files_version_root_id_index` (`version_root_id`),
  key `files_download_limit_index` (`download_limit`),
  constraint `files_uploaded_by_foreign` foreign key (`uploaded_by`) references `users` (`id`) on delete set null,
  constraint `files_folder_id_foreign` foreign key (`folder_id`) references `folders` (`id`) on delete set null,
  constraint `files_previous_file_id_foreign` foreign key (`previous_file_id`) references `files` (`id`) on delete set null,
  constraint `files_version_root_id_foreign` foreign key (`version_root_id`) references `files` (`id`) on delete set null
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `file_assignments` (
  `id` bigint unsigned not null auto_increment primary key,
  `file_id` bigint unsigned not null,
  `assignable_type` varchar(255) not null,
  `assignable_id` bigint unsigned not null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  key `file_assignments_assignable_type_assignable_id_index` (`assignable_type`, `assignable_id`),
  unique key `file_assignments_file_id_assignable_type_assignable_id_unique` (`file_id`, `assignable_type`, `assignable_id`),
  constraint `file_assignments_file_id_foreign` foreign key (`file_id`) references `files` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `upload_sessions` (
  `id` char(36) not null,
  `user_id` bigint unsigned not null,
  `folder_id` bigint unsigned null,
  `previous_file_id` bigint unsigned null,
  `original_name` varchar(255) not null,
  `size` bigint unsigned not null,
  `mime_type` varchar(255) null,
  `description` text null,
  `status` varchar(255) not null default 'open',
  `created_at` timestamp null,
  `updated_at` timestamp null,
  primary key (`id`),
  constraint `upload_sessions_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade,
  constraint `upload_sessions_folder_id_foreign` foreign key (`folder_id`) references `folders` (`id`) on delete set null,
  constraint `upload_sessions_previous_file_id_foreign` foreign key (`previous_file_id`) references `files` (`id`) on delete set null
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `folder_assignments` (
  `id` bigint unsigned not null auto_increment primary key,
  `folder_id` bigint unsigned not null,
  `assignable_type` varchar(255) not null,
  `assignable_id` bigint unsigned not null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  key `folder_assignments_assignable_type_assignable_id_index` (`assignable_type`, `assignable_id`),
  unique key `folder_assignment_unique` (`folder_id`, `assignable_type`, `assignable_id`),
  constraint `folder_assignments_folder_id_foreign` foreign key (`folder_id`) references `folders` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `staff_client_assignments` (
  `id` bigint unsigned not null auto_increment primary key,
  `staff_id` bigint unsigned not null,
  `client_id` bigint unsigned not null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `staff_client_unique` (`staff_id`, `client_id`),
  constraint `staff_client_assignments_staff_id_foreign` foreign key (`staff_id`) references `users` (`id`) on delete cascade,
  constraint `staff_client_assignments_client_id_foreign` foreign key (`client_id`) references `users` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `categories` (
  `id` bigint unsigned not null auto_increment primary key,
  `name` varchar(255) not null,
  `color` varchar(255) not null default 'gray',
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `categories_name_unique` (`name`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `category_file` (
  `id` bigint unsigned not null auto_increment primary key,
  `category_id` bigint unsigned not null,
  `file_id` bigint unsigned not null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `category_file_category_id_file_id_unique` (`category_id`, `file_id`),
  constraint `category_file_category_id_foreign` foreign key (`category_id`) references `categories` (`id`) on delete cascade,
  constraint `category_file_file_id_foreign` foreign key (`file_id`) references `files` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `share_links` (
  `id` bigint unsigned not null auto_increment primary key,
  `shareable_type` varchar(255) not null,
  `shareable_id` bigint unsigned not null,
  `token` varchar(64) not null,
  `created_by` bigint unsigned null,
  `expires_at` timestamp null,
  `max_downloads` int unsigned null,
  `downloads_count` int unsigned not null default '0',
  `created_at` timestamp null,
  `updated_at` timestamp null,
  key `share_links_shareable_type_shareable_id_index` (`shareable_type`, `shareable_id`),
  unique key `share_links_token_unique` (`token`),
  constraint `share_links_created_by_foreign` foreign key (`created_by`) references `users` (`id`) on delete set null
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `mail_provider_settings` (
  `id` bigint unsigned not null auto_increment primary key,
  `provider` varchar(255) not null default 'custom',
  `host` varchar(255) null,
  `port` smallint unsigned null,
  `username` varchar(255) null,
  `password` text null,
  `encryption` varchar(255) not null default 'tls',
  `from_address` varchar(255) null,
  `from_name` varchar(255) null,
  `created_at` timestamp null,
  `updated_at` timestamp null
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `email_templates` (
  `id` bigint unsigned not null auto_increment primary key,
  `slot` varchar(255) not null,
  `subject` varchar(255) not null,
  `body` text not null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `email_templates_slot_unique` (`slot`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `zip_downloads` (
  `id` bigint unsigned not null auto_increment primary key,
  `requested_by` bigint unsigned not null,
  `status` varchar(255) not null default 'pending',
  `path` varchar(255) null,
  `file_ids` json null,
  `folder_ids` json null,
  `file_count` int unsigned not null default '0',
  `total_size` bigint unsigned null,
  `delivered_at` timestamp null,
  `skipped_files` json null,
  `error` text null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  constraint `zip_downloads_requested_by_foreign` foreign key (`requested_by`) references `users` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `client_custom_fields` (
  `id` bigint unsigned not null auto_increment primary key,
  `name` varchar(255) not null,
  `label` varchar(255) not null,
  `type` varchar(255) not null,
  `options` json null,
  `required` tinyint(1) not null default '0',
  `client_editability` varchar(255) not null default 'hidden',
  `client_contexts` json null,
  `sort_order` int unsigned not null default '0',
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `client_custom_fields_name_unique` (`name`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `client_custom_field_values` (
  `id` bigint unsigned not null auto_increment primary key,
  `client_custom_field_id` bigint unsigned not null,
  `user_id` bigint unsigned not null,
  `value` text null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `client_custom_field_values_client_custom_field_id_user_id_unique` (`client_custom_field_id`, `user_id`),
  constraint `client_custom_field_values_client_custom_field_id_foreign` foreign key (`client_custom_field_id`) references `client_custom_fields` (`id`) on delete cascade,
  constraint `client_custom_field_values_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `notifications` (
  `id` bigint unsigned not null auto_increment primary key,
  `user_id` bigint unsigned not null,
  `type` varchar(255) not null,
  `subject_type` varchar(255) null,
  `subject_id` bigint unsigned null,
  `data` json null,
  `read_at` timestamp null,
  `created_at` timestamp not null,
  key `notifications_type_index` (`type`),
  key `notifications_subject_type_subject_id_index` (`subject_type`, `subject_id`),
  key `notifications_user_id_read_at_index` (`user_id`, `read_at`),
  key `notifications_user_id_created_at_index` (`user_id`, `created_at`),
  constraint `notifications_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `external_storage_settings` (
  `id` bigint unsigned not null auto_increment primary key,
  `active` tinyint(1) not null default '0',
  `key` varchar(255) null,
  `secret` text null,
  `bucket` varchar(255) null,
  `region` varchar(255) null,
  `endpoint` varchar(255) null,
  `use_path_style` tinyint(1) not null default '0',
  `root` varchar(255) null,
  `created_at` timestamp null,
  `updated_at` timestamp null
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `notification_preferences` (
  `id` bigint unsigned not null auto_increment primary key,
  `user_id` bigint unsigned not null,
  `type` varchar(255) not null,
  `email_enabled` tinyint(1) not null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `notification_preferences_user_id_type_unique` (`user_id`, `type`),
  constraint `notification_preferences_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `dashboard_widget_preferences` (
  `id` bigint unsigned not null auto_increment primary key,
  `user_id` bigint unsigned not null,
  `widget_key` varchar(255) not null,
  `enabled` tinyint(1) not null default '1',
  `column_index` tinyint unsigned not null default '0',
  `position` int unsigned not null default '0',
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `dashboard_widget_preferences_user_id_widget_key_unique` (`user_id`, `widget_key`),
  constraint `dashboard_widget_preferences_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `scheduled_task_runs` (
  `id` bigint unsigned not null auto_increment primary key,
  `command` varchar(255) not null,
  `status` varchar(255) not null,
  `message` text null,
  `duration_ms` int unsigned null,
  `ran_at` timestamp not null,
  unique key `scheduled_task_runs_command_unique` (`command`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `personal_access_tokens` (
  `id` bigint unsigned not null auto_increment primary key,
  `tokenable_type` varchar(255) not null,
  `tokenable_id` bigint unsigned not null,
  `name` text not null,
  `token` varchar(64) not null,
  `abilities` text null,
  `last_used_at` timestamp null,
  `expires_at` timestamp null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  key `personal_access_tokens_tokenable_type_tokenable_id_index` (`tokenable_type`, `tokenable_id`),
  unique key `personal_access_tokens_token_unique` (`token`),
  key `personal_access_tokens_expires_at_index` (`expires_at`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `api_request_logs` (
  `id` bigint unsigned not null auto_increment primary key,
  `api_token_id` bigint unsigned null,
  `api_token_name` varchar(255) null,
  `user_id` bigint unsigned null,
  `method` varchar(10) not null,
  `route` varchar(255) not null,
  `status` smallint unsigned not null,
  `duration_ms` int unsigned not null,
  `created_at` timestamp not null,
  key `api_request_logs_created_at_index` (`created_at`),
  key `api_request_logs_api_token_id_created_at_index` (`api_token_id`, `created_at`),
  key `api_request_logs_route_created_at_index` (`route`, `created_at`),
  constraint `api_request_logs_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete set null
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `file_comments` (
  `id` bigint unsigned not null auto_increment primary key,
  `file_id` bigint unsigned not null,
  `author_id` bigint unsigned null,
  `client_context_id` bigint unsigned null,
  `guest_name` varchar(255) null,
  `ip_address` varchar(45) null,
  `visibility` varchar(20) not null,
  `body` text not null,
  `approved_at` timestamp null,
  `edited_at` timestamp null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  `deleted_at` timestamp null,
  key `file_comments_file_id_visibility_index` (`file_id`, `visibility`),
  key `file_comments_file_id_client_context_id_index` (`file_id`, `client_context_id`),
  key `file_comments_approved_at_index` (`approved_at`),
  constraint `file_comments_file_id_foreign` foreign key (`file_id`) references `files` (`id`) on delete cascade,
  constraint `file_comments_author_id_foreign` foreign key (`author_id`) references `users` (`id`) on delete cascade,
  constraint `file_comments_client_context_id_foreign` foreign key (`client_context_id`) references `users` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `pending_notifications` (
  `id` bigint unsigned not null auto_increment primary key,
  `user_id` bigint unsigned not null,
  `type` varchar(255) not null,
  `subject_name` varchar(255) not null,
  `context` json null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  key `pending_notifications_user_id_type_index` (`user_id`, `type`),
  constraint `pending_notifications_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `ldap_settings` (
  `id` bigint unsigned not null auto_increment primary key,
  `active` tinyint(1) not null default '0',
  `host` varchar(255) null,
  `port` smallint unsigned not null default '389',
  `encryption` varchar(255) not null default 'tls',
  `ca_cert_path` varchar(255) null,
  `bind_dn` varchar(255) null,
  `bind_password` text null,
  `base_dn` varchar(255) null,
  `user_filter` varchar(255) null,
  `email_attribute` varchar(255) not null default 'mail',
  `name_attribute` varchar(255) not null default 'cn',
  `auto_provision` tinyint(1) not null default '0',
  `auto_approve` tinyint(1) not null default '0',
  `created_at` timestamp null,
  `updated_at` timestamp null
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `social_login_providers` (
  `id` bigint unsigned not null auto_increment primary key,
  `provider` varchar(255) not null,
  `enabled` tinyint(1) not null default '0',
  `client_id` varchar(255) null,
  `client_secret` text null,
  `issuer_url` varchar(255) null,
  `tenant_id` varchar(255) null,
  `require_verified_email` tinyint(1) not null default '1',
  `allowed_domains` varchar(255) null,
  `auto_provision` tinyint(1) not null default '0',
  `auto_approve` tinyint(1) not null default '0',
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `social_login_providers_provider_unique` (`provider`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `social_accounts` (
  `id` bigint unsigned not null auto_increment primary key,
  `user_id` bigint unsigned not null,
  `provider` varchar(255) not null,
  `provider_user_id` varchar(255) not null,
  `email` varchar(255) null,
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `social_accounts_provider_provider_user_id_unique` (`provider`, `provider_user_id`),
  unique key `social_accounts_user_id_provider_unique` (`user_id`, `provider`),
  constraint `social_accounts_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

create table `captcha_providers` (
  `id` bigint unsigned not null auto_increment primary key,
  `provider` varchar(255) not null,
  `site_key` varchar(255) null,
  `secret_key` text null,
  `score_threshold` decimal(3, 2) null default '0.5',
  `created_at` timestamp null,
  `updated_at` timestamp null,
  unique key `captcha_providers_provider_unique` (`provider`)
) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
