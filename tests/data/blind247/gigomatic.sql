-- Gig-o-Matic GO3 (band gig and rehearsal planning: members, bands, sections, gigs, availability plans).
-- Upstream: github.com/Gig-o-Matic/GO3, commit ad5e398e51321d521b3f48ae20a945fa754ce296 (GPL-3.0).
-- DDL built by upstream's own Django migrations (119 files, Django 4.2.30 as pinned in requirements.txt,
-- django-simple-history 3.5.0, django-q2 1.6.2) run into MariaDB, read back with SHOW CREATE TABLE,
-- tables ordered so that referenced tables come first; AUTO_INCREMENT counters removed.

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `band_band` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `hometown` varchar(200) DEFAULT NULL,
  `shortname` varchar(200) DEFAULT NULL,
  `condensed_name` varchar(200) DEFAULT NULL,
  `website` varchar(200) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `images` longtext DEFAULT NULL,
  `member_links` longtext DEFAULT NULL,
  `thumbnail_img` varchar(500) DEFAULT NULL,
  `timezone` varchar(200) NOT NULL,
  `new_member_message` longtext DEFAULT NULL,
  `share_gigs` tinyint(1) NOT NULL,
  `anyone_can_manage_gigs` tinyint(1) NOT NULL,
  `anyone_can_create_gigs` tinyint(1) NOT NULL,
  `send_updates_by_default` tinyint(1) NOT NULL,
  `simple_planning` tinyint(1) NOT NULL,
  `plan_feedback` longtext DEFAULT NULL,
  `status` int(11) NOT NULL,
  `creation_date` date NOT NULL,
  `last_activity` datetime(6) NOT NULL,
  `pub_cal_feed_dirty` tinyint(1) NOT NULL,
  `pub_cal_feed_id` char(32) NOT NULL,
  `default_language` varchar(200) NOT NULL,
  `invite_occasionals_by_default` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `band_band_pub_cal_feed_id_36bb09f1_uniq` (`pub_cal_feed_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `band_section` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) DEFAULT NULL,
  `order` int(11) NOT NULL,
  `is_default` tinyint(1) NOT NULL,
  `band_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `band_section_band_id_7103a47c` (`band_id`),
  CONSTRAINT `band_section_band_id_7103a47c_fk_band_band_id` FOREIGN KEY (`band_id`) REFERENCES `band_band` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `email` varchar(254) NOT NULL,
  `username` varchar(200) NOT NULL,
  `nickname` varchar(100) DEFAULT NULL,
  `phone` varchar(100) DEFAULT NULL,
  `statement` varchar(500) DEFAULT NULL,
  `motd_dirty` tinyint(1) NOT NULL,
  `seen_welcome` tinyint(1) NOT NULL,
  `images` longtext DEFAULT NULL,
  `cal_feed_dirty` tinyint(1) NOT NULL,
  `status` int(11) NOT NULL,
  `cal_feed_id` char(32) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `go2_id` varchar(100) NOT NULL,
  `display_name` varchar(200) DEFAULT NULL,
  `is_beta_tester` tinyint(1) NOT NULL,
  `api_key` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  UNIQUE KEY `cal_feed_id` (`cal_feed_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `band_assoc` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` int(11) NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `is_multisectional` tinyint(1) NOT NULL,
  `is_occasional` tinyint(1) NOT NULL,
  `color` int(11) NOT NULL,
  `email_me` tinyint(1) NOT NULL,
  `hide_from_schedule` tinyint(1) NOT NULL,
  `band_id` int(11) NOT NULL,
  `default_section_id` int(11) DEFAULT NULL,
  `member_id` int(11) NOT NULL,
  `join_date` date NOT NULL,
  `is_alum` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `band_assoc_band_id_cedd9e0a_fk_band_band_id` (`band_id`),
  KEY `band_assoc_default_section_id_b09d358b_fk_band_section_id` (`default_section_id`),
  KEY `band_assoc_member_id_a1cc4603_fk_member_member_id` (`member_id`),
  CONSTRAINT `band_assoc_band_id_cedd9e0a_fk_band_band_id` FOREIGN KEY (`band_id`) REFERENCES `band_band` (`id`),
  CONSTRAINT `band_assoc_default_section_id_b09d358b_fk_band_section_id` FOREIGN KEY (`default_section_id`) REFERENCES `band_section` (`id`),
  CONSTRAINT `band_assoc_member_id_a1cc4603_fk_member_member_id` FOREIGN KEY (`member_id`) REFERENCES `member_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_member_member_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_member_member_id` FOREIGN KEY (`user_id`) REFERENCES `member_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_q_ormq` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(100) NOT NULL,
  `payload` longtext NOT NULL,
  `lock` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_q_schedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `func` varchar(256) NOT NULL,
  `hook` varchar(256) DEFAULT NULL,
  `args` longtext DEFAULT NULL,
  `kwargs` longtext DEFAULT NULL,
  `schedule_type` varchar(2) NOT NULL,
  `repeats` int(11) NOT NULL,
  `next_run` datetime(6) DEFAULT NULL,
  `task` varchar(100) DEFAULT NULL,
  `name` varchar(100) DEFAULT NULL,
  `minutes` smallint(5) unsigned DEFAULT NULL CHECK (`minutes` >= 0),
  `cron` varchar(100) DEFAULT NULL,
  `cluster` varchar(100) DEFAULT NULL,
  `intended_date_kwarg` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_q_task` (
  `name` varchar(100) NOT NULL,
  `func` varchar(256) NOT NULL,
  `hook` varchar(256) DEFAULT NULL,
  `args` longtext DEFAULT NULL,
  `kwargs` longtext DEFAULT NULL,
  `result` longtext DEFAULT NULL,
  `started` datetime(6) NOT NULL,
  `stopped` datetime(6) NOT NULL,
  `success` tinyint(1) NOT NULL,
  `id` varchar(32) NOT NULL,
  `group` varchar(100) DEFAULT NULL,
  `attempt_count` int(11) NOT NULL,
  `cluster` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gig_gig` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL,
  `details` longtext DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_update` datetime(6) NOT NULL,
  `date` datetime(6) DEFAULT NULL,
  `address` longtext DEFAULT NULL,
  `status` int(11) NOT NULL,
  `is_private` tinyint(1) NOT NULL,
  `invite_occasionals` tinyint(1) NOT NULL,
  `was_reminded` tinyint(1) NOT NULL,
  `hide_from_calendar` tinyint(1) NOT NULL,
  `default_to_attending` tinyint(1) NOT NULL,
  `trashed_date` datetime(6) DEFAULT NULL,
  `setlist` longtext DEFAULT NULL,
  `setdate` datetime(6) DEFAULT NULL,
  `enddate` datetime(6) DEFAULT NULL,
  `dress` longtext DEFAULT NULL,
  `paid` longtext DEFAULT NULL,
  `postgig` longtext DEFAULT NULL,
  `band_id` int(11) NOT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `leader_id` int(11) DEFAULT NULL,
  `cal_feed_id` char(32) NOT NULL,
  `is_archived` tinyint(1) NOT NULL,
  `datenotes` longtext DEFAULT NULL,
  `email_changes` tinyint(1) NOT NULL,
  `leader_text` longtext DEFAULT NULL,
  `has_call_time` tinyint(1) NOT NULL,
  `has_end_time` tinyint(1) NOT NULL,
  `has_set_time` tinyint(1) NOT NULL,
  `is_full_day` tinyint(1) NOT NULL,
  `safe_date` datetime(6) DEFAULT NULL,
  `safe_enddate` datetime(6) DEFAULT NULL,
  `safe_setdate` datetime(6) DEFAULT NULL,
  `plans_locked` tinyint(1) NOT NULL,
  `public_description` longtext DEFAULT NULL,
  `rsvp_by_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cal_feed_id` (`cal_feed_id`),
  KEY `gig_gig_band_id_6652d3fa_fk_band_band_id` (`band_id`),
  KEY `gig_gig_contact_id_80832a11_fk_member_member_id` (`contact_id`),
  KEY `gig_gig_creator_id_7dab4731_fk_member_member_id` (`creator_id`),
  KEY `gig_gig_leader_id_909c5e6b_fk_member_member_id` (`leader_id`),
  CONSTRAINT `gig_gig_band_id_6652d3fa_fk_band_band_id` FOREIGN KEY (`band_id`) REFERENCES `band_band` (`id`),
  CONSTRAINT `gig_gig_contact_id_80832a11_fk_member_member_id` FOREIGN KEY (`contact_id`) REFERENCES `member_member` (`id`),
  CONSTRAINT `gig_gig_creator_id_7dab4731_fk_member_member_id` FOREIGN KEY (`creator_id`) REFERENCES `member_member` (`id`),
  CONSTRAINT `gig_gig_leader_id_909c5e6b_fk_member_member_id` FOREIGN KEY (`leader_id`) REFERENCES `member_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gig_gig_watchers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `gig_id` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gig_gig_watchers_gig_id_member_id_e56ddc21_uniq` (`gig_id`,`member_id`),
  KEY `gig_gig_watchers_member_id_a110a468_fk_member_member_id` (`member_id`),
  CONSTRAINT `gig_gig_watchers_gig_id_bb0ffa28_fk_gig_gig_id` FOREIGN KEY (`gig_id`) REFERENCES `gig_gig` (`id`),
  CONSTRAINT `gig_gig_watchers_member_id_a110a468_fk_member_member_id` FOREIGN KEY (`member_id`) REFERENCES `member_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gig_gigcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` longtext DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `gig_id` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `gig_gigcomment_gig_id_cb33ac91_fk_gig_gig_id` (`gig_id`),
  KEY `gig_gigcomment_member_id_46d8a65e_fk_member_member_id` (`member_id`),
  CONSTRAINT `gig_gigcomment_gig_id_cb33ac91_fk_gig_gig_id` FOREIGN KEY (`gig_id`) REFERENCES `gig_gig` (`id`),
  CONSTRAINT `gig_gigcomment_member_id_46d8a65e_fk_member_member_id` FOREIGN KEY (`member_id`) REFERENCES `member_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gig_historicalgig` (
  `id` int(11) NOT NULL,
  `title` varchar(200) NOT NULL,
  `details` longtext DEFAULT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_update` datetime(6) NOT NULL,
  `date` datetime(6) DEFAULT NULL,
  `address` longtext DEFAULT NULL,
  `status` int(11) NOT NULL,
  `is_private` tinyint(1) NOT NULL,
  `invite_occasionals` tinyint(1) NOT NULL,
  `was_reminded` tinyint(1) NOT NULL,
  `hide_from_calendar` tinyint(1) NOT NULL,
  `default_to_attending` tinyint(1) NOT NULL,
  `trashed_date` datetime(6) DEFAULT NULL,
  `setlist` longtext DEFAULT NULL,
  `setdate` datetime(6) DEFAULT NULL,
  `enddate` datetime(6) DEFAULT NULL,
  `dress` longtext DEFAULT NULL,
  `paid` longtext DEFAULT NULL,
  `postgig` longtext DEFAULT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `leader_id` int(11) DEFAULT NULL,
  `is_archived` tinyint(1) NOT NULL,
  `datenotes` longtext DEFAULT NULL,
  `email_changes` tinyint(1) NOT NULL,
  `leader_text` longtext DEFAULT NULL,
  `has_call_time` tinyint(1) NOT NULL,
  `has_end_time` tinyint(1) NOT NULL,
  `has_set_time` tinyint(1) NOT NULL,
  `is_full_day` tinyint(1) NOT NULL,
  `safe_date` datetime(6) DEFAULT NULL,
  `safe_enddate` datetime(6) DEFAULT NULL,
  `safe_setdate` datetime(6) DEFAULT NULL,
  `plans_locked` tinyint(1) NOT NULL,
  `public_description` longtext DEFAULT NULL,
  `rsvp_by_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `gig_historicalgig_history_user_id_b62de404_fk_member_member_id` (`history_user_id`),
  KEY `gig_historicalgig_id_362842cb` (`id`),
  KEY `gig_historicalgig_contact_id_95946845` (`contact_id`),
  KEY `gig_historicalgig_creator_id_4934bafc` (`creator_id`),
  KEY `gig_historicalgig_leader_id_c0124ce5` (`leader_id`),
  KEY `gig_historicalgig_history_date_824d012c` (`history_date`),
  CONSTRAINT `gig_historicalgig_history_user_id_b62de404_fk_member_member_id` FOREIGN KEY (`history_user_id`) REFERENCES `member_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gig_plan` (
  `id` char(32) NOT NULL,
  `status` int(11) NOT NULL,
  `feedback_value` int(11) DEFAULT NULL,
  `comment` varchar(200) DEFAULT NULL,
  `last_update` datetime(6) NOT NULL,
  `snooze_until` datetime(6) DEFAULT NULL,
  `assoc_id` int(11) NOT NULL,
  `gig_id` int(11) NOT NULL,
  `plan_section_id` int(11) DEFAULT NULL,
  `section_id` int(11) DEFAULT NULL,
  `status_changed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `gig_plan_gig_id_a9a8ee0a_fk_gig_gig_id` (`gig_id`),
  KEY `gig_plan_plan_section_id_e9707bf5_fk_band_section_id` (`plan_section_id`),
  KEY `gig_plan_section_id_7bfbd855_fk_band_section_id` (`section_id`),
  KEY `gig_plan_assoc_id_1f151d59_fk_band_assoc_id` (`assoc_id`),
  CONSTRAINT `gig_plan_assoc_id_1f151d59_fk_band_assoc_id` FOREIGN KEY (`assoc_id`) REFERENCES `band_assoc` (`id`),
  CONSTRAINT `gig_plan_gig_id_a9a8ee0a_fk_gig_gig_id` FOREIGN KEY (`gig_id`) REFERENCES `gig_gig` (`id`),
  CONSTRAINT `gig_plan_plan_section_id_e9707bf5_fk_band_section_id` FOREIGN KEY (`plan_section_id`) REFERENCES `band_section` (`id`),
  CONSTRAINT `gig_plan_section_id_7bfbd855_fk_band_section_id` FOREIGN KEY (`section_id`) REFERENCES `band_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_emailconfirmation` (
  `id` char(32) NOT NULL,
  `new_email` varchar(254) NOT NULL,
  `language` varchar(200) NOT NULL,
  `member_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `member_emailconfirmation_member_id_c07bf107_fk_member_member_id` (`member_id`),
  CONSTRAINT `member_emailconfirmation_member_id_c07bf107_fk_member_member_id` FOREIGN KEY (`member_id`) REFERENCES `member_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_invite` (
  `id` char(32) NOT NULL,
  `email` varchar(254) NOT NULL,
  `language` varchar(200) NOT NULL,
  `band_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `member_invite_band_id_0e38d766_fk_band_band_id` (`band_id`),
  CONSTRAINT `member_invite_band_id_0e38d766_fk_band_band_id` FOREIGN KEY (`band_id`) REFERENCES `band_band` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_member_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `member_member_groups_member_id_group_id_5e086b6e_uniq` (`member_id`,`group_id`),
  KEY `member_member_groups_group_id_f303e195_fk_auth_group_id` (`group_id`),
  CONSTRAINT `member_member_groups_group_id_f303e195_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `member_member_groups_member_id_87866934_fk_member_member_id` FOREIGN KEY (`member_id`) REFERENCES `member_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_member_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `member_member_user_permi_member_id_permission_id_862ec18e_uniq` (`member_id`,`permission_id`),
  KEY `member_member_user_p_permission_id_740bffc2_fk_auth_perm` (`permission_id`),
  CONSTRAINT `member_member_user_p_member_id_6821d637_fk_member_me` FOREIGN KEY (`member_id`) REFERENCES `member_member` (`id`),
  CONSTRAINT `member_member_user_p_permission_id_740bffc2_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `member_memberpreferences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `hide_canceled_gigs` tinyint(1) NOT NULL,
  `language` varchar(200) NOT NULL,
  `share_profile` tinyint(1) NOT NULL,
  `share_email` tinyint(1) NOT NULL,
  `calendar_show_only_confirmed` tinyint(1) NOT NULL,
  `calendar_show_only_committed` tinyint(1) NOT NULL,
  `agenda_show_time` tinyint(1) NOT NULL,
  `default_view` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  `agenda_layout` int(11) NOT NULL,
  `agenda_band_id` int(11) DEFAULT NULL,
  `agenda_use_classic` tinyint(1) NOT NULL,
  `current_timezone` varchar(200) DEFAULT NULL,
  `auto_update_timezone` tinyint(1) NOT NULL,
  `agenda_show_location` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `member_id` (`member_id`),
  KEY `member_memberpreferences_agenda_band_id_9a315f48_fk_band_band_id` (`agenda_band_id`),
  CONSTRAINT `member_memberpreferences_agenda_band_id_9a315f48_fk_band_band_id` FOREIGN KEY (`agenda_band_id`) REFERENCES `band_band` (`id`),
  CONSTRAINT `member_memberpreferences_member_id_6b79cb2f_fk_member_member_id` FOREIGN KEY (`member_id`) REFERENCES `member_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `motd_motd` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` longtext DEFAULT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `stats_metric` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `kind` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `stats_bandmetric` (
  `metric_ptr_id` int(11) NOT NULL,
  `band_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`metric_ptr_id`),
  KEY `stats_bandmetric_band_id_ab0204e8_fk_band_band_id` (`band_id`),
  CONSTRAINT `stats_bandmetric_band_id_ab0204e8_fk_band_band_id` FOREIGN KEY (`band_id`) REFERENCES `band_band` (`id`),
  CONSTRAINT `stats_bandmetric_metric_ptr_id_d461a62d_fk_stats_metric_id` FOREIGN KEY (`metric_ptr_id`) REFERENCES `stats_metric` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `stats_stat` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` date NOT NULL,
  `value` int(11) NOT NULL,
  `metric_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `stats_stat_metric_id_ac7677a6_fk_stats_bandmetric_metric_ptr_id` (`metric_id`),
  CONSTRAINT `stats_stat_metric_id_ac7677a6_fk_stats_bandmetric_metric_ptr_id` FOREIGN KEY (`metric_id`) REFERENCES `stats_bandmetric` (`metric_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

