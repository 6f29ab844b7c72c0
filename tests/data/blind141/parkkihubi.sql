-- Parkkihubi (City of Helsinki parking hub: parkings reported by parking operators, parking permits, enforcement checks)
-- upstream: github.com/City-of-Helsinki/parkkihubi, commit e40f9e10ea02cb579c6d99f3fb6560fa3512abf7 (MIT)
-- source: parkings/models/*.py (with parkings/migrations/0001-0048) and the Django contrib / DRF authtoken tables the
-- project installs (parkkihubi/settings.py INSTALLED_APPS). Django ORM written as MySQL DDL: UUIDField -> CHAR(32),
-- DateTimeField -> DATETIME(6), JSONField -> JSON, PostGIS PointField / MultiPolygonField -> GEOMETRY (subtype and
-- SRID in the column comment). Inherited mixin columns (created_at, modified_at, id) come first, as in upstream's
-- CreateModel migrations.

CREATE TABLE django_content_type (
  id INT NOT NULL AUTO_INCREMENT,
  app_label VARCHAR(100) NOT NULL,
  model VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY django_content_type_app_label_model_uniq (app_label, model)
);

CREATE TABLE auth_permission (
  id INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NOT NULL,
  content_type_id INT NOT NULL,
  codename VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY auth_permission_content_type_id_codename_uniq (content_type_id, codename),
  CONSTRAINT auth_permission_content_type_id_fk FOREIGN KEY (content_type_id) REFERENCES django_content_type (id)
);

CREATE TABLE auth_group (
  id INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(150) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY name (name)
);

CREATE TABLE auth_group_permissions (
  id BIGINT NOT NULL AUTO_INCREMENT,
  group_id INT NOT NULL,
  permission_id INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY auth_group_permissions_group_id_permission_id_uniq (group_id, permission_id),
  CONSTRAINT auth_group_permissions_group_id_fk FOREIGN KEY (group_id) REFERENCES auth_group (id),
  CONSTRAINT auth_group_permissions_permission_id_fk FOREIGN KEY (permission_id) REFERENCES auth_permission (id)
);

CREATE TABLE auth_user (
  id INT NOT NULL AUTO_INCREMENT,
  password VARCHAR(128) NOT NULL,
  last_login DATETIME(6) NULL,
  is_superuser BOOL NOT NULL,
  username VARCHAR(150) NOT NULL,
  first_name VARCHAR(150) NOT NULL,
  last_name VARCHAR(150) NOT NULL,
  email VARCHAR(254) NOT NULL,
  is_staff BOOL NOT NULL,
  is_active BOOL NOT NULL,
  date_joined DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY username (username)
);

CREATE TABLE auth_user_groups (
  id BIGINT NOT NULL AUTO_INCREMENT,
  user_id INT NOT NULL,
  group_id INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY auth_user_groups_user_id_group_id_uniq (user_id, group_id),
  CONSTRAINT auth_user_groups_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id),
  CONSTRAINT auth_user_groups_group_id_fk FOREIGN KEY (group_id) REFERENCES auth_group (id)
);

CREATE TABLE auth_user_user_permissions (
  id BIGINT NOT NULL AUTO_INCREMENT,
  user_id INT NOT NULL,
  permission_id INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY auth_user_user_permissions_user_id_permission_id_uniq (user_id, permission_id),
  CONSTRAINT auth_user_user_permissions_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id),
  CONSTRAINT auth_user_user_permissions_permission_id_fk FOREIGN KEY (permission_id) REFERENCES auth_permission (id)
);

CREATE TABLE django_admin_log (
  id INT NOT NULL AUTO_INCREMENT,
  action_time DATETIME(6) NOT NULL,
  object_id LONGTEXT NULL,
  object_repr VARCHAR(200) NOT NULL,
  action_flag SMALLINT UNSIGNED NOT NULL,
  change_message LONGTEXT NOT NULL,
  content_type_id INT NULL,
  user_id INT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT django_admin_log_content_type_id_fk FOREIGN KEY (content_type_id) REFERENCES django_content_type (id),
  CONSTRAINT django_admin_log_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE django_session (
  session_key VARCHAR(40) NOT NULL,
  session_data LONGTEXT NOT NULL,
  expire_date DATETIME(6) NOT NULL,
  PRIMARY KEY (session_key)
);

CREATE TABLE authtoken_token (
  `key` VARCHAR(40) NOT NULL,
  created DATETIME(6) NOT NULL,
  user_id INT NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY user_id (user_id),
  CONSTRAINT authtoken_token_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE parkings_enforcementdomain (
  id INT NOT NULL AUTO_INCREMENT,
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  code VARCHAR(10) NOT NULL COMMENT 'code',
  name VARCHAR(40) NOT NULL COMMENT 'name',
  geom GEOMETRY NULL COMMENT 'geometry (MultiPolygon, SRID 3879)',
  PRIMARY KEY (id),
  UNIQUE KEY code (code)
);

CREATE TABLE parkings_enforcer (
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  id CHAR(32) NOT NULL,
  name VARCHAR(80) NOT NULL COMMENT 'name',
  enforced_domain_id INT NOT NULL COMMENT 'The enforcement domain enforced by this enforcer',
  user_id INT NOT NULL COMMENT 'user',
  PRIMARY KEY (id),
  UNIQUE KEY user_id (user_id),
  CONSTRAINT parkings_enforcer_enforced_domain_id_fk FOREIGN KEY (enforced_domain_id) REFERENCES parkings_enforcementdomain (id),
  CONSTRAINT parkings_enforcer_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE parkings_monitor (
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  id CHAR(32) NOT NULL COMMENT 'A person who monitors through the Monitoring API',
  name VARCHAR(80) NOT NULL COMMENT 'name',
  domain_id INT NOT NULL COMMENT 'The enforcement domain user can monitor',
  user_id INT NOT NULL COMMENT 'user',
  PRIMARY KEY (id),
  UNIQUE KEY user_id (user_id),
  CONSTRAINT parkings_monitor_domain_id_fk FOREIGN KEY (domain_id) REFERENCES parkings_enforcementdomain (id),
  CONSTRAINT parkings_monitor_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE parkings_operator (
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  id CHAR(32) NOT NULL,
  name VARCHAR(80) NOT NULL COMMENT 'name',
  user_id INT NOT NULL COMMENT 'user',
  PRIMARY KEY (id),
  UNIQUE KEY user_id (user_id),
  CONSTRAINT parkings_operator_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE parkings_region (
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  id CHAR(32) NOT NULL,
  name VARCHAR(200) NOT NULL COMMENT 'name',
  geom GEOMETRY NOT NULL COMMENT 'geometry (MultiPolygon, SRID 3879)',
  capacity_estimate INT UNSIGNED NULL COMMENT 'capacity estimate',
  domain_id INT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT parkings_region_domain_id_fk FOREIGN KEY (domain_id) REFERENCES parkings_enforcementdomain (id)
);

CREATE TABLE parkings_parkingarea (
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  id CHAR(32) NOT NULL,
  domain_id INT NOT NULL,
  origin_id VARCHAR(32) NOT NULL COMMENT 'origin ID (id of the lot in the external system it was imported from)',
  geom GEOMETRY NOT NULL COMMENT 'geometry (MultiPolygon, SRID 3879)',
  capacity_estimate SMALLINT UNSIGNED NULL COMMENT 'capacity estimate',
  name VARCHAR(200) NOT NULL COMMENT 'name (most likely the street name)',
  PRIMARY KEY (id),
  UNIQUE KEY origin_id (origin_id),
  CONSTRAINT parkings_parkingarea_domain_id_fk FOREIGN KEY (domain_id) REFERENCES parkings_enforcementdomain (id)
);

CREATE TABLE parkings_parkingterminal (
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  id CHAR(32) NOT NULL,
  domain_id INT NOT NULL,
  number VARCHAR(200) NOT NULL COMMENT 'number',
  name VARCHAR(200) NOT NULL COMMENT 'name',
  location GEOMETRY NULL COMMENT 'location (Point, SRID 4326)',
  PRIMARY KEY (id),
  UNIQUE KEY number (number),
  CONSTRAINT parkings_parkingterminal_domain_id_fk FOREIGN KEY (domain_id) REFERENCES parkings_enforcementdomain (id)
);

CREATE TABLE parkings_paymentzone (
  id INT NOT NULL AUTO_INCREMENT,
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  domain_id INT NOT NULL,
  code VARCHAR(10) NOT NULL,
  number INT NOT NULL COMMENT 'zone number',
  name VARCHAR(40) NOT NULL COMMENT 'name',
  geom GEOMETRY NOT NULL COMMENT 'geometry (MultiPolygon, SRID 3879)',
  PRIMARY KEY (id),
  UNIQUE KEY parkings_paymentzone_domain_id_code_uniq (domain_id, code),
  CONSTRAINT parkings_paymentzone_domain_id_fk FOREIGN KEY (domain_id) REFERENCES parkings_enforcementdomain (id)
);

CREATE TABLE parkings_parking (
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  id CHAR(32) NOT NULL,
  region_id CHAR(32) NULL COMMENT 'region',
  parking_area_id CHAR(32) NULL COMMENT 'parking area',
  terminal_number VARCHAR(50) NOT NULL COMMENT 'terminal number',
  terminal_id CHAR(32) NULL COMMENT 'terminal',
  location GEOMETRY NULL COMMENT 'location (Point, SRID 4326)',
  operator_id CHAR(32) NOT NULL COMMENT 'operator',
  registration_number VARCHAR(20) NOT NULL COMMENT 'registration number',
  normalized_reg_num VARCHAR(20) NOT NULL COMMENT 'normalized registration number',
  time_start DATETIME(6) NOT NULL COMMENT 'parking start time',
  time_end DATETIME(6) NULL COMMENT 'parking end time',
  domain_id INT NULL,
  zone_id INT NULL COMMENT 'PaymentZone',
  is_disc_parking BOOL NOT NULL COMMENT 'disc parking',
  PRIMARY KEY (id),
  KEY parkings_parking_registration_number_idx (registration_number),
  KEY parkings_parking_normalized_reg_num_idx (normalized_reg_num),
  CONSTRAINT parkings_parking_region_id_fk FOREIGN KEY (region_id) REFERENCES parkings_region (id),
  CONSTRAINT parkings_parking_parking_area_id_fk FOREIGN KEY (parking_area_id) REFERENCES parkings_parkingarea (id),
  CONSTRAINT parkings_parking_terminal_id_fk FOREIGN KEY (terminal_id) REFERENCES parkings_parkingterminal (id),
  CONSTRAINT parkings_parking_operator_id_fk FOREIGN KEY (operator_id) REFERENCES parkings_operator (id),
  CONSTRAINT parkings_parking_domain_id_fk FOREIGN KEY (domain_id) REFERENCES parkings_enforcementdomain (id),
  CONSTRAINT parkings_parking_zone_id_fk FOREIGN KEY (zone_id) REFERENCES parkings_paymentzone (id)
);

CREATE TABLE parkings_archivedparking (
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  id CHAR(32) NOT NULL,
  region_id CHAR(32) NULL COMMENT 'region',
  parking_area_id CHAR(32) NULL COMMENT 'parking area',
  terminal_number VARCHAR(50) NOT NULL COMMENT 'terminal number',
  terminal_id CHAR(32) NULL COMMENT 'terminal',
  location GEOMETRY NULL COMMENT 'location (Point, SRID 4326)',
  operator_id CHAR(32) NOT NULL COMMENT 'operator',
  registration_number VARCHAR(20) NOT NULL COMMENT 'registration number',
  normalized_reg_num VARCHAR(20) NOT NULL COMMENT 'normalized registration number',
  time_start DATETIME(6) NOT NULL COMMENT 'parking start time',
  time_end DATETIME(6) NULL COMMENT 'parking end time',
  domain_id INT NULL,
  zone_id INT NULL COMMENT 'PaymentZone',
  is_disc_parking BOOL NOT NULL COMMENT 'disc parking',
  archived_at DATETIME(6) NOT NULL COMMENT 'time archived',
  sanitized_at DATETIME(6) NULL COMMENT 'time sanitized',
  PRIMARY KEY (id),
  CONSTRAINT parkings_archivedparking_region_id_fk FOREIGN KEY (region_id) REFERENCES parkings_region (id),
  CONSTRAINT parkings_archivedparking_parking_area_id_fk FOREIGN KEY (parking_area_id) REFERENCES parkings_parkingarea (id),
  CONSTRAINT parkings_archivedparking_terminal_id_fk FOREIGN KEY (terminal_id) REFERENCES parkings_parkingterminal (id),
  CONSTRAINT parkings_archivedparking_operator_id_fk FOREIGN KEY (operator_id) REFERENCES parkings_operator (id),
  CONSTRAINT parkings_archivedparking_domain_id_fk FOREIGN KEY (domain_id) REFERENCES parkings_enforcementdomain (id),
  CONSTRAINT parkings_archivedparking_zone_id_fk FOREIGN KEY (zone_id) REFERENCES parkings_paymentzone (id)
);

CREATE TABLE parkings_parkingcheck (
  id INT NOT NULL AUTO_INCREMENT COMMENT 'A performed check of allowance of a parking (one per check_parking call)',
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  performer_id INT NOT NULL COMMENT 'User who performed the check',
  time DATETIME(6) NOT NULL COMMENT 'time',
  time_overridden BOOL NOT NULL COMMENT 'time was overridden',
  registration_number VARCHAR(20) NOT NULL COMMENT 'registration number',
  location GEOMETRY NOT NULL COMMENT 'location (Point, SRID 4326)',
  result JSON NOT NULL COMMENT 'result',
  allowed BOOL NOT NULL COMMENT 'parking was allowed',
  found_parking_id CHAR(32) NULL COMMENT 'found parking',
  PRIMARY KEY (id),
  CONSTRAINT parkings_parkingcheck_performer_id_fk FOREIGN KEY (performer_id) REFERENCES auth_user (id),
  CONSTRAINT parkings_parkingcheck_found_parking_id_fk FOREIGN KEY (found_parking_id) REFERENCES parkings_parking (id)
);

CREATE TABLE parkings_permitarea (
  id INT NOT NULL AUTO_INCREMENT,
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  name VARCHAR(40) NOT NULL COMMENT 'name',
  domain_id INT NOT NULL,
  identifier VARCHAR(10) NOT NULL COMMENT 'identifier',
  geom GEOMETRY NOT NULL COMMENT 'geometry (MultiPolygon, SRID 3879)',
  PRIMARY KEY (id),
  UNIQUE KEY parkings_permitarea_domain_id_identifier_uniq (domain_id, identifier),
  CONSTRAINT parkings_permitarea_domain_id_fk FOREIGN KEY (domain_id) REFERENCES parkings_enforcementdomain (id)
);

CREATE TABLE parkings_permitarea_allowed_users (
  id INT NOT NULL AUTO_INCREMENT,
  permitarea_id INT NOT NULL,
  user_id INT NOT NULL COMMENT 'Users who are allowed to create permits to this area',
  PRIMARY KEY (id),
  UNIQUE KEY parkings_permitarea_allowed_users_uniq (permitarea_id, user_id),
  CONSTRAINT parkings_permitarea_allowed_users_permitarea_id_fk FOREIGN KEY (permitarea_id) REFERENCES parkings_permitarea (id),
  CONSTRAINT parkings_permitarea_allowed_users_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE parkings_permitseries (
  id INT NOT NULL AUTO_INCREMENT,
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  active BOOL NOT NULL,
  owner_id INT NOT NULL COMMENT 'owner',
  PRIMARY KEY (id),
  CONSTRAINT parkings_permitseries_owner_id_fk FOREIGN KEY (owner_id) REFERENCES auth_user (id)
);

CREATE TABLE parkings_permit (
  id INT NOT NULL AUTO_INCREMENT,
  created_at DATETIME(6) NOT NULL COMMENT 'time created',
  modified_at DATETIME(6) NOT NULL COMMENT 'time modified',
  domain_id INT NOT NULL,
  series_id INT NOT NULL,
  external_id VARCHAR(50) NULL,
  subjects JSON NOT NULL COMMENT 'list of {start_time, end_time, registration_number}',
  areas JSON NOT NULL COMMENT 'list of {start_time, end_time, area}',
  properties JSON NULL COMMENT 'properties',
  PRIMARY KEY (id),
  UNIQUE KEY parkings_permit_series_id_external_id_uniq (series_id, external_id),
  KEY parkings_permit_series_id_id_idx (series_id, id),
  CONSTRAINT parkings_permit_domain_id_fk FOREIGN KEY (domain_id) REFERENCES parkings_enforcementdomain (id),
  CONSTRAINT parkings_permit_series_id_fk FOREIGN KEY (series_id) REFERENCES parkings_permitseries (id)
);

CREATE TABLE parkings_permitsubjectitem (
  id INT NOT NULL AUTO_INCREMENT,
  permit_id INT NOT NULL,
  start_time DATETIME(6) NOT NULL,
  end_time DATETIME(6) NOT NULL,
  registration_number VARCHAR(20) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT parkings_permitsubjectitem_permit_id_fk FOREIGN KEY (permit_id) REFERENCES parkings_permit (id) ON DELETE CASCADE
);

CREATE TABLE parkings_permitareaitem (
  id INT NOT NULL AUTO_INCREMENT,
  permit_id INT NOT NULL,
  start_time DATETIME(6) NOT NULL,
  end_time DATETIME(6) NOT NULL,
  area_id INT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT parkings_permitareaitem_permit_id_fk FOREIGN KEY (permit_id) REFERENCES parkings_permit (id) ON DELETE CASCADE,
  CONSTRAINT parkings_permitareaitem_area_id_fk FOREIGN KEY (area_id) REFERENCES parkings_permitarea (id)
);

CREATE TABLE parkings_permitlookupitem (
  id INT NOT NULL AUTO_INCREMENT,
  permit_id INT NOT NULL,
  subject_item_id INT NULL,
  area_item_id INT NULL,
  registration_number VARCHAR(20) NOT NULL,
  area_id INT NULL,
  start_time DATETIME(6) NOT NULL,
  end_time DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY parkings_permitlookupitem_regnum_start_end_idx (registration_number, start_time, end_time),
  CONSTRAINT parkings_permitlookupitem_permit_id_fk FOREIGN KEY (permit_id) REFERENCES parkings_permit (id) ON DELETE CASCADE,
  CONSTRAINT parkings_permitlookupitem_subject_item_id_fk FOREIGN KEY (subject_item_id) REFERENCES parkings_permitsubjectitem (id) ON DELETE CASCADE,
  CONSTRAINT parkings_permitlookupitem_area_item_id_fk FOREIGN KEY (area_item_id) REFERENCES parkings_permitareaitem (id) ON DELETE CASCADE,
  CONSTRAINT parkings_permitlookupitem_area_id_fk FOREIGN KEY (area_id) REFERENCES parkings_permitarea (id)
);
