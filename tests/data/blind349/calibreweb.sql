-- Calibre-Web 0.6.28b (janeczku/calibre-web; web app for browsing, reading and downloading the e-books of a Calibre
-- library, with users, shelves, read status, Kobo sync, OPDS and send-to-Kindle): its own settings and user database
-- `app.db` (SQLite), github.com/janeczku/calibre-web `cps/ub.py` + `cps/config_sql.py` (SQLAlchemy declarative
-- models), commit 7ec475e1fe20893730fd8863f771489049c99d16 (GPL-3.0).
-- Made by importing the two modules unchanged (their Flask / logging / helper imports stubbed) into SQLAlchemy 2.x and
-- running `Base.metadata.create_all()` on an empty SQLite file, as `ub.init_db()` does; the `OAuth` model takes its
-- id / provider / created_at / token columns from Flask-Dance's `OAuthConsumerMixin`
-- (github.com/singingwolfboy/flask-dance `flask_dance/consumer/storage/sqla.py`), whose table is `flask_dance_oauth`.
-- The SQLite tables were then written as MySQL by a small script: columns in SQLite's order; String(n) -> VARCHAR(n),
-- String without length -> TEXT (VARCHAR(255) where it is part of a key or unique index), Integer -> INT (integer
-- primary keys AUTO_INCREMENT), SmallInteger -> SMALLINT, Boolean -> TINYINT(1), DateTime -> DATETIME, Float ->
-- FLOAT, JSON -> JSON, BLOB -> LONGBLOB; primary keys, unique constraints and foreign keys kept. All 20 tables of
-- app.db are here. Left out: the Calibre library `metadata.db` (Calibre's own schema, which Calibre-Web only reads
-- through `cps/db.py`) and the optional Google Drive mapping database `gdrive.db`.

CREATE TABLE `user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NULL,
  `email` VARCHAR(120) NULL,
  `role` SMALLINT NULL,
  `password` TEXT NULL,
  `kindle_mail` VARCHAR(120) NULL,
  `locale` VARCHAR(2) NULL,
  `sidebar_view` INT NULL,
  `default_language` VARCHAR(3) NULL,
  `denied_tags` TEXT NULL,
  `allowed_tags` TEXT NULL,
  `denied_column_value` TEXT NULL,
  `allowed_column_value` TEXT NULL,
  `view_settings` JSON NULL,
  `kobo_only_shelves_sync` INT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_key` (`email`),
  UNIQUE KEY `user_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauthProvider` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider_name` TEXT NULL,
  `oauth_client_id` TEXT NULL,
  `oauth_client_secret` TEXT NULL,
  `active` TINYINT(1) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `domain` TEXT NULL,
  `allow` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `thumbnail` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `entity_id` INT NULL,
  `uuid` VARCHAR(255) NULL,
  `format` TEXT NULL,
  `type` SMALLINT NULL,
  `resolution` SMALLINT NULL,
  `filename` TEXT NULL,
  `generated_at` DATETIME NULL,
  `expiration` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `thumbnail_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flask_dance_oauth` (
  `provider_user_id` VARCHAR(256) NULL,
  `user_id` INT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider` VARCHAR(50) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `token` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_session` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NULL,
  `session_key` TEXT NULL,
  `random` TEXT NULL,
  `expiry` INT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shelf` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` TEXT NULL,
  `name` TEXT NULL,
  `is_public` INT NULL,
  `user_id` INT NULL,
  `kobo_sync` TINYINT(1) NULL,
  `created` DATETIME NULL,
  `last_modified` DATETIME NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shelf_archive` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` TEXT NULL,
  `user_id` INT NULL,
  `last_modified` DATETIME NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_read_link` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `book_id` INT NULL,
  `user_id` INT NULL,
  `read_status` INT NOT NULL,
  `last_modified` DATETIME NULL,
  `last_time_started_reading` DATETIME NULL,
  `times_started_reading` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmark` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NULL,
  `book_id` INT NULL,
  `format` TEXT NULL,
  `bookmark_key` TEXT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `archived_book` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NULL,
  `book_id` INT NULL,
  `is_archived` TINYINT(1) NULL,
  `last_modified` DATETIME NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kobo_synced_books` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NULL,
  `book_id` INT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kobo_reading_state` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NULL,
  `book_id` INT NULL,
  `last_modified` DATETIME NULL,
  `priority_timestamp` DATETIME NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `downloads` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `book_id` INT NULL,
  `user_id` INT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remote_auth_token` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `auth_token` VARCHAR(255) NULL,
  `user_id` INT NULL,
  `verified` TINYINT(1) NULL,
  `expiration` DATETIME NULL,
  `token_type` INT NULL,
  `request_ip` TEXT NULL,
  `request_user_agent` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `remote_auth_token_auth_token_key` (`auth_token`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_shelf_link` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `book_id` INT NULL,
  `order` INT NULL,
  `shelf` INT NULL,
  `date_added` DATETIME NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`shelf`) REFERENCES `shelf` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kobo_bookmark` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `kobo_reading_state_id` INT NULL,
  `last_modified` DATETIME NULL,
  `location_source` TEXT NULL,
  `location_type` TEXT NULL,
  `location_value` TEXT NULL,
  `progress_percent` FLOAT NULL,
  `content_source_progress_percent` FLOAT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`kobo_reading_state_id`) REFERENCES `kobo_reading_state` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kobo_statistics` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `kobo_reading_state_id` INT NULL,
  `last_modified` DATETIME NULL,
  `remaining_time_minutes` INT NULL,
  `spent_reading_minutes` INT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`kobo_reading_state_id`) REFERENCES `kobo_reading_state` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flask_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `flask_session_key` LONGBLOB NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mail_server` TEXT NULL,
  `mail_port` INT NULL,
  `mail_use_ssl` SMALLINT NULL,
  `mail_login` TEXT NULL,
  `mail_password_e` TEXT NULL,
  `mail_password` TEXT NULL,
  `mail_from` TEXT NULL,
  `mail_size` INT NULL,
  `mail_server_type` SMALLINT NULL,
  `mail_gmail_token` JSON NULL,
  `config_calibre_dir` TEXT NULL,
  `config_calibre_uuid` TEXT NULL,
  `config_calibre_split` TINYINT(1) NULL,
  `config_calibre_split_dir` TEXT NULL,
  `config_port` INT NULL,
  `config_external_port` INT NULL,
  `config_certfile` TEXT NULL,
  `config_keyfile` TEXT NULL,
  `config_trustedhosts` TEXT NULL,
  `config_calibre_web_title` TEXT NULL,
  `config_books_per_page` INT NULL,
  `config_random_books` INT NULL,
  `config_authors_max` INT NULL,
  `config_read_column` INT NULL,
  `config_title_regex` TEXT NULL,
  `config_theme` INT NULL,
  `config_log_level` SMALLINT NULL,
  `config_logfile` TEXT NULL,
  `config_access_log` SMALLINT NULL,
  `config_access_logfile` TEXT NULL,
  `config_uploading` SMALLINT NULL,
  `config_anonbrowse` SMALLINT NULL,
  `config_public_reg` SMALLINT NULL,
  `config_remote_login` TINYINT(1) NULL,
  `config_kobo_sync` TINYINT(1) NULL,
  `config_default_role` SMALLINT NULL,
  `config_default_show` SMALLINT NULL,
  `config_default_language` VARCHAR(3) NULL,
  `config_default_locale` VARCHAR(2) NULL,
  `config_columns_to_ignore` TEXT NULL,
  `config_denied_tags` TEXT NULL,
  `config_allowed_tags` TEXT NULL,
  `config_restricted_column` SMALLINT NULL,
  `config_denied_column_value` TEXT NULL,
  `config_allowed_column_value` TEXT NULL,
  `config_use_google_drive` TINYINT(1) NULL,
  `config_google_drive_folder` TEXT NULL,
  `config_google_drive_watch_changes_response` JSON NULL,
  `config_use_goodreads` TINYINT(1) NULL,
  `config_goodreads_api_key` TEXT NULL,
  `config_googlebooks_api_key` TEXT NULL,
  `config_register_email` TINYINT(1) NULL,
  `config_login_type` INT NULL,
  `config_kobo_proxy` TINYINT(1) NULL,
  `config_ldap_provider_url` TEXT NULL,
  `config_ldap_port` SMALLINT NULL,
  `config_ldap_authentication` SMALLINT NULL,
  `config_ldap_serv_username` TEXT NULL,
  `config_ldap_serv_password_e` TEXT NULL,
  `config_ldap_serv_password` TEXT NULL,
  `config_ldap_encryption` SMALLINT NULL,
  `config_ldap_cacert_path` TEXT NULL,
  `config_ldap_cert_path` TEXT NULL,
  `config_ldap_key_path` TEXT NULL,
  `config_ldap_dn` TEXT NULL,
  `config_ldap_user_object` TEXT NULL,
  `config_ldap_member_user_object` TEXT NULL,
  `config_ldap_openldap` TINYINT(1) NULL,
  `config_ldap_group_object_filter` TEXT NULL,
  `config_ldap_group_members_field` TEXT NULL,
  `config_ldap_group_name` TEXT NULL,
  `config_kepubifypath` TEXT NULL,
  `config_converterpath` TEXT NULL,
  `config_binariesdir` TEXT NULL,
  `config_calibre` TEXT NULL,
  `config_rarfile_location` TEXT NULL,
  `config_upload_formats` TEXT NULL,
  `config_unicode_filename` TINYINT(1) NULL,
  `config_embed_metadata` TINYINT(1) NULL,
  `config_updatechannel` INT NULL,
  `config_reverse_proxy_login_header_name` TEXT NULL,
  `config_reverse_proxy_use_shared_secret` TINYINT(1) NULL,
  `config_reverse_proxy_login_secret_header_name` TEXT NULL,
  `config_reverse_proxy_login_header_secret_e` TEXT NULL,
  `config_reverse_proxy_trusted_ips` TEXT NULL,
  `config_allow_reverse_proxy_header_login` TINYINT(1) NULL,
  `schedule_start_time` INT NULL,
  `schedule_duration` INT NULL,
  `schedule_generate_book_covers` TINYINT(1) NULL,
  `schedule_generate_series_covers` TINYINT(1) NULL,
  `schedule_reconnect` TINYINT(1) NULL,
  `schedule_metadata_backup` TINYINT(1) NULL,
  `config_password_policy` TINYINT(1) NULL,
  `config_password_min_length` INT NULL,
  `config_password_number` TINYINT(1) NULL,
  `config_password_lower` TINYINT(1) NULL,
  `config_password_upper` TINYINT(1) NULL,
  `config_password_character` TINYINT(1) NULL,
  `config_password_special` TINYINT(1) NULL,
  `config_session` INT NULL,
  `config_ratelimiter` TINYINT(1) NULL,
  `config_limiter_uri` TEXT NULL,
  `config_limiter_options` TEXT NULL,
  `config_check_extensions` TINYINT(1) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

