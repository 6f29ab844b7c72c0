-- Cadasta Platform (Cadasta Foundation; Django 1.11 + PostGIS web platform for documenting land and resource rights
-- of communities: organisations, projects, parties, spatial units, tenure relationships, resources, ODK/XForm
-- submissions), github.com/Cadasta/cadasta-platform, commit b1b7e9662d7a241ea1275a61137c781d14e307ff (AGPL-3.0).
-- Made by replaying the operations of the 73 migrations of its own apps (`cadasta/*/migrations/0*.py`:
-- CreateModel, AddField, AlterField, RemoveField, RenameField, DeleteModel, AlterUniqueTogether; RunSQL/RunPython
-- data and trigger steps skipped) with a small ast-based script, and writing each table as Django's MySQL schema
-- editor would: CharField/SlugField/EmailField/URLField/CountryField/S3FileField -> varchar(max_length),
-- TextField -> longtext, BooleanField -> bool, DateTimeField -> datetime(6), FloatField -> double precision,
-- UUIDField -> char(32), postgres JSONField / ArrayField -> json, PickledObjectField -> longtext, PostGIS
-- geometry / polygon / multipolygon / geometry collection -> geometry, ForeignKey -> `<name>_id` of the target's key
-- type, auto many-to-many fields -> join tables; no database defaults (Django keeps defaults in Python).
-- Three of the django-simple-history tables are kept (historical user, party, tenure relationship); the other
-- historical tables are left out. Five tables of installed third-party apps are written from those packages'
-- migrations at the pinned versions: django_content_type, django_session (Django 1.11), account_emailaddress,
-- account_emailconfirmation (django-allauth 0.35) and authtoken_token (Django REST framework 3.8).
SET NAMES utf8mb4;

CREATE TABLE `django_content_type` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL,
  `email` varchar(254),
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `full_name` varchar(130) NOT NULL,
  `email_verified` bool NOT NULL,
  `update_profile` bool NOT NULL,
  `language` varchar(10) NOT NULL,
  `measurement` varchar(20) NOT NULL,
  `avatar` varchar(200) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `phone` varchar(16),
  `phone_verified` bool NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_username_uniq` (`username`),
  UNIQUE KEY `accounts_user_email_uniq` (`email`),
  UNIQUE KEY `accounts_user_phone_uniq` (`phone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_historicaluser` (
  `id` integer NOT NULL,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL,
  `email` varchar(254),
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `full_name` varchar(130) NOT NULL,
  `email_verified` bool NOT NULL,
  `history_id` integer NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` integer,
  `update_profile` bool NOT NULL,
  `language` varchar(10) NOT NULL,
  `measurement` varchar(20) NOT NULL,
  `avatar` varchar(200) NOT NULL,
  `history_change_reason` varchar(100),
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `phone` varchar(16),
  `phone_verified` bool NOT NULL,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `accounts_historicalu_history_user_id_2aa1da98_fk_accounts_u` FOREIGN KEY (`history_user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_verificationdevice` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `confirmed` bool NOT NULL,
  `unverified_phone` varchar(16) NOT NULL,
  `secret_key` varchar(40) NOT NULL,
  `last_verified_counter` bigint NOT NULL,
  `label` varchar(20) NOT NULL,
  `verified` bool NOT NULL,
  `user_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_verificationdevice_secret_key_uniq` (`secret_key`),
  CONSTRAINT `accounts_verificatio_user_id_78e240d6_fk_accounts_u` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geography_worldborder` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `pop_est` integer NOT NULL,
  `fips` varchar(3) NOT NULL,
  `iso2` varchar(5) NOT NULL,
  `iso3` varchar(3) NOT NULL,
  `un` integer NOT NULL,
  `region` varchar(23) NOT NULL,
  `subregion` varchar(25) NOT NULL,
  `mpoly` geometry NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_organization` (
  `id` varchar(24) NOT NULL,
  `name` varchar(200) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `description` longtext,
  `archived` bool NOT NULL,
  `urls` json NOT NULL,
  `contacts` json,
  `logo` varchar(200),
  `last_updated` datetime(6) NOT NULL,
  `access` varchar(8) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_organization_name_uniq` (`name`),
  UNIQUE KEY `organization_organization_slug_uniq` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_organizationrole` (
  `id` varchar(24) NOT NULL,
  `admin` bool NOT NULL,
  `organization_id` varchar(24) NOT NULL,
  `user_id` integer NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_organizationrole_6b6b6a75_uniq` (`organization_id`, `user_id`),
  CONSTRAINT `organization_organiz_organization_id_92e20958_fk_organizati` FOREIGN KEY (`organization_id`) REFERENCES `organization_organization` (`id`),
  CONSTRAINT `organization_organiz_user_id_c81b9d37_fk_accounts_u` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_project` (
  `id` varchar(24) NOT NULL,
  `name` varchar(100) NOT NULL,
  `slug` varchar(50),
  `country` varchar(2),
  `description` longtext,
  `archived` bool NOT NULL,
  `urls` json NOT NULL,
  `contacts` json,
  `last_updated` datetime(6) NOT NULL,
  `extent` geometry,
  `access` varchar(8) NOT NULL,
  `current_questionnaire` varchar(24),
  `organization_id` varchar(24) NOT NULL,
  `area` double precision NOT NULL,
  `created_date` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_project_slug_uniq` (`slug`),
  UNIQUE KEY `organization_project_4960dd9d_uniq` (`organization_id`, `name`),
  CONSTRAINT `organization_project_organization_id_476341e2_fk_organizati` FOREIGN KEY (`organization_id`) REFERENCES `organization_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_projectrole` (
  `id` varchar(24) NOT NULL,
  `role` varchar(2) NOT NULL,
  `project_id` varchar(24) NOT NULL,
  `user_id` integer NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_projectrole_dfcdb4c4_uniq` (`project_id`, `user_id`),
  CONSTRAINT `organization_project_project_id_664ac042_fk_organizati` FOREIGN KEY (`project_id`) REFERENCES `organization_project` (`id`),
  CONSTRAINT `organization_project_user_id_23648bd1_fk_accounts_u` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `party_historicalparty` (
  `id` varchar(24) NOT NULL,
  `name` varchar(200) NOT NULL,
  `type` varchar(2) NOT NULL,
  `contacts` json NOT NULL,
  `attributes` json NOT NULL,
  `history_id` integer NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` integer,
  `project_id` varchar(24),
  `history_change_reason` varchar(100),
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `party_historicalpart_history_user_id_042cc7da_fk_accounts_u` FOREIGN KEY (`history_user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `party_historicaltenurerelationship` (
  `id` varchar(24) NOT NULL,
  `attributes` json NOT NULL,
  `history_id` integer NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` integer,
  `party_id` varchar(24),
  `project_id` varchar(24),
  `spatial_unit_id` varchar(24),
  `tenure_type` varchar(100) NOT NULL,
  `history_change_reason` varchar(100),
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`history_id`),
  CONSTRAINT `party_historicaltenu_history_user_id_14961499_fk_accounts_u` FOREIGN KEY (`history_user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `party_party` (
  `id` varchar(24) NOT NULL,
  `name` varchar(200) NOT NULL,
  `type` varchar(2) NOT NULL,
  `contacts` json NOT NULL,
  `attributes` json NOT NULL,
  `project_id` varchar(24) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `party_party_project_id_f46fa90e_fk_organizati` FOREIGN KEY (`project_id`) REFERENCES `organization_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `party_partyrelationship` (
  `id` varchar(24) NOT NULL,
  `type` varchar(1) NOT NULL,
  `attributes` json NOT NULL,
  `party1_id` varchar(24) NOT NULL,
  `party2_id` varchar(24) NOT NULL,
  `project_id` varchar(24) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `party_partyrelations_party1_id_8fb72b02_fk_party_part` FOREIGN KEY (`party1_id`) REFERENCES `party_party` (`id`),
  CONSTRAINT `party_partyrelations_party2_id_263a4c86_fk_party_part` FOREIGN KEY (`party2_id`) REFERENCES `party_party` (`id`),
  CONSTRAINT `party_partyrelations_project_id_eaf78201_fk_organizati` FOREIGN KEY (`project_id`) REFERENCES `organization_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questionnaires_questionnaire` (
  `id` varchar(24) NOT NULL,
  `filename` varchar(100) NOT NULL,
  `title` varchar(500) NOT NULL,
  `id_string` varchar(50) NOT NULL,
  `xls_form` varchar(200) NOT NULL,
  `xml_form` varchar(200) NOT NULL,
  `version` bigint NOT NULL,
  `md5_hash` varchar(50) NOT NULL,
  `project_id` varchar(24) NOT NULL,
  `original_file` varchar(200),
  `default_language` varchar(3),
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `questionnaires_questionnaire_d324e6ed_uniq` (`project_id`, `id_string`, `version`),
  CONSTRAINT `questionnaires_quest_project_id_2b7b48c5_fk_organizati` FOREIGN KEY (`project_id`) REFERENCES `organization_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questionnaires_questiongroup` (
  `id` varchar(24) NOT NULL,
  `name` varchar(100) NOT NULL,
  `questionnaire_id` varchar(24) NOT NULL,
  `label_xlat` json NOT NULL,
  `question_group_id` varchar(24),
  `relevant` longtext,
  `type` varchar(50) NOT NULL,
  `index` integer,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `questionnaires_quest_questionnaire_id_101ac3ec_fk_questionna` FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaires_questionnaire` (`id`),
  CONSTRAINT `questionnaires_quest_question_group_id_9fd0c344_fk_questionna` FOREIGN KEY (`question_group_id`) REFERENCES `questionnaires_questiongroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questionnaires_question` (
  `id` varchar(24) NOT NULL,
  `name` varchar(100) NOT NULL,
  `type` varchar(2) NOT NULL,
  `required` bool NOT NULL,
  `constraint` varchar(50),
  `question_group_id` varchar(24),
  `questionnaire_id` varchar(24) NOT NULL,
  `label_xlat` json NOT NULL,
  `default` varchar(100),
  `hint` varchar(2500),
  `relevant` longtext,
  `index` integer,
  `gps_accuracy` double precision,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `appearance` varchar(100),
  PRIMARY KEY (`id`),
  CONSTRAINT `questionnaires_quest_question_group_id_8cb9c11c_fk_questionna` FOREIGN KEY (`question_group_id`) REFERENCES `questionnaires_questiongroup` (`id`),
  CONSTRAINT `questionnaires_quest_questionnaire_id_9c385fc2_fk_questionna` FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaires_questionnaire` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questionnaires_questionoption` (
  `id` varchar(24) NOT NULL,
  `name` varchar(100) NOT NULL,
  `question_id` varchar(24) NOT NULL,
  `index` integer NOT NULL,
  `label_xlat` json NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `questionnaires_quest_question_id_90dffeed_fk_questionna` FOREIGN KEY (`question_id`) REFERENCES `questionnaires_question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_resource` (
  `id` varchar(24) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `file` varchar(200) NOT NULL,
  `original_file` varchar(200) NOT NULL,
  `file_versions` json,
  `mime_type` varchar(100) NOT NULL,
  `archived` bool NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `contributor_id` integer NOT NULL,
  `project_id` varchar(24) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_resource_contributor_id_e00ef6b4_fk_accounts_u` FOREIGN KEY (`contributor_id`) REFERENCES `accounts_user` (`id`),
  CONSTRAINT `resources_resource_project_id_1880c0ab_fk_organizati` FOREIGN KEY (`project_id`) REFERENCES `organization_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_contentobject` (
  `id` varchar(24) NOT NULL,
  `object_id` varchar(24),
  `content_type_id` integer,
  `resource_id` varchar(24) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_contentobj_content_type_id_7ed9201c_fk_django_con` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `resources_contentobj_resource_id_7edbdcc5_fk_resources_` FOREIGN KEY (`resource_id`) REFERENCES `resources_resource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources_spatialresource` (
  `id` varchar(24) NOT NULL,
  `name` varchar(256),
  `time` datetime(6),
  `geom` geometry,
  `attributes` json NOT NULL,
  `resource_id` varchar(24) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `resources_spatialres_resource_id_fa1446fa_fk_resources_` FOREIGN KEY (`resource_id`) REFERENCES `resources_resource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spatial_spatialunit` (
  `id` varchar(24) NOT NULL,
  `geometry` geometry,
  `type` varchar(100) NOT NULL,
  `attributes` json NOT NULL,
  `project_id` varchar(24) NOT NULL,
  `area` double precision NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `label` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `spatial_spatialunit_project_id_4104cb4f_fk_organizati` FOREIGN KEY (`project_id`) REFERENCES `organization_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `party_tenurerelationship` (
  `id` varchar(24) NOT NULL,
  `attributes` json NOT NULL,
  `party_id` varchar(24) NOT NULL,
  `project_id` varchar(24) NOT NULL,
  `spatial_unit_id` varchar(24) NOT NULL,
  `tenure_type` varchar(100) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `party_tenurerelation_party_id_7ef66f5f_fk_party_part` FOREIGN KEY (`party_id`) REFERENCES `party_party` (`id`),
  CONSTRAINT `party_tenurerelation_project_id_91843c62_fk_organizati` FOREIGN KEY (`project_id`) REFERENCES `organization_project` (`id`),
  CONSTRAINT `party_tenurerelation_spatial_unit_id_e30e5052_fk_spatial_sp` FOREIGN KEY (`spatial_unit_id`) REFERENCES `spatial_spatialunit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spatial_spatialrelationship` (
  `id` varchar(24) NOT NULL,
  `type` varchar(1) NOT NULL,
  `attributes` json NOT NULL,
  `project_id` varchar(24) NOT NULL,
  `su1_id` varchar(24) NOT NULL,
  `su2_id` varchar(24) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `spatial_spatialrelat_project_id_e0353f5e_fk_organizati` FOREIGN KEY (`project_id`) REFERENCES `organization_project` (`id`),
  CONSTRAINT `spatial_spatialrelat_su1_id_29d771eb_fk_spatial_sp` FOREIGN KEY (`su1_id`) REFERENCES `spatial_spatialunit` (`id`),
  CONSTRAINT `spatial_spatialrelat_su2_id_8d0280e3_fk_spatial_sp` FOREIGN KEY (`su2_id`) REFERENCES `spatial_spatialunit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_backgroundtask` (
  `id` varchar(24) NOT NULL,
  `task_id` varchar(155) NOT NULL,
  `type` varchar(128) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  `input` json NOT NULL,
  `options` json NOT NULL,
  `related_object_id` varchar(24),
  `immutable` bool,
  `creator_id` integer,
  `parent_id` varchar(24),
  `related_content_type_id` integer,
  `root_id` varchar(24) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tasks_backgroundtask_task_id_uniq` (`task_id`),
  CONSTRAINT `tasks_backgroundtask_creator_id_22fba4e0_fk_accounts_u` FOREIGN KEY (`creator_id`) REFERENCES `accounts_user` (`id`),
  CONSTRAINT `tasks_backgroundtask_parent_id_cdbdaf3b_fk_tasks_back` FOREIGN KEY (`parent_id`) REFERENCES `tasks_backgroundtask` (`id`),
  CONSTRAINT `tasks_backgroundtask_related_content_type_016e943a_fk_django_con` FOREIGN KEY (`related_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `tasks_backgroundtask_root_id_2025afc8_fk_tasks_back` FOREIGN KEY (`root_id`) REFERENCES `tasks_backgroundtask` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `celery_taskmeta` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `status` varchar(50) NOT NULL,
  `result` longtext,
  `date_done` datetime(6),
  `traceback` longtext,
  `task_id` varchar(24),
  PRIMARY KEY (`id`),
  UNIQUE KEY `celery_taskmeta_task_id_uniq` (`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `xforms_xformsubmission` (
  `id` varchar(24) NOT NULL,
  `json_submission` json NOT NULL,
  `questionnaire_id` varchar(24) NOT NULL,
  `user_id` integer NOT NULL,
  `instanceID` char(32) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `last_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `xforms_xformsubmissi_questionnaire_id_39795599_fk_questionna` FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaires_questionnaire` (`id`),
  CONSTRAINT `xforms_xformsubmissi_user_id_55c1236c_fk_accounts_u` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `xforms_xformsubmission_parties` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `xformsubmission_id` varchar(24) NOT NULL,
  `party_id` varchar(24) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `xforms_xformsubmission_parties_c08e4fea_uniq` (`xformsubmission_id`, `party_id`),
  CONSTRAINT `xforms_xformsubmission_parties_xformsubmission_id_fk` FOREIGN KEY (`xformsubmission_id`) REFERENCES `xforms_xformsubmission` (`id`),
  CONSTRAINT `xforms_xformsubmissi_party_id_725d8183_fk_party_part` FOREIGN KEY (`party_id`) REFERENCES `party_party` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `xforms_xformsubmission_spatial_units` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `xformsubmission_id` varchar(24) NOT NULL,
  `spatialunit_id` varchar(24) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `xforms_xformsubmission_spatial_units_93e0c315_uniq` (`xformsubmission_id`, `spatialunit_id`),
  CONSTRAINT `xforms_xformsubmission_spatial_xformsubmission_id_fk` FOREIGN KEY (`xformsubmission_id`) REFERENCES `xforms_xformsubmission` (`id`),
  CONSTRAINT `xforms_xformsubmissi_spatialunit_id_5e2d2617_fk_spatial_sp` FOREIGN KEY (`spatialunit_id`) REFERENCES `spatial_spatialunit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `xforms_xformsubmission_tenure_relationships` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `xformsubmission_id` varchar(24) NOT NULL,
  `tenurerelationship_id` varchar(24) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `xforms_xformsubmission_tenure_relationsh_92e932b1_uniq` (`xformsubmission_id`, `tenurerelationship_id`),
  CONSTRAINT `xforms_xformsubmission_tenure__xformsubmission_id_fk` FOREIGN KEY (`xformsubmission_id`) REFERENCES `xforms_xformsubmission` (`id`),
  CONSTRAINT `xforms_xformsubmissi_tenurerelationship_i_636eb094_fk_party_tenu` FOREIGN KEY (`tenurerelationship_id`) REFERENCES `party_tenurerelationship` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailaddress` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `email` varchar(254) NOT NULL,
  `verified` bool NOT NULL,
  `primary` bool NOT NULL,
  `user_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailconfirmation` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) NULL,
  `key` varchar(64) NOT NULL,
  `email_address_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` integer NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
