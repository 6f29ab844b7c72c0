-- Payroll Engine (Payroll-Engine/PayrollEngine.Backend): payroll calculation service, MySQL model.
-- Upstream: github.com/Payroll-Engine/PayrollEngine.Backend Database/Create-Model.mysql.sql, commit 46b8cd5e2c359645e1607a5b49f647b8920c1d67
-- (release v1.0.0, MIT). 40 of its 65 tables, copied as written (upstream's own T-SQL -> MySQL port); CREATE DATABASE/USE,
-- functions and stored procedures left out. Upstream declares no foreign keys. Upstream's header follows.

-- =============================================================================
-- Create-Model.mysql.sql
-- Creates the PayrollEngine database for MySQL 8.0+ (8.4 LTS recommended).
--
-- Schema version: 1.0.0
--
-- Includes:

CREATE TABLE IF NOT EXISTS Calendar (
    Id                  INT           NOT NULL AUTO_INCREMENT,
    Status              INT           NOT NULL,
    Created             DATETIME(6)   NOT NULL,
    Updated             DATETIME(6)   NOT NULL,
    TenantId            INT           NOT NULL,
    Name                VARCHAR(128)  NOT NULL,
    NameLocalizations   LONGTEXT      NULL,
    CycleTimeUnit       INT           NOT NULL,
    PeriodTimeUnit      INT           NOT NULL,
    TimeMap             INT           NOT NULL,
    FirstMonthOfYear    INT           NULL,
    PeriodDayCount      DECIMAL(28,6) NULL,
    YearWeekRule        INT           NULL,
    FirstDayOfWeek      INT           NULL,
    WeekMode            INT           NOT NULL,
    WorkMonday          TINYINT(1)    NULL,
    WorkTuesday         TINYINT(1)    NULL,
    WorkWednesday       TINYINT(1)    NULL,
    WorkThursday        TINYINT(1)    NULL,
    WorkFriday          TINYINT(1)    NULL,
    WorkSaturday        TINYINT(1)    NULL,
    WorkSunday          TINYINT(1)    NULL,
    Attributes          LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `Case` (
    Id                          INT           NOT NULL AUTO_INCREMENT,
    Status                      INT           NOT NULL,
    Created                     DATETIME(6)   NOT NULL,
    Updated                     DATETIME(6)   NOT NULL,
    RegulationId                INT           NOT NULL,
    CaseType                    INT           NOT NULL,
    Name                        VARCHAR(128)  NOT NULL,
    NameLocalizations           LONGTEXT      NULL,
    NameSynonyms                LONGTEXT      NULL,
    Description                 LONGTEXT      NULL,
    DescriptionLocalizations    LONGTEXT      NULL,
    DefaultReason               LONGTEXT      NULL,
    DefaultReasonLocalizations  LONGTEXT      NULL,
    BaseCase                    VARCHAR(128)  NULL,
    BaseCaseFields              LONGTEXT      NULL,
    OverrideType                INT           NOT NULL,
    CancellationType            INT           NOT NULL,
    Hidden                      TINYINT(1)    NOT NULL,
    AvailableExpression         LONGTEXT      NULL,
    BuildExpression             LONGTEXT      NULL,
    ValidateExpression          LONGTEXT      NULL,
    Lookups                     LONGTEXT      NULL,
    Slots                       LONGTEXT      NULL,
    Script                      LONGTEXT      NULL,
    ScriptVersion               VARCHAR(128)  NULL,
    `Binary`                    LONGBLOB      NULL,
    ScriptHash                  INT           NULL,
    AvailableActions            LONGTEXT      NULL,
    BuildActions                LONGTEXT      NULL,
    ValidateActions             LONGTEXT      NULL,
    Attributes                  LONGTEXT      NULL,
    Clusters                    LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS CaseField (
    Id                       INT           NOT NULL AUTO_INCREMENT,
    Status                   INT           NOT NULL,
    Created                  DATETIME(6)   NOT NULL,
    Updated                  DATETIME(6)   NOT NULL,
    Name                     VARCHAR(128)  NOT NULL,
    NameLocalizations        LONGTEXT      NULL,
    Description              LONGTEXT      NULL,
    DescriptionLocalizations LONGTEXT      NULL,
    CaseId                   INT           NOT NULL,
    ValueType                INT           NOT NULL,
    ValueScope               INT           NOT NULL,
    StartDateType            INT           NOT NULL,
    EndDateType              INT           NOT NULL,
    EndMandatory             TINYINT(1)    NOT NULL,
    DefaultStart             VARCHAR(128)  NULL,
    DefaultEnd               VARCHAR(128)  NULL,
    DefaultValue             LONGTEXT      NULL,
    LookupSettings           LONGTEXT      NULL,
    TimeType                 INT           NOT NULL,
    TimeUnit                 INT           NOT NULL,
    Culture                  VARCHAR(128)  NULL,
    PeriodAggregation        INT           NOT NULL,
    OverrideType             INT           NOT NULL,
    CancellationMode         INT           NOT NULL,
    ValueCreationMode        INT           NOT NULL,
    ValueMandatory           TINYINT(1)    NOT NULL,
    `Order`                  INT           NOT NULL,
    Tags                     LONGTEXT      NULL,
    Clusters                 LONGTEXT      NULL,
    Attributes               LONGTEXT      NULL,
    ValueAttributes          LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS CaseRelation (
    Id                              INT           NOT NULL AUTO_INCREMENT,
    Status                          INT           NOT NULL,
    Created                         DATETIME(6)   NOT NULL,
    Updated                         DATETIME(6)   NOT NULL,
    RegulationId                    INT           NOT NULL,
    SourceCaseName                  VARCHAR(128)  NOT NULL,
    SourceCaseNameLocalizations     LONGTEXT      NULL,
    SourceCaseSlot                  VARCHAR(128)  NULL,
    SourceCaseSlotLocalizations     LONGTEXT      NULL,
    TargetCaseName                  VARCHAR(128)  NOT NULL,
    TargetCaseNameLocalizations     LONGTEXT      NULL,
    TargetCaseSlot                  VARCHAR(128)  NULL,
    TargetCaseSlotLocalizations     LONGTEXT      NULL,
    RelationHash                    INT           NOT NULL,
    BuildExpression                 LONGTEXT      NULL,
    ValidateExpression              LONGTEXT      NULL,
    OverrideType                    INT           NOT NULL,
    `Order`                         INT           NOT NULL,
    Script                          LONGTEXT      NULL,
    ScriptVersion                   VARCHAR(128)  NULL,
    `Binary`                        LONGBLOB      NULL,
    ScriptHash                      INT           NULL,
    BuildActions                    LONGTEXT      NULL,
    ValidateActions                 LONGTEXT      NULL,
    Attributes                      LONGTEXT      NULL,
    Clusters                        LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Collector (
    Id                  INT           NOT NULL AUTO_INCREMENT,
    Status              INT           NOT NULL,
    Created             DATETIME(6)   NOT NULL,
    Updated             DATETIME(6)   NOT NULL,
    CollectMode         INT           NOT NULL,
    Negated             TINYINT(1)    NOT NULL,
    RegulationId        INT           NOT NULL,
    Name                VARCHAR(128)  NOT NULL,
    NameLocalizations   LONGTEXT      NULL,
    OverrideType        INT           NOT NULL,
    ValueType           INT           NOT NULL,
    Culture             VARCHAR(128)  NULL,
    CollectorGroups     LONGTEXT      NULL,
    StartExpression     LONGTEXT      NULL,
    ApplyExpression     LONGTEXT      NULL,
    EndExpression       LONGTEXT      NULL,
    StartActions        LONGTEXT      NULL,
    ApplyActions        LONGTEXT      NULL,
    EndActions          LONGTEXT      NULL,
    Threshold           DECIMAL(28,6) NULL,
    MinResult           DECIMAL(28,6) NULL,
    MaxResult           DECIMAL(28,6) NULL,
    Script              LONGTEXT      NULL,
    ScriptVersion       VARCHAR(128)  NULL,
    `Binary`            LONGBLOB      NULL,
    ScriptHash          INT           NULL,
    Attributes          LONGTEXT      NULL,
    Clusters            LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS CollectorResult (
    Id                          INT           NOT NULL AUTO_INCREMENT,
    Status                      INT           NOT NULL,
    Created                     DATETIME(6)   NOT NULL,
    Updated                     DATETIME(6)   NOT NULL,
    PayrollResultId             INT           NOT NULL,
    TenantId                    INT           NOT NULL,
    EmployeeId                  INT           NOT NULL,
    DivisionId                  INT           NULL,
    CollectorId                 INT           NOT NULL,
    CollectorName               VARCHAR(128)  NOT NULL,
    CollectorNameHash           INT           NOT NULL,
    CollectorNameLocalizations  LONGTEXT      NULL,
    CollectMode                 INT           NOT NULL,
    Negated                     TINYINT(1)    NOT NULL,
    ValueType                   INT           NOT NULL,
    Value                       DECIMAL(28,6) NOT NULL,
    Culture                     VARCHAR(128)  NOT NULL,
    Start                       DATETIME(6)   NOT NULL,
    StartHash                   INT           NOT NULL,
    End                         DATETIME(6)   NOT NULL,
    PayrunJobId                 INT           NOT NULL,
    Forecast                    VARCHAR(128)  NULL,
    ParentJobId                 INT           NULL,
    Tags                        LONGTEXT      NULL,
    Attributes                  LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS CompanyCaseChange (
    Id                   INT           NOT NULL AUTO_INCREMENT,
    Status               INT           NOT NULL,
    Created              DATETIME(6)   NOT NULL,
    Updated              DATETIME(6)   NOT NULL,
    TenantId             INT           NOT NULL,
    UserId               INT           NOT NULL,
    DivisionId           INT           NULL,
    CancellationType     INT           NOT NULL,
    CancellationId       INT           NULL,
    CancellationDate     DATETIME(6)   NULL,
    Reason               LONGTEXT      NOT NULL,
    ValidationCaseName   VARCHAR(128)  NULL,
    Forecast             VARCHAR(128)  NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS CompanyCaseValue (
    Id                          INT           NOT NULL AUTO_INCREMENT,
    Status                      INT           NOT NULL,
    Created                     DATETIME(6)   NOT NULL,
    Updated                     DATETIME(6)   NOT NULL,
    TenantId                    INT           NOT NULL,
    DivisionId                  INT           NULL,
    CaseName                    VARCHAR(128)  NOT NULL,
    CaseNameLocalizations       LONGTEXT      NULL,
    CaseFieldName               VARCHAR(128)  NOT NULL,
    CaseFieldNameLocalizations  LONGTEXT      NULL,
    CaseSlot                    VARCHAR(128)  NULL,
    CaseSlotLocalizations       LONGTEXT      NULL,
    ValueType                   INT           NOT NULL,
    Value                       LONGTEXT      NOT NULL,
    NumericValue                DECIMAL(28,6) NULL,
    Culture                     VARCHAR(128)  NOT NULL,
    CaseRelation                LONGTEXT      NULL,
    CancellationDate            DATETIME(6)   NULL,
    Start                       DATETIME(6)   NULL,
    End                         DATETIME(6)   NULL,
    Forecast                    VARCHAR(128)  NULL,
    Tags                        LONGTEXT      NULL,
    Attributes                  LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Division (
    Id                  INT          NOT NULL AUTO_INCREMENT,
    Status              INT          NOT NULL,
    Created             DATETIME(6)  NOT NULL,
    Updated             DATETIME(6)  NOT NULL,
    TenantId            INT          NOT NULL,
    Name                VARCHAR(128) NOT NULL,
    NameLocalizations   LONGTEXT     NULL,
    Culture             VARCHAR(128) NULL,
    Calendar            VARCHAR(128) NULL,
    Attributes          LONGTEXT     NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Employee (
    Id          INT          NOT NULL AUTO_INCREMENT,
    Status      INT          NOT NULL,
    Created     DATETIME(6)  NOT NULL,
    Updated     DATETIME(6)  NOT NULL,
    TenantId    INT          NOT NULL,
    Identifier  VARCHAR(128) NOT NULL,
    FirstName   VARCHAR(128) NOT NULL,
    LastName    VARCHAR(128) NOT NULL,
    Culture     VARCHAR(128) NULL,
    Calendar    VARCHAR(128) NULL,
    Attributes  LONGTEXT     NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS EmployeeCaseChange (
    Id                   INT          NOT NULL AUTO_INCREMENT,
    Status               INT          NOT NULL,
    Created              DATETIME(6)  NOT NULL,
    Updated              DATETIME(6)  NOT NULL,
    EmployeeId           INT          NOT NULL,
    UserId               INT          NOT NULL,
    DivisionId           INT          NULL,
    CancellationType     INT          NOT NULL,
    CancellationId       INT          NULL,
    CancellationDate     DATETIME(6)  NULL,
    Reason               LONGTEXT     NOT NULL,
    ValidationCaseName   VARCHAR(128) NULL,
    Forecast             VARCHAR(128) NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS EmployeeCaseDocument (
    Id          INT          NOT NULL AUTO_INCREMENT,
    Status      INT          NOT NULL,
    Created     DATETIME(6)  NOT NULL,
    Updated     DATETIME(6)  NOT NULL,
    CaseValueId INT          NOT NULL,
    Name        VARCHAR(256) NOT NULL,
    Content     LONGTEXT     NOT NULL,
    ContentType VARCHAR(128) NOT NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS EmployeeCaseValue (
    Id                          INT           NOT NULL AUTO_INCREMENT,
    Status                      INT           NOT NULL,
    Created                     DATETIME(6)   NOT NULL,
    Updated                     DATETIME(6)   NOT NULL,
    EmployeeId                  INT           NOT NULL,
    DivisionId                  INT           NULL,
    CaseName                    VARCHAR(128)  NOT NULL,
    CaseNameLocalizations       LONGTEXT      NULL,
    CaseFieldName               VARCHAR(128)  NOT NULL,
    CaseFieldNameLocalizations  LONGTEXT      NULL,
    CaseSlot                    VARCHAR(128)  NULL,
    CaseSlotLocalizations       LONGTEXT      NULL,
    ValueType                   INT           NOT NULL,
    Value                       LONGTEXT      NOT NULL,
    NumericValue                DECIMAL(28,6) NULL,
    Culture                     VARCHAR(128)  NOT NULL,
    CaseRelation                LONGTEXT      NULL,
    CancellationDate            DATETIME(6)   NULL,
    Start                       DATETIME(6)   NULL,
    End                         DATETIME(6)   NULL,
    Forecast                    VARCHAR(128)  NULL,
    Tags                        LONGTEXT      NULL,
    Attributes                  LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS EmployeeCaseValueChange (
    Id           INT         NOT NULL AUTO_INCREMENT,
    Status       INT         NOT NULL,
    Created      DATETIME(6) NOT NULL,
    Updated      DATETIME(6) NOT NULL,
    CaseChangeId INT         NOT NULL,
    CaseValueId  INT         NOT NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS EmployeeDivision (
    Id         INT         NOT NULL AUTO_INCREMENT,
    Status     INT         NOT NULL,
    Created    DATETIME(6) NOT NULL,
    Updated    DATETIME(6) NOT NULL,
    EmployeeId INT         NOT NULL,
    DivisionId INT         NOT NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS GlobalCaseValue (
    Id                          INT           NOT NULL AUTO_INCREMENT,
    Status                      INT           NOT NULL,
    Created                     DATETIME(6)   NOT NULL,
    Updated                     DATETIME(6)   NOT NULL,
    TenantId                    INT           NOT NULL,
    DivisionId                  INT           NULL,
    CaseName                    VARCHAR(128)  NOT NULL,
    CaseNameLocalizations       LONGTEXT      NULL,
    CaseFieldName               VARCHAR(128)  NOT NULL,
    CaseFieldNameLocalizations  LONGTEXT      NULL,
    CaseSlot                    VARCHAR(128)  NULL,
    CaseSlotLocalizations       LONGTEXT      NULL,
    ValueType                   INT           NOT NULL,
    Value                       LONGTEXT      NOT NULL,
    NumericValue                DECIMAL(28,6) NULL,
    Culture                     VARCHAR(128)  NOT NULL,
    CaseRelation                LONGTEXT      NULL,
    CancellationDate            DATETIME(6)   NULL,
    Start                       DATETIME(6)   NULL,
    End                         DATETIME(6)   NULL,
    Forecast                    VARCHAR(128)  NULL,
    Tags                        LONGTEXT      NULL,
    Attributes                  LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Log (
    Id        INT          NOT NULL AUTO_INCREMENT,
    Status    INT          NOT NULL,
    Created   DATETIME(6)  NOT NULL,
    Updated   DATETIME(6)  NOT NULL,
    TenantId  INT          NOT NULL,
    Level     INT          NOT NULL,
    Message   LONGTEXT     NOT NULL,
    `User`    VARCHAR(128) NOT NULL,
    Error     LONGTEXT     NULL,
    Comment   LONGTEXT     NULL,
    Owner     VARCHAR(128) NULL,
    OwnerType VARCHAR(128) NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Lookup (
    Id                       INT           NOT NULL AUTO_INCREMENT,
    Status                   INT           NOT NULL,
    Created                  DATETIME(6)   NOT NULL,
    Updated                  DATETIME(6)   NOT NULL,
    RegulationId             INT           NOT NULL,
    Name                     VARCHAR(128)  NOT NULL,
    NameLocalizations        LONGTEXT      NULL,
    Description              LONGTEXT      NULL,
    DescriptionLocalizations LONGTEXT      NULL,
    OverrideType             INT           NOT NULL,
    RangeSize                DECIMAL(28,6) NULL,
    Attributes               LONGTEXT      NULL,
    RangeMode                INT           NOT NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS LookupValue (
    Id                  INT           NOT NULL AUTO_INCREMENT,
    Status              INT           NOT NULL,
    Created             DATETIME(6)   NOT NULL,
    Updated             DATETIME(6)   NOT NULL,
    LookupId            INT           NOT NULL,
    `Key`               LONGTEXT      NOT NULL,
    KeyHash             INT           NOT NULL,
    RangeValue          DECIMAL(28,6) NULL,
    Value               LONGTEXT      NOT NULL,
    ValueLocalizations  LONGTEXT      NULL,
    OverrideType        INT           NOT NULL,
    LookupHash          INT           NOT NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Payroll (
    Id                          INT          NOT NULL AUTO_INCREMENT,
    Status                      INT          NOT NULL,
    Created                     DATETIME(6)  NOT NULL,
    Updated                     DATETIME(6)  NOT NULL,
    TenantId                    INT          NOT NULL,
    DivisionId                  INT          NOT NULL,
    Name                        VARCHAR(128) NOT NULL,
    NameLocalizations           LONGTEXT     NULL,
    Description                 LONGTEXT     NULL,
    DescriptionLocalizations    LONGTEXT     NULL,
    ClusterSet                  JSON         NULL,
    ClusterSets                 LONGTEXT     NULL,
    Attributes                  LONGTEXT     NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS PayrollLayer (
    Id              INT          NOT NULL AUTO_INCREMENT,
    Status          INT          NOT NULL,
    Created         DATETIME(6)  NOT NULL,
    Updated         DATETIME(6)  NOT NULL,
    PayrollId       INT          NOT NULL,
    RegulationName  VARCHAR(128) NOT NULL,
    Level           INT          NOT NULL,
    Priority        INT          NOT NULL,
    Attributes      LONGTEXT     NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS PayrollResult (
    Id                   INT          NOT NULL AUTO_INCREMENT,
    Status               INT          NOT NULL,
    Created              DATETIME(6)  NOT NULL,
    Updated              DATETIME(6)  NOT NULL,
    TenantId             INT          NOT NULL,
    PayrollId            INT          NOT NULL,
    PayrollName          VARCHAR(128) NULL,
    PayrunId             INT          NOT NULL,
    PayrunName           VARCHAR(128) NULL,
    PayrunJobId          INT          NOT NULL,
    PayrunJobName        VARCHAR(128) NULL,
    EmployeeId           INT          NOT NULL,
    EmployeeIdentifier   VARCHAR(128) NULL,
    DivisionId           INT          NOT NULL,
    DivisionName         VARCHAR(128) NULL,
    CycleName            VARCHAR(128) NOT NULL,
    CycleStart  DATETIME(6)  NOT NULL,
    CycleEnd    DATETIME(6)  NOT NULL,
    PeriodName  VARCHAR(128) NOT NULL,
    PeriodStart DATETIME(6)  NOT NULL,
    PeriodEnd   DATETIME(6)  NOT NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Payrun (
    Id                              INT          NOT NULL AUTO_INCREMENT,
    Status                          INT          NOT NULL,
    Created                         DATETIME(6)  NOT NULL,
    Updated                         DATETIME(6)  NOT NULL,
    TenantId                        INT          NOT NULL,
    PayrollId                       INT          NOT NULL,
    Name                            VARCHAR(128) NOT NULL,
    NameLocalizations               LONGTEXT     NULL,
    DefaultReason                   LONGTEXT     NULL,
    DefaultReasonLocalizations      LONGTEXT     NULL,
    StartExpression                 LONGTEXT     NULL,
    EmployeeAvailableExpression     LONGTEXT     NULL,
    EmployeeStartExpression         LONGTEXT     NULL,
    EmployeeEndExpression           LONGTEXT     NULL,
    WageTypeAvailableExpression     LONGTEXT     NULL,
    EndExpression                   LONGTEXT     NULL,
    RetroBackCycles                 INT          NOT NULL,
    Script                          LONGTEXT     NULL,
    ScriptVersion                   VARCHAR(128) NULL,
    `Binary`                        LONGBLOB     NULL,
    ScriptHash                      INT          NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS PayrunJob (
    Id                      INT          NOT NULL AUTO_INCREMENT,
    Status                  INT          NOT NULL,
    Created                 DATETIME(6)  NOT NULL,
    Updated                 DATETIME(6)  NOT NULL,
    TenantId                INT          NOT NULL,
    PayrunId                INT          NOT NULL,
    PayrollId               INT          NOT NULL,
    DivisionId              INT          NOT NULL,
    ParentJobId             INT          NULL,
    CreatedUserId           INT          NOT NULL,
    ReleasedUserId          INT          NULL,
    ProcessedUserId         INT          NULL,
    FinishedUserId          INT          NULL,
    RetroPayMode            INT          NOT NULL,
    JobStatus               INT          NOT NULL,
    JobResult               INT          NOT NULL,
    Name                    VARCHAR(128) NOT NULL,
    Owner                   VARCHAR(128) NULL,
    Forecast                VARCHAR(128) NULL,
    CycleName               VARCHAR(128) NOT NULL,
    CycleStart              DATETIME(6)  NOT NULL,
    CycleEnd                DATETIME(6)  NOT NULL,
    PeriodName              VARCHAR(128) NOT NULL,
    PeriodStart             DATETIME(6)  NOT NULL,
    PeriodEnd               DATETIME(6)  NOT NULL,
    EvaluationDate          DATETIME(6)  NOT NULL,
    Released                DATETIME(6)  NULL,
    Processed               DATETIME(6)  NULL,
    Finished                DATETIME(6)  NULL,
    CreatedReason           LONGTEXT     NOT NULL,
    ReleasedReason          LONGTEXT     NULL,
    ProcessedReason         LONGTEXT     NULL,
    FinishedReason          LONGTEXT     NULL,
    TotalEmployeeCount      INT          NOT NULL,
    ProcessedEmployeeCount  INT          NOT NULL,
    JobStart                DATETIME(6)  NOT NULL,
    JobEnd                  DATETIME(6)  NULL,
    Message                 LONGTEXT     NULL,
    ErrorMessage            LONGTEXT     NULL,
    Tags                    LONGTEXT     NULL,
    Attributes              LONGTEXT     NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS PayrunJobEmployee (
    Id          INT         NOT NULL AUTO_INCREMENT,
    Status      INT         NOT NULL,
    Created     DATETIME(6) NOT NULL,
    Updated     DATETIME(6) NOT NULL,
    PayrunJobId INT         NOT NULL,
    EmployeeId  INT         NOT NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS PayrunParameter (
    Id                       INT          NOT NULL AUTO_INCREMENT,
    Status                   INT          NOT NULL,
    Created                  DATETIME(6)  NOT NULL,
    Updated                  DATETIME(6)  NOT NULL,
    PayrunId                 INT          NOT NULL,
    Name                     VARCHAR(128) NOT NULL,
    NameLocalizations        LONGTEXT     NULL,
    Description              LONGTEXT     NULL,
    DescriptionLocalizations LONGTEXT     NULL,
    Mandatory                TINYINT(1)   NOT NULL,
    Value                    LONGTEXT     NULL,
    ValueType                INT          NOT NULL,
    Attributes               LONGTEXT     NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS PayrunResult (
    Id                  INT           NOT NULL AUTO_INCREMENT,
    Status              INT           NOT NULL,
    Created             DATETIME(6)   NOT NULL,
    Updated             DATETIME(6)   NOT NULL,
    PayrollResultId     INT           NOT NULL,
    TenantId            INT           NOT NULL,
    EmployeeId          INT           NOT NULL,
    DivisionId          INT           NULL,
    Source              VARCHAR(128)  NOT NULL,
    Name                VARCHAR(128)  NOT NULL,
    NameLocalizations   LONGTEXT      NULL,
    Slot                VARCHAR(128)  NULL,
    ValueType           INT           NOT NULL,
    Value               LONGTEXT      NULL,
    NumericValue        DECIMAL(28,6) NULL,
    Culture             VARCHAR(128)  NOT NULL,
    Start               DATETIME(6)   NULL,
    StartHash           INT           NOT NULL,
    End                 DATETIME(6)   NULL,
    PayrunJobId         INT           NOT NULL,
    Forecast            VARCHAR(128)  NULL,
    ParentJobId         INT           NULL,
    Tags                LONGTEXT      NULL,
    Attributes          LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS PayrunTrace (
    Id              INT          NOT NULL AUTO_INCREMENT,
    Status          INT          NOT NULL,
    Created         DATETIME(6)  NOT NULL,
    Updated         DATETIME(6)  NOT NULL,
    PayrollResultId INT          NOT NULL,
    TenantId        INT          NOT NULL,
    EmployeeId      INT          NOT NULL,
    DivisionId      INT          NULL,
    Level           INT          NOT NULL,
    Text            LONGTEXT     NOT NULL,
    PayrunJobId     INT          NOT NULL,
    Forecast        VARCHAR(128) NULL,
    ParentJobId     INT          NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Regulation (
    Id                       INT          NOT NULL AUTO_INCREMENT,
    Status                   INT          NOT NULL,
    Created                  DATETIME(6)  NOT NULL,
    Updated                  DATETIME(6)  NOT NULL,
    TenantId                 INT          NOT NULL,
    Name                     VARCHAR(128) NOT NULL,
    NameLocalizations        LONGTEXT     NULL,
    Namespace                VARCHAR(128) NULL,
    Version                  INT          NOT NULL,
    SharedRegulation         TINYINT(1)   NOT NULL,
    ValidFrom                DATETIME(6)  NULL,
    Owner                    VARCHAR(128) NULL,
    Description              LONGTEXT     NULL,
    DescriptionLocalizations LONGTEXT     NULL,
    BaseRegulations          LONGTEXT     NULL,
    Attributes               LONGTEXT     NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Report (
    Id                       INT          NOT NULL AUTO_INCREMENT,
    Status                   INT          NOT NULL,
    Created                  DATETIME(6)  NOT NULL,
    Updated                  DATETIME(6)  NOT NULL,
    RegulationId             INT          NOT NULL,
    Name                     VARCHAR(128) NOT NULL,
    NameLocalizations        LONGTEXT     NULL,
    Description              LONGTEXT     NULL,
    DescriptionLocalizations LONGTEXT     NULL,
    Category                 VARCHAR(128) NULL,
    Queries                  LONGTEXT     NULL,
    Relations                LONGTEXT     NULL,
    OverrideType             INT          NOT NULL,
    AttributeMode            INT          NOT NULL,
    UserType                 INT          NOT NULL,
    ReportIsolation          INT          NOT NULL,
    BuildExpression          LONGTEXT     NULL,
    StartExpression          LONGTEXT     NULL,
    EndExpression            LONGTEXT     NULL,
    Script                   LONGTEXT     NULL,
    ScriptVersion            VARCHAR(128) NULL,
    `Binary`                 LONGBLOB     NULL,
    ScriptHash               INT          NOT NULL,
    Attributes               LONGTEXT     NULL,
    Clusters                 LONGTEXT     NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS ReportLog (
    Id          INT          NOT NULL AUTO_INCREMENT,
    Status      INT          NOT NULL,
    Created     DATETIME(6)  NOT NULL,
    Updated     DATETIME(6)  NOT NULL,
    TenantId    INT          NOT NULL,
    ReportName  VARCHAR(128) NOT NULL,
    ReportDate  DATETIME(6)  NOT NULL,
    Message     LONGTEXT     NULL,
    `Key`       VARCHAR(128) NULL,
    `User`      VARCHAR(128) NOT NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Script (
    Id               INT          NOT NULL AUTO_INCREMENT,
    Status           INT          NOT NULL,
    Created          DATETIME(6)  NOT NULL,
    Updated          DATETIME(6)  NOT NULL,
    RegulationId     INT          NOT NULL,
    Name             VARCHAR(128) NOT NULL,
    FunctionTypeMask BIGINT       NOT NULL,
    Value            LONGTEXT     NOT NULL,
    OverrideType     INT          NOT NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Task (
    Id                INT          NOT NULL AUTO_INCREMENT,
    Status            INT          NOT NULL,
    Created           DATETIME(6)  NOT NULL,
    Updated           DATETIME(6)  NOT NULL,
    TenantId          INT          NOT NULL,
    Name              VARCHAR(128) NOT NULL,
    NameLocalizations LONGTEXT     NULL,
    Category          VARCHAR(128) NULL,
    Instruction       LONGTEXT     NOT NULL,
    ScheduledUserId   INT          NOT NULL,
    Scheduled         DATETIME(6)  NOT NULL,
    CompletedUserId   INT          NULL,
    Completed         DATETIME(6)  NULL,
    Attributes        LONGTEXT     NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Tenant (
    Id         INT          NOT NULL AUTO_INCREMENT,
    Status     INT          NOT NULL,
    Created    DATETIME(6)  NOT NULL,
    Updated    DATETIME(6)  NOT NULL,
    Identifier VARCHAR(128) NOT NULL,
    Culture    VARCHAR(128) NULL,
    Calendar   VARCHAR(128) NULL,
    Attributes LONGTEXT     NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `User` (
    Id          INT          NOT NULL AUTO_INCREMENT,
    Status      INT          NOT NULL,
    Created     DATETIME(6)  NOT NULL,
    Updated     DATETIME(6)  NOT NULL,
    TenantId    INT          NOT NULL,
    Identifier  VARCHAR(128) NOT NULL,
    UserType    INT          NOT NULL,
    Password    VARCHAR(128) NULL,
    StoredSalt  LONGBLOB     NULL,
    FirstName   VARCHAR(128) NOT NULL,
    LastName    VARCHAR(128) NOT NULL,
    Culture     VARCHAR(128) NULL,
    Attributes  LONGTEXT     NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `Version` (
    Id           INT          NOT NULL AUTO_INCREMENT,
    Created      DATETIME(6)  NOT NULL,
    MajorVersion INT          NOT NULL,
    MinorVersion INT          NOT NULL,
    SubVersion   INT          NOT NULL,
    Owner        VARCHAR(128) NOT NULL,
    Description  LONGTEXT     NOT NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS WageType (
    Id                       INT           NOT NULL AUTO_INCREMENT,
    Status                   INT           NOT NULL,
    Created                  DATETIME(6)   NOT NULL,
    Updated                  DATETIME(6)   NOT NULL,
    RegulationId             INT           NOT NULL,
    Name                     VARCHAR(128)  NOT NULL,
    NameLocalizations        LONGTEXT      NULL,
    WageTypeNumber           DECIMAL(28,6) NOT NULL,
    Description              LONGTEXT      NULL,
    DescriptionLocalizations LONGTEXT      NULL,
    OverrideType             INT           NOT NULL,
    ValueType                INT           NOT NULL,
    Calendar                 VARCHAR(128)  NULL,
    Culture                  VARCHAR(128)  NULL,
    Collectors               LONGTEXT      NULL,
    CollectorGroups          LONGTEXT      NULL,
    ValueExpression          LONGTEXT      NULL,
    ResultExpression         LONGTEXT      NULL,
    ValueActions             LONGTEXT      NULL,
    ResultActions            LONGTEXT      NULL,
    Script                   LONGTEXT      NULL,
    ScriptVersion            VARCHAR(128)  NULL,
    `Binary`                 LONGBLOB      NULL,
    ScriptHash               INT           NULL,
    Attributes               LONGTEXT      NULL,
    Clusters                 LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS WageTypeCustomResult (
    Id                          INT           NOT NULL AUTO_INCREMENT,
    Status                      INT           NOT NULL,
    Created                     DATETIME(6)   NOT NULL,
    Updated                     DATETIME(6)   NOT NULL,
    WageTypeResultId            INT           NOT NULL,
    TenantId                    INT           NOT NULL,
    EmployeeId                  INT           NOT NULL,
    DivisionId                  INT           NULL,
    WageTypeNumber              DECIMAL(28,6) NOT NULL,
    WageTypeName                VARCHAR(128)  NOT NULL,
    WageTypeNameLocalizations   LONGTEXT      NULL,
    Source                      VARCHAR(128)  NOT NULL,
    ValueType                   INT           NOT NULL,
    Value                       DECIMAL(28,6) NOT NULL,
    Culture                     VARCHAR(128)  NOT NULL,
    Start                       DATETIME(6)   NOT NULL,
    StartHash                   INT           NOT NULL,
    End                         DATETIME(6)   NOT NULL,
    PayrunJobId                 INT           NOT NULL,
    Forecast                    VARCHAR(128)  NULL,
    ParentJobId                 INT           NULL,
    Tags                        LONGTEXT      NULL,
    Attributes                  LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS WageTypeResult (
    Id                          INT           NOT NULL AUTO_INCREMENT,
    Status                      INT           NOT NULL,
    Created                     DATETIME(6)   NOT NULL,
    Updated                     DATETIME(6)   NOT NULL,
    PayrollResultId             INT           NOT NULL,
    TenantId                    INT           NOT NULL,
    EmployeeId                  INT           NOT NULL,
    DivisionId                  INT           NULL,
    WageTypeId                  INT           NOT NULL,
    WageTypeNumber              DECIMAL(28,6) NOT NULL,
    WageTypeName                VARCHAR(128)  NOT NULL,
    WageTypeNameLocalizations   LONGTEXT      NULL,
    ValueType                   INT           NOT NULL,
    Value                       DECIMAL(28,6) NOT NULL,
    Culture                     VARCHAR(128)  NOT NULL,
    Start                       DATETIME(6)   NOT NULL,
    StartHash                   INT           NOT NULL,
    End                         DATETIME(6)   NOT NULL,
    PayrunJobId                 INT           NOT NULL,
    Forecast                    VARCHAR(128)  NULL,
    ParentJobId                 INT           NULL,
    Tags                        LONGTEXT      NULL,
    Attributes                  LONGTEXT      NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS Webhook (
    Id              INT          NOT NULL AUTO_INCREMENT,
    Status          INT          NOT NULL,
    Created         DATETIME(6)  NOT NULL,
    Updated         DATETIME(6)  NOT NULL,
    TenantId        INT          NOT NULL,
    Name            VARCHAR(128) NOT NULL,
    ReceiverAddress VARCHAR(128) NOT NULL,
    Action          INT          NOT NULL,
    Attributes      LONGTEXT     NULL,
    PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- INDEXES (upstream's, for the tables kept)
CREATE UNIQUE INDEX IX_Calendar_UniquePerTenant             ON Calendar (Name, TenantId);
CREATE UNIQUE INDEX IX_Case_UniqueNamePerRegulation         ON `Case` (RegulationId, Name);
CREATE UNIQUE INDEX IX_CaseField_UniqueNamePerCase          ON CaseField (CaseId, Name);
CREATE        INDEX IX_CaseField_ValueType                  ON CaseField (ValueType);
CREATE        INDEX IX_CaseRelation_SourceCaseName          ON CaseRelation (RegulationId, SourceCaseName);
CREATE        INDEX IX_CaseRelation_TargetCaseName          ON CaseRelation (RegulationId, TargetCaseName);
CREATE        INDEX IX_CaseRelation_TargetSlot              ON CaseRelation (RegulationId, TargetCaseSlot);
CREATE UNIQUE INDEX IX_CaseRelation_UniqueRelation          ON CaseRelation (RegulationId, RelationHash);
CREATE        INDEX IX_Collector_CollectMode                ON Collector (CollectMode);
CREATE UNIQUE INDEX IX_Collector_UniquePerReg               ON Collector (Name, RegulationId);
CREATE        INDEX IX_CollectorResult_PayrollResultId      ON CollectorResult (PayrollResultId);
CREATE        INDEX IX_CollectorResult_Employee_Collector   ON CollectorResult (TenantId, EmployeeId, StartHash, CollectorNameHash);
CREATE UNIQUE INDEX IX_CompanyCaseValue_Unique              ON CompanyCaseValue (TenantId, DivisionId, CaseFieldName, CaseSlot, Created);
CREATE        INDEX IX_CompanyCaseValue_CaseFieldName       ON CompanyCaseValue (CaseFieldName);
CREATE        INDEX IX_CompanyCaseValue_Slot                ON CompanyCaseValue (CaseSlot);
CREATE        INDEX IX_CompanyCaseValue_TenantId            ON CompanyCaseValue (TenantId, CaseFieldName);
CREATE UNIQUE INDEX IX_Division_UniquePerTenant             ON Division (Name, TenantId);
CREATE        INDEX IX_Employee_TenantId                    ON Employee (TenantId, Status);
CREATE        INDEX IX_EmployeeCaseValue_EmployeeId         ON EmployeeCaseValue (EmployeeId);
CREATE        INDEX IX_EmployeeCaseValue_CaseFieldName      ON EmployeeCaseValue (CaseFieldName);
CREATE        INDEX IX_EmployeeCaseValue_Slot               ON EmployeeCaseValue (CaseSlot);
CREATE UNIQUE INDEX IX_EmployeeCaseValue_Unique             ON EmployeeCaseValue (EmployeeId, DivisionId, CaseFieldName, CaseSlot, Created);
CREATE UNIQUE INDEX IX_EmployeeCaseValueChange_Unique       ON EmployeeCaseValueChange (CaseValueId, CaseChangeId);
CREATE        INDEX IX_GlobalCaseValue_TenantId             ON GlobalCaseValue (TenantId);
CREATE        INDEX IX_GlobalCaseValue_CaseFieldName        ON GlobalCaseValue (CaseFieldName);
CREATE        INDEX IX_GlobalCaseValue_Slot                 ON GlobalCaseValue (CaseSlot);
CREATE UNIQUE INDEX IX_GlobalCaseValue_Unique               ON GlobalCaseValue (TenantId, DivisionId, CaseFieldName, CaseSlot, Created);
CREATE UNIQUE INDEX IX_Lookup_UniquePerReg                  ON Lookup (Name, RegulationId);
CREATE UNIQUE INDEX IX_LookupValue_UniqueValueKeyPerLookup  ON LookupValue (LookupId, LookupHash);
CREATE UNIQUE INDEX IX_Payroll_UniquePerTenant              ON Payroll (TenantId, Name);
CREATE        INDEX IX_PayrollLayer_PayrollId               ON PayrollLayer (PayrollId);
CREATE        INDEX IX_PayrollLayer_RegName                 ON PayrollLayer (RegulationName);
CREATE        INDEX IX_PayrollResult_TenantId               ON PayrollResult (TenantId, EmployeeId);
CREATE        INDEX IX_PayrollResult_PayrunJobId            ON PayrollResult (PayrunJobId);
CREATE UNIQUE INDEX IX_Payrun_UniquePerTenant               ON Payrun (TenantId, Name);
CREATE        INDEX IX_PayrunJob_TenantId                   ON PayrunJob (TenantId, JobStatus);
CREATE        INDEX IX_PayrunJob_PayrunId                   ON PayrunJob (PayrunId);
CREATE        INDEX IX_PayrunJob_PeriodStart                ON PayrunJob (PeriodStart);
CREATE UNIQUE INDEX IX_PayrunJobEmployee_Unique             ON PayrunJobEmployee (PayrunJobId, EmployeeId);
CREATE        INDEX IX_PayrunResult_PayrollResultId         ON PayrunResult (PayrollResultId);
CREATE        INDEX IX_PayrunResult_Employee                ON PayrunResult (TenantId, EmployeeId);
CREATE        INDEX IX_Regulation_TenantId                  ON Regulation (TenantId);
CREATE        INDEX IX_Regulation_Name                      ON Regulation (Name);
CREATE UNIQUE INDEX IX_Report_UniquePerReg                  ON Report (RegulationId, Name);
CREATE UNIQUE INDEX IX_Script_UniquePerReg                  ON Script (RegulationId, Name);
CREATE UNIQUE INDEX IX_Tenant_Identifier                    ON Tenant (Identifier);
CREATE UNIQUE INDEX IX_User_UniquePerTenant                 ON `User` (TenantId, Identifier);
CREATE UNIQUE INDEX IX_WageType_UniqueNumberPerReg          ON WageType (RegulationId, WageTypeNumber);
CREATE        INDEX IX_WageTypeCustomResult_ResultId        ON WageTypeCustomResult (WageTypeResultId);
CREATE        INDEX IX_WageTypeCustomResult_Employee_WT     ON WageTypeCustomResult (TenantId, EmployeeId, StartHash, WageTypeNumber);
CREATE        INDEX IX_WageTypeResult_PayrollResultId       ON WageTypeResult (PayrollResultId);
CREATE        INDEX IX_WageTypeResult_Employee_WT           ON WageTypeResult (TenantId, EmployeeId, StartHash, WageTypeNumber);
CREATE UNIQUE INDEX IX_Webhook_UniquePerTenant              ON Webhook (TenantId, Name);
