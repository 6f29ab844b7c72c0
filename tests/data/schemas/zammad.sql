-- Zammad (helpdesk / customer-support system: customers and agents, organisations, tickets and their articles
-- (e-mails, notes, phone and chat messages), time accounting, live chat, phone-call log (CTI), login devices,
-- sessions, OAuth authorizations and API tokens, avatars, mentions, data-privacy deletion tasks), trimmed from
-- github.com/zammad/zammad db/migrate/20120101000001_create_base.rb and db/migrate/20120101000010_create_ticket.rb
-- (AGPL-3.0), commit 5df98684 (2021). The Rails migrations (ActiveRecord::Migration[4.2]) written as the MySQL DDL
-- Rails creates: implicit `id` int(11) AUTO_INCREMENT primary key spelled out, references -> `<name>_id` int(11)
-- (polymorphic ones with `<name>_type`), string -> varchar(limit, else 255), text by limit -> text / mediumtext /
-- longtext, boolean -> tinyint(1), timestamp/datetime limit 3 -> datetime(3), timestamps -> created_at,
-- updated_at; unique indexes kept, other indexes left out; `roles_users` and `groups_users` are created
-- `id: false` upstream and have no primary key; `http_logs` and `ticket_articles` are given
-- DEFAULT CHARSET=utf8mb3 because their long varchar columns exceed MySQL's 65,535-byte row in utf8mb4.
-- Only upstream's foreign keys (add_foreign_key), among the tables kept. Customers and agents are both rows of
-- `users` (their roles in `roles_users`); `organizations` are the customers' companies; `email_addresses` are the
-- installation's sender addresses; every table's `created_by_id` / `updated_by_id` is Zammad's row bookkeeping.

CREATE TABLE `sessions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) NOT NULL,
  `persistent` tinyint(1) DEFAULT NULL,
  `data` text DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) DEFAULT NULL,
  `login` varchar(255) NOT NULL,
  `firstname` varchar(100) DEFAULT '',
  `lastname` varchar(100) DEFAULT '',
  `email` varchar(255) DEFAULT '',
  `image` varchar(100) DEFAULT NULL,
  `image_source` varchar(200) DEFAULT NULL,
  `web` varchar(100) DEFAULT '',
  `password` varchar(100) DEFAULT NULL,
  `phone` varchar(100) DEFAULT '',
  `fax` varchar(100) DEFAULT '',
  `mobile` varchar(100) DEFAULT '',
  `department` varchar(200) DEFAULT '',
  `street` varchar(120) DEFAULT '',
  `zip` varchar(100) DEFAULT '',
  `city` varchar(100) DEFAULT '',
  `country` varchar(100) DEFAULT '',
  `address` varchar(500) DEFAULT '',
  `vip` tinyint(1) DEFAULT '0',
  `verified` tinyint(1) NOT NULL DEFAULT '0',
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `note` varchar(5000) DEFAULT '',
  `last_login` datetime(3) DEFAULT NULL,
  `source` varchar(200) DEFAULT NULL,
  `login_failed` int(11) NOT NULL DEFAULT '0',
  `out_of_office` tinyint(1) NOT NULL DEFAULT '0',
  `out_of_office_start_at` date DEFAULT NULL,
  `out_of_office_end_at` date DEFAULT NULL,
  `out_of_office_replacement_id` int(11) DEFAULT NULL,
  `preferences` varchar(8000) DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`out_of_office_replacement_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
);

CREATE TABLE `email_addresses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `channel_id` int(11) DEFAULT NULL,
  `realname` varchar(250) NOT NULL,
  `email` varchar(250) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `note` varchar(250) DEFAULT NULL,
  `preferences` varchar(2000) DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_email_addresses_on_email` (`email`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `signature_id` int(11) DEFAULT NULL,
  `email_address_id` int(11) DEFAULT NULL,
  `name` varchar(160) NOT NULL,
  `assignment_timeout` int(11) DEFAULT NULL,
  `follow_up_possible` varchar(100) NOT NULL DEFAULT 'yes',
  `follow_up_assignment` tinyint(1) NOT NULL DEFAULT '1',
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `note` varchar(250) DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_groups_on_name` (`name`),
  FOREIGN KEY (`email_address_id`) REFERENCES `email_addresses` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `preferences` mediumtext DEFAULT NULL,
  `default_at_signup` tinyint(1) DEFAULT '0',
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `note` varchar(250) DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_roles_on_name` (`name`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `shared` tinyint(1) NOT NULL DEFAULT '1',
  `domain` varchar(250) DEFAULT '',
  `domain_assignment` tinyint(1) NOT NULL DEFAULT '0',
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `note` varchar(5000) DEFAULT '',
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_organizations_on_name` (`name`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `roles_users` (
  `user_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
);

CREATE TABLE `groups_users` (
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  `access` varchar(50) NOT NULL DEFAULT 'full',
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
);

CREATE TABLE `authorizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(250) NOT NULL,
  `uid` varchar(250) NOT NULL,
  `token` varchar(2500) DEFAULT NULL,
  `secret` varchar(250) DEFAULT NULL,
  `username` varchar(250) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_authorizations_on_uid_and_provider` (`uid`, `provider`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `object_lookups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_object_lookups_on_name` (`name`)
);

CREATE TABLE `tokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `persistent` tinyint(1) DEFAULT NULL,
  `name` varchar(100) NOT NULL,
  `action` varchar(40) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `preferences` mediumtext DEFAULT NULL,
  `last_used_at` datetime(3) DEFAULT NULL,
  `expires_at` date DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tokens_on_name_and_action` (`name`, `action`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL,
  `name` varchar(200) NOT NULL,
  `area` varchar(100) NOT NULL,
  `description` varchar(2000) NOT NULL,
  `options` text DEFAULT NULL,
  `state_current` mediumtext DEFAULT NULL,
  `state_initial` varchar(2000) DEFAULT NULL,
  `frontend` tinyint(1) NOT NULL,
  `preferences` mediumtext DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_settings_on_name` (`name`)
);

CREATE TABLE `avatars` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `o_id` int(11) NOT NULL,
  `object_lookup_id` int(11) NOT NULL,
  `default` tinyint(1) NOT NULL DEFAULT '0',
  `deletable` tinyint(1) NOT NULL DEFAULT '1',
  `initial` tinyint(1) NOT NULL DEFAULT '0',
  `store_full_id` int(11) DEFAULT NULL,
  `store_resize_id` int(11) DEFAULT NULL,
  `store_hash` varchar(32) DEFAULT NULL,
  `source` varchar(100) NOT NULL,
  `source_url` varchar(512) DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `online_notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `o_id` int(11) NOT NULL,
  `object_lookup_id` int(11) NOT NULL,
  `type_lookup_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `seen` tinyint(1) NOT NULL DEFAULT '0',
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_devices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `name` varchar(250) NOT NULL,
  `os` varchar(150) DEFAULT NULL,
  `browser` varchar(250) DEFAULT NULL,
  `location` varchar(150) DEFAULT NULL,
  `device_details` varchar(2500) DEFAULT NULL,
  `location_details` varchar(2500) DEFAULT NULL,
  `fingerprint` varchar(160) DEFAULT NULL,
  `user_agent` varchar(250) DEFAULT NULL,
  `ip` varchar(160) DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `cti_logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `direction` varchar(20) NOT NULL,
  `state` varchar(20) NOT NULL,
  `from` varchar(100) NOT NULL,
  `from_comment` varchar(250) DEFAULT NULL,
  `to` varchar(100) NOT NULL,
  `to_comment` varchar(250) DEFAULT NULL,
  `queue` varchar(250) DEFAULT NULL,
  `call_id` varchar(250) NOT NULL,
  `comment` varchar(500) DEFAULT NULL,
  `initialized_at` datetime(3) DEFAULT NULL,
  `start_at` datetime(3) DEFAULT NULL,
  `end_at` datetime(3) DEFAULT NULL,
  `duration_waiting_time` int(11) DEFAULT NULL,
  `duration_talking_time` int(11) DEFAULT NULL,
  `done` tinyint(1) NOT NULL DEFAULT '1',
  `preferences` mediumtext DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_cti_logs_on_call_id` (`call_id`)
);

CREATE TABLE `cti_caller_ids` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `caller_id` varchar(100) NOT NULL,
  `comment` varchar(500) DEFAULT NULL,
  `level` varchar(100) NOT NULL,
  `object` varchar(100) NOT NULL,
  `o_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `preferences` mediumtext DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `http_logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `direction` varchar(20) NOT NULL,
  `facility` varchar(100) NOT NULL,
  `method` varchar(100) NOT NULL,
  `url` varchar(255) NOT NULL,
  `status` varchar(20) DEFAULT NULL,
  `ip` varchar(50) DEFAULT NULL,
  `request` varchar(10000) NOT NULL,
  `response` varchar(10000) NOT NULL,
  `updated_by_id` int(11) DEFAULT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
) DEFAULT CHARSET=utf8mb3;

CREATE TABLE `data_privacy_tasks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `state` varchar(150) DEFAULT 'in process',
  `deletable_type` varchar(255) DEFAULT NULL,
  `deletable_id` int(11) DEFAULT NULL,
  `preferences` text DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
);

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
  UNIQUE KEY `index_mentions_mentionable_user` (`mentionable_id`, `mentionable_type`, `user_id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `ticket_states` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `state_type_id` int(11) NOT NULL,
  `name` varchar(250) NOT NULL,
  `next_state_id` int(11) DEFAULT NULL,
  `ignore_escalation` tinyint(1) NOT NULL DEFAULT '0',
  `default_create` tinyint(1) NOT NULL DEFAULT '0',
  `default_follow_up` tinyint(1) NOT NULL DEFAULT '0',
  `note` varchar(250) DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_ticket_states_on_name` (`name`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `ticket_priorities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `default_create` tinyint(1) NOT NULL DEFAULT '0',
  `ui_icon` varchar(100) DEFAULT NULL,
  `ui_color` varchar(100) DEFAULT NULL,
  `note` varchar(250) DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_ticket_priorities_on_name` (`name`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `tickets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `priority_id` int(11) NOT NULL,
  `state_id` int(11) NOT NULL,
  `organization_id` int(11) DEFAULT NULL,
  `number` varchar(60) NOT NULL,
  `title` varchar(250) NOT NULL,
  `owner_id` int(11) NOT NULL,
  `customer_id` int(11) NOT NULL,
  `note` varchar(250) DEFAULT NULL,
  `first_response_at` datetime(3) DEFAULT NULL,
  `first_response_escalation_at` datetime(3) DEFAULT NULL,
  `first_response_in_min` int(11) DEFAULT NULL,
  `first_response_diff_in_min` int(11) DEFAULT NULL,
  `close_at` datetime(3) DEFAULT NULL,
  `close_escalation_at` datetime(3) DEFAULT NULL,
  `close_in_min` int(11) DEFAULT NULL,
  `close_diff_in_min` int(11) DEFAULT NULL,
  `update_escalation_at` datetime(3) DEFAULT NULL,
  `update_in_min` int(11) DEFAULT NULL,
  `update_diff_in_min` int(11) DEFAULT NULL,
  `last_contact_at` datetime(3) DEFAULT NULL,
  `last_contact_agent_at` datetime(3) DEFAULT NULL,
  `last_contact_customer_at` datetime(3) DEFAULT NULL,
  `last_owner_update_at` datetime(3) DEFAULT NULL,
  `create_article_type_id` int(11) DEFAULT NULL,
  `create_article_sender_id` int(11) DEFAULT NULL,
  `article_count` int(11) DEFAULT NULL,
  `escalation_at` datetime(3) DEFAULT NULL,
  `pending_time` datetime(3) DEFAULT NULL,
  `type` varchar(100) DEFAULT NULL,
  `time_unit` decimal(6,2) DEFAULT NULL,
  `preferences` mediumtext DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tickets_on_number` (`number`),
  FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`priority_id`) REFERENCES `ticket_priorities` (`id`),
  FOREIGN KEY (`state_id`) REFERENCES `ticket_states` (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `ticket_article_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `note` varchar(250) DEFAULT NULL,
  `communication` tinyint(1) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_ticket_article_types_on_name` (`name`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `ticket_article_senders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) NOT NULL,
  `note` varchar(250) DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_ticket_article_senders_on_name` (`name`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `ticket_articles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ticket_id` int(11) NOT NULL,
  `type_id` int(11) NOT NULL,
  `sender_id` int(11) NOT NULL,
  `from` varchar(3000) DEFAULT NULL,
  `to` varchar(3000) DEFAULT NULL,
  `cc` varchar(3000) DEFAULT NULL,
  `subject` varchar(3000) DEFAULT NULL,
  `reply_to` varchar(300) DEFAULT NULL,
  `message_id` varchar(3000) DEFAULT NULL,
  `message_id_md5` varchar(32) DEFAULT NULL,
  `in_reply_to` varchar(3000) DEFAULT NULL,
  `content_type` varchar(20) NOT NULL DEFAULT 'text/plain',
  `references` varchar(3200) DEFAULT NULL,
  `body` longtext NOT NULL,
  `internal` tinyint(1) NOT NULL DEFAULT '0',
  `preferences` mediumtext DEFAULT NULL,
  `updated_by_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `origin_by_id` int(11) DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`),
  FOREIGN KEY (`type_id`) REFERENCES `ticket_article_types` (`id`),
  FOREIGN KEY (`sender_id`) REFERENCES `ticket_article_senders` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`origin_by_id`) REFERENCES `users` (`id`)
) DEFAULT CHARSET=utf8mb3;

CREATE TABLE `ticket_time_accountings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ticket_id` int(11) NOT NULL,
  `ticket_article_id` int(11) DEFAULT NULL,
  `time_unit` decimal(6,2) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`),
  FOREIGN KEY (`ticket_article_id`) REFERENCES `ticket_articles` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `chat_sessions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `chat_id` int(11) NOT NULL,
  `session_id` varchar(255) NOT NULL,
  `name` varchar(250) DEFAULT NULL,
  `state` varchar(50) NOT NULL DEFAULT 'waiting',
  `user_id` int(11) DEFAULT NULL,
  `preferences` mediumtext DEFAULT NULL,
  `updated_by_id` int(11) DEFAULT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updated_by_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `chat_messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `chat_session_id` int(11) NOT NULL,
  `content` longtext NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `created_at` datetime(3) NOT NULL,
  `updated_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`chat_session_id`) REFERENCES `chat_sessions` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
);

