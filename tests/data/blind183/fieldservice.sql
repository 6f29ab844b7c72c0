-- OCA Field Service (Odoo Community Association's field-service management for Odoo 17: service locations,
-- field workers, teams, orders, equipment, territories, recurring orders, routes and day routes, vehicles,
-- order activities), github.com/OCA/field-service branch 17.0, commit 0f9586adfc3f6fc7affac51d933af2c9b56a5d3e
-- (AGPL-3.0). Modules: fieldservice 17.0.1.3.0, base_territory, fieldservice_activity, fieldservice_recurring,
-- fieldservice_route, fieldservice_vehicle.
-- Odoo creates its tables from the Python models; the stored fields of `*/models/*.py` were read field by field
-- and written as MySQL DDL: Char/Selection -> varchar(255), Text/Html -> text, Integer -> int, Float -> double
-- (numeric with digits -> decimal), Boolean -> tinyint(1), Date -> date, Datetime -> datetime, Many2one -> int;
-- computed/related fields only when store=True; One2many and non-stored fields have no column; required=True ->
-- NOT NULL. Every table has Odoo's `id` first and the log columns create_uid, create_date, write_uid, write_date
-- last; columns a later module adds to an existing model (fsm_order.fsm_recurring_id, dayroute_id, vehicle_id,
-- fsm_location.fsm_route_id, fsm_person.vehicle_id, res_territory.person_id) follow the model's own columns, as an
-- install of that module appends them. `fsm.person` and `fsm.location` delegate to res.partner (`_inherits`), so
-- their names, addresses, phones and e-mails are the res_partner row of `partner_id`; fsm.person also carries the
-- stored columns of mail.thread.blacklist (email_normalized, message_bounce). Many2many fields are relation tables
-- with Odoo's naming (`<a>_<b>_rel`, or the relation/column1/column2 given) and a primary key on both columns.
-- Many2one foreign keys between the tables kept are trailing ALTER TABLE statements (Odoo adds them after creating
-- the tables; they form cycles), named `<table>_<column>_fkey`, ON DELETE as Odoo derives it (set null; restrict
-- when required or when the model says so; cascade on relation tables).
-- res_partner and res_users, which fieldservice extends, carry a subset of their Odoo 17 columns (base, mail's
-- email_normalized/message_bounce, base_geolocalize's date_localization) followed by fieldservice's own columns.
-- Left out: res.company and res.config.settings extensions (settings), res.country's territory links, resource
-- calendars, the other modules of the repository (account, sale, stock, CRM, project, repair, size, geoengine,
-- calendar, ISP flow, stage validation / server actions) and the rest of Odoo's tables.

CREATE TABLE `res_partner` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `complete_name` varchar(255),
  `title` int,
  `parent_id` int,
  `ref` varchar(255),
  `lang` varchar(255),
  `tz` varchar(255),
  `user_id` int,
  `vat` varchar(255),
  `website` varchar(255),
  `comment` text,
  `active` tinyint(1),
  `employee` tinyint(1),
  `function` varchar(255),
  `type` varchar(255),
  `street` varchar(255),
  `street2` varchar(255),
  `zip` varchar(255),
  `city` varchar(255),
  `state_id` int,
  `country_id` int,
  `partner_latitude` decimal(10,7),
  `partner_longitude` decimal(10,7),
  `email` varchar(255),
  `phone` varchar(255),
  `mobile` varchar(255),
  `is_company` tinyint(1),
  `industry_id` int,
  `company_id` int,
  `color` int,
  `partner_share` tinyint(1),
  `commercial_partner_id` int,
  `commercial_company_name` varchar(255),
  `company_name` varchar(255),
  `email_normalized` varchar(255),
  `message_bounce` int,
  `date_localization` date,
  `fsm_location` tinyint(1),
  `fsm_person` tinyint(1),
  `service_location_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `res_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `login` varchar(255) NOT NULL,
  `password` varchar(255),
  `partner_id` int NOT NULL,
  `company_id` int NOT NULL,
  `signature` text,
  `share` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `res_users_login_key` (`login`)
);

CREATE TABLE `res_region` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `partner_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `res_district` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `region_id` int,
  `partner_id` int,
  `description` varchar(255),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `res_branch` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `partner_id` int,
  `district_id` int,
  `description` varchar(255),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `res_territory` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `branch_id` int,
  `description` varchar(255),
  `type` varchar(255),
  `zip_codes` varchar(255),
  `person_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_stage` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `name` varchar(255) NOT NULL,
  `sequence` int,
  `legend_priority` text,
  `fold` tinyint(1),
  `is_closed` tinyint(1),
  `is_default` tinyint(1),
  `custom_color` varchar(255),
  `description` text,
  `stage_type` varchar(255) NOT NULL,
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_team` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `color` int,
  `sequence` int,
  `company_id` int NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fsm_team_name_uniq` (`name`)
);

CREATE TABLE `order_team_stage_rel` (
  `stage_id` int NOT NULL,
  `team_id` int NOT NULL,
  PRIMARY KEY (`stage_id`, `team_id`)
);

CREATE TABLE `fsm_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `parent_id` int,
  `color` int,
  `description` varchar(255),
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fsm_category_name_uniq` (`name`)
);

CREATE TABLE `fsm_tag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `parent_id` int,
  `color` int,
  `company_id` int NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fsm_tag_name_uniq` (`name`)
);

CREATE TABLE `fsm_order_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `internal_type` varchar(255),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_template` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `instructions` text,
  `duration` double,
  `company_id` int,
  `type_id` int,
  `team_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_category_fsm_template_rel` (
  `fsm_template_id` int NOT NULL,
  `fsm_category_id` int NOT NULL,
  PRIMARY KEY (`fsm_template_id`, `fsm_category_id`)
);

CREATE TABLE `fsm_person` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email_normalized` varchar(255),
  `message_bounce` int,
  `stage_id` int,
  `hide` tinyint(1),
  `partner_id` int NOT NULL,
  `calendar_id` int,
  `mobile` varchar(255),
  `active` tinyint(1),
  `vehicle_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_category_fsm_person_rel` (
  `fsm_person_id` int NOT NULL,
  `fsm_category_id` int NOT NULL,
  PRIMARY KEY (`fsm_person_id`, `fsm_category_id`)
);

CREATE TABLE `fsm_person_res_territory_rel` (
  `res_territory_id` int NOT NULL,
  `fsm_person_id` int NOT NULL,
  PRIMARY KEY (`res_territory_id`, `fsm_person_id`)
);

CREATE TABLE `fsm_location` (
  `id` int NOT NULL AUTO_INCREMENT,
  `stage_id` int,
  `hide` tinyint(1),
  `direction` varchar(255),
  `partner_id` int NOT NULL,
  `owner_id` int NOT NULL,
  `contact_id` int,
  `description` varchar(255),
  `territory_id` int,
  `branch_id` int,
  `district_id` int,
  `region_id` int,
  `calendar_id` int,
  `fsm_parent_id` int,
  `notes` text,
  `complete_name` varchar(255),
  `fsm_route_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_location_person` (
  `id` int NOT NULL AUTO_INCREMENT,
  `location_id` int NOT NULL,
  `person_id` int NOT NULL,
  `sequence` int NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fsm_location_person_location_person_uniq` (`location_id`, `person_id`)
);

CREATE TABLE `fsm_equipment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `stage_id` int,
  `hide` tinyint(1),
  `name` varchar(255) NOT NULL,
  `person_id` int,
  `location_id` int,
  `notes` text,
  `territory_id` int,
  `branch_id` int,
  `district_id` int,
  `region_id` int,
  `current_location_id` int,
  `managed_by_id` int,
  `owned_by_id` int,
  `parent_id` int,
  `color` int,
  `company_id` int NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fsm_equipment_name_uniq` (`name`)
);

CREATE TABLE `fsm_frequency` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1),
  `interval` int NOT NULL,
  `interval_type` varchar(255) NOT NULL,
  `is_exclusive` tinyint(1),
  `company_id` int,
  `use_bymonthday` tinyint(1),
  `month_day` int,
  `use_byweekday` tinyint(1),
  `mo` tinyint(1),
  `tu` tinyint(1),
  `we` tinyint(1),
  `th` tinyint(1),
  `fr` tinyint(1),
  `sa` tinyint(1),
  `su` tinyint(1),
  `use_bymonth` tinyint(1),
  `jan` tinyint(1),
  `feb` tinyint(1),
  `mar` tinyint(1),
  `apr` tinyint(1),
  `may` tinyint(1),
  `jun` tinyint(1),
  `jul` tinyint(1),
  `aug` tinyint(1),
  `sep` tinyint(1),
  `oct` tinyint(1),
  `nov` tinyint(1),
  `dec` tinyint(1),
  `use_setpos` tinyint(1),
  `set_pos` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_frequency_set` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1),
  `schedule_days` int,
  `buffer_early` int,
  `buffer_late` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_frequency_fsm_frequency_set_rel` (
  `fsm_frequency_set_id` int NOT NULL,
  `fsm_frequency_id` int NOT NULL,
  PRIMARY KEY (`fsm_frequency_set_id`, `fsm_frequency_id`)
);

CREATE TABLE `fsm_recurring_template` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1),
  `description` text,
  `fsm_frequency_set_id` int,
  `max_orders` int,
  `fsm_order_template_id` int,
  `company_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_recurring` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `state` varchar(255),
  `fsm_recurring_template_id` int,
  `location_id` int NOT NULL,
  `description` text,
  `fsm_frequency_set_id` int,
  `scheduled_duration` double,
  `start_date` datetime,
  `end_date` datetime,
  `max_orders` int,
  `fsm_order_template_id` int,
  `company_id` int,
  `team_id` int NOT NULL,
  `person_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_equipment_fsm_recurring_rel` (
  `fsm_recurring_id` int NOT NULL,
  `fsm_equipment_id` int NOT NULL,
  PRIMARY KEY (`fsm_recurring_id`, `fsm_equipment_id`)
);

CREATE TABLE `fsm_route` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `fsm_person_id` int,
  `max_order` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_route_day` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_route_fsm_route_day_rel` (
  `fsm_route_id` int NOT NULL,
  `fsm_route_day_id` int NOT NULL,
  PRIMARY KEY (`fsm_route_id`, `fsm_route_day_id`)
);

CREATE TABLE `fsm_route_dayroute` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `person_id` int,
  `route_id` int,
  `date` date NOT NULL,
  `team_id` int,
  `stage_id` int,
  `longitude` double,
  `latitude` double,
  `last_location_id` int,
  `date_start_planned` datetime,
  `start_location_id` int,
  `end_location_id` int,
  `work_time` double,
  `max_allow_time` double,
  `order_count` int,
  `order_remaining` int,
  `max_order` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_vehicle` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `person_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fsm_vehicle_name_uniq` (`name`)
);

CREATE TABLE `fsm_order` (
  `id` int NOT NULL AUTO_INCREMENT,
  `stage_id` int,
  `priority` varchar(255),
  `team_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `location_id` int NOT NULL,
  `location_directions` varchar(255),
  `request_early` datetime,
  `color` int,
  `company_id` int NOT NULL,
  `request_late` datetime,
  `description` text,
  `person_id` int,
  `scheduled_date_start` datetime,
  `scheduled_duration` double,
  `scheduled_date_end` datetime,
  `sequence` int,
  `todo` text,
  `resolution` text,
  `date_start` datetime,
  `date_end` datetime,
  `current_date` datetime,
  `territory_id` int,
  `branch_id` int,
  `district_id` int,
  `region_id` int,
  `template_id` int,
  `equipment_id` int,
  `type` int,
  `is_button` tinyint(1),
  `fsm_recurring_id` int,
  `dayroute_id` int,
  `vehicle_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fsm_order_tag_rel` (
  `fsm_order_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`fsm_order_id`, `tag_id`)
);

CREATE TABLE `fsm_order_fsm_person_rel` (
  `fsm_order_id` int NOT NULL,
  `fsm_person_id` int NOT NULL,
  PRIMARY KEY (`fsm_order_id`, `fsm_person_id`)
);

CREATE TABLE `fsm_category_fsm_order_rel` (
  `fsm_order_id` int NOT NULL,
  `fsm_category_id` int NOT NULL,
  PRIMARY KEY (`fsm_order_id`, `fsm_category_id`)
);

CREATE TABLE `fsm_equipment_fsm_order_rel` (
  `fsm_order_id` int NOT NULL,
  `fsm_equipment_id` int NOT NULL,
  PRIMARY KEY (`fsm_order_id`, `fsm_equipment_id`)
);

CREATE TABLE `fsm_person_calendar_filter` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `person_id` int NOT NULL,
  `active` tinyint(1),
  `person_checked` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fsm_person_calendar_filter_user_id_fsm_person_id_unique` (`user_id`, `person_id`)
);

CREATE TABLE `fsm_activity` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `required` tinyint(1),
  `sequence` int,
  `completed` tinyint(1),
  `completed_on` datetime,
  `completed_by` int,
  `ref` varchar(255),
  `fsm_order_id` int,
  `fsm_template_id` int,
  `state` varchar(255),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

ALTER TABLE `res_partner` ADD CONSTRAINT `res_partner_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_partner` ADD CONSTRAINT `res_partner_commercial_partner_id_fkey` FOREIGN KEY (`commercial_partner_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_users` ADD CONSTRAINT `res_users_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `res_partner` ADD CONSTRAINT `res_partner_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_region` ADD CONSTRAINT `res_region_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_district` ADD CONSTRAINT `res_district_region_id_fkey` FOREIGN KEY (`region_id`) REFERENCES `res_region` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_district` ADD CONSTRAINT `res_district_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_branch` ADD CONSTRAINT `res_branch_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_branch` ADD CONSTRAINT `res_branch_district_id_fkey` FOREIGN KEY (`district_id`) REFERENCES `res_district` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_territory` ADD CONSTRAINT `res_territory_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `res_branch` (`id`) ON DELETE SET NULL;
ALTER TABLE `order_team_stage_rel` ADD CONSTRAINT `order_team_stage_rel_stage_id_fkey` FOREIGN KEY (`stage_id`) REFERENCES `fsm_stage` (`id`) ON DELETE CASCADE;
ALTER TABLE `order_team_stage_rel` ADD CONSTRAINT `order_team_stage_rel_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `fsm_team` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_category` ADD CONSTRAINT `fsm_category_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `fsm_category` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_tag` ADD CONSTRAINT `fsm_tag_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `fsm_tag` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_template` ADD CONSTRAINT `fsm_template_type_id_fkey` FOREIGN KEY (`type_id`) REFERENCES `fsm_order_type` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_template` ADD CONSTRAINT `fsm_template_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `fsm_team` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_category_fsm_template_rel` ADD CONSTRAINT `fsm_category_fsm_template_rel_fsm_template_id_fkey` FOREIGN KEY (`fsm_template_id`) REFERENCES `fsm_template` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_category_fsm_template_rel` ADD CONSTRAINT `fsm_category_fsm_template_rel_fsm_category_id_fkey` FOREIGN KEY (`fsm_category_id`) REFERENCES `fsm_category` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_person` ADD CONSTRAINT `fsm_person_stage_id_fkey` FOREIGN KEY (`stage_id`) REFERENCES `fsm_stage` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_person` ADD CONSTRAINT `fsm_person_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `res_territory` ADD CONSTRAINT `res_territory_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `fsm_person` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_category_fsm_person_rel` ADD CONSTRAINT `fsm_category_fsm_person_rel_fsm_person_id_fkey` FOREIGN KEY (`fsm_person_id`) REFERENCES `fsm_person` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_category_fsm_person_rel` ADD CONSTRAINT `fsm_category_fsm_person_rel_fsm_category_id_fkey` FOREIGN KEY (`fsm_category_id`) REFERENCES `fsm_category` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_person_res_territory_rel` ADD CONSTRAINT `fsm_person_res_territory_rel_res_territory_id_fkey` FOREIGN KEY (`res_territory_id`) REFERENCES `res_territory` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_person_res_territory_rel` ADD CONSTRAINT `fsm_person_res_territory_rel_fsm_person_id_fkey` FOREIGN KEY (`fsm_person_id`) REFERENCES `fsm_person` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_location` ADD CONSTRAINT `fsm_location_stage_id_fkey` FOREIGN KEY (`stage_id`) REFERENCES `fsm_stage` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_location` ADD CONSTRAINT `fsm_location_partner_id_fkey` FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `fsm_location` ADD CONSTRAINT `fsm_location_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `res_partner` (`id`) ON DELETE RESTRICT;
ALTER TABLE `fsm_location` ADD CONSTRAINT `fsm_location_contact_id_fkey` FOREIGN KEY (`contact_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_location` ADD CONSTRAINT `fsm_location_territory_id_fkey` FOREIGN KEY (`territory_id`) REFERENCES `res_territory` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_location` ADD CONSTRAINT `fsm_location_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `res_branch` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_location` ADD CONSTRAINT `fsm_location_district_id_fkey` FOREIGN KEY (`district_id`) REFERENCES `res_district` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_location` ADD CONSTRAINT `fsm_location_region_id_fkey` FOREIGN KEY (`region_id`) REFERENCES `res_region` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_location` ADD CONSTRAINT `fsm_location_fsm_parent_id_fkey` FOREIGN KEY (`fsm_parent_id`) REFERENCES `fsm_location` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_partner` ADD CONSTRAINT `res_partner_service_location_id_fkey` FOREIGN KEY (`service_location_id`) REFERENCES `fsm_location` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_location_person` ADD CONSTRAINT `fsm_location_person_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `fsm_location` (`id`) ON DELETE RESTRICT;
ALTER TABLE `fsm_location_person` ADD CONSTRAINT `fsm_location_person_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `fsm_person` (`id`) ON DELETE RESTRICT;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_stage_id_fkey` FOREIGN KEY (`stage_id`) REFERENCES `fsm_stage` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `fsm_person` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `fsm_location` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_territory_id_fkey` FOREIGN KEY (`territory_id`) REFERENCES `res_territory` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `res_branch` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_district_id_fkey` FOREIGN KEY (`district_id`) REFERENCES `res_district` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_region_id_fkey` FOREIGN KEY (`region_id`) REFERENCES `res_region` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_current_location_id_fkey` FOREIGN KEY (`current_location_id`) REFERENCES `fsm_location` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_managed_by_id_fkey` FOREIGN KEY (`managed_by_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_owned_by_id_fkey` FOREIGN KEY (`owned_by_id`) REFERENCES `res_partner` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `fsm_equipment` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_frequency_fsm_frequency_set_rel` ADD CONSTRAINT `fsm_frequency_fsm_frequency_set_rel_fsm_frequency_set_id_fkey` FOREIGN KEY (`fsm_frequency_set_id`) REFERENCES `fsm_frequency_set` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_frequency_fsm_frequency_set_rel` ADD CONSTRAINT `fsm_frequency_fsm_frequency_set_rel_fsm_frequency_id_fkey` FOREIGN KEY (`fsm_frequency_id`) REFERENCES `fsm_frequency` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_recurring_template` ADD CONSTRAINT `fsm_recurring_template_fsm_frequency_set_id_fkey` FOREIGN KEY (`fsm_frequency_set_id`) REFERENCES `fsm_frequency_set` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_recurring_template` ADD CONSTRAINT `fsm_recurring_template_fsm_order_template_id_fkey` FOREIGN KEY (`fsm_order_template_id`) REFERENCES `fsm_template` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_recurring` ADD CONSTRAINT `fsm_recurring_fsm_recurring_template_id_fkey` FOREIGN KEY (`fsm_recurring_template_id`) REFERENCES `fsm_recurring_template` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_recurring` ADD CONSTRAINT `fsm_recurring_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `fsm_location` (`id`) ON DELETE RESTRICT;
ALTER TABLE `fsm_recurring` ADD CONSTRAINT `fsm_recurring_fsm_frequency_set_id_fkey` FOREIGN KEY (`fsm_frequency_set_id`) REFERENCES `fsm_frequency_set` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_recurring` ADD CONSTRAINT `fsm_recurring_fsm_order_template_id_fkey` FOREIGN KEY (`fsm_order_template_id`) REFERENCES `fsm_template` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_recurring` ADD CONSTRAINT `fsm_recurring_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `fsm_team` (`id`) ON DELETE RESTRICT;
ALTER TABLE `fsm_recurring` ADD CONSTRAINT `fsm_recurring_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `fsm_person` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment_fsm_recurring_rel` ADD CONSTRAINT `fsm_equipment_fsm_recurring_rel_fsm_recurring_id_fkey` FOREIGN KEY (`fsm_recurring_id`) REFERENCES `fsm_recurring` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_equipment_fsm_recurring_rel` ADD CONSTRAINT `fsm_equipment_fsm_recurring_rel_fsm_equipment_id_fkey` FOREIGN KEY (`fsm_equipment_id`) REFERENCES `fsm_equipment` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_route` ADD CONSTRAINT `fsm_route_fsm_person_id_fkey` FOREIGN KEY (`fsm_person_id`) REFERENCES `fsm_person` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_location` ADD CONSTRAINT `fsm_location_fsm_route_id_fkey` FOREIGN KEY (`fsm_route_id`) REFERENCES `fsm_route` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route_fsm_route_day_rel` ADD CONSTRAINT `fsm_route_fsm_route_day_rel_fsm_route_id_fkey` FOREIGN KEY (`fsm_route_id`) REFERENCES `fsm_route` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_route_fsm_route_day_rel` ADD CONSTRAINT `fsm_route_fsm_route_day_rel_fsm_route_day_id_fkey` FOREIGN KEY (`fsm_route_day_id`) REFERENCES `fsm_route_day` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_route_dayroute` ADD CONSTRAINT `fsm_route_dayroute_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `fsm_person` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route_dayroute` ADD CONSTRAINT `fsm_route_dayroute_route_id_fkey` FOREIGN KEY (`route_id`) REFERENCES `fsm_route` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route_dayroute` ADD CONSTRAINT `fsm_route_dayroute_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `fsm_team` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route_dayroute` ADD CONSTRAINT `fsm_route_dayroute_stage_id_fkey` FOREIGN KEY (`stage_id`) REFERENCES `fsm_stage` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route_dayroute` ADD CONSTRAINT `fsm_route_dayroute_last_location_id_fkey` FOREIGN KEY (`last_location_id`) REFERENCES `fsm_location` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route_dayroute` ADD CONSTRAINT `fsm_route_dayroute_start_location_id_fkey` FOREIGN KEY (`start_location_id`) REFERENCES `fsm_location` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route_dayroute` ADD CONSTRAINT `fsm_route_dayroute_end_location_id_fkey` FOREIGN KEY (`end_location_id`) REFERENCES `fsm_location` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_vehicle` ADD CONSTRAINT `fsm_vehicle_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `fsm_person` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_person` ADD CONSTRAINT `fsm_person_vehicle_id_fkey` FOREIGN KEY (`vehicle_id`) REFERENCES `fsm_vehicle` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_stage_id_fkey` FOREIGN KEY (`stage_id`) REFERENCES `fsm_stage` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `fsm_team` (`id`) ON DELETE RESTRICT;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `fsm_location` (`id`) ON DELETE RESTRICT;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `fsm_person` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_territory_id_fkey` FOREIGN KEY (`territory_id`) REFERENCES `res_territory` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_branch_id_fkey` FOREIGN KEY (`branch_id`) REFERENCES `res_branch` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_district_id_fkey` FOREIGN KEY (`district_id`) REFERENCES `res_district` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_region_id_fkey` FOREIGN KEY (`region_id`) REFERENCES `res_region` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `fsm_template` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_equipment_id_fkey` FOREIGN KEY (`equipment_id`) REFERENCES `fsm_equipment` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_type_fkey` FOREIGN KEY (`type`) REFERENCES `fsm_order_type` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_fsm_recurring_id_fkey` FOREIGN KEY (`fsm_recurring_id`) REFERENCES `fsm_recurring` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_dayroute_id_fkey` FOREIGN KEY (`dayroute_id`) REFERENCES `fsm_route_dayroute` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_vehicle_id_fkey` FOREIGN KEY (`vehicle_id`) REFERENCES `fsm_vehicle` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order_tag_rel` ADD CONSTRAINT `fsm_order_tag_rel_fsm_order_id_fkey` FOREIGN KEY (`fsm_order_id`) REFERENCES `fsm_order` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_order_tag_rel` ADD CONSTRAINT `fsm_order_tag_rel_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `fsm_tag` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_order_fsm_person_rel` ADD CONSTRAINT `fsm_order_fsm_person_rel_fsm_order_id_fkey` FOREIGN KEY (`fsm_order_id`) REFERENCES `fsm_order` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_order_fsm_person_rel` ADD CONSTRAINT `fsm_order_fsm_person_rel_fsm_person_id_fkey` FOREIGN KEY (`fsm_person_id`) REFERENCES `fsm_person` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_category_fsm_order_rel` ADD CONSTRAINT `fsm_category_fsm_order_rel_fsm_order_id_fkey` FOREIGN KEY (`fsm_order_id`) REFERENCES `fsm_order` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_category_fsm_order_rel` ADD CONSTRAINT `fsm_category_fsm_order_rel_fsm_category_id_fkey` FOREIGN KEY (`fsm_category_id`) REFERENCES `fsm_category` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_equipment_fsm_order_rel` ADD CONSTRAINT `fsm_equipment_fsm_order_rel_fsm_order_id_fkey` FOREIGN KEY (`fsm_order_id`) REFERENCES `fsm_order` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_equipment_fsm_order_rel` ADD CONSTRAINT `fsm_equipment_fsm_order_rel_fsm_equipment_id_fkey` FOREIGN KEY (`fsm_equipment_id`) REFERENCES `fsm_equipment` (`id`) ON DELETE CASCADE;
ALTER TABLE `fsm_person_calendar_filter` ADD CONSTRAINT `fsm_person_calendar_filter_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `res_users` (`id`) ON DELETE RESTRICT;
ALTER TABLE `fsm_person_calendar_filter` ADD CONSTRAINT `fsm_person_calendar_filter_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `fsm_person` (`id`) ON DELETE RESTRICT;
ALTER TABLE `fsm_activity` ADD CONSTRAINT `fsm_activity_completed_by_fkey` FOREIGN KEY (`completed_by`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_activity` ADD CONSTRAINT `fsm_activity_fsm_order_id_fkey` FOREIGN KEY (`fsm_order_id`) REFERENCES `fsm_order` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_activity` ADD CONSTRAINT `fsm_activity_fsm_template_id_fkey` FOREIGN KEY (`fsm_template_id`) REFERENCES `fsm_template` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_partner` ADD CONSTRAINT `res_partner_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_partner` ADD CONSTRAINT `res_partner_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_users` ADD CONSTRAINT `res_users_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_users` ADD CONSTRAINT `res_users_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_region` ADD CONSTRAINT `res_region_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_region` ADD CONSTRAINT `res_region_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_district` ADD CONSTRAINT `res_district_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_district` ADD CONSTRAINT `res_district_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_branch` ADD CONSTRAINT `res_branch_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_branch` ADD CONSTRAINT `res_branch_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_territory` ADD CONSTRAINT `res_territory_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `res_territory` ADD CONSTRAINT `res_territory_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_stage` ADD CONSTRAINT `fsm_stage_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_stage` ADD CONSTRAINT `fsm_stage_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_team` ADD CONSTRAINT `fsm_team_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_team` ADD CONSTRAINT `fsm_team_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_category` ADD CONSTRAINT `fsm_category_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_category` ADD CONSTRAINT `fsm_category_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_tag` ADD CONSTRAINT `fsm_tag_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_tag` ADD CONSTRAINT `fsm_tag_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order_type` ADD CONSTRAINT `fsm_order_type_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order_type` ADD CONSTRAINT `fsm_order_type_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_template` ADD CONSTRAINT `fsm_template_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_template` ADD CONSTRAINT `fsm_template_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_person` ADD CONSTRAINT `fsm_person_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_person` ADD CONSTRAINT `fsm_person_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_location` ADD CONSTRAINT `fsm_location_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_location` ADD CONSTRAINT `fsm_location_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_location_person` ADD CONSTRAINT `fsm_location_person_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_location_person` ADD CONSTRAINT `fsm_location_person_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_equipment` ADD CONSTRAINT `fsm_equipment_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_frequency` ADD CONSTRAINT `fsm_frequency_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_frequency` ADD CONSTRAINT `fsm_frequency_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_frequency_set` ADD CONSTRAINT `fsm_frequency_set_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_frequency_set` ADD CONSTRAINT `fsm_frequency_set_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_recurring_template` ADD CONSTRAINT `fsm_recurring_template_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_recurring_template` ADD CONSTRAINT `fsm_recurring_template_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_recurring` ADD CONSTRAINT `fsm_recurring_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_recurring` ADD CONSTRAINT `fsm_recurring_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route` ADD CONSTRAINT `fsm_route_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route` ADD CONSTRAINT `fsm_route_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route_day` ADD CONSTRAINT `fsm_route_day_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route_day` ADD CONSTRAINT `fsm_route_day_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route_dayroute` ADD CONSTRAINT `fsm_route_dayroute_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_route_dayroute` ADD CONSTRAINT `fsm_route_dayroute_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_vehicle` ADD CONSTRAINT `fsm_vehicle_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_vehicle` ADD CONSTRAINT `fsm_vehicle_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_order` ADD CONSTRAINT `fsm_order_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_person_calendar_filter` ADD CONSTRAINT `fsm_person_calendar_filter_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_person_calendar_filter` ADD CONSTRAINT `fsm_person_calendar_filter_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_activity` ADD CONSTRAINT `fsm_activity_create_uid_fkey` FOREIGN KEY (`create_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
ALTER TABLE `fsm_activity` ADD CONSTRAINT `fsm_activity_write_uid_fkey` FOREIGN KEY (`write_uid`) REFERENCES `res_users` (`id`) ON DELETE SET NULL;
