-- C2 (18F/C2; GSA 18F): approval workflow for purchase requests in US federal offices — proposals (requests) with
-- their client data (18F purchase requests and training-event requests, GSA National Capital Region building work
-- orders), approval steps and approvers, delegates, roles, comments, attachments, e-mails sent (Ahoy), visits and
-- events (Ahoy), saved and scheduled reports, OAuth (Doorkeeper), admin comments, Blazer audits, PaperTrail versions.
-- Upstream: github.com/18F/C2, db/schema.rb (schema version 20160930170849) at commit
-- de18e920d2998d6a7218895d1b36a442f566557c (public domain, CC0-1.0 dedication in LICENSE.md).
-- Rails 4.2 schema (PostgreSQL) written as MySQL DDL by a script: tables without an id option -> int AUTO_INCREMENT
-- (Rails 4 serial ids), `id: :uuid, default: nil` -> char(36) primary key; uuid -> char(36); string ->
-- varchar(limit, else 255); text -> text; integer -> int; boolean -> tinyint(1); datetime; date; decimal without
-- precision -> decimal(20,4); json -> json. NOT NULL and literal defaults kept (not on text/json columns). Unique
-- indexes kept as UNIQUE KEY, other indexes left out. Foreign keys are upstream's add_foreign_key lines; upstream's
-- PostgreSQL names repeat across tables (proposal_id_fkey, user_id_fkey), which MySQL does not allow, so they are
-- named fk_rails_<hash> as Rails would name them. Columns in schema.rb order; tables re-ordered only so that
-- referenced tables come first. All 32 tables are kept.
CREATE TABLE `active_admin_comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `namespace` varchar(255),
  `body` text,
  `resource_id` varchar(255) NOT NULL,
  `resource_type` varchar(255) NOT NULL,
  `author_id` int,
  `author_type` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ahoy_events` (
  `id` char(36) NOT NULL,
  `visit_id` char(36),
  `user_id` int,
  `name` varchar(255),
  `properties` json,
  `time` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ahoy_messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(255),
  `to` text,
  `user_id` int,
  `user_type` varchar(255),
  `mailer` varchar(255),
  `subject` text,
  `content` text,
  `sent_at` datetime,
  `opened_at` datetime,
  `clicked_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `api_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `access_token` varchar(255),
  `expires_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  `used_at` datetime,
  `step_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_api_tokens_on_access_token` (`access_token`)
);

CREATE TABLE `blazer_audits` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `query_id` int,
  `statement` text,
  `data_source` varchar(255),
  `created_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `blazer_checks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `query_id` int,
  `state` varchar(255),
  `emails` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `blazer_dashboard_queries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `dashboard_id` int,
  `query_id` int,
  `position` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `blazer_dashboards` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `blazer_queries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creator_id` int,
  `name` varchar(255),
  `description` text,
  `statement` text,
  `data_source` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `delayed_jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `priority` int NOT NULL DEFAULT 0,
  `attempts` int NOT NULL DEFAULT 0,
  `handler` text NOT NULL,
  `last_error` text,
  `run_at` datetime,
  `locked_at` datetime,
  `failed_at` datetime,
  `locked_by` varchar(255),
  `queue` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gsa18f_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `duty_station` varchar(255),
  `supervisor_id` int,
  `title_of_event` varchar(255),
  `event_provider` varchar(255),
  `purpose` varchar(255),
  `justification` varchar(255),
  `link` varchar(255),
  `instructions` varchar(255),
  `cost_per_unit` decimal(20,4),
  `estimated_travel_expenses` decimal(20,4),
  `start_date` date,
  `end_date` date,
  `updated_at` datetime,
  `created_at` datetime,
  `type_of_event` text,
  `free_event` tinyint(1) DEFAULT 0,
  `travel_required` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gsa18f_procurements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `office` text,
  `justification` text NOT NULL,
  `link_to_product` text NOT NULL,
  `quantity` int,
  `date_requested` datetime,
  `additional_info` text,
  `cost_per_unit` decimal(20,4),
  `product_name_and_description` text,
  `recurring` tinyint(1) NOT NULL DEFAULT 0,
  `recurring_interval` varchar(255) DEFAULT 'Daily',
  `recurring_length` int,
  `created_at` datetime,
  `updated_at` datetime,
  `urgency` int,
  `purchase_type` int NOT NULL,
  `is_tock_billable` tinyint(1),
  `tock_project` varchar(255),
  `pegasys_document_number` varchar(255),
  `client_billed` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `ncr_organizations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `code` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `ncr_work_orders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `amount` decimal(20,4),
  `expense_type` varchar(255),
  `vendor` varchar(255),
  `not_to_exceed` tinyint(1) NOT NULL DEFAULT 0,
  `building_number` varchar(255),
  `emergency` tinyint(1) NOT NULL DEFAULT 0,
  `rwa_number` varchar(255),
  `work_order_code` varchar(255),
  `project_title` varchar(255),
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `direct_pay` tinyint(1) NOT NULL DEFAULT 0,
  `cl_number` varchar(255),
  `function_code` varchar(255),
  `soc_code` varchar(255),
  `ncr_organization_id` int,
  `approving_official_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth_access_grants` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int NOT NULL,
  `application_id` int NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_in` int NOT NULL,
  `redirect_uri` text NOT NULL,
  `created_at` datetime NOT NULL,
  `revoked_at` datetime,
  `scopes` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`)
);

CREATE TABLE `oauth_access_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int,
  `application_id` int,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `revoked_at` datetime,
  `created_at` datetime NOT NULL,
  `scopes` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`)
);

CREATE TABLE `oauth_applications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime,
  `updated_at` datetime,
  `owner_id` int,
  `owner_type` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
);

CREATE TABLE `roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_idx` (`name`)
);

CREATE TABLE `taggings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tag_id` int,
  `taggable_id` int,
  `taggable_type` varchar(255),
  `tagger_id` int,
  `tagger_type` varchar(255),
  `context` varchar(128),
  `created_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `taggings_idx` (`tag_id`, `taggable_id`, `taggable_type`, `context`, `tagger_id`, `tagger_type`)
);

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `taggings_count` int DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tags_on_name` (`name`)
);

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email_address` varchar(255),
  `first_name` varchar(255),
  `last_name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `client_slug` varchar(255),
  `active` tinyint(1) DEFAULT 1,
  `timezone` varchar(255) DEFAULT 'Eastern Time (US & Canada)',
  `new_features_date` varchar(255),
  `list_view_config` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `versions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `item_type` varchar(255) NOT NULL,
  `item_id` int NOT NULL,
  `event` varchar(255) NOT NULL,
  `whodunnit` varchar(255),
  `object` text,
  `created_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `visits` (
  `id` char(36) NOT NULL,
  `visitor_id` char(36),
  `ip` varchar(255),
  `user_agent` text,
  `referrer` text,
  `landing_page` text,
  `user_id` int,
  `referring_domain` varchar(255),
  `search_keyword` varchar(255),
  `browser` varchar(255),
  `os` varchar(255),
  `device_type` varchar(255),
  `screen_height` int,
  `screen_width` int,
  `country` varchar(255),
  `region` varchar(255),
  `city` varchar(255),
  `postal_code` varchar(255),
  `latitude` decimal(20,4),
  `longitude` decimal(20,4),
  `utm_source` varchar(255),
  `utm_medium` varchar(255),
  `utm_term` varchar(255),
  `utm_content` varchar(255),
  `utm_campaign` varchar(255),
  `started_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `proposals` (
  `id` int NOT NULL AUTO_INCREMENT,
  `status` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `client_data_id` int,
  `client_data_type` varchar(255),
  `requester_id` int,
  `public_id` varchar(255),
  `visit_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_adeef6a5be` FOREIGN KEY (`requester_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_c557d6413c` FOREIGN KEY (`visit_id`) REFERENCES `visits` (`id`)
);

CREATE TABLE `reports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `query` json NOT NULL,
  `shared` tinyint(1) DEFAULT 0,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `visit_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_76f5621ed9` FOREIGN KEY (`visit_id`) REFERENCES `visits` (`id`)
);

CREATE TABLE `scheduled_reports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `frequency` int NOT NULL DEFAULT 0,
  `user_id` int NOT NULL,
  `report_id` int NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_f836009ae4` FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`),
  CONSTRAINT `fk_rails_ea8572c25a` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `steps` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int,
  `status` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `position` int,
  `proposal_id` int,
  `completed_at` datetime,
  `type` varchar(255),
  `parent_id` int,
  `min_children_needed` int,
  `completer_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `steps_user_proposal_idx` (`user_id`, `proposal_id`),
  CONSTRAINT `fk_rails_1e0e5a95a7` FOREIGN KEY (`proposal_id`) REFERENCES `proposals` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_123b50dfe1` FOREIGN KEY (`parent_id`) REFERENCES `steps` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_f82f6b19e3` FOREIGN KEY (`completer_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_0f28e70afa` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_delegates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `assigner_id` int,
  `assignee_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_1009616c9f` FOREIGN KEY (`assignee_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_d80b86358c` FOREIGN KEY (`assigner_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `role_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_roles_on_user_id_and_role_id` (`user_id`, `role_id`),
  CONSTRAINT `fk_rails_3369e0d5fc` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `fk_rails_318345354e` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `attachments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `file_file_name` varchar(255),
  `file_content_type` varchar(255),
  `file_file_size` int,
  `file_updated_at` datetime,
  `proposal_id` int,
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_8fe103c4b3` FOREIGN KEY (`proposal_id`) REFERENCES `proposals` (`id`),
  CONSTRAINT `fk_rails_5650a5e7db` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `comment_text` text,
  `created_at` datetime,
  `updated_at` datetime,
  `user_id` int,
  `proposal_id` int,
  `update_comment` tinyint(1),
  `visit_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_05213925c5` FOREIGN KEY (`proposal_id`) REFERENCES `proposals` (`id`),
  CONSTRAINT `fk_rails_03de2dc08c` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_f6ac6e7e60` FOREIGN KEY (`visit_id`) REFERENCES `visits` (`id`)
);

CREATE TABLE `proposal_roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `role_id` int NOT NULL,
  `user_id` int NOT NULL,
  `proposal_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_proposal_roles_on_role_id_and_user_id_and_proposal_id` (`role_id`, `user_id`, `proposal_id`),
  CONSTRAINT `fk_rails_2553a663fc` FOREIGN KEY (`proposal_id`) REFERENCES `proposals` (`id`),
  CONSTRAINT `fk_rails_90465ef831` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `fk_rails_a2caea4441` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);
