-- Open Journal Systems 3.6 (scholarly journal publishing): trimmed schema, MySQL flavour.
-- Upstream: github.com/pkp/ojs dbscripts/xml/install.xml + classes/migration/install/*.php, commit 718a023c, and
-- github.com/pkp/pkp-lib classes/migration/install/*.php, commit f2f41aa3 (GPL-3.0).
-- Made by running upstream's Laravel schema migrations in install.xml order against a recording stand-in for
-- Illuminate's Schema/Blueprint and writing each table with Laravel 12's MySQL grammar (bigIncrements -> bigint
-- unsigned AUTO_INCREMENT, string(n) -> varchar(n), float -> double (float(53)), boolean -> tinyint(1),
-- timestamps() -> created_at/updated_at timestamp NULL, enum values from upstream's PHP enums).
-- 44 of 150 tables kept; foreign keys to tables left out dropped; table/column COMMENTs are upstream's.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `journals` (
  `journal_id` bigint NOT NULL AUTO_INCREMENT,
  `path` varchar(32) NOT NULL,
  `seq` double NOT NULL DEFAULT '0' COMMENT 'Used to order lists of journals',
  `primary_locale` varchar(28) NOT NULL,
  `enabled` smallint NOT NULL DEFAULT '1' COMMENT 'Controls whether or not the journal is considered "live" and will appear on the website. (Note that disabled journals may still be accessible, but only if the user knows the URL.)',
  `current_issue_id` bigint NULL DEFAULT NULL,
  PRIMARY KEY (`journal_id`),
  UNIQUE KEY `journals_path` (`path`),
  KEY `journals_issue_id` (`current_issue_id`)
) COMMENT='A list of all journals in the installation of OJS.';

CREATE TABLE `journal_settings` (
  `journal_setting_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `journal_id` bigint NOT NULL,
  `locale` varchar(28) NOT NULL DEFAULT '',
  `setting_name` varchar(255) NOT NULL,
  `setting_value` mediumtext NULL,
  PRIMARY KEY (`journal_setting_id`),
  KEY `journal_settings_journal_id` (`journal_id`),
  UNIQUE KEY `journal_settings_unique` (`journal_id`, `locale`, `setting_name`),
  FOREIGN KEY (`journal_id`) REFERENCES `journals` (`journal_id`)
) COMMENT='More data about journals, including localized properties like policies.';

CREATE TABLE `versions` (
  `version_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `major` int NOT NULL DEFAULT '0' COMMENT 'Major component of version number, e.g. the 2 in OJS 2.3.8-0',
  `minor` int NOT NULL DEFAULT '0' COMMENT 'Minor component of version number, e.g. the 3 in OJS 2.3.8-0',
  `revision` int NOT NULL DEFAULT '0' COMMENT 'Revision component of version number, e.g. the 8 in OJS 2.3.8-0',
  `build` int NOT NULL DEFAULT '0' COMMENT 'Build component of version number, e.g. the 0 in OJS 2.3.8-0',
  `date_installed` datetime NOT NULL,
  `current` smallint NOT NULL DEFAULT '0' COMMENT '1 iff the version entry being described is currently active. This permits the table to store past installation history for forensic purposes.',
  `product_type` varchar(30) NULL COMMENT 'Describes the type of product this row describes, e.g. "plugins.generic" (for a generic plugin) or "core" for the application itself',
  `product` varchar(30) NULL COMMENT 'Uniquely identifies the product this version row describes, e.g. "ojs2" for OJS 2.x, "languageToggle" for the language toggle block plugin, etc.',
  `product_class_name` varchar(80) NULL COMMENT 'Specifies the class name associated with this product, for plugins, or the empty string where not applicable.',
  `lazy_load` smallint NOT NULL DEFAULT '0' COMMENT '1 iff the row describes a lazy-load plugin; 0 otherwise',
  `sitewide` smallint NOT NULL DEFAULT '0' COMMENT '1 iff the row describes a site-wide plugin; 0 otherwise',
  PRIMARY KEY (`version_id`),
  UNIQUE KEY `versions_unique` (`product_type`, `product`, `major`, `minor`, `revision`, `build`)
) COMMENT='Describes the installation and upgrade version history for the application and all installed plugins.';

CREATE TABLE `site` (
  `site_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `redirect_context_id` bigint NULL COMMENT 'If not null, redirect to the specified journal/conference/... site.',
  `primary_locale` varchar(28) NOT NULL COMMENT 'Primary locale for the site.',
  `min_password_length` smallint NOT NULL DEFAULT '6',
  `installed_locales` varchar(1024) NOT NULL DEFAULT 'en' COMMENT 'Locales for which support has been installed.',
  `supported_locales` varchar(1024) NULL COMMENT 'Locales supported by the site (for hosted journals/conferences/...).',
  `original_style_file_name` varchar(255) NULL,
  PRIMARY KEY (`site_id`),
  KEY `site_context_id` (`redirect_context_id`),
  FOREIGN KEY (`redirect_context_id`) REFERENCES `journals` (`journal_id`)
) COMMENT='A singleton table describing basic information about the site.';

CREATE TABLE `users` (
  `user_id` bigint NOT NULL AUTO_INCREMENT,
  `username` varchar(32) NOT NULL,
  `password` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `url` varchar(2047) NULL,
  `phone` varchar(32) NULL,
  `mailing_address` varchar(255) NULL,
  `billing_address` varchar(255) NULL,
  `country` varchar(90) NULL,
  `locales` varchar(255) NOT NULL DEFAULT '[]',
  `gossip` text NULL,
  `date_last_email` datetime NULL,
  `date_registered` datetime NOT NULL,
  `date_validated` datetime NULL,
  `date_last_login` datetime NULL,
  `must_change_password` smallint NULL,
  `auth_id` bigint NULL,
  `auth_str` varchar(255) NULL,
  `disabled` smallint NOT NULL DEFAULT '0',
  `disabled_reason` text NULL,
  `inline_help` smallint NULL,
  `remember_token` varchar(100) NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `users_username` (`username`),
  UNIQUE KEY `users_email` (`email`)
) COMMENT='All registered users, including authentication data and profile data.';

CREATE TABLE `user_settings` (
  `user_setting_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `locale` varchar(28) NOT NULL DEFAULT '',
  `setting_name` varchar(255) NOT NULL,
  `setting_value` mediumtext NULL,
  PRIMARY KEY (`user_setting_id`),
  KEY `user_settings_user_id` (`user_id`),
  UNIQUE KEY `user_settings_unique` (`user_id`, `locale`, `setting_name`),
  KEY `user_settings_locale_setting_name_index` (`setting_name`, `locale`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) COMMENT='More data about users, including localized properties like their name and affiliation.';

CREATE TABLE `notifications` (
  `notification_id` bigint NOT NULL AUTO_INCREMENT,
  `context_id` bigint NULL,
  `user_id` bigint NULL,
  `level` bigint NOT NULL,
  `type` bigint NOT NULL,
  `date_created` datetime NOT NULL,
  `date_read` datetime NULL,
  `assoc_type` bigint NULL,
  `assoc_id` bigint NULL,
  PRIMARY KEY (`notification_id`),
  KEY `notifications_context_id` (`context_id`),
  KEY `notifications_user_id` (`user_id`),
  KEY `notifications_context_id_user_id` (`context_id`, `user_id`, `level`),
  KEY `notifications_context_id_level` (`context_id`, `level`),
  KEY `notifications_assoc` (`assoc_type`, `assoc_id`),
  KEY `notifications_user_id_level` (`user_id`, `level`),
  FOREIGN KEY (`context_id`) REFERENCES `journals` (`journal_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) COMMENT='User notifications created during certain operations.';

CREATE TABLE `notification_subscription_settings` (
  `setting_id` bigint NOT NULL AUTO_INCREMENT,
  `setting_name` varchar(64) NOT NULL,
  `setting_value` mediumtext NOT NULL,
  `user_id` bigint NOT NULL,
  `context_id` bigint NULL,
  `setting_type` varchar(6) NOT NULL COMMENT '(bool|int|float|string|object)',
  PRIMARY KEY (`setting_id`),
  KEY `notification_subscription_settings_user_id` (`user_id`),
  KEY `notification_subscription_settings_context` (`context_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`context_id`) REFERENCES `journals` (`journal_id`)
) COMMENT='Which email notifications a user has chosen to unsubscribe from.';

CREATE TABLE `email_templates` (
  `email_id` bigint NOT NULL AUTO_INCREMENT,
  `email_key` varchar(255) NOT NULL COMMENT 'Unique identifier for this email.',
  `context_id` bigint NOT NULL,
  `alternate_to` varchar(255) NULL,
  PRIMARY KEY (`email_id`),
  KEY `email_templates_context_id` (`context_id`),
  KEY `email_templates_alternate_to` (`alternate_to`),
  UNIQUE KEY `email_templates_email_key` (`email_key`, `context_id`),
  FOREIGN KEY (`context_id`) REFERENCES `journals` (`journal_id`)
) COMMENT='Custom email templates created by each context, and overrides of the default templates.';

CREATE TABLE `sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` bigint NULL,
  `ip_address` varchar(45) NULL,
  `user_agent` text NULL,
  `last_activity` int NOT NULL,
  `payload` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY (`last_activity`),
  KEY `sessions_user_id` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) COMMENT='Session data for logged-in users.';

CREATE TABLE `user_interests` (
  `user_interest_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `controlled_vocab_entry_id` bigint NOT NULL,
  PRIMARY KEY (`user_interest_id`),
  KEY `user_interests_user_id` (`user_id`),
  KEY `user_interests_controlled_vocab_entry_id` (`controlled_vocab_entry_id`),
  UNIQUE KEY `u_e_pkey` (`user_id`, `controlled_vocab_entry_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) COMMENT='Associates users with user interests (which are stored in the controlled vocabulary tables).';

CREATE TABLE `event_log` (
  `log_id` bigint NOT NULL AUTO_INCREMENT,
  `assoc_type` bigint NOT NULL,
  `assoc_id` bigint NOT NULL,
  `user_id` bigint NULL COMMENT 'NULL if it''s system or automated event',
  `impersonated_user_id` bigint NULL COMMENT 'The user that was impersonated via the "Login as" mechanism when the event was performed',
  `date_logged` datetime NOT NULL,
  `event_type` bigint NULL,
  `message` text NULL,
  `is_translated` tinyint(1) NULL,
  PRIMARY KEY (`log_id`),
  KEY `event_log_user_id` (`user_id`),
  KEY `event_log_impersonated_user_id` (`impersonated_user_id`),
  KEY `event_log_assoc` (`assoc_type`, `assoc_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`impersonated_user_id`) REFERENCES `users` (`user_id`)
) COMMENT='A log of all events related to an object like a submission.';

CREATE TABLE `event_log_settings` (
  `event_log_setting_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `log_id` bigint NOT NULL,
  `locale` varchar(28) NOT NULL DEFAULT '',
  `setting_name` varchar(255) NOT NULL,
  `setting_value` mediumtext NULL,
  PRIMARY KEY (`event_log_setting_id`),
  KEY `event_log_settings_log_id` (`log_id`),
  UNIQUE KEY `event_log_settings_unique` (`log_id`, `setting_name`, `locale`),
  FOREIGN KEY (`log_id`) REFERENCES `event_log` (`log_id`)
) COMMENT='Data about an event log entry. This data is commonly used to display information about an event to a user.';

CREATE TABLE `email_log` (
  `log_id` bigint NOT NULL AUTO_INCREMENT,
  `assoc_type` bigint NOT NULL,
  `assoc_id` bigint NOT NULL,
  `sender_id` bigint NULL,
  `date_sent` datetime NOT NULL,
  `event_type` bigint NULL,
  `from_address` varchar(255) NULL,
  `recipients` text NULL,
  `cc_recipients` text NULL,
  `bcc_recipients` text NULL,
  `subject` varchar(255) NULL,
  `body` text NULL,
  PRIMARY KEY (`log_id`),
  KEY `email_log_sender_id` (`sender_id`),
  KEY `email_log_assoc` (`assoc_type`, `assoc_id`),
  FOREIGN KEY (`sender_id`) REFERENCES `users` (`user_id`)
) COMMENT='A record of email messages that are sent in relation to an associated entity, such as a submission.';

CREATE TABLE `email_log_users` (
  `email_log_user_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `email_log_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`email_log_user_id`),
  KEY `email_log_users_email_log_id` (`email_log_id`),
  KEY `email_log_users_user_id` (`user_id`),
  UNIQUE KEY `email_log_user_id` (`email_log_id`, `user_id`),
  FOREIGN KEY (`email_log_id`) REFERENCES `email_log` (`log_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) COMMENT='A record of users associated with an email log entry.';

CREATE TABLE `notes` (
  `note_id` bigint NOT NULL AUTO_INCREMENT,
  `assoc_type` bigint NOT NULL,
  `assoc_id` bigint NOT NULL,
  `user_id` bigint NULL,
  `date_created` datetime NOT NULL,
  `date_modified` datetime NULL,
  `contents` text NULL,
  `is_headnote` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`note_id`),
  KEY `notes_user_id` (`user_id`),
  KEY `notes_assoc` (`assoc_type`, `assoc_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) COMMENT='Notes allow users to annotate associated entities, such as submissions.';

CREATE TABLE `user_groups` (
  `user_group_id` bigint NOT NULL AUTO_INCREMENT,
  `context_id` bigint NULL,
  `role_id` bigint NOT NULL,
  `is_default` smallint NOT NULL DEFAULT '0',
  `permit_self_registration` smallint NOT NULL DEFAULT '0',
  `permit_metadata_edit` smallint NOT NULL DEFAULT '0',
  `permit_settings` smallint NOT NULL DEFAULT '0',
  `masthead` smallint NOT NULL DEFAULT '0',
  PRIMARY KEY (`user_group_id`),
  KEY `user_groups_context_id` (`context_id`),
  KEY `user_groups_user_group_id` (`user_group_id`),
  KEY `user_groups_role_id` (`role_id`),
  FOREIGN KEY (`context_id`) REFERENCES `journals` (`journal_id`)
) COMMENT='All defined user roles in a context, such as Author, Reviewer, Section Editor and Journal Manager.';

CREATE TABLE `user_group_settings` (
  `user_group_setting_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_group_id` bigint NOT NULL,
  `locale` varchar(28) NOT NULL DEFAULT '',
  `setting_name` varchar(255) NOT NULL,
  `setting_value` mediumtext NULL,
  PRIMARY KEY (`user_group_setting_id`),
  UNIQUE KEY `user_group_settings_unique` (`user_group_id`, `locale`, `setting_name`),
  KEY `user_group_settings_user_group_id` (`user_group_id`),
  FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`user_group_id`)
) COMMENT='More data about user groups, including localized properties such as the name.';

CREATE TABLE `user_user_groups` (
  `user_user_group_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_group_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `date_start` datetime NULL,
  `date_end` datetime NULL,
  `masthead` smallint NULL,
  PRIMARY KEY (`user_user_group_id`),
  KEY `user_user_groups_user_group_id` (`user_group_id`),
  KEY `user_user_groups_user_id` (`user_id`),
  FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`user_group_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) COMMENT='Maps users to their assigned user_groups.';

CREATE TABLE `stage_assignments` (
  `stage_assignment_id` bigint NOT NULL AUTO_INCREMENT,
  `submission_id` bigint NOT NULL,
  `user_group_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `date_assigned` datetime NOT NULL,
  `recommend_only` smallint NOT NULL DEFAULT '0',
  `can_change_metadata` smallint NOT NULL DEFAULT '0',
  PRIMARY KEY (`stage_assignment_id`),
  KEY `stage_assignments_user_group_id` (`user_group_id`),
  KEY `stage_assignments_user_id` (`user_id`),
  UNIQUE KEY `stage_assignment` (`submission_id`, `user_group_id`, `user_id`),
  KEY `stage_assignments_submission_id` (`submission_id`),
  FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`user_group_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`submission_id`)
) COMMENT='Who can access a submission while it is in the editorial workflow. Includes all editorial and author assignments. For reviewers, see review_assignments.';

CREATE TABLE `submissions` (
  `submission_id` bigint NOT NULL AUTO_INCREMENT,
  `context_id` bigint NOT NULL,
  `current_publication_id` bigint NULL,
  `date_last_activity` datetime NULL,
  `date_submitted` datetime NULL,
  `last_modified` datetime NULL,
  `stage_id` bigint NOT NULL DEFAULT '1',
  `locale` varchar(28) NULL,
  `status` smallint NOT NULL DEFAULT '1',
  `submission_progress` varchar(50) NOT NULL DEFAULT 'start',
  `work_type` smallint NULL DEFAULT '0',
  PRIMARY KEY (`submission_id`),
  KEY `submissions_context_id` (`context_id`),
  KEY `submissions_publication_id` (`current_publication_id`),
  FOREIGN KEY (`context_id`) REFERENCES `journals` (`journal_id`),
  FOREIGN KEY (`current_publication_id`) REFERENCES `publications` (`publication_id`)
) COMMENT='All submissions submitted to the context, including incomplete, declined and unpublished submissions.';

CREATE TABLE `publication_settings` (
  `publication_setting_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `publication_id` bigint NOT NULL,
  `locale` varchar(28) NOT NULL DEFAULT '',
  `setting_name` varchar(255) NOT NULL,
  `setting_value` mediumtext NULL,
  PRIMARY KEY (`publication_setting_id`),
  UNIQUE KEY `publication_settings_unique` (`publication_id`, `locale`, `setting_name`),
  KEY `publication_settings_publication_id` (`publication_id`),
  FOREIGN KEY (`publication_id`) REFERENCES `publications` (`publication_id`)
) COMMENT='More data about publications, including localized properties such as the title and abstract.';

CREATE TABLE `authors` (
  `author_id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(90) NULL,
  `include_in_browse` smallint NOT NULL DEFAULT '1',
  `publication_id` bigint NOT NULL,
  `seq` double NOT NULL DEFAULT '0',
  `contributor_type` enum('PERSON', 'ORGANIZATION', 'ANONYMOUS') NOT NULL DEFAULT 'PERSON',
  PRIMARY KEY (`author_id`),
  KEY `authors_publication_id` (`publication_id`),
  FOREIGN KEY (`publication_id`) REFERENCES `publications` (`publication_id`)
) COMMENT='The authors of a publication.';

CREATE TABLE `author_settings` (
  `author_setting_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `author_id` bigint NOT NULL,
  `locale` varchar(28) NOT NULL DEFAULT '',
  `setting_name` varchar(255) NOT NULL,
  `setting_value` mediumtext NULL,
  PRIMARY KEY (`author_setting_id`),
  KEY `author_settings_author_id` (`author_id`),
  UNIQUE KEY `author_settings_unique` (`author_id`, `locale`, `setting_name`),
  FOREIGN KEY (`author_id`) REFERENCES `authors` (`author_id`)
) COMMENT='More data about authors, including localized properties such as their name and affiliation.';

CREATE TABLE `edit_decisions` (
  `edit_decision_id` bigint NOT NULL AUTO_INCREMENT,
  `submission_id` bigint NOT NULL,
  `review_round_id` bigint NULL,
  `stage_id` bigint NULL,
  `round` smallint NULL,
  `editor_id` bigint NOT NULL,
  `decision` smallint NOT NULL COMMENT 'A numeric constant indicating the decision that was taken. Possible values are listed in the Decision class.',
  `date_decided` datetime NOT NULL,
  PRIMARY KEY (`edit_decision_id`),
  KEY `edit_decisions_submission_id` (`submission_id`),
  KEY `edit_decisions_editor_id` (`editor_id`),
  KEY `edit_decisions_review_round_id` (`review_round_id`),
  FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`submission_id`),
  FOREIGN KEY (`editor_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`review_round_id`) REFERENCES `review_rounds` (`review_round_id`)
) COMMENT='Editorial decisions recorded on a submission, such as decisions to accept or decline the submission, as well as decisions to send for review, send to copyediting, request revisions, and more.';

CREATE TABLE `submission_comments` (
  `comment_id` bigint NOT NULL AUTO_INCREMENT,
  `comment_type` bigint NULL,
  `role_id` bigint NOT NULL,
  `submission_id` bigint NOT NULL,
  `assoc_id` bigint NOT NULL,
  `author_id` bigint NOT NULL,
  `comment_title` text NOT NULL,
  `comments` text NULL,
  `date_posted` datetime NULL,
  `date_modified` datetime NULL,
  `viewable` smallint NULL,
  PRIMARY KEY (`comment_id`),
  KEY `submission_comments_submission_id` (`submission_id`),
  KEY `submission_comments_author_id` (`author_id`),
  FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`submission_id`),
  FOREIGN KEY (`author_id`) REFERENCES `users` (`user_id`)
) COMMENT='Comments on a submission, e.g. peer review comments';

CREATE TABLE `edit_tasks` (
  `edit_task_id` bigint NOT NULL AUTO_INCREMENT,
  `assoc_type` bigint NOT NULL,
  `assoc_id` bigint NOT NULL,
  `stage_id` smallint NOT NULL,
  `seq` double NOT NULL DEFAULT '0',
  `created_at` datetime NULL,
  `updated_at` datetime NULL,
  `closed` smallint NOT NULL DEFAULT '0',
  `date_due` datetime NULL,
  `created_by` bigint NULL DEFAULT NULL,
  `started_by` bigint NULL DEFAULT NULL,
  `type` smallint unsigned NOT NULL DEFAULT '1',
  `date_started` datetime NULL,
  `date_closed` datetime NULL,
  `title` varchar(255) NULL,
  `edit_task_template_id` bigint unsigned NULL,
  PRIMARY KEY (`edit_task_id`),
  KEY `edit_tasks_edit_task_template_id` (`edit_task_template_id`),
  KEY `edit_tasks_assoc_id` (`assoc_type`, `assoc_id`),
  FOREIGN KEY (`created_by`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`started_by`) REFERENCES `users` (`user_id`)
) COMMENT='Editorial tasks and discussions, usually related to a submission, created by editors, authors and other editorial staff.';

CREATE TABLE `edit_task_participants` (
  `edit_task_participant_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `edit_task_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `is_responsible` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`edit_task_participant_id`),
  KEY `edit_task_participants_edit_task_id` (`edit_task_id`),
  KEY `edit_task_participants_user_id` (`user_id`),
  UNIQUE KEY `edit_task_participants_unique` (`edit_task_id`, `user_id`),
  FOREIGN KEY (`edit_task_id`) REFERENCES `edit_tasks` (`edit_task_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) COMMENT='The users assigned to a task or discussion.';

CREATE TABLE `invitations` (
  `invitation_id` bigint NOT NULL AUTO_INCREMENT,
  `key_hash` varchar(255) NULL,
  `type` varchar(255) NOT NULL,
  `user_id` bigint NULL,
  `inviter_id` bigint NULL,
  `expiry_date` datetime NULL,
  `payload` json NULL,
  `status` enum('INITIALIZED', 'PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED') NOT NULL,
  `email` varchar(255) NULL COMMENT 'When present, the email address of the invitation recipient; when null, user_id must be set and the email can be fetched from the users table.',
  `context_id` bigint NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`invitation_id`),
  KEY `invitations_user_id` (`user_id`),
  KEY `invitations_inviter_id` (`inviter_id`),
  KEY (`status`, `context_id`, `user_id`, `type`),
  KEY (`expiry_date`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`inviter_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`context_id`) REFERENCES `journals` (`journal_id`)
) COMMENT='Invitations are sent to request a person (by email) to allow them to accept or reject an operation or position, such as a board membership or a submission peer review.';

CREATE TABLE `submission_files` (
  `submission_file_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `submission_id` bigint NOT NULL,
  `file_id` bigint unsigned NOT NULL,
  `source_submission_file_id` bigint unsigned NULL,
  `genre_id` bigint NULL,
  `file_stage` bigint NOT NULL,
  `direct_sales_price` varchar(255) NULL,
  `sales_type` varchar(255) NULL,
  `viewable` smallint NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `uploader_user_id` bigint NULL,
  `assoc_type` bigint NULL,
  `assoc_id` bigint NULL,
  `variant_group_id` bigint NULL,
  `variant_type` varchar(255) NULL,
  PRIMARY KEY (`submission_file_id`),
  KEY `submission_files_submission_id` (`submission_id`),
  KEY `submission_files_file_id` (`file_id`),
  KEY `submission_files_genre_id` (`genre_id`),
  KEY `submission_files_uploader_user_id` (`uploader_user_id`),
  KEY `submission_files_stage_assoc` (`file_stage`, `assoc_type`, `assoc_id`),
  KEY `submission_files_source_submission_file_id` (`source_submission_file_id`),
  KEY `submission_files_variant_group_id` (`variant_group_id`),
  FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`submission_id`),
  FOREIGN KEY (`uploader_user_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`source_submission_file_id`) REFERENCES `submission_files` (`submission_file_id`)
) COMMENT='All files associated with a submission, such as those uploaded during submission, as revisions, or by copyeditors or layout editors for production.';

CREATE TABLE `review_rounds` (
  `review_round_id` bigint NOT NULL AUTO_INCREMENT,
  `submission_id` bigint NOT NULL,
  `publication_id` bigint NULL,
  `stage_id` bigint NULL,
  `round` smallint NOT NULL,
  `review_revision` bigint NULL,
  `status` bigint NULL,
  PRIMARY KEY (`review_round_id`),
  KEY `review_rounds_submission_id` (`submission_id`),
  UNIQUE KEY `review_rounds_submission_id_stage_id_round_pkey` (`submission_id`, `stage_id`, `round`),
  KEY `review_rounds_publication_id` (`publication_id`),
  FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`submission_id`),
  FOREIGN KEY (`publication_id`) REFERENCES `publications` (`publication_id`)
) COMMENT='Peer review assignments are organized into multiple rounds on a submission.';

CREATE TABLE `review_assignments` (
  `review_id` bigint NOT NULL AUTO_INCREMENT,
  `submission_id` bigint NOT NULL,
  `reviewer_id` bigint NOT NULL,
  `competing_interests` text NULL,
  `competing_interests_declared` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'Whether the reviewer answered the competing interests question; false means no declaration is on record.',
  `reviewer_recommendation_id` bigint NULL,
  `doi_id` bigint NULL COMMENT 'DOI ID for the DOI assigned to this peer review',
  `date_assigned` datetime NULL,
  `date_notified` datetime NULL,
  `date_confirmed` datetime NULL,
  `date_completed` datetime NULL,
  `date_considered` datetime NULL,
  `date_acknowledged` datetime NULL,
  `date_due` datetime NULL,
  `date_response_due` datetime NULL,
  `last_modified` datetime NULL,
  `last_modified_by_id` bigint NULL COMMENT 'The ID of the user who last made modifications to the submitted review.',
  `reminder_was_automatic` smallint NOT NULL DEFAULT '0',
  `declined` smallint NOT NULL DEFAULT '0',
  `cancelled` smallint NOT NULL DEFAULT '0',
  `date_cancelled` datetime NULL,
  `date_rated` datetime NULL,
  `date_reminded` datetime NULL,
  `quality` smallint NULL,
  `review_round_id` bigint NOT NULL,
  `stage_id` smallint NOT NULL,
  `review_method` smallint NOT NULL DEFAULT '1',
  `round` smallint NOT NULL DEFAULT '1',
  `step` smallint NOT NULL DEFAULT '1',
  `review_form_id` bigint NULL,
  `considered` smallint NULL,
  `request_resent` smallint NOT NULL DEFAULT '0',
  `is_review_publicly_visible` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`review_id`),
  KEY `review_assignments_submission_id` (`submission_id`),
  KEY `review_assignments_reviewer_id` (`reviewer_id`),
  KEY `review_assignments_recommendation_id` (`reviewer_recommendation_id`),
  KEY `review_assignments_doi_id` (`doi_id`),
  KEY `review_assignment_reviewer_round` (`review_round_id`, `reviewer_id`),
  KEY `review_assignments_form_id` (`review_form_id`),
  KEY `review_assignments_reviewer_review` (`reviewer_id`, `review_id`),
  FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`submission_id`),
  FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`last_modified_by_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`review_round_id`) REFERENCES `review_rounds` (`review_round_id`)
) COMMENT='Data about peer review assignments for all submissions.';

CREATE TABLE `review_form_responses` (
  `review_form_response_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `review_form_element_id` bigint NOT NULL,
  `review_id` bigint NOT NULL,
  `response_type` varchar(6) NULL,
  `response_value` text NULL,
  PRIMARY KEY (`review_form_response_id`),
  KEY `review_form_responses_review_form_element_id` (`review_form_element_id`),
  KEY `review_form_responses_review_id` (`review_id`),
  KEY `review_form_responses_unique` (`review_form_element_id`, `review_id`),
  FOREIGN KEY (`review_id`) REFERENCES `review_assignments` (`review_id`)
) COMMENT='Each review form response records a reviewer''s answer to a review form element associated with a peer review.';

CREATE TABLE `reviewer_suggestions` (
  `reviewer_suggestion_id` bigint NOT NULL AUTO_INCREMENT,
  `suggesting_user_id` bigint NULL COMMENT 'The user/author who has made the suggestion',
  `submission_id` bigint NOT NULL COMMENT 'Submission at which the suggestion was made',
  `email` varchar(255) NOT NULL COMMENT 'Suggested reviewer email address',
  `orcid_id` varchar(255) NULL COMMENT 'Suggested reviewer optional Orcid Id',
  `approved_at` timestamp NULL COMMENT 'If and when the suggestion approved to add/invite suggested_reviewer',
  `approver_id` bigint NULL COMMENT 'The user who has approved the suggestion',
  `reviewer_id` bigint NULL COMMENT 'The reviewer who has been added/invited through this suggestion',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`reviewer_suggestion_id`),
  KEY `reviewer_suggestions_suggesting_user_id` (`suggesting_user_id`),
  KEY `reviewer_suggestions_submission_id` (`submission_id`),
  FOREIGN KEY (`suggesting_user_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`submission_id`),
  FOREIGN KEY (`approver_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`user_id`)
) COMMENT='Author suggested reviewers at the submission time';

CREATE TABLE `institutions` (
  `institution_id` bigint NOT NULL AUTO_INCREMENT,
  `context_id` bigint NOT NULL,
  `ror` varchar(255) NULL COMMENT 'ROR (Research Organization Registry) ID',
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`institution_id`),
  KEY `institutions_context_id` (`context_id`),
  FOREIGN KEY (`context_id`) REFERENCES `journals` (`journal_id`)
) COMMENT='Institutions for statistics and subscriptions.';

CREATE TABLE `author_affiliations` (
  `author_affiliation_id` bigint NOT NULL AUTO_INCREMENT,
  `author_id` bigint NOT NULL,
  `ror` varchar(255) NULL,
  PRIMARY KEY (`author_affiliation_id`),
  KEY `author_affiliations_ror` (`ror`),
  FOREIGN KEY (`author_id`) REFERENCES `authors` (`author_id`)
) COMMENT='Author affiliations';

CREATE TABLE `sections` (
  `section_id` bigint NOT NULL AUTO_INCREMENT,
  `journal_id` bigint NOT NULL,
  `review_form_id` bigint NULL,
  `seq` double NOT NULL DEFAULT '0',
  `editor_restricted` smallint NOT NULL DEFAULT '0',
  `meta_indexed` smallint NOT NULL DEFAULT '0',
  `meta_reviewed` smallint NOT NULL DEFAULT '1',
  `abstracts_not_required` smallint NOT NULL DEFAULT '0',
  `hide_title` smallint NOT NULL DEFAULT '0',
  `hide_author` smallint NOT NULL DEFAULT '0',
  `is_inactive` smallint NOT NULL DEFAULT '0',
  `abstract_word_count` bigint NULL,
  PRIMARY KEY (`section_id`),
  KEY `sections_journal_id` (`journal_id`),
  KEY `sections_review_form_id` (`review_form_id`),
  FOREIGN KEY (`journal_id`) REFERENCES `journals` (`journal_id`)
) COMMENT='A list of all sections into which submissions can be organized, forming the table of contents.';

CREATE TABLE `publications` (
  `publication_id` bigint NOT NULL AUTO_INCREMENT,
  `access_status` bigint NULL DEFAULT '0',
  `date_published` date NULL,
  `last_modified` datetime NULL,
  `primary_contact_id` bigint NULL,
  `section_id` bigint NULL,
  `seq` double NOT NULL DEFAULT '0',
  `submission_id` bigint NOT NULL,
  `status` smallint NOT NULL DEFAULT '1',
  `url_path` varchar(64) NULL,
  `doi_id` bigint NULL,
  `version_stage` enum('AO', 'PMUR', 'VoR') NULL,
  `version_minor` int NULL,
  `version_major` int NULL,
  `update_type` enum('addendum', 'clarification', 'correction', 'corrigendum', 'erratum', 'expression_of_concern', 'new_edition', 'new_version', 'partial_retraction', 'removal', 'retraction', 'withdrawal') NOT NULL DEFAULT 'new_version',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `issue_id` bigint NULL,
  `source_publication_id` bigint NULL,
  PRIMARY KEY (`publication_id`),
  KEY `publications_primary_contact_id` (`primary_contact_id`),
  KEY `publications_section_id` (`section_id`),
  KEY `publications_submission_id` (`submission_id`),
  KEY `publications_doi_id` (`doi_id`),
  KEY `publications_issue_id_index` (`issue_id`),
  KEY `publications_url_path` (`url_path`),
  KEY `publications_source_publication_id_index` (`source_publication_id`),
  FOREIGN KEY (`primary_contact_id`) REFERENCES `authors` (`author_id`),
  FOREIGN KEY (`section_id`) REFERENCES `sections` (`section_id`),
  FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`submission_id`),
  FOREIGN KEY (`source_publication_id`) REFERENCES `publications` (`publication_id`)
) COMMENT='Each publication is one version of a submission.';

CREATE TABLE `subscription_types` (
  `type_id` bigint NOT NULL AUTO_INCREMENT,
  `journal_id` bigint NOT NULL,
  `cost` decimal(8, 2) unsigned NOT NULL,
  `currency_code_alpha` varchar(3) NOT NULL,
  `duration` smallint NULL,
  `format` smallint NOT NULL,
  `institutional` smallint NOT NULL DEFAULT '0',
  `membership` smallint NOT NULL DEFAULT '0',
  `disable_public_display` smallint NOT NULL,
  `seq` double NOT NULL,
  PRIMARY KEY (`type_id`),
  KEY `subscription_types_journal_id` (`journal_id`),
  FOREIGN KEY (`journal_id`) REFERENCES `journals` (`journal_id`)
) COMMENT='Subscription types represent the kinds of subscriptions that a user or institution may have, such as an annual subscription or a discounted subscription.';

CREATE TABLE `subscriptions` (
  `subscription_id` bigint NOT NULL AUTO_INCREMENT,
  `journal_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `type_id` bigint NOT NULL,
  `date_start` date NULL,
  `date_end` datetime NULL,
  `status` smallint NOT NULL DEFAULT '1',
  `membership` varchar(40) NULL,
  `reference_number` varchar(40) NULL,
  `notes` text NULL,
  PRIMARY KEY (`subscription_id`),
  KEY `subscriptions_journal_id` (`journal_id`),
  KEY `subscriptions_user_id` (`user_id`),
  KEY `subscriptions_type_id` (`type_id`),
  FOREIGN KEY (`journal_id`) REFERENCES `journals` (`journal_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`type_id`) REFERENCES `subscription_types` (`type_id`)
) COMMENT='A list of subscriptions, both institutional and individual, for journals that use subscription-based publishing.';

CREATE TABLE `institutional_subscriptions` (
  `institutional_subscription_id` bigint NOT NULL AUTO_INCREMENT,
  `subscription_id` bigint NOT NULL,
  `institution_id` bigint NOT NULL,
  `mailing_address` varchar(255) NULL,
  `domain` varchar(255) NULL,
  PRIMARY KEY (`institutional_subscription_id`),
  KEY `institutional_subscriptions_subscription_id` (`subscription_id`),
  KEY `institutional_subscriptions_institution_id` (`institution_id`),
  KEY `institutional_subscriptions_domain` (`domain`),
  FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions` (`subscription_id`),
  FOREIGN KEY (`institution_id`) REFERENCES `institutions` (`institution_id`)
) COMMENT='A list of institutional subscriptions, linking a subscription with an institution.';

CREATE TABLE `queued_payments` (
  `queued_payment_id` bigint NOT NULL AUTO_INCREMENT,
  `date_created` datetime NOT NULL,
  `date_modified` datetime NOT NULL,
  `expiry_date` date NULL,
  `payment_data` text NULL,
  PRIMARY KEY (`queued_payment_id`)
) COMMENT='Unfulfilled (queued) payments, i.e. payments that have not yet been completed via an online payment system.';

CREATE TABLE `completed_payments` (
  `completed_payment_id` bigint NOT NULL AUTO_INCREMENT,
  `timestamp` datetime NOT NULL,
  `payment_type` bigint NOT NULL,
  `context_id` bigint NOT NULL,
  `user_id` bigint NULL,
  `assoc_id` bigint NULL,
  `amount` decimal(8, 2) unsigned NOT NULL,
  `currency_code_alpha` varchar(3) NULL,
  `payment_method_plugin_name` varchar(80) NULL,
  PRIMARY KEY (`completed_payment_id`),
  KEY `completed_payments_context_id` (`context_id`),
  KEY `completed_payments_user_id` (`user_id`),
  FOREIGN KEY (`context_id`) REFERENCES `journals` (`journal_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
) COMMENT='A list of completed (fulfilled) payments relating to a payment type such as a subscription payment.';

CREATE TABLE `user_comments` (
  `user_comment_id` bigint NOT NULL AUTO_INCREMENT COMMENT 'Primary key.',
  `user_id` bigint NOT NULL COMMENT 'ID of the user that made the comment.',
  `context_id` bigint NOT NULL COMMENT 'ID of the context (e.g., journal) the comment belongs to.',
  `publication_id` bigint NOT NULL COMMENT 'ID of the publication that the comment belongs to.',
  `comment_text` text NOT NULL COMMENT 'The comment text.',
  `is_approved` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'Boolean indicating if the comment is approved.',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`user_comment_id`),
  KEY `user_comments_publication_context` (`publication_id`, `context_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`publication_id`) REFERENCES `publications` (`publication_id`),
  FOREIGN KEY (`context_id`) REFERENCES `journals` (`journal_id`)
);

SET FOREIGN_KEY_CHECKS=1;
