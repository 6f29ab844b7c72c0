-- PohoronnoeDelo / pd_web (pohoronnoedelo.ru): cemetery, burial-register and funeral-order system of 6jlarogap
-- Upstream: github.com/6jlarogap/pd_web, branch master, commit 5d59e1a5e3926342858124808a1c6fba4792b049 (GPL-3.0, LICENSE on branch main)
-- Made from the Django models (pd/*/models.py): Django 4.2.20's MySQL schema editor (collect_sql) over all models,
-- no database touched; 59 of 109 tables kept; CHECK (x >= 0) of PositiveIntegerFields dropped; FKs inlined.

CREATE TABLE `auth_user` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL UNIQUE,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `action_time` datetime(6) NOT NULL,
  `user_id` integer NOT NULL,
  `content_type_id` integer NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint UNSIGNED NOT NULL,
  `change_message` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `user_id` integer NOT NULL UNIQUE,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`key`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_geocountry` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `name` varchar(255) NOT NULL UNIQUE,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_georegion` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `country_id` integer NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `common_georegion_country_id_name_87b39d65_uniq` (`country_id`, `name`),
  KEY `common_georegion_name_28ff0335` (`name`),
  CONSTRAINT `common_georegion_country_id_3003b7da_fk_common_geocountry_id` FOREIGN KEY (`country_id`) REFERENCES `common_geocountry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_geocity` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `region_id` integer NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `common_geocity_region_id_name_3542c874_uniq` (`region_id`, `name`),
  KEY `common_geocity_name_50735231` (`name`),
  CONSTRAINT `common_geocity_region_id_005185bb_fk_common_georegion_id` FOREIGN KEY (`region_id`) REFERENCES `common_georegion` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geo_street` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `city_id` integer NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `geo_street_city_id_name_943dbd68_uniq` (`city_id`, `name`),
  KEY `geo_street_name_438c50f9` (`name`),
  CONSTRAINT `geo_street_city_id_4245a786_fk_common_geocity_id` FOREIGN KEY (`city_id`) REFERENCES `common_geocity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `geo_location` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `country_id` integer NULL,
  `region_id` integer NULL,
  `city_id` integer NULL,
  `street_id` integer NULL,
  `post_index` varchar(255) NOT NULL,
  `house` varchar(255) NOT NULL,
  `block` varchar(255) NOT NULL,
  `building` varchar(255) NOT NULL,
  `flat` varchar(255) NOT NULL,
  `gps_x` double precision NULL,
  `gps_y` double precision NULL,
  `info` longtext NULL,
  `addr_str` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `geo_location_country_id_592737d1_fk_common_geocountry_id` FOREIGN KEY (`country_id`) REFERENCES `common_geocountry` (`id`),
  CONSTRAINT `geo_location_region_id_cf486b6d_fk_common_georegion_id` FOREIGN KEY (`region_id`) REFERENCES `common_georegion` (`id`),
  CONSTRAINT `geo_location_city_id_7ffdeafd_fk_common_geocity_id` FOREIGN KEY (`city_id`) REFERENCES `common_geocity` (`id`),
  CONSTRAINT `geo_location_street_id_a7d59c1f_fk_geo_street_id` FOREIGN KEY (`street_id`) REFERENCES `geo_street` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `billing_currency` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `name` varchar(255) NOT NULL,
  `short_name` varchar(255) NOT NULL,
  `code` varchar(10) NOT NULL,
  `rounding` smallint NOT NULL,
  `icon` varchar(100) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `billing_currency_code_58121727_uniq` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_org` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `type` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NULL UNIQUE,
  `client_site_token` varchar(255) NULL,
  `full_name` varchar(255) NOT NULL,
  `description` longtext NULL,
  `inn` varchar(255) NOT NULL,
  `kpp` varchar(255) NOT NULL,
  `ogrn` varchar(255) NOT NULL,
  `director` varchar(255) NOT NULL,
  `basis` varchar(255) NOT NULL,
  `email` varchar(254) NULL,
  `phones` longtext NULL,
  `fax` varchar(20) NOT NULL,
  `sms_phone` numeric(15, 0) NULL,
  `worktime` varchar(255) NOT NULL,
  `site` varchar(200) NOT NULL,
  `shop_site` varchar(200) NOT NULL,
  `currency_id` integer NOT NULL,
  `is_wholesale_with_vat` bool NOT NULL,
  `off_address_id` integer NULL,
  `subdomain` varchar(255) NULL,
  `opf_order_customer_mandatory` bool NOT NULL,
  `opf_order` varchar(255) NOT NULL,
  `numbers_algo` varchar(255) NOT NULL,
  `opf_burial` varchar(255) NOT NULL,
  `death_date_offer` bool NOT NULL,
  `hide_deadman_address` bool NOT NULL,
  `plan_time_required` bool NOT NULL,
  `plan_date_days_before` integer UNSIGNED NOT NULL,
  `max_graves_count` integer UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_org_subdomain_72a13229_uniq` (`subdomain`),
  CONSTRAINT `users_org_currency_id_015459ab_fk_billing_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `billing_currency` (`id`),
  CONSTRAINT `users_org_off_address_id_df292dde_fk_geo_location_id` FOREIGN KEY (`off_address_id`) REFERENCES `geo_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_cemetery` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `time_begin` time(6) NULL,
  `time_end` time(6) NULL,
  `places_algo` varchar(255) NOT NULL,
  `places_algo_archive` varchar(255) NOT NULL,
  `time_slots` longtext NOT NULL,
  `creator_id` integer NOT NULL,
  `ugh_id` integer NULL,
  `address_id` integer NULL,
  `archive_burial_fact_date_required` bool NOT NULL,
  `archive_burial_account_number_required` bool NOT NULL,
  `square` double precision NULL,
  `caretaker_id` integer NULL,
  `code` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `burials_cemetery_ugh_id_name_02b2b394_uniq` (`ugh_id`, `name`),
  CONSTRAINT `burials_cemetery_creator_id_a8189034_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `burials_cemetery_ugh_id_9fe81026_fk_users_org_id` FOREIGN KEY (`ugh_id`) REFERENCES `users_org` (`id`),
  CONSTRAINT `burials_cemetery_address_id_520e26f8_fk_geo_location_id` FOREIGN KEY (`address_id`) REFERENCES `geo_location` (`id`),
  CONSTRAINT `burials_cemetery_caretaker_id_687434d7_fk_auth_user_id` FOREIGN KEY (`caretaker_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_areapurpose` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_area` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `cemetery_id` integer NOT NULL,
  `name` varchar(255) NOT NULL,
  `availability` varchar(32) NOT NULL,
  `kind` varchar(8) NOT NULL,
  `purpose_id` integer NULL,
  `places_count` integer UNSIGNED NOT NULL,
  `square` double precision NULL,
  `caretaker_id` integer NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `burials_area_cemetery_id_name_417cd35b_uniq` (`cemetery_id`, `name`),
  CONSTRAINT `burials_area_cemetery_id_eb408a35_fk_burials_cemetery_id` FOREIGN KEY (`cemetery_id`) REFERENCES `burials_cemetery` (`id`),
  CONSTRAINT `burials_area_purpose_id_7a7332c1_fk_burials_areapurpose_id` FOREIGN KEY (`purpose_id`) REFERENCES `burials_areapurpose` (`id`),
  CONSTRAINT `burials_area_caretaker_id_5890dc16_fk_auth_user_id` FOREIGN KEY (`caretaker_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_baseperson` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `middle_name` varchar(255) NOT NULL,
  `birth_date_no_month` bool NOT NULL,
  `birth_date_no_day` bool NOT NULL,
  `birth_date` date NULL,
  `ident_number` varchar(255) NOT NULL,
  `address_id` integer NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `persons_baseperson_address_id_cb242d45_fk_geo_location_id` FOREIGN KEY (`address_id`) REFERENCES `geo_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_aliveperson` (
  `baseperson_ptr_id` integer NOT NULL,
  `phones` longtext NULL,
  `user_id` integer NULL,
  `login_phone` numeric(15, 0) NULL,
  `is_inbook` bool NOT NULL,
  PRIMARY KEY (`baseperson_ptr_id`),
  KEY `persons_aliveperson_login_phone_20f44f24` (`login_phone`),
  CONSTRAINT `persons_aliveperson_baseperson_ptr_id_1ee2a85c_fk_persons_b` FOREIGN KEY (`baseperson_ptr_id`) REFERENCES `persons_baseperson` (`id`),
  CONSTRAINT `persons_aliveperson_user_id_bbabe2b1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_place` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `lat` double precision NULL,
  `lng` double precision NULL,
  `cemetery_id` integer NOT NULL,
  `area_id` integer NULL,
  `row` varchar(255) NOT NULL,
  `oldplace` varchar(255) NULL,
  `place` varchar(255) NOT NULL,
  `available_count` smallint UNSIGNED NOT NULL,
  `kind_crypt` bool NOT NULL,
  `responsible_id` integer NULL,
  `place_length` numeric(5, 2) NULL,
  `place_width` numeric(5, 2) NULL,
  `dt_wrong_fio` datetime(6) NULL,
  `dt_military` datetime(6) NULL,
  `dt_size_violated` datetime(6) NULL,
  `dt_unowned` datetime(6) NULL,
  `dt_free` datetime(6) NULL,
  `dt_unindentified` datetime(6) NULL,
  `caretaker_id` integer NULL,
  `is_invent` bool NOT NULL,
  `dt_processed` datetime(6) NULL,
  `user_processed_id` integer NULL,
  `is_inprocess` bool NOT NULL,
  `geohash` varchar(12) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `burials_place_cemetery_id_area_id_row_place_ade260b2_uniq` (`cemetery_id`, `area_id`, `row`, `place`),
  KEY `burials_place_geohash_cad075af` (`geohash`),
  CONSTRAINT `burials_place_cemetery_id_0b84a6c8_fk_burials_cemetery_id` FOREIGN KEY (`cemetery_id`) REFERENCES `burials_cemetery` (`id`),
  CONSTRAINT `burials_place_area_id_2608eaa1_fk_burials_area_id` FOREIGN KEY (`area_id`) REFERENCES `burials_area` (`id`),
  CONSTRAINT `burials_place_responsible_id_62b96215_fk_persons_a` FOREIGN KEY (`responsible_id`) REFERENCES `persons_aliveperson` (`baseperson_ptr_id`),
  CONSTRAINT `burials_place_caretaker_id_aed638ca_fk_auth_user_id` FOREIGN KEY (`caretaker_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `burials_place_user_processed_id_fea54bfb_fk_auth_user_id` FOREIGN KEY (`user_processed_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_profile` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `user_id` integer NULL UNIQUE,
  `user_last_name` varchar(255) NOT NULL,
  `user_first_name` varchar(255) NOT NULL,
  `user_middle_name` varchar(255) NOT NULL,
  `phones` longtext NULL,
  `birthday` date NULL,
  `site` varchar(255) NOT NULL,
  `org_id` integer NULL,
  `is_agent` bool NOT NULL,
  `out_of_staff` bool NOT NULL,
  `title` varchar(255) NOT NULL,
  `cemetery_id` integer NULL,
  `area_id` integer NULL,
  `store_id` integer NULL,
  `phones_publish` bool NOT NULL,
  `lat` numeric(30, 27) NULL,
  `lng` numeric(30, 27) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_profile_user_id_2112e78d_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `users_profile_org_id_58e85e08_fk_users_org_id` FOREIGN KEY (`org_id`) REFERENCES `users_org` (`id`),
  CONSTRAINT `users_profile_cemetery_id_5fa3dc7d_fk_burials_cemetery_id` FOREIGN KEY (`cemetery_id`) REFERENCES `burials_cemetery` (`id`),
  CONSTRAINT `users_profile_area_id_720775b9_fk_burials_area_id` FOREIGN KEY (`area_id`) REFERENCES `burials_area` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_dover` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `agent_id` integer NOT NULL,
  `target_org_id` integer NULL,
  `number` varchar(255) NOT NULL,
  `begin` date NOT NULL,
  `end` date NOT NULL,
  `document` varchar(100) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_dover_agent_id_b4e8d4f3_fk_users_profile_id` FOREIGN KEY (`agent_id`) REFERENCES `users_profile` (`id`),
  CONSTRAINT `users_dover_target_org_id_02038488_fk_users_org_id` FOREIGN KEY (`target_org_id`) REFERENCES `users_org` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_grave` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `place_id` integer NOT NULL,
  `grave_number` smallint UNSIGNED NOT NULL,
  `is_wrong_fio` bool NOT NULL,
  `is_military` bool NOT NULL,
  `dt_free` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `burials_grave_place_id_grave_number_7c33cd53_uniq` (`place_id`, `grave_number`),
  CONSTRAINT `burials_grave_place_id_2aa2d017_fk_burials_place_id` FOREIGN KEY (`place_id`) REFERENCES `burials_place` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_deadperson` (
  `baseperson_ptr_id` integer NOT NULL,
  `death_date_no_month` bool NOT NULL,
  `death_date_no_day` bool NOT NULL,
  `death_date` date NULL,
  PRIMARY KEY (`baseperson_ptr_id`),
  CONSTRAINT `persons_deadperson_baseperson_ptr_id_9690171d_fk_persons_b` FOREIGN KEY (`baseperson_ptr_id`) REFERENCES `persons_baseperson` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_burial` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `burial_type` varchar(255) NOT NULL,
  `burial_container` varchar(255) NOT NULL,
  `source_type` varchar(255) NULL,
  `account_number` varchar(255) NOT NULL,
  `place_id` integer NULL,
  `cemetery_id` integer NULL,
  `area_id` integer NULL,
  `row` varchar(255) NOT NULL,
  `place_number` varchar(255) NOT NULL,
  `grave_id` integer NULL,
  `grave_number` smallint UNSIGNED NOT NULL,
  `desired_graves_count` smallint UNSIGNED NOT NULL,
  `place_length` numeric(5, 2) NULL,
  `place_width` numeric(5, 2) NULL,
  `responsible_id` integer NULL,
  `plan_date` date NULL,
  `plan_time` time(6) NULL,
  `fact_date_no_month` bool NOT NULL,
  `fact_date_no_day` bool NOT NULL,
  `fact_date` date NULL,
  `dt_register` datetime(6) NULL,
  `deadman_id` integer NULL,
  `applicant_id` integer NULL,
  `ugh_id` integer NULL,
  `loru_id` integer NULL,
  `loru_agent_director` bool NOT NULL,
  `loru_agent_id` integer NULL,
  `loru_dover_id` integer NULL,
  `applicant_organization_id` integer NULL,
  `agent_director` bool NOT NULL,
  `agent_id` integer NULL,
  `dover_id` integer NULL,
  `status` varchar(255) NOT NULL,
  `changed_by_id` integer NULL,
  `annulated` bool NOT NULL,
  `flag_no_applicant_doc_required` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `burials_burial_place_id_a06edc57_fk_burials_place_id` FOREIGN KEY (`place_id`) REFERENCES `burials_place` (`id`),
  CONSTRAINT `burials_burial_cemetery_id_9481b698_fk_burials_cemetery_id` FOREIGN KEY (`cemetery_id`) REFERENCES `burials_cemetery` (`id`),
  CONSTRAINT `burials_burial_area_id_5c3d2c0b_fk_burials_area_id` FOREIGN KEY (`area_id`) REFERENCES `burials_area` (`id`),
  CONSTRAINT `burials_burial_grave_id_dd103278_fk_burials_grave_id` FOREIGN KEY (`grave_id`) REFERENCES `burials_grave` (`id`),
  CONSTRAINT `burials_burial_responsible_id_cc212ea0_fk_persons_a` FOREIGN KEY (`responsible_id`) REFERENCES `persons_aliveperson` (`baseperson_ptr_id`),
  CONSTRAINT `burials_burial_deadman_id_e2eeb049_fk_persons_d` FOREIGN KEY (`deadman_id`) REFERENCES `persons_deadperson` (`baseperson_ptr_id`),
  CONSTRAINT `burials_burial_applicant_id_dafdd1f2_fk_persons_a` FOREIGN KEY (`applicant_id`) REFERENCES `persons_aliveperson` (`baseperson_ptr_id`),
  CONSTRAINT `burials_burial_ugh_id_b5db9436_fk_users_org_id` FOREIGN KEY (`ugh_id`) REFERENCES `users_org` (`id`),
  CONSTRAINT `burials_burial_loru_id_572b641c_fk_users_org_id` FOREIGN KEY (`loru_id`) REFERENCES `users_org` (`id`),
  CONSTRAINT `burials_burial_loru_agent_id_5e6766cb_fk_users_profile_id` FOREIGN KEY (`loru_agent_id`) REFERENCES `users_profile` (`id`),
  CONSTRAINT `burials_burial_loru_dover_id_c49ed018_fk_users_dover_id` FOREIGN KEY (`loru_dover_id`) REFERENCES `users_dover` (`id`),
  CONSTRAINT `burials_burial_applicant_organizati_c2073dd1_fk_users_org` FOREIGN KEY (`applicant_organization_id`) REFERENCES `users_org` (`id`),
  CONSTRAINT `burials_burial_agent_id_befc43dc_fk_users_profile_id` FOREIGN KEY (`agent_id`) REFERENCES `users_profile` (`id`),
  CONSTRAINT `burials_burial_dover_id_b5983177_fk_users_dover_id` FOREIGN KEY (`dover_id`) REFERENCES `users_dover` (`id`),
  CONSTRAINT `burials_burial_changed_by_id_5eea472c_fk_auth_user_id` FOREIGN KEY (`changed_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_customplace` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `address_id` integer NULL,
  `user_id` integer NOT NULL,
  `place_id` integer NULL,
  `title_photo` varchar(100) NULL,
  `favorite_performer_id` integer NULL,
  `comment` longtext NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `persons_customplace_user_id_place_id_85446325_uniq` (`user_id`, `place_id`),
  CONSTRAINT `persons_customplace_address_id_4aa20373_fk_geo_location_id` FOREIGN KEY (`address_id`) REFERENCES `geo_location` (`id`),
  CONSTRAINT `persons_customplace_user_id_de1b3e44_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `persons_customplace_place_id_d30ec0d9_fk_burials_place_id` FOREIGN KEY (`place_id`) REFERENCES `burials_place` (`id`),
  CONSTRAINT `persons_customplace_favorite_performer_i_e535aaa7_fk_users_org` FOREIGN KEY (`favorite_performer_id`) REFERENCES `users_org` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders_order` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `type` varchar(255) NOT NULL,
  `loru_id` integer NULL,
  `loru_number` integer UNSIGNED NULL,
  `number` integer UNSIGNED NULL,
  `payment` varchar(255) NOT NULL,
  `applicant_id` integer NULL,
  `applicant_organization_id` integer NULL,
  `agent_director` bool NOT NULL,
  `agent_id` integer NULL,
  `dover_id` integer NULL,
  `annulated` bool NOT NULL,
  `archived` bool NOT NULL,
  `cost` numeric(20, 2) NOT NULL,
  `dt` date NOT NULL,
  `dt_paid` datetime(6) NULL,
  `burial_id` integer NULL,
  `customplace_id` integer NULL,
  `status` varchar(255) NOT NULL,
  `applicant_approved` bool NULL,
  `title` varchar(255) NOT NULL,
  `phones` longtext NULL,
  `address_id` integer NULL,
  `dt_due` date NULL,
  `burial_plan_time` time(6) NULL,
  `initial_place` varchar(255) NOT NULL,
  `initial_time` time(6) NULL,
  `service_place` varchar(255) NOT NULL,
  `service_time` time(6) NULL,
  `repast_place` varchar(255) NOT NULL,
  `repast_time` time(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `orders_order_loru_id_60596bf8_fk_users_org_id` FOREIGN KEY (`loru_id`) REFERENCES `users_org` (`id`),
  CONSTRAINT `orders_order_applicant_id_32894cb0_fk_persons_a` FOREIGN KEY (`applicant_id`) REFERENCES `persons_aliveperson` (`baseperson_ptr_id`),
  CONSTRAINT `orders_order_applicant_organization_id_143455eb_fk_users_org_id` FOREIGN KEY (`applicant_organization_id`) REFERENCES `users_org` (`id`),
  CONSTRAINT `orders_order_agent_id_14de1c81_fk_users_profile_id` FOREIGN KEY (`agent_id`) REFERENCES `users_profile` (`id`),
  CONSTRAINT `orders_order_dover_id_8c41d042_fk_users_dover_id` FOREIGN KEY (`dover_id`) REFERENCES `users_dover` (`id`),
  CONSTRAINT `orders_order_burial_id_24d6182b_fk_burials_burial_id` FOREIGN KEY (`burial_id`) REFERENCES `burials_burial` (`id`),
  CONSTRAINT `orders_order_customplace_id_4993de1d_fk_persons_customplace_id` FOREIGN KEY (`customplace_id`) REFERENCES `persons_customplace` (`id`),
  CONSTRAINT `orders_order_address_id_0daf897b_fk_geo_location_id` FOREIGN KEY (`address_id`) REFERENCES `geo_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_orderplace` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `order_id` integer NOT NULL UNIQUE,
  `cemetery_id` integer NULL,
  `cemetery_text` varchar(255) NOT NULL,
  `area_id` integer NULL,
  `row` varchar(255) NOT NULL,
  `place` varchar(255) NOT NULL,
  `size` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `burials_orderplace_order_id_4a40ab5e_fk_orders_order_id` FOREIGN KEY (`order_id`) REFERENCES `orders_order` (`id`),
  CONSTRAINT `burials_orderplace_cemetery_id_9cd9913d_fk_burials_cemetery_id` FOREIGN KEY (`cemetery_id`) REFERENCES `burials_cemetery` (`id`),
  CONSTRAINT `burials_orderplace_area_id_6b30f97f_fk_burials_area_id` FOREIGN KEY (`area_id`) REFERENCES `burials_area` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_placestatus` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `place_id` integer NOT NULL,
  `status` varchar(40) NOT NULL,
  `comment` longtext NULL,
  `creator_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `burials_placestatus_place_id_924717d6_fk_burials_place_id` FOREIGN KEY (`place_id`) REFERENCES `burials_place` (`id`),
  CONSTRAINT `burials_placestatus_creator_id_78ae17ad_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_placephoto` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `bfile` varchar(255) NOT NULL,
  `comment` varchar(255) NOT NULL,
  `original_name` varchar(255) NOT NULL,
  `creator_id` integer NULL,
  `date_of_creation` datetime(6) NOT NULL,
  `lat` double precision NULL,
  `lng` double precision NULL,
  `place_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `burials_placephoto_creator_id_2562abb3_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `burials_placephoto_place_id_b02796bb_fk_burials_place_id` FOREIGN KEY (`place_id`) REFERENCES `burials_place` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_burialcomment` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `burial_id` integer NOT NULL,
  `creator_id` integer NOT NULL,
  `modifier_id` integer NULL,
  `comment` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `burials_burialcomment_burial_id_484ded9e_fk_burials_burial_id` FOREIGN KEY (`burial_id`) REFERENCES `burials_burial` (`id`),
  CONSTRAINT `burials_burialcomment_creator_id_9bba53de_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `burials_burialcomment_modifier_id_71352c97_fk_auth_user_id` FOREIGN KEY (`modifier_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_burialfiles` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `bfile` varchar(255) NOT NULL,
  `comment` varchar(255) NOT NULL,
  `original_name` varchar(255) NOT NULL,
  `creator_id` integer NULL,
  `date_of_creation` datetime(6) NOT NULL,
  `burial_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `burials_burialfiles_creator_id_40b5289a_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `burials_burialfiles_burial_id_5dc863fc_fk_burials_burial_id` FOREIGN KEY (`burial_id`) REFERENCES `burials_burial` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_reason` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `org_id` integer NOT NULL,
  `reason_type` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `text` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `burials_reason_org_id_reason_type_name_563347d6_uniq` (`org_id`, `reason_type`, `name`),
  CONSTRAINT `burials_reason_org_id_fdcfa973_fk_users_org_id` FOREIGN KEY (`org_id`) REFERENCES `users_org` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `burials_exhumationrequest` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `burial_id` integer NOT NULL UNIQUE,
  `place_id` integer NULL,
  `plan_date` date NULL,
  `plan_time` time(6) NULL,
  `fact_date` date NULL,
  `applicant_id` integer NULL,
  `applicant_organization_id` integer NULL,
  `agent_director` bool NOT NULL,
  `agent_id` integer NULL,
  `dover_id` integer NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `burials_exhumationre_burial_id_4939bde9_fk_burials_b` FOREIGN KEY (`burial_id`) REFERENCES `burials_burial` (`id`),
  CONSTRAINT `burials_exhumationrequest_place_id_d49e4591_fk_burials_place_id` FOREIGN KEY (`place_id`) REFERENCES `burials_place` (`id`),
  CONSTRAINT `burials_exhumationre_applicant_id_6255701f_fk_persons_a` FOREIGN KEY (`applicant_id`) REFERENCES `persons_aliveperson` (`baseperson_ptr_id`),
  CONSTRAINT `burials_exhumationre_applicant_organizati_5860b9c4_fk_users_org` FOREIGN KEY (`applicant_organization_id`) REFERENCES `users_org` (`id`),
  CONSTRAINT `burials_exhumationrequest_agent_id_3f3699f7_fk_users_profile_id` FOREIGN KEY (`agent_id`) REFERENCES `users_profile` (`id`),
  CONSTRAINT `burials_exhumationrequest_dover_id_32dc3f4a_fk_users_dover_id` FOREIGN KEY (`dover_id`) REFERENCES `users_dover` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_iddocumenttype` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `persons_iddocumenttype_name_30b0d2b7` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_orderdeadperson` (
  `baseperson_ptr_id` integer NOT NULL,
  `order_id` integer NOT NULL UNIQUE,
  `death_date_no_month` bool NOT NULL,
  `death_date_no_day` bool NOT NULL,
  `death_date` date NULL,
  PRIMARY KEY (`baseperson_ptr_id`),
  CONSTRAINT `persons_orderdeadper_baseperson_ptr_id_4bffa60c_fk_persons_b` FOREIGN KEY (`baseperson_ptr_id`) REFERENCES `persons_baseperson` (`id`),
  CONSTRAINT `persons_orderdeadperson_order_id_edb6f28d_fk_orders_order_id` FOREIGN KEY (`order_id`) REFERENCES `orders_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_documentsource` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `name` varchar(255) NOT NULL UNIQUE,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_personid` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `person_id` integer NOT NULL UNIQUE,
  `id_type_id` integer NULL,
  `series` varchar(255) NOT NULL,
  `number` varchar(255) NOT NULL,
  `source_id` integer NULL,
  `date` date NULL,
  `date_expire` date NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `persons_personid_person_id_bf312d0f_fk_persons_baseperson_id` FOREIGN KEY (`person_id`) REFERENCES `persons_baseperson` (`id`),
  CONSTRAINT `persons_personid_id_type_id_3d04ba01_fk_persons_i` FOREIGN KEY (`id_type_id`) REFERENCES `persons_iddocumenttype` (`id`),
  CONSTRAINT `persons_personid_source_id_0fb55603_fk_persons_documentsource_id` FOREIGN KEY (`source_id`) REFERENCES `persons_documentsource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_deathcertificate` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `person_id` integer NOT NULL UNIQUE,
  `type` varchar(255) NOT NULL,
  `s_number` varchar(255) NOT NULL,
  `series` varchar(255) NOT NULL,
  `release_date` date NULL,
  `zags_id` integer NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `persons_deathcertifi_person_id_9fdf2eef_fk_persons_d` FOREIGN KEY (`person_id`) REFERENCES `persons_deadperson` (`baseperson_ptr_id`),
  CONSTRAINT `persons_deathcertificate_zags_id_aad81614_fk_users_org_id` FOREIGN KEY (`zags_id`) REFERENCES `users_org` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_phone` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `ct_id` integer NULL,
  `obj_id` integer UNSIGNED NULL,
  `number` varchar(50) NOT NULL,
  `phonetype` smallint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `persons_phone_obj_id_6562ca84` (`obj_id`),
  CONSTRAINT `persons_phone_ct_id_4933f2c2_fk_django_content_type_id` FOREIGN KEY (`ct_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_customperson` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `photo` varchar(255) NULL,
  `original_filename` varchar(255) NULL,
  `user_id` integer NOT NULL,
  `customplace_id` integer NULL,
  `person_id` integer NULL,
  `last_name` varchar(255) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `middle_name` varchar(255) NOT NULL,
  `birth_date_no_month` bool NOT NULL,
  `birth_date_no_day` bool NOT NULL,
  `birth_date` date NULL,
  `death_date_no_month` bool NOT NULL,
  `death_date_no_day` bool NOT NULL,
  `death_date` date NULL,
  `is_dead` bool NOT NULL,
  `memory_text` longtext NULL,
  `permission` varchar(255) NOT NULL,
  `token` varchar(255) NULL UNIQUE,
  `thank_site` varchar(200) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `persons_customperson_user_id_98452d1e_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `persons_customperson_customplace_id_6b1b13ff_fk_persons_c` FOREIGN KEY (`customplace_id`) REFERENCES `persons_customplace` (`id`),
  CONSTRAINT `persons_customperson_person_id_2a1a213e_fk_persons_baseperson_id` FOREIGN KEY (`person_id`) REFERENCES `persons_baseperson` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_memorygallery` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `bfile` varchar(255) NOT NULL,
  `comment` varchar(255) NOT NULL,
  `original_name` varchar(255) NOT NULL,
  `creator_id` integer NULL,
  `date_of_creation` datetime(6) NOT NULL,
  `customperson_id` integer NOT NULL,
  `type` varchar(255) NOT NULL,
  `text` longtext NULL,
  `event_date_no_month` bool NOT NULL,
  `event_date_no_day` bool NOT NULL,
  `event_date` date NULL,
  `permission` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `persons_memorygallery_creator_id_dc9f1a85_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `persons_memorygaller_customperson_id_0b8afd37_fk_persons_c` FOREIGN KEY (`customperson_id`) REFERENCES `persons_customperson` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `persons_custompersonpermission` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `customperson_id` integer NOT NULL,
  `email` varchar(254) NULL,
  `login_phone` numeric(15, 0) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `persons_customperson_customperson_id_3ba1ec7c_fk_persons_c` FOREIGN KEY (`customperson_id`) REFERENCES `persons_customperson` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_role` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `name` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_customerprofile` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `user_id` integer NULL UNIQUE,
  `user_last_name` varchar(255) NOT NULL,
  `user_first_name` varchar(255) NOT NULL,
  `user_middle_name` varchar(255) NOT NULL,
  `phones` longtext NULL,
  `birthday` date NULL,
  `site` varchar(255) NOT NULL,
  `tc_confirmed` datetime(6) NULL,
  `login_phone` numeric(15, 0) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_customerprofile_login_phone_cdf5bb43_uniq` (`login_phone`),
  KEY `users_customerprofile_login_phone_cdf5bb43` (`login_phone`),
  CONSTRAINT `users_customerprofile_user_id_c320f1e5_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_profile_role` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `profile_id` integer NOT NULL,
  `role_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_profile_role_profile_id_role_id_82ae765c_uniq` (`profile_id`, `role_id`),
  CONSTRAINT `users_profile_role_profile_id_011609b2_fk_users_profile_id` FOREIGN KEY (`profile_id`) REFERENCES `users_profile` (`id`),
  CONSTRAINT `users_profile_role_role_id_7de91b8e_fk_users_role_id` FOREIGN KEY (`role_id`) REFERENCES `users_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_oauth` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `user_id` integer NOT NULL,
  `provider` varchar(100) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `middle_name` varchar(255) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `photo` varchar(255) NOT NULL,
  `birthday` date NULL,
  `phones` longtext NULL,
  `site` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_oauth_provider_uid_9b6afd17_uniq` (`provider`, `uid`),
  CONSTRAINT `users_oauth_user_id_4b04a171_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_orgreview` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `org_id` integer NOT NULL,
  `subject` varchar(255) NOT NULL,
  `is_positive` bool NULL,
  `common_text` longtext NULL,
  `positive_text` longtext NULL,
  `negative_text` longtext NULL,
  `creator_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_orgreview_org_id_73d0ae21_fk_users_org_id` FOREIGN KEY (`org_id`) REFERENCES `users_org` (`id`),
  CONSTRAINT `users_orgreview_creator_id_8d959db7_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_bankaccount` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `rs` varchar(20) NOT NULL,
  `ks` varchar(20) NOT NULL,
  `bik` varchar(9) NOT NULL,
  `bankname` varchar(64) NOT NULL,
  `ls` varchar(11) NOT NULL,
  `off_address_id` integer NULL,
  `organization_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_bankaccount_off_address_id_54930202_fk_geo_location_id` FOREIGN KEY (`off_address_id`) REFERENCES `geo_location` (`id`),
  CONSTRAINT `users_bankaccount_organization_id_469db5d2_fk_users_org_id` FOREIGN KEY (`organization_id`) REFERENCES `users_org` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_registerprofile` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `status` varchar(255) NOT NULL,
  `user_name` varchar(30) NOT NULL,
  `user_last_name` varchar(255) NOT NULL,
  `user_first_name` varchar(255) NOT NULL,
  `user_middle_name` varchar(255) NOT NULL,
  `user_email` varchar(254) NOT NULL,
  `user_password` varchar(255) NOT NULL,
  `user_activation_key` varchar(40) NOT NULL,
  `org_type` varchar(255) NOT NULL,
  `org_name` varchar(255) NOT NULL,
  `org_full_name` varchar(255) NOT NULL,
  `org_currency_id` integer NOT NULL,
  `org_inn` varchar(255) NOT NULL,
  `org_ogrn` varchar(255) NOT NULL,
  `org_director` varchar(255) NOT NULL,
  `org_basis` varchar(255) NOT NULL,
  `org_phones` longtext NOT NULL,
  `org_fax` varchar(20) NOT NULL,
  `org_address_id` integer NULL,
  `org_subdomain` varchar(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_registerprofil_org_currency_id_9480b034_fk_billing_c` FOREIGN KEY (`org_currency_id`) REFERENCES `billing_currency` (`id`),
  CONSTRAINT `users_registerprofile_org_address_id_2fdc52ab_fk_geo_location_id` FOREIGN KEY (`org_address_id`) REFERENCES `geo_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders_productcategory` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `name` varchar(255) NOT NULL,
  `sorting` varchar(2) NOT NULL,
  `icon` varchar(100) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders_product` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `loru_id` integer NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NULL UNIQUE,
  `description` longtext NOT NULL,
  `measure` varchar(255) NOT NULL,
  `price` numeric(20, 2) NOT NULL,
  `price_wholesale` numeric(20, 2) NOT NULL,
  `ptype` varchar(255) NULL,
  `default` bool NOT NULL,
  `stockable` bool NOT NULL,
  `photo` varchar(255) NULL,
  `productcategory_id` integer NOT NULL,
  `productgroup_id` integer NULL,
  `sku` varchar(255) NOT NULL,
  `is_public_catalog` bool NOT NULL,
  `is_wholesale` bool NOT NULL,
  `is_for_visit` bool NOT NULL,
  `is_archived` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `orders_product_loru_id_45e2414d_fk_users_org_id` FOREIGN KEY (`loru_id`) REFERENCES `users_org` (`id`),
  CONSTRAINT `orders_product_productcategory_id_ae7a51da_fk_orders_pr` FOREIGN KEY (`productcategory_id`) REFERENCES `orders_productcategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders_ordercomment` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `order_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  `type` varchar(255) NOT NULL,
  `comment` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `orders_ordercomment_order_id_8d0fa4e8_fk_orders_order_id` FOREIGN KEY (`order_id`) REFERENCES `orders_order` (`id`),
  CONSTRAINT `orders_ordercomment_user_id_83850942_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders_orderwebpay` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `dt_modified` datetime(6) NOT NULL,
  `order_id` integer NOT NULL,
  `wsb_order_num` varchar(255) NOT NULL,
  `transaction_id` varchar(255) NULL,
  `batch_timestamp` varchar(255) NULL,
  `currency_id` varchar(255) NULL,
  `amount` varchar(255) NULL,
  `payment_method` varchar(255) NULL,
  `payment_type` varchar(255) NULL,
  `order_ident` varchar(255) NULL,
  `rrn` varchar(255) NULL,
  `wsb_signature` varchar(255) NULL,
  PRIMARY KEY (`id`),
  KEY `orders_orderwebpay_wsb_order_num_087465db` (`wsb_order_num`),
  CONSTRAINT `orders_orderwebpay_order_id_9699ad5f_fk_orders_order_id` FOREIGN KEY (`order_id`) REFERENCES `orders_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders_orderitem` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `order_id` integer NOT NULL,
  `product_id` integer NOT NULL,
  `quantity` numeric(20, 2) NOT NULL,
  `cost` numeric(20, 2) NOT NULL,
  `discount` numeric(4, 2) NOT NULL,
  `name` varchar(255) NOT NULL,
  `measure` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `productcategory_id` integer NOT NULL,
  `productcategory_name` varchar(255) NOT NULL,
  `productgroup_id` integer NULL,
  `productgroup_name` varchar(255) NOT NULL,
  `productgroup_description` longtext NOT NULL,
  `comment` longtext NOT NULL,
  `is_wholesale_with_vat` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `orders_orderitem_order_id_fe61a34d_fk_orders_order_id` FOREIGN KEY (`order_id`) REFERENCES `orders_order` (`id`),
  CONSTRAINT `orders_orderitem_product_id_afe4254a_fk_orders_product_id` FOREIGN KEY (`product_id`) REFERENCES `orders_product` (`id`),
  CONSTRAINT `orders_orderitem_productcategory_id_f62b3480_fk_orders_pr` FOREIGN KEY (`productcategory_id`) REFERENCES `orders_productcategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders_catafalquedata` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `order_id` integer NOT NULL UNIQUE,
  `route` longtext NOT NULL,
  `start_time` time(6) NOT NULL,
  `start_place` longtext NULL,
  `end_time` time(6) NULL,
  `cemetery_time` time(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `orders_catafalquedata_order_id_a1c0eab9_fk_orders_order_id` FOREIGN KEY (`order_id`) REFERENCES `orders_order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logs_log` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `user_id` integer NULL,
  `ct_id` integer NULL,
  `obj_id` integer UNSIGNED NULL,
  `dt` datetime(6) NOT NULL,
  `msg` longtext NOT NULL,
  `code` varchar(255) NOT NULL,
  `operation` integer UNSIGNED NULL,
  PRIMARY KEY (`id`),
  KEY `logs_log_obj_id_832ed7be` (`obj_id`),
  KEY `logs_log_dt_19fcc952` (`dt`),
  KEY `logs_log_operation_495e5800` (`operation`),
  CONSTRAINT `logs_log_user_id_f24e8690_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `logs_log_ct_id_3ef95fe1_fk_django_content_type_id` FOREIGN KEY (`ct_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logs_loginlog` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `dt` datetime(6) NOT NULL,
  `user_id` integer NOT NULL,
  `org_id` integer NULL,
  `ip` char(39) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `logs_loginlog_user_id_672774b9_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `logs_loginlog_org_id_ce05e3ce_fk_users_org_id` FOREIGN KEY (`org_id`) REFERENCES `users_org` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports_report` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `content_type_id` integer NOT NULL,
  `object_id` integer UNSIGNED NOT NULL,
  `user_id` integer NOT NULL,
  `dt` datetime(6) NOT NULL,
  `description` longtext NOT NULL,
  `html` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reports_report_content_type_id_f40e73c6_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `reports_report_user_id_0a19e61e_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `halls_hall` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `org_id` integer NOT NULL,
  `title` varchar(255) NOT NULL,
  `is_active` bool NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `halls_hall_org_id_title_6e86813e_uniq` (`org_id`, `title`),
  CONSTRAINT `halls_hall_org_id_16d63b97_fk_users_org_id` FOREIGN KEY (`org_id`) REFERENCES `users_org` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `halls_halltimetable` (
  `id` integer AUTO_INCREMENT NOT NULL,
  `hall_id` integer NOT NULL,
  `dt_start` datetime(6) NOT NULL,
  `dt_end` datetime(6) NOT NULL,
  `creator_id` integer NOT NULL,
  `details` longtext NOT NULL,
  `dt_created` datetime(6) NOT NULL,
  `kind` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `halls_halltimetable_hall_id_dt_start_dt_end_a663d264_uniq` (`hall_id`, `dt_start`, `dt_end`),
  CONSTRAINT `halls_halltimetable_hall_id_40d46c34_fk_halls_hall_id` FOREIGN KEY (`hall_id`) REFERENCES `halls_hall` (`id`),
  CONSTRAINT `halls_halltimetable_creator_id_0449719d_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
