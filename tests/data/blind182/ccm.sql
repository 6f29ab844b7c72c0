-- Community Cellular Manager (CCM; Facebook Connectivity, formerly Endaga) — cloud management and billing of
-- community GSM networks (base stations, subscribers, numbers, usage events, credit) and the base station's own
-- database
-- Upstream: github.com/facebookarchive/CommunityCellularManager (first published as facebookincubator/
-- CommunityCellularManager), commit e633771e4089dbff10de3f27c94101201a578e8b (BSD licence + PATENTS file)
--
-- Cloud (cloud/endagaweb, Django 1.10.1 on PostGIS; the repository ships no migrations, only models):
--   cloud/endagaweb/models.py — every concrete model (ChargingEntity is abstract; its fields open Number), written
--   as Django 1.10's MySQL backend creates them: table <app>_<model>, `id` integer AUTO_INCREMENT primary key,
--   ForeignKey/OneToOneField -> <name>_id integer (UNIQUE for one-to-one), NULL only where null=True, unique=True
--   kept, model defaults not written (Django keeps them in Python). Types: CharField varchar(n), TextField longtext,
--   DateTimeField datetime(6), BigIntegerField bigint, IntegerField integer, PositiveIntegerField integer UNSIGNED,
--   BooleanField/NullBooleanField bool, DecimalField numeric(p, s), UUIDField char(32), FileField varchar(100),
--   BinaryField longblob, the PostGIS GeometryField(geography=True) geometry.
--   With the framework tables its models and settings use: django.contrib.auth's auth_user, auth_group,
--   auth_user_groups, auth_permission and contenttypes' django_content_type (Django 1.10.1 migrations), DRF 3.3.3
--   authtoken_token (Network.api_token), django-guardian 1.4.2 object permissions (guardian/migrations/0001).
--   Left out: django_session, django_site, django_admin_log, auth_group_permissions, auth_user_user_permissions,
--   the django-allauth account/socialaccount tables.
-- Base station (client/core, PostgreSQL on the BTS): the tables its code creates — subscribers and endaga_config
--   (client/core/db/kvstore.py KVStore, via client/core/subscriber/base.py and client/core/config_database.py),
--   endaga_events (client/core/event_store.py), endaga_msgid (client/core/message_database.py), gprs_records
--   (client/core/gprs/gprs_database.py) and pending_transfers (SQLite, client/core/apps/sms_credit_transfer.py);
--   serial -> integer AUTO_INCREMENT, bigserial -> bigint AUTO_INCREMENT.

CREATE TABLE `django_content_type` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  UNIQUE KEY `django_content_type_app_label_model_uniq` (`app_label`, `model`)
) ENGINE=InnoDB;

CREATE TABLE `auth_permission` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `codename` varchar(100) NOT NULL,
  UNIQUE KEY `auth_permission_content_type_id_codename_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `auth_group` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(80) NOT NULL UNIQUE
) ENGINE=InnoDB;

CREATE TABLE `auth_user` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL UNIQUE,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `auth_user_groups` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  UNIQUE KEY `auth_user_groups_user_id_group_id_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_groups_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_network` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` longtext NULL,
  `subscriber_currency` longtext NOT NULL,
  `number_country` varchar(2) NOT NULL,
  `bypass_gateway_auth` bool NULL,
  `autoupgrade_enabled` bool NOT NULL,
  `autoupgrade_channel` longtext NOT NULL,
  `autoupgrade_in_window` bool NOT NULL,
  `autoupgrade_window_start` longtext NULL,
  `sub_vacuum_enabled` bool NOT NULL,
  `sub_vacuum_inactive_days` integer NOT NULL,
  `notify_emails` longtext NOT NULL,
  `notify_numbers` longtext NOT NULL,
  `auth_group_id` integer NULL UNIQUE,
  `auth_user_id` integer NULL UNIQUE,
  `stripe_cust_token` varchar(1024) NOT NULL,
  `stripe_last4` integer UNSIGNED NOT NULL,
  `stripe_card_type` longtext NOT NULL,
  `stripe_exp_mo` varchar(2) NOT NULL,
  `stripe_exp_year` varchar(4) NOT NULL,
  `autoload_enable` bool NOT NULL,
  `recharge_thresh` integer NOT NULL,
  `recharge_amount` integer NOT NULL,
  `currency` varchar(100) NOT NULL,
  `environment` longtext NOT NULL,
  CONSTRAINT `endagaweb_network_auth_group_id_fk` FOREIGN KEY (`auth_group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `endagaweb_network_auth_user_id_fk` FOREIGN KEY (`auth_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_userprofile` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL UNIQUE,
  `date` datetime(6) NOT NULL,
  `timezone` varchar(50) NOT NULL,
  `network_id` integer NULL,
  CONSTRAINT `endagaweb_userprofile_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `endagaweb_userprofile_network_id_fk` FOREIGN KEY (`network_id`) REFERENCES `endagaweb_network` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_ledger` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `network_id` integer NULL UNIQUE,
  `balance` bigint NOT NULL,
  CONSTRAINT `endagaweb_ledger_network_id_fk` FOREIGN KEY (`network_id`) REFERENCES `endagaweb_network` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_transaction` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `ledger_id` integer NULL,
  `count` integer NOT NULL,
  `amount` bigint NOT NULL,
  `kind` varchar(100) NOT NULL,
  `reason` varchar(500) NOT NULL,
  CONSTRAINT `endagaweb_transaction_ledger_id_fk` FOREIGN KEY (`ledger_id`) REFERENCES `endagaweb_ledger` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_bts` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `network_id` integer NOT NULL,
  `uuid` varchar(255) NOT NULL UNIQUE,
  `inbound_url` varchar(1024) NULL,
  `nickname` varchar(1024) NULL,
  `max_seqno` integer NOT NULL,
  `last_active` datetime(6) NULL,
  `status` varchar(20) NOT NULL,
  `registration_status` varchar(20) NOT NULL,
  `certificate` longtext NULL,
  `secret` longtext NULL,
  `package_versions` longtext NULL,
  `uptime` integer NULL,
  `location` geometry NOT NULL,
  `power_level` integer NOT NULL,
  `band` varchar(20) NULL,
  `channel` integer NULL,
  CONSTRAINT `endagaweb_bts_network_id_fk` FOREIGN KEY (`network_id`) REFERENCES `endagaweb_network` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_subscriber` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `network_id` integer NOT NULL,
  `bts_id` integer NULL,
  `imsi` varchar(50) NOT NULL UNIQUE,
  `name` longtext NOT NULL,
  `crdt_balance` longtext NOT NULL,
  `state` varchar(10) NOT NULL,
  `last_active` datetime(6) NULL,
  `last_outbound_activity` datetime(6) NULL,
  `last_camped` datetime(6) NULL,
  `prevent_automatic_deactivation` bool NOT NULL,
  CONSTRAINT `endagaweb_subscriber_network_id_fk` FOREIGN KEY (`network_id`) REFERENCES `endagaweb_network` (`id`),
  CONSTRAINT `endagaweb_subscriber_bts_id_fk` FOREIGN KEY (`bts_id`) REFERENCES `endagaweb_bts` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_number` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `last_charged` datetime(6) NULL,
  `kind` varchar(100) NULL,
  `valid_through` datetime(6) NULL,
  `recharge_num` integer NOT NULL,
  `recharge_unit` varchar(100) NOT NULL,
  `subscriber_id` integer NULL,
  `network_id` integer NULL,
  `number` varchar(1024) NOT NULL,
  `state` varchar(32) NOT NULL,
  `country_id` longtext NULL,
  CONSTRAINT `endagaweb_number_subscriber_id_fk` FOREIGN KEY (`subscriber_id`) REFERENCES `endagaweb_subscriber` (`id`),
  CONSTRAINT `endagaweb_number_network_id_fk` FOREIGN KEY (`network_id`) REFERENCES `endagaweb_network` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_systemevent` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `bts_id` integer NULL,
  `date` datetime(6) NOT NULL,
  `type` varchar(20) NOT NULL,
  CONSTRAINT `endagaweb_systemevent_bts_id_fk` FOREIGN KEY (`bts_id`) REFERENCES `endagaweb_bts` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_destinationgroup` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` longtext NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_destination` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `country_code` longtext NOT NULL,
  `country_name` longtext NOT NULL,
  `destination_group_id` integer NULL,
  `prefix` longtext NOT NULL,
  CONSTRAINT `endagaweb_destination_destination_group_id_fk` FOREIGN KEY (`destination_group_id`) REFERENCES `endagaweb_destinationgroup` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_usageevent` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `transaction_id` char(32) NOT NULL,
  `subscriber_id` integer NULL,
  `subscriber_imsi` longtext NULL,
  `bts_id` integer NULL,
  `bts_uuid` longtext NULL,
  `network_id` integer NULL,
  `date` datetime(6) NOT NULL,
  `kind` longtext NOT NULL,
  `reason` longtext NOT NULL,
  `oldamt` bigint NULL,
  `newamt` bigint NULL,
  `change` bigint NULL,
  `billsec` integer NULL,
  `call_duration` integer NULL,
  `from_imsi` varchar(64) NULL,
  `from_number` varchar(64) NULL,
  `to_imsi` varchar(64) NULL,
  `to_number` varchar(64) NULL,
  `destination_id` integer NULL,
  `tariff` integer NULL,
  `uploaded_bytes` bigint NULL,
  `downloaded_bytes` bigint NULL,
  `timespan` numeric(7, 1) NULL,
  `date_synced` datetime(6) NOT NULL,
  CONSTRAINT `endagaweb_usageevent_subscriber_id_fk` FOREIGN KEY (`subscriber_id`) REFERENCES `endagaweb_subscriber` (`id`),
  CONSTRAINT `endagaweb_usageevent_bts_id_fk` FOREIGN KEY (`bts_id`) REFERENCES `endagaweb_bts` (`id`),
  CONSTRAINT `endagaweb_usageevent_network_id_fk` FOREIGN KEY (`network_id`) REFERENCES `endagaweb_network` (`id`),
  CONSTRAINT `endagaweb_usageevent_destination_id_fk` FOREIGN KEY (`destination_id`) REFERENCES `endagaweb_destination` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_pendingcreditupdate` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `date` datetime(6) NOT NULL,
  `subscriber_id` integer NOT NULL,
  `amount` bigint NOT NULL,
  `uuid` longtext NOT NULL,
  CONSTRAINT `endagaweb_pendingcreditupdate_subscriber_id_fk` FOREIGN KEY (`subscriber_id`) REFERENCES `endagaweb_subscriber` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_networkdenomination` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `start_amount` bigint NOT NULL,
  `end_amount` bigint NOT NULL,
  `validity_days` integer UNSIGNED NOT NULL,
  `network_id` integer NULL,
  CONSTRAINT `endagaweb_networkdenomination_network_id_fk` FOREIGN KEY (`network_id`) REFERENCES `endagaweb_network` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_configurationkey` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `bts_id` integer NULL,
  `network_id` integer NULL,
  `category` longtext NOT NULL,
  `key` longtext NOT NULL,
  `value` longtext NOT NULL,
  CONSTRAINT `endagaweb_configurationkey_bts_id_fk` FOREIGN KEY (`bts_id`) REFERENCES `endagaweb_bts` (`id`),
  CONSTRAINT `endagaweb_configurationkey_network_id_fk` FOREIGN KEY (`network_id`) REFERENCES `endagaweb_network` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_billingtier` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `cost_to_operator_per_min` integer NOT NULL,
  `cost_to_operator_per_sms` integer NOT NULL,
  `cost_to_subscriber_per_min` integer NOT NULL,
  `cost_to_subscriber_per_sms` integer NOT NULL,
  `destination_group_id` integer NULL,
  `directionality` longtext NOT NULL,
  `name` longtext NOT NULL,
  `network_id` integer NULL,
  `traffic_enabled` bool NOT NULL,
  `billable_unit` integer NOT NULL,
  CONSTRAINT `endagaweb_billingtier_destination_group_id_fk` FOREIGN KEY (`destination_group_id`) REFERENCES `endagaweb_destinationgroup` (`id`),
  CONSTRAINT `endagaweb_billingtier_network_id_fk` FOREIGN KEY (`network_id`) REFERENCES `endagaweb_network` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_deregisteredbts` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `uuid` varchar(255) NOT NULL UNIQUE,
  `secret` longtext NULL
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_clientrelease` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `date` datetime(6) NOT NULL,
  `version` longtext NOT NULL,
  `channel` longtext NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_lock` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `key` longtext NOT NULL UNIQUE,
  `value` longtext NULL,
  `ttl` integer NULL,
  `updated` datetime(6) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_timeseriesstat` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `key` longtext NOT NULL,
  `value` numeric(12, 3) NULL,
  `date` datetime(6) NOT NULL,
  `bts_id` integer NULL,
  `network_id` integer NOT NULL,
  CONSTRAINT `endagaweb_timeseriesstat_bts_id_fk` FOREIGN KEY (`bts_id`) REFERENCES `endagaweb_bts` (`id`),
  CONSTRAINT `endagaweb_timeseriesstat_network_id_fk` FOREIGN KEY (`network_id`) REFERENCES `endagaweb_network` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_btslogfile` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `uuid` char(32) NOT NULL,
  `requested` datetime(6) NOT NULL,
  `logfile` varchar(100) NULL,
  `log_name` varchar(60) NOT NULL,
  `task_id` varchar(50) NULL,
  `status` varchar(10) NOT NULL,
  `window_start` datetime(6) NULL,
  `window_end` datetime(6) NULL,
  `bts_id` integer NOT NULL,
  CONSTRAINT `endagaweb_btslogfile_bts_id_fk` FOREIGN KEY (`bts_id`) REFERENCES `endagaweb_bts` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `endagaweb_fileupload` (
  `name` varchar(255) NOT NULL PRIMARY KEY,
  `data` longblob NOT NULL,
  `size` bigint NOT NULL,
  `created_time` datetime(6) NOT NULL,
  `modified_time` datetime(6) NOT NULL,
  `accessed_time` datetime(6) NOT NULL
) ENGINE=InnoDB;

-- Django REST framework 3.3.3 rest_framework.authtoken (Token: key, created, user one-to-one)
CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `user_id` integer NOT NULL UNIQUE,
  CONSTRAINT `authtoken_token_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

-- django-guardian 1.4.2 (guardian/migrations/0001_initial.py)
CREATE TABLE `guardian_groupobjectpermission` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `object_pk` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  UNIQUE KEY `guardian_groupobjectpermission_uniq` (`group_id`, `permission_id`, `object_pk`),
  CONSTRAINT `guardian_groupobjectpermission_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `guardian_groupobjectpermission_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `guardian_groupobjectpermission_permission_id_fk` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `guardian_userobjectpermission` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `object_pk` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  UNIQUE KEY `guardian_userobjectpermission_uniq` (`user_id`, `permission_id`, `object_pk`),
  CONSTRAINT `guardian_userobjectpermission_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `guardian_userobjectpermission_permission_id_fk` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `guardian_userobjectpermission_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

-- Base station database (client/core)
CREATE TABLE `subscribers` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `imsi` text UNIQUE NOT NULL,
  `balance` text
) ENGINE=InnoDB;

CREATE TABLE `endaga_config` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `key` text UNIQUE NOT NULL,
  `value` text
) ENGINE=InnoDB;

CREATE TABLE `endaga_events` (
  `seqno` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `data` json
) ENGINE=InnoDB;

CREATE TABLE `endaga_msgid` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `msgid` text UNIQUE NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `gprs_records` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `record_timestamp` timestamp DEFAULT current_timestamp,
  `imsi` text,
  `ipaddr` text,
  `uploaded_bytes` integer,
  `downloaded_bytes` integer,
  `uploaded_bytes_delta` integer,
  `downloaded_bytes_delta` integer
) ENGINE=InnoDB;

-- SQLite file of the SMS credit-transfer app (config key pending_transfer_db_path)
CREATE TABLE `pending_transfers` (
  `code` VARCHAR(5) PRIMARY KEY,
  `time` FLOAT,
  `from_acct` INTEGER,
  `to_acct` INTEGER,
  `amount` INTEGER
) ENGINE=InnoDB;
