-- OiRA — Online interactive Risk Assessment (EU-OSHA, the European Agency for Safety and Health at Work): the
-- Euphorie client database (users' accounts, risk-assessment sessions with their tree of modules and risks, action
-- plans, company survey, training of workers, organisations and memberships, consultancy, session events,
-- notifications) plus the OiRA-specific tables of osha.oira (login statistics, certificates, newsletter
-- subscriptions).
-- Upstream: github.com/euphorie/Euphorie commit 1e19463e60f7845f414efd8be5b1b19122e1d5fd (20.0.1+3, GPL-2.0)
-- `src/euphorie/client/model.py`; github.com/euphorie/osha.oira commit 6c9d444cc962f581ac94bc6a985f8db21abc4abb
-- (13.0.1+10, GPL) `src/osha/oira/client/model.py`.
-- The SQLAlchemy declarative models were read (the class bodies' __tablename__, __table_args__ and schema.Column
-- assignments, extracted with Python's ast module) and rendered with SQLAlchemy 2.0's MySQL dialect: column names,
-- order, nullability, primary, unique and foreign keys and indexes are upstream's. Upstream runs on PostgreSQL;
-- types that MySQL needs written differently: Euphorie's Enum type (a Unicode TypeDecorator) and unbounded
-- String/Unicode columns that are indexed -> VARCHAR(255); other unbounded String/Unicode -> TEXT; LargeBinary
-- (bytea) -> LONGBLOB; DateTime(timezone=True) -> DATETIME; Boolean -> BOOL. `module` and `risk` are the
-- joined-table-inheritance children of `tree` (their `id` is a foreign key to tree.id); `action_plan.risk_id` is
-- declared against `Risk.id`, the attribute inherited from the tree, so it references tree(id). Tables are ordered
-- so that every foreign key points to a table already created.

CREATE TABLE `group` (
  `group_id` VARCHAR(32) NOT NULL,
  `parent_id` VARCHAR(32),
  `short_name` VARCHAR(32),
  `long_name` VARCHAR(256),
  `responsible_id` VARCHAR(32),
  `responsible_fullname` VARCHAR(32),
  `deactivated` DATETIME,
  `brand` VARCHAR(64),
  PRIMARY KEY (`group_id`),
  FOREIGN KEY (`parent_id`) REFERENCES `group` (`group_id`)
);

CREATE TABLE `account` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `loginname` VARCHAR(255) NOT NULL,
  `password` VARCHAR(64),
  `tc_approved` INTEGER,
  `account_type` VARCHAR(255),
  `group_id` VARCHAR(32),
  `created` DATETIME,
  `last_login` DATETIME,
  `first_name` TEXT,
  `last_name` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_account_loginname` (`loginname`),
  FOREIGN KEY (`group_id`) REFERENCES `group` (`group_id`)
);

CREATE TABLE `account_change` (
  `id` VARCHAR(16) NOT NULL,
  `account_id` INTEGER NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `expires` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`account_id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `session` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `brand` VARCHAR(64),
  `account_id` INTEGER NOT NULL,
  `last_modifier_id` INTEGER,
  `last_publisher_id` INTEGER,
  `group_id` VARCHAR(32),
  `title` VARCHAR(512),
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `refreshed` DATETIME NOT NULL,
  `published` DATETIME,
  `archived` DATETIME,
  `zodb_path` VARCHAR(512) NOT NULL,
  `report_comment` TEXT,
  `migrated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_session_account_id` (`account_id`),
  FOREIGN KEY (`last_publisher_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`group_id`) REFERENCES `group` (`group_id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`last_modifier_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `tree` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `session_id` INTEGER NOT NULL,
  `parent_id` INTEGER,
  `type` VARCHAR(255) NOT NULL,
  `path` VARCHAR(40) NOT NULL,
  `has_description` BOOL,
  `zodb_path` VARCHAR(512) NOT NULL,
  `profile_index` INTEGER NOT NULL,
  `depth` INTEGER NOT NULL,
  `title` VARCHAR(512),
  `postponed` BOOL,
  `skip_children` BOOL NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`session_id`, `path`),
  UNIQUE KEY (`session_id`, `zodb_path`, `profile_index`),
  KEY `ix_tree_depth` (`depth`),
  KEY `ix_tree_has_description` (`has_description`),
  KEY `ix_tree_parent_id` (`parent_id`),
  KEY `ix_tree_path` (`path`),
  KEY `ix_tree_session_id` (`session_id`),
  KEY `ix_tree_type` (`type`),
  FOREIGN KEY (`parent_id`) REFERENCES `tree` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`session_id`) REFERENCES `session` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `consultancy` (
  `session_id` INTEGER NOT NULL,
  `account_id` INTEGER,
  `status` VARCHAR(255),
  PRIMARY KEY (`session_id`),
  FOREIGN KEY (`session_id`) REFERENCES `session` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `session_event` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `time` DATETIME NOT NULL,
  `account_id` INTEGER,
  `session_id` INTEGER NOT NULL,
  `action` VARCHAR(32),
  `note` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `session` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON UPDATE CASCADE
);

CREATE TABLE `session_redirect` (
  `old_session_id` INTEGER NOT NULL AUTO_INCREMENT,
  `new_session_id` INTEGER NOT NULL,
  PRIMARY KEY (`old_session_id`)
);

CREATE TABLE `company` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `session_id` INTEGER NOT NULL,
  `country` VARCHAR(3),
  `employees` VARCHAR(255),
  `conductor` VARCHAR(255),
  `referer` VARCHAR(255),
  `workers_participated` BOOL,
  `needs_met` BOOL,
  `recommend_tool` BOOL,
  `timestamp` DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_company_session_id` (`session_id`),
  FOREIGN KEY (`session_id`) REFERENCES `session` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `module` (
  `id` INTEGER NOT NULL,
  `module_id` VARCHAR(16) NOT NULL,
  `solution_direction` BOOL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `tree` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `risk` (
  `id` INTEGER NOT NULL,
  `risk_id` VARCHAR(16),
  `risk_type` VARCHAR(255) NOT NULL,
  `skip_evaluation` BOOL NOT NULL,
  `is_custom_risk` BOOL NOT NULL,
  `identification` VARCHAR(255),
  `frequency` INTEGER,
  `effect` INTEGER,
  `probability` INTEGER,
  `priority` VARCHAR(255),
  `comment` TEXT,
  `existing_measures` TEXT,
  `training_notes` TEXT,
  `custom_description` TEXT,
  `image_data` LONGBLOB,
  `image_data_scaled` LONGBLOB,
  `image_filename` TEXT,
  `scaled_answer` TEXT,
  PRIMARY KEY (`id`),
  KEY `ix_risk_risk_type` (`risk_type`),
  FOREIGN KEY (`id`) REFERENCES `tree` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `action_plan` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `risk_id` INTEGER NOT NULL,
  `action_plan` TEXT,
  `prevention_plan` TEXT,
  `action` TEXT,
  `requirements` TEXT,
  `responsible` VARCHAR(256),
  `budget` INTEGER,
  `planning_start` DATE,
  `planning_end` DATE,
  `reference` TEXT,
  `plan_type` VARCHAR(255) NOT NULL,
  `solution_id` VARCHAR(20),
  `used_in_training` BOOL,
  PRIMARY KEY (`id`),
  KEY `ix_action_plan_plan_type` (`plan_type`),
  KEY `ix_action_plan_risk_id` (`risk_id`),
  KEY `ix_action_plan_used_in_training` (`used_in_training`),
  FOREIGN KEY (`risk_id`) REFERENCES `tree` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `training` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `time` DATETIME,
  `account_id` INTEGER NOT NULL,
  `session_id` INTEGER NOT NULL,
  `answers` TEXT,
  `status` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `session` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `organisation` (
  `organisation_id` INTEGER NOT NULL AUTO_INCREMENT,
  `owner_id` INTEGER NOT NULL,
  `title` TEXT,
  `image_data` LONGBLOB,
  `image_data_scaled` LONGBLOB,
  `image_filename` TEXT,
  PRIMARY KEY (`organisation_id`),
  FOREIGN KEY (`owner_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `organisation_membership` (
  `organisation_id` INTEGER NOT NULL AUTO_INCREMENT,
  `owner_id` INTEGER NOT NULL,
  `member_id` INTEGER NOT NULL,
  `member_role` TEXT,
  PRIMARY KEY (`organisation_id`),
  FOREIGN KEY (`member_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`owner_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `notification_subscription` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `account_id` INTEGER NOT NULL,
  `category` VARCHAR(512) NOT NULL,
  `enabled` BOOL NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `statistics_login` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `account_id` INTEGER NOT NULL,
  `time` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `ix_statistics_login_account_id` (`account_id`),
  KEY `ix_statistics_login_time` (`time`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `statistics_surveys` (
  `zodb_path` VARCHAR(512) NOT NULL,
  `language` VARCHAR(128),
  `published` BOOL,
  `published_date` DATETIME,
  `creation_date` DATETIME,
  PRIMARY KEY (`zodb_path`)
);

CREATE TABLE `users_not_interested_in_certificate_status_box` (
  `account_id` INTEGER NOT NULL,
  PRIMARY KEY (`account_id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `certificate` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `json` TEXT,
  `secret` TEXT,
  `session_id` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_certificate_session_id` (`session_id`),
  FOREIGN KEY (`session_id`) REFERENCES `session` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `newsletter_subscription` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `account_id` INTEGER NOT NULL,
  `zodb_path` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `newsletter_setting` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `account_id` INTEGER NOT NULL,
  `value` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

