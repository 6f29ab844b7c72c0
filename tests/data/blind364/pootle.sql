-- Pootle 2.9 development head (translate/pootle, the Translate House's web translation server; Django 1.11 on
-- MySQL), github.com/translate/pootle commit 5a35cc958e9b65bd762433880b862c3838311894 (GPL-3.0-or-later).
-- Written by replaying every Django migration of Pootle's own apps (pootle/apps/*/migrations) in dependency order
-- with a small script that reads the migration files (Python AST, no Django needed), as Django does on a fresh
-- database: squashed migrations (pootle_store 0027..0055, pootle_statistics 0011..0023) are used instead of the
-- migrations they replace; CreateModel (fields in their listed order), AddField (appended at the end of the table),
-- AlterField, RemoveField, RenameField, DeleteModel, AlterModelTable and AlterUniqueTogether applied; RunPython
-- (data migrations, collation changes), AlterIndexTogether and plain indexes skipped. Pootle's own
-- AddFieldIfNotExists / RemoveFieldIfExists are applied as AddField / RemoveField. Django's MySQL types:
-- AutoField -> int(11) AUTO_INCREMENT, TextField (and Pootle's MultiStringField, MarkupField) -> longtext,
-- BooleanField -> tinyint(1), DateTimeField -> datetime(6), FloatField -> double, GenericIPAddressField -> char(39);
-- ForeignKey -> <name>_id, ManyToManyField -> <table>_<field> (sortedm2m adds sort_value). Django keeps no column
-- defaults in the database, so none are written.
-- Also installed apps that hold Pootle's users, written the same way: django-allauth 0.35.0 (the version Pootle
-- pins) account + socialaccount migrations, github.com/pennersr/django-allauth commit
-- f3591bfc253fd48becbb190487bcd94740e7dece (MIT; ACCOUNT_UNIQUE_EMAIL and the 254 e-mail length at their defaults);
-- Django 1.11's django_content_type, django_site, django_session and auth_permission in their final migrated form
-- (BSD-3-Clause). Pootle's User (AUTH_USER_MODEL accounts.User) has no groups or user permissions, so Django's
-- auth_user / auth_group tables do not exist. Left out: django_migrations, django_admin_log; nothing of Pootle's own.
-- Foreign keys are listed after the tables.

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `app_label_model` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domain` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `content_type_id_codename` (`content_type_id`,`codename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `username` varchar(30) NOT NULL,
  `email` varchar(255) NOT NULL,
  `full_name` varchar(255) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `unit_rows` smallint(6) NOT NULL,
  `score` double NOT NULL,
  `is_employee` tinyint(1) NOT NULL,
  `twitter` varchar(15) DEFAULT NULL,
  `website` varchar(200) DEFAULT NULL,
  `linkedin` varchar(200) DEFAULT NULL,
  `bio` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user_alt_src_langs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `language_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_language_id` (`user_id`,`language_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_app_directory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `pootle_path` varchar(255) NOT NULL,
  `obsolete` tinyint(1) NOT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `tp_id` int(11) DEFAULT NULL,
  `tp_path` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pootle_path` (`pootle_path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_app_permissionset` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `directory_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_directory_id` (`user_id`,`directory_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_app_permissionset_negative_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `permissionset_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permissionset_id_permission_id` (`permissionset_id`,`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_app_permissionset_positive_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `permissionset_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permissionset_id_permission_id` (`permissionset_id`,`permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_app_language` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `fullname` varchar(255) NOT NULL,
  `specialchars` varchar(255) NOT NULL,
  `nplurals` smallint(6) NOT NULL,
  `pluralequation` varchar(255) NOT NULL,
  `directory_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  UNIQUE KEY `directory_id` (`directory_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_app_project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `fullname` varchar(255) NOT NULL,
  `checkstyle` varchar(50) NOT NULL,
  `ignoredfiles` varchar(255) NOT NULL,
  `report_email` varchar(254) NOT NULL,
  `screenshot_search_prefix` varchar(200) DEFAULT NULL,
  `creation_time` datetime(6) DEFAULT NULL,
  `disabled` tinyint(1) NOT NULL,
  `directory_id` int(11) NOT NULL,
  `source_language_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  UNIQUE KEY `directory_id` (`directory_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_app_project_filetypes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `format_id` int(11) NOT NULL,
  `sort_value` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_id_format_id` (`project_id`,`format_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_app_translationproject` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pootle_path` varchar(255) NOT NULL,
  `creation_time` datetime(6) DEFAULT NULL,
  `directory_id` int(11) NOT NULL,
  `language_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pootle_path` (`pootle_path`),
  UNIQUE KEY `directory_id` (`directory_id`),
  UNIQUE KEY `project_id_language_id` (`project_id`,`language_id`),
  UNIQUE KEY `language_id_project_id` (`language_id`,`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_store_store` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pootle_path` varchar(255) NOT NULL,
  `name` varchar(128) NOT NULL,
  `file_mtime` datetime(6) NOT NULL,
  `state` int(11) NOT NULL,
  `creation_time` datetime(6) DEFAULT NULL,
  `last_sync_revision` int(11) DEFAULT NULL,
  `obsolete` tinyint(1) NOT NULL,
  `parent_id` int(11) NOT NULL,
  `translation_project_id` int(11) NOT NULL,
  `filetype_id` int(11) DEFAULT NULL,
  `is_template` tinyint(1) NOT NULL,
  `priority` double NOT NULL,
  `tp_path` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pootle_path` (`pootle_path`),
  UNIQUE KEY `obsolete_translation_project_id_tp_path` (`obsolete`,`translation_project_id`,`tp_path`),
  UNIQUE KEY `parent_id_name` (`parent_id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_store_unit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `index` int(11) NOT NULL,
  `unitid` longtext NOT NULL,
  `unitid_hash` varchar(32) NOT NULL,
  `source_f` longtext DEFAULT NULL,
  `target_f` longtext DEFAULT NULL,
  `target_wordcount` smallint(6) NOT NULL,
  `target_length` smallint(6) NOT NULL,
  `developer_comment` longtext DEFAULT NULL,
  `translator_comment` longtext DEFAULT NULL,
  `locations` longtext DEFAULT NULL,
  `context` longtext DEFAULT NULL,
  `state` int(11) NOT NULL,
  `revision` int(11) NOT NULL,
  `creation_time` datetime(6) DEFAULT NULL,
  `mtime` datetime(6) NOT NULL,
  `store_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `store_id_state_index_unitid_hash` (`store_id`,`state`,`index`,`unitid_hash`),
  UNIQUE KEY `store_id_unitid_hash` (`store_id`,`unitid_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_store_suggestion` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `target_f` longtext NOT NULL,
  `target_hash` varchar(32) NOT NULL,
  `creation_time` datetime(6) DEFAULT NULL,
  `review_time` datetime(6) DEFAULT NULL,
  `unit_id` int(11) NOT NULL,
  `reviewer_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `state_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_store_qualitycheck` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `category` int(11) NOT NULL,
  `message` longtext NOT NULL,
  `false_positive` tinyint(1) NOT NULL,
  `unit_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_fileextension` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(15) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_format` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(30) NOT NULL,
  `title` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `monolingual` tinyint(1) NOT NULL,
  `extension_id` int(11) NOT NULL,
  `template_extension_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `title_extension_id` (`title`,`extension_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_app_submission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `field` int(11) DEFAULT NULL,
  `type` int(11) DEFAULT NULL,
  `old_value` longtext NOT NULL,
  `new_value` longtext NOT NULL,
  `quality_check_id` int(11) DEFAULT NULL,
  `submitter_id` int(11) DEFAULT NULL,
  `suggestion_id` int(11) DEFAULT NULL,
  `translation_project_id` int(11) NOT NULL,
  `unit_id` int(11) NOT NULL,
  `revision` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_store_data` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `max_unit_mtime` datetime(6) DEFAULT NULL,
  `max_unit_revision` int(11) NOT NULL,
  `critical_checks` int(11) NOT NULL,
  `pending_suggestions` int(11) NOT NULL,
  `total_words` int(11) NOT NULL,
  `translated_words` int(11) NOT NULL,
  `fuzzy_words` int(11) NOT NULL,
  `last_created_unit_id` int(11) DEFAULT NULL,
  `last_submission_id` int(11) DEFAULT NULL,
  `store_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `last_created_unit_id` (`last_created_unit_id`),
  UNIQUE KEY `last_submission_id` (`last_submission_id`),
  UNIQUE KEY `store_id` (`store_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_tp_data` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `max_unit_mtime` datetime(6) DEFAULT NULL,
  `max_unit_revision` int(11) NOT NULL,
  `critical_checks` int(11) NOT NULL,
  `pending_suggestions` int(11) NOT NULL,
  `total_words` int(11) NOT NULL,
  `translated_words` int(11) NOT NULL,
  `fuzzy_words` int(11) NOT NULL,
  `last_created_unit_id` int(11) DEFAULT NULL,
  `last_submission_id` int(11) DEFAULT NULL,
  `tp_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `last_created_unit_id` (`last_created_unit_id`),
  UNIQUE KEY `last_submission_id` (`last_submission_id`),
  UNIQUE KEY `tp_id` (`tp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_store_check_data` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `category` int(11) NOT NULL,
  `count` int(11) NOT NULL,
  `store_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `store_id_category_name` (`store_id`,`category`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_tp_check_data` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `category` int(11) NOT NULL,
  `count` int(11) NOT NULL,
  `tp_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tp_id_category_name` (`tp_id`,`category`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_comment_comment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_pk` longtext NOT NULL,
  `user_name` varchar(50) NOT NULL,
  `user_email` varchar(254) NOT NULL,
  `user_url` varchar(200) NOT NULL,
  `comment` longtext NOT NULL,
  `submit_date` datetime(6) NOT NULL,
  `ip_address` char(39) DEFAULT NULL,
  `is_public` tinyint(1) NOT NULL,
  `is_removed` tinyint(1) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `site_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_pk` varchar(255) DEFAULT NULL,
  `key` varchar(255) NOT NULL,
  `value` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `virtualfolder_virtualfolder` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(70) NOT NULL,
  `filter_rules` longtext NOT NULL,
  `priority` double NOT NULL,
  `is_public` tinyint(1) NOT NULL,
  `description` longtext NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `all_languages` tinyint(1) NOT NULL,
  `all_projects` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `virtualfolder_virtualfolder_stores` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `virtualfolder_id` int(11) NOT NULL,
  `store_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `virtualfolder_id_store_id` (`virtualfolder_id`,`store_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `virtualfolder_virtualfolder_languages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `virtualfolder_id` int(11) NOT NULL,
  `language_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `virtualfolder_id_language_id` (`virtualfolder_id`,`language_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `virtualfolder_virtualfolder_projects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `virtualfolder_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `virtualfolder_id_project_id` (`virtualfolder_id`,`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_store_unit_source` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_with` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `unit_id` int(11) NOT NULL,
  `source_hash` varchar(32) DEFAULT NULL,
  `source_length` smallint(6) NOT NULL,
  `source_wordcount` smallint(6) NOT NULL,
  `creation_revision` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unit_id` (`unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_store_unit_change` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `changed_with` int(11) NOT NULL,
  `submitted_on` datetime(6) DEFAULT NULL,
  `commented_on` datetime(6) DEFAULT NULL,
  `reviewed_on` datetime(6) DEFAULT NULL,
  `commented_by_id` int(11) DEFAULT NULL,
  `reviewed_by_id` int(11) DEFAULT NULL,
  `submitted_by_id` int(11) DEFAULT NULL,
  `unit_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unit_id` (`unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_store_suggestion_state` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(16) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_fs_storefs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pootle_path` varchar(255) NOT NULL,
  `path` varchar(255) NOT NULL,
  `last_sync_revision` int(11) DEFAULT NULL,
  `last_sync_mtime` datetime(6) DEFAULT NULL,
  `last_sync_hash` varchar(64) DEFAULT NULL,
  `staged_for_removal` tinyint(1) NOT NULL,
  `staged_for_merge` tinyint(1) NOT NULL,
  `resolve_conflict` int(11) DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  `store_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_revision` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` varchar(255) DEFAULT NULL,
  `key` varchar(255) DEFAULT NULL,
  `value` varchar(255) NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `content_type_id_object_id_key` (`content_type_id`,`object_id`,`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_user_tp_score` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `score` double NOT NULL,
  `reviewed` int(11) NOT NULL,
  `suggested` int(11) NOT NULL,
  `translated` int(11) NOT NULL,
  `tp_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `date_tp_id_user_id` (`date`,`tp_id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_user_store_score` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `score` double NOT NULL,
  `reviewed` int(11) NOT NULL,
  `suggested` int(11) NOT NULL,
  `translated` int(11) NOT NULL,
  `store_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `date_store_id_user_id` (`date`,`store_id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_word_stem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `root` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `root` (`root`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pootle_word_unitstem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stem_id` int(11) NOT NULL,
  `unit_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `stem_id_unit_id` (`stem_id`,`unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staticpages_legalpage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) NOT NULL,
  `virtual_path` varchar(100) NOT NULL,
  `title` varchar(100) NOT NULL,
  `body` longtext NOT NULL,
  `url` varchar(200) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `virtual_path` (`virtual_path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staticpages_staticpage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) NOT NULL,
  `virtual_path` varchar(100) NOT NULL,
  `title` varchar(100) NOT NULL,
  `body` longtext NOT NULL,
  `url` varchar(200) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `virtual_path` (`virtual_path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staticpages_agreement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `agreed_on` datetime(6) NOT NULL,
  `document_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id_document_id` (`user_id`,`document_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailconfirmation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) DEFAULT NULL,
  `key` varchar(64) NOT NULL,
  `email_address_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `provider_uid` (`provider`,`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp_sites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `socialapp_id` int(11) NOT NULL,
  `site_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialapp_id_site_id` (`socialapp_id`,`site_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `account_id` int(11) NOT NULL,
  `app_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `app_id_account_id` (`app_id`,`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Foreign keys (added after all tables; Django adds them after creating the tables)
ALTER TABLE `auth_permission` ADD CONSTRAINT `auth_permission_ibfk_1` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `accounts_user_alt_src_langs` ADD CONSTRAINT `accounts_user_alt_src_langs_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `accounts_user_alt_src_langs` ADD CONSTRAINT `accounts_user_alt_src_langs_ibfk_2` FOREIGN KEY (`language_id`) REFERENCES `pootle_app_language` (`id`);
ALTER TABLE `pootle_app_directory` ADD CONSTRAINT `pootle_app_directory_ibfk_1` FOREIGN KEY (`parent_id`) REFERENCES `pootle_app_directory` (`id`);
ALTER TABLE `pootle_app_directory` ADD CONSTRAINT `pootle_app_directory_ibfk_2` FOREIGN KEY (`tp_id`) REFERENCES `pootle_app_translationproject` (`id`);
ALTER TABLE `pootle_app_permissionset` ADD CONSTRAINT `pootle_app_permissionset_ibfk_1` FOREIGN KEY (`directory_id`) REFERENCES `pootle_app_directory` (`id`);
ALTER TABLE `pootle_app_permissionset` ADD CONSTRAINT `pootle_app_permissionset_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `pootle_app_permissionset_negative_permissions` ADD CONSTRAINT `pootle_app_permissionset_negative_permissions_ibfk_1` FOREIGN KEY (`permissionset_id`) REFERENCES `pootle_app_permissionset` (`id`);
ALTER TABLE `pootle_app_permissionset_negative_permissions` ADD CONSTRAINT `pootle_app_permissionset_negative_permissions_ibfk_2` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`);
ALTER TABLE `pootle_app_permissionset_positive_permissions` ADD CONSTRAINT `pootle_app_permissionset_positive_permissions_ibfk_1` FOREIGN KEY (`permissionset_id`) REFERENCES `pootle_app_permissionset` (`id`);
ALTER TABLE `pootle_app_permissionset_positive_permissions` ADD CONSTRAINT `pootle_app_permissionset_positive_permissions_ibfk_2` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`);
ALTER TABLE `pootle_app_language` ADD CONSTRAINT `pootle_app_language_ibfk_1` FOREIGN KEY (`directory_id`) REFERENCES `pootle_app_directory` (`id`);
ALTER TABLE `pootle_app_project` ADD CONSTRAINT `pootle_app_project_ibfk_1` FOREIGN KEY (`directory_id`) REFERENCES `pootle_app_directory` (`id`);
ALTER TABLE `pootle_app_project` ADD CONSTRAINT `pootle_app_project_ibfk_2` FOREIGN KEY (`source_language_id`) REFERENCES `pootle_app_language` (`id`);
ALTER TABLE `pootle_app_project_filetypes` ADD CONSTRAINT `pootle_app_project_filetypes_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `pootle_app_project` (`id`);
ALTER TABLE `pootle_app_project_filetypes` ADD CONSTRAINT `pootle_app_project_filetypes_ibfk_2` FOREIGN KEY (`format_id`) REFERENCES `pootle_format` (`id`);
ALTER TABLE `pootle_app_translationproject` ADD CONSTRAINT `pootle_app_translationproject_ibfk_1` FOREIGN KEY (`directory_id`) REFERENCES `pootle_app_directory` (`id`);
ALTER TABLE `pootle_app_translationproject` ADD CONSTRAINT `pootle_app_translationproject_ibfk_2` FOREIGN KEY (`language_id`) REFERENCES `pootle_app_language` (`id`);
ALTER TABLE `pootle_app_translationproject` ADD CONSTRAINT `pootle_app_translationproject_ibfk_3` FOREIGN KEY (`project_id`) REFERENCES `pootle_app_project` (`id`);
ALTER TABLE `pootle_store_store` ADD CONSTRAINT `pootle_store_store_ibfk_1` FOREIGN KEY (`parent_id`) REFERENCES `pootle_app_directory` (`id`);
ALTER TABLE `pootle_store_store` ADD CONSTRAINT `pootle_store_store_ibfk_2` FOREIGN KEY (`translation_project_id`) REFERENCES `pootle_app_translationproject` (`id`);
ALTER TABLE `pootle_store_store` ADD CONSTRAINT `pootle_store_store_ibfk_3` FOREIGN KEY (`filetype_id`) REFERENCES `pootle_format` (`id`);
ALTER TABLE `pootle_store_unit` ADD CONSTRAINT `pootle_store_unit_ibfk_1` FOREIGN KEY (`store_id`) REFERENCES `pootle_store_store` (`id`);
ALTER TABLE `pootle_store_suggestion` ADD CONSTRAINT `pootle_store_suggestion_ibfk_1` FOREIGN KEY (`unit_id`) REFERENCES `pootle_store_unit` (`id`);
ALTER TABLE `pootle_store_suggestion` ADD CONSTRAINT `pootle_store_suggestion_ibfk_2` FOREIGN KEY (`reviewer_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `pootle_store_suggestion` ADD CONSTRAINT `pootle_store_suggestion_ibfk_3` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `pootle_store_suggestion` ADD CONSTRAINT `pootle_store_suggestion_ibfk_4` FOREIGN KEY (`state_id`) REFERENCES `pootle_store_suggestion_state` (`id`);
ALTER TABLE `pootle_store_qualitycheck` ADD CONSTRAINT `pootle_store_qualitycheck_ibfk_1` FOREIGN KEY (`unit_id`) REFERENCES `pootle_store_unit` (`id`);
ALTER TABLE `pootle_format` ADD CONSTRAINT `pootle_format_ibfk_1` FOREIGN KEY (`extension_id`) REFERENCES `pootle_fileextension` (`id`);
ALTER TABLE `pootle_format` ADD CONSTRAINT `pootle_format_ibfk_2` FOREIGN KEY (`template_extension_id`) REFERENCES `pootle_fileextension` (`id`);
ALTER TABLE `pootle_app_submission` ADD CONSTRAINT `pootle_app_submission_ibfk_1` FOREIGN KEY (`quality_check_id`) REFERENCES `pootle_store_qualitycheck` (`id`);
ALTER TABLE `pootle_app_submission` ADD CONSTRAINT `pootle_app_submission_ibfk_2` FOREIGN KEY (`submitter_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `pootle_app_submission` ADD CONSTRAINT `pootle_app_submission_ibfk_3` FOREIGN KEY (`suggestion_id`) REFERENCES `pootle_store_suggestion` (`id`);
ALTER TABLE `pootle_app_submission` ADD CONSTRAINT `pootle_app_submission_ibfk_4` FOREIGN KEY (`translation_project_id`) REFERENCES `pootle_app_translationproject` (`id`);
ALTER TABLE `pootle_app_submission` ADD CONSTRAINT `pootle_app_submission_ibfk_5` FOREIGN KEY (`unit_id`) REFERENCES `pootle_store_unit` (`id`);
ALTER TABLE `pootle_store_data` ADD CONSTRAINT `pootle_store_data_ibfk_1` FOREIGN KEY (`last_created_unit_id`) REFERENCES `pootle_store_unit` (`id`);
ALTER TABLE `pootle_store_data` ADD CONSTRAINT `pootle_store_data_ibfk_2` FOREIGN KEY (`last_submission_id`) REFERENCES `pootle_app_submission` (`id`);
ALTER TABLE `pootle_store_data` ADD CONSTRAINT `pootle_store_data_ibfk_3` FOREIGN KEY (`store_id`) REFERENCES `pootle_store_store` (`id`);
ALTER TABLE `pootle_tp_data` ADD CONSTRAINT `pootle_tp_data_ibfk_1` FOREIGN KEY (`last_created_unit_id`) REFERENCES `pootle_store_unit` (`id`);
ALTER TABLE `pootle_tp_data` ADD CONSTRAINT `pootle_tp_data_ibfk_2` FOREIGN KEY (`last_submission_id`) REFERENCES `pootle_app_submission` (`id`);
ALTER TABLE `pootle_tp_data` ADD CONSTRAINT `pootle_tp_data_ibfk_3` FOREIGN KEY (`tp_id`) REFERENCES `pootle_app_translationproject` (`id`);
ALTER TABLE `pootle_store_check_data` ADD CONSTRAINT `pootle_store_check_data_ibfk_1` FOREIGN KEY (`store_id`) REFERENCES `pootle_store_store` (`id`);
ALTER TABLE `pootle_tp_check_data` ADD CONSTRAINT `pootle_tp_check_data_ibfk_1` FOREIGN KEY (`tp_id`) REFERENCES `pootle_app_translationproject` (`id`);
ALTER TABLE `pootle_comment_comment` ADD CONSTRAINT `pootle_comment_comment_ibfk_1` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `pootle_comment_comment` ADD CONSTRAINT `pootle_comment_comment_ibfk_2` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`);
ALTER TABLE `pootle_comment_comment` ADD CONSTRAINT `pootle_comment_comment_ibfk_3` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `pootle_config` ADD CONSTRAINT `pootle_config_ibfk_1` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `virtualfolder_virtualfolder_stores` ADD CONSTRAINT `virtualfolder_virtualfolder_stores_ibfk_1` FOREIGN KEY (`virtualfolder_id`) REFERENCES `virtualfolder_virtualfolder` (`id`);
ALTER TABLE `virtualfolder_virtualfolder_stores` ADD CONSTRAINT `virtualfolder_virtualfolder_stores_ibfk_2` FOREIGN KEY (`store_id`) REFERENCES `pootle_store_store` (`id`);
ALTER TABLE `virtualfolder_virtualfolder_languages` ADD CONSTRAINT `virtualfolder_virtualfolder_languages_ibfk_1` FOREIGN KEY (`virtualfolder_id`) REFERENCES `virtualfolder_virtualfolder` (`id`);
ALTER TABLE `virtualfolder_virtualfolder_languages` ADD CONSTRAINT `virtualfolder_virtualfolder_languages_ibfk_2` FOREIGN KEY (`language_id`) REFERENCES `pootle_app_language` (`id`);
ALTER TABLE `virtualfolder_virtualfolder_projects` ADD CONSTRAINT `virtualfolder_virtualfolder_projects_ibfk_1` FOREIGN KEY (`virtualfolder_id`) REFERENCES `virtualfolder_virtualfolder` (`id`);
ALTER TABLE `virtualfolder_virtualfolder_projects` ADD CONSTRAINT `virtualfolder_virtualfolder_projects_ibfk_2` FOREIGN KEY (`project_id`) REFERENCES `pootle_app_project` (`id`);
ALTER TABLE `pootle_store_unit_source` ADD CONSTRAINT `pootle_store_unit_source_ibfk_1` FOREIGN KEY (`created_by_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `pootle_store_unit_source` ADD CONSTRAINT `pootle_store_unit_source_ibfk_2` FOREIGN KEY (`unit_id`) REFERENCES `pootle_store_unit` (`id`);
ALTER TABLE `pootle_store_unit_change` ADD CONSTRAINT `pootle_store_unit_change_ibfk_1` FOREIGN KEY (`commented_by_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `pootle_store_unit_change` ADD CONSTRAINT `pootle_store_unit_change_ibfk_2` FOREIGN KEY (`reviewed_by_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `pootle_store_unit_change` ADD CONSTRAINT `pootle_store_unit_change_ibfk_3` FOREIGN KEY (`submitted_by_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `pootle_store_unit_change` ADD CONSTRAINT `pootle_store_unit_change_ibfk_4` FOREIGN KEY (`unit_id`) REFERENCES `pootle_store_unit` (`id`);
ALTER TABLE `pootle_fs_storefs` ADD CONSTRAINT `pootle_fs_storefs_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `pootle_app_project` (`id`);
ALTER TABLE `pootle_fs_storefs` ADD CONSTRAINT `pootle_fs_storefs_ibfk_2` FOREIGN KEY (`store_id`) REFERENCES `pootle_store_store` (`id`);
ALTER TABLE `pootle_revision` ADD CONSTRAINT `pootle_revision_ibfk_1` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `pootle_user_tp_score` ADD CONSTRAINT `pootle_user_tp_score_ibfk_1` FOREIGN KEY (`tp_id`) REFERENCES `pootle_app_translationproject` (`id`);
ALTER TABLE `pootle_user_tp_score` ADD CONSTRAINT `pootle_user_tp_score_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `pootle_user_store_score` ADD CONSTRAINT `pootle_user_store_score_ibfk_1` FOREIGN KEY (`store_id`) REFERENCES `pootle_store_store` (`id`);
ALTER TABLE `pootle_user_store_score` ADD CONSTRAINT `pootle_user_store_score_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `pootle_word_unitstem` ADD CONSTRAINT `pootle_word_unitstem_ibfk_1` FOREIGN KEY (`stem_id`) REFERENCES `pootle_word_stem` (`id`);
ALTER TABLE `pootle_word_unitstem` ADD CONSTRAINT `pootle_word_unitstem_ibfk_2` FOREIGN KEY (`unit_id`) REFERENCES `pootle_store_unit` (`id`);
ALTER TABLE `staticpages_agreement` ADD CONSTRAINT `staticpages_agreement_ibfk_1` FOREIGN KEY (`document_id`) REFERENCES `staticpages_legalpage` (`id`);
ALTER TABLE `staticpages_agreement` ADD CONSTRAINT `staticpages_agreement_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `account_emailaddress` ADD CONSTRAINT `account_emailaddress_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `account_emailconfirmation` ADD CONSTRAINT `account_emailconfirmation_ibfk_1` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`);
ALTER TABLE `socialaccount_socialaccount` ADD CONSTRAINT `socialaccount_socialaccount_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`);
ALTER TABLE `socialaccount_socialapp_sites` ADD CONSTRAINT `socialaccount_socialapp_sites_ibfk_1` FOREIGN KEY (`socialapp_id`) REFERENCES `socialaccount_socialapp` (`id`);
ALTER TABLE `socialaccount_socialapp_sites` ADD CONSTRAINT `socialaccount_socialapp_sites_ibfk_2` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`);
ALTER TABLE `socialaccount_socialtoken` ADD CONSTRAINT `socialaccount_socialtoken_ibfk_1` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`);
ALTER TABLE `socialaccount_socialtoken` ADD CONSTRAINT `socialaccount_socialtoken_ibfk_2` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`);
