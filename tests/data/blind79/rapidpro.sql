-- RapidPro (TextIt; messaging campaigns and flows over SMS, WhatsApp, Telegram, voice: workspaces, users, contacts
-- and their URNs, groups, channels, messages, broadcasts, campaigns, flows and runs, tickets, calls, airtime).
-- Upstream: github.com/rapidpro/rapidpro, commit c9ded54f04a6020c65a190ac5d641f0b982aa470 (temba 9.0.0, AGPL-3.0).
-- Written from the Django models (temba/*/models.py, temba/utils/models/*.py, smartmin's SmartModel, Django's
-- auth_user and auth_group) with the column types Django's MySQL backend gives those fields: AutoField -> integer
-- AUTO_INCREMENT (DEFAULT_AUTO_FIELD), BigAutoField -> bigint AUTO_INCREMENT, UUIDField -> char(32),
-- TextField -> longtext, JSONField -> json, temba's JSONAsTextField -> text (its db_type), DateTimeField -> datetime(6),
-- URLField -> varchar(200 or max_length), EmailField -> varchar(254), FileField -> varchar(100),
-- CountryField -> varchar(2), TimeZoneField -> varchar(63); PostgreSQL-only fields (ArrayField, HStoreField behind
-- temba's TranslatableField) are written json and the GIS MultiPolygonField geometry. SmartModel adds is_active,
-- created_by_id, created_on, modified_by_id, modified_on; TembaModel adds uuid, name, is_system; LegacyUUIDMixin makes
-- uuid a varchar(36). Many-to-many link tables are named as Django names them. Foreign keys are those Django creates
-- (db_constraint=False ones left out, as are keys to export tables not included here); plain indexes left out.

CREATE TABLE `auth_user` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
);

CREATE TABLE `auth_group` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `locations_adminboundary` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `osm_id` varchar(15) NOT NULL,
  `name` varchar(128) NOT NULL,
  `level` integer NOT NULL,
  `parent_id` integer NULL,
  `path` varchar(768) NOT NULL,
  `simplified_geometry` geometry NULL,
  `lft` integer UNSIGNED NOT NULL,
  `rght` integer UNSIGNED NOT NULL,
  `tree_id` integer UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `osm_id` (`osm_id`),
  CONSTRAINT `locations_adminboundary_parent_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `locations_adminboundary` (`id`)
);

CREATE TABLE `orgs_org` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `name` varchar(128) NOT NULL,
  `parent_id` integer NULL,
  `language` varchar(64) NULL,
  `timezone` varchar(63) NOT NULL,
  `date_format` varchar(1) NOT NULL,
  `country_id` integer NULL,
  `flow_languages` json NOT NULL,
  `input_collation` varchar(32) NOT NULL,
  `config` json NOT NULL,
  `slug` varchar(255) NULL,
  `features` json NOT NULL,
  `limits` json NOT NULL,
  `api_rates` json NOT NULL,
  `is_anon` bool NOT NULL,
  `is_flagged` bool NOT NULL,
  `is_suspended` bool NOT NULL,
  `surveyor_password` varchar(128) NULL,
  `released_on` datetime(6) NULL,
  `deleted_on` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `slug` (`slug`),
  CONSTRAINT `orgs_org_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `orgs_org_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `orgs_org_parent_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `orgs_org_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `locations_adminboundary` (`id`)
);

CREATE TABLE `tickets_team` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `name` varchar(64) NOT NULL,
  `is_system` bool NOT NULL,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `tickets_team_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tickets_team_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tickets_team_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`)
);

CREATE TABLE `orgs_usersettings` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `user_id` integer NOT NULL,
  `language` varchar(8) NOT NULL,
  `team_id` integer NULL,
  `otp_secret` varchar(16) NOT NULL,
  `two_factor_enabled` bool NOT NULL,
  `last_auth_on` datetime(6) NULL,
  `external_id` varchar(128) NULL,
  `verification_token` varchar(64) NULL,
  `email_status` varchar(1) NOT NULL,
  `email_verification_secret` varchar(64) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `orgs_usersettings_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `orgs_usersettings_team_id_fk` FOREIGN KEY (`team_id`) REFERENCES `tickets_team` (`id`)
);

CREATE TABLE `orgs_orgmembership` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `org_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  `role_code` varchar(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `orgs_orgmembership_org_id_user_id_uniq` (`org_id`, `user_id`),
  CONSTRAINT `orgs_orgmembership_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`) ON DELETE CASCADE,
  CONSTRAINT `orgs_orgmembership_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `orgs_invitation` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  `email` varchar(254) NOT NULL,
  `secret` varchar(64) NOT NULL,
  `user_group` varchar(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `secret` (`secret`),
  CONSTRAINT `orgs_invitation_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `orgs_invitation_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `orgs_invitation_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`)
);

CREATE TABLE `orgs_backuptoken` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `user_id` integer NOT NULL,
  `token` varchar(18) NOT NULL,
  `is_used` bool NOT NULL,
  `created_on` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  CONSTRAINT `orgs_backuptoken_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `api_apitoken` (
  `key` varchar(40) NOT NULL,
  `org_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  `role_id` integer NOT NULL,
  `created` datetime(6) NOT NULL,
  `is_active` bool NOT NULL,
  PRIMARY KEY (`key`),
  CONSTRAINT `api_apitoken_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `api_apitoken_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `api_apitoken_role_id_fk` FOREIGN KEY (`role_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `channels_channel` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` varchar(36) NOT NULL,
  `name` varchar(64) NULL,
  `is_system` bool NOT NULL,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NULL,
  `channel_type` varchar(3) NOT NULL,
  `address` varchar(255) NULL,
  `country` varchar(2) NULL,
  `config` json NOT NULL,
  `schemes` json NOT NULL,
  `role` varchar(4) NOT NULL,
  `log_policy` varchar(1) NOT NULL,
  `tps` integer NULL,
  `claim_code` varchar(16) NULL,
  `secret` varchar(64) NULL,
  `device` varchar(255) NULL,
  `os` varchar(255) NULL,
  `last_seen` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `claim_code` (`claim_code`),
  UNIQUE KEY `secret` (`secret`),
  CONSTRAINT `channels_channel_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `channels_channel_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `channels_channel_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`)
);

CREATE TABLE `contacts_contactfield` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `name` varchar(36) NOT NULL,
  `is_system` bool NOT NULL,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  `key` varchar(36) NOT NULL,
  `value_type` varchar(1) NOT NULL,
  `show_in_table` bool NOT NULL,
  `priority` integer UNSIGNED NOT NULL,
  `agent_access` varchar(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `contacts_contactfield_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `contacts_contactfield_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `contacts_contactfield_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`)
);

CREATE TABLE `flows_flow` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` varchar(36) NOT NULL,
  `name` varchar(64) NOT NULL,
  `is_system` bool NOT NULL,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  `is_archived` bool NOT NULL,
  `flow_type` varchar(1) NOT NULL,
  `ignore_triggers` bool NOT NULL,
  `expires_after_minutes` integer NOT NULL,
  `base_language` varchar(3) NOT NULL,
  `version_number` varchar(8) NOT NULL,
  `metadata` text NULL,
  `has_issues` bool NOT NULL,
  `saved_on` datetime(6) NOT NULL,
  `saved_by_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `flows_flow_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `flows_flow_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `flows_flow_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `flows_flow_saved_by_id_fk` FOREIGN KEY (`saved_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `contacts_contact` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` varchar(36) NOT NULL,
  `is_active` bool NOT NULL,
  `created_by_id` integer NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  `name` varchar(128) NULL,
  `language` varchar(3) NULL,
  `fields` json NULL,
  `status` varchar(1) NOT NULL,
  `current_flow_id` integer NULL,
  `ticket_count` integer NOT NULL,
  `last_seen_on` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `contacts_contact_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `contacts_contact_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `contacts_contact_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `contacts_contact_current_flow_id_fk` FOREIGN KEY (`current_flow_id`) REFERENCES `flows_flow` (`id`)
);

CREATE TABLE `contacts_contacturn` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `org_id` integer NOT NULL,
  `contact_id` integer NULL,
  `identity` varchar(255) NOT NULL,
  `scheme` varchar(128) NOT NULL,
  `path` varchar(255) NOT NULL,
  `display` varchar(255) NULL,
  `priority` integer NOT NULL,
  `channel_id` integer NULL,
  `auth_tokens` json NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contacts_contacturn_identity_org_id_uniq` (`identity`, `org_id`),
  CONSTRAINT `contacts_contacturn_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `contacts_contacturn_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`),
  CONSTRAINT `contacts_contacturn_channel_id_fk` FOREIGN KEY (`channel_id`) REFERENCES `channels_channel` (`id`)
);

CREATE TABLE `contacts_contactgroup` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` varchar(36) NOT NULL,
  `name` varchar(64) NOT NULL,
  `is_system` bool NOT NULL,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  `group_type` varchar(1) NOT NULL,
  `status` varchar(1) NOT NULL,
  `query` longtext NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `contacts_contactgroup_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `contacts_contactgroup_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `contacts_contactgroup_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`)
);

CREATE TABLE `contacts_contactgroup_contacts` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `contactgroup_id` integer NOT NULL,
  `contact_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contacts_contactgroup_contacts_uniq` (`contactgroup_id`, `contact_id`),
  CONSTRAINT `contacts_contactgroup_contacts_contactgroup_id_fk` FOREIGN KEY (`contactgroup_id`) REFERENCES `contacts_contactgroup` (`id`),
  CONSTRAINT `contacts_contactgroup_contacts_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`)
);

CREATE TABLE `contacts_contactimport` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  `file` varchar(100) NOT NULL,
  `original_filename` longtext NOT NULL,
  `mappings` json NOT NULL,
  `num_records` integer NOT NULL,
  `group_name` varchar(64) NULL,
  `group_id` integer NULL,
  `started_on` datetime(6) NULL,
  `status` varchar(1) NOT NULL,
  `finished_on` datetime(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contacts_contactimport_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `contacts_contactimport_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `contacts_contactimport_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `contacts_contactimport_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `contacts_contactgroup` (`id`)
);

CREATE TABLE `msgs_optin` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `name` varchar(64) NOT NULL,
  `is_system` bool NOT NULL,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `msgs_optin_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `msgs_optin_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `msgs_optin_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`)
);

CREATE TABLE `schedules_schedule` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `org_id` integer NOT NULL,
  `repeat_period` varchar(1) NOT NULL,
  `repeat_hour_of_day` integer NULL,
  `repeat_minute_of_hour` integer NULL,
  `repeat_day_of_month` integer NULL,
  `repeat_days_of_week` varchar(7) NULL,
  `is_paused` bool NOT NULL,
  `last_fire` datetime(6) NULL,
  `next_fire` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `schedules_schedule_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`)
);

CREATE TABLE `msgs_broadcast` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `org_id` integer NOT NULL,
  `urns` json NULL,
  `query` longtext NULL,
  `translations` json NOT NULL,
  `base_language` varchar(3) NOT NULL,
  `optin_id` integer NULL,
  `status` varchar(1) NOT NULL,
  `created_by_id` integer NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NULL,
  `modified_on` datetime(6) NOT NULL,
  `schedule_id` integer NULL,
  `parent_id` integer NULL,
  `is_active` bool NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `schedule_id` (`schedule_id`),
  CONSTRAINT `msgs_broadcast_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `msgs_broadcast_optin_id_fk` FOREIGN KEY (`optin_id`) REFERENCES `msgs_optin` (`id`),
  CONSTRAINT `msgs_broadcast_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `msgs_broadcast_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `msgs_broadcast_schedule_id_fk` FOREIGN KEY (`schedule_id`) REFERENCES `schedules_schedule` (`id`),
  CONSTRAINT `msgs_broadcast_parent_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `msgs_broadcast` (`id`)
);

CREATE TABLE `msgs_broadcast_contacts` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `broadcast_id` integer NOT NULL,
  `contact_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `msgs_broadcast_contacts_uniq` (`broadcast_id`, `contact_id`),
  CONSTRAINT `msgs_broadcast_contacts_broadcast_id_fk` FOREIGN KEY (`broadcast_id`) REFERENCES `msgs_broadcast` (`id`),
  CONSTRAINT `msgs_broadcast_contacts_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`)
);

CREATE TABLE `msgs_label` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `name` varchar(64) NOT NULL,
  `is_system` bool NOT NULL,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `msgs_label_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `msgs_label_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `msgs_label_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`)
);

CREATE TABLE `tickets_topic` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `name` varchar(64) NOT NULL,
  `is_system` bool NOT NULL,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  `is_default` bool NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `tickets_topic_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tickets_topic_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tickets_topic_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`)
);

CREATE TABLE `tickets_ticket` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `org_id` integer NOT NULL,
  `contact_id` integer NOT NULL,
  `topic_id` integer NOT NULL,
  `body` longtext NOT NULL,
  `status` varchar(1) NOT NULL,
  `assignee_id` integer NULL,
  `opened_on` datetime(6) NOT NULL,
  `opened_in_id` integer NULL,
  `opened_by_id` integer NULL,
  `replied_on` datetime(6) NULL,
  `closed_on` datetime(6) NULL,
  `modified_on` datetime(6) NOT NULL,
  `last_activity_on` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `tickets_ticket_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `tickets_ticket_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`),
  CONSTRAINT `tickets_ticket_topic_id_fk` FOREIGN KEY (`topic_id`) REFERENCES `tickets_topic` (`id`),
  CONSTRAINT `tickets_ticket_assignee_id_fk` FOREIGN KEY (`assignee_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tickets_ticket_opened_in_id_fk` FOREIGN KEY (`opened_in_id`) REFERENCES `flows_flow` (`id`),
  CONSTRAINT `tickets_ticket_opened_by_id_fk` FOREIGN KEY (`opened_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `msgs_msg` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `org_id` integer NOT NULL,
  `channel_id` integer NULL,
  `contact_id` integer NOT NULL,
  `contact_urn_id` integer NULL,
  `broadcast_id` integer NULL,
  `flow_id` integer NULL,
  `ticket_id` integer NULL,
  `created_by_id` integer NULL,
  `text` longtext NOT NULL,
  `attachments` json NULL,
  `quick_replies` json NULL,
  `optin_id` integer NULL,
  `locale` varchar(6) NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NULL,
  `sent_on` datetime(6) NULL,
  `queued_on` datetime(6) NULL,
  `msg_type` varchar(1) NOT NULL,
  `direction` varchar(1) NOT NULL,
  `status` varchar(1) NOT NULL,
  `visibility` varchar(1) NOT NULL,
  `msg_count` integer NOT NULL,
  `high_priority` bool NULL,
  `error_count` integer NOT NULL,
  `next_attempt` datetime(6) NULL,
  `failed_reason` varchar(1) NULL,
  `external_id` varchar(255) NULL,
  `metadata` text NULL,
  `log_uuids` json NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `msgs_msg_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `msgs_msg_channel_id_fk` FOREIGN KEY (`channel_id`) REFERENCES `channels_channel` (`id`),
  CONSTRAINT `msgs_msg_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`),
  CONSTRAINT `msgs_msg_contact_urn_id_fk` FOREIGN KEY (`contact_urn_id`) REFERENCES `contacts_contacturn` (`id`),
  CONSTRAINT `msgs_msg_broadcast_id_fk` FOREIGN KEY (`broadcast_id`) REFERENCES `msgs_broadcast` (`id`),
  CONSTRAINT `msgs_msg_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `msgs_msg_labels` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `msg_id` bigint NOT NULL,
  `label_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `msgs_msg_labels_uniq` (`msg_id`, `label_id`),
  CONSTRAINT `msgs_msg_labels_msg_id_fk` FOREIGN KEY (`msg_id`) REFERENCES `msgs_msg` (`id`),
  CONSTRAINT `msgs_msg_labels_label_id_fk` FOREIGN KEY (`label_id`) REFERENCES `msgs_label` (`id`)
);

CREATE TABLE `msgs_media` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `org_id` integer NOT NULL,
  `url` varchar(2048) NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `path` varchar(2048) NOT NULL,
  `size` integer NOT NULL,
  `original_id` integer NULL,
  `status` varchar(1) NOT NULL,
  `duration` integer NOT NULL,
  `width` integer NOT NULL,
  `height` integer NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `msgs_media_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `msgs_media_original_id_fk` FOREIGN KEY (`original_id`) REFERENCES `msgs_media` (`id`) ON DELETE CASCADE,
  CONSTRAINT `msgs_media_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `channels_channelevent` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `org_id` integer NOT NULL,
  `channel_id` integer NOT NULL,
  `event_type` varchar(16) NOT NULL,
  `contact_id` integer NOT NULL,
  `contact_urn_id` integer NULL,
  `optin_id` integer NULL,
  `extra` text NULL,
  `occurred_on` datetime(6) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `log_uuids` json NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `channels_channelevent_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `channels_channelevent_channel_id_fk` FOREIGN KEY (`channel_id`) REFERENCES `channels_channel` (`id`),
  CONSTRAINT `channels_channelevent_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`),
  CONSTRAINT `channels_channelevent_contact_urn_id_fk` FOREIGN KEY (`contact_urn_id`) REFERENCES `contacts_contacturn` (`id`),
  CONSTRAINT `channels_channelevent_optin_id_fk` FOREIGN KEY (`optin_id`) REFERENCES `msgs_optin` (`id`)
);

CREATE TABLE `channels_channellog` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `channel_id` integer NOT NULL,
  `log_type` varchar(16) NOT NULL,
  `http_logs` json NULL,
  `errors` json NULL,
  `is_error` bool NOT NULL,
  `elapsed_ms` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `channels_channellog_channel_id_fk` FOREIGN KEY (`channel_id`) REFERENCES `channels_channel` (`id`)
);

CREATE TABLE `campaigns_campaign` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `name` varchar(64) NOT NULL,
  `is_system` bool NOT NULL,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  `is_archived` bool NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `campaigns_campaign_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `campaigns_campaign_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `campaigns_campaign_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `campaigns_campaign_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `contacts_contactgroup` (`id`)
);

CREATE TABLE `campaigns_campaignevent` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `campaign_id` integer NOT NULL,
  `event_type` varchar(1) NOT NULL,
  `relative_to_id` integer NOT NULL,
  `offset` integer NOT NULL,
  `unit` varchar(1) NOT NULL,
  `flow_id` integer NOT NULL,
  `start_mode` varchar(1) NOT NULL,
  `message` json NULL,
  `delivery_hour` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `campaigns_campaignevent_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `campaigns_campaignevent_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `campaigns_campaignevent_campaign_id_fk` FOREIGN KEY (`campaign_id`) REFERENCES `campaigns_campaign` (`id`),
  CONSTRAINT `campaigns_campaignevent_relative_to_id_fk` FOREIGN KEY (`relative_to_id`) REFERENCES `contacts_contactfield` (`id`),
  CONSTRAINT `campaigns_campaignevent_flow_id_fk` FOREIGN KEY (`flow_id`) REFERENCES `flows_flow` (`id`)
);

CREATE TABLE `campaigns_eventfire` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `event_id` integer NOT NULL,
  `contact_id` integer NOT NULL,
  `scheduled` datetime(6) NOT NULL,
  `fired` datetime(6) NULL,
  `fired_result` varchar(1) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `campaigns_eventfire_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `campaigns_campaignevent` (`id`),
  CONSTRAINT `campaigns_eventfire_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`)
);

CREATE TABLE `ivr_call` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `org_id` integer NOT NULL,
  `direction` varchar(1) NOT NULL,
  `status` varchar(1) NOT NULL,
  `channel_id` integer NOT NULL,
  `contact_id` integer NOT NULL,
  `contact_urn_id` integer NOT NULL,
  `external_id` varchar(255) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `started_on` datetime(6) NULL,
  `ended_on` datetime(6) NULL,
  `duration` integer NULL,
  `error_reason` varchar(1) NULL,
  `error_count` integer NOT NULL,
  `next_attempt` datetime(6) NULL,
  `log_uuids` json NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ivr_call_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `ivr_call_channel_id_fk` FOREIGN KEY (`channel_id`) REFERENCES `channels_channel` (`id`),
  CONSTRAINT `ivr_call_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`),
  CONSTRAINT `ivr_call_contact_urn_id_fk` FOREIGN KEY (`contact_urn_id`) REFERENCES `contacts_contacturn` (`id`)
);

CREATE TABLE `flows_flowsession` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `org_id` integer NOT NULL,
  `contact_id` integer NOT NULL,
  `status` varchar(1) NOT NULL,
  `session_type` varchar(1) NOT NULL,
  `call_id` integer NULL,
  `responded` bool NOT NULL,
  `output` text NULL,
  `output_url` varchar(2048) NULL,
  `created_on` datetime(6) NOT NULL,
  `ended_on` datetime(6) NULL,
  `wait_started_on` datetime(6) NULL,
  `timeout_on` datetime(6) NULL,
  `wait_expires_on` datetime(6) NULL,
  `wait_resume_on_expire` bool NOT NULL,
  `current_flow_id` integer NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `call_id` (`call_id`),
  CONSTRAINT `flows_flowsession_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `flows_flowsession_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`),
  CONSTRAINT `flows_flowsession_call_id_fk` FOREIGN KEY (`call_id`) REFERENCES `ivr_call` (`id`),
  CONSTRAINT `flows_flowsession_current_flow_id_fk` FOREIGN KEY (`current_flow_id`) REFERENCES `flows_flow` (`id`)
);

CREATE TABLE `flows_flowstart` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `org_id` integer NOT NULL,
  `flow_id` integer NOT NULL,
  `start_type` varchar(1) NOT NULL,
  `status` varchar(1) NOT NULL,
  `urns` json NULL,
  `query` longtext NULL,
  `exclusions` json NULL,
  `contact_count` integer NULL,
  `campaign_event_id` integer NULL,
  `params` json NULL,
  `parent_summary` json NULL,
  `session_history` json NULL,
  `created_by_id` integer NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `flows_flowstart_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `flows_flowstart_flow_id_fk` FOREIGN KEY (`flow_id`) REFERENCES `flows_flow` (`id`),
  CONSTRAINT `flows_flowstart_campaign_event_id_fk` FOREIGN KEY (`campaign_event_id`) REFERENCES `campaigns_campaignevent` (`id`),
  CONSTRAINT `flows_flowstart_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `flows_flowstart_contacts` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `flowstart_id` integer NOT NULL,
  `contact_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `flows_flowstart_contacts_uniq` (`flowstart_id`, `contact_id`),
  CONSTRAINT `flows_flowstart_contacts_flowstart_id_fk` FOREIGN KEY (`flowstart_id`) REFERENCES `flows_flowstart` (`id`),
  CONSTRAINT `flows_flowstart_contacts_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`)
);

CREATE TABLE `flows_flowrun` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `uuid` char(32) NOT NULL,
  `org_id` integer NOT NULL,
  `flow_id` integer NOT NULL,
  `status` varchar(1) NOT NULL,
  `contact_id` integer NOT NULL,
  `session_id` bigint NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `exited_on` datetime(6) NULL,
  `responded` bool NOT NULL,
  `start_id` integer NULL,
  `submitted_by_id` integer NULL,
  `results` text NULL,
  `path` text NULL,
  `current_node_uuid` char(32) NULL,
  `delete_from_results` bool NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `flows_flowrun_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `flows_flowrun_flow_id_fk` FOREIGN KEY (`flow_id`) REFERENCES `flows_flow` (`id`),
  CONSTRAINT `flows_flowrun_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`),
  CONSTRAINT `flows_flowrun_session_id_fk` FOREIGN KEY (`session_id`) REFERENCES `flows_flowsession` (`id`),
  CONSTRAINT `flows_flowrun_start_id_fk` FOREIGN KEY (`start_id`) REFERENCES `flows_flowstart` (`id`),
  CONSTRAINT `flows_flowrun_submitted_by_id_fk` FOREIGN KEY (`submitted_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `tickets_ticketevent` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `org_id` integer NOT NULL,
  `ticket_id` integer NOT NULL,
  `contact_id` integer NOT NULL,
  `event_type` varchar(1) NOT NULL,
  `note` longtext NULL,
  `topic_id` integer NULL,
  `assignee_id` integer NULL,
  `created_by_id` integer NULL,
  `created_on` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tickets_ticketevent_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `tickets_ticketevent_ticket_id_fk` FOREIGN KEY (`ticket_id`) REFERENCES `tickets_ticket` (`id`),
  CONSTRAINT `tickets_ticketevent_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`),
  CONSTRAINT `tickets_ticketevent_topic_id_fk` FOREIGN KEY (`topic_id`) REFERENCES `tickets_topic` (`id`),
  CONSTRAINT `tickets_ticketevent_assignee_id_fk` FOREIGN KEY (`assignee_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tickets_ticketevent_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `airtime_airtimetransfer` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `org_id` integer NOT NULL,
  `status` varchar(1) NOT NULL,
  `contact_id` integer NOT NULL,
  `recipient` varchar(255) NOT NULL,
  `sender` varchar(255) NULL,
  `currency` varchar(32) NULL,
  `desired_amount` numeric(10, 2) NOT NULL,
  `actual_amount` numeric(10, 2) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `airtime_airtimetransfer_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `airtime_airtimetransfer_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts_contact` (`id`)
);

CREATE TABLE `request_logs_httplog` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `org_id` integer NOT NULL,
  `log_type` varchar(32) NOT NULL,
  `url` varchar(2048) NOT NULL,
  `status_code` integer NULL,
  `request` longtext NOT NULL,
  `response` longtext NULL,
  `request_time` integer NOT NULL,
  `num_retries` integer NULL,
  `created_on` datetime(6) NOT NULL,
  `is_error` bool NOT NULL,
  `flow_id` integer NULL,
  `classifier_id` integer NULL,
  `airtime_transfer_id` integer NULL,
  `channel_id` integer NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `request_logs_httplog_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `request_logs_httplog_flow_id_fk` FOREIGN KEY (`flow_id`) REFERENCES `flows_flow` (`id`),
  CONSTRAINT `request_logs_httplog_airtime_transfer_id_fk` FOREIGN KEY (`airtime_transfer_id`) REFERENCES `airtime_airtimetransfer` (`id`),
  CONSTRAINT `request_logs_httplog_channel_id_fk` FOREIGN KEY (`channel_id`) REFERENCES `channels_channel` (`id`)
);

CREATE TABLE `triggers_trigger` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `is_active` bool NOT NULL,
  `created_by_id` integer NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `modified_by_id` integer NOT NULL,
  `modified_on` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  `trigger_type` varchar(1) NOT NULL,
  `is_archived` bool NOT NULL,
  `flow_id` integer NOT NULL,
  `priority` integer NOT NULL,
  `channel_id` integer NULL,
  `keywords` json NULL,
  `match_type` varchar(1) NULL,
  `referrer_id` varchar(255) NULL,
  `schedule_id` integer NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `schedule_id` (`schedule_id`),
  CONSTRAINT `triggers_trigger_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `triggers_trigger_modified_by_id_fk` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `triggers_trigger_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `triggers_trigger_flow_id_fk` FOREIGN KEY (`flow_id`) REFERENCES `flows_flow` (`id`),
  CONSTRAINT `triggers_trigger_channel_id_fk` FOREIGN KEY (`channel_id`) REFERENCES `channels_channel` (`id`),
  CONSTRAINT `triggers_trigger_schedule_id_fk` FOREIGN KEY (`schedule_id`) REFERENCES `schedules_schedule` (`id`)
);

CREATE TABLE `notifications_notification` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `org_id` integer NOT NULL,
  `notification_type` varchar(16) NOT NULL,
  `medium` varchar(2) NOT NULL,
  `scope` varchar(36) NOT NULL,
  `user_id` integer NOT NULL,
  `is_seen` bool NOT NULL,
  `email_status` varchar(1) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `contact_export_id` integer NULL,
  `message_export_id` integer NULL,
  `results_export_id` integer NULL,
  `ticket_export_id` integer NULL,
  `contact_import_id` integer NULL,
  `incident_id` bigint NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_notification_org_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs_org` (`id`),
  CONSTRAINT `notifications_notification_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `notifications_notification_contact_import_id_fk` FOREIGN KEY (`contact_import_id`) REFERENCES `contacts_contactimport` (`id`)
);
