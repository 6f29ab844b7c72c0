-- DMS Calendar (Dallas Makerspace's class and event calendar: classes with instructors as contacts, registrations,
-- honoraria, W-9 forms, prerequisites, rooms, tools), github.com/Dallas-Makerspace/calendar at commit
-- 28806653d26f840f9c8aeee83128464cf356987c (BSD-3-Clause).
-- From config/Migrations/schema-dump-default.lock (the CakePHP Migrations snapshot of the schema after the migrations,
-- PHP-serialised Cake\Database\Schema\TableSchema objects: column order, types, lengths, nulls, defaults, primary
-- keys, collations), written as MySQL by a script, plus the two `events` columns that
-- 20231108194647_AddInstructorNotificationsPerEvent.php adds after the snapshot was taken. Phinx types: integer with
-- limit n -> int(n), boolean -> tinyint(1), TEXT_TINY -> tinytext. Upstream declares no foreign keys and no other
-- indexes (the model classes link contact_id, event_id, committee_id, room_id, ... in code only). Every table is kept
-- (the snapshot's 17; phinxlog, the migrations' own log, is not in it).

CREATE TABLE `calendar_super_configurations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` tinytext NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `categories_events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `category_id` int(11) NOT NULL,
  `event_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `committees` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `configurations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `value` int(11) NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `contacts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `ad_username` varchar(255) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `w9_on_file` tinyint(1) NOT NULL DEFAULT 0,
  `blacklisted` tinyint(1) DEFAULT 0,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `short_description` varchar(250) NOT NULL,
  `long_description` text DEFAULT NULL,
  `advisories` text DEFAULT NULL,
  `event_start` datetime NOT NULL,
  `event_end` datetime NOT NULL,
  `booking_start` datetime NOT NULL,
  `booking_end` datetime NOT NULL,
  `cost` decimal(15,2) NOT NULL,
  `eventbrite_link` varchar(255) DEFAULT NULL,
  `free_spaces` int(11) NOT NULL,
  `paid_spaces` int(11) NOT NULL,
  `members_only` tinyint(1) NOT NULL DEFAULT 0,
  `age_restriction` int(3) NOT NULL DEFAULT 0,
  `attendees_require_approval` tinyint(1) NOT NULL DEFAULT 0,
  `attendee_cancellation` datetime NOT NULL,
  `extend_registration` int(11) NOT NULL DEFAULT 0,
  `class_number` int(1) NOT NULL DEFAULT 0,
  `sponsored` tinyint(1) NOT NULL DEFAULT 0,
  `status` varchar(20) NOT NULL DEFAULT 'pending',
  `room_id` int(11) DEFAULT NULL,
  `contact_id` int(11) NOT NULL,
  `fulfills_prerequisite_id` int(11) DEFAULT NULL,
  `requires_prerequisite_id` int(11) DEFAULT NULL,
  `part_of_id` int(11) DEFAULT NULL,
  `copy_of_id` int(11) DEFAULT NULL,
  `rejected_by` varchar(100) DEFAULT NULL,
  `rejection_reason` varchar(250) DEFAULT NULL,
  `created_by` varchar(255) NOT NULL,
  `cancel_notification` tinyint(1) NOT NULL DEFAULT 0,
  `reminder_notification` tinyint(1) NOT NULL DEFAULT 0,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  `notifyInstructorRegistrations` tinyint(1) NOT NULL DEFAULT 0,
  `notifyInstructorCancellations` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events_tools` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tool_id` int(11) NOT NULL,
  `event_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `files` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file` varchar(255) NOT NULL,
  `dir` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `event_id` int(11) NOT NULL,
  `private` tinyint(1) DEFAULT 0,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `honoraria` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `pay_contact` int(11) DEFAULT NULL,
  `committee_id` int(11) DEFAULT NULL,
  `paid` int(11) DEFAULT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` text DEFAULT NULL,
  `user` varchar(200) DEFAULT NULL,
  `ip_address` varchar(100) DEFAULT NULL,
  `date_time` datetime DEFAULT NULL,
  `url` varchar(200) DEFAULT NULL,
  `controller` varchar(150) DEFAULT NULL,
  `model` varchar(150) DEFAULT NULL,
  `action` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `prerequisites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `ad_group` varchar(100) NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `registrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `type` varchar(255) NOT NULL,
  `name` varchar(100) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(15) DEFAULT NULL,
  `ad_username` varchar(255) DEFAULT NULL,
  `send_text` tinyint(1) NOT NULL DEFAULT 0,
  `edit_key` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `attended` tinyint(1) NOT NULL DEFAULT 0,
  `ad_assigned` tinyint(1) NOT NULL DEFAULT 0,
  `transaction_id` varchar(255) DEFAULT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `rooms` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `exclusive` tinyint(1) NOT NULL DEFAULT 1,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tools` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `w9s` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_id` int(11) NOT NULL,
  `vendor_id` int(11) DEFAULT NULL,
  `file` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `dir` varchar(255) DEFAULT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
