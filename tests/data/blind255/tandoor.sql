-- Tandoor Recipes (self-hosted recipe manager, meal planner and shopping list with spaces and households)
-- Upstream: github.com/TandoorRecipes/recipes, commit d206eddbd32bd3c40feff70ad780b0f91f325eaa
-- (2.6.11-20, 2026-07-01), licence AGPL-3.0 with the Commons Clause (LICENSE.md).
-- How made: `manage.py migrate` of upstream (Django 5.2.15, django-allauth 65.15.0, django-oauth-toolkit 2.4.0,
-- djangorestframework 3.17.1 as pinned in requirements.txt) was run against an empty PostgreSQL 15 database
-- (cookbook migrations up to 0242); 75 of its 95 tables were then written as MySQL DDL from the PostgreSQL
-- catalogue by a script, in PostgreSQL's column order, with Django's MySQL types: integer -> INT, identity ->
-- AUTO_INCREMENT, CharField -> VARCHAR(n), TextField -> LONGTEXT, DateTimeField -> DATETIME(6), TimeField ->
-- TIME(6), BooleanField -> BOOL, UUIDField -> CHAR(32), JSONField -> JSON, GenericIPAddressField -> CHAR(39),
-- DecimalField -> DECIMAL(p,s), Positive*Field (a ">= 0" CHECK on PostgreSQL) -> UNSIGNED; the PostgreSQL-only
-- SearchVectorField (tsvector) is written as LONGTEXT. Primary keys, unique constraints and foreign keys kept
-- (ON DELETE is emulated by Django, so none is declared); partial unique indexes (allauth's primary/verified
-- e-mail, mfa's authenticator type) and non-unique indexes left out. Foreign keys that close a cycle (space <->
-- user files, space <-> AI provider) are added by ALTER TABLE at the end.
-- Left out: auth_permission, auth_group_permissions, auth_user_user_permissions, django_migrations,
-- socialaccount_socialapp_sites, oauth2_provider_grant, oauth2_provider_refreshtoken (its foreign key from
-- oauth2_provider_accesstoken.source_refresh_token_id dropped, the column kept), cookbook_foodinheritfield,
-- cookbook_food_inherit_fields, cookbook_food_child_inherit_fields, cookbook_food_substitute,
-- cookbook_food_shopping_lists, cookbook_foodproperty, cookbook_recipe_properties, cookbook_recipeimport,
-- cookbook_searchfields and the five cookbook_searchpreference_* join tables, cookbook_space_food_inherit,
-- cookbook_supermarket_shopping_lists, cookbook_supermarketcategoryrelation.

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(100) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6) NULL,
  `is_superuser` BOOL NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` BOOL NOT NULL,
  `is_active` BOOL NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailaddress` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(254) NOT NULL,
  `verified` BOOL NOT NULL,
  `primary` BOOL NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_987c8728_uniq` (`user_id`, `email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailconfirmation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `sent` DATETIME(6) NULL,
  `key` VARCHAR(64) NOT NULL,
  `email_address_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailconfirmation_key_key` (`key`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` VARCHAR(40) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_key` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` LONGTEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` LONGTEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT UNSIGNED NOT NULL,
  `change_message` LONGTEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mfa_authenticator` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(20) NOT NULL,
  `data` JSON NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `last_used_at` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mfa_authenticator_user_id_0c3a50c0_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(30) NOT NULL,
  `name` VARCHAR(40) NOT NULL,
  `client_id` VARCHAR(191) NOT NULL,
  `secret` VARCHAR(191) NOT NULL,
  `key` VARCHAR(191) NOT NULL,
  `provider_id` VARCHAR(200) NOT NULL,
  `settings` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialaccount` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(200) NOT NULL,
  `uid` VARCHAR(191) NOT NULL,
  `last_login` DATETIME(6) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  `extra_data` JSON NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`, `uid`),
  CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialtoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` LONGTEXT NOT NULL,
  `token_secret` LONGTEXT NOT NULL,
  `expires_at` DATETIME(6) NULL,
  `account_id` INT NOT NULL,
  `app_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`, `account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usersessions_usersession` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `ip` CHAR(39) NOT NULL,
  `last_seen_at` DATETIME(6) NOT NULL,
  `session_key` VARCHAR(40) NOT NULL,
  `user_agent` VARCHAR(200) NOT NULL,
  `data` JSON NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `usersessions_usersession_session_key_key` (`session_key`),
  CONSTRAINT `usersessions_usersession_user_id_af5e0a6d_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_application` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `client_id` VARCHAR(100) NOT NULL,
  `redirect_uris` LONGTEXT NOT NULL,
  `client_type` VARCHAR(32) NOT NULL,
  `authorization_grant_type` VARCHAR(32) NOT NULL,
  `client_secret` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `user_id` INT,
  `skip_authorization` BOOL NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `algorithm` VARCHAR(5) NOT NULL,
  `post_logout_redirect_uris` LONGTEXT NOT NULL,
  `hash_client_secret` BOOL NOT NULL,
  `allowed_origins` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_application_client_id_key` (`client_id`),
  CONSTRAINT `oauth2_provider_application_user_id_79829054_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_idtoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `jti` CHAR(32) NOT NULL,
  `expires` DATETIME(6) NOT NULL,
  `scope` LONGTEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `application_id` BIGINT,
  `user_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_idtoken_jti_key` (`jti`),
  CONSTRAINT `oauth2_provider_idto_application_id_08c5ff4f_fk_oauth2_pr` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`),
  CONSTRAINT `oauth2_provider_idtoken_user_id_dd512b59_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_accesstoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL,
  `expires` DATETIME(6) NOT NULL,
  `scope` LONGTEXT NOT NULL,
  `application_id` BIGINT,
  `user_id` INT,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `source_refresh_token_id` BIGINT,
  `id_token_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_accesstoken_id_token_id_key` (`id_token_id`),
  UNIQUE KEY `oauth2_provider_accesstoken_source_refresh_token_id_key` (`source_refresh_token_id`),
  UNIQUE KEY `oauth2_provider_accesstoken_token_key` (`token`),
  CONSTRAINT `oauth2_provider_acce_application_id_b22886e1_fk_oauth2_pr` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`),
  CONSTRAINT `oauth2_provider_acce_id_token_id_85db651b_fk_oauth2_pr` FOREIGN KEY (`id_token_id`) REFERENCES `oauth2_provider_idtoken` (`id`),
  CONSTRAINT `oauth2_provider_accesstoken_user_id_6e4c9a65_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_aiprovider` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `api_key` VARCHAR(2048) NOT NULL,
  `model_name` VARCHAR(256) NOT NULL,
  `url` VARCHAR(2048),
  `log_credit_cost` BOOL NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `space_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_space` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `space_theme` VARCHAR(128) NOT NULL,
  `nav_bg_color` VARCHAR(8) NOT NULL,
  `nav_text_color` VARCHAR(16) NOT NULL,
  `app_name` VARCHAR(40),
  `created_at` DATETIME(6) NOT NULL,
  `message` VARCHAR(512) NOT NULL,
  `max_recipes` INT NOT NULL,
  `max_file_storage_mb` INT NOT NULL,
  `max_users` INT NOT NULL,
  `allow_sharing` BOOL NOT NULL,
  `no_sharing_limit` BOOL NOT NULL,
  `demo` BOOL NOT NULL,
  `ai_enabled` BOOL NOT NULL,
  `ai_credits_monthly` INT NOT NULL,
  `ai_credits_balance` DECIMAL(16,4) NOT NULL,
  `internal_note` LONGTEXT,
  `ai_default_provider_id` INT,
  `created_by_id` INT,
  `custom_space_theme_id` INT,
  `image_id` INT,
  `logo_color_128_id` INT,
  `logo_color_144_id` INT,
  `logo_color_180_id` INT,
  `logo_color_192_id` INT,
  `logo_color_32_id` INT,
  `logo_color_512_id` INT,
  `logo_color_svg_id` INT,
  `nav_logo_id` INT,
  `space_setup_completed` BOOL NOT NULL,
  `household_setup_completed` BOOL NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_space_ai_default_provider__a94e2139_fk_cookbook_` FOREIGN KEY (`ai_default_provider_id`) REFERENCES `cookbook_aiprovider` (`id`),
  CONSTRAINT `cookbook_space_created_by_id_7499949f_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_userfile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `file` VARCHAR(100) NOT NULL,
  `file_size_kb` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_userfile_created_by_id_a6850ccf_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_userfile_space_id_954be4eb_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_household` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_household_space_id_f4ccd3c9_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_invitelink` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(32) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `valid_until` DATE NOT NULL,
  `reusable` BOOL NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `internal_note` LONGTEXT,
  `created_by_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  `used_by_id` INT,
  `space_id` INT NOT NULL,
  `household_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_invitelink_created_by_id_95f9aed6_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_invitelink_group_id_b93a5dc8_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `cookbook_invitelink_household_id_bf25e1ea_fk_cookbook_` FOREIGN KEY (`household_id`) REFERENCES `cookbook_household` (`id`),
  CONSTRAINT `cookbook_invitelink_space_id_70340e84_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`),
  CONSTRAINT `cookbook_invitelink_used_by_id_8a3cdc6d_fk_auth_user_id` FOREIGN KEY (`used_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_userspace` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `active` BOOL NOT NULL,
  `internal_note` LONGTEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `invite_link_id` INT,
  `space_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `household_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_userspace_household_id_0535231c_fk_cookbook_` FOREIGN KEY (`household_id`) REFERENCES `cookbook_household` (`id`),
  CONSTRAINT `cookbook_userspace_invite_link_id_627899a5_fk_cookbook_` FOREIGN KEY (`invite_link_id`) REFERENCES `cookbook_invitelink` (`id`),
  CONSTRAINT `cookbook_userspace_space_id_2d833713_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`),
  CONSTRAINT `cookbook_userspace_user_id_3e254f5c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_userspace_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userspace_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_userspace_groups_userspace_id_group_id_c0f03c1d_uniq` (`userspace_id`, `group_id`),
  CONSTRAINT `cookbook_userspace_g_userspace_id_cf39ce1b_fk_cookbook_` FOREIGN KEY (`userspace_id`) REFERENCES `cookbook_userspace` (`id`),
  CONSTRAINT `cookbook_userspace_groups_group_id_b6bf66da_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_mealtype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `order` INT NOT NULL,
  `color` VARCHAR(7),
  `time` TIME(6),
  `default` BOOL NOT NULL,
  `created_by_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mt_unique_name_per_space` (`space_id`, `name`),
  CONSTRAINT `cookbook_mealtype_created_by_id_bd5877ee_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_mealtype_space_id_edaaeb6c_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_userpreference` (
  `user_id` INT NOT NULL,
  `theme` VARCHAR(128) NOT NULL,
  `nav_bg_color` VARCHAR(8) NOT NULL,
  `nav_text_color` VARCHAR(16) NOT NULL,
  `nav_show_logo` BOOL NOT NULL,
  `nav_sticky` BOOL NOT NULL,
  `max_owned_spaces` INT NOT NULL,
  `default_unit` VARCHAR(32) NOT NULL,
  `use_fractions` BOOL NOT NULL,
  `use_kj` BOOL NOT NULL,
  `default_page` VARCHAR(64) NOT NULL,
  `ingredient_decimals` INT NOT NULL,
  `comments` BOOL NOT NULL,
  `shopping_auto_sync` INT NOT NULL,
  `mealplan_autoadd_shopping` BOOL NOT NULL,
  `mealplan_autoexclude_onhand` BOOL NOT NULL,
  `mealplan_autoinclude_related` BOOL NOT NULL,
  `shopping_add_onhand` BOOL NOT NULL,
  `filter_to_supermarket` BOOL NOT NULL,
  `left_handed` BOOL NOT NULL,
  `show_step_ingredients` BOOL NOT NULL,
  `default_delay` DECIMAL(8,4) NOT NULL,
  `shopping_recent_days` INT UNSIGNED NOT NULL,
  `csv_delim` VARCHAR(2) NOT NULL,
  `csv_prefix` VARCHAR(10) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `image_id` INT,
  `shopping_update_food_lists` BOOL NOT NULL,
  `default_meal_type_id` INT,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `cookbook_userprefere_default_meal_type_id_4102eadf_fk_cookbook_` FOREIGN KEY (`default_meal_type_id`) REFERENCES `cookbook_mealtype` (`id`),
  CONSTRAINT `cookbook_userprefere_image_id_01bfc1c1_fk_cookbook_` FOREIGN KEY (`image_id`) REFERENCES `cookbook_userfile` (`id`),
  CONSTRAINT `cookbook_userpreference_user_id_6f5d0c9f_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_userpreference_plan_share` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userpreference_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_userpreference__userpreference_id_user_i_ae6e1d34_uniq` (`userpreference_id`, `user_id`),
  CONSTRAINT `cookbook_userprefere_user_id_c755ee99_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_userprefere_userpreference_id_87373d85_fk_cookbook_` FOREIGN KEY (`userpreference_id`) REFERENCES `cookbook_userpreference` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_userpreference_shopping_share` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userpreference_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_userpreference__userpreference_id_user_i_b2bc39f7_uniq` (`userpreference_id`, `user_id`),
  CONSTRAINT `cookbook_userprefere_user_id_3a04ee80_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_userprefere_userpreference_id_fdbb11a9_fk_cookbook_` FOREIGN KEY (`userpreference_id`) REFERENCES `cookbook_userpreference` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_searchpreference` (
  `user_id` INT NOT NULL,
  `search` VARCHAR(32) NOT NULL,
  `lookup` BOOL NOT NULL,
  `trigram_threshold` DECIMAL(3,2) NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `cookbook_searchpreference_user_id_238a47eb_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_ailog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `function` VARCHAR(64) NOT NULL,
  `credit_cost` DECIMAL(16,4) NOT NULL,
  `credits_from_balance` BOOL NOT NULL,
  `input_tokens` INT NOT NULL,
  `output_tokens` INT NOT NULL,
  `start_time` DATETIME(6) NULL,
  `end_time` DATETIME(6) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` INT,
  `ai_provider_id` INT,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_ailog_ai_provider_id_4cbd6eda_fk_cookbook_` FOREIGN KEY (`ai_provider_id`) REFERENCES `cookbook_aiprovider` (`id`),
  CONSTRAINT `cookbook_ailog_created_by_id_2bb9c439_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_ailog_space_id_9f6a58b3_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_storage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `method` VARCHAR(128) NOT NULL,
  `username` VARCHAR(128),
  `password` VARCHAR(128),
  `token` VARCHAR(4098),
  `url` VARCHAR(200),
  `path` VARCHAR(256) NOT NULL,
  `created_by_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_storage_created_by_id_a9fdcb08_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_storage_space_id_1f875e70_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_sync` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `path` VARCHAR(512) NOT NULL,
  `active` BOOL NOT NULL,
  `last_checked` DATETIME(6) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `space_id` INT NOT NULL,
  `storage_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_sync_space_id_28a032b1_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`),
  CONSTRAINT `cookbook_sync_storage_id_53b98652_fk_cookbook_storage_id` FOREIGN KEY (`storage_id`) REFERENCES `cookbook_storage` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_synclog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` VARCHAR(32) NOT NULL,
  `msg` LONGTEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `sync_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_synclog_sync_id_4bfcba4a_fk_cookbook_sync_id` FOREIGN KEY (`sync_id`) REFERENCES `cookbook_sync` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_keyword` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `path` VARCHAR(255) NOT NULL,
  `depth` INT UNSIGNED NOT NULL,
  `numchild` INT UNSIGNED NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_keyword_path_key` (`path`),
  UNIQUE KEY `kw_unique_name_per_space` (`space_id`, `name`),
  CONSTRAINT `cookbook_keyword_space_id_7b44ffc9_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_unit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `plural_name` VARCHAR(128),
  `description` LONGTEXT,
  `base_unit` LONGTEXT,
  `open_data_slug` VARCHAR(128),
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `u_unique_name_per_space` (`space_id`, `name`),
  UNIQUE KEY `unit_unique_open_data_slug_per_space` (`space_id`, `open_data_slug`),
  CONSTRAINT `cookbook_unit_space_id_7bca8466_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_supermarketcategory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `description` LONGTEXT,
  `open_data_slug` VARCHAR(128),
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `smc_unique_name_per_space` (`space_id`, `name`),
  UNIQUE KEY `supermarket_category_unique_open_data_slug_per_space` (`space_id`, `open_data_slug`),
  CONSTRAINT `cookbook_supermarket_space_id_bde9c2c1_fk_cookbook_` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_supermarket` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `description` LONGTEXT,
  `open_data_slug` VARCHAR(128),
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sm_unique_name_per_space` (`space_id`, `name`),
  UNIQUE KEY `supermarket_unique_open_data_slug_per_space` (`space_id`, `open_data_slug`),
  CONSTRAINT `cookbook_supermarket_space_id_d45d0500_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_nutritioninformation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `fats` DECIMAL(32,16) NOT NULL,
  `carbohydrates` DECIMAL(32,16) NOT NULL,
  `proteins` DECIMAL(32,16) NOT NULL,
  `calories` DECIMAL(32,16) NOT NULL,
  `source` VARCHAR(512),
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_nutritionin_space_id_942c878e_fk_cookbook_` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_recipe` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `description` VARCHAR(512),
  `servings` INT NOT NULL,
  `servings_text` VARCHAR(32) NOT NULL,
  `image` VARCHAR(100),
  `file_uid` VARCHAR(256) NOT NULL,
  `file_path` VARCHAR(512) NOT NULL,
  `link` VARCHAR(512),
  `cors_link` VARCHAR(1024),
  `working_time` INT NOT NULL,
  `waiting_time` INT NOT NULL,
  `internal` BOOL NOT NULL,
  `show_ingredient_overview` BOOL NOT NULL,
  `private` BOOL NOT NULL,
  `source_url` VARCHAR(1024),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `name_search_vector` LONGTEXT,
  `desc_search_vector` LONGTEXT,
  `created_by_id` INT NOT NULL,
  `nutrition_id` INT,
  `space_id` INT NOT NULL,
  `storage_id` INT,
  `diameter` INT NOT NULL,
  `diameter_text` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_recipe_created_by_id_9deb3c0c_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_recipe_nutrition_id_54975a42_fk_cookbook_` FOREIGN KEY (`nutrition_id`) REFERENCES `cookbook_nutritioninformation` (`id`),
  CONSTRAINT `cookbook_recipe_space_id_26762ca7_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`),
  CONSTRAINT `cookbook_recipe_storage_id_38e8031f_fk_cookbook_storage_id` FOREIGN KEY (`storage_id`) REFERENCES `cookbook_storage` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_food` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `path` VARCHAR(255) NOT NULL,
  `depth` INT UNSIGNED NOT NULL,
  `numchild` INT UNSIGNED NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `plural_name` VARCHAR(128),
  `url` VARCHAR(1024),
  `ignore_shopping` BOOL NOT NULL,
  `description` LONGTEXT NOT NULL,
  `substitute_siblings` BOOL NOT NULL,
  `substitute_children` BOOL NOT NULL,
  `properties_food_amount` DECIMAL(16,2) NOT NULL,
  `fdc_id` INT,
  `open_data_slug` VARCHAR(128),
  `recipe_id` INT,
  `space_id` INT NOT NULL,
  `supermarket_category_id` INT,
  `preferred_shopping_unit_id` INT,
  `preferred_unit_id` INT,
  `properties_food_unit_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_food_path_key` (`path`),
  UNIQUE KEY `f_unique_name_per_space` (`space_id`, `name`),
  UNIQUE KEY `food_unique_open_data_slug_per_space` (`space_id`, `open_data_slug`),
  CONSTRAINT `cookbook_food_preferred_shopping_u_26e5c310_fk_cookbook_` FOREIGN KEY (`preferred_shopping_unit_id`) REFERENCES `cookbook_unit` (`id`),
  CONSTRAINT `cookbook_food_preferred_unit_id_2f418c4b_fk_cookbook_unit_id` FOREIGN KEY (`preferred_unit_id`) REFERENCES `cookbook_unit` (`id`),
  CONSTRAINT `cookbook_food_properties_food_unit_d7b17c55_fk_cookbook_` FOREIGN KEY (`properties_food_unit_id`) REFERENCES `cookbook_unit` (`id`),
  CONSTRAINT `cookbook_food_recipe_id_1dcec127_fk_cookbook_recipe_id` FOREIGN KEY (`recipe_id`) REFERENCES `cookbook_recipe` (`id`),
  CONSTRAINT `cookbook_food_space_id_7506856c_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`),
  CONSTRAINT `cookbook_food_supermarket_category_1eb69e11_fk_cookbook_` FOREIGN KEY (`supermarket_category_id`) REFERENCES `cookbook_supermarketcategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_food_onhand_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `food_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_food_onhand_users_food_id_user_id_d771bbfc_uniq` (`food_id`, `user_id`),
  CONSTRAINT `cookbook_food_onhand_users_food_id_307e2861_fk_cookbook_food_id` FOREIGN KEY (`food_id`) REFERENCES `cookbook_food` (`id`),
  CONSTRAINT `cookbook_food_onhand_users_user_id_7cd9fdd1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_ingredient` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(32,16) NOT NULL,
  `note` VARCHAR(256),
  `is_header` BOOL NOT NULL,
  `no_amount` BOOL NOT NULL,
  `order` INT NOT NULL,
  `original_text` VARCHAR(512),
  `food_id` INT,
  `space_id` INT NOT NULL,
  `unit_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_ingredient_food_id_b0a88cbe_fk_cookbook_food_id` FOREIGN KEY (`food_id`) REFERENCES `cookbook_food` (`id`),
  CONSTRAINT `cookbook_ingredient_space_id_8af9a53c_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`),
  CONSTRAINT `cookbook_ingredient_unit_id_e51939b3_fk_cookbook_unit_id` FOREIGN KEY (`unit_id`) REFERENCES `cookbook_unit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_step` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `instruction` LONGTEXT NOT NULL,
  `time` INT NOT NULL,
  `order` INT NOT NULL,
  `show_as_header` BOOL NOT NULL,
  `show_ingredients_table` BOOL NOT NULL,
  `search_vector` LONGTEXT,
  `space_id` INT NOT NULL,
  `step_recipe_id` INT,
  `file_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_step_file_id_b511ff2c_fk_cookbook_userfile_id` FOREIGN KEY (`file_id`) REFERENCES `cookbook_userfile` (`id`),
  CONSTRAINT `cookbook_step_space_id_fe3f078f_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`),
  CONSTRAINT `cookbook_step_step_recipe_id_3a856493_fk_cookbook_recipe_id` FOREIGN KEY (`step_recipe_id`) REFERENCES `cookbook_recipe` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_step_ingredients` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `step_id` INT NOT NULL,
  `ingredient_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_step_ingredients_step_id_ingredient_id_3dda6a66_uniq` (`step_id`, `ingredient_id`),
  CONSTRAINT `cookbook_step_ingred_ingredient_id_d6431b70_fk_cookbook_` FOREIGN KEY (`ingredient_id`) REFERENCES `cookbook_ingredient` (`id`),
  CONSTRAINT `cookbook_step_ingredients_step_id_dfac35a5_fk_cookbook_step_id` FOREIGN KEY (`step_id`) REFERENCES `cookbook_step` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_recipe_keywords` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recipe_id` INT NOT NULL,
  `keyword_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_recipe_keywords_recipe_id_keyword_id_2a0d5c69_uniq` (`recipe_id`, `keyword_id`),
  CONSTRAINT `cookbook_recipe_keyw_keyword_id_94a6e96a_fk_cookbook_` FOREIGN KEY (`keyword_id`) REFERENCES `cookbook_keyword` (`id`),
  CONSTRAINT `cookbook_recipe_keyw_recipe_id_87bc53ad_fk_cookbook_` FOREIGN KEY (`recipe_id`) REFERENCES `cookbook_recipe` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_recipe_steps` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recipe_id` INT NOT NULL,
  `step_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_recipe_steps_recipe_id_step_id_5c618396_uniq` (`recipe_id`, `step_id`),
  CONSTRAINT `cookbook_recipe_steps_recipe_id_cb98d48a_fk_cookbook_recipe_id` FOREIGN KEY (`recipe_id`) REFERENCES `cookbook_recipe` (`id`),
  CONSTRAINT `cookbook_recipe_steps_step_id_5565a252_fk_cookbook_step_id` FOREIGN KEY (`step_id`) REFERENCES `cookbook_step` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_recipe_shared` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recipe_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_recipe_shared_recipe_id_user_id_b83779d6_uniq` (`recipe_id`, `user_id`),
  CONSTRAINT `cookbook_recipe_shared_recipe_id_00bf8a92_fk_cookbook_recipe_id` FOREIGN KEY (`recipe_id`) REFERENCES `cookbook_recipe` (`id`),
  CONSTRAINT `cookbook_recipe_shared_user_id_167b85d2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_comment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `text` LONGTEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `recipe_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_comment_created_by_id_e88e3920_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_comment_recipe_id_89daaae3_fk_cookbook_recipe_id` FOREIGN KEY (`recipe_id`) REFERENCES `cookbook_recipe` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_sharelink` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(32) NOT NULL,
  `request_count` INT NOT NULL,
  `abuse_blocked` BOOL NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `recipe_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_sharelink_created_by_id_727060e1_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_sharelink_recipe_id_4745561e_fk_cookbook_recipe_id` FOREIGN KEY (`recipe_id`) REFERENCES `cookbook_recipe` (`id`),
  CONSTRAINT `cookbook_sharelink_space_id_057148be_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_customfilter` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `type` VARCHAR(128) NOT NULL,
  `search` LONGTEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cf_unique_name_per_space` (`space_id`, `name`),
  CONSTRAINT `cookbook_customfilter_created_by_id_83409b14_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_customfilter_space_id_ab8c10e8_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_customfilter_shared` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `customfilter_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_customfilter_sh_customfilter_id_user_id_342df8ce_uniq` (`customfilter_id`, `user_id`),
  CONSTRAINT `cookbook_customfilte_customfilter_id_95b15fc2_fk_cookbook_` FOREIGN KEY (`customfilter_id`) REFERENCES `cookbook_customfilter` (`id`),
  CONSTRAINT `cookbook_customfilter_shared_user_id_9473d70e_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_recipebook` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `order` INT NOT NULL,
  `created_by_id` INT NOT NULL,
  `filter_id` INT,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_recipebook_created_by_id_cb096d2e_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_recipebook_filter_id_b6f8cab0_fk_cookbook_` FOREIGN KEY (`filter_id`) REFERENCES `cookbook_customfilter` (`id`),
  CONSTRAINT `cookbook_recipebook_space_id_bccb4e49_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_recipebook_shared` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recipebook_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_recipebook_shared_recipebook_id_user_id_fa35bdff_uniq` (`recipebook_id`, `user_id`),
  CONSTRAINT `cookbook_recipebook__recipebook_id_4b306f2e_fk_cookbook_` FOREIGN KEY (`recipebook_id`) REFERENCES `cookbook_recipebook` (`id`),
  CONSTRAINT `cookbook_recipebook_shared_user_id_43985dd2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_recipebookentry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `book_id` INT NOT NULL,
  `recipe_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rbe_unique_name_per_space` (`recipe_id`, `book_id`),
  CONSTRAINT `cookbook_recipebooke_book_id_748059dd_fk_cookbook_` FOREIGN KEY (`book_id`) REFERENCES `cookbook_recipebook` (`id`),
  CONSTRAINT `cookbook_recipebooke_recipe_id_c5a18fb2_fk_cookbook_` FOREIGN KEY (`recipe_id`) REFERENCES `cookbook_recipe` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_mealplan` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `servings` DECIMAL(8,4) NOT NULL,
  `title` VARCHAR(64) NOT NULL,
  `note` LONGTEXT NOT NULL,
  `from_date` DATETIME(6) NOT NULL,
  `to_date` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `meal_type_id` INT NOT NULL,
  `recipe_id` INT,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_mealplan_created_by_id_b42c8e90_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_mealplan_meal_type_id_34ede76c_fk_cookbook_mealtype_id` FOREIGN KEY (`meal_type_id`) REFERENCES `cookbook_mealtype` (`id`),
  CONSTRAINT `cookbook_mealplan_recipe_id_6cefb069_fk_cookbook_recipe_id` FOREIGN KEY (`recipe_id`) REFERENCES `cookbook_recipe` (`id`),
  CONSTRAINT `cookbook_mealplan_space_id_83d1a9a7_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_mealplan_shared` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mealplan_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_mealplan_shared_mealplan_id_user_id_2781d748_uniq` (`mealplan_id`, `user_id`),
  CONSTRAINT `cookbook_mealplan_sh_mealplan_id_45732190_fk_cookbook_` FOREIGN KEY (`mealplan_id`) REFERENCES `cookbook_mealplan` (`id`),
  CONSTRAINT `cookbook_mealplan_shared_user_id_8715cd4d_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_shoppinglist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(32) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `color` VARCHAR(7),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_shoppinglist_space_id_63817551_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_shoppinglistrecipe` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(32) NOT NULL,
  `servings` DECIMAL(8,4) NOT NULL,
  `created_by_id` INT NOT NULL,
  `mealplan_id` INT,
  `recipe_id` INT,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_shoppinglis_created_by_id_33695804_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_shoppinglis_mealplan_id_4c4a3a29_fk_cookbook_` FOREIGN KEY (`mealplan_id`) REFERENCES `cookbook_mealplan` (`id`),
  CONSTRAINT `cookbook_shoppinglis_recipe_id_6baab510_fk_cookbook_` FOREIGN KEY (`recipe_id`) REFERENCES `cookbook_recipe` (`id`),
  CONSTRAINT `cookbook_shoppinglis_space_id_dff0a483_fk_cookbook_` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_shoppinglistentry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(32,16) NOT NULL,
  `order` INT NOT NULL,
  `checked` BOOL NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `completed_at` DATETIME(6) NULL,
  `delay_until` DATETIME(6) NULL,
  `created_by_id` INT NOT NULL,
  `food_id` INT NOT NULL,
  `ingredient_id` INT,
  `list_recipe_id` INT,
  `space_id` INT NOT NULL,
  `unit_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_shoppinglis_created_by_id_6703f4a5_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_shoppinglis_ingredient_id_9e69abb6_fk_cookbook_` FOREIGN KEY (`ingredient_id`) REFERENCES `cookbook_ingredient` (`id`),
  CONSTRAINT `cookbook_shoppinglis_list_recipe_id_88aff588_fk_cookbook_` FOREIGN KEY (`list_recipe_id`) REFERENCES `cookbook_shoppinglistrecipe` (`id`),
  CONSTRAINT `cookbook_shoppinglis_space_id_e5f4be53_fk_cookbook_` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`),
  CONSTRAINT `cookbook_shoppinglistentry_food_id_ea0df05b_fk_cookbook_food_id` FOREIGN KEY (`food_id`) REFERENCES `cookbook_food` (`id`),
  CONSTRAINT `cookbook_shoppinglistentry_unit_id_fb7bc5f0_fk_cookbook_unit_id` FOREIGN KEY (`unit_id`) REFERENCES `cookbook_unit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_shoppinglistentry_shopping_lists` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `shoppinglistentry_id` INT NOT NULL,
  `shoppinglist_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_shoppinglistent_shoppinglistentry_id_sho_14b9355a_uniq` (`shoppinglistentry_id`, `shoppinglist_id`),
  CONSTRAINT `cookbook_shoppinglis_shoppinglist_id_c2a9fe17_fk_cookbook_` FOREIGN KEY (`shoppinglist_id`) REFERENCES `cookbook_shoppinglist` (`id`),
  CONSTRAINT `cookbook_shoppinglis_shoppinglistentry_id_d83d8930_fk_cookbook_` FOREIGN KEY (`shoppinglistentry_id`) REFERENCES `cookbook_shoppinglistentry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_cooklog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `rating` INT,
  `servings` INT,
  `comment` LONGTEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `recipe_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_cooklog_created_by_id_e442291b_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_cooklog_recipe_id_a8259608_fk_cookbook_recipe_id` FOREIGN KEY (`recipe_id`) REFERENCES `cookbook_recipe` (`id`),
  CONSTRAINT `cookbook_cooklog_space_id_7d005ce1_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_viewlog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `recipe_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_viewlog_created_by_id_f0294e75_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_viewlog_recipe_id_a4c7d71a_fk_cookbook_recipe_id` FOREIGN KEY (`recipe_id`) REFERENCES `cookbook_recipe` (`id`),
  CONSTRAINT `cookbook_viewlog_space_id_0ce48f5b_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_importlog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(32) NOT NULL,
  `running` BOOL NOT NULL,
  `msg` LONGTEXT NOT NULL,
  `total_recipes` INT NOT NULL,
  `imported_recipes` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `keyword_id` INT,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_importlog_created_by_id_7317acea_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_importlog_keyword_id_5d78d756_fk_cookbook_keyword_id` FOREIGN KEY (`keyword_id`) REFERENCES `cookbook_keyword` (`id`),
  CONSTRAINT `cookbook_importlog_space_id_237e01cd_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_exportlog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(32) NOT NULL,
  `running` BOOL NOT NULL,
  `msg` LONGTEXT NOT NULL,
  `total_recipes` INT NOT NULL,
  `exported_recipes` INT NOT NULL,
  `cache_duration` INT NOT NULL,
  `possibly_not_expired` BOOL NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_exportlog_created_by_id_0bbeae7a_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_exportlog_space_id_eaf55b2b_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_bookmarkletimport` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `html` LONGTEXT NOT NULL,
  `url` VARCHAR(256),
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_bookmarklet_created_by_id_bc6f07c3_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_bookmarklet_space_id_66ae4586_fk_cookbook_` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_telegrambot` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(256) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `chat_id` VARCHAR(128) NOT NULL,
  `webhook_token` CHAR(32) NOT NULL,
  `created_by_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_telegrambot_created_by_id_44e39215_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_telegrambot_space_id_ba1c2347_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_connectorconfig` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `type` VARCHAR(128) NOT NULL,
  `enabled` BOOL NOT NULL,
  `on_shopping_list_entry_created_enabled` BOOL NOT NULL,
  `on_shopping_list_entry_updated_enabled` BOOL NOT NULL,
  `on_shopping_list_entry_deleted_enabled` BOOL NOT NULL,
  `supports_description_field` BOOL NOT NULL,
  `url` VARCHAR(200),
  `token` VARCHAR(512),
  `todo_entity` VARCHAR(128),
  `created_by_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_connectorconfig_created_by_id_1f5ee909_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_connectorconfig_space_id_0cdac474_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_automation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(128) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `description` LONGTEXT,
  `param_1` VARCHAR(128),
  `param_2` VARCHAR(128),
  `param_3` VARCHAR(128),
  `order` INT NOT NULL,
  `disabled` BOOL NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_automation_created_by_id_751d239f_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_automation_space_id_8b5f56ea_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_inventorylocation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  `is_freezer` BOOL NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `household_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_inventorylo_created_by_id_2e0418f8_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_inventorylo_household_id_9aa01ea1_fk_cookbook_` FOREIGN KEY (`household_id`) REFERENCES `cookbook_household` (`id`),
  CONSTRAINT `cookbook_inventorylo_space_id_75dd771a_fk_cookbook_` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_inventoryentry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `sub_location` VARCHAR(64),
  `code` VARCHAR(16),
  `amount` DECIMAL(32,16) NOT NULL,
  `expires` DATE,
  `note` VARCHAR(256),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` INT NOT NULL,
  `food_id` INT,
  `space_id` INT NOT NULL,
  `unit_id` INT,
  `inventory_location_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code_unique_per_space` (`space_id`, `code`),
  CONSTRAINT `cookbook_inventoryen_inventory_location_i_0d3e1451_fk_cookbook_` FOREIGN KEY (`inventory_location_id`) REFERENCES `cookbook_inventorylocation` (`id`),
  CONSTRAINT `cookbook_inventoryentry_created_by_id_7b9d66ab_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_inventoryentry_food_id_3af3049d_fk_cookbook_food_id` FOREIGN KEY (`food_id`) REFERENCES `cookbook_food` (`id`),
  CONSTRAINT `cookbook_inventoryentry_space_id_cf359ab8_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`),
  CONSTRAINT `cookbook_inventoryentry_unit_id_aa6dcfca_fk_cookbook_unit_id` FOREIGN KEY (`unit_id`) REFERENCES `cookbook_unit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_inventorylog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `booking_type` VARCHAR(10) NOT NULL,
  `old_amount` DECIMAL(32,16) NOT NULL,
  `new_amount` DECIMAL(32,16) NOT NULL,
  `note` VARCHAR(256),
  `created_at` DATETIME(6) NOT NULL,
  `entry_id` INT NOT NULL,
  `new_inventory_location_id` INT NOT NULL,
  `old_inventory_location_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `cookbook_inventorylo_entry_id_d0612eaf_fk_cookbook_` FOREIGN KEY (`entry_id`) REFERENCES `cookbook_inventoryentry` (`id`),
  CONSTRAINT `cookbook_inventorylo_new_inventory_locati_96b70225_fk_cookbook_` FOREIGN KEY (`new_inventory_location_id`) REFERENCES `cookbook_inventorylocation` (`id`),
  CONSTRAINT `cookbook_inventorylo_old_inventory_locati_aba7af83_fk_cookbook_` FOREIGN KEY (`old_inventory_location_id`) REFERENCES `cookbook_inventorylocation` (`id`),
  CONSTRAINT `cookbook_inventorylog_space_id_48cc3ce1_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_propertytype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `unit` VARCHAR(64),
  `order` INT NOT NULL,
  `description` VARCHAR(512),
  `category` VARCHAR(64),
  `open_data_slug` VARCHAR(128),
  `fdc_id` INT,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `property_type_unique_name_per_space` (`space_id`, `name`),
  UNIQUE KEY `property_type_unique_open_data_slug_per_space` (`space_id`, `open_data_slug`),
  CONSTRAINT `cookbook_propertytype_space_id_c7f65948_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_property` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `property_amount` DECIMAL(32,4),
  `open_data_food_slug` VARCHAR(128),
  `property_type_id` INT NOT NULL,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `property_unique_import_food_per_space` (`space_id`, `property_type_id`, `open_data_food_slug`),
  CONSTRAINT `cookbook_property_property_type_id_4184de5b_fk_cookbook_` FOREIGN KEY (`property_type_id`) REFERENCES `cookbook_propertytype` (`id`),
  CONSTRAINT `cookbook_property_space_id_9845a1fd_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbook_unitconversion` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `base_amount` DECIMAL(32,16) NOT NULL,
  `converted_amount` DECIMAL(32,16) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `open_data_slug` VARCHAR(128),
  `base_unit_id` INT NOT NULL,
  `converted_unit_id` INT NOT NULL,
  `created_by_id` INT NOT NULL,
  `food_id` INT,
  `space_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `f_unique_conversion_per_space` (`space_id`, `base_unit_id`, `converted_unit_id`, `food_id`),
  UNIQUE KEY `unit_conversion_unique_open_data_slug_per_space` (`space_id`, `open_data_slug`),
  CONSTRAINT `cookbook_unitconvers_base_unit_id_9985ec49_fk_cookbook_` FOREIGN KEY (`base_unit_id`) REFERENCES `cookbook_unit` (`id`),
  CONSTRAINT `cookbook_unitconvers_converted_unit_id_5b8aa5a3_fk_cookbook_` FOREIGN KEY (`converted_unit_id`) REFERENCES `cookbook_unit` (`id`),
  CONSTRAINT `cookbook_unitconversion_created_by_id_dcdba77b_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cookbook_unitconversion_food_id_4f9c4eb0_fk_cookbook_food_id` FOREIGN KEY (`food_id`) REFERENCES `cookbook_food` (`id`),
  CONSTRAINT `cookbook_unitconversion_space_id_221cd4a8_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- foreign keys closing a cycle of references, added once both tables exist
ALTER TABLE `cookbook_aiprovider` ADD CONSTRAINT `cookbook_aiprovider_space_id_4c890607_fk_cookbook_space_id` FOREIGN KEY (`space_id`) REFERENCES `cookbook_space` (`id`);
ALTER TABLE `cookbook_space` ADD CONSTRAINT `cookbook_space_custom_space_theme_i_ef8eb4a8_fk_cookbook_` FOREIGN KEY (`custom_space_theme_id`) REFERENCES `cookbook_userfile` (`id`);
ALTER TABLE `cookbook_space` ADD CONSTRAINT `cookbook_space_image_id_85b74808_fk_cookbook_userfile_id` FOREIGN KEY (`image_id`) REFERENCES `cookbook_userfile` (`id`);
ALTER TABLE `cookbook_space` ADD CONSTRAINT `cookbook_space_logo_color_128_id_4a2f40d5_fk_cookbook_` FOREIGN KEY (`logo_color_128_id`) REFERENCES `cookbook_userfile` (`id`);
ALTER TABLE `cookbook_space` ADD CONSTRAINT `cookbook_space_logo_color_144_id_449c207f_fk_cookbook_` FOREIGN KEY (`logo_color_144_id`) REFERENCES `cookbook_userfile` (`id`);
ALTER TABLE `cookbook_space` ADD CONSTRAINT `cookbook_space_logo_color_180_id_070df187_fk_cookbook_` FOREIGN KEY (`logo_color_180_id`) REFERENCES `cookbook_userfile` (`id`);
ALTER TABLE `cookbook_space` ADD CONSTRAINT `cookbook_space_logo_color_192_id_a650d1e7_fk_cookbook_` FOREIGN KEY (`logo_color_192_id`) REFERENCES `cookbook_userfile` (`id`);
ALTER TABLE `cookbook_space` ADD CONSTRAINT `cookbook_space_logo_color_32_id_f456cf30_fk_cookbook_` FOREIGN KEY (`logo_color_32_id`) REFERENCES `cookbook_userfile` (`id`);
ALTER TABLE `cookbook_space` ADD CONSTRAINT `cookbook_space_logo_color_512_id_b0ba242a_fk_cookbook_` FOREIGN KEY (`logo_color_512_id`) REFERENCES `cookbook_userfile` (`id`);
ALTER TABLE `cookbook_space` ADD CONSTRAINT `cookbook_space_logo_color_svg_id_5aa05617_fk_cookbook_` FOREIGN KEY (`logo_color_svg_id`) REFERENCES `cookbook_userfile` (`id`);
ALTER TABLE `cookbook_space` ADD CONSTRAINT `cookbook_space_nav_logo_id_6320b6f1_fk_cookbook_userfile_id` FOREIGN KEY (`nav_logo_id`) REFERENCES `cookbook_userfile` (`id`);
