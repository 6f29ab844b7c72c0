-- Badgr server (Concentric Sky; Open Badges issuing platform and learner backpack)
-- Upstream: github.com/concentricsky/badgr-server commit 2344c612223ff98984271620e6aff5f5746808dd (AGPL-3.0),
-- Django 2.2 app migrations `apps/*/migrations/*.py`; plus the tables of the Django packages it pins that hold its
-- users' data, from their own migrations: django-allauth 0.39.1 (account, socialaccount; github.com/pennersr/django-allauth
-- 817b264d), django-oauth-toolkit 1.3.2 (github.com/jazzband/django-oauth-toolkit 34b1a8ae) and Django REST framework
-- 3.9.1 authtoken (github.com/encode/django-rest-framework 453196e9).
-- Made by replaying the migrations' CreateModel / AddField / AlterField / RemoveField / RenameField / DeleteModel /
-- AlterUniqueTogether operations in dependency order (parsed, not executed) and writing each table as Django 2.2's
-- MySQL backend creates it: columns in creation order with added fields at the end, AutoField -> integer
-- AUTO_INCREMENT, CharField/EmailField/URLField/FileField -> varchar(max_length; defaults 254/200/100),
-- TextField/JSONField -> longtext, BooleanField -> bool, DateTimeField -> datetime(6), PositiveIntegerField ->
-- integer UNSIGNED, ForeignKey -> <name>_id with a foreign key, OneToOneField -> unique <name>_id,
-- unique_together -> UNIQUE KEY; the auto-created many-to-many table recipient_recipientgroup_pathways as Django
-- names it. Proxy models have no table. Foreign keys that close cycles are added at the end. Left out: the
-- deprecated `composition` app, Django's own contrib tables (auth groups and permissions, sessions, sites, admin
-- log, content types) and the many-to-many tables pointing at them, django-celery-results.

CREATE TABLE `oauth2_provider_application` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `client_id` varchar(100) NOT NULL UNIQUE,
  `redirect_uris` longtext NOT NULL,
  `client_type` varchar(32) NOT NULL,
  `authorization_grant_type` varchar(32) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `user_id` integer NULL,
  `skip_authorization` bool NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mainsite_badgrapp` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `is_active` bool NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `cors` varchar(254) NOT NULL UNIQUE,
  `email_confirmation_redirect` varchar(200) NOT NULL,
  `forgot_password_redirect` varchar(200) NOT NULL,
  `created_by_id` integer NULL,
  `updated_by_id` integer NULL,
  `name` varchar(254) NOT NULL,
  `signup_redirect` varchar(200) NOT NULL,
  `ui_login_redirect` varchar(200) NULL,
  `ui_signup_success_redirect` varchar(200) NULL,
  `ui_connect_success_redirect` varchar(200) NULL,
  `public_pages_redirect` varchar(200) NULL,
  `oauth_authorization_redirect` varchar(200) NULL,
  `use_auth_code_exchange` bool NOT NULL,
  `oauth_application_id` bigint NULL,
  `ui_signup_failure_redirect` varchar(200) NULL,
  `is_default` bool NOT NULL,
  FOREIGN KEY (`oauth_application_id`) REFERENCES `oauth2_provider_application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL UNIQUE,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `entity_id` varchar(254) NOT NULL UNIQUE,
  `entity_version` integer UNSIGNED NOT NULL,
  `badgrapp_id` integer NULL,
  `marketing_opt_in` bool NOT NULL,
  FOREIGN KEY (`badgrapp_id`) REFERENCES `mainsite_badgrapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailaddress` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `email` varchar(254) NOT NULL UNIQUE,
  `verified` bool NOT NULL,
  `primary` bool NOT NULL,
  `user_id` integer NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailconfirmation` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) NULL,
  `key` varchar(64) NOT NULL UNIQUE,
  `email_address_id` integer NOT NULL,
  FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `badgeuser_emailaddressvariant` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `email` varchar(254) NOT NULL,
  `canonical_email_id` integer NOT NULL,
  FOREIGN KEY (`canonical_email_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `badgeuser_userrecipientidentifier` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `type` varchar(9) NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `verified` bool NOT NULL,
  `user_id` integer NOT NULL,
  UNIQUE KEY `badgeuser_userrecipientidentifier_user_id_type_identifie_uniq` (`user_id`, `type`, `identifier`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `badgeuser_termsversion` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `version` integer UNSIGNED NOT NULL UNIQUE,
  `created_by_id` integer NULL,
  `updated_by_id` integer NULL,
  `is_active` bool NOT NULL,
  `short_description` longtext NOT NULL,
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `badgeuser_termsagreement` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `terms_version` integer UNSIGNED NOT NULL,
  `agreed` bool NOT NULL,
  `created_by_id` integer NULL,
  `updated_by_id` integer NULL,
  `user_id` integer NOT NULL,
  UNIQUE KEY `badgeuser_termsagreement_user_id_terms_version_uniq` (`user_id`, `terms_version`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialaccount` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `provider` varchar(30) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` longtext NOT NULL,
  `user_id` integer NOT NULL,
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_uniq` (`provider`, `uid`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialtoken` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6) NULL,
  `account_id` integer NOT NULL,
  `app_id` integer NOT NULL,
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_uniq` (`app_id`, `account_id`),
  FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `badgrsocialauth_saml2configuration` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `metadata_conf_url` varchar(200) NOT NULL,
  `slug` varchar(32) NOT NULL UNIQUE,
  `cached_metadata` longtext NOT NULL,
  `use_signed_authn_request` bool NOT NULL,
  `custom_settings` longtext NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `badgrsocialauth_saml2account` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `uuid` varchar(255) NOT NULL UNIQUE,
  `config_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  FOREIGN KEY (`config_id`) REFERENCES `badgrsocialauth_saml2configuration` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `user_id` integer NOT NULL UNIQUE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_refreshtoken` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `token` varchar(255) NOT NULL,
  `access_token_id` bigint NULL UNIQUE,
  `application_id` bigint NOT NULL,
  `user_id` integer NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `revoked` datetime(6) NULL,
  UNIQUE KEY `oauth2_provider_refreshtoken_token_revoked_uniq` (`token`, `revoked`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_accesstoken` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `token` varchar(255) NOT NULL UNIQUE,
  `expires` datetime(6) NOT NULL,
  `scope` longtext NOT NULL,
  `application_id` bigint NULL,
  `user_id` integer NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `source_refresh_token_id` bigint NULL UNIQUE,
  FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`source_refresh_token_id`) REFERENCES `oauth2_provider_refreshtoken` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_grant` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `code` varchar(255) NOT NULL UNIQUE,
  `expires` datetime(6) NOT NULL,
  `redirect_uri` varchar(255) NOT NULL,
  `scope` longtext NOT NULL,
  `application_id` bigint NOT NULL,
  `user_id` integer NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `code_challenge` varchar(128) NOT NULL,
  `code_challenge_method` varchar(10) NOT NULL,
  FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mainsite_applicationinfo` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `icon` varchar(100) NULL,
  `name` varchar(254) NULL,
  `application_id` bigint NOT NULL UNIQUE,
  `allowed_scopes` longtext NOT NULL,
  `website_url` varchar(200) NULL,
  `trust_email_verification` bool NOT NULL,
  `logo_uri` varchar(200) NULL,
  `policy_uri` varchar(200) NULL,
  `software_id` varchar(254) NULL,
  `software_version` varchar(254) NULL,
  `terms_uri` varchar(200) NULL,
  `issue_refresh_token` bool NOT NULL,
  FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mainsite_accesstokenscope` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `scope` varchar(255) NOT NULL,
  `token_id` bigint NOT NULL,
  UNIQUE KEY `mainsite_accesstokenscope_token_id_scope_uniq` (`token_id`, `scope`),
  FOREIGN KEY (`token_id`) REFERENCES `oauth2_provider_accesstoken` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mainsite_emailblacklist` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `email` varchar(254) NOT NULL UNIQUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issuer_issuer` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created_at` datetime(6) NOT NULL,
  `old_json` longtext NOT NULL,
  `name` varchar(1024) NOT NULL,
  `slug` varchar(255) NULL,
  `image` varchar(100) NULL,
  `created_by_id` integer NULL,
  `description` longtext NULL,
  `email` varchar(254) NULL,
  `url` varchar(254) NULL,
  `source` varchar(254) NOT NULL,
  `source_url` varchar(254) NULL UNIQUE,
  `original_json` longtext NULL,
  `entity_id` varchar(254) NOT NULL UNIQUE,
  `entity_version` integer UNSIGNED NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `updated_by_id` integer NULL,
  `badgrapp_id` integer NULL,
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`badgrapp_id`) REFERENCES `mainsite_badgrapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issuer_issuerstaff` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `issuer_id` integer NOT NULL,
  `role` varchar(254) NOT NULL,
  UNIQUE KEY `issuer_issuerstaff_issuer_id_user_id_uniq` (`issuer_id`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`issuer_id`) REFERENCES `issuer_issuer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issuer_issuerextension` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(254) NOT NULL,
  `original_json` longtext NULL,
  `issuer_id` integer NOT NULL,
  FOREIGN KEY (`issuer_id`) REFERENCES `issuer_issuer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issuer_badgeclass` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created_at` datetime(6) NOT NULL,
  `old_json` longtext NOT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NULL,
  `criteria_text` longtext NULL,
  `image` varchar(100) NOT NULL,
  `created_by_id` integer NULL,
  `issuer_id` integer NOT NULL,
  `criteria_url` varchar(254) NULL,
  `description` longtext NULL,
  `source` varchar(254) NOT NULL,
  `source_url` varchar(254) NULL UNIQUE,
  `original_json` longtext NULL,
  `entity_id` varchar(254) NOT NULL UNIQUE,
  `entity_version` integer UNSIGNED NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `updated_by_id` integer NULL,
  `expires_amount` integer NULL,
  `expires_duration` varchar(254) NULL,
  `image_hash` varchar(72) NOT NULL,
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`issuer_id`) REFERENCES `issuer_issuer` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issuer_badgeclassalignment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `original_json` longtext NULL,
  `target_name` longtext NOT NULL,
  `target_url` varchar(2083) NOT NULL,
  `target_description` longtext NULL,
  `target_framework` longtext NULL,
  `target_code` longtext NULL,
  `badgeclass_id` integer NOT NULL,
  FOREIGN KEY (`badgeclass_id`) REFERENCES `issuer_badgeclass` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issuer_badgeclasstag` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(254) NOT NULL,
  `badgeclass_id` integer NOT NULL,
  FOREIGN KEY (`badgeclass_id`) REFERENCES `issuer_badgeclass` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issuer_badgeclassextension` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(254) NOT NULL,
  `original_json` longtext NULL,
  `badgeclass_id` integer NOT NULL,
  FOREIGN KEY (`badgeclass_id`) REFERENCES `issuer_badgeclass` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issuer_badgeinstance` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created_at` datetime(6) NOT NULL,
  `old_json` longtext NOT NULL,
  `slug` varchar(255) NULL,
  `image` varchar(100) NOT NULL,
  `revoked` bool NOT NULL,
  `revocation_reason` varchar(255) NULL,
  `badgeclass_id` integer NOT NULL,
  `created_by_id` integer NULL,
  `issuer_id` integer NOT NULL,
  `recipient_identifier` varchar(768) NOT NULL,
  `acceptance` varchar(254) NOT NULL,
  `salt` varchar(254) NULL,
  `narrative` longtext NULL,
  `entity_id` varchar(254) NOT NULL UNIQUE,
  `entity_version` integer UNSIGNED NOT NULL,
  `source` varchar(254) NOT NULL,
  `source_url` varchar(254) NULL UNIQUE,
  `original_json` longtext NULL,
  `issued_on` datetime(6) NOT NULL,
  `recipient_type` varchar(255) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `updated_by_id` integer NULL,
  `hashed` bool NOT NULL,
  `expires_at` datetime(6) NULL,
  `user_id` integer NULL,
  FOREIGN KEY (`badgeclass_id`) REFERENCES `issuer_badgeclass` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`issuer_id`) REFERENCES `issuer_issuer` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issuer_badgeinstanceevidence` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `evidence_url` varchar(2083) NULL,
  `narrative` longtext NULL,
  `badgeinstance_id` integer NOT NULL,
  `original_json` longtext NULL,
  FOREIGN KEY (`badgeinstance_id`) REFERENCES `issuer_badgeinstance` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issuer_badgeinstanceextension` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(254) NOT NULL,
  `original_json` longtext NULL,
  `badgeinstance_id` integer NOT NULL,
  FOREIGN KEY (`badgeinstance_id`) REFERENCES `issuer_badgeinstance` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issuer_badgeinstancebakedimage` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `obi_version` varchar(254) NOT NULL,
  `image` varchar(100) NOT NULL,
  `badgeinstance_id` integer NOT NULL,
  FOREIGN KEY (`badgeinstance_id`) REFERENCES `issuer_badgeinstance` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backpack_backpackcollection` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `entity_version` integer UNSIGNED NOT NULL,
  `entity_id` varchar(254) NOT NULL UNIQUE,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(128) NOT NULL,
  `description` varchar(255) NOT NULL,
  `share_hash` varchar(255) NOT NULL,
  `slug` varchar(254) NULL,
  `created_by_id` integer NULL,
  `updated_at` datetime(6) NOT NULL,
  `updated_by_id` integer NULL,
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backpack_backpackcollectionbadgeinstance` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `badgeinstance_id` integer NOT NULL,
  `collection_id` integer NOT NULL,
  `badgeuser_id` integer NULL,
  FOREIGN KEY (`badgeinstance_id`) REFERENCES `issuer_badgeinstance` (`id`),
  FOREIGN KEY (`collection_id`) REFERENCES `backpack_backpackcollection` (`id`),
  FOREIGN KEY (`badgeuser_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backpack_backpackbadgeshare` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `provider` varchar(254) NOT NULL,
  `badgeinstance_id` integer NULL,
  `source` varchar(254) NOT NULL,
  FOREIGN KEY (`badgeinstance_id`) REFERENCES `issuer_badgeinstance` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backpack_backpackcollectionshare` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `provider` varchar(254) NOT NULL,
  `collection_id` integer NOT NULL,
  `source` varchar(254) NOT NULL,
  FOREIGN KEY (`collection_id`) REFERENCES `backpack_backpackcollection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipient_recipientprofile` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `recipient_identifier` varchar(1024) NOT NULL,
  `public` bool NOT NULL,
  `display_name` varchar(254) NOT NULL,
  `badge_user_id` integer NULL,
  `slug` varchar(254) NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` integer NULL,
  `is_active` bool NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `updated_by_id` integer NULL,
  `entity_id` varchar(254) NOT NULL UNIQUE,
  `entity_version` integer UNSIGNED NOT NULL,
  FOREIGN KEY (`badge_user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pathway_pathwayelement` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `is_active` bool NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(254) NOT NULL,
  `description` longtext NOT NULL,
  `alignment_url` varchar(200) NULL,
  `completion_requirements` longtext NULL,
  `completion_badgeclass_id` integer NULL,
  `created_by_id` integer NULL,
  `parent_element_id` integer NULL,
  `pathway_id` integer NOT NULL,
  `updated_by_id` integer NULL,
  `ordering` integer NOT NULL,
  `slug` varchar(254) NOT NULL UNIQUE,
  FOREIGN KEY (`completion_badgeclass_id`) REFERENCES `issuer_badgeclass` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`parent_element_id`) REFERENCES `pathway_pathwayelement` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pathway_pathway` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `issuer_id` integer NOT NULL,
  `root_element_id` integer NULL UNIQUE,
  `slug` varchar(254) NOT NULL UNIQUE,
  `is_active` bool NOT NULL,
  FOREIGN KEY (`issuer_id`) REFERENCES `issuer_issuer` (`id`),
  FOREIGN KEY (`root_element_id`) REFERENCES `pathway_pathwayelement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipient_recipientgroup` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `is_active` bool NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `name` varchar(254) NOT NULL,
  `description` longtext NULL,
  `created_by_id` integer NULL,
  `issuer_id` integer NOT NULL,
  `slug` varchar(254) NULL,
  `entity_id` varchar(254) NOT NULL UNIQUE,
  `entity_version` integer UNSIGNED NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `updated_by_id` integer NULL,
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`issuer_id`) REFERENCES `issuer_issuer` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipient_recipientgroup_pathways` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `recipientgroup_id` integer NOT NULL,
  `pathway_id` integer NOT NULL,
  UNIQUE KEY `recipient_recipientgroup_pathways_recipientgroup_id_pathway_uniq` (`recipientgroup_id`, `pathway_id`),
  FOREIGN KEY (`recipientgroup_id`) REFERENCES `recipient_recipientgroup` (`id`),
  FOREIGN KEY (`pathway_id`) REFERENCES `pathway_pathway` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipient_recipientgroupmembership` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `membership_name` varchar(254) NOT NULL,
  `recipient_group_id` integer NOT NULL,
  `recipient_profile_id` integer NOT NULL,
  `slug` varchar(254) NULL,
  `entity_id` varchar(254) NOT NULL UNIQUE,
  `entity_version` integer UNSIGNED NOT NULL,
  FOREIGN KEY (`recipient_group_id`) REFERENCES `recipient_recipientgroup` (`id`),
  FOREIGN KEY (`recipient_profile_id`) REFERENCES `recipient_recipientprofile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pathway_pathwayelementbadge` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `badgeclass_id` integer NOT NULL,
  `element_id` integer NOT NULL,
  `pathway_id` integer NOT NULL,
  `ordering` integer NOT NULL,
  FOREIGN KEY (`badgeclass_id`) REFERENCES `issuer_badgeclass` (`id`),
  FOREIGN KEY (`element_id`) REFERENCES `pathway_pathwayelement` (`id`),
  FOREIGN KEY (`pathway_id`) REFERENCES `pathway_pathway` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `externaltools_externaltool` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `entity_version` integer UNSIGNED NOT NULL,
  `entity_id` varchar(254) NOT NULL UNIQUE,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(254) NOT NULL,
  `description` varchar(254) NULL,
  `xml_config` longtext NULL,
  `config_url` varchar(200) NULL,
  `client_id` varchar(254) NULL,
  `client_secret` varchar(254) NULL,
  `created_by_id` integer NULL,
  `updated_by_id` integer NULL,
  `is_active` bool NOT NULL,
  `requires_user_activation` bool NOT NULL,
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `externaltools_externaltoollaunchpoint` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `launchpoint` varchar(254) NOT NULL,
  `launch_url` varchar(1024) NOT NULL,
  `label` varchar(254) NOT NULL,
  `icon_url` varchar(200) NULL,
  `externaltool_id` integer NOT NULL,
  FOREIGN KEY (`externaltool_id`) REFERENCES `externaltools_externaltool` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `externaltools_externaltooluseractivation` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_active` bool NOT NULL,
  `created_by_id` integer NULL,
  `externaltool_id` integer NOT NULL,
  `updated_by_id` integer NULL,
  `user_id` integer NOT NULL,
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`externaltool_id`) REFERENCES `externaltools_externaltool` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `oauth2_provider_application` ADD FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `mainsite_badgrapp` ADD FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`);
ALTER TABLE `mainsite_badgrapp` ADD FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`);
ALTER TABLE `oauth2_provider_refreshtoken` ADD FOREIGN KEY (`access_token_id`) REFERENCES `oauth2_provider_accesstoken` (`id`);
ALTER TABLE `pathway_pathwayelement` ADD FOREIGN KEY (`pathway_id`) REFERENCES `pathway_pathway` (`id`);
