-- RidePilot (computer-aided scheduling and dispatch for demand-response transport: customers, trips, runs, drivers, vehicles, GPS, dispatcher messages)
-- Source: github.com/camsys/ridepilot, branch develop, commit dab91750eb40ab5a54159d3c1900fdb01ea00734 (AGPL-3.0)
-- From db/schema.rb (Rails 5.2, PostgreSQL/PostGIS) written as MySQL DDL; indexes and foreign keys left out.
-- Trimmed to the tables of the blind exam tests/data/blind112; column names, order and types are upstream's.

CREATE TABLE `ada_questions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider_id` int(11),
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `addresses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `building_name` varchar(255),
  `address` varchar(255),
  `city` varchar(255),
  `state` varchar(255),
  `zip` varchar(255),
  `in_district` tinyint(1),
  `provider_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `lock_version` int(11) DEFAULT 0,
  `phone_number` varchar(255),
  `inactive` tinyint(1) DEFAULT 0,
  `trip_purpose_old` varchar(255),
  `the_geom` geometry,
  `trip_purpose_id` int(11),
  `notes` text,
  `deleted_at` datetime,
  `customer_id` int(11),
  `is_driver_associated` tinyint(1) DEFAULT 0,
  `is_user_associated` tinyint(1),
  `type` varchar(255),
  `address_group_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `booking_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `url` varchar(255),
  `token` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_read_receipts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `run_id` bigint,
  `message_id` bigint,
  `read_by_id` int(11),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customer_ada_questions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11),
  `ada_question_id` int(11),
  `answer` tinyint(1),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customer_eligibilities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11),
  `eligibility_id` int(11),
  `ineligible_reason` text,
  `created_at` datetime,
  `updated_at` datetime,
  `eligible` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255),
  `middle_initial` varchar(255),
  `last_name` varchar(255),
  `phone_number_1` varchar(255),
  `phone_number_2` varchar(255),
  `address_id` int(11),
  `email` varchar(255),
  `activated_date` date,
  `inactivated_date` date,
  `inactivated_reason` varchar(255),
  `birth_date` date,
  `mobility_id` int(11),
  `mobility_notes` text,
  `ethnicity` varchar(255),
  `emergency_contact_notes` text,
  `private_notes` text,
  `public_notes` text,
  `provider_id` int(11),
  `group` tinyint(1) DEFAULT 0,
  `created_at` datetime,
  `updated_at` datetime,
  `lock_version` int(11) DEFAULT 0,
  `medicaid_eligible` tinyint(1),
  `prime_number` varchar(255),
  `default_funding_source_id` int(11),
  `ada_eligible` tinyint(1),
  `service_level_old` varchar(255),
  `service_level_id` int(11),
  `is_elderly` tinyint(1),
  `gender` varchar(255),
  `deleted_at` datetime,
  `message` text,
  `token` varchar(255),
  `active` tinyint(1),
  `inactivated_start_date` date,
  `inactivated_end_date` date,
  `active_status_changed_reason` text,
  `comments` text,
  `ada_ineligible_reason` text,
  `code` varchar(255),
  `passenger_load_min` int(11),
  `passenger_unload_min` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customers_providers` (
  `provider_id` int(11),
  `customer_id` int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_pool_drivers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` varchar(255),
  `lat` double,
  `lng` double,
  `device_pool_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `driver_id` int(11),
  `posted_at` datetime,
  `vehicle_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `device_pools` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider_id` int(11),
  `name` varchar(255),
  `color` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `documents` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `documentable_id` int(11),
  `documentable_type` varchar(255),
  `description` varchar(255),
  `document_file_name` varchar(255),
  `document_content_type` varchar(255),
  `document_file_size` int(11),
  `document_updated_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `donations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime,
  `amount` double,
  `notes` text,
  `deleted_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `customer_id` int(11),
  `user_id` int(11),
  `trip_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `driver_compliances` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `driver_id` int(11),
  `event` varchar(255),
  `notes` text,
  `due_date` date,
  `compliance_date` date,
  `created_at` datetime,
  `updated_at` datetime,
  `recurring_driver_compliance_id` int(11),
  `legal` tinyint(1),
  `driver_requirement_template_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `driver_histories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `driver_id` int(11),
  `event` varchar(255),
  `notes` text,
  `event_date` date,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `drivers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `paid` tinyint(1),
  `provider_id` int(11),
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `lock_version` int(11) DEFAULT 0,
  `user_id` int(11),
  `email` varchar(255),
  `address_id` int(11),
  `deleted_at` datetime,
  `phone_number` varchar(255),
  `alt_address_id` int(11),
  `alt_phone_number` varchar(255),
  `inactivated_start_date` date,
  `inactivated_end_date` date,
  `active_status_changed_reason` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eligibilities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emergency_contacts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `geocoded_address_id` int(11),
  `driver_id` int(11),
  `name` varchar(255),
  `phone_number` varchar(255),
  `relationship` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ethnicities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fares` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `fare_type` int(11),
  `pre_trip` tinyint(1),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funding_authorization_numbers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `funding_source_id` int(11),
  `customer_id` int(11),
  `number` varchar(255),
  `contact_info` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funding_sources` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `deleted_at` datetime,
  `provider_id` int(11),
  `ntd_reportable` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gps_locations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `latitude` double,
  `longitude` double,
  `bearing` double,
  `speed` double,
  `log_time` datetime,
  `accuracy` int(11),
  `provider_id` bigint,
  `run_id` bigint,
  `itinerary_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `itineraries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `time` datetime,
  `eta` datetime,
  `travel_time` int(11),
  `address_id` int(11),
  `run_id` int(11),
  `trip_id` int(11),
  `leg_flag` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `depart_time` datetime,
  `status_code` int(11),
  `departure_time` datetime,
  `arrival_time` datetime,
  `finish_time` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_templates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `message` text,
  `provider_id` bigint,
  `type` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `provider_id` bigint,
  `type` varchar(255),
  `body` text,
  `sender_id` int(11),
  `reader_id` int(11),
  `read_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `driver_id` bigint,
  `run_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mobilities` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `old_passwords` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `encrypted_password` varchar(255) NOT NULL,
  `password_archivable_type` varchar(255) NOT NULL,
  `password_archivable_id` int(11) NOT NULL,
  `created_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `operating_hours` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `operatable_id` int(11),
  `day_of_week` int(11),
  `start_time` time,
  `end_time` time,
  `created_at` datetime,
  `updated_at` datetime,
  `operatable_type` varchar(255),
  `is_all_day` tinyint(1) DEFAULT 0,
  `is_unavailable` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `planned_leaves` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_date` date,
  `end_date` date,
  `reason` text,
  `leavable_id` int(11),
  `leavable_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `providers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `logo_file_name` varchar(255),
  `logo_content_type` varchar(255),
  `logo_file_size` int(11),
  `logo_updated_at` datetime,
  `dispatch` tinyint(1),
  `scheduling` tinyint(1),
  `viewport_zoom` int(11),
  `allow_trip_entry_from_runs_page` tinyint(1),
  `oaa3b_per_ride_reimbursement_rate` decimal(8,2),
  `ride_connection_per_ride_reimbursement_rate` decimal(8,2),
  `trimet_per_ride_reimbursement_rate` decimal(8,2),
  `stf_van_per_ride_reimbursement_rate` decimal(8,2),
  `stf_taxi_per_ride_administrative_fee` decimal(8,2),
  `stf_taxi_per_ride_ambulatory_load_fee` decimal(8,2),
  `stf_taxi_per_ride_wheelchair_load_fee` decimal(8,2),
  `stf_taxi_per_mile_ambulatory_reimbursement_rate` decimal(8,2),
  `stf_taxi_per_mile_wheelchair_reimbursement_rate` decimal(8,2),
  `region_nw_corner` geometry,
  `region_se_corner` geometry,
  `viewport_center` geometry,
  `fields_required_for_run_completion` text,
  `deleted_at` datetime,
  `min_trip_time_gap_in_mins` int(11) DEFAULT 30,
  `customer_nonsharable` tinyint(1) DEFAULT 0,
  `inactivated_date` datetime,
  `inactivated_reason` varchar(255),
  `advance_day_scheduling` int(11),
  `cab_enabled` tinyint(1),
  `eligible_age` int(11),
  `run_tracking` tinyint(1),
  `phone_number` varchar(255),
  `alt_phone_number` varchar(255),
  `url` varchar(255),
  `primary_contact_name` varchar(255),
  `primary_contact_phone_number` varchar(255),
  `primary_contact_email` varchar(255),
  `business_address_id` int(11),
  `mailing_address_id` int(11),
  `admin_name` varchar(255),
  `driver_availability_min_hour` int(11) DEFAULT 6,
  `driver_availability_max_hour` int(11) DEFAULT 22,
  `driver_availability_interval_min` int(11) DEFAULT 30,
  `driver_availability_days_ahead` int(11) DEFAULT 30,
  `passenger_load_min` int(11),
  `passenger_unload_min` int(11),
  `very_early_arrival_threshold_min` int(11),
  `early_arrival_threshold_min` int(11),
  `late_arrival_threshold_min` int(11),
  `very_late_arrival_threshold_min` int(11),
  `fare_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repeating_trips` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `schedule_yaml` text,
  `provider_id` int(11),
  `customer_id` int(11),
  `pickup_time` datetime,
  `appointment_time` datetime,
  `guest_count` int(11) DEFAULT 0,
  `attendant_count` int(11) DEFAULT 0,
  `group_size` int(11) DEFAULT 0,
  `pickup_address_id` int(11),
  `dropoff_address_id` int(11),
  `mobility_id` int(11),
  `funding_source_id` int(11),
  `trip_purpose_old` varchar(255),
  `notes` text,
  `created_at` datetime,
  `updated_at` datetime,
  `lock_version` int(11) DEFAULT 0,
  `driver_id` int(11),
  `vehicle_id` int(11),
  `cab` tinyint(1) DEFAULT 0,
  `customer_informed` tinyint(1),
  `trip_purpose_id` int(11),
  `direction` varchar(255) DEFAULT 'outbound',
  `service_level_id` int(11),
  `medicaid_eligible` tinyint(1),
  `mobility_device_accommodations` int(11),
  `start_date` date,
  `end_date` date,
  `comments` varchar(255),
  `repeating_run_id` int(11),
  `scheduled_through` date,
  `pickup_address_notes` varchar(255),
  `dropoff_address_notes` varchar(255),
  `customer_space_count` int(11),
  `service_animal_space_count` int(11),
  `passenger_load_min` int(11),
  `passenger_unload_min` int(11),
  `early_pickup_allowed` tinyint(1),
  `linking_trip_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `provider_id` int(11),
  `level` int(11),
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `runs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `date` date,
  `start_odometer` int(11),
  `end_odometer` int(11),
  `scheduled_start_time` datetime,
  `scheduled_end_time` datetime,
  `unpaid_driver_break_time` int(11),
  `vehicle_id` int(11),
  `driver_id` int(11),
  `paid` tinyint(1),
  `complete` tinyint(1),
  `provider_id` int(11),
  `actual_start_time` datetime,
  `actual_end_time` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `lock_version` int(11) DEFAULT 0,
  `repeating_run_id` int(11),
  `deleted_at` datetime,
  `manifest_order` text,
  `cancelled` tinyint(1),
  `from_garage_address_id` int(11),
  `to_garage_address_id` int(11),
  `uncomplete_reason` text,
  `scheduled_start_time_string` varchar(255),
  `scheduled_end_time_string` varchar(255),
  `driver_notes` text,
  `manifest_published_at` datetime,
  `manifest_changed` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_levels` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `var` varchar(255) NOT NULL,
  `value` text,
  `thing_id` int(11),
  `thing_type` varchar(30),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `travel_trainings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11),
  `date` datetime,
  `comment` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trip_purposes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trip_results` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(255),
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `description` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trips` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `run_id` int(11),
  `customer_id` int(11),
  `pickup_time` datetime,
  `appointment_time` datetime,
  `guest_count` int(11) DEFAULT 0,
  `attendant_count` int(11) DEFAULT 0,
  `group_size` int(11) DEFAULT 0,
  `pickup_address_id` int(11),
  `dropoff_address_id` int(11),
  `mobility_id` int(11),
  `funding_source_id` int(11),
  `trip_purpose_old` varchar(255),
  `trip_result_old` varchar(255) DEFAULT '',
  `notes` text,
  `donation_old` decimal(10,2) DEFAULT '0.0',
  `provider_id` int(11),
  `called_back_at` datetime,
  `customer_informed` tinyint(1) DEFAULT 0,
  `repeating_trip_id` int(11),
  `cab` tinyint(1) DEFAULT 0,
  `cab_notified` tinyint(1) DEFAULT 0,
  `guests` text,
  `called_back_by_id` int(11),
  `created_at` datetime,
  `updated_at` datetime,
  `lock_version` int(11) DEFAULT 0,
  `medicaid_eligible` tinyint(1),
  `mileage` int(11),
  `service_level_old` varchar(255),
  `trip_purpose_id` int(11),
  `trip_result_id` int(11),
  `service_level_id` int(11),
  `deleted_at` datetime,
  `direction` varchar(255) DEFAULT 'outbound',
  `result_reason` text,
  `linking_trip_id` int(11),
  `drive_distance` double,
  `mobility_device_accommodations` int(11),
  `number_of_senior_passengers_served` int(11),
  `number_of_disabled_passengers_served` int(11),
  `number_of_low_income_passengers_served` int(11),
  `pickup_address_notes` varchar(255),
  `dropoff_address_notes` varchar(255),
  `is_stand_by` tinyint(1),
  `driver_notified` tinyint(1),
  `customer_space_count` int(11),
  `service_animal_space_count` int(11),
  `passenger_load_min` int(11),
  `passenger_unload_min` int(11),
  `early_pickup_allowed` tinyint(1),
  `fare_id` bigint,
  `fare_amount` double,
  `fare_collected_time` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `sign_in_count` int(11) DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `password_salt` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `current_provider_id` int(11),
  `unconfirmed_email` varchar(255),
  `reset_password_sent_at` datetime,
  `password_changed_at` datetime,
  `expires_at` datetime,
  `inactivation_reason` varchar(255),
  `deleted_at` datetime,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `username` varchar(255),
  `phone_number` varchar(255),
  `address_id` int(11),
  `authentication_token` varchar(30),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vehicle_maintenance_events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vehicle_id` int(11),
  `reimbursable` tinyint(1),
  `service_date` date,
  `invoice_date` date,
  `services_performed` text,
  `odometer` decimal(10,1),
  `vendor_name` varchar(255),
  `invoice_number` varchar(255),
  `invoice_amount` decimal(10,2),
  `created_at` datetime,
  `updated_at` datetime,
  `lock_version` int(11) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vehicles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `year` int(11),
  `make` varchar(255),
  `model` varchar(255),
  `license_plate` varchar(255),
  `vin` varchar(255),
  `garaged_location` varchar(255),
  `provider_id` int(11),
  `active` tinyint(1) DEFAULT 1,
  `created_at` datetime,
  `updated_at` datetime,
  `lock_version` int(11) DEFAULT 0,
  `default_driver_id` int(11),
  `reportable` tinyint(1) DEFAULT 1,
  `insurance_coverage_details` text,
  `ownership` varchar(255),
  `responsible_party` varchar(255),
  `registration_expiration_date` date,
  `seating_capacity` int(11),
  `accessibility_equipment` text,
  `deleted_at` datetime,
  `mobility_device_accommodations` int(11),
  `initial_mileage` int(11) DEFAULT 0,
  `garage_address_id` int(11),
  `garage_phone_number` varchar(255),
  `initial_mileage_change_reason` text,
  `inactivated_start_date` date,
  `inactivated_end_date` date,
  `active_status_changed_reason` text,
  `vehicle_maintenance_schedule_type_id` int(11),
  `vehicle_type_id` int(11),
  `is_5310_reportable` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification_questions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11),
  `question` text,
  `answer` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `item_type` varchar(255) NOT NULL,
  `item_id` int(11) NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255),
  `object` text,
  `created_at` datetime,
  `object_changes` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
