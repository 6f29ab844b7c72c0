-- Turnout (VoteAmerica) — the voter-engagement platform behind VoteAmerica.com and its partners' embedded tools:
-- voter registration (online and by mail/fax), absentee / vote-by-mail ballot requests with e-signatures sent to
-- local election officials, registration-status verification against voter files, election reminders, polling-place
-- lookups, the SMS bot, partner (subscriber) organisations and their staff users, election officials' directory.
-- Source: github.com/vote/turnout app/*/migrations/*.py (217 Django 2.2 migrations, PostgreSQL/PostGIS), commit
-- 4f071b095e8406fccb625e1091823dbfdbd1e459 (Business Source License 1.1, Change Date 2024-03-01, since then
-- Apache-2.0).
-- The migrations were replayed (operations in dependency order, without Django) into the final state and written as
-- MySQL by a small script: every table the migrations create (unmanaged views left out); see turnout.md.
SET NAMES utf8mb4;

CREATE TABLE `election_state` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `code` varchar(2) NOT NULL,
  `name` varchar(50) NOT NULL,
  `territory` tinyint(1) DEFAULT NULL,
  `allow_print_and_forward` tinyint(1) DEFAULT NULL,
  `allow_absentee_print_and_forward` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `voter_voter` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `state_voter_id` text DEFAULT NULL,
  `last_state_refresh` date DEFAULT NULL,
  `alloy_person_id` int DEFAULT NULL,
  `last_alloy_refresh` datetime(6) DEFAULT NULL,
  `ts_voterbase_id` text DEFAULT NULL,
  `last_ts_refresh` datetime(6) DEFAULT NULL,
  `registered` tinyint(1) DEFAULT NULL,
  `registration_date` date DEFAULT NULL,
  `last_registration_refresh` datetime(6) DEFAULT NULL,
  `email` varchar(150) DEFAULT NULL,
  `first_name` text DEFAULT NULL,
  `middle_name` text DEFAULT NULL,
  `last_name` text DEFAULT NULL,
  `suffix` text DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `address_full` text DEFAULT NULL,
  `city` text DEFAULT NULL,
  `zipcode` text DEFAULT NULL,
  `phone_id` char(36) DEFAULT NULL,
  `state_id` varchar(2) DEFAULT NULL,
  `phone` varchar(128) DEFAULT NULL,
  `alloy_result` json DEFAULT NULL,
  `state_result` json DEFAULT NULL,
  `ts_result` json DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `voter_voter_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `election_state` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action_action` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `last_voter_lookup` datetime(6) DEFAULT NULL,
  `voter_id` char(36) DEFAULT NULL,
  `visible_to_subscriber` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `action_action_voter_id_fk` FOREIGN KEY (`voter_id`) REFERENCES `voter_voter` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multi_tenant_partnerslug` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `partner_id` char(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `multi_tenant_partnerslug_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multi_tenant_client` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `name` varchar(200) NOT NULL,
  `url` varchar(200) NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `privacy_policy` varchar(200) DEFAULT NULL,
  `sms_checkbox_default` tinyint(1) DEFAULT NULL,
  `sms_enabled` tinyint(1) DEFAULT NULL,
  `terms_of_service` varchar(200) DEFAULT NULL,
  `default_slug_id` char(36) DEFAULT NULL,
  `sms_checkbox` tinyint(1) DEFAULT NULL,
  `sms_disclaimer` text DEFAULT NULL,
  `sync_tmc` tinyint(1) DEFAULT NULL,
  `is_first_party` tinyint(1) NOT NULL,
  `sync_bluelink` tinyint(1) DEFAULT NULL,
  `status` text DEFAULT NULL,
  `has_api_access` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `multi_tenant_client_default_slug_id_fk` FOREIGN KEY (`default_slug_id`) REFERENCES `multi_tenant_partnerslug` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storage_storageitem` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `token` char(36) NOT NULL,
  `app` text NOT NULL,
  `file` varchar(100) NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `expires` datetime(6) NOT NULL,
  `first_download` datetime(6) DEFAULT NULL,
  `partner_id` char(36) DEFAULT NULL,
  `purged` datetime(6) DEFAULT NULL,
  `preview_of_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `storage_storageitem_token_key` (`token`),
  CONSTRAINT `storage_storageitem_partner_id_fk` FOREIGN KEY (`partner_id`) REFERENCES `multi_tenant_client` (`uuid`),
  CONSTRAINT `storage_storageitem_preview_of_id_fk` FOREIGN KEY (`preview_of_id`) REFERENCES `storage_storageitem` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `official_region` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `external_updated` datetime(6) DEFAULT NULL,
  `external_id` int NOT NULL,
  `name` text DEFAULT NULL,
  `municipality` text DEFAULT NULL,
  `municipality_type` text DEFAULT NULL,
  `county` text DEFAULT NULL,
  `state_id` varchar(2) DEFAULT NULL,
  `hidden` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`external_id`),
  CONSTRAINT `official_region_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `election_state` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `storage_secureuploaditem` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `file` varchar(100) NOT NULL,
  `upload_type` text NOT NULL,
  `content_type` text NOT NULL,
  `purged` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `absentee_ballotrequest` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `utm_campaign` text DEFAULT NULL,
  `utm_source` text DEFAULT NULL,
  `utm_medium` text DEFAULT NULL,
  `source` text DEFAULT NULL,
  `first_name` text DEFAULT NULL,
  `middle_name` text DEFAULT NULL,
  `last_name` text DEFAULT NULL,
  `suffix` text DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `phone` varchar(128) DEFAULT NULL,
  `address1` text DEFAULT NULL,
  `address2` text DEFAULT NULL,
  `city` text DEFAULT NULL,
  `zipcode` text DEFAULT NULL,
  `mailing_address1` text DEFAULT NULL,
  `mailing_address2` text DEFAULT NULL,
  `mailing_city` text DEFAULT NULL,
  `mailing_zipcode` text DEFAULT NULL,
  `us_citizen` tinyint(1) DEFAULT NULL,
  `sms_opt_in` tinyint(1) DEFAULT NULL,
  `status` text DEFAULT NULL,
  `action_id` char(36) DEFAULT NULL,
  `mailing_state_id` varchar(2) DEFAULT NULL,
  `partner_id` char(36) DEFAULT NULL,
  `result_item_id` char(36) DEFAULT NULL,
  `state_id` varchar(2) DEFAULT NULL,
  `region_id` int DEFAULT NULL,
  `sms_opt_in_partner` tinyint(1) DEFAULT NULL,
  `signature_id` char(36) DEFAULT NULL,
  `state_fields` json DEFAULT NULL,
  `utm_content` text DEFAULT NULL,
  `utm_term` text DEFAULT NULL,
  `submit_date` date DEFAULT NULL,
  `esign_method` text DEFAULT NULL,
  `search` text NOT NULL COMMENT 'PostgreSQL tsvector',
  `embed_url` text DEFAULT NULL,
  `session_id` char(36) DEFAULT NULL,
  `email_referrer` text DEFAULT NULL,
  `mobile_referrer` text DEFAULT NULL,
  `referring_tool` text DEFAULT NULL,
  `deliverable` tinyint(1) DEFAULT NULL,
  `mailing_deliverable` tinyint(1) DEFAULT NULL,
  `request_mailing_address1` text DEFAULT NULL,
  `request_mailing_address2` text DEFAULT NULL,
  `request_mailing_city` text DEFAULT NULL,
  `request_mailing_deliverable` tinyint(1) DEFAULT NULL,
  `request_mailing_state_id` varchar(2) DEFAULT NULL,
  `request_mailing_zipcode` text DEFAULT NULL,
  `result_item_mail_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `absentee_ballotrequest_action_id_key` (`action_id`),
  CONSTRAINT `absentee_ballotrequest_action_id_fk` FOREIGN KEY (`action_id`) REFERENCES `action_action` (`uuid`),
  CONSTRAINT `absentee_ballotrequest_mailing_state_id_fk` FOREIGN KEY (`mailing_state_id`) REFERENCES `election_state` (`code`),
  CONSTRAINT `absentee_ballotrequest_partner_id_fk` FOREIGN KEY (`partner_id`) REFERENCES `multi_tenant_client` (`uuid`),
  CONSTRAINT `absentee_ballotrequest_result_item_id_fk` FOREIGN KEY (`result_item_id`) REFERENCES `storage_storageitem` (`uuid`),
  CONSTRAINT `absentee_ballotrequest_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `election_state` (`code`),
  CONSTRAINT `absentee_ballotrequest_region_id_fk` FOREIGN KEY (`region_id`) REFERENCES `official_region` (`external_id`),
  CONSTRAINT `absentee_ballotrequest_signature_id_fk` FOREIGN KEY (`signature_id`) REFERENCES `storage_secureuploaditem` (`uuid`),
  CONSTRAINT `absentee_ballotrequest_request_mailing_state_id_fk` FOREIGN KEY (`request_mailing_state_id`) REFERENCES `election_state` (`code`),
  CONSTRAINT `absentee_ballotrequest_result_item_mail_id_fk` FOREIGN KEY (`result_item_mail_id`) REFERENCES `storage_storageitem` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user` (
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `email` varchar(254) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `last_name` varchar(200) NOT NULL,
  `active_client_id` char(36) DEFAULT NULL,
  `timezone` varchar(63) DEFAULT NULL,
  `is_election_admin` tinyint(1) DEFAULT NULL,
  `is_subscriber_admin` tinyint(1) DEFAULT NULL,
  `is_esign_admin` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `accounts_user_email_key` (`email`),
  CONSTRAINT `accounts_user_active_client_id_fk` FOREIGN KEY (`active_client_id`) REFERENCES `multi_tenant_client` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multi_tenant_association` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `client_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `multi_tenant_association_client_id_fk` FOREIGN KEY (`client_id`) REFERENCES `multi_tenant_client` (`uuid`),
  CONSTRAINT `multi_tenant_association_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `election_stateinformationfieldtype` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `long_name` varchar(200) NOT NULL,
  `field_format` text DEFAULT NULL,
  `help_text` text DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `election_stateinformationfieldtype_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `election_stateinformation` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `text` text NOT NULL,
  `notes` text NOT NULL,
  `field_type_id` char(36) NOT NULL,
  `state_id` varchar(2) NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `election_stateinformation_field_type_id_fk` FOREIGN KEY (`field_type_id`) REFERENCES `election_stateinformationfieldtype` (`uuid`),
  CONSTRAINT `election_stateinformation_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `election_state` (`code`),
  UNIQUE KEY `election_stateinformation_state_id_field_type__uniq` (`state_id`, `field_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `election_updatenotificationwebhook` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `name` text DEFAULT NULL,
  `type` text DEFAULT NULL,
  `trigger_url` varchar(200) DEFAULT NULL,
  `last_triggered` datetime(6) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `official_office` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `external_id` int NOT NULL,
  `external_updated` datetime(6) DEFAULT NULL,
  `region_id` int DEFAULT NULL,
  `hours` text DEFAULT NULL,
  `notes` text DEFAULT NULL,
  PRIMARY KEY (`external_id`),
  CONSTRAINT `official_office_region_id_fk` FOREIGN KEY (`region_id`) REFERENCES `official_region` (`external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `official_address` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `external_id` int NOT NULL,
  `external_updated` datetime(6) DEFAULT NULL,
  `city` text DEFAULT NULL,
  `office_id` int DEFAULT NULL,
  `address` text DEFAULT NULL,
  `address2` text DEFAULT NULL,
  `address3` text DEFAULT NULL,
  `state_id` varchar(2) DEFAULT NULL,
  `process_absentee_ballots` tinyint(1) DEFAULT NULL,
  `process_absentee_requests` tinyint(1) DEFAULT NULL,
  `process_domestic_registrations` tinyint(1) DEFAULT NULL,
  `process_overseas_ballots` tinyint(1) DEFAULT NULL,
  `process_overseas_requests` tinyint(1) DEFAULT NULL,
  `zipcode` text DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `fax` varchar(128) DEFAULT NULL,
  `is_physical` tinyint(1) DEFAULT NULL,
  `is_regular_mail` tinyint(1) DEFAULT NULL,
  `phone` varchar(128) DEFAULT NULL,
  `website` varchar(200) DEFAULT NULL,
  `location` geometry DEFAULT NULL COMMENT 'PostGIS PointField',
  PRIMARY KEY (`external_id`),
  CONSTRAINT `official_address_office_id_fk` FOREIGN KEY (`office_id`) REFERENCES `official_office` (`external_id`),
  CONSTRAINT `official_address_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `election_state` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_invite` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `email` varchar(254) NOT NULL,
  `token` char(36) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `consumed_at` datetime(6) DEFAULT NULL,
  `primary_client_id` char(36) NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `accounts_invite_token_key` (`token`),
  CONSTRAINT `accounts_invite_primary_client_id_fk` FOREIGN KEY (`primary_client_id`) REFERENCES `multi_tenant_client` (`uuid`),
  CONSTRAINT `accounts_invite_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multi_tenant_inviteassociation` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `client_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `multi_tenant_inviteassociation_client_id_fk` FOREIGN KEY (`client_id`) REFERENCES `multi_tenant_client` (`uuid`),
  CONSTRAINT `multi_tenant_inviteassociation_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `accounts_invite` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `absentee_leocontactoverride` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `region_id` int NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `fax` varchar(128) DEFAULT NULL,
  `phone` varchar(128) DEFAULT NULL,
  `submission_method` text DEFAULT NULL,
  `notes` text DEFAULT NULL,
  PRIMARY KEY (`region_id`),
  CONSTRAINT `absentee_leocontactoverride_region_id_fk` FOREIGN KEY (`region_id`) REFERENCES `official_region` (`external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `absentee_regionovbmlink` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `region_id` int NOT NULL,
  `url` varchar(200) NOT NULL,
  PRIMARY KEY (`region_id`),
  CONSTRAINT `absentee_regionovbmlink_region_id_fk` FOREIGN KEY (`region_id`) REFERENCES `official_region` (`external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_tracking_event` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `event_type` text NOT NULL,
  `action_id` char(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `event_tracking_event_action_id_fk` FOREIGN KEY (`action_id`) REFERENCES `action_action` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `smsbot_number` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `phone` varchar(128) NOT NULL,
  `welcome_time` datetime(6) DEFAULT NULL,
  `opt_out_time` datetime(6) DEFAULT NULL,
  `opt_in_time` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`phone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `smsbot_blast` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `description` varchar(100) DEFAULT NULL,
  `content` text DEFAULT NULL,
  `sql` text DEFAULT NULL,
  `campaign` varchar(100) DEFAULT NULL,
  `blast_type` text DEFAULT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `smsbot_smsmessage` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `phone_id` varchar(128) DEFAULT NULL,
  `direction` text NOT NULL,
  `message` text DEFAULT NULL,
  `status` text DEFAULT NULL,
  `status_time` datetime(6) DEFAULT NULL,
  `twilio_sid` text DEFAULT NULL,
  `kwargs` json DEFAULT NULL,
  `blast_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `smsbot_smsmessage_phone_id_fk` FOREIGN KEY (`phone_id`) REFERENCES `smsbot_number` (`phone`),
  CONSTRAINT `smsbot_smsmessage_blast_id_fk` FOREIGN KEY (`blast_id`) REFERENCES `smsbot_blast` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ts_early_vote_and_ballot` (
  `smartvan_id` varchar(100) DEFAULT NULL,
  `voterbase_id` varchar(100) NOT NULL,
  `voterid` varchar(100) DEFAULT NULL,
  `state` varchar(2) DEFAULT NULL,
  `county` varchar(100) DEFAULT NULL,
  `county_id` varchar(100) DEFAULT NULL,
  `request_received_date` date DEFAULT NULL,
  `ballot_mailed_date` date DEFAULT NULL,
  `ballot_received_date` date DEFAULT NULL,
  `early_voted_date` date DEFAULT NULL,
  `ballot_party` varchar(100) DEFAULT NULL,
  `ballot_canceled` date DEFAULT NULL,
  `application_mailed` date DEFAULT NULL,
  `tsmart_requested` varchar(100) DEFAULT NULL,
  `tsmart_voted` varchar(100) DEFAULT NULL,
  `election_date` date DEFAULT NULL,
  `ev_data_update_date` date DEFAULT NULL,
  PRIMARY KEY (`voterbase_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multi_tenant_subscriberintegrationproperty` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `external_tool` text DEFAULT NULL,
  `name` text DEFAULT NULL,
  `value` text DEFAULT NULL,
  `subscriber_id` char(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `multi_tenant_subscriberintegrationproperty_subscriber_id_fk` FOREIGN KEY (`subscriber_id`) REFERENCES `multi_tenant_client` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apikey_apikey` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `secret` text DEFAULT NULL,
  `created_by_id` char(36) DEFAULT NULL,
  `deactivated_by_id` char(36) DEFAULT NULL,
  `partner_id` char(36) DEFAULT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `apikey_apikey_created_by_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `accounts_user` (`uuid`),
  CONSTRAINT `apikey_apikey_deactivated_by_id_fk` FOREIGN KEY (`deactivated_by_id`) REFERENCES `accounts_user` (`uuid`),
  CONSTRAINT `apikey_apikey_partner_id_fk` FOREIGN KEY (`partner_id`) REFERENCES `multi_tenant_client` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `common_delayedtask` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `task_name` text DEFAULT NULL,
  `args` json DEFAULT NULL,
  `kwargs` json DEFAULT NULL,
  `due_at` datetime(6) DEFAULT NULL,
  `started_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fax_fax` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `token` char(36) NOT NULL,
  `status` text NOT NULL,
  `status_message` text DEFAULT NULL,
  `status_timestamp` datetime(6) DEFAULT NULL,
  `storage_item_id` char(36) NOT NULL,
  `to` varchar(128) DEFAULT NULL,
  `on_complete_task` text DEFAULT NULL,
  `on_complete_task_arg` text DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `fax_fax_storage_item_id_fk` FOREIGN KEY (`storage_item_id`) REFERENCES `storage_storageitem` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integration_link` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `external_tool` text DEFAULT NULL,
  `external_id` text DEFAULT NULL,
  `action_id` char(36) DEFAULT NULL,
  `subscriber_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `integration_link_action_id_fk` FOREIGN KEY (`action_id`) REFERENCES `action_action` (`uuid`),
  CONSTRAINT `integration_link_subscriber_id_fk` FOREIGN KEY (`subscriber_id`) REFERENCES `multi_tenant_client` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integration_moverlead` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `source_created_at` datetime(6) DEFAULT NULL,
  `first_name` text DEFAULT NULL,
  `last_name` text DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `move_date` datetime(6) DEFAULT NULL,
  `new_address1` text DEFAULT NULL,
  `new_address2` text DEFAULT NULL,
  `new_city` text DEFAULT NULL,
  `new_zipcode` text DEFAULT NULL,
  `new_zipcode_plus4` text DEFAULT NULL,
  `new_housing_tenure` text DEFAULT NULL,
  `old_address1` text DEFAULT NULL,
  `old_address2` text DEFAULT NULL,
  `old_city` text DEFAULT NULL,
  `old_zipcode` text DEFAULT NULL,
  `old_zipcode_plus4` text DEFAULT NULL,
  `old_housing_tenure` text DEFAULT NULL,
  `actionnetwork_person_id` text DEFAULT NULL,
  `new_state` text DEFAULT NULL,
  `old_state` text DEFAULT NULL,
  `new_region_id` int DEFAULT NULL,
  `old_region_id` int DEFAULT NULL,
  `blank_register_forms_action_id` char(36) DEFAULT NULL,
  `blank_register_forms_item_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `integration_moverlead_new_region_id_fk` FOREIGN KEY (`new_region_id`) REFERENCES `official_region` (`external_id`),
  CONSTRAINT `integration_moverlead_old_region_id_fk` FOREIGN KEY (`old_region_id`) REFERENCES `official_region` (`external_id`),
  CONSTRAINT `integration_moverlead_blank_register_forms_action_id_fk` FOREIGN KEY (`blank_register_forms_action_id`) REFERENCES `action_action` (`uuid`),
  CONSTRAINT `integration_moverlead_blank_register_forms_item_id_fk` FOREIGN KEY (`blank_register_forms_item_id`) REFERENCES `storage_storageitem` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `register_registration` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `utm_campaign` text DEFAULT NULL,
  `utm_source` text DEFAULT NULL,
  `utm_medium` text DEFAULT NULL,
  `source` text DEFAULT NULL,
  `first_name` text DEFAULT NULL,
  `middle_name` text DEFAULT NULL,
  `last_name` text DEFAULT NULL,
  `suffix` text DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `phone` varchar(128) DEFAULT NULL,
  `address1` text DEFAULT NULL,
  `address2` text DEFAULT NULL,
  `city` text DEFAULT NULL,
  `zipcode` text DEFAULT NULL,
  `previous_first_name` text DEFAULT NULL,
  `previous_middle_name` text DEFAULT NULL,
  `previous_last_name` text DEFAULT NULL,
  `previous_suffix` text DEFAULT NULL,
  `previous_address1` text DEFAULT NULL,
  `previous_address2` text DEFAULT NULL,
  `previous_city` text DEFAULT NULL,
  `previous_zipcode` text DEFAULT NULL,
  `mailing_address1` text DEFAULT NULL,
  `mailing_address2` text DEFAULT NULL,
  `mailing_city` text DEFAULT NULL,
  `mailing_zipcode` text DEFAULT NULL,
  `gender` text DEFAULT NULL,
  `race_ethnicity` text DEFAULT NULL,
  `party` text DEFAULT NULL,
  `us_citizen` tinyint(1) DEFAULT NULL,
  `mailing_state_id` varchar(2) DEFAULT NULL,
  `previous_state_id` varchar(2) DEFAULT NULL,
  `state_id` varchar(2) DEFAULT NULL,
  `status` text DEFAULT NULL,
  `title` text DEFAULT NULL,
  `previous_title` text DEFAULT NULL,
  `result_item_id` char(36) DEFAULT NULL,
  `partner_id` char(36) DEFAULT NULL,
  `sms_opt_in` tinyint(1) DEFAULT NULL,
  `action_id` char(36) DEFAULT NULL,
  `sms_opt_in_partner` tinyint(1) DEFAULT NULL,
  `utm_content` text DEFAULT NULL,
  `utm_term` text DEFAULT NULL,
  `referring_tool` text DEFAULT NULL,
  `search` text NOT NULL COMMENT 'PostgreSQL tsvector',
  `custom_ovr_link` text DEFAULT NULL,
  `embed_url` text DEFAULT NULL,
  `session_id` char(36) DEFAULT NULL,
  `state_api_result` json DEFAULT NULL,
  `state_fields` json DEFAULT NULL,
  `email_referrer` text DEFAULT NULL,
  `mobile_referrer` text DEFAULT NULL,
  `matched_region_id` int DEFAULT NULL,
  `region_id` int DEFAULT NULL,
  `deliverable` tinyint(1) DEFAULT NULL,
  `mailing_deliverable` tinyint(1) DEFAULT NULL,
  `request_mailing_address1` text DEFAULT NULL,
  `request_mailing_address2` text DEFAULT NULL,
  `request_mailing_city` text DEFAULT NULL,
  `request_mailing_deliverable` tinyint(1) DEFAULT NULL,
  `request_mailing_state_id` varchar(2) DEFAULT NULL,
  `request_mailing_zipcode` text DEFAULT NULL,
  `result_item_mail_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `register_registration_mailing_state_id_fk` FOREIGN KEY (`mailing_state_id`) REFERENCES `election_state` (`code`),
  CONSTRAINT `register_registration_previous_state_id_fk` FOREIGN KEY (`previous_state_id`) REFERENCES `election_state` (`code`),
  CONSTRAINT `register_registration_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `election_state` (`code`),
  CONSTRAINT `register_registration_result_item_id_fk` FOREIGN KEY (`result_item_id`) REFERENCES `storage_storageitem` (`uuid`),
  CONSTRAINT `register_registration_partner_id_fk` FOREIGN KEY (`partner_id`) REFERENCES `multi_tenant_client` (`uuid`),
  UNIQUE KEY `register_registration_action_id_key` (`action_id`),
  CONSTRAINT `register_registration_action_id_fk` FOREIGN KEY (`action_id`) REFERENCES `action_action` (`uuid`),
  CONSTRAINT `register_registration_matched_region_id_fk` FOREIGN KEY (`matched_region_id`) REFERENCES `official_region` (`external_id`),
  CONSTRAINT `register_registration_region_id_fk` FOREIGN KEY (`region_id`) REFERENCES `official_region` (`external_id`),
  CONSTRAINT `register_registration_request_mailing_state_id_fk` FOREIGN KEY (`request_mailing_state_id`) REFERENCES `election_state` (`code`),
  CONSTRAINT `register_registration_result_item_mail_id_fk` FOREIGN KEY (`result_item_mail_id`) REFERENCES `storage_storageitem` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `polling_place_pollingplacelookup` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `embed_url` text DEFAULT NULL,
  `utm_campaign` text DEFAULT NULL,
  `utm_source` text DEFAULT NULL,
  `utm_medium` text DEFAULT NULL,
  `utm_term` text DEFAULT NULL,
  `utm_content` text DEFAULT NULL,
  `session_id` char(36) DEFAULT NULL,
  `source` text DEFAULT NULL,
  `email_referrer` text DEFAULT NULL,
  `mobile_referrer` text DEFAULT NULL,
  `sms_opt_in_partner` tinyint(1) DEFAULT NULL,
  `unstructured_address` text DEFAULT NULL,
  `dnc_result` json DEFAULT NULL,
  `dnc_status` text DEFAULT NULL,
  `civic_result` json DEFAULT NULL,
  `civic_status` text DEFAULT NULL,
  `address1` text DEFAULT NULL,
  `address2` text DEFAULT NULL,
  `city` text DEFAULT NULL,
  `zipcode` text DEFAULT NULL,
  `action_id` char(36) DEFAULT NULL,
  `state_id` varchar(2) DEFAULT NULL,
  `partner_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `polling_place_pollingplacelookup_action_id_key` (`action_id`),
  CONSTRAINT `polling_place_pollingplacelookup_action_id_fk` FOREIGN KEY (`action_id`) REFERENCES `action_action` (`uuid`),
  CONSTRAINT `polling_place_pollingplacelookup_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `election_state` (`code`),
  CONSTRAINT `polling_place_pollingplacelookup_partner_id_fk` FOREIGN KEY (`partner_id`) REFERENCES `multi_tenant_client` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reminder_reminderrequest` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `embed_url` text DEFAULT NULL,
  `utm_campaign` text DEFAULT NULL,
  `utm_source` text DEFAULT NULL,
  `utm_medium` text DEFAULT NULL,
  `utm_term` text DEFAULT NULL,
  `utm_content` text DEFAULT NULL,
  `session_id` char(36) DEFAULT NULL,
  `source` text DEFAULT NULL,
  `sms_opt_in_partner` tinyint(1) DEFAULT NULL,
  `search` text NOT NULL COMMENT 'PostgreSQL tsvector',
  `first_name` text NOT NULL,
  `last_name` text NOT NULL,
  `date_of_birth` date DEFAULT NULL,
  `address1` text DEFAULT NULL,
  `address2` text DEFAULT NULL,
  `city` text DEFAULT NULL,
  `zipcode` text DEFAULT NULL,
  `phone` varchar(128) DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `sms_opt_in` tinyint(1) DEFAULT NULL,
  `action_id` char(36) DEFAULT NULL,
  `state_id` varchar(2) NOT NULL,
  `partner_id` char(36) DEFAULT NULL,
  `email_referrer` text DEFAULT NULL,
  `mobile_referrer` text DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `reminder_reminderrequest_action_id_key` (`action_id`),
  CONSTRAINT `reminder_reminderrequest_action_id_fk` FOREIGN KEY (`action_id`) REFERENCES `action_action` (`uuid`),
  CONSTRAINT `reminder_reminderrequest_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `election_state` (`code`),
  CONSTRAINT `reminder_reminderrequest_partner_id_fk` FOREIGN KEY (`partner_id`) REFERENCES `multi_tenant_client` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_address` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `current` tinyint(1) NOT NULL,
  `address1` text DEFAULT NULL,
  `address2` text DEFAULT NULL,
  `city` text DEFAULT NULL,
  `zipcode` text DEFAULT NULL,
  `state_id` varchar(2) NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `people_address_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `election_state` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_person` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `date_of_birth` date DEFAULT NULL,
  `us_citizen` tinyint(1) NOT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_addressrelationships` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `current_mailing` tinyint(1) NOT NULL,
  `current_physical` tinyint(1) NOT NULL,
  `address_id` char(36) NOT NULL,
  `person_id` char(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `people_addressrelationships_address_id_fk` FOREIGN KEY (`address_id`) REFERENCES `people_address` (`uuid`),
  CONSTRAINT `people_addressrelationships_person_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_email` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `email` varchar(150) NOT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_emailrelationships` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `email_id` char(36) NOT NULL,
  `person_id` char(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `people_emailrelationships_email_id_fk` FOREIGN KEY (`email_id`) REFERENCES `people_email` (`uuid`),
  CONSTRAINT `people_emailrelationships_person_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_phone` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `phone_type` text NOT NULL,
  `phone_number` varchar(128) NOT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_phonerelationships` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `person_id` char(36) NOT NULL,
  `phone_id` char(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `people_phonerelationships_person_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`uuid`),
  CONSTRAINT `people_phonerelationships_phone_id_fk` FOREIGN KEY (`phone_id`) REFERENCES `people_phone` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `people_name` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `title` text DEFAULT NULL,
  `first_name` text DEFAULT NULL,
  `last_name` text DEFAULT NULL,
  `suffix` text DEFAULT NULL,
  `person_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `people_name_person_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verifier_lookup` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `response` json DEFAULT NULL,
  `registered` tinyint(1) DEFAULT NULL,
  `too_many` tinyint(1) DEFAULT NULL,
  `first_name` text NOT NULL,
  `last_name` text NOT NULL,
  `unparsed_full_address` text DEFAULT NULL,
  `city` text DEFAULT NULL,
  `zipcode` text DEFAULT NULL,
  `age` int DEFAULT NULL,
  `phone` varchar(128) DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `person_id` char(36) DEFAULT NULL,
  `state_id` varchar(2) NOT NULL,
  `gender` text DEFAULT NULL,
  `voter_status` text DEFAULT NULL,
  `source` text DEFAULT NULL,
  `utm_campaign` text DEFAULT NULL,
  `utm_medium` text DEFAULT NULL,
  `utm_source` text DEFAULT NULL,
  `address1` text DEFAULT NULL,
  `address2` text DEFAULT NULL,
  `partner_id` char(36) DEFAULT NULL,
  `sms_opt_in` tinyint(1) DEFAULT NULL,
  `action_id` char(36) DEFAULT NULL,
  `last_updated` datetime(6) DEFAULT NULL,
  `sms_opt_in_partner` tinyint(1) DEFAULT NULL,
  `utm_content` text DEFAULT NULL,
  `utm_term` text DEFAULT NULL,
  `search` text NOT NULL COMMENT 'PostgreSQL tsvector',
  `embed_url` text DEFAULT NULL,
  `session_id` char(36) DEFAULT NULL,
  `email_referrer` text DEFAULT NULL,
  `mobile_referrer` text DEFAULT NULL,
  `alloy_response` json DEFAULT NULL,
  `alloy_status` text DEFAULT NULL,
  `targetsmart_response` json DEFAULT NULL,
  `targetsmart_status` text DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `verifier_lookup_person_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people_person` (`uuid`),
  CONSTRAINT `verifier_lookup_state_id_fk` FOREIGN KEY (`state_id`) REFERENCES `election_state` (`code`),
  CONSTRAINT `verifier_lookup_partner_id_fk` FOREIGN KEY (`partner_id`) REFERENCES `multi_tenant_client` (`uuid`),
  UNIQUE KEY `verifier_lookup_action_id_key` (`action_id`),
  CONSTRAINT `verifier_lookup_action_id_fk` FOREIGN KEY (`action_id`) REFERENCES `action_action` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verifier_alloydataupdate` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `state` text DEFAULT NULL,
  `state_update_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporting_report` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `status` text DEFAULT NULL,
  `type` text DEFAULT NULL,
  `author_id` char(36) DEFAULT NULL,
  `partner_id` char(36) DEFAULT NULL,
  `result_item_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `reporting_report_author_id_fk` FOREIGN KEY (`author_id`) REFERENCES `accounts_user` (`uuid`),
  CONSTRAINT `reporting_report_partner_id_fk` FOREIGN KEY (`partner_id`) REFERENCES `multi_tenant_client` (`uuid`),
  CONSTRAINT `reporting_report_result_item_id_fk` FOREIGN KEY (`result_item_id`) REFERENCES `storage_storageitem` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporting_statsrefresh` (
  `last_run` datetime(6) NOT NULL,
  PRIMARY KEY (`last_run`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporting_subscriberstats` (
  `uuid` char(36) NOT NULL,
  `tool` text NOT NULL,
  `count` bigint NOT NULL,
  `partner_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `reporting_subscriberstats_partner_id_fk` FOREIGN KEY (`partner_id`) REFERENCES `multi_tenant_client` (`uuid`),
  UNIQUE KEY `reporting_subscriberstats_partner_id_tool_uniq` (`partner_id`, `tool`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription_product` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `months` int unsigned DEFAULT NULL,
  `cost` int unsigned DEFAULT NULL,
  `public` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription_interest` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `search` text NOT NULL COMMENT 'PostgreSQL tsvector',
  `organization_name` text DEFAULT NULL,
  `website` varchar(200) DEFAULT NULL,
  `first_name` text DEFAULT NULL,
  `last_name` text DEFAULT NULL,
  `email` varchar(254) DEFAULT NULL,
  `phone` varchar(128) DEFAULT NULL,
  `nonprofit` tinyint(1) DEFAULT NULL,
  `ein` text DEFAULT NULL,
  `status` text DEFAULT NULL,
  `product_id` char(36) DEFAULT NULL,
  `reject_reason` text DEFAULT NULL,
  `sms_mode` text DEFAULT NULL,
  `plan` text DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `subscription_interest_product_id_fk` FOREIGN KEY (`product_id`) REFERENCES `subscription_product` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription_subscription` (
  `created_at` datetime(6) NOT NULL,
  `modified_at` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `expires` date DEFAULT NULL,
  `interest_id` char(36) DEFAULT NULL,
  `product_id` char(36) DEFAULT NULL,
  `subscriber_id` char(36) NOT NULL,
  `internal_notes` text DEFAULT NULL,
  `plan` text DEFAULT NULL,
  `primary_contact_email` varchar(254) DEFAULT NULL,
  `primary_contact_first_name` text DEFAULT NULL,
  `primary_contact_last_name` text DEFAULT NULL,
  `primary_contact_phone` varchar(128) DEFAULT NULL,
  `ein` text DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `subscription_subscription_interest_id_fk` FOREIGN KEY (`interest_id`) REFERENCES `subscription_interest` (`uuid`),
  CONSTRAINT `subscription_subscription_product_id_fk` FOREIGN KEY (`product_id`) REFERENCES `subscription_product` (`uuid`),
  UNIQUE KEY `subscription_subscription_subscriber_id_key` (`subscriber_id`),
  CONSTRAINT `subscription_subscription_subscriber_id_fk` FOREIGN KEY (`subscriber_id`) REFERENCES `multi_tenant_client` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- foreign key closing a reference cycle (multi_tenant_client <-> multi_tenant_partnerslug)
ALTER TABLE `multi_tenant_partnerslug` ADD CONSTRAINT `multi_tenant_partnerslug_partner_id_fk` FOREIGN KEY (`partner_id`) REFERENCES `multi_tenant_client` (`uuid`);
