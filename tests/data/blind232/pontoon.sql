-- Pontoon (Mozilla's translation management system, pontoon.mozilla.org), github.com/mozilla/pontoon,
-- commit eb868358ac2c585a0d22dfec9ae0776e86de2e20 (BSD-3-Clause). PostgreSQL through Django; written as MySQL by
-- replaying every Django migration of the Pontoon apps (pontoon/*/migrations, squashed 0001 of base included) in
-- order: CreateModel, AddField (appended at the end of the table, as Django does), RemoveField, AlterField,
-- RenameField, DeleteModel, AlterUniqueTogether and unconditional UniqueConstraints; data migrations (RunPython,
-- RunSQL) and plain indexes skipped. Conditional (partial) unique constraints and expression indexes of PostgreSQL
-- left out. Django's MySQL types: AutoField -> INT AUTO_INCREMENT, TextField -> LONGTEXT, BooleanField -> TINYINT(1),
-- DateTimeField -> DATETIME(6), DurationField -> BIGINT, UUIDField -> CHAR(32), PositiveIntegerField -> INT UNSIGNED;
-- JSONField and PostgreSQL ArrayField -> LONGTEXT. ForeignKey -> <name>_id, ManyToManyField -> <table>_<field>.
-- Tables of installed third-party apps that hold Pontoon's users, written the same way from their own migrations:
-- Django contrib auth/contenttypes/sessions (github.com/django/django, final state of django/contrib/*/migrations;
-- BSD-3-Clause), django-allauth account + socialaccount (github.com/pennersr/django-allauth commit
-- 20f4bded2fd2e12d0d172d1321626a94c17ac97e, MIT) and django-notifications (github.com/django-notifications/
-- django-notifications commit 800fdaba8128b1afc2e65b28a6143a20bdb99a55, BSD-3-Clause).
-- Left out: auth_permission and the auth many-to-many permission tables, django_admin_log, django_site,
-- socialaccount_socialapp_sites, guardian's object-permission tables, django_migrations.

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `app_label` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`group_id`),
  KEY `group_id` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_emailaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_emailconfirmation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) DEFAULT NULL,
  `key` varchar(64) NOT NULL,
  `email_address_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  KEY `email_address_id` (`email_address_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(200) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `provider` (`provider`,`uid`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialapp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  `provider_id` varchar(200) NOT NULL,
  `settings` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `account_id` int(11) NOT NULL,
  `app_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `app_id` (`app_id`,`account_id`),
  KEY `account_id` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notifications_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `level` varchar(20) NOT NULL,
  `unread` tinyint(1) NOT NULL,
  `actor_object_id` varchar(255) NOT NULL,
  `verb` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `target_object_id` varchar(255) DEFAULT NULL,
  `action_object_object_id` varchar(255) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `action_object_content_type_id` int(11) DEFAULT NULL,
  `actor_content_type_id` int(11) NOT NULL,
  `recipient_id` int(11) NOT NULL,
  `target_content_type_id` int(11) DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL,
  `emailed` tinyint(1) NOT NULL,
  `data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `action_object_content_type_id` (`action_object_content_type_id`),
  KEY `actor_content_type_id` (`actor_content_type_id`),
  KEY `recipient_id` (`recipient_id`),
  KEY `target_content_type_id` (`target_content_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `actionlog_actionlog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_type` varchar(50) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `entity_id` int(11) DEFAULT NULL,
  `locale_id` int(11) DEFAULT NULL,
  `performed_by_id` int(11) DEFAULT NULL,
  `translation_id` int(11) DEFAULT NULL,
  `is_implicit_action` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `entity_id` (`entity_id`),
  KEY `locale_id` (`locale_id`),
  KEY `performed_by_id` (`performed_by_id`),
  KEY `translation_id` (`translation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `actionlog_actionlog_tm_entries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `actionlog_id` int(11) NOT NULL,
  `translationmemoryentry_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `actionlog_id` (`actionlog_id`,`translationmemoryentry_id`),
  KEY `translationmemoryentry_id` (`translationmemoryentry_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_personalaccesstoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token_hash` varchar(128) NOT NULL,
  `name` varchar(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `last_used` datetime(6) DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_entity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `string` longtext NOT NULL,
  `comment` longtext NOT NULL,
  `order` int(10) unsigned NOT NULL,
  `obsolete` tinyint(1) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_obsoleted` datetime(6) DEFAULT NULL,
  `resource_id` int(11) NOT NULL,
  `meta` longtext NOT NULL,
  `section_id` int(11) DEFAULT NULL,
  `key` longtext NOT NULL,
  `value` longtext NOT NULL,
  `properties` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `resource_id` (`resource_id`),
  KEY `section_id` (`section_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_locale` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(20) NOT NULL,
  `google_translate_code` varchar(20) NOT NULL,
  `ms_translator_code` varchar(20) NOT NULL,
  `ms_terminology_code` varchar(20) NOT NULL,
  `db_collation` varchar(20) NOT NULL,
  `name` varchar(128) NOT NULL,
  `plural_rule` varchar(512) NOT NULL,
  `cldr_plurals` varchar(11) NOT NULL,
  `script` varchar(128) NOT NULL,
  `direction` varchar(3) NOT NULL,
  `population` int(10) unsigned NOT NULL,
  `team_description` longtext NOT NULL,
  `latest_translation_id` int(11) DEFAULT NULL,
  `managers_group_id` int(11) DEFAULT NULL,
  `translators_group_id` int(11) DEFAULT NULL,
  `google_automl_model` varchar(30) NOT NULL,
  `accesskey_localization` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  KEY `latest_translation_id` (`latest_translation_id`),
  KEY `managers_group_id` (`managers_group_id`),
  KEY `translators_group_id` (`translators_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `data_source` varchar(255) NOT NULL,
  `can_be_requested` tinyint(1) NOT NULL,
  `configuration_file` varchar(2000) DEFAULT NULL,
  `disabled` tinyint(1) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_disabled` datetime(6) DEFAULT NULL,
  `sync_disabled` tinyint(1) NOT NULL,
  `system_project` tinyint(1) NOT NULL,
  `info` longtext NOT NULL,
  `deadline` date DEFAULT NULL,
  `priority` int(11) NOT NULL,
  `admin_notes` longtext NOT NULL,
  `tags_enabled` tinyint(1) NOT NULL,
  `pretranslation_enabled` tinyint(1) NOT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `latest_translation_id` int(11) DEFAULT NULL,
  `visibility` varchar(20) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `set_locales_from_repo` tinyint(1) NOT NULL,
  `set_translated_resources_from_repo` tinyint(1) NOT NULL,
  `is_chs_project` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`),
  KEY `contact_id` (`contact_id`),
  KEY `latest_translation_id` (`latest_translation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_resource` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `path` longtext NOT NULL,
  `total_strings` int(10) unsigned NOT NULL,
  `obsolete` tinyint(1) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_obsoleted` datetime(6) DEFAULT NULL,
  `format` varchar(20) NOT NULL,
  `deadline` date DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  `order` int(10) unsigned NOT NULL,
  `comment` longtext NOT NULL,
  `meta` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_id` (`project_id`,`path`) USING HASH,
  KEY `project_id_2` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_translatedresource` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `total_strings` int(10) unsigned NOT NULL,
  `approved_strings` int(10) unsigned NOT NULL,
  `pretranslated_strings` int(10) unsigned NOT NULL,
  `strings_with_errors` int(10) unsigned NOT NULL,
  `strings_with_warnings` int(10) unsigned NOT NULL,
  `unreviewed_strings` int(10) unsigned NOT NULL,
  `locale_id` int(11) NOT NULL,
  `resource_id` int(11) NOT NULL,
  `latest_translation_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `locale_id` (`locale_id`,`resource_id`),
  KEY `resource_id` (`resource_id`),
  KEY `latest_translation_id` (`latest_translation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_translation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `string` longtext NOT NULL,
  `date` datetime(6) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `fuzzy` tinyint(1) NOT NULL,
  `approved` tinyint(1) NOT NULL,
  `approved_date` datetime(6) DEFAULT NULL,
  `unapproved_date` datetime(6) DEFAULT NULL,
  `rejected` tinyint(1) NOT NULL,
  `rejected_date` datetime(6) DEFAULT NULL,
  `unrejected_date` datetime(6) DEFAULT NULL,
  `approved_user_id` int(11) DEFAULT NULL,
  `entity_id` int(11) NOT NULL,
  `locale_id` int(11) NOT NULL,
  `rejected_user_id` int(11) DEFAULT NULL,
  `unapproved_user_id` int(11) DEFAULT NULL,
  `unrejected_user_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `machinery_sources` longtext NOT NULL,
  `pretranslated` tinyint(1) NOT NULL,
  `value` longtext NOT NULL,
  `properties` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `approved_user_id` (`approved_user_id`),
  KEY `entity_id` (`entity_id`),
  KEY `locale_id` (`locale_id`),
  KEY `rejected_user_id` (`rejected_user_id`),
  KEY `unapproved_user_id` (`unapproved_user_id`),
  KEY `unrejected_user_id` (`unrejected_user_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_userprofile` (
  `quality_checks` tinyint(1) NOT NULL,
  `force_suggestions` tinyint(1) NOT NULL,
  `custom_homepage` varchar(20) DEFAULT NULL,
  `preferred_source_locale` varchar(20) DEFAULT NULL,
  `tour_status` int(11) NOT NULL,
  `locales_order` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  `has_dismissed_addon_promotion` tinyint(1) NOT NULL,
  `comment_notifications` tinyint(1) NOT NULL,
  `new_string_notifications` tinyint(1) NOT NULL,
  `project_deadline_notifications` tinyint(1) NOT NULL,
  `unreviewed_suggestion_notifications` tinyint(1) NOT NULL,
  `review_notifications` tinyint(1) NOT NULL,
  `new_contributor_notifications` tinyint(1) NOT NULL,
  `bugzilla` varchar(254) DEFAULT NULL,
  `github` varchar(255) DEFAULT NULL,
  `chat` varchar(255) DEFAULT NULL,
  `username` varchar(50) DEFAULT NULL,
  `bio` longtext DEFAULT NULL,
  `visibility_approval` varchar(20) NOT NULL,
  `visibility_email` varchar(20) NOT NULL,
  `visibility_external_accounts` varchar(20) NOT NULL,
  `visibility_self_approval` varchar(20) NOT NULL,
  `contact_email` varchar(254) DEFAULT NULL,
  `contact_email_verified` tinyint(1) NOT NULL,
  `system_user` tinyint(1) NOT NULL,
  `theme` varchar(20) NOT NULL,
  `email_communications_enabled` tinyint(1) NOT NULL,
  `email_consent_dismissed_at` datetime(6) DEFAULT NULL,
  `unique_id` char(32) NOT NULL,
  `comment_notifications_email` tinyint(1) NOT NULL,
  `monthly_activity_summary` tinyint(1) NOT NULL,
  `new_contributor_notifications_email` tinyint(1) NOT NULL,
  `new_string_notifications_email` tinyint(1) NOT NULL,
  `notification_email_frequency` varchar(10) NOT NULL,
  `project_deadline_notifications_email` tinyint(1) NOT NULL,
  `review_notifications_email` tinyint(1) NOT NULL,
  `unreviewed_suggestion_notifications_email` tinyint(1) NOT NULL,
  `last_inactive_reminder_sent` datetime(6) DEFAULT NULL,
  `onboarding_email_status` int(11) NOT NULL,
  `search_exclude_source_strings` tinyint(1) NOT NULL,
  `search_identifiers` tinyint(1) NOT NULL,
  `search_match_case` tinyint(1) NOT NULL,
  `search_match_whole_word` tinyint(1) NOT NULL,
  `search_rejected_translations` tinyint(1) NOT NULL,
  `editor_theme` varchar(20) DEFAULT NULL,
  `community_health_locales` longtext NOT NULL,
  `system_user_role` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_changedentitylocale` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `when` datetime(6) NOT NULL,
  `entity_id` int(11) NOT NULL,
  `locale_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_id` (`entity_id`,`locale_id`),
  KEY `locale_id` (`locale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_repository` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `url` varchar(2000) NOT NULL,
  `branch` varchar(2000) NOT NULL,
  `website` varchar(2000) NOT NULL,
  `last_synced_revisions` longtext NOT NULL,
  `source_repo` tinyint(1) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_id` (`project_id`,`url`) USING HASH,
  KEY `project_id_2` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_projectlocale` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `readonly` tinyint(1) NOT NULL,
  `has_custom_translators` tinyint(1) NOT NULL,
  `latest_translation_id` int(11) DEFAULT NULL,
  `locale_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `translators_group_id` int(11) DEFAULT NULL,
  `pretranslation_enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_id` (`project_id`,`locale_id`),
  KEY `latest_translation_id` (`latest_translation_id`),
  KEY `locale_id` (`locale_id`),
  KEY `translators_group_id` (`translators_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_translationmemoryentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `source` longtext NOT NULL,
  `target` longtext NOT NULL,
  `entity_id` int(11) DEFAULT NULL,
  `locale_id` int(11) NOT NULL,
  `project_id` int(11) DEFAULT NULL,
  `translation_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `entity_id` (`entity_id`),
  KEY `locale_id` (`locale_id`),
  KEY `project_id` (`project_id`),
  KEY `translation_id` (`translation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_externalresource` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `url` varchar(200) NOT NULL,
  `locale_id` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `locale_id` (`locale_id`),
  KEY `project_id` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_permissionchangelog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_type` varchar(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `group_id` int(11) NOT NULL,
  `performed_by_id` int(11) DEFAULT NULL,
  `performed_on_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `group_id` (`group_id`),
  KEY `performed_by_id` (`performed_by_id`),
  KEY `performed_on_id` (`performed_on_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_comment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `content` longtext NOT NULL,
  `author_id` int(11) DEFAULT NULL,
  `entity_id` int(11) DEFAULT NULL,
  `locale_id` int(11) DEFAULT NULL,
  `translation_id` int(11) DEFAULT NULL,
  `pinned` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `author_id` (`author_id`),
  KEY `entity_id` (`entity_id`),
  KEY `locale_id` (`locale_id`),
  KEY `translation_id` (`translation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_projectslughistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `old_slug` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_localecodehistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `old_code` varchar(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `locale_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `locale_id` (`locale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_section` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` longtext NOT NULL,
  `meta` longtext NOT NULL,
  `comment` longtext NOT NULL,
  `resource_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `resource_id` (`resource_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `base_userbanlog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_type` varchar(10) NOT NULL,
  `action_reason` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `performed_by_id` int(11) DEFAULT NULL,
  `performed_on_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `performed_by_id` (`performed_by_id`),
  KEY `performed_on_id` (`performed_on_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `checks_error` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `library` varchar(20) NOT NULL,
  `message` longtext NOT NULL,
  `translation_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `translation_id` (`translation_id`,`library`,`message`) USING HASH,
  KEY `translation_id_2` (`translation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `checks_warning` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `library` varchar(20) NOT NULL,
  `message` longtext NOT NULL,
  `translation_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `translation_id` (`translation_id`,`library`,`message`) USING HASH,
  KEY `translation_id_2` (`translation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `homepage_homepage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` longtext NOT NULL,
  `title` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `insights_localeinsightssnapshot` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `total_strings` int(10) unsigned NOT NULL,
  `approved_strings` int(10) unsigned NOT NULL,
  `pretranslated_strings` int(10) unsigned NOT NULL,
  `strings_with_errors` int(10) unsigned NOT NULL,
  `strings_with_warnings` int(10) unsigned NOT NULL,
  `unreviewed_strings` int(10) unsigned NOT NULL,
  `created_at` date NOT NULL,
  `total_managers` int(10) unsigned NOT NULL,
  `total_reviewers` int(10) unsigned NOT NULL,
  `total_contributors` int(10) unsigned NOT NULL,
  `active_users_last_12_months` longtext NOT NULL,
  `active_users_last_6_months` longtext NOT NULL,
  `active_users_last_3_months` longtext NOT NULL,
  `active_users_last_month` longtext NOT NULL,
  `unreviewed_suggestions_lifespan` bigint(20) NOT NULL,
  `completion` double NOT NULL,
  `human_translations` int(10) unsigned NOT NULL,
  `machinery_translations` int(10) unsigned NOT NULL,
  `new_source_strings` int(10) unsigned NOT NULL,
  `peer_approved` int(10) unsigned NOT NULL,
  `self_approved` int(10) unsigned NOT NULL,
  `rejected` int(10) unsigned NOT NULL,
  `new_suggestions` int(10) unsigned NOT NULL,
  `locale_id` int(11) NOT NULL,
  `time_to_review_suggestions` bigint(20) DEFAULT NULL,
  `time_to_review_pretranslations` bigint(20) DEFAULT NULL,
  `pretranslations_approved` int(10) unsigned NOT NULL,
  `pretranslations_chrf_score` double DEFAULT NULL,
  `pretranslations_new` int(10) unsigned NOT NULL,
  `pretranslations_rejected` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `locale_id` (`locale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `insights_projectlocaleinsightssnapshot` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `total_strings` int(10) unsigned NOT NULL,
  `approved_strings` int(10) unsigned NOT NULL,
  `pretranslated_strings` int(10) unsigned NOT NULL,
  `strings_with_errors` int(10) unsigned NOT NULL,
  `strings_with_warnings` int(10) unsigned NOT NULL,
  `unreviewed_strings` int(10) unsigned NOT NULL,
  `created_at` date NOT NULL,
  `completion` double NOT NULL,
  `project_locale_id` int(11) NOT NULL,
  `active_users_last_12_months` longtext NOT NULL,
  `active_users_last_3_months` longtext NOT NULL,
  `active_users_last_6_months` longtext NOT NULL,
  `active_users_last_month` longtext NOT NULL,
  `human_translations` int(10) unsigned NOT NULL,
  `machinery_translations` int(10) unsigned NOT NULL,
  `new_source_strings` int(10) unsigned NOT NULL,
  `new_suggestions` int(10) unsigned NOT NULL,
  `peer_approved` int(10) unsigned NOT NULL,
  `rejected` int(10) unsigned NOT NULL,
  `self_approved` int(10) unsigned NOT NULL,
  `total_contributors` int(10) unsigned NOT NULL,
  `total_managers` int(10) unsigned NOT NULL,
  `total_reviewers` int(10) unsigned NOT NULL,
  `unreviewed_suggestions_lifespan` bigint(20) NOT NULL,
  `time_to_review_suggestions` bigint(20) DEFAULT NULL,
  `time_to_review_pretranslations` bigint(20) DEFAULT NULL,
  `pretranslations_approved` int(10) unsigned NOT NULL,
  `pretranslations_chrf_score` double DEFAULT NULL,
  `pretranslations_new` int(10) unsigned NOT NULL,
  `pretranslations_rejected` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `project_locale_id` (`project_locale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `insights_localehealthsnapshot` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` date NOT NULL,
  `completion` decimal(5,2) NOT NULL,
  `key_projects_enabled` int(10) unsigned NOT NULL,
  `active_managers` int(10) unsigned NOT NULL,
  `active_translators` int(10) unsigned NOT NULL,
  `active_contributors` int(10) unsigned NOT NULL,
  `all_contributors` int(10) unsigned NOT NULL,
  `new_signups` int(10) unsigned NOT NULL,
  `completion_score` decimal(5,2) NOT NULL,
  `key_projects_enabled_score` decimal(5,2) NOT NULL,
  `active_managers_score` decimal(5,2) NOT NULL,
  `active_translators_score` decimal(5,2) NOT NULL,
  `active_contributors_score` decimal(5,2) NOT NULL,
  `all_contributors_score` decimal(5,2) NOT NULL,
  `new_signups_score` decimal(5,2) NOT NULL,
  `chs` decimal(5,2) NOT NULL,
  `locale_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `locale_id` (`locale_id`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `messaging_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sent_at` datetime(6) NOT NULL,
  `notification` tinyint(1) NOT NULL,
  `email` tinyint(1) NOT NULL,
  `transactional` tinyint(1) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` longtext NOT NULL,
  `managers` tinyint(1) NOT NULL,
  `translators` tinyint(1) NOT NULL,
  `contributors` tinyint(1) NOT NULL,
  `translation_minimum` int(10) unsigned DEFAULT NULL,
  `translation_maximum` int(10) unsigned DEFAULT NULL,
  `translation_from` date DEFAULT NULL,
  `translation_to` date DEFAULT NULL,
  `review_minimum` int(10) unsigned DEFAULT NULL,
  `review_maximum` int(10) unsigned DEFAULT NULL,
  `review_from` date DEFAULT NULL,
  `review_to` date DEFAULT NULL,
  `login_from` date DEFAULT NULL,
  `login_to` date DEFAULT NULL,
  `sender_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sender_id` (`sender_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `messaging_message_locales` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) NOT NULL,
  `locale_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `message_id` (`message_id`,`locale_id`),
  KEY `locale_id` (`locale_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `messaging_message_projects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `message_id` (`message_id`,`project_id`),
  KEY `project_id` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `messaging_message_recipients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `message_id` (`message_id`,`user_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `messaging_emailcontent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sync_sync` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` int(11) NOT NULL,
  `start_time` datetime(6) NOT NULL,
  `end_time` datetime(6) DEFAULT NULL,
  `error` longtext NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tags_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `slug` varchar(20) NOT NULL,
  `name` varchar(30) NOT NULL,
  `priority` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`,`project_id`),
  KEY `project_id` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tags_tag_resources` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag_id` int(11) NOT NULL,
  `resource_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_id` (`tag_id`,`resource_id`),
  KEY `resource_id` (`resource_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `terminology_term` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` varchar(255) NOT NULL,
  `part_of_speech` varchar(50) NOT NULL,
  `definition` longtext NOT NULL,
  `usage` longtext NOT NULL,
  `notes` longtext NOT NULL,
  `status` varchar(20) DEFAULT NULL,
  `case_sensitive` tinyint(1) NOT NULL,
  `do_not_translate` tinyint(1) NOT NULL,
  `forbidden` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `entity_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_id` (`entity_id`),
  KEY `created_by_id` (`created_by_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `terminology_termtranslation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` varchar(255) NOT NULL,
  `locale_id` int(11) NOT NULL,
  `term_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `locale_id` (`locale_id`),
  KEY `term_id` (`term_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `uxactionlog_uxactionlog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_type` varchar(128) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `experiment` varchar(128) DEFAULT NULL,
  `data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- Foreign keys (added after all tables, as upstream adds them after creating the tables)
ALTER TABLE `auth_user_groups` ADD CONSTRAINT `auth_user_groups_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `auth_user_groups` ADD CONSTRAINT `auth_user_groups_ibfk_2` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`);
ALTER TABLE `account_emailaddress` ADD CONSTRAINT `account_emailaddress_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `account_emailconfirmation` ADD CONSTRAINT `account_emailconfirmation_ibfk_1` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`);
ALTER TABLE `socialaccount_socialaccount` ADD CONSTRAINT `socialaccount_socialaccount_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `socialaccount_socialtoken` ADD CONSTRAINT `socialaccount_socialtoken_ibfk_1` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`);
ALTER TABLE `socialaccount_socialtoken` ADD CONSTRAINT `socialaccount_socialtoken_ibfk_2` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`);
ALTER TABLE `notifications_notification` ADD CONSTRAINT `notifications_notification_ibfk_1` FOREIGN KEY (`action_object_content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `notifications_notification` ADD CONSTRAINT `notifications_notification_ibfk_2` FOREIGN KEY (`actor_content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `notifications_notification` ADD CONSTRAINT `notifications_notification_ibfk_3` FOREIGN KEY (`recipient_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `notifications_notification` ADD CONSTRAINT `notifications_notification_ibfk_4` FOREIGN KEY (`target_content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `actionlog_actionlog` ADD CONSTRAINT `actionlog_actionlog_ibfk_1` FOREIGN KEY (`entity_id`) REFERENCES `base_entity` (`id`);
ALTER TABLE `actionlog_actionlog` ADD CONSTRAINT `actionlog_actionlog_ibfk_2` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `actionlog_actionlog` ADD CONSTRAINT `actionlog_actionlog_ibfk_3` FOREIGN KEY (`performed_by_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `actionlog_actionlog` ADD CONSTRAINT `actionlog_actionlog_ibfk_4` FOREIGN KEY (`translation_id`) REFERENCES `base_translation` (`id`);
ALTER TABLE `actionlog_actionlog_tm_entries` ADD CONSTRAINT `actionlog_actionlog_tm_entries_ibfk_1` FOREIGN KEY (`actionlog_id`) REFERENCES `actionlog_actionlog` (`id`);
ALTER TABLE `actionlog_actionlog_tm_entries` ADD CONSTRAINT `actionlog_actionlog_tm_entries_ibfk_2` FOREIGN KEY (`translationmemoryentry_id`) REFERENCES `base_translationmemoryentry` (`id`);
ALTER TABLE `api_personalaccesstoken` ADD CONSTRAINT `api_personalaccesstoken_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `base_entity` ADD CONSTRAINT `base_entity_ibfk_1` FOREIGN KEY (`resource_id`) REFERENCES `base_resource` (`id`);
ALTER TABLE `base_entity` ADD CONSTRAINT `base_entity_ibfk_2` FOREIGN KEY (`section_id`) REFERENCES `base_section` (`id`);
ALTER TABLE `base_locale` ADD CONSTRAINT `base_locale_ibfk_1` FOREIGN KEY (`latest_translation_id`) REFERENCES `base_translation` (`id`);
ALTER TABLE `base_locale` ADD CONSTRAINT `base_locale_ibfk_2` FOREIGN KEY (`managers_group_id`) REFERENCES `auth_group` (`id`);
ALTER TABLE `base_locale` ADD CONSTRAINT `base_locale_ibfk_3` FOREIGN KEY (`translators_group_id`) REFERENCES `auth_group` (`id`);
ALTER TABLE `base_project` ADD CONSTRAINT `base_project_ibfk_1` FOREIGN KEY (`contact_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `base_project` ADD CONSTRAINT `base_project_ibfk_2` FOREIGN KEY (`latest_translation_id`) REFERENCES `base_translation` (`id`);
ALTER TABLE `base_resource` ADD CONSTRAINT `base_resource_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `base_project` (`id`);
ALTER TABLE `base_translatedresource` ADD CONSTRAINT `base_translatedresource_ibfk_1` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `base_translatedresource` ADD CONSTRAINT `base_translatedresource_ibfk_2` FOREIGN KEY (`resource_id`) REFERENCES `base_resource` (`id`);
ALTER TABLE `base_translatedresource` ADD CONSTRAINT `base_translatedresource_ibfk_3` FOREIGN KEY (`latest_translation_id`) REFERENCES `base_translation` (`id`);
ALTER TABLE `base_translation` ADD CONSTRAINT `base_translation_ibfk_1` FOREIGN KEY (`approved_user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `base_translation` ADD CONSTRAINT `base_translation_ibfk_2` FOREIGN KEY (`entity_id`) REFERENCES `base_entity` (`id`);
ALTER TABLE `base_translation` ADD CONSTRAINT `base_translation_ibfk_3` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `base_translation` ADD CONSTRAINT `base_translation_ibfk_4` FOREIGN KEY (`rejected_user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `base_translation` ADD CONSTRAINT `base_translation_ibfk_5` FOREIGN KEY (`unapproved_user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `base_translation` ADD CONSTRAINT `base_translation_ibfk_6` FOREIGN KEY (`unrejected_user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `base_translation` ADD CONSTRAINT `base_translation_ibfk_7` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `base_userprofile` ADD CONSTRAINT `base_userprofile_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `base_changedentitylocale` ADD CONSTRAINT `base_changedentitylocale_ibfk_1` FOREIGN KEY (`entity_id`) REFERENCES `base_entity` (`id`);
ALTER TABLE `base_changedentitylocale` ADD CONSTRAINT `base_changedentitylocale_ibfk_2` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `base_repository` ADD CONSTRAINT `base_repository_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `base_project` (`id`);
ALTER TABLE `base_projectlocale` ADD CONSTRAINT `base_projectlocale_ibfk_1` FOREIGN KEY (`latest_translation_id`) REFERENCES `base_translation` (`id`);
ALTER TABLE `base_projectlocale` ADD CONSTRAINT `base_projectlocale_ibfk_2` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `base_projectlocale` ADD CONSTRAINT `base_projectlocale_ibfk_3` FOREIGN KEY (`project_id`) REFERENCES `base_project` (`id`);
ALTER TABLE `base_projectlocale` ADD CONSTRAINT `base_projectlocale_ibfk_4` FOREIGN KEY (`translators_group_id`) REFERENCES `auth_group` (`id`);
ALTER TABLE `base_translationmemoryentry` ADD CONSTRAINT `base_translationmemoryentry_ibfk_1` FOREIGN KEY (`entity_id`) REFERENCES `base_entity` (`id`);
ALTER TABLE `base_translationmemoryentry` ADD CONSTRAINT `base_translationmemoryentry_ibfk_2` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `base_translationmemoryentry` ADD CONSTRAINT `base_translationmemoryentry_ibfk_3` FOREIGN KEY (`project_id`) REFERENCES `base_project` (`id`);
ALTER TABLE `base_translationmemoryentry` ADD CONSTRAINT `base_translationmemoryentry_ibfk_4` FOREIGN KEY (`translation_id`) REFERENCES `base_translation` (`id`);
ALTER TABLE `base_externalresource` ADD CONSTRAINT `base_externalresource_ibfk_1` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `base_externalresource` ADD CONSTRAINT `base_externalresource_ibfk_2` FOREIGN KEY (`project_id`) REFERENCES `base_project` (`id`);
ALTER TABLE `base_permissionchangelog` ADD CONSTRAINT `base_permissionchangelog_ibfk_1` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`);
ALTER TABLE `base_permissionchangelog` ADD CONSTRAINT `base_permissionchangelog_ibfk_2` FOREIGN KEY (`performed_by_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `base_permissionchangelog` ADD CONSTRAINT `base_permissionchangelog_ibfk_3` FOREIGN KEY (`performed_on_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `base_comment` ADD CONSTRAINT `base_comment_ibfk_1` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `base_comment` ADD CONSTRAINT `base_comment_ibfk_2` FOREIGN KEY (`entity_id`) REFERENCES `base_entity` (`id`);
ALTER TABLE `base_comment` ADD CONSTRAINT `base_comment_ibfk_3` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `base_comment` ADD CONSTRAINT `base_comment_ibfk_4` FOREIGN KEY (`translation_id`) REFERENCES `base_translation` (`id`);
ALTER TABLE `base_projectslughistory` ADD CONSTRAINT `base_projectslughistory_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `base_project` (`id`);
ALTER TABLE `base_localecodehistory` ADD CONSTRAINT `base_localecodehistory_ibfk_1` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `base_section` ADD CONSTRAINT `base_section_ibfk_1` FOREIGN KEY (`resource_id`) REFERENCES `base_resource` (`id`);
ALTER TABLE `base_userbanlog` ADD CONSTRAINT `base_userbanlog_ibfk_1` FOREIGN KEY (`performed_by_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `base_userbanlog` ADD CONSTRAINT `base_userbanlog_ibfk_2` FOREIGN KEY (`performed_on_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `checks_error` ADD CONSTRAINT `checks_error_ibfk_1` FOREIGN KEY (`translation_id`) REFERENCES `base_translation` (`id`);
ALTER TABLE `checks_warning` ADD CONSTRAINT `checks_warning_ibfk_1` FOREIGN KEY (`translation_id`) REFERENCES `base_translation` (`id`);
ALTER TABLE `insights_localeinsightssnapshot` ADD CONSTRAINT `insights_localeinsightssnapshot_ibfk_1` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `insights_projectlocaleinsightssnapshot` ADD CONSTRAINT `insights_projectlocaleinsightssnapshot_ibfk_1` FOREIGN KEY (`project_locale_id`) REFERENCES `base_projectlocale` (`id`);
ALTER TABLE `insights_localehealthsnapshot` ADD CONSTRAINT `insights_localehealthsnapshot_ibfk_1` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `messaging_message` ADD CONSTRAINT `messaging_message_ibfk_1` FOREIGN KEY (`sender_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `messaging_message_locales` ADD CONSTRAINT `messaging_message_locales_ibfk_1` FOREIGN KEY (`message_id`) REFERENCES `messaging_message` (`id`);
ALTER TABLE `messaging_message_locales` ADD CONSTRAINT `messaging_message_locales_ibfk_2` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `messaging_message_projects` ADD CONSTRAINT `messaging_message_projects_ibfk_1` FOREIGN KEY (`message_id`) REFERENCES `messaging_message` (`id`);
ALTER TABLE `messaging_message_projects` ADD CONSTRAINT `messaging_message_projects_ibfk_2` FOREIGN KEY (`project_id`) REFERENCES `base_project` (`id`);
ALTER TABLE `messaging_message_recipients` ADD CONSTRAINT `messaging_message_recipients_ibfk_1` FOREIGN KEY (`message_id`) REFERENCES `messaging_message` (`id`);
ALTER TABLE `messaging_message_recipients` ADD CONSTRAINT `messaging_message_recipients_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `sync_sync` ADD CONSTRAINT `sync_sync_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `base_project` (`id`);
ALTER TABLE `tags_tag` ADD CONSTRAINT `tags_tag_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `base_project` (`id`);
ALTER TABLE `tags_tag_resources` ADD CONSTRAINT `tags_tag_resources_ibfk_1` FOREIGN KEY (`tag_id`) REFERENCES `tags_tag` (`id`);
ALTER TABLE `tags_tag_resources` ADD CONSTRAINT `tags_tag_resources_ibfk_2` FOREIGN KEY (`resource_id`) REFERENCES `base_resource` (`id`);
ALTER TABLE `terminology_term` ADD CONSTRAINT `terminology_term_ibfk_1` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `terminology_term` ADD CONSTRAINT `terminology_term_ibfk_2` FOREIGN KEY (`entity_id`) REFERENCES `base_entity` (`id`);
ALTER TABLE `terminology_termtranslation` ADD CONSTRAINT `terminology_termtranslation_ibfk_1` FOREIGN KEY (`locale_id`) REFERENCES `base_locale` (`id`);
ALTER TABLE `terminology_termtranslation` ADD CONSTRAINT `terminology_termtranslation_ibfk_2` FOREIGN KEY (`term_id`) REFERENCES `terminology_term` (`id`);
