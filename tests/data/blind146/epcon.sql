-- epcon (EuroPython conference website: tickets, orders, invoices, attendee profiles, talks), github.com/EuroPython/epcon
-- Django models converted to MySQL DDL; see epcon.md. Commit 341c22649ff4ec858fc710821303cf3b78aa59e6 (BSD-2-Clause).

CREATE TABLE `auth_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`username`)
);

CREATE TABLE `assopy_country` (
  `iso` varchar(2) NOT NULL,
  `name` varchar(100) NOT NULL,
  `vat_company` tinyint(1) NOT NULL,
  `vat_company_verify` varchar(1) NOT NULL,
  `vat_person` tinyint(1) NOT NULL,
  `iso3` varchar(3) NULL,
  `numcode` smallint UNSIGNED NULL,
  `printable_name` varchar(128) NOT NULL,
  PRIMARY KEY (`iso`)
);

CREATE TABLE `assopy_token` (
  `token` varchar(36) NOT NULL,
  `ctype` varchar(1) NOT NULL,
  `user_id` int NULL,
  `payload` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`token`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `assopy_assopyuser` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `token` varchar(36) NULL,
  `assopy_id` varchar(22) NULL,
  `card_name` varchar(200) NOT NULL,
  `vat_number` varchar(22) NOT NULL,
  `cf_code` varchar(16) NOT NULL,
  `country_id` varchar(2) NULL,
  `address` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`user_id`),
  UNIQUE KEY (`token`),
  UNIQUE KEY (`assopy_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `assopy_country` (`iso`)
);

CREATE TABLE `assopy_coupon` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference_id` varchar(10) NOT NULL,
  `code` varchar(10) NOT NULL,
  `start_validity` date NULL,
  `end_validity` date NULL,
  `max_usage` int UNSIGNED NOT NULL,
  `items_per_usage` int UNSIGNED NOT NULL,
  `description` varchar(100) NOT NULL,
  `value` varchar(8) NOT NULL,
  `user_id` int NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conference_id`) REFERENCES `conference_conference` (`code`),
  FOREIGN KEY (`user_id`) REFERENCES `assopy_assopyuser` (`id`)
);

CREATE TABLE `assopy_coupon_fares` (
  `id` int NOT NULL AUTO_INCREMENT,
  `coupon_id` int NOT NULL,
  `fare_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`coupon_id`,`fare_id`),
  FOREIGN KEY (`coupon_id`) REFERENCES `assopy_coupon` (`id`),
  FOREIGN KEY (`fare_id`) REFERENCES `conference_fare` (`id`)
);

CREATE TABLE `assopy_vat` (
  `id` int NOT NULL AUTO_INCREMENT,
  `value` decimal(5,2) NOT NULL,
  `description` varchar(125) NULL,
  `invoice_notice` longtext NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `assopy_vatfare` (
  `id` int NOT NULL AUTO_INCREMENT,
  `fare_id` int NOT NULL,
  `vat_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`fare_id`) REFERENCES `conference_fare` (`id`),
  FOREIGN KEY (`vat_id`) REFERENCES `assopy_vat` (`id`)
);

CREATE TABLE `assopy_order` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` varchar(100) NOT NULL,
  `code` varchar(20) NULL,
  `assopy_id` varchar(22) NULL,
  `user_id` int NOT NULL,
  `created` datetime(6) NOT NULL,
  `method` varchar(6) NOT NULL,
  `payment_url` longtext NOT NULL,
  `_complete` tinyint(1) NOT NULL,
  `billing_notes` longtext NOT NULL,
  `card_name` varchar(200) NOT NULL,
  `vat_number` varchar(22) NOT NULL,
  `cf_code` varchar(16) NOT NULL,
  `country_id` varchar(2) NULL,
  `address` varchar(150) NOT NULL,
  `stripe_charge_id` varchar(64) NULL,
  `payment_date` datetime(6) NULL,
  `order_type` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`assopy_id`),
  UNIQUE KEY (`stripe_charge_id`),
  FOREIGN KEY (`user_id`) REFERENCES `assopy_assopyuser` (`id`),
  FOREIGN KEY (`country_id`) REFERENCES `assopy_country` (`iso`)
);

CREATE TABLE `assopy_orderitem` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order_id` int NOT NULL,
  `ticket_id` int NULL,
  `code` varchar(10) NOT NULL,
  `price` decimal(6,2) NOT NULL,
  `description` varchar(100) NOT NULL,
  `vat_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`ticket_id`),
  FOREIGN KEY (`order_id`) REFERENCES `assopy_order` (`id`),
  FOREIGN KEY (`vat_id`) REFERENCES `assopy_vat` (`id`)
);

CREATE TABLE `assopy_invoicelog` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(20) NOT NULL,
  `order_id` int NULL,
  `invoice_id` int NULL,
  `date` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`code`),
  FOREIGN KEY (`order_id`) REFERENCES `assopy_order` (`id`),
  FOREIGN KEY (`invoice_id`) REFERENCES `assopy_invoice` (`id`)
);

CREATE TABLE `assopy_invoice` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order_id` int NOT NULL,
  `code` varchar(20) NULL,
  `assopy_id` varchar(22) NULL,
  `emit_date` date NOT NULL,
  `payment_date` date NULL,
  `price` decimal(6,2) NOT NULL,
  `issuer` longtext NOT NULL,
  `customer` longtext NOT NULL,
  `html` longtext NOT NULL,
  `local_currency` varchar(3) NOT NULL,
  `vat_in_local_currency` decimal(6,2) NOT NULL,
  `exchange_rate` decimal(10,5) NOT NULL,
  `exchange_rate_date` date NOT NULL,
  `vat_id` int NOT NULL,
  `note` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`code`),
  UNIQUE KEY (`assopy_id`),
  FOREIGN KEY (`order_id`) REFERENCES `assopy_order` (`id`),
  FOREIGN KEY (`vat_id`) REFERENCES `assopy_vat` (`id`)
);

CREATE TABLE `conference_conference` (
  `code` varchar(10) NOT NULL,
  `name` varchar(100) NOT NULL,
  `cfp_start` date NULL,
  `cfp_end` date NULL,
  `conference_start` date NULL,
  `conference_end` date NULL,
  `voting_start` date NULL,
  `voting_end` date NULL,
  PRIMARY KEY (`code`)
);

CREATE TABLE `conference_multilingualcontent` (
  `id` int NOT NULL AUTO_INCREMENT,
  `content_type_id` int NOT NULL,
  `object_id` int UNSIGNED NOT NULL,
  `language` varchar(3) NOT NULL,
  `content` varchar(20) NOT NULL,
  `body` longtext NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `conference_attendeeprofile` (
  `user_id` int NOT NULL,
  `slug` varchar(50) NOT NULL,
  `uuid` varchar(6) NOT NULL,
  `image` varchar(100) NOT NULL,
  `birthday` date NULL,
  `is_minor` tinyint(1) NOT NULL,
  `phone` varchar(30) NOT NULL,
  `gender` varchar(1) NOT NULL,
  `personal_homepage` varchar(200) NOT NULL,
  `company` varchar(50) NOT NULL,
  `company_homepage` varchar(200) NOT NULL,
  `job_title` varchar(50) NOT NULL,
  `location` varchar(100) NOT NULL,
  `visibility` varchar(1) NOT NULL,
  PRIMARY KEY (`user_id`),
  UNIQUE KEY (`slug`),
  UNIQUE KEY (`uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `conference_speaker` (
  `user_id` int NOT NULL,
  PRIMARY KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `conference_talk` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` varchar(40) NOT NULL,
  `created_by_id` int NULL,
  `title` varchar(80) NOT NULL,
  `sub_title` varchar(1000) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `prerequisites` varchar(150) NOT NULL,
  `conference` varchar(20) NOT NULL,
  `admin_type` varchar(1) NOT NULL,
  `language` varchar(3) NOT NULL,
  `abstract_short` longtext NOT NULL,
  `abstract_extra` longtext NOT NULL,
  `availability` longtext NOT NULL,
  `slides` varchar(100) NOT NULL,
  `slides_url` varchar(200) NOT NULL,
  `repository_url` varchar(200) NOT NULL,
  `video_type` varchar(30) NOT NULL,
  `video_url` longtext NOT NULL,
  `video_file` varchar(100) NOT NULL,
  `teaser_video` varchar(200) NOT NULL,
  `status` varchar(8) NOT NULL,
  `level` varchar(12) NOT NULL,
  `training_available` tinyint(1) NOT NULL,
  `type` varchar(5) NOT NULL,
  `domain` varchar(20) NOT NULL,
  `domain_level` varchar(12) NOT NULL,
  `duration` int NOT NULL,
  `suggested_tags` varchar(100) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`slug`),
  FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `conference_talkspeaker` (
  `id` int NOT NULL AUTO_INCREMENT,
  `talk_id` int NOT NULL,
  `speaker_id` int NOT NULL,
  `helper` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`talk_id`) REFERENCES `conference_talk` (`id`),
  FOREIGN KEY (`speaker_id`) REFERENCES `conference_speaker` (`user_id`)
);

CREATE TABLE `conference_fare` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference` varchar(20) NOT NULL,
  `code` varchar(10) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `price` decimal(6,2) NOT NULL,
  `start_validity` date NULL,
  `end_validity` date NULL,
  `recipient_type` varchar(1) NOT NULL,
  `ticket_type` varchar(10) NOT NULL,
  `payment_type` varchar(1) NOT NULL,
  `blob` longtext NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `conference_ticket` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `name` varchar(60) NOT NULL,
  `fare_id` int NOT NULL,
  `frozen` tinyint(1) NOT NULL,
  `ticket_type` varchar(8) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`fare_id`) REFERENCES `conference_fare` (`id`)
);

CREATE TABLE `conference_sponsor` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sponsor` varchar(100) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `url` varchar(200) NOT NULL,
  `logo` varchar(100) NOT NULL,
  `alt_text` varchar(150) NOT NULL,
  `title_text` varchar(150) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `conference_schedule` (
  `id` int NOT NULL AUTO_INCREMENT,
  `conference` varchar(20) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `date` date NOT NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `conference_track` (
  `id` int NOT NULL AUTO_INCREMENT,
  `schedule_id` int NOT NULL,
  `track` varchar(20) NOT NULL,
  `title` longtext NOT NULL,
  `seats` int UNSIGNED NOT NULL,
  `order` int UNSIGNED NOT NULL,
  `translate` tinyint(1) NOT NULL,
  `outdoor` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`schedule_id`) REFERENCES `conference_schedule` (`id`)
);

CREATE TABLE `conference_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `schedule_id` int NOT NULL,
  `start_time` time(6) NOT NULL,
  `talk_id` int NULL,
  `custom` longtext NOT NULL,
  `abstract` longtext NOT NULL,
  `duration` int UNSIGNED NOT NULL,
  `tags` varchar(200) NOT NULL,
  `sponsor_id` int NULL,
  `video` varchar(1000) NOT NULL,
  `bookable` tinyint(1) NOT NULL,
  `seats` int UNSIGNED NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`schedule_id`) REFERENCES `conference_schedule` (`id`),
  FOREIGN KEY (`talk_id`) REFERENCES `conference_talk` (`id`),
  FOREIGN KEY (`sponsor_id`) REFERENCES `conference_sponsor` (`id`)
);

CREATE TABLE `conference_vototalk` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `talk_id` int NOT NULL,
  `vote` decimal(5,2) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`talk_id`) REFERENCES `conference_talk` (`id`)
);

CREATE TABLE `conference_stripepayment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `token` varchar(100) NOT NULL,
  `token_type` varchar(20) NOT NULL,
  `charge_id` varchar(100) NULL,
  `session_id` varchar(100) NULL,
  `email` varchar(255) NOT NULL,
  `user_id` int NOT NULL,
  `order_id` int NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `description` varchar(255) NOT NULL,
  `status` varchar(20) NOT NULL,
  `message` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`uuid`),
  FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  FOREIGN KEY (`order_id`) REFERENCES `assopy_order` (`id`)
);

CREATE TABLE `conference_conferencetag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `category` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`),
  UNIQUE KEY (`slug`)
);

CREATE TABLE `conference_conferencetaggeditem` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_id` int NOT NULL,
  `content_type_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tag_id`) REFERENCES `conference_conferencetag` (`id`)
);

CREATE TABLE `p3_speakerconference` (
  `id` int NOT NULL AUTO_INCREMENT,
  `speaker_id` int NOT NULL,
  `first_time` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`speaker_id`),
  FOREIGN KEY (`speaker_id`) REFERENCES `conference_speaker` (`user_id`)
);

CREATE TABLE `p3_ticketconference` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ticket_id` int NOT NULL,
  `shirt_size` varchar(5) NULL,
  `python_experience` int UNSIGNED NULL,
  `diet` varchar(10) NULL,
  `tagline` varchar(60) NOT NULL,
  `days` longtext NOT NULL,
  `badge_image` varchar(100) NULL,
  `assigned_to` varchar(254) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`ticket_id`),
  FOREIGN KEY (`ticket_id`) REFERENCES `conference_ticket` (`id`)
);

CREATE TABLE `p3_p3profile` (
  `profile_id` int NOT NULL,
  `tagline` varchar(60) NOT NULL,
  `twitter` varchar(80) NOT NULL,
  `image_gravatar` tinyint(1) NOT NULL,
  `image_url` varchar(500) NOT NULL,
  `country` varchar(2) NOT NULL,
  `spam_recruiting` tinyint(1) NOT NULL,
  `spam_user_message` tinyint(1) NOT NULL,
  `spam_sms` tinyint(1) NOT NULL,
  PRIMARY KEY (`profile_id`),
  FOREIGN KEY (`profile_id`) REFERENCES `conference_attendeeprofile` (`user_id`)
);
