-- Perma.cc: see perma.md for how this DDL was made.

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accessattempt` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` char(39) NULL,
  `username` varchar(255) NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `get_data` longtext NOT NULL,
  `post_data` longtext NOT NULL,
  `failures_since_start` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq` (`username`, `ip_address`, `user_agent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accesslog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` char(39) NULL,
  `username` varchar(255) NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `logout_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_registrar` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(400) NOT NULL,
  `email` varchar(254) NOT NULL,
  `website` varchar(500) NOT NULL,
  `date_created` datetime(6) NULL,
  `link_count` int NOT NULL,
  `status` varchar(20) NOT NULL,
  `address` varchar(500) NULL,
  `cached_subscription_status` varchar(50) NULL,
  `base_rate` decimal(19,2) NOT NULL,
  `nonpaying` tinyint(1) NOT NULL,
  `cached_paid_through` datetime(6) NULL,
  `link_limit` int NOT NULL,
  `link_limit_period` varchar(8) NOT NULL,
  `unlimited` tinyint(1) NOT NULL,
  `cached_subscription_rate` decimal(19,2) NULL,
  `in_trial` tinyint(1) NOT NULL,
  `cached_subscription_started` datetime(6) NULL,
  `orgs_private_by_default` tinyint(1) NOT NULL,
  `bonus_links` int NULL,
  `manual_sort_order` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_organization` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_deleted` tinyint(1) NOT NULL,
  `user_deleted_timestamp` datetime(6) NULL,
  `name` varchar(400) NOT NULL,
  `date_created` datetime(6) NULL,
  `default_to_private` tinyint(1) NOT NULL,
  `registrar_id` int NULL,
  `link_count` int NOT NULL,
  `shared_folder_id` int NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perma_organization_shared_folder_id_key` (`shared_folder_id`),
  CONSTRAINT `perma_organization_registrar_id_08ce345c_fk_perma_registrar_id` FOREIGN KEY (`registrar_id`) REFERENCES `perma_registrar` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_folder` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `creation_timestamp` datetime(6) NOT NULL,
  `is_shared_folder` tinyint(1) NOT NULL,
  `is_root_folder` tinyint(1) NOT NULL,
  `created_by_id` int NULL,
  `organization_id` int NULL,
  `owned_by_id` int NULL,
  `parent_id` int NULL,
  `is_sponsored_root_folder` tinyint(1) NOT NULL,
  `read_only` tinyint(1) NOT NULL,
  `sponsored_by_id` int NULL,
  `cached_path` longtext NOT NULL,
  `cached_has_children` tinyint(1) NOT NULL,
  `tree_root_id` int NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `perma_folder_organization_id_68f9c12f_fk_perma_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `perma_organization` (`id`),
  CONSTRAINT `perma_folder_parent_id_8cba8e95_fk_perma_folder_id` FOREIGN KEY (`parent_id`) REFERENCES `perma_folder` (`id`),
  CONSTRAINT `perma_folder_sponsored_by_id_0328a0ef_fk_perma_registrar_id` FOREIGN KEY (`sponsored_by_id`) REFERENCES `perma_registrar` (`id`),
  CONSTRAINT `perma_folder_tree_root_id_4f7e1229_fk_perma_folder_id` FOREIGN KEY (`tree_root_id`) REFERENCES `perma_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_linkuser` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `email` varchar(255) NOT NULL,
  `pending_registrar_id` int NULL,
  `is_active` tinyint(1) NOT NULL,
  `is_confirmed` tinyint(1) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `first_name` varchar(45) NOT NULL,
  `last_name` varchar(45) NOT NULL,
  `requested_account_type` varchar(45) NULL,
  `requested_account_note` varchar(45) NULL,
  `registrar_id` int NULL,
  `link_count` int NOT NULL,
  `link_limit` int NOT NULL,
  `cached_paid_through` datetime(6) NULL,
  `cached_subscription_status` varchar(50) NULL,
  `base_rate` decimal(19,2) NOT NULL,
  `nonpaying` tinyint(1) NOT NULL,
  `link_limit_period` varchar(8) NOT NULL,
  `unlimited` tinyint(1) NOT NULL,
  `notes` longtext NOT NULL,
  `cached_subscription_rate` decimal(19,2) NULL,
  `in_trial` tinyint(1) NOT NULL,
  `cached_subscription_started` datetime(6) NULL,
  `bonus_links` int NULL,
  `sponsored_root_folder_id` int NULL,
  `root_folder_id` int NULL,
  `raw_email` varchar(255) NULL,
  `is_superuser` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perma_linkuser_email_key` (`email`),
  UNIQUE KEY `perma_linkuser_root_folder_id_key` (`root_folder_id`),
  UNIQUE KEY `perma_linkuser_sponsored_root_folder_id_key` (`sponsored_root_folder_id`),
  CONSTRAINT `perma_linkuser_pending_registrar_id_19eab8c4_fk_perma_reg` FOREIGN KEY (`pending_registrar_id`) REFERENCES `perma_registrar` (`id`),
  CONSTRAINT `perma_linkuser_registrar_id_bb68693b_fk_perma_registrar_id` FOREIGN KEY (`registrar_id`) REFERENCES `perma_registrar` (`id`),
  CONSTRAINT `perma_linkuser_root_folder_id_84acaf60_fk_perma_folder_id` FOREIGN KEY (`root_folder_id`) REFERENCES `perma_folder` (`id`),
  CONSTRAINT `perma_linkuser_sponsored_root_folde_4c6dce20_fk_perma_fol` FOREIGN KEY (`sponsored_root_folder_id`) REFERENCES `perma_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_perma_linkuser_id` FOREIGN KEY (`user_id`) REFERENCES `perma_linkuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_apikey` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(128) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perma_apikey_user_id_key` (`user_id`),
  CONSTRAINT `perma_apikey_user_id_9a2e60cd_fk_perma_linkuser_id` FOREIGN KEY (`user_id`) REFERENCES `perma_linkuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_link` (
  `user_deleted` tinyint(1) NOT NULL,
  `user_deleted_timestamp` datetime(6) NULL,
  `guid` varchar(255) NOT NULL,
  `submitted_url` varchar(2100) NOT NULL,
  `creation_timestamp` datetime(6) NOT NULL,
  `submitted_title` varchar(2100) NOT NULL,
  `notes` longtext NOT NULL,
  `is_private` tinyint(1) NOT NULL,
  `private_reason` varchar(10) NULL,
  `is_unlisted` tinyint(1) NOT NULL,
  `archive_timestamp` datetime(6) NULL,
  `created_by_id` int NULL,
  `organization_id` int NULL,
  `warc_size` int NULL,
  `internet_archive_upload_status` varchar(28) NOT NULL,
  `replacement_link_id` varchar(255) NULL,
  `submitted_description` varchar(300) NULL,
  `submitted_url_surt` varchar(2100) NULL,
  `cached_can_play_back` tinyint(1) NULL,
  `bonus_link` tinyint(1) NULL,
  `default_to_screenshot_view` tinyint(1) NOT NULL,
  `captured_by_software` varchar(255) NOT NULL,
  `captured_by_browser` varchar(255) NULL,
  `wacz_size` int NULL,
  PRIMARY KEY (`guid`),
  CONSTRAINT `perma_link_created_by_id_95ce1ebe_fk_perma_linkuser_id` FOREIGN KEY (`created_by_id`) REFERENCES `perma_linkuser` (`id`),
  CONSTRAINT `perma_link_organization_id_6ef8f08f_fk_perma_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `perma_organization` (`id`),
  CONSTRAINT `perma_link_replacement_link_id_bfb95319_fk_perma_link_guid` FOREIGN KEY (`replacement_link_id`) REFERENCES `perma_link` (`guid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_capture` (
  `id` int NOT NULL AUTO_INCREMENT,
  `role` varchar(18) NOT NULL,
  `status` varchar(10) NOT NULL,
  `url` varchar(2100) NULL,
  `record_type` varchar(10) NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `user_upload` tinyint(1) NOT NULL,
  `link_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `perma_capture_link_id_bfbd27e1_fk_perma_link_guid` FOREIGN KEY (`link_id`) REFERENCES `perma_link` (`guid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_linkbatch` (
  `id` int NOT NULL AUTO_INCREMENT,
  `started_on` datetime(6) NOT NULL,
  `created_by_id` int NOT NULL,
  `target_folder_id` int NOT NULL,
  `cached_capture_job_count` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `perma_linkbatch_created_by_id_f5908521_fk_perma_linkuser_id` FOREIGN KEY (`created_by_id`) REFERENCES `perma_linkuser` (`id`),
  CONSTRAINT `perma_linkbatch_target_folder_id_8b403a0c_fk_perma_folder_id` FOREIGN KEY (`target_folder_id`) REFERENCES `perma_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_capturejob` (
  `id` int NOT NULL AUTO_INCREMENT,
  `status` varchar(15) NOT NULL,
  `human` tinyint(1) NOT NULL,
  `attempt` smallint NOT NULL,
  `step_count` double NOT NULL,
  `step_description` varchar(255) NULL,
  `capture_start_time` datetime(6) NULL,
  `capture_end_time` datetime(6) NULL,
  `link_id` varchar(255) NULL,
  `order` double NOT NULL,
  `submitted_url` varchar(2100) NOT NULL,
  `link_batch_id` int NULL,
  `message` longtext NULL,
  `created_by_id` int NOT NULL,
  `superseded` tinyint(1) NOT NULL,
  `engine` varchar(255) NOT NULL,
  `scoop_end_time` datetime(6) NULL,
  `scoop_start_time` datetime(6) NULL,
  `scoop_logs` json NULL,
  `scoop_state` varchar(255) NULL,
  `scoop_job_id` varchar(255) NULL,
  `archive_formats` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perma_capturejob_link_id_key` (`link_id`),
  CONSTRAINT `perma_capturejob_created_by_id_28ab42a6_fk_perma_linkuser_id` FOREIGN KEY (`created_by_id`) REFERENCES `perma_linkuser` (`id`),
  CONSTRAINT `perma_capturejob_link_batch_id_376ac3f7_fk_perma_linkbatch_id` FOREIGN KEY (`link_batch_id`) REFERENCES `perma_linkbatch` (`id`),
  CONSTRAINT `perma_capturejob_link_id_2afe3fea_fk_perma_link_guid` FOREIGN KEY (`link_id`) REFERENCES `perma_link` (`guid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggit_tag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `taggit_tag_name_key` (`name`),
  UNIQUE KEY `taggit_tag_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_genericstringtaggeditem` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_id` varchar(50) NOT NULL,
  `content_type_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `perma_genericstringt_content_type_id_7808e6af_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `perma_genericstringtaggeditem_tag_id_859dfb15_fk_taggit_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_historicallink` (
  `user_deleted` tinyint(1) NOT NULL,
  `user_deleted_timestamp` datetime(6) NULL,
  `guid` varchar(255) NOT NULL,
  `submitted_url` varchar(2100) NOT NULL,
  `submitted_url_surt` varchar(2100) NULL,
  `creation_timestamp` datetime(6) NOT NULL,
  `submitted_title` varchar(2100) NOT NULL,
  `submitted_description` varchar(300) NULL,
  `notes` longtext NOT NULL,
  `bonus_link` tinyint(1) NULL,
  `warc_size` int NULL,
  `cached_can_play_back` tinyint(1) NULL,
  `is_private` tinyint(1) NOT NULL,
  `private_reason` varchar(10) NULL,
  `is_unlisted` tinyint(1) NOT NULL,
  `archive_timestamp` datetime(6) NULL,
  `internet_archive_upload_status` varchar(28) NOT NULL,
  `history_id` int NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `created_by_id` int NULL,
  `history_user_id` int NULL,
  `organization_id` int NULL,
  `replacement_link_id` varchar(255) NULL,
  `default_to_screenshot_view` tinyint(1) NOT NULL,
  `captured_by_software` varchar(255) NOT NULL,
  `captured_by_browser` varchar(255) NULL,
  `wacz_size` int NULL,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `perma_historicallink_history_user_id_8f9da060_fk_perma_lin` FOREIGN KEY (`history_user_id`) REFERENCES `perma_linkuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_historicallinkuser` (
  `id` int NOT NULL,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `email` varchar(255) NOT NULL,
  `pending_registrar_id` int NULL,
  `is_active` tinyint(1) NOT NULL,
  `is_confirmed` tinyint(1) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `first_name` varchar(45) NOT NULL,
  `last_name` varchar(45) NOT NULL,
  `requested_account_type` varchar(45) NULL,
  `requested_account_note` varchar(45) NULL,
  `history_id` int NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int NULL,
  `registrar_id` int NULL,
  `root_folder_id` int NULL,
  `link_count` int NOT NULL,
  `link_limit` int NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `notes` longtext NOT NULL,
  `cached_paid_through` datetime(6) NULL,
  `cached_subscription_status` varchar(50) NULL,
  `base_rate` decimal(19,2) NOT NULL,
  `nonpaying` tinyint(1) NOT NULL,
  `link_limit_period` varchar(8) NOT NULL,
  `unlimited` tinyint(1) NOT NULL,
  `cached_subscription_rate` decimal(19,2) NULL,
  `in_trial` tinyint(1) NOT NULL,
  `cached_subscription_started` datetime(6) NULL,
  `sponsored_root_folder_id` int NULL,
  `bonus_links` int NULL,
  `raw_email` varchar(255) NULL,
  `is_superuser` tinyint(1) NOT NULL,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `perma_historicallink_history_user_id_98f8158a_fk_perma_lin` FOREIGN KEY (`history_user_id`) REFERENCES `perma_linkuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_historicalorganization` (
  `id` int NOT NULL,
  `user_deleted` tinyint(1) NOT NULL,
  `user_deleted_timestamp` datetime(6) NULL,
  `name` varchar(400) NOT NULL,
  `date_created` datetime(6) NULL,
  `default_to_private` tinyint(1) NOT NULL,
  `history_id` int NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int NULL,
  `registrar_id` int NULL,
  `shared_folder_id` int NULL,
  `link_count` int NOT NULL,
  `history_change_reason` varchar(100) NULL,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `perma_historicalorga_history_user_id_227b3d3b_fk_perma_lin` FOREIGN KEY (`history_user_id`) REFERENCES `perma_linkuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_historicalregistrar` (
  `id` int NOT NULL,
  `name` varchar(400) NOT NULL,
  `email` varchar(254) NOT NULL,
  `website` varchar(500) NOT NULL,
  `date_created` datetime(6) NULL,
  `history_id` int NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int NULL,
  `link_count` int NOT NULL,
  `status` varchar(20) NOT NULL,
  `address` varchar(500) NULL,
  `cached_subscription_status` varchar(50) NULL,
  `base_rate` decimal(19,2) NOT NULL,
  `nonpaying` tinyint(1) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `cached_paid_through` datetime(6) NULL,
  `link_limit` int NOT NULL,
  `link_limit_period` varchar(8) NOT NULL,
  `unlimited` tinyint(1) NOT NULL,
  `cached_subscription_rate` decimal(19,2) NULL,
  `in_trial` tinyint(1) NOT NULL,
  `cached_subscription_started` datetime(6) NULL,
  `orgs_private_by_default` tinyint(1) NOT NULL,
  `bonus_links` int NULL,
  `manual_sort_order` int NOT NULL,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `perma_historicalregi_history_user_id_8ab6540c_fk_perma_lin` FOREIGN KEY (`history_user_id`) REFERENCES `perma_linkuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_internetarchiveitem` (
  `identifier` varchar(100) NOT NULL,
  `added_date` datetime(6) NULL,
  `span` varchar(100) NOT NULL,
  `cached_file_count` int NULL,
  `cached_title` longtext NULL,
  `cached_description` longtext NULL,
  `complete` tinyint(1) NOT NULL,
  `last_derived` datetime(6) NULL,
  `derive_required` tinyint(1) NOT NULL,
  `cached_is_dark` tinyint(1) NOT NULL,
  `tasks_in_progress` int NOT NULL,
  `confirmed_exists` tinyint(1) NOT NULL,
  PRIMARY KEY (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_internetarchivefile` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cached_size` int NULL,
  `cached_title` longtext NULL,
  `cached_comments` longtext NULL,
  `cached_external_identifier` longtext NULL,
  `cached_external_identifier_match_date` longtext NULL,
  `cached_format` longtext NULL,
  `cached_submitted_url` longtext NULL,
  `cached_perma_url` longtext NULL,
  `item_id` varchar(100) NOT NULL,
  `link_id` varchar(255) NOT NULL,
  `status` varchar(19) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perma_internetarchivefile_link_id_item_id_7973ce8b_uniq` (`link_id`, `item_id`),
  CONSTRAINT `perma_internetarchiv_item_id_1e0002ff_fk_perma_int` FOREIGN KEY (`item_id`) REFERENCES `perma_internetarchiveitem` (`identifier`),
  CONSTRAINT `perma_internetarchivefile_link_id_863fd915_fk_perma_link_guid` FOREIGN KEY (`link_id`) REFERENCES `perma_link` (`guid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_link_folders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `link_id` varchar(255) NOT NULL,
  `folder_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perma_link_folders_link_id_folder_id_8962dceb_uniq` (`link_id`, `folder_id`),
  CONSTRAINT `perma_link_folders_folder_id_d047e1b1_fk_perma_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `perma_folder` (`id`),
  CONSTRAINT `perma_link_folders_link_id_202bf738_fk_perma_link_guid` FOREIGN KEY (`link_id`) REFERENCES `perma_link` (`guid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_linkuser_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `linkuser_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perma_linkuser_groups_linkuser_id_group_id_b9d51211_uniq` (`linkuser_id`, `group_id`),
  CONSTRAINT `perma_linkuser_groups_group_id_efa1c17c_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `perma_linkuser_groups_linkuser_id_56e0bf46_fk_perma_linkuser_id` FOREIGN KEY (`linkuser_id`) REFERENCES `perma_linkuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_linkuser_organizations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `linkuser_id` int NOT NULL,
  `organization_id` int NOT NULL,
  `expires_at` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perma_linkuser_organizat_linkuser_id_organization_9e7973b3_uniq` (`linkuser_id`, `organization_id`),
  UNIQUE KEY `unique_affiliation` (`organization_id`, `linkuser_id`),
  CONSTRAINT `perma_linkuser_organ_linkuser_id_265dbc86_fk_perma_lin` FOREIGN KEY (`linkuser_id`) REFERENCES `perma_linkuser` (`id`),
  CONSTRAINT `perma_linkuser_organ_organization_id_b2be4a6c_fk_perma_org` FOREIGN KEY (`organization_id`) REFERENCES `perma_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_linkuser_user_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `linkuser_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perma_linkuser_user_perm_linkuser_id_permission_i_15c756df_uniq` (`linkuser_id`, `permission_id`),
  CONSTRAINT `perma_linkuser_user__linkuser_id_729ebdff_fk_perma_lin` FOREIGN KEY (`linkuser_id`) REFERENCES `perma_linkuser` (`id`),
  CONSTRAINT `perma_linkuser_user__permission_id_d1c5b0ff_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perma_sponsorship` (
  `id` int NOT NULL AUTO_INCREMENT,
  `status` varchar(10) NULL,
  `status_changed` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `created_by_id` int NOT NULL,
  `registrar_id` int NOT NULL,
  `user_id` int NOT NULL,
  `expires_at` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_sponsorship` (`registrar_id`, `user_id`),
  CONSTRAINT `perma_sponsorship_created_by_id_837d3014_fk_perma_linkuser_id` FOREIGN KEY (`created_by_id`) REFERENCES `perma_linkuser` (`id`),
  CONSTRAINT `perma_sponsorship_registrar_id_99baf64f_fk_perma_registrar_id` FOREIGN KEY (`registrar_id`) REFERENCES `perma_registrar` (`id`),
  CONSTRAINT `perma_sponsorship_user_id_a83fd48c_fk_perma_linkuser_id` FOREIGN KEY (`user_id`) REFERENCES `perma_linkuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggit_taggeditem` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_id` int NOT NULL,
  `content_type_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `taggit_taggeditem_content_type_id_object_id_tag_id_4bb97a8e_uni` (`content_type_id`, `object_id`, `tag_id`),
  CONSTRAINT `taggit_taggeditem_content_type_id_9957a03c_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `taggit_taggeditem_tag_id_f4f5b767_fk_taggit_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_flag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `everyone` tinyint(1) NULL,
  `percent` decimal(3,1) NULL,
  `testing` tinyint(1) NOT NULL,
  `superusers` tinyint(1) NOT NULL,
  `staff` tinyint(1) NOT NULL,
  `authenticated` tinyint(1) NOT NULL,
  `languages` longtext NOT NULL,
  `rollout` tinyint(1) NOT NULL,
  `note` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_flag_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_flag_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `flag_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_flag_groups_flag_id_group_id_8ba0c71b_uniq` (`flag_id`, `group_id`),
  CONSTRAINT `waffle_flag_groups_flag_id_c11c0c05_fk_waffle_flag_id` FOREIGN KEY (`flag_id`) REFERENCES `waffle_flag` (`id`),
  CONSTRAINT `waffle_flag_groups_group_id_a97c4f66_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_flag_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `flag_id` int NOT NULL,
  `linkuser_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_flag_users_flag_id_linkuser_id_f1415a23_uniq` (`flag_id`, `linkuser_id`),
  CONSTRAINT `waffle_flag_users_flag_id_833c37b0_fk_waffle_flag_id` FOREIGN KEY (`flag_id`) REFERENCES `waffle_flag` (`id`),
  CONSTRAINT `waffle_flag_users_linkuser_id_7b3a6b39_fk_perma_linkuser_id` FOREIGN KEY (`linkuser_id`) REFERENCES `perma_linkuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_sample` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `percent` decimal(4,1) NOT NULL,
  `note` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_sample_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_switch` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `note` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_switch_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `perma_organization` ADD CONSTRAINT `perma_organization_shared_folder_id_a5ab9036_fk_perma_folder_id` FOREIGN KEY (`shared_folder_id`) REFERENCES `perma_folder` (`id`);
ALTER TABLE `perma_folder` ADD CONSTRAINT `perma_folder_created_by_id_52c849a7_fk_perma_linkuser_id` FOREIGN KEY (`created_by_id`) REFERENCES `perma_linkuser` (`id`);
ALTER TABLE `perma_folder` ADD CONSTRAINT `perma_folder_owned_by_id_fabda8d2_fk_perma_linkuser_id` FOREIGN KEY (`owned_by_id`) REFERENCES `perma_linkuser` (`id`);
