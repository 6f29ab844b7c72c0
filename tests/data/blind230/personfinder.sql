-- Google Person Finder - missing-persons registry used after disasters (person records, notes on their
-- status, photos, e-mail subscriptions, API keys and logs), PFIF data model.
-- Upstream: github.com/google/personfinder, commit 475f4c0ce916036d39bae2d480cde07126550875 (Apache-2.0).
-- Source: the App Engine datastore kinds (db.Model / db.Expando classes) of app/model.py,
-- app/modelmodule/admin_acls.py, app/config.py and app/resources.py, one table per kind, properties as
-- columns in source order (Base properties first for Person / Note / NoteWithBadWords, then the
-- prefix-search properties that prefix.add_prefix_properties adds to Person).
-- The datastore key becomes `key_name` (kinds keyed by name) or `id` (kinds with numeric ids),
-- Resource (a child of ResourceBundle) gets `parent_key_name` + `key_name`. ReferenceProperty photo is a
-- foreign key to Photo. Expando kinds: the dynamic properties UserActionLog.put_new copies from the Person
-- or Note acted on (Person_<property>, Note_<property>) and UsageCounter's per-status counters are written
-- out, Counter's open-ended count_<name> accumulators are not.
-- Types: StringProperty -> TEXT (indexed string up to 1500 bytes), TextProperty -> LONGTEXT,
-- BlobProperty -> LONGBLOB, DateTimeProperty -> DATETIME, BooleanProperty -> TINYINT(1),
-- IntegerProperty -> BIGINT, FloatProperty -> DOUBLE, UserProperty / ReferenceProperty -> VARCHAR(500),
-- StringListProperty -> LONGTEXT.

CREATE TABLE `Repo` (
  `key_name` VARCHAR(500) NOT NULL,
  `activation_status` BIGINT NULL,
  `test_mode` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`key_name`)
);

CREATE TABLE `Photo` (
  `key_name` VARCHAR(500) NOT NULL,
  `repo` TEXT NOT NULL,
  `image_data` LONGBLOB NULL,
  `upload_date` DATETIME NULL,
  `thumbnail_data` LONGBLOB NULL,
  PRIMARY KEY (`key_name`)
);

CREATE TABLE `Person` (
  `key_name` VARCHAR(500) NOT NULL,
  `repo` TEXT NOT NULL,
  `is_expired` TINYINT(1) NULL DEFAULT 0,
  `entry_date` DATETIME NOT NULL,
  `expiry_date` DATETIME NULL,
  `author_name` TEXT NULL,
  `author_email` TEXT NULL,
  `author_phone` TEXT NULL,
  `original_creation_date` DATETIME NULL,
  `source_date` DATETIME NULL,
  `source_name` TEXT NULL,
  `source_url` TEXT NULL,
  `full_name` TEXT NULL,
  `given_name` TEXT NULL,
  `family_name` TEXT NULL,
  `alternate_names` TEXT NULL,
  `description` LONGTEXT NULL,
  `sex` TEXT NULL,
  `date_of_birth` TEXT NULL,
  `age` TEXT NULL,
  `home_street` TEXT NULL,
  `home_neighborhood` TEXT NULL,
  `home_city` TEXT NULL,
  `home_state` TEXT NULL,
  `home_postal_code` TEXT NULL,
  `home_country` TEXT NULL,
  `photo_url` LONGTEXT NULL,
  `profile_urls` LONGTEXT NULL,
  `photo` VARCHAR(500) NULL,
  `latest_status` TEXT NULL,
  `latest_status_source_date` DATETIME NULL,
  `latest_found` TINYINT(1) NULL,
  `latest_found_source_date` DATETIME NULL,
  `last_modified` DATETIME NULL,
  `notes_disabled` TINYINT(1) NULL DEFAULT 0,
  `names_prefixes` LONGTEXT NULL,
  `given_name_n_` TEXT NULL,
  `given_name_n1_` TEXT NULL,
  `given_name_n2_` TEXT NULL,
  `family_name_n_` TEXT NULL,
  `family_name_n1_` TEXT NULL,
  `family_name_n2_` TEXT NULL,
  `home_street_n_` TEXT NULL,
  `home_street_n1_` TEXT NULL,
  `home_street_n2_` TEXT NULL,
  `home_neighborhood_n_` TEXT NULL,
  `home_neighborhood_n1_` TEXT NULL,
  `home_neighborhood_n2_` TEXT NULL,
  `home_city_n_` TEXT NULL,
  `home_city_n1_` TEXT NULL,
  `home_city_n2_` TEXT NULL,
  `home_state_n_` TEXT NULL,
  `home_state_n1_` TEXT NULL,
  `home_state_n2_` TEXT NULL,
  `home_postal_code_n_` TEXT NULL,
  `home_postal_code_n1_` TEXT NULL,
  `home_postal_code_n2_` TEXT NULL,
  PRIMARY KEY (`key_name`),
  CONSTRAINT `fk_Person_photo` FOREIGN KEY (`photo`) REFERENCES `Photo` (`key_name`)
);

CREATE TABLE `Note` (
  `key_name` VARCHAR(500) NOT NULL,
  `repo` TEXT NOT NULL,
  `is_expired` TINYINT(1) NULL DEFAULT 0,
  `entry_date` DATETIME NOT NULL,
  `person_record_id` TEXT NOT NULL,
  `linked_person_record_id` TEXT NULL,
  `author_name` TEXT NULL,
  `author_email` TEXT NULL,
  `author_phone` TEXT NULL,
  `original_creation_date` DATETIME NULL,
  `source_date` DATETIME NULL,
  `status` TEXT NULL,
  `author_made_contact` TINYINT(1) NULL,
  `email_of_found_person` TEXT NULL,
  `phone_of_found_person` TEXT NULL,
  `last_known_location` TEXT NULL,
  `text` LONGTEXT NULL,
  `photo_url` LONGTEXT NULL,
  `photo` VARCHAR(500) NULL,
  `hidden` TINYINT(1) NULL DEFAULT 0,
  `reviewed` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`key_name`),
  CONSTRAINT `fk_Note_photo` FOREIGN KEY (`photo`) REFERENCES `Photo` (`key_name`)
);

CREATE TABLE `NoteWithBadWords` (
  `key_name` VARCHAR(500) NOT NULL,
  `repo` TEXT NOT NULL,
  `is_expired` TINYINT(1) NULL DEFAULT 0,
  `entry_date` DATETIME NOT NULL,
  `person_record_id` TEXT NOT NULL,
  `linked_person_record_id` TEXT NULL,
  `author_name` TEXT NULL,
  `author_email` TEXT NULL,
  `author_phone` TEXT NULL,
  `original_creation_date` DATETIME NULL,
  `source_date` DATETIME NULL,
  `status` TEXT NULL,
  `author_made_contact` TINYINT(1) NULL,
  `email_of_found_person` TEXT NULL,
  `phone_of_found_person` TEXT NULL,
  `last_known_location` TEXT NULL,
  `text` LONGTEXT NULL,
  `photo_url` LONGTEXT NULL,
  `photo` VARCHAR(500) NULL,
  `hidden` TINYINT(1) NULL DEFAULT 0,
  `reviewed` TINYINT(1) NULL DEFAULT 0,
  `spam_score` DOUBLE NULL DEFAULT 0,
  `confirmed` TINYINT(1) NULL DEFAULT 0,
  `confirmed_copy_id` TEXT NULL,
  PRIMARY KEY (`key_name`),
  CONSTRAINT `fk_NoteWithBadWords_photo` FOREIGN KEY (`photo`) REFERENCES `Photo` (`key_name`)
);

CREATE TABLE `Subscription` (
  `key_name` VARCHAR(500) NOT NULL,
  `repo` TEXT NOT NULL,
  `person_record_id` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `language` TEXT NOT NULL,
  `timestamp` DATETIME NULL,
  PRIMARY KEY (`key_name`)
);

CREATE TABLE `Authorization` (
  `key_name` VARCHAR(500) NOT NULL,
  `repo` TEXT NOT NULL,
  `domain_write_permission` TEXT NULL,
  `read_permission` TINYINT(1) NULL,
  `full_read_permission` TINYINT(1) NULL,
  `search_permission` TINYINT(1) NULL,
  `subscribe_permission` TINYINT(1) NULL,
  `mark_notes_reviewed` TINYINT(1) NULL,
  `believed_dead_permission` TINYINT(1) NULL,
  `stats_permission` TINYINT(1) NULL,
  `is_valid` TINYINT(1) NULL DEFAULT 1,
  `contact_name` TEXT NULL,
  `contact_email` TEXT NULL,
  `organization_name` TEXT NULL,
  PRIMARY KEY (`key_name`)
);

CREATE TABLE `ApiKeyManagementLog` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user` VARCHAR(500) NULL,
  `timestamp` DATETIME NULL,
  `repo` TEXT NOT NULL,
  `api_key` TEXT NOT NULL,
  `action` TEXT NOT NULL,
  `ip_address` TEXT NULL,
  `key_state` LONGTEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `ApiActionLog` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `repo` TEXT NULL,
  `api_key` TEXT NULL,
  `action` TEXT NOT NULL,
  `person_records` BIGINT NULL,
  `note_records` BIGINT NULL,
  `people_skipped` BIGINT NULL,
  `notes_skipped` BIGINT NULL,
  `user_agent` TEXT NULL,
  `ip_address` TEXT NULL,
  `request_url` TEXT NULL,
  `version` TEXT NULL,
  `timestamp` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `UserActionLog` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `time` DATETIME NOT NULL,
  `repo` TEXT NOT NULL,
  `action` TEXT NOT NULL,
  `entity_kind` TEXT NOT NULL,
  `entity_key_name` TEXT NOT NULL,
  `detail` LONGTEXT NULL,
  `ip_address` TEXT NULL,
  `Person_repo` TEXT NULL,
  `Person_is_expired` TINYINT(1) NULL DEFAULT 0,
  `Person_entry_date` DATETIME NULL,
  `Person_expiry_date` DATETIME NULL,
  `Person_author_name` TEXT NULL,
  `Person_author_email` TEXT NULL,
  `Person_author_phone` TEXT NULL,
  `Person_original_creation_date` DATETIME NULL,
  `Person_source_date` DATETIME NULL,
  `Person_source_name` TEXT NULL,
  `Person_source_url` TEXT NULL,
  `Person_full_name` TEXT NULL,
  `Person_given_name` TEXT NULL,
  `Person_family_name` TEXT NULL,
  `Person_alternate_names` TEXT NULL,
  `Person_description` LONGTEXT NULL,
  `Person_sex` TEXT NULL,
  `Person_date_of_birth` TEXT NULL,
  `Person_age` TEXT NULL,
  `Person_home_street` TEXT NULL,
  `Person_home_neighborhood` TEXT NULL,
  `Person_home_city` TEXT NULL,
  `Person_home_state` TEXT NULL,
  `Person_home_postal_code` TEXT NULL,
  `Person_home_country` TEXT NULL,
  `Person_photo_url` LONGTEXT NULL,
  `Person_profile_urls` LONGTEXT NULL,
  `Person_photo` VARCHAR(500) NULL,
  `Person_latest_status` TEXT NULL,
  `Person_latest_status_source_date` DATETIME NULL,
  `Person_latest_found` TINYINT(1) NULL,
  `Person_latest_found_source_date` DATETIME NULL,
  `Person_last_modified` DATETIME NULL,
  `Person_notes_disabled` TINYINT(1) NULL DEFAULT 0,
  `Person_names_prefixes` LONGTEXT NULL,
  `Person_given_name_n_` TEXT NULL,
  `Person_given_name_n1_` TEXT NULL,
  `Person_given_name_n2_` TEXT NULL,
  `Person_family_name_n_` TEXT NULL,
  `Person_family_name_n1_` TEXT NULL,
  `Person_family_name_n2_` TEXT NULL,
  `Person_home_street_n_` TEXT NULL,
  `Person_home_street_n1_` TEXT NULL,
  `Person_home_street_n2_` TEXT NULL,
  `Person_home_neighborhood_n_` TEXT NULL,
  `Person_home_neighborhood_n1_` TEXT NULL,
  `Person_home_neighborhood_n2_` TEXT NULL,
  `Person_home_city_n_` TEXT NULL,
  `Person_home_city_n1_` TEXT NULL,
  `Person_home_city_n2_` TEXT NULL,
  `Person_home_state_n_` TEXT NULL,
  `Person_home_state_n1_` TEXT NULL,
  `Person_home_state_n2_` TEXT NULL,
  `Person_home_postal_code_n_` TEXT NULL,
  `Person_home_postal_code_n1_` TEXT NULL,
  `Person_home_postal_code_n2_` TEXT NULL,
  `Note_repo` TEXT NULL,
  `Note_is_expired` TINYINT(1) NULL DEFAULT 0,
  `Note_entry_date` DATETIME NULL,
  `Note_person_record_id` TEXT NULL,
  `Note_linked_person_record_id` TEXT NULL,
  `Note_author_name` TEXT NULL,
  `Note_author_email` TEXT NULL,
  `Note_author_phone` TEXT NULL,
  `Note_original_creation_date` DATETIME NULL,
  `Note_source_date` DATETIME NULL,
  `Note_status` TEXT NULL,
  `Note_author_made_contact` TINYINT(1) NULL,
  `Note_email_of_found_person` TEXT NULL,
  `Note_phone_of_found_person` TEXT NULL,
  `Note_last_known_location` TEXT NULL,
  `Note_text` LONGTEXT NULL,
  `Note_photo_url` LONGTEXT NULL,
  `Note_photo` VARCHAR(500) NULL,
  `Note_hidden` TINYINT(1) NULL DEFAULT 0,
  `Note_reviewed` TINYINT(1) NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `Counter` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME NULL,
  `scan_name` TEXT NULL,
  `repo` TEXT NULL,
  `last_key` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `UsageCounter` (
  `key_name` VARCHAR(500) NOT NULL,
  `repo` TEXT NOT NULL,
  `person` BIGINT NULL,
  `note` BIGINT NULL,
  `unspecified` BIGINT NULL,
  `information_sought` BIGINT NULL,
  `is_note_author` BIGINT NULL,
  `believed_alive` BIGINT NULL,
  `believed_missing` BIGINT NULL,
  `believed_dead` BIGINT NULL,
  PRIMARY KEY (`key_name`)
);

CREATE TABLE `UniqueId` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `AdminPermission` (
  `key_name` VARCHAR(500) NOT NULL,
  `repo` TEXT NOT NULL,
  `email_address` TEXT NOT NULL,
  `access_level` BIGINT NOT NULL,
  `expiration_date` DATETIME NOT NULL,
  PRIMARY KEY (`key_name`)
);

CREATE TABLE `ConfigEntry` (
  `key_name` VARCHAR(500) NOT NULL,
  `value` LONGTEXT NULL,
  PRIMARY KEY (`key_name`)
);

CREATE TABLE `ResourceBundle` (
  `key_name` VARCHAR(500) NOT NULL,
  `created` DATETIME NULL,
  PRIMARY KEY (`key_name`)
);

CREATE TABLE `Resource` (
  `parent_key_name` VARCHAR(255) NOT NULL,
  `key_name` VARCHAR(255) NOT NULL,
  `cache_seconds` DOUBLE NULL,
  `content` LONGBLOB NULL,
  `last_modified` DATETIME NULL,
  PRIMARY KEY (`parent_key_name`, `key_name`),
  CONSTRAINT `fk_Resource_parent_key_name` FOREIGN KEY (`parent_key_name`) REFERENCES `ResourceBundle` (`key_name`)
);
