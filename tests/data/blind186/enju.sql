-- Next-L Enju Leaf (next-l/enju_leaf) — integrated library system of Project Next-L for Japanese libraries
-- (academic, school and public): patrons (users, profiles, agents with addresses), circulation (baskets, checkouts, check-ins,
-- reservations), purchase requests, bookmarks, messages and overdue demands, imports, catalogue and library setup.
-- Upstream: github.com/next-l/enju_leaf db/schema.rb (Rails 8.1, PostgreSQL; Rails 8.1 writes columns in
-- alphabetical order after id, and that order is kept), commit 8fc8d01c6d28790ede0a228bebd552098ccff2c5 (MIT License).
-- Made by converting schema.rb into PostgreSQL DDL, loading it into a scratch PostgreSQL 15 and writing 64 of its 142
-- tables back as MySQL DDL from the catalog (columns, primary keys, unique indexes, foreign keys between kept tables;
-- tables reordered so that referenced tables come first). Partial unique indexes (WHERE ...) cannot be expressed in
-- MySQL and are left out. Types: string -> VARCHAR(255), datetime -> DATETIME(6), jsonb -> JSON, boolean -> TINYINT(1).

CREATE TABLE `library_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `admin_networks` TEXT,
  `allow_bookmark_external_url` TINYINT(1) NOT NULL DEFAULT 0,
  `book_jacket_source` VARCHAR(255),
  `country_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `csv_charset_conversion` TINYINT(1) NOT NULL DEFAULT 0,
  `display_name` TEXT,
  `email` VARCHAR(255),
  `family_name_first` TINYINT(1) NOT NULL DEFAULT 1,
  `html_snippet` TEXT,
  `max_number_of_results` INT DEFAULT 1000,
  `my_networks` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `old_login_banner` TEXT,
  `position` INT,
  `pub_year_facet_range_interval` INT DEFAULT 10,
  `screenshot_generator` VARCHAR(255),
  `settings` JSON NOT NULL DEFAULT '{}',
  `short_name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255) NOT NULL DEFAULT 'http://localhost:3000/',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `libraries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `call_number_delimiter` VARCHAR(255) NOT NULL DEFAULT '|',
  `call_number_rows` INT NOT NULL DEFAULT 1,
  `country_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `fax_number` VARCHAR(255),
  `isil` VARCHAR(255),
  `latitude` DOUBLE,
  `library_group_id` BIGINT NOT NULL,
  `locality` TEXT,
  `longitude` DOUBLE,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `opening_hour` TEXT,
  `position` INT,
  `region` TEXT,
  `short_display_name` VARCHAR(255) NOT NULL,
  `street` TEXT,
  `telephone_number_1` VARCHAR(255),
  `telephone_number_2` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `users_count` INT NOT NULL DEFAULT 0,
  `zip_code` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_libraries_on_name` (`name`),
  CONSTRAINT `libraries_library_group_id_fkey` FOREIGN KEY (`library_group_id`) REFERENCES `library_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `position` INT,
  `score` INT NOT NULL DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profiles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `checkout_icalendar_token` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `date_of_birth` DATETIME,
  `expired_at` DATETIME,
  `full_name` TEXT,
  `full_name_transcription` TEXT,
  `keyword_list` TEXT,
  `library_id` BIGINT NOT NULL,
  `locale` VARCHAR(255),
  `note` TEXT,
  `required_role_id` BIGINT,
  `save_checkout_history` TINYINT(1) NOT NULL DEFAULT 0,
  `share_bookmarks` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  `user_group_id` BIGINT,
  `user_number` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_profiles_on_checkout_icalendar_token` (`checkout_icalendar_token`),
  UNIQUE KEY `index_profiles_on_user_number` (`user_number`),
  CONSTRAINT `profiles_library_id_fkey` FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`),
  CONSTRAINT `profiles_required_role_id_fkey` FOREIGN KEY (`required_role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `confirmed_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `expired_at` DATETIME,
  `failed_attempts` INT DEFAULT 0,
  `locked_at` DATETIME,
  `profile_id` BIGINT NOT NULL,
  `remember_created_at` DATETIME,
  `reset_password_sent_at` DATETIME,
  `reset_password_token` VARCHAR(255),
  `unlock_token` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_profile_id` (`profile_id`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_unlock_token` (`unlock_token`),
  UNIQUE KEY `index_users_on_username` (`username`),
  CONSTRAINT `users_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profiles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accepts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `basket_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `item_id` BIGINT,
  `librarian_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_accepts_on_item_id` (`item_id`),
  CONSTRAINT `accepts_librarian_id_fkey` FOREIGN KEY (`librarian_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_import_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `agent_import_fingerprint` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `edit_mode` VARCHAR(255),
  `error_message` TEXT,
  `executed_at` DATETIME,
  `note` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_encoding` VARCHAR(255),
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `agent_import_files_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_import_results` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `agent_id` BIGINT,
  `agent_import_file_id` BIGINT NOT NULL,
  `body` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `agent_import_results_agent_import_file_id_fkey` FOREIGN KEY (`agent_import_file_id`) REFERENCES `agent_import_files` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_relationship_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agents` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address_1` TEXT,
  `address_1_note` TEXT,
  `address_2` TEXT,
  `address_2_note` TEXT,
  `agent_identifier` VARCHAR(255),
  `agent_type_id` BIGINT NOT NULL DEFAULT 1,
  `birth_date` VARCHAR(255),
  `corporate_name` VARCHAR(255),
  `corporate_name_transcription` VARCHAR(255),
  `country_id` BIGINT NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `date_of_birth` DATETIME,
  `date_of_death` DATETIME,
  `death_date` VARCHAR(255),
  `email` TEXT,
  `fax_number_1` VARCHAR(255),
  `fax_number_2` VARCHAR(255),
  `first_name` VARCHAR(255),
  `first_name_transcription` VARCHAR(255),
  `full_name` VARCHAR(255) NOT NULL,
  `full_name_alternative` TEXT,
  `full_name_alternative_transcription` TEXT,
  `full_name_transcription` TEXT,
  `language_id` BIGINT NOT NULL DEFAULT 1,
  `last_name` VARCHAR(255),
  `last_name_transcription` VARCHAR(255),
  `locality` TEXT,
  `lock_version` INT NOT NULL DEFAULT 0,
  `middle_name` VARCHAR(255),
  `middle_name_transcription` VARCHAR(255),
  `note` TEXT,
  `other_designation` TEXT,
  `place` TEXT,
  `postal_code` VARCHAR(255),
  `profile_id` BIGINT,
  `region` TEXT,
  `required_role_id` BIGINT NOT NULL DEFAULT 1,
  `street` TEXT,
  `telephone_number_1` VARCHAR(255),
  `telephone_number_2` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `url` TEXT,
  `zip_code_1` VARCHAR(255),
  `zip_code_2` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `agents_required_role_id_fkey` FOREIGN KEY (`required_role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_relationships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `agent_relationship_type_id` BIGINT NOT NULL DEFAULT 1,
  `child_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `parent_id` BIGINT NOT NULL,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `agent_relationships_agent_relationship_type_id_fkey` FOREIGN KEY (`agent_relationship_type_id`) REFERENCES `agent_relationship_types` (`id`),
  CONSTRAINT `agent_relationships_child_id_fkey` FOREIGN KEY (`child_id`) REFERENCES `agents` (`id`),
  CONSTRAINT `agent_relationships_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `agents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `baskets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `lock_version` INT NOT NULL DEFAULT 0,
  `note` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `baskets_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `manifestation_id` BIGINT,
  `note` TEXT,
  `shared` TINYINT(1) NOT NULL DEFAULT 0,
  `title` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `bookmarks_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookstores` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `address` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `fax_number` VARCHAR(255),
  `name` TEXT NOT NULL,
  `note` TEXT,
  `position` INT,
  `telephone_number` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255),
  `zip_code` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checkout_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `circulation_statuses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `display_name` TEXT,
  `iso_639_1` VARCHAR(255),
  `iso_639_2` VARCHAR(255),
  `iso_639_3` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `native_name` VARCHAR(255),
  `note` TEXT,
  `position` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manifestations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `abstract` TEXT,
  `access_address` VARCHAR(255),
  `available_at` DATETIME,
  `carrier_type_id` BIGINT NOT NULL DEFAULT 1,
  `classification_number` VARCHAR(255),
  `content_type_id` BIGINT DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `date_accepted` DATETIME,
  `date_captured` DATETIME,
  `date_copyrighted` DATETIME,
  `date_of_publication` DATETIME,
  `date_submitted` DATETIME,
  `depth` INT,
  `description` TEXT,
  `dimensions` TEXT,
  `edition` INT,
  `edition_string` VARCHAR(255),
  `end_page` INT,
  `extent` TEXT,
  `frequency_id` BIGINT NOT NULL DEFAULT 1,
  `fulltext` TEXT,
  `fulltext_content` TINYINT(1) NOT NULL DEFAULT 0,
  `height` INT,
  `issue_number` INT,
  `issue_number_string` VARCHAR(255),
  `language_id` BIGINT NOT NULL DEFAULT 1,
  `lock_version` INT NOT NULL DEFAULT 0,
  `manifestation_identifier` VARCHAR(255),
  `memo` TEXT,
  `month_of_publication` INT,
  `nii_type_id` BIGINT,
  `note` TEXT,
  `original_title` TEXT NOT NULL,
  `price` INT,
  `pub_date` VARCHAR(255),
  `publication_place` TEXT,
  `repository_content` TINYINT(1) NOT NULL DEFAULT 0,
  `required_role_id` BIGINT NOT NULL DEFAULT 1,
  `serial` TINYINT(1) NOT NULL DEFAULT 0,
  `serial_number` INT,
  `serial_number_string` VARCHAR(255),
  `start_page` INT,
  `statement_of_responsibility` TEXT,
  `subscription_master` TINYINT(1) NOT NULL DEFAULT 0,
  `title_alternative` TEXT,
  `title_alternative_transcription` TEXT,
  `title_transcription` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `valid_until` DATETIME,
  `volume_number` INT,
  `volume_number_string` VARCHAR(255),
  `width` INT,
  `year_of_publication` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `manifestations_language_id_fkey` FOREIGN KEY (`language_id`) REFERENCES `languages` (`id`),
  CONSTRAINT `manifestations_required_role_id_fkey` FOREIGN KEY (`required_role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shelves` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `closed` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `items_count` INT NOT NULL DEFAULT 0,
  `library_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `shelves_library_id_fkey` FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `acquired_at` DATETIME,
  `binded_at` DATETIME,
  `binding_call_number` VARCHAR(255),
  `binding_item_identifier` VARCHAR(255),
  `bookstore_id` BIGINT,
  `budget_type_id` BIGINT,
  `call_number` VARCHAR(255),
  `checkout_type_id` BIGINT NOT NULL DEFAULT 1,
  `circulation_status_id` BIGINT NOT NULL DEFAULT 5,
  `created_at` DATETIME(6) NOT NULL,
  `include_supplements` TINYINT(1) NOT NULL DEFAULT 0,
  `item_identifier` VARCHAR(255),
  `lock_version` INT NOT NULL DEFAULT 0,
  `manifestation_id` BIGINT NOT NULL,
  `memo` TEXT,
  `missing_since` DATE,
  `note` TEXT,
  `price` INT,
  `required_role_id` BIGINT NOT NULL DEFAULT 1,
  `shelf_id` BIGINT NOT NULL DEFAULT 1,
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `items_bookstore_id_fkey` FOREIGN KEY (`bookstore_id`) REFERENCES `bookstores` (`id`),
  CONSTRAINT `items_checkout_type_id_fkey` FOREIGN KEY (`checkout_type_id`) REFERENCES `checkout_types` (`id`),
  CONSTRAINT `items_circulation_status_id_fkey` FOREIGN KEY (`circulation_status_id`) REFERENCES `circulation_statuses` (`id`),
  CONSTRAINT `items_manifestation_id_fkey` FOREIGN KEY (`manifestation_id`) REFERENCES `manifestations` (`id`),
  CONSTRAINT `items_required_role_id_fkey` FOREIGN KEY (`required_role_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `items_shelf_id_fkey` FOREIGN KEY (`shelf_id`) REFERENCES `shelves` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checked_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `basket_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `due_date` DATETIME NOT NULL,
  `item_id` BIGINT NOT NULL,
  `librarian_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_checked_items_on_item_id_and_basket_id` (`item_id`, `basket_id`),
  CONSTRAINT `checked_items_basket_id_fkey` FOREIGN KEY (`basket_id`) REFERENCES `baskets` (`id`),
  CONSTRAINT `checked_items_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  CONSTRAINT `checked_items_librarian_id_fkey` FOREIGN KEY (`librarian_id`) REFERENCES `users` (`id`),
  CONSTRAINT `checked_items_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checkins` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `basket_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `item_id` BIGINT NOT NULL,
  `librarian_id` BIGINT,
  `lock_version` INT NOT NULL DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_checkins_on_item_id_and_basket_id` (`item_id`, `basket_id`),
  CONSTRAINT `checkins_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  CONSTRAINT `checkins_librarian_id_fkey` FOREIGN KEY (`librarian_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_checkout_stats` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `end_date` DATETIME NOT NULL,
  `note` TEXT,
  `start_date` DATETIME NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_checkout_stats_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checkout_stat_has_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `checkouts_count` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_checkout_stat_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `checkout_stat_has_users_user_checkout_stat_id_fkey` FOREIGN KEY (`user_checkout_stat_id`) REFERENCES `user_checkout_stats` (`id`),
  CONSTRAINT `checkout_stat_has_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checkouts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `basket_id` BIGINT,
  `checkin_id` BIGINT,
  `checkout_renewal_count` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `due_date` DATETIME,
  `item_id` BIGINT NOT NULL,
  `librarian_id` BIGINT,
  `library_id` BIGINT,
  `lock_version` INT NOT NULL DEFAULT 0,
  `shelf_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_checkouts_on_item_id_and_basket_id_and_user_id` (`item_id`, `basket_id`, `user_id`),
  CONSTRAINT `checkouts_checkin_id_fkey` FOREIGN KEY (`checkin_id`) REFERENCES `checkins` (`id`),
  CONSTRAINT `checkouts_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  CONSTRAINT `checkouts_librarian_id_fkey` FOREIGN KEY (`librarian_id`) REFERENCES `users` (`id`),
  CONSTRAINT `checkouts_library_id_fkey` FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`),
  CONSTRAINT `checkouts_shelf_id_fkey` FOREIGN KEY (`shelf_id`) REFERENCES `shelves` (`id`),
  CONSTRAINT `checkouts_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `countries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `alpha_2` VARCHAR(255),
  `alpha_3` VARCHAR(255),
  `display_name` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `numeric_3` VARCHAR(255),
  `position` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `creates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `agent_id` BIGINT NOT NULL,
  `create_type_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  `work_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_creates_on_work_id_and_agent_id` (`work_id`, `agent_id`),
  CONSTRAINT `creates_agent_id_fkey` FOREIGN KEY (`agent_id`) REFERENCES `agents` (`id`),
  CONSTRAINT `creates_work_id_fkey` FOREIGN KEY (`work_id`) REFERENCES `manifestations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `body` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `depth` INT,
  `lft` INT,
  `message_request_id` BIGINT,
  `parent_id` BIGINT,
  `read_at` DATETIME,
  `receiver_id` BIGINT,
  `rgt` INT,
  `sender_id` BIGINT,
  `subject` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `messages_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `messages` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `demands` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `item_id` BIGINT,
  `message_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `demands_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`),
  CONSTRAINT `demands_message_id_fkey` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`),
  CONSTRAINT `demands_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `donates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `agent_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `item_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_categories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `all_day` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `end_at` DATETIME,
  `event_category_id` BIGINT NOT NULL,
  `library_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `place_id` BIGINT,
  `start_at` DATETIME,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `events_event_category_id_fkey` FOREIGN KEY (`event_category_id`) REFERENCES `event_categories` (`id`),
  CONSTRAINT `events_library_id_fkey` FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identities` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(255),
  `name` VARCHAR(255) NOT NULL,
  `password_digest` VARCHAR(255),
  `profile_id` BIGINT,
  `provider` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `import_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `isbn` VARCHAR(255),
  `manifestation_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `import_requests_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventories` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `current_shelf_name` VARCHAR(255),
  `inventory_file_id` BIGINT,
  `item_id` BIGINT,
  `item_identifier` VARCHAR(255),
  `note` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `inventory_fingerprint` VARCHAR(255),
  `note` TEXT,
  `shelf_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `inventory_files_shelf_id_fkey` FOREIGN KEY (`shelf_id`) REFERENCES `shelves` (`id`),
  CONSTRAINT `inventory_files_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_transitions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `message_id` BIGINT,
  `metadata` JSON NOT NULL DEFAULT '{}',
  `most_recent` TINYINT(1) NOT NULL,
  `sort_key` INT,
  `to_state` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_message_transitions_on_sort_key_and_message_id` (`sort_key`, `message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `news_posts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `body` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `draft` TINYINT(1) NOT NULL DEFAULT 0,
  `end_date` DATETIME,
  `note` TEXT,
  `position` INT,
  `required_role_id` BIGINT NOT NULL DEFAULT 1,
  `start_date` DATETIME,
  `title` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255),
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `news_posts_required_role_id_fkey` FOREIGN KEY (`required_role_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `news_posts_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order_lists` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `bookstore_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `note` TEXT,
  `ordered_at` DATETIME,
  `title` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `order_lists_bookstore_id_fkey` FOREIGN KEY (`bookstore_id`) REFERENCES `bookstores` (`id`),
  CONSTRAINT `order_lists_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `purchase_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `accepted_at` DATETIME,
  `author` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `date_of_publication` DATETIME,
  `denied_at` DATETIME,
  `isbn` VARCHAR(255),
  `note` TEXT,
  `price` INT,
  `pub_date` VARCHAR(255),
  `publisher` TEXT,
  `state` VARCHAR(255),
  `title` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255),
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `purchase_requests_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `order_list_id` BIGINT NOT NULL,
  `position` INT,
  `purchase_request_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `orders_order_list_id_fkey` FOREIGN KEY (`order_list_id`) REFERENCES `order_lists` (`id`),
  CONSTRAINT `orders_purchase_request_id_fkey` FOREIGN KEY (`purchase_request_id`) REFERENCES `purchase_requests` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `owns` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `agent_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `item_id` BIGINT NOT NULL,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_owns_on_item_id_and_agent_id` (`item_id`, `agent_id`),
  CONSTRAINT `owns_agent_id_fkey` FOREIGN KEY (`agent_id`) REFERENCES `agents` (`id`),
  CONSTRAINT `owns_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `agent_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `event_id` BIGINT NOT NULL,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `picture_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `picture_attachable_id` BIGINT,
  `picture_attachable_type` VARCHAR(255),
  `picture_fingerprint` VARCHAR(255),
  `picture_width` INT,
  `position` INT,
  `title` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `produces` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `agent_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `manifestation_id` BIGINT NOT NULL,
  `position` INT,
  `produce_type_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_produces_on_manifestation_id_and_agent_id` (`manifestation_id`, `agent_id`),
  CONSTRAINT `produces_agent_id_fkey` FOREIGN KEY (`agent_id`) REFERENCES `agents` (`id`),
  CONSTRAINT `produces_manifestation_id_fkey` FOREIGN KEY (`manifestation_id`) REFERENCES `manifestations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_status_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_reserve_stats` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `end_date` DATETIME NOT NULL,
  `note` TEXT,
  `start_date` DATETIME NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_reserve_stats_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reserve_stat_has_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `reserves_count` INT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `user_reserve_stat_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reserve_stat_has_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `reserve_stat_has_users_user_reserve_stat_id_fkey` FOREIGN KEY (`user_reserve_stat_id`) REFERENCES `user_reserve_stats` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reserve_transitions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `metadata` JSON NOT NULL DEFAULT '{}',
  `most_recent` TINYINT(1) NOT NULL,
  `reserve_id` BIGINT,
  `sort_key` INT,
  `to_state` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_reserve_transitions_on_sort_key_and_reserve_id` (`sort_key`, `reserve_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reserves` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `canceled_at` DATETIME,
  `checked_out_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `expiration_notice_to_library` TINYINT(1) NOT NULL DEFAULT 0,
  `expiration_notice_to_patron` TINYINT(1) NOT NULL DEFAULT 0,
  `expired_at` DATETIME,
  `item_id` BIGINT,
  `lock_version` INT NOT NULL DEFAULT 0,
  `manifestation_id` BIGINT NOT NULL,
  `pickup_location_id` BIGINT,
  `postponed_at` DATETIME,
  `request_status_type_id` BIGINT NOT NULL,
  `retained_at` DATETIME,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reserves_manifestation_id_fkey` FOREIGN KEY (`manifestation_id`) REFERENCES `manifestations` (`id`),
  CONSTRAINT `reserves_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_engines` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `additional_param` TEXT,
  `base_url` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `http_method` TEXT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `position` INT,
  `query_param` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `note` TEXT,
  `order_list_id` BIGINT,
  `subscribes_count` INT NOT NULL DEFAULT 0,
  `title` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `subscriptions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taggings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `context` VARCHAR(128),
  `created_at` DATETIME(6) NOT NULL,
  `tag_id` BIGINT,
  `taggable_id` BIGINT,
  `taggable_type` VARCHAR(255),
  `tagger_id` BIGINT,
  `tagger_type` VARCHAR(255),
  `tenant` VARCHAR(128),
  PRIMARY KEY (`id`),
  UNIQUE KEY `taggings_idx` (`tag_id`, `taggable_id`, `taggable_type`, `context`, `tagger_id`, `tagger_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `taggings_count` INT DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tags_on_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `use_restrictions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_export_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `executed_at` DATETIME,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_export_files_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `display_name` TEXT,
  `expired_at` DATETIME,
  `name` VARCHAR(255) NOT NULL,
  `note` TEXT,
  `number_of_day_to_notify_due_date` INT NOT NULL DEFAULT 0,
  `number_of_day_to_notify_overdue` INT NOT NULL DEFAULT 0,
  `number_of_time_to_notify_overdue` INT NOT NULL DEFAULT 0,
  `position` INT,
  `updated_at` DATETIME(6) NOT NULL,
  `valid_period_for_new_user` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_group_has_checkout_types` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `checkout_limit` INT NOT NULL DEFAULT 0,
  `checkout_period` INT NOT NULL DEFAULT 0,
  `checkout_renewal_limit` INT NOT NULL DEFAULT 0,
  `checkout_type_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `current_checkout_count` INT,
  `fixed_due_date` DATETIME,
  `note` TEXT,
  `position` INT,
  `reservation_expired_period` INT NOT NULL DEFAULT 7,
  `reservation_limit` INT NOT NULL DEFAULT 0,
  `set_due_date_before_closing_day` TINYINT(1) NOT NULL DEFAULT 0,
  `updated_at` DATETIME(6) NOT NULL,
  `user_group_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_group_has_checkout_types_on_user_group_id` (`user_group_id`, `checkout_type_id`),
  CONSTRAINT `user_group_has_checkout_types_checkout_type_id_fkey` FOREIGN KEY (`checkout_type_id`) REFERENCES `checkout_types` (`id`),
  CONSTRAINT `user_group_has_checkout_types_user_group_id_fkey` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_has_roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `role_id` BIGINT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_has_roles_on_user_id_and_role_id` (`user_id`, `role_id`),
  CONSTRAINT `user_has_roles_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `user_has_roles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_import_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `default_library_id` BIGINT,
  `default_user_group_id` BIGINT,
  `edit_mode` VARCHAR(255),
  `error_message` TEXT,
  `executed_at` DATETIME,
  `note` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_encoding` VARCHAR(255),
  `user_id` BIGINT NOT NULL,
  `user_import_fingerprint` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `user_import_files_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_import_results` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `body` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `error_message` TEXT,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  `user_import_file_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_import_results_user_import_file_id_fkey` FOREIGN KEY (`user_import_file_id`) REFERENCES `user_import_files` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `withdraws` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `basket_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `item_id` BIGINT,
  `librarian_id` BIGINT,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_withdraws_on_item_id` (`item_id`),
  CONSTRAINT `withdraws_librarian_id_fkey` FOREIGN KEY (`librarian_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
