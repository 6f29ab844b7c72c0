-- Events Made Easy 3.2.8: tables as created by includes/eme-install.php (eme_create_tables), default WordPress prefix wp_

CREATE TABLE wp_eme_events (
  event_id mediumint(9) NOT NULL AUTO_INCREMENT,
  event_status mediumint(9) DEFAULT 1,
  event_author mediumint(9) DEFAULT 0,
  event_name text NOT NULL,
  event_prefix text,
  event_slug text,
  event_url text,
  event_start datetime,
  event_end datetime,
  creation_date datetime,
  modif_date datetime,
  event_notes longtext,
  event_rsvp bool DEFAULT 0,
  event_tasks bool DEFAULT 0,
  event_todos bool DEFAULT 0,
  price text,
  currency text,
  event_seats text,
  event_contactperson_id mediumint(9) DEFAULT 0,
  location_id mediumint(9) DEFAULT 0,
  recurrence_id mediumint(9) DEFAULT 0,
  event_category_ids text,
  event_attributes text,
  event_properties text,
  event_page_title_format text,
  event_single_event_format text,
  event_contactperson_email_body text,
  event_respondent_email_body text,
  event_registration_recorded_ok_html text,
  event_registration_pending_email_body text,
  event_registration_updated_email_body text,
  event_registration_cancelled_email_body text,
  event_registration_paid_email_body text,
  event_registration_trashed_email_body text,
  event_registration_form_format text,
  event_cancel_form_format text,
  registration_requires_approval bool DEFAULT 0,
  registration_wp_users_only bool DEFAULT 0,
  event_image_url text,
  event_image_id mediumint(9) DEFAULT 0,
  event_external_ref text,
  UNIQUE KEY (event_id),
  KEY (event_start),
  KEY (event_end)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_recurrence (
  recurrence_id mediumint(9) NOT NULL AUTO_INCREMENT,
  recurrence_start_date date NOT NULL,
  recurrence_end_date date DEFAULT NULL,
  recurrence_interval tinyint NOT NULL,
  recurrence_freq tinytext NOT NULL,
  recurrence_byday tinytext NOT NULL,
  recurrence_byweekno tinyint NOT NULL,
  event_duration mediumint(9) DEFAULT 0,
  specific_days text,
  specific_months varchar(256),
  holidays_id mediumint(9) DEFAULT 0,
  exclude_days text,
  UNIQUE KEY (recurrence_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_locations (
  location_id mediumint(9) NOT NULL AUTO_INCREMENT,
  location_name text NOT NULL,
  location_prefix text,
  location_slug text,
  location_url text,
  location_address1 tinytext,
  location_address2 tinytext,
  location_city tinytext,
  location_state tinytext,
  location_zip tinytext,
  location_country tinytext,
  location_latitude tinytext,
  location_longitude tinytext,
  location_description text,
  location_author mediumint(9) DEFAULT 0,
  location_category_ids text,
  location_image_url text,
  location_image_id mediumint(9) DEFAULT 0,
  location_attributes text,
  location_properties text,
  location_external_ref text,
  UNIQUE KEY (location_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_bookings (
  booking_id mediumint(9) NOT NULL AUTO_INCREMENT,
  event_id mediumint(9) NOT NULL,
  person_id mediumint(9) NOT NULL,
  payment_id mediumint(9) DEFAULT NULL,
  status tinyint DEFAULT 1,
  booking_seats mediumint(9) NOT NULL,
  booking_seats_mp varchar(250),
  waitinglist bool DEFAULT 0,
  booking_comment text,
  event_price text,
  extra_charge tinytext,
  creation_date datetime,
  modif_date datetime,
  payment_date datetime DEFAULT '0000-00-00 00:00:00',
  booking_paid bool DEFAULT 0,
  received tinytext,
  remaining tinytext,
  pg tinytext,
  pg_pid tinytext,
  reminder INT(11) DEFAULT 0,
  unique_nbr varchar(20),
  discount tinytext,
  discountids tinytext,
  dcodes_entered tinytext,
  dcodes_used tinytext,
  dgroupid INT(11) DEFAULT 0,
  attend_count INT(11) DEFAULT 0,
  delayed_mailids varchar(50),
  UNIQUE KEY  (booking_id),
  KEY (event_id),
  KEY (status),
  KEY (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_people (
  person_id mediumint(9) NOT NULL AUTO_INCREMENT,
  related_person_id mediumint(9) DEFAULT 0,
  lastname tinytext,
  firstname tinytext,
  email tinytext NOT NULL,
  status tinyint DEFAULT 1,
  phone tinytext,
  wp_id bigint(20) unsigned DEFAULT NULL,
  address1 tinytext,
  address2 tinytext,
  city tinytext,
  zip tinytext,
  state tinytext,
  country tinytext,
  state_code tinytext,
  country_code tinytext,
  birthdate date,
  bd_email bool DEFAULT 0,
  birthplace varchar(50) DEFAULT '',
  lang varchar(10) DEFAULT '',
  massmail bool DEFAULT 0,
  newsletter bool DEFAULT 0,
  gdpr bool DEFAULT 0,
  properties text,
  creation_date datetime,
  modif_date datetime,
  gdpr_date date,
  random_id varchar(50),
  last_seen datetime DEFAULT NULL,
  UNIQUE KEY (person_id),
  KEY (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_groups (
  group_id int(11) NOT NULL auto_increment,
  name varchar(50) DEFAULT NULL,
  email tinytext,
  description tinytext,
  type tinytext,
  public bool DEFAULT 0,
  stored_sql text,
  search_terms text,
  UNIQUE KEY  (group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_usergroups (
  person_id int(11),
  group_id int(11)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_categories (
  category_id int(11) NOT NULL auto_increment,
  category_name tinytext NOT NULL,
  description text,
  category_prefix text,
  category_slug text,
  UNIQUE KEY  (category_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_holidays (
  id int(11) NOT NULL auto_increment,
  name tinytext NOT NULL,
  list text NOT NULL,
  UNIQUE KEY  (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_templates (
  id int(11) NOT NULL auto_increment,
  name tinytext,
  description tinytext,
  format text NOT NULL,
  type tinytext,
  properties text,
  modif_date datetime,
  UNIQUE KEY  (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_formfields (
  field_id int(11) NOT NULL auto_increment,
  field_type tinytext NOT NULL,
  field_name tinytext NOT NULL,
  field_values text NOT NULL,
  admin_values text,
  field_tags text,
  admin_tags text,
  field_attributes tinytext,
  admin_attributes tinytext,
  field_purpose tinytext,
  field_condition tinytext,
  field_required bool DEFAULT 0,
  export bool DEFAULT 0,
  extra_charge bool DEFAULT 0,
  searchable bool DEFAULT 0,
  UNIQUE KEY  (field_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_answers (
  answer_id int(11) NOT NULL auto_increment,
  type varchar(20) DEFAULT NULL,
  related_id mediumint(9) DEFAULT 0,
  field_id int(11) DEFAULT 0,
  answer text NOT NULL,
  eme_grouping int(11) DEFAULT 0,
  occurence int(11) DEFAULT 0,
  UNIQUE KEY  (answer_id),
  KEY  (type),
  KEY  (related_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_payments (
  id int(11) NOT NULL auto_increment,
  creation_date datetime,
  random_id varchar(50),
  target varchar(50),
  related_id mediumint(9) DEFAULT 0,
  pg_pid varchar(256),
  pg_handled BOOL DEFAULT 0,
  UNIQUE KEY  (id),
  KEY  (random_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_discounts (
  id int(11) NOT NULL auto_increment,
  name varchar(50) DEFAULT NULL,
  description tinytext,
  type tinyint UNSIGNED DEFAULT 0,
  coupon tinytext,
  dgroup tinytext,
  value tinytext,
  maxcount tinyint UNSIGNED DEFAULT 0,
  count tinyint UNSIGNED DEFAULT 0,
  strcase bool DEFAULT 1,
  use_per_seat bool DEFAULT 0,
  valid_from datetime DEFAULT NULL,
  valid_to datetime DEFAULT NULL,
  properties text,
  UNIQUE KEY  (id),
  UNIQUE KEY  (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_dgroups (
  id int(11) NOT NULL auto_increment,
  description tinytext,
  name varchar(50) DEFAULT NULL,
  maxdiscounts tinyint UNSIGNED DEFAULT 0,
  UNIQUE KEY  (id),
  UNIQUE KEY  (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_mqueue (
  id int(11) NOT NULL auto_increment,
  mailing_id int(11) DEFAULT 0,
  person_id int(11) DEFAULT 0,
  member_id int(11) DEFAULT 0,
  status tinyint DEFAULT 0,
  creation_date datetime,
  created_by bigint(20) unsigned DEFAULT NULL,
  sent_datetime datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  first_read_on datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  last_read_on datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  read_count int DEFAULT 0,
  fromemail tinytext,
  fromname tinytext,
  receiveremail tinytext,
  receivername tinytext,
  replytoemail tinytext,
  replytoname tinytext,
  subject tinytext,
  body text,
  random_id varchar(50),
  error_msg tinytext,
  attachments text,
  add_listhdrs bool DEFAULT 0,
  UNIQUE KEY  (id),
  KEY  (status),
  KEY  (random_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_mailings (
  id int(11) NOT NULL auto_increment,
  name varchar(255) DEFAULT NULL,
  planned_on datetime DEFAULT '0000-00-00 00:00:00',
  creation_date datetime,
  created_by bigint(20) unsigned DEFAULT NULL,
  read_count int DEFAULT 0,
  total_read_count int DEFAULT 0,
  subject tinytext,
  body text,
  fromemail tinytext,
  fromname tinytext,
  replytoemail tinytext,
  replytoname tinytext,
  mail_text_html tinytext,
  status tinytext,
  stats varchar(255) DEFAULT '',
  conditions text,
  recurrence_freq varchar(20) DEFAULT '',
  recurrence_interval tinyint DEFAULT 1,
  recurrence_byday tinytext,
  recurrence_byweekno tinyint DEFAULT 0,
  recurrence_months varchar(50) DEFAULT '',
  recurrence_start_date date DEFAULT NULL,
  recurrence_end_date date DEFAULT NULL,
  recurrence_specific_days text,
  UNIQUE KEY  (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_members (
  member_id int(11) NOT NULL auto_increment,
  related_member_id int(11) DEFAULT 0,
  membership_id int(11) DEFAULT 0,
  person_id int(11) DEFAULT 0,
  status tinyint DEFAULT 0,
  status_automatic BOOL DEFAULT 1,
  creation_date datetime,
  modif_date datetime,
  last_seen datetime DEFAULT '0000-00-00 00:00:00',
  start_date date NOT NULL DEFAULT '0000-00-00',
  end_date date NOT NULL DEFAULT '0000-00-00',
  previous_start date NOT NULL DEFAULT '0000-00-00',
  previous_end date NOT NULL DEFAULT '0000-00-00',
  reminder INT(11) DEFAULT 0,
  reminder_date datetime DEFAULT '0000-00-00 00:00:00',
  renewal_count INT(11) DEFAULT 0,
  unique_nbr varchar(20),
  payment_id mediumint(9) DEFAULT NULL,
  payment_date datetime DEFAULT '0000-00-00 00:00:00',
  paid bool DEFAULT 0,
  pg tinytext,
  pg_pid tinytext,
  extra_charge tinytext,
  discount tinytext,
  discountids tinytext,
  dcodes_entered tinytext,
  dcodes_used tinytext,
  dgroupid INT(11) DEFAULT 0,
  properties text,
  UNIQUE KEY  (member_id),
  KEY  (related_member_id),
  KEY  (status),
  KEY  (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_memberships (
  membership_id int(11) NOT NULL auto_increment,
  name varchar(50) DEFAULT NULL,
  description tinytext,
  type varchar(50) DEFAULT NULL,
  status tinyint DEFAULT 1,
  start_date date DEFAULT '0000-00-00',
  duration_count tinyint DEFAULT 0,
  duration_period varchar(50) DEFAULT '',
  properties text,
  modif_date datetime,
  UNIQUE KEY  (membership_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_countries (
  id int(11) NOT NULL auto_increment,
  alpha_2 char(2) DEFAULT NULL,
  alpha_3 char(3) DEFAULT NULL,
  num_3 char(3) DEFAULT NULL,
  name varchar(100) DEFAULT NULL,
  lang varchar(10) DEFAULT '',
  UNIQUE KEY  (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_states (
  id int(11) NOT NULL auto_increment,
  code tinytext,
  name varchar(100) DEFAULT NULL,
  country_id int(11) DEFAULT NULL,
  UNIQUE KEY  (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_tasks (
  task_id mediumint(9) NOT NULL AUTO_INCREMENT,
  event_id mediumint(9) NOT NULL,
  task_start datetime,
  task_end datetime,
  task_seq smallint DEFAULT 1,
  task_nbr smallint DEFAULT 1,
  name varchar(50) DEFAULT NULL,
  spaces smallint DEFAULT 1,
  description text,
  UNIQUE KEY  (task_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_task_signups (
  id int(11) NOT NULL auto_increment,
  task_id mediumint(9) NOT NULL,
  person_id mediumint(9) NOT NULL,
  event_id mediumint(9) NOT NULL,
  signup_status BOOL DEFAULT 1,
  signup_date datetime,
  comment text,
  random_id varchar(50),
  UNIQUE KEY  (id),
  KEY  (event_id),
  KEY  (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_todos (
  todo_id mediumint(9) NOT NULL AUTO_INCREMENT,
  event_id mediumint(9) NOT NULL,
  todo_offset int DEFAULT 0,
  todo_seq smallint DEFAULT 1,
  todo_nbr smallint DEFAULT 1,
  reminder smallint DEFAULT 1,
  reminder_sent smallint DEFAULT 0,
  name varchar(50) DEFAULT NULL,
  description text,
  UNIQUE KEY  (todo_id),
  KEY  (reminder_sent)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_eme_attendances (
  id int(11) NOT NULL auto_increment,
  type varchar(20) DEFAULT NULL,
  person_id int(11) DEFAULT NULL,
  related_id int(11) DEFAULT NULL,
  creation_date datetime,
  UNIQUE KEY  (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
