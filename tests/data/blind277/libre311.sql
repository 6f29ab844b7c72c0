-- Libre311 (Unity Foundation): Open311 GeoReport v2 service-request platform for municipalities
-- Upstream: github.com/UnityFoundation-io/Libre311, commit 7678e5e5709d12648131e64480fed7dd53ca4eaa (Apache-2.0)
--   app  service: app/src/main/resources/db/migration/V1__create-initial-schema.sql … V22__add_service_order_position.sql (Flyway, MySQL)
--   auth service: auth/src/main/resources/db/migration/V1__initial_schema.sql … V3__add_password_reset_token_table.sql (Flyway, MySQL; UnityAuth, vendored)
-- The two services keep separate databases upstream; both are written here in one file (no table name is shared).
-- The migrations were replayed by hand: every CREATE, ADD COLUMN, DROP COLUMN and MODIFY applied in version order,
-- columns in the order the migrations leave them (added columns at the end), keys and foreign keys as upstream.
-- Changes: POINT / POLYGON ... SRID 4326 written as GEOMETRY (MariaDB has no SRID column attribute, the SQL parser
-- no POINT/POLYGON); the view open_projects (V17/V18) and Flyway's own flyway_schema_history left out; the
-- table boundary_coordinates (created in V3, dropped in V5) is absent, as in a migrated database.

-- ---------------------------------------------------------------- app service

CREATE TABLE IF NOT EXISTS  app_users (
    id BIGINT PRIMARY KEY AUTO_INCREMENT,
    email VARCHAR(255) UNIQUE NOT NULL
);

CREATE TABLE IF NOT EXISTS jurisdictions (
    id VARCHAR(255) PRIMARY KEY,
    name VARCHAR(255),
    tenant_id BIGINT NOT NULL,
    terms_of_use_content TEXT,
    privacy_policy_content TEXT,
    closed_request_days_visible_user INT DEFAULT 7,
    closed_request_days_visible_admin INT DEFAULT 90,
    project_feature VARCHAR(50) NOT NULL DEFAULT 'DISABLED',
    abbreviated_name VARCHAR(8),
    primary_color VARCHAR(255),
    primary_hover_color VARCHAR(255),
    logo_media_url VARCHAR(255)
);

CREATE TABLE IF NOT EXISTS remote_hosts (
    id BIGINT PRIMARY KEY AUTO_INCREMENT,
    name VARCHAR(255),
    jurisdiction_id VARCHAR(255) NOT NULL,
    CONSTRAINT FK_JURISDICTION
        FOREIGN KEY (jurisdiction_id)
            REFERENCES jurisdictions (id)
            ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS jurisdiction_user (
    id BIGINT PRIMARY KEY AUTO_INCREMENT,
    user_id BIGINT NOT NULL,
    jurisdiction_id VARCHAR(255) NOT NULL,
    is_user_admin BOOLEAN NOT NULL DEFAULT FALSE,
    FOREIGN KEY (user_id) REFERENCES app_users(id) ON DELETE CASCADE,
    FOREIGN KEY (jurisdiction_id) REFERENCES jurisdictions(id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS service_groups (
    id BIGINT PRIMARY KEY AUTO_INCREMENT,
    name VARCHAR(255) NOT NULL,
    jurisdiction_id VARCHAR(255) NOT NULL,
    FOREIGN KEY (jurisdiction_id) REFERENCES jurisdictions(id)
);

CREATE TABLE IF NOT EXISTS services (
    id BIGINT PRIMARY KEY AUTO_INCREMENT,
    jurisdiction_id VARCHAR(255) NOT NULL,
    service_name TEXT NOT NULL,
    description TEXT,
    type VARCHAR(255),
    service_group_id BIGINT NOT NULL,
    order_position INT NOT NULL DEFAULT -1,
    FOREIGN KEY (jurisdiction_id) REFERENCES jurisdictions(id) ON DELETE CASCADE,
    FOREIGN KEY (service_group_id) REFERENCES service_groups(id)
);

CREATE TABLE IF NOT EXISTS service_definition_attributes (
    id BIGINT PRIMARY KEY AUTO_INCREMENT,
    attribute_order INTEGER NOT NULL,
    datatype VARCHAR(255),
    datatype_description VARCHAR(255),
    description VARCHAR(255),
    required BIT NOT NULL,
    variable BIT NOT NULL,
    service_id BIGINT NOT NULL,
    CONSTRAINT fk_service_definition_attributes_services
        FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS service_definition_attribute_values (
    id BIGINT PRIMARY KEY AUTO_INCREMENT,
    value_name VARCHAR(255),
    service_definition_attribute_id BIGINT NOT NULL,
    CONSTRAINT fk_service_definition_attribute_values_services
        FOREIGN KEY (service_definition_attribute_id) REFERENCES service_definition_attributes (id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS jurisdiction_boundary (
    id BIGINT PRIMARY KEY AUTO_INCREMENT,
    boundary GEOMETRY NOT NULL, -- upstream: POLYGON NOT NULL SRID 4326
    jurisdiction_id VARCHAR(255) NOT NULL,
    FOREIGN KEY (jurisdiction_id) REFERENCES jurisdictions(id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS projects (
    id BIGINT PRIMARY KEY AUTO_INCREMENT,
    name VARCHAR(255) NOT NULL,
    description TEXT,
    boundary GEOMETRY NOT NULL, -- upstream: POLYGON NOT NULL SRID 4326
    start_date TIMESTAMP NOT NULL,
    end_date TIMESTAMP NOT NULL,
    jurisdiction_id VARCHAR(255) NOT NULL,
    date_created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    date_updated TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    closed_date TIMESTAMP NULL,
    slug VARCHAR(255) GENERATED ALWAYS AS (
        LOWER(
            REGEXP_REPLACE(
                REGEXP_REPLACE(name, '[^a-zA-Z0-9[:space:]]', ''),
                '[[:space:]]+',
                '-'
            )
        )
    ) VIRTUAL,
    FOREIGN KEY (jurisdiction_id) REFERENCES jurisdictions(id) ON DELETE CASCADE,
    INDEX idx_projects_jurisdiction_slug (jurisdiction_id, slug)
);

CREATE TABLE IF NOT EXISTS service_requests (
    id BIGINT PRIMARY KEY AUTO_INCREMENT,
    jurisdiction_id VARCHAR(255) NOT NULL,
    services_id BIGINT NOT NULL,
    attributes_json TEXT,
    address_string VARCHAR(255),
    address_id VARCHAR(255),
    email VARCHAR(255),
    device_id VARCHAR(255),
    account_id VARCHAR(255),
    first_name VARCHAR(255),
    last_name VARCHAR(255),
    phone VARCHAR(255),
    description TEXT,
    media_url TEXT,
    status VARCHAR(50) NOT NULL,
    status_notes TEXT,
    agency_responsible VARCHAR(255),
    service_notice VARCHAR(255),
    zipcode VARCHAR(10),
    agency_email VARCHAR(255),
    priority VARCHAR(255),
    expected_date TIMESTAMP NULL,
    closed_date TIMESTAMP NULL,
    date_created TIMESTAMP NOT NULL,
    date_updated TIMESTAMP NOT NULL,
    location GEOMETRY NOT NULL, -- upstream: POINT NOT NULL SRID 4326 (V6 replaced latitude/longitude)
    deleted BOOL DEFAULT FALSE,
    client_request_id VARCHAR(36) NULL,
    project_id BIGINT,
    attribute_validation VARCHAR(20) NOT NULL DEFAULT 'VALIDATED',
    CONSTRAINT uq_client_request_id UNIQUE (client_request_id),
    FOREIGN KEY (services_id) REFERENCES services(id) ON DELETE CASCADE,
    FOREIGN KEY (jurisdiction_id) REFERENCES jurisdictions(id) ON DELETE CASCADE,
    CONSTRAINT FK_SERVICE_REQUESTS_PROJECT FOREIGN KEY (project_id) REFERENCES projects(id) ON DELETE SET NULL
);

CREATE TABLE service_request_removal_suggestions (
    id BIGINT PRIMARY KEY AUTO_INCREMENT,
    service_request_id BIGINT NOT NULL,
    jurisdiction_id VARCHAR(255) NOT NULL,
    email VARCHAR(255) NOT NULL,
    name VARCHAR(255),
    phone VARCHAR(255),
    reason TEXT NOT NULL,
    date_created TIMESTAMP NOT NULL,
    deleted BOOL NOT NULL,
    CONSTRAINT fk_service_request_removal_suggestions_service_request
        FOREIGN KEY (service_request_id)
        REFERENCES service_requests (id)
        ON DELETE CASCADE
);

-- ---------------------------------------------------------------- auth service (UnityAuth)

CREATE TABLE tenant
(
    id          bigint AUTO_INCREMENT PRIMARY KEY,
    name        varchar(255) NOT NULL,
    description text,
    status      varchar(255) NOT NULL,
    UNIQUE (name)
);

CREATE TABLE service
(
    id          bigint AUTO_INCREMENT PRIMARY KEY,
    name        varchar(255) NOT NULL,
    description text,
    status      varchar(255),
    UNIQUE (name)
);

CREATE TABLE tenant_service
(
    tenant_id  bigint NOT NULL,
    service_id bigint NOT NULL,
    status     varchar(255),
    PRIMARY KEY (tenant_id, service_id),
    CONSTRAINT tenant_service_tenant_FK FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT tenant_service_service_FK FOREIGN KEY (service_id) REFERENCES service (id)
);

CREATE TABLE permission
(
    id          bigint AUTO_INCREMENT PRIMARY KEY,
    name        varchar(255) NOT NULL,
    description text,
    scope       varchar(255),
    UNIQUE (name)
);

CREATE TABLE role
(
    id          bigint AUTO_INCREMENT PRIMARY KEY,
    name        varchar(255) NOT NULL,
    description text,
    UNIQUE (name)
);

CREATE TABLE role_permission
(
    role_id       bigint NOT NULL,
    permission_id bigint NOT NULL,
    PRIMARY KEY (role_id, permission_id),
    CONSTRAINT role_permission_permission_FK FOREIGN KEY (permission_id) REFERENCES permission (id),
    CONSTRAINT role_permission_role_FK FOREIGN KEY (role_id) REFERENCES role (id)
);

CREATE TABLE user
(
    id       bigint AUTO_INCREMENT PRIMARY KEY,
    email    varchar(255) NOT NULL,
    password varchar(255),
    status   varchar(255),
    first_name varchar(255),
    last_name varchar(255),
    UNIQUE KEY unique_email (email)
);

CREATE TABLE user_role
(
    tenant_id bigint NOT NULL,
    user_id   bigint NOT NULL,
    role_id   bigint NOT NULL,
    PRIMARY KEY (tenant_id, user_id, role_id),
    CONSTRAINT user_role_tenant_FK FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT user_role_user_FK FOREIGN KEY (user_id) REFERENCES user (id),
    CONSTRAINT user_role_role_FK FOREIGN KEY (role_id) REFERENCES role (id)
);

CREATE TABLE password_reset_token
(
    id      bigint AUTO_INCREMENT PRIMARY KEY,
    token   varchar(255) NOT NULL,
    user_id bigint       NOT NULL,
    expiry  timestamp    NOT NULL,
    UNIQUE (token),
    CONSTRAINT password_reset_token_user_FK FOREIGN KEY (user_id) REFERENCES user (id)
);
