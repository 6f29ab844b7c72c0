CREATE TABLE `sf_guard_user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `email_address` varchar(255) NOT NULL,
  `username` varchar(128) NOT NULL,
  `algorithm` varchar(128) NOT NULL DEFAULT 'sha1',
  `salt` varchar(128),
  `password` varchar(128),
  `is_active` tinyint(1) DEFAULT 1,
  `is_super_admin` tinyint(1) DEFAULT 0,
  `last_login` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sf_guard_user_email_address_idx` (`email_address`),
  UNIQUE KEY `sf_guard_user_username_idx` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sf_guard_group` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(1000),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sf_guard_group_name_idx` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sf_guard_user_group` (
  `user_id` bigint NOT NULL,
  `group_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`user_id`, `group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sf_guard_remember_key` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `remember_key` varchar(32),
  `ip_address` varchar(50),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sf_guard_forgot_password` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `unique_key` varchar(255),
  `expires_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sf_guard_user_id` bigint,
  `description` text,
  `ip_address` varchar(255),
  `user_agent` varchar(255),
  `referer` varchar(255),
  `success` tinyint(1),
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `postalcode` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `postalcode` varchar(7) NOT NULL,
  `city` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `picture` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `content` longblob NOT NULL,
  `width` bigint,
  `height` bigint,
  `content_encoding` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `address` text,
  `postalcode` varchar(10),
  `city` varchar(255),
  `country` varchar(255) DEFAULT 'FRANCE',
  `email` varchar(255),
  `email_no_newsletter` tinyint(1) NOT NULL DEFAULT 0,
  `email_npai` tinyint(1) NOT NULL DEFAULT 0,
  `npai` tinyint(1) NOT NULL DEFAULT 0,
  `vcard_uid` varchar(255),
  `last_accessor_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `firstname` varchar(255),
  `shortname` varchar(255),
  `title` varchar(255),
  `description` text,
  `flash_on_control` text,
  `password` varchar(255),
  `family_contact` tinyint(1) NOT NULL DEFAULT 1,
  `organism_category_id` bigint,
  `confirmed` tinyint(1) NOT NULL DEFAULT 1,
  `familial_quotient_id` bigint,
  `type_of_resources_id` bigint,
  `familial_situation_id` bigint,
  `sf_guard_user_id` bigint,
  `culture` varchar(32),
  `picture_id` bigint,
  `slug` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contact_vcard_uid_idx` (`vcard_uid`),
  UNIQUE KEY `contact_sf_guard_user_id_idx` (`sf_guard_user_id`),
  UNIQUE KEY `contact_slug_idx` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_phonenumber` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `number` varchar(255) NOT NULL,
  `contact_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `y_o_b` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `year` bigint,
  `month` bigint,
  `day` bigint,
  `name` varchar(255),
  `contact_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `familial_situation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_relationship` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `from_contact_id` bigint NOT NULL,
  `to_contact_id` bigint NOT NULL,
  `contact_relationship_type_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_relationship_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organism` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `address` text,
  `postalcode` varchar(10),
  `city` varchar(255),
  `country` varchar(255) DEFAULT 'FRANCE',
  `email` varchar(255),
  `email_no_newsletter` tinyint(1) NOT NULL DEFAULT 0,
  `email_npai` tinyint(1) NOT NULL DEFAULT 0,
  `npai` tinyint(1) NOT NULL DEFAULT 0,
  `vcard_uid` varchar(255),
  `last_accessor_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `url` varchar(255),
  `description` text,
  `organism_category_id` bigint,
  `administrative_number` varchar(255),
  `professional_id` bigint,
  `slug` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organism_vcard_uid_idx` (`vcard_uid`),
  UNIQUE KEY `organism_slug_idx` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organism_category` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `slug` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organism_category_slug_idx` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organism_phonenumber` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `number` varchar(255) NOT NULL,
  `organism_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `professional` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `organism_id` bigint NOT NULL,
  `contact_id` bigint NOT NULL,
  `professional_type_id` bigint,
  `contact_number` varchar(255),
  `contact_email` varchar(255),
  `contact_email_no_newsletter` tinyint(1) NOT NULL DEFAULT 0,
  `contact_email_npai` tinyint(1) NOT NULL DEFAULT 0,
  `department` varchar(255),
  `description` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `professional_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_table` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `sf_guard_user_id` bigint,
  `description` text,
  `slug` text,
  `picture_id` bigint,
  `display_everywhere` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_table_picture_id_idx` (`picture_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_contact` (
  `group_id` bigint NOT NULL,
  `information` text,
  `contact_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`group_id`, `contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_user` (
  `group_id` bigint NOT NULL,
  `information` text,
  `sf_guard_user_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`group_id`, `sf_guard_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sf_guard_user_id` bigint,
  `field_from` varchar(255) NOT NULL,
  `field_to` text,
  `field_cc` text,
  `field_bcc` text,
  `field_subject` text NOT NULL,
  `content` text NOT NULL,
  `content_text` text,
  `sent` tinyint(1) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_contact` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email_id` bigint NOT NULL,
  `contact_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `on_ticket` varchar(255),
  `seated` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_name_idx` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sf_guard_user_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `meta_event_id` bigint NOT NULL,
  `event_category_id` bigint,
  `event_category_description` varchar(255),
  `staging` varchar(255),
  `staging_label` varchar(255),
  `writer` varchar(255),
  `writer_label` varchar(255),
  `duration` bigint,
  `age_min` decimal(3,1),
  `age_max` decimal(3,1),
  `web_price` decimal(8,2),
  `web_price_group` decimal(8,2),
  `image_url` varchar(255),
  `picture_id` bigint,
  `display_by_default` tinyint(1) NOT NULL DEFAULT 1,
  `accounting_account` varchar(50),
  `slug` varchar(255) DEFAULT NULL,
  `museum` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_picture_id_idx` (`picture_id`),
  UNIQUE KEY `event_slug_idx` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_translation` (
  `id` bigint NOT NULL,
  `name` varchar(255) NOT NULL,
  `subtitle` varchar(255),
  `short_name` varchar(127),
  `description` text,
  `extradesc` text,
  `extraspec` text,
  `lang` char(2) NOT NULL,
  PRIMARY KEY (`id`, `lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `location` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `address` text,
  `postalcode` varchar(10),
  `city` varchar(255),
  `country` varchar(255) DEFAULT 'FRANCE',
  `email` varchar(255),
  `email_no_newsletter` tinyint(1) NOT NULL DEFAULT 0,
  `email_npai` tinyint(1) NOT NULL DEFAULT 0,
  `npai` tinyint(1) NOT NULL DEFAULT 0,
  `vcard_uid` varchar(255),
  `last_accessor_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `rank` bigint,
  `description` text,
  `contact_id` bigint,
  `organism_id` bigint,
  `gauge_max` bigint,
  `gauge_min` bigint,
  `reservation_price` decimal(11,2),
  `place` tinyint(1) NOT NULL DEFAULT 1,
  `licenses` varchar(255),
  `unlimited` tinyint(1) DEFAULT 0,
  `slug` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `location_vcard_uid_idx` (`vcard_uid`),
  UNIQUE KEY `location_slug_idx` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `manifestation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sf_guard_user_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `event_id` bigint NOT NULL,
  `location_id` bigint NOT NULL,
  `color_id` bigint,
  `happens_at` datetime NOT NULL,
  `duration` bigint,
  `description` text,
  `vat_id` bigint NOT NULL,
  `online_limit` bigint NOT NULL DEFAULT 10,
  `online_limit_per_transaction` bigint,
  `no_print` tinyint(1) NOT NULL DEFAULT 0,
  `depends_on` bigint,
  `contact_id` bigint,
  `organism_id` bigint,
  `blocking` tinyint(1) NOT NULL DEFAULT 1,
  `reservation_begins_at` datetime NOT NULL,
  `reservation_ends_at` datetime NOT NULL,
  `reservation_description` text,
  `reservation_optional` tinyint(1) NOT NULL DEFAULT 0,
  `reservation_confirmed` tinyint(1) NOT NULL DEFAULT 1,
  `expected_income` decimal(15,3),
  `voucherized` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gauge` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `workspace_id` bigint NOT NULL,
  `manifestation_id` bigint NOT NULL,
  `value` bigint NOT NULL,
  `online` tinyint(1) NOT NULL DEFAULT 0,
  `onsite` tinyint(1) NOT NULL DEFAULT 1,
  `group_name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaction` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sf_guard_user_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `contact_id` bigint,
  `professional_id` bigint,
  `transaction_id` bigint,
  `type` varchar(255) NOT NULL DEFAULT 'normal',
  `closed` tinyint(1) NOT NULL DEFAULT 0,
  `description` text,
  `send_an_email` tinyint(1) NOT NULL DEFAULT 0,
  `deposit` tinyint(1) NOT NULL DEFAULT 0,
  `with_shipment` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sf_guard_user_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `transaction_id` bigint NOT NULL,
  `vat` decimal(5,4) NOT NULL DEFAULT 0,
  `value` decimal(8,3) NOT NULL,
  `manifestation_id` bigint NOT NULL,
  `gauge_id` bigint NOT NULL,
  `price_id` bigint,
  `price_name` varchar(63) NOT NULL,
  `seat_id` bigint,
  `duplicating` bigint,
  `grouping_fingerprint` varchar(255),
  `cancelling` bigint,
  `printed_at` datetime,
  `integrated_at` datetime,
  `barcode` varchar(255),
  `othercode` varchar(255),
  `member_card_id` bigint,
  `taxes` decimal(6,3) NOT NULL DEFAULT 0,
  `contact_id` bigint,
  `comment` text,
  `auto_by_hold` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ticket_cancelling_idx` (`cancelling`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cancellation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sf_guard_user_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `transaction_id` bigint NOT NULL,
  `ticket_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cancellation_ticket_id_idx` (`ticket_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `control` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sf_guard_user_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `ticket_id` bigint NOT NULL,
  `checkpoint_id` bigint NOT NULL,
  `comment` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order_table` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sf_guard_user_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `transaction_id` bigint NOT NULL,
  `type` varchar(255),
  `manifestation_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sf_guard_user_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `transaction_id` bigint NOT NULL,
  `type` varchar(255),
  `manifestation_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_method` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `account` varchar(63),
  `display` tinyint(1) NOT NULL DEFAULT 1,
  `member_card_linked` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sf_guard_user_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `transaction_id` bigint NOT NULL,
  `payment_method_id` bigint NOT NULL,
  `value` decimal(10,3) NOT NULL,
  `member_card_id` bigint,
  `detail` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_event_archives` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `contact_id` bigint NOT NULL,
  `happens_at` datetime NOT NULL,
  `name` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_card` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sf_guard_user_id` bigint,
  `automatic` tinyint(1) NOT NULL DEFAULT 0,
  `contact_id` bigint,
  `expire_at` datetime NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `member_card_type_id` bigint NOT NULL,
  `transaction_id` bigint,
  `checks_count` bigint NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
