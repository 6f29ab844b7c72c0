-- Sunrise Cemetery Management System (github.com/cityssm/sunrise-cms), commit 3086b0293d5f072b354ab57fa971573da89d2c4e, MIT
-- All 39 tables of database/initializeDatabase.ts (upstream: SQLite through better-sqlite3), written as MySQL DDL:
-- INTEGER ... PRIMARY KEY AUTOINCREMENT -> AUTO_INCREMENT, WITHOUT rowid dropped; ${recordColumns} expanded;
-- column names, order, types, CHECK constraints and foreign keys unchanged; indexes left out.

CREATE TABLE BurialSiteTypes (
  burialSiteTypeId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  burialSiteType VARCHAR(100) NOT NULL,
  bodyCapacityMax smallint,
  crematedCapacityMax smallint,
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER
) ENGINE=InnoDB;

CREATE TABLE BurialSiteTypeFields (
  burialSiteTypeFieldId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  burialSiteTypeId INTEGER NOT NULL,
  burialSiteTypeField VARCHAR(100) NOT NULL,
  fieldType VARCHAR(15) NOT NULL DEFAULT 'text',
  fieldValues TEXT,
  isRequired bit NOT NULL DEFAULT 0,
  pattern VARCHAR(100),
  minLength smallint NOT NULL DEFAULT 1 CHECK (minLength >= 0),
  maxLength smallint NOT NULL DEFAULT 100 CHECK (maxLength >= 0),
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  FOREIGN KEY (burialSiteTypeId) REFERENCES BurialSiteTypes (burialSiteTypeId)
) ENGINE=InnoDB;

CREATE TABLE BurialSiteStatuses (
  burialSiteStatusId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  burialSiteStatus VARCHAR(100) NOT NULL,
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER
) ENGINE=InnoDB;

CREATE TABLE Cemeteries (
  cemeteryId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cemeteryName VARCHAR(200) NOT NULL,
  cemeteryKey VARCHAR(20) NOT NULL,
  cemeteryDescription TEXT,
  cemeteryLatitude DECIMAL(10, 8) CHECK (cemeteryLatitude BETWEEN -90 AND 90),
  cemeteryLongitude DECIMAL(11, 8) CHECK (cemeteryLongitude BETWEEN -180 AND 180),
  cemeterySvg VARCHAR(50),
  cemeteryAddress1 VARCHAR(50),
  cemeteryAddress2 VARCHAR(50),
  cemeteryCity VARCHAR(20),
  cemeteryProvince VARCHAR(2),
  cemeteryPostalCode VARCHAR(7),
  cemeteryPhoneNumber VARCHAR(30),
  parentCemeteryId INTEGER,
  findagraveCemeteryId INTEGER,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  FOREIGN KEY (parentCemeteryId) REFERENCES Cemeteries (cemeteryId)
) ENGINE=InnoDB;

CREATE TABLE CemeteryDirectionsOfArrival (
  cemeteryId INTEGER NOT NULL,
  directionOfArrival VARCHAR(2) NOT NULL,
  directionOfArrivalDescription VARCHAR(100) NOT NULL,
  PRIMARY KEY (cemeteryId, directionOfArrival),
  FOREIGN KEY (cemeteryId) REFERENCES Cemeteries (cemeteryId)
) ENGINE=InnoDB;

CREATE TABLE BurialSites (
  burialSiteId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  burialSiteTypeId INTEGER NOT NULL,
  burialSiteNameSegment1 VARCHAR(20) NOT NULL,
  burialSiteNameSegment2 VARCHAR(20) NOT NULL,
  burialSiteNameSegment3 VARCHAR(20) NOT NULL,
  burialSiteNameSegment4 VARCHAR(20) NOT NULL,
  burialSiteNameSegment5 VARCHAR(20) NOT NULL,
  burialSiteName VARCHAR(200) NOT NULL,
  bodyCapacity smallint,
  crematedCapacity smallint,
  cemeteryId INTEGER,
  cemeterySvgId VARCHAR(100),
  burialSiteImage VARCHAR(100) NOT NULL DEFAULT '',
  burialSiteLatitude DECIMAL(10, 8) CHECK (burialSiteLatitude BETWEEN -90 AND 90),
  burialSiteLongitude DECIMAL(11, 8) CHECK (burialSiteLongitude BETWEEN -180 AND 180),
  burialSiteStatusId INTEGER,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  FOREIGN KEY (burialSiteTypeId) REFERENCES BurialSiteTypes (burialSiteTypeId),
  FOREIGN KEY (cemeteryId) REFERENCES Cemeteries (cemeteryId),
  FOREIGN KEY (burialSiteStatusId) REFERENCES BurialSiteStatuses (burialSiteStatusId),
  UNIQUE (
  cemeteryId,
  burialSiteNameSegment1,
  burialSiteNameSegment2,
  burialSiteNameSegment3,
  burialSiteNameSegment4,
  burialSiteNameSegment5
  )
) ENGINE=InnoDB;

CREATE TABLE BurialSiteFields (
  burialSiteId INTEGER NOT NULL,
  burialSiteTypeFieldId INTEGER NOT NULL,
  fieldValue TEXT NOT NULL,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  PRIMARY KEY (burialSiteId, burialSiteTypeFieldId),
  FOREIGN KEY (burialSiteId) REFERENCES BurialSites (burialSiteId),
  FOREIGN KEY (burialSiteTypeFieldId) REFERENCES BurialSiteTypeFields (burialSiteTypeFieldId)
) ENGINE=InnoDB;

CREATE TABLE BurialSiteComments (
  burialSiteCommentId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  burialSiteId INTEGER NOT NULL,
  commentDate INTEGER NOT NULL CHECK (commentDate > 0),
  commentTime INTEGER NOT NULL CHECK (commentTime >= 0),
  comment TEXT NOT NULL,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  FOREIGN KEY (burialSiteId) REFERENCES BurialSites (burialSiteId)
) ENGINE=InnoDB;

CREATE TABLE FuneralHomes (
  funeralHomeId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  funeralHomeName VARCHAR(200) NOT NULL,
  funeralHomeKey VARCHAR(20) NOT NULL DEFAULT '',
  funeralHomeAddress1 VARCHAR(50),
  funeralHomeAddress2 VARCHAR(50),
  funeralHomeCity VARCHAR(20),
  funeralHomeProvince VARCHAR(2),
  funeralHomePostalCode VARCHAR(7),
  funeralHomePhoneNumber VARCHAR(30),
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER
) ENGINE=InnoDB;

CREATE TABLE ContractTypes (
  contractTypeId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  contractType VARCHAR(100) NOT NULL,
  isPreneed bit NOT NULL DEFAULT 0,
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER
) ENGINE=InnoDB;

CREATE TABLE ContractTypeFields (
  contractTypeFieldId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  contractTypeId INTEGER,
  contractTypeField VARCHAR(100) NOT NULL,
  fieldType VARCHAR(15) NOT NULL DEFAULT 'text',
  fieldValues TEXT,
  isRequired bit NOT NULL DEFAULT 0,
  pattern VARCHAR(100),
  minLength smallint NOT NULL DEFAULT 1 CHECK (minLength >= 0),
  maxLength smallint NOT NULL DEFAULT 100 CHECK (maxLength >= 0),
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  FOREIGN KEY (contractTypeId) REFERENCES ContractTypes (contractTypeId)
) ENGINE=InnoDB;

CREATE TABLE ContractTypePrints (
  contractTypeId INTEGER NOT NULL,
  printEJS VARCHAR(100) NOT NULL,
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  PRIMARY KEY (contractTypeId, printEJS),
  FOREIGN KEY (contractTypeId) REFERENCES ContractTypes (contractTypeId)
) ENGINE=InnoDB;

CREATE TABLE CommittalTypes (
  committalTypeId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  committalTypeKey VARCHAR(20) NOT NULL DEFAULT '',
  committalType VARCHAR(100) NOT NULL,
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER
) ENGINE=InnoDB;

CREATE TABLE Contracts (
  contractId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  contractNumber VARCHAR(50) NOT NULL DEFAULT '',
  contractTypeId INTEGER NOT NULL,
  burialSiteId INTEGER,
  contractStartDate INTEGER NOT NULL CHECK (contractStartDate > 0),
  contractEndDate INTEGER CHECK (contractEndDate > 0),
  purchaserName VARCHAR(100) NOT NULL,
  purchaserAddress1 VARCHAR(50),
  purchaserAddress2 VARCHAR(50),
  purchaserCity VARCHAR(20),
  purchaserProvince VARCHAR(2),
  purchaserPostalCode VARCHAR(7),
  purchaserPhoneNumber VARCHAR(30),
  purchaserEmail VARCHAR(100),
  purchaserRelationship VARCHAR(50),
  funeralHomeId INTEGER,
  funeralDirectorName VARCHAR(100),
  funeralDate INTEGER CHECK (funeralDate > 0),
  funeralTime INTEGER CHECK (funeralTime >= 0),
  committalTypeId INTEGER,
  directionOfArrival VARCHAR(2),
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  FOREIGN KEY (burialSiteId) REFERENCES BurialSites (burialSiteId),
  FOREIGN KEY (contractTypeId) REFERENCES ContractTypes (contractTypeId),
  FOREIGN KEY (funeralHomeId) REFERENCES FuneralHomes (funeralHomeId),
  FOREIGN KEY (committalTypeId) REFERENCES CommittalTypes (committalTypeId)
) ENGINE=InnoDB;

CREATE TABLE ContractFields (
  contractId INTEGER NOT NULL,
  contractTypeFieldId INTEGER NOT NULL,
  fieldValue TEXT NOT NULL,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  PRIMARY KEY (contractId, contractTypeFieldId),
  FOREIGN KEY (contractId) REFERENCES Contracts (contractId),
  FOREIGN KEY (contractTypeFieldId) REFERENCES ContractTypeFields (contractTypeFieldId)
) ENGINE=InnoDB;

CREATE TABLE ContractMetadata (
  contractId INTEGER NOT NULL,
  metadataKey VARCHAR(100) NOT NULL,
  metadataValue TEXT NOT NULL,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  PRIMARY KEY (contractId, metadataKey),
  FOREIGN KEY (contractId) REFERENCES Contracts (contractId)
) ENGINE=InnoDB;

CREATE TABLE ServiceTypes (
  serviceTypeId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  serviceType VARCHAR(100) NOT NULL,
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER
) ENGINE=InnoDB;

CREATE TABLE ContractServiceTypes (
  contractId INTEGER NOT NULL,
  serviceTypeId INTEGER NOT NULL,
  contractServiceDetails TEXT,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  PRIMARY KEY (contractId, serviceTypeId),
  FOREIGN KEY (contractId) REFERENCES Contracts (contractId),
  FOREIGN KEY (serviceTypeId) REFERENCES ServiceTypes (serviceTypeId)
) ENGINE=InnoDB;

CREATE TABLE ContractAttachments (
  contractAttachmentId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  contractId INTEGER NOT NULL,
  attachmentTitle VARCHAR(100) NOT NULL,
  attachmentDetails TEXT,
  fileName VARCHAR(100) NOT NULL,
  filePath VARCHAR(500) NOT NULL,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  FOREIGN KEY (contractId) REFERENCES Contracts (contractId)
) ENGINE=InnoDB;

CREATE TABLE ContractComments (
  contractCommentId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  contractId INTEGER NOT NULL,
  commentDate INTEGER NOT NULL CHECK (commentDate > 0),
  commentTime INTEGER NOT NULL CHECK (commentTime >= 0),
  comment TEXT NOT NULL,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  FOREIGN KEY (contractId) REFERENCES Contracts (contractId)
) ENGINE=InnoDB;

CREATE TABLE RelatedContracts (
  contractIdA INTEGER NOT NULL,
  contractIdB INTEGER NOT NULL CHECK (contractIdA < contractIdB),
  PRIMARY KEY (contractIdA, contractIdB),
  FOREIGN KEY (contractIdA) REFERENCES Contracts (contractId),
  FOREIGN KEY (contractIdB) REFERENCES Contracts (contractId)
) ENGINE=InnoDB;

CREATE TABLE IntermentContainerTypes (
  intermentContainerTypeId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  intermentContainerType VARCHAR(100) NOT NULL,
  intermentContainerTypeKey VARCHAR(20) NOT NULL DEFAULT '',
  isCremationType bit NOT NULL DEFAULT 0,
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER
) ENGINE=InnoDB;

CREATE TABLE IntermentDepths (
  intermentDepthId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  intermentDepth VARCHAR(100) NOT NULL,
  intermentDepthKey VARCHAR(20) NOT NULL DEFAULT '',
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER
) ENGINE=InnoDB;

CREATE TABLE ContractInterments (
  contractId INTEGER NOT NULL,
  intermentNumber INTEGER NOT NULL,
  deceasedName VARCHAR(200) NOT NULL,
  isCremated bit NOT NULL DEFAULT 0,
  deceasedAddress1 VARCHAR(50) NOT NULL,
  deceasedAddress2 VARCHAR(50) NOT NULL,
  deceasedCity VARCHAR(20) NOT NULL,
  deceasedProvince VARCHAR(2) NOT NULL,
  deceasedPostalCode VARCHAR(7) NOT NULL,
  birthDate INTEGER,
  birthPlace VARCHAR(100),
  deathDate INTEGER,
  deathPlace VARCHAR(100),
  deathAge INTEGER,
  deathAgePeriod VARCHAR(10),
  intermentContainerTypeId INTEGER,
  intermentDepthId INTEGER,
  findagraveMemorialId INTEGER,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  PRIMARY KEY (contractId, intermentNumber),
  FOREIGN KEY (contractId) REFERENCES Contracts (contractId),
  FOREIGN KEY (intermentContainerTypeId) REFERENCES IntermentContainerTypes (intermentContainerTypeId),
  FOREIGN KEY (intermentDepthId) REFERENCES IntermentDepths (intermentDepthId)
) ENGINE=InnoDB;

CREATE TABLE FeeCategories (
  feeCategoryId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  feeCategory VARCHAR(100) NOT NULL,
  isGroupedFee bit NOT NULL DEFAULT 0,
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER
) ENGINE=InnoDB;

CREATE TABLE Fees (
  feeId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  feeCategoryId INTEGER NOT NULL,
  feeName VARCHAR(100) NOT NULL,
  feeDescription TEXT,
  feeAccount VARCHAR(20),
  contractTypeId INTEGER,
  burialSiteTypeId INTEGER,
  includeQuantity boolean NOT NULL DEFAULT 0,
  quantityUnit VARCHAR(30),
  feeAmount DECIMAL(8, 2),
  feeFunction VARCHAR(100),
  taxAmount DECIMAL(6, 2),
  taxPercentage DECIMAL(5, 2),
  isRequired bit NOT NULL DEFAULT 0,
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  FOREIGN KEY (feeCategoryId) REFERENCES FeeCategories (feeCategoryId),
  FOREIGN KEY (contractTypeId) REFERENCES ContractTypes (contractTypeId),
  FOREIGN KEY (burialSiteTypeId) REFERENCES BurialSiteTypes (burialSiteTypeId)
) ENGINE=InnoDB;

CREATE TABLE ContractFees (
  contractId INTEGER NOT NULL,
  feeId INTEGER NOT NULL,
  quantity DECIMAL(4, 1) NOT NULL DEFAULT 1,
  feeAmount DECIMAL(8, 2) NOT NULL,
  taxAmount DECIMAL(8, 2) NOT NULL,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  PRIMARY KEY (contractId, feeId),
  FOREIGN KEY (contractId) REFERENCES Contracts (contractId),
  FOREIGN KEY (feeId) REFERENCES Fees (feeId)
) ENGINE=InnoDB;

CREATE TABLE ContractTransactions (
  contractId INTEGER NOT NULL,
  transactionIndex INTEGER NOT NULL,
  transactionDate INTEGER NOT NULL CHECK (transactionDate > 0),
  transactionTime INTEGER NOT NULL CHECK (transactionTime >= 0),
  transactionAmount DECIMAL(8, 2) NOT NULL,
  isInvoiced bit NOT NULL DEFAULT 0,
  externalReceiptNumber VARCHAR(100),
  transactionNote TEXT,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  PRIMARY KEY (contractId, transactionIndex),
  FOREIGN KEY (contractId) REFERENCES Contracts (contractId)
) ENGINE=InnoDB;

CREATE TABLE WorkOrderTypes (
  workOrderTypeId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  workOrderType VARCHAR(100) NOT NULL,
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER
) ENGINE=InnoDB;

CREATE TABLE WorkOrders (
  workOrderId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  workOrderTypeId INTEGER NOT NULL,
  workOrderNumber VARCHAR(50) NOT NULL,
  workOrderDescription TEXT,
  workOrderOpenDate INTEGER CHECK (workOrderOpenDate > 0),
  workOrderCloseDate INTEGER CHECK (workOrderCloseDate > 0),
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  FOREIGN KEY (workOrderTypeId) REFERENCES WorkOrderTypes (workOrderTypeId)
) ENGINE=InnoDB;

CREATE TABLE WorkOrderBurialSites (
  workOrderId INTEGER NOT NULL,
  burialSiteId INTEGER NOT NULL,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  PRIMARY KEY (workOrderId, burialSiteId),
  FOREIGN KEY (workOrderId) REFERENCES WorkOrders (workOrderId),
  FOREIGN KEY (burialSiteId) REFERENCES BurialSites (burialSiteId)
) ENGINE=InnoDB;

CREATE TABLE WorkOrderContracts (
  workOrderId INTEGER NOT NULL,
  contractId INTEGER NOT NULL,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  PRIMARY KEY (workOrderId, contractId),
  FOREIGN KEY (workOrderId) REFERENCES WorkOrders (workOrderId),
  FOREIGN KEY (contractId) REFERENCES Contracts (contractId)
) ENGINE=InnoDB;

CREATE TABLE WorkOrderComments (
  workOrderCommentId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  workOrderId INTEGER NOT NULL,
  commentDate INTEGER NOT NULL CHECK (commentDate > 0),
  commentTime INTEGER NOT NULL CHECK (commentTime >= 0),
  comment TEXT NOT NULL,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  FOREIGN KEY (workOrderId) REFERENCES WorkOrders (workOrderId)
) ENGINE=InnoDB;

CREATE TABLE WorkOrderMilestoneTypes (
  workOrderMilestoneTypeId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  workOrderMilestoneType VARCHAR(100) NOT NULL,
  orderNumber smallint NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER
) ENGINE=InnoDB;

CREATE TABLE WorkOrderMilestones (
  workOrderMilestoneId INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  workOrderId INTEGER NOT NULL,
  workOrderMilestoneTypeId INTEGER,
  workOrderMilestoneDate INTEGER NOT NULL CHECK (workOrderMilestoneDate >= 0),
  workOrderMilestoneTime INTEGER CHECK (workOrderMilestoneTime >= 0),
  workOrderMilestoneDescription TEXT NOT NULL,
  workOrderMilestoneCompletionDate INTEGER CHECK (workOrderMilestoneCompletionDate > 0),
  workOrderMilestoneCompletionTime INTEGER CHECK (workOrderMilestoneCompletionTime >= 0),
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER,
  FOREIGN KEY (workOrderId) REFERENCES WorkOrders (workOrderId),
  FOREIGN KEY (workOrderMilestoneTypeId) REFERENCES WorkOrderMilestoneTypes (workOrderMilestoneTypeId)
) ENGINE=InnoDB;

CREATE TABLE SunriseSettings (
  settingKey VARCHAR(100) NOT NULL PRIMARY KEY,
  settingValue VARCHAR(500),
  previousSettingValue VARCHAR(500),
  recordUpdate_timeMillis INTEGER NOT NULL
) ENGINE=InnoDB;

CREATE TABLE UserSettings (
  userName VARCHAR(30) NOT NULL,
  settingKey VARCHAR(100) NOT NULL,
  settingValue VARCHAR(500),
  previousSettingValue VARCHAR(500),
  recordUpdate_timeMillis INTEGER NOT NULL,
  PRIMARY KEY (userName, settingKey)
) ENGINE=InnoDB;

CREATE TABLE Users (
  userName VARCHAR(30) NOT NULL PRIMARY KEY,
  isActive bit NOT NULL DEFAULT 1,
  canUpdateCemeteries bit NOT NULL DEFAULT 0,
  canUpdateContracts bit NOT NULL DEFAULT 0,
  canUpdateWorkOrders bit NOT NULL DEFAULT 0,
  isAdmin bit NOT NULL DEFAULT 0,
  recordCreate_userName VARCHAR(30) NOT NULL,
  recordCreate_timeMillis INTEGER NOT NULL,
  recordUpdate_userName VARCHAR(30) NOT NULL,
  recordUpdate_timeMillis INTEGER NOT NULL,
  recordDelete_userName VARCHAR(30),
  recordDelete_timeMillis INTEGER
) ENGINE=InnoDB;

CREATE TABLE AuditLog (
  logMillis INTEGER NOT NULL,
  logDate INTEGER NOT NULL,
  logTime INTEGER NOT NULL,
  mainRecordType VARCHAR(50) NOT NULL,
  mainRecordId VARCHAR(50) NOT NULL,
  updateTable VARCHAR(50) NOT NULL,
  recordIndex VARCHAR(20),
  updateField VARCHAR(50) NOT NULL,
  updateType VARCHAR(20) NOT NULL,
  updateUserName VARCHAR(30) NOT NULL,
  fromValue TEXT,
  toValue TEXT
) ENGINE=InnoDB;
