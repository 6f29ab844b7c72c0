-- Camunda 7 (Camunda Platform 7 / Camunda BPM, community edition; engine version 7.24.0-SNAPSHOT),
-- github.com/camunda/camunda-bpm-platform commit 3dd653fe66d352d15009a6b4b355e81bf683d319 (2025-09-25, branch master).
-- Licence: Apache-2.0.
-- Source: upstream's own MySQL create scripts engine/src/main/resources/org/camunda/bpm/engine/db/create/
-- activiti.mysql.create.{engine,history,identity,case.engine,case.history,decision.engine,decision.history}.sql,
-- the scripts the engine (and the SQL scripts of the distribution) run on a fresh MySQL database.
-- Every CREATE TABLE is copied with its columns in upstream's order and their types as written; the primary keys
-- declared in the CREATE TABLE, the unique and foreign-key constraints that upstream adds with ALTER TABLE ... ADD
-- CONSTRAINT (same names, same ON DELETE / ON UPDATE actions) are written inside the CREATE TABLE; plain
-- CREATE INDEX statements and the seed INSERTs (ACT_GE_PROPERTY, ACT_GE_SCHEMA_LOG) are left out. Tables are
-- ordered so that referenced tables come first. All 49 tables of the seven scripts are kept.

CREATE TABLE `ACT_GE_PROPERTY` (
  NAME_ varchar(64),
  VALUE_ varchar(300),
  REV_ integer,
  primary key (NAME_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RE_DEPLOYMENT` (
  ID_ varchar(64),
  NAME_ varchar(255),
  DEPLOY_TIME_ datetime,
  SOURCE_ varchar(255),
  TENANT_ID_ varchar(64),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_GE_BYTEARRAY` (
  ID_ varchar(64),
  REV_ integer,
  NAME_ varchar(255),
  DEPLOYMENT_ID_ varchar(64),
  BYTES_ LONGBLOB,
  GENERATED_ TINYINT,
  TENANT_ID_ varchar(64),
  TYPE_ integer,
  CREATE_TIME_ datetime,
  ROOT_PROC_INST_ID_ varchar(64),
  REMOVAL_TIME_ datetime,
  primary key (ID_),
  CONSTRAINT `ACT_FK_BYTEARR_DEPL` FOREIGN KEY (DEPLOYMENT_ID_) references ACT_RE_DEPLOYMENT (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_GE_SCHEMA_LOG` (
  ID_ varchar(64),
  TIMESTAMP_ datetime,
  VERSION_ varchar(255),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RE_PROCDEF` (
  ID_ varchar(64) not null,
  REV_ integer,
  CATEGORY_ varchar(255),
  NAME_ varchar(255),
  KEY_ varchar(255) not null,
  VERSION_ integer not null,
  DEPLOYMENT_ID_ varchar(64),
  RESOURCE_NAME_ varchar(4000),
  DGRM_RESOURCE_NAME_ varchar(4000),
  HAS_START_FORM_KEY_ TINYINT,
  SUSPENSION_STATE_ integer,
  TENANT_ID_ varchar(64),
  VERSION_TAG_ varchar(64),
  HISTORY_TTL_ integer,
  STARTABLE_ boolean NOT NULL default TRUE,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_EXECUTION` (
  ID_ varchar(64),
  REV_ integer,
  ROOT_PROC_INST_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  BUSINESS_KEY_ varchar(255),
  PARENT_ID_ varchar(64),
  PROC_DEF_ID_ varchar(64),
  SUPER_EXEC_ varchar(64),
  SUPER_CASE_EXEC_ varchar(64),
  CASE_INST_ID_ varchar(64),
  ACT_ID_ varchar(255),
  ACT_INST_ID_ varchar(64),
  IS_ACTIVE_ TINYINT,
  IS_CONCURRENT_ TINYINT,
  IS_SCOPE_ TINYINT,
  IS_EVENT_SCOPE_ TINYINT,
  SUSPENSION_STATE_ integer,
  CACHED_ENT_STATE_ integer,
  SEQUENCE_COUNTER_ bigint,
  TENANT_ID_ varchar(64),
  PROC_DEF_KEY_ varchar(255),
  primary key (ID_),
  CONSTRAINT `ACT_FK_EXE_PROCINST` FOREIGN KEY (PROC_INST_ID_) references ACT_RU_EXECUTION (ID_) on delete cascade on update cascade,
  CONSTRAINT `ACT_FK_EXE_PARENT` FOREIGN KEY (PARENT_ID_) references ACT_RU_EXECUTION (ID_),
  CONSTRAINT `ACT_FK_EXE_SUPER` FOREIGN KEY (SUPER_EXEC_) references ACT_RU_EXECUTION (ID_),
  CONSTRAINT `ACT_FK_EXE_PROCDEF` FOREIGN KEY (PROC_DEF_ID_) references ACT_RE_PROCDEF (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_JOB` (
  ID_ varchar(64) NOT NULL,
  REV_ integer,
  TYPE_ varchar(255) NOT NULL,
  LOCK_EXP_TIME_ datetime NULL,
  LOCK_OWNER_ varchar(255),
  EXCLUSIVE_ boolean,
  EXECUTION_ID_ varchar(64),
  ROOT_PROC_INST_ID_ varchar(64),
  PROCESS_INSTANCE_ID_ varchar(64),
  PROCESS_DEF_ID_ varchar(64),
  PROCESS_DEF_KEY_ varchar(255),
  RETRIES_ integer,
  EXCEPTION_STACK_ID_ varchar(64),
  EXCEPTION_MSG_ varchar(4000),
  FAILED_ACT_ID_ varchar(255),
  DUEDATE_ datetime NULL,
  REPEAT_ varchar(255),
  REPEAT_OFFSET_ bigint DEFAULT 0,
  HANDLER_TYPE_ varchar(255),
  HANDLER_CFG_ varchar(4000),
  DEPLOYMENT_ID_ varchar(64),
  SUSPENSION_STATE_ integer NOT NULL DEFAULT 1,
  JOB_DEF_ID_ varchar(64),
  PRIORITY_ bigint NOT NULL DEFAULT 0,
  SEQUENCE_COUNTER_ bigint,
  TENANT_ID_ varchar(64),
  CREATE_TIME_ datetime,
  LAST_FAILURE_LOG_ID_ varchar(64),
  BATCH_ID_ varchar(64),
  primary key (ID_),
  CONSTRAINT `ACT_FK_JOB_EXCEPTION` FOREIGN KEY (EXCEPTION_STACK_ID_) references ACT_GE_BYTEARRAY (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_JOBDEF` (
  ID_ varchar(64) NOT NULL,
  REV_ integer,
  PROC_DEF_ID_ varchar(64),
  PROC_DEF_KEY_ varchar(255),
  ACT_ID_ varchar(255),
  JOB_TYPE_ varchar(255) NOT NULL,
  JOB_CONFIGURATION_ varchar(255),
  SUSPENSION_STATE_ integer,
  JOB_PRIORITY_ bigint,
  TENANT_ID_ varchar(64),
  DEPLOYMENT_ID_ varchar(64),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RE_CAMFORMDEF` (
  ID_ varchar(64) not null,
  REV_ integer,
  KEY_ varchar(255) not null,
  VERSION_ integer not null,
  DEPLOYMENT_ID_ varchar(64),
  RESOURCE_NAME_ varchar(4000),
  TENANT_ID_ varchar(64),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RE_CASE_DEF` (
  ID_ varchar(64) not null,
  REV_ integer,
  CATEGORY_ varchar(255),
  NAME_ varchar(255),
  KEY_ varchar(255) not null,
  VERSION_ integer not null,
  DEPLOYMENT_ID_ varchar(64),
  RESOURCE_NAME_ varchar(4000),
  DGRM_RESOURCE_NAME_ varchar(4000),
  TENANT_ID_ varchar(64),
  HISTORY_TTL_ integer,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_CASE_EXECUTION` (
  ID_ varchar(64) NOT NULL,
  REV_ integer,
  CASE_INST_ID_ varchar(64),
  SUPER_CASE_EXEC_ varchar(64),
  SUPER_EXEC_ varchar(64),
  BUSINESS_KEY_ varchar(255),
  PARENT_ID_ varchar(64),
  CASE_DEF_ID_ varchar(64),
  ACT_ID_ varchar(255),
  PREV_STATE_ integer,
  CURRENT_STATE_ integer,
  REQUIRED_ boolean,
  TENANT_ID_ varchar(64),
  primary key (ID_),
  CONSTRAINT `ACT_FK_CASE_EXE_CASE_INST` FOREIGN KEY (CASE_INST_ID_) references ACT_RU_CASE_EXECUTION(ID_) on delete cascade on update cascade,
  CONSTRAINT `ACT_FK_CASE_EXE_PARENT` FOREIGN KEY (PARENT_ID_) references ACT_RU_CASE_EXECUTION(ID_),
  CONSTRAINT `ACT_FK_CASE_EXE_CASE_DEF` FOREIGN KEY (CASE_DEF_ID_) references ACT_RE_CASE_DEF(ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_TASK` (
  ID_ varchar(64),
  REV_ integer,
  EXECUTION_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  PROC_DEF_ID_ varchar(64),
  CASE_EXECUTION_ID_ varchar(64),
  CASE_INST_ID_ varchar(64),
  CASE_DEF_ID_ varchar(64),
  NAME_ varchar(255),
  PARENT_TASK_ID_ varchar(64),
  DESCRIPTION_ varchar(4000),
  TASK_DEF_KEY_ varchar(255),
  OWNER_ varchar(255),
  ASSIGNEE_ varchar(255),
  DELEGATION_ varchar(64),
  PRIORITY_ integer,
  CREATE_TIME_ datetime,
  LAST_UPDATED_ datetime,
  DUE_DATE_ datetime,
  FOLLOW_UP_DATE_ datetime,
  SUSPENSION_STATE_ integer,
  TENANT_ID_ varchar(64),
  TASK_STATE_ varchar(64),
  primary key (ID_),
  CONSTRAINT `ACT_FK_TASK_EXE` FOREIGN KEY (EXECUTION_ID_) references ACT_RU_EXECUTION (ID_),
  CONSTRAINT `ACT_FK_TASK_PROCINST` FOREIGN KEY (PROC_INST_ID_) references ACT_RU_EXECUTION (ID_),
  CONSTRAINT `ACT_FK_TASK_PROCDEF` FOREIGN KEY (PROC_DEF_ID_) references ACT_RE_PROCDEF (ID_),
  CONSTRAINT `ACT_FK_TASK_CASE_EXE` FOREIGN KEY (CASE_EXECUTION_ID_) references ACT_RU_CASE_EXECUTION(ID_),
  CONSTRAINT `ACT_FK_TASK_CASE_DEF` FOREIGN KEY (CASE_DEF_ID_) references ACT_RE_CASE_DEF(ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_IDENTITYLINK` (
  ID_ varchar(64),
  REV_ integer,
  GROUP_ID_ varchar(255),
  TYPE_ varchar(255),
  USER_ID_ varchar(255),
  TASK_ID_ varchar(64),
  PROC_DEF_ID_ varchar(64),
  TENANT_ID_ varchar(64),
  primary key (ID_),
  CONSTRAINT `ACT_FK_TSKASS_TASK` FOREIGN KEY (TASK_ID_) references ACT_RU_TASK (ID_),
  CONSTRAINT `ACT_FK_ATHRZ_PROCEDEF` FOREIGN KEY (PROC_DEF_ID_) references ACT_RE_PROCDEF(ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_BATCH` (
  ID_ varchar(64) not null,
  REV_ integer not null,
  TYPE_ varchar(255),
  TOTAL_JOBS_ integer,
  JOBS_CREATED_ integer,
  JOBS_PER_SEED_ integer,
  INVOCATIONS_PER_JOB_ integer,
  SEED_JOB_DEF_ID_ varchar(64),
  BATCH_JOB_DEF_ID_ varchar(64),
  MONITOR_JOB_DEF_ID_ varchar(64),
  SUSPENSION_STATE_ integer,
  CONFIGURATION_ varchar(255),
  TENANT_ID_ varchar(64),
  CREATE_USER_ID_ varchar(255),
  START_TIME_ datetime,
  EXEC_START_TIME_ datetime,
  primary key (ID_),
  CONSTRAINT `ACT_FK_BATCH_SEED_JOB_DEF` FOREIGN KEY (SEED_JOB_DEF_ID_) references ACT_RU_JOBDEF (ID_),
  CONSTRAINT `ACT_FK_BATCH_MONITOR_JOB_DEF` FOREIGN KEY (MONITOR_JOB_DEF_ID_) references ACT_RU_JOBDEF (ID_),
  CONSTRAINT `ACT_FK_BATCH_JOB_DEF` FOREIGN KEY (BATCH_JOB_DEF_ID_) references ACT_RU_JOBDEF (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_VARIABLE` (
  ID_ varchar(64) not null,
  REV_ integer,
  TYPE_ varchar(255) not null,
  NAME_ varchar(255) not null,
  EXECUTION_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  PROC_DEF_ID_ varchar(64),
  CASE_EXECUTION_ID_ varchar(64),
  CASE_INST_ID_ varchar(64),
  TASK_ID_ varchar(64),
  BATCH_ID_ varchar(64),
  BYTEARRAY_ID_ varchar(64),
  DOUBLE_ double,
  LONG_ bigint,
  TEXT_ varchar(4000),
  TEXT2_ varchar(4000),
  VAR_SCOPE_ varchar(64) not null,
  SEQUENCE_COUNTER_ bigint,
  IS_CONCURRENT_LOCAL_ TINYINT,
  TENANT_ID_ varchar(64),
  primary key (ID_),
  UNIQUE KEY `ACT_UNIQ_VARIABLE` (VAR_SCOPE_, NAME_),
  CONSTRAINT `ACT_FK_VAR_EXE` FOREIGN KEY (EXECUTION_ID_) references ACT_RU_EXECUTION (ID_),
  CONSTRAINT `ACT_FK_VAR_PROCINST` FOREIGN KEY (PROC_INST_ID_) references ACT_RU_EXECUTION(ID_),
  CONSTRAINT `ACT_FK_VAR_BYTEARRAY` FOREIGN KEY (BYTEARRAY_ID_) references ACT_GE_BYTEARRAY (ID_),
  CONSTRAINT `ACT_FK_VAR_BATCH` FOREIGN KEY (BATCH_ID_) references ACT_RU_BATCH (ID_),
  CONSTRAINT `ACT_FK_VAR_CASE_EXE` FOREIGN KEY (CASE_EXECUTION_ID_) references ACT_RU_CASE_EXECUTION(ID_),
  CONSTRAINT `ACT_FK_VAR_CASE_INST` FOREIGN KEY (CASE_INST_ID_) references ACT_RU_CASE_EXECUTION(ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_EVENT_SUBSCR` (
  ID_ varchar(64) not null,
  REV_ integer,
  EVENT_TYPE_ varchar(255) not null,
  EVENT_NAME_ varchar(255),
  EXECUTION_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  ACTIVITY_ID_ varchar(255),
  CONFIGURATION_ varchar(255),
  CREATED_ datetime not null,
  TENANT_ID_ varchar(64),
  primary key (ID_),
  CONSTRAINT `ACT_FK_EVENT_EXEC` FOREIGN KEY (EXECUTION_ID_) references ACT_RU_EXECUTION(ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_INCIDENT` (
  ID_ varchar(64) not null,
  REV_ integer not null,
  INCIDENT_TIMESTAMP_ datetime not null,
  INCIDENT_MSG_ varchar(4000),
  INCIDENT_TYPE_ varchar(255) not null,
  EXECUTION_ID_ varchar(64),
  ACTIVITY_ID_ varchar(255),
  FAILED_ACTIVITY_ID_ varchar(255),
  PROC_INST_ID_ varchar(64),
  PROC_DEF_ID_ varchar(64),
  CAUSE_INCIDENT_ID_ varchar(64),
  ROOT_CAUSE_INCIDENT_ID_ varchar(64),
  CONFIGURATION_ varchar(255),
  TENANT_ID_ varchar(64),
  JOB_DEF_ID_ varchar(64),
  ANNOTATION_ varchar(4000),
  primary key (ID_),
  CONSTRAINT `ACT_FK_INC_EXE` FOREIGN KEY (EXECUTION_ID_) references ACT_RU_EXECUTION (ID_),
  CONSTRAINT `ACT_FK_INC_PROCINST` FOREIGN KEY (PROC_INST_ID_) references ACT_RU_EXECUTION (ID_),
  CONSTRAINT `ACT_FK_INC_PROCDEF` FOREIGN KEY (PROC_DEF_ID_) references ACT_RE_PROCDEF (ID_),
  CONSTRAINT `ACT_FK_INC_CAUSE` FOREIGN KEY (CAUSE_INCIDENT_ID_) references ACT_RU_INCIDENT (ID_) on delete cascade on update cascade,
  CONSTRAINT `ACT_FK_INC_RCAUSE` FOREIGN KEY (ROOT_CAUSE_INCIDENT_ID_) references ACT_RU_INCIDENT (ID_) on delete cascade on update cascade,
  CONSTRAINT `ACT_FK_INC_JOB_DEF` FOREIGN KEY (JOB_DEF_ID_) references ACT_RU_JOBDEF (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_AUTHORIZATION` (
  ID_ varchar(64) not null,
  REV_ integer not null,
  TYPE_ integer not null,
  GROUP_ID_ varchar(255),
  USER_ID_ varchar(255),
  RESOURCE_TYPE_ integer not null,
  RESOURCE_ID_ varchar(255),
  PERMS_ integer,
  REMOVAL_TIME_ datetime,
  ROOT_PROC_INST_ID_ varchar(64),
  primary key (ID_),
  UNIQUE KEY `ACT_UNIQ_AUTH_USER` (USER_ID_,TYPE_,RESOURCE_TYPE_,RESOURCE_ID_),
  UNIQUE KEY `ACT_UNIQ_AUTH_GROUP` (GROUP_ID_,TYPE_,RESOURCE_TYPE_,RESOURCE_ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_FILTER` (
  ID_ varchar(64) not null,
  REV_ integer not null,
  RESOURCE_TYPE_ varchar(255) not null,
  NAME_ varchar(255) not null,
  OWNER_ varchar(255),
  QUERY_ LONGTEXT not null,
  PROPERTIES_ LONGTEXT,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_METER_LOG` (
  ID_ varchar(64) not null,
  NAME_ varchar(64) not null,
  REPORTER_ varchar(255),
  VALUE_ bigint,
  TIMESTAMP_ datetime,
  MILLISECONDS_ bigint DEFAULT 0,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_TASK_METER_LOG` (
  ID_ varchar(64) not null,
  ASSIGNEE_HASH_ bigint,
  TIMESTAMP_ datetime,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_EXT_TASK` (
  ID_ varchar(64) not null,
  REV_ integer not null,
  WORKER_ID_ varchar(255),
  TOPIC_NAME_ varchar(255),
  RETRIES_ integer,
  ERROR_MSG_ varchar(4000),
  ERROR_DETAILS_ID_ varchar(64),
  LOCK_EXP_TIME_ datetime NULL,
  CREATE_TIME_ datetime NULL,
  SUSPENSION_STATE_ integer,
  EXECUTION_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  PROC_DEF_ID_ varchar(64),
  PROC_DEF_KEY_ varchar(255),
  ACT_ID_ varchar(255),
  ACT_INST_ID_ varchar(64),
  TENANT_ID_ varchar(64),
  PRIORITY_ bigint NOT NULL DEFAULT 0,
  LAST_FAILURE_LOG_ID_ varchar(64),
  primary key (ID_),
  CONSTRAINT `ACT_FK_EXT_TASK_ERROR_DETAILS` FOREIGN KEY (ERROR_DETAILS_ID_) references ACT_GE_BYTEARRAY (ID_),
  CONSTRAINT `ACT_FK_EXT_TASK_EXE` FOREIGN KEY (EXECUTION_ID_) references ACT_RU_EXECUTION (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_PROCINST` (
  ID_ varchar(64) not null,
  PROC_INST_ID_ varchar(64) not null,
  BUSINESS_KEY_ varchar(255),
  PROC_DEF_KEY_ varchar(255),
  PROC_DEF_ID_ varchar(64) not null,
  START_TIME_ datetime not null,
  END_TIME_ datetime,
  REMOVAL_TIME_ datetime,
  DURATION_ bigint,
  START_USER_ID_ varchar(255),
  START_ACT_ID_ varchar(255),
  END_ACT_ID_ varchar(255),
  SUPER_PROCESS_INSTANCE_ID_ varchar(64),
  ROOT_PROC_INST_ID_ varchar(64),
  SUPER_CASE_INSTANCE_ID_ varchar(64),
  CASE_INST_ID_ varchar(64),
  DELETE_REASON_ varchar(4000),
  TENANT_ID_ varchar(64),
  STATE_ varchar(255),
  RESTARTED_PROC_INST_ID_ varchar(64),
  primary key (ID_),
  unique (PROC_INST_ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_ACTINST` (
  ID_ varchar(64) not null,
  PARENT_ACT_INST_ID_ varchar(64),
  PROC_DEF_KEY_ varchar(255),
  PROC_DEF_ID_ varchar(64) not null,
  ROOT_PROC_INST_ID_ varchar(64),
  PROC_INST_ID_ varchar(64) not null,
  EXECUTION_ID_ varchar(64) not null,
  ACT_ID_ varchar(255) not null,
  TASK_ID_ varchar(64),
  CALL_PROC_INST_ID_ varchar(64),
  CALL_CASE_INST_ID_ varchar(64),
  ACT_NAME_ varchar(255),
  ACT_TYPE_ varchar(255) not null,
  ASSIGNEE_ varchar(255),
  START_TIME_ datetime not null,
  END_TIME_ datetime,
  DURATION_ bigint,
  ACT_INST_STATE_ integer,
  SEQUENCE_COUNTER_ bigint,
  TENANT_ID_ varchar(64),
  REMOVAL_TIME_ datetime,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_TASKINST` (
  ID_ varchar(64) not null,
  TASK_DEF_KEY_ varchar(255),
  PROC_DEF_KEY_ varchar(255),
  PROC_DEF_ID_ varchar(64),
  ROOT_PROC_INST_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  EXECUTION_ID_ varchar(64),
  CASE_DEF_KEY_ varchar(255),
  CASE_DEF_ID_ varchar(64),
  CASE_INST_ID_ varchar(64),
  CASE_EXECUTION_ID_ varchar(64),
  ACT_INST_ID_ varchar(64),
  NAME_ varchar(255),
  PARENT_TASK_ID_ varchar(64),
  DESCRIPTION_ varchar(4000),
  OWNER_ varchar(255),
  ASSIGNEE_ varchar(255),
  START_TIME_ datetime not null,
  END_TIME_ datetime,
  DURATION_ bigint,
  DELETE_REASON_ varchar(4000),
  PRIORITY_ integer,
  DUE_DATE_ datetime,
  FOLLOW_UP_DATE_ datetime,
  TENANT_ID_ varchar(64),
  REMOVAL_TIME_ datetime,
  TASK_STATE_ varchar(64),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_VARINST` (
  ID_ varchar(64) not null,
  PROC_DEF_KEY_ varchar(255),
  PROC_DEF_ID_ varchar(64),
  ROOT_PROC_INST_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  EXECUTION_ID_ varchar(64),
  ACT_INST_ID_ varchar(64),
  CASE_DEF_KEY_ varchar(255),
  CASE_DEF_ID_ varchar(64),
  CASE_INST_ID_ varchar(64),
  CASE_EXECUTION_ID_ varchar(64),
  TASK_ID_ varchar(64),
  NAME_ varchar(255) not null,
  VAR_TYPE_ varchar(100),
  CREATE_TIME_ datetime,
  REV_ integer,
  BYTEARRAY_ID_ varchar(64),
  DOUBLE_ double,
  LONG_ bigint,
  TEXT_ varchar(4000),
  TEXT2_ varchar(4000),
  TENANT_ID_ varchar(64),
  STATE_ varchar(20),
  REMOVAL_TIME_ datetime,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_DETAIL` (
  ID_ varchar(64) not null,
  TYPE_ varchar(255) not null,
  PROC_DEF_KEY_ varchar(255),
  PROC_DEF_ID_ varchar(64),
  ROOT_PROC_INST_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  EXECUTION_ID_ varchar(64),
  CASE_DEF_KEY_ varchar(255),
  CASE_DEF_ID_ varchar(64),
  CASE_INST_ID_ varchar(64),
  CASE_EXECUTION_ID_ varchar(64),
  TASK_ID_ varchar(64),
  ACT_INST_ID_ varchar(64),
  VAR_INST_ID_ varchar(64),
  NAME_ varchar(255) not null,
  VAR_TYPE_ varchar(255),
  REV_ integer,
  TIME_ datetime not null,
  BYTEARRAY_ID_ varchar(64),
  DOUBLE_ double,
  LONG_ bigint,
  TEXT_ varchar(4000),
  TEXT2_ varchar(4000),
  SEQUENCE_COUNTER_ bigint,
  TENANT_ID_ varchar(64),
  OPERATION_ID_ varchar(64),
  REMOVAL_TIME_ datetime,
  INITIAL_ boolean,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_IDENTITYLINK` (
  ID_ varchar(64) not null,
  TIMESTAMP_ timestamp not null,
  TYPE_ varchar(255),
  USER_ID_ varchar(255),
  GROUP_ID_ varchar(255),
  TASK_ID_ varchar(64),
  ROOT_PROC_INST_ID_ varchar(64),
  PROC_DEF_ID_ varchar(64),
  OPERATION_TYPE_ varchar(64),
  ASSIGNER_ID_ varchar(64),
  PROC_DEF_KEY_ varchar(255),
  TENANT_ID_ varchar(64),
  REMOVAL_TIME_ datetime,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_COMMENT` (
  ID_ varchar(64) not null,
  TYPE_ varchar(255),
  TIME_ datetime not null,
  USER_ID_ varchar(255),
  TASK_ID_ varchar(64),
  ROOT_PROC_INST_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  ACTION_ varchar(255),
  MESSAGE_ varchar(4000),
  FULL_MSG_ LONGBLOB,
  TENANT_ID_ varchar(64),
  REMOVAL_TIME_ datetime,
  REV_ integer not null default 1,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_ATTACHMENT` (
  ID_ varchar(64) not null,
  REV_ integer,
  USER_ID_ varchar(255),
  NAME_ varchar(255),
  DESCRIPTION_ varchar(4000),
  TYPE_ varchar(255),
  TASK_ID_ varchar(64),
  ROOT_PROC_INST_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  URL_ varchar(4000),
  CONTENT_ID_ varchar(64),
  TENANT_ID_ varchar(64),
  CREATE_TIME_ datetime,
  REMOVAL_TIME_ datetime,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_OP_LOG` (
  ID_ varchar(64) not null,
  DEPLOYMENT_ID_ varchar(64),
  PROC_DEF_ID_ varchar(64),
  PROC_DEF_KEY_ varchar(255),
  ROOT_PROC_INST_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  EXECUTION_ID_ varchar(64),
  CASE_DEF_ID_ varchar(64),
  CASE_INST_ID_ varchar(64),
  CASE_EXECUTION_ID_ varchar(64),
  TASK_ID_ varchar(64),
  JOB_ID_ varchar(64),
  JOB_DEF_ID_ varchar(64),
  BATCH_ID_ varchar(64),
  USER_ID_ varchar(255),
  TIMESTAMP_ timestamp not null,
  OPERATION_TYPE_ varchar(64),
  OPERATION_ID_ varchar(64),
  ENTITY_TYPE_ varchar(30),
  PROPERTY_ varchar(64),
  ORG_VALUE_ varchar(4000),
  NEW_VALUE_ varchar(4000),
  TENANT_ID_ varchar(64),
  REMOVAL_TIME_ datetime,
  CATEGORY_ varchar(64),
  EXTERNAL_TASK_ID_ varchar(64),
  ANNOTATION_ varchar(4000),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_INCIDENT` (
  ID_ varchar(64) not null,
  PROC_DEF_KEY_ varchar(255),
  PROC_DEF_ID_ varchar(64),
  ROOT_PROC_INST_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  EXECUTION_ID_ varchar(64),
  CREATE_TIME_ timestamp not null,
  END_TIME_ timestamp null,
  INCIDENT_MSG_ varchar(4000),
  INCIDENT_TYPE_ varchar(255) not null,
  ACTIVITY_ID_ varchar(255),
  FAILED_ACTIVITY_ID_ varchar(255),
  CAUSE_INCIDENT_ID_ varchar(64),
  ROOT_CAUSE_INCIDENT_ID_ varchar(64),
  CONFIGURATION_ varchar(255),
  HISTORY_CONFIGURATION_ varchar(255),
  INCIDENT_STATE_ integer,
  TENANT_ID_ varchar(64),
  JOB_DEF_ID_ varchar(64),
  ANNOTATION_ varchar(4000),
  REMOVAL_TIME_ datetime,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_JOB_LOG` (
  ID_ varchar(64) not null,
  TIMESTAMP_ datetime not null,
  JOB_ID_ varchar(64) not null,
  JOB_DUEDATE_ datetime NULL,
  JOB_RETRIES_ integer,
  JOB_PRIORITY_ bigint NOT NULL DEFAULT 0,
  JOB_EXCEPTION_MSG_ varchar(4000),
  JOB_EXCEPTION_STACK_ID_ varchar(64),
  JOB_STATE_ integer,
  JOB_DEF_ID_ varchar(64),
  JOB_DEF_TYPE_ varchar(255),
  JOB_DEF_CONFIGURATION_ varchar(255),
  ACT_ID_ varchar(255),
  FAILED_ACT_ID_ varchar(255),
  EXECUTION_ID_ varchar(64),
  ROOT_PROC_INST_ID_ varchar(64),
  PROCESS_INSTANCE_ID_ varchar(64),
  PROCESS_DEF_ID_ varchar(64),
  PROCESS_DEF_KEY_ varchar(255),
  DEPLOYMENT_ID_ varchar(64),
  SEQUENCE_COUNTER_ bigint,
  TENANT_ID_ varchar(64),
  HOSTNAME_ varchar(255),
  REMOVAL_TIME_ datetime,
  BATCH_ID_ varchar(64),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_BATCH` (
  ID_ varchar(64) not null,
  TYPE_ varchar(255),
  TOTAL_JOBS_ integer,
  JOBS_PER_SEED_ integer,
  INVOCATIONS_PER_JOB_ integer,
  SEED_JOB_DEF_ID_ varchar(64),
  MONITOR_JOB_DEF_ID_ varchar(64),
  BATCH_JOB_DEF_ID_ varchar(64),
  TENANT_ID_ varchar(64),
  CREATE_USER_ID_ varchar(255),
  START_TIME_ datetime not null,
  END_TIME_ datetime,
  REMOVAL_TIME_ datetime,
  EXEC_START_TIME_ datetime,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_EXT_TASK_LOG` (
  ID_ varchar(64) not null,
  TIMESTAMP_ timestamp not null,
  EXT_TASK_ID_ varchar(64) not null,
  RETRIES_ integer,
  TOPIC_NAME_ varchar(255),
  WORKER_ID_ varchar(255),
  PRIORITY_ bigint not null default 0,
  ERROR_MSG_ varchar(4000),
  ERROR_DETAILS_ID_ varchar(64),
  ACT_ID_ varchar(255),
  ACT_INST_ID_ varchar(64),
  EXECUTION_ID_ varchar(64),
  ROOT_PROC_INST_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  PROC_DEF_ID_ varchar(64),
  PROC_DEF_KEY_ varchar(255),
  TENANT_ID_ varchar(64),
  STATE_ integer,
  REV_ integer,
  REMOVAL_TIME_ datetime,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_ID_GROUP` (
  ID_ varchar(64),
  REV_ integer,
  NAME_ varchar(255),
  TYPE_ varchar(255),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_ID_USER` (
  ID_ varchar(64),
  REV_ integer,
  FIRST_ varchar(255),
  LAST_ varchar(255),
  EMAIL_ varchar(255),
  PWD_ varchar(255),
  SALT_ varchar(255),
  LOCK_EXP_TIME_ datetime NULL,
  ATTEMPTS_ integer,
  PICTURE_ID_ varchar(64),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_ID_MEMBERSHIP` (
  USER_ID_ varchar(64),
  GROUP_ID_ varchar(64),
  primary key (USER_ID_, GROUP_ID_),
  CONSTRAINT `ACT_FK_MEMB_GROUP` FOREIGN KEY (GROUP_ID_) references ACT_ID_GROUP (ID_),
  CONSTRAINT `ACT_FK_MEMB_USER` FOREIGN KEY (USER_ID_) references ACT_ID_USER (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_ID_INFO` (
  ID_ varchar(64),
  REV_ integer,
  USER_ID_ varchar(64),
  TYPE_ varchar(64),
  KEY_ varchar(255),
  VALUE_ varchar(255),
  PASSWORD_ LONGBLOB,
  PARENT_ID_ varchar(255),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_ID_TENANT` (
  ID_ varchar(64),
  REV_ integer,
  NAME_ varchar(255),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_ID_TENANT_MEMBER` (
  ID_ varchar(64) not null,
  TENANT_ID_ varchar(64) not null,
  USER_ID_ varchar(64),
  GROUP_ID_ varchar(64),
  primary key (ID_),
  UNIQUE KEY `ACT_UNIQ_TENANT_MEMB_USER` (TENANT_ID_, USER_ID_),
  UNIQUE KEY `ACT_UNIQ_TENANT_MEMB_GROUP` (TENANT_ID_, GROUP_ID_),
  CONSTRAINT `ACT_FK_TENANT_MEMB` FOREIGN KEY (TENANT_ID_) references ACT_ID_TENANT (ID_),
  CONSTRAINT `ACT_FK_TENANT_MEMB_USER` FOREIGN KEY (USER_ID_) references ACT_ID_USER (ID_),
  CONSTRAINT `ACT_FK_TENANT_MEMB_GROUP` FOREIGN KEY (GROUP_ID_) references ACT_ID_GROUP (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RU_CASE_SENTRY_PART` (
  ID_ varchar(64) NOT NULL,
  REV_ integer,
  CASE_INST_ID_ varchar(64),
  CASE_EXEC_ID_ varchar(64),
  SENTRY_ID_ varchar(255),
  TYPE_ varchar(255),
  SOURCE_CASE_EXEC_ID_ varchar(64),
  STANDARD_EVENT_ varchar(255),
  SOURCE_ varchar(255),
  VARIABLE_EVENT_ varchar(255),
  VARIABLE_NAME_ varchar(255),
  SATISFIED_ boolean,
  TENANT_ID_ varchar(64),
  primary key (ID_),
  CONSTRAINT `ACT_FK_CASE_SENTRY_CASE_INST` FOREIGN KEY (CASE_INST_ID_) references ACT_RU_CASE_EXECUTION(ID_),
  CONSTRAINT `ACT_FK_CASE_SENTRY_CASE_EXEC` FOREIGN KEY (CASE_EXEC_ID_) references ACT_RU_CASE_EXECUTION(ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_CASEINST` (
  ID_ varchar(64) not null,
  CASE_INST_ID_ varchar(64) not null,
  BUSINESS_KEY_ varchar(255),
  CASE_DEF_ID_ varchar(64) not null,
  CREATE_TIME_ datetime not null,
  CLOSE_TIME_ datetime,
  DURATION_ bigint,
  STATE_ integer,
  CREATE_USER_ID_ varchar(255),
  SUPER_CASE_INSTANCE_ID_ varchar(64),
  SUPER_PROCESS_INSTANCE_ID_ varchar(64),
  TENANT_ID_ varchar(64),
  primary key (ID_),
  unique (CASE_INST_ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_CASEACTINST` (
  ID_ varchar(64) not null,
  PARENT_ACT_INST_ID_ varchar(64),
  CASE_DEF_ID_ varchar(64) not null,
  CASE_INST_ID_ varchar(64) not null,
  CASE_ACT_ID_ varchar(255) not null,
  TASK_ID_ varchar(64),
  CALL_PROC_INST_ID_ varchar(64),
  CALL_CASE_INST_ID_ varchar(64),
  CASE_ACT_NAME_ varchar(255),
  CASE_ACT_TYPE_ varchar(255),
  CREATE_TIME_ datetime not null,
  END_TIME_ datetime,
  DURATION_ bigint,
  STATE_ integer,
  REQUIRED_ boolean,
  TENANT_ID_ varchar(64),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RE_DECISION_REQ_DEF` (
  ID_ varchar(64) NOT NULL,
  REV_ integer,
  CATEGORY_ varchar(255),
  NAME_ varchar(255),
  KEY_ varchar(255) NOT NULL,
  VERSION_ integer NOT NULL,
  DEPLOYMENT_ID_ varchar(64),
  RESOURCE_NAME_ varchar(4000),
  DGRM_RESOURCE_NAME_ varchar(4000),
  TENANT_ID_ varchar(64),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_RE_DECISION_DEF` (
  ID_ varchar(64) not null,
  REV_ integer,
  CATEGORY_ varchar(255),
  NAME_ varchar(255),
  KEY_ varchar(255) not null,
  VERSION_ integer not null,
  DEPLOYMENT_ID_ varchar(64),
  RESOURCE_NAME_ varchar(4000),
  DGRM_RESOURCE_NAME_ varchar(4000),
  DEC_REQ_ID_ varchar(64),
  DEC_REQ_KEY_ varchar(255),
  TENANT_ID_ varchar(64),
  HISTORY_TTL_ integer,
  VERSION_TAG_ varchar(64),
  primary key (ID_),
  CONSTRAINT `ACT_FK_DEC_REQ` FOREIGN KEY (DEC_REQ_ID_) references ACT_RE_DECISION_REQ_DEF(ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_DECINST` (
  ID_ varchar(64) NOT NULL,
  DEC_DEF_ID_ varchar(64) NOT NULL,
  DEC_DEF_KEY_ varchar(255) NOT NULL,
  DEC_DEF_NAME_ varchar(255),
  PROC_DEF_KEY_ varchar(255),
  PROC_DEF_ID_ varchar(64),
  PROC_INST_ID_ varchar(64),
  CASE_DEF_KEY_ varchar(255),
  CASE_DEF_ID_ varchar(64),
  CASE_INST_ID_ varchar(64),
  ACT_INST_ID_ varchar(64),
  ACT_ID_ varchar(255),
  EVAL_TIME_ datetime not null,
  REMOVAL_TIME_ datetime,
  COLLECT_VALUE_ double,
  USER_ID_ varchar(255),
  ROOT_DEC_INST_ID_ varchar(64),
  ROOT_PROC_INST_ID_ varchar(64),
  DEC_REQ_ID_ varchar(64),
  DEC_REQ_KEY_ varchar(255),
  TENANT_ID_ varchar(64),
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_DEC_IN` (
  ID_ varchar(64) NOT NULL,
  DEC_INST_ID_ varchar(64) NOT NULL,
  CLAUSE_ID_ varchar(64),
  CLAUSE_NAME_ varchar(255),
  VAR_TYPE_ varchar(100),
  BYTEARRAY_ID_ varchar(64),
  DOUBLE_ double,
  LONG_ bigint,
  TEXT_ varchar(4000),
  TEXT2_ varchar(4000),
  TENANT_ID_ varchar(64),
  CREATE_TIME_ datetime,
  ROOT_PROC_INST_ID_ varchar(64),
  REMOVAL_TIME_ datetime,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;

CREATE TABLE `ACT_HI_DEC_OUT` (
  ID_ varchar(64) NOT NULL,
  DEC_INST_ID_ varchar(64) NOT NULL,
  CLAUSE_ID_ varchar(64),
  CLAUSE_NAME_ varchar(255),
  RULE_ID_ varchar(64),
  RULE_ORDER_ integer,
  VAR_NAME_ varchar(255),
  VAR_TYPE_ varchar(100),
  BYTEARRAY_ID_ varchar(64),
  DOUBLE_ double,
  LONG_ bigint,
  TEXT_ varchar(4000),
  TEXT2_ varchar(4000),
  TENANT_ID_ varchar(64),
  CREATE_TIME_ datetime,
  ROOT_PROC_INST_ID_ varchar(64),
  REMOVAL_TIME_ datetime,
  primary key (ID_)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;
