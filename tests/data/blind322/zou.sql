-- Kitsu production tracker: its API server Zou (CGWire), github.com/cgwire/zou, commit 4bf77e6da49b9d06521aaead52927daf6449a99d (AGPL-3.0).
-- Source: the SQLAlchemy models zou/app/models/*.py (Flask-SQLAlchemy; PostgreSQL in production),
-- rendered as MySQL DDL by SQLAlchemy's MySQL dialect (table names as Flask-SQLAlchemy derives them,
-- column order as SQLAlchemy emits it, which is also the order of upstream's Alembic migrations).
-- Types: sqlalchemy_utils UUIDType(binary=False) -> CHAR(32) (its non-PostgreSQL form), EmailType/ChoiceType -> VARCHAR(255),
-- LocaleType -> VARCHAR(10), TimezoneType/IPAddressType -> VARCHAR(50), URLType -> TEXT, JSONB and ARRAY -> JSON.
-- Keys: primary, unique and foreign keys and indexes as declared; unnamed constraints named as PostgreSQL names them
-- (<table>_<column>_fkey / _key), names cut to 63 characters as PostgreSQL stores them; partial unique indexes
-- (postgresql_where) written as plain KEYs; CHECK constraints left out. Foreign keys closing a cycle are added by ALTER TABLE at the end.
-- Left out: the six project_template* tables (project templates and their links).

CREATE TABLE `chat` (
  object_id CHAR(32) NOT NULL,
  object_type VARCHAR(80) NOT NULL,
  last_message DATETIME,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_chat_object_id` (`object_id`),
  KEY `ix_chat_object_type` (`object_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_action` (
  name VARCHAR(80) NOT NULL,
  url VARCHAR(400),
  entity_type VARCHAR(40),
  is_ajax BOOL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_import_error` (
  event_data JSON NOT NULL,
  source ENUM('csv','shotgun'),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `department` (
  name VARCHAR(80) NOT NULL,
  color VARCHAR(7) NOT NULL,
  archived BOOL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `department_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_type` (
  name VARCHAR(30) NOT NULL,
  short_name VARCHAR(20),
  description TEXT,
  archived BOOL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_entity_type_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_status` (
  name VARCHAR(40) NOT NULL,
  color VARCHAR(7) NOT NULL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `file_status_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hardware_item` (
  name VARCHAR(40) NOT NULL,
  short_name VARCHAR(20) NOT NULL,
  archived BOOL,
  monthly_cost INTEGER,
  inventory_amount INTEGER,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hardware_item_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hardware_item_department_link` (
  department_id CHAR(32) NOT NULL,
  hardware_item_id CHAR(32) NOT NULL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`department_id`, `hardware_item_id`, `id`),
  UNIQUE KEY `hardware_item_department_link_uc` (`hardware_item_id`, `department_id`),
  KEY `ix_hardware_item_department_link_department_id` (`department_id`),
  KEY `ix_hardware_item_department_link_hardware_item_id` (`hardware_item_id`),
  CONSTRAINT `hardware_item_department_link_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`),
  CONSTRAINT `hardware_item_department_link_hardware_item_id_fkey` FOREIGN KEY (`hardware_item_id`) REFERENCES `hardware_item` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation` (
  name VARCHAR(80) NOT NULL,
  hours_by_day FLOAT NOT NULL,
  has_avatar BOOL,
  use_original_file_name BOOL,
  timesheets_locked BOOL,
  format_duration_in_hours BOOL,
  hd_by_default BOOL,
  chat_token_slack VARCHAR(80),
  chat_webhook_mattermost VARCHAR(80),
  chat_token_discord VARCHAR(80),
  dark_theme_by_default BOOL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisation_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `output_type` (
  name VARCHAR(40) NOT NULL,
  short_name VARCHAR(20) NOT NULL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_output_type_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugin` (
  plugin_id VARCHAR(80) NOT NULL,
  name VARCHAR(80) NOT NULL,
  description TEXT,
  version VARCHAR(50) NOT NULL,
  maintainer_name VARCHAR(200) NOT NULL,
  maintainer_email VARCHAR(255),
  website TEXT,
  license VARCHAR(80) NOT NULL,
  revision VARCHAR(12),
  frontend_project_enabled BOOL,
  frontend_studio_enabled BOOL,
  icon VARCHAR(255),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_plugin_name` (`name`),
  UNIQUE KEY `ix_plugin_plugin_id` (`plugin_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preview_background_file` (
  name VARCHAR(40) NOT NULL,
  archived BOOL,
  is_default BOOL,
  original_name VARCHAR(250),
  extension VARCHAR(6),
  file_size BIGINT,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_preview_background_file_is_default` (`is_default`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_status` (
  name VARCHAR(20) NOT NULL,
  color VARCHAR(7) NOT NULL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_project_status_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `salary_scale` (
  department_id CHAR(32) NOT NULL,
  position VARCHAR(255),
  seniority VARCHAR(255),
  salary INTEGER NOT NULL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_salary_scale_department_id` (`department_id`),
  CONSTRAINT `salary_scale_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `software` (
  name VARCHAR(40) NOT NULL,
  short_name VARCHAR(20) NOT NULL,
  archived BOOL,
  version VARCHAR(20),
  file_extension VARCHAR(20) NOT NULL,
  secondary_extensions JSON,
  monthly_cost INTEGER,
  inventory_amount INTEGER,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `software_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `software_department_link` (
  department_id CHAR(32) NOT NULL,
  software_id CHAR(32) NOT NULL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`department_id`, `software_id`, `id`),
  UNIQUE KEY `software_department_link_uc` (`department_id`, `software_id`),
  KEY `ix_software_department_link_department_id` (`department_id`),
  KEY `ix_software_department_link_software_id` (`software_id`),
  CONSTRAINT `software_department_link_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`),
  CONSTRAINT `software_department_link_software_id_fkey` FOREIGN KEY (`software_id`) REFERENCES `software` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `studio` (
  name VARCHAR(80) NOT NULL,
  color VARCHAR(7) NOT NULL,
  archived BOOL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `studio_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person` (
  first_name VARCHAR(80) NOT NULL,
  last_name VARCHAR(80) NOT NULL,
  email VARCHAR(255),
  phone VARCHAR(30),
  country VARCHAR(2),
  contract_type VARCHAR(255) NOT NULL,
  active BOOL,
  archived BOOL,
  last_presence DATE,
  password BLOB(60),
  desktop_login VARCHAR(80),
  login_failed_attemps INTEGER,
  last_login_failed DATETIME,
  totp_enabled BOOL,
  totp_secret VARCHAR(32),
  email_otp_enabled BOOL,
  email_otp_secret VARCHAR(32),
  fido_enabled BOOL,
  fido_credentials JSON,
  otp_recovery_codes JSON,
  preferred_two_factor_authentication VARCHAR(255),
  shotgun_id INTEGER,
  timezone VARCHAR(50),
  locale VARCHAR(10),
  use_12_hour_clock BOOL,
  display_date_format VARCHAR(20),
  data JSON,
  `role` VARCHAR(255) NOT NULL,
  position VARCHAR(255),
  seniority VARCHAR(255),
  daily_salary INTEGER,
  has_avatar BOOL,
  notifications_enabled BOOL,
  notifications_slack_enabled BOOL,
  notifications_slack_userid VARCHAR(60),
  notifications_mattermost_enabled BOOL,
  notifications_mattermost_userid VARCHAR(60),
  notifications_discord_enabled BOOL,
  notifications_discord_userid VARCHAR(60),
  is_bot BOOL NOT NULL,
  is_guest BOOL NOT NULL,
  jti VARCHAR(60),
  expiration_date DATE,
  is_generated_from_ldap BOOL,
  ldap_uid VARCHAR(60),
  studio_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_jti_key` (`jti`),
  UNIQUE KEY `person_ldap_uid_key` (`ldap_uid`),
  UNIQUE KEY `person_shotgun_id_key` (`shotgun_id`),
  KEY `ix_person_studio_id` (`studio_id`),
  KEY `only_one_email_by_person` (`email`, `is_bot`),
  CONSTRAINT `person_studio_id_fkey` FOREIGN KEY (`studio_id`) REFERENCES `studio` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_message` (
  chat_id CHAR(32) NOT NULL,
  person_id CHAR(32) NOT NULL,
  text TEXT,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_chat_message_chat_id` (`chat_id`),
  KEY `ix_chat_message_person_id` (`person_id`),
  CONSTRAINT `chat_message_chat_id_fkey` FOREIGN KEY (`chat_id`) REFERENCES `chat` (`id`),
  CONSTRAINT `chat_message_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_participant` (
  chat_id CHAR(32) NOT NULL,
  person_id CHAR(32) NOT NULL,
  PRIMARY KEY (`chat_id`, `person_id`),
  CONSTRAINT `chat_participant_chat_id_fkey` FOREIGN KEY (`chat_id`) REFERENCES `chat` (`id`),
  CONSTRAINT `chat_participant_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `day_off` (
  date DATE NOT NULL,
  end_date DATE NOT NULL,
  description TEXT,
  person_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `day_off_uc` (`person_id`, `date`),
  KEY `ix_day_off_person_id` (`person_id`),
  CONSTRAINT `day_off_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `department_link` (
  person_id CHAR(32) NOT NULL,
  department_id CHAR(32) NOT NULL,
  PRIMARY KEY (`person_id`, `department_id`),
  UNIQUE KEY `department_link_uc` (`person_id`, `department_id`),
  KEY `ix_department_link_department_id` (`department_id`),
  KEY `ix_department_link_person_id` (`person_id`),
  CONSTRAINT `department_link_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`),
  CONSTRAINT `department_link_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `desktop_login_log` (
  person_id CHAR(32) NOT NULL,
  date DATETIME NOT NULL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_desktop_login_log_person_id` (`person_id`),
  CONSTRAINT `desktop_login_log_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_log` (
  person_id CHAR(32) NOT NULL,
  ip_address VARCHAR(50),
  origin VARCHAR(255),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_login_log_person_id` (`person_id`),
  CONSTRAINT `login_log_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_status` (
  name VARCHAR(40) NOT NULL,
  archived BOOL,
  short_name VARCHAR(10) NOT NULL,
  description TEXT,
  color VARCHAR(7) NOT NULL,
  priority INTEGER,
  is_done BOOL,
  is_artist_allowed BOOL,
  is_client_allowed BOOL,
  is_retake BOOL,
  is_feedback_request BOOL,
  is_default BOOL,
  is_wip BOOL DEFAULT false,
  shotgun_id INTEGER,
  for_concept BOOL DEFAULT false,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_task_status_is_default` (`is_default`),
  KEY `ix_task_status_is_done` (`is_done`),
  KEY `ix_task_status_is_feedback_request` (`is_feedback_request`),
  KEY `ix_task_status_is_wip` (`is_wip`),
  UNIQUE KEY `ix_task_status_short_name` (`short_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_type` (
  name VARCHAR(40) NOT NULL,
  short_name VARCHAR(20),
  description TEXT,
  color VARCHAR(7),
  priority INTEGER,
  for_entity VARCHAR(30),
  allow_timelog BOOL,
  archived BOOL,
  shotgun_id INTEGER,
  department_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_type_uc` (`name`, `for_entity`, `department_id`),
  KEY `ix_task_type_department_id` (`department_id`),
  KEY `ix_task_type_shotgun_id` (`shotgun_id`),
  CONSTRAINT `task_type_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_automation` (
  entity_type VARCHAR(40),
  in_task_type_id CHAR(32),
  in_task_status_id CHAR(32),
  out_field_type VARCHAR(255) NOT NULL,
  out_task_type_id CHAR(32),
  out_task_status_id CHAR(32),
  import_last_revision BOOL,
  archived BOOL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_status_automation_in_task_status_id` (`in_task_status_id`),
  KEY `ix_status_automation_in_task_type_id` (`in_task_type_id`),
  KEY `ix_status_automation_out_task_status_id` (`out_task_status_id`),
  KEY `ix_status_automation_out_task_type_id` (`out_task_type_id`),
  CONSTRAINT `status_automation_in_task_status_id_fkey` FOREIGN KEY (`in_task_status_id`) REFERENCES `task_status` (`id`),
  CONSTRAINT `status_automation_in_task_type_id_fkey` FOREIGN KEY (`in_task_type_id`) REFERENCES `task_type` (`id`),
  CONSTRAINT `status_automation_out_task_status_id_fkey` FOREIGN KEY (`out_task_status_id`) REFERENCES `task_status` (`id`),
  CONSTRAINT `status_automation_out_task_type_id_fkey` FOREIGN KEY (`out_task_type_id`) REFERENCES `task_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_type_asset_type_link` (
  asset_type_id CHAR(32) NOT NULL,
  task_type_id CHAR(32) NOT NULL,
  PRIMARY KEY (`asset_type_id`, `task_type_id`),
  UNIQUE KEY `task_type_asset_type_link_uc` (`asset_type_id`, `task_type_id`),
  KEY `ix_task_type_asset_type_link_asset_type_id` (`asset_type_id`),
  KEY `ix_task_type_asset_type_link_task_type_id` (`task_type_id`),
  CONSTRAINT `task_type_asset_type_link_asset_type_id_fkey` FOREIGN KEY (`asset_type_id`) REFERENCES `entity_type` (`id`),
  CONSTRAINT `task_type_asset_type_link_task_type_id_fkey` FOREIGN KEY (`task_type_id`) REFERENCES `task_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `asset_instance` (
  asset_id CHAR(32) NOT NULL,
  name VARCHAR(80),
  number INTEGER,
  description VARCHAR(200),
  active BOOL,
  data JSON,
  scene_id CHAR(32),
  target_asset_id CHAR(32),
  entity_id CHAR(32),
  entity_type_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `asset_instance_uc` (`asset_id`, `target_asset_id`, `scene_id`, `number`),
  KEY `ix_asset_instance_asset_id` (`asset_id`),
  KEY `ix_asset_instance_scene_id` (`scene_id`),
  KEY `ix_asset_instance_target_asset_id` (`target_asset_id`),
  CONSTRAINT `asset_instance_entity_type_id_fkey` FOREIGN KEY (`entity_type_id`) REFERENCES `entity_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `production_schedule_version` (
  name VARCHAR(80) NOT NULL,
  project_id CHAR(32) NOT NULL,
  production_schedule_from CHAR(32),
  locked BOOL,
  canceled BOOL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `production_schedule_version_uc` (`name`, `project_id`),
  KEY `ix_production_schedule_version_production_schedule_from` (`production_schedule_from`),
  KEY `ix_production_schedule_version_project_id` (`project_id`),
  CONSTRAINT `production_schedule_version_production_schedule_from_fkey` FOREIGN KEY (`production_schedule_from`) REFERENCES `production_schedule_version` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  name VARCHAR(80) NOT NULL,
  code VARCHAR(80),
  description TEXT,
  shotgun_id INTEGER,
  file_tree JSON,
  data JSON,
  has_avatar BOOL,
  fps VARCHAR(10),
  ratio VARCHAR(10),
  resolution VARCHAR(12),
  production_type VARCHAR(20),
  production_style VARCHAR(255) NOT NULL,
  start_date DATE,
  end_date DATE,
  man_days INTEGER,
  nb_episodes INTEGER,
  episode_span INTEGER,
  max_retakes INTEGER,
  is_clients_isolated BOOL,
  is_preview_download_allowed BOOL,
  is_set_preview_automated BOOL,
  homepage VARCHAR(80),
  is_publish_default_for_artists BOOL,
  is_bot_collaboration_enabled BOOL,
  is_single_preview_per_revision BOOL,
  is_frame_in_numbering BOOL,
  revision_padding INTEGER NOT NULL,
  hd_bitrate_compression INTEGER,
  ld_bitrate_compression INTEGER,
  project_status_id CHAR(32),
  default_preview_background_file_id CHAR(32),
  from_schedule_version_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_project_default_preview_background_file_id` (`default_preview_background_file_id`),
  KEY `ix_project_from_schedule_version_id` (`from_schedule_version_id`),
  UNIQUE KEY `ix_project_name` (`name`),
  KEY `ix_project_project_status_id` (`project_status_id`),
  CONSTRAINT `project_default_preview_background_file_id_fkey` FOREIGN KEY (`default_preview_background_file_id`) REFERENCES `preview_background_file` (`id`),
  CONSTRAINT `project_from_schedule_version_id_fkey` FOREIGN KEY (`from_schedule_version_id`) REFERENCES `production_schedule_version` (`id`),
  CONSTRAINT `project_project_status_id_fkey` FOREIGN KEY (`project_status_id`) REFERENCES `project_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_event` (
  name VARCHAR(80) NOT NULL,
  user_id CHAR(32),
  project_id CHAR(32),
  data JSON,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_api_event_created_at` (`created_at`),
  KEY `ix_api_event_name` (`name`),
  KEY `ix_api_event_project_id` (`project_id`),
  KEY `ix_api_event_project_id_created_at` (`project_id`, `created_at`),
  KEY `ix_api_event_user_id` (`user_id`),
  CONSTRAINT `api_event_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `api_event_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `budget` (
  project_id CHAR(32),
  revision INTEGER NOT NULL,
  name VARCHAR(255) NOT NULL,
  currency VARCHAR(3),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_budget_project_id` (`project_id`),
  CONSTRAINT `budget_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `budget_entry` (
  budget_id CHAR(32) NOT NULL,
  department_id CHAR(32) NOT NULL,
  person_id CHAR(32),
  start_date DATE NOT NULL,
  months_duration INTEGER NOT NULL,
  daily_salary FLOAT NOT NULL,
  position VARCHAR(255),
  seniority VARCHAR(255),
  exceptions JSON,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_budget_entry_budget_id` (`budget_id`),
  KEY `ix_budget_entry_department_id` (`department_id`),
  KEY `ix_budget_entry_person_id` (`person_id`),
  CONSTRAINT `budget_entry_budget_id_fkey` FOREIGN KEY (`budget_id`) REFERENCES `budget` (`id`),
  CONSTRAINT `budget_entry_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`),
  CONSTRAINT `budget_entry_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metadata_descriptor` (
  project_id CHAR(32) NOT NULL,
  entity_type VARCHAR(60) NOT NULL,
  task_type_id CHAR(32),
  name VARCHAR(120) NOT NULL,
  data_type VARCHAR(255),
  field_name VARCHAR(120) NOT NULL,
  choices JSON,
  for_client BOOL,
  position INTEGER,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_metadata_descriptor_entity_type` (`entity_type`),
  KEY `ix_metadata_descriptor_for_client` (`for_client`),
  KEY `ix_metadata_descriptor_project_id` (`project_id`),
  KEY `ix_metadata_descriptor_task_type_id` (`task_type_id`),
  KEY `metadata_descriptor_task_type_uc` (`project_id`, `entity_type`, `task_type_id`, `name`),
  KEY `metadata_descriptor_task_type_uc2` (`project_id`, `entity_type`, `task_type_id`, `field_name`),
  KEY `metadata_descriptor_uc` (`project_id`, `entity_type`, `name`),
  KEY `metadata_descriptor_uc2` (`project_id`, `entity_type`, `field_name`),
  CONSTRAINT `metadata_descriptor_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `metadata_descriptor_task_type_id_fkey` FOREIGN KEY (`task_type_id`) REFERENCES `task_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `department_metadata_descriptor_link` (
  metadata_descriptor_id CHAR(32) NOT NULL,
  department_id CHAR(32) NOT NULL,
  PRIMARY KEY (`metadata_descriptor_id`, `department_id`),
  UNIQUE KEY `department_metadata_descriptor_link_uc` (`metadata_descriptor_id`, `department_id`),
  KEY `ix_department_metadata_descriptor_link_department_id` (`department_id`),
  KEY `ix_department_metadata_descriptor_link_metadata_descriptor_id` (`metadata_descriptor_id`),
  CONSTRAINT `department_metadata_descriptor_link_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`),
  CONSTRAINT `department_metadata_descriptor_link_metadata_descriptor_id_fkey` FOREIGN KEY (`metadata_descriptor_id`) REFERENCES `metadata_descriptor` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `milestone` (
  date DATE,
  name VARCHAR(40) NOT NULL,
  project_id CHAR(32),
  task_type_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_milestone_project_id` (`project_id`),
  KEY `ix_milestone_task_type_id` (`task_type_id`),
  CONSTRAINT `milestone_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `milestone_task_type_id_fkey` FOREIGN KEY (`task_type_id`) REFERENCES `task_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_asset_type_link` (
  project_id CHAR(32) NOT NULL,
  asset_type_id CHAR(32) NOT NULL,
  PRIMARY KEY (`project_id`, `asset_type_id`),
  KEY `ix_project_asset_type_link_asset_type_id` (`asset_type_id`),
  KEY `ix_project_asset_type_link_project_id` (`project_id`),
  CONSTRAINT `project_asset_type_link_asset_type_id_fkey` FOREIGN KEY (`asset_type_id`) REFERENCES `entity_type` (`id`),
  CONSTRAINT `project_asset_type_link_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_person_link` (
  project_id CHAR(32) NOT NULL,
  person_id CHAR(32) NOT NULL,
  shotgun_id INTEGER,
  `role` VARCHAR(255),
  PRIMARY KEY (`project_id`, `person_id`),
  KEY `ix_project_person_link_person_id` (`person_id`),
  KEY `ix_project_person_link_project_id` (`project_id`),
  CONSTRAINT `project_person_link_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `project_person_link_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_preview_background_file_link` (
  project_id CHAR(32) NOT NULL,
  preview_background_file_id CHAR(32) NOT NULL,
  PRIMARY KEY (`project_id`, `preview_background_file_id`),
  KEY `ix_project_preview_background_file_link_preview_background_file` (`preview_background_file_id`),
  KEY `ix_project_preview_background_file_link_project_id` (`project_id`),
  CONSTRAINT `project_preview_background_file_link_preview_background_file_id` FOREIGN KEY (`preview_background_file_id`) REFERENCES `preview_background_file` (`id`),
  CONSTRAINT `project_preview_background_file_link_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_status_automation_link` (
  project_id CHAR(32) NOT NULL,
  status_automation_id CHAR(32) NOT NULL,
  PRIMARY KEY (`project_id`, `status_automation_id`),
  KEY `ix_project_status_automation_link_project_id` (`project_id`),
  KEY `ix_project_status_automation_link_status_automation_id` (`status_automation_id`),
  CONSTRAINT `project_status_automation_link_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `project_status_automation_link_status_automation_id_fkey` FOREIGN KEY (`status_automation_id`) REFERENCES `status_automation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_task_status_link` (
  project_id CHAR(32) NOT NULL,
  task_status_id CHAR(32) NOT NULL,
  priority INTEGER,
  roles_for_board JSON,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`project_id`, `task_status_id`, `id`),
  UNIQUE KEY `project_taskstatus_uc` (`project_id`, `task_status_id`),
  KEY `ix_project_task_status_link_project_id` (`project_id`),
  KEY `ix_project_task_status_link_task_status_id` (`task_status_id`),
  CONSTRAINT `project_task_status_link_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `project_task_status_link_task_status_id_fkey` FOREIGN KEY (`task_status_id`) REFERENCES `task_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_task_type_link` (
  project_id CHAR(32) NOT NULL,
  task_type_id CHAR(32) NOT NULL,
  priority INTEGER,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`project_id`, `task_type_id`, `id`),
  UNIQUE KEY `project_tasktype_uc` (`project_id`, `task_type_id`),
  KEY `ix_project_task_type_link_project_id` (`project_id`),
  KEY `ix_project_task_type_link_task_type_id` (`task_type_id`),
  CONSTRAINT `project_task_type_link_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `project_task_type_link_task_type_id_fkey` FOREIGN KEY (`task_type_id`) REFERENCES `task_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule_item` (
  start_date DATE,
  end_date DATE,
  man_days INTEGER,
  project_id CHAR(32),
  task_type_id CHAR(32),
  object_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `schedule_item_uc` (`project_id`, `task_type_id`, `object_id`),
  KEY `ix_schedule_item_object_id` (`object_id`),
  KEY `ix_schedule_item_project_id` (`project_id`),
  KEY `ix_schedule_item_task_type_id` (`task_type_id`),
  CONSTRAINT `schedule_item_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `schedule_item_task_type_id_fkey` FOREIGN KEY (`task_type_id`) REFERENCES `task_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_filter_group` (
  list_type VARCHAR(80) NOT NULL,
  entity_type VARCHAR(80),
  name VARCHAR(200) NOT NULL,
  color VARCHAR(8) NOT NULL,
  is_shared BOOL NOT NULL DEFAULT false,
  person_id CHAR(32),
  project_id CHAR(32),
  department_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_search_filter_group_list_type` (`list_type`),
  KEY `ix_search_filter_group_person_id` (`person_id`),
  KEY `ix_search_filter_group_project_id` (`project_id`),
  CONSTRAINT `search_filter_group_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`),
  CONSTRAINT `search_filter_group_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `search_filter_group_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `search_filter` (
  list_type VARCHAR(80) NOT NULL,
  entity_type VARCHAR(80),
  name VARCHAR(200) NOT NULL,
  search_query VARCHAR(500) NOT NULL,
  is_shared BOOL NOT NULL DEFAULT false,
  department_id CHAR(32),
  search_filter_group_id CHAR(32),
  person_id CHAR(32),
  project_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_search_filter_list_type` (`list_type`),
  KEY `ix_search_filter_person_id` (`person_id`),
  KEY `ix_search_filter_project_id` (`project_id`),
  CONSTRAINT `search_filter_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `department` (`id`),
  CONSTRAINT `search_filter_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `search_filter_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `search_filter_search_filter_group_id_fkey` FOREIGN KEY (`search_filter_group_id`) REFERENCES `search_filter_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity` (
  id CHAR(32) NOT NULL,
  name VARCHAR(160) NOT NULL,
  code VARCHAR(160),
  description TEXT,
  shotgun_id INTEGER,
  canceled BOOL,
  nb_frames INTEGER,
  nb_entities_out INTEGER,
  is_casting_standby BOOL,
  is_shared BOOL NOT NULL,
  status VARCHAR(255) NOT NULL,
  project_id CHAR(32) NOT NULL,
  entity_type_id CHAR(32) NOT NULL,
  parent_id CHAR(32),
  source_id CHAR(32),
  preview_file_id CHAR(32),
  data JSON,
  ready_for CHAR(32),
  created_by CHAR(32),
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity_uc` (`name`, `project_id`, `entity_type_id`, `parent_id`),
  KEY `ix_entity_entity_type_id` (`entity_type_id`),
  KEY `ix_entity_parent_id` (`parent_id`),
  KEY `ix_entity_project_id` (`project_id`),
  KEY `ix_entity_project_type_status` (`project_id`, `entity_type_id`, `status`),
  KEY `ix_entity_source_id` (`source_id`),
  KEY `ix_entity_status` (`status`),
  CONSTRAINT `entity_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `entity_entity_type_id_fkey` FOREIGN KEY (`entity_type_id`) REFERENCES `entity_type` (`id`),
  CONSTRAINT `entity_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `entity` (`id`),
  CONSTRAINT `entity_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `fk_ready_for` FOREIGN KEY (`ready_for`) REFERENCES `task_type` (`id`),
  CONSTRAINT `entity_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `asset_instance_link` (
  entity_id CHAR(32) NOT NULL,
  asset_instance_id CHAR(32) NOT NULL,
  PRIMARY KEY (`entity_id`, `asset_instance_id`),
  CONSTRAINT `asset_instance_link_asset_instance_id_fkey` FOREIGN KEY (`asset_instance_id`) REFERENCES `asset_instance` (`id`),
  CONSTRAINT `asset_instance_link_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_concept_link` (
  entity_in_id CHAR(32) NOT NULL,
  entity_out_id CHAR(32) NOT NULL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`entity_in_id`, `entity_out_id`, `id`),
  CONSTRAINT `entity_concept_link_entity_in_id_fkey` FOREIGN KEY (`entity_in_id`) REFERENCES `entity` (`id`),
  CONSTRAINT `entity_concept_link_entity_out_id_fkey` FOREIGN KEY (`entity_out_id`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_link` (
  entity_in_id CHAR(32) NOT NULL,
  entity_out_id CHAR(32) NOT NULL,
  data JSON,
  nb_occurences INTEGER,
  label VARCHAR(80),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`entity_in_id`, `entity_out_id`, `id`),
  UNIQUE KEY `entity_link_uc` (`entity_in_id`, `entity_out_id`),
  KEY `ix_entity_link_entity_in_id` (`entity_in_id`),
  KEY `ix_entity_link_entity_out_id` (`entity_out_id`),
  CONSTRAINT `entity_link_entity_in_id_fkey` FOREIGN KEY (`entity_in_id`) REFERENCES `entity` (`id`),
  CONSTRAINT `entity_link_entity_out_id_fkey` FOREIGN KEY (`entity_out_id`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_version` (
  name VARCHAR(160) NOT NULL,
  data JSON,
  entity_id CHAR(32),
  person_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_entity_version_entity_id` (`entity_id`),
  KEY `ix_entity_version_person_id` (`person_id`),
  CONSTRAINT `entity_version_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`),
  CONSTRAINT `entity_version_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `playlist` (
  name VARCHAR(80) NOT NULL,
  shots JSON,
  project_id CHAR(32),
  episode_id CHAR(32),
  task_type_id CHAR(32),
  for_client BOOL,
  for_entity VARCHAR(10),
  is_for_all BOOL,
  created_by CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `playlist_uc` (`name`, `project_id`, `episode_id`),
  KEY `ix_playlist_episode_id` (`episode_id`),
  KEY `ix_playlist_for_client` (`for_client`),
  KEY `ix_playlist_for_entity` (`for_entity`),
  KEY `ix_playlist_project_id` (`project_id`),
  KEY `ix_playlist_task_type_id` (`task_type_id`),
  CONSTRAINT `playlist_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `playlist_episode_id_fkey` FOREIGN KEY (`episode_id`) REFERENCES `entity` (`id`),
  CONSTRAINT `playlist_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `playlist_task_type_id_fkey` FOREIGN KEY (`task_type_id`) REFERENCES `task_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_job` (
  status VARCHAR(255) NOT NULL,
  job_type VARCHAR(255) NOT NULL,
  ended_at DATETIME,
  playlist_id CHAR(32) NOT NULL,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_build_job_playlist_id` (`playlist_id`),
  CONSTRAINT `build_job_playlist_id_fkey` FOREIGN KEY (`playlist_id`) REFERENCES `playlist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `playlist_share_link` (
  token VARCHAR(64) NOT NULL,
  playlist_id CHAR(32) NOT NULL,
  created_by CHAR(32) NOT NULL,
  expiration_date DATETIME,
  is_active BOOL NOT NULL,
  can_comment BOOL NOT NULL,
  password VARCHAR(255),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_playlist_share_link_playlist_active` (`playlist_id`, `is_active`),
  KEY `ix_playlist_share_link_playlist_id` (`playlist_id`),
  UNIQUE KEY `ix_playlist_share_link_token` (`token`),
  CONSTRAINT `playlist_share_link_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `person` (`id`),
  CONSTRAINT `playlist_share_link_playlist_id_fkey` FOREIGN KEY (`playlist_id`) REFERENCES `playlist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task` (
  name VARCHAR(80) NOT NULL,
  description TEXT,
  priority INTEGER,
  difficulty INTEGER NOT NULL,
  duration FLOAT,
  estimation FLOAT,
  completion_rate INTEGER,
  retake_count INTEGER,
  sort_order INTEGER,
  start_date DATETIME,
  due_date DATETIME,
  real_start_date DATETIME,
  end_date DATETIME,
  done_date DATETIME,
  last_comment_date DATETIME,
  nb_assets_ready INTEGER,
  data JSON,
  nb_drawings INTEGER,
  shotgun_id INTEGER,
  last_preview_file_id CHAR(32),
  project_id CHAR(32),
  task_type_id CHAR(32),
  task_status_id CHAR(32),
  entity_id CHAR(32),
  assigner_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_uc` (`name`, `project_id`, `task_type_id`, `entity_id`),
  KEY `ix_task_assigner_id` (`assigner_id`),
  KEY `ix_task_entity_id` (`entity_id`),
  KEY `ix_task_project_id` (`project_id`),
  KEY `ix_task_task_status_id` (`task_status_id`),
  KEY `ix_task_task_type_id` (`task_type_id`),
  CONSTRAINT `task_assigner_id_fkey` FOREIGN KEY (`assigner_id`) REFERENCES `person` (`id`),
  CONSTRAINT `task_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`),
  CONSTRAINT `task_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `task_task_status_id_fkey` FOREIGN KEY (`task_status_id`) REFERENCES `task_status` (`id`),
  CONSTRAINT `task_task_type_id_fkey` FOREIGN KEY (`task_type_id`) REFERENCES `task_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `production_schedule_version_task_link` (
  production_schedule_version_id CHAR(32) NOT NULL,
  task_id CHAR(32) NOT NULL,
  start_date DATETIME,
  due_date DATETIME,
  estimation FLOAT,
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `production_schedule_version_task_link_uc` (`production_schedule_version_id`, `task_id`),
  KEY `ix_production_schedule_version_task_link_production_schedule_ve` (`production_schedule_version_id`),
  KEY `ix_production_schedule_version_task_link_task_id` (`task_id`),
  CONSTRAINT `production_schedule_version_task_link_production_schedule_versi` FOREIGN KEY (`production_schedule_version_id`) REFERENCES `production_schedule_version` (`id`) ON DELETE CASCADE,
  CONSTRAINT `production_schedule_version_task_link_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `production_schedule_version_task_link_person_link` (
  production_schedule_version_task_link_id CHAR(32) NOT NULL,
  person_id CHAR(32) NOT NULL,
  PRIMARY KEY (`production_schedule_version_task_link_id`, `person_id`),
  CONSTRAINT `production_schedule_version_task_link_person_link_person_id_fke` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE,
  CONSTRAINT `production_schedule_version_task_link_person_link_production_sc` FOREIGN KEY (`production_schedule_version_task_link_id`) REFERENCES `production_schedule_version_task_link` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription` (
  person_id CHAR(32) NOT NULL,
  task_id CHAR(32),
  entity_id CHAR(32),
  task_type_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscription_entity_uc` (`person_id`, `task_type_id`, `entity_id`),
  UNIQUE KEY `subscription_task_uc` (`person_id`, `task_id`),
  KEY `ix_subscription_entity_id` (`entity_id`),
  KEY `ix_subscription_person_id` (`person_id`),
  KEY `ix_subscription_task_id` (`task_id`),
  KEY `ix_subscription_task_type_id` (`task_type_id`),
  CONSTRAINT `subscription_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`),
  CONSTRAINT `subscription_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `subscription_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`),
  CONSTRAINT `subscription_task_type_id_fkey` FOREIGN KEY (`task_type_id`) REFERENCES `task_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_person_link` (
  task_id CHAR(32) NOT NULL,
  person_id CHAR(32) NOT NULL,
  PRIMARY KEY (`task_id`, `person_id`),
  KEY `ix_task_person_link_person_id` (`person_id`),
  CONSTRAINT `task_person_link_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `task_person_link_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `time_spent` (
  duration FLOAT NOT NULL,
  date DATE NOT NULL,
  task_id CHAR(32),
  person_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `time_spent_uc` (`person_id`, `task_id`, `date`),
  KEY `ix_time_spent_person_id` (`person_id`),
  KEY `ix_time_spent_task_id` (`task_id`),
  CONSTRAINT `time_spent_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `time_spent_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `working_file` (
  shotgun_id INTEGER,
  name VARCHAR(250),
  description TEXT,
  comment TEXT,
  revision INTEGER,
  size INTEGER,
  checksum INTEGER,
  path VARCHAR(400),
  data JSON,
  task_id CHAR(32),
  entity_id CHAR(32),
  person_id CHAR(32),
  software_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `working_file_uc` (`name`, `task_id`, `entity_id`, `revision`),
  KEY `ix_working_file_entity_id` (`entity_id`),
  KEY `ix_working_file_person_id` (`person_id`),
  KEY `ix_working_file_shotgun_id` (`shotgun_id`),
  KEY `ix_working_file_software_id` (`software_id`),
  KEY `ix_working_file_task_id` (`task_id`),
  CONSTRAINT `working_file_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`),
  CONSTRAINT `working_file_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `working_file_software_id_fkey` FOREIGN KEY (`software_id`) REFERENCES `software` (`id`),
  CONSTRAINT `working_file_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `output_file` (
  shotgun_id INTEGER,
  name VARCHAR(250) NOT NULL,
  canceled BOOL NOT NULL,
  size INTEGER,
  checksum VARCHAR(32),
  description TEXT,
  comment TEXT,
  extension VARCHAR(10),
  revision INTEGER NOT NULL,
  representation VARCHAR(20),
  nb_elements INTEGER,
  source VARCHAR(40),
  path VARCHAR(400),
  data JSON,
  file_status_id CHAR(32) NOT NULL,
  entity_id CHAR(32),
  asset_instance_id CHAR(32),
  output_type_id CHAR(32),
  task_type_id CHAR(32),
  person_id CHAR(32),
  source_file_id CHAR(32),
  temporal_entity_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `output_file_uc` (`name`, `entity_id`, `asset_instance_id`, `output_type_id`, `task_type_id`, `temporal_entity_id`, `representation`, `revision`),
  KEY `ix_output_file_asset_instance_id` (`asset_instance_id`),
  KEY `ix_output_file_entity_id` (`entity_id`),
  KEY `ix_output_file_file_status_id` (`file_status_id`),
  KEY `ix_output_file_output_type_id` (`output_type_id`),
  KEY `ix_output_file_person_id` (`person_id`),
  KEY `ix_output_file_representation` (`representation`),
  KEY `ix_output_file_source_file_id` (`source_file_id`),
  KEY `ix_output_file_task_type_id` (`task_type_id`),
  KEY `ix_output_file_temporal_entity_id` (`temporal_entity_id`),
  CONSTRAINT `output_file_asset_instance_id_fkey` FOREIGN KEY (`asset_instance_id`) REFERENCES `asset_instance` (`id`),
  CONSTRAINT `output_file_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`),
  CONSTRAINT `output_file_file_status_id_fkey` FOREIGN KEY (`file_status_id`) REFERENCES `file_status` (`id`),
  CONSTRAINT `output_file_output_type_id_fkey` FOREIGN KEY (`output_type_id`) REFERENCES `output_type` (`id`),
  CONSTRAINT `output_file_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `output_file_source_file_id_fkey` FOREIGN KEY (`source_file_id`) REFERENCES `working_file` (`id`),
  CONSTRAINT `output_file_task_type_id_fkey` FOREIGN KEY (`task_type_id`) REFERENCES `task_type` (`id`),
  CONSTRAINT `output_file_temporal_entity_id_fkey` FOREIGN KEY (`temporal_entity_id`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preview_file` (
  name VARCHAR(250),
  original_name VARCHAR(250),
  revision INTEGER,
  position INTEGER,
  extension VARCHAR(6),
  description TEXT,
  path VARCHAR(400),
  source VARCHAR(40),
  file_size BIGINT,
  status VARCHAR(255) NOT NULL,
  validation_status VARCHAR(255) NOT NULL,
  annotations JSON,
  width INTEGER,
  height INTEGER,
  duration FLOAT,
  data JSON,
  token_in INTEGER,
  token_out INTEGER,
  task_id CHAR(32),
  person_id CHAR(32),
  source_file_id CHAR(32),
  shotgun_id INTEGER,
  is_movie BOOL,
  url VARCHAR(600),
  uploaded_movie_url VARCHAR(600),
  uploaded_movie_name VARCHAR(150),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `preview_file_shotgun_id_key` (`shotgun_id`),
  UNIQUE KEY `preview_uc` (`name`, `task_id`, `revision`),
  KEY `ix_preview_file_source_file_id` (`source_file_id`),
  KEY `ix_preview_file_task_id` (`task_id`),
  CONSTRAINT `preview_file_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `preview_file_source_file_id_fkey` FOREIGN KEY (`source_file_id`) REFERENCES `output_file` (`id`),
  CONSTRAINT `preview_file_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment` (
  shotgun_id INTEGER,
  object_id CHAR(32) NOT NULL,
  object_type VARCHAR(80) NOT NULL,
  text TEXT,
  data JSON,
  replies JSON,
  checklist JSON,
  pinned BOOL,
  for_client BOOL,
  links JSON,
  task_status_id CHAR(32),
  person_id CHAR(32) NOT NULL,
  editor_id CHAR(32),
  preview_file_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_comment_editor_id` (`editor_id`),
  KEY `ix_comment_object_id` (`object_id`),
  KEY `ix_comment_object_type` (`object_type`),
  KEY `ix_comment_person_id` (`person_id`),
  KEY `ix_comment_task_status_id` (`task_status_id`),
  CONSTRAINT `comment_editor_id_fkey` FOREIGN KEY (`editor_id`) REFERENCES `person` (`id`),
  CONSTRAINT `comment_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `comment_preview_file_id_fkey` FOREIGN KEY (`preview_file_id`) REFERENCES `preview_file` (`id`),
  CONSTRAINT `comment_task_status_id_fkey` FOREIGN KEY (`task_status_id`) REFERENCES `task_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachment_file` (
  name VARCHAR(250),
  size BIGINT,
  extension VARCHAR(6),
  mimetype VARCHAR(255),
  comment_id CHAR(32),
  reply_id CHAR(32),
  chat_message_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_attachment_file_chat_message_id` (`chat_message_id`),
  KEY `ix_attachment_file_comment_id` (`comment_id`),
  CONSTRAINT `attachment_file_chat_message_id_fkey` FOREIGN KEY (`chat_message_id`) REFERENCES `chat_message` (`id`),
  CONSTRAINT `attachment_file_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_acknoledgments` (
  comment CHAR(32) NOT NULL,
  person CHAR(32) NOT NULL,
  PRIMARY KEY (`comment`, `person`),
  CONSTRAINT `comment_acknoledgments_comment_fkey` FOREIGN KEY (`comment`) REFERENCES `comment` (`id`),
  CONSTRAINT `comment_acknoledgments_person_fkey` FOREIGN KEY (`person`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_department_mentions` (
  comment CHAR(32) NOT NULL,
  department CHAR(32) NOT NULL,
  PRIMARY KEY (`comment`, `department`),
  CONSTRAINT `comment_department_mentions_comment_fkey` FOREIGN KEY (`comment`) REFERENCES `comment` (`id`),
  CONSTRAINT `comment_department_mentions_department_fkey` FOREIGN KEY (`department`) REFERENCES `department` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_mentions` (
  comment CHAR(32) NOT NULL,
  person CHAR(32) NOT NULL,
  PRIMARY KEY (`comment`, `person`),
  CONSTRAINT `comment_mentions_comment_fkey` FOREIGN KEY (`comment`) REFERENCES `comment` (`id`),
  CONSTRAINT `comment_mentions_person_fkey` FOREIGN KEY (`person`) REFERENCES `person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_preview_link` (
  comment CHAR(32) NOT NULL,
  preview_file CHAR(32) NOT NULL,
  PRIMARY KEY (`comment`, `preview_file`),
  KEY `ix_comment_preview_link_comment` (`comment`),
  KEY `ix_comment_preview_link_preview_file` (`preview_file`),
  CONSTRAINT `comment_preview_link_comment_fkey` FOREIGN KEY (`comment`) REFERENCES `comment` (`id`),
  CONSTRAINT `comment_preview_link_preview_file_fkey` FOREIGN KEY (`preview_file`) REFERENCES `preview_file` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `news` (
  `change` BOOL NOT NULL,
  author_id CHAR(32) NOT NULL,
  comment_id CHAR(32),
  task_id CHAR(32) NOT NULL,
  preview_file_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  KEY `ix_news_author_id` (`author_id`),
  KEY `ix_news_comment_id` (`comment_id`),
  KEY `ix_news_preview_file_id` (`preview_file_id`),
  KEY `ix_news_task_id` (`task_id`),
  CONSTRAINT `news_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `person` (`id`),
  CONSTRAINT `news_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comment` (`id`),
  CONSTRAINT `news_preview_file_id_fkey` FOREIGN KEY (`preview_file_id`) REFERENCES `preview_file` (`id`),
  CONSTRAINT `news_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `read` BOOL NOT NULL,
  `change` BOOL NOT NULL,
  type VARCHAR(255) NOT NULL,
  person_id CHAR(32) NOT NULL,
  author_id CHAR(32) NOT NULL,
  comment_id CHAR(32),
  task_id CHAR(32),
  playlist_id CHAR(32),
  reply_id CHAR(32),
  id CHAR(32) NOT NULL,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notification_uc` (`person_id`, `author_id`, `comment_id`, `reply_id`, `playlist_id`, `type`),
  KEY `ix_notification_author_id` (`author_id`),
  KEY `ix_notification_comment_id` (`comment_id`),
  KEY `ix_notification_person_id` (`person_id`),
  KEY `ix_notification_playlist_id` (`playlist_id`),
  KEY `ix_notification_reply_id` (`reply_id`),
  KEY `ix_notification_task_id` (`task_id`),
  CONSTRAINT `notification_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `person` (`id`),
  CONSTRAINT `notification_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comment` (`id`),
  CONSTRAINT `notification_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`),
  CONSTRAINT `notification_playlist_id_fkey` FOREIGN KEY (`playlist_id`) REFERENCES `playlist` (`id`),
  CONSTRAINT `notification_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `asset_instance` ADD CONSTRAINT `asset_instance_asset_id_fkey` FOREIGN KEY (`asset_id`) REFERENCES `entity` (`id`);
ALTER TABLE `asset_instance` ADD CONSTRAINT `asset_instance_entity_id_fkey` FOREIGN KEY (`entity_id`) REFERENCES `entity` (`id`);
ALTER TABLE `asset_instance` ADD CONSTRAINT `asset_instance_scene_id_fkey` FOREIGN KEY (`scene_id`) REFERENCES `entity` (`id`);
ALTER TABLE `asset_instance` ADD CONSTRAINT `asset_instance_target_asset_id_fkey` FOREIGN KEY (`target_asset_id`) REFERENCES `entity` (`id`);
ALTER TABLE `production_schedule_version` ADD CONSTRAINT `production_schedule_version_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE;
ALTER TABLE `entity` ADD CONSTRAINT `fk_main_preview` FOREIGN KEY (`preview_file_id`) REFERENCES `preview_file` (`id`);

