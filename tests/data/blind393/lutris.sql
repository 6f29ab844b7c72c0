-- Lutris website (lutris/website; lutris.net): the open gaming platform's web service — user accounts, game
-- libraries synced from the Lutris client (games owned, play time, last played, store), installers and their
-- drafts, history, issues and ratings, game submissions, regressions, screenshots, social logins.
-- Source: github.com/lutris/website, commit e0351a3ef6ec09ae01f1d4e05753af1ca7f455be (2026-05-13) (AGPL-3.0).
-- How: `manage.py migrate` (Django 5.2.11 and the pinned third-party apps of pyproject.toml) was run with upstream's
-- base settings against an empty PostgreSQL 15 database (Lutris runs on PostgreSQL; `makemigrations --check` finds
-- the project's models and migrations in step), and the schema was written as MySQL by a script from
-- information_schema / pg_constraint: integer -> int, bigint -> bigint, boolean -> tinyint(1), varchar(n) kept,
-- text -> longtext, timestamp with time zone -> datetime(6), double precision -> double, jsonb -> json; sequence /
-- identity ids -> AUTO_INCREMENT. Column names and order as upstream; primary keys, unique constraints and unique
-- indexes (with their names) and the foreign keys between kept tables as PostgreSQL declares them (Django emulates
-- ON DELETE itself, so none is declared); non-unique indexes left out; tables ordered so that a referenced table
-- comes first.
-- Kept 55 of 77 tables. Left out: auth_group_permissions, games_autoinstaller, games_game_provider_games,
-- games_regression_games, games_shadercache, hardware_device, hardware_feature, hardware_generation,
-- hardware_generation_features, hardware_subsystem, hardware_vendor, openid_openidnonce, openid_openidstore,
-- providers_providercover, providers_providergenre, providers_providerplatform, runners_runtimecomponent,
-- socialaccount_socialapp_sites, thumbnail_kvstore, tosec_toseccategory, tosec_tosecgame, tosec_tosecrom
-- (hardware and ROM catalogues, provider metadata, joins, caches).

CREATE TABLE `accounts_emailconfirmationtoken` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `token` varchar(64) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
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
  `avatar` varchar(100) NOT NULL,
  `steamid` varchar(32) NOT NULL,
  `website` varchar(200) NOT NULL,
  `key` varchar(256) NOT NULL,
  `email_confirmed` tinyint(1) NOT NULL,
  `show_adult_content` tinyint(1) NOT NULL,
  `password_setup_notified_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailaddress` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_987c8728_uniq` (`user_id`, `email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailconfirmation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) DEFAULT NULL,
  `key` varchar(64) NOT NULL,
  `email_address_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailconfirmation_key_key` (`key`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_groups_user_id_group_id_59c0b32f_uniq` (`user_id`, `group_id`),
  CONSTRAINT `accounts_user_groups_group_id_bd11a704_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `accounts_user_groups_user_id_52b62117_fk` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_key` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accessattempt` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `get_data` longtext NOT NULL,
  `post_data` longtext NOT NULL,
  `failures_since_start` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq` (`username`, `ip_address`, `user_agent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accessfailurelog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `locked_out` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accesslog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `logout_time` datetime(6) DEFAULT NULL,
  `session_hash` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bundles_bundle` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bundles_bundle_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_keyvaluestore` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(64) NOT NULL,
  `value` varchar(1024) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_upload` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uploaded_file` varchar(100) NOT NULL,
  `destination` varchar(256) NOT NULL,
  `uploaded_at` datetime(6) NOT NULL,
  `uploaded_by_id` bigint NOT NULL,
  `hosting` varchar(8) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `common_upload_uploaded_by_id_74157d67_fk_accounts_user_id` FOREIGN KEY (`uploaded_by_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

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

CREATE TABLE `accounts_user_user_permissions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_user_permi_user_id_permission_id_2ab516c2_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `accounts_user_user_p_permission_id_113bb443_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `accounts_user_user_permissions_user_id_e4f0a161_fk` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int DEFAULT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_company` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(127) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `logo` varchar(100) NOT NULL,
  `website` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `games_company_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_game` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `year` smallint DEFAULT NULL,
  `website` varchar(200) NOT NULL,
  `icon` varchar(100) NOT NULL,
  `title_logo` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `is_public` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `steamid` int DEFAULT NULL,
  `flags` bigint NOT NULL,
  `developer_id` bigint DEFAULT NULL,
  `publisher_id` bigint DEFAULT NULL,
  `gogslug` varchar(200) NOT NULL,
  `humblestoreid` varchar(200) NOT NULL,
  `gogid` int DEFAULT NULL,
  `change_for_id` bigint DEFAULT NULL,
  `popularity` int NOT NULL,
  `coverart` varchar(100) NOT NULL,
  `discord_id` varchar(18) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `games_game_slug_key` (`slug`),
  CONSTRAINT `games_game_change_for_id_e5887db9_fk` FOREIGN KEY (`change_for_id`) REFERENCES `games_game` (`id`),
  CONSTRAINT `games_game_developer_id_96377516_fk` FOREIGN KEY (`developer_id`) REFERENCES `games_company` (`id`),
  CONSTRAINT `games_game_publisher_id_cbb50fa5_fk` FOREIGN KEY (`publisher_id`) REFERENCES `games_company` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bundles_bundle_games` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `bundle_id` bigint NOT NULL,
  `game_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bundles_bundle_games_bundle_id_game_id_209f9b50_uniq` (`bundle_id`, `game_id`),
  CONSTRAINT `bundles_bundle_games_bundle_id_e5b9db9f_fk` FOREIGN KEY (`bundle_id`) REFERENCES `bundles_bundle` (`id`),
  CONSTRAINT `bundles_bundle_games_game_id_d9ac39f6_fk` FOREIGN KEY (`game_id`) REFERENCES `games_game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_gamealias` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `slug` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `game_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_gamealias_game_id_5ff3961d_fk` FOREIGN KEY (`game_id`) REFERENCES `games_game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_gamelibrary` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `games_gamelibrary_user_id_key` (`user_id`),
  CONSTRAINT `games_gamelibrary_user_id_4d4d611f_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_gamelink` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `website` varchar(32) NOT NULL,
  `url` varchar(200) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `game_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_gamelink_game_id_2416c3a8_fk` FOREIGN KEY (`game_id`) REFERENCES `games_game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_gamemergesuggestion` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `reason` longtext DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `accepted_at` datetime(6) DEFAULT NULL,
  `game_id` bigint NOT NULL,
  `other_game_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_gamemergesugge_other_game_id_ce4e6c74_fk_games_gam` FOREIGN KEY (`other_game_id`) REFERENCES `games_game` (`id`),
  CONSTRAINT `games_gamemergesuggestion_game_id_4e146216_fk_games_game_id` FOREIGN KEY (`game_id`) REFERENCES `games_game` (`id`),
  CONSTRAINT `games_gamemergesuggestion_user_id_f4395330_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_gamesubmission` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `accepted_at` datetime(6) DEFAULT NULL,
  `game_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `reason` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_gamesubmission_game_id_457d7374_fk` FOREIGN KEY (`game_id`) REFERENCES `games_game` (`id`),
  CONSTRAINT `games_gamesubmission_user_id_fc4f3769_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_genre` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `slug` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `games_genre_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_game_genres` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `game_id` bigint NOT NULL,
  `genre_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `games_game_genres_game_id_genre_id_acd9b437_uniq` (`game_id`, `genre_id`),
  CONSTRAINT `games_game_genres_game_id_9b3d4740_fk` FOREIGN KEY (`game_id`) REFERENCES `games_game` (`id`),
  CONSTRAINT `games_game_genres_genre_id_8d3275a8_fk` FOREIGN KEY (`genre_id`) REFERENCES `games_genre` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_librarycategory` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `gamelibrary_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_librarycategor_gamelibrary_id_1740b48d_fk_games_gam` FOREIGN KEY (`gamelibrary_id`) REFERENCES `games_gamelibrary` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_librarygame` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `gamelibrary_id` bigint NOT NULL,
  `game_id` bigint DEFAULT NULL,
  `playtime` double DEFAULT NULL,
  `lastplayed` int DEFAULT NULL,
  `platform` varchar(255) DEFAULT NULL,
  `runner` varchar(64) DEFAULT NULL,
  `service` varchar(64) DEFAULT NULL,
  `service_id` varchar(255) DEFAULT NULL,
  `name` varchar(256) DEFAULT NULL,
  `slug` varchar(256) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `games_gamelibrary_games_gamelibrary_id_game_id_ba0efa2b_uniq` (`gamelibrary_id`, `game_id`),
  CONSTRAINT `games_gamelibrary_games_gamelibrary_id_2d04205b_fk` FOREIGN KEY (`gamelibrary_id`) REFERENCES `games_gamelibrary` (`id`),
  CONSTRAINT `games_librarygame_game_id_6f0f0986_fk_games_game_id` FOREIGN KEY (`game_id`) REFERENCES `games_game` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_librarygame_categories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `librarygame_id` bigint NOT NULL,
  `librarycategory_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `games_librarygame_catego_librarygame_id_libraryca_1dfac309_uniq` (`librarygame_id`, `librarycategory_id`),
  CONSTRAINT `games_librarygame_ca_librarycategory_id_a9e683fc_fk_games_lib` FOREIGN KEY (`librarycategory_id`) REFERENCES `games_librarycategory` (`id`),
  CONSTRAINT `games_librarygame_ca_librarygame_id_dd654bfb_fk_games_lib` FOREIGN KEY (`librarygame_id`) REFERENCES `games_librarygame` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_regression` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(256) NOT NULL,
  `description` longtext NOT NULL,
  `bug_url` varchar(200) NOT NULL,
  `bug_status` varchar(64) NOT NULL,
  `last_known_working_version` varchar(64) NOT NULL,
  `status` varchar(16) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `resolved_at` datetime(6) DEFAULT NULL,
  `reviewed_by_id` bigint DEFAULT NULL,
  `submitted_by_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_regression_reviewed_by_id_28554632_fk_accounts_user_id` FOREIGN KEY (`reviewed_by_id`) REFERENCES `accounts_user` (`id`),
  CONSTRAINT `games_regression_submitted_by_id_b56a628b_fk_accounts_user_id` FOREIGN KEY (`submitted_by_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_screenshot` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `image` varchar(100) NOT NULL,
  `uploaded_at` datetime(6) NOT NULL,
  `description` varchar(256) DEFAULT NULL,
  `published` tinyint(1) NOT NULL,
  `game_id` bigint NOT NULL,
  `uploaded_by_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_screenshot_game_id_254a60cc_fk` FOREIGN KEY (`game_id`) REFERENCES `games_game` (`id`),
  CONSTRAINT `games_screenshot_uploaded_by_id_04bcc4cc_fk_accounts_user_id` FOREIGN KEY (`uploaded_by_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_storelibrary` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `store_name` varchar(64) NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_storelibrary_user_id_49aa8d83_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `news` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `content` longtext NOT NULL,
  `publish_date` datetime(6) NOT NULL,
  `image` varchar(100) DEFAULT NULL,
  `user_id` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `news_slug_key` (`slug`),
  CONSTRAINT `news_user_id_f58d07aa_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `platforms_platform` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(127) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `icon` varchar(100) NOT NULL,
  `default_installer` longtext DEFAULT NULL,
  `tgdb_name` varchar(255) NOT NULL,
  `short_name` varchar(32) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `igdb_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `platforms_platform_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_game_platforms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `game_id` bigint NOT NULL,
  `platform_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `games_game_platforms_game_id_platform_id_f955cb81_uniq` (`game_id`, `platform_id`),
  CONSTRAINT `games_game_platforms_game_id_450e9ce5_fk` FOREIGN KEY (`game_id`) REFERENCES `games_game` (`id`),
  CONSTRAINT `games_game_platforms_platform_id_317461e9_fk` FOREIGN KEY (`platform_id`) REFERENCES `platforms_platform` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `providers_provider` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `website` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `providers_provider_name_0d47a6dc_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `providers_providergame` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `provider_id` bigint NOT NULL,
  `metadata` json DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `internal_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `providers_providergame_slug_provider_id_b7fc9279_uniq` (`slug`, `provider_id`),
  CONSTRAINT `providers_providergame_provider_id_9f7f80a2_fk` FOREIGN KEY (`provider_id`) REFERENCES `providers_provider` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `runners_runner` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(127) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `website` varchar(127) NOT NULL,
  `icon` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `runners_runner_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_installer` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `slug` varchar(50) NOT NULL,
  `version` varchar(32) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `notes` longtext NOT NULL,
  `content` longtext NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  `published` tinyint(1) NOT NULL,
  `game_id` bigint NOT NULL,
  `runner_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `rating` varchar(24) NOT NULL,
  `draft` tinyint(1) NOT NULL,
  `reason` varchar(512) DEFAULT NULL,
  `published_by_id` bigint DEFAULT NULL,
  `review` varchar(512) DEFAULT NULL,
  `credits` longtext NOT NULL,
  `maintainer_id` bigint DEFAULT NULL,
  `pin_reason` varchar(200) NOT NULL,
  `pinned` tinyint(1) NOT NULL,
  `flagged` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `games_installer_slug_key` (`slug`),
  CONSTRAINT `games_installer_game_id_2c32316b_fk` FOREIGN KEY (`game_id`) REFERENCES `games_game` (`id`),
  CONSTRAINT `games_installer_maintainer_id_bdeec70e_fk_accounts_user_id` FOREIGN KEY (`maintainer_id`) REFERENCES `accounts_user` (`id`),
  CONSTRAINT `games_installer_published_by_id_40733cbb_fk_accounts_user_id` FOREIGN KEY (`published_by_id`) REFERENCES `accounts_user` (`id`),
  CONSTRAINT `games_installer_runner_id_5288993a_fk` FOREIGN KEY (`runner_id`) REFERENCES `runners_runner` (`id`),
  CONSTRAINT `games_installer_user_id_0749441f_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_installerdraft` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` varchar(32) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `notes` longtext NOT NULL,
  `content` longtext NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `base_installer_id` bigint DEFAULT NULL,
  `game_id` bigint NOT NULL,
  `runner_id` bigint DEFAULT NULL,
  `user_id` bigint NOT NULL,
  `draft` tinyint(1) NOT NULL,
  `reason` varchar(512) DEFAULT NULL,
  `review` varchar(512) DEFAULT NULL,
  `credits` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_installerdraft_base_installer_id_f7f1264a_fk` FOREIGN KEY (`base_installer_id`) REFERENCES `games_installer` (`id`),
  CONSTRAINT `games_installerdraft_game_id_b9013807_fk` FOREIGN KEY (`game_id`) REFERENCES `games_game` (`id`),
  CONSTRAINT `games_installerdraft_runner_id_71e5ac4e_fk` FOREIGN KEY (`runner_id`) REFERENCES `runners_runner` (`id`),
  CONSTRAINT `games_installerdraft_user_id_8a845998_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_installerhistory` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` varchar(32) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `notes` longtext NOT NULL,
  `content` longtext NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `installer_id` bigint NOT NULL,
  `runner_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_installerhistory_installer_id_e78bea0b_fk` FOREIGN KEY (`installer_id`) REFERENCES `games_installer` (`id`),
  CONSTRAINT `games_installerhistory_runner_id_8eac0516_fk` FOREIGN KEY (`runner_id`) REFERENCES `runners_runner` (`id`),
  CONSTRAINT `games_installerhistory_user_id_3d028189_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_installerissue` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `installer_id` bigint NOT NULL,
  `submitted_by_id` bigint NOT NULL,
  `submitted_on` datetime(6) NOT NULL,
  `solved` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_installerissue_installer_id_9198f310_fk` FOREIGN KEY (`installer_id`) REFERENCES `games_installer` (`id`),
  CONSTRAINT `games_installerissue_submitted_by_id_767dce03_fk_accounts_` FOREIGN KEY (`submitted_by_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_installerissuereply` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `submitted_on` datetime(6) NOT NULL,
  `description` longtext NOT NULL,
  `issue_id` bigint NOT NULL,
  `submitted_by_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_installerissue_submitted_by_id_e7ee3092_fk_accounts_` FOREIGN KEY (`submitted_by_id`) REFERENCES `accounts_user` (`id`),
  CONSTRAINT `games_installerissuereply_issue_id_8e74b00a_fk` FOREIGN KEY (`issue_id`) REFERENCES `games_installerissue` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_rating` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `playable` tinyint(1) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `author_id` bigint NOT NULL,
  `installer_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_rating_author_id_fda706ba_fk_accounts_user_id` FOREIGN KEY (`author_id`) REFERENCES `accounts_user` (`id`),
  CONSTRAINT `games_rating_installer_id_7af1c9c6_fk` FOREIGN KEY (`installer_id`) REFERENCES `games_installer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `games_quirk` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `value` varchar(256) NOT NULL,
  `rating_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `games_quirk_rating_id_9ccd247c_fk` FOREIGN KEY (`rating_id`) REFERENCES `games_rating` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `runners_runner_platforms` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `runner_id` bigint NOT NULL,
  `platform_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `runners_runner_platforms_runner_id_platform_id_4d9c5f6a_uniq` (`runner_id`, `platform_id`),
  CONSTRAINT `runners_runner_platforms_platform_id_429b5d44_fk` FOREIGN KEY (`platform_id`) REFERENCES `platforms_platform` (`id`),
  CONSTRAINT `runners_runner_platforms_runner_id_56fed386_fk` FOREIGN KEY (`runner_id`) REFERENCES `runners_runner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `runners_runnerversion` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` varchar(32) NOT NULL,
  `architecture` varchar(8) NOT NULL,
  `url` varchar(200) NOT NULL,
  `runner_id` bigint NOT NULL,
  `default` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `runners_runnerversion_runner_id_2a16ebfb_fk` FOREIGN KEY (`runner_id`) REFERENCES `runners_runner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `runners_runtime` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `url` varchar(200) NOT NULL,
  `name` varchar(32) NOT NULL,
  `architecture` varchar(8) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `versioned` tinyint(1) NOT NULL,
  `min_version` int NOT NULL,
  `version` varchar(32) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialaccount` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(200) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` json NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`, `uid`),
  CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  `provider_id` varchar(200) NOT NULL,
  `settings` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialtoken` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `account_id` int NOT NULL,
  `app_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`, `account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
