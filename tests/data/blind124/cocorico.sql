-- Cocorico (github.com/Cocolabs-SAS/cocorico, MIT), commit 78814112258f6b400eff6191c58c6404efc4c0f8.
-- Doctrine ORM annotation mappings (src/Cocorico/*/Entity and Model/Base*) with the vendor mappings they extend
-- (FOSUserBundle 2.0 User, FOSMessageBundle Thread/Message/metadata, KnpLabs DoctrineBehaviors Timestampable,
-- Translatable, Sluggable) written as MySQL DDL.

CREATE TABLE `parameter` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `value` varchar(255),
  `type` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `contact` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `email` varchar(1024) NOT NULL,
  `phone` varchar(20),
  `subject` varchar(1024) NOT NULL,
  `message` longtext NOT NULL,
  `status` smallint NOT NULL,
  `createdAt` datetime,
  `updatedAt` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user` (
  `id` int NOT NULL,
  `username` varchar(180) NOT NULL,
  `username_canonical` varchar(180) NOT NULL,
  `email` varchar(180) NOT NULL,
  `email_canonical` varchar(180) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `salt` varchar(255),
  `password` varchar(255) NOT NULL,
  `last_login` datetime,
  `confirmation_token` varchar(180),
  `password_requested_at` datetime,
  `roles` longtext NOT NULL COMMENT '(DC2Type:array)',
  `person_type` smallint NOT NULL,
  `company_name` varchar(100),
  `last_name` varchar(100) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `phone_prefix` varchar(6),
  `phone` varchar(16),
  `birthday` date NOT NULL,
  `nationality` varchar(3),
  `country_of_residence` varchar(3),
  `profession` varchar(50),
  `iban` varchar(45),
  `bic` varchar(25),
  `bank_owner_name` varchar(100),
  `bank_owner_address` varchar(255),
  `annual_income` decimal(10,2),
  `phone_verified` tinyint(1),
  `email_verified` tinyint(1),
  `id_card_verified` tinyint(1),
  `nb_bookings_offerer` smallint,
  `nb_bookings_asker` smallint,
  `fee_as_asker` smallint,
  `fee_as_offerer` smallint,
  `average_rating_as_asker` smallint,
  `average_rating_as_offerer` smallint,
  `mother_tongue` varchar(5),
  `answer_delay` int,
  `time_zone` varchar(100) NOT NULL,
  `createdAt` datetime,
  `updatedAt` datetime,
  `slug` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `geo_geocoding` (
  `id` int NOT NULL AUTO_INCREMENT,
  `lat` decimal(11,7) NOT NULL,
  `lng` decimal(11,7) NOT NULL,
  `viewport` varchar(100) NOT NULL,
  `address_type` varchar(150) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `geo_country` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(3) NOT NULL,
  `geocoding_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`geocoding_id`) REFERENCES `geo_geocoding` (`id`)
);

CREATE TABLE `geo_area` (
  `id` int NOT NULL AUTO_INCREMENT,
  `country_id` int NOT NULL,
  `geocoding_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `geo_country` (`id`),
  FOREIGN KEY (`geocoding_id`) REFERENCES `geo_geocoding` (`id`)
);

CREATE TABLE `geo_department` (
  `id` int NOT NULL AUTO_INCREMENT,
  `country_id` int NOT NULL,
  `area_id` int NOT NULL,
  `geocoding_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `geo_country` (`id`),
  FOREIGN KEY (`area_id`) REFERENCES `geo_area` (`id`),
  FOREIGN KEY (`geocoding_id`) REFERENCES `geo_geocoding` (`id`)
);

CREATE TABLE `geo_city` (
  `id` int NOT NULL AUTO_INCREMENT,
  `country_id` int NOT NULL,
  `area_id` int NOT NULL,
  `department_id` int NOT NULL,
  `geocoding_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `geo_country` (`id`),
  FOREIGN KEY (`area_id`) REFERENCES `geo_area` (`id`),
  FOREIGN KEY (`department_id`) REFERENCES `geo_department` (`id`),
  FOREIGN KEY (`geocoding_id`) REFERENCES `geo_geocoding` (`id`)
);

CREATE TABLE `geo_coordinate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `lat` decimal(11,7) NOT NULL,
  `lng` decimal(11,7) NOT NULL,
  `country_id` int NOT NULL,
  `area_id` int,
  `department_id` int,
  `city_id` int,
  `zip` varchar(30),
  `route` varchar(200),
  `street_number` varchar(20),
  `address` varchar(255) NOT NULL,
  `createdAt` datetime,
  `updatedAt` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `geo_country` (`id`),
  FOREIGN KEY (`area_id`) REFERENCES `geo_area` (`id`),
  FOREIGN KEY (`department_id`) REFERENCES `geo_department` (`id`),
  FOREIGN KEY (`city_id`) REFERENCES `geo_city` (`id`)
);

CREATE TABLE `listing_location` (
  `id` int NOT NULL AUTO_INCREMENT,
  `country` varchar(3) NOT NULL,
  `city` varchar(75) NOT NULL,
  `zip` varchar(20),
  `route` varchar(120),
  `street_number` varchar(20),
  `coordinate_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`coordinate_id`) REFERENCES `geo_coordinate` (`id`)
);

CREATE TABLE `listing` (
  `id` int NOT NULL,
  `status` smallint NOT NULL,
  `type` smallint,
  `price` decimal(8,0) NOT NULL,
  `certified` tinyint(1),
  `min_duration` smallint,
  `max_duration` smallint,
  `cancellation_policy` smallint NOT NULL,
  `average_rating` smallint,
  `comment_count` int,
  `admin_notation` decimal(3,1),
  `availabilities_updated_at` datetime,
  `user_id` int NOT NULL,
  `location_id` int,
  `createdAt` datetime,
  `updatedAt` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `listing_location` (`id`)
);

CREATE TABLE `booking` (
  `id` int NOT NULL,
  `start` datetime NOT NULL,
  `end` datetime NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  `status` smallint NOT NULL,
  `validated` tinyint(1) NOT NULL,
  `amount` decimal(8,0) NOT NULL,
  `amount_fee_as_asker` decimal(8,0) NOT NULL,
  `amount_fee_as_offerer` decimal(8,0) NOT NULL,
  `amount_total` decimal(8,0) NOT NULL,
  `cancellation_policy` smallint NOT NULL,
  `new_booking_at` datetime,
  `payed_booking_at` datetime,
  `refused_booking_at` datetime,
  `canceled_asker_booking_at` datetime,
  `alerted_expiring` tinyint(1) NOT NULL,
  `alerted_imminent` tinyint(1) NOT NULL,
  `invoice_number` varchar(25),
  `refund_invoice_number` varchar(25),
  `message` longtext NOT NULL,
  `time_zone_asker` varchar(100) NOT NULL,
  `time_zone_offerer` varchar(100) NOT NULL,
  `user_id` int NOT NULL,
  `listing_id` int NOT NULL,
  `createdAt` datetime,
  `updatedAt` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`listing_id`) REFERENCES `listing` (`id`)
);

CREATE TABLE `booking_bank_wire` (
  `id` int NOT NULL,
  `status` smallint NOT NULL,
  `amount` decimal(8,0) NOT NULL,
  `payed_at` datetime,
  `user_id` int NOT NULL,
  `booking_id` int NOT NULL,
  `createdAt` datetime,
  `updatedAt` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`booking_id`) REFERENCES `booking` (`id`)
);

CREATE TABLE `booking_payin_refund` (
  `id` int NOT NULL,
  `status` smallint NOT NULL,
  `amount` decimal(8,0) NOT NULL,
  `payed_at` datetime,
  `user_id` int NOT NULL,
  `booking_id` int NOT NULL,
  `createdAt` datetime,
  `updatedAt` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`booking_id`) REFERENCES `booking` (`id`)
);

CREATE TABLE `booking_user_address` (
  `id` int NOT NULL AUTO_INCREMENT,
  `booking_id` int NOT NULL,
  `address` varchar(255) NOT NULL,
  `city` varchar(255) NOT NULL,
  `zip` varchar(50) NOT NULL,
  `country` varchar(3) NOT NULL,
  `createdAt` datetime,
  `updatedAt` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`booking_id`) REFERENCES `booking` (`id`)
);

CREATE TABLE `listing_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `lft` int NOT NULL,
  `lvl` int NOT NULL,
  `rgt` int NOT NULL,
  `root` int,
  `parent_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `listing_category` (`id`)
);

CREATE TABLE `listing_category_translation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `locale` varchar(255) NOT NULL,
  `translatable_id` int,
  `slug` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`translatable_id`) REFERENCES `listing_category` (`id`)
);

CREATE TABLE `listing_characteristic_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `listing_characteristic_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `position` smallint NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `listing_characteristic` (
  `id` int NOT NULL AUTO_INCREMENT,
  `position` smallint NOT NULL,
  `listing_characteristic_type_id` int NOT NULL,
  `listing_characteristic_group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`listing_characteristic_type_id`) REFERENCES `listing_characteristic_type` (`id`),
  FOREIGN KEY (`listing_characteristic_group_id`) REFERENCES `listing_characteristic_group` (`id`)
);

CREATE TABLE `listing_characteristic_translation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext,
  `locale` varchar(255) NOT NULL,
  `translatable_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`translatable_id`) REFERENCES `listing_characteristic` (`id`)
);

CREATE TABLE `listing_characteristic_value` (
  `id` int NOT NULL AUTO_INCREMENT,
  `position` smallint NOT NULL,
  `listing_characteristic_type_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`listing_characteristic_type_id`) REFERENCES `listing_characteristic_type` (`id`)
);

CREATE TABLE `listing_discount` (
  `id` int NOT NULL AUTO_INCREMENT,
  `discount` smallint NOT NULL,
  `from_quantity` smallint NOT NULL,
  `listing_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`listing_id`) REFERENCES `listing` (`id`)
);

CREATE TABLE `listing_image` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `position` smallint NOT NULL,
  `listing_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`listing_id`) REFERENCES `listing` (`id`)
);

CREATE TABLE `listing_listing_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `listing_id` int NOT NULL,
  `listing_category_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`listing_id`) REFERENCES `listing` (`id`),
  FOREIGN KEY (`listing_category_id`) REFERENCES `listing_category` (`id`)
);

CREATE TABLE `listing_listing_characteristic` (
  `id` int NOT NULL AUTO_INCREMENT,
  `listing_id` int NOT NULL,
  `listing_characteristic_id` int NOT NULL,
  `listing_characteristic_value_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`listing_id`) REFERENCES `listing` (`id`),
  FOREIGN KEY (`listing_characteristic_id`) REFERENCES `listing_characteristic` (`id`),
  FOREIGN KEY (`listing_characteristic_value_id`) REFERENCES `listing_characteristic_value` (`id`)
);

CREATE TABLE `listing_translation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(50) NOT NULL,
  `description` longtext NOT NULL,
  `rules` longtext,
  `locale` varchar(255) NOT NULL,
  `translatable_id` int,
  `slug` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`translatable_id`) REFERENCES `listing` (`id`)
);

CREATE TABLE `geo_city_translation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `locale` varchar(255) NOT NULL,
  `translatable_id` int,
  `slug` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`translatable_id`) REFERENCES `geo_city` (`id`)
);

CREATE TABLE `geo_country_translation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `locale` varchar(255) NOT NULL,
  `translatable_id` int,
  `slug` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`translatable_id`) REFERENCES `geo_country` (`id`)
);

CREATE TABLE `message_thread` (
  `id` int NOT NULL AUTO_INCREMENT,
  `subject` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `is_spam` tinyint(1) NOT NULL,
  `created_by_id` int,
  `listing_id` int,
  `booking_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`listing_id`) REFERENCES `listing` (`id`),
  FOREIGN KEY (`booking_id`) REFERENCES `booking` (`id`)
);

CREATE TABLE `message` (
  `id` int NOT NULL AUTO_INCREMENT,
  `body` longtext NOT NULL,
  `created_at` datetime NOT NULL,
  `thread_id` int,
  `sender_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`thread_id`) REFERENCES `message_thread` (`id`),
  FOREIGN KEY (`sender_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `message_metadata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `is_read` tinyint(1) NOT NULL,
  `message_id` int,
  `participant_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`message_id`) REFERENCES `message` (`id`),
  FOREIGN KEY (`participant_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `message_thread_metadata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `is_deleted` tinyint(1) NOT NULL,
  `last_participant_message_date` datetime,
  `last_message_date` datetime,
  `thread_id` int,
  `participant_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`thread_id`) REFERENCES `message_thread` (`id`),
  FOREIGN KEY (`participant_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `review` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `booking_id` int NOT NULL,
  `review_by` int NOT NULL,
  `review_to` int NOT NULL,
  `rating` smallint NOT NULL,
  `comment` longtext NOT NULL,
  `createdAt` datetime,
  `updatedAt` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`booking_id`) REFERENCES `booking` (`id`),
  FOREIGN KEY (`review_by`) REFERENCES `user` (`id`),
  FOREIGN KEY (`review_to`) REFERENCES `user` (`id`)
);

CREATE TABLE `group` (
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_address` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `type` smallint NOT NULL,
  `address` varchar(255),
  `city` varchar(255),
  `zip` varchar(50),
  `country` varchar(3),
  `createdAt` datetime,
  `updatedAt` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `user_facebook` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `facebook_id` varchar(100) NOT NULL,
  `link` varchar(255) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `birthday` date,
  `address` varchar(255),
  `verified` varchar(100),
  `location` varchar(100),
  `location_id` varchar(100),
  `hometown` varchar(100),
  `hometown_id` varchar(100),
  `gender` varchar(20),
  `locale` varchar(50),
  `timezone` varchar(100),
  `nb_friends` varchar(15),
  `picture` varchar(100),
  `createdAt` datetime,
  `updatedAt` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `user_image` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `position` smallint NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `user_language` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(12) NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `user_translation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `locale` varchar(255) NOT NULL,
  `translatable_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`translatable_id`) REFERENCES `user` (`id`)
);
