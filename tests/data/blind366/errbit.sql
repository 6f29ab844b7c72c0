-- Errbit (the open-source, self-hosted error catcher compatible with the Airbrake API; Ruby on Rails on MongoDB),
-- commit d21d0d34b36b05c445d051ee06b348eacdaed432 (MIT, "Copyright (c) 2010-2026 Errbit Team")
-- Source: github.com/errbit/errbit app/models/*.rb — the Mongoid documents App, User, Problem, Err, Notice,
-- Backtrace, Comment and SiteConfig (one MongoDB collection each, named by Mongoid after the class: apps, users,
-- problems, errs, notices, backtraces, comments, site_configs) and the embedded documents Watcher, IssueTracker,
-- NotificationService and NoticeFingerprinter.
-- There is no SQL schema upstream. Each collection is one table, one column per Mongoid field with upstream's
-- field name, in the order Mongoid defines them: `_id` first, then `created_at` / `updated_at` (Mongoid::Timestamps,
-- included before the fields), then the `field` declarations, a `belongs_to` adding its `<name>_id` where it is
-- declared. Devise's fields of User are fields of the model and are kept in place; `username` exists only when
-- Errbit is configured with user_has_username (it is kept, last, as Mongoid adds it). Embedded single documents
-- (`embeds_one`) are written as their dotted paths as MongoDB addresses them (`issue_tracker.type_tracker`,
-- `notification_service.api_token`, `notice_fingerprinter.error_class`), each with its own `_id`, its timestamps
-- where the embedded class includes Mongoid::Timestamps, and `_type` for the polymorphic NotificationService
-- (CampfireService, HoiioService, HubotService, PushoverService, SlackService, WebhookService); the embedded array
-- App.watchers is the child table `apps_watchers` whose `_parent_id` (the app's `_id`) and `_index` (the position in
-- the array) are the only column names not upstream's, as in earlier MongoDB exams.
-- Types: String VARCHAR(255) (TEXT for messages, comment bodies, URLs and templates), BSON ObjectId ids and
-- references CHAR(24) (App's `_id` is a String holding an ObjectId: VARCHAR(24)), Time / TimeWithZone DATETIME(3),
-- Boolean TINYINT(1), Integer INT, Hash and Array JSON. `_id` is the primary key. MongoDB declares no references
-- and Errbit's indexes are not unique, so the only foreign key is the child table's. Every persisted document is
-- kept (ErrorReport and Issue are plain Ruby classes, not stored).

CREATE TABLE `apps` (
  `_id` VARCHAR(24) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `api_key` VARCHAR(255) DEFAULT NULL,
  `github_repo` VARCHAR(255) DEFAULT NULL,
  `bitbucket_repo` VARCHAR(255) DEFAULT NULL,
  `custom_backtrace_url_template` TEXT DEFAULT NULL,
  `asset_host` VARCHAR(255) DEFAULT NULL,
  `repository_branch` VARCHAR(255) DEFAULT NULL,
  `current_app_version` VARCHAR(255) DEFAULT NULL,
  `notify_all_users` TINYINT(1) DEFAULT 0,
  `notify_on_errs` TINYINT(1) DEFAULT 1,
  `email_at_notices` JSON DEFAULT NULL,
  `issue_tracker._id` CHAR(24) DEFAULT NULL,
  `issue_tracker.created_at` DATETIME(3) DEFAULT NULL,
  `issue_tracker.updated_at` DATETIME(3) DEFAULT NULL,
  `issue_tracker.type_tracker` VARCHAR(255) DEFAULT NULL,
  `issue_tracker.options` JSON DEFAULT NULL,
  `notification_service._id` CHAR(24) DEFAULT NULL,
  `notification_service._type` VARCHAR(255) DEFAULT NULL,
  `notification_service.room_id` VARCHAR(255) DEFAULT NULL,
  `notification_service.mentions` VARCHAR(255) DEFAULT NULL,
  `notification_service.user_id` VARCHAR(255) DEFAULT NULL,
  `notification_service.service_url` TEXT DEFAULT NULL,
  `notification_service.service` VARCHAR(255) DEFAULT NULL,
  `notification_service.api_token` VARCHAR(255) DEFAULT NULL,
  `notification_service.subdomain` VARCHAR(255) DEFAULT NULL,
  `notification_service.sender_name` VARCHAR(255) DEFAULT NULL,
  `notification_service.notify_at_notices` JSON DEFAULT NULL,
  `notice_fingerprinter._id` CHAR(24) DEFAULT NULL,
  `notice_fingerprinter.created_at` DATETIME(3) DEFAULT NULL,
  `notice_fingerprinter.updated_at` DATETIME(3) DEFAULT NULL,
  `notice_fingerprinter.error_class` TINYINT(1) DEFAULT 1,
  `notice_fingerprinter.message` TINYINT(1) DEFAULT 1,
  `notice_fingerprinter.backtrace_lines` INT DEFAULT -1,
  `notice_fingerprinter.component` TINYINT(1) DEFAULT 1,
  `notice_fingerprinter.action` TINYINT(1) DEFAULT 1,
  `notice_fingerprinter.environment_name` TINYINT(1) DEFAULT 1,
  `notice_fingerprinter.source` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `apps_watchers` (
  `_parent_id` VARCHAR(24) NOT NULL,
  `_index` INT NOT NULL,
  `_id` CHAR(24) DEFAULT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `user_id` CHAR(24) DEFAULT NULL,
  PRIMARY KEY (`_parent_id`, `_index`),
  CONSTRAINT `apps_watchers_parent` FOREIGN KEY (`_parent_id`) REFERENCES `apps` (`_id`) ON DELETE CASCADE
);

CREATE TABLE `users` (
  `_id` CHAR(24) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `github_login` VARCHAR(255) DEFAULT NULL,
  `github_oauth_token` VARCHAR(255) DEFAULT NULL,
  `google_uid` VARCHAR(255) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `admin` TINYINT(1) DEFAULT 0,
  `per_page` INT DEFAULT 30,
  `time_zone` VARCHAR(255) DEFAULT 'UTC',
  `encrypted_password` VARCHAR(255) DEFAULT NULL,
  `reset_password_token` VARCHAR(255) DEFAULT NULL,
  `reset_password_sent_at` DATETIME(3) DEFAULT NULL,
  `remember_created_at` DATETIME(3) DEFAULT NULL,
  `sign_in_count` INT DEFAULT NULL,
  `current_sign_in_at` DATETIME(3) DEFAULT NULL,
  `last_sign_in_at` DATETIME(3) DEFAULT NULL,
  `current_sign_in_ip` VARCHAR(255) DEFAULT NULL,
  `last_sign_in_ip` VARCHAR(255) DEFAULT NULL,
  `authentication_token` VARCHAR(255) DEFAULT NULL,
  `username` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `problems` (
  `_id` CHAR(24) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) DEFAULT NULL,
  `first_notice_at` DATETIME(3) DEFAULT NULL,
  `last_notice_at` DATETIME(3) DEFAULT NULL,
  `resolved` TINYINT(1) DEFAULT 0,
  `resolved_at` DATETIME(3) DEFAULT NULL,
  `issue_link` TEXT DEFAULT NULL,
  `issue_type` VARCHAR(255) DEFAULT NULL,
  `app_name` VARCHAR(255) DEFAULT NULL,
  `notices_count` INT DEFAULT 0,
  `message` TEXT DEFAULT NULL,
  `environment` VARCHAR(255) DEFAULT NULL,
  `error_class` VARCHAR(255) DEFAULT NULL,
  `where` VARCHAR(255) DEFAULT NULL,
  `user_agents` JSON DEFAULT NULL,
  `messages` JSON DEFAULT NULL,
  `hosts` JSON DEFAULT NULL,
  `comments_count` INT DEFAULT 0,
  `app_id` VARCHAR(24) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `errs` (
  `_id` CHAR(24) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) DEFAULT NULL,
  `fingerprint` VARCHAR(255) DEFAULT NULL,
  `problem_id` CHAR(24) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `backtraces` (
  `_id` CHAR(24) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) DEFAULT NULL,
  `fingerprint` VARCHAR(255) DEFAULT NULL,
  `lines` JSON DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `notices` (
  `_id` CHAR(24) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) DEFAULT NULL,
  `message` TEXT DEFAULT NULL,
  `server_environment` JSON DEFAULT NULL,
  `request` JSON DEFAULT NULL,
  `notifier` JSON DEFAULT NULL,
  `user_attributes` JSON DEFAULT NULL,
  `framework` VARCHAR(255) DEFAULT NULL,
  `error_class` VARCHAR(255) DEFAULT NULL,
  `app_id` VARCHAR(24) DEFAULT NULL,
  `err_id` CHAR(24) DEFAULT NULL,
  `backtrace_id` CHAR(24) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `comments` (
  `_id` CHAR(24) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) DEFAULT NULL,
  `body` TEXT DEFAULT NULL,
  `err_id` CHAR(24) DEFAULT NULL,
  `user_id` CHAR(24) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `site_configs` (
  `_id` CHAR(24) NOT NULL,
  `created_at` DATETIME(3) DEFAULT NULL,
  `updated_at` DATETIME(3) DEFAULT NULL,
  `notice_fingerprinter._id` CHAR(24) DEFAULT NULL,
  `notice_fingerprinter.created_at` DATETIME(3) DEFAULT NULL,
  `notice_fingerprinter.updated_at` DATETIME(3) DEFAULT NULL,
  `notice_fingerprinter.error_class` TINYINT(1) DEFAULT 1,
  `notice_fingerprinter.message` TINYINT(1) DEFAULT 1,
  `notice_fingerprinter.backtrace_lines` INT DEFAULT -1,
  `notice_fingerprinter.component` TINYINT(1) DEFAULT 1,
  `notice_fingerprinter.action` TINYINT(1) DEFAULT 1,
  `notice_fingerprinter.environment_name` TINYINT(1) DEFAULT 1,
  `notice_fingerprinter.source` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);
