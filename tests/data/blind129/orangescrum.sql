-- OrangeScrum Community Edition (github.com/Orangescrum/orangescrum, commit 1d6ab15fd6b703819ad2a439b8a1d23a23b08310,
-- GPL-3.0 with Andolasoft's additional permission). Subset of upstream's phpMyAdmin dump `database.sql`: 40 of its
-- 127 tables, CREATE TABLE statements as upstream (names, order, types, collations, comments, engines); the
-- PRIMARY KEY / UNIQUE KEY and AUTO_INCREMENT that the dump adds afterwards with ALTER TABLE are folded into each
-- CREATE TABLE; secondary indexes left out. Upstream declares no foreign keys between these tables.

CREATE TABLE `beta_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) COLLATE utf8_unicode_ci NOT NULL,
  `name` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `invit_token` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `is_approve` tinyint(2) NOT NULL DEFAULT 0,
  `is_admin_invited` tinyint(1) NOT NULL DEFAULT 0,
  `registered_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `case_activities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `easycase_id` int(11) NOT NULL COMMENT 'Foreign key of "easycases"',
  `comment_id` int(11) NOT NULL COMMENT 'Foreign key of "comments"',
  `case_no` smallint(6) NOT NULL,
  `project_id` int(11) NOT NULL COMMENT 'Foreign key of "projects"',
  `user_id` int(11) NOT NULL COMMENT 'Foreign key of "users"',
  `type` tinyint(4) NOT NULL COMMENT '1-New 2-Opened, 3-Closed, 4-Start, 5-Resolve, 7-Comments, 8-Deleted,10->Modified',
  `isactive` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0-Inactive, 1-Active',
  `dt_created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `case_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `easycase_id` int(11) NOT NULL COMMENT 'Foreign key of "easycases"',
  `comments` text CHARACTER SET latin1 NOT NULL,
  `user_id` int(11) NOT NULL COMMENT 'Foreign key of "users"',
  `dt_created` datetime NOT NULL,
  `isactive` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0-Inactive, 1-Active',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `case_files` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `company_id` int(11) NOT NULL,
  `easycase_id` int(11) NOT NULL COMMENT 'Foreign key of "easycases"',
  `comment_id` int(11) NOT NULL COMMENT 'Foreign key of "case_comments"',
  `file` varchar(222) NOT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `upload_name` varchar(255) DEFAULT NULL,
  `thumb` varchar(222) NOT NULL,
  `file_size` decimal(7,1) NOT NULL,
  `count` smallint(6) NOT NULL,
  `downloadurl` text DEFAULT NULL,
  `isactive` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0-Inactive, 1-Active',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `case_reminders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `easycase_id` int(11) NOT NULL,
  `comment` text COLLATE utf8_unicode_ci NOT NULL,
  `reminder_datetime` datetime NOT NULL,
  `status` tinyint(2) NOT NULL DEFAULT 0,
  `is_emailed` tinyint(2) NOT NULL DEFAULT 0,
  `user_ids` text COLLATE utf8_unicode_ci NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `case_user_emails` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `easycase_id` int(11) NOT NULL COMMENT 'Foreign key of "easycases"',
  `user_id` int(11) NOT NULL COMMENT 'Foreign key of "users"',
  `ismail` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0-Stop Mailing, 1-Email Me',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `case_user_views` (
  `id` int(11) NOT NULL,
  `easycase_id` int(11) NOT NULL COMMENT 'Foreign key of "easycases"',
  `user_id` int(11) NOT NULL COMMENT 'Foreign key of "users"',
  `project_id` int(11) NOT NULL COMMENT 'Foreign key of "projects"',
  `istype` tinyint(2) NOT NULL DEFAULT 1 COMMENT '1-New, 2-Reply, 3-Closed, 4-Start, 5-Edit',
  `isviewed` tinyint(2) NOT NULL DEFAULT 0 COMMENT '0-Not Viewed, 1-Viewed',
  `dt_created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `companies` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uniq_id` mediumtext DEFAULT NULL,
  `name` varchar(250) NOT NULL,
  `seo_url` varchar(250) NOT NULL,
  `subscription_id` int(11) NOT NULL,
  `logo` varchar(100) NOT NULL,
  `website` varchar(100) NOT NULL,
  `contact_phone` varchar(100) NOT NULL,
  `referrer` mediumtext DEFAULT NULL,
  `industry_id` int(11) NOT NULL DEFAULT 0,
  `work_hour` int(11) NOT NULL DEFAULT 8,
  `week_ends` varchar(100) DEFAULT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `user_last_login` datetime NOT NULL,
  `is_beta` tinyint(4) NOT NULL DEFAULT 0 COMMENT '1->Beta company , 0-> Default',
  `is_active` tinyint(4) NOT NULL DEFAULT 1 COMMENT '1:Active , 2: Cancelled ',
  `is_deactivated` tinyint(2) NOT NULL DEFAULT 0 COMMENT '1-> Auto Deactivated , 2-> Deactivated by admin,3->Disable By admin,0-> Default ',
  `is_skipped` tinyint(3) NOT NULL DEFAULT 0 COMMENT '0:No, 1: Yes',
  `twitted` tinyint(2) NOT NULL DEFAULT 0,
  `refering_plan_id` int(11) NOT NULL DEFAULT 0,
  `country_name` varchar(150) NOT NULL DEFAULT 'no',
  `new_layout_no` tinyint(2) NOT NULL DEFAULT 0,
  `is_per_user` tinyint(2) NOT NULL DEFAULT 0,
  `plan_user_count` tinyint(3) NOT NULL DEFAULT 0,
  `is_delete_checked` tinyint(2) NOT NULL DEFAULT 0,
  `add_defect_master` tinyint(2) DEFAULT 0,
  `auth_token` varchar(255) DEFAULT NULL,
  `api_access_code` varchar(8) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `company_holidays` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) NOT NULL,
  `holiday` datetime NOT NULL,
  `description` varchar(255) NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `company_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) NOT NULL,
  `company_uniq_id` varchar(250) NOT NULL,
  `user_id` int(11) NOT NULL,
  `user_type` int(11) NOT NULL COMMENT '1-owner,2-Admin,3-member',
  `is_active` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0-Inactive, 1-Active,2- Not confirmed , 3- Deleted user',
  `is_access_change` tinyint(4) NOT NULL DEFAULT 0 COMMENT '1-email changed, 2-password changed, 3-user to admin, 4-user to client, 5 - Admin to client, 6 - client to user, 7 - client to admin, 8 - disable user',
  `change_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `is_client` tinyint(2) NOT NULL DEFAULT 0 COMMENT '1:client',
  `role_id` int(11) NOT NULL DEFAULT 0,
  `est_billing_amt` float(10,2) NOT NULL DEFAULT 0.00 COMMENT 'Keep the estimated billing amount for the period',
  `act_date` datetime DEFAULT NULL,
  `billing_start_date` datetime DEFAULT NULL,
  `billing_end_date` datetime DEFAULT NULL,
  `company_trial_expired` tinyint(2) NOT NULL DEFAULT 0,
  `google_token` text DEFAULT NULL,
  `is_dummy` tinyint(2) NOT NULL DEFAULT 0,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `custom_statuses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) NOT NULL,
  `name` varchar(100) NOT NULL,
  `progress` int(10) NOT NULL,
  `color` varchar(25) NOT NULL,
  `status_master_id` int(11) NOT NULL,
  `status_group_id` int(11) NOT NULL,
  `seq` int(11) NOT NULL DEFAULT 0,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dailyupdate_notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `company_id` int(11) NOT NULL,
  `dly_update` tinyint(2) NOT NULL,
  `notification_time` varchar(100) NOT NULL,
  `proj_name` varchar(200) NOT NULL,
  `mail_sent` datetime DEFAULT NULL,
  `modified` datetime NOT NULL,
  `status` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `daily_updates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `post_by` int(11) NOT NULL COMMENT 'user id : who create or update alert settings.',
  `user_id` mediumtext NOT NULL COMMENT 'user_ids are separated by comma(,)',
  `timezone_id` int(11) NOT NULL,
  `notification_time` time NOT NULL,
  `days` int(11) NOT NULL DEFAULT 5 COMMENT 'default:5',
  `cron_email_date` date DEFAULT NULL COMMENT 'When email is sent , this field is going to update',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `demo_requests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `company` varchar(255) DEFAULT NULL,
  `phone` varchar(30) DEFAULT NULL,
  `timezone_id` decimal(10,2) NOT NULL,
  `message` text DEFAULT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `easycases` (
  `id` mediumint(11) NOT NULL AUTO_INCREMENT,
  `uniq_id` varchar(64) CHARACTER SET utf8 NOT NULL,
  `case_no` int(11) NOT NULL,
  `case_count` int(11) NOT NULL,
  `project_id` int(11) NOT NULL COMMENT 'Foreign key of "projects"',
  `user_id` int(11) NOT NULL COMMENT 'Foreign key of "users"',
  `updated_by` int(11) NOT NULL,
  `type_id` int(4) NOT NULL COMMENT 'Foreign key of "case_types"',
  `priority` varchar(4) CHARACTER SET utf8 DEFAULT NULL,
  `title` text COLLATE utf8_unicode_ci DEFAULT NULL,
  `message` longtext COLLATE utf8_unicode_ci DEFAULT NULL,
  `estimated_hours` int(10) NOT NULL DEFAULT 0,
  `hours` decimal(6,1) NOT NULL,
  `completed_task` int(11) NOT NULL DEFAULT 0,
  `assign_to` int(11) NOT NULL COMMENT 'Foreign Key of "users"',
  `gantt_start_date` datetime DEFAULT NULL,
  `due_date` datetime DEFAULT NULL,
  `istype` tinyint(2) NOT NULL DEFAULT 1 COMMENT '1-Post, 2-Comment',
  `client_status` tinyint(2) NOT NULL DEFAULT 0,
  `format` tinyint(2) NOT NULL DEFAULT 1 COMMENT '1-Files&Details, 2-Details, 3-Files',
  `status` tinyint(2) NOT NULL DEFAULT 1 COMMENT '1-Open, 2-Closed',
  `legend` tinyint(2) NOT NULL COMMENT '1-New 2-Opened, 3-Closed, 4-Start, 5-Resolve, 6- Modified',
  `isactive` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0-Inactive,1-Active',
  `is_recurring` tinyint(4) NOT NULL DEFAULT 0,
  `dt_created` datetime NOT NULL,
  `actual_dt_created` datetime NOT NULL,
  `reply_type` int(11) NOT NULL DEFAULT 0 COMMENT '1-> Case Type changes, 2-> Assign to , 3 -> Due Date,4 -> Priority ',
  `is_chrome_extension` tinyint(1) NOT NULL DEFAULT 0 COMMENT '0: No, 1: Yes',
  `from_email` tinyint(1) NOT NULL DEFAULT 0,
  `depends` varchar(255) CHARACTER SET utf8 DEFAULT NULL COMMENT 'dependent task ids',
  `children` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `temp_hours` int(10) DEFAULT NULL,
  `temp_est_hours` int(10) NOT NULL DEFAULT 0,
  `seq_id` smallint(5) NOT NULL DEFAULT 0,
  `parent_task_id` varchar(255) CHARACTER SET utf8 DEFAULT NULL,
  `custom_status_id` int(11) NOT NULL DEFAULT 0,
  `story_point` smallint(6) NOT NULL DEFAULT 0,
  `thread_count` int(11) NOT NULL DEFAULT 0,
  `git_sync` tinyint(2) NOT NULL DEFAULT 0,
  `git_issue_id` bigint(18) NOT NULL DEFAULT 0,
  `real_git_issue_id` bigint(18) NOT NULL DEFAULT 0,
  `is_zapaction` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `easycase_favourites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `easycase_id` int(11) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `modified` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `industries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `is_display` tinyint(3) NOT NULL DEFAULT 1 COMMENT '0:No, 1: Yes',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `log_activities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `log_type_id` int(11) DEFAULT NULL,
  `json_value` text COLLATE utf8_unicode_ci DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `ip` varchar(100) COLLATE utf8_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `log_times` (
  `log_id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `task_id` int(11) NOT NULL,
  `task_date` date NOT NULL,
  `start_time` time NOT NULL,
  `end_time` time NOT NULL,
  `total_hours` int(10) NOT NULL COMMENT 'stored in seconds',
  `is_billable` tinyint(2) NOT NULL COMMENT '1-billable,0-not billable',
  `description` text COLLATE utf8_unicode_ci NOT NULL,
  `task_status` tinyint(4) NOT NULL COMMENT '1-closed, 0-not closed',
  `created` datetime NOT NULL,
  `timesheet_flag` tinyint(2) NOT NULL DEFAULT 0,
  `ip` varchar(20) COLLATE utf8_unicode_ci NOT NULL,
  `start_datetime` datetime DEFAULT NULL,
  `end_datetime` datetime DEFAULT NULL,
  `break_time` int(10) NOT NULL DEFAULT 0 COMMENT 'stored in seconds',
  `approver_id` int(11) DEFAULT NULL,
  `pending_status` int(11) NOT NULL DEFAULT 0 COMMENT '1-pending,2-approved,3-rejected',
  PRIMARY KEY (`log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `log_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COLLATE utf8_unicode_ci NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `milestones` (
  `id` int(250) NOT NULL AUTO_INCREMENT,
  `uniq_id` varchar(250) COLLATE utf8_unicode_ci NOT NULL,
  `project_id` int(250) NOT NULL,
  `company_id` int(11) NOT NULL,
  `title` varchar(250) COLLATE utf8_unicode_ci NOT NULL,
  `description` text COLLATE utf8_unicode_ci NOT NULL,
  `user_id` int(250) NOT NULL,
  `estimated_hours` decimal(10,0) NOT NULL,
  `duration` tinyint(4) NOT NULL DEFAULT 0 COMMENT '1-1week, 2-2week..., 5-custom',
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `isactive` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0-Inactive, 1-Active',
  `is_started` tinyint(2) NOT NULL DEFAULT 0,
  `id_seq` tinyint(2) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_id` (`uniq_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `notification_info` text COLLATE utf8_unicode_ci DEFAULT NULL,
  `total_seen` datetime DEFAULT NULL,
  `dt_created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `os_session_logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `user_agent` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `projects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uniq_id` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL COMMENT 'Foreign key of "users"',
  `company_id` int(11) NOT NULL,
  `task_type` int(11) DEFAULT NULL,
  `name` varchar(100) NOT NULL,
  `short_name` varchar(100) NOT NULL,
  `description` text NOT NULL,
  `logo` varchar(100) NOT NULL,
  `project_type` tinyint(2) NOT NULL DEFAULT 1 COMMENT '1-Internal, 2-External',
  `priority` tinyint(2) NOT NULL DEFAULT 2,
  `default_assign` int(255) NOT NULL,
  `isactive` tinyint(2) NOT NULL DEFAULT 1 COMMENT '1- Active, 2- Inactive',
  `status` tinyint(2) NOT NULL DEFAULT 1 COMMENT '1= Started, 2= Hold on, 3= Stack',
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `estimated_hours` decimal(10,0) DEFAULT NULL,
  `dt_created` datetime NOT NULL,
  `dt_updated` datetime DEFAULT NULL,
  `is_multiple_sprint` tinyint(2) NOT NULL DEFAULT 0,
  `project_methodology_id` int(11) NOT NULL DEFAULT 1,
  `status_group_id` int(11) NOT NULL DEFAULT 0,
  `defect_status_group_id` int(11) NOT NULL DEFAULT 0,
  `is_zapaction` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `project_booked_resources` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `easycase_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `date` datetime NOT NULL,
  `booked_hours` int(11) NOT NULL,
  `overload` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `project_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL COMMENT 'Foreign key of "projects"',
  `company_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL COMMENT 'Foreign key of "users"',
  `istype` tinyint(2) NOT NULL DEFAULT 2 COMMENT '1-Admin, 2-Moderator, 3-Viewer',
  `default_email` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0-No, 1-Yes',
  `dt_visited` datetime NOT NULL,
  `role_id` int(11) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uniq_id` varchar(255) COLLATE utf8_unicode_ci NOT NULL,
  `company_id` int(11) NOT NULL,
  `role_group_id` int(11) DEFAULT 0,
  `role` varchar(255) COLLATE utf8_unicode_ci NOT NULL,
  `short_name` varchar(10) COLLATE utf8_unicode_ci NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_id` (`uniq_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `timezone_names` (
  `id` int(11) NOT NULL,
  `gmt` varchar(15) NOT NULL,
  `zone` varchar(100) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `types` (
  `id` int(12) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) NOT NULL DEFAULT 0,
  `project_id` int(11) NOT NULL DEFAULT 0,
  `short_name` varchar(100) COLLATE utf8_unicode_ci NOT NULL,
  `name` varchar(150) COLLATE utf8_unicode_ci NOT NULL,
  `seq_order` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uniq_id` varchar(64) NOT NULL,
  `btprofile_id` varchar(100) DEFAULT NULL,
  `usersubscription_id` int(10) DEFAULT NULL,
  `credit_cardtoken` varchar(100) DEFAULT NULL,
  `card_number` varchar(255) DEFAULT NULL COMMENT 'Only last 4degit of card',
  `expiry_date` varchar(255) DEFAULT NULL,
  `email` varchar(150) NOT NULL,
  `username` varchar(255) DEFAULT NULL,
  `update_email` varchar(150) NOT NULL,
  `update_random` varchar(150) NOT NULL,
  `password` varchar(64) DEFAULT NULL,
  `name` varchar(150) NOT NULL,
  `is_beta` tinyint(2) NOT NULL DEFAULT 0 COMMENT '1 For beta user ,0 - Default',
  `last_name` varchar(100) DEFAULT NULL,
  `short_name` varchar(100) DEFAULT NULL,
  `istype` tinyint(2) NOT NULL DEFAULT 3 COMMENT '1-Super Admin, 2-Internal User, 3-External User',
  `photo` varchar(50) DEFAULT NULL,
  `photo_reset` varchar(50) DEFAULT NULL,
  `isactive` tinyint(2) NOT NULL DEFAULT 1 COMMENT '1 - ACTIVE, 2 - INACTIVE . 2-Disabled ,3- Deleted user',
  `timezone_id` smallint(6) DEFAULT 26,
  `isemail` tinyint(2) NOT NULL DEFAULT 1 COMMENT '1-Send Email, 0-Don''t Send',
  `is_agree` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0: No, 1: Yes',
  `usersub_type` tinyint(4) DEFAULT 0 COMMENT '0->Free User, 1->Paid User',
  `est_billing_amount` float(10,2) DEFAULT 0.00,
  `dt_created` datetime NOT NULL,
  `dt_updated` datetime DEFAULT NULL,
  `dt_last_login` datetime DEFAULT NULL,
  `dt_last_logout` datetime DEFAULT NULL,
  `query_string` varchar(100) DEFAULT NULL,
  `gaccess_token` mediumtext DEFAULT NULL,
  `google_id` varchar(200) NOT NULL,
  `ip` varchar(15) DEFAULT NULL,
  `sig` varchar(100) NOT NULL,
  `desk_notify` tinyint(4) NOT NULL DEFAULT 1,
  `active_dashboard_tab` int(11) NOT NULL DEFAULT 7 COMMENT 'Sum of Binary values which will show tabs accordingly',
  `is_moderator` tinyint(3) NOT NULL DEFAULT 0 COMMENT '0: No grant privilege, 1: Yes',
  `verify_string` varchar(100) DEFAULT NULL,
  `show_default_inner` tinyint(4) NOT NULL DEFAULT 1,
  `updated_by` int(1) NOT NULL DEFAULT 0 COMMENT '0: self edit,1: Edit by owner/admin',
  `is_online` tinyint(2) DEFAULT 0,
  `is_dst` tinyint(2) NOT NULL DEFAULT 0,
  `language_id` int(11) NOT NULL DEFAULT 2,
  `is_agree_tosp` tinyint(2) NOT NULL DEFAULT 1,
  `is_receive_update` tinyint(2) NOT NULL DEFAULT 0,
  `outer_signup` tinyint(2) NOT NULL DEFAULT 0,
  `language` varchar(10) NOT NULL DEFAULT 'eng',
  `time_format` tinyint(2) NOT NULL DEFAULT 12,
  `phone` varchar(20) NOT NULL DEFAULT '0',
  `is_dummy` tinyint(2) NOT NULL DEFAULT 0,
  `one_tap_token` text DEFAULT NULL,
  `keep_hover_effect` tinyint(3) NOT NULL DEFAULT 0,
  `linkedin_id` varchar(100) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_id_2` (`uniq_id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_device_tokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `ios_device_token` text NOT NULL,
  `android_device_token` text NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_infos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `access_token` text DEFAULT NULL,
  `is_google_signup` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_invitations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `invitor_id` int(11) NOT NULL,
  `company_id` int(11) NOT NULL,
  `user_type` tinyint(2) NOT NULL DEFAULT 3,
  `project_id` mediumtext DEFAULT NULL COMMENT 'Comma separated value of project ids',
  `user_id` int(11) NOT NULL,
  `is_active` tinyint(2) NOT NULL DEFAULT 1,
  `qstr` varchar(100) NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_leaves` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `start_date` datetime NOT NULL,
  `end_date` datetime NOT NULL,
  `reason` text COLLATE utf8_unicode_ci DEFAULT NULL,
  `dt_created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `user_logins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `easycase_mentions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `mention_type_id` int(11) NOT NULL,
  `mention_type` int(11) NOT NULL COMMENT '1- user 2 task',
  `mention_by` int(11) NOT NULL,
  `easycase_id` int(11) NOT NULL,
  `comment_id` int(11) DEFAULT 0,
  `mention_message` text COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `type` tinyint(4) NOT NULL DEFAULT 1 COMMENT '1-Email',
  `value` tinyint(4) NOT NULL COMMENT '0-None, 1-Daily, 2-Weekly, 3-Monthly',
  `due_val` tinyint(4) NOT NULL COMMENT '0-Not,1-send',
  `new_case` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0-No, 1-Yes',
  `reply_case` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0-No, 1-Yes',
  `case_status` tinyint(2) NOT NULL DEFAULT 1 COMMENT '0-No, 1-Yes',
  `weekly_usage_alert` tinyint(2) NOT NULL DEFAULT 1 COMMENT 'Only for owner/admins 1-> Default on 0-> Off ',
  `mention_case` tinyint(2) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_skills` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `skill_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_subscriptions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `company_id` int(11) NOT NULL,
  `subscription_id` tinyint(4) NOT NULL,
  `storage` varchar(50) NOT NULL,
  `project_limit` varchar(50) NOT NULL,
  `user_limit` varchar(50) NOT NULL,
  `milestone_limit` varchar(50) NOT NULL,
  `free_trail_days` varchar(15) NOT NULL,
  `price` float(10,2) NOT NULL DEFAULT 0.00,
  `month` smallint(6) NOT NULL DEFAULT 1,
  `amt_due` float(10,2) NOT NULL DEFAULT 0.00,
  `coupon_code` varchar(100) DEFAULT NULL,
  `btsubscription_id` varchar(100) DEFAULT NULL,
  `btprofile_id` varchar(255) DEFAULT NULL,
  `creditcard_token` varchar(255) DEFAULT '',
  `payment_status` tinyint(2) DEFAULT 0,
  `discount` float(10,2) DEFAULT NULL,
  `subscription_mail` tinyint(2) NOT NULL DEFAULT 0 COMMENT 'This will check if the user will receive mail about any subscription/Upgrade/Downgrade of plan etc',
  `is_cancel` tinyint(2) DEFAULT 0 COMMENT '1->Cancelled',
  `is_sub_upgraded_bt` tinyint(2) DEFAULT 0,
  `cancel_mail_flag` tinyint(2) DEFAULT 0,
  `no_of_atmpt_upgrd` tinyint(2) DEFAULT NULL,
  `is_free` tinyint(2) NOT NULL DEFAULT 0,
  `is_updown` tinyint(2) NOT NULL DEFAULT 0 COMMENT '0->Cancelled , 1-> Upgraded ,2-> Downgrad',
  `sub_start_date` datetime DEFAULT NULL,
  `next_billing_date` date DEFAULT NULL,
  `cancel_date` date DEFAULT NULL,
  `extend_date` datetime NOT NULL,
  `extend_trial` int(11) NOT NULL DEFAULT 0,
  `trial_expired` tinyint(2) NOT NULL DEFAULT 0,
  `new_expiry_day` date NOT NULL,
  `temp_sub_cancel` tinyint(2) NOT NULL DEFAULT 0,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `work_hours` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `work_hours` float(5,2) NOT NULL,
  `week_ends` varchar(100) DEFAULT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
