-- Orthanc (lightweight DICOM server / medical imaging store): database index schema, MySQL flavour.
-- Upstream: Orthanc Team / Sebastien Jodogne, GPL-3.0 (core) and AGPL-3.0 (database plugins).
--   github.com/orthanc-mirrors/orthanc-databases (official mirror of orthanc.uclouvain.be/hg/orthanc-databases), commit e132ff4f:
--     MySQL/Plugins/PrepareIndex.sql, MySQL/Plugins/InstallRevisionAndCustomData.sql (ALTERs folded in),
--     MySQL/Plugins/MySQLIndex.cpp (ServerProperties, Labels), MySQL/Plugins/MySQLStorageArea.cpp (StorageArea),
--     PostgreSQL/Plugins/SQL/PrepareIndex.sql (tables that only the PostgreSQL plugin has: GlobalIntegers,
--     GlobalIntegersChanges, InvalidChildCounts, KeyValueStores, Queues, AuditLogs; PostgreSQL types written as MySQL:
--     BIGSERIAL -> BIGINT AUTO_INCREMENT, BYTEA -> LONGBLOB, TIMESTAMP DEFAULT NOW() -> TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
--     TEXT in keys and indexes -> VARCHAR(255), since MySQL cannot index TEXT without a prefix length).
--   The core SQLite index (github.com/jodogne/OrthancMirror OrthancServer/Sources/Database/PrepareDatabase.sql, commit 2d55a19c)
--   has the same tables and columns (the MySQL plugin adds DeletedFiles).
-- Triggers and stored procedures left out; upstream comments kept as column COMMENTs.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE GlobalProperties(
       property INTEGER PRIMARY KEY,
       value TEXT
       );

CREATE TABLE Resources(
       internalId BIGINT NOT NULL AUTO_INCREMENT,
       resourceType INTEGER NOT NULL,
       publicId VARCHAR(64) NOT NULL,
       parentId BIGINT,
       PRIMARY KEY(internalId)
       );

CREATE TABLE MainDicomTags(
       id BIGINT NOT NULL,
       tagGroup INTEGER NOT NULL,
       tagElement INTEGER NOT NULL,
       value VARCHAR(255),
       PRIMARY KEY(id, tagGroup, tagElement),
       CONSTRAINT MainDicomTags1 FOREIGN KEY (id) REFERENCES Resources(internalId) ON DELETE CASCADE
       );

CREATE TABLE DicomIdentifiers(
       id BIGINT NOT NULL,
       tagGroup INTEGER NOT NULL,
       tagElement INTEGER NOT NULL,
       value VARCHAR(255),
       PRIMARY KEY(id, tagGroup, tagElement),
       CONSTRAINT DicomIdentifiers1 FOREIGN KEY (id) REFERENCES Resources(internalId) ON DELETE CASCADE
       );

CREATE TABLE Metadata(
       id BIGINT NOT NULL,
       type INTEGER NOT NULL,
       value TEXT,
       revision INTEGER,
       PRIMARY KEY(id, type),
       CONSTRAINT Metadata1 FOREIGN KEY (id) REFERENCES Resources(internalId) ON DELETE CASCADE
       );

CREATE TABLE AttachedFiles(
       id BIGINT NOT NULL,
       fileType INTEGER,
       uuid VARCHAR(64) NOT NULL,
       compressedSize BIGINT,
       uncompressedSize BIGINT,
       compressionType INTEGER,
       uncompressedHash VARCHAR(40),
       compressedHash VARCHAR(40),
       revision INTEGER,
       customData LONGTEXT,
       PRIMARY KEY(id, fileType),
       CONSTRAINT AttachedFiles1 FOREIGN KEY (id) REFERENCES Resources(internalId) ON DELETE CASCADE
       );

CREATE TABLE Changes(
       seq BIGINT NOT NULL AUTO_INCREMENT,
       changeType INTEGER,
       internalId BIGINT NOT NULL,
       resourceType INTEGER,
       date VARCHAR(64),
       PRIMARY KEY(seq),
       CONSTRAINT Changes1 FOREIGN KEY (internalId) REFERENCES Resources(internalId) ON DELETE CASCADE
       );

CREATE TABLE ExportedResources(
       seq BIGINT NOT NULL AUTO_INCREMENT,
       resourceType INTEGER,
       publicId VARCHAR(64),
       remoteModality TEXT,
       patientId VARCHAR(64),
       studyInstanceUid TEXT,
       seriesInstanceUid TEXT,
       sopInstanceUid TEXT,
       date VARCHAR(64),
       PRIMARY KEY(seq)
       );

CREATE TABLE PatientRecyclingOrder(
       seq BIGINT NOT NULL AUTO_INCREMENT,
       patientId BIGINT NOT NULL,
       PRIMARY KEY(seq),
       CONSTRAINT PatientRecyclingOrder1 FOREIGN KEY (patientId) REFERENCES Resources(internalId) ON DELETE CASCADE
       );

CREATE INDEX ChildrenIndex ON Resources(parentId);
CREATE INDEX PublicIndex ON Resources(publicId);
CREATE INDEX ResourceTypeIndex ON Resources(resourceType);
CREATE INDEX PatientRecyclingIndex ON PatientRecyclingOrder(patientId);
CREATE INDEX MainDicomTagsIndex ON MainDicomTags(id);
CREATE INDEX DicomIdentifiersIndex1 ON DicomIdentifiers(id);
CREATE INDEX DicomIdentifiersIndex2 ON DicomIdentifiers(tagGroup, tagElement);
CREATE INDEX DicomIdentifiersIndexValues ON DicomIdentifiers(value);
CREATE INDEX ChangesIndex ON Changes(internalId);

CREATE TABLE DeletedFiles(
       uuid VARCHAR(64) NOT NULL COMMENT '0',
       fileType INTEGER COMMENT '1',
       compressedSize BIGINT COMMENT '2',
       uncompressedSize BIGINT COMMENT '3',
       compressionType INTEGER COMMENT '4',
       uncompressedHash VARCHAR(40) COMMENT '5',
       compressedHash VARCHAR(40) COMMENT '6',
       revision INTEGER,
       customData LONGTEXT
       );

CREATE TABLE ServerProperties(
       server VARCHAR(64) NOT NULL,
       property INTEGER,
       value LONGTEXT,
       PRIMARY KEY(server, property)
       );

CREATE TABLE Labels(
       id BIGINT NOT NULL,
       label VARCHAR(64) NOT NULL,
       PRIMARY KEY(id, label),
       CONSTRAINT Labels1 FOREIGN KEY (id) REFERENCES Resources(internalId) ON DELETE CASCADE
       );
CREATE INDEX LabelsIndex1 ON Labels(id);
CREATE INDEX LabelsIndex2 ON Labels(label);

CREATE TABLE StorageArea(
       uuid VARCHAR(64) NOT NULL PRIMARY KEY,
       content LONGBLOB NOT NULL,
       type INTEGER NOT NULL
       );

-- Tables of the PostgreSQL plugin only (PostgreSQL/Plugins/SQL/PrepareIndex.sql)

CREATE TABLE GlobalIntegers(
       `key` INTEGER PRIMARY KEY COMMENT '0: CompressedSize, 1: UncompressedSize, 2: PatientsCount, 3: StudiesCount, 4: SeriesCount, 5: InstancesCount, 6: ChangeSeq',
       value BIGINT
       );

CREATE TABLE GlobalIntegersChanges(
       pk BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT 'new in rev10 required for pg_repack to be able to reclaim space',
       `key` INTEGER,
       value BIGINT
       );

CREATE TABLE InvalidChildCounts(
       pk BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT 'new in rev10 required for pg_repack to be able to reclaim space',
       id BIGINT,
       updatedAt TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
       CONSTRAINT InvalidChildCounts1 FOREIGN KEY (id) REFERENCES Resources(internalId) ON DELETE CASCADE
       );

CREATE TABLE KeyValueStores(
       storeId VARCHAR(255) NOT NULL,
       `key` VARCHAR(255) NOT NULL,
       value LONGBLOB NOT NULL,
       PRIMARY KEY(storeId, `key`)
       );

CREATE TABLE Queues (
       id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
       queueId VARCHAR(255) NOT NULL,
       value LONGBLOB NOT NULL,
       reservedUntil BIGINT DEFAULT NULL COMMENT 'new in rev 10'
       );
CREATE INDEX QueuesIndex ON Queues (queueId, id);

CREATE TABLE AuditLogs (
       ts TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
       sourcePlugin TEXT NOT NULL,
       userId VARCHAR(255) NOT NULL,
       resourceType INTEGER NOT NULL,
       resourceId VARCHAR(64) NOT NULL,
       action VARCHAR(255) NOT NULL,
       logData LONGBLOB
       );
CREATE INDEX AuditLogsUserId ON AuditLogs (userId);
CREATE INDEX AuditLogsResourceId ON AuditLogs (resourceId);
CREATE INDEX AuditLogsAction ON AuditLogs (action);

SET FOREIGN_KEY_CHECKS=1;
