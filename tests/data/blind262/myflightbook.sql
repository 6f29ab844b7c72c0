-- MyFlightbook (myflightbook.com): free online pilot logbook (flights, aircraft, currency and medical tracking,
-- instructor endorsements and sign-offs, students, flying clubs with aircraft scheduling, maintenance, badges)
-- Upstream: github.com/ericberman/MyFlightbookWeb, commit b1c03562f914e28251c55656cf8cb7e135e3d6a4 (GPL-3.0)
-- Source: MyFlightbook.Web/Support/MinimalDB-2026-01-29.sql (mysqldump of the `logbook` schema, MySQL 8.0), every
-- CREATE TABLE kept as dumped (data rows, SET and DROP lines left out), then the later schema scripts of
-- MyFlightbook.Web/Support applied in the same folder: "2026-05-25 - oAuth Logos.sql" (allowedoauthclients.logo),
-- "SponsoredAdUpdate.sql" (four promo columns of sponsoredads), "2026-06-03 - faster user lookup.sql"
-- (users.search_text, a stored generated column, and its full-text key), "CreatePKCEOauthTable.sql"
-- (pkceauthorization), "2026-07-02 - WINGS activities.sql" (wingsactivities) and "tachtimesupport.sql"
-- (externalmaintenance). For MariaDB the MySQL 8 collation utf8mb4_0900_ai_ci is written utf8mb4_general_ci,
-- the /*!80000 INVISIBLE */ index attribute and the AUTO_INCREMENT counters are left out, and tables are ordered so
-- that referenced tables come first. All 57 tables are kept.

CREATE TABLE `aircraftinstancetypes` (
  `ID` int unsigned NOT NULL AUTO_INCREMENT COMMENT 'Instance type ID',
  `Description` varchar(90) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '' COMMENT 'Human-readable name',
  `IsCertifiedIFR` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'Certified for IFR approaches?',
  `IsCertifiedLanding` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'Certified for landings',
  `IsFullMotion` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'Full Motion Sim?',
  `FAASimLevel` char(1) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT '' COMMENT 'A, B, C, or D',
  `IsATD` tinyint unsigned NOT NULL DEFAULT '0' COMMENT 'Is this an ATD?',
  `IsFTD` tinyint unsigned NOT NULL DEFAULT '0' COMMENT 'Is this an FTD?',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Types of airplanes (real, simulator)';

CREATE TABLE `categoryclass` (
  `idCatClass` int unsigned NOT NULL AUTO_INCREMENT COMMENT 'Primary key',
  `CatClass` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '' COMMENT 'Aircraft category, class, etc.',
  `Category` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '' COMMENT 'Category',
  `Class` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '',
  `AltCatClass` int unsigned NOT NULL DEFAULT '0' COMMENT 'Secondary category/class for airplanes that are part-time on floats or amphib',
  PRIMARY KEY (`idCatClass`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Aircraft categories and classes';

CREATE TABLE `manufacturers` (
  `idManufacturer` int unsigned NOT NULL AUTO_INCREMENT,
  `manufacturer` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '',
  `DefaultSim` int unsigned NOT NULL DEFAULT '0' COMMENT 'default sim mode: 0 = any, 1 = sim only, 2= sim or generic',
  PRIMARY KEY (`idManufacturer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models` (
  `idmodel` int unsigned NOT NULL AUTO_INCREMENT,
  `idcategoryclass` int unsigned NOT NULL DEFAULT '0',
  `model` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '',
  `typename` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `family` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'The family for the model (e.g., PA28-160 and PA28-180 are both PA28''s)',
  `idmanufacturer` int unsigned NOT NULL DEFAULT '0',
  `modelname` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `fcomplex` tinyint(1) NOT NULL DEFAULT '0',
  `fHighPerf` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'True for high performance',
  `f200HP` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'Is this model exactly 200HP (was high performance until Aug 4 1997)',
  `fTailwheel` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'True for tailwheel',
  `fConstantProp` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'True for constant speed prop airplanes',
  `fTurbine` tinyint NOT NULL DEFAULT '0' COMMENT 'Non-zero for turbine; 1=Turboprop, 2=Jet',
  `fCertifiedSinglePilot` tinyint(1) NOT NULL COMMENT 'For type-rated turbine aircraft, indicates certification for single-pilot operations.',
  `fRetract` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'True for retract',
  `fCowlFlaps` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'Bad name - true if the aircraft has FLAPS, not COWL FLAPS',
  `ArmyMissionDesignSeries` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `fSimOnly` int NOT NULL DEFAULT '0' COMMENT 'If 1, all aircraft with this make/model MUST NOT be real-aircraft.  If 2, can also be generic but real. ',
  `fGlassOnly` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'True if ALL aircraft of this type are glass cockpit',
  `fTAA` tinyint(1) NOT NULL COMMENT 'Indicates that this model is exclusively a Technically Advanced Aircraft per 61.129(j)',
  `fMotorGlider` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'True if this is a motor glider (only applies to gliders)',
  `fMultiHelicopter` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'For helicopters, is this a multi-engine helicopter?',
  PRIMARY KEY (`idmodel`),
  KEY `CatClassID` (`idcategoryclass`),
  KEY `MfctrID` (`idmanufacturer`),
  CONSTRAINT `fkmodelscatclass` FOREIGN KEY (`idcategoryclass`) REFERENCES `categoryclass` (`idCatClass`),
  CONSTRAINT `fkmodelsMan` FOREIGN KEY (`idmanufacturer`) REFERENCES `manufacturers` (`idManufacturer`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC COMMENT='Aircraft Models';

CREATE TABLE `aircraft` (
  `idaircraft` int unsigned NOT NULL AUTO_INCREMENT,
  `tailnumber` varchar(30) NOT NULL DEFAULT '',
  `tailNormal` varchar(30) DEFAULT NULL COMMENT 'Normalized tail (no hyphens) - suitable for searching',
  `version` int NOT NULL DEFAULT '0' COMMENT 'The version of this aircraft (e.g., if multiple aircraft share a tailnumber)',
  `idmodel` int unsigned NOT NULL DEFAULT '0',
  `InstanceType` int unsigned NOT NULL DEFAULT '1' COMMENT 'InstanceType of this airplane (real vs. simulator)',
  `LastAnnual` datetime DEFAULT NULL COMMENT 'Date of last annual inspection',
  `LastPitotStatic` datetime DEFAULT NULL COMMENT 'Date of last PitotStatic inspection',
  `LastVOR` datetime DEFAULT NULL COMMENT 'Date of last VOR inspection',
  `LastAltimeter` datetime DEFAULT NULL COMMENT 'Date of last altimeter inspection',
  `LastTransponder` datetime DEFAULT NULL COMMENT 'Date of last transponder inspection',
  `LastELT` datetime DEFAULT NULL COMMENT 'Date of last ELT inspection',
  `Last100` decimal(10,1) unsigned NOT NULL DEFAULT '0.0' COMMENT 'Hobbs of last 100hr inspection',
  `LastOil` decimal(10,1) unsigned NOT NULL DEFAULT '0.0' COMMENT 'Hobbs of last oil change',
  `LastEngine` decimal(10,1) unsigned NOT NULL DEFAULT '0.0' COMMENT 'Engine time',
  `RegistrationDue` datetime DEFAULT NULL COMMENT 'Date, if any, of next renewal of registration',
  `HasGlassUpgrade` tinyint unsigned NOT NULL DEFAULT '0' COMMENT 'If true, the aircraft has glass regardless of underlying model default',
  `GlassUpgradeDate` datetime DEFAULT NULL COMMENT 'If a glass upgrade has been performed, optionally specifies the date of the upgrade',
  `HasTAAUpgrade` tinyint unsigned NOT NULL COMMENT 'Indicates that this specific aircraft has been upgraded to be TAA per 61.129(j)',
  `PublicNotes` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci COMMENT 'Notes about the aircraft that are shared among all users.',
  `isLocked` tinyint unsigned NOT NULL COMMENT 'Non-zero if the aircraft is locked for edits (like N1111).',
  `Revision` int NOT NULL DEFAULT '0' COMMENT 'Sequential edit number for this aircraft, for versioning.',
  PRIMARY KEY (`idaircraft`),
  KEY `Tailnumber` (`tailnumber`),
  KEY `Model` (`idmodel`),
  KEY `InstanceType` (`InstanceType`),
  KEY `Tail2` (`tailNormal`),
  CONSTRAINT `fkaircraftinstance` FOREIGN KEY (`InstanceType`) REFERENCES `aircraftinstancetypes` (`ID`) ON DELETE RESTRICT,
  CONSTRAINT `fkaircraftmodel` FOREIGN KEY (`idmodel`) REFERENCES `models` (`idmodel`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 ROW_FORMAT=DYNAMIC COMMENT='Specific airplanes';

CREATE TABLE `aircrafttombstones` (
  `idDeletedAircraft` int NOT NULL COMMENT 'The ID of the deleted aircraft',
  `idMappedAircraft` int unsigned NOT NULL COMMENT 'The ID of the aircraft with which it was merged',
  PRIMARY KEY (`idDeletedAircraft`),
  UNIQUE KEY `idDeletedAircraft_UNIQUE` (`idDeletedAircraft`),
  KEY `mappedaircraft` (`idMappedAircraft`),
  CONSTRAINT `mappedaircraft` FOREIGN KEY (`idMappedAircraft`) REFERENCES `aircraft` (`idaircraft`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COMMENT='We sometimes get dupe aircraft like "N1234" and "N-1234".  T';

CREATE TABLE `airportlistachievement` (
  `idachievement` int NOT NULL AUTO_INCREMENT COMMENT 'The ID for this achievement',
  `name` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'The name of the achievement',
  `overlayname` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Name for the overlay file, if any',
  `thresholdBronze` int NOT NULL,
  `thresholdSilver` int NOT NULL,
  `thresholdGold` int NOT NULL,
  `thresholdPlatinum` int NOT NULL,
  `fBinaryOnly` tinyint NOT NULL,
  `airportcodes` varchar(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'A route that can be parsed to an airportlist.',
  PRIMARY KEY (`idachievement`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Achievements for landing at specific airport collections';

CREATE TABLE `navaidtypes` (
  `Code` varchar(5) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '' COMMENT 'The code from the FAA data',
  `FriendlyName` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '',
  PRIMARY KEY (`Code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Types of navaids';

CREATE TABLE `airports` (
  `AirportID` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'ICAO or IATA code',
  `FacilityName` varchar(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Friendly Name',
  `Type` varchar(5) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'A' COMMENT 'Type of facility (not just airports)',
  `SourceUserName` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Username of creator; empty for non-user generated',
  `Latitude` double NOT NULL,
  `Longitude` double NOT NULL,
  `Preferred` int DEFAULT '0' COMMENT 'Used for disambiguation when two airports share the same lat/lon',
  `country` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'The country (top-level administrative area) in which the airport lies',
  `admin1` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'The top-level administrative region in which the airport lies.  In the US, these are states.',
  PRIMARY KEY (`AirportID`,`Type`),
  KEY `fkairporttype` (`Type`),
  CONSTRAINT `fkairporttype` FOREIGN KEY (`Type`) REFERENCES `navaidtypes` (`Code`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='US airport data from http://www.faa.gov/airports_airtraffic/';

CREATE TABLE `users` (
  `PKID` varchar(36) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL DEFAULT '',
  `Username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT '',
  `ApplicationName` varchar(100) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL DEFAULT '',
  `Email` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '',
  `Comment` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `FirstName` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `LastName` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `Address` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Pilot''s mailing address',
  `Password` varchar(128) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL DEFAULT '',
  `PasswordQuestion` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `PasswordAnswer` varchar(255) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL,
  `IsApproved` tinyint(1) DEFAULT NULL,
  `LastActivityDate` datetime DEFAULT NULL,
  `LastLoginDate` datetime DEFAULT NULL,
  `LastPasswordChangedDate` datetime DEFAULT NULL,
  `CreationDate` datetime DEFAULT NULL,
  `IsOnLine` tinyint(1) DEFAULT NULL,
  `IsLockedOut` tinyint(1) DEFAULT NULL,
  `LastLockedOutDate` datetime DEFAULT NULL,
  `FailedPasswordAttemptCount` int DEFAULT NULL,
  `FailedPasswordAttemptWindowStart` datetime DEFAULT NULL,
  `FailedPasswordAnswerAttemptCount` int DEFAULT NULL,
  `FailedPasswordAnswerAttemptWindowStart` datetime DEFAULT NULL,
  `LastBFR` datetime DEFAULT NULL,
  `LastMedical` datetime DEFAULT NULL,
  `MonthsToMedical` int unsigned NOT NULL DEFAULT '0',
  `IsInstructor` tinyint(1) NOT NULL DEFAULT '1',
  `ShowTimes` tinyint(1) DEFAULT '0',
  `UsesSIC` tinyint(1) NOT NULL DEFAULT '1',
  `UsesHHMM` tinyint unsigned NOT NULL DEFAULT '0',
  `UsesUTCDates` tinyint unsigned NOT NULL DEFAULT '0' COMMENT 'Specifies whether the date-of-flight is a UTC date or a local date.  Default is local date.',
  `DropboxAccesstoken` text CHARACTER SET latin1 COLLATE latin1_general_ci COMMENT 'Access token to be able to write to DropBox',
  `OverwriteDropbox` tinyint unsigned NOT NULL DEFAULT '0' COMMENT 'Overwrite dropbox backup or add new one each time?',
  `OnedriveAccessToken` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
  `GoogleDriveAccessToken` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
  `DefaultCloudDriveID` int NOT NULL DEFAULT '0' COMMENT 'Specifies which cloud drive to use if multiple are specified.',
  `CloudAhoyAccessToken` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
  `License` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Pilot''s license',
  `CertificateNumber` varchar(90) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Pilot certificate number (for instructors)',
  `CFIExpiration` datetime DEFAULT NULL COMMENT 'Expiration date of certificate',
  `EnglishProficiencyExpiration` datetime DEFAULT NULL COMMENT 'Date of English language proficiency expiration',
  `EmailSubscriptions` int unsigned DEFAULT '0' COMMENT 'Bitfield of various email notification subscriptions.',
  `LastEmail` date DEFAULT NULL COMMENT 'Date of last subscribed email to this user',
  `AchievementStatus` tinyint DEFAULT '0' COMMENT 'Current status of achievement computation for this user.',
  `CurrencyFlags` int DEFAULT '0' COMMENT 'Bitflags for special currency attributes - replace UsesArmyCurrency and UsesPerModelCurrency with this.',
  `PropertyBlackList` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'List of property ID''s for properties to explicitly exclude from the Used list.',
  `timezone` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'ID for the preferred timezone for the user',
  `HeadShot` blob COMMENT 'JPEG headshot for the user.',
  `prefs` json DEFAULT NULL COMMENT 'Additional preferences, in JSON dictionary format.',
  `search_text` varchar(800) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci GENERATED ALWAYS AS (CONCAT_WS(' ', username, firstName, lastName, email)) STORED,
  PRIMARY KEY (`PKID`),
  KEY `UsernameIndex` (`Username`) USING BTREE,
  KEY `EmailIndex` (`Email`),
  KEY `CreationDate` (`CreationDate`),
  KEY `IsLocked` (`IsLockedOut`),
  FULLTEXT KEY `ft_user_search` (`search_text`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allowedoauthclients` (
  `ClientID` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Unique ID for the client',
  `ClientSecret` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Secret for the client',
  `ClientName` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Name for the client',
  `Callback` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Allowed URL callback for the client',
  `ClientType` int NOT NULL COMMENT 'Type of client (DotNetOpenAuth.OAuth2.ClientType.Public enum)',
  `Scopes` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Allowed scopes for the client.',
  `owningUserName` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Name of the system user that is the point of contact.',
  `logo` blob NULL,
  PRIMARY KEY (`ClientID`),
  UNIQUE KEY `ClientID_UNIQUE` (`ClientID`),
  KEY `username_idx` (`owningUserName`),
  CONSTRAINT `user` FOREIGN KEY (`owningUserName`) REFERENCES `users` (`Username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Identifies allowed oAuth client services';

CREATE TABLE `badges` (
  `BadgeID` int NOT NULL COMMENT 'The ID of the badge that was earned',
  `Username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'The user who earned the badge',
  `ClassName` varchar(100) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Name of the class which implements this badge',
  `AchievementLevel` tinyint NOT NULL DEFAULT '0' COMMENT 'The level to which the badge was earned',
  `AchievedDate` datetime DEFAULT NULL COMMENT 'The date on which the achievement was reached',
  `ComputeDate` datetime NOT NULL COMMENT 'The date when the achievement was computed',
  `idFlight` int NOT NULL DEFAULT '-1' COMMENT 'ID of the flight that pushed over the edge for this badge',
  PRIMARY KEY (`BadgeID`,`Username`),
  KEY `Users_idx` (`Username`),
  CONSTRAINT `fkBadgesUsers` FOREIGN KEY (`Username`) REFERENCES `users` (`Username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Table of badges earned by various users';

CREATE TABLE `basicmedevent` (
  `idBasicMedEvent` int NOT NULL AUTO_INCREMENT COMMENT 'Primary key',
  `eventtype` int DEFAULT NULL COMMENT 'Indicates type of event - medical course or physician visit',
  `eventdate` date NOT NULL COMMENT 'Date of event',
  `username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Username associated with this event',
  `description` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Description of the event',
  PRIMARY KEY (`idBasicMedEvent`),
  KEY `users` (`username`),
  CONSTRAINT `fkusername` FOREIGN KEY (`username`) REFERENCES `users` (`Username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contains basicmed events for users';

CREATE TABLE `clubs` (
  `idclub` int NOT NULL AUTO_INCREMENT COMMENT 'The id for the club',
  `creator` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'User who created the club',
  `creationDate` datetime NOT NULL COMMENT 'Time stamp of creation',
  `clubStatus` int DEFAULT '0' COMMENT 'Status of this club.  0 = OK, 1 = probationary, 2 = inactive',
  `clubname` varchar(90) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'The name for the club',
  `clubdesc` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci COMMENT 'Description of the club',
  `clubURL` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Link to club URL, if any',
  `clubcity` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'city where club is located',
  `clubStateProvince` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'State or province where it is located',
  `clubCountry` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Country where the club is located',
  `clubContactPhone` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Contact phone number for the club',
  `clubHomeAirport` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Home airport for the club',
  `clubTimeZoneID` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'ID of the timezone where the club is located, as defined by TimeZoneInfo',
  `clubTimeZoneOffset` int DEFAULT '0' COMMENT 'Timezone offset from UTC, in minutes, as a BACKUP for timezoneID (in case for some reason the timezoneID stops working)',
  `policyFlags` int unsigned DEFAULT '0' COMMENT 'Bitmask of flags for various policies.',
  PRIMARY KEY (`idclub`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Table of flying clubs';

CREATE TABLE `clubaircraft` (
  `idclub` int NOT NULL COMMENT 'The club to which the aircraft belongs',
  `idaircraft` int unsigned NOT NULL COMMENT 'The aircraft that belongs to the club.',
  `description` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci COMMENT 'Description of the aircraft, rates, etc.',
  `highWaterMark` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT 'Highest value for tach or hobbs seen for this aircraft',
  PRIMARY KEY (`idclub`,`idaircraft`),
  KEY `idaircraft_idx` (`idaircraft`),
  CONSTRAINT `aircraftConstraint` FOREIGN KEY (`idaircraft`) REFERENCES `aircraft` (`idaircraft`) ON DELETE CASCADE,
  CONSTRAINT `clubconstraint` FOREIGN KEY (`idclub`) REFERENCES `clubs` (`idclub`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Aircraft that belong to a given club';

CREATE TABLE `clubmembers` (
  `idclub` int NOT NULL,
  `username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Username for people, aircraft ID for aircraft',
  `role` int DEFAULT '0' COMMENT '0 = Member\n1 = Admin\n2 = Owner\n',
  `joindate` datetime DEFAULT NULL COMMENT 'Date that this user joined the club',
  `cluboffice` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Member''s role in the club (distinct from admin role like owner/treasurer/maintenance officer) - e.g., chief pilot, mechanic, president, etc.',
  PRIMARY KEY (`username`,`idclub`),
  KEY `idclub_idx` (`idclub`),
  CONSTRAINT `fkuser` FOREIGN KEY (`username`) REFERENCES `users` (`Username`) ON DELETE CASCADE,
  CONSTRAINT `idclub` FOREIGN KEY (`idclub`) REFERENCES `clubs` (`idclub`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Members of a club, keyed on username';

CREATE TABLE `countrycodes` (
  `ID` int unsigned NOT NULL AUTO_INCREMENT,
  `Prefix` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '',
  `locale` varchar(3) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '2 letter ISO code for the locale (helps decide which one to use)',
  `CountryName` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '',
  `RegistrationURLTemplate` varchar(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'URL Template',
  `TemplateType` int NOT NULL DEFAULT '0' COMMENT '0=none, 1=whole tail, 2=suffix only',
  `HyphenPref` int NOT NULL DEFAULT '0' COMMENT 'Use a hyphen? \n0=No preference\n1=Hyphenate\n2=No hyphen',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Aircraft Tailnumber prefixes, by country';

CREATE TABLE `cryptokeys` (
  `keyData` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `ExpiresUtc` datetime DEFAULT NULL,
  `bucket` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '',
  `handle` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '',
  PRIMARY KEY (`bucket`,`handle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='A persistent store for rotating symmetric cryptographic keys';

CREATE TABLE `customcurrency` (
  `idCurrency` int unsigned NOT NULL AUTO_INCREMENT COMMENT 'Primary key',
  `username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Owner of the custom currency',
  `name` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Name of the currency',
  `minEvents` decimal(6,2) unsigned NOT NULL COMMENT 'Number of events that must be counted',
  `limitType` int unsigned DEFAULT '0' COMMENT '0 = minimum events must be met, 1 = no more than maximum',
  `timespan` int unsigned NOT NULL COMMENT 'Timespan in which events must be found',
  `timespanType` int unsigned NOT NULL COMMENT '0 = days, 1 = months',
  `eventType` int unsigned NOT NULL COMMENT 'Type of event to count.',
  `categoryRestriction` varchar(25) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '""' COMMENT 'The category (e.g., "Airplane") to which this applies.',
  `catClassRestriction` int unsigned NOT NULL COMMENT 'If non-zero, only the catclass matters',
  `airportRestriction` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Airport that must be contained in the flight',
  `textRestriction` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Text that must be in the comments field or text property',
  `isinactive` int NOT NULL DEFAULT '0' COMMENT 'Indicates that the currency is inactive.',
  PRIMARY KEY (`idCurrency`),
  KEY `Username` (`username`),
  CONSTRAINT `fkcustomcurrencyuser` FOREIGN KEY (`username`) REFERENCES `users` (`Username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Custom currencies for a user';

CREATE TABLE `custcurrencyref` (
  `id` int unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID for this ref',
  `idCurrency` int unsigned NOT NULL COMMENT 'The currency to which this is bound',
  `value` int unsigned NOT NULL COMMENT 'The value (id) to map to',
  `type` int unsigned NOT NULL COMMENT 'the type (0=aircraft, 1 = model)',
  PRIMARY KEY (`id`),
  KEY `FK_CurrencyID` (`idCurrency`),
  CONSTRAINT `FK_CurrencyID` FOREIGN KEY (`idCurrency`) REFERENCES `customcurrency` (`idCurrency`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

CREATE TABLE `custompropertytypes` (
  `idPropType` int unsigned NOT NULL AUTO_INCREMENT COMMENT 'Id of the custom property',
  `Title` varchar(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '""' COMMENT 'Title of the property',
  `ShortTitle` varchar(30) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'A short title useful as a column header - limited to 30 characters.',
  `SortKey` varchar(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'If present, field on which to sort.',
  `FormatString` varchar(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '"{0}"' COMMENT 'Display format string',
  `Type` int unsigned NOT NULL DEFAULT '0' COMMENT 'Int, Decimal, Bool, Date, DateTime, String',
  `Flags` int unsigned NOT NULL DEFAULT '0' COMMENT 'Semantic flags for this property',
  `Description` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Description of the property and its use',
  PRIMARY KEY (`idPropType`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Types of custom properties that can be added';

CREATE TABLE `deadlines` (
  `idDeadlines` int NOT NULL AUTO_INCREMENT,
  `username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `Name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Name for the deadline',
  `Expiration` date NOT NULL COMMENT 'Date of expiration',
  `RegenSpan` int DEFAULT '0' COMMENT 'Duration when regenerating',
  `RegenUnit` int DEFAULT '0' COMMENT '0 = none, 1 = days, 2 = calendar months',
  `aircraftID` int NOT NULL DEFAULT '0' COMMENT 'ID of the aircraft to which this deadline is tied, if any',
  `aircraftHours` decimal(10,2) DEFAULT '0.00' COMMENT 'hours at which this is due, if for an airplane.  Unitless',
  PRIMARY KEY (`idDeadlines`),
  KEY `Username` (`username`),
  CONSTRAINT `fkdeadlineuser` FOREIGN KEY (`username`) REFERENCES `users` (`Username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Custom deadlines - e.g., inspections, expirations, etc.';

CREATE TABLE `earnedgratuities` (
  `idGratuityType` int NOT NULL COMMENT 'Identifier for which gratuity was earned',
  `username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'User who earned the gratuity',
  `dateEarned` datetime DEFAULT NULL COMMENT 'Date the gratuity was earned',
  `dateExpired` datetime DEFAULT NULL COMMENT 'Date the gratuity expires',
  `remindersSent` int DEFAULT NULL COMMENT 'Number of reminders sent so far',
  `dateLastReminder` datetime DEFAULT NULL COMMENT 'Date that last reminder was sent',
  `state` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci COMMENT 'Any additional state for the earned gratuity; format is unique to each gratuity type',
  PRIMARY KEY (`idGratuityType`,`username`),
  KEY `User` (`username`),
  KEY `GratuityType` (`idGratuityType`),
  CONSTRAINT `fkearnedgratuityuser` FOREIGN KEY (`username`) REFERENCES `users` (`Username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Gratuities for customers that have made donations';

CREATE TABLE `endorsements` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `CFI` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Username of the CFI',
  `CFIFullName` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Full name of the CFI, cached in case the account is ever deleted.',
  `Student` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Username of the student',
  `StudentType` int DEFAULT '0' COMMENT 'Type of student. 0 = internal (student field ties to username of another user), 1 = external (human readable name, for CFI record keeping)',
  `Date` datetime NOT NULL COMMENT 'Date of the endorsement',
  `DateCreated` datetime DEFAULT NULL COMMENT 'Timestamp of when the endorsement was created, which may be different from the date of the endorsement',
  `DateDeleted` datetime DEFAULT NULL COMMENT 'If deleted by the student, the date of the deletion',
  `CFINum` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'CFI Certificate Number',
  `CFIExpiration` datetime NOT NULL COMMENT 'Date of CFI Expiration',
  `Endorsement` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'The text of the endorsement',
  `Title` varchar(90) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'The title of the endorsement',
  `FARRef` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'The FAR which references the endorsement',
  `DigitizedSignature` mediumblob COMMENT 'Scribbled signature for ad-hoc signatures.',
  PRIMARY KEY (`id`),
  KEY `fkendorsement_idx` (`Student`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contains endorsements of students by CFIs';

CREATE TABLE `endorsementtemplates` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `Title` varchar(90) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Title of the endorsement',
  `FARRef` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'FAR which is referenced',
  `Text` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Body of the template, with placeholders',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `eventcounts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `WSCommittedFlights` int DEFAULT NULL,
  `ImportedFlights` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COMMENT='Table of scalar stats for the site';

CREATE TABLE `faq` (
  `idFAQ` int NOT NULL AUTO_INCREMENT,
  `Category` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Category for the FAQ (for grouping)',
  `Question` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `Answer` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
  PRIMARY KEY (`idFAQ`),
  UNIQUE KEY `idFAQ_UNIQUE` (`idFAQ`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Table for FAQs';

CREATE TABLE `flightdatacolumns` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `RawName` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '',
  `FriendlyName` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '',
  `TypeID` int unsigned NOT NULL DEFAULT '0',
  `ColumnName` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Name for the column to which to map, if this is an alias (e.g., "Latitude" to "LAT")',
  `ColumnDescription` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Description of the column or other notes',
  `ColumnNotes` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Any additional notes about the column (e.g., constraints)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Known column names for uploaded flight data';

CREATE TABLE `useraircraft` (
  `userName` varchar(255) NOT NULL DEFAULT '',
  `idAircraft` int unsigned NOT NULL DEFAULT '0',
  `Flags` int unsigned DEFAULT '0' COMMENT 'Flags describing how the aircraft is to be used.',
  `PrivateNotes` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci COMMENT 'Notes about the aircraft that are private to a given user',
  `DefaultImage` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Filename of thumbnail for default image',
  `TemplateIDs` text COMMENT 'JSONified array of ID''s of templates to use for the aircraft',
  PRIMARY KEY (`userName`,`idAircraft`) USING BTREE,
  KEY `Aircraft` (`idAircraft`),
  KEY `fkuseraircraftUName_idx` (`userName`),
  CONSTRAINT `fkuseraircraftAc` FOREIGN KEY (`idAircraft`) REFERENCES `aircraft` (`idaircraft`) ON DELETE RESTRICT,
  CONSTRAINT `fkuseraircraftUName` FOREIGN KEY (`userName`) REFERENCES `users` (`Username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COMMENT='maps users to aircraft that they fly';

CREATE TABLE `flights` (
  `idFlight` int unsigned NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `idaircraft` int unsigned NOT NULL DEFAULT '0',
  `cInstrumentApproaches` int unsigned NOT NULL DEFAULT '0',
  `cLandings` int unsigned NOT NULL DEFAULT '0',
  `crosscountry` decimal(10,4) unsigned NOT NULL DEFAULT '0.0000',
  `night` decimal(10,2) unsigned NOT NULL DEFAULT '0.00',
  `IMC` decimal(10,2) unsigned NOT NULL DEFAULT '0.00',
  `simulatedInstrument` decimal(10,2) unsigned NOT NULL DEFAULT '0.00',
  `dualReceived` decimal(10,2) unsigned NOT NULL DEFAULT '0.00',
  `PIC` decimal(10,2) unsigned NOT NULL DEFAULT '0.00',
  `totalFlightTime` decimal(10,2) unsigned NOT NULL DEFAULT '0.00',
  `fHold` tinyint unsigned NOT NULL DEFAULT '0',
  `Route` varchar(128) DEFAULT NULL,
  `Comments` varchar(16384) DEFAULT NULL,
  `username` varchar(255) NOT NULL DEFAULT '',
  `groundSim` decimal(10,2) DEFAULT NULL,
  `fPublic` tinyint unsigned NOT NULL DEFAULT '0',
  `hobbsStart` decimal(10,2) unsigned DEFAULT NULL,
  `hobbsEnd` decimal(10,2) unsigned DEFAULT NULL,
  `dtEngineStart` datetime DEFAULT NULL,
  `dtEngineEnd` datetime DEFAULT NULL,
  `dtFlightStart` datetime DEFAULT NULL,
  `dtFlightEnd` datetime DEFAULT NULL,
  `cfi` decimal(10,2) unsigned DEFAULT NULL COMMENT 'Instructor time',
  `SIC` decimal(10,2) unsigned DEFAULT NULL,
  `cNightLandings` int unsigned NOT NULL DEFAULT '0',
  `cFullStopLandings` int unsigned NOT NULL DEFAULT '0',
  `idCatClassOverride` int unsigned NOT NULL DEFAULT '0' COMMENT 'ID of overriding category/class for the flight.',
  `telemetry` mediumblob,
  `FlightHash` varchar(2048) DEFAULT NULL COMMENT 'Hash of the flight (for signatures)',
  `SignatureHash` varchar(255) DEFAULT NULL COMMENT 'Encrypted CFIUsername+Certificate+Expiration+SignatureDate, to detect tampering there.',
  `CFIComment` varchar(255) DEFAULT NULL COMMENT 'CFI''s comment',
  `SignatureDate` date DEFAULT NULL COMMENT 'Date of the signature',
  `CFICertificate` varchar(45) DEFAULT NULL COMMENT 'CFI Certificate number',
  `CFIExpiration` date DEFAULT NULL COMMENT 'Expiration of CFI''s certificate',
  `CFIUserName` varchar(255) DEFAULT NULL COMMENT 'Username of CFI',
  `CFIEmail` varchar(255) DEFAULT NULL COMMENT 'Email of CFI at time of signing',
  `CFIName` varchar(65) DEFAULT NULL COMMENT 'Name of CFI at time of signing',
  `DigitizedSignature` mediumblob COMMENT 'Digitization of a signature',
  `SignatureState` int DEFAULT '0' COMMENT 'Digitization of a signature, when no relationship is present.',
  PRIMARY KEY (`idFlight`),
  KEY `DateOfFlight` (`date`),
  KEY `Aircraft` (`idaircraft`),
  KEY `Username` (`username`),
  KEY `fkuseraircraft` (`idaircraft`,`username`),
  CONSTRAINT `fkFlightAircraft` FOREIGN KEY (`idaircraft`) REFERENCES `aircraft` (`idaircraft`) ON DELETE RESTRICT,
  CONSTRAINT `fkFlightUser` FOREIGN KEY (`username`) REFERENCES `users` (`Username`) ON DELETE CASCADE,
  CONSTRAINT `fkuseraircraft` FOREIGN KEY (`idaircraft`, `username`) REFERENCES `useraircraft` (`idAircraft`, `userName`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 ROW_FORMAT=DYNAMIC COMMENT='Flights I''ve taken';

CREATE TABLE `flightproperties` (
  `idProp` int unsigned NOT NULL AUTO_INCREMENT COMMENT 'id for this property',
  `idFlight` int unsigned NOT NULL COMMENT 'flight ID for which this is associated',
  `idPropType` int unsigned NOT NULL COMMENT 'property typefor this property',
  `IntValue` int unsigned NOT NULL DEFAULT '0' COMMENT 'Integer or Bool value',
  `DecValue` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT 'Decimal value',
  `DateValue` datetime DEFAULT NULL COMMENT 'Date value',
  `StringValue` varchar(127) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '""' COMMENT 'String Value',
  PRIMARY KEY (`idProp`),
  UNIQUE KEY `unique_index` (`idFlight`,`idPropType`),
  KEY `idFlight` (`idFlight`),
  KEY `PropertyType` (`idPropType`),
  CONSTRAINT `fkPropType` FOREIGN KEY (`idPropType`) REFERENCES `custompropertytypes` (`idPropType`) ON DELETE RESTRICT,
  CONSTRAINT `idFlight` FOREIGN KEY (`idFlight`) REFERENCES `flights` (`idFlight`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC COMMENT='Additional custom properties for flights';

CREATE TABLE `flighttelemetry` (
  `idFlight` int unsigned NOT NULL COMMENT 'The ID of the flight with which this telemetry is associated',
  `distance` float DEFAULT NULL COMMENT 'Cached distance (nm) of the flight path',
  `flightpath` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci COMMENT 'Cached flight path, compressed using the google encoding algorithm',
  `telemetrytype` int unsigned NOT NULL COMMENT 'The type of the data (CSV, KML, etc.)',
  `metadata` json DEFAULT NULL COMMENT 'Any additional attributes like clip regions, pins, etc.',
  PRIMARY KEY (`idFlight`),
  CONSTRAINT `idflighttelemetry` FOREIGN KEY (`idFlight`) REFERENCES `flights` (`idFlight`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contains references to flight telemetry for files.';

CREATE TABLE `flightvideos` (
  `idFlightVideos` int NOT NULL AUTO_INCREMENT,
  `idFlight` int unsigned NOT NULL COMMENT 'The id of the object (flight, typically) to which the video is associated',
  `vidRef` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'The data (URL or HTML code) which references the video.',
  `Comment` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Comment for the video',
  PRIMARY KEY (`idFlightVideos`),
  KEY `idFlightForVideo` (`idFlight`),
  CONSTRAINT `idFlightForVideo` FOREIGN KEY (`idFlight`) REFERENCES `flights` (`idFlight`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Links to videos for a given flight';

CREATE TABLE `images` (
  `VirtPathID` int NOT NULL DEFAULT '0' COMMENT '0 = Flights, 1 = Aircraft, 2 = Endorsements, 3+ = TBD',
  `ImageKey` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'Reference for the image (the ID for flights/aircraft, or username for endorsements)',
  `ThumbFilename` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'The filename for the THUMBNAIL.',
  `imageType` int NOT NULL DEFAULT '0' COMMENT 'Type of image (0=JPG, 1=PDF)',
  `ThumbWidth` int DEFAULT '0',
  `ThumbHeight` int DEFAULT '0',
  `Comment` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT 'Image Comment',
  `Latitude` double NOT NULL DEFAULT '0',
  `Longitude` double NOT NULL DEFAULT '0',
  `IsLocal` int DEFAULT '1' COMMENT 'Is the full-file on this local machine or on S3?',
  PRIMARY KEY (`VirtPathID`,`ImageKey`,`ThumbFilename`),
  KEY `virtpath` (`VirtPathID`),
  KEY `imagekey` (`ImageKey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Cache of images (thumbnails)';

CREATE TABLE `isocodes` (
  `Region` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Region name - can be country/region (e.g., "Greenland" or "United States") or secondary ("Quebec")',
  `ISO` varchar(3) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '2- or 3- letter ISO code',
  `Level` int NOT NULL COMMENT '0 for top level ("United States"), 1 for secondary ("California")',
  UNIQUE KEY `unique` (`Region`,`ISO`,`Level`),
  KEY `main` (`Region`,`ISO`,`Level`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `localconfig` (
  `keyName` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'The key to retrieve',
  `keyValue` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'The value for the key',
  PRIMARY KEY (`keyName`),
  UNIQUE KEY `keyName_UNIQUE` (`keyName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Values that we don''t want to store in a .config file';

CREATE TABLE `loctext` (
  `idLocText` int NOT NULL AUTO_INCREMENT COMMENT 'Id of the row',
  `idTableID` int NOT NULL COMMENT 'ID of the table for which the translations are held (just to avoid collisions',
  `idItemID` int NOT NULL COMMENT 'ID of the item within the table for which this holds a translation',
  `LangID` varchar(2) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'en' COMMENT 'The language that this text is in',
  `Text` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'The translated text',
  PRIMARY KEY (`idLocText`,`idTableID`,`idItemID`,`LangID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Localized text for strings in the database';

CREATE TABLE `maintenancelog` (
  `id` int unsigned NOT NULL AUTO_INCREMENT COMMENT 'Row ID',
  `idAircraft` int unsigned NOT NULL DEFAULT '0' COMMENT 'Aircraft for which a change was made',
  `Description` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '' COMMENT 'What was done',
  `date` date NOT NULL,
  `User` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL DEFAULT '' COMMENT 'The name of the user who made the change',
  `Comment` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Any comment',
  PRIMARY KEY (`id`),
  KEY `AircraftID` (`idAircraft`),
  KEY `UserName` (`User`),
  KEY `Aircraft` (`idAircraft`),
  CONSTRAINT `Aircraft` FOREIGN KEY (`idAircraft`) REFERENCES `aircraft` (`idaircraft`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC COMMENT='Tracks who did what w.r.t. maintenance on an airplane';

CREATE TABLE `nonce` (
  `context` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `nonce` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `timestampUtc` datetime NOT NULL,
  PRIMARY KEY (`context`,`nonce`,`timestampUtc`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='A table of oAuth nonce''s';

CREATE TABLE `oauthclientauthorization` (
  `AuthorizationId` int NOT NULL AUTO_INCREMENT,
  `CreatedOnUtc` datetime NOT NULL,
  `ClientId` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `UserId` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `Scope` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `ExpirationDateUtc` datetime DEFAULT NULL,
  PRIMARY KEY (`AuthorizationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='oAuth authorizations that have been issued.';

CREATE TABLE `passwordresetrequests` (
  `ID` varchar(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Unique ID for the request',
  `username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Username for whom the request was made\n',
  `expiration` datetime DEFAULT NULL COMMENT 'Timestamp for the request to expire\n',
  `status` int DEFAULT NULL COMMENT 'Status (= 0 pending or unused, 1 = successful reset, 2 = expired, 3 = failed reset)\n',
  PRIMARY KEY (`ID`),
  UNIQUE KEY `ID_UNIQUE` (`ID`),
  KEY `fkprrUsername` (`username`),
  CONSTRAINT `fkprrUsername` FOREIGN KEY (`username`) REFERENCES `users` (`Username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contains records of pending or past password reset requests';

CREATE TABLE `payments` (
  `idPayments` int NOT NULL AUTO_INCREMENT,
  `Date` datetime NOT NULL COMMENT 'The timestamp of the transaction',
  `Username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Username',
  `Amount` decimal(10,2) DEFAULT NULL COMMENT 'Amount of the transaction (+ for payment to MyFlightbook, - for refund)',
  `Fee` decimal(10,2) DEFAULT '0.00' COMMENT 'Any fee applied to the transaction; must always be positive.',
  `TransactionType` int DEFAULT NULL COMMENT 'Type of transaction (0 = payment, 1=refund)',
  `Notes` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Admin notes.',
  `TransactionID` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'The ID of the transaction (from paypal, etc.)',
  `TransactionData` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Any additional data about the transaction from the provider.',
  PRIMARY KEY (`idPayments`),
  KEY `Username` (`Username`),
  KEY `TransactionID` (`TransactionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Payments and refunds for users.';

CREATE TABLE `pendingflights` (
  `id` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Key from the original source, or autogenerated, if appropriate.',
  `username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `jsonflight` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `pflightuser_idx` (`username`),
  CONSTRAINT `pflightuser` FOREIGN KEY (`username`) REFERENCES `users` (`Username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Flights that are pending addition to a user''s logbook.';

CREATE TABLE `pendingvideos` (
  `jobID` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Amazon AWS Elastic Transcoder job ID - assigned by Amazon',
  `guid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Guid (filename) for the MP4 file',
  `Comment` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Comment provided by the user.',
  `Submitted` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'Timestamp of when job was submitted',
  `virtpathID` int NOT NULL COMMENT 'The virtual pathID for this (typically 0 for flights)',
  `imageKey` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'The key for the pending video',
  `bucket` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'The bucket in which the pending video resides',
  PRIMARY KEY (`jobID`),
  UNIQUE KEY `guid_UNIQUE` (`guid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Videos awaiting reply from Amazon Elastic Transcoder';

CREATE TABLE `propertytemplate` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Name for the property template',
  `description` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Description of this template',
  `owner` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Owner for the template, blank for public',
  `originalowner` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL COMMENT 'Original owner (publisher) of the template, if it''s public',
  `templategroup` int NOT NULL COMMENT 'Identifier for a template group',
  `properties` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'comma separated list of property id''s.',
  `public` tinyint(1) NOT NULL COMMENT 'Is this visible to other users?',
  `isdefault` tinyint(1) NOT NULL COMMENT 'Indicates if this template should be used by default when others are not specified',
  PRIMARY KEY (`id`),
  KEY `templateowner_idx` (`owner`),
  CONSTRAINT `templateowner` FOREIGN KEY (`owner`) REFERENCES `users` (`Username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contains a named list of properties that are a template for a given kind of flight';

CREATE TABLE `roles` (
  `Rolename` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `ApplicationName` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  KEY `rolenameidx` (`Rolename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `scheduledevents` (
  `idEvent` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'The GUID (assigned on the client) that identifies the event.',
  `username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'The user who owns/created the event',
  `resourceid` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'The resource being managed/scheduled',
  `start` datetime NOT NULL COMMENT 'The UTC start time of the event',
  `end` datetime NOT NULL COMMENT 'The UTC End time for the event',
  `body` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'The text of the event',
  `idclub` int DEFAULT '-1' COMMENT 'The club for which this is associated',
  PRIMARY KEY (`idEvent`),
  KEY `Resource` (`resourceid`),
  KEY `username` (`username`),
  KEY `clubforevent` (`idclub`),
  CONSTRAINT `clubforevent` FOREIGN KEY (`idclub`) REFERENCES `clubs` (`idclub`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contains events for scheduled resources';

CREATE TABLE `sharekeys` (
  `GUID` varchar(36) CHARACTER SET latin1 COLLATE latin1_general_ci NOT NULL COMMENT 'GUID assigned to the user',
  `username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'The user who owns this share key',
  `name` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL COMMENT 'Name for this share key',
  `privileges` int unsigned DEFAULT '0' COMMENT 'Bit mask indicating the allowed privileges for this sharekey.',
  `lastaccess` datetime DEFAULT NULL COMMENT 'Date when the sharekey was last accessed.',
  `queryName` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`GUID`),
  UNIQUE KEY `GUID_UNIQUE` (`GUID`),
  KEY `sharekeyUser_idx` (`username`),
  CONSTRAINT `sharekeyUser` FOREIGN KEY (`username`) REFERENCES `users` (`Username`) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contains keys that allow users to grant/revoke access to their logbook data';

CREATE TABLE `sponsoredads` (
  `idSponsoredAds` int NOT NULL AUTO_INCREMENT,
  `Name` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `TargetURL` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `ImageName` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `ImpressionCount` int NOT NULL DEFAULT '0',
  `ClickCount` int NOT NULL DEFAULT '0',
  `promoTextMarkup` varchar(1024) NULL COMMENT 'Any promotional text, using markup',
  `promoHeader` varchar(128) NULL COMMENT 'Optional Header for a promo',
  `preferredImgWidth` int NULL DEFAULT 0,
  `preferredImgHeight` int NULL DEFAULT 0,
  PRIMARY KEY (`idSponsoredAds`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Tracks impressions, clicks for sponsored content';

CREATE TABLE `storedqueries` (
  `username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'Name of the user who owns the query',
  `name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Name for the query',
  `queryjson` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'JSON blob of the query',
  PRIMARY KEY (`username`,`name`),
  KEY `username_idx` (`username`),
  CONSTRAINT `username` FOREIGN KEY (`username`) REFERENCES `users` (`Username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contains stored queries for a user';

CREATE TABLE `students` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `StudentName` varchar(45) NOT NULL COMMENT 'Username of the student',
  `CFIName` varchar(45) NOT NULL COMMENT 'Username of the Instructor',
  `CanViewStudent` int DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `fkCFIName_idx` (`CFIName`),
  KEY `fkStudenName_idx` (`StudentName`),
  CONSTRAINT `fkCFIName` FOREIGN KEY (`CFIName`) REFERENCES `users` (`Username`) ON DELETE CASCADE,
  CONSTRAINT `fkStudenName` FOREIGN KEY (`StudentName`) REFERENCES `users` (`Username`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COMMENT='Mapping of students to CFIs';

CREATE TABLE `trainingitems` (
  `task` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  PRIMARY KEY (`task`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contains a set of training tasks for autocompletion.';

CREATE TABLE `usersinroles` (
  `Username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `Rolename` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `ApplicationName` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  PRIMARY KEY (`Username`),
  KEY `fkusersinrolesUsername_idx` (`Username`),
  KEY `fkusersinrolesrole` (`Rolename`),
  CONSTRAINT `fkusersinrolesrole` FOREIGN KEY (`Rolename`) REFERENCES `roles` (`Rolename`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT `fkusersinrolesUsername` FOREIGN KEY (`Username`) REFERENCES `users` (`Username`) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wsevents` (
  `eventID` int unsigned NOT NULL AUTO_INCREMENT,
  `Date` datetime NOT NULL,
  `eventType` int unsigned NOT NULL DEFAULT '0',
  `user` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `description` varchar(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  PRIMARY KEY (`eventID`),
  KEY `Type` (`eventType`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COMMENT='Log of actions taken with web service';

CREATE TABLE `pkceauthorization` (
  `State` varchar(64) NOT NULL,
  `PublicCode` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `LegacyCode` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `ClientId` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `RedirectUri` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `scopes` varchar(255) NOT NULL,
  `CodeChallenge` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `CodeChallengeMethod` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `ExpiresUtc` datetime NOT NULL,
  `Used` bit(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (`State`),
  KEY `Code` (`PublicCode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `wingsactivities` (
  `AccreditedActivityID` int NOT NULL,
  `ActivityNumber` varchar(255) NOT NULL,
  `ActivityName` varchar(1024) NOT NULL,
  `SyllabiNumbersString` varchar(1024) NOT NULL,
  PRIMARY KEY (`AccreditedActivityID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `externalmaintenance` (
  `idaircraft` int unsigned NOT NULL COMMENT 'The id (from the aircraft table) of the aircraft for which this maintenance record applies.',
  `username` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT 'The username of the owning user',
  `sourceID` int NOT NULL COMMENT 'The ID of the external source; e.g., 1 for tachtime',
  `jsonData` json NOT NULL,
  `highWaterTach` decimal(10,2) DEFAULT '0.00' COMMENT 'highWaterTach, if known, at the time that this record was retrieved',
  `highWaterHobbs` decimal(10,2) DEFAULT '0.00' COMMENT 'High watermark hobbs, if known, at the time this record was retrieved',
  `lastUpdated` datetime NOT NULL COMMENT 'Timestamp that this record was last updated',
  PRIMARY KEY (`idaircraft`, `username`, `sourceID`),
  KEY `aircraft_idx` (`idaircraft`),
  KEY `user_idx` (`username`),
  CONSTRAINT `fkAircraftMaintID` FOREIGN KEY (`idaircraft`) REFERENCES `aircraft` (`idaircraft`) ON DELETE CASCADE ON UPDATE RESTRICT,
  CONSTRAINT `fkUsernameMaintID` FOREIGN KEY (`username`) REFERENCES `users` (`Username`) ON DELETE CASCADE ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Record of maintenance from external aircraft logbook sources';

