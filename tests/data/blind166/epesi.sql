-- EPESI BIM (Telaxus; Janusz Tylek), PHP CRM: contacts, companies, tasks, meetings, phone calls, mail archive (Roundcube),
-- notes/attachments, users and logins, messenger alerts, watchdog, shoutbox, file storage. Licence MIT.
-- Source: github.com/jtylek/EpesiCRM (upstream history of EPESI, continued by its co-author) at commit
-- ffb50f86d087fbbf0981af2718112a01e300cd03: the module installers' DB::CreateTable() calls (ADOdb data-dictionary specs,
-- rendered as ADOdb's MySQL data dictionary does, with EPESI's table options ENGINE=InnoDB, utf8) and the RecordBrowser
-- recordsets of Utils_RecordBrowserCommon::install_new_recordset() (`<tab>_data_1` with id, created_on, created_by,
-- indexed, active and one `f_<field id>` column per field, typed by actual_db_type(); side tables as that function creates them).

CREATE TABLE `user_login` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `login` VARCHAR(32) NOT NULL,
  `active` TINYINT NOT NULL DEFAULT 1,
  `admin` TINYINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE (login)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `user_password` (
  `user_login_id` INTEGER NOT NULL,
  `password` VARCHAR(256) NOT NULL,
  `mail` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`user_login_id`),
  FOREIGN KEY (user_login_id) REFERENCES user_login(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `user_autologin` (
  `user_login_id` INTEGER NOT NULL,
  `autologin_id` VARCHAR(32) NOT NULL,
  `last_log` DATETIME,
  `description` VARCHAR(64),
  FOREIGN KEY (user_login_id) REFERENCES user_login(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `user_login_ban` (
  `failed_on` INTEGER,
  `from_addr` VARCHAR(32)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `user_reset_pass` (
  `user_login_id` INTEGER NOT NULL,
  `hash_id` VARCHAR(32) NOT NULL,
  `created_on` TIMESTAMP,
  FOREIGN KEY (user_login_id) REFERENCES user_login(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `base_login_audit` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `user_login_id` INTEGER,
  `start_time` DATETIME,
  `end_time` DATETIME,
  `ip_address` VARCHAR(32),
  `host_name` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `base_user_settings` (
  `user_login_id` INTEGER NOT NULL,
  `module` VARCHAR(128) NOT NULL,
  `variable` VARCHAR(64) NOT NULL,
  `value` TEXT NOT NULL,
  FOREIGN KEY (user_login_id) REFERENCES user_login(id),
  PRIMARY KEY(user_login_id,module,variable)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tools_whoisonline_users` (
  `session_name` VARCHAR(128) NOT NULL,
  `user_login_id` INTEGER NOT NULL,
  PRIMARY KEY (`session_name`),
  FOREIGN KEY (user_login_id) REFERENCES user_login(ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utils_messenger_message` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `callback_method` VARCHAR(255) NOT NULL,
  `callback_args` TEXT,
  `message` TEXT,
  `created_by` INTEGER NOT NULL,
  `created_on` DATETIME NOT NULL,
  `alert_on` DATETIME,
  `parent_module` VARCHAR(32) NOT NULL,
  `page_id` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (created_by) REFERENCES user_login(ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utils_messenger_users` (
  `message_id` INTEGER,
  `done` TINYINT DEFAULT 0,
  `user_login_id` INTEGER,
  `done_on` DATETIME,
  `follow` TINYINT DEFAULT 0,
  FOREIGN KEY (message_id) REFERENCES utils_messenger_message(id),
  FOREIGN KEY (user_login_id) REFERENCES user_login(ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utils_watchdog_category` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(32),
  `callback` VARCHAR(128),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utils_watchdog_event` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `category_id` INTEGER,
  `internal_id` INTEGER,
  `message` VARCHAR(64),
  `event_time` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (category_id) REFERENCES utils_watchdog_category(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utils_watchdog_subscription` (
  `category_id` INTEGER,
  `internal_id` INTEGER,
  `last_seen_event` INTEGER,
  `user_id` INTEGER,
  FOREIGN KEY (user_id) REFERENCES user_login(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `base_notify` (
  `token` VARCHAR(32) NOT NULL,
  `cache` TEXT,
  `last_refresh` BIGINT,
  `single_cache_uid` INTEGER,
  `telegram` TINYINT DEFAULT 0,
  PRIMARY KEY (`token`),
  FOREIGN KEY (single_cache_uid) REFERENCES user_login(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `apps_shoutbox_messages` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `base_user_login_id` INTEGER NOT NULL,
  `to_user_login_id` INTEGER,
  `message` TEXT,
  `posted_on` TIMESTAMP,
  `deleted` TINYINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (base_user_login_id) REFERENCES user_login(ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utils_commondata_tree` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `parent_id` INTEGER DEFAULT -1,
  `akey` VARCHAR(64) NOT NULL,
  `value` TEXT,
  `readonly` TINYINT DEFAULT 0,
  `position` INTEGER,
  PRIMARY KEY (`id`),
  UNIQUE(parent_id,akey)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utils_currency` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `symbol` VARCHAR(16),
  `code` VARCHAR(8),
  `decimal_sign` VARCHAR(2),
  `thousand_sign` VARCHAR(2),
  `decimals` TINYINT,
  `active` TINYINT,
  `default_currency` TINYINT,
  `pos_before` TINYINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utils_filestorage_files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `hash` VARCHAR(128) NOT NULL,
  `deleted` TINYINT DEFAULT 0,
  `size` BIGINT,
  `type` VARCHAR(256),
  PRIMARY KEY (`id`),
  UNIQUE(hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utils_filestorage` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(256) NOT NULL,
  `link` VARCHAR(128),
  `backref` VARCHAR(128),
  `created_on` DATETIME NOT NULL,
  `created_by` BIGINT NOT NULL,
  `deleted` TINYINT DEFAULT 0,
  `file_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (file_id) REFERENCES utils_filestorage_files(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utils_filestorage_remote` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `file_id` BIGINT NOT NULL,
  `token` VARCHAR(128) NOT NULL,
  `created_on` DATETIME NOT NULL,
  `created_by` BIGINT NOT NULL,
  `expires_on` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (file_id) REFERENCES utils_filestorage(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utils_filestorage_access` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `file_id` BIGINT NOT NULL,
  `date_accessed` DATETIME NOT NULL,
  `accessed_by` BIGINT NOT NULL,
  `type` BIGINT NOT NULL,
  `ip_address` VARCHAR(32),
  `host_name` VARCHAR(64),
  PRIMARY KEY (`id`),
  FOREIGN KEY (file_id) REFERENCES utils_filestorage(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `recordbrowser_table_properties` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `tab` VARCHAR(64),
  `quickjump` VARCHAR(64) DEFAULT '',
  `tpl` VARCHAR(255) DEFAULT '',
  `favorites` TINYINT DEFAULT 0,
  `recent` SMALLINT DEFAULT 0,
  `full_history` TINYINT DEFAULT 1,
  `caption` VARCHAR(32) DEFAULT '',
  `icon` VARCHAR(255) DEFAULT '',
  `description_callback` VARCHAR(128) DEFAULT '',
  `description_fields` VARCHAR(255) DEFAULT '',
  `jump_to_id` TINYINT DEFAULT 1,
  `search_include` TINYINT DEFAULT 0,
  `search_priority` TINYINT DEFAULT 0,
  `printer` VARCHAR(255) DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE(tab)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `recordbrowser_search_index` (
  `tab_id` SMALLINT NOT NULL,
  `record_id` INTEGER NOT NULL,
  `field_id` SMALLINT NOT NULL,
  `text` TEXT,
  PRIMARY KEY(tab_id, record_id, field_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `company_data_1` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_on` DATETIME NOT NULL,
  `created_by` INTEGER NOT NULL,
  `indexed` TINYINT NOT NULL DEFAULT 0,
  `active` TINYINT NOT NULL DEFAULT 1,
  `f_company_name` VARCHAR(128),
  `f_short_name` VARCHAR(64),
  `f_phone` VARCHAR(64),
  `f_fax` VARCHAR(64),
  `f_email` VARCHAR(128),
  `f_web_address` VARCHAR(64),
  `f_group` TEXT,
  `f_permission` VARCHAR(128),
  `f_address_1` VARCHAR(64),
  `f_address_2` VARCHAR(64),
  `f_city` VARCHAR(64),
  `f_country` VARCHAR(128),
  `f_zone` VARCHAR(128),
  `f_postal_code` VARCHAR(64),
  `f_tax_id` VARCHAR(64),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `contact_data_1` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_on` DATETIME NOT NULL,
  `created_by` INTEGER NOT NULL,
  `indexed` TINYINT NOT NULL DEFAULT 0,
  `active` TINYINT NOT NULL DEFAULT 1,
  `f_last_name` VARCHAR(64),
  `f_first_name` VARCHAR(64),
  `f_company_name` INTEGER,
  `f_related_companies` TEXT,
  `f_group` TEXT,
  `f_title` VARCHAR(64),
  `f_work_phone` VARCHAR(64),
  `f_mobile_phone` VARCHAR(64),
  `f_fax` VARCHAR(64),
  `f_email` VARCHAR(128),
  `f_web_address` VARCHAR(64),
  `f_address_1` VARCHAR(64),
  `f_address_2` VARCHAR(64),
  `f_city` VARCHAR(64),
  `f_country` VARCHAR(128),
  `f_zone` VARCHAR(128),
  `f_postal_code` VARCHAR(64),
  `f_permission` VARCHAR(128),
  `f_home_phone` VARCHAR(64),
  `f_home_address_1` VARCHAR(64),
  `f_home_address_2` VARCHAR(64),
  `f_home_city` VARCHAR(64),
  `f_home_country` VARCHAR(128),
  `f_home_zone` VARCHAR(128),
  `f_home_postal_code` VARCHAR(64),
  `f_birth_date` DATE,
  `f_login` INTEGER,
  `f_access` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `task_data_1` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_on` DATETIME NOT NULL,
  `created_by` INTEGER NOT NULL,
  `indexed` TINYINT NOT NULL DEFAULT 0,
  `active` TINYINT NOT NULL DEFAULT 1,
  `f_title` VARCHAR(255),
  `f_description` TEXT,
  `f_employees` TEXT,
  `f_customers` TEXT,
  `f_status` VARCHAR(128),
  `f_priority` VARCHAR(128),
  `f_permission` VARCHAR(128),
  `f_longterm` TINYINT,
  `f_deadline` DATETIME,
  `f_timeless` TINYINT,
  `f_related` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `crm_meeting_data_1` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_on` DATETIME NOT NULL,
  `created_by` INTEGER NOT NULL,
  `indexed` TINYINT NOT NULL DEFAULT 0,
  `active` TINYINT NOT NULL DEFAULT 1,
  `f_title` VARCHAR(255),
  `f_description` TEXT,
  `f_date` DATE,
  `f_time` DATETIME,
  `f_duration` INTEGER,
  `f_employees` TEXT,
  `f_customers` TEXT,
  `f_status` VARCHAR(128),
  `f_priority` VARCHAR(128),
  `f_permission` VARCHAR(128),
  `f_recurrence_type` INTEGER,
  `f_recurrence_end` DATE,
  `f_recurrence_hash` VARCHAR(16),
  `f_related` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `phonecall_data_1` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_on` DATETIME NOT NULL,
  `created_by` INTEGER NOT NULL,
  `indexed` TINYINT NOT NULL DEFAULT 0,
  `active` TINYINT NOT NULL DEFAULT 1,
  `f_subject` VARCHAR(64),
  `f_customer` TEXT,
  `f_other_customer` TINYINT,
  `f_other_customer_name` VARCHAR(64),
  `f_permission` VARCHAR(128),
  `f_employees` TEXT,
  `f_status` VARCHAR(128),
  `f_priority` VARCHAR(128),
  `f_phone` INTEGER,
  `f_other_phone` TINYINT,
  `f_other_phone_number` VARCHAR(64),
  `f_date_and_time` DATETIME,
  `f_description` TEXT,
  `f_related` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `rc_accounts_data_1` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_on` DATETIME NOT NULL,
  `created_by` INTEGER NOT NULL,
  `indexed` TINYINT NOT NULL DEFAULT 0,
  `active` TINYINT NOT NULL DEFAULT 1,
  `f_epesi_user` INTEGER,
  `f_email` VARCHAR(128),
  `f_account_name` VARCHAR(32),
  `f_server` VARCHAR(255),
  `f_login` VARCHAR(255),
  `f_password` VARCHAR(255),
  `f_security` VARCHAR(128),
  `f_smtp_server` VARCHAR(255),
  `f_smtp_auth` TINYINT,
  `f_smtp_login` VARCHAR(255),
  `f_smtp_password` VARCHAR(255),
  `f_smtp_security` VARCHAR(128),
  `f_default_account` TINYINT,
  `f_archive_on_sending` TINYINT,
  `f_use_epesi_archive_directories` TINYINT,
  `f_imap_root` VARCHAR(32),
  `f_imap_delimiter` VARCHAR(8),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `rc_mail_threads_data_1` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_on` DATETIME NOT NULL,
  `created_by` INTEGER NOT NULL,
  `indexed` TINYINT NOT NULL DEFAULT 0,
  `active` TINYINT NOT NULL DEFAULT 1,
  `f_subject` VARCHAR(256),
  `f_contacts` TEXT,
  `f_first_date` DATETIME,
  `f_last_date` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `rc_mails_data_1` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_on` DATETIME NOT NULL,
  `created_by` INTEGER NOT NULL,
  `indexed` TINYINT NOT NULL DEFAULT 0,
  `active` TINYINT NOT NULL DEFAULT 1,
  `f_subject` VARCHAR(256),
  `f_contacts` TEXT,
  `f_employee` INTEGER,
  `f_related` TEXT,
  `f_date` DATETIME,
  `f_headers_data` TEXT,
  `f_body` TEXT,
  `f_from` VARCHAR(128),
  `f_to` VARCHAR(4096),
  `f_thread` INTEGER,
  `f_message_id` VARCHAR(128),
  `f_references` VARCHAR(16384),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `rc_multiple_emails_data_1` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_on` DATETIME NOT NULL,
  `created_by` INTEGER NOT NULL,
  `indexed` TINYINT NOT NULL DEFAULT 0,
  `active` TINYINT NOT NULL DEFAULT 1,
  `f_record_type` VARCHAR(64),
  `f_record_id` INTEGER,
  `f_nickname` VARCHAR(64),
  `f_email` VARCHAR(128),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `utils_attachment_data_1` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `created_on` DATETIME NOT NULL,
  `created_by` INTEGER NOT NULL,
  `indexed` TINYINT NOT NULL DEFAULT 0,
  `active` TINYINT NOT NULL DEFAULT 1,
  `f_edited_on` DATETIME,
  `f_title` VARCHAR(255),
  `f_note` TEXT,
  `f_files` TEXT,
  `f_permission` VARCHAR(128),
  `f_sticky` TINYINT,
  `f_crypted` TINYINT,
  `f_attached_to` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `contact_field` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `field` VARCHAR(32) NOT NULL UNIQUE,
  `caption` VARCHAR(255),
  `type` VARCHAR(32),
  `extra` TINYINT DEFAULT 1,
  `visible` TINYINT DEFAULT 1,
  `tooltip` TINYINT DEFAULT 1,
  `required` TINYINT DEFAULT 1,
  `export` TINYINT DEFAULT 1,
  `active` TINYINT DEFAULT 1,
  `position` SMALLINT,
  `processing_order` SMALLINT NOT NULL,
  `filter` TINYINT DEFAULT 0,
  `param` VARCHAR(255),
  `style` VARCHAR(64),
  `template` VARCHAR(255),
  `help` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `contact_edit_history` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `contact_id` INTEGER NOT NULL,
  `edited_on` DATETIME NOT NULL,
  `edited_by` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (edited_by) REFERENCES user_login(id),
  FOREIGN KEY (contact_id) REFERENCES contact_data_1(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `contact_edit_history_data` (
  `edit_id` INTEGER,
  `field` VARCHAR(32),
  `old_value` TEXT,
  FOREIGN KEY (edit_id) REFERENCES contact_edit_history(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `contact_favorite` (
  `fav_id` INTEGER NOT NULL AUTO_INCREMENT,
  `contact_id` INTEGER,
  `user_id` INTEGER,
  PRIMARY KEY (`fav_id`),
  FOREIGN KEY (user_id) REFERENCES user_login(id),
  FOREIGN KEY (contact_id) REFERENCES contact_data_1(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `contact_recent` (
  `recent_id` INTEGER NOT NULL AUTO_INCREMENT,
  `contact_id` INTEGER,
  `user_id` INTEGER,
  `visited_on` DATETIME,
  PRIMARY KEY (`recent_id`),
  FOREIGN KEY (user_id) REFERENCES user_login(id),
  FOREIGN KEY (contact_id) REFERENCES contact_data_1(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `company_edit_history` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `company_id` INTEGER NOT NULL,
  `edited_on` DATETIME NOT NULL,
  `edited_by` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (edited_by) REFERENCES user_login(id),
  FOREIGN KEY (company_id) REFERENCES company_data_1(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `company_edit_history_data` (
  `edit_id` INTEGER,
  `field` VARCHAR(32),
  `old_value` TEXT,
  FOREIGN KEY (edit_id) REFERENCES company_edit_history(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `company_favorite` (
  `fav_id` INTEGER NOT NULL AUTO_INCREMENT,
  `company_id` INTEGER,
  `user_id` INTEGER,
  PRIMARY KEY (`fav_id`),
  FOREIGN KEY (user_id) REFERENCES user_login(id),
  FOREIGN KEY (company_id) REFERENCES company_data_1(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `contact_photos` (
  `contact_id` INTEGER NOT NULL,
  `filename` VARCHAR(48) NOT NULL,
  PRIMARY KEY (`contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `crm_filters_group` (
  `id` INTEGER NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `description` VARCHAR(255),
  `user_login_id` INTEGER NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE(name, user_login_id),
  FOREIGN KEY (user_login_id) REFERENCES user_login(ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `crm_filters_contacts` (
  `group_id` INTEGER NOT NULL,
  `contact_id` INTEGER,
  FOREIGN KEY (group_id) REFERENCES crm_filters_group(id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `rc_mails_attachments` (
  `mail_id` INTEGER NOT NULL,
  `type` VARCHAR(32),
  `name` VARCHAR(255),
  `mime_id` VARCHAR(32),
  `attachment` TINYINT DEFAULT 1,
  FOREIGN KEY (mail_id) REFERENCES rc_mails_data_1(ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `rc_mails_attachments_download` (
  `mail_id` INTEGER NOT NULL,
  `hash` VARCHAR(32),
  `created_on` TIMESTAMP,
  FOREIGN KEY (mail_id) REFERENCES rc_mails_data_1(ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;
