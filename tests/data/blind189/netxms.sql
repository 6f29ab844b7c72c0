-- NetXMS: server database schema (schema version 70.26), MySQL flavour.
-- Upstream: github.com/netxms/netxms, commit 621ac5eccf7138afb61bd2bcb51d3d5d90b27717 (GPL-2.0; libraries LGPL).
-- Generated as upstream's sql/Makefile.am builds dbschema_mysql.sql: cpp -DDB_MYSQL -DSCHEMA_ONLY dbinit.in | perl strip.pl
-- (sql/schema.in with the MySQL macros of sql/database.in); 57 of the 199 tables kept, in upstream order, with their
-- CREATE INDEX statements. Upstream declares no foreign keys.

CREATE TABLE metadata
(
  var_name varchar(63) not null,
  var_value varchar(255) not null,
  PRIMARY KEY(var_name)
);

CREATE TABLE config
(
  var_name varchar(63) not null,
  var_value varchar(2000) null,
  default_value varchar(2000) null,
  is_visible integer not null default 1,
  need_server_restart integer not null default 0,
  data_type char(1) not null default 'S',
  is_public char(1) not null default 'N',
  description varchar(450) null,
  possible_values longtext null,
  units varchar(36),
  PRIMARY KEY(var_name)
);

CREATE TABLE users
(
  id integer not null,
  guid varchar(36) not null,
  name varchar(63) not null,
  password varchar(127) not null,
  system_access bigint not null,
  flags integer not null,
  ui_access_rules varchar(2000) null,
  full_name varchar(127) null,
  description varchar(255) null,
  grace_logins integer not null,
  auth_method integer not null,
  cert_mapping_method integer not null,
  cert_mapping_data longtext null,
  auth_failures integer not null,
  last_passwd_change integer not null,
  min_passwd_length integer not null,
  disabled_until integer not null,
  last_login integer not null,
  password_history longtext null,
  email varchar(127) null,
  phone_number varchar(63) null,
  ldap_dn longtext null,
  ldap_unique_id varchar(64) null,
  created integer not null,
  tfa_grace_logins integer not null,
  PRIMARY KEY(id)
);

CREATE TABLE auth_tokens
(
  id integer not null,
  user_id integer not null,
  issuing_time integer not null,
  expiration_time integer not null,
  description varchar(127) null,
  token_data char(64) not null,
  PRIMARY KEY(id)
);

CREATE INDEX idx_auth_tokens_user_id ON auth_tokens(user_id);

CREATE TABLE trusted_devices
(
  id integer not null,
  user_id integer not null,
  token_hash char(64) not null,
  description varchar(255) null,
  creation_time integer not null,
  PRIMARY KEY(id)
);

CREATE INDEX idx_trusted_devices_user_id ON trusted_devices(user_id);

CREATE TABLE user_groups
(
  id integer not null,
  guid varchar(36) not null,
  name varchar(63) not null,
  system_access bigint not null,
  flags integer not null,
  ui_access_rules varchar(2000) null,
  description varchar(255),
  ldap_dn longtext null,
  ldap_unique_id varchar(64) null,
  created integer not null,
  PRIMARY KEY(id)
);

CREATE TABLE user_group_members
(
  group_id integer not null,
  user_id integer not null,
  PRIMARY KEY(group_id,user_id)
);

CREATE TABLE user_profiles
(
  user_id integer not null,
  var_name varchar(63) not null,
  var_value longtext not null,
  PRIMARY KEY(user_id,var_name)
);

CREATE TABLE userdb_custom_attributes
(
  object_id integer not null,
  attr_name varchar(127) not null,
  attr_value longtext null,
  PRIMARY KEY(object_id,attr_name)
);

CREATE TABLE object_properties
(
  object_id integer not null,
  guid varchar(36) not null,
  name varchar(63) not null,
  alias varchar(255) null,
  flags integer not null,
  state integer not null,
  status integer not null,
  is_deleted integer not null,
  last_modified integer not null,
  inherit_access_rights integer not null,
  status_calc_alg integer not null,
  status_prop_alg integer not null,
  status_fixed_val integer not null,
  status_shift integer not null,
  status_translation varchar(8) not null,
  status_single_threshold integer not null,
  status_thresholds varchar(8) not null,
  comments longtext null,
  comments_source longtext null,
  location_type integer not null,
  latitude varchar(20),
  longitude varchar(20),
  location_accuracy integer not null,
  location_timestamp integer not null,
  map_image varchar(36) not null,
  drilldown_object_id integer not null,
  name_on_map varchar(63) null,
  country varchar(63) null,
  region varchar(63) null,
  city varchar(63) null,
  district varchar(63) null,
  street_address varchar(255) null,
  postcode varchar(31) null,
  state_before_maint integer not null,
  maint_event_id bigint not null,
  maint_initiator integer not null,
  creation_time integer not null,
  category integer not null,
  asset_id integer not null,
  is_hidden integer not null,
  ai_hint varchar(2000) null,
  PRIMARY KEY(object_id)
);

CREATE TABLE object_custom_attributes
(
  object_id integer not null,
  attr_name varchar(127) not null,
  attr_value longtext null,
  flags integer not null,
  PRIMARY KEY(object_id,attr_name)
);

CREATE INDEX idx_ocattr_oid ON object_custom_attributes(object_id);

CREATE TABLE zones
(
  id integer not null,
  zone_guid integer not null,
  PRIMARY KEY(id)
);

CREATE TABLE mobile_devices
(
  id integer not null,
  device_id varchar(64) not null,
  vendor varchar(64) null,
  model varchar(128) null,
  serial_number varchar(64) null,
  os_name varchar(32) null,
  os_version varchar(64) null,
  user_id varchar(64) null,
  battery_level integer not null,
  comm_protocol varchar(31) null,
  speed varchar(20) not null,
  direction integer not null,
  altitude integer not null,
  PRIMARY KEY(id)
);

CREATE TABLE nodes
(
  id integer not null,
  primary_name varchar(255) null,
  primary_ip varchar(48) not null,
  tunnel_id varchar(36) null,
  agent_cert_subject varchar(500) null,
  agent_cert_mapping_method char(1) null,
  agent_cert_mapping_data varchar(500) null,
  agent_tls_mode char(1) not null,
  agent_cert_fingerprint varchar(64) null,
  snmp_version integer not null,
  snmp_port integer not null,
  community varchar(127) null,
  usm_auth_password varchar(127) null,
  usm_priv_password varchar(127) null,
  usm_methods integer not null,
  trap_snmp_version integer not null,
  trap_community varchar(127) null,
  trap_usm_auth_password varchar(127) null,
  trap_usm_priv_password varchar(127) null,
  trap_usm_methods integer not null,
  snmp_oid varchar(255) null,
  snmp_engine_id varchar(255) null,
  snmp_context_engine_id varchar(255) null,
  secret varchar(88) null,
  agent_port integer not null,
  agent_version varchar(63) null,
  agent_id varchar(36) null,
  hardware_id varchar(40) null,
  platform_name varchar(63) null,
  agent_platform_name varchar(63) null,
  poller_node_id integer not null,
  zone_guid integer not null,
  proxy_node integer not null,
  snmp_proxy integer not null,
  eip_proxy integer not null,
  icmp_proxy integer not null,
  required_polls integer not null,
  uname varchar(255) null,
  use_ifxtable integer not null,
  snmp_sys_name varchar(127) null,
  snmp_sys_contact varchar(127) null,
  snmp_sys_location varchar(255) null,
  bridge_base_addr varchar(15) null,
  stp_bridge_id varchar(15) null,
  lldp_id varchar(255) null,
  down_since integer not null,
  boot_time integer not null,
  driver_name varchar(32) null,
  physical_container_id integer not null,
  rack_image_front varchar(36) null,
  rack_image_rear varchar(36) null,
  rack_position integer not null,
  rack_height integer not null,
  rack_orientation integer not null,
  agent_cache_mode char(1) not null,
  last_agent_comm_time integer not null,
  path_check_reason integer not null,
  path_check_node_id integer not null,
  path_check_iface_id integer not null,
  syslog_msg_count bigint not null,
  snmp_trap_count bigint not null,
  node_type integer not null,
  node_subtype varchar(127) null,
  hypervisor_type varchar(31) null,
  hypervisor_info varchar(255) null,
  ssh_login varchar(63) null,
  ssh_password varchar(63) null,
  ssh_port integer not null,
  ssh_key_id integer not null,
  ssh_proxy integer not null,
  netconf_proxy integer not null,
  netconf_port integer not null,
  vnc_password varchar(63) null,
  vnc_port integer not null,
  vnc_proxy integer not null,
  port_rows integer not null,
  port_numbering_scheme integer not null,
  agent_comp_mode char(1) not null,
  capabilities bigint not null,
  expected_capabilities bigint not null,
  fail_time_snmp integer not null,
  fail_time_agent integer not null,
  fail_time_ssh integer not null,
  fail_time_netconf integer not null,
  icmp_poll_mode char(1) not null,
  chassis_placement_config varchar(2000) null,
  vendor varchar(127) null,
  product_name varchar(127) null,
  product_version varchar(15) null,
  product_code varchar(31) null,
  serial_number varchar(127) null,
  eip_port integer not null,
  eip_address varchar(48) null,
  cip_device_type integer not null,
  cip_status integer not null,
  cip_state integer not null,
  cip_vendor_code integer not null,
  syslog_codepage varchar(15) null,
  snmp_codepage varchar(15) null,
  ospf_router_id varchar(15) null,
  mqtt_proxy integer not null,
  modbus_proxy integer not null,
  modbus_tcp_port integer not null,
  modbus_unit_id integer not null,
  last_events varchar(255) null,
  decommission_time integer not null,
  PRIMARY KEY(id)
);

CREATE TABLE interfaces
(
  id integer not null,
  node_id integer not null,
  parent_iface integer not null,
  if_type integer not null,
  if_index integer not null,
  mtu integer not null,
  speed bigint not null,
  max_speed bigint not null,
  last_known_speed bigint not null,
  bridge_port integer not null,
  phy_chassis integer not null,
  phy_module integer not null,
  phy_pic integer not null,
  phy_port integer not null,
  peer_node_id integer not null,
  peer_if_id integer not null,
  peer_proto integer not null,
  peer_last_updated integer not null,
  mac_addr varchar(16) null,
  required_polls integer not null,
  admin_state integer not null,
  oper_state integer not null,
  dot1x_pae_state integer not null,
  dot1x_backend_state integer not null,
  description varchar(255) null,
  if_name varchar(255) null,
  if_alias varchar(255) null,
  iftable_suffix varchar(127) null,
  last_known_oper_state integer not null,
  last_known_admin_state integer not null,
  ospf_area varchar(15) null,
  ospf_if_type integer not null,
  ospf_if_state integer not null,
  stp_port_state integer not null,
  state_before_maintenance varchar(2000) null,
  PRIMARY KEY(id)
);

CREATE TABLE event_cfg
(
  event_code integer not null,
  event_name varchar(63) not null,
  guid varchar(36) not null,
  severity integer not null,
  flags integer not null,
  message varchar(2000) null,
  description longtext null,
  tags varchar(2000) null,
  PRIMARY KEY(event_code)
);

CREATE TABLE event_log
(
  event_id bigint not null,
  event_code integer not null,
  event_timestamp integer not null,
  origin integer not null,
  origin_timestamp integer not null,
  event_source integer not null,
  zone_uin integer not null,
  dci_id integer not null,
  event_severity integer not null,
  event_message varchar(2000) null,
  event_tags varchar(2000) null,
  root_event_id bigint not null,
  raw_data longtext null,
  PRIMARY KEY(event_id)
);

CREATE INDEX idx_event_log_event_timestamp ON event_log(event_timestamp);

CREATE INDEX idx_event_log_source ON event_log(event_source);

CREATE INDEX idx_event_log_root_id ON event_log(root_event_id);

CREATE TABLE notification_log
(
  id bigint not null,
  notification_timestamp integer not null,
  notification_channel varchar(63) not null,
  recipient varchar(2000) null,
  subject varchar(2000) null,
  message varchar(2000) null,
  event_code integer null,
  event_id bigint null,
  rule_id varchar(36) null,
  rule_description varchar(255) null,
  success char(1) not null,
  PRIMARY KEY(id)
);

CREATE INDEX idx_notification_log_timestamp ON notification_log(notification_timestamp);

CREATE TABLE server_action_execution_log
(
  id bigint not null,
  action_timestamp integer not null,
  action_id integer not null,
  action_name varchar(63) null,
  channel_name varchar(63) null,
  recipient varchar(2000) null,
  subject varchar(2000) null,
  action_data varchar(2000) null,
  event_id bigint not null,
  event_code integer not null,
  rule_guid varchar(36) null,
  rule_description varchar(255) null,
  success char(1) not null,
  PRIMARY KEY(id)
);

CREATE INDEX idx_srv_action_log_timestamp ON server_action_execution_log(action_timestamp);

CREATE TABLE actions
(
  action_id integer not null,
  guid varchar(36) not null,
  action_name varchar(63) not null,
  action_type integer not null,
  is_disabled integer not null,
  rcpt_addr varchar(255) null,
  email_subject varchar(255) null,
  action_data longtext null,
  channel_name varchar(63) null,
  is_markdown integer not null,
  PRIMARY KEY(action_id)
);

CREATE TABLE alarms
(
  alarm_id integer not null,
  parent_alarm_id integer not null,
  alarm_state integer not null,
  hd_state integer not null,
  hd_ref varchar(63) null,
  creation_time integer not null,
  last_change_time integer not null,
  last_state_change_time integer not null,
  rule_guid varchar(36) null,
  rule_description varchar(255) null,
  source_object_id integer not null,
  zone_uin integer not null,
  source_event_code integer not null,
  source_event_id bigint not null,
  dci_id integer not null,
  message varchar(2000) null,
  original_severity integer not null,
  current_severity integer not null,
  repeat_count integer not null,
  alarm_key varchar(255) null,
  ack_by integer not null,
  resolved_by integer not null,
  term_by integer not null,
  timeout integer not null,
  timeout_event integer not null,
  ack_timeout integer not null,
  alarm_category_ids varchar(255) null,
  event_tags varchar(2000) null,
  rca_script_name varchar(255) null,
  impact varchar(1000) null,
  PRIMARY KEY(alarm_id)
);

CREATE INDEX idx_alarms_source_object_id ON alarms(source_object_id);

CREATE INDEX idx_alarms_last_change_time ON alarms(last_change_time);

CREATE INDEX idx_alarms_alarm_state ON alarms(alarm_state);

CREATE TABLE alarm_notes
(
  note_id integer not null,
  alarm_id integer not null,
  change_time integer not null,
  user_id integer not null,
  note_text longtext null,
  PRIMARY KEY(note_id)
);

CREATE INDEX idx_alarm_notes_alarm_id ON alarm_notes(alarm_id);

CREATE TABLE alarm_events
(
  alarm_id integer not null,
  event_id bigint not null,
  event_code integer not null,
  event_name varchar(63) null,
  severity integer not null,
  source_object_id integer not null,
  event_timestamp integer not null,
  message varchar(2000) null,
  PRIMARY KEY(alarm_id,event_id)
);

CREATE INDEX idx_alarm_events_alarm_id ON alarm_events(alarm_id);

CREATE TABLE alarm_categories
(
  id integer not null,
  name varchar(63) null,
  descr varchar(255) null,
  PRIMARY KEY(id)
);

CREATE TABLE alarm_state_changes
(
   record_id bigint not null,
   alarm_id integer not null,
   prev_state integer not null,
   new_state integer not null,
   change_time integer not null,
   prev_state_duration integer not null,
   change_by integer not null,
   PRIMARY KEY(record_id)
);

CREATE INDEX idx_alarm_state_changes_by_id ON alarm_state_changes(alarm_id);

CREATE TABLE incidents
(
   id integer not null,
   creation_time integer not null,
   last_change_time integer not null,
   state integer not null,
   assigned_user_id integer null,
   title varchar(255) not null,
   source_alarm_id integer null,
   source_object_id integer not null,
   created_by_user integer not null,
   resolved_by_user integer null,
   closed_by_user integer null,
   resolve_time integer null,
   close_time integer null,
   PRIMARY KEY(id)
);

CREATE INDEX idx_incidents_state ON incidents(state);

CREATE INDEX idx_incidents_source_object ON incidents(source_object_id);

CREATE INDEX idx_incidents_assigned_user ON incidents(assigned_user_id);

CREATE TABLE incident_comments
(
   id integer not null,
   incident_id integer not null,
   creation_time integer not null,
   user_id integer not null,
   ai_generated char(1) not null,
   comment_text longtext not null,
   PRIMARY KEY(id)
);

CREATE INDEX idx_incident_comments_incident ON incident_comments(incident_id);

CREATE TABLE incident_activity_log
(
   id integer not null,
   incident_id integer not null,
   timestamp integer not null,
   user_id integer not null,
   activity_type integer not null,
   old_value varchar(255) null,
   new_value varchar(255) null,
   details varchar(1000) null,
   PRIMARY KEY(id)
);

CREATE INDEX idx_incident_activity_incident ON incident_activity_log(incident_id);

CREATE TABLE object_tools
(
  tool_id integer not null,
  guid varchar(36) not null,
  tool_name varchar(255) null,
  tool_type integer not null,
  tool_data longtext null,
  description varchar(255) null,
  flags integer not null,
  tool_filter longtext null,
  confirmation_text varchar(255) null,
  command_name varchar(255) null,
  command_short_name varchar(31) null,
  icon varchar(36) null,
  remote_port integer not null,
  remote_host varchar(255) null,
  applicable_classes integer not null,
  PRIMARY KEY(tool_id)
);

CREATE TABLE syslog
(
  msg_id bigint not null,
  msg_timestamp integer not null,
  facility integer not null,
  severity integer not null,
  source_object_id integer not null,
  zone_uin integer not null,
  hostname varchar(127) null,
  msg_tag varchar(48) null,
  msg_text longtext null,
  msg_procid varchar(128) null,
  msg_msgid varchar(32) null,
  msg_sd longtext null,
  PRIMARY KEY(msg_id)
);

CREATE INDEX idx_syslog_msg_timestamp ON syslog(msg_timestamp);

CREATE INDEX idx_syslog_source ON syslog(source_object_id);

CREATE TABLE snmp_trap_log
(
  trap_id bigint not null,
  trap_timestamp integer not null,
  ip_addr varchar(48) not null,
  object_id integer not null,
  zone_uin integer not null,
  trap_oid varchar(255) not null,
  trap_varlist longtext null,
  PRIMARY KEY(trap_id)
);

CREATE INDEX idx_snmp_trap_log_tt ON snmp_trap_log(trap_timestamp);

CREATE INDEX idx_snmp_trap_log_oid ON snmp_trap_log(object_id);

CREATE TABLE graphs
(
  graph_id integer not null,
  owner_id integer not null,
  flags integer not null,
  name varchar(255) not null,
  config longtext null,
  filters longtext null,
  PRIMARY KEY(graph_id)
);

CREATE TABLE certificate_action_log
(
  record_id integer not null,
  operation_timestamp integer not null,
  operation integer not null,
  user_id integer not null,
  node_id integer not null,
  node_guid varchar(36) null,
  cert_type integer not null,
  subject varchar(255) null,
  serial integer null,
  PRIMARY KEY(record_id)
);

CREATE INDEX idx_cert_action_log_timestamp ON certificate_action_log(operation_timestamp);

CREATE TABLE audit_log
(
  record_id integer not null,
  timestamp integer not null,
  subsystem varchar(32) not null,
  success integer not null,
  user_id integer not null,
  workstation varchar(63) not null,
  session_id integer not null,
  object_id integer not null,
  message longtext null,
  old_value longtext null,
  new_value longtext null,
  value_type char(1) null,
  hmac varchar(64) null,
  PRIMARY KEY(record_id)
);

CREATE TABLE usm_credentials
(
  id integer not null,
  user_name varchar(255) not null,
  auth_method integer not null,
  priv_method integer not null,
  auth_password varchar(255) null,
  priv_password varchar(255) null,
  zone integer not null,
  comments varchar(255) null,
  PRIMARY KEY(id,zone)
);

CREATE TABLE organizations
(
  id integer not null,
  parent_id integer not null,
  org_type integer not null,
  name varchar(63) not null,
  description varchar(255),
  manager integer not null,
  PRIMARY KEY(id)
);

CREATE TABLE persons
(
  id integer not null,
  org_id integer not null,
  first_name varchar(63),
  last_name varchar(63),
  title varchar(255),
  status integer not null,
  PRIMARY KEY(id)
);

CREATE TABLE scheduled_tasks
(
  id bigint not null,
  taskId varchar(255) null,
  schedule varchar(127) null,
  params varchar(1023) null,
  execution_time integer not null,
  last_execution_time integer not null,
  flags integer not null,
  owner integer not null,
  object_id integer not null,
  comments varchar(255) null,
  task_key varchar(255) null,
  PRIMARY KEY(id)
);

CREATE TABLE object_access_snapshot
(
   user_id integer not null,
   object_id integer not null,
   access_rights bigint not null,
   PRIMARY KEY(user_id,object_id)
);

CREATE TABLE responsible_users
(
   object_id integer not null,
   user_id integer not null,
   tag varchar(31) null,
   PRIMARY KEY(object_id,user_id)
);

CREATE TABLE user_agent_notifications
(
   id integer not null,
   message varchar(1023) null,
   objects varchar(1023) not null,
   start_time integer not null,
   end_time integer not null,
   recall char(1) not null,
   on_startup char(1) not null,
   creation_time integer not null,
   created_by integer not null,
   PRIMARY KEY(id)
);

CREATE TABLE notification_channels
(
   name varchar(63) not null,
   driver_name varchar(63) not null,
   description varchar(255) null,
   configuration longtext null,
   PRIMARY KEY(name)
);

CREATE TABLE chat_bots
(
   name varchar(63) not null,
   driver_name varchar(63) not null,
   description varchar(255) null,
   configuration longtext null,
   idle_timeout integer not null,
   provider_slot varchar(31) null,
   PRIMARY KEY(name)
);

CREATE TABLE chat_bot_users
(
   channel_name varchar(63) not null,
   peer_id varchar(127) not null,
   user_id integer not null,
   PRIMARY KEY(channel_name, peer_id)
);

CREATE TABLE two_factor_auth_methods
(
   name varchar(63) not null,
   driver varchar(63) null,
   description varchar(255) null,
   configuration longtext null,
   PRIMARY KEY(name)
);

CREATE TABLE two_factor_auth_bindings
(
   user_id integer not null,
   name varchar(63) not null,
   configuration longtext null,
   PRIMARY KEY(user_id,name)
);

CREATE TABLE shared_secrets
(
   id integer not null,
   secret varchar(88) null,
   zone integer not null,
   PRIMARY KEY(id,zone)
);

CREATE TABLE win_event_log
(
   id bigint not null,
   event_timestamp integer not null,
   node_id integer not null,
   zone_uin integer not null,
   origin_timestamp integer not null,
   log_name varchar(63) null,
   event_source varchar(127) null,
   event_severity integer not null,
   event_code integer not null,
   message varchar(2000) null,
   raw_data longtext null,
   PRIMARY KEY(id)
);

CREATE INDEX idx_win_event_log_timestamp ON win_event_log(event_timestamp);

CREATE INDEX idx_win_event_log_node ON win_event_log(node_id);

CREATE TABLE ssh_keys
(
   id integer not null,
   name varchar(255) not null,
   public_key longtext null,
   private_key longtext null,
   PRIMARY KEY(id)
);

CREATE TABLE maintenance_journal
(
   record_id integer not null,
   object_id integer not null,
   author integer not null,
   last_edited_by integer not null,
   description longtext null,
   creation_time integer not null,
   modification_time integer not null,
   PRIMARY KEY(record_id)
);

CREATE INDEX idx_maintjrn_creation_time ON maintenance_journal(creation_time);

CREATE INDEX idx_maintjrn_object_id ON maintenance_journal(object_id);

CREATE TABLE assets
(
   id integer not null,
   linked_object_id integer not null,
   last_update_timestamp integer not null,
   last_update_uid integer not null,
   PRIMARY KEY(id)
);

CREATE TABLE asset_change_log
(
   record_id bigint not null,
   operation_timestamp integer not null,
   asset_id integer not null,
   attribute_name varchar(63) null,
   operation integer not null,
   old_value varchar(2000) null,
   new_value varchar(2000) null,
   user_id integer not null,
   linked_object_id integer not null,
  PRIMARY KEY(record_id)
);

CREATE INDEX idx_srv_asset_log_timestamp ON asset_change_log(operation_timestamp);

CREATE INDEX idx_srv_asset_log_asset_id ON asset_change_log(asset_id);

CREATE TABLE ai_tasks
(
   id integer not null,
   user_id integer not null,
   description varchar(255),
   prompt longtext,
   memento longtext,
   last_execution_time integer not null,
   next_execution_time integer not null,
   iteration integer not null,
   PRIMARY KEY(id)
);

CREATE TABLE ai_messages
(
   id integer not null,
   message_guid varchar(36) not null,
   message_type integer not null,
   creation_time integer not null,
   expiration_time integer not null,
   source_task_id integer null,
   source_task_type varchar(63) null,
   related_object_id integer null,
   title varchar(255) not null,
   message_text longtext not null,
   spawn_task_data longtext null,
   status integer not null,
   PRIMARY KEY(id)
);

CREATE INDEX idx_ai_messages_expiration ON ai_messages(expiration_time);

CREATE TABLE ai_message_recipients
(
   message_id integer not null,
   user_id integer not null,
   is_initiator char(1) not null,
   read_time integer null,
   PRIMARY KEY(message_id, user_id)
);

CREATE INDEX idx_ai_msg_recipients_user ON ai_message_recipients(user_id);

CREATE TABLE ai_saved_prompts
(
   id integer not null,
   user_id integer not null,
   name varchar(255) not null,
   description varchar(2000) null,
   prompt_text longtext not null,
   PRIMARY KEY(id)
);

CREATE INDEX idx_ai_saved_prompts_user ON ai_saved_prompts(user_id);

CREATE TABLE connection_history
(
   record_id bigint not null,
   event_timestamp integer not null,
   mac_address varchar(16) not null,
   ip_address varchar(48) null,
   node_id integer not null,
   switch_id integer not null,
   interface_id integer not null,
   vlan_id integer not null,
   event_type integer not null,
   old_switch_id integer not null,
   old_interface_id integer not null,
   PRIMARY KEY(record_id)
);

CREATE INDEX idx_conn_history_mac ON connection_history(mac_address);

CREATE INDEX idx_conn_history_timestamp ON connection_history(event_timestamp);

CREATE INDEX idx_conn_history_switch ON connection_history(switch_id);

CREATE INDEX idx_conn_history_node ON connection_history(node_id);
