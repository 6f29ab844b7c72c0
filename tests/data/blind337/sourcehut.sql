-- SourceHut (sr.ht, the hosted and self-hostable software forge) -- four of its services in one MySQL schema.
-- Sources (AGPL-3.0), each service's PostgreSQL schema.sql, read from GitHub copies of git.sr.ht/~sircmpwn:
--   meta.sr.ht   (accounts, keys, OAuth, audit log, billing): github.com/artoj/meta.sr.ht
--                commit 8c90d8eedfd70e998bc584373f69f9de47eb2128 (2023-03-31), all 20 tables;
--   git.sr.ht    (repositories, access, artifacts, webhooks): github.com/sourcehut-mirrors/git.sr.ht
--                commit fea5610016aaaf3e06df3676ca64f77ac285ca23 (2026-06-08), 6 of 10 tables;
--   builds.sr.ht (CI jobs, tasks, secrets): github.com/jsoref/builds.sr.ht
--                commit 12bb3fd8a9e80d7f4341fa394138c5936fa547e6 (2023-10-24), 6 of 10 tables;
--   todo.sr.ht   (trackers, tickets, comments, events): github.com/jsoref/todo.sr.ht
--                commit 3f51bbe5ff765e01a06bf5f8cb5d6c4653812930 (2023-10-24), 15 of 25 tables.
-- Each service keeps its own database; here they share one schema. Left out because their names repeat in
-- several services: the per-service copies of "user" (git, builds, todo: a cache of the meta.sr.ht profile),
-- git.sr.ht's sshkey (repository deploy keys), and the per-service gql_user_wh_*, oauthtoken and legacy
-- *_webhook_* tables of git, builds and todo. Their foreign keys to "user"(id) point at meta.sr.ht's user.
-- PostgreSQL written as MySQL by a script: serial -> int AUTO_INCREMENT; timestamp without time zone -> datetime;
-- character varying(n) -> varchar(n) up to 1024, text or mediumtext above; character varying -> text;
-- bytea -> blob; uuid -> char(36); boolean -> tinyint(1); json -> json; enum types -> ENUM, enum arrays -> SET;
-- inline REFERENCES -> FOREIGN KEY clauses; CHECK constraints, indexes and the gen_uuidv7() defaults left out.

-- ---------------------------------------------------------------------------
-- meta.sr.ht
-- ---------------------------------------------------------------------------

CREATE TABLE `user` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `username` varchar(256) NOT NULL UNIQUE,
  `password` varchar(256) NOT NULL,
  `email` varchar(256) NOT NULL UNIQUE,
  `new_email` varchar(256),
  `user_type` text NOT NULL,
  `confirmation_hash` varchar(128),
  `url` varchar(256),
  `location` varchar(256),
  `bio` text,
  `pgp_key_id` int,
  `reset_hash` varchar(128),
  `reset_expiry` datetime,
  `stripe_customer` varchar(256),
  `payment_cents` int NOT NULL DEFAULT 0,
  `payment_interval` text DEFAULT 'monthly',
  `payment_due` datetime,
  `welcome_emails` int NOT NULL DEFAULT 0,
  `oauth_revocation_token` varchar(256),
  `suspension_notice` text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log_entry` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `user_id` int NOT NULL,
  `ip_address` varchar(50) NOT NULL,
  `event_type` varchar(256) NOT NULL,
  `details` varchar(512),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `cents` int NOT NULL,
  `user_id` int NOT NULL,
  `valid_thru` datetime NOT NULL,
  `source` varchar(256) NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pgpkey` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime,
  `user_id` int,
  `key` mediumtext NOT NULL,
  `fingerprint` blob NOT NULL UNIQUE,
  `expiration` datetime,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sshkey` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime,
  `user_id` int,
  `key` text NOT NULL,
  `fingerprint` varchar(512) NOT NULL UNIQUE,
  `comment` varchar(256),
  `last_used` datetime,
  `b64_key` text,
  `key_type` varchar(256),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_auth_factor` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` int NOT NULL UNIQUE,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `factor_type` text NOT NULL,
  `secret` blob,
  `extra` json,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_notes` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `user_id` int NOT NULL,
  `note` text,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reserved_usernames` (
  `username` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_client` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `owner_id` int NOT NULL,
  `client_uuid` char(36) NOT NULL,
  `client_secret_hash` varchar(128) NOT NULL,
  `client_secret_partial` varchar(8) NOT NULL,
  `redirect_url` text,
  `client_name` varchar(256) NOT NULL,
  `client_description` text,
  `client_url` text,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_grant` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `issued` datetime NOT NULL,
  `expires` datetime NOT NULL,
  `comment` text,
  `token_hash` varchar(128) NOT NULL,
  `user_id` int NOT NULL,
  `client_id` int,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`client_id`) REFERENCES `oauth2_client` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gql_profile_wh_sub` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `events` SET('PROFILE_UPDATE','PGP_KEY_ADDED','PGP_KEY_REMOVED','SSH_KEY_ADDED','SSH_KEY_REMOVED') NOT NULL,
  `url` text NOT NULL,
  `query` text NOT NULL,
  `auth_method` ENUM('OAUTH_LEGACY','OAUTH2','COOKIE','INTERNAL','WEBHOOK') NOT NULL,
  `token_hash` varchar(128),
  `grants` text,
  `client_id` char(36),
  `expires` datetime,
  `node_id` text,
  `user_id` int NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gql_profile_wh_delivery` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uuid` char(36) NOT NULL,
  `date` datetime NOT NULL,
  `event` ENUM('PROFILE_UPDATE','PGP_KEY_ADDED','PGP_KEY_REMOVED','SSH_KEY_ADDED','SSH_KEY_REMOVED') NOT NULL,
  `subscription_id` int NOT NULL,
  `request_body` text NOT NULL,
  `response_body` text,
  `response_headers` text,
  `response_status` int,
  FOREIGN KEY (`subscription_id`) REFERENCES `gql_profile_wh_sub` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauthclient` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `user_id` int,
  `client_name` varchar(256) NOT NULL,
  `client_id` varchar(16) NOT NULL,
  `client_secret_hash` varchar(128) NOT NULL,
  `client_secret_partial` varchar(8) NOT NULL,
  `redirect_uri` varchar(256),
  `preauthorized` tinyint(1) NOT NULL DEFAULT 0,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauthscope` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `client_id` int NOT NULL,
  `name` varchar(256) NOT NULL,
  `description` varchar(512) NOT NULL,
  `write` tinyint(1) NOT NULL,
  FOREIGN KEY (`client_id`) REFERENCES `oauthclient` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauthtoken` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `expires` datetime NOT NULL,
  `user_id` int,
  `client_id` int,
  `token_hash` varchar(128) NOT NULL,
  `token_partial` varchar(8) NOT NULL,
  `scopes` varchar(512) NOT NULL,
  `comment` varchar(128),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`client_id`) REFERENCES `oauthclient` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `revocationurl` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `token_id` int NOT NULL,
  `client_id` int NOT NULL,
  `url` text NOT NULL,
  FOREIGN KEY (`token_id`) REFERENCES `oauthtoken` (`id`),
  FOREIGN KEY (`client_id`) REFERENCES `oauthclient` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delegatedscope` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `client_id` int NOT NULL,
  `name` varchar(256) NOT NULL,
  `description` varchar(512) NOT NULL,
  `write` tinyint(1) NOT NULL,
  FOREIGN KEY (`client_id`) REFERENCES `oauthclient` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_webhook_subscription` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `url` text NOT NULL,
  `events` text NOT NULL,
  `user_id` int,
  `token_id` int,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`token_id`) REFERENCES `oauthtoken` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_webhook_delivery` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uuid` char(36) NOT NULL,
  `created` datetime NOT NULL,
  `event` varchar(256) NOT NULL,
  `url` text NOT NULL,
  `payload` mediumtext NOT NULL,
  `payload_headers` mediumtext NOT NULL,
  `response` mediumtext,
  `response_status` int NOT NULL,
  `response_headers` mediumtext,
  `subscription_id` int,
  FOREIGN KEY (`subscription_id`) REFERENCES `user_webhook_subscription` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_subscription` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `url` text NOT NULL,
  `events` text NOT NULL,
  `user_id` int,
  `client_id` int,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`client_id`) REFERENCES `oauthclient` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `user` ADD CONSTRAINT `user_pgp_key_id_fkey` FOREIGN KEY (`pgp_key_id`) REFERENCES `pgpkey` (`id`) ON DELETE SET NULL;

-- ---------------------------------------------------------------------------
-- git.sr.ht
-- ---------------------------------------------------------------------------

CREATE TABLE `repository` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `rid` char(36) NOT NULL UNIQUE,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `name` varchar(256) NOT NULL,
  `description` varchar(1024),
  `owner_id` int NOT NULL,
  `path` varchar(1024) NOT NULL UNIQUE,
  `visibility` ENUM('PUBLIC','PRIVATE','UNLISTED') NOT NULL,
  `readme` text,
  `clone_status` ENUM('NONE','IN_PROGRESS','COMPLETE','ERROR') NOT NULL,
  `clone_error` text,
  `indexed` tinyint(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `uq_repo_owner_id_name` (`owner_id`, `name`),
  FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `repo_id` int NOT NULL,
  `user_id` int NOT NULL,
  `mode` ENUM('RO','RW') NOT NULL,
  UNIQUE KEY `uq_access_user_id_repo_id` (`user_id`, `repo_id`),
  FOREIGN KEY (`repo_id`) REFERENCES `repository` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artifacts` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `user_id` int NOT NULL,
  `repo_id` int NOT NULL,
  `commit` text NOT NULL,
  `filename` text NOT NULL,
  `checksum` text NOT NULL,
  `size` int NOT NULL,
  UNIQUE KEY `repo_artifact_filename_unique` (`repo_id`, `filename`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`repo_id`) REFERENCES `repository` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `redirect` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `name` varchar(256) NOT NULL,
  `owner_id` int NOT NULL,
  `path` varchar(1024),
  `new_repo_id` int NOT NULL,
  FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`new_repo_id`) REFERENCES `repository` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gql_git_wh_sub` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `events` SET('REPO_CREATED','REPO_UPDATE','REPO_DELETED','GIT_PRE_RECEIVE','GIT_POST_RECEIVE') NOT NULL,
  `url` text NOT NULL,
  `query` text NOT NULL,
  `sync` tinyint(1) NOT NULL,
  `auth_method` ENUM('OAUTH_LEGACY','OAUTH2','COOKIE','INTERNAL','WEBHOOK') NOT NULL,
  `token_hash` varchar(128),
  `grants` text,
  `client_id` char(36),
  `expires` datetime,
  `node_id` text,
  `user_id` int NOT NULL,
  `repo_id` int NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`repo_id`) REFERENCES `repository` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gql_git_wh_delivery` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uuid` char(36) NOT NULL,
  `date` datetime NOT NULL,
  `event` ENUM('REPO_CREATED','REPO_UPDATE','REPO_DELETED','GIT_PRE_RECEIVE','GIT_POST_RECEIVE') NOT NULL,
  `subscription_id` int NOT NULL,
  `request_body` text NOT NULL,
  `response_body` text,
  `response_headers` text,
  `response_status` int,
  FOREIGN KEY (`subscription_id`) REFERENCES `gql_git_wh_sub` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ---------------------------------------------------------------------------
-- builds.sr.ht
-- ---------------------------------------------------------------------------

CREATE TABLE `secret` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` int NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `uuid` char(36) NOT NULL,
  `name` varchar(512),
  `from_user_id` int,
  `secret_type` text NOT NULL,
  `secret` blob NOT NULL,
  `path` varchar(512),
  `mode` int,
  UNIQUE KEY `secret_user_id_uuid_unique` (`user_id`, `uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`from_user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_group` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `owner_id` int NOT NULL,
  `note` text,
  FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `manifest` mediumtext NOT NULL,
  `owner_id` int NOT NULL,
  `job_group_id` int,
  `note` text,
  `tags` text,
  `runner` text,
  `status` text NOT NULL,
  `secrets` tinyint(1) NOT NULL DEFAULT 1,
  `image` varchar(128),
  `visibility` ENUM('PUBLIC','UNLISTED','PRIVATE') NOT NULL,
  FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`job_group_id`) REFERENCES `job_group` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artifact` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `job_id` int NOT NULL,
  `name` text NOT NULL,
  `path` text NOT NULL,
  `url` text NOT NULL,
  `size` int NOT NULL,
  FOREIGN KEY (`job_id`) REFERENCES `job` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `name` varchar(256) NOT NULL,
  `status` text NOT NULL,
  `job_id` int NOT NULL,
  FOREIGN KEY (`job_id`) REFERENCES `job` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trigger` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `details` text NOT NULL,
  `condition` text NOT NULL,
  `trigger_type` text NOT NULL,
  `job_id` int,
  `job_group_id` int,
  FOREIGN KEY (`job_id`) REFERENCES `job` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`job_group_id`) REFERENCES `job_group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ---------------------------------------------------------------------------
-- todo.sr.ht
-- ---------------------------------------------------------------------------

CREATE TABLE `participant` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `participant_type` text NOT NULL,
  `user_id` int UNIQUE,
  `email` text UNIQUE,
  `email_name` text,
  `external_id` text UNIQUE,
  `external_url` text,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tracker` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `owner_id` int NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `name` varchar(1024),
  `description` text,
  `default_access` int NOT NULL DEFAULT 7,
  `next_ticket_id` int NOT NULL DEFAULT 1,
  `import_in_progress` tinyint(1) NOT NULL DEFAULT 0,
  `visibility` ENUM('PUBLIC','UNLISTED','PRIVATE') NOT NULL,
  UNIQUE KEY `tracker_owner_id_name_unique` (`owner_id`, `name`),
  FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_access` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `tracker_id` int NOT NULL,
  `user_id` int NOT NULL,
  `permissions` int NOT NULL,
  `created` datetime NOT NULL,
  UNIQUE KEY `idx_useraccess_tracker_user_unique` (`tracker_id`, `user_id`),
  FOREIGN KEY (`tracker_id`) REFERENCES `tracker` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `tracker_id` int NOT NULL,
  `name` text NOT NULL,
  `color` text NOT NULL,
  `text_color` text NOT NULL,
  UNIQUE KEY `idx_tracker_name_unique` (`tracker_id`, `name`),
  FOREIGN KEY (`tracker_id`) REFERENCES `tracker` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `tracker_id` int NOT NULL,
  `dupe_of_id` int,
  `title` text NOT NULL,
  `description` mediumtext,
  `status` int NOT NULL DEFAULT 0,
  `resolution` int NOT NULL DEFAULT 0,
  `scoped_id` int NOT NULL,
  `submitter_id` int NOT NULL,
  `authenticity` int NOT NULL DEFAULT 0,
  `comment_count` int NOT NULL DEFAULT 0,
  UNIQUE KEY `uq_ticket_scoped_id_tracker_id` (`scoped_id`, `tracker_id`),
  UNIQUE KEY `uq_ticket_tracker_id_scoped_id` (`tracker_id`, `scoped_id`),
  FOREIGN KEY (`tracker_id`) REFERENCES `tracker` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`dupe_of_id`) REFERENCES `ticket` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`submitter_id`) REFERENCES `participant` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_assignee` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `ticket_id` int NOT NULL,
  `assignee_id` int NOT NULL,
  `assigner_id` int NOT NULL,
  UNIQUE KEY `idx_ticket_assignee_unique` (`ticket_id`, `assignee_id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `ticket` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`assignee_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`assigner_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_comment` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `ticket_id` int NOT NULL,
  `text` mediumtext,
  `submitter_id` int NOT NULL,
  `authenticity` int NOT NULL DEFAULT 0,
  `superceeded_by_id` int,
  FOREIGN KEY (`ticket_id`) REFERENCES `ticket` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`submitter_id`) REFERENCES `participant` (`id`),
  FOREIGN KEY (`superceeded_by_id`) REFERENCES `ticket_comment` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_label` (
  `ticket_id` int NOT NULL,
  `label_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`ticket_id`, `label_id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `ticket` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`label_id`) REFERENCES `label` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_subscription` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  `ticket_id` int,
  `tracker_id` int,
  `participant_id` int,
  UNIQUE KEY `subscription_ticket_participant_uq` (`ticket_id`, `participant_id`),
  UNIQUE KEY `subscription_tracker_participant_uq` (`tracker_id`, `participant_id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `ticket` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`tracker_id`) REFERENCES `tracker` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`participant_id`) REFERENCES `participant` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `event_type` int NOT NULL,
  `old_status` int,
  `old_resolution` int,
  `new_status` int,
  `new_resolution` int,
  `ticket_id` int,
  `comment_id` int,
  `label_id` int,
  `from_ticket_id` int,
  `participant_id` int,
  `by_participant_id` int,
  FOREIGN KEY (`ticket_id`) REFERENCES `ticket` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`comment_id`) REFERENCES `ticket_comment` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`label_id`) REFERENCES `label` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`from_ticket_id`) REFERENCES `ticket` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`participant_id`) REFERENCES `participant` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`by_participant_id`) REFERENCES `participant` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_notification` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `event_id` int NOT NULL,
  `user_id` int NOT NULL,
  FOREIGN KEY (`event_id`) REFERENCES `event` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gql_tracker_wh_sub` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `events` SET('TRACKER_UPDATE','TRACKER_DELETED','TICKET_CREATED','TICKET_UPDATE','LABEL_CREATED','LABEL_UPDATE','LABEL_DELETED','EVENT_CREATED','TICKET_DELETED') NOT NULL,
  `url` text NOT NULL,
  `query` text NOT NULL,
  `auth_method` ENUM('OAUTH_LEGACY','OAUTH2','COOKIE','INTERNAL','WEBHOOK') NOT NULL,
  `token_hash` varchar(128),
  `grants` text,
  `client_id` char(36),
  `expires` datetime,
  `node_id` text,
  `user_id` int NOT NULL,
  `tracker_id` int NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`tracker_id`) REFERENCES `tracker` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gql_tracker_wh_delivery` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uuid` char(36) NOT NULL,
  `date` datetime NOT NULL,
  `event` ENUM('TRACKER_UPDATE','TRACKER_DELETED','TICKET_CREATED','TICKET_UPDATE','LABEL_CREATED','LABEL_UPDATE','LABEL_DELETED','EVENT_CREATED','TICKET_DELETED') NOT NULL,
  `subscription_id` int NOT NULL,
  `request_body` text NOT NULL,
  `response_body` text,
  `response_headers` text,
  `response_status` int,
  FOREIGN KEY (`subscription_id`) REFERENCES `gql_tracker_wh_sub` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gql_ticket_wh_sub` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime NOT NULL,
  `events` SET('TICKET_UPDATE','EVENT_CREATED','TICKET_DELETED') NOT NULL,
  `url` text NOT NULL,
  `query` text NOT NULL,
  `auth_method` ENUM('OAUTH_LEGACY','OAUTH2','COOKIE','INTERNAL','WEBHOOK') NOT NULL,
  `token_hash` varchar(128),
  `grants` text,
  `client_id` char(36),
  `expires` datetime,
  `node_id` text,
  `user_id` int NOT NULL,
  `tracker_id` int NOT NULL,
  `ticket_id` int NOT NULL,
  `scoped_id` int NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`tracker_id`) REFERENCES `tracker` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`ticket_id`) REFERENCES `ticket` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gql_ticket_wh_delivery` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uuid` char(36) NOT NULL,
  `date` datetime NOT NULL,
  `event` ENUM('TICKET_UPDATE','EVENT_CREATED','TICKET_DELETED') NOT NULL,
  `subscription_id` int NOT NULL,
  `request_body` text NOT NULL,
  `response_body` text,
  `response_headers` text,
  `response_status` int,
  FOREIGN KEY (`subscription_id`) REFERENCES `gql_ticket_wh_sub` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
