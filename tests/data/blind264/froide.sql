-- Froide (FOI request platform of FragDenStaat.de and the other Froide portals)
-- Source: github.com/okfde/froide, commit 6e855bdd1935d741aa354c8c5bd681a955fd5c89 (MIT), with the locked
-- django-filingcabinet 53fe999d9c984bed84bf0e76aca5d0dab9d2954b and the uv.lock versions of Django 5.2.12 and the
-- third-party apps. Tables created from the final Django models by `migrate --run-syncdb` on MariaDB 10.11
-- (GeoDjango MySQL backend; upstream's migrations target PostGIS) and dumped with mysqldump --no-data.
-- Changes to upstream: account_user.email's PostgreSQL-only db_collation="case_insensitive" not applied; the
-- GeoDjango column types MULTIPOLYGON / POINT written as their supertype GEOMETRY (georegion.geom, geom_detail,
-- gov_seat; publicbody.geo; publicbodychangeproposal.geo).
-- 56 of 99 tables kept (see froide.md); AUTO_INCREMENT counters and foreign keys to left-out tables removed,
-- tables ordered so that referenced tables come first.

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

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domain` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `organization_name` varchar(255) NOT NULL,
  `organization_url` varchar(255) NOT NULL,
  `language` varchar(10) NOT NULL,
  `private` tinyint(1) NOT NULL,
  `address` longtext NOT NULL,
  `terms` tinyint(1) NOT NULL,
  `profile_text` longtext NOT NULL,
  `profile_photo` varchar(100) DEFAULT NULL,
  `is_trusted` tinyint(1) NOT NULL,
  `is_blocked` tinyint(1) NOT NULL,
  `date_deactivated` datetime(6) DEFAULT NULL,
  `is_deleted` tinyint(1) NOT NULL,
  `date_left` datetime(6) DEFAULT NULL,
  `notes` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_user_groups_user_id_group_id_4d09af3e_uniq` (`user_id`,`group_id`),
  KEY `account_user_groups_group_id_6c71f749_fk_auth_group_id` (`group_id`),
  CONSTRAINT `account_user_groups_group_id_6c71f749_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `account_user_groups_user_id_14345e7b_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_userpreference` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `key` varchar(255) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `value` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`value`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_preference_key` (`user_id`,`key`),
  CONSTRAINT `account_userpreference_user_id_0d2b9e6c_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_usertag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `public` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_taggeduser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag_id` int(11) DEFAULT NULL,
  `content_object_id` int(11) NOT NULL,
  `count` int(10) unsigned NOT NULL CHECK (`count` >= 0),
  PRIMARY KEY (`id`),
  KEY `account_taggeduser_tag_id_b90214f6_fk_account_usertag_id` (`tag_id`),
  KEY `account_taggeduser_content_object_id_5aea4796_fk_account_user_id` (`content_object_id`),
  CONSTRAINT `account_taggeduser_content_object_id_5aea4796_fk_account_user_id` FOREIGN KEY (`content_object_id`) REFERENCES `account_user` (`id`),
  CONSTRAINT `account_taggeduser_tag_id_b90214f6_fk_account_usertag_id` FOREIGN KEY (`tag_id`) REFERENCES `account_usertag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_accountblocklist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created` datetime(6) NOT NULL,
  `address` longtext NOT NULL,
  `email` longtext NOT NULL,
  `full_name` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_application` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `client_id` varchar(100) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `redirect_uris` longtext NOT NULL,
  `post_logout_redirect_uris` longtext NOT NULL,
  `client_type` varchar(32) NOT NULL,
  `authorization_grant_type` varchar(44) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `hash_client_secret` tinyint(1) NOT NULL,
  `name` varchar(255) NOT NULL,
  `skip_authorization` tinyint(1) NOT NULL,
  `algorithm` varchar(5) NOT NULL,
  `allowed_origins` longtext NOT NULL,
  `description` longtext NOT NULL,
  `homepage` varchar(255) NOT NULL,
  `image_url` varchar(255) NOT NULL,
  `auto_approve_scopes` longtext NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_id` (`client_id`),
  KEY `account_application_user_id_bc07d67d_fk_account_user_id` (`user_id`),
  KEY `account_application_client_secret_393981a7` (`client_secret`),
  CONSTRAINT `account_application_user_id_bc07d67d_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `accesstoken_accesstoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` uuid NOT NULL,
  `purpose` varchar(30) NOT NULL,
  `user_id` int(11) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `accesstoken_accesstoken_user_id_250b3167_fk_account_user_id` (`user_id`),
  KEY `accesstoken_accesstoken_token_949f8975` (`token`),
  CONSTRAINT `accesstoken_accesstoken_user_id_250b3167_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mfa_mfakey` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `method` varchar(8) NOT NULL,
  `name` varchar(32) NOT NULL,
  `secret` longtext NOT NULL,
  `last_code` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mfa_mfakey_user_id_6b721525_fk_account_user_id` (`user_id`),
  CONSTRAINT `mfa_mfakey_user_id_6b721525_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth2_provider_grant` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `code` varchar(255) NOT NULL,
  `application_id` bigint(20) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `redirect_uri` longtext NOT NULL,
  `scope` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `code_challenge` varchar(128) NOT NULL,
  `code_challenge_method` varchar(10) NOT NULL,
  `nonce` varchar(255) NOT NULL,
  `claims` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  KEY `oauth2_provider_grant_user_id_e8f62af8_fk_account_user_id` (`user_id`),
  KEY `oauth2_provider_gran_application_id_81923564_fk_account_a` (`application_id`),
  CONSTRAINT `oauth2_provider_gran_application_id_81923564_fk_account_a` FOREIGN KEY (`application_id`) REFERENCES `account_application` (`id`),
  CONSTRAINT `oauth2_provider_grant_user_id_e8f62af8_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth2_provider_refreshtoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `application_id` bigint(20) NOT NULL,
  `access_token_id` bigint(20) DEFAULT NULL,
  `token_family` uuid DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `revoked` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_token_id` (`access_token_id`),
  UNIQUE KEY `oauth2_provider_refreshtoken_token_revoked_af8a5134_uniq` (`token`,`revoked`),
  KEY `oauth2_provider_refreshtoken_user_id_da837fce_fk_account_user_id` (`user_id`),
  KEY `oauth2_provider_refr_application_id_2d1c311b_fk_account_a` (`application_id`),
  CONSTRAINT `oauth2_provider_refr_application_id_2d1c311b_fk_account_a` FOREIGN KEY (`application_id`) REFERENCES `account_application` (`id`),
  CONSTRAINT `oauth2_provider_refreshtoken_user_id_da837fce_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth2_provider_accesstoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `source_refresh_token_id` bigint(20) DEFAULT NULL,
  `token` longtext NOT NULL,
  `token_checksum` varchar(64) NOT NULL,
  `id_token_id` bigint(20) DEFAULT NULL,
  `application_id` bigint(20) DEFAULT NULL,
  `expires` datetime(6) NOT NULL,
  `scope` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_checksum` (`token_checksum`),
  UNIQUE KEY `source_refresh_token_id` (`source_refresh_token_id`),
  UNIQUE KEY `id_token_id` (`id_token_id`),
  KEY `oauth2_provider_accesstoken_user_id_6e4c9a65_fk_account_user_id` (`user_id`),
  KEY `oauth2_provider_acce_application_id_b22886e1_fk_account_a` (`application_id`),
  CONSTRAINT `oauth2_provider_acce_application_id_b22886e1_fk_account_a` FOREIGN KEY (`application_id`) REFERENCES `account_application` (`id`),
  CONSTRAINT `oauth2_provider_acce_source_refresh_token_e66fbc72_fk_oauth2_pr` FOREIGN KEY (`source_refresh_token_id`) REFERENCES `oauth2_provider_refreshtoken` (`id`),
  CONSTRAINT `oauth2_provider_accesstoken_user_id_6e4c9a65_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
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
  KEY `django_admin_log_user_id_c564eba6_fk_account_user_id` (`user_id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `team_team` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `team_teammembership` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `team_id` int(11) NOT NULL,
  `role` varchar(30) NOT NULL,
  `status` varchar(30) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `team_teammembership_user_id_e1f1f3fa_fk_account_user_id` (`user_id`),
  KEY `team_teammembership_team_id_6e9488f7_fk_team_team_id` (`team_id`),
  CONSTRAINT `team_teammembership_team_id_6e9488f7_fk_team_team_id` FOREIGN KEY (`team_id`) REFERENCES `team_team` (`id`),
  CONSTRAINT `team_teammembership_user_id_e1f1f3fa_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `organization_organization` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `website` varchar(200) NOT NULL,
  `created` datetime(6) NOT NULL,
  `description` longtext NOT NULL,
  `email_domain` varchar(255) NOT NULL,
  `logo` varchar(100) DEFAULT NULL,
  `show_in_list` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `organization_organizationmembership` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `organization_id` int(11) NOT NULL,
  `role` varchar(30) NOT NULL,
  `status` varchar(30) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `organization_organiz_user_id_e5351b90_fk_account_u` (`user_id`),
  KEY `organization_organiz_organization_id_be9218b5_fk_organizat` (`organization_id`),
  CONSTRAINT `organization_organiz_organization_id_be9218b5_fk_organizat` FOREIGN KEY (`organization_id`) REFERENCES `organization_organization` (`id`),
  CONSTRAINT `organization_organiz_user_id_e5351b90_fk_account_u` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `georegion_georegion` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `path` varchar(255) NOT NULL,
  `depth` int(10) unsigned NOT NULL CHECK (`depth` >= 0),
  `numchild` int(10) unsigned NOT NULL CHECK (`numchild` >= 0),
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `kind` varchar(255) NOT NULL,
  `kind_detail` varchar(255) NOT NULL,
  `level` int(11) NOT NULL,
  `region_identifier` varchar(255) NOT NULL,
  `global_identifier` varchar(255) NOT NULL,
  `area` double NOT NULL,
  `population` int(11) DEFAULT NULL,
  `valid_on` datetime(6) DEFAULT NULL,
  `invalid_on` datetime(6) DEFAULT NULL,
  `geom` geometry NOT NULL,
  `geom_detail` geometry DEFAULT NULL,
  `gov_seat` geometry DEFAULT NULL,
  `part_of_id` int(11) DEFAULT NULL,
  `data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`data`)),
  `osm_tags` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`osm_tags`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `path` (`path`),
  KEY `georegion_georegion_part_of_id_91d7ff99_fk_georegion` (`part_of_id`),
  KEY `georegion_georegion_slug_6e9e8c66` (`slug`),
  KEY `georegion_georegion_region_identifier_f59de73d` (`region_identifier`),
  SPATIAL KEY `georegion_georegion_geom_id` (`geom`),
  CONSTRAINT `georegion_georegion_part_of_id_91d7ff99_fk_georegion` FOREIGN KEY (`part_of_id`) REFERENCES `georegion_georegion` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `publicbody_jurisdiction` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `hidden` tinyint(1) NOT NULL,
  `rank` smallint(6) NOT NULL,
  `region_id` int(11) DEFAULT NULL,
  `last_modified_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `publicbody_jurisdict_region_id_f3dafbc9_fk_georegion` (`region_id`),
  KEY `publicbody_jurisdiction_slug_a76a3869` (`slug`),
  CONSTRAINT `publicbody_jurisdict_region_id_f3dafbc9_fk_georegion` FOREIGN KEY (`region_id`) REFERENCES `georegion_georegion` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `publicbody_classification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `path` varchar(255) NOT NULL,
  `depth` int(10) unsigned NOT NULL CHECK (`depth` >= 0),
  `numchild` int(10) unsigned NOT NULL CHECK (`numchild` >= 0),
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `path` (`path`),
  KEY `publicbody_classification_slug_cdd60772` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `publicbody_category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `path` varchar(255) NOT NULL,
  `depth` int(10) unsigned NOT NULL CHECK (`depth` >= 0),
  `numchild` int(10) unsigned NOT NULL CHECK (`numchild` >= 0),
  `is_topic` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`),
  UNIQUE KEY `path` (`path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `publicbody_publicbody` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `other_names` longtext NOT NULL,
  `slug` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `url` varchar(500) DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `root_id` int(11) DEFAULT NULL,
  `depth` smallint(6) NOT NULL,
  `classification_id` int(11) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `fax` varchar(50) NOT NULL,
  `contact` longtext NOT NULL,
  `address` longtext NOT NULL,
  `website_dump` longtext DEFAULT NULL,
  `request_note` longtext NOT NULL,
  `source_reference` varchar(255) NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_data`)),
  `change_history` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`change_history`)),
  `file_index` varchar(1024) NOT NULL,
  `org_chart` varchar(1024) NOT NULL,
  `_created_by_id` int(11) DEFAULT NULL,
  `_updated_by_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `number_of_requests` int(11) NOT NULL,
  `site_id` int(11) DEFAULT NULL,
  `wikidata_item` varchar(50) NOT NULL,
  `jurisdiction_id` int(11) DEFAULT NULL,
  `geo` geometry DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `publicbody_publicbod_parent_id_fc748211_fk_publicbod` (`parent_id`),
  KEY `publicbody_publicbod_root_id_4cc4a128_fk_publicbod` (`root_id`),
  KEY `publicbody_publicbod_classification_id_da1c8d1e_fk_publicbod` (`classification_id`),
  KEY `publicbody_publicbody__created_by_id_318937ec_fk_account_user_id` (`_created_by_id`),
  KEY `publicbody_publicbody__updated_by_id_255f09ac_fk_account_user_id` (`_updated_by_id`),
  KEY `publicbody_publicbody_site_id_90d3db19_fk_django_site_id` (`site_id`),
  KEY `publicbody_publicbod_jurisdiction_id_a8d3c6e7_fk_publicbod` (`jurisdiction_id`),
  KEY `publicbody_publicbody_slug_5f169099` (`slug`),
  CONSTRAINT `publicbody_publicbod_classification_id_da1c8d1e_fk_publicbod` FOREIGN KEY (`classification_id`) REFERENCES `publicbody_classification` (`id`),
  CONSTRAINT `publicbody_publicbod_jurisdiction_id_a8d3c6e7_fk_publicbod` FOREIGN KEY (`jurisdiction_id`) REFERENCES `publicbody_jurisdiction` (`id`),
  CONSTRAINT `publicbody_publicbod_parent_id_fc748211_fk_publicbod` FOREIGN KEY (`parent_id`) REFERENCES `publicbody_publicbody` (`id`),
  CONSTRAINT `publicbody_publicbod_root_id_4cc4a128_fk_publicbod` FOREIGN KEY (`root_id`) REFERENCES `publicbody_publicbody` (`id`),
  CONSTRAINT `publicbody_publicbody__created_by_id_318937ec_fk_account_user_id` FOREIGN KEY (`_created_by_id`) REFERENCES `account_user` (`id`),
  CONSTRAINT `publicbody_publicbody__updated_by_id_255f09ac_fk_account_user_id` FOREIGN KEY (`_updated_by_id`) REFERENCES `account_user` (`id`),
  CONSTRAINT `publicbody_publicbody_site_id_90d3db19_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `publicbody_foilaw` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` date DEFAULT NULL,
  `updated` date DEFAULT NULL,
  `meta` tinyint(1) NOT NULL,
  `law_type` varchar(255) NOT NULL,
  `category_id` int(11) DEFAULT NULL,
  `jurisdiction_id` int(11) DEFAULT NULL,
  `priority` smallint(6) NOT NULL,
  `url` varchar(255) NOT NULL,
  `scale_of_fees` varchar(255) NOT NULL,
  `max_response_time` int(11) DEFAULT NULL,
  `max_response_time_unit` varchar(32) NOT NULL,
  `mediator_id` int(11) DEFAULT NULL,
  `email_only` tinyint(1) NOT NULL,
  `requires_signature` tinyint(1) NOT NULL,
  `site_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `publicbody_foilaw_category_id_f7b6c912_fk_publicbody_category_id` (`category_id`),
  KEY `publicbody_foilaw_jurisdiction_id_3c8a705a_fk_publicbod` (`jurisdiction_id`),
  KEY `publicbody_foilaw_mediator_id_000f762a_fk_publicbod` (`mediator_id`),
  KEY `publicbody_foilaw_site_id_d10089d9_fk_django_site_id` (`site_id`),
  CONSTRAINT `publicbody_foilaw_category_id_f7b6c912_fk_publicbody_category_id` FOREIGN KEY (`category_id`) REFERENCES `publicbody_category` (`id`),
  CONSTRAINT `publicbody_foilaw_jurisdiction_id_3c8a705a_fk_publicbod` FOREIGN KEY (`jurisdiction_id`) REFERENCES `publicbody_jurisdiction` (`id`),
  CONSTRAINT `publicbody_foilaw_mediator_id_000f762a_fk_publicbod` FOREIGN KEY (`mediator_id`) REFERENCES `publicbody_publicbody` (`id`),
  CONSTRAINT `publicbody_foilaw_site_id_d10089d9_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `publicbody_publicbodycontact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `publicbody_id` int(11) NOT NULL,
  `category_id` int(11) DEFAULT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `email` varchar(254) NOT NULL,
  `fax` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `publicbody_publicbod_publicbody_id_da825680_fk_publicbod` (`publicbody_id`),
  KEY `publicbody_publicbod_category_id_76136e98_fk_publicbod` (`category_id`),
  KEY `publicbody_publicbodycontact_user_id_575d3dfc_fk_account_user_id` (`user_id`),
  CONSTRAINT `publicbody_publicbod_category_id_76136e98_fk_publicbod` FOREIGN KEY (`category_id`) REFERENCES `publicbody_category` (`id`),
  CONSTRAINT `publicbody_publicbod_publicbody_id_da825680_fk_publicbod` FOREIGN KEY (`publicbody_id`) REFERENCES `publicbody_publicbody` (`id`),
  CONSTRAINT `publicbody_publicbodycontact_user_id_575d3dfc_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `publicbody_publicbodychangeproposal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `publicbody_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `reason` longtext NOT NULL,
  `name` varchar(255) NOT NULL,
  `other_names` longtext NOT NULL,
  `url` varchar(500) DEFAULT NULL,
  `classification_id` int(11) DEFAULT NULL,
  `email` varchar(254) NOT NULL,
  `fax` varchar(50) NOT NULL,
  `contact` longtext NOT NULL,
  `address` longtext NOT NULL,
  `file_index` varchar(1024) NOT NULL,
  `org_chart` varchar(1024) NOT NULL,
  `jurisdiction_id` int(11) DEFAULT NULL,
  `geo` geometry DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_publicbody_user_change` (`publicbody_id`,`user_id`),
  KEY `publicbody_publicbod_user_id_354ec8e8_fk_account_u` (`user_id`),
  KEY `publicbody_publicbod_classification_id_a3112ac6_fk_publicbod` (`classification_id`),
  KEY `publicbody_publicbod_jurisdiction_id_e0c1a8da_fk_publicbod` (`jurisdiction_id`),
  CONSTRAINT `publicbody_publicbod_classification_id_a3112ac6_fk_publicbod` FOREIGN KEY (`classification_id`) REFERENCES `publicbody_classification` (`id`),
  CONSTRAINT `publicbody_publicbod_jurisdiction_id_e0c1a8da_fk_publicbod` FOREIGN KEY (`jurisdiction_id`) REFERENCES `publicbody_jurisdiction` (`id`),
  CONSTRAINT `publicbody_publicbod_publicbody_id_4183a5ff_fk_publicbod` FOREIGN KEY (`publicbody_id`) REFERENCES `publicbody_publicbody` (`id`),
  CONSTRAINT `publicbody_publicbod_user_id_354ec8e8_fk_account_u` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequest_foiproject` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `status` varchar(30) NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_update` datetime(6) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `team_id` int(11) DEFAULT NULL,
  `request_count` int(11) NOT NULL,
  `reference` varchar(255) NOT NULL,
  `language` varchar(10) NOT NULL,
  `site_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  KEY `foirequest_foiproject_user_id_08474869_fk_account_user_id` (`user_id`),
  KEY `foirequest_foiproject_team_id_f2f54646_fk_team_team_id` (`team_id`),
  KEY `foirequest_foiproject_site_id_746b27e0_fk_django_site_id` (`site_id`),
  CONSTRAINT `foirequest_foiproject_site_id_746b27e0_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`),
  CONSTRAINT `foirequest_foiproject_team_id_f2f54646_fk_team_team_id` FOREIGN KEY (`team_id`) REFERENCES `team_team` (`id`),
  CONSTRAINT `foirequest_foiproject_user_id_08474869_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `campaign_campaign` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `ident` varchar(50) NOT NULL,
  `url` varchar(200) NOT NULL,
  `report_url` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `short_description` longtext NOT NULL,
  `start_date` datetime(6) DEFAULT NULL,
  `public` tinyint(1) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `logo` varchar(100) DEFAULT NULL,
  `request_match` longtext NOT NULL,
  `request_hint` longtext NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `campaign_campaign_group_id_de024c69_fk_auth_group_id` (`group_id`),
  KEY `campaign_campaign_slug_ca8f17e1` (`slug`),
  CONSTRAINT `campaign_campaign_group_id_de024c69_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequest_foirequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `description_redacted` longtext NOT NULL,
  `redacted_description_auth` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`redacted_description_auth`)),
  `redacted_description_anon` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`redacted_description_anon`)),
  `rendered_description_auth` longtext DEFAULT NULL,
  `rendered_description_anon` longtext DEFAULT NULL,
  `summary` longtext NOT NULL,
  `public_body_id` int(11) DEFAULT NULL,
  `status` varchar(50) NOT NULL,
  `resolution` varchar(50) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `visibility` smallint(6) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `team_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `last_message` datetime(6) DEFAULT NULL,
  `resolved_on` datetime(6) DEFAULT NULL,
  `due_date` datetime(6) DEFAULT NULL,
  `last_modified_at` datetime(6) NOT NULL,
  `secret_address` varchar(255) NOT NULL,
  `secret` varchar(100) NOT NULL,
  `reference` varchar(255) NOT NULL,
  `same_as_id` int(11) DEFAULT NULL,
  `same_as_count` int(11) NOT NULL,
  `project_id` int(11) DEFAULT NULL,
  `project_order` int(11) DEFAULT NULL,
  `law_id` int(11) DEFAULT NULL,
  `costs` decimal(12,2) NOT NULL,
  `refusal_reason` varchar(1024) NOT NULL,
  `checked` tinyint(1) NOT NULL,
  `is_blocked` tinyint(1) NOT NULL,
  `not_publishable` tinyint(1) NOT NULL,
  `is_foi` tinyint(1) NOT NULL,
  `closed` tinyint(1) NOT NULL,
  `no_index` tinyint(1) NOT NULL,
  `banner` longtext NOT NULL,
  `campaign_id` int(11) DEFAULT NULL,
  `jurisdiction_id` int(11) DEFAULT NULL,
  `language` varchar(10) NOT NULL,
  `site_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  UNIQUE KEY `secret_address` (`secret_address`),
  KEY `foirequest_foireques_public_body_id_a0e454c3_fk_publicbod` (`public_body_id`),
  KEY `foirequest_foirequest_user_id_45ac55e3_fk_account_user_id` (`user_id`),
  KEY `foirequest_foirequest_team_id_a08105d6_fk_team_team_id` (`team_id`),
  KEY `foirequest_foireques_same_as_id_f3e4c3c4_fk_foireques` (`same_as_id`),
  KEY `foirequest_foireques_project_id_3fe968df_fk_foireques` (`project_id`),
  KEY `foirequest_foirequest_law_id_847444f3_fk_publicbody_foilaw_id` (`law_id`),
  KEY `foirequest_foireques_campaign_id_9f76e0d6_fk_campaign_` (`campaign_id`),
  KEY `foirequest_foireques_jurisdiction_id_ae73f959_fk_publicbod` (`jurisdiction_id`),
  KEY `foirequest_foirequest_site_id_dcb5c9b1_fk_django_site_id` (`site_id`),
  CONSTRAINT `foirequest_foireques_campaign_id_9f76e0d6_fk_campaign_` FOREIGN KEY (`campaign_id`) REFERENCES `campaign_campaign` (`id`),
  CONSTRAINT `foirequest_foireques_jurisdiction_id_ae73f959_fk_publicbod` FOREIGN KEY (`jurisdiction_id`) REFERENCES `publicbody_jurisdiction` (`id`),
  CONSTRAINT `foirequest_foireques_project_id_3fe968df_fk_foireques` FOREIGN KEY (`project_id`) REFERENCES `foirequest_foiproject` (`id`),
  CONSTRAINT `foirequest_foireques_public_body_id_a0e454c3_fk_publicbod` FOREIGN KEY (`public_body_id`) REFERENCES `publicbody_publicbody` (`id`),
  CONSTRAINT `foirequest_foireques_same_as_id_f3e4c3c4_fk_foireques` FOREIGN KEY (`same_as_id`) REFERENCES `foirequest_foirequest` (`id`),
  CONSTRAINT `foirequest_foirequest_law_id_847444f3_fk_publicbody_foilaw_id` FOREIGN KEY (`law_id`) REFERENCES `publicbody_foilaw` (`id`),
  CONSTRAINT `foirequest_foirequest_site_id_dcb5c9b1_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`),
  CONSTRAINT `foirequest_foirequest_team_id_a08105d6_fk_team_team_id` FOREIGN KEY (`team_id`) REFERENCES `team_team` (`id`),
  CONSTRAINT `foirequest_foirequest_user_id_45ac55e3_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequest_foimessage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `request_id` int(11) NOT NULL,
  `is_draft` tinyint(1) NOT NULL,
  `sent` tinyint(1) NOT NULL,
  `is_response` tinyint(1) NOT NULL,
  `kind` varchar(10) NOT NULL,
  `is_escalation` tinyint(1) NOT NULL,
  `content_hidden` tinyint(1) NOT NULL,
  `sender_user_id` int(11) DEFAULT NULL,
  `sender_email` varchar(255) NOT NULL,
  `sender_name` varchar(255) NOT NULL,
  `sender_public_body_id` int(11) DEFAULT NULL,
  `recipient` varchar(255) DEFAULT NULL,
  `recipient_email` varchar(255) DEFAULT NULL,
  `recipient_public_body_id` int(11) DEFAULT NULL,
  `status` varchar(50) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `last_modified_at` datetime(6) NOT NULL,
  `registered_mail_date` datetime(6) DEFAULT NULL,
  `email_message_id` varchar(512) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `subject_redacted` varchar(255) NOT NULL,
  `plaintext` longtext NOT NULL,
  `plaintext_redacted` longtext DEFAULT NULL,
  `html` longtext DEFAULT NULL,
  `content_rendered_auth` longtext DEFAULT NULL,
  `content_rendered_anon` longtext DEFAULT NULL,
  `redacted_content_auth` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`redacted_content_auth`)),
  `redacted_content_anon` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`redacted_content_anon`)),
  `redacted` tinyint(1) NOT NULL,
  `not_publishable` tinyint(1) NOT NULL,
  `email_headers` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`email_headers`)),
  `original_id` int(11) DEFAULT NULL,
  `confirmation_sent` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `foirequest_foimessag_request_id_70de85b6_fk_foireques` (`request_id`),
  KEY `foirequest_foimessage_sender_user_id_1d8a451e_fk_account_user_id` (`sender_user_id`),
  KEY `foirequest_foimessag_sender_public_body_i_72b5aa4f_fk_publicbod` (`sender_public_body_id`),
  KEY `foirequest_foimessag_recipient_public_bod_8c898210_fk_publicbod` (`recipient_public_body_id`),
  KEY `foirequest_foimessag_original_id_4e02dee1_fk_foireques` (`original_id`),
  KEY `foirequest__email_m_304d80_idx` (`email_message_id`),
  CONSTRAINT `foirequest_foimessag_original_id_4e02dee1_fk_foireques` FOREIGN KEY (`original_id`) REFERENCES `foirequest_foimessage` (`id`),
  CONSTRAINT `foirequest_foimessag_recipient_public_bod_8c898210_fk_publicbod` FOREIGN KEY (`recipient_public_body_id`) REFERENCES `publicbody_publicbody` (`id`),
  CONSTRAINT `foirequest_foimessag_request_id_70de85b6_fk_foireques` FOREIGN KEY (`request_id`) REFERENCES `foirequest_foirequest` (`id`),
  CONSTRAINT `foirequest_foimessag_sender_public_body_i_72b5aa4f_fk_publicbod` FOREIGN KEY (`sender_public_body_id`) REFERENCES `publicbody_publicbody` (`id`),
  CONSTRAINT `foirequest_foimessage_sender_user_id_1d8a451e_fk_account_user_id` FOREIGN KEY (`sender_user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `document_document` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` uuid NOT NULL,
  `title` varchar(500) NOT NULL,
  `slug` varchar(250) NOT NULL,
  `description` longtext NOT NULL,
  `pdf_file` varchar(255) NOT NULL,
  `file_size` bigint(20) DEFAULT NULL,
  `pending` tinyint(1) NOT NULL,
  `content_hash` varchar(40) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `published_at` datetime(6) DEFAULT NULL,
  `num_pages` int(10) unsigned NOT NULL CHECK (`num_pages` >= 0),
  `language` varchar(10) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `listed` tinyint(1) NOT NULL,
  `allow_annotation` tinyint(1) NOT NULL,
  `properties` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`properties`)),
  `data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`data`)),
  `outline` longtext NOT NULL,
  `portal_id` int(11) DEFAULT NULL,
  `original_id` int(11) DEFAULT NULL,
  `foirequest_id` int(11) DEFAULT NULL,
  `publicbody_id` int(11) DEFAULT NULL,
  `team_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `document_document_user_id_6b8a36d4_fk_account_user_id` (`user_id`),
  KEY `document_document_portal_id_0536d284_fk_filingcab` (`portal_id`),
  KEY `document_document_original_id_65bb41d2_fk_foireques` (`original_id`),
  KEY `document_document_foirequest_id_36b13e31_fk_foireques` (`foirequest_id`),
  KEY `document_document_publicbody_id_18ba6f82_fk_publicbod` (`publicbody_id`),
  KEY `document_document_team_id_9629b123_fk_team_team_id` (`team_id`),
  KEY `document_document_slug_400cc96a` (`slug`),
  KEY `fc_document_chash_idx` (`content_hash`),
  CONSTRAINT `document_document_foirequest_id_36b13e31_fk_foireques` FOREIGN KEY (`foirequest_id`) REFERENCES `foirequest_foirequest` (`id`),
  CONSTRAINT `document_document_publicbody_id_18ba6f82_fk_publicbod` FOREIGN KEY (`publicbody_id`) REFERENCES `publicbody_publicbody` (`id`),
  CONSTRAINT `document_document_team_id_9629b123_fk_team_team_id` FOREIGN KEY (`team_id`) REFERENCES `team_team` (`id`),
  CONSTRAINT `document_document_user_id_6b8a36d4_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequest_foiattachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `belongs_to_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `file` varchar(255) NOT NULL,
  `size` int(11) DEFAULT NULL,
  `filetype` varchar(100) NOT NULL,
  `format` varchar(100) NOT NULL,
  `can_approve` tinyint(1) NOT NULL,
  `approved` tinyint(1) NOT NULL,
  `approved_timestamp` datetime(6) DEFAULT NULL,
  `redacted_id` int(11) DEFAULT NULL,
  `is_redacted` tinyint(1) NOT NULL,
  `converted_id` int(11) DEFAULT NULL,
  `is_converted` tinyint(1) NOT NULL,
  `timestamp` datetime(6) DEFAULT NULL,
  `pending` tinyint(1) NOT NULL,
  `is_moderated` tinyint(1) NOT NULL,
  `document_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `foirequest_foiattachment_belongs_to_id_name_85dbba21_uniq` (`belongs_to_id`,`name`),
  UNIQUE KEY `document_id` (`document_id`),
  KEY `foirequest_foiattach_redacted_id_620e6b78_fk_foireques` (`redacted_id`),
  KEY `foirequest_foiattach_converted_id_028de0c5_fk_foireques` (`converted_id`),
  KEY `foirequest_foiattachment_file_162baa33` (`file`),
  CONSTRAINT `foirequest_foiattach_belongs_to_id_4aa1ff91_fk_foireques` FOREIGN KEY (`belongs_to_id`) REFERENCES `foirequest_foimessage` (`id`),
  CONSTRAINT `foirequest_foiattach_converted_id_028de0c5_fk_foireques` FOREIGN KEY (`converted_id`) REFERENCES `foirequest_foiattachment` (`id`),
  CONSTRAINT `foirequest_foiattach_document_id_861eb204_fk_document_` FOREIGN KEY (`document_id`) REFERENCES `document_document` (`id`),
  CONSTRAINT `foirequest_foiattach_redacted_id_620e6b78_fk_foireques` FOREIGN KEY (`redacted_id`) REFERENCES `foirequest_foiattachment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequest_foievent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `request_id` int(11) NOT NULL,
  `message_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `public_body_id` int(11) DEFAULT NULL,
  `public` tinyint(1) NOT NULL,
  `event_name` varchar(255) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `context` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`context`)),
  PRIMARY KEY (`id`),
  KEY `foirequest_foievent_request_id_732878fb_fk_foireques` (`request_id`),
  KEY `foirequest_foievent_message_id_33fa0673_fk_foireques` (`message_id`),
  KEY `foirequest_foievent_user_id_cdabb4cd_fk_account_user_id` (`user_id`),
  KEY `foirequest_foievent_public_body_id_8e1a12b5_fk_publicbod` (`public_body_id`),
  CONSTRAINT `foirequest_foievent_message_id_33fa0673_fk_foireques` FOREIGN KEY (`message_id`) REFERENCES `foirequest_foimessage` (`id`),
  CONSTRAINT `foirequest_foievent_public_body_id_8e1a12b5_fk_publicbod` FOREIGN KEY (`public_body_id`) REFERENCES `publicbody_publicbody` (`id`),
  CONSTRAINT `foirequest_foievent_request_id_732878fb_fk_foireques` FOREIGN KEY (`request_id`) REFERENCES `foirequest_foirequest` (`id`),
  CONSTRAINT `foirequest_foievent_user_id_cdabb4cd_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequest_deferredmessage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `recipient` varchar(255) NOT NULL,
  `sender` varchar(255) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `request_id` int(11) DEFAULT NULL,
  `mail` longtext NOT NULL,
  `spam` tinyint(1) DEFAULT NULL,
  `delivered` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `foirequest_deferredm_request_id_ed0d20f8_fk_foireques` (`request_id`),
  CONSTRAINT `foirequest_deferredm_request_id_ed0d20f8_fk_foireques` FOREIGN KEY (`request_id`) REFERENCES `foirequest_foirequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequest_deliverystatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) NOT NULL,
  `status` varchar(32) NOT NULL,
  `retry_count` int(10) unsigned NOT NULL CHECK (`retry_count` >= 0),
  `log` longtext NOT NULL,
  `last_update` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `message_id` (`message_id`),
  CONSTRAINT `foirequest_deliverys_message_id_621e0ab8_fk_foireques` FOREIGN KEY (`message_id`) REFERENCES `foirequest_foimessage` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequest_messagetag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequest_taggedmessage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag_id` int(11) NOT NULL,
  `content_object_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `foirequest_taggedmes_tag_id_881ee5d1_fk_foireques` (`tag_id`),
  KEY `foirequest_taggedmes_content_object_id_7ef69074_fk_foireques` (`content_object_id`),
  CONSTRAINT `foirequest_taggedmes_content_object_id_7ef69074_fk_foireques` FOREIGN KEY (`content_object_id`) REFERENCES `foirequest_foimessage` (`id`),
  CONSTRAINT `foirequest_taggedmes_tag_id_881ee5d1_fk_foireques` FOREIGN KEY (`tag_id`) REFERENCES `foirequest_messagetag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequest_publicbodysuggestion` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `request_id` int(11) NOT NULL,
  `public_body_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `reason` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `foirequest_publicbod_request_id_d35744e0_fk_foireques` (`request_id`),
  KEY `foirequest_publicbod_public_body_id_f2b88987_fk_publicbod` (`public_body_id`),
  KEY `foirequest_publicbod_user_id_64bf5114_fk_account_u` (`user_id`),
  CONSTRAINT `foirequest_publicbod_public_body_id_f2b88987_fk_publicbod` FOREIGN KEY (`public_body_id`) REFERENCES `publicbody_publicbody` (`id`),
  CONSTRAINT `foirequest_publicbod_request_id_d35744e0_fk_foireques` FOREIGN KEY (`request_id`) REFERENCES `foirequest_foirequest` (`id`),
  CONSTRAINT `foirequest_publicbod_user_id_64bf5114_fk_account_u` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `proof_proof` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `file` varchar(100) NOT NULL,
  `key` varchar(44) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `proof_proof_user_id_c1d4afe4_fk_account_user_id` (`user_id`),
  CONSTRAINT `proof_proof_user_id_c1d4afe4_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequest_requestdraft` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `token` uuid DEFAULT NULL,
  `create_date` datetime(6) NOT NULL,
  `save_date` datetime(6) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` longtext NOT NULL,
  `full_text` tinyint(1) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `reference` varchar(255) NOT NULL,
  `law_type` varchar(255) NOT NULL,
  `proof_id` int(11) DEFAULT NULL,
  `flags` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`flags`)),
  `request_id` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `foirequest_requestdraft_user_id_08ca898a_fk_account_user_id` (`user_id`),
  KEY `foirequest_requestdraft_proof_id_fda8650d_fk_proof_proof_id` (`proof_id`),
  KEY `foirequest_requestdr_request_id_dd33fc6c_fk_foireques` (`request_id`),
  KEY `foirequest_requestdr_project_id_e45582fc_fk_foireques` (`project_id`),
  CONSTRAINT `foirequest_requestdr_project_id_e45582fc_fk_foireques` FOREIGN KEY (`project_id`) REFERENCES `foirequest_foiproject` (`id`),
  CONSTRAINT `foirequest_requestdr_request_id_dd33fc6c_fk_foireques` FOREIGN KEY (`request_id`) REFERENCES `foirequest_foirequest` (`id`),
  CONSTRAINT `foirequest_requestdraft_proof_id_fda8650d_fk_proof_proof_id` FOREIGN KEY (`proof_id`) REFERENCES `proof_proof` (`id`),
  CONSTRAINT `foirequest_requestdraft_user_id_08ca898a_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequest_requestdraft_publicbodies` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `requestdraft_id` int(11) NOT NULL,
  `publicbody_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `foirequest_requestdraft__requestdraft_id_publicbo_c0102fe3_uniq` (`requestdraft_id`,`publicbody_id`),
  KEY `foirequest_requestdr_publicbody_id_6bd3b1d6_fk_publicbod` (`publicbody_id`),
  CONSTRAINT `foirequest_requestdr_publicbody_id_6bd3b1d6_fk_publicbod` FOREIGN KEY (`publicbody_id`) REFERENCES `publicbody_publicbody` (`id`),
  CONSTRAINT `foirequest_requestdr_requestdraft_id_665c9f02_fk_foireques` FOREIGN KEY (`requestdraft_id`) REFERENCES `foirequest_requestdraft` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `foirequestfollower_foirequestfollower` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `context` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`context`)),
  `content_object_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `foirequestfollower_f_user_id_d7804ee3_fk_account_u` (`user_id`),
  KEY `foirequestfollower_f_content_object_id_c9eb0258_fk_foireques` (`content_object_id`),
  CONSTRAINT `foirequestfollower_f_content_object_id_c9eb0258_fk_foireques` FOREIGN KEY (`content_object_id`) REFERENCES `foirequest_foirequest` (`id`),
  CONSTRAINT `foirequestfollower_f_user_id_d7804ee3_fk_account_u` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `problem_problemreport` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `kind` varchar(50) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `auto_submitted` tinyint(1) NOT NULL,
  `resolved` tinyint(1) NOT NULL,
  `description` longtext NOT NULL,
  `resolution` longtext NOT NULL,
  `resolution_timestamp` datetime(6) DEFAULT NULL,
  `claimed` datetime(6) DEFAULT NULL,
  `escalation` longtext NOT NULL,
  `escalated` datetime(6) DEFAULT NULL,
  `moderator_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `problem_problemrepor_message_id_421a09b5_fk_foireques` (`message_id`),
  KEY `problem_problemreport_user_id_402e4eb8_fk_account_user_id` (`user_id`),
  KEY `problem_problemreport_moderator_id_c377fc48_fk_account_user_id` (`moderator_id`),
  CONSTRAINT `problem_problemrepor_message_id_421a09b5_fk_foireques` FOREIGN KEY (`message_id`) REFERENCES `foirequest_foimessage` (`id`),
  CONSTRAINT `problem_problemreport_moderator_id_c377fc48_fk_account_user_id` FOREIGN KEY (`moderator_id`) REFERENCES `account_user` (`id`),
  CONSTRAINT `problem_problemreport_user_id_402e4eb8_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `bounce_bounce` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `bounces` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`bounces`)),
  `last_update` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bounce_bounce_user_id_0d48dc93_fk_account_user_id` (`user_id`),
  CONSTRAINT `bounce_bounce_user_id_0d48dc93_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `searchalert_alert` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `email_confirmed` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `last_alert` datetime(6) NOT NULL,
  `interval` varchar(10) NOT NULL,
  `query` longtext NOT NULL,
  `sections` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`sections`)),
  `context` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`context`)),
  PRIMARY KEY (`id`),
  KEY `searchalert_alert_user_id_0246f73f_fk_account_user_id` (`user_id`),
  CONSTRAINT `searchalert_alert_user_id_0246f73f_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`),
  CONSTRAINT `user_or_email` CHECK (`user_id` is null and `email` <> '' or `user_id` is not null and `email` = '')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comments_froidecomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `content_type_id` int(11) NOT NULL,
  `object_pk` varchar(64) NOT NULL,
  `site_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `user_name` varchar(50) NOT NULL,
  `user_email` varchar(254) NOT NULL,
  `user_url` varchar(200) NOT NULL,
  `comment` longtext NOT NULL,
  `submit_date` datetime(6) NOT NULL,
  `is_public` tinyint(1) NOT NULL,
  `is_removed` tinyint(1) NOT NULL,
  `is_moderation` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `comments_froidecomme_content_type_id_90cb4404_fk_django_co` (`content_type_id`),
  KEY `comments_froidecomment_site_id_f15f7555_fk_django_site_id` (`site_id`),
  KEY `comments_froidecomment_user_id_08b399b6_fk_account_user_id` (`user_id`),
  KEY `comments_froidecomment_object_pk_27d2a5ec` (`object_pk`),
  KEY `comments_froidecomment_submit_date_d82fa568` (`submit_date`),
  KEY `comments_froidecomment_is_removed_44ef8ed3` (`is_removed`),
  CONSTRAINT `comments_froidecomme_content_type_id_90cb4404_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `comments_froidecomment_site_id_f15f7555_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`),
  CONSTRAINT `comments_froidecomment_user_id_08b399b6_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `upload_upload` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` uuid NOT NULL,
  `state` varchar(50) NOT NULL,
  `upload_offset` bigint(20) NOT NULL,
  `upload_length` bigint(20) NOT NULL,
  `upload_metadata` longtext NOT NULL,
  `filename` varchar(255) NOT NULL,
  `temporary_file_path` varchar(4096) DEFAULT NULL,
  `expires` datetime(6) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `token` uuid DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `upload_upload_user_id_d45adac5_fk_account_user_id` (`user_id`),
  CONSTRAINT `upload_upload_user_id_d45adac5_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `document_documentcollection` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `slug` varchar(250) NOT NULL,
  `description` longtext NOT NULL,
  `uid` uuid NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `settings` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`settings`)),
  `public` tinyint(1) NOT NULL,
  `listed` tinyint(1) NOT NULL,
  `portal_id` int(11) DEFAULT NULL,
  `team_id` int(11) DEFAULT NULL,
  `allow_zip_download` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `document_documentcollection_user_id_7b99c840_fk_account_user_id` (`user_id`),
  KEY `document_documentcol_portal_id_b5e0dd4d_fk_filingcab` (`portal_id`),
  KEY `document_documentcollection_team_id_3ab1a351_fk_team_team_id` (`team_id`),
  KEY `document_documentcollection_slug_ae91350b` (`slug`),
  CONSTRAINT `document_documentcollection_team_id_3ab1a351_fk_team_team_id` FOREIGN KEY (`team_id`) REFERENCES `team_team` (`id`),
  CONSTRAINT `document_documentcollection_user_id_7b99c840_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `letter_lettertemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `post_instructions` longtext NOT NULL,
  `email_subject` varchar(255) NOT NULL,
  `email_body` longtext NOT NULL,
  `form` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`form`)),
  `constraints` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`constraints`)),
  `subject` longtext NOT NULL,
  `body` longtext NOT NULL,
  `active` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `notes` longtext NOT NULL,
  `tag_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `letter_lettertemplat_tag_id_cfc3e9c5_fk_foireques` (`tag_id`),
  CONSTRAINT `letter_lettertemplat_tag_id_cfc3e9c5_fk_foireques` FOREIGN KEY (`tag_id`) REFERENCES `foirequest_messagetag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `guide_action` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `label` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `snippet` longtext NOT NULL,
  `mail_intent` varchar(255) NOT NULL,
  `tag_id` int(11) DEFAULT NULL,
  `letter_template_id` int(11) DEFAULT NULL,
  `params` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `guide_action_tag_id_af989769_fk_foirequest_messagetag_id` (`tag_id`),
  KEY `guide_action_letter_template_id_f9e62c62_fk_letter_le` (`letter_template_id`),
  CONSTRAINT `guide_action_letter_template_id_f9e62c62_fk_letter_le` FOREIGN KEY (`letter_template_id`) REFERENCES `letter_lettertemplate` (`id`),
  CONSTRAINT `guide_action_tag_id_af989769_fk_foirequest_messagetag_id` FOREIGN KEY (`tag_id`) REFERENCES `foirequest_messagetag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `guide_guidance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) NOT NULL,
  `action_id` int(11) DEFAULT NULL,
  `rule_id` int(11) DEFAULT NULL,
  `label` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `snippet` longtext NOT NULL,
  `matches` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`matches`)),
  `user_id` int(11) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `notified` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `guide_guidance_message_id_9250790d_fk_foirequest_foimessage_id` (`message_id`),
  KEY `guide_guidance_action_id_51e522f0_fk_guide_action_id` (`action_id`),
  KEY `guide_guidance_rule_id_7f980f50_fk_guide_rule_id` (`rule_id`),
  KEY `guide_guidance_user_id_fe2ca093_fk_account_user_id` (`user_id`),
  CONSTRAINT `guide_guidance_action_id_51e522f0_fk_guide_action_id` FOREIGN KEY (`action_id`) REFERENCES `guide_action` (`id`),
  CONSTRAINT `guide_guidance_message_id_9250790d_fk_foirequest_foimessage_id` FOREIGN KEY (`message_id`) REFERENCES `foirequest_foimessage` (`id`),
  CONSTRAINT `guide_guidance_user_id_fe2ca093_fk_account_user_id` FOREIGN KEY (`user_id`) REFERENCES `account_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `taggit_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- Tables that refer to each other: these keys are added once both tables exist, as Django does.
ALTER TABLE `oauth2_provider_refreshtoken` ADD CONSTRAINT `oauth2_provider_refr_access_token_id_775e84e8_fk_oauth2_pr` FOREIGN KEY (`access_token_id`) REFERENCES `oauth2_provider_accesstoken` (`id`);
ALTER TABLE `document_document` ADD CONSTRAINT `document_document_original_id_65bb41d2_fk_foireques` FOREIGN KEY (`original_id`) REFERENCES `foirequest_foiattachment` (`id`);
