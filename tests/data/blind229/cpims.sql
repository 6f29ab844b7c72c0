-- CPIMS — Child Protection Information Management System of Kenya's Department of Children's Services, OVC
-- programme edition (CPIMS OVC 3.0, University of Nairobi / uonafya), github.com/uonafya/cpims-ovc-3.0, commit
-- b3be57231eef35164be1e52bf6501e8750edaf2a (Apache-2.0).
-- The repository ships no migrations for these apps (its README runs makemigrations); written from the Django models
-- (cpovc_main, cpovc_auth, cpovc_access, cpovc_registry, cpovc_ovc, cpovc_forms models.py), read as text: fields in
-- class order, Meta.db_table kept, implicit `id` bigint auto-increment first (DEFAULT_AUTO_FIELD = BigAutoField),
-- ForeignKey columns named <field>_id (so `case_id = ForeignKey(OVCCaseRecord)` is `case_id_id`, as Django names it),
-- AbstractBaseUser / PermissionsMixin columns (password, last_login, is_superuser) before AppUser's own, the
-- multi-table parent link of CPOVCRole (group_ptr_id). Types as Django's MySQL backend writes them (UUIDField char(32),
-- DateTimeField datetime(6), BooleanField bool, GenericIPAddressField char(39)).
-- 47 of the 177 model tables of the seventeen apps read; foreign keys to tables left out (Django's auth_group, ovc_care_forms, and the others)
-- dropped, the columns kept; the auth_user -> reg_person -> auth_user cycle closed by ALTER TABLE at the end.

CREATE TABLE `list_general` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `item_id` varchar(10) NOT NULL,
  `item_description` varchar(255) NOT NULL,
  `item_description_short` varchar(100) NULL,
  `item_category` varchar(255) NULL,
  `item_sub_category` varchar(255) NULL,
  `the_order` integer NULL,
  `user_configurable` bool NOT NULL,
  `sms_keyword` bool NOT NULL,
  `is_void` bool NOT NULL,
  `field_name` varchar(200) NULL,
  `timestamp_updated` datetime(6) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `list_geo` (
  `area_id` integer NOT NULL,
  `area_type_id` varchar(50) NOT NULL,
  `area_name` varchar(100) NOT NULL,
  `area_code` varchar(10) NULL,
  `parent_area_id` integer NULL,
  `area_name_abbr` varchar(5) NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `timestamp_updated` datetime(6) NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`area_id`)
);

CREATE TABLE `school_list` (
  `school_id` char(32) NOT NULL,
  `school_name` varchar(255) NOT NULL,
  `school_subcounty_id` integer NOT NULL,
  `school_ward_id` integer NOT NULL,
  `type_of_school` varchar(26) NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `timestamp_updated` datetime(6) NULL,
  `is_void` bool NOT NULL,
  `created_by` integer NULL,
  PRIMARY KEY (`school_id`),
  CONSTRAINT `fk_f4eef1b4e2a0272bc89609bc` FOREIGN KEY (`school_subcounty_id`) REFERENCES `list_geo` (`area_id`),
  CONSTRAINT `fk_a331cb4b2d435ab0a35a34d2` FOREIGN KEY (`school_ward_id`) REFERENCES `list_geo` (`area_id`)
);

CREATE TABLE `facility_list` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `facility_code` integer NOT NULL,
  `facility_name` varchar(255) NOT NULL,
  `county_id` integer NOT NULL,
  `county_name` varchar(255) NOT NULL,
  `subcounty_id` integer NOT NULL,
  `subcounty_name` varchar(255) NOT NULL,
  `latitude` numeric(10, 5) NOT NULL,
  `longitude` numeric(10, 5) NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `timestamp_updated` datetime(6) NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reg_person` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `designation` varchar(25) NULL,
  `first_name` varchar(255) NOT NULL,
  `other_names` varchar(255) NULL,
  `surname` varchar(255) NOT NULL,
  `email` varchar(254) NULL,
  `des_phone_number` integer NULL,
  `date_of_birth` date NULL,
  `date_of_death` date NULL,
  `sex_id` varchar(4) NOT NULL,
  `is_void` bool NOT NULL,
  `created_by_id` bigint NULL,
  `created_at` date NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_user` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `reg_person_id` bigint NOT NULL,
  `role` varchar(20) NOT NULL,
  `username` varchar(20) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `timestamp_updated` datetime(6) NOT NULL,
  `password_changed_timestamp` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_key` (`username`),
  CONSTRAINT `fk_237968eab45a42d05f78a4f8` FOREIGN KEY (`reg_person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `auth_group_detail` (
  `group_ptr_id` int NOT NULL,
  `group_id` varchar(5) NOT NULL,
  `group_name` varchar(100) NOT NULL,
  `group_description` varchar(255) NOT NULL,
  `restricted_to_org_unit` bool NOT NULL,
  `restricted_to_geo` bool NOT NULL,
  `automatic` bool NOT NULL,
  `timestamp_modified` datetime(6) NOT NULL,
  PRIMARY KEY (`group_ptr_id`)
);

CREATE TABLE `auth_user_groups_geo_org` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `user_id` bigint NOT NULL,
  `group_id` int NOT NULL,
  `org_unit_id` bigint NULL,
  `area_id` integer NULL,
  `timestamp_modified` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_e431a037817d35df69efe5b7` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `fk_ede3fea5f7abe73842bb3f62` FOREIGN KEY (`group_id`) REFERENCES `auth_group_detail` (`group_ptr_id`),
  CONSTRAINT `fk_32b7cc4f04e9285bc3e95770` FOREIGN KEY (`area_id`) REFERENCES `list_geo` (`area_id`)
);

CREATE TABLE `auth_login_policy` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `username` varchar(100) NOT NULL,
  `source_address` char(39) NOT NULL,
  `hostname` varchar(100) NOT NULL,
  `successful` bool NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `user_id` bigint NULL,
  `user_repr` varchar(200) NOT NULL,
  `lockout` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ccc722486b3eac9b3b83f0b7` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `auth_login_attempt` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` char(39) NULL,
  `username` varchar(255) NULL,
  `trusted` bool NOT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `get_data` longtext NOT NULL,
  `post_data` longtext NOT NULL,
  `failures_since_start` integer UNSIGNED NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_login_accesslog` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` char(39) NULL,
  `username` varchar(255) NULL,
  `trusted` bool NOT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `logout_time` datetime(6) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_password_history` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `user_id` bigint NULL,
  `user_repr` varchar(200) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `successful` bool NOT NULL,
  `is_temporary` bool NOT NULL,
  `password` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_8b27d9699612be5b51019d52` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `reg_org_unit` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `org_unit_id_vis` varchar(12) NOT NULL,
  `org_unit_name` varchar(255) NOT NULL,
  `org_unit_type_id` varchar(4) NOT NULL,
  `date_operational` date NULL,
  `date_closed` date NULL,
  `handle_ovc` bool NOT NULL,
  `is_void` bool NOT NULL,
  `parent_org_unit_id` integer NULL,
  `created_by_id` bigint NULL,
  `created_at` date NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_465384a97329e138db757366` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `reg_org_units_contact` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `org_unit_id` bigint NOT NULL,
  `contact_detail_type_id` varchar(20) NOT NULL,
  `contact_detail` varchar(255) NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_46f2485bf48c88efaabf79e1` FOREIGN KEY (`org_unit_id`) REFERENCES `reg_org_unit` (`id`)
);

CREATE TABLE `reg_org_units_geo` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `org_unit_id` bigint NOT NULL,
  `area_id` integer NOT NULL,
  `date_linked` date NULL,
  `date_delinked` date NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_355aeff8282451e29a20eb48` FOREIGN KEY (`org_unit_id`) REFERENCES `reg_org_unit` (`id`),
  CONSTRAINT `fk_ae5b172307e28caf9d185f40` FOREIGN KEY (`area_id`) REFERENCES `list_geo` (`area_id`)
);

CREATE TABLE `reg_persons_guardians` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `child_person_id` bigint NOT NULL,
  `guardian_person_id` bigint NOT NULL,
  `relationship` varchar(5) NOT NULL,
  `date_linked` date NULL,
  `date_delinked` date NULL,
  `child_headed` bool NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_bcd3e7d61698531ac5378b60` FOREIGN KEY (`child_person_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_456d6eef75036e4ae05a4500` FOREIGN KEY (`guardian_person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `reg_persons_siblings` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `child_person_id` bigint NOT NULL,
  `sibling_person_id` bigint NOT NULL,
  `date_linked` date NULL,
  `date_delinked` date NULL,
  `remarks` longtext NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_5b471722ce529902270a48e7` FOREIGN KEY (`child_person_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_7b0b45e245a52975e6fd4d4d` FOREIGN KEY (`sibling_person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `reg_persons_types` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `person_id` bigint NOT NULL,
  `person_type_id` varchar(4) NOT NULL,
  `date_began` date NULL,
  `date_ended` date NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_d338ee7693182223b065a9fb` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `reg_persons_geo` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `person_id` bigint NOT NULL,
  `area_id` integer NOT NULL,
  `area_type` varchar(4) NOT NULL,
  `date_linked` date NULL,
  `date_delinked` date NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_a6e5c17e4a5e4663b4cc75a0` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_775fa17bc375789dfd58640a` FOREIGN KEY (`area_id`) REFERENCES `list_geo` (`area_id`)
);

CREATE TABLE `reg_persons_external_ids` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `person_id` bigint NOT NULL,
  `identifier_type_id` varchar(4) NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_197c5b599f4a78b65b39e44b` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `reg_persons_contact` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `person_id` bigint NOT NULL,
  `contact_detail_type_id` varchar(4) NOT NULL,
  `contact_detail` varchar(255) NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_9e1cfa97a6b2d9b0e7d17f9e` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `reg_persons_org_units` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `person_id` bigint NOT NULL,
  `org_unit_id` bigint NOT NULL,
  `date_linked` date NULL,
  `date_delinked` date NULL,
  `primary_unit` bool NOT NULL,
  `reg_assistant` bool NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_3a6ca9dc354eaeedddb3e0fb` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_6e9dfcc022b2f290e3449dc0` FOREIGN KEY (`org_unit_id`) REFERENCES `reg_org_unit` (`id`)
);

CREATE TABLE `reg_persons_audit_trail` (
  `transaction_id` int AUTO_INCREMENT NOT NULL,
  `person_id` bigint NOT NULL,
  `transaction_type_id` varchar(4) NULL,
  `interface_id` varchar(4) NULL,
  `date_recorded_paper` date NULL,
  `person_recorded_paper_id` bigint NULL,
  `timestamp_modified` datetime(6) NOT NULL,
  `app_user_id` bigint NOT NULL,
  `ip_address` char(39) NOT NULL,
  `meta_data` longtext NULL,
  PRIMARY KEY (`transaction_id`),
  CONSTRAINT `fk_1162707472947cba106db0f2` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_7af6909960c86b22f102d5e8` FOREIGN KEY (`person_recorded_paper_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_d595b2f27f039d601082a438` FOREIGN KEY (`app_user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `ovc_facility` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `sub_county_id` integer NULL,
  `facility_code` varchar(10) NULL,
  `facility_name` varchar(200) NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_3330a7994d802957a9a63f35` FOREIGN KEY (`sub_county_id`) REFERENCES `list_geo` (`area_id`)
);

CREATE TABLE `ovc_school` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `sub_county_id` integer NOT NULL,
  `school_level` varchar(5) NOT NULL,
  `school_name` varchar(200) NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_1ae177ab3a9e393e31807359` FOREIGN KEY (`sub_county_id`) REFERENCES `list_geo` (`area_id`)
);

CREATE TABLE `ovc_household` (
  `id` char(32) NOT NULL,
  `head_person_id` bigint NOT NULL,
  `head_identifier` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_7891e3bb8d6ab697d5fabcf0` FOREIGN KEY (`head_person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_registration` (
  `id` char(32) NOT NULL,
  `person_id` bigint NOT NULL,
  `registration_date` date NOT NULL,
  `has_bcert` bool NOT NULL,
  `is_disabled` bool NOT NULL,
  `hiv_status` varchar(4) NULL,
  `art_status` varchar(4) NULL,
  `school_level` varchar(4) NULL,
  `immunization_status` varchar(4) NULL,
  `org_unique_id` varchar(15) NULL,
  `caretaker_id` bigint NULL,
  `child_cbo_id` bigint NOT NULL,
  `child_chv_id` bigint NOT NULL,
  `exit_reason` varchar(4) NULL,
  `exit_date` date NULL,
  `created_at` datetime(6) NOT NULL,
  `is_active` bool NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_3305bafdcf325ca9eb6655f5` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_8babe72d14fdd919763c24a9` FOREIGN KEY (`caretaker_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_dc851b3ec50a4a47c5764c9f` FOREIGN KEY (`child_cbo_id`) REFERENCES `reg_org_unit` (`id`),
  CONSTRAINT `fk_9dd47fa6efbeccdb180f4844` FOREIGN KEY (`child_chv_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_household_members` (
  `id` char(32) NOT NULL,
  `house_hold_id` char(32) NOT NULL,
  `person_id` bigint NOT NULL,
  `hh_head` bool NOT NULL,
  `member_type` varchar(4) NOT NULL,
  `member_alive` varchar(4) NOT NULL,
  `death_cause` varchar(4) NULL,
  `hiv_status` varchar(4) NULL,
  `date_linked` date NOT NULL,
  `date_delinked` date NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_af1cec55048029b80655a281` FOREIGN KEY (`house_hold_id`) REFERENCES `ovc_household` (`id`),
  CONSTRAINT `fk_0f8ee89f51fd3ac6802d84e1` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_eligibility` (
  `id` char(32) NOT NULL,
  `person_id` bigint NOT NULL,
  `criteria` varchar(5) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_44ced717651ab2e07f9011e3` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_care_health` (
  `id` char(32) NOT NULL,
  `person_id` bigint NOT NULL,
  `facility_id` bigint NOT NULL,
  `art_status` varchar(4) NOT NULL,
  `date_linked` date NOT NULL,
  `ccc_number` varchar(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `timestamp_updated` datetime(6) NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_576bc946b228b3ab24b61fdf` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_07b63f369bd965d14727282f` FOREIGN KEY (`facility_id`) REFERENCES `ovc_facility` (`id`)
);

CREATE TABLE `ovc_care_education` (
  `id` char(32) NOT NULL,
  `person_id` bigint NOT NULL,
  `school_id` bigint NOT NULL,
  `school_level` varchar(4) NOT NULL,
  `school_class` varchar(4) NOT NULL,
  `admission_type` varchar(4) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_577f4fb525cb73cdd5134daa` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_9cc1b9e37a539b3d50cea71f` FOREIGN KEY (`school_id`) REFERENCES `ovc_school` (`id`)
);

CREATE TABLE `ovc_viral_load` (
  `id` char(32) NOT NULL,
  `person_id` bigint NOT NULL,
  `viral_load` integer NULL,
  `viral_date` date NULL,
  `created_at` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_22d64e34730b9016b00ace04` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_case_record` (
  `case_id` char(32) NOT NULL,
  `case_serial` varchar(50) NOT NULL,
  `perpetrator_status` varchar(20) NOT NULL,
  `perpetrator_first_name` varchar(50) NULL,
  `perpetrator_other_names` varchar(50) NULL,
  `perpetrator_surname` varchar(50) NULL,
  `perpetrator_relationship_type` varchar(50) NULL,
  `risk_level` varchar(50) NOT NULL,
  `date_case_opened` date NOT NULL,
  `case_reporter_first_name` varchar(50) NULL,
  `case_reporter_other_names` varchar(50) NULL,
  `case_reporter_surname` varchar(50) NULL,
  `case_reporter_contacts` varchar(20) NULL,
  `case_reporter` varchar(20) NOT NULL,
  `court_name` varchar(200) NULL,
  `court_number` varchar(50) NULL,
  `police_station` varchar(200) NULL,
  `ob_number` varchar(50) NULL,
  `case_status` varchar(50) NOT NULL,
  `referral_present` varchar(10) NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  `parent_case_id` char(32) NULL,
  `created_by` integer NULL,
  `person_id` bigint NOT NULL,
  `case_remarks` varchar(1000) NULL,
  `date_of_summon` date NULL,
  `summon_status` bool NULL,
  `case_stage` integer NOT NULL,
  PRIMARY KEY (`case_id`),
  CONSTRAINT `fk_a20bd7a0f82cfc2b900ac13a` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_case_geo` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `case_id_id` char(32) NOT NULL,
  `report_subcounty_id` integer NOT NULL,
  `report_ward` varchar(100) NULL,
  `report_village` varchar(100) NULL,
  `report_orgunit_id` bigint NULL,
  `occurence_county_id` integer NOT NULL,
  `occurence_subcounty_id` integer NOT NULL,
  `occurence_ward` varchar(100) NOT NULL,
  `occurence_village` varchar(100) NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  `person_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_8282ffb9f2fb010eeb154917` FOREIGN KEY (`case_id_id`) REFERENCES `ovc_case_record` (`case_id`),
  CONSTRAINT `fk_a531b14b0028ad2b57c8fb3a` FOREIGN KEY (`report_subcounty_id`) REFERENCES `list_geo` (`area_id`),
  CONSTRAINT `fk_813da24308e8400911ba8e63` FOREIGN KEY (`report_orgunit_id`) REFERENCES `reg_org_unit` (`id`),
  CONSTRAINT `fk_920ae0eb48ef145d05a781f5` FOREIGN KEY (`occurence_county_id`) REFERENCES `list_geo` (`area_id`),
  CONSTRAINT `fk_c4acfb96b66c329cfef8bebf` FOREIGN KEY (`occurence_subcounty_id`) REFERENCES `list_geo` (`area_id`),
  CONSTRAINT `fk_a13674ae9c7b78f7aee10177` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_case_category` (
  `case_category_id` char(32) NOT NULL,
  `case_id_id` char(32) NOT NULL,
  `case_category` varchar(4) NOT NULL,
  `case_grouping_id` char(32) NOT NULL,
  `date_of_event` date NOT NULL,
  `place_of_event` varchar(4) NOT NULL,
  `case_nature` varchar(4) NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  `person_id` bigint NOT NULL,
  PRIMARY KEY (`case_category_id`),
  CONSTRAINT `fk_beb8adc823a2c6c71f2a2b85` FOREIGN KEY (`case_id_id`) REFERENCES `ovc_case_record` (`case_id`),
  CONSTRAINT `fk_2eae708d2782c691511d6efb` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_medical` (
  `medical_id` char(32) NOT NULL,
  `case_id_id` char(32) NOT NULL,
  `mental_condition` varchar(50) NOT NULL,
  `physical_condition` varchar(50) NOT NULL,
  `other_condition` varchar(50) NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  `person_id` bigint NOT NULL,
  PRIMARY KEY (`medical_id`),
  CONSTRAINT `fk_109ee9236aa1f4eb691bc454` FOREIGN KEY (`case_id_id`) REFERENCES `ovc_case_record` (`case_id`),
  CONSTRAINT `fk_a2f6c5ef99c72ca1841cc80f` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_family_status` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `case_id_id` char(32) NOT NULL,
  `family_status` varchar(100) NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  `person_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_325f357596508823b12755a3` FOREIGN KEY (`case_id_id`) REFERENCES `ovc_case_record` (`case_id`),
  CONSTRAINT `fk_920d08263afe29a37fb7da11` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_economic_status` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `case_id_id` char(32) NOT NULL,
  `household_economic_status` varchar(100) NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  `person_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_e53bbb7e8108bb5bcdecc486` FOREIGN KEY (`case_id_id`) REFERENCES `ovc_case_record` (`case_id`),
  CONSTRAINT `fk_12d2fcd0c8b4f1005609edee` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_referrals` (
  `refferal_id` char(32) NOT NULL,
  `refferal_actor_type` varchar(4) NOT NULL,
  `refferal_actor_specify` varchar(50) NOT NULL,
  `refferal_to` varchar(4) NOT NULL,
  `refferal_status` varchar(20) NOT NULL,
  `refferal_startdate` date NOT NULL,
  `refferal_enddate` date NULL,
  `case_category_id` char(32) NULL,
  `referral_grouping_id` char(32) NOT NULL,
  `case_id_id` char(32) NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  `person_id` bigint NOT NULL,
  PRIMARY KEY (`refferal_id`),
  CONSTRAINT `fk_4e1c81847220f15da673d3c7` FOREIGN KEY (`case_category_id`) REFERENCES `ovc_case_category` (`case_category_id`),
  CONSTRAINT `fk_77f7d89c42dde975d1cb18e4` FOREIGN KEY (`case_id_id`) REFERENCES `ovc_case_record` (`case_id`),
  CONSTRAINT `fk_f4d0ece3239ad1a0ca1bcc41` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_placement` (
  `placement_id` char(32) NOT NULL,
  `residential_institution_name` varchar(100) NOT NULL,
  `admission_date` date NULL,
  `admission_type` varchar(4) NOT NULL,
  `transfer_from` varchar(100) NULL,
  `admission_reason` varchar(100) NOT NULL,
  `holding_period` integer NULL,
  `committing_period_units` varchar(4) NULL,
  `committing_period` integer NULL,
  `current_residential_status` varchar(4) NOT NULL,
  `has_court_committal_order` varchar(4) NOT NULL,
  `free_for_adoption` varchar(4) NULL,
  `court_order_number` varchar(20) NULL,
  `court_order_issue_date` date NULL,
  `committing_court` varchar(100) NULL,
  `placement_notes` varchar(1000) NULL,
  `ob_number` varchar(20) NULL,
  `placement_type` varchar(10) NOT NULL,
  `person_id` bigint NOT NULL,
  `created_by` integer NULL,
  `is_active` bool NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  PRIMARY KEY (`placement_id`),
  CONSTRAINT `fk_a166eea7bd0bfb3f6f859043` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_case_events` (
  `case_event_id` char(32) NOT NULL,
  `case_event_type_id` varchar(20) NOT NULL,
  `date_of_event` date NOT NULL,
  `case_event_details` varchar(100) NOT NULL,
  `case_event_notes` varchar(1000) NOT NULL,
  `case_event_outcome` varchar(250) NULL,
  `next_hearing_date` date NULL,
  `next_mention_date` date NULL,
  `plea_taken` varchar(4) NULL,
  `application_outcome` varchar(4) NULL,
  `placement_id_id` char(32) NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  `case_id_id` char(32) NULL,
  `app_user_id` bigint NOT NULL,
  PRIMARY KEY (`case_event_id`),
  CONSTRAINT `fk_ac2b9323c044472d00bef6c9` FOREIGN KEY (`placement_id_id`) REFERENCES `ovc_placement` (`placement_id`),
  CONSTRAINT `fk_4481c8fa7beb06c9d9358079` FOREIGN KEY (`case_id_id`) REFERENCES `ovc_case_record` (`case_id`),
  CONSTRAINT `fk_d8da2416afa1b640dd7eed58` FOREIGN KEY (`app_user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `ovc_case_event_court` (
  `court_session_id` char(32) NOT NULL,
  `court_order` varchar(250) NULL,
  `case_event_id_id` char(32) NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `case_category_id` char(32) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  PRIMARY KEY (`court_session_id`),
  CONSTRAINT `fk_57437057b2bef3ffb131d940` FOREIGN KEY (`case_event_id_id`) REFERENCES `ovc_case_events` (`case_event_id`),
  CONSTRAINT `fk_8a89a90e9465494688171b13` FOREIGN KEY (`case_category_id`) REFERENCES `ovc_case_category` (`case_category_id`)
);

CREATE TABLE `ovc_documents` (
  `id` bigint AUTO_INCREMENT NOT NULL,
  `document_type` varchar(100) NOT NULL,
  `document_description` varchar(200) NOT NULL,
  `document_name` varchar(100) NOT NULL,
  `document_dir` varchar(1000) NOT NULL,
  `person_id` bigint NOT NULL,
  `created_by` integer NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_91f859771a5e65b51e7300ec` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`)
);

CREATE TABLE `ovc_care_events` (
  `event` char(32) NOT NULL,
  `event_type_id` varchar(10) NOT NULL,
  `event_counter` integer NOT NULL,
  `event_score` integer NULL,
  `date_of_event` date NOT NULL,
  `date_of_previous_event` datetime(6) NULL,
  `created_by` integer NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  `person_id` bigint NULL,
  `house_hold_id` char(32) NULL,
  PRIMARY KEY (`event`),
  CONSTRAINT `fk_9311feb1d257a3a985eaf0f7` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_0bd1990024fa6053780c0a19` FOREIGN KEY (`house_hold_id`) REFERENCES `ovc_household` (`id`)
);

CREATE TABLE `ovc_care_services` (
  `service_id` char(32) NOT NULL,
  `service_provided` varchar(250) NOT NULL,
  `service_provider` varchar(250) NULL,
  `domain` varchar(4) NULL,
  `place_of_service` varchar(250) NULL,
  `date_of_encounter_event` date NULL,
  `event_id` char(32) NOT NULL,
  `service_grouping_id` char(32) NOT NULL,
  `is_void` bool NOT NULL,
  `sync_id` char(32) NOT NULL,
  PRIMARY KEY (`service_id`),
  CONSTRAINT `fk_a067f4abdef6aa379b0cca24` FOREIGN KEY (`event_id`) REFERENCES `ovc_care_events` (`event`)
);

CREATE TABLE `ovc_care_case_plan` (
  `case_plan_id` char(32) NOT NULL,
  `domain` varchar(50) NOT NULL,
  `goal` varchar(255) NOT NULL,
  `person_id` bigint NOT NULL,
  `caregiver_id` bigint NOT NULL,
  `household_id` char(32) NOT NULL,
  `need` varchar(255) NOT NULL,
  `priority` varchar(255) NOT NULL,
  `cp_service` varchar(10) NOT NULL,
  `responsible` varchar(50) NOT NULL,
  `completion_date` date NOT NULL,
  `actual_completion_date` date NOT NULL,
  `results` varchar(300) NOT NULL,
  `reasons` varchar(300) NOT NULL,
  `form_id` char(32) NOT NULL,
  `date_of_event` date NOT NULL,
  `date_of_previous_event` date NULL,
  `case_plan_status` varchar(5) NOT NULL,
  `initial_caseplan` bool NOT NULL,
  `is_void` bool NOT NULL,
  `event_id` char(32) NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `timestamp_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`case_plan_id`),
  CONSTRAINT `fk_fc2f5f45cd8c83b588ae5ffe` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_cb80abd916a661b5cce72705` FOREIGN KEY (`caregiver_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_eb655a89153a81c5415051e6` FOREIGN KEY (`household_id`) REFERENCES `ovc_household` (`id`),
  CONSTRAINT `fk_e4fd05e64446e28ebe1c188b` FOREIGN KEY (`event_id`) REFERENCES `ovc_care_events` (`event`)
);

CREATE TABLE `ovc_hiv_status` (
  `hiv_status_id` int AUTO_INCREMENT NOT NULL,
  `person_id` bigint NOT NULL,
  `hiv_status` varchar(10) NOT NULL,
  `event_id` char(32) NOT NULL,
  `is_void` bool NOT NULL,
  `date_of_event` date NOT NULL,
  `timestamp_created` datetime(6) NOT NULL,
  `timestamp_updated` datetime(6) NOT NULL,
  PRIMARY KEY (`hiv_status_id`),
  CONSTRAINT `fk_8f041070343f62ddaf8fc5c2` FOREIGN KEY (`person_id`) REFERENCES `reg_person` (`id`),
  CONSTRAINT `fk_5d2f18c37d628797e24d2a49` FOREIGN KEY (`event_id`) REFERENCES `ovc_care_events` (`event`)
);

-- foreign keys to tables created later
ALTER TABLE `reg_person` ADD CONSTRAINT `fk_d2da2541335baae34d07a9bb` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`);
ALTER TABLE `auth_user_groups_geo_org` ADD CONSTRAINT `fk_8333571c9169c049a46101cf` FOREIGN KEY (`org_unit_id`) REFERENCES `reg_org_unit` (`id`);
