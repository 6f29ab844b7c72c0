-- OpenDuty (open-source on-call scheduling, escalation and alerting; PagerDuty alternative, Django).
-- github.com/openduty/openduty (continuation of ustream/openduty), commit 761d13e3652613b0974a4805b13754e012e6d8a7 (MIT):
-- models in apps/{accounts,events,incidents,notification,policies,services}/models.py with their migrations,
-- written by hand as the MySQL DDL Django creates: `id` int AUTO_INCREMENT first, columns in migration order
-- (incidents_incident.service_key_id and service_to_escalate_to_id were added by incidents 0002, so last),
-- ForeignKey columns get Django's `_id` suffix (so `user_id = ForeignKey(User)` is `user_id_id`), UUIDField is
-- char(32), db_table names as given in Meta. Django's own auth_user, auth_group and auth_user_groups
-- (Django 2.x) and django-scheduler's schedule_calendar (the on-call calendars a policy rule points to) are kept
-- as the parents of the foreign keys; django-scheduler's event/rule/occurrence tables, Django's content types,
-- permissions, sessions and admin log are left out.

CREATE TABLE auth_group (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(150) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY name (name)
);

CREATE TABLE auth_user (
  id int NOT NULL AUTO_INCREMENT,
  password varchar(128) NOT NULL,
  last_login datetime(6) DEFAULT NULL,
  is_superuser tinyint(1) NOT NULL,
  username varchar(150) NOT NULL,
  first_name varchar(30) NOT NULL,
  last_name varchar(150) NOT NULL,
  email varchar(254) NOT NULL,
  is_staff tinyint(1) NOT NULL,
  is_active tinyint(1) NOT NULL,
  date_joined datetime(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY username (username)
);

CREATE TABLE auth_user_groups (
  id int NOT NULL AUTO_INCREMENT,
  user_id int NOT NULL,
  group_id int NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY auth_user_groups_user_id_group_id_94350c0c_uniq (user_id, group_id),
  CONSTRAINT auth_user_groups_group_id_97559544_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES auth_group (id),
  CONSTRAINT auth_user_groups_user_id_6a12ed8b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE schedule_calendar (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(200) NOT NULL,
  slug varchar(200) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY slug (slug)
);

CREATE TABLE accounts_token (
  `key` varchar(40) NOT NULL,
  created datetime(6) NOT NULL,
  PRIMARY KEY (`key`)
);

CREATE TABLE accounts_profile (
  id int NOT NULL AUTO_INCREMENT,
  phone_number varchar(50) NOT NULL,
  pushover_user_key varchar(50) NOT NULL,
  pushover_app_key varchar(50) NOT NULL,
  slack_room_name varchar(50) NOT NULL,
  prowl_api_key varchar(50) NOT NULL,
  prowl_application varchar(256) NOT NULL,
  prowl_url varchar(512) NOT NULL,
  rocket_webhook_url varchar(512) NOT NULL,
  hipchat_room_name varchar(100) NOT NULL,
  hipchat_room_url varchar(100) NOT NULL,
  send_resolve_enabled tinyint(1) NOT NULL,
  user_id int NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY user_id (user_id),
  CONSTRAINT accounts_profile_user_id_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE policies_schedulepolicy (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(80) NOT NULL,
  repeat_times int NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY name (name)
);

CREATE TABLE policies_schedulepolicyrule (
  id int NOT NULL AUTO_INCREMENT,
  position int NOT NULL,
  escalate_after int NOT NULL,
  group_id_id int DEFAULT NULL,
  schedule_id int DEFAULT NULL,
  schedule_policy_id int NOT NULL,
  user_id_id int DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT policies_spr_group_id_id_fk_auth_group_id FOREIGN KEY (group_id_id) REFERENCES auth_group (id),
  CONSTRAINT policies_spr_schedule_id_fk_schedule_calendar_id FOREIGN KEY (schedule_id) REFERENCES schedule_calendar (id),
  CONSTRAINT policies_spr_schedule_policy_id_fk FOREIGN KEY (schedule_policy_id) REFERENCES policies_schedulepolicy (id),
  CONSTRAINT policies_spr_user_id_id_fk_auth_user_id FOREIGN KEY (user_id_id) REFERENCES auth_user (id)
);

CREATE TABLE services_service (
  name varchar(80) NOT NULL,
  id char(32) NOT NULL,
  retry int DEFAULT NULL,
  escalate_after int DEFAULT NULL,
  notifications_disabled tinyint(1) NOT NULL,
  send_resolve_enabled tinyint(1) NOT NULL,
  policy_id int DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY name (name),
  CONSTRAINT services_service_policy_id_fk FOREIGN KEY (policy_id) REFERENCES policies_schedulepolicy (id)
);

CREATE TABLE services_servicesilenced (
  id int NOT NULL AUTO_INCREMENT,
  silenced tinyint(1) NOT NULL,
  silenced_until datetime(6) NOT NULL,
  service_id char(32) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT services_servicesilenced_service_id_fk FOREIGN KEY (service_id) REFERENCES services_service (id)
);

CREATE TABLE services_servicetokens (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(80) NOT NULL,
  service_id_id char(32) NOT NULL,
  token_id_id varchar(40) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT services_servicetokens_service_id_id_fk FOREIGN KEY (service_id_id) REFERENCES services_service (id),
  CONSTRAINT services_servicetokens_token_id_id_fk FOREIGN KEY (token_id_id) REFERENCES accounts_token (`key`)
);

CREATE TABLE incidents_incident (
  id int NOT NULL AUTO_INCREMENT,
  incident_key varchar(200) NOT NULL,
  event_type varchar(15) NOT NULL,
  description varchar(200) NOT NULL,
  details longtext NOT NULL,
  occurred_at datetime(6) NOT NULL,
  service_key_id char(32) NOT NULL,
  service_to_escalate_to_id char(32) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY incidents_incident_service_key_id_incident_key_uniq (service_key_id, incident_key),
  CONSTRAINT incidents_incident_service_key_id_fk FOREIGN KEY (service_key_id) REFERENCES services_service (id),
  CONSTRAINT incidents_incident_service_to_escalate_to_id_fk FOREIGN KEY (service_to_escalate_to_id) REFERENCES services_service (id)
);

CREATE TABLE incidents_incidentsilenced (
  id int NOT NULL AUTO_INCREMENT,
  silenced tinyint(1) NOT NULL,
  silenced_until datetime(6) NOT NULL,
  incident_id int NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT incidents_incidentsilenced_incident_id_fk FOREIGN KEY (incident_id) REFERENCES incidents_incident (id)
);

CREATE TABLE events_eventlog (
  id int NOT NULL AUTO_INCREMENT,
  action varchar(100) NOT NULL,
  data longtext NOT NULL,
  occurred_at datetime(6) NOT NULL,
  incident_key_id int DEFAULT NULL,
  service_key_id char(32) NOT NULL,
  user_id int DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT events_eventlog_incident_key_id_fk FOREIGN KEY (incident_key_id) REFERENCES incidents_incident (id),
  CONSTRAINT events_eventlog_service_key_id_fk FOREIGN KEY (service_key_id) REFERENCES services_service (id),
  CONSTRAINT events_eventlog_user_id_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE openduty_usernotificationmethod (
  id int NOT NULL AUTO_INCREMENT,
  position int NOT NULL,
  method varchar(50) NOT NULL,
  user_id int NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT openduty_unm_user_id_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE openduty_schedulednotification (
  id int NOT NULL AUTO_INCREMENT,
  notifier varchar(30) NOT NULL,
  message varchar(500) NOT NULL,
  send_at datetime(6) NOT NULL,
  incident_id int DEFAULT NULL,
  user_to_notify_id int NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT openduty_sn_incident_id_fk FOREIGN KEY (incident_id) REFERENCES incidents_incident (id),
  CONSTRAINT openduty_sn_user_to_notify_id_fk_auth_user_id FOREIGN KEY (user_to_notify_id) REFERENCES auth_user (id)
);
