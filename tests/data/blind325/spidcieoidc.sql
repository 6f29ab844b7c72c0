-- spid-cie-oidc-django (Developers Italia / Dipartimento per la trasformazione digitale): the SPID and CIE OpenID
-- Connect Federation entities of the Italian public digital identity — OpenID Provider, Relying Party, Trust Anchor /
-- Intermediate (federation authority with onboarding), and the relying-party test suite
-- Upstream: github.com/italia/spid-cie-oidc-django, commit 931c95394b53c9f8b31a03525759ef99ba29753d (Apache-2.0)
-- All apps of examples/federation_authority (spid_cie_oidc.accounts, entity, authority, onboarding, relying_party,
-- relying_party_test, provider, with django.contrib admin, auth, contenttypes, sessions) migrated with Django 4.2.30
-- into a scratch MariaDB 10.11 database (`manage.py migrate`, 99 migrations) and dumped with mysqldump --no-data;
-- table options trimmed to ENGINE and charset. Column order is the order the migrations left.

/*M!999999\- enable the sandbox mode */
-- Tables reordered so that referenced tables come first.

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_accounts_user` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `first_name` varchar(96) DEFAULT NULL,
  `last_name` varchar(96) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `origin` varchar(254) DEFAULT NULL,
  `attributes` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`attributes`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_spid_cie_` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_spid_cie_` FOREIGN KEY (`user_id`) REFERENCES `spid_cie_oidc_accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_accounts_user_groups` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `spid_cie_oidc_accounts_u_user_id_group_id_104ef79e_uniq` (`user_id`,`group_id`),
  KEY `spid_cie_oidc_accoun_group_id_94650654_fk_auth_grou` (`group_id`),
  CONSTRAINT `spid_cie_oidc_accoun_group_id_94650654_fk_auth_grou` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `spid_cie_oidc_accoun_user_id_81a8e420_fk_spid_cie_` FOREIGN KEY (`user_id`) REFERENCES `spid_cie_oidc_accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_accounts_user_user_permissions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `spid_cie_oidc_accounts_u_user_id_permission_id_f29fc595_uniq` (`user_id`,`permission_id`),
  KEY `spid_cie_oidc_accoun_permission_id_3b6a9212_fk_auth_perm` (`permission_id`),
  CONSTRAINT `spid_cie_oidc_accoun_permission_id_3b6a9212_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `spid_cie_oidc_accoun_user_id_2599bbfe_fk_spid_cie_` FOREIGN KEY (`user_id`) REFERENCES `spid_cie_oidc_accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_authority_federationdescendant` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `uid` varchar(1024) NOT NULL,
  `name` varchar(33) NOT NULL,
  `sub` varchar(255) NOT NULL,
  `type` varchar(33) NOT NULL,
  `metadata_policy` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`metadata_policy`)),
  `constraints` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`constraints`)),
  `extended_claims` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extended_claims`)),
  `status` varchar(33) NOT NULL,
  `status_log` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`status_log`)),
  `is_active` tinyint(1) NOT NULL,
  `jwks` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`jwks`)),
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`metadata`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sub` (`sub`),
  UNIQUE KEY `uid` (`uid`) USING HASH
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_authority_federationdescendant_registrant` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `federationdescendant_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `spid_cie_oidc_authority__federationdescendant_id__bf2963a6_uniq` (`federationdescendant_id`,`user_id`),
  KEY `spid_cie_oidc_author_user_id_effd66d1_fk_spid_cie_` (`user_id`),
  CONSTRAINT `spid_cie_oidc_author_federationdescendant_11560ae7_fk_spid_cie_` FOREIGN KEY (`federationdescendant_id`) REFERENCES `spid_cie_oidc_authority_federationdescendant` (`id`),
  CONSTRAINT `spid_cie_oidc_author_user_id_effd66d1_fk_spid_cie_` FOREIGN KEY (`user_id`) REFERENCES `spid_cie_oidc_accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_authority_federationdescendantcontact` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `contact` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `entity_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `spid_cie_oidc_author_entity_id_023ac4e4_fk_spid_cie_` (`entity_id`),
  CONSTRAINT `spid_cie_oidc_author_entity_id_023ac4e4_fk_spid_cie_` FOREIGN KEY (`entity_id`) REFERENCES `spid_cie_oidc_authority_federationdescendant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_authority_federationentityprofile` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(33) NOT NULL,
  `profile_category` varchar(64) NOT NULL,
  `profile_id` varchar(1024) NOT NULL,
  `trust_mark_template` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`trust_mark_template`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `profile_id` (`profile_id`) USING HASH
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_entity_federationentityconfiguration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `sub` varchar(255) NOT NULL,
  `default_exp` int(10) unsigned NOT NULL CHECK (`default_exp` >= 0),
  `default_signature_alg` varchar(16) NOT NULL,
  `authority_hints` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`authority_hints`)),
  `trust_marks` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`trust_marks`)),
  `trust_mark_issuers` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`trust_mark_issuers`)),
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`metadata`)),
  `is_active` tinyint(1) NOT NULL,
  `constraints` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`constraints`)),
  `entity_type` varchar(33) NOT NULL,
  `jwks_core` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`jwks_core`)),
  `jwks_fed` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`jwks_fed`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_authority_federationentityassignedprofile` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `descendant_id` bigint(20) NOT NULL,
  `issuer_id` bigint(20) NOT NULL,
  `profile_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `spid_cie_oidc_author_descendant_id_7e35d269_fk_spid_cie_` (`descendant_id`),
  KEY `spid_cie_oidc_author_issuer_id_a49db331_fk_spid_cie_` (`issuer_id`),
  KEY `spid_cie_oidc_author_profile_id_d24829ce_fk_spid_cie_` (`profile_id`),
  CONSTRAINT `spid_cie_oidc_author_descendant_id_7e35d269_fk_spid_cie_` FOREIGN KEY (`descendant_id`) REFERENCES `spid_cie_oidc_authority_federationdescendant` (`id`),
  CONSTRAINT `spid_cie_oidc_author_issuer_id_a49db331_fk_spid_cie_` FOREIGN KEY (`issuer_id`) REFERENCES `spid_cie_oidc_entity_federationentityconfiguration` (`id`),
  CONSTRAINT `spid_cie_oidc_author_profile_id_d24829ce_fk_spid_cie_` FOREIGN KEY (`profile_id`) REFERENCES `spid_cie_oidc_authority_federationentityprofile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_entity_federationhistoricalkey` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `kid` varchar(128) NOT NULL,
  `inactive_from` datetime(6) NOT NULL,
  `revocation_motivation` varchar(33) NOT NULL,
  `entity_id` bigint(20) NOT NULL,
  `jwk` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`jwk`)),
  PRIMARY KEY (`id`),
  KEY `spid_cie_oidc_entity_entity_id_eeece039_fk_spid_cie_` (`entity_id`),
  CONSTRAINT `spid_cie_oidc_entity_entity_id_eeece039_fk_spid_cie_` FOREIGN KEY (`entity_id`) REFERENCES `spid_cie_oidc_entity_federationentityconfiguration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_entity_fetchedentitystatement` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `iss` varchar(255) NOT NULL,
  `sub` varchar(255) NOT NULL,
  `exp` datetime(6) NOT NULL,
  `iat` datetime(6) NOT NULL,
  `statement` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`statement`)),
  `jwt` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_entity_stafftoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `token` varchar(255) NOT NULL,
  `expire_at` datetime(6) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `spid_cie_oidc_entity_user_id_87f4c96e_fk_spid_cie_` (`user_id`),
  CONSTRAINT `spid_cie_oidc_entity_user_id_87f4c96e_fk_spid_cie_` FOREIGN KEY (`user_id`) REFERENCES `spid_cie_oidc_accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_entity_trustchain` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `sub` varchar(255) NOT NULL,
  `exp` datetime(6) NOT NULL,
  `iat` datetime(6) NOT NULL,
  `chain` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`chain`)),
  `parties_involved` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`parties_involved`)),
  `status` varchar(33) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `log` longtext NOT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata`)),
  `processing_start` datetime(6) NOT NULL,
  `trust_anchor_id` bigint(20) NOT NULL,
  `trust_marks` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`trust_marks`)),
  `jwks` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`jwks`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `spid_cie_oidc_entity_tru_sub_trust_anchor_id_aab2afa4_uniq` (`sub`,`trust_anchor_id`),
  KEY `spid_cie_oidc_entity_trust_anchor_id_feb91b9b_fk_spid_cie_` (`trust_anchor_id`),
  CONSTRAINT `spid_cie_oidc_entity_trust_anchor_id_feb91b9b_fk_spid_cie_` FOREIGN KEY (`trust_anchor_id`) REFERENCES `spid_cie_oidc_entity_fetchedentitystatement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_onboarding_onboardingregistration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `organization_name` varchar(254) NOT NULL,
  `url_entity` varchar(254) NOT NULL,
  `authn_buttons_page_url` varchar(254) NOT NULL,
  `public_jwks` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`public_jwks`)),
  `status` varchar(33) NOT NULL,
  `created_by_id` bigint(20) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `type` varchar(33) NOT NULL,
  `contact` varchar(255) NOT NULL,
  `auth_request_url` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `url_entity` (`url_entity`),
  KEY `spid_cie_oidc_onboar_created_by_id_d4c03f5e_fk_spid_cie_` (`created_by_id`),
  CONSTRAINT `spid_cie_oidc_onboar_created_by_id_d4c03f5e_fk_spid_cie_` FOREIGN KEY (`created_by_id`) REFERENCES `spid_cie_oidc_accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_provider_oidcsession` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `user_uid` varchar(120) NOT NULL,
  `client_id` varchar(200) DEFAULT NULL,
  `nonce` varchar(2048) NOT NULL,
  `authz_request` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`authz_request`)),
  `revoked` tinyint(1) NOT NULL,
  `auth_code` varchar(2048) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `sid` varchar(1024) DEFAULT NULL,
  `acr` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `spid_cie_oidc_provider_oidcsession_client_id_nonce_4521190a_uniq` (`client_id`,`nonce`) USING HASH,
  KEY `spid_cie_oidc_provid_user_id_389164a6_fk_spid_cie_` (`user_id`),
  CONSTRAINT `spid_cie_oidc_provid_user_id_389164a6_fk_spid_cie_` FOREIGN KEY (`user_id`) REFERENCES `spid_cie_oidc_accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_provider_issuedtoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `access_token` longtext DEFAULT NULL,
  `id_token` longtext DEFAULT NULL,
  `refresh_token` longtext DEFAULT NULL,
  `session_id` bigint(20) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `spid_cie_oidc_provid_session_id_a576062b_fk_spid_cie_` (`session_id`),
  CONSTRAINT `spid_cie_oidc_provid_session_id_a576062b_fk_spid_cie_` FOREIGN KEY (`session_id`) REFERENCES `spid_cie_oidc_provider_oidcsession` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_relying_party_oidcauthentication` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `client_id` varchar(255) NOT NULL,
  `state` varchar(255) NOT NULL,
  `endpoint` varchar(200) DEFAULT NULL,
  `provider_id` varchar(255) DEFAULT NULL,
  `data` longtext DEFAULT NULL,
  `successful` tinyint(1) NOT NULL,
  `provider_configuration` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`provider_configuration`)),
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `state` (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_relying_party_oidcauthenticationtoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `code` varchar(2048) DEFAULT NULL,
  `access_token` longtext DEFAULT NULL,
  `id_token` longtext DEFAULT NULL,
  `scope` varchar(255) DEFAULT NULL,
  `token_type` varchar(255) DEFAULT NULL,
  `expires_in` int(11) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `revoked` datetime(6) DEFAULT NULL,
  `authz_request_id` bigint(20) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `refresh_token` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `spid_cie_oidc_relyin_authz_request_id_0fe78b52_fk_spid_cie_` (`authz_request_id`),
  KEY `spid_cie_oidc_relyin_user_id_818ac2fa_fk_spid_cie_` (`user_id`),
  CONSTRAINT `spid_cie_oidc_relyin_authz_request_id_0fe78b52_fk_spid_cie_` FOREIGN KEY (`authz_request_id`) REFERENCES `spid_cie_oidc_relying_party_oidcauthentication` (`id`),
  CONSTRAINT `spid_cie_oidc_relyin_user_id_818ac2fa_fk_spid_cie_` FOREIGN KEY (`user_id`) REFERENCES `spid_cie_oidc_accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_relying_party_test_relyingpartyreport` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `client_id` varchar(200) DEFAULT NULL,
  `status` varchar(33) NOT NULL,
  `report` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`report`)),
  `user_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `spid_cie_oidc_relyin_user_id_a5bb8b94_fk_spid_cie_` (`user_id`),
  CONSTRAINT `spid_cie_oidc_relyin_user_id_a5bb8b94_fk_spid_cie_` FOREIGN KEY (`user_id`) REFERENCES `spid_cie_oidc_accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spid_cie_oidc_relying_party_test_relyingpartytest` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(256) NOT NULL,
  `category` varchar(256) NOT NULL,
  `code` varchar(256) NOT NULL,
  `http_status_code` int(10) unsigned NOT NULL CHECK (`http_status_code` >= 0),
  `screenshot` varchar(100) NOT NULL,
  `log` longtext NOT NULL,
  `note` longtext NOT NULL,
  `status` varchar(33) NOT NULL,
  `report_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `spid_cie_oidc_relyin_report_id_02384b78_fk_spid_cie_` (`report_id`),
  CONSTRAINT `spid_cie_oidc_relyin_report_id_02384b78_fk_spid_cie_` FOREIGN KEY (`report_id`) REFERENCES `spid_cie_oidc_relying_party_test_relyingpartyreport` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
