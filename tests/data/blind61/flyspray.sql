-- Flyspray 1.0: setup/upgrade/1.0/flyspray-install.xml (github.com/Flyspray/flyspray, commit d2b444ae1100f2186051b4f995d587f26bbcdf2e), ADOdb XML schema rendered as MySQL DDL with the installer's default table prefix flyspray_; table <descr> kept as COMMENT

CREATE TABLE `flyspray_admin_requests` (
  `request_id` int(5) NOT NULL AUTO_INCREMENT,
  `project_id` int(5) NOT NULL DEFAULT 0,
  `task_id` int(5) NOT NULL DEFAULT 0,
  `submitted_by` int(5) NOT NULL DEFAULT 0,
  `request_type` int(2) NOT NULL DEFAULT 0,
  `reason_given` text NOT NULL,
  `time_submitted` int(11) NOT NULL DEFAULT 0,
  `resolved_by` int(5) NOT NULL DEFAULT 0,
  `time_resolved` int(11) NOT NULL DEFAULT 0,
  `deny_reason` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`request_id`),
  KEY `resolved_project` (`resolved_by`,`project_id`)
) COMMENT='Pending requests for admins and PMs to attend to';
CREATE TABLE `flyspray_assigned` (
  `assigned_id` int(10) NOT NULL AUTO_INCREMENT,
  `task_id` int(10) NOT NULL DEFAULT 0,
  `user_id` int(5) NOT NULL DEFAULT 0,
  PRIMARY KEY (`assigned_id`),
  UNIQUE KEY `task_user` (`task_id`,`user_id`)
) COMMENT='Who is assigned what task';
CREATE TABLE `flyspray_attachments` (
  `attachment_id` int(5) NOT NULL AUTO_INCREMENT,
  `task_id` int(10) NOT NULL DEFAULT 0,
  `comment_id` int(10) NOT NULL DEFAULT 0,
  `orig_name` varchar(255) NOT NULL,
  `file_name` varchar(30) NOT NULL,
  `file_type` varchar(255) NOT NULL,
  `file_size` int(20) NOT NULL DEFAULT 0,
  `added_by` int(3) NOT NULL DEFAULT 0,
  `date_added` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`attachment_id`),
  KEY `task_id_attachments` (`task_id`,`comment_id`)
) COMMENT='List the names and locations of files attached to tasks';
CREATE TABLE `flyspray_cache` (
  `id` int(6) NOT NULL AUTO_INCREMENT,
  `type` varchar(4) NOT NULL,
  `content` longtext NOT NULL,
  `topic` int(11) NOT NULL,
  `last_updated` int(11) NOT NULL DEFAULT 0,
  `project_id` int(11) NOT NULL DEFAULT 0,
  `max_items` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cache_type` (`type`,`topic`,`project_id`,`max_items`),
  KEY `cache_type_topic` (`type`,`topic`)
) COMMENT='Table to cache RSS/Atom feeds';
CREATE TABLE `flyspray_comments` (
  `comment_id` int(10) NOT NULL AUTO_INCREMENT,
  `task_id` int(10) NOT NULL DEFAULT 0,
  `date_added` int(11) NOT NULL DEFAULT 0,
  `user_id` int(3) NOT NULL DEFAULT 0,
  `comment_text` text NOT NULL,
  `last_edited_time` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`comment_id`),
  KEY `task_id_comments` (`task_id`),
  KEY `user_id_comments` (`user_id`)
) COMMENT='task comments';
CREATE TABLE `flyspray_dependencies` (
  `depend_id` int(10) NOT NULL AUTO_INCREMENT,
  `task_id` int(10) NOT NULL DEFAULT 0,
  `dep_task_id` int(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`depend_id`),
  UNIQUE KEY `task_id_deps` (`task_id`,`dep_task_id`)
) COMMENT='Task inter-dependencies';
CREATE TABLE `flyspray_effort` (
  `effort_id` int(10) NOT NULL AUTO_INCREMENT,
  `task_id` int(10) NOT NULL DEFAULT 0,
  `date_added` int(11) NOT NULL DEFAULT 0,
  `user_id` int(3) NOT NULL DEFAULT 0,
  `start_timestamp` int(11) DEFAULT NULL,
  `end_timestamp` int(11) DEFAULT NULL,
  `effort` int(15) NOT NULL DEFAULT 0,
  PRIMARY KEY (`effort_id`),
  KEY `task_id_effort` (`task_id`)
) COMMENT='log of time spent on tasks';
CREATE TABLE `flyspray_groups` (
  `group_id` int(3) NOT NULL AUTO_INCREMENT,
  `group_name` varchar(20) NOT NULL,
  `group_desc` varchar(150) NOT NULL,
  `project_id` int(3) NOT NULL DEFAULT 0,
  `is_admin` int(1) NOT NULL DEFAULT 0,
  `manage_project` int(1) NOT NULL DEFAULT 0,
  `view_tasks` int(1) NOT NULL DEFAULT 0,
  `open_new_tasks` int(1) NOT NULL DEFAULT 0,
  `modify_own_tasks` int(1) NOT NULL DEFAULT 0,
  `modify_all_tasks` int(1) NOT NULL DEFAULT 0,
  `view_comments` int(1) NOT NULL DEFAULT 0,
  `add_comments` int(1) NOT NULL DEFAULT 0,
  `edit_comments` int(1) NOT NULL DEFAULT 0,
  `edit_own_comments` int(1) NOT NULL DEFAULT 0,
  `delete_comments` int(1) NOT NULL DEFAULT 0,
  `create_attachments` int(1) NOT NULL DEFAULT 0,
  `delete_attachments` int(1) NOT NULL DEFAULT 0,
  `view_history` int(1) NOT NULL DEFAULT 0,
  `close_own_tasks` int(1) NOT NULL DEFAULT 0,
  `close_other_tasks` int(1) NOT NULL DEFAULT 0,
  `assign_to_self` int(1) NOT NULL DEFAULT 0,
  `assign_others_to_self` int(1) NOT NULL DEFAULT 0,
  `add_to_assignees` int(1) NOT NULL DEFAULT 0,
  `view_reports` int(1) NOT NULL DEFAULT 0,
  `add_votes` int(1) NOT NULL DEFAULT 0,
  `edit_assignments` int(1) NOT NULL DEFAULT 0,
  `show_as_assignees` int(1) NOT NULL DEFAULT 0,
  `view_estimated_effort` int(1) NOT NULL DEFAULT 0,
  `view_current_effort_done` int(1) NOT NULL DEFAULT 0,
  `track_effort` int(1) NOT NULL DEFAULT 0,
  `group_open` int(1) NOT NULL DEFAULT 0,
  `add_multiple_tasks` int(1) NOT NULL DEFAULT 0,
  `view_roadmap` int(1) NOT NULL DEFAULT 0,
  `view_own_tasks` int(1) NOT NULL DEFAULT 0,
  `view_groups_tasks` int(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`group_id`),
  UNIQUE KEY `group_name` (`group_name`,`project_id`),
  KEY `belongs_to_project` (`project_id`)
) COMMENT='User Groups for the Flyspray bug killer';
CREATE TABLE `flyspray_history` (
  `history_id` int(10) NOT NULL AUTO_INCREMENT,
  `task_id` int(10) NOT NULL DEFAULT 0,
  `user_id` int(3) NOT NULL DEFAULT 0,
  `event_date` int(11) NOT NULL DEFAULT 0,
  `event_type` int(2) NOT NULL DEFAULT 0,
  `field_changed` varchar(50) NOT NULL,
  `old_value` text DEFAULT NULL,
  `new_value` text DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `idx_task_id` (`task_id`),
  KEY `idx_event_date` (`event_date`),
  KEY `idx_event_type` (`event_type`)
) COMMENT='log of Flyspray activities';
CREATE TABLE `flyspray_links` (
  `link_id` int(11) NOT NULL AUTO_INCREMENT,
  `task_id` int(11) NOT NULL DEFAULT 0,
  `comment_id` int(11) NOT NULL DEFAULT 0,
  `url` text NOT NULL,
  `added_by` int(11) NOT NULL DEFAULT 0,
  `date_added` int(11) DEFAULT 0,
  PRIMARY KEY (`link_id`),
  KEY `task_id_links` (`task_id`)
) COMMENT='link a resource (e.g. an URL) with a task - in a more structured way than the task description text area.';
CREATE TABLE `flyspray_list_category` (
  `category_id` int(3) NOT NULL AUTO_INCREMENT,
  `project_id` int(3) NOT NULL DEFAULT 0,
  `category_name` varchar(40) NOT NULL,
  `show_in_list` int(1) NOT NULL DEFAULT 0,
  `category_owner` int(3) NOT NULL DEFAULT 0,
  `lft` int(10) unsigned NOT NULL DEFAULT 0,
  `rgt` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`category_id`),
  KEY `project_id_cat` (`project_id`)
) COMMENT='hierarchic task categories';
CREATE TABLE `flyspray_list_os` (
  `os_id` int(3) NOT NULL AUTO_INCREMENT,
  `project_id` int(3) NOT NULL DEFAULT 0,
  `os_name` varchar(40) NOT NULL,
  `list_position` int(3) NOT NULL DEFAULT 0,
  `show_in_list` int(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`os_id`),
  UNIQUE KEY `project_id_os` (`project_id`,`os_name`)
) COMMENT='Operating system list for the Flyspray bug killer';
CREATE TABLE `flyspray_list_resolution` (
  `resolution_id` int(3) NOT NULL AUTO_INCREMENT,
  `resolution_name` varchar(40) NOT NULL,
  `list_position` int(3) NOT NULL DEFAULT 0,
  `show_in_list` int(1) NOT NULL DEFAULT 0,
  `project_id` int(3) NOT NULL DEFAULT 0,
  PRIMARY KEY (`resolution_id`),
  UNIQUE KEY `project_id_res` (`project_id`,`resolution_name`)
) COMMENT='task close reasons';
CREATE TABLE `flyspray_list_status` (
  `status_id` int(3) NOT NULL AUTO_INCREMENT,
  `status_name` varchar(40) NOT NULL,
  `list_position` int(3) NOT NULL DEFAULT 0,
  `show_in_list` int(1) NOT NULL DEFAULT 0,
  `project_id` int(3) NOT NULL DEFAULT 0,
  PRIMARY KEY (`status_id`),
  UNIQUE KEY `project_id_status` (`project_id`,`status_name`)
) COMMENT='List of possible task statuses';
CREATE TABLE `flyspray_list_tag` (
  `tag_id` int(5) NOT NULL AUTO_INCREMENT,
  `project_id` int(5) NOT NULL DEFAULT 0,
  `tag_name` varchar(40) NOT NULL,
  `list_position` int(3) NOT NULL DEFAULT 0,
  `show_in_list` int(1) NOT NULL DEFAULT 0,
  `class` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`tag_id`),
  UNIQUE KEY `tag_name` (`project_id`,`tag_name`)
) COMMENT='definition of tags/labels for tasks';
CREATE TABLE `flyspray_list_tasktype` (
  `tasktype_id` int(3) NOT NULL AUTO_INCREMENT,
  `tasktype_name` varchar(40) NOT NULL,
  `list_position` int(3) NOT NULL DEFAULT 0,
  `show_in_list` int(1) NOT NULL DEFAULT 0,
  `project_id` int(3) NOT NULL DEFAULT 0,
  PRIMARY KEY (`tasktype_id`),
  UNIQUE KEY `project_id_tt` (`project_id`,`tasktype_name`)
) COMMENT='List of possible task types';
CREATE TABLE `flyspray_list_version` (
  `version_id` int(3) NOT NULL AUTO_INCREMENT,
  `project_id` int(3) NOT NULL DEFAULT 0,
  `version_name` varchar(40) NOT NULL,
  `list_position` int(3) NOT NULL DEFAULT 0,
  `show_in_list` int(1) NOT NULL DEFAULT 0,
  `version_tense` int(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`version_id`),
  UNIQUE KEY `project_id_version_name` (`project_id`,`version_name`),
  KEY `project_id_version` (`project_id`,`version_tense`)
) COMMENT='list of project versions/milestones/software release versions';
CREATE TABLE `flyspray_notification_messages` (
  `message_id` int(10) NOT NULL AUTO_INCREMENT,
  `message_subject` text NOT NULL,
  `message_body` text NOT NULL,
  `time_created` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`message_id`)
) COMMENT='Notification body and subject';
CREATE TABLE `flyspray_notification_recipients` (
  `recipient_id` int(10) NOT NULL AUTO_INCREMENT,
  `message_id` int(10) NOT NULL DEFAULT 0,
  `notify_method` varchar(1) NOT NULL,
  `notify_address` varchar(100) NOT NULL,
  PRIMARY KEY (`recipient_id`)
) COMMENT='Notification recipient list';
CREATE TABLE `flyspray_notifications` (
  `notify_id` int(10) NOT NULL AUTO_INCREMENT,
  `task_id` int(10) NOT NULL DEFAULT 0,
  `user_id` int(5) NOT NULL DEFAULT 0,
  PRIMARY KEY (`notify_id`),
  UNIQUE KEY `task_id_notifs` (`task_id`,`user_id`)
) COMMENT='Extra task notification registrations are stored here';
CREATE TABLE `flyspray_prefs` (
  `pref_id` int(1) NOT NULL AUTO_INCREMENT,
  `pref_name` varchar(40) NOT NULL,
  `pref_value` text DEFAULT NULL,
  PRIMARY KEY (`pref_id`)
) COMMENT='global settings of Flyspray';
CREATE TABLE `flyspray_projects` (
  `project_id` int(3) NOT NULL AUTO_INCREMENT,
  `project_title` varchar(100) NOT NULL,
  `theme_style` varchar(20) NOT NULL DEFAULT '0',
  `default_cat_owner` int(3) NOT NULL DEFAULT 0,
  `intro_message` text NOT NULL,
  `project_is_active` int(1) NOT NULL DEFAULT 0,
  `visible_columns` varchar(255) NOT NULL,
  `visible_fields` varchar(255) NOT NULL,
  `others_view` int(1) NOT NULL DEFAULT 0,
  `others_viewroadmap` int(1) NOT NULL DEFAULT 0,
  `anon_open` int(1) NOT NULL DEFAULT 0,
  `notify_email` text NOT NULL,
  `notify_jabber` text NOT NULL,
  `notify_reply` text NOT NULL,
  `notify_types` varchar(100) NOT NULL DEFAULT '0',
  `feed_img_url` text NOT NULL,
  `feed_description` text NOT NULL,
  `notify_subject` varchar(100) NOT NULL DEFAULT '',
  `lang_code` varchar(10) NOT NULL,
  `comment_closed` int(1) NOT NULL DEFAULT 0,
  `auto_assign` int(1) NOT NULL DEFAULT 0,
  `last_updated` int(11) NOT NULL DEFAULT 0,
  `default_task` text NOT NULL,
  `default_entry` varchar(8) NOT NULL DEFAULT 'index',
  `disp_intro` int(1) DEFAULT 0,
  `use_effort_tracking` int(1) DEFAULT 0,
  `default_due_version` varchar(40) NOT NULL DEFAULT 'Undecided',
  `pages_intro_msg` varchar(80) NOT NULL DEFAULT 'index',
  `hours_per_manday` int(11) NOT NULL DEFAULT 0,
  `estimated_effort_format` int(3) NOT NULL DEFAULT 0,
  `current_effort_done_format` int(3) NOT NULL DEFAULT 0,
  `default_order_by` varchar(100) NOT NULL DEFAULT 'id',
  `default_order_by_dir` varchar(5) NOT NULL DEFAULT 'desc',
  `custom_style` varchar(32) DEFAULT NULL,
  `freetagging` int(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`project_id`)
) COMMENT='project settings';
CREATE TABLE `flyspray_registrations` (
  `reg_id` int(10) NOT NULL AUTO_INCREMENT,
  `reg_time` int(11) NOT NULL DEFAULT 0,
  `confirm_code` varchar(20) NOT NULL,
  `user_name` varchar(32) NOT NULL,
  `real_name` varchar(100) NOT NULL,
  `email_address` varchar(100) NOT NULL,
  `jabber_id` varchar(100) NOT NULL,
  `notify_type` int(1) NOT NULL DEFAULT 0,
  `magic_url` varchar(40) NOT NULL,
  `time_zone` int(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`reg_id`)
) COMMENT='table for yet unconfirmed user registrations';
CREATE TABLE `flyspray_related` (
  `related_id` int(10) NOT NULL AUTO_INCREMENT,
  `this_task` int(10) NOT NULL DEFAULT 0,
  `related_task` int(10) NOT NULL DEFAULT 0,
  `is_duplicate` int(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`related_id`),
  UNIQUE KEY `this_task` (`this_task`,`related_task`,`is_duplicate`)
) COMMENT='contains loose task relations to another task or task duplicates';
CREATE TABLE `flyspray_reminders` (
  `reminder_id` int(10) NOT NULL AUTO_INCREMENT,
  `task_id` int(10) NOT NULL DEFAULT 0,
  `to_user_id` int(3) NOT NULL DEFAULT 0,
  `from_user_id` int(3) NOT NULL DEFAULT 0,
  `start_time` int(11) NOT NULL DEFAULT 0,
  `how_often` int(12) NOT NULL DEFAULT 0,
  `last_sent` int(11) NOT NULL DEFAULT 0,
  `reminder_message` text NOT NULL,
  PRIMARY KEY (`reminder_id`)
) COMMENT='scheduled task reminders';
CREATE TABLE `flyspray_searches` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `name` varchar(50) NOT NULL,
  `search_string` text NOT NULL,
  `time` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) COMMENT='Saves custom searches of users';
CREATE TABLE `flyspray_tags` (
  `task_id` int(5) DEFAULT NULL,
  `tag` varchar(100) DEFAULT NULL
) COMMENT='Do not use this table. pre FS1.0-beta table';
CREATE TABLE `flyspray_task_tag` (
  `task_id` int(5) NOT NULL,
  `tag_id` int(5) NOT NULL,
  PRIMARY KEY (`task_id`,`tag_id`),
  UNIQUE KEY `task_id_tag` (`task_id`,`tag_id`)
) COMMENT='join table to add tags/labels to tasks';
CREATE TABLE `flyspray_tasks` (
  `task_id` int(10) NOT NULL AUTO_INCREMENT,
  `project_id` int(3) NOT NULL DEFAULT 0,
  `task_type` int(3) NOT NULL DEFAULT 0,
  `date_opened` int(11) NOT NULL DEFAULT 0,
  `opened_by` int(3) NOT NULL DEFAULT 0,
  `is_closed` int(1) NOT NULL DEFAULT 0,
  `date_closed` int(11) NOT NULL DEFAULT 0,
  `closed_by` int(3) NOT NULL DEFAULT 0,
  `closure_comment` text NOT NULL,
  `item_summary` varchar(100) NOT NULL,
  `detailed_desc` text NOT NULL,
  `item_status` int(3) NOT NULL DEFAULT 0,
  `resolution_reason` int(3) NOT NULL DEFAULT 1,
  `product_category` int(3) NOT NULL DEFAULT 0,
  `product_version` int(3) NOT NULL DEFAULT 0,
  `closedby_version` int(3) NOT NULL DEFAULT 0,
  `operating_system` int(3) NOT NULL DEFAULT 0,
  `task_severity` int(3) NOT NULL DEFAULT 0,
  `task_priority` int(3) NOT NULL DEFAULT 0,
  `last_edited_by` int(3) NOT NULL DEFAULT 0,
  `last_edited_time` int(11) NOT NULL DEFAULT 0,
  `percent_complete` int(3) NOT NULL DEFAULT 0,
  `mark_private` int(1) NOT NULL DEFAULT 0,
  `due_date` int(11) NOT NULL DEFAULT 0,
  `anon_email` varchar(100) NOT NULL DEFAULT '',
  `task_token` varchar(32) NOT NULL DEFAULT '0',
  `supertask_id` int(10) DEFAULT 0,
  `list_order` int(3) DEFAULT 0,
  `estimated_effort` int(3) DEFAULT 0,
  PRIMARY KEY (`task_id`),
  KEY `attached_to_project` (`project_id`),
  KEY `task_severity` (`task_severity`),
  KEY `task_type` (`task_type`),
  KEY `product_category` (`product_category`),
  KEY `item_status` (`item_status`),
  KEY `is_closed` (`is_closed`),
  KEY `closedby_version` (`closedby_version`),
  KEY `due_date` (`due_date`),
  KEY `task_project_super` (`project_id`,`supertask_id`),
  KEY `task_super` (`supertask_id`,`task_id`,`project_id`)
) COMMENT='main table for storing tasks';
CREATE TABLE `flyspray_user_emails` (
  `id` int(5) DEFAULT NULL,
  `email_address` varchar(100) DEFAULT NULL,
  `oauth_uid` varchar(255) NOT NULL DEFAULT '0',
  `oauth_provider` varchar(10) NOT NULL DEFAULT ''
) COMMENT='multiple addresses for users. subject to change in FS1.1+!';
CREATE TABLE `flyspray_users` (
  `user_id` int(3) NOT NULL AUTO_INCREMENT,
  `user_name` varchar(32) NOT NULL,
  `user_pass` varchar(128) DEFAULT NULL,
  `real_name` varchar(100) NOT NULL,
  `jabber_id` varchar(100) NOT NULL,
  `email_address` varchar(100) NOT NULL,
  `notify_type` int(1) NOT NULL DEFAULT 0,
  `notify_own` int(6) NOT NULL DEFAULT 0,
  `account_enabled` int(1) NOT NULL DEFAULT 0,
  `dateformat` varchar(30) NOT NULL DEFAULT '',
  `dateformat_extended` varchar(30) NOT NULL DEFAULT '',
  `magic_url` varchar(40) NOT NULL DEFAULT '',
  `tasks_perpage` int(3) NOT NULL DEFAULT 0,
  `register_date` int(11) NOT NULL DEFAULT 0,
  `time_zone` int(6) NOT NULL DEFAULT 0,
  `login_attempts` int(11) NOT NULL DEFAULT 0,
  `lock_until` int(11) NOT NULL DEFAULT 0,
  `lang_code` varchar(10) NOT NULL DEFAULT '0',
  `oauth_uid` varchar(255) NOT NULL DEFAULT '0',
  `oauth_provider` varchar(10) NOT NULL DEFAULT '',
  `profile_image` varchar(100) NOT NULL DEFAULT '',
  `hide_my_email` int(1) NOT NULL DEFAULT 0,
  `notify_online` int(1) NOT NULL DEFAULT 0,
  `last_login` int(11) DEFAULT NULL COMMENT 'last login of a user',
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `user_name` (`user_name`)
) COMMENT='user accounts of Flyspray';
CREATE TABLE `flyspray_users_in_groups` (
  `record_id` int(5) NOT NULL AUTO_INCREMENT,
  `user_id` int(5) NOT NULL DEFAULT 0,
  `group_id` int(3) NOT NULL DEFAULT 0,
  PRIMARY KEY (`record_id`),
  UNIQUE KEY `group_id_uig` (`group_id`,`user_id`),
  KEY `user_id_uig` (`user_id`)
) COMMENT='Which users are in which groups';
CREATE TABLE `flyspray_votes` (
  `vote_id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `task_id` int(11) NOT NULL DEFAULT 0,
  `date_time` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`vote_id`),
  KEY `task_id_votes` (`task_id`)
) COMMENT='votes for tasks';

