-- Repairs Hub API (London Borough of Hackney; ASP.NET Core + EF Core 5 on PostgreSQL): the council's housing-repairs
-- system for its tenanted and leasehold homes -- work orders raised for a property and its resident, appointments,
-- job status updates and notes, operatives and contractors, schedule-of-rates codes, contracts, security groups.
-- github.com/LBHackney-IT/repairs-api-dotnet, commit e96c2c17339daa3e7913d2ffa36191191593c188 (MIT).
-- Source: RepairsApi/V2/Infrastructure/Migrations/RepairsContextModelSnapshot.cs (EF Core 5.0.2 model snapshot,
-- Npgsql, snake_case names), written as MySQL by a small converter: each entity's table (`ToTable`) with its columns
-- (`HasColumnName`) in the snapshot's order (key first, then the properties alphabetically, then the owned types'
-- columns); owned types mapped to their owner's table (table splitting) add their columns to it, owned collections
-- (`person_Communication`, `person_AliasNames`) are their own tables. Types: integer -> INT, text -> TEXT
-- (VARCHAR(255) where the column is a key or references one, as InnoDB cannot key a TEXT), character varying(n) ->
-- VARCHAR(n), character(1) -> CHAR(1), timestamp without time zone -> DATETIME(6), boolean -> TINYINT(1),
-- double precision -> DOUBLE, uuid -> CHAR(36). Non-nullable CLR value types and `IsRequired` -> NOT NULL; identity
-- columns -> AUTO_INCREMENT (work_orders starts at 10000000 as upstream's identity options). `HasKey` -> PRIMARY KEY;
-- `HasOne(...).HasForeignKey` and owned collections' owner keys -> FOREIGN KEY (Cascade -> ON DELETE CASCADE; the
-- default ClientSetNull has no clause). Plain indexes left out. Where an identity column is the second part of a
-- composite key, a plain KEY on it was added (MySQL needs an auto-increment column to lead an index).
-- Tables are ordered so that a referenced table comes first. Every table of the model kept.

CREATE TABLE `operatives` (
  `id` int NOT NULL AUTO_INCREMENT,
  `is_archived` tinyint(1) NOT NULL,
  `name` text,
  `payroll_number` text,
  `resource_id` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `trades` (
  `code` varchar(255) NOT NULL,
  `name` text,
  PRIMARY KEY (`code`)
);

CREATE TABLE `operative_sor_code_trade` (
  `operatives_id` int NOT NULL,
  `trades_code` varchar(255) NOT NULL,
  PRIMARY KEY (`operatives_id`, `trades_code`),
  FOREIGN KEY (`operatives_id`) REFERENCES `operatives` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`trades_code`) REFERENCES `trades` (`code`) ON DELETE CASCADE
);

CREATE TABLE `appointment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime(6),
  `time_of_day_earliest_arrival_time` datetime(6),
  `time_of_day_latest_arrival_time` datetime(6),
  `time_of_day_latest_completion_time` datetime(6),
  `time_of_day_name` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `company` (
  `co_code` varchar(10) NOT NULL,
  `comp_avail` varchar(200),
  `description` varchar(100),
  `name` varchar(50),
  PRIMARY KEY (`co_code`)
);

CREATE TABLE `contractors` (
  `reference` varchar(255) NOT NULL,
  `can_assign_operative` tinyint(1) NOT NULL,
  `contract_manager_email` text,
  `name` text,
  `use_external_schedule_manager` tinyint(1) NOT NULL,
  PRIMARY KEY (`reference`)
);

CREATE TABLE `available_appointments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contractor_reference` varchar(255),
  `description` text,
  `end_time` datetime(6) NOT NULL,
  `start_time` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contractor_reference`) REFERENCES `contractors` (`reference`)
);

CREATE TABLE `available_appointment_days` (
  `id` int NOT NULL AUTO_INCREMENT,
  `available_appointment_id` int NOT NULL,
  `available_count` int NOT NULL,
  `day` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`available_appointment_id`) REFERENCES `available_appointments` (`id`) ON DELETE CASCADE
);

CREATE TABLE `organization` (
  `id` int NOT NULL AUTO_INCREMENT,
  `doing_business_as_name` text,
  `name` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `work_order_completes` (
  `id` int NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `work_elements` (
  `id` char(36) NOT NULL,
  `contains_capital_work` tinyint(1),
  `job_status_update_id` int,
  `service_charge_subject` int,
  `work_order_complete_id` int,
  `work_order_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`work_order_complete_id`) REFERENCES `work_order_completes` (`id`)
);

CREATE TABLE `job_status_updates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `author_email` text,
  `author_name` text,
  `comments` text,
  `event_time` datetime(6),
  `more_specific_sor_code_id` char(36),
  `other_type` text,
  `refined_appointment_window_id` int,
  `related_work_order_id` int,
  `type_code` int,
  `work_order_complete_id` int,
  `additional_work_additional_work_order_id` int,
  `additional_work_reason_required` text,
  `customer_communication_channel_attempted_description` text,
  `customer_communication_channel_attempted_not_available` tinyint(1),
  `customer_communication_channel_attempted_value` text,
  `customer_communication_channel_attempted_channel_code` int,
  `customer_communication_channel_attempted_channel_medium` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`more_specific_sor_code_id`) REFERENCES `work_elements` (`id`),
  FOREIGN KEY (`refined_appointment_window_id`) REFERENCES `appointment` (`id`),
  FOREIGN KEY (`work_order_complete_id`) REFERENCES `work_order_completes` (`id`)
);

CREATE TABLE `person` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_status_update_id` int,
  `identification_number` text,
  `identification_type` text,
  `name_family` text,
  `name_family_prefix` text,
  `name_full` text,
  `name_given` text,
  `name_initials` text,
  `name_middle` text,
  `name_title` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_status_update_id`) REFERENCES `job_status_updates` (`id`)
);

CREATE TABLE `party` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contractor_reference` text,
  `name` text,
  `organization_id` int,
  `person_id` int,
  `role` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
);

CREATE TABLE `site` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sor_priorities` (
  `priority_code` int NOT NULL AUTO_INCREMENT,
  `days_to_complete` int,
  `description` text,
  `enabled` tinyint(1) NOT NULL,
  `priority_character` char(1) NOT NULL,
  PRIMARY KEY (`priority_code`)
);

CREATE TABLE `work_orders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `agent_email` text,
  `agent_name` text,
  `assigned_to_primary_id` int,
  `closed_date` datetime(6),
  `customer_id` int,
  `date_raised` datetime(6),
  `date_reported` datetime(6),
  `description_of_work` text,
  `estimated_labor_hours` double,
  `external_scheduler_reference` text,
  `instructed_by_id` int,
  `location_of_repair` text,
  `parking_arrangements` text,
  `reason` int NOT NULL,
  `site_id` int,
  `status_code` int NOT NULL,
  `work_order_complete_id` int,
  `work_type` int,
  `work_class_work_class_code` int,
  `work_class_work_class_description` text,
  `work_class_work_class_sub_type_work_class_sub_type_description` text,
  `work_class_work_class_sub_type_work_class_sub_type_name` text,
  `access_information_description` text,
  `access_information_keysafe_code` text,
  `access_information_keysafe_location` text,
  `work_priority_comments` text,
  `work_priority_number_of_days` double,
  `work_priority_priority_code` int,
  `work_priority_priority_description` text,
  `work_priority_required_completion_date_time` datetime(6),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assigned_to_primary_id`) REFERENCES `party` (`id`),
  FOREIGN KEY (`customer_id`) REFERENCES `party` (`id`),
  FOREIGN KEY (`instructed_by_id`) REFERENCES `organization` (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `site` (`id`),
  FOREIGN KEY (`work_order_complete_id`) REFERENCES `work_order_completes` (`id`),
  FOREIGN KEY (`work_priority_priority_code`) REFERENCES `sor_priorities` (`priority_code`)
) AUTO_INCREMENT=10000000;

CREATE TABLE `appointments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `day_id` int,
  `end_time` datetime(6) NOT NULL,
  `start_time` datetime(6) NOT NULL,
  `work_order_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`day_id`) REFERENCES `available_appointment_days` (`id`),
  FOREIGN KEY (`work_order_id`) REFERENCES `work_orders` (`id`) ON DELETE CASCADE
);

CREATE TABLE `contracts` (
  `contract_reference` varchar(255) NOT NULL,
  `contractor_reference` varchar(255) NOT NULL,
  `effective_date` datetime(6) NOT NULL,
  `termination_date` datetime(6) NOT NULL,
  PRIMARY KEY (`contract_reference`),
  FOREIGN KEY (`contractor_reference`) REFERENCES `contractors` (`reference`) ON DELETE CASCADE
);

CREATE TABLE `property_contracts` (
  `contract_reference` varchar(255) NOT NULL,
  `prop_ref` varchar(255) NOT NULL,
  PRIMARY KEY (`contract_reference`, `prop_ref`),
  FOREIGN KEY (`contract_reference`) REFERENCES `contracts` (`contract_reference`) ON DELETE CASCADE
);

CREATE TABLE `sor_codes` (
  `code` varchar(255) NOT NULL,
  `cost` double,
  `enabled` tinyint(1) NOT NULL,
  `long_description` text,
  `priority_id` int,
  `short_description` text,
  `standard_minute_value` int NOT NULL,
  `trade_code` varchar(255) NOT NULL,
  PRIMARY KEY (`code`),
  FOREIGN KEY (`priority_id`) REFERENCES `sor_priorities` (`priority_code`),
  FOREIGN KEY (`trade_code`) REFERENCES `trades` (`code`) ON DELETE CASCADE
);

CREATE TABLE `sor_contracts` (
  `contract_reference` varchar(255) NOT NULL,
  `sor_code_code` varchar(255) NOT NULL,
  `cost` double,
  PRIMARY KEY (`contract_reference`, `sor_code_code`),
  FOREIGN KEY (`contract_reference`) REFERENCES `contracts` (`contract_reference`) ON DELETE CASCADE,
  FOREIGN KEY (`sor_code_code`) REFERENCES `sor_codes` (`code`) ON DELETE CASCADE
);

CREATE TABLE `property_address` (
  `id` int NOT NULL AUTO_INCREMENT,
  `address_line` text,
  `building_name` text,
  `building_number` text,
  `city_name` text,
  `complex_name` text,
  `country` int,
  `department` text,
  `floor` text,
  `plot` text,
  `postal_code` text,
  `postbox` text,
  `room` text,
  `street_name` text,
  `type` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `property_class` (
  `id` int NOT NULL AUTO_INCREMENT,
  `address_id` int,
  `master_key_system` text,
  `property_reference` text,
  `site_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`address_id`) REFERENCES `property_address` (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `site` (`id`)
);

CREATE TABLE `rate_schedule_item` (
  `id` char(36) NOT NULL,
  `code_cost` double,
  `custom_code` text,
  `custom_name` text,
  `date_created` datetime(6),
  `m3nhfsor_code` text,
  `original` tinyint(1) NOT NULL,
  `original_id` char(36) NOT NULL,
  `original_quantity` double,
  `work_element_id` char(36),
  `work_order_complete_id` int,
  `quantity_amount` double,
  `quantity_unit_of_measurement_code` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`work_element_id`) REFERENCES `work_elements` (`id`),
  FOREIGN KEY (`work_order_complete_id`) REFERENCES `work_order_completes` (`id`)
);

CREATE TABLE `security_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contractor_reference` text,
  `group_name` text NOT NULL,
  `raise_limit` double,
  `user_type` text,
  `vary_limit` double,
  PRIMARY KEY (`id`)
);

CREATE TABLE `trade` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` int,
  `custom_code` text,
  `custom_name` text,
  `work_element_id` char(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`work_element_id`) REFERENCES `work_elements` (`id`)
);

CREATE TABLE `unit` (
  `id` int NOT NULL AUTO_INCREMENT,
  `address_id` int,
  `property_class_id` int,
  `key_safe_code` text,
  `key_safe_location` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`address_id`) REFERENCES `property_address` (`id`),
  FOREIGN KEY (`property_class_id`) REFERENCES `property_class` (`id`)
);

CREATE TABLE `work_order_operatives` (
  `work_order_id` int NOT NULL,
  `operative_id` int NOT NULL,
  `assignment_type` int NOT NULL,
  PRIMARY KEY (`work_order_id`, `operative_id`),
  FOREIGN KEY (`operative_id`) REFERENCES `operatives` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`work_order_id`) REFERENCES `work_orders` (`id`) ON DELETE CASCADE
);

CREATE TABLE `person_Communication` (
  `person_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `description` text,
  `not_available` tinyint(1),
  `value` text,
  `channel_code` int,
  `channel_medium` int,
  PRIMARY KEY (`person_id`, `id`),
  KEY `person_Communication_id_idx` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
);

CREATE TABLE `person_AliasNames` (
  `person_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `family` text,
  `family_prefix` text,
  `full` text,
  `given` text,
  `initials` text,
  `middle` text,
  `title` text,
  PRIMARY KEY (`person_id`, `id`),
  KEY `person_AliasNames_id_idx` (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
);

-- foreign keys closing a cycle (written after both tables exist)
ALTER TABLE `work_order_completes` ADD FOREIGN KEY (`id`) REFERENCES `work_orders` (`id`) ON DELETE CASCADE;
ALTER TABLE `work_elements` ADD FOREIGN KEY (`job_status_update_id`) REFERENCES `job_status_updates` (`id`);
ALTER TABLE `work_elements` ADD FOREIGN KEY (`work_order_id`) REFERENCES `work_orders` (`id`);
ALTER TABLE `job_status_updates` ADD FOREIGN KEY (`related_work_order_id`) REFERENCES `work_orders` (`id`);
ALTER TABLE `job_status_updates` ADD FOREIGN KEY (`additional_work_additional_work_order_id`) REFERENCES `work_orders` (`id`);
