-- HackAssistant registration (HackAssistant/registration: hackathon applications, check-in, reimbursement, teams),
-- Django models and their 51 migrations at commit 5d3163328bfc12be11dc8533edd4a9f101017a40 (MIT), replayed with
-- Django 3.2.7 (upstream's pin) `manage.py migrate` into MariaDB 10.11 with upstream's installed apps (reimbursement
-- enabled, as by default; no hardware app in the tree), then written from SHOW CREATE TABLE in foreign-key order.

CREATE TABLE `user_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `email_verified` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `is_director` tinyint(1) NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `created_time` datetime(6) NOT NULL,
  `is_hardware_admin` tinyint(1) NOT NULL,
  `mlh_id` int(11) DEFAULT NULL,
  `can_review_dubious` tinyint(1) NOT NULL,
  `type` varchar(2) NOT NULL,
  `can_review_blacklist` tinyint(1) NOT NULL,
  `can_review_mentors` tinyint(1) NOT NULL,
  `can_review_sponsors` tinyint(1) NOT NULL,
  `can_review_volunteers` tinyint(1) NOT NULL,
  `max_applications` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  UNIQUE KEY `mlh_id` (`mlh_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `applications_draftapplication` (
  `content` varchar(7000) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `applications_draftapplication_user_id_6757caab_fk_user_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `applications_hackerapplication` (
  `uuid` char(32) NOT NULL,
  `user_id` int(11) NOT NULL,
  `submission_date` datetime(6) NOT NULL,
  `status_update_date` datetime(6) DEFAULT NULL,
  `status` varchar(2) NOT NULL,
  `gender` varchar(23) NOT NULL,
  `other_gender` varchar(50) DEFAULT NULL,
  `under_age` tinyint(1) NOT NULL,
  `phone_number` varchar(16) DEFAULT NULL,
  `diet` varchar(300) NOT NULL,
  `other_diet` varchar(600) DEFAULT NULL,
  `tshirt_size` varchar(5) NOT NULL,
  `origin` varchar(300) NOT NULL,
  `first_timer` tinyint(1) NOT NULL,
  `lennyface` varchar(300) NOT NULL,
  `graduation_year` int(11) NOT NULL,
  `university` varchar(300) NOT NULL,
  `degree` varchar(300) NOT NULL,
  `projects` longtext DEFAULT NULL,
  `github` varchar(200) DEFAULT NULL,
  `devpost` varchar(200) DEFAULT NULL,
  `linkedin` varchar(200) DEFAULT NULL,
  `site` varchar(200) DEFAULT NULL,
  `resume` varchar(100) DEFAULT NULL,
  `contacted` tinyint(1) NOT NULL,
  `description` longtext NOT NULL,
  `reimb` tinyint(1) NOT NULL,
  `reimb_amount` double DEFAULT NULL,
  `contacted_by_id` int(11) DEFAULT NULL,
  `invited_by_id` int(11) DEFAULT NULL,
  `blacklisted_by_id` int(11) DEFAULT NULL,
  `reviewed` tinyint(1) NOT NULL,
  PRIMARY KEY (`user_id`),
  KEY `applications_hackera_contacted_by_id_2d28073c_fk_user_user` (`contacted_by_id`),
  KEY `applications_hackera_invited_by_id_31fce490_fk_user_user` (`invited_by_id`),
  KEY `applications_hackera_blacklisted_by_id_8544e8bf_fk_user_user` (`blacklisted_by_id`),
  CONSTRAINT `applications_hackera_blacklisted_by_id_8544e8bf_fk_user_user` FOREIGN KEY (`blacklisted_by_id`) REFERENCES `user_user` (`id`),
  CONSTRAINT `applications_hackera_contacted_by_id_2d28073c_fk_user_user` FOREIGN KEY (`contacted_by_id`) REFERENCES `user_user` (`id`),
  CONSTRAINT `applications_hackera_invited_by_id_31fce490_fk_user_user` FOREIGN KEY (`invited_by_id`) REFERENCES `user_user` (`id`),
  CONSTRAINT `applications_hackerapplication_user_id_2ea37dee_fk_user_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `applications_mentorapplication` (
  `uuid` char(32) NOT NULL,
  `user_id` int(11) NOT NULL,
  `submission_date` datetime(6) NOT NULL,
  `status_update_date` datetime(6) DEFAULT NULL,
  `status` varchar(2) NOT NULL,
  `gender` varchar(23) NOT NULL,
  `other_gender` varchar(50) DEFAULT NULL,
  `under_age` tinyint(1) NOT NULL,
  `phone_number` varchar(16) DEFAULT NULL,
  `diet` varchar(300) NOT NULL,
  `other_diet` varchar(600) DEFAULT NULL,
  `tshirt_size` varchar(5) NOT NULL,
  `origin` varchar(300) NOT NULL,
  `first_timer` tinyint(1) NOT NULL,
  `lennyface` varchar(300) NOT NULL,
  `graduation_year` int(11) NOT NULL,
  `university` varchar(300) DEFAULT NULL,
  `degree` varchar(300) DEFAULT NULL,
  `participated` longtext DEFAULT NULL,
  `github` varchar(200) DEFAULT NULL,
  `devpost` varchar(200) DEFAULT NULL,
  `linkedin` varchar(200) DEFAULT NULL,
  `site` varchar(200) DEFAULT NULL,
  `resume` varchar(100) DEFAULT NULL,
  `english_level` int(11) NOT NULL,
  `attendance` varchar(5) NOT NULL,
  `company` varchar(100) DEFAULT NULL,
  `why_mentor` varchar(500) NOT NULL,
  `first_time_mentor` tinyint(1) NOT NULL,
  `fluent` varchar(150) NOT NULL,
  `experience` varchar(300) NOT NULL,
  `study_work` tinyint(1) NOT NULL,
  `invited_by_id` int(11) DEFAULT NULL,
  `which_hack` varchar(7) DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  KEY `applications_mentora_invited_by_id_ec4cde17_fk_user_user` (`invited_by_id`),
  CONSTRAINT `applications_mentora_invited_by_id_ec4cde17_fk_user_user` FOREIGN KEY (`invited_by_id`) REFERENCES `user_user` (`id`),
  CONSTRAINT `applications_mentorapplication_user_id_22db440b_fk_user_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `applications_sponsorapplication` (
  `uuid` char(32) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `submission_date` datetime(6) NOT NULL,
  `status_update_date` datetime(6) DEFAULT NULL,
  `status` varchar(2) NOT NULL,
  `phone_number` varchar(16) DEFAULT NULL,
  `diet` varchar(300) NOT NULL,
  `other_diet` varchar(600) DEFAULT NULL,
  `tshirt_size` varchar(5) NOT NULL,
  `attendance` varchar(5) NOT NULL,
  `position` varchar(50) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `applications_sponsorapplication_uuid_7808a1c5_uniq` (`uuid`),
  KEY `applications_sponsorapplication_user_id_e8d255f4` (`user_id`),
  CONSTRAINT `applications_sponsorapplication_user_id_e8d255f4_fk_user_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `applications_volunteerapplication` (
  `uuid` char(32) NOT NULL,
  `user_id` int(11) NOT NULL,
  `submission_date` datetime(6) NOT NULL,
  `status_update_date` datetime(6) DEFAULT NULL,
  `status` varchar(2) NOT NULL,
  `gender` varchar(23) NOT NULL,
  `other_gender` varchar(50) DEFAULT NULL,
  `under_age` tinyint(1) NOT NULL,
  `phone_number` varchar(16) DEFAULT NULL,
  `diet` varchar(300) NOT NULL,
  `other_diet` varchar(600) DEFAULT NULL,
  `tshirt_size` varchar(5) NOT NULL,
  `origin` varchar(300) NOT NULL,
  `first_timer` tinyint(1) NOT NULL,
  `lennyface` varchar(300) NOT NULL,
  `graduation_year` int(11) NOT NULL,
  `university` varchar(300) NOT NULL,
  `degree` varchar(300) NOT NULL,
  `english_level` int(11) NOT NULL,
  `attendance` varchar(5) NOT NULL,
  `cool_skill` varchar(100) NOT NULL,
  `first_time_volunteer` tinyint(1) NOT NULL,
  `quality` varchar(150) NOT NULL,
  `weakness` varchar(150) NOT NULL,
  `fav_movie` varchar(60) DEFAULT NULL,
  `friends` varchar(100) DEFAULT NULL,
  `invited_by_id` int(11) DEFAULT NULL,
  `which_hack` varchar(7) DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  KEY `applications_volunte_invited_by_id_0ebc6362_fk_user_user` (`invited_by_id`),
  CONSTRAINT `applications_volunte_invited_by_id_0ebc6362_fk_user_user` FOREIGN KEY (`invited_by_id`) REFERENCES `user_user` (`id`),
  CONSTRAINT `applications_volunte_user_id_aa826978_fk_user_user` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

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

CREATE TABLE `checkin_checkin` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `update_time` datetime(6) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `hacker_id` int(11) DEFAULT NULL,
  `mentor_id` int(11) DEFAULT NULL,
  `sponsor_id` char(32) DEFAULT NULL,
  `volunteer_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hacker_id` (`hacker_id`),
  UNIQUE KEY `mentor_id` (`mentor_id`),
  UNIQUE KEY `sponsor_id` (`sponsor_id`),
  UNIQUE KEY `volunteer_id` (`volunteer_id`),
  KEY `checkin_checkin_user_id_138afb39_fk_user_user_id` (`user_id`),
  CONSTRAINT `checkin_checkin_hacker_id_ab4af4db_fk_applicati` FOREIGN KEY (`hacker_id`) REFERENCES `applications_hackerapplication` (`user_id`),
  CONSTRAINT `checkin_checkin_mentor_id_fcd78795_fk_applicati` FOREIGN KEY (`mentor_id`) REFERENCES `applications_mentorapplication` (`user_id`),
  CONSTRAINT `checkin_checkin_sponsor_id_c125cb18_fk_applicati` FOREIGN KEY (`sponsor_id`) REFERENCES `applications_sponsorapplication` (`uuid`),
  CONSTRAINT `checkin_checkin_user_id_138afb39_fk_user_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`),
  CONSTRAINT `checkin_checkin_volunteer_id_19b1d13a_fk_applicati` FOREIGN KEY (`volunteer_id`) REFERENCES `applications_volunteerapplication` (`user_id`)
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
  KEY `django_admin_log_user_id_c564eba6_fk_user_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_user_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `organizers_applicationcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` varchar(500) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `author_id` int(11) NOT NULL,
  `hacker_id` int(11) DEFAULT NULL,
  `mentor_id` int(11) DEFAULT NULL,
  `sponsor_id` char(32) DEFAULT NULL,
  `volunteer_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `organizers_applicationcomment_author_id_94ecd08d_fk_user_user_id` (`author_id`),
  KEY `organizers_applicati_hacker_id_bdb67672_fk_applicati` (`hacker_id`),
  KEY `organizers_applicati_mentor_id_d5851a9f_fk_applicati` (`mentor_id`),
  KEY `organizers_applicati_sponsor_id_ca00b861_fk_applicati` (`sponsor_id`),
  KEY `organizers_applicati_volunteer_id_1b935e4e_fk_applicati` (`volunteer_id`),
  CONSTRAINT `organizers_applicati_hacker_id_bdb67672_fk_applicati` FOREIGN KEY (`hacker_id`) REFERENCES `applications_hackerapplication` (`user_id`),
  CONSTRAINT `organizers_applicati_mentor_id_d5851a9f_fk_applicati` FOREIGN KEY (`mentor_id`) REFERENCES `applications_mentorapplication` (`user_id`),
  CONSTRAINT `organizers_applicati_sponsor_id_ca00b861_fk_applicati` FOREIGN KEY (`sponsor_id`) REFERENCES `applications_sponsorapplication` (`uuid`),
  CONSTRAINT `organizers_applicati_volunteer_id_1b935e4e_fk_applicati` FOREIGN KEY (`volunteer_id`) REFERENCES `applications_volunteerapplication` (`user_id`),
  CONSTRAINT `organizers_applicationcomment_author_id_94ecd08d_fk_user_user_id` FOREIGN KEY (`author_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `organizers_vote` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tech` int(11) DEFAULT NULL,
  `personal` int(11) DEFAULT NULL,
  `calculated_vote` double DEFAULT NULL,
  `application_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organizers_vote_application_id_user_id_41c9b80f_uniq` (`application_id`,`user_id`),
  KEY `organizers_vote_user_id_f1a0f23c_fk_user_user_id` (`user_id`),
  CONSTRAINT `organizers_vote_application_id_61c4dbe6_fk_applicati` FOREIGN KEY (`application_id`) REFERENCES `applications_hackerapplication` (`user_id`),
  CONSTRAINT `organizers_vote_user_id_f1a0f23c_fk_user_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reimbursement_reimbursement` (
  `assigned_money` double NOT NULL,
  `reimbursement_money` double DEFAULT NULL,
  `public_comment` varchar(300) DEFAULT NULL,
  `paypal_email` varchar(254) DEFAULT NULL,
  `receipt` varchar(100) DEFAULT NULL,
  `multiple_hackers` tinyint(1) NOT NULL,
  `friend_emails` varchar(400) DEFAULT NULL,
  `origin` varchar(300) NOT NULL,
  `hacker_id` int(11) NOT NULL,
  `expiration_time` datetime(6) DEFAULT NULL,
  `update_time` datetime(6) NOT NULL,
  `creation_time` datetime(6) NOT NULL,
  `status` varchar(2) NOT NULL,
  `friend_submission_id` int(11) DEFAULT NULL,
  `reimbursed_by_id` int(11) DEFAULT NULL,
  `venmo_user` varchar(40) DEFAULT NULL,
  `address` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`hacker_id`),
  KEY `reimbursement_reimbu_friend_submission_id_2afa4b0c_fk_reimburse` (`friend_submission_id`),
  KEY `reimbursement_reimbu_reimbursed_by_id_1f9c9bf8_fk_user_user` (`reimbursed_by_id`),
  CONSTRAINT `reimbursement_reimbu_friend_submission_id_2afa4b0c_fk_reimburse` FOREIGN KEY (`friend_submission_id`) REFERENCES `reimbursement_reimbursement` (`hacker_id`),
  CONSTRAINT `reimbursement_reimbu_reimbursed_by_id_1f9c9bf8_fk_user_user` FOREIGN KEY (`reimbursed_by_id`) REFERENCES `user_user` (`id`),
  CONSTRAINT `reimbursement_reimbursement_hacker_id_532c523d_fk_user_user_id` FOREIGN KEY (`hacker_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `teams_team` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `team_code` varchar(13) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  UNIQUE KEY `teams_team_team_code_user_id_0807880a_uniq` (`team_code`,`user_id`),
  CONSTRAINT `teams_team_user_id_09c22005_fk_user_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_blacklistuser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `motive_of_ban` varchar(300) DEFAULT NULL,
  `date_of_ban` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_token` (
  `uuid` char(32) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `user_token_user_id_69e1f632_fk_user_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
