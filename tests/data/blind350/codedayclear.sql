-- CodeDay Clear (clear-php): CodeDay's (formerly StudentRND) registration and event-management system for its
-- student hackathons (CodeDay) in many cities.
-- Upstream: github.com/codeday/clear-php, commit 298a55313f859528ffe609adc9e22048d8814e06 (2022-08-22),
-- Artistic License 2.0 (LICENSE.txt).
-- Made by replaying all 96 Laravel 5.1 migrations of database/migrations/ in file order into MariaDB 10.11 through
-- a small stand-in for Laravel 5.1's schema builder (MySQL grammar: string -> varchar(255), increments -> int
-- unsigned auto_increment primary key, timestamps -> two timestamp columns, softDeletes -> nullable deleted_at,
-- float -> double(8, 2), binary -> blob, foreign keys named <table>_<column>_foreign; DB::statement run as written;
-- data migrations find no rows), read back with SHOW CREATE TABLE (foreign-key order). All 34 tables kept.

CREATE TABLE `agreements` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `html` longtext DEFAULT NULL,
  `markdown` longtext DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `applications` (
  `public` varchar(255) NOT NULL,
  `private` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `permission_admin` tinyint(1) NOT NULL,
  `permission_internal` tinyint(1) NOT NULL,
  `admin_username` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`public`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `applications_webhooks` (
  `id` varchar(255) NOT NULL,
  `application_id` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `event` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `applications_webhooks_application_id_foreign` (`application_id`),
  CONSTRAINT `applications_webhooks_application_id_foreign` FOREIGN KEY (`application_id`) REFERENCES `applications` (`public`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `bans` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `expires_at` date DEFAULT NULL,
  `reason` enum('harassment','drugs','weapons','codeofconduct','chargeback','noshow','young','old','recruiter','other') NOT NULL,
  `details` text NOT NULL,
  `created_by_username` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `is_loaded` tinyint(1) NOT NULL,
  `starts_at` datetime NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `allow_registrations` tinyint(1) NOT NULL DEFAULT 0,
  `reminder_email_sent_at` datetime DEFAULT NULL,
  `preevent_email_sent_at` datetime DEFAULT NULL,
  `venue_reminder_email_sent_at` datetime DEFAULT NULL,
  `venue_postevent_email_sent_at` datetime DEFAULT NULL,
  `survey_email_sent_at` datetime DEFAULT NULL,
  `news` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `regions` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `abbr` varchar(255) NOT NULL,
  `lat` double(8,2) NOT NULL,
  `lng` double(8,2) NOT NULL,
  `timezone` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `ground_days_in_transit` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events` (
  `id` varchar(255) NOT NULL,
  `region_id` varchar(255) NOT NULL,
  `batch_id` varchar(255) NOT NULL,
  `allow_registrations` tinyint(1) NOT NULL DEFAULT 0,
  `registration_estimate` int(10) unsigned DEFAULT NULL,
  `max_registrations` int(10) unsigned DEFAULT NULL,
  `venue_name` varchar(255) DEFAULT NULL,
  `venue_address_1` varchar(255) DEFAULT NULL,
  `venue_address_2` varchar(255) DEFAULT NULL,
  `venue_city` varchar(255) DEFAULT NULL,
  `venue_state` varchar(255) DEFAULT NULL,
  `venue_postal` varchar(255) DEFAULT NULL,
  `venue_country` varchar(255) DEFAULT NULL,
  `venue_contact_first_name` varchar(255) DEFAULT NULL,
  `venue_contact_last_name` varchar(255) DEFAULT NULL,
  `venue_contact_email` varchar(255) DEFAULT NULL,
  `venue_contact_phone` varchar(255) DEFAULT NULL,
  `manager_username` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `custom_css` text DEFAULT NULL,
  `evangelist_username` varchar(255) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `ship_name` varchar(255) DEFAULT NULL,
  `ship_company` varchar(255) DEFAULT NULL,
  `ship_address_1` varchar(255) DEFAULT NULL,
  `ship_address_2` varchar(255) DEFAULT NULL,
  `ship_city` varchar(255) DEFAULT NULL,
  `ship_state` varchar(255) DEFAULT NULL,
  `ship_postal` varchar(255) DEFAULT NULL,
  `ship_country` varchar(255) DEFAULT NULL,
  `ship_is_residential` tinyint(1) NOT NULL,
  `ship_for` int(11) DEFAULT NULL,
  `allow_waitlist_signups` tinyint(1) NOT NULL DEFAULT 1,
  `hide_default_workshops` tinyint(1) NOT NULL DEFAULT 0,
  `name_override` varchar(255) DEFAULT NULL,
  `abbr_override` varchar(255) DEFAULT NULL,
  `webname_override` varchar(255) DEFAULT NULL,
  `overflow_for_id` varchar(255) DEFAULT NULL,
  `preevent_additional` text DEFAULT NULL,
  `notice` varchar(255) DEFAULT NULL,
  `public_notes` text DEFAULT NULL,
  `support_destination` varchar(255) DEFAULT NULL,
  `agreement_id` int(10) unsigned DEFAULT NULL,
  `agreement_signing_id` varchar(255) DEFAULT NULL,
  `agreement_signed_url` varchar(255) DEFAULT NULL,
  `hide_meals` tinyint(1) NOT NULL DEFAULT 0,
  `shipstation_id` varchar(255) DEFAULT NULL,
  `waiver_id` varchar(255) NOT NULL,
  `price_earlybird` double(8,2) NOT NULL,
  `price_regular` double(8,2) NOT NULL,
  `coach_username` varchar(255) DEFAULT NULL,
  `spotify_access_token` varchar(255) DEFAULT NULL,
  `spotify_refresh_token` varchar(255) DEFAULT NULL,
  `loaners_available` int(11) NOT NULL DEFAULT 0,
  `venue_agreement` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `batches_events_region_id_foreign` (`region_id`),
  KEY `batches_events_batch_id_foreign` (`batch_id`),
  CONSTRAINT `batches_events_batch_id_foreign` FOREIGN KEY (`batch_id`) REFERENCES `batches` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `batches_events_region_id_foreign` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events_activities` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batches_event_id` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `type` enum('workshop','speech','event','internal') DEFAULT NULL,
  `time` decimal(4,2) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `batches_events_activities_batches_event_id_foreign` (`batches_event_id`),
  CONSTRAINT `batches_events_activities_batches_event_id_foreign` FOREIGN KEY (`batches_event_id`) REFERENCES `batches_events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events_announcements` (
  `id` varchar(255) NOT NULL,
  `body` text NOT NULL,
  `urgency` int(11) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `creator_username` varchar(255) NOT NULL,
  `batches_event_id` varchar(255) NOT NULL,
  `cta` varchar(255) DEFAULT NULL,
  `link` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events_calls` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batches_event_id` varchar(255) NOT NULL,
  `transcript` text NOT NULL,
  `creator_username` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events_flights` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batches_event_id` varchar(255) NOT NULL,
  `airline` varchar(255) NOT NULL,
  `flight_number` varchar(255) NOT NULL,
  `confirmation_code` varchar(255) NOT NULL,
  `from_airport` varchar(255) NOT NULL,
  `departs_at` datetime NOT NULL,
  `to_airport` varchar(255) NOT NULL,
  `arrives_at` datetime NOT NULL,
  `direction` enum('to','from') NOT NULL,
  `traveler_username` varchar(255) NOT NULL,
  `checkin_reminder_sent_at` datetime NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events_promotions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batches_event_id` varchar(255) NOT NULL,
  `code` varchar(255) NOT NULL,
  `notes` text NOT NULL,
  `percent_discount` decimal(5,2) DEFAULT NULL,
  `expires_at` date DEFAULT NULL,
  `allowed_uses` int(11) DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `created_by_user` varchar(255) DEFAULT NULL,
  `type` enum('student','volunteer','mentor','teacher','sponsor','vip','press') DEFAULT NULL,
  `force_price` decimal(5,2) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `batches_events_promotions_batches_event_id_foreign` (`batches_event_id`),
  CONSTRAINT `batches_events_promotions_batches_event_id_foreign` FOREIGN KEY (`batches_event_id`) REFERENCES `batches_events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events_registrations` (
  `id` varchar(255) NOT NULL,
  `batches_event_id` varchar(255) NOT NULL,
  `stripe_id` varchar(255) DEFAULT NULL,
  `amount_paid` decimal(5,2) NOT NULL,
  `batches_events_promotion_id` int(10) unsigned DEFAULT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `age` int(11) DEFAULT NULL,
  `share_with_sponsors` tinyint(1) NOT NULL,
  `is_checked_in` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `checked_in_at` datetime DEFAULT NULL,
  `amount_refunded` decimal(5,2) NOT NULL DEFAULT 0.00,
  `is_earlybird_pricing` tinyint(1) NOT NULL,
  `parent_name` varchar(255) DEFAULT NULL,
  `parent_email` varchar(255) DEFAULT NULL,
  `parent_phone` varchar(255) DEFAULT NULL,
  `parent_secondary_phone` varchar(255) DEFAULT NULL,
  `type` enum('student','volunteer','mentor','judge','teacher','sponsor','vip','press') DEFAULT NULL,
  `parent_no_info` tinyint(1) NOT NULL DEFAULT 0,
  `waiver_signing_id` varchar(255) DEFAULT NULL,
  `waiver_pdf_link` varchar(255) DEFAULT NULL,
  `waiver_signing_link` varchar(255) DEFAULT NULL,
  `profile_image` varchar(255) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `break_started_at` datetime DEFAULT NULL,
  `phone` text DEFAULT NULL,
  `request_loaner` tinyint(1) NOT NULL DEFAULT 0,
  `tax_paid` decimal(5,2) NOT NULL DEFAULT 0.00,
  PRIMARY KEY (`id`),
  KEY `batches_events_registrations_batches_event_id_foreign` (`batches_event_id`),
  KEY `batches_events_registrations_batches_events_promotion_id_foreign` (`batches_events_promotion_id`),
  CONSTRAINT `batches_events_registrations_batches_event_id_foreign` FOREIGN KEY (`batches_event_id`) REFERENCES `batches_events` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `batches_events_registrations_batches_events_promotion_id_foreign` FOREIGN KEY (`batches_events_promotion_id`) REFERENCES `batches_events_promotions` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events_registrations_devices` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batches_events_registration_id` varchar(255) NOT NULL,
  `token` text NOT NULL,
  `service` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events_registrations_equipment` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batches_events_registration_id` varchar(255) NOT NULL,
  `equipment_id` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events_speciallinks` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batches_event_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `new_window` tinyint(1) NOT NULL DEFAULT 0,
  `location` enum('header') NOT NULL DEFAULT 'header',
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events_sponsors` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batches_event_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `logo` longblob DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `blurb` varchar(255) NOT NULL,
  `perk` text DEFAULT NULL,
  `amount` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `batches_events_sponsors_batches_event_id_foreign` (`batches_event_id`),
  CONSTRAINT `batches_events_sponsors_batches_event_id_foreign` FOREIGN KEY (`batches_event_id`) REFERENCES `batches_events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events_supportcalls` (
  `call_sid` varchar(255) NOT NULL,
  `caller` varchar(255) NOT NULL,
  `batches_event_id` varchar(255) NOT NULL,
  `answered_by_username` varchar(255) DEFAULT NULL,
  `batches_events_registration_id` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_events_waitlist` (
  `id` varchar(255) NOT NULL,
  `batches_event_id` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `offer_sent_at` datetime DEFAULT NULL,
  `offer_expires_at` datetime DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  KEY `batches_events_waitlist_batches_event_id_foreign` (`batches_event_id`),
  CONSTRAINT `batches_events_waitlist_batches_event_id_foreign` FOREIGN KEY (`batches_event_id`) REFERENCES `batches_events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `batches_supplies` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batch_id` varchar(255) DEFAULT NULL,
  `batches_event_id` varchar(255) DEFAULT NULL,
  `item` varchar(255) NOT NULL,
  `type` enum('perbox','perparticipant','inventory') NOT NULL,
  `quantity` decimal(10,2) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `sku` varchar(255) NOT NULL,
  `weight` decimal(5,2) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `batches_supplies_batch_id_foreign` (`batch_id`),
  KEY `batches_supplies_batches_event_id_foreign` (`batches_event_id`),
  CONSTRAINT `batches_supplies_batch_id_foreign` FOREIGN KEY (`batch_id`) REFERENCES `batches` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `batches_supplies_batches_event_id_foreign` FOREIGN KEY (`batches_event_id`) REFERENCES `batches_events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `cronjobs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `class` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `emails_sent` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `to` enum('me','attendees','nonreturning-attendees','notify','notify-unreg') NOT NULL,
  `from` enum('me','manager','codeday') NOT NULL,
  `subject` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `batches_event_id` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `is_marketing` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `emails_sent_batches_event_id_foreign` (`batches_event_id`),
  CONSTRAINT `emails_sent_batches_event_id_foreign` FOREIGN KEY (`batches_event_id`) REFERENCES `batches_events` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `email_templates` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `to` enum('me','attendees','nonreturning-attendees','notify','notify-unreg') NOT NULL,
  `from` enum('me','manager','codeday') NOT NULL,
  `subject` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `is_marketing` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `evangelist_sms` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `content` varchar(255) NOT NULL,
  `hours_offset` double(8,2) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `evangelist_sms_sent` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `evangelist_sms_id` int(10) unsigned NOT NULL,
  `batches_event_id` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `failed_jobs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` text NOT NULL,
  `failed_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `giftcards` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `batches_events_registration_id` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `notify` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batches_event_id` varchar(255) DEFAULT NULL,
  `region_id` varchar(255) DEFAULT NULL,
  `batch_id` varchar(255) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notify_batches_event_id_foreign` (`batches_event_id`),
  KEY `notify_region_id_foreign` (`region_id`),
  KEY `notify_batch_id_foreign` (`batch_id`),
  CONSTRAINT `notify_batch_id_foreign` FOREIGN KEY (`batch_id`) REFERENCES `batches` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `notify_batches_event_id_foreign` FOREIGN KEY (`batches_event_id`) REFERENCES `batches_events` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `notify_region_id_foreign` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `saved_queries` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `sql` text NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `transactional_emails` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `batches_events_registration_id` varchar(255) NOT NULL,
  `email_id` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `unsubscribes` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `type` enum('marketing','all') NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `users` (
  `username` varchar(255) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `logged_in_at` datetime DEFAULT NULL,
  `is_certified_evangelist` tinyint(1) NOT NULL DEFAULT 0,
  `sms_optout` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `users_grants` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `batches_event_id` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `users_oauth_tokens` (
  `user_username` varchar(255) NOT NULL,
  `application_token` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `access_token` varchar(255) NOT NULL,
  `access_token_used` tinyint(1) NOT NULL,
  `scopes` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  PRIMARY KEY (`access_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

