-- Review Board 5.0 beta 1 (Beanbag, Inc.; web-based code review tool) -- MySQL schema of a new install.
-- Source: github.com/reviewboard/rb-database-schemas (Beanbag's own collection of Review Board schema dumps),
--   releases/5.0-beta-1/mysql-5.7/new-install.sql, repository HEAD b73a3a9a63be26c28aa4170d67c3b5d6182c20a8
--   (file added in e97fc1bc10b6e990401f2c7b9dc1e804258224fa, last changed in abe170581a7f3d6a21108644d76c377f84367ec9).
-- Review Board itself: github.com/reviewboard/reviewboard, MIT licence.
-- The mysqldump was loaded into MariaDB 10.11 and each kept table written back with SHOW CREATE TABLE
-- (AUTO_INCREMENT counters dropped). Column names, order, types, keys and foreign keys are the dump's.
-- 72 of the dump's 84 tables are kept; left out: django_evolution, django_project_version, django_migrations,
-- reviews_reviewrequest_file_attachment_histories, reviews_reviewrequest_inactive_file_attachments,
-- reviews_reviewrequest_inactive_screenshots and six reviews_reviewrequestdraft_* join tables (depends_on,
-- file_attachments, inactive_file_attachments, inactive_screenshots, screenshots, target_groups).
-- Foreign-key checks are switched off while loading, as in the dump: oauth2_provider_accesstoken and
-- oauth2_provider_refreshtoken refer to each other.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `accounts_profile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `first_time_setup_done` tinyint(1) NOT NULL,
  `should_send_email` tinyint(1) NOT NULL,
  `should_send_own_updates` tinyint(1) NOT NULL,
  `collapsed_diffs` tinyint(1) NOT NULL,
  `wordwrapped_diffs` tinyint(1) NOT NULL,
  `syntax_highlighting` tinyint(1) NOT NULL,
  `is_private` tinyint(1) NOT NULL,
  `open_an_issue` tinyint(1) NOT NULL,
  `default_use_rich_text` tinyint(1) DEFAULT NULL,
  `show_closed` tinyint(1) NOT NULL,
  `sort_review_request_columns` varchar(256) NOT NULL,
  `sort_dashboard_columns` varchar(256) NOT NULL,
  `sort_submitter_columns` varchar(256) NOT NULL,
  `sort_group_columns` varchar(256) NOT NULL,
  `review_request_columns` varchar(256) NOT NULL,
  `dashboard_columns` varchar(256) NOT NULL,
  `submitter_columns` varchar(256) NOT NULL,
  `group_columns` varchar(256) NOT NULL,
  `timezone` varchar(30) NOT NULL,
  `settings` longtext DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `accounts_profile_user_id_49a85d32_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `site_localsite` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `extra_data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `accounts_localsiteprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `profile_id` int(11) NOT NULL,
  `local_site_id` int(11) DEFAULT NULL,
  `permissions` longtext DEFAULT NULL,
  `direct_incoming_request_count` int(11) DEFAULT NULL,
  `total_incoming_request_count` int(11) DEFAULT NULL,
  `pending_outgoing_request_count` int(11) DEFAULT NULL,
  `total_outgoing_request_count` int(11) DEFAULT NULL,
  `starred_public_request_count` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_localsiteprofile_user_id_local_site_id_c71acfac_uniq` (`user_id`,`local_site_id`),
  UNIQUE KEY `accounts_localsiteprofile_profile_id_local_site_id_c35a7283_uniq` (`profile_id`,`local_site_id`),
  KEY `accounts_localsitepr_local_site_id_e8e611d3_fk_site_loca` (`local_site_id`),
  CONSTRAINT `accounts_localsitepr_local_site_id_e8e611d3_fk_site_loca` FOREIGN KEY (`local_site_id`) REFERENCES `site_localsite` (`id`),
  CONSTRAINT `accounts_localsitepr_profile_id_6838b6f5_fk_accounts_` FOREIGN KEY (`profile_id`) REFERENCES `accounts_profile` (`id`),
  CONSTRAINT `accounts_localsiteprofile_user_id_4faa8400_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `display_name` varchar(64) NOT NULL,
  `mailing_list` varchar(254) NOT NULL,
  `email_list_only` tinyint(1) NOT NULL,
  `local_site_id` int(11) DEFAULT NULL,
  `is_default_group` tinyint(1) NOT NULL,
  `incoming_request_count` int(11) DEFAULT NULL,
  `invite_only` tinyint(1) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `extra_data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_group_name_local_site_id_cd520124_uniq` (`name`,`local_site_id`),
  KEY `reviews_group_local_site_id_b7e35237_fk_site_localsite_id` (`local_site_id`),
  KEY `reviews_group_name_c92d67b9` (`name`),
  CONSTRAINT `reviews_group_local_site_id_b7e35237_fk_site_localsite_id` FOREIGN KEY (`local_site_id`) REFERENCES `site_localsite` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `accounts_profile_starred_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `profile_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_profile_starred_profile_id_group_id_82d5c8c2_uniq` (`profile_id`,`group_id`),
  KEY `accounts_profile_sta_group_id_5cf2c564_fk_reviews_g` (`group_id`),
  CONSTRAINT `accounts_profile_sta_group_id_5cf2c564_fk_reviews_g` FOREIGN KEY (`group_id`) REFERENCES `reviews_group` (`id`),
  CONSTRAINT `accounts_profile_sta_profile_id_f62f8a74_fk_accounts_` FOREIGN KEY (`profile_id`) REFERENCES `accounts_profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `diffviewer_diffsethistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `last_diff_updated` datetime(6) DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `hostingsvcs_hostingserviceaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `service_name` varchar(128) NOT NULL,
  `hosting_url` varchar(255) DEFAULT NULL,
  `username` varchar(128) NOT NULL,
  `data` longtext NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `local_site_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `hostingsvcs_hostings_local_site_id_6688df40_fk_site_loca` (`local_site_id`),
  CONSTRAINT `hostingsvcs_hostings_local_site_id_6688df40_fk_site_loca` FOREIGN KEY (`local_site_id`) REFERENCES `site_localsite` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `scmtools_tool` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `class_name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `class_name` (`class_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `scmtools_repository` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `path` varchar(255) NOT NULL,
  `mirror_path` varchar(255) NOT NULL,
  `raw_file_url` varchar(255) NOT NULL,
  `username` varchar(32) NOT NULL,
  `password` varchar(128) NOT NULL,
  `extra_data` longtext DEFAULT NULL,
  `tool_id` int(11) NOT NULL,
  `hosting_account_id` int(11) DEFAULT NULL,
  `bug_tracker` varchar(256) NOT NULL,
  `encoding` varchar(32) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `archived` tinyint(1) NOT NULL,
  `archived_timestamp` datetime(6) DEFAULT NULL,
  `local_site_id` int(11) DEFAULT NULL,
  `public` tinyint(1) NOT NULL,
  `hooks_uuid` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scmtools_repository_name_local_site_id_17cf0ace_uniq` (`name`,`local_site_id`),
  UNIQUE KEY `scmtools_repository_archived_timestamp_path__cac61803_uniq` (`archived_timestamp`,`path`,`local_site_id`),
  UNIQUE KEY `scmtools_repository_hooks_uuid_local_site_id_05a64b12_uniq` (`hooks_uuid`,`local_site_id`),
  KEY `scmtools_repository_tool_id_d3b242d1_fk_scmtools_tool_id` (`tool_id`),
  KEY `scmtools_repository_hosting_account_id_fe34c221_fk_hostingsv` (`hosting_account_id`),
  KEY `scmtools_repository_local_site_id_989f4f3a_fk_site_localsite_id` (`local_site_id`),
  CONSTRAINT `scmtools_repository_hosting_account_id_fe34c221_fk_hostingsv` FOREIGN KEY (`hosting_account_id`) REFERENCES `hostingsvcs_hostingserviceaccount` (`id`),
  CONSTRAINT `scmtools_repository_local_site_id_989f4f3a_fk_site_localsite_id` FOREIGN KEY (`local_site_id`) REFERENCES `site_localsite` (`id`),
  CONSTRAINT `scmtools_repository_tool_id_d3b242d1_fk_scmtools_tool_id` FOREIGN KEY (`tool_id`) REFERENCES `scmtools_tool` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_reviewrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `description_rich_text` tinyint(1) NOT NULL,
  `testing_done` longtext NOT NULL,
  `testing_done_rich_text` tinyint(1) NOT NULL,
  `bugs_closed` varchar(300) NOT NULL,
  `branch` varchar(300) NOT NULL,
  `commit_id` varchar(64) DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  `rich_text` tinyint(1) NOT NULL,
  `summary` varchar(300) NOT NULL,
  `submitter_id` int(11) NOT NULL,
  `time_added` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `status` varchar(1) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `changenum` int(10) unsigned DEFAULT NULL,
  `repository_id` int(11) DEFAULT NULL,
  `email_message_id` varchar(255) DEFAULT NULL,
  `time_emailed` datetime(6) DEFAULT NULL,
  `diffset_history_id` int(11) NOT NULL,
  `last_review_timestamp` datetime(6) DEFAULT NULL,
  `shipit_count` int(11) DEFAULT NULL,
  `issue_open_count` int(11) DEFAULT NULL,
  `issue_resolved_count` int(11) DEFAULT NULL,
  `issue_dropped_count` int(11) DEFAULT NULL,
  `issue_verifying_count` int(11) DEFAULT NULL,
  `screenshots_count` int(11) DEFAULT NULL,
  `inactive_screenshots_count` int(11) DEFAULT NULL,
  `file_attachments_count` int(11) DEFAULT NULL,
  `inactive_file_attachments_count` int(11) DEFAULT NULL,
  `local_site_id` int(11) DEFAULT NULL,
  `local_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_reviewrequest_commit_id_repository_id_8d48574b_uniq` (`commit_id`,`repository_id`),
  UNIQUE KEY `reviews_reviewrequest_changenum_repository_id_4aa9bc58_uniq` (`changenum`,`repository_id`),
  UNIQUE KEY `reviews_reviewrequest_local_site_id_local_id_8ee6145b_uniq` (`local_site_id`,`local_id`),
  KEY `reviews_reviewrequest_submitter_id_0a5fadde_fk_auth_user_id` (`submitter_id`),
  KEY `reviews_reviewreques_repository_id_a411142d_fk_scmtools_` (`repository_id`),
  KEY `reviews_reviewreques_diffset_history_id_803728bf_fk_diffviewe` (`diffset_history_id`),
  KEY `reviews_reviewrequest_commit_id_e7104524` (`commit_id`),
  KEY `reviews_reviewrequest_status_63d3e3fd` (`status`),
  KEY `reviews_reviewrequest_changenum_a119b782` (`changenum`),
  KEY `reviews_reviewrequest_summary` (`summary`(255)),
  CONSTRAINT `reviews_reviewreques_diffset_history_id_803728bf_fk_diffviewe` FOREIGN KEY (`diffset_history_id`) REFERENCES `diffviewer_diffsethistory` (`id`),
  CONSTRAINT `reviews_reviewreques_local_site_id_7eadf98c_fk_site_loca` FOREIGN KEY (`local_site_id`) REFERENCES `site_localsite` (`id`),
  CONSTRAINT `reviews_reviewreques_repository_id_a411142d_fk_scmtools_` FOREIGN KEY (`repository_id`) REFERENCES `scmtools_repository` (`id`),
  CONSTRAINT `reviews_reviewrequest_submitter_id_0a5fadde_fk_auth_user_id` FOREIGN KEY (`submitter_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `accounts_profile_starred_review_requests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `profile_id` int(11) NOT NULL,
  `reviewrequest_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_profile_starred_profile_id_reviewrequest_9077f978_uniq` (`profile_id`,`reviewrequest_id`),
  KEY `accounts_profile_sta_reviewrequest_id_be0af917_fk_reviews_r` (`reviewrequest_id`),
  CONSTRAINT `accounts_profile_sta_profile_id_cf4bb46e_fk_accounts_` FOREIGN KEY (`profile_id`) REFERENCES `accounts_profile` (`id`),
  CONSTRAINT `accounts_profile_sta_reviewrequest_id_be0af917_fk_reviews_r` FOREIGN KEY (`reviewrequest_id`) REFERENCES `reviews_reviewrequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `accounts_reviewrequestvisit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `review_request_id` int(11) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `visibility` varchar(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_reviewrequestvi_user_id_review_request_i_5b8724f0_uniq` (`user_id`,`review_request_id`),
  KEY `accounts_reviewreque_review_request_id_3bd58111_fk_reviews_r` (`review_request_id`),
  KEY `accounts_reviewrequestvisit_user_id_visibility_e9e85630_idx` (`user_id`,`visibility`),
  CONSTRAINT `accounts_reviewreque_review_request_id_3bd58111_fk_reviews_r` FOREIGN KEY (`review_request_id`) REFERENCES `reviews_reviewrequest` (`id`),
  CONSTRAINT `accounts_reviewrequestvisit_user_id_8ed30d49_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `accounts_trophy` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `category` varchar(100) NOT NULL,
  `received_date` datetime(6) NOT NULL,
  `review_request_id` int(11) NOT NULL,
  `local_site_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `accounts_trophy_review_request_id_8d01e0f8_fk_reviews_r` (`review_request_id`),
  KEY `accounts_trophy_local_site_id_b29042f4_fk_site_localsite_id` (`local_site_id`),
  KEY `accounts_trophy_user_id_ef0f407a_fk_auth_user_id` (`user_id`),
  CONSTRAINT `accounts_trophy_local_site_id_b29042f4_fk_site_localsite_id` FOREIGN KEY (`local_site_id`) REFERENCES `site_localsite` (`id`),
  CONSTRAINT `accounts_trophy_review_request_id_8d01e0f8_fk_reviews_r` FOREIGN KEY (`review_request_id`) REFERENCES `reviews_reviewrequest` (`id`),
  CONSTRAINT `accounts_trophy_user_id_ef0f407a_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `attachments_fileattachmenthistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `display_position` int(11) NOT NULL,
  `latest_revision` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `diffviewer_diffset` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `revision` int(11) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `basedir` varchar(256) NOT NULL,
  `history_id` int(11) DEFAULT NULL,
  `repository_id` int(11) NOT NULL,
  `diffcompat` int(11) NOT NULL,
  `base_commit_id` varchar(64) DEFAULT NULL,
  `commit_count` int(11) DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `diffviewer_diffset_history_id_539bce58_fk_diffviewe` (`history_id`),
  KEY `diffviewer_diffset_repository_id_bdf3a395_fk_scmtools_` (`repository_id`),
  KEY `diffviewer_diffset_base_commit_id_037195a9` (`base_commit_id`),
  CONSTRAINT `diffviewer_diffset_history_id_539bce58_fk_diffviewe` FOREIGN KEY (`history_id`) REFERENCES `diffviewer_diffsethistory` (`id`),
  CONSTRAINT `diffviewer_diffset_repository_id_bdf3a395_fk_scmtools_` FOREIGN KEY (`repository_id`) REFERENCES `scmtools_repository` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `diffviewer_diffcommit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `filename` varchar(256) NOT NULL,
  `diffset_id` int(11) NOT NULL,
  `author_name` varchar(256) NOT NULL,
  `author_email` varchar(256) NOT NULL,
  `author_date_utc` datetime(6) NOT NULL,
  `author_date_offset` int(11) NOT NULL,
  `committer_name` varchar(256) DEFAULT NULL,
  `committer_email` varchar(256) DEFAULT NULL,
  `committer_date_utc` datetime(6) DEFAULT NULL,
  `committer_date_offset` int(11) DEFAULT NULL,
  `commit_message` longtext NOT NULL,
  `commit_id` varchar(64) NOT NULL,
  `parent_id` varchar(64) NOT NULL,
  `last_modified` datetime(6) NOT NULL,
  `extra_data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `diffviewer_diffcommit_diffset_id_commit_id_61b21cc8_uniq` (`diffset_id`,`commit_id`),
  CONSTRAINT `diffviewer_diffcommi_diffset_id_8c3c2dbb_fk_diffviewe` FOREIGN KEY (`diffset_id`) REFERENCES `diffviewer_diffset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `diffviewer_filediffdata` (
  `binary_hash` varchar(40) NOT NULL,
  `binary` longtext NOT NULL,
  `extra_data` longtext DEFAULT NULL,
  PRIMARY KEY (`binary_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `diffviewer_rawfilediffdata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `binary_hash` varchar(40) NOT NULL,
  `binary` longblob NOT NULL,
  `compression` varchar(1) DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `binary_hash` (`binary_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `diffviewer_filediff` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `diffset_id` int(11) NOT NULL,
  `commit_id` int(11) DEFAULT NULL,
  `source_file` varchar(1024) NOT NULL,
  `dest_file` varchar(1024) NOT NULL,
  `source_revision` varchar(512) NOT NULL,
  `dest_detail` varchar(512) NOT NULL,
  `binary` tinyint(1) NOT NULL,
  `status` varchar(1) NOT NULL,
  `diff_base64` longtext NOT NULL,
  `diff_hash_id` varchar(40) DEFAULT NULL,
  `raw_diff_hash_id` int(11) DEFAULT NULL,
  `parent_diff_base64` longtext NOT NULL,
  `parent_diff_hash_id` varchar(40) DEFAULT NULL,
  `raw_parent_diff_hash_id` int(11) DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `diffviewer_filediff_diffset_id_f5b24a5d_fk_diffviewer_diffset_id` (`diffset_id`),
  KEY `diffviewer_filediff_commit_id_8ba58a4a_fk_diffviewe` (`commit_id`),
  KEY `diffviewer_filediff_diff_hash_id_d6cd0509_fk_diffviewe` (`diff_hash_id`),
  KEY `diffviewer_filediff_raw_diff_hash_id_ce904491_fk_diffviewe` (`raw_diff_hash_id`),
  KEY `diffviewer_filediff_parent_diff_hash_id_73defa3d_fk_diffviewe` (`parent_diff_hash_id`),
  KEY `diffviewer_filediff_raw_parent_diff_hash_8bead4b4_fk_diffviewe` (`raw_parent_diff_hash_id`),
  CONSTRAINT `diffviewer_filediff_commit_id_8ba58a4a_fk_diffviewe` FOREIGN KEY (`commit_id`) REFERENCES `diffviewer_diffcommit` (`id`),
  CONSTRAINT `diffviewer_filediff_diff_hash_id_d6cd0509_fk_diffviewe` FOREIGN KEY (`diff_hash_id`) REFERENCES `diffviewer_filediffdata` (`binary_hash`),
  CONSTRAINT `diffviewer_filediff_diffset_id_f5b24a5d_fk_diffviewer_diffset_id` FOREIGN KEY (`diffset_id`) REFERENCES `diffviewer_diffset` (`id`),
  CONSTRAINT `diffviewer_filediff_parent_diff_hash_id_73defa3d_fk_diffviewe` FOREIGN KEY (`parent_diff_hash_id`) REFERENCES `diffviewer_filediffdata` (`binary_hash`),
  CONSTRAINT `diffviewer_filediff_raw_diff_hash_id_ce904491_fk_diffviewe` FOREIGN KEY (`raw_diff_hash_id`) REFERENCES `diffviewer_rawfilediffdata` (`id`),
  CONSTRAINT `diffviewer_filediff_raw_parent_diff_hash_8bead4b4_fk_diffviewe` FOREIGN KEY (`raw_parent_diff_hash_id`) REFERENCES `diffviewer_rawfilediffdata` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `attachments_fileattachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `caption` varchar(256) NOT NULL,
  `draft_caption` varchar(256) NOT NULL,
  `orig_filename` varchar(256) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `local_site_id` int(11) DEFAULT NULL,
  `uuid` varchar(255) NOT NULL,
  `file` varchar(512) DEFAULT NULL,
  `mimetype` varchar(256) NOT NULL,
  `repo_path` varchar(1024) DEFAULT NULL,
  `repo_revision` varchar(64) DEFAULT NULL,
  `repository_id` int(11) DEFAULT NULL,
  `added_in_filediff_id` int(11) DEFAULT NULL,
  `attachment_history_id` int(11) DEFAULT NULL,
  `attachment_revision` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `attachments_fileattachment_user_id_dbe26565_fk_auth_user_id` (`user_id`),
  KEY `attachments_fileatta_local_site_id_be669fcf_fk_site_loca` (`local_site_id`),
  KEY `attachments_fileatta_repository_id_a23f76db_fk_scmtools_` (`repository_id`),
  KEY `attachments_fileatta_added_in_filediff_id_5bbf0a9b_fk_diffviewe` (`added_in_filediff_id`),
  KEY `attachments_fileatta_attachment_history_i_79d851af_fk_attachmen` (`attachment_history_id`),
  KEY `attachments_fileattachment_repo_revision_0b865a62` (`repo_revision`),
  CONSTRAINT `attachments_fileatta_added_in_filediff_id_5bbf0a9b_fk_diffviewe` FOREIGN KEY (`added_in_filediff_id`) REFERENCES `diffviewer_filediff` (`id`),
  CONSTRAINT `attachments_fileatta_attachment_history_i_79d851af_fk_attachmen` FOREIGN KEY (`attachment_history_id`) REFERENCES `attachments_fileattachmenthistory` (`id`),
  CONSTRAINT `attachments_fileatta_local_site_id_be669fcf_fk_site_loca` FOREIGN KEY (`local_site_id`) REFERENCES `site_localsite` (`id`),
  CONSTRAINT `attachments_fileatta_repository_id_a23f76db_fk_scmtools_` FOREIGN KEY (`repository_id`) REFERENCES `scmtools_repository` (`id`),
  CONSTRAINT `attachments_fileattachment_user_id_dbe26565_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `changedescs_changedescription` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `text` longtext NOT NULL,
  `rich_text` tinyint(1) NOT NULL,
  `fields_changed` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `changedescs_changedescription_user_id_2341d9f9_fk_auth_user_id` (`user_id`),
  CONSTRAINT `changedescs_changedescription_user_id_2341d9f9_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `djblets_privacy_storedconsentdata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `audit_identifier` varchar(255) DEFAULT NULL,
  `time_added` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `consent_grants` longtext NOT NULL,
  `audit_trail` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `djblets_privacy_storedconsentdata_audit_identifier_eeb12ed0` (`audit_identifier`),
  CONSTRAINT `djblets_privacy_stor_user_id_e703bd23_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `extensions_registeredextension` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `class_name` varchar(128) NOT NULL,
  `name` varchar(32) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `installed` tinyint(1) NOT NULL,
  `settings` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `class_name` (`class_name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `integrations_integrationconfig` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `integration_id` varchar(255) NOT NULL,
  `time_added` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL,
  `settings` longtext NOT NULL,
  `extra_data` longtext NOT NULL,
  `local_site_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `integrations_integra_local_site_id_d6913121_fk_site_loca` (`local_site_id`),
  KEY `integrations_integrationconfig_integration_id_c90e0bae` (`integration_id`),
  KEY `integrations_integrationconfig_enabled_b7f7e2fc` (`enabled`),
  CONSTRAINT `integrations_integra_local_site_id_d6913121_fk_site_loca` FOREIGN KEY (`local_site_id`) REFERENCES `site_localsite` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `notifications_webhooktarget` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `enabled` tinyint(1) NOT NULL,
  `events` varchar(105) NOT NULL,
  `url` varchar(200) NOT NULL,
  `encoding` varchar(40) NOT NULL,
  `use_custom_content` tinyint(1) NOT NULL,
  `custom_content` longtext DEFAULT NULL,
  `secret` varchar(128) NOT NULL,
  `apply_to` varchar(1) NOT NULL,
  `local_site_id` int(11) DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notifications_webhoo_local_site_id_1ec00cea_fk_site_loca` (`local_site_id`),
  CONSTRAINT `notifications_webhoo_local_site_id_1ec00cea_fk_site_loca` FOREIGN KEY (`local_site_id`) REFERENCES `site_localsite` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `notifications_webhooktarget_repositories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `webhooktarget_id` int(11) NOT NULL,
  `repository_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notifications_webhooktar_webhooktarget_id_reposit_e4f9af06_uniq` (`webhooktarget_id`,`repository_id`),
  KEY `notifications_webhoo_repository_id_703af70a_fk_scmtools_` (`repository_id`),
  CONSTRAINT `notifications_webhoo_repository_id_703af70a_fk_scmtools_` FOREIGN KEY (`repository_id`) REFERENCES `scmtools_repository` (`id`),
  CONSTRAINT `notifications_webhoo_webhooktarget_id_1f60c953_fk_notificat` FOREIGN KEY (`webhooktarget_id`) REFERENCES `notifications_webhooktarget` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviewboard_oauth_application` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `client_id` varchar(100) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `redirect_uris` longtext NOT NULL,
  `client_type` varchar(32) NOT NULL,
  `authorization_grant_type` varchar(32) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `skip_authorization` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `algorithm` varchar(5) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `original_user_id` int(11) DEFAULT NULL,
  `local_site_id` int(11) DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_id` (`client_id`),
  KEY `reviewboard_oauth_application_user_id_5306421b_fk_auth_user_id` (`user_id`),
  KEY `reviewboard_oauth_ap_original_user_id_7df83187_fk_auth_user` (`original_user_id`),
  KEY `reviewboard_oauth_ap_local_site_id_412bed6e_fk_site_loca` (`local_site_id`),
  KEY `reviewboard_oauth_application_client_secret_4de4461a` (`client_secret`),
  CONSTRAINT `reviewboard_oauth_ap_local_site_id_412bed6e_fk_site_loca` FOREIGN KEY (`local_site_id`) REFERENCES `site_localsite` (`id`),
  CONSTRAINT `reviewboard_oauth_ap_original_user_id_7df83187_fk_auth_user` FOREIGN KEY (`original_user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `reviewboard_oauth_application_user_id_5306421b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `oauth2_provider_idtoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `jti` char(32) NOT NULL,
  `application_id` bigint(20) DEFAULT NULL,
  `expires` datetime(6) NOT NULL,
  `scope` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `jti` (`jti`),
  KEY `oauth2_provider_idtoken_user_id_dd512b59_fk_auth_user_id` (`user_id`),
  KEY `oauth2_provider_idto_application_id_08c5ff4f_fk_reviewboa` (`application_id`),
  CONSTRAINT `oauth2_provider_idto_application_id_08c5ff4f_fk_reviewboa` FOREIGN KEY (`application_id`) REFERENCES `reviewboard_oauth_application` (`id`),
  CONSTRAINT `oauth2_provider_idtoken_user_id_dd512b59_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `oauth2_provider_refreshtoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `application_id` bigint(20) NOT NULL,
  `access_token_id` bigint(20) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `revoked` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_token_id` (`access_token_id`),
  UNIQUE KEY `oauth2_provider_refreshtoken_token_revoked_af8a5134_uniq` (`token`,`revoked`),
  KEY `oauth2_provider_refreshtoken_user_id_da837fce_fk_auth_user_id` (`user_id`),
  KEY `oauth2_provider_refr_application_id_2d1c311b_fk_reviewboa` (`application_id`),
  CONSTRAINT `oauth2_provider_refr_access_token_id_775e84e8_fk_oauth2_pr` FOREIGN KEY (`access_token_id`) REFERENCES `oauth2_provider_accesstoken` (`id`),
  CONSTRAINT `oauth2_provider_refr_application_id_2d1c311b_fk_reviewboa` FOREIGN KEY (`application_id`) REFERENCES `reviewboard_oauth_application` (`id`),
  CONSTRAINT `oauth2_provider_refreshtoken_user_id_da837fce_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `oauth2_provider_accesstoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `source_refresh_token_id` bigint(20) DEFAULT NULL,
  `token` varchar(255) NOT NULL,
  `id_token_id` bigint(20) DEFAULT NULL,
  `application_id` bigint(20) DEFAULT NULL,
  `expires` datetime(6) NOT NULL,
  `scope` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  UNIQUE KEY `source_refresh_token_id` (`source_refresh_token_id`),
  UNIQUE KEY `id_token_id` (`id_token_id`),
  KEY `oauth2_provider_accesstoken_user_id_6e4c9a65_fk_auth_user_id` (`user_id`),
  KEY `oauth2_provider_acce_application_id_b22886e1_fk_reviewboa` (`application_id`),
  CONSTRAINT `oauth2_provider_acce_application_id_b22886e1_fk_reviewboa` FOREIGN KEY (`application_id`) REFERENCES `reviewboard_oauth_application` (`id`),
  CONSTRAINT `oauth2_provider_acce_id_token_id_85db651b_fk_oauth2_pr` FOREIGN KEY (`id_token_id`) REFERENCES `oauth2_provider_idtoken` (`id`),
  CONSTRAINT `oauth2_provider_acce_source_refresh_token_e66fbc72_fk_oauth2_pr` FOREIGN KEY (`source_refresh_token_id`) REFERENCES `oauth2_provider_refreshtoken` (`id`),
  CONSTRAINT `oauth2_provider_accesstoken_user_id_6e4c9a65_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `oauth2_provider_application` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `client_id` varchar(100) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `redirect_uris` longtext NOT NULL,
  `client_type` varchar(32) NOT NULL,
  `authorization_grant_type` varchar(32) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `skip_authorization` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `algorithm` varchar(5) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_id` (`client_id`),
  KEY `oauth2_provider_application_user_id_79829054_fk_auth_user_id` (`user_id`),
  KEY `oauth2_provider_application_client_secret_53133678` (`client_secret`),
  CONSTRAINT `oauth2_provider_application_user_id_79829054_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `oauth2_provider_grant` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `code` varchar(255) NOT NULL,
  `application_id` bigint(20) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `redirect_uri` longtext NOT NULL,
  `scope` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `code_challenge` varchar(128) NOT NULL,
  `code_challenge_method` varchar(10) NOT NULL,
  `nonce` varchar(255) NOT NULL,
  `claims` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  KEY `oauth2_provider_grant_user_id_e8f62af8_fk_auth_user_id` (`user_id`),
  KEY `oauth2_provider_gran_application_id_81923564_fk_reviewboa` (`application_id`),
  CONSTRAINT `oauth2_provider_gran_application_id_81923564_fk_reviewboa` FOREIGN KEY (`application_id`) REFERENCES `reviewboard_oauth_application` (`id`),
  CONSTRAINT `oauth2_provider_grant_user_id_e8f62af8_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_comment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `issue_opened` tinyint(1) NOT NULL,
  `issue_status` varchar(1) DEFAULT NULL,
  `reply_to_id` int(11) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `text` longtext NOT NULL,
  `rich_text` tinyint(1) NOT NULL,
  `extra_data` longtext DEFAULT NULL,
  `filediff_id` int(11) NOT NULL,
  `interfilediff_id` int(11) DEFAULT NULL,
  `first_line` int(10) unsigned DEFAULT NULL,
  `num_lines` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reviews_comment_reply_to_id_a7b3749b_fk_reviews_comment_id` (`reply_to_id`),
  KEY `reviews_comment_filediff_id_95cdd174_fk_diffviewer_filediff_id` (`filediff_id`),
  KEY `reviews_comment_interfilediff_id_fb77b53c_fk_diffviewe` (`interfilediff_id`),
  KEY `reviews_comment_issue_status_af21c71b` (`issue_status`),
  CONSTRAINT `reviews_comment_filediff_id_95cdd174_fk_diffviewer_filediff_id` FOREIGN KEY (`filediff_id`) REFERENCES `diffviewer_filediff` (`id`),
  CONSTRAINT `reviews_comment_interfilediff_id_fb77b53c_fk_diffviewe` FOREIGN KEY (`interfilediff_id`) REFERENCES `diffviewer_filediff` (`id`),
  CONSTRAINT `reviews_comment_reply_to_id_a7b3749b_fk_reviews_comment_id` FOREIGN KEY (`reply_to_id`) REFERENCES `reviews_comment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_defaultreviewer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `file_regex` varchar(256) NOT NULL,
  `local_site_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reviews_defaultrevie_local_site_id_bcfc837d_fk_site_loca` (`local_site_id`),
  CONSTRAINT `reviews_defaultrevie_local_site_id_bcfc837d_fk_site_loca` FOREIGN KEY (`local_site_id`) REFERENCES `site_localsite` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_defaultreviewer_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `defaultreviewer_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_defaultreviewer__defaultreviewer_id_group_f85e51ee_uniq` (`defaultreviewer_id`,`group_id`),
  KEY `reviews_defaultrevie_group_id_8f130dec_fk_reviews_g` (`group_id`),
  CONSTRAINT `reviews_defaultrevie_defaultreviewer_id_e89ca162_fk_reviews_d` FOREIGN KEY (`defaultreviewer_id`) REFERENCES `reviews_defaultreviewer` (`id`),
  CONSTRAINT `reviews_defaultrevie_group_id_8f130dec_fk_reviews_g` FOREIGN KEY (`group_id`) REFERENCES `reviews_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_defaultreviewer_people` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `defaultreviewer_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_defaultreviewer__defaultreviewer_id_user__f22a3474_uniq` (`defaultreviewer_id`,`user_id`),
  KEY `reviews_defaultreviewer_people_user_id_0871feb0_fk_auth_user_id` (`user_id`),
  CONSTRAINT `reviews_defaultrevie_defaultreviewer_id_3b5a7031_fk_reviews_d` FOREIGN KEY (`defaultreviewer_id`) REFERENCES `reviews_defaultreviewer` (`id`),
  CONSTRAINT `reviews_defaultreviewer_people_user_id_0871feb0_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_defaultreviewer_repository` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `defaultreviewer_id` int(11) NOT NULL,
  `repository_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_defaultreviewer__defaultreviewer_id_repos_532b4c10_uniq` (`defaultreviewer_id`,`repository_id`),
  KEY `reviews_defaultrevie_repository_id_7f3f56b6_fk_scmtools_` (`repository_id`),
  CONSTRAINT `reviews_defaultrevie_defaultreviewer_id_6876ab14_fk_reviews_d` FOREIGN KEY (`defaultreviewer_id`) REFERENCES `reviews_defaultreviewer` (`id`),
  CONSTRAINT `reviews_defaultrevie_repository_id_7f3f56b6_fk_scmtools_` FOREIGN KEY (`repository_id`) REFERENCES `scmtools_repository` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_fileattachmentcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `issue_opened` tinyint(1) NOT NULL,
  `issue_status` varchar(1) DEFAULT NULL,
  `reply_to_id` int(11) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `text` longtext NOT NULL,
  `rich_text` tinyint(1) NOT NULL,
  `extra_data` longtext DEFAULT NULL,
  `file_attachment_id` int(11) NOT NULL,
  `diff_against_file_attachment_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reviews_fileattachme_reply_to_id_17c9efca_fk_reviews_f` (`reply_to_id`),
  KEY `reviews_fileattachme_file_attachment_id_8db79ee7_fk_attachmen` (`file_attachment_id`),
  KEY `reviews_fileattachme_diff_against_file_at_8a13f559_fk_attachmen` (`diff_against_file_attachment_id`),
  KEY `reviews_fileattachmentcomment_issue_status_775b5a50` (`issue_status`),
  CONSTRAINT `reviews_fileattachme_diff_against_file_at_8a13f559_fk_attachmen` FOREIGN KEY (`diff_against_file_attachment_id`) REFERENCES `attachments_fileattachment` (`id`),
  CONSTRAINT `reviews_fileattachme_file_attachment_id_8db79ee7_fk_attachmen` FOREIGN KEY (`file_attachment_id`) REFERENCES `attachments_fileattachment` (`id`),
  CONSTRAINT `reviews_fileattachme_reply_to_id_17c9efca_fk_reviews_f` FOREIGN KEY (`reply_to_id`) REFERENCES `reviews_fileattachmentcomment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_generalcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `issue_opened` tinyint(1) NOT NULL,
  `issue_status` varchar(1) DEFAULT NULL,
  `reply_to_id` int(11) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `text` longtext NOT NULL,
  `rich_text` tinyint(1) NOT NULL,
  `extra_data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reviews_generalcomme_reply_to_id_d0a69bbf_fk_reviews_g` (`reply_to_id`),
  KEY `reviews_generalcomment_issue_status_4b49c612` (`issue_status`),
  CONSTRAINT `reviews_generalcomme_reply_to_id_d0a69bbf_fk_reviews_g` FOREIGN KEY (`reply_to_id`) REFERENCES `reviews_generalcomment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_group_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_group_users_group_id_user_id_1710047c_uniq` (`group_id`,`user_id`),
  KEY `reviews_group_users_user_id_5403120e_fk_auth_user_id` (`user_id`),
  CONSTRAINT `reviews_group_users_group_id_3bb40386_fk_reviews_group_id` FOREIGN KEY (`group_id`) REFERENCES `reviews_group` (`id`),
  CONSTRAINT `reviews_group_users_user_id_5403120e_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_review` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `review_request_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `ship_it` tinyint(1) NOT NULL,
  `base_reply_to_id` int(11) DEFAULT NULL,
  `email_message_id` varchar(255) DEFAULT NULL,
  `time_emailed` datetime(6) DEFAULT NULL,
  `body_top` longtext NOT NULL,
  `body_top_rich_text` tinyint(1) NOT NULL,
  `body_bottom` longtext NOT NULL,
  `body_bottom_rich_text` tinyint(1) NOT NULL,
  `body_top_reply_to_id` int(11) DEFAULT NULL,
  `body_bottom_reply_to_id` int(11) DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  `rich_text` tinyint(1) NOT NULL,
  `reviewed_diffset_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reviews_review_review_request_id_be762bb2_fk_reviews_r` (`review_request_id`),
  KEY `reviews_review_user_id_875caff2_fk_auth_user_id` (`user_id`),
  KEY `reviews_review_base_reply_to_id_a208ad8a_fk_reviews_review_id` (`base_reply_to_id`),
  KEY `reviews_review_body_top_reply_to_id_4f3807c0_fk_reviews_r` (`body_top_reply_to_id`),
  KEY `reviews_review_body_bottom_reply_to_a0c60294_fk_reviews_r` (`body_bottom_reply_to_id`),
  KEY `reviews_review_reviewed_diffset_id_4b8bdf06_fk_diffviewe` (`reviewed_diffset_id`),
  CONSTRAINT `reviews_review_base_reply_to_id_a208ad8a_fk_reviews_review_id` FOREIGN KEY (`base_reply_to_id`) REFERENCES `reviews_review` (`id`),
  CONSTRAINT `reviews_review_body_bottom_reply_to_a0c60294_fk_reviews_r` FOREIGN KEY (`body_bottom_reply_to_id`) REFERENCES `reviews_review` (`id`),
  CONSTRAINT `reviews_review_body_top_reply_to_id_4f3807c0_fk_reviews_r` FOREIGN KEY (`body_top_reply_to_id`) REFERENCES `reviews_review` (`id`),
  CONSTRAINT `reviews_review_review_request_id_be762bb2_fk_reviews_r` FOREIGN KEY (`review_request_id`) REFERENCES `reviews_reviewrequest` (`id`),
  CONSTRAINT `reviews_review_reviewed_diffset_id_4b8bdf06_fk_diffviewe` FOREIGN KEY (`reviewed_diffset_id`) REFERENCES `diffviewer_diffset` (`id`),
  CONSTRAINT `reviews_review_user_id_875caff2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_reviewrequestdraft` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `description_rich_text` tinyint(1) NOT NULL,
  `testing_done` longtext NOT NULL,
  `testing_done_rich_text` tinyint(1) NOT NULL,
  `bugs_closed` varchar(300) NOT NULL,
  `branch` varchar(300) NOT NULL,
  `commit_id` varchar(64) DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  `rich_text` tinyint(1) NOT NULL,
  `summary` varchar(300) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `review_request_id` int(11) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `diffset_id` int(11) DEFAULT NULL,
  `changedesc_id` int(11) DEFAULT NULL,
  `screenshots_count` int(11) DEFAULT NULL,
  `inactive_screenshots_count` int(11) DEFAULT NULL,
  `file_attachments_count` int(11) DEFAULT NULL,
  `inactive_file_attachments_count` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `review_request_id` (`review_request_id`),
  KEY `reviews_reviewrequestdraft_owner_id_86066878_fk_auth_user_id` (`owner_id`),
  KEY `reviews_reviewreques_diffset_id_ba3c2e37_fk_diffviewe` (`diffset_id`),
  KEY `reviews_reviewreques_changedesc_id_70a4d612_fk_changedes` (`changedesc_id`),
  KEY `reviews_reviewrequestdraft_commit_id_a36610d9` (`commit_id`),
  CONSTRAINT `reviews_reviewreques_changedesc_id_70a4d612_fk_changedes` FOREIGN KEY (`changedesc_id`) REFERENCES `changedescs_changedescription` (`id`),
  CONSTRAINT `reviews_reviewreques_diffset_id_ba3c2e37_fk_diffviewe` FOREIGN KEY (`diffset_id`) REFERENCES `diffviewer_diffset` (`id`),
  CONSTRAINT `reviews_reviewreques_review_request_id_d23e0b0b_fk_reviews_r` FOREIGN KEY (`review_request_id`) REFERENCES `reviews_reviewrequest` (`id`),
  CONSTRAINT `reviews_reviewrequestdraft_owner_id_86066878_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_reviewrequest_changedescs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reviewrequest_id` int(11) NOT NULL,
  `changedescription_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_reviewrequest_ch_reviewrequest_id_changed_a0489fdf_uniq` (`reviewrequest_id`,`changedescription_id`),
  KEY `reviews_reviewreques_changedescription_id_c25c1fe7_fk_changedes` (`changedescription_id`),
  CONSTRAINT `reviews_reviewreques_changedescription_id_c25c1fe7_fk_changedes` FOREIGN KEY (`changedescription_id`) REFERENCES `changedescs_changedescription` (`id`),
  CONSTRAINT `reviews_reviewreques_reviewrequest_id_65def65a_fk_reviews_r` FOREIGN KEY (`reviewrequest_id`) REFERENCES `reviews_reviewrequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_reviewrequest_depends_on` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from_reviewrequest_id` int(11) NOT NULL,
  `to_reviewrequest_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_reviewrequest_de_from_reviewrequest_id_to_94e62655_uniq` (`from_reviewrequest_id`,`to_reviewrequest_id`),
  KEY `reviews_reviewreques_to_reviewrequest_id_ab47bf47_fk_reviews_r` (`to_reviewrequest_id`),
  CONSTRAINT `reviews_reviewreques_from_reviewrequest_i_2d1eab85_fk_reviews_r` FOREIGN KEY (`from_reviewrequest_id`) REFERENCES `reviews_reviewrequest` (`id`),
  CONSTRAINT `reviews_reviewreques_to_reviewrequest_id_ab47bf47_fk_reviews_r` FOREIGN KEY (`to_reviewrequest_id`) REFERENCES `reviews_reviewrequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_reviewrequest_file_attachments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reviewrequest_id` int(11) NOT NULL,
  `fileattachment_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_reviewrequest_fi_reviewrequest_id_fileatt_ccfa96ca_uniq` (`reviewrequest_id`,`fileattachment_id`),
  KEY `reviews_reviewreques_fileattachment_id_e78e0b5e_fk_attachmen` (`fileattachment_id`),
  CONSTRAINT `reviews_reviewreques_fileattachment_id_e78e0b5e_fk_attachmen` FOREIGN KEY (`fileattachment_id`) REFERENCES `attachments_fileattachment` (`id`),
  CONSTRAINT `reviews_reviewreques_reviewrequest_id_3bf5d0d8_fk_reviews_r` FOREIGN KEY (`reviewrequest_id`) REFERENCES `reviews_reviewrequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_screenshot` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `caption` varchar(256) NOT NULL,
  `draft_caption` varchar(256) NOT NULL,
  `image` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_reviewrequest_screenshots` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reviewrequest_id` int(11) NOT NULL,
  `screenshot_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_reviewrequest_sc_reviewrequest_id_screens_07732dbc_uniq` (`reviewrequest_id`,`screenshot_id`),
  KEY `reviews_reviewreques_screenshot_id_a3499d76_fk_reviews_s` (`screenshot_id`),
  CONSTRAINT `reviews_reviewreques_reviewrequest_id_67148a80_fk_reviews_r` FOREIGN KEY (`reviewrequest_id`) REFERENCES `reviews_reviewrequest` (`id`),
  CONSTRAINT `reviews_reviewreques_screenshot_id_a3499d76_fk_reviews_s` FOREIGN KEY (`screenshot_id`) REFERENCES `reviews_screenshot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_reviewrequest_target_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reviewrequest_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_reviewrequest_ta_reviewrequest_id_group_i_1a8ec82c_uniq` (`reviewrequest_id`,`group_id`),
  KEY `reviews_reviewreques_group_id_c197c2b6_fk_reviews_g` (`group_id`),
  CONSTRAINT `reviews_reviewreques_group_id_c197c2b6_fk_reviews_g` FOREIGN KEY (`group_id`) REFERENCES `reviews_group` (`id`),
  CONSTRAINT `reviews_reviewreques_reviewrequest_id_9f397bce_fk_reviews_r` FOREIGN KEY (`reviewrequest_id`) REFERENCES `reviews_reviewrequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_reviewrequest_target_people` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reviewrequest_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_reviewrequest_ta_reviewrequest_id_user_id_d7cb96bf_uniq` (`reviewrequest_id`,`user_id`),
  KEY `reviews_reviewreques_user_id_1120a3d1_fk_auth_user` (`user_id`),
  CONSTRAINT `reviews_reviewreques_reviewrequest_id_5b9a960c_fk_reviews_r` FOREIGN KEY (`reviewrequest_id`) REFERENCES `reviews_reviewrequest` (`id`),
  CONSTRAINT `reviews_reviewreques_user_id_1120a3d1_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_review_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `review_id` int(11) NOT NULL,
  `comment_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_review_comments_review_id_comment_id_2b6b67b0_uniq` (`review_id`,`comment_id`),
  KEY `reviews_review_comme_comment_id_a1f2afdb_fk_reviews_c` (`comment_id`),
  CONSTRAINT `reviews_review_comme_comment_id_a1f2afdb_fk_reviews_c` FOREIGN KEY (`comment_id`) REFERENCES `reviews_comment` (`id`),
  CONSTRAINT `reviews_review_comments_review_id_0a600993_fk_reviews_review_id` FOREIGN KEY (`review_id`) REFERENCES `reviews_review` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_review_file_attachment_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `review_id` int(11) NOT NULL,
  `fileattachmentcomment_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_review_file_atta_review_id_fileattachment_e50f6c80_uniq` (`review_id`,`fileattachmentcomment_id`),
  KEY `reviews_review_file__fileattachmentcommen_1dae596b_fk_reviews_f` (`fileattachmentcomment_id`),
  CONSTRAINT `reviews_review_file__fileattachmentcommen_1dae596b_fk_reviews_f` FOREIGN KEY (`fileattachmentcomment_id`) REFERENCES `reviews_fileattachmentcomment` (`id`),
  CONSTRAINT `reviews_review_file__review_id_f33dcceb_fk_reviews_r` FOREIGN KEY (`review_id`) REFERENCES `reviews_review` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_review_general_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `review_id` int(11) NOT NULL,
  `generalcomment_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_review_general_c_review_id_generalcomment_92ad2601_uniq` (`review_id`,`generalcomment_id`),
  KEY `reviews_review_gener_generalcomment_id_08380dc1_fk_reviews_g` (`generalcomment_id`),
  CONSTRAINT `reviews_review_gener_generalcomment_id_08380dc1_fk_reviews_g` FOREIGN KEY (`generalcomment_id`) REFERENCES `reviews_generalcomment` (`id`),
  CONSTRAINT `reviews_review_gener_review_id_b2db3c78_fk_reviews_r` FOREIGN KEY (`review_id`) REFERENCES `reviews_review` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_screenshotcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `issue_opened` tinyint(1) NOT NULL,
  `issue_status` varchar(1) DEFAULT NULL,
  `reply_to_id` int(11) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `text` longtext NOT NULL,
  `rich_text` tinyint(1) NOT NULL,
  `extra_data` longtext DEFAULT NULL,
  `screenshot_id` int(11) NOT NULL,
  `x` smallint(5) unsigned DEFAULT NULL,
  `y` smallint(5) unsigned NOT NULL,
  `w` smallint(5) unsigned NOT NULL,
  `h` smallint(5) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `reviews_screenshotco_reply_to_id_20d83c7c_fk_reviews_s` (`reply_to_id`),
  KEY `reviews_screenshotco_screenshot_id_0a8f6ad7_fk_reviews_s` (`screenshot_id`),
  KEY `reviews_screenshotcomment_issue_status_818e13d1` (`issue_status`),
  CONSTRAINT `reviews_screenshotco_reply_to_id_20d83c7c_fk_reviews_s` FOREIGN KEY (`reply_to_id`) REFERENCES `reviews_screenshotcomment` (`id`),
  CONSTRAINT `reviews_screenshotco_screenshot_id_0a8f6ad7_fk_reviews_s` FOREIGN KEY (`screenshot_id`) REFERENCES `reviews_screenshot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_review_screenshot_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `review_id` int(11) NOT NULL,
  `screenshotcomment_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_review_screensho_review_id_screenshotcomm_d40817af_uniq` (`review_id`,`screenshotcomment_id`),
  KEY `reviews_review_scree_screenshotcomment_id_c90580b3_fk_reviews_s` (`screenshotcomment_id`),
  CONSTRAINT `reviews_review_scree_review_id_1210ef03_fk_reviews_r` FOREIGN KEY (`review_id`) REFERENCES `reviews_review` (`id`),
  CONSTRAINT `reviews_review_scree_screenshotcomment_id_c90580b3_fk_reviews_s` FOREIGN KEY (`screenshotcomment_id`) REFERENCES `reviews_screenshotcomment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_reviewrequestdraft_target_people` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reviewrequestdraft_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_reviewrequestdra_reviewrequestdraft_id_us_2d4e7918_uniq` (`reviewrequestdraft_id`,`user_id`),
  KEY `reviews_reviewreques_user_id_83de070a_fk_auth_user` (`user_id`),
  CONSTRAINT `reviews_reviewreques_reviewrequestdraft_i_cf9235c2_fk_reviews_r` FOREIGN KEY (`reviewrequestdraft_id`) REFERENCES `reviews_reviewrequestdraft` (`id`),
  CONSTRAINT `reviews_reviewreques_user_id_83de070a_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `reviews_statusupdate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `service_id` varchar(255) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `summary` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `url_text` varchar(64) NOT NULL,
  `state` varchar(1) NOT NULL,
  `review_request_id` int(11) NOT NULL,
  `change_description_id` int(11) DEFAULT NULL,
  `review_id` int(11) DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  `timeout` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `review_id` (`review_id`),
  KEY `reviews_statusupdate_user_id_1f850855_fk_auth_user_id` (`user_id`),
  KEY `reviews_statusupdate_review_request_id_09b3d2bf_fk_reviews_r` (`review_request_id`),
  KEY `reviews_statusupdate_change_description_i_260b3553_fk_changedes` (`change_description_id`),
  CONSTRAINT `reviews_statusupdate_change_description_i_260b3553_fk_changedes` FOREIGN KEY (`change_description_id`) REFERENCES `changedescs_changedescription` (`id`),
  CONSTRAINT `reviews_statusupdate_review_id_cd66ca68_fk_reviews_review_id` FOREIGN KEY (`review_id`) REFERENCES `reviews_review` (`id`),
  CONSTRAINT `reviews_statusupdate_review_request_id_09b3d2bf_fk_reviews_r` FOREIGN KEY (`review_request_id`) REFERENCES `reviews_reviewrequest` (`id`),
  CONSTRAINT `reviews_statusupdate_user_id_1f850855_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `scmtools_repository_review_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `repository_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scmtools_repository_revi_repository_id_group_id_1e0382de_uniq` (`repository_id`,`group_id`),
  KEY `scmtools_repository__group_id_23e39d23_fk_reviews_g` (`group_id`),
  CONSTRAINT `scmtools_repository__group_id_23e39d23_fk_reviews_g` FOREIGN KEY (`group_id`) REFERENCES `reviews_group` (`id`),
  CONSTRAINT `scmtools_repository__repository_id_23a2ea36_fk_scmtools_` FOREIGN KEY (`repository_id`) REFERENCES `scmtools_repository` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `scmtools_repository_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `repository_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scmtools_repository_users_repository_id_user_id_c239bac4_uniq` (`repository_id`,`user_id`),
  KEY `scmtools_repository_users_user_id_fd0f89b9_fk_auth_user_id` (`user_id`),
  CONSTRAINT `scmtools_repository__repository_id_d8c11b09_fk_scmtools_` FOREIGN KEY (`repository_id`) REFERENCES `scmtools_repository` (`id`),
  CONSTRAINT `scmtools_repository_users_user_id_fd0f89b9_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `siteconfig_siteconfiguration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11) NOT NULL,
  `version` varchar(20) NOT NULL,
  `settings` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `siteconfig_siteconfiguration_site_id_a352de24_fk_django_site_id` (`site_id`),
  CONSTRAINT `siteconfig_siteconfiguration_site_id_a352de24_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `site_localsite_admins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `localsite_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `site_localsite_admins_localsite_id_user_id_4644c48c_uniq` (`localsite_id`,`user_id`),
  KEY `site_localsite_admins_user_id_a78f941a_fk_auth_user_id` (`user_id`),
  CONSTRAINT `site_localsite_admins_localsite_id_f1ecf08a_fk_site_localsite_id` FOREIGN KEY (`localsite_id`) REFERENCES `site_localsite` (`id`),
  CONSTRAINT `site_localsite_admins_user_id_a78f941a_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `site_localsite_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `localsite_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `site_localsite_users_localsite_id_user_id_2b5aa5f9_uniq` (`localsite_id`,`user_id`),
  KEY `site_localsite_users_user_id_d0c1231a_fk_auth_user_id` (`user_id`),
  CONSTRAINT `site_localsite_users_localsite_id_9f338deb_fk_site_localsite_id` FOREIGN KEY (`localsite_id`) REFERENCES `site_localsite` (`id`),
  CONSTRAINT `site_localsite_users_user_id_d0c1231a_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `webapi_webapitoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `token` varchar(40) NOT NULL,
  `time_added` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `note` longtext NOT NULL,
  `policy` longtext DEFAULT NULL,
  `extra_data` longtext DEFAULT NULL,
  `local_site_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  KEY `webapi_webapitoken_user_id_3651ab64_fk_auth_user_id` (`user_id`),
  KEY `webapi_webapitoken_local_site_id_72c83924_fk_site_localsite_id` (`local_site_id`),
  CONSTRAINT `webapi_webapitoken_local_site_id_72c83924_fk_site_localsite_id` FOREIGN KEY (`local_site_id`) REFERENCES `site_localsite` (`id`),
  CONSTRAINT `webapi_webapitoken_user_id_3651ab64_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

SET FOREIGN_KEY_CHECKS=1;
