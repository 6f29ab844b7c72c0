-- Scorekeeper (drytoastman/scorekeeperts): SCCA-style autocross / ProSolo club event registration, timing and scoring.
-- Source: github.com/drytoastman/scorekeeperts, commit cc9e2dce16ed3622c46ebfe90871c7f84a2accc0 (GPL-3.0),
--   docker/db/dbinit-scripts/01_public.sql (the shared `public` schema) and
--   docker/db/dbinit-scripts/series.template (the tables created for every series schema, `<seriesname>`),
--   both last changed in commit 854ca1ad.
-- PostgreSQL written as MySQL; the public schema and one series schema are flattened into one database (no table
-- name is shared between them). Types: UUID -> CHAR(36), TEXT keys -> VARCHAR(255), JSONB and the UUID[] / TEXT[]
-- arrays -> JSON, BIGSERIAL -> BIGINT AUTO_INCREMENT, TIMESTAMP -> DATETIME, BOOLEAN -> TINYINT(1),
-- FLOAT (double precision) -> DOUBLE, now() -> CURRENT_TIMESTAMP, 'epoch' -> '1970-01-01 00:00:00'.
-- Column names, order, primary keys, unique constraints, foreign keys and CHECK constraints as upstream; grants,
-- row-level security policies, triggers, PL/pgSQL functions, indexes and the COMMENTs are left out (the comments
-- are kept below as SQL comments).

-- ---------------------------------------------------------------- public schema

-- Change logs that are specific to this local database
CREATE TABLE `publiclog` (
    `logid`   BIGINT      NOT NULL AUTO_INCREMENT,
    `usern`   TEXT        NOT NULL,
    `app`     TEXT        NOT NULL DEFAULT '',
    `tablen`  TEXT        NOT NULL,
    `action`  CHAR(1)     NOT NULL CHECK (`action` IN ('I', 'D', 'U')),
    `otime`   DATETIME    NOT NULL,
    `ltime`   DATETIME    NOT NULL,
    `olddata` JSON        NOT NULL,
    `newdata` JSON        NOT NULL,
    PRIMARY KEY (`logid`)
);

-- Single row table to set and track schema version
CREATE TABLE `version` (
    `id`       INTEGER     NOT NULL CHECK (`id`=1),
    `version`  TEXT        NOT NULL,
    `modified` DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`id`)
);

-- The stored list of JSON data represent event results, champ results and series related display settings
CREATE TABLE `results` (
    `series`     VARCHAR(255) NOT NULL,
    `name`       VARCHAR(255) NOT NULL,
    `data`       JSON         NOT NULL,
    `modified`   DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`series`, `name`)
);

-- The global list of drivers for all series
-- attr includes address, city, state, zip, phone, brag, sponsor, econtact, ephone, scca (packages/types/driver.ts)
CREATE TABLE `drivers` (
    `driverid`   CHAR(36)     NOT NULL,
    `firstname`  TEXT         NOT NULL,
    `lastname`   TEXT         NOT NULL,
    `email`      TEXT         NOT NULL,
    `username`   VARCHAR(255) NOT NULL DEFAULT '',
    `password`   TEXT         NOT NULL DEFAULT '',
    `barcode`    TEXT         NOT NULL DEFAULT '',
    `optoutmail` TINYINT(1)   NOT NULL DEFAULT 0,
    `attr`       JSON         NOT NULL DEFAULT '{}',
    `modified`   DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `created`    DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`driverid`),
    CONSTRAINT `uniqueusername` UNIQUE (`username`)
);

-- A table for storing weekend membership information
CREATE TABLE `weekendmembers` (
    `uniqueid`      CHAR(36)    NOT NULL,
    `membership`    INTEGER     NOT NULL,
    `driverid`      CHAR(36)    NOT NULL,
    `startdate`     DATE        NOT NULL,
    `enddate`       DATE        NOT NULL,
    `issuer`        TEXT        NOT NULL,
    `issuermem`     TEXT        NOT NULL,
    `region`        TEXT        NOT NULL,
    `area`          TEXT        NOT NULL,
    `modified`      DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`uniqueid`),
    FOREIGN KEY (`driverid`) REFERENCES `drivers` (`driverid`)
);

-- Local state of other sevrers we are periodically merging with, not part of merge process
CREATE TABLE `mergeservers` (
    `serverid`   CHAR(36)   NOT NULL,
    `hostname`   TEXT       NOT NULL DEFAULT '',
    `address`    TEXT       NOT NULL DEFAULT '',
    `lastcheck`  DATETIME   NOT NULL DEFAULT '1970-01-01 00:00:00',
    `nextcheck`  DATETIME   NOT NULL DEFAULT '1970-01-01 00:00:00',
    `waittime`   INTEGER    NOT NULL DEFAULT 60,
    `ctimeout`   INTEGER    NOT NULL DEFAULT 3,
    `cfailures`  INTEGER    NOT NULL DEFAULT 0,
    `hoststate`  CHAR(1)    NOT NULL DEFAULT 'I' CHECK (`hoststate` IN ('A', '1', 'I')),
    `quickruns`  TEXT,
    `mergestate` JSON       NOT NULL DEFAULT '{}',
    PRIMARY KEY (`serverid`)
);

-- Local events useful for serving up to the announcer interface, not merged
CREATE TABLE `localeventstream` (
    `etype` TEXT      NOT NULL,
    `event` JSON      NOT NULL,
    `time`  DATETIME  NOT NULL
);

-- temporary storage for items the web interface wants send, mailman will consume and delete
CREATE TABLE `emailqueue` (
    `mailid`  BIGINT    NOT NULL AUTO_INCREMENT,
    `created` DATETIME  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `content` JSON      NOT NULL DEFAULT '{}',
    PRIMARY KEY (`mailid`)
);

-- map of emaillistids a driverid has unsubscribed from, (i.e. nwr)
CREATE TABLE `unsubscribe` (
    `driverid`    CHAR(36)     NOT NULL,
    `emaillistid` VARCHAR(255) NOT NULL,
    PRIMARY KEY (`driverid`, `emaillistid`),
    FOREIGN KEY (`driverid`) REFERENCES `drivers` (`driverid`)
);

CREATE TABLE `emailfilter` (
    `forder` INTEGER      NOT NULL,
    `drop`   TINYINT(1)   NOT NULL DEFAULT 1,
    `match`  VARCHAR(255) NOT NULL,
    PRIMARY KEY (`match`)
);

CREATE TABLE `localsettings` (
    `key`   VARCHAR(255) NOT NULL,
    `value` TEXT,
    PRIMARY KEY (`key`)
);

CREATE TABLE `localcache` (
    `name` VARCHAR(255) NOT NULL,
    `data` TEXT,
    PRIMARY KEY (`name`)
);

-- ---------------------------------------------------------------- series schema (series.template)

-- Change logs that are specific to this local database
CREATE TABLE `serieslog` (
    `logid`   BIGINT      NOT NULL AUTO_INCREMENT,
    `usern`   TEXT        NOT NULL,
    `app`     TEXT        NOT NULL DEFAULT '',
    `tablen`  TEXT        NOT NULL,
    `action`  CHAR(1)     NOT NULL CHECK (`action` IN ('I', 'D', 'U')),
    `otime`   DATETIME    NOT NULL,
    `ltime`   DATETIME    NOT NULL,
    `olddata` JSON        NOT NULL,
    `newdata` JSON        NOT NULL,
    PRIMARY KEY (`logid`)
);

-- settings includes any boolean, integer, double preferences for the series, sql keeps us in string format
CREATE TABLE `settings` (
    `name`       VARCHAR(255) NOT NULL,
    `val`        TEXT         NOT NULL,
    `modified`   DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`name`)
);

-- seriesattr records extra driver information that is specific to just this series
CREATE TABLE `seriesattr` (
    `driverid` CHAR(36)   NOT NULL,
    `attr`     JSON       NOT NULL DEFAULT '{}',
    `modified` DATETIME   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`driverid`),
    FOREIGN KEY (`driverid`) REFERENCES `drivers` (`driverid`)
);

-- The list of indexes for this series
CREATE TABLE `indexlist` (
    `indexcode`   VARCHAR(16)  NOT NULL,
    `descrip`     TEXT         NOT NULL,
    `value`       DOUBLE       NOT NULL,
    `modified`    DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`indexcode`)
);

-- The list of classes for this series
CREATE TABLE `classlist` (
    `classcode`       VARCHAR(16)  NOT NULL,   -- The string code for this class
    `descrip`         TEXT         NOT NULL,
    `indexcode`       VARCHAR(16)  NOT NULL,   -- For classes where all cars get the same index, use this index
    `caridxrestrict`  TEXT         NOT NULL,   -- what indexes to include/exclude from the list of indexes that can be selected
    `classmultiplier` DOUBLE       NOT NULL,   -- A fixed value multiplier for all cars in class (e.g. 0.975 tire index)
    `carindexed`      TINYINT(1)   NOT NULL,   -- True if each car has to select its own index
    `usecarflag`      TINYINT(1)   NOT NULL,   -- True if each car has to select to use the class multiplier or not
    `eventtrophy`     TINYINT(1)   NOT NULL,   -- True if cars in this class get trophies at each event
    `champtrophy`     TINYINT(1)   NOT NULL,   -- True if cars in this class are included in the championship points
    `secondruns`      TINYINT(1)   NOT NULL,   -- True if this class is meant for second runs of the day
    `countedruns`     INTEGER      NOT NULL,   -- If > 0, the number of runs that are counted towards final results
    `modified`        DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`classcode`),
    FOREIGN KEY (`indexcode`) REFERENCES `indexlist` (`indexcode`)
);

-- the list of configured merchant data available for online payment options
CREATE TABLE `paymentaccounts` (
    `accountid` VARCHAR(255) NOT NULL,
    `name`      TEXT         NOT NULL,
    `type`      TEXT         NOT NULL,
    `attr`      JSON         NOT NULL,
    `modified`  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`accountid`)
);

-- the list of configured items for an account, itemid is text as it can be a non-scorekeeper generated value
CREATE TABLE `paymentitems` (
    `itemid`    VARCHAR(255) NOT NULL,
    `name`      TEXT         NOT NULL,
    `itemtype`  INTEGER      NOT NULL DEFAULT 0,
    `price`     INTEGER      NOT NULL,
    `currency`  CHAR(3)      NOT NULL DEFAULT 'USD',
    `modified`  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`itemid`)
);

-- Local only table for payment account details that only need to be on the main server
CREATE TABLE `paymentsecrets` (
    `accountid` VARCHAR(255) NOT NULL,
    `secret`    TEXT         NOT NULL DEFAULT '',
    `attr`      JSON         NOT NULL,
    `modified`  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`accountid`),
    FOREIGN KEY (`accountid`) REFERENCES `paymentaccounts` (`accountid`)
);

-- The list of events for this series, attr includes location, sponsor, host, chair, designer, snail, notes, etc
CREATE TABLE `events` (
    `eventid`       CHAR(36)     NOT NULL,
    `name`          TEXT         NOT NULL,
    `date`          DATE         NOT NULL,
    `champrequire`  TINYINT(1)   NOT NULL DEFAULT 0,
    `useastiebreak` TINYINT(1)   NOT NULL DEFAULT 0,
    `isexternal`    TINYINT(1)   NOT NULL DEFAULT 0,
    `regtype`       INTEGER      NOT NULL DEFAULT 0,
    `regopened`     DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `regclosed`     DATETIME     NOT NULL,
    `courses`       INTEGER      NOT NULL DEFAULT 1,
    `runs`          INTEGER      NOT NULL DEFAULT 4,
    `countedruns`   INTEGER      NOT NULL DEFAULT 0,
    `segments`      INTEGER      NOT NULL DEFAULT 0,
    `perlimit`      INTEGER      NOT NULL DEFAULT 0,
    `sinlimit`      INTEGER      NOT NULL DEFAULT 0,
    `totlimit`      INTEGER      NOT NULL DEFAULT 0,
    `conepen`       DOUBLE       NOT NULL DEFAULT 2.0,
    `gatepen`       DOUBLE       NOT NULL DEFAULT 10.0,
    `ispro`         TINYINT(1)   NOT NULL DEFAULT 0,
    `ispractice`    TINYINT(1)   NOT NULL DEFAULT 0,
    `accountid`     VARCHAR(255),
    `attr`          JSON         NOT NULL,
    `modified`      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `created`       DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`eventid`),
    FOREIGN KEY (`accountid`) REFERENCES `paymentaccounts` (`accountid`)
);

-- The map of items available for payment at an event
CREATE TABLE `itemeventmap` (
    `eventid`   CHAR(36)     NOT NULL,
    `itemid`    VARCHAR(255) NOT NULL,
    `maxcount`  INTEGER      NOT NULL DEFAULT 0,
    `required`  TINYINT(1)   NOT NULL DEFAULT 0,
    `modified`  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`eventid`, `itemid`),
    FOREIGN KEY (`eventid`) REFERENCES `events` (`eventid`),
    FOREIGN KEY (`itemid`) REFERENCES `paymentitems` (`itemid`)
);

-- The cars in this series.  Attr includes year, make, model, color
CREATE TABLE `cars` (
    `carid`         CHAR(36)     NOT NULL,
    `driverid`      CHAR(36)     NOT NULL,
    `classcode`     VARCHAR(16)  NOT NULL,
    `indexcode`     VARCHAR(16)  NOT NULL,
    `number`        INTEGER      NOT NULL,
    `useclsmult`    TINYINT(1)   NOT NULL,   -- If classlist.usecarflag is True, each car must set this flag to use classlist.classmultiplier
    `attr`          JSON         NOT NULL,
    `modified`      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `created`       DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`carid`),
    FOREIGN KEY (`driverid`) REFERENCES `drivers` (`driverid`),
    FOREIGN KEY (`classcode`) REFERENCES `classlist` (`classcode`),
    FOREIGN KEY (`indexcode`) REFERENCES `indexlist` (`indexcode`),
    CONSTRAINT `validcardata` CHECK (`number` > 0)
);

-- The runs in this series. Attr includes reaction, sixty, segments[n]
CREATE TABLE `runs` (
    `eventid`  CHAR(36)   NOT NULL,
    `carid`    CHAR(36)   NOT NULL,
    `course`   INTEGER    NOT NULL,
    `rungroup` INTEGER    NOT NULL,
    `run`      INTEGER    NOT NULL,
    `cones`    INTEGER    NOT NULL DEFAULT 0,
    `gates`    INTEGER    NOT NULL DEFAULT 0,
    `raw`      DOUBLE     NOT NULL,
    `status`   VARCHAR(8) NOT NULL DEFAULT 'DNS',
    `attr`     JSON       NOT NULL,
    `modified` DATETIME   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`eventid`, `carid`, `course`, `rungroup`, `run`),
    FOREIGN KEY (`eventid`) REFERENCES `events` (`eventid`),
    FOREIGN KEY (`carid`) REFERENCES `cars` (`carid`),
    CONSTRAINT `validrundata` CHECK (`course` > 0 AND `rungroup` >= 0 AND `run` > 0 AND `raw` >= 0.0)
);

-- Results for external events to apply to local series, used for integrating national pro points without run data
CREATE TABLE `externalresults` (
    `eventid`   CHAR(36)    NOT NULL,
    `classcode` VARCHAR(16) NOT NULL,
    `driverid`  CHAR(36)    NOT NULL,
    `net`       DOUBLE      NOT NULL,
    `modified`  DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`eventid`, `classcode`, `driverid`),
    FOREIGN KEY (`eventid`) REFERENCES `events` (`eventid`),
    FOREIGN KEY (`classcode`) REFERENCES `classlist` (`classcode`),
    FOREIGN KEY (`driverid`) REFERENCES `drivers` (`driverid`)
);

-- The list of all times received by data entry via whatever timer is active
CREATE TABLE `timertimes` (
    `timeid`   CHAR(36)   NOT NULL,
    `course`   INTEGER    NOT NULL DEFAULT 1,
    `raw`      DOUBLE     NOT NULL,
    `status`   VARCHAR(8) NOT NULL DEFAULT 'OK',
    `attr`     JSON       NOT NULL,
    `modified` DATETIME   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`timeid`)
);

-- The list of cars registered for events
CREATE TABLE `registered` (
    `eventid`    CHAR(36)     NOT NULL,
    `carid`      CHAR(36)     NOT NULL,
    `session`    VARCHAR(255) NOT NULL DEFAULT '',
    `rorder`     INTEGER      NOT NULL DEFAULT 0,
    `modified`   DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`eventid`, `carid`, `session`),
    UNIQUE (`eventid`, `carid`, `rorder`),
    FOREIGN KEY (`eventid`) REFERENCES `events` (`eventid`),
    FOREIGN KEY (`carid`) REFERENCES `cars` (`carid`)
);

-- The list of payments made, there is potential partial online/partial onsite for multiple payments for one registration
CREATE TABLE `payments` (
    `payid`      CHAR(36)   NOT NULL,
    `eventid`    CHAR(36),
    `driverid`   CHAR(36)   NOT NULL,
    `carid`      CHAR(36)   DEFAULT NULL,
    `session`    TEXT       DEFAULT NULL,
    `refid`      TEXT,
    `txtype`     TEXT,
    `txid`       TEXT,
    `txtime`     DATETIME,
    `itemname`   TEXT,
    `accountid`  TEXT,
    `refunded`   TINYINT(1) NOT NULL DEFAULT 0,
    `amount`     INTEGER    NOT NULL,
    `modified`   DATETIME   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`payid`),
    FOREIGN KEY (`eventid`) REFERENCES `events` (`eventid`),
    FOREIGN KEY (`driverid`) REFERENCES `drivers` (`driverid`),
    FOREIGN KEY (`carid`) REFERENCES `cars` (`carid`)
);

-- This is the list of cars in each rungroup as seen in data entry
CREATE TABLE `runorder` (
    `eventid`  CHAR(36)   NOT NULL,
    `course`   INTEGER    NOT NULL CHECK (`course` > 0),
    `rungroup` INTEGER    NOT NULL CHECK (`rungroup` > 0),
    `cars`     JSON       NOT NULL,
    `modified` DATETIME   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`eventid`, `course`, `rungroup`),
    FOREIGN KEY (`eventid`) REFERENCES `events` (`eventid`)
);

-- the ordering of classes inside each run group, generally only used in the Pro event for grid ordering
CREATE TABLE `classorder` (
    `eventid`   CHAR(36)  NOT NULL,
    `rungroup`  INTEGER   NOT NULL CHECK (`rungroup` > 0),
    `classes`   JSON      NOT NULL,
    `modified`  DATETIME  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`eventid`, `rungroup`),
    FOREIGN KEY (`eventid`) REFERENCES `events` (`eventid`)
);

-- The list of challenges for each ProSolo event
CREATE TABLE `challenges` (
    `challengeid` CHAR(36)    NOT NULL,
    `eventid`     CHAR(36)    NOT NULL,
    `name`        TEXT        NOT NULL,
    `depth`       INTEGER     NOT NULL CHECK (`depth` >= 1 AND `depth` <= 6),
    `modified`    DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`challengeid`),
    FOREIGN KEY (`eventid`) REFERENCES `events` (`eventid`)
);

-- the list of rounds (carids, input dialin, etc) for each challenge, carid can be null
CREATE TABLE `challengerounds` (
    `challengeid`  CHAR(36)   NOT NULL,
    `round`        INTEGER    NOT NULL,
    `swappedstart` TINYINT(1) NOT NULL DEFAULT 0,
    `car1id`       CHAR(36),
    `car1dial`     DOUBLE     NOT NULL DEFAULT 999.999,
    `car2id`       CHAR(36),
    `car2dial`     DOUBLE     NOT NULL DEFAULT 999.999,
    `modified`     DATETIME   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`challengeid`, `round`),
    FOREIGN KEY (`challengeid`) REFERENCES `challenges` (`challengeid`) ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY (`car1id`) REFERENCES `cars` (`carid`),
    FOREIGN KEY (`car2id`) REFERENCES `cars` (`carid`)
);

-- the list of runs for a challenge in a ProSolo, different from regular runs table
CREATE TABLE `challengeruns` (
    `challengeid` CHAR(36)   NOT NULL,
    `round`       INTEGER    NOT NULL,
    `carid`       CHAR(36)   NOT NULL,
    `course`      INTEGER    NOT NULL,
    `reaction`    DOUBLE     NOT NULL,
    `sixty`       DOUBLE     NOT NULL,
    `raw`         DOUBLE     NOT NULL,
    `cones`       INTEGER    NOT NULL DEFAULT 0,
    `gates`       INTEGER    NOT NULL DEFAULT 0,
    `status`      VARCHAR(8) NOT NULL DEFAULT 'OK',
    `modified`    DATETIME   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`challengeid`, `round`, `carid`, `course`),
    FOREIGN KEY (`challengeid`, `round`) REFERENCES `challengerounds` (`challengeid`, `round`) ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY (`carid`) REFERENCES `cars` (`carid`)
);

-- the challenge staging info, json structure of ordered data pointing to challenge rounds upper and lower
CREATE TABLE `challengestaging` (
    `challengeid` CHAR(36)   NOT NULL,
    `stageinfo`   JSON       NOT NULL,
    `modified`    DATETIME   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`challengeid`),
    FOREIGN KEY (`challengeid`) REFERENCES `challenges` (`challengeid`) ON DELETE CASCADE ON UPDATE CASCADE
);
