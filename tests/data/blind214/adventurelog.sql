-- AdventureLog: self-hostable travel tracker and trip planner (locations, visits, collections/trips with itinerary,
-- transportation, lodging, notes, checklists, world-travel map, activities; Django REST + SvelteKit)
-- Upstream: github.com/seanmorley15/AdventureLog `backend/server/*/models.py` (apps adventures, worldtravel, users,
-- integrations, billing), commit 5673ef5bb5aaa96081bc250ef1d16da8b45977e3 (GPL-3.0), with the tables of the
-- third-party apps in its INSTALLED_APPS: django-allauth 0.63.3 (account, socialaccount, mfa; models read at tag
-- 0.63.3 of github.com/pennersr/django-allauth), django-invitations 2.1 (`base_invitation.py` + `models.py`),
-- Django REST framework's authtoken and Django's contenttypes, sites, sessions and admin log.
-- Django models written as the MySQL DDL Django creates: table `<app>_<model>`, columns in the models' declaration
-- order (users_customuser in its migrations' order, AbstractUser's fields first), ForeignKey `<name>_id`,
-- many-to-many join tables `<table>_<field>`. Types as Django's MySQL backend: UUIDField CHAR(32), BigAutoField
-- BIGINT (apps whose AppConfig says so: users, adventures, worldtravel, integrations, allauth.mfa, invitations),
-- AutoField INT otherwise, TextField LONGTEXT, FloatField DOUBLE, DateTimeField
-- DATETIME(6), DurationField BIGINT, URLField/CharField VARCHAR(max_length), EmailField VARCHAR(254), File/ImageField
-- VARCHAR(100), JSONField JSON; django-money's MoneyField is `price_currency` VARCHAR(3) then `price` DECIMAL(12,2).
-- PostgreSQL/PostGIS-only types: ArrayField JSON, PointField GEOMETRY, CharField primary key without max_length
-- VARCHAR(255). The two conditional unique constraints of adventures_collectionitineraryitem (partial indexes) are
-- left out. Left out as tables: auth_group / auth_permission and their join tables, allauth's socialapp_sites,
-- Django's migrations table; the app `achievements` is not installed upstream.

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
);

CREATE TABLE `django_site` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(100) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
);

CREATE TABLE `users_customuser` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6) DEFAULT NULL,
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  `profile_pic` VARCHAR(100) DEFAULT NULL,
  `uuid` CHAR(32) NOT NULL,
  `public_profile` TINYINT(1) NOT NULL,
  `disable_password` TINYINT(1) NOT NULL,
  `measurement_system` VARCHAR(10) NOT NULL,
  `default_currency` VARCHAR(5) NOT NULL,
  `map_style` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `email` (`email`),
  UNIQUE KEY `uuid` (`uuid`)
);

CREATE TABLE `users_apikey` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `key_prefix` VARCHAR(12) NOT NULL,
  `key_hash` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `last_used_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key_hash` (`key_hash`),
  CONSTRAINT `users_apikey_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `authtoken_token` (
  `key` VARCHAR(40) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` LONGTEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
);

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` LONGTEXT DEFAULT NULL,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT UNSIGNED NOT NULL,
  `change_message` LONGTEXT NOT NULL,
  `content_type_id` INT DEFAULT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `account_emailaddress` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `verified` TINYINT(1) NOT NULL,
  `primary` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `account_emailaddress_email_03be32b2` (`email`),
  CONSTRAINT `account_emailaddress_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `account_emailconfirmation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email_address_id` INT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `sent` DATETIME(6) DEFAULT NULL,
  `key` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  CONSTRAINT `account_emailconfirmation_email_address_id_fk` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
);

CREATE TABLE `socialaccount_socialapp` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(30) NOT NULL,
  `provider_id` VARCHAR(200) NOT NULL,
  `name` VARCHAR(40) NOT NULL,
  `client_id` VARCHAR(191) NOT NULL,
  `secret` VARCHAR(191) NOT NULL,
  `key` VARCHAR(191) NOT NULL,
  `settings` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `socialaccount_socialaccount` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `provider` VARCHAR(200) NOT NULL,
  `uid` VARCHAR(191) NOT NULL,
  `last_login` DATETIME(6) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  `extra_data` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`, `uid`),
  CONSTRAINT `socialaccount_socialaccount_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `socialaccount_socialtoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_id` INT DEFAULT NULL,
  `account_id` INT NOT NULL,
  `token` LONGTEXT NOT NULL,
  `token_secret` LONGTEXT NOT NULL,
  `expires_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`, `account_id`),
  CONSTRAINT `socialaccount_socialtoken_app_id_fk` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`),
  CONSTRAINT `socialaccount_socialtoken_account_id_fk` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`)
);

CREATE TABLE `mfa_authenticator` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `type` VARCHAR(20) NOT NULL,
  `data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `last_used_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mfa_authenticator_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `invitations_invitation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `accepted` TINYINT(1) NOT NULL,
  `key` VARCHAR(64) NOT NULL,
  `sent` DATETIME(6) DEFAULT NULL,
  `inviter_id` BIGINT DEFAULT NULL,
  `email` VARCHAR(254) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  UNIQUE KEY `email` (`email`),
  CONSTRAINT `invitations_invitation_inviter_id_fk` FOREIGN KEY (`inviter_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `worldtravel_country` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `country_code` VARCHAR(2) NOT NULL,
  `subregion` VARCHAR(100) DEFAULT NULL,
  `capital` VARCHAR(100) DEFAULT NULL,
  `coordinates` GEOMETRY DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `country_code` (`country_code`)
);

CREATE TABLE `worldtravel_region` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `country_id` INT NOT NULL,
  `coordinates` GEOMETRY DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `worldtravel_region_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `worldtravel_country` (`id`)
);

CREATE TABLE `worldtravel_city` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `region_id` VARCHAR(255) NOT NULL,
  `coordinates` GEOMETRY DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `worldtravel_city_region_id_fk` FOREIGN KEY (`region_id`) REFERENCES `worldtravel_region` (`id`)
);

CREATE TABLE `worldtravel_visitedregion` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `region_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `worldtravel_visitedregion_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `worldtravel_visitedregion_region_id_fk` FOREIGN KEY (`region_id`) REFERENCES `worldtravel_region` (`id`)
);

CREATE TABLE `worldtravel_visitedcity` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `city_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `worldtravel_visitedcity_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `worldtravel_visitedcity_city_id_fk` FOREIGN KEY (`city_id`) REFERENCES `worldtravel_city` (`id`)
);

CREATE TABLE `adventures_category` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `display_name` VARCHAR(200) NOT NULL,
  `icon` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `adventures_category_name_user_id_uniq` (`name`, `user_id`),
  CONSTRAINT `adventures_category_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `adventures_contentimage` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `image` VARCHAR(100) DEFAULT NULL,
  `immich_id` VARCHAR(200) DEFAULT NULL,
  `is_primary` TINYINT(1) NOT NULL,
  `source` VARCHAR(20) NOT NULL,
  `source_url` VARCHAR(2048) DEFAULT NULL,
  `coordinates` GEOMETRY DEFAULT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_contentimage_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `adventures_contentimage_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `adventures_contentattachment` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `file` VARCHAR(100) NOT NULL,
  `name` VARCHAR(200) DEFAULT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_contentattachment_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `adventures_contentattachment_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `adventures_collection` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `is_public` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `start_date` DATE DEFAULT NULL,
  `end_date` DATE DEFAULT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `is_archived` TINYINT(1) NOT NULL,
  `link` VARCHAR(2083) DEFAULT NULL,
  `primary_image_id` CHAR(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_collection_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `adventures_collection_primary_image_id_fk` FOREIGN KEY (`primary_image_id`) REFERENCES `adventures_contentimage` (`id`)
);

CREATE TABLE `adventures_collection_shared_with` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `collection_id` CHAR(32) NOT NULL,
  `customuser_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `adventures_collection_sh_collection_id_customuser_uniq` (`collection_id`, `customuser_id`),
  CONSTRAINT `adventures_collection_shared_with_collection_id_fk` FOREIGN KEY (`collection_id`) REFERENCES `adventures_collection` (`id`),
  CONSTRAINT `adventures_collection_shared_with_customuser_id_fk` FOREIGN KEY (`customuser_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `adventures_collectioninvite` (
  `id` CHAR(32) NOT NULL,
  `collection_id` CHAR(32) NOT NULL,
  `invited_user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `adventures_collectioninv_collection_id_invited_uniq` (`collection_id`, `invited_user_id`),
  CONSTRAINT `adventures_collectioninvite_collection_id_fk` FOREIGN KEY (`collection_id`) REFERENCES `adventures_collection` (`id`),
  CONSTRAINT `adventures_collectioninvite_invited_user_id_fk` FOREIGN KEY (`invited_user_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `adventures_location` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `category_id` CHAR(32) DEFAULT NULL,
  `name` VARCHAR(200) NOT NULL,
  `location` VARCHAR(200) DEFAULT NULL,
  `tags` JSON DEFAULT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `rating` DOUBLE DEFAULT NULL,
  `price_currency` VARCHAR(3) NOT NULL,
  `price` DECIMAL(12,2) DEFAULT NULL,
  `link` VARCHAR(2083) DEFAULT NULL,
  `is_public` TINYINT(1) NOT NULL,
  `coordinates` GEOMETRY DEFAULT NULL,
  `city_id` VARCHAR(255) DEFAULT NULL,
  `region_id` VARCHAR(255) DEFAULT NULL,
  `country_id` INT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_location_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `adventures_location_category_id_fk` FOREIGN KEY (`category_id`) REFERENCES `adventures_category` (`id`),
  CONSTRAINT `adventures_location_city_id_fk` FOREIGN KEY (`city_id`) REFERENCES `worldtravel_city` (`id`),
  CONSTRAINT `adventures_location_region_id_fk` FOREIGN KEY (`region_id`) REFERENCES `worldtravel_region` (`id`),
  CONSTRAINT `adventures_location_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `worldtravel_country` (`id`)
);

CREATE TABLE `adventures_location_collections` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `location_id` CHAR(32) NOT NULL,
  `collection_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `adventures_location_coll_location_id_collection_uniq` (`location_id`, `collection_id`),
  CONSTRAINT `adventures_location_collections_location_id_fk` FOREIGN KEY (`location_id`) REFERENCES `adventures_location` (`id`),
  CONSTRAINT `adventures_location_collections_collection_id_fk` FOREIGN KEY (`collection_id`) REFERENCES `adventures_collection` (`id`)
);

CREATE TABLE `adventures_visit` (
  `id` CHAR(32) NOT NULL,
  `location_id` CHAR(32) NOT NULL,
  `start_date` DATETIME(6) DEFAULT NULL,
  `end_date` DATETIME(6) DEFAULT NULL,
  `timezone` VARCHAR(50) DEFAULT NULL,
  `notes` LONGTEXT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_visit_location_id_fk` FOREIGN KEY (`location_id`) REFERENCES `adventures_location` (`id`)
);

CREATE TABLE `adventures_transportation` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `type` VARCHAR(100) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `rating` DOUBLE DEFAULT NULL,
  `price_currency` VARCHAR(3) NOT NULL,
  `price` DECIMAL(12,2) DEFAULT NULL,
  `link` VARCHAR(2083) DEFAULT NULL,
  `date` DATETIME(6) DEFAULT NULL,
  `end_date` DATETIME(6) DEFAULT NULL,
  `start_timezone` VARCHAR(50) DEFAULT NULL,
  `end_timezone` VARCHAR(50) DEFAULT NULL,
  `flight_number` VARCHAR(100) DEFAULT NULL,
  `from_location` VARCHAR(200) DEFAULT NULL,
  `origin` GEOMETRY DEFAULT NULL,
  `destination` GEOMETRY DEFAULT NULL,
  `start_code` VARCHAR(100) DEFAULT NULL,
  `end_code` VARCHAR(100) DEFAULT NULL,
  `to_location` VARCHAR(200) DEFAULT NULL,
  `is_public` TINYINT(1) NOT NULL,
  `collection_id` CHAR(32) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_transportation_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `adventures_transportation_collection_id_fk` FOREIGN KEY (`collection_id`) REFERENCES `adventures_collection` (`id`)
);

CREATE TABLE `adventures_note` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `content` LONGTEXT DEFAULT NULL,
  `links` JSON DEFAULT NULL,
  `date` DATE DEFAULT NULL,
  `is_public` TINYINT(1) NOT NULL,
  `collection_id` CHAR(32) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_note_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `adventures_note_collection_id_fk` FOREIGN KEY (`collection_id`) REFERENCES `adventures_collection` (`id`)
);

CREATE TABLE `adventures_checklist` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `date` DATE DEFAULT NULL,
  `is_public` TINYINT(1) NOT NULL,
  `collection_id` CHAR(32) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_checklist_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `adventures_checklist_collection_id_fk` FOREIGN KEY (`collection_id`) REFERENCES `adventures_collection` (`id`)
);

CREATE TABLE `adventures_checklistitem` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `is_checked` TINYINT(1) NOT NULL,
  `checklist_id` CHAR(32) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_checklistitem_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `adventures_checklistitem_checklist_id_fk` FOREIGN KEY (`checklist_id`) REFERENCES `adventures_checklist` (`id`)
);

CREATE TABLE `adventures_lodging` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `type` VARCHAR(100) NOT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `rating` DOUBLE DEFAULT NULL,
  `link` VARCHAR(2083) DEFAULT NULL,
  `check_in` DATETIME(6) DEFAULT NULL,
  `check_out` DATETIME(6) DEFAULT NULL,
  `timezone` VARCHAR(50) DEFAULT NULL,
  `reservation_number` VARCHAR(100) DEFAULT NULL,
  `price_currency` VARCHAR(3) NOT NULL,
  `price` DECIMAL(12,2) DEFAULT NULL,
  `coordinates` GEOMETRY DEFAULT NULL,
  `location` VARCHAR(200) DEFAULT NULL,
  `is_public` TINYINT(1) NOT NULL,
  `collection_id` CHAR(32) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_lodging_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `adventures_lodging_collection_id_fk` FOREIGN KEY (`collection_id`) REFERENCES `adventures_collection` (`id`)
);

CREATE TABLE `adventures_trail` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `location_id` CHAR(32) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `link` VARCHAR(2083) DEFAULT NULL,
  `wanderer_id` VARCHAR(100) DEFAULT NULL,
  `wanderer_author_username` VARCHAR(255) DEFAULT NULL,
  `wanderer_author_domain` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_trail_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `adventures_trail_location_id_fk` FOREIGN KEY (`location_id`) REFERENCES `adventures_location` (`id`)
);

CREATE TABLE `adventures_activity` (
  `id` CHAR(32) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `visit_id` CHAR(32) NOT NULL,
  `trail_id` CHAR(32) DEFAULT NULL,
  `gpx_file` VARCHAR(100) DEFAULT NULL,
  `name` VARCHAR(200) NOT NULL,
  `sport_type` VARCHAR(100) NOT NULL,
  `distance` DOUBLE DEFAULT NULL,
  `moving_time` BIGINT DEFAULT NULL,
  `elapsed_time` BIGINT DEFAULT NULL,
  `rest_time` BIGINT DEFAULT NULL,
  `elevation_gain` DOUBLE DEFAULT NULL,
  `elevation_loss` DOUBLE DEFAULT NULL,
  `elev_high` DOUBLE DEFAULT NULL,
  `elev_low` DOUBLE DEFAULT NULL,
  `start_date` DATETIME(6) DEFAULT NULL,
  `start_date_local` DATETIME(6) DEFAULT NULL,
  `timezone` VARCHAR(50) DEFAULT NULL,
  `average_speed` DOUBLE DEFAULT NULL,
  `max_speed` DOUBLE DEFAULT NULL,
  `average_cadence` DOUBLE DEFAULT NULL,
  `calories` DOUBLE DEFAULT NULL,
  `start_point` GEOMETRY DEFAULT NULL,
  `end_point` GEOMETRY DEFAULT NULL,
  `external_service_id` VARCHAR(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_activity_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`),
  CONSTRAINT `adventures_activity_visit_id_fk` FOREIGN KEY (`visit_id`) REFERENCES `adventures_visit` (`id`),
  CONSTRAINT `adventures_activity_trail_id_fk` FOREIGN KEY (`trail_id`) REFERENCES `adventures_trail` (`id`)
);

CREATE TABLE `adventures_collectionitineraryday` (
  `id` CHAR(32) NOT NULL,
  `collection_id` CHAR(32) NOT NULL,
  `date` DATE NOT NULL,
  `name` VARCHAR(200) DEFAULT NULL,
  `description` LONGTEXT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `adventures_collectionitineraryday_collection_id_date_uniq` (`collection_id`, `date`),
  CONSTRAINT `adventures_collectionitineraryday_collection_id_fk` FOREIGN KEY (`collection_id`) REFERENCES `adventures_collection` (`id`)
);

CREATE TABLE `adventures_collectionitineraryitem` (
  `id` CHAR(32) NOT NULL,
  `collection_id` CHAR(32) NOT NULL,
  `content_type_id` INT NOT NULL,
  `object_id` CHAR(32) NOT NULL,
  `date` DATE DEFAULT NULL,
  `is_global` TINYINT(1) NOT NULL,
  `order` INT UNSIGNED NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `adventures_collectionitineraryitem_collection_id_fk` FOREIGN KEY (`collection_id`) REFERENCES `adventures_collection` (`id`),
  CONSTRAINT `adventures_collectionitineraryitem_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `integrations_immichintegration` (
  `server_url` VARCHAR(255) NOT NULL,
  `api_key` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `copy_locally` TINYINT(1) NOT NULL,
  `id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `integrations_immichintegration_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `integrations_stravatoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `access_token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255) NOT NULL,
  `expires_at` BIGINT NOT NULL,
  `athlete_id` BIGINT DEFAULT NULL,
  `scope` VARCHAR(255) DEFAULT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `integrations_stravatoken_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `integrations_wandererintegration` (
  `server_url` VARCHAR(255) NOT NULL,
  `api_key` VARCHAR(512) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `integrations_wandererintegration_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `integrations_endurainintegration` (
  `server_url` VARCHAR(255) NOT NULL,
  `access_token` VARCHAR(2048) NOT NULL,
  `refresh_token` VARCHAR(2048) NOT NULL,
  `access_token_expires_at` BIGINT NOT NULL,
  `refresh_token_expires_at` BIGINT DEFAULT NULL,
  `endurain_user_id` BIGINT NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `auth_method` VARCHAR(16) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `id` CHAR(32) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `integrations_endurainintegration_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`)
);

CREATE TABLE `billing_subscription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `stripe_customer_id` VARCHAR(255) NOT NULL,
  `stripe_subscription_id` VARCHAR(255) NOT NULL,
  `status` VARCHAR(50) NOT NULL,
  `trial_ends_at` DATETIME(6) DEFAULT NULL,
  `current_period_ends_at` DATETIME(6) DEFAULT NULL,
  `cancel_at_period_end` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `billing_subscription_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users_customuser` (`id`)
);
