-- jBPM 7 (KIE / Red Hat jBPM; main branch, version 7.75.0-SNAPSHOT), github.com/kiegroup/jbpm
-- commit d518cacb3957a203a906a8ae1525aec12728a0d2 (2025-12-17, branch main). Licence: Apache-2.0.
-- Source: upstream's own MySQL (InnoDB) DDL scripts jbpm-db-scripts/src/main/resources/db/ddl-scripts/mysqlinnodb/
-- mysql-innodb-jbpm-schema.sql (process engine, runtime persistence, human-task service, audit / BAM log, executor,
-- case management logs) and task_assigning_tables_mysql_innodb.sql (the optional task-assigning table).
-- Every CREATE TABLE is copied with its columns in upstream's order and their types as written; the unique and
-- foreign-key constraints that upstream adds with ALTER TABLE ... ADD CONSTRAINT (same names) and its one
-- CREATE UNIQUE INDEX (IDX_TMI_KSessionUUID) are written inside the CREATE TABLE; plain indexes (ADD INDEX and
-- CREATE INDEX, among them upstream's partial index IDX_PInstLog_pInstId_status) are left out, as are the Quartz
-- job-store tables of quartz_tables_mysql_innodb.sql (used only for clustered timers). Tables are ordered so that
-- referenced tables come first. All 47 tables of the two scripts are kept; TaskEvent has no ENGINE clause upstream.

CREATE TABLE `OrganizationalEntity` (
  DTYPE varchar(31) not null,
  id varchar(255) not null,
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `Task` (
  id bigint not null auto_increment,
  archived smallint,
  allowedToDelegate varchar(255),
  description varchar(255),
  formName varchar(255),
  name varchar(255),
  priority integer not null,
  subTaskStrategy varchar(255),
  subject varchar(255),
  activationTime datetime(6),
  createdOn datetime(6),
  deploymentId varchar(255),
  documentAccessType integer,
  documentContentId bigint not null,
  documentType varchar(255),
  expirationTime datetime(6),
  faultAccessType integer,
  faultContentId bigint not null,
  faultName varchar(255),
  faultType varchar(255),
  outputAccessType integer,
  outputContentId bigint not null,
  outputType varchar(255),
  parentId bigint not null,
  previousStatus integer,
  processId varchar(255),
  processInstanceId bigint not null,
  processSessionId bigint not null,
  skipable boolean not null,
  status varchar(255),
  workItemId bigint not null,
  taskType varchar(255),
  OPTLOCK integer,
  taskInitiator_id varchar(255),
  actualOwner_id varchar(255),
  createdBy_id varchar(255),
  primary key (id),
  CONSTRAINT `FK_dpk0f9ucm14c78bsxthh7h8yh` FOREIGN KEY (taskInitiator_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_nh9nnt47f3l61qjlyedqt05rf` FOREIGN KEY (actualOwner_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_k02og0u71obf1uxgcdjx9rcjc` FOREIGN KEY (createdBy_id) references OrganizationalEntity (id)
) ENGINE=InnoDB;

CREATE TABLE `Attachment` (
  id bigint not null auto_increment,
  accessType integer,
  attachedAt datetime(6),
  attachmentContentId bigint not null,
  contentType varchar(255),
  name varchar(255),
  attachment_size integer,
  attachedBy_id varchar(255),
  TaskData_Attachments_Id bigint,
  primary key (id),
  CONSTRAINT `FK_7ndpfa311i50bq7hy18q05va3` FOREIGN KEY (attachedBy_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_hqupx569krp0f0sgu9kh87513` FOREIGN KEY (TaskData_Attachments_Id) references Task (id)
) ENGINE=InnoDB;

CREATE TABLE `AuditTaskImpl` (
  id bigint not null auto_increment,
  activationTime datetime(6),
  actualOwner varchar(255),
  createdBy varchar(255),
  createdOn datetime(6),
  deploymentId varchar(255),
  description varchar(255),
  dueDate datetime(6),
  name varchar(255),
  parentId bigint not null,
  priority integer not null,
  processId varchar(255),
  processInstanceId bigint not null,
  processSessionId bigint not null,
  status varchar(255),
  taskId bigint,
  workItemId bigint,
  lastModificationDate datetime(6),
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `BAMTaskSummary` (
  pk bigint not null auto_increment,
  createdDate datetime(6),
  duration bigint,
  endDate datetime(6),
  processInstanceId bigint not null,
  startDate datetime(6),
  status varchar(255),
  taskId bigint not null,
  taskName varchar(255),
  userId varchar(255),
  OPTLOCK integer,
  primary key (pk)
) ENGINE=InnoDB;

CREATE TABLE `Deadline` (
  id bigint not null auto_increment,
  deadline_date datetime(6),
  escalated smallint,
  Deadlines_StartDeadLine_Id bigint,
  Deadlines_EndDeadLine_Id bigint,
  primary key (id),
  CONSTRAINT `FK_68w742sge00vco2cq3jhbvmgx` FOREIGN KEY (Deadlines_StartDeadLine_Id) references Task (id),
  CONSTRAINT `FK_euoohoelbqvv94d8a8rcg8s5n` FOREIGN KEY (Deadlines_EndDeadLine_Id) references Task (id)
) ENGINE=InnoDB;

CREATE TABLE `Escalation` (
  id bigint not null auto_increment,
  name varchar(255),
  Deadline_Escalation_Id bigint,
  primary key (id),
  CONSTRAINT `FK_ay2gd4fvl9yaapviyxudwuvfg` FOREIGN KEY (Deadline_Escalation_Id) references Deadline (id)
) ENGINE=InnoDB;

CREATE TABLE `BooleanExpression` (
  id bigint not null auto_increment,
  expression longtext,
  type varchar(255),
  Escalation_Constraints_Id bigint,
  primary key (id),
  CONSTRAINT `FK_394nf2qoc0k9ok6omgd6jtpso` FOREIGN KEY (Escalation_Constraints_Id) references Escalation (id)
) ENGINE=InnoDB;

CREATE TABLE `CaseIdInfo` (
  id bigint not null auto_increment,
  caseIdPrefix varchar(255),
  currentValue bigint,
  primary key (id),
  UNIQUE KEY `UK_CaseIdInfo_1` (caseIdPrefix)
) ENGINE=InnoDB;

CREATE TABLE `CaseFileDataLog` (
  id bigint not null auto_increment,
  caseDefId varchar(255),
  caseId varchar(255),
  itemName varchar(255),
  itemType varchar(255),
  itemValue varchar(255),
  lastModified datetime(6),
  lastModifiedBy varchar(255),
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `CaseRoleAssignmentLog` (
  id bigint not null auto_increment,
  caseId varchar(255),
  entityId varchar(255),
  processInstanceId bigint not null,
  roleName varchar(255),
  type integer not null,
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `Content` (
  id bigint not null auto_increment,
  content longblob,
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `ContextMappingInfo` (
  mappingId bigint not null auto_increment,
  CONTEXT_ID varchar(255) not null,
  KSESSION_ID bigint not null,
  OWNER_ID varchar(255),
  OPTLOCK integer,
  primary key (mappingId)
) ENGINE=InnoDB;

CREATE TABLE `TimerMappingInfo` (
  id bigint not null auto_increment,
  externalTimerId varchar(255),
  kieSessionId bigint not null,
  processInstanceId bigint,
  timerId bigint,
  uuid varchar(255) not null,
  info longblob,
  primary key (id),
  UNIQUE KEY `IDX_TMI_KSessionUUID` (kieSessionId, uuid)
) ENGINE=InnoDB;

CREATE TABLE `CorrelationKeyInfo` (
  keyId bigint not null auto_increment,
  name varchar(255) not null,
  processInstanceId bigint not null,
  OPTLOCK integer,
  primary key (keyId),
  UNIQUE KEY `IDX_CorrelationKeyInfo_name` (name)
) ENGINE=InnoDB;

CREATE TABLE `CorrelationPropertyInfo` (
  propertyId bigint not null auto_increment,
  name varchar(255),
  value varchar(255),
  OPTLOCK integer,
  correlationKey_keyId bigint,
  primary key (propertyId),
  CONSTRAINT `FK_hrmx1m882cejwj9c04ixh50i4` FOREIGN KEY (correlationKey_keyId) references CorrelationKeyInfo (keyId)
) ENGINE=InnoDB;

CREATE TABLE `Delegation_delegates` (
  task_id bigint not null,
  entity_id varchar(255) not null,
  CONSTRAINT `FK_gn7ula51sk55wj1o1m57guqxb` FOREIGN KEY (entity_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_fajq6kossbsqwr3opkrctxei3` FOREIGN KEY (task_id) references Task (id)
) ENGINE=InnoDB;

CREATE TABLE `DeploymentStore` (
  id bigint not null auto_increment,
  attributes varchar(255),
  DEPLOYMENT_ID varchar(255),
  deploymentUnit longtext,
  state integer,
  updateDate datetime(6),
  primary key (id),
  UNIQUE KEY `UK_85rgskt09thd8mkkfl3tb0y81` (DEPLOYMENT_ID)
) ENGINE=InnoDB;

CREATE TABLE `RequestInfo` (
  id bigint not null auto_increment,
  commandName varchar(255),
  deploymentId varchar(255),
  executions integer not null,
  businessKey varchar(255),
  message varchar(255),
  owner varchar(255),
  priority integer not null,
  processInstanceId bigint,
  requestData longblob,
  responseData longblob,
  retries integer not null,
  status varchar(255),
  timestamp datetime(6),
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `ErrorInfo` (
  id bigint not null auto_increment,
  message varchar(255),
  stacktrace varchar(5000),
  timestamp datetime(6),
  REQUEST_ID bigint not null,
  primary key (id),
  CONSTRAINT `FK_cms0met37ggfw5p5gci3otaq0` FOREIGN KEY (REQUEST_ID) references RequestInfo (id)
) ENGINE=InnoDB;

CREATE TABLE `EventTypes` (
  InstanceId bigint not null,
  element varchar(255)
) ENGINE=InnoDB;

CREATE TABLE `ExecutionErrorInfo` (
  id bigint not null auto_increment,
  ERROR_ACK smallint,
  ERROR_ACK_AT datetime(6),
  ERROR_ACK_BY varchar(255),
  ACTIVITY_ID bigint,
  ACTIVITY_NAME varchar(255),
  DEPLOYMENT_ID varchar(255),
  ERROR_INFO longtext,
  ERROR_DATE datetime(6),
  ERROR_ID varchar(255),
  ERROR_MSG varchar(255),
  INIT_ACTIVITY_ID bigint,
  JOB_ID bigint,
  PROCESS_ID varchar(255),
  PROCESS_INST_ID bigint,
  ERROR_TYPE varchar(255),
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `Notification` (
  DTYPE varchar(31) not null,
  id bigint not null auto_increment,
  priority integer not null,
  Escalation_Notifications_Id bigint,
  primary key (id),
  CONSTRAINT `FK_bdbeml3768go5im41cgfpyso9` FOREIGN KEY (Escalation_Notifications_Id) references Escalation (id)
) ENGINE=InnoDB;

CREATE TABLE `Reassignment` (
  id bigint not null auto_increment,
  Escalation_Reassignments_Id bigint,
  primary key (id),
  CONSTRAINT `FK_pnpeue9hs6kx2ep0sp16b6kfd` FOREIGN KEY (Escalation_Reassignments_Id) references Escalation (id)
) ENGINE=InnoDB;

CREATE TABLE `I18NText` (
  id bigint not null auto_increment,
  language varchar(255),
  shortText varchar(255),
  text longtext,
  Task_Subjects_Id bigint,
  Task_Names_Id bigint,
  Task_Descriptions_Id bigint,
  Reassignment_Documentation_Id bigint,
  Notification_Subjects_Id bigint,
  Notification_Names_Id bigint,
  Notification_Documentation_Id bigint,
  Notification_Descriptions_Id bigint,
  Deadline_Documentation_Id bigint,
  primary key (id),
  CONSTRAINT `FK_k16jpgrh67ti9uedf6konsu1p` FOREIGN KEY (Task_Subjects_Id) references Task (id),
  CONSTRAINT `FK_fd9uk6hemv2dx1ojovo7ms3vp` FOREIGN KEY (Task_Names_Id) references Task (id),
  CONSTRAINT `FK_4eyfp69ucrron2hr7qx4np2fp` FOREIGN KEY (Task_Descriptions_Id) references Task (id),
  CONSTRAINT `FK_pqarjvvnwfjpeyb87yd7m0bfi` FOREIGN KEY (Reassignment_Documentation_Id) references Reassignment (id),
  CONSTRAINT `FK_o84rkh69r47ti8uv4eyj7bmo2` FOREIGN KEY (Notification_Subjects_Id) references Notification (id),
  CONSTRAINT `FK_g1trxri8w64enudw2t1qahhk5` FOREIGN KEY (Notification_Names_Id) references Notification (id),
  CONSTRAINT `FK_qoce92c70adem3ccb3i7lec8x` FOREIGN KEY (Notification_Documentation_Id) references Notification (id),
  CONSTRAINT `FK_bw8vmpekejxt1ei2ge26gdsry` FOREIGN KEY (Notification_Descriptions_Id) references Notification (id),
  CONSTRAINT `FK_21qvifarxsvuxeaw5sxwh473w` FOREIGN KEY (Deadline_Documentation_Id) references Deadline (id)
) ENGINE=InnoDB;

CREATE TABLE `NodeInstanceLog` (
  id bigint not null auto_increment,
  connection varchar(255),
  log_date datetime(6),
  externalId varchar(255),
  nodeId varchar(255),
  nodeInstanceId varchar(255),
  nodeName varchar(255),
  nodeType varchar(255),
  processId varchar(255),
  processInstanceId bigint not null,
  sla_due_date datetime(6),
  slaCompliance integer,
  type integer not null,
  workItemId bigint,
  nodeContainerId varchar(255),
  referenceId bigint,
  observation varchar(255),
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `Notification_BAs` (
  task_id bigint not null,
  entity_id varchar(255) not null,
  CONSTRAINT `FK_mfbsnbrhth4rjhqc2ud338s4i` FOREIGN KEY (entity_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_fc0uuy76t2bvxaxqysoo8xts7` FOREIGN KEY (task_id) references Notification (id)
) ENGINE=InnoDB;

CREATE TABLE `Notification_Recipients` (
  task_id bigint not null,
  entity_id varchar(255) not null,
  CONSTRAINT `FK_blf9jsrumtrthdaqnpwxt25eu` FOREIGN KEY (entity_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_3l244pj8sh78vtn9imaymrg47` FOREIGN KEY (task_id) references Notification (id)
) ENGINE=InnoDB;

CREATE TABLE `email_header` (
  id bigint not null auto_increment,
  body longtext,
  fromAddress varchar(255),
  language varchar(255),
  replyToAddress varchar(255),
  subject varchar(255),
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `Notification_email_header` (
  Notification_id bigint not null,
  emailHeaders_id bigint not null,
  mapkey varchar(255) not null,
  primary key (Notification_id, mapkey),
  UNIQUE KEY `IDX_NotEmail_Header` (emailHeaders_id),
  CONSTRAINT `FK_ptaka5kost68h7l3wflv7w6y8` FOREIGN KEY (emailHeaders_id) references email_header (id),
  CONSTRAINT `FK_eth4nvxn21fk1vnju85vkjrai` FOREIGN KEY (Notification_id) references Notification (id)
) ENGINE=InnoDB;

CREATE TABLE `PeopleAssignments_BAs` (
  task_id bigint not null,
  entity_id varchar(255) not null,
  CONSTRAINT `FK_t38xbkrq6cppifnxequhvjsl2` FOREIGN KEY (entity_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_omjg5qh7uv8e9bolbaq7hv6oh` FOREIGN KEY (task_id) references Task (id)
) ENGINE=InnoDB;

CREATE TABLE `PeopleAssignments_ExclOwners` (
  task_id bigint not null,
  entity_id varchar(255) not null,
  CONSTRAINT `FK_pth28a73rj6bxtlfc69kmqo0a` FOREIGN KEY (entity_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_b8owuxfrdng050ugpk0pdowa7` FOREIGN KEY (task_id) references Task (id)
) ENGINE=InnoDB;

CREATE TABLE `PeopleAssignments_PotOwners` (
  task_id bigint not null,
  entity_id varchar(255) not null,
  CONSTRAINT `FK_tee3ftir7xs6eo3fdvi3xw026` FOREIGN KEY (entity_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_4dv2oji7pr35ru0w45trix02x` FOREIGN KEY (task_id) references Task (id)
) ENGINE=InnoDB;

CREATE TABLE `PeopleAssignments_Recipients` (
  task_id bigint not null,
  entity_id varchar(255) not null,
  CONSTRAINT `FK_4g7y3wx6gnokf6vycgpxs83d6` FOREIGN KEY (entity_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_enhk831fghf6akjilfn58okl4` FOREIGN KEY (task_id) references Task (id)
) ENGINE=InnoDB;

CREATE TABLE `PeopleAssignments_Stakeholders` (
  task_id bigint not null,
  entity_id varchar(255) not null,
  CONSTRAINT `FK_met63inaep6cq4ofb3nnxi4tm` FOREIGN KEY (entity_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_4bh3ay74x6ql9usunubttfdf1` FOREIGN KEY (task_id) references Task (id)
) ENGINE=InnoDB;

CREATE TABLE `ProcessInstanceInfo` (
  InstanceId bigint not null auto_increment,
  lastModificationDate datetime(6),
  lastReadDate datetime(6),
  processId varchar(255),
  processInstanceByteArray longblob,
  startDate datetime(6),
  state integer not null,
  OPTLOCK integer,
  primary key (InstanceId)
) ENGINE=InnoDB;

CREATE TABLE `ProcessInstanceLog` (
  id bigint not null auto_increment,
  correlationKey varchar(255),
  duration bigint,
  end_date datetime(6),
  externalId varchar(255),
  user_identity varchar(255),
  outcome varchar(255),
  parentProcessInstanceId bigint,
  processId varchar(255),
  processInstanceDescription varchar(255),
  processInstanceId bigint not null,
  processName varchar(255),
  processType integer,
  processVersion varchar(255),
  sla_due_date datetime(6),
  slaCompliance integer,
  start_date datetime(6),
  status integer,
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `QueryDefinitionStore` (
  id bigint not null auto_increment,
  qExpression longtext,
  qName varchar(255),
  qSource varchar(255),
  qTarget varchar(255),
  primary key (id),
  UNIQUE KEY `UK_4ry5gt77jvq0orfttsoghta2j` (qName)
) ENGINE=InnoDB;

CREATE TABLE `Reassignment_potentialOwners` (
  task_id bigint not null,
  entity_id varchar(255) not null,
  CONSTRAINT `FK_8frl6la7tgparlnukhp8xmody` FOREIGN KEY (entity_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_qbega5ncu6b9yigwlw55aeijn` FOREIGN KEY (task_id) references Reassignment (id)
) ENGINE=InnoDB;

CREATE TABLE `SessionInfo` (
  id bigint not null auto_increment,
  lastModificationDate datetime(6),
  rulesByteArray longblob,
  startDate datetime(6),
  OPTLOCK integer,
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `TaskDef` (
  id bigint not null auto_increment,
  name varchar(255),
  priority integer not null,
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `TaskEvent` (
  id bigint not null auto_increment,
  logTime datetime(6),
  message varchar(255),
  processInstanceId bigint,
  taskId bigint,
  type varchar(255),
  userId varchar(255),
  OPTLOCK integer,
  workItemId bigint,
  correlationKey varchar(255),
  processType integer,
  currentOwner varchar(255),
  primary key (id)
) ;

CREATE TABLE `TaskVariableImpl` (
  id bigint not null auto_increment,
  modificationDate datetime(6),
  name varchar(255),
  processId varchar(255),
  processInstanceId bigint,
  taskId bigint,
  type integer,
  value varchar(4000),
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `VariableInstanceLog` (
  id bigint not null auto_increment,
  log_date datetime(6),
  externalId varchar(255),
  oldValue varchar(255),
  processId varchar(255),
  processInstanceId bigint not null,
  value varchar(255),
  variableId varchar(255),
  variableInstanceId varchar(255),
  primary key (id)
) ENGINE=InnoDB;

CREATE TABLE `WorkItemInfo` (
  workItemId bigint not null auto_increment,
  creationDate datetime(6),
  name varchar(255),
  processInstanceId bigint not null,
  state bigint not null,
  OPTLOCK integer,
  workItemByteArray longblob,
  primary key (workItemId)
) ENGINE=InnoDB;

CREATE TABLE `task_comment` (
  id bigint not null auto_increment,
  addedAt datetime(6),
  text longtext,
  addedBy_id varchar(255),
  TaskData_Comments_Id bigint,
  primary key (id),
  CONSTRAINT `FK_aax378yjnsmw9kb9vsu994jjv` FOREIGN KEY (addedBy_id) references OrganizationalEntity (id),
  CONSTRAINT `FK_1ws9jdmhtey6mxu7jb0r0ufvs` FOREIGN KEY (TaskData_Comments_Id) references Task (id)
) ENGINE=InnoDB;

CREATE TABLE `PlanningTask` (
  taskId bigint not null,
  OPTLOCK integer,
  assignedUser varchar(255),
  taskIndex integer not null,
  lastModificationDate datetime(6),
  published smallint not null,
  primary key (taskId)
) ENGINE=InnoDB;
