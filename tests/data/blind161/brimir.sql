-- Brimir (ivaldi/brimir, db/schema.rb version 20181011140158, commit 35ead7a12471c8f1d1881c7c5ebdb00587198691, AGPL-3.0)
-- Rails 5.1 schema written as MySQL DDL: integer INT(11), string VARCHAR(255), text LONGTEXT / TEXT, datetime DATETIME,
-- boolean TINYINT(1); id INT(11) AUTO_INCREMENT; indexes as schema.rb; foreign keys from db/migrate/20160513100633_add_foreign_keys.rb.

CREATE TABLE `email_addresses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) DEFAULT NULL,
  `default` tinyint(1) DEFAULT 0,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `verification_token` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `message` text DEFAULT NULL,
  `kind` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `draft` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `start` datetime DEFAULT NULL,
  `end` datetime DEFAULT NULL,
  `monday` tinyint(1) NOT NULL DEFAULT 1,
  `tuesday` tinyint(1) NOT NULL DEFAULT 1,
  `wednesday` tinyint(1) NOT NULL DEFAULT 1,
  `thursday` tinyint(1) NOT NULL DEFAULT 1,
  `friday` tinyint(1) NOT NULL DEFAULT 1,
  `saturday` tinyint(1) NOT NULL DEFAULT 0,
  `sunday` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255) DEFAULT NULL,
  `reset_password_sent_at` datetime DEFAULT NULL,
  `remember_created_at` datetime DEFAULT NULL,
  `sign_in_count` int(11) DEFAULT 0,
  `current_sign_in_at` datetime DEFAULT NULL,
  `last_sign_in_at` datetime DEFAULT NULL,
  `current_sign_in_ip` varchar(255) DEFAULT NULL,
  `last_sign_in_ip` varchar(255) DEFAULT NULL,
  `agent` tinyint(1) NOT NULL DEFAULT 0,
  `signature` text DEFAULT NULL,
  `notify` tinyint(1) DEFAULT 1,
  `authentication_token` varchar(255) DEFAULT NULL,
  `time_zone` varchar(255) DEFAULT NULL,
  `per_page` int(11) NOT NULL DEFAULT 30,
  `locale` varchar(255) DEFAULT NULL,
  `prefer_plain_text` tinyint(1) NOT NULL DEFAULT 0,
  `include_quote_in_reply` tinyint(1) NOT NULL DEFAULT 1,
  `name` varchar(255) DEFAULT NULL,
  `schedule_id` int(11) DEFAULT NULL,
  `schedule_enabled` tinyint(1) DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  KEY `index_users_on_schedule_id` (`schedule_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `uid` varchar(255) DEFAULT NULL,
  `provider` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_identities_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_identities_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `color` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labelings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label_id` int(11) DEFAULT NULL,
  `labelable_type` varchar(255) DEFAULT NULL,
  `labelable_id` int(11) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_labeling_label` (`label_id`,`labelable_id`,`labelable_type`),
  KEY `index_labelings_on_label_id` (`label_id`),
  KEY `index_labelings_on_labelable_type_and_labelable_id` (`labelable_type`,`labelable_id`),
  CONSTRAINT `fk_rails_labelings_label_id` FOREIGN KEY (`label_id`) REFERENCES `labels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenants` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(255) DEFAULT NULL,
  `from` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `default_time_zone` varchar(255) DEFAULT 'Amsterdam',
  `ignore_user_agent_locale` tinyint(1) NOT NULL DEFAULT 0,
  `default_locale` varchar(255) DEFAULT 'en',
  `share_drafts` tinyint(1) DEFAULT 0,
  `first_reply_ignores_notified_agents` tinyint(1) NOT NULL DEFAULT 0,
  `notify_client_when_ticket_is_assigned_or_closed` tinyint(1) NOT NULL DEFAULT 0,
  `notify_user_when_account_is_created` tinyint(1) DEFAULT 0,
  `notify_client_when_ticket_is_created` tinyint(1) DEFAULT 0,
  `email_template_id` int(11) DEFAULT NULL,
  `ticket_creation_is_open_to_the_world` tinyint(1) DEFAULT 1,
  `stylesheet_url` varchar(255) DEFAULT NULL,
  `javascript_url` varchar(255) DEFAULT NULL,
  `ask_for_name` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tenants_on_domain` (`domain`),
  KEY `index_tenants_on_email_template_id` (`email_template_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subject` varchar(255) DEFAULT NULL,
  `content` longtext DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `assignee_id` int(11) DEFAULT NULL,
  `message_id` varchar(255) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `content_type` varchar(255) DEFAULT 'html',
  `status` int(11) NOT NULL DEFAULT 0,
  `priority` int(11) NOT NULL DEFAULT 0,
  `to_email_address_id` int(11) DEFAULT NULL,
  `locked_by_id` int(11) DEFAULT NULL,
  `locked_at` datetime DEFAULT NULL,
  `raw_message_file_name` varchar(255) DEFAULT NULL,
  `raw_message_content_type` varchar(255) DEFAULT NULL,
  `raw_message_file_size` int(11) DEFAULT NULL,
  `raw_message_updated_at` datetime DEFAULT NULL,
  `orig_to` varchar(255) DEFAULT NULL,
  `orig_cc` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_tickets_on_assignee_id` (`assignee_id`),
  KEY `index_tickets_on_locked_by_id` (`locked_by_id`),
  KEY `index_tickets_on_message_id` (`message_id`),
  KEY `index_tickets_on_priority` (`priority`),
  KEY `index_tickets_on_status` (`status`),
  KEY `index_tickets_on_to_email_address_id` (`to_email_address_id`),
  KEY `index_tickets_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_tickets_assignee_id` FOREIGN KEY (`assignee_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_tickets_locked_by_id` FOREIGN KEY (`locked_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_tickets_to_email_address_id` FOREIGN KEY (`to_email_address_id`) REFERENCES `email_addresses` (`id`),
  CONSTRAINT `fk_rails_tickets_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `replies` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `content` longtext DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `ticket_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `message_id` varchar(255) DEFAULT NULL,
  `content_type` varchar(255) DEFAULT 'html',
  `draft` tinyint(1) NOT NULL DEFAULT 0,
  `raw_message_file_name` varchar(255) DEFAULT NULL,
  `raw_message_content_type` varchar(255) DEFAULT NULL,
  `raw_message_file_size` int(11) DEFAULT NULL,
  `raw_message_updated_at` datetime DEFAULT NULL,
  `internal` tinyint(1) NOT NULL DEFAULT 0,
  `type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_replies_on_message_id` (`message_id`),
  KEY `index_replies_on_ticket_id` (`ticket_id`),
  KEY `index_replies_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_replies_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`),
  CONSTRAINT `fk_rails_replies_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `attachable_id` int(11) DEFAULT NULL,
  `attachable_type` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `file_file_name` varchar(255) DEFAULT NULL,
  `file_content_type` varchar(255) DEFAULT NULL,
  `file_file_size` int(11) DEFAULT NULL,
  `file_updated_at` datetime DEFAULT NULL,
  `content_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_attachments_on_attachable_id` (`attachable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `notifiable_type` varchar(255) DEFAULT NULL,
  `notifiable_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_notification` (`notifiable_id`,`notifiable_type`,`user_id`),
  KEY `index_notifications_on_notifiable_type_and_notifiable_id` (`notifiable_type`,`notifiable_id`),
  KEY `index_notifications_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_notifications_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `filter_field` varchar(255) DEFAULT NULL,
  `filter_operation` int(11) NOT NULL DEFAULT 0,
  `filter_value` varchar(255) DEFAULT NULL,
  `action_operation` int(11) NOT NULL DEFAULT 0,
  `action_value` varchar(255) DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_changes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ticket_id` int(11) DEFAULT NULL,
  `status` int(11) NOT NULL DEFAULT 0,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_status_changes_on_ticket_id` (`ticket_id`),
  CONSTRAINT `fk_rails_status_changes_ticket_id` FOREIGN KEY (`ticket_id`) REFERENCES `tickets` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets_users` (
  `ticket_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
