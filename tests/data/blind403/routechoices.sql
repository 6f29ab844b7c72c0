-- Routechoices (routechoiceslivegps/routechoices-server), commit 84784d24fc4d9e3e26e7e686ef05ed062538e282
-- Django migrations of routechoices/core and invitations replayed to their final state, with the migrations of the
-- installed third-party apps (django-allauth 65.12.1 account + socialaccount, django-oauth-toolkit, django-user-sessions,
-- rphlo/django-background-tasks) and Django 5.2's auth / admin / contenttypes / sites tables, written as Django's MySQL
-- backend writes them (PostgreSQL upstream).
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `django_content_type` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
);

CREATE TABLE `auth_permission` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `codename` varchar(100) NOT NULL,
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `auth_group` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `name` varchar(150) NOT NULL UNIQUE
);

CREATE TABLE `auth_user` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL UNIQUE,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL
);

CREATE TABLE `auth_user_groups` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `user_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `auth_user_user_permissions` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `user_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
);

CREATE TABLE `django_admin_log` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint UNSIGNED NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` integer NULL,
  `user_id` integer NOT NULL,
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `django_site` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL UNIQUE,
  `name` varchar(50) NOT NULL
);

CREATE TABLE `core_club` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `aid` varchar(12) NOT NULL UNIQUE,
  `creation_date` datetime(6) NOT NULL,
  `modification_date` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL UNIQUE,
  `slug` varchar(50) NOT NULL UNIQUE,
  `creator_id` integer NULL,
  `description` longtext NOT NULL,
  `domain` varchar(128) NOT NULL,
  `acme_challenge` varchar(128) NOT NULL,
  `logo` varchar(100) NULL,
  `website` varchar(200) NOT NULL,
  `analytics_site` varchar(256) NOT NULL,
  `slug_changed_at` datetime(6) NULL,
  `slug_changed_from` varchar(50) NOT NULL,
  `upgraded` bool NOT NULL,
  `upgraded_date` datetime(6) NULL,
  `order_id` varchar(200) NOT NULL,
  `banner` varchar(100) NULL,
  `forbid_invite_request` bool NOT NULL,
  `o_club` bool NOT NULL,
  `frontpage_featured` bool NOT NULL,
  `subscription_paused_at` datetime(6) NULL,
  `is_personal_page` bool NOT NULL,
  CONSTRAINT `core_club_creator_id_fk` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_club_admins` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `club_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  UNIQUE KEY `core_club_admins_club_id_user_id_uniq` (`club_id`, `user_id`),
  CONSTRAINT `core_club_admins_club_id_fk` FOREIGN KEY (`club_id`) REFERENCES `core_club` (`id`),
  CONSTRAINT `core_club_admins_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_device` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `aid` varchar(12) NOT NULL UNIQUE,
  `creation_date` datetime(6) NOT NULL,
  `virtual` bool NOT NULL,
  `modification_date` datetime(6) NOT NULL,
  `user_agent` varchar(200) NOT NULL,
  `battery_level` integer UNSIGNED NULL,
  `_last_location_datetime` datetime(6) NULL,
  `_last_location_latitude` numeric(10, 5) NULL,
  `_last_location_longitude` numeric(10, 5) NULL,
  `_location_count` integer UNSIGNED NOT NULL,
  `locations_encoded` longtext NOT NULL,
  `gpsseuranta_known` bool NOT NULL,
  `gpsseuranta_relay_until` datetime(6) NULL
);

CREATE TABLE `core_map` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `aid` varchar(12) NOT NULL UNIQUE,
  `creation_date` datetime(6) NOT NULL,
  `modification_date` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `image` varchar(255) NOT NULL,
  `height` integer UNSIGNED NULL,
  `width` integer UNSIGNED NULL,
  `calibration_string` varchar(255) NOT NULL,
  `club_id` integer NOT NULL,
  CONSTRAINT `core_map_club_id_fk` FOREIGN KEY (`club_id`) REFERENCES `core_club` (`id`)
);

CREATE TABLE `core_event` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `aid` varchar(12) NOT NULL UNIQUE,
  `creation_date` datetime(6) NOT NULL,
  `modification_date` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `start_date` datetime(6) NOT NULL,
  `map_id` integer NULL,
  `club_id` integer NOT NULL,
  `end_date` datetime(6) NOT NULL,
  `privacy` varchar(8) NOT NULL,
  `open_registration` bool NOT NULL,
  `allow_route_upload` bool NOT NULL,
  `map_title` varchar(255) NOT NULL,
  `backdrop_map` varchar(16) NOT NULL,
  `send_interval` integer UNSIGNED NOT NULL,
  `tail_length` integer UNSIGNED NOT NULL,
  `event_set_id` integer NULL,
  `on_events_page` bool NOT NULL,
  `emergency_contacts` longtext NOT NULL,
  `geojson_layer` varchar(100) NULL,
  `freezed_at` datetime(6) NULL,
  UNIQUE KEY `event_slug_club_uc` (`club_id`, `slug`),
  UNIQUE KEY `event_name_event_set_club_uc` (`club_id`, `event_set_id`, `name`),
  CONSTRAINT `core_event_map_id_fk` FOREIGN KEY (`map_id`) REFERENCES `core_map` (`id`),
  CONSTRAINT `core_event_club_id_fk` FOREIGN KEY (`club_id`) REFERENCES `core_club` (`id`),
  CONSTRAINT `core_event_event_set_id_fk` FOREIGN KEY (`event_set_id`) REFERENCES `core_eventset` (`id`)
);

CREATE TABLE `core_imeidevice` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `imei` varchar(32) NOT NULL UNIQUE,
  `device_id` integer NOT NULL UNIQUE,
  CONSTRAINT `core_imeidevice_device_id_fk` FOREIGN KEY (`device_id`) REFERENCES `core_device` (`id`)
);

CREATE TABLE `core_competitor` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `aid` varchar(12) NOT NULL UNIQUE,
  `name` varchar(64) NOT NULL,
  `short_name` varchar(32) NOT NULL,
  `start_time` datetime(6) NULL,
  `device_id` integer NULL,
  `event_id` integer NOT NULL,
  `user_id` integer NULL,
  `color` varchar(7) NOT NULL,
  `tags` varchar(256) NOT NULL,
  CONSTRAINT `core_competitor_device_id_fk` FOREIGN KEY (`device_id`) REFERENCES `core_device` (`id`),
  CONSTRAINT `core_competitor_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  CONSTRAINT `core_competitor_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `core_mapassignation` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `event_id` integer NOT NULL,
  `map_id` integer NOT NULL,
  CONSTRAINT `core_mapassignation_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`),
  CONSTRAINT `core_mapassignation_map_id_fk` FOREIGN KEY (`map_id`) REFERENCES `core_map` (`id`)
);

CREATE TABLE `core_notice` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `modification_date` datetime(6) NOT NULL,
  `text` varchar(280) NOT NULL,
  `event_id` integer NOT NULL UNIQUE,
  CONSTRAINT `core_notice_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `core_event` (`id`)
);

CREATE TABLE `core_devicearchivereference` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `archive_id` integer NOT NULL UNIQUE,
  `original_id` integer NOT NULL,
  CONSTRAINT `core_devicearchivereference_archive_id_fk` FOREIGN KEY (`archive_id`) REFERENCES `core_device` (`id`),
  CONSTRAINT `core_devicearchivereference_original_id_fk` FOREIGN KEY (`original_id`) REFERENCES `core_device` (`id`)
);

CREATE TABLE `core_deviceclubownership` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `nickname` varchar(12) NOT NULL,
  `club_id` integer NOT NULL,
  `device_id` integer NOT NULL,
  UNIQUE KEY `device_club_ownership_club_device_uc` (`device_id`, `club_id`),
  CONSTRAINT `core_deviceclubownership_club_id_fk` FOREIGN KEY (`club_id`) REFERENCES `core_club` (`id`),
  CONSTRAINT `core_deviceclubownership_device_id_fk` FOREIGN KEY (`device_id`) REFERENCES `core_device` (`id`)
);

CREATE TABLE `core_tcpdevicecommand` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `modification_date` datetime(6) NOT NULL,
  `sent` bool NOT NULL,
  `command` longtext NOT NULL,
  `target_id` integer NOT NULL,
  `comment` longtext NOT NULL,
  CONSTRAINT `core_tcpdevicecommand_target_id_fk` FOREIGN KEY (`target_id`) REFERENCES `core_imeidevice` (`id`)
);

CREATE TABLE `core_eventset` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `aid` varchar(12) NOT NULL UNIQUE,
  `creation_date` datetime(6) NOT NULL,
  `modification_date` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `club_id` integer NOT NULL,
  `list_secret_events` bool NOT NULL,
  `slug` varchar(50) NULL,
  `create_page` bool NOT NULL,
  `description` longtext NOT NULL,
  UNIQUE KEY `event_set_name_club_uc` (`name`, `club_id`),
  CONSTRAINT `core_eventset_club_id_fk` FOREIGN KEY (`club_id`) REFERENCES `core_club` (`id`)
);

CREATE TABLE `core_frontpagefeedback` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `content` longtext NOT NULL,
  `stars` integer UNSIGNED NOT NULL,
  `name` varchar(50) NOT NULL,
  `club_name` varchar(50) NOT NULL
);

CREATE TABLE `core_devicesharingperiod` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `modification_date` datetime(6) NOT NULL,
  `from_date` datetime(6) NOT NULL,
  `until_date` datetime(6) NOT NULL,
  `club_id` integer NOT NULL,
  `device_id` integer NOT NULL,
  CONSTRAINT `core_devicesharingperiod_club_id_fk` FOREIGN KEY (`club_id`) REFERENCES `core_club` (`id`),
  CONSTRAINT `core_devicesharingperiod_device_id_fk` FOREIGN KEY (`device_id`) REFERENCES `core_device` (`id`)
);

CREATE TABLE `invitations_invitation` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `club_id` integer NOT NULL,
  `accepted` bool NOT NULL,
  `created` datetime(6) NOT NULL,
  `key` varchar(64) NOT NULL UNIQUE,
  `sent` datetime(6) NULL,
  `inviter_id` integer NULL,
  CONSTRAINT `invitations_invitation_club_id_fk` FOREIGN KEY (`club_id`) REFERENCES `core_club` (`id`),
  CONSTRAINT `invitations_invitation_inviter_id_fk` FOREIGN KEY (`inviter_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `account_emailaddress` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` bool NOT NULL,
  `primary` bool NOT NULL,
  `user_id` integer NOT NULL,
  UNIQUE KEY `account_emailaddress_uniq0` (`user_id`, `email`),
  CONSTRAINT `account_emailaddress_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `account_emailconfirmation` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) NULL,
  `key` varchar(64) NOT NULL UNIQUE,
  `email_address_id` integer NOT NULL,
  CONSTRAINT `account_emailconfirmation_email_address_id_fk` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
);

CREATE TABLE `socialaccount_socialaccount` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `provider` varchar(200) NOT NULL,
  `uid` varchar(254) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` json NOT NULL,
  `user_id` integer NOT NULL,
  UNIQUE KEY `socialaccount_socialaccount_uniq0` (`provider`, `uid`),
  CONSTRAINT `socialaccount_socialaccount_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `socialaccount_socialapp` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  `provider_id` varchar(200) NOT NULL,
  `settings` json NOT NULL
);

CREATE TABLE `socialaccount_socialapp_sites` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `socialapp_id` integer NOT NULL,
  `site_id` integer NOT NULL,
  UNIQUE KEY `socialaccount_socialapp_sites_socialapp_id_site_id_uniq` (`socialapp_id`, `site_id`),
  CONSTRAINT `socialaccount_socialapp_sites_socialapp_id_fk` FOREIGN KEY (`socialapp_id`) REFERENCES `socialaccount_socialapp` (`id`),
  CONSTRAINT `socialaccount_socialapp_sites_site_id_fk` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
);

CREATE TABLE `socialaccount_socialtoken` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6) NULL,
  `account_id` integer NOT NULL,
  `app_id` integer NULL,
  UNIQUE KEY `socialaccount_socialtoken_uniq0` (`app_id`, `account_id`),
  CONSTRAINT `socialaccount_socialtoken_account_id_fk` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_socialtoken_app_id_fk` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
);

CREATE TABLE `oauth2_provider_application` (
  `id` bigint NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `client_id` varchar(100) NOT NULL UNIQUE,
  `redirect_uris` longtext NOT NULL,
  `client_type` varchar(32) NOT NULL,
  `authorization_grant_type` varchar(32) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `user_id` integer NULL,
  `skip_authorization` bool NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `algorithm` varchar(5) NOT NULL,
  `post_logout_redirect_uris` longtext NOT NULL,
  `hash_client_secret` bool NOT NULL,
  `allowed_origins` longtext NOT NULL,
  CONSTRAINT `oauth2_provider_application_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `oauth2_provider_accesstoken` (
  `id` bigint NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `expires` datetime(6) NOT NULL,
  `scope` longtext NOT NULL,
  `application_id` bigint NULL,
  `user_id` integer NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `source_refresh_token_id` bigint NULL UNIQUE,
  `id_token_id` bigint NULL UNIQUE,
  `token_checksum` varchar(64) NOT NULL UNIQUE,
  CONSTRAINT `oauth2_provider_accesstoken_application_id_fk` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`),
  CONSTRAINT `oauth2_provider_accesstoken_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `oauth2_provider_accesstoken_source_refresh_token_id_fk` FOREIGN KEY (`source_refresh_token_id`) REFERENCES `oauth2_provider_refreshtoken` (`id`),
  CONSTRAINT `oauth2_provider_accesstoken_id_token_id_fk` FOREIGN KEY (`id_token_id`) REFERENCES `oauth2_provider_idtoken` (`id`)
);

CREATE TABLE `oauth2_provider_grant` (
  `id` bigint NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `code` varchar(255) NOT NULL UNIQUE,
  `expires` datetime(6) NOT NULL,
  `redirect_uri` longtext NOT NULL,
  `scope` longtext NOT NULL,
  `application_id` bigint NOT NULL,
  `user_id` integer NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `code_challenge` varchar(128) NOT NULL,
  `code_challenge_method` varchar(10) NOT NULL,
  `nonce` varchar(255) NOT NULL,
  `claims` longtext NOT NULL,
  CONSTRAINT `oauth2_provider_grant_application_id_fk` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`),
  CONSTRAINT `oauth2_provider_grant_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `oauth2_provider_refreshtoken` (
  `id` bigint NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `access_token_id` bigint NULL UNIQUE,
  `application_id` bigint NOT NULL,
  `user_id` integer NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `revoked` datetime(6) NULL,
  `token_family` char(32) NULL,
  UNIQUE KEY `oauth2_provider_refreshtoken_uniq0` (`token`, `revoked`),
  CONSTRAINT `oauth2_provider_refreshtoken_access_token_id_fk` FOREIGN KEY (`access_token_id`) REFERENCES `oauth2_provider_accesstoken` (`id`),
  CONSTRAINT `oauth2_provider_refreshtoken_application_id_fk` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`),
  CONSTRAINT `oauth2_provider_refreshtoken_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `oauth2_provider_idtoken` (
  `id` bigint NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `jti` char(32) NOT NULL UNIQUE,
  `expires` datetime(6) NOT NULL,
  `scope` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `application_id` bigint NULL,
  `user_id` integer NULL,
  CONSTRAINT `oauth2_provider_idtoken_application_id_fk` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`),
  CONSTRAINT `oauth2_provider_idtoken_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `user_sessions_session` (
  `session_key` varchar(40) NOT NULL PRIMARY KEY,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  `user_agent` varchar(200) NULL,
  `last_activity` datetime(6) NOT NULL,
  `ip` char(39) NULL,
  `user_id` integer NULL,
  CONSTRAINT `user_sessions_session_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `background_task_completedtask` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `task_name` varchar(190) NOT NULL,
  `task_params` longtext NOT NULL,
  `task_hash` varchar(40) NOT NULL,
  `verbose_name` varchar(255) NULL,
  `priority` integer NOT NULL,
  `run_at` datetime(6) NOT NULL,
  `repeat` bigint NOT NULL,
  `repeat_until` datetime(6) NULL,
  `queue` varchar(190) NULL,
  `attempts` integer NOT NULL,
  `failed_at` datetime(6) NULL,
  `last_error` longtext NOT NULL,
  `locked_by` varchar(64) NULL,
  `locked_at` datetime(6) NULL,
  `creator_object_id` integer UNSIGNED NULL,
  `creator_content_type_id` integer NULL,
  CONSTRAINT `background_task_completedtask_creator_content_type_id_fk` FOREIGN KEY (`creator_content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `background_task` (
  `id` integer NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `task_name` varchar(190) NOT NULL,
  `task_params` longtext NOT NULL,
  `task_hash` varchar(40) NOT NULL,
  `verbose_name` varchar(255) NULL,
  `priority` integer NOT NULL,
  `run_at` datetime(6) NOT NULL,
  `repeat` bigint NOT NULL,
  `repeat_until` datetime(6) NULL,
  `queue` varchar(190) NULL,
  `attempts` integer NOT NULL,
  `failed_at` datetime(6) NULL,
  `last_error` longtext NOT NULL,
  `locked_by` varchar(64) NULL,
  `locked_at` datetime(6) NULL,
  `creator_object_id` integer UNSIGNED NULL,
  `creator_content_type_id` integer NULL,
  CONSTRAINT `background_task_creator_content_type_id_fk` FOREIGN KEY (`creator_content_type_id`) REFERENCES `django_content_type` (`id`)
);

SET FOREIGN_KEY_CHECKS=1;