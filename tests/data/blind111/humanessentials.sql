-- Human Essentials (rubyforgood/human-essentials), db/schema.rb at commit 0c3ab7766bcd414c79a05355599219d7142b378b
-- Rails schema (PostgreSQL) written as MySQL DDL; column names, order and types kept (see humanessentials.md).


CREATE TABLE `audits` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `organization_id` bigint,
  `adjustment_id` bigint,
  `storage_location_id` bigint,
  `status` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_audits_on_adjustment_id` (`adjustment_id`),
  KEY `index_audits_on_organization_id` (`organization_id`),
  KEY `index_audits_on_storage_location_id` (`storage_location_id`),
  KEY `index_audits_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `base_items` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `category` varchar(255),
  `barcode_count` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `size` varchar(255),
  `item_count` int,
  `partner_key` varchar(255),
  `reporting_category` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `children_items` (
  `child_id` bigint NOT NULL,
  `item_id` bigint NOT NULL,
  UNIQUE KEY `index_children_items_on_child_id_and_item_id` (`child_id`, `item_id`),
  UNIQUE KEY `index_children_items_on_item_id_and_child_id` (`item_id`, `child_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `counties` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `region` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `category` enum('US_County','Other') NOT NULL DEFAULT 'US_County',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_counties_on_name_and_region` (`name`, `region`),
  KEY `index_counties_on_region` (`region`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `delayed_jobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL DEFAULT 0,
  `attempts` int NOT NULL DEFAULT 0,
  `handler` text NOT NULL,
  `last_error` text,
  `run_at` datetime,
  `locked_at` datetime,
  `failed_at` datetime,
  `locked_by` varchar(255),
  `queue` varchar(255),
  `created_at` datetime(6),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `delayed_jobs_priority` (`priority`, `run_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deprecated_feedback_messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `message` text,
  `path` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `resolved` tinyint(1),
  PRIMARY KEY (`id`),
  KEY `index_deprecated_feedback_messages_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `donation_sites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `address` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `organization_id` int,
  `latitude` double,
  `longitude` double,
  `contact_name` varchar(255),
  `email` varchar(255),
  `phone` varchar(255),
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_donation_sites_on_latitude_and_longitude` (`latitude`, `longitude`),
  KEY `index_donation_sites_on_organization_id` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `event_time` datetime(6) NOT NULL,
  `data` json,
  `eventable_id` bigint,
  `eventable_type` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `organization_id` bigint,
  `user_id` bigint,
  `group_id` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_events_on_organization_id_and_event_time` (`organization_id`, `event_time`),
  KEY `index_events_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `quantity` varchar(255),
  `partner_request_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `partner_key` varchar(255),
  `item_id` int,
  `old_partner_request_id` int,
  `request_unit` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_item_requests_on_item_id` (`item_id`),
  KEY `index_item_requests_on_partner_request_id` (`partner_request_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `line_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `quantity` int,
  `item_id` int,
  `itemizable_id` int,
  `itemizable_type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_line_items_on_itemizable_id_and_itemizable_type` (`itemizable_id`, `itemizable_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ndbn_members` (
  `ndbn_member_id` bigint NOT NULL AUTO_INCREMENT,
  `account_name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`ndbn_member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `organization_name` varchar(255) NOT NULL,
  `organization_website` varchar(255),
  `confirmed_at` datetime,
  `request_details` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `rejection_reason` varchar(255),
  `status` varchar(255) NOT NULL DEFAULT 'started',
  `ndbn_member_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_account_requests_on_status` (`status`),
  CONSTRAINT `fk_account_requests_ndbn_member_id` FOREIGN KEY (`ndbn_member_id`) REFERENCES `ndbn_members` (`ndbn_member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `email` varchar(255),
  `url` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `intake_location` int,
  `street` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `zipcode` varchar(255),
  `latitude` double,
  `longitude` double,
  `reminder_day` int,
  `deadline_day` int,
  `invitation_text` text,
  `default_storage_location` int,
  `partner_form_fields` json,
  `account_request_id` int,
  `repackage_essentials` tinyint(1) NOT NULL DEFAULT 0,
  `distribute_monthly` tinyint(1) NOT NULL DEFAULT 0,
  `ndbn_member_id` bigint,
  `enable_child_based_requests` tinyint(1) NOT NULL DEFAULT 1,
  `enable_individual_requests` tinyint(1) NOT NULL DEFAULT 1,
  `enable_quantity_based_requests` tinyint(1) NOT NULL DEFAULT 1,
  `ytd_on_distribution_printout` tinyint(1) NOT NULL DEFAULT 1,
  `one_step_partner_invite` tinyint(1) NOT NULL DEFAULT 0,
  `hide_value_columns_on_receipt` tinyint(1) DEFAULT 0,
  `hide_package_column_on_receipt` tinyint(1) DEFAULT 0,
  `signature_for_distribution_pdf` tinyint(1) DEFAULT 0,
  `receive_email_on_requests` tinyint(1) NOT NULL DEFAULT 0,
  `include_in_kind_values_in_exported_files` tinyint(1) NOT NULL DEFAULT 0,
  `bank_is_set_up` tinyint(1) NOT NULL DEFAULT 0,
  `reminder_schedule_definition` varchar(255),
  `include_packages_in_distribution_export` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_organizations_on_latitude_and_longitude` (`latitude`, `longitude`),
  CONSTRAINT `fk_organizations_ndbn_member_id` FOREIGN KEY (`ndbn_member_id`) REFERENCES `ndbn_members` (`ndbn_member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_categories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `organization_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_item_categories_on_name_and_organization_id` (`name`, `organization_id`),
  CONSTRAINT `fk_item_categories_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kits` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `organization_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `active` tinyint(1) DEFAULT 1,
  `visible_to_partners` tinyint(1) NOT NULL DEFAULT 1,
  `value_in_cents` int DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_kits_on_name_and_organization_id` (`name`, `organization_id`),
  KEY `index_kits_on_organization_id` (`organization_id`),
  CONSTRAINT `fk_kits_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `barcode_count` int,
  `organization_id` int,
  `active` tinyint(1) DEFAULT 1,
  `partner_key` varchar(255),
  `value_in_cents` int DEFAULT 0,
  `package_size` int,
  `distribution_quantity` int,
  `on_hand_minimum_quantity` int NOT NULL DEFAULT 0,
  `on_hand_recommended_quantity` int,
  `visible_to_partners` tinyint(1) NOT NULL DEFAULT 1,
  `kit_id` int,
  `item_category_id` int,
  `additional_info` text,
  `reporting_category` varchar(255),
  `type` varchar(255) NOT NULL DEFAULT 'ConcreteItem',
  PRIMARY KEY (`id`),
  KEY `index_items_on_kit_id` (`kit_id`),
  KEY `index_items_on_organization_id` (`organization_id`),
  KEY `index_items_on_partner_key` (`partner_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manufacturers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `organization_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_manufacturers_on_organization_id` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partner_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` bigint,
  `name` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `send_reminders` tinyint(1) NOT NULL DEFAULT 0,
  `reminder_day` int,
  `deadline_day` int,
  `reminder_schedule_definition` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_partner_groups_on_name_and_organization_id` (`name`, `organization_id`),
  KEY `index_partner_groups_on_organization_id` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partner_profiles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `essentials_bank_id` bigint,
  `partner_id` int,
  `name` varchar(255),
  `agency_type` varchar(255),
  `agency_mission` text,
  `address1` varchar(255),
  `address2` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `zip_code` varchar(255),
  `website` varchar(255),
  `facebook` varchar(255),
  `twitter` varchar(255),
  `founded` int,
  `form_990` tinyint(1),
  `program_name` varchar(255),
  `program_description` text,
  `program_age` varchar(255),
  `case_management` tinyint(1),
  `evidence_based` tinyint(1),
  `essentials_use` varchar(255),
  `receives_essentials_from_other` varchar(255),
  `currently_provide_diapers` tinyint(1),
  `program_address1` varchar(255),
  `program_address2` varchar(255),
  `program_city` varchar(255),
  `program_state` varchar(255),
  `program_zip_code` int,
  `client_capacity` varchar(255),
  `storage_space` tinyint(1),
  `describe_storage_space` text,
  `income_requirement_desc` tinyint(1),
  `income_verification` tinyint(1),
  `population_black` int,
  `population_white` int,
  `population_hispanic` int,
  `population_asian` int,
  `population_american_indian` int,
  `population_island` int,
  `population_multi_racial` int,
  `population_other` int,
  `zips_served` varchar(255),
  `at_fpl_or_below` int,
  `above_1_2_times_fpl` int,
  `greater_2_times_fpl` int,
  `poverty_unknown` int,
  `executive_director_name` varchar(255),
  `executive_director_phone` varchar(255),
  `executive_director_email` varchar(255),
  `primary_contact_name` varchar(255),
  `primary_contact_phone` varchar(255),
  `primary_contact_mobile` varchar(255),
  `primary_contact_email` varchar(255),
  `pick_up_name` varchar(255),
  `pick_up_phone` varchar(255),
  `pick_up_email` varchar(255),
  `distribution_times` varchar(255),
  `new_client_times` varchar(255),
  `more_docs_required` varchar(255),
  `sources_of_funding` varchar(255),
  `sources_of_diapers` varchar(255),
  `essentials_budget` varchar(255),
  `essentials_funding_source` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `other_agency_type` varchar(255),
  `status_in_diaper_base` varchar(255),
  `enable_child_based_requests` tinyint(1) NOT NULL DEFAULT 1,
  `enable_individual_requests` tinyint(1) NOT NULL DEFAULT 1,
  `instagram` varchar(255),
  `no_social_media_presence` tinyint(1),
  `enable_quantity_based_requests` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_partners_on_essentials_bank_id` (`essentials_bank_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partner_served_areas` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `partner_profile_id` bigint NOT NULL,
  `county_id` bigint NOT NULL,
  `client_share` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_partner_served_areas_on_county_id` (`county_id`),
  KEY `index_partner_served_areas_on_partner_profile_id` (`partner_profile_id`),
  CONSTRAINT `fk_partner_served_areas_county_id` FOREIGN KEY (`county_id`) REFERENCES `counties` (`id`),
  CONSTRAINT `fk_partner_served_areas_partner_profile_id` FOREIGN KEY (`partner_profile_id`) REFERENCES `partner_profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_drive_participants` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contact_name` varchar(255),
  `email` varchar(255),
  `phone` varchar(255),
  `comment` varchar(255),
  `organization_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `address` varchar(255),
  `business_name` varchar(255),
  `latitude` double,
  `longitude` double,
  PRIMARY KEY (`id`),
  KEY `index_product_drive_participants_on_latitude_and_longitude` (`latitude`, `longitude`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_drives` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `start_date` date,
  `end_date` date,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `organization_id` bigint,
  `virtual` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_product_drives_on_organization_id` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `purchases` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `purchased_from` varchar(255),
  `comment` text,
  `organization_id` int,
  `storage_location_id` int,
  `amount_spent_in_cents` int,
  `issued_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `vendor_id` int,
  `amount_spent_on_diapers_cents` int NOT NULL DEFAULT 0,
  `amount_spent_on_adult_incontinence_cents` int NOT NULL DEFAULT 0,
  `amount_spent_on_other_cents` int NOT NULL DEFAULT 0,
  `amount_spent_on_period_supplies_cents` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_purchases_on_organization_id` (`organization_id`),
  KEY `index_purchases_on_storage_location_id` (`storage_location_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `resource_type` varchar(255),
  `resource_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `old_resource_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_roles_on_name_and_resource_type_and_resource_id` (`name`, `resource_type`, `resource_id`),
  KEY `index_roles_on_resource` (`resource_type`, `resource_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storage_locations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `address` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `organization_id` int,
  `latitude` double,
  `longitude` double,
  `square_footage` int,
  `warehouse_type` varchar(255),
  `time_zone` varchar(255) NOT NULL DEFAULT 'America/Los_Angeles',
  `discarded_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `index_storage_locations_on_discarded_at` (`discarded_at`),
  KEY `index_storage_locations_on_latitude_and_longitude` (`latitude`, `longitude`),
  KEY `index_storage_locations_on_organization_id` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `donations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `source` varchar(255),
  `donation_site_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `storage_location_id` int,
  `comment` text,
  `organization_id` int,
  `product_drive_participant_id` int,
  `issued_at` datetime,
  `money_raised` int,
  `manufacturer_id` bigint,
  `product_drive_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_donations_on_donation_site_id` (`donation_site_id`),
  KEY `index_donations_on_manufacturer_id` (`manufacturer_id`),
  KEY `index_donations_on_organization_id` (`organization_id`),
  KEY `index_donations_on_product_drive_id` (`product_drive_id`),
  KEY `index_donations_on_storage_location_id` (`storage_location_id`),
  CONSTRAINT `fk_donations_manufacturer_id` FOREIGN KEY (`manufacturer_id`) REFERENCES `manufacturers` (`id`),
  CONSTRAINT `fk_donations_product_drive_id` FOREIGN KEY (`product_drive_id`) REFERENCES `product_drives` (`id`),
  CONSTRAINT `fk_donations_storage_location_id` FOREIGN KEY (`storage_location_id`) REFERENCES `storage_locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `partners` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `email` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `organization_id` int,
  `status` int DEFAULT 0,
  `send_reminders` tinyint(1) NOT NULL DEFAULT 0,
  `notes` text,
  `quota` int,
  `partner_group_id` bigint,
  `default_storage_location_id` bigint,
  `info_for_partner` text,
  PRIMARY KEY (`id`),
  KEY `index_partners_on_default_storage_location_id` (`default_storage_location_id`),
  KEY `index_partners_on_organization_id` (`organization_id`),
  KEY `index_partners_on_partner_group_id` (`partner_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `distributions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `comment` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `storage_location_id` int,
  `partner_id` int,
  `organization_id` int,
  `issued_at` datetime,
  `agency_rep` varchar(255),
  `state` int NOT NULL DEFAULT 5,
  `reminder_email_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `delivery_method` int NOT NULL DEFAULT 0,
  `shipping_cost` decimal(8,2),
  PRIMARY KEY (`id`),
  KEY `index_distributions_on_issued_at` (`issued_at`),
  KEY `index_distributions_on_organization_id` (`organization_id`),
  KEY `index_distributions_on_partner_id` (`partner_id`),
  KEY `index_distributions_on_storage_location_id` (`storage_location_id`),
  CONSTRAINT `fk_distributions_partner_id` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`),
  CONSTRAINT `fk_distributions_storage_location_id` FOREIGN KEY (`storage_location_id`) REFERENCES `storage_locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `families` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `guardian_first_name` varchar(255),
  `guardian_last_name` varchar(255),
  `guardian_zip_code` varchar(255),
  `guardian_county` varchar(255),
  `guardian_phone` varchar(255),
  `case_manager` varchar(255),
  `home_adult_count` int,
  `home_child_count` int,
  `home_young_child_count` int,
  `sources_of_income` json,
  `guardian_employed` tinyint(1),
  `guardian_employment_type` json,
  `guardian_monthly_pay` decimal(20,10),
  `guardian_health_insurance` json,
  `comments` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `partner_id` bigint,
  `military` tinyint(1) DEFAULT 0,
  `old_partner_id` bigint,
  `archived` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_families_on_partner_id` (`partner_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authorized_family_members` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `date_of_birth` date,
  `gender` varchar(255),
  `comments` text,
  `family_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_authorized_family_members_on_family_id` (`family_id`),
  CONSTRAINT `fk_authorized_family_members_family_id` FOREIGN KEY (`family_id`) REFERENCES `families` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `children` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `date_of_birth` date,
  `gender` varchar(255),
  `child_lives_with` json,
  `race` json,
  `agency_child_id` varchar(255),
  `health_insurance` json,
  `comments` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `family_id` bigint,
  `item_needed_diaperid` int,
  `active` tinyint(1) DEFAULT 1,
  `archived` tinyint(1),
  PRIMARY KEY (`id`),
  KEY `index_children_on_family_id` (`family_id`),
  CONSTRAINT `fk_children_family_id` FOREIGN KEY (`family_id`) REFERENCES `families` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `child_item_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `child_id` bigint,
  `item_request_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `picked_up` tinyint(1) DEFAULT 0,
  `quantity_picked_up` int,
  `picked_up_item_diaperid` int,
  `authorized_family_member_id` int,
  PRIMARY KEY (`id`),
  KEY `index_child_item_requests_on_child_id` (`child_id`),
  KEY `index_child_item_requests_on_item_request_id` (`item_request_id`),
  CONSTRAINT `fk_child_item_requests_child_id` FOREIGN KEY (`child_id`) REFERENCES `children` (`id`),
  CONSTRAINT `fk_child_item_requests_item_request_id` FOREIGN KEY (`item_request_id`) REFERENCES `item_requests` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `partner_id` bigint,
  `organization_id` bigint,
  `request_items` json,
  `comments` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `distribution_id` int,
  `status` int DEFAULT 0,
  `discarded_at` datetime,
  `discard_reason` text,
  `partner_user_id` int,
  `request_type` varchar(255),
  PRIMARY KEY (`id`),
  KEY `index_requests_on_discarded_at` (`discarded_at`),
  UNIQUE KEY `index_requests_on_distribution_id` (`distribution_id`),
  KEY `index_requests_on_organization_id` (`organization_id`),
  KEY `index_requests_on_partner_id` (`partner_id`),
  KEY `index_requests_on_status` (`status`),
  CONSTRAINT `fk_requests_distribution_id` FOREIGN KEY (`distribution_id`) REFERENCES `distributions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `type` varchar(255) NOT NULL,
  `organization_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_tags_on_organization_id` (`organization_id`),
  UNIQUE KEY `index_tags_on_type_and_organization_id_and_name` (`type`, `organization_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tag_id` bigint NOT NULL,
  `taggable_type` varchar(255) NOT NULL,
  `taggable_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_taggings_on_tag_id` (`tag_id`),
  UNIQUE KEY `index_taggings_on_taggable_type_and_taggable_id_and_tag_id` (`taggable_type`, `taggable_id`, `tag_id`),
  CONSTRAINT `fk_taggings_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transfers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `from_id` int,
  `to_id` int,
  `comment` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `organization_id` int,
  PRIMARY KEY (`id`),
  KEY `index_transfers_on_organization_id` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `role_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_users_roles_on_role_id` (`role_id`),
  KEY `index_users_roles_on_user_id_and_role_id` (`user_id`, `role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(45),
  `last_sign_in_ip` varchar(45),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `organization_id` int,
  `invitation_token` varchar(255),
  `invitation_created_at` datetime,
  `invitation_sent_at` datetime,
  `invitation_accepted_at` datetime,
  `invitation_limit` int,
  `invited_by_type` varchar(255),
  `invited_by_id` int,
  `invitations_count` int DEFAULT 0,
  `organization_admin` tinyint(1),
  `name` varchar(255),
  `super_admin` tinyint(1) DEFAULT 0,
  `last_request_at` datetime,
  `discarded_at` datetime,
  `provider` varchar(255),
  `uid` varchar(255),
  `partner_id` bigint,
  `last_role_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_users_on_discarded_at` (`discarded_at`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_invitation_token` (`invitation_token`),
  KEY `index_users_on_invitations_count` (`invitations_count`),
  KEY `index_users_on_invited_by_id` (`invited_by_id`),
  KEY `index_users_on_invited_by_type_and_invited_by_id` (`invited_by_type`, `invited_by_id`),
  KEY `index_users_on_last_role_id` (`last_role_id`),
  KEY `index_users_on_partner_id` (`partner_id`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  CONSTRAINT `fk_users_last_role_id` FOREIGN KEY (`last_role_id`) REFERENCES `users_roles` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `adjustments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `organization_id` int,
  `storage_location_id` int,
  `comment` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_adjustments_on_organization_id` (`organization_id`),
  KEY `index_adjustments_on_storage_location_id` (`storage_location_id`),
  KEY `index_adjustments_on_user_id` (`user_id`),
  CONSTRAINT `fk_adjustments_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`),
  CONSTRAINT `fk_adjustments_storage_location_id` FOREIGN KEY (`storage_location_id`) REFERENCES `storage_locations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `broadcast_announcements` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `message` text,
  `link` text,
  `expiry` date,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `organization_id` bigint,
  PRIMARY KEY (`id`),
  KEY `index_broadcast_announcements_on_organization_id` (`organization_id`),
  KEY `index_broadcast_announcements_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vendors` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `contact_name` varchar(255),
  `email` varchar(255),
  `phone` varchar(255),
  `comment` varchar(255),
  `organization_id` int,
  `address` varchar(255),
  `business_name` varchar(255),
  `latitude` double,
  `longitude` double,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `index_vendors_on_latitude_and_longitude` (`latitude`, `longitude`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `item_type` varchar(255) NOT NULL,
  `item_id` bigint NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255),
  `object` json,
  `created_at` datetime,
  `object_changes` json,
  PRIMARY KEY (`id`),
  KEY `index_versions_on_item_type_and_item_id` (`item_type`, `item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
