-- digiKam 6.3.0 (KDE; open-source digital photo and asset management) — MySQL/MariaDB database schema
-- Upstream: github.com/KDE/digikam (mirror of invent.kde.org/graphics/digikam), commit 33d0457e20adda97c003f3dee652a1749406ff9f (2019-08-07),
-- licence GPL-2.0-or-later (COPYING; file header of dbconfig.xml.cmake.in)
-- Source: core/data/database/dbconfig.xml.cmake.in, section <database name="QMYSQL">, the plain statements of the
-- dbactions CreateDB (core collection database), CreateThumbnailsDB, CreateFaceDB, CreateFaceDBOpenCVLBPH,
-- CreateFaceDBFaceMatrices and CreateSimilarityDB, verbatim (XML entities decoded, indentation normalised) and in
-- upstream order, which is what digiKam runs against a MySQL/MariaDB server (one database can hold all four).
-- The index actions call a stored procedure create_index_if_not_exists(table, index, fields); each call is written
-- here as the CREATE INDEX it performs. Left out: the view TagsTree (SELECT id, pid FROM Tags), the triggers of
-- the CreateTriggers actions (nested-set maintenance of Tags and clean-ups on delete) and the procedure itself.


-- dbaction CreateDB

CREATE TABLE IF NOT EXISTS AlbumRoots
    (id INTEGER PRIMARY KEY NOT NULL AUTO_INCREMENT,
    label LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    status INTEGER NOT NULL,
    type INTEGER NOT NULL,
    identifier LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    specificPath LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    UNIQUE(identifier(127), specificPath(128)))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS Albums
    (id INTEGER PRIMARY KEY NOT NULL AUTO_INCREMENT,
    albumRoot INTEGER NOT NULL,
    relativePath LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL,
    date DATE,
    caption LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    collection LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    icon BIGINT,
    CONSTRAINT Albums_AlbumRoots FOREIGN KEY (albumRoot) REFERENCES AlbumRoots (id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE(albumRoot, relativePath(255)))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS Images
    (id BIGINT PRIMARY KEY NOT NULL AUTO_INCREMENT,
    album INTEGER,
    name LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL,
    status INTEGER NOT NULL,
    category INTEGER NOT NULL,
    modificationDate DATETIME,
    fileSize BIGINT,
    uniqueHash VARCHAR(128),
    manualOrder BIGINT,
    CONSTRAINT Images_Albums FOREIGN KEY (album) REFERENCES Albums (id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE (album, name(255)))
    ENGINE InnoDB;
ALTER TABLE Albums
    ADD CONSTRAINT Albums_Images FOREIGN KEY (icon) REFERENCES Images (id) ON DELETE SET NULL ON UPDATE CASCADE;
CREATE TABLE IF NOT EXISTS ImageInformation
    (imageid BIGINT PRIMARY KEY,
    rating INTEGER,
    creationDate DATETIME,
    digitizationDate DATETIME,
    orientation INTEGER,
    width INTEGER,
    height INTEGER,
    format LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    colorDepth INTEGER,
    colorModel INTEGER,
    CONSTRAINT ImageInformation_Images FOREIGN KEY (imageid) REFERENCES Images (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS ImageMetadata
    (imageid BIGINT PRIMARY KEY,
    make LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    model LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    lens LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    aperture REAL,
    focalLength REAL,
    focalLength35 REAL,
    exposureTime REAL,
    exposureProgram INTEGER,
    exposureMode INTEGER,
    sensitivity INTEGER,
    flash INTEGER,
    whiteBalance INTEGER,
    whiteBalanceColorTemperature INTEGER,
    meteringMode INTEGER,
    subjectDistance REAL,
    subjectDistanceCategory INTEGER,
    CONSTRAINT ImageMetadata_Images FOREIGN KEY (imageid) REFERENCES Images (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS VideoMetadata
    (imageid BIGINT PRIMARY KEY,
    aspectRatio TEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    audioBitRate TEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    audioChannelType TEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    audioCompressor TEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    duration TEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    frameRate TEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    exposureProgram INTEGER,
    videoCodec TEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    CONSTRAINT VideoMetadata_Images FOREIGN KEY (imageid) REFERENCES Images (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS ImagePositions
    (imageid BIGINT PRIMARY KEY,
    latitude LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    latitudeNumber REAL,
    longitude LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    longitudeNumber REAL,
    altitude REAL,
    orientation REAL,
    tilt REAL,
    roll REAL,
    accuracy REAL,
    description LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    CONSTRAINT ImagePositions_Images FOREIGN KEY (imageid) REFERENCES Images (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS ImageComments
    (id BIGINT PRIMARY KEY NOT NULL AUTO_INCREMENT,
    imageid BIGINT,
    type INTEGER,
    language VARCHAR(128) CHARACTER SET utf8 COLLATE utf8_general_ci,
    author LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    date DATETIME,
    comment LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    CONSTRAINT ImageComments_Images FOREIGN KEY (imageid) REFERENCES Images (id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE(imageid, type, language, author(202)))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS ImageCopyright
    (id BIGINT PRIMARY KEY NOT NULL AUTO_INCREMENT,
    imageid BIGINT,
    property LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    value LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    extraValue LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    CONSTRAINT ImageCopyright_Images FOREIGN KEY (imageid) REFERENCES Images (id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE(imageid, property(110), value(111), extraValue(111)))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS Tags
    (id INTEGER PRIMARY KEY NOT NULL AUTO_INCREMENT,
    pid INTEGER,
    name LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL,
    icon BIGINT,
    iconkde LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    lft INTEGER NOT NULL,
    rgt INTEGER NOT NULL,
    CONSTRAINT Tags_Images FOREIGN KEY (icon) REFERENCES Images (id) ON DELETE SET NULL ON UPDATE CASCADE,
    UNIQUE(pid, name(100)))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS ImageTags
    (imageid BIGINT NOT NULL,
    tagid INTEGER NOT NULL,
    CONSTRAINT ImageTags_Images FOREIGN KEY (imageid) REFERENCES Images (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT ImageTags_Tags FOREIGN KEY (tagid) REFERENCES Tags (id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE (imageid, tagid))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS ImageProperties
    (imageid BIGINT NOT NULL,
    property LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL,
    value LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL,
    CONSTRAINT ImageProperties_Images FOREIGN KEY (imageid) REFERENCES Images (id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE (imageid, property(255)))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS Searches
    (id INTEGER PRIMARY KEY NOT NULL AUTO_INCREMENT,
    type INTEGER,
    name LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL,
    query LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL)
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS DownloadHistory
    (id BIGINT PRIMARY KEY NOT NULL AUTO_INCREMENT,
    identifier LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    filename LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    filesize BIGINT,
    filedate DATETIME,
    UNIQUE(identifier(164), filename(165), filesize, filedate))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS Settings
    (keyword LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL,
    value LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    UNIQUE(keyword(255)))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS ImageHistory
    (imageid BIGINT PRIMARY KEY,
    uuid VARCHAR(128),
    history LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    CONSTRAINT ImageHistory_Images FOREIGN KEY (imageid) REFERENCES Images (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS ImageRelations
    (subject BIGINT,
    object BIGINT,
    type INTEGER,
    CONSTRAINT ImageRelations_ImagesS FOREIGN KEY (subject) REFERENCES Images (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT ImageRelations_ImagesO FOREIGN KEY (object) REFERENCES Images (id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE(subject, object, type))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS TagProperties
    (tagid INTEGER,
    property TEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    value LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    CONSTRAINT TagProperties_Tags FOREIGN KEY (tagid) REFERENCES Tags (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS ImageTagProperties
    (imageid BIGINT,
    tagid INTEGER,
    property TEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    value LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    CONSTRAINT ImageTagProperties_Images FOREIGN KEY (imageid) REFERENCES Images (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT ImageTagProperties_Tags FOREIGN KEY (tagid) REFERENCES Tags (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE InnoDB;

-- dbaction CreateIndices

CREATE INDEX dir_index ON Images (album);
CREATE INDEX hash_index ON Images (uniqueHash);
CREATE INDEX tag_index ON ImageTags (tagid);
CREATE INDEX tag_id_index ON ImageTags (imageid);
CREATE INDEX image_name_index ON Images (name(255));
CREATE INDEX creationdate_index ON ImageInformation (creationDate);
CREATE INDEX comments_imageid_index ON ImageComments (imageid);
CREATE INDEX copyright_imageid_index ON ImageCopyright (imageid);
CREATE INDEX uuid_index ON ImageHistory (uuid);
CREATE INDEX subject_relations_index ON ImageRelations (subject);
CREATE INDEX object_relations_index ON ImageRelations (object);
CREATE INDEX tagproperties_index ON TagProperties (tagid);
CREATE INDEX imagetagproperties_index ON ImageTagProperties (imageid, tagid);
CREATE INDEX imagetagproperties_imageid_index ON ImageTagProperties (imageid);
CREATE INDEX imagetagproperties_tagid_index ON ImageTagProperties (tagid);

-- dbaction CreateThumbnailsDB

CREATE TABLE IF NOT EXISTS Thumbnails
    (id BIGINT PRIMARY KEY AUTO_INCREMENT,
    type INTEGER,
    modificationDate DATETIME,
    orientationHint INTEGER,
    data LONGBLOB)
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS UniqueHashes
    (uniqueHash VARCHAR(128),
    fileSize BIGINT,
    thumbId BIGINT,
    CONSTRAINT UniqueHashes_Thumbnails FOREIGN KEY (thumbId) REFERENCES Thumbnails (id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE(uniqueHash, fileSize))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS FilePaths
    (path LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    thumbId BIGINT,
    CONSTRAINT FilePaths_Thumbnails FOREIGN KEY (thumbId) REFERENCES Thumbnails (id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE(path(255)))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS CustomIdentifiers
    (identifier LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    thumbId BIGINT,
    CONSTRAINT CustomIdentifiers_Thumbnails FOREIGN KEY (thumbId) REFERENCES Thumbnails (id) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE(identifier(255)))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS ThumbSettings
    (keyword LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL,
    value LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    UNIQUE(keyword(255)))
    ENGINE InnoDB;

-- dbaction CreateThumbnailsDBIndices

CREATE INDEX id_uniqueHashes ON UniqueHashes (thumbId);
CREATE INDEX id_filePaths ON FilePaths (thumbId);
CREATE INDEX id_customIdentifiers ON CustomIdentifiers (thumbId);

-- dbaction CreateFaceDB

CREATE TABLE IF NOT EXISTS Identities
    (id INTEGER PRIMARY KEY AUTO_INCREMENT,
    `type` INTEGER)
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS IdentityAttributes
    (id INTEGER,
    `type` INTEGER,
    attribute LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    `value` LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    CONSTRAINT IdentityAttributes_Identities FOREIGN KEY (id) REFERENCES Identities (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS FaceSettings
    (keyword LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL,
    `value` LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    UNIQUE(keyword(255)))
    ENGINE InnoDB;

-- dbaction CreateFaceDBOpenCVLBPH

CREATE TABLE IF NOT EXISTS OpenCVLBPHRecognizer
    (id INTEGER PRIMARY KEY AUTO_INCREMENT,
    version INTEGER,
    radius INTEGER,
    neighbors INTEGER,
    grid_x INTEGER,
    grid_y INTEGER)
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS OpenCVLBPHistograms
    (id INTEGER PRIMARY KEY AUTO_INCREMENT,
    recognizerid INTEGER,
    identity INTEGER,
    `context` LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    `type` INTEGER,
    `rows` INTEGER,
    `cols` INTEGER,
    `data` LONGBLOB)
    ENGINE InnoDB;

-- dbaction CreateFaceDBFaceMatrices

CREATE TABLE IF NOT EXISTS FaceMatrices
    (id INTEGER PRIMARY KEY AUTO_INCREMENT,
    identity INTEGER,
    `context` LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    `type` INTEGER,
    `rows` INTEGER,
    `cols` INTEGER,
    `data` LONGBLOB,
    vecdata LONGBLOB)
    ENGINE InnoDB;

-- dbaction CreateFaceIndices

CREATE INDEX identityattributes_index ON IdentityAttributes (id);

-- dbaction CreateSimilarityDB

CREATE TABLE IF NOT EXISTS ImageSimilarity
    (imageid1 BIGINT NOT NULL,
    imageid2 BIGINT NOT NULL,
    algorithm INTEGER,
    value DOUBLE,
    CONSTRAINT Similar UNIQUE(imageid1, imageid2, algorithm))
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS ImageHaarMatrix
    (imageid BIGINT PRIMARY KEY,
    modificationDate DATETIME,
    uniqueHash LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    matrix LONGBLOB)
    ENGINE InnoDB;
CREATE TABLE IF NOT EXISTS SimilaritySettings
    (keyword LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL,
    `value` LONGTEXT CHARACTER SET utf8 COLLATE utf8_general_ci,
    UNIQUE(keyword(255)))
    ENGINE InnoDB;

-- dbaction CreateSimilarityDBIndices

