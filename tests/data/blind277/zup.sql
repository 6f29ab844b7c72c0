-- ZUP — Zeladoria Urbana Participativa (Instituto TIM): citizens' reports of urban problems and service requests to the
-- municipality, their handling by municipal staff, and the city's asset inventory (Brazilian municipalities; Portuguese UI)
-- Upstream: github.com/institutotim/zup-api db/structure.sql (Rails PostgreSQL dump), read at commit
-- 3d40d816b03095d0dc9fccc4fcaf420962dd43bb (file last changed in e3f7d00bca75c9f77c0d13d25997121445dd925f), AGPL-3.0
-- PostgreSQL written as MySQL by a small script: integer/bigint → INT/BIGINT (serial ids AUTO_INCREMENT), character varying(n)
-- → VARCHAR(n), text → TEXT, boolean → BOOLEAN, timestamp without time zone → DATETIME, date → DATE, numeric → DECIMAL(30,10),
-- json → JSON, hstore, tsvector and every PostgreSQL array → TEXT, uuid → CHAR(36), PostGIS geometry(...) → GEOMETRY
-- (each changed type noted in a column comment); array/hstore/json defaults dropped; primary keys and unique indexes as upstream
-- (upstream declares no foreign keys); plain btree/gist indexes, sequences, the tsvector trigger and functions left out.
-- 41 of upstream's 69 tables kept, columns complete and in upstream order. Left out: the case-management workflow (cases,
-- case_steps, case_step_data_*, cases_log_entries, flows, steps, fields, triggers, trigger_conditions, resolution_states),
-- inventory analyses and formulas (inventory_analyzes, inventory_analysis_scores, inventory_formula*), the inventory item
-- attachments/images/data histories and relationships, inventory_categories_reports_categories, group_permissions,
-- groups_users_tables, business_reports, exports, reports_suggestions.

CREATE TABLE access_keys (
    id INT NOT NULL AUTO_INCREMENT,
    user_id INT,
    `key` VARCHAR(255),
    expired BOOLEAN NOT NULL DEFAULT FALSE,
    expired_at DATETIME,
    created_at DATETIME,
    updated_at DATETIME,
    expires_at DATETIME NOT NULL,
    permanent BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id)
);

CREATE TABLE chat_messages (
    id INT NOT NULL AUTO_INCREMENT,
    chattable_id INT,
    chattable_type VARCHAR(255),
    kind INT,
    user_id INT,
    text TEXT,
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE chat_rooms (
    id INT NOT NULL AUTO_INCREMENT,
    title VARCHAR(255),
    created_at DATETIME,
    updated_at DATETIME,
    namespace_id INT,
    PRIMARY KEY (id)
);

CREATE TABLE event_logs (
    id INT NOT NULL AUTO_INCREMENT,
    user_id INT,
    namespace_id INT,
    url VARCHAR(255),
    request_method VARCHAR(255),
    headers JSON NOT NULL, -- upstream: json DEFAULT '{}'::json
    request_body JSON NOT NULL, -- upstream: json DEFAULT '{}'::json
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE feature_flags (
    id INT NOT NULL AUTO_INCREMENT,
    name VARCHAR(255),
    status INT DEFAULT 0,
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE groups (
    id INT NOT NULL AUTO_INCREMENT,
    name VARCHAR(255),
    permissions TEXT, -- upstream: hstore
    created_at DATETIME,
    updated_at DATETIME,
    guest BOOLEAN NOT NULL DEFAULT FALSE,
    namespace_id INT,
    PRIMARY KEY (id)
);

CREATE TABLE groups_users (
    group_id INT,
    user_id INT,
    UNIQUE KEY index_groups_users_on_group_id_and_user_id (group_id, user_id)
);

CREATE TABLE inventory_categories (
    id INT NOT NULL AUTO_INCREMENT,
    title VARCHAR(255),
    description VARCHAR(255),
    created_at DATETIME,
    updated_at DATETIME,
    icon VARCHAR(255),
    marker VARCHAR(255),
    color VARCHAR(255),
    pin VARCHAR(255),
    plot_format VARCHAR(255),
    require_item_status BOOLEAN NOT NULL DEFAULT FALSE,
    locked BOOLEAN DEFAULT FALSE,
    locked_at DATETIME,
    locker_id INT,
    namespace_id INT,
    deleted_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE inventory_field_options (
    id INT NOT NULL AUTO_INCREMENT,
    inventory_field_id INT,
    value VARCHAR(255),
    disabled BOOLEAN DEFAULT FALSE,
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE inventory_fields (
    id INT NOT NULL AUTO_INCREMENT,
    title VARCHAR(255),
    kind VARCHAR(255),
    size VARCHAR(255),
    `position` INT,
    inventory_section_id INT,
    options TEXT, -- upstream: hstore
    permissions TEXT, -- upstream: hstore
    created_at DATETIME,
    updated_at DATETIME,
    required BOOLEAN NOT NULL DEFAULT FALSE,
    maximum INT,
    minimum INT,
    available_values TEXT, -- upstream: character varying(255)[]
    disabled BOOLEAN DEFAULT FALSE,
    use_as_title BOOLEAN DEFAULT FALSE,
    PRIMARY KEY (id)
);

CREATE TABLE inventory_item_data (
    id INT NOT NULL AUTO_INCREMENT,
    inventory_item_id INT,
    inventory_field_id INT,
    content TEXT, -- upstream: text[]
    created_at DATETIME,
    updated_at DATETIME,
    inventory_field_option_ids TEXT, -- upstream: integer[]
    PRIMARY KEY (id)
);

CREATE TABLE inventory_item_histories (
    id INT NOT NULL AUTO_INCREMENT,
    inventory_item_id INT,
    user_id INT,
    kind VARCHAR(255),
    action TEXT,
    object_type VARCHAR(255),
    objects_ids TEXT, -- upstream: integer[]
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE inventory_items (
    id INT NOT NULL AUTO_INCREMENT,
    inventory_category_id INT,
    user_id INT,
    created_at DATETIME,
    updated_at DATETIME,
    `position` GEOMETRY, -- upstream: geometry(Point)
    title VARCHAR(255),
    address VARCHAR(255),
    inventory_status_id INT,
    locked BOOLEAN DEFAULT FALSE,
    locked_at DATETIME,
    locker_id INT,
    sequence INT,
    namespace_id INT,
    PRIMARY KEY (id)
);

CREATE TABLE inventory_sections (
    id INT NOT NULL AUTO_INCREMENT,
    title VARCHAR(255),
    inventory_category_id INT,
    permissions TEXT, -- upstream: hstore
    created_at DATETIME,
    updated_at DATETIME,
    `position` INT,
    required BOOLEAN NOT NULL,
    location BOOLEAN NOT NULL DEFAULT FALSE,
    disabled BOOLEAN DEFAULT FALSE,
    PRIMARY KEY (id)
);

CREATE TABLE inventory_statuses (
    id INT NOT NULL AUTO_INCREMENT,
    inventory_category_id INT,
    color VARCHAR(255) NOT NULL,
    title VARCHAR(255),
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE namespaces (
    id INT NOT NULL AUTO_INCREMENT,
    name VARCHAR(255),
    created_at DATETIME,
    updated_at DATETIME,
    `default` BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id)
);

CREATE TABLE notifications (
    id INT NOT NULL AUTO_INCREMENT,
    user_id INT,
    notificable_id INT,
    notificable_type VARCHAR(255),
    title VARCHAR(255),
    description VARCHAR(255),
    `read` BOOLEAN DEFAULT FALSE,
    read_at DATETIME,
    created_at DATETIME NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE reports_items (
    id INT NOT NULL AUTO_INCREMENT,
    address TEXT,
    description TEXT,
    reports_status_id INT,
    reports_category_id INT,
    user_id INT,
    inventory_item_id INT,
    created_at DATETIME,
    updated_at DATETIME,
    `position` GEOMETRY, -- upstream: geometry(Point)
    protocol BIGINT,
    reference VARCHAR(255),
    confidential BOOLEAN DEFAULT FALSE,
    reporter_id INT,
    overdue BOOLEAN DEFAULT FALSE,
    comments_count INT DEFAULT 0,
    uuid CHAR(36),
    external_category_id INT,
    is_solicitation BOOLEAN,
    is_report BOOLEAN,
    assigned_group_id INT,
    assigned_user_id INT,
    number VARCHAR(255),
    district VARCHAR(255),
    postal_code VARCHAR(255),
    city VARCHAR(255),
    state VARCHAR(255),
    country VARCHAR(255),
    offensive BOOLEAN DEFAULT FALSE,
    resolved_at DATETIME,
    overdue_at DATETIME,
    version INT DEFAULT 1,
    last_version_at DATETIME,
    reports_perimeter_id INT,
    from_webhook BOOLEAN DEFAULT FALSE,
    sync_at DATETIME,
    case_id INT,
    group_key VARCHAR(255),
    namespace_id INT,
    origin INT NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);

CREATE TABLE reports_categories (
    id INT NOT NULL AUTO_INCREMENT,
    title VARCHAR(255),
    icon VARCHAR(255),
    marker VARCHAR(255),
    resolution_time INT,
    user_response_time INT,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    allows_arbitrary_position BOOLEAN NOT NULL DEFAULT FALSE,
    created_at DATETIME,
    updated_at DATETIME,
    color VARCHAR(255),
    parent_id INT,
    confidential BOOLEAN DEFAULT FALSE,
    private_resolution_time BOOLEAN DEFAULT FALSE,
    resolution_time_enabled BOOLEAN DEFAULT FALSE,
    solver_groups_ids TEXT, -- upstream: integer[] with default '{}'::integer[]
    default_solver_group_id INT,
    comment_required_when_forwarding BOOLEAN DEFAULT FALSE,
    comment_required_when_updating_status BOOLEAN DEFAULT FALSE,
    notifications BOOLEAN DEFAULT FALSE,
    ordered_notifications BOOLEAN DEFAULT FALSE,
    priority INT,
    perimeters BOOLEAN NOT NULL DEFAULT FALSE,
    flow_id INT,
    namespace_id INT,
    deleted_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE reports_categories_perimeters (
    id INT NOT NULL AUTO_INCREMENT,
    reports_category_id INT,
    reports_perimeter_id INT,
    solver_group_id INT,
    created_at DATETIME,
    updated_at DATETIME,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    priority INT NOT NULL DEFAULT 0,
    namespace_id INT,
    PRIMARY KEY (id)
);

CREATE TABLE reports_category_custom_fields (
    id INT NOT NULL AUTO_INCREMENT,
    reports_category_id INT NOT NULL,
    reports_custom_field_id INT NOT NULL,
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id),
    UNIQUE KEY unique_category_custom_field_relation (reports_category_id, reports_custom_field_id)
);

CREATE TABLE reports_category_settings (
    id INT NOT NULL AUTO_INCREMENT,
    reports_category_id INT,
    namespace_id INT,
    resolution_time_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    resolution_time INT,
    private_resolution_time BOOLEAN NOT NULL DEFAULT FALSE,
    user_response_time INT,
    allows_arbitrary_position BOOLEAN NOT NULL DEFAULT FALSE,
    confidential BOOLEAN NOT NULL DEFAULT FALSE,
    default_solver_group_id INT,
    solver_groups_ids TEXT, -- upstream: integer[] with default '{}'::integer[]
    comment_required_when_forwarding BOOLEAN NOT NULL DEFAULT FALSE,
    comment_required_when_updating_status BOOLEAN NOT NULL DEFAULT FALSE,
    notifications BOOLEAN NOT NULL DEFAULT FALSE,
    ordered_notifications BOOLEAN NOT NULL DEFAULT FALSE,
    perimeters BOOLEAN NOT NULL DEFAULT FALSE,
    flow_id INT,
    priority INT NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);

CREATE TABLE reports_comments (
    id INT NOT NULL AUTO_INCREMENT,
    reports_item_id INT,
    visibility INT DEFAULT 0,
    author_id INT,
    message TEXT,
    created_at DATETIME,
    updated_at DATETIME,
    from_webhook BOOLEAN DEFAULT FALSE,
    PRIMARY KEY (id)
);

CREATE TABLE reports_custom_field (
    id INT NOT NULL AUTO_INCREMENT,
    title VARCHAR(255) NOT NULL,
    multiline BOOLEAN NOT NULL,
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE reports_custom_field_data (
    id INT NOT NULL AUTO_INCREMENT,
    reports_custom_field_id INT NOT NULL,
    reports_item_id INT NOT NULL,
    value TEXT,
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE reports_feedback_images (
    id INT NOT NULL AUTO_INCREMENT,
    reports_feedback_id INT,
    image VARCHAR(255),
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE reports_feedbacks (
    id INT NOT NULL AUTO_INCREMENT,
    reports_item_id INT,
    user_id INT,
    kind VARCHAR(255) NOT NULL,
    content TEXT,
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE reports_images (
    id INT NOT NULL AUTO_INCREMENT,
    image VARCHAR(255),
    reports_item_id INT,
    created_at DATETIME,
    updated_at DATETIME,
    title VARCHAR(255),
    date DATETIME,
    origin INT NOT NULL DEFAULT 0,
    visibility INT NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);

CREATE TABLE reports_item_histories (
    id INT NOT NULL AUTO_INCREMENT,
    reports_item_id INT,
    user_id INT,
    kind VARCHAR(255),
    action TEXT,
    object_type VARCHAR(255),
    objects_ids TEXT, -- upstream: integer[]
    created_at DATETIME,
    updated_at DATETIME,
    saved_changes JSON,
    PRIMARY KEY (id)
);

CREATE TABLE reports_item_status_histories (
    id INT NOT NULL AUTO_INCREMENT,
    reports_item_id INT,
    previous_status_id INT,
    new_status_id INT,
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE reports_notification_types (
    id INT NOT NULL AUTO_INCREMENT,
    reports_category_id INT NOT NULL,
    title VARCHAR(255),
    `order` INT,
    reports_status_id INT,
    default_deadline_in_days INT DEFAULT 0,
    layout TEXT,
    created_at DATETIME,
    updated_at DATETIME,
    active BOOLEAN DEFAULT TRUE,
    namespace_id INT,
    PRIMARY KEY (id)
);

CREATE TABLE reports_notifications (
    id INT NOT NULL AUTO_INCREMENT,
    user_id INT,
    reports_item_id INT,
    reports_notification_type_id INT,
    previous_status_id INT,
    deadline_in_days INT,
    created_at DATETIME,
    updated_at DATETIME,
    overdue_at DATETIME,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    content TEXT,
    PRIMARY KEY (id)
);

CREATE TABLE reports_offensive_flags (
    id INT NOT NULL AUTO_INCREMENT,
    reports_item_id INT,
    user_id INT,
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id),
    UNIQUE KEY index_reports_offensive_flags_on_reports_item_id_and_user_id (reports_item_id, user_id)
);

CREATE TABLE reports_perimeters (
    id INT NOT NULL AUTO_INCREMENT,
    title VARCHAR(255),
    shp_file VARCHAR(255),
    shx_file VARCHAR(255),
    status INT NOT NULL DEFAULT 0,
    created_at DATETIME,
    updated_at DATETIME,
    `geometry` GEOMETRY, -- upstream: geometry(MultiPolygon,4326)
    solver_group_id INT,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    priority INT NOT NULL DEFAULT 0,
    namespace_id INT,
    PRIMARY KEY (id)
);

CREATE TABLE reports_phraseologies (
    id INT NOT NULL AUTO_INCREMENT,
    reports_category_id INT,
    title VARCHAR(255),
    description TEXT,
    namespace_id INT,
    PRIMARY KEY (id)
);

CREATE TABLE reports_statuses (
    id INT NOT NULL AUTO_INCREMENT,
    title VARCHAR(255),
    color VARCHAR(255),
    initial BOOLEAN NOT NULL DEFAULT FALSE,
    final BOOLEAN NOT NULL DEFAULT FALSE,
    reports_category_id INT,
    created_at DATETIME,
    updated_at DATETIME,
    active BOOLEAN DEFAULT TRUE,
    private BOOLEAN DEFAULT FALSE,
    PRIMARY KEY (id)
);

CREATE TABLE reports_statuses_reports_categories (
    reports_status_id INT,
    reports_category_id INT,
    id INT NOT NULL AUTO_INCREMENT,
    initial BOOLEAN DEFAULT FALSE,
    final BOOLEAN DEFAULT FALSE,
    private BOOLEAN DEFAULT FALSE,
    active BOOLEAN DEFAULT TRUE,
    color VARCHAR(255),
    create_case BOOLEAN,
    flow_id INT,
    responsible_group_id INT,
    namespace_id INT,
    PRIMARY KEY (id)
);

CREATE TABLE schema_migrations (
    version VARCHAR(255) NOT NULL,
    UNIQUE KEY unique_schema_migrations (version)
);

CREATE TABLE settings (
    id INT NOT NULL AUTO_INCREMENT,
    name VARCHAR(255) NOT NULL,
    kind INT NOT NULL,
    value TEXT, -- upstream: character varying(255)[] with default '{}'::character varying[]
    created_at DATETIME,
    updated_at DATETIME,
    PRIMARY KEY (id)
);

CREATE TABLE users (
    id INT NOT NULL AUTO_INCREMENT,
    encrypted_password VARCHAR(255),
    salt VARCHAR(255),
    reset_password_token VARCHAR(255),
    name VARCHAR(255),
    email VARCHAR(255),
    phone VARCHAR(255),
    document VARCHAR(255),
    address VARCHAR(255),
    address_additional VARCHAR(255),
    postal_code VARCHAR(255),
    district VARCHAR(255),
    password_resetted_at DATETIME,
    created_at DATETIME,
    updated_at DATETIME,
    device_token VARCHAR(255),
    device_type VARCHAR(255),
    facebook_user_id INT,
    twitter_user_id INT,
    google_plus_user_id INT,
    email_notifications BOOLEAN DEFAULT TRUE,
    unsubscribe_email_token VARCHAR(255),
    disabled BOOLEAN DEFAULT FALSE,
    city VARCHAR(255),
    skype VARCHAR(255),
    institution VARCHAR(255),
    `position` VARCHAR(255),
    commercial_phone VARCHAR(255),
    birthdate DATE,
    tsv_name TEXT, -- upstream: tsvector
    tsv_document TEXT, -- upstream: tsvector
    tsv_query TEXT, -- upstream: tsvector
    kind INT NOT NULL DEFAULT 0,
    namespace_id INT,
    PRIMARY KEY (id),
    UNIQUE KEY index_users_on_email (email)
);

CREATE TABLE versions (
    id INT NOT NULL AUTO_INCREMENT,
    item_type VARCHAR(255) NOT NULL,
    item_id INT NOT NULL,
    event VARCHAR(255) NOT NULL,
    whodunnit VARCHAR(255),
    object TEXT,
    created_at DATETIME,
    PRIMARY KEY (id)
);
