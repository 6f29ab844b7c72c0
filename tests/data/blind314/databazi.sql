-- Databazi (AIESEC in Brazil's sign-up and synchronisation back end: exchange participants signing up for Global
-- Volunteer / Global Talent / Global Entrepreneur exchanges, their applications to opportunities synced from
-- AIESEC's EXPA, host families offering to host incoming exchange students, membership sign-ups, surveys).
-- Upstream: github.com/AIESEC-no-Brasil/databazi, commit f331430751c85b2d36e7fab834fe64ebe0d0702a, `db/schema.rb`
-- (schema version 2020_01_20_153429; PostgreSQL). No licence file or licence statement in the repository.
-- Rails schema written as MySQL the way Rails 5.2's MySQL adapter renders it: `id` bigint AUTO_INCREMENT primary
-- key, string varchar(255), text text, datetime datetime, boolean tinyint(1), jsonb and array columns json,
-- indexes with upstream's names, foreign keys named fk_rails_<sha256(table_column_fk)[0:10]>.


CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_active_storage_attachments_on_blob_id` (`blob_id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255) DEFAULT NULL,
  `metadata` text DEFAULT NULL,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `campaigns` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `utm_source` varchar(255) DEFAULT NULL,
  `utm_medium` varchar(255) DEFAULT NULL,
  `utm_campaign` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `utm_term` varchar(255) DEFAULT NULL,
  `utm_content` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `college_courses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `podio_id` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `podio_item_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `english_levels` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `english_level` int DEFAULT NULL,
  `englishable_type` varchar(255) DEFAULT NULL,
  `englishable_id` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exchange_student_hosts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `fullname` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `cellphone` varchar(255) DEFAULT NULL,
  `zipcode` varchar(255) DEFAULT NULL,
  `neighborhood` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `cellphone_contactable` tinyint(1) DEFAULT 0,
  `podio_id` bigint DEFAULT NULL,
  `local_committee_id` bigint DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_exchange_student_hosts_on_local_committee_id` (`local_committee_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiences` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `language` tinyint(1) DEFAULT 0,
  `marketing` tinyint(1) DEFAULT 0,
  `information_technology` tinyint(1) DEFAULT 0,
  `management` tinyint(1) DEFAULT 0,
  `gt_participant_id` bigint DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_experiences_on_gt_participant_id` (`gt_participant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ge_participants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `spanish_level` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `when_can_travel` int DEFAULT NULL,
  `preferred_destination` int DEFAULT NULL,
  `work_experience` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gt_participants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `preferred_destination` int DEFAULT NULL,
  `work_experience` int DEFAULT NULL,
  `subproduct` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gv_participants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `when_can_travel` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impact_brazil_referrals` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ep_expa_id` bigint DEFAULT NULL,
  `application_expa_id` bigint DEFAULT NULL,
  `opportunity_expa_id` bigint DEFAULT NULL,
  `application_date` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `local_committee_segmentations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `origin_local_committee_id` bigint DEFAULT NULL,
  `destination_local_committee_id` bigint DEFAULT NULL,
  `program` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `local_committees` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `expa_id` int DEFAULT NULL,
  `podio_id` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `active` tinyint(1) DEFAULT 1,
  `member_committee_id` int DEFAULT NULL,
  `whatsapp_link` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_committees` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `expa_id` int DEFAULT NULL,
  `podio_id` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberships` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `fullname` varchar(255) DEFAULT NULL,
  `cellphone` varchar(255) DEFAULT NULL,
  `birthdate` date DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `cellphone_contactable` tinyint(1) DEFAULT NULL,
  `college_course_id` bigint DEFAULT NULL,
  `local_committee_id` bigint DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `nearest_committee` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_memberships_on_college_course_id` (`college_course_id`),
  KEY `index_memberships_on_local_committee_id` (`local_committee_id`),
  CONSTRAINT `fk_rails_5386e1e97b` FOREIGN KEY (`college_course_id`) REFERENCES `college_courses` (`id`),
  CONSTRAINT `fk_rails_ed3e914cdc` FOREIGN KEY (`local_committee_id`) REFERENCES `local_committees` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `survey_histories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `podio_id` int DEFAULT NULL,
  `surveys` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `surveys` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `collector` varchar(255) DEFAULT NULL,
  `status` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sync_params` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `podio_application_status_last_sync` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `universities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `podio_id` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `podio_item_id` varchar(255) DEFAULT NULL,
  `local_committee_id` bigint DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `department` varchar(255) DEFAULT NULL,
  `expa_id` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_universities_on_local_committee_id` (`local_committee_id`),
  CONSTRAINT `fk_rails_2fcbd2d65a` FOREIGN KEY (`local_committee_id`) REFERENCES `local_committees` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `university_local_committees` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `university_id` bigint DEFAULT NULL,
  `local_committee_id` bigint DEFAULT NULL,
  `program` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_university_local_committees_on_local_committee_id` (`local_committee_id`),
  KEY `index_university_local_committees_on_program` (`program`),
  KEY `index_university_local_committees_on_university_id` (`university_id`),
  CONSTRAINT `fk_rails_2ecb0e12b2` FOREIGN KEY (`local_committee_id`) REFERENCES `local_committees` (`id`),
  CONSTRAINT `fk_rails_4e021033c0` FOREIGN KEY (`university_id`) REFERENCES `universities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exchange_participants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `fullname` varchar(255) DEFAULT NULL,
  `cellphone` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `birthdate` date DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `registerable_id` int DEFAULT NULL,
  `registerable_type` varchar(255) DEFAULT NULL,
  `local_committee_id` bigint DEFAULT NULL,
  `college_course_id` bigint DEFAULT NULL,
  `university_id` bigint DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `cellphone_contactable` tinyint(1) DEFAULT 0,
  `scholarity` int DEFAULT NULL,
  `campaign_id` int DEFAULT NULL,
  `other_university` varchar(255) DEFAULT NULL,
  `expa_id` int DEFAULT NULL,
  `podio_id` int DEFAULT NULL,
  `exchange_type` int DEFAULT 0,
  `status` int DEFAULT NULL,
  `approved_sync_count` int DEFAULT 1,
  `academic_backgrounds` json DEFAULT NULL,
  `referral_type` int DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL,
  `program` int DEFAULT NULL,
  `signup_source` int DEFAULT 0,
  `city` varchar(255) DEFAULT NULL,
  `exchange_reason` varchar(255) DEFAULT NULL,
  `department` varchar(255) DEFAULT NULL,
  `updated_at_expa` datetime DEFAULT NULL,
  `origin` int DEFAULT NULL,
  `has_error` tinyint(1) DEFAULT 0,
  `created_at_expa` datetime DEFAULT NULL,
  `expa_id_sync` tinyint(1) DEFAULT 1,
  `scholarity_stage` varchar(255) DEFAULT NULL,
  `university_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_exchange_participants_on_college_course_id` (`college_course_id`),
  KEY `index_exchange_participants_on_local_committee_id` (`local_committee_id`),
  KEY `registerable_index_on_exchange_participants` (`registerable_type`, `registerable_id`),
  KEY `index_exchange_participants_on_university_id` (`university_id`),
  CONSTRAINT `fk_rails_6b3c4ec39a` FOREIGN KEY (`college_course_id`) REFERENCES `college_courses` (`id`),
  CONSTRAINT `fk_rails_e86af6a4ec` FOREIGN KEY (`local_committee_id`) REFERENCES `local_committees` (`id`),
  CONSTRAINT `fk_rails_a9d74acfec` FOREIGN KEY (`university_id`) REFERENCES `universities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `expa_applications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `expa_id` int DEFAULT NULL,
  `status` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `exchange_participant_id` int DEFAULT NULL,
  `updated_at_expa` datetime DEFAULT NULL,
  `expa_ep_id` int DEFAULT NULL,
  `opportunity_name` varchar(255) DEFAULT NULL,
  `home_lc_id` bigint DEFAULT NULL,
  `host_lc_id` bigint DEFAULT NULL,
  `sdg_target_index` int DEFAULT NULL,
  `sdg_goal_index` int DEFAULT NULL,
  `podio_last_sync` datetime DEFAULT NULL,
  `applied_at` datetime DEFAULT NULL,
  `accepted_at` datetime DEFAULT NULL,
  `approved_at` datetime DEFAULT NULL,
  `break_approved_at` datetime DEFAULT NULL,
  `product` int DEFAULT NULL,
  `podio_id` int DEFAULT NULL,
  `tnid` int DEFAULT NULL,
  `home_mc_id` bigint DEFAULT NULL,
  `podio_sent` tinyint(1) DEFAULT 0,
  `podio_sent_at` datetime DEFAULT NULL,
  `has_error` tinyint(1) DEFAULT 0,
  `academic_backgrounds` json DEFAULT NULL,
  `standards` json DEFAULT NULL,
  `prep_podio_id` int DEFAULT NULL,
  `realized_at` datetime DEFAULT NULL,
  `completed_at` datetime DEFAULT NULL,
  `prep_podio_sync_error` tinyint(1) DEFAULT 0,
  `from_impact` tinyint(1) DEFAULT 0,
  `opportunity_date` datetime DEFAULT NULL,
  `opportunity_start_date` datetime DEFAULT NULL,
  `resync` tinyint(1) DEFAULT 0,
  `finished` tinyint(1) DEFAULT 0,
  `podio_last_synched_status` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `index_expa_applications_on_home_lc_id` (`home_lc_id`),
  KEY `index_expa_applications_on_home_mc_id` (`home_mc_id`),
  KEY `index_expa_applications_on_host_lc_id` (`host_lc_id`),
  CONSTRAINT `fk_rails_bc2779ae37` FOREIGN KEY (`home_lc_id`) REFERENCES `local_committees` (`id`),
  CONSTRAINT `fk_rails_207cd4e9fa` FOREIGN KEY (`host_lc_id`) REFERENCES `local_committees` (`id`),
  CONSTRAINT `fk_rails_872ff28684` FOREIGN KEY (`home_mc_id`) REFERENCES `member_committees` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

