-- OCA pms (Odoo 14 Property Management System for hotels; github.com/OCA/pms, AGPL-3.0), commit 0a17bf255d8dd77abb53a2cf18ec9fe7d36469ba.
-- Stored fields of the Odoo models of the `pms` module (pms/models/*.py) written as MySQL DDL, with the Odoo magic columns
-- (id, create_uid, create_date, write_uid, write_date), mail.thread / portal.mixin columns and Many2many relation tables.
-- Tables that pms only extends (res_partner, res_users, res_country, res_partner_category, res_partner_id_category,
-- res_partner_id_number) carry a subset of their base columns (Odoo base, partner_firstname, partner_second_lastname,
-- partner_contact_gender/birthdate/nationality, partner_identification) followed by the columns pms adds.

CREATE TABLE `res_country` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `code` varchar(2),
  `address_format` text,
  `currency_id` int,
  `phone_code` int,
  `name_position` varchar(255),
  `vat_label` varchar(255),
  `state_required` tinyint(1),
  `zip_required` tinyint(1),
  `priority` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `res_partner_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `color` int,
  `parent_id` int,
  `active` tinyint(1),
  `parent_path` varchar(255),
  `is_used_in_checkin` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `res_partner_id_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(16) NOT NULL,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1),
  `validation_code` text,
  `priority` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `res_partner` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `display_name` varchar(255),
  `date` date,
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
  `commercial_partner_id` int,
  `commercial_company_name` varchar(255),
  `company_name` varchar(255),
  `message_main_attachment_id` int,
  `firstname` varchar(255),
  `lastname` varchar(255),
  `lastname2` varchar(255),
  `gender` varchar(255),
  `birthdate_date` date,
  `nationality_id` int,
  `is_agency` tinyint(1),
  `sale_channel_id` int,
  `default_commission` int,
  `commission_type` varchar(255),
  `apply_pricelist` tinyint(1),
  `invoice_to_agency` varchar(255) NOT NULL,
  `reservation_possible_customer_id` int,
  `folio_possible_customer_id` int,
  `checkin_partner_possible_customer_id` int,
  `invoicing_policy` varchar(255),
  `invoicing_month_day` int,
  `margin_days_autoinvoice` int,
  `residence_street` varchar(255),
  `residence_street2` varchar(255),
  `residence_zip` varchar(255),
  `residence_city` varchar(255),
  `residence_country_id` int,
  `residence_state_id` int,
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
  `action_id` int,
  `share` tinyint(1),
  `notification_type` varchar(255) NOT NULL,
  `totp_secret` varchar(255),
  `pms_property_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `res_partner_id_number` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `category_id` int NOT NULL,
  `partner_id` int NOT NULL,
  `partner_issued_id` int,
  `place_issuance` varchar(255),
  `date_issued` date,
  `valid_from` date,
  `valid_until` date,
  `comment` text,
  `status` varchar(255),
  `active` tinyint(1),
  `country_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_property` (
  `id` int NOT NULL AUTO_INCREMENT,
  `partner_id` int NOT NULL,
  `parent_id` int,
  `pms_property_code` varchar(255),
  `company_id` int NOT NULL,
  `default_pricelist_id` int NOT NULL,
  `default_arrival_hour` varchar(255),
  `default_departure_hour` varchar(255),
  `folio_sequence_id` int,
  `checkin_sequence_id` int,
  `tz` varchar(255) NOT NULL,
  `cardex_warning` text,
  `mail_information` text,
  `privacy_policy` text,
  `property_confirmed_template` int,
  `property_modified_template` int,
  `property_exit_template` int,
  `property_canceled_template` int,
  `is_confirmed_auto_mail` tinyint(1),
  `is_modified_auto_mail` tinyint(1),
  `is_exit_auto_mail` tinyint(1),
  `is_canceled_auto_mail` tinyint(1),
  `default_invoicing_policy` varchar(255),
  `margin_days_autoinvoice` int,
  `invoicing_month_day` int,
  `journal_simplified_invoice_id` int,
  `journal_normal_invoice_id` int,
  `max_amount_simplified_invoice` double,
  `avoid_simplified_max_amount_downpayment` tinyint(1),
  `user_id` int,
  `block_create_past_reservations` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_ubication` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `sequence` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_room_type_class` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1),
  `sequence` int,
  `default_code` varchar(255) NOT NULL,
  `overnight` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_room_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sequence` int,
  `product_id` int NOT NULL,
  `class_id` int NOT NULL,
  `default_code` varchar(255) NOT NULL,
  `total_rooms_count` int,
  `default_max_avail` int,
  `default_quota` int,
  `overnight_room` tinyint(1),
  `min_price` double,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_room` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1),
  `sequence` int,
  `pms_property_id` int NOT NULL,
  `room_type_id` int NOT NULL,
  `parent_id` int,
  `ubication_id` int,
  `capacity` int,
  `extra_beds_allowed` int NOT NULL,
  `is_shared_room` tinyint(1),
  `description_sale` text,
  `short_name` varchar(255),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_amenity_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `name` varchar(255) NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_amenity` (
  `id` int NOT NULL AUTO_INCREMENT,
  `active` tinyint(1),
  `name` varchar(255) NOT NULL,
  `pms_amenity_type_id` int,
  `default_code` varchar(255),
  `is_add_code_room_name` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `room_closure_reason` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_sale_channel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text,
  `channel_type` varchar(255),
  `is_on_line` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_cancelation_rule` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1),
  `days_intime` int,
  `penalty_late` int,
  `apply_on_late` varchar(255),
  `days_late` int,
  `penalty_noshow` int,
  `apply_on_noshow` varchar(255),
  `days_noshow` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_availability_plan` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_board_service` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `default_code` varchar(255) NOT NULL,
  `amount` double,
  `show_detail_report` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_board_service_room_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pms_board_service_id` int NOT NULL,
  `pms_property_id` int,
  `pms_room_type_id` int NOT NULL,
  `amount` double,
  `by_default` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_team_member` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `active` tinyint(1),
  `sequence` int,
  `pms_property_id` int,
  `user_id` int,
  `pms_role` varchar(255) NOT NULL,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_folio` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int,
  `access_token` varchar(255),
  `name` varchar(255),
  `external_reference` varchar(255),
  `pms_property_id` int NOT NULL,
  `partner_id` int,
  `company_id` int,
  `analytic_account_id` int,
  `pricelist_id` int,
  `commission` double,
  `user_id` int,
  `revenue_user_id` int,
  `administrative_user_id` int,
  `manager_user_id` int,
  `agency_id` int,
  `sale_channel_origin_id` int,
  `payment_term_id` int,
  `count_rooms_pending_arrival` int,
  `pending_checkin_data` int,
  `untaxed_amount_to_invoice` decimal(16,2),
  `payment_state` varchar(255),
  `fiscal_position_id` int,
  `closure_reason_id` int,
  `out_service_description` text,
  `reservation_type` varchar(255),
  `date_order` datetime NOT NULL,
  `confirmation_date` datetime,
  `state` varchar(255),
  `partner_name` varchar(255),
  `email` varchar(255),
  `mobile` varchar(255),
  `partner_internal_comment` text,
  `credit_card_details` text,
  `pending_amount` decimal(16,2),
  `invoices_paid` decimal(16,2),
  `payment_multi` tinyint(1),
  `amount_untaxed` decimal(16,2),
  `amount_tax` decimal(16,2),
  `amount_total` decimal(16,2),
  `max_reservation_priority` int,
  `invoice_status` varchar(255),
  `force_nothing_to_invoice` tinyint(1),
  `internal_comment` text,
  `cancelled_reason` text,
  `prepaid_warning_days` int,
  `sequence` int,
  `note` text,
  `reference` varchar(255),
  `first_checkin` date,
  `last_checkout` date,
  `invoice_to_agency` tinyint(1),
  `lang` varchar(255),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_reservation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int,
  `access_token` varchar(255),
  `name` text,
  `external_reference` varchar(255),
  `folio_sequence` int,
  `preferred_room_id` int,
  `folio_id` int,
  `board_service_room_id` int,
  `room_type_id` int,
  `partner_id` int,
  `agency_id` int,
  `sale_channel_origin_id` int,
  `force_update_origin` tinyint(1),
  `is_origin_channel_check_visible` tinyint(1),
  `company_id` int,
  `pms_property_id` int,
  `pricelist_id` int,
  `user_id` int,
  `show_update_pricelist` tinyint(1),
  `commission_percent` double,
  `commission_amount` double,
  `count_pending_arrival` int,
  `pending_checkin_data` int,
  `currency_id` int,
  `adults` int,
  `children_occupying` int,
  `children` int,
  `to_assign` tinyint(1),
  `state` varchar(255),
  `cancel_datetime` datetime,
  `reservation_type` varchar(255),
  `splitted` tinyint(1),
  `rooms` varchar(255),
  `cancelled_reason` varchar(255),
  `checkin` date,
  `checkout` date,
  `arrival_hour` varchar(255),
  `departure_hour` varchar(255),
  `overbooking` tinyint(1),
  `nights` int,
  `folio_payment_state` varchar(255),
  `partner_name` varchar(255),
  `email` varchar(255),
  `mobile` varchar(255),
  `partner_internal_comment` text,
  `partner_requests` text,
  `folio_internal_comment` text,
  `preconfirm` tinyint(1),
  `invoice_status` varchar(255),
  `price_subtotal` decimal(16,2),
  `price_total` decimal(16,2),
  `price_tax` double,
  `price_services` decimal(16,2),
  `price_room_services_set` decimal(16,2),
  `discount` double,
  `services_discount` double,
  `date_order` datetime,
  `check_adults` tinyint(1),
  `avoid_mails` tinyint(1),
  `to_send_confirmation_mail` tinyint(1),
  `to_send_modification_mail` tinyint(1),
  `to_send_exit_mail` tinyint(1),
  `to_send_cancelation_mail` tinyint(1),
  `overnight_room` tinyint(1),
  `blocked` tinyint(1),
  `is_reselling` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_reservation_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reservation_id` int NOT NULL,
  `room_id` int,
  `pms_property_id` int,
  `date` date,
  `state` varchar(255),
  `price` double,
  `cancel_discount` double,
  `avail_id` int,
  `discount` double,
  `price_day_total` double,
  `occupies_availability` tinyint(1),
  `overnight_room` tinyint(1),
  `overbooking` tinyint(1),
  `sale_channel_id` int,
  `default_invoice_to` int,
  `is_reselling` tinyint(1),
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_service` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `product_id` int NOT NULL,
  `folio_id` int,
  `reservation_id` int,
  `company_id` int,
  `pms_property_id` int,
  `currency_id` int,
  `sequence` int,
  `state` varchar(255),
  `product_qty` int,
  `is_board_service` tinyint(1),
  `board_service_line_id` int,
  `invoice_status` varchar(255),
  `sale_channel_origin_id` int,
  `price_subtotal` decimal(16,2),
  `price_total` decimal(16,2),
  `price_tax` double,
  `discount` double,
  `no_auto_add_lines` tinyint(1),
  `default_invoice_to` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_service_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `service_id` int NOT NULL,
  `is_board_service` tinyint(1),
  `product_id` int,
  `pms_property_id` int,
  `date` date,
  `day_qty` int,
  `price_unit` double,
  `price_day_subtotal` decimal(16,2),
  `price_day_total` decimal(16,2),
  `price_day_tax` double,
  `currency_id` int,
  `reservation_id` int,
  `discount` double,
  `cancel_discount` double,
  `auto_qty` tinyint(1),
  `default_invoice_to` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `folio_sale_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `folio_id` int NOT NULL,
  `reservation_id` int,
  `service_id` int,
  `pms_property_id` int,
  `is_board_service` tinyint(1),
  `name` text,
  `sequence` int,
  `invoice_status` varchar(255),
  `price_unit` double,
  `price_subtotal` decimal(16,2),
  `price_tax` double,
  `price_total` decimal(16,2),
  `price_reduce` double,
  `price_reduce_taxinc` decimal(16,2),
  `price_reduce_taxexcl` decimal(16,2),
  `discount` double,
  `product_id` int,
  `product_uom_qty` double,
  `product_uom` int,
  `qty_to_invoice` double,
  `qty_invoiced` double,
  `untaxed_amount_invoiced` decimal(16,2),
  `untaxed_amount_to_invoice` decimal(16,2),
  `currency_id` int,
  `company_id` int,
  `origin_agency_id` int,
  `is_downpayment` tinyint(1),
  `state` varchar(255),
  `display_type` varchar(255),
  `service_order` int,
  `reservation_order` int,
  `date_order` date,
  `default_invoice_to` int,
  `autoinvoice_date` date,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `pms_checkin_partner` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int,
  `access_token` varchar(255),
  `identifier` varchar(255),
  `partner_id` int,
  `reservation_id` int,
  `folio_id` int,
  `pms_property_id` int,
  `email` varchar(255),
  `mobile` varchar(255),
  `phone` varchar(255),
  `checkin` date,
  `checkout` date,
  `arrival` datetime,
  `departure` datetime,
  `state` varchar(255),
  `gender` varchar(255),
  `nationality_id` int,
  `residence_street` varchar(255),
  `residence_street2` varchar(255),
  `residence_zip` varchar(255),
  `residence_city` varchar(255),
  `residence_country_id` int,
  `residence_state_id` int,
  `firstname` varchar(255),
  `lastname` varchar(255),
  `lastname2` varchar(255),
  `birthdate_date` date,
  `document_number` varchar(255),
  `document_type` int,
  `document_expedition_date` date,
  `document_id` int,
  `document_country_id` int,
  `create_uid` int,
  `create_date` datetime,
  `write_uid` int,
  `write_date` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `res_partner_pms_property_rel` (
  `res_partner_id` int NOT NULL,
  `pms_property_id` int NOT NULL,
  PRIMARY KEY (`res_partner_id`, `pms_property_id`)
);

CREATE TABLE `pms_property_users_rel` (
  `pms_property_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`pms_property_id`, `user_id`)
);

CREATE TABLE `pms_room_amenity_rel` (
  `room_id` int NOT NULL,
  `amenity_id` int NOT NULL,
  PRIMARY KEY (`room_id`, `amenity_id`)
);

CREATE TABLE `pms_folio_pms_sale_channel_rel` (
  `pms_folio_id` int NOT NULL,
  `pms_sale_channel_id` int NOT NULL,
  PRIMARY KEY (`pms_folio_id`, `pms_sale_channel_id`)
);

CREATE TABLE `pms_reservation_res_partner_category_rel` (
  `pms_reservation_id` int NOT NULL,
  `res_partner_category_id` int NOT NULL,
  PRIMARY KEY (`pms_reservation_id`, `res_partner_category_id`)
);

ALTER TABLE `res_partner` ADD FOREIGN KEY (`sale_channel_id`) REFERENCES `pms_sale_channel` (`id`);
ALTER TABLE `res_partner` ADD FOREIGN KEY (`reservation_possible_customer_id`) REFERENCES `pms_reservation` (`id`);
ALTER TABLE `res_partner` ADD FOREIGN KEY (`folio_possible_customer_id`) REFERENCES `pms_folio` (`id`);
ALTER TABLE `res_partner` ADD FOREIGN KEY (`checkin_partner_possible_customer_id`) REFERENCES `pms_checkin_partner` (`id`);
ALTER TABLE `res_partner` ADD FOREIGN KEY (`residence_country_id`) REFERENCES `res_country` (`id`);
ALTER TABLE `res_users` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `res_partner_id_number` ADD FOREIGN KEY (`country_id`) REFERENCES `res_country` (`id`);
ALTER TABLE `pms_property` ADD FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`);
ALTER TABLE `pms_property` ADD FOREIGN KEY (`parent_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `pms_property` ADD FOREIGN KEY (`user_id`) REFERENCES `res_users` (`id`);
ALTER TABLE `pms_room_type` ADD FOREIGN KEY (`class_id`) REFERENCES `pms_room_type_class` (`id`);
ALTER TABLE `pms_room` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `pms_room` ADD FOREIGN KEY (`room_type_id`) REFERENCES `pms_room_type` (`id`);
ALTER TABLE `pms_room` ADD FOREIGN KEY (`parent_id`) REFERENCES `pms_room` (`id`);
ALTER TABLE `pms_room` ADD FOREIGN KEY (`ubication_id`) REFERENCES `pms_ubication` (`id`);
ALTER TABLE `pms_amenity` ADD FOREIGN KEY (`pms_amenity_type_id`) REFERENCES `pms_amenity_type` (`id`);
ALTER TABLE `pms_board_service_room_type` ADD FOREIGN KEY (`pms_board_service_id`) REFERENCES `pms_board_service` (`id`);
ALTER TABLE `pms_board_service_room_type` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `pms_board_service_room_type` ADD FOREIGN KEY (`pms_room_type_id`) REFERENCES `pms_room_type` (`id`);
ALTER TABLE `pms_team_member` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `pms_team_member` ADD FOREIGN KEY (`user_id`) REFERENCES `res_users` (`id`);
ALTER TABLE `pms_folio` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `pms_folio` ADD FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`);
ALTER TABLE `pms_folio` ADD FOREIGN KEY (`user_id`) REFERENCES `res_users` (`id`);
ALTER TABLE `pms_folio` ADD FOREIGN KEY (`revenue_user_id`) REFERENCES `res_users` (`id`);
ALTER TABLE `pms_folio` ADD FOREIGN KEY (`administrative_user_id`) REFERENCES `res_users` (`id`);
ALTER TABLE `pms_folio` ADD FOREIGN KEY (`manager_user_id`) REFERENCES `res_users` (`id`);
ALTER TABLE `pms_folio` ADD FOREIGN KEY (`agency_id`) REFERENCES `res_partner` (`id`);
ALTER TABLE `pms_folio` ADD FOREIGN KEY (`sale_channel_origin_id`) REFERENCES `pms_sale_channel` (`id`);
ALTER TABLE `pms_folio` ADD FOREIGN KEY (`closure_reason_id`) REFERENCES `room_closure_reason` (`id`);
ALTER TABLE `pms_reservation` ADD FOREIGN KEY (`preferred_room_id`) REFERENCES `pms_room` (`id`);
ALTER TABLE `pms_reservation` ADD FOREIGN KEY (`folio_id`) REFERENCES `pms_folio` (`id`);
ALTER TABLE `pms_reservation` ADD FOREIGN KEY (`board_service_room_id`) REFERENCES `pms_board_service_room_type` (`id`);
ALTER TABLE `pms_reservation` ADD FOREIGN KEY (`room_type_id`) REFERENCES `pms_room_type` (`id`);
ALTER TABLE `pms_reservation` ADD FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`);
ALTER TABLE `pms_reservation` ADD FOREIGN KEY (`sale_channel_origin_id`) REFERENCES `pms_sale_channel` (`id`);
ALTER TABLE `pms_reservation` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `pms_reservation` ADD FOREIGN KEY (`user_id`) REFERENCES `res_users` (`id`);
ALTER TABLE `pms_reservation_line` ADD FOREIGN KEY (`reservation_id`) REFERENCES `pms_reservation` (`id`);
ALTER TABLE `pms_reservation_line` ADD FOREIGN KEY (`room_id`) REFERENCES `pms_room` (`id`);
ALTER TABLE `pms_reservation_line` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `pms_reservation_line` ADD FOREIGN KEY (`sale_channel_id`) REFERENCES `pms_sale_channel` (`id`);
ALTER TABLE `pms_reservation_line` ADD FOREIGN KEY (`default_invoice_to`) REFERENCES `res_partner` (`id`);
ALTER TABLE `pms_service` ADD FOREIGN KEY (`folio_id`) REFERENCES `pms_folio` (`id`);
ALTER TABLE `pms_service` ADD FOREIGN KEY (`reservation_id`) REFERENCES `pms_reservation` (`id`);
ALTER TABLE `pms_service` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `pms_service` ADD FOREIGN KEY (`sale_channel_origin_id`) REFERENCES `pms_sale_channel` (`id`);
ALTER TABLE `pms_service` ADD FOREIGN KEY (`default_invoice_to`) REFERENCES `res_partner` (`id`);
ALTER TABLE `pms_service_line` ADD FOREIGN KEY (`service_id`) REFERENCES `pms_service` (`id`);
ALTER TABLE `pms_service_line` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `pms_service_line` ADD FOREIGN KEY (`default_invoice_to`) REFERENCES `res_partner` (`id`);
ALTER TABLE `folio_sale_line` ADD FOREIGN KEY (`folio_id`) REFERENCES `pms_folio` (`id`);
ALTER TABLE `folio_sale_line` ADD FOREIGN KEY (`reservation_id`) REFERENCES `pms_reservation` (`id`);
ALTER TABLE `folio_sale_line` ADD FOREIGN KEY (`service_id`) REFERENCES `pms_service` (`id`);
ALTER TABLE `folio_sale_line` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `folio_sale_line` ADD FOREIGN KEY (`origin_agency_id`) REFERENCES `res_partner` (`id`);
ALTER TABLE `folio_sale_line` ADD FOREIGN KEY (`default_invoice_to`) REFERENCES `res_partner` (`id`);
ALTER TABLE `pms_checkin_partner` ADD FOREIGN KEY (`partner_id`) REFERENCES `res_partner` (`id`);
ALTER TABLE `pms_checkin_partner` ADD FOREIGN KEY (`reservation_id`) REFERENCES `pms_reservation` (`id`);
ALTER TABLE `pms_checkin_partner` ADD FOREIGN KEY (`folio_id`) REFERENCES `pms_folio` (`id`);
ALTER TABLE `pms_checkin_partner` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `pms_checkin_partner` ADD FOREIGN KEY (`nationality_id`) REFERENCES `res_country` (`id`);
ALTER TABLE `pms_checkin_partner` ADD FOREIGN KEY (`residence_country_id`) REFERENCES `res_country` (`id`);
ALTER TABLE `pms_checkin_partner` ADD FOREIGN KEY (`document_type`) REFERENCES `res_partner_id_category` (`id`);
ALTER TABLE `pms_checkin_partner` ADD FOREIGN KEY (`document_id`) REFERENCES `res_partner_id_number` (`id`);
ALTER TABLE `pms_checkin_partner` ADD FOREIGN KEY (`document_country_id`) REFERENCES `res_country` (`id`);
ALTER TABLE `res_partner_pms_property_rel` ADD FOREIGN KEY (`res_partner_id`) REFERENCES `res_partner` (`id`);
ALTER TABLE `res_partner_pms_property_rel` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `pms_property_users_rel` ADD FOREIGN KEY (`pms_property_id`) REFERENCES `pms_property` (`id`);
ALTER TABLE `pms_property_users_rel` ADD FOREIGN KEY (`user_id`) REFERENCES `res_users` (`id`);
ALTER TABLE `pms_room_amenity_rel` ADD FOREIGN KEY (`room_id`) REFERENCES `pms_room` (`id`);
ALTER TABLE `pms_room_amenity_rel` ADD FOREIGN KEY (`amenity_id`) REFERENCES `pms_amenity` (`id`);
ALTER TABLE `pms_folio_pms_sale_channel_rel` ADD FOREIGN KEY (`pms_folio_id`) REFERENCES `pms_folio` (`id`);
ALTER TABLE `pms_folio_pms_sale_channel_rel` ADD FOREIGN KEY (`pms_sale_channel_id`) REFERENCES `pms_sale_channel` (`id`);
ALTER TABLE `pms_reservation_res_partner_category_rel` ADD FOREIGN KEY (`pms_reservation_id`) REFERENCES `pms_reservation` (`id`);
ALTER TABLE `pms_reservation_res_partner_category_rel` ADD FOREIGN KEY (`res_partner_category_id`) REFERENCES `res_partner_category` (`id`);
