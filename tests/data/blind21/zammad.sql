-- Zammad (helpdesk / customer support) -- trimmed MySQL DDL for a blind labelling exam.
-- Upstream: github.com/zammad/zammad, db/migrate/20120101000001_create_base.rb and
--   db/migrate/20120101000010_create_ticket.rb at commit 5df98684da64aed93cc29e4be029d81566520906
--   (Zammad 5.x era, "Copyright (C) 2012-2021 Zammad Foundation"), licence AGPL-3.0.
--   Zammad keeps these two base migrations current for fresh installs; later migrations were not replayed.
-- 45 of the tables those migrations create, every column of each kept table, in upstream order.
-- Conversion of the Rails (ActiveRecord::Migration[4.2]) definitions to MySQL/MariaDB:
--   implicit id -> `id` int(11) AUTO_INCREMENT PRIMARY KEY; t.references / t.integer -> int(11) (limit: 8 -> bigint);
--   polymorphic references -> `<name>_type` varchar(255) + `<name>_id` int(11);
--   t.string (limit n) -> varchar(n), default varchar(255); t.boolean -> tinyint(1);
--   t.text (limit n) -> tinytext/text/mediumtext/longtext by n (no limit -> text); t.binary likewise -> *blob;
--   t.datetime / t.timestamps (limit: 3) -> datetime(3); t.timestamp (limit: 3) -> timestamp(3); t.date -> date;
--   t.decimal precision 6 scale 2 -> decimal(6,2); null:/default: kept.
--   Upstream's add_foreign_key statements are kept as FOREIGN KEY constraints where both tables are kept;
--   indexes are left out. Upstream has no database column comments; the one inline Ruby comment on a
--   column (chat_sessions.state) is kept as COMMENT.
--   Tables use utf8mb3 (Zammad's MySQL "utf8") so the wide varchar rows fit the 65,535-byte row limit.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `sessions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) NOT NULL,
  `persistent` tinyint(1) NULL DEFAULT NULL,
  `data` text NULL DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NULL DEFAULT NULL,
  `login` varchar(255) NOT NULL,
  `firstname` varchar(100) NULL DEFAULT '',
  `lastname` varchar(100) NULL DEFAULT '',
  `email` varchar(255) NULL DEFAULT '',
  `image` varchar(100) NULL DEFAULT NULL,
  `image_source` varchar(200) NULL DEFAULT NULL,
  `web` varchar(100) NULL DEFAULT '',
  `password` varchar(100) NULL DEFAULT NULL,
  `phone` varchar(100) NULL DEFAULT '',
  `fax` varchar(100) NULL DEFAULT '',
  `mobile` varchar(100) NULL DEFAULT '',
  `department` varchar(200) NULL DEFAULT '',
  `street` varchar(120) NULL DEFAULT '',
  `zip` varchar(100) NULL DEFAULT '',
  `city` varchar(100) NULL DEFAULT '',
  `country` varchar(100) NULL DEFAULT '',
  `address` varchar(500) NULL DEFAULT '',
  `vip` tinyint(1) NULL DEFAULT 0,
  `verified` tinyint(1) NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `note` varchar(5000) NULL DEFAULT '',
  `last_login` timestamp(3) NULL DEFAULT NULL,
  `source` varchar(200) NULL DEFAULT NULL,
  `login_failed` int(11) NOT NULL DEFAULT 0,
  `out_of_office` tinyint(1) NOT NULL DEFAULT 0,
  `out_of_office_start_at` date NULL DEFAULT NULL,
  `out_of_office_end_at` date NULL DEFAULT NULL,
  `out_of_office_replacement_id` int(11) NULL DEFAULT NULL,
  `preferences` varchar(8000) NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_users_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `fk_users_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_users_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_users_out_of_office_replacement_id` FOREIGN KEY (`out_of_office_replacement_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `email_addresses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `channel_id` int(11) NULL DEFAULT NULL,
  `realname` varchar(250) NOT NULL,
  `email` varchar(250) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `note` varchar(250) NULL DEFAULT NULL,
  `preferences` varchar(2000) NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_email_addresses_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_email_addresses_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `signature_id` int(11) NULL DEFAULT NULL,
  `email_address_id` int(11) NULL DEFAULT NULL,
  `name` varchar(160) NOT NULL,
  `assignment_timeout` int(11) NULL DEFAULT NULL,
  `follow_up_possible` varchar(100) NOT NULL DEFAULT 'yes',
  `follow_up_assignment` tinyint(1) NOT NULL DEFAULT 1,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `note` varchar(250) NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_groups_email_address_id` FOREIGN KEY (`email_address_id`) REFERENCES `email_addresses` (`id`),
  CONSTRAINT `fk_groups_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_groups_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `preferences` mediumtext NULL DEFAULT NULL,
  `default_at_signup` tinyint(1) NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `note` varchar(250) NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_roles_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_roles_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `note` varchar(500) NULL DEFAULT NULL,
  `preferences` varchar(10000) NULL DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `allow_signup` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `shared` tinyint(1) NOT NULL DEFAULT 1,
  `domain` varchar(250) NULL DEFAULT '',
  `domain_assignment` tinyint(1) NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `note` varchar(5000) NULL DEFAULT '',
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_organizations_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_organizations_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `roles_users` (
  `user_id` int(11) NULL DEFAULT NULL,
  `role_id` int(11) NULL DEFAULT NULL,
  CONSTRAINT `fk_roles_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_roles_users_role_id` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `groups_users` (
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  `access` varchar(50) NOT NULL DEFAULT 'full',
  CONSTRAINT `fk_groups_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_groups_users_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `organizations_users` (
  `user_id` int(11) NULL DEFAULT NULL,
  `organization_id` int(11) NULL DEFAULT NULL,
  CONSTRAINT `fk_organizations_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_organizations_users_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `authorizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(250) NOT NULL,
  `uid` varchar(250) NOT NULL,
  `token` varchar(2500) NULL DEFAULT NULL,
  `secret` varchar(250) NULL DEFAULT NULL,
  `username` varchar(250) NULL DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_authorizations_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `object_lookups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `type_lookups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `tokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `persistent` tinyint(1) NULL DEFAULT NULL,
  `name` varchar(100) NOT NULL,
  `action` varchar(40) NOT NULL,
  `label` varchar(255) NULL DEFAULT NULL,
  `preferences` mediumtext NULL DEFAULT NULL,
  `last_used_at` timestamp(3) NULL DEFAULT NULL,
  `expires_at` date NULL DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tokens_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `taskbars` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `last_contact` datetime(3) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `key` varchar(100) NOT NULL,
  `callback` varchar(100) NOT NULL,
  `state` longtext NULL DEFAULT NULL,
  `preferences` mediumtext NULL DEFAULT NULL,
  `params` varchar(2000) NULL DEFAULT NULL,
  `prio` int(11) NOT NULL,
  `notify` tinyint(1) NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_taskbars_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `recent_views` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `recent_view_object_id` int(11) NOT NULL,
  `o_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_recent_views_recent_view_object_id` FOREIGN KEY (`recent_view_object_id`) REFERENCES `object_lookups` (`id`),
  CONSTRAINT `fk_recent_views_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `activity_streams` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activity_stream_type_id` int(11) NOT NULL,
  `activity_stream_object_id` int(11) NOT NULL,
  `permission_id` int(11) NULL DEFAULT NULL,
  `group_id` int(11) NULL DEFAULT NULL,
  `o_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_activity_streams_activity_stream_type_id` FOREIGN KEY (`activity_stream_type_id`) REFERENCES `type_lookups` (`id`),
  CONSTRAINT `fk_activity_streams_activity_stream_object_id` FOREIGN KEY (`activity_stream_object_id`) REFERENCES `object_lookups` (`id`),
  CONSTRAINT `fk_activity_streams_permission_id` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`),
  CONSTRAINT `fk_activity_streams_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `fk_activity_streams_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `history_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `history_objects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `note` varchar(250) NULL DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `histories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `history_type_id` int(11) NOT NULL,
  `history_object_id` int(11) NOT NULL,
  `history_attribute_id` int(11) NULL DEFAULT NULL,
  `o_id` int(11) NOT NULL,
  `related_o_id` int(11) NULL DEFAULT NULL,
  `related_history_object_id` int(11) NULL DEFAULT NULL,
  `id_to` int(11) NULL DEFAULT NULL,
  `id_from` int(11) NULL DEFAULT NULL,
  `value_from` varchar(500) NULL DEFAULT NULL,
  `value_to` varchar(500) NULL DEFAULT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_histories_history_type_id` FOREIGN KEY (`history_type_id`) REFERENCES `history_types` (`id`),
  CONSTRAINT `fk_histories_history_object_id` FOREIGN KEY (`history_object_id`) REFERENCES `history_objects` (`id`),
  CONSTRAINT `fk_histories_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL,
  `name` varchar(200) NOT NULL,
  `area` varchar(100) NOT NULL,
  `description` varchar(2000) NOT NULL,
  `options` text NULL DEFAULT NULL,
  `state_current` mediumtext NULL DEFAULT NULL,
  `state_initial` varchar(2000) NULL DEFAULT NULL,
  `frontend` tinyint(1) NOT NULL,
  `preferences` mediumtext NULL DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `stores` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `store_object_id` int(11) NOT NULL,
  `store_file_id` int(11) NOT NULL,
  `o_id` bigint(20) NOT NULL,
  `preferences` varchar(2500) NULL DEFAULT NULL,
  `size` varchar(50) NULL DEFAULT NULL,
  `filename` varchar(250) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_stores_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `avatars` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `o_id` int(11) NOT NULL,
  `object_lookup_id` int(11) NOT NULL,
  `default` tinyint(1) NOT NULL DEFAULT 0,
  `deletable` tinyint(1) NOT NULL DEFAULT 1,
  `initial` tinyint(1) NOT NULL DEFAULT 0,
  `store_full_id` int(11) NULL DEFAULT NULL,
  `store_resize_id` int(11) NULL DEFAULT NULL,
  `store_hash` varchar(32) NULL DEFAULT NULL,
  `source` varchar(100) NOT NULL,
  `source_url` varchar(512) NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_avatars_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_avatars_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `online_notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `o_id` int(11) NOT NULL,
  `object_lookup_id` int(11) NOT NULL,
  `type_lookup_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `seen` tinyint(1) NOT NULL DEFAULT 0,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_online_notifications_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_online_notifications_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_online_notifications_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `calendars` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NULL DEFAULT NULL,
  `timezone` varchar(250) NULL DEFAULT NULL,
  `business_hours` varchar(3000) NULL DEFAULT NULL,
  `default` tinyint(1) NOT NULL DEFAULT 0,
  `ical_url` varchar(500) NULL DEFAULT NULL,
  `public_holidays` mediumtext NULL DEFAULT NULL,
  `last_log` mediumtext NULL DEFAULT NULL,
  `last_sync` timestamp(3) NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_calendars_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_calendars_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `user_devices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `name` varchar(250) NOT NULL,
  `os` varchar(150) NULL DEFAULT NULL,
  `browser` varchar(250) NULL DEFAULT NULL,
  `location` varchar(150) NULL DEFAULT NULL,
  `device_details` varchar(2500) NULL DEFAULT NULL,
  `location_details` varchar(2500) NULL DEFAULT NULL,
  `fingerprint` varchar(160) NULL DEFAULT NULL,
  `user_agent` varchar(250) NULL DEFAULT NULL,
  `ip` varchar(160) NULL DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_devices_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `cti_logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `direction` varchar(20) NOT NULL,
  `state` varchar(20) NOT NULL,
  `from` varchar(100) NOT NULL,
  `from_comment` varchar(250) NULL DEFAULT NULL,
  `to` varchar(100) NOT NULL,
  `to_comment` varchar(250) NULL DEFAULT NULL,
  `queue` varchar(250) NULL DEFAULT NULL,
  `call_id` varchar(250) NOT NULL,
  `comment` varchar(500) NULL DEFAULT NULL,
  `initialized_at` timestamp(3) NULL DEFAULT NULL,
  `start_at` timestamp(3) NULL DEFAULT NULL,
  `end_at` timestamp(3) NULL DEFAULT NULL,
  `duration_waiting_time` int(11) NULL DEFAULT NULL,
  `duration_talking_time` int(11) NULL DEFAULT NULL,
  `done` tinyint(1) NOT NULL DEFAULT 1,
  `preferences` mediumtext NULL DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `cti_caller_ids` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `caller_id` varchar(100) NOT NULL,
  `comment` varchar(500) NULL DEFAULT NULL,
  `level` varchar(100) NOT NULL,
  `object` varchar(100) NOT NULL,
  `o_id` int(11) NOT NULL,
  `user_id` int(11) NULL DEFAULT NULL,
  `preferences` mediumtext NULL DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_cti_caller_ids_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `data_privacy_tasks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `state` varchar(150) NULL DEFAULT 'in process',
  `deletable_type` varchar(255) NULL DEFAULT NULL,
  `deletable_id` int(11) NULL DEFAULT NULL,
  `preferences` text NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `mentions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mentionable_type` varchar(255) NOT NULL,
  `mentionable_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_mentions_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_mentions_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_mentions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `ticket_state_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `note` varchar(250) NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ticket_state_types_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_ticket_state_types_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `ticket_states` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `state_type_id` int(11) NOT NULL,
  `name` varchar(250) NOT NULL,
  `next_state_id` int(11) NULL DEFAULT NULL,
  `ignore_escalation` tinyint(1) NOT NULL DEFAULT 0,
  `default_create` tinyint(1) NOT NULL DEFAULT 0,
  `default_follow_up` tinyint(1) NOT NULL DEFAULT 0,
  `note` varchar(250) NULL DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ticket_states_state_type_id` FOREIGN KEY (`state_type_id`) REFERENCES `ticket_state_types` (`id`),
  CONSTRAINT `fk_ticket_states_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_ticket_states_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `ticket_priorities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `default_create` tinyint(1) NOT NULL DEFAULT 0,
  `ui_icon` varchar(100) NULL DEFAULT NULL,
  `ui_color` varchar(100) NULL DEFAULT NULL,
  `note` varchar(250) NULL DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ticket_priorities_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_ticket_priorities_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `tickets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `priority_id` int(11) NOT NULL,
  `state_id` int(11) NOT NULL,
  `organization_id` int(11) NULL DEFAULT NULL,
  `number` varchar(60) NOT NULL,
  `title` varchar(250) NOT NULL,
  `owner_id` int(11) NOT NULL,
  `customer_id` int(11) NOT NULL,
  `note` varchar(250) NULL DEFAULT NULL,
  `first_response_at` timestamp(3) NULL DEFAULT NULL,
  `first_response_escalation_at` timestamp(3) NULL DEFAULT NULL,
  `first_response_in_min` int(11) NULL DEFAULT NULL,
  `first_response_diff_in_min` int(11) NULL DEFAULT NULL,
  `close_at` timestamp(3) NULL DEFAULT NULL,
  `close_escalation_at` timestamp(3) NULL DEFAULT NULL,
  `close_in_min` int(11) NULL DEFAULT NULL,
  `close_diff_in_min` int(11) NULL DEFAULT NULL,
  `update_escalation_at` timestamp(3) NULL DEFAULT NULL,
  `update_in_min` int(11) NULL DEFAULT NULL,
  `update_diff_in_min` int(11) NULL DEFAULT NULL,
  `last_contact_at` timestamp(3) NULL DEFAULT NULL,
  `last_contact_agent_at` timestamp(3) NULL DEFAULT NULL,
  `last_contact_customer_at` timestamp(3) NULL DEFAULT NULL,
  `last_owner_update_at` timestamp(3) NULL DEFAULT NULL,
  `create_article_type_id` int(11) NULL DEFAULT NULL,
  `create_article_sender_id` int(11) NULL DEFAULT NULL,
  `article_count` int(11) NULL DEFAULT NULL,
  `escalation_at` timestamp(3) NULL DEFAULT NULL,
  `pending_time` timestamp(3) NULL DEFAULT NULL,
  `type` varchar(100) NULL DEFAULT NULL,
  `time_unit` decimal(6,2) NULL DEFAULT NULL,
  `preferences` mediumtext NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_tickets_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `fk_tickets_priority_id` FOREIGN KEY (`priority_id`) REFERENCES `ticket_priorities` (`id`),
  CONSTRAINT `fk_tickets_state_id` FOREIGN KEY (`state_id`) REFERENCES `ticket_states` (`id`),
  CONSTRAINT `fk_tickets_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `fk_tickets_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_tickets_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_tickets_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_tickets_customer_id` FOREIGN KEY (`customer_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `ticket_flags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ticket_id` int(11) NOT NULL,
  `key` varchar(50) NOT NULL,
  `value` varchar(50) NULL DEFAULT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ticket_flags_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`),
  CONSTRAINT `fk_ticket_flags_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `ticket_article_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `note` varchar(250) NULL DEFAULT NULL,
  `communication` tinyint(1) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ticket_article_types_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_ticket_article_types_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `ticket_article_senders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `note` varchar(250) NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ticket_article_senders_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_ticket_article_senders_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `ticket_articles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ticket_id` int(11) NOT NULL,
  `type_id` int(11) NOT NULL,
  `sender_id` int(11) NOT NULL,
  `from` varchar(3000) NULL DEFAULT NULL,
  `to` varchar(3000) NULL DEFAULT NULL,
  `cc` varchar(3000) NULL DEFAULT NULL,
  `subject` varchar(3000) NULL DEFAULT NULL,
  `reply_to` varchar(300) NULL DEFAULT NULL,
  `message_id` varchar(3000) NULL DEFAULT NULL,
  `message_id_md5` varchar(32) NULL DEFAULT NULL,
  `in_reply_to` varchar(3000) NULL DEFAULT NULL,
  `content_type` varchar(20) NOT NULL DEFAULT 'text/plain',
  `references` varchar(3200) NULL DEFAULT NULL,
  `body` longtext NOT NULL,
  `internal` tinyint(1) NOT NULL DEFAULT 0,
  `preferences` mediumtext NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `origin_by_id` int(11) NULL DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ticket_articles_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`),
  CONSTRAINT `fk_ticket_articles_type_id` FOREIGN KEY (`type_id`) REFERENCES `ticket_article_types` (`id`),
  CONSTRAINT `fk_ticket_articles_sender_id` FOREIGN KEY (`sender_id`) REFERENCES `ticket_article_senders` (`id`),
  CONSTRAINT `fk_ticket_articles_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_ticket_articles_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_ticket_articles_origin_by_id` FOREIGN KEY (`origin_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `ticket_article_flags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ticket_article_id` int(11) NOT NULL,
  `key` varchar(50) NOT NULL,
  `value` varchar(50) NULL DEFAULT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ticket_article_flags_ticket_article_id` FOREIGN KEY (`ticket_article_id`) REFERENCES `ticket_articles` (`id`),
  CONSTRAINT `fk_ticket_article_flags_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `ticket_time_accountings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ticket_id` int(11) NOT NULL,
  `ticket_article_id` int(11) NULL DEFAULT NULL,
  `time_unit` decimal(6,2) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ticket_time_accountings_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`),
  CONSTRAINT `fk_ticket_time_accountings_ticket_article_id` FOREIGN KEY (`ticket_article_id`) REFERENCES `ticket_articles` (`id`),
  CONSTRAINT `fk_ticket_time_accountings_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `channels` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NULL DEFAULT NULL,
  `area` varchar(100) NOT NULL,
  `options` mediumtext NULL DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `preferences` varchar(2000) NULL DEFAULT NULL,
  `last_log_in` mediumtext NULL DEFAULT NULL,
  `last_log_out` mediumtext NULL DEFAULT NULL,
  `status_in` varchar(100) NULL DEFAULT NULL,
  `status_out` varchar(100) NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_channels_group_id` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `fk_channels_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_channels_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `slas` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `calendar_id` int(11) NOT NULL,
  `name` varchar(150) NULL DEFAULT NULL,
  `first_response_time` int(11) NULL DEFAULT NULL,
  `update_time` int(11) NULL DEFAULT NULL,
  `solution_time` int(11) NULL DEFAULT NULL,
  `condition` mediumtext NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_slas_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_slas_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `chats` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NULL DEFAULT NULL,
  `max_queue` int(11) NOT NULL DEFAULT 5,
  `note` varchar(250) NULL DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `public` tinyint(1) NOT NULL DEFAULT 0,
  `block_ip` varchar(5000) NULL DEFAULT NULL,
  `block_country` varchar(5000) NULL DEFAULT NULL,
  `whitelisted_websites` varchar(5000) NULL DEFAULT NULL,
  `preferences` varchar(5000) NULL DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_chats_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_chats_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `chat_sessions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `chat_id` int(11) NOT NULL,
  `session_id` varchar(255) NOT NULL,
  `name` varchar(250) NULL DEFAULT NULL,
  `state` varchar(50) NOT NULL DEFAULT 'waiting' COMMENT 'running, closed',
  `user_id` int(11) NULL DEFAULT NULL,
  `preferences` mediumtext NULL DEFAULT NULL,
  `updated_by_id` int(11) NULL DEFAULT NULL,
  `created_by_id` int(11) NULL DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_chat_sessions_chat_id` FOREIGN KEY (`chat_id`) REFERENCES `chats` (`id`),
  CONSTRAINT `fk_chat_sessions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_chat_sessions_updated_by_id` FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_chat_sessions_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `chat_messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `chat_session_id` int(11) NOT NULL,
  `content` longtext NOT NULL,
  `created_by_id` int(11) NULL DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_chat_messages_chat_session_id` FOREIGN KEY (`chat_session_id`) REFERENCES `chat_sessions` (`id`),
  CONSTRAINT `fk_chat_messages_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

SET FOREIGN_KEY_CHECKS=1;
