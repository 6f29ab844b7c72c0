-- Libredesk: MySQL/MariaDB rendering of the PostgreSQL schema
-- Upstream: github.com/abhinavxd/libredesk schema.sql, commit 948ffd8cda71fe4fae820a4da7f17db745d15c09 (AGPL-3.0)
-- All 45 tables of schema.sql, columns in upstream order. Types mapped: SERIAL/BIGSERIAL -> INT/BIGINT AUTO_INCREMENT,
-- TIMESTAMPTZ -> DATETIME, UUID -> CHAR(36), JSONB and TEXT[]/enum arrays -> JSON, BOOL -> TINYINT(1), INET -> VARCHAR(45),
-- BYTEA -> LONGBLOB, PostgreSQL enum types -> ENUM(...). CHECK constraints, partial/GIN indexes, the reference-number
-- sequence default and gen_random_uuid() defaults are left out. Foreign keys kept except five whose column width differs
-- from the referenced key (PostgreSQL allows it, MariaDB does not): user_roles.user_id, activity_logs.actor_id (INT ->
-- users.id BIGINT), macros.team_id, team_members.team_id, views.team_id (BIGINT -> teams.id INT).

CREATE TABLE `sla_policies` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `first_response_time` TEXT NOT NULL,
  `resolution_time` TEXT NOT NULL,
  `next_response_time` TEXT,
  `notifications` JSON NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `business_hours` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `is_always_open` TINYINT(1) NOT NULL DEFAULT 0,
  `hours` JSON NOT NULL,
  `holidays` JSON NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inboxes` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `uuid` CHAR(36) NOT NULL UNIQUE,
  `name` TEXT NOT NULL,
  `deleted_at` DATETIME,
  `channel` ENUM('email','livechat') NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `csat_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `prompt_tags_on_reply` TINYINT(1) NOT NULL DEFAULT 0,
  `config` JSON NOT NULL,
  `from` TEXT,
  `from_name_template` TEXT NOT NULL,
  `secret` TEXT,
  `linked_email_inbox_id` INT,
  FOREIGN KEY (`linked_email_inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `emoji` TEXT,
  `conversation_assignment_type` ENUM('Round robin','Manual') NOT NULL,
  `max_auto_assigned_conversations` INT NOT NULL DEFAULT 0,
  `business_hours_id` INT,
  `sla_policy_id` INT,
  `timezone` TEXT,
  FOREIGN KEY (`business_hours_id`) REFERENCES `business_hours` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`sla_policy_id`) REFERENCES `sla_policies` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  UNIQUE KEY `constraint_teams_on_name_unique` (`name`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `permissions` JSON NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  UNIQUE KEY `roles_name_key` (`name`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `type` ENUM('agent','contact','visitor','ai_assistant') NOT NULL,
  `deleted_at` DATETIME,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `email` TEXT,
  `first_name` TEXT NOT NULL,
  `last_name` TEXT,
  `phone_number_country_code` TEXT,
  `phone_number` TEXT,
  `country` TEXT,
  `password` VARCHAR(150),
  `avatar_url` TEXT,
  `custom_attributes` JSON NOT NULL,
  `external_user_id` TEXT,
  `reset_password_token` TEXT,
  `reset_password_token_expiry` DATETIME,
  `availability_status` ENUM('online','away','away_manual','offline','away_and_reassigning') NOT NULL DEFAULT 'offline',
  `last_active_at` DATETIME,
  `last_login_at` DATETIME,
  `api_key` TEXT,
  `api_secret` TEXT,
  `api_key_last_used_at` DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_roles` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `user_id` INT NOT NULL,
  `role_id` INT NOT NULL,
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  UNIQUE KEY `constraint_user_roles_on_user_id_and_role_id_unique` (`user_id`, `role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_statuses` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `category` ENUM('open','waiting','resolved') NOT NULL DEFAULT 'open',
  UNIQUE KEY `conversation_statuses_name_key` (`name`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_priorities` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  UNIQUE KEY `conversation_priorities_name_key` (`name`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `uuid` CHAR(36) NOT NULL UNIQUE,
  `reference_number` TEXT NOT NULL,
  `contact_id` BIGINT NOT NULL,
  `assigned_user_id` BIGINT,
  `assigned_team_id` INT,
  `sla_policy_id` INT,
  `inbox_id` INT NOT NULL,
  `status_id` INT NOT NULL,
  `priority_id` INT,
  `meta` JSON NOT NULL,
  `custom_attributes` JSON NOT NULL,
  `contact_last_seen_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `first_reply_at` DATETIME,
  `last_reply_at` DATETIME,
  `closed_at` DATETIME,
  `resolved_at` DATETIME,
  `subject` TEXT,
  `waiting_since` DATETIME,
  `last_message_at` DATETIME,
  `last_message` TEXT,
  `last_message_sender` ENUM('agent','contact'),
  `last_message_sender_id` BIGINT,
  `last_interaction` TEXT,
  `last_interaction_sender` ENUM('agent','contact'),
  `last_interaction_sender_id` BIGINT,
  `last_interaction_at` DATETIME,
  `next_sla_deadline_at` DATETIME,
  `snoozed_until` DATETIME,
  `last_continuity_email_sent_at` DATETIME,
  UNIQUE KEY `conversations_reference_number_key` (`reference_number`(255)),
  FOREIGN KEY (`contact_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`assigned_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`assigned_team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`sla_policy_id`) REFERENCES `sla_policies` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`status_id`) REFERENCES `conversation_statuses` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`priority_id`) REFERENCES `conversation_priorities` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`last_message_sender_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`last_interaction_sender_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `uuid` CHAR(36) NOT NULL UNIQUE,
  `type` ENUM('incoming','outgoing','activity') NOT NULL,
  `status` ENUM('received','sent','failed','pending') NOT NULL,
  `private` TINYINT(1) NOT NULL DEFAULT 0,
  `conversation_id` BIGINT NOT NULL,
  `content_type` ENUM('text','html'),
  `content` TEXT,
  `text_content` TEXT,
  `source_id` TEXT,
  `sender_id` BIGINT NOT NULL,
  `sender_type` ENUM('agent','contact') NOT NULL,
  `meta` JSON,
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`sender_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `automation_rules` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `type` VARCHAR(255) NOT NULL,
  `rules` JSON,
  `events` JSON NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `weight` INT NOT NULL DEFAULT 0,
  `execution_mode` ENUM('all','first_match') NOT NULL DEFAULT 'all'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_drafts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `conversation_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `type` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `meta` JSON NOT NULL,
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `macros` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `actions` JSON NOT NULL,
  `visibility` ENUM('all','team','user') NOT NULL,
  `visible_when` JSON NOT NULL,
  `message_content` TEXT NOT NULL,
  `user_id` BIGINT,
  `team_id` BIGINT,
  `usage_count` INT NOT NULL DEFAULT 0,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_participants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `user_id` BIGINT NOT NULL,
  `conversation_id` BIGINT NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_mentions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `conversation_id` BIGINT NOT NULL,
  `message_id` BIGINT NOT NULL,
  `mentioned_user_id` BIGINT,
  `mentioned_team_id` INT,
  `mentioned_by_user_id` BIGINT NOT NULL,
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`message_id`) REFERENCES `conversation_messages` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`mentioned_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`mentioned_team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`mentioned_by_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_last_seen` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `user_id` BIGINT NOT NULL,
  `conversation_id` BIGINT NOT NULL,
  `last_seen_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `uuid` CHAR(36) NOT NULL UNIQUE,
  `store` ENUM('s3','fs') NOT NULL,
  `filename` TEXT NOT NULL,
  `content_type` TEXT NOT NULL,
  `content_id` TEXT,
  `model_id` INT,
  `model_type` TEXT,
  `disposition` ENUM('inline','attachment'),
  `size` INT,
  `meta` JSON NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oidc` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT,
  `provider_url` TEXT NOT NULL,
  `client_id` TEXT NOT NULL,
  `client_secret` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `provider` VARCHAR(255),
  `logo_url` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `key` TEXT NOT NULL,
  `value` JSON NOT NULL,
  UNIQUE KEY `settings_key_key` (`key`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  UNIQUE KEY `tags_name_key` (`name`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_members` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `team_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `emoji` TEXT,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `type` ENUM('email_outgoing','email_notification') NOT NULL,
  `body` TEXT NOT NULL,
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  `name` TEXT NOT NULL,
  `subject` TEXT,
  `is_builtin` TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_tags` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `tag_id` INT,
  `conversation_id` BIGINT,
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `csat_responses` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `uuid` CHAR(36) NOT NULL UNIQUE,
  `conversation_id` BIGINT NOT NULL,
  `rating` INT NOT NULL DEFAULT 0,
  `feedback` TEXT,
  `meta` JSON NOT NULL,
  `response_timestamp` DATETIME,
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `views` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `filters` JSON NOT NULL,
  `visibility` ENUM('all','team','user') NOT NULL DEFAULT 'user',
  `user_id` BIGINT,
  `team_id` BIGINT,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applied_slas` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `status` ENUM('pending','breached','met','partially_met') NOT NULL DEFAULT 'pending',
  `conversation_id` BIGINT NOT NULL,
  `sla_policy_id` INT NOT NULL,
  `first_response_deadline_at` DATETIME,
  `resolution_deadline_at` DATETIME,
  `first_response_breached_at` DATETIME,
  `resolution_breached_at` DATETIME,
  `first_response_met_at` DATETIME,
  `resolution_met_at` DATETIME,
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`sla_policy_id`) REFERENCES `sla_policies` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sla_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `status` ENUM('pending','breached','met') NOT NULL DEFAULT 'pending',
  `applied_sla_id` BIGINT NOT NULL,
  `sla_policy_id` INT NOT NULL,
  `type` ENUM('first_response','resolution','next_response') NOT NULL,
  `deadline_at` DATETIME NOT NULL,
  `met_at` DATETIME,
  `breached_at` DATETIME,
  FOREIGN KEY (`applied_sla_id`) REFERENCES `applied_slas` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`sla_policy_id`) REFERENCES `sla_policies` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduled_sla_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `applied_sla_id` BIGINT NOT NULL,
  `sla_event_id` BIGINT,
  `metric` ENUM('first_response','resolution','next_response') NOT NULL,
  `notification_type` ENUM('warning','breach') NOT NULL,
  `recipients` JSON NOT NULL,
  `send_at` DATETIME NOT NULL,
  `processed_at` DATETIME,
  FOREIGN KEY (`applied_sla_id`) REFERENCES `applied_slas` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`sla_event_id`) REFERENCES `sla_events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_providers` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `provider` ENUM('openai') NOT NULL,
  `type` TEXT NOT NULL,
  `config` JSON NOT NULL,
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `ai_providers_name_key` (`name`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_prompts` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `title` TEXT NOT NULL,
  `key` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  UNIQUE KEY `ai_prompts_key_key` (`key`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_knowledge_base` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `type` ENUM('snippet') NOT NULL DEFAULT 'snippet',
  `title` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `source` TEXT NOT NULL,
  `source_url` TEXT NOT NULL,
  `embedded_fingerprint` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `embeddings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `source_type` TEXT NOT NULL,
  `source_id` BIGINT NOT NULL,
  `chunk_text` TEXT NOT NULL,
  `embedding` LONGBLOB,
  `dimensions` INT NOT NULL DEFAULT 0,
  `meta` JSON NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_tools` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `method` TEXT NOT NULL,
  `auth` JSON NOT NULL,
  `parameters` JSON NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `requires_verification` TINYINT(1) NOT NULL DEFAULT 1,
  UNIQUE KEY `ai_tools_name_key` (`name`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_assistants` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `user_id` BIGINT NOT NULL UNIQUE,
  `description` TEXT NOT NULL,
  `instructions` TEXT NOT NULL,
  `guardrails` TEXT NOT NULL,
  `expectation` TEXT NOT NULL,
  `tone` TEXT NOT NULL,
  `response_length` TEXT NOT NULL,
  `max_turns` INT NOT NULL DEFAULT 6,
  `fallback_team_id` INT,
  `handoff_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `languages` JSON NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`fallback_team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_assistant_tools` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `assistant_id` INT NOT NULL,
  `tool_id` INT NOT NULL,
  FOREIGN KEY (`assistant_id`) REFERENCES `ai_assistants` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`tool_id`) REFERENCES `ai_tools` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_agent_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `assistant_id` INT NOT NULL,
  `conversation_id` BIGINT NOT NULL,
  `type` TEXT NOT NULL,
  FOREIGN KEY (`assistant_id`) REFERENCES `ai_assistants` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `copilot_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `conversation_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `role` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_faq_suggestions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `conversation_id` BIGINT NOT NULL,
  `question` TEXT NOT NULL,
  `answer` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  `reviewed_by_id` BIGINT,
  `reviewed_at` DATETIME,
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`reviewed_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_attribute_definitions` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `applies_to` TEXT NOT NULL,
  `key` TEXT NOT NULL,
  `values` JSON NOT NULL,
  `data_type` TEXT NOT NULL,
  `regex` TEXT,
  `regex_hint` TEXT,
  UNIQUE KEY `constraint_custom_attribute_definitions_key_applies_to_unique` (`key`(255), `applies_to`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_notes` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `contact_id` BIGINT NOT NULL,
  `note` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  FOREIGN KEY (`contact_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `activity_type` ENUM('agent_login','agent_logout','agent_away','agent_away_reassigned','agent_online','agent_password_set','agent_role_permissions_changed') NOT NULL,
  `activity_description` TEXT NOT NULL,
  `actor_id` INT NOT NULL,
  `target_model_type` TEXT NOT NULL,
  `target_model_id` BIGINT NOT NULL,
  `ip` VARCHAR(45)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `events` JSON NOT NULL,
  `secret` TEXT,
  `is_active` TINYINT(1) DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `context_links` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name` TEXT NOT NULL,
  `url_template` TEXT NOT NULL,
  `signing_secret` TEXT NOT NULL,
  `token_expiry_seconds` INT NOT NULL DEFAULT 1200,
  `is_active` TINYINT(1) DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_notifications` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `user_id` BIGINT NOT NULL,
  `notification_type` ENUM('mention','assignment','sla_warning','sla_breach') NOT NULL,
  `title` TEXT NOT NULL,
  `body` TEXT,
  `is_read` TINYINT(1) NOT NULL DEFAULT 0,
  `conversation_id` BIGINT,
  `message_id` BIGINT,
  `actor_id` BIGINT,
  `meta` JSON NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`message_id`) REFERENCES `conversation_messages` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

