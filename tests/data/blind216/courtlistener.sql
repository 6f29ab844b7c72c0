-- CourtListener (Free Law Project: court dockets, parties and attorneys, opinions, judges' biographical and
-- financial-disclosure database, users, alerts, donations), github.com/freelawproject/courtlistener, commit
-- 26a474e60bd2131e0d05918eeb5f65c218cd6ecf (AGPL-3.0). Written from the Django models of that commit
-- (cl/lib, cl/people_db, cl/search, cl/users, cl/alerts, cl/favorites, cl/donate, cl/disclosures, cl/api
-- models.py, read with Python's ast, not imported) as the DDL Django's MySQL backend would create: tables
-- app_model, `id` AUTO_INCREMENT first (DEFAULT_AUTO_FIELD AutoField) unless a field is the primary key, then the
-- fields in model order with abstract parents' fields first (AbstractDateTimeModel's date_created/date_modified,
-- AbstractPDF, AbstractPacerDocument); ForeignKey/OneToOneField as <name>_id; ManyToMany fields without a
-- `through` model as app_model_field tables; Django's MySQL types (CharField varchar(max_length), a CharField
-- without max_length -> longtext as PostgreSQL allows, TextField longtext, DateTimeField datetime(6), BooleanField
-- bool, JSONField json, UUIDField char(32), USStateField varchar(2), FileField/ImageField varchar(100 or
-- max_length)); unique, unique_together and unconditional UniqueConstraint(fields=...) as UNIQUE keys; partial and
-- expression constraints, CHECKs, indexes and pghistory event tables left out. `auth_user` is Django's own.
-- Foreign keys to tables not kept are left out (search_docket.idb_data_id -> recap_fjcintegrateddatabase,
-- favorites_note.audio_id_id -> audio_audio, alerts_scheduledalerthit.content_type_id -> django_content_type).
SET NAMES utf8mb4;

CREATE TABLE `auth_user` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_uniq` (`username`)
);

CREATE TABLE `people_db_person` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `is_alias_of_id` integer NULL,
  `date_completed` datetime(6) NULL,
  `fjc_id` integer NULL,
  `slug` varchar(158) NOT NULL,
  `name_first` varchar(50) NOT NULL,
  `name_middle` varchar(50) NOT NULL,
  `name_last` varchar(50) NOT NULL,
  `name_suffix` varchar(5) NOT NULL,
  `date_dob` date NULL,
  `date_granularity_dob` varchar(15) NOT NULL,
  `date_dod` date NULL,
  `date_granularity_dod` varchar(15) NOT NULL,
  `dob_city` varchar(50) NOT NULL,
  `dob_state` varchar(2) NOT NULL,
  `dob_country` varchar(50) NOT NULL,
  `dod_city` varchar(50) NOT NULL,
  `dod_state` varchar(2) NOT NULL,
  `dod_country` varchar(50) NOT NULL,
  `gender` varchar(2) NOT NULL,
  `religion` varchar(30) NOT NULL,
  `ftm_total_received` double precision NULL,
  `ftm_eid` varchar(30) NULL,
  `has_photo` bool NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_db_person_fjc_id_uniq` (`fjc_id`),
  CONSTRAINT `people_db_person_fk_is_alias_of_id` FOREIGN KEY (`is_alias_of_id`) REFERENCES `people_db_person` (`id`)
);

CREATE TABLE `people_db_race` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `race` varchar(5) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_db_race_race_uniq` (`race`)
);

CREATE TABLE `people_db_school` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `is_alias_of_id` integer NULL,
  `name` varchar(120) NOT NULL,
  `ein` integer NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `people_db_school_fk_is_alias_of_id` FOREIGN KEY (`is_alias_of_id`) REFERENCES `people_db_school` (`id`)
);

CREATE TABLE `search_court` (
  `id` varchar(15) NOT NULL,
  `parent_court_id` varchar(15) NULL,
  `pacer_court_id` smallint UNSIGNED NULL,
  `pacer_has_rss_feed` bool NULL,
  `pacer_rss_entry_types` longtext NOT NULL,
  `date_last_pacer_contact` datetime(6) NULL,
  `fjc_court_id` varchar(3) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `in_use` bool NOT NULL,
  `has_opinion_scraper` bool NOT NULL,
  `has_oral_argument_scraper` bool NOT NULL,
  `position` double precision NOT NULL,
  `citation_string` varchar(100) NOT NULL,
  `short_name` varchar(100) NOT NULL,
  `full_name` varchar(200) NOT NULL,
  `url` varchar(500) NOT NULL,
  `start_date` date NULL,
  `end_date` date NULL,
  `jurisdiction` varchar(3) NOT NULL,
  `notes` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_court_position_uniq` (`position`),
  CONSTRAINT `search_court_fk_parent_court_id` FOREIGN KEY (`parent_court_id`) REFERENCES `search_court` (`id`)
);

CREATE TABLE `people_db_position` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `position_type` varchar(20) NULL,
  `job_title` varchar(100) NOT NULL,
  `sector` smallint NULL,
  `person_id` integer NULL,
  `court_id` varchar(15) NULL,
  `school_id` integer NULL,
  `organization_name` varchar(120) NULL,
  `location_city` varchar(50) NOT NULL,
  `location_state` varchar(2) NOT NULL,
  `appointer_id` integer NULL,
  `supervisor_id` integer NULL,
  `predecessor_id` integer NULL,
  `date_nominated` date NULL,
  `date_elected` date NULL,
  `date_recess_appointment` date NULL,
  `date_referred_to_judicial_committee` date NULL,
  `date_judicial_committee_action` date NULL,
  `judicial_committee_action` varchar(20) NOT NULL,
  `date_hearing` date NULL,
  `date_confirmation` date NULL,
  `date_start` date NULL,
  `date_granularity_start` varchar(15) NOT NULL,
  `date_termination` date NULL,
  `termination_reason` varchar(25) NOT NULL,
  `date_granularity_termination` varchar(15) NOT NULL,
  `date_retirement` date NULL,
  `nomination_process` varchar(20) NOT NULL,
  `vote_type` varchar(2) NOT NULL,
  `voice_vote` bool NULL,
  `votes_yes` integer UNSIGNED NULL,
  `votes_no` integer UNSIGNED NULL,
  `votes_yes_percent` double precision NULL,
  `votes_no_percent` double precision NULL,
  `how_selected` varchar(20) NOT NULL,
  `has_inferred_values` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `people_db_position_fk_person_id` FOREIGN KEY (`person_id`) REFERENCES `people_db_person` (`id`),
  CONSTRAINT `people_db_position_fk_court_id` FOREIGN KEY (`court_id`) REFERENCES `search_court` (`id`),
  CONSTRAINT `people_db_position_fk_school_id` FOREIGN KEY (`school_id`) REFERENCES `people_db_school` (`id`),
  CONSTRAINT `people_db_position_fk_appointer_id` FOREIGN KEY (`appointer_id`) REFERENCES `people_db_position` (`id`),
  CONSTRAINT `people_db_position_fk_supervisor_id` FOREIGN KEY (`supervisor_id`) REFERENCES `people_db_person` (`id`),
  CONSTRAINT `people_db_position_fk_predecessor_id` FOREIGN KEY (`predecessor_id`) REFERENCES `people_db_person` (`id`)
);

CREATE TABLE `people_db_retentionevent` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `position_id` integer NULL,
  `retention_type` varchar(10) NOT NULL,
  `date_retention` date NOT NULL,
  `votes_yes` integer UNSIGNED NULL,
  `votes_no` integer UNSIGNED NULL,
  `votes_yes_percent` double precision NULL,
  `votes_no_percent` double precision NULL,
  `unopposed` bool NULL,
  `won` bool NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `people_db_retentionevent_fk_position_id` FOREIGN KEY (`position_id`) REFERENCES `people_db_position` (`id`)
);

CREATE TABLE `people_db_education` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `person_id` integer NULL,
  `school_id` integer NOT NULL,
  `degree_level` varchar(4) NOT NULL,
  `degree_detail` varchar(100) NOT NULL,
  `degree_year` smallint UNSIGNED NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `people_db_education_fk_person_id` FOREIGN KEY (`person_id`) REFERENCES `people_db_person` (`id`),
  CONSTRAINT `people_db_education_fk_school_id` FOREIGN KEY (`school_id`) REFERENCES `people_db_school` (`id`)
);

CREATE TABLE `people_db_politicalaffiliation` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `person_id` integer NULL,
  `political_party` varchar(5) NOT NULL,
  `source` varchar(5) NOT NULL,
  `date_start` date NULL,
  `date_granularity_start` varchar(15) NOT NULL,
  `date_end` date NULL,
  `date_granularity_end` varchar(15) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `people_db_politicalaffiliation_fk_person_id` FOREIGN KEY (`person_id`) REFERENCES `people_db_person` (`id`)
);

CREATE TABLE `people_db_source` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `person_id` integer NULL,
  `url` varchar(2000) NOT NULL,
  `date_accessed` date NULL,
  `notes` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `people_db_source_fk_person_id` FOREIGN KEY (`person_id`) REFERENCES `people_db_person` (`id`)
);

CREATE TABLE `people_db_abarating` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `person_id` integer NULL,
  `year_rated` smallint UNSIGNED NULL,
  `rating` varchar(5) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `people_db_abarating_fk_person_id` FOREIGN KEY (`person_id`) REFERENCES `people_db_person` (`id`)
);

CREATE TABLE `people_db_party` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `name` longtext NOT NULL,
  `extra_info` longtext NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `people_db_attorney` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `name` longtext NOT NULL,
  `contact_raw` longtext NOT NULL,
  `phone` varchar(20) NOT NULL,
  `fax` varchar(20) NOT NULL,
  `email` varchar(254) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `people_db_attorneyorganization` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `lookup_key` longtext NOT NULL,
  `name` longtext NOT NULL,
  `address1` longtext NOT NULL,
  `address2` longtext NOT NULL,
  `city` longtext NOT NULL,
  `state` varchar(2) NOT NULL,
  `zip_code` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_db_attorneyorganization_lookup_key_uniq` (`lookup_key`),
  UNIQUE KEY `people_db_attorneyorganization_name_address1_address2_ci_uniq` (`name`, `address1`, `address2`, `city`, `state`, `zip_code`)
);

CREATE TABLE `search_originatingcourtinformation` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `docket_number` longtext NOT NULL,
  `docket_number_raw` longtext NOT NULL,
  `assigned_to_id` integer NULL,
  `assigned_to_str` longtext NOT NULL,
  `ordering_judge_id` integer NULL,
  `ordering_judge_str` longtext NOT NULL,
  `court_reporter` longtext NOT NULL,
  `date_disposed` date NULL,
  `date_filed` date NULL,
  `date_judgment` date NULL,
  `date_judgment_eod` date NULL,
  `date_filed_noa` date NULL,
  `date_received_coa` date NULL,
  `date_rehearing_denied` date NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `search_originatingcourtinforma_fk_assigned_to_id` FOREIGN KEY (`assigned_to_id`) REFERENCES `people_db_person` (`id`),
  CONSTRAINT `search_originatingcourtinforma_fk_ordering_judge_id` FOREIGN KEY (`ordering_judge_id`) REFERENCES `people_db_person` (`id`)
);

CREATE TABLE `search_docket` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `source` smallint NOT NULL,
  `court_id` varchar(15) NOT NULL,
  `appeal_from_id` varchar(15) NULL,
  `parent_docket_id` integer NULL,
  `appeal_from_str` longtext NOT NULL,
  `originating_court_information_id` integer NULL,
  `idb_data_id` integer NULL,
  `assigned_to_id` integer NULL,
  `assigned_to_str` longtext NOT NULL,
  `referred_to_id` integer NULL,
  `referred_to_str` longtext NOT NULL,
  `panel_str` longtext NOT NULL,
  `date_last_index` datetime(6) NULL,
  `date_cert_granted` date NULL,
  `date_cert_denied` date NULL,
  `date_argued` date NULL,
  `date_reargued` date NULL,
  `date_reargument_denied` date NULL,
  `date_filed` date NULL,
  `date_terminated` date NULL,
  `date_last_filing` date NULL,
  `case_name_short` longtext NOT NULL,
  `case_name` longtext NOT NULL,
  `case_name_full` longtext NOT NULL,
  `slug` varchar(75) NOT NULL,
  `docket_number` longtext NULL,
  `docket_number_core` varchar(20) NOT NULL,
  `docket_number_raw` longtext NOT NULL,
  `docket_number_source` smallint UNSIGNED NOT NULL,
  `federal_dn_office_code` varchar(3) NOT NULL,
  `federal_dn_case_type` varchar(6) NOT NULL,
  `federal_dn_judge_initials_assigned` varchar(5) NOT NULL,
  `federal_dn_judge_initials_referred` varchar(5) NOT NULL,
  `federal_defendant_number` smallint NULL,
  `pacer_case_id` varchar(100) NULL,
  `cause` varchar(2000) NOT NULL,
  `nature_of_suit` varchar(1000) NOT NULL,
  `jury_demand` varchar(500) NOT NULL,
  `jurisdiction_type` varchar(100) NOT NULL,
  `appellate_fee_status` longtext NOT NULL,
  `appellate_case_type_information` longtext NOT NULL,
  `mdl_status` varchar(100) NOT NULL,
  `filepath_local` varchar(1000) NOT NULL,
  `filepath_ia` varchar(1000) NOT NULL,
  `filepath_ia_json` varchar(1000) NOT NULL,
  `ia_upload_failure_count` smallint NULL,
  `ia_needs_upload` bool NULL,
  `ia_date_first_change` datetime(6) NULL,
  `view_count` integer NOT NULL,
  `date_blocked` date NULL,
  `blocked` bool NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_docket_originating_court_informa_uniq` (`originating_court_information_id`),
  UNIQUE KEY `search_docket_idb_data_id_uniq` (`idb_data_id`),
  CONSTRAINT `search_docket_fk_court_id` FOREIGN KEY (`court_id`) REFERENCES `search_court` (`id`),
  CONSTRAINT `search_docket_fk_appeal_from_id` FOREIGN KEY (`appeal_from_id`) REFERENCES `search_court` (`id`),
  CONSTRAINT `search_docket_fk_parent_docket_id` FOREIGN KEY (`parent_docket_id`) REFERENCES `search_docket` (`id`),
  CONSTRAINT `search_docket_fk_originating_court_informatio` FOREIGN KEY (`originating_court_information_id`) REFERENCES `search_originatingcourtinformation` (`id`),
  CONSTRAINT `search_docket_fk_assigned_to_id` FOREIGN KEY (`assigned_to_id`) REFERENCES `people_db_person` (`id`),
  CONSTRAINT `search_docket_fk_referred_to_id` FOREIGN KEY (`referred_to_id`) REFERENCES `people_db_person` (`id`)
);

CREATE TABLE `people_db_partytype` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `docket_id` integer NOT NULL,
  `party_id` integer NOT NULL,
  `name` varchar(100) NOT NULL,
  `date_terminated` date NULL,
  `extra_info` longtext NOT NULL,
  `highest_offense_level_opening` longtext NOT NULL,
  `highest_offense_level_terminated` longtext NOT NULL,
  `pro_se` smallint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_db_partytype_docket_id_party_id_name_uniq` (`docket_id`, `party_id`, `name`),
  CONSTRAINT `people_db_partytype_fk_docket_id` FOREIGN KEY (`docket_id`) REFERENCES `search_docket` (`id`),
  CONSTRAINT `people_db_partytype_fk_party_id` FOREIGN KEY (`party_id`) REFERENCES `people_db_party` (`id`)
);

CREATE TABLE `people_db_criminalcount` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `party_type_id` integer NOT NULL,
  `name` longtext NOT NULL,
  `disposition` longtext NOT NULL,
  `status` smallint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `people_db_criminalcount_fk_party_type_id` FOREIGN KEY (`party_type_id`) REFERENCES `people_db_partytype` (`id`)
);

CREATE TABLE `people_db_criminalcomplaint` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `party_type_id` integer NOT NULL,
  `name` longtext NOT NULL,
  `disposition` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `people_db_criminalcomplaint_fk_party_type_id` FOREIGN KEY (`party_type_id`) REFERENCES `people_db_partytype` (`id`)
);

CREATE TABLE `people_db_role` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `party_id` integer NOT NULL,
  `attorney_id` integer NOT NULL,
  `docket_id` integer NOT NULL,
  `role` smallint NULL,
  `role_raw` longtext NOT NULL,
  `date_action` date NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_db_role_party_id_attorney_id_role_uniq` (`party_id`, `attorney_id`, `role`, `docket_id`, `date_action`),
  CONSTRAINT `people_db_role_fk_party_id` FOREIGN KEY (`party_id`) REFERENCES `people_db_party` (`id`),
  CONSTRAINT `people_db_role_fk_attorney_id` FOREIGN KEY (`attorney_id`) REFERENCES `people_db_attorney` (`id`),
  CONSTRAINT `people_db_role_fk_docket_id` FOREIGN KEY (`docket_id`) REFERENCES `search_docket` (`id`)
);

CREATE TABLE `people_db_attorneyorganizationassociation` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `attorney_id` integer NOT NULL,
  `attorney_organization_id` integer NOT NULL,
  `docket_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_db_attorneyorganization_attorney_id_attorney_orga_uniq` (`attorney_id`, `attorney_organization_id`, `docket_id`),
  CONSTRAINT `people_db_attorneyorganization_fk_attorney_id` FOREIGN KEY (`attorney_id`) REFERENCES `people_db_attorney` (`id`),
  CONSTRAINT `people_db_attorneyorganization_fk_attorney_organization_id` FOREIGN KEY (`attorney_organization_id`) REFERENCES `people_db_attorneyorganization` (`id`),
  CONSTRAINT `people_db_attorneyorganization_fk_docket_id` FOREIGN KEY (`docket_id`) REFERENCES `search_docket` (`id`)
);

CREATE TABLE `search_tag` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_tag_name_uniq` (`name`)
);

CREATE TABLE `search_docketentry` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `docket_id` integer NOT NULL,
  `date_filed` date NULL,
  `time_filed` time(6) NULL,
  `entry_number` bigint NULL,
  `recap_sequence_number` varchar(50) NOT NULL,
  `pacer_sequence_number` integer NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `search_docketentry_fk_docket_id` FOREIGN KEY (`docket_id`) REFERENCES `search_docket` (`id`)
);

CREATE TABLE `search_recapdocument` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sha1` varchar(40) NOT NULL,
  `page_count` integer NULL,
  `file_size` integer NULL,
  `filepath_local` varchar(1000) NOT NULL,
  `filepath_ia` varchar(1000) NOT NULL,
  `ia_upload_failure_count` smallint NULL,
  `thumbnail` varchar(100) NULL,
  `thumbnail_status` smallint NOT NULL,
  `plain_text` longtext NOT NULL,
  `ocr_status` smallint NULL,
  `date_upload` datetime(6) NULL,
  `document_number` varchar(32) NOT NULL,
  `attachment_number` smallint NULL,
  `pacer_doc_id` varchar(64) NOT NULL,
  `is_available` bool NULL,
  `is_free_on_pacer` bool NULL,
  `is_sealed` bool NULL,
  `docket_entry_id` integer NOT NULL,
  `document_type` integer NOT NULL,
  `description` longtext NOT NULL,
  `acms_document_guid` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_recapdocument_docket_entry_id_document__uniq` (`docket_entry_id`, `document_number`, `attachment_number`),
  CONSTRAINT `search_recapdocument_fk_docket_entry_id` FOREIGN KEY (`docket_entry_id`) REFERENCES `search_docketentry` (`id`)
);

CREATE TABLE `search_opinioncluster` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `docket_id` integer NOT NULL,
  `judges` longtext NOT NULL,
  `date_filed` date NOT NULL,
  `date_filed_is_approximate` bool NOT NULL,
  `slug` varchar(75) NULL,
  `case_name_short` longtext NOT NULL,
  `case_name` longtext NOT NULL,
  `case_name_full` longtext NOT NULL,
  `scdb_id` varchar(10) NOT NULL,
  `scdb_decision_direction` integer NULL,
  `scdb_votes_majority` integer NULL,
  `scdb_votes_minority` integer NULL,
  `source` varchar(10) NOT NULL,
  `procedural_history` longtext NOT NULL,
  `attorneys` longtext NOT NULL,
  `nature_of_suit` longtext NOT NULL,
  `posture` longtext NOT NULL,
  `syllabus` longtext NOT NULL,
  `headnotes` longtext NOT NULL,
  `summary` longtext NOT NULL,
  `disposition` longtext NOT NULL,
  `history` longtext NOT NULL,
  `other_dates` longtext NOT NULL,
  `cross_reference` longtext NOT NULL,
  `correction` longtext NOT NULL,
  `citation_count` integer NOT NULL,
  `precedential_status` varchar(50) NOT NULL,
  `date_blocked` date NULL,
  `blocked` bool NOT NULL,
  `filepath_json_harvard` varchar(1000) NOT NULL,
  `filepath_pdf_harvard` varchar(100) NOT NULL,
  `filepath_xml_scan` varchar(100) NOT NULL,
  `filepath_pdf_scan` varchar(100) NOT NULL,
  `arguments` longtext NOT NULL,
  `headmatter` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `search_opinioncluster_fk_docket_id` FOREIGN KEY (`docket_id`) REFERENCES `search_docket` (`id`)
);

CREATE TABLE `search_opinion` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `cluster_id` integer NOT NULL,
  `author_id` integer NULL,
  `author_str` longtext NOT NULL,
  `per_curiam` bool NOT NULL,
  `joined_by_str` longtext NOT NULL,
  `type` varchar(20) NOT NULL,
  `sha1` varchar(40) NOT NULL,
  `page_count` integer NULL,
  `download_url` varchar(500) NULL,
  `local_path` varchar(100) NOT NULL,
  `plain_text` longtext NOT NULL,
  `html` longtext NOT NULL,
  `html_lawbox` longtext NOT NULL,
  `html_columbia` longtext NOT NULL,
  `html_anon_2020` longtext NOT NULL,
  `xml_harvard` longtext NOT NULL,
  `xml_scan` longtext NOT NULL,
  `html_with_citations` longtext NOT NULL,
  `extracted_by_ocr` bool NOT NULL,
  `ordering_key` integer NULL,
  `main_version_id` integer NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_opinion_cluster_id_ordering_key_uniq` (`cluster_id`, `ordering_key`),
  CONSTRAINT `search_opinion_fk_cluster_id` FOREIGN KEY (`cluster_id`) REFERENCES `search_opinioncluster` (`id`),
  CONSTRAINT `search_opinion_fk_author_id` FOREIGN KEY (`author_id`) REFERENCES `people_db_person` (`id`),
  CONSTRAINT `search_opinion_fk_main_version_id` FOREIGN KEY (`main_version_id`) REFERENCES `search_opinion` (`id`)
);

CREATE TABLE `search_searchquery` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `user_id` integer NULL,
  `source` smallint NOT NULL,
  `get_params` longtext NOT NULL,
  `query_time_ms` integer NULL,
  `hit_cache` bool NOT NULL,
  `failed` bool NOT NULL,
  `engine` smallint NOT NULL,
  `query_mode` smallint NOT NULL,
  `date_created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `search_searchquery_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `users_barmembership` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `barMembership` varchar(2) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_userprofile` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `user_id` integer NOT NULL,
  `stub_account` bool NOT NULL,
  `employer` varchar(100) NULL,
  `address1` varchar(100) NULL,
  `address2` varchar(100) NULL,
  `city` varchar(50) NULL,
  `state` varchar(2) NULL,
  `zip_code` varchar(10) NULL,
  `avatar` varchar(100) NOT NULL,
  `unlimited_docket_alerts` bool NOT NULL,
  `plaintext_preferred` bool NOT NULL,
  `activation_key` varchar(40) NOT NULL,
  `key_expires` datetime(6) NULL,
  `email_confirmed` bool NOT NULL,
  `notes` longtext NOT NULL,
  `is_tester` bool NOT NULL,
  `recap_email` varchar(254) NOT NULL,
  `auto_subscribe` bool NOT NULL,
  `docket_default_order_desc` bool NOT NULL,
  `neon_account_id` longtext NOT NULL,
  `prayers_public` bool NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_userprofile_user_id_uniq` (`user_id`),
  CONSTRAINT `users_userprofile_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `users_emailflag` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `email_address` varchar(254) NOT NULL,
  `flag_type` smallint NOT NULL,
  `notification_subtype` smallint NOT NULL,
  `retry_counter` smallint NULL,
  `next_retry_date` datetime(6) NULL,
  `checked` datetime(6) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users_emailsent` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `user_id` integer NULL,
  `message_id` char(32) NOT NULL,
  `from_email` varchar(300) NOT NULL,
  `to` json NULL,
  `bcc` json NULL,
  `cc` json NULL,
  `reply_to` json NULL,
  `subject` longtext NOT NULL,
  `plain_text` longtext NOT NULL,
  `html_message` longtext NOT NULL,
  `headers` json NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_emailsent_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `users_failedemail` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `stored_email_id` integer NOT NULL,
  `recipient` varchar(254) NOT NULL,
  `status` smallint NOT NULL,
  `next_retry_date` datetime(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_failedemail_fk_stored_email_id` FOREIGN KEY (`stored_email_id`) REFERENCES `users_emailsent` (`id`)
);

CREATE TABLE `alerts_alert` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `user_id` integer NOT NULL,
  `date_last_hit` datetime(6) NULL,
  `name` varchar(75) NOT NULL,
  `query` varchar(2500) NOT NULL,
  `rate` varchar(10) NOT NULL,
  `alert_type` varchar(3) NOT NULL,
  `secret_key` varchar(40) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `alerts_alert_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `alerts_docketalert` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `date_last_hit` datetime(6) NULL,
  `docket_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  `secret_key` varchar(40) NOT NULL,
  `alert_type` smallint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alerts_docketalert_docket_id_user_id_uniq` (`docket_id`, `user_id`),
  CONSTRAINT `alerts_docketalert_fk_docket_id` FOREIGN KEY (`docket_id`) REFERENCES `search_docket` (`id`),
  CONSTRAINT `alerts_docketalert_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `alerts_scheduledalerthit` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `alert_id` integer NOT NULL,
  `user_id` integer NOT NULL,
  `document_content` json NOT NULL,
  `hit_status` smallint NOT NULL,
  `content_type_id` integer NULL,
  `object_id` integer UNSIGNED NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `alerts_scheduledalerthit_fk_alert_id` FOREIGN KEY (`alert_id`) REFERENCES `alerts_alert` (`id`),
  CONSTRAINT `alerts_scheduledalerthit_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `favorites_note` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NULL,
  `user_id` integer NOT NULL,
  `cluster_id_id` integer NULL,
  `audio_id_id` integer NULL,
  `docket_id_id` integer NULL,
  `recap_doc_id_id` integer NULL,
  `name` varchar(100) NOT NULL,
  `notes` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `favorites_note_cluster_id_id_user_id_uniq` (`cluster_id_id`, `user_id`),
  UNIQUE KEY `favorites_note_audio_id_id_user_id_uniq` (`audio_id_id`, `user_id`),
  UNIQUE KEY `favorites_note_docket_id_id_user_id_uniq` (`docket_id_id`, `user_id`),
  UNIQUE KEY `favorites_note_recap_doc_id_id_user_id_uniq` (`recap_doc_id_id`, `user_id`),
  CONSTRAINT `favorites_note_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `favorites_note_fk_cluster_id_id` FOREIGN KEY (`cluster_id_id`) REFERENCES `search_opinioncluster` (`id`),
  CONSTRAINT `favorites_note_fk_docket_id_id` FOREIGN KEY (`docket_id_id`) REFERENCES `search_docket` (`id`),
  CONSTRAINT `favorites_note_fk_recap_doc_id_id` FOREIGN KEY (`recap_doc_id_id`) REFERENCES `search_recapdocument` (`id`)
);

CREATE TABLE `favorites_usertag` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `user_id` integer NOT NULL,
  `name` varchar(50) NOT NULL,
  `title` longtext NOT NULL,
  `description` longtext NOT NULL,
  `view_count` integer NOT NULL,
  `published` bool NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `favorites_usertag_user_id_name_uniq` (`user_id`, `name`),
  CONSTRAINT `favorites_usertag_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `favorites_dockettag` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `docket_id` integer NOT NULL,
  `tag_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `favorites_dockettag_docket_id_tag_id_uniq` (`docket_id`, `tag_id`),
  CONSTRAINT `favorites_dockettag_fk_docket_id` FOREIGN KEY (`docket_id`) REFERENCES `search_docket` (`id`),
  CONSTRAINT `favorites_dockettag_fk_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `favorites_usertag` (`id`)
);

CREATE TABLE `favorites_prayer` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `user_id` integer NOT NULL,
  `recap_document_id` integer NOT NULL,
  `status` smallint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `favorites_prayer_user_id_recap_document_id_uniq` (`user_id`, `recap_document_id`),
  CONSTRAINT `favorites_prayer_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `favorites_prayer_fk_recap_document_id` FOREIGN KEY (`recap_document_id`) REFERENCES `search_recapdocument` (`id`)
);

CREATE TABLE `donate_donation` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `donor_id` integer NULL,
  `clearing_date` datetime(6) NULL,
  `send_annual_reminder` bool NOT NULL,
  `amount` numeric(10, 2) NOT NULL,
  `payment_provider` varchar(50) NOT NULL,
  `payment_id` varchar(64) NOT NULL,
  `transaction_id` varchar(64) NULL,
  `status` smallint NOT NULL,
  `referrer` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `donate_donation_fk_donor_id` FOREIGN KEY (`donor_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `donate_monthlydonation` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `donor_id` integer NULL,
  `enabled` bool NOT NULL,
  `payment_provider` varchar(50) NOT NULL,
  `monthly_donation_amount` numeric(10, 2) NOT NULL,
  `monthly_donation_day` smallint NOT NULL,
  `stripe_customer_id` varchar(200) NOT NULL,
  `failure_count` smallint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `donate_monthlydonation_fk_donor_id` FOREIGN KEY (`donor_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `donate_neonwebhookevent` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `trigger` smallint UNSIGNED NOT NULL,
  `account_id` longtext NOT NULL,
  `membership_id` longtext NOT NULL,
  `content` json NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `donate_neonmembership` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `user_id` integer NOT NULL,
  `neon_id` longtext NOT NULL,
  `level` smallint UNSIGNED NOT NULL,
  `termination_date` datetime(6) NULL,
  `payment_status` smallint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `donate_neonmembership_user_id_uniq` (`user_id`),
  CONSTRAINT `donate_neonmembership_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `disclosures_financialdisclosure` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `person_id` integer NOT NULL,
  `year` smallint NOT NULL,
  `download_filepath` longtext NOT NULL,
  `filepath` varchar(300) NOT NULL,
  `thumbnail` varchar(300) NULL,
  `thumbnail_status` smallint NOT NULL,
  `page_count` smallint NOT NULL,
  `sha1` varchar(40) NOT NULL,
  `report_type` smallint NOT NULL,
  `is_amended` bool NULL,
  `addendum_content_raw` longtext NOT NULL,
  `addendum_redacted` bool NOT NULL,
  `has_been_extracted` bool NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `disclosures_financialdisclosur_sha1_uniq` (`sha1`),
  CONSTRAINT `disclosures_financialdisclosur_fk_person_id` FOREIGN KEY (`person_id`) REFERENCES `people_db_person` (`id`)
);

CREATE TABLE `disclosures_investment` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `financial_disclosure_id` integer NOT NULL,
  `page_number` integer NOT NULL,
  `description` longtext NOT NULL,
  `redacted` bool NOT NULL,
  `income_during_reporting_period_code` varchar(5) NOT NULL,
  `income_during_reporting_period_type` longtext NOT NULL,
  `gross_value_code` varchar(5) NOT NULL,
  `gross_value_method` varchar(5) NOT NULL,
  `transaction_during_reporting_period` longtext NOT NULL,
  `transaction_date_raw` varchar(40) NOT NULL,
  `transaction_date` date NULL,
  `transaction_value_code` varchar(5) NOT NULL,
  `transaction_gain_code` varchar(5) NOT NULL,
  `transaction_partner` longtext NOT NULL,
  `has_inferred_values` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `disclosures_investment_fk_financial_disclosure_id` FOREIGN KEY (`financial_disclosure_id`) REFERENCES `disclosures_financialdisclosure` (`id`)
);

CREATE TABLE `disclosures_position` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `financial_disclosure_id` integer NOT NULL,
  `position` longtext NOT NULL,
  `organization_name` longtext NOT NULL,
  `redacted` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `disclosures_position_fk_financial_disclosure_id` FOREIGN KEY (`financial_disclosure_id`) REFERENCES `disclosures_financialdisclosure` (`id`)
);

CREATE TABLE `disclosures_agreement` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `financial_disclosure_id` integer NOT NULL,
  `date_raw` longtext NOT NULL,
  `parties_and_terms` longtext NOT NULL,
  `redacted` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `disclosures_agreement_fk_financial_disclosure_id` FOREIGN KEY (`financial_disclosure_id`) REFERENCES `disclosures_financialdisclosure` (`id`)
);

CREATE TABLE `disclosures_noninvestmentincome` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `financial_disclosure_id` integer NOT NULL,
  `date_raw` longtext NOT NULL,
  `source_type` longtext NOT NULL,
  `income_amount` longtext NOT NULL,
  `redacted` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `disclosures_noninvestmentincom_fk_financial_disclosure_id` FOREIGN KEY (`financial_disclosure_id`) REFERENCES `disclosures_financialdisclosure` (`id`)
);

CREATE TABLE `disclosures_spouseincome` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `financial_disclosure_id` integer NOT NULL,
  `source_type` longtext NOT NULL,
  `date_raw` longtext NOT NULL,
  `redacted` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `disclosures_spouseincome_fk_financial_disclosure_id` FOREIGN KEY (`financial_disclosure_id`) REFERENCES `disclosures_financialdisclosure` (`id`)
);

CREATE TABLE `disclosures_reimbursement` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `financial_disclosure_id` integer NOT NULL,
  `source` longtext NOT NULL,
  `date_raw` longtext NOT NULL,
  `location` longtext NOT NULL,
  `purpose` longtext NOT NULL,
  `items_paid_or_provided` longtext NOT NULL,
  `redacted` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `disclosures_reimbursement_fk_financial_disclosure_id` FOREIGN KEY (`financial_disclosure_id`) REFERENCES `disclosures_financialdisclosure` (`id`)
);

CREATE TABLE `disclosures_gift` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `financial_disclosure_id` integer NOT NULL,
  `source` longtext NOT NULL,
  `description` longtext NOT NULL,
  `value` longtext NOT NULL,
  `redacted` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `disclosures_gift_fk_financial_disclosure_id` FOREIGN KEY (`financial_disclosure_id`) REFERENCES `disclosures_financialdisclosure` (`id`)
);

CREATE TABLE `disclosures_debt` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `financial_disclosure_id` integer NOT NULL,
  `creditor_name` longtext NOT NULL,
  `description` longtext NOT NULL,
  `value_code` varchar(5) NOT NULL,
  `redacted` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `disclosures_debt_fk_financial_disclosure_id` FOREIGN KEY (`financial_disclosure_id`) REFERENCES `disclosures_financialdisclosure` (`id`)
);

CREATE TABLE `api_apithrottle` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `user_id` integer NOT NULL,
  `throttle_type` smallint NOT NULL,
  `blocked` bool NOT NULL,
  `rate` varchar(20) NOT NULL,
  `source` smallint NOT NULL,
  `notes` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_apithrottle_user_id_throttle_type_rat_uniq` (`user_id`, `throttle_type`, `rate`),
  CONSTRAINT `api_apithrottle_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `api_webhook` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `user_id` integer NOT NULL,
  `event_type` integer NOT NULL,
  `url` varchar(2000) NOT NULL,
  `enabled` bool NOT NULL,
  `version` integer NOT NULL,
  `failure_count` integer NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_webhook_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `api_webhookevent` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `webhook_id` integer NOT NULL,
  `event_id` char(32) NOT NULL,
  `event_status` smallint NOT NULL,
  `content` json NULL,
  `next_retry_date` datetime(6) NULL,
  `error_message` longtext NOT NULL,
  `response` longtext NOT NULL,
  `retry_counter` smallint NOT NULL,
  `status_code` smallint NULL,
  `debug` bool NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_webhookevent_fk_webhook_id` FOREIGN KEY (`webhook_id`) REFERENCES `api_webhook` (`id`)
);

CREATE TABLE `people_db_person_race` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `person_id` integer NOT NULL,
  `race_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `people_db_person_race_uniq` (`person_id`, `race_id`),
  CONSTRAINT `people_db_person_race_fk_a` FOREIGN KEY (`person_id`) REFERENCES `people_db_person` (`id`),
  CONSTRAINT `people_db_person_race_fk_b` FOREIGN KEY (`race_id`) REFERENCES `people_db_race` (`id`)
);

CREATE TABLE `search_court_appeals_to` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `from_court_id` varchar(15) NOT NULL,
  `to_court_id` varchar(15) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_court_appeals_to_uniq` (`from_court_id`, `to_court_id`),
  CONSTRAINT `search_court_appeals_to_fk_a` FOREIGN KEY (`from_court_id`) REFERENCES `search_court` (`id`),
  CONSTRAINT `search_court_appeals_to_fk_b` FOREIGN KEY (`to_court_id`) REFERENCES `search_court` (`id`)
);

CREATE TABLE `search_docket_tags` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `docket_id` integer NOT NULL,
  `tag_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_docket_tags_uniq` (`docket_id`, `tag_id`),
  CONSTRAINT `search_docket_tags_fk_a` FOREIGN KEY (`docket_id`) REFERENCES `search_docket` (`id`),
  CONSTRAINT `search_docket_tags_fk_b` FOREIGN KEY (`tag_id`) REFERENCES `search_tag` (`id`)
);

CREATE TABLE `search_docket_panel` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `docket_id` integer NOT NULL,
  `person_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_docket_panel_uniq` (`docket_id`, `person_id`),
  CONSTRAINT `search_docket_panel_fk_a` FOREIGN KEY (`docket_id`) REFERENCES `search_docket` (`id`),
  CONSTRAINT `search_docket_panel_fk_b` FOREIGN KEY (`person_id`) REFERENCES `people_db_person` (`id`)
);

CREATE TABLE `search_docketentry_tags` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `docketentry_id` integer NOT NULL,
  `tag_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_docketentry_tags_uniq` (`docketentry_id`, `tag_id`),
  CONSTRAINT `search_docketentry_tags_fk_a` FOREIGN KEY (`docketentry_id`) REFERENCES `search_docketentry` (`id`),
  CONSTRAINT `search_docketentry_tags_fk_b` FOREIGN KEY (`tag_id`) REFERENCES `search_tag` (`id`)
);

CREATE TABLE `search_recapdocument_tags` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `recapdocument_id` integer NOT NULL,
  `tag_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_recapdocument_tags_uniq` (`recapdocument_id`, `tag_id`),
  CONSTRAINT `search_recapdocument_tags_fk_a` FOREIGN KEY (`recapdocument_id`) REFERENCES `search_recapdocument` (`id`),
  CONSTRAINT `search_recapdocument_tags_fk_b` FOREIGN KEY (`tag_id`) REFERENCES `search_tag` (`id`)
);

CREATE TABLE `search_opinioncluster_panel` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `opinioncluster_id` integer NOT NULL,
  `person_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_opinioncluster_panel_uniq` (`opinioncluster_id`, `person_id`),
  CONSTRAINT `search_opinioncluster_panel_fk_a` FOREIGN KEY (`opinioncluster_id`) REFERENCES `search_opinioncluster` (`id`),
  CONSTRAINT `search_opinioncluster_panel_fk_b` FOREIGN KEY (`person_id`) REFERENCES `people_db_person` (`id`)
);

CREATE TABLE `search_opinioncluster_non_participating_judges` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `opinioncluster_id` integer NOT NULL,
  `person_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_opinioncluster_non_participating_judges_uniq` (`opinioncluster_id`, `person_id`),
  CONSTRAINT `search_opinioncluster_non_participating_judges_fk_a` FOREIGN KEY (`opinioncluster_id`) REFERENCES `search_opinioncluster` (`id`),
  CONSTRAINT `search_opinioncluster_non_participating_judges_fk_b` FOREIGN KEY (`person_id`) REFERENCES `people_db_person` (`id`)
);

CREATE TABLE `search_opinion_joined_by` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `opinion_id` integer NOT NULL,
  `person_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `search_opinion_joined_by_uniq` (`opinion_id`, `person_id`),
  CONSTRAINT `search_opinion_joined_by_fk_a` FOREIGN KEY (`opinion_id`) REFERENCES `search_opinion` (`id`),
  CONSTRAINT `search_opinion_joined_by_fk_b` FOREIGN KEY (`person_id`) REFERENCES `people_db_person` (`id`)
);

CREATE TABLE `users_userprofile_barmembership` (
  `id` integer NOT NULL AUTO_INCREMENT,
  `userprofile_id` integer NOT NULL,
  `barmembership_id` integer NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_userprofile_barmembership_uniq` (`userprofile_id`, `barmembership_id`),
  CONSTRAINT `users_userprofile_barmembership_fk_a` FOREIGN KEY (`userprofile_id`) REFERENCES `users_userprofile` (`id`),
  CONSTRAINT `users_userprofile_barmembership_fk_b` FOREIGN KEY (`barmembership_id`) REFERENCES `users_barmembership` (`id`)
);
