-- CodeChecker server (Ericsson; static-analysis result server for Clang Static Analyzer, Clang-Tidy, Cppcheck,
--   GCC analyzer, Infer and other analyzers; Python / SQLAlchemy on PostgreSQL or SQLite)
-- Source: github.com/Ericsson/codechecker, commit 91350fda1d9b2af109b21b02f6856f6174ff2519 (Apache-2.0 WITH
--   LLVM-exception): the SQLAlchemy models web/server/codechecker_server/database/config_db_model.py (the server's
--   configuration database: products, permissions, sessions, tokens, background tasks) and run_db_model.py (the
--   database of each product: runs, reports, review statuses, comments, files, source components, cleanup plans).
--   Both are kept in one file (their table names do not overlap).
-- Written as MySQL DDL by compiling the models with SQLAlchemy 2.x's MySQL dialect (CreateTable per table, in
--   dependency order): String without a length -> VARCHAR(255) where the column is in a key, TEXT otherwise;
--   LargeBinary -> BLOB; Enum -> ENUM; constraint names from the models' naming convention. The PostgreSQL-only
--   DEFERRABLE clauses were removed; plain (non-unique) indexes left out. All 33 tables kept.

-- [config] auth_sessions
CREATE TABLE auth_sessions (
  id INTEGER NOT NULL AUTO_INCREMENT,
  user_name TEXT,
  token CHAR(32) NOT NULL,
  `groups` TEXT,
  last_access DATETIME NOT NULL,
  description TEXT,
  CONSTRAINT pk_auth_sessions PRIMARY KEY (id),
  CONSTRAINT uq_auth_sessions_token UNIQUE (token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [config] oauth_sessions
CREATE TABLE oauth_sessions (
  id INTEGER NOT NULL AUTO_INCREMENT,
  provider TEXT NOT NULL,
  state TEXT NOT NULL,
  code_verifier TEXT NOT NULL,
  expires_at DATETIME,
  CONSTRAINT pk_oauth_sessions PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [config] permissions_system
CREATE TABLE permissions_system (
  id INTEGER NOT NULL AUTO_INCREMENT,
  permission ENUM('SUPERUSER','PERMISSION_VIEW'),
  name TEXT NOT NULL,
  is_group BOOL NOT NULL,
  CONSTRAINT pk_permissions_system PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [config] personal_access_tokens
CREATE TABLE personal_access_tokens (
  id INTEGER NOT NULL AUTO_INCREMENT,
  user_name VARCHAR(255),
  token_name VARCHAR(255),
  token CHAR(32) NOT NULL,
  description TEXT,
  `groups` TEXT,
  creation_date DATETIME NOT NULL,
  last_access DATETIME NOT NULL,
  expiration DATETIME,
  CONSTRAINT pk_personal_access_tokens PRIMARY KEY (id),
  CONSTRAINT uq_personal_access_tokens_user_name UNIQUE (user_name, token_name),
  CONSTRAINT uq_personal_access_tokens_token UNIQUE (token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [config] products
CREATE TABLE products (
  id INTEGER NOT NULL AUTO_INCREMENT,
  endpoint VARCHAR(255) NOT NULL,
  connection TEXT NOT NULL,
  display_name TEXT NOT NULL,
  description TEXT,
  run_limit INTEGER,
  report_limit INTEGER NOT NULL DEFAULT '500000',
  num_of_runs INTEGER DEFAULT '0',
  latest_storage_date DATETIME,
  is_review_status_change_disabled BOOL DEFAULT false,
  confidentiality TEXT,
  CONSTRAINT pk_products PRIMARY KEY (id),
  CONSTRAINT uq_products_endpoint UNIQUE (endpoint)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [config] server_configurations
CREATE TABLE server_configurations (
  id INTEGER NOT NULL AUTO_INCREMENT,
  config_key TEXT NOT NULL,
  config_value TEXT,
  CONSTRAINT pk_server_configurations PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [config] background_tasks
CREATE TABLE background_tasks (
  machine_id VARCHAR(255),
  token CHAR(64) NOT NULL,
  kind VARCHAR(255) NOT NULL,
  status ENUM('allocated','enqueued','running','completed','failed','cancelled','dropped') NOT NULL,
  product_id INTEGER,
  username TEXT,
  summary TEXT NOT NULL,
  comments TEXT,
  enqueued_at DATETIME,
  started_at DATETIME,
  finished_at DATETIME,
  last_seen_at DATETIME,
  consumed BOOL NOT NULL DEFAULT false,
  cancel_flag BOOL NOT NULL DEFAULT false,
  CONSTRAINT pk_background_tasks PRIMARY KEY (token),
  CONSTRAINT fk_background_tasks_product_id_products FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [config] oauth_tokens
CREATE TABLE oauth_tokens (
  id INTEGER NOT NULL AUTO_INCREMENT,
  access_token TEXT NOT NULL,
  expires_at DATETIME,
  refresh_token TEXT NOT NULL,
  auth_session_id INTEGER NOT NULL,
  CONSTRAINT pk_oauth_tokens PRIMARY KEY (id),
  CONSTRAINT fk_oauth_tokens_auth_session_id_auth_sessions FOREIGN KEY(auth_session_id) REFERENCES auth_sessions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [config] permissions_product
CREATE TABLE permissions_product (
  id INTEGER NOT NULL AUTO_INCREMENT,
  permission ENUM('PRODUCT_ADMIN','PRODUCT_ACCESS','PRODUCT_STORE','PRODUCT_VIEW'),
  product_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  is_group BOOL NOT NULL,
  CONSTRAINT pk_permissions_product PRIMARY KEY (id),
  CONSTRAINT fk_permissions_product_product_id_products FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] checker_set
CREATE TABLE checker_set (
  id INTEGER NOT NULL AUTO_INCREMENT,
  hash_digest VARCHAR(255) NOT NULL,
  CONSTRAINT pk_checker_set PRIMARY KEY (id),
  CONSTRAINT uq_checker_set_hash_digest UNIQUE (hash_digest)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] checkers
CREATE TABLE checkers (
  id INTEGER NOT NULL AUTO_INCREMENT,
  analyzer_name VARCHAR(255),
  checker_name VARCHAR(255),
  severity INTEGER,
  CONSTRAINT pk_checkers PRIMARY KEY (id),
  CONSTRAINT uq_checkers_analyzer_name UNIQUE (analyzer_name, checker_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] cleanup_plans
CREATE TABLE cleanup_plans (
  id INTEGER NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NOT NULL,
  due_date DATETIME,
  description TEXT,
  closed_at DATETIME,
  CONSTRAINT pk_cleanup_plans PRIMARY KEY (id),
  CONSTRAINT uq_cleanup_plans_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] comments
CREATE TABLE comments (
  id INTEGER NOT NULL AUTO_INCREMENT,
  bug_hash VARCHAR(255) NOT NULL,
  author TEXT NOT NULL,
  message BLOB NOT NULL,
  kind INTEGER NOT NULL DEFAULT '0',
  created_at DATETIME NOT NULL,
  CONSTRAINT pk_comments PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] file_contents
CREATE TABLE file_contents (
  content_hash VARCHAR(255) NOT NULL,
  content BLOB,
  blame_info BLOB,
  CONSTRAINT pk_file_contents PRIMARY KEY (content_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] filter_presets
CREATE TABLE filter_presets (
  id INTEGER NOT NULL AUTO_INCREMENT,
  preset_name VARCHAR(100) NOT NULL,
  report_filter JSON NOT NULL,
  CONSTRAINT pk_filter_presets PRIMARY KEY (id),
  CONSTRAINT uq_filter_presets_preset_name UNIQUE (preset_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] review_statuses
CREATE TABLE review_statuses (
  bug_hash VARCHAR(255) NOT NULL,
  status ENUM('unreviewed','confirmed','false_positive','intentional') NOT NULL,
  author TEXT NOT NULL,
  message BLOB NOT NULL,
  date DATETIME NOT NULL,
  CONSTRAINT pk_review_statuses PRIMARY KEY (bug_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] run_locks
CREATE TABLE run_locks (
  name VARCHAR(255) NOT NULL,
  locked_at DATETIME NOT NULL,
  username TEXT,
  CONSTRAINT pk_run_locks PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] runs
CREATE TABLE runs (
  id INTEGER NOT NULL AUTO_INCREMENT,
  date DATETIME,
  duration INTEGER,
  name VARCHAR(255),
  version TEXT,
  can_delete BOOL NOT NULL DEFAULT true,
  CONSTRAINT pk_runs PRIMARY KEY (id),
  CONSTRAINT uq_runs_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] source_components
CREATE TABLE source_components (
  name VARCHAR(255) NOT NULL,
  value BLOB NOT NULL,
  description TEXT,
  username TEXT,
  CONSTRAINT pk_source_components PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] analysis_info
CREATE TABLE analysis_info (
  id INTEGER NOT NULL AUTO_INCREMENT,
  analyzer_command BLOB,
  checker_set_id INTEGER,
  CONSTRAINT pk_analysis_info PRIMARY KEY (id),
  CONSTRAINT fk_analysis_info_checker_set_id_checker_set FOREIGN KEY(checker_set_id) REFERENCES checker_set (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] checker_set_items
CREATE TABLE checker_set_items (
  checker_set_id INTEGER NOT NULL,
  checker_id INTEGER NOT NULL,
  enabled BOOL NOT NULL,
  CONSTRAINT pk_checker_set_items PRIMARY KEY (checker_set_id, checker_id),
  CONSTRAINT fk_checker_set_items_checker_set_id_checker_set FOREIGN KEY(checker_set_id) REFERENCES checker_set (id) ON DELETE CASCADE,
  CONSTRAINT fk_checker_set_items_checker_id_checkers FOREIGN KEY(checker_id) REFERENCES checkers (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] cleanup_plan_report_hashes
CREATE TABLE cleanup_plan_report_hashes (
  cleanup_plan_id INTEGER,
  bug_hash VARCHAR(255) NOT NULL,
  CONSTRAINT pk_cleanup_plan_report_hashes PRIMARY KEY (bug_hash),
  CONSTRAINT fk_cleanup_plan_report_hashes_cleanup_plan_id_cleanup_plans FOREIGN KEY(cleanup_plan_id) REFERENCES cleanup_plans (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] files
CREATE TABLE files (
  id INTEGER NOT NULL AUTO_INCREMENT,
  filepath VARCHAR(255) NOT NULL,
  filename TEXT NOT NULL,
  content_hash VARCHAR(255),
  remote_url TEXT,
  tracking_branch TEXT,
  CONSTRAINT pk_files PRIMARY KEY (id),
  CONSTRAINT uq_files_filepath UNIQUE (filepath, content_hash),
  CONSTRAINT fk_files_content_hash_file_contents FOREIGN KEY(content_hash) REFERENCES file_contents (content_hash) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] run_histories
CREATE TABLE run_histories (
  id INTEGER NOT NULL AUTO_INCREMENT,
  run_id INTEGER,
  version_tag VARCHAR(255),
  user TEXT NOT NULL,
  time DATETIME NOT NULL,
  cc_version TEXT,
  description TEXT,
  CONSTRAINT pk_run_histories PRIMARY KEY (id),
  CONSTRAINT uq_run_histories_run_id UNIQUE (run_id, version_tag),
  CONSTRAINT fk_run_histories_run_id_runs FOREIGN KEY(run_id) REFERENCES runs (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] analyzer_statistics
CREATE TABLE analyzer_statistics (
  id INTEGER NOT NULL AUTO_INCREMENT,
  run_history_id INTEGER,
  analyzer_type TEXT,
  version BLOB,
  successful INTEGER,
  failed INTEGER,
  failed_files BLOB,
  CONSTRAINT pk_analyzer_statistics PRIMARY KEY (id),
  CONSTRAINT fk_analyzer_statistics_run_history_id_run_histories FOREIGN KEY(run_history_id) REFERENCES run_histories (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] reports
CREATE TABLE reports (
  id BIGINT NOT NULL AUTO_INCREMENT,
  file_id INTEGER,
  run_id INTEGER,
  bug_id VARCHAR(255),
  checker_id INTEGER NOT NULL,
  line INTEGER,
  `column` INTEGER,
  path_length INTEGER,
  checker_message TEXT,
  detection_status ENUM('new','unresolved','resolved','reopened','off','unavailable'),
  review_status ENUM('unreviewed','confirmed','false_positive','intentional') NOT NULL DEFAULT 'unreviewed',
  review_status_author TEXT,
  review_status_message BLOB,
  review_status_date DATETIME,
  review_status_is_in_source BOOL NOT NULL DEFAULT false,
  detected_at DATETIME NOT NULL,
  fixed_at DATETIME,
  CONSTRAINT pk_reports PRIMARY KEY (id),
  CONSTRAINT fk_reports_file_id_files FOREIGN KEY(file_id) REFERENCES files (id) ON DELETE CASCADE,
  CONSTRAINT fk_reports_run_id_runs FOREIGN KEY(run_id) REFERENCES runs (id) ON DELETE CASCADE,
  CONSTRAINT fk_reports_checker_id_checkers FOREIGN KEY(checker_id) REFERENCES checkers (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] run_history_analysis_info
CREATE TABLE run_history_analysis_info (
  run_history_id INTEGER NOT NULL,
  analysis_info_id INTEGER NOT NULL,
  CONSTRAINT pk_run_history_analysis_info PRIMARY KEY (run_history_id, analysis_info_id),
  CONSTRAINT fk_run_history_analysis_info_run_history_id_run_histories FOREIGN KEY(run_history_id) REFERENCES run_histories (id) ON DELETE CASCADE,
  CONSTRAINT fk_run_history_analysis_info_analysis_info_id_analysis_info FOREIGN KEY(analysis_info_id) REFERENCES analysis_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] source_component_files
CREATE TABLE source_component_files (
  source_component_name VARCHAR(255) NOT NULL,
  file_id INTEGER NOT NULL,
  CONSTRAINT pk_source_component_files PRIMARY KEY (source_component_name, file_id),
  CONSTRAINT fk_source_component_files_source_component_name_source_c_e30b FOREIGN KEY(source_component_name) REFERENCES source_components (name) ON DELETE CASCADE,
  CONSTRAINT fk_source_component_files_file_id_files FOREIGN KEY(file_id) REFERENCES files (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] bug_path_events
CREATE TABLE bug_path_events (
  line_begin INTEGER,
  col_begin INTEGER,
  line_end INTEGER,
  col_end INTEGER,
  `order` INTEGER NOT NULL,
  msg TEXT,
  file_id INTEGER,
  report_id BIGINT NOT NULL,
  CONSTRAINT pk_bug_path_events PRIMARY KEY (`order`, report_id),
  CONSTRAINT fk_bug_path_events_file_id_files FOREIGN KEY(file_id) REFERENCES files (id) ON DELETE CASCADE,
  CONSTRAINT fk_bug_path_events_report_id_reports FOREIGN KEY(report_id) REFERENCES reports (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] bug_report_points
CREATE TABLE bug_report_points (
  line_begin INTEGER,
  col_begin INTEGER,
  line_end INTEGER,
  col_end INTEGER,
  `order` INTEGER NOT NULL,
  file_id INTEGER,
  report_id BIGINT NOT NULL,
  CONSTRAINT pk_bug_report_points PRIMARY KEY (`order`, report_id),
  CONSTRAINT fk_bug_report_points_file_id_files FOREIGN KEY(file_id) REFERENCES files (id) ON DELETE CASCADE,
  CONSTRAINT fk_bug_report_points_report_id_reports FOREIGN KEY(report_id) REFERENCES reports (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] extended_report_data
CREATE TABLE extended_report_data (
  id INTEGER NOT NULL AUTO_INCREMENT,
  report_id BIGINT,
  file_id INTEGER,
  type ENUM('note','macro','fixit'),
  line_begin INTEGER,
  col_begin INTEGER,
  line_end INTEGER,
  col_end INTEGER,
  message TEXT,
  CONSTRAINT pk_extended_report_data PRIMARY KEY (id),
  CONSTRAINT fk_extended_report_data_report_id_reports FOREIGN KEY(report_id) REFERENCES reports (id) ON DELETE CASCADE,
  CONSTRAINT fk_extended_report_data_file_id_files FOREIGN KEY(file_id) REFERENCES files (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] report_analysis_info
CREATE TABLE report_analysis_info (
  report_id BIGINT NOT NULL,
  analysis_info_id INTEGER NOT NULL,
  CONSTRAINT pk_report_analysis_info PRIMARY KEY (report_id, analysis_info_id),
  CONSTRAINT fk_report_analysis_info_report_id_reports FOREIGN KEY(report_id) REFERENCES reports (id) ON DELETE CASCADE,
  CONSTRAINT fk_report_analysis_info_analysis_info_id_analysis_info FOREIGN KEY(analysis_info_id) REFERENCES analysis_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- [run] report_annotations
CREATE TABLE report_annotations (
  report_id BIGINT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  value TEXT NOT NULL,
  CONSTRAINT pk_report_annotations PRIMARY KEY (report_id, `key`),
  CONSTRAINT fk_report_annotations_report_id_reports FOREIGN KEY(report_id) REFERENCES reports (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

