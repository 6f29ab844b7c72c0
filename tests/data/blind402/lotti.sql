-- Lotti (Matthias Nehlsen; local-first private logbook: journal entries, photos, voice notes, tasks, habits,
-- measurements and health data, relationships, AI agents; Flutter / Drift on SQLite, E2E-encrypted Matrix sync)
-- Upstream: github.com/matthiasn/lotti, commit b2c74d8f9da9d9fafe43e4c6a659e54f9b453417 (GPL-3.0)
-- Sources (each a separate SQLite file on the device):
--   lib/database/database.drift (db.sqlite), editor_db.drift, notifications_db.drift, onboarding_metrics_db.drift,
--   settings_db.drift; lib/database/sync_db_tables.dart + sync_db.dart (sync.sqlite: Drift table classes and the
--   raw CREATE TABLE of sync_sequence_watermarks); lib/features/agents/database/agent_database.drift;
--   lib/features/ai/database/ai_config_db.drift; lib/features/ai_consumption/database/consumption_database.drift;
--   lib/features/daily_os_next/database/day_processing_db.drift.
-- Written as MySQL: TEXT kept, but VARCHAR(255) where the column is a primary or unique key or has a string default
-- (journal.category, inbound_event_queue.status), and LONGTEXT for the JSON payloads and long free texts; DATETIME kept;
-- BOOLEAN → TINYINT(1); INTEGER → BIGINT (SQLite integers are 64-bit); REAL → DOUBLE. Drift table classes use the
-- column names Drift generates (snake_case or .named()). The FTS5 virtual table journal_fts and all plain and partial
-- indexes are left out; primary, unique and foreign keys kept.

-- db.sqlite (lib/database/database.drift)
CREATE TABLE journal (
  id VARCHAR(255) NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  date_from DATETIME NOT NULL,
  date_to DATETIME NOT NULL,
  deleted TINYINT(1) NOT NULL DEFAULT 0,
  starred TINYINT(1) NOT NULL DEFAULT 0,
  private TINYINT(1) NOT NULL DEFAULT 0,
  task TINYINT(1) NOT NULL DEFAULT 0,
  task_status TEXT,
  task_priority TEXT,
  task_priority_rank BIGINT,
  flag BIGINT NOT NULL DEFAULT 0,
  type TEXT NOT NULL,
  subtype TEXT,
  serialized LONGTEXT NOT NULL,
  schema_version BIGINT NOT NULL DEFAULT 0,
  plain_text LONGTEXT,
  latitude DOUBLE,
  longitude DOUBLE,
  geohash_string TEXT,
  geohash_int BIGINT,
  category VARCHAR(255) NOT NULL DEFAULT '',
  project_id TEXT,
  day_id TEXT,
  recording_session_id TEXT,
  due_at DATETIME,
  PRIMARY KEY (id)
);

CREATE TABLE conflicts (
  id VARCHAR(255) NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  serialized LONGTEXT NOT NULL,
  schema_version BIGINT NOT NULL DEFAULT 0,
  status BIGINT NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE measurable_types (
  id VARCHAR(255) NOT NULL,
  unique_name VARCHAR(255) NOT NULL UNIQUE,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  deleted TINYINT(1) NOT NULL DEFAULT 0,
  private TINYINT(1) NOT NULL DEFAULT 0,
  serialized LONGTEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  status BIGINT NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE habit_definitions (
  id VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL UNIQUE,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  deleted TINYINT(1) NOT NULL DEFAULT 0,
  private TINYINT(1) NOT NULL DEFAULT 0,
  serialized LONGTEXT NOT NULL,
  active TINYINT(1) NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE category_definitions (
  id VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL UNIQUE,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  deleted TINYINT(1) NOT NULL DEFAULT 0,
  private TINYINT(1) NOT NULL DEFAULT 0,
  serialized LONGTEXT NOT NULL,
  active TINYINT(1) NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE label_definitions (
  id VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL UNIQUE,
  color TEXT NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  deleted TINYINT(1) NOT NULL DEFAULT 0,
  private TINYINT(1) NOT NULL DEFAULT 0,
  serialized LONGTEXT NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE dashboard_definitions (
  id VARCHAR(255) NOT NULL,
  name TEXT NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  last_reviewed DATETIME NOT NULL,
  deleted TINYINT(1) NOT NULL DEFAULT 0,
  private TINYINT(1) NOT NULL DEFAULT 0,
  serialized LONGTEXT NOT NULL,
  active TINYINT(1) NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE config_flags (
  name VARCHAR(255) NOT NULL UNIQUE,
  description VARCHAR(255) NOT NULL UNIQUE,
  status TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (name)
);

CREATE TABLE labeled (
  id VARCHAR(255) NOT NULL UNIQUE,
  journal_id VARCHAR(255) NOT NULL,
  label_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (journal_id) REFERENCES journal (id) ON DELETE CASCADE,
  FOREIGN KEY (label_id) REFERENCES label_definitions (id) ON DELETE CASCADE,
  UNIQUE (journal_id, label_id)
);

CREATE TABLE linked_entries (
  id VARCHAR(255) NOT NULL UNIQUE,
  from_id VARCHAR(255) NOT NULL,
  to_id VARCHAR(255) NOT NULL,
  type VARCHAR(255) NOT NULL,
  serialized LONGTEXT NOT NULL,
  hidden TINYINT(1) DEFAULT 0,
  created_at DATETIME,
  updated_at DATETIME,
  PRIMARY KEY (id),
  UNIQUE (from_id, to_id, type)
);

-- editor_db.sqlite (lib/database/editor_db.drift)
CREATE TABLE editor_drafts (
  id VARCHAR(255) NOT NULL,
  entry_id TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at DATETIME NOT NULL,
  last_saved DATETIME NOT NULL,
  delta LONGTEXT NOT NULL,
  PRIMARY KEY (id)
);

-- notifications.sqlite (lib/database/notifications_db.drift)
CREATE TABLE notifications (
  id VARCHAR(255) NOT NULL PRIMARY KEY,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  scheduled_for DATETIME NOT NULL,
  seen_at DATETIME,
  acted_on_at DATETIME,
  deleted_at DATETIME,
  linked_entity_id TEXT,
  type TEXT NOT NULL,
  category TEXT,
  vector_clock TEXT NOT NULL,
  originating_host_id TEXT NOT NULL,
  serialized LONGTEXT NOT NULL
);

-- onboarding metrics (lib/database/onboarding_metrics_db.drift)
CREATE TABLE onboarding_events (
  id VARCHAR(255) NOT NULL,
  event_name TEXT NOT NULL,
  created_at DATETIME NOT NULL,
  day_bucket BIGINT NOT NULL,
  platform TEXT,
  provider TEXT,
  reason TEXT,
  value_bucket BIGINT,
  PRIMARY KEY (id)
);

-- settings.sqlite (lib/database/settings_db.drift)
CREATE TABLE settings (
  config_key VARCHAR(255) NOT NULL UNIQUE,
  value LONGTEXT NOT NULL,
  updated_at DATETIME NOT NULL,
  PRIMARY KEY (config_key)
);

-- sync.sqlite (lib/database/sync_db_tables.dart, lib/database/sync_db.dart)
CREATE TABLE outbox (
  id BIGINT NOT NULL AUTO_INCREMENT,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  status BIGINT NOT NULL DEFAULT 0,
  retries BIGINT NOT NULL DEFAULT 0,
  message LONGTEXT NOT NULL,
  subject TEXT NOT NULL,
  file_path TEXT,
  outbox_entry_id TEXT,
  payload_size BIGINT,
  priority BIGINT NOT NULL DEFAULT 2,
  PRIMARY KEY (id)
);

CREATE TABLE sync_sequence_log (
  host_id VARCHAR(255) NOT NULL,
  counter BIGINT NOT NULL,
  entry_id TEXT,
  payload_type BIGINT NOT NULL DEFAULT 0,
  originating_host_id TEXT,
  status BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  request_count BIGINT NOT NULL DEFAULT 0,
  last_requested_at DATETIME,
  json_path TEXT,
  PRIMARY KEY (host_id, counter)
);

CREATE TABLE host_activity (
  host_id VARCHAR(255) NOT NULL,
  last_seen_at DATETIME NOT NULL,
  PRIMARY KEY (host_id)
);

CREATE TABLE inbound_event_queue (
  queue_id BIGINT NOT NULL AUTO_INCREMENT,
  event_id VARCHAR(255) NOT NULL UNIQUE,
  room_id TEXT NOT NULL,
  origin_ts BIGINT NOT NULL,
  producer TEXT NOT NULL,
  raw_json LONGTEXT NOT NULL,
  enqueued_at BIGINT NOT NULL,
  attempts BIGINT NOT NULL DEFAULT 0,
  next_due_at BIGINT NOT NULL DEFAULT 0,
  lease_until BIGINT NOT NULL DEFAULT 0,
  status VARCHAR(255) NOT NULL DEFAULT 'enqueued',
  committed_at BIGINT,
  abandoned_at BIGINT,
  last_error_reason TEXT,
  resurrection_count BIGINT NOT NULL DEFAULT 0,
  json_path TEXT,
  PRIMARY KEY (queue_id)
);

CREATE TABLE queue_markers (
  room_id VARCHAR(255) NOT NULL,
  last_applied_event_id TEXT,
  last_applied_ts BIGINT NOT NULL DEFAULT 0,
  last_applied_commit_seq BIGINT NOT NULL DEFAULT 0,
  resume_floor_ts BIGINT,
  PRIMARY KEY (room_id)
);

CREATE TABLE onboarding_sync_rounds (
  round_id VARCHAR(255) NOT NULL,
  direction TEXT NOT NULL,
  state TEXT NOT NULL,
  sender_host_id TEXT NOT NULL,
  sender_user_id TEXT,
  sender_device_id TEXT,
  recipient_host_id TEXT,
  recipient_user_id TEXT NOT NULL,
  recipient_device_id TEXT NOT NULL,
  coverage_upper_bounds_json LONGTEXT NOT NULL,
  started_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  expires_at DATETIME NOT NULL,
  PRIMARY KEY (round_id)
);

CREATE TABLE sync_sequence_watermarks (
  host_id VARCHAR(255) NOT NULL PRIMARY KEY,
  last_counter BIGINT NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL
);

-- agent database (lib/features/agents/database/agent_database.drift)
CREATE TABLE agent_entities (
  id VARCHAR(255) NOT NULL PRIMARY KEY,
  agent_id TEXT NOT NULL,
  type TEXT NOT NULL,
  subtype TEXT,
  thread_id TEXT,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  deleted_at DATETIME,
  serialized LONGTEXT NOT NULL,
  schema_version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE agent_links (
  id VARCHAR(255) NOT NULL PRIMARY KEY,
  from_id TEXT NOT NULL,
  to_id TEXT NOT NULL,
  type TEXT NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  deleted_at DATETIME,
  serialized LONGTEXT NOT NULL,
  schema_version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE attention_claim_index (
  request_id VARCHAR(255) NOT NULL PRIMARY KEY,
  agent_id TEXT NOT NULL,
  status TEXT NOT NULL,
  scope_kind TEXT NOT NULL,
  visibility_start DATETIME NOT NULL,
  visibility_end DATETIME NOT NULL,
  deadline DATETIME,
  next_review_at DATETIME,
  target_id TEXT,
  target_kind TEXT,
  updated_at DATETIME NOT NULL,
  deleted_at DATETIME
);

CREATE TABLE standing_agreement_index (
  agreement_id VARCHAR(255) NOT NULL PRIMARY KEY,
  agent_id TEXT NOT NULL,
  status TEXT NOT NULL,
  scope TEXT NOT NULL,
  cadence TEXT NOT NULL,
  approval_mode TEXT NOT NULL,
  enforcement TEXT NOT NULL,
  active_from DATETIME NOT NULL,
  active_until DATETIME NOT NULL,
  priority BIGINT NOT NULL,
  target_id TEXT,
  target_kind TEXT,
  updated_at DATETIME NOT NULL,
  deleted_at DATETIME
);

CREATE TABLE wake_run_log (
  run_key VARCHAR(255) NOT NULL PRIMARY KEY,
  agent_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  reason_id TEXT,
  thread_id TEXT NOT NULL,
  status TEXT NOT NULL,
  logical_change_key TEXT,
  created_at DATETIME NOT NULL,
  started_at DATETIME,
  completed_at DATETIME,
  error_message TEXT,
  template_id TEXT,
  template_version_id TEXT,
  resolved_model_id TEXT,
  soul_id TEXT,
  soul_version_id TEXT,
  user_rating DOUBLE,
  rated_at DATETIME
);

CREATE TABLE saga_log (
  operation_id VARCHAR(255) NOT NULL PRIMARY KEY,
  agent_id TEXT NOT NULL,
  run_key TEXT NOT NULL,
  phase TEXT NOT NULL,
  status TEXT NOT NULL,
  tool_name TEXT NOT NULL,
  last_error TEXT,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL
);

-- AI provider configuration (lib/features/ai/database/ai_config_db.drift)
CREATE TABLE ai_configs (
  id VARCHAR(255) NOT NULL PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  serialized LONGTEXT NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME
);

-- AI consumption (lib/features/ai_consumption/database/consumption_database.drift)
CREATE TABLE consumption_events (
  id VARCHAR(255) NOT NULL PRIMARY KEY,
  parent_id TEXT,
  created_at DATETIME NOT NULL,
  attribution_id TEXT,
  task_id TEXT,
  category_id TEXT,
  entry_id TEXT,
  agent_id TEXT,
  wake_run_key TEXT,
  thread_id TEXT,
  turn_index BIGINT,
  prompt_id TEXT,
  skill_id TEXT,
  config_id TEXT,
  provider_type TEXT NOT NULL,
  model_id TEXT,
  provider_model_id TEXT,
  response_type TEXT NOT NULL,
  duration_ms BIGINT,
  input_tokens BIGINT,
  output_tokens BIGINT,
  cached_input_tokens BIGINT,
  thoughts_tokens BIGINT,
  total_tokens BIGINT,
  credits DOUBLE,
  energy_kwh DOUBLE,
  carbon_g_co2 DOUBLE,
  water_liters DOUBLE,
  renewable_percent DOUBLE,
  pue DOUBLE,
  data_center TEXT,
  upstream_provider_id TEXT,
  serialized LONGTEXT NOT NULL,
  schema_version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE ai_work_attributions (
  id VARCHAR(255) NOT NULL PRIMARY KEY,
  work_type TEXT NOT NULL,
  status TEXT NOT NULL,
  initiator_type TEXT NOT NULL,
  initiator_id TEXT NOT NULL,
  initiator_display_name TEXT NOT NULL,
  trigger_type TEXT NOT NULL,
  started_at DATETIME NOT NULL,
  completed_at DATETIME NOT NULL,
  parent_attribution_id TEXT,
  task_id TEXT,
  category_id TEXT,
  primary_output_type TEXT,
  primary_output_id TEXT,
  primary_output_sub_id TEXT,
  serialized LONGTEXT NOT NULL,
  schema_version BIGINT NOT NULL DEFAULT 1
);

-- Daily OS day processing (lib/features/daily_os_next/database/day_processing_db.drift)
CREATE TABLE day_processing_jobs (
  id VARCHAR(255) NOT NULL PRIMARY KEY,
  status TEXT NOT NULL,
  kind TEXT NOT NULL,
  day_id TEXT NOT NULL,
  payload LONGTEXT NOT NULL,
  run_keys TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  requested_at BIGINT NOT NULL,
  next_attempt_at BIGINT NOT NULL,
  attempts BIGINT NOT NULL DEFAULT 0,
  generation BIGINT NOT NULL DEFAULT 0,
  claim_token TEXT,
  lease_until BIGINT,
  retry_not_before BIGINT,
  last_failure_class TEXT,
  last_error TEXT,
  result_transcript LONGTEXT,
  result_entity_id TEXT,
  completed_at BIGINT
);

CREATE TABLE day_processing_migrations (
  migration_key VARCHAR(255) NOT NULL PRIMARY KEY,
  completed_at BIGINT NOT NULL
);
