-- 1-Click (oneclick-core), Cambridge Systematics.
-- github.com/camsys/oneclick-core commit 0868310ea0b82ed85e5748d37356a86dfb450c37, MIT licence.
-- db/schema.rb (version 20230915180247, Rails on PostgreSQL/PostGIS) written as MySQL DDL, with the four later
-- migrations replayed (20231002195000 agencies.agency_code, 20240326161019 an index only, 20240515094452
-- ecolane_booking_snapshots, 20240515095242 bookings.ecolane_error_message). Types: string VARCHAR(255), text TEXT,
-- integer INT, datetime DATETIME, boolean TINYINT(1), float DOUBLE, inet VARCHAR(45), serial SERIAL, PostGIS
-- geometry/geography GEOMETRY. Unique indexes and upstream's foreign keys kept (constraint names fk_rails_<hash> as Rails derives them); other indexes
-- left out. Table order as schema.rb (alphabetical), so foreign keys may point forward.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `accommodations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `rank` INT NOT NULL DEFAULT 100,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_accommodations_on_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accommodations_services` (
  `service_id` INT NOT NULL,
  `accommodation_id` INT NOT NULL,
  UNIQUE KEY `idx_services_accommodations_on_service_id_and_accommodation_id` (`service_id`, `accommodation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accommodations_trips` (
  `trip_id` INT NOT NULL,
  `accommodation_id` INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accommodations_users` (
  `user_id` INT NOT NULL,
  `accommodation_id` INT NOT NULL,
  UNIQUE KEY `index_accommodations_users_on_user_id_and_accommodation_id` (`user_id`, `accommodation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agencies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255),
  `name` VARCHAR(255),
  `phone` VARCHAR(255),
  `email` VARCHAR(255),
  `url` VARCHAR(255),
  `logo` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `published` TINYINT(1) DEFAULT 0,
  `agency_type_id` INT,
  `agency_code` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_ab6dc0c2e9` FOREIGN KEY (`agency_type_id`) REFERENCES `agency_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agency_oversight_agencies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `transportation_agency_id` INT,
  `oversight_agency_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_1f67b1c9c2` FOREIGN KEY (`oversight_agency_id`) REFERENCES `agencies` (`id`),
  CONSTRAINT `fk_rails_f552763c32` FOREIGN KEY (`transportation_agency_id`) REFERENCES `agencies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agency_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alerts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `expiration` DATETIME,
  `audience` VARCHAR(255) NOT NULL DEFAULT 'everyone',
  `published` TINYINT(1) NOT NULL DEFAULT 1,
  `audience_details` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `booking_windows` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `agency_id` INT NOT NULL,
  `travel_pattern_id` INT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `minimum_days_notice` INT,
  `maximum_days_notice` INT,
  `minimum_notice_cutoff_hour` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_c0ae00ed99` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`),
  CONSTRAINT `fk_rails_f14edde42c` FOREIGN KEY (`travel_pattern_id`) REFERENCES `travel_patterns` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `itinerary_id` INT,
  `type` VARCHAR(255),
  `status` VARCHAR(255),
  `confirmation` VARCHAR(255),
  `details` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `earliest_pu` DATETIME,
  `latest_pu` DATETIME,
  `negotiated_pu` DATETIME,
  `negotiated_do` DATETIME,
  `estimated_pu` DATETIME,
  `estimated_do` DATETIME,
  `created_in_1click` TINYINT(1) DEFAULT 0,
  `note` TEXT,
  `ecolane_error_message` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_28edf6ecf2` FOREIGN KEY (`itinerary_id`) REFERENCES `itineraries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `state` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `geom` GEOMETRY,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `comment` TEXT,
  `locale` VARCHAR(255),
  `commentable_type` VARCHAR(255),
  `commentable_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `commenter_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_7c76e8dc86` FOREIGN KEY (`commenter_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `key` VARCHAR(255),
  `value` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `counties` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `state` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `geom` GEOMETRY,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_geographies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `geom` GEOMETRY,
  `agency_id` INT,
  `description` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_2a051aa488` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ecolane_booking_snapshots` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `itinerary_id` INT,
  `status` VARCHAR(255),
  `confirmation` VARCHAR(255),
  `details` TEXT,
  `earliest_pu` DATETIME,
  `latest_pu` DATETIME,
  `negotiated_pu` DATETIME,
  `negotiated_do` DATETIME,
  `estimated_pu` DATETIME,
  `estimated_do` DATETIME,
  `created_in_1click` TINYINT(1) DEFAULT 0,
  `note` TEXT,
  `traveler` VARCHAR(255),
  `orig_addr` VARCHAR(255),
  `orig_lat` DOUBLE,
  `orig_lng` DOUBLE,
  `dest_addr` VARCHAR(255),
  `dest_lat` DOUBLE,
  `dest_lng` DOUBLE,
  `agency_name` VARCHAR(255),
  `service_name` VARCHAR(255),
  `booking_client_id` INT,
  `is_round_trip` TINYINT(1),
  `sponsor` VARCHAR(255),
  `companions` INT,
  `ecolane_error_message` VARCHAR(255),
  `pca` TINYINT(1),
  `funding_source` VARCHAR(255),
  `purpose` VARCHAR(255),
  `booking_id` INT,
  `trip_id` INT,
  `disposition_status` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_0ddcd3091c` FOREIGN KEY (`booking_id`) REFERENCES `bookings` (`id`),
  CONSTRAINT `fk_rails_2e6653c046` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eligibilities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `rank` INT NOT NULL DEFAULT 100,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_eligibilities_on_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eligibilities_services` (
  `service_id` INT NOT NULL,
  `eligibility_id` INT NOT NULL,
  UNIQUE KEY `index_eligibilities_services_on_service_id_and_eligibility_id` (`service_id`, `eligibility_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eligibilities_trips` (
  `trip_id` INT NOT NULL,
  `eligibility_id` INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fare_zones` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `service_id` INT,
  `region_id` INT,
  `code` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedbacks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `feedbackable_type` VARCHAR(255),
  `feedbackable_id` INT,
  `user_id` INT,
  `rating` INT,
  `review` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `acknowledged` TINYINT(1) DEFAULT 0,
  `email` VARCHAR(255),
  `phone` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `find_services_histories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `user_ip` VARCHAR(45),
  `user_starting_location` VARCHAR(255),
  `user_starting_lat` DECIMAL(10,6),
  `user_starting_lng` DECIMAL(10,6),
  `service_sub_sub_category` VARCHAR(255),
  `trip_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_6f497f0b99` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `funding_sources` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `agency_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_755ad0913b` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `itineraries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `trip_id` INT,
  `start_time` DATETIME,
  `end_time` DATETIME,
  `legs` TEXT,
  `walk_time` INT,
  `transit_time` INT,
  `cost` DOUBLE,
  `service_id` INT,
  `trip_type` VARCHAR(255),
  `walk_distance` DOUBLE,
  `wait_time` INT,
  `assistant` TINYINT(1),
  `companions` INT,
  `note` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_b6cfa478b1` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `fk_rails_d1e941cc7e` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `landmark_set_landmarks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `landmark_set_id` INT NOT NULL,
  `landmark_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_b27c5ade8c` FOREIGN KEY (`landmark_set_id`) REFERENCES `landmark_sets` (`id`),
  CONSTRAINT `fk_rails_74d05a0036` FOREIGN KEY (`landmark_id`) REFERENCES `landmarks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `landmark_sets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `agency_id` INT,
  `description` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_3b06d9ea3b` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `landmarks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `name` VARCHAR(255),
  `street_number` VARCHAR(255),
  `route` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `zip` VARCHAR(255),
  `old` TINYINT(1),
  `lat` DECIMAL(10,6),
  `lng` DECIMAL(10,6),
  `geom` GEOMETRY,
  `county` VARCHAR(255),
  `agency_id` INT,
  `search_text` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_51bea52022` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locales` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lyft_extensions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `price_quote_id` VARCHAR(255),
  `itinerary_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `od_zones` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `agency_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `region_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_5d0c428223` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`),
  CONSTRAINT `fk_rails_4cd9f0d3b2` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oneclick_refernet_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `confirmed` TINYINT(1) DEFAULT 0,
  `sequence_nbr` INT,
  `code` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oneclick_refernet_services` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `confirmed` TINYINT(1) DEFAULT 0,
  `details` TEXT,
  `latlng` GEOMETRY,
  `agency_name` VARCHAR(255),
  `site_name` VARCHAR(255),
  `description` TEXT,
  `latlngg` GEOMETRY,
  `refernet_service_id` VARCHAR(255),
  `refernet_location_id` VARCHAR(255),
  `refernet_servicesite_id` VARCHAR(255),
  `location_details` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oneclick_refernet_services_sub_sub_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `service_id` INT,
  `sub_sub_category_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_ce9e38211f` FOREIGN KEY (`service_id`) REFERENCES `oneclick_refernet_services` (`id`),
  CONSTRAINT `fk_rails_acc572fc38` FOREIGN KEY (`sub_sub_category_id`) REFERENCES `oneclick_refernet_sub_sub_categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oneclick_refernet_sub_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `category_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `confirmed` TINYINT(1) DEFAULT 0,
  `refernet_category_id` INT,
  `code` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_9ba13eeec2` FOREIGN KEY (`category_id`) REFERENCES `oneclick_refernet_categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oneclick_refernet_sub_sub_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `sub_category_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `confirmed` TINYINT(1) DEFAULT 0,
  `code` VARCHAR(255),
  `taxonomy_code` VARCHAR(255),
  `refernet_category_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_d46beea2a8` FOREIGN KEY (`sub_category_id`) REFERENCES `oneclick_refernet_sub_categories` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oneclick_refernet_translations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255),
  `locale` VARCHAR(255),
  `value` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `purposes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `description` VARCHAR(255),
  `agency_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_6daab0b465` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `purposes_services` (
  `service_id` INT NOT NULL,
  `purpose_id` INT NOT NULL,
  UNIQUE KEY `index_purposes_services_on_service_id_and_purpose_id` (`service_id`, `purpose_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `regions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recipe` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `geom` GEOMETRY,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_logs` (
  `id` SERIAL NOT NULL,
  `controller` VARCHAR(255),
  `action` VARCHAR(255),
  `status_code` VARCHAR(255),
  `params` TEXT,
  `auth_email` VARCHAR(255),
  `duration` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `resource_type` VARCHAR(255),
  `resource_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `service_id` INT,
  `day` INT,
  `start_time` INT,
  `end_time` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_766e5034a8` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_oversight_agencies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `service_id` INT,
  `oversight_agency_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_68ff8e461f` FOREIGN KEY (`oversight_agency_id`) REFERENCES `agencies` (`id`),
  CONSTRAINT `fk_rails_fa833de634` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_schedule_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_schedules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `service_schedule_type_id` INT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `start_date` DATE,
  `end_date` DATE,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `agency_id` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_sub_schedules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `service_schedule_id` INT,
  `day` INT,
  `start_time` INT,
  `end_time` INT,
  `calendar_date` DATE,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `services` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `type` VARCHAR(255),
  `name` VARCHAR(255),
  `gtfs_agency_id` VARCHAR(255),
  `logo` VARCHAR(255),
  `email` VARCHAR(255),
  `url` VARCHAR(255),
  `phone` VARCHAR(255),
  `start_or_end_area_id` INT,
  `trip_within_area_id` INT,
  `fare_structure` VARCHAR(255),
  `fare_details` TEXT,
  `archived` TINYINT(1) DEFAULT 0,
  `published` TINYINT(1) DEFAULT 0,
  `agency_id` INT,
  `booking_api` VARCHAR(255),
  `booking_details` TEXT,
  `max_age` INT NOT NULL DEFAULT 200,
  `min_age` INT NOT NULL DEFAULT 0,
  `start_area_id` INT,
  `end_area_id` INT,
  `eligible_max_age` INT NOT NULL DEFAULT 0,
  `eligible_min_age` INT NOT NULL DEFAULT 200,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_f0cd5d1f9f` FOREIGN KEY (`agency_id`) REFERENCES `agencies` (`id`),
  CONSTRAINT `fk_rails_d537ca02eb` FOREIGN KEY (`end_area_id`) REFERENCES `regions` (`id`),
  CONSTRAINT `fk_rails_f01b5a3be0` FOREIGN KEY (`start_area_id`) REFERENCES `regions` (`id`),
  CONSTRAINT `fk_rails_bedf45be6c` FOREIGN KEY (`start_or_end_area_id`) REFERENCES `regions` (`id`),
  CONSTRAINT `fk_rails_54b7260879` FOREIGN KEY (`trip_within_area_id`) REFERENCES `regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stomping_grounds` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `street_number` VARCHAR(255),
  `route` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `zip` VARCHAR(255),
  `old` TINYINT(1),
  `lat` DECIMAL(10,6),
  `lng` DECIMAL(10,6),
  `geom` GEOMETRY,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  `county` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_03a5a5dfdf` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `translation_keys` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `translations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `locale_id` INT,
  `translation_key_id` INT,
  `value` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `travel_pattern_funding_sources` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `travel_pattern_id` INT NOT NULL,
  `funding_source_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_a6fbed7b48` FOREIGN KEY (`funding_source_id`) REFERENCES `funding_sources` (`id`),
  CONSTRAINT `fk_rails_a2bfe08efc` FOREIGN KEY (`travel_pattern_id`) REFERENCES `travel_patterns` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `travel_pattern_purposes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `travel_pattern_id` INT NOT NULL,
  `purpose_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_36768374d4` FOREIGN KEY (`purpose_id`) REFERENCES `purposes` (`id`),
  CONSTRAINT `fk_rails_b2799966a4` FOREIGN KEY (`travel_pattern_id`) REFERENCES `travel_patterns` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `travel_pattern_service_schedules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `travel_pattern_id` INT,
  `service_schedule_id` INT,
  `priority` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `overides_other_schedules` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `travel_pattern_services` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `travel_pattern_id` INT NOT NULL,
  `service_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_f70e793bbe` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `fk_rails_6ea8787aa1` FOREIGN KEY (`travel_pattern_id`) REFERENCES `travel_patterns` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `travel_patterns` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `agency_id` INT,
  `origin_zone_id` INT,
  `destination_zone_id` INT,
  `allow_reverse_sequence_trips` TINYINT(1) NOT NULL DEFAULT 1,
  `booking_window_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_f6da0254ce` FOREIGN KEY (`booking_window_id`) REFERENCES `booking_windows` (`id`),
  CONSTRAINT `fk_rails_ad056309ff` FOREIGN KEY (`destination_zone_id`) REFERENCES `od_zones` (`id`),
  CONSTRAINT `fk_rails_6f3ae4d816` FOREIGN KEY (`origin_zone_id`) REFERENCES `od_zones` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `traveler_transit_agencies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `transportation_agency_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_0ae2fcaeaa` FOREIGN KEY (`transportation_agency_id`) REFERENCES `agencies` (`id`),
  CONSTRAINT `fk_rails_8d60083fc2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trip_accommodations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `trip_id` INT NOT NULL,
  `accommodation_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trip_eligibilities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `trip_id` INT NOT NULL,
  `eligibility_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trip_purposes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `trip_id` INT NOT NULL,
  `purpose_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trips` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` INT,
  `origin_id` INT,
  `destination_id` INT,
  `trip_time` DATETIME,
  `arrive_by` TINYINT(1) DEFAULT 0,
  `selected_itinerary_id` INT,
  `purpose_id` INT,
  `previous_trip_id` INT,
  `external_purpose` VARCHAR(255),
  `details` TEXT,
  `disposition_status` VARCHAR(255) DEFAULT 'Unknown Disposition',
  `user_age` INT,
  `user_ip` VARCHAR(45),
  `note` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_ac908cb7d9` FOREIGN KEY (`selected_itinerary_id`) REFERENCES `itineraries` (`id`),
  CONSTRAINT `fk_rails_9298b3d1b9` FOREIGN KEY (`purpose_id`) REFERENCES `purposes` (`id`),
  CONSTRAINT `fk_rails_0fdc8107a9` FOREIGN KEY (`previous_trip_id`) REFERENCES `trips` (`id`),
  CONSTRAINT `fk_rails_6a33c9e4ea` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_447da15f04` FOREIGN KEY (`destination_id`) REFERENCES `waypoints` (`id`),
  CONSTRAINT `fk_rails_04a70acce8` FOREIGN KEY (`origin_id`) REFERENCES `waypoints` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `uber_extensions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `product_id` VARCHAR(255),
  `itinerary_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_alerts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `acknowledged` TINYINT(1) NOT NULL DEFAULT 0,
  `alert_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_booking_profiles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `service_id` INT,
  `booking_api` VARCHAR(255),
  `details` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `encrypted_external_password` VARCHAR(255),
  `encrypted_external_password_iv` VARCHAR(255),
  `external_user_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_aa428e1dd7` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`),
  CONSTRAINT `fk_rails_3d291c23d2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_eligibilities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `eligibility_id` INT,
  `value` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_367900d8ab` FOREIGN KEY (`eligibility_id`) REFERENCES `eligibilities` (`id`),
  CONSTRAINT `fk_rails_6dd0ab5f50` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255),
  `reset_password_sent_at` DATETIME,
  `remember_created_at` DATETIME,
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME,
  `last_sign_in_at` DATETIME,
  `current_sign_in_ip` VARCHAR(45),
  `last_sign_in_ip` VARCHAR(45),
  `authentication_token` VARCHAR(30),
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `preferred_locale_id` INT,
  `preferred_trip_types` TEXT,
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `unlock_token` VARCHAR(255),
  `locked_at` DATETIME,
  `confirmation_token` VARCHAR(255),
  `confirmed_at` DATETIME,
  `confirmation_sent_at` DATETIME,
  `subscribed_to_emails` TINYINT(1) DEFAULT 1,
  `age` INT,
  `current_agency_id` INT,
  `county` VARCHAR(255),
  `paratransit_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_authentication_token` (`authentication_token`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_unlock_token` (`unlock_token`),
  CONSTRAINT `fk_rails_8b933c7929` FOREIGN KEY (`current_agency_id`) REFERENCES `agencies` (`id`),
  CONSTRAINT `fk_rails_65d69c03f7` FOREIGN KEY (`preferred_locale_id`) REFERENCES `locales` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_roles` (
  `user_id` INT,
  `role_id` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waypoints` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `name` VARCHAR(255),
  `street_number` VARCHAR(255),
  `route` VARCHAR(255),
  `city` VARCHAR(255),
  `state` VARCHAR(255),
  `zip` VARCHAR(255),
  `lat` DECIMAL(10,6),
  `lng` DECIMAL(10,6),
  `geom` GEOMETRY,
  `county` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zipcodes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `geom` GEOMETRY,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
