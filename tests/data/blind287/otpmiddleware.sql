-- otp-middleware (IBI Group / Arcadis: the user-account, saved-trip, trip-monitoring and trip-history back end of
-- OpenTripPlanner trip planners run by transit agencies, e.g. the Atlanta region's), commit
-- 466f6b566be612ce65baa00a6990fe805717f0cb (MIT)
-- Source: github.com/ibi-group/otp-middleware src/main/java/org/opentripplanner/middleware/persistence/Persistence.java
-- (the twelve MongoDB collections, each named after its class: TypedPersistence uses clazz.getSimpleName()) and the
-- POJOs it stores through the MongoDB driver's PojoCodecProvider (automatic): models/*.java with the embedded
-- otp/response/Place.java, otp/OtpGraphQLVariables.java, otp/graphql/QueryVariables.java,
-- tripmonitor/JourneyState.java, models/ItineraryExistence.java, models/MobilityProfile.java,
-- models/UserLocation.java, models/ApiKey.java, triptracker/TrackingLocation.java, otp/response/PlannerError.java,
-- bugsnag/response/App.java.
-- There is no SQL schema upstream. Each collection is one table named after the collection, one column per
-- persisted property with upstream's property name, in declaration order with the superclasses' properties first
-- (Model's id -> `_id`, lastUpdated, dateCreated; AbstractUser's email, auth0UserId, isDataToolsUser); @BsonIgnore
-- getters and transient fields are not stored and are left out. Properties holding an embedded object of fixed shape
-- are written as their dotted paths (`mobilityProfile.mobilityMode`, `from.lat`, `otp2QueryParams.fromPlace`,
-- `journeyState.tripStatus`), as MongoDB addresses them; the three arrays of fixed-shape sub-documents
-- (OtpUser.savedLocations, ApiUser.apiKeys, TrackedJourney.locations) are child tables `<Collection>_<property>`
-- whose `_parent_id` (the parent's `_id`) and `_index` (the position in the array) are the only columns not named
-- upstream; the other collections, maps and free-form objects (OTP itineraries, the ban / preference lists, the
-- per-weekday existence results, notification sets, Bugsnag exceptions) are JSON.
-- Types: String VARCHAR(255) (TEXT for messages, query strings and URLs), the UUID strings of ids and references
-- CHAR(36), Date and LocalDateTime DATETIME(3), boolean/Boolean TINYINT(1), int/Integer INT, long BIGINT,
-- double/Double DOUBLE, float/Float FLOAT, enums VARCHAR(255). `_id` is the primary key. MongoDB declares no
-- references and otp-middleware creates no indexes, so the only foreign keys are those of the child tables.
-- Every collection of Persistence.java is kept.

CREATE TABLE `OtpUser` (
  `_id` CHAR(36) NOT NULL,
  `lastUpdated` DATETIME(3) DEFAULT NULL,
  `dateCreated` DATETIME(3) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `auth0UserId` VARCHAR(255) DEFAULT NULL,
  `isDataToolsUser` TINYINT(1) DEFAULT NULL,
  `accessibilityRoutingByDefault` TINYINT(1) DEFAULT NULL,
  `hasConsentedToTerms` TINYINT(1) DEFAULT NULL,
  `isPhoneNumberVerified` TINYINT(1) DEFAULT NULL,
  `mobilityProfile.isMobilityLimited` TINYINT(1) DEFAULT NULL,
  `mobilityProfile.mobilityDevices` JSON DEFAULT NULL,
  `mobilityProfile.mobilityMode` VARCHAR(255) DEFAULT NULL,
  `mobilityProfile.visionLimitation` VARCHAR(255) DEFAULT NULL,
  `notificationChannel` VARCHAR(255) DEFAULT NULL,
  `phoneNumber` VARCHAR(255) DEFAULT NULL,
  `smsConsentDate` DATETIME(3) DEFAULT NULL,
  `preferredLocale` VARCHAR(255) DEFAULT NULL,
  `pushDevices` INT DEFAULT NULL,
  `storeTripHistory` TINYINT(1) DEFAULT NULL,
  `applicationId` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `OtpUser_savedLocations` (
  `_parent_id` CHAR(36) NOT NULL,
  `_index` INT NOT NULL,
  `address` VARCHAR(255) DEFAULT NULL,
  `icon` VARCHAR(255) DEFAULT NULL,
  `lat` DOUBLE DEFAULT NULL,
  `lon` DOUBLE DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_parent_id`, `_index`),
  CONSTRAINT `OtpUser_savedLocations_parent` FOREIGN KEY (`_parent_id`) REFERENCES `OtpUser` (`_id`) ON DELETE CASCADE
);

CREATE TABLE `AdminUser` (
  `_id` CHAR(36) NOT NULL,
  `lastUpdated` DATETIME(3) DEFAULT NULL,
  `dateCreated` DATETIME(3) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `auth0UserId` VARCHAR(255) DEFAULT NULL,
  `isDataToolsUser` TINYINT(1) DEFAULT NULL,
  `subscriptions` JSON DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `ApiUser` (
  `_id` CHAR(36) NOT NULL,
  `lastUpdated` DATETIME(3) DEFAULT NULL,
  `dateCreated` DATETIME(3) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `auth0UserId` VARCHAR(255) DEFAULT NULL,
  `isDataToolsUser` TINYINT(1) DEFAULT NULL,
  `appName` VARCHAR(255) DEFAULT NULL,
  `appPurpose` VARCHAR(255) DEFAULT NULL,
  `appUrl` VARCHAR(255) DEFAULT NULL,
  `company` VARCHAR(255) DEFAULT NULL,
  `hasConsentedToTerms` TINYINT(1) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `ApiUser_apiKeys` (
  `_parent_id` CHAR(36) NOT NULL,
  `_index` INT NOT NULL,
  `keyId` VARCHAR(255) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `value` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_parent_id`, `_index`),
  CONSTRAINT `ApiUser_apiKeys_parent` FOREIGN KEY (`_parent_id`) REFERENCES `ApiUser` (`_id`) ON DELETE CASCADE
);

CREATE TABLE `CDPUser` (
  `_id` CHAR(36) NOT NULL,
  `lastUpdated` DATETIME(3) DEFAULT NULL,
  `dateCreated` DATETIME(3) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `auth0UserId` VARCHAR(255) DEFAULT NULL,
  `isDataToolsUser` TINYINT(1) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `S3DownloadTimes` JSON DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `TripRequest` (
  `_id` CHAR(36) NOT NULL,
  `lastUpdated` DATETIME(3) DEFAULT NULL,
  `dateCreated` DATETIME(3) DEFAULT NULL,
  `userId` CHAR(36) DEFAULT NULL,
  `batchId` VARCHAR(255) DEFAULT NULL,
  `fromPlace` VARCHAR(255) DEFAULT NULL,
  `toPlace` VARCHAR(255) DEFAULT NULL,
  `otp2QueryParams.arriveBy` TINYINT(1) DEFAULT NULL,
  `otp2QueryParams.banned` JSON DEFAULT NULL,
  `otp2QueryParams.bikeReluctance` FLOAT DEFAULT NULL,
  `otp2QueryParams.carReluctance` FLOAT DEFAULT NULL,
  `otp2QueryParams.date` VARCHAR(255) DEFAULT NULL,
  `otp2QueryParams.fromPlace` VARCHAR(255) DEFAULT NULL,
  `otp2QueryParams.mobilityProfile` VARCHAR(255) DEFAULT NULL,
  `otp2QueryParams.modes` JSON DEFAULT NULL,
  `otp2QueryParams.numItineraries` INT DEFAULT NULL,
  `otp2QueryParams.preferred` JSON DEFAULT NULL,
  `otp2QueryParams.time` VARCHAR(255) DEFAULT NULL,
  `otp2QueryParams.toPlace` VARCHAR(255) DEFAULT NULL,
  `otp2QueryParams.unpreferred` JSON DEFAULT NULL,
  `otp2QueryParams.walkReluctance` FLOAT DEFAULT NULL,
  `otp2QueryParams.walkSpeed` FLOAT DEFAULT NULL,
  `otp2QueryParams.wheelchair` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `TripSummary` (
  `_id` CHAR(36) NOT NULL,
  `lastUpdated` DATETIME(3) DEFAULT NULL,
  `dateCreated` DATETIME(3) DEFAULT NULL,
  `date` DATETIME(3) DEFAULT NULL,
  `fromPlace.name` VARCHAR(255) DEFAULT NULL,
  `fromPlace.lon` DOUBLE DEFAULT NULL,
  `fromPlace.lat` DOUBLE DEFAULT NULL,
  `fromPlace.departure` DATETIME(3) DEFAULT NULL,
  `fromPlace.orig` VARCHAR(255) DEFAULT NULL,
  `fromPlace.vertexType` VARCHAR(255) DEFAULT NULL,
  `fromPlace.stopId` VARCHAR(255) DEFAULT NULL,
  `fromPlace.arrival` DATETIME(3) DEFAULT NULL,
  `fromPlace.stop` JSON DEFAULT NULL,
  `fromPlace.stopIndex` INT DEFAULT NULL,
  `fromPlace.stopSequence` INT DEFAULT NULL,
  `fromPlace.stopCode` VARCHAR(255) DEFAULT NULL,
  `fromPlace.platformCode` VARCHAR(255) DEFAULT NULL,
  `fromPlace.zoneId` VARCHAR(255) DEFAULT NULL,
  `fromPlace.bikeShareId` VARCHAR(255) DEFAULT NULL,
  `fromPlace.networks` JSON DEFAULT NULL,
  `fromPlace.address` VARCHAR(255) DEFAULT NULL,
  `toPlace.name` VARCHAR(255) DEFAULT NULL,
  `toPlace.lon` DOUBLE DEFAULT NULL,
  `toPlace.lat` DOUBLE DEFAULT NULL,
  `toPlace.departure` DATETIME(3) DEFAULT NULL,
  `toPlace.orig` VARCHAR(255) DEFAULT NULL,
  `toPlace.vertexType` VARCHAR(255) DEFAULT NULL,
  `toPlace.stopId` VARCHAR(255) DEFAULT NULL,
  `toPlace.arrival` DATETIME(3) DEFAULT NULL,
  `toPlace.stop` JSON DEFAULT NULL,
  `toPlace.stopIndex` INT DEFAULT NULL,
  `toPlace.stopSequence` INT DEFAULT NULL,
  `toPlace.stopCode` VARCHAR(255) DEFAULT NULL,
  `toPlace.platformCode` VARCHAR(255) DEFAULT NULL,
  `toPlace.zoneId` VARCHAR(255) DEFAULT NULL,
  `toPlace.bikeShareId` VARCHAR(255) DEFAULT NULL,
  `toPlace.networks` JSON DEFAULT NULL,
  `toPlace.address` VARCHAR(255) DEFAULT NULL,
  `error.id` INT DEFAULT NULL,
  `error.msg` TEXT DEFAULT NULL,
  `error.missing` JSON DEFAULT NULL,
  `error.noPath` TINYINT(1) DEFAULT NULL,
  `itineraries` JSON DEFAULT NULL,
  `tripRequestId` CHAR(36) DEFAULT NULL,
  `batchId` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `MonitoredTrip` (
  `_id` CHAR(36) NOT NULL,
  `lastUpdated` DATETIME(3) DEFAULT NULL,
  `dateCreated` DATETIME(3) DEFAULT NULL,
  `userId` CHAR(36) DEFAULT NULL,
  `tripName` VARCHAR(255) DEFAULT NULL,
  `tripTime` VARCHAR(255) DEFAULT NULL,
  `from.name` VARCHAR(255) DEFAULT NULL,
  `from.lon` DOUBLE DEFAULT NULL,
  `from.lat` DOUBLE DEFAULT NULL,
  `from.departure` DATETIME(3) DEFAULT NULL,
  `from.orig` VARCHAR(255) DEFAULT NULL,
  `from.vertexType` VARCHAR(255) DEFAULT NULL,
  `from.stopId` VARCHAR(255) DEFAULT NULL,
  `from.arrival` DATETIME(3) DEFAULT NULL,
  `from.stop` JSON DEFAULT NULL,
  `from.stopIndex` INT DEFAULT NULL,
  `from.stopSequence` INT DEFAULT NULL,
  `from.stopCode` VARCHAR(255) DEFAULT NULL,
  `from.platformCode` VARCHAR(255) DEFAULT NULL,
  `from.zoneId` VARCHAR(255) DEFAULT NULL,
  `from.bikeShareId` VARCHAR(255) DEFAULT NULL,
  `from.networks` JSON DEFAULT NULL,
  `from.address` VARCHAR(255) DEFAULT NULL,
  `to.name` VARCHAR(255) DEFAULT NULL,
  `to.lon` DOUBLE DEFAULT NULL,
  `to.lat` DOUBLE DEFAULT NULL,
  `to.departure` DATETIME(3) DEFAULT NULL,
  `to.orig` VARCHAR(255) DEFAULT NULL,
  `to.vertexType` VARCHAR(255) DEFAULT NULL,
  `to.stopId` VARCHAR(255) DEFAULT NULL,
  `to.arrival` DATETIME(3) DEFAULT NULL,
  `to.stop` JSON DEFAULT NULL,
  `to.stopIndex` INT DEFAULT NULL,
  `to.stopSequence` INT DEFAULT NULL,
  `to.stopCode` VARCHAR(255) DEFAULT NULL,
  `to.platformCode` VARCHAR(255) DEFAULT NULL,
  `to.zoneId` VARCHAR(255) DEFAULT NULL,
  `to.bikeShareId` VARCHAR(255) DEFAULT NULL,
  `to.networks` JSON DEFAULT NULL,
  `to.address` VARCHAR(255) DEFAULT NULL,
  `arriveBy` TINYINT(1) DEFAULT NULL,
  `leadTimeInMinutes` INT DEFAULT NULL,
  `monday` TINYINT(1) DEFAULT NULL,
  `tuesday` TINYINT(1) DEFAULT NULL,
  `wednesday` TINYINT(1) DEFAULT NULL,
  `thursday` TINYINT(1) DEFAULT NULL,
  `friday` TINYINT(1) DEFAULT NULL,
  `saturday` TINYINT(1) DEFAULT NULL,
  `sunday` TINYINT(1) DEFAULT NULL,
  `excludeFederalHolidays` TINYINT(1) DEFAULT NULL,
  `isActive` TINYINT(1) DEFAULT NULL,
  `snoozed` TINYINT(1) DEFAULT NULL,
  `queryParams` TEXT DEFAULT NULL,
  `otp2QueryParams.arriveBy` TINYINT(1) DEFAULT NULL,
  `otp2QueryParams.banned` JSON DEFAULT NULL,
  `otp2QueryParams.bikeReluctance` FLOAT DEFAULT NULL,
  `otp2QueryParams.carReluctance` FLOAT DEFAULT NULL,
  `otp2QueryParams.date` VARCHAR(255) DEFAULT NULL,
  `otp2QueryParams.fromPlace` VARCHAR(255) DEFAULT NULL,
  `otp2QueryParams.mobilityProfile` VARCHAR(255) DEFAULT NULL,
  `otp2QueryParams.modes` JSON DEFAULT NULL,
  `otp2QueryParams.numItineraries` INT DEFAULT NULL,
  `otp2QueryParams.preferred` JSON DEFAULT NULL,
  `otp2QueryParams.time` VARCHAR(255) DEFAULT NULL,
  `otp2QueryParams.toPlace` VARCHAR(255) DEFAULT NULL,
  `otp2QueryParams.unpreferred` JSON DEFAULT NULL,
  `otp2QueryParams.walkReluctance` FLOAT DEFAULT NULL,
  `otp2QueryParams.walkSpeed` FLOAT DEFAULT NULL,
  `otp2QueryParams.wheelchair` TINYINT(1) DEFAULT NULL,
  `itinerary` JSON DEFAULT NULL,
  `notifyOnAlert` TINYINT(1) DEFAULT NULL,
  `departureVarianceMinutesThreshold` INT DEFAULT NULL,
  `arrivalVarianceMinutesThreshold` INT DEFAULT NULL,
  `notifyOnItineraryChange` TINYINT(1) DEFAULT NULL,
  `itineraryExistence._id` CHAR(36) DEFAULT NULL,
  `itineraryExistence.lastUpdated` DATETIME(3) DEFAULT NULL,
  `itineraryExistence.dateCreated` DATETIME(3) DEFAULT NULL,
  `itineraryExistence.monday` JSON DEFAULT NULL,
  `itineraryExistence.tuesday` JSON DEFAULT NULL,
  `itineraryExistence.wednesday` JSON DEFAULT NULL,
  `itineraryExistence.thursday` JSON DEFAULT NULL,
  `itineraryExistence.friday` JSON DEFAULT NULL,
  `itineraryExistence.saturday` JSON DEFAULT NULL,
  `itineraryExistence.sunday` JSON DEFAULT NULL,
  `itineraryExistence.message` TEXT DEFAULT NULL,
  `itineraryExistence.error` TINYINT(1) DEFAULT NULL,
  `itineraryExistence.timestamp` DATETIME(3) DEFAULT NULL,
  `journeyState.baselineArrivalTimeEpochMillis` BIGINT DEFAULT NULL,
  `journeyState.baselineDepartureTimeEpochMillis` BIGINT DEFAULT NULL,
  `journeyState.scheduledArrivalTimeEpochMillis` BIGINT DEFAULT NULL,
  `journeyState.scheduledDepartureTimeEpochMillis` BIGINT DEFAULT NULL,
  `journeyState.lastCheckedEpochMillis` BIGINT DEFAULT NULL,
  `journeyState.lastNotifications` JSON DEFAULT NULL,
  `journeyState.lastNotificationTimeMillis` BIGINT DEFAULT NULL,
  `journeyState.matchingItinerary` JSON DEFAULT NULL,
  `journeyState.targetDate` VARCHAR(255) DEFAULT NULL,
  `journeyState.tripStatus` VARCHAR(255) DEFAULT NULL,
  `journeyState.hasRealtimeData` TINYINT(1) DEFAULT NULL,
  `notifyAtLeadingInterval` TINYINT(1) DEFAULT NULL,
  `attemptsToGetMatchingItinerary` INT DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `TrackedJourney` (
  `_id` CHAR(36) NOT NULL,
  `lastUpdated` DATETIME(3) DEFAULT NULL,
  `dateCreated` DATETIME(3) DEFAULT NULL,
  `tripId` CHAR(36) DEFAULT NULL,
  `endCondition` VARCHAR(255) DEFAULT NULL,
  `startTime` DATETIME(3) DEFAULT NULL,
  `endTime` DATETIME(3) DEFAULT NULL,
  `busNotificationMessages` JSON DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `TrackedJourney_locations` (
  `_parent_id` CHAR(36) NOT NULL,
  `_index` INT NOT NULL,
  `bearing` INT DEFAULT NULL,
  `lat` DOUBLE DEFAULT NULL,
  `lon` DOUBLE DEFAULT NULL,
  `speed` INT DEFAULT NULL,
  `timestamp` DATETIME(3) DEFAULT NULL,
  `tripStatus` VARCHAR(255) DEFAULT NULL,
  `locationAccuracy` DOUBLE DEFAULT NULL,
  `deviationMeters` DOUBLE DEFAULT NULL,
  PRIMARY KEY (`_parent_id`, `_index`),
  CONSTRAINT `TrackedJourney_locations_parent` FOREIGN KEY (`_parent_id`) REFERENCES `TrackedJourney` (`_id`) ON DELETE CASCADE
);

CREATE TABLE `TripHistoryUpload` (
  `_id` CHAR(36) NOT NULL,
  `lastUpdated` DATETIME(3) DEFAULT NULL,
  `dateCreated` DATETIME(3) DEFAULT NULL,
  `uploadHour` DATETIME(3) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `numTripRequestsUploaded` INT DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `BugsnagEventRequest` (
  `_id` CHAR(36) NOT NULL,
  `lastUpdated` DATETIME(3) DEFAULT NULL,
  `dateCreated` DATETIME(3) DEFAULT NULL,
  `eventDataRequestId` VARCHAR(255) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `total` INT DEFAULT NULL,
  `url` TEXT DEFAULT NULL,
  `daysInPast` INT DEFAULT NULL,
  `projectId` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `BugsnagEvent` (
  `_id` CHAR(36) NOT NULL,
  `lastUpdated` DATETIME(3) DEFAULT NULL,
  `dateCreated` DATETIME(3) DEFAULT NULL,
  `eventDataId` VARCHAR(255) DEFAULT NULL,
  `projectId` VARCHAR(255) DEFAULT NULL,
  `errorId` VARCHAR(255) DEFAULT NULL,
  `receivedAt` DATETIME(3) DEFAULT NULL,
  `exceptions` JSON DEFAULT NULL,
  `severity` VARCHAR(255) DEFAULT NULL,
  `context` TEXT DEFAULT NULL,
  `unhandled` TINYINT(1) DEFAULT NULL,
  `app.releaseStage` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `MonitoredComponent` (
  `_id` CHAR(36) NOT NULL,
  `lastUpdated` DATETIME(3) DEFAULT NULL,
  `dateCreated` DATETIME(3) DEFAULT NULL,
  `bugsnagProjectId` VARCHAR(255) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);
