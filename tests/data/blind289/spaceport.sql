-- Spaceport (Protospace Calgary's member portal), github.com/Protospace/spaceport apiserver/apiserver/api/models.py
-- at commit d598a59a75968b0e55c42b2d23c3ce5b2f2f1275 (AGPL-3.0).
-- The repository keeps no migrations (they are git-ignored and made on the server), so they were made from the models
-- with `manage.py makemigrations` under the pinned requirements (Django 3.1.14, django-simple-history 2.8.0,
-- django-allauth 0.41.0, django-oidc-provider 0.8.3, djangorestframework 3.11.2, django-rest-auth 0.9.5) and
-- applied with `manage.py migrate` to MariaDB 10.11; this is mysqldump --no-data of that database, tables ordered
-- so that foreign-key targets come first. `register(User)` makes django-simple-history add `auth_historicaluser`.
-- Left out: api_historicalcourse, api_historicaldrawing, api_historicalipn, api_historicalpaypalhint,
-- api_historicalsession, api_historicalstoragespace (history copies of kept tables), auth_group_permissions,
-- auth_user_user_permissions, socialaccount_socialapp_sites, oidc_provider_client_response_types,
-- oidc_provider_responsetype, django_migrations.

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
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `old_email` varchar(254) DEFAULT NULL,
  `photo_large` varchar(64) DEFAULT NULL,
  `photo_medium` varchar(64) DEFAULT NULL,
  `photo_small` varchar(64) DEFAULT NULL,
  `member_forms` varchar(64) DEFAULT NULL,
  `set_details` tinyint(1) NOT NULL,
  `first_name` varchar(32) NOT NULL,
  `last_name` varchar(32) NOT NULL,
  `preferred_name` varchar(32) NOT NULL,
  `phone` varchar(32) DEFAULT NULL,
  `emergency_contact_name` varchar(64) NOT NULL,
  `emergency_contact_phone` varchar(32) NOT NULL,
  `birthdate` date DEFAULT NULL,
  `is_minor` tinyint(1) NOT NULL,
  `guardian_name` varchar(32) DEFAULT NULL,
  `public_bio` varchar(512) NOT NULL,
  `private_notes` varchar(512) NOT NULL,
  `is_director` tinyint(1) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_instructor` tinyint(1) NOT NULL,
  `is_vetter` tinyint(1) NOT NULL,
  `status` varchar(32) DEFAULT NULL,
  `expire_date` date DEFAULT NULL,
  `current_start_date` date DEFAULT NULL,
  `application_date` date DEFAULT NULL,
  `vetted_date` date DEFAULT NULL,
  `orientation_date` date DEFAULT NULL,
  `lathe_cert_date` date DEFAULT NULL,
  `mill_cert_date` date DEFAULT NULL,
  `wood_cert_date` date DEFAULT NULL,
  `wood2_cert_date` date DEFAULT NULL,
  `tormach_cnc_cert_date` date DEFAULT NULL,
  `precix_cnc_cert_date` date DEFAULT NULL,
  `embroidery_cert_date` date DEFAULT NULL,
  `rabbit_cert_date` date DEFAULT NULL,
  `trotec_cert_date` date DEFAULT NULL,
  `mopa_cert_date` date DEFAULT NULL,
  `eufymakeuv_cert_date` date DEFAULT NULL,
  `scanner_cert_date` date DEFAULT NULL,
  `paused_date` date DEFAULT NULL,
  `monthly_fees` int(11) DEFAULT NULL,
  `is_allowed_entry` tinyint(1) NOT NULL,
  `discourse_username` varchar(40) DEFAULT NULL,
  `mediawiki_username` varchar(40) DEFAULT NULL,
  `allow_last_scanned` tinyint(1) NOT NULL,
  `signup_helper_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `api_member_signup_helper_id_a1307d88_fk_auth_user_id` (`signup_helper_id`),
  CONSTRAINT `api_member_signup_helper_id_a1307d88_fk_auth_user_id` FOREIGN KEY (`signup_helper_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `api_member_user_id_90620086_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_member_sponsorship` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from_member_id` int(11) NOT NULL,
  `to_member_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_member_sponsorship_from_member_id_to_member_id_d50fe557_uniq` (`from_member_id`,`to_member_id`),
  KEY `api_member_sponsorship_to_member_id_63238518_fk_api_member_id` (`to_member_id`),
  CONSTRAINT `api_member_sponsorship_from_member_id_75aa361d_fk_api_member_id` FOREIGN KEY (`from_member_id`) REFERENCES `api_member` (`id`),
  CONSTRAINT `api_member_sponsorship_to_member_id_63238518_fk_api_member_id` FOREIGN KEY (`to_member_id`) REFERENCES `api_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_transaction` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) DEFAULT NULL,
  `date` date NOT NULL,
  `amount` decimal(7,2) NOT NULL,
  `reference_number` varchar(64) DEFAULT NULL,
  `memo` longtext DEFAULT NULL,
  `number_of_membership_months` int(11) DEFAULT NULL,
  `payment_method` longtext DEFAULT NULL,
  `category` longtext DEFAULT NULL,
  `account_type` longtext DEFAULT NULL,
  `info_source` longtext DEFAULT NULL,
  `paypal_txn_id` varchar(17) DEFAULT NULL,
  `paypal_txn_type` varchar(64) DEFAULT NULL,
  `paypal_payer_id` varchar(13) DEFAULT NULL,
  `paypal_subscr_id` varchar(32) DEFAULT NULL,
  `protocoin` decimal(7,2) NOT NULL,
  `report_type` longtext DEFAULT NULL,
  `report_memo` longtext DEFAULT NULL,
  `recorder_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `paypal_txn_id` (`paypal_txn_id`),
  KEY `api_transaction_recorder_id_c8500479_fk_auth_user_id` (`recorder_id`),
  KEY `api_transaction_user_id_4a6f87d2_fk_auth_user_id` (`user_id`),
  CONSTRAINT `api_transaction_recorder_id_c8500479_fk_auth_user_id` FOREIGN KEY (`recorder_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `api_transaction_user_id_4a6f87d2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_paypalhint` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `account` varchar(32) NOT NULL,
  `member_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account` (`account`),
  KEY `api_paypalhint_user_id_b2aa7353_fk_auth_user_id` (`user_id`),
  CONSTRAINT `api_paypalhint_user_id_b2aa7353_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_ipn` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datetime` datetime(6) NOT NULL,
  `data` longtext NOT NULL,
  `status` varchar(32) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_card` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) DEFAULT NULL,
  `card_number` varchar(16) DEFAULT NULL,
  `notes` longtext DEFAULT NULL,
  `last_seen_at` date DEFAULT NULL,
  `last_seen` datetime(6) DEFAULT NULL,
  `active_status` varchar(32) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `card_number` (`card_number`),
  KEY `api_card_user_id_0ceb1f05_fk_auth_user_id` (`user_id`),
  CONSTRAINT `api_card_user_id_0ceb1f05_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_course` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` longtext DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `is_old` tinyint(1) NOT NULL,
  `tags` varchar(128) NOT NULL,
  `num_interested` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `is_cancelled` tinyint(1) NOT NULL,
  `old_instructor` longtext DEFAULT NULL,
  `datetime` datetime(6) DEFAULT NULL,
  `cost` decimal(5,2) NOT NULL,
  `max_students` int(11) DEFAULT NULL,
  `course_id` int(11) DEFAULT NULL,
  `instructor_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `api_session_course_id_f3c628c4_fk_api_course_id` (`course_id`),
  KEY `api_session_instructor_id_58387bb2_fk_auth_user_id` (`instructor_id`),
  CONSTRAINT `api_session_course_id_f3c628c4_fk_api_course_id` FOREIGN KEY (`course_id`) REFERENCES `api_course` (`id`),
  CONSTRAINT `api_session_instructor_id_58387bb2_fk_auth_user_id` FOREIGN KEY (`instructor_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_training` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) DEFAULT NULL,
  `attendance_status` longtext DEFAULT NULL,
  `sign_up_date` date DEFAULT NULL,
  `paid_date` date DEFAULT NULL,
  `session_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `api_training_session_id_ce19104a_fk_api_session_id` (`session_id`),
  KEY `api_training_user_id_d83a9695_fk_auth_user_id` (`user_id`),
  CONSTRAINT `api_training_session_id_ce19104a_fk_api_session_id` FOREIGN KEY (`session_id`) REFERENCES `api_session` (`id`),
  CONSTRAINT `api_training_user_id_d83a9695_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_interest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `course_id` int(11) DEFAULT NULL,
  `satisfied_by_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `api_interest_course_id_4e26bca8_fk_api_course_id` (`course_id`),
  KEY `api_interest_satisfied_by_id_9460ca33_fk_api_session_id` (`satisfied_by_id`),
  KEY `api_interest_user_id_7050e18c_fk_auth_user_id` (`user_id`),
  CONSTRAINT `api_interest_course_id_4e26bca8_fk_api_course_id` FOREIGN KEY (`course_id`) REFERENCES `api_course` (`id`),
  CONSTRAINT `api_interest_satisfied_by_id_9460ca33_fk_api_session_id` FOREIGN KEY (`satisfied_by_id`) REFERENCES `api_session` (`id`),
  CONSTRAINT `api_interest_user_id_7050e18c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_metainfo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `backup_id` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_statsmembercount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `member_count` int(11) NOT NULL,
  `green_count` int(11) NOT NULL,
  `six_month_plus_count` int(11) NOT NULL,
  `vetted_count` int(11) NOT NULL,
  `subscriber_count` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_statssignupcount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `month` date NOT NULL,
  `signup_count` int(11) NOT NULL,
  `retain_count` int(11) NOT NULL,
  `vetted_count` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_statsspaceactivity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `card_scans` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_pinballscore` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `started_at` datetime(6) NOT NULL,
  `finished_at` datetime(6) DEFAULT NULL,
  `game_id` int(11) NOT NULL,
  `player` int(11) NOT NULL,
  `score` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `api_pinballscore_user_id_2d5c5648_fk_auth_user_id` (`user_id`),
  CONSTRAINT `api_pinballscore_user_id_2d5c5648_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_hosting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `started_at` datetime(6) NOT NULL,
  `finished_at` datetime(6) NOT NULL,
  `hours` decimal(5,2) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `api_hosting_user_id_a88d74ac_fk_auth_user_id` (`user_id`),
  CONSTRAINT `api_hosting_user_id_a88d74ac_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_storagespace` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `shelf_id` longtext NOT NULL,
  `classification` longtext NOT NULL,
  `memo` longtext NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `shelf_id` (`shelf_id`) USING HASH,
  KEY `api_storagespace_user_id_6fe80694_fk_auth_user_id` (`user_id`),
  CONSTRAINT `api_storagespace_user_id_6fe80694_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_drawing` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `filename` varchar(64) DEFAULT NULL,
  `is_hidden` tinyint(1) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `api_drawing_owner_id_4a162a61_fk_auth_user_id` (`owner_id`),
  CONSTRAINT `api_drawing_owner_id_4a162a61_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_historyindex` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(10) unsigned NOT NULL CHECK (`object_id` >= 0),
  `owner_id` int(10) unsigned NOT NULL CHECK (`owner_id` >= 0),
  `owner_name` longtext NOT NULL,
  `object_name` longtext NOT NULL,
  `history_date` datetime(6) NOT NULL,
  `history_type` longtext NOT NULL,
  `revert_url` longtext NOT NULL,
  `is_system` tinyint(1) NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `api_historyindex_content_type_id_38938264_fk_django_co` (`content_type_id`),
  KEY `api_historyindex_history_user_id_b33513e2_fk_auth_user_id` (`history_user_id`),
  CONSTRAINT `api_historyindex_content_type_id_38938264_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `api_historyindex_history_user_id_b33513e2_fk_auth_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_historychange` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `field` longtext NOT NULL,
  `old` longtext NOT NULL,
  `new` longtext NOT NULL,
  `index_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `api_historychange_index_id_0a3d41b0_fk_api_historyindex_id` (`index_id`),
  CONSTRAINT `api_historychange_index_id_0a3d41b0_fk_api_historyindex_id` FOREIGN KEY (`index_id`) REFERENCES `api_historyindex` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_historicalmember` (
  `id` int(11) NOT NULL,
  `old_email` varchar(254) DEFAULT NULL,
  `photo_large` varchar(64) DEFAULT NULL,
  `photo_medium` varchar(64) DEFAULT NULL,
  `photo_small` varchar(64) DEFAULT NULL,
  `set_details` tinyint(1) NOT NULL,
  `first_name` varchar(32) NOT NULL,
  `last_name` varchar(32) NOT NULL,
  `preferred_name` varchar(32) NOT NULL,
  `phone` varchar(32) DEFAULT NULL,
  `emergency_contact_name` varchar(64) NOT NULL,
  `emergency_contact_phone` varchar(32) NOT NULL,
  `birthdate` date DEFAULT NULL,
  `is_minor` tinyint(1) NOT NULL,
  `guardian_name` varchar(32) DEFAULT NULL,
  `public_bio` varchar(512) NOT NULL,
  `private_notes` varchar(512) NOT NULL,
  `is_director` tinyint(1) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_instructor` tinyint(1) NOT NULL,
  `is_vetter` tinyint(1) NOT NULL,
  `status` varchar(32) DEFAULT NULL,
  `expire_date` date DEFAULT NULL,
  `current_start_date` date DEFAULT NULL,
  `application_date` date DEFAULT NULL,
  `vetted_date` date DEFAULT NULL,
  `orientation_date` date DEFAULT NULL,
  `lathe_cert_date` date DEFAULT NULL,
  `mill_cert_date` date DEFAULT NULL,
  `wood_cert_date` date DEFAULT NULL,
  `wood2_cert_date` date DEFAULT NULL,
  `tormach_cnc_cert_date` date DEFAULT NULL,
  `precix_cnc_cert_date` date DEFAULT NULL,
  `embroidery_cert_date` date DEFAULT NULL,
  `rabbit_cert_date` date DEFAULT NULL,
  `trotec_cert_date` date DEFAULT NULL,
  `mopa_cert_date` date DEFAULT NULL,
  `eufymakeuv_cert_date` date DEFAULT NULL,
  `scanner_cert_date` date DEFAULT NULL,
  `paused_date` date DEFAULT NULL,
  `monthly_fees` int(11) DEFAULT NULL,
  `is_allowed_entry` tinyint(1) NOT NULL,
  `discourse_username` varchar(40) DEFAULT NULL,
  `mediawiki_username` varchar(40) DEFAULT NULL,
  `allow_last_scanned` tinyint(1) NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `signup_helper_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `api_historicalmember_history_user_id_aec68245_fk_auth_user_id` (`history_user_id`),
  KEY `api_historicalmember_id_1bceafe4` (`id`),
  KEY `api_historicalmember_signup_helper_id_d31b9aee` (`signup_helper_id`),
  KEY `api_historicalmember_user_id_31284d2e` (`user_id`),
  CONSTRAINT `api_historicalmember_history_user_id_aec68245_fk_auth_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_historicalcard` (
  `id` int(11) NOT NULL,
  `member_id` int(11) DEFAULT NULL,
  `card_number` varchar(16) DEFAULT NULL,
  `notes` longtext DEFAULT NULL,
  `active_status` varchar(32) DEFAULT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `api_historicalcard_history_user_id_93999ee3_fk_auth_user_id` (`history_user_id`),
  KEY `api_historicalcard_id_c829aebc` (`id`),
  KEY `api_historicalcard_card_number_5952a522` (`card_number`),
  KEY `api_historicalcard_user_id_88b4b832` (`user_id`),
  CONSTRAINT `api_historicalcard_history_user_id_93999ee3_fk_auth_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_historicaltransaction` (
  `id` int(11) NOT NULL,
  `member_id` int(11) DEFAULT NULL,
  `date` date NOT NULL,
  `amount` decimal(7,2) NOT NULL,
  `reference_number` varchar(64) DEFAULT NULL,
  `memo` longtext DEFAULT NULL,
  `number_of_membership_months` int(11) DEFAULT NULL,
  `payment_method` longtext DEFAULT NULL,
  `category` longtext DEFAULT NULL,
  `account_type` longtext DEFAULT NULL,
  `info_source` longtext DEFAULT NULL,
  `paypal_txn_id` varchar(17) DEFAULT NULL,
  `paypal_txn_type` varchar(64) DEFAULT NULL,
  `paypal_payer_id` varchar(13) DEFAULT NULL,
  `paypal_subscr_id` varchar(32) DEFAULT NULL,
  `protocoin` decimal(7,2) NOT NULL,
  `report_type` longtext DEFAULT NULL,
  `report_memo` longtext DEFAULT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `recorder_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `api_historicaltransa_history_user_id_90146e54_fk_auth_user` (`history_user_id`),
  KEY `api_historicaltransaction_id_a6d2c96e` (`id`),
  KEY `api_historicaltransaction_paypal_txn_id_b6e9ed3f` (`paypal_txn_id`),
  KEY `api_historicaltransaction_recorder_id_f5fdea23` (`recorder_id`),
  KEY `api_historicaltransaction_user_id_4f1bedc1` (`user_id`),
  CONSTRAINT `api_historicaltransa_history_user_id_90146e54_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_historicaltraining` (
  `id` int(11) NOT NULL,
  `member_id` int(11) DEFAULT NULL,
  `attendance_status` longtext DEFAULT NULL,
  `sign_up_date` date DEFAULT NULL,
  `paid_date` date DEFAULT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `session_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `api_historicaltraining_history_user_id_424d95cc_fk_auth_user_id` (`history_user_id`),
  KEY `api_historicaltraining_id_e7535793` (`id`),
  KEY `api_historicaltraining_session_id_2c8f6b85` (`session_id`),
  KEY `api_historicaltraining_user_id_6a7f7c43` (`user_id`),
  CONSTRAINT `api_historicaltraining_history_user_id_424d95cc_fk_auth_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_historicaluser` (
  `id` int(11) NOT NULL,
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
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `auth_historicaluser_history_user_id_0a4c3dcc_fk_auth_user_id` (`history_user_id`),
  KEY `auth_historicaluser_id_5d59b0e9` (`id`),
  KEY `auth_historicaluser_username_81277b8b` (`username`),
  CONSTRAINT `auth_historicaluser_history_user_id_0a4c3dcc_fk_auth_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `account_emailaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  KEY `account_emailaddress_user_id_2c513194_fk_auth_user_id` (`user_id`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `account_emailconfirmation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) DEFAULT NULL,
  `key` varchar(64) NOT NULL,
  `email_address_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  KEY `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` (`email_address_id`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `socialaccount_socialaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`,`uid`),
  KEY `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` (`user_id`),
  CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `socialaccount_socialapp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `socialaccount_socialtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `account_id` int(11) NOT NULL,
  `app_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`,`account_id`),
  KEY `socialaccount_social_account_id_951f210e_fk_socialacc` (`account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oidc_provider_client` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `_redirect_uris` longtext NOT NULL,
  `date_created` date NOT NULL,
  `client_type` varchar(30) NOT NULL,
  `jwt_alg` varchar(10) NOT NULL,
  `contact_email` varchar(255) NOT NULL,
  `logo` varchar(100) NOT NULL,
  `terms_url` varchar(255) NOT NULL,
  `website_url` varchar(255) NOT NULL,
  `_post_logout_redirect_uris` longtext NOT NULL,
  `require_consent` tinyint(1) NOT NULL,
  `reuse_consent` tinyint(1) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `_scope` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_id` (`client_id`),
  KEY `oidc_provider_client_owner_id_735e6178_fk_auth_user_id` (`owner_id`),
  CONSTRAINT `oidc_provider_client_owner_id_735e6178_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oidc_provider_code` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `expires_at` datetime(6) NOT NULL,
  `_scope` longtext NOT NULL,
  `code` varchar(255) NOT NULL,
  `client_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `nonce` varchar(255) NOT NULL,
  `is_authentication` tinyint(1) NOT NULL,
  `code_challenge` varchar(255) DEFAULT NULL,
  `code_challenge_method` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  KEY `oidc_provider_code_client_id_2449f20c_fk_oidc_provider_client_id` (`client_id`),
  KEY `oidc_provider_code_user_id_14775b3f_fk_auth_user_id` (`user_id`),
  CONSTRAINT `oidc_provider_code_client_id_2449f20c_fk_oidc_provider_client_id` FOREIGN KEY (`client_id`) REFERENCES `oidc_provider_client` (`id`),
  CONSTRAINT `oidc_provider_code_user_id_14775b3f_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oidc_provider_token` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `expires_at` datetime(6) NOT NULL,
  `_scope` longtext NOT NULL,
  `access_token` varchar(255) NOT NULL,
  `_id_token` longtext NOT NULL,
  `client_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `refresh_token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_token` (`access_token`),
  UNIQUE KEY `refresh_token` (`refresh_token`),
  KEY `oidc_provider_token_client_id_86a72d16_fk_oidc_prov` (`client_id`),
  KEY `oidc_provider_token_user_id_c61045ea_fk_auth_user_id` (`user_id`),
  CONSTRAINT `oidc_provider_token_client_id_86a72d16_fk_oidc_prov` FOREIGN KEY (`client_id`) REFERENCES `oidc_provider_client` (`id`),
  CONSTRAINT `oidc_provider_token_user_id_c61045ea_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oidc_provider_userconsent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `expires_at` datetime(6) NOT NULL,
  `_scope` longtext NOT NULL,
  `client_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `date_given` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oidc_provider_userconsent_user_id_client_id_1c2032f6_uniq` (`user_id`,`client_id`),
  KEY `oidc_provider_userco_client_id_7837dc61_fk_oidc_prov` (`client_id`),
  CONSTRAINT `oidc_provider_userco_client_id_7837dc61_fk_oidc_prov` FOREIGN KEY (`client_id`) REFERENCES `oidc_provider_client` (`id`),
  CONSTRAINT `oidc_provider_userconsent_user_id_ebaddfd3_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oidc_provider_rsakey` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
