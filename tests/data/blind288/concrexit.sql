-- Concrexit, the website and member administration of the study association Thalia (Radboud University
-- Nijmegen), github.com/svthalia/concrexit, commit 116602b1470b1d6404b6c5e182a21c44799ec67d (AGPL-3.0).
-- Django models (`website/*/models*.py`, Django 5.2.8 with the contrib and third-party apps of
-- thaliawebsite/settings.py INSTALLED_APPS) created by Django's MySQL schema editor on MariaDB 10.11
-- (`manage.py migrate --run-syncdb` with migrations disabled, i.e. the tables of the current models) and dumped with
-- `mysqldump --no-data`; upstream runs PostgreSQL, the MySQL types are the ones Django's MySQL backend gives the same
-- fields (UUIDField -> uuid, TextField -> longtext, BooleanField -> tinyint(1)). 61 of the 122 tables kept; the
-- foreign keys to tables left out are dropped, and photos_album._cover_id -> photos_photo (a cycle) is dropped.

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

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
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
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth2_provider_application` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `client_id` varchar(100) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
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
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_id` (`client_id`),
  KEY `oauth2_provider_application_user_id_79829054_fk_auth_user_id` (`user_id`),
  KEY `oauth2_provider_application_client_secret_53133678` (`client_secret`),
  CONSTRAINT `oauth2_provider_application_user_id_79829054_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth2_provider_accesstoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `source_refresh_token_id` bigint(20) DEFAULT NULL,
  `token` varchar(255) NOT NULL,
  `id_token_id` bigint(20) DEFAULT NULL,
  `application_id` bigint(20) DEFAULT NULL,
  `expires` datetime(6) NOT NULL,
  `scope` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  UNIQUE KEY `source_refresh_token_id` (`source_refresh_token_id`),
  UNIQUE KEY `id_token_id` (`id_token_id`),
  KEY `oauth2_provider_accesstoken_user_id_6e4c9a65_fk_auth_user_id` (`user_id`),
  KEY `oauth2_provider_acce_application_id_b22886e1_fk_oauth2_pr` (`application_id`),
  CONSTRAINT `oauth2_provider_acce_application_id_b22886e1_fk_oauth2_pr` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`),
  CONSTRAINT `oauth2_provider_accesstoken_user_id_6e4c9a65_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `otp_totp_totpdevice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `name` varchar(64) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `throttling_failure_timestamp` datetime(6) DEFAULT NULL,
  `throttling_failure_count` int(10) unsigned NOT NULL CHECK (`throttling_failure_count` >= 0),
  `created_at` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `key` varchar(80) NOT NULL,
  `step` smallint(5) unsigned NOT NULL CHECK (`step` >= 0),
  `t0` bigint(20) NOT NULL,
  `digits` smallint(5) unsigned NOT NULL CHECK (`digits` >= 0),
  `tolerance` smallint(5) unsigned NOT NULL CHECK (`tolerance` >= 0),
  `drift` smallint(6) NOT NULL,
  `last_t` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `otp_totp_totpdevice_user_id_0fb18292_fk_auth_user_id` (`user_id`),
  CONSTRAINT `otp_totp_totpdevice_user_id_0fb18292_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `members_profile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `programme` varchar(20) DEFAULT NULL,
  `student_number` varchar(8) DEFAULT NULL,
  `starting_year` int(11) DEFAULT NULL,
  `address_street` varchar(100) DEFAULT NULL,
  `address_street2` varchar(100) DEFAULT NULL,
  `address_postal_code` varchar(10) DEFAULT NULL,
  `address_city` varchar(40) DEFAULT NULL,
  `address_country` varchar(2) DEFAULT NULL,
  `phone_number` varchar(20) DEFAULT NULL,
  `emergency_contact` varchar(255) DEFAULT NULL,
  `emergency_contact_phone_number` varchar(20) DEFAULT NULL,
  `birthday` date DEFAULT NULL,
  `show_birthday` tinyint(1) NOT NULL,
  `website` varchar(200) DEFAULT NULL,
  `profile_description` longtext DEFAULT NULL,
  `initials` varchar(20) DEFAULT NULL,
  `nickname` varchar(30) DEFAULT NULL,
  `display_name_preference` varchar(10) NOT NULL,
  `photo` varchar(100) DEFAULT NULL,
  `event_permissions` varchar(9) NOT NULL,
  `receive_optin` tinyint(1) NOT NULL,
  `receive_registration_confirmation` tinyint(1) NOT NULL,
  `receive_newsletter` tinyint(1) NOT NULL,
  `receive_oldmembers` tinyint(1) NOT NULL,
  `email_gsuite_only` tinyint(1) NOT NULL,
  `is_minimized` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  UNIQUE KEY `student_number` (`student_number`),
  CONSTRAINT `members_profile_user_id_f907d594_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `members_membership` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(40) NOT NULL,
  `user_id` int(11) NOT NULL,
  `since` date NOT NULL,
  `until` date DEFAULT NULL,
  `study_long` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `members_membership_user_id_cbf32641_fk_auth_user_id` (`user_id`),
  CONSTRAINT `members_membership_user_id_cbf32641_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `members_emailchange` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `member_id` int(11) NOT NULL,
  `email` varchar(254) NOT NULL,
  `verify_key` uuid NOT NULL,
  `confirm_key` uuid NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `verify_key` (`verify_key`),
  UNIQUE KEY `confirm_key` (`confirm_key`),
  KEY `members_emailchange_member_id_0abd70f5_fk_auth_user_id` (`member_id`),
  CONSTRAINT `members_emailchange_member_id_0abd70f5_fk_auth_user_id` FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mailinglists_mailinglist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(60) NOT NULL,
  `active_gsuite_name` varchar(60) DEFAULT NULL,
  `description` longtext NOT NULL,
  `moderated` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `active_gsuite_name` (`active_gsuite_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mailinglists_mailinglist_members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mailinglist_id` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mailinglists_mailinglist_mailinglist_id_member_id_59dd4942_uniq` (`mailinglist_id`,`member_id`),
  KEY `mailinglists_mailing_member_id_b7fe6fa3_fk_auth_user` (`member_id`),
  CONSTRAINT `mailinglists_mailing_mailinglist_id_a081065d_fk_mailingli` FOREIGN KEY (`mailinglist_id`) REFERENCES `mailinglists_mailinglist` (`id`),
  CONSTRAINT `mailinglists_mailing_member_id_b7fe6fa3_fk_auth_user` FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mailinglists_verbatimaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address` varchar(254) NOT NULL,
  `mailinglist_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mailinglists_verbati_mailinglist_id_32d0ca56_fk_mailingli` (`mailinglist_id`),
  CONSTRAINT `mailinglists_verbati_mailinglist_id_32d0ca56_fk_mailingli` FOREIGN KEY (`mailinglist_id`) REFERENCES `mailinglists_mailinglist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `activemembers_membergroup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `description` longtext NOT NULL,
  `photo` varchar(100) DEFAULT NULL,
  `since` date DEFAULT NULL,
  `until` date DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `contact_email` varchar(254) DEFAULT NULL,
  `contact_mailinglist_id` int(11) DEFAULT NULL,
  `display_members` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `contact_mailinglist_id` (`contact_mailinglist_id`),
  CONSTRAINT `activemembers_member_contact_mailinglist__062e5c0d_fk_mailingli` FOREIGN KEY (`contact_mailinglist_id`) REFERENCES `mailinglists_mailinglist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `activemembers_committee` (
  `membergroup_ptr_id` int(11) NOT NULL,
  PRIMARY KEY (`membergroup_ptr_id`),
  CONSTRAINT `activemembers_commit_membergroup_ptr_id_9985d91a_fk_activemem` FOREIGN KEY (`membergroup_ptr_id`) REFERENCES `activemembers_membergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `activemembers_board` (
  `membergroup_ptr_id` int(11) NOT NULL,
  PRIMARY KEY (`membergroup_ptr_id`),
  CONSTRAINT `activemembers_board_membergroup_ptr_id_aae36c83_fk_activemem` FOREIGN KEY (`membergroup_ptr_id`) REFERENCES `activemembers_membergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `activemembers_society` (
  `membergroup_ptr_id` int(11) NOT NULL,
  PRIMARY KEY (`membergroup_ptr_id`),
  CONSTRAINT `activemembers_societ_membergroup_ptr_id_963c1263_fk_activemem` FOREIGN KEY (`membergroup_ptr_id`) REFERENCES `activemembers_membergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `activemembers_membergroupmembership` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  `since` date NOT NULL,
  `until` date DEFAULT NULL,
  `chair` tinyint(1) NOT NULL,
  `has_chair_permissions` tinyint(1) NOT NULL,
  `role` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `activemembers_member_member_id_23e9bdc7_fk_auth_user` (`member_id`),
  KEY `activemembers_member_group_id_20a20da7_fk_activemem` (`group_id`),
  CONSTRAINT `activemembers_member_group_id_20a20da7_fk_activemem` FOREIGN KEY (`group_id`) REFERENCES `activemembers_membergroup` (`id`),
  CONSTRAINT `activemembers_member_member_id_23e9bdc7_fk_auth_user` FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `activemembers_mentorship` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `year` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activemembers_mentorship_member_id_year_ce3deaa5_uniq` (`member_id`,`year`),
  CONSTRAINT `activemembers_mentorship_member_id_04813ee5_fk_auth_user_id` FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `payments_batch` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `processed` tinyint(1) NOT NULL,
  `processing_date` datetime(6) DEFAULT NULL,
  `description` longtext NOT NULL,
  `withdrawal_date` date NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `payments_bankaccount` (
  `id` uuid NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `last_used` date DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `initials` varchar(20) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `iban` varchar(34) NOT NULL,
  `bic` varchar(11) DEFAULT NULL,
  `valid_from` date DEFAULT NULL,
  `valid_until` date DEFAULT NULL,
  `signature` longtext DEFAULT NULL,
  `mandate_no` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mandate_no` (`mandate_no`),
  KEY `payments_bankaccount_owner_id_0c136b89_fk_auth_user_id` (`owner_id`),
  CONSTRAINT `payments_bankaccount_owner_id_0c136b89_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `payments_payment` (
  `id` uuid NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `type` varchar(20) NOT NULL,
  `amount` decimal(8,2) NOT NULL,
  `paid_by_id` int(11) DEFAULT NULL,
  `processed_by_id` int(11) DEFAULT NULL,
  `batch_id` int(11) DEFAULT NULL,
  `notes` longtext DEFAULT NULL,
  `topic` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `payments_payment_paid_by_id_9a011052_fk_auth_user_id` (`paid_by_id`),
  KEY `payments_payment_processed_by_id_75556eec_fk_auth_user_id` (`processed_by_id`),
  KEY `payments_payment_batch_id_9ce73086_fk_payments_batch_id` (`batch_id`),
  CONSTRAINT `payments_payment_batch_id_9ce73086_fk_payments_batch_id` FOREIGN KEY (`batch_id`) REFERENCES `payments_batch` (`id`),
  CONSTRAINT `payments_payment_paid_by_id_9a011052_fk_auth_user_id` FOREIGN KEY (`paid_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `payments_payment_processed_by_id_75556eec_fk_auth_user_id` FOREIGN KEY (`processed_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `payments_blacklistedpaymentuser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `payment_user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payment_user_id` (`payment_user_id`),
  CONSTRAINT `payments_blacklisted_payment_user_id_58469544_fk_auth_user` FOREIGN KEY (`payment_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registrations_entry` (
  `id` uuid NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `status` varchar(20) NOT NULL,
  `length` varchar(20) NOT NULL,
  `contribution` decimal(8,2) NOT NULL,
  `no_references` tinyint(1) NOT NULL,
  `membership_type` varchar(40) NOT NULL,
  `remarks` longtext DEFAULT NULL,
  `membership_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `registrations_entry_membership_id_6c7a046d_fk_members_m` (`membership_id`),
  CONSTRAINT `registrations_entry_membership_id_6c7a046d_fk_members_m` FOREIGN KEY (`membership_id`) REFERENCES `members_membership` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registrations_registration` (
  `entry_ptr_id` uuid NOT NULL,
  `payment_id` uuid DEFAULT NULL,
  `username` varchar(64) DEFAULT NULL,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(200) NOT NULL,
  `birthday` date NOT NULL,
  `email` varchar(254) NOT NULL,
  `phone_number` varchar(20) DEFAULT NULL,
  `student_number` varchar(8) DEFAULT NULL,
  `programme` varchar(20) DEFAULT NULL,
  `starting_year` int(11) DEFAULT NULL,
  `address_street` varchar(100) NOT NULL,
  `address_street2` varchar(100) DEFAULT NULL,
  `address_postal_code` varchar(10) NOT NULL,
  `address_city` varchar(40) NOT NULL,
  `address_country` varchar(2) DEFAULT NULL,
  `optin_mailinglist` tinyint(1) NOT NULL,
  `optin_thabloid` tinyint(1) NOT NULL,
  `optin_birthday` tinyint(1) NOT NULL,
  `direct_debit` tinyint(1) NOT NULL,
  `initials` varchar(20) DEFAULT NULL,
  `iban` varchar(34) DEFAULT NULL,
  `bic` varchar(11) DEFAULT NULL,
  `signature` longtext DEFAULT NULL,
  PRIMARY KEY (`entry_ptr_id`),
  UNIQUE KEY `payment_id` (`payment_id`),
  CONSTRAINT `registrations_regist_entry_ptr_id_d52560af_fk_registrat` FOREIGN KEY (`entry_ptr_id`) REFERENCES `registrations_entry` (`id`),
  CONSTRAINT `registrations_regist_payment_id_e9a64b6c_fk_payments_` FOREIGN KEY (`payment_id`) REFERENCES `payments_payment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registrations_renewal` (
  `entry_ptr_id` uuid NOT NULL,
  `payment_id` uuid DEFAULT NULL,
  `member_id` int(11) NOT NULL,
  PRIMARY KEY (`entry_ptr_id`),
  UNIQUE KEY `payment_id` (`payment_id`),
  KEY `registrations_renewal_member_id_3e186549_fk_auth_user_id` (`member_id`),
  CONSTRAINT `registrations_renewa_entry_ptr_id_bdef600e_fk_registrat` FOREIGN KEY (`entry_ptr_id`) REFERENCES `registrations_entry` (`id`),
  CONSTRAINT `registrations_renewal_member_id_3e186549_fk_auth_user_id` FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `registrations_renewal_payment_id_42e10638_fk_payments_payment_id` FOREIGN KEY (`payment_id`) REFERENCES `payments_payment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registrations_reference` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `entry_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registrations_reference_member_id_entry_id_83bda61c_uniq` (`member_id`,`entry_id`),
  KEY `registrations_refere_entry_id_52bb934f_fk_registrat` (`entry_id`),
  CONSTRAINT `registrations_refere_entry_id_52bb934f_fk_registrat` FOREIGN KEY (`entry_id`) REFERENCES `registrations_entry` (`id`),
  CONSTRAINT `registrations_reference_member_id_b534afa9_fk_auth_user_id` FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_document` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `category` varchar(40) NOT NULL,
  `file` varchar(100) NOT NULL,
  `members_only` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_generalmeeting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datetime` datetime(6) NOT NULL,
  `location` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_minutes` (
  `document_ptr_id` int(11) NOT NULL,
  `meeting_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`document_ptr_id`),
  UNIQUE KEY `meeting_id` (`meeting_id`),
  CONSTRAINT `documents_minutes_document_ptr_id_2ca6abcb_fk_documents` FOREIGN KEY (`document_ptr_id`) REFERENCES `documents_document` (`id`),
  CONSTRAINT `documents_minutes_meeting_id_237b460e_fk_documents` FOREIGN KEY (`meeting_id`) REFERENCES `documents_generalmeeting` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events_event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `slug` varchar(50) DEFAULT NULL,
  `description` longtext NOT NULL,
  `caption` longtext NOT NULL,
  `start` datetime(6) NOT NULL,
  `end` datetime(6) NOT NULL,
  `category` varchar(40) NOT NULL,
  `registration_start` datetime(6) DEFAULT NULL,
  `registration_end` datetime(6) DEFAULT NULL,
  `update_deadline` datetime(6) DEFAULT NULL,
  `cancel_deadline` datetime(6) DEFAULT NULL,
  `send_cancel_email` tinyint(1) NOT NULL,
  `registration_without_membership` tinyint(1) NOT NULL,
  `optional_registrations` tinyint(1) NOT NULL,
  `location` varchar(255) NOT NULL,
  `map_location` varchar(255) NOT NULL,
  `show_map_location` tinyint(1) NOT NULL,
  `price` decimal(8,2) NOT NULL,
  `fine` decimal(8,2) NOT NULL,
  `max_participants` smallint(5) unsigned DEFAULT NULL CHECK (`max_participants` >= 0),
  `no_registration_message` varchar(200) DEFAULT NULL,
  `published` tinyint(1) NOT NULL,
  `tpay_allowed` tinyint(1) NOT NULL,
  `mark_present_url_token` uuid NOT NULL,
  `registration_msg_will_open` varchar(200) DEFAULT NULL,
  `registration_msg_expired` varchar(200) DEFAULT NULL,
  `registration_msg_open` varchar(200) DEFAULT NULL,
  `registration_msg_full` varchar(200) DEFAULT NULL,
  `registration_msg_waitinglist` varchar(200) DEFAULT NULL,
  `registration_msg_registered` varchar(200) DEFAULT NULL,
  `registration_msg_cancelled` varchar(200) DEFAULT NULL,
  `registration_msg_cancelled_final` varchar(200) DEFAULT NULL,
  `registration_msg_cancelled_late` varchar(200) DEFAULT NULL,
  `registration_msg_optional` varchar(200) DEFAULT NULL,
  `registration_msg_optional_registered` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mark_present_url_token` (`mark_present_url_token`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events_event_organisers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `membergroup_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_event_organisers_event_id_membergroup_id_7ae906dd_uniq` (`event_id`,`membergroup_id`),
  KEY `events_event_organis_membergroup_id_d95708d1_fk_activemem` (`membergroup_id`),
  CONSTRAINT `events_event_organis_membergroup_id_d95708d1_fk_activemem` FOREIGN KEY (`membergroup_id`) REFERENCES `activemembers_membergroup` (`id`),
  CONSTRAINT `events_event_organisers_event_id_567fe7be_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events_registrationinformationfield` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `type` varchar(10) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` longtext DEFAULT NULL,
  `required` tinyint(1) NOT NULL,
  `_order` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `events_registrationi_event_id_2769d012_fk_events_ev` (`event_id`),
  CONSTRAINT `events_registrationi_event_id_2769d012_fk_events_ev` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events_eventregistration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `member_id` int(11) DEFAULT NULL,
  `name` varchar(50) DEFAULT NULL,
  `alt_email` varchar(254) DEFAULT NULL,
  `alt_phone_number` varchar(20) DEFAULT NULL,
  `date` datetime(6) NOT NULL,
  `date_cancelled` datetime(6) DEFAULT NULL,
  `present` tinyint(1) NOT NULL,
  `special_price` decimal(8,2) DEFAULT NULL,
  `remarks` longtext DEFAULT NULL,
  `payment_id` uuid DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payment_id` (`payment_id`),
  UNIQUE KEY `events_eventregistration_member_id_event_id_6a7ae3d5_uniq` (`member_id`,`event_id`),
  KEY `events_eventregistration_event_id_9b88b424_fk_events_event_id` (`event_id`),
  CONSTRAINT `events_eventregistra_payment_id_f20e5959_fk_payments_` FOREIGN KEY (`payment_id`) REFERENCES `payments_payment` (`id`),
  CONSTRAINT `events_eventregistration_event_id_9b88b424_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`),
  CONSTRAINT `events_eventregistration_member_id_18839d67_fk_auth_user_id` FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events_booleanregistrationinformation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `registration_id` int(11) NOT NULL,
  `field_id` int(11) NOT NULL,
  `changed` datetime(6) NOT NULL,
  `value` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `events_booleanregist_registration_id_11dd664a_fk_events_ev` (`registration_id`),
  KEY `events_booleanregist_field_id_654f7638_fk_events_re` (`field_id`),
  CONSTRAINT `events_booleanregist_field_id_654f7638_fk_events_re` FOREIGN KEY (`field_id`) REFERENCES `events_registrationinformationfield` (`id`),
  CONSTRAINT `events_booleanregist_registration_id_11dd664a_fk_events_ev` FOREIGN KEY (`registration_id`) REFERENCES `events_eventregistration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events_integerregistrationinformation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `registration_id` int(11) NOT NULL,
  `field_id` int(11) NOT NULL,
  `changed` datetime(6) NOT NULL,
  `value` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `events_integerregist_registration_id_434f5da7_fk_events_ev` (`registration_id`),
  KEY `events_integerregist_field_id_aaaf130e_fk_events_re` (`field_id`),
  CONSTRAINT `events_integerregist_field_id_aaaf130e_fk_events_re` FOREIGN KEY (`field_id`) REFERENCES `events_registrationinformationfield` (`id`),
  CONSTRAINT `events_integerregist_registration_id_434f5da7_fk_events_ev` FOREIGN KEY (`registration_id`) REFERENCES `events_eventregistration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events_textregistrationinformation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `registration_id` int(11) NOT NULL,
  `field_id` int(11) NOT NULL,
  `changed` datetime(6) NOT NULL,
  `value` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `events_textregistrat_registration_id_ade41888_fk_events_ev` (`registration_id`),
  KEY `events_textregistrat_field_id_907811a3_fk_events_re` (`field_id`),
  CONSTRAINT `events_textregistrat_field_id_907811a3_fk_events_re` FOREIGN KEY (`field_id`) REFERENCES `events_registrationinformationfield` (`id`),
  CONSTRAINT `events_textregistrat_registration_id_ade41888_fk_events_ev` FOREIGN KEY (`registration_id`) REFERENCES `events_eventregistration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `events_feedtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `token` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `member_id` (`member_id`),
  CONSTRAINT `events_feedtoken_member_id_51d9b2c0_fk_auth_user_id` FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pizzas_product` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `description` longtext NOT NULL,
  `price` decimal(8,2) NOT NULL,
  `available` tinyint(1) NOT NULL,
  `restricted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pizzas_foodevent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start` datetime(6) NOT NULL,
  `end` datetime(6) NOT NULL,
  `event_id` int(11) NOT NULL,
  `send_notification` tinyint(1) NOT NULL,
  `tpay_allowed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_id` (`event_id`),
  CONSTRAINT `pizzas_foodevent_event_id_29669770_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pizzas_foodorder` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) DEFAULT NULL,
  `name` varchar(50) DEFAULT NULL,
  `payment_id` uuid DEFAULT NULL,
  `product_id` int(11) NOT NULL,
  `food_event_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payment_id` (`payment_id`),
  UNIQUE KEY `pizzas_foodorder_food_event_id_member_id_798a217e_uniq` (`food_event_id`,`member_id`),
  KEY `pizzas_foodorder_member_id_9d6700d3_fk_auth_user_id` (`member_id`),
  KEY `pizzas_foodorder_product_id_9ba8ab6c_fk_pizzas_product_id` (`product_id`),
  CONSTRAINT `pizzas_foodorder_food_event_id_d7042c75_fk_pizzas_foodevent_id` FOREIGN KEY (`food_event_id`) REFERENCES `pizzas_foodevent` (`id`),
  CONSTRAINT `pizzas_foodorder_member_id_9d6700d3_fk_auth_user_id` FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `pizzas_foodorder_payment_id_089b6eb7_fk_payments_payment_id` FOREIGN KEY (`payment_id`) REFERENCES `payments_payment` (`id`),
  CONSTRAINT `pizzas_foodorder_product_id_9ba8ab6c_fk_pizzas_product_id` FOREIGN KEY (`product_id`) REFERENCES `pizzas_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sales_shift` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start` datetime(6) NOT NULL,
  `end` datetime(6) NOT NULL,
  `event_id` int(11) DEFAULT NULL,
  `title` varchar(100) DEFAULT NULL,
  `product_list_id` int(11) NOT NULL,
  `locked` tinyint(1) NOT NULL,
  `selforder` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sales_shift_event_id_533c676a_fk_events_event_id` (`event_id`),
  KEY `sales_shift_product_list_id_f79ff043_fk_sales_productlist_id` (`product_list_id`),
  CONSTRAINT `sales_shift_event_id_533c676a_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sales_order` (
  `id` uuid NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `shift_id` int(11) NOT NULL,
  `payment_id` uuid DEFAULT NULL,
  `discount` decimal(8,2) DEFAULT NULL,
  `payer_id` int(11) DEFAULT NULL,
  `_is_free` tinyint(1) NOT NULL,
  `_total_amount` decimal(8,2) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `payment_id` (`payment_id`),
  KEY `sales_order_created_by_id_1b611bc2_fk_auth_user_id` (`created_by_id`),
  KEY `sales_order_shift_id_f82d433d_fk_sales_shift_id` (`shift_id`),
  KEY `sales_order_payer_id_327c0557_fk_auth_user_id` (`payer_id`),
  CONSTRAINT `sales_order_created_by_id_1b611bc2_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `sales_order_payer_id_327c0557_fk_auth_user_id` FOREIGN KEY (`payer_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `sales_order_payment_id_732fcb26_fk_payments_payment_id` FOREIGN KEY (`payment_id`) REFERENCES `payments_payment` (`id`),
  CONSTRAINT `sales_order_shift_id_f82d433d_fk_sales_shift_id` FOREIGN KEY (`shift_id`) REFERENCES `sales_shift` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reimbursements_reimbursement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner_id` int(11) NOT NULL,
  `amount` decimal(8,2) NOT NULL,
  `date_incurred` date NOT NULL,
  `description` longtext NOT NULL,
  `receipt` varchar(100) NOT NULL,
  `created` datetime(6) NOT NULL,
  `verdict` varchar(40) DEFAULT NULL,
  `verdict_clarification` longtext DEFAULT NULL,
  `evaluated_at` datetime(6) DEFAULT NULL,
  `evaluated_by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reimbursements_reimbursement_owner_id_3d920352_fk_auth_user_id` (`owner_id`),
  KEY `reimbursements_reimb_evaluated_by_id_0c00a62a_fk_auth_user` (`evaluated_by_id`),
  CONSTRAINT `reimbursements_reimb_evaluated_by_id_0c00a62a_fk_auth_user` FOREIGN KEY (`evaluated_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `reimbursements_reimbursement_owner_id_3d920352_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `photos_album` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL,
  `dirname` varchar(200) NOT NULL,
  `date` date NOT NULL,
  `slug` varchar(50) NOT NULL,
  `hidden` tinyint(1) NOT NULL,
  `is_processing` tinyint(1) NOT NULL,
  `event_id` int(11) DEFAULT NULL,
  `_cover_id` int(11) DEFAULT NULL,
  `shareable` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  UNIQUE KEY `_cover_id` (`_cover_id`),
  KEY `photos_album_event_id_7c515ae2_fk_events_event_id` (`event_id`),
  CONSTRAINT `photos_album_event_id_7c515ae2_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `photos_photo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `album_id` int(11) NOT NULL,
  `file` varchar(100) NOT NULL,
  `_digest` varchar(40) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `photos_photo_album_id_d37b4f12_fk_photos_album_id` (`album_id`),
  CONSTRAINT `photos_photo_album_id_d37b4f12_fk_photos_album_id` FOREIGN KEY (`album_id`) REFERENCES `photos_album` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `photos_like` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `photo_id` int(11) NOT NULL,
  `member_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `photos_like_photo_id_member_id_73fac316_uniq` (`photo_id`,`member_id`),
  KEY `photos_like_member_id_840ba5b1_fk_auth_user_id` (`member_id`),
  CONSTRAINT `photos_like_member_id_840ba5b1_fk_auth_user_id` FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `photos_like_photo_id_56eb526d_fk_photos_photo_id` FOREIGN KEY (`photo_id`) REFERENCES `photos_photo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `facedetection_referenceface` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` varchar(16) NOT NULL,
  `token` varchar(40) NOT NULL,
  `submitted_at` datetime(6) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `file` varchar(100) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `marked_for_deletion_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `facedetection_referenceface_user_id_0e99bed6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `facedetection_referenceface_user_id_0e99bed6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `facedetection_facedetectionphoto` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` varchar(16) NOT NULL,
  `token` varchar(40) NOT NULL,
  `submitted_at` datetime(6) DEFAULT NULL,
  `photo_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `photo_id` (`photo_id`),
  CONSTRAINT `facedetection_facede_photo_id_68adca6a_fk_photos_ph` FOREIGN KEY (`photo_id`) REFERENCES `photos_photo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pushnotifications_category` (
  `key` varchar(16) NOT NULL,
  `name` varchar(32) NOT NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pushnotifications_device` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `registration_id` longtext NOT NULL,
  `type` varchar(10) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registration_id` (`registration_id`) USING HASH,
  UNIQUE KEY `pushnotifications_device_registration_id_user_id_691c636e_uniq` (`registration_id`,`user_id`) USING HASH,
  KEY `pushnotifications_device_user_id_627bf6d3_fk_auth_user_id` (`user_id`),
  CONSTRAINT `pushnotifications_device_user_id_627bf6d3_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pushnotifications_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(150) NOT NULL,
  `body` longtext NOT NULL,
  `url` varchar(256) DEFAULT NULL,
  `category_id` varchar(16) NOT NULL,
  `sent` datetime(6) DEFAULT NULL,
  `failure` int(11) DEFAULT NULL,
  `success` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pushnotifications_me_category_id_378f7740_fk_pushnotif` (`category_id`),
  CONSTRAINT `pushnotifications_me_category_id_378f7740_fk_pushnotif` FOREIGN KEY (`category_id`) REFERENCES `pushnotifications_category` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pushnotifications_message_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pushnotifications_message_users_message_id_user_id_1653de86_uniq` (`message_id`,`user_id`),
  KEY `pushnotifications_message_users_user_id_87d5c186_fk_auth_user_id` (`user_id`),
  CONSTRAINT `pushnotifications_me_message_id_965a588a_fk_pushnotif` FOREIGN KEY (`message_id`) REFERENCES `pushnotifications_message` (`id`),
  CONSTRAINT `pushnotifications_message_users_user_id_87d5c186_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `thabloid_blacklistedthabloiduser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `thabloid_user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `thabloid_user_id` (`thabloid_user_id`),
  CONSTRAINT `thabloid_blacklisted_thabloid_user_id_b6a2e04d_fk_auth_user` FOREIGN KEY (`thabloid_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `moneybirdsynchronization_moneybirdcontact` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) DEFAULT NULL,
  `moneybird_id` varchar(255) DEFAULT NULL,
  `moneybird_sepa_mandate_id` varchar(255) DEFAULT NULL,
  `needs_synchronization` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `member_id` (`member_id`),
  UNIQUE KEY `moneybird_sepa_mandate_id` (`moneybird_sepa_mandate_id`),
  CONSTRAINT `moneybirdsynchroniza_member_id_cf3e909b_fk_auth_user` FOREIGN KEY (`member_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `partners_partner` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `is_active` tinyint(1) NOT NULL,
  `is_main_partner` tinyint(1) NOT NULL,
  `is_local_partner` tinyint(1) NOT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `link` varchar(255) NOT NULL,
  `company_profile` longtext NOT NULL,
  `logo` varchar(100) NOT NULL,
  `alternate_logo` varchar(100) DEFAULT NULL,
  `site_header` varchar(100) DEFAULT NULL,
  `address` varchar(100) NOT NULL,
  `address2` varchar(100) DEFAULT NULL,
  `zip_code` varchar(12) NOT NULL,
  `city` varchar(100) NOT NULL,
  `country` varchar(2) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
