-- KitchenOwl (grocery list, recipe manager, meal planner and household expense tracker): final schema of its
-- Alembic migrations. Source: github.com/TomBursch/kitchenowl (the project's repository),
-- commit 8677319da3e195c705be2c8ea8a064c23b788662 (AGPL-3.0), backend/migrations/versions/*.py
-- (46 Flask-Migrate / Alembic revisions, 22d528c529ca ... head 0b10d67750be).
-- Made by running the 46 upstream revisions with Alembic 1.18.4 and SQLAlchemy 2.0.50 (the versions backend/uv.lock
-- pins) against an empty PostgreSQL 15 scratch database, with upstream's naming convention (app/helpers/
-- db_model_base.py) as target metadata and render_as_batch=True as app/config.py sets; the few `app` imports of
-- the revisions (db, DB_URL, UPLOAD_FOLDER, the DbSetType/DbListType column types) were stubbed, the data steps ran on
-- empty tables. Every table except alembic_version (26 tables) was then written as MySQL by a script reading the
-- PostgreSQL catalogue: columns in PostgreSQL's order (columns added by later revisions come last), integer -> INT
-- (serial -> INT AUTO_INCREMENT), character varying(n) -> VARCHAR(n), unsized varchar -> TEXT (VARCHAR(255) where
-- the column is in a key), double precision -> DOUBLE, boolean -> TINYINT(1), timestamp -> DATETIME(6), the Status
-- and visibility enum types -> ENUM(...). Primary and unique keys and all foreign keys as the revisions name them
-- (foreign keys as ALTER TABLE at the end); plain indexes left out. `settings` has no primary key in the migrated
-- database (the model declares one), as here.

CREATE TABLE `association` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `antecedent_id` INT,
  `consequent_id` INT,
  `support` DOUBLE,
  `confidence` DOUBLE,
  `lift` DOUBLE,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128),
  `default` TINYINT(1),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `ordering` INT,
  `household_id` INT NOT NULL,
  `default_key` VARCHAR(128),
  PRIMARY KEY (`id`)
);

CREATE TABLE `challenge_mail_verify` (
  `challenge_hash` VARCHAR(256) NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`challenge_hash`)
);

CREATE TABLE `challenge_password_reset` (
  `challenge_hash` VARCHAR(256) NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`challenge_hash`)
);

CREATE TABLE `expense` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128),
  `amount` DOUBLE,
  `photo` VARCHAR(255),
  `paid_by_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `category_id` INT,
  `date` DATETIME(6) NOT NULL,
  `household_id` INT NOT NULL,
  `exclude_from_statistics` TINYINT(1) NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `expense_category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `color` BIGINT,
  `household_id` INT NOT NULL,
  `budget` DOUBLE,
  PRIMARY KEY (`id`)
);

CREATE TABLE `expense_paid_for` (
  `expense_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `factor` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`expense_id`, `user_id`)
);

CREATE TABLE `file` (
  `filename` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by` INT,
  `blur_hash` VARCHAR(40),
  PRIMARY KEY (`filename`)
);

CREATE TABLE `history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `shoppinglist_id` INT,
  `item_id` INT,
  `status` ENUM('ADDED','DROPPED'),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `household` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `photo` VARCHAR(255),
  `language` TEXT,
  `planner_feature` TINYINT(1) NOT NULL,
  `expenses_feature` TINYINT(1) NOT NULL,
  `view_ordering` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `link` VARCHAR(255),
  `verified` TINYINT(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `household_member` (
  `household_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `owner` TINYINT(1) NOT NULL,
  `admin` TINYINT(1) NOT NULL,
  `expense_balance` DOUBLE NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`household_id`, `user_id`)
);

CREATE TABLE `item` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `ordering` INT DEFAULT 0,
  `support` DOUBLE DEFAULT '0',
  `category_id` INT,
  `default` TINYINT(1),
  `icon` VARCHAR(128),
  `household_id` INT NOT NULL,
  `default_key` VARCHAR(128),
  PRIMARY KEY (`id`)
);

CREATE TABLE `oidc_link` (
  `sub` VARCHAR(256) NOT NULL,
  `provider` VARCHAR(24) NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`sub`, `provider`)
);

CREATE TABLE `oidc_request` (
  `state` VARCHAR(256) NOT NULL,
  `provider` VARCHAR(24) NOT NULL,
  `nonce` VARCHAR(256) NOT NULL,
  `redirect_uri` VARCHAR(256) NOT NULL,
  `user_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`state`, `provider`)
);

CREATE TABLE `planner` (
  `recipe_id` INT NOT NULL,
  `yields` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `household_id` INT NOT NULL,
  `cooking_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`recipe_id`, `cooking_date`)
);

CREATE TABLE `recipe` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128),
  `description` TEXT,
  `photo` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `suggestion_score` INT DEFAULT 0,
  `suggestion_rank` INT DEFAULT 0,
  `time` INT,
  `source` TEXT,
  `cook_time` INT,
  `prep_time` INT,
  `yields` INT,
  `household_id` INT NOT NULL,
  `visibility` ENUM('PRIVATE','LINK','PUBLIC') NOT NULL,
  `server_curated` TINYINT(1) NOT NULL,
  `server_scrapes` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `recipe_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `recipe_id` INT,
  `status` ENUM('ADDED','DROPPED'),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `household_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `recipe_items` (
  `recipe_id` INT NOT NULL,
  `item_id` INT NOT NULL,
  `description` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `optional` TINYINT(1),
  PRIMARY KEY (`recipe_id`, `item_id`)
);

CREATE TABLE `recipe_tags` (
  `recipe_id` INT NOT NULL,
  `tag_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`recipe_id`, `tag_id`)
);

CREATE TABLE `report` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `description` TEXT,
  `created_by_id` INT,
  `user_id` INT,
  `recipe_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `settings` (
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` INT NOT NULL
);

CREATE TABLE `shoppinglist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `household_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `shoppinglist_items` (
  `shoppinglist_id` INT NOT NULL,
  `item_id` INT NOT NULL,
  `description` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by` INT,
  PRIMARY KEY (`shoppinglist_id`, `item_id`)
);

CREATE TABLE `tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `household_id` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `token` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `jti` VARCHAR(36) NOT NULL,
  `type` VARCHAR(16) NOT NULL,
  `name` TEXT NOT NULL,
  `last_used_at` DATETIME(6),
  `refresh_token_id` INT,
  `user_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128),
  `username` VARCHAR(256) NOT NULL,
  `password` VARCHAR(256),
  `photo` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `admin` TINYINT(1),
  `email` VARCHAR(256),
  `email_verified` TINYINT(1),
  `last_seen` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_user_username` (`username`),
  UNIQUE KEY `ix_user_email` (`email`)
);

ALTER TABLE `association` ADD CONSTRAINT `fk_association_antecedent_id_item` FOREIGN KEY (`antecedent_id`) REFERENCES `item` (`id`);
ALTER TABLE `association` ADD CONSTRAINT `fk_association_consequent_id_item` FOREIGN KEY (`consequent_id`) REFERENCES `item` (`id`);
ALTER TABLE `category` ADD CONSTRAINT `fk_category_household_id_household` FOREIGN KEY (`household_id`) REFERENCES `household` (`id`);
ALTER TABLE `challenge_mail_verify` ADD CONSTRAINT `fk_challenge_mail_verify_user_id_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);
ALTER TABLE `challenge_password_reset` ADD CONSTRAINT `fk_challenge_password_reset_user_id_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);
ALTER TABLE `expense` ADD CONSTRAINT `fk_expense_category_id_expense_category` FOREIGN KEY (`category_id`) REFERENCES `expense_category` (`id`);
ALTER TABLE `expense` ADD CONSTRAINT `fk_expense_household_id_household` FOREIGN KEY (`household_id`) REFERENCES `household` (`id`);
ALTER TABLE `expense` ADD CONSTRAINT `fk_expense_paid_by_id_user` FOREIGN KEY (`paid_by_id`) REFERENCES `user` (`id`);
ALTER TABLE `expense` ADD CONSTRAINT `fk_expense_photo_file` FOREIGN KEY (`photo`) REFERENCES `file` (`filename`);
ALTER TABLE `expense_category` ADD CONSTRAINT `fk_expense_category_household_id_household` FOREIGN KEY (`household_id`) REFERENCES `household` (`id`);
ALTER TABLE `expense_paid_for` ADD CONSTRAINT `fk_expense_paid_for_expense_id_expense` FOREIGN KEY (`expense_id`) REFERENCES `expense` (`id`);
ALTER TABLE `expense_paid_for` ADD CONSTRAINT `fk_expense_paid_for_user_id_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);
ALTER TABLE `file` ADD CONSTRAINT `fk_file_created_by_user` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`);
ALTER TABLE `history` ADD CONSTRAINT `fk_history_item_id_item` FOREIGN KEY (`item_id`) REFERENCES `item` (`id`);
ALTER TABLE `history` ADD CONSTRAINT `fk_history_shoppinglist_id_shoppinglist` FOREIGN KEY (`shoppinglist_id`) REFERENCES `shoppinglist` (`id`);
ALTER TABLE `household` ADD CONSTRAINT `fk_household_photo_file` FOREIGN KEY (`photo`) REFERENCES `file` (`filename`);
ALTER TABLE `household_member` ADD CONSTRAINT `fk_household_member_household_id_household` FOREIGN KEY (`household_id`) REFERENCES `household` (`id`);
ALTER TABLE `household_member` ADD CONSTRAINT `fk_household_member_user_id_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);
ALTER TABLE `item` ADD CONSTRAINT `fk_item_category_id_category` FOREIGN KEY (`category_id`) REFERENCES `category` (`id`);
ALTER TABLE `item` ADD CONSTRAINT `fk_item_household_id_household` FOREIGN KEY (`household_id`) REFERENCES `household` (`id`);
ALTER TABLE `oidc_link` ADD CONSTRAINT `fk_oidc_link_user_id_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);
ALTER TABLE `oidc_request` ADD CONSTRAINT `fk_oidc_request_user_id_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);
ALTER TABLE `planner` ADD CONSTRAINT `fk_planner_household_id_household` FOREIGN KEY (`household_id`) REFERENCES `household` (`id`);
ALTER TABLE `planner` ADD CONSTRAINT `fk_planner_recipe_id_recipe` FOREIGN KEY (`recipe_id`) REFERENCES `recipe` (`id`);
ALTER TABLE `recipe` ADD CONSTRAINT `fk_recipe_household_id_household` FOREIGN KEY (`household_id`) REFERENCES `household` (`id`);
ALTER TABLE `recipe` ADD CONSTRAINT `fk_recipe_photo_file` FOREIGN KEY (`photo`) REFERENCES `file` (`filename`);
ALTER TABLE `recipe_history` ADD CONSTRAINT `fk_recipe_history_household_id_household` FOREIGN KEY (`household_id`) REFERENCES `household` (`id`);
ALTER TABLE `recipe_history` ADD CONSTRAINT `fk_recipe_history_recipe_id_recipe` FOREIGN KEY (`recipe_id`) REFERENCES `recipe` (`id`);
ALTER TABLE `recipe_items` ADD CONSTRAINT `fk_recipe_items_item_id_item` FOREIGN KEY (`item_id`) REFERENCES `item` (`id`);
ALTER TABLE `recipe_items` ADD CONSTRAINT `fk_recipe_items_recipe_id_recipe` FOREIGN KEY (`recipe_id`) REFERENCES `recipe` (`id`);
ALTER TABLE `recipe_tags` ADD CONSTRAINT `fk_recipe_tags_recipe_id_recipe` FOREIGN KEY (`recipe_id`) REFERENCES `recipe` (`id`);
ALTER TABLE `recipe_tags` ADD CONSTRAINT `fk_recipe_tags_tag_id_tag` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`);
ALTER TABLE `report` ADD CONSTRAINT `fk_report_created_by_id_user` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`);
ALTER TABLE `report` ADD CONSTRAINT `fk_report_recipe_id_recipe` FOREIGN KEY (`recipe_id`) REFERENCES `recipe` (`id`);
ALTER TABLE `report` ADD CONSTRAINT `fk_report_user_id_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);
ALTER TABLE `shoppinglist` ADD CONSTRAINT `fk_shoppinglist_household_id_household` FOREIGN KEY (`household_id`) REFERENCES `household` (`id`);
ALTER TABLE `shoppinglist_items` ADD CONSTRAINT `fk_shoppinglist_items_created_by_user` FOREIGN KEY (`created_by`) REFERENCES `user` (`id`);
ALTER TABLE `shoppinglist_items` ADD CONSTRAINT `fk_shoppinglist_items_item_id_item` FOREIGN KEY (`item_id`) REFERENCES `item` (`id`);
ALTER TABLE `shoppinglist_items` ADD CONSTRAINT `fk_shoppinglist_items_shoppinglist_id_shoppinglist` FOREIGN KEY (`shoppinglist_id`) REFERENCES `shoppinglist` (`id`);
ALTER TABLE `tag` ADD CONSTRAINT `fk_tag_household_id_household` FOREIGN KEY (`household_id`) REFERENCES `household` (`id`);
ALTER TABLE `token` ADD CONSTRAINT `fk_token_refresh_token_id_token` FOREIGN KEY (`refresh_token_id`) REFERENCES `token` (`id`);
ALTER TABLE `token` ADD CONSTRAINT `fk_token_user_id_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);
ALTER TABLE `user` ADD CONSTRAINT `fk_user_photo_file` FOREIGN KEY (`photo`) REFERENCES `file` (`filename`);
