SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `username` text,
  `hashed_password` text NOT NULL,
  `roles` json NOT NULL,
  `status` text NOT NULL,
  `is_service_provider` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `organization_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_profiles` (
  `id` char(36) NOT NULL,
  `first_name` text NOT NULL,
  `last_name` text,
  `other_name` text,
  `phone_number` text,
  `secondary_phone_number` text,
  `date_of_birth` date,
  `address` text,
  `city` text,
  `state` text,
  `postal_code` text,
  `profile_photo` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `updated_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `extra_data` json,
  `purpose` text NOT NULL,
  `expires_at` datetime NOT NULL,
  `subject` text NOT NULL,
  `jti` varchar(255) NOT NULL,
  PRIMARY KEY (`jti`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `phone` text,
  `is_provider` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inspection_form_vehicles` (
  `inspection_form_id` char(36) NOT NULL,
  `vehicle_id` char(36) NOT NULL,
  PRIMARY KEY (`inspection_form_id`,`vehicle_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fuel_histories` (
  `id` char(36) NOT NULL,
  `odometer_reading` decimal(30,10) NOT NULL,
  `refuel_datetime` datetime NOT NULL,
  `refuel_quantity` decimal(30,10) NOT NULL,
  `refuel_cost` varchar(255) NOT NULL,
  `refuel_location` text,
  `fuel_type` text NOT NULL,
  `payment_method` text NOT NULL,
  `notes` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vehicle_id` char(36) NOT NULL,
  `refueled_by_id` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inspection_forms` (
  `id` char(36) NOT NULL,
  `slug` text,
  `title` text NOT NULL,
  `labels` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_order_service_tasks` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `work_order_id` char(36) NOT NULL,
  `service_task_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vehicle_makes` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `text_input_values` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `slug` text NOT NULL,
  `type` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `inspection_submission_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `radio_input_values` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `slug` text NOT NULL,
  `type` text NOT NULL,
  `status` text NOT NULL,
  `comments` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `inspection_submission_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_reminders` (
  `id` char(36) NOT NULL,
  `mileage_interval` decimal(30,10),
  `hours_interval` decimal(30,10),
  `time_interval` bigint(20),
  `time_interval_unit` text,
  `mileage_threshold` decimal(30,10),
  `hours_threshold` decimal(30,10),
  `time_threshold` bigint(20),
  `time_threshold_unit` text,
  `last_completed_mileage` decimal(30,10),
  `last_completed_hours` decimal(30,10),
  `last_completed_date` date,
  `next_due_mileage` decimal(30,10),
  `next_due_hours` decimal(30,10),
  `next_due_date` date,
  `due_status` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `service_group_schedule_id` char(36),
  `service_task_id` char(36) NOT NULL,
  `vehicle_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sequences` (
  `id` char(36) NOT NULL,
  `resource_name` text NOT NULL,
  `current_count` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signature_input_values` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `role` text,
  `encoded_image` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `inspection_submission_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vehicle_photos` (
  `id` char(36) NOT NULL,
  `filename` text NOT NULL,
  `caption` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vehicle_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vehicle_reminder_purposes` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_order_photos` (
  `id` char(36) NOT NULL,
  `filename` text NOT NULL,
  `caption` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `work_order_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vehicle_engine_specs` (
  `id` char(36) NOT NULL,
  `manufacturer` text,
  `model` text,
  `serial_number` text,
  `aspiration` text,
  `displacement` decimal(30,10),
  `cylinders` bigint(20),
  `cylinder_bore` decimal(30,10),
  `valves_per_cylinder` bigint(20),
  `compression_ratio` text,
  `piston_stroke` decimal(30,10),
  `power` decimal(30,10),
  `torque` decimal(30,10),
  `fuel_type` text,
  `fuel_delivery_type` text,
  `config_type` text,
  `valve_train_design` text,
  `cooling_type` text,
  `oil_capacity` decimal(30,10),
  `oil_specification` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vehicle_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vehicle_groups` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_orders` (
  `id` char(36) NOT NULL,
  `work_order_number` bigint(20) NOT NULL,
  `status` text NOT NULL,
  `description` text,
  `comments` text,
  `start_mileage` decimal(30,10),
  `start_hours` decimal(30,10),
  `repair_category` text,
  `date_and_time_issued` datetime NOT NULL,
  `date_and_time_started` datetime,
  `date_and_time_completed` datetime,
  `documents` json,
  `labels` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vehicle_id` char(36) NOT NULL,
  `assigned_to_id` char(36),
  `issued_by_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_order_service_task_vendor_labor_details` (
  `id` char(36) NOT NULL,
  `hours` decimal(30,10),
  `rate` varchar(255),
  `subtotal` varchar(255),
  `comments` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vendor_id` char(36) NOT NULL,
  `work_order_service_task_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vehicle_documents` (
  `id` char(36) NOT NULL,
  `filename` text NOT NULL,
  `storage_filename` text NOT NULL,
  `file_type` text,
  `caption` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vehicle_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vehicles` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `model_code` text,
  `category` text,
  `type` text NOT NULL,
  `body_style` text,
  `chassis_number` text,
  `license_plate` text,
  `vin` text,
  `year` bigint(20),
  `base_price` decimal(30,10),
  `purchase_date` date,
  `purchase_price` decimal(30,10),
  `dealer_name` text,
  `color` text,
  `hours` decimal(30,10),
  `image_url` text,
  `mileage` decimal(30,10),
  `status` text,
  `photo` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vehicle_model_id` char(36),
  `vehicle_group_id` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inspection_submissions` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vehicle_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `inspection_form_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fuel_history_photos` (
  `id` char(36) NOT NULL,
  `filename` text NOT NULL,
  `caption` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `fuel_history_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `text_inputs` (
  `id` char(36) NOT NULL,
  `slug` text NOT NULL,
  `type` text NOT NULL,
  `name` text NOT NULL,
  `help_text` text,
  `inspection_form_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `part_categories` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `signature_input_types` (
  `id` char(36) NOT NULL,
  `slug` text NOT NULL,
  `type` text NOT NULL,
  `name` text NOT NULL,
  `help_text` text,
  `required` tinyint(1) NOT NULL,
  `inspection_form_id` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vehicle_general_reminders` (
  `id` char(36) NOT NULL,
  `description` text,
  `time_interval` decimal(30,10),
  `time_interval_unit` text,
  `due_date_threshold` bigint(20),
  `due_date_threshold_unit` text,
  `last_completed_date` date,
  `due_status` text NOT NULL,
  `due_date` date NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vehicle_id` char(36) NOT NULL,
  `vehicle_reminder_purpose_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vendors` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `phone` text,
  `email` text,
  `address` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parts` (
  `id` char(36) NOT NULL,
  `name` text,
  `description` text,
  `part_number` text NOT NULL,
  `oem_part_number` text,
  `unit_cost` varchar(255),
  `unit_measurement` text,
  `quantity_threshold` decimal(30,10),
  `track_inventory` tinyint(1) NOT NULL,
  `stock_quantity` decimal(30,10),
  `stock_quantity_status` text,
  `documents` json,
  `photo` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `part_manufacturer_id` char(36),
  `part_category_id` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dropdown_input_values` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `slug` text NOT NULL,
  `type` text NOT NULL,
  `status` text NOT NULL,
  `selected_option` text NOT NULL,
  `comments` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `inspection_submission_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `number_input_values` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `pass_range_min` bigint(20) NOT NULL,
  `pass_range_max` bigint(20) NOT NULL,
  `slug` text NOT NULL,
  `type` text NOT NULL,
  `status` text NOT NULL,
  `value` bigint(20) NOT NULL,
  `comments` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `inspection_submission_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vehicle_assignments` (
  `id` char(36) NOT NULL,
  `start_datetime` datetime NOT NULL,
  `end_datetime` datetime,
  `start_mileage` decimal(30,10),
  `end_mileage` decimal(30,10),
  `comments` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vehicle_id` char(36) NOT NULL,
  `assignee_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vehicle_models` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vehicle_make_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_order_service_task_parts` (
  `id` char(36) NOT NULL,
  `unit_cost` varchar(255),
  `quantity` bigint(20),
  `subtotal` varchar(255),
  `comments` text,
  `update_inventory` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `work_order_service_task_id` char(36) NOT NULL,
  `part_id` char(36) NOT NULL,
  `inventory_location_id` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_tasks` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issues` (
  `id` char(36) NOT NULL,
  `issue_number` bigint(20) NOT NULL,
  `date_reported` datetime NOT NULL,
  `title` text NOT NULL,
  `description` text,
  `labels` json,
  `mileage` decimal(30,10),
  `hours` decimal(30,10),
  `due_date` date,
  `date_resolved` datetime,
  `priority` text,
  `status` text NOT NULL,
  `resolve_comments` text,
  `close_comments` text,
  `date_closed` datetime,
  `documents` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `vehicle_id` char(36) NOT NULL,
  `assigned_to_id` char(36),
  `reported_by_id` char(36) NOT NULL,
  `work_order_id` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_reminder_histories` (
  `id` char(36) NOT NULL,
  `last_completed_mileage` decimal(30,10),
  `last_completed_hours` decimal(30,10),
  `last_completed_date` date,
  `next_due_mileage` decimal(30,10),
  `next_due_hours` decimal(30,10),
  `next_due_date` date,
  `vehicle_mileage` decimal(30,10) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `work_order_id` char(36) NOT NULL,
  `service_reminder_id` char(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `work_order_service_task_technician_labor_details` (
  `id` char(36) NOT NULL,
  `hours` decimal(30,10),
  `rate` varchar(255),
  `subtotal` varchar(255),
  `comments` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `technician_id` char(36) NOT NULL,
  `work_order_service_task_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_photos` (
  `id` char(36) NOT NULL,
  `filename` text NOT NULL,
  `caption` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `issue_id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_groups` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `thumbnail_url` text,
  `logo` text,
  `description` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
