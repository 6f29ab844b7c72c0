-- Makerspace Leiden CRM (makerspaceleiden-crm: members, RFID tags, machines, instruction entitlements, petty cash),
-- github.com/MakerSpaceLeiden/makerspaceleiden-crm at commit 3d77ba73c99254fcf6bd69d0530c2bc35f7238fd (Apache-2.0).
-- The project's own Django migrations (every app of INSTALLED_APPS in makerspaceleiden/settings.py, 143 migrations)
-- applied with `manage.py migrate` to MariaDB 10.11 under the versions of uv.lock (Django 4.2.23,
-- django-simple-history 3.10.1, django-oauth-toolkit 3.0.1, djangorestframework-api-key 3.1.0, django-money 3.5.4);
-- `makemigrations --check` reported no model change missing. This is mysqldump --no-data of that database, tables
-- ordered so that foreign-key targets come first (the access-token / refresh-token cycle closed by an ALTER TABLE).
-- acl_application is the swapped django-oauth-toolkit application model.
-- Left out: 20 simple_history copies of kept tables (acl_historicallocation, acl_historicalmachine,
-- acl_historicalpermittype, agenda_historicalagenda, chores_historicalchore, chores_historicalchorevolunteer,
-- mailinglists_historicalmailinglist, mailinglists_historicalsubscription, memberbox_historicalmemberbox,
-- members_historicalauditrecord, motd_historicalmotd, pettycash_historicalpettycashbalancecache,
-- pettycash_historicalpettycashreimbursementrequest, pettycash_historicalpettycashsku,
-- pettycash_historicalpettycashstation, selfservice_historicalwifinetwork, storage_historicalstorage,
-- sumup_connector_historicalcheckout, terminal_historicalterminal, ufo_historicalufo), auth_group_permissions,
-- members_user_user_permissions, pettycash_pettycashstation_available_skus and django_migrations.

CREATE TABLE `acl_permittype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `description` varchar(200) NOT NULL,
  `permit_id` int(11) DEFAULT NULL,
  `require_ok_trustee` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `acl_permittype_permit_id_602721e4_fk_acl_permittype_id` (`permit_id`),
  CONSTRAINT `acl_permittype_permit_id_602721e4_fk_acl_permittype_id` FOREIGN KEY (`permit_id`) REFERENCES `acl_permittype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acl_location` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `description` varchar(200) NOT NULL,
  `location_parent_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `acl_location_location_parent_id_d1664ec1_fk_acl_location_id` (`location_parent_id`),
  CONSTRAINT `acl_location_location_parent_id_d1664ec1_fk_acl_location_id` FOREIGN KEY (`location_parent_id`) REFERENCES `acl_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `members_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `email` varchar(254) NOT NULL,
  `form_on_file` tinyint(1) NOT NULL,
  `email_confirmed` tinyint(1) NOT NULL,
  `phone_number` varchar(40) DEFAULT NULL,
  `image` varchar(100) NOT NULL,
  `telegram_user_id` varchar(200) DEFAULT NULL,
  `uses_signal` tinyint(1) NOT NULL,
  `always_uses_email` tinyint(1) NOT NULL,
  `is_onsite` tinyint(1) NOT NULL,
  `onsite_updated_at` datetime(6) DEFAULT NULL,
  `location_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  KEY `members_user_location_id_a0263966_fk_acl_location_id` (`location_id`),
  CONSTRAINT `members_user_location_id_a0263966_fk_acl_location_id` FOREIGN KEY (`location_id`) REFERENCES `acl_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acl_application` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `client_id` varchar(100) NOT NULL,
  `redirect_uris` longtext NOT NULL,
  `post_logout_redirect_uris` longtext NOT NULL,
  `client_type` varchar(32) NOT NULL,
  `authorization_grant_type` varchar(32) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `hash_client_secret` tinyint(1) NOT NULL,
  `name` varchar(255) NOT NULL,
  `skip_authorization` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `algorithm` varchar(5) NOT NULL,
  `allowed_origins` longtext NOT NULL,
  `permit_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_id` (`client_id`),
  KEY `acl_application_permit_id_d84e75c0_fk_acl_permittype_id` (`permit_id`),
  KEY `acl_application_user_id_ab6c7b5f_fk_members_user_id` (`user_id`),
  KEY `acl_application_client_secret_94c26b95` (`client_secret`),
  CONSTRAINT `acl_application_permit_id_d84e75c0_fk_acl_permittype_id` FOREIGN KEY (`permit_id`) REFERENCES `acl_permittype` (`id`),
  CONSTRAINT `acl_application_user_id_ab6c7b5f_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acl_changetracker` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `changed` datetime(6) NOT NULL,
  `count` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acl_entitlement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) NOT NULL,
  `holder_id` int(11) NOT NULL,
  `issuer_id` int(11) DEFAULT NULL,
  `permit_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `acl_entitlement_holder_id_f337fa0f_fk_members_user_id` (`holder_id`),
  KEY `acl_entitlement_permit_id_16200f73_fk_acl_permittype_id` (`permit_id`),
  KEY `acl_entitlement_issuer_id_56c8847d_fk_members_user_id` (`issuer_id`),
  CONSTRAINT `acl_entitlement_holder_id_f337fa0f_fk_members_user_id` FOREIGN KEY (`holder_id`) REFERENCES `members_user` (`id`),
  CONSTRAINT `acl_entitlement_issuer_id_56c8847d_fk_members_user_id` FOREIGN KEY (`issuer_id`) REFERENCES `members_user` (`id`),
  CONSTRAINT `acl_entitlement_permit_id_16200f73_fk_acl_permittype_id` FOREIGN KEY (`permit_id`) REFERENCES `acl_permittype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acl_machine` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `description` varchar(200) NOT NULL,
  `requires_instruction` tinyint(1) NOT NULL,
  `requires_form` tinyint(1) NOT NULL,
  `location_id` int(11) DEFAULT NULL,
  `requires_permit_id` int(11) DEFAULT NULL,
  `node_machine_name` varchar(20) NOT NULL,
  `node_name` varchar(20) NOT NULL,
  `out_of_order` tinyint(1) NOT NULL,
  `category` varchar(20) NOT NULL,
  `wiki_title` varchar(200) NOT NULL,
  `wiki_url` varchar(200) NOT NULL,
  `do_not_show` tinyint(1) NOT NULL,
  `node_capability` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `acl_machine_requires_permit_id_1bb32cae_fk_acl_permittype_id` (`requires_permit_id`),
  KEY `acl_machine_location_id_a5646216_fk_acl_location_id` (`location_id`),
  CONSTRAINT `acl_machine_location_id_a5646216_fk_acl_location_id` FOREIGN KEY (`location_id`) REFERENCES `acl_location` (`id`),
  CONSTRAINT `acl_machine_requires_permit_id_1bb32cae_fk_acl_permittype_id` FOREIGN KEY (`requires_permit_id`) REFERENCES `acl_permittype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acl_recentuse` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `used` datetime(6) NOT NULL,
  `machine_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `acl_recentuse_machine_id_270ea751_fk_acl_machine_id` (`machine_id`),
  KEY `acl_recentuse_user_id_5c87dbea_fk_members_user_id` (`user_id`),
  CONSTRAINT `acl_recentuse_machine_id_270ea751_fk_acl_machine_id` FOREIGN KEY (`machine_id`) REFERENCES `acl_machine` (`id`),
  CONSTRAINT `acl_recentuse_user_id_5c87dbea_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acl_historicalentitlement` (
  `id` int(11) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `holder_id` int(11) DEFAULT NULL,
  `issuer_id` int(11) DEFAULT NULL,
  `permit_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `acl_historicalentitlement_id_467c1282` (`id`),
  KEY `acl_historicalentitl_history_user_id_14916875_fk_members_u` (`history_user_id`),
  KEY `acl_historicalentitlement_holder_id_65a85551` (`holder_id`),
  KEY `acl_historicalentitlement_issuer_id_540096d2` (`issuer_id`),
  KEY `acl_historicalentitlement_permit_id_c9158b3e` (`permit_id`),
  KEY `acl_historicalentitlement_history_date_a93c7804` (`history_date`),
  CONSTRAINT `acl_historicalentitl_history_user_id_14916875_fk_members_u` FOREIGN KEY (`history_user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `chores_chore` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `description` varchar(200) NOT NULL,
  `class_type` varchar(40) NOT NULL,
  `configuration` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `wiki_url` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `chores_chore_creator_id_33462c58_fk_members_user_id` (`creator_id`),
  CONSTRAINT `chores_chore_creator_id_33462c58_fk_members_user_id` FOREIGN KEY (`creator_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `agenda_agenda` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `startdate` date DEFAULT NULL,
  `starttime` time(6) DEFAULT NULL,
  `enddate` date DEFAULT NULL,
  `endtime` time(6) DEFAULT NULL,
  `item_title` longtext NOT NULL,
  `item_details` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  `enddatetime` datetime(6) DEFAULT NULL,
  `startdatetime` datetime(6) DEFAULT NULL,
  `chore_id` int(11) DEFAULT NULL,
  `status` varchar(20) DEFAULT NULL,
  `occurrence_date` date DEFAULT NULL,
  `recurrence_parent_id` bigint(20) DEFAULT NULL,
  `recurrences` longtext DEFAULT NULL,
  `location_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `agenda_agenda_user_id_55662706_fk_members_user_id` (`user_id`),
  KEY `agenda_agenda_chore_id_4f6922e9_fk_chores_chore_id` (`chore_id`),
  KEY `agenda_agenda_recurrence_parent_id_b2b62018_fk_agenda_agenda_id` (`recurrence_parent_id`),
  KEY `agenda_agenda_location_id_f6a1bc61_fk_acl_location_id` (`location_id`),
  CONSTRAINT `agenda_agenda_chore_id_4f6922e9_fk_chores_chore_id` FOREIGN KEY (`chore_id`) REFERENCES `chores_chore` (`id`),
  CONSTRAINT `agenda_agenda_location_id_f6a1bc61_fk_acl_location_id` FOREIGN KEY (`location_id`) REFERENCES `acl_location` (`id`),
  CONSTRAINT `agenda_agenda_recurrence_parent_id_b2b62018_fk_agenda_agenda_id` FOREIGN KEY (`recurrence_parent_id`) REFERENCES `agenda_agenda` (`id`),
  CONSTRAINT `agenda_agenda_user_id_55662706_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `agenda_agendachorestatuschange` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` varchar(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `agenda_id` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `agenda_agendachorest_agenda_id_f3b0ffd8_fk_agenda_ag` (`agenda_id`),
  KEY `agenda_agendachorest_user_id_7278632b_fk_members_u` (`user_id`),
  CONSTRAINT `agenda_agendachorest_agenda_id_f3b0ffd8_fk_agenda_ag` FOREIGN KEY (`agenda_id`) REFERENCES `agenda_agenda` (`id`),
  CONSTRAINT `agenda_agendachorest_user_id_7278632b_fk_members_u` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `chores_chorevolunteer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timestamp` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `chore_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `chores_chorevolunteer_chore_id_ced92759_fk_chores_chore_id` (`chore_id`),
  KEY `chores_chorevolunteer_user_id_4739f342_fk_members_user_id` (`user_id`),
  CONSTRAINT `chores_chorevolunteer_chore_id_ced92759_fk_chores_chore_id` FOREIGN KEY (`chore_id`) REFERENCES `chores_chore` (`id`),
  CONSTRAINT `chores_chorevolunteer_user_id_4739f342_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

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
  KEY `django_admin_log_user_id_c564eba6_fk_members_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mailinglists_mailinglist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `description` varchar(400) NOT NULL,
  `mandatory` tinyint(1) NOT NULL,
  `visible_months` int(11) NOT NULL,
  `hidden` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mailinglists_subscription` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) NOT NULL,
  `digest` tinyint(1) NOT NULL,
  `mailinglist_id` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mailinglists_subscri_mailinglist_id_b929c229_fk_mailingli` (`mailinglist_id`),
  KEY `mailinglists_subscription_member_id_87bd995c_fk_members_user_id` (`member_id`),
  CONSTRAINT `mailinglists_subscri_mailinglist_id_b929c229_fk_mailingli` FOREIGN KEY (`mailinglist_id`) REFERENCES `mailinglists_mailinglist` (`id`),
  CONSTRAINT `mailinglists_subscription_member_id_87bd995c_fk_members_user_id` FOREIGN KEY (`member_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mainssensor_mainssensor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag` int(10) unsigned NOT NULL,
  `name` varchar(30) NOT NULL,
  `description` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag` (`tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `memberbox_memberbox` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `image` varchar(100) DEFAULT NULL,
  `location` varchar(40) NOT NULL,
  `extra_info` varchar(200) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `location` (`location`),
  KEY `memberbox_memberbox_owner_id_d51955d1_fk_members_user_id` (`owner_id`),
  CONSTRAINT `memberbox_memberbox_owner_id_d51955d1_fk_members_user_id` FOREIGN KEY (`owner_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `members_auditrecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action` longtext NOT NULL,
  `recorded` datetime(6) NOT NULL,
  `final` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `members_auditrecord_user_id_c118aa21_fk_members_user_id` (`user_id`),
  KEY `members_auditrecord_recorded_55c7bb27` (`recorded`),
  CONSTRAINT `members_auditrecord_user_id_c118aa21_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `members_ibansaltedhash` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `valdigits` int(11) NOT NULL,
  `salt` longblob NOT NULL,
  `hash` longblob NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `members_ibansaltedhash_user_id_f42c22a7_fk_members_user_id` (`user_id`),
  CONSTRAINT `members_ibansaltedhash_user_id_f42c22a7_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `members_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag` varchar(30) NOT NULL,
  `owner_id` int(11) NOT NULL,
  `description` varchar(300) DEFAULT NULL,
  `last_used` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `members_tag_tag_62d37e19_uniq` (`tag`),
  KEY `members_tag_owner_id_0c57a646_fk_members_user_id` (`owner_id`),
  CONSTRAINT `members_tag_owner_id_0c57a646_fk_members_user_id` FOREIGN KEY (`owner_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `members_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `members_user_groups_user_id_group_id_e4658dba_uniq` (`user_id`,`group_id`),
  KEY `members_user_groups_group_id_39b83d85_fk_auth_group_id` (`group_id`),
  CONSTRAINT `members_user_groups_group_id_39b83d85_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `members_user_groups_user_id_db5cba0f_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `members_historicaluser` (
  `id` int(11) NOT NULL,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `email` varchar(254) NOT NULL,
  `form_on_file` tinyint(1) NOT NULL,
  `email_confirmed` tinyint(1) NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `phone_number` varchar(40) DEFAULT NULL,
  `image` longtext NOT NULL,
  `telegram_user_id` varchar(200) DEFAULT NULL,
  `uses_signal` tinyint(1) NOT NULL,
  `always_uses_email` tinyint(1) NOT NULL,
  `location_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `members_historicalus_history_user_id_9ed62aa4_fk_members_u` (`history_user_id`),
  KEY `members_historicaluser_id_6cf397a3` (`id`),
  KEY `members_historicaluser_email_3db94743` (`email`),
  KEY `members_historicaluser_history_date_278cb26e` (`history_date`),
  KEY `members_historicaluser_location_id_e3c85b35` (`location_id`),
  CONSTRAINT `members_historicalus_history_user_id_9ed62aa4_fk_members_u` FOREIGN KEY (`history_user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `members_historicaltag` (
  `id` int(11) NOT NULL,
  `tag` varchar(30) NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `description` varchar(300) DEFAULT NULL,
  `last_used` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `members_historicalta_history_user_id_2eab9881_fk_members_u` (`history_user_id`),
  KEY `members_historicaltag_id_596103ca` (`id`),
  KEY `members_historicaltag_owner_id_b928f867` (`owner_id`),
  KEY `members_historicaltag_tag_be225406` (`tag`),
  KEY `members_historicaltag_history_date_183a7729` (`history_date`),
  CONSTRAINT `members_historicalta_history_user_id_2eab9881_fk_members_u` FOREIGN KEY (`history_user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `motd_motd` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `startdate` date DEFAULT NULL,
  `starttime` time(6) DEFAULT NULL,
  `enddate` date DEFAULT NULL,
  `endtime` time(6) DEFAULT NULL,
  `motd` longtext NOT NULL,
  `motd_details` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `motd_motd_user_id_b2281d23_fk_members_user_id` (`user_id`),
  CONSTRAINT `motd_motd_user_id_b2281d23_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth2_provider_idtoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `jti` char(32) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `scope` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `application_id` bigint(20) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `jti` (`jti`),
  KEY `oauth2_provider_idto_application_id_08c5ff4f_fk_acl_appli` (`application_id`),
  KEY `oauth2_provider_idtoken_user_id_dd512b59_fk_members_user_id` (`user_id`),
  CONSTRAINT `oauth2_provider_idto_application_id_08c5ff4f_fk_acl_appli` FOREIGN KEY (`application_id`) REFERENCES `acl_application` (`id`),
  CONSTRAINT `oauth2_provider_idtoken_user_id_dd512b59_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth2_provider_refreshtoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `access_token_id` bigint(20) DEFAULT NULL,
  `application_id` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `revoked` datetime(6) DEFAULT NULL,
  `token_family` char(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_token_id` (`access_token_id`),
  UNIQUE KEY `oauth2_provider_refreshtoken_token_revoked_af8a5134_uniq` (`token`,`revoked`),
  KEY `oauth2_provider_refr_application_id_2d1c311b_fk_acl_appli` (`application_id`),
  KEY `oauth2_provider_refreshtoken_user_id_da837fce_fk_members_user_id` (`user_id`),
  CONSTRAINT `oauth2_provider_refr_application_id_2d1c311b_fk_acl_appli` FOREIGN KEY (`application_id`) REFERENCES `acl_application` (`id`),
  CONSTRAINT `oauth2_provider_refreshtoken_user_id_da837fce_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth2_provider_accesstoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `expires` datetime(6) NOT NULL,
  `scope` longtext NOT NULL,
  `application_id` bigint(20) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `source_refresh_token_id` bigint(20) DEFAULT NULL,
  `id_token_id` bigint(20) DEFAULT NULL,
  `token_checksum` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_accesstoken_token_checksum_85319a26_uniq` (`token_checksum`),
  UNIQUE KEY `source_refresh_token_id` (`source_refresh_token_id`),
  UNIQUE KEY `id_token_id` (`id_token_id`),
  KEY `oauth2_provider_acce_application_id_b22886e1_fk_acl_appli` (`application_id`),
  KEY `oauth2_provider_accesstoken_user_id_6e4c9a65_fk_members_user_id` (`user_id`),
  CONSTRAINT `oauth2_provider_acce_application_id_b22886e1_fk_acl_appli` FOREIGN KEY (`application_id`) REFERENCES `acl_application` (`id`),
  CONSTRAINT `oauth2_provider_acce_id_token_id_85db651b_fk_oauth2_pr` FOREIGN KEY (`id_token_id`) REFERENCES `oauth2_provider_idtoken` (`id`),
  CONSTRAINT `oauth2_provider_acce_source_refresh_token_e66fbc72_fk_oauth2_pr` FOREIGN KEY (`source_refresh_token_id`) REFERENCES `oauth2_provider_refreshtoken` (`id`),
  CONSTRAINT `oauth2_provider_accesstoken_user_id_6e4c9a65_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth2_provider_grant` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `redirect_uri` longtext NOT NULL,
  `scope` longtext NOT NULL,
  `application_id` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `code_challenge` varchar(128) NOT NULL,
  `code_challenge_method` varchar(10) NOT NULL,
  `nonce` varchar(255) NOT NULL,
  `claims` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  KEY `oauth2_provider_gran_application_id_81923564_fk_acl_appli` (`application_id`),
  KEY `oauth2_provider_grant_user_id_e8f62af8_fk_members_user_id` (`user_id`),
  CONSTRAINT `oauth2_provider_gran_application_id_81923564_fk_acl_appli` FOREIGN KEY (`application_id`) REFERENCES `acl_application` (`id`),
  CONSTRAINT `oauth2_provider_grant_user_id_e8f62af8_fk_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pettycash_pettycashbalancecache` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `balance_currency` varchar(3) DEFAULT NULL,
  `balance` decimal(8,2) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `lasttxdate` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pettycash_pettycashb_owner_id_e0c1dde8_fk_members_u` (`owner_id`),
  CONSTRAINT `pettycash_pettycashb_owner_id_e0c1dde8_fk_members_u` FOREIGN KEY (`owner_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pettycash_pettycashimportrecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pettycash_pettycashi_by_id_f32e1842_fk_members_u` (`by_id`),
  CONSTRAINT `pettycash_pettycashi_by_id_f32e1842_fk_members_u` FOREIGN KEY (`by_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pettycash_pettycashreimbursementrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `submitted` datetime(6) NOT NULL,
  `amount_currency` varchar(3) NOT NULL,
  `amount` decimal(8,2) NOT NULL,
  `viaTheBank` tinyint(1) NOT NULL,
  `description` varchar(300) NOT NULL,
  `scan` varchar(100) DEFAULT NULL,
  `dst_id` int(11) NOT NULL,
  `isPayout` tinyint(1) NOT NULL,
  `src_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `pettycash_pettycashr_dst_id_35af5eab_fk_members_u` (`dst_id`),
  KEY `pettycash_pettycashr_src_id_d09970ff_fk_members_u` (`src_id`),
  CONSTRAINT `pettycash_pettycashr_dst_id_35af5eab_fk_members_u` FOREIGN KEY (`dst_id`) REFERENCES `members_user` (`id`),
  CONSTRAINT `pettycash_pettycashr_src_id_d09970ff_fk_members_u` FOREIGN KEY (`src_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pettycash_pettycashsku` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) DEFAULT NULL,
  `description` varchar(300) DEFAULT NULL,
  `amount_currency` varchar(3) DEFAULT NULL,
  `amount` decimal(8,2) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `terminal_terminal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) DEFAULT NULL,
  `fingerprint` varchar(64) DEFAULT NULL,
  `nonce` varchar(64) DEFAULT NULL,
  `date` datetime(6) DEFAULT NULL,
  `accepted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pettycash_pettycashstation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` varchar(300) DEFAULT NULL,
  `default_sku_id` int(11) DEFAULT NULL,
  `location_id` int(11) DEFAULT NULL,
  `terminal_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pettycash_pettycashs_default_sku_id_cb1437d3_fk_pettycash` (`default_sku_id`),
  KEY `pettycash_pettycashs_location_id_7b60da89_fk_acl_locat` (`location_id`),
  KEY `pettycash_pettycashs_terminal_id_b261877d_fk_terminal_` (`terminal_id`),
  CONSTRAINT `pettycash_pettycashs_default_sku_id_cb1437d3_fk_pettycash` FOREIGN KEY (`default_sku_id`) REFERENCES `pettycash_pettycashsku` (`id`),
  CONSTRAINT `pettycash_pettycashs_location_id_7b60da89_fk_acl_locat` FOREIGN KEY (`location_id`) REFERENCES `acl_location` (`id`),
  CONSTRAINT `pettycash_pettycashs_terminal_id_b261877d_fk_terminal_` FOREIGN KEY (`terminal_id`) REFERENCES `terminal_terminal` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pettycash_pettycashtransaction` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime(6) DEFAULT NULL,
  `amount_currency` varchar(3) DEFAULT NULL,
  `amount` decimal(8,2) DEFAULT NULL,
  `description` varchar(300) DEFAULT NULL,
  `dst_id` int(11) DEFAULT NULL,
  `src_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pettycash_pettycasht_dst_id_26a7844e_fk_members_u` (`dst_id`),
  KEY `pettycash_pettycasht_src_id_f12bc473_fk_members_u` (`src_id`),
  CONSTRAINT `pettycash_pettycasht_dst_id_26a7844e_fk_members_u` FOREIGN KEY (`dst_id`) REFERENCES `members_user` (`id`),
  CONSTRAINT `pettycash_pettycasht_src_id_f12bc473_fk_members_u` FOREIGN KEY (`src_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pettycash_historicalpettycashtransaction` (
  `id` int(11) NOT NULL,
  `date` datetime(6) DEFAULT NULL,
  `amount_currency` varchar(3) DEFAULT NULL,
  `amount` decimal(8,2) DEFAULT NULL,
  `description` varchar(300) DEFAULT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `dst_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `src_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `pettycash_historical_history_user_id_464eea5d_fk_members_u` (`history_user_id`),
  KEY `pettycash_historicalpettycashtransaction_id_738a5ea3` (`id`),
  KEY `pettycash_historicalpettycashtransaction_dst_id_dabeb42c` (`dst_id`),
  KEY `pettycash_historicalpettycashtransaction_src_id_1c9ee7e9` (`src_id`),
  KEY `pettycash_historicalpettycashtransaction_history_date_f6068ddf` (`history_date`),
  CONSTRAINT `pettycash_historical_history_user_id_464eea5d_fk_members_u` FOREIGN KEY (`history_user_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pettycredit_pettycreditclaim` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `settled` tinyint(1) NOT NULL,
  `date` datetime(6) NOT NULL,
  `end_date` datetime(6) NOT NULL,
  `amount_currency` varchar(3) DEFAULT NULL,
  `amount` decimal(8,2) DEFAULT NULL,
  `description` varchar(300) DEFAULT NULL,
  `dst_id` int(11) DEFAULT NULL,
  `src_id` int(11) DEFAULT NULL,
  `settled_tx_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pettycredit_pettycreditclaim_dst_id_b9728fea_fk_members_user_id` (`dst_id`),
  KEY `pettycredit_pettycreditclaim_src_id_612c6097_fk_members_user_id` (`src_id`),
  KEY `pettycredit_pettycre_settled_tx_id_c8ff1048_fk_pettycash` (`settled_tx_id`),
  CONSTRAINT `pettycredit_pettycre_settled_tx_id_c8ff1048_fk_pettycash` FOREIGN KEY (`settled_tx_id`) REFERENCES `pettycash_pettycashtransaction` (`id`),
  CONSTRAINT `pettycredit_pettycreditclaim_dst_id_b9728fea_fk_members_user_id` FOREIGN KEY (`dst_id`) REFERENCES `members_user` (`id`),
  CONSTRAINT `pettycredit_pettycreditclaim_src_id_612c6097_fk_members_user_id` FOREIGN KEY (`src_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pettycredit_pettycreditclaimchange` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `description` varchar(300) DEFAULT NULL,
  `claim_id_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `pettycredit_pettycre_claim_id_id_6ca9ad4f_fk_pettycred` (`claim_id_id`),
  CONSTRAINT `pettycredit_pettycre_claim_id_id_6ca9ad4f_fk_pettycred` FOREIGN KEY (`claim_id_id`) REFERENCES `pettycredit_pettycreditclaim` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `rest_framework_api_key_apikey` (
  `id` varchar(150) NOT NULL,
  `created` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `expiry_date` datetime(6) DEFAULT NULL,
  `hashed_key` varchar(150) NOT NULL,
  `prefix` varchar(8) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prefix` (`prefix`),
  KEY `rest_framework_api_key_apikey_created_c61872d9` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `selfservice_wifinetwork` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `network` varchar(30) NOT NULL,
  `password` varchar(30) NOT NULL,
  `adminsonly` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `servicelog_servicelog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reported` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `description` longtext NOT NULL,
  `image` varchar(100) NOT NULL,
  `situation` varchar(20) DEFAULT NULL,
  `machine_id` int(11) NOT NULL,
  `reporter_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `servicelog_servicelog_machine_id_0fd516ad_fk_acl_machine_id` (`machine_id`),
  KEY `servicelog_servicelog_reporter_id_dff0a1d5_fk_members_user_id` (`reporter_id`),
  CONSTRAINT `servicelog_servicelog_machine_id_0fd516ad_fk_acl_machine_id` FOREIGN KEY (`machine_id`) REFERENCES `acl_machine` (`id`),
  CONSTRAINT `servicelog_servicelog_reporter_id_dff0a1d5_fk_members_user_id` FOREIGN KEY (`reporter_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `storage_storage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `image` varchar(100) DEFAULT NULL,
  `what` varchar(200) NOT NULL,
  `location` varchar(50) NOT NULL,
  `extra_info` longtext NOT NULL,
  `requested` date NOT NULL,
  `duration` int(11) NOT NULL,
  `state` varchar(4) NOT NULL,
  `lastdate` date DEFAULT NULL,
  `extends_id` int(11) DEFAULT NULL,
  `owner_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `extends_id` (`extends_id`),
  KEY `storage_storage_owner_id_bf853964_fk_members_user_id` (`owner_id`),
  CONSTRAINT `storage_storage_extends_id_042fa1e2_fk_storage_storage_id` FOREIGN KEY (`extends_id`) REFERENCES `storage_storage` (`id`),
  CONSTRAINT `storage_storage_owner_id_bf853964_fk_members_user_id` FOREIGN KEY (`owner_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sumup_connector_checkout` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime(6) DEFAULT NULL,
  `amount_currency` varchar(3) DEFAULT NULL,
  `amount` decimal(8,2) DEFAULT NULL,
  `client_transaction_id` varchar(48) DEFAULT NULL,
  `transaction_id` varchar(48) DEFAULT NULL,
  `transaction_date` datetime(6) DEFAULT NULL,
  `debug_note` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`debug_note`)),
  `state` varchar(16) DEFAULT NULL,
  `member_id` int(11) DEFAULT NULL,
  `settled_tx_id` int(11) DEFAULT NULL,
  `terminal_id` int(11) DEFAULT NULL,
  `fee_tx_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sumup_connector_checkout_member_id_912a9f3a_fk_members_user_id` (`member_id`),
  KEY `sumup_connector_chec_settled_tx_id_645427cc_fk_pettycash` (`settled_tx_id`),
  KEY `sumup_connector_chec_terminal_id_763e84ca_fk_terminal_` (`terminal_id`),
  KEY `sumup_connector_chec_fee_tx_id_73e97bd7_fk_pettycash` (`fee_tx_id`),
  CONSTRAINT `sumup_connector_chec_fee_tx_id_73e97bd7_fk_pettycash` FOREIGN KEY (`fee_tx_id`) REFERENCES `pettycash_pettycashtransaction` (`id`),
  CONSTRAINT `sumup_connector_chec_settled_tx_id_645427cc_fk_pettycash` FOREIGN KEY (`settled_tx_id`) REFERENCES `pettycash_pettycashtransaction` (`id`),
  CONSTRAINT `sumup_connector_chec_terminal_id_763e84ca_fk_terminal_` FOREIGN KEY (`terminal_id`) REFERENCES `terminal_terminal` (`id`),
  CONSTRAINT `sumup_connector_checkout_member_id_912a9f3a_fk_members_user_id` FOREIGN KEY (`member_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ufo_ufo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `image` varchar(100) NOT NULL,
  `description` varchar(300) DEFAULT NULL,
  `state` varchar(4) DEFAULT NULL,
  `deadline` date DEFAULT NULL,
  `dispose_by_date` date DEFAULT NULL,
  `lastChange` date DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `claimed_at` datetime(6) DEFAULT NULL,
  `claimed_by_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ufo_ufo_owner_id_00e0075b_fk_members_user_id` (`owner_id`),
  KEY `ufo_ufo_claimed_by_id_f632aead_fk_members_user_id` (`claimed_by_id`),
  CONSTRAINT `ufo_ufo_claimed_by_id_f632aead_fk_members_user_id` FOREIGN KEY (`claimed_by_id`) REFERENCES `members_user` (`id`),
  CONSTRAINT `ufo_ufo_owner_id_00e0075b_fk_members_user_id` FOREIGN KEY (`owner_id`) REFERENCES `members_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `unknowntags_unknowntag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag` varchar(30) NOT NULL,
  `last_used` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE `oauth2_provider_refreshtoken` ADD CONSTRAINT `oauth2_provider_refr_access_token_id_775e84e8_fk_oauth2_pr` FOREIGN KEY (`access_token_id`) REFERENCES `oauth2_provider_accesstoken` (`id`);
