-- Jarsa TMS — "Freight Management" (Jarsa Sistemas / Argil Consulting), Odoo 13 module `tms`, AGPL-3.0
-- Upstream: github.com/Jarsa/transport-management-system, branch 13.0, commit 34a3a344c7d0b50d765804531aab6012897ad0ab
-- (2020-08-27), module `tms` (manifest version 13.0.1.0.0), `tms/models/*.py`.
-- Odoo has no SQL schema: its ORM creates one table per model from the Python fields. Each stored field of the
-- module's own models was written as the MySQL column Odoo's ORM makes of it (see jarsatms.md); `hr_employee`
-- carries Odoo 13's own hr.employee fields and the columns `tms` adds to it. Foreign keys are added at the end.
-- model hr.employee (Odoo 13 `hr` module, class HrEmployeePrivate: its own stored fields only, the columns of
-- hr.employee.base, resource.mixin and image.mixin left out), extended by tms/models/hr_employee.py
CREATE TABLE `hr_employee` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `address_home_id` int DEFAULT NULL,
  `country_id` int DEFAULT NULL,
  `gender` varchar(255) DEFAULT NULL,
  `marital` varchar(255) DEFAULT NULL,
  `spouse_complete_name` varchar(255) DEFAULT NULL,
  `spouse_birthdate` date DEFAULT NULL,
  `children` int DEFAULT NULL,
  `place_of_birth` varchar(255) DEFAULT NULL,
  `country_of_birth` int DEFAULT NULL,
  `birthday` date DEFAULT NULL,
  `ssnid` varchar(255) DEFAULT NULL,
  `sinid` varchar(255) DEFAULT NULL,
  `identification_id` varchar(255) DEFAULT NULL,
  `passport_id` varchar(255) DEFAULT NULL,
  `bank_account_id` int DEFAULT NULL,
  `permit_no` varchar(255) DEFAULT NULL,
  `visa_no` varchar(255) DEFAULT NULL,
  `visa_expire` date DEFAULT NULL,
  `additional_note` text DEFAULT NULL,
  `certificate` varchar(255) DEFAULT NULL,
  `study_field` varchar(255) DEFAULT NULL,
  `study_school` varchar(255) DEFAULT NULL,
  `emergency_contact` varchar(255) DEFAULT NULL,
  `emergency_phone` varchar(255) DEFAULT NULL,
  `km_home_work` int DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `color` int DEFAULT NULL,
  `barcode` varchar(255) DEFAULT NULL,
  `pin` varchar(255) DEFAULT NULL,
  `departure_reason` varchar(255) DEFAULT NULL,
  `departure_description` text DEFAULT NULL,
  `driver` tinyint(1) DEFAULT NULL,
  `tms_advance_account_id` int DEFAULT NULL,
  `tms_loan_account_id` int DEFAULT NULL,
  `tms_expense_negative_account_id` int DEFAULT NULL,
  `operating_unit_id` int DEFAULT NULL,
  `driver_license` varchar(255) DEFAULT NULL,
  `license_type` varchar(255) DEFAULT NULL,
  `income_percentage` double DEFAULT NULL,
  `license_valid_from` date DEFAULT NULL,
  `license_expiration` date DEFAULT NULL,
  `outsourcing` tinyint(1) DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hr_employee_barcode_uniq` (`barcode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model fleet.vehicle.engine (Engines of Vehicles)
CREATE TABLE `fleet_vehicle_engine` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model fleet.vehicle.log.fuel.prepaid (Prepaid Fuel Vouchers)
CREATE TABLE `fleet_vehicle_log_fuel_prepaid` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `price_total` double DEFAULT NULL,
  `invoice_id` int DEFAULT NULL,
  `operating_unit_id` int DEFAULT NULL,
  `notes` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `vendor_id` int DEFAULT NULL,
  `date` date NOT NULL,
  `product_id` int DEFAULT NULL,
  `currency_id` int NOT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.advance (Money advance payments for Travel expenses)
CREATE TABLE `tms_advance` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int DEFAULT NULL,
  `operating_unit_id` int NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `date` date NOT NULL,
  `travel_id` int NOT NULL,
  `unit_id` int DEFAULT NULL,
  `employee_id` int DEFAULT NULL,
  `amount` decimal(20,6) NOT NULL,
  `notes` text DEFAULT NULL,
  `move_id` int DEFAULT NULL,
  `paid` tinyint(1) DEFAULT NULL,
  `payment_move_id` int DEFAULT NULL,
  `currency_id` int NOT NULL,
  `auto_expense` tinyint(1) DEFAULT NULL,
  `expense_id` int DEFAULT NULL,
  `product_id` int NOT NULL,
  `company_id` int NOT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.event (Events)
CREATE TABLE `tms_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `state` varchar(255) DEFAULT NULL,
  `date` date NOT NULL,
  `notes` text DEFAULT NULL,
  `travel_id` int NOT NULL,
  `latitude` double DEFAULT NULL,
  `longitude` double DEFAULT NULL,
  `position_real` text DEFAULT NULL,
  `position_pi` text DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.expense (Travel Expenses)
CREATE TABLE `tms_expense` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `operating_unit_id` int NOT NULL,
  `employee_id` int NOT NULL,
  `unit_id` int NOT NULL,
  `currency_id` int NOT NULL,
  `state` varchar(255) DEFAULT NULL,
  `date` date NOT NULL,
  `amount_real_expense` double DEFAULT NULL,
  `amount_made_up_expense` double DEFAULT NULL,
  `fuel_qty` double DEFAULT NULL,
  `amount_fuel` double DEFAULT NULL,
  `amount_fuel_cash` double DEFAULT NULL,
  `amount_refund` double DEFAULT NULL,
  `amount_other_income` double DEFAULT NULL,
  `amount_salary` double DEFAULT NULL,
  `amount_net_salary` double DEFAULT NULL,
  `amount_salary_retention` double DEFAULT NULL,
  `amount_salary_discount` double DEFAULT NULL,
  `amount_loan` double DEFAULT NULL,
  `amount_advance` double DEFAULT NULL,
  `amount_balance` double DEFAULT NULL,
  `amount_tax_total` double DEFAULT NULL,
  `amount_tax_real` double DEFAULT NULL,
  `amount_total_real` double DEFAULT NULL,
  `amount_total_total` double DEFAULT NULL,
  `amount_subtotal_real` double DEFAULT NULL,
  `amount_subtotal_total` double DEFAULT NULL,
  `vehicle_id` int DEFAULT NULL,
  `last_odometer` double DEFAULT NULL,
  `vehicle_odometer` double DEFAULT NULL,
  `odometer_log_id` int DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `move_id` int DEFAULT NULL,
  `paid` tinyint(1) DEFAULT NULL,
  `fuel_qty_real` double DEFAULT NULL,
  `fuel_diff` double DEFAULT NULL,
  `start_date` datetime DEFAULT NULL,
  `end_date` datetime DEFAULT NULL,
  `payment_move_id` int DEFAULT NULL,
  `distance_loaded_real` double DEFAULT NULL,
  `distance_empty_real` double DEFAULT NULL,
  `distance_real` double DEFAULT NULL,
  `fuel_efficiency_real` double DEFAULT NULL,
  `company_id` int NOT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.expense.line (Expense Line)
CREATE TABLE `tms_expense_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `loan_id` int DEFAULT NULL,
  `travel_id` int DEFAULT NULL,
  `expense_id` int DEFAULT NULL,
  `product_qty` double DEFAULT NULL,
  `unit_price` double DEFAULT NULL,
  `product_uom_id` int DEFAULT NULL,
  `line_type` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `sequence` int DEFAULT NULL,
  `special_tax_amount` double DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `employee_id` int DEFAULT NULL,
  `date` date DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `control` tinyint(1) DEFAULT NULL,
  `automatic` tinyint(1) DEFAULT NULL,
  `is_invoice` tinyint(1) DEFAULT NULL,
  `partner_id` int DEFAULT NULL,
  `invoice_date` date DEFAULT NULL,
  `invoice_number` varchar(255) DEFAULT NULL,
  `invoice_id` int DEFAULT NULL,
  `product_id` int NOT NULL,
  `expense_fuel_log` tinyint(1) DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.expense.loan (Tms Expense Loan)
CREATE TABLE `tms_expense_loan` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int DEFAULT NULL,
  `operating_unit_id` int NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `date` date NOT NULL,
  `employee_id` int NOT NULL,
  `state` varchar(255) DEFAULT NULL,
  `discount_method` varchar(255) NOT NULL,
  `discount_type` varchar(255) NOT NULL,
  `notes` text DEFAULT NULL,
  `origin` varchar(255) DEFAULT NULL,
  `amount` double NOT NULL,
  `percent_discount` double DEFAULT NULL,
  `fixed_discount` double DEFAULT NULL,
  `paid` tinyint(1) DEFAULT NULL,
  `balance` double DEFAULT NULL,
  `active_loan` tinyint(1) DEFAULT NULL,
  `lock` tinyint(1) DEFAULT NULL,
  `amount_discount` double DEFAULT NULL,
  `product_id` int NOT NULL,
  `expense_id` int DEFAULT NULL,
  `payment_move_id` int DEFAULT NULL,
  `currency_id` int NOT NULL,
  `move_id` int DEFAULT NULL,
  `company_id` int NOT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.extradata (TMS Extra Data)
CREATE TABLE `tms_extradata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type_id` int NOT NULL,
  `value_char` varchar(255) DEFAULT NULL,
  `value_integer` int DEFAULT NULL,
  `value_float` double DEFAULT NULL,
  `value_date` date DEFAULT NULL,
  `value_datetime` datetime DEFAULT NULL,
  `value_extra` text DEFAULT NULL,
  `waybill_id` int DEFAULT NULL,
  `vehicle_id` int DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.extradata.type (Extra Data for TMS)
CREATE TABLE `tms_extradata_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `apply_on` varchar(255) NOT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.factor (Factors to calculate Payment (Driver/Supplier) )
CREATE TABLE `tms_factor` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `route_id` int DEFAULT NULL,
  `travel_id` int DEFAULT NULL,
  `waybill_id` int DEFAULT NULL,
  `category` varchar(255) NOT NULL,
  `factor_type` varchar(255) NOT NULL,
  `range_start` double DEFAULT NULL,
  `range_end` double DEFAULT NULL,
  `factor` double DEFAULT NULL,
  `fixed_amount` double DEFAULT NULL,
  `mixed` tinyint(1) DEFAULT NULL,
  `sequence` int DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.place (Cities / Places)
CREATE TABLE `tms_place` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `state_id` int DEFAULT NULL,
  `country_id` int DEFAULT NULL,
  `latitude` decimal(20,10) DEFAULT NULL,
  `longitude` decimal(20,10) DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.route (Routes)
CREATE TABLE `tms_route` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int DEFAULT NULL,
  `name` varchar(64) NOT NULL,
  `departure_id` int NOT NULL,
  `arrival_id` int NOT NULL,
  `distance` decimal(14,4) NOT NULL,
  `travel_time` decimal(14,4) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `distance_loaded` double NOT NULL,
  `distance_empty` double NOT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.route.fuelefficiency (Fuel Efficiency by Route)
CREATE TABLE `tms_route_fuelefficiency` (
  `id` int NOT NULL AUTO_INCREMENT,
  `route_id` int DEFAULT NULL,
  `engine_id` int NOT NULL,
  `type` varchar(255) NOT NULL,
  `performance` double NOT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.route.note (Notes for route)
CREATE TABLE `tms_route_note` (
  `id` int NOT NULL AUTO_INCREMENT,
  `route_id` int NOT NULL,
  `partner_id` int NOT NULL,
  `notes` text NOT NULL,
  `rules` text NOT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.route.place (Place)
CREATE TABLE `tms_route_place` (
  `id` int NOT NULL AUTO_INCREMENT,
  `route_id` int NOT NULL,
  `sequence` int DEFAULT NULL,
  `place_id` int DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.route.tollstation (Tollstation)
CREATE TABLE `tms_route_tollstation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `place_id` int NOT NULL,
  `partner_id` int DEFAULT NULL,
  `credit` tinyint(1) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.route.tollstation.costperaxis (Cost Per Axis)
CREATE TABLE `tms_route_tollstation_costperaxis` (
  `id` int NOT NULL AUTO_INCREMENT,
  `axis` int NOT NULL,
  `cost_credit` double NOT NULL,
  `cost_cash` double NOT NULL,
  `tollstation_id` int DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.toll.data (Toll Data)
CREATE TABLE `tms_toll_data` (
  `id` int NOT NULL AUTO_INCREMENT,
  `date` datetime DEFAULT NULL,
  `num_tag` varchar(255) DEFAULT NULL,
  `economic_number` varchar(255) DEFAULT NULL,
  `toll_station` varchar(255) DEFAULT NULL,
  `import_rate` double DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.toll.import ()
CREATE TABLE `tms_toll_import` (
  `id` int NOT NULL AUTO_INCREMENT,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.transportable (Transportable Product)
CREATE TABLE `tms_transportable` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uom_id` int NOT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tms_transportable_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.travel (Travel)
CREATE TABLE `tms_travel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `route_id` int NOT NULL,
  `kit_id` int DEFAULT NULL,
  `unit_id` int NOT NULL,
  `trailer1_id` int DEFAULT NULL,
  `dolly_id` int DEFAULT NULL,
  `trailer2_id` int DEFAULT NULL,
  `employee_id` int NOT NULL,
  `date` datetime NOT NULL,
  `date_start` datetime DEFAULT NULL,
  `date_end` datetime DEFAULT NULL,
  `date_start_real` datetime DEFAULT NULL,
  `date_end_real` datetime DEFAULT NULL,
  `distance_driver` double DEFAULT NULL,
  `distance_loaded` double DEFAULT NULL,
  `distance_empty` double DEFAULT NULL,
  `odometer` double DEFAULT NULL,
  `fuel_efficiency_travel` double DEFAULT NULL,
  `departure_id` int DEFAULT NULL,
  `arrival_id` int DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  `expense_id` int DEFAULT NULL,
  `operating_unit_id` int DEFAULT NULL,
  `color` int DEFAULT NULL,
  `company_id` int NOT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.unit.kit (Units Kits)
CREATE TABLE `tms_unit_kit` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `unit_id` int NOT NULL,
  `trailer1_id` int DEFAULT NULL,
  `dolly_id` int DEFAULT NULL,
  `trailer2_id` int DEFAULT NULL,
  `employee_id` int DEFAULT NULL,
  `date_start` datetime DEFAULT NULL,
  `date_end` datetime DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tms_unit_kit_name_uniq` (`unit_id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.waybill (Waybills)
CREATE TABLE `tms_waybill` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_main_attachment_id` int DEFAULT NULL,
  `operating_unit_id` int NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `date_order` datetime NOT NULL,
  `user_id` int DEFAULT NULL,
  `partner_id` int NOT NULL,
  `currency_id` int NOT NULL,
  `company_id` int NOT NULL,
  `partner_invoice_id` int NOT NULL,
  `partner_order_id` int NOT NULL,
  `departure_address_id` int NOT NULL,
  `arrival_address_id` int NOT NULL,
  `upload_point` varchar(255) DEFAULT NULL,
  `download_point` varchar(255) DEFAULT NULL,
  `invoice_id` int DEFAULT NULL,
  `supplier_invoice_id` int DEFAULT NULL,
  `supplier_invoice_paid` tinyint(1) DEFAULT NULL,
  `amount_untaxed` double DEFAULT NULL,
  `amount_total` double DEFAULT NULL,
  `distance_real` double DEFAULT NULL,
  `distance_route` double DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `date_start` datetime DEFAULT NULL,
  `date_up_start_sched` datetime DEFAULT NULL,
  `date_up_end_sched` datetime DEFAULT NULL,
  `date_up_docs_sched` datetime DEFAULT NULL,
  `date_appoint_down_sched` datetime DEFAULT NULL,
  `date_down_start_sched` datetime DEFAULT NULL,
  `date_down_end_sched` datetime DEFAULT NULL,
  `date_down_docs_sched` datetime DEFAULT NULL,
  `date_end` datetime DEFAULT NULL,
  `date_start_real` datetime DEFAULT NULL,
  `date_up_start_real` datetime DEFAULT NULL,
  `date_up_end_real` datetime DEFAULT NULL,
  `date_up_docs_real` datetime DEFAULT NULL,
  `date_appoint_down_real` datetime DEFAULT NULL,
  `date_down_start_real` datetime DEFAULT NULL,
  `date_down_end_real` datetime DEFAULT NULL,
  `date_down_docs_real` datetime DEFAULT NULL,
  `date_end_real` datetime DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.waybill.line (Waybill Line)
CREATE TABLE `tms_waybill_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `waybill_id` int DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `sequence` int DEFAULT NULL,
  `product_id` int NOT NULL,
  `unit_price` double DEFAULT NULL,
  `tax_amount` double DEFAULT NULL,
  `product_qty` double DEFAULT NULL,
  `discount` double DEFAULT NULL,
  `account_id` int DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.waybill.taxes (Waybill Taxes)
CREATE TABLE `tms_waybill_taxes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `waybill_id` int DEFAULT NULL,
  `tax_id` int DEFAULT NULL,
  `account_id` int DEFAULT NULL,
  `account_analytic_id` int DEFAULT NULL,
  `tax_amount` decimal(20,6) DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- model tms.waybill.transportable.line (Shipped Product)
CREATE TABLE `tms_waybill_transportable_line` (
  `id` int NOT NULL AUTO_INCREMENT,
  `transportable_id` int DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `transportable_uom_id` int NOT NULL,
  `quantity` double DEFAULT NULL,
  `notes` varchar(255) DEFAULT NULL,
  `sequence` int DEFAULT NULL,
  `waybill_id` int DEFAULT NULL,
  `create_uid` int DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `write_uid` int DEFAULT NULL,
  `write_date` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_tax_tms_expense_line_rel` (
  `tms_expense_line_id` int NOT NULL,
  `account_tax_id` int NOT NULL,
  PRIMARY KEY (`tms_expense_line_id`,`account_tax_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_tax_tms_waybill_line_rel` (
  `tms_waybill_line_id` int NOT NULL,
  `account_tax_id` int NOT NULL,
  PRIMARY KEY (`tms_waybill_line_id`,`account_tax_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `res_partner_tms_travel_rel` (
  `tms_travel_id` int NOT NULL,
  `res_partner_id` int NOT NULL,
  PRIMARY KEY (`tms_travel_id`,`res_partner_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_expense_line_tms_expense_loan_rel` (
  `tms_expense_loan_id` int NOT NULL,
  `tms_expense_line_id` int NOT NULL,
  PRIMARY KEY (`tms_expense_loan_id`,`tms_expense_line_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_expense_tms_travel_rel` (
  `tms_expense_id` int NOT NULL,
  `tms_travel_id` int NOT NULL,
  PRIMARY KEY (`tms_expense_id`,`tms_travel_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_route_tms_route_tollstation_rel` (
  `tms_route_id` int NOT NULL,
  `tms_route_tollstation_id` int NOT NULL,
  PRIMARY KEY (`tms_route_id`,`tms_route_tollstation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_travel_tms_waybill_rel` (
  `tms_travel_id` int NOT NULL,
  `tms_waybill_id` int NOT NULL,
  PRIMARY KEY (`tms_travel_id`,`tms_waybill_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `tms_advance` ADD CONSTRAINT `tms_advance_travel_id_fkey` FOREIGN KEY (`travel_id`) REFERENCES `tms_travel` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_advance` ADD CONSTRAINT `tms_advance_employee_id_fkey` FOREIGN KEY (`employee_id`) REFERENCES `hr_employee` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_advance` ADD CONSTRAINT `tms_advance_expense_id_fkey` FOREIGN KEY (`expense_id`) REFERENCES `tms_expense` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_event` ADD CONSTRAINT `tms_event_travel_id_fkey` FOREIGN KEY (`travel_id`) REFERENCES `tms_travel` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_expense` ADD CONSTRAINT `tms_expense_employee_id_fkey` FOREIGN KEY (`employee_id`) REFERENCES `hr_employee` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_expense_line` ADD CONSTRAINT `tms_expense_line_loan_id_fkey` FOREIGN KEY (`loan_id`) REFERENCES `tms_expense_loan` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_expense_line` ADD CONSTRAINT `tms_expense_line_travel_id_fkey` FOREIGN KEY (`travel_id`) REFERENCES `tms_travel` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_expense_line` ADD CONSTRAINT `tms_expense_line_expense_id_fkey` FOREIGN KEY (`expense_id`) REFERENCES `tms_expense` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_expense_line` ADD CONSTRAINT `tms_expense_line_employee_id_fkey` FOREIGN KEY (`employee_id`) REFERENCES `hr_employee` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_expense_loan` ADD CONSTRAINT `tms_expense_loan_employee_id_fkey` FOREIGN KEY (`employee_id`) REFERENCES `hr_employee` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_expense_loan` ADD CONSTRAINT `tms_expense_loan_expense_id_fkey` FOREIGN KEY (`expense_id`) REFERENCES `tms_expense` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_extradata` ADD CONSTRAINT `tms_extradata_type_id_fkey` FOREIGN KEY (`type_id`) REFERENCES `tms_extradata_type` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_extradata` ADD CONSTRAINT `tms_extradata_waybill_id_fkey` FOREIGN KEY (`waybill_id`) REFERENCES `tms_waybill` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_factor` ADD CONSTRAINT `tms_factor_route_id_fkey` FOREIGN KEY (`route_id`) REFERENCES `tms_route` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_factor` ADD CONSTRAINT `tms_factor_travel_id_fkey` FOREIGN KEY (`travel_id`) REFERENCES `tms_travel` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_factor` ADD CONSTRAINT `tms_factor_waybill_id_fkey` FOREIGN KEY (`waybill_id`) REFERENCES `tms_waybill` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_route` ADD CONSTRAINT `tms_route_departure_id_fkey` FOREIGN KEY (`departure_id`) REFERENCES `tms_place` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_route` ADD CONSTRAINT `tms_route_arrival_id_fkey` FOREIGN KEY (`arrival_id`) REFERENCES `tms_place` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_route_fuelefficiency` ADD CONSTRAINT `tms_route_fuelefficiency_route_id_fkey` FOREIGN KEY (`route_id`) REFERENCES `tms_route` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_route_fuelefficiency` ADD CONSTRAINT `tms_route_fuelefficiency_engine_id_fkey` FOREIGN KEY (`engine_id`) REFERENCES `fleet_vehicle_engine` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_route_note` ADD CONSTRAINT `tms_route_note_route_id_fkey` FOREIGN KEY (`route_id`) REFERENCES `tms_route` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_route_place` ADD CONSTRAINT `tms_route_place_route_id_fkey` FOREIGN KEY (`route_id`) REFERENCES `tms_route` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_route_place` ADD CONSTRAINT `tms_route_place_place_id_fkey` FOREIGN KEY (`place_id`) REFERENCES `tms_place` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_route_tollstation` ADD CONSTRAINT `tms_route_tollstation_place_id_fkey` FOREIGN KEY (`place_id`) REFERENCES `tms_place` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_route_tollstation_costperaxis` ADD CONSTRAINT `tms_route_tollstation_costperaxis_tollstation_id_fkey` FOREIGN KEY (`tollstation_id`) REFERENCES `tms_route_tollstation` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_travel` ADD CONSTRAINT `tms_travel_route_id_fkey` FOREIGN KEY (`route_id`) REFERENCES `tms_route` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_travel` ADD CONSTRAINT `tms_travel_kit_id_fkey` FOREIGN KEY (`kit_id`) REFERENCES `tms_unit_kit` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_travel` ADD CONSTRAINT `tms_travel_employee_id_fkey` FOREIGN KEY (`employee_id`) REFERENCES `hr_employee` (`id`) ON DELETE RESTRICT;
ALTER TABLE `tms_travel` ADD CONSTRAINT `tms_travel_departure_id_fkey` FOREIGN KEY (`departure_id`) REFERENCES `tms_place` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_travel` ADD CONSTRAINT `tms_travel_arrival_id_fkey` FOREIGN KEY (`arrival_id`) REFERENCES `tms_place` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_travel` ADD CONSTRAINT `tms_travel_expense_id_fkey` FOREIGN KEY (`expense_id`) REFERENCES `tms_expense` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_unit_kit` ADD CONSTRAINT `tms_unit_kit_employee_id_fkey` FOREIGN KEY (`employee_id`) REFERENCES `hr_employee` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_waybill_line` ADD CONSTRAINT `tms_waybill_line_waybill_id_fkey` FOREIGN KEY (`waybill_id`) REFERENCES `tms_waybill` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_waybill_taxes` ADD CONSTRAINT `tms_waybill_taxes_waybill_id_fkey` FOREIGN KEY (`waybill_id`) REFERENCES `tms_waybill` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_waybill_transportable_line` ADD CONSTRAINT `tms_waybill_transportable_line_transportable_id_fkey` FOREIGN KEY (`transportable_id`) REFERENCES `tms_transportable` (`id`) ON DELETE SET NULL;
ALTER TABLE `tms_waybill_transportable_line` ADD CONSTRAINT `tms_waybill_transportable_line_waybill_id_fkey` FOREIGN KEY (`waybill_id`) REFERENCES `tms_waybill` (`id`) ON DELETE SET NULL;
ALTER TABLE `account_tax_tms_expense_line_rel` ADD CONSTRAINT `account_tax_tms_expense_line_rel_tms_expense_line_id_fkey` FOREIGN KEY (`tms_expense_line_id`) REFERENCES `tms_expense_line` (`id`) ON DELETE CASCADE;
ALTER TABLE `account_tax_tms_waybill_line_rel` ADD CONSTRAINT `account_tax_tms_waybill_line_rel_tms_waybill_line_id_fkey` FOREIGN KEY (`tms_waybill_line_id`) REFERENCES `tms_waybill_line` (`id`) ON DELETE CASCADE;
ALTER TABLE `res_partner_tms_travel_rel` ADD CONSTRAINT `res_partner_tms_travel_rel_tms_travel_id_fkey` FOREIGN KEY (`tms_travel_id`) REFERENCES `tms_travel` (`id`) ON DELETE CASCADE;
ALTER TABLE `tms_expense_line_tms_expense_loan_rel` ADD CONSTRAINT `tms_expense_line_tms_expense_loan_rel_tms_expense_loan_id_fkey` FOREIGN KEY (`tms_expense_loan_id`) REFERENCES `tms_expense_loan` (`id`) ON DELETE CASCADE;
ALTER TABLE `tms_expense_line_tms_expense_loan_rel` ADD CONSTRAINT `tms_expense_line_tms_expense_loan_rel_tms_expense_line_id_fkey` FOREIGN KEY (`tms_expense_line_id`) REFERENCES `tms_expense_line` (`id`) ON DELETE CASCADE;
ALTER TABLE `tms_expense_tms_travel_rel` ADD CONSTRAINT `tms_expense_tms_travel_rel_tms_expense_id_fkey` FOREIGN KEY (`tms_expense_id`) REFERENCES `tms_expense` (`id`) ON DELETE CASCADE;
ALTER TABLE `tms_expense_tms_travel_rel` ADD CONSTRAINT `tms_expense_tms_travel_rel_tms_travel_id_fkey` FOREIGN KEY (`tms_travel_id`) REFERENCES `tms_travel` (`id`) ON DELETE CASCADE;
ALTER TABLE `tms_route_tms_route_tollstation_rel` ADD CONSTRAINT `tms_route_tms_route_tollstation_rel_tms_route_id_fkey` FOREIGN KEY (`tms_route_id`) REFERENCES `tms_route` (`id`) ON DELETE CASCADE;
ALTER TABLE `tms_route_tms_route_tollstation_rel` ADD CONSTRAINT `tms_route_tms_route_tollstation_rel_tms_route_tollstation_id_fk` FOREIGN KEY (`tms_route_tollstation_id`) REFERENCES `tms_route_tollstation` (`id`) ON DELETE CASCADE;
ALTER TABLE `tms_travel_tms_waybill_rel` ADD CONSTRAINT `tms_travel_tms_waybill_rel_tms_travel_id_fkey` FOREIGN KEY (`tms_travel_id`) REFERENCES `tms_travel` (`id`) ON DELETE CASCADE;
ALTER TABLE `tms_travel_tms_waybill_rel` ADD CONSTRAINT `tms_travel_tms_waybill_rel_tms_waybill_id_fkey` FOREIGN KEY (`tms_waybill_id`) REFERENCES `tms_waybill` (`id`) ON DELETE CASCADE;
