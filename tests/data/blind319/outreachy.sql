-- Outreachy website (Software Freedom Conservancy's Outreachy: paid remote internships in free and open source
-- software and open science, each intern matched with mentors from a participating community; the site runs the
-- whole programme: people ("comrades"), communities and their coordinators, projects and mentor sign-ups,
-- initial applications with eligibility, time commitments and essays, reviewers, contributions and final
-- applications, intern selection, signed contracts, mentor–intern relationships and the feedback forms mentors
-- and interns fill in during the internship, alumni listings, informal career-chat contacts); GPL-3.0.
-- Source: github.com/outreachy/website at commit 48bb2fd133c3c02aea6b2af7ab670dcaf4728313, home/models.py and
-- home/migrations (0001 … 0015), with the Django 4.2 / Wagtail 5.2 / django-reversion apps of
-- outreachyhome/settings/base.py: `manage.py migrate` (all 178 migrations) run into a scratch MariaDB 10.11
-- database (production runs PostgreSQL; `makemigrations --check` reports no model change missing), read back
-- from information_schema and written out: column names, order, types, NULL and defaults as Django created them,
-- primary keys, unique keys and foreign keys; non-unique indexes and CHECK constraints (PositiveIntegerField)
-- left out. For the replay, django-betterforms (a git-only form library without models) was stubbed and, because
-- MariaDB refuses VARCHAR longer than 16383 characters, a CharField longer than 4000 would have been created as
-- LONGTEXT — no column of the final schema is one (the long CharField of an early migration is gone).
-- Kept 82 tables: all 68 `home_*` tables and auth_user, auth_group, auth_user_groups, auth_group_permissions,
-- auth_permission, auth_user_user_permissions, django_content_type, django_session, django_admin_log,
-- reversion_revision, reversion_version, wagtailcore_page, wagtailcore_locale, wagtailusers_userprofile.
-- Left out: django_migrations, taggit, the other Wagtail tables (revisions, collections, workflows, tasks,
-- comments, images, documents, embeds, forms, redirects, search, sites, log entries, reference index).
-- Foreign keys to left-out tables dropped: wagtailcore_page.latest_revision_id and live_revision_id
-- (wagtailcore_revision), home_aluminfo.picture_id (wagtailimages_image).

CREATE TABLE `home_community` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `description` varchar(800) NOT NULL,
  `long_description` longtext NOT NULL,
  `website` varchar(200) NOT NULL,
  `tutorial` longtext NOT NULL,
  `humanitarian_community` tinyint(1) NOT NULL,
  `general_funding_application` longtext NOT NULL,
  `open_science_community` tinyint(1) NOT NULL,
  `open_science_funder_questions` longtext NOT NULL,
  `open_science_practices` longtext NOT NULL,
  `inclusive_participation` longtext NOT NULL,
  `additional_sponsors` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_essayqualitycategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_newcommunity` (
  `community_id` int(11) NOT NULL,
  `community_size` varchar(3) NOT NULL,
  `longevity` varchar(2) NOT NULL,
  `participating_orgs` varchar(3000) NOT NULL,
  `repositories` longtext NOT NULL,
  `licenses_used` longtext NOT NULL,
  `approved_license` tinyint(1) NOT NULL,
  `unapproved_license_description` longtext NOT NULL,
  `no_proprietary_software` tinyint(1) NOT NULL,
  `proprietary_software_description` longtext NOT NULL,
  `approved_advertising` tinyint(1) NOT NULL,
  `unapproved_advertising_description` longtext NOT NULL,
  `governance` varchar(200) NOT NULL,
  `participating_orgs_in_goverance` varchar(3000) NOT NULL,
  `code_of_conduct` varchar(200) NOT NULL,
  `coc_committee` varchar(3000) NOT NULL,
  `cla` varchar(200) NOT NULL,
  `dco` varchar(200) NOT NULL,
  `mentorship_programs` longtext NOT NULL,
  `reason_for_participation` longtext NOT NULL,
  `demographics` longtext NOT NULL,
  `inclusive_practices` longtext NOT NULL,
  PRIMARY KEY (`community_id`),
  CONSTRAINT `home_newcommunity_community_id_e83aa054_fk_home_community_id` FOREIGN KEY (`community_id`) REFERENCES `home_community` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_officialschool` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `university_name` varchar(100) NOT NULL,
  `university_website` varchar(200) NOT NULL,
  `notes` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_officialschoolterm` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `term_name` varchar(100) NOT NULL,
  `academic_calendar` varchar(200) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `school_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_officialschoolt_school_id_46a2a3da_fk_home_offi` FOREIGN KEY (`school_id`) REFERENCES `home_officialschool` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_organizernotes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` varchar(50) NOT NULL,
  `notes` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_signedcontract` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `text` longtext NOT NULL,
  `legal_name` varchar(800) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `date_signed` date NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

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
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

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
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reversion_revision` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reversion_revision_user_id_17095f45_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reversion_version` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` varchar(191) NOT NULL,
  `format` varchar(255) NOT NULL,
  `serialized_data` longtext NOT NULL,
  `object_repr` longtext NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `revision_id` int(11) NOT NULL,
  `db` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reversion_version_db_content_type_id_objec_b2c54f65_uniq` (`db`, `content_type_id`, `object_id`, `revision_id`),
  CONSTRAINT `reversion_version_content_type_id_7d0ff25c_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `reversion_version_revision_id_af9f6a9d_fk_reversion_revision_id` FOREIGN KEY (`revision_id`) REFERENCES `reversion_revision` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wagtailcore_locale` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `language_code` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `language_code` (`language_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wagtailusers_userprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `submitted_notifications` tinyint(1) NOT NULL,
  `approved_notifications` tinyint(1) NOT NULL,
  `rejected_notifications` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  `preferred_language` varchar(10) NOT NULL,
  `current_time_zone` varchar(40) NOT NULL,
  `avatar` varchar(100) NOT NULL,
  `updated_comments_notifications` tinyint(1) NOT NULL,
  `dismissibles` longtext NOT NULL,
  `theme` varchar(40) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `wagtailusers_userprofile_user_id_59c92331_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_comrade` (
  `account_id` int(11) NOT NULL,
  `public_name` varchar(800) NOT NULL,
  `legal_name` varchar(800) NOT NULL,
  `photo` varchar(100) NOT NULL,
  `pronouns` varchar(4) NOT NULL,
  `pronouns_to_participants` tinyint(1) NOT NULL,
  `pronouns_public` tinyint(1) NOT NULL,
  `timezone` varchar(63) NOT NULL,
  `location` varchar(100) NOT NULL,
  `nick` varchar(100) NOT NULL,
  `github_url` varchar(200) NOT NULL,
  `gitlab_url` varchar(200) NOT NULL,
  `blog_url` varchar(200) NOT NULL,
  `blog_rss_url` varchar(200) NOT NULL,
  `twitter_url` varchar(200) NOT NULL,
  `agreed_to_code_of_conduct` varchar(800) NOT NULL,
  `mastodon_url` varchar(200) NOT NULL,
  `organizer_notes_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`account_id`),
  UNIQUE KEY `organizer_notes_id` (`organizer_notes_id`),
  CONSTRAINT `home_comrade_account_id_d626c785_fk_auth_user_id` FOREIGN KEY (`account_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `home_comrade_organizer_notes_id_0a4378ee_fk_home_orga` FOREIGN KEY (`organizer_notes_id`) REFERENCES `home_organizernotes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_coordinatorapproval` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `approval_status` varchar(1) NOT NULL,
  `reason_denied` varchar(3000) NOT NULL,
  `community_id` int(11) NOT NULL,
  `coordinator_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_coordinatorappr_community_id_eeea9505_fk_home_comm` FOREIGN KEY (`community_id`) REFERENCES `home_community` (`id`),
  CONSTRAINT `home_coordinatorappr_coordinator_id_d21dfef4_fk_home_comr` FOREIGN KEY (`coordinator_id`) REFERENCES `home_comrade` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_essayquality` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` varchar(100) NOT NULL,
  `help_text` varchar(100) NOT NULL,
  `category_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_essayquality_category_id_7878dc3e_fk_home_essa` FOREIGN KEY (`category_id`) REFERENCES `home_essayqualitycategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_informalchatcontact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) NOT NULL,
  `name` varchar(800) NOT NULL,
  `email` varchar(254) NOT NULL,
  `relationship_to_outreachy` varchar(800) NOT NULL,
  `foss_communities` varchar(800) NOT NULL,
  `company` varchar(800) NOT NULL,
  `paid_foss_roles` varchar(800) NOT NULL,
  `volunteer_foss_roles` varchar(800) NOT NULL,
  `tools_used` varchar(800) NOT NULL,
  `topics` varchar(800) NOT NULL,
  `comrade_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_informalchatcon_comrade_id_01cf2dc5_fk_home_comr` FOREIGN KEY (`comrade_id`) REFERENCES `home_comrade` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_of_signup` date NOT NULL,
  `community_id` int(11) NOT NULL,
  `comrade_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `home_notification_community_id_comrade_id_fdd49894_uniq` (`community_id`, `comrade_id`),
  CONSTRAINT `home_notification_community_id_e38b6f45_fk_home_community_id` FOREIGN KEY (`community_id`) REFERENCES `home_community` (`id`),
  CONSTRAINT `home_notification_comrade_id_d457ee74_fk_home_comrade_account_id` FOREIGN KEY (`comrade_id`) REFERENCES `home_comrade` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_professionalskill` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `skill` varchar(100) NOT NULL,
  `experience_level` varchar(3) NOT NULL,
  `comrade_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_professionalski_comrade_id_35ada476_fk_home_comr` FOREIGN KEY (`comrade_id`) REFERENCES `home_comrade` (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wagtailcore_page` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `path` varchar(255) NOT NULL,
  `depth` int(10) unsigned NOT NULL,
  `numchild` int(10) unsigned NOT NULL,
  `title` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `live` tinyint(1) NOT NULL,
  `has_unpublished_changes` tinyint(1) NOT NULL,
  `url_path` longtext NOT NULL,
  `seo_title` varchar(255) NOT NULL,
  `show_in_menus` tinyint(1) NOT NULL,
  `search_description` longtext NOT NULL,
  `go_live_at` datetime(6) DEFAULT NULL,
  `expire_at` datetime(6) DEFAULT NULL,
  `expired` tinyint(1) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `locked` tinyint(1) NOT NULL,
  `latest_revision_created_at` datetime(6) DEFAULT NULL,
  `first_published_at` datetime(6) DEFAULT NULL,
  `live_revision_id` int(11) DEFAULT NULL,
  `last_published_at` datetime(6) DEFAULT NULL,
  `draft_title` varchar(255) NOT NULL,
  `locked_at` datetime(6) DEFAULT NULL,
  `locked_by_id` int(11) DEFAULT NULL,
  `translation_key` char(32) NOT NULL,
  `locale_id` int(11) NOT NULL,
  `alias_of_id` int(11) DEFAULT NULL,
  `latest_revision_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `path` (`path`),
  UNIQUE KEY `wagtailcore_page_translation_key_locale_id_9b041bad_uniq` (`translation_key`, `locale_id`),
  CONSTRAINT `wagtailcore_page_alias_of_id_12945502_fk_wagtailcore_page_id` FOREIGN KEY (`alias_of_id`) REFERENCES `wagtailcore_page` (`id`),
  CONSTRAINT `wagtailcore_page_content_type_id_c28424df_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `wagtailcore_page_locale_id_3c7e30a6_fk_wagtailcore_locale_id` FOREIGN KEY (`locale_id`) REFERENCES `wagtailcore_locale` (`id`),
  CONSTRAINT `wagtailcore_page_locked_by_id_bcb86245_fk_auth_user_id` FOREIGN KEY (`locked_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `wagtailcore_page_owner_id_fbf7c332_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_blogindex` (
  `page_ptr_id` int(11) NOT NULL,
  PRIMARY KEY (`page_ptr_id`),
  CONSTRAINT `home_blogindex_page_ptr_id_9f1088f5_fk_wagtailcore_page_id` FOREIGN KEY (`page_ptr_id`) REFERENCES `wagtailcore_page` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_cohortpage` (
  `page_ptr_id` int(11) NOT NULL,
  `round_start` date NOT NULL,
  `round_end` date NOT NULL,
  PRIMARY KEY (`page_ptr_id`),
  CONSTRAINT `home_cohortpage_page_ptr_id_6d39c5a0_fk_wagtailcore_page_id` FOREIGN KEY (`page_ptr_id`) REFERENCES `wagtailcore_page` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_donatepage` (
  `page_ptr_id` int(11) NOT NULL,
  `intro` longtext NOT NULL,
  `paypal_text` longtext NOT NULL,
  `check_text` longtext NOT NULL,
  `wire_text` longtext NOT NULL,
  `outro` longtext NOT NULL,
  PRIMARY KEY (`page_ptr_id`),
  CONSTRAINT `home_donatepage_page_ptr_id_f9f7b823_fk_wagtailcore_page_id` FOREIGN KEY (`page_ptr_id`) REFERENCES `wagtailcore_page` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_homepage` (
  `page_ptr_id` int(11) NOT NULL,
  `body` longtext NOT NULL,
  PRIMARY KEY (`page_ptr_id`),
  CONSTRAINT `home_homepage_page_ptr_id_e5b77cf7_fk_wagtailcore_page_id` FOREIGN KEY (`page_ptr_id`) REFERENCES `wagtailcore_page` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_richtextonly` (
  `page_ptr_id` int(11) NOT NULL,
  `body` longtext NOT NULL,
  PRIMARY KEY (`page_ptr_id`),
  CONSTRAINT `home_richtextonly_page_ptr_id_2899f4bf_fk_wagtailcore_page_id` FOREIGN KEY (`page_ptr_id`) REFERENCES `wagtailcore_page` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_roundpage` (
  `page_ptr_id` int(11) NOT NULL,
  `roundnumber` int(11) NOT NULL,
  `sponsorship_per_intern` int(11) NOT NULL,
  `pingnew` date NOT NULL,
  `pingold` date NOT NULL,
  `orgreminder` date NOT NULL,
  `landingdue` date NOT NULL,
  `coupon_code` varchar(255) NOT NULL,
  `minimum_days_free_for_students` int(11) NOT NULL,
  `minimum_days_free_for_non_students` int(11) NOT NULL,
  `initial_applications_open` date NOT NULL,
  `outreachy_chat` datetime(6) NOT NULL,
  `outreachy_chat_timezone_url` varchar(200) NOT NULL,
  `initial_applications_close` date NOT NULL,
  `pick_a_project_blog_url` varchar(200) NOT NULL,
  `contributions_open` date NOT NULL,
  `contributions_close` date NOT NULL,
  `lateorgs` date NOT NULL,
  `lateprojects` date NOT NULL,
  `mentor_intern_selection_deadline` date NOT NULL,
  `coordinator_funding_deadline` date NOT NULL,
  `internapproval` date NOT NULL,
  `internannounce` date NOT NULL,
  `internstarts` date NOT NULL,
  `week_two_chat_text_date` datetime(6) NOT NULL,
  `week_two_chat_text_url` varchar(200) NOT NULL,
  `week_four_chat_text_date` datetime(6) NOT NULL,
  `week_four_stuck_chat_url` varchar(200) NOT NULL,
  `week_six_chat_text_date` datetime(6) NOT NULL,
  `week_six_audience_chat_url` varchar(200) NOT NULL,
  `week_eight_chat_text_date` datetime(6) NOT NULL,
  `week_eight_timeline_chat_url` varchar(200) NOT NULL,
  `week_ten_chat_text_date` datetime(6) NOT NULL,
  `week_ten_career_chat_url` varchar(200) NOT NULL,
  `week_twelve_chat_text_date` datetime(6) NOT NULL,
  `week_twelve_interviewing_chat_url` varchar(200) NOT NULL,
  `resume_reviewer_name` varchar(255) NOT NULL,
  `resume_reviewer_email` varchar(254) NOT NULL,
  `week_fourteen_chat_text_date` datetime(6) NOT NULL,
  `week_fourteen_wrapup_chat_url` varchar(200) NOT NULL,
  `tax_form_deadline` date NOT NULL,
  `initialfeedback` date NOT NULL,
  `initial_payment_date` date NOT NULL,
  `initialpayment` int(11) NOT NULL,
  `midfeedback` date NOT NULL,
  `midpoint_payment_date` date NOT NULL,
  `midpayment` int(11) NOT NULL,
  `feedback3_due` date DEFAULT NULL,
  `final_payment_date` date NOT NULL,
  `finalpayment` int(11) NOT NULL,
  `internends` date NOT NULL,
  `finalfeedback` date NOT NULL,
  `sponsordetails` longtext NOT NULL,
  PRIMARY KEY (`page_ptr_id`),
  CONSTRAINT `home_roundpage_page_ptr_id_166c744a_fk_wagtailcore_page_id` FOREIGN KEY (`page_ptr_id`) REFERENCES `wagtailcore_page` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_roundsindexpage` (
  `page_ptr_id` int(11) NOT NULL,
  `intro` longtext NOT NULL,
  PRIMARY KEY (`page_ptr_id`),
  CONSTRAINT `home_roundsindexpage_page_ptr_id_392f7744_fk_wagtailcore_page_id` FOREIGN KEY (`page_ptr_id`) REFERENCES `wagtailcore_page` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_statisticamericandemographics` (
  `internship_round_id` int(11) NOT NULL,
  `total_approved_american_applicants` int(11) NOT NULL,
  `total_approved_american_bipoc` int(11) NOT NULL,
  PRIMARY KEY (`internship_round_id`),
  CONSTRAINT `home_statisticameric_internship_round_id_3d44a2d9_fk_home_roun` FOREIGN KEY (`internship_round_id`) REFERENCES `home_roundpage` (`page_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_statisticapplicantcountry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `country_living_in_during_internship` varchar(800) NOT NULL,
  `country_living_in_during_internship_code` varchar(2) NOT NULL,
  `total_applicants` int(11) NOT NULL,
  `internship_round_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_statisticapplic_internship_round_id_1285a857_fk_home_roun` FOREIGN KEY (`internship_round_id`) REFERENCES `home_roundpage` (`page_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_statisticgenderdemographics` (
  `internship_round_id` int(11) NOT NULL,
  `total_transgender_people` int(11) NOT NULL,
  `total_genderqueer_people` int(11) NOT NULL,
  `total_men` int(11) NOT NULL,
  `total_trans_masculine_people` int(11) NOT NULL,
  `total_women` int(11) NOT NULL,
  `total_trans_feminine_people` int(11) NOT NULL,
  `total_non_binary_people` int(11) NOT NULL,
  `total_who_self_identified_gender` int(11) NOT NULL,
  PRIMARY KEY (`internship_round_id`),
  CONSTRAINT `home_statisticgender_internship_round_id_dd74e064_fk_home_roun` FOREIGN KEY (`internship_round_id`) REFERENCES `home_roundpage` (`page_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_statistictotalapplied` (
  `internship_round_id` int(11) NOT NULL,
  `total_applicants` int(11) NOT NULL,
  `total_approved` int(11) NOT NULL,
  `total_pending` int(11) NOT NULL,
  `total_rejected` int(11) NOT NULL,
  `total_withdrawn` int(11) NOT NULL,
  PRIMARY KEY (`internship_round_id`),
  CONSTRAINT `home_statistictotala_internship_round_id_cff8a25f_fk_home_roun` FOREIGN KEY (`internship_round_id`) REFERENCES `home_roundpage` (`page_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_statsroundfifteen` (
  `page_ptr_id` int(11) NOT NULL,
  `unused` longtext NOT NULL,
  PRIMARY KEY (`page_ptr_id`),
  CONSTRAINT `home_statsroundfifte_page_ptr_id_a38ff23e_fk_wagtailco` FOREIGN KEY (`page_ptr_id`) REFERENCES `wagtailcore_page` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_aluminfo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sort_order` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(254) NOT NULL,
  `gravitar` tinyint(1) NOT NULL,
  `location` varchar(255) NOT NULL,
  `nick` varchar(255) NOT NULL,
  `blog` varchar(200) NOT NULL,
  `rss` varchar(200) NOT NULL,
  `community` varchar(255) NOT NULL,
  `project` varchar(255) NOT NULL,
  `mentors` varchar(255) NOT NULL,
  `page_id` int(11) NOT NULL,
  `picture_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_aluminfo_page_id_a9281b0e_fk_home_cohortpage_page_ptr_id` FOREIGN KEY (`page_id`) REFERENCES `home_cohortpage` (`page_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_applicationreviewer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `approval_status` varchar(1) NOT NULL,
  `reason_denied` varchar(3000) NOT NULL,
  `comrade_id` int(11) NOT NULL,
  `reviewing_round_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_applicationrevi_comrade_id_147d2c17_fk_home_comr` FOREIGN KEY (`comrade_id`) REFERENCES `home_comrade` (`account_id`),
  CONSTRAINT `home_applicationrevi_reviewing_round_id_1bbc54a0_fk_home_roun` FOREIGN KEY (`reviewing_round_id`) REFERENCES `home_roundpage` (`page_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_participation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `approval_status` varchar(1) NOT NULL,
  `reason_denied` varchar(3000) NOT NULL,
  `community_id` int(11) NOT NULL,
  `participating_round_id` int(11) NOT NULL,
  `number_interns` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_participation_community_id_7330c32b_fk_home_community_id` FOREIGN KEY (`community_id`) REFERENCES `home_community` (`id`),
  CONSTRAINT `home_participation_participating_round__4a110e20_fk_home_roun` FOREIGN KEY (`participating_round_id`) REFERENCES `home_roundpage` (`page_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `approval_status` varchar(1) NOT NULL,
  `reason_denied` varchar(3000) NOT NULL,
  `longevity` varchar(2) NOT NULL,
  `community_size` varchar(3) NOT NULL,
  `intern_tasks` longtext NOT NULL,
  `intern_benefits` longtext NOT NULL,
  `community_benefits` longtext NOT NULL,
  `approved_license` tinyint(1) NOT NULL,
  `unapproved_license_description` longtext NOT NULL,
  `no_proprietary_software` tinyint(1) NOT NULL,
  `proprietary_software_description` longtext NOT NULL,
  `short_title` varchar(100) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `long_description` longtext NOT NULL,
  `minimum_system_requirements` longtext NOT NULL,
  `repository` varchar(200) NOT NULL,
  `issue_tracker` varchar(200) NOT NULL,
  `newcomer_issue_tag` varchar(100) NOT NULL,
  `contribution_tasks` longtext NOT NULL,
  `new_contributors_welcome` tinyint(1) NOT NULL,
  `project_round_id` int(11) NOT NULL,
  `ai_policy` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `home_project_slug_project_round_id_e96c3b70_uniq` (`slug`, `project_round_id`),
  CONSTRAINT `home_project_project_round_id_9f3c5c44_fk_home_participation_id` FOREIGN KEY (`project_round_id`) REFERENCES `home_participation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_projectskill` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `skill` varchar(100) NOT NULL,
  `experience_level` varchar(3) NOT NULL,
  `required` varchar(3) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_projectskill_project_id_851030ed_fk_home_project_id` FOREIGN KEY (`project_id`) REFERENCES `home_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_sponsorship` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `coordinator_can_update` tinyint(1) NOT NULL,
  `name` varchar(100) NOT NULL,
  `amount` int(10) unsigned NOT NULL,
  `funding_secured` tinyint(1) NOT NULL,
  `funding_decision_date` date DEFAULT NULL,
  `additional_information` longtext NOT NULL,
  `participation_id` int(11) NOT NULL,
  `organizer_notes` longtext NOT NULL,
  `status` varchar(50) NOT NULL,
  `ticket_number` varchar(50) NOT NULL,
  `donation_for_any_outreachy_internship` int(10) unsigned NOT NULL,
  `donation_for_other` int(10) unsigned NOT NULL,
  `donation_for_other_information` varchar(800) NOT NULL,
  `donation_for_outreachy_general_activities` int(10) unsigned NOT NULL,
  `due_date` date DEFAULT NULL,
  `due_date_info` longtext NOT NULL,
  `sponsor_contact` longtext NOT NULL,
  `sponsor_relationship` longtext NOT NULL,
  `coordinator_is_sponsor_rep` tinyint(1) NOT NULL,
  `legal_info` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_sponsorship_participation_id_74bff23c_fk_home_part` FOREIGN KEY (`participation_id`) REFERENCES `home_participation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_applicantapproval` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `approval_status` varchar(1) NOT NULL,
  `reason_denied` varchar(3000) NOT NULL,
  `submission_date` date NOT NULL,
  `ip_address` char(39) NOT NULL,
  `collected_statistics` tinyint(1) NOT NULL,
  `initial_application_country_living_in_during_internship` varchar(800) NOT NULL,
  `initial_application_country_living_in_during_internship_code` varchar(2) NOT NULL,
  `applicant_id` int(11) NOT NULL,
  `application_round_id` int(11) NOT NULL,
  `review_owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `home_applicantapproval_applicant_id_application_a89f6c37_uniq` (`applicant_id`, `application_round_id`),
  CONSTRAINT `home_applicantapprov_applicant_id_1dd03dcf_fk_home_comr` FOREIGN KEY (`applicant_id`) REFERENCES `home_comrade` (`account_id`),
  CONSTRAINT `home_applicantapprov_application_round_id_66179397_fk_home_roun` FOREIGN KEY (`application_round_id`) REFERENCES `home_roundpage` (`page_ptr_id`),
  CONSTRAINT `home_applicantapprov_review_owner_id_6a4b1e25_fk_home_appl` FOREIGN KEY (`review_owner_id`) REFERENCES `home_applicationreviewer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_applicantapproval_essay_qualities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applicantapproval_id` int(11) NOT NULL,
  `essayquality_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `home_applicantapproval_e_applicantapproval_id_ess_980bdde2_uniq` (`applicantapproval_id`, `essayquality_id`),
  CONSTRAINT `home_applicantapprov_applicantapproval_id_ea6ad916_fk_home_appl` FOREIGN KEY (`applicantapproval_id`) REFERENCES `home_applicantapproval` (`id`),
  CONSTRAINT `home_applicantapprov_essayquality_id_a6f44238_fk_home_essa` FOREIGN KEY (`essayquality_id`) REFERENCES `home_essayquality` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_applicantgenderidentity` (
  `applicant_id` int(11) NOT NULL,
  `transgender` tinyint(1) NOT NULL,
  `genderqueer` tinyint(1) NOT NULL,
  `man` tinyint(1) NOT NULL,
  `woman` tinyint(1) NOT NULL,
  `demi_boy` tinyint(1) NOT NULL,
  `demi_girl` tinyint(1) NOT NULL,
  `trans_masculine` tinyint(1) NOT NULL,
  `trans_feminine` tinyint(1) NOT NULL,
  `non_binary` tinyint(1) NOT NULL,
  `demi_non_binary` tinyint(1) NOT NULL,
  `genderflux` tinyint(1) NOT NULL,
  `genderfluid` tinyint(1) NOT NULL,
  `demi_genderfluid` tinyint(1) NOT NULL,
  `demi_gender` tinyint(1) NOT NULL,
  `bi_gender` tinyint(1) NOT NULL,
  `tri_gender` tinyint(1) NOT NULL,
  `multigender` tinyint(1) NOT NULL,
  `pangender` tinyint(1) NOT NULL,
  `maxigender` tinyint(1) NOT NULL,
  `aporagender` tinyint(1) NOT NULL,
  `intergender` tinyint(1) NOT NULL,
  `mavrique` tinyint(1) NOT NULL,
  `gender_confusion` tinyint(1) NOT NULL,
  `gender_indifferent` tinyint(1) NOT NULL,
  `graygender` tinyint(1) NOT NULL,
  `agender` tinyint(1) NOT NULL,
  `genderless` tinyint(1) NOT NULL,
  `gender_neutral` tinyint(1) NOT NULL,
  `neutrois` tinyint(1) NOT NULL,
  `androgynous` tinyint(1) NOT NULL,
  `androgyne` tinyint(1) NOT NULL,
  `prefer_not_to_say` tinyint(1) NOT NULL,
  `self_identify` varchar(100) NOT NULL,
  PRIMARY KEY (`applicant_id`),
  CONSTRAINT `home_applicantgender_applicant_id_50a55056_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_applicantraceethnicityinformation` (
  `applicant_id` int(11) NOT NULL,
  `us_resident_demographics` tinyint(1) NOT NULL,
  PRIMARY KEY (`applicant_id`),
  CONSTRAINT `home_applicantraceet_applicant_id_7d8cdf5e_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_barrierstoparticipation` (
  `applicant_id` int(11) NOT NULL,
  `content_warnings` varchar(100) NOT NULL,
  `country_living_in_during_internship` varchar(800) NOT NULL,
  `country_living_in_during_internship_code` varchar(2) NOT NULL,
  `underrepresentation` longtext NOT NULL,
  `lacking_representation` longtext NOT NULL,
  `systemic_bias` longtext NOT NULL,
  `employment_bias` longtext NOT NULL,
  `applicant_should_update` tinyint(1) NOT NULL,
  `technical_task_or_project` longtext NOT NULL,
  PRIMARY KEY (`applicant_id`),
  CONSTRAINT `home_barrierstoparti_applicant_id_415ae485_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_communicationchannel` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tool_name` varchar(100) NOT NULL,
  `url` varchar(200) NOT NULL,
  `instructions` longtext NOT NULL,
  `norms` longtext NOT NULL,
  `communication_help` varchar(200) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_communicationchannel_project_id_f4ddf100_fk_home_project_id` FOREIGN KEY (`project_id`) REFERENCES `home_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_contractorinformation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `typical_hours` int(11) NOT NULL,
  `continuing_contract_work` tinyint(1) DEFAULT NULL,
  `applicant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_contractorinfor_applicant_id_b296fc0e_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_contribution` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_started` date NOT NULL,
  `date_merged` date DEFAULT NULL,
  `url` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `applicant_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_contribution_applicant_id_301f06d4_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`),
  CONSTRAINT `home_contribution_project_id_752503e7_fk_home_project_id` FOREIGN KEY (`project_id`) REFERENCES `home_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_employmenttimecommitment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `hours_per_week` int(11) NOT NULL,
  `job_title` varchar(100) NOT NULL,
  `job_description` longtext NOT NULL,
  `quit_on_acceptance` tinyint(1) NOT NULL,
  `applicant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_employmenttimec_applicant_id_2f8d493e_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_finalapplication` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `approval_status` varchar(1) NOT NULL,
  `reason_denied` varchar(3000) NOT NULL,
  `experience` longtext NOT NULL,
  `foss_experience` longtext NOT NULL,
  `relevant_projects` longtext NOT NULL,
  `applying_to_gsoc` longtext NOT NULL,
  `time_correct` tinyint(1) NOT NULL,
  `time_updates` longtext NOT NULL,
  `community_specific_questions` longtext NOT NULL,
  `timeline` longtext NOT NULL,
  `spread_the_word` varchar(5) NOT NULL,
  `rating` varchar(1) NOT NULL,
  `applicant_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `home_finalapplication_applicant_id_project_id_bd4a0cd0_uniq` (`applicant_id`, `project_id`),
  CONSTRAINT `home_finalapplication_project_id_7d379bdb_fk_home_project_id` FOREIGN KEY (`project_id`) REFERENCES `home_project` (`id`),
  CONSTRAINT `home_finalapplicatio_applicant_id_fee9adb1_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_initialapplicationreview` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `essay_rating` varchar(2) NOT NULL,
  `review_school` tinyint(1) NOT NULL,
  `missing_school` tinyint(1) NOT NULL,
  `review_work` tinyint(1) NOT NULL,
  `missing_work` tinyint(1) NOT NULL,
  `incorrect_dates` tinyint(1) NOT NULL,
  `comments` longtext NOT NULL,
  `application_id` int(11) NOT NULL,
  `reviewer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_initialapplicat_application_id_be6813fa_fk_home_appl` FOREIGN KEY (`application_id`) REFERENCES `home_applicantapproval` (`id`),
  CONSTRAINT `home_initialapplicat_reviewer_id_d71aeed1_fk_home_appl` FOREIGN KEY (`reviewer_id`) REFERENCES `home_applicationreviewer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_internselection` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `funding_source` varchar(3) NOT NULL,
  `organizer_approved` tinyint(1) DEFAULT NULL,
  `in_good_standing` tinyint(1) NOT NULL,
  `intern_starts` date NOT NULL,
  `initial_feedback_opens` date NOT NULL,
  `initial_feedback_due` date NOT NULL,
  `midpoint_feedback_opens` date NOT NULL,
  `midpoint_feedback_due` date NOT NULL,
  `feedback3_opens` date DEFAULT NULL,
  `feedback3_due` date DEFAULT NULL,
  `final_feedback_opens` date NOT NULL,
  `final_feedback_due` date NOT NULL,
  `intern_ends` date NOT NULL,
  `applicant_id` int(11) NOT NULL,
  `intern_contract_id` int(11) DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `home_internselection_applicant_id_project_id_a44b1b3f_uniq` (`applicant_id`, `project_id`),
  UNIQUE KEY `intern_contract_id` (`intern_contract_id`),
  CONSTRAINT `home_internselection_applicant_id_e4c71cd9_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`),
  CONSTRAINT `home_internselection_intern_contract_id_f92eb88d_fk_home_sign` FOREIGN KEY (`intern_contract_id`) REFERENCES `home_signedcontract` (`id`),
  CONSTRAINT `home_internselection_project_id_e181f43c_fk_home_project_id` FOREIGN KEY (`project_id`) REFERENCES `home_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_mentorapproval` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `approval_status` varchar(1) NOT NULL,
  `reason_denied` varchar(3000) NOT NULL,
  `instructions_read` tinyint(1) NOT NULL,
  `understands_intern_time_commitment` tinyint(1) NOT NULL,
  `understands_applicant_time_commitment` tinyint(1) NOT NULL,
  `understands_mentor_contract` tinyint(1) NOT NULL,
  `longevity` varchar(2) NOT NULL,
  `mentor_foss_contributions` varchar(800) NOT NULL,
  `communication_channel_username` varchar(100) NOT NULL,
  `mentored_before` varchar(5) NOT NULL,
  `mentorship_style` varchar(800) NOT NULL,
  `employer` varchar(100) NOT NULL,
  `mentor_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_mentorapproval_mentor_id_3b87daf7_fk_home_comr` FOREIGN KEY (`mentor_id`) REFERENCES `home_comrade` (`account_id`),
  CONSTRAINT `home_mentorapproval_project_id_83e1d396_fk_home_project_id` FOREIGN KEY (`project_id`) REFERENCES `home_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_mentorrelationship` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contract_id` int(11) DEFAULT NULL,
  `intern_selection_id` int(11) NOT NULL,
  `mentor_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contract_id` (`contract_id`),
  UNIQUE KEY `home_mentorrelationship_intern_selection_id_ment_76dffc3a_uniq` (`intern_selection_id`, `mentor_id`),
  CONSTRAINT `home_mentorrelations_contract_id_260e2e08_fk_home_sign` FOREIGN KEY (`contract_id`) REFERENCES `home_signedcontract` (`id`),
  CONSTRAINT `home_mentorrelations_intern_selection_id_1cb25e80_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`),
  CONSTRAINT `home_mentorrelations_mentor_id_8c09bf7e_fk_home_ment` FOREIGN KEY (`mentor_id`) REFERENCES `home_mentorapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_midpointinternfeedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `hours_worked` varchar(3) NOT NULL,
  `time_comments` longtext NOT NULL,
  `mentor_support` longtext NOT NULL,
  `share_mentor_feedback_with_community_coordinator` tinyint(1) NOT NULL,
  `intern_help_requests_frequency` varchar(1) NOT NULL,
  `mentor_help_response_time` varchar(3) NOT NULL,
  `intern_contribution_frequency` varchar(1) NOT NULL,
  `mentor_review_response_time` varchar(3) NOT NULL,
  `intern_contribution_revision_time` varchar(3) NOT NULL,
  `progress_report` longtext NOT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_midpointinternf_intern_selection_id_74d6a350_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_midpointmentorfeedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `mentors_report` longtext NOT NULL,
  `full_time_effort` tinyint(1) NOT NULL,
  `organizer_payment_approved` tinyint(1) DEFAULT NULL,
  `request_extension` tinyint(1) NOT NULL,
  `request_termination` tinyint(1) NOT NULL,
  `intern_help_requests_frequency` varchar(1) NOT NULL,
  `mentor_help_response_time` varchar(3) NOT NULL,
  `intern_contribution_frequency` varchar(1) NOT NULL,
  `mentor_review_response_time` varchar(3) NOT NULL,
  `intern_contribution_revision_time` varchar(3) NOT NULL,
  `progress_report` longtext NOT NULL,
  `payment_approved` tinyint(1) NOT NULL,
  `extension_date` date DEFAULT NULL,
  `actions_requested` varchar(9) NOT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_midpointmentorf_intern_selection_id_a73d6f51_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_noncollegeschooltimecommitment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `hours_per_week` int(11) NOT NULL,
  `description` longtext NOT NULL,
  `quit_on_acceptance` tinyint(1) NOT NULL,
  `applicant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_noncollegeschoo_applicant_id_1c202c0e_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_paymenteligibility` (
  `applicant_id` int(11) NOT NULL,
  `us_national_or_permanent_resident` tinyint(1) NOT NULL,
  `living_in_us` tinyint(1) NOT NULL,
  PRIMARY KEY (`applicant_id`),
  CONSTRAINT `home_paymenteligibil_applicant_id_20b40f6f_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_priorfossexperience` (
  `applicant_id` int(11) NOT NULL,
  `gsoc_or_outreachy_internship` tinyint(1) NOT NULL,
  `prior_contributor` tinyint(1) NOT NULL,
  `prior_paid_contributor` tinyint(1) NOT NULL,
  PRIMARY KEY (`applicant_id`),
  CONSTRAINT `home_priorfossexperi_applicant_id_4656d804_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_promotiontracking` (
  `applicant_id` int(11) NOT NULL,
  `spread_the_word` varchar(5) NOT NULL,
  PRIMARY KEY (`applicant_id`),
  CONSTRAINT `home_promotiontracki_applicant_id_0174876d_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_schoolinformation` (
  `applicant_id` int(11) NOT NULL,
  `university_name` varchar(100) NOT NULL,
  `university_website` varchar(200) NOT NULL,
  `current_academic_calendar` varchar(200) NOT NULL,
  `next_academic_calendar` varchar(200) NOT NULL,
  `degree_name` varchar(100) NOT NULL,
  `school_term_updates` longtext NOT NULL,
  `applicant_should_update` tinyint(1) NOT NULL,
  PRIMARY KEY (`applicant_id`),
  CONSTRAINT `home_schoolinformati_applicant_id_cacdbae4_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_schooltimecommitment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `term_name` varchar(100) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `last_term` tinyint(1) NOT NULL,
  `applicant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_schooltimecommi_applicant_id_ef6db728_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_timecommitmentsummary` (
  `applicant_id` int(11) NOT NULL,
  `enrolled_as_student` tinyint(1) NOT NULL,
  `enrolled_as_noncollege_student` tinyint(1) NOT NULL,
  `employed` tinyint(1) NOT NULL,
  `contractor` tinyint(1) NOT NULL,
  `volunteer_time_commitments` tinyint(1) NOT NULL,
  PRIMARY KEY (`applicant_id`),
  CONSTRAINT `home_timecommitments_applicant_id_36c9078e_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_volunteertimecommitment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `hours_per_week` int(11) NOT NULL,
  `description` longtext NOT NULL,
  `applicant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `home_volunteertimeco_applicant_id_fa8abf94_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_workeligibility` (
  `applicant_id` int(11) NOT NULL,
  `over_18` tinyint(1) NOT NULL,
  `student_visa_restrictions` tinyint(1) NOT NULL,
  `eligible_to_work` tinyint(1) NOT NULL,
  `under_export_control` tinyint(1) NOT NULL,
  `us_sanctioned_country` tinyint(1) NOT NULL,
  PRIMARY KEY (`applicant_id`),
  CONSTRAINT `home_workeligibility_applicant_id_e70316ac_fk_home_appl` FOREIGN KEY (`applicant_id`) REFERENCES `home_applicantapproval` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_feedback1fromintern` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `hours_worked` varchar(3) NOT NULL,
  `time_comments` longtext NOT NULL,
  `mentor_support` longtext NOT NULL,
  `share_mentor_feedback_with_community_coordinator` tinyint(1) NOT NULL,
  `mentor_answers_questions` tinyint(1) NOT NULL,
  `intern_asks_questions` tinyint(1) NOT NULL,
  `mentor_support_when_stuck` tinyint(1) NOT NULL,
  `meets_privately` tinyint(1) NOT NULL,
  `meets_over_phone_or_video_chat` tinyint(1) NOT NULL,
  `intern_missed_meetings` tinyint(1) NOT NULL,
  `talk_about_project_progress` tinyint(1) NOT NULL,
  `blog_created` tinyint(1) NOT NULL,
  `progress_report` longtext NOT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_feedback1fromin_intern_selection_id_53c2cb18_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_feedback1frommentor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `mentors_report` longtext NOT NULL,
  `full_time_effort` tinyint(1) NOT NULL,
  `organizer_payment_approved` tinyint(1) DEFAULT NULL,
  `request_extension` tinyint(1) NOT NULL,
  `request_termination` tinyint(1) NOT NULL,
  `mentor_answers_questions` tinyint(1) NOT NULL,
  `intern_asks_questions` tinyint(1) NOT NULL,
  `mentor_support_when_stuck` tinyint(1) NOT NULL,
  `meets_privately` tinyint(1) NOT NULL,
  `meets_over_phone_or_video_chat` tinyint(1) NOT NULL,
  `intern_missed_meetings` tinyint(1) NOT NULL,
  `talk_about_project_progress` tinyint(1) NOT NULL,
  `blog_created` tinyint(1) NOT NULL,
  `progress_report` longtext NOT NULL,
  `payment_approved` tinyint(1) NOT NULL,
  `extension_date` date DEFAULT NULL,
  `actions_requested` varchar(9) NOT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_feedback1fromme_intern_selection_id_c2d5671a_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_feedback2fromintern` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `hours_worked` varchar(3) NOT NULL,
  `time_comments` longtext NOT NULL,
  `mentor_support` longtext NOT NULL,
  `share_mentor_feedback_with_community_coordinator` tinyint(1) NOT NULL,
  `mentor_answers_questions` tinyint(1) NOT NULL,
  `intern_asks_questions` tinyint(1) NOT NULL,
  `mentor_support_when_stuck` tinyint(1) NOT NULL,
  `daily_stand_ups` tinyint(1) NOT NULL,
  `meets_privately` tinyint(1) NOT NULL,
  `meets_over_phone_or_video_chat` tinyint(1) NOT NULL,
  `intern_missed_meetings` tinyint(1) NOT NULL,
  `talk_about_project_progress` tinyint(1) NOT NULL,
  `contribution_drafts` tinyint(1) NOT NULL,
  `contribution_review` tinyint(1) NOT NULL,
  `contribution_revised` tinyint(1) NOT NULL,
  `mentor_shares_positive_feedback` tinyint(1) NOT NULL,
  `mentor_promoting_work_to_community` tinyint(1) NOT NULL,
  `mentor_promoting_work_on_social_media` tinyint(1) NOT NULL,
  `intern_blogging` tinyint(1) NOT NULL,
  `mentor_discussing_blog` tinyint(1) NOT NULL,
  `mentor_promoting_blog_to_community` tinyint(1) NOT NULL,
  `mentor_promoting_blog_on_social_media` tinyint(1) NOT NULL,
  `mentor_introduced_intern_to_community` tinyint(1) NOT NULL,
  `intern_asks_questions_of_community_members` tinyint(1) NOT NULL,
  `intern_talks_to_community_members` tinyint(1) NOT NULL,
  `progress_report` longtext NOT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_feedback2fromin_intern_selection_id_2efa5de4_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_feedback2frommentor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `mentors_report` longtext NOT NULL,
  `full_time_effort` tinyint(1) NOT NULL,
  `organizer_payment_approved` tinyint(1) DEFAULT NULL,
  `request_extension` tinyint(1) NOT NULL,
  `request_termination` tinyint(1) NOT NULL,
  `mentor_answers_questions` tinyint(1) NOT NULL,
  `intern_asks_questions` tinyint(1) NOT NULL,
  `mentor_support_when_stuck` tinyint(1) NOT NULL,
  `daily_stand_ups` tinyint(1) NOT NULL,
  `meets_privately` tinyint(1) NOT NULL,
  `meets_over_phone_or_video_chat` tinyint(1) NOT NULL,
  `intern_missed_meetings` tinyint(1) NOT NULL,
  `talk_about_project_progress` tinyint(1) NOT NULL,
  `contribution_drafts` tinyint(1) NOT NULL,
  `contribution_review` tinyint(1) NOT NULL,
  `contribution_revised` tinyint(1) NOT NULL,
  `mentor_shares_positive_feedback` tinyint(1) NOT NULL,
  `mentor_promoting_work_to_community` tinyint(1) NOT NULL,
  `mentor_promoting_work_on_social_media` tinyint(1) NOT NULL,
  `intern_blogging` tinyint(1) NOT NULL,
  `mentor_discussing_blog` tinyint(1) NOT NULL,
  `mentor_promoting_blog_to_community` tinyint(1) NOT NULL,
  `mentor_promoting_blog_on_social_media` tinyint(1) NOT NULL,
  `mentor_introduced_intern_to_community` tinyint(1) NOT NULL,
  `intern_asks_questions_of_community_members` tinyint(1) NOT NULL,
  `intern_talks_to_community_members` tinyint(1) NOT NULL,
  `progress_report` longtext NOT NULL,
  `payment_approved` tinyint(1) NOT NULL,
  `extension_date` date DEFAULT NULL,
  `actions_requested` varchar(9) NOT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_feedback2fromme_intern_selection_id_3b78219b_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_feedback3fromintern` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `hours_worked` varchar(3) NOT NULL,
  `time_comments` longtext NOT NULL,
  `mentor_support` longtext NOT NULL,
  `share_mentor_feedback_with_community_coordinator` tinyint(1) NOT NULL,
  `mentor_answers_questions` tinyint(1) NOT NULL,
  `intern_asks_questions` tinyint(1) NOT NULL,
  `mentor_support_when_stuck` tinyint(1) NOT NULL,
  `daily_stand_ups` tinyint(1) NOT NULL,
  `meets_privately` tinyint(1) NOT NULL,
  `meets_over_phone_or_video_chat` tinyint(1) NOT NULL,
  `intern_missed_meetings` tinyint(1) NOT NULL,
  `talk_about_project_progress` tinyint(1) NOT NULL,
  `reviewed_original_timeline` tinyint(1) NOT NULL,
  `contribution_drafts` tinyint(1) NOT NULL,
  `contribution_review` tinyint(1) NOT NULL,
  `contribution_revised` tinyint(1) NOT NULL,
  `mentor_shares_positive_feedback` tinyint(1) NOT NULL,
  `mentor_promoting_work_to_community` tinyint(1) NOT NULL,
  `mentor_promoting_work_on_social_media` tinyint(1) NOT NULL,
  `intern_blogging` tinyint(1) NOT NULL,
  `mentor_discussing_blog` tinyint(1) NOT NULL,
  `mentor_promoting_blog_to_community` tinyint(1) NOT NULL,
  `mentor_promoting_blog_on_social_media` tinyint(1) NOT NULL,
  `mentor_introduced_intern_to_community` tinyint(1) NOT NULL,
  `intern_asks_questions_of_community_members` tinyint(1) NOT NULL,
  `intern_talks_to_community_members` tinyint(1) NOT NULL,
  `progress_report` longtext NOT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_feedback3fromin_intern_selection_id_798985a6_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_feedback3frommentor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `mentors_report` longtext NOT NULL,
  `full_time_effort` tinyint(1) NOT NULL,
  `organizer_payment_approved` tinyint(1) DEFAULT NULL,
  `request_extension` tinyint(1) NOT NULL,
  `request_termination` tinyint(1) NOT NULL,
  `mentor_answers_questions` tinyint(1) NOT NULL,
  `intern_asks_questions` tinyint(1) NOT NULL,
  `mentor_support_when_stuck` tinyint(1) NOT NULL,
  `daily_stand_ups` tinyint(1) NOT NULL,
  `meets_privately` tinyint(1) NOT NULL,
  `meets_over_phone_or_video_chat` tinyint(1) NOT NULL,
  `intern_missed_meetings` tinyint(1) NOT NULL,
  `talk_about_project_progress` tinyint(1) NOT NULL,
  `reviewed_original_timeline` tinyint(1) NOT NULL,
  `contribution_drafts` tinyint(1) NOT NULL,
  `contribution_review` tinyint(1) NOT NULL,
  `contribution_revised` tinyint(1) NOT NULL,
  `mentor_shares_positive_feedback` tinyint(1) NOT NULL,
  `mentor_promoting_work_to_community` tinyint(1) NOT NULL,
  `mentor_promoting_work_on_social_media` tinyint(1) NOT NULL,
  `intern_blogging` tinyint(1) NOT NULL,
  `mentor_discussing_blog` tinyint(1) NOT NULL,
  `mentor_promoting_blog_to_community` tinyint(1) NOT NULL,
  `mentor_promoting_blog_on_social_media` tinyint(1) NOT NULL,
  `mentor_introduced_intern_to_community` tinyint(1) NOT NULL,
  `intern_asks_questions_of_community_members` tinyint(1) NOT NULL,
  `intern_talks_to_community_members` tinyint(1) NOT NULL,
  `progress_report` longtext NOT NULL,
  `payment_approved` tinyint(1) NOT NULL,
  `extension_date` date DEFAULT NULL,
  `actions_requested` varchar(9) NOT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_feedback3fromme_intern_selection_id_ab370d6d_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_feedback4fromintern` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `hours_worked` varchar(3) NOT NULL,
  `time_comments` longtext NOT NULL,
  `mentor_support` longtext NOT NULL,
  `share_mentor_feedback_with_community_coordinator` tinyint(1) NOT NULL,
  `mentor_answers_questions` tinyint(1) NOT NULL,
  `intern_asks_questions` tinyint(1) NOT NULL,
  `mentor_support_when_stuck` tinyint(1) NOT NULL,
  `daily_stand_ups` tinyint(1) NOT NULL,
  `meets_privately` tinyint(1) NOT NULL,
  `meets_over_phone_or_video_chat` tinyint(1) NOT NULL,
  `intern_missed_meetings` tinyint(1) NOT NULL,
  `talk_about_project_progress` tinyint(1) NOT NULL,
  `reviewed_original_timeline` tinyint(1) NOT NULL,
  `contribution_drafts` tinyint(1) NOT NULL,
  `contribution_review` tinyint(1) NOT NULL,
  `contribution_revised` tinyint(1) NOT NULL,
  `mentor_shares_positive_feedback` tinyint(1) NOT NULL,
  `mentor_promoting_work_to_community` tinyint(1) NOT NULL,
  `mentor_promoting_work_on_social_media` tinyint(1) NOT NULL,
  `intern_blogging` tinyint(1) NOT NULL,
  `mentor_discussing_blog` tinyint(1) NOT NULL,
  `mentor_promoting_blog_to_community` tinyint(1) NOT NULL,
  `mentor_promoting_blog_on_social_media` tinyint(1) NOT NULL,
  `mentor_introduced_intern_to_community` tinyint(1) NOT NULL,
  `intern_asks_questions_of_community_members` tinyint(1) NOT NULL,
  `intern_talks_to_community_members` tinyint(1) NOT NULL,
  `mentor_introduced_to_informal_chat_contacts` tinyint(1) NOT NULL,
  `intern_had_informal_chats` tinyint(1) NOT NULL,
  `progress_report` longtext NOT NULL,
  `recommend_open_source` varchar(2) NOT NULL,
  `recommend_interning` varchar(2) NOT NULL,
  `application_period_positive_impacts` longtext DEFAULT NULL,
  `application_period_improvement_suggestions` longtext DEFAULT NULL,
  `new_applicant_advice` longtext DEFAULT NULL,
  `interning_positive_impacts` longtext DEFAULT NULL,
  `interning_improvement_suggestions` longtext DEFAULT NULL,
  `community_positive_impacts` longtext DEFAULT NULL,
  `community_improvement_suggestions` longtext DEFAULT NULL,
  `additional_feedback` longtext DEFAULT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_feedback4fromin_intern_selection_id_cd63b9e8_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_feedback4frommentor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `mentors_report` longtext NOT NULL,
  `full_time_effort` tinyint(1) NOT NULL,
  `organizer_payment_approved` tinyint(1) DEFAULT NULL,
  `request_extension` tinyint(1) NOT NULL,
  `request_termination` tinyint(1) NOT NULL,
  `mentor_answers_questions` tinyint(1) NOT NULL,
  `intern_asks_questions` tinyint(1) NOT NULL,
  `mentor_support_when_stuck` tinyint(1) NOT NULL,
  `daily_stand_ups` tinyint(1) NOT NULL,
  `meets_privately` tinyint(1) NOT NULL,
  `meets_over_phone_or_video_chat` tinyint(1) NOT NULL,
  `intern_missed_meetings` tinyint(1) NOT NULL,
  `talk_about_project_progress` tinyint(1) NOT NULL,
  `reviewed_original_timeline` tinyint(1) NOT NULL,
  `contribution_drafts` tinyint(1) NOT NULL,
  `contribution_review` tinyint(1) NOT NULL,
  `contribution_revised` tinyint(1) NOT NULL,
  `mentor_shares_positive_feedback` tinyint(1) NOT NULL,
  `mentor_promoting_work_to_community` tinyint(1) NOT NULL,
  `mentor_promoting_work_on_social_media` tinyint(1) NOT NULL,
  `intern_blogging` tinyint(1) NOT NULL,
  `mentor_discussing_blog` tinyint(1) NOT NULL,
  `mentor_promoting_blog_to_community` tinyint(1) NOT NULL,
  `mentor_promoting_blog_on_social_media` tinyint(1) NOT NULL,
  `mentor_introduced_intern_to_community` tinyint(1) NOT NULL,
  `intern_asks_questions_of_community_members` tinyint(1) NOT NULL,
  `intern_talks_to_community_members` tinyint(1) NOT NULL,
  `mentor_introduced_to_informal_chat_contacts` tinyint(1) NOT NULL,
  `intern_had_informal_chats` tinyint(1) NOT NULL,
  `progress_report` longtext NOT NULL,
  `payment_approved` tinyint(1) NOT NULL,
  `extension_date` date DEFAULT NULL,
  `actions_requested` varchar(9) NOT NULL,
  `recommend_mentoring` varchar(2) NOT NULL,
  `mentoring_positive_impacts` longtext DEFAULT NULL,
  `mentoring_improvement_suggestions` longtext DEFAULT NULL,
  `new_mentor_suggestions` longtext DEFAULT NULL,
  `community_positive_impacts` longtext DEFAULT NULL,
  `community_improvement_suggestions` longtext DEFAULT NULL,
  `additional_feedback` longtext DEFAULT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_feedback4fromme_intern_selection_id_bb6a3e46_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_finalinternfeedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `hours_worked` varchar(3) NOT NULL,
  `time_comments` longtext NOT NULL,
  `mentor_support` longtext NOT NULL,
  `share_mentor_feedback_with_community_coordinator` tinyint(1) NOT NULL,
  `intern_help_requests_frequency` varchar(1) NOT NULL,
  `mentor_help_response_time` varchar(3) NOT NULL,
  `intern_contribution_frequency` varchar(1) NOT NULL,
  `mentor_review_response_time` varchar(3) NOT NULL,
  `intern_contribution_revision_time` varchar(3) NOT NULL,
  `progress_report` longtext NOT NULL,
  `interning_recommended` varchar(3) NOT NULL,
  `recommend_intern_chat` varchar(3) NOT NULL,
  `chat_frequency` varchar(3) NOT NULL,
  `blog_frequency` varchar(3) NOT NULL,
  `blog_prompts_caused_writing` varchar(3) NOT NULL,
  `blog_prompts_caused_overhead` varchar(3) NOT NULL,
  `recommend_blog_prompts` varchar(3) NOT NULL,
  `zulip_caused_intern_discussion` varchar(3) NOT NULL,
  `zulip_caused_mentor_discussion` varchar(3) NOT NULL,
  `recommend_zulip` varchar(3) NOT NULL,
  `tech_industry_prep` varchar(3) NOT NULL,
  `foss_confidence` varchar(3) NOT NULL,
  `feedback_for_organizers` longtext NOT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_finalinternfeed_intern_selection_id_affe13ea_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_finalmentorfeedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `mentors_report` longtext NOT NULL,
  `full_time_effort` tinyint(1) NOT NULL,
  `organizer_payment_approved` tinyint(1) DEFAULT NULL,
  `request_extension` tinyint(1) NOT NULL,
  `request_termination` tinyint(1) NOT NULL,
  `intern_help_requests_frequency` varchar(1) NOT NULL,
  `mentor_help_response_time` varchar(3) NOT NULL,
  `intern_contribution_frequency` varchar(1) NOT NULL,
  `mentor_review_response_time` varchar(3) NOT NULL,
  `intern_contribution_revision_time` varchar(3) NOT NULL,
  `progress_report` longtext NOT NULL,
  `payment_approved` tinyint(1) NOT NULL,
  `extension_date` date DEFAULT NULL,
  `actions_requested` varchar(9) NOT NULL,
  `mentoring_recommended` varchar(3) NOT NULL,
  `blog_frequency` varchar(3) NOT NULL,
  `blog_prompts_caused_writing` varchar(3) NOT NULL,
  `blog_prompts_caused_overhead` varchar(3) NOT NULL,
  `recommend_blog_prompts` varchar(3) NOT NULL,
  `zulip_caused_intern_discussion` varchar(3) NOT NULL,
  `zulip_caused_mentor_discussion` varchar(3) NOT NULL,
  `recommend_zulip` varchar(3) NOT NULL,
  `feedback_for_organizers` longtext NOT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_finalmentorfeed_intern_selection_id_a773fc20_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_initialinternfeedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `hours_worked` varchar(3) NOT NULL,
  `time_comments` longtext NOT NULL,
  `mentor_support` longtext NOT NULL,
  `share_mentor_feedback_with_community_coordinator` tinyint(1) NOT NULL,
  `in_contact` tinyint(1) NOT NULL,
  `asking_questions` tinyint(1) NOT NULL,
  `active_in_public` tinyint(1) NOT NULL,
  `provided_onboarding` tinyint(1) NOT NULL,
  `checkin_frequency` varchar(1) NOT NULL,
  `intern_response_time` varchar(3) NOT NULL,
  `mentor_response_time` varchar(3) NOT NULL,
  `progress_report` longtext NOT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_initialinternfe_intern_selection_id_ce0247fd_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `home_initialmentorfeedback` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allow_edits` tinyint(1) NOT NULL,
  `ip_address` char(39) NOT NULL,
  `last_contact` date NOT NULL,
  `mentors_report` longtext NOT NULL,
  `full_time_effort` tinyint(1) NOT NULL,
  `organizer_payment_approved` tinyint(1) DEFAULT NULL,
  `request_extension` tinyint(1) NOT NULL,
  `request_termination` tinyint(1) NOT NULL,
  `in_contact` tinyint(1) NOT NULL,
  `asking_questions` tinyint(1) NOT NULL,
  `active_in_public` tinyint(1) NOT NULL,
  `provided_onboarding` tinyint(1) NOT NULL,
  `checkin_frequency` varchar(1) NOT NULL,
  `intern_response_time` varchar(3) NOT NULL,
  `mentor_response_time` varchar(3) NOT NULL,
  `progress_report` longtext NOT NULL,
  `payment_approved` tinyint(1) NOT NULL,
  `extension_date` date DEFAULT NULL,
  `actions_requested` varchar(9) NOT NULL,
  `intern_selection_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `intern_selection_id` (`intern_selection_id`),
  CONSTRAINT `home_initialmentorfe_intern_selection_id_1a1f3ec8_fk_home_inte` FOREIGN KEY (`intern_selection_id`) REFERENCES `home_internselection` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
