-- CDR-Stats 3.x (Star2Billing): CDR mediation, rating, analysis and alarms for VoIP switches (FreeSWITCH,
-- Asterisk, Kamailio, OpenSIPS, Sipwise, Veraz): customers and staff, user profiles with their VoIP plan, account
-- codes that attach imported CDRs to customers, call detail records and the import buffer, switches, hangup
-- causes, alarms and alarm reports, black/white-listed destination prefixes, VoIP plans, retail and carrier rate
-- plans and rates, ban plans, gateways and providers, country dial codes and prefixes.
-- Upstream: github.com/cdr-stats/cdr-stats, commit 9c4b7868d44024ab4fca24de6f03d64f62d56e26 (MPL-2.0), the Django
-- 1.7 models of cdr_stats/{cdr,cdr_alert,import_cdr,switch,user_profile,voip_billing,voip_gateway}/models.py, with
-- the models they refer to: country_dialcode/models.py of github.com/Star2Billing/django-country-dialcode
-- (commit c609481c, MIT) and Django 1.7's contrib.auth, contenttypes, sessions and admin log, and Django REST
-- framework 2.4's authtoken. Written by hand as the MySQL DDL Django 1.7 generates for these models: AutoField
-- `integer AUTO_INCREMENT`, CharField/EmailField/URLField `varchar(max_length)`, LanguageField varchar(2),
-- CountryField varchar(2), django_extensions UUIDField varchar(36), TextField and the PostgreSQL JSONField
-- `longtext`, BooleanField `bool`, PositiveIntegerField `integer UNSIGNED`, DecimalField `numeric(m, d)`,
-- ForeignKey `<name>_id integer` (or its db_column), fields in declaration order, NULL only where null=True,
-- unique=True and unique_together as UNIQUE keys, db_index and foreign-key indexes as KEYs, foreign keys inline.
-- Left out: the PostgreSQL materialized views of cdr/sql/cdr.sql, and the tables of third-party apps that hold
-- no data of CDR-Stats' own (django-celery, admin-tools, django-notification, frontend-notification, sites).

CREATE TABLE `django_content_type` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  UNIQUE KEY `django_content_type_app_label_model_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `auth_permission` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(50) NOT NULL,
  `content_type_id` integer NOT NULL,
  `codename` varchar(100) NOT NULL,
  UNIQUE KEY `auth_permission_content_type_id_codename_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `auth_group` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(80) NOT NULL UNIQUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `auth_group_permissions` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `group_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissions_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_group_permissions_permission_id_fk` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `auth_user` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `password` varchar(128) NOT NULL,
  `last_login` datetime NOT NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(30) NOT NULL UNIQUE,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(75) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `auth_user_groups` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  UNIQUE KEY `auth_user_groups_user_id_group_id_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_groups_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `auth_user_user_permissions` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permissions_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_user_permissions_permission_id_fk` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL PRIMARY KEY,
  `session_data` longtext NOT NULL,
  `expire_date` datetime NOT NULL,
  KEY `django_session_expire_date` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `django_admin_log` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `action_time` datetime NOT NULL,
  `user_id` integer NOT NULL,
  `content_type_id` integer NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint UNSIGNED NOT NULL,
  `change_message` longtext NOT NULL,
  CONSTRAINT `django_admin_log_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `django_admin_log_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL UNIQUE,
  `created` datetime NOT NULL,
  CONSTRAINT `authtoken_token_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dialcode_country` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `countrycode` varchar(3) NOT NULL,
  `iso2` varchar(2) NOT NULL,
  `countryprefix` integer NOT NULL,
  `countryname` varchar(240) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dialcode_prefix` (
  `prefix` integer NOT NULL PRIMARY KEY,
  `destination` varchar(180) NOT NULL,
  `country_id` integer NULL,
  `carrier_name` varchar(180) NOT NULL,
  `prefix_type` integer NOT NULL,
  KEY `dialcode_prefix_country_id` (`country_id`),
  CONSTRAINT `dialcode_prefix_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `dialcode_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voip_switch` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NULL UNIQUE,
  `ipaddress` varchar(100) NOT NULL UNIQUE,
  `switch_type` integer NOT NULL,
  `key_uuid` varchar(36) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `hangup_cause` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `code` integer UNSIGNED NOT NULL UNIQUE,
  `enumeration` varchar(100) NULL,
  `cause` varchar(100) NULL,
  `description` longtext NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voip_gateway` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `description` longtext NOT NULL,
  `addprefix` varchar(60) NOT NULL,
  `removeprefix` varchar(60) NOT NULL,
  `protocol` varchar(60) NOT NULL,
  `hostname` varchar(240) NOT NULL,
  `secondused` integer NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `failover_id` integer NULL,
  `addparameter` varchar(360) NOT NULL,
  `count_call` integer NULL,
  `count_using` integer NULL,
  `maximum_call` integer NULL,
  `status` integer NULL,
  `max_call_gateway` integer NULL,
  KEY `voip_gateway_failover_id` (`failover_id`),
  CONSTRAINT `voip_gateway_failover_id_fk` FOREIGN KEY (`failover_id`) REFERENCES `voip_gateway` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voip_provider` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `description` longtext NOT NULL,
  `metric` integer NOT NULL,
  `gateway_id` integer NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  KEY `voip_provider_gateway_id` (`gateway_id`),
  CONSTRAINT `voip_provider_gateway_id_fk` FOREIGN KEY (`gateway_id`) REFERENCES `voip_gateway` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voip_plan` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `pubname` varchar(255) NOT NULL,
  `lcrtype` integer NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voipbilling_banplan` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL UNIQUE,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voipplan_banplan` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `voipplan_id` integer NOT NULL,
  `banplan_id` integer NOT NULL,
  `created_date` datetime NOT NULL,
  KEY `voipplan_banplan_voipplan_id` (`voipplan_id`),
  KEY `voipplan_banplan_banplan_id` (`banplan_id`),
  CONSTRAINT `voipplan_banplan_voipplan_id_fk` FOREIGN KEY (`voipplan_id`) REFERENCES `voip_plan` (`id`),
  CONSTRAINT `voipplan_banplan_banplan_id_fk` FOREIGN KEY (`banplan_id`) REFERENCES `voipbilling_banplan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voipbilling_ban_prefix` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `ban_plan_id` integer NOT NULL,
  `prefix_id` integer NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  KEY `voipbilling_ban_prefix_ban_plan_id` (`ban_plan_id`),
  KEY `voipbilling_ban_prefix_prefix_id` (`prefix_id`),
  CONSTRAINT `voipbilling_ban_prefix_ban_plan_id_fk` FOREIGN KEY (`ban_plan_id`) REFERENCES `voipbilling_banplan` (`id`),
  CONSTRAINT `voipbilling_ban_prefix_prefix_id_fk` FOREIGN KEY (`prefix_id`) REFERENCES `dialcode_prefix` (`prefix`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voip_retail_plan` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` longtext NULL,
  `metric` integer NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voipplan_voipretailplan` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `voipretailplan_id` integer NOT NULL,
  `voipplan_id` integer NOT NULL,
  `created_date` datetime NOT NULL,
  KEY `voipplan_voipretailplan_voipretailplan_id` (`voipretailplan_id`),
  KEY `voipplan_voipretailplan_voipplan_id` (`voipplan_id`),
  CONSTRAINT `voipplan_voipretailplan_voipretailplan_id_fk` FOREIGN KEY (`voipretailplan_id`) REFERENCES `voip_retail_plan` (`id`),
  CONSTRAINT `voipplan_voipretailplan_voipplan_id_fk` FOREIGN KEY (`voipplan_id`) REFERENCES `voip_plan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voip_retail_rate` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `voip_retail_plan_id` integer NOT NULL,
  `prefix` integer NOT NULL,
  `retail_rate` numeric(10, 4) NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  KEY `voip_retail_rate_voip_retail_plan_id` (`voip_retail_plan_id`),
  KEY `voip_retail_rate_prefix` (`prefix`),
  CONSTRAINT `voip_retail_rate_voip_retail_plan_id_fk` FOREIGN KEY (`voip_retail_plan_id`) REFERENCES `voip_retail_plan` (`id`),
  CONSTRAINT `voip_retail_rate_prefix_fk` FOREIGN KEY (`prefix`) REFERENCES `dialcode_prefix` (`prefix`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voip_carrier_plan` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` longtext NULL,
  `metric` integer NOT NULL,
  `callsent` integer NULL,
  `voip_provider_id` integer NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  KEY `voip_carrier_plan_voip_provider_id` (`voip_provider_id`),
  CONSTRAINT `voip_carrier_plan_voip_provider_id_fk` FOREIGN KEY (`voip_provider_id`) REFERENCES `voip_provider` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voip_carrier_rate` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `voip_carrier_plan_id` integer NOT NULL,
  `prefix` integer NOT NULL,
  `carrier_rate` numeric(10, 4) NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  KEY `voip_carrier_rate_voip_carrier_plan_id` (`voip_carrier_plan_id`),
  KEY `voip_carrier_rate_prefix` (`prefix`),
  CONSTRAINT `voip_carrier_rate_voip_carrier_plan_id_fk` FOREIGN KEY (`voip_carrier_plan_id`) REFERENCES `voip_carrier_plan` (`id`),
  CONSTRAINT `voip_carrier_rate_prefix_fk` FOREIGN KEY (`prefix`) REFERENCES `dialcode_prefix` (`prefix`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voipplan_voipcarrierplan` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `voipcarrierplan_id` integer NOT NULL,
  `voipplan_id` integer NOT NULL,
  `created_date` datetime NOT NULL,
  KEY `voipplan_voipcarrierplan_voipcarrierplan_id` (`voipcarrierplan_id`),
  KEY `voipplan_voipcarrierplan_voipplan_id` (`voipplan_id`),
  CONSTRAINT `voipplan_voipcarrierplan_voipcarrierplan_id_fk` FOREIGN KEY (`voipcarrierplan_id`) REFERENCES `voip_carrier_plan` (`id`),
  CONSTRAINT `voipplan_voipcarrierplan_voipplan_id_fk` FOREIGN KEY (`voipplan_id`) REFERENCES `voip_plan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_accountcode` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `accountcode` varchar(50) NULL UNIQUE,
  `description` varchar(200) NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  KEY `user_accountcode_user_id` (`user_id`),
  CONSTRAINT `user_accountcode_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_profile` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL UNIQUE,
  `voipplan_id` integer NULL,
  `address` varchar(200) NULL,
  `city` varchar(120) NULL,
  `state` varchar(120) NULL,
  `country` varchar(2) NULL,
  `zip_code` varchar(120) NULL,
  `phone_no` varchar(90) NULL,
  `fax` varchar(90) NULL,
  `company_name` varchar(90) NULL,
  `company_website` varchar(90) NULL,
  `language` varchar(2) NULL,
  `note` varchar(250) NULL,
  `multiple_email` longtext NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  KEY `user_profile_voipplan_id` (`voipplan_id`),
  CONSTRAINT `user_profile_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `user_profile_voipplan_id_fk` FOREIGN KEY (`voipplan_id`) REFERENCES `voip_plan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `voip_cdr` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `switch_id` integer NOT NULL,
  `cdr_source_type` integer NULL,
  `callid` varchar(80) NOT NULL,
  `caller_id_number` varchar(80) NOT NULL,
  `caller_id_name` varchar(80) NOT NULL,
  `destination_number` varchar(80) NOT NULL,
  `dialcode_id` integer NULL,
  `state` varchar(5) NULL,
  `channel` varchar(80) NULL,
  `starting_date` datetime NOT NULL,
  `duration` integer NOT NULL,
  `billsec` integer NOT NULL,
  `progresssec` integer NULL,
  `answersec` integer NULL,
  `waitsec` integer NULL,
  `hangup_cause_id` integer NOT NULL,
  `direction` integer NOT NULL,
  `country_id` integer NULL,
  `authorized` bool NOT NULL,
  `call_type` integer NULL,
  `accountcode` varchar(80) NOT NULL,
  `buy_rate` numeric(10, 5) NOT NULL,
  `buy_cost` numeric(12, 5) NOT NULL,
  `sell_rate` numeric(10, 5) NOT NULL,
  `sell_cost` numeric(12, 5) NOT NULL,
  `data` longtext NOT NULL,
  KEY `voip_cdr_user_id` (`user_id`),
  KEY `voip_cdr_switch_id` (`switch_id`),
  KEY `voip_cdr_destination_number` (`destination_number`),
  KEY `voip_cdr_dialcode_id` (`dialcode_id`),
  KEY `voip_cdr_starting_date` (`starting_date`),
  KEY `voip_cdr_hangup_cause_id` (`hangup_cause_id`),
  KEY `voip_cdr_direction` (`direction`),
  KEY `voip_cdr_country_id` (`country_id`),
  CONSTRAINT `voip_cdr_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `voip_cdr_switch_id_fk` FOREIGN KEY (`switch_id`) REFERENCES `voip_switch` (`id`),
  CONSTRAINT `voip_cdr_dialcode_id_fk` FOREIGN KEY (`dialcode_id`) REFERENCES `dialcode_prefix` (`prefix`),
  CONSTRAINT `voip_cdr_hangup_cause_id_fk` FOREIGN KEY (`hangup_cause_id`) REFERENCES `hangup_cause` (`id`),
  CONSTRAINT `voip_cdr_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `dialcode_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `cdr_import` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `switch` varchar(80) NOT NULL,
  `cdr_source_type` integer NULL,
  `callid` varchar(80) NOT NULL,
  `caller_id_number` varchar(80) NOT NULL,
  `caller_id_name` varchar(80) NOT NULL,
  `destination_number` varchar(80) NOT NULL,
  `dialcode` varchar(10) NOT NULL,
  `state` varchar(5) NOT NULL,
  `channel` varchar(80) NOT NULL,
  `starting_date` datetime NOT NULL,
  `duration` integer NOT NULL,
  `billsec` integer NOT NULL,
  `progresssec` integer NULL,
  `answersec` integer NULL,
  `waitsec` integer NULL,
  `hangup_cause_id` integer NULL,
  `hangup_cause` varchar(80) NOT NULL,
  `direction` integer NULL,
  `country_code` varchar(3) NOT NULL,
  `accountcode` varchar(40) NOT NULL,
  `buy_rate` numeric(10, 5) NULL,
  `buy_cost` numeric(12, 5) NULL,
  `sell_rate` numeric(10, 5) NULL,
  `sell_cost` numeric(12, 5) NULL,
  `imported` bool NOT NULL,
  `extradata` longtext NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `alert_remove_prefix` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `label` varchar(100) NOT NULL,
  `prefix` varchar(100) NOT NULL UNIQUE,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `alert` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `name` varchar(100) NOT NULL,
  `period` integer UNSIGNED NOT NULL,
  `type` integer UNSIGNED NOT NULL,
  `alert_condition` integer UNSIGNED NOT NULL,
  `alert_value` numeric(5, 2) NULL,
  `alert_condition_add_on` integer UNSIGNED NOT NULL,
  `status` integer UNSIGNED NOT NULL,
  `email_to_send_alarm` varchar(100) NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  KEY `alert_user_id` (`user_id`),
  CONSTRAINT `alert_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `alert_report` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `alarm_id` integer NOT NULL,
  `calculatedvalue` numeric(10, 3) NULL,
  `status` integer UNSIGNED NOT NULL,
  `daterun` datetime NOT NULL,
  KEY `alert_report_alarm_id` (`alarm_id`),
  CONSTRAINT `alert_report_alarm_id_fk` FOREIGN KEY (`alarm_id`) REFERENCES `alert` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `alert_blacklist` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `phonenumber_prefix` integer UNSIGNED NOT NULL,
  `country_id` integer NULL,
  KEY `alert_blacklist_user_id` (`user_id`),
  KEY `alert_blacklist_country_id` (`country_id`),
  CONSTRAINT `alert_blacklist_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `alert_blacklist_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `dialcode_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `alert_whitelist` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `phonenumber_prefix` integer UNSIGNED NOT NULL,
  `country_id` integer NULL,
  KEY `alert_whitelist_user_id` (`user_id`),
  KEY `alert_whitelist_country_id` (`country_id`),
  CONSTRAINT `alert_whitelist_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `alert_whitelist_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `dialcode_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
