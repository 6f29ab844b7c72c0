-- Pagure 5.13.2 (the Fedora Project's git forge, pagure.io / src.fedoraproject.org) -- MySQL schema.
-- Source: github.com/Pagure/pagure commit bee168305d5ccdea109a7ee31fd74f52b624ced8 (GPL-2.0-or-later):
--   SQLAlchemy models pagure/lib/model.py and the hook plug-in models pagure/hooks/*.py.
-- Pagure creates its tables with BASE.metadata.create_all() (pagure/lib/model.py create_tables). The models were
-- imported with SQLAlchemy 2.0.34 (Flask, pygit2 and other runtime imports stubbed), created in MariaDB 10.11
-- through PyMySQL, and each table written back with SHOW CREATE TABLE (AUTO_INCREMENT counters dropped).
-- Column names, order, types, keys, foreign keys and constraint names are what create_all() produced.
-- 48 of the 54 tables are kept; left out are six identical hook switch tables (id, project_id, active):
-- hook_fedmsg, hook_pagure, hook_pagure_no_new_branches, hook_pagure_requests, hook_pagure_tickets,
-- hook_pagure_unsigned_commit.

CREATE TABLE `access_levels` (
  `access` varchar(255) NOT NULL,
  PRIMARY KEY (`access`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acls` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `description` text NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `acls_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pagure_group_type` (
  `group_type` varchar(16) NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`group_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_issue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `status_issue_status_key` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_pull_requests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `status_pull_requests_status_key` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `tag` varchar(255) NOT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user` varchar(255) NOT NULL,
  `fullname` varchar(255) NOT NULL,
  `default_email` text NOT NULL,
  `_settings` text DEFAULT NULL,
  `password` text DEFAULT NULL,
  `token` varchar(50) DEFAULT NULL,
  `created` datetime NOT NULL,
  `updated_on` datetime NOT NULL,
  `refuse_sessions_before` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_users_users_user` (`user`),
  KEY `ix_users_users_fullname` (`fullname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pagure_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_name` varchar(255) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `group_type` varchar(16) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pagure_group_group_name_key` (`group_name`),
  UNIQUE KEY `pagure_group_display_name_key` (`display_name`),
  KEY `pagure_group_group_type_fkey` (`group_type`),
  KEY `ix_pagure_group_pagure_group_user_id` (`user_id`),
  CONSTRAINT `pagure_group_group_type_fkey` FOREIGN KEY (`group_type`) REFERENCES `pagure_group_type` (`group_type`),
  CONSTRAINT `pagure_group_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pagure_user_visit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `visit_key` varchar(40) NOT NULL,
  `user_ip` varchar(50) NOT NULL,
  `created` datetime NOT NULL,
  `expiry` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_pagure_user_visit_pagure_user_visit_visit_key` (`visit_key`),
  KEY `pagure_user_visit_user_id_fkey` (`user_id`),
  CONSTRAINT `pagure_user_visit_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `namespace` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `url` text DEFAULT NULL,
  `_settings` text DEFAULT NULL,
  `hook_token` varchar(40) NOT NULL,
  `avatar_email` text DEFAULT NULL,
  `is_fork` tinyint(1) NOT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `_priorities` text DEFAULT NULL,
  `default_priority` text DEFAULT NULL,
  `_milestones` text DEFAULT NULL,
  `_milestones_keys` text DEFAULT NULL,
  `_quick_replies` text DEFAULT NULL,
  `_reports` text DEFAULT NULL,
  `_notifications` text DEFAULT NULL,
  `_close_status` text DEFAULT NULL,
  `_block_users` text DEFAULT NULL,
  `mirrored_from` text DEFAULT NULL,
  `mirrored_from_last_log` text DEFAULT NULL,
  `date_created` datetime NOT NULL,
  `date_modified` datetime NOT NULL,
  `private` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projects_hook_token_key` (`hook_token`),
  KEY `projects_parent_id_fkey` (`parent_id`),
  KEY `ix_projects_projects_namespace` (`namespace`),
  KEY `ix_projects_projects_name` (`name`),
  KEY `ix_projects_projects_user_id` (`user_id`),
  CONSTRAINT `projects_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `projects` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `projects_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_emails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `email` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_emails_email_key` (`email`),
  KEY `ix_user_emails_user_emails_user_id` (`user_id`),
  CONSTRAINT `user_emails_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_emails_pending` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `email` varchar(255) NOT NULL,
  `token` varchar(50) DEFAULT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_emails_pending_email_key` (`email`),
  KEY `ix_user_emails_pending_user_emails_pending_user_id` (`user_id`),
  CONSTRAINT `user_emails_pending_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hook_irc` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `server` text NOT NULL,
  `port` text NOT NULL,
  `room` text NOT NULL,
  `nick` text DEFAULT NULL,
  `nick_pass` text DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `join` tinyint(1) NOT NULL,
  `ssl` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_hook_irc_hook_irc_project_id` (`project_id`),
  CONSTRAINT `hook_irc_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hook_mail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `mail_to` text NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_hook_mail_hook_mail_project_id` (`project_id`),
  CONSTRAINT `hook_mail_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hook_mirror` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `public_key` text DEFAULT NULL,
  `target` text DEFAULT NULL,
  `last_log` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_hook_mirror_hook_mirror_project_id` (`project_id`),
  CONSTRAINT `hook_mirror_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hook_pagure_ci` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `pagure_ci_token` varchar(32) DEFAULT NULL,
  `ci_type` varchar(255) DEFAULT NULL,
  `ci_url` varchar(255) DEFAULT NULL,
  `ci_job` varchar(255) DEFAULT NULL,
  `ci_username` varchar(255) DEFAULT NULL,
  `ci_password` varchar(255) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `active_commit` tinyint(1) NOT NULL,
  `active_pr` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_hook_pagure_ci_hook_pagure_ci_project_id` (`project_id`),
  KEY `ix_hook_pagure_ci_hook_pagure_ci_pagure_ci_token` (`pagure_ci_token`),
  CONSTRAINT `hook_pagure_ci_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hook_pagure_force_commit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `branches` text NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_hook_pagure_force_commit_hook_pagure_force_commit_project_id` (`project_id`),
  CONSTRAINT `hook_pagure_force_commit_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hook_rtd` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `branches` text DEFAULT NULL,
  `api_url` text NOT NULL,
  `api_token` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_hook_rtd_hook_rtd_project_id` (`project_id`),
  CONSTRAINT `hook_rtd_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_keys` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `key_type` varchar(255) NOT NULL,
  `key_data` text DEFAULT NULL,
  `key_notify` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `issue_keys_project_id_key` (`project_id`,`name`),
  CONSTRAINT `issue_keys_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issues` (
  `id` int(11) NOT NULL,
  `uid` varchar(32) NOT NULL,
  `project_id` int(11) NOT NULL,
  `title` text NOT NULL,
  `content` text NOT NULL,
  `user_id` int(11) NOT NULL,
  `assignee_id` int(11) DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `private` tinyint(1) NOT NULL,
  `priority` int(11) DEFAULT NULL,
  `milestone` varchar(255) DEFAULT NULL,
  `close_status` text DEFAULT NULL,
  `date_created` datetime NOT NULL,
  `last_updated` datetime NOT NULL,
  `closed_at` datetime DEFAULT NULL,
  `closed_by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`,`project_id`),
  UNIQUE KEY `issues_uid_key` (`uid`),
  KEY `issues_project_id_fkey` (`project_id`),
  KEY `issues_status_fkey` (`status`),
  KEY `issues_closed_by_id_fkey` (`closed_by_id`),
  KEY `ix_issues_issues_assignee_id` (`assignee_id`),
  KEY `ix_issues_issues_user_id` (`user_id`),
  CONSTRAINT `issues_assignee_id_fkey` FOREIGN KEY (`assignee_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `issues_closed_by_id_fkey` FOREIGN KEY (`closed_by_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `issues_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `issues_status_fkey` FOREIGN KEY (`status`) REFERENCES `status_issue` (`status`) ON UPDATE CASCADE,
  CONSTRAINT `issues_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pagure_user_group` (
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`user_id`,`group_id`),
  UNIQUE KEY `pagure_user_group_user_id_key` (`user_id`,`group_id`),
  KEY `pagure_user_group_group_id_fkey` (`group_id`),
  CONSTRAINT `pagure_user_group_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `pagure_group` (`id`),
  CONSTRAINT `pagure_user_group_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_locks` (
  `project_id` int(11) NOT NULL,
  `lock_type` enum('WORKER','WORKER_TICKET','WORKER_REQUEST') NOT NULL,
  PRIMARY KEY (`project_id`,`lock_type`),
  CONSTRAINT `project_locks_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_groups` (
  `project_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  `access` varchar(255) NOT NULL,
  `branches` text DEFAULT NULL,
  PRIMARY KEY (`project_id`,`group_id`),
  UNIQUE KEY `projects_groups_project_id_key` (`project_id`,`group_id`),
  KEY `projects_groups_group_id_fkey` (`group_id`),
  KEY `projects_groups_access_fkey` (`access`),
  CONSTRAINT `projects_groups_access_fkey` FOREIGN KEY (`access`) REFERENCES `access_levels` (`access`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `projects_groups_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `pagure_group` (`id`),
  CONSTRAINT `projects_groups_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pull_requests` (
  `id` int(11) NOT NULL,
  `uid` varchar(32) NOT NULL,
  `title` text NOT NULL,
  `project_id` int(11) NOT NULL,
  `branch` text NOT NULL,
  `project_id_from` int(11) DEFAULT NULL,
  `remote_git` text DEFAULT NULL,
  `branch_from` text NOT NULL,
  `commit_start` text DEFAULT NULL,
  `commit_stop` text DEFAULT NULL,
  `initial_comment` text DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `assignee_id` int(11) DEFAULT NULL,
  `merge_status` enum('NO_CHANGE','FFORWARD','CONFLICTS','MERGE') DEFAULT NULL,
  `allow_rebase` tinyint(1) NOT NULL,
  `private` tinyint(1) NOT NULL,
  `status` varchar(255) NOT NULL,
  `closed_by_id` int(11) DEFAULT NULL,
  `closed_at` datetime DEFAULT NULL,
  `date_created` datetime NOT NULL,
  `updated_on` datetime NOT NULL,
  `last_updated` datetime NOT NULL,
  PRIMARY KEY (`id`,`project_id`),
  UNIQUE KEY `pull_requests_uid_key` (`uid`),
  KEY `pull_requests_project_id_fkey` (`project_id`),
  KEY `pull_requests_project_id_from_fkey` (`project_id_from`),
  KEY `pull_requests_status_fkey` (`status`),
  KEY `pull_requests_closed_by_id_fkey` (`closed_by_id`),
  KEY `ix_pull_requests_pull_requests_assignee_id` (`assignee_id`),
  KEY `ix_pull_requests_pull_requests_user_id` (`user_id`),
  CONSTRAINT `pull_requests_assignee_id_fkey` FOREIGN KEY (`assignee_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `pull_requests_closed_by_id_fkey` FOREIGN KEY (`closed_by_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `pull_requests_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `pull_requests_project_id_from_fkey` FOREIGN KEY (`project_id_from`) REFERENCES `projects` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `pull_requests_status_fkey` FOREIGN KEY (`status`) REFERENCES `status_pull_requests` (`status`) ON UPDATE CASCADE,
  CONSTRAINT `pull_requests_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sshkeys` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) DEFAULT NULL,
  `pushaccess` tinyint(1) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `public_ssh_key` text NOT NULL,
  `ssh_short_key` text NOT NULL,
  `ssh_search_key` varchar(60) NOT NULL,
  `creator_user_id` int(11) NOT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_sshkeys_sshkeys_ssh_search_key` (`ssh_search_key`),
  KEY `ix_sshkeys_sshkeys_project_id` (`project_id`),
  KEY `ix_sshkeys_sshkeys_creator_user_id` (`creator_user_id`),
  KEY `ix_sshkeys_sshkeys_user_id` (`user_id`),
  CONSTRAINT `sshkeys_creator_user_id_fkey` FOREIGN KEY (`creator_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `sshkeys_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sshkeys_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stargazers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_stargazers_project_id_user_id_key` (`project_id`,`user_id`),
  KEY `stargazers_user_id_fkey` (`user_id`),
  KEY `ix_stargazers_stargazers_project_id` (`project_id`),
  CONSTRAINT `stargazers_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `stargazers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags_colored` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag` varchar(255) NOT NULL,
  `tag_description` varchar(255) DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  `tag_color` varchar(25) DEFAULT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_colored_project_id_key` (`project_id`,`tag`),
  CONSTRAINT `tags_colored_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags_projects` (
  `tag` varchar(255) NOT NULL,
  `project_id` int(11) NOT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`tag`,`project_id`),
  KEY `tags_projects_project_id_fkey` (`project_id`),
  CONSTRAINT `tags_projects_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `tags_projects_tag_fkey` FOREIGN KEY (`tag`) REFERENCES `tags` (`tag`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `id` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL,
  `project_id` int(11) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `expiration` datetime NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_tokens_tokens_user_id` (`user_id`),
  KEY `ix_tokens_tokens_project_id` (`project_id`),
  CONSTRAINT `tokens_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_projects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `access` varchar(255) NOT NULL,
  `branches` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_projects_project_id_key` (`project_id`,`user_id`,`access`),
  KEY `user_projects_access_fkey` (`access`),
  KEY `ix_user_projects_user_projects_user_id` (`user_id`),
  CONSTRAINT `user_projects_access_fkey` FOREIGN KEY (`access`) REFERENCES `access_levels` (`access`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_projects_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `user_projects_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `watchers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `watch_issues` tinyint(1) NOT NULL,
  `watch_commits` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `watchers_project_id_key` (`project_id`,`user_id`),
  KEY `ix_watchers_watchers_user_id` (`user_id`),
  CONSTRAINT `watchers_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `watchers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `tag_id` int(11) NOT NULL,
  `created` datetime NOT NULL,
  `date_updated` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `boards_project_id_name_uix` (`project_id`,`name`),
  KEY `boards_tag_id_fkey` (`tag_id`),
  KEY `ix_boards_boards_project_id` (`project_id`),
  CONSTRAINT `boards_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `boards_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags_colored` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commit_flags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `commit_hash` varchar(40) NOT NULL,
  `project_id` int(11) NOT NULL,
  `token_id` varchar(64) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `uid` varchar(32) NOT NULL,
  `status` varchar(32) NOT NULL,
  `username` text NOT NULL,
  `percent` int(11) DEFAULT NULL,
  `comment` text NOT NULL,
  `url` text NOT NULL,
  `date_created` datetime NOT NULL,
  `date_updated` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `commit_flags_commit_hash_key` (`commit_hash`,`uid`),
  KEY `commit_flags_token_id_fkey` (`token_id`),
  KEY `ix_commit_flags_commit_flags_commit_hash` (`commit_hash`),
  KEY `ix_commit_flags_commit_flags_project_id` (`project_id`),
  KEY `ix_commit_flags_commit_flags_user_id` (`user_id`),
  CONSTRAINT `commit_flags_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `commit_flags_token_id_fkey` FOREIGN KEY (`token_id`) REFERENCES `tokens` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `commit_flags_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `issue_uid` varchar(32) DEFAULT NULL,
  `comment` text NOT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `notification` tinyint(1) NOT NULL,
  `edited_on` datetime DEFAULT NULL,
  `editor_id` int(11) DEFAULT NULL,
  `date_created` datetime NOT NULL,
  `_reactions` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `issue_comments_parent_id_fkey` (`parent_id`),
  KEY `issue_comments_editor_id_fkey` (`editor_id`),
  KEY `ix_issue_comments_issue_comments_issue_uid` (`issue_uid`),
  KEY `ix_issue_comments_issue_comments_user_id` (`user_id`),
  CONSTRAINT `issue_comments_editor_id_fkey` FOREIGN KEY (`editor_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `issue_comments_issue_uid_fkey` FOREIGN KEY (`issue_uid`) REFERENCES `issues` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `issue_comments_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `issue_comments` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `issue_comments_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_to_issue` (
  `parent_issue_id` varchar(32) NOT NULL,
  `child_issue_id` varchar(32) NOT NULL,
  PRIMARY KEY (`parent_issue_id`,`child_issue_id`),
  KEY `issue_to_issue_child_issue_id_fkey` (`child_issue_id`),
  CONSTRAINT `issue_to_issue_child_issue_id_fkey` FOREIGN KEY (`child_issue_id`) REFERENCES `issues` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `issue_to_issue_parent_issue_id_fkey` FOREIGN KEY (`parent_issue_id`) REFERENCES `issues` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_values` (
  `key_id` int(11) NOT NULL,
  `issue_uid` varchar(32) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`key_id`,`issue_uid`),
  KEY `issue_values_issue_uid_fkey` (`issue_uid`),
  CONSTRAINT `issue_values_issue_uid_fkey` FOREIGN KEY (`issue_uid`) REFERENCES `issues` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `issue_values_key_id_fkey` FOREIGN KEY (`key_id`) REFERENCES `issue_keys` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_watchers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `issue_uid` varchar(32) NOT NULL,
  `user_id` int(11) NOT NULL,
  `watch` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `issue_watchers_issue_uid_key` (`issue_uid`,`user_id`),
  KEY `ix_issue_watchers_issue_watchers_user_id` (`user_id`),
  CONSTRAINT `issue_watchers_issue_uid_fkey` FOREIGN KEY (`issue_uid`) REFERENCES `issues` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `issue_watchers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pagure_logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `user_email` varchar(255) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `issue_uid` varchar(32) DEFAULT NULL,
  `pull_request_uid` varchar(32) DEFAULT NULL,
  `log_type` text NOT NULL,
  `ref_id` text NOT NULL,
  `date` date NOT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_pagure_logs_pagure_logs_date` (`date`),
  KEY `ix_pagure_logs_pagure_logs_user_email` (`user_email`),
  KEY `ix_pagure_logs_pagure_logs_user_id` (`user_id`),
  KEY `ix_pagure_logs_pagure_logs_issue_uid` (`issue_uid`),
  KEY `ix_pagure_logs_pagure_logs_pull_request_uid` (`pull_request_uid`),
  KEY `ix_pagure_logs_pagure_logs_project_id` (`project_id`),
  KEY `ix_pagure_logs_pagure_logs_date_created` (`date_created`),
  CONSTRAINT `pagure_logs_issue_uid_fkey` FOREIGN KEY (`issue_uid`) REFERENCES `issues` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `pagure_logs_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `pagure_logs_pull_request_uid_fkey` FOREIGN KEY (`pull_request_uid`) REFERENCES `pull_requests` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `pagure_logs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pr_to_issue` (
  `pull_request_uid` varchar(32) NOT NULL,
  `issue_uid` varchar(32) NOT NULL,
  `origin` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`pull_request_uid`,`issue_uid`),
  KEY `pr_to_issue_issue_uid_fkey` (`issue_uid`),
  KEY `ix_pr_to_issue_pr_to_issue_origin` (`origin`),
  CONSTRAINT `pr_to_issue_issue_uid_fkey` FOREIGN KEY (`issue_uid`) REFERENCES `issues` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `pr_to_issue_pull_request_uid_fkey` FOREIGN KEY (`pull_request_uid`) REFERENCES `pull_requests` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pull_request_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pull_request_uid` varchar(32) NOT NULL,
  `commit_id` varchar(40) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `filename` text DEFAULT NULL,
  `line` int(11) DEFAULT NULL,
  `tree_id` varchar(40) DEFAULT NULL,
  `comment` text NOT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `notification` tinyint(1) NOT NULL,
  `edited_on` datetime DEFAULT NULL,
  `editor_id` int(11) DEFAULT NULL,
  `date_created` datetime NOT NULL,
  `_reactions` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pull_request_comments_pull_request_uid_fkey` (`pull_request_uid`),
  KEY `pull_request_comments_parent_id_fkey` (`parent_id`),
  KEY `pull_request_comments_editor_id_fkey` (`editor_id`),
  KEY `ix_pull_request_comments_pull_request_comments_commit_id` (`commit_id`),
  KEY `ix_pull_request_comments_pull_request_comments_user_id` (`user_id`),
  CONSTRAINT `pull_request_comments_editor_id_fkey` FOREIGN KEY (`editor_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `pull_request_comments_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `pull_request_comments` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `pull_request_comments_pull_request_uid_fkey` FOREIGN KEY (`pull_request_uid`) REFERENCES `pull_requests` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `pull_request_comments_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pull_request_flags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` varchar(32) NOT NULL,
  `pull_request_uid` varchar(32) NOT NULL,
  `token_id` varchar(64) DEFAULT NULL,
  `status` varchar(32) NOT NULL,
  `user_id` int(11) NOT NULL,
  `username` text NOT NULL,
  `percent` int(11) DEFAULT NULL,
  `comment` text NOT NULL,
  `url` text NOT NULL,
  `date_created` datetime NOT NULL,
  `date_updated` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pull_request_flags_uid_key` (`uid`,`pull_request_uid`),
  KEY `pull_request_flags_pull_request_uid_fkey` (`pull_request_uid`),
  KEY `pull_request_flags_token_id_fkey` (`token_id`),
  KEY `ix_pull_request_flags_pull_request_flags_user_id` (`user_id`),
  CONSTRAINT `pull_request_flags_pull_request_uid_fkey` FOREIGN KEY (`pull_request_uid`) REFERENCES `pull_requests` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `pull_request_flags_token_id_fkey` FOREIGN KEY (`token_id`) REFERENCES `tokens` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `pull_request_flags_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pull_request_watchers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pull_request_uid` varchar(32) NOT NULL,
  `user_id` int(11) NOT NULL,
  `watch` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pull_request_watchers_pull_request_uid_key` (`pull_request_uid`,`user_id`),
  KEY `ix_pull_request_watchers_pull_request_watchers_user_id` (`user_id`),
  CONSTRAINT `pull_request_watchers_pull_request_uid_fkey` FOREIGN KEY (`pull_request_uid`) REFERENCES `pull_requests` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `pull_request_watchers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags_issues` (
  `tag` varchar(255) NOT NULL,
  `issue_uid` varchar(32) NOT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`tag`,`issue_uid`),
  KEY `tags_issues_issue_uid_fkey` (`issue_uid`),
  CONSTRAINT `tags_issues_issue_uid_fkey` FOREIGN KEY (`issue_uid`) REFERENCES `issues` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `tags_issues_tag_fkey` FOREIGN KEY (`tag`) REFERENCES `tags` (`tag`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags_issues_colored` (
  `tag_id` int(11) NOT NULL,
  `issue_uid` varchar(32) NOT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`tag_id`,`issue_uid`),
  KEY `tags_issues_colored_issue_uid_fkey` (`issue_uid`),
  CONSTRAINT `tags_issues_colored_issue_uid_fkey` FOREIGN KEY (`issue_uid`) REFERENCES `issues` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `tags_issues_colored_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags_colored` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags_pull_requests` (
  `tag_id` int(11) NOT NULL,
  `request_uid` varchar(32) NOT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`tag_id`,`request_uid`),
  KEY `tags_pull_requests_request_uid_fkey` (`request_uid`),
  CONSTRAINT `tags_pull_requests_request_uid_fkey` FOREIGN KEY (`request_uid`) REFERENCES `pull_requests` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `tags_pull_requests_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags_colored` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens_acls` (
  `token_id` varchar(64) NOT NULL,
  `acl_id` int(11) NOT NULL,
  PRIMARY KEY (`token_id`,`acl_id`),
  UNIQUE KEY `tokens_acls_token_id_key` (`token_id`,`acl_id`),
  KEY `tokens_acls_acl_id_fkey` (`acl_id`),
  CONSTRAINT `tokens_acls_acl_id_fkey` FOREIGN KEY (`acl_id`) REFERENCES `acls` (`id`),
  CONSTRAINT `tokens_acls_token_id_fkey` FOREIGN KEY (`token_id`) REFERENCES `tokens` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `board_statuses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `board_id` int(11) NOT NULL,
  `name` varchar(128) NOT NULL,
  `rank` int(11) NOT NULL,
  `default` tinyint(1) NOT NULL,
  `bg_color` varchar(32) NOT NULL,
  `close` tinyint(1) NOT NULL,
  `close_status` text DEFAULT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `board_statuses_board_id_name_uix` (`board_id`,`name`),
  KEY `ix_board_statuses_board_statuses_board_id` (`board_id`),
  CONSTRAINT `board_statuses_board_id_fkey` FOREIGN KEY (`board_id`) REFERENCES `boards` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards_issues` (
  `issue_uid` varchar(32) NOT NULL,
  `status_id` int(11) NOT NULL,
  `rank` int(11) NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`issue_uid`,`status_id`),
  UNIQUE KEY `boards_issues_status_id_issue_uid_uix` (`status_id`,`issue_uid`),
  CONSTRAINT `boards_issues_issue_uid_fkey` FOREIGN KEY (`issue_uid`) REFERENCES `issues` (`uid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `boards_issues_status_id_fkey` FOREIGN KEY (`status_id`) REFERENCES `board_statuses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
