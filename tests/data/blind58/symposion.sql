-- Symposion (Pinax) — conference management apps (used by PyCon US and others): MySQL DDL
-- Upstream: github.com/pinax/symposion, commit 8cb001b16946e2d98e8e45b59c2b506e51b52937 (BSD-3-Clause)
-- Made by replaying upstream's migrations (symposion/*/migrations) into MariaDB 10.11 with Django 3.2 (shims only for
-- removed Django-1.x imports and for django-timezone-field 1.3's TimeZoneField = CharField(max_length=63)), together with
-- django.contrib.auth / sessions / sites, then `mysqldump --no-data`. Left out: django_migrations, django_content_type,
-- auth_group_permissions, auth_user_user_permissions (and the one foreign key to django_content_type).
-- Model help_text kept as column COMMENTs.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
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
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_conference_conference` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `timezone` varchar(63) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_conference_section` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `conference_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_conference_conference_id_a0859f12_fk_symposion` (`conference_id`),
  KEY `symposion_conference_section_slug_43b18044` (`slug`),
  CONSTRAINT `symposion_conference_conference_id_a0859f12_fk_symposion` FOREIGN KEY (`conference_id`) REFERENCES `symposion_conference_conference` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_proposals_additionalspeaker` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` int(11) NOT NULL,
  `proposalbase_id` int(11) NOT NULL,
  `speaker_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `symposion_proposals_addi_speaker_id_proposalbase__a163cc39_uniq` (`speaker_id`,`proposalbase_id`),
  KEY `symposion_proposals__proposalbase_id_a6ffed7f_fk_symposion` (`proposalbase_id`),
  CONSTRAINT `symposion_proposals__proposalbase_id_a6ffed7f_fk_symposion` FOREIGN KEY (`proposalbase_id`) REFERENCES `symposion_proposals_proposalbase` (`id`),
  CONSTRAINT `symposion_proposals__speaker_id_cf80edad_fk_symposion` FOREIGN KEY (`speaker_id`) REFERENCES `symposion_speakers_speaker` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_proposals_proposalbase` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `description` longtext NOT NULL COMMENT 'If your proposal is accepted this will be made public and printed in the program. Should be one paragraph, maximum 400 characters.',
  `abstract` longtext NOT NULL COMMENT 'Detailed outline. Will be made public if your proposal is accepted. Edit using <a href=''http://daringfireball.net/projects/markdown/basics'' target=''_blank''>Markdown</a>.',
  `abstract_html` longtext NOT NULL,
  `additional_notes` longtext NOT NULL COMMENT 'Anything else you''d like the program committee to know when making their selection: your past experience, etc. This is not made public. Edit using <a href=''http://daringfireball.net/projects/markdown/basics'' target=''_blank''>Markdown</a>.',
  `additional_notes_html` longtext NOT NULL,
  `submitted` datetime(6) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  `kind_id` int(11) NOT NULL,
  `speaker_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_proposals__kind_id_eda641bb_fk_symposion` (`kind_id`),
  KEY `symposion_proposals__speaker_id_0710fdc7_fk_symposion` (`speaker_id`),
  CONSTRAINT `symposion_proposals__kind_id_eda641bb_fk_symposion` FOREIGN KEY (`kind_id`) REFERENCES `symposion_proposals_proposalkind` (`id`),
  CONSTRAINT `symposion_proposals__speaker_id_0710fdc7_fk_symposion` FOREIGN KEY (`speaker_id`) REFERENCES `symposion_speakers_speaker` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_proposals_proposalkind` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `section_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_proposals__section_id_b3dd392d_fk_symposion` (`section_id`),
  KEY `symposion_proposals_proposalkind_slug_7317f62e` (`slug`),
  CONSTRAINT `symposion_proposals__section_id_b3dd392d_fk_symposion` FOREIGN KEY (`section_id`) REFERENCES `symposion_conference_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_proposals_proposalsection` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start` datetime(6) DEFAULT NULL,
  `end` datetime(6) DEFAULT NULL,
  `closed` tinyint(1) DEFAULT NULL,
  `published` tinyint(1) DEFAULT NULL,
  `section_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `section_id` (`section_id`),
  CONSTRAINT `symposion_proposals__section_id_635f68a7_fk_symposion` FOREIGN KEY (`section_id`) REFERENCES `symposion_conference_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_proposals_supportingdocument` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `file` varchar(100) NOT NULL,
  `description` varchar(140) NOT NULL,
  `proposal_id` int(11) NOT NULL,
  `uploaded_by_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_proposals__proposal_id_002616ee_fk_symposion` (`proposal_id`),
  KEY `symposion_proposals__uploaded_by_id_7cf116ee_fk_auth_user` (`uploaded_by_id`),
  CONSTRAINT `symposion_proposals__proposal_id_002616ee_fk_symposion` FOREIGN KEY (`proposal_id`) REFERENCES `symposion_proposals_proposalbase` (`id`),
  CONSTRAINT `symposion_proposals__uploaded_by_id_7cf116ee_fk_auth_user` FOREIGN KEY (`uploaded_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_reviews_comment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` longtext NOT NULL,
  `text_html` longtext NOT NULL,
  `public` tinyint(1) NOT NULL,
  `commented_at` datetime(6) NOT NULL,
  `commenter_id` int(11) NOT NULL,
  `proposal_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_reviews_comment_commenter_id_751e3f46_fk_auth_user_id` (`commenter_id`),
  KEY `symposion_reviews_co_proposal_id_f09f7bf9_fk_symposion` (`proposal_id`),
  CONSTRAINT `symposion_reviews_co_proposal_id_f09f7bf9_fk_symposion` FOREIGN KEY (`proposal_id`) REFERENCES `symposion_proposals_proposalbase` (`id`),
  CONSTRAINT `symposion_reviews_comment_commenter_id_751e3f46_fk_auth_user_id` FOREIGN KEY (`commenter_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_reviews_latestvote` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vote` varchar(2) NOT NULL,
  `submitted_at` datetime(6) NOT NULL,
  `proposal_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `symposion_reviews_latestvote_proposal_id_user_id_95c85637_uniq` (`proposal_id`,`user_id`),
  KEY `symposion_reviews_latestvote_user_id_9fae83ed_fk_auth_user_id` (`user_id`),
  CONSTRAINT `symposion_reviews_la_proposal_id_65da3d5c_fk_symposion` FOREIGN KEY (`proposal_id`) REFERENCES `symposion_proposals_proposalbase` (`id`),
  CONSTRAINT `symposion_reviews_latestvote_user_id_9fae83ed_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_reviews_notificationtemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(100) NOT NULL,
  `from_address` varchar(254) NOT NULL,
  `subject` varchar(100) NOT NULL,
  `body` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_reviews_proposalmessage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message` longtext NOT NULL,
  `message_html` longtext NOT NULL,
  `submitted_at` datetime(6) NOT NULL,
  `proposal_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_reviews_pr_proposal_id_02f3eded_fk_symposion` (`proposal_id`),
  KEY `symposion_reviews_pr_user_id_2d423f6e_fk_auth_user` (`user_id`),
  CONSTRAINT `symposion_reviews_pr_proposal_id_02f3eded_fk_symposion` FOREIGN KEY (`proposal_id`) REFERENCES `symposion_proposals_proposalbase` (`id`),
  CONSTRAINT `symposion_reviews_pr_user_id_2d423f6e_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_reviews_proposalresult` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `score` decimal(5,2) NOT NULL,
  `comment_count` int(10) unsigned NOT NULL CHECK (`comment_count` >= 0),
  `vote_count` int(10) unsigned NOT NULL CHECK (`vote_count` >= 0),
  `plus_one` int(10) unsigned NOT NULL CHECK (`plus_one` >= 0),
  `plus_zero` int(10) unsigned NOT NULL CHECK (`plus_zero` >= 0),
  `minus_zero` int(10) unsigned NOT NULL CHECK (`minus_zero` >= 0),
  `minus_one` int(10) unsigned NOT NULL CHECK (`minus_one` >= 0),
  `accepted` tinyint(1) DEFAULT NULL,
  `status` varchar(20) NOT NULL,
  `proposal_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `proposal_id` (`proposal_id`),
  CONSTRAINT `symposion_reviews_pr_proposal_id_7355f975_fk_symposion` FOREIGN KEY (`proposal_id`) REFERENCES `symposion_proposals_proposalbase` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_reviews_resultnotification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `to_address` varchar(254) NOT NULL,
  `from_address` varchar(254) NOT NULL,
  `subject` varchar(100) NOT NULL,
  `body` longtext NOT NULL,
  `proposal_id` int(11) NOT NULL,
  `template_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_reviews_re_proposal_id_6a429f71_fk_symposion` (`proposal_id`),
  KEY `symposion_reviews_re_template_id_935c5dfd_fk_symposion` (`template_id`),
  CONSTRAINT `symposion_reviews_re_proposal_id_6a429f71_fk_symposion` FOREIGN KEY (`proposal_id`) REFERENCES `symposion_proposals_proposalbase` (`id`),
  CONSTRAINT `symposion_reviews_re_template_id_935c5dfd_fk_symposion` FOREIGN KEY (`template_id`) REFERENCES `symposion_reviews_notificationtemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_reviews_review` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vote` varchar(2) NOT NULL,
  `comment` longtext NOT NULL,
  `comment_html` longtext NOT NULL,
  `submitted_at` datetime(6) NOT NULL,
  `proposal_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_reviews_re_proposal_id_1081a0af_fk_symposion` (`proposal_id`),
  KEY `symposion_reviews_review_user_id_1c0c0a72_fk_auth_user_id` (`user_id`),
  CONSTRAINT `symposion_reviews_re_proposal_id_1081a0af_fk_symposion` FOREIGN KEY (`proposal_id`) REFERENCES `symposion_proposals_proposalbase` (`id`),
  CONSTRAINT `symposion_reviews_review_user_id_1c0c0a72_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_reviews_reviewassignment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `origin` int(11) NOT NULL,
  `assigned_at` datetime(6) NOT NULL,
  `opted_out` tinyint(1) NOT NULL,
  `proposal_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_reviews_re_proposal_id_2b56d79b_fk_symposion` (`proposal_id`),
  KEY `symposion_reviews_re_user_id_1d75bbf8_fk_auth_user` (`user_id`),
  CONSTRAINT `symposion_reviews_re_proposal_id_2b56d79b_fk_symposion` FOREIGN KEY (`proposal_id`) REFERENCES `symposion_proposals_proposalbase` (`id`),
  CONSTRAINT `symposion_reviews_re_user_id_1d75bbf8_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_schedule_day` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `schedule_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `symposion_schedule_day_schedule_id_date_6d713d01_uniq` (`schedule_id`,`date`),
  CONSTRAINT `symposion_schedule_d_schedule_id_62b06bc7_fk_symposion` FOREIGN KEY (`schedule_id`) REFERENCES `symposion_schedule_schedule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_schedule_presentation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `description_html` longtext NOT NULL,
  `abstract` longtext NOT NULL,
  `abstract_html` longtext NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  `proposal_base_id` int(11) NOT NULL,
  `section_id` int(11) NOT NULL,
  `slot_id` int(11) DEFAULT NULL,
  `speaker_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `proposal_base_id` (`proposal_base_id`),
  UNIQUE KEY `slot_id` (`slot_id`),
  KEY `symposion_schedule_p_speaker_id_e2285bef_fk_symposion` (`speaker_id`),
  KEY `symposion_schedule_p_section_id_da9347fe_fk_symposion` (`section_id`),
  CONSTRAINT `symposion_schedule_p_proposal_base_id_f48a30fa_fk_symposion` FOREIGN KEY (`proposal_base_id`) REFERENCES `symposion_proposals_proposalbase` (`id`),
  CONSTRAINT `symposion_schedule_p_section_id_da9347fe_fk_symposion` FOREIGN KEY (`section_id`) REFERENCES `symposion_conference_section` (`id`),
  CONSTRAINT `symposion_schedule_p_slot_id_0153f8e8_fk_symposion` FOREIGN KEY (`slot_id`) REFERENCES `symposion_schedule_slot` (`id`),
  CONSTRAINT `symposion_schedule_p_speaker_id_e2285bef_fk_symposion` FOREIGN KEY (`speaker_id`) REFERENCES `symposion_speakers_speaker` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_schedule_presentation_additional_speakers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `presentation_id` int(11) NOT NULL,
  `speaker_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `symposion_schedule_prese_presentation_id_speaker__9e5e5d27_uniq` (`presentation_id`,`speaker_id`),
  KEY `symposion_schedule_p_speaker_id_2ba22b35_fk_symposion` (`speaker_id`),
  CONSTRAINT `symposion_schedule_p_presentation_id_2903ffc7_fk_symposion` FOREIGN KEY (`presentation_id`) REFERENCES `symposion_schedule_presentation` (`id`),
  CONSTRAINT `symposion_schedule_p_speaker_id_2ba22b35_fk_symposion` FOREIGN KEY (`speaker_id`) REFERENCES `symposion_speakers_speaker` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_schedule_room` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(65) NOT NULL,
  `order` int(10) unsigned NOT NULL CHECK (`order` >= 0),
  `schedule_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_schedule_r_schedule_id_38173676_fk_symposion` (`schedule_id`),
  CONSTRAINT `symposion_schedule_r_schedule_id_38173676_fk_symposion` FOREIGN KEY (`schedule_id`) REFERENCES `symposion_schedule_schedule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_schedule_schedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `published` tinyint(1) NOT NULL,
  `hidden` tinyint(1) NOT NULL,
  `section_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `section_id` (`section_id`),
  CONSTRAINT `symposion_schedule_s_section_id_42c8f9ee_fk_symposion` FOREIGN KEY (`section_id`) REFERENCES `symposion_conference_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_schedule_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `day_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_schedule_s_day_id_35b52168_fk_symposion` (`day_id`),
  CONSTRAINT `symposion_schedule_s_day_id_35b52168_fk_symposion` FOREIGN KEY (`day_id`) REFERENCES `symposion_schedule_day` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_schedule_sessionrole` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` int(11) NOT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `submitted` datetime(6) NOT NULL,
  `session_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `symposion_schedule_sessi_session_id_user_id_role_90ac3af9_uniq` (`session_id`,`user_id`,`role`),
  KEY `symposion_schedule_sessionrole_user_id_0f903c86_fk_auth_user_id` (`user_id`),
  CONSTRAINT `symposion_schedule_s_session_id_3ac07f23_fk_symposion` FOREIGN KEY (`session_id`) REFERENCES `symposion_schedule_session` (`id`),
  CONSTRAINT `symposion_schedule_sessionrole_user_id_0f903c86_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_schedule_session_slots` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_id` int(11) NOT NULL,
  `slot_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `symposion_schedule_sessi_session_id_slot_id_5cd61813_uniq` (`session_id`,`slot_id`),
  KEY `symposion_schedule_s_slot_id_11012cd3_fk_symposion` (`slot_id`),
  CONSTRAINT `symposion_schedule_s_session_id_7035fa1e_fk_symposion` FOREIGN KEY (`session_id`) REFERENCES `symposion_schedule_session` (`id`),
  CONSTRAINT `symposion_schedule_s_slot_id_11012cd3_fk_symposion` FOREIGN KEY (`slot_id`) REFERENCES `symposion_schedule_slot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_schedule_slot` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start` time(6) NOT NULL,
  `end` time(6) NOT NULL,
  `content_override` longtext NOT NULL,
  `content_override_html` longtext NOT NULL,
  `day_id` int(11) NOT NULL,
  `kind_id` int(11) NOT NULL,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_schedule_s_kind_id_84caaaac_fk_symposion` (`kind_id`),
  KEY `symposion_schedule_s_day_id_cc476cb5_fk_symposion` (`day_id`),
  CONSTRAINT `symposion_schedule_s_day_id_cc476cb5_fk_symposion` FOREIGN KEY (`day_id`) REFERENCES `symposion_schedule_day` (`id`),
  CONSTRAINT `symposion_schedule_s_kind_id_84caaaac_fk_symposion` FOREIGN KEY (`kind_id`) REFERENCES `symposion_schedule_slotkind` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_schedule_slotkind` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(50) NOT NULL,
  `schedule_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_schedule_s_schedule_id_611303e0_fk_symposion` (`schedule_id`),
  CONSTRAINT `symposion_schedule_s_schedule_id_611303e0_fk_symposion` FOREIGN KEY (`schedule_id`) REFERENCES `symposion_schedule_schedule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_schedule_slotroom` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `room_id` int(11) NOT NULL,
  `slot_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `symposion_schedule_slotroom_slot_id_room_id_67f300bc_uniq` (`slot_id`,`room_id`),
  KEY `symposion_schedule_s_room_id_e6b842e7_fk_symposion` (`room_id`),
  CONSTRAINT `symposion_schedule_s_room_id_e6b842e7_fk_symposion` FOREIGN KEY (`room_id`) REFERENCES `symposion_schedule_room` (`id`),
  CONSTRAINT `symposion_schedule_s_slot_id_4ff4a68a_fk_symposion` FOREIGN KEY (`slot_id`) REFERENCES `symposion_schedule_slot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_speakers_speaker` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL COMMENT 'As you would like it to appear in the conference program.',
  `biography` longtext NOT NULL COMMENT 'A little bit about you.  Edit using <a href=''http://warpedvisions.org/projects/markdown-cheat-sheet/target=''_blank''>Markdown</a>.',
  `biography_html` longtext NOT NULL,
  `photo` varchar(100) NOT NULL,
  `annotation` longtext NOT NULL,
  `invite_email` varchar(200) DEFAULT NULL,
  `invite_token` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `twitter_username` varchar(15) NOT NULL COMMENT 'Your Twitter account',
  PRIMARY KEY (`id`),
  UNIQUE KEY `invite_email` (`invite_email`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `symposion_speakers_speaker_invite_token_525b4056` (`invite_token`),
  CONSTRAINT `symposion_speakers_speaker_user_id_4623a937_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_sponsorship_benefit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `type` varchar(10) NOT NULL,
  `content_type` varchar(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_sponsorship_benefitlevel` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `max_words` int(10) unsigned DEFAULT NULL CHECK (`max_words` >= 0),
  `other_limits` varchar(200) NOT NULL,
  `benefit_id` int(11) NOT NULL,
  `level_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_sponsorshi_level_id_92d764ac_fk_symposion` (`level_id`),
  KEY `symposion_sponsorshi_benefit_id_09e7248f_fk_symposion` (`benefit_id`),
  CONSTRAINT `symposion_sponsorshi_benefit_id_09e7248f_fk_symposion` FOREIGN KEY (`benefit_id`) REFERENCES `symposion_sponsorship_benefit` (`id`),
  CONSTRAINT `symposion_sponsorshi_level_id_92d764ac_fk_symposion` FOREIGN KEY (`level_id`) REFERENCES `symposion_sponsorship_sponsorlevel` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_sponsorship_sponsor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `display_url` varchar(200) NOT NULL,
  `external_url` varchar(200) NOT NULL,
  `annotation` longtext NOT NULL,
  `contact_name` varchar(100) NOT NULL,
  `contact_email` varchar(254) NOT NULL,
  `added` datetime(6) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `web_logo_benefit` tinyint(1) DEFAULT NULL COMMENT 'Web logo benefit is complete',
  `print_logo_benefit` tinyint(1) DEFAULT NULL COMMENT 'Print logo benefit is complete',
  `print_description_benefit` tinyint(1) DEFAULT NULL COMMENT 'Print description benefit is complete',
  `company_description_benefit` tinyint(1) DEFAULT NULL COMMENT 'Company description benefit is complete',
  `applicant_id` int(11) DEFAULT NULL,
  `level_id` int(11) NOT NULL,
  `sponsor_logo_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_sponsorshi_level_id_1832c543_fk_symposion` (`level_id`),
  KEY `symposion_sponsorshi_sponsor_logo_id_d70627d3_fk_symposion` (`sponsor_logo_id`),
  KEY `symposion_sponsorshi_applicant_id_d991e146_fk_auth_user` (`applicant_id`),
  CONSTRAINT `symposion_sponsorshi_applicant_id_d991e146_fk_auth_user` FOREIGN KEY (`applicant_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `symposion_sponsorshi_level_id_1832c543_fk_symposion` FOREIGN KEY (`level_id`) REFERENCES `symposion_sponsorship_sponsorlevel` (`id`),
  CONSTRAINT `symposion_sponsorshi_sponsor_logo_id_d70627d3_fk_symposion` FOREIGN KEY (`sponsor_logo_id`) REFERENCES `symposion_sponsorship_sponsorbenefit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_sponsorship_sponsorbenefit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) NOT NULL,
  `max_words` int(10) unsigned DEFAULT NULL CHECK (`max_words` >= 0),
  `other_limits` varchar(200) NOT NULL,
  `text` longtext NOT NULL,
  `upload` varchar(100) NOT NULL,
  `is_complete` tinyint(1) DEFAULT NULL COMMENT 'True - benefit complete; False - benefit incomplete; Null - n/a',
  `benefit_id` int(11) NOT NULL,
  `sponsor_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_sponsorshi_benefit_id_159a1992_fk_symposion` (`benefit_id`),
  KEY `symposion_sponsorshi_sponsor_id_f2659b75_fk_symposion` (`sponsor_id`),
  CONSTRAINT `symposion_sponsorshi_benefit_id_159a1992_fk_symposion` FOREIGN KEY (`benefit_id`) REFERENCES `symposion_sponsorship_benefit` (`id`),
  CONSTRAINT `symposion_sponsorshi_sponsor_id_f2659b75_fk_symposion` FOREIGN KEY (`sponsor_id`) REFERENCES `symposion_sponsorship_sponsor` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `symposion_sponsorship_sponsorlevel` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `order` int(11) NOT NULL,
  `cost` int(10) unsigned NOT NULL CHECK (`cost` >= 0),
  `description` longtext NOT NULL COMMENT 'This is private.',
  `conference_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `symposion_sponsorshi_conference_id_4afa4817_fk_symposion` (`conference_id`),
  CONSTRAINT `symposion_sponsorshi_conference_id_4afa4817_fk_symposion` FOREIGN KEY (`conference_id`) REFERENCES `symposion_conference_conference` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `teams_membership` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `state` varchar(20) NOT NULL,
  `message` longtext NOT NULL,
  `team_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `teams_membership_team_id_d18da3f9_fk_teams_team_id` (`team_id`),
  KEY `teams_membership_user_id_b6b997fa_fk_auth_user_id` (`user_id`),
  CONSTRAINT `teams_membership_team_id_d18da3f9_fk_teams_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams_team` (`id`),
  CONSTRAINT `teams_membership_user_id_b6b997fa_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `teams_team` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `slug` varchar(50) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `access` varchar(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `teams_team_manager_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `team_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `teams_team_manager_permi_team_id_permission_id_0a0c21f2_uniq` (`team_id`,`permission_id`),
  KEY `teams_team_manager_p_permission_id_5d575a87_fk_auth_perm` (`permission_id`),
  CONSTRAINT `teams_team_manager_p_permission_id_5d575a87_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `teams_team_manager_permissions_team_id_9a200a66_fk_teams_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams_team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `teams_team_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `team_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `teams_team_permissions_team_id_permission_id_4e9b5999_uniq` (`team_id`,`permission_id`),
  KEY `teams_team_permissio_permission_id_7d672a23_fk_auth_perm` (`permission_id`),
  CONSTRAINT `teams_team_permissio_permission_id_7d672a23_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `teams_team_permissions_team_id_bb0197f4_fk_teams_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams_team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
