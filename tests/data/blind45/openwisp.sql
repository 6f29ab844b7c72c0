-- OpenWISP RADIUS + OpenWISP Users (Wi-Fi / ISP network management with RADIUS) — MySQL DDL for the blind45 exam.
-- Upstream: github.com/openwisp/openwisp-radius commit d7d74bdf49f379cc42df33debbe016971feb6f47 (1.3 alpha, GPL-3.0)
--   and github.com/openwisp/openwisp-users commit 52fe181a48ccccdd915bf954cee19e81933c2734 (1.3 alpha, BSD-3-Clause).
-- Made by replaying the Django migrations of both repositories (with their dependencies from PyPI: Django 5.2,
--   django-allauth, dj-rest-auth, openwisp-notifications 1.3, djangorestframework authtoken) into a scratch MariaDB
--   database and dumping it with mysqldump --no-data; django_migrations left out. Column COMMENTs are the models' help_text.
-- 40 tables, all columns as created by the migrations; CHECK (json_valid(...)) constraints as MariaDB renders JSONField.

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB AUTO_INCREMENT=40 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=157 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=82 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_users_organization` (
  `name` varchar(200) NOT NULL COMMENT 'The name of the organization',
  `is_active` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `slug` varchar(200) NOT NULL COMMENT 'The name in all lowercase, suitable for URL identification',
  `id` uuid NOT NULL,
  `description` longtext NOT NULL,
  `email` varchar(254) NOT NULL,
  `url` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_users_user` (
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL COMMENT 'Designates that this user has all permissions without explicitly assigning them.',
  `username` varchar(150) NOT NULL COMMENT 'Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.',
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `is_staff` tinyint(1) NOT NULL COMMENT 'Designates whether the user can log into this admin site.',
  `is_active` tinyint(1) NOT NULL COMMENT 'Designates whether this user should be treated as active. Unselect this instead of deleting accounts.',
  `date_joined` datetime(6) NOT NULL,
  `id` uuid NOT NULL,
  `bio` longtext NOT NULL,
  `url` varchar(200) NOT NULL,
  `company` varchar(30) NOT NULL,
  `location` varchar(256) NOT NULL,
  `phone_number` varchar(128) DEFAULT NULL,
  `birth_date` date DEFAULT NULL,
  `notes` longtext NOT NULL COMMENT 'notes for internal usage',
  `language` varchar(8) NOT NULL,
  `password_updated` date DEFAULT NULL,
  `expiration_date` date DEFAULT NULL COMMENT 'If set, the account will be deactivated after this date passes and the user will no longer be able to log in.',
  `password_based_token` tinyint(1) DEFAULT NULL COMMENT 'Indicates whether the last authentication token was obtained using the local password. When false, the token came from an external method (eg: SSO, SAML) and password expiration is not enforced for it. None means no token has been issued for this user since this feature was introduced.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `phone_number` (`phone_number`),
  UNIQUE KEY `openwisp_users_user_email_54f7f7ef_uniq` (`email`),
  KEY `user_id_email_idx` (`id`,`email`),
  KEY `user_active_expiry_idx` (`is_active`,`expiration_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_users_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` uuid NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `openwisp_users_user_groups_user_id_group_id_7b92002e_uniq` (`user_id`,`group_id`),
  KEY `openwisp_users_user_groups_group_id_e9ab4901_fk_auth_group_id` (`group_id`),
  CONSTRAINT `openwisp_users_user__user_id_2371794b_fk_openwisp_` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`),
  CONSTRAINT `openwisp_users_user_groups_group_id_e9ab4901_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_users_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` uuid NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `openwisp_users_user_user_user_id_permission_id_24ba4ccf_uniq` (`user_id`,`permission_id`),
  KEY `openwisp_users_user__permission_id_f00dc354_fk_auth_perm` (`permission_id`),
  CONSTRAINT `openwisp_users_user__permission_id_f00dc354_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `openwisp_users_user__user_id_f3610345_fk_openwisp_` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_users_organizationuser` (
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `id` uuid NOT NULL,
  `organization_id` uuid NOT NULL,
  `user_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `openwisp_users_organizat_user_id_organization_id_d40e96a2_uniq` (`user_id`,`organization_id`),
  KEY `openwisp_users_organ_organization_id_a1c43bbd_fk_openwisp_` (`organization_id`),
  CONSTRAINT `openwisp_users_organ_organization_id_a1c43bbd_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`),
  CONSTRAINT `openwisp_users_organ_user_id_a5799aa4_fk_openwisp_` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_users_organizationowner` (
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `id` uuid NOT NULL,
  `organization_id` uuid NOT NULL,
  `organization_user_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_id` (`organization_id`),
  UNIQUE KEY `organization_user_id` (`organization_user_id`),
  CONSTRAINT `openwisp_users_organ_organization_id_b08613ce_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`),
  CONSTRAINT `openwisp_users_organ_organization_user_id_07ddf455_fk_openwisp_` FOREIGN KEY (`organization_user_id`) REFERENCES `openwisp_users_organizationuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_users_organizationinvitation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` uuid NOT NULL,
  `invitee_identifier` varchar(1000) NOT NULL COMMENT 'The contact identifier for the invitee, email, phone number, social media handle, etc.',
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `invited_by_id` uuid NOT NULL,
  `invitee_id` uuid DEFAULT NULL,
  `organization_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  KEY `openwisp_users_organ_invited_by_id_69a7098a_fk_openwisp_` (`invited_by_id`),
  KEY `openwisp_users_organ_invitee_id_d3c1b419_fk_openwisp_` (`invitee_id`),
  KEY `openwisp_users_organ_organization_id_17466f8f_fk_openwisp_` (`organization_id`),
  CONSTRAINT `openwisp_users_organ_invited_by_id_69a7098a_fk_openwisp_` FOREIGN KEY (`invited_by_id`) REFERENCES `openwisp_users_user` (`id`),
  CONSTRAINT `openwisp_users_organ_invitee_id_d3c1b419_fk_openwisp_` FOREIGN KEY (`invitee_id`) REFERENCES `openwisp_users_user` (`id`),
  CONSTRAINT `openwisp_users_organ_organization_id_17466f8f_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_emailaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_987c8728_uniq` (`user_id`,`email`),
  KEY `account_emailaddress_email_03be32b2` (`email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_openwisp_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_emailconfirmation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) DEFAULT NULL,
  `key` varchar(64) NOT NULL,
  `email_address_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  KEY `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` (`email_address_id`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialapp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL COMMENT 'App ID, or consumer key',
  `secret` varchar(191) NOT NULL COMMENT 'API secret, client secret, or consumer secret',
  `key` varchar(191) NOT NULL COMMENT 'Key',
  `provider_id` varchar(200) NOT NULL,
  `settings` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`settings`)),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialapp_sites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `socialapp_id` int(11) NOT NULL,
  `site_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialapp_sites_socialapp_id_site_id_71a9a768_uniq` (`socialapp_id`,`site_id`),
  KEY `socialaccount_socialapp_sites_site_id_2579dee5_fk_django_site_id` (`site_id`),
  CONSTRAINT `socialaccount_social_socialapp_id_97fb6e7d_fk_socialacc` FOREIGN KEY (`socialapp_id`) REFERENCES `socialaccount_socialapp` (`id`),
  CONSTRAINT `socialaccount_socialapp_sites_site_id_2579dee5_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(200) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_data`)),
  `user_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`,`uid`),
  KEY `socialaccount_social_user_id_8146e70c_fk_openwisp_` (`user_id`),
  CONSTRAINT `socialaccount_social_user_id_8146e70c_fk_openwisp_` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL COMMENT '"oauth_token" (OAuth1) or access token (OAuth2)',
  `token_secret` longtext NOT NULL COMMENT '"oauth_token_secret" (OAuth1) or refresh token (OAuth2)',
  `expires_at` datetime(6) DEFAULT NULL,
  `account_id` int(11) NOT NULL,
  `app_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`,`account_id`),
  KEY `socialaccount_social_account_id_951f210e_fk_socialacc` (`account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` uuid NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_openwisp_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
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
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_openwisp_users_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_openwisp_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_notifications_notification` (
  `level` varchar(20) NOT NULL,
  `unread` tinyint(1) NOT NULL,
  `actor_object_id` varchar(255) NOT NULL,
  `verb` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `target_object_id` varchar(255) DEFAULT NULL,
  `action_object_object_id` varchar(255) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `emailed` tinyint(1) NOT NULL,
  `data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`data`)),
  `id` uuid NOT NULL,
  `action_object_content_type_id` int(11) DEFAULT NULL,
  `actor_content_type_id` int(11) NOT NULL,
  `recipient_id` uuid NOT NULL,
  `target_content_type_id` int(11) DEFAULT NULL,
  `type` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `openwisp_no_recipie_b7c4ef_idx` (`recipient_id`,`unread`),
  KEY `openwisp_notificatio_action_object_conten_c675985f_fk_django_co` (`action_object_content_type_id`),
  KEY `openwisp_notificatio_actor_content_type_i_73454b05_fk_django_co` (`actor_content_type_id`),
  KEY `openwisp_notificatio_target_content_type__1f180fe2_fk_django_co` (`target_content_type_id`),
  KEY `openwisp_notifications_notification_unread_5b4af21a` (`unread`),
  KEY `openwisp_notifications_notification_timestamp_98045725` (`timestamp`),
  KEY `openwisp_notifications_notification_public_84236479` (`public`),
  KEY `openwisp_notifications_notification_deleted_075f5827` (`deleted`),
  KEY `openwisp_notifications_notification_emailed_a27962a2` (`emailed`),
  CONSTRAINT `openwisp_notificatio_action_object_conten_c675985f_fk_django_co` FOREIGN KEY (`action_object_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `openwisp_notificatio_actor_content_type_i_73454b05_fk_django_co` FOREIGN KEY (`actor_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `openwisp_notificatio_recipient_id_a5557e5b_fk_openwisp_` FOREIGN KEY (`recipient_id`) REFERENCES `openwisp_users_user` (`id`),
  CONSTRAINT `openwisp_notificatio_target_content_type__1f180fe2_fk_django_co` FOREIGN KEY (`target_content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_notifications_notificationsetting` (
  `id` uuid NOT NULL,
  `type` varchar(30) DEFAULT NULL,
  `web` tinyint(1) DEFAULT NULL COMMENT 'Note: Non-superadmin users receive notifications only for organizations of which they are member of.',
  `email` tinyint(1) DEFAULT NULL COMMENT 'Note: Non-superadmin users receive notifications only for organizations of which they are member of.',
  `organization_id` uuid DEFAULT NULL,
  `user_id` uuid NOT NULL,
  `deleted` tinyint(1) DEFAULT NULL,
  `_global` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_notification_setting` (`organization_id`,`type`,`user_id`),
  UNIQUE KEY `unique_global_notification_setting` (`user_id`,`_global`),
  KEY `openwisp_no_type_5a6a77_idx` (`type`,`organization_id`),
  CONSTRAINT `openwisp_notificatio_organization_id_3be6e17e_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`),
  CONSTRAINT `openwisp_notificatio_user_id_3cc7bf95_fk_openwisp_` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_notifications_ignoreobjectnotification` (
  `id` uuid NOT NULL,
  `object_id` varchar(255) NOT NULL,
  `valid_till` datetime(6) DEFAULT NULL,
  `object_content_type_id` int(11) NOT NULL,
  `user_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  KEY `openwisp_notificatio_object_content_type__d6a713fb_fk_django_co` (`object_content_type_id`),
  KEY `openwisp_notificatio_user_id_4ba86bd7_fk_openwisp_` (`user_id`),
  CONSTRAINT `openwisp_notificatio_object_content_type__d6a713fb_fk_django_co` FOREIGN KEY (`object_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `openwisp_notificatio_user_id_4ba86bd7_fk_openwisp_` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_notifications_organizationnotificationsettings` (
  `organization_id` uuid NOT NULL,
  `web` tinyint(1) DEFAULT NULL COMMENT 'Changing this value will affect the web notification settings of all users in the organization. Users will still be able to override this setting in their personal preferences.',
  `email` tinyint(1) DEFAULT NULL COMMENT 'Changing this value will affect the email notification settings of all users in the organization. Users will still be able to override this setting in their personal preferences.',
  PRIMARY KEY (`organization_id`),
  CONSTRAINT `openwisp_notificatio_organization_id_5267d7ae_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_radius_organizationradiussettings` (
  `id` uuid NOT NULL,
  `token` varchar(32) NOT NULL,
  `organization_id` uuid NOT NULL,
  `sms_verification` tinyint(1) DEFAULT NULL COMMENT 'Whether users who sign up should be required to verify their mobile phone number via SMS',
  `sms_meta_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL COMMENT 'Additional configuration for SMS backend in JSON format (optional, leave blank if unsure)' CHECK (json_valid(`sms_meta_data`)),
  `sms_sender` varchar(128) DEFAULT NULL COMMENT 'alpha numeric identifier used as sender for SMS sent by this organization',
  `freeradius_allowed_hosts` longtext DEFAULT NULL COMMENT 'Comma separated list of IP addresses allowed to access freeradius API',
  `allowed_mobile_prefixes` longtext DEFAULT NULL COMMENT 'Comma separated list of international mobile prefixes allowed to register via the user registration API.',
  `login_url` varchar(200) DEFAULT NULL COMMENT 'Enter the URL where users can log in to the wifi service',
  `status_url` varchar(200) DEFAULT NULL COMMENT 'Enter the URL where users can log out from the wifi service',
  `birth_date` varchar(12) DEFAULT NULL COMMENT 'Whether this field should be disabled, allowed or mandatory in the user registration API.',
  `first_name` varchar(12) DEFAULT NULL COMMENT 'Whether this field should be disabled, allowed or mandatory in the user registration API.',
  `last_name` varchar(12) DEFAULT NULL COMMENT 'Whether this field should be disabled, allowed or mandatory in the user registration API.',
  `location` varchar(12) DEFAULT NULL COMMENT 'Whether this field should be disabled, allowed or mandatory in the user registration API.',
  `needs_identity_verification` tinyint(1) DEFAULT NULL COMMENT 'Whether identity verification is required at the time of user registration',
  `registration_enabled` tinyint(1) DEFAULT NULL COMMENT 'Whether the registration API endpoint should be enabled or not',
  `saml_registration_enabled` tinyint(1) DEFAULT NULL COMMENT 'Whether the registration using SAML should be enabled or not',
  `social_registration_enabled` tinyint(1) DEFAULT NULL COMMENT 'Whether the registration using social applications should be enabled or not',
  `sms_message` longtext DEFAULT NULL COMMENT 'SMS message template used for sending verification code. Must contain "{code}" placeholder for OTP value.',
  `coa_enabled` tinyint(1) DEFAULT NULL COMMENT 'Whether RADIUS Change Of Authoization (CoA) is enabled',
  `sms_cooldown` int(10) unsigned DEFAULT NULL COMMENT 'Time period a user will have to wait before requesting another SMS token (in seconds).' CHECK (`sms_cooldown` >= 0),
  `mac_addr_roaming_enabled` tinyint(1) DEFAULT NULL COMMENT 'Whether the MAC address roaming should be enabled or not.',
  `password_reset_url` varchar(200) DEFAULT NULL COMMENT 'Enter the URL where users can reset their password',
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_id` (`organization_id`),
  CONSTRAINT `openwisp_radius_orga_organization_id_90b67ead_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_radius_radiusgroup` (
  `id` uuid NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(64) DEFAULT NULL,
  `default` tinyint(1) NOT NULL COMMENT 'The default group is automatically assigned to new users; changing the default group has only effect on new users (existing users will keep being members of their current group)',
  `organization_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `openwisp_radius_radi_organization_id_93a59144_fk_openwisp_` (`organization_id`),
  CONSTRAINT `openwisp_radius_radi_organization_id_93a59144_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `radgroupcheck` (
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `groupname` varchar(64) NOT NULL,
  `attribute` varchar(64) NOT NULL,
  `op` varchar(2) NOT NULL,
  `value` varchar(253) NOT NULL,
  `group_id` uuid DEFAULT NULL,
  `id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  KEY `radgroupcheck_groupname_e379d2bb` (`groupname`),
  KEY `radgroupcheck_group_id_2ff27220_fk_openwisp_` (`group_id`),
  CONSTRAINT `radgroupcheck_group_id_2ff27220_fk_openwisp_` FOREIGN KEY (`group_id`) REFERENCES `openwisp_radius_radiusgroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `radgroupreply` (
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `groupname` varchar(64) NOT NULL,
  `attribute` varchar(64) NOT NULL,
  `op` varchar(2) NOT NULL,
  `value` varchar(253) NOT NULL,
  `group_id` uuid DEFAULT NULL,
  `id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  KEY `radgroupreply_groupname_47789679` (`groupname`),
  KEY `radgroupreply_group_id_fbded6b3_fk_openwisp_` (`group_id`),
  CONSTRAINT `radgroupreply_group_id_fbded6b3_fk_openwisp_` FOREIGN KEY (`group_id`) REFERENCES `openwisp_radius_radiusgroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `radusergroup` (
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `username` varchar(64) NOT NULL,
  `groupname` varchar(64) NOT NULL,
  `priority` int(11) NOT NULL,
  `group_id` uuid DEFAULT NULL,
  `user_id` uuid DEFAULT NULL,
  `id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `radusergroup_user_id_group_id_3d9a70aa_uniq` (`user_id`,`group_id`),
  KEY `radusergroup_username_743b42e3` (`username`),
  KEY `radusergroup_group_id_0dbc5c53_fk_openwisp_radius_radiusgroup_id` (`group_id`),
  CONSTRAINT `radusergroup_group_id_0dbc5c53_fk_openwisp_radius_radiusgroup_id` FOREIGN KEY (`group_id`) REFERENCES `openwisp_radius_radiusgroup` (`id`),
  CONSTRAINT `radusergroup_user_id_5a7fd66b_fk_openwisp_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `radcheck` (
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `username` varchar(64) NOT NULL,
  `value` varchar(253) NOT NULL,
  `op` varchar(2) NOT NULL,
  `attribute` varchar(64) NOT NULL,
  `user_id` uuid DEFAULT NULL,
  `organization_id` uuid NOT NULL,
  `id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  KEY `radcheck_username_761f015c` (`username`),
  KEY `radcheck_user_id_ccbdb2b3_fk_openwisp_users_user_id` (`user_id`),
  KEY `radcheck_organization_id_305f0018_fk_openwisp_` (`organization_id`),
  CONSTRAINT `radcheck_organization_id_305f0018_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`),
  CONSTRAINT `radcheck_user_id_ccbdb2b3_fk_openwisp_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `radreply` (
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `username` varchar(64) NOT NULL,
  `value` varchar(253) NOT NULL,
  `op` varchar(2) NOT NULL,
  `attribute` varchar(64) NOT NULL,
  `user_id` uuid DEFAULT NULL,
  `organization_id` uuid NOT NULL,
  `id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  KEY `radreply_username_e78f923c` (`username`),
  KEY `radreply_user_id_7ec33bf1_fk_openwisp_users_user_id` (`user_id`),
  KEY `radreply_organization_id_848b9c0b_fk_openwisp_` (`organization_id`),
  CONSTRAINT `radreply_organization_id_848b9c0b_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`),
  CONSTRAINT `radreply_user_id_7ec33bf1_fk_openwisp_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `radacct` (
  `acctsessionid` varchar(64) NOT NULL,
  `acctuniqueid` varchar(32) NOT NULL,
  `username` varchar(64) DEFAULT NULL,
  `groupname` varchar(64) DEFAULT NULL,
  `realm` varchar(64) DEFAULT NULL,
  `nasipaddress` char(39) NOT NULL,
  `nasportid` varchar(15) DEFAULT NULL,
  `nasporttype` varchar(32) DEFAULT NULL,
  `acctstarttime` datetime(6) DEFAULT NULL,
  `acctstoptime` datetime(6) DEFAULT NULL,
  `acctsessiontime` int(10) unsigned DEFAULT NULL CHECK (`acctsessiontime` >= 0),
  `acctauthentic` varchar(32) DEFAULT NULL,
  `connectinfo_start` varchar(50) DEFAULT NULL,
  `connectinfo_stop` varchar(50) DEFAULT NULL,
  `acctinputoctets` bigint(20) DEFAULT NULL,
  `acctoutputoctets` bigint(20) DEFAULT NULL,
  `callingstationid` varchar(253) DEFAULT NULL,
  `calledstationid` varchar(253) DEFAULT NULL,
  `acctterminatecause` varchar(32) DEFAULT NULL,
  `servicetype` varchar(32) DEFAULT NULL,
  `framedprotocol` varchar(32) DEFAULT NULL,
  `framedipaddress` char(39) DEFAULT NULL,
  `acctupdatetime` datetime(6) DEFAULT NULL,
  `acctinterval` int(11) DEFAULT NULL,
  `organization_id` uuid NOT NULL,
  `delegatedipv6prefix` varchar(44) DEFAULT NULL,
  `framedinterfaceid` varchar(19) DEFAULT NULL,
  `framedipv6address` char(39) DEFAULT NULL,
  `framedipv6prefix` varchar(44) DEFAULT NULL,
  PRIMARY KEY (`acctuniqueid`),
  KEY `radacct_acctsessionid_67584b28` (`acctsessionid`),
  KEY `radacct_username_2b99049d` (`username`),
  KEY `radacct_nasipaddress_130a761d` (`nasipaddress`),
  KEY `radacct_acctstarttime_3e3f73a6` (`acctstarttime`),
  KEY `radacct_acctstoptime_edf090cf` (`acctstoptime`),
  KEY `radacct_calledstationid_459c474f` (`calledstationid`),
  KEY `radacct_callingstationid_574c1364` (`callingstationid`),
  KEY `radacct_organization_id_53a2e5bc_fk_openwisp_` (`organization_id`),
  CONSTRAINT `radacct_organization_id_53a2e5bc_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `radpostauth` (
  `username` varchar(64) NOT NULL,
  `pass` varchar(64) NOT NULL,
  `reply` varchar(32) NOT NULL,
  `authdate` datetime(6) NOT NULL,
  `calledstationid` varchar(253) DEFAULT NULL,
  `callingstationid` varchar(253) DEFAULT NULL,
  `organization_id` uuid NOT NULL,
  `id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  KEY `radpostauth_organization_id_de44db05_fk_openwisp_` (`organization_id`),
  CONSTRAINT `radpostauth_organization_id_de44db05_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `nas` (
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `nasname` varchar(128) NOT NULL COMMENT 'NAS Name (or IP address)',
  `shortname` varchar(32) NOT NULL,
  `type` varchar(30) NOT NULL,
  `secret` varchar(60) NOT NULL COMMENT 'Shared Secret',
  `ports` int(10) unsigned DEFAULT NULL CHECK (`ports` >= 0),
  `community` varchar(50) DEFAULT NULL,
  `description` varchar(200) DEFAULT NULL,
  `server` varchar(64) DEFAULT NULL,
  `organization_id` uuid NOT NULL,
  `id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  KEY `nas_nasname_2a874c39` (`nasname`),
  KEY `nas_organization_id_a0932128_fk_openwisp_users_organization_id` (`organization_id`),
  CONSTRAINT `nas_organization_id_a0932128_fk_openwisp_users_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `radbatch` (
  `id` uuid NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `strategy` varchar(16) NOT NULL COMMENT 'Import users from a CSV or generate using a prefix',
  `csvfile` varchar(100) DEFAULT NULL COMMENT 'The csv file containing the user details to be uploaded',
  `prefix` varchar(20) DEFAULT NULL COMMENT 'Usernames generated will be of the format [prefix][number]',
  `expiration_date` date DEFAULT NULL COMMENT 'If left blank users will never expire',
  `name` varchar(128) NOT NULL COMMENT 'A unique batch name',
  `organization_id` uuid NOT NULL,
  `user_credentials` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`user_credentials`)),
  `status` varchar(16) NOT NULL,
  `group_id` uuid DEFAULT NULL,
  `notes` longtext NOT NULL COMMENT 'internal notes',
  PRIMARY KEY (`id`),
  UNIQUE KEY `radbatch_name_organization_id_82270c3b_uniq` (`name`,`organization_id`),
  KEY `radbatch_organization_id_d184d391_fk_openwisp_` (`organization_id`),
  KEY `radbatch_strategy_1fe16152` (`strategy`),
  KEY `radbatch_name_15eac8ea` (`name`),
  KEY `radbatch_status_35f74861` (`status`),
  KEY `radbatch_group_id_8bd9d0a5_fk_openwisp_radius_radiusgroup_id` (`group_id`),
  CONSTRAINT `radbatch_group_id_8bd9d0a5_fk_openwisp_radius_radiusgroup_id` FOREIGN KEY (`group_id`) REFERENCES `openwisp_radius_radiusgroup` (`id`),
  CONSTRAINT `radbatch_organization_id_d184d391_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `radbatch_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `radiusbatch_id` uuid NOT NULL,
  `user_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `radbatch_users_radiusbatch_id_user_id_8f828365_uniq` (`radiusbatch_id`,`user_id`),
  KEY `radbatch_users_user_id_bcd57916_fk_openwisp_users_user_id` (`user_id`),
  CONSTRAINT `radbatch_users_radiusbatch_id_9f29169c_fk_radbatch_id` FOREIGN KEY (`radiusbatch_id`) REFERENCES `radbatch` (`id`),
  CONSTRAINT `radbatch_users_user_id_bcd57916_fk_openwisp_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `radiustoken` (
  `created` datetime(6) NOT NULL,
  `key` varchar(40) NOT NULL,
  `user_id` uuid NOT NULL,
  `can_auth` tinyint(1) NOT NULL COMMENT 'Enable the radius token to be used for freeradius authorization request',
  `organization_id` uuid NOT NULL,
  `password_based` tinyint(1) DEFAULT NULL COMMENT 'Indicates whether the user''s most recent authentication used the local password. When false, the radius token is treated as externally authenticated (eg: SSO, SAML), so the local password expiration policy does not apply to it.',
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `radiustoken_organization_id_8e1824bf_fk_openwisp_` (`organization_id`),
  CONSTRAINT `radiustoken_organization_id_8e1824bf_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`),
  CONSTRAINT `radiustoken_user_id_24dcf974_fk_openwisp_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_radius_registereduser` (
  `id` uuid NOT NULL,
  `method` varchar(64) NOT NULL COMMENT 'users can sign up in different ways, some methods are valid as indirect identity verification (eg: mobile phone SIM card in most countries)',
  `is_verified` tinyint(1) NOT NULL COMMENT 'whether the user has completed any identity verification process sucessfully',
  `modified` datetime(6) NOT NULL,
  `user_id` uuid NOT NULL,
  `organization_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_registered_user_per_org` (`user_id`,`organization_id`),
  KEY `openwisp_radius_regi_organization_id_b1772588_fk_openwisp_` (`organization_id`),
  CONSTRAINT `openwisp_radius_regi_organization_id_b1772588_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`),
  CONSTRAINT `openwisp_radius_regi_user_id_3af63f27_fk_openwisp_` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `openwisp_radius_phonetoken` (
  `id` uuid NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `valid_until` datetime(6) NOT NULL,
  `attempts` int(10) unsigned NOT NULL CHECK (`attempts` >= 0),
  `verified` tinyint(1) NOT NULL,
  `token` varchar(8) NOT NULL,
  `ip` char(39) NOT NULL,
  `user_id` uuid NOT NULL,
  `phone_number` varchar(128) NOT NULL,
  `organization_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  KEY `openwisp_radius_phonetoken_user_id_90d96493` (`user_id`),
  KEY `openwisp_radius_phon_organization_id_5d939c4a_fk_openwisp_` (`organization_id`),
  KEY `openwisp_ra_user_id_9fe207_idx` (`user_id`,`created`),
  KEY `openwisp_ra_user_id_d4dd52_idx` (`user_id`,`created`,`ip`),
  CONSTRAINT `openwisp_radius_phon_organization_id_5d939c4a_fk_openwisp_` FOREIGN KEY (`organization_id`) REFERENCES `openwisp_users_organization` (`id`),
  CONSTRAINT `openwisp_radius_phon_user_id_90d96493_fk_openwisp_` FOREIGN KEY (`user_id`) REFERENCES `openwisp_users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
