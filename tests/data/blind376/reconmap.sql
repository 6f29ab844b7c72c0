-- Reconmap (pentesting management, automation and reporting platform; Netfoe), github.com/reconmap/reconmap
-- infra/docker/postgres/initdb/sql/01-schema.sql at commit ef2c0ef988f453254bb0b243f5f8774a6adf7311 (Apache-2.0),
-- PostgreSQL DDL written as MySQL/MariaDB: SERIAL -> INT AUTO_INCREMENT, TIMESTAMPTZ -> DATETIME, JSONB -> JSON,
-- BYTEA -> BLOB, BOOLEAN kept (tinyint(1)), "user" -> `user`, the generated full_name as a STORED generated column
-- with CONCAT. Columns, order, keys and defaults as upstream; the three views, functions and triggers left out.

-- 1. user
CREATE TABLE `user`
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    last_login_ts DATETIME NULL,
    subject_id VARCHAR(40) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    email VARCHAR(200) NOT NULL,
    role VARCHAR(20) NULL,
    username VARCHAR(80) NOT NULL UNIQUE,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    full_name VARCHAR(210) GENERATED ALWAYS AS (CONCAT(first_name, ' ', last_name)) STORED,
    short_bio VARCHAR(1000) NULL,
    timezone VARCHAR(200) NOT NULL DEFAULT 'UTC',
    mfa_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    preferences JSON NULL
);

-- 2. attachment
CREATE TABLE attachment
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    created_by_uid INT NOT NULL,
    updated_at DATETIME NULL,
    parent_type VARCHAR(20) NOT NULL,
    parent_id INT NOT NULL,
    client_file_name VARCHAR(200) NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    file_size INT NOT NULL,
    file_mimetype VARCHAR(200) NULL,
    file_hash VARCHAR(128) NOT NULL,
    FOREIGN KEY (created_by_uid) REFERENCES `user` (id) ON DELETE NO ACTION
);

-- 3. organisation
CREATE TABLE organisation
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    created_by_uid INT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    name VARCHAR(80) NOT NULL UNIQUE,
    address VARCHAR(400) NULL,
    url VARCHAR(255) NULL,
    logo_attachment_id INT NULL,
    small_logo_attachment_id INT NULL,
    FOREIGN KEY (created_by_uid) REFERENCES `user` (id) ON DELETE NO ACTION,
    FOREIGN KEY (logo_attachment_id) REFERENCES attachment (id) ON DELETE SET NULL,
    FOREIGN KEY (small_logo_attachment_id) REFERENCES attachment (id) ON DELETE SET NULL
);

-- 4. project_category
CREATE TABLE project_category
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL UNIQUE,
    description VARCHAR(2000) NULL
);

-- 5. project
CREATE TABLE project
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    created_by_uid INT NOT NULL,
    service_provider_id INT NULL,
    client_id INT NULL,
    category_id INT NULL,
    is_template BOOLEAN NOT NULL DEFAULT FALSE,
    visibility VARCHAR(20) NOT NULL DEFAULT 'public',
    name VARCHAR(200) NOT NULL UNIQUE,
    description VARCHAR(2000) NULL,
    engagement_start_date DATE,
    engagement_end_date DATE,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    archived_at DATETIME NULL,
    external_id VARCHAR(40) NULL,
    FOREIGN KEY (created_by_uid) REFERENCES `user` (id) ON DELETE NO ACTION,
    CONSTRAINT project_fk_client_id FOREIGN KEY (client_id) REFERENCES organisation (id) ON DELETE SET NULL,
    CONSTRAINT project_fk_category_id FOREIGN KEY (category_id) REFERENCES project_category (id) ON DELETE SET NULL
);

-- 6. contact
CREATE TABLE contact
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id INT NOT NULL,
    kind VARCHAR(20) NOT NULL DEFAULT 'general',
    name VARCHAR(200) NOT NULL,
    email VARCHAR(200) NOT NULL,
    phone VARCHAR(200) NULL,
    role VARCHAR(200) NULL,
    FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
);

-- 7. webhook
CREATE TABLE webhook
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    name VARCHAR(200) NOT NULL,
    url VARCHAR(512) NOT NULL,
    secret VARCHAR(100) NULL,
    is_enabled BOOLEAN NOT NULL DEFAULT TRUE,
    events VARCHAR(512) NOT NULL
);

-- 8. jira_integration
CREATE TABLE jira_integration
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    name VARCHAR(200) NOT NULL,
    url VARCHAR(512) NOT NULL,
    email VARCHAR(200) NOT NULL,
    api_token VARCHAR(512) NOT NULL,
    project_key VARCHAR(50) NOT NULL,
    is_enabled BOOLEAN NOT NULL DEFAULT TRUE
);

-- 9. azure_devops_integration
CREATE TABLE azure_devops_integration
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    name VARCHAR(200) NOT NULL,
    url VARCHAR(512) NOT NULL,
    project_name VARCHAR(200) NOT NULL,
    personal_access_token VARCHAR(512) NOT NULL,
    is_enabled BOOLEAN NOT NULL DEFAULT TRUE
);

-- 10. audit_log
CREATE TABLE audit_log
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    created_by_uid INT NULL,
    user_agent VARCHAR(250) NULL,
    client_ip BLOB NOT NULL,
    action VARCHAR(200) NOT NULL,
    object VARCHAR(200) NOT NULL,
    context JSON NULL,
    CONSTRAINT audit_log_fk_user_id FOREIGN KEY (created_by_uid) REFERENCES `user` (id) ON DELETE CASCADE
);

-- 11. vault
CREATE TABLE vault
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    owner_uid INT NOT NULL,
    project_id INT NULL,
    type VARCHAR(20) NOT NULL,
    name VARCHAR(200) NOT NULL,
    value BLOB NOT NULL,
    url VARCHAR(300) NULL,
    expiration_date DATE NULL,
    iv BLOB NOT NULL,
    tag BLOB NOT NULL,
    note VARCHAR(1000) NULL,
    UNIQUE (project_id, name),
    FOREIGN KEY (owner_uid) REFERENCES `user` (id) ON DELETE CASCADE,
    FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);

-- 12. project_user
CREATE TABLE project_user
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    project_id INT NOT NULL,
    user_id INT NOT NULL,
    UNIQUE (project_id, user_id),
    FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE
);

-- 13. asset
CREATE TABLE asset
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    parent_id INT NULL,
    project_id INT NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    name VARCHAR(200) NOT NULL,
    type VARCHAR(20),
    tags JSON NULL,
    UNIQUE (project_id, name),
    FOREIGN KEY (parent_id) REFERENCES asset (id) ON DELETE CASCADE,
    FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);

-- 14. vulnerability_category
CREATE TABLE vulnerability_category
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    parent_id INT NULL,
    name VARCHAR(200) NOT NULL UNIQUE,
    description VARCHAR(2000) NULL,
    FOREIGN KEY (parent_id) REFERENCES vulnerability_category (id) ON DELETE CASCADE
);

-- 15. vulnerability
CREATE TABLE vulnerability
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    created_by_uid INT NOT NULL,
    is_template BOOLEAN NOT NULL DEFAULT FALSE,
    external_id VARCHAR(50) NULL,
    project_id INT NULL,
    asset_id INT NULL,
    category_id INT NULL,
    summary VARCHAR(500) NOT NULL,
    description TEXT NULL,
    external_refs TEXT NULL,
    visibility VARCHAR(20) NOT NULL DEFAULT 'public',
    risk VARCHAR(20) NOT NULL,
    proof_of_concept TEXT NULL,
    impact TEXT NULL,
    remediation TEXT NULL,
    remediation_complexity VARCHAR(20) NULL,
    remediation_priority VARCHAR(20) NULL,
    cvss_vector VARCHAR(150) NULL,
    cvss_score DECIMAL(3, 1) NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'open',
    substatus VARCHAR(20) NULL DEFAULT 'reported',
    tags JSON NULL,
    custom_fields JSON NULL,
    ai_triage TEXT NULL,
    UNIQUE (project_id, asset_id, summary),
    FOREIGN KEY (created_by_uid) REFERENCES `user` (id) ON DELETE NO ACTION,
    CONSTRAINT vulnerability_fk_project_id FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE SET NULL,
    FOREIGN KEY (category_id) REFERENCES vulnerability_category (id) ON DELETE SET NULL
);

-- 16. task
CREATE TABLE task
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id INT NOT NULL,
    created_by_uid INT NOT NULL,
    assigned_to_uid INT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    priority VARCHAR(20) NOT NULL,
    summary VARCHAR(200) NOT NULL,
    description VARCHAR(2000) NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'todo',
    duration_estimate SMALLINT NULL,
    due_date DATE NULL,
    FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    FOREIGN KEY (created_by_uid) REFERENCES `user` (id) ON DELETE NO ACTION,
    FOREIGN KEY (assigned_to_uid) REFERENCES `user` (id) ON DELETE SET NULL
);

-- 17. command_schedule
CREATE TABLE command_schedule
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_by_uid INT NOT NULL,
    project_id INT DEFAULT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    command_id VARCHAR(100) NULL,
    command_usage_id VARCHAR(100) NULL,
    argument_values VARCHAR(1000) NULL,
    cron_expression VARCHAR(60) NOT NULL,
    FOREIGN KEY (project_id) REFERENCES project(id) ON DELETE SET NULL
);

-- 18. report
CREATE TABLE report
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id INT NULL,
    created_by_uid INT NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    is_template BOOLEAN NOT NULL DEFAULT FALSE,
    version_name VARCHAR(50) NOT NULL,
    version_description VARCHAR(300) NOT NULL,
    FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    FOREIGN KEY (created_by_uid) REFERENCES `user` (id) ON DELETE NO ACTION
);

-- 19. custom_field
CREATE TABLE custom_field
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    parent_type VARCHAR(50) NOT NULL,
    name VARCHAR(100) NOT NULL,
    label VARCHAR(100) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    config JSON NOT NULL,
    UNIQUE (parent_type, name)
);

-- 20. mail_settings
CREATE TABLE mail_settings
(
    id INTEGER NOT NULL PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL DEFAULT NULL,
    smtp_host VARCHAR(255) NULL,
    smtp_port INTEGER NULL,
    smtp_username VARCHAR(255) NULL,
    smtp_password TEXT NULL,
    smtp_from_email VARCHAR(255) NULL,
    smtp_from_name VARCHAR(255) NULL,
    smtp_use_ssl BOOLEAN NOT NULL DEFAULT TRUE,
    imap_host VARCHAR(255) NULL,
    imap_port INTEGER NULL,
    imap_username VARCHAR(255) NULL,
    imap_password TEXT NULL,
    imap_use_ssl BOOLEAN NOT NULL DEFAULT TRUE
);

-- 21. ai_settings
CREATE TABLE ai_settings
(
    id INTEGER NOT NULL PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL DEFAULT NULL,
    provider VARCHAR(50) NOT NULL DEFAULT 'Ollama',
    max_output_tokens INTEGER NOT NULL DEFAULT 4000,
    ollama_base_url VARCHAR(255) NULL,
    ollama_model VARCHAR(255) NULL,
    azure_openai_endpoint VARCHAR(255) NULL,
    azure_openai_api_key TEXT NULL,
    azure_openai_deployment VARCHAR(255) NULL,
    openrouter_api_key TEXT NULL,
    openrouter_model VARCHAR(255) NULL
);

-- 23. note
CREATE TABLE note
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    created_by_uid INT NOT NULL,
    parent_type VARCHAR(20) NOT NULL,
    parent_id INT NOT NULL,
    visibility VARCHAR(20) NOT NULL DEFAULT 'private',
    content TEXT NOT NULL,
    FOREIGN KEY (created_by_uid) REFERENCES `user` (id) ON DELETE NO ACTION
);

-- 24. notification
CREATE TABLE notification
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NULL,
    to_user_id INT NOT NULL,
    title VARCHAR(200) NULL,
    content VARCHAR(4000) NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'unread',
    FOREIGN KEY (to_user_id) REFERENCES `user` (id) ON DELETE CASCADE
);

-- 25. agent
CREATE TABLE agent
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    client_id VARCHAR(100) NOT NULL,
    last_boot_at DATETIME NULL,
    last_ping_at DATETIME NULL,
    active BOOLEAN NOT NULL DEFAULT FALSE,
    version VARCHAR(100) NULL,
    hostname VARCHAR(100) NULL,
    arch VARCHAR(100) NULL,
    cpu VARCHAR(100) NULL,
    memory VARCHAR(100) NULL,
    os VARCHAR(100) NULL,
    ip VARCHAR(100) NULL,
    listen_addr VARCHAR(100) NULL
);

-- 26. user_api_token
CREATE TABLE user_api_token
(
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id INT NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at DATETIME NOT NULL,
    name VARCHAR(100) NOT NULL,
    token VARCHAR(128) NOT NULL UNIQUE,
    scope VARCHAR(20) NOT NULL DEFAULT 'full',
    FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE
);
