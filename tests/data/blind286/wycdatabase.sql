-- WYC Database v2 (Washington Yacht Club, the student-run sailing club of the University of Washington, Seattle):
-- member records, lessons and sign-ups, sailing ratings, boat checkouts with crew and guests, keelboat calendar
-- bookings, officers and positions, the Saturday Night Crew (snc) sign-ups, dues payments, renewal
-- questionnaires, OTP login codes, door codes, wind log.
-- Upstream: github.com/washingtonyachtclub/wyc-database-v2, commit 9303914bf1bdb6ee35373a5e015eed1d4fa6a5ac,
-- src/db/schema.ts (Drizzle ORM, MySQL; GPL-3.0). The Drizzle tables are written as the MySQL DDL they describe,
-- in file order and with every table; column order, types, NOT NULL, defaults, auto-increment, primary, unique and
-- index keys as declared. Seven column names that schema.ts spells in another case (MySQL column names are
-- case-insensitive) take the spelling of the live database from drizzle/meta/0000_snapshot.json (drizzle-kit pull):
-- calendartable.memberWYCNumber, numFullWD, numHalfWD, numFullWE, numHalfWE; snc.boat1pref, boat2pref.
-- The legacy database declares no foreign keys.

CREATE TABLE `WYCDatabase` (
  `Last` char(50),
  `First` char(50),
  `StreetAddress` char(100),
  `City` char(50),
  `State` char(20),
  `ZipCode` char(10),
  `Phone1` char(50),
  `Phone2` char(50),
  `Email` char(50),
  `Category` int,
  `WYCNumber` int NOT NULL DEFAULT 0,
  `ExpireQtr` int NOT NULL DEFAULT 0,
  `StudentID` int,
  `password` char(50),
  `password_argon2` varchar(255),
  `out_to_sea` tinyint DEFAULT 0,
  `JoinDate` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `image_name` char(50),
  PRIMARY KEY (`WYCNumber`),
  UNIQUE KEY `IDX_WYCNumber` (`WYCNumber`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boat_types` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `type` varchar(80),
  `description` varchar(500) NOT NULL,
  `usefulLink` varchar(100) NOT NULL,
  `fleet` varchar(80) NOT NULL,
  `numberInFleet` int NOT NULL,
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calendaradmin` (
  `wycnum` int NOT NULL,
  `description` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calendarboats` (
  `cBoatId` int NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `Description` varchar(500) NOT NULL,
  PRIMARY KEY (`cBoatId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calendarcomment` (
  `id` int NOT NULL,
  `userwyc` int NOT NULL,
  `date` datetime NOT NULL,
  `comment` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calendarconfig` (
  `wacip` varchar(15) NOT NULL,
  `ipdescription` varchar(255) NOT NULL,
  PRIMARY KEY (`wacip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `calendartable` (
  `id` int NOT NULL AUTO_INCREMENT,
  `cBoatId` int NOT NULL,
  `memberWYCNumber` int NOT NULL,
  `reserveFrom` datetime NOT NULL,
  `reserveTo` datetime NOT NULL,
  `destination` varchar(255) NOT NULL,
  `numberOfCrew` int NOT NULL,
  `comments` varchar(255),
  `phone` varchar(45) NOT NULL,
  `numFullWD` int NOT NULL,
  `numHalfWD` int NOT NULL,
  `numFullWE` int NOT NULL,
  `numHalfWE` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checkouts` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `WYCNumber` int NOT NULL,
  `TimeDeparture` datetime NOT NULL,
  `Crew` text NOT NULL,
  `Boat` varchar(50) NOT NULL,
  `Destination` varchar(100) NOT NULL,
  `TimeReturn` datetime,
  `ExpectedReturn` datetime NOT NULL,
  `RelevantRating` int,
  `ChiefID` int,
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `class_type` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `text` varchar(80),
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crew` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `checkout_ID` int NOT NULL,
  `crew_ID` int NOT NULL,
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guests` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `checkout_ID` int NOT NULL,
  `name` varchar(20),
  `status` int NOT NULL,
  `email` varchar(20),
  `phone` varchar(15),
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keelboat_pricing` (
  `price` float NOT NULL,
  `weekday` int NOT NULL,
  `fullday` int NOT NULL,
  `student` int NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lesson_quarter` (
  `_index` int unsigned NOT NULL AUTO_INCREMENT,
  `quarter` int unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lessons` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `type` int,
  `subtype` varchar(80),
  `day` varchar(80),
  `time` varchar(80),
  `dates` text,
  `CalendarDate` date NOT NULL,
  `instructor1` int,
  `instructor2` int,
  `comments` blob,
  `requirements` text,
  `location` varchar(80),
  `location_url` varchar(255),
  `size` int,
  `expire` int,
  `display` tinyint NOT NULL DEFAULT 0,
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lesson_sessions` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `lesson_id` int NOT NULL,
  `starts_at` datetime NOT NULL,
  `ends_at` datetime NOT NULL,
  `all_day` tinyint NOT NULL DEFAULT 0,
  PRIMARY KEY (`_index`),
  KEY `lesson_id_idx` (`lesson_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memcat` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `text` varchar(50),
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `noyes` (
  `_index` tinyint NOT NULL DEFAULT 0,
  `text` char(10),
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `officers` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `member` int,
  `position` int,
  `active` tinyint NOT NULL DEFAULT 1,
  PRIMARY KEY (`_index`),
  UNIQUE KEY `_index` (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `options` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `name` varchar(80),
  `value` varchar(250),
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pos_priv_map` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `position` int,
  `priv` int,
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pos_type` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `text` char(50),
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `positions` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL DEFAULT '',
  `sortorder` int,
  `is_dues_exempt` tinyint DEFAULT 0,
  `type` int,
  `bookmark` varchar(50),
  `job_desc` varchar(50),
  `active` tinyint NOT NULL DEFAULT 0,
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `priority_types` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `priority` varchar(25) NOT NULL DEFAULT '',
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privs` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `name` char(10),
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quarters` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `text` char(50),
  `school` char(50),
  `endDate` date,
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ratings` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `text` char(50),
  `type` varchar(10) NOT NULL,
  `degree` int NOT NULL,
  `expires` tinyint NOT NULL DEFAULT 0,
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recip` (
  `club_name` varchar(50),
  `website` varchar(50),
  `recip_url` varchar(75),
  `location` varchar(2000),
  `lat_long` varchar(100),
  `length_stay` varchar(2000),
  `procedures` varchar(2000),
  `amenities` varchar(2000),
  `image` varchar(100),
  `image_next` varchar(100),
  `club_id` varchar(2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `session` varchar(80),
  `userid` int,
  `time` varchar(80),
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signups` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `class` int NOT NULL DEFAULT 0,
  `student` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`_index`),
  KEY `class` (`class`),
  UNIQUE KEY `uq_class_student` (`class`, `student`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `snc` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `quarter` int,
  `member` int,
  `member_dinner` int,
  `member_lunch1` int,
  `member_lunch2` int,
  `guest1_name` char(100),
  `guest1_dinner` int,
  `guest1_lunch1` int,
  `guest1_lunch2` int,
  `guest2_name` char(100),
  `guest2_dinner` int,
  `guest2_lunch1` int,
  `guest2_lunch2` int,
  `boat1pref` char(100),
  `boat2pref` char(100),
  `rating_sh` int,
  `rating_dh` int,
  `rating_kb` int,
  `is_lock_veteran` tinyint,
  `friends` char(100),
  `duties` int,
  `guest1_child` tinyint,
  `guest2_child` tinyint,
  `transpt` tinyint DEFAULT 0,
  `payment_confirm` int NOT NULL,
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `snc_food` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `text` char(50),
  `is_allowed` tinyint,
  `is_dinner` tinyint,
  `cost` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `snc_work` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `text` char(50),
  `is_allowed` tinyint,
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wyc_ratings` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `member` int,
  `rating` int,
  `date` date,
  `examiner` int,
  `entered_by` int,
  `entered_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `comments` varchar(255),
  PRIMARY KEY (`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `processed_form_entries` (
  `entry_id` int NOT NULL,
  `wyc_number` int,
  `processed_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`entry_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `otp_codes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `wyc_number` int NOT NULL,
  `channel` enum('email', 'sms') NOT NULL,
  `purpose` varchar(32) NOT NULL,
  `destination` varchar(255) NOT NULL,
  `code_hash` varchar(255) NOT NULL,
  `expires_at` timestamp NOT NULL,
  `attempts` int NOT NULL DEFAULT 0,
  `max_attempts` int NOT NULL DEFAULT 5,
  `consumed_at` timestamp NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_otp_lookup` (`wyc_number`, `channel`, `purpose`, `created_at`),
  KEY `idx_otp_expires` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `door_codes` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `slug` varchar(32) NOT NULL,
  `name` varchar(64) NOT NULL,
  `code` varchar(32) NOT NULL DEFAULT '',
  `updated_at` datetime,
  `updated_by` int,
  PRIMARY KEY (`_index`),
  UNIQUE KEY `uq_door_codes_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_payments` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `wyc_number` int NOT NULL,
  `square_payment_id` varchar(255),
  `square_order_id` varchar(255),
  `amount_cents` int NOT NULL,
  `currency` char(3) NOT NULL DEFAULT 'USD',
  `tier` varchar(20) NOT NULL,
  `duration` varchar(20) NOT NULL,
  `prev_expire_qtr` int NOT NULL,
  `new_expire_qtr` int NOT NULL,
  `status` varchar(20) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`_index`),
  KEY `idx_membership_payments_wyc` (`wyc_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dues_exemption_requests` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `wyc_number` int NOT NULL,
  `requested_expire_qtr` int NOT NULL,
  `status` varchar(20) NOT NULL,
  `payment_id` int,
  `decided_by` int,
  `decided_at` timestamp NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`_index`),
  KEY `idx_dues_exemption_requests_wyc` (`wyc_number`),
  KEY `idx_dues_exemption_requests_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `renewal_questionnaire` (
  `_index` int NOT NULL AUTO_INCREMENT,
  `wyc_number` int NOT NULL,
  `quarter` int NOT NULL,
  `uw_status` varchar(20) NOT NULL,
  `plus_one_response` varchar(30) NOT NULL,
  `status` varchar(20) NOT NULL,
  `source` varchar(20) NOT NULL,
  `request_id` int,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`_index`),
  KEY `idx_renewal_questionnaire_wyc` (`wyc_number`),
  KEY `idx_renewal_questionnaire_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wyc_wind` (
  `index` int NOT NULL,
  `DateTime` datetime NOT NULL,
  `wind_speed` double NOT NULL,
  `wind_gust` double NOT NULL,
  `wind_direction` varchar(2) NOT NULL,
  PRIMARY KEY (`index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
