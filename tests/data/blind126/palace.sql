-- Library (src/palace/manager/sqlalchemy/model/library.py)
CREATE TABLE `libraries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `short_name` VARCHAR(255) NOT NULL,
  `uuid` VARCHAR(255),
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  `library_registry_short_name` VARCHAR(255),
  `library_registry_shared_secret` VARCHAR(255),
  `settings_dict` JSON NOT NULL,
  `public_key` TEXT NOT NULL,
  `private_key` LONGBLOB NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`),
  UNIQUE KEY (`short_name`),
  UNIQUE KEY (`uuid`),
  UNIQUE KEY (`library_registry_short_name`),
  UNIQUE KEY (`library_registry_shared_secret`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- IntegrationConfiguration (src/palace/manager/sqlalchemy/model/integration.py)
CREATE TABLE `integration_configurations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `protocol` TEXT NOT NULL,
  `goal` ENUM('PATRON_AUTH_GOAL','LICENSE_GOAL','DISCOVERY_GOAL','CATALOG_GOAL','METADATA_GOAL') NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `settings` JSON NOT NULL,
  `context` JSON NOT NULL,
  `self_test_results` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- IntegrationLibraryConfiguration (src/palace/manager/sqlalchemy/model/integration.py)
CREATE TABLE `integration_library_configurations` (
  `parent_id` INT NOT NULL,
  `library_id` INT NOT NULL,
  `settings` JSON NOT NULL,
  PRIMARY KEY (`parent_id`, `library_id`),
  FOREIGN KEY (`parent_id`) REFERENCES `integration_configurations` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- DiscoveryServiceRegistration (src/palace/manager/sqlalchemy/model/discovery_service_registration.py)
CREATE TABLE `discovery_service_registrations` (
  `status` ENUM('SUCCESS','FAILURE') NOT NULL DEFAULT 'FAILURE',
  `stage` ENUM('TESTING','PRODUCTION') NOT NULL DEFAULT 'TESTING',
  `web_client` TEXT,
  `short_name` TEXT,
  `shared_secret` TEXT,
  `integration_id` INT NOT NULL,
  `library_id` INT NOT NULL,
  `vendor_id` TEXT,
  PRIMARY KEY (`integration_id`, `library_id`),
  FOREIGN KEY (`integration_id`) REFERENCES `integration_configurations` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Collection (src/palace/manager/sqlalchemy/model/collection.py)
CREATE TABLE `collections` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `integration_configuration_id` INT NOT NULL,
  `parent_id` INT,
  `marked_for_deletion` TINYINT(1) NOT NULL DEFAULT 0,
  `export_marc_records` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`integration_configuration_id`),
  FOREIGN KEY (`integration_configuration_id`) REFERENCES `integration_configurations` (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `collections` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- DataSource (src/palace/manager/sqlalchemy/model/datasource.py)
CREATE TABLE `datasources` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `offers_licenses` TINYINT(1) NOT NULL DEFAULT 0,
  `primary_identifier_type` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Identifier (src/palace/manager/sqlalchemy/model/identifier.py)
CREATE TABLE `identifiers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(64) NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`type`, `identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Contributor (src/palace/manager/sqlalchemy/model/contributor.py)
CREATE TABLE `contributors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `lc` TEXT,
  `viaf` TEXT,
  `sort_name` TEXT,
  `aliases` TEXT NOT NULL,
  `display_name` TEXT,
  `family_name` TEXT,
  `wikipedia_name` TEXT,
  `biography` TEXT,
  `extra` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Edition (src/palace/manager/sqlalchemy/model/edition.py)
CREATE TABLE `editions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `data_source_id` INT NOT NULL,
  `primary_identifier_id` INT NOT NULL,
  `title` TEXT,
  `sort_title` TEXT,
  `subtitle` TEXT,
  `series` TEXT,
  `series_position` INT,
  `permanent_work_id` VARCHAR(36),
  `author` TEXT,
  `sort_author` TEXT,
  `language` TEXT,
  `publisher` TEXT,
  `imprint` TEXT,
  `issued` DATE,
  `published` DATE,
  `medium` ENUM('Book','Periodical','Audio','Music','Video','Image','Courseware'),
  `duration` DOUBLE,
  `cover_id` INT,
  `cover_full_url` TEXT,
  `cover_thumbnail_url` TEXT,
  `extra` JSON NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `updated_at_data_hash` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`data_source_id`) REFERENCES `datasources` (`id`),
  FOREIGN KEY (`primary_identifier_id`) REFERENCES `identifiers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Contribution (src/palace/manager/sqlalchemy/model/contributor.py)
CREATE TABLE `contributions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `edition_id` INT NOT NULL,
  `contributor_id` INT NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`edition_id`, `contributor_id`, `role`),
  FOREIGN KEY (`edition_id`) REFERENCES `editions` (`id`),
  FOREIGN KEY (`contributor_id`) REFERENCES `contributors` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Work (src/palace/manager/sqlalchemy/model/work.py)
CREATE TABLE `works` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `presentation_edition_id` INT,
  `audience` TEXT,
  `target_age` VARCHAR(32),
  `fiction` TINYINT(1),
  `summary_id` INT,
  `summary_text` TEXT,
  `quality` DECIMAL(4,3),
  `rating` DOUBLE,
  `popularity` DOUBLE,
  `primary_appeal` ENUM('Character','Language','Setting','Story','Not Applicable','None','Unknown'),
  `secondary_appeal` ENUM('Character','Language','Setting','Story','Not Applicable','None','Unknown'),
  `appeal_character` DOUBLE,
  `appeal_language` DOUBLE,
  `appeal_setting` DOUBLE,
  `appeal_story` DOUBLE,
  `last_update_time` DATETIME,
  `presentation_ready` TINYINT(1) NOT NULL DEFAULT 0,
  `presentation_ready_attempt` DATETIME,
  `presentation_ready_exception` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`presentation_edition_id`) REFERENCES `editions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- LicensePool (src/palace/manager/sqlalchemy/model/licensing.py)
CREATE TABLE `licensepools` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `work_id` INT,
  `data_source_id` INT NOT NULL,
  `identifier_id` INT NOT NULL,
  `collection_id` INT NOT NULL,
  `presentation_edition_id` INT,
  `availability_time` DATETIME,
  `last_checked` DATETIME,
  `last_updated` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `updated_at_data_hash` TEXT,
  `suppressed` TINYINT(1) NOT NULL DEFAULT 0,
  `license_exception` TEXT,
  `open_access` TINYINT(1) NOT NULL DEFAULT 0,
  `licenses_owned` INT NOT NULL DEFAULT 0,
  `licenses_available` INT NOT NULL DEFAULT 0,
  `licenses_reserved` INT NOT NULL DEFAULT 0,
  `patrons_in_hold_queue` INT NOT NULL DEFAULT 0,
  `should_track_playtime` TINYINT(1) NOT NULL DEFAULT 0,
  `type` ENUM('metered','unlimited','aggregated') NOT NULL DEFAULT 'metered',
  `status` ENUM('pre_order','active','exhausted','removed') NOT NULL DEFAULT 'active',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`identifier_id`, `data_source_id`, `collection_id`),
  FOREIGN KEY (`work_id`) REFERENCES `works` (`id`),
  FOREIGN KEY (`data_source_id`) REFERENCES `datasources` (`id`),
  FOREIGN KEY (`identifier_id`) REFERENCES `identifiers` (`id`),
  FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`),
  FOREIGN KEY (`presentation_edition_id`) REFERENCES `editions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- License (src/palace/manager/sqlalchemy/model/licensing.py)
CREATE TABLE `licenses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(255),
  `checkout_url` TEXT,
  `status_url` TEXT,
  `status` ENUM('preorder','available','unavailable'),
  `expires` DATETIME,
  `checkouts_left` INT,
  `checkouts_available` INT NOT NULL,
  `terms_concurrency` INT,
  `terms_checkouts` INT,
  `license_pool_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`identifier`, `license_pool_id`),
  FOREIGN KEY (`license_pool_id`) REFERENCES `licensepools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- DeliveryMechanism (src/palace/manager/sqlalchemy/model/licensing.py)
CREATE TABLE `deliverymechanisms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content_type` VARCHAR(255),
  `drm_scheme` VARCHAR(255),
  `default_client_can_fulfill` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`content_type`, `drm_scheme`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- LicensePoolDeliveryMechanism (src/palace/manager/sqlalchemy/model/licensing.py)
CREATE TABLE `licensepooldeliveries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `data_source_id` INT NOT NULL,
  `identifier_id` INT NOT NULL,
  `delivery_mechanism_id` INT NOT NULL,
  `available` TINYINT(1) NOT NULL DEFAULT 1,
  `resource_id` INT,
  `rightsstatus_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`data_source_id`, `identifier_id`, `delivery_mechanism_id`, `resource_id`),
  FOREIGN KEY (`data_source_id`) REFERENCES `datasources` (`id`),
  FOREIGN KEY (`identifier_id`) REFERENCES `identifiers` (`id`),
  FOREIGN KEY (`delivery_mechanism_id`) REFERENCES `deliverymechanisms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- CustomList (src/palace/manager/sqlalchemy/model/customlist.py)
CREATE TABLE `customlists` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `primary_language` TEXT,
  `data_source_id` INT,
  `foreign_identifier` VARCHAR(255),
  `name` VARCHAR(255),
  `description` TEXT,
  `created` DATETIME,
  `updated` DATETIME,
  `responsible_party` TEXT,
  `library_id` INT,
  `size` INT NOT NULL DEFAULT 0,
  `auto_update_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `auto_update_query` TEXT,
  `auto_update_facets` TEXT,
  `auto_update_last_update` DATETIME,
  `auto_update_status` ENUM('init','updated','repopulate') NOT NULL DEFAULT 'init',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`data_source_id`, `foreign_identifier`),
  UNIQUE KEY (`name`, `library_id`),
  FOREIGN KEY (`data_source_id`) REFERENCES `datasources` (`id`),
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- CustomListEntry (src/palace/manager/sqlalchemy/model/customlist.py)
CREATE TABLE `customlistentries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `list_id` INT,
  `edition_id` INT,
  `work_id` INT,
  `featured` TINYINT(1) NOT NULL DEFAULT 0,
  `annotation` TEXT,
  `first_appearance` DATETIME,
  `most_recent_appearance` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`list_id`) REFERENCES `customlists` (`id`),
  FOREIGN KEY (`edition_id`) REFERENCES `editions` (`id`),
  FOREIGN KEY (`work_id`) REFERENCES `works` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Announcement (src/palace/manager/sqlalchemy/model/announcements.py)
CREATE TABLE `announcements` (
  `id` CHAR(36) NOT NULL,
  `content` TEXT NOT NULL,
  `start` DATE NOT NULL,
  `finish` DATE NOT NULL,
  `library_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Key (src/palace/manager/sqlalchemy/model/key.py)
CREATE TABLE `keys` (
  `id` CHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `value` TEXT NOT NULL,
  `type` ENUM('AUTH_TOKEN_JWE','BEARER_TOKEN_SIGNING','ADMIN_SECRET_KEY') NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- SAMLFederation (src/palace/manager/sqlalchemy/model/saml.py)
CREATE TABLE `samlfederations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(256) NOT NULL,
  `idp_metadata_service_url` VARCHAR(2048) NOT NULL,
  `last_updated_at` DATETIME,
  `certificate` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- SAMLFederatedIdentityProvider (src/palace/manager/sqlalchemy/model/saml.py)
CREATE TABLE `samlfederatedidps` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `entity_id` VARCHAR(256) NOT NULL,
  `display_name` VARCHAR(256) NOT NULL,
  `xml_metadata` TEXT NOT NULL,
  `federation_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`federation_id`) REFERENCES `samlfederations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Admin (src/palace/manager/sqlalchemy/model/admin.py)
CREATE TABLE `admins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `password_hashed` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- AdminRole (src/palace/manager/sqlalchemy/model/admin.py)
CREATE TABLE `adminroles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `admin_id` INT NOT NULL,
  `library_id` INT,
  `role` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`admin_id`, `library_id`, `role`),
  FOREIGN KEY (`admin_id`) REFERENCES `admins` (`id`),
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Patron (src/palace/manager/sqlalchemy/model/patron.py)
CREATE TABLE `patrons` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `library_id` INT NOT NULL,
  `external_identifier` VARCHAR(255),
  `external_type` TEXT,
  `authorization_identifier` VARCHAR(255),
  `username` VARCHAR(255),
  `uuid` CHAR(36) NOT NULL,
  `last_external_sync` DATETIME,
  `authorization_expires` DATE,
  `fines` TEXT,
  `block_reason` VARCHAR(255),
  `synchronize_annotations` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`library_id`, `username`),
  UNIQUE KEY (`library_id`, `authorization_identifier`),
  UNIQUE KEY (`library_id`, `external_identifier`),
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Loan (src/palace/manager/sqlalchemy/model/patron.py)
CREATE TABLE `loans` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `patron_id` INT NOT NULL,
  `license_pool_id` INT NOT NULL,
  `license_id` INT,
  `fulfillment_id` INT,
  `start` DATETIME,
  `end` DATETIME,
  `external_identifier` VARCHAR(255),
  `patron_last_notified` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`patron_id`, `license_pool_id`),
  UNIQUE KEY (`external_identifier`),
  FOREIGN KEY (`patron_id`) REFERENCES `patrons` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`license_pool_id`) REFERENCES `licensepools` (`id`),
  FOREIGN KEY (`license_id`) REFERENCES `licenses` (`id`),
  FOREIGN KEY (`fulfillment_id`) REFERENCES `licensepooldeliveries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Hold (src/palace/manager/sqlalchemy/model/patron.py)
CREATE TABLE `holds` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `patron_id` INT NOT NULL,
  `license_pool_id` INT NOT NULL,
  `start` DATETIME,
  `end` DATETIME,
  `position` INT,
  `patron_last_notified` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`patron_id`, `license_pool_id`),
  FOREIGN KEY (`patron_id`) REFERENCES `patrons` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`license_pool_id`) REFERENCES `licensepools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Annotation (src/palace/manager/sqlalchemy/model/patron.py)
CREATE TABLE `annotations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `patron_id` INT,
  `identifier_id` INT,
  `motivation` TEXT,
  `timestamp` DATETIME,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `content` TEXT,
  `target` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patron_id`) REFERENCES `patrons` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`identifier_id`) REFERENCES `identifiers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Credential (src/palace/manager/sqlalchemy/model/credential.py)
CREATE TABLE `credentials` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `data_source_id` INT,
  `patron_id` INT,
  `collection_id` INT,
  `type` VARCHAR(255),
  `credential` TEXT,
  `expires` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`data_source_id`) REFERENCES `datasources` (`id`),
  FOREIGN KEY (`patron_id`) REFERENCES `patrons` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- DeviceToken (src/palace/manager/sqlalchemy/model/devicetokens.py)
CREATE TABLE `devicetokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `patron_id` INT NOT NULL,
  `token_type` ENUM('FCMAndroid','FCMiOS') NOT NULL,
  `device_token` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patron_id`) REFERENCES `patrons` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- CirculationEvent (src/palace/manager/sqlalchemy/model/circulationevent.py)
CREATE TABLE `circulationevents` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `license_pool_id` INT,
  `type` VARCHAR(50),
  `start` DATETIME,
  `end` DATETIME,
  `old_value` INT,
  `delta` INT,
  `new_value` INT,
  `library_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`license_pool_id`) REFERENCES `licensepools` (`id`),
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- PlaytimeEntry (src/palace/manager/sqlalchemy/model/time_tracking.py)
CREATE TABLE `playtime_entries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier_id` INT,
  `collection_id` INT,
  `library_id` INT,
  `identifier_str` VARCHAR(255) NOT NULL,
  `collection_name` VARCHAR(255) NOT NULL,
  `data_source_name` TEXT NOT NULL,
  `library_name` VARCHAR(255) NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `total_seconds_played` INT NOT NULL,
  `tracking_id` VARCHAR(64) NOT NULL,
  `processed` TINYINT(1) NOT NULL DEFAULT 0,
  `loan_identifier` VARCHAR(40) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`tracking_id`, `identifier_str`, `collection_name`, `library_name`),
  FOREIGN KEY (`identifier_id`) REFERENCES `identifiers` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- PlaytimeSummary (src/palace/manager/sqlalchemy/model/time_tracking.py)
CREATE TABLE `playtime_summaries` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier_id` INT,
  `collection_id` INT,
  `library_id` INT,
  `identifier_str` VARCHAR(255) NOT NULL,
  `collection_name` VARCHAR(255) NOT NULL,
  `data_source_name` TEXT NOT NULL,
  `library_name` VARCHAR(255) NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `total_seconds_played` INT NOT NULL DEFAULT 0,
  `title` TEXT,
  `isbn` TEXT,
  `loan_identifier` VARCHAR(40) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`timestamp`, `identifier_str`, `collection_name`, `library_name`, `loan_identifier`),
  FOREIGN KEY (`identifier_id`) REFERENCES `identifiers` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`collection_id`) REFERENCES `collections` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
