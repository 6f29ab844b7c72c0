CREATE TABLE `account_agreement` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `name_de` varchar(200) DEFAULT NULL,
  `name_en` varchar(200) DEFAULT NULL,
  `text` longtext NOT NULL,
  `text_de` longtext DEFAULT NULL,
  `text_en` longtext DEFAULT NULL,
  `start` date NOT NULL,
  `end` date DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_useragreement` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `agreed` datetime(6) DEFAULT NULL,
  `agreement_id` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `account_useragreement_user_id_3317dc56_fk_auth_user_id` (`user_id`),
  KEY `account_useragreement_agreement_id_a3816799_fk` (`agreement_id`),
  CONSTRAINT `account_useragreement_agreement_id_a3816799_fk` FOREIGN KEY (`agreement_id`) REFERENCES `account_agreement` (`id`),
  CONSTRAINT `account_useragreement_user_id_3317dc56_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `badges_badgerole` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `name_de` varchar(200) DEFAULT NULL,
  `name_en` varchar(200) DEFAULT NULL,
  `latex_name` varchar(200) NOT NULL,
  `badge_settings_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `badges_badgerole_badge_settings_id_db683437_fk` (`badge_settings_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `badges_badgedefaults` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `design_id` bigint(20) DEFAULT NULL,
  `role_id` bigint(20) DEFAULT NULL,
  `no_default_role` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `badges_badgedefaults_design_id_29e3e9ea_fk` (`design_id`),
  KEY `badges_badgedefaults_role_id_0e67c40d_fk` (`role_id`),
  CONSTRAINT `badges_badgedefaults_role_id_0e67c40d_fk` FOREIGN KEY (`role_id`) REFERENCES `badges_badgerole` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_event` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `url_name` varchar(200) NOT NULL,
  `name` varchar(200) NOT NULL,
  `text` longtext NOT NULL,
  `text_de` longtext DEFAULT NULL,
  `text_en` longtext DEFAULT NULL,
  `imprint` longtext NOT NULL,
  `imprint_de` longtext DEFAULT NULL,
  `imprint_en` longtext DEFAULT NULL,
  `registered` longtext NOT NULL,
  `registered_de` longtext DEFAULT NULL,
  `registered_en` longtext DEFAULT NULL,
  `email` varchar(254) NOT NULL,
  `logo` varchar(100) DEFAULT NULL,
  `max_overlapping` int(11) DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `ask_shirt` tinyint(1) NOT NULL,
  `ask_nutrition` tinyint(1) NOT NULL,
  `ask_full_age` tinyint(1) NOT NULL,
  `show_public_numbers` tinyint(1) NOT NULL,
  `badges` tinyint(1) NOT NULL,
  `date` date NOT NULL,
  `ask_news` tinyint(1) NOT NULL,
  `gifts` tinyint(1) NOT NULL,
  `archived` tinyint(1) NOT NULL,
  `inventory` tinyint(1) NOT NULL,
  `shirt_sizes` varchar(250) NOT NULL,
  `changes_until` date DEFAULT NULL,
  `logo_social` varchar(100) DEFAULT NULL,
  `days` int(11) NOT NULL,
  `ask_phone` tinyint(1) NOT NULL,
  `prerequisites` tinyint(1) NOT NULL,
  `ask_mxid` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `url_name` (`url_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `badges_badgesettings` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `latex_template` varchar(100) DEFAULT NULL,
  `rows` int(11) NOT NULL,
  `columns` int(11) NOT NULL,
  `barcodes` tinyint(1) NOT NULL,
  `coordinator_title` varchar(200) NOT NULL,
  `helper_title` varchar(200) NOT NULL,
  `defaults_id` bigint(20) NOT NULL,
  `event_id` bigint(20) NOT NULL,
  `language` varchar(10) NOT NULL,
  `only_coordinators` tinyint(1) NOT NULL,
  `shift_format` varchar(250) NOT NULL,
  `shift_no_names` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `defaults_id` (`defaults_id`),
  UNIQUE KEY `event_id` (`event_id`),
  CONSTRAINT `badges_badgesettings_defaults_id_ab39f8b9_fk` FOREIGN KEY (`defaults_id`) REFERENCES `badges_badgedefaults` (`id`),
  CONSTRAINT `badges_badgesettings_event_id_e7bac98d_fk_registration_event_id` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `badges_badgedesign` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `name_de` varchar(200) DEFAULT NULL,
  `name_en` varchar(200) DEFAULT NULL,
  `font_color` varchar(7) NOT NULL,
  `bg_front` varchar(100) DEFAULT NULL,
  `bg_back` varchar(100) DEFAULT NULL,
  `badge_settings_id` bigint(20) NOT NULL,
  `bg_color` varchar(7) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `badges_badgedesign_badge_settings_id_7707bd17_fk` (`badge_settings_id`),
  CONSTRAINT `badges_badgedesign_badge_settings_id_7707bd17_fk` FOREIGN KEY (`badge_settings_id`) REFERENCES `badges_badgesettings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_helper` (
  `id` uuid NOT NULL,
  `firstname` varchar(200) NOT NULL,
  `surname` varchar(200) NOT NULL,
  `email` varchar(254) NOT NULL,
  `phone` varchar(200) NOT NULL,
  `comment` varchar(200) NOT NULL,
  `shirt` varchar(20) NOT NULL,
  `infection_instruction` varchar(20) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `validated` tinyint(1) NOT NULL,
  `event_id` bigint(20) NOT NULL,
  `privacy_statement` tinyint(1) NOT NULL,
  `mail_failed` varchar(512) DEFAULT NULL,
  `internal_comment` longtext NOT NULL,
  `nutrition` varchar(20) NOT NULL,
  `timestamp_validated` datetime(6) DEFAULT NULL,
  `validation_id` uuid NOT NULL,
  `mxid` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `registration_helper_event_id_06394b97_fk` (`event_id`),
  CONSTRAINT `registration_helper_event_id_06394b97_fk` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_job` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `name_de` varchar(200) DEFAULT NULL,
  `name_en` varchar(200) DEFAULT NULL,
  `public` tinyint(1) NOT NULL,
  `infection_instruction` tinyint(1) NOT NULL,
  `description` longtext NOT NULL,
  `description_de` longtext DEFAULT NULL,
  `description_en` longtext DEFAULT NULL,
  `badge_defaults_id` bigint(20) DEFAULT NULL,
  `event_id` bigint(20) NOT NULL,
  `archived_number_coordinators` int(11) NOT NULL,
  `order` int(10) unsigned NOT NULL CHECK (`order` >= 0),
  `important_notes` longtext NOT NULL,
  `important_notes_de` longtext DEFAULT NULL,
  `important_notes_en` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `badge_defaults_id` (`badge_defaults_id`),
  KEY `registration_job_event_id_a7874ba5_fk` (`event_id`),
  CONSTRAINT `registration_job_badge_defaults_id_499480d9_fk` FOREIGN KEY (`badge_defaults_id`) REFERENCES `badges_badgedefaults` (`id`),
  CONSTRAINT `registration_job_event_id_a7874ba5_fk` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `badges_badge` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `firstname` varchar(200) NOT NULL,
  `surname` varchar(200) NOT NULL,
  `job` varchar(200) NOT NULL,
  `shift` varchar(200) NOT NULL,
  `role` varchar(200) NOT NULL,
  `photo` varchar(100) DEFAULT NULL,
  `printed` tinyint(1) NOT NULL,
  `custom_design_id` bigint(20) DEFAULT NULL,
  `custom_role_id` bigint(20) DEFAULT NULL,
  `helper_id` uuid DEFAULT NULL,
  `primary_job_id` bigint(20) DEFAULT NULL,
  `barcode` int(10) unsigned DEFAULT NULL CHECK (`barcode` >= 0),
  `event_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `helper_id` (`helper_id`),
  KEY `badges_badge_primary_job_id_13156d09_fk_registration_job_id` (`primary_job_id`),
  KEY `badges_badge_event_id_b6e31449_fk_registration_event_id` (`event_id`),
  KEY `badges_badge_custom_design_id_b84af7ae_fk` (`custom_design_id`),
  KEY `badges_badge_custom_role_id_f96c6ddf_fk` (`custom_role_id`),
  CONSTRAINT `badges_badge_custom_design_id_b84af7ae_fk` FOREIGN KEY (`custom_design_id`) REFERENCES `badges_badgedesign` (`id`),
  CONSTRAINT `badges_badge_custom_role_id_f96c6ddf_fk` FOREIGN KEY (`custom_role_id`) REFERENCES `badges_badgerole` (`id`),
  CONSTRAINT `badges_badge_event_id_b6e31449_fk_registration_event_id` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`),
  CONSTRAINT `badges_badge_helper_id_4c4c61c8_fk_registration_helper_id` FOREIGN KEY (`helper_id`) REFERENCES `registration_helper` (`id`),
  CONSTRAINT `badges_badge_primary_job_id_13156d09_fk_registration_job_id` FOREIGN KEY (`primary_job_id`) REFERENCES `registration_job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `badges_badgepermission` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `name_de` varchar(200) DEFAULT NULL,
  `name_en` varchar(200) DEFAULT NULL,
  `latex_name` varchar(200) NOT NULL,
  `badge_settings_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `badges_badgepermission_badge_settings_id_8b09fd57_fk` (`badge_settings_id`),
  CONSTRAINT `badges_badgepermission_badge_settings_id_8b09fd57_fk` FOREIGN KEY (`badge_settings_id`) REFERENCES `badges_badgesettings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `badges_badgerole_permissions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `badgerole_id` bigint(20) NOT NULL,
  `badgepermission_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `badges_badgerole_permiss_badgerole_id_badgepermis_656fe2bc_uniq` (`badgerole_id`,`badgepermission_id`),
  KEY `badges_badgerole_permissions_badgepermission_id_bffe2fdb_fk` (`badgepermission_id`),
  CONSTRAINT `badges_badgerole_permissions_badgepermission_id_bffe2fdb_fk` FOREIGN KEY (`badgepermission_id`) REFERENCES `badges_badgepermission` (`id`),
  CONSTRAINT `badges_badgerole_permissions_badgerole_id_3c012c10_fk` FOREIGN KEY (`badgerole_id`) REFERENCES `badges_badgerole` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `badges_specialbadges` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `number` int(11) NOT NULL,
  `event_id` bigint(20) NOT NULL,
  `template_badge_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `template_badge_id` (`template_badge_id`),
  KEY `badges_specialbadges_event_id_e34b1831_fk_registration_event_id` (`event_id`),
  CONSTRAINT `badges_specialbadges_event_id_e34b1831_fk_registration_event_id` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`),
  CONSTRAINT `badges_specialbadges_template_badge_id_685d289a_fk` FOREIGN KEY (`template_badge_id`) REFERENCES `badges_badge` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gifts_giftset` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `name_de` varchar(200) DEFAULT NULL,
  `name_en` varchar(200) DEFAULT NULL,
  `event_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `gifts_giftset_event_id_1cbc4859_fk` (`event_id`),
  CONSTRAINT `gifts_giftset_event_id_1cbc4859_fk` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gifts_helpersgifts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `deposit` int(11) DEFAULT NULL,
  `deposit_returned` tinyint(1) NOT NULL,
  `helper_id` uuid NOT NULL,
  `got_shirt` tinyint(1) NOT NULL,
  `buy_shirt` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `helper_id` (`helper_id`),
  CONSTRAINT `gifts_helpersgifts_helper_id_33997ae4_fk_registration_helper_id` FOREIGN KEY (`helper_id`) REFERENCES `registration_helper` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_shift` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `begin` datetime(6) NOT NULL,
  `end` datetime(6) NOT NULL,
  `number` int(11) NOT NULL,
  `blocked` tinyint(1) NOT NULL,
  `job_id` bigint(20) NOT NULL,
  `archived_number` int(11) NOT NULL,
  `hidden` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `registration_shift_job_id_7626c3e7_fk` (`job_id`),
  CONSTRAINT `registration_shift_job_id_7626c3e7_fk` FOREIGN KEY (`job_id`) REFERENCES `registration_job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gifts_deservedgiftset` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `delivered` tinyint(1) NOT NULL,
  `gift_set_id` bigint(20) NOT NULL,
  `helper_id` bigint(20) NOT NULL,
  `shift_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gifts_deservedgiftset_helper_id_gift_set_id_sh_7630a2a2_uniq` (`helper_id`,`gift_set_id`,`shift_id`),
  KEY `gifts_deservedgiftset_shift_id_6fc162b5_fk` (`shift_id`),
  KEY `gifts_deservedgiftset_gift_set_id_4818e719_fk` (`gift_set_id`),
  CONSTRAINT `gifts_deservedgiftset_gift_set_id_4818e719_fk` FOREIGN KEY (`gift_set_id`) REFERENCES `gifts_giftset` (`id`),
  CONSTRAINT `gifts_deservedgiftset_helper_id_4ba9b051_fk` FOREIGN KEY (`helper_id`) REFERENCES `gifts_helpersgifts` (`id`),
  CONSTRAINT `gifts_deservedgiftset_shift_id_6fc162b5_fk` FOREIGN KEY (`shift_id`) REFERENCES `registration_shift` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gifts_gift` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `event_id` bigint(20) NOT NULL,
  `name_de` varchar(200) DEFAULT NULL,
  `name_en` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `gifts_gift_event_id_258bd32d_fk` (`event_id`),
  CONSTRAINT `gifts_gift_event_id_258bd32d_fk` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gifts_giftsettings` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `enable_automatic_presence` tinyint(1) NOT NULL,
  `default_deposit` int(11) DEFAULT NULL,
  `event_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_id` (`event_id`),
  CONSTRAINT `gifts_giftsettings_event_id_bdf1e48a_fk_registration_event_id` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gifts_includedgift` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `count` int(11) NOT NULL,
  `gift_id` bigint(20) NOT NULL,
  `gift_set_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gifts_includedgift_gift_set_id_gift_id_fdd1a2c0_uniq` (`gift_set_id`,`gift_id`),
  KEY `gifts_includedgift_gift_id_a74c5940_fk` (`gift_id`),
  CONSTRAINT `gifts_includedgift_gift_id_a74c5940_fk` FOREIGN KEY (`gift_id`) REFERENCES `gifts_gift` (`id`),
  CONSTRAINT `gifts_includedgift_gift_set_id_14553980_fk` FOREIGN KEY (`gift_set_id`) REFERENCES `gifts_giftset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `help_issue` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `subject` varchar(20) NOT NULL,
  `text` longtext DEFAULT NULL,
  `done_by_id` int(11) DEFAULT NULL,
  `sender_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `help_issue_done_by_id_7b8ce63d_fk_auth_user_id` (`done_by_id`),
  KEY `help_issue_sender_id_ba2db667_fk_auth_user_id` (`sender_id`),
  CONSTRAINT `help_issue_done_by_id_7b8ce63d_fk_auth_user_id` FOREIGN KEY (`done_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `help_issue_sender_id_ba2db667_fk_auth_user_id` FOREIGN KEY (`sender_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `inventory_inventory` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `multiple_assignments` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `inventory_item` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `barcode` varchar(100) NOT NULL,
  `inventory_id` bigint(20) NOT NULL,
  `comment` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_item_inventory_id_barcode_5bb23d90_uniq` (`inventory_id`,`barcode`),
  CONSTRAINT `inventory_item_inventory_id_acdc8abd_fk` FOREIGN KEY (`inventory_id`) REFERENCES `inventory_inventory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `inventory_useditem` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `timestamp_returned` datetime(6) DEFAULT NULL,
  `helper_id` uuid NOT NULL,
  `item_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `inventory_useditem_helper_id_760e2ebf_fk_registration_helper_id` (`helper_id`),
  KEY `inventory_useditem_item_id_c0d61690_fk` (`item_id`),
  CONSTRAINT `inventory_useditem_helper_id_760e2ebf_fk_registration_helper_id` FOREIGN KEY (`helper_id`) REFERENCES `registration_helper` (`id`),
  CONSTRAINT `inventory_useditem_item_id_c0d61690_fk` FOREIGN KEY (`item_id`) REFERENCES `inventory_item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mail_sentmail` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `sender` varchar(254) NOT NULL,
  `cc` varchar(254) NOT NULL,
  `reply_to` varchar(254) NOT NULL,
  `subject` varchar(200) NOT NULL,
  `text` longtext NOT NULL,
  `all_helpers_and_coordinators` tinyint(1) NOT NULL,
  `all_coordinators` tinyint(1) NOT NULL,
  `event_id` bigint(20) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `date` datetime(6) NOT NULL,
  `failed` tinyint(1) NOT NULL,
  `tracking_uuid` uuid DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `mail_sentmail_event_id_c7fd51b0` (`event_id`),
  KEY `mail_sentmail_user_id_9cdd42eb_fk_auth_user_id` (`user_id`),
  CONSTRAINT `mail_sentmail_event_id_c7fd51b0_fk_registration_event_id` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`),
  CONSTRAINT `mail_sentmail_user_id_9cdd42eb_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mail_maildelivery` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `failed` varchar(512) DEFAULT NULL,
  `helper_id` uuid NOT NULL,
  `sentmail_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mail_maildelivery_helper_id_49d45d97_fk_registration_helper_id` (`helper_id`),
  KEY `mail_maildelivery_sentmail_id_34e012cf_fk` (`sentmail_id`),
  CONSTRAINT `mail_maildelivery_helper_id_49d45d97_fk_registration_helper_id` FOREIGN KEY (`helper_id`) REFERENCES `registration_helper` (`id`),
  CONSTRAINT `mail_maildelivery_sentmail_id_34e012cf_fk` FOREIGN KEY (`sentmail_id`) REFERENCES `mail_sentmail` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mail_sentmail_shifts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `sentmail_id` bigint(20) NOT NULL,
  `shift_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_sentmail_shifts_sentmail_id_shift_id_5cd03d1d_uniq` (`sentmail_id`,`shift_id`),
  KEY `mail_sentmail_shifts_shift_id_997cc3da_fk_registration_shift_id` (`shift_id`),
  CONSTRAINT `mail_sentmail_shifts_sentmail_id_3beca346_fk` FOREIGN KEY (`sentmail_id`) REFERENCES `mail_sentmail` (`id`),
  CONSTRAINT `mail_sentmail_shifts_shift_id_997cc3da_fk_registration_shift_id` FOREIGN KEY (`shift_id`) REFERENCES `registration_shift` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `news_person` (
  `email` varchar(254) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `token` uuid NOT NULL,
  `withevent` tinyint(1) NOT NULL,
  `timestamp_validated` datetime(6) DEFAULT NULL,
  `validated` tinyint(1) NOT NULL,
  `mail_failed` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`token`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `prerequisites_prerequisite` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `name_de` varchar(200) DEFAULT NULL,
  `name_en` varchar(200) DEFAULT NULL,
  `description` longtext NOT NULL,
  `description_de` longtext DEFAULT NULL,
  `description_en` longtext DEFAULT NULL,
  `event_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `prerequisites_prerequisite_event_id_08275de4_fk` (`event_id`),
  CONSTRAINT `prerequisites_prerequisite_event_id_08275de4_fk` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `prerequisites_fulfilledprerequisite` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `has_prerequisite` tinyint(1) NOT NULL,
  `helper_id` uuid NOT NULL,
  `prerequisite_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `prerequisites_fulfil_helper_id_091e0d6a_fk_registrat` (`helper_id`),
  KEY `prerequisites_fulfilledprerequisite_prerequisite_id_8724f283_fk` (`prerequisite_id`),
  CONSTRAINT `prerequisites_fulfil_helper_id_091e0d6a_fk_registrat` FOREIGN KEY (`helper_id`) REFERENCES `registration_helper` (`id`),
  CONSTRAINT `prerequisites_fulfilledprerequisite_prerequisite_id_8724f283_fk` FOREIGN KEY (`prerequisite_id`) REFERENCES `prerequisites_prerequisite` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_eventadminroles` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `roles` varchar(250) NOT NULL,
  `event_id` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registration_eventadminroles_event_id_user_id_908cd3cc_uniq` (`event_id`,`user_id`),
  KEY `registration_eventadminroles_user_id_dcec510f_fk_auth_user_id` (`user_id`),
  CONSTRAINT `registration_eventadminroles_event_id_c840037c_fk` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`),
  CONSTRAINT `registration_eventadminroles_user_id_dcec510f_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_eventarchive` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `key` varchar(200) NOT NULL,
  `version` int(10) unsigned NOT NULL CHECK (`version` >= 0),
  `data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`data`)),
  `event_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `registration_eventarchive_event_id_03b01e2f_fk` (`event_id`),
  CONSTRAINT `registration_eventarchive_event_id_03b01e2f_fk` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_helpershift` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `present` tinyint(1) NOT NULL,
  `manual_presence` tinyint(1) NOT NULL,
  `helper_id` uuid NOT NULL,
  `shift_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registration_helpershift_helper_id_shift_id_db995f7d_uniq` (`helper_id`,`shift_id`),
  KEY `registration_helpershift_shift_id_c501e810_fk` (`shift_id`),
  CONSTRAINT `registration_helpers_helper_id_ed443174_fk_registrat` FOREIGN KEY (`helper_id`) REFERENCES `registration_helper` (`id`),
  CONSTRAINT `registration_helpershift_shift_id_c501e810_fk` FOREIGN KEY (`shift_id`) REFERENCES `registration_shift` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_job_coordinators` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `job_id` bigint(20) NOT NULL,
  `helper_id` uuid NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registration_job_coordinators_job_id_helper_id_e2e8f899_uniq` (`job_id`,`helper_id`),
  KEY `registration_job_coo_helper_id_3965a333_fk_registrat` (`helper_id`),
  CONSTRAINT `registration_job_coo_helper_id_3965a333_fk_registrat` FOREIGN KEY (`helper_id`) REFERENCES `registration_helper` (`id`),
  CONSTRAINT `registration_job_coordinators_job_id_2501e9fe_fk` FOREIGN KEY (`job_id`) REFERENCES `registration_job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_job_prerequisites` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `job_id` bigint(20) NOT NULL,
  `prerequisite_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registration_job_prerequ_job_id_prerequisite_id_ffc1fd7b_uniq` (`job_id`,`prerequisite_id`),
  KEY `registration_job_prerequisites_prerequisite_id_d4840c9d_fk` (`prerequisite_id`),
  CONSTRAINT `registration_job_prerequisites_job_id_cfdca4d2_fk` FOREIGN KEY (`job_id`) REFERENCES `registration_job` (`id`),
  CONSTRAINT `registration_job_prerequisites_prerequisite_id_d4840c9d_fk` FOREIGN KEY (`prerequisite_id`) REFERENCES `prerequisites_prerequisite` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_jobadminroles` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `roles` varchar(250) NOT NULL,
  `job_id` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registration_jobadminroles_job_id_user_id_231e62b8_uniq` (`job_id`,`user_id`),
  KEY `registration_jobadminroles_user_id_afd71c25_fk_auth_user_id` (`user_id`),
  CONSTRAINT `registration_jobadmi_job_id_33af723a_fk_registrat` FOREIGN KEY (`job_id`) REFERENCES `registration_job` (`id`),
  CONSTRAINT `registration_jobadminroles_user_id_afd71c25_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_link` (
  `id` uuid NOT NULL,
  `usage` varchar(200) NOT NULL,
  `creator_id` int(11) DEFAULT NULL,
  `event_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `registration_link_creator_id_b743ae54_fk_auth_user_id` (`creator_id`),
  KEY `registration_link_event_id_f5479ed5_fk` (`event_id`),
  CONSTRAINT `registration_link_creator_id_b743ae54_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `registration_link_event_id_f5479ed5_fk` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_link_shifts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `link_id` uuid NOT NULL,
  `shift_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registration_link_shifts_link_id_shift_id_bd610484_uniq` (`link_id`,`shift_id`),
  KEY `registration_link_shifts_shift_id_89271d56_fk` (`shift_id`),
  CONSTRAINT `registration_link_sh_link_id_e5d24ad5_fk_registrat` FOREIGN KEY (`link_id`) REFERENCES `registration_link` (`id`),
  CONSTRAINT `registration_link_shifts_shift_id_89271d56_fk` FOREIGN KEY (`shift_id`) REFERENCES `registration_shift` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_shift_gifts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `shift_id` bigint(20) NOT NULL,
  `giftset_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registration_shift_gifts_shift_id_giftset_id_a07cc694_uniq` (`shift_id`,`giftset_id`),
  KEY `registration_shift_gifts_giftset_id_2e231bdf_fk` (`giftset_id`),
  CONSTRAINT `registration_shift_gifts_giftset_id_2e231bdf_fk` FOREIGN KEY (`giftset_id`) REFERENCES `gifts_giftset` (`id`),
  CONSTRAINT `registration_shift_gifts_shift_id_f788336e_fk` FOREIGN KEY (`shift_id`) REFERENCES `registration_shift` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `toollog_logentry` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `level` varchar(16) NOT NULL,
  `message` varchar(512) NOT NULL,
  `extras` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`extras`)),
  `module` varchar(128) NOT NULL,
  `event_id` bigint(20) DEFAULT NULL,
  `helper_id` uuid DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `toollog_logentry_event_id_09632e83_fk_registration_event_id` (`event_id`),
  KEY `toollog_logentry_helper_id_b2e70926_fk_registration_helper_id` (`helper_id`),
  KEY `toollog_logentry_user_id_d4cf7f37_fk_auth_user_id` (`user_id`),
  CONSTRAINT `toollog_logentry_event_id_09632e83_fk_registration_event_id` FOREIGN KEY (`event_id`) REFERENCES `registration_event` (`id`),
  CONSTRAINT `toollog_logentry_helper_id_b2e70926_fk_registration_helper_id` FOREIGN KEY (`helper_id`) REFERENCES `registration_helper` (`id`),
  CONSTRAINT `toollog_logentry_user_id_d4cf7f37_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_user_groups` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `axes_accesslog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` char(39) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `logout_time` datetime(6) DEFAULT NULL,
  `session_hash` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `axes_accesslog_ip_address_86b417e5` (`ip_address`),
  KEY `axes_accesslog_user_agent_0e659004` (`user_agent`),
  KEY `axes_accesslog_username_df93064b` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

