-- Modoboa (mail hosting and management platform: domains, mailboxes, aliases, auto-replies, calendars, address
-- books, DMARC reports, IMAP migrations, mail log, scheduled webmail messages).
-- Upstream: github.com/modoboa/modoboa, commit 9ec749703cde97636ea5a9db95f4accea63b8a87 (ISC licence), Django 5.2.
-- How it was made: the Django migrations of the Modoboa apps (modoboa/*/migrations/*.py: 120 files replayed, the squashed
-- limits migration used in place of the four it replaces) were replayed in dependency order as a fresh install
-- does (CreateModel, AddField, AlterField, RemoveField, RenameField, DeleteModel, AlterUniqueTogether, RenameIndex
-- ...; RunPython data steps skipped) and each final model written as the CREATE TABLE that Django 5.2's MySQL
-- backend emits: column order = CreateModel order then AddField order; AutoField -> integer AUTO_INCREMENT,
-- BigAutoField -> bigint AUTO_INCREMENT, CharField/EmailField/PhoneNumberField -> varchar(max_length; 254 / 128),
-- TextField -> longtext, JSONField -> json, BooleanField -> bool, DateTimeField -> datetime(6),
-- PositiveIntegerField -> integer UNSIGNED, FloatField -> double precision, GenericIPAddressField -> char(39),
-- FileField -> varchar(100); ForeignKey/OneToOneField -> <name>_id with a FOREIGN KEY (OneToOne UNIQUE);
-- null=False -> NOT NULL; unique, db_index, unique_together, index_together and Meta indexes as keys (key and
-- constraint names are not Django's hashed names). The auto-created many-to-many tables core_user_groups and
-- modoboa_contacts_contact_categories are written as Django creates them.
-- Also included, as the foreign-key targets Django creates: django_content_type, auth_group, django_site.
-- Left out: the amavis app's unmanaged models (they describe the separate Amavis database, not Modoboa's),
-- core_user_user_permissions and auth_permission (Django's per-user permission tables, unused by Modoboa's roles),
-- and the tables of third-party apps Modoboa installs (django-otp, django-oauth-toolkit, django-reversion,
-- DRF authtoken, django_session, django_admin_log, django_migrations).

CREATE TABLE `django_content_type` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
);

CREATE TABLE `auth_group` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(150) NOT NULL UNIQUE
);

CREATE TABLE `django_site` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL UNIQUE,
  `name` varchar(50) NOT NULL
);

CREATE TABLE `core_user` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `is_superuser` bool NOT NULL,
  `username` varchar(254) NOT NULL UNIQUE,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `is_local` bool NOT NULL,
  `password` varchar(256) NOT NULL,
  `last_login` datetime(6) NULL,
  `master_user` bool NOT NULL,
  `language` varchar(10) NOT NULL,
  `phone_number` varchar(128) NULL,
  `secondary_email` varchar(254) NULL,
  `_parameters` json NOT NULL,
  `totp_enabled` bool NOT NULL,
  `webauthn_enabled` bool NOT NULL,
  KEY `core_user_email_idx` (`email`),
  KEY `core_user_is_staff_idx` (`is_staff`),
  KEY `core_user_is_active_idx` (`is_active`),
  KEY `core_user_is_local_idx` (`is_local`),
  KEY `core_user_email_c0c03f_idx` (`email`, `is_active`)
);

CREATE TABLE `core_user_groups` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `user_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  UNIQUE KEY `core_user_groups_user_id_group_id_uniq` (`user_id`, `group_id`),
  CONSTRAINT `core_user_groups_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`),
  CONSTRAINT `core_user_groups_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `core_log` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `message` longtext NOT NULL,
  `level` varchar(15) NOT NULL,
  `logger` varchar(30) NOT NULL
);

CREATE TABLE `core_objectaccess` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `object_id` integer UNSIGNED NOT NULL,
  `is_owner` bool NOT NULL,
  `content_type_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  KEY `core_objectaccess_content_type_id_idx` (`content_type_id`),
  KEY `core_objectaccess_user_id_idx` (`user_id`),
  UNIQUE KEY `core_objectaccess_user_id_content_type_id_object_id_uniq` (`user_id`, `content_type_id`, `object_id`),
  CONSTRAINT `core_objectaccess_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `core_objectaccess_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`)
);

CREATE TABLE `admin_quota` (
  `username` varchar(254) NOT NULL PRIMARY KEY,
  `bytes` bigint NOT NULL,
  `messages` integer NOT NULL
);

CREATE TABLE `transport_transport` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `pattern` varchar(253) NOT NULL UNIQUE,
  `service` varchar(30) NOT NULL,
  `next_hop` varchar(100) NOT NULL,
  `_settings` json NOT NULL
);

CREATE TABLE `admin_domain` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(253) NOT NULL UNIQUE,
  `default_mailbox_quota` integer UNSIGNED NOT NULL,
  `enabled` bool NOT NULL,
  `type` varchar(20) NOT NULL,
  `creation` datetime(6) NOT NULL,
  `last_modification` datetime(6) NOT NULL,
  `enable_dns_checks` bool NOT NULL,
  `quota` integer UNSIGNED NOT NULL,
  `transport_id` integer NULL UNIQUE,
  `dkim_key_length` integer UNSIGNED NULL,
  `dkim_key_selector` varchar(30) NOT NULL,
  `dkim_private_key_path` varchar(254) NOT NULL,
  `dkim_public_key` longtext NOT NULL,
  `enable_dkim` bool NOT NULL,
  `message_limit` integer UNSIGNED NULL,
  `last_dns_check_execution` datetime(6) NULL,
  CONSTRAINT `admin_domain_transport_id_fk` FOREIGN KEY (`transport_id`) REFERENCES `transport_transport` (`id`)
);

CREATE TABLE `admin_alias` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `address` varchar(254) NOT NULL,
  `enabled` bool NOT NULL,
  `internal` bool NOT NULL,
  `domain_id` integer NULL,
  `description` longtext NOT NULL,
  `expire_at` datetime(6) NULL,
  `creation` datetime(6) NOT NULL,
  `last_modification` datetime(6) NOT NULL,
  KEY `admin_alias_domain_id_idx` (`domain_id`),
  UNIQUE KEY `admin_alias_address_internal_uniq` (`address`, `internal`),
  CONSTRAINT `admin_alias_domain_id_fk` FOREIGN KEY (`domain_id`) REFERENCES `admin_domain` (`id`)
);

CREATE TABLE `admin_domainalias` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(100) NOT NULL UNIQUE,
  `enabled` bool NOT NULL,
  `target_id` integer NOT NULL,
  `creation` datetime(6) NOT NULL,
  `last_modification` datetime(6) NOT NULL,
  KEY `admin_domainalias_target_id_idx` (`target_id`),
  CONSTRAINT `admin_domainalias_target_id_fk` FOREIGN KEY (`target_id`) REFERENCES `admin_domain` (`id`)
);

CREATE TABLE `admin_mailbox` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `address` varchar(252) NOT NULL,
  `quota` integer UNSIGNED NOT NULL,
  `use_domain_quota` bool NOT NULL,
  `domain_id` integer NOT NULL,
  `user_id` integer NOT NULL UNIQUE,
  `creation` datetime(6) NOT NULL,
  `last_modification` datetime(6) NOT NULL,
  `message_limit` integer UNSIGNED NULL,
  `is_send_only` bool NOT NULL,
  KEY `admin_mailbox_domain_id_idx` (`domain_id`),
  CONSTRAINT `admin_mailbox_domain_id_fk` FOREIGN KEY (`domain_id`) REFERENCES `admin_domain` (`id`),
  CONSTRAINT `admin_mailbox_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`)
);

CREATE TABLE `modoboa_admin_aliasrecipient` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `address` varchar(254) NOT NULL,
  `alias_id` integer NOT NULL,
  `r_alias_id` integer NULL,
  `r_mailbox_id` integer NULL,
  KEY `modoboa_admin_aliasrecipient_alias_id_idx` (`alias_id`),
  KEY `modoboa_admin_aliasrecipient_r_alias_id_idx` (`r_alias_id`),
  KEY `modoboa_admin_aliasrecipient_r_mailbox_id_idx` (`r_mailbox_id`),
  UNIQUE KEY `modoboa_admin_aliasrecipient_alias_id_r_alias_id_uniq` (`alias_id`, `r_alias_id`),
  UNIQUE KEY `modoboa_admin_aliasrecipient_alias_id_r_mailbox_id_uniq` (`alias_id`, `r_mailbox_id`),
  CONSTRAINT `modoboa_admin_aliasrecipient_alias_id_fk` FOREIGN KEY (`alias_id`) REFERENCES `admin_alias` (`id`),
  CONSTRAINT `modoboa_admin_aliasrecipient_r_alias_id_fk` FOREIGN KEY (`r_alias_id`) REFERENCES `admin_alias` (`id`),
  CONSTRAINT `modoboa_admin_aliasrecipient_r_mailbox_id_fk` FOREIGN KEY (`r_mailbox_id`) REFERENCES `admin_mailbox` (`id`)
);

CREATE TABLE `admin_mailboxoperation` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `type` varchar(20) NOT NULL,
  `argument` longtext NOT NULL,
  `mailbox_id` integer NULL,
  KEY `admin_mailboxoperation_mailbox_id_idx` (`mailbox_id`),
  CONSTRAINT `admin_mailboxoperation_mailbox_id_fk` FOREIGN KEY (`mailbox_id`) REFERENCES `admin_mailbox` (`id`)
);

CREATE TABLE `admin_mxrecord` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(254) NOT NULL,
  `address` char(39) NOT NULL,
  `managed` bool NOT NULL,
  `updated` datetime(6) NOT NULL,
  `domain_id` integer NOT NULL,
  KEY `admin_mxrecord_domain_id_idx` (`domain_id`),
  CONSTRAINT `admin_mxrecord_domain_id_fk` FOREIGN KEY (`domain_id`) REFERENCES `admin_domain` (`id`)
);

CREATE TABLE `admin_dnsblresult` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `provider` varchar(254) NOT NULL,
  `status` varchar(45) NOT NULL,
  `domain_id` integer NOT NULL,
  `mx_id` integer NOT NULL,
  KEY `admin_dnsblresult_provider_idx` (`provider`),
  KEY `admin_dnsblresult_status_idx` (`status`),
  KEY `admin_dnsblresult_domain_id_idx` (`domain_id`),
  KEY `admin_dnsblresult_mx_id_idx` (`mx_id`),
  UNIQUE KEY `admin_dnsblresult_domain_id_provider_mx_id_uniq` (`domain_id`, `provider`, `mx_id`),
  CONSTRAINT `admin_dnsblresult_domain_id_fk` FOREIGN KEY (`domain_id`) REFERENCES `admin_domain` (`id`),
  CONSTRAINT `admin_dnsblresult_mx_id_fk` FOREIGN KEY (`mx_id`) REFERENCES `admin_mxrecord` (`id`)
);

CREATE TABLE `admin_senderaddress` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `address` varchar(254) NOT NULL,
  `mailbox_id` integer NOT NULL,
  KEY `admin_senderaddress_mailbox_id_idx` (`mailbox_id`),
  UNIQUE KEY `admin_senderaddress_address_mailbox_id_uniq` (`address`, `mailbox_id`),
  CONSTRAINT `admin_senderaddress_mailbox_id_fk` FOREIGN KEY (`mailbox_id`) REFERENCES `admin_mailbox` (`id`)
);

CREATE TABLE `admin_alarm` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `closed` datetime(6) NULL,
  `status` integer NOT NULL,
  `title` longtext NOT NULL,
  `internal_name` varchar(120) NOT NULL,
  `domain_id` integer NULL,
  `mailbox_id` integer NULL,
  KEY `admin_alarm_status_idx` (`status`),
  KEY `admin_alarm_domain_id_idx` (`domain_id`),
  KEY `admin_alarm_mailbox_id_idx` (`mailbox_id`),
  CONSTRAINT `admin_alarm_domain_id_fk` FOREIGN KEY (`domain_id`) REFERENCES `admin_domain` (`id`),
  CONSTRAINT `admin_alarm_mailbox_id_fk` FOREIGN KEY (`mailbox_id`) REFERENCES `admin_mailbox` (`id`)
);

CREATE TABLE `core_localconfig` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `api_pk` integer UNSIGNED NULL,
  `api_versions` json NOT NULL,
  `site_id` integer NOT NULL,
  `_parameters` json NOT NULL,
  `need_dovecot_update` bool NOT NULL,
  KEY `core_localconfig_site_id_idx` (`site_id`),
  CONSTRAINT `core_localconfig_site_id_fk` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
);

CREATE TABLE `core_extensionupdatehistory` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `extension` varchar(100) NOT NULL,
  `version` varchar(30) NOT NULL,
  UNIQUE KEY `core_extensionupdatehistory_extension_version_uniq` (`extension`, `version`)
);

CREATE TABLE `postfix_autoreply_armessage` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `subject` varchar(255) NOT NULL,
  `content` longtext NOT NULL,
  `enabled` bool NOT NULL,
  `fromdate` datetime(6) NOT NULL,
  `untildate` datetime(6) NULL,
  `mbox_id` integer NOT NULL,
  KEY `postfix_autoreply_armessage_mbox_id_idx` (`mbox_id`),
  CONSTRAINT `postfix_autoreply_armessage_mbox_id_fk` FOREIGN KEY (`mbox_id`) REFERENCES `admin_mailbox` (`id`)
);

CREATE TABLE `radicale_sharedcalendar` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `domain_id` integer NOT NULL,
  `color` varchar(7) NOT NULL,
  `_path` longtext NOT NULL,
  `access_token` varchar(50) NOT NULL,
  KEY `radicale_sharedcalendar_domain_id_idx` (`domain_id`),
  CONSTRAINT `radicale_sharedcalendar_domain_id_fk` FOREIGN KEY (`domain_id`) REFERENCES `admin_domain` (`id`)
);

CREATE TABLE `radicale_usercalendar` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `mailbox_id` integer NOT NULL,
  `color` varchar(7) NOT NULL,
  `_path` longtext NOT NULL,
  `access_token` varchar(50) NOT NULL,
  KEY `radicale_usercalendar_mailbox_id_idx` (`mailbox_id`),
  CONSTRAINT `radicale_usercalendar_mailbox_id_fk` FOREIGN KEY (`mailbox_id`) REFERENCES `admin_mailbox` (`id`)
);

CREATE TABLE `radicale_accessrule` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `read` bool NOT NULL,
  `write` bool NOT NULL,
  `last_update` datetime(6) NOT NULL,
  `calendar_id` integer NOT NULL,
  `mailbox_id` integer NOT NULL,
  KEY `radicale_accessrule_calendar_id_idx` (`calendar_id`),
  KEY `radicale_accessrule_mailbox_id_idx` (`mailbox_id`),
  UNIQUE KEY `radicale_accessrule_mailbox_id_calendar_id_uniq` (`mailbox_id`, `calendar_id`),
  CONSTRAINT `radicale_accessrule_calendar_id_fk` FOREIGN KEY (`calendar_id`) REFERENCES `radicale_usercalendar` (`id`),
  CONSTRAINT `radicale_accessrule_mailbox_id_fk` FOREIGN KEY (`mailbox_id`) REFERENCES `admin_mailbox` (`id`)
);

CREATE TABLE `modoboa_contacts_category` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `user_id` integer NOT NULL,
  KEY `modoboa_contacts_category_user_id_idx` (`user_id`),
  CONSTRAINT `modoboa_contacts_category_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`)
);

CREATE TABLE `modoboa_contacts_addressbook` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `sync_token` longtext NOT NULL,
  `last_sync` datetime(6) NULL,
  `user_id` integer NOT NULL,
  `_path` longtext NOT NULL,
  `syncing` bool NOT NULL,
  KEY `modoboa_contacts_addressbook_user_id_idx` (`user_id`),
  CONSTRAINT `modoboa_contacts_addressbook_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`)
);

CREATE TABLE `modoboa_contacts_contact` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `display_name` varchar(60) NOT NULL,
  `birth_date` date NULL,
  `company` varchar(100) NOT NULL,
  `position` varchar(200) NOT NULL,
  `address` longtext NOT NULL,
  `zipcode` varchar(15) NOT NULL,
  `city` varchar(100) NOT NULL,
  `country` varchar(100) NOT NULL,
  `state` varchar(100) NOT NULL,
  `note` longtext NOT NULL,
  `uid` varchar(100) NULL UNIQUE,
  `etag` longtext NOT NULL,
  `addressbook_id` integer NOT NULL,
  KEY `modoboa_contacts_contact_addressbook_id_idx` (`addressbook_id`),
  CONSTRAINT `modoboa_contacts_contact_addressbook_id_fk` FOREIGN KEY (`addressbook_id`) REFERENCES `modoboa_contacts_addressbook` (`id`)
);

CREATE TABLE `modoboa_contacts_contact_categories` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `contact_id` integer NOT NULL,
  `category_id` integer NOT NULL,
  UNIQUE KEY `modoboa_contacts_contact_categories_contact_id_category_id_uniq` (`contact_id`, `category_id`),
  CONSTRAINT `modoboa_contacts_contact_categories_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `modoboa_contacts_contact` (`id`),
  CONSTRAINT `modoboa_contacts_contact_categories_category_id_fk` FOREIGN KEY (`category_id`) REFERENCES `modoboa_contacts_category` (`id`)
);

CREATE TABLE `modoboa_contacts_emailaddress` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `address` varchar(254) NOT NULL,
  `type` varchar(20) NOT NULL,
  `contact_id` integer NOT NULL,
  KEY `modoboa_contacts_emailaddress_contact_id_idx` (`contact_id`),
  CONSTRAINT `modoboa_contacts_emailaddress_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `modoboa_contacts_contact` (`id`)
);

CREATE TABLE `modoboa_contacts_phonenumber` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `number` varchar(40) NOT NULL,
  `type` varchar(20) NOT NULL,
  `contact_id` integer NOT NULL,
  KEY `modoboa_contacts_phonenumber_contact_id_idx` (`contact_id`),
  CONSTRAINT `modoboa_contacts_phonenumber_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `modoboa_contacts_contact` (`id`)
);

CREATE TABLE `core_userfidokey` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `added_on` datetime(6) NOT NULL,
  `last_used` datetime(6) NULL,
  `use_count` integer NOT NULL,
  `credential_data` longtext NOT NULL,
  `user_id` integer NOT NULL,
  KEY `core_userfidokey_user_id_idx` (`user_id`),
  CONSTRAINT `core_userfidokey_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`)
);

CREATE TABLE `dmarc_reporter` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `org_name` varchar(100) NOT NULL,
  `email` varchar(254) NOT NULL UNIQUE
);

CREATE TABLE `dmarc_report` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `report_id` varchar(100) NOT NULL,
  `start_date` datetime(6) NOT NULL,
  `end_date` datetime(6) NOT NULL,
  `policy_domain` varchar(100) NOT NULL,
  `policy_adkim` varchar(1) NOT NULL,
  `policy_aspf` varchar(1) NOT NULL,
  `policy_p` varchar(10) NOT NULL,
  `policy_sp` varchar(10) NOT NULL,
  `policy_pct` smallint NOT NULL,
  `reporter_id` integer NOT NULL,
  KEY `dmarc_report_reporter_id_idx` (`reporter_id`),
  UNIQUE KEY `dmarc_report_reporter_id_report_id_uniq` (`reporter_id`, `report_id`),
  CONSTRAINT `dmarc_report_reporter_id_fk` FOREIGN KEY (`reporter_id`) REFERENCES `dmarc_reporter` (`id`)
);

CREATE TABLE `dmarc_record` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `source_ip` char(39) NOT NULL,
  `count` integer NOT NULL,
  `disposition` varchar(10) NOT NULL,
  `dkim_result` varchar(9) NOT NULL,
  `spf_result` varchar(9) NOT NULL,
  `reason_type` varchar(15) NOT NULL,
  `reason_comment` varchar(100) NOT NULL,
  `header_from_id` integer NOT NULL,
  `report_id` integer NOT NULL,
  KEY `dmarc_record_header_from_id_idx` (`header_from_id`),
  KEY `dmarc_record_report_id_idx` (`report_id`),
  CONSTRAINT `dmarc_record_header_from_id_fk` FOREIGN KEY (`header_from_id`) REFERENCES `admin_domain` (`id`),
  CONSTRAINT `dmarc_record_report_id_fk` FOREIGN KEY (`report_id`) REFERENCES `dmarc_report` (`id`)
);

CREATE TABLE `dmarc_result` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `type` varchar(4) NOT NULL,
  `domain` varchar(100) NOT NULL,
  `result` varchar(9) NOT NULL,
  `record_id` integer NOT NULL,
  KEY `dmarc_result_record_id_idx` (`record_id`),
  CONSTRAINT `dmarc_result_record_id_fk` FOREIGN KEY (`record_id`) REFERENCES `dmarc_record` (`id`)
);

CREATE TABLE `dnstools_dnsrecord` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `type` varchar(15) NOT NULL,
  `value` longtext NOT NULL,
  `is_valid` bool NOT NULL,
  `error` varchar(50) NULL,
  `updated` datetime(6) NOT NULL,
  `domain_id` integer NOT NULL,
  KEY `dnstools_dnsrecord_domain_id_idx` (`domain_id`),
  CONSTRAINT `dnstools_dnsrecord_domain_id_fk` FOREIGN KEY (`domain_id`) REFERENCES `admin_domain` (`id`)
);

CREATE TABLE `imap_migration_emailprovider` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `address` varchar(200) NOT NULL,
  `port` integer UNSIGNED NOT NULL,
  `secured` bool NOT NULL
);

CREATE TABLE `imap_migration_migration` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `_password` varchar(255) NOT NULL,
  `mailbox_id` integer NOT NULL,
  `username` varchar(254) NOT NULL UNIQUE,
  `provider_id` integer NOT NULL,
  KEY `imap_migration_migration_mailbox_id_idx` (`mailbox_id`),
  KEY `imap_migration_migration_provider_id_idx` (`provider_id`),
  CONSTRAINT `imap_migration_migration_mailbox_id_fk` FOREIGN KEY (`mailbox_id`) REFERENCES `admin_mailbox` (`id`),
  CONSTRAINT `imap_migration_migration_provider_id_fk` FOREIGN KEY (`provider_id`) REFERENCES `imap_migration_emailprovider` (`id`)
);

CREATE TABLE `imap_migration_emailproviderdomain` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(100) NOT NULL UNIQUE,
  `new_domain_id` integer NULL,
  `provider_id` integer NOT NULL,
  KEY `imap_migration_emailproviderdomain_new_domain_id_idx` (`new_domain_id`),
  KEY `imap_migration_emailproviderdomain_provider_id_idx` (`provider_id`),
  CONSTRAINT `imap_migration_emailproviderdomain_new_domain_id_fk` FOREIGN KEY (`new_domain_id`) REFERENCES `admin_domain` (`id`),
  CONSTRAINT `imap_migration_emailproviderdomain_provider_id_fk` FOREIGN KEY (`provider_id`) REFERENCES `imap_migration_emailprovider` (`id`)
);

CREATE TABLE `limits_userobjectlimit` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(254) NOT NULL,
  `max_value` integer NOT NULL,
  `content_type_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  KEY `limits_userobjectlimit_content_type_id_idx` (`content_type_id`),
  KEY `limits_userobjectlimit_user_id_idx` (`user_id`),
  UNIQUE KEY `limits_userobjectlimit_user_id_name_uniq` (`user_id`, `name`),
  CONSTRAINT `limits_userobjectlimit_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `limits_userobjectlimit_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `core_user` (`id`)
);

CREATE TABLE `limits_domainobjectlimit` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(254) NOT NULL,
  `max_value` integer NOT NULL,
  `domain_id` integer NOT NULL,
  KEY `limits_domainobjectlimit_domain_id_idx` (`domain_id`),
  UNIQUE KEY `limits_domainobjectlimit_domain_id_name_uniq` (`domain_id`, `name`),
  CONSTRAINT `limits_domainobjectlimit_domain_id_fk` FOREIGN KEY (`domain_id`) REFERENCES `admin_domain` (`id`)
);

CREATE TABLE `maillog_maillog` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `queue_id` varchar(50) NOT NULL,
  `date` datetime(6) NOT NULL,
  `sender` varchar(254) NOT NULL,
  `rcpt` varchar(254) NOT NULL,
  `original_rcpt` varchar(254) NULL,
  `size` integer UNSIGNED NOT NULL,
  `status` varchar(15) NOT NULL,
  `from_domain_id` integer NULL,
  `to_domain_id` integer NULL,
  KEY `maillog_maillog_date_idx` (`date`),
  KEY `maillog_maillog_from_domain_id_idx` (`from_domain_id`),
  KEY `maillog_maillog_to_domain_id_idx` (`to_domain_id`),
  CONSTRAINT `maillog_maillog_from_domain_id_fk` FOREIGN KEY (`from_domain_id`) REFERENCES `admin_domain` (`id`),
  CONSTRAINT `maillog_maillog_to_domain_id_fk` FOREIGN KEY (`to_domain_id`) REFERENCES `admin_domain` (`id`)
);

CREATE TABLE `relaydomains_recipientaccess` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `pattern` varchar(254) NOT NULL UNIQUE,
  `action` varchar(40) NOT NULL
);

CREATE TABLE `webmail_scheduledmessage` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `sender` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` longtext NOT NULL,
  `to` longtext NOT NULL,
  `cc` longtext NULL,
  `bcc` longtext NULL,
  `in_reply_to` varchar(200) NULL,
  `scheduled_datetime` datetime(6) NOT NULL,
  `imap_uid` integer NULL,
  `status` varchar(15) NOT NULL,
  `error` varchar(255) NULL,
  `account_id` integer NOT NULL,
  `request_dsn` bool NOT NULL,
  `request_mdn` bool NOT NULL,
  KEY `webmail_scheduledmessage_status_idx` (`status`),
  KEY `webmail_scheduledmessage_account_id_idx` (`account_id`),
  CONSTRAINT `webmail_scheduledmessage_account_id_fk` FOREIGN KEY (`account_id`) REFERENCES `core_user` (`id`)
);

CREATE TABLE `webmail_messageattachment` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `file` varchar(100) NOT NULL,
  `content_type` varchar(150) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `message_id` integer NOT NULL,
  KEY `webmail_messageattachment_message_id_idx` (`message_id`),
  CONSTRAINT `webmail_messageattachment_message_id_fk` FOREIGN KEY (`message_id`) REFERENCES `webmail_scheduledmessage` (`id`)
);
