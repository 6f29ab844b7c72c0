-- Taiga (agile project management) — trimmed MySQL DDL of the real schema.
-- Upstream: github.com/kaleidos-ventures/taiga-back, Django models and migrations (taiga/*/migrations), commit
-- b6eac2c503eaa955e5d81bc29b2e8a988b7cb36b. Licence: MPL-2.0.
-- Made by replaying all upstream migrations (with Django 3.2 and the third-party apps of requirements.txt:
-- django.contrib, djmail, easy_thumbnails) into PostgreSQL with `manage.py migrate`, and writing the resulting
-- tables as MySQL: serial -> INT AUTO_INCREMENT, timestamptz -> DATETIME, jsonb -> JSON, arrays -> JSON,
-- boolean -> TINYINT(1), inet -> VARCHAR(45). Indexes left out; single-column foreign keys between kept tables
-- kept. 45 of the 73 tables kept. Column COMMENTs are upstream's help_text and code comments of the fields.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME,
  `is_superuser` TINYINT(1) NOT NULL COMMENT 'Designates that this user has all permissions without explicitly assigning them.',
  `username` VARCHAR(255) NOT NULL COMMENT 'Required. 30 characters or fewer. Letters, numbers and /./-/_ characters',
  `email` VARCHAR(255) NOT NULL,
  `is_active` TINYINT(1) NOT NULL COMMENT 'Designates whether this user should be treated as active. Unselect this instead of deleting accounts.',
  `full_name` VARCHAR(256) NOT NULL,
  `color` VARCHAR(9) NOT NULL,
  `bio` TEXT NOT NULL,
  `photo` VARCHAR(500),
  `date_joined` DATETIME NOT NULL,
  `lang` VARCHAR(20),
  `timezone` VARCHAR(20),
  `colorize_tags` TINYINT(1) NOT NULL,
  `token` VARCHAR(200),
  `email_token` VARCHAR(200),
  `new_email` VARCHAR(254),
  `is_system` TINYINT(1) NOT NULL,
  `theme` VARCHAR(100),
  `max_private_projects` INT,
  `max_public_projects` INT,
  `max_memberships_private_projects` INT,
  `max_memberships_public_projects` INT,
  `uuid` VARCHAR(32) NOT NULL,
  `accepted_terms` TINYINT(1) NOT NULL,
  `read_new_terms` TINYINT(1) NOT NULL,
  `verified_email` TINYINT(1) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL COMMENT 'Designates whether the user can log into this admin site.',
  `date_cancelled` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_authdata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(50) NOT NULL,
  `value` VARCHAR(300) NOT NULL,
  `extra` JSON NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_role` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `slug` VARCHAR(250) NOT NULL,
  `permissions` JSON,
  `order` INT NOT NULL,
  `computable` TINYINT(1) NOT NULL,
  `project_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_project` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tags` JSON,
  `name` VARCHAR(250) NOT NULL,
  `slug` VARCHAR(250) NOT NULL,
  `description` TEXT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `modified_date` DATETIME NOT NULL,
  `total_milestones` INT,
  `total_story_points` DOUBLE,
  `is_backlog_activated` TINYINT(1) NOT NULL,
  `is_kanban_activated` TINYINT(1) NOT NULL,
  `is_wiki_activated` TINYINT(1) NOT NULL,
  `is_issues_activated` TINYINT(1) NOT NULL,
  `videoconferences` VARCHAR(250),
  `videoconferences_extra_data` VARCHAR(250),
  `anon_permissions` JSON,
  `public_permissions` JSON,
  `is_private` TINYINT(1) NOT NULL,
  `tags_colors` JSON,
  `owner_id` INT,
  `creation_template_id` INT,
  `default_issue_status_id` INT,
  `default_issue_type_id` INT,
  `default_points_id` INT,
  `default_priority_id` INT,
  `default_severity_id` INT,
  `default_task_status_id` INT,
  `default_us_status_id` INT,
  `issues_csv_uuid` VARCHAR(32),
  `tasks_csv_uuid` VARCHAR(32),
  `userstories_csv_uuid` VARCHAR(32),
  `is_featured` TINYINT(1) NOT NULL,
  `is_looking_for_people` TINYINT(1) NOT NULL,
  `total_activity` INT NOT NULL,
  `total_activity_last_month` INT NOT NULL,
  `total_activity_last_week` INT NOT NULL,
  `total_activity_last_year` INT NOT NULL,
  `total_fans` INT NOT NULL,
  `total_fans_last_month` INT NOT NULL,
  `total_fans_last_week` INT NOT NULL,
  `total_fans_last_year` INT NOT NULL,
  `totals_updated_datetime` DATETIME NOT NULL,
  `logo` VARCHAR(500),
  `looking_for_people_note` TEXT NOT NULL,
  `blocked_code` VARCHAR(255),
  `transfer_token` VARCHAR(255),
  `is_epics_activated` TINYINT(1) NOT NULL,
  `default_epic_status_id` INT,
  `epics_csv_uuid` VARCHAR(32),
  `is_contact_activated` TINYINT(1) NOT NULL,
  `default_swimlane_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`default_issue_status_id`) REFERENCES `projects_issuestatus` (`id`),
  FOREIGN KEY (`default_issue_type_id`) REFERENCES `projects_issuetype` (`id`),
  FOREIGN KEY (`default_priority_id`) REFERENCES `projects_priority` (`id`),
  FOREIGN KEY (`default_severity_id`) REFERENCES `projects_severity` (`id`),
  FOREIGN KEY (`default_task_status_id`) REFERENCES `projects_taskstatus` (`id`),
  FOREIGN KEY (`default_us_status_id`) REFERENCES `projects_userstorystatus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_membership` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_admin` TINYINT(1) NOT NULL,
  `email` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `token` VARCHAR(60),
  `user_id` INT,
  `project_id` INT NOT NULL,
  `role_id` INT NOT NULL,
  `invited_by_id` INT,
  `invitation_extra_text` TEXT,
  `user_order` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `users_role` (`id`),
  FOREIGN KEY (`invited_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_userstorystatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `order` INT NOT NULL,
  `is_closed` TINYINT(1) NOT NULL,
  `color` VARCHAR(20) NOT NULL,
  `wip_limit` INT,
  `project_id` INT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `is_archived` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_taskstatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `order` INT NOT NULL,
  `is_closed` TINYINT(1) NOT NULL,
  `color` VARCHAR(20) NOT NULL,
  `project_id` INT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_issuestatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `order` INT NOT NULL,
  `is_closed` TINYINT(1) NOT NULL,
  `color` VARCHAR(20) NOT NULL,
  `project_id` INT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_issuetype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `order` INT NOT NULL,
  `color` VARCHAR(20) NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_priority` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `order` INT NOT NULL,
  `color` VARCHAR(20) NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_severity` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `order` INT NOT NULL,
  `color` VARCHAR(20) NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `milestones_milestone` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `slug` VARCHAR(250) NOT NULL,
  `estimated_start` DATE NOT NULL,
  `estimated_finish` DATE NOT NULL,
  `created_date` DATETIME NOT NULL,
  `modified_date` DATETIME NOT NULL,
  `closed` TINYINT(1) NOT NULL,
  `disponibility` DOUBLE,
  `order` SMALLINT NOT NULL,
  `owner_id` INT,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `epics_epic` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tags` JSON,
  `version` INT NOT NULL,
  `is_blocked` TINYINT(1) NOT NULL,
  `blocked_note` TEXT NOT NULL,
  `ref` BIGINT,
  `epics_order` BIGINT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `modified_date` DATETIME NOT NULL,
  `subject` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `client_requirement` TINYINT(1) NOT NULL,
  `team_requirement` TINYINT(1) NOT NULL,
  `assigned_to_id` INT,
  `owner_id` INT,
  `project_id` INT NOT NULL,
  `status_id` INT,
  `color` VARCHAR(32) NOT NULL,
  `external_reference` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assigned_to_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userstories_userstory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tags` JSON,
  `version` INT NOT NULL,
  `is_blocked` TINYINT(1) NOT NULL,
  `blocked_note` TEXT NOT NULL,
  `ref` BIGINT,
  `is_closed` TINYINT(1) NOT NULL,
  `backlog_order` BIGINT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `modified_date` DATETIME NOT NULL,
  `finish_date` DATETIME,
  `subject` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `client_requirement` TINYINT(1) NOT NULL,
  `team_requirement` TINYINT(1) NOT NULL,
  `assigned_to_id` INT,
  `generated_from_issue_id` INT,
  `milestone_id` INT,
  `owner_id` INT,
  `project_id` INT NOT NULL,
  `status_id` INT,
  `sprint_order` BIGINT NOT NULL,
  `kanban_order` BIGINT NOT NULL,
  `external_reference` JSON,
  `tribe_gig` TEXT,
  `due_date` DATE,
  `due_date_reason` TEXT NOT NULL,
  `generated_from_task_id` INT,
  `from_task_ref` TEXT,
  `swimlane_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assigned_to_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`generated_from_issue_id`) REFERENCES `issues_issue` (`id`),
  FOREIGN KEY (`milestone_id`) REFERENCES `milestones_milestone` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  FOREIGN KEY (`status_id`) REFERENCES `projects_userstorystatus` (`id`),
  FOREIGN KEY (`generated_from_task_id`) REFERENCES `tasks_task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userstories_userstory_assigned_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userstory_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userstory_id`) REFERENCES `userstories_userstory` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userstories_rolepoints` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `points_id` INT,
  `role_id` INT NOT NULL,
  `user_story_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `users_role` (`id`),
  FOREIGN KEY (`user_story_id`) REFERENCES `userstories_userstory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_task` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tags` JSON,
  `version` INT NOT NULL,
  `is_blocked` TINYINT(1) NOT NULL,
  `blocked_note` TEXT NOT NULL,
  `ref` BIGINT,
  `created_date` DATETIME NOT NULL,
  `modified_date` DATETIME NOT NULL,
  `finished_date` DATETIME,
  `subject` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `is_iocaine` TINYINT(1) NOT NULL,
  `assigned_to_id` INT,
  `milestone_id` INT,
  `owner_id` INT,
  `project_id` INT NOT NULL,
  `status_id` INT,
  `user_story_id` INT,
  `taskboard_order` BIGINT NOT NULL,
  `us_order` BIGINT NOT NULL,
  `external_reference` JSON,
  `due_date` DATE,
  `due_date_reason` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assigned_to_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`milestone_id`) REFERENCES `milestones_milestone` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  FOREIGN KEY (`status_id`) REFERENCES `projects_taskstatus` (`id`),
  FOREIGN KEY (`user_story_id`) REFERENCES `userstories_userstory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issues_issue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tags` JSON,
  `version` INT NOT NULL,
  `is_blocked` TINYINT(1) NOT NULL,
  `blocked_note` TEXT NOT NULL,
  `ref` BIGINT,
  `created_date` DATETIME NOT NULL,
  `modified_date` DATETIME NOT NULL,
  `finished_date` DATETIME,
  `subject` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `assigned_to_id` INT,
  `milestone_id` INT,
  `owner_id` INT,
  `priority_id` INT,
  `project_id` INT NOT NULL,
  `severity_id` INT,
  `status_id` INT,
  `type_id` INT,
  `external_reference` JSON,
  `due_date` DATE,
  `due_date_reason` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assigned_to_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`milestone_id`) REFERENCES `milestones_milestone` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`priority_id`) REFERENCES `projects_priority` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  FOREIGN KEY (`severity_id`) REFERENCES `projects_severity` (`id`),
  FOREIGN KEY (`status_id`) REFERENCES `projects_issuestatus` (`id`),
  FOREIGN KEY (`type_id`) REFERENCES `projects_issuetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wiki_wikipage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `version` INT NOT NULL,
  `slug` VARCHAR(500) NOT NULL,
  `content` TEXT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `modified_date` DATETIME NOT NULL,
  `last_modifier_id` INT,
  `owner_id` INT,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`last_modifier_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_attributes_userstorycustomattribute` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  `description` TEXT NOT NULL,
  `order` BIGINT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `modified_date` DATETIME NOT NULL,
  `project_id` INT NOT NULL,
  `type` VARCHAR(16) NOT NULL,
  `extra` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_attributes_userstorycustomattributesvalues` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `version` INT NOT NULL,
  `attributes_values` JSON NOT NULL,
  `user_story_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_story_id`) REFERENCES `userstories_userstory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history_historyentry` (
  `id` VARCHAR(255) NOT NULL,
  `user` JSON,
  `created_at` DATETIME,
  `type` SMALLINT,
  `is_snapshot` TINYINT(1) COMMENT 'Flag for mark some history entries as complete snapshot. The rest are partial snapshot.',
  `key` VARCHAR(255),
  `diff` JSON COMMENT 'Stores the last diff',
  `snapshot` JSON COMMENT 'Stores the last complete frozen object snapshot',
  `values` JSON COMMENT 'Stores a values of all identifiers used in',
  `comment` TEXT COMMENT 'Stores a comment',
  `comment_html` TEXT,
  `delete_comment_date` DATETIME,
  `delete_comment_user` JSON,
  `is_hidden` TINYINT(1) COMMENT 'Flag for mark some history entries as hidden. Hidden history entries are important for save but not important to preview. Order fields are the good example of this fields.',
  `comment_versions` JSON COMMENT 'Historic version of comments',
  `edit_comment_date` DATETIME,
  `project_id` INT NOT NULL,
  `values_diff_cache` JSON COMMENT 'Stores the values_diff cache',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_notifypolicy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `notify_level` SMALLINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `modified_at` DATETIME NOT NULL,
  `project_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `live_notify_level` SMALLINT NOT NULL,
  `web_notify_level` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_watched` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `content_type_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_webnotification` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL,
  `read` DATETIME,
  `event_type` INT NOT NULL,
  `data` JSON NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_historychangenotification` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `created_datetime` DATETIME NOT NULL,
  `updated_datetime` DATETIME NOT NULL,
  `history_type` SMALLINT NOT NULL,
  `owner_id` INT NOT NULL,
  `project_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_historychangenotification_notify_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `historychangenotification_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`historychangenotification_id`) REFERENCES `notifications_historychangenotification` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments_attachment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `modified_date` DATETIME NOT NULL,
  `attached_file` VARCHAR(500),
  `is_deprecated` TINYINT(1) NOT NULL,
  `description` TEXT NOT NULL,
  `order` INT NOT NULL,
  `content_type_id` INT NOT NULL,
  `owner_id` INT,
  `project_id` INT NOT NULL,
  `name` VARCHAR(500) NOT NULL,
  `size` INT,
  `sha1` VARCHAR(40) NOT NULL,
  `from_comment` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `likes_like` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `content_type_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `votes_vote` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` INT NOT NULL,
  `content_type_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timeline_timeline` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` INT NOT NULL,
  `namespace` VARCHAR(250) NOT NULL,
  `event_type` VARCHAR(250) NOT NULL,
  `project_id` INT,
  `data` JSON NOT NULL,
  `data_content_type_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `content_type_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_contactentry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `comment` TEXT NOT NULL,
  `created_date` DATETIME NOT NULL,
  `project_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_feedbackentry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `full_name` VARCHAR(256) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `comment` TEXT NOT NULL,
  `created_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings_userprojectsettings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `homepage` SMALLINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `modified_at` DATETIME NOT NULL,
  `project_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userstorage_storageentry` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_date` DATETIME NOT NULL,
  `modified_date` DATETIME NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` JSON,
  `owner_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_apps_application` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `icon_url` TEXT,
  `web` VARCHAR(255),
  `description` TEXT,
  `next_url` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_apps_applicationtoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `auth_code` VARCHAR(255),
  `token` VARCHAR(255),
  `state` VARCHAR(255),
  `application_id` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_id`) REFERENCES `external_apps_application` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_denylist_outstandingtoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `jti` VARCHAR(255) NOT NULL,
  `token` TEXT NOT NULL,
  `created_at` DATETIME,
  `expires_at` DATETIME NOT NULL,
  `user_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_denylist_denylistedtoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `denylisted_at` DATETIME NOT NULL,
  `token_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`token_id`) REFERENCES `token_denylist_outstandingtoken` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks_webhook` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(200) NOT NULL,
  `key` TEXT NOT NULL,
  `project_id` INT NOT NULL,
  `name` VARCHAR(250) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks_webhooklog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(200) NOT NULL,
  `status` INT NOT NULL,
  `request_data` JSON NOT NULL,
  `response_data` TEXT NOT NULL,
  `webhook_id` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `duration` DOUBLE NOT NULL,
  `request_headers` JSON NOT NULL,
  `response_headers` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`webhook_id`) REFERENCES `webhooks_webhook` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `djmail_message` (
  `uuid` VARCHAR(40) NOT NULL,
  `from_email` VARCHAR(1024) NOT NULL,
  `to_email` TEXT NOT NULL,
  `body_text` TEXT NOT NULL,
  `body_html` TEXT NOT NULL,
  `subject` VARCHAR(1024) NOT NULL,
  `data` TEXT NOT NULL,
  `retry_count` SMALLINT NOT NULL,
  `status` SMALLINT NOT NULL,
  `priority` SMALLINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `sent_at` DATETIME,
  `exception` TEXT NOT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `applied` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
