-- CallPower (OpenSourceActivismTech/call-power), the click-to-call tool advocacy groups use to connect supporters
-- by phone with their legislators and other targets
-- Source: github.com/OpenSourceActivismTech/call-power alembic/versions/*.py (37 Alembic migrations, the chain from
--         50b6324aa438 to 0dde2debce11), checked against call_server/*/models.py, commit b0f92893a8419accef67c17b99c1e350909e50ce (AGPL-3.0)
-- The migrations were run in order with Alembic against a scratch PostgreSQL 15 database, with the application's
-- constraint naming convention (call_server/app.py) and stand-ins for the three column types of helper libraries
-- (sqlalchemy_utils PhoneNumberType: a Unicode(max_length, default 20) column; JSONType: json;
-- flask_store FlaskStoreType: a Unicode(length) column holding the stored file's path); the resulting catalogue is
-- written as MySQL/MariaDB DDL: serial -> INT AUTO_INCREMENT, varchar(n) -> VARCHAR(n), varchar without length
-- (`sync_call.crm_message`) -> VARCHAR(255), text -> TEXT, boolean -> TINYINT(1), timestamp(tz) -> DATETIME,
-- time -> TIME, interval -> DATETIME (how SQLAlchemy's Interval is stored where there is no interval type),
-- json -> JSON. Defaults, primary, unique and foreign keys as in the catalogue; plain indexes left out.
-- `campaign_phone_numbers.id` is added by migration 2bd538139427 as NOT NULL DEFAULT 0 without a primary key (the
-- model declares it primary); the migrations' table is kept. Alembic's `alembic_version` is kept. No table is left out.

CREATE TABLE `admin_blocklist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME,
  `expires` DATETIME,
  `phone_number` VARCHAR(20),
  `ip_address` VARCHAR(16),
  `hits` INT DEFAULT 0,
  `phone_hash` VARCHAR(64),
  PRIMARY KEY (`id`)
);

CREATE TABLE `alembic_version` (
  `version_num` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`version_num`)
);

CREATE TABLE `campaign_campaign` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME,
  `name` VARCHAR(255) NOT NULL,
  `campaign_type` VARCHAR(100),
  `campaign_state` VARCHAR(100),
  `campaign_subtype` VARCHAR(100),
  `segment_by` VARCHAR(100),
  `target_ordering` VARCHAR(100),
  `allow_call_in` TINYINT(1),
  `call_maximum` SMALLINT,
  `status_code` SMALLINT,
  `locate_by` VARCHAR(100),
  `embed` JSON,
  `country_code` VARCHAR(100) DEFAULT 'us',
  `campaign_language` VARCHAR(100) DEFAULT 'en',
  `target_offices` VARCHAR(100),
  `include_special` VARCHAR(100),
  `prompt_schedule` TINYINT(1),
  `allow_intl_calls` TINYINT(1),
  `target_shuffle_chamber` TINYINT(1) DEFAULT 1,
  UNIQUE KEY `uq_campaign_campaign_name` (`name`),
  PRIMARY KEY (`id`)
);

CREATE TABLE `calls_session` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME,
  `campaign_id` INT,
  `phone_hash` VARCHAR(64),
  `location` VARCHAR(100),
  `from_number` VARCHAR(16),
  `twilio_id` VARCHAR(40),
  `duration` INT,
  `status` VARCHAR(25),
  `direction` VARCHAR(25) DEFAULT 'outbound',
  `queue_delay` DATETIME,
  `referral_code` VARCHAR(64),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_calls_session_campaign_id_campaign_campaign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign_campaign` (`id`)
);

CREATE TABLE `campaign_phone` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `twilio_sid` VARCHAR(34),
  `twilio_app` VARCHAR(34),
  `number` VARCHAR(20),
  `call_in_allowed` TINYINT(1) DEFAULT 0,
  `call_in_campaign_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_campaign_phone_call_in_campaign_id_campaign_campaign` FOREIGN KEY (`call_in_campaign_id`) REFERENCES `campaign_campaign` (`id`)
);

CREATE TABLE `campaign_phone_numbers` (
  `campaign_id` INT,
  `phone_id` INT,
  `id` INT NOT NULL DEFAULT 0,
  CONSTRAINT `fk_campaign_phone_numbers_campaign_id_campaign_campaign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign_campaign` (`id`),
  CONSTRAINT `fk_campaign_phone_numbers_phone_id_campaign_phone` FOREIGN KEY (`phone_id`) REFERENCES `campaign_phone` (`id`)
);

CREATE TABLE `campaign_recording` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(100) NOT NULL,
  `file_storage` VARCHAR(256),
  `text_to_speech` TEXT,
  `version` INT,
  `description` VARCHAR(100),
  `hidden` TINYINT(1),
  UNIQUE KEY `uq_campaign_recording_key` (`key`, `version`),
  PRIMARY KEY (`id`)
);

CREATE TABLE `campaign_audio_recordings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_id` INT,
  `recording_id` INT,
  `selected` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_campaign_audio_recordings_campaign_id_campaign_campaign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign_campaign` (`id`),
  CONSTRAINT `fk_campaign_audio_recordings_recording_id_campaign_recording` FOREIGN KEY (`recording_id`) REFERENCES `campaign_recording` (`id`)
);

CREATE TABLE `campaign_target` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(100),
  `name` VARCHAR(100) NOT NULL,
  `number` VARCHAR(23),
  `key` VARCHAR(100),
  `district` VARCHAR(100),
  `location` VARCHAR(100),
  PRIMARY KEY (`id`)
);

CREATE TABLE `calls` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME,
  `campaign_id` INT,
  `target_id` INT,
  `call_id` VARCHAR(40),
  `status` VARCHAR(25),
  `duration` INT,
  `session_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `calls` FOREIGN KEY (`session_id`) REFERENCES `calls_session` (`id`),
  CONSTRAINT `fk_calls_campaign_id_campaign_campaign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign_campaign` (`id`),
  CONSTRAINT `fk_calls_target_id_campaign_target` FOREIGN KEY (`target_id`) REFERENCES `campaign_target` (`id`)
);

CREATE TABLE `campaign_target_office` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100),
  `address` VARCHAR(100),
  `number` VARCHAR(23),
  `target_id` INT,
  `uid` VARCHAR(100),
  `latlon` VARCHAR(100),
  `type` VARCHAR(100),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_campaign_target_office_target_id_campaign_target` FOREIGN KEY (`target_id`) REFERENCES `campaign_target` (`id`)
);

CREATE TABLE `campaign_target_sets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `campaign_id` INT,
  `target_id` INT,
  `order` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_campaign_target_sets_campaign_id_campaign_campaign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign_campaign` (`id`),
  CONSTRAINT `fk_campaign_target_sets_target_id_campaign_target` FOREIGN KEY (`target_id`) REFERENCES `campaign_target` (`id`)
);

CREATE TABLE `schedule_call` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `subscribed` TINYINT(1),
  `time_to_call` TIME,
  `last_called` DATETIME,
  `num_calls` INT DEFAULT 0,
  `campaign_id` INT,
  `phone_number` VARCHAR(16),
  `job_id` VARCHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_schedule_call_campaign_id_campaign_campaign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign_campaign` (`id`)
);

CREATE TABLE `sync_call` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_time` DATETIME,
  `call_id` INT,
  `saved` TINYINT(1),
  `crm_message` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_sync_call_call_id_calls` FOREIGN KEY (`call_id`) REFERENCES `calls` (`id`)
);

CREATE TABLE `sync_campaign` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `job_id` VARCHAR(36),
  `created_time` DATETIME,
  `last_sync_time` DATETIME,
  `campaign_id` INT,
  `crm_id` VARCHAR(40),
  `schedule` VARCHAR(25) DEFAULT 'hourly',
  `crm_key` VARCHAR(40),
  UNIQUE KEY `uq_sync_campaign_campaign_id` (`campaign_id`),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_sync_campaign_campaign_id_campaign_campaign` FOREIGN KEY (`campaign_id`) REFERENCES `campaign_campaign` (`id`)
);

CREATE TABLE `user_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `email` VARCHAR(100) NOT NULL,
  `openid` VARCHAR(100),
  `activation_key` VARCHAR(100),
  `created_time` DATETIME,
  `last_accessed` DATETIME,
  `phone` VARCHAR(20),
  `password` VARCHAR(300) NOT NULL,
  `role_code` SMALLINT,
  `status_code` SMALLINT,
  UNIQUE KEY `uq_user_user_email` (`email`),
  UNIQUE KEY `uq_user_user_name` (`name`),
  UNIQUE KEY `uq_user_user_openid` (`openid`),
  PRIMARY KEY (`id`)
);
