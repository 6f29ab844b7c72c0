-- Grocy (self-hosted groceries and household management), github.com/grocy/grocy, commit acd061e2cde09fc5bc4e34673021039b25ab7067 (MIT).
-- Upstream's schema is SQLite, built by migrations/0001.sql ... migrations/0255.sql (the PHP migrations only change data).
-- All migrations were applied to an empty SQLite database and its 36 tables (views and triggers left out) written as
-- MySQL DDL: INTEGER PRIMARY KEY AUTOINCREMENT -> INT AUTO_INCREMENT PRIMARY KEY, datetime('now','localtime') defaults
-- -> CURRENT_TIMESTAMP (CURRENT_DATE for a DATE); other types, defaults and CHECKs as upstream; upstream's one SQL comment
-- kept as a COMMENT. Upstream declares no foreign keys.

CREATE TABLE `locations` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL UNIQUE,
  `description` TEXT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `is_freezer` TINYINT NOT NULL DEFAULT 0,
  `active` TINYINT NOT NULL DEFAULT 1 CHECK(`active` IN (0, 1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quantity_units` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL UNIQUE,
  `description` TEXT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `name_plural` TEXT,
  `plural_forms` TEXT,
  `active` TINYINT NOT NULL DEFAULT 1 CHECK(`active` IN (0, 1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chores` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL UNIQUE,
  `description` TEXT,
  `period_type` TEXT NOT NULL,
  `period_days` INT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `period_config` TEXT,
  `track_date_only` TINYINT DEFAULT 0,
  `rollover` TINYINT DEFAULT 0,
  `assignment_type` TEXT,
  `assignment_config` TEXT,
  `next_execution_assigned_to_user_id` INT,
  `consume_product_on_execution` TINYINT NOT NULL DEFAULT 0,
  `product_id` TINYINT,
  `product_amount` REAL,
  `period_interval` INT NOT NULL DEFAULT 1 CHECK(`period_interval` > 0),
  `active` TINYINT NOT NULL DEFAULT 1 CHECK(`active` IN (0, 1)),
  `start_date` DATETIME,
  `rescheduled_date` DATETIME,
  `rescheduled_next_execution_assigned_to_user_id` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `batteries` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL UNIQUE,
  `description` TEXT,
  `used_in` TEXT,
  `charge_interval_days` INT NOT NULL DEFAULT 0,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `active` TINYINT NOT NULL DEFAULT 1 CHECK(`active` IN (0, 1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipes` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `picture_file_name` TEXT,
  `base_servings` INT DEFAULT 1,
  `desired_servings` INT DEFAULT 1,
  `not_check_shoppinglist` TINYINT NOT NULL DEFAULT 0,
  `type` TEXT DEFAULT 'normal',
  `product_id` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `username` TEXT NOT NULL UNIQUE,
  `first_name` TEXT,
  `last_name` TEXT,
  `password` TEXT NOT NULL,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `picture_file_name` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `session_key` TEXT NOT NULL UNIQUE,
  `user_id` INT NOT NULL,
  `expires` DATETIME,
  `last_used` DATETIME,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `api_key` TEXT NOT NULL UNIQUE,
  `user_id` INT NOT NULL,
  `expires` DATETIME,
  `last_used` DATETIME,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `key_type` TEXT NOT NULL DEFAULT 'default',
  `description` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chores_log` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `chore_id` INT NOT NULL,
  `tracked_time` DATETIME,
  `done_by_user_id` INT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `undone` TINYINT NOT NULL DEFAULT 0 CHECK(`undone` IN (0, 1)),
  `undone_timestamp` DATETIME,
  `skipped` TINYINT NOT NULL DEFAULT 0 CHECK(`skipped` IN (0, 1)),
  `scheduled_execution_time` DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_categories` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL UNIQUE,
  `description` TEXT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `active` TINYINT NOT NULL DEFAULT 1 CHECK(`active` IN (0, 1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_groups` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL UNIQUE,
  `description` TEXT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `active` TINYINT NOT NULL DEFAULT 1 CHECK(`active` IN (0, 1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` INT NOT NULL,
  `key` TEXT NOT NULL,
  `value` TEXT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `row_updated_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY (`user_id`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `equipment` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL UNIQUE,
  `description` TEXT,
  `instruction_manual_file_name` TEXT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipes_nestings` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `recipe_id` INT NOT NULL,
  `includes_recipe_id` INT NOT NULL,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `servings` INT DEFAULT 1,
  UNIQUE KEY (`recipe_id`, `includes_recipe_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipes_pos` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `recipe_id` INT NOT NULL,
  `product_id` INT NOT NULL,
  `amount` REAL NOT NULL DEFAULT 0,
  `note` TEXT,
  `qu_id` INT,
  `only_check_single_unit_in_stock` TINYINT NOT NULL DEFAULT 0,
  `ingredient_group` TEXT,
  `not_check_stock_fulfillment` TINYINT NOT NULL DEFAULT 0,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `variable_amount` TEXT,
  `price_factor` REAL NOT NULL DEFAULT 1,
  `round_up` TINYINT NOT NULL DEFAULT 0 CHECK(`round_up` IN (0, 1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stock` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `product_id` INT NOT NULL,
  `amount` DECIMAL(15, 2) NOT NULL,
  `best_before_date` DATE,
  `purchased_date` DATE DEFAULT (CURRENT_DATE),
  `stock_id` TEXT NOT NULL,
  `price` DECIMAL(15, 2),
  `open` TINYINT NOT NULL DEFAULT 0 CHECK(`open` IN (0, 1)),
  `opened_date` DATETIME,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `location_id` INT,
  `shopping_location_id` INT,
  `note` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shopping_list` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `product_id` INT,
  `note` TEXT,
  `amount` DECIMAL(15, 2) NOT NULL DEFAULT 0,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `shopping_list_id` INT DEFAULT 1,
  `done` INT DEFAULT 0,
  `qu_id` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shopping_lists` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL UNIQUE,
  `description` TEXT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userfields` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `entity` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `caption` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `show_as_column_in_tables` TINYINT NOT NULL DEFAULT 0,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `config` TEXT,
  `sort_number` INT,
  `input_required` TINYINT NOT NULL DEFAULT 0 CHECK(`input_required` IN (0, 1)),
  `default_value` TEXT,
  UNIQUE KEY (`entity`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quantity_unit_conversions` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `from_qu_id` INT NOT NULL,
  `to_qu_id` INT NOT NULL,
  `factor` REAL NOT NULL,
  `product_id` INT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userentities` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL,
  `caption` TEXT NOT NULL,
  `description` TEXT,
  `show_in_sidebar_menu` TINYINT NOT NULL DEFAULT 1,
  `icon_css_class` TEXT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userobjects` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `userentity_id` INT NOT NULL,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meal_plan` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `day` DATE NOT NULL,
  `type` TEXT DEFAULT 'recipe',
  `recipe_id` INT,
  `recipe_servings` INT DEFAULT 1,
  `note` TEXT,
  `product_id` INT,
  `product_amount` REAL DEFAULT 0,
  `product_qu_id` INT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `done` TINYINT NOT NULL DEFAULT 0 CHECK(`done` IN (0, 1)),
  `section_id` INT NOT NULL DEFAULT -1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shopping_locations` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL UNIQUE,
  `description` TEXT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `active` TINYINT NOT NULL DEFAULT 1 CHECK(`active` IN (0, 1))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_barcodes` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `product_id` INT NOT NULL,
  `barcode` TEXT NOT NULL,
  `qu_id` INT,
  `amount` REAL,
  `shopping_location_id` INT,
  `last_price` DECIMAL(15, 2),
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `note` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `permission_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  UNIQUE KEY (`user_id`, `permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permission_hierarchy` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL UNIQUE,
  `parent` INT NULL COMMENT 'If the user has the parent permission, the user also has the child permission'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `due_date` DATETIME,
  `done` TINYINT NOT NULL DEFAULT 0 CHECK(`done` IN (0, 1)),
  `done_timestamp` DATETIME,
  `category_id` INT,
  `assigned_to_user_id` INT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `battery_charge_cycles` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `battery_id` INT NOT NULL,
  `tracked_time` DATETIME,
  `undone` TINYINT NOT NULL DEFAULT 0 CHECK(`undone` IN (0, 1)),
  `undone_timestamp` DATETIME,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meal_plan_sections` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL UNIQUE,
  `sort_number` INT,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `time_info` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stock_log` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `product_id` INT NOT NULL,
  `amount` DECIMAL(15, 2) NOT NULL,
  `best_before_date` DATE,
  `purchased_date` DATE,
  `used_date` DATE,
  `spoiled` INT NOT NULL DEFAULT 0,
  `stock_id` TEXT NOT NULL,
  `transaction_type` TEXT NOT NULL,
  `price` DECIMAL(15, 2),
  `undone` TINYINT NOT NULL DEFAULT 0 CHECK(`undone` IN (0, 1)),
  `undone_timestamp` DATETIME,
  `opened_date` DATETIME,
  `location_id` INT,
  `recipe_id` INT,
  `correlation_id` TEXT,
  `transaction_id` TEXT,
  `stock_row_id` INT,
  `shopping_location_id` INT,
  `user_id` INT NOT NULL,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `note` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userfield_values` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `field_id` INT NOT NULL,
  `object_id` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY (`field_id`, `object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` TEXT NOT NULL UNIQUE,
  `description` TEXT,
  `product_group_id` INT,
  `active` TINYINT NOT NULL DEFAULT 1 CHECK(`active` IN (0, 1)),
  `location_id` INT NOT NULL,
  `shopping_location_id` INT,
  `qu_id_purchase` INT NOT NULL,
  `qu_id_stock` INT NOT NULL,
  `min_stock_amount` INT NOT NULL DEFAULT 0,
  `default_best_before_days` INT NOT NULL DEFAULT 0,
  `default_best_before_days_after_open` INT NOT NULL DEFAULT 0,
  `default_best_before_days_after_freezing` INT NOT NULL DEFAULT 0,
  `default_best_before_days_after_thawing` INT NOT NULL DEFAULT 0,
  `picture_file_name` TEXT,
  `enable_tare_weight_handling` TINYINT NOT NULL DEFAULT 0,
  `tare_weight` REAL NOT NULL DEFAULT 0,
  `not_check_stock_fulfillment_for_recipes` TINYINT DEFAULT 0,
  `parent_product_id` INT,
  `calories` INT,
  `cumulate_min_stock_amount_of_sub_products` TINYINT DEFAULT 0,
  `due_type` TINYINT NOT NULL DEFAULT 1 CHECK(`due_type` IN (1, 2)),
  `quick_consume_amount` REAL NOT NULL DEFAULT 1,
  `hide_on_stock_overview` TINYINT NOT NULL DEFAULT 0 CHECK(`hide_on_stock_overview` IN (0, 1)),
  `default_stock_label_type` INT NOT NULL DEFAULT 0,
  `should_not_be_frozen` TINYINT NOT NULL DEFAULT 0 CHECK(`should_not_be_frozen` IN (0, 1)),
  `treat_opened_as_out_of_stock` TINYINT NOT NULL DEFAULT 1 CHECK(`treat_opened_as_out_of_stock` IN (0, 1)),
  `no_own_stock` TINYINT NOT NULL DEFAULT 0 CHECK(`no_own_stock` IN (0, 1)),
  `default_consume_location_id` INT,
  `move_on_open` TINYINT NOT NULL DEFAULT 0 CHECK(`move_on_open` IN (0, 1)),
  `row_created_timestamp` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `qu_id_consume` INT,
  `auto_reprint_stock_label` TINYINT NOT NULL DEFAULT 0 CHECK(`auto_reprint_stock_label` IN (0, 1)),
  `quick_open_amount` REAL NOT NULL DEFAULT 1,
  `qu_id_price` INT,
  `disable_open` TINYINT NOT NULL DEFAULT 0 CHECK(`disable_open` IN (0, 1)),
  `default_purchase_price_type` TINYINT NOT NULL DEFAULT 1 CHECK(`default_purchase_price_type` IN (1, 2, 3))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cache__quantity_unit_conversions_resolved` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `product_id` INT,
  `from_qu_id` INT,
  `from_qu_name` TEXT,
  `from_qu_name_plural` TEXT,
  `to_qu_id` INT,
  `to_qu_name` TEXT,
  `to_qu_name_plural` TEXT,
  `factor` TEXT,
  `path` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cache__products_average_price` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `product_id` INT,
  `price` DECIMAL(15, 2),
  UNIQUE KEY (`product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cache__products_last_purchased` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `product_id` INT,
  `amount` DECIMAL(15, 2),
  `best_before_date` DATE,
  `purchased_date` DATE,
  `price` DECIMAL(15, 2),
  `location_id` INT,
  `shopping_location_id` INT,
  UNIQUE KEY (`product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
