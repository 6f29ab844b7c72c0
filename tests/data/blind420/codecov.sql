-- Codecov (self-hosted / Codecov API and worker; Sentry; Django on PostgreSQL)
-- Source: github.com/codecov/umbrella (the monorepo of codecov-api, worker and shared), commit
--   a8ec2db6eb3a91cd98d6f454ca2a5b60bb179743, libs/shared/shared/django_apps: the legacy SQL migrations
--   (legacy_migrations app: owners, repos, commits, pulls, branches, sessions ...) and the Django migrations of
--   codecov_auth, core, reports, compare, labelanalysis, staticanalysis, test_analytics, upload_breadcrumbs,
--   user_measurements, codecov_metrics and rollouts (LICENSE.md: FSL-1.1-Apache-2.0, the Functional Source
--   License with Apache-2.0 as future licence; source-available). All 343 migrations were applied by the project's own `manage.py migrate` (settings_test,
--   RUN_ENV=DEV, TimescaleDB apps disabled) on PostgreSQL 15, and 41 tables written as MySQL from the catalogue:
--   integer/bigint/smallint kept, serial/identity -> AUTO_INCREMENT, varchar(n) -> VARCHAR(n), text/citext -> TEXT
--   (VARCHAR(255) in keys), boolean -> TINYINT(1), timestamp[tz] -> DATETIME(6), jsonb and arrays -> JSON,
--   uuid -> CHAR(36), bytea -> LONGBLOB, numeric(p,s) -> DECIMAL(p,s), PostgreSQL enums -> ENUM with their labels;
--   literal defaults, primary keys, unique constraints and unique indexes, foreign keys between kept tables with
--   their ON DELETE action. `pulls`.`id` (bigserial with no key upstream) got a plain KEY so MySQL accepts
--   AUTO_INCREMENT. Left out: function defaults, partial and expression indexes, plain indexes, triggers.

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `email` TEXT,
  `name` TEXT,
  `is_staff` TINYINT(1),
  `is_superuser` TINYINT(1),
  `terms_agreement` TINYINT(1),
  `terms_agreement_at` DATETIME(6),
  `customer_intent` TEXT,
  `email_opt_in` TINYINT(1) NOT NULL,
  `staff_role` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_external_id_key` (`external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_tier` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `tier_name` VARCHAR(255) NOT NULL,
  `bundle_analysis` TINYINT(1) NOT NULL,
  `test_analytics` TINYINT(1) NOT NULL,
  `flaky_test_detection` TINYINT(1) NOT NULL,
  `project_coverage` TINYINT(1) NOT NULL,
  `private_repo_support` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_tier_tier_name_key` (`tier_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_plan` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `base_unit_price` INT NOT NULL,
  `benefits` JSON NOT NULL,
  `billing_rate` TEXT,
  `is_active` TINYINT(1) NOT NULL,
  `marketing_name` VARCHAR(255) NOT NULL,
  `max_seats` INT,
  `monthly_uploads_limit` INT,
  `paid_plan` TINYINT(1) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `tier_id` BIGINT NOT NULL,
  `stripe_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_plan_name_key` (`name`),
  CONSTRAINT `codecov_auth_plan_tier_id_7847a9eb_fk_codecov_auth_tier_id` FOREIGN KEY (`tier_id`) REFERENCES `codecov_auth_tier` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_account` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `plan` VARCHAR(50) NOT NULL,
  `plan_seat_count` SMALLINT NOT NULL,
  `free_seat_count` SMALLINT NOT NULL,
  `plan_auto_activate` TINYINT(1) NOT NULL,
  `is_delinquent` TINYINT(1) NOT NULL,
  `sentry_org_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_account_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `owners` (
  `ownerid` INT NOT NULL AUTO_INCREMENT,
  `service` ENUM('github','bitbucket','gitlab','github_enterprise','gitlab_enterprise','bitbucket_server','to_be_deleted') NOT NULL,
  `username` VARCHAR(255),
  `email` TEXT,
  `name` TEXT,
  `oauth_token` TEXT,
  `stripe_customer_id` TEXT,
  `stripe_subscription_id` TEXT,
  `createstamp` DATETIME(6),
  `service_id` VARCHAR(255) NOT NULL,
  `private_access` TINYINT(1),
  `staff` TINYINT(1) DEFAULT 0,
  `cache` JSON,
  `plan` ENUM('5m','5y','25m','25y','50m','50y','100m','100y','250m','250y','500m','500y','1000m','1000y','1m','1y','v4-10m','v4-10y','v4-20m','v4-20y','v4-50m','v4-50y','v4-125m','v4-125y','v4-300m','v4-300y','users','users-inappm','users-inappy','users-pr-inappm','users-pr-inappy','users-free','users-basic','users-enterprisey','users-enterprisem','users-sentrym','users-sentryy','users-trial','users-litem','users-litey','users-teamm','users-teamy','users-developer','sentry-merge') DEFAULT 'users-basic',
  `plan_provider` ENUM('github'),
  `plan_user_count` SMALLINT DEFAULT 1,
  `plan_auto_activate` TINYINT(1),
  `plan_activated_users` JSON,
  `did_trial` TINYINT(1),
  `free` SMALLINT NOT NULL DEFAULT 0,
  `invoice_details` TEXT,
  `student` TINYINT(1) NOT NULL DEFAULT 0,
  `student_created_at` DATETIME(6),
  `student_updated_at` DATETIME(6),
  `delinquent` TINYINT(1),
  `yaml` JSON,
  `updatestamp` DATETIME(6),
  `organizations` JSON,
  `admins` JSON,
  `integration_id` INT,
  `permission` JSON,
  `bot` INT,
  `avatar_url` TEXT,
  `parent_service_id` TEXT,
  `root_parent_service_id` TEXT,
  `business_email` TEXT,
  `onboarding_completed` TINYINT(1) NOT NULL DEFAULT 0,
  `is_superuser` TINYINT(1) DEFAULT 0,
  `max_upload_limit` INT DEFAULT 150,
  `stripe_coupon_id` TEXT,
  `sentry_user_data` JSON,
  `sentry_user_id` VARCHAR(255),
  `trial_end_date` DATETIME(6),
  `trial_start_date` DATETIME(6),
  `user_id` BIGINT,
  `trial_status` VARCHAR(50) DEFAULT 'not_started',
  `pretrial_users_count` SMALLINT,
  `uses_invoice` TINYINT(1) NOT NULL DEFAULT 0,
  `trial_fired_by` INT,
  `account_id` BIGINT,
  `upload_token_required_for_public_repos` TINYINT(1) NOT NULL,
  `support_pin` VARCHAR(6),
  `external_id` CHAR(36),
  PRIMARY KEY (`ownerid`),
  UNIQUE KEY `owners_sentry_user_id_key` (`sentry_user_id`),
  UNIQUE KEY `owner_service_username` (`service`, `username`),
  UNIQUE KEY `owner_service_ids` (`service`, `service_id`),
  UNIQUE KEY `owner_external_id_uniq` (`external_id`),
  CONSTRAINT `owners_account_id_850ef729_fk_codecov_auth_account_id` FOREIGN KEY (`account_id`) REFERENCES `codecov_auth_account` (`id`),
  CONSTRAINT `owners_bot_fkey` FOREIGN KEY (`bot`) REFERENCES `owners` (`ownerid`) ON DELETE SET NULL,
  CONSTRAINT `owners_user_id_3f80a1f9_fk_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `sessionid` INT NOT NULL AUTO_INCREMENT,
  `token` CHAR(36) NOT NULL,
  `name` TEXT,
  `ownerid` INT NOT NULL,
  `type` ENUM('api','login') NOT NULL,
  `lastseen` DATETIME(6),
  `useragent` TEXT,
  `ip` TEXT,
  `login_session_id` VARCHAR(40),
  PRIMARY KEY (`sessionid`),
  UNIQUE KEY `sessions_token_key` (`token`),
  CONSTRAINT `sessions_login_session_id_4c8453b4_fk_django_se` FOREIGN KEY (`login_session_id`) REFERENCES `django_session` (`session_key`),
  CONSTRAINT `sessions_ownerid_fkey` FOREIGN KEY (`ownerid`) REFERENCES `owners` (`ownerid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repos` (
  `repoid` INT NOT NULL AUTO_INCREMENT,
  `ownerid` INT NOT NULL,
  `service_id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255),
  `private` TINYINT(1) NOT NULL,
  `branch` TEXT NOT NULL,
  `upload_token` CHAR(36),
  `image_token` TEXT,
  `updatestamp` DATETIME(6),
  `language` ENUM('javascript','shell','python','ruby','perl','dart','java','c','clojure','d','fortran','go','groovy','kotlin','php','r','scala','swift','objective-c','xtend','typescript','haskell','rust','lua','matlab','assembly','scheme','powershell','apex','verilog','common lisp','erlang','julia','prolog','vue','c++','c#','f#'),
  `active` TINYINT(1) DEFAULT 0,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `activated` TINYINT(1) DEFAULT 0,
  `bot` INT,
  `yaml` JSON,
  `cache` JSON,
  `hookid` TEXT,
  `using_integration` TINYINT(1),
  `forkid` INT,
  `webhook_secret` TEXT,
  `languages` JSON,
  `bundle_analysis_enabled` TINYINT(1),
  `languages_last_updated` DATETIME(6),
  `coverage_enabled` TINYINT(1),
  `test_analytics_enabled` TINYINT(1),
  PRIMARY KEY (`repoid`),
  UNIQUE KEY `repos_upload_token_key` (`upload_token`),
  UNIQUE KEY `repos_slug` (`ownerid`, `name`),
  UNIQUE KEY `repos_service_ids` (`ownerid`, `service_id`),
  CONSTRAINT `repos_bot_fkey` FOREIGN KEY (`bot`) REFERENCES `owners` (`ownerid`) ON DELETE SET NULL,
  CONSTRAINT `repos_forkid_fkey` FOREIGN KEY (`forkid`) REFERENCES `repos` (`repoid`),
  CONSTRAINT `repos_ownerid_fkey` FOREIGN KEY (`ownerid`) REFERENCES `owners` (`ownerid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `branches` (
  `repoid` INT NOT NULL,
  `updatestamp` DATETIME(6) NOT NULL,
  `branch` VARCHAR(255) NOT NULL,
  `base` TEXT,
  `head` TEXT NOT NULL,
  `authors` JSON,
  UNIQUE KEY `branches_repoid_branch` (`repoid`, `branch`),
  CONSTRAINT `branches_repoid_fkey` FOREIGN KEY (`repoid`) REFERENCES `repos` (`repoid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pulls` (
  `repoid` INT NOT NULL,
  `pullid` INT NOT NULL,
  `issueid` INT,
  `updatestamp` DATETIME(6),
  `state` ENUM('open','closed','merged') NOT NULL DEFAULT 'open',
  `title` TEXT,
  `base` TEXT,
  `compared_to` TEXT,
  `head` TEXT,
  `commentid` TEXT,
  `diff` JSON,
  `flare` JSON,
  `author` INT,
  `user_provided_base_sha` TEXT,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `behind_by` INT,
  `behind_by_commit` TEXT,
  `flare_storage_path` VARCHAR(200),
  `bundle_analysis_commentid` TEXT,
  `sentry_commentid` TEXT,
  UNIQUE KEY `pulls_repoid_pullid` (`repoid`, `pullid`),
  KEY `pulls_id_auto` (`id`),
  CONSTRAINT `pulls_author_fkey` FOREIGN KEY (`author`) REFERENCES `owners` (`ownerid`) ON DELETE SET NULL,
  CONSTRAINT `pulls_repoid_fkey` FOREIGN KEY (`repoid`) REFERENCES `repos` (`repoid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commits` (
  `commitid` VARCHAR(255) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME(6) NOT NULL,
  `repoid` INT NOT NULL,
  `branch` TEXT,
  `pullid` INT,
  `author` INT,
  `ci_passed` TINYINT(1),
  `updatestamp` DATETIME(6),
  `message` TEXT,
  `state` ENUM('pending','complete','error','skipped'),
  `merged` TINYINT(1),
  `deleted` TINYINT(1),
  `notified` TINYINT(1),
  `version` SMALLINT,
  `parent` TEXT,
  `totals` JSON,
  `report` JSON,
  `report_storage_path` VARCHAR(200),
  PRIMARY KEY (`id`),
  UNIQUE KEY `commits_repoid_commitid` (`repoid`, `commitid`),
  CONSTRAINT `commits_author_fkey` FOREIGN KEY (`author`) REFERENCES `owners` (`ownerid`) ON DELETE SET NULL,
  CONSTRAINT `commits_repoid_fkey` FOREIGN KEY (`repoid`) REFERENCES `repos` (`repoid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_githubappinstallation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `installation_id` INT NOT NULL,
  `name` TEXT NOT NULL,
  `repository_service_ids` JSON,
  `owner_id` INT NOT NULL,
  `app_id` INT NOT NULL,
  `pem_path` TEXT,
  `is_suspended` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_githubappin_app_id_installation_id_4a10acda_uniq` (`app_id`, `installation_id`),
  CONSTRAINT `codecov_auth_githuba_owner_id_82ba29b1_fk_owners_ow` FOREIGN KEY (`owner_id`) REFERENCES `owners` (`ownerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commit_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `commit_id` BIGINT NOT NULL,
  `notification_type` ENUM('comment','gitter','hipchat','irc','slack','status_changes','status_patch','status_project','webhook','checks_patch','checks_project','checks_changes','codecov_slack_app') NOT NULL,
  `decoration_type` ENUM('standard','upgrade','upload_limit','passing_empty_upload','failing_empty_upload','processing_upload'),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `state` ENUM('pending','success','error'),
  `gh_app_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `commit_notifications_commit_id_notification_type` (`commit_id`, `notification_type`),
  CONSTRAINT `commit_notifications_commit_id_fkey` FOREIGN KEY (`commit_id`) REFERENCES `commits` (`id`) ON DELETE CASCADE,
  CONSTRAINT `commit_notifications_gh_app_id_8714fedd_fk_codecov_a` FOREIGN KEY (`gh_app_id`) REFERENCES `codecov_auth_githubappinstallation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports_commitreport` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `commit_id` BIGINT NOT NULL,
  `code` VARCHAR(100),
  `report_type` VARCHAR(100),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_commit_id_code` (`commit_id`, `code`),
  CONSTRAINT `reports_commitreport_commit_id_06d0bd39_fk_commits_id` FOREIGN KEY (`commit_id`) REFERENCES `commits` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports_upload` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `build_code` TEXT,
  `build_url` TEXT,
  `env` JSON,
  `job_code` TEXT,
  `name` VARCHAR(100),
  `provider` VARCHAR(50),
  `state` VARCHAR(100) NOT NULL,
  `storage_path` TEXT,
  `order_number` INT,
  `upload_extras` JSON NOT NULL,
  `upload_type` VARCHAR(100) NOT NULL,
  `report_id` BIGINT NOT NULL,
  `state_id` INT,
  `upload_type_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `reports_reportsessio_report_id_f6b4ffae_fk_reports_c` FOREIGN KEY (`report_id`) REFERENCES `reports_commitreport` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports_uploaderror` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `error_code` VARCHAR(100) NOT NULL,
  `error_params` JSON NOT NULL,
  `upload_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reports_reportsessio_report_session_id_bb6563f1_fk_reports_r` FOREIGN KEY (`upload_id`) REFERENCES `reports_upload` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports_repositoryflag` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `flag_name` VARCHAR(1024) NOT NULL,
  `repository_id` INT NOT NULL,
  `deleted` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `reports_repositoryflag_repository_id_9b64b64c_fk_repos_repoid` FOREIGN KEY (`repository_id`) REFERENCES `repos` (`repoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_repositorytoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `token_type` VARCHAR(50) NOT NULL,
  `valid_until` DATETIME(6),
  `key` VARCHAR(40) NOT NULL,
  `repoid` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_repositorytoken_key_key` (`key`),
  CONSTRAINT `codecov_auth_repositorytoken_repoid_4b6a0f03_fk_repos_repoid` FOREIGN KEY (`repoid`) REFERENCES `repos` (`repoid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_ownerprofile` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `type_projects` JSON NOT NULL,
  `goals` JSON NOT NULL,
  `other_goal` TEXT,
  `owner_id` INT NOT NULL,
  `default_org_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_ownerprofile_owner_id_key` (`owner_id`),
  CONSTRAINT `codecov_auth_ownerpr_default_org_id_da545ea8_fk_owners_ow` FOREIGN KEY (`default_org_id`) REFERENCES `owners` (`ownerid`),
  CONSTRAINT `codecov_auth_ownerprofile_owner_id_472699a3_fk_owners_ownerid` FOREIGN KEY (`owner_id`) REFERENCES `owners` (`ownerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_organizationleveltoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `token` CHAR(36) NOT NULL,
  `valid_until` DATETIME(6),
  `token_type` VARCHAR(50) NOT NULL,
  `ownerid` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_organizationleveltoken_token_key` (`token`),
  CONSTRAINT `codecov_auth_organiz_ownerid_4a08121d_fk_owners_ow` FOREIGN KEY (`ownerid`) REFERENCES `owners` (`ownerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_usertoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `token` CHAR(36) NOT NULL,
  `valid_until` DATETIME(6),
  `token_type` VARCHAR(50) NOT NULL,
  `ownerid` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_usertoken_token_key` (`token`),
  CONSTRAINT `codecov_auth_usertoken_ownerid_21aa0c0a_fk_owners_ownerid` FOREIGN KEY (`ownerid`) REFERENCES `owners` (`ownerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_sentryuser` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `access_token` TEXT,
  `refresh_token` TEXT,
  `sentry_id` VARCHAR(255) NOT NULL,
  `email` TEXT,
  `name` TEXT,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_sentryuser_sentry_id_key` (`sentry_id`),
  CONSTRAINT `codecov_auth_sentryuser_user_id_65123677_fk_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_oktauser` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `access_token` TEXT,
  `okta_id` VARCHAR(255) NOT NULL,
  `email` TEXT,
  `name` TEXT,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_oktauser_okta_id_key` (`okta_id`),
  CONSTRAINT `codecov_auth_oktauser_user_id_927d737f_fk_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_oktasettings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `client_id` VARCHAR(255) NOT NULL,
  `client_secret` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `enforced` TINYINT(1) NOT NULL,
  `account_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `codecov_auth_oktaset_account_id_61c2e48e_fk_codecov_a` FOREIGN KEY (`account_id`) REFERENCES `codecov_auth_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_stripebilling` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `customer_id` VARCHAR(255) NOT NULL,
  `subscription_id` VARCHAR(255),
  `is_active` TINYINT(1) NOT NULL,
  `account_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_stripebilling_account_id_key` (`account_id`),
  UNIQUE KEY `codecov_auth_stripebilling_customer_id_key` (`customer_id`),
  CONSTRAINT `codecov_auth_stripeb_account_id_9e87917a_fk_codecov_a` FOREIGN KEY (`account_id`) REFERENCES `codecov_auth_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_invoicebilling` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `account_manager` VARCHAR(255),
  `invoice_notes` TEXT,
  `is_active` TINYINT(1) NOT NULL,
  `account_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_invoicebilling_account_id_key` (`account_id`),
  CONSTRAINT `codecov_auth_invoice_account_id_de12aa23_fk_codecov_a` FOREIGN KEY (`account_id`) REFERENCES `codecov_auth_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_accountsusers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `account_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `codecov_auth_accountsusers_user_id_account_id_974568b2_uniq` (`user_id`, `account_id`),
  CONSTRAINT `codecov_auth_account_account_id_58394b16_fk_codecov_a` FOREIGN KEY (`account_id`) REFERENCES `codecov_auth_account` (`id`),
  CONSTRAINT `codecov_auth_accountsusers_user_id_252e6c61_fk_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_ownertobedeleted` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `owner_id` INT NOT NULL,
  `requested_by_id` BIGINT,
  `on_hold` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `codecov_auth_ownerto_requested_by_id_441ab346_fk_users_id` FOREIGN KEY (`requested_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_auth_ownerexport` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `since_date` DATETIME(6),
  `status` VARCHAR(20) NOT NULL,
  `error_message` TEXT,
  `download_url` VARCHAR(500),
  `download_expires_at` DATETIME(6),
  `task_ids` JSON,
  `stats` JSON,
  `created_by_id` BIGINT,
  `owner_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `codecov_auth_ownerexport_created_by_id_5587745d_fk_users_id` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `codecov_auth_ownerexport_owner_id_53a57c1c_fk_owners_ownerid` FOREIGN KEY (`owner_id`) REFERENCES `owners` (`ownerid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codecov_metrics_useronboardinglifecyclemetrics` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` INT NOT NULL,
  `event` TEXT NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `additional_data` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `compare_commitcomparison` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `state` TEXT NOT NULL,
  `report_storage_path` VARCHAR(150),
  `base_commit_id` BIGINT NOT NULL,
  `compare_commit_id` BIGINT NOT NULL,
  `patch_totals` JSON,
  `error` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_comparison_between_commit` (`base_commit_id`, `compare_commit_id`),
  CONSTRAINT `compare_commitcompar_compare_commit_id_3ea19610_fk_commits_i` FOREIGN KEY (`compare_commit_id`) REFERENCES `commits` (`id`),
  CONSTRAINT `compare_commitcomparison_base_commit_id_cf53c1d9_fk_commits_id` FOREIGN KEY (`base_commit_id`) REFERENCES `commits` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_commiterror` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `error_code` VARCHAR(100) NOT NULL,
  `error_params` JSON NOT NULL,
  `commit_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_commiterror_commit_id_e97998a0_fk_commits_id` FOREIGN KEY (`commit_id`) REFERENCES `commits` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labelanalysis_labelanalysisrequest` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `requested_labels` JSON,
  `state_id` INT NOT NULL,
  `result` JSON,
  `base_commit_id` BIGINT NOT NULL,
  `head_commit_id` BIGINT NOT NULL,
  `processing_params` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `labelanalysis_labela_base_commit_id_8cb5e96c_fk_commits_i` FOREIGN KEY (`base_commit_id`) REFERENCES `commits` (`id`),
  CONSTRAINT `labelanalysis_labela_head_commit_id_58de868c_fk_commits_i` FOREIGN KEY (`head_commit_id`) REFERENCES `commits` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staticanalysis_staticanalysissuite` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `commit_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `staticanalysis_external_id_uniq` (`external_id`),
  CONSTRAINT `staticanalysis_stati_commit_id_6ca208a9_fk_commits_i` FOREIGN KEY (`commit_id`) REFERENCES `commits` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_analytics_flake` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `repoid` INT NOT NULL,
  `test_id` LONGBLOB NOT NULL,
  `recent_passes_count` INT NOT NULL,
  `count` INT NOT NULL,
  `fail_count` INT NOT NULL,
  `start_date` DATETIME(6) NOT NULL,
  `end_date` DATETIME(6),
  `flags_id` LONGBLOB,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_analytics_tapullcomment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `repo_id` BIGINT NOT NULL,
  `pull_id` INT NOT NULL,
  `comment_id` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ta_pr_comment_repo_pull` (`repo_id`, `pull_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_measurements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `uploader_used` TEXT NOT NULL,
  `private_repo` TINYINT(1) NOT NULL,
  `report_type` VARCHAR(100),
  `commit_id` INT,
  `owner_id` INT,
  `repo_id` INT,
  `upload_id` BIGINT,
  PRIMARY KEY (`id`, `created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upload_breadcrumbs_uploadbreadcrumb` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `commit_sha` TEXT NOT NULL,
  `repo_id` BIGINT NOT NULL,
  `upload_ids` JSON,
  `sentry_trace_id` TEXT,
  `breadcrumb_data` JSON NOT NULL,
  PRIMARY KEY (`id`, `created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feature_flags` (
  `name` VARCHAR(200) NOT NULL,
  `proportion` DECIMAL(4,3) NOT NULL,
  `salt` VARCHAR(32) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `platform` VARCHAR(1) NOT NULL,
  `rollout_universe` VARCHAR(30) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `constants` (
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

