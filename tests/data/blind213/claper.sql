-- Claper: interactive presentations and audience participation — live polls, quizzes, forms, Q&A messages and
-- reactions on a presenter's slides, joined by attendees with an event code (anonymous or signed in), with OIDC
-- sign-in and LTI 1.3 integration into learning-management systems.
-- Upstream: github.com/ClaperCo/Claper, commit 983552772a8403ca7df818f61ec1bbec8aa2b048 (AGPL-3.0, LICENSE.txt).
-- Source: the 39 Ecto migrations of priv/repo/migrations/ (20211007130631_create_users_auth_tables.exs …
-- 20250102174720_add_allow_anonymous_to_quizzes.exs), replayed by hand in order as Ecto runs them on PostgreSQL
-- (Claper's database): create table(...) adds `id` bigserial primary key, timestamps() adds `inserted_at` and
-- `updated_at` (NOT NULL), references(...) a bigint column with a foreign key; columns added by later migrations
-- are appended, removed ones are gone (users.is_admin, stats.status, presentation_states.show_poll_results_enabled).
-- Migration 20241207195849 runs Oban.Migration.up(version: 12): the oban_jobs and oban_peers tables were written
-- from Oban's lib/oban/migrations/postgres/v01.ex … v12.ex (github.com/oban-bg/oban).
-- Ecto/PostgreSQL -> MySQL types: bigserial -> BIGINT AUTO_INCREMENT, references -> BIGINT, :string (varchar 255)
-- -> VARCHAR(255), :text/citext -> TEXT (VARCHAR(255) where keyed), :binary_id (uuid) -> CHAR(36), :binary (bytea)
-- -> VARBINARY(255) (keyed), :boolean -> TINYINT(1), :integer -> INT, :naive_datetime (timestamp(0)) -> DATETIME,
-- :utc_datetime_usec -> DATETIME(6), :map (jsonb) and arrays ({:array, :string}, jsonb[], text[]) -> JSON, the
-- oban_job_state enum type -> ENUM with its values. Defaults kept where MySQL takes them (gen_random_uuid() and
-- JSON/array defaults dropped). Primary keys, unique indexes (unique_index, including the redundant ones on `id`
-- of events and posts) and foreign keys with their on_delete actions kept; plain indexes left out. Ecto's own
-- schema_migrations table is left out; no application table is left out.

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `confirmed_at` DATETIME,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `hashed_password` VARCHAR(255) NOT NULL,
  `locale` VARCHAR(255),
  `is_randomized_password` TINYINT(1) DEFAULT 0,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_index` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `user_id` BIGINT,
  `token` VARBINARY(255) NOT NULL,
  `context` VARCHAR(255) NOT NULL,
  `sent_to` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_tokens_context_token_index` (`context`, `token`),
  CONSTRAINT `users_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `name` VARCHAR(255),
  `code` VARCHAR(255) NOT NULL,
  `user_id` BIGINT,
  `started_at` DATETIME NOT NULL,
  `expired_at` DATETIME,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `audience_peak` INT DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_id_index` (`id`),
  UNIQUE KEY `events_uuid_index` (`uuid`),
  CONSTRAINT `events_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `body` VARCHAR(255) NOT NULL,
  `like_count` INT DEFAULT 0,
  `love_count` INT DEFAULT 0,
  `lol_count` INT DEFAULT 0,
  `position` INT DEFAULT 0,
  `name` VARCHAR(255),
  `attendee_identifier` VARCHAR(255),
  `event_id` BIGINT,
  `user_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `pinned` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `posts_uuid_index` (`uuid`),
  UNIQUE KEY `posts_id_index` (`id`),
  CONSTRAINT `posts_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  CONSTRAINT `posts_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reactions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `icon` VARCHAR(255),
  `attendee_identifier` VARCHAR(255),
  `post_id` BIGINT,
  `user_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reactions_icon_post_id_user_id_index` (`icon`, `post_id`, `user_id`),
  UNIQUE KEY `reactions_icon_post_id_attendee_identifier_index` (`icon`, `post_id`, `attendee_identifier`),
  CONSTRAINT `reactions_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `reactions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `presentation_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `hash` VARCHAR(255),
  `length` INT,
  `status` VARCHAR(255) DEFAULT 'processing',
  `event_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `presentation_files_hash_event_id_index` (`hash`, `event_id`),
  CONSTRAINT `presentation_files_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `polls` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `position` INT DEFAULT 0,
  `presentation_file_id` BIGINT,
  `enabled` TINYINT(1) DEFAULT 1,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `multiple` TINYINT(1) DEFAULT 0,
  `show_results` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `polls_presentation_file_id_fkey` FOREIGN KEY (`presentation_file_id`) REFERENCES `presentation_files` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `poll_opts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content` VARCHAR(255) NOT NULL,
  `vote_count` INT DEFAULT 0,
  `poll_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `poll_opts_poll_id_fkey` FOREIGN KEY (`poll_id`) REFERENCES `polls` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_leaders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `event_id` BIGINT,
  `email` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity_leaders_event_id_email_index` (`event_id`, `email`),
  CONSTRAINT `activity_leaders_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `presentation_states` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `presentation_file_id` BIGINT,
  `position` INT DEFAULT 0,
  `chat_visible` TINYINT(1) DEFAULT 0,
  `poll_visible` TINYINT(1) DEFAULT 0,
  `join_screen_visible` TINYINT(1) DEFAULT 0,
  `banned` JSON,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `chat_enabled` TINYINT(1) DEFAULT 1,
  `anonymous_chat_enabled` TINYINT(1) DEFAULT 1,
  `show_only_pinned` TINYINT(1) DEFAULT 0,
  `message_reaction_enabled` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `presentation_states_presentation_file_id_fkey` FOREIGN KEY (`presentation_file_id`) REFERENCES `presentation_files` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `poll_votes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `attendee_identifier` VARCHAR(255),
  `poll_id` BIGINT,
  `poll_opt_id` BIGINT,
  `user_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `poll_votes_poll_id_fkey` FOREIGN KEY (`poll_id`) REFERENCES `polls` (`id`) ON DELETE CASCADE,
  CONSTRAINT `poll_votes_poll_opt_id_fkey` FOREIGN KEY (`poll_opt_id`) REFERENCES `poll_opts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `poll_votes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stats` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `event_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `attendee_identifier` VARCHAR(255),
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `stats_event_id_user_id_index` (`event_id`, `user_id`),
  UNIQUE KEY `stats_event_id_attendee_identifier_index` (`event_id`, `attendee_identifier`),
  CONSTRAINT `stats_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  CONSTRAINT `stats_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `position` INT DEFAULT 0,
  `enabled` TINYINT(1) DEFAULT 1,
  `presentation_file_id` BIGINT,
  `fields` JSON,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `forms_presentation_file_id_fkey` FOREIGN KEY (`presentation_file_id`) REFERENCES `presentation_files` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_submits` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `attendee_identifier` VARCHAR(255),
  `form_id` BIGINT,
  `user_id` BIGINT,
  `response` JSON,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `form_submits_form_id_fkey` FOREIGN KEY (`form_id`) REFERENCES `forms` (`id`) ON DELETE CASCADE,
  CONSTRAINT `form_submits_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `embeds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `position` INT DEFAULT 0,
  `enabled` TINYINT(1) DEFAULT 1,
  `attendee_visibility` TINYINT(1) DEFAULT 0,
  `presentation_file_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `provider` VARCHAR(255) DEFAULT 'custom',
  PRIMARY KEY (`id`),
  CONSTRAINT `embeds_presentation_file_id_fkey` FOREIGN KEY (`presentation_file_id`) REFERENCES `presentation_files` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_13_jwks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `pem` TEXT,
  `typ` VARCHAR(255),
  `alg` VARCHAR(255),
  `kid` VARCHAR(255),
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_13_registrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `issuer` VARCHAR(255),
  `client_id` VARCHAR(255),
  `key_set_url` VARCHAR(255),
  `auth_token_url` VARCHAR(255),
  `auth_login_url` VARCHAR(255),
  `auth_server` VARCHAR(255),
  `tool_jwk_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lti_13_registrations_client_id_index` (`client_id`),
  CONSTRAINT `lti_13_registrations_tool_jwk_id_fkey` FOREIGN KEY (`tool_jwk_id`) REFERENCES `lti_13_jwks` (`id`),
  CONSTRAINT `lti_13_registrations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_13_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `sub` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255),
  `email` VARCHAR(255) NOT NULL,
  `roles` JSON NOT NULL,
  `user_id` BIGINT NOT NULL,
  `registration_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lti_13_users_sub_registration_id_index` (`sub`, `registration_id`),
  CONSTRAINT `lti_13_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `lti_13_users_registration_id_fkey` FOREIGN KEY (`registration_id`) REFERENCES `lti_13_registrations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_13_nonces` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `value` VARCHAR(255),
  `domain` VARCHAR(255),
  `lti_user_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `value_domain_index` (`value`, `domain`),
  CONSTRAINT `lti_13_nonces_lti_user_id_fkey` FOREIGN KEY (`lti_user_id`) REFERENCES `lti_13_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_13_deployments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `deployment_id` INT,
  `registration_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lti_13_deployments_registration_id_fkey` FOREIGN KEY (`registration_id`) REFERENCES `lti_13_registrations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_13_resources` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `resource_id` INT,
  `event_id` BIGINT NOT NULL,
  `registration_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `line_items_url` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `lti_13_resources_resource_id_registration_id_index` (`resource_id`, `registration_id`),
  CONSTRAINT `lti_13_resources_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  CONSTRAINT `lti_13_resources_registration_id_fkey` FOREIGN KEY (`registration_id`) REFERENCES `lti_13_registrations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oidc_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `sub` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255),
  `email` VARCHAR(255),
  `issuer` VARCHAR(255) NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `id_token` TEXT,
  `refresh_token` TEXT,
  `access_token` TEXT,
  `expires_at` DATETIME,
  `photo_url` VARCHAR(255),
  `groups` JSON,
  `roles` VARCHAR(255),
  `organization` VARCHAR(255),
  `user_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `oidc_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quizzes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `position` INT DEFAULT 0,
  `presentation_file_id` BIGINT,
  `enabled` TINYINT(1) DEFAULT 0,
  `show_results` TINYINT(1) DEFAULT 0,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `lti_line_item_url` VARCHAR(255),
  `lti_resource_id` BIGINT,
  `allow_anonymous` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `quizzes_presentation_file_id_fkey` FOREIGN KEY (`presentation_file_id`) REFERENCES `presentation_files` (`id`) ON DELETE CASCADE,
  CONSTRAINT `quizzes_lti_resource_id_fkey` FOREIGN KEY (`lti_resource_id`) REFERENCES `lti_13_resources` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quiz_questions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content` VARCHAR(255),
  `type` VARCHAR(255) DEFAULT 'qcm',
  `quiz_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `quiz_questions_quiz_id_fkey` FOREIGN KEY (`quiz_id`) REFERENCES `quizzes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quiz_question_opts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content` VARCHAR(255),
  `is_correct` TINYINT(1) DEFAULT 0,
  `response_count` INT DEFAULT 0,
  `quiz_question_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `quiz_question_opts_quiz_question_id_fkey` FOREIGN KEY (`quiz_question_id`) REFERENCES `quiz_questions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quiz_responses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `attendee_identifier` VARCHAR(255),
  `quiz_id` BIGINT,
  `quiz_question_id` BIGINT,
  `quiz_question_opt_id` BIGINT,
  `user_id` BIGINT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `quiz_responses_quiz_id_fkey` FOREIGN KEY (`quiz_id`) REFERENCES `quizzes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `quiz_responses_quiz_question_id_fkey` FOREIGN KEY (`quiz_question_id`) REFERENCES `quiz_questions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `quiz_responses_quiz_question_opt_id_fkey` FOREIGN KEY (`quiz_question_opt_id`) REFERENCES `quiz_question_opts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `quiz_responses_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oban_jobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `state` ENUM('available','scheduled','executing','retryable','completed','discarded','cancelled') NOT NULL DEFAULT 'available',
  `queue` TEXT NOT NULL DEFAULT 'default',
  `worker` TEXT NOT NULL,
  `args` JSON NOT NULL,
  `errors` JSON NOT NULL,
  `attempt` INT NOT NULL DEFAULT 0,
  `max_attempts` INT NOT NULL DEFAULT 20,
  `inserted_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `scheduled_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `attempted_at` DATETIME(6),
  `completed_at` DATETIME(6),
  `attempted_by` JSON,
  `discarded_at` DATETIME(6),
  `priority` INT NOT NULL DEFAULT 0,
  `tags` JSON,
  `meta` JSON,
  `cancelled_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oban_peers` (
  `name` VARCHAR(255) NOT NULL,
  `node` TEXT NOT NULL,
  `started_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
