-- Bonita (Bonitasoft BPM engine, Community edition; 10.2-SNAPSHOT, the 2024.3 line),
-- github.com/bonitasoft/bonita-engine commit 85a6a5b14bb7fa03efeb5624080c706717d7afe3 (branch dev), the last commit
-- before upstream moved its MySQL scripts to the Subscription edition (commit 2320bdcb, 2024-10-02); the PostgreSQL
-- script of the community edition at the newest snapshot (80e64201c791aff94cefe256d2bc4f786028d410, 10.3-SNAPSHOT)
-- has the same tables and columns. Licence: LGPL-2.1 (engine).
-- Source: upstream's own MySQL scripts platform/platform-resources/src/main/resources/sql/mysql/createTables.sql and
-- postCreateStructure.sql (the scripts the Bonita setup tool runs on a fresh database; the Quartz scheduler's
-- tables of createQuartzTables.sql are left out). Every CREATE TABLE is copied with its columns in upstream's order
-- and their types as written; primary keys and unique and foreign-key constraints added by ALTER TABLE ... ADD
-- CONSTRAINT (same names, same ON DELETE actions) and the one CREATE UNIQUE INDEX (idx_UQ_pending_mapping) are
-- written inside the CREATE TABLE; plain CREATE INDEX statements are left out. Tables are ordered so that referenced
-- tables come first. All 68 tables are kept. Dates are epoch milliseconds in BIGINT columns, as upstream.

CREATE TABLE `configuration` (
  tenant_id BIGINT NOT NULL,
  content_type VARCHAR(50) NOT NULL,
  resource_name VARCHAR(120) NOT NULL,
  resource_content BLOB,
  PRIMARY KEY (tenant_id, content_type, resource_name)
) ENGINE = INNODB;

CREATE TABLE `contract_data` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  scopeId BIGINT NOT NULL,
  name VARCHAR(50) NOT NULL,
  val LONGTEXT,
  PRIMARY KEY (tenantid, id, scopeId),
  UNIQUE KEY `uc_cd_scope_name` (kind, scopeId, name, tenantid)
) ENGINE = INNODB;

CREATE TABLE `arch_contract_data` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  kind VARCHAR(20) NOT NULL,
  scopeId BIGINT NOT NULL,
  name VARCHAR(50) NOT NULL,
  val LONGTEXT,
  archiveDate BIGINT NOT NULL,
  sourceObjectId BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id, scopeId),
  UNIQUE KEY `uc_acd_scope_name` (kind, scopeId, name, tenantid)
) ENGINE = INNODB;

CREATE TABLE `tenant` (
  id BIGINT NOT NULL,
  created BIGINT NOT NULL,
  createdBy VARCHAR(50) NOT NULL,
  description VARCHAR(255),
  defaultTenant BOOLEAN NOT NULL,
  iconname VARCHAR(50),
  iconpath VARCHAR(255),
  name VARCHAR(50) NOT NULL,
  status VARCHAR(15) NOT NULL,
  PRIMARY KEY (id)
) ENGINE = INNODB;

CREATE TABLE `actor` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  scopeId BIGINT NOT NULL,
  name VARCHAR(50) NOT NULL,
  displayName VARCHAR(75),
  description TEXT,
  initiator BOOLEAN,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, id, scopeId, name),
  CONSTRAINT `fk_actor_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `actormember` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  actorId BIGINT NOT NULL,
  userId BIGINT NOT NULL,
  groupId BIGINT NOT NULL,
  roleId BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, actorid, userId, groupId, roleId),
  CONSTRAINT `fk_actormember_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id),
  CONSTRAINT `fk_actormember_actorId` FOREIGN KEY (tenantid, actorId) REFERENCES actor(tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `category` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name VARCHAR(50) NOT NULL,
  creator BIGINT,
  description TEXT,
  creationDate BIGINT NOT NULL,
  lastUpdateDate BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, name),
  CONSTRAINT `fk_category_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant (id)
) ENGINE = INNODB;

CREATE TABLE `processcategorymapping` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  categoryid BIGINT NOT NULL,
  processid BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, categoryid, processid),
  CONSTRAINT `fk_catmapping_catid` FOREIGN KEY (tenantid, categoryid) REFERENCES category(tenantid, id) ON DELETE CASCADE,
  CONSTRAINT `fk_processcategorymapping_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `arch_process_comment` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  userId BIGINT,
  processInstanceId BIGINT NOT NULL,
  postDate BIGINT NOT NULL,
  content VARCHAR(512) NOT NULL,
  archiveDate BIGINT NOT NULL,
  sourceObjectId BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_arch_process_comment_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `process_comment` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  kind VARCHAR(25) NOT NULL,
  userId BIGINT,
  processInstanceId BIGINT NOT NULL,
  postDate BIGINT NOT NULL,
  content VARCHAR(512) NOT NULL,
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_process_comment_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `process_content` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  content MEDIUMTEXT NOT NULL,
  PRIMARY KEY (tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `process_definition` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  processId BIGINT NOT NULL,
  name VARCHAR(150) NOT NULL,
  version VARCHAR(50) NOT NULL,
  description VARCHAR(255),
  deploymentDate BIGINT NOT NULL,
  deployedBy BIGINT NOT NULL,
  activationState VARCHAR(30) NOT NULL,
  configurationState VARCHAR(30) NOT NULL,
  displayName VARCHAR(75),
  displayDescription VARCHAR(255),
  lastUpdateDate BIGINT,
  categoryId BIGINT,
  iconPath VARCHAR(255),
  content_tenantid BIGINT NOT NULL,
  content_id BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, name, version),
  CONSTRAINT `fk_process_definition_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id),
  CONSTRAINT `fk_process_definition_content` FOREIGN KEY (content_tenantid, content_id) REFERENCES process_content(tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `document` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  author BIGINT,
  creationdate BIGINT NOT NULL,
  hascontent BOOLEAN NOT NULL,
  filename VARCHAR(255),
  mimetype VARCHAR(255),
  url VARCHAR(1024),
  content LONGBLOB,
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_document_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `arch_document_mapping` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  sourceObjectId BIGINT,
  processinstanceid BIGINT NOT NULL,
  documentid BIGINT NOT NULL,
  name VARCHAR(50) NOT NULL,
  description TEXT,
  version VARCHAR(50) NOT NULL,
  index_ INT NOT NULL,
  archiveDate BIGINT NOT NULL,
  PRIMARY KEY (tenantid, ID),
  CONSTRAINT `fk_arch_document_mapping_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id),
  CONSTRAINT `fk_archdocmap_docid` FOREIGN KEY (tenantid, documentid) REFERENCES document(tenantid, id) ON DELETE CASCADE
) ENGINE = INNODB;

CREATE TABLE `document_mapping` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  processinstanceid BIGINT NOT NULL,
  documentid BIGINT NOT NULL,
  name VARCHAR(50) NOT NULL,
  description TEXT,
  version VARCHAR(50) NOT NULL,
  index_ INT NOT NULL,
  PRIMARY KEY (tenantid, ID),
  CONSTRAINT `fk_document_mapping_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id),
  CONSTRAINT `fk_docmap_docid` FOREIGN KEY (tenantid, documentid) REFERENCES document(tenantid, id) ON DELETE CASCADE
) ENGINE = INNODB;

CREATE TABLE `arch_process_instance` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name VARCHAR(75) NOT NULL,
  processDefinitionId BIGINT NOT NULL,
  description VARCHAR(255),
  startDate BIGINT NOT NULL,
  startedBy BIGINT NOT NULL,
  startedBySubstitute BIGINT NOT NULL,
  endDate BIGINT NOT NULL,
  archiveDate BIGINT NOT NULL,
  stateId INT NOT NULL,
  lastUpdate BIGINT NOT NULL,
  rootProcessInstanceId BIGINT,
  callerId BIGINT,
  sourceObjectId BIGINT NOT NULL,
  stringIndex1 VARCHAR(255),
  stringIndex2 VARCHAR(255),
  stringIndex3 VARCHAR(255),
  stringIndex4 VARCHAR(255),
  stringIndex5 VARCHAR(255),
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_arch_process_instance_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `arch_flownode_instance` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  flownodeDefinitionId BIGINT NOT NULL,
  kind VARCHAR(25) NOT NULL,
  sourceObjectId BIGINT,
  archiveDate BIGINT NOT NULL,
  rootContainerId BIGINT NOT NULL,
  parentContainerId BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  displayName VARCHAR(255),
  displayDescription VARCHAR(255),
  stateId INT NOT NULL,
  stateName VARCHAR(50),
  terminal BOOLEAN NOT NULL,
  stable BOOLEAN,
  actorId BIGINT NULL,
  assigneeId BIGINT DEFAULT 0 NOT NULL,
  reachedStateDate BIGINT,
  lastUpdateDate BIGINT,
  expectedEndDate BIGINT,
  claimedDate BIGINT,
  priority TINYINT,
  gatewayType VARCHAR(50),
  hitBys VARCHAR(255),
  logicalGroup1 BIGINT NOT NULL,
  logicalGroup2 BIGINT NOT NULL,
  logicalGroup3 BIGINT,
  logicalGroup4 BIGINT NOT NULL,
  loop_counter INT,
  loop_max INT,
  loopCardinality INT,
  loopDataInputRef VARCHAR(255),
  loopDataOutputRef VARCHAR(255),
  description VARCHAR(255),
  sequential BOOLEAN,
  dataInputItemRef VARCHAR(255),
  dataOutputItemRef VARCHAR(255),
  nbActiveInst INT,
  nbCompletedInst INT,
  nbTerminatedInst INT,
  executedBy BIGINT,
  executedBySubstitute BIGINT,
  activityInstanceId BIGINT,
  aborting BOOLEAN NOT NULL,
  triggeredByEvent BOOLEAN,
  interrupting BOOLEAN,
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_arch_flownode_instance_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `arch_connector_instance` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  containerId BIGINT NOT NULL,
  containerType VARCHAR(10) NOT NULL,
  connectorId VARCHAR(255) NOT NULL,
  version VARCHAR(50) NOT NULL,
  name VARCHAR(255) NOT NULL,
  activationEvent VARCHAR(30),
  state VARCHAR(50),
  sourceObjectId BIGINT,
  archiveDate BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `process_instance` (
  id BIGINT NOT NULL,
  name VARCHAR(75) NOT NULL,
  processDefinitionId BIGINT NOT NULL,
  description VARCHAR(255),
  startDate BIGINT NOT NULL,
  startedBy BIGINT NOT NULL,
  startedBySubstitute BIGINT NOT NULL,
  endDate BIGINT NOT NULL,
  stateId INT NOT NULL,
  stateCategory VARCHAR(50) NOT NULL,
  lastUpdate BIGINT NOT NULL,
  containerId BIGINT,
  rootProcessInstanceId BIGINT,
  callerId BIGINT,
  callerType VARCHAR(50),
  interruptingEventId BIGINT,
  stringIndex1 VARCHAR(255),
  stringIndex2 VARCHAR(255),
  stringIndex3 VARCHAR(255),
  stringIndex4 VARCHAR(255),
  stringIndex5 VARCHAR(255),
  PRIMARY KEY (id)
) ENGINE = INNODB;

CREATE TABLE `flownode_instance` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  flownodeDefinitionId BIGINT NOT NULL,
  kind VARCHAR(25) NOT NULL,
  rootContainerId BIGINT NOT NULL,
  parentContainerId BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  displayName VARCHAR(255),
  displayDescription VARCHAR(255),
  stateId INT NOT NULL,
  stateName VARCHAR(50),
  prev_state_id INT NOT NULL,
  terminal BOOLEAN NOT NULL,
  stable BOOLEAN,
  actorId BIGINT NULL,
  assigneeId BIGINT DEFAULT 0 NOT NULL,
  reachedStateDate BIGINT,
  lastUpdateDate BIGINT,
  expectedEndDate BIGINT,
  claimedDate BIGINT,
  priority TINYINT,
  gatewayType VARCHAR(50),
  hitBys VARCHAR(255),
  stateCategory VARCHAR(50) NOT NULL,
  logicalGroup1 BIGINT NOT NULL,
  logicalGroup2 BIGINT NOT NULL,
  logicalGroup3 BIGINT,
  logicalGroup4 BIGINT NOT NULL,
  loop_counter INT,
  loop_max INT,
  description VARCHAR(255),
  sequential BOOLEAN,
  loopDataInputRef VARCHAR(255),
  loopDataOutputRef VARCHAR(255),
  dataInputItemRef VARCHAR(255),
  dataOutputItemRef VARCHAR(255),
  loopCardinality INT,
  nbActiveInst INT,
  nbCompletedInst INT,
  nbTerminatedInst INT,
  executedBy BIGINT,
  executedBySubstitute BIGINT,
  activityInstanceId BIGINT,
  state_executing BOOLEAN DEFAULT FALSE,
  abortedByBoundary BIGINT,
  triggeredByEvent BOOLEAN,
  interrupting BOOLEAN,
  tokenCount INT NOT NULL,
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_flownode_instance_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `connector_instance` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  containerId BIGINT NOT NULL,
  containerType VARCHAR(10) NOT NULL,
  connectorId VARCHAR(255) NOT NULL,
  version VARCHAR(50) NOT NULL,
  name VARCHAR(255) NOT NULL,
  activationEvent VARCHAR(30),
  state VARCHAR(50),
  executionOrder INT,
  exceptionMessage VARCHAR(255),
  stackTrace TEXT,
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_connector_instance_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `event_trigger_instance` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  eventInstanceId BIGINT NOT NULL,
  eventInstanceName VARCHAR(50),
  executionDate BIGINT,
  jobTriggerName VARCHAR(255),
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_event_trigger_instance_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `waiting_event` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  kind VARCHAR(15) NOT NULL,
  eventType VARCHAR(50),
  messageName VARCHAR(255),
  signalName VARCHAR(255),
  errorCode VARCHAR(255),
  processName VARCHAR(150),
  flowNodeName VARCHAR(50),
  flowNodeDefinitionId BIGINT,
  subProcessId BIGINT,
  processDefinitionId BIGINT,
  rootProcessInstanceId BIGINT,
  parentProcessInstanceId BIGINT,
  flowNodeInstanceId BIGINT,
  relatedActivityInstanceId BIGINT,
  locked BOOLEAN,
  active BOOLEAN,
  progress TINYINT,
  correlation1 VARCHAR(128),
  correlation2 VARCHAR(128),
  correlation3 VARCHAR(128),
  correlation4 VARCHAR(128),
  correlation5 VARCHAR(128),
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_waiting_event_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `message_instance` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  messageName VARCHAR(255) NOT NULL,
  targetProcess VARCHAR(255) NOT NULL,
  targetFlowNode VARCHAR(255) NULL,
  locked BOOLEAN NOT NULL,
  handled BOOLEAN NOT NULL,
  processDefinitionId BIGINT NOT NULL,
  flowNodeName VARCHAR(255),
  correlation1 VARCHAR(128),
  correlation2 VARCHAR(128),
  correlation3 VARCHAR(128),
  correlation4 VARCHAR(128),
  correlation5 VARCHAR(128),
  creationDate BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `pending_mapping` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  activityId BIGINT NOT NULL,
  actorId BIGINT,
  userId BIGINT,
  PRIMARY KEY (tenantid, id),
  UNIQUE KEY `idx_UQ_pending_mapping` (tenantid, activityId, userId, actorId),
  CONSTRAINT `fk_pending_mapping_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id),
  CONSTRAINT `fk_pending_mapping_flownode_instanceId` FOREIGN KEY (tenantid, activityId) REFERENCES flownode_instance(tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `ref_biz_data_inst` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  kind VARCHAR(15) NOT NULL,
  name VARCHAR(255) NOT NULL,
  proc_inst_id BIGINT,
  fn_inst_id BIGINT,
  data_id BIGINT,
  data_classname VARCHAR(255) NOT NULL,
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_ref_biz_data_proc` FOREIGN KEY (proc_inst_id) REFERENCES process_instance(id) ON DELETE CASCADE,
  CONSTRAINT `fk_ref_biz_data_fn` FOREIGN KEY (tenantid, fn_inst_id) REFERENCES flownode_instance(tenantid, id) ON DELETE CASCADE,
  CONSTRAINT `fk_ref_biz_data_inst_tenantId` FOREIGN KEY (tenantId) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `multi_biz_data` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  idx BIGINT NOT NULL,
  data_id BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id, data_id),
  CONSTRAINT `fk_rbdi_mbd` FOREIGN KEY (tenantid, id) REFERENCES ref_biz_data_inst(tenantid, id) ON DELETE CASCADE,
  CONSTRAINT `fk_multi_biz_data_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `arch_ref_biz_data_inst` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  kind VARCHAR(15) NOT NULL,
  name VARCHAR(255) NOT NULL,
  orig_proc_inst_id BIGINT,
  orig_fn_inst_id BIGINT,
  data_id BIGINT,
  data_classname VARCHAR(255) NOT NULL,
  PRIMARY KEY (tenantid, id)
) ;

CREATE TABLE `arch_multi_biz_data` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  idx BIGINT NOT NULL,
  data_id BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id, data_id),
  CONSTRAINT `fk_arch_rbdi_mbd` FOREIGN KEY (tenantid, id) REFERENCES arch_ref_biz_data_inst(tenantid, id) ON DELETE CASCADE
) ;

CREATE TABLE `processsupervisor` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  processDefId BIGINT NOT NULL,
  userId BIGINT NOT NULL,
  groupId BIGINT NOT NULL,
  roleId BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, processDefId, userId, groupId, roleId),
  CONSTRAINT `fk_processsupervisor_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `page` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  displayName VARCHAR(255) NOT NULL,
  description TEXT,
  installationDate BIGINT NOT NULL,
  installedBy BIGINT NOT NULL,
  provided BOOLEAN,
  editable BOOLEAN,
  removable BOOLEAN,
  lastModificationDate BIGINT NOT NULL,
  lastUpdatedBy BIGINT NOT NULL,
  contentName VARCHAR(280) NOT NULL,
  content LONGBLOB,
  contentType VARCHAR(50) NOT NULL,
  processDefinitionId BIGINT NOT NULL,
  pageHash VARCHAR(32),
  PRIMARY KEY (tenantid, id),
  UNIQUE KEY `uk_page` (tenantid, name, processDefinitionId)
) ENGINE = INNODB;

CREATE TABLE `profile` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  isDefault BOOLEAN NOT NULL,
  name VARCHAR(50) NOT NULL,
  description TEXT,
  creationDate BIGINT NOT NULL,
  createdBy BIGINT NOT NULL,
  lastUpdateDate BIGINT NOT NULL,
  lastUpdatedBy BIGINT NOT NULL,
  PRIMARY KEY (tenantId, id),
  UNIQUE (tenantId, name),
  CONSTRAINT `fk_profile_tenantId` FOREIGN KEY (tenantId) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `business_app` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  token VARCHAR(50) NOT NULL,
  version VARCHAR(50) NOT NULL,
  description TEXT,
  iconPath VARCHAR(255),
  creationDate BIGINT NOT NULL,
  createdBy BIGINT NOT NULL,
  lastUpdateDate BIGINT NOT NULL,
  updatedBy BIGINT NOT NULL,
  state VARCHAR(30) NOT NULL,
  homePageId BIGINT,
  profileId BIGINT,
  layoutId BIGINT,
  themeId BIGINT,
  iconMimeType VARCHAR(255),
  iconContent LONGBLOB,
  displayName VARCHAR(255) NOT NULL,
  editable BOOLEAN,
  internalProfile VARCHAR(255),
  isLink BOOLEAN DEFAULT FALSE,
  PRIMARY KEY (tenantid, id),
  UNIQUE KEY `uk_app_token_version` (tenantId, token, version),
  CONSTRAINT `fk_app_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id),
  CONSTRAINT `fk_app_profileId` FOREIGN KEY (tenantid, profileId) REFERENCES profile (tenantid, id),
  CONSTRAINT `fk_app_layoutId` FOREIGN KEY (tenantid, layoutId) REFERENCES page (tenantid, id),
  CONSTRAINT `fk_app_themeId` FOREIGN KEY (tenantid, themeId) REFERENCES page (tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `business_app_page` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  applicationId BIGINT NOT NULL,
  pageId BIGINT NOT NULL,
  token VARCHAR(255) NOT NULL,
  PRIMARY KEY (tenantid, id),
  UNIQUE KEY `uk_app_page_appId_token` (tenantId, applicationId, token),
  CONSTRAINT `fk_app_page_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id),
  CONSTRAINT `fk_bus_app_id` FOREIGN KEY (tenantid, applicationId) REFERENCES business_app (tenantid, id) ON DELETE CASCADE,
  CONSTRAINT `fk_page_id` FOREIGN KEY (tenantid, pageId) REFERENCES page (tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `business_app_menu` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  displayName VARCHAR(255) NOT NULL,
  applicationId BIGINT NOT NULL,
  applicationPageId BIGINT,
  parentId BIGINT,
  index_ BIGINT,
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_app_menu_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id),
  CONSTRAINT `fk_app_menu_appId` FOREIGN KEY (tenantid, applicationId) REFERENCES business_app (tenantid, id),
  CONSTRAINT `fk_app_menu_pageId` FOREIGN KEY (tenantid, applicationPageId) REFERENCES business_app_page (tenantid, id),
  CONSTRAINT `fk_app_menu_parentId` FOREIGN KEY (tenantid, parentId) REFERENCES business_app_menu (tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `command` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name VARCHAR(50) NOT NULL,
  description TEXT,
  IMPLEMENTATION VARCHAR(100) NOT NULL,
  isSystem BOOLEAN,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, name),
  CONSTRAINT `fk_command_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant (id)
) ENGINE = INNODB;

CREATE TABLE `arch_data_instance` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name VARCHAR(50),
  description VARCHAR(50),
  transientData BOOLEAN,
  className VARCHAR(100),
  containerId BIGINT,
  containerType VARCHAR(60),
  namespace VARCHAR(100),
  element VARCHAR(60),
  intValue INT,
  longValue BIGINT,
  shortTextValue VARCHAR(255),
  booleanValue BOOLEAN,
  doubleValue NUMERIC(19,5),
  floatValue FLOAT,
  blobValue MEDIUMBLOB,
  clobValue MEDIUMTEXT,
  discriminant VARCHAR(50) NOT NULL,
  archiveDate BIGINT NOT NULL,
  sourceObjectId BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_arch_data_instance_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `data_instance` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name VARCHAR(50),
  description VARCHAR(50),
  transientData BOOLEAN,
  className VARCHAR(100),
  containerId BIGINT,
  containerType VARCHAR(60),
  namespace VARCHAR(100),
  element VARCHAR(60),
  intValue INT,
  longValue BIGINT,
  shortTextValue VARCHAR(255),
  booleanValue BOOLEAN,
  doubleValue NUMERIC(19,5),
  floatValue FLOAT,
  blobValue MEDIUMBLOB,
  clobValue MEDIUMTEXT,
  discriminant VARCHAR(50) NOT NULL,
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_data_instance_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `dependency` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name VARCHAR(150) NOT NULL,
  description TEXT,
  filename VARCHAR(255) NOT NULL,
  value_ MEDIUMBLOB NOT NULL,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantId, name),
  CONSTRAINT `fk_dependency_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `dependencymapping` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  artifactid BIGINT NOT NULL,
  artifacttype VARCHAR(50) NOT NULL,
  dependencyid BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, dependencyid, artifactid, artifacttype),
  CONSTRAINT `fk_depmapping_depid` FOREIGN KEY (tenantid, dependencyid) REFERENCES dependency(tenantid, id) ON DELETE CASCADE,
  CONSTRAINT `fk_dependencymapping_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `pdependency` (
  id BIGINT NOT NULL,
  name VARCHAR(50) NOT NULL UNIQUE,
  description TEXT,
  filename VARCHAR(255) NOT NULL,
  value_ MEDIUMBLOB NOT NULL,
  PRIMARY KEY (id)
) ENGINE = INNODB;

CREATE TABLE `pdependencymapping` (
  id BIGINT NOT NULL,
  artifactid BIGINT NOT NULL,
  artifacttype VARCHAR(50) NOT NULL,
  dependencyid BIGINT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE (dependencyid, artifactid, artifacttype),
  CONSTRAINT `fk_pdepmapping_depid` FOREIGN KEY (dependencyid) REFERENCES pdependency(id) ON DELETE CASCADE
) ENGINE = INNODB;

CREATE TABLE `external_identity_mapping` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  kind VARCHAR(25) NOT NULL,
  externalId VARCHAR(50) NOT NULL,
  userId BIGINT NOT NULL,
  groupId BIGINT NOT NULL,
  roleId BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, kind, externalId, userId, groupId, roleId),
  CONSTRAINT `fk_external_identity_mapping_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `group_` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name VARCHAR(125) NOT NULL,
  parentPath VARCHAR(255),
  displayName VARCHAR(255),
  description TEXT,
  createdBy BIGINT,
  creationDate BIGINT,
  lastUpdate BIGINT,
  iconid BIGINT,
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_group__tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `role` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  displayName VARCHAR(255),
  description TEXT,
  createdBy BIGINT,
  creationDate BIGINT,
  lastUpdate BIGINT,
  iconid BIGINT,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, name),
  CONSTRAINT `fk_role_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `user_` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  enabled BOOLEAN NOT NULL,
  userName VARCHAR(255) NOT NULL,
  password VARCHAR(60),
  firstName VARCHAR(255),
  lastName VARCHAR(255),
  title VARCHAR(50),
  jobTitle VARCHAR(255),
  managerUserId BIGINT,
  createdBy BIGINT,
  creationDate BIGINT,
  lastUpdate BIGINT,
  iconid BIGINT,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, userName),
  CONSTRAINT `fk_user__tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `user_login` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  lastConnection BIGINT,
  PRIMARY KEY (tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `user_contactinfo` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  userId BIGINT NOT NULL,
  email VARCHAR(255),
  phone VARCHAR(50),
  mobile VARCHAR(50),
  fax VARCHAR(50),
  building VARCHAR(50),
  room VARCHAR(50),
  address VARCHAR(255),
  zipCode VARCHAR(50),
  city VARCHAR(255),
  state VARCHAR(255),
  country VARCHAR(255),
  website VARCHAR(255),
  personal BOOLEAN NOT NULL,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, userId, personal),
  CONSTRAINT `fk_contact_user` FOREIGN KEY (tenantid, userId) REFERENCES user_ (tenantid, id) ON DELETE CASCADE
) ENGINE = INNODB;

CREATE TABLE `custom_usr_inf_def` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name VARCHAR(75) NOT NULL,
  description TEXT,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, name),
  CONSTRAINT `fk_custom_usr_inf_def_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `custom_usr_inf_val` (
  id BIGINT NOT NULL,
  tenantid BIGINT NOT NULL,
  definitionId BIGINT NOT NULL,
  userId BIGINT NOT NULL,
  value VARCHAR(255),
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, definitionId, userId),
  CONSTRAINT `fk_user_id` FOREIGN KEY (tenantid, userId) REFERENCES user_ (tenantid, id) ON DELETE CASCADE,
  CONSTRAINT `fk_definition_id` FOREIGN KEY (tenantid, definitionId) REFERENCES custom_usr_inf_def (tenantid, id) ON DELETE CASCADE,
  CONSTRAINT `fk_custom_usr_inf_val_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `user_membership` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  userId BIGINT NOT NULL,
  roleId BIGINT NOT NULL,
  groupId BIGINT NOT NULL,
  assignedBy BIGINT,
  assignedDate BIGINT,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantid, userId, roleId, groupId),
  CONSTRAINT `fk_user_membership_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `queriable_log` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  log_timestamp BIGINT NOT NULL,
  whatYear SMALLINT NOT NULL,
  whatMonth TINYINT NOT NULL,
  dayOfYear SMALLINT NOT NULL,
  weekOfYear TINYINT NOT NULL,
  userId VARCHAR(255) NOT NULL,
  threadNumber BIGINT NOT NULL,
  clusterNode VARCHAR(50),
  productVersion VARCHAR(50) NOT NULL,
  severity VARCHAR(50) NOT NULL,
  actionType VARCHAR(50) NOT NULL,
  actionScope VARCHAR(100),
  actionStatus TINYINT NOT NULL,
  rawMessage VARCHAR(255) NOT NULL,
  callerClassName VARCHAR(200),
  callerMethodName VARCHAR(80),
  numericIndex1 BIGINT,
  numericIndex2 BIGINT,
  numericIndex3 BIGINT,
  numericIndex4 BIGINT,
  numericIndex5 BIGINT,
  PRIMARY KEY (tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `queriablelog_p` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  queriableLogId BIGINT NOT NULL,
  name VARCHAR(50) NOT NULL,
  stringValue VARCHAR(255),
  blobId BIGINT,
  valueType VARCHAR(30),
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_queriableLogId` FOREIGN KEY (tenantid, queriableLogId) REFERENCES queriable_log(tenantid, id),
  CONSTRAINT `fk_queriablelog_p_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `sequence` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  nextid BIGINT NOT NULL,
  PRIMARY KEY (tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `blob_` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  blobValue MEDIUMBLOB,
  PRIMARY KEY (tenantid, id)
) ENGINE = INNODB;

CREATE TABLE `platform` (
  id BIGINT NOT NULL,
  version VARCHAR(50) NOT NULL,
  initial_bonita_version VARCHAR(50) NOT NULL,
  application_version VARCHAR(50) NOT NULL,
  maintenance_message TEXT,
  maintenance_message_active BOOLEAN NOT NULL,
  created BIGINT NOT NULL,
  created_by VARCHAR(50) NOT NULL,
  information TEXT,
  PRIMARY KEY (id)
) ENGINE = INNODB;

CREATE TABLE `platformCommand` (
  id BIGINT PRIMARY KEY,
  name VARCHAR(50) NOT NULL UNIQUE,
  description TEXT,
  IMPLEMENTATION VARCHAR(100) NOT NULL
) ENGINE = INNODB;

CREATE TABLE `profilemember` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  profileId BIGINT NOT NULL,
  userId BIGINT NOT NULL,
  groupId BIGINT NOT NULL,
  roleId BIGINT NOT NULL,
  PRIMARY KEY (tenantId, id),
  UNIQUE (tenantId, profileId, userId, groupId, roleId),
  CONSTRAINT `fk_profilemember_tenantId` FOREIGN KEY (tenantId) REFERENCES tenant(id),
  CONSTRAINT `fk_profilemember_profileId` FOREIGN KEY (tenantId, profileId) REFERENCES profile(tenantId, id)
) ENGINE = INNODB;

CREATE TABLE `job_desc` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  jobclassname VARCHAR(100) NOT NULL,
  jobname VARCHAR(100) NOT NULL,
  description VARCHAR(50),
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_job_desc_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `job_param` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  jobDescriptorId BIGINT NOT NULL,
  key_ VARCHAR(50) NOT NULL,
  value_ MEDIUMBLOB NOT NULL,
  PRIMARY KEY (tenantid, id),
  CONSTRAINT `fk_job_param_jobid` FOREIGN KEY (tenantid, jobDescriptorId) REFERENCES job_desc(tenantid, id) ON DELETE CASCADE,
  CONSTRAINT `fk_job_param_tenantId` FOREIGN KEY (tenantid) REFERENCES tenant(id)
) ENGINE = INNODB;

CREATE TABLE `job_log` (
  tenantid BIGINT NOT NULL,
  id BIGINT NOT NULL,
  jobDescriptorId BIGINT NOT NULL,
  retryNumber BIGINT,
  lastUpdateDate BIGINT,
  lastMessage TEXT,
  PRIMARY KEY (tenantid, id),
  UNIQUE (tenantId, jobDescriptorId),
  CONSTRAINT `fk_job_log_jobid` FOREIGN KEY (tenantid, jobDescriptorId) REFERENCES job_desc(tenantid, id) ON DELETE CASCADE
) ENGINE = INNODB;

CREATE TABLE `page_mapping` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  key_ VARCHAR(255) NOT NULL,
  pageId BIGINT NULL,
  url VARCHAR(1024) NULL,
  urladapter VARCHAR(255) NULL,
  page_authoriz_rules TEXT NULL,
  lastUpdateDate BIGINT NULL,
  lastUpdatedBy BIGINT NULL,
  PRIMARY KEY (tenantId, id),
  UNIQUE (tenantId, key_)
) ENGINE = INNODB;

CREATE TABLE `form_mapping` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  process BIGINT NOT NULL,
  type INT NOT NULL,
  task VARCHAR(255),
  page_mapping_tenant_id BIGINT,
  page_mapping_id BIGINT,
  lastUpdateDate BIGINT,
  lastUpdatedBy BIGINT,
  target VARCHAR(16) NOT NULL,
  PRIMARY KEY (tenantId, id),
  CONSTRAINT `fk_form_mapping_key` FOREIGN KEY (page_mapping_tenant_id, page_mapping_id) REFERENCES page_mapping(tenantId, id)
) ENGINE = INNODB;

CREATE TABLE `proc_parameter` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  process_id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  value MEDIUMTEXT NULL,
  PRIMARY KEY (tenantId, id)
) ENGINE = INNODB;

CREATE TABLE `bar_resource` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  process_id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  type VARCHAR(16) NOT NULL,
  content LONGBLOB NOT NULL,
  PRIMARY KEY (tenantId, id),
  UNIQUE (tenantId, process_id, name, type)
) ENGINE = INNODB;

CREATE TABLE `temporary_content` (
  id BIGINT NOT NULL,
  creationDate BIGINT NOT NULL,
  key_ VARCHAR(255) NOT NULL,
  fileName VARCHAR(255) NOT NULL,
  mimeType VARCHAR(255) NOT NULL,
  content LONGBLOB NOT NULL,
  PRIMARY KEY (id),
  UNIQUE (key_)
) ENGINE = INNODB;

CREATE TABLE `tenant_resource` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  type VARCHAR(16) NOT NULL,
  content LONGBLOB NOT NULL,
  lastUpdatedBy BIGINT NOT NULL,
  lastUpdateDate BIGINT,
  state VARCHAR(50) NOT NULL,
  PRIMARY KEY (tenantId, id),
  CONSTRAINT UK_tenant_resource UNIQUE (tenantId, name, type)
) ENGINE = INNODB;

CREATE TABLE `icon` (
  tenantId BIGINT NOT NULL,
  id BIGINT NOT NULL,
  mimetype VARCHAR(255) NOT NULL,
  content LONGBLOB NOT NULL,
  CONSTRAINT pk_icon PRIMARY KEY (tenantId, id)
) ENGINE = INNODB;
