-- SampleDB 0.33.1 (PGI / JCNS Scientific IT-Systems, Forschungszentrum Juelich) — github.com/sciapp/sampledb,
-- commit 2407575c7c5e9ab553cd7ad1bcc531787afb15cd (licence MIT). Source: the SQLAlchemy models of sampledb/models/*.py
-- (the tables db.create_all() builds in PostgreSQL), loaded with SQLAlchemy 2.1 behind a stub of Flask-SQLAlchemy and
-- written as MySQL by a script: column names and order as declared; Integer -> int, String without length -> text
-- (varchar(255) where the column is part of a primary key or unique constraint), Text -> text, Boolean -> tinyint(1), TIMESTAMP/DateTime ->
-- datetime(6), JSON/JSONB -> json, LargeBinary -> longblob, Enum -> enum of the Python enum's member names; NOT NULL,
-- primary keys, unique constraints and foreign keys between kept tables kept (users <-> eln_imports and
-- actions <-> instruments <-> objects_current form cycles, hence FOREIGN_KEY_CHECKS=0); defaults and check constraints
-- left out. 64 of 112 tables kept (see sampledb.md).

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `background_tasks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` text NOT NULL,
  `auto_delete` tinyint(1) NOT NULL,
  `data` json NOT NULL,
  `status` enum('POSTED','CLAIMED','DONE','FAILED') NOT NULL,
  `result` json,
  `expiration_date` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `components` (
  `id` int NOT NULL AUTO_INCREMENT,
  `address` text,
  `uuid` text NOT NULL,
  `name` text,
  `description` text NOT NULL,
  `last_sync_timestamp` datetime(6),
  `discoverable` tinyint(1) NOT NULL,
  `fed_login_available` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `components_name_key` (`name`),
  UNIQUE KEY `components_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` json NOT NULL,
  `description` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `info_pages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` json NOT NULL,
  `content` json NOT NULL,
  `endpoint` text,
  `disabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `key_pairs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sk_bytes` longblob NOT NULL,
  `pk_bytes` longblob NOT NULL,
  `utc_datetime_created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `lang_code` varchar(255) NOT NULL,
  `names` json NOT NULL,
  `datetime_format_datetime` text NOT NULL,
  `datetime_format_moment` text NOT NULL,
  `enabled_for_input` tinyint(1) NOT NULL,
  `enabled_for_user_interface` tinyint(1) NOT NULL,
  `datetime_format_moment_output` text NOT NULL,
  `date_format_moment_output` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `languages_lang_code_key` (`lang_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` json NOT NULL,
  `description` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uses` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topics` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` json NOT NULL,
  `description` json NOT NULL,
  `show_on_frontpage` tinyint(1) NOT NULL,
  `order_index` int,
  `short_description` json NOT NULL,
  `description_is_markdown` tinyint(1) NOT NULL,
  `short_description_is_markdown` tinyint(1) NOT NULL,
  `show_in_action_navbar` tinyint(1) NOT NULL,
  `show_in_instrument_navbar` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action_types` (
  `id` int NOT NULL AUTO_INCREMENT,
  `admin_only` tinyint(1) NOT NULL,
  `show_on_frontpage` tinyint(1) NOT NULL,
  `show_in_navbar` tinyint(1) NOT NULL,
  `enable_labels` tinyint(1) NOT NULL,
  `enable_files` tinyint(1) NOT NULL,
  `enable_locations` tinyint(1) NOT NULL,
  `enable_publications` tinyint(1) NOT NULL,
  `enable_comments` tinyint(1) NOT NULL,
  `enable_activity_log` tinyint(1) NOT NULL,
  `enable_related_objects` tinyint(1) NOT NULL,
  `enable_project_link` tinyint(1) NOT NULL,
  `disable_create_objects` tinyint(1) NOT NULL,
  `is_template` tinyint(1) NOT NULL,
  `fed_id` int,
  `component_id` int,
  `scicat_export_type` enum('RAW_DATASET','DERIVED_DATASET','SAMPLE'),
  `order_index` int,
  `enable_instrument_link` tinyint(1) NOT NULL,
  `show_in_object_filters` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `action_types_fed_id_component_id_key` (`fed_id`, `component_id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `component_authentications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `component_id` int NOT NULL,
  `login` json NOT NULL,
  `type` enum('TOKEN') NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_project_permissions` (
  `project_id` int NOT NULL,
  `group_id` int NOT NULL,
  `permissions` enum('NONE','READ','WRITE','GRANT') NOT NULL,
  PRIMARY KEY (`project_id`, `group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_types` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` json,
  `location_name_singular` json,
  `location_name_plural` json,
  `admin_only` tinyint(1) NOT NULL,
  `enable_parent_location` tinyint(1) NOT NULL,
  `enable_sub_locations` tinyint(1) NOT NULL,
  `enable_object_assignments` tinyint(1) NOT NULL,
  `enable_responsible_users` tinyint(1) NOT NULL,
  `enable_instruments` tinyint(1) NOT NULL,
  `show_location_log` tinyint(1) NOT NULL,
  `fed_id` int,
  `component_id` int,
  `enable_capacities` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `location_types_fed_id_component_id_key` (`fed_id`, `component_id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subproject_relationship` (
  `parent_project_id` int NOT NULL,
  `child_project_id` int NOT NULL,
  `child_can_add_users_to_parent` tinyint(1) NOT NULL,
  PRIMARY KEY (`parent_project_id`, `child_project_id`),
  FOREIGN KEY (`parent_project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`child_project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` json,
  `description` json,
  `parent_location_id` int,
  `fed_id` int,
  `component_id` int,
  `type_id` int NOT NULL,
  `is_hidden` tinyint(1) NOT NULL,
  `enable_object_assignments` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `locations_fed_id_component_id_key` (`fed_id`, `component_id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`),
  FOREIGN KEY (`parent_location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`type_id`) REFERENCES `location_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text,
  `email` text,
  `type` enum('PERSON','OTHER','FEDERATION_USER','ELN_IMPORT_USER') NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `is_readonly` tinyint(1) NOT NULL,
  `is_hidden` tinyint(1) NOT NULL,
  `orcid` text,
  `affiliation` text,
  `is_active` tinyint(1) NOT NULL,
  `role` text,
  `extra_fields` json NOT NULL,
  `fed_id` int,
  `component_id` int,
  `last_modified` datetime(6) NOT NULL,
  `last_modified_by_id` int,
  `eln_import_id` int,
  `eln_object_id` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_eln_import_id_eln_object_id_key` (`eln_import_id`, `eln_object_id`),
  UNIQUE KEY `users_fed_id_component_id_key` (`fed_id`, `component_id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`),
  CONSTRAINT `fk_users_eln_import_id` FOREIGN KEY (`eln_import_id`) REFERENCES `eln_imports` (`id`),
  FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eln_imports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `file_name` text NOT NULL,
  `binary_data` longblob NOT NULL,
  `user_id` int NOT NULL,
  `upload_utc_datetime` datetime(6) NOT NULL,
  `import_utc_datetime` datetime(6),
  `invalid_reason` text,
  `signed_by` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_eln_imports_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `login` json NOT NULL,
  `type` enum('LDAP','EMAIL','OTHER','API_TOKEN','API_ACCESS_TOKEN','FIDO2_PASSKEY','FEDERATED_LOGIN','OIDC') NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `default_user_permissions` (
  `creator_id` int NOT NULL,
  `user_id` int NOT NULL,
  `permissions` enum('NONE','READ','WRITE','GRANT') NOT NULL,
  PRIMARY KEY (`creator_id`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fed_identities` (
  `user_id` int NOT NULL,
  `local_fed_id` int NOT NULL,
  `active` tinyint(1) NOT NULL,
  `login` tinyint(1) NOT NULL,
  PRIMARY KEY (`user_id`, `local_fed_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`local_fed_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fed_user_aliases` (
  `user_id` int NOT NULL,
  `component_id` int NOT NULL,
  `name` text,
  `use_real_name` tinyint(1) NOT NULL,
  `email` text,
  `use_real_email` tinyint(1) NOT NULL,
  `orcid` text,
  `use_real_orcid` tinyint(1) NOT NULL,
  `affiliation` text,
  `use_real_affiliation` tinyint(1) NOT NULL,
  `role` text,
  `use_real_role` tinyint(1) NOT NULL,
  `extra_fields` json NOT NULL,
  `last_modified` datetime(6) NOT NULL,
  PRIMARY KEY (`user_id`, `component_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_invitations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `user_id` int NOT NULL,
  `inviter_id` int NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  `accepted` tinyint(1) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`inviter_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `info_page_acknowledgements` (
  `info_page_id` int NOT NULL,
  `user_id` int NOT NULL,
  `utc_datetime` datetime(6),
  PRIMARY KEY (`info_page_id`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`info_page_id`) REFERENCES `info_pages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logins` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `type` enum('LDAP','EMAIL','OTHER','API_TOKEN','API_ACCESS_TOKEN','FIDO2_PASSKEY','FEDERATED_LOGIN','OIDC') NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `markdown_images` (
  `file_name` text NOT NULL,
  `content` longblob NOT NULL,
  `user_id` int,
  `utc_datetime` datetime(6) NOT NULL,
  `permanent` tinyint(1) NOT NULL,
  `component_id` int,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `markdown_images_file_name_component_id_key` (`file_name`, `component_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_mode_for_types` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` enum('OTHER','ASSIGNED_AS_RESPONSIBLE_USER','INVITED_TO_GROUP','INVITED_TO_PROJECT','ANNOUNCEMENT','RECEIVED_OBJECT_PERMISSIONS_REQUEST','INSTRUMENT_LOG_ENTRY_CREATED','REFERENCED_BY_OBJECT_METADATA','INSTRUMENT_LOG_ENTRY_EDITED','RESPONSIBILITY_ASSIGNMENT_DECLINED','REMOTE_OBJECT_IMPORT_FAILED','REMOTE_OBJECT_IMPORT_NOTES','AUTOMATIC_USER_FEDERATION') NOT NULL,
  `user_id` int NOT NULL,
  `mode` enum('IGNORE','WEBAPP','EMAIL') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_notification_mode_for_types_uc` (`type`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` enum('OTHER','ASSIGNED_AS_RESPONSIBLE_USER','INVITED_TO_GROUP','INVITED_TO_PROJECT','ANNOUNCEMENT','RECEIVED_OBJECT_PERMISSIONS_REQUEST','INSTRUMENT_LOG_ENTRY_CREATED','REFERENCED_BY_OBJECT_METADATA','INSTRUMENT_LOG_ENTRY_EDITED','RESPONSIBILITY_ASSIGNMENT_DECLINED','REMOTE_OBJECT_IMPORT_FAILED','REMOTE_OBJECT_IMPORT_NOTES','AUTOMATIC_USER_FEDERATION') NOT NULL,
  `user_id` int NOT NULL,
  `data` json NOT NULL,
  `was_read` tinyint(1) NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_invitations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int NOT NULL,
  `user_id` int NOT NULL,
  `inviter_id` int NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  `accepted` tinyint(1) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`inviter_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `user_id` int NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `temporary_files` (
  `id` int NOT NULL AUTO_INCREMENT,
  `context_id` text NOT NULL,
  `file_name` text NOT NULL,
  `user_id` int NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  `binary_data` longblob NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `two_factor_authentication_methods` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `active` tinyint(1) NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_group_memberships` (
  `user_id` int,
  `group_id` int,
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_invitations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `inviter_id` int NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  `accepted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`inviter_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_log_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` enum('OTHER','CREATE_OBJECT','EDIT_OBJECT','EDIT_OBJECT_PERMISSIONS','REGISTER_USER','INVITE_USER','EDIT_USER_PREFERENCES','RESTORE_OBJECT_VERSION','POST_COMMENT','UPLOAD_FILE','CREATE_BATCH','ASSIGN_LOCATION','CREATE_LOCATION','UPDATE_LOCATION','LINK_PUBLICATION','CREATE_INSTRUMENT_LOG_ENTRY','IMPORT_FROM_ELN_FILE') NOT NULL,
  `user_id` int NOT NULL,
  `data` json NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_project_permissions` (
  `project_id` int NOT NULL,
  `user_id` int NOT NULL,
  `permissions` enum('NONE','READ','WRITE','GRANT') NOT NULL,
  PRIMARY KEY (`project_id`, `user_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `type` enum('OBJECT_LOG','OBJECT_PERMISSIONS') NOT NULL,
  `target_url` varchar(255) NOT NULL,
  `name` text,
  `secret` text NOT NULL,
  `last_contact` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `_user_id_type_target_url_uc` (`user_id`, `type`, `target_url`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_log_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `api_token_id` int NOT NULL,
  `method` enum('GET','POST','PUT','PATCH','DELETE','HEAD','OPTIONS','OTHER') NOT NULL,
  `route` text NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`api_token_id`) REFERENCES `authentications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_log_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` enum('OTHER','CREATE_LOCATION','UPDATE_LOCATION','ADD_OBJECT','CHANGE_OBJECT','REMOVE_OBJECT') NOT NULL,
  `location_id` int NOT NULL,
  `user_id` int,
  `data` json NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location_responsible_users` (
  `location_id` int,
  `user_id` int,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `objects_current` (
  `object_id` int NOT NULL AUTO_INCREMENT,
  `version_id` int NOT NULL,
  `action_id` int,
  `data` json,
  `schema` json,
  `user_id` int,
  `utc_datetime` datetime(6),
  `fed_object_id` int,
  `fed_version_id` int,
  `component_id` int,
  `name_cache` json,
  `tags_cache` json,
  `eln_import_id` int,
  `eln_object_id` text,
  PRIMARY KEY (`object_id`),
  UNIQUE KEY `objects_current_fed_object_id_component_id_key` (`fed_object_id`, `fed_version_id`, `component_id`),
  FOREIGN KEY (`action_id`) REFERENCES `actions` (`id`),
  FOREIGN KEY (`eln_import_id`) REFERENCES `eln_imports` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instruments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `users_can_create_log_entries` tinyint(1) NOT NULL,
  `users_can_view_log_entries` tinyint(1) NOT NULL,
  `create_log_entry_default` tinyint(1) NOT NULL,
  `is_hidden` tinyint(1) NOT NULL,
  `notes_is_markdown` tinyint(1),
  `description_is_markdown` tinyint(1),
  `short_description_is_markdown` tinyint(1) NOT NULL,
  `fed_id` int,
  `component_id` int,
  `location_id` int,
  `object_id` int,
  `show_linked_object_data` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `instruments_fed_id_component_id_key` (`fed_id`, `component_id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`),
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type_id` int,
  `instrument_id` int,
  `schema` json,
  `user_id` int,
  `description_is_markdown` tinyint(1) NOT NULL,
  `is_hidden` tinyint(1) NOT NULL,
  `short_description_is_markdown` tinyint(1) NOT NULL,
  `fed_id` int,
  `component_id` int,
  `admin_only` tinyint(1) NOT NULL,
  `disable_create_objects` tinyint(1) NOT NULL,
  `objects_readable_by_all_users_by_default` tinyint(1) NOT NULL,
  `use_instrument_topics` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `actions_fed_id_component_id_key` (`fed_id`, `component_id`),
  FOREIGN KEY (`type_id`) REFERENCES `action_types` (`id`),
  FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action_translations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `language_id` int NOT NULL,
  `action_id` int NOT NULL,
  `name` text,
  `description` text,
  `short_description` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_language_id_action_id_uc` (`language_id`, `action_id`),
  FOREIGN KEY (`language_id`) REFERENCES `languages` (`id`),
  FOREIGN KEY (`action_id`) REFERENCES `actions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `all_user_object_permissions` (
  `object_id` int NOT NULL,
  `permissions` enum('NONE','READ','WRITE','GRANT') NOT NULL,
  PRIMARY KEY (`object_id`),
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_object_permissions` (
  `object_id` int NOT NULL,
  `group_id` int NOT NULL,
  `permissions` enum('NONE','READ','WRITE','GRANT') NOT NULL,
  PRIMARY KEY (`object_id`, `group_id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instrument_log_categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `instrument_id` int NOT NULL,
  `title` text NOT NULL,
  `theme` enum('GRAY','BLUE','GREEN','YELLOW','RED') NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instrument_translations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `instrument_id` int NOT NULL,
  `language_id` int NOT NULL,
  `name` text,
  `description` text,
  `notes` text,
  `short_description` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_language_id_instrument_id_uc` (`language_id`, `instrument_id`),
  FOREIGN KEY (`language_id`) REFERENCES `languages` (`id`),
  FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object_publications` (
  `object_id` int NOT NULL,
  `doi` varchar(255) NOT NULL,
  `title` text,
  `object_name` text,
  PRIMARY KEY (`object_id`, `doi`),
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_object_association` (
  `project_id` int NOT NULL,
  `object_id` int NOT NULL,
  PRIMARY KEY (`project_id`),
  UNIQUE KEY `project_object_association_object_id_key` (`object_id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `association` (
  `instrument_id` int,
  `user_id` int,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_id` int NOT NULL,
  `user_id` int,
  `content` text NOT NULL,
  `utc_datetime` datetime(6),
  `fed_id` int,
  `component_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comments_fed_id_component_id_key` (`fed_id`, `component_id`),
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dataverse_exports` (
  `object_id` int NOT NULL,
  `dataverse_url` text,
  `user_id` int NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  `status` enum('TASK_CREATED','EXPORT_FINISHED') NOT NULL,
  PRIMARY KEY (`object_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorite_actions` (
  `action_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`action_id`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`action_id`) REFERENCES `actions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fed_object_log_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` enum('OTHER','IMPORT_OBJECT','UPDATE_OBJECT','ADD_POLICY','UPDATE_SHARED_OBJECT','UPDATE_OBJECT_POLICY','CREATE_REF_OBJECT','REMOTE_IMPORT_OBJECT') NOT NULL,
  `object_id` int NOT NULL,
  `component_id` int NOT NULL,
  `data` json NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  `user_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` int NOT NULL,
  `object_id` int NOT NULL,
  `user_id` int,
  `utc_datetime` datetime(6),
  `data` json,
  `binary_data` longblob,
  `fed_id` int,
  `component_id` int,
  `preview_image_binary_data` longblob,
  `preview_image_mime_type` text,
  PRIMARY KEY (`id`, `object_id`),
  UNIQUE KEY `files_fed_id_component_id_key` (`fed_id`, `object_id`, `component_id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`),
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instrument_log_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `instrument_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object_log_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` enum('OTHER','CREATE_OBJECT','EDIT_OBJECT','RESTORE_OBJECT_VERSION','USE_OBJECT_IN_MEASUREMENT','POST_COMMENT','UPLOAD_FILE','USE_OBJECT_IN_SAMPLE_CREATION','CREATE_BATCH','ASSIGN_LOCATION','LINK_PUBLICATION','REFERENCE_OBJECT_IN_METADATA','EXPORT_TO_DATAVERSE','LINK_PROJECT','UNLINK_PROJECT','IMPORT_FROM_ELN_FILE') NOT NULL,
  `object_id` int NOT NULL,
  `user_id` int NOT NULL,
  `data` json NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  `is_imported` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object_shares` (
  `object_id` int NOT NULL,
  `component_id` int NOT NULL,
  `policy` json NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  `user_id` int,
  `import_status` json,
  PRIMARY KEY (`object_id`, `component_id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`),
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `objects_previous` (
  `object_id` int NOT NULL,
  `version_id` int NOT NULL,
  `action_id` int,
  `data` json,
  `schema` json,
  `user_id` int,
  `utc_datetime` datetime(6),
  `fed_object_id` int,
  `fed_version_id` int,
  `component_id` int,
  `eln_import_id` int,
  `eln_object_id` text,
  PRIMARY KEY (`object_id`, `version_id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`),
  FOREIGN KEY (`action_id`) REFERENCES `actions` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`eln_import_id`) REFERENCES `eln_imports` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_object_permissions` (
  `object_id` int NOT NULL,
  `user_id` int NOT NULL,
  `permissions` enum('NONE','READ','WRITE','GRANT') NOT NULL,
  PRIMARY KEY (`object_id`, `user_id`),
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_log_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` enum('OTHER','EDIT_TITLE','EDIT_DESCRIPTION','HIDE_FILE','UNHIDE_FILE','EDIT_URL') NOT NULL,
  `object_id` int NOT NULL,
  `file_id` int NOT NULL,
  `user_id` int NOT NULL,
  `data` json NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`object_id`, `file_id`) REFERENCES `files` (`object_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instrument_log_entry_versions` (
  `log_entry_id` int NOT NULL,
  `version_id` int NOT NULL,
  `content` text NOT NULL,
  `utc_datetime` datetime(6) NOT NULL,
  `content_is_markdown` tinyint(1) NOT NULL,
  `event_utc_datetime` datetime(6),
  PRIMARY KEY (`log_entry_id`, `version_id`),
  FOREIGN KEY (`log_entry_id`) REFERENCES `instrument_log_entries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instrument_log_file_attachments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `log_entry_id` int NOT NULL,
  `file_name` text NOT NULL,
  `content` longblob NOT NULL,
  `is_hidden` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`log_entry_id`) REFERENCES `instrument_log_entries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object_location_assignments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_id` int NOT NULL,
  `location_id` int,
  `responsible_user_id` int,
  `user_id` int,
  `description` json,
  `utc_datetime` datetime(6),
  `confirmed` tinyint(1) NOT NULL,
  `fed_id` int,
  `component_id` int,
  `declined` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `object_location_assignments_fed_id_component_id_key` (`fed_id`, `component_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`object_id`) REFERENCES `objects_current` (`object_id`),
  FOREIGN KEY (`responsible_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`component_id`) REFERENCES `components` (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
