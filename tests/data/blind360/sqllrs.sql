-- SQL LRS (Yet Analytics, github.com/yetanalytics/lrsql), release v0.9.6, commit ed8abc8eb3857642fe01277588b722cd023c5391
-- (Apache-2.0). The CREATE TABLE statements of src/db/mariadb/lrsql/mariadb/sql/ddl.sql (upstream's own MariaDB
-- DDL), in the order of `-create-all!` in src/db/mariadb/lrsql/mariadb/record.clj (reaction first, so that the
-- foreign key of xapi_statement loads), with the one migration of `-update-all!` (2025-09-26: ContextAgent,
-- ContextGroup, SubContextAgent, SubContextGroup added to statement_to_actor.usage) folded in.
-- `CREATE TABLE IF NOT EXISTS` written as `CREATE TABLE`; columns, types, keys and comments as upstream.

CREATE TABLE reaction (
  id           CHAR(36) PRIMARY KEY,
  title        TEXT NOT NULL, -- string title
  title_hash   BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(title, 256))) STORED,
  ruleset      JSON NOT NULL,                -- serialized reaction spec
  created      TIMESTAMP(6) NOT NULL,           -- timestamp
  modified     TIMESTAMP(6) NOT NULL,           -- timestamp
  active       BOOLEAN,                      -- true/false/null - active/inactive/soft delete
  error        JSON,                         -- serialized error
  CONSTRAINT reaction_title_idx UNIQUE (title_hash)
);

CREATE TABLE xapi_statement (
  id           CHAR(36) PRIMARY KEY,
  statement_id CHAR(36) NOT NULL UNIQUE,
  registration CHAR(36),
  verb_iri     TEXT NOT NULL,
  verb_hash    BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(verb_iri, 256))) STORED,
  is_voided    BOOLEAN DEFAULT FALSE NOT NULL,
  payload      JSON NOT NULL,
  `timestamp`  TIMESTAMP(6),
  `stored`     TIMESTAMP(6),
  reaction_id  CHAR(36),
  trigger_id   CHAR(36),
  CONSTRAINT stmt_reaction_id_fk FOREIGN KEY (reaction_id) REFERENCES reaction(id),
  CONSTRAINT stmt_trigger_id_fk FOREIGN KEY (trigger_id) REFERENCES xapi_statement(statement_id),
  KEY desc_id_idx (id DESC),
  KEY verb_iri_idx (verb_hash),
  KEY registration (registration),
  KEY stmt_reaction_id_idx (reaction_id),
  KEY stmt_trigger_id_idx (trigger_id)
);

CREATE TABLE actor (
  id CHAR(36) PRIMARY KEY,
  actor_ifi  TEXT NOT NULL,
  actor_hash BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(actor_ifi, 256))) STORED,
  actor_type ENUM ('Agent', 'Group') NOT NULL,
  payload    JSON NOT NULL,
  CONSTRAINT actor_idx UNIQUE (actor_hash, actor_type)
);

CREATE TABLE activity (
  id           CHAR(36) PRIMARY KEY,
  activity_iri TEXT NOT NULL,
  activity_hash BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(activity_iri, 256))) STORED UNIQUE,
  payload      JSON NOT NULL
);

CREATE TABLE attachment (
  id             CHAR(36) PRIMARY KEY,
  statement_id   CHAR(36) NOT NULL,
  attachment_sha TEXT NOT NULL,
  content_type   TEXT NOT NULL,
  content_length INTEGER NOT NULL,
  contents       LONGBLOB NOT NULL,
  CONSTRAINT statement_fk_attachment
    FOREIGN KEY (statement_id) REFERENCES xapi_statement(statement_id),
  KEY attachment_stmt_fk (statement_id)
);

CREATE TABLE statement_to_actor (
  id           CHAR(36) PRIMARY KEY,
  statement_id CHAR(36) NOT NULL,
  `usage`      ENUM ('Actor',
                     'Object',
                     'Authority',
                     'Instructor',
                     'Team',
                     'SubActor',
                     'SubObject',
                     'SubInstructor',
                     'SubTeam',
                     'ContextAgent',
                     'ContextGroup',
                     'SubContextAgent',
                     'SubContextGroup') NOT NULL,
  actor_ifi    TEXT NOT NULL,
  actor_hash   BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(actor_ifi, 256))) STORED,
  actor_type   ENUM ('Agent', 'Group') NOT NULL,
  CONSTRAINT statement_fk_stactor
    FOREIGN KEY (statement_id) REFERENCES xapi_statement(statement_id) ON DELETE CASCADE,
  CONSTRAINT actor_fk
    FOREIGN KEY (actor_hash, actor_type) REFERENCES actor(actor_hash, actor_type),
  KEY stmt_actor_stmt_fk (statement_id),
  KEY stmt_actor_actor_fk (actor_hash, actor_type)
);

CREATE TABLE statement_to_activity (
  id           CHAR(36) PRIMARY KEY,
  statement_id CHAR(36) NOT NULL,
  `usage`      ENUM('Object',
                    'Category',
                    'Grouping',
                    'Parent',
                    'Other',
                    'SubObject',
                    'SubCategory',
                    'SubGrouping',
                    'SubParent',
                    'SubOther') NOT NULL,
  activity_iri TEXT NOT NULL,
  activity_hash BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(activity_iri, 256))) STORED,
  CONSTRAINT statement_fk_stactivity
    FOREIGN KEY (statement_id) REFERENCES xapi_statement(statement_id),
  CONSTRAINT activity_fk
    FOREIGN KEY (activity_hash) REFERENCES activity(activity_hash),
  KEY stmt_activ_stmt_fk (statement_id),
  KEY stmt_activ_activ_fk (activity_hash)
);

CREATE TABLE statement_to_statement (
  id            CHAR(36) PRIMARY KEY,
  ancestor_id   CHAR(36) NOT NULL,
  descendant_id CHAR(36) NOT NULL,
  CONSTRAINT ancestor_fk
    FOREIGN KEY (ancestor_id) REFERENCES xapi_statement(statement_id),
  CONSTRAINT descendant_fk
    FOREIGN KEY (descendant_id) REFERENCES xapi_statement(statement_id),
  KEY stmt_stmt_ans_fk (ancestor_id),
  KEY stmt_stmt_desc_fk (descendant_id)
);

CREATE TABLE state_document (
  id             CHAR(36) PRIMARY KEY,
  state_id       TEXT NOT NULL,
  state_hash     BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(state_id, 256))) STORED,
  activity_iri   TEXT NOT NULL,
  activity_hash  BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(activity_iri, 256))) STORED,
  agent_ifi      TEXT NOT NULL,
  agent_hash     BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(agent_ifi, 256))) STORED,
  registration   CHAR(36) DEFAULT NULL,
  last_modified  TIMESTAMP(6) NOT NULL,
  content_type   TEXT NOT NULL,
  content_length INTEGER NOT NULL,
  contents       LONGBLOB NOT NULL,
  CONSTRAINT state_doc_idx
    UNIQUE (state_hash, activity_hash, agent_hash, registration)
);

CREATE TABLE agent_profile_document (
  id             CHAR(36) PRIMARY KEY,
  profile_id     TEXT NOT NULL,
  profile_hash   BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(profile_id, 256))) STORED,
  agent_ifi      TEXT NOT NULL,
  agent_hash     BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(agent_ifi, 256))) STORED,
  last_modified  TIMESTAMP(6) NOT NULL,
  content_type   VARCHAR(191) NOT NULL,
  content_length INTEGER NOT NULL,
  contents       LONGBLOB NOT NULL,
  CONSTRAINT agent_profile_doc_idx
  UNIQUE (profile_hash, agent_hash)
);

CREATE TABLE activity_profile_document (
  id             CHAR(36) PRIMARY KEY,
  profile_id     TEXT NOT NULL,
  profile_hash   BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(profile_id, 256))) STORED,
  activity_iri   TEXT NOT NULL,
  activity_hash  BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(activity_iri, 256))) STORED,
  last_modified  TIMESTAMP(6) NOT NULL, -- todo---mimics WITH TIME ZONE functionality?
  content_type   TEXT NOT NULL,
  content_length INTEGER NOT NULL,
  contents       LONGBLOB NOT NULL,
  CONSTRAINT activity_profile_doc_idx
    UNIQUE (profile_hash, activity_hash)
);

CREATE TABLE admin_account (
  id       CHAR(36) PRIMARY KEY,
  username TEXT NOT NULL,
  username_hash BINARY(32) GENERATED ALWAYS AS (UNHEX(SHA2(username, 256))) STORED,
  passhash TEXT,
  oidc_issuer TEXT,
  CONSTRAINT admin_account_username_idx UNIQUE (username_hash)
);

CREATE TABLE lrs_credential (
  id         CHAR(36) PRIMARY KEY,
  api_key    VARCHAR(191) NOT NULL,
  secret_key VARCHAR(191) NOT NULL,
  account_id CHAR(36) NOT NULL,
  is_seed BOOLEAN,
  label TEXT,
  CONSTRAINT credential_idx
    UNIQUE (api_key, secret_key),
  CONSTRAINT account_fk
    FOREIGN KEY (account_id)
    REFERENCES admin_account(id)
    ON DELETE CASCADE,
  KEY cred_account_fk (account_id)
);

CREATE TABLE credential_to_scope (
  id         CHAR(36) PRIMARY KEY,
  api_key    VARCHAR(191) NOT NULL,
  secret_key VARCHAR(191) NOT NULL,
  scope ENUM (
          'statements/write',
          'statements/read',
          'statements/read/mine',
          'all/read',
          'all',
          'state',
          'state/read',
          'define',
          'activities_profile',
          'activities_profile/read',
          'agents_profile',
          'agents_profile/read'),

  CONSTRAINT credential_fk
    FOREIGN KEY (api_key, secret_key)
    REFERENCES lrs_credential(api_key, secret_key)
    ON DELETE CASCADE,
  KEY cred_keypair_fk (api_key, secret_key)
);

CREATE TABLE blocked_jwt (
  jwt        CHAR(44) PRIMARY KEY,
  evict_time TIMESTAMP(6) NOT NULL,
  one_time_id CHAR(36) UNIQUE,
  KEY blocked_jwt_evict_time_idx (evict_time)
);
