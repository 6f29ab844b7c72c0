-- Mealie (self-hosted recipe manager and meal planner with multi-user groups and households)
-- Upstream: github.com/mealie-recipes/mealie, commit b5643a9399465d8b4ea339e7a6639df2d697741b
-- (v2.0.0-21, 2024-10-24), licence AGPL-3.0.
-- How made: the 37 Alembic migrations of alembic/versions/ (head 3897397b4631) were run with upstream's own
-- alembic env (SQLAlchemy 2.0.36, Alembic 1.13.3 as pinned in poetry.lock) against an empty PostgreSQL 15
-- database; every table it built (all but alembic_version) was then written as MySQL DDL from the PostgreSQL
-- catalogue by a script, in PostgreSQL's column order (columns added by later migrations come last).
-- Types: GUID (uuid on PostgreSQL, CHAR(32) on every other engine in upstream's own GUID type) -> CHAR(32);
-- String without length -> TEXT, or VARCHAR(255) where the column is in a key; TIMESTAMP -> DATETIME;
-- DOUBLE PRECISION -> DOUBLE; BOOLEAN -> BOOL; the authmethod enum -> ENUM. Primary keys, unique constraints,
-- plain-column unique indexes and foreign keys kept as the migrations made them (no ON DELETE is declared
-- upstream); non-unique indexes left out. The migrations never add the models' recipes.user_id -> users.id
-- foreign key (use_alter), so it is absent here as in a migrated database.

CREATE TABLE `groups` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_groups_name` (`name`),
  UNIQUE KEY `ix_groups_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipes` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `slug` VARCHAR(255),
  `group_id` CHAR(32) NOT NULL,
  `user_id` CHAR(32),
  `name` TEXT NOT NULL,
  `description` TEXT,
  `image` TEXT,
  `total_time` TEXT,
  `prep_time` TEXT,
  `perform_time` TEXT,
  `cook_time` TEXT,
  `recipe_yield` TEXT,
  `recipeCuisine` TEXT,
  `rating` DOUBLE,
  `org_url` TEXT,
  `date_added` DATE,
  `date_updated` DATETIME NULL,
  `is_ocr_recipe` BOOL,
  `last_made` DATETIME NULL,
  `name_normalized` TEXT NOT NULL,
  `description_normalized` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `recipe_slug_group_id_key` (`slug`, `group_id`),
  CONSTRAINT `recipes_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_extras` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `recipee_id` CHAR(32),
  `key_name` TEXT,
  `value` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_extras_recipee_id_fkey` FOREIGN KEY (`recipee_id`) REFERENCES `recipes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `group_id` CHAR(32) NOT NULL,
  `id` CHAR(32) NOT NULL,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `category_slug_group_id_key` (`slug`, `group_id`),
  CONSTRAINT `categories_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `households` (
  `id` CHAR(32) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255),
  `group_id` CHAR(32) NOT NULL,
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `household_name_group_id_key` (`group_id`, `name`),
  UNIQUE KEY `household_slug_group_id_key` (`group_id`, `slug`),
  CONSTRAINT `households_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbooks` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `position` INT NOT NULL,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `group_id` CHAR(32),
  `public` BOOL,
  `require_all_categories` BOOL,
  `require_all_tags` BOOL,
  `require_all_tools` BOOL,
  `household_id` CHAR(32),
  `query_filter_string` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cookbook_slug_group_id_key` (`slug`, `group_id`),
  CONSTRAINT `cookbooks_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `fk_cookbooks_household_id` FOREIGN KEY (`household_id`) REFERENCES `households` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbooks_to_categories` (
  `cookbook_id` CHAR(32),
  `category_id` CHAR(32),
  UNIQUE KEY `cookbook_id_category_id_key` (`cookbook_id`, `category_id`),
  CONSTRAINT `cookbooks_to_categories_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`),
  CONSTRAINT `cookbooks_to_categories_cookbook_id_fkey` FOREIGN KEY (`cookbook_id`) REFERENCES `cookbooks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `group_id` CHAR(32) NOT NULL,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_slug_group_id_key` (`slug`, `group_id`),
  CONSTRAINT `tags_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbooks_to_tags` (
  `cookbook_id` CHAR(32),
  `tag_id` CHAR(32),
  UNIQUE KEY `cookbook_id_tag_id_key` (`cookbook_id`, `tag_id`),
  CONSTRAINT `cookbooks_to_tags_cookbook_id_fkey` FOREIGN KEY (`cookbook_id`) REFERENCES `cookbooks` (`id`),
  CONSTRAINT `cookbooks_to_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tools` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `group_id` CHAR(32) NOT NULL,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `on_hand` BOOL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tools_slug_group_id_key` (`slug`, `group_id`),
  CONSTRAINT `tools_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cookbooks_to_tools` (
  `cookbook_id` CHAR(32),
  `tool_id` CHAR(32),
  UNIQUE KEY `cookbook_id_tool_id_key` (`cookbook_id`, `tool_id`),
  CONSTRAINT `cookbooks_to_tools_cookbook_id_fkey` FOREIGN KEY (`cookbook_id`) REFERENCES `cookbooks` (`id`),
  CONSTRAINT `cookbooks_to_tools_tool_id_fkey` FOREIGN KEY (`tool_id`) REFERENCES `tools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_data_exports` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `group_id` CHAR(32),
  `name` TEXT NOT NULL,
  `filename` TEXT NOT NULL,
  `path` TEXT NOT NULL,
  `size` TEXT NOT NULL,
  `expires` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `group_data_exports_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_events_notifiers` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `name` TEXT NOT NULL,
  `enabled` BOOL NOT NULL,
  `apprise_url` TEXT NOT NULL,
  `group_id` CHAR(32),
  `household_id` CHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_group_events_notifiers_household_id` FOREIGN KEY (`household_id`) REFERENCES `households` (`id`),
  CONSTRAINT `group_events_notifiers_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_events_notifier_options` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `event_notifier_id` CHAR(32) NOT NULL,
  `recipe_created` BOOL NOT NULL,
  `recipe_updated` BOOL NOT NULL,
  `recipe_deleted` BOOL NOT NULL,
  `user_signup` BOOL NOT NULL,
  `data_migrations` BOOL NOT NULL,
  `data_export` BOOL NOT NULL,
  `data_import` BOOL NOT NULL,
  `mealplan_entry_created` BOOL NOT NULL,
  `shopping_list_created` BOOL NOT NULL,
  `shopping_list_updated` BOOL NOT NULL,
  `shopping_list_deleted` BOOL NOT NULL,
  `cookbook_created` BOOL NOT NULL,
  `cookbook_updated` BOOL NOT NULL,
  `cookbook_deleted` BOOL NOT NULL,
  `tag_created` BOOL NOT NULL,
  `tag_updated` BOOL NOT NULL,
  `tag_deleted` BOOL NOT NULL,
  `category_created` BOOL NOT NULL,
  `category_updated` BOOL NOT NULL,
  `category_deleted` BOOL NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `group_events_notifier_options_event_notifier_id_fkey` FOREIGN KEY (`event_notifier_id`) REFERENCES `group_events_notifiers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_meal_plan_rules` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `group_id` CHAR(32) NOT NULL,
  `day` TEXT NOT NULL,
  `entry_type` TEXT NOT NULL,
  `household_id` CHAR(32),
  `query_filter_string` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_group_meal_plan_rules_household_id` FOREIGN KEY (`household_id`) REFERENCES `households` (`id`),
  CONSTRAINT `group_meal_plan_rules_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `full_name` TEXT,
  `username` VARCHAR(255),
  `email` VARCHAR(255),
  `password` TEXT,
  `admin` BOOL,
  `advanced` BOOL,
  `group_id` CHAR(32) NOT NULL,
  `cache_key` TEXT,
  `can_manage` BOOL,
  `can_invite` BOOL,
  `can_organize` BOOL,
  `owned_recipes_id` CHAR(32),
  `login_attemps` INT,
  `locked_at` DATETIME NULL,
  `auth_method` ENUM('MEALIE','LDAP','OIDC') NOT NULL DEFAULT 'MEALIE',
  `household_id` CHAR(32),
  `can_manage_household` BOOL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_users_email` (`email`),
  UNIQUE KEY `ix_users_username` (`username`),
  CONSTRAINT `fk_users_household_id` FOREIGN KEY (`household_id`) REFERENCES `households` (`id`),
  CONSTRAINT `users_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `users_owned_recipes_id_fkey` FOREIGN KEY (`owned_recipes_id`) REFERENCES `recipes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_meal_plans` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `date` DATE NOT NULL,
  `entry_type` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `text` TEXT NOT NULL,
  `group_id` CHAR(32),
  `recipe_id` CHAR(32),
  `user_id` CHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_mealplans` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `group_meal_plans_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `group_meal_plans_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_preferences` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `group_id` CHAR(32) NOT NULL,
  `private_group` BOOL,
  `first_day_of_week` INT,
  `recipe_public` BOOL,
  `recipe_show_nutrition` BOOL,
  `recipe_show_assets` BOOL,
  `recipe_landscape_view` BOOL,
  `recipe_disable_comments` BOOL,
  `recipe_disable_amount` BOOL,
  PRIMARY KEY (`id`),
  CONSTRAINT `group_preferences_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_reports` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `name` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  `category` TEXT NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `group_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `group_reports_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_to_categories` (
  `group_id` CHAR(32),
  `category_id` CHAR(32),
  UNIQUE KEY `group_id_category_id_key` (`group_id`, `category_id`),
  CONSTRAINT `group_to_categories_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`),
  CONSTRAINT `group_to_categories_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `household_preferences` (
  `id` CHAR(32) NOT NULL,
  `household_id` CHAR(32) NOT NULL,
  `private_household` BOOL,
  `first_day_of_week` INT,
  `recipe_public` BOOL,
  `recipe_show_nutrition` BOOL,
  `recipe_show_assets` BOOL,
  `recipe_landscape_view` BOOL,
  `recipe_disable_comments` BOOL,
  `recipe_disable_amount` BOOL,
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `lock_recipe_edits_from_other_households` BOOL,
  PRIMARY KEY (`id`),
  CONSTRAINT `household_preferences_household_id_fkey` FOREIGN KEY (`household_id`) REFERENCES `households` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multi_purpose_labels` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(10) NOT NULL,
  `group_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `multi_purpose_labels_name_group_id_key` (`name`, `group_id`),
  CONSTRAINT `multi_purpose_labels_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ingredient_foods` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `group_id` CHAR(32) NOT NULL,
  `name` VARCHAR(255),
  `description` TEXT,
  `label_id` CHAR(32),
  `name_normalized` TEXT,
  `plural_name` TEXT,
  `plural_name_normalized` TEXT,
  `on_hand` BOOL NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ingredient_foods_name_group_id_key` (`name`, `group_id`),
  CONSTRAINT `ingredient_foods_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `ingredient_foods_label_id_fkey` FOREIGN KEY (`label_id`) REFERENCES `multi_purpose_labels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ingredient_food_extras` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `key_name` TEXT,
  `value` TEXT,
  `ingredient_food_id` CHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `ingredient_food_extras_ingredient_food_id_fkey` FOREIGN KEY (`ingredient_food_id`) REFERENCES `ingredient_foods` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ingredient_foods_aliases` (
  `id` CHAR(32) NOT NULL,
  `food_id` CHAR(32) NOT NULL,
  `name` TEXT NOT NULL,
  `name_normalized` TEXT,
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  PRIMARY KEY (`id`, `food_id`),
  CONSTRAINT `ingredient_foods_aliases_food_id_fkey` FOREIGN KEY (`food_id`) REFERENCES `ingredient_foods` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ingredient_units` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `group_id` CHAR(32) NOT NULL,
  `name` VARCHAR(255),
  `description` TEXT,
  `abbreviation` TEXT,
  `fraction` BOOL,
  `use_abbreviation` BOOL,
  `name_normalized` TEXT,
  `abbreviation_normalized` TEXT,
  `plural_name` TEXT,
  `plural_name_normalized` TEXT,
  `plural_abbreviation` TEXT,
  `plural_abbreviation_normalized` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ingredient_units_name_group_id_key` (`name`, `group_id`),
  CONSTRAINT `ingredient_units_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ingredient_units_aliases` (
  `id` CHAR(32) NOT NULL,
  `unit_id` CHAR(32) NOT NULL,
  `name` TEXT NOT NULL,
  `name_normalized` TEXT,
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  PRIMARY KEY (`id`, `unit_id`),
  CONSTRAINT `ingredient_units_aliases_unit_id_fkey` FOREIGN KEY (`unit_id`) REFERENCES `ingredient_units` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invite_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `token` VARCHAR(255) NOT NULL,
  `uses_left` INT NOT NULL,
  `group_id` CHAR(32),
  `household_id` CHAR(32),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_invite_tokens_token` (`token`),
  CONSTRAINT `fk_invite_tokens_household_id` FOREIGN KEY (`household_id`) REFERENCES `households` (`id`),
  CONSTRAINT `invite_tokens_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `long_live_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `name` TEXT NOT NULL,
  `token` TEXT NOT NULL,
  `user_id` CHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `long_live_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `recipe_id` CHAR(32),
  `title` TEXT,
  `text` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `notes_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `user_id` CHAR(32) NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `password_reset_tokens_token_key` (`token`),
  CONSTRAINT `password_reset_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plan_rules_to_categories` (
  `group_plan_rule_id` CHAR(32),
  `category_id` CHAR(32),
  UNIQUE KEY `group_plan_rule_id_category_id_key` (`group_plan_rule_id`, `category_id`),
  CONSTRAINT `plan_rules_to_categories_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`),
  CONSTRAINT `plan_rules_to_categories_group_plan_rule_id_fkey` FOREIGN KEY (`group_plan_rule_id`) REFERENCES `group_meal_plan_rules` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plan_rules_to_households` (
  `group_plan_rule_id` CHAR(32),
  `household_id` CHAR(32),
  UNIQUE KEY `group_plan_rule_id_household_id_key` (`group_plan_rule_id`, `household_id`),
  CONSTRAINT `plan_rules_to_households_group_plan_rule_id_fkey` FOREIGN KEY (`group_plan_rule_id`) REFERENCES `group_meal_plan_rules` (`id`),
  CONSTRAINT `plan_rules_to_households_household_id_fkey` FOREIGN KEY (`household_id`) REFERENCES `households` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plan_rules_to_tags` (
  `plan_rule_id` CHAR(32),
  `tag_id` CHAR(32),
  UNIQUE KEY `plan_rule_id_tag_id_key` (`plan_rule_id`, `tag_id`),
  CONSTRAINT `plan_rules_to_tags_plan_rule_id_fkey` FOREIGN KEY (`plan_rule_id`) REFERENCES `group_meal_plan_rules` (`id`),
  CONSTRAINT `plan_rules_to_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipe_actions` (
  `id` CHAR(32) NOT NULL,
  `group_id` CHAR(32) NOT NULL,
  `action_type` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `household_id` CHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_recipe_actions_household_id` FOREIGN KEY (`household_id`) REFERENCES `households` (`id`),
  CONSTRAINT `recipe_actions_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipe_assets` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `recipe_id` CHAR(32),
  `name` TEXT,
  `icon` TEXT,
  `file_name` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `recipe_assets_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipe_comments` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `text` TEXT,
  `recipe_id` CHAR(32) NOT NULL,
  `user_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `recipe_comments_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`),
  CONSTRAINT `recipe_comments_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipe_instructions` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `recipe_id` CHAR(32),
  `position` INT,
  `type` TEXT,
  `title` TEXT,
  `text` TEXT,
  `summary` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `recipe_instructions_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipe_ingredient_ref_link` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `instruction_id` CHAR(32),
  `reference_id` CHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `recipe_ingredient_ref_link_instruction_id_fkey` FOREIGN KEY (`instruction_id`) REFERENCES `recipe_instructions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipe_nutrition` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `recipe_id` CHAR(32),
  `calories` TEXT,
  `fat_content` TEXT,
  `fiber_content` TEXT,
  `protein_content` TEXT,
  `carbohydrate_content` TEXT,
  `sodium_content` TEXT,
  `sugar_content` TEXT,
  `cholesterol_content` TEXT,
  `saturated_fat_content` TEXT,
  `trans_fat_content` TEXT,
  `unsaturated_fat_content` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `recipe_nutrition_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipe_settings` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `recipe_id` CHAR(32),
  `public` BOOL,
  `show_nutrition` BOOL,
  `show_assets` BOOL,
  `landscape_view` BOOL,
  `disable_amount` BOOL,
  `disable_comments` BOOL,
  `locked` BOOL,
  PRIMARY KEY (`id`),
  CONSTRAINT `recipe_settings_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipe_share_tokens` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `group_id` CHAR(32) NOT NULL,
  `recipe_id` CHAR(32) NOT NULL,
  `expires_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `recipe_share_tokens_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `recipe_share_tokens_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipe_timeline_events` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `recipe_id` CHAR(32) NOT NULL,
  `user_id` CHAR(32) NOT NULL,
  `subject` TEXT NOT NULL,
  `message` TEXT,
  `event_type` TEXT,
  `image` TEXT,
  `timestamp` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `recipe_timeline_events_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`),
  CONSTRAINT `recipe_timeline_events_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipes_ingredients` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `position` INT,
  `recipe_id` CHAR(32),
  `title` TEXT,
  `note` TEXT,
  `unit_id` CHAR(32),
  `food_id` CHAR(32),
  `quantity` DOUBLE,
  `reference_id` CHAR(32),
  `original_text` TEXT,
  `note_normalized` TEXT,
  `original_text_normalized` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `recipes_ingredients_food_id_fkey` FOREIGN KEY (`food_id`) REFERENCES `ingredient_foods` (`id`),
  CONSTRAINT `recipes_ingredients_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`),
  CONSTRAINT `recipes_ingredients_unit_id_fkey` FOREIGN KEY (`unit_id`) REFERENCES `ingredient_units` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipes_to_categories` (
  `recipe_id` CHAR(32),
  `category_id` CHAR(32),
  UNIQUE KEY `recipe_id_category_id_key` (`recipe_id`, `category_id`),
  CONSTRAINT `recipes_to_categories_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`),
  CONSTRAINT `recipes_to_categories_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipes_to_tags` (
  `recipe_id` CHAR(32),
  `tag_id` CHAR(32),
  UNIQUE KEY `recipe_id_tag_id_key` (`recipe_id`, `tag_id`),
  CONSTRAINT `recipes_to_tags_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`),
  CONSTRAINT `recipes_to_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipes_to_tools` (
  `recipe_id` CHAR(32),
  `tool_id` CHAR(32),
  UNIQUE KEY `recipe_id_tool_id_key` (`recipe_id`, `tool_id`),
  CONSTRAINT `recipes_to_tools_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`),
  CONSTRAINT `recipes_to_tools_tool_id_fkey` FOREIGN KEY (`tool_id`) REFERENCES `tools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_entries` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `success` BOOL,
  `message` TEXT,
  `exception` TEXT,
  `timestamp` DATETIME NOT NULL,
  `report_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `report_entries_report_id_fkey` FOREIGN KEY (`report_id`) REFERENCES `group_reports` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_tasks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `name` TEXT NOT NULL,
  `completed_date` DATETIME NULL,
  `status` TEXT NOT NULL,
  `log` TEXT,
  `group_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `server_tasks_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shopping_lists` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `group_id` CHAR(32) NOT NULL,
  `name` TEXT,
  `user_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_shopping_lists` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `shopping_lists_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shopping_list_extras` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `key_name` TEXT,
  `value` TEXT,
  `shopping_list_id` CHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `shopping_list_extras_shopping_list_id_fkey` FOREIGN KEY (`shopping_list_id`) REFERENCES `shopping_lists` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shopping_list_items` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `shopping_list_id` CHAR(32),
  `is_ingredient` BOOL,
  `position` INT NOT NULL,
  `checked` BOOL,
  `quantity` DOUBLE,
  `note` TEXT,
  `is_food` BOOL,
  `unit_id` CHAR(32),
  `food_id` CHAR(32),
  `label_id` CHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `shopping_list_items_food_id_fkey` FOREIGN KEY (`food_id`) REFERENCES `ingredient_foods` (`id`),
  CONSTRAINT `shopping_list_items_label_id_fkey` FOREIGN KEY (`label_id`) REFERENCES `multi_purpose_labels` (`id`),
  CONSTRAINT `shopping_list_items_shopping_list_id_fkey` FOREIGN KEY (`shopping_list_id`) REFERENCES `shopping_lists` (`id`),
  CONSTRAINT `shopping_list_items_unit_id_fkey` FOREIGN KEY (`unit_id`) REFERENCES `ingredient_units` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shopping_list_item_extras` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `key_name` TEXT,
  `value` TEXT,
  `shopping_list_item_id` CHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `shopping_list_item_extras_shopping_list_item_id_fkey` FOREIGN KEY (`shopping_list_item_id`) REFERENCES `shopping_list_items` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shopping_list_item_recipe_reference` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `shopping_list_item_id` CHAR(32) NOT NULL,
  `recipe_id` CHAR(32),
  `recipe_quantity` DOUBLE NOT NULL,
  `recipe_scale` DOUBLE NOT NULL,
  `recipe_note` TEXT,
  PRIMARY KEY (`id`, `shopping_list_item_id`),
  CONSTRAINT `shopping_list_item_recipe_reference_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`),
  CONSTRAINT `shopping_list_item_recipe_reference_shopping_list_item_id_fkey` FOREIGN KEY (`shopping_list_item_id`) REFERENCES `shopping_list_items` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shopping_list_recipe_reference` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `shopping_list_id` CHAR(32) NOT NULL,
  `recipe_id` CHAR(32),
  `recipe_quantity` DOUBLE NOT NULL,
  PRIMARY KEY (`id`, `shopping_list_id`),
  CONSTRAINT `shopping_list_recipe_reference_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`),
  CONSTRAINT `shopping_list_recipe_reference_shopping_list_id_fkey` FOREIGN KEY (`shopping_list_id`) REFERENCES `shopping_lists` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shopping_lists_multi_purpose_labels` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `shopping_list_id` CHAR(32) NOT NULL,
  `label_id` CHAR(32) NOT NULL,
  `position` INT NOT NULL,
  PRIMARY KEY (`id`, `shopping_list_id`, `label_id`),
  UNIQUE KEY `shopping_list_id_label_id_key` (`shopping_list_id`, `label_id`),
  CONSTRAINT `shopping_lists_multi_purpose_labels_label_id_fkey` FOREIGN KEY (`label_id`) REFERENCES `multi_purpose_labels` (`id`),
  CONSTRAINT `shopping_lists_multi_purpose_labels_shopping_list_id_fkey` FOREIGN KEY (`shopping_list_id`) REFERENCES `shopping_lists` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_to_recipes` (
  `user_id` CHAR(32) NOT NULL,
  `recipe_id` CHAR(32) NOT NULL,
  `rating` DOUBLE,
  `is_favorite` BOOL NOT NULL,
  `id` CHAR(32) NOT NULL,
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  PRIMARY KEY (`user_id`, `recipe_id`, `id`),
  UNIQUE KEY `user_id_recipe_id_rating_key` (`user_id`, `recipe_id`),
  CONSTRAINT `users_to_recipes_recipe_id_fkey` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`),
  CONSTRAINT `users_to_recipes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_urls` (
  `created_at` DATETIME NULL,
  `update_at` DATETIME NULL,
  `id` CHAR(32) NOT NULL,
  `group_id` CHAR(32),
  `enabled` BOOL,
  `name` TEXT,
  `url` TEXT,
  `time` TEXT,
  `webhook_type` TEXT,
  `scheduled_time` TIME,
  `household_id` CHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_webhook_urls_household_id` FOREIGN KEY (`household_id`) REFERENCES `households` (`id`),
  CONSTRAINT `webhook_urls_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
