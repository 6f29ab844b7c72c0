-- New Sanctuary Coalition asylum and accompaniment database (newsanctuarynyc.org; Ruby for Good)
-- Source: github.com/CZagrobelny/new_sanctuary_asylum db/schema.rb (version 2021_04_10_145814), commit
-- 76bb7d3f6643754b663ecc052cf4ae8f85a79c05 (MIT). The PostgreSQL Rails schema written as the MySQL DDL Rails' MySQL
-- adapter would create: string varchar(255), boolean tinyint(1), inet varchar(45), id: :serial int, default ids bigint;
-- unique indexes and add_foreign_key as upstream. friend_notes.friend_id and .user_id (bigint) reference integer ids,
-- which MariaDB refuses as foreign keys: those two are left out.

CREATE TABLE `access_time_slots` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  `use` varchar(255) NOT NULL,
  `grantor_id` int NOT NULL,
  `grantee_id` int NOT NULL,
  `community_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deactivated` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accompaniment_reports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `activity_id` int NOT NULL,
  `notes` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int DEFAULT NULL,
  `outcome_of_hearing` text DEFAULT NULL,
  `friend_id` bigint DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accompaniments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `activity_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `availability_notes` text DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_types` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `cap` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `accompaniment_eligible` tinyint(1) DEFAULT 0,
  `eoir_caller_editable` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `regions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `location_id` int DEFAULT NULL,
  `friend_id` int DEFAULT NULL,
  `judge_id` int DEFAULT NULL,
  `occur_at` datetime DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `region_id` int DEFAULT NULL,
  `confirmed` tinyint(1) DEFAULT NULL,
  `activity_type_id` int DEFAULT NULL,
  `public_notes` text DEFAULT NULL,
  `occur_at_tbd` tinyint(1) DEFAULT NULL,
  `control_date` datetime DEFAULT NULL,
  `last_edited_by` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_activities_activity_type_id` FOREIGN KEY (`activity_type_id`) REFERENCES `activity_types` (`id`),
  CONSTRAINT `fk_rails_activities_region_id` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ankle_monitors` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `date_removed` datetime DEFAULT NULL,
  `bi_smart_link` tinyint(1) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `friend_id` bigint DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `date_applied` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `status` int DEFAULT NULL,
  `first_submitted_on` datetime DEFAULT NULL,
  `approved_on` datetime DEFAULT NULL,
  `friend_id` int DEFAULT NULL,
  `category` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cohorts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `start_date` datetime NOT NULL,
  `color` varchar(255) NOT NULL,
  `community_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `communities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `region_id` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `primary` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_communities_region_id` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `countries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `detentions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `friend_id` int NOT NULL,
  `date_detained` date DEFAULT NULL,
  `location_id` int DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `date_released` date DEFAULT NULL,
  `case_status` varchar(255) DEFAULT NULL,
  `other_case_status` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `drafts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `notes` text DEFAULT NULL,
  `friend_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `pdf_draft` varchar(255) DEFAULT NULL,
  `application_id` int DEFAULT NULL,
  `status` int DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime DEFAULT NULL,
  `location_id` int DEFAULT NULL,
  `title` varchar(255) DEFAULT '',
  `category` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `community_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_events_community_id` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `family_relationships` (
  `id` int NOT NULL AUTO_INCREMENT,
  `friend_id` int DEFAULT NULL,
  `relation_id` int DEFAULT NULL,
  `relationship_type` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `friend_cohort_assignments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `friend_id` int NOT NULL,
  `cohort_id` int NOT NULL,
  `confirmed` tinyint(1) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `friend_event_attendances` (
  `id` int NOT NULL AUTO_INCREMENT,
  `friend_id` int NOT NULL,
  `event_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `friend_languages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `friend_id` int NOT NULL,
  `language_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `friends` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `a_number` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `middle_name` varchar(255) DEFAULT NULL,
  `no_a_number` tinyint(1) NOT NULL DEFAULT 0,
  `ethnicity` int DEFAULT NULL,
  `other_ethnicity` varchar(255) DEFAULT NULL,
  `gender` int DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `date_of_entry` date DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `asylum_status` varchar(255) DEFAULT NULL,
  `date_asylum_application_submitted` date DEFAULT NULL,
  `lawyer_notes` text DEFAULT NULL,
  `work_authorization_status` varchar(255) DEFAULT NULL,
  `date_eligible_to_apply_for_work_authorization` date DEFAULT NULL,
  `date_work_authorization_submitted` date DEFAULT NULL,
  `work_authorization_notes` text DEFAULT NULL,
  `sijs_status` varchar(255) DEFAULT NULL,
  `date_sijs_submitted` date DEFAULT NULL,
  `sijs_notes` text DEFAULT NULL,
  `asylum_notes` text DEFAULT NULL,
  `country_id` int DEFAULT NULL,
  `lawyer_referred_to` int DEFAULT NULL,
  `lawyer_represented_by` int DEFAULT NULL,
  `sijs_lawyer` int DEFAULT NULL,
  `zip_code` varchar(255) DEFAULT NULL,
  `criminal_conviction` tinyint(1) DEFAULT NULL,
  `criminal_conviction_notes` text DEFAULT NULL,
  `final_order_of_removal` tinyint(1) DEFAULT NULL,
  `has_a_lawyer_for_detention` tinyint(1) DEFAULT NULL,
  `bonded_out_by_nsc` tinyint(1) DEFAULT NULL,
  `total_bond_amount` int DEFAULT NULL,
  `date_bonded_out` datetime DEFAULT NULL,
  `obligor` int DEFAULT NULL,
  `date_foia_request_submitted` datetime DEFAULT NULL,
  `foia_request_notes` text DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `region_id` int DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `sponsor_name` varchar(255) DEFAULT NULL,
  `sponsor_phone_number` varchar(255) DEFAULT NULL,
  `sponsor_relationship` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `jail_id` varchar(255) DEFAULT NULL,
  `intake_notes` text DEFAULT NULL,
  `intake_date` datetime DEFAULT NULL,
  `must_be_seen_by` datetime DEFAULT NULL,
  `eoir_case_status` varchar(255) DEFAULT NULL,
  `digitized` tinyint(1) DEFAULT 0,
  `digitized_at` datetime DEFAULT NULL,
  `digitized_by` int DEFAULT NULL,
  `invited_to_speak_to_a_lawyer` tinyint(1) DEFAULT NULL,
  `releases_signed` tinyint(1) DEFAULT NULL,
  `social_work_referral_notes` text DEFAULT NULL,
  `famu_docket` tinyint(1) DEFAULT 0,
  `no_record_in_eoir` tinyint(1) DEFAULT 0,
  `order_of_supervision` tinyint(1) DEFAULT 0,
  `clinic_plan` varchar(255) DEFAULT NULL,
  `judge_imposed_i589_deadline` datetime DEFAULT NULL,
  `has_a_lawyer` tinyint(1) DEFAULT NULL,
  `lawyer_name` varchar(255) DEFAULT NULL,
  `archived` tinyint(1) DEFAULT 0,
  `nsc_contributed_bond_amount` int DEFAULT NULL,
  `bond_notes` text DEFAULT NULL,
  `bond_status` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_friends_community_id` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`),
  CONSTRAINT `fk_rails_friends_region_id` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `role` int DEFAULT 0,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255) DEFAULT NULL,
  `reset_password_sent_at` datetime DEFAULT NULL,
  `remember_created_at` datetime DEFAULT NULL,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime DEFAULT NULL,
  `last_sign_in_at` datetime DEFAULT NULL,
  `current_sign_in_ip` varchar(45) DEFAULT NULL,
  `last_sign_in_ip` varchar(45) DEFAULT NULL,
  `confirmation_token` varchar(255) DEFAULT NULL,
  `confirmed_at` datetime DEFAULT NULL,
  `confirmation_sent_at` datetime DEFAULT NULL,
  `unconfirmed_email` varchar(255) DEFAULT NULL,
  `invitation_token` varchar(255) DEFAULT NULL,
  `invitation_created_at` datetime DEFAULT NULL,
  `invitation_sent_at` datetime DEFAULT NULL,
  `invitation_accepted_at` datetime DEFAULT NULL,
  `invitation_limit` int DEFAULT NULL,
  `invited_by_type` varchar(255) DEFAULT NULL,
  `invited_by_id` int DEFAULT NULL,
  `invitations_count` int DEFAULT 0,
  `volunteer_type` int DEFAULT NULL,
  `pledge_signed` tinyint(1) DEFAULT 0,
  `unique_session_id` varchar(20) DEFAULT NULL,
  `password_changed_at` datetime DEFAULT NULL,
  `failed_attempts` int NOT NULL DEFAULT 0,
  `unlock_token` varchar(255) DEFAULT NULL,
  `locked_at` datetime DEFAULT NULL,
  `signed_guidelines` tinyint(1) DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  `attended_training` tinyint(1) DEFAULT NULL,
  `authy_id` varchar(255) DEFAULT NULL,
  `last_sign_in_with_authy` datetime DEFAULT NULL,
  `authy_enabled` tinyint(1) DEFAULT 0,
  `agreed_to_data_entry_policies` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_confirmation_token` (`confirmation_token`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_invitation_token` (`invitation_token`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_unlock_token` (`unlock_token`),
  CONSTRAINT `fk_rails_users_community_id` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `friend_notes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `friend_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `note` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `judges` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` text DEFAULT NULL,
  `last_name` text DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `region_id` int DEFAULT NULL,
  `hidden` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_judges_region_id` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lawyers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `organization` varchar(255) DEFAULT NULL,
  `phone_number` varchar(255) DEFAULT NULL,
  `region_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_lawyers_region_id` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `region_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_locations_region_id` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `old_passwords` (
  `id` int NOT NULL AUTO_INCREMENT,
  `encrypted_password` varchar(255) NOT NULL,
  `password_archivable_type` varchar(255) NOT NULL,
  `password_salt` varchar(255) DEFAULT NULL,
  `password_archivable_id` int NOT NULL,
  `created_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remote_review_actions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `action` varchar(255) NOT NULL,
  `friend_id` int NOT NULL,
  `user_id` int NOT NULL,
  `region_id` int NOT NULL,
  `community_id` int NOT NULL,
  `application_id` int NOT NULL,
  `draft_id` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reviews` (
  `id` int NOT NULL AUTO_INCREMENT,
  `notes` text DEFAULT NULL,
  `draft_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sanctuaries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL,
  `city` varchar(255) DEFAULT NULL,
  `state` varchar(2) DEFAULT NULL,
  `zip_code` varchar(255) DEFAULT NULL,
  `leader_name` varchar(255) DEFAULT NULL,
  `leader_phone_number` varchar(255) DEFAULT NULL,
  `leader_email` varchar(255) DEFAULT NULL,
  `community_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_sanctuaries_community_id` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sijs_application_drafts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `notes` text DEFAULT NULL,
  `friend_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `pdf_draft` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_draft_associations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `draft_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_event_attendances` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `event_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_friend_associations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `friend_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `remote` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_regions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `region_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_user_regions_region_id` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`),
  CONSTRAINT `fk_rails_user_regions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_sijs_application_draft_associations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `sijs_application_draft_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `volunteer_languages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `language_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
