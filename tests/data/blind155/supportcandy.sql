-- SupportCandy 3.4.5 (WordPress helpdesk plugin): its 20 tables as class-wpsc-installation.php creates them with dbDelta
-- ({$wpdb->prefix} written as the default wp_, $collate as DEFAULT CHARSET=utf8mb4). The two archive tables are created upstream with
-- CREATE TABLE ... LIKE wp_psmsc_tickets / wp_psmsc_threads and are written out here as the copies MySQL makes.
-- Upstream: wordpress.org plugin "supportcandy" 3.4.5, read from the mirror github.com/WordPressBugBounty/plugins-supportcandy
-- supportcandy/class-wpsc-installation.php, commit 3d7985aa640cc55da7da4903ec2261913b7c0762. Licence: GPL-3.0-or-later (plugin header).

CREATE TABLE wp_psmsc_tickets (
  id BIGINT NOT NULL AUTO_INCREMENT,
  is_active INT(1) NOT NULL DEFAULT '1',
  customer BIGINT NOT NULL,
  subject TEXT NOT NULL,
  status INT NOT NULL,
  priority INT NOT NULL,
  category INT NOT NULL,
  assigned_agent TEXT NULL,
  date_created DATETIME NOT NULL,
  date_updated DATETIME NOT NULL,
  agent_created INT DEFAULT NULL,
  ip_address VARCHAR(50) DEFAULT NULL,
  source VARCHAR(50) DEFAULT NULL,
  browser VARCHAR(50) DEFAULT NULL,
  os VARCHAR(50) DEFAULT NULL,
  add_recipients TEXT NULL,
  prev_assignee TEXT NULL,
  date_closed DATETIME DEFAULT NULL,
  user_type VARCHAR(100) NOT NULL,
  last_reply_on DATETIME DEFAULT NULL,
  last_reply_by BIGINT NOT NULL,
  last_reply_source VARCHAR(50) DEFAULT NULL,
  auth_code VARCHAR(50) DEFAULT NULL,
  tags TINYTEXT NULL DEFAULT NULL,
  live_agents TINYTEXT NULL DEFAULT NULL,
  misc LONGTEXT NULL DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_customers (
  id BIGINT NOT NULL AUTO_INCREMENT,
  user BIGINT NOT NULL,
  ticket_count INT NOT NULL DEFAULT '0',
  name VARCHAR(200) NOT NULL,
  email VARCHAR(200) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_custom_fields (
  id INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(200) NOT NULL,
  extra_info TEXT NULL,
  slug VARCHAR(200) NULL,
  field VARCHAR(50) NULL,
  type VARCHAR(100) NULL,
  default_value TEXT NULL,
  placeholder_text TEXT NULL,
  char_limit INT NULL,
  date_display_as VARCHAR(50) NULL,
  date_format VARCHAR(50) NULL,
  date_range VARCHAR(50) NULL,
  start_range DATETIME NULL,
  end_range DATETIME NULL,
  time_format INT NULL,
  is_personal_info INT(1) NOT NULL DEFAULT 0,
  is_auto_fill INT(1) NULL,
  allow_ticket_form INT(1) NULL DEFAULT 1,
  allow_my_profile INT(1) NULL DEFAULT 1,
  tl_width INT(3) NOT NULL DEFAULT 100,
  load_order INT NOT NULL DEFAULT 1,
  number_type VARCHAR(50) NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_options (
  id INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(200) NOT NULL,
  custom_field INT NOT NULL DEFAULT 0,
  date_created DATETIME NOT NULL,
  load_order INT NOT NULL DEFAULT 1,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_threads (
  id BIGINT NOT NULL AUTO_INCREMENT,
  ticket BIGINT NOT NULL,
  is_active INT(1) NOT NULL DEFAULT 1,
  customer BIGINT NULL DEFAULT NULL,
  type VARCHAR(50) NOT NULL,
  body LONGTEXT NOT NULL,
  attachments TEXT NULL DEFAULT NULL,
  ip_address VARCHAR(50) NULL DEFAULT NULL,
  source VARCHAR(50) NULL DEFAULT NULL,
  os VARCHAR(50) NULL DEFAULT NULL,
  browser VARCHAR(100) NULL DEFAULT NULL,
  seen DATETIME NULL DEFAULT NULL,
  date_created DATETIME NOT NULL,
  date_updated DATETIME NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_statuses (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(200) NOT NULL,
  color VARCHAR(50) NOT NULL,
  bg_color VARCHAR(50) NOT NULL,
  load_order INT NOT NULL DEFAULT 1,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_categories (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(200) NOT NULL,
  load_order INT NOT NULL DEFAULT 1,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_priorities (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(200) NOT NULL,
  color VARCHAR(50) NOT NULL,
  bg_color VARCHAR(50) NOT NULL,
  load_order INT NOT NULL DEFAULT 1,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_attachments (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(200) NOT NULL,
  file_path TEXT NOT NULL,
  is_image INT(1) NOT NULL DEFAULT 0,
  is_active INT(1) NOT NULL DEFAULT 0,
  is_uploaded INT(1) NOT NULL DEFAULT 0,
  date_created DATETIME NOT NULL,
  source VARCHAR(200) NOT NULL,
  source_id BIGINT NOT NULL DEFAULT 0,
  ticket_id BIGINT NOT NULL DEFAULT 0,
  customer_id BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_agents (
  id BIGINT NOT NULL AUTO_INCREMENT,
  user BIGINT NULL DEFAULT 0,
  customer BIGINT NULL DEFAULT 0,
  role INT NOT NULL DEFAULT 0,
  name VARCHAR(200) NOT NULL,
  workload INT NULL DEFAULT NULL,
  unresolved_count INT NULL DEFAULT NULL,
  is_agentgroup INT(1) NOT NULL DEFAULT 0,
  is_active INT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_logs (
  id BIGINT NOT NULL AUTO_INCREMENT,
  type VARCHAR(200) NOT NULL,
  ref_id BIGINT NOT NULL,
  modified_by BIGINT NOT NULL,
  body LONGTEXT NOT NULL,
  date_created DATETIME NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_working_hrs (
  id INT NOT NULL AUTO_INCREMENT,
  agent BIGINT NOT NULL,
  day TINYINT NOT NULL,
  start_time VARCHAR(20) NOT NULL,
  end_time VARCHAR(20) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_holidays (
  id INT NOT NULL AUTO_INCREMENT,
  agent BIGINT NOT NULL,
  holiday DATETIME NOT NULL,
  is_recurring TINYINT NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_wh_exceptions (
  id INT NOT NULL AUTO_INCREMENT,
  agent BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  exception_date DATETIME NOT NULL,
  start_time VARCHAR(20) NOT NULL,
  end_time VARCHAR(20) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_email_otp (
  id INT NOT NULL AUTO_INCREMENT,
  email VARCHAR(200) NOT NULL,
  otp VARCHAR(10) NOT NULL,
  date_expiry DATETIME NOT NULL,
  data LONGTEXT NULL DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_email_notifications (
  id INT NOT NULL AUTO_INCREMENT,
  from_name VARCHAR(200) NULL DEFAULT NULL,
  from_email VARCHAR(200) NULL DEFAULT NULL,
  reply_to VARCHAR(200) NULL DEFAULT NULL,
  subject TEXT NULL DEFAULT NULL,
  body LONGTEXT NULL DEFAULT NULL,
  to_email TEXT NULL DEFAULT NULL,
  cc_email TEXT NULL DEFAULT NULL,
  bcc_email TEXT NULL DEFAULT NULL,
  attachments TEXT NULL DEFAULT NULL,
  priority INT(1) NOT NULL DEFAULT 1,
  attempt INT(1) DEFAULT 0,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_scheduled_tasks (
  id INT NOT NULL AUTO_INCREMENT,
  class VARCHAR(200) NOT NULL,
  method VARCHAR(200) NOT NULL,
  args TINYTEXT NULL DEFAULT NULL,
  is_manual INT(1) NOT NULL DEFAULT 0,
  warning_text TINYTEXT NULL DEFAULT NULL,
  warning_link_text TINYTEXT NULL DEFAULT NULL,
  progressbar_text TINYTEXT NULL DEFAULT NULL,
  pages INT NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_psmsc_ticket_tags (
  id INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(200) NOT NULL,
  description TINYTEXT NOT NULL,
  color VARCHAR(50) NOT NULL,
  bg_color VARCHAR(50) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_psmsc_archived_tickets (
  id BIGINT NOT NULL AUTO_INCREMENT,
  is_active INT(1) NOT NULL DEFAULT '1',
  customer BIGINT NOT NULL,
  subject TEXT NOT NULL,
  status INT NOT NULL,
  priority INT NOT NULL,
  category INT NOT NULL,
  assigned_agent TEXT NULL,
  date_created DATETIME NOT NULL,
  date_updated DATETIME NOT NULL,
  agent_created INT DEFAULT NULL,
  ip_address VARCHAR(50) DEFAULT NULL,
  source VARCHAR(50) DEFAULT NULL,
  browser VARCHAR(50) DEFAULT NULL,
  os VARCHAR(50) DEFAULT NULL,
  add_recipients TEXT NULL,
  prev_assignee TEXT NULL,
  date_closed DATETIME DEFAULT NULL,
  user_type VARCHAR(100) NOT NULL,
  last_reply_on DATETIME DEFAULT NULL,
  last_reply_by BIGINT NOT NULL,
  last_reply_source VARCHAR(50) DEFAULT NULL,
  auth_code VARCHAR(50) DEFAULT NULL,
  tags TINYTEXT NULL DEFAULT NULL,
  live_agents TINYTEXT NULL DEFAULT NULL,
  misc LONGTEXT NULL DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_psmsc_archived_threads (
  id BIGINT NOT NULL AUTO_INCREMENT,
  ticket BIGINT NOT NULL,
  is_active INT(1) NOT NULL DEFAULT 1,
  customer BIGINT NULL DEFAULT NULL,
  type VARCHAR(50) NOT NULL,
  body LONGTEXT NOT NULL,
  attachments TEXT NULL DEFAULT NULL,
  ip_address VARCHAR(50) NULL DEFAULT NULL,
  source VARCHAR(50) NULL DEFAULT NULL,
  os VARCHAR(50) NULL DEFAULT NULL,
  browser VARCHAR(100) NULL DEFAULT NULL,
  seen DATETIME NULL DEFAULT NULL,
  date_created DATETIME NOT NULL,
  date_updated DATETIME NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
