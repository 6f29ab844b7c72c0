-- PredictionBook (predictionbook.com; TrikeApps / Bellroy), a site to record predictions with a confidence,
-- judge them when they come due and track one's calibration: users (Devise login, name, e-mail, time zone,
-- API token, sign-in tracking, confirmation, default visibility and group), predictions and their versions,
-- prediction groups, responses (a confidence and / or a comment on a prediction), judgements (right / wrong),
-- deadline and response notifications with one-time judging tokens, groups and members, tags (gutentag), the
-- calibration "credence game" (questions, answers, games, responses) and the legacy wagers table.
-- Upstream: github.com/bellroy/predictionbook, commit 23c83dab7af5312494f215e7118b0f433352d0fd (BSD, as stated
-- in README.md "License"; no LICENSE file). Rails on PostgreSQL: db/schema.rb (version 2021_12_05_182329)
-- was written as PostgreSQL DDL by a small script (create_table with its id option, every t.<type> column in
-- the file's order, unique t.index, add_foreign_key), loaded into a scratch PostgreSQL 15 database and read
-- back from its catalog. Written as MySQL / MariaDB: serial / bigserial -> int / bigint AUTO_INCREMENT,
-- string (no limit) -> varchar(255) (Rails' MySQL string), string limit: n -> varchar(n), text -> text,
-- datetime -> datetime(6), boolean -> tinyint(1), float -> double; literal defaults kept. Primary keys, the
-- unique indexes and the five foreign keys are upstream's; plain indexes are left out. All 16 tables are kept
-- (the whole schema; Rails' schema_migrations and ar_internal_metadata are not part of schema.rb).

CREATE TABLE `credence_answers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `credence_question_id` int,
  `text` text,
  `value` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `rank` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credence_game_responses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `credence_question_id` int,
  `first_answer_id` int,
  `second_answer_id` int,
  `correct_index` int,
  `credence_game_id` int,
  `asked_at` datetime(6),
  `answered_at` datetime(6),
  `answer_credence` int,
  `given_answer` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credence_games` (
  `id` int NOT NULL AUTO_INCREMENT,
  `current_response_id` int,
  `score` int NOT NULL DEFAULT 0,
  `user_id` int,
  `num_answered` int NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_credence_games_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credence_questions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `enabled` tinyint(1),
  `text` varchar(255),
  `prefix` varchar(255),
  `suffix` varchar(255),
  `question_type` varchar(255),
  `adjacent_within` int,
  `weight` double,
  `text_id` varchar(50),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_credence_questions_on_text_id` (`text_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `login` varchar(255),
  `name` varchar(255),
  `email` varchar(255),
  `crypted_password` varchar(40),
  `salt` varchar(40),
  `remember_token` varchar(40),
  `remember_token_expires_at` datetime(6),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `timezone` varchar(255),
  `admin` tinyint(1) NOT NULL DEFAULT 0,
  `api_token` varchar(255),
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime(6),
  `remember_created_at` datetime(6),
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime(6),
  `last_sign_in_at` datetime(6),
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `visibility_default` int NOT NULL DEFAULT 0,
  `group_default_id` int,
  `confirmation_token` varchar(255),
  `unconfirmed_email` varchar(255),
  `confirmed_at` datetime(6),
  `confirmation_sent_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_login` (`login`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  CONSTRAINT `users_group_default_id_fkey` FOREIGN KEY (`group_default_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int,
  `user_id` int,
  `role` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `uuid` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `group_members_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `group_members_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gutentag_taggings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tag_id` int NOT NULL,
  `taggable_id` int NOT NULL,
  `taggable_type` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_taggings` (`taggable_type`, `taggable_id`, `tag_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gutentag_tags` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `taggings_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_gutentag_tags_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `judgements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `prediction_id` int,
  `user_id` int,
  `outcome` tinyint(1),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `prediction_id` int,
  `user_id` int,
  `sent` tinyint(1) DEFAULT 0,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `enabled` tinyint(1) DEFAULT 1,
  `uuid` varchar(255),
  `token_used` tinyint(1) DEFAULT 0,
  `type` varchar(255),
  `new_activity` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prediction_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `description` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prediction_versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `prediction_id` int,
  `version` int,
  `description` varchar(255),
  `deadline` datetime(6),
  `creator_id` int,
  `uuid` varchar(255),
  `withdrawn` tinyint(1) DEFAULT 0,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `visibility` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `predictions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `description` varchar(255),
  `deadline` datetime(6),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `creator_id` int,
  `uuid` varchar(255),
  `withdrawn` tinyint(1) DEFAULT 0,
  `version` int DEFAULT 1,
  `visibility` int NOT NULL DEFAULT 0,
  `group_id` int,
  `prediction_group_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_predictions_on_uuid` (`uuid`),
  CONSTRAINT `predictions_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `predictions_prediction_group_id_fkey` FOREIGN KEY (`prediction_group_id`) REFERENCES `prediction_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `responses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `prediction_id` int,
  `confidence` int,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  `comment` varchar(255),
  `user_id` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wagers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `prediction_id` int,
  `name` varchar(255),
  `confidence` int,
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
