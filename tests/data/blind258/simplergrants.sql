-- Simpler.Grants.gov API (HHS / Grants.gov), github.com/HHS/simpler-grants-gov api/
-- commit 32d9a126f4f2f54228d77abe8ea4e2395b2c78d6 (public domain in the US, CC0-1.0 elsewhere). The Alembic migrations of
-- api/src/db/migrations/versions applied to a scratch PostgreSQL 15 database (head 06ad2e411db3); 58 of the 114 tables of the
-- `api` schema written as MySQL DDL from the catalog (see simplergrants.md).

CREATE TABLE `lk_user_type` (
  `user_type_id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`user_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lk_external_user_type` (
  `external_user_type_id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`external_user_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lk_privilege` (
  `privilege_id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`privilege_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lk_application_status` (
  `application_status_id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`application_status_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lk_application_audit_event` (
  `application_audit_event_id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`application_audit_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lk_award_recommendation_status` (
  `award_recommendation_status_id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`award_recommendation_status_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lk_organization_audit_event` (
  `organization_audit_event_id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`organization_audit_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `user_type_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `user_user_type_id_lk_user_type_fkey` FOREIGN KEY (`user_type_id`) REFERENCES `lk_user_type` (`user_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_profile` (
  `user_profile_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `first_name` longtext NOT NULL,
  `middle_name` longtext,
  `last_name` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`user_profile_id`),
  UNIQUE KEY `user_profile_user_id_uniq` (`user_id`),
  CONSTRAINT `user_profile_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_external_user` (
  `link_external_user_id` char(36) NOT NULL,
  `external_user_id` varchar(255) NOT NULL,
  `user_id` char(36) NOT NULL,
  `external_user_type_id` int(11) NOT NULL,
  `email` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`link_external_user_id`),
  UNIQUE KEY `link_external_user_external_user_id_idx` (`external_user_id`),
  CONSTRAINT `link_external_user_external_user_type_id_lk_external_us_be53` FOREIGN KEY (`external_user_type_id`) REFERENCES `lk_external_user_type` (`external_user_type_id`),
  CONSTRAINT `link_external_user_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_api_key` (
  `api_key_id` char(36) NOT NULL,
  `key_name` longtext NOT NULL,
  `key_id` varchar(255) NOT NULL,
  `user_id` char(36) NOT NULL,
  `last_used` datetime(6) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`api_key_id`),
  UNIQUE KEY `user_api_key_key_id_idx` (`key_id`),
  CONSTRAINT `user_api_key_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_token_session` (
  `user_id` char(36) NOT NULL,
  `token_id` char(36) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `is_valid` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`user_id`,`token_id`),
  CONSTRAINT `user_token_session_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_gov_state` (
  `login_gov_state_id` char(36) NOT NULL,
  `nonce` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`login_gov_state_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role` (
  `role_id` char(36) NOT NULL,
  `role_name` longtext NOT NULL,
  `is_core` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `internal_user_role` (
  `user_id` char(36) NOT NULL,
  `role_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`user_id`,`role_id`),
  CONSTRAINT `internal_user_role_role_id_role_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`role_id`),
  CONSTRAINT `internal_user_role_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_role_privilege` (
  `role_id` char(36) NOT NULL,
  `privilege_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`role_id`,`privilege_id`),
  CONSTRAINT `link_role_privilege_privilege_id_lk_privilege_fkey` FOREIGN KEY (`privilege_id`) REFERENCES `lk_privilege` (`privilege_id`),
  CONSTRAINT `link_role_privilege_role_id_role_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suppressed_email` (
  `suppressed_email_id` char(36) NOT NULL,
  `email` longtext NOT NULL,
  `reason` longtext NOT NULL,
  `last_update_time` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`suppressed_email_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_notification_log` (
  `user_notification_log_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `notification_reason` longtext NOT NULL,
  `notification_sent` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`user_notification_log_id`),
  CONSTRAINT `user_notification_log_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agency_contact_info` (
  `agency_contact_info_id` char(36) NOT NULL,
  `contact_name` longtext NOT NULL,
  `address_line_1` longtext NOT NULL,
  `address_line_2` longtext,
  `city` longtext NOT NULL,
  `state` longtext NOT NULL,
  `zip_code` longtext NOT NULL,
  `phone_number` longtext NOT NULL,
  `primary_email` longtext NOT NULL,
  `secondary_email` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`agency_contact_info_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agency` (
  `agency_id` char(36) NOT NULL,
  `agency_name` longtext NOT NULL,
  `agency_code` varchar(255) NOT NULL,
  `sub_agency_code` longtext,
  `assistance_listing_number` longtext NOT NULL,
  `agency_submission_notification_setting_id` int(11) NOT NULL,
  `agency_contact_info_id` char(36) DEFAULT NULL,
  `is_test_agency` tinyint(1) NOT NULL,
  `ldap_group` longtext,
  `description` longtext,
  `label` longtext,
  `is_multilevel_agency` tinyint(1) NOT NULL,
  `is_multiproject` tinyint(1) NOT NULL,
  `has_system_to_system_certificate` tinyint(1) NOT NULL,
  `can_view_packages_in_grace_period` tinyint(1) NOT NULL,
  `is_image_workspace_enabled` tinyint(1) NOT NULL,
  `is_validation_workspace_enabled` tinyint(1) NOT NULL,
  `top_level_agency_id` char(36) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`agency_id`),
  UNIQUE KEY `agency_agency_code_idx` (`agency_code`),
  CONSTRAINT `agency_agency_contact_info_id_agency_contact_info_fkey` FOREIGN KEY (`agency_contact_info_id`) REFERENCES `agency_contact_info` (`agency_contact_info_id`),
  CONSTRAINT `agency_top_level_agency_id_agency_fkey` FOREIGN KEY (`top_level_agency_id`) REFERENCES `agency` (`agency_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `opportunity` (
  `opportunity_id` char(36) NOT NULL,
  `legacy_opportunity_id` bigint(20) DEFAULT NULL,
  `opportunity_number` longtext,
  `opportunity_title` longtext,
  `agency_code` longtext,
  `opportunity_category_id` int(11) DEFAULT NULL,
  `category_explanation` longtext,
  `is_draft` tinyint(1) NOT NULL,
  `revision_number` int(11) DEFAULT NULL,
  `modified_comments` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `agency_id` char(36) DEFAULT NULL,
  `is_simpler_grants_opportunity` tinyint(1) DEFAULT NULL,
  `tagline` longtext,
  `purpose_statement` longtext,
  PRIMARY KEY (`opportunity_id`),
  UNIQUE KEY `opportunity_legacy_opportunity_id_idx` (`legacy_opportunity_id`),
  CONSTRAINT `opportunity_agency_id_agency_fkey` FOREIGN KEY (`agency_id`) REFERENCES `agency` (`agency_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_saved_opportunity` (
  `user_id` char(36) NOT NULL,
  `opportunity_id` char(36) NOT NULL,
  `last_notified_at` datetime(6) NOT NULL,
  `is_deleted` tinyint(1) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`user_id`,`opportunity_id`),
  CONSTRAINT `user_saved_opportunity_opportunity_id_opportunity_fkey` FOREIGN KEY (`opportunity_id`) REFERENCES `opportunity` (`opportunity_id`),
  CONSTRAINT `user_saved_opportunity_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_saved_search` (
  `saved_search_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `search_query` longtext NOT NULL,
  `name` longtext NOT NULL,
  `last_notified_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `searched_opportunity_ids` longtext NOT NULL,
  `is_deleted` tinyint(1) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`saved_search_id`),
  CONSTRAINT `user_saved_search_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sam_gov_entity` (
  `sam_gov_entity_id` char(36) NOT NULL,
  `uei` varchar(255) NOT NULL,
  `legal_business_name` longtext NOT NULL,
  `expiration_date` date NOT NULL,
  `ebiz_poc_email` longtext NOT NULL,
  `ebiz_poc_first_name` longtext NOT NULL,
  `ebiz_poc_last_name` longtext NOT NULL,
  `has_debt_subject_to_offset` tinyint(1) DEFAULT NULL,
  `has_exclusion_status` tinyint(1) DEFAULT NULL,
  `eft_indicator` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `initial_registration_date` date NOT NULL,
  `last_update_date` date NOT NULL,
  `is_inactive` tinyint(1) DEFAULT NULL,
  `inactivated_at` date DEFAULT NULL,
  PRIMARY KEY (`sam_gov_entity_id`),
  UNIQUE KEY `sam_gov_entity_uei_idx` (`uei`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization` (
  `organization_id` char(36) NOT NULL,
  `sam_gov_entity_id` char(36) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`organization_id`),
  UNIQUE KEY `organization_sam_gov_entity_id_uniq` (`sam_gov_entity_id`),
  CONSTRAINT `organization_sam_gov_entity_id_sam_gov_entity_fkey` FOREIGN KEY (`sam_gov_entity_id`) REFERENCES `sam_gov_entity` (`sam_gov_entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_saved_opportunity_notification` (
  `user_saved_opportunity_notification_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `organization_id` char(36) DEFAULT NULL,
  `email_enabled` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`user_saved_opportunity_notification_id`),
  UNIQUE KEY `user_saved_opportunity_notification_user_id_uniq` (`user_id`,`organization_id`),
  CONSTRAINT `user_saved_opportunity_notification_organization_id_org_5718` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`organization_id`),
  CONSTRAINT `user_saved_opportunity_notification_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_file` (
  `pending_file_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `file_name` longtext NOT NULL,
  `file_location` longtext NOT NULL,
  `mime_type` longtext NOT NULL,
  `file_scan_status_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`pending_file_id`),
  CONSTRAINT `pending_file_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_user` (
  `organization_user_id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`organization_user_id`),
  UNIQUE KEY `organization_user_organization_id_uniq` (`organization_id`,`user_id`),
  CONSTRAINT `organization_user_organization_id_organization_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`organization_id`),
  CONSTRAINT `organization_user_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_user_role` (
  `organization_user_id` char(36) NOT NULL,
  `role_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`organization_user_id`,`role_id`),
  CONSTRAINT `organization_user_role_organization_user_id_organizatio_869d` FOREIGN KEY (`organization_user_id`) REFERENCES `organization_user` (`organization_user_id`),
  CONSTRAINT `organization_user_role_role_id_role_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_invitation` (
  `organization_invitation_id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `inviter_user_id` char(36) NOT NULL,
  `invitee_email` longtext NOT NULL,
  `accepted_at` datetime(6) DEFAULT NULL,
  `rejected_at` datetime(6) DEFAULT NULL,
  `expires_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `invitee_user_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`organization_invitation_id`),
  CONSTRAINT `organization_invitation_invitee_user_id_user_fkey` FOREIGN KEY (`invitee_user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `organization_invitation_inviter_user_id_user_fkey` FOREIGN KEY (`inviter_user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `organization_invitation_organization_id_organization_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_audit` (
  `organization_audit_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `organization_audit_event_id` int(11) NOT NULL,
  `target_user_id` char(36) DEFAULT NULL,
  `audit_metadata` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`organization_audit_id`),
  CONSTRAINT `organization_audit_organization_audit_event_id_lk_organ_5cf9` FOREIGN KEY (`organization_audit_event_id`) REFERENCES `lk_organization_audit_event` (`organization_audit_event_id`),
  CONSTRAINT `organization_audit_organization_id_organization_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`organization_id`),
  CONSTRAINT `organization_audit_target_user_id_user_fkey` FOREIGN KEY (`target_user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `organization_audit_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ignored_legacy_organization_user` (
  `ignored_legacy_organization_user_id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `ignored_by_user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`ignored_legacy_organization_user_id`),
  UNIQUE KEY `ignored_legacy_organization_user_organization_id_uniq` (`organization_id`,`email`),
  CONSTRAINT `ignored_legacy_organization_user_ignored_by_user_id_user_fkey` FOREIGN KEY (`ignored_by_user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `ignored_legacy_organization_user_organization_id_organi_03a3` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agency_user` (
  `agency_user_id` char(36) NOT NULL,
  `agency_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`agency_user_id`),
  CONSTRAINT `agency_user_agency_id_agency_fkey` FOREIGN KEY (`agency_id`) REFERENCES `agency` (`agency_id`),
  CONSTRAINT `agency_user_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agency_user_role` (
  `agency_user_id` char(36) NOT NULL,
  `role_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`agency_user_id`,`role_id`),
  CONSTRAINT `agency_user_role_agency_user_id_agency_user_fkey` FOREIGN KEY (`agency_user_id`) REFERENCES `agency_user` (`agency_user_id`),
  CONSTRAINT `agency_user_role_role_id_role_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `opportunity_summary` (
  `opportunity_summary_id` char(36) NOT NULL,
  `opportunity_id` char(36) NOT NULL,
  `legacy_opportunity_id` bigint(20) DEFAULT NULL,
  `summary_description` longtext,
  `is_cost_sharing` tinyint(1) DEFAULT NULL,
  `is_forecast` tinyint(1) NOT NULL,
  `post_date` date DEFAULT NULL,
  `close_date` date DEFAULT NULL,
  `close_date_description` longtext,
  `archive_date` date DEFAULT NULL,
  `unarchive_date` date DEFAULT NULL,
  `expected_number_of_awards` bigint(20) DEFAULT NULL,
  `estimated_total_program_funding` bigint(20) DEFAULT NULL,
  `award_floor` bigint(20) DEFAULT NULL,
  `award_ceiling` bigint(20) DEFAULT NULL,
  `additional_info_url` longtext,
  `additional_info_url_description` longtext,
  `forecasted_post_date` date DEFAULT NULL,
  `forecasted_close_date` date DEFAULT NULL,
  `forecasted_close_date_description` longtext,
  `forecasted_award_date` date DEFAULT NULL,
  `forecasted_project_start_date` date DEFAULT NULL,
  `fiscal_year` int(11) DEFAULT NULL,
  `modification_comments` longtext,
  `funding_category_description` longtext,
  `applicant_eligibility_description` longtext,
  `agency_contact_description` longtext,
  `agency_email_address` longtext,
  `agency_email_address_description` longtext,
  `version_number` int(11) DEFAULT NULL,
  `can_send_mail` tinyint(1) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`opportunity_summary_id`),
  UNIQUE KEY `opportunity_summary_is_forecast_uniq` (`is_forecast`,`opportunity_id`),
  CONSTRAINT `opportunity_summary_opportunity_id_opportunity_fkey` FOREIGN KEY (`opportunity_id`) REFERENCES `opportunity` (`opportunity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `competition` (
  `competition_id` char(36) NOT NULL,
  `opportunity_id` char(36) NOT NULL,
  `legacy_competition_id` bigint(20) DEFAULT NULL,
  `public_competition_id` longtext,
  `legacy_package_id` longtext,
  `competition_title` longtext,
  `opening_date` date DEFAULT NULL,
  `closing_date` date DEFAULT NULL,
  `grace_period` bigint(20) DEFAULT NULL,
  `contact_info` longtext,
  `form_family_id` int(11) DEFAULT NULL,
  `opportunity_assistance_listing_id` char(36) DEFAULT NULL,
  `is_electronic_required` tinyint(1) DEFAULT NULL,
  `expected_application_count` bigint(20) DEFAULT NULL,
  `expected_application_size_mb` bigint(20) DEFAULT NULL,
  `is_multi_package` tinyint(1) DEFAULT NULL,
  `agency_download_url` longtext,
  `is_legacy_workspace_compatible` tinyint(1) DEFAULT NULL,
  `can_send_mail` tinyint(1) DEFAULT NULL,
  `is_simpler_grants_enabled` tinyint(1) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`competition_id`),
  CONSTRAINT `competition_opportunity_id_opportunity_fkey` FOREIGN KEY (`opportunity_id`) REFERENCES `opportunity` (`opportunity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `competition_form` (
  `competition_form_id` char(36) NOT NULL,
  `competition_id` char(36) NOT NULL,
  `form_id` char(36) NOT NULL,
  `is_required` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`competition_form_id`),
  UNIQUE KEY `competition_form_competition_id_uniq` (`competition_id`,`form_id`),
  CONSTRAINT `competition_form_competition_id_competition_fkey` FOREIGN KEY (`competition_id`) REFERENCES `competition` (`competition_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application` (
  `application_id` char(36) NOT NULL,
  `competition_id` char(36) NOT NULL,
  `application_status_id` int(11) DEFAULT NULL,
  `application_name` longtext,
  `organization_id` char(36) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `submitted_at` datetime(6) DEFAULT NULL,
  `submitted_by` char(36) DEFAULT NULL,
  `intends_to_add_organization` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`application_id`),
  CONSTRAINT `application_application_status_id_lk_application_status_fkey` FOREIGN KEY (`application_status_id`) REFERENCES `lk_application_status` (`application_status_id`),
  CONSTRAINT `application_competition_id_competition_fkey` FOREIGN KEY (`competition_id`) REFERENCES `competition` (`competition_id`),
  CONSTRAINT `application_organization_id_organization_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`organization_id`),
  CONSTRAINT `application_submitted_by_user_fkey` FOREIGN KEY (`submitted_by`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_user` (
  `application_user_id` char(36) NOT NULL,
  `application_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`application_user_id`),
  UNIQUE KEY `application_user_application_id_uniq` (`application_id`,`user_id`),
  CONSTRAINT `application_user_application_id_application_fkey` FOREIGN KEY (`application_id`) REFERENCES `application` (`application_id`),
  CONSTRAINT `application_user_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_user_role` (
  `application_user_id` char(36) NOT NULL,
  `role_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`application_user_id`,`role_id`),
  CONSTRAINT `application_user_role_application_user_id_application_user_fkey` FOREIGN KEY (`application_user_id`) REFERENCES `application_user` (`application_user_id`),
  CONSTRAINT `application_user_role_role_id_role_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_form` (
  `application_form_id` char(36) NOT NULL,
  `application_id` char(36) NOT NULL,
  `competition_form_id` char(36) NOT NULL,
  `application_response` longtext NOT NULL,
  `is_included_in_submission` tinyint(1) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`application_form_id`),
  CONSTRAINT `application_form_application_id_application_fkey` FOREIGN KEY (`application_id`) REFERENCES `application` (`application_id`),
  CONSTRAINT `application_form_competition_form_id_competition_form_fkey` FOREIGN KEY (`competition_form_id`) REFERENCES `competition_form` (`competition_form_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_attachment` (
  `application_attachment_id` char(36) NOT NULL,
  `application_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `file_location` longtext NOT NULL,
  `file_name` longtext NOT NULL,
  `mime_type` longtext NOT NULL,
  `file_size_bytes` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `is_deleted` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`application_attachment_id`),
  CONSTRAINT `application_attachment_application_id_application_fkey` FOREIGN KEY (`application_id`) REFERENCES `application` (`application_id`),
  CONSTRAINT `application_attachment_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_audit` (
  `application_audit_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `application_id` char(36) NOT NULL,
  `application_audit_event_id` int(11) NOT NULL,
  `target_user_id` char(36) DEFAULT NULL,
  `target_application_form_id` char(36) DEFAULT NULL,
  `target_attachment_id` char(36) DEFAULT NULL,
  `audit_metadata` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`application_audit_id`),
  CONSTRAINT `application_audit_application_audit_event_id_lk_applica_29aa` FOREIGN KEY (`application_audit_event_id`) REFERENCES `lk_application_audit_event` (`application_audit_event_id`),
  CONSTRAINT `application_audit_application_id_application_fkey` FOREIGN KEY (`application_id`) REFERENCES `application` (`application_id`),
  CONSTRAINT `application_audit_target_application_form_id_applicatio_5eb4` FOREIGN KEY (`target_application_form_id`) REFERENCES `application_form` (`application_form_id`),
  CONSTRAINT `application_audit_target_attachment_id_application_atta_e0b1` FOREIGN KEY (`target_attachment_id`) REFERENCES `application_attachment` (`application_attachment_id`),
  CONSTRAINT `application_audit_target_user_id_user_fkey` FOREIGN KEY (`target_user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `application_audit_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_submission` (
  `application_submission_id` char(36) NOT NULL,
  `application_id` char(36) NOT NULL,
  `file_location` longtext NOT NULL,
  `file_size_bytes` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `legacy_tracking_number` bigint(20) NOT NULL,
  `application_submission_number` longtext,
  `project_title` longtext,
  `total_requested_amount` decimal(65,10) DEFAULT NULL,
  PRIMARY KEY (`application_submission_id`),
  CONSTRAINT `application_submission_application_id_application_fkey` FOREIGN KEY (`application_id`) REFERENCES `application` (`application_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_submission_note` (
  `application_submission_note_id` char(36) NOT NULL,
  `application_submission_id` char(36) NOT NULL,
  `note` longtext NOT NULL,
  `created_by_user_id` char(36) NOT NULL,
  `modified_by_user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`application_submission_note_id`),
  CONSTRAINT `application_submission_note_application_submission_id_a_264d` FOREIGN KEY (`application_submission_id`) REFERENCES `application_submission` (`application_submission_id`),
  CONSTRAINT `application_submission_note_created_by_user_id_user_fkey` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `application_submission_note_modified_by_user_id_user_fkey` FOREIGN KEY (`modified_by_user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application_submission_tracking_number` (
  `application_submission_tracking_number_id` char(36) NOT NULL,
  `application_submission_id` char(36) NOT NULL,
  `tracking_number` longtext NOT NULL,
  `created_by_user_id` char(36) NOT NULL,
  `modified_by_user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`application_submission_tracking_number_id`),
  CONSTRAINT `application_submission_tracking_number_application_subm_830e` FOREIGN KEY (`application_submission_id`) REFERENCES `application_submission` (`application_submission_id`),
  CONSTRAINT `application_submission_tracking_number_created_by_user__2266` FOREIGN KEY (`created_by_user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `application_submission_tracking_number_modified_by_user_ea60` FOREIGN KEY (`modified_by_user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `award_recommendation` (
  `award_recommendation_id` char(36) NOT NULL,
  `opportunity_id` char(36) NOT NULL,
  `award_recommendation_number` longtext NOT NULL,
  `award_recommendation_status_id` int(11) NOT NULL,
  `additional_info` longtext,
  `award_selection_method_id` int(11) DEFAULT NULL,
  `other_key_information` longtext,
  `is_deleted` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `selection_method_detail` longtext,
  `funding_strategy` longtext,
  PRIMARY KEY (`award_recommendation_id`),
  CONSTRAINT `award_recommendation_award_recommendation_status_id_lk__24b3` FOREIGN KEY (`award_recommendation_status_id`) REFERENCES `lk_award_recommendation_status` (`award_recommendation_status_id`),
  CONSTRAINT `award_recommendation_opportunity_id_opportunity_fkey` FOREIGN KEY (`opportunity_id`) REFERENCES `opportunity` (`opportunity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `award_recommendation_submission_detail` (
  `award_recommendation_submission_detail_id` char(36) NOT NULL,
  `recommended_amount` decimal(65,10) DEFAULT NULL,
  `scoring_comment` longtext,
  `general_comment` longtext,
  `award_recommendation_type_id` int(11) DEFAULT NULL,
  `has_exception` tinyint(1) NOT NULL,
  `exception_detail` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`award_recommendation_submission_detail_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `award_recommendation_application_submission` (
  `award_recommendation_application_submission_id` char(36) NOT NULL,
  `award_recommendation_id` char(36) NOT NULL,
  `application_submission_id` char(36) NOT NULL,
  `award_recommendation_submission_detail_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`award_recommendation_application_submission_id`),
  CONSTRAINT `award_recommendation_application_submission_application_ca0e` FOREIGN KEY (`application_submission_id`) REFERENCES `application_submission` (`application_submission_id`),
  CONSTRAINT `award_recommendation_application_submission_award_recom_0d71` FOREIGN KEY (`award_recommendation_submission_detail_id`) REFERENCES `award_recommendation_submission_detail` (`award_recommendation_submission_detail_id`),
  CONSTRAINT `award_recommendation_application_submission_award_recom_afe5` FOREIGN KEY (`award_recommendation_id`) REFERENCES `award_recommendation` (`award_recommendation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `award_recommendation_review` (
  `award_recommendation_review_id` char(36) NOT NULL,
  `award_recommendation_id` char(36) NOT NULL,
  `award_recommendation_review_type_id` int(11) NOT NULL,
  `is_reviewed` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`award_recommendation_review_id`),
  CONSTRAINT `award_recommendation_review_award_recommendation_id_awa_ec53` FOREIGN KEY (`award_recommendation_id`) REFERENCES `award_recommendation` (`award_recommendation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `award_recommendation_risk` (
  `award_recommendation_risk_id` char(36) NOT NULL,
  `award_recommendation_id` char(36) NOT NULL,
  `award_recommendation_risk_number` longtext NOT NULL,
  `award_recommendation_risk_type_id` int(11) NOT NULL,
  `comment` longtext NOT NULL,
  `is_deleted` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`award_recommendation_risk_id`),
  CONSTRAINT `award_recommendation_risk_award_recommendation_id_award_b6a3` FOREIGN KEY (`award_recommendation_id`) REFERENCES `award_recommendation` (`award_recommendation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `award_recommendation_attachment` (
  `award_recommendation_attachment_id` char(36) NOT NULL,
  `award_recommendation_id` char(36) NOT NULL,
  `file_location` longtext NOT NULL,
  `file_name` longtext NOT NULL,
  `award_recommendation_attachment_type_id` int(11) NOT NULL,
  `uploading_user_id` char(36) NOT NULL,
  `is_deleted` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`award_recommendation_attachment_id`),
  CONSTRAINT `award_recommendation_attachment_award_recommendation_id_10c6` FOREIGN KEY (`award_recommendation_id`) REFERENCES `award_recommendation` (`award_recommendation_id`),
  CONSTRAINT `award_recommendation_attachment_uploading_user_id_user_fkey` FOREIGN KEY (`uploading_user_id`) REFERENCES `user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow` (
  `workflow_id` char(36) NOT NULL,
  `workflow_type_id` int(11) NOT NULL,
  `current_workflow_state` longtext NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `opportunity_id` char(36) DEFAULT NULL,
  `application_id` char(36) DEFAULT NULL,
  `application_submission_id` char(36) DEFAULT NULL,
  `award_recommendation_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`workflow_id`),
  CONSTRAINT `workflow_application_id_application_fkey` FOREIGN KEY (`application_id`) REFERENCES `application` (`application_id`),
  CONSTRAINT `workflow_application_submission_id_application_submission_fkey` FOREIGN KEY (`application_submission_id`) REFERENCES `application_submission` (`application_submission_id`),
  CONSTRAINT `workflow_award_recommendation_id_award_recommendation_fkey` FOREIGN KEY (`award_recommendation_id`) REFERENCES `award_recommendation` (`award_recommendation_id`),
  CONSTRAINT `workflow_opportunity_id_opportunity_fkey` FOREIGN KEY (`opportunity_id`) REFERENCES `opportunity` (`opportunity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_event_history` (
  `event_id` char(36) NOT NULL,
  `workflow_id` char(36) DEFAULT NULL,
  `event_data` longtext NOT NULL,
  `sent_at` datetime(6) NOT NULL,
  `is_successfully_processed` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`event_id`),
  CONSTRAINT `workflow_event_history_workflow_id_workflow_fkey` FOREIGN KEY (`workflow_id`) REFERENCES `workflow` (`workflow_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_approval` (
  `workflow_approval_id` char(36) NOT NULL,
  `workflow_id` char(36) NOT NULL,
  `approving_user_id` char(36) NOT NULL,
  `approval_type_id` int(11) NOT NULL,
  `event_id` char(36) NOT NULL,
  `is_still_valid` tinyint(1) NOT NULL,
  `comment` longtext,
  `approval_response_type_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`workflow_approval_id`),
  CONSTRAINT `workflow_approval_approving_user_id_user_fkey` FOREIGN KEY (`approving_user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `workflow_approval_event_id_workflow_event_history_fkey` FOREIGN KEY (`event_id`) REFERENCES `workflow_event_history` (`event_id`),
  CONSTRAINT `workflow_approval_workflow_id_workflow_fkey` FOREIGN KEY (`workflow_id`) REFERENCES `workflow` (`workflow_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `award_recommendation_audit_event` (
  `award_recommendation_audit_id` char(36) NOT NULL,
  `award_recommendation_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `award_recommendation_audit_event_id` int(11) NOT NULL,
  `award_recommendation_risk_id` char(36) DEFAULT NULL,
  `award_recommendation_attachment_id` char(36) DEFAULT NULL,
  `award_recommendation_review_id` char(36) DEFAULT NULL,
  `award_recommendation_application_submission_id` char(36) DEFAULT NULL,
  `workflow_approval_id` char(36) DEFAULT NULL,
  `audit_metadata` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`award_recommendation_audit_id`),
  CONSTRAINT `award_recommendation_audit_event_award_recommendation_a_36d5` FOREIGN KEY (`award_recommendation_attachment_id`) REFERENCES `award_recommendation_attachment` (`award_recommendation_attachment_id`),
  CONSTRAINT `award_recommendation_audit_event_award_recommendation_a_e01e` FOREIGN KEY (`award_recommendation_application_submission_id`) REFERENCES `award_recommendation_application_submission` (`award_recommendation_application_submission_id`),
  CONSTRAINT `award_recommendation_audit_event_award_recommendation_i_99b5` FOREIGN KEY (`award_recommendation_id`) REFERENCES `award_recommendation` (`award_recommendation_id`),
  CONSTRAINT `award_recommendation_audit_event_award_recommendation_r_0c9b` FOREIGN KEY (`award_recommendation_review_id`) REFERENCES `award_recommendation_review` (`award_recommendation_review_id`),
  CONSTRAINT `award_recommendation_audit_event_award_recommendation_r_733f` FOREIGN KEY (`award_recommendation_risk_id`) REFERENCES `award_recommendation_risk` (`award_recommendation_risk_id`),
  CONSTRAINT `award_recommendation_audit_event_user_id_user_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `award_recommendation_audit_event_workflow_approval_id_w_4a5b` FOREIGN KEY (`workflow_approval_id`) REFERENCES `workflow_approval` (`workflow_approval_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_audit` (
  `workflow_audit_id` char(36) NOT NULL,
  `workflow_id` char(36) NOT NULL,
  `acting_user_id` char(36) NOT NULL,
  `transition_event` longtext NOT NULL,
  `source_state` longtext NOT NULL,
  `target_state` longtext NOT NULL,
  `event_id` char(36) NOT NULL,
  `audit_metadata` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`workflow_audit_id`),
  CONSTRAINT `workflow_audit_acting_user_id_user_fkey` FOREIGN KEY (`acting_user_id`) REFERENCES `user` (`user_id`),
  CONSTRAINT `workflow_audit_event_id_workflow_event_history_fkey` FOREIGN KEY (`event_id`) REFERENCES `workflow_event_history` (`event_id`),
  CONSTRAINT `workflow_audit_workflow_id_workflow_fkey` FOREIGN KEY (`workflow_id`) REFERENCES `workflow` (`workflow_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_log` (
  `job_id` char(36) NOT NULL,
  `job_type` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `job_status_id` int(11) NOT NULL,
  `metrics` longtext,
  PRIMARY KEY (`job_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

