-- OCS Observation Portal 4.18.9 (Las Cumbres Observatory's Observatory Control System: science applications
-- for telescope time, proposals, time allocations, observation requests), github.com/observatorycontrolsystem/
-- observation-portal, commit 31c2ddd6ac5a2a842f22b838fc41ffdbf0e9c6c8 (GPL-3.0).
-- Django migrations run into PostgreSQL 15 (Django 4.2.30), all 55 tables written as MySQL DDL from the
-- catalogue (see observationportal.md).

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_profile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `institution` VARCHAR(200) NOT NULL,
  `title` VARCHAR(200) NOT NULL,
  `education_user` TINYINT(1) NOT NULL,
  `notifications_enabled` TINYINT(1) NOT NULL,
  `notifications_on_authored_only` TINYINT(1) NOT NULL,
  `simple_interface` TINYINT(1) NOT NULL,
  `view_authored_requests_only` TINYINT(1) NOT NULL,
  `staff_view` TINYINT(1) NOT NULL,
  `user_id` INT NOT NULL,
  `terms_accepted` DATETIME(6),
  `password_expiration` DATETIME(6),
  `created_by_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_profile_user_id_key` (`user_id`),
  CONSTRAINT `accounts_profile_created_by_id_43cbb9b3_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `accounts_profile_user_id_49a85d32_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` VARCHAR(40) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authtoken_token_user_id_key` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `codename` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_dramatiq_task` (
  `id` CHAR(36) NOT NULL,
  `status` VARCHAR(8) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `message_data` LONGBLOB NOT NULL,
  `actor_name` VARCHAR(300),
  `queue_name` VARCHAR(100),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `applied` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(100) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_application` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `client_id` VARCHAR(100) NOT NULL,
  `redirect_uris` TEXT NOT NULL,
  `client_type` VARCHAR(32) NOT NULL,
  `authorization_grant_type` VARCHAR(32) NOT NULL,
  `client_secret` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `skip_authorization` TINYINT(1) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `user_id` INT,
  `algorithm` VARCHAR(5) NOT NULL,
  `allowed_origins` TEXT NOT NULL,
  `hash_client_secret` TINYINT(1) NOT NULL,
  `post_logout_redirect_uris` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_application_client_id_key` (`client_id`),
  CONSTRAINT `oauth2_provider_application_user_id_79829054_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_grant` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `expires` DATETIME(6) NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `scope` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `application_id` BIGINT NOT NULL,
  `user_id` INT NOT NULL,
  `claims` TEXT NOT NULL,
  `code_challenge` VARCHAR(128) NOT NULL,
  `code_challenge_method` VARCHAR(10) NOT NULL,
  `nonce` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_grant_code_key` (`code`),
  CONSTRAINT `oauth2_provider_gran_application_id_81923564_fk_oauth2_pr` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `oauth2_provider_grant_user_id_e8f62af8_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_idtoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `jti` CHAR(36) NOT NULL,
  `expires` DATETIME(6) NOT NULL,
  `scope` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `application_id` BIGINT,
  `user_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_idtoken_jti_key` (`jti`),
  CONSTRAINT `oauth2_provider_idto_application_id_08c5ff4f_fk_oauth2_pr` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `oauth2_provider_idtoken_user_id_dd512b59_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposals_sciencecollaborationallocation` (
  `id` VARCHAR(20) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `admin_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `proposals_sciencecollaborationallocation_admin_id_key` (`admin_id`),
  CONSTRAINT `proposals_sciencecol_admin_id_08da3815_fk_auth_user` FOREIGN KEY (`admin_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposals_collaborationallocation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `telescope_name` VARCHAR(255) NOT NULL,
  `allocation` DOUBLE NOT NULL,
  `sca_id` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `proposals_collaborat_sca_id_8bca7f62_fk_proposals` FOREIGN KEY (`sca_id`) REFERENCES `proposals_sciencecollaborationallocation` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposals_proposal` (
  `id` VARCHAR(255) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `abstract` TEXT NOT NULL,
  `tac_priority` INT NOT NULL,
  `tac_rank` INT NOT NULL,
  `public` TINYINT(1) NOT NULL,
  `non_science` TINYINT(1) NOT NULL,
  `direct_submission` TINYINT(1) NOT NULL,
  `notes` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `sca_id` VARCHAR(20) NOT NULL,
  `tags` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `proposals_proposal_sca_id_98f4cdbd_fk_proposals` FOREIGN KEY (`sca_id`) REFERENCES `proposals_sciencecollaborationallocation` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposals_membership` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `role` VARCHAR(5) NOT NULL,
  `time_limit` INT NOT NULL,
  `proposal_id` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `proposals_membership_user_id_proposal_id_ff816b1f_uniq` (`user_id`, `proposal_id`),
  CONSTRAINT `proposals_membership_proposal_id_8d7fd2e1_fk_proposals` FOREIGN KEY (`proposal_id`) REFERENCES `proposals_proposal` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `proposals_membership_user_id_0a422ae2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposals_proposalinvite` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `role` VARCHAR(5) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `sent` DATETIME(6),
  `used` DATETIME(6),
  `proposal_id` VARCHAR(255) NOT NULL,
  `time_limit` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `proposals_proposalin_proposal_id_b503bd71_fk_proposals` FOREIGN KEY (`proposal_id`) REFERENCES `proposals_proposal` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposals_proposalnotification` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `proposal_id` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `proposals_proposalnotifi_proposal_id_user_id_f192beb6_uniq` (`proposal_id`, `user_id`),
  CONSTRAINT `proposals_proposalno_proposal_id_c594c1fb_fk_proposals` FOREIGN KEY (`proposal_id`) REFERENCES `proposals_proposal` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `proposals_proposalnotification_user_id_0b41b1d3_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposals_semester` (
  `id` VARCHAR(20) NOT NULL,
  `start` DATETIME(6) NOT NULL,
  `end` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposals_timeallocation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ipp_limit` DOUBLE NOT NULL,
  `ipp_time_available` DOUBLE NOT NULL,
  `std_allocation` DOUBLE NOT NULL,
  `std_time_used` DOUBLE NOT NULL,
  `rr_allocation` DOUBLE NOT NULL,
  `rr_time_used` DOUBLE NOT NULL,
  `tc_allocation` DOUBLE NOT NULL,
  `tc_time_used` DOUBLE NOT NULL,
  `proposal_id` VARCHAR(255) NOT NULL,
  `semester_id` VARCHAR(20) NOT NULL,
  `instrument_types` JSON NOT NULL,
  `realtime_allocation` DOUBLE NOT NULL,
  `realtime_time_used` DOUBLE NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_proposal_semester_instrument_type_ta` (`semester_id`, `proposal_id`, `instrument_types`),
  CONSTRAINT `proposals_timealloca_proposal_id_09000246_fk_proposals` FOREIGN KEY (`proposal_id`) REFERENCES `proposals_proposal` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `proposals_timealloca_semester_id_65d1b423_fk_proposals` FOREIGN KEY (`semester_id`) REFERENCES `proposals_semester` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration_registrationprofile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `activation_key` VARCHAR(64) NOT NULL,
  `user_id` INT NOT NULL,
  `activated` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registration_registrationprofile_user_id_key` (`user_id`),
  CONSTRAINT `registration_registr_user_id_5fcbf725_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration_supervisedregistrationprofile` (
  `registrationprofile_ptr_id` INT NOT NULL,
  PRIMARY KEY (`registrationprofile_ptr_id`),
  CONSTRAINT `registration_supervi_registrationprofile__0a59f3b2_fk_registrat` FOREIGN KEY (`registrationprofile_ptr_id`) REFERENCES `registration_registrationprofile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestgroups_draftrequestgroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(50) NOT NULL,
  `content` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `author_id` INT NOT NULL,
  `proposal_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `requestgroups_draftreque_author_id_proposal_id_ti_5961f919_uniq` (`author_id`, `proposal_id`, `title`),
  CONSTRAINT `requestgroups_draftr_author_id_d4b461da_fk_auth_user` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `requestgroups_draftr_proposal_id_2de00dd9_fk_proposals` FOREIGN KEY (`proposal_id`) REFERENCES `proposals_proposal` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestgroups_requestgroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `observation_type` VARCHAR(40) NOT NULL,
  `operator` VARCHAR(20) NOT NULL,
  `ipp_value` DOUBLE NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `state` VARCHAR(40) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `proposal_id` VARCHAR(255) NOT NULL,
  `submitter_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `requestgroups_reques_proposal_id_e82c3999_fk_proposals` FOREIGN KEY (`proposal_id`) REFERENCES `proposals_proposal` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `requestgroups_reques_submitter_id_64e5654b_fk_auth_user` FOREIGN KEY (`submitter_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestgroups_request` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `observation_note` VARCHAR(255) NOT NULL,
  `state` VARCHAR(40) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `acceptability_threshold` DOUBLE NOT NULL,
  `request_group_id` INT NOT NULL,
  `extra_params` JSON NOT NULL,
  `configuration_repeats` INT NOT NULL,
  `optimization_type` VARCHAR(40) NOT NULL,
  `suspend_until` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `requestgroups_reques_request_group_id_155b7cdf_fk_requestgr` FOREIGN KEY (`request_group_id`) REFERENCES `requestgroups_requestgroup` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `observations_observation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `site` VARCHAR(10) NOT NULL,
  `enclosure` VARCHAR(10) NOT NULL,
  `telescope` VARCHAR(10) NOT NULL,
  `start` DATETIME(6) NOT NULL,
  `end` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `state` VARCHAR(40) NOT NULL,
  `request_id` INT NOT NULL,
  `priority` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `observations_observa_request_id_6ab39202_fk_requestgr` FOREIGN KEY (`request_id`) REFERENCES `requestgroups_request` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestgroups_configuration` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `instrument_type` VARCHAR(255) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `extra_params` JSON NOT NULL,
  `priority` INT NOT NULL,
  `request_id` INT NOT NULL,
  `repeat_duration` DOUBLE,
  PRIMARY KEY (`id`),
  CONSTRAINT `requestgroups_config_request_id_c2c973e1_fk_requestgr` FOREIGN KEY (`request_id`) REFERENCES `requestgroups_request` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `observations_configurationstatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `instrument_name` VARCHAR(255) NOT NULL,
  `guide_camera_name` VARCHAR(255) NOT NULL,
  `state` VARCHAR(40) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `configuration_id` INT,
  `observation_id` INT NOT NULL,
  `time_charged` DOUBLE NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `observations_configu_configuration_id_b92bc68c_fk_requestgr` FOREIGN KEY (`configuration_id`) REFERENCES `requestgroups_configuration` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `observations_configu_observation_id_26040bfd_fk_observati` FOREIGN KEY (`observation_id`) REFERENCES `observations_observation` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `observations_summary` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `start` DATETIME(6) NOT NULL,
  `end` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `state` VARCHAR(50) NOT NULL,
  `reason` VARCHAR(200) NOT NULL,
  `time_completed` DOUBLE NOT NULL,
  `events` JSON NOT NULL,
  `configuration_status_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `observations_summary_configuration_status_id_key` (`configuration_status_id`),
  CONSTRAINT `observations_summary_configuration_status_ce85068b_fk_observati` FOREIGN KEY (`configuration_status_id`) REFERENCES `observations_configurationstatus` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestgroups_acquisitionconfig` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mode` VARCHAR(50) NOT NULL,
  `extra_params` JSON NOT NULL,
  `configuration_id` INT NOT NULL,
  `exposure_time` DOUBLE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `requestgroups_acquisitionconfig_configuration_id_key` (`configuration_id`),
  CONSTRAINT `requestgroups_acquis_configuration_id_44043f52_fk_requestgr` FOREIGN KEY (`configuration_id`) REFERENCES `requestgroups_configuration` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestgroups_constraints` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `max_airmass` DOUBLE NOT NULL,
  `min_lunar_distance` DOUBLE NOT NULL,
  `max_lunar_phase` DOUBLE NOT NULL,
  `max_seeing` DOUBLE,
  `min_transparency` DOUBLE,
  `extra_params` JSON NOT NULL,
  `configuration_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `requestgroups_constraints_configuration_id_key` (`configuration_id`),
  CONSTRAINT `requestgroups_constr_configuration_id_04e21d10_fk_requestgr` FOREIGN KEY (`configuration_id`) REFERENCES `requestgroups_configuration` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestgroups_guidingconfig` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mode` VARCHAR(50) NOT NULL,
  `optical_elements` JSON NOT NULL,
  `exposure_time` DOUBLE,
  `extra_params` JSON NOT NULL,
  `configuration_id` INT NOT NULL,
  `optional` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `requestgroups_guidingconfig_configuration_id_key` (`configuration_id`),
  CONSTRAINT `requestgroups_guidin_configuration_id_47caeae2_fk_requestgr` FOREIGN KEY (`configuration_id`) REFERENCES `requestgroups_configuration` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestgroups_instrumentconfig` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `optical_elements` JSON NOT NULL,
  `mode` VARCHAR(50) NOT NULL,
  `exposure_time` DOUBLE NOT NULL,
  `exposure_count` INT NOT NULL,
  `rotator_mode` VARCHAR(50) NOT NULL,
  `extra_params` JSON NOT NULL,
  `configuration_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `requestgroups_instru_configuration_id_a988595c_fk_requestgr` FOREIGN KEY (`configuration_id`) REFERENCES `requestgroups_configuration` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestgroups_location` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `telescope_class` VARCHAR(20) NOT NULL,
  `site` VARCHAR(20) NOT NULL,
  `enclosure` VARCHAR(20) NOT NULL,
  `telescope` VARCHAR(20) NOT NULL,
  `request_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `requestgroups_location_request_id_key` (`request_id`),
  CONSTRAINT `requestgroups_locati_request_id_55bd18f9_fk_requestgr` FOREIGN KEY (`request_id`) REFERENCES `requestgroups_request` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestgroups_regionofinterest` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `x1` INT,
  `x2` INT,
  `y1` INT,
  `y2` INT,
  `instrument_config_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `requestgroups_region_instrument_config_id_67d65870_fk_requestgr` FOREIGN KEY (`instrument_config_id`) REFERENCES `requestgroups_instrumentconfig` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestgroups_target` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `hour_angle` DOUBLE,
  `ra` DOUBLE,
  `dec` DOUBLE,
  `altitude` DOUBLE,
  `azimuth` DOUBLE,
  `proper_motion_ra` DOUBLE,
  `proper_motion_dec` DOUBLE,
  `epoch` DOUBLE,
  `parallax` DOUBLE,
  `scheme` VARCHAR(50) NOT NULL,
  `epochofel` DOUBLE,
  `orbinc` DOUBLE,
  `longascnode` DOUBLE,
  `longofperih` DOUBLE,
  `argofperih` DOUBLE,
  `meandist` DOUBLE,
  `perihdist` DOUBLE,
  `eccentricity` DOUBLE,
  `meanlong` DOUBLE,
  `meananom` DOUBLE,
  `dailymot` DOUBLE,
  `epochofperih` DOUBLE,
  `extra_params` JSON NOT NULL,
  `configuration_id` INT NOT NULL,
  `diff_altitude_acceleration` DOUBLE,
  `diff_altitude_rate` DOUBLE,
  `diff_azimuth_acceleration` DOUBLE,
  `diff_azimuth_rate` DOUBLE,
  `diff_epoch` DOUBLE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `requestgroups_target_configuration_id_key` (`configuration_id`),
  CONSTRAINT `requestgroups_target_configuration_id_1657c77e_fk_requestgr` FOREIGN KEY (`configuration_id`) REFERENCES `requestgroups_configuration` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestgroups_window` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `start` DATETIME(6) NOT NULL,
  `end` DATETIME(6) NOT NULL,
  `request_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `requestgroups_window_request_id_e57d0141_fk_requestgr` FOREIGN KEY (`request_id`) REFERENCES `requestgroups_request` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sciapplications_call` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `opens` DATETIME(6) NOT NULL,
  `deadline` DATETIME(6) NOT NULL,
  `call_url` VARCHAR(200) NOT NULL,
  `proposal_type` VARCHAR(5) NOT NULL,
  `eligibility` TEXT NOT NULL,
  `eligibility_short` TEXT NOT NULL,
  `semester_id` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sciapplications_call_semester_id_c10dbd0c_fk_proposals` FOREIGN KEY (`semester_id`) REFERENCES `proposals_semester` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sciapplications_instrument` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(50) NOT NULL,
  `display` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sciapplications_call_instruments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `call_id` INT NOT NULL,
  `instrument_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sciapplications_call_ins_call_id_instrument_id_aa91f4b2_uniq` (`call_id`, `instrument_id`),
  CONSTRAINT `sciapplications_call_call_id_47f3b909_fk_sciapplic` FOREIGN KEY (`call_id`) REFERENCES `sciapplications_call` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sciapplications_call_instrument_id_0f371d5c_fk_sciapplic` FOREIGN KEY (`instrument_id`) REFERENCES `sciapplications_instrument` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sciapplications_reviewpanel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `is_admin` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sciapplications_reviewpanelmembership` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `review_panel_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sciapplications_revi_review_panel_id_1181ba94_fk_sciapplic` FOREIGN KEY (`review_panel_id`) REFERENCES `sciapplications_reviewpanel` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sciapplications_revi_user_id_e59193c4_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sciapplications_scienceapplication` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(200) NOT NULL,
  `abstract` TEXT NOT NULL,
  `pi` VARCHAR(254) NOT NULL,
  `pi_first_name` VARCHAR(255) NOT NULL,
  `pi_last_name` VARCHAR(255) NOT NULL,
  `pi_institution` VARCHAR(255) NOT NULL,
  `status` VARCHAR(50) NOT NULL,
  `tac_rank` INT NOT NULL,
  `tac_priority` INT NOT NULL,
  `pdf` VARCHAR(100),
  `notes` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `submitted` DATETIME(6),
  `call_id` INT NOT NULL,
  `proposal_id` VARCHAR(255),
  `submitter_id` INT NOT NULL,
  `tags` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sciapplications_scie_call_id_19a7c7b6_fk_sciapplic` FOREIGN KEY (`call_id`) REFERENCES `sciapplications_call` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sciapplications_scie_proposal_id_0fa90ae1_fk_proposals` FOREIGN KEY (`proposal_id`) REFERENCES `proposals_proposal` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sciapplications_scie_submitter_id_7db7f080_fk_auth_user` FOREIGN KEY (`submitter_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sciapplications_coinvestigator` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(254) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `institution` VARCHAR(255) NOT NULL,
  `science_application_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sciapplications_coin_science_application__781c0745_fk_sciapplic` FOREIGN KEY (`science_application_id`) REFERENCES `sciapplications_scienceapplication` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sciapplications_scienceapplicationreview` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `science_category` VARCHAR(255) NOT NULL,
  `technical_review` TEXT NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `summary` TEXT NOT NULL,
  `mean_grade` DECIMAL(4,2),
  `primary_reviewer_id` INT NOT NULL,
  `review_panel_id` INT NOT NULL,
  `science_application_id` INT NOT NULL,
  `secondary_reviewer_id` INT NOT NULL,
  `pdf` VARCHAR(100),
  `accepted_priority` VARCHAR(255) NOT NULL,
  `submitter_notified` DATETIME(6),
  `secondary_notes` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sciapplications_scienceapplicationre_science_application_id_key` (`science_application_id`),
  CONSTRAINT `sciapplications_scie_primary_reviewer_id_bfabeefa_fk_auth_user` FOREIGN KEY (`primary_reviewer_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sciapplications_scie_review_panel_id_aaadd2b8_fk_sciapplic` FOREIGN KEY (`review_panel_id`) REFERENCES `sciapplications_reviewpanel` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sciapplications_scie_science_application__64f7cd82_fk_sciapplic` FOREIGN KEY (`science_application_id`) REFERENCES `sciapplications_scienceapplication` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sciapplications_scie_secondary_reviewer_i_87059933_fk_auth_user` FOREIGN KEY (`secondary_reviewer_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sciapplications_scienceapplicationuserreview` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `comments` TEXT NOT NULL,
  `finished` TINYINT(1) NOT NULL,
  `grade` DECIMAL(4,2),
  `reviewer_id` INT NOT NULL,
  `science_application_review_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sciapplications_scienceapplicationuserreview_primary_key` (`science_application_review_id`, `reviewer_id`),
  CONSTRAINT `sciapplications_scie_reviewer_id_5ca4c882_fk_auth_user` FOREIGN KEY (`reviewer_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sciapplications_scie_science_application__55e9d64e_fk_sciapplic` FOREIGN KEY (`science_application_review_id`) REFERENCES `sciapplications_scienceapplicationreview` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sciapplications_timerequest` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `std_time` INT NOT NULL,
  `rr_time` INT NOT NULL,
  `tc_time` INT NOT NULL,
  `approved` TINYINT(1) NOT NULL,
  `science_application_id` INT NOT NULL,
  `semester_id` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sciapplications_time_science_application__7e55d6c3_fk_sciapplic` FOREIGN KEY (`science_application_id`) REFERENCES `sciapplications_scienceapplication` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sciapplications_time_semester_id_2a93b6ae_fk_proposals` FOREIGN KEY (`semester_id`) REFERENCES `proposals_semester` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sciapplications_timerequest_instrument_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `timerequest_id` INT NOT NULL,
  `instrument_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sciapplications_timerequ_timerequest_id_instrumen_63b065f4_uniq` (`timerequest_id`, `instrument_id`),
  CONSTRAINT `sciapplications_time_instrument_id_7a8245a9_fk_sciapplic` FOREIGN KEY (`instrument_id`) REFERENCES `sciapplications_instrument` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `sciapplications_time_timerequest_id_4c5b55e1_fk_sciapplic` FOREIGN KEY (`timerequest_id`) REFERENCES `sciapplications_timerequest` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_accesstoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL,
  `expires` DATETIME(6) NOT NULL,
  `scope` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `application_id` BIGINT,
  `source_refresh_token_id` BIGINT,
  `user_id` INT,
  `id_token_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_accesstoken_id_token_id_key` (`id_token_id`),
  UNIQUE KEY `oauth2_provider_accesstoken_source_refresh_token_id_key` (`source_refresh_token_id`),
  UNIQUE KEY `oauth2_provider_accesstoken_token_key` (`token`),
  CONSTRAINT `oauth2_provider_acce_application_id_b22886e1_fk_oauth2_pr` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `oauth2_provider_acce_id_token_id_85db651b_fk_oauth2_pr` FOREIGN KEY (`id_token_id`) REFERENCES `oauth2_provider_idtoken` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `oauth2_provider_accesstoken_user_id_6e4c9a65_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_refreshtoken` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `revoked` DATETIME(6),
  `access_token_id` BIGINT,
  `application_id` BIGINT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_refreshtoken_access_token_id_key` (`access_token_id`),
  UNIQUE KEY `oauth2_provider_refreshtoken_token_revoked_af8a5134_uniq` (`token`, `revoked`),
  CONSTRAINT `oauth2_provider_refr_access_token_id_775e84e8_fk_oauth2_pr` FOREIGN KEY (`access_token_id`) REFERENCES `oauth2_provider_accesstoken` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `oauth2_provider_refr_application_id_2d1c311b_fk_oauth2_pr` FOREIGN KEY (`application_id`) REFERENCES `oauth2_provider_application` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `oauth2_provider_refreshtoken_user_id_da837fce_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `oauth2_provider_accesstoken` ADD CONSTRAINT `oauth2_provider_acce_source_refresh_token_e66fbc72_fk_oauth2_pr` FOREIGN KEY (`source_refresh_token_id`) REFERENCES `oauth2_provider_refreshtoken` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION;
