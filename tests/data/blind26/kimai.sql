-- Kimai (time tracking: users, teams, customers, projects, activities, timesheets, invoices), MySQL schema for the
-- blind26 exam.
-- Upstream: github.com/kimai/kimai, commit 1f421c276badbf9eeff40852de305a1e4c1e829f (AGPL-3.0).
-- Written from the Doctrine ORM mapping attributes of src/Entity/*.php (with the traits in src/Entity and
-- src/Doctrine/Behavior) as Doctrine DBAL 3 renders them for MySQL (string -> VARCHAR(length), text -> LONGTEXT or
-- TEXT when length 65535, float -> DOUBLE PRECISION, boolean -> TINYINT(1), immutable dates with their
-- (DC2Type:...) comments, many-to-one -> <field>_id INT), plus kimai2_sessions from migrations/Version20200524142042.php.
-- Table and column names are upstream's; column COMMENTs are upstream docblocks of the mapped properties.
-- Indexes are left out; foreign keys are upstream's join columns. Left out: migration_versions.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE kimai2_users (
  id INT AUTO_INCREMENT NOT NULL,
  supervisor_id INT DEFAULT NULL,
  alias VARCHAR(60) DEFAULT NULL COMMENT 'The user alias will be displayed in the frontend instead of the username',
  registration_date DATETIME DEFAULT NULL COMMENT 'Registration date for the user',
  title VARCHAR(50) DEFAULT NULL COMMENT 'An additional title for the user, like the Job position or Department',
  avatar VARCHAR(255) DEFAULT NULL COMMENT 'URL to the user avatar',
  api_token VARCHAR(255) DEFAULT NULL COMMENT 'API token (password) for this user',
  auth VARCHAR(20) DEFAULT NULL COMMENT 'The type of authentication used by the user (e.g. "kimai", "ldap", "saml")',
  username VARCHAR(180) NOT NULL,
  email VARCHAR(180) NOT NULL,
  account VARCHAR(30) DEFAULT NULL,
  enabled TINYINT(1) NOT NULL,
  password VARCHAR(255) NOT NULL,
  last_login DATETIME DEFAULT NULL,
  confirmation_token VARCHAR(180) DEFAULT NULL,
  password_requested_at DATETIME DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  roles LONGTEXT NOT NULL COMMENT '(DC2Type:array)',
  totp_secret VARCHAR(255) DEFAULT NULL,
  totp_enabled TINYINT(1) DEFAULT 0 NOT NULL,
  system_account TINYINT(1) DEFAULT 0 NOT NULL,
  signature_date DATETIME DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  color VARCHAR(7) DEFAULT NULL,
  UNIQUE INDEX UNIQ_B9AC5BCEC05FB297 (confirmation_token),
  PRIMARY KEY(id),
  CONSTRAINT FK_users_supervisor FOREIGN KEY (supervisor_id) REFERENCES kimai2_users (id) ON DELETE SET NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_user_preferences (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  name VARCHAR(50) NOT NULL,
  value VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_user_preferences_user FOREIGN KEY (user_id) REFERENCES kimai2_users (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_teams (
  id INT AUTO_INCREMENT NOT NULL,
  name VARCHAR(100) NOT NULL,
  color VARCHAR(7) DEFAULT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_users_teams (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  team_id INT NOT NULL,
  teamlead TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_users_teams_user FOREIGN KEY (user_id) REFERENCES kimai2_users (id) ON DELETE CASCADE,
  CONSTRAINT FK_users_teams_team FOREIGN KEY (team_id) REFERENCES kimai2_teams (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_access_token (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  token VARCHAR(100) NOT NULL,
  name VARCHAR(50) NOT NULL,
  last_usage DATETIME DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  expires_at DATETIME DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY(id),
  CONSTRAINT FK_access_token_user FOREIGN KEY (user_id) REFERENCES kimai2_users (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_bookmarks (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  type VARCHAR(20) NOT NULL,
  name VARCHAR(50) NOT NULL,
  content LONGTEXT NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_bookmarks_user FOREIGN KEY (user_id) REFERENCES kimai2_users (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_sessions (
  id VARCHAR(128) NOT NULL,
  data BLOB NOT NULL,
  time INT UNSIGNED NOT NULL,
  lifetime INT UNSIGNED NOT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_roles (
  id INT AUTO_INCREMENT NOT NULL,
  name VARCHAR(50) NOT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_roles_permissions (
  id INT AUTO_INCREMENT NOT NULL,
  role_id INT NOT NULL,
  permission VARCHAR(50) NOT NULL,
  allowed TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_roles_permissions_role FOREIGN KEY (role_id) REFERENCES kimai2_roles (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_configuration (
  id INT AUTO_INCREMENT NOT NULL,
  name VARCHAR(100) NOT NULL,
  value TEXT DEFAULT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_customers (
  id INT AUTO_INCREMENT NOT NULL,
  invoice_template_id INT DEFAULT NULL,
  name VARCHAR(150) NOT NULL,
  number VARCHAR(50) DEFAULT NULL,
  comment LONGTEXT DEFAULT NULL,
  visible TINYINT(1) NOT NULL,
  billable TINYINT(1) DEFAULT 1 NOT NULL,
  company VARCHAR(100) DEFAULT NULL,
  vat_id VARCHAR(50) DEFAULT NULL,
  contact VARCHAR(100) DEFAULT NULL COMMENT 'Contact person (name)',
  address LONGTEXT DEFAULT NULL COMMENT 'Unstructured address, better use the fields: addressLine1-3, postcode, city, country',
  country VARCHAR(2) NOT NULL,
  language VARCHAR(35) NOT NULL,
  currency VARCHAR(3) NOT NULL,
  phone VARCHAR(30) DEFAULT NULL,
  fax VARCHAR(30) DEFAULT NULL,
  mobile VARCHAR(30) DEFAULT NULL,
  email VARCHAR(75) DEFAULT NULL COMMENT 'Contact email',
  homepage VARCHAR(100) DEFAULT NULL,
  timezone VARCHAR(64) NOT NULL,
  invoice_text LONGTEXT DEFAULT NULL,
  address_line1 VARCHAR(150) DEFAULT NULL,
  address_line2 VARCHAR(150) DEFAULT NULL,
  address_line3 VARCHAR(150) DEFAULT NULL,
  postcode VARCHAR(20) DEFAULT NULL,
  city VARCHAR(50) DEFAULT NULL,
  invoice_email VARCHAR(75) DEFAULT NULL COMMENT 'Invoice email',
  buyer_reference VARCHAR(50) DEFAULT NULL,
  budget DOUBLE PRECISION NOT NULL,
  time_budget INT NOT NULL,
  budget_type VARCHAR(10) DEFAULT NULL,
  color VARCHAR(7) DEFAULT NULL,
  created_at DATETIME DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY(id),
  CONSTRAINT FK_customers_invoice_template FOREIGN KEY (invoice_template_id) REFERENCES kimai2_invoice_templates (id) ON DELETE SET NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_customers_meta (
  id INT AUTO_INCREMENT NOT NULL,
  customer_id INT NOT NULL,
  name VARCHAR(50) NOT NULL,
  value TEXT DEFAULT NULL,
  visible TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_customers_meta_customer FOREIGN KEY (customer_id) REFERENCES kimai2_customers (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_customers_comments (
  id INT AUTO_INCREMENT NOT NULL,
  customer_id INT NOT NULL,
  created_by_id INT NOT NULL,
  message LONGTEXT NOT NULL,
  created_at DATETIME NOT NULL,
  pinned TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_customers_comments_customer FOREIGN KEY (customer_id) REFERENCES kimai2_customers (id) ON DELETE CASCADE,
  CONSTRAINT FK_customers_comments_user FOREIGN KEY (created_by_id) REFERENCES kimai2_users (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_customers_rates (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT DEFAULT NULL,
  customer_id INT NOT NULL,
  rate DOUBLE PRECISION NOT NULL,
  internal_rate DOUBLE PRECISION DEFAULT NULL,
  fixed TINYINT(1) NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_customers_rates_user FOREIGN KEY (user_id) REFERENCES kimai2_users (id) ON DELETE CASCADE,
  CONSTRAINT FK_customers_rates_customer FOREIGN KEY (customer_id) REFERENCES kimai2_customers (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_customers_teams (
  customer_id INT NOT NULL,
  team_id INT NOT NULL,
  PRIMARY KEY(customer_id, team_id),
  CONSTRAINT FK_customers_teams_customer FOREIGN KEY (customer_id) REFERENCES kimai2_customers (id) ON DELETE CASCADE,
  CONSTRAINT FK_customers_teams_team FOREIGN KEY (team_id) REFERENCES kimai2_teams (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_projects (
  id INT AUTO_INCREMENT NOT NULL,
  customer_id INT NOT NULL,
  name VARCHAR(150) NOT NULL COMMENT 'Project name',
  order_number TINYTEXT DEFAULT NULL COMMENT 'Project order number',
  order_date DATETIME DEFAULT NULL COMMENT 'Order date for the project',
  start DATETIME DEFAULT NULL COMMENT 'Project start date (times before this date cannot be recorded)',
  end DATETIME DEFAULT NULL COMMENT 'Project end time (times after this date cannot be recorded)',
  timezone VARCHAR(64) DEFAULT NULL,
  comment LONGTEXT DEFAULT NULL,
  visible TINYINT(1) NOT NULL COMMENT 'If the project is not visible, times cannot be recorded',
  billable TINYINT(1) DEFAULT 1 NOT NULL,
  invoice_text LONGTEXT DEFAULT NULL,
  global_activities TINYINT(1) DEFAULT 1 NOT NULL COMMENT 'Whether this project allows booking of global activities',
  number VARCHAR(10) DEFAULT NULL,
  budget DOUBLE PRECISION NOT NULL,
  time_budget INT NOT NULL,
  budget_type VARCHAR(10) DEFAULT NULL,
  color VARCHAR(7) DEFAULT NULL,
  created_at DATETIME DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY(id),
  CONSTRAINT FK_projects_customer FOREIGN KEY (customer_id) REFERENCES kimai2_customers (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_projects_meta (
  id INT AUTO_INCREMENT NOT NULL,
  project_id INT NOT NULL,
  name VARCHAR(50) NOT NULL,
  value TEXT DEFAULT NULL,
  visible TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_projects_meta_project FOREIGN KEY (project_id) REFERENCES kimai2_projects (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_projects_comments (
  id INT AUTO_INCREMENT NOT NULL,
  project_id INT NOT NULL,
  created_by_id INT NOT NULL,
  message LONGTEXT NOT NULL,
  created_at DATETIME NOT NULL,
  pinned TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_projects_comments_project FOREIGN KEY (project_id) REFERENCES kimai2_projects (id) ON DELETE CASCADE,
  CONSTRAINT FK_projects_comments_user FOREIGN KEY (created_by_id) REFERENCES kimai2_users (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_projects_rates (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT DEFAULT NULL,
  project_id INT NOT NULL,
  rate DOUBLE PRECISION NOT NULL,
  internal_rate DOUBLE PRECISION DEFAULT NULL,
  fixed TINYINT(1) NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_projects_rates_user FOREIGN KEY (user_id) REFERENCES kimai2_users (id) ON DELETE CASCADE,
  CONSTRAINT FK_projects_rates_project FOREIGN KEY (project_id) REFERENCES kimai2_projects (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_projects_teams (
  project_id INT NOT NULL,
  team_id INT NOT NULL,
  PRIMARY KEY(project_id, team_id),
  CONSTRAINT FK_projects_teams_project FOREIGN KEY (project_id) REFERENCES kimai2_projects (id) ON DELETE CASCADE,
  CONSTRAINT FK_projects_teams_team FOREIGN KEY (team_id) REFERENCES kimai2_teams (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_activities (
  id INT AUTO_INCREMENT NOT NULL,
  project_id INT DEFAULT NULL,
  name VARCHAR(150) NOT NULL,
  comment LONGTEXT DEFAULT NULL,
  visible TINYINT(1) DEFAULT 1 NOT NULL,
  billable TINYINT(1) DEFAULT 1 NOT NULL,
  invoice_text LONGTEXT DEFAULT NULL,
  number VARCHAR(10) DEFAULT NULL,
  budget DOUBLE PRECISION NOT NULL,
  time_budget INT NOT NULL,
  budget_type VARCHAR(10) DEFAULT NULL,
  color VARCHAR(7) DEFAULT NULL,
  created_at DATETIME DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY(id),
  CONSTRAINT FK_activities_project FOREIGN KEY (project_id) REFERENCES kimai2_projects (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_activities_meta (
  id INT AUTO_INCREMENT NOT NULL,
  activity_id INT NOT NULL,
  name VARCHAR(50) NOT NULL,
  value TEXT DEFAULT NULL,
  visible TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_activities_meta_activity FOREIGN KEY (activity_id) REFERENCES kimai2_activities (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_activities_rates (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT DEFAULT NULL,
  activity_id INT NOT NULL,
  rate DOUBLE PRECISION NOT NULL,
  internal_rate DOUBLE PRECISION DEFAULT NULL,
  fixed TINYINT(1) NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_activities_rates_user FOREIGN KEY (user_id) REFERENCES kimai2_users (id) ON DELETE CASCADE,
  CONSTRAINT FK_activities_rates_activity FOREIGN KEY (activity_id) REFERENCES kimai2_activities (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_activities_teams (
  activity_id INT NOT NULL,
  team_id INT NOT NULL,
  PRIMARY KEY(activity_id, team_id),
  CONSTRAINT FK_activities_teams_activity FOREIGN KEY (activity_id) REFERENCES kimai2_activities (id) ON DELETE CASCADE,
  CONSTRAINT FK_activities_teams_team FOREIGN KEY (team_id) REFERENCES kimai2_teams (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_tags (
  id INT AUTO_INCREMENT NOT NULL,
  name VARCHAR(100) NOT NULL,
  visible TINYINT(1) DEFAULT 1 NOT NULL,
  color VARCHAR(7) DEFAULT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_timesheet (
  id INT AUTO_INCREMENT NOT NULL,
  `user` INT NOT NULL,
  activity_id INT NOT NULL,
  project_id INT NOT NULL,
  date_tz DATE NOT NULL COMMENT 'Reflects the date in the user timezone (not in UTC). This value is automatically set through the begin column and ONLY used in statistic queries. (DC2Type:date_immutable)',
  start_time DATETIME NOT NULL COMMENT 'Time records start date-time.',
  end_time DATETIME DEFAULT NULL COMMENT 'Time records end date-time.',
  timezone VARCHAR(64) NOT NULL,
  duration INT DEFAULT NULL,
  `break` INT DEFAULT NULL COMMENT 'Break duration for this record in seconds, can be null.',
  description LONGTEXT DEFAULT NULL,
  rate DOUBLE PRECISION NOT NULL COMMENT 'Total rate for this timesheet.',
  internal_rate DOUBLE PRECISION DEFAULT NULL,
  fixed_rate DOUBLE PRECISION DEFAULT NULL,
  hourly_rate DOUBLE PRECISION DEFAULT NULL,
  exported TINYINT(1) DEFAULT 0 NOT NULL,
  billable TINYINT(1) DEFAULT 1 NOT NULL,
  category VARCHAR(10) DEFAULT 'work' NOT NULL,
  modified_at DATETIME DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY(id),
  CONSTRAINT FK_timesheet_user FOREIGN KEY (`user`) REFERENCES kimai2_users (id) ON DELETE CASCADE,
  CONSTRAINT FK_timesheet_activity FOREIGN KEY (activity_id) REFERENCES kimai2_activities (id) ON DELETE CASCADE,
  CONSTRAINT FK_timesheet_project FOREIGN KEY (project_id) REFERENCES kimai2_projects (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_timesheet_meta (
  id INT AUTO_INCREMENT NOT NULL,
  timesheet_id INT NOT NULL,
  name VARCHAR(50) NOT NULL,
  value TEXT DEFAULT NULL,
  visible TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_timesheet_meta_timesheet FOREIGN KEY (timesheet_id) REFERENCES kimai2_timesheet (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_timesheet_tags (
  timesheet_id INT NOT NULL,
  tag_id INT NOT NULL,
  PRIMARY KEY(timesheet_id, tag_id),
  CONSTRAINT FK_timesheet_tags_timesheet FOREIGN KEY (timesheet_id) REFERENCES kimai2_timesheet (id) ON DELETE CASCADE,
  CONSTRAINT FK_timesheet_tags_tag FOREIGN KEY (tag_id) REFERENCES kimai2_tags (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_working_times (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  approved_by INT DEFAULT NULL,
  date DATE NOT NULL COMMENT '(DC2Type:date_immutable)',
  expected INT NOT NULL,
  actual INT NOT NULL,
  approved_at DATETIME DEFAULT NULL COMMENT '(DC2Type:datetime_immutable)',
  PRIMARY KEY(id),
  CONSTRAINT FK_working_times_user FOREIGN KEY (user_id) REFERENCES kimai2_users (id) ON DELETE CASCADE,
  CONSTRAINT FK_working_times_approver FOREIGN KEY (approved_by) REFERENCES kimai2_users (id) ON DELETE SET NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_invoice_templates (
  id INT AUTO_INCREMENT NOT NULL,
  customer_id INT DEFAULT NULL,
  name VARCHAR(60) NOT NULL,
  title VARCHAR(255) NOT NULL,
  company VARCHAR(255) DEFAULT NULL,
  vat_id VARCHAR(50) DEFAULT NULL,
  address LONGTEXT DEFAULT NULL,
  contact LONGTEXT DEFAULT NULL,
  due_days INT NOT NULL,
  vat DOUBLE PRECISION NOT NULL,
  calculator VARCHAR(20) NOT NULL,
  number_generator VARCHAR(20) NOT NULL,
  renderer VARCHAR(20) NOT NULL,
  payment_terms LONGTEXT DEFAULT NULL,
  payment_details LONGTEXT DEFAULT NULL,
  language VARCHAR(35) NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_invoice_templates_customer FOREIGN KEY (customer_id) REFERENCES kimai2_customers (id) ON DELETE SET NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_invoice_templates_meta (
  id INT AUTO_INCREMENT NOT NULL,
  template_id INT NOT NULL,
  name VARCHAR(50) NOT NULL,
  value TEXT DEFAULT NULL,
  visible TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_invoice_templates_meta_template FOREIGN KEY (template_id) REFERENCES kimai2_invoice_templates (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_invoices (
  id INT AUTO_INCREMENT NOT NULL,
  customer_id INT NOT NULL,
  user_id INT NOT NULL,
  invoice_number VARCHAR(50) NOT NULL,
  comment LONGTEXT DEFAULT NULL,
  created_at DATETIME NOT NULL,
  timezone VARCHAR(64) NOT NULL,
  total DOUBLE PRECISION NOT NULL,
  tax DOUBLE PRECISION NOT NULL,
  currency VARCHAR(3) NOT NULL,
  due_days INT NOT NULL,
  vat DOUBLE PRECISION NOT NULL,
  status VARCHAR(20) NOT NULL,
  invoice_filename VARCHAR(150) NOT NULL,
  payment_date DATE DEFAULT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_invoices_customer FOREIGN KEY (customer_id) REFERENCES kimai2_customers (id) ON DELETE CASCADE,
  CONSTRAINT FK_invoices_user FOREIGN KEY (user_id) REFERENCES kimai2_users (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_invoices_meta (
  id INT AUTO_INCREMENT NOT NULL,
  invoice_id INT NOT NULL,
  name VARCHAR(50) NOT NULL,
  value TEXT DEFAULT NULL,
  visible TINYINT(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY(id),
  CONSTRAINT FK_invoices_meta_invoice FOREIGN KEY (invoice_id) REFERENCES kimai2_invoices (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

CREATE TABLE kimai2_export_templates (
  id INT AUTO_INCREMENT NOT NULL,
  title VARCHAR(100) NOT NULL,
  renderer VARCHAR(20) NOT NULL,
  language VARCHAR(35) DEFAULT NULL,
  columns JSON NOT NULL,
  options JSON NOT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB;

SET FOREIGN_KEY_CHECKS=1;
