-- Teable 1.5.0 (teableio/teable) — no-code database on PostgreSQL: users and linked OAuth accounts, spaces, bases,
-- tables, fields, views, collaborators, invitations, notifications, personal access tokens, OAuth apps and grants,
-- record history, record comments, ShareDB ops, attachments, plugins, dashboards, trash.
-- Upstream: github.com/teableio/teable, commit c398cf4e0d79dfba72a3c8e98234e6b5d8bc17a6 (AGPL-3.0; the Prisma
-- package packages/db-main-prisma is MIT).
-- Source: packages/db-main-prisma/prisma/postgres/migrations/*/migration.sql (19 Prisma migrations) replayed in
-- order into a scratch PostgreSQL 15 database, every table of schema public read back from the catalogue (column
-- order as the migrations leave it), PostgreSQL written as MySQL: text -> varchar(255) for key columns, else text;
-- timestamp(3) -> datetime(3); double precision -> double; boolean -> tinyint(1). Primary, unique and foreign keys
-- as upstream; non-unique indexes left out. All 30 tables kept.

CREATE TABLE `users` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `password` text,
  `salt` text,
  `phone` varchar(255),
  `email` varchar(255) NOT NULL,
  `avatar` text,
  `notify_meta` text,
  `last_sign_time` datetime(3),
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `deleted_time` datetime(3),
  `last_modified_time` datetime(3),
  `deactivated_time` datetime(3),
  `is_admin` tinyint(1),
  `is_system` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_phone_key` (`phone`),
  UNIQUE KEY `users_email_key` (`email`)
);

CREATE TABLE `account` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `type` text NOT NULL,
  `provider` varchar(255) NOT NULL,
  `provider_id` varchar(255) NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_provider_provider_id_key` (`provider`, `provider_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `space` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `deleted_time` datetime(3),
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` text NOT NULL,
  `last_modified_by` text,
  `last_modified_time` datetime(3),
  `credit` int(11),
  PRIMARY KEY (`id`)
);

CREATE TABLE `base` (
  `id` varchar(255) NOT NULL,
  `space_id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `order` double NOT NULL,
  `icon` text,
  `schema_pass` text,
  `deleted_time` datetime(3),
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` text NOT NULL,
  `last_modified_by` text,
  `last_modified_time` datetime(3),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`space_id`) REFERENCES `space` (`id`)
);

CREATE TABLE `table_meta` (
  `id` varchar(255) NOT NULL,
  `base_id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `icon` text,
  `db_table_name` text NOT NULL,
  `version` int(11) NOT NULL,
  `order` double NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `last_modified_time` datetime(3),
  `deleted_time` datetime(3),
  `created_by` text NOT NULL,
  `last_modified_by` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`base_id`) REFERENCES `base` (`id`)
);

CREATE TABLE `field` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `options` text,
  `type` text NOT NULL,
  `cell_value_type` text NOT NULL,
  `is_multiple_cell_value` tinyint(1),
  `db_field_type` text NOT NULL,
  `db_field_name` text NOT NULL,
  `not_null` tinyint(1),
  `unique` tinyint(1),
  `is_primary` tinyint(1),
  `is_computed` tinyint(1),
  `is_lookup` tinyint(1),
  `is_pending` tinyint(1),
  `has_error` tinyint(1),
  `lookup_linked_field_id` text,
  `lookup_options` text,
  `table_id` varchar(255) NOT NULL,
  `version` int(11) NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `last_modified_time` datetime(3),
  `deleted_time` datetime(3),
  `created_by` text NOT NULL,
  `last_modified_by` text,
  `order` double NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`table_id`) REFERENCES `table_meta` (`id`)
);

CREATE TABLE `view` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `table_id` varchar(255) NOT NULL,
  `type` text NOT NULL,
  `sort` text,
  `filter` text,
  `group` text,
  `options` text,
  `order` double NOT NULL,
  `version` int(11) NOT NULL,
  `column_meta` text NOT NULL,
  `enable_share` tinyint(1),
  `share_id` text,
  `share_meta` text,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `last_modified_time` datetime(3),
  `deleted_time` datetime(3),
  `created_by` text NOT NULL,
  `last_modified_by` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`table_id`) REFERENCES `table_meta` (`id`)
);

CREATE TABLE `reference` (
  `id` varchar(255) NOT NULL,
  `from_field_id` varchar(255) NOT NULL,
  `to_field_id` varchar(255) NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `reference_to_field_id_from_field_id_key` (`to_field_id`, `from_field_id`)
);

CREATE TABLE `ops` (
  `collection` varchar(255) NOT NULL,
  `doc_id` varchar(255) NOT NULL,
  `doc_type` text NOT NULL,
  `version` int(11) NOT NULL,
  `operation` text NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` text NOT NULL,
  UNIQUE KEY `ops_collection_doc_id_version_key` (`collection`, `doc_id`, `version`)
);

CREATE TABLE `snapshots` (
  `collection` varchar(255) NOT NULL,
  `doc_id` varchar(255) NOT NULL,
  `doc_type` text NOT NULL,
  `version` int(11) NOT NULL,
  `data` text NOT NULL,
  UNIQUE KEY `snapshots_collection_doc_id_key` (`collection`, `doc_id`)
);

CREATE TABLE `attachments` (
  `id` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `hash` text NOT NULL,
  `size` int(11) NOT NULL,
  `mimetype` text NOT NULL,
  `path` text NOT NULL,
  `width` int(11),
  `height` int(11),
  `deleted_time` datetime(3),
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` text NOT NULL,
  `last_modified_by` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `attachments_token_key` (`token`)
);

CREATE TABLE `attachments_table` (
  `id` varchar(255) NOT NULL,
  `attachment_id` text NOT NULL,
  `name` text NOT NULL,
  `token` text NOT NULL,
  `table_id` text NOT NULL,
  `record_id` text NOT NULL,
  `field_id` text NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` text NOT NULL,
  `last_modified_by` text,
  `last_modified_time` datetime(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `collaborator` (
  `id` varchar(255) NOT NULL,
  `role_name` text NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `created_by` text NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `last_modified_time` datetime(3),
  `last_modified_by` text,
  `resource_id` varchar(255) NOT NULL,
  `resource_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `collaborator_resource_type_resource_id_user_id_key` (`resource_type`, `resource_id`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `invitation` (
  `id` varchar(255) NOT NULL,
  `base_id` text,
  `space_id` text,
  `type` text NOT NULL,
  `role` text NOT NULL,
  `invitation_code` text NOT NULL,
  `expired_time` datetime(3),
  `create_by` text NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `last_modified_time` datetime(3),
  `last_modified_by` text,
  `deleted_time` datetime(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `invitation_record` (
  `id` varchar(255) NOT NULL,
  `invitation_id` text NOT NULL,
  `base_id` text,
  `space_id` text,
  `type` text NOT NULL,
  `inviter` text NOT NULL,
  `accepter` text NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `notification` (
  `id` varchar(255) NOT NULL,
  `from_user_id` text NOT NULL,
  `to_user_id` text NOT NULL,
  `type` text NOT NULL,
  `message` text NOT NULL,
  `is_read` tinyint(1) NOT NULL DEFAULT 0,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` text NOT NULL,
  `url_path` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `access_token` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `user_id` text NOT NULL,
  `scopes` text NOT NULL,
  `space_ids` text,
  `base_ids` text,
  `sign` text NOT NULL,
  `expired_time` datetime(3) NOT NULL,
  `last_used_time` datetime(3),
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `last_modified_time` datetime(3),
  `client_id` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `setting` (
  `instance_id` varchar(255) NOT NULL,
  `disallow_sign_up` tinyint(1),
  `disallow_space_creation` tinyint(1),
  `disallow_space_invitation` tinyint(1),
  PRIMARY KEY (`instance_id`)
);

CREATE TABLE `pin_resource` (
  `id` varchar(255) NOT NULL,
  `type` text NOT NULL,
  `resource_id` varchar(255) NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` varchar(255) NOT NULL,
  `order` double NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pin_resource_created_by_resource_id_key` (`created_by`, `resource_id`)
);

CREATE TABLE `oauth_app` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `logo` text,
  `homepage` text NOT NULL,
  `description` text,
  `client_id` varchar(255) NOT NULL,
  `redirect_uris` text,
  `scopes` text,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `last_modified_time` datetime(3),
  `created_by` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_app_client_id_key` (`client_id`)
);

CREATE TABLE `oauth_app_authorized` (
  `id` varchar(255) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `authorized_time` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_app_authorized_client_id_user_id_key` (`client_id`, `user_id`)
);

CREATE TABLE `oauth_app_secret` (
  `id` varchar(255) NOT NULL,
  `client_id` text NOT NULL,
  `secret` varchar(255) NOT NULL,
  `masked_secret` text NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` text NOT NULL,
  `last_used_time` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_app_secret_secret_key` (`secret`)
);

CREATE TABLE `oauth_app_token` (
  `id` varchar(255) NOT NULL,
  `app_secret_id` text NOT NULL,
  `refresh_token_sign` varchar(255) NOT NULL,
  `expired_time` datetime(3) NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_app_token_refresh_token_sign_key` (`refresh_token_sign`)
);

CREATE TABLE `record_history` (
  `id` varchar(255) NOT NULL,
  `table_id` text NOT NULL,
  `record_id` text NOT NULL,
  `field_id` text NOT NULL,
  `before` text NOT NULL,
  `after` text NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `trash` (
  `id` varchar(255) NOT NULL,
  `resource_type` varchar(255) NOT NULL,
  `resource_id` varchar(255) NOT NULL,
  `parent_id` text,
  `deleted_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `deleted_by` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trash_resource_type_resource_id_key` (`resource_type`, `resource_id`)
);

CREATE TABLE `plugin` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `detail_desc` text,
  `logo` text NOT NULL,
  `help_url` text,
  `status` text NOT NULL,
  `positions` text NOT NULL,
  `url` text,
  `secret` varchar(255) NOT NULL,
  `masked_secret` text NOT NULL,
  `i18n` text,
  `plugin_user` text,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `last_modified_time` datetime(3),
  `created_by` text NOT NULL,
  `last_modified_by` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plugin_secret_key` (`secret`)
);

CREATE TABLE `plugin_install` (
  `id` varchar(255) NOT NULL,
  `plugin_id` varchar(255) NOT NULL,
  `base_id` text NOT NULL,
  `name` text NOT NULL,
  `position_id` text NOT NULL,
  `position` text NOT NULL,
  `storage` text,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` text NOT NULL,
  `last_modified_time` datetime(3),
  `last_modified_by` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`plugin_id`) REFERENCES `plugin` (`id`) ON DELETE CASCADE
);

CREATE TABLE `dashboard` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `base_id` text NOT NULL,
  `layout` text,
  `created_by` text NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `last_modified_time` datetime(3),
  `last_modified_by` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comment` (
  `id` varchar(255) NOT NULL,
  `table_id` text NOT NULL,
  `record_id` text NOT NULL,
  `quote_Id` text,
  `content` text,
  `reaction` text,
  `deleted_time` datetime(3),
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `created_by` text NOT NULL,
  `last_modified_time` datetime(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `comment_subscription` (
  `table_id` varchar(255) NOT NULL,
  `record_id` varchar(255) NOT NULL,
  `created_by` text NOT NULL,
  `created_time` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY `comment_subscription_table_id_record_id_key` (`table_id`, `record_id`)
);
