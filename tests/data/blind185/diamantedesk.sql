-- DiamanteDesk (Eltrino), help desk built on the Oro platform: customers (portal users) and their API
-- logins, branches (ticket queues), tickets with reporter, assignee, watchers, comments and attachments,
-- e-mail message references, ticket audit log, reporting timeline and automation rules.
-- Upstream: github.com/eltrino/diamantedesk-application, commit 494839b509de598285b48851eaadf80434fdf84b
-- (2019-07-01), licence OSL-3.0. Source of the DDL: the Oro schema migrations of the application's own
-- bundles, replayed in order — src/Diamante/UserBundle/Migrations/Schema/v1_0, DeskBundle v1_0 … v1_4
-- (v1_1 adds the custom audit types, v1_2 drops a filter table, v1_3 adds branch number and ticket
-- status/assignment times, v1_4 adds the reporter e-mail, e-mail endpoint and indexes) and
-- AutomationBundle v1_0 — written as the MySQL DDL Doctrine DBAL generates (integer INT, string
-- VARCHAR(n) (255 when no length; Diamante's custom types status, priority, source, user_type,
-- attachment_file, ticket_unique_id are string types), text LONGTEXT (TEXT when length 65535),
-- boolean TINYINT(1), float DOUBLE PRECISION, bigint BIGINT, array/object/simple_array/json_array
-- LONGTEXT with Doctrine's DC2Type comment). Columns are in the order the migrations add them.
-- Left out: the Oro platform's own tables (oro_user, the agents; oro_organization; oro_audit_field;
-- oro_embedded_form, to which the EmbeddedFormBundle adds a branch_id), so the foreign keys to them
-- (diamante_branch.default_assignee_id and diamante_ticket.assignee_id -> oro_user,
-- diamante_audit.organization_id -> oro_organization) are kept as indexes only.

CREATE TABLE diamante_api_user (
  id INT AUTO_INCREMENT NOT NULL,
  diamante_user INT DEFAULT NULL,
  email VARCHAR(255) NOT NULL,
  password VARCHAR(255) NOT NULL,
  salt VARCHAR(255) DEFAULT NULL,
  is_active TINYINT(1) NOT NULL,
  hash VARCHAR(255) NOT NULL COMMENT 'Hash used for confirmation, password reset.',
  hash_expiration_time INT NOT NULL,
  UNIQUE INDEX UNIQ_E244C0A0E7927C74 (email),
  UNIQUE INDEX UNIQ_E244C0A019757A1B (diamante_user),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_user (
  id INT AUTO_INCREMENT NOT NULL,
  api_user INT DEFAULT NULL,
  email VARCHAR(255) NOT NULL,
  first_name VARCHAR(255) DEFAULT NULL,
  last_name VARCHAR(255) DEFAULT NULL,
  is_deleted TINYINT(1) DEFAULT '0' NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  UNIQUE INDEX UNIQ_19757A1BE7927C74 (email),
  UNIQUE INDEX UNIQ_19757A1BAC64A0BA (api_user),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_attachment (
  id INT AUTO_INCREMENT NOT NULL,
  file VARCHAR(255) NOT NULL,
  hash VARCHAR(255) NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_audit (
  id INT AUTO_INCREMENT NOT NULL,
  organization_id INT DEFAULT NULL,
  user_id INT DEFAULT NULL,
  action VARCHAR(8) NOT NULL,
  logged_at DATETIME NOT NULL,
  object_id INT DEFAULT NULL,
  object_class VARCHAR(255) NOT NULL,
  object_name VARCHAR(255) NOT NULL,
  version INT NOT NULL,
  INDEX IDX_17E9290DA76ED395 (user_id),
  INDEX IDX_17E9290D32C8A3DE (organization_id),
  INDEX idx_diamante_audit_logged_at (logged_at),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_audit_field (
  id INT AUTO_INCREMENT NOT NULL,
  audit_id INT NOT NULL,
  field VARCHAR(255) NOT NULL,
  visible TINYINT(1) DEFAULT '1' NOT NULL,
  data_type VARCHAR(255) NOT NULL,
  old_integer BIGINT DEFAULT NULL,
  old_float DOUBLE PRECISION DEFAULT NULL,
  old_boolean TINYINT(1) DEFAULT NULL,
  old_text LONGTEXT DEFAULT NULL,
  old_date DATE DEFAULT NULL,
  old_time TIME DEFAULT NULL,
  old_datetime DATETIME DEFAULT NULL,
  old_datetimetz DATETIME DEFAULT NULL,
  old_object LONGTEXT DEFAULT NULL COMMENT '(DC2Type:object)',
  old_array LONGTEXT DEFAULT NULL COMMENT '(DC2Type:array)',
  old_simplearray LONGTEXT DEFAULT NULL COMMENT '(DC2Type:simple_array)',
  old_jsonarray LONGTEXT DEFAULT NULL COMMENT '(DC2Type:json_array)',
  new_integer BIGINT DEFAULT NULL,
  new_float DOUBLE PRECISION DEFAULT NULL,
  new_boolean TINYINT(1) DEFAULT NULL,
  new_text LONGTEXT DEFAULT NULL,
  new_date DATE DEFAULT NULL,
  new_time TIME DEFAULT NULL,
  new_datetime DATETIME DEFAULT NULL,
  new_datetimetz DATETIME DEFAULT NULL,
  new_object LONGTEXT DEFAULT NULL COMMENT '(DC2Type:object)',
  new_array LONGTEXT DEFAULT NULL COMMENT '(DC2Type:array)',
  new_simplearray LONGTEXT DEFAULT NULL COMMENT '(DC2Type:simple_array)',
  new_jsonarray LONGTEXT DEFAULT NULL COMMENT '(DC2Type:json_array)',
  old_status VARCHAR(255) DEFAULT NULL,
  new_status VARCHAR(255) DEFAULT NULL,
  old_priority VARCHAR(255) DEFAULT NULL,
  new_priority VARCHAR(255) DEFAULT NULL,
  old_user_type VARCHAR(255) DEFAULT NULL,
  new_user_type VARCHAR(255) DEFAULT NULL,
  old_attachment_file VARCHAR(255) DEFAULT NULL,
  new_attachment_file VARCHAR(255) DEFAULT NULL,
  old_source VARCHAR(255) DEFAULT NULL,
  new_source VARCHAR(255) DEFAULT NULL,
  INDEX IDX_139C4C28BD29F359 (audit_id),
  INDEX oro_idx_auditfield_old_status (old_status),
  INDEX oro_idx_auditfield_new_status (new_status),
  INDEX oro_idx_aeecf7939be180a (old_priority),
  INDEX oro_idx_aeecf79325cf500b (new_priority),
  INDEX oro_idx_aeecf793b3eb5f51 (old_user_type),
  INDEX oro_idx_aeecf793c4c01e8f (new_user_type),
  INDEX oro_idx_aeecf793ec488a90 (old_attachment_file),
  INDEX oro_idx_aeecf7938762d0dc (new_attachment_file),
  INDEX oro_idx_auditfield_old_source (old_source),
  INDEX oro_idx_auditfield_new_source (new_source),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_branch (
  id INT AUTO_INCREMENT NOT NULL,
  default_assignee_id INT DEFAULT NULL,
  name VARCHAR(255) NOT NULL,
  description TEXT DEFAULT NULL,
  branch_key VARCHAR(255) NOT NULL,
  logo VARCHAR(255) NOT NULL,
  createdAt DATETIME NOT NULL,
  updatedAt DATETIME NOT NULL,
  number INT DEFAULT 1 NOT NULL,
  UNIQUE INDEX UNIQ_EC6B5FECEE98ECC2 (branch_key),
  INDEX IDX_EC6B5FEC8D1F6ED6 (default_assignee_id),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_comment (
  id INT AUTO_INCREMENT NOT NULL,
  ticket_id INT DEFAULT NULL,
  content LONGTEXT NOT NULL,
  author_id VARCHAR(255) NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  private TINYINT(1) NOT NULL,
  INDEX IDX_B0971C8E700047D2 (ticket_id),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_comment_attachments (
  comment_id INT NOT NULL,
  attachment_id INT NOT NULL,
  INDEX IDX_5F70F1D7F8697D13 (comment_id),
  INDEX IDX_5F70F1D7464E68B (attachment_id),
  PRIMARY KEY(comment_id, attachment_id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_ticket (
  id INT AUTO_INCREMENT NOT NULL,
  assignee_id INT DEFAULT NULL,
  branch_id INT DEFAULT NULL,
  unique_id VARCHAR(255) NOT NULL,
  number INT NOT NULL,
  subject VARCHAR(255) NOT NULL,
  description LONGTEXT NOT NULL,
  status VARCHAR(255) NOT NULL,
  priority VARCHAR(255) NOT NULL,
  reporter_id VARCHAR(255) NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME DEFAULT NULL,
  source VARCHAR(255) NOT NULL,
  status_updated_since DATETIME DEFAULT NULL,
  assigned_since DATETIME DEFAULT NULL,
  reporter_email LONGTEXT NOT NULL,
  INDEX IDX_C04DE950DCD6CC49 (branch_id),
  INDEX IDX_C04DE95059EC7D60 (assignee_id),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_ticket_attachments (
  ticket_id INT NOT NULL,
  attachment_id INT NOT NULL,
  INDEX IDX_AAF9005E700047D2 (ticket_id),
  INDEX IDX_AAF9005E464E68B (attachment_id),
  PRIMARY KEY(ticket_id, attachment_id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_ticket_history (
  id INT AUTO_INCREMENT NOT NULL,
  ticket_id INT DEFAULT NULL,
  ticket_key VARCHAR(255) NOT NULL,
  INDEX IDX_CA3F705D700047D2 (ticket_id),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_ticket_message_ref (
  id INT AUTO_INCREMENT NOT NULL,
  ticket_id INT DEFAULT NULL,
  message_id VARCHAR(255) NOT NULL,
  endpoint VARCHAR(255) DEFAULT NULL,
  INDEX IDX_9706F2E3700047D2 (ticket_id),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_ticket_timeline (
  id INT AUTO_INCREMENT NOT NULL,
  date DATETIME NOT NULL,
  new INT NOT NULL,
  closed INT NOT NULL,
  reopen INT NOT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_watcher_list (
  id INT AUTO_INCREMENT NOT NULL,
  ticket_id INT DEFAULT NULL,
  user_type VARCHAR(255) NOT NULL,
  INDEX IDX_10274019700047D2 (ticket_id),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_automation_context (
  id INT AUTO_INCREMENT NOT NULL,
  targetEntityId INT DEFAULT NULL,
  targetEntityClass VARCHAR(255) NOT NULL,
  action VARCHAR(255) NOT NULL,
  targetEntityChangeset LONGTEXT NOT NULL COMMENT '(DC2Type:array)',
  state VARCHAR(255) NOT NULL,
  editor_id VARCHAR(255) NOT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_cron_schedule (
  id INT AUTO_INCREMENT NOT NULL,
  command VARCHAR(255) NOT NULL,
  parameters LONGTEXT NOT NULL COMMENT '(DC2Type:array)',
  definition VARCHAR(100) DEFAULT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_event_triggered_rule (
  id VARCHAR(255) NOT NULL,
  root_group_id VARCHAR(255) DEFAULT NULL,
  name VARCHAR(255) NOT NULL,
  status TINYINT(1) NOT NULL,
  target VARCHAR(255) NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  UNIQUE INDEX UNIQ_58F8EF2C8509B3A1 (root_group_id),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_rule_action (
  id VARCHAR(255) NOT NULL,
  rule_id VARCHAR(255) DEFAULT NULL,
  type VARCHAR(255) NOT NULL,
  parameters LONGTEXT NOT NULL COMMENT '(DC2Type:array)',
  weight INT NOT NULL,
  discr VARCHAR(255) NOT NULL,
  INDEX IDX_93441185744E0351 (rule_id),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_rule_condition (
  id VARCHAR(255) NOT NULL,
  group_id VARCHAR(255) DEFAULT NULL,
  type VARCHAR(255) NOT NULL,
  parameters LONGTEXT NOT NULL COMMENT '(DC2Type:array)',
  INDEX IDX_8333C227FE54D947 (group_id),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_rule_group (
  id VARCHAR(255) NOT NULL,
  parent_id VARCHAR(255) DEFAULT NULL,
  connector VARCHAR(255) NOT NULL,
  discr VARCHAR(255) NOT NULL,
  INDEX IDX_5E6DB1A6727ACA70 (parent_id),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE diamante_time_triggered_rule (
  id VARCHAR(255) NOT NULL,
  root_group_id VARCHAR(255) DEFAULT NULL,
  name VARCHAR(255) NOT NULL,
  time_interval VARCHAR(255) NOT NULL,
  status TINYINT(1) NOT NULL,
  target VARCHAR(255) NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  UNIQUE INDEX UNIQ_369D941F8509B3A1 (root_group_id),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

ALTER TABLE diamante_api_user ADD CONSTRAINT FK_E244C0A019757A1B FOREIGN KEY (diamante_user) REFERENCES diamante_user (id);
ALTER TABLE diamante_user ADD CONSTRAINT FK_19757A1BAC64A0BA FOREIGN KEY (api_user) REFERENCES diamante_api_user (id) ON DELETE CASCADE;
ALTER TABLE diamante_audit ADD CONSTRAINT FK_17E9290DA76ED395 FOREIGN KEY (user_id) REFERENCES diamante_user (id) ON DELETE SET NULL;
ALTER TABLE diamante_audit_field ADD CONSTRAINT FK_139C4C28BD29F359 FOREIGN KEY (audit_id) REFERENCES diamante_audit (id) ON DELETE CASCADE;
ALTER TABLE diamante_comment ADD CONSTRAINT FK_B0971C8E700047D2 FOREIGN KEY (ticket_id) REFERENCES diamante_ticket (id) ON DELETE CASCADE;
ALTER TABLE diamante_comment_attachments ADD CONSTRAINT FK_5F70F1D7464E68B FOREIGN KEY (attachment_id) REFERENCES diamante_attachment (id) ON DELETE CASCADE;
ALTER TABLE diamante_comment_attachments ADD CONSTRAINT FK_5F70F1D7F8697D13 FOREIGN KEY (comment_id) REFERENCES diamante_comment (id) ON DELETE CASCADE;
ALTER TABLE diamante_ticket ADD CONSTRAINT FK_C04DE950DCD6CC49 FOREIGN KEY (branch_id) REFERENCES diamante_branch (id) ON DELETE CASCADE;
ALTER TABLE diamante_ticket_attachments ADD CONSTRAINT FK_AAF9005E464E68B FOREIGN KEY (attachment_id) REFERENCES diamante_attachment (id) ON DELETE CASCADE;
ALTER TABLE diamante_ticket_attachments ADD CONSTRAINT FK_AAF9005E700047D2 FOREIGN KEY (ticket_id) REFERENCES diamante_ticket (id) ON DELETE CASCADE;
ALTER TABLE diamante_ticket_history ADD CONSTRAINT FK_CA3F705D700047D2 FOREIGN KEY (ticket_id) REFERENCES diamante_ticket (id) ON DELETE CASCADE;
ALTER TABLE diamante_ticket_message_ref ADD CONSTRAINT FK_9706F2E3700047D2 FOREIGN KEY (ticket_id) REFERENCES diamante_ticket (id) ON DELETE CASCADE;
ALTER TABLE diamante_watcher_list ADD CONSTRAINT FK_10274019700047D2 FOREIGN KEY (ticket_id) REFERENCES diamante_ticket (id) ON DELETE CASCADE;
ALTER TABLE diamante_event_triggered_rule ADD CONSTRAINT FK_58F8EF2C8509B3A1 FOREIGN KEY (root_group_id) REFERENCES diamante_rule_group (id) ON DELETE CASCADE;
ALTER TABLE diamante_rule_condition ADD CONSTRAINT FK_8333C227FE54D947 FOREIGN KEY (group_id) REFERENCES diamante_rule_group (id);
ALTER TABLE diamante_rule_group ADD CONSTRAINT FK_5E6DB1A6727ACA70 FOREIGN KEY (parent_id) REFERENCES diamante_rule_group (id);
ALTER TABLE diamante_time_triggered_rule ADD CONSTRAINT FK_369D941F8509B3A1 FOREIGN KEY (root_group_id) REFERENCES diamante_rule_group (id) ON DELETE CASCADE;
