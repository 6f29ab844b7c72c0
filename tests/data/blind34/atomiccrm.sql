-- Atomic CRM: open-source CRM built on react-admin and Supabase (contacts, companies, deals, notes, tasks, sales = CRM users, tags).
-- Upstream: https://github.com/marmelab/atomic-crm  supabase/schemas/01_tables.sql (the declarative schema that
-- supabase/migrations/*.sql build; last changed in 6460491e, 2026-03-31)
-- Commit: dce557e2741eab9e24453b9f59e64eb2ea92da6b
-- Licence: MIT (LICENSE.md)
-- PostgreSQL written as MySQL DDL, the whole public schema (10 tables; upstream has no more): table and column names
-- upstream's; bigint identity -> bigint AUTO_INCREMENT, citext -> varchar(255), timestamptz -> datetime,
-- bigint[] / jsonb[] / jsonb / json -> json, uuid -> char(36), boolean -> tinyint(1). sales.user_id references
-- Supabase's auth.users (outside the public schema, not reproduced); the four views (activity_log, companies_summary,
-- contacts_summary, init_state) are left out.

CREATE TABLE `sales` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `first_name` text NOT NULL DEFAULT 'Pending',
  `last_name` text NOT NULL DEFAULT 'Pending',
  `email` varchar(255) NOT NULL,
  `administrator` tinyint(1) NOT NULL,
  `user_id` char(36) NOT NULL,
  `avatar` json,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq__sales__user_id` (`user_id`)
);

CREATE TABLE `companies` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `name` text NOT NULL,
  `sector` text,
  `size` smallint,
  `linkedin_url` text,
  `website` varchar(255),
  `phone_number` text,
  `address` text,
  `zipcode` text,
  `city` text,
  `state_abbr` text,
  `sales_id` bigint,
  `context_links` json,
  `country` text,
  `description` text,
  `revenue` text,
  `tax_identifier` text,
  `logo` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `companies_sales_id_fkey` FOREIGN KEY (`sales_id`) REFERENCES `sales` (`id`)
);

CREATE TABLE `contacts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `first_name` text,
  `last_name` text,
  `gender` text,
  `title` text,
  `background` text,
  `avatar` json,
  `first_seen` datetime,
  `last_seen` datetime,
  `has_newsletter` tinyint(1),
  `status` text,
  `tags` json,
  `company_id` bigint,
  `sales_id` bigint,
  `linkedin_url` text,
  `email_jsonb` json,
  `phone_jsonb` json,
  PRIMARY KEY (`id`),
  KEY `contacts_company_id_idx` (`company_id`),
  CONSTRAINT `contacts_company_id_fkey` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `contacts_sales_id_fkey` FOREIGN KEY (`sales_id`) REFERENCES `sales` (`id`)
);

CREATE TABLE `contact_notes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `contact_id` bigint NOT NULL,
  `text` text,
  `date` datetime DEFAULT CURRENT_TIMESTAMP,
  `sales_id` bigint,
  `status` text,
  `attachments` json,
  PRIMARY KEY (`id`),
  KEY `contact_notes_contact_id_idx` (`contact_id`),
  CONSTRAINT `contactNotes_contact_id_fkey` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `contactNotes_sales_id_fkey` FOREIGN KEY (`sales_id`) REFERENCES `sales` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `deals` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `company_id` bigint,
  `contact_ids` json,
  `category` text,
  `stage` text NOT NULL,
  `description` text,
  `amount` bigint,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `archived_at` datetime,
  `expected_closing_date` date,
  `sales_id` bigint,
  `index` smallint,
  PRIMARY KEY (`id`),
  KEY `deals_company_id_idx` (`company_id`),
  CONSTRAINT `deals_company_id_fkey` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `deals_sales_id_fkey` FOREIGN KEY (`sales_id`) REFERENCES `sales` (`id`)
);

CREATE TABLE `deal_notes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `deal_id` bigint NOT NULL,
  `type` text,
  `text` text,
  `date` datetime DEFAULT CURRENT_TIMESTAMP,
  `sales_id` bigint,
  `attachments` json,
  PRIMARY KEY (`id`),
  KEY `deal_notes_deal_id_idx` (`deal_id`),
  CONSTRAINT `dealNotes_deal_id_fkey` FOREIGN KEY (`deal_id`) REFERENCES `deals` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `dealNotes_sales_id_fkey` FOREIGN KEY (`sales_id`) REFERENCES `sales` (`id`)
);

CREATE TABLE `tags` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `color` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tasks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `contact_id` bigint NOT NULL,
  `type` text,
  `text` text,
  `due_date` datetime,
  `done_date` datetime,
  `sales_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `tasks_contact_id_fkey` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `configuration` (
  `id` int NOT NULL DEFAULT 1,
  `config` json NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `configuration_singleton` CHECK (`id` = 1)
);

CREATE TABLE `favicons_excluded_domains` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `domain` text NOT NULL,
  PRIMARY KEY (`id`)
);
