-- cykel (free-floating / station-based bike sharing, transportkollektiv): riders logging in through social
-- accounts, bikes, locks, GPS trackers and their location reports, stations, rents, event log
-- upstream: github.com/transportkollektiv/cykel, commit b292d958330279654c49beafc3f95a0067274472 (MIT)
-- source: bikesharing/models/*.py, cykel/models/*.py (the project's own auth_user without name and e-mail) with their
-- migrations, and the tables of the apps in cykel/settings.py INSTALLED_APPS at the pinned versions of
-- requirements.txt (Django 3.1 contrib, DRF authtoken, djangorestframework-api-key 2.0, django-allauth 0.43,
-- django-preferences 1.0). Django ORM written as MySQL DDL: DateTimeField -> DATETIME(6), UUIDField -> CHAR(32),
-- JSONField -> JSON (allauth's extra_data is a text column), PostGIS PointField -> GEOMETRY (Point, SRID 4326).

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
  id INT NOT NULL AUTO_INCREMENT,
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
  username VARCHAR(150) NOT NULL COMMENT 'username',
  is_staff BOOL NOT NULL COMMENT 'staff status: Designates whether the user can log into this admin site.',
  is_active BOOL NOT NULL COMMENT 'active: Designates whether this user should be treated as active.',
  date_joined DATETIME(6) NOT NULL COMMENT 'date joined',
  PRIMARY KEY (id),
  UNIQUE KEY username (username)
) COMMENT='cykel.User: fork of AbstractUser, with all references to first_name, last_name and email removed';

CREATE TABLE auth_user_groups (
  id INT NOT NULL AUTO_INCREMENT,
  user_id INT NOT NULL,
  group_id INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY auth_user_groups_user_id_group_id_uniq (user_id, group_id),
  CONSTRAINT auth_user_groups_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id),
  CONSTRAINT auth_user_groups_group_id_fk FOREIGN KEY (group_id) REFERENCES auth_group (id)
);

CREATE TABLE auth_user_user_permissions (
  id INT NOT NULL AUTO_INCREMENT,
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

CREATE TABLE django_site (
  id INT NOT NULL AUTO_INCREMENT,
  domain VARCHAR(100) NOT NULL,
  name VARCHAR(50) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY django_site_domain_uniq (domain)
);

CREATE TABLE authtoken_token (
  `key` VARCHAR(40) NOT NULL,
  created DATETIME(6) NOT NULL,
  user_id INT NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY user_id (user_id),
  CONSTRAINT authtoken_token_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE rest_framework_api_key_apikey (
  id VARCHAR(150) NOT NULL,
  created DATETIME(6) NOT NULL,
  name VARCHAR(50) NOT NULL COMMENT 'A free-form name for the API key.',
  revoked BOOL NOT NULL,
  expiry_date DATETIME(6) NULL,
  hashed_key VARCHAR(150) NOT NULL,
  prefix VARCHAR(8) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY prefix (prefix)
);

CREATE TABLE account_emailaddress (
  id INT NOT NULL AUTO_INCREMENT,
  email VARCHAR(254) NOT NULL,
  verified BOOL NOT NULL,
  `primary` BOOL NOT NULL,
  user_id INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY email (email),
  CONSTRAINT account_emailaddress_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE account_emailconfirmation (
  id INT NOT NULL AUTO_INCREMENT,
  created DATETIME(6) NOT NULL,
  sent DATETIME(6) NULL,
  `key` VARCHAR(64) NOT NULL,
  email_address_id INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY `key` (`key`),
  CONSTRAINT account_emailconfirmation_email_address_id_fk FOREIGN KEY (email_address_id) REFERENCES account_emailaddress (id)
);

CREATE TABLE socialaccount_socialapp (
  id INT NOT NULL AUTO_INCREMENT,
  provider VARCHAR(30) NOT NULL,
  name VARCHAR(40) NOT NULL,
  client_id VARCHAR(191) NOT NULL COMMENT 'App ID, or consumer key',
  secret VARCHAR(191) NOT NULL COMMENT 'API secret, client secret, or consumer secret',
  `key` VARCHAR(191) NOT NULL COMMENT 'Key',
  PRIMARY KEY (id)
);

CREATE TABLE socialaccount_socialapp_sites (
  id INT NOT NULL AUTO_INCREMENT,
  socialapp_id INT NOT NULL,
  site_id INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY socialaccount_socialapp_sites_socialapp_id_site_id_uniq (socialapp_id, site_id),
  CONSTRAINT socialaccount_socialapp_sites_socialapp_id_fk FOREIGN KEY (socialapp_id) REFERENCES socialaccount_socialapp (id),
  CONSTRAINT socialaccount_socialapp_sites_site_id_fk FOREIGN KEY (site_id) REFERENCES django_site (id)
);

CREATE TABLE socialaccount_socialaccount (
  id INT NOT NULL AUTO_INCREMENT,
  provider VARCHAR(30) NOT NULL,
  uid VARCHAR(191) NOT NULL,
  last_login DATETIME(6) NOT NULL,
  date_joined DATETIME(6) NOT NULL,
  extra_data LONGTEXT NOT NULL,
  user_id INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY socialaccount_socialaccount_provider_uid_uniq (provider, uid),
  CONSTRAINT socialaccount_socialaccount_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE socialaccount_socialtoken (
  id INT NOT NULL AUTO_INCREMENT,
  token LONGTEXT NOT NULL COMMENT '"oauth_token" (OAuth1) or access token (OAuth2)',
  token_secret LONGTEXT NOT NULL COMMENT '"oauth_token_secret" (OAuth1) or refresh token (OAuth2)',
  expires_at DATETIME(6) NULL,
  account_id INT NOT NULL,
  app_id INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY socialaccount_socialtoken_app_id_account_id_uniq (app_id, account_id),
  CONSTRAINT socialaccount_socialtoken_account_id_fk FOREIGN KEY (account_id) REFERENCES socialaccount_socialaccount (id),
  CONSTRAINT socialaccount_socialtoken_app_id_fk FOREIGN KEY (app_id) REFERENCES socialaccount_socialapp (id)
);

CREATE TABLE preferences_preferences (
  id INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (id)
);

CREATE TABLE preferences_preferences_sites (
  id INT NOT NULL AUTO_INCREMENT,
  preferences_id INT NOT NULL,
  site_id INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY preferences_preferences_sites_preferences_id_site_id_uniq (preferences_id, site_id),
  CONSTRAINT preferences_preferences_sites_preferences_id_fk FOREIGN KEY (preferences_id) REFERENCES preferences_preferences (id),
  CONSTRAINT preferences_preferences_sites_site_id_fk FOREIGN KEY (site_id) REFERENCES django_site (id)
);

CREATE TABLE bikesharing_bikesharepreferences (
  preferences_ptr_id INT NOT NULL,
  station_match_max_distance INT NOT NULL,
  gbfs_hide_bikes_after_location_report_silence BOOL NOT NULL COMMENT 'If activated, vehicles will disappear from GBFS, if there was no location report in the configured time period.',
  gbfs_hide_bikes_after_location_report_hours INT NOT NULL COMMENT 'Time period (in hours) after the vehicles will be hidden from GBFS, if there was no location report.',
  gbfs_system_id VARCHAR(255) NOT NULL,
  system_name VARCHAR(255) NOT NULL,
  system_short_name VARCHAR(255) NOT NULL,
  PRIMARY KEY (preferences_ptr_id),
  CONSTRAINT bikesharing_bikesharepreferences_preferences_ptr_id_fk FOREIGN KEY (preferences_ptr_id) REFERENCES preferences_preferences (id)
);

CREATE TABLE bikesharing_vehicletype (
  id INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NULL,
  form_factor VARCHAR(2) NOT NULL,
  propulsion_type VARCHAR(2) NOT NULL,
  max_range_meters DOUBLE NULL,
  internal_note LONGTEXT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE bikesharing_locktype (
  id INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NULL,
  form_factor VARCHAR(2) NOT NULL,
  endpoint_url VARCHAR(200) NULL,
  PRIMARY KEY (id)
);

CREATE TABLE bikesharing_lock (
  id INT NOT NULL AUTO_INCREMENT,
  lock_id VARCHAR(255) NOT NULL,
  lock_type_id INT NULL,
  unlock_key VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT bikesharing_lock_lock_type_id_fk FOREIGN KEY (lock_type_id) REFERENCES bikesharing_locktype (id)
);

CREATE TABLE bikesharing_station (
  id INT NOT NULL AUTO_INCREMENT,
  status VARCHAR(2) NOT NULL,
  station_name VARCHAR(255) NOT NULL,
  location GEOMETRY NULL COMMENT 'Point, SRID 4326',
  max_bikes INT NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE bikesharing_bike (
  id INT NOT NULL AUTO_INCREMENT,
  bike_number VARCHAR(8) NOT NULL,
  availability_status VARCHAR(2) NOT NULL,
  state VARCHAR(2) NOT NULL,
  vehicle_type_id INT NULL,
  lock_id INT NULL,
  current_station_id INT NULL,
  last_reported DATETIME(6) NULL,
  internal_note LONGTEXT NULL,
  photo VARCHAR(100) NULL,
  vehicle_identification_number VARCHAR(17) NULL,
  non_static_bike_uuid CHAR(32) NOT NULL COMMENT 'A temporary ID used in public APIs, rotating it''s value after each rent to protect users privacy.',
  current_range_meters DOUBLE NULL COMMENT 'The furthest distance in meters that the vehicle can travel without recharging or refueling with the vehicle''s current charge or fuel.',
  PRIMARY KEY (id),
  UNIQUE KEY lock_id (lock_id),
  UNIQUE KEY non_static_bike_uuid (non_static_bike_uuid),
  CONSTRAINT bikesharing_bike_vehicle_type_id_fk FOREIGN KEY (vehicle_type_id) REFERENCES bikesharing_vehicletype (id),
  CONSTRAINT bikesharing_bike_lock_id_fk FOREIGN KEY (lock_id) REFERENCES bikesharing_lock (id),
  CONSTRAINT bikesharing_bike_current_station_id_fk FOREIGN KEY (current_station_id) REFERENCES bikesharing_station (id)
);

CREATE TABLE bikesharing_locationtrackertype (
  id INT NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NULL,
  battery_voltage_warning DOUBLE NULL,
  battery_voltage_critical DOUBLE NULL,
  PRIMARY KEY (id)
);

CREATE TABLE bikesharing_locationtracker (
  id INT NOT NULL AUTO_INCREMENT,
  bike_id INT NULL,
  device_id VARCHAR(255) NOT NULL,
  last_reported DATETIME(6) NULL,
  battery_voltage DOUBLE NULL,
  tracker_type_id INT NULL,
  tracker_status VARCHAR(2) NOT NULL,
  internal BOOL NOT NULL COMMENT 'Internal trackers don''t publish their locations to the enduser.',
  PRIMARY KEY (id),
  CONSTRAINT bikesharing_locationtracker_bike_id_fk FOREIGN KEY (bike_id) REFERENCES bikesharing_bike (id),
  CONSTRAINT bikesharing_locationtracker_tracker_type_id_fk FOREIGN KEY (tracker_type_id) REFERENCES bikesharing_locationtrackertype (id)
);

CREATE TABLE bikesharing_location (
  id INT NOT NULL AUTO_INCREMENT,
  bike_id INT NULL,
  tracker_id INT NULL,
  geo GEOMETRY NULL COMMENT 'Point, SRID 4326',
  source VARCHAR(2) NOT NULL COMMENT 'LO lock, TR tracker, US user, SY system',
  reported_at DATETIME(6) NOT NULL,
  accuracy DOUBLE NULL,
  internal BOOL NOT NULL COMMENT 'Internal locations are not published to the enduser.',
  PRIMARY KEY (id),
  CONSTRAINT bikesharing_location_bike_id_fk FOREIGN KEY (bike_id) REFERENCES bikesharing_bike (id),
  CONSTRAINT bikesharing_location_tracker_id_fk FOREIGN KEY (tracker_id) REFERENCES bikesharing_locationtracker (id)
);

CREATE TABLE bikesharing_rent (
  id INT NOT NULL AUTO_INCREMENT,
  rent_start DATETIME(6) NOT NULL,
  rent_end DATETIME(6) NULL,
  start_location_id INT NULL,
  start_station_id INT NULL,
  end_location_id INT NULL,
  end_station_id INT NULL,
  bike_id INT NOT NULL,
  user_id INT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT bikesharing_rent_start_location_id_fk FOREIGN KEY (start_location_id) REFERENCES bikesharing_location (id),
  CONSTRAINT bikesharing_rent_start_station_id_fk FOREIGN KEY (start_station_id) REFERENCES bikesharing_station (id),
  CONSTRAINT bikesharing_rent_end_location_id_fk FOREIGN KEY (end_location_id) REFERENCES bikesharing_location (id),
  CONSTRAINT bikesharing_rent_end_station_id_fk FOREIGN KEY (end_station_id) REFERENCES bikesharing_station (id),
  CONSTRAINT bikesharing_rent_bike_id_fk FOREIGN KEY (bike_id) REFERENCES bikesharing_bike (id),
  CONSTRAINT bikesharing_rent_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE cykel_cykellogentry (
  id INT NOT NULL AUTO_INCREMENT,
  content_type_id INT NOT NULL,
  object_id INT UNSIGNED NOT NULL,
  timestamp DATETIME(6) NOT NULL,
  action_type VARCHAR(200) NOT NULL,
  data JSON NOT NULL,
  PRIMARY KEY (id),
  KEY cykel_cykellogentry_object_id_idx (object_id),
  KEY cykel_cykellogentry_timestamp_idx (timestamp),
  CONSTRAINT cykel_cykellogentry_content_type_id_fk FOREIGN KEY (content_type_id) REFERENCES django_content_type (id)
);
