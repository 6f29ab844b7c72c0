-- Django-CRM: MySQL DDL of 44 of its tables, for the blind labelling exam (blind25).
-- Upstream: github.com/DjangoCRM/django-crm, commit 4a0caf5e0355c600703289a29a873b6b6297fa35 (v2.4.0-78-g4a0caf5),
--   licence AGPL-3.0. Models: crm/models/*.py, tasks/models/*.py, common/models.py, massmail/models/*.py,
--   analytics/models.py, chat/models.py, and Django's django.contrib.auth / admin / sessions tables.
-- How it was made: upstream's own migrations (all apps) were applied with Django 5.2 (MySQL backend, PyMySQL)
--   to an empty MariaDB 10.11 database (`makemigrations --check` reports no model changes missing from them) and each
--   kept table was taken from SHOW CREATE TABLE: Django's table names (<app>_<model>, M2M <app>_<model>_<field>),
--   column names, order, types and NULL/DEFAULT as created.
-- Conversions: non-unique indexes left out (PRIMARY and UNIQUE keys kept); Django's `CHECK (col >= 0)` on
--   Positive*Field columns and `CHECK (json_valid(col))` dropped; JSONField written as `json` (Django's MySQL type,
--   MariaDB creates longtext + json_valid); UUIDField written as `char(32)` (Django's MySQL type, MariaDB >= 10.7 gets
--   native `uuid`); foreign keys kept with Django's constraint names, except those to tables left out
--   (django_content_type, crm_productcategory, tasks_projectstage). Upstream has no column comments (db_comment),
--   so there are no COMMENTs. crm_deal and crm_request refer to each other, hence FOREIGN_KEY_CHECKS=0.
SET FOREIGN_KEY_CHECKS=0;

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
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
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
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_department` (
  `group_ptr_id` int(11) NOT NULL,
  `works_globally` tinyint(1) NOT NULL,
  `default_country_id` int(11) DEFAULT NULL,
  `default_currency_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`group_ptr_id`),
  CONSTRAINT `common_department_default_country_id_96a4eddc_fk_crm_country_id` FOREIGN KEY (`default_country_id`) REFERENCES `crm_country` (`id`),
  CONSTRAINT `common_department_default_currency_id_44a7c486_fk_crm_curre` FOREIGN KEY (`default_currency_id`) REFERENCES `crm_currency` (`id`),
  CONSTRAINT `common_department_group_ptr_id_3a0ce499_fk_auth_group_id` FOREIGN KEY (`group_ptr_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_userprofile` (
  `user_id` int(11) NOT NULL,
  `pbx_number` varchar(20) NOT NULL,
  `utc_timezone` varchar(19) NOT NULL,
  `activate_timezone` tinyint(1) NOT NULL,
  `messages` json NOT NULL,
  `language_code` varchar(7) NOT NULL,
  `avatar` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `common_userprofile_user_id_a45098cb_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_reminder` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(10) unsigned NOT NULL,
  `subject` varchar(250) NOT NULL,
  `description` longtext NOT NULL,
  `reminder_date` datetime(6) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `send_notification_email` tinyint(1) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `common_reminder_owner_id_a206a8da_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_thefile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file` varchar(250) DEFAULT NULL,
  `attached_to_deal` tinyint(1) NOT NULL,
  `object_id` int(10) unsigned NOT NULL,
  `content_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_country` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `alternative_names` varchar(100) NOT NULL,
  `url_name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_city` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `alternative_names` varchar(100) NOT NULL,
  `country_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_city_country_id_3791cd90_fk_crm_country_id` FOREIGN KEY (`country_id`) REFERENCES `crm_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_clienttype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(70) NOT NULL,
  `department_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_clienttype_department_id_8cb029d3_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_industry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(70) NOT NULL,
  `department_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_industry_department_id_7a4b1119_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_closingreason` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(70) NOT NULL,
  `index_number` smallint(6) NOT NULL,
  `success_reason` tinyint(1) NOT NULL,
  `department_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_closingreason_department_id_063c72af_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_stage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(70) NOT NULL,
  `default` tinyint(1) NOT NULL,
  `index_number` smallint(6) NOT NULL,
  `second_default` tinyint(1) NOT NULL,
  `success_stage` tinyint(1) NOT NULL,
  `conditional_success_stage` tinyint(1) NOT NULL,
  `goods_shipped` tinyint(1) NOT NULL,
  `department_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_stage_department_id_1f66d880_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_leadsource` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(70) NOT NULL,
  `email` varchar(254) NOT NULL,
  `uuid` char(32) NOT NULL,
  `form_template` varchar(70) NOT NULL,
  `success_template` varchar(70) NOT NULL,
  `department_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_leadsource_department_id_30bd576b_fk_common_de` FOREIGN KEY (`department_id`) REFERENCES `common_department` (`group_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `name` varchar(70) NOT NULL,
  `department_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_tag_department_id_e9eea4e3_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `crm_tag_modified_by_id_3cbff65e_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_tag_owner_id_2738cee0_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_currency` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(3) NOT NULL,
  `rate_to_state_currency` decimal(13,8) NOT NULL,
  `rate_to_marketing_currency` decimal(13,8) NOT NULL,
  `is_state_currency` tinyint(1) NOT NULL,
  `is_marketing_currency` tinyint(1) NOT NULL,
  `update_date` datetime(6) DEFAULT NULL,
  `auto_update` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_rate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `payment_date` date NOT NULL,
  `rate_to_state_currency` decimal(13,8) NOT NULL,
  `rate_to_marketing_currency` decimal(13,8) NOT NULL,
  `rate_type` varchar(1) NOT NULL,
  `currency_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_rate_currency_id_86b614ea_fk_crm_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `crm_currency` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_company` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `full_name` varchar(200) NOT NULL,
  `alternative_names` varchar(100) NOT NULL,
  `website` varchar(200) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `phone` varchar(100) NOT NULL,
  `city_name` varchar(100) NOT NULL,
  `address` longtext NOT NULL,
  `email` varchar(200) NOT NULL,
  `registration_number` varchar(30) NOT NULL,
  `description` longtext NOT NULL,
  `was_in_touch` date DEFAULT NULL,
  `token` varchar(11) NOT NULL,
  `city_id` int(11) DEFAULT NULL,
  `department_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `type_id` int(11) DEFAULT NULL,
  `country_id` int(11) DEFAULT NULL,
  `lead_source_id` int(11) DEFAULT NULL,
  `disqualified` tinyint(1) NOT NULL,
  `massmail` tinyint(1) NOT NULL,
  `district` varchar(100) NOT NULL,
  `region` varchar(100) NOT NULL,
  `logo` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  UNIQUE KEY `crm_company_full_name_country_id_7d8a04a5_uniq` (`full_name`,`country_id`),
  CONSTRAINT `crm_company_city_id_69a5657c_fk_crm_city_id` FOREIGN KEY (`city_id`) REFERENCES `crm_city` (`id`),
  CONSTRAINT `crm_company_country_id_e9a3604c_fk_crm_country_id` FOREIGN KEY (`country_id`) REFERENCES `crm_country` (`id`),
  CONSTRAINT `crm_company_department_id_90aac0d6_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `crm_company_lead_source_id_dd228f25_fk_crm_leadsource_id` FOREIGN KEY (`lead_source_id`) REFERENCES `crm_leadsource` (`id`),
  CONSTRAINT `crm_company_modified_by_id_312b16f4_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_company_owner_id_a25b9c7d_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_company_type_id_aacca403_fk_crm_clienttype_id` FOREIGN KEY (`type_id`) REFERENCES `crm_clienttype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_company_industry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_id` int(11) NOT NULL,
  `industry_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `crm_company_industry_company_id_industry_id_37ac15c3_uniq` (`company_id`,`industry_id`),
  CONSTRAINT `crm_company_industry_company_id_5d01fd6a_fk_crm_company_id` FOREIGN KEY (`company_id`) REFERENCES `crm_company` (`id`),
  CONSTRAINT `crm_company_industry_industry_id_81d06898_fk_crm_industry_id` FOREIGN KEY (`industry_id`) REFERENCES `crm_industry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `middle_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `title` varchar(100) DEFAULT NULL,
  `sex` varchar(1) DEFAULT NULL,
  `birth_date` date DEFAULT NULL,
  `was_in_touch` date DEFAULT NULL,
  `email` varchar(200) NOT NULL,
  `secondary_email` varchar(254) NOT NULL,
  `phone` varchar(100) NOT NULL,
  `other_phone` varchar(100) NOT NULL,
  `mobile` varchar(100) NOT NULL,
  `city_name` varchar(50) NOT NULL,
  `address` longtext NOT NULL,
  `description` longtext NOT NULL,
  `token` varchar(11) NOT NULL,
  `city_id` int(11) DEFAULT NULL,
  `company_id` int(11) NOT NULL,
  `department_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `country_id` int(11) DEFAULT NULL,
  `lead_source_id` int(11) DEFAULT NULL,
  `disqualified` tinyint(1) NOT NULL,
  `massmail` tinyint(1) NOT NULL,
  `district` varchar(100) NOT NULL,
  `region` varchar(100) NOT NULL,
  `avatar` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  CONSTRAINT `crm_contact_city_id_fb95232b_fk_crm_city_id` FOREIGN KEY (`city_id`) REFERENCES `crm_city` (`id`),
  CONSTRAINT `crm_contact_company_id_5104bcf2_fk_crm_company_id` FOREIGN KEY (`company_id`) REFERENCES `crm_company` (`id`),
  CONSTRAINT `crm_contact_country_id_fdeb00dc_fk_crm_country_id` FOREIGN KEY (`country_id`) REFERENCES `crm_country` (`id`),
  CONSTRAINT `crm_contact_department_id_feca2305_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `crm_contact_lead_source_id_aeb0661f_fk_crm_leadsource_id` FOREIGN KEY (`lead_source_id`) REFERENCES `crm_leadsource` (`id`),
  CONSTRAINT `crm_contact_modified_by_id_1ea611c8_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_contact_owner_id_11e5a0f0_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_contact_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `crm_contact_tags_contact_id_tag_id_5609fe9c_uniq` (`contact_id`,`tag_id`),
  CONSTRAINT `crm_contact_tags_contact_id_d3af1cc9_fk_crm_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `crm_contact` (`id`),
  CONSTRAINT `crm_contact_tags_tag_id_65d06b79_fk_crm_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `crm_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_lead` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `middle_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `title` varchar(100) DEFAULT NULL,
  `sex` varchar(1) DEFAULT NULL,
  `birth_date` date DEFAULT NULL,
  `was_in_touch` date DEFAULT NULL,
  `email` varchar(200) NOT NULL,
  `secondary_email` varchar(254) NOT NULL,
  `phone` varchar(100) NOT NULL,
  `other_phone` varchar(100) NOT NULL,
  `mobile` varchar(100) NOT NULL,
  `city_name` varchar(50) NOT NULL,
  `disqualified` tinyint(1) NOT NULL,
  `address` longtext NOT NULL,
  `description` longtext NOT NULL,
  `company_name` varchar(200) NOT NULL,
  `website` varchar(200) NOT NULL,
  `company_phone` varchar(20) NOT NULL,
  `company_address` longtext NOT NULL,
  `company_email` varchar(254) NOT NULL,
  `token` varchar(11) NOT NULL,
  `city_id` int(11) DEFAULT NULL,
  `company_id` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `country_id` int(11) DEFAULT NULL,
  `department_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `type_id` int(11) DEFAULT NULL,
  `lead_source_id` int(11) DEFAULT NULL,
  `massmail` tinyint(1) NOT NULL,
  `district` varchar(100) NOT NULL,
  `region` varchar(100) NOT NULL,
  `avatar` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  CONSTRAINT `crm_lead_city_id_29ae1a66_fk_crm_city_id` FOREIGN KEY (`city_id`) REFERENCES `crm_city` (`id`),
  CONSTRAINT `crm_lead_company_id_a70d7b4c_fk_crm_company_id` FOREIGN KEY (`company_id`) REFERENCES `crm_company` (`id`),
  CONSTRAINT `crm_lead_contact_id_80d73740_fk_crm_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `crm_contact` (`id`),
  CONSTRAINT `crm_lead_country_id_7738e7f5_fk_crm_country_id` FOREIGN KEY (`country_id`) REFERENCES `crm_country` (`id`),
  CONSTRAINT `crm_lead_department_id_81bb42ff_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `crm_lead_lead_source_id_6dab1962_fk_crm_leadsource_id` FOREIGN KEY (`lead_source_id`) REFERENCES `crm_leadsource` (`id`),
  CONSTRAINT `crm_lead_modified_by_id_2780bfaf_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_lead_owner_id_f8fa5b1a_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_lead_type_id_c09c4a44_fk_crm_clienttype_id` FOREIGN KEY (`type_id`) REFERENCES `crm_clienttype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_request` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `request_for` varchar(250) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `middle_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `email` varchar(250) NOT NULL,
  `phone` varchar(200) NOT NULL,
  `website` varchar(200) NOT NULL,
  `company_name` varchar(200) NOT NULL,
  `receipt_date` date DEFAULT NULL,
  `city_name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `translation` longtext NOT NULL,
  `remark` longtext NOT NULL,
  `pending` tinyint(1) NOT NULL,
  `subsequent` tinyint(1) NOT NULL,
  `duplicate` tinyint(1) NOT NULL,
  `verification_required` tinyint(1) NOT NULL,
  `ticket` varchar(16) NOT NULL,
  `city_id` int(11) DEFAULT NULL,
  `co_owner_id` int(11) DEFAULT NULL,
  `company_id` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `country_id` int(11) DEFAULT NULL,
  `deal_id` int(11) DEFAULT NULL,
  `department_id` int(11) DEFAULT NULL,
  `lead_id` int(11) DEFAULT NULL,
  `lead_source_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `case` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_request_city_id_4ec72763_fk_crm_city_id` FOREIGN KEY (`city_id`) REFERENCES `crm_city` (`id`),
  CONSTRAINT `crm_request_co_owner_id_97bfeda8_fk_auth_user_id` FOREIGN KEY (`co_owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_request_company_id_88ae6e3e_fk_crm_company_id` FOREIGN KEY (`company_id`) REFERENCES `crm_company` (`id`),
  CONSTRAINT `crm_request_contact_id_91ed6ab2_fk_crm_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `crm_contact` (`id`),
  CONSTRAINT `crm_request_country_id_daa09295_fk_crm_country_id` FOREIGN KEY (`country_id`) REFERENCES `crm_country` (`id`),
  CONSTRAINT `crm_request_deal_id_197e99fa_fk_crm_deal_id` FOREIGN KEY (`deal_id`) REFERENCES `crm_deal` (`id`),
  CONSTRAINT `crm_request_department_id_4e30930a_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `crm_request_lead_id_1486fb35_fk_crm_lead_id` FOREIGN KEY (`lead_id`) REFERENCES `crm_lead` (`id`),
  CONSTRAINT `crm_request_lead_source_id_1de11d0b_fk_crm_leadsource_id` FOREIGN KEY (`lead_source_id`) REFERENCES `crm_leadsource` (`id`),
  CONSTRAINT `crm_request_modified_by_id_6958d6bf_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_request_owner_id_d3df4eb5_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_deal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `name` varchar(250) NOT NULL,
  `next_step` varchar(250) NOT NULL,
  `next_step_date` date NOT NULL,
  `description` longtext NOT NULL,
  `workflow` longtext NOT NULL,
  `stages_dates` longtext NOT NULL,
  `closing_date` date DEFAULT NULL,
  `win_closing_date` datetime(6) DEFAULT NULL,
  `amount` decimal(10,2) DEFAULT NULL,
  `probability` smallint(5) unsigned DEFAULT NULL,
  `ticket` varchar(16) NOT NULL,
  `relevant` tinyint(1) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `important` tinyint(1) NOT NULL,
  `is_new` tinyint(1) NOT NULL,
  `remind_me` tinyint(1) NOT NULL,
  `city_id` int(11) DEFAULT NULL,
  `closing_reason_id` int(11) DEFAULT NULL,
  `co_owner_id` int(11) DEFAULT NULL,
  `company_id` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `country_id` int(11) DEFAULT NULL,
  `currency_id` int(11) DEFAULT NULL,
  `department_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `partner_contact_id` int(11) DEFAULT NULL,
  `lead_id` int(11) DEFAULT NULL,
  `request_id` int(11) DEFAULT NULL,
  `stage_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ticket` (`ticket`),
  CONSTRAINT `crm_deal_city_id_d5ee0e5b_fk_crm_city_id` FOREIGN KEY (`city_id`) REFERENCES `crm_city` (`id`),
  CONSTRAINT `crm_deal_closing_reason_id_68b8ca67_fk_crm_closingreason_id` FOREIGN KEY (`closing_reason_id`) REFERENCES `crm_closingreason` (`id`),
  CONSTRAINT `crm_deal_co_owner_id_eb98caca_fk_auth_user_id` FOREIGN KEY (`co_owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_deal_company_id_5f13cebb_fk_crm_company_id` FOREIGN KEY (`company_id`) REFERENCES `crm_company` (`id`),
  CONSTRAINT `crm_deal_contact_id_d06c1407_fk_crm_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `crm_contact` (`id`),
  CONSTRAINT `crm_deal_country_id_b7a2f075_fk_crm_country_id` FOREIGN KEY (`country_id`) REFERENCES `crm_country` (`id`),
  CONSTRAINT `crm_deal_currency_id_7c7ffd7b_fk_crm_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `crm_currency` (`id`),
  CONSTRAINT `crm_deal_department_id_57f67262_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `crm_deal_lead_id_734d9686_fk_crm_lead_id` FOREIGN KEY (`lead_id`) REFERENCES `crm_lead` (`id`),
  CONSTRAINT `crm_deal_modified_by_id_628881f6_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_deal_owner_id_81e384bc_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_deal_partner_contact_id_0a961512_fk_crm_contact_id` FOREIGN KEY (`partner_contact_id`) REFERENCES `crm_contact` (`id`),
  CONSTRAINT `crm_deal_request_id_0cd37e8b_fk_crm_request_id` FOREIGN KEY (`request_id`) REFERENCES `crm_request` (`id`),
  CONSTRAINT `crm_deal_stage_id_576166c2_fk_crm_stage_id` FOREIGN KEY (`stage_id`) REFERENCES `crm_stage` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_payment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` decimal(10,2) NOT NULL,
  `payment_date` date NOT NULL,
  `status` varchar(1) NOT NULL,
  `contract_number` varchar(40) NOT NULL,
  `invoice_number` varchar(40) NOT NULL,
  `order_number` varchar(40) NOT NULL,
  `through_representation` tinyint(1) NOT NULL,
  `currency_id` int(11) DEFAULT NULL,
  `deal_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_payment_currency_id_4553d309_fk_crm_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `crm_currency` (`id`),
  CONSTRAINT `crm_payment_deal_id_1a22e343_fk_crm_deal_id` FOREIGN KEY (`deal_id`) REFERENCES `crm_deal` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_product` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `name` varchar(70) NOT NULL,
  `description` longtext NOT NULL,
  `price` decimal(10,2) DEFAULT NULL,
  `on_sale` tinyint(1) NOT NULL,
  `type` varchar(1) DEFAULT NULL,
  `currency_id` int(11) DEFAULT NULL,
  `department_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `product_category_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_product_currency_id_a790ddf6_fk_crm_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `crm_currency` (`id`),
  CONSTRAINT `crm_product_department_id_0523e414_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `crm_product_modified_by_id_02531b6a_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_output` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `amount` decimal(10,2) NOT NULL,
  `quantity` smallint(5) unsigned NOT NULL,
  `shipping_date` date DEFAULT NULL,
  `planned_shipping_date` date DEFAULT NULL,
  `actual_shipping_date` date DEFAULT NULL,
  `product_is_shipped` tinyint(1) NOT NULL,
  `serial_number` varchar(50) NOT NULL,
  `currency_id` int(11) DEFAULT NULL,
  `deal_id` int(11) NOT NULL,
  `product_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_output_currency_id_63a93add_fk_crm_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `crm_currency` (`id`),
  CONSTRAINT `crm_output_deal_id_7ec71c09_fk_crm_deal_id` FOREIGN KEY (`deal_id`) REFERENCES `crm_deal` (`id`),
  CONSTRAINT `crm_output_product_id_cbe93472_fk_crm_product_id` FOREIGN KEY (`product_id`) REFERENCES `crm_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crm_crmemail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `subject` varchar(250) NOT NULL,
  `content` longtext NOT NULL,
  `prev_corr` longtext NOT NULL,
  `is_html` tinyint(1) NOT NULL,
  `to` longtext DEFAULT NULL,
  `from_field` varchar(200) DEFAULT NULL,
  `cc` longtext DEFAULT NULL,
  `bcc` longtext DEFAULT NULL,
  `sent` tinyint(1) NOT NULL,
  `incoming` tinyint(1) NOT NULL,
  `trash` tinyint(1) NOT NULL,
  `inquiry` tinyint(1) NOT NULL,
  `read_receipt` tinyint(1) NOT NULL,
  `uid` int(10) unsigned DEFAULT NULL,
  `imap_host` varchar(100) NOT NULL,
  `email_host_user` varchar(100) NOT NULL,
  `ticket` varchar(16) NOT NULL,
  `message_id` varchar(200) NOT NULL,
  `company_id` int(11) DEFAULT NULL,
  `contact_id` int(11) DEFAULT NULL,
  `department_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `signature_id` int(11) DEFAULT NULL,
  `deal_id` int(11) DEFAULT NULL,
  `lead_id` int(11) DEFAULT NULL,
  `request_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `crm_crmemail_company_id_69fb43a2_fk_crm_company_id` FOREIGN KEY (`company_id`) REFERENCES `crm_company` (`id`),
  CONSTRAINT `crm_crmemail_contact_id_d2d2a341_fk_crm_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `crm_contact` (`id`),
  CONSTRAINT `crm_crmemail_deal_id_4357b455_fk_crm_deal_id` FOREIGN KEY (`deal_id`) REFERENCES `crm_deal` (`id`),
  CONSTRAINT `crm_crmemail_department_id_88451d0c_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `crm_crmemail_lead_id_61606d4b_fk_crm_lead_id` FOREIGN KEY (`lead_id`) REFERENCES `crm_lead` (`id`),
  CONSTRAINT `crm_crmemail_modified_by_id_45ca0775_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_crmemail_owner_id_3b903780_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `crm_crmemail_request_id_99a97c81_fk_crm_request_id` FOREIGN KEY (`request_id`) REFERENCES `crm_request` (`id`),
  CONSTRAINT `crm_crmemail_signature_id_78684081_fk_massmail_signature_id` FOREIGN KEY (`signature_id`) REFERENCES `massmail_signature` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_taskstage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(70) NOT NULL,
  `default` tinyint(1) NOT NULL,
  `done` tinyint(1) NOT NULL,
  `in_progress` tinyint(1) NOT NULL,
  `index_number` smallint(6) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_resolution` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(70) NOT NULL,
  `index_number` smallint(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `priority` smallint(6) NOT NULL,
  `name` varchar(250) NOT NULL,
  `description` longtext NOT NULL,
  `note` longtext NOT NULL,
  `due_date` date DEFAULT NULL,
  `start_date` date DEFAULT NULL,
  `closing_date` date DEFAULT NULL,
  `workflow` longtext NOT NULL,
  `next_step` varchar(250) NOT NULL,
  `next_step_date` date NOT NULL,
  `active` tinyint(1) NOT NULL,
  `remind_me` tinyint(1) NOT NULL,
  `token` varchar(11) NOT NULL,
  `co_owner_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `stage_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  CONSTRAINT `tasks_project_co_owner_id_77e4d5af_fk_auth_user_id` FOREIGN KEY (`co_owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tasks_project_modified_by_id_d578e5e9_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tasks_project_owner_id_ce07be61_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_task` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `priority` smallint(6) NOT NULL,
  `name` varchar(250) NOT NULL,
  `description` longtext NOT NULL,
  `note` longtext NOT NULL,
  `due_date` date DEFAULT NULL,
  `start_date` date DEFAULT NULL,
  `closing_date` date DEFAULT NULL,
  `workflow` longtext NOT NULL,
  `next_step` varchar(250) NOT NULL,
  `next_step_date` date NOT NULL,
  `active` tinyint(1) NOT NULL,
  `remind_me` tinyint(1) NOT NULL,
  `token` varchar(11) NOT NULL,
  `hide_main_task` tinyint(1) NOT NULL,
  `lead_time` bigint(20) NOT NULL,
  `co_owner_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `task_id` int(11) DEFAULT NULL,
  `stage_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  CONSTRAINT `tasks_task_co_owner_id_32424a4d_fk_auth_user_id` FOREIGN KEY (`co_owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tasks_task_modified_by_id_85721a7e_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tasks_task_owner_id_db3dcc3e_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tasks_task_project_id_a2815f0c_fk_tasks_project_id` FOREIGN KEY (`project_id`) REFERENCES `tasks_project` (`id`),
  CONSTRAINT `tasks_task_stage_id_967f2c97_fk_tasks_taskstage_id` FOREIGN KEY (`stage_id`) REFERENCES `tasks_taskstage` (`id`),
  CONSTRAINT `tasks_task_task_id_180f9f06_fk_tasks_task_id` FOREIGN KEY (`task_id`) REFERENCES `tasks_task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_task_responsible` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `task_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tasks_task_responsible_task_id_user_id_fba1035b_uniq` (`task_id`,`user_id`),
  CONSTRAINT `tasks_task_responsible_task_id_d4d87c4f_fk_tasks_task_id` FOREIGN KEY (`task_id`) REFERENCES `tasks_task` (`id`),
  CONSTRAINT `tasks_task_responsible_user_id_0228e65c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_memo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `name` varchar(250) NOT NULL,
  `description` longtext NOT NULL,
  `note` longtext NOT NULL,
  `draft` tinyint(1) NOT NULL,
  `notified` tinyint(1) NOT NULL,
  `review_date` date DEFAULT NULL,
  `stage` varchar(3) NOT NULL,
  `deal_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `to_id` int(11) NOT NULL,
  `project_id` int(11) DEFAULT NULL,
  `resolution_id` int(11) DEFAULT NULL,
  `task_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tasks_memo_deal_id_20785383_fk_crm_deal_id` FOREIGN KEY (`deal_id`) REFERENCES `crm_deal` (`id`),
  CONSTRAINT `tasks_memo_modified_by_id_55079c21_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tasks_memo_owner_id_5aaf7cd9_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `tasks_memo_project_id_5dfdedf3_fk_tasks_project_id` FOREIGN KEY (`project_id`) REFERENCES `tasks_project` (`id`),
  CONSTRAINT `tasks_memo_resolution_id_9b1e9a50_fk_tasks_resolution_id` FOREIGN KEY (`resolution_id`) REFERENCES `tasks_resolution` (`id`),
  CONSTRAINT `tasks_memo_task_id_3539c234_fk_tasks_task_id` FOREIGN KEY (`task_id`) REFERENCES `tasks_task` (`id`),
  CONSTRAINT `tasks_memo_to_id_f9b7700d_fk_auth_user_id` FOREIGN KEY (`to_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `massmail_signature` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `type` varchar(10) NOT NULL,
  `content` longtext NOT NULL,
  `default` tinyint(1) NOT NULL,
  `department_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `massmail_signature_department_id_a5d4b019_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `massmail_signature_modified_by_id_01f14187_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `massmail_signature_owner_id_8b94a28f_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `massmail_emailaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `main` tinyint(1) NOT NULL,
  `massmail` tinyint(1) NOT NULL,
  `do_import` tinyint(1) NOT NULL,
  `email_host` varchar(100) NOT NULL,
  `imap_host` varchar(100) NOT NULL,
  `email_host_user` varchar(100) NOT NULL,
  `email_host_password` varchar(100) NOT NULL,
  `email_app_password` varchar(100) NOT NULL,
  `email_port` smallint(6) NOT NULL,
  `from_email` varchar(100) NOT NULL,
  `email_use_tls` tinyint(1) NOT NULL,
  `email_use_ssl` tinyint(1) NOT NULL,
  `email_imail_ssl_certfile` varchar(200) NOT NULL,
  `email_imail_ssl_keyfile` varchar(200) NOT NULL,
  `refresh_token` varchar(200) NOT NULL,
  `report` longtext NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `today_date` date DEFAULT NULL,
  `today_count` int(10) unsigned NOT NULL,
  `start_incoming_uid` int(10) unsigned NOT NULL,
  `start_sent_uid` int(10) unsigned NOT NULL,
  `inbox_uidvalidity` int(10) unsigned NOT NULL,
  `inbox_uidnext` int(10) unsigned NOT NULL,
  `sent_uidvalidity` int(10) unsigned NOT NULL,
  `sent_uidnext` int(10) unsigned NOT NULL,
  `last_import_dt` datetime(6) NOT NULL,
  `co_owner_id` int(11) DEFAULT NULL,
  `department_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `massmail_emailaccount_co_owner_id_33bde2b0_fk_auth_user_id` FOREIGN KEY (`co_owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `massmail_emailaccount_department_id_5009beba_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `massmail_emailaccount_modified_by_id_78fa83c2_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `massmail_emailaccount_owner_id_de4662b5_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `massmail_emlmessage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `update_date` datetime(6) NOT NULL,
  `subject` varchar(250) NOT NULL,
  `prev_corr` longtext NOT NULL,
  `is_html` tinyint(1) NOT NULL,
  `content` longtext NOT NULL,
  `department_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `signature_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `massmail_emlmessage_department_id_ee97df77_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `massmail_emlmessage_modified_by_id_d6442289_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `massmail_emlmessage_owner_id_934a5f8f_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `massmail_emlmessage_signature_id_4d53eae3_fk_massmail_` FOREIGN KEY (`signature_id`) REFERENCES `massmail_signature` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `massmail_mailingout` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `update_date` datetime(6) NOT NULL,
  `name` varchar(100) NOT NULL,
  `status` varchar(1) NOT NULL,
  `recipients_number` int(10) unsigned NOT NULL,
  `recipient_ids` longtext NOT NULL,
  `successful_ids` longtext NOT NULL,
  `failed_ids` longtext NOT NULL,
  `report` longtext NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `today_count` int(10) unsigned NOT NULL,
  `sending_date` date DEFAULT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `department_id` int(11) DEFAULT NULL,
  `message_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `massmail_mailingout_department_id_2f6d24bd_fk_auth_group_id` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `massmail_mailingout_message_id_0a8aa36b_fk_massmail_` FOREIGN KEY (`message_id`) REFERENCES `massmail_emlmessage` (`id`),
  CONSTRAINT `massmail_mailingout_modified_by_id_6e32dd2f_fk_auth_user_id` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `massmail_mailingout_owner_id_d33a274c_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `massmail_masscontact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(10) unsigned NOT NULL,
  `massmail` tinyint(1) NOT NULL,
  `uuid` char(32) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `email_account_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `massmail_masscontact_email_account_id_13581f79_fk_massmail_` FOREIGN KEY (`email_account_id`) REFERENCES `massmail_emailaccount` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_incomestatsnapshot` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creation_date` datetime(6) NOT NULL,
  `webpage` longtext NOT NULL,
  `department_id` int(11) DEFAULT NULL,
  `modified_by_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `analytics_incomestat_department_id_76de15cd_fk_auth_grou` FOREIGN KEY (`department_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `analytics_incomestat_modified_by_id_7710e110_fk_auth_user` FOREIGN KEY (`modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `analytics_incomestatsnapshot_owner_id_58dc0ce5_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_chatmessage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(10) unsigned NOT NULL,
  `content` longtext NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `answer_to_id` int(11) DEFAULT NULL,
  `content_type_id` int(11) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `topic_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `chat_chatmessage_answer_to_id_ebe929d0_fk_chat_chatmessage_id` FOREIGN KEY (`answer_to_id`) REFERENCES `chat_chatmessage` (`id`),
  CONSTRAINT `chat_chatmessage_owner_id_344dab54_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `chat_chatmessage_topic_id_6d8fb65b_fk_chat_chatmessage_id` FOREIGN KEY (`topic_id`) REFERENCES `chat_chatmessage` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_chatmessage_recipients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `chatmessage_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `chat_chatmessage_recipients_chatmessage_id_user_id_a0737bc0_uniq` (`chatmessage_id`,`user_id`),
  CONSTRAINT `chat_chatmessage_rec_chatmessage_id_f25770e6_fk_chat_chat` FOREIGN KEY (`chatmessage_id`) REFERENCES `chat_chatmessage` (`id`),
  CONSTRAINT `chat_chatmessage_recipients_user_id_497cd9b4_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
