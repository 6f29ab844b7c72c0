-- Nomulus (Google Registry's open-source domain name registry: EPP, RDAP/WHOIS, registrar console, billing),
-- github.com/google/nomulus, db/src/main/resources/sql/schema/nomulus.golden.sql at commit
-- 3a1068f3139b82559c14710e0363b3af072ee66d (2026-01-09, the last version before the Contact tables were removed) (Apache-2.0).
-- PostgreSQL pg_dump written as MySQL by a script: column names and order as upstream; text -> text (varchar(191) where
-- the column is in a primary, unique or foreign key), text[] and hstore -> text, timestamptz -> datetime(6),
-- boolean -> tinyint(1), interval -> varchar(64), bytea -> longblob (varbinary(255) in a key), sequences -> AUTO_INCREMENT; primary keys,
-- UNIQUE constraints, full unique indexes and foreign keys as upstream; non-unique and partial indexes left out;
-- tables ordered so that every referenced table comes first; a KEY added on an AUTO_INCREMENT column that does not lead the primary key (MySQL needs it) and a KEY on referenced columns not leading an upstream key (RegistrarPoc); DEFERRABLE INITIALLY DEFERRED (no MySQL equivalent) dropped.


CREATE TABLE `AllocationToken` (
  `token` varchar(191) NOT NULL,
  `update_timestamp` datetime(6),
  `allowed_registrar_ids` text,
  `allowed_tlds` text,
  `creation_time` datetime(6) NOT NULL,
  `discount_fraction` double NOT NULL,
  `discount_premiums` tinyint(1) NOT NULL,
  `discount_years` int NOT NULL,
  `domain_name` text,
  `redemption_domain_repo_id` text,
  `token_status_transitions` text,
  `token_type` text,
  `redemption_domain_history_id` bigint,
  `renewal_price_behavior` text NOT NULL,
  `registration_behavior` text NOT NULL,
  `allowed_epp_actions` text,
  `renewal_price_amount` decimal(19,2),
  `renewal_price_currency` text,
  `discount_price_amount` decimal(19,2),
  `discount_price_currency` text,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Registrar` (
  `registrar_id` varchar(191) NOT NULL,
  `allowed_tlds` text,
  `billing_account_map` text,
  `block_premium_names` tinyint(1) NOT NULL,
  `client_certificate` text,
  `client_certificate_hash` text,
  `contacts_require_syncing` tinyint(1) NOT NULL,
  `creation_time` datetime(6) NOT NULL,
  `drive_folder_id` text,
  `email_address` text,
  `failover_client_certificate` text,
  `failover_client_certificate_hash` text,
  `fax_number` text,
  `iana_identifier` bigint,
  `icann_referral_email` text,
  `i18n_address_city` text,
  `i18n_address_country_code` text,
  `i18n_address_state` text,
  `i18n_address_street_line1` text,
  `i18n_address_street_line2` text,
  `i18n_address_street_line3` text,
  `i18n_address_zip` text,
  `ip_address_allow_list` text,
  `last_certificate_update_time` datetime(6),
  `last_update_time` datetime(6) NOT NULL,
  `localized_address_city` text,
  `localized_address_country_code` text,
  `localized_address_state` text,
  `localized_address_street_line1` text,
  `localized_address_street_line2` text,
  `localized_address_street_line3` text,
  `localized_address_zip` text,
  `password_hash` text,
  `phone_number` text,
  `phone_passcode` text,
  `po_number` text,
  `rdap_base_urls` text,
  `registrar_name` text NOT NULL,
  `registry_lock_allowed` tinyint(1) NOT NULL,
  `password_salt` text,
  `state` text,
  `type` text NOT NULL,
  `url` text,
  `whois_server` text,
  `last_expiring_cert_notification_sent_date` datetime(6),
  `last_expiring_failover_cert_notification_sent_date` datetime(6),
  `last_poc_verification_date` datetime(6),
  PRIMARY KEY (`registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BillingRecurrence` (
  `billing_recurrence_id` bigint NOT NULL,
  `registrar_id` varchar(191) NOT NULL,
  `domain_history_revision_id` bigint NOT NULL,
  `domain_repo_id` text NOT NULL,
  `event_time` datetime(6) NOT NULL,
  `flags` text,
  `reason` text NOT NULL,
  `domain_name` text NOT NULL,
  `recurrence_end_time` datetime(6),
  `recurrence_time_of_year` text,
  `renewal_price_behavior` text NOT NULL,
  `renewal_price_currency` text,
  `renewal_price_amount` decimal(19,2),
  `recurrence_last_expansion` datetime(6) NOT NULL,
  PRIMARY KEY (`billing_recurrence_id`),
  CONSTRAINT `fk_billing_recurrence_registrar_id` FOREIGN KEY (`registrar_id`) REFERENCES `Registrar` (`registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BillingEvent` (
  `billing_event_id` bigint NOT NULL,
  `registrar_id` varchar(191) NOT NULL,
  `domain_history_revision_id` bigint NOT NULL,
  `domain_repo_id` text NOT NULL,
  `event_time` datetime(6) NOT NULL,
  `flags` text,
  `reason` text NOT NULL,
  `domain_name` text NOT NULL,
  `allocation_token` varchar(191),
  `billing_time` datetime(6),
  `cancellation_matching_billing_recurrence_id` bigint,
  `cost_amount` decimal(19,2),
  `cost_currency` text,
  `period_years` int,
  `synthetic_creation_time` datetime(6),
  `recurrence_history_revision_id` bigint,
  PRIMARY KEY (`billing_event_id`),
  CONSTRAINT `fk_billing_event_allocation_token` FOREIGN KEY (`allocation_token`) REFERENCES `AllocationToken` (`token`),
  CONSTRAINT `fk_billing_event_cancellation_matching_billing_recurrence_id` FOREIGN KEY (`cancellation_matching_billing_recurrence_id`) REFERENCES `BillingRecurrence` (`billing_recurrence_id`),
  CONSTRAINT `fk_billing_event_registrar_id` FOREIGN KEY (`registrar_id`) REFERENCES `Registrar` (`registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BillingCancellation` (
  `billing_cancellation_id` bigint NOT NULL,
  `registrar_id` varchar(191) NOT NULL,
  `domain_history_revision_id` bigint NOT NULL,
  `domain_repo_id` text NOT NULL,
  `event_time` datetime(6) NOT NULL,
  `flags` text,
  `reason` text NOT NULL,
  `domain_name` text NOT NULL,
  `billing_time` datetime(6),
  `billing_event_id` bigint,
  `billing_recurrence_id` bigint,
  PRIMARY KEY (`billing_cancellation_id`),
  CONSTRAINT `fk_billing_cancellation_billing_event_id` FOREIGN KEY (`billing_event_id`) REFERENCES `BillingEvent` (`billing_event_id`),
  CONSTRAINT `fk_billing_cancellation_billing_recurrence_id` FOREIGN KEY (`billing_recurrence_id`) REFERENCES `BillingRecurrence` (`billing_recurrence_id`),
  CONSTRAINT `fk_billing_cancellation_registrar_id` FOREIGN KEY (`registrar_id`) REFERENCES `Registrar` (`registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BsaDomainRefresh` (
  `job_id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6) NOT NULL,
  `stage` text NOT NULL,
  `update_timestamp` datetime(6),
  PRIMARY KEY (`job_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BsaDownload` (
  `job_id` bigint NOT NULL AUTO_INCREMENT,
  `block_list_checksums` text NOT NULL,
  `creation_time` datetime(6) NOT NULL,
  `stage` text NOT NULL,
  `update_timestamp` datetime(6),
  PRIMARY KEY (`job_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BsaLabel` (
  `label` varchar(191) NOT NULL,
  `creation_time` datetime(6) NOT NULL,
  PRIMARY KEY (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BsaUnblockableDomain` (
  `label` varchar(191) NOT NULL,
  `tld` varchar(191) NOT NULL,
  `creation_time` datetime(6) NOT NULL,
  `reason` text NOT NULL,
  PRIMARY KEY (`label`, `tld`),
  CONSTRAINT `fkbsaunblockabledomainlabel` FOREIGN KEY (`label`) REFERENCES `BsaLabel` (`label`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ClaimsList` (
  `revision_id` bigint NOT NULL AUTO_INCREMENT,
  `creation_timestamp` datetime(6) NOT NULL,
  `tmdb_generation_time` datetime(6) NOT NULL,
  PRIMARY KEY (`revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ClaimsEntry` (
  `revision_id` bigint NOT NULL,
  `claim_key` text NOT NULL,
  `domain_label` varchar(191) NOT NULL,
  PRIMARY KEY (`revision_id`, `domain_label`),
  CONSTRAINT `fk6sc6at5hedffc0nhdcab6ivuq` FOREIGN KEY (`revision_id`) REFERENCES `ClaimsList` (`revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ConsoleEppActionHistory` (
  `history_revision_id` bigint NOT NULL,
  `history_modification_time` datetime(6) NOT NULL,
  `history_method` text NOT NULL,
  `history_request_body` text,
  `history_type` text NOT NULL,
  `history_url` text NOT NULL,
  `history_entry_class` text NOT NULL,
  `repo_id` text NOT NULL,
  `revision_id` bigint NOT NULL,
  `history_acting_user` text NOT NULL,
  PRIMARY KEY (`history_revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `email_address` varchar(191) NOT NULL,
  `registry_lock_password_hash` text,
  `registry_lock_password_salt` text,
  `global_role` text NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `registrar_roles` text NOT NULL,
  `update_timestamp` datetime(6),
  `registry_lock_email_address` text,
  PRIMARY KEY (`email_address`),
  UNIQUE KEY `user_unique_email` (`email_address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ConsoleUpdateHistory` (
  `revision_id` bigint NOT NULL,
  `modification_time` datetime(6) NOT NULL,
  `method` text NOT NULL,
  `type` text NOT NULL,
  `url` text NOT NULL,
  `description` text,
  `acting_user` varchar(191) NOT NULL,
  PRIMARY KEY (`revision_id`),
  CONSTRAINT `fk_console_update_history_acting_user` FOREIGN KEY (`acting_user`) REFERENCES `User` (`email_address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Contact` (
  `repo_id` varchar(191) NOT NULL,
  `creation_registrar_id` varchar(191) NOT NULL,
  `creation_time` datetime(6) NOT NULL,
  `current_sponsor_registrar_id` varchar(191) NOT NULL,
  `deletion_time` datetime(6),
  `last_epp_update_registrar_id` varchar(191),
  `last_epp_update_time` datetime(6),
  `statuses` text,
  `auth_info_repo_id` text,
  `auth_info_value` text,
  `contact_id` text,
  `disclose_types_addr` text,
  `disclose_show_email` tinyint(1),
  `disclose_show_fax` tinyint(1),
  `disclose_mode_flag` tinyint(1),
  `disclose_types_name` text,
  `disclose_types_org` text,
  `disclose_show_voice` tinyint(1),
  `email` text,
  `fax_phone_extension` text,
  `fax_phone_number` text,
  `addr_i18n_city` text,
  `addr_i18n_country_code` text,
  `addr_i18n_state` text,
  `addr_i18n_street_line1` text,
  `addr_i18n_street_line2` text,
  `addr_i18n_street_line3` text,
  `addr_i18n_zip` text,
  `addr_i18n_name` text,
  `addr_i18n_org` text,
  `addr_i18n_type` text,
  `last_transfer_time` datetime(6),
  `addr_local_city` text,
  `addr_local_country_code` text,
  `addr_local_state` text,
  `addr_local_street_line1` text,
  `addr_local_street_line2` text,
  `addr_local_street_line3` text,
  `addr_local_zip` text,
  `addr_local_name` text,
  `addr_local_org` text,
  `addr_local_type` text,
  `search_name` text,
  `voice_phone_extension` text,
  `voice_phone_number` text,
  `transfer_poll_message_id_1` bigint,
  `transfer_poll_message_id_2` bigint,
  `transfer_client_txn_id` text,
  `transfer_server_txn_id` text,
  `transfer_gaining_registrar_id` varchar(191),
  `transfer_losing_registrar_id` varchar(191),
  `transfer_pending_expiration_time` datetime(6),
  `transfer_request_time` datetime(6),
  `transfer_status` text,
  `update_timestamp` datetime(6),
  `transfer_history_entry_id` bigint,
  `transfer_repo_id` text,
  `transfer_poll_message_id_3` bigint,
  `last_update_time_via_epp` datetime(6),
  PRIMARY KEY (`repo_id`),
  CONSTRAINT `fk1sfyj7o7954prbn1exk7lpnoe` FOREIGN KEY (`creation_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fk93c185fx7chn68uv7nl6uv2s0` FOREIGN KEY (`current_sponsor_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fk_contact_transfer_gaining_registrar_id` FOREIGN KEY (`transfer_gaining_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fk_contact_transfer_losing_registrar_id` FOREIGN KEY (`transfer_losing_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fkmb7tdiv85863134w1wogtxrb2` FOREIGN KEY (`last_epp_update_registrar_id`) REFERENCES `Registrar` (`registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ContactHistory` (
  `history_revision_id` bigint NOT NULL,
  `history_by_superuser` tinyint(1) NOT NULL,
  `history_registrar_id` varchar(191),
  `history_modification_time` datetime(6) NOT NULL,
  `history_reason` text,
  `history_requested_by_registrar` tinyint(1),
  `history_client_transaction_id` text,
  `history_server_transaction_id` text,
  `history_type` text NOT NULL,
  `history_xml_bytes` longblob,
  `auth_info_repo_id` text,
  `auth_info_value` text,
  `contact_id` text,
  `disclose_types_addr` text,
  `disclose_show_email` tinyint(1),
  `disclose_show_fax` tinyint(1),
  `disclose_mode_flag` tinyint(1),
  `disclose_types_name` text,
  `disclose_types_org` text,
  `disclose_show_voice` tinyint(1),
  `email` text,
  `fax_phone_extension` text,
  `fax_phone_number` text,
  `addr_i18n_city` text,
  `addr_i18n_country_code` text,
  `addr_i18n_state` text,
  `addr_i18n_street_line1` text,
  `addr_i18n_street_line2` text,
  `addr_i18n_street_line3` text,
  `addr_i18n_zip` text,
  `addr_i18n_name` text,
  `addr_i18n_org` text,
  `addr_i18n_type` text,
  `last_transfer_time` datetime(6),
  `addr_local_city` text,
  `addr_local_country_code` text,
  `addr_local_state` text,
  `addr_local_street_line1` text,
  `addr_local_street_line2` text,
  `addr_local_street_line3` text,
  `addr_local_zip` text,
  `addr_local_name` text,
  `addr_local_org` text,
  `addr_local_type` text,
  `search_name` text,
  `transfer_poll_message_id_1` bigint,
  `transfer_poll_message_id_2` bigint,
  `transfer_client_txn_id` text,
  `transfer_server_txn_id` text,
  `transfer_gaining_registrar_id` text,
  `transfer_losing_registrar_id` text,
  `transfer_pending_expiration_time` datetime(6),
  `transfer_request_time` datetime(6),
  `transfer_status` text,
  `voice_phone_extension` text,
  `voice_phone_number` text,
  `creation_registrar_id` text,
  `creation_time` datetime(6),
  `current_sponsor_registrar_id` text,
  `deletion_time` datetime(6),
  `last_epp_update_registrar_id` text,
  `last_epp_update_time` datetime(6),
  `statuses` text,
  `contact_repo_id` varchar(191) NOT NULL,
  `update_timestamp` datetime(6),
  `transfer_history_entry_id` bigint,
  `transfer_repo_id` text,
  `transfer_poll_message_id_3` bigint,
  `last_update_time_via_epp` datetime(6),
  PRIMARY KEY (`contact_repo_id`, `history_revision_id`),
  CONSTRAINT `fk_contact_history_registrar_id` FOREIGN KEY (`history_registrar_id`) REFERENCES `Registrar` (`registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Cursor` (
  `scope` varchar(191) NOT NULL,
  `type` varchar(191) NOT NULL,
  `cursor_time` datetime(6) NOT NULL,
  `last_update_time` datetime(6) NOT NULL,
  PRIMARY KEY (`scope`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Tld` (
  `tld_name` varchar(191) NOT NULL,
  `add_grace_period_length` varchar(64) NOT NULL,
  `allowed_fully_qualified_host_names` text,
  `anchor_tenant_add_grace_period_length` varchar(64) NOT NULL,
  `auto_renew_grace_period_length` varchar(64) NOT NULL,
  `automatic_transfer_length` varchar(64) NOT NULL,
  `claims_period_end` datetime(6) NOT NULL,
  `creation_time` datetime(6) NOT NULL,
  `currency` text NOT NULL,
  `dns_paused` tinyint(1) NOT NULL,
  `dns_writers` text NOT NULL,
  `drive_folder_id` text,
  `eap_fee_schedule` text NOT NULL,
  `escrow_enabled` tinyint(1) NOT NULL,
  `invoicing_enabled` tinyint(1) NOT NULL,
  `lordn_username` text,
  `num_dns_publish_locks` int NOT NULL,
  `pending_delete_length` varchar(64) NOT NULL,
  `premium_list_name` text,
  `pricing_engine_class_name` text,
  `redemption_grace_period_length` varchar(64) NOT NULL,
  `registry_lock_or_unlock_cost_amount` decimal(19,2),
  `registry_lock_or_unlock_cost_currency` text,
  `renew_billing_cost_transitions` text NOT NULL,
  `renew_grace_period_length` varchar(64) NOT NULL,
  `reserved_list_names` text,
  `restore_billing_cost_amount` decimal(19,2),
  `restore_billing_cost_currency` text,
  `roid_suffix` text,
  `server_status_change_billing_cost_amount` decimal(19,2),
  `server_status_change_billing_cost_currency` text,
  `tld_state_transitions` text NOT NULL,
  `tld_type` text NOT NULL,
  `tld_unicode` text NOT NULL,
  `transfer_grace_period_length` varchar(64) NOT NULL,
  `default_promo_tokens` text,
  `dns_a_plus_aaaa_ttl` varchar(64),
  `dns_ds_ttl` varchar(64),
  `dns_ns_ttl` varchar(64),
  `idn_tables` text,
  `breakglass_mode` tinyint(1) NOT NULL DEFAULT 0,
  `bsa_enroll_start_time` datetime(6),
  `create_billing_cost_transitions` text NOT NULL,
  `expiry_access_period_enabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`tld_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Domain` (
  `repo_id` varchar(191) NOT NULL,
  `creation_registrar_id` varchar(191) NOT NULL,
  `creation_time` datetime(6) NOT NULL,
  `current_sponsor_registrar_id` varchar(191) NOT NULL,
  `deletion_time` datetime(6),
  `last_epp_update_registrar_id` varchar(191),
  `last_epp_update_time` datetime(6),
  `statuses` text,
  `auth_info_repo_id` text,
  `auth_info_value` text,
  `domain_name` text,
  `idn_table_name` text,
  `last_transfer_time` datetime(6),
  `launch_notice_accepted_time` datetime(6),
  `launch_notice_expiration_time` datetime(6),
  `launch_notice_tcn_id` text,
  `launch_notice_validator_id` text,
  `registration_expiration_time` datetime(6),
  `smd_id` text,
  `subordinate_hosts` text,
  `tld` varchar(191),
  `admin_contact` text,
  `billing_contact` text,
  `registrant_contact` text,
  `tech_contact` text,
  `transfer_poll_message_id_1` bigint,
  `transfer_poll_message_id_2` bigint,
  `transfer_billing_cancellation_id` bigint,
  `transfer_billing_event_id` bigint,
  `transfer_billing_recurrence_id` bigint,
  `transfer_autorenew_poll_message_id` bigint,
  `transfer_renew_period_unit` text,
  `transfer_renew_period_value` int,
  `transfer_client_txn_id` text,
  `transfer_server_txn_id` text,
  `transfer_registration_expiration_time` datetime(6),
  `transfer_gaining_registrar_id` varchar(191),
  `transfer_losing_registrar_id` varchar(191),
  `transfer_pending_expiration_time` datetime(6),
  `transfer_request_time` datetime(6),
  `transfer_status` text,
  `update_timestamp` datetime(6),
  `billing_recurrence_id` bigint,
  `autorenew_poll_message_id` bigint,
  `deletion_poll_message_id` bigint,
  `autorenew_end_time` datetime(6),
  `transfer_autorenew_poll_message_history_id` bigint,
  `transfer_history_entry_id` bigint,
  `transfer_repo_id` text,
  `transfer_poll_message_id_3` bigint,
  `current_package_token` varchar(191),
  `lordn_phase` text NOT NULL,
  `last_update_time_via_epp` datetime(6),
  PRIMARY KEY (`repo_id`),
  CONSTRAINT `fk2jc69qyg2tv9hhnmif6oa1cx1` FOREIGN KEY (`creation_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fk2u3srsfbei272093m3b3xwj23` FOREIGN KEY (`current_sponsor_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fk_domain_billing_recurrence_id` FOREIGN KEY (`billing_recurrence_id`) REFERENCES `BillingRecurrence` (`billing_recurrence_id`),
  CONSTRAINT `fk_domain_current_package_token` FOREIGN KEY (`current_package_token`) REFERENCES `AllocationToken` (`token`),
  CONSTRAINT `fk_domain_tld` FOREIGN KEY (`tld`) REFERENCES `Tld` (`tld_name`),
  CONSTRAINT `fk_domain_transfer_billing_cancellation_id` FOREIGN KEY (`transfer_billing_cancellation_id`) REFERENCES `BillingCancellation` (`billing_cancellation_id`),
  CONSTRAINT `fk_domain_transfer_billing_event_id` FOREIGN KEY (`transfer_billing_event_id`) REFERENCES `BillingEvent` (`billing_event_id`),
  CONSTRAINT `fk_domain_transfer_billing_recurrence_id` FOREIGN KEY (`transfer_billing_recurrence_id`) REFERENCES `BillingRecurrence` (`billing_recurrence_id`),
  CONSTRAINT `fk_domain_transfer_gaining_registrar_id` FOREIGN KEY (`transfer_gaining_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fk_domain_transfer_losing_registrar_id` FOREIGN KEY (`transfer_losing_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fkjc0r9r5y1lfbt4gpbqw4wsuvq` FOREIGN KEY (`last_epp_update_registrar_id`) REFERENCES `Registrar` (`registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DelegationSignerData` (
  `domain_repo_id` varchar(191) NOT NULL,
  `key_tag` int NOT NULL,
  `algorithm` int NOT NULL,
  `digest` varbinary(255) NOT NULL,
  `digest_type` int NOT NULL,
  PRIMARY KEY (`domain_repo_id`, `key_tag`, `algorithm`, `digest_type`, `digest`),
  CONSTRAINT `fktr24j9v14ph2mfuw2gsmt12kq` FOREIGN KEY (`domain_repo_id`) REFERENCES `Domain` (`repo_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DnsRefreshRequest` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `request_time` datetime(6) NOT NULL,
  `tld` text NOT NULL,
  `type` text NOT NULL,
  `last_process_time` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DomainDsDataHistory` (
  `ds_data_history_revision_id` bigint NOT NULL,
  `algorithm` int NOT NULL,
  `digest` longblob NOT NULL,
  `digest_type` int NOT NULL,
  `domain_history_revision_id` bigint NOT NULL,
  `key_tag` int NOT NULL,
  `domain_repo_id` text,
  PRIMARY KEY (`ds_data_history_revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DomainHistory` (
  `history_revision_id` bigint NOT NULL,
  `history_by_superuser` tinyint(1) NOT NULL,
  `history_registrar_id` varchar(191),
  `history_modification_time` datetime(6) NOT NULL,
  `history_reason` text,
  `history_requested_by_registrar` tinyint(1),
  `history_client_transaction_id` text,
  `history_server_transaction_id` text,
  `history_type` text NOT NULL,
  `history_xml_bytes` longblob,
  `admin_contact` text,
  `auth_info_repo_id` text,
  `auth_info_value` text,
  `billing_recurrence_id` bigint,
  `autorenew_poll_message_id` bigint,
  `billing_contact` text,
  `deletion_poll_message_id` bigint,
  `domain_name` text,
  `idn_table_name` text,
  `last_transfer_time` datetime(6),
  `launch_notice_accepted_time` datetime(6),
  `launch_notice_expiration_time` datetime(6),
  `launch_notice_tcn_id` text,
  `launch_notice_validator_id` text,
  `registrant_contact` text,
  `registration_expiration_time` datetime(6),
  `smd_id` text,
  `subordinate_hosts` text,
  `tech_contact` text,
  `tld` text,
  `transfer_billing_cancellation_id` bigint,
  `transfer_billing_recurrence_id` bigint,
  `transfer_autorenew_poll_message_id` bigint,
  `transfer_billing_event_id` bigint,
  `transfer_renew_period_unit` text,
  `transfer_renew_period_value` int,
  `transfer_registration_expiration_time` datetime(6),
  `transfer_poll_message_id_1` bigint,
  `transfer_poll_message_id_2` bigint,
  `transfer_client_txn_id` text,
  `transfer_server_txn_id` text,
  `transfer_gaining_registrar_id` text,
  `transfer_losing_registrar_id` text,
  `transfer_pending_expiration_time` datetime(6),
  `transfer_request_time` datetime(6),
  `transfer_status` text,
  `creation_registrar_id` text,
  `creation_time` datetime(6),
  `current_sponsor_registrar_id` text,
  `deletion_time` datetime(6),
  `last_epp_update_registrar_id` text,
  `last_epp_update_time` datetime(6),
  `statuses` text,
  `update_timestamp` datetime(6),
  `domain_repo_id` varchar(191) NOT NULL,
  `autorenew_end_time` datetime(6),
  `history_other_registrar_id` text,
  `history_period_unit` text,
  `history_period_value` int,
  `autorenew_poll_message_history_id` bigint,
  `transfer_autorenew_poll_message_history_id` bigint,
  `transfer_history_entry_id` bigint,
  `transfer_repo_id` text,
  `transfer_poll_message_id_3` bigint,
  `current_package_token` varchar(191),
  `lordn_phase` text NOT NULL,
  `last_update_time_via_epp` datetime(6),
  PRIMARY KEY (`domain_repo_id`, `history_revision_id`),
  CONSTRAINT `fk_domain_history_current_package_token` FOREIGN KEY (`current_package_token`) REFERENCES `AllocationToken` (`token`),
  CONSTRAINT `fk_domain_history_domain_repo_id` FOREIGN KEY (`domain_repo_id`) REFERENCES `Domain` (`repo_id`),
  CONSTRAINT `fk_domain_history_registrar_id` FOREIGN KEY (`history_registrar_id`) REFERENCES `Registrar` (`registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DomainHistoryHost` (
  `domain_history_history_revision_id` bigint NOT NULL,
  `host_repo_id` varchar(191),
  `domain_history_domain_repo_id` varchar(191) NOT NULL,
  UNIQUE KEY `ukt2e7ae3t8gcsxd13wjx2ka7ij` (`domain_history_history_revision_id`, `domain_history_domain_repo_id`, `host_repo_id`),
  CONSTRAINT `fka9woh3hu8gx5x0vly6bai327n` FOREIGN KEY (`domain_history_domain_repo_id`, `domain_history_history_revision_id`) REFERENCES `DomainHistory` (`domain_repo_id`, `history_revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Host` (
  `repo_id` varchar(191) NOT NULL,
  `creation_registrar_id` varchar(191),
  `creation_time` datetime(6),
  `current_sponsor_registrar_id` varchar(191),
  `deletion_time` datetime(6),
  `last_epp_update_registrar_id` varchar(191),
  `last_epp_update_time` datetime(6),
  `statuses` text,
  `host_name` text,
  `last_superordinate_change` datetime(6),
  `last_transfer_time` datetime(6),
  `superordinate_domain` varchar(191),
  `inet_addresses` text,
  `update_timestamp` datetime(6),
  `transfer_poll_message_id_3` bigint,
  `last_update_time_via_epp` datetime(6),
  PRIMARY KEY (`repo_id`),
  CONSTRAINT `fk_host_creation_registrar_id` FOREIGN KEY (`creation_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fk_host_current_sponsor_registrar_id` FOREIGN KEY (`current_sponsor_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fk_host_last_epp_update_registrar_id` FOREIGN KEY (`last_epp_update_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fk_host_superordinate_domain` FOREIGN KEY (`superordinate_domain`) REFERENCES `Domain` (`repo_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DomainHost` (
  `domain_repo_id` varchar(191) NOT NULL,
  `host_repo_id` varchar(191),
  UNIQUE KEY `ukat9erbh52e4lg3jw6ai9wkjj9` (`domain_repo_id`, `host_repo_id`),
  CONSTRAINT `fk_domainhost_host_valid` FOREIGN KEY (`host_repo_id`) REFERENCES `Host` (`repo_id`),
  CONSTRAINT `fkfmi7bdink53swivs390m2btxg` FOREIGN KEY (`domain_repo_id`) REFERENCES `Domain` (`repo_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DomainTransactionRecord` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `report_amount` int NOT NULL,
  `report_field` text NOT NULL,
  `reporting_time` datetime(6) NOT NULL,
  `tld` varchar(191) NOT NULL,
  `domain_repo_id` text,
  `history_revision_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_domain_transaction_record_tld` FOREIGN KEY (`tld`) REFERENCES `Tld` (`tld_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FeatureFlag` (
  `feature_name` varchar(191) NOT NULL,
  `status` text NOT NULL,
  PRIMARY KEY (`feature_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GracePeriod` (
  `grace_period_id` bigint NOT NULL,
  `billing_event_id` bigint,
  `billing_recurrence_id` bigint,
  `registrar_id` varchar(191) NOT NULL,
  `domain_repo_id` varchar(191) NOT NULL,
  `expiration_time` datetime(6) NOT NULL,
  `type` text NOT NULL,
  PRIMARY KEY (`grace_period_id`),
  CONSTRAINT `fk_grace_period_billing_event_id` FOREIGN KEY (`billing_event_id`) REFERENCES `BillingEvent` (`billing_event_id`),
  CONSTRAINT `fk_grace_period_billing_recurrence_id` FOREIGN KEY (`billing_recurrence_id`) REFERENCES `BillingRecurrence` (`billing_recurrence_id`),
  CONSTRAINT `fk_grace_period_domain_repo_id` FOREIGN KEY (`domain_repo_id`) REFERENCES `Domain` (`repo_id`),
  CONSTRAINT `fk_grace_period_registrar_id` FOREIGN KEY (`registrar_id`) REFERENCES `Registrar` (`registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GracePeriodHistory` (
  `grace_period_history_revision_id` bigint NOT NULL,
  `billing_event_id` bigint,
  `billing_recurrence_id` bigint,
  `registrar_id` text NOT NULL,
  `domain_repo_id` text NOT NULL,
  `expiration_time` datetime(6) NOT NULL,
  `type` text NOT NULL,
  `domain_history_revision_id` bigint,
  `grace_period_id` bigint NOT NULL,
  PRIMARY KEY (`grace_period_history_revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `HostHistory` (
  `history_revision_id` bigint NOT NULL,
  `history_by_superuser` tinyint(1) NOT NULL,
  `history_registrar_id` varchar(191) NOT NULL,
  `history_modification_time` datetime(6) NOT NULL,
  `history_reason` text,
  `history_requested_by_registrar` tinyint(1),
  `history_client_transaction_id` text,
  `history_server_transaction_id` text,
  `history_type` text NOT NULL,
  `history_xml_bytes` longblob,
  `host_name` text,
  `inet_addresses` text,
  `last_superordinate_change` datetime(6),
  `last_transfer_time` datetime(6),
  `superordinate_domain` text,
  `creation_registrar_id` text,
  `creation_time` datetime(6),
  `current_sponsor_registrar_id` text,
  `deletion_time` datetime(6),
  `last_epp_update_registrar_id` text,
  `last_epp_update_time` datetime(6),
  `statuses` text,
  `host_repo_id` varchar(191) NOT NULL,
  `update_timestamp` datetime(6),
  `transfer_poll_message_id_3` bigint,
  `last_update_time_via_epp` datetime(6),
  PRIMARY KEY (`host_repo_id`, `history_revision_id`),
  CONSTRAINT `fk_history_registrar_id` FOREIGN KEY (`history_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fk_hosthistory_host` FOREIGN KEY (`host_repo_id`) REFERENCES `Host` (`repo_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Lock` (
  `resource_name` varchar(191) NOT NULL,
  `scope` varchar(191) NOT NULL,
  `acquired_time` datetime(6) NOT NULL,
  `expiration_time` datetime(6) NOT NULL,
  PRIMARY KEY (`resource_name`, `scope`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PackagePromotion` (
  `package_promotion_id` bigint NOT NULL AUTO_INCREMENT,
  `last_notification_sent` datetime(6),
  `max_creates` int NOT NULL,
  `max_domains` int NOT NULL,
  `next_billing_date` datetime(6) NOT NULL,
  `package_price_amount` decimal(19,2) NOT NULL,
  `package_price_currency` text NOT NULL,
  `token` text NOT NULL,
  PRIMARY KEY (`package_promotion_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PasswordResetRequest` (
  `type` text NOT NULL,
  `request_time` datetime(6) NOT NULL,
  `requester` text NOT NULL,
  `fulfillment_time` datetime(6),
  `destination_email` text NOT NULL,
  `verification_code` varchar(191) NOT NULL,
  `registrar_id` text NOT NULL,
  PRIMARY KEY (`verification_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PollMessage` (
  `type` text NOT NULL,
  `poll_message_id` bigint NOT NULL,
  `registrar_id` varchar(191) NOT NULL,
  `contact_repo_id` text,
  `contact_history_revision_id` bigint,
  `domain_repo_id` varchar(191),
  `domain_history_revision_id` bigint,
  `event_time` datetime(6) NOT NULL,
  `host_repo_id` varchar(191),
  `host_history_revision_id` bigint,
  `message` text,
  `transfer_response_contact_id` text,
  `transfer_response_domain_expiration_time` datetime(6),
  `transfer_response_domain_name` text,
  `pending_action_response_action_result` tinyint(1),
  `pending_action_response_name_or_id` text,
  `pending_action_response_processed_date` datetime(6),
  `pending_action_response_client_txn_id` text,
  `pending_action_response_server_txn_id` text,
  `transfer_response_gaining_registrar_id` varchar(191),
  `transfer_response_losing_registrar_id` varchar(191),
  `transfer_response_pending_transfer_expiration_time` datetime(6),
  `transfer_response_transfer_request_time` datetime(6),
  `transfer_response_transfer_status` text,
  `autorenew_end_time` datetime(6),
  `autorenew_domain_name` text,
  `transfer_response_host_id` text,
  PRIMARY KEY (`poll_message_id`),
  CONSTRAINT `fk_poll_message_domain_repo_id` FOREIGN KEY (`domain_repo_id`) REFERENCES `Domain` (`repo_id`),
  CONSTRAINT `fk_poll_message_host_history` FOREIGN KEY (`host_repo_id`, `host_history_revision_id`) REFERENCES `HostHistory` (`host_repo_id`, `history_revision_id`),
  CONSTRAINT `fk_poll_message_host_repo_id` FOREIGN KEY (`host_repo_id`) REFERENCES `Host` (`repo_id`),
  CONSTRAINT `fk_poll_message_registrar_id` FOREIGN KEY (`registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fk_poll_message_transfer_response_gaining_registrar_id` FOREIGN KEY (`transfer_response_gaining_registrar_id`) REFERENCES `Registrar` (`registrar_id`),
  CONSTRAINT `fk_poll_message_transfer_response_losing_registrar_id` FOREIGN KEY (`transfer_response_losing_registrar_id`) REFERENCES `Registrar` (`registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PremiumList` (
  `revision_id` bigint NOT NULL AUTO_INCREMENT,
  `creation_timestamp` datetime(6),
  `name` text NOT NULL,
  `bloom_filter` longblob NOT NULL,
  `currency` text NOT NULL,
  PRIMARY KEY (`revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PremiumEntry` (
  `revision_id` bigint NOT NULL,
  `price` decimal(19,2) NOT NULL,
  `domain_label` varchar(191) NOT NULL,
  PRIMARY KEY (`revision_id`, `domain_label`),
  CONSTRAINT `fko0gw90lpo1tuee56l0nb6y6g5` FOREIGN KEY (`revision_id`) REFERENCES `PremiumList` (`revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RdeRevision` (
  `tld` varchar(191) NOT NULL,
  `mode` varchar(191) NOT NULL,
  `date` date NOT NULL,
  `update_timestamp` datetime(6),
  `revision` int NOT NULL,
  PRIMARY KEY (`tld`, `mode`, `date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RegistrarPoc` (
  `email_address` varchar(191) NOT NULL,
  `allowed_to_set_registry_lock_password` tinyint(1),
  `fax_number` text,
  `name` text,
  `phone_number` text,
  `registry_lock_password_hash` text,
  `registry_lock_password_salt` text,
  `types` text,
  `visible_in_domain_whois_as_abuse` tinyint(1) NOT NULL,
  `visible_in_whois_as_admin` tinyint(1) NOT NULL,
  `visible_in_whois_as_tech` tinyint(1) NOT NULL,
  `registry_lock_email_address` text,
  `registrar_id` varchar(191) NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`registrar_id`, `email_address`),
  KEY `id` (`id`),
  KEY `email_address_registrar_id` (`email_address`, `registrar_id`),
  CONSTRAINT `fk_registrar_poc_registrar_id` FOREIGN KEY (`registrar_id`) REFERENCES `Registrar` (`registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RegistrarPocUpdateHistory` (
  `history_revision_id` bigint NOT NULL,
  `history_modification_time` datetime(6) NOT NULL,
  `history_method` text NOT NULL,
  `history_request_body` text,
  `history_type` text NOT NULL,
  `history_url` text NOT NULL,
  `email_address` varchar(191) NOT NULL,
  `registrar_id` varchar(191) NOT NULL,
  `allowed_to_set_registry_lock_password` tinyint(1) NOT NULL,
  `fax_number` text,
  `login_email_address` text,
  `name` text,
  `phone_number` text,
  `registry_lock_email_address` text,
  `registry_lock_password_hash` text,
  `registry_lock_password_salt` text,
  `types` text,
  `visible_in_domain_whois_as_abuse` tinyint(1) NOT NULL,
  `visible_in_whois_as_admin` tinyint(1) NOT NULL,
  `visible_in_whois_as_tech` tinyint(1) NOT NULL,
  `history_acting_user` text NOT NULL,
  PRIMARY KEY (`history_revision_id`),
  CONSTRAINT `fkregistrarpocupdatehistoryemailaddress` FOREIGN KEY (`email_address`, `registrar_id`) REFERENCES `RegistrarPoc` (`email_address`, `registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RegistrarUpdateHistory` (
  `history_revision_id` bigint NOT NULL,
  `history_modification_time` datetime(6) NOT NULL,
  `history_method` text NOT NULL,
  `history_request_body` text,
  `history_type` text NOT NULL,
  `history_url` text NOT NULL,
  `allowed_tlds` text,
  `billing_account_map` text,
  `block_premium_names` tinyint(1) NOT NULL,
  `client_certificate` text,
  `client_certificate_hash` text,
  `contacts_require_syncing` tinyint(1) NOT NULL,
  `creation_time` datetime(6) NOT NULL,
  `drive_folder_id` text,
  `email_address` text,
  `failover_client_certificate` text,
  `failover_client_certificate_hash` text,
  `fax_number` text,
  `iana_identifier` bigint,
  `icann_referral_email` text,
  `i18n_address_city` text,
  `i18n_address_country_code` text,
  `i18n_address_state` text,
  `i18n_address_street_line1` text,
  `i18n_address_street_line2` text,
  `i18n_address_street_line3` text,
  `i18n_address_zip` text,
  `ip_address_allow_list` text,
  `last_certificate_update_time` datetime(6),
  `last_expiring_cert_notification_sent_date` datetime(6),
  `last_expiring_failover_cert_notification_sent_date` datetime(6),
  `localized_address_city` text,
  `localized_address_country_code` text,
  `localized_address_state` text,
  `localized_address_street_line1` text,
  `localized_address_street_line2` text,
  `localized_address_street_line3` text,
  `localized_address_zip` text,
  `password_hash` text,
  `phone_number` text,
  `phone_passcode` text,
  `po_number` text,
  `rdap_base_urls` text,
  `registrar_name` text NOT NULL,
  `registry_lock_allowed` tinyint(1) NOT NULL,
  `password_salt` text,
  `state` text,
  `type` text NOT NULL,
  `url` text,
  `whois_server` text,
  `update_timestamp` datetime(6),
  `registrar_id` varchar(191) NOT NULL,
  `history_acting_user` text NOT NULL,
  PRIMARY KEY (`history_revision_id`),
  CONSTRAINT `fkregistrarupdatehistoryregistrarid` FOREIGN KEY (`registrar_id`) REFERENCES `Registrar` (`registrar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RegistryLock` (
  `revision_id` bigint NOT NULL AUTO_INCREMENT,
  `lock_completion_time` datetime(6),
  `lock_request_time` datetime(6) NOT NULL,
  `domain_name` text NOT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `registrar_id` text NOT NULL,
  `registrar_poc_id` text,
  `repo_id` varchar(191) NOT NULL,
  `verification_code` text NOT NULL,
  `unlock_request_time` datetime(6),
  `unlock_completion_time` datetime(6),
  `last_update_time` datetime(6) NOT NULL,
  `relock_revision_id` bigint,
  `relock_duration` varchar(64),
  PRIMARY KEY (`revision_id`),
  UNIQUE KEY `idx_registry_lock_repo_id_revision_id` (`repo_id`, `revision_id`),
  CONSTRAINT `fk2lhcwpxlnqijr96irylrh1707` FOREIGN KEY (`relock_revision_id`) REFERENCES `RegistryLock` (`revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReservedList` (
  `revision_id` bigint NOT NULL AUTO_INCREMENT,
  `creation_timestamp` datetime(6) NOT NULL,
  `name` text NOT NULL,
  PRIMARY KEY (`revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReservedEntry` (
  `revision_id` bigint NOT NULL,
  `comment` text,
  `reservation_type` int NOT NULL,
  `domain_label` varchar(191) NOT NULL,
  PRIMARY KEY (`revision_id`, `domain_label`),
  CONSTRAINT `fkgq03rk0bt1hb915dnyvd3vnfc` FOREIGN KEY (`revision_id`) REFERENCES `ReservedList` (`revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Spec11ThreatMatch` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `check_date` date NOT NULL,
  `domain_name` text NOT NULL,
  `domain_repo_id` text NOT NULL,
  `registrar_id` text NOT NULL,
  `threat_types` text NOT NULL,
  `tld` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServerSecret` (
  `secret` char(36) NOT NULL,
  `id` bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SignedMarkRevocationList` (
  `revision_id` bigint NOT NULL AUTO_INCREMENT,
  `creation_time` datetime(6),
  PRIMARY KEY (`revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SignedMarkRevocationEntry` (
  `revision_id` bigint NOT NULL,
  `revocation_time` datetime(6) NOT NULL,
  `smd_id` varchar(191) NOT NULL,
  PRIMARY KEY (`revision_id`, `smd_id`),
  CONSTRAINT `fk5ivlhvs3121yx2li5tqh54u4` FOREIGN KEY (`revision_id`) REFERENCES `SignedMarkRevocationList` (`revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TmchCrl` (
  `certificate_revocations` text NOT NULL,
  `update_timestamp` datetime(6) NOT NULL,
  `url` text NOT NULL,
  `id` bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserUpdateHistory` (
  `history_revision_id` bigint NOT NULL,
  `history_modification_time` datetime(6) NOT NULL,
  `history_method` text NOT NULL,
  `history_request_body` text,
  `history_type` text NOT NULL,
  `history_url` text NOT NULL,
  `email_address` text NOT NULL,
  `registry_lock_password_hash` text,
  `registry_lock_password_salt` text,
  `global_role` text NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `registrar_roles` text,
  `update_timestamp` datetime(6),
  `history_acting_user` text NOT NULL,
  `registry_lock_email_address` text,
  PRIMARY KEY (`history_revision_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
