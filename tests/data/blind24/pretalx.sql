-- pretalx: conference call-for-papers, review and scheduling (Django)
-- Upstream: github.com/pretalx/pretalx, release tag v2026.2.1
--   (commit 454da44223dcb2ff1a366bb9dfc58b81ba972a24), licence AGPL-3.0-only (with pretalx's additional terms).
-- Source of truth: the Django models in src/pretalx/*/models/*.py and the migrations in src/pretalx/*/migrations/.
-- How this file was made: upstream v2026.2.1 was installed (Python 3.13, Django 6.0.10) and all its migrations
--   (pretalx apps plus django.contrib auth/contenttypes/sessions and DRF authtoken) were applied with
--   `migrate` to an empty MariaDB 10.11 database; the result was dumped with `mysqldump --no-data`.
--   Table names are Django's (<app>_<model>, many-to-many tables <app>_<model>_<field>); column names, order
--   (migration order: later-added columns come last), types, NULL-ness, primary keys, unique keys and the
--   foreign keys Django declared are kept as dumped. Conversions: JSONField (MariaDB longtext + json_valid CHECK)
--   written as `json`; UUIDField (MariaDB native `uuid`) written as Django's MySQL type `char(32)`;
--   PositiveIntegerField's `>= 0` CHECK clauses dropped (type stays `int(10) unsigned`); non-unique indexes,
--   AUTO_INCREMENT counters and collations dropped; foreign keys to tables left out dropped.
--   Upstream declares no database column comments (Django db_comment is not used), so there are no COMMENTs.
-- 45 of the 69 tables are kept; left out: unused Django auth tables (auth_group, auth_group_permissions,
--   auth_permission, person_user_groups, person_user_user_permissions), django_migrations, the two hierarkey
--   settings stores, event_eventextralink, person_speakerinformation and its two limit tables, and the
--   many-to-many limit/link tables event_team_limit_events, event_team_limit_tracks,
--   person_userapitoken_limit_events, mail_queuedmail_submissions, submission_answer_options,
--   submission_question_limit_teams, submission_question_submission_types, submission_question_tracks,
--   submission_reviewscorecategory_limit_tracks, submission_submission_tags,
--   submission_submitteraccesscode_submission_types, submission_submitteraccesscode_tracks.
-- FOREIGN_KEY_CHECKS is switched off while loading: person_user and person_profilepicture refer to each other.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `person_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `nick` varchar(60) DEFAULT NULL,
  `name` varchar(120) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `locale` varchar(32) NOT NULL,
  `timezone` varchar(32) NOT NULL,
  `pw_reset_token` varchar(160) DEFAULT NULL,
  `pw_reset_time` datetime(6) DEFAULT NULL,
  `code` varchar(16) DEFAULT NULL,
  `is_administrator` tinyint(1) NOT NULL,
  `profile_picture_id` int(11) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_user_email_6804601a_uniq` (`email`),
  UNIQUE KEY `code` (`code`),
  CONSTRAINT `person_user_profile_picture_id_c87ac1ce_fk_person_pr` FOREIGN KEY (`profile_picture_id`) REFERENCES `person_profilepicture` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_profilepicture` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `avatar` varchar(100) DEFAULT NULL,
  `avatar_thumbnail` varchar(100) DEFAULT NULL,
  `avatar_thumbnail_tiny` varchar(100) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_profilepicture_user_id_e9610460_fk_person_user_id` FOREIGN KEY (`user_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_speakerprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `biography` longtext DEFAULT NULL,
  `event_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `has_arrived` tinyint(1) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `internal_notes` longtext DEFAULT NULL,
  `code` varchar(16) NOT NULL,
  `name` varchar(120) DEFAULT NULL,
  `profile_picture_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_speakerprofile_event_id_code_6694fe39_uniq` (`event_id`,`code`),
  UNIQUE KEY `person_speakerprofile_event_id_user_id_3d8da868_uniq` (`event_id`,`user_id`),
  CONSTRAINT `person_speakerprofil_profile_picture_id_c787d307_fk_person_pr` FOREIGN KEY (`profile_picture_id`) REFERENCES `person_profilepicture` (`id`),
  CONSTRAINT `person_speakerprofile_event_id_b906742f_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`),
  CONSTRAINT `person_speakerprofile_user_id_09b02b91_fk_person_user_id` FOREIGN KEY (`user_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_attendeeprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `event_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_attendeeprofile_event_id_user_id_6fdf454a_uniq` (`event_id`,`user_id`),
  CONSTRAINT `person_attendeeprofile_event_id_d85035fc_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`),
  CONSTRAINT `person_attendeeprofile_user_id_b29b30cb_fk_person_user_id` FOREIGN KEY (`user_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_usereventpreferences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `preferences` json NOT NULL,
  `event_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_event_preferences` (`user_id`,`event_id`),
  CONSTRAINT `person_usereventpreferences_event_id_4a58b755_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`),
  CONSTRAINT `person_usereventpreferences_user_id_260c67ae_fk_person_user_id` FOREIGN KEY (`user_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_userapitoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `name` varchar(190) NOT NULL,
  `token` varchar(64) NOT NULL,
  `expires` datetime(6) DEFAULT NULL,
  `endpoints` json NOT NULL,
  `version` varchar(12) DEFAULT NULL,
  `last_used` datetime(6) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `all_events` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  CONSTRAINT `person_userapitoken_user_id_aae629ac_fk_person_user_id` FOREIGN KEY (`user_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_person_user_id` FOREIGN KEY (`user_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_activitylog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(10) unsigned NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `action_type` varchar(200) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `event_id` int(11) DEFAULT NULL,
  `person_id` int(11) DEFAULT NULL,
  `is_orga_action` tinyint(1) NOT NULL,
  `data` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `common_activitylog_content_type_id_76ada9b1_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `common_activitylog_event_id_5e6aed3b_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`),
  CONSTRAINT `common_activitylog_person_id_a022fe39_fk_person_user_id` FOREIGN KEY (`person_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_cachedfile` (
  `id` char(32) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `timestamp` datetime(6) DEFAULT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `session_key` longtext DEFAULT NULL,
  `file` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_organiser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `slug` varchar(50) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `slug` varchar(50) NOT NULL,
  `is_public` tinyint(1) NOT NULL,
  `date_from` date NOT NULL,
  `date_to` date NOT NULL,
  `timezone` varchar(32) NOT NULL,
  `email` varchar(254) NOT NULL,
  `primary_color` varchar(7) DEFAULT NULL,
  `locale` varchar(32) NOT NULL,
  `custom_css` varchar(100) DEFAULT NULL,
  `logo` varchar(100) DEFAULT NULL,
  `landing_page_text` longtext DEFAULT NULL,
  `plugins` longtext DEFAULT NULL,
  `organiser_id` int(11) DEFAULT NULL,
  `header_image` varchar(100) DEFAULT NULL,
  `featured_sessions_text` longtext DEFAULT NULL,
  `custom_domain` varchar(200) DEFAULT NULL,
  `display_settings` json NOT NULL,
  `feature_flags` json NOT NULL,
  `mail_settings` json NOT NULL,
  `review_settings` json NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `og_image` varchar(100) DEFAULT NULL,
  `attendee_signup_settings` json NOT NULL,
  `locales` json NOT NULL,
  `content_locales` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_event_slug_0a1b0a1c_uniq` (`slug`),
  CONSTRAINT `event_event_organiser_id_5182de02_fk_event_organiser_id` FOREIGN KEY (`organiser_id`) REFERENCES `event_organiser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_team` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(190) NOT NULL,
  `all_events` tinyint(1) NOT NULL,
  `can_create_events` tinyint(1) NOT NULL,
  `can_change_teams` tinyint(1) NOT NULL,
  `can_change_organiser_settings` tinyint(1) NOT NULL,
  `can_change_event_settings` tinyint(1) NOT NULL,
  `can_change_submissions` tinyint(1) NOT NULL,
  `is_reviewer` tinyint(1) NOT NULL,
  `organiser_id` int(11) NOT NULL,
  `force_hide_speaker_names` tinyint(1) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_team_organiser_id_feade463_fk_event_organiser_id` FOREIGN KEY (`organiser_id`) REFERENCES `event_organiser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_team_members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `team_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_team_members_team_id_user_id_d5add263_uniq` (`team_id`,`user_id`),
  CONSTRAINT `event_team_members_team_id_392b939e_fk_event_team_id` FOREIGN KEY (`team_id`) REFERENCES `event_team` (`id`),
  CONSTRAINT `event_team_members_user_id_52e3991e_fk_person_user_id` FOREIGN KEY (`user_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_teaminvite` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) DEFAULT NULL,
  `token` varchar(64) DEFAULT NULL,
  `team_id` int(11) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_teaminvite_token_88ee89ba_uniq` (`token`),
  CONSTRAINT `event_teaminvite_team_id_94fe7de4_fk_event_team_id` FOREIGN KEY (`team_id`) REFERENCES `event_team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_submissiontype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `default_duration` int(10) unsigned NOT NULL,
  `event_id` int(11) NOT NULL,
  `deadline` datetime(6) DEFAULT NULL,
  `requires_access_code` tinyint(1) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `attendee_signup_required` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_submissiontype_event_id_01588962_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_track` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `color` varchar(7) NOT NULL,
  `event_id` int(11) NOT NULL,
  `requires_access_code` tinyint(1) NOT NULL,
  `description` longtext NOT NULL,
  `position` int(10) unsigned DEFAULT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `attendee_signup_required` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_track_event_id_b380882e_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `tag` varchar(50) NOT NULL,
  `description` longtext NOT NULL,
  `color` varchar(7) NOT NULL,
  `is_public` tinyint(1) NOT NULL,
  `event_id` int(11) NOT NULL,
  `updated` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_tag_per_event` (`event_id`,`tag`),
  CONSTRAINT `submission_tag_event_id_46923e90_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_cfp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `headline` longtext DEFAULT NULL,
  `text` longtext DEFAULT NULL,
  `deadline` datetime(6) DEFAULT NULL,
  `default_type_id` int(11) NOT NULL,
  `event_id` int(11) NOT NULL,
  `fields` json NOT NULL,
  `settings` json NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `opening` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_id` (`event_id`),
  CONSTRAINT `submission_cfp_default_type_id_6d7d90e0_fk_submissio` FOREIGN KEY (`default_type_id`) REFERENCES `submission_submissiontype` (`id`),
  CONSTRAINT `submission_cfp_event_id_2ce698fa_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_submitteraccesscode` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `valid_until` datetime(6) DEFAULT NULL,
  `maximum_uses` int(10) unsigned DEFAULT NULL,
  `redeemed` int(10) unsigned NOT NULL,
  `event_id` int(11) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `internal_notes` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `submission_submitteraccesscode_event_id_code_6658fa84_uniq` (`event_id`,`code`),
  CONSTRAINT `submission_submitter_event_id_4cfedfb3_fk_event_eve` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_submission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(16) NOT NULL,
  `title` varchar(200) NOT NULL,
  `state` varchar(9) NOT NULL,
  `description` longtext DEFAULT NULL,
  `abstract` longtext DEFAULT NULL,
  `notes` longtext DEFAULT NULL,
  `duration` int(10) unsigned DEFAULT NULL,
  `content_locale` varchar(32) NOT NULL,
  `do_not_record` tinyint(1) NOT NULL,
  `event_id` int(11) NOT NULL,
  `submission_type_id` int(11) NOT NULL,
  `invitation_token` varchar(32) NOT NULL,
  `image` varchar(100) DEFAULT NULL,
  `review_code` varchar(32) DEFAULT NULL,
  `is_featured` tinyint(1) NOT NULL,
  `track_id` int(11) DEFAULT NULL,
  `slot_count` int(11) NOT NULL,
  `internal_notes` longtext DEFAULT NULL,
  `created` datetime(6) DEFAULT NULL,
  `access_code_id` int(11) DEFAULT NULL,
  `pending_state` varchar(9) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `anonymised` json DEFAULT NULL,
  `draft_additional_speakers` json NOT NULL,
  `attendee_signup_capacity` int(10) unsigned DEFAULT NULL,
  `attendee_signup_required` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `submission_submission_code_d743d18b_uniq` (`code`),
  UNIQUE KEY `submission_submission_review_code_465c0064_uniq` (`review_code`),
  CONSTRAINT `submission_submissio_access_code_id_2f86d9fe_fk_submissio` FOREIGN KEY (`access_code_id`) REFERENCES `submission_submitteraccesscode` (`id`),
  CONSTRAINT `submission_submissio_submission_type_id_6d540489_fk_submissio` FOREIGN KEY (`submission_type_id`) REFERENCES `submission_submissiontype` (`id`),
  CONSTRAINT `submission_submission_event_id_7de3d909_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`),
  CONSTRAINT `submission_submission_track_id_a80cae77_fk_submission_track_id` FOREIGN KEY (`track_id`) REFERENCES `submission_track` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_speakerrole` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `submission_id` int(11) NOT NULL,
  `position` int(10) unsigned NOT NULL,
  `speaker_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `submission_speakerrole_submission_id_speaker_id_93827323_uniq` (`submission_id`,`speaker_id`),
  CONSTRAINT `submission_speakerro_speaker_id_f6da88ef_fk_person_sp` FOREIGN KEY (`speaker_id`) REFERENCES `person_speakerprofile` (`id`),
  CONSTRAINT `submission_submissio_submission_id_2bf69b45_fk_submissio` FOREIGN KEY (`submission_id`) REFERENCES `submission_submission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_submission_assigned_reviewers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `submission_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `submission_submission_as_submission_id_user_id_98c25526_uniq` (`submission_id`,`user_id`),
  CONSTRAINT `submission_submissio_submission_id_a3b9f9be_fk_submissio` FOREIGN KEY (`submission_id`) REFERENCES `submission_submission` (`id`),
  CONSTRAINT `submission_submissio_user_id_793f7a22_fk_person_us` FOREIGN KEY (`user_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_submissioninvitation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `email` varchar(254) NOT NULL,
  `token` varchar(64) NOT NULL,
  `submission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  UNIQUE KEY `submission_submissioninv_submission_id_email_985c90da_uniq` (`submission_id`,`email`),
  CONSTRAINT `submission_submissio_submission_id_62474769_fk_submissio` FOREIGN KEY (`submission_id`) REFERENCES `submission_submission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_submissioncomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `text` longtext NOT NULL,
  `reply_to_id` int(11) DEFAULT NULL,
  `submission_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_submissio_reply_to_id_eb41eb34_fk_submissio` FOREIGN KEY (`reply_to_id`) REFERENCES `submission_submissioncomment` (`id`),
  CONSTRAINT `submission_submissio_submission_id_fc9ba045_fk_submissio` FOREIGN KEY (`submission_id`) REFERENCES `submission_submission` (`id`),
  CONSTRAINT `submission_submissioncomment_user_id_2aa70c2b_fk_person_user_id` FOREIGN KEY (`user_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_submissionfavourite` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `submission_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `submission_submissionfav_user_id_submission_id_6057fa95_uniq` (`user_id`,`submission_id`),
  CONSTRAINT `submission_submissio_submission_id_067756f6_fk_submissio` FOREIGN KEY (`submission_id`) REFERENCES `submission_submission` (`id`),
  CONSTRAINT `submission_submissio_user_id_a861f3e3_fk_person_us` FOREIGN KEY (`user_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_resource` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `resource` varchar(100) DEFAULT NULL,
  `description` varchar(1000) NOT NULL,
  `submission_id` int(11) NOT NULL,
  `link` varchar(400) DEFAULT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `is_public` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_resource_submission_id_f846b95b_fk_submissio` FOREIGN KEY (`submission_id`) REFERENCES `submission_submission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_attendeesignup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `state` varchar(9) NOT NULL,
  `position` int(10) unsigned NOT NULL,
  `attendee_id` int(11) NOT NULL,
  `submission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `submission_attendeesignu_submission_id_attendee_i_c8ad49b5_uniq` (`submission_id`,`attendee_id`),
  CONSTRAINT `submission_attendees_attendee_id_cede0ac0_fk_person_at` FOREIGN KEY (`attendee_id`) REFERENCES `person_attendeeprofile` (`id`),
  CONSTRAINT `submission_attendees_submission_id_9daabb9c_fk_submissio` FOREIGN KEY (`submission_id`) REFERENCES `submission_submission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_question` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `variant` varchar(15) NOT NULL,
  `question` longtext NOT NULL,
  `default_answer` longtext DEFAULT NULL,
  `position` int(11) NOT NULL,
  `event_id` int(11) NOT NULL,
  `target` varchar(10) NOT NULL,
  `help_text` longtext DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `contains_personal_data` tinyint(1) NOT NULL,
  `max_length` int(10) unsigned DEFAULT NULL,
  `min_length` int(10) unsigned DEFAULT NULL,
  `is_public` tinyint(1) NOT NULL,
  `is_visible_to_reviewers` tinyint(1) NOT NULL,
  `deadline` datetime(6) DEFAULT NULL,
  `freeze_after` datetime(6) DEFAULT NULL,
  `question_required` varchar(14) NOT NULL,
  `max_date` date DEFAULT NULL,
  `max_datetime` datetime(6) DEFAULT NULL,
  `max_number` decimal(16,6) DEFAULT NULL,
  `min_date` date DEFAULT NULL,
  `min_datetime` datetime(6) DEFAULT NULL,
  `min_number` decimal(16,6) DEFAULT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `icon` varchar(9) DEFAULT NULL,
  `identifier` varchar(190) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `submission_question_event_id_identifier_0e035842_uniq` (`event_id`,`identifier`),
  CONSTRAINT `submission_question_event_id_0e76ef19_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_answeroption` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `answer` longtext NOT NULL,
  `question_id` int(11) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `position` int(11) NOT NULL,
  `identifier` varchar(190) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `submission_answeroption_question_id_identifier_78de2880_uniq` (`question_id`,`identifier`),
  CONSTRAINT `submission_answeropt_question_id_6a3c1b6c_fk_submissio` FOREIGN KEY (`question_id`) REFERENCES `submission_question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_answer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `answer` longtext NOT NULL,
  `question_id` int(11) NOT NULL,
  `submission_id` int(11) DEFAULT NULL,
  `answer_file` varchar(100) DEFAULT NULL,
  `review_id` int(11) DEFAULT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `speaker_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_answer_question_id_6bdb8859_fk_submission_question_id` FOREIGN KEY (`question_id`) REFERENCES `submission_question` (`id`),
  CONSTRAINT `submission_answer_review_id_76251737_fk_submission_review_id` FOREIGN KEY (`review_id`) REFERENCES `submission_review` (`id`),
  CONSTRAINT `submission_answer_speaker_id_54bde10f_fk_person_sp` FOREIGN KEY (`speaker_id`) REFERENCES `person_speakerprofile` (`id`),
  CONSTRAINT `submission_answer_submission_id_33bfd6bf_fk_submissio` FOREIGN KEY (`submission_id`) REFERENCES `submission_submission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_reviewphase` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `start` datetime(6) DEFAULT NULL,
  `end` datetime(6) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL,
  `can_review` tinyint(1) NOT NULL,
  `can_see_other_reviews` varchar(12) NOT NULL,
  `can_see_speaker_names` tinyint(1) NOT NULL,
  `can_change_submission_state` tinyint(1) NOT NULL,
  `event_id` int(11) NOT NULL,
  `speakers_can_change_submissions` tinyint(1) NOT NULL,
  `can_see_reviewer_names` tinyint(1) NOT NULL,
  `can_tag_submissions` varchar(12) NOT NULL,
  `proposal_visibility` varchar(8) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_reviewphase_event_id_7cbfc828_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_reviewscorecategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `weight` decimal(4,1) NOT NULL,
  `required` tinyint(1) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `event_id` int(11) NOT NULL,
  `is_independent` tinyint(1) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_reviewsco_event_id_02ad9987_fk_event_eve` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_reviewscore` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` decimal(7,2) NOT NULL,
  `label` varchar(200) DEFAULT NULL,
  `category_id` int(11) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_reviewsco_category_id_ce0b8d4b_fk_submissio` FOREIGN KEY (`category_id`) REFERENCES `submission_reviewscorecategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_review` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` longtext DEFAULT NULL,
  `score` decimal(10,2) DEFAULT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `submission_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `submission_review_user_id_submission_id_a2df67c7_uniq` (`user_id`,`submission_id`),
  CONSTRAINT `submission_review_submission_id_b6f4a64a_fk_submissio` FOREIGN KEY (`submission_id`) REFERENCES `submission_submission` (`id`),
  CONSTRAINT `submission_review_user_id_5ba496fe_fk_person_user_id` FOREIGN KEY (`user_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_review_scores` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `review_id` int(11) NOT NULL,
  `reviewscore_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `submission_review_scores_review_id_reviewscore_id_4ce47242_uniq` (`review_id`,`reviewscore_id`),
  CONSTRAINT `submission_review_sc_review_id_c525a785_fk_submissio` FOREIGN KEY (`review_id`) REFERENCES `submission_review` (`id`),
  CONSTRAINT `submission_review_sc_reviewscore_id_f4287d6b_fk_submissio` FOREIGN KEY (`reviewscore_id`) REFERENCES `submission_reviewscore` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_feedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `rating` int(11) DEFAULT NULL,
  `review` longtext NOT NULL,
  `talk_id` int(11) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `speaker_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_feedback_speaker_id_f83c9585_fk_person_sp` FOREIGN KEY (`speaker_id`) REFERENCES `person_speakerprofile` (`id`),
  CONSTRAINT `submission_feedback_talk_id_e978babd_fk_submission_submission_id` FOREIGN KEY (`talk_id`) REFERENCES `submission_submission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_room` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `description` longtext DEFAULT NULL,
  `capacity` int(10) unsigned DEFAULT NULL,
  `position` int(10) unsigned DEFAULT NULL,
  `event_id` int(11) NOT NULL,
  `speaker_info` longtext DEFAULT NULL,
  `guid` char(32) DEFAULT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `schedule_room_event_id_guid_7845b5a4_uniq` (`event_id`,`guid`),
  CONSTRAINT `schedule_room_event_id_e88039cd_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_schedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `version` varchar(190) DEFAULT NULL,
  `event_id` int(11) NOT NULL,
  `published` datetime(6) DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `schedule_schedule_event_id_version_527bf2fa_uniq` (`event_id`,`version`),
  CONSTRAINT `schedule_schedule_event_id_17a9b031_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_talkslot` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start` datetime(6) DEFAULT NULL,
  `end` datetime(6) DEFAULT NULL,
  `room_id` int(11) DEFAULT NULL,
  `schedule_id` int(11) NOT NULL,
  `submission_id` int(11) DEFAULT NULL,
  `is_visible` tinyint(1) NOT NULL,
  `description` longtext DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `created` datetime(6) DEFAULT NULL,
  `slot_type` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `schedule_talkslot_room_id_1ae74d93_fk_schedule_room_id` FOREIGN KEY (`room_id`) REFERENCES `schedule_room` (`id`),
  CONSTRAINT `schedule_talkslot_schedule_id_4754e9e5_fk_schedule_schedule_id` FOREIGN KEY (`schedule_id`) REFERENCES `schedule_schedule` (`id`),
  CONSTRAINT `schedule_talkslot_submission_id_4c2e011f_fk_submissio` FOREIGN KEY (`submission_id`) REFERENCES `submission_submission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_availability` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start` datetime(6) NOT NULL,
  `end` datetime(6) NOT NULL,
  `event_id` int(11) NOT NULL,
  `person_id` int(11) DEFAULT NULL,
  `room_id` int(11) DEFAULT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `schedule_availabilit_person_id_e5b2d8e3_fk_person_sp` FOREIGN KEY (`person_id`) REFERENCES `person_speakerprofile` (`id`),
  CONSTRAINT `schedule_availability_event_id_174e5a0a_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`),
  CONSTRAINT `schedule_availability_room_id_4a6ef8be_fk_schedule_room_id` FOREIGN KEY (`room_id`) REFERENCES `schedule_room` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_mailtemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subject` longtext NOT NULL,
  `text` longtext NOT NULL,
  `reply_to` varchar(200) DEFAULT NULL,
  `bcc` varchar(1000) DEFAULT NULL,
  `event_id` int(11) NOT NULL,
  `is_auto_created` tinyint(1) NOT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `role` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_mailtemplate_event_id_role_cf04c709_uniq` (`event_id`,`role`),
  CONSTRAINT `mail_mailtemplate_event_id_5a51c3ca_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_queuedmail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `to` varchar(1000) DEFAULT NULL,
  `reply_to` varchar(1000) DEFAULT NULL,
  `cc` varchar(1000) DEFAULT NULL,
  `bcc` varchar(1000) DEFAULT NULL,
  `subject` varchar(200) NOT NULL,
  `text` longtext NOT NULL,
  `event_id` int(11) DEFAULT NULL,
  `sent` datetime(6) DEFAULT NULL,
  `template_id` int(11) DEFAULT NULL,
  `locale` varchar(32) DEFAULT NULL,
  `attachments` json DEFAULT NULL,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `state` varchar(10) NOT NULL,
  `error_data` json DEFAULT NULL,
  `error_timestamp` datetime(6) DEFAULT NULL,
  `text_html` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mail_queuedmail_event_id_ca510901_fk_event_event_id` FOREIGN KEY (`event_id`) REFERENCES `event_event` (`id`),
  CONSTRAINT `mail_queuedmail_template_id_00a74b04_fk_mail_mailtemplate_id` FOREIGN KEY (`template_id`) REFERENCES `mail_mailtemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_queuedmail_to_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `queuedmail_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_queuedmail_to_users_queuedmail_id_user_id_b251cf2e_uniq` (`queuedmail_id`,`user_id`),
  CONSTRAINT `mail_queuedmail_to_u_queuedmail_id_2f4aed85_fk_mail_queu` FOREIGN KEY (`queuedmail_id`) REFERENCES `mail_queuedmail` (`id`),
  CONSTRAINT `mail_queuedmail_to_users_user_id_7a3d99a9_fk_person_user_id` FOREIGN KEY (`user_id`) REFERENCES `person_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
