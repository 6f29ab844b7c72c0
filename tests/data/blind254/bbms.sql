-- BBMS — Build Brighton Membership System (members and their profiles and addresses, RFID key fobs, door and
-- equipment access log, inductions/training, subscription charges and payments, storage boxes, roles/teams,
-- equipment and its usage log, expenses, proposals and votes, notifications, access-control nodes, devices
-- detected on the space's network, audit log, settings).
-- Upstream: github.com/ArthurGuy/BBMembershipSystem, commit d686bf6d40ea39dd0493d787d4982909e3330fb2 (GPL-3.0).
-- Made by replaying the 44 Laravel migrations of database/migrations/ in order (their up() methods) into a
-- scratch MariaDB 10.11 database with Debian's Illuminate Database 8.83 schema builder (upstream runs Laravel 5.1;
-- the builder's output differs only in `timestamps()` being nullable), and writing each table with SHOW CREATE
-- TABLE; the role rows and user updates the migrations insert were not replayed (data). Tables are in the order
-- the migrations create them (`devices`, renamed `acs_nodes` by a later migration, at its creation);
-- `migrations` is Laravel's own bookkeeping table, as Laravel 5.1's migrator creates it. No table was left out.
-- Laravel declares no foreign keys here: the `*_id` columns are plain integers.

CREATE TABLE `users` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `hash` varchar(50) DEFAULT NULL,
  `given_name` varchar(100) NOT NULL,
  `family_name` varchar(100) NOT NULL,
  `import_match_string` varchar(50) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `slack_username` varchar(255) DEFAULT NULL,
  `email_verified` tinyint(1) NOT NULL,
  `secondary_email` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `phone` varchar(20) NOT NULL,
  `emergency_contact` varchar(250) DEFAULT NULL,
  `notes` varchar(255) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `founder` tinyint(1) NOT NULL,
  `status` varchar(20) NOT NULL,
  `trusted` tinyint(1) NOT NULL,
  `key_holder` tinyint(1) NOT NULL,
  `key_deposit_payment_id` int(11) DEFAULT NULL,
  `storage_box_payment_id` int(11) DEFAULT NULL,
  `induction_completed` tinyint(1) NOT NULL,
  `inducted_by` int(11) DEFAULT NULL,
  `payment_method` varchar(20) DEFAULT NULL,
  `secondary_payment_method` varchar(20) DEFAULT NULL,
  `payment_day` int(11) NOT NULL,
  `monthly_subscription` int(11) DEFAULT NULL,
  `subscription_id` varchar(128) DEFAULT NULL,
  `mandate_id` varchar(255) DEFAULT NULL,
  `gocardless_setup_id` varchar(255) DEFAULT NULL,
  `last_subscription_payment` date DEFAULT NULL,
  `subscription_expires` date DEFAULT NULL,
  `cash_balance` int(11) NOT NULL DEFAULT 0,
  `profile_private` tinyint(1) NOT NULL,
  `banned` tinyint(1) NOT NULL DEFAULT 0,
  `banned_reason` varchar(255) DEFAULT NULL,
  `banned_date` date DEFAULT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  `rules_agreed` datetime DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `inductions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `key` varchar(255) NOT NULL,
  `paid` tinyint(1) NOT NULL,
  `payment_id` int(11) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `trained` datetime DEFAULT NULL,
  `trainer_user_id` int(11) NOT NULL,
  `is_trainer` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `payments` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `reason` varchar(20) NOT NULL,
  `reference` varchar(50) DEFAULT NULL,
  `source` varchar(20) NOT NULL,
  `source_id` varchar(255) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `amount` double(10,2) NOT NULL,
  `fee` double(10,2) NOT NULL,
  `amount_minus_fee` double(10,2) NOT NULL,
  `status` varchar(20) NOT NULL,
  `paid_at` datetime NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `payments_status_index` (`status`),
  KEY `payments_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `password_reminders` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL,
  KEY `password_reminders_email_index` (`email`),
  KEY `password_reminders_token_index` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `key_fobs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `key_id` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `lost` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `access_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `key_fob_id` int(11) NOT NULL,
  `response` varchar(5) NOT NULL,
  `service` varchar(50) NOT NULL,
  `delayed` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `audit_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `admin_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `action` varchar(50) NOT NULL,
  `description` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `storage_boxes` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `size` varchar(10) NOT NULL,
  `user_id` int(11) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `roles` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `email_public` varchar(255) DEFAULT NULL,
  `email_private` varchar(255) DEFAULT NULL,
  `slack_channel` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `role_user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `role_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `role_user_role_id_index` (`role_id`),
  KEY `role_user_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `profile_data` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `twitter` varchar(50) DEFAULT NULL,
  `facebook` varchar(50) DEFAULT NULL,
  `google_plus` varchar(50) DEFAULT NULL,
  `github` varchar(50) DEFAULT NULL,
  `irc` varchar(50) DEFAULT NULL,
  `website` varchar(10) DEFAULT NULL,
  `tagline` varchar(250) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `skills_array` varchar(250) DEFAULT NULL,
  `profile_photo` tinyint(1) NOT NULL,
  `profile_photo_private` tinyint(1) NOT NULL,
  `new_profile_photo` tinyint(1) NOT NULL,
  `profile_photo_on_wall` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `equipment_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `key_fob_id` int(11) NOT NULL,
  `device` varchar(50) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `started` datetime DEFAULT NULL,
  `last_update` datetime DEFAULT NULL,
  `finished` datetime DEFAULT NULL,
  `removed` tinyint(1) NOT NULL,
  `billed` tinyint(1) NOT NULL,
  `processed` tinyint(1) NOT NULL,
  `reason` varchar(20) NOT NULL,
  `notes` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `proposals` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `votes_cast` int(11) NOT NULL,
  `votes_for` int(11) NOT NULL,
  `votes_against` int(11) NOT NULL,
  `abstentions` int(11) NOT NULL,
  `quorum` tinyint(1) NOT NULL,
  `result` int(11) NOT NULL,
  `processed` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `proposal_votes` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `proposal_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `vote` int(11) DEFAULT NULL,
  `abstain` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `acs_nodes` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `device_id` varchar(30) NOT NULL,
  `queued_command` varchar(100) DEFAULT NULL,
  `monitor_heartbeat` tinyint(1) NOT NULL,
  `entry_device` tinyint(1) NOT NULL DEFAULT 0,
  `api_key` varchar(255) DEFAULT NULL,
  `last_boot` datetime DEFAULT NULL,
  `last_heartbeat` datetime DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `user_address` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `line_1` varchar(100) DEFAULT NULL,
  `line_2` varchar(100) DEFAULT NULL,
  `line_3` varchar(100) DEFAULT NULL,
  `line_4` varchar(100) DEFAULT NULL,
  `postcode` varchar(10) DEFAULT NULL,
  `approved` tinyint(1) NOT NULL,
  `hash` varchar(50) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `subscription_charge` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `charge_date` date NOT NULL,
  `payment_date` date NOT NULL,
  `amount` int(11) NOT NULL,
  `status` enum('pending','due','processing','paid','cancelled') NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `equipment` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `manufacturer` varchar(50) DEFAULT NULL,
  `model_number` varchar(50) DEFAULT NULL,
  `serial_number` varchar(50) DEFAULT NULL,
  `colour` varchar(50) DEFAULT NULL,
  `room` varchar(50) DEFAULT NULL,
  `detail` varchar(50) DEFAULT NULL,
  `slug` varchar(20) DEFAULT NULL,
  `device_key` varchar(20) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `help_text` longtext DEFAULT NULL,
  `ppe` varchar(255) DEFAULT NULL,
  `managing_role_id` int(11) DEFAULT NULL,
  `requires_induction` tinyint(1) NOT NULL DEFAULT 0,
  `induction_category` varchar(20) DEFAULT NULL,
  `working` tinyint(1) NOT NULL DEFAULT 1,
  `permaloan` tinyint(1) NOT NULL DEFAULT 0,
  `permaloan_user_id` int(11) DEFAULT NULL,
  `access_fee` int(11) NOT NULL DEFAULT 0,
  `usage_cost` int(11) NOT NULL DEFAULT 0,
  `usage_cost_per` varchar(10) NOT NULL,
  `photos` text NOT NULL,
  `archive` tinyint(1) NOT NULL DEFAULT 0,
  `asset_tag_id` varchar(50) DEFAULT NULL,
  `obtained_at` date NOT NULL,
  `removed_at` date NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `expenses` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `category` varchar(50) NOT NULL,
  `description` varchar(255) NOT NULL,
  `amount` int(11) NOT NULL,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  `declined` tinyint(1) NOT NULL DEFAULT 0,
  `approved_by_user` int(11) NOT NULL,
  `file` varchar(255) NOT NULL,
  `expense_date` date NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `failed_jobs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `failed_at` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `detected_devices` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(50) NOT NULL,
  `mac_address` varchar(25) NOT NULL,
  `display_name` varchar(100) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `notifications` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `message` text NOT NULL,
  `type` varchar(100) NOT NULL,
  `hash` varchar(100) NOT NULL,
  `notified_at` datetime NOT NULL,
  `notified_method` varchar(100) NOT NULL,
  `unread` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `settings` (
  `key` varchar(100) NOT NULL,
  `value` longtext NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `migrations` (
  `migration` varchar(255) NOT NULL,
  `batch` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
