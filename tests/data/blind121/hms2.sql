-- HMS 2 (NottingHack's Hackspace Management System 2: members, Gatekeeper door access control, snackspace, tools, governance)
-- github.com/NottingHack/hms2, commit 227bdd7f, MIT. The schema is built by its Doctrine migrations (database/migrations_doctrine,
-- 130 files); their DDL was run in order in MariaDB 10.11 and these 45 tables written out with SHOW CREATE TABLE.
-- Column names, order and types are upstream's; data-seeding INSERTs left out.
/*!40014 SET FOREIGN_KEY_CHECKS=0 */;

CREATE TABLE `user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) NOT NULL,
  `username` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `account_id` int(10) unsigned DEFAULT NULL,
  `email_verified_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_8D93D649F85E0677` (`username`),
  UNIQUE KEY `UNIQ_8D93D649E7927C74` (`email`),
  KEY `email_index` (`email`),
  KEY `IDX_8D93D6499B6B5FBA` (`account_id`),
  CONSTRAINT `FK_8D93D6499B6B5FBA` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `profile` (
  `user_id` int(10) unsigned NOT NULL,
  `join_date` datetime DEFAULT NULL,
  `unlock_text` varchar(95) DEFAULT NULL,
  `credit_limit` int(10) unsigned NOT NULL DEFAULT 0,
  `address_1` varchar(100) DEFAULT NULL,
  `address_2` varchar(100) DEFAULT NULL,
  `address_3` varchar(100) DEFAULT NULL,
  `address_city` varchar(100) DEFAULT NULL,
  `address_county` varchar(100) DEFAULT NULL,
  `address_postcode` varchar(10) DEFAULT NULL,
  `contact_number` varchar(50) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `date_of_birth` date DEFAULT NULL,
  `balance` int(11) NOT NULL DEFAULT 0,
  `voting_preference` varchar(20) NOT NULL DEFAULT 'AUTOMATIC',
  `voting_preference_stated_at` datetime DEFAULT NULL,
  `discord_username` varchar(32) DEFAULT NULL,
  `discord_user_snowflake` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `FK_8157AA0FA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `accounts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `payment_ref` varchar(18) NOT NULL,
  `legacy_ref` varchar(18) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_CAC89EAC230CFF97` (`payment_ref`),
  KEY `payment_ref_index` (`payment_ref`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `rfid_tags` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `rfid_serial` varchar(50) DEFAULT NULL,
  `rfid_serial_legacy` varchar(50) DEFAULT NULL,
  `state` int(11) NOT NULL DEFAULT 0,
  `last_used` datetime DEFAULT NULL,
  `friendly_name` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_5728019B27A4676` (`rfid_serial`),
  UNIQUE KEY `UNIQ_5728019BA12AD2E8` (`rfid_serial_legacy`),
  KEY `IDX_5728019BA76ED395` (`user_id`),
  CONSTRAINT `FK_5728019BA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `pins` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `pin` varchar(12) NOT NULL,
  `date_added` datetime NOT NULL,
  `expiry` datetime DEFAULT NULL,
  `state` int(11) NOT NULL DEFAULT 10,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_3F0FE980B5852DF3` (`pin`),
  UNIQUE KEY `UNIQ_3F0FE980A76ED395` (`user_id`),
  CONSTRAINT `FK_3F0FE980A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `access_logs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `door_id` int(10) unsigned DEFAULT NULL,
  `entered_zone_id` int(11) DEFAULT NULL,
  `access_time` datetime NOT NULL,
  `rfid_serial` varchar(50) DEFAULT NULL,
  `pin` varchar(12) DEFAULT NULL,
  `access_result` int(11) NOT NULL DEFAULT 0,
  `denied_reason` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_656A05AA76ED395` (`user_id`),
  KEY `IDX_656A05A58639EAE` (`door_id`),
  KEY `access_time_index` (`access_time`),
  KEY `IDX_656A05A35D9DA3D` (`entered_zone_id`),
  CONSTRAINT `FK_656A05A35D9DA3D` FOREIGN KEY (`entered_zone_id`) REFERENCES `zones` (`id`),
  CONSTRAINT `FK_656A05A58639EAE` FOREIGN KEY (`door_id`) REFERENCES `doors` (`id`),
  CONSTRAINT `FK_656A05AA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `doors` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `side_a_zone_id` int(11) DEFAULT NULL,
  `side_b_zone_id` int(11) DEFAULT NULL,
  `description` varchar(100) NOT NULL,
  `short_name` varchar(16) NOT NULL,
  `state` varchar(20) NOT NULL,
  `state_change` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_5E5B762A49451B7F` (`side_a_zone_id`),
  KEY `IDX_5E5B762A70C827BA` (`side_b_zone_id`),
  CONSTRAINT `FK_5E5B762A49451B7F` FOREIGN KEY (`side_a_zone_id`) REFERENCES `zones` (`id`),
  CONSTRAINT `FK_5E5B762A70C827BA` FOREIGN KEY (`side_b_zone_id`) REFERENCES `zones` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `zones` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` varchar(100) NOT NULL,
  `short_name` varchar(10) NOT NULL,
  `permission_code` varchar(100) DEFAULT NULL,
  `restricted` tinyint(1) NOT NULL DEFAULT 0,
  `building_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_85CAB1684D2A7E12` (`building_id`),
  CONSTRAINT `FK_85CAB1684D2A7E12` FOREIGN KEY (`building_id`) REFERENCES `buildings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `buildings` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `access_state` varchar(20) NOT NULL DEFAULT 'CLOSED',
  `self_book_max_occupancy` int(10) unsigned NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `floors` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `building_id` int(10) unsigned DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `level` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_C76687124D2A7E12` (`building_id`),
  CONSTRAINT `FK_C76687124D2A7E12` FOREIGN KEY (`building_id`) REFERENCES `buildings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `rooms` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `floor_id` int(10) unsigned DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `zone_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_7CA11A96854679E2` (`floor_id`),
  KEY `IDX_7CA11A969F2C3FAB` (`zone_id`),
  CONSTRAINT `FK_7CA11A96854679E2` FOREIGN KEY (`floor_id`) REFERENCES `floors` (`id`),
  CONSTRAINT `FK_7CA11A969F2C3FAB` FOREIGN KEY (`zone_id`) REFERENCES `zones` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `bells` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `description` varchar(100) NOT NULL,
  `topic` varchar(100) NOT NULL,
  `message` varchar(50) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `zone_occupants` (
  `user_id` int(10) unsigned NOT NULL,
  `zone_id` int(11) DEFAULT NULL,
  `time_entered` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`user_id`),
  KEY `IDX_EECE6E0B9F2C3FAB` (`zone_id`),
  CONSTRAINT `FK_EECE6E0B9F2C3FAB` FOREIGN KEY (`zone_id`) REFERENCES `zones` (`id`),
  CONSTRAINT `FK_EECE6E0BA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `zone_occupancy_logs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `zone_id` int(11) DEFAULT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `time_exited` datetime DEFAULT NULL,
  `time_entered` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_59ADE3689F2C3FAB` (`zone_id`),
  KEY `IDX_59ADE368A76ED395` (`user_id`),
  CONSTRAINT `FK_59ADE3689F2C3FAB` FOREIGN KEY (`zone_id`) REFERENCES `zones` (`id`),
  CONSTRAINT `FK_59ADE368A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `bookable_areas` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `building_id` int(10) unsigned DEFAULT NULL,
  `name` varchar(50) NOT NULL,
  `description` longtext NOT NULL,
  `max_occupancy` int(10) unsigned NOT NULL DEFAULT 1,
  `additional_guest_occupancy` int(10) unsigned NOT NULL DEFAULT 0,
  `booking_color` varchar(255) NOT NULL,
  `self_bookable` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_CD8830944D2A7E12` (`building_id`),
  CONSTRAINT `FK_CD8830944D2A7E12` FOREIGN KEY (`building_id`) REFERENCES `buildings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `temporary_access_bookings` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `start` datetime NOT NULL,
  `end` datetime NOT NULL,
  `color` varchar(50) DEFAULT NULL,
  `bookable_area_id` int(10) unsigned DEFAULT NULL,
  `guests` int(10) unsigned NOT NULL DEFAULT 0,
  `notes` varchar(255) DEFAULT NULL,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  `approved_by_id` int(10) unsigned DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_DFC09B0BA76ED395` (`user_id`),
  KEY `IDX_DFC09B0BBD9A6AEE` (`bookable_area_id`),
  KEY `IDX_DFC09B0B2D234F6A` (`approved_by_id`),
  CONSTRAINT `FK_DFC09B0B2D234F6A` FOREIGN KEY (`approved_by_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_DFC09B0BA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_DFC09B0BBD9A6AEE` FOREIGN KEY (`bookable_area_id`) REFERENCES `bookable_areas` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `roles` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `email_password` varchar(255) DEFAULT NULL,
  `slack_channel` varchar(255) DEFAULT NULL,
  `retained` tinyint(1) NOT NULL DEFAULT 0,
  `discord_channel` varchar(255) DEFAULT NULL,
  `discord_private_channel` varchar(255) DEFAULT NULL,
  `email_sync_forwarding` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_B63E2EC75E237E06` (`name`),
  KEY `name_index` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `role_user` (
  `user_id` int(10) unsigned NOT NULL,
  `role_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`user_id`,`role_id`),
  KEY `IDX_332CA4DDA76ED395` (`user_id`),
  KEY `IDX_332CA4DDD60322AC` (`role_id`),
  CONSTRAINT `FK_332CA4DDA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_332CA4DDD60322AC` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `role_updates` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `added_role_id` int(10) unsigned DEFAULT NULL,
  `removed_role_id` int(10) unsigned DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `update_by_user_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_F985B6CBA76ED395` (`user_id`),
  KEY `IDX_F985B6CBE660F4B0` (`added_role_id`),
  KEY `IDX_F985B6CB85D15B53` (`removed_role_id`),
  KEY `IDX_F985B6CB41EF462E` (`update_by_user_id`),
  CONSTRAINT `FK_6123F82085D15B53` FOREIGN KEY (`removed_role_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `FK_6123F820A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_6123F820E660F4B0` FOREIGN KEY (`added_role_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `FK_F985B6CB41EF462E` FOREIGN KEY (`update_by_user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_2DEDCC6F5E237E06` (`name`),
  KEY `name_index` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `invites` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `invite_token` varchar(100) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_37E6A6CE7927C74` (`email`),
  KEY `email_index` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`email`,`token`),
  KEY `email_index` (`email`),
  KEY `token_index` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `bank_transactions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `bank_id` int(10) unsigned DEFAULT NULL,
  `account_id` int(10) unsigned DEFAULT NULL,
  `transaction_date` date NOT NULL,
  `description` varchar(255) NOT NULL,
  `amount` int(11) NOT NULL,
  `transaction_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `duplicate_idx` (`bank_id`,`transaction_date`,`description`,`amount`),
  KEY `IDX_2A30FD5711C8FB41` (`bank_id`),
  KEY `IDX_2A30FD579B6B5FBA` (`account_id`),
  KEY `IDX_2A30FD572FC0CB0F` (`transaction_id`),
  CONSTRAINT `FK_2A30FD572FC0CB0F` FOREIGN KEY (`transaction_id`) REFERENCES `transactions` (`id`),
  CONSTRAINT `FK_2A30FD579B6B5FBA` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `membership_status_notifications` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `account_id` int(10) unsigned DEFAULT NULL,
  `bank_transaction_id` int(10) unsigned DEFAULT NULL,
  `issued_reason` varchar(30) NOT NULL DEFAULT 'NON_PAYMENT',
  `time_issued` datetime NOT NULL,
  `time_cleared` datetime DEFAULT NULL,
  `cleared_reason` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_3ACFFDCAA76ED395` (`user_id`),
  KEY `IDX_3ACFFDCA9B6B5FBA` (`account_id`),
  KEY `IDX_3ACFFDCAB898B7D6` (`bank_transaction_id`),
  CONSTRAINT `FK_3ACFFDCA9B6B5FBA` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `FK_3ACFFDCAA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_3ACFFDCAB898B7D6` FOREIGN KEY (`bank_transaction_id`) REFERENCES `bank_transactions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `membership_rejected_logs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `rejected_by_id` int(10) unsigned DEFAULT NULL,
  `reason` varchar(255) NOT NULL,
  `user_updated_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_447E30B7A76ED395` (`user_id`),
  KEY `IDX_447E30B7CBF05FC9` (`rejected_by_id`),
  CONSTRAINT `FK_447E30B7A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_447E30B7CBF05FC9` FOREIGN KEY (`rejected_by_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `stripe_charges` (
  `id` varchar(140) NOT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `transaction_id` int(10) unsigned DEFAULT NULL,
  `refund_transaction_id` int(10) unsigned DEFAULT NULL,
  `withdrawn_transaction_id` int(10) unsigned DEFAULT NULL,
  `reinstated_transaction_id` int(10) unsigned DEFAULT NULL,
  `payment_intent_id` varchar(255) DEFAULT NULL,
  `refund_id` varchar(255) DEFAULT NULL,
  `dispute_id` varchar(255) DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  `amount` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_152861E02FC0CB0F` (`transaction_id`),
  KEY `IDX_152861E0A99A014E` (`refund_transaction_id`),
  KEY `IDX_152861E04484ADA4` (`withdrawn_transaction_id`),
  KEY `IDX_152861E0ED11AA78` (`reinstated_transaction_id`),
  KEY `IDX_152861E0A76ED395` (`user_id`),
  CONSTRAINT `FK_152861E02FC0CB0F` FOREIGN KEY (`transaction_id`) REFERENCES `transactions` (`id`),
  CONSTRAINT `FK_152861E04484ADA4` FOREIGN KEY (`withdrawn_transaction_id`) REFERENCES `transactions` (`id`),
  CONSTRAINT `FK_152861E0A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_152861E0A99A014E` FOREIGN KEY (`refund_transaction_id`) REFERENCES `transactions` (`id`),
  CONSTRAINT `FK_152861E0ED11AA78` FOREIGN KEY (`reinstated_transaction_id`) REFERENCES `transactions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `transactions` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `product_id` int(10) unsigned DEFAULT NULL,
  `recorded_by` int(10) unsigned DEFAULT NULL,
  `transaction_datetime` datetime NOT NULL,
  `amount` int(11) DEFAULT NULL,
  `transaction_type` varchar(255) NOT NULL,
  `transaction_status` varchar(255) NOT NULL,
  `transaction_desc` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_EAA81A4CA76ED395` (`user_id`),
  KEY `IDX_EAA81A4C4584665A` (`product_id`),
  KEY `IDX_EAA81A4C82D4278B` (`recorded_by`),
  CONSTRAINT `FK_EAA81A4C4584665A` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`),
  CONSTRAINT `FK_EAA81A4C82D4278B` FOREIGN KEY (`recorded_by`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_EAA81A4CA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `invoices` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email_id` int(10) unsigned DEFAULT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `from` datetime NOT NULL,
  `to` datetime NOT NULL,
  `generated` datetime NOT NULL DEFAULT current_timestamp(),
  `status` varchar(16) NOT NULL,
  `amount` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_6A2F2F95A832C1C9` (`email_id`),
  KEY `IDX_6A2F2F95A76ED395` (`user_id`),
  CONSTRAINT `FK_6A2F2F95A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `vend_logs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `vending_machine_id` int(10) unsigned DEFAULT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `transaction_id` int(10) unsigned DEFAULT NULL,
  `rfid_serial` varchar(50) DEFAULT NULL,
  `enqueued_time` datetime DEFAULT NULL,
  `request_time` datetime DEFAULT NULL,
  `success_time` datetime DEFAULT NULL,
  `cancelled_time` datetime DEFAULT NULL,
  `failed_time` datetime DEFAULT NULL,
  `amount_scaled` int(11) DEFAULT NULL,
  `position` varchar(10) DEFAULT NULL,
  `denied_reason` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_DEDF3B8082EA3E1C` (`vending_machine_id`),
  KEY `IDX_DEDF3B80A76ED395` (`user_id`),
  KEY `IDX_DEDF3B802FC0CB0F` (`transaction_id`),
  CONSTRAINT `FK_DEDF3B802FC0CB0F` FOREIGN KEY (`transaction_id`) REFERENCES `transactions` (`id`),
  CONSTRAINT `FK_DEDF3B80A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `products` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `price` int(11) NOT NULL,
  `barcode` varchar(255) DEFAULT NULL,
  `available` int(11) DEFAULT NULL,
  `short_description` varchar(25) NOT NULL,
  `long_description` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_B3BA5A5A97AE0266` (`barcode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `tools` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(20) NOT NULL,
  `display_name` varchar(100) NOT NULL,
  `status` varchar(20) NOT NULL,
  `restrictions` varchar(20) NOT NULL,
  `status_text` varchar(255) DEFAULT NULL,
  `pph` int(11) NOT NULL,
  `booking_length` int(11) NOT NULL,
  `length_max` int(11) NOT NULL,
  `bookings_max` int(11) NOT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `transaction_type_override` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_EAFADE775E237E06` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `bookings` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `tool_id` int(10) unsigned DEFAULT NULL,
  `start` datetime NOT NULL,
  `end` datetime NOT NULL,
  `type` varchar(20) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_7A853C35A76ED395` (`user_id`),
  KEY `IDX_7A853C358F7B22CC` (`tool_id`),
  CONSTRAINT `FK_7A853C358F7B22CC` FOREIGN KEY (`tool_id`) REFERENCES `tools` (`id`),
  CONSTRAINT `FK_7A853C35A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `tool_usages` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `tool_id` int(10) unsigned DEFAULT NULL,
  `start` datetime DEFAULT NULL,
  `duration` int(11) DEFAULT NULL,
  `active_time` int(11) DEFAULT NULL,
  `status` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_2E8A5975A76ED395` (`user_id`),
  KEY `IDX_2E8A59758F7B22CC` (`tool_id`),
  CONSTRAINT `FK_2E8A59758F7B22CC` FOREIGN KEY (`tool_id`) REFERENCES `tools` (`id`),
  CONSTRAINT `FK_2E8A5975A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `member_boxes` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `bought_date` date NOT NULL,
  `removed_date` date DEFAULT NULL,
  `state` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_AFD0271AA76ED395` (`user_id`),
  CONSTRAINT `FK_AFD0271AA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `member_projects` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `project_name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `start_date` date NOT NULL,
  `complete_date` date DEFAULT NULL,
  `state` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_AB4E104EA76ED395` (`user_id`),
  CONSTRAINT `FK_AB4E104EA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `emails` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `role_id` int(10) unsigned DEFAULT NULL,
  `to_address` longtext NOT NULL COMMENT '(DC2Type:array)',
  `subject` varchar(255) NOT NULL,
  `body` longtext NOT NULL,
  `sent_at` datetime NOT NULL,
  `full_string` longtext NOT NULL,
  `message_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_4C81E852D60322AC` (`role_id`),
  CONSTRAINT `FK_4C81E852D60322AC` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `email_users` (
  `email_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`email_id`,`user_id`),
  KEY `IDX_89CEE466A832C1C9` (`email_id`),
  KEY `IDX_89CEE466A76ED395` (`user_id`),
  CONSTRAINT `FK_89CEE466A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_89CEE466A832C1C9` FOREIGN KEY (`email_id`) REFERENCES `emails` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `register_of_members` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) NOT NULL,
  `started_at` datetime NOT NULL,
  `ended_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_ED58F774A76ED395` (`user_id`),
  CONSTRAINT `FK_ED58F774A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `register_of_directors` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned DEFAULT NULL,
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) NOT NULL,
  `address_1` varchar(100) DEFAULT NULL,
  `address_2` varchar(100) DEFAULT NULL,
  `address_3` varchar(100) DEFAULT NULL,
  `address_city` varchar(100) DEFAULT NULL,
  `address_county` varchar(100) DEFAULT NULL,
  `address_postcode` varchar(10) DEFAULT NULL,
  `started_at` datetime NOT NULL,
  `ended_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_35DE90FBA76ED395` (`user_id`),
  CONSTRAINT `FK_35DE90FBA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `meetings` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `start_time` datetime NOT NULL,
  `extraordinary` tinyint(1) NOT NULL DEFAULT 0,
  `current_members` int(11) NOT NULL DEFAULT 0,
  `voting_members` int(11) NOT NULL DEFAULT 0,
  `quorum` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `meeting_attendee` (
  `meeting_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`meeting_id`,`user_id`),
  KEY `IDX_82C1F8B267433D9C` (`meeting_id`),
  KEY `IDX_82C1F8B2A76ED395` (`user_id`),
  CONSTRAINT `FK_82C1F8B267433D9C` FOREIGN KEY (`meeting_id`) REFERENCES `meetings` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_82C1F8B2A76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `proxies` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `meeting_id` int(10) unsigned DEFAULT NULL,
  `principal_id` int(10) unsigned DEFAULT NULL,
  `proxy_id` int(10) unsigned DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `duplicate_principal_idx` (`meeting_id`,`principal_id`),
  KEY `IDX_148784BB67433D9C` (`meeting_id`),
  KEY `IDX_148784BB474870EE` (`principal_id`),
  KEY `IDX_148784BBDB26A4E` (`proxy_id`),
  CONSTRAINT `FK_148784BB474870EE` FOREIGN KEY (`principal_id`) REFERENCES `user` (`id`),
  CONSTRAINT `FK_148784BB67433D9C` FOREIGN KEY (`meeting_id`) REFERENCES `meetings` (`id`),
  CONSTRAINT `FK_148784BBDB26A4E` FOREIGN KEY (`proxy_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `addresses` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `mac_address` varchar(100) NOT NULL,
  `last_seen` datetime NOT NULL DEFAULT current_timestamp(),
  `ignore_addr` tinyint(1) NOT NULL DEFAULT 0,
  `comments` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_6FCA7516B728E969` (`mac_address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `meta` (
  `key` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

CREATE TABLE `phone_extensions` (
  `extension` varchar(8) NOT NULL,
  `user_id` int(10) unsigned DEFAULT NULL,
  `phoneword` varchar(8) DEFAULT NULL,
  `description` varchar(255) NOT NULL,
  `type` varchar(16) NOT NULL,
  `category` varchar(16) NOT NULL,
  `sip_password` varchar(32) DEFAULT NULL,
  `mapped_number` varchar(12) DEFAULT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`extension`),
  UNIQUE KEY `duplicate_idx` (`extension`),
  KEY `IDX_FDFB5A3CA76ED395` (`user_id`),
  CONSTRAINT `FK_FDFB5A3CA76ED395` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
;

/*!40014 SET FOREIGN_KEY_CHECKS=1 */;
