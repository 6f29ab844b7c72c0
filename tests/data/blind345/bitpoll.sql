-- Bitpoll (Fachschaft Informatik, Universität Hamburg; formerly "dudel": date, date-time and universal polls with
-- user accounts, groups, invitations, poll watches, comments, per-choice vote comments and linked CalDAV
-- calendars whose busy times are shown while voting; Django)
-- Upstream: github.com/fsinfuhh/Bitpoll, commit 35b0236534fa181fd026436bd95fe7d0c60f37ba, the migrations of
-- `bitpoll/{base,poll,invitations,groups,caldav}/migrations/` (GPL-3.0), with the contrib apps and third-party
-- apps with models of `bitpoll/settings.py` INSTALLED_APPS (auth, contenttypes, sessions, admin;
-- django-encrypted-model-fields, django-token-bucket 0.2.4).
-- Made by running `manage.py migrate` into MariaDB 10.11 with Django 5.2.19 (upstream pins Django 6.0.5, which
-- needs Python 3.12; the contrib apps have the same migrations in both) and the INSTALLED_APPS above
-- (AUTH_USER_MODEL = base.BitpollUser, DEFAULT_AUTO_FIELD unset as upstream), then `mysqldump --no-data`; table
-- options, AUTO_INCREMENT counters and dump comments removed, tables ordered so that referenced tables come
-- first. Column order, types, keys, foreign keys and check constraints as Django created them. The apps without
-- models (registration, messages, staticfiles, humanize, markdownify, widget_tweaks, pipeline, simple_csp,
-- friendlytagloader) add no table; the optional OpenID Connect integration (commented out in
-- `settings_local.sample.py`) is not installed. No table was left out.

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
);

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `base_bitpolluser` (
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
  `language` varchar(20) NOT NULL,
  `email_invitation` tinyint(1) NOT NULL,
  `timezone` varchar(40) NOT NULL,
  `auto_watch` tinyint(1) NOT NULL,
  `displayname` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
);

CREATE TABLE `base_bitpolluser_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bitpolluser_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `base_bitpolluser_groups_bitpolluser_id_group_id_732a988a_uniq` (`bitpolluser_id`,`group_id`),
  KEY `base_bitpolluser_groups_group_id_bfff52d7_fk_auth_group_id` (`group_id`),
  CONSTRAINT `base_bitpolluser_gro_bitpolluser_id_c2db518d_fk_base_bitp` FOREIGN KEY (`bitpolluser_id`) REFERENCES `base_bitpolluser` (`id`),
  CONSTRAINT `base_bitpolluser_groups_group_id_bfff52d7_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `base_bitpolluser_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bitpolluser_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `base_bitpolluser_user_pe_bitpolluser_id_permissio_d8291517_uniq` (`bitpolluser_id`,`permission_id`),
  KEY `base_bitpolluser_use_permission_id_737f6856_fk_auth_perm` (`permission_id`),
  CONSTRAINT `base_bitpolluser_use_bitpolluser_id_ce890f11_fk_base_bitp` FOREIGN KEY (`bitpolluser_id`) REFERENCES `base_bitpolluser` (`id`),
  CONSTRAINT `base_bitpolluser_use_permission_id_737f6856_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
);

CREATE TABLE `caldav_davcalendar` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  `name` varchar(80) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `caldav_davcalendar_user_id_cd483494_fk_base_bitpolluser_id` (`user_id`),
  CONSTRAINT `caldav_davcalendar_user_id_cd483494_fk_base_bitpolluser_id` FOREIGN KEY (`user_id`) REFERENCES `base_bitpolluser` (`id`)
);

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
  KEY `django_admin_log_user_id_c564eba6_fk_base_bitpolluser_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_base_bitpolluser_id` FOREIGN KEY (`user_id`) REFERENCES `base_bitpolluser` (`id`)
);

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
);

CREATE TABLE `django_token_bucket_tokenbucket` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(30) NOT NULL,
  `max_tokens` int(11) NOT NULL,
  `fill_rate` double NOT NULL,
  `tokens` double NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `object_id` int(10) unsigned NOT NULL,
  `content_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_token_bucket_toke_identifier_object_id_con_64e3d698_uniq` (`identifier`,`object_id`,`content_type_id`),
  KEY `django_token_bucket__content_type_id_2d93befe_fk_django_co` (`content_type_id`),
  CONSTRAINT `django_token_bucket__content_type_id_2d93befe_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_token_bucket_tokenbucket_object_id_3228bdb0_check` CHECK (`object_id` >= 0)
);

CREATE TABLE `groups_groupinvitation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_invited` datetime(6) NOT NULL,
  `group_id` int(11) NOT NULL,
  `invited_by_id` int(11) NOT NULL,
  `invitee_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `groups_groupinvitation_group_id_7d46fb84_fk_auth_group_id` (`group_id`),
  KEY `groups_groupinvitati_invited_by_id_6132a1db_fk_base_bitp` (`invited_by_id`),
  KEY `groups_groupinvitati_invitee_id_244a4f7a_fk_base_bitp` (`invitee_id`),
  CONSTRAINT `groups_groupinvitati_invited_by_id_6132a1db_fk_base_bitp` FOREIGN KEY (`invited_by_id`) REFERENCES `base_bitpolluser` (`id`),
  CONSTRAINT `groups_groupinvitati_invitee_id_244a4f7a_fk_base_bitp` FOREIGN KEY (`invitee_id`) REFERENCES `base_bitpolluser` (`id`),
  CONSTRAINT `groups_groupinvitation_group_id_7d46fb84_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `groups_groupproperties` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `public_members` tinyint(1) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_id` (`group_id`),
  CONSTRAINT `groups_groupproperties_group_id_956bff7a_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

CREATE TABLE `groups_groupproperties_admins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `groupproperties_id` int(11) NOT NULL,
  `bitpolluser_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groups_groupproperties_a_groupproperties_id_bitpo_c770397d_uniq` (`groupproperties_id`,`bitpolluser_id`),
  KEY `groups_groupproperti_bitpolluser_id_fa5fa8ab_fk_base_bitp` (`bitpolluser_id`),
  CONSTRAINT `groups_groupproperti_bitpolluser_id_fa5fa8ab_fk_base_bitp` FOREIGN KEY (`bitpolluser_id`) REFERENCES `base_bitpolluser` (`id`),
  CONSTRAINT `groups_groupproperti_groupproperties_id_b4bf337b_fk_groups_gr` FOREIGN KEY (`groupproperties_id`) REFERENCES `groups_groupproperties` (`id`)
);

CREATE TABLE `poll_poll` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `title` varchar(80) NOT NULL,
  `description` longtext NOT NULL,
  `url` varchar(80) NOT NULL,
  `type` varchar(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `due_date` datetime(6) DEFAULT NULL,
  `anonymous_allowed` tinyint(1) NOT NULL,
  `public_listening` tinyint(1) NOT NULL,
  `require_login` tinyint(1) NOT NULL,
  `require_invitation` tinyint(1) NOT NULL,
  `show_results` varchar(20) NOT NULL,
  `send_mail` tinyint(1) NOT NULL,
  `one_vote_per_user` tinyint(1) NOT NULL,
  `allow_comments` tinyint(1) NOT NULL,
  `show_invitations` tinyint(1) NOT NULL,
  `timezone_name` varchar(40) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `vote_all` tinyint(1) NOT NULL,
  `use_user_timezone` tinyint(1) NOT NULL,
  `sorting` int(11) NOT NULL,
  `hide_participants` tinyint(1) NOT NULL,
  `allow_unauthenticated_vote_changes` tinyint(1) NOT NULL,
  `show_score_in_summary` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `url` (`url`),
  KEY `poll_poll_group_id_ecb9483f_fk_auth_group_id` (`group_id`),
  KEY `poll_poll_user_id_5491b659_fk_base_bitpolluser_id` (`user_id`),
  CONSTRAINT `poll_poll_group_id_ecb9483f_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `poll_poll_user_id_5491b659_fk_base_bitpolluser_id` FOREIGN KEY (`user_id`) REFERENCES `base_bitpolluser` (`id`)
);

CREATE TABLE `poll_vote` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `anonymous` tinyint(1) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `assigned_by_id` int(11) DEFAULT NULL,
  `poll_id` bigint(20) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `poll_vote_assigned_by_id_a773d0f5_fk_base_bitpolluser_id` (`assigned_by_id`),
  KEY `poll_vote_user_id_33002fee_fk_base_bitpolluser_id` (`user_id`),
  KEY `poll_vote_poll_id_6cdadd07_fk` (`poll_id`),
  CONSTRAINT `poll_vote_assigned_by_id_a773d0f5_fk_base_bitpolluser_id` FOREIGN KEY (`assigned_by_id`) REFERENCES `base_bitpolluser` (`id`),
  CONSTRAINT `poll_vote_poll_id_6cdadd07_fk` FOREIGN KEY (`poll_id`) REFERENCES `poll_poll` (`id`),
  CONSTRAINT `poll_vote_user_id_33002fee_fk_base_bitpolluser_id` FOREIGN KEY (`user_id`) REFERENCES `base_bitpolluser` (`id`)
);

CREATE TABLE `invitations_invitation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `creator_id` int(11) NOT NULL,
  `poll_id` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  `vote_id` bigint(20) DEFAULT NULL,
  `last_email` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invitations_invitation_user_id_poll_id_60836723_uniq` (`user_id`,`poll_id`),
  KEY `invitations_invitati_creator_id_1e445d34_fk_base_bitp` (`creator_id`),
  KEY `invitations_invitation_poll_id_0310f39e_fk` (`poll_id`),
  KEY `invitations_invitation_vote_id_6ddf91a0_fk` (`vote_id`),
  CONSTRAINT `invitations_invitati_creator_id_1e445d34_fk_base_bitp` FOREIGN KEY (`creator_id`) REFERENCES `base_bitpolluser` (`id`),
  CONSTRAINT `invitations_invitation_poll_id_0310f39e_fk` FOREIGN KEY (`poll_id`) REFERENCES `poll_poll` (`id`),
  CONSTRAINT `invitations_invitation_user_id_05ccdf72_fk_base_bitpolluser_id` FOREIGN KEY (`user_id`) REFERENCES `base_bitpolluser` (`id`),
  CONSTRAINT `invitations_invitation_vote_id_6ddf91a0_fk` FOREIGN KEY (`vote_id`) REFERENCES `poll_vote` (`id`)
);

CREATE TABLE `poll_choice` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `text` varchar(80) NOT NULL,
  `date` datetime(6) DEFAULT NULL,
  `sort_key` int(11) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `poll_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `poll_choice_deleted_54dbd5f1` (`deleted`),
  KEY `poll_choice_poll_id_6e4cc5b0_fk` (`poll_id`),
  CONSTRAINT `poll_choice_poll_id_6e4cc5b0_fk` FOREIGN KEY (`poll_id`) REFERENCES `poll_poll` (`id`)
);

CREATE TABLE `poll_choicevalue` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `title` varchar(80) NOT NULL,
  `icon` varchar(64) NOT NULL,
  `color` varchar(7) NOT NULL,
  `weight` decimal(5,2) NOT NULL,
  `poll_id` bigint(20) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `poll_choicevalue_poll_id_f8615bbf_fk` (`poll_id`),
  CONSTRAINT `poll_choicevalue_poll_id_f8615bbf_fk` FOREIGN KEY (`poll_id`) REFERENCES `poll_poll` (`id`)
);

CREATE TABLE `poll_comment` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `text` longtext NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `name` varchar(80) NOT NULL,
  `poll_id` bigint(20) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `poll_comment_user_id_d8a765d6_fk_base_bitpolluser_id` (`user_id`),
  KEY `poll_comment_poll_id_8ca33978_fk` (`poll_id`),
  CONSTRAINT `poll_comment_poll_id_8ca33978_fk` FOREIGN KEY (`poll_id`) REFERENCES `poll_poll` (`id`),
  CONSTRAINT `poll_comment_user_id_d8a765d6_fk_base_bitpolluser_id` FOREIGN KEY (`user_id`) REFERENCES `base_bitpolluser` (`id`)
);

CREATE TABLE `poll_pollwatch` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `poll_id` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `poll_pollwatch_poll_id_user_id_8a0b5109_uniq` (`poll_id`,`user_id`),
  KEY `poll_pollwatch_user_id_345369e6_fk_base_bitpolluser_id` (`user_id`),
  CONSTRAINT `poll_pollwatch_poll_id_e37e1102_fk` FOREIGN KEY (`poll_id`) REFERENCES `poll_poll` (`id`),
  CONSTRAINT `poll_pollwatch_user_id_345369e6_fk_base_bitpolluser_id` FOREIGN KEY (`user_id`) REFERENCES `base_bitpolluser` (`id`)
);

CREATE TABLE `poll_votechoice` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `comment` longtext NOT NULL,
  `choice_id` bigint(20) NOT NULL,
  `value_id` bigint(20) DEFAULT NULL,
  `vote_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `poll_votechoice_vote_id_choice_id_d93c18b2_uniq` (`vote_id`,`choice_id`),
  KEY `poll_votechoice_choice_id_ea2f7ad8_fk` (`choice_id`),
  KEY `poll_votechoice_value_id_d4fcd98c_fk` (`value_id`),
  CONSTRAINT `poll_votechoice_choice_id_ea2f7ad8_fk` FOREIGN KEY (`choice_id`) REFERENCES `poll_choice` (`id`),
  CONSTRAINT `poll_votechoice_value_id_d4fcd98c_fk` FOREIGN KEY (`value_id`) REFERENCES `poll_choicevalue` (`id`),
  CONSTRAINT `poll_votechoice_vote_id_5d78a87a_fk` FOREIGN KEY (`vote_id`) REFERENCES `poll_vote` (`id`)
);
