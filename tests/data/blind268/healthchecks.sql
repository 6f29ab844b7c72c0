-- Healthchecks (healthchecks.io: cron job / heartbeat monitoring with e-mail, SMS, phone-call and chat alerts)
-- Upstream: github.com/healthchecks/healthchecks, commit 29b5ec251059034b79e0120e2ff0c3e35d7bd9f8
-- (v4.3 + 78 commits, v4.4-dev; BSD-3-Clause).
-- Source: the Django migrations of hc.accounts, hc.api, hc.logs, hc.payments and the contrib apps in
-- INSTALLED_APPS (admin, auth, contenttypes, sessions), applied with `manage.py migrate` (Django 6.1,
-- DB=mysql as hc/settings.py reads it) to MariaDB 10.11, then written out with SHOW CREATE TABLE (tables
-- ordered so that every referenced table comes first). Django writes UUIDField as MariaDB's native `uuid`
-- type on MariaDB 10.7+; it is written here as char(32), Django's type on MySQL and older MariaDB.
-- Nothing left out: all 23 tables the migrations create.

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

CREATE TABLE `accounts_project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` char(32) NOT NULL,
  `name` varchar(200) NOT NULL,
  `api_key` varchar(128) NOT NULL,
  `api_key_readonly` varchar(128) NOT NULL,
  `owner_id` int(11) NOT NULL,
  `badge_key` varchar(150) NOT NULL,
  `ping_key` varchar(128) DEFAULT NULL,
  `show_slugs` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  UNIQUE KEY `accounts_project_badge_key_8fe67ffd_uniq` (`badge_key`),
  UNIQUE KEY `ping_key` (`ping_key`),
  KEY `accounts_project_owner_id_9e658e68_fk_auth_user_id` (`owner_id`),
  KEY `accounts_project_api_key_d70dc8ad` (`api_key`),
  KEY `accounts_project_api_key_readonly_a00a255a` (`api_key_readonly`),
  CONSTRAINT `accounts_project_owner_id_9e658e68_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_check` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` char(32) NOT NULL,
  `last_ping` datetime(6) DEFAULT NULL,
  `alert_after` datetime(6) DEFAULT NULL,
  `status` varchar(6) NOT NULL,
  `timeout` bigint(20) NOT NULL,
  `name` varchar(100) NOT NULL,
  `created` datetime(6) NOT NULL,
  `grace` bigint(20) NOT NULL,
  `tags` varchar(500) NOT NULL,
  `n_pings` int(11) NOT NULL,
  `kind` varchar(10) NOT NULL,
  `schedule` varchar(100) NOT NULL,
  `tz` varchar(36) NOT NULL,
  `has_confirmation_link` tinyint(1) NOT NULL,
  `desc` longtext NOT NULL,
  `last_start` datetime(6) DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  `last_duration` bigint(20) DEFAULT NULL,
  `methods` varchar(30) NOT NULL,
  `manual_resume` tinyint(1) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `failure_kw` varchar(200) NOT NULL,
  `filter_body` tinyint(1) NOT NULL,
  `filter_subject` tinyint(1) NOT NULL,
  `success_kw` varchar(200) NOT NULL,
  `last_start_rid` char(32) DEFAULT NULL,
  `start_kw` varchar(200) NOT NULL,
  `badge_key` char(32) NOT NULL,
  `filter_default_fail` tinyint(1) NOT NULL,
  `filter_http_body` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_check_code_d76cf6a3_uniq` (`code`),
  UNIQUE KEY `badge_key` (`badge_key`),
  KEY `api_check_aa_not_down` (`alert_after`),
  KEY `api_check_project_slug` (`project_id`,`slug`),
  CONSTRAINT `api_check_project_id_2af7b4db_fk_accounts_project_id` FOREIGN KEY (`project_id`) REFERENCES `accounts_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `accounts_credential` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` char(32) NOT NULL,
  `name` varchar(100) NOT NULL,
  `created` datetime(6) NOT NULL,
  `data` longblob NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  KEY `accounts_credential_user_id_400058ca_fk_auth_user_id` (`user_id`),
  CONSTRAINT `accounts_credential_user_id_400058ca_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `accounts_member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `transfer_request_date` datetime(6) DEFAULT NULL,
  `role` varchar(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_member_no_duplicates` (`user_id`,`project_id`),
  KEY `accounts_member_project_id_111a002b_fk_accounts_project_id` (`project_id`),
  CONSTRAINT `accounts_member_project_id_111a002b_fk_accounts_project_id` FOREIGN KEY (`project_id`) REFERENCES `accounts_project` (`id`),
  CONSTRAINT `accounts_member_user_id_b994c8b6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `accounts_profile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `next_report_date` datetime(6) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `ping_log_limit` int(11) NOT NULL,
  `token` varchar(128) NOT NULL,
  `check_limit` int(11) NOT NULL,
  `last_sms_date` datetime(6) DEFAULT NULL,
  `sms_limit` int(11) NOT NULL,
  `sms_sent` int(11) NOT NULL,
  `sort` varchar(20) NOT NULL,
  `nag_period` bigint(20) NOT NULL,
  `next_nag_date` datetime(6) DEFAULT NULL,
  `deletion_notice_date` datetime(6) DEFAULT NULL,
  `last_active_date` datetime(6) DEFAULT NULL,
  `call_limit` int(11) NOT NULL,
  `calls_sent` int(11) NOT NULL,
  `last_call_date` datetime(6) DEFAULT NULL,
  `reports` varchar(10) NOT NULL,
  `tz` varchar(36) NOT NULL,
  `theme` varchar(10) DEFAULT NULL,
  `totp` varchar(32) DEFAULT NULL,
  `totp_created` datetime(6) DEFAULT NULL,
  `deletion_scheduled_date` datetime(6) DEFAULT NULL,
  `over_limit_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `accounts_profile_user_id_49a85d32_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_channel` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `kind` varchar(20) NOT NULL,
  `value` longtext NOT NULL,
  `email_verified` tinyint(1) NOT NULL,
  `name` varchar(100) NOT NULL,
  `project_id` int(11) NOT NULL,
  `last_error` varchar(200) NOT NULL,
  `last_notify` datetime(6) DEFAULT NULL,
  `disabled` tinyint(1) NOT NULL,
  `last_notify_duration` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_channel_code_7d0ed173_uniq` (`code`),
  KEY `api_channel_project_id_1ae78745_fk_accounts_project_id` (`project_id`),
  CONSTRAINT `api_channel_project_id_1ae78745_fk_accounts_project_id` FOREIGN KEY (`project_id`) REFERENCES `accounts_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_channel_checks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `channel_id` int(11) NOT NULL,
  `check_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_channel_checks_channel_id_check_id_8edbcb0d_uniq` (`channel_id`,`check_id`),
  KEY `api_channel_checks_check_id_2f0bca8a_fk_api_check_id` (`check_id`),
  CONSTRAINT `api_channel_checks_channel_id_0a1351bf_fk_api_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `api_channel` (`id`),
  CONSTRAINT `api_channel_checks_check_id_2f0bca8a_fk_api_check_id` FOREIGN KEY (`check_id`) REFERENCES `api_check` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_flip` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `processed` datetime(6) DEFAULT NULL,
  `old_status` varchar(8) NOT NULL,
  `new_status` varchar(8) NOT NULL,
  `owner_id` int(11) NOT NULL,
  `reason` varchar(8) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `api_flip_not_processed` (`processed`),
  KEY `api_flip_owner_created` (`owner_id`,`created`),
  CONSTRAINT `api_flip_owner_id_4ccc8bee_fk_api_check_id` FOREIGN KEY (`owner_id`) REFERENCES `api_check` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `check_status` varchar(6) NOT NULL,
  `created` datetime(6) NOT NULL,
  `channel_id` int(11) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `error` varchar(200) NOT NULL,
  `code` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_notification_code_08624819_uniq` (`code`),
  KEY `api_notification_channel_id_4df05d31_fk_api_channel_id` (`channel_id`),
  KEY `api_notification_owner_id_9b970e8a_fk_api_check_id` (`owner_id`),
  CONSTRAINT `api_notification_channel_id_4df05d31_fk_api_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `api_channel` (`id`),
  CONSTRAINT `api_notification_owner_id_9b970e8a_fk_api_check_id` FOREIGN KEY (`owner_id`) REFERENCES `api_check` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_ping` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `remote_addr` char(39) DEFAULT NULL,
  `method` varchar(10) NOT NULL,
  `ua` varchar(200) NOT NULL,
  `owner_id` int(11) NOT NULL,
  `scheme` varchar(10) NOT NULL,
  `n` int(11) DEFAULT NULL,
  `kind` varchar(6) DEFAULT NULL,
  `exitstatus` smallint(6) DEFAULT NULL,
  `body_raw` longblob DEFAULT NULL,
  `object_size` int(11) DEFAULT NULL,
  `rid` char(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `api_ping_owner_id_e4ea931d_fk_api_check_id` (`owner_id`),
  CONSTRAINT `api_ping_owner_id_e4ea931d_fk_api_check_id` FOREIGN KEY (`owner_id`) REFERENCES `api_check` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_tokenbucket` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` varchar(80) NOT NULL,
  `tokens` double NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `value` (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `logs_record` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `level` smallint(5) unsigned NOT NULL CHECK (`level` >= 0),
  `message` longtext NOT NULL,
  `traceback` longtext NOT NULL,
  `host` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `payments_subscription` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` varchar(36) NOT NULL,
  `payment_method_token` varchar(35) NOT NULL,
  `subscription_id` varchar(10) NOT NULL,
  `user_id` int(11) NOT NULL,
  `plan_id` varchar(10) NOT NULL,
  `address_id` varchar(2) NOT NULL,
  `send_invoices` tinyint(1) NOT NULL,
  `plan_name` varchar(50) NOT NULL,
  `invoice_email` varchar(254) NOT NULL,
  `next_billing_date` date DEFAULT NULL,
  `renew_notice_date` date DEFAULT NULL,
  `setup_date` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `payments_subscription_user_id_1b2156fc_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

