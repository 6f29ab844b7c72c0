-- Mosquito Alert (CEAB-CSIC, CREAF, UPF and ICREA; citizen-science mosquito surveillance: app users' adult-mosquito,
-- bite and breeding-site reports with photos, background location fixes, expert identification, notifications)
-- Source: github.com/Mosquito-Alert/mosquito_alert mosquito_alert/*/migrations/*.py (42 Django 4.2 migrations),
-- commit b6cc275c93819e47b63361b45106ab0e78a787b1, GPL-3.0-or-later (LICENSE.md).
-- Made by replaying the migrations' operations (CreateModel, AddField, RemoveField, AlterField, RenameField, RenameModel,
-- DeleteModel, AddConstraint) in order of their dependencies with a small interpreter (Django not run; RunPython data steps,
-- indexes and CHECK constraints skipped, conditional unique constraints left out) and writing the final state as Django's
-- MySQL backend names and types columns (FK columns <name>_id, AutoField INT AUTO_INCREMENT, TextField LONGTEXT,
-- DateTimeField DATETIME(6), UUIDField CHAR(32), BooleanField TINYINT(1), PostGIS Point/MultiPolygon GEOMETRY; foreign keys
-- declared unless db_constraint=False; automatic many-to-many tables). Tables of other apps the migrations refer to are
-- written from their own migrations: auth_user, auth_group, auth_user_groups (Django 4.2 contrib.auth),
-- django_content_type (contrib.contenttypes), taggit_tag (django-taggit 4.0). All 42 resulting tables kept.

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB;

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_uniq` (`name`)
) ENGINE=InnoDB;

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
  UNIQUE KEY `auth_user_username_uniq` (`username`)
) ENGINE=InnoDB;

CREATE TABLE `auth_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_groups_group_id_fk` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `taggit_tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `slug` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `taggit_tag_name_uniq` (`name`),
  UNIQUE KEY `taggit_tag_slug_uniq` (`slug`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_awardcategory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `category_label` LONGTEXT NOT NULL,
  `xp_points` INT NOT NULL,
  `category_long_description` LONGTEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_tigauser` (
  `last_login` DATETIME(6),
  `password` VARCHAR(128) NOT NULL,
  `user_UUID` VARCHAR(36) NOT NULL,
  `registration_time` DATETIME(6) NOT NULL,
  `score` INT NOT NULL,
  `score_v2` INT NOT NULL,
  `score_v2_adult` INT NOT NULL,
  `score_v2_bite` INT NOT NULL,
  `score_v2_site` INT NOT NULL,
  `score_v2_struct` JSON,
  `last_score_update` DATETIME(6),
  `last_location` GEOMETRY,
  `last_location_update` DATETIME(6),
  `locale` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`user_UUID`)
) ENGINE=InnoDB;

CREATE TABLE `lau_rg_01m_2018_4326` (
  `gid` INT NOT NULL AUTO_INCREMENT,
  `lau_id` VARCHAR(13) NOT NULL,
  `lau_name` VARCHAR(80) NOT NULL,
  `gisco_id` VARCHAR(16),
  `cntr_id` VARCHAR(2),
  `fid` VARCHAR(16) NOT NULL,
  `geom` GEOMETRY,
  PRIMARY KEY (`gid`),
  UNIQUE KEY `lau_rg_01m_2018_4326_fid_uniq` (`fid`)
) ENGINE=InnoDB;

CREATE TABLE `geo_subregion` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `continent` VARCHAR(30) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `europe_countries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name_engl` VARCHAR(44) NOT NULL,
  `iso3_code` VARCHAR(3) NOT NULL,
  `geom` GEOMETRY NOT NULL,
  `subregion_id` INT,
  `wikidata_id` VARCHAR(16) NOT NULL,
  `iso2_code` VARCHAR(2),
  PRIMARY KEY (`id`),
  UNIQUE KEY `europe_countries_iso3_code_uniq` (`iso3_code`),
  UNIQUE KEY `europe_countries_wikidata_id_uniq` (`wikidata_id`),
  CONSTRAINT `europe_countries_subregion_id_fk` FOREIGN KEY (`subregion_id`) REFERENCES `geo_subregion` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `nuts_europe` (
  `gid` INT NOT NULL AUTO_INCREMENT,
  `nuts_id` VARCHAR(5) NOT NULL,
  `levl_code` SMALLINT NOT NULL,
  `cntr_code` VARCHAR(2),
  `name_latn` VARCHAR(70) NOT NULL,
  `nuts_name` VARCHAR(106) NOT NULL,
  `mount_type` SMALLINT,
  `urbn_type` SMALLINT,
  `coast_type` SMALLINT,
  `fid` VARCHAR(5) NOT NULL,
  `geom` GEOMETRY,
  `europecountry_id` INT,
  PRIMARY KEY (`gid`),
  UNIQUE KEY `nuts_europe_fid_uniq` (`fid`),
  CONSTRAINT `nuts_europe_europecountry_id_fk` FOREIGN KEY (`europecountry_id`) REFERENCES `europe_countries` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_mobileapp` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `package_name` VARCHAR(128) NOT NULL,
  `package_version` VARCHAR(32) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_name_version` (`package_name`, `package_version`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_device` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `active` TINYINT(1) NOT NULL,
  `date_created` DATETIME(6),
  `device_id` VARCHAR(255),
  `active_session` TINYINT(1) NOT NULL,
  `registration_id` LONGTEXT,
  `manufacturer` VARCHAR(128),
  `model` VARCHAR(128),
  `type` VARCHAR(10),
  `os_name` VARCHAR(64),
  `os_version` VARCHAR(16),
  `os_locale` VARCHAR(16),
  `updated_at` DATETIME(6) NOT NULL,
  `last_login` DATETIME(6),
  `mobile_app_id` INT,
  `user_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tigaserver_app_device_mobile_app_id_fk` FOREIGN KEY (`mobile_app_id`) REFERENCES `tigaserver_app_mobileapp` (`id`),
  CONSTRAINT `tigaserver_app_device_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `tigaserver_app_tigauser` (`user_UUID`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_session` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `session_ID` INT NOT NULL,
  `session_start_time` DATETIME(6) NOT NULL,
  `session_end_time` DATETIME(6),
  `user_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_ID_user_uniq` (`session_ID`, `user_id`),
  CONSTRAINT `tigaserver_app_session_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `tigaserver_app_tigauser` (`user_UUID`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_report` (
  `version_UUID` VARCHAR(36) NOT NULL,
  `version_number` SMALLINT NOT NULL,
  `report_id` VARCHAR(4) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `server_upload_time` DATETIME(6) NOT NULL,
  `phone_upload_time` DATETIME(6) NOT NULL,
  `creation_time` DATETIME(6) NOT NULL,
  `published_at` DATETIME(6),
  `version_time` DATETIME(6) NOT NULL,
  `datetime_fix_offset` INT,
  `type` VARCHAR(7) NOT NULL,
  `hide` TINYINT(1) NOT NULL,
  `location_choice` VARCHAR(8) NOT NULL,
  `current_location_lon` DOUBLE,
  `current_location_lat` DOUBLE,
  `selected_location_lon` DOUBLE,
  `selected_location_lat` DOUBLE,
  `point` GEOMETRY,
  `timezone` VARCHAR(63),
  `location_is_masked` TINYINT(1) NOT NULL,
  `deleted_at` DATETIME(6),
  `note` LONGTEXT,
  `nuts_2` VARCHAR(4),
  `nuts_3` VARCHAR(5),
  `package_name` VARCHAR(400),
  `package_version` INT,
  `device_manufacturer` VARCHAR(200),
  `device_model` VARCHAR(200),
  `os` VARCHAR(200),
  `os_version` VARCHAR(200),
  `os_language` VARCHAR(10),
  `app_language` VARCHAR(10),
  `event_environment` VARCHAR(16),
  `event_moment` VARCHAR(32),
  `bite_count` SMALLINT UNSIGNED,
  `head_bite_count` SMALLINT UNSIGNED,
  `left_arm_bite_count` SMALLINT UNSIGNED,
  `right_arm_bite_count` SMALLINT UNSIGNED,
  `chest_bite_count` SMALLINT UNSIGNED,
  `left_leg_bite_count` SMALLINT UNSIGNED,
  `right_leg_bite_count` SMALLINT UNSIGNED,
  `user_perceived_mosquito_specie` VARCHAR(16),
  `user_perceived_mosquito_thorax` VARCHAR(16),
  `user_perceived_mosquito_abdomen` VARCHAR(16),
  `user_perceived_mosquito_legs` VARCHAR(16),
  `breeding_site_type` VARCHAR(32),
  `breeding_site_has_water` TINYINT(1),
  `breeding_site_in_public_area` TINYINT(1),
  `breeding_site_has_near_mosquitoes` TINYINT(1),
  `breeding_site_has_larvae` TINYINT(1),
  `country_id` INT,
  `device_id` INT,
  `lau_fk_id` INT,
  `mobile_app_id` INT,
  `nuts_2_fk_id` INT,
  `nuts_3_fk_id` INT,
  `user_id` VARCHAR(36) NOT NULL,
  `session_id` INT,
  PRIMARY KEY (`version_UUID`),
  CONSTRAINT `tigaserver_app_report_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `europe_countries` (`id`),
  CONSTRAINT `tigaserver_app_report_device_id_fk` FOREIGN KEY (`device_id`) REFERENCES `tigaserver_app_device` (`id`),
  CONSTRAINT `tigaserver_app_report_lau_fk_id_fk` FOREIGN KEY (`lau_fk_id`) REFERENCES `lau_rg_01m_2018_4326` (`gid`),
  CONSTRAINT `tigaserver_app_report_mobile_app_id_fk` FOREIGN KEY (`mobile_app_id`) REFERENCES `tigaserver_app_mobileapp` (`id`),
  CONSTRAINT `tigaserver_app_report_nuts_2_fk_id_fk` FOREIGN KEY (`nuts_2_fk_id`) REFERENCES `nuts_europe` (`gid`),
  CONSTRAINT `tigaserver_app_report_nuts_3_fk_id_fk` FOREIGN KEY (`nuts_3_fk_id`) REFERENCES `nuts_europe` (`gid`),
  CONSTRAINT `tigaserver_app_report_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `tigaserver_app_tigauser` (`user_UUID`),
  CONSTRAINT `tigaserver_app_report_session_id_fk` FOREIGN KEY (`session_id`) REFERENCES `tigaserver_app_session` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_award` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date_given` DATETIME(6) NOT NULL,
  `special_award_text` LONGTEXT,
  `special_award_xp` INT,
  `category_id` INT,
  `expert_id` INT,
  `given_to_id` VARCHAR(36) NOT NULL,
  `report_id` VARCHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `tigaserver_app_award_category_id_fk` FOREIGN KEY (`category_id`) REFERENCES `tigaserver_app_awardcategory` (`id`),
  CONSTRAINT `tigaserver_app_award_expert_id_fk` FOREIGN KEY (`expert_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tigaserver_app_award_given_to_id_fk` FOREIGN KEY (`given_to_id`) REFERENCES `tigaserver_app_tigauser` (`user_UUID`),
  CONSTRAINT `tigaserver_app_award_report_id_fk` FOREIGN KEY (`report_id`) REFERENCES `tigaserver_app_report` (`version_UUID`)
) ENGINE=InnoDB;

CREATE TABLE `tigacrafting_userstat` (
  `user_id` INT NOT NULL,
  `license_accepted` TINYINT(1) NOT NULL,
  `country_id` INT,
  `nuts2_assignation_id` INT,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `tigacrafting_userstat_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tigacrafting_userstat_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `europe_countries` (`id`),
  CONSTRAINT `tigacrafting_userstat_nuts2_assignation_id_fk` FOREIGN KEY (`nuts2_assignation_id`) REFERENCES `nuts_europe` (`gid`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_historicaldevice` (
  `id` INT NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `device_id` VARCHAR(255),
  `registration_id` LONGTEXT,
  `manufacturer` VARCHAR(128),
  `model` VARCHAR(128),
  `type` VARCHAR(10),
  `os_name` VARCHAR(64),
  `os_version` VARCHAR(16),
  `os_locale` VARCHAR(16),
  `history_id` INT NOT NULL AUTO_INCREMENT,
  `history_date` DATETIME(6) NOT NULL,
  `history_change_reason` VARCHAR(100),
  `history_type` VARCHAR(1) NOT NULL,
  `history_user_id` VARCHAR(36),
  `mobile_app_id` INT,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `tigaserver_app_historicaldevice_history_user_id_fk` FOREIGN KEY (`history_user_id`) REFERENCES `tigaserver_app_tigauser` (`user_UUID`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_uuidtaggeditem` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_id` VARCHAR(36) NOT NULL,
  `content_type_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tigaserver_app_uuidtaggeditem_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `tigaserver_app_uuidtaggeditem_tag_id_fk` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_reportresponse` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `question_id` INT,
  `question` VARCHAR(1000) NOT NULL,
  `answer_id` INT,
  `answer` VARCHAR(1000) NOT NULL,
  `answer_value` VARCHAR(1000),
  `report_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tigaserver_app_reportresponse_report_id_fk` FOREIGN KEY (`report_id`) REFERENCES `tigaserver_app_report` (`version_UUID`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_photo` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `photo` VARCHAR(100) NOT NULL,
  `hide` TINYINT(1) NOT NULL,
  `uuid` CHAR(32) NOT NULL,
  `report_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tigaserver_app_photo_report_id_fk` FOREIGN KEY (`report_id`) REFERENCES `tigaserver_app_report` (`version_UUID`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_historicalreport` (
  `version_UUID` VARCHAR(36) NOT NULL,
  `report_id` VARCHAR(4) NOT NULL,
  `creation_time` DATETIME(6) NOT NULL,
  `published_at` DATETIME(6),
  `datetime_fix_offset` INT,
  `type` VARCHAR(7) NOT NULL,
  `location_choice` VARCHAR(8) NOT NULL,
  `current_location_lon` DOUBLE,
  `current_location_lat` DOUBLE,
  `selected_location_lon` DOUBLE,
  `selected_location_lat` DOUBLE,
  `point` GEOMETRY,
  `timezone` VARCHAR(63),
  `location_is_masked` TINYINT(1) NOT NULL,
  `note` LONGTEXT,
  `nuts_2` VARCHAR(4),
  `nuts_3` VARCHAR(5),
  `package_version` INT,
  `event_environment` VARCHAR(16),
  `event_moment` VARCHAR(32),
  `bite_count` SMALLINT UNSIGNED,
  `head_bite_count` SMALLINT UNSIGNED,
  `left_arm_bite_count` SMALLINT UNSIGNED,
  `right_arm_bite_count` SMALLINT UNSIGNED,
  `chest_bite_count` SMALLINT UNSIGNED,
  `left_leg_bite_count` SMALLINT UNSIGNED,
  `right_leg_bite_count` SMALLINT UNSIGNED,
  `user_perceived_mosquito_specie` VARCHAR(16),
  `user_perceived_mosquito_thorax` VARCHAR(16),
  `user_perceived_mosquito_abdomen` VARCHAR(16),
  `user_perceived_mosquito_legs` VARCHAR(16),
  `breeding_site_type` VARCHAR(32),
  `breeding_site_has_water` TINYINT(1),
  `breeding_site_in_public_area` TINYINT(1),
  `breeding_site_has_near_mosquitoes` TINYINT(1),
  `breeding_site_has_larvae` TINYINT(1),
  `history_id` CHAR(32) NOT NULL,
  `history_date` DATETIME(6) NOT NULL,
  `history_change_reason` VARCHAR(100),
  `history_type` VARCHAR(1) NOT NULL,
  `device_id` INT,
  `history_user_id` VARCHAR(36),
  `lau_fk_id` INT,
  `mobile_app_id` INT,
  `nuts_2_fk_id` INT,
  `nuts_3_fk_id` INT,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `tigaserver_app_historicalreport_history_user_id_fk` FOREIGN KEY (`history_user_id`) REFERENCES `tigaserver_app_tigauser` (`user_UUID`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_owcampaigns` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `posting_address` LONGTEXT NOT NULL,
  `campaign_start_date` DATETIME(6) NOT NULL,
  `campaign_end_date` DATETIME(6) NOT NULL,
  `country_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tigaserver_app_owcampaigns_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `europe_countries` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_fix` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_coverage_uuid` VARCHAR(36),
  `fix_time` DATETIME(6) NOT NULL,
  `server_upload_time` DATETIME(6) NOT NULL,
  `phone_upload_time` DATETIME(6) NOT NULL,
  `masked_lon` DOUBLE NOT NULL,
  `masked_lat` DOUBLE NOT NULL,
  `mask_size` DOUBLE,
  `power` DOUBLE,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_coverageareamonth` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `lat` DOUBLE NOT NULL,
  `lon` DOUBLE NOT NULL,
  `year` INT NOT NULL,
  `month` INT NOT NULL,
  `n_fixes` INT UNSIGNED NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `latest_report_server_upload_time` DATETIME(6) NOT NULL,
  `latest_fix_id` INT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lat_lon_year_month_uniq` (`lat`, `lon`, `year`, `month`)
) ENGINE=InnoDB;

CREATE TABLE `workspaces_workspace` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_public` TINYINT(1) NOT NULL,
  `supervisor_exclusivity_days` SMALLINT UNSIGNED NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `country_id` INT,
  `name` VARCHAR(255),
  `geom` GEOMETRY,
  PRIMARY KEY (`id`),
  CONSTRAINT `workspaces_workspace_country_id_fk` FOREIGN KEY (`country_id`) REFERENCES `europe_countries` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `workspaces_workspacemembership` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `role` VARCHAR(16) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  `workspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_workspace_membership` (`user_id`, `workspace_id`),
  CONSTRAINT `workspaces_workspacemembership_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `workspaces_workspacemembership_workspace_id_fk` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces_workspace` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `workspaces_workspacecollaborationgroup` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspaces_workspacecollaborationgroup_name_uniq` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `workspaces_workspacecollaborationgroup_reviewers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `workspacecollaborationgroup_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspaces_workspacecollaborationgroup_reviewers_uniq` (`workspacecollaborationgroup_id`, `user_id`),
  CONSTRAINT `workspaces_workspacecollaborationgroup_reviewers_workspacecollab` FOREIGN KEY (`workspacecollaborationgroup_id`) REFERENCES `workspaces_workspacecollaborationgroup` (`id`),
  CONSTRAINT `workspaces_workspacecollaborationgroup_reviewers_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `workspaces_workspacecollaborationgroup_workspaces` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `workspacecollaborationgroup_id` INT NOT NULL,
  `workspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspaces_workspacecollaborationgroup_workspaces_uniq` (`workspacecollaborationgroup_id`, `workspace_id`),
  CONSTRAINT `workspaces_workspacecollaborationgroup_workspaces_workspacecolla` FOREIGN KEY (`workspacecollaborationgroup_id`) REFERENCES `workspaces_workspacecollaborationgroup` (`id`),
  CONSTRAINT `workspaces_workspacecollaborationgroup_workspaces_workspace_id_f` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces_workspace` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigacrafting_taxon` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `path` VARCHAR(255) NOT NULL,
  `depth` INT UNSIGNED NOT NULL,
  `numchild` INT UNSIGNED NOT NULL,
  `rank` SMALLINT UNSIGNED NOT NULL,
  `name` VARCHAR(32) NOT NULL,
  `is_relevant` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `common_name` VARCHAR(64),
  `common_name_en` VARCHAR(64),
  `common_name_es` VARCHAR(64),
  `common_name_ca` VARCHAR(64),
  `common_name_bg` VARCHAR(64),
  `common_name_bn` VARCHAR(64),
  `common_name_de` VARCHAR(64),
  `common_name_el` VARCHAR(64),
  `common_name_eu` VARCHAR(64),
  `common_name_fr` VARCHAR(64),
  `common_name_gl` VARCHAR(64),
  `common_name_hr` VARCHAR(64),
  `common_name_hu` VARCHAR(64),
  `common_name_it` VARCHAR(64),
  `common_name_lb` VARCHAR(64),
  `common_name_mk` VARCHAR(64),
  `common_name_nl` VARCHAR(64),
  `common_name_pt` VARCHAR(64),
  `common_name_ro` VARCHAR(64),
  `common_name_sl` VARCHAR(64),
  `common_name_sq` VARCHAR(64),
  `common_name_sr` VARCHAR(64),
  `common_name_sv` VARCHAR(64),
  `common_name_tr` VARCHAR(64),
  `common_name_zh_cn` VARCHAR(64),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tigacrafting_taxon_path_uniq` (`path`),
  UNIQUE KEY `tigacrafting_taxon_name_uniq` (`name`),
  UNIQUE KEY `unique_name_rank` (`name`, `rank`)
) ENGINE=InnoDB;

CREATE TABLE `tigacrafting_identificationtask` (
  `report_id` VARCHAR(36) NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `is_flagged` TINYINT(1) NOT NULL,
  `is_safe` TINYINT(1) NOT NULL,
  `public_note` LONGTEXT,
  `message_for_user` LONGTEXT,
  `total_annotations` SMALLINT UNSIGNED NOT NULL,
  `total_finished_annotations` SMALLINT UNSIGNED NOT NULL,
  `result_source` VARCHAR(8),
  `review_type` VARCHAR(16),
  `reviewed_at` DATETIME(6),
  `pred_insect_confidence` DOUBLE,
  `confidence` DECIMAL(7,6) NOT NULL,
  `uncertainty` DOUBLE NOT NULL,
  `agreement` DOUBLE NOT NULL,
  `sex` VARCHAR(10),
  `is_blood_fed` TINYINT(1),
  `is_gravid` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `photo_id` INT NOT NULL,
  `reviewed_by_id` INT,
  `taxon_id` INT,
  PRIMARY KEY (`report_id`),
  CONSTRAINT `tigacrafting_identificationtask_report_id_fk` FOREIGN KEY (`report_id`) REFERENCES `tigaserver_app_report` (`version_UUID`),
  CONSTRAINT `tigacrafting_identificationtask_photo_id_fk` FOREIGN KEY (`photo_id`) REFERENCES `tigaserver_app_photo` (`id`),
  CONSTRAINT `tigacrafting_identificationtask_reviewed_by_id_fk` FOREIGN KEY (`reviewed_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tigacrafting_identificationtask_taxon_id_fk` FOREIGN KEY (`taxon_id`) REFERENCES `tigacrafting_taxon` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigacrafting_expertreportannotation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` INT NOT NULL,
  `internal_note` LONGTEXT,
  `public_note` LONGTEXT,
  `message_for_user` LONGTEXT,
  `is_finished` TINYINT(1) NOT NULL,
  `linked_id` VARCHAR(10) NOT NULL,
  `is_simplified` TINYINT(1) NOT NULL,
  `decision_level` VARCHAR(16) NOT NULL,
  `is_favourite` TINYINT(1) NOT NULL,
  `confidence` DOUBLE NOT NULL,
  `sex` VARCHAR(10),
  `is_blood_fed` TINYINT(1),
  `is_gravid` TINYINT(1),
  `created` DATETIME(6) NOT NULL,
  `last_modified` DATETIME(6) NOT NULL,
  `best_photo_id` INT,
  `identification_task_id` VARCHAR(36) NOT NULL,
  `taxon_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_assignation` (`user_id`, `identification_task_id`),
  CONSTRAINT `tigacrafting_expertreportannotation_best_photo_id_fk` FOREIGN KEY (`best_photo_id`) REFERENCES `tigaserver_app_photo` (`id`),
  CONSTRAINT `tigacrafting_expertreportannotation_identification_task_id_fk` FOREIGN KEY (`identification_task_id`) REFERENCES `tigacrafting_identificationtask` (`report_id`),
  CONSTRAINT `tigacrafting_expertreportannotation_taxon_id_fk` FOREIGN KEY (`taxon_id`) REFERENCES `tigacrafting_taxon` (`id`),
  CONSTRAINT `tigacrafting_expertreportannotation_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigacrafting_photoprediction` (
  `photo_id` INT NOT NULL,
  `classifier_version` VARCHAR(16) NOT NULL,
  `is_decisive` TINYINT(1) NOT NULL,
  `insect_confidence` DOUBLE NOT NULL,
  `predicted_class` VARCHAR(32),
  `threshold_deviation` DOUBLE NOT NULL,
  `x_tl` DOUBLE NOT NULL,
  `x_br` DOUBLE NOT NULL,
  `y_tl` DOUBLE NOT NULL,
  `y_br` DOUBLE NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `ae_albopictus_score` DOUBLE NOT NULL,
  `ae_aegypti_score` DOUBLE NOT NULL,
  `ae_japonicus_score` DOUBLE NOT NULL,
  `ae_koreicus_score` DOUBLE NOT NULL,
  `culex_score` DOUBLE NOT NULL,
  `anopheles_score` DOUBLE NOT NULL,
  `culiseta_score` DOUBLE NOT NULL,
  `other_species_score` DOUBLE NOT NULL,
  `not_sure_score` DOUBLE NOT NULL,
  `identification_task_id` VARCHAR(36) NOT NULL,
  `taxon_id` INT,
  PRIMARY KEY (`photo_id`),
  UNIQUE KEY `unique_photo_identification_task` (`photo_id`, `identification_task_id`),
  CONSTRAINT `tigacrafting_photoprediction_photo_id_fk` FOREIGN KEY (`photo_id`) REFERENCES `tigaserver_app_photo` (`id`),
  CONSTRAINT `tigacrafting_photoprediction_identification_task_id_fk` FOREIGN KEY (`identification_task_id`) REFERENCES `tigacrafting_identificationtask` (`report_id`),
  CONSTRAINT `tigacrafting_photoprediction_taxon_id_fk` FOREIGN KEY (`taxon_id`) REFERENCES `tigacrafting_taxon` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_notificationcontent` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `body_html_es` LONGTEXT,
  `body_html_ca` LONGTEXT,
  `body_html_en` LONGTEXT,
  `title_es` LONGTEXT,
  `title_ca` LONGTEXT,
  `title_en` LONGTEXT,
  `body_html` LONGTEXT NOT NULL,
  `body_html_bg` LONGTEXT,
  `body_html_bn` LONGTEXT,
  `body_html_de` LONGTEXT,
  `body_html_el` LONGTEXT,
  `body_html_eu` LONGTEXT,
  `body_html_fr` LONGTEXT,
  `body_html_gl` LONGTEXT,
  `body_html_hr` LONGTEXT,
  `body_html_hu` LONGTEXT,
  `body_html_it` LONGTEXT,
  `body_html_lb` LONGTEXT,
  `body_html_mk` LONGTEXT,
  `body_html_nl` LONGTEXT,
  `body_html_pt` LONGTEXT,
  `body_html_ro` LONGTEXT,
  `body_html_sl` LONGTEXT,
  `body_html_sq` LONGTEXT,
  `body_html_sr` LONGTEXT,
  `body_html_sv` LONGTEXT,
  `body_html_tr` LONGTEXT,
  `body_html_zh_cn` LONGTEXT,
  `title` LONGTEXT NOT NULL,
  `title_bg` LONGTEXT,
  `title_bn` LONGTEXT,
  `title_de` LONGTEXT,
  `title_el` LONGTEXT,
  `title_eu` LONGTEXT,
  `title_fr` LONGTEXT,
  `title_gl` LONGTEXT,
  `title_hr` LONGTEXT,
  `title_hu` LONGTEXT,
  `title_it` LONGTEXT,
  `title_lb` LONGTEXT,
  `title_mk` LONGTEXT,
  `title_nl` LONGTEXT,
  `title_pt` LONGTEXT,
  `title_ro` LONGTEXT,
  `title_sl` LONGTEXT,
  `title_sq` LONGTEXT,
  `title_sr` LONGTEXT,
  `title_sv` LONGTEXT,
  `title_tr` LONGTEXT,
  `title_zh_cn` LONGTEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_notification` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date_comment` DATETIME(6) NOT NULL,
  `expert_id` INT,
  `notification_content_id` INT NOT NULL,
  `report_id` VARCHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `tigaserver_app_notification_expert_id_fk` FOREIGN KEY (`expert_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tigaserver_app_notification_notification_content_id_fk` FOREIGN KEY (`notification_content_id`) REFERENCES `tigaserver_app_notificationcontent` (`id`),
  CONSTRAINT `tigaserver_app_notification_report_id_fk` FOREIGN KEY (`report_id`) REFERENCES `tigaserver_app_report` (`version_UUID`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_notificationtopic` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `topic_code` VARCHAR(100) NOT NULL,
  `topic_description` LONGTEXT NOT NULL,
  `topic_group` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tigaserver_app_notificationtopic_topic_code_uniq` (`topic_code`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_usersubscription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `topic_id` INT NOT NULL,
  `user_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_topic_uniq` (`user_id`, `topic_id`),
  CONSTRAINT `tigaserver_app_usersubscription_topic_id_fk` FOREIGN KEY (`topic_id`) REFERENCES `tigaserver_app_notificationtopic` (`id`),
  CONSTRAINT `tigaserver_app_usersubscription_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `tigaserver_app_tigauser` (`user_UUID`)
) ENGINE=InnoDB;

CREATE TABLE `notifications_notificationrecipient` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_read` TINYINT(1) NOT NULL,
  `notification_id` INT NOT NULL,
  `user_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_notification_recipient` (`notification_id`, `user_id`),
  CONSTRAINT `notifications_notificationrecipient_notification_id_fk` FOREIGN KEY (`notification_id`) REFERENCES `tigaserver_app_notification` (`id`),
  CONSTRAINT `notifications_notificationrecipient_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `tigaserver_app_tigauser` (`user_UUID`)
) ENGINE=InnoDB;

CREATE TABLE `notifications_notificationrecipient_through_topics` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `notificationrecipient_id` INT NOT NULL,
  `notificationtopic_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notifications_notificationrecipient_through_topics_uniq` (`notificationrecipient_id`, `notificationtopic_id`),
  CONSTRAINT `notifications_notificationrecipient_through_topics_notificationr` FOREIGN KEY (`notificationrecipient_id`) REFERENCES `notifications_notificationrecipient` (`id`),
  CONSTRAINT `notifications_notificationrecipient_through_topics_notificationt` FOREIGN KEY (`notificationtopic_id`) REFERENCES `tigaserver_app_notificationtopic` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_organizationpin` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `point` GEOMETRY NOT NULL,
  `textual_description` LONGTEXT NOT NULL,
  `page_url` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `tigaserver_app_rankingdata` (
  `user_uuid` VARCHAR(36) NOT NULL,
  `class_value` VARCHAR(60) NOT NULL,
  `rank` INT NOT NULL,
  `score_v2` INT NOT NULL,
  `last_update` DATETIME(6),
  PRIMARY KEY (`user_uuid`)
) ENGINE=InnoDB;
