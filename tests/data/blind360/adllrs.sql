-- ADL LRS (Advanced Distributed Learning Initiative's reference xAPI Learning Record Store; Django 3.2),
-- github.com/adlnet/ADL_LRS, commit efa045e2fc6e282115d2939a8670d80c4830d336 (Apache-2.0).
-- Upstream ships no migrations: its install (fabfile.py `setup_lrs`) runs `manage.py migrate`,
-- `manage.py makemigrations adl_lrs lrs oauth_provider`, `manage.py migrate` and `manage.py migrate defender`.
-- That sequence was run with Django 3.2.25 and django-defender 0.9.6 (upstream's requirements.txt pins) and
-- upstream's INSTALLED_APPS into a scratch MariaDB 10.11 database through Django's own MySQL backend
-- (upstream deploys on PostgreSQL), and the result read back with mysqldump --no-data.
-- Tables in dependency order; AUTO_INCREMENT counters and mysqldump session lines dropped; django_migrations
-- (Django's migration bookkeeping) left out; MariaDB's rendering of Django's `json` column type (longtext utf8mb4_bin
-- with a json_valid CHECK) written back as `json`. Column names, order, types, keys and foreign keys as created.

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
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

CREATE TABLE `adl_lrs_hook` (
  `hook_id` char(32) NOT NULL,
  `name` varchar(50) NOT NULL,
  `config` json NOT NULL,
  `filters` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`hook_id`),
  UNIQUE KEY `adl_lrs_hook_name_user_id_15822808_uniq` (`name`,`user_id`),
  KEY `adl_lrs_hook_user_id_eacf3f2c_fk_auth_user_id` (`user_id`),
  CONSTRAINT `adl_lrs_hook_user_id_eacf3f2c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
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

CREATE TABLE `defender_accessattempt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` char(39) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `login_valid` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
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

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
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
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
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

CREATE TABLE `lrs_activityprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `profile_id` varchar(2083) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `activity_id` varchar(2083) NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `etag` varchar(50) NOT NULL,
  `json_profile` json NOT NULL,
  `profile` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `lrs_activityprofile_profile_id_513334f5` (`profile_id`(768)),
  KEY `lrs_activityprofile_updated_cab7b6fe` (`updated`),
  KEY `lrs_activityprofile_activity_id_1b03f749` (`activity_id`(768))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_agent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `objectType` varchar(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `mbox` varchar(128) DEFAULT NULL,
  `mbox_sha1sum` varchar(40) DEFAULT NULL,
  `openid` varchar(2083) DEFAULT NULL,
  `oauth_identifier` varchar(192) DEFAULT NULL,
  `account_homePage` varchar(2083) DEFAULT NULL,
  `account_name` varchar(50) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mbox` (`mbox`),
  UNIQUE KEY `mbox_sha1sum` (`mbox_sha1sum`),
  UNIQUE KEY `oauth_identifier` (`oauth_identifier`),
  UNIQUE KEY `user_id` (`user_id`),
  UNIQUE KEY `openid` (`openid`) USING HASH,
  UNIQUE KEY `lrs_agent_account_homePage_account_name_32b60027_uniq` (`account_homePage`,`account_name`) USING HASH,
  CONSTRAINT `lrs_agent_user_id_4d46eceb_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_activity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activity_id` varchar(2083) NOT NULL,
  `canonical_data` json NOT NULL,
  `authority_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity_id` (`activity_id`) USING HASH,
  KEY `lrs_activity_authority_id_e1d71c40_fk_lrs_agent_id` (`authority_id`),
  CONSTRAINT `lrs_activity_authority_id_e1d71c40_fk_lrs_agent_id` FOREIGN KEY (`authority_id`) REFERENCES `lrs_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_activitystate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `state_id` varchar(2083) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `activity_id` varchar(2083) NOT NULL,
  `registration_id` varchar(40) NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `etag` varchar(50) NOT NULL,
  `json_state` json NOT NULL,
  `state` varchar(100) DEFAULT NULL,
  `agent_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `lrs_activitystate_agent_id_6aae65b0_fk_lrs_agent_id` (`agent_id`),
  KEY `lrs_activitystate_updated_e56a5b26` (`updated`),
  KEY `lrs_activitystate_activity_id_51dd515e` (`activity_id`(768)),
  KEY `lrs_activitystate_registration_id_47219af3` (`registration_id`),
  CONSTRAINT `lrs_activitystate_agent_id_6aae65b0_fk_lrs_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `lrs_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_agent_member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from_agent_id` int(11) NOT NULL,
  `to_agent_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lrs_agent_member_from_agent_id_to_agent_id_92e4b83b_uniq` (`from_agent_id`,`to_agent_id`),
  KEY `lrs_agent_member_to_agent_id_74f1ebc8_fk_lrs_agent_id` (`to_agent_id`),
  CONSTRAINT `lrs_agent_member_from_agent_id_06b1ba44_fk_lrs_agent_id` FOREIGN KEY (`from_agent_id`) REFERENCES `lrs_agent` (`id`),
  CONSTRAINT `lrs_agent_member_to_agent_id_74f1ebc8_fk_lrs_agent_id` FOREIGN KEY (`to_agent_id`) REFERENCES `lrs_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_agentprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `profile_id` varchar(2083) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `etag` varchar(50) NOT NULL,
  `json_profile` json NOT NULL,
  `profile` varchar(100) DEFAULT NULL,
  `agent_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `lrs_agentprofile_agent_id_e635b869_fk_lrs_agent_id` (`agent_id`),
  KEY `lrs_agentprofile_profile_id_31d2d5b8` (`profile_id`(768)),
  KEY `lrs_agentprofile_updated_9c3a5b5f` (`updated`),
  CONSTRAINT `lrs_agentprofile_agent_id_e635b869_fk_lrs_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `lrs_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_contextagent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `objectType` varchar(14) NOT NULL,
  `agent_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `lrs_contextagent_agent_id_9eb85c6e_fk_lrs_agent_id` (`agent_id`),
  CONSTRAINT `lrs_contextagent_agent_id_9eb85c6e_fk_lrs_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `lrs_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_contextgroup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `objectType` varchar(14) NOT NULL,
  `group_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `lrs_contextgroup_group_id_2acc1336_fk_lrs_agent_id` (`group_id`),
  CONSTRAINT `lrs_contextgroup_group_id_2acc1336_fk_lrs_agent_id` FOREIGN KEY (`group_id`) REFERENCES `lrs_agent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_relevanttype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `relevantType` varchar(2083) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `lrs_relevanttype_relevantType_62afb301` (`relevantType`(768))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_contextagent_relevantType` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contextagent_id` int(11) NOT NULL,
  `relevanttype_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lrs_contextagent_relevan_contextagent_id_relevant_da51419e_uniq` (`contextagent_id`,`relevanttype_id`),
  KEY `lrs_contextagent_rel_relevanttype_id_b92ac604_fk_lrs_relev` (`relevanttype_id`),
  CONSTRAINT `lrs_contextagent_rel_contextagent_id_2fbb0769_fk_lrs_conte` FOREIGN KEY (`contextagent_id`) REFERENCES `lrs_contextagent` (`id`),
  CONSTRAINT `lrs_contextagent_rel_relevanttype_id_b92ac604_fk_lrs_relev` FOREIGN KEY (`relevanttype_id`) REFERENCES `lrs_relevanttype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_contextgroup_relevantType` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contextgroup_id` int(11) NOT NULL,
  `relevanttype_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lrs_contextgroup_relevan_contextgroup_id_relevant_89fe2ba8_uniq` (`contextgroup_id`,`relevanttype_id`),
  KEY `lrs_contextgroup_rel_relevanttype_id_d853e895_fk_lrs_relev` (`relevanttype_id`),
  CONSTRAINT `lrs_contextgroup_rel_contextgroup_id_8a9afe94_fk_lrs_conte` FOREIGN KEY (`contextgroup_id`) REFERENCES `lrs_contextgroup` (`id`),
  CONSTRAINT `lrs_contextgroup_rel_relevanttype_id_d853e895_fk_lrs_relev` FOREIGN KEY (`relevanttype_id`) REFERENCES `lrs_relevanttype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_verb` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `verb_id` varchar(2083) NOT NULL,
  `canonical_data` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `verb_id` (`verb_id`) USING HASH
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_substatement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_statementref` char(32) DEFAULT NULL,
  `result_success` tinyint(1) DEFAULT NULL,
  `result_completion` tinyint(1) DEFAULT NULL,
  `result_response` longtext NOT NULL,
  `result_duration` varchar(40) NOT NULL,
  `result_score_scaled` double DEFAULT NULL,
  `result_score_raw` double DEFAULT NULL,
  `result_score_min` double DEFAULT NULL,
  `result_score_max` double DEFAULT NULL,
  `result_extensions` json NOT NULL,
  `timestamp` datetime(6) DEFAULT NULL,
  `context_registration` varchar(40) NOT NULL,
  `context_revision` longtext NOT NULL,
  `context_platform` varchar(50) NOT NULL,
  `context_language` varchar(50) NOT NULL,
  `context_extensions` json NOT NULL,
  `context_contextAgents` json NOT NULL,
  `context_contextGroups` json NOT NULL,
  `context_statement` varchar(40) NOT NULL,
  `actor_id` int(11) DEFAULT NULL,
  `context_instructor_id` int(11) DEFAULT NULL,
  `context_team_id` int(11) DEFAULT NULL,
  `object_activity_id` int(11) DEFAULT NULL,
  `object_agent_id` int(11) DEFAULT NULL,
  `verb_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `lrs_substatement_actor_id_4be0e780_fk_lrs_agent_id` (`actor_id`),
  KEY `lrs_substatement_context_instructor_id_2aafbc05_fk_lrs_agent_id` (`context_instructor_id`),
  KEY `lrs_substatement_context_team_id_2980ba50_fk_lrs_agent_id` (`context_team_id`),
  KEY `lrs_substatement_object_activity_id_c20c5e56_fk_lrs_activity_id` (`object_activity_id`),
  KEY `lrs_substatement_object_agent_id_aeef6e23_fk_lrs_agent_id` (`object_agent_id`),
  KEY `lrs_substatement_verb_id_0b037cda_fk_lrs_verb_id` (`verb_id`),
  KEY `lrs_substatement_object_statementref_cded53c4` (`object_statementref`),
  KEY `lrs_substatement_context_registration_f3c14e2f` (`context_registration`),
  CONSTRAINT `lrs_substatement_actor_id_4be0e780_fk_lrs_agent_id` FOREIGN KEY (`actor_id`) REFERENCES `lrs_agent` (`id`),
  CONSTRAINT `lrs_substatement_context_instructor_id_2aafbc05_fk_lrs_agent_id` FOREIGN KEY (`context_instructor_id`) REFERENCES `lrs_agent` (`id`),
  CONSTRAINT `lrs_substatement_context_team_id_2980ba50_fk_lrs_agent_id` FOREIGN KEY (`context_team_id`) REFERENCES `lrs_agent` (`id`),
  CONSTRAINT `lrs_substatement_object_activity_id_c20c5e56_fk_lrs_activity_id` FOREIGN KEY (`object_activity_id`) REFERENCES `lrs_activity` (`id`),
  CONSTRAINT `lrs_substatement_object_agent_id_aeef6e23_fk_lrs_agent_id` FOREIGN KEY (`object_agent_id`) REFERENCES `lrs_agent` (`id`),
  CONSTRAINT `lrs_substatement_verb_id_0b037cda_fk_lrs_verb_id` FOREIGN KEY (`verb_id`) REFERENCES `lrs_verb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_statement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `statement_id` char(32) NOT NULL,
  `object_statementref` char(32) DEFAULT NULL,
  `result_success` tinyint(1) DEFAULT NULL,
  `result_completion` tinyint(1) DEFAULT NULL,
  `result_response` longtext NOT NULL,
  `result_duration` varchar(40) NOT NULL,
  `result_score_scaled` double DEFAULT NULL,
  `result_score_raw` double DEFAULT NULL,
  `result_score_min` double DEFAULT NULL,
  `result_score_max` double DEFAULT NULL,
  `result_extensions` json NOT NULL,
  `stored` datetime(6) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `voided` tinyint(1) DEFAULT NULL,
  `context_registration` varchar(40) NOT NULL,
  `context_revision` longtext NOT NULL,
  `context_platform` varchar(50) NOT NULL,
  `context_language` varchar(50) NOT NULL,
  `context_extensions` json NOT NULL,
  `context_contextAgents` json NOT NULL,
  `context_contextGroups` json NOT NULL,
  `context_statement` varchar(40) NOT NULL,
  `version` varchar(7) NOT NULL,
  `full_statement` json NOT NULL,
  `actor_id` int(11) DEFAULT NULL,
  `authority_id` int(11) DEFAULT NULL,
  `context_instructor_id` int(11) DEFAULT NULL,
  `context_team_id` int(11) DEFAULT NULL,
  `object_activity_id` int(11) DEFAULT NULL,
  `object_agent_id` int(11) DEFAULT NULL,
  `object_substatement_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `verb_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `lrs_statement_object_substatement__15b825c3_fk_lrs_subst` (`object_substatement_id`),
  KEY `lrs_statement_user_id_35cbe66c_fk_auth_user_id` (`user_id`),
  KEY `lrs_statement_verb_id_764bfdaa_fk_lrs_verb_id` (`verb_id`),
  KEY `lrs_statement_actor_id_32bfed1e_fk_lrs_agent_id` (`actor_id`),
  KEY `lrs_statement_authority_id_d95b5a2b_fk_lrs_agent_id` (`authority_id`),
  KEY `lrs_statement_context_instructor_id_c1ea5d76_fk_lrs_agent_id` (`context_instructor_id`),
  KEY `lrs_statement_context_team_id_56621d64_fk_lrs_agent_id` (`context_team_id`),
  KEY `lrs_statement_object_activity_id_f129a445_fk_lrs_activity_id` (`object_activity_id`),
  KEY `lrs_statement_object_agent_id_e0893007_fk_lrs_agent_id` (`object_agent_id`),
  KEY `lrs_statement_statement_id_4c471903` (`statement_id`),
  KEY `lrs_statement_object_statementref_bead3ddf` (`object_statementref`),
  KEY `lrs_statement_stored_2caccd1a` (`stored`),
  KEY `lrs_statement_timestamp_a4f9935a` (`timestamp`),
  KEY `lrs_statement_context_registration_fbdcf80a` (`context_registration`),
  CONSTRAINT `lrs_statement_actor_id_32bfed1e_fk_lrs_agent_id` FOREIGN KEY (`actor_id`) REFERENCES `lrs_agent` (`id`),
  CONSTRAINT `lrs_statement_authority_id_d95b5a2b_fk_lrs_agent_id` FOREIGN KEY (`authority_id`) REFERENCES `lrs_agent` (`id`),
  CONSTRAINT `lrs_statement_context_instructor_id_c1ea5d76_fk_lrs_agent_id` FOREIGN KEY (`context_instructor_id`) REFERENCES `lrs_agent` (`id`),
  CONSTRAINT `lrs_statement_context_team_id_56621d64_fk_lrs_agent_id` FOREIGN KEY (`context_team_id`) REFERENCES `lrs_agent` (`id`),
  CONSTRAINT `lrs_statement_object_activity_id_f129a445_fk_lrs_activity_id` FOREIGN KEY (`object_activity_id`) REFERENCES `lrs_activity` (`id`),
  CONSTRAINT `lrs_statement_object_agent_id_e0893007_fk_lrs_agent_id` FOREIGN KEY (`object_agent_id`) REFERENCES `lrs_agent` (`id`),
  CONSTRAINT `lrs_statement_object_substatement__15b825c3_fk_lrs_subst` FOREIGN KEY (`object_substatement_id`) REFERENCES `lrs_substatement` (`id`),
  CONSTRAINT `lrs_statement_user_id_35cbe66c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `lrs_statement_verb_id_764bfdaa_fk_lrs_verb_id` FOREIGN KEY (`verb_id`) REFERENCES `lrs_verb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_statement_context_ca_category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `statement_id` int(11) NOT NULL,
  `activity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lrs_statement_context_ca_statement_id_activity_id_d9030e20_uniq` (`statement_id`,`activity_id`),
  KEY `lrs_statement_contex_activity_id_902c8d19_fk_lrs_activ` (`activity_id`),
  CONSTRAINT `lrs_statement_contex_activity_id_902c8d19_fk_lrs_activ` FOREIGN KEY (`activity_id`) REFERENCES `lrs_activity` (`id`),
  CONSTRAINT `lrs_statement_contex_statement_id_966226c5_fk_lrs_state` FOREIGN KEY (`statement_id`) REFERENCES `lrs_statement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_statement_context_ca_grouping` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `statement_id` int(11) NOT NULL,
  `activity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lrs_statement_context_ca_statement_id_activity_id_1564ff73_uniq` (`statement_id`,`activity_id`),
  KEY `lrs_statement_contex_activity_id_0610b335_fk_lrs_activ` (`activity_id`),
  CONSTRAINT `lrs_statement_contex_activity_id_0610b335_fk_lrs_activ` FOREIGN KEY (`activity_id`) REFERENCES `lrs_activity` (`id`),
  CONSTRAINT `lrs_statement_contex_statement_id_7727ac45_fk_lrs_state` FOREIGN KEY (`statement_id`) REFERENCES `lrs_statement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_statement_context_ca_other` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `statement_id` int(11) NOT NULL,
  `activity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lrs_statement_context_ca_statement_id_activity_id_33d55fd1_uniq` (`statement_id`,`activity_id`),
  KEY `lrs_statement_contex_activity_id_d236abb7_fk_lrs_activ` (`activity_id`),
  CONSTRAINT `lrs_statement_contex_activity_id_d236abb7_fk_lrs_activ` FOREIGN KEY (`activity_id`) REFERENCES `lrs_activity` (`id`),
  CONSTRAINT `lrs_statement_contex_statement_id_df609921_fk_lrs_state` FOREIGN KEY (`statement_id`) REFERENCES `lrs_statement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_statement_context_ca_parent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `statement_id` int(11) NOT NULL,
  `activity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lrs_statement_context_ca_statement_id_activity_id_9c3aaafd_uniq` (`statement_id`,`activity_id`),
  KEY `lrs_statement_contex_activity_id_6b621694_fk_lrs_activ` (`activity_id`),
  CONSTRAINT `lrs_statement_contex_activity_id_6b621694_fk_lrs_activ` FOREIGN KEY (`activity_id`) REFERENCES `lrs_activity` (`id`),
  CONSTRAINT `lrs_statement_contex_statement_id_db94eef9_fk_lrs_state` FOREIGN KEY (`statement_id`) REFERENCES `lrs_statement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_statementattachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `canonical_data` json NOT NULL,
  `payload` varchar(150) DEFAULT NULL,
  `statement_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `lrs_statementattachm_statement_id_77d14701_fk_lrs_state` (`statement_id`),
  CONSTRAINT `lrs_statementattachm_statement_id_77d14701_fk_lrs_state` FOREIGN KEY (`statement_id`) REFERENCES `lrs_statement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_substatement_context_ca_category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `substatement_id` int(11) NOT NULL,
  `activity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lrs_substatement_context_substatement_id_activity_68c44b36_uniq` (`substatement_id`,`activity_id`),
  KEY `lrs_substatement_con_activity_id_cbce8aa3_fk_lrs_activ` (`activity_id`),
  CONSTRAINT `lrs_substatement_con_activity_id_cbce8aa3_fk_lrs_activ` FOREIGN KEY (`activity_id`) REFERENCES `lrs_activity` (`id`),
  CONSTRAINT `lrs_substatement_con_substatement_id_e191c551_fk_lrs_subst` FOREIGN KEY (`substatement_id`) REFERENCES `lrs_substatement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_substatement_context_ca_grouping` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `substatement_id` int(11) NOT NULL,
  `activity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lrs_substatement_context_substatement_id_activity_a699dd49_uniq` (`substatement_id`,`activity_id`),
  KEY `lrs_substatement_con_activity_id_1a3b2e2d_fk_lrs_activ` (`activity_id`),
  CONSTRAINT `lrs_substatement_con_activity_id_1a3b2e2d_fk_lrs_activ` FOREIGN KEY (`activity_id`) REFERENCES `lrs_activity` (`id`),
  CONSTRAINT `lrs_substatement_con_substatement_id_c60d1ef2_fk_lrs_subst` FOREIGN KEY (`substatement_id`) REFERENCES `lrs_substatement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_substatement_context_ca_other` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `substatement_id` int(11) NOT NULL,
  `activity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lrs_substatement_context_substatement_id_activity_b17b1436_uniq` (`substatement_id`,`activity_id`),
  KEY `lrs_substatement_con_activity_id_7fc1dbd0_fk_lrs_activ` (`activity_id`),
  CONSTRAINT `lrs_substatement_con_activity_id_7fc1dbd0_fk_lrs_activ` FOREIGN KEY (`activity_id`) REFERENCES `lrs_activity` (`id`),
  CONSTRAINT `lrs_substatement_con_substatement_id_a500000e_fk_lrs_subst` FOREIGN KEY (`substatement_id`) REFERENCES `lrs_substatement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lrs_substatement_context_ca_parent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `substatement_id` int(11) NOT NULL,
  `activity_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lrs_substatement_context_substatement_id_activity_032f27d9_uniq` (`substatement_id`,`activity_id`),
  KEY `lrs_substatement_con_activity_id_b5a0114f_fk_lrs_activ` (`activity_id`),
  CONSTRAINT `lrs_substatement_con_activity_id_b5a0114f_fk_lrs_activ` FOREIGN KEY (`activity_id`) REFERENCES `lrs_activity` (`id`),
  CONSTRAINT `lrs_substatement_con_substatement_id_75d1b67c_fk_lrs_subst` FOREIGN KEY (`substatement_id`) REFERENCES `lrs_substatement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth_provider_consumer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `key` varchar(256) NOT NULL,
  `secret` varchar(2048) NOT NULL,
  `rsa_signature` tinyint(1) NOT NULL,
  `status` smallint(6) NOT NULL,
  `xauth_allowed` tinyint(1) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_provider_consumer_user_id_90ce7b49_fk_auth_user_id` (`user_id`),
  CONSTRAINT `oauth_provider_consumer_user_id_90ce7b49_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth_provider_nonce` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token_key` varchar(32) NOT NULL,
  `consumer_key` varchar(256) NOT NULL,
  `key` varchar(255) NOT NULL,
  `timestamp` int(10) unsigned NOT NULL CHECK (`timestamp` >= 0),
  PRIMARY KEY (`id`),
  KEY `oauth_provider_nonce_timestamp_b8e8504f` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oauth_provider_token` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(32) DEFAULT NULL,
  `secret` varchar(2048) DEFAULT NULL,
  `token_type` smallint(6) NOT NULL,
  `timestamp` int(11) NOT NULL,
  `is_approved` tinyint(1) NOT NULL,
  `scope` varchar(100) NOT NULL,
  `verifier` varchar(10) NOT NULL,
  `callback` varchar(2083) DEFAULT NULL,
  `callback_confirmed` tinyint(1) NOT NULL,
  `consumer_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_provider_token_consumer_id_419f9c5c_fk_oauth_pro` (`consumer_id`),
  KEY `oauth_provider_token_user_id_6e750fab_fk_auth_user_id` (`user_id`),
  CONSTRAINT `oauth_provider_token_consumer_id_419f9c5c_fk_oauth_pro` FOREIGN KEY (`consumer_id`) REFERENCES `oauth_provider_consumer` (`id`),
  CONSTRAINT `oauth_provider_token_user_id_6e750fab_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
