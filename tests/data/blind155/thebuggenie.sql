-- The Bug Genie 4.3 (development head, April 2021): 35 of the 85 tables of its core and bundled modules, as its B2DB layer creates them in MySQL from the entity annotations and table classes (see thebuggenie.md).
-- Upstream: github.com/thebuggenie/thebuggenie core/entities/*.php, core/entities/tables/*.php, modules/mailing/entities/tables/MailQueueTable.php, commit 99c1967aa45ad2720c831c7205870cf2cec83840. Licence: MPL-2.0.

CREATE TABLE `tbg_scopes` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200),
  `description` VARCHAR(200),
  `enabled` BOOLEAN,
  `uploads_enabled` BOOLEAN,
  `max_upload_limit` INTEGER(10) DEFAULT 0,
  `custom_workflows_enabled` BOOLEAN,
  `max_workflows` INTEGER(10) DEFAULT 0,
  `max_users` INTEGER(10) DEFAULT 0,
  `max_projects` INTEGER(10) DEFAULT 0,
  `max_teams` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_users` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(50),
  `password` VARCHAR(100),
  `realname` VARCHAR(200),
  `buddyname` VARCHAR(200),
  `email` VARCHAR(200),
  `private_email` BOOLEAN,
  `userstate` INTEGER(10) DEFAULT 0,
  `customstate` BOOLEAN,
  `homepage` VARCHAR(200),
  `language` VARCHAR(20),
  `avatar` VARCHAR(200),
  `use_gravatar` BOOLEAN,
  `lastseen` INTEGER(10) DEFAULT 0,
  `timezone` VARCHAR(100),
  `quota` INTEGER(10) DEFAULT 0,
  `joined` INTEGER(10) DEFAULT 0,
  `enabled` BOOLEAN,
  `openid_locked` BOOLEAN,
  `activated` BOOLEAN,
  `deleted` BOOLEAN,
  `preferred_issues_syntax` INTEGER(3) DEFAULT 0,
  `preferred_wiki_syntax` INTEGER(3) DEFAULT 0,
  `preferred_comments_syntax` INTEGER(3) DEFAULT 0,
  `prefer_wiki_markdown` BOOLEAN,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_userstate` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200),
  `is_online` BOOLEAN,
  `is_unavailable` BOOLEAN,
  `is_busy` BOOLEAN,
  `is_in_meeting` BOOLEAN,
  `is_absent` BOOLEAN,
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_usersession` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200),
  `token` VARCHAR(200),
  `created_at` INTEGER(10) DEFAULT 0,
  `last_used_at` INTEGER(10) DEFAULT 0,
  `is_elevated` BOOLEAN,
  `expires_at` INTEGER(10) DEFAULT 0,
  `user_id` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_userscopes` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `confirmed` BOOLEAN DEFAULT 0,
  `user_id` INTEGER(10) UNSIGNED DEFAULT 0,
  `group_id` INTEGER(10) UNSIGNED DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_application_password` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200),
  `password` VARCHAR(100),
  `created_at` INTEGER(10) DEFAULT 0,
  `last_used_at` INTEGER(10) DEFAULT 0,
  `user_id` INTEGER(10) DEFAULT 0,
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_buddies` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `uid` INTEGER(10) UNSIGNED DEFAULT 0,
  `bid` INTEGER(10) UNSIGNED DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_groups` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200),
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_teams` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200),
  `ondemand` BOOLEAN,
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_teammembers` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `uid` INTEGER(10) UNSIGNED DEFAULT 0,
  `tid` INTEGER(10) UNSIGNED DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_clients` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200),
  `email` VARCHAR(200),
  `telephone` VARCHAR(200),
  `website` VARCHAR(200),
  `fax` VARCHAR(200),
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_clientmembers` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `uid` INTEGER(10) UNSIGNED DEFAULT 0,
  `cid` INTEGER(10) UNSIGNED DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_projects` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200),
  `prefix` VARCHAR(25),
  `use_prefix` BOOLEAN,
  `locked` BOOLEAN,
  `issues_lock_type` INTEGER(10) DEFAULT 0,
  `use_scrum` BOOLEAN,
  `enable_builds` BOOLEAN,
  `enable_editions` BOOLEAN,
  `enable_components` BOOLEAN,
  `key` VARCHAR(200),
  `homepage` VARCHAR(200),
  `small_icon` INTEGER(10) DEFAULT 0,
  `large_icon` INTEGER(10) DEFAULT 0,
  `doc_url` VARCHAR(200),
  `wiki_url` VARCHAR(200),
  `description` TEXT,
  `show_in_summary` BOOLEAN,
  `summary_display` VARCHAR(15),
  `allow_freelancing` BOOLEAN,
  `deleted` BOOLEAN,
  `workflow_scheme_id` INTEGER(10) DEFAULT 0,
  `issuetype_scheme_id` INTEGER(10) DEFAULT 0,
  `client` INTEGER(10) DEFAULT 0,
  `autoassign` BOOLEAN,
  `parent` INTEGER(10) DEFAULT 0,
  `has_downloads` BOOLEAN,
  `archived` BOOLEAN,
  `time_units` INTEGER(10) DEFAULT 0,
  `leader_team` INTEGER(10) DEFAULT 0,
  `leader_user` INTEGER(10) DEFAULT 0,
  `qa_responsible_team` INTEGER(10) DEFAULT 0,
  `qa_responsible_user` INTEGER(10) DEFAULT 0,
  `isreleased` BOOLEAN,
  `release_date` INTEGER(10) DEFAULT 0,
  `owner_team` INTEGER(10) DEFAULT 0,
  `owner_user` INTEGER(10) DEFAULT 0,
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_projectassignedusers` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `project_id` INTEGER(10) UNSIGNED DEFAULT 0,
  `uid` INTEGER(10) UNSIGNED DEFAULT 0,
  `role_id` INTEGER(10) UNSIGNED DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_milestones` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `project` INTEGER(10) DEFAULT 0,
  `name` VARCHAR(200),
  `itemtype` VARCHAR(200),
  `closed` BOOLEAN,
  `reacheddate` INTEGER(10) DEFAULT 0,
  `scheduleddate` INTEGER(10) DEFAULT 0,
  `startingdate` INTEGER(10) DEFAULT 0,
  `visible_roadmap` BOOLEAN,
  `visible_issues` BOOLEAN,
  `description` TEXT,
  `sort_order` INTEGER(10) DEFAULT 0,
  `percentage_type` VARCHAR(200),
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_issuetypes` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200),
  `icon` VARCHAR(100),
  `description` TEXT,
  `key` VARCHAR(100),
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_listtypes` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200),
  `itemtype` VARCHAR(200),
  `itemdata` VARCHAR(200),
  `sort_order` INTEGER(10) DEFAULT 0,
  `key` VARCHAR(100),
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_issues` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `shortname` VARCHAR(255),
  `issue_no` INTEGER(10) DEFAULT 0,
  `issuetype` INTEGER(10) DEFAULT 0,
  `project_id` INTEGER(10) DEFAULT 0,
  `description` TEXT,
  `description_syntax` INTEGER(2) DEFAULT 0,
  `reproduction_steps` TEXT,
  `reproduction_steps_syntax` INTEGER(2) DEFAULT 0,
  `posted` INTEGER(10) DEFAULT 0,
  `last_updated` INTEGER(10) DEFAULT 0,
  `posted_by` INTEGER(10) DEFAULT 0,
  `assignee_team` INTEGER(10) DEFAULT 0,
  `assignee_user` INTEGER(10) DEFAULT 0,
  `pain_bug_type` INTEGER(3) DEFAULT 0,
  `pain_effect` INTEGER(3) DEFAULT 0,
  `pain_likelihood` INTEGER(3) DEFAULT 0,
  `user_pain` FLOAT(2),
  `resolution` INTEGER(10) DEFAULT 0,
  `state` INTEGER(2) DEFAULT 0,
  `category` INTEGER(10) DEFAULT 0,
  `status` INTEGER(10) DEFAULT 0,
  `priority` INTEGER(10) DEFAULT 0,
  `reproducability` INTEGER(10) DEFAULT 0,
  `severity` INTEGER(10) DEFAULT 0,
  `scrumcolor` VARCHAR(7),
  `estimated_months` INTEGER(10) DEFAULT 0,
  `estimated_weeks` INTEGER(10) DEFAULT 0,
  `estimated_days` INTEGER(10) DEFAULT 0,
  `estimated_hours` INTEGER(10) DEFAULT 0,
  `estimated_minutes` INTEGER(10) DEFAULT 0,
  `estimated_points` INTEGER(10) DEFAULT 0,
  `spent_months` INTEGER(10) DEFAULT 0,
  `spent_weeks` INTEGER(10) DEFAULT 0,
  `spent_days` INTEGER(10) DEFAULT 0,
  `spent_hours` INTEGER(10) DEFAULT 0,
  `spent_minutes` INTEGER(10) DEFAULT 0,
  `spent_points` INTEGER(10) DEFAULT 0,
  `percent_complete` INTEGER(2) DEFAULT 0,
  `being_worked_on_by_user` INTEGER(10) DEFAULT 0,
  `being_worked_on_by_user_since` INTEGER(10) DEFAULT 0,
  `deleted` BOOLEAN,
  `blocking` BOOLEAN,
  `votes_total` INTEGER(10) DEFAULT 0,
  `milestone_order` INTEGER(10) DEFAULT 0,
  `duplicate_of` INTEGER(10) DEFAULT 0,
  `milestone` INTEGER(10) DEFAULT 0,
  `locked` BOOLEAN,
  `locked_category` BOOLEAN,
  `workflow_step_id` INTEGER(10) DEFAULT 0,
  `owner_team` INTEGER(10) DEFAULT 0,
  `owner_user` INTEGER(10) DEFAULT 0,
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_issuecustomfields` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `issue_id` INTEGER(10) UNSIGNED DEFAULT 0,
  `customfields_id` INTEGER(10) UNSIGNED DEFAULT 0,
  `customfieldoption_id` INTEGER(10) UNSIGNED DEFAULT 0,
  `option_value` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_issuerelations` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `mustfix` BOOLEAN DEFAULT 0,
  `parent_id` INTEGER(10) UNSIGNED DEFAULT 0,
  `child_id` INTEGER(10) UNSIGNED DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_issue_estimates` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `issue_id` INTEGER(10) UNSIGNED DEFAULT 0,
  `edited_by` INTEGER(10) UNSIGNED DEFAULT 0,
  `edited_at` INTEGER(10) DEFAULT 0,
  `estimated_months` INTEGER(10) DEFAULT 0,
  `estimated_weeks` INTEGER(10) DEFAULT 0,
  `estimated_days` INTEGER(10) DEFAULT 0,
  `estimated_hours` INTEGER(10) DEFAULT 0,
  `estimated_minutes` INTEGER(10) DEFAULT 0,
  `estimated_points` FLOAT(2) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_issue_spenttimes` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `issue_id` INTEGER(10) DEFAULT 0,
  `edited_by` INTEGER(10) DEFAULT 0,
  `activity_type` INTEGER(10) DEFAULT 0,
  `edited_at` INTEGER(10) DEFAULT 0,
  `spent_months` INTEGER(10) DEFAULT 0,
  `spent_weeks` INTEGER(10) DEFAULT 0,
  `spent_days` INTEGER(10) DEFAULT 0,
  `spent_hours` INTEGER(10) DEFAULT 0,
  `spent_minutes` INTEGER(10) DEFAULT 0,
  `spent_points` INTEGER(10) DEFAULT 0,
  `comment` TEXT,
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_userissues` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `issue` INTEGER(10) UNSIGNED DEFAULT 0,
  `uid` INTEGER(10) UNSIGNED DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_votes` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `target` INTEGER(10) DEFAULT 0,
  `vote` INTEGER(2) DEFAULT 0,
  `uid` INTEGER(10) UNSIGNED DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_comments` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `content` TEXT,
  `posted_by` INTEGER(10) DEFAULT 0,
  `updated_by` INTEGER(10) DEFAULT 0,
  `posted` INTEGER(10) DEFAULT 0,
  `updated` INTEGER(10) DEFAULT 0,
  `target_id` INTEGER(10) DEFAULT 0,
  `target_type` INTEGER(5) DEFAULT 0,
  `is_public` BOOLEAN,
  `module` VARCHAR(100),
  `deleted` BOOLEAN,
  `system_comment` BOOLEAN,
  `has_associated_changes` BOOLEAN,
  `comment_number` INTEGER(10) DEFAULT 0,
  `reply_to_comment` INTEGER(10) DEFAULT 0,
  `syntax` INTEGER(10) DEFAULT 0,
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_files` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `content_type` VARCHAR(200),
  `uploaded_at` INTEGER(10) DEFAULT 0,
  `real_filename` VARCHAR(200),
  `original_filename` VARCHAR(200),
  `content` LONGBLOB,
  `description` VARCHAR(200),
  `size` VARCHAR(200),
  `uid` INTEGER(10) DEFAULT 0,
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_issuefiles` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `uid` INTEGER(10) UNSIGNED DEFAULT 0,
  `issue_id` INTEGER(10) UNSIGNED DEFAULT 0,
  `file_id` INTEGER(10) UNSIGNED DEFAULT 0,
  `attached_at` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_log` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `target` INTEGER(10) DEFAULT 0,
  `target_type` INTEGER(10) DEFAULT 0,
  `change_type` INTEGER(10) DEFAULT 0,
  `previous_value` TEXT,
  `current_value` TEXT,
  `text` TEXT,
  `time` INTEGER(10) DEFAULT 0,
  `uid` INTEGER(10) DEFAULT 0,
  `comment_id` INTEGER(10) DEFAULT 0,
  `project_id` INTEGER(10) DEFAULT 0,
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_notifications` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `target_id` INTEGER(10) DEFAULT 0,
  `notification_type` VARCHAR(100),
  `module_name` VARCHAR(50),
  `is_read` BOOLEAN,
  `created_at` INTEGER(10) DEFAULT 0,
  `triggered_by_user_id` INTEGER(10) DEFAULT 0,
  `user_id` INTEGER(10) DEFAULT 0,
  `shown_at` INTEGER(10) DEFAULT 0,
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_notificationsettings` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `module_name` VARCHAR(50),
  `name` VARCHAR(255),
  `value` VARCHAR(100),
  `user_id` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_permissions` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `permission_type` VARCHAR(100),
  `target_id` VARCHAR(200) DEFAULT '0',
  `allowed` BOOLEAN DEFAULT 0,
  `module` VARCHAR(50),
  `uid` INTEGER(10) UNSIGNED DEFAULT 0,
  `gid` INTEGER(10) UNSIGNED DEFAULT 0,
  `tid` INTEGER(10) UNSIGNED DEFAULT 0,
  `role_id` INTEGER(10) UNSIGNED DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_settings` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `name` VARCHAR(45),
  `module` VARCHAR(45),
  `value` VARCHAR(200),
  `uid` INTEGER(10) DEFAULT 0,
  `updated_at` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_savedsearches` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200),
  `description` VARCHAR(255),
  `is_public` BOOLEAN,
  `templatename` VARCHAR(200),
  `templateparameter` VARCHAR(200),
  `issues_per_page` INTEGER(10) DEFAULT 0,
  `sortfields` VARCHAR(400),
  `columns` VARCHAR(600),
  `groupby` VARCHAR(100),
  `grouporder` VARCHAR(5),
  `applies_to_project` INTEGER(10) DEFAULT 0,
  `uid` INTEGER(10) DEFAULT 0,
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_commits` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `log` TEXT,
  `old_rev` VARCHAR(40),
  `previous_commit_id` INTEGER(10) DEFAULT 0,
  `new_rev` VARCHAR(40),
  `new_rev_short` VARCHAR(40),
  `author` INTEGER(10) DEFAULT 0,
  `date` INTEGER(10) DEFAULT 0,
  `data` VARCHAR(500),
  `project_id` INTEGER(10) DEFAULT 0,
  `is_imported` BOOLEAN,
  `scope` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `tbg_mailing_queue` (
  `id` INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `scope` INTEGER(10) UNSIGNED DEFAULT 0,
  `subject` VARCHAR(255),
  `from` VARCHAR(255),
  `to` TEXT,
  `headers` TEXT,
  `part` TEXT,
  `date` INTEGER(10) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

