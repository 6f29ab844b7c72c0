-- Blue Button 2.0 API web server (CMS, Medicare beneficiaries' OAuth2 authorisation portal and FHIR proxy),
-- github.com/CMSgov/bluebutton-web-server, commit ba0c6856a51c13bd849da2fcc0d6e44eed08dc73 (Apache-2.0). Built by running
-- upstream's Django migrations (Django 6.0.7, django-oauth-toolkit 2.2.0, django-axes 5.41.1, django-waffle 3.0.0 as pinned in
-- requirements/requirements.in) with upstream's settings into PostgreSQL 15, then writing 45 of the 53 tables from the
-- catalogue as MySQL, columns in upstream's order. Types: serial/identity -> AUTO_INCREMENT, uuid -> CHAR(36),
-- timestamptz -> DATETIME(6), boolean -> TINYINT(1), text -> TEXT, inet -> VARCHAR(45). Primary, unique and foreign keys
-- are upstream's; the foreign key oauth2_provider_refreshtoken.access_token_id -> oauth2_provider_accesstoken is left out
-- because it closes a cycle with oauth2_provider_accesstoken.source_refresh_token_id.

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` text NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint NOT NULL,
  `change_message` text NOT NULL,
  `content_type_id` int NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` text NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_userprofile` (
  `id` int NOT NULL AUTO_INCREMENT,
  `organization_name` text NOT NULL,
  `loa` varchar(1) NOT NULL,
  `user_type` varchar(5) NOT NULL,
  `access_key_id` varchar(20) NOT NULL,
  `access_key_secret` varchar(40) NOT NULL,
  `access_key_reset` tinyint(1) NOT NULL,
  `user_id` int NOT NULL,
  `create_applications` tinyint(1) NOT NULL,
  `password_reset_answer_1` text NOT NULL,
  `password_reset_answer_2` text NOT NULL,
  `password_reset_answer_3` text NOT NULL,
  `password_reset_question_1` varchar(1) NOT NULL,
  `password_reset_question_2` varchar(1) NOT NULL,
  `password_reset_question_3` varchar(1) NOT NULL,
  `mobile_phone_number` varchar(12) NOT NULL,
  `remaining_user_invites` int NOT NULL,
  `authorize_applications` tinyint(1) NOT NULL,
  `aal` varchar(1) NOT NULL,
  `ial` varchar(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_userprofile_user_id_key` (`user_id`),
  CONSTRAINT `accounts_userprofile_user_id_92240672_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_activationkey` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(40) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  `activated_at` datetime(6) NULL,
  `created_at` datetime(6) NULL,
  `expired_at` datetime(6) NULL,
  `key_status` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `accounts_activationkey_user_id_ff8ad686_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_userpassworddescriptor` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `salt` varchar(120) NOT NULL,
  `iterations` int NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_userpassworddes_user_id_iterations_29e8b946_uniq` (`user_id`, `iterations`),
  CONSTRAINT `accounts_userpasswor_user_id_271dadd8_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_pastpassword` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(255) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `userpassword_desc_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_pastpassword_userpassword_desc_id_pas_d34d8040_uniq` (`userpassword_desc_id`, `password`, `date_created`),
  CONSTRAINT `accounts_pastpasswor_userpassword_desc_id_658fea7d_fk_accounts_` FOREIGN KEY (`userpassword_desc_id`) REFERENCES `accounts_userpassworddescriptor` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_validpasswordresetkey` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reset_password_key` varchar(50) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `accounts_validpasswordresetkey_user_id_e3a92e94_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_useridentificationlabel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `weight` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_useridentificationlabel_name_key` (`name`),
  UNIQUE KEY `accounts_useridentificationlabel_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_useridentificationlabel_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `useridentificationlabel_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_useridentificat_useridentificationlabel__02d7be89_uniq` (`useridentificationlabel_id`, `user_id`),
  CONSTRAINT `accounts_useridentif_user_id_aaad83bc_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `accounts_useridentif_useridentificationla_58367658_fk_accounts_` FOREIGN KEY (`useridentificationlabel_id`) REFERENCES `accounts_useridentificationlabel` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bluebutton_crosswalk` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `user_id_type` varchar(1) NOT NULL,
  `user_id_hash` varchar(64) NULL,
  `user_id` int NOT NULL,
  `user_mbi_hash` varchar(64) NULL,
  `user_mbi` varchar(11) NULL,
  `fhir_id_v2` varchar(80) NULL,
  `fhir_id_v3` varchar(80) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bluebutton_crosswalk_user_id_key` (`user_id`),
  CONSTRAINT `bluebutton_crosswalk_user_id_ef6d10cf_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bluebutton_archivedcrosswalk` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(150) NOT NULL,
  `user_id_type` varchar(1) NOT NULL,
  `user_id_hash` varchar(64) NULL,
  `user_mbi_hash` varchar(64) NULL,
  `date_created` datetime(6) NOT NULL,
  `archived_at` datetime(6) NOT NULL,
  `user_mbi` varchar(11) NULL,
  `fhir_id_v2` varchar(80) NULL,
  `fhir_id_v3` varchar(80) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mymedicare_cb_anonuserstate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `state` varchar(64) NOT NULL,
  `next_uri` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `capabilities_protectedcapability` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `protected_resources` text NOT NULL,
  `description` text NOT NULL,
  `group_id` int NOT NULL,
  `default` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `capabilities_protectedcapability_slug_key` (`slug`),
  UNIQUE KEY `capabilities_protectedcapability_title_key` (`title`),
  CONSTRAINT `capabilities_protect_group_id_b47f3ae0_fk_auth_grou` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dot_ext_application` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `client_id` varchar(100) NOT NULL,
  `redirect_uris` text NOT NULL,
  `client_type` varchar(32) NOT NULL,
  `authorization_grant_type` varchar(32) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `skip_authorization` tinyint(1) NOT NULL,
  `agree` tinyint(1) NOT NULL,
  `user_id` int NULL,
  `active` tinyint(1) NOT NULL,
  `client_uri` varchar(512) NULL,
  `contacts` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `logo_uri` varchar(512) NOT NULL,
  `op_policy_uri` varchar(512) NOT NULL,
  `op_tos_uri` varchar(512) NOT NULL,
  `policy_uri` varchar(512) NOT NULL,
  `software_id` varchar(128) NOT NULL,
  `tos_uri` varchar(512) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `first_active` datetime(6) NULL,
  `last_active` datetime(6) NULL,
  `description` text NULL,
  `website_uri` varchar(512) NULL,
  `support_email` varchar(254) NULL,
  `support_phone_number` varchar(17) NULL,
  `require_demographic_scopes` tinyint(1) NULL,
  `algorithm` varchar(5) NOT NULL,
  `data_access_type` varchar(16) NULL,
  `client_secret_plain` varchar(255) NOT NULL,
  `jwks_uri` varchar(512) NULL,
  `allowed_auth_type` varchar(40) NOT NULL,
  `part_d_eob_only` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dot_ext_application_client_id_key` (`client_id`),
  CONSTRAINT `dot_ext_application_user_id_ec6a5abc_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dot_ext_application_scope` (
  `id` int NOT NULL AUTO_INCREMENT,
  `application_id` bigint NOT NULL,
  `protectedcapability_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dot_ext_application_scop_application_id_protected_795db041_uniq` (`application_id`, `protectedcapability_id`),
  CONSTRAINT `dot_ext_application__application_id_49b0667f_fk_dot_ext_a` FOREIGN KEY (`application_id`) REFERENCES `dot_ext_application` (`id`),
  CONSTRAINT `dot_ext_application__protectedcapability__dafa05da_fk_capabilit` FOREIGN KEY (`protectedcapability_id`) REFERENCES `capabilities_protectedcapability` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dot_ext_applicationlabel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dot_ext_applicationlabel_name_key` (`name`),
  UNIQUE KEY `dot_ext_applicationlabel_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dot_ext_applicationlabel_applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `applicationlabel_id` int NOT NULL,
  `application_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dot_ext_applicationlabel_applicationlabel_id_appl_ab9e7352_uniq` (`applicationlabel_id`, `application_id`),
  CONSTRAINT `dot_ext_applicationl_application_id_b5b1524a_fk_dot_ext_a` FOREIGN KEY (`application_id`) REFERENCES `dot_ext_application` (`id`),
  CONSTRAINT `dot_ext_applicationl_applicationlabel_id_ca0341d6_fk_dot_ext_a` FOREIGN KEY (`applicationlabel_id`) REFERENCES `dot_ext_applicationlabel` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dot_ext_internalapplicationlabels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `slug` varchar(1024) NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dot_ext_internalapplicationlabels_label_key` (`label`),
  UNIQUE KEY `dot_ext_internalapplicationlabels_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dot_ext_application_internal_application_labels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `application_id` bigint NOT NULL,
  `internalapplicationlabels_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dot_ext_application_inte_application_id_internala_45ffb0dd_uniq` (`application_id`, `internalapplicationlabels_id`),
  CONSTRAINT `dot_ext_application__application_id_38e0767d_fk_dot_ext_a` FOREIGN KEY (`application_id`) REFERENCES `dot_ext_application` (`id`),
  CONSTRAINT `dot_ext_application__internalapplicationl_ae531a29_fk_dot_ext_i` FOREIGN KEY (`internalapplicationlabels_id`) REFERENCES `dot_ext_internalapplicationlabels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dot_ext_approval` (
  `uuid` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `application_id` bigint NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `dot_ext_approval_application_id_eea73782_fk_dot_ext_a` FOREIGN KEY (`application_id`) REFERENCES `dot_ext_application` (`id`),
  CONSTRAINT `dot_ext_approval_user_id_2a60cbe5_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dot_ext_archivedtoken` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `scope` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `archived_at` datetime(6) NOT NULL,
  `application_id` bigint NULL,
  `user_id` int NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dot_ext_archivedtoken_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dot_ext_authflowuuid` (
  `auth_uuid` char(36) NOT NULL,
  `state` varchar(64) NULL,
  `code` varchar(255) NULL,
  `client_id` varchar(100) NULL,
  `auth_pkce_method` varchar(16) NULL,
  `created` datetime(6) NULL,
  `auth_crosswalk_action` varchar(1) NULL,
  `auth_share_demographic_scopes` tinyint(1) NULL,
  `auth_share_samhsa_data` tinyint(1) NULL,
  PRIMARY KEY (`auth_uuid`),
  UNIQUE KEY `dot_ext_authflowuuid_code_key` (`code`),
  UNIQUE KEY `dot_ext_authflowuuid_state_key` (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dot_ext_authflowuuidcopy` (
  `auth_uuid` char(36) NOT NULL,
  `state` varchar(64) NULL,
  `code` varchar(255) NULL,
  `client_id` varchar(100) NULL,
  `auth_pkce_method` varchar(16) NULL,
  `created` datetime(6) NULL,
  `auth_crosswalk_action` varchar(1) NULL,
  `auth_share_demographic_scopes` tinyint(1) NULL,
  `auth_share_samhsa_data` tinyint(1) NULL,
  PRIMARY KEY (`auth_uuid`),
  UNIQUE KEY `dot_ext_authflowuuidcopy_code_key` (`code`),
  UNIQUE KEY `dot_ext_authflowuuidcopy_state_key` (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_idtoken` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `jti` char(36) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `scope` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `application_id` bigint NULL,
  `user_id` int NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_idtoken_jti_key` (`jti`),
  CONSTRAINT `oauth2_provider_idto_application_id_08c5ff4f_fk_dot_ext_a` FOREIGN KEY (`application_id`) REFERENCES `dot_ext_application` (`id`),
  CONSTRAINT `oauth2_provider_idtoken_user_id_dd512b59_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_refreshtoken` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `access_token_id` bigint NULL,
  `application_id` bigint NOT NULL,
  `user_id` int NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `revoked` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_refreshtoken_access_token_id_key` (`access_token_id`),
  UNIQUE KEY `oauth2_provider_refreshtoken_token_revoked_af8a5134_uniq` (`token`, `revoked`),
  CONSTRAINT `oauth2_provider_refr_application_id_2d1c311b_fk_dot_ext_a` FOREIGN KEY (`application_id`) REFERENCES `dot_ext_application` (`id`),
  CONSTRAINT `oauth2_provider_refreshtoken_user_id_da837fce_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_accesstoken` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `scope` text NOT NULL,
  `application_id` bigint NULL,
  `user_id` int NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `source_refresh_token_id` bigint NULL,
  `id_token_id` bigint NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_accesstoken_id_token_id_key` (`id_token_id`),
  UNIQUE KEY `oauth2_provider_accesstoken_source_refresh_token_id_key` (`source_refresh_token_id`),
  UNIQUE KEY `oauth2_provider_accesstoken_token_key` (`token`),
  CONSTRAINT `oauth2_provider_acce_application_id_b22886e1_fk_dot_ext_a` FOREIGN KEY (`application_id`) REFERENCES `dot_ext_application` (`id`),
  CONSTRAINT `oauth2_provider_acce_id_token_id_85db651b_fk_oauth2_pr` FOREIGN KEY (`id_token_id`) REFERENCES `oauth2_provider_idtoken` (`id`),
  CONSTRAINT `oauth2_provider_acce_source_refresh_token_e66fbc72_fk_oauth2_pr` FOREIGN KEY (`source_refresh_token_id`) REFERENCES `oauth2_provider_refreshtoken` (`id`),
  CONSTRAINT `oauth2_provider_accesstoken_user_id_6e4c9a65_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_accesstoken_extension` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `include_samhsa` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `access_token_id` bigint NOT NULL,
  `part_d_eob_only` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_accesstoken_extension_access_token_id_key` (`access_token_id`),
  CONSTRAINT `oauth2_provider_acce_access_token_id_6279b8c9_fk_oauth2_pr` FOREIGN KEY (`access_token_id`) REFERENCES `oauth2_provider_accesstoken` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_grant` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scope` text NOT NULL,
  `application_id` bigint NOT NULL,
  `user_id` int NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `code_challenge` varchar(128) NOT NULL,
  `code_challenge_method` varchar(10) NOT NULL,
  `nonce` varchar(255) NOT NULL,
  `claims` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_grant_code_key` (`code`),
  CONSTRAINT `oauth2_provider_gran_application_id_81923564_fk_dot_ext_a` FOREIGN KEY (`application_id`) REFERENCES `dot_ext_application` (`id`),
  CONSTRAINT `oauth2_provider_grant_user_id_e8f62af8_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authorization_dataaccessgrant` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `application_id` bigint NOT NULL,
  `beneficiary_id` int NOT NULL,
  `expiration_date` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `authorization_dataaccess_beneficiary_id_applicati_27248611_uniq` (`beneficiary_id`, `application_id`),
  CONSTRAINT `authorization_dataac_application_id_5eb4ada5_fk_dot_ext_a` FOREIGN KEY (`application_id`) REFERENCES `dot_ext_application` (`id`),
  CONSTRAINT `authorization_dataac_beneficiary_id_8ce52935_fk_auth_user` FOREIGN KEY (`beneficiary_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authorization_archiveddataaccessgrant` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `archived_at` datetime(6) NOT NULL,
  `application_id` bigint NULL,
  `beneficiary_id` int NULL,
  `expiration_date` datetime(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `authorization_archiv_application_id_11412e93_fk_dot_ext_a` FOREIGN KEY (`application_id`) REFERENCES `dot_ext_application` (`id`),
  CONSTRAINT `authorization_archiv_beneficiary_id_6bd7606c_fk_auth_user` FOREIGN KEY (`beneficiary_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creds_credentialingreqest` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NULL,
  `last_visit` datetime(6) NULL,
  `visits_count` int NOT NULL,
  `application_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `creds_credentialingr_application_id_4765e241_fk_dot_ext_a` FOREIGN KEY (`application_id`) REFERENCES `dot_ext_application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accessattempt` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` varchar(45) NULL,
  `username` varchar(255) NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `get_data` text NOT NULL,
  `post_data` text NOT NULL,
  `failures_since_start` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq` (`username`, `ip_address`, `user_agent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accessfailurelog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` varchar(45) NULL,
  `username` varchar(255) NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `locked_out` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accesslog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` varchar(45) NULL,
  `username` varchar(255) NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `logout_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pkce_codechallenge` (
  `grant_id` bigint NOT NULL,
  `challenge` varchar(255) NOT NULL,
  `challenge_method` varchar(255) NOT NULL,
  PRIMARY KEY (`grant_id`),
  CONSTRAINT `pkce_codechallenge_grant_id_35c4db20_fk_oauth2_pr` FOREIGN KEY (`grant_id`) REFERENCES `oauth2_provider_grant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_flag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `everyone` tinyint(1) NULL,
  `percent` decimal(3,1) NULL,
  `testing` tinyint(1) NOT NULL,
  `superusers` tinyint(1) NOT NULL,
  `staff` tinyint(1) NOT NULL,
  `authenticated` tinyint(1) NOT NULL,
  `languages` text NOT NULL,
  `rollout` tinyint(1) NOT NULL,
  `note` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_flag_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_flag_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `flag_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_flag_users_flag_id_user_id_1b162034_uniq` (`flag_id`, `user_id`),
  CONSTRAINT `core_flag_users_flag_id_0e177725_fk_core_flag_id` FOREIGN KEY (`flag_id`) REFERENCES `core_flag` (`id`),
  CONSTRAINT `core_flag_users_user_id_b27a34f0_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_switch` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `note` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_switch_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
