-- GigManager (corourke/GigManager): gig and event management for production, sound and lighting companies,
-- venues, acts and agencies: gigs with status (date hold, proposed, booked, settled), participating
-- organisations (act, venue, agency, production), run-of-show schedule (load-in, soundcheck, set), bids,
-- contracts, deposits, payments and expenses, crew slots and crew assignments with rates and fees, equipment
-- kits, assets, purchases and inventory scans, users and organisation members, invitations, passkeys,
-- Google Calendar sync, activity log.
-- Upstream: github.com/corourke/GigManager, commit 6530449137a2a23002ba12f5c5b1e5e546bac20d,
-- supabase/migrations/*.sql (34 Supabase migrations for PostgreSQL); MIT per the README (the repository has
-- no LICENSE file).
-- Made by replaying the 34 migrations in order into a PostgreSQL 15 scratch database (with stubs of the
-- Supabase platform objects they refer to: the anon/authenticated/service_role roles, auth.users, auth.uid(),
-- storage.buckets/objects, and min(uuid) for one data step) and writing the public tables as MySQL DDL by a
-- script reading PostgreSQL's catalog: column names and order as in PostgreSQL; text -> TEXT (VARCHAR(191)
-- where the column is in a key or index), varchar -> VARCHAR, uuid -> CHAR(36), timestamptz -> DATETIME(6),
-- numeric(p,s) -> DECIMAL(p,s), boolean -> TINYINT(1), jsonb and arrays (text[], organization_role[]) ->
-- JSON, enum types -> ENUM(labels). Primary, unique and foreign keys and plain indexes as in PostgreSQL; the
-- WHERE of the partial index idx_users_email and the COALESCE expression index inventory_tracking_lookup_idx
-- have no MySQL form (the first kept without its WHERE, the second left out); CHECK constraints, uuid
-- generator defaults and auth.uid() defaults dropped; now() -> CURRENT_TIMESTAMP(6). The foreign key
-- user_devices.user_id -> auth.users (Supabase's auth schema, not the application's) was dropped.
-- All 25 public tables kept.

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `first_name` TEXT NOT NULL,
  `last_name` TEXT NOT NULL,
  `phone` TEXT NULL,
  `avatar_url` TEXT NULL,
  `address_line1` TEXT NULL,
  `address_line2` TEXT NULL,
  `city` TEXT NULL,
  `state` TEXT NULL,
  `postal_code` TEXT NULL,
  `country` TEXT NULL,
  `role_hint` TEXT NULL,
  `user_status` VARCHAR(191) NULL DEFAULT 'active',
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `timezone` VARCHAR(191) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`),
  KEY `idx_users_email` (`email`),
  KEY `idx_users_status` (`user_status`),
  KEY `idx_users_timezone` (`timezone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gigs` (
  `id` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `status` ENUM('DateHold','Proposed','Booked','Completed','Cancelled','Settled') NOT NULL,
  `tags` JSON NULL,
  `start` DATETIME(6) NOT NULL,
  `end` DATETIME(6) NOT NULL,
  `timezone` TEXT NOT NULL,
  `notes` TEXT NULL,
  `parent_gig_id` CHAR(36) NULL,
  `hierarchy_depth` INT NOT NULL DEFAULT 0,
  `created_by` CHAR(36) NOT NULL,
  `updated_by` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `idx_gigs_parent_gig_id` (`parent_gig_id`),
  KEY `idx_gigs_start` (`start`),
  CONSTRAINT `gigs_parent_gig_id_fkey` FOREIGN KEY (`parent_gig_id`) REFERENCES `gigs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `roles` JSON NOT NULL,
  `url` TEXT NULL,
  `phone_number` TEXT NULL,
  `address_line1` TEXT NULL,
  `address_line2` TEXT NULL,
  `city` TEXT NULL,
  `state` TEXT NULL,
  `postal_code` TEXT NULL,
  `country` TEXT NULL,
  `description` TEXT NULL,
  `allowed_domains` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_log` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NULL,
  `actor_id` CHAR(36) NULL,
  `event_type` TEXT NOT NULL,
  `entity_type` VARCHAR(191) NOT NULL,
  `entity_id` CHAR(36) NOT NULL,
  `gig_id` CHAR(36) NULL,
  `context` JSON NOT NULL DEFAULT '{}',
  `occurred_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `idx_activity_log_actor_id` (`actor_id`, `occurred_at`),
  KEY `idx_activity_log_entity` (`entity_type`, `entity_id`, `occurred_at`),
  KEY `idx_activity_log_gig_id` (`gig_id`, `occurred_at`),
  KEY `idx_activity_log_org_id` (`organization_id`, `occurred_at`),
  CONSTRAINT `activity_log_actor_id_fkey` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `activity_log_gig_id_fkey` FOREIGN KEY (`gig_id`) REFERENCES `gigs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `activity_log_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_scan_usage` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `idx_ai_scan_usage_user_time` (`user_id`, `created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `purchases` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `gig_id` CHAR(36) NULL,
  `parent_id` CHAR(36) NULL,
  `row_type` TEXT NOT NULL,
  `purchase_date` DATE NULL,
  `vendor` TEXT NULL,
  `total_inv_amount` DECIMAL(10,2) NULL,
  `payment_method` TEXT NULL,
  `line_amount` DECIMAL(10,2) NULL,
  `line_cost` DECIMAL(10,2) NULL,
  `quantity` DECIMAL(12,4) NULL,
  `item_price` DECIMAL(10,2) NULL,
  `item_cost` DECIMAL(10,2) NULL,
  `description` TEXT NULL,
  `category` TEXT NULL,
  `sub_category` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` CHAR(36) NULL,
  `updated_by` CHAR(36) NULL,
  `asset_id` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `purchases_gig_id_fkey` FOREIGN KEY (`gig_id`) REFERENCES `gigs` (`id`) ON DELETE SET NULL,
  CONSTRAINT `purchases_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `purchases_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `purchases` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assets` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `acquisition_date` DATE NOT NULL,
  `vendor` TEXT NULL,
  `item_cost` DECIMAL(10,2) NULL,
  `category` VARCHAR(191) NOT NULL,
  `sub_category` TEXT NULL,
  `insurance_policy_added` TINYINT(1) NOT NULL DEFAULT 0,
  `manufacturer_model` TEXT NOT NULL,
  `type` TEXT NULL,
  `serial_number` TEXT NULL,
  `description` TEXT NULL,
  `replacement_value` DECIMAL(10,2) NULL,
  `insurance_class` TEXT NULL,
  `quantity` DECIMAL(12,4) NULL DEFAULT 1,
  `created_by` CHAR(36) NOT NULL,
  `updated_by` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `tag_number` TEXT NULL,
  `status` TEXT NOT NULL DEFAULT 'Active',
  `service_life` DECIMAL(65,30) NULL,
  `dep_method` TEXT NULL,
  `liquidation_amt` DECIMAL(10,2) NULL,
  `item_price` DECIMAL(10,2) NULL,
  `retired_on` DATE NULL,
  `purchase_id` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  KEY `idx_assets_category` (`category`),
  KEY `idx_assets_org_id` (`organization_id`),
  CONSTRAINT `assets_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `assets_purchase_id_fkey` FOREIGN KEY (`purchase_id`) REFERENCES `purchases` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `file_path` TEXT NOT NULL,
  `file_name` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `attachments_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_attachments` (
  `id` CHAR(36) NOT NULL,
  `attachment_id` CHAR(36) NOT NULL,
  `entity_type` TEXT NOT NULL,
  `entity_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_by` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `entity_attachments_attachment_id_fkey` FOREIGN KEY (`attachment_id`) REFERENCES `attachments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `staff_roles` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `description` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `staff_roles_name_key` (`name`),
  KEY `idx_staff_roles_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gig_staff_slots` (
  `id` CHAR(36) NOT NULL,
  `gig_id` CHAR(36) NOT NULL,
  `staff_role_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NULL,
  `required_count` INT NOT NULL DEFAULT 1,
  `notes` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `idx_gig_staff_slots_gig_id` (`gig_id`),
  KEY `idx_gig_staff_slots_org_id` (`organization_id`),
  KEY `idx_gig_staff_slots_role_id` (`staff_role_id`),
  CONSTRAINT `gig_staff_slots_gig_id_fkey` FOREIGN KEY (`gig_id`) REFERENCES `gigs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gig_staff_slots_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gig_staff_slots_staff_role_id_fkey` FOREIGN KEY (`staff_role_id`) REFERENCES `staff_roles` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gig_staff_assignments` (
  `id` CHAR(36) NOT NULL,
  `slot_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `status` TEXT NOT NULL,
  `rate` DECIMAL(10,2) NULL,
  `fee` DECIMAL(10,2) NULL,
  `notes` TEXT NULL,
  `assigned_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `confirmed_at` DATETIME(6) NULL,
  `completed_at` DATETIME(6) NULL,
  `units_completed` DECIMAL(10,2) NULL,
  `gig_financial_id` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  KEY `idx_gig_staff_assignments_slot_id` (`slot_id`),
  KEY `idx_gig_staff_assignments_user_id` (`user_id`),
  CONSTRAINT `gig_staff_assignments_slot_id_fkey` FOREIGN KEY (`slot_id`) REFERENCES `gig_staff_slots` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gig_staff_assignments_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gig_financials` (
  `id` CHAR(36) NOT NULL,
  `gig_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NULL,
  `amount` DECIMAL(10,2) NOT NULL,
  `date` DATE NOT NULL,
  `notes` TEXT NULL,
  `created_by` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `type` ENUM('Bid Submitted','Bid Accepted','Bid Rejected','Contract Submitted','Contract Revised','Contract Signed','Contract Rejected','Contract Cancelled','Contract Settled','Sub-Contract Submitted','Sub-Contract Revised','Sub-Contract Signed','Sub-Contract Rejected','Sub-Contract Cancelled','Sub-Contract Settled','Deposit Received','Deposit Sent','Deposit Refunded','Payment Sent','Payment Received','Expense Incurred','Expense Reimbursed','Invoice Issued','Invoice Settled','Informal Terms') NOT NULL,
  `category` ENUM('Advertising','Car and truck expenses','Commissions and fees','Contract labor','Depreciation','Insurance','Legal and professional services','Office expense','Rent or lease','Repairs and maintenance','Supplies','Taxes and licenses','Travel','Meals','Utilities','Wages','Other expenses') NULL,
  `reference_number` TEXT NULL,
  `counterparty_id` CHAR(36) NULL,
  `external_entity_name` TEXT NULL,
  `currency` TEXT NOT NULL DEFAULT 'USD',
  `description` TEXT NULL,
  `due_date` DATE NULL,
  `paid_at` DATETIME(6) NULL,
  `updated_by` CHAR(36) NULL,
  `updated_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `purchase_id` CHAR(36) NULL,
  `staff_assignment_id` CHAR(36) NULL,
  `mileage` DECIMAL(10,2) NULL,
  PRIMARY KEY (`id`),
  KEY `idx_gig_financials_gig_id` (`gig_id`),
  KEY `idx_gig_financials_org_id` (`organization_id`),
  CONSTRAINT `gig_bids_gig_id_fkey` FOREIGN KEY (`gig_id`) REFERENCES `gigs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gig_bids_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gig_financials_counterparty_id_fkey` FOREIGN KEY (`counterparty_id`) REFERENCES `organizations` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gig_financials_purchase_id_fkey` FOREIGN KEY (`purchase_id`) REFERENCES `purchases` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gig_financials_staff_assignment_id_fkey` FOREIGN KEY (`staff_assignment_id`) REFERENCES `gig_staff_assignments` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gig_financials_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kits` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `category` VARCHAR(191) NULL,
  `description` TEXT NULL,
  `tags` JSON NULL,
  `tag_number` TEXT NULL,
  `rental_value` DECIMAL(10,2) NULL,
  `created_by` CHAR(36) NOT NULL,
  `updated_by` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_container` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `idx_kits_category` (`category`),
  KEY `idx_kits_org_id` (`organization_id`),
  CONSTRAINT `kits_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gig_kit_assignments` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `gig_id` CHAR(36) NOT NULL,
  `kit_id` CHAR(36) NOT NULL,
  `notes` TEXT NULL,
  `assigned_by` CHAR(36) NOT NULL,
  `assigned_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `gig_kit_assignments_gig_id_kit_id_key` (`gig_id`, `kit_id`),
  KEY `idx_gig_kit_assignments_gig_id` (`gig_id`),
  KEY `idx_gig_kit_assignments_kit_id` (`kit_id`),
  KEY `idx_gig_kit_assignments_org_id` (`organization_id`),
  CONSTRAINT `gig_kit_assignments_gig_id_fkey` FOREIGN KEY (`gig_id`) REFERENCES `gigs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gig_kit_assignments_kit_id_fkey` FOREIGN KEY (`kit_id`) REFERENCES `kits` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gig_kit_assignments_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gig_participants` (
  `id` CHAR(36) NOT NULL,
  `gig_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `role` ENUM('Production','Sound','Lighting','Staging','Rentals','Venue','Act','Agency') NOT NULL,
  `notes` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gig_participants_gig_id_organization_id_role_key` (`gig_id`, `organization_id`, `role`),
  KEY `idx_gig_participants_gig_id` (`gig_id`),
  KEY `idx_gig_participants_org_id` (`organization_id`),
  CONSTRAINT `gig_participants_gig_id_fkey` FOREIGN KEY (`gig_id`) REFERENCES `gigs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gig_participants_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gig_schedule_entries` (
  `id` CHAR(36) NOT NULL,
  `gig_id` CHAR(36) NOT NULL,
  `activity_type` ENUM('Load-In','Soundcheck','Rehearsal','Set','Intermission','Load-Out','Other') NOT NULL,
  `label` TEXT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NULL,
  `act_participant_id` CHAR(36) NULL,
  `sort_order` INT NOT NULL DEFAULT 0,
  `notes` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `idx_schedule_entries_act` (`act_participant_id`),
  KEY `idx_schedule_entries_gig` (`gig_id`),
  CONSTRAINT `gig_schedule_entries_act_participant_id_fkey` FOREIGN KEY (`act_participant_id`) REFERENCES `gig_participants` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gig_schedule_entries_gig_id_fkey` FOREIGN KEY (`gig_id`) REFERENCES `gigs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gig_sync_status` (
  `id` CHAR(36) NOT NULL,
  `gig_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `google_event_id` TEXT NULL,
  `last_synced_at` DATETIME(6) NULL,
  `sync_status` ENUM('pending','synced','failed','updated','removed') NOT NULL DEFAULT 'pending',
  `sync_error` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `gig_sync_status_gig_id_user_id_key` (`gig_id`, `user_id`),
  KEY `idx_gig_sync_status_gig_id` (`gig_id`),
  KEY `idx_gig_sync_status_sync_status` (`sync_status`),
  KEY `idx_gig_sync_status_user_id` (`user_id`),
  CONSTRAINT `gig_sync_status_gig_id_fkey` FOREIGN KEY (`gig_id`) REFERENCES `gigs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gig_sync_status_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_tracking` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `gig_id` CHAR(36) NOT NULL,
  `kit_id` CHAR(36) NULL,
  `asset_id` CHAR(36) NULL,
  `status` TEXT NOT NULL,
  `scanned_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `scanned_by` CHAR(36) NULL,
  `notes` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `location` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `inventory_tracking_asset_id_fkey` FOREIGN KEY (`asset_id`) REFERENCES `assets` (`id`) ON DELETE SET NULL,
  CONSTRAINT `inventory_tracking_gig_id_fkey` FOREIGN KEY (`gig_id`) REFERENCES `gigs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `inventory_tracking_kit_id_fkey` FOREIGN KEY (`kit_id`) REFERENCES `kits` (`id`) ON DELETE SET NULL,
  CONSTRAINT `inventory_tracking_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `inventory_tracking_scanned_by_fkey` FOREIGN KEY (`scanned_by`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitations` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `role` TEXT NOT NULL,
  `invited_by` CHAR(36) NOT NULL,
  `status` VARCHAR(191) NOT NULL DEFAULT 'pending',
  `token` VARCHAR(191) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `accepted_at` DATETIME(6) NULL,
  `accepted_by` CHAR(36) NULL,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `invitations_token_key` (`token`),
  UNIQUE KEY `unique_pending_invitation` (`organization_id`, `email`, `status`),
  KEY `idx_invitations_email` (`email`),
  KEY `idx_invitations_organization` (`organization_id`),
  KEY `idx_invitations_status` (`status`),
  KEY `idx_invitations_token` (`token`),
  CONSTRAINT `invitations_accepted_by_fkey` FOREIGN KEY (`accepted_by`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `invitations_invited_by_fkey` FOREIGN KEY (`invited_by`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `invitations_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kit_assets` (
  `id` CHAR(36) NOT NULL,
  `kit_id` CHAR(36) NOT NULL,
  `asset_id` CHAR(36) NOT NULL,
  `quantity` INT NOT NULL DEFAULT 1,
  `notes` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `kit_assets_kit_id_asset_id_key` (`kit_id`, `asset_id`),
  KEY `idx_kit_assets_asset_id` (`asset_id`),
  KEY `idx_kit_assets_kit_id` (`kit_id`),
  CONSTRAINT `kit_assets_asset_id_fkey` FOREIGN KEY (`asset_id`) REFERENCES `assets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `kit_assets_kit_id_fkey` FOREIGN KEY (`kit_id`) REFERENCES `kits` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kv_store_de012ad4` (
  `key` VARCHAR(191) NOT NULL,
  `value` JSON NOT NULL,
  PRIMARY KEY (`key`),
  KEY `kv_store_de012ad4_key_idx` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_members` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `role` ENUM('Admin','Manager','Staff','Viewer') NOT NULL,
  `default_staff_role_id` CHAR(36) NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_members_organization_id_user_id_key` (`organization_id`, `user_id`),
  KEY `idx_org_members_default_staff_role` (`default_staff_role_id`),
  KEY `idx_org_members_org_id` (`organization_id`),
  KEY `idx_org_members_user_id` (`user_id`),
  CONSTRAINT `organization_members_default_staff_role_id_fkey` FOREIGN KEY (`default_staff_role_id`) REFERENCES `staff_roles` (`id`) ON DELETE SET NULL,
  CONSTRAINT `organization_members_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `organization_members_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_devices` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `credential_id` VARCHAR(191) NOT NULL,
  `public_key` TEXT NOT NULL,
  `device_name` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_used_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_devices_credential_id_key` (`credential_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_google_calendar_settings` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `calendar_id` TEXT NOT NULL,
  `calendar_name` TEXT NULL,
  `access_token` TEXT NOT NULL,
  `refresh_token` TEXT NOT NULL,
  `token_expires_at` DATETIME(6) NOT NULL,
  `is_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `sync_filters` JSON NULL DEFAULT '{}',
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_google_calendar_settings_user_id_key` (`user_id`),
  KEY `idx_user_google_calendar_settings_user_id` (`user_id`),
  CONSTRAINT `user_google_calendar_settings_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- foreign keys that close a cycle, added after both tables exist
ALTER TABLE `purchases` ADD CONSTRAINT `purchases_asset_id_fkey` FOREIGN KEY (`asset_id`) REFERENCES `assets` (`id`) ON DELETE SET NULL;
ALTER TABLE `gig_staff_assignments` ADD CONSTRAINT `gig_staff_assignments_gig_financial_id_fkey` FOREIGN KEY (`gig_financial_id`) REFERENCES `gig_financials` (`id`) ON DELETE SET NULL;
