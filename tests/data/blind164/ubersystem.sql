-- Ubersystem ("uber", MAGFest's convention registration and volunteer management system; Python, SQLModel, PostgreSQL)
-- github.com/magfest/ubersystem, commit 78348f8cae9eb74389616623801399e885e75ff0 (AGPL-3.0)
-- Made by replaying upstream's 241 Alembic migrations (alembic/versions/*.py; the five that import uber.config or
-- uber.utils ran against a stub whose option lists are empty, which only affects data updates) into a scratch
-- PostgreSQL 15 database, then writing 31 of the resulting 107 tables as MySQL DDL: column names, order,
-- nullability, primary, unique and foreign keys as upstream's database has them; uuid -> CHAR(36),
-- jsonb/json -> JSON, timestamptz -> DATETIME, numeric -> DECIMAL, boolean -> TINYINT(1). Server defaults, check
-- constraints, plain indexes and foreign keys to tables left out are dropped.

CREATE TABLE `promo_code_group` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `code` TEXT NOT NULL,
  `buyer_id` CHAR(36),
  `registered` DATETIME NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `promo_code` (
  `id` CHAR(36) NOT NULL,
  `code` TEXT NOT NULL,
  `discount` INT,
  `discount_type` INT NOT NULL,
  `expiration_date` DATETIME NOT NULL,
  `uses_allowed` INT,
  `group_id` CHAR(36),
  `cost` INT,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `admin_notes` TEXT NOT NULL,
  `discount_on` TEXT NOT NULL,
  `department` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_promo_code_group_id_promo_code_group` FOREIGN KEY (`group_id`) REFERENCES `promo_code_group` (`id`)
);

CREATE TABLE `watch_list` (
  `id` CHAR(36) NOT NULL,
  `first_names` TEXT NOT NULL,
  `last_name` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `birthdate` DATE,
  `reason` TEXT NOT NULL,
  `action` TEXT NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `expiration` DATE,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `group` (
  `id` CHAR(36) NOT NULL,
  `public_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `tables` DECIMAL(65,30) NOT NULL,
  `address1` TEXT NOT NULL,
  `website` TEXT NOT NULL,
  `wares` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `special_needs` TEXT NOT NULL,
  `cost` INT NOT NULL,
  `auto_recalc` TINYINT(1) NOT NULL,
  `can_add` TINYINT(1) NOT NULL,
  `admin_notes` TEXT NOT NULL,
  `status` INT NOT NULL,
  `registered` DATETIME NOT NULL,
  `approved` DATETIME,
  `leader_id` CHAR(36),
  `address2` TEXT NOT NULL,
  `city` TEXT NOT NULL,
  `country` TEXT NOT NULL,
  `region` TEXT NOT NULL,
  `zip_code` TEXT NOT NULL,
  `categories` TEXT NOT NULL,
  `categories_text` TEXT NOT NULL,
  `creator_id` CHAR(36),
  `email_address` TEXT NOT NULL,
  `phone` TEXT NOT NULL,
  `convert_badges` TINYINT(1) NOT NULL,
  `is_dealer` TINYINT(1) NOT NULL,
  `shared_with_id` CHAR(36),
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_group_shared_with_id_group` FOREIGN KEY (`shared_with_id`) REFERENCES `group` (`id`)
);

CREATE TABLE `attendee` (
  `id` CHAR(36) NOT NULL,
  `watchlist_id` CHAR(36),
  `group_id` CHAR(36),
  `placeholder` TINYINT(1) NOT NULL,
  `first_name` TEXT NOT NULL,
  `last_name` TEXT NOT NULL,
  `legal_name` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `birthdate` DATE,
  `age_group` INT,
  `international` TINYINT(1) NOT NULL,
  `zip_code` TEXT NOT NULL,
  `address1` TEXT NOT NULL,
  `address2` TEXT NOT NULL,
  `city` TEXT NOT NULL,
  `region` TEXT NOT NULL,
  `country` TEXT NOT NULL,
  `no_cellphone` TINYINT(1) NOT NULL,
  `ec_name` TEXT NOT NULL,
  `ec_phone` TEXT NOT NULL,
  `cellphone` TEXT NOT NULL,
  `interests` TEXT NOT NULL,
  `found_how` TEXT NOT NULL,
  `comments` TEXT NOT NULL,
  `for_review` TEXT NOT NULL,
  `admin_notes` TEXT NOT NULL,
  `public_id` CHAR(36) NOT NULL,
  `badge_type` INT NOT NULL,
  `badge_status` INT NOT NULL,
  `ribbon` TEXT NOT NULL,
  `shirt` INT NOT NULL,
  `can_spam` TINYINT(1) NOT NULL,
  `regdesk_info` TEXT NOT NULL,
  `extra_merch` TEXT NOT NULL,
  `got_merch` TINYINT(1) NOT NULL,
  `reg_station` INT,
  `registered` DATETIME NOT NULL,
  `checked_in` DATETIME,
  `paid` INT NOT NULL,
  `overridden_price` INT,
  `amount_extra` INT NOT NULL,
  `badge_printed_name` TEXT NOT NULL,
  `staffing` TINYINT(1) NOT NULL,
  `nonshift_minutes` INT NOT NULL,
  `past_years` TEXT NOT NULL,
  `can_work_setup` TINYINT(1) NOT NULL,
  `can_work_teardown` TINYINT(1) NOT NULL,
  `hotel_eligible` TINYINT(1) NOT NULL,
  `promo_code_id` CHAR(36),
  `extra_donation` INT NOT NULL,
  `confirmed` DATETIME,
  `hotel_pin` TEXT,
  `attractions_opt_out` TINYINT(1) NOT NULL,
  `notification_pref` INT NOT NULL,
  `got_staff_merch` TINYINT(1) NOT NULL,
  `got_swadge` TINYINT(1) NOT NULL,
  `agreed_to_volunteer_agreement` TINYINT(1) NOT NULL,
  `requested_accessibility_services` TINYINT(1) NOT NULL,
  `num_event_shirts` INT NOT NULL,
  `creator_id` CHAR(36),
  `reviewed_emergency_procedures` TINYINT(1) NOT NULL,
  `name_in_credits` TEXT,
  `walk_on_volunteer` TINYINT(1) NOT NULL,
  `staff_shirt` INT NOT NULL,
  `no_onsite_contact` TINYINT(1) NOT NULL,
  `onsite_contact` TEXT NOT NULL,
  `current_attendee_id` CHAR(36),
  `badge_cost` INT,
  `can_transfer` TINYINT(1) NOT NULL,
  `default_cost` INT,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `shirt_opt_out` INT NOT NULL,
  `badge_pickup_group_id` CHAR(36),
  `transfer_code` TEXT NOT NULL,
  `reviewed_cash_handling` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_attendee_hotel_pin` (`hotel_pin`),
  CONSTRAINT `fk_attendee_promo_code_id_promo_code` FOREIGN KEY (`promo_code_id`) REFERENCES `promo_code` (`id`),
  CONSTRAINT `fk_attendee_current_attendee_id_attendee` FOREIGN KEY (`current_attendee_id`) REFERENCES `attendee` (`id`),
  CONSTRAINT `fk_attendee_watchlist_id_watch_list` FOREIGN KEY (`watchlist_id`) REFERENCES `watch_list` (`id`),
  CONSTRAINT `fk_attendee_group_id_group` FOREIGN KEY (`group_id`) REFERENCES `group` (`id`),
  CONSTRAINT `fk_attendee_creator_id_attendee` FOREIGN KEY (`creator_id`) REFERENCES `attendee` (`id`)
);

CREATE TABLE `attendee_account` (
  `id` CHAR(36) NOT NULL,
  `email` TEXT NOT NULL,
  `hashed` TEXT NOT NULL,
  `imported` TINYINT(1) NOT NULL,
  `public_id` CHAR(36),
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `unused_years` INT NOT NULL,
  `sso_id` TEXT NOT NULL,
  `last_signed_in` DATETIME,
  `owner_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_attendee_account_owner_id_attendee` FOREIGN KEY (`owner_id`) REFERENCES `attendee` (`id`)
);

CREATE TABLE `attendee_attendee_account` (
  `attendee_id` CHAR(36) NOT NULL,
  `attendee_account_id` CHAR(36) NOT NULL,
  UNIQUE KEY `uq_attendee_attendee_account_attendee_id` (`attendee_id`, `attendee_account_id`),
  CONSTRAINT `fk_attendee_attendee_account_attendee_account_id_attend_f7b0` FOREIGN KEY (`attendee_account_id`) REFERENCES `attendee_account` (`id`),
  CONSTRAINT `fk_attendee_attendee_account_attendee_id_attendee` FOREIGN KEY (`attendee_id`) REFERENCES `attendee` (`id`)
);

CREATE TABLE `badge_info` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `attendee_id` CHAR(36),
  `active` TINYINT(1) NOT NULL,
  `picked_up` DATETIME,
  `reported_lost` DATETIME,
  `ident` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_badge_info_attendee_id_attendee` FOREIGN KEY (`attendee_id`) REFERENCES `attendee` (`id`)
);

CREATE TABLE `model_receipt` (
  `id` CHAR(36) NOT NULL,
  `invoice_num` INT NOT NULL,
  `owner_id` CHAR(36) NOT NULL,
  `owner_model` TEXT NOT NULL,
  `closed` DATETIME,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `receipt_transaction` (
  `id` CHAR(36) NOT NULL,
  `receipt_id` CHAR(36) NOT NULL,
  `intent_id` TEXT NOT NULL,
  `charge_id` TEXT NOT NULL,
  `refund_id` TEXT NOT NULL,
  `method` INT NOT NULL,
  `amount` INT NOT NULL,
  `refunded` INT NOT NULL,
  `added` DATETIME NOT NULL,
  `cancelled` DATETIME,
  `who` TEXT NOT NULL,
  `desc` TEXT NOT NULL,
  `txn_total` INT NOT NULL,
  `processing_fee` INT NOT NULL,
  `receipt_info_id` CHAR(36),
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `department` INT NOT NULL,
  `refunded_txn_id` CHAR(36),
  `on_hold` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_receipt_transaction_refunded_txn_id_receipt_transaction` FOREIGN KEY (`refunded_txn_id`) REFERENCES `receipt_transaction` (`id`),
  CONSTRAINT `fk_receipt_transaction_receipt_id_model_receipt` FOREIGN KEY (`receipt_id`) REFERENCES `model_receipt` (`id`)
);

CREATE TABLE `receipt_item` (
  `id` CHAR(36) NOT NULL,
  `receipt_id` CHAR(36) NOT NULL,
  `amount` INT NOT NULL,
  `count` INT NOT NULL,
  `added` DATETIME NOT NULL,
  `closed` DATETIME,
  `who` TEXT NOT NULL,
  `desc` TEXT NOT NULL,
  `revert_change` JSON NOT NULL,
  `txn_id` CHAR(36),
  `comped` TINYINT(1) NOT NULL,
  `reverted` TINYINT(1) NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `department` INT NOT NULL,
  `category` INT NOT NULL,
  `fk_id` CHAR(36),
  `fk_model` TEXT NOT NULL,
  `admin_notes` TEXT NOT NULL,
  `purchaser_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_receipt_item_receipt_id_model_receipt` FOREIGN KEY (`receipt_id`) REFERENCES `model_receipt` (`id`),
  CONSTRAINT `fk_receipt_item_txn_id_receipt_transaction` FOREIGN KEY (`txn_id`) REFERENCES `receipt_transaction` (`id`)
);

CREATE TABLE `food_restrictions` (
  `id` CHAR(36) NOT NULL,
  `attendee_id` CHAR(36) NOT NULL,
  `standard` TEXT NOT NULL,
  `sandwich_pref` TEXT NOT NULL,
  `freeform` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_food_restrictions_attendee_id` (`attendee_id`),
  CONSTRAINT `fk_food_restrictions_attendee_id_attendee` FOREIGN KEY (`attendee_id`) REFERENCES `attendee` (`id`)
);

CREATE TABLE `hotel_requests` (
  `id` CHAR(36) NOT NULL,
  `attendee_id` CHAR(36) NOT NULL,
  `nights` TEXT NOT NULL,
  `wanted_roommates` TEXT NOT NULL,
  `unwanted_roommates` TEXT NOT NULL,
  `special_needs` TEXT NOT NULL,
  `approved` TINYINT(1) NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_hotel_requests_attendee_id` (`attendee_id`),
  CONSTRAINT `fk_hotel_requests_attendee_id_attendee` FOREIGN KEY (`attendee_id`) REFERENCES `attendee` (`id`)
);

CREATE TABLE `room` (
  `id` CHAR(36) NOT NULL,
  `notes` TEXT NOT NULL,
  `message` TEXT NOT NULL,
  `locked_in` TINYINT(1) NOT NULL,
  `nights` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `room_assignment` (
  `id` CHAR(36) NOT NULL,
  `room_id` CHAR(36) NOT NULL,
  `attendee_id` CHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_room_assignment_room_id_room` FOREIGN KEY (`room_id`) REFERENCES `room` (`id`),
  CONSTRAINT `fk_room_assignment_attendee_id_attendee` FOREIGN KEY (`attendee_id`) REFERENCES `attendee` (`id`)
);

CREATE TABLE `department` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `solicits_volunteers` TINYINT(1) NOT NULL,
  `parent_id` CHAR(36),
  `max_consecutive_minutes` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `from_email` TEXT NOT NULL,
  `manages_panels` TINYINT(1) NOT NULL,
  `panels_desc` TEXT NOT NULL,
  `handles_cash` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `department_name_key` (`name`),
  CONSTRAINT `fk_department_parent_id_department` FOREIGN KEY (`parent_id`) REFERENCES `department` (`id`)
);

CREATE TABLE `job` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `start_time` DATETIME NOT NULL,
  `duration` INT NOT NULL,
  `weight` DOUBLE NOT NULL,
  `slots` INT NOT NULL,
  `extra15` TINYINT(1) NOT NULL,
  `department_id` CHAR(36) NOT NULL,
  `visibility` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `job_template_id` CHAR(36),
  `all_roles_required` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_job_department_id_department` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`)
);

CREATE TABLE `shift` (
  `id` CHAR(36) NOT NULL,
  `job_id` CHAR(36) NOT NULL,
  `attendee_id` CHAR(36) NOT NULL,
  `worked` INT NOT NULL,
  `rating` INT NOT NULL,
  `comment` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_shift_attendee_id_attendee` FOREIGN KEY (`attendee_id`) REFERENCES `attendee` (`id`),
  CONSTRAINT `fk_shift_job_id_job` FOREIGN KEY (`job_id`) REFERENCES `job` (`id`)
);

CREATE TABLE `dept_membership` (
  `id` CHAR(36) NOT NULL,
  `is_dept_head` TINYINT(1) NOT NULL,
  `is_poc` TINYINT(1) NOT NULL,
  `is_checklist_admin` TINYINT(1) NOT NULL,
  `attendee_id` CHAR(36) NOT NULL,
  `department_id` CHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_dept_membership_attendee_id` (`attendee_id`, `department_id`),
  CONSTRAINT `fk_dept_membership_department_id_department` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`),
  CONSTRAINT `fk_dept_membership_attendee_id_attendee` FOREIGN KEY (`attendee_id`) REFERENCES `attendee` (`id`)
);

CREATE TABLE `admin_account` (
  `id` CHAR(36) NOT NULL,
  `attendee_id` CHAR(36) NOT NULL,
  `hashed` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `sso_id` TEXT NOT NULL,
  `last_signed_in` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_admin_account_attendee_id` (`attendee_id`),
  CONSTRAINT `fk_admin_account_attendee_id_attendee` FOREIGN KEY (`attendee_id`) REFERENCES `attendee` (`id`)
);

CREATE TABLE `access_group` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `access` JSON NOT NULL,
  `read_only_access` JSON NOT NULL,
  `start_time` DATETIME,
  `end_time` DATETIME,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `admin_access_group` (
  `admin_account_id` CHAR(36) NOT NULL,
  `access_group_id` CHAR(36) NOT NULL,
  UNIQUE KEY `uq_admin_access_group_admin_account_id` (`admin_account_id`, `access_group_id`),
  CONSTRAINT `fk_admin_access_group_access_group_id_access_group` FOREIGN KEY (`access_group_id`) REFERENCES `access_group` (`id`),
  CONSTRAINT `fk_admin_access_group_admin_account_id_admin_account` FOREIGN KEY (`admin_account_id`) REFERENCES `admin_account` (`id`)
);

CREATE TABLE `password_reset` (
  `id` CHAR(36) NOT NULL,
  `generated` DATETIME NOT NULL,
  `hashed` TEXT NOT NULL,
  `admin_id` CHAR(36),
  `attendee_id` CHAR(36),
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `token` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_password_reset_admin_id` (`admin_id`),
  UNIQUE KEY `uq_password_reset_attendee_id` (`attendee_id`),
  CONSTRAINT `fk_password_reset_admin_id_admin_account` FOREIGN KEY (`admin_id`) REFERENCES `admin_account` (`id`),
  CONSTRAINT `fk_password_reset_attendee_id_attendee_account` FOREIGN KEY (`attendee_id`) REFERENCES `attendee_account` (`id`)
);

CREATE TABLE `email` (
  `id` CHAR(36) NOT NULL,
  `fk_id` CHAR(36),
  `ident` TEXT NOT NULL,
  `model` TEXT NOT NULL,
  `subject` TEXT NOT NULL,
  `to` TEXT NOT NULL,
  `body` TEXT NOT NULL,
  `bcc` TEXT NOT NULL,
  `cc` TEXT NOT NULL,
  `automated_email_id` CHAR(36),
  `sender` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `replyto` TEXT NOT NULL,
  `render_data` JSON NOT NULL,
  `status` INT NOT NULL,
  `generated` DATETIME NOT NULL,
  `sent` DATETIME,
  `error` TEXT NOT NULL,
  `shared_ident` TEXT NOT NULL,
  `send_after` DATETIME,
  `status_text` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tracking` (
  `id` CHAR(36) NOT NULL,
  `fk_id` CHAR(36) NOT NULL,
  `model` TEXT NOT NULL,
  `when` DATETIME NOT NULL,
  `who` TEXT NOT NULL,
  `page` TEXT NOT NULL,
  `which` TEXT NOT NULL,
  `links` TEXT NOT NULL,
  `action` INT NOT NULL,
  `data` TEXT NOT NULL,
  `snapshot` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `supervisor` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `escalation_ticket` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `ticket_id` INT NOT NULL AUTO_INCREMENT,
  `description` TEXT NOT NULL,
  `admin_notes` TEXT NOT NULL,
  `resolved` DATETIME,
  `who` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_escalation_ticket_ticket_id` (`ticket_id`)
);

CREATE TABLE `attendee_escalation_ticket` (
  `attendee_id` CHAR(36) NOT NULL,
  `escalation_ticket_id` CHAR(36) NOT NULL,
  UNIQUE KEY `uq_attendee_escalation_ticket_attendee_id` (`attendee_id`, `escalation_ticket_id`),
  CONSTRAINT `fk_attendee_escalation_ticket_attendee_id_attendee` FOREIGN KEY (`attendee_id`) REFERENCES `attendee` (`id`),
  CONSTRAINT `fk_attendee_escalation_ticket_escalation_ticket_id_esca_c882` FOREIGN KEY (`escalation_ticket_id`) REFERENCES `escalation_ticket` (`id`)
);

CREATE TABLE `event_location` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `department_id` CHAR(36),
  `name` TEXT NOT NULL,
  `room` TEXT NOT NULL,
  `tracks` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_event_location_department_id_department` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`)
);

CREATE TABLE `event` (
  `id` CHAR(36) NOT NULL,
  `start_time` DATETIME NOT NULL,
  `duration` INT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  `public_description` TEXT NOT NULL,
  `event_location_id` CHAR(36),
  `department_id` CHAR(36),
  `tracks` TEXT NOT NULL,
  `attraction_event_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_event_attraction_event_id` (`attraction_event_id`),
  CONSTRAINT `fk_event_department_id_department` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`),
  CONSTRAINT `fk_event_event_location_id_event_location` FOREIGN KEY (`event_location_id`) REFERENCES `event_location` (`id`)
);

CREATE TABLE `signed_document` (
  `id` CHAR(36) NOT NULL,
  `fk_id` CHAR(36) NOT NULL,
  `model` TEXT NOT NULL,
  `document_id` TEXT NOT NULL,
  `link` TEXT NOT NULL,
  `ident` TEXT NOT NULL,
  `signed` DATETIME,
  `declined` DATETIME,
  `last_emailed` DATETIME,
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `merch_pickup` (
  `id` CHAR(36) NOT NULL,
  `picked_up_by_id` CHAR(36),
  `picked_up_for_id` CHAR(36),
  `created` DATETIME NOT NULL,
  `last_updated` DATETIME NOT NULL,
  `external_id` JSON NOT NULL,
  `last_synced` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_merch_pickup_picked_up_for_id` (`picked_up_for_id`),
  CONSTRAINT `fk_merch_pickup_picked_up_by_id_attendee` FOREIGN KEY (`picked_up_by_id`) REFERENCES `attendee` (`id`),
  CONSTRAINT `fk_merch_pickup_picked_up_for_id_attendee` FOREIGN KEY (`picked_up_for_id`) REFERENCES `attendee` (`id`)
);

ALTER TABLE `promo_code_group` ADD CONSTRAINT `fk_promo_code_group_buyer_id_attendee` FOREIGN KEY (`buyer_id`) REFERENCES `attendee` (`id`);
ALTER TABLE `group` ADD CONSTRAINT `fk_group_creator_id_attendee` FOREIGN KEY (`creator_id`) REFERENCES `attendee` (`id`);
ALTER TABLE `group` ADD CONSTRAINT `fk_group_leader_id_attendee` FOREIGN KEY (`leader_id`) REFERENCES `attendee` (`id`);
