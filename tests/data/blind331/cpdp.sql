-- Citizens Police Data Project, CPDP (Invisible Institute, Chicago; cpdp.co back end): Chicago police officers with
-- badges, unit history, salaries and awards; complaint records (CRs) with accused officers, findings and discipline,
-- complainants, victims, involved people, police witnesses and investigators; tactical response reports (use of force)
-- with actions, charges, weapons and review status; lawsuits with plaintiffs and payments; documents and their OCR text;
-- document requests; pinboards; staff users, tokens, sessions, admin and activity logs; Twitter-bot logs.
-- Source: github.com/invinst/CPDBv2_backend `cpdb/*/models` (Django models) at commit
-- 21d5f6d892dbb36b82a5d7c31eede344eb70a7a1 (Apache-2.0), with the Django contrib, rest_framework.authtoken, django-taggit
-- 1.2 and django-sortedm2m 3.0 tables it installs. The models were loaded unchanged in Django 2.2 (upstream's version)
-- and created in MariaDB with `migrate --run-syncdb`; the tables were written as MySQL DDL from information_schema.
-- Column names and order as the models (abstract TimeStampsModel fields first, as Django puts them). PostgreSQL/PostGIS
-- types written for MySQL: PointField and MultiPolygonField
-- (geometry(Point|MultiPolygon, 4326)) -> GEOMETRY; JSONField and ArrayField -> JSON.
-- Primary, unique and foreign keys kept. Left out (10 of 76): django_migrations, activity_grid_activitypaircard,
-- pinboard_examplepinboard, search_terms_searchtermitem, toast_toast, twitterbot_responsetemplate, popup_popup,
-- document_cloud_documentcloudsearchquery, data_linearea, data_allegation_line_areas.

CREATE TABLE `analytics_event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_searchtracking` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `query` varchar(255) NOT NULL,
  `usages` int(10) unsigned NOT NULL,
  `results` int(10) unsigned NOT NULL,
  `query_type` varchar(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `last_entered` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_config_appconfig` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(32) NOT NULL,
  `value` varchar(64) NOT NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_config_visualtokencolor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `color` varchar(7) NOT NULL,
  `text_color` varchar(7) NOT NULL,
  `lower_range` double NOT NULL,
  `upper_range` double NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cms_slugpage` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `serializer_class` varchar(255) NOT NULL,
  `fields` json NOT NULL,
  PRIMARY KEY (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_allegationcategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `category_code` varchar(255) NOT NULL,
  `category` varchar(255) NOT NULL,
  `allegation_name` varchar(255) NOT NULL,
  `on_duty` tinyint(1) NOT NULL,
  `citizen_dept` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `data_allegationcategory_category_0f9ccd06` (`category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_policeunit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `unit_name` varchar(5) NOT NULL,
  `description` varchar(255) NULL DEFAULT NULL,
  `active` tinyint(1) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_officer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `middle_initial` varchar(5) NULL DEFAULT NULL,
  `middle_initial2` varchar(5) NULL DEFAULT NULL,
  `suffix_name` varchar(5) NULL DEFAULT NULL,
  `gender` varchar(1) NOT NULL,
  `race` varchar(50) NOT NULL,
  `appointed_date` date NULL DEFAULT NULL,
  `resignation_date` date NULL DEFAULT NULL,
  `rank` varchar(100) NOT NULL,
  `birth_year` int(11) NULL DEFAULT NULL,
  `active` varchar(10) NOT NULL,
  `complaint_percentile` decimal(6,4) NULL DEFAULT NULL,
  `civilian_allegation_percentile` decimal(6,4) NULL DEFAULT NULL,
  `internal_allegation_percentile` decimal(6,4) NULL DEFAULT NULL,
  `trr_percentile` decimal(6,4) NULL DEFAULT NULL,
  `honorable_mention_percentile` decimal(6,4) NULL DEFAULT NULL,
  `allegation_count` int(11) NULL DEFAULT NULL,
  `sustained_count` int(11) NULL DEFAULT NULL,
  `honorable_mention_count` int(11) NULL DEFAULT NULL,
  `unsustained_count` int(11) NULL DEFAULT NULL,
  `discipline_count` int(11) NULL DEFAULT NULL,
  `civilian_compliment_count` int(11) NULL DEFAULT NULL,
  `trr_count` int(11) NULL DEFAULT NULL,
  `major_award_count` int(11) NULL DEFAULT NULL,
  `current_badge` varchar(10) NULL DEFAULT NULL,
  `last_unit_id` int(11) NULL DEFAULT NULL,
  `current_salary` int(10) unsigned NULL DEFAULT NULL,
  `has_unique_name` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `data_officer_first_name_8e519e36` (`first_name`),
  KEY `data_officer_last_name_848909fc` (`last_name`),
  KEY `data_officer_last_unit_id_b746c190_fk_data_policeunit_id` (`last_unit_id`),
  CONSTRAINT `data_officer_last_unit_id_b746c190_fk_data_policeunit_id` FOREIGN KEY (`last_unit_id`) REFERENCES `data_policeunit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_grid_activitycard` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `officer_id` int(11) NOT NULL,
  `important` tinyint(1) NOT NULL,
  `last_activity` datetime(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `officer_id` (`officer_id`),
  CONSTRAINT `activity_grid_activi_officer_id_c2b4881b_fk_data_offi` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_area` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` varchar(255) NULL DEFAULT NULL,
  `area_type` varchar(30) NOT NULL,
  `polygon` geometry NULL DEFAULT NULL,
  `median_income` varchar(100) NULL DEFAULT NULL,
  `commander_id` int(11) NULL DEFAULT NULL,
  `alderman` varchar(255) NULL DEFAULT NULL,
  `police_hq_id` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `data_area_commander_id_45ac9547_fk_data_officer_id` (`commander_id`),
  KEY `data_area_police_hq_id_a848cb39_fk_data_area_id` (`police_hq_id`),
  CONSTRAINT `data_area_commander_id_45ac9547_fk_data_officer_id` FOREIGN KEY (`commander_id`) REFERENCES `data_officer` (`id`),
  CONSTRAINT `data_area_police_hq_id_a848cb39_fk_data_area_id` FOREIGN KEY (`police_hq_id`) REFERENCES `data_area` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_allegation` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `crid` varchar(30) NOT NULL,
  `summary` longtext NOT NULL,
  `location` varchar(64) NOT NULL,
  `add1` varchar(16) NOT NULL,
  `add2` varchar(255) NOT NULL,
  `city` varchar(255) NOT NULL,
  `incident_date` datetime(6) NULL DEFAULT NULL,
  `point` geometry NULL DEFAULT NULL,
  `beat_id` int(11) NULL DEFAULT NULL,
  `source` varchar(20) NOT NULL,
  `is_officer_complaint` tinyint(1) NOT NULL,
  `old_complaint_address` varchar(255) NULL DEFAULT NULL,
  `subjects` json NOT NULL,
  `is_extracted_summary` tinyint(1) NOT NULL,
  `most_common_category_id` int(11) NULL DEFAULT NULL,
  `first_start_date` date NULL DEFAULT NULL,
  `first_end_date` date NULL DEFAULT NULL,
  `coaccused_count` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`crid`),
  KEY `data_allegation_beat_id_3812d8f9_fk_data_area_id` (`beat_id`),
  KEY `data_allegation_most_common_category_88004da7_fk_data_alle` (`most_common_category_id`),
  CONSTRAINT `data_allegation_beat_id_3812d8f9_fk_data_area_id` FOREIGN KEY (`beat_id`) REFERENCES `data_area` (`id`),
  CONSTRAINT `data_allegation_most_common_category_88004da7_fk_data_alle` FOREIGN KEY (`most_common_category_id`) REFERENCES `data_allegationcategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_allegation_areas` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allegation_id` varchar(30) NOT NULL,
  `area_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `data_allegation_areas_allegation_id_area_id_48b0b5a3_uniq` (`allegation_id`, `area_id`),
  KEY `data_allegation_areas_area_id_e57d0e71_fk_data_area_id` (`area_id`),
  CONSTRAINT `data_allegation_areas_area_id_e57d0e71_fk_data_area_id` FOREIGN KEY (`area_id`) REFERENCES `data_area` (`id`),
  CONSTRAINT `data_allegation_area_allegation_id_1ccd7982_fk_data_alle` FOREIGN KEY (`allegation_id`) REFERENCES `data_allegation` (`crid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_attachmentrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `allegation_id` varchar(30) NOT NULL,
  `email` varchar(255) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `airtable_id` varchar(255) NOT NULL,
  `noti_email_sent` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `data_attachmentrequest_allegation_id_email_6a6b4a45_uniq` (`allegation_id`, `email`),
  CONSTRAINT `data_attachmentreque_allegation_id_c0b1886b_fk_data_alle` FOREIGN KEY (`allegation_id`) REFERENCES `data_allegation` (`crid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_award` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `officer_id` int(11) NOT NULL,
  `award_type` varchar(255) NOT NULL,
  `start_date` date NULL DEFAULT NULL,
  `end_date` date NULL DEFAULT NULL,
  `current_status` varchar(20) NOT NULL,
  `request_date` date NOT NULL,
  `rank` varchar(100) NOT NULL,
  `last_promotion_date` date NULL DEFAULT NULL,
  `requester_full_name` varchar(255) NULL DEFAULT NULL,
  `ceremony_date` date NULL DEFAULT NULL,
  `tracking_no` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `data_award_officer_id_92c5d789_fk_data_officer_id` (`officer_id`),
  CONSTRAINT `data_award_officer_id_92c5d789_fk_data_officer_id` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_complainant` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `allegation_id` varchar(30) NULL DEFAULT NULL,
  `gender` varchar(1) NOT NULL,
  `race` varchar(50) NOT NULL,
  `age` int(11) NULL DEFAULT NULL,
  `birth_year` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `data_complainant_allegation_id_f5452147_fk_data_allegation_crid` (`allegation_id`),
  CONSTRAINT `data_complainant_allegation_id_f5452147_fk_data_allegation_crid` FOREIGN KEY (`allegation_id`) REFERENCES `data_allegation` (`crid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_investigator` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `first_name` varchar(255) NULL DEFAULT NULL,
  `last_name` varchar(255) NULL DEFAULT NULL,
  `middle_initial` varchar(5) NULL DEFAULT NULL,
  `suffix_name` varchar(5) NULL DEFAULT NULL,
  `appointed_date` date NULL DEFAULT NULL,
  `officer_id` int(11) NULL DEFAULT NULL,
  `gender` varchar(1) NOT NULL,
  `race` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `data_investigator_first_name_21d1280b` (`first_name`),
  KEY `data_investigator_last_name_adf05435` (`last_name`),
  KEY `data_investigator_officer_id_8095dac6_fk_data_officer_id` (`officer_id`),
  CONSTRAINT `data_investigator_officer_id_8095dac6_fk_data_officer_id` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_investigatorallegation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `investigator_id` int(11) NOT NULL,
  `allegation_id` varchar(30) NOT NULL,
  `current_star` varchar(10) NULL DEFAULT NULL,
  `current_rank` varchar(100) NULL DEFAULT NULL,
  `current_unit_id` int(11) NULL DEFAULT NULL,
  `investigator_type` varchar(32) NULL DEFAULT NULL,
  `investigating_agency` varchar(32) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `data_investigatorall_allegation_id_655b5938_fk_data_alle` (`allegation_id`),
  KEY `data_investigatorall_current_unit_id_da1ab9e3_fk_data_poli` (`current_unit_id`),
  KEY `data_investigatorall_investigator_id_cd1fd6b1_fk_data_inve` (`investigator_id`),
  CONSTRAINT `data_investigatorall_allegation_id_655b5938_fk_data_alle` FOREIGN KEY (`allegation_id`) REFERENCES `data_allegation` (`crid`),
  CONSTRAINT `data_investigatorall_current_unit_id_da1ab9e3_fk_data_poli` FOREIGN KEY (`current_unit_id`) REFERENCES `data_policeunit` (`id`),
  CONSTRAINT `data_investigatorall_investigator_id_cd1fd6b1_fk_data_inve` FOREIGN KEY (`investigator_id`) REFERENCES `data_investigator` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_involvement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `allegation_id` varchar(30) NOT NULL,
  `officer_id` int(11) NULL DEFAULT NULL,
  `full_name` varchar(50) NOT NULL,
  `involved_type` varchar(25) NOT NULL,
  `gender` varchar(1) NULL DEFAULT NULL,
  `race` varchar(50) NOT NULL,
  `age` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `data_involvement_allegation_id_c248e036_fk_data_allegation_crid` (`allegation_id`),
  KEY `data_involvement_officer_id_73520b64_fk_data_officer_id` (`officer_id`),
  CONSTRAINT `data_involvement_allegation_id_c248e036_fk_data_allegation_crid` FOREIGN KEY (`allegation_id`) REFERENCES `data_allegation` (`crid`),
  CONSTRAINT `data_involvement_officer_id_73520b64_fk_data_officer_id` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_officeralias` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `old_officer_id` int(11) NOT NULL,
  `new_officer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `data_officeralias_new_officer_id_4f38b294_fk_data_officer_id` (`new_officer_id`),
  UNIQUE KEY `data_officeralias_old_officer_id_new_officer_id_ca37bbe0_uniq` (`old_officer_id`, `new_officer_id`),
  CONSTRAINT `data_officeralias_new_officer_id_4f38b294_fk_data_officer_id` FOREIGN KEY (`new_officer_id`) REFERENCES `data_officer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_officerallegation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `allegation_id` varchar(30) NULL DEFAULT NULL,
  `allegation_category_id` int(11) NULL DEFAULT NULL,
  `officer_id` int(11) NULL DEFAULT NULL,
  `start_date` date NULL DEFAULT NULL,
  `end_date` date NULL DEFAULT NULL,
  `officer_age` int(11) NULL DEFAULT NULL,
  `recc_finding` varchar(30) NOT NULL,
  `recc_outcome` varchar(100) NOT NULL,
  `final_finding` varchar(3) NOT NULL,
  `final_outcome` varchar(100) NOT NULL,
  `final_outcome_class` varchar(20) NOT NULL,
  `disciplined` tinyint(1) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `data_officerallegation_officer_id_a68f4888_fk_data_officer_id` (`officer_id`),
  KEY `data_officerallegati_allegation_category__023a83f1_fk_data_alle` (`allegation_category_id`),
  KEY `data_officerallegati_allegation_id_429ce710_fk_data_alle` (`allegation_id`),
  KEY `data_office_start_d_8e9651_idx` (`start_date`),
  CONSTRAINT `data_officerallegation_officer_id_a68f4888_fk_data_officer_id` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`),
  CONSTRAINT `data_officerallegati_allegation_category__023a83f1_fk_data_alle` FOREIGN KEY (`allegation_category_id`) REFERENCES `data_allegationcategory` (`id`),
  CONSTRAINT `data_officerallegati_allegation_id_429ce710_fk_data_alle` FOREIGN KEY (`allegation_id`) REFERENCES `data_allegation` (`crid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_officerbadgenumber` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `officer_id` int(11) NULL DEFAULT NULL,
  `star` varchar(10) NOT NULL,
  `current` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `data_officerbadgenumber_officer_id_c76d8363_fk_data_officer_id` (`officer_id`),
  KEY `data_office_current_f8bc5a_idx` (`current`),
  CONSTRAINT `data_officerbadgenumber_officer_id_c76d8363_fk_data_officer_id` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_officerhistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `officer_id` int(11) NULL DEFAULT NULL,
  `unit_id` int(11) NULL DEFAULT NULL,
  `effective_date` date NULL DEFAULT NULL,
  `end_date` date NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `data_officerhistory_officer_id_db19fe27_fk_data_officer_id` (`officer_id`),
  KEY `data_officerhistory_unit_id_c33c0072_fk_data_policeunit_id` (`unit_id`),
  KEY `data_office_effecti_f0cc97_idx` (`effective_date`),
  KEY `data_office_end_dat_a1e9be_idx` (`end_date`),
  CONSTRAINT `data_officerhistory_officer_id_db19fe27_fk_data_officer_id` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`),
  CONSTRAINT `data_officerhistory_unit_id_c33c0072_fk_data_policeunit_id` FOREIGN KEY (`unit_id`) REFERENCES `data_policeunit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_officeryearlypercentile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `officer_id` int(11) NOT NULL,
  `year` int(11) NOT NULL,
  `percentile_trr` decimal(6,4) NULL DEFAULT NULL,
  `percentile_allegation` decimal(6,4) NULL DEFAULT NULL,
  `percentile_allegation_civilian` decimal(6,4) NULL DEFAULT NULL,
  `percentile_allegation_internal` decimal(6,4) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `data_officeryearlype_officer_id_310c59d7_fk_data_offi` (`officer_id`),
  KEY `data_office_year_c8b488_idx` (`year`),
  CONSTRAINT `data_officeryearlype_officer_id_310c59d7_fk_data_offi` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_policewitness` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `allegation_id` varchar(30) NULL DEFAULT NULL,
  `officer_id` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `data_policewitness_allegation_id_b8dc2d75_fk_data_alle` (`allegation_id`),
  KEY `data_policewitness_officer_id_8d0c044d_fk_data_officer_id` (`officer_id`),
  CONSTRAINT `data_policewitness_allegation_id_b8dc2d75_fk_data_alle` FOREIGN KEY (`allegation_id`) REFERENCES `data_allegation` (`crid`),
  CONSTRAINT `data_policewitness_officer_id_8d0c044d_fk_data_officer_id` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_racepopulation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `race` varchar(255) NOT NULL,
  `count` int(10) unsigned NOT NULL,
  `area_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `data_racepopulation_area_id_4ae23fb5_fk_data_area_id` (`area_id`),
  CONSTRAINT `data_racepopulation_area_id_4ae23fb5_fk_data_area_id` FOREIGN KEY (`area_id`) REFERENCES `data_area` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_salary` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `pay_grade` varchar(16) NOT NULL,
  `rank` varchar(64) NULL DEFAULT NULL,
  `salary` int(10) unsigned NOT NULL,
  `employee_status` varchar(32) NOT NULL,
  `org_hire_date` date NULL DEFAULT NULL,
  `spp_date` date NULL DEFAULT NULL,
  `start_date` date NULL DEFAULT NULL,
  `year` smallint(5) unsigned NOT NULL,
  `age_at_hire` smallint(5) unsigned NULL DEFAULT NULL,
  `officer_id` int(11) NOT NULL,
  `rank_changed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `data_salary_officer_id_8d6c46ab_fk_data_officer_id` (`officer_id`),
  KEY `data_salary_year_51b276_idx` (`year`),
  CONSTRAINT `data_salary_officer_id_8d6c46ab_fk_data_officer_id` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_victim` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `allegation_id` varchar(30) NOT NULL,
  `gender` varchar(1) NOT NULL,
  `race` varchar(50) NOT NULL,
  `age` int(11) NULL DEFAULT NULL,
  `birth_year` int(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `data_victim_allegation_id_bef5a29d_fk_data_allegation_crid` (`allegation_id`),
  CONSTRAINT `data_victim_allegation_id_bef5a29d_fk_data_allegation_crid` FOREIGN KEY (`allegation_id`) REFERENCES `data_allegation` (`crid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_log_activitylog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `modified_object_type_id` int(11) NOT NULL,
  `modified_object_id` int(10) unsigned NOT NULL,
  `action_type` varchar(255) NOT NULL,
  `user_id` int(11) NOT NULL,
  `data` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `activity_log_activitylog_user_id_facfa596_fk_auth_user_id` (`user_id`),
  KEY `activity_log_activit_modified_object_type_e69cedb3_fk_django_co` (`modified_object_type_id`),
  CONSTRAINT `activity_log_activitylog_user_id_facfa596_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `activity_log_activit_modified_object_type_e69cedb3_fk_django_co` FOREIGN KEY (`modified_object_type_id`) REFERENCES `django_content_type` (`id`)
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

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_attachmentfile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `external_id` varchar(255) NOT NULL,
  `file_type` varchar(10) NOT NULL,
  `title` varchar(255) NULL DEFAULT NULL,
  `url` varchar(255) NOT NULL,
  `additional_info` json NULL DEFAULT NULL,
  `tag` varchar(50) NOT NULL,
  `original_url` varchar(255) NOT NULL,
  `source_type` varchar(255) NOT NULL,
  `views_count` int(11) NOT NULL,
  `downloads_count` int(11) NOT NULL,
  `notifications_count` int(11) NOT NULL,
  `show` tinyint(1) NOT NULL,
  `is_external_ocr` tinyint(1) NOT NULL,
  `manually_updated` tinyint(1) NOT NULL,
  `last_updated_by_id` int(11) NULL DEFAULT NULL,
  `preview_image_url` varchar(255) NULL DEFAULT NULL,
  `external_created_at` datetime(6) NULL DEFAULT NULL,
  `external_last_updated` datetime(6) NULL DEFAULT NULL,
  `text_content` longtext NOT NULL,
  `reprocess_text_count` int(11) NOT NULL,
  `pages` int(11) NOT NULL,
  `pending_documentcloud_id` varchar(255) NULL DEFAULT NULL,
  `upload_fail_attempts` int(11) NOT NULL,
  `owner_type_id` int(11) NULL DEFAULT NULL,
  `owner_id` varchar(30) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `data_attachmentfile_external_id_d823de40` (`external_id`),
  KEY `data_attachmentfile_file_type_28f6a0c3` (`file_type`),
  KEY `data_attachmentfile_last_updated_by_id_061dfbf8_fk_auth_user_id` (`last_updated_by_id`),
  KEY `data_attachmentfile_original_url_a70b5f02` (`original_url`),
  UNIQUE KEY `data_attachmentfile_owner_id_owner_type_id_e_f16b8b6a_uniq` (`owner_id`, `owner_type_id`, `external_id`, `source_type`),
  KEY `data_attachmentfile_owner_type_id_ca124790_fk_django_co` (`owner_type_id`),
  KEY `data_attachmentfile_source_type_534b7b9f` (`source_type`),
  KEY `data_attachmentfile_url_89b39fb4` (`url`),
  CONSTRAINT `data_attachmentfile_last_updated_by_id_061dfbf8_fk_auth_user_id` FOREIGN KEY (`last_updated_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `data_attachmentfile_owner_type_id_ca124790_fk_django_co` FOREIGN KEY (`owner_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_attachmenttracking` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `attachment_file_id` int(11) NOT NULL,
  `accessed_from_page` varchar(50) NOT NULL,
  `app` varchar(50) NOT NULL,
  `kind` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `analytics_attachment_attachment_file_id_be5b1f6c_fk_data_atta` (`attachment_file_id`),
  CONSTRAINT `analytics_attachment_attachment_file_id_be5b1f6c_fk_data_atta` FOREIGN KEY (`attachment_file_id`) REFERENCES `data_attachmentfile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_attachmentnarrative` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `attachment_id` int(11) NOT NULL,
  `page_num` int(11) NOT NULL,
  `section_name` varchar(255) NOT NULL,
  `column_name` varchar(255) NOT NULL,
  `text_content` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `data_attachmentnarra_attachment_id_2586f1f8_fk_data_atta` (`attachment_id`),
  CONSTRAINT `data_attachmentnarra_attachment_id_2586f1f8_fk_data_atta` FOREIGN KEY (`attachment_id`) REFERENCES `data_attachmentfile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_attachmentocr` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `attachment_id` int(11) NOT NULL,
  `page_num` int(11) NOT NULL,
  `ocr_text` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `data_attachmentocr_attachment_id_fd91a419_fk_data_atta` (`attachment_id`),
  CONSTRAINT `data_attachmentocr_attachment_id_fd91a419_fk_data_atta` FOREIGN KEY (`attachment_id`) REFERENCES `data_attachmentfile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  `content_type_id` int(11) NULL DEFAULT NULL,
  `object_id` longtext NULL DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domain` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `document_cloud_documentcrawler` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `source_type` varchar(255) NOT NULL,
  `num_documents` int(11) NOT NULL,
  `num_new_documents` int(11) NOT NULL,
  `num_successful_run` int(11) NOT NULL,
  `num_updated_documents` int(11) NOT NULL,
  `status` varchar(20) NULL DEFAULT NULL,
  `log_key` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_service_emailtemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` longtext NOT NULL,
  `from_email` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lawsuit_lawsuit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `case_no` varchar(20) NOT NULL,
  `incident_date` datetime(6) NULL DEFAULT NULL,
  `primary_cause` varchar(255) NULL DEFAULT NULL,
  `summary` longtext NOT NULL,
  `location` varchar(255) NOT NULL,
  `add1` varchar(16) NOT NULL,
  `add2` varchar(255) NOT NULL,
  `city` varchar(255) NOT NULL,
  `point` geometry NULL DEFAULT NULL,
  `interactions` json NOT NULL,
  `services` json NOT NULL,
  `misconducts` json NOT NULL,
  `violences` json NOT NULL,
  `outcomes` json NOT NULL,
  `airtable_id` varchar(20) NULL DEFAULT NULL,
  `airtable_updated_at` varchar(30) NULL DEFAULT NULL,
  `total_settlement` decimal(16,2) NOT NULL,
  `total_legal_fees` decimal(16,2) NOT NULL,
  `total_payments` decimal(16,2) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `airtable_id` (`airtable_id`),
  UNIQUE KEY `case_no` (`case_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lawsuit_lawsuit_officers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `lawsuit_id` int(11) NOT NULL,
  `officer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lawsuit_lawsuit_officers_lawsuit_id_officer_id_d9e0ec33_uniq` (`lawsuit_id`, `officer_id`),
  KEY `lawsuit_lawsuit_officers_officer_id_361b7661_fk_data_officer_id` (`officer_id`),
  CONSTRAINT `lawsuit_lawsuit_officers_officer_id_361b7661_fk_data_officer_id` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`),
  CONSTRAINT `lawsuit_lawsuit_offi_lawsuit_id_5037a35c_fk_lawsuit_l` FOREIGN KEY (`lawsuit_id`) REFERENCES `lawsuit_lawsuit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lawsuit_lawsuitplaintiff` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `lawsuit_id` int(11) NOT NULL,
  `airtable_id` varchar(20) NULL DEFAULT NULL,
  `airtable_updated_at` varchar(30) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `airtable_id` (`airtable_id`),
  KEY `lawsuit_lawsuitplain_lawsuit_id_46f0aed9_fk_lawsuit_l` (`lawsuit_id`),
  CONSTRAINT `lawsuit_lawsuitplain_lawsuit_id_46f0aed9_fk_lawsuit_l` FOREIGN KEY (`lawsuit_id`) REFERENCES `lawsuit_lawsuit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lawsuit_payment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `payee` varchar(255) NOT NULL,
  `settlement` decimal(16,2) NOT NULL,
  `legal_fees` decimal(16,2) NOT NULL,
  `lawsuit_id` int(11) NOT NULL,
  `paid_date` datetime(6) NULL DEFAULT NULL,
  `airtable_id` varchar(20) NULL DEFAULT NULL,
  `airtable_updated_at` varchar(30) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `airtable_id` (`airtable_id`),
  KEY `lawsuit_payment_lawsuit_id_57266881_fk_lawsuit_lawsuit_id` (`lawsuit_id`),
  CONSTRAINT `lawsuit_payment_lawsuit_id_57266881_fk_lawsuit_lawsuit_id` FOREIGN KEY (`lawsuit_id`) REFERENCES `lawsuit_lawsuit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pinboard_pinboard` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` bigint(20) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `source_pinboard_id` bigint(20) NULL DEFAULT NULL,
  `last_viewed_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `pinboard_pinboard_source_pinboard_id_f21df3fd_fk_pinboard_` (`source_pinboard_id`),
  CONSTRAINT `pinboard_pinboard_source_pinboard_id_f21df3fd_fk_pinboard_` FOREIGN KEY (`source_pinboard_id`) REFERENCES `pinboard_pinboard` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pinboard_pinboard_allegations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sort_value` int(11) NOT NULL,
  `pinboard_id` bigint(20) NOT NULL,
  `allegation_id` varchar(30) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pinboard_pinboard_allega_pinboard_id_allegation_i_b71572af_uniq` (`pinboard_id`, `allegation_id`),
  KEY `pinboard_pinboard_al_allegation_id_6444fd6c_fk_data_alle` (`allegation_id`),
  CONSTRAINT `pinboard_pinboard_al_allegation_id_6444fd6c_fk_data_alle` FOREIGN KEY (`allegation_id`) REFERENCES `data_allegation` (`crid`),
  CONSTRAINT `pinboard_pinboard_al_pinboard_id_58abb7ed_fk_pinboard_` FOREIGN KEY (`pinboard_id`) REFERENCES `pinboard_pinboard` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pinboard_pinboard_officers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sort_value` int(11) NOT NULL,
  `pinboard_id` bigint(20) NOT NULL,
  `officer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pinboard_pinboard_officers_pinboard_id_officer_id_76892807_uniq` (`pinboard_id`, `officer_id`),
  KEY `pinboard_pinboard_of_officer_id_b8e61da0_fk_data_offi` (`officer_id`),
  CONSTRAINT `pinboard_pinboard_of_officer_id_b8e61da0_fk_data_offi` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`),
  CONSTRAINT `pinboard_pinboard_of_pinboard_id_c0adeb41_fk_pinboard_` FOREIGN KEY (`pinboard_id`) REFERENCES `pinboard_pinboard` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_terms_searchtermcategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(60) NOT NULL,
  `order_number` int(10) unsigned NOT NULL,
  `description` longtext NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `search_terms_searchtermcategory_order_number_db463d2c` (`order_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggit_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggit_taggeditem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag_id` int(11) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `object_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `taggit_taggeditem_content_type_id_object_id_196cc965_idx` (`content_type_id`, `object_id`),
  UNIQUE KEY `taggit_taggeditem_content_type_id_object_id_tag_id_4bb97a8e_uniq` (`content_type_id`, `object_id`, `tag_id`),
  KEY `taggit_taggeditem_object_id_e2d7d1df` (`object_id`),
  KEY `taggit_taggeditem_tag_id_f4f5b767_fk_taggit_tag_id` (`tag_id`),
  CONSTRAINT `taggit_taggeditem_content_type_id_9957a03c_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `taggit_taggeditem_tag_id_f4f5b767_fk_taggit_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trr_trr` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `beat` smallint(5) unsigned NULL DEFAULT NULL,
  `block` varchar(8) NULL DEFAULT NULL,
  `direction` varchar(8) NULL DEFAULT NULL,
  `street` varchar(64) NULL DEFAULT NULL,
  `location` varchar(64) NULL DEFAULT NULL,
  `trr_datetime` datetime(6) NULL DEFAULT NULL,
  `indoor_or_outdoor` varchar(8) NULL DEFAULT NULL,
  `lighting_condition` varchar(32) NULL DEFAULT NULL,
  `weather_condition` varchar(32) NULL DEFAULT NULL,
  `notify_OEMC` tinyint(1) NULL DEFAULT NULL,
  `notify_district_sergeant` tinyint(1) NULL DEFAULT NULL,
  `notify_OP_command` tinyint(1) NULL DEFAULT NULL,
  `notify_DET_division` tinyint(1) NULL DEFAULT NULL,
  `number_of_weapons_discharged` smallint(5) unsigned NULL DEFAULT NULL,
  `party_fired_first` varchar(16) NULL DEFAULT NULL,
  `location_recode` varchar(64) NULL DEFAULT NULL,
  `taser` tinyint(1) NULL DEFAULT NULL,
  `total_number_of_shots` smallint(5) unsigned NULL DEFAULT NULL,
  `firearm_used` tinyint(1) NULL DEFAULT NULL,
  `number_of_officers_using_firearm` smallint(5) unsigned NULL DEFAULT NULL,
  `point` geometry NULL DEFAULT NULL,
  `officer_id` int(11) NULL DEFAULT NULL,
  `officer_assigned_beat` varchar(16) NULL DEFAULT NULL,
  `officer_unit_id` int(11) NULL DEFAULT NULL,
  `officer_unit_detail_id` int(11) NULL DEFAULT NULL,
  `officer_on_duty` tinyint(1) NULL DEFAULT NULL,
  `officer_in_uniform` tinyint(1) NULL DEFAULT NULL,
  `officer_injured` tinyint(1) NULL DEFAULT NULL,
  `officer_rank` varchar(50) NULL DEFAULT NULL,
  `subject_id` int(10) unsigned NULL DEFAULT NULL,
  `subject_armed` tinyint(1) NULL DEFAULT NULL,
  `subject_injured` tinyint(1) NULL DEFAULT NULL,
  `subject_alleged_injury` tinyint(1) NULL DEFAULT NULL,
  `subject_age` smallint(5) unsigned NULL DEFAULT NULL,
  `subject_birth_year` smallint(5) unsigned NULL DEFAULT NULL,
  `subject_gender` varchar(1) NULL DEFAULT NULL,
  `subject_race` varchar(32) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `trr_trr_officer_id_75e45524_fk_data_officer_id` (`officer_id`),
  KEY `trr_trr_officer_unit_detail_id_3db18cbd_fk_data_policeunit_id` (`officer_unit_detail_id`),
  KEY `trr_trr_officer_unit_id_fc0d7ceb_fk_data_policeunit_id` (`officer_unit_id`),
  CONSTRAINT `trr_trr_officer_id_75e45524_fk_data_officer_id` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`),
  CONSTRAINT `trr_trr_officer_unit_detail_id_3db18cbd_fk_data_policeunit_id` FOREIGN KEY (`officer_unit_detail_id`) REFERENCES `data_policeunit` (`id`),
  CONSTRAINT `trr_trr_officer_unit_id_fc0d7ceb_fk_data_policeunit_id` FOREIGN KEY (`officer_unit_id`) REFERENCES `data_policeunit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pinboard_pinboard_trrs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sort_value` int(11) NOT NULL,
  `pinboard_id` bigint(20) NOT NULL,
  `trr_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pinboard_pinboard_trrs_pinboard_id_trr_id_1e55e250_uniq` (`pinboard_id`, `trr_id`),
  KEY `pinboard_pinboard_trrs_trr_id_57fb089d_fk_trr_trr_id` (`trr_id`),
  CONSTRAINT `pinboard_pinboard_trrs_trr_id_57fb089d_fk_trr_trr_id` FOREIGN KEY (`trr_id`) REFERENCES `trr_trr` (`id`),
  CONSTRAINT `pinboard_pinboard_tr_pinboard_id_d3dc3f09_fk_pinboard_` FOREIGN KEY (`pinboard_id`) REFERENCES `pinboard_pinboard` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trr_actionresponse` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `trr_id` int(11) NOT NULL,
  `person` varchar(16) NULL DEFAULT NULL,
  `resistance_type` varchar(32) NULL DEFAULT NULL,
  `action` varchar(64) NULL DEFAULT NULL,
  `other_description` varchar(64) NULL DEFAULT NULL,
  `member_action` varchar(64) NULL DEFAULT NULL,
  `force_type` varchar(64) NULL DEFAULT NULL,
  `action_sub_category` varchar(3) NULL DEFAULT NULL,
  `action_category` varchar(1) NULL DEFAULT NULL,
  `resistance_level` varchar(16) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `trr_actionresponse_trr_id_59e4c15b_fk_trr_trr_id` (`trr_id`),
  CONSTRAINT `trr_actionresponse_trr_id_59e4c15b_fk_trr_trr_id` FOREIGN KEY (`trr_id`) REFERENCES `trr_trr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trr_charge` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `trr_id` int(11) NOT NULL,
  `sr_no` int(10) unsigned NULL DEFAULT NULL,
  `statute` varchar(64) NULL DEFAULT NULL,
  `description` varchar(64) NULL DEFAULT NULL,
  `subject_no` int(10) unsigned NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `trr_charge_trr_id_983da4e1_fk_trr_trr_id` (`trr_id`),
  CONSTRAINT `trr_charge_trr_id_983da4e1_fk_trr_trr_id` FOREIGN KEY (`trr_id`) REFERENCES `trr_trr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trr_subjectweapon` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `trr_id` int(11) NOT NULL,
  `weapon_type` varchar(64) NULL DEFAULT NULL,
  `firearm_caliber` varchar(16) NULL DEFAULT NULL,
  `weapon_description` varchar(150) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `trr_subjectweapon_trr_id_bac23e40_fk_trr_trr_id` (`trr_id`),
  CONSTRAINT `trr_subjectweapon_trr_id_bac23e40_fk_trr_trr_id` FOREIGN KEY (`trr_id`) REFERENCES `trr_trr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trr_trrattachmentrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `trr_id` int(11) NOT NULL,
  `email` varchar(255) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `airtable_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trr_trrattachmentrequest_trr_id_email_30c0d537_uniq` (`trr_id`, `email`),
  CONSTRAINT `trr_trrattachmentrequest_trr_id_0bd4c51e_fk_trr_trr_id` FOREIGN KEY (`trr_id`) REFERENCES `trr_trr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trr_trrstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `trr_id` int(11) NOT NULL,
  `officer_id` int(11) NULL DEFAULT NULL,
  `rank` varchar(16) NULL DEFAULT NULL,
  `star` varchar(10) NULL DEFAULT NULL,
  `status` varchar(16) NULL DEFAULT NULL,
  `status_datetime` datetime(6) NULL DEFAULT NULL,
  `age` smallint(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `trr_trrstatus_officer_id_e12565ea_fk_data_officer_id` (`officer_id`),
  KEY `trr_trrstatus_trr_id_3285fe79_fk_trr_trr_id` (`trr_id`),
  CONSTRAINT `trr_trrstatus_officer_id_e12565ea_fk_data_officer_id` FOREIGN KEY (`officer_id`) REFERENCES `data_officer` (`id`),
  CONSTRAINT `trr_trrstatus_trr_id_3285fe79_fk_trr_trr_id` FOREIGN KEY (`trr_id`) REFERENCES `trr_trr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trr_weapondischarge` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `trr_id` int(11) NOT NULL,
  `weapon_type` varchar(50) NULL DEFAULT NULL,
  `weapon_type_description` varchar(70) NULL DEFAULT NULL,
  `firearm_make` varchar(64) NULL DEFAULT NULL,
  `firearm_model` varchar(32) NULL DEFAULT NULL,
  `firearm_barrel_length` varchar(16) NULL DEFAULT NULL,
  `firearm_caliber` varchar(16) NULL DEFAULT NULL,
  `total_number_of_shots` smallint(6) NULL DEFAULT NULL,
  `firearm_reloaded` tinyint(1) NULL DEFAULT NULL,
  `number_of_catdridge_reloaded` smallint(6) NULL DEFAULT NULL,
  `handgun_worn_type` varchar(32) NULL DEFAULT NULL,
  `handgun_drawn_type` varchar(32) NULL DEFAULT NULL,
  `method_used_to_reload` varchar(64) NULL DEFAULT NULL,
  `sight_used` tinyint(1) NULL DEFAULT NULL,
  `protective_cover_used` varchar(32) NULL DEFAULT NULL,
  `discharge_distance` varchar(16) NULL DEFAULT NULL,
  `object_struck_of_discharge` varchar(32) NULL DEFAULT NULL,
  `discharge_position` varchar(32) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `trr_weapondischarge_trr_id_a259df23_fk_trr_trr_id` (`trr_id`),
  CONSTRAINT `trr_weapondischarge_trr_id_a259df23_fk_trr_trr_id` FOREIGN KEY (`trr_id`) REFERENCES `trr_trr` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twitterbot_tweetresponseroundrobin` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `username` varchar(15) NOT NULL,
  `response_type` varchar(20) NOT NULL,
  `last_index` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twitterbot_twitterbotresponselog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sources` longtext NOT NULL,
  `entity_url` varchar(200) NOT NULL,
  `tweet_content` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `tweet_url` varchar(200) NOT NULL,
  `incoming_tweet_username` varchar(15) NOT NULL,
  `incoming_tweet_url` varchar(200) NOT NULL,
  `incoming_tweet_content` longtext NOT NULL,
  `original_tweet_username` varchar(15) NOT NULL,
  `original_tweet_url` varchar(200) NOT NULL,
  `original_tweet_content` longtext NOT NULL,
  `original_event_object` json NULL DEFAULT NULL,
  `status` varchar(10) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `twitterbot_twitterbotvisitlog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `response_log_id` int(11) NOT NULL,
  `request_path` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `twitterbot_twitterbo_response_log_id_50936d5c_fk_twitterbo` (`response_log_id`),
  CONSTRAINT `twitterbot_twitterbo_response_log_id_50936d5c_fk_twitterbo` FOREIGN KEY (`response_log_id`) REFERENCES `twitterbot_twitterbotresponselog` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

