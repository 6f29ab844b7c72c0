-- Digital Marketplace API (UK Crown Commercial Service, originally Government Digital Service): the marketplace
-- through which UK public bodies buy cloud services (G-Cloud) and hire digital specialists and outcome teams from
-- suppliers, many of them contractors and sole traders (Digital Outcomes and Specialists: briefs, supplier responses
-- with day rates and evidence, awards; buyer and supplier users, supplier contacts, framework declarations and signed
-- agreements, audit events, direct-award projects)
-- Upstream: github.com/Crown-Commercial-Service/digitalmarketplace-api, commit 2c3681e72e6290ceea871881b140b5edb2e2340e (MIT)
-- Made from upstream's Alembic migrations (migrations/versions/*.py, 166 revisions read as text and replayed along the
-- revision chain: create_table, add_column, drop_column, alter_column, drop_table, and the raw-SQL renames of
-- migrations 220 and 660 and the DROP TABLE of 320), so columns are in the order the migrations create them; the
-- result was checked against the SQLAlchemy models in app/models/*.py (same tables and columns).
-- PostgreSQL written as MySQL: character varying without a length -> text (varchar(255) where the column is part of a
-- key), Integer int (serial ids AUTO_INCREMENT), BigInteger bigint, Boolean tinyint(1), DateTime datetime, JSON and
-- JSONB json, Numeric(11,2) decimal(11,2), the user_roles_enum -> enum(...); framework/status enums became character
-- varying in migrations 370/480. Primary, unique and foreign keys from the migrations and models; foreign keys whose
-- two sides have different integer types upstream (e.g. contact_information.supplier_id integer -> suppliers.supplier_id
-- bigint, services.framework_id bigint -> frameworks.id integer), which MySQL refuses, are left out; check constraints,
-- partial unique indexes and other indexes left out.
CREATE TABLE `suppliers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supplier_id` bigint NOT NULL,
  `name` varchar(255) NOT NULL,
  `duns_number` varchar(255),
  `description` text,
  `companies_house_number` text,
  `registered_name` text,
  `registration_country` text,
  `other_company_registration_number` text,
  `vat_number` text,
  `organisation_size` text,
  `trading_status` text,
  `company_details_confirmed` tinyint(1) NOT NULL DEFAULT 0,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_suppliers_1` (`supplier_id`),
  UNIQUE KEY `uq_suppliers_2` (`duns_number`)
);

CREATE TABLE `frameworks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `framework` text NOT NULL,
  `status` text NOT NULL DEFAULT 'pending',
  `slug` varchar(255) NOT NULL,
  `clarification_questions_open` tinyint(1) NOT NULL,
  `framework_agreement_details` json,
  `allow_declaration_reuse` tinyint(1) NOT NULL DEFAULT 0,
  `applications_close_at_utc` datetime NOT NULL,
  `clarifications_close_at_utc` datetime NOT NULL,
  `clarifications_publish_at_utc` datetime NOT NULL,
  `framework_expires_at_utc` datetime NOT NULL,
  `framework_live_at_utc` datetime NOT NULL,
  `intention_to_award_at_utc` datetime NOT NULL,
  `has_direct_award` tinyint(1) NOT NULL,
  `has_further_competition` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_frameworks_1` (`slug`)
);

CREATE TABLE `lots` (
  `id` int NOT NULL AUTO_INCREMENT,
  `slug` text NOT NULL,
  `name` text NOT NULL,
  `one_service_limit` tinyint(1) NOT NULL,
  `data` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_lots_1` (`id`, `one_service_limit`)
);

CREATE TABLE `framework_lots` (
  `framework_id` int NOT NULL,
  `lot_id` int NOT NULL,
  PRIMARY KEY (`framework_id`, `lot_id`),
  CONSTRAINT `fk_framework_lots_1` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`),
  CONSTRAINT `fk_framework_lots_2` FOREIGN KEY (`lot_id`) REFERENCES `lots` (`id`)
);

CREATE TABLE `services` (
  `id` int NOT NULL AUTO_INCREMENT,
  `data` json NOT NULL,
  `service_id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `supplier_id` bigint NOT NULL,
  `updated_at` datetime NOT NULL,
  `status` text NOT NULL,
  `framework_id` bigint NOT NULL,
  `lot_id` bigint NOT NULL,
  `copied_to_following_framework` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_services_1` (`service_id`),
  CONSTRAINT `fk_services_1` FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`supplier_id`)
);

CREATE TABLE `archived_services` (
  `id` int NOT NULL AUTO_INCREMENT,
  `service_id` varchar(255) NOT NULL,
  `supplier_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `data` json NOT NULL,
  `status` text NOT NULL,
  `framework_id` bigint NOT NULL,
  `lot_id` bigint NOT NULL,
  `copied_to_following_framework` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_archived_services_1` FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`supplier_id`)
);

CREATE TABLE `draft_services` (
  `id` int NOT NULL AUTO_INCREMENT,
  `service_id` text,
  `supplier_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `data` json NOT NULL,
  `framework_id` bigint NOT NULL,
  `status` text NOT NULL,
  `lot_id` bigint NOT NULL,
  `copied_to_following_framework` tinyint(1) NOT NULL DEFAULT 0,
  `lot_one_service_limit` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_draft_services_1` FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`supplier_id`)
);

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `email_address` varchar(255) NOT NULL,
  `password` text NOT NULL,
  `active` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `password_changed_at` datetime NOT NULL,
  `role` enum('admin', 'admin-ccs-category', 'admin-ccs-sourcing', 'admin-manager', 'admin-framework-manager', 'admin-ccs-data-controller', 'buyer', 'supplier') NOT NULL,
  `supplier_id` bigint,
  `failed_login_count` int NOT NULL,
  `logged_in_at` datetime,
  `phone_number` text,
  `user_research_opted_in` tinyint(1) NOT NULL DEFAULT 0,
  `personal_data_removed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_users_1` (`email_address`),
  CONSTRAINT `fk_users_1` FOREIGN KEY (`supplier_id`) REFERENCES `suppliers` (`supplier_id`)
);

CREATE TABLE `contact_information` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supplier_id` int,
  `contact_name` text NOT NULL,
  `phone_number` text,
  `email` text NOT NULL,
  `address1` text,
  `city` text,
  `postcode` text,
  `personal_data_removed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `supplier_frameworks` (
  `supplier_id` int NOT NULL,
  `framework_id` int NOT NULL,
  `declaration` json,
  `on_framework` tinyint(1),
  `agreed_variations` json,
  `prefill_declaration_from_framework_id` int,
  `application_company_details_confirmed` tinyint(1),
  `allow_declaration_reuse` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`supplier_id`, `framework_id`),
  CONSTRAINT `fk_supplier_frameworks_1` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`),
  CONSTRAINT `fk_supplier_frameworks_2` FOREIGN KEY (`supplier_id`, `prefill_declaration_from_framework_id`) REFERENCES `supplier_frameworks` (`supplier_id`, `framework_id`)
);

CREATE TABLE `framework_agreements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `supplier_id` int NOT NULL,
  `framework_id` int NOT NULL,
  `signed_agreement_returned_at` datetime,
  `signed_agreement_details` json,
  `signed_agreement_path` text,
  `countersigned_agreement_details` json,
  `countersigned_agreement_path` text,
  `countersigned_agreement_returned_at` datetime,
  `signed_agreement_put_on_hold_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_framework_agreements_1` FOREIGN KEY (`supplier_id`, `framework_id`) REFERENCES `supplier_frameworks` (`supplier_id`, `framework_id`)
);

CREATE TABLE `audit_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` text NOT NULL,
  `created_at` datetime NOT NULL,
  `user` text,
  `data` json NOT NULL,
  `object_type` text,
  `object_id` bigint,
  `acknowledged` tinyint(1) NOT NULL,
  `acknowledged_by` text,
  `acknowledged_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `briefs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `data` json NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `framework_id` int NOT NULL,
  `lot_id` int NOT NULL,
  `published_at` datetime,
  `withdrawn_at` datetime,
  `is_a_copy` tinyint(1) NOT NULL DEFAULT 0,
  `cancelled_at` datetime,
  `unsuccessful_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_briefs_1` FOREIGN KEY (`framework_id`) REFERENCES `frameworks` (`id`),
  CONSTRAINT `fk_briefs_2` FOREIGN KEY (`lot_id`) REFERENCES `lots` (`id`)
);

CREATE TABLE `brief_users` (
  `brief_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`brief_id`, `user_id`),
  CONSTRAINT `fk_brief_users_1` FOREIGN KEY (`brief_id`) REFERENCES `briefs` (`id`),
  CONSTRAINT `fk_brief_users_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `brief_responses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `data` json NOT NULL,
  `brief_id` int NOT NULL,
  `supplier_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `submitted_at` datetime,
  `award_details` json,
  `awarded_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_brief_responses_1` (`id`, `brief_id`),
  CONSTRAINT `fk_brief_responses_1` FOREIGN KEY (`brief_id`) REFERENCES `briefs` (`id`)
);

CREATE TABLE `brief_clarification_questions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `brief_id` int NOT NULL,
  `question` text NOT NULL,
  `answer` text NOT NULL,
  `published_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_brief_clarification_questions_1` FOREIGN KEY (`brief_id`) REFERENCES `briefs` (`id`)
);

CREATE TABLE `direct_award_projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `locked_at` datetime,
  `active` tinyint(1) NOT NULL,
  `downloaded_at` datetime,
  `external_id` bigint NOT NULL,
  `still_assessing_at` datetime,
  `ready_to_assess_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_direct_award_projects_1` (`external_id`)
);

CREATE TABLE `direct_award_project_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `project_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_direct_award_project_users_1` FOREIGN KEY (`project_id`) REFERENCES `direct_award_projects` (`id`),
  CONSTRAINT `fk_direct_award_project_users_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `direct_award_searches` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_by` int NOT NULL,
  `project_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `searched_at` datetime,
  `search_url` text NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_direct_award_searches_1` (`id`, `project_id`),
  CONSTRAINT `fk_direct_award_searches_1` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_direct_award_searches_2` FOREIGN KEY (`project_id`) REFERENCES `direct_award_projects` (`id`)
);

CREATE TABLE `direct_award_search_result_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `search_id` int NOT NULL,
  `archived_service_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_direct_award_search_result_entries_1` (`archived_service_id`, `search_id`),
  CONSTRAINT `fk_direct_award_search_result_entries_1` FOREIGN KEY (`archived_service_id`) REFERENCES `archived_services` (`id`),
  CONSTRAINT `fk_direct_award_search_result_entries_2` FOREIGN KEY (`search_id`) REFERENCES `direct_award_searches` (`id`)
);

CREATE TABLE `outcomes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `external_id` bigint NOT NULL,
  `completed_at` datetime,
  `start_date` date,
  `end_date` date,
  `awarding_organisation_name` text,
  `award_value` decimal(11,2),
  `result` text NOT NULL,
  `direct_award_project_id` int,
  `direct_award_search_id` int,
  `direct_award_archived_service_id` int,
  `brief_id` int,
  `brief_response_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_outcomes_1` (`external_id`),
  CONSTRAINT `fk_outcomes_1` FOREIGN KEY (`brief_id`) REFERENCES `briefs` (`id`),
  CONSTRAINT `fk_outcomes_2` FOREIGN KEY (`brief_response_id`) REFERENCES `brief_responses` (`id`),
  CONSTRAINT `fk_outcomes_3` FOREIGN KEY (`brief_response_id`, `brief_id`) REFERENCES `brief_responses` (`id`, `brief_id`),
  CONSTRAINT `fk_outcomes_4` FOREIGN KEY (`direct_award_archived_service_id`, `direct_award_search_id`) REFERENCES `direct_award_search_result_entries` (`archived_service_id`, `search_id`),
  CONSTRAINT `fk_outcomes_5` FOREIGN KEY (`direct_award_archived_service_id`) REFERENCES `archived_services` (`id`),
  CONSTRAINT `fk_outcomes_6` FOREIGN KEY (`direct_award_project_id`) REFERENCES `direct_award_projects` (`id`),
  CONSTRAINT `fk_outcomes_7` FOREIGN KEY (`direct_award_search_id`, `direct_award_project_id`) REFERENCES `direct_award_searches` (`id`, `project_id`),
  CONSTRAINT `fk_outcomes_8` FOREIGN KEY (`direct_award_search_id`) REFERENCES `direct_award_searches` (`id`)
);

CREATE TABLE `buyer_email_domains` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_buyer_email_domains_1` (`domain_name`)
);
