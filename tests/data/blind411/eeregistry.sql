-- Estonian Internet Foundation's domain registry (`internetee/registry`: the registry back end of .ee with its EPP
-- and REPP APIs, registrar and registrant portals, WHOIS records, registrant verification, billing; Ruby on Rails on
-- PostgreSQL), github.com/internetee/registry db/structure.sql at commit de894d5c70539ef72f441cd7ae56b34043ba4ab2
-- (2026-07-23; structure.sql last changed in e00844a17baec0f3e71c393084f3995cba81a2d7) (MIT).
-- structure.sql loaded into PostgreSQL 15 unchanged, then 50 of its 76 tables read back from the catalogue and
-- written as MySQL by a script: column names and order as upstream; character varying -> text (varchar(191) in a
-- key), varchar(n) kept, citext -> text, boolean -> tinyint(1), timestamp/timestamptz -> datetime(6), numeric(p,s) ->
-- decimal(p,s), json/jsonb -> json, hstore and arrays -> text, inet -> varchar(45), interval -> varchar(64), bytea ->
-- longblob, uuid -> char(36), sequences -> AUTO_INCREMENT; primary keys, UNIQUE constraints, full unique indexes and
-- foreign keys as upstream, except csync_records.domain_id (bigint) -> domains.id (integer), which MariaDB refuses;
-- non-unique, partial and expression indexes, CHECK constraints, triggers and functions left out; tables ordered so
-- that every referenced table comes first. Left out: 19 of the 22 PaperTrail history tables `log_*` (log_contacts,
-- log_domains and log_users kept as examples), pghero_query_stats, pghero_space_stats, ar_internal_metadata,
-- data_migrations and schema_migrations.


CREATE TABLE `registrars` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(191) NOT NULL,
  `reg_no` text NOT NULL,
  `vat_no` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `phone` text DEFAULT NULL,
  `email` text NOT NULL,
  `billing_email` text DEFAULT NULL,
  `address_country_code` text NOT NULL,
  `address_state` text DEFAULT NULL,
  `address_city` text NOT NULL,
  `address_street` text NOT NULL,
  `address_zip` text DEFAULT NULL,
  `code` varchar(191) NOT NULL,
  `website` text DEFAULT NULL,
  `accounting_customer_code` text NOT NULL,
  `legacy_id` int DEFAULT NULL,
  `reference_no` varchar(191) NOT NULL,
  `test_registrar` tinyint(1) DEFAULT 0,
  `language` text NOT NULL,
  `vat_rate` decimal(4,3) DEFAULT NULL,
  `iban` text DEFAULT NULL,
  `settings` json NOT NULL,
  `legaldoc_optout` tinyint(1) NOT NULL DEFAULT 0,
  `legaldoc_optout_comment` text DEFAULT NULL,
  `email_history` text DEFAULT NULL,
  `accreditation_date` datetime(6) DEFAULT NULL,
  `accreditation_expire_date` datetime(6) DEFAULT NULL,
  `accept_pdf_invoices` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_code` (`code`),
  UNIQUE KEY `unique_name` (`name`),
  UNIQUE KEY `unique_reference_no` (`reference_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `registrar_id` int NOT NULL,
  `account_type` text DEFAULT NULL,
  `balance` decimal(10,2) NOT NULL DEFAULT 0.0,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `currency` text DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_c9f635c0b3` FOREIGN KEY (`registrar_id`) REFERENCES `registrars` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_transactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `bank_statement_id` int DEFAULT NULL,
  `bank_reference` text DEFAULT NULL,
  `iban` text DEFAULT NULL,
  `currency` text DEFAULT NULL,
  `buyer_bank_code` text DEFAULT NULL,
  `buyer_iban` text DEFAULT NULL,
  `buyer_name` text DEFAULT NULL,
  `document_no` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `sum` decimal(10,2) DEFAULT NULL,
  `reference_no` text DEFAULT NULL,
  `paid_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `due_date` date NOT NULL,
  `currency` text NOT NULL,
  `description` text DEFAULT NULL,
  `reference_no` text NOT NULL,
  `vat_rate` decimal(4,3) NOT NULL,
  `seller_name` text NOT NULL,
  `seller_reg_no` text NOT NULL,
  `seller_iban` text NOT NULL,
  `seller_bank` text NOT NULL,
  `seller_swift` text NOT NULL,
  `seller_vat_no` text DEFAULT NULL,
  `seller_country_code` text NOT NULL,
  `seller_state` text DEFAULT NULL,
  `seller_street` text NOT NULL,
  `seller_city` text NOT NULL,
  `seller_zip` text DEFAULT NULL,
  `seller_phone` text DEFAULT NULL,
  `seller_url` text DEFAULT NULL,
  `seller_email` text NOT NULL,
  `seller_contact_name` text NOT NULL,
  `buyer_id` int NOT NULL,
  `buyer_name` text NOT NULL,
  `buyer_reg_no` text NOT NULL,
  `buyer_country_code` text NOT NULL,
  `buyer_state` text DEFAULT NULL,
  `buyer_street` text NOT NULL,
  `buyer_city` text NOT NULL,
  `buyer_zip` text DEFAULT NULL,
  `buyer_phone` text DEFAULT NULL,
  `buyer_url` text DEFAULT NULL,
  `buyer_email` text NOT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `number` int NOT NULL,
  `cancelled_at` datetime(6) DEFAULT NULL,
  `total` decimal(10,2) NOT NULL,
  `in_directo` tinyint(1) DEFAULT 0,
  `buyer_vat_no` text DEFAULT NULL,
  `issue_date` date NOT NULL,
  `e_invoice_sent_at` datetime(6) DEFAULT NULL,
  `payment_link` text DEFAULT NULL,
  `monthly_invoice` tinyint(1) DEFAULT 0,
  `metadata` json DEFAULT NULL,
  `sent_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_number` (`number`),
  CONSTRAINT `fk_rails_242b91538b` FOREIGN KEY (`buyer_id`) REFERENCES `registrars` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zones` (
  `id` int NOT NULL AUTO_INCREMENT,
  `origin` varchar(191) NOT NULL,
  `ttl` int NOT NULL,
  `refresh` int NOT NULL,
  `retry` int NOT NULL,
  `expire` int NOT NULL,
  `minimum_ttl` int NOT NULL,
  `email` text NOT NULL,
  `master_nameserver` text NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `ns_records` text DEFAULT NULL,
  `a_records` text DEFAULT NULL,
  `a4_records` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_zone_origin` (`origin`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `prices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `price_cents` int NOT NULL,
  `valid_from` datetime(6) DEFAULT NULL,
  `valid_to` datetime(6) DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `duration` varchar(64) DEFAULT NULL,
  `operation_category` text DEFAULT NULL,
  `zone_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_78c376257f` FOREIGN KEY (`zone_id`) REFERENCES `zones` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_activities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `account_id` int NOT NULL,
  `invoice_id` int DEFAULT NULL,
  `sum` decimal(10,2) DEFAULT NULL,
  `currency` text DEFAULT NULL,
  `bank_transaction_id` int DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `activity_type` text DEFAULT NULL,
  `price_id` int DEFAULT NULL,
  `new_balance` decimal(10,2) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_86cd2b09f5` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_rails_b80dbb973d` FOREIGN KEY (`bank_transaction_id`) REFERENCES `bank_transactions` (`id`),
  CONSTRAINT `fk_rails_ce38d749f6` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`),
  CONSTRAINT `fk_rails_d2cc3c2fa9` FOREIGN KEY (`price_id`) REFERENCES `prices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(255) NOT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `fax` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `ident` varchar(255) DEFAULT NULL,
  `ident_type` varchar(255) DEFAULT NULL,
  `auth_info` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `org_name` varchar(255) DEFAULT NULL,
  `registrar_id` int NOT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `ident_country_code` text DEFAULT NULL,
  `city` text DEFAULT NULL,
  `street` text DEFAULT NULL,
  `zip` text DEFAULT NULL,
  `country_code` text DEFAULT NULL,
  `state` text DEFAULT NULL,
  `legacy_id` int DEFAULT NULL,
  `statuses` text DEFAULT NULL,
  `status_notes` text DEFAULT NULL,
  `legacy_history_id` int DEFAULT NULL,
  `original_id` int DEFAULT NULL,
  `ident_updated_at` datetime(6) DEFAULT NULL,
  `upid` int DEFAULT NULL,
  `up_date` datetime(6) DEFAULT NULL,
  `uuid` char(36) NOT NULL,
  `disclosed_attributes` text NOT NULL,
  `email_history` text DEFAULT NULL,
  `registrant_publishable` tinyint(1) DEFAULT 0,
  `ident_request_sent_at` datetime(6) DEFAULT NULL,
  `verified_at` datetime(6) DEFAULT NULL,
  `verification_id` text DEFAULT NULL,
  `checked_company_at` datetime(6) DEFAULT NULL,
  `company_register_status` text DEFAULT NULL,
  `system_disclosed_attributes` text DEFAULT NULL,
  `verification_pending_at` datetime(6) DEFAULT NULL,
  `verification_snapshot` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_contact_uuid` (`uuid`),
  UNIQUE KEY `unique_contact_code` (`code`),
  CONSTRAINT `contacts_registrar_id_fk` FOREIGN KEY (`registrar_id`) REFERENCES `registrars` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` text DEFAULT NULL,
  `plain_text_password` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `email` text DEFAULT NULL,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime(6) DEFAULT NULL,
  `last_sign_in_at` datetime(6) DEFAULT NULL,
  `current_sign_in_ip` varchar(45) DEFAULT NULL,
  `last_sign_in_ip` varchar(45) DEFAULT NULL,
  `identity_code` text DEFAULT NULL,
  `roles` text DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `country_code` text DEFAULT NULL,
  `registrar_id` int DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `type` text DEFAULT NULL,
  `registrant_ident` text DEFAULT NULL,
  `encrypted_password` text NOT NULL,
  `remember_created_at` datetime(6) DEFAULT NULL,
  `failed_attempts` int NOT NULL DEFAULT 0,
  `locked_at` datetime(6) DEFAULT NULL,
  `legacy_id` int DEFAULT NULL,
  `accreditation_date` datetime(6) DEFAULT NULL,
  `accreditation_expire_date` datetime(6) DEFAULT NULL,
  `uuid` char(36) DEFAULT NULL,
  `ident_request_sent_at` datetime(6) DEFAULT NULL,
  `verified_at` datetime(6) DEFAULT NULL,
  `verification_id` text DEFAULT NULL,
  `verification_pending_at` datetime(6) DEFAULT NULL,
  `verification_snapshot` json DEFAULT NULL,
  `subject` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_registrar_id_fk` FOREIGN KEY (`registrar_id`) REFERENCES `registrars` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `operation` text NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `contact_id` int DEFAULT NULL,
  `bulk_action_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_8c6b5c12eb` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_a5ae3c203d` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_reports` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text DEFAULT NULL,
  `description` text DEFAULT NULL,
  `sql_query` text DEFAULT NULL,
  `parameters` json DEFAULT NULL,
  `created_by` int DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auctions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain` text NOT NULL,
  `status` text NOT NULL,
  `uuid` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `registration_code` varchar(191) DEFAULT NULL,
  `registration_deadline` datetime(6) DEFAULT NULL,
  `platform` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_uuid` (`uuid`),
  UNIQUE KEY `unique_registration_code` (`registration_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank_statements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `bank_code` text DEFAULT NULL,
  `iban` text DEFAULT NULL,
  `queried_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocked_domains` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `name` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_blocked_domains_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bounced_mail_addresses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` text NOT NULL,
  `message_id` text NOT NULL,
  `bounce_type` text NOT NULL,
  `bounce_subtype` text NOT NULL,
  `action` text NOT NULL,
  `status` text NOT NULL,
  `diagnostic` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `business_registry_contacts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text DEFAULT NULL,
  `registry_code` text DEFAULT NULL,
  `status` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `certificates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `api_user_id` int DEFAULT NULL,
  `csr` text DEFAULT NULL,
  `crt` text DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `common_name` text DEFAULT NULL,
  `md5` text DEFAULT NULL,
  `interface` text DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `private_key` longblob DEFAULT NULL,
  `p12` longblob DEFAULT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `serial` text DEFAULT NULL,
  `revoked_at` datetime(6) DEFAULT NULL,
  `revoked_reason` int DEFAULT NULL,
  `p12_password` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `whois_record_id` int NOT NULL,
  `secret` varchar(191) NOT NULL,
  `email` text NOT NULL,
  `name` text NOT NULL,
  `valid_to` datetime(6) NOT NULL,
  `status` text NOT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `message_id` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_contact_requests_on_secret` (`secret`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domains` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(191) NOT NULL,
  `registrar_id` int NOT NULL,
  `valid_to` datetime(6) NOT NULL,
  `registrant_id` int NOT NULL,
  `transfer_code` text NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `name_dirty` text NOT NULL,
  `name_puny` text NOT NULL,
  `period` int DEFAULT NULL,
  `period_unit` varchar(1) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `legacy_id` int DEFAULT NULL,
  `legacy_registrar_id` int DEFAULT NULL,
  `legacy_registrant_id` int DEFAULT NULL,
  `outzone_at` datetime(6) DEFAULT NULL,
  `delete_date` date DEFAULT NULL,
  `registrant_verification_asked_at` datetime(6) DEFAULT NULL,
  `registrant_verification_token` text DEFAULT NULL,
  `pending_json` json DEFAULT NULL,
  `force_delete_date` date DEFAULT NULL,
  `statuses` text DEFAULT NULL,
  `status_notes` text DEFAULT NULL,
  `upid` int DEFAULT NULL,
  `up_date` datetime(6) DEFAULT NULL,
  `uuid` char(36) NOT NULL,
  `locked_by_registrant_at` datetime(6) DEFAULT NULL,
  `force_delete_start` datetime(6) DEFAULT NULL,
  `force_delete_data` text DEFAULT NULL,
  `json_statuses_history` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_domain_uuid` (`uuid`),
  UNIQUE KEY `index_domains_on_name` (`name`),
  CONSTRAINT `domains_registrant_id_fk` FOREIGN KEY (`registrant_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `domains_registrar_id_fk` FOREIGN KEY (`registrar_id`) REFERENCES `registrars` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `csync_records` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `domain_id` bigint NOT NULL,
  `cdnskey` text NOT NULL,
  `action` text NOT NULL,
  `times_scanned` int NOT NULL DEFAULT 0,
  `last_scan` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_csync_records_on_domain_id` (`domain_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `directos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_id` int DEFAULT NULL,
  `item_type` text DEFAULT NULL,
  `response` json DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `invoice_number` text DEFAULT NULL,
  `request` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `disputes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `domain_name` text NOT NULL,
  `password` text NOT NULL,
  `expires_at` date NOT NULL,
  `starts_at` date NOT NULL,
  `comment` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `closed` datetime(6) DEFAULT NULL,
  `initiator` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dnskeys` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain_id` int DEFAULT NULL,
  `flags` int DEFAULT NULL,
  `protocol` int DEFAULT NULL,
  `alg` int DEFAULT NULL,
  `public_key` text DEFAULT NULL,
  `ds_key_tag` text DEFAULT NULL,
  `ds_alg` int DEFAULT NULL,
  `ds_digest_type` int DEFAULT NULL,
  `ds_digest` text DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `legacy_domain_id` int DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `validation_datetime` datetime(6) DEFAULT NULL,
  `failed_validation_reason` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contact_id` int DEFAULT NULL,
  `domain_id` int DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `type` varchar(191) DEFAULT NULL,
  `legacy_domain_id` int DEFAULT NULL,
  `legacy_contact_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_contact_of_type_per_domain` (`domain_id`, `type`, `contact_id`),
  CONSTRAINT `domain_contacts_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`),
  CONSTRAINT `domain_contacts_domain_id_fk` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_transfers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain_id` int NOT NULL,
  `status` text DEFAULT NULL,
  `transfer_requested_at` datetime(6) DEFAULT NULL,
  `transferred_at` datetime(6) DEFAULT NULL,
  `old_registrar_id` int NOT NULL,
  `new_registrar_id` int NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `wait_until` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_59c422f73d` FOREIGN KEY (`old_registrar_id`) REFERENCES `registrars` (`id`),
  CONSTRAINT `fk_rails_833ed7f3c0` FOREIGN KEY (`new_registrar_id`) REFERENCES `registrars` (`id`),
  CONSTRAINT `fk_rails_87b8e40c63` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_address_verifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` text NOT NULL,
  `verified_at` datetime(6) DEFAULT NULL,
  `success` tinyint(1) NOT NULL DEFAULT 0,
  `domain` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_addresses_validations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` text NOT NULL,
  `validated_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_addresses_verifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` text NOT NULL,
  `validated_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `epp_logs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `request` text DEFAULT NULL,
  `response` text DEFAULT NULL,
  `request_command` varchar(255) DEFAULT NULL,
  `request_object` text DEFAULT NULL,
  `request_successful` tinyint(1) DEFAULT NULL,
  `api_user_name` varchar(255) DEFAULT NULL,
  `api_user_registrar` varchar(255) DEFAULT NULL,
  `ip` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `uuid` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `epp_sessions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `session_id` varchar(191) NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_session_id` (`session_id`),
  CONSTRAINT `fk_rails_adff2dc8e3` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `free_domain_reservation_holders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_unique_id` text NOT NULL,
  `domain_names` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `invoice_id` int NOT NULL,
  `description` text NOT NULL,
  `unit` text NOT NULL,
  `quantity` int NOT NULL,
  `price` decimal(10,3) NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invoice_items_invoice_id_fk` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `legal_documents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `document_type` text NOT NULL,
  `documentable_id` int DEFAULT NULL,
  `documentable_type` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `path` text NOT NULL,
  `checksum` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nameservers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `hostname` varchar(191) NOT NULL,
  `ipv4` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `ipv6` text DEFAULT NULL,
  `domain_id` int NOT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `legacy_domain_id` int DEFAULT NULL,
  `hostname_puny` text DEFAULT NULL,
  `validation_datetime` datetime(6) DEFAULT NULL,
  `validation_counter` int DEFAULT NULL,
  `failed_validation_reason` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_hostname_per_domain` (`domain_id`, `hostname`),
  CONSTRAINT `nameservers_domain_id_fk` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `registrar_id` int NOT NULL,
  `text` text NOT NULL,
  `attached_obj_type` text DEFAULT NULL,
  `attached_obj_id` int DEFAULT NULL,
  `read` tinyint(1) NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `action_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_8f9734b530` FOREIGN KEY (`action_id`) REFERENCES `actions` (`id`),
  CONSTRAINT `messages_registrar_id_fk` FOREIGN KEY (`registrar_id`) REFERENCES `registrars` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_orders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` text NOT NULL,
  `status` text NOT NULL,
  `invoice_id` int DEFAULT NULL,
  `response` json DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_f9dc5857c3` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `que_jobs` (
  `priority` smallint NOT NULL DEFAULT 100,
  `run_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `job_id` bigint NOT NULL AUTO_INCREMENT,
  `job_class` text NOT NULL,
  `args` json NOT NULL,
  `error_count` int NOT NULL DEFAULT 0,
  `last_error` text DEFAULT NULL,
  `queue` varchar(191) NOT NULL DEFAULT '',
  PRIMARY KEY (`queue`, `priority`, `run_at`, `job_id`),
  KEY `job_id` (`job_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registrant_verifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `verification_token` text NOT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `action` text NOT NULL,
  `domain_id` int NOT NULL,
  `action_type` text NOT NULL,
  `creator_id` int DEFAULT NULL,
  `updater_id` int DEFAULT NULL,
  `session` text DEFAULT NULL,
  `children` json DEFAULT NULL,
  `ident_updated_at` datetime(6) DEFAULT NULL,
  `uuid` text DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_f41617a0e9` FOREIGN KEY (`domain_id`) REFERENCES `domains` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repp_logs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `request_path` varchar(255) DEFAULT NULL,
  `request_method` varchar(255) DEFAULT NULL,
  `request_params` text DEFAULT NULL,
  `response` text DEFAULT NULL,
  `response_code` varchar(255) DEFAULT NULL,
  `api_user_name` varchar(255) DEFAULT NULL,
  `api_user_registrar` varchar(255) DEFAULT NULL,
  `ip` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `uuid` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reserve_domain_invoices` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `invoice_number` text DEFAULT NULL,
  `domain_names` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `status` int DEFAULT 0,
  `metainfo` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reserved_domains` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `legacy_id` int DEFAULT NULL,
  `name` varchar(191) NOT NULL,
  `password` text NOT NULL,
  `expire_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_reserved_domains_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `setting_entries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(191) NOT NULL,
  `value` text DEFAULT NULL,
  `group` text NOT NULL,
  `format` text NOT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_setting_entries_on_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `var` varchar(191) NOT NULL,
  `value` text DEFAULT NULL,
  `thing_id` int DEFAULT NULL,
  `thing_type` varchar(30) DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_settings_on_thing_type_and_thing_id_and_var` (`thing_type`, `thing_id`, `var`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `validation_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `event_data` json DEFAULT NULL,
  `success` tinyint(1) DEFAULT NULL,
  `validation_eventable_type` text DEFAULT NULL,
  `validation_eventable_id` bigint DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_type` text NOT NULL,
  `item_id` int NOT NULL,
  `event` text NOT NULL,
  `whodunnit` text DEFAULT NULL,
  `object` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `object_changes` json DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `white_ips` (
  `id` int NOT NULL AUTO_INCREMENT,
  `registrar_id` int NOT NULL,
  `ipv4` text DEFAULT NULL,
  `ipv6` text DEFAULT NULL,
  `interfaces` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `creator_str` text DEFAULT NULL,
  `updator_str` text DEFAULT NULL,
  `committed` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_36cff3de9c` FOREIGN KEY (`registrar_id`) REFERENCES `registrars` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `whois_records` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain_id` int DEFAULT NULL,
  `name` text DEFAULT NULL,
  `json` json DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `registrar_id` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_contacts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_type` text NOT NULL,
  `item_id` int NOT NULL,
  `event` text NOT NULL,
  `whodunnit` text DEFAULT NULL,
  `object` json DEFAULT NULL,
  `object_changes` json DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `session` text DEFAULT NULL,
  `children` json DEFAULT NULL,
  `ident_updated_at` datetime(6) DEFAULT NULL,
  `uuid` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_domains` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_type` text NOT NULL,
  `item_id` int NOT NULL,
  `event` text NOT NULL,
  `whodunnit` text DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `session` text DEFAULT NULL,
  `children` json DEFAULT NULL,
  `uuid` text DEFAULT NULL,
  `object_changes` json DEFAULT NULL,
  `object` json DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_type` text NOT NULL,
  `item_id` int NOT NULL,
  `event` text NOT NULL,
  `whodunnit` text DEFAULT NULL,
  `object` json DEFAULT NULL,
  `object_changes` json DEFAULT NULL,
  `created_at` datetime(6) DEFAULT NULL,
  `session` text DEFAULT NULL,
  `children` json DEFAULT NULL,
  `uuid` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
