-- FixMyTransport (mySociety; fixmytransport.com, 2011-2015: passengers' problem reports to British bus, train, tram
-- and ferry operators, councils and passenger transport executives, and public campaigns about them), Rails 2.3 on
-- PostgreSQL/PostGIS. Upstream: github.com/mysociety/fixmytransport, HEAD commit
-- a314cea878bc1337860d73837c2c8e1b75db499d (GNU Affero GPL v3, LICENSE.txt).
-- Source: db/development_structure.sql as committed at c59100b8ba757e35c7e2c3f784d3ef2ac04d119d (the PostgreSQL
-- dump of the schema after the 204 migrations up to 20110505103809; the dump was never regenerated), with the 76
-- later migrations of db/migrate/ (20110509141817 ... 20121030103500, as at HEAD) applied to it by hand in order:
-- add_column appends, rename_column and change_column keep the position, create_table gives id, the columns and
-- t.timestamps (created_at, updated_at); drop_table removes `updates`. remove_column :campaigns, :subdomain
-- (20110705143244) finds no such column after rename_column :campaigns, :subdomain, :key (20110620174451) and is
-- skipped; the index on subdomain follows the renamed column. The data-only migration 20110512111957 changes nothing.
-- Written as MySQL/MariaDB DDL: integer INT, character varying(n) VARCHAR(n), text TEXT, boolean TINYINT(1),
-- timestamp without time zone DATETIME, double precision and Rails :float DOUBLE, date DATE, time TIME, bytea LONGBLOB,
-- PostGIS geometry / point (SRID 27700) GEOMETRY; serial ids (nextval of an owned sequence) AUTO_INCREMENT; literal
-- defaults kept (false/true -> 0/1). Primary keys, unique and plain btree indexes and the foreign keys of the dump
-- and of the migrations (foreign_key_migrations' add_foreign_key, :dependent => :nullify -> ON DELETE SET NULL) are
-- kept; the GiST indexes on coords and the expression indexes on lower(...) are left out. Left out: PostGIS's own
-- catalogue tables geometry_columns and spatial_ref_sys. Tables are in alphabetical order, a referenced table
-- before the tables that refer to it.

CREATE TABLE `access_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT DEFAULT NULL,
  `token_type` VARCHAR(30) DEFAULT NULL,
  `key` VARCHAR(255) DEFAULT NULL,
  `token` VARCHAR(1024) DEFAULT NULL,
  `active` TINYINT(1) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_access_tokens_on_key` (`key`)
);

CREATE TABLE `action_confirmations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL DEFAULT '',
  `user_id` INT NOT NULL,
  `target_id` INT DEFAULT NULL,
  `target_type` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_action_confirmations_on_token` (`token`)
);

CREATE TABLE `admin_areas` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) DEFAULT NULL,
  `atco_code` VARCHAR(255) DEFAULT NULL,
  `name` TEXT DEFAULT NULL,
  `short_name` TEXT DEFAULT NULL,
  `country` VARCHAR(255) DEFAULT NULL,
  `national` TINYINT(1) DEFAULT NULL,
  `creation_datetime` DATETIME DEFAULT NULL,
  `modification_datetime` DATETIME DEFAULT NULL,
  `revision_number` VARCHAR(255) DEFAULT NULL,
  `modification` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `region_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `admin_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `crypted_password` VARCHAR(255) DEFAULT NULL,
  `password_salt` VARCHAR(255) DEFAULT NULL,
  `persistence_token` VARCHAR(255) DEFAULT NULL,
  `login_count` INT NOT NULL DEFAULT 0,
  `failed_login_count` INT NOT NULL DEFAULT 0,
  `last_request_at` DATETIME DEFAULT NULL,
  `current_login_at` DATETIME DEFAULT NULL,
  `last_login_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `alternative_names` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `locality_id` INT DEFAULT NULL,
  `creation_datetime` DATETIME DEFAULT NULL,
  `modification_datetime` DATETIME DEFAULT NULL,
  `revision_number` VARCHAR(255) DEFAULT NULL,
  `modification` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `alternative_locality_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `assignments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT DEFAULT NULL,
  `campaign_id` INT DEFAULT NULL,
  `task_id` INT DEFAULT NULL,
  `status_code` INT DEFAULT 0,
  `data` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `task_type_name` VARCHAR(255) DEFAULT NULL,
  `problem_id` INT DEFAULT NULL,
  `creator_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `campaign_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event_type` VARCHAR(255) DEFAULT NULL,
  `campaign_id` INT DEFAULT NULL,
  `described_type` VARCHAR(255) DEFAULT NULL,
  `described_id` INT DEFAULT NULL,
  `visible` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `data` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `campaign_photos` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `image_file_name` VARCHAR(255) DEFAULT NULL,
  `image_content_type` VARCHAR(255) DEFAULT NULL,
  `image_file_size` INT DEFAULT NULL,
  `image_updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_campaign_photos_on_campaign_id` (`campaign_id`)
);

CREATE TABLE `campaign_supporters` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_id` INT DEFAULT NULL,
  `supporter_id` INT DEFAULT NULL,
  `confirmed_at` DATETIME DEFAULT NULL,
  `token` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `new_supporter` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `campaign_updates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_id` INT DEFAULT NULL,
  `incoming_message_id` INT DEFAULT NULL,
  `user_id` INT DEFAULT NULL,
  `text` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `sent_at` DATETIME DEFAULT NULL,
  `is_advice_request` TINYINT(1) DEFAULT NULL,
  `outgoing_message_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `campaigns` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `location_id` INT DEFAULT NULL,
  `location_type` VARCHAR(255) DEFAULT NULL,
  `title` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `description` TEXT DEFAULT NULL,
  `transport_mode_id` INT DEFAULT NULL,
  `token` TEXT DEFAULT NULL,
  `initiator_id` INT DEFAULT NULL,
  `status_code` INT DEFAULT NULL,
  `cached_slug` VARCHAR(255) DEFAULT NULL,
  `key` VARCHAR(255) DEFAULT NULL,
  `confirmed_at` DATETIME DEFAULT NULL,
  `latest_event_at` DATETIME DEFAULT NULL,
  `send_questionnaire` TINYINT(1) NOT NULL DEFAULT 1,
  `initiator_seen` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_campaigns_on_cached_slug` (`cached_slug`),
  KEY `index_campaigns_on_subdomain` (`key`),
  KEY `index_campaigns_on_initiator_id` (`initiator_id`),
  KEY `index_campaigns_on_location_id_and_location_type` (`location_id`, `location_type`)
);

CREATE TABLE `campaigns_guides` (
  `campaign_id` INT DEFAULT NULL,
  `guide_id` INT DEFAULT NULL
);

CREATE TABLE `comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT DEFAULT NULL,
  `text` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `user_name` VARCHAR(255) DEFAULT NULL,
  `confirmed_at` DATETIME DEFAULT NULL,
  `status_code` INT DEFAULT NULL,
  `token` VARCHAR(255) DEFAULT NULL,
  `mark_fixed` TINYINT(1) DEFAULT NULL,
  `mark_open` TINYINT(1) DEFAULT NULL,
  `commented_type` VARCHAR(255) DEFAULT NULL,
  `commented_id` INT DEFAULT NULL,
  `sent_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `council_contacts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `area_id` INT DEFAULT NULL,
  `category` VARCHAR(255) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `confirmed` TINYINT(1) DEFAULT NULL,
  `notes` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `district_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_council_contacts_on_area_id_and_deleted` (`area_id`, `deleted`)
);

CREATE TABLE `districts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) DEFAULT NULL,
  `name` TEXT DEFAULT NULL,
  `admin_area_id` INT DEFAULT NULL,
  `creation_datetime` DATETIME DEFAULT NULL,
  `modification_datetime` DATETIME DEFAULT NULL,
  `revision_number` VARCHAR(255) DEFAULT NULL,
  `modification` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `external_questionnaires` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL,
  `subject_id` INT NOT NULL,
  `subject_type` VARCHAR(255) NOT NULL,
  `questionnaire_code` VARCHAR(255) NOT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `guides` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255) NOT NULL,
  `partial_name` VARCHAR(255) NOT NULL,
  `cached_slug` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_guides_on_cached_slug` (`cached_slug`)
);

CREATE TABLE `guides_problems` (
  `problem_id` INT DEFAULT NULL,
  `guide_id` INT DEFAULT NULL
);

CREATE TABLE `incoming_messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `subject` TEXT DEFAULT NULL,
  `campaign_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `raw_email_id` INT DEFAULT NULL,
  `from` VARCHAR(255) DEFAULT NULL,
  `main_body_text` TEXT DEFAULT NULL,
  `main_body_text_folded` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `journey_patterns` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `route_id` INT DEFAULT NULL,
  `destination` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `load_run_completions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `transport_mode_id` INT DEFAULT NULL,
  `admin_area_id` INT DEFAULT NULL,
  `load_type` VARCHAR(255) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `localities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) DEFAULT NULL,
  `name` TEXT DEFAULT NULL,
  `short_name` TEXT DEFAULT NULL,
  `national` TINYINT(1) DEFAULT NULL,
  `creation_datetime` DATETIME DEFAULT NULL,
  `modification_datetime` DATETIME DEFAULT NULL,
  `revision_number` VARCHAR(255) DEFAULT NULL,
  `modification` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `admin_area_id` INT DEFAULT NULL,
  `qualifier_name` VARCHAR(255) DEFAULT NULL,
  `source_locality_type` VARCHAR(255) DEFAULT NULL,
  `grid_type` VARCHAR(255) DEFAULT NULL,
  `northing` DOUBLE DEFAULT NULL,
  `easting` DOUBLE DEFAULT NULL,
  `coords` GEOMETRY DEFAULT NULL,
  `district_id` INT DEFAULT NULL,
  `cached_slug` VARCHAR(255) DEFAULT NULL,
  `lat` DOUBLE DEFAULT NULL,
  `lon` DOUBLE DEFAULT NULL,
  `primary_metaphone` VARCHAR(255) DEFAULT NULL,
  `secondary_metaphone` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_localities_on_cached_slug` (`cached_slug`),
  KEY `index_localities_on_primary_metaphone` (`primary_metaphone`),
  KEY `index_localities_on_secondary_metaphone` (`secondary_metaphone`),
  KEY `index_localities_on_district_id` (`district_id`),
  KEY `index_localities_on_admin_area_id` (`admin_area_id`)
);

CREATE TABLE `locality_links` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ancestor_id` INT DEFAULT NULL,
  `descendant_id` INT DEFAULT NULL,
  `direct` TINYINT(1) DEFAULT NULL,
  `count` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_locality_links_on_ancestor_id` (`ancestor_id`),
  KEY `index_locality_links_on_descendant_id` (`descendant_id`)
);

CREATE TABLE `location_searches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `transport_mode_id` INT DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `area` VARCHAR(255) DEFAULT NULL,
  `route_number` VARCHAR(255) DEFAULT NULL,
  `location_type` VARCHAR(255) DEFAULT NULL,
  `session_id` VARCHAR(255) DEFAULT NULL,
  `events` TEXT DEFAULT NULL,
  `active` TINYINT(1) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `failed` TINYINT(1) DEFAULT NULL,
  `from` VARCHAR(255) DEFAULT NULL,
  `to` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `merge_candidates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `national_route_id` INT DEFAULT NULL,
  `regional_route_ids` VARCHAR(255) DEFAULT NULL,
  `is_same` TINYINT(1) DEFAULT NULL,
  `been_seen` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `operator_codes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `region_id` INT DEFAULT NULL,
  `operator_id` INT DEFAULT NULL,
  `code` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `operator_contacts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `operator_id` INT DEFAULT NULL,
  `location_id` INT DEFAULT NULL,
  `location_type` VARCHAR(255) DEFAULT NULL,
  `category` VARCHAR(255) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `confirmed` TINYINT(1) DEFAULT NULL,
  `notes` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `cc_email` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `operators` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) DEFAULT NULL,
  `name` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `short_name` VARCHAR(255) DEFAULT NULL,
  `notes` TEXT DEFAULT NULL,
  `noc_code` VARCHAR(255) DEFAULT NULL,
  `reference_name` VARCHAR(255) DEFAULT NULL,
  `vosa_license_name` VARCHAR(255) DEFAULT NULL,
  `parent` VARCHAR(255) DEFAULT NULL,
  `vehicle_mode` VARCHAR(255) DEFAULT NULL,
  `ultimate_parent` VARCHAR(255) DEFAULT NULL,
  `transport_mode_id` INT DEFAULT NULL,
  `company_no` VARCHAR(255) DEFAULT NULL,
  `registered_address` TEXT DEFAULT NULL,
  `url` TEXT DEFAULT NULL,
  `cached_slug` VARCHAR(255) DEFAULT NULL,
  `phone` VARCHAR(255) DEFAULT NULL,
  `skip_missing_email_alert` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_operators_on_cached_slug` (`cached_slug`)
);

CREATE TABLE `outgoing_messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_id` INT DEFAULT NULL,
  `status_code` INT DEFAULT NULL,
  `author_id` INT DEFAULT NULL,
  `body` TEXT DEFAULT NULL,
  `sent_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `recipient_id` INT DEFAULT NULL,
  `recipient_type` VARCHAR(255) DEFAULT NULL,
  `subject` VARCHAR(255) DEFAULT NULL,
  `incoming_message_id` INT DEFAULT NULL,
  `assignment_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `passenger_transport_executive_areas` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `area_id` INT DEFAULT NULL,
  `passenger_transport_executive_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `passenger_transport_executive_contacts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `passenger_transport_executive_id` INT DEFAULT NULL,
  `category` VARCHAR(255) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `location_type` VARCHAR(255) DEFAULT NULL,
  `confirmed` TINYINT(1) DEFAULT 0,
  `deleted` TINYINT(1) DEFAULT 0,
  `notes` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `cc_email` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pte_contacts_index_on_pte_id` (`passenger_transport_executive_id`)
);

CREATE TABLE `passenger_transport_executives` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT NULL,
  `wikipedia_url` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `email` TEXT DEFAULT NULL,
  `email_confimed` TINYINT(1) DEFAULT NULL,
  `notes` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `problems` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `subject` TEXT DEFAULT NULL,
  `description` TEXT DEFAULT NULL,
  `location_id` INT DEFAULT NULL,
  `location_type` VARCHAR(255) DEFAULT NULL,
  `transport_mode_id` INT DEFAULT NULL,
  `token` VARCHAR(255) DEFAULT NULL,
  `reporter_id` INT DEFAULT NULL,
  `category` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `sent_at` DATETIME DEFAULT NULL,
  `confirmed_at` DATETIME DEFAULT NULL,
  `status_code` INT DEFAULT NULL,
  `campaign_id` INT DEFAULT NULL,
  `reporter_phone` VARCHAR(255) DEFAULT NULL,
  `time` TIME DEFAULT NULL,
  `date` DATE DEFAULT NULL,
  `lat` DOUBLE DEFAULT NULL,
  `lon` DOUBLE DEFAULT NULL,
  `coords` GEOMETRY DEFAULT NULL,
  `send_questionnaire` TINYINT(1) NOT NULL DEFAULT 1,
  `reference_id` INT DEFAULT NULL,
  `reporter_seen` TINYINT(1) NOT NULL DEFAULT 0,
  `latest_update_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_problems_on_campaign_id` (`campaign_id`),
  KEY `index_problems_on_reporter_id` (`reporter_id`),
  KEY `index_problems_on_location_id_and_location_type` (`location_id`, `location_type`)
);

CREATE TABLE `questionnaires` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL,
  `subject_id` INT NOT NULL,
  `subject_type` VARCHAR(255) NOT NULL,
  `ever_reported` TINYINT(1) DEFAULT NULL,
  `old_status_code` INT DEFAULT NULL,
  `new_status_code` INT DEFAULT NULL,
  `sent_at` DATETIME DEFAULT NULL,
  `completed_at` DATETIME DEFAULT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `raw_emails` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `data_binary` LONGBLOB DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `regions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) DEFAULT NULL,
  `name` TEXT DEFAULT NULL,
  `creation_datetime` DATETIME DEFAULT NULL,
  `modification_datetime` DATETIME DEFAULT NULL,
  `revision_number` VARCHAR(255) DEFAULT NULL,
  `modification` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `cached_slug` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_regions_on_cached_slug` (`cached_slug`)
);

CREATE TABLE `responsibilities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `problem_id` INT DEFAULT NULL,
  `organization_type` VARCHAR(255) DEFAULT NULL,
  `organization_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `route_localities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `locality_id` INT DEFAULT NULL,
  `route_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_route_localities_on_locality_id` (`locality_id`),
  KEY `index_route_localities_on_route_id` (`route_id`)
);

CREATE TABLE `transport_modes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `naptan_name` VARCHAR(255) DEFAULT NULL,
  `active` TINYINT(1) DEFAULT NULL,
  `route_type` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `routes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `transport_mode_id` INT DEFAULT NULL,
  `number` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `region_id` INT DEFAULT NULL,
  `cached_slug` VARCHAR(255) DEFAULT NULL,
  `operator_code` VARCHAR(255) DEFAULT NULL,
  `loaded` TINYINT(1) DEFAULT NULL,
  `lat` DOUBLE DEFAULT NULL,
  `lon` DOUBLE DEFAULT NULL,
  `default_journey_id` INT DEFAULT NULL,
  `cached_area` TEXT DEFAULT NULL,
  `cached_description` TEXT DEFAULT NULL,
  `cached_short_name` TEXT DEFAULT NULL,
  `coords` GEOMETRY DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_routes_on_cached_slug` (`cached_slug`),
  KEY `index_routes_on_number` (`number`),
  KEY `index_routes_on_operator_code` (`operator_code`),
  KEY `index_routes_on_region_id` (`region_id`),
  KEY `index_routes_on_transport_mode_id` (`transport_mode_id`),
  KEY `index_routes_on_type` (`type`),
  CONSTRAINT `routes_transport_mode_id_fk` FOREIGN KEY (`transport_mode_id`) REFERENCES `transport_modes` (`id`) ON DELETE SET NULL
);

CREATE TABLE `route_operators` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `operator_id` INT DEFAULT NULL,
  `route_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_route_operators_on_operator_id` (`operator_id`),
  KEY `index_route_operators_on_route_id` (`route_id`),
  CONSTRAINT `route_operators_operator_id_fk` FOREIGN KEY (`operator_id`) REFERENCES `operators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `route_operators_route_id_fk` FOREIGN KEY (`route_id`) REFERENCES `routes` (`id`) ON DELETE SET NULL
);

CREATE TABLE `route_segments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `from_stop_id` INT DEFAULT NULL,
  `to_stop_id` INT DEFAULT NULL,
  `from_terminus` TINYINT(1) DEFAULT 0,
  `to_terminus` TINYINT(1) DEFAULT 0,
  `route_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `from_stop_area_id` INT DEFAULT NULL,
  `to_stop_area_id` INT DEFAULT NULL,
  `journey_pattern_id` INT DEFAULT NULL,
  `segment_order` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_route_segments_on_from_stop_area_id` (`from_stop_area_id`),
  KEY `index_route_segments_on_from_stop_id` (`from_stop_id`),
  KEY `index_route_segments_on_journey_pattern_id` (`journey_pattern_id`),
  KEY `index_route_segments_on_route_id` (`route_id`),
  KEY `index_route_segments_on_to_stop_area_id` (`to_stop_area_id`),
  KEY `index_route_segments_on_to_stop_id` (`to_stop_id`),
  KEY `index_route_segments_on_from_stop_area_and_route` (`route_id`, `from_stop_area_id`),
  KEY `index_route_segments_on_to_stop_area_and_route` (`route_id`, `to_stop_area_id`)
);

CREATE TABLE `route_source_admin_areas` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `route_id` INT DEFAULT NULL,
  `source_admin_area_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `operator_code` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_route_source_admin_areas_on_route_id` (`route_id`),
  KEY `index_route_source_admin_areas_on_source_admin_area_id` (`source_admin_area_id`)
);

CREATE TABLE `route_sub_routes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `route_id` INT DEFAULT NULL,
  `sub_route_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `schema_migrations` (
  `version` VARCHAR(255) NOT NULL,
  UNIQUE KEY `unique_schema_migrations` (`version`)
);

CREATE TABLE `sent_emails` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_id` INT DEFAULT NULL,
  `campaign_update_id` INT DEFAULT NULL,
  `recipient_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `problem_id` INT DEFAULT NULL,
  `recipient_type` VARCHAR(255) DEFAULT NULL,
  `outgoing_message_id` INT DEFAULT NULL,
  `comment_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sessions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `session_id` VARCHAR(255) NOT NULL,
  `data` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_sessions_on_session_id` (`session_id`),
  KEY `index_sessions_on_updated_at` (`updated_at`)
);

CREATE TABLE `slugs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT NULL,
  `sluggable_id` INT DEFAULT NULL,
  `sequence` INT NOT NULL DEFAULT 1,
  `sluggable_type` VARCHAR(40) DEFAULT NULL,
  `scope` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_slugs_on_n_s_s_and_s` (`name`, `sluggable_type`, `sequence`, `scope`),
  KEY `index_slugs_on_sluggable_id` (`sluggable_id`),
  KEY `index_slugs_on_sluggable_id_and_sluggable_type` (`sluggable_id`, `sluggable_type`),
  KEY `index_slugs_on_name_scope_and_sequence` (`name`, `scope`, `sequence`)
);

CREATE TABLE `sole_responsibilities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `council_id` INT NOT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `non_responsible_council_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `stop_area_links` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ancestor_id` INT DEFAULT NULL,
  `descendant_id` INT DEFAULT NULL,
  `direct` TINYINT(1) DEFAULT NULL,
  `count` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `stop_areas` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) DEFAULT NULL,
  `name` TEXT DEFAULT NULL,
  `administrative_area_code` VARCHAR(255) DEFAULT NULL,
  `area_type` VARCHAR(255) DEFAULT NULL,
  `grid_type` VARCHAR(255) DEFAULT NULL,
  `easting` DOUBLE DEFAULT NULL,
  `northing` DOUBLE DEFAULT NULL,
  `creation_datetime` DATETIME DEFAULT NULL,
  `modification_datetime` DATETIME DEFAULT NULL,
  `revision_number` INT DEFAULT NULL,
  `modification` VARCHAR(255) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `coords` GEOMETRY DEFAULT NULL,
  `lon` DOUBLE DEFAULT NULL,
  `lat` DOUBLE DEFAULT NULL,
  `locality_id` INT DEFAULT NULL,
  `loaded` TINYINT(1) DEFAULT NULL,
  `primary_metaphone` VARCHAR(255) DEFAULT NULL,
  `secondary_metaphone` VARCHAR(255) DEFAULT NULL,
  `cached_slug` VARCHAR(255) DEFAULT NULL,
  `cached_description` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_stop_areas_on_locality_id` (`locality_id`),
  KEY `index_stop_areas_on_primary_metaphone` (`primary_metaphone`),
  KEY `index_stop_areas_on_secondary_metaphone` (`secondary_metaphone`),
  KEY `index_stop_areas_on_cached_slug` (`cached_slug`)
);

CREATE TABLE `stops` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `atco_code` VARCHAR(255) DEFAULT NULL,
  `naptan_code` VARCHAR(255) DEFAULT NULL,
  `plate_code` VARCHAR(255) DEFAULT NULL,
  `common_name` TEXT DEFAULT NULL,
  `short_common_name` TEXT DEFAULT NULL,
  `landmark` TEXT DEFAULT NULL,
  `street` TEXT DEFAULT NULL,
  `crossing` TEXT DEFAULT NULL,
  `indicator` TEXT DEFAULT NULL,
  `bearing` VARCHAR(255) DEFAULT NULL,
  `town` VARCHAR(255) DEFAULT NULL,
  `suburb` VARCHAR(255) DEFAULT NULL,
  `locality_centre` TINYINT(1) DEFAULT NULL,
  `grid_type` VARCHAR(255) DEFAULT NULL,
  `easting` DOUBLE DEFAULT NULL,
  `northing` DOUBLE DEFAULT NULL,
  `lon` DOUBLE DEFAULT NULL,
  `lat` DOUBLE DEFAULT NULL,
  `stop_type` VARCHAR(255) DEFAULT NULL,
  `bus_stop_type` VARCHAR(255) DEFAULT NULL,
  `administrative_area_code` VARCHAR(255) DEFAULT NULL,
  `creation_datetime` DATETIME DEFAULT NULL,
  `modification_datetime` DATETIME DEFAULT NULL,
  `revision_number` INT DEFAULT NULL,
  `modification` VARCHAR(255) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `coords` GEOMETRY DEFAULT NULL,
  `locality_id` INT DEFAULT NULL,
  `cached_slug` VARCHAR(255) DEFAULT NULL,
  `loaded` TINYINT(1) DEFAULT NULL,
  `tiploc_code` VARCHAR(255) DEFAULT NULL,
  `crs_code` VARCHAR(255) DEFAULT NULL,
  `metro_stop` TINYINT(1) DEFAULT 0,
  `generation_high` INT DEFAULT NULL,
  `generation_low` INT DEFAULT NULL,
  `other_code` VARCHAR(255) DEFAULT NULL,
  `cached_description` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_stops_on_cached_slug` (`cached_slug`),
  KEY `index_stops_on_crs_code` (`crs_code`),
  KEY `index_stops_on_locality_and_stop_type` (`locality_id`, `stop_type`),
  KEY `index_stops_on_locality_id` (`locality_id`),
  KEY `index_stops_on_metro_stop` (`metro_stop`),
  KEY `index_stops_on_naptan_code` (`naptan_code`),
  KEY `index_stops_on_stop_type` (`stop_type`)
);

CREATE TABLE `stop_area_memberships` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `stop_id` INT DEFAULT NULL,
  `stop_area_id` INT DEFAULT NULL,
  `creation_datetime` DATETIME DEFAULT NULL,
  `modification_datetime` DATETIME DEFAULT NULL,
  `revision_number` INT DEFAULT NULL,
  `modification` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_stop_area_memberships_on_stop_area_id` (`stop_area_id`),
  KEY `index_stop_area_memberships_on_stop_id` (`stop_id`),
  CONSTRAINT `stop_area_memberships_stop_area_id_fk` FOREIGN KEY (`stop_area_id`) REFERENCES `stop_areas` (`id`),
  CONSTRAINT `stop_area_memberships_stop_id_fk` FOREIGN KEY (`stop_id`) REFERENCES `stops` (`id`)
);

CREATE TABLE `stop_area_operators` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `stop_area_id` INT DEFAULT NULL,
  `operator_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `stop_area_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) DEFAULT NULL,
  `description` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `stop_operators` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `operator_id` INT DEFAULT NULL,
  `stop_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `stop_operators_operator_id_fk` FOREIGN KEY (`operator_id`) REFERENCES `operators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `stop_operators_stop_id_fk` FOREIGN KEY (`stop_id`) REFERENCES `stops` (`id`) ON DELETE SET NULL
);

CREATE TABLE `stop_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) DEFAULT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `on_street` TINYINT(1) DEFAULT NULL,
  `point_type` VARCHAR(255) DEFAULT NULL,
  `version` DOUBLE DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `sub_type` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `wants_fmt_updates` TINYINT(1) DEFAULT NULL,
  `phone` VARCHAR(255) DEFAULT NULL,
  `crypted_password` VARCHAR(255) DEFAULT NULL,
  `password_salt` VARCHAR(255) DEFAULT NULL,
  `persistence_token` VARCHAR(255) DEFAULT NULL,
  `login_count` INT NOT NULL DEFAULT 0,
  `failed_login_count` INT NOT NULL DEFAULT 0,
  `last_request_at` DATETIME DEFAULT NULL,
  `current_login_at` DATETIME DEFAULT NULL,
  `last_login_at` DATETIME DEFAULT NULL,
  `registered` TINYINT(1) NOT NULL DEFAULT 0,
  `is_expert` TINYINT(1) NOT NULL DEFAULT 0,
  `perishable_token` VARCHAR(255) NOT NULL DEFAULT '',
  `profile_photo_file_name` VARCHAR(255) DEFAULT NULL,
  `profile_photo_content_type` VARCHAR(255) DEFAULT NULL,
  `profile_photo_file_size` INT DEFAULT NULL,
  `profile_photo_updated_at` DATETIME DEFAULT NULL,
  `location` VARCHAR(255) DEFAULT NULL,
  `cached_slug` VARCHAR(255) DEFAULT NULL,
  `confirmed_password` TINYINT(1) DEFAULT NULL,
  `post_login_action` VARCHAR(255) DEFAULT NULL,
  `profile_photo_remote_url` VARCHAR(255) DEFAULT NULL,
  `bio` TEXT DEFAULT NULL,
  `is_suspended` TINYINT(1) NOT NULL DEFAULT 0,
  `suspended_notes` TEXT DEFAULT NULL,
  `suspended_reason` TEXT DEFAULT NULL,
  `suspended_hide_contribs` TINYINT(1) DEFAULT NULL,
  `is_hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `can_admin_locations` TINYINT(1) DEFAULT 0,
  `can_admin_users` TINYINT(1) DEFAULT 0,
  `can_admin_issues` TINYINT(1) DEFAULT 0,
  `can_admin_organizations` TINYINT(1) DEFAULT 0,
  `comments_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  KEY `index_users_on_perishable_token` (`perishable_token`),
  UNIQUE KEY `index_users_on_cached_slug` (`cached_slug`)
);

CREATE TABLE `stories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT DEFAULT NULL,
  `story` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `reporter_id` INT DEFAULT NULL,
  `stop_area_id` INT DEFAULT NULL,
  `location_id` INT DEFAULT NULL,
  `location_type` VARCHAR(255) DEFAULT NULL,
  `transport_mode_id` INT DEFAULT NULL,
  `confirmed` TINYINT(1) DEFAULT 0,
  `token` TEXT DEFAULT NULL,
  `category` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `problems_reporter_id_fk` FOREIGN KEY (`reporter_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `sub_routes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `from_station_id` INT DEFAULT NULL,
  `to_station_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `transport_mode_id` INT DEFAULT NULL,
  `cached_slug` VARCHAR(255) DEFAULT NULL,
  `lat` DOUBLE DEFAULT NULL,
  `lon` DOUBLE DEFAULT NULL,
  `coords` GEOMETRY DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sub_routes_on_cached_slug` (`cached_slug`)
);

CREATE TABLE `subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `target_id` INT DEFAULT NULL,
  `target_type` VARCHAR(255) DEFAULT NULL,
  `user_id` INT DEFAULT NULL,
  `token` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `confirmed_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_subscriptions_on_target_id_and_target_type` (`target_id`, `target_type`),
  KEY `index_subscriptions_on_user_id` (`user_id`)
);

CREATE TABLE `transport_mode_stop_area_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `transport_mode_id` INT DEFAULT NULL,
  `stop_area_type_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `transport_mode_stop_area_types_transport_mode_id_fk` FOREIGN KEY (`transport_mode_id`) REFERENCES `transport_modes` (`id`)
);

CREATE TABLE `transport_mode_stop_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `transport_mode_id` INT DEFAULT NULL,
  `stop_type_id` INT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `transport_mode_stop_types_stop_type_id_fk` FOREIGN KEY (`stop_type_id`) REFERENCES `stop_types` (`id`) ON DELETE SET NULL,
  CONSTRAINT `transport_mode_stop_types_transport_mode_id_fk` FOREIGN KEY (`transport_mode_id`) REFERENCES `transport_modes` (`id`) ON DELETE SET NULL
);

CREATE TABLE `versions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `item_type` VARCHAR(255) NOT NULL,
  `item_id` INT NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `whodunnit` VARCHAR(255) DEFAULT NULL,
  `object` TEXT DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `admin_action` TINYINT(1) NOT NULL DEFAULT 0,
  `problem_id` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_versions_on_item_type_and_item_id` (`item_type`, `item_id`)
);

CREATE TABLE `vosa_licenses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `operator_id` INT DEFAULT NULL,
  `number` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME DEFAULT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`)
);
