-- WiFiDog authentication server (wifidog/wifidog-auth, commit 017bea78f198762c24299c7138133748d80fd0bf, GPL-2.0)
-- sql/wifidog-postgres-schema.sql (pg_dump of schema version 62) + the upgrades to version 71 in
-- wifidog/include/schema_validate.php, PostgreSQL converted to MySQL (see wifidog.md); 41 of its 58 tables kept.

CREATE TABLE locales (
  locales_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (locales_id)
);

CREATE TABLE venue_types (
  venue_type VARCHAR(191) NOT NULL,
  PRIMARY KEY (venue_type)
);

CREATE TABLE node_deployment_status (
  node_deployment_status VARCHAR(32) NOT NULL,
  PRIMARY KEY (node_deployment_status)
);

CREATE TABLE token_status (
  token_status VARCHAR(10) NOT NULL,
  PRIMARY KEY (token_status)
);

CREATE TABLE stakeholder_types (
  stakeholder_type_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (stakeholder_type_id)
);

CREATE TABLE schema_info (
  tag VARCHAR(191) NOT NULL,
  `value` TEXT,
  PRIMARY KEY (tag)
);

CREATE TABLE content (
  content_id VARCHAR(191) NOT NULL,
  content_type TEXT NOT NULL,
  title VARCHAR(191),
  description VARCHAR(191),
  project_info VARCHAR(191),
  creation_timestamp DATETIME DEFAULT CURRENT_TIMESTAMP,
  is_persistent TINYINT(1) DEFAULT 0,
  long_description VARCHAR(191),
  title_is_displayed TINYINT(1) NOT NULL DEFAULT 1,
  last_update_timestamp DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (content_id),
  FOREIGN KEY (title) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  FOREIGN KEY (description) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  FOREIGN KEY (project_info) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  FOREIGN KEY (long_description) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE RESTRICT
);

CREATE TABLE content_type_filters (
  content_type_filter_id VARCHAR(191) NOT NULL,
  content_type_filter_label TEXT,
  content_type_filter_rules TEXT NOT NULL,
  PRIMARY KEY (content_type_filter_id)
);

CREATE TABLE content_langstring_entries (
  langstring_entries_id VARCHAR(191) NOT NULL,
  langstrings_id VARCHAR(191),
  locales_id VARCHAR(191),
  `value` TEXT,
  PRIMARY KEY (langstring_entries_id),
  FOREIGN KEY (langstrings_id) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (locales_id) REFERENCES locales (locales_id) ON UPDATE CASCADE ON DELETE RESTRICT
);

CREATE TABLE networks (
  network_id VARCHAR(191) NOT NULL,
  network_authenticator_class TEXT NOT NULL,
  network_authenticator_params TEXT,
  name TEXT NOT NULL,
  creation_date DATE NOT NULL,
  homepage_url TEXT,
  tech_support_email TEXT,
  validation_grace_time VARCHAR(50) NOT NULL DEFAULT '00:20:00',
  validation_email_from_address TEXT NOT NULL,
  allow_multiple_login TINYINT(1) NOT NULL DEFAULT 0,
  allow_splash_only_nodes TINYINT(1) NOT NULL DEFAULT 0,
  allow_custom_portal_redirect TINYINT(1) NOT NULL DEFAULT 0,
  gmaps_initial_latitude DECIMAL(16,6),
  gmaps_initial_longitude DECIMAL(16,6),
  gmaps_initial_zoom_level INT,
  gmaps_map_type TEXT NOT NULL,
  theme_pack TEXT,
  connection_limit_window VARCHAR(50),
  connection_limit_network_max_total_bytes BIGINT,
  connection_limit_network_max_usage_duration VARCHAR(50),
  connection_limit_node_max_total_bytes BIGINT,
  connection_limit_node_max_usage_duration VARCHAR(50),
  allow_original_url_redirect TINYINT(1) DEFAULT 0,
  usernames_case_sensitive TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (network_id)
);

CREATE TABLE virtual_hosts (
  virtual_host_id VARCHAR(191) NOT NULL,
  hostname VARCHAR(191) NOT NULL,
  creation_date DATE NOT NULL,
  ssl_available TINYINT(1) NOT NULL DEFAULT 0,
  gmaps_api_key TEXT,
  default_network VARCHAR(191) NOT NULL,
  UNIQUE (hostname),
  PRIMARY KEY (virtual_host_id),
  FOREIGN KEY (default_network) REFERENCES networks (network_id) ON UPDATE CASCADE ON DELETE RESTRICT
);

CREATE TABLE server (
  server_id VARCHAR(191) NOT NULL,
  creation_date DATE NOT NULL,
  default_virtual_host VARCHAR(191) NOT NULL,
  use_global_auth TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (server_id),
  FOREIGN KEY (default_virtual_host) REFERENCES virtual_hosts (virtual_host_id) ON UPDATE CASCADE ON DELETE RESTRICT
);

CREATE TABLE nodes (
  node_id VARCHAR(32) NOT NULL DEFAULT '',
  name TEXT,
  last_heartbeat_ip VARCHAR(16),
  last_heartbeat_timestamp DATETIME DEFAULT CURRENT_TIMESTAMP,
  creation_date DATE,
  home_page_url TEXT,
  last_heartbeat_user_agent TEXT,
  description TEXT,
  map_url TEXT,
  public_phone_number TEXT,
  public_email TEXT,
  mass_transit_info TEXT,
  node_deployment_status VARCHAR(32) NOT NULL DEFAULT 'IN_PLANNING',
  venue_type VARCHAR(191) DEFAULT 'Other',
  max_monthly_incoming BIGINT,
  max_monthly_outgoing BIGINT,
  quota_reset_day_of_month INT,
  latitude DECIMAL(16,6),
  longitude DECIMAL(16,6),
  civic_number TEXT,
  street_name TEXT,
  city TEXT,
  province TEXT,
  country TEXT,
  postal_code TEXT,
  network_id VARCHAR(191) NOT NULL,
  last_paged DATETIME,
  is_splash_only_node TINYINT(1) DEFAULT 0,
  custom_portal_redirect_url TEXT,
  gw_id TEXT NOT NULL,
  last_heartbeat_sys_uptime INT,
  last_heartbeat_wifidog_uptime INT,
  last_heartbeat_sys_memfree INT,
  last_heartbeat_sys_load FLOAT,
  connection_limit_node_max_total_bytes_override BIGINT,
  connection_limit_node_max_usage_duration_override VARCHAR(50),
  allow_original_URL_redirect TINYINT(1) DEFAULT 0,
  allows_public_stats TINYINT(1) NOT NULL DEFAULT 0,
  show_node_on_map TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (node_id),
  FOREIGN KEY (node_deployment_status) REFERENCES node_deployment_status (node_deployment_status) ON UPDATE CASCADE ON DELETE RESTRICT,
  FOREIGN KEY (venue_type) REFERENCES venue_types (venue_type) ON UPDATE CASCADE ON DELETE RESTRICT,
  FOREIGN KEY (network_id) REFERENCES networks (network_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE node_groups (
  node_group_id VARCHAR(32) NOT NULL,
  name TEXT,
  description TEXT,
  group_creation_date DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (node_group_id)
);

CREATE TABLE hotspot_graph_elements (
  hotspot_graph_element_id VARCHAR(32) NOT NULL,
  element_id TEXT,
  element_type VARCHAR(16),
  PRIMARY KEY (hotspot_graph_element_id)
);

CREATE TABLE hotspot_graph (
  child_element_id VARCHAR(32) NOT NULL,
  parent_element_id VARCHAR(32) NOT NULL,
  link_order INT DEFAULT 1,
  PRIMARY KEY (child_element_id, parent_element_id),
  FOREIGN KEY (child_element_id) REFERENCES hotspot_graph_elements (hotspot_graph_element_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (parent_element_id) REFERENCES hotspot_graph_elements (hotspot_graph_element_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE users (
  user_id VARCHAR(45) NOT NULL,
  pass VARCHAR(32) NOT NULL DEFAULT '',
  email VARCHAR(255) NOT NULL DEFAULT '',
  account_status INT,
  validation_token VARCHAR(64) NOT NULL DEFAULT '',
  reg_date DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  username TEXT,
  account_origin VARCHAR(191) NOT NULL,
  never_show_username TINYINT(1) DEFAULT 0,
  prefered_locale VARCHAR(191),
  open_id_url TEXT,
  PRIMARY KEY (user_id),
  FOREIGN KEY (prefered_locale) REFERENCES locales (locales_id) ON UPDATE CASCADE ON DELETE SET NULL,
  FOREIGN KEY (account_origin) REFERENCES networks (network_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE token_lots (
  token_lot_id VARCHAR(191) NOT NULL,
  token_lot_comment TEXT,
  token_lot_creation_date DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (token_lot_id)
);

CREATE TABLE token_templates (
  token_template_id VARCHAR(191) NOT NULL,
  token_template_network VARCHAR(191) NOT NULL,
  token_template_creation_date DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  token_max_incoming_data INT,
  token_max_outgoing_data INT,
  token_max_total_data INT,
  token_max_connection_duration VARCHAR(50),
  token_max_usage_duration VARCHAR(50),
  token_max_wall_clock_duration VARCHAR(50),
  token_max_age VARCHAR(50),
  token_is_reusable TINYINT(1) DEFAULT 1,
  PRIMARY KEY (token_template_id),
  FOREIGN KEY (token_template_network) REFERENCES networks (network_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE tokens (
  token_id VARCHAR(191) NOT NULL,
  token_template_id VARCHAR(191),
  token_status VARCHAR(191),
  token_lot_id VARCHAR(191),
  token_creation_date DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  token_issuer VARCHAR(191) NOT NULL,
  token_owner VARCHAR(191),
  PRIMARY KEY (token_id),
  FOREIGN KEY (token_issuer) REFERENCES users (user_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (token_lot_id) REFERENCES token_lots (token_lot_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (token_owner) REFERENCES users (user_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (token_status) REFERENCES token_status (token_status) ON UPDATE CASCADE ON DELETE RESTRICT,
  FOREIGN KEY (token_template_id) REFERENCES token_templates (token_template_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE connections (
  conn_id INT NOT NULL AUTO_INCREMENT,
  token_id VARCHAR(32) NOT NULL DEFAULT '',
  timestamp_in DATETIME,
  node_id VARCHAR(32),
  node_ip VARCHAR(15),
  timestamp_out DATETIME,
  user_id VARCHAR(45) NOT NULL DEFAULT '',
  user_mac VARCHAR(18),
  user_ip VARCHAR(16),
  last_updated DATETIME NOT NULL,
  incoming BIGINT,
  outgoing BIGINT,
  max_total_bytes INT,
  max_incoming_bytes INT,
  max_outgoing_bytes INT,
  expiration_date DATETIME,
  logout_reason INT,
  PRIMARY KEY (conn_id),
  FOREIGN KEY (node_id) REFERENCES nodes (node_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (token_id) REFERENCES tokens (token_id) ON UPDATE CASCADE ON DELETE RESTRICT,
  FOREIGN KEY (user_id) REFERENCES users (user_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE tokens_template_valid_nodes (
  token_template_id VARCHAR(191) NOT NULL,
  token_valid_at_node VARCHAR(191) NOT NULL,
  PRIMARY KEY (token_template_id, token_valid_at_node),
  FOREIGN KEY (token_template_id) REFERENCES token_templates (token_template_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (token_valid_at_node) REFERENCES nodes (node_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE permissions (
  permission_id VARCHAR(191) NOT NULL,
  stakeholder_type_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (permission_id),
  FOREIGN KEY (stakeholder_type_id) REFERENCES stakeholder_types (stakeholder_type_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE roles (
  role_id VARCHAR(191) NOT NULL,
  role_description_content_id VARCHAR(191),
  is_system_role TINYINT(1) NOT NULL DEFAULT 0,
  stakeholder_type_id VARCHAR(191) NOT NULL,
  role_creation_date DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (role_id),
  FOREIGN KEY (role_description_content_id) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE SET NULL,
  FOREIGN KEY (stakeholder_type_id) REFERENCES stakeholder_types (stakeholder_type_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE role_has_permissions (
  role_id VARCHAR(191) NOT NULL,
  permission_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (role_id, permission_id),
  FOREIGN KEY (permission_id) REFERENCES permissions (permission_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (role_id) REFERENCES roles (role_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE stakeholders (
  user_id VARCHAR(191) NOT NULL,
  role_id VARCHAR(191) NOT NULL,
  object_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (user_id, role_id, object_id),
  FOREIGN KEY (role_id) REFERENCES roles (role_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (user_id) REFERENCES users (user_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE network_stakeholders (
  user_id VARCHAR(191) NOT NULL,
  role_id VARCHAR(191) NOT NULL,
  object_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (user_id, role_id, object_id),
  FOREIGN KEY (object_id) REFERENCES networks (network_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (role_id) REFERENCES roles (role_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE node_stakeholders (
  user_id VARCHAR(191) NOT NULL,
  role_id VARCHAR(191) NOT NULL,
  object_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (user_id, role_id, object_id),
  FOREIGN KEY (object_id) REFERENCES nodes (node_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (role_id) REFERENCES roles (role_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE server_stakeholders (
  user_id VARCHAR(191) NOT NULL,
  role_id VARCHAR(191) NOT NULL,
  object_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (user_id, role_id, object_id),
  FOREIGN KEY (object_id) REFERENCES server (server_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (role_id) REFERENCES roles (role_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE nodegroup_stakeholders (
  user_id TEXT NOT NULL,
  role_id TEXT NOT NULL,
  object_id TEXT NOT NULL
);

CREATE TABLE profile_templates (
  profile_template_id VARCHAR(191) NOT NULL,
  profile_template_label TEXT,
  creation_date DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (profile_template_id)
);

CREATE TABLE network_has_profile_templates (
  network_id VARCHAR(191) NOT NULL,
  profile_template_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (network_id, profile_template_id),
  FOREIGN KEY (network_id) REFERENCES networks (network_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (profile_template_id) REFERENCES profile_templates (profile_template_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE profile_template_fields (
  profile_template_field_id VARCHAR(191) NOT NULL,
  profile_template_id VARCHAR(191) NOT NULL,
  display_label_content_id VARCHAR(191),
  admin_label_content_id VARCHAR(191),
  content_type_filter_id VARCHAR(191),
  display_order INT DEFAULT 1,
  semantic_id TEXT,
  PRIMARY KEY (profile_template_field_id),
  FOREIGN KEY (admin_label_content_id) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (content_type_filter_id) REFERENCES content_type_filters (content_type_filter_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (display_label_content_id) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (profile_template_id) REFERENCES profile_templates (profile_template_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE profiles (
  profile_id VARCHAR(191) NOT NULL,
  profile_template_id VARCHAR(191),
  creation_date DATETIME DEFAULT CURRENT_TIMESTAMP,
  is_visible TINYINT(1) DEFAULT 1,
  PRIMARY KEY (profile_id),
  FOREIGN KEY (profile_template_id) REFERENCES profile_templates (profile_template_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE profile_fields (
  profile_field_id VARCHAR(191) NOT NULL,
  profile_id VARCHAR(191),
  profile_template_field_id VARCHAR(191),
  content_id VARCHAR(191),
  last_modified DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (profile_field_id),
  FOREIGN KEY (content_id) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (profile_id) REFERENCES profiles (profile_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (profile_template_field_id) REFERENCES profile_template_fields (profile_template_field_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE user_has_profiles (
  user_id VARCHAR(191) NOT NULL,
  profile_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (user_id, profile_id),
  FOREIGN KEY (profile_id) REFERENCES profiles (profile_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (user_id) REFERENCES users (user_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE content_has_owners (
  content_id VARCHAR(191) NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  is_author TINYINT(1) NOT NULL DEFAULT 0,
  owner_since DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (content_id, user_id),
  FOREIGN KEY (content_id) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (user_id) REFERENCES users (user_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE user_has_content (
  user_id VARCHAR(191) NOT NULL,
  content_id VARCHAR(191) NOT NULL,
  subscribe_timestamp DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (user_id, content_id),
  FOREIGN KEY (user_id) REFERENCES users (user_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (content_id) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE content_display_log (
  user_id VARCHAR(191) NOT NULL,
  content_id VARCHAR(191) NOT NULL,
  first_display_timestamp DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  node_id VARCHAR(191) NOT NULL,
  last_display_timestamp DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  num_display INT NOT NULL DEFAULT 1,
  PRIMARY KEY (content_id, user_id, node_id),
  FOREIGN KEY (user_id) REFERENCES users (user_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (content_id) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (node_id) REFERENCES nodes (node_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE content_clickthrough_log (
  user_id VARCHAR(191) NOT NULL,
  content_id VARCHAR(191) NOT NULL,
  first_clickthrough_timestamp DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  node_id VARCHAR(191) NOT NULL,
  destination_url VARCHAR(191) NOT NULL,
  num_clickthrough INT NOT NULL DEFAULT 1,
  last_clickthrough_timestamp DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (content_id, user_id, node_id, destination_url),
  FOREIGN KEY (content_id) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (node_id) REFERENCES nodes (node_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (user_id) REFERENCES users (user_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE content_shoutbox_messages (
  message_content_id VARCHAR(191) NOT NULL,
  shoutbox_id VARCHAR(191) NOT NULL,
  origin_node_id VARCHAR(191) NOT NULL,
  author_user_id VARCHAR(191) NOT NULL,
  creation_date DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (message_content_id),
  FOREIGN KEY (author_user_id) REFERENCES users (user_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (message_content_id) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (origin_node_id) REFERENCES nodes (node_id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (shoutbox_id) REFERENCES content (content_id) ON UPDATE CASCADE ON DELETE CASCADE
);
