-- Pantry for Good (freeCodeCamp / Open Source for Good; food bank management: client applications and households,
-- packing and delivery of food packages, volunteers and drivers, donors and donations, food inventory, pages and
-- e-mail templates, intake questionnaires, settings), github.com/freeCodeCamp/pantry-for-good, branch `staging`
-- (the default branch), commit b42e9ff4438f43507a8039dc71831f4ca68a2437 (MIT).
-- Pantry for Good keeps its data in MongoDB through Mongoose 5.0; there is no SQL schema upstream. Each model of
-- `server/models/*.js` is one table named after its MongoDB collection (Mongoose's lower-cased plural of the model
-- name: User -> users, Customer -> customers, Media -> media, Settings -> settings ...), one column per schema path in
-- the schema's order with upstream's path names; a nested single object (`location`, the shared location-schema.js)
-- is written as its dotted paths (`location.lat`, `location.lng`), nullable because the object itself is optional.
-- Arrays of sub-documents and of references are child tables `<collection>_<path>`, with the sub-document's own
-- `_id` where it has one and a column named after the parent (`user`, `customer`, `volunteer`, `donor`, `donation`,
-- `food`, `package`, `questionnaire`, `section`, `settings` — the only names not upstream's) holding the parent's
-- `_id`; an array of plain values or references keeps the path's name for its element column (`roles`,
-- `packingList`, `foodPreferences`, `customers`, `donations`, `contents`).
-- Types: ObjectId `_id` CHAR(24); the numeric `_id` of users and donations (mongoose-plugin-autoinc counters) and
-- of customers, volunteers and donors (the user's own number) BIGINT; the questionnaire sections' and fields' uuid
-- `_id` VARCHAR(36); String VARCHAR(255) (TEXT for notes, subjects and answers, LONGTEXT for HTML bodies); Number
-- DOUBLE; Boolean TINYINT(1); Date DATETIME(3); Mixed (`users.google`) LONGTEXT holding JSON; enums ENUM;
-- `required` NOT NULL; `unique` UNIQUE; constant defaults kept. `ref` paths carry a foreign key to the referenced
-- table; references to `FoodItem` point to `foods_items`, where the application keeps its food items (embedded in
-- their category). Mongoose's `__v` is left out.
-- `sessions` is the collection configured in `server/config/env/all.js` (`sessionCollection: 'sessions'`) for
-- connect-mongo 1.3.2 (express-session store: `_id` = session id, `session` = serialized session, `expires`).
-- Left out: the `identitycounters` collection of mongoose-plugin-autoinc (id counters; defined in the dependency,
-- not in the repository). Every model of `server/models/` is kept.

CREATE TABLE `users` (
  `_id` bigint NOT NULL,
  `firstName` varchar(255) DEFAULT '',
  `lastName` varchar(255) DEFAULT '',
  `displayName` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT '',
  `salt` varchar(255) DEFAULT NULL,
  `provider` varchar(255) NOT NULL,
  `google` longtext DEFAULT NULL,
  `updated` datetime(3) DEFAULT NULL,
  `created` datetime(3) DEFAULT NULL,
  `resetPasswordToken` varchar(255) DEFAULT NULL,
  `resetPasswordExpires` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `email` (`email`)
);

CREATE TABLE `users_roles` (
  `user` bigint NOT NULL,
  `roles` enum('roles/admin','roles/customer','roles/donor','roles/volunteer','roles/driver','roles/inventory','roles/packing','roles/schedule') DEFAULT NULL,
  KEY `user` (`user`),
  FOREIGN KEY (`user`) REFERENCES `users` (`_id`)
);

CREATE TABLE `users_notifications` (
  `user` bigint NOT NULL,
  `message` text NOT NULL,
  `url` varchar(255) NOT NULL,
  `date` datetime(3) NOT NULL,
  KEY `user` (`user`),
  FOREIGN KEY (`user`) REFERENCES `users` (`_id`)
);

CREATE TABLE `volunteers` (
  `_id` bigint NOT NULL,
  `lastName` varchar(255) DEFAULT NULL,
  `firstName` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `location.lat` double DEFAULT NULL,
  `location.lng` double DEFAULT NULL,
  `status` enum('Active','Inactive','Pending') DEFAULT 'Pending',
  `disclaimerAgree` tinyint(1) DEFAULT NULL,
  `optimized` tinyint(1) DEFAULT 0,
  `generalNotes` text DEFAULT NULL,
  `disclaimerSign` varchar(255) DEFAULT NULL,
  `disclaimerSignGuardian` varchar(255) DEFAULT NULL,
  `disclaimerGuardianEmail` varchar(255) DEFAULT NULL,
  `user` bigint DEFAULT NULL,
  `dateReceived` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`_id`) REFERENCES `users` (`_id`),
  FOREIGN KEY (`user`) REFERENCES `users` (`_id`)
);

CREATE TABLE `volunteers_fields` (
  `_id` char(24) NOT NULL,
  `volunteer` bigint NOT NULL,
  `meta` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`volunteer`) REFERENCES `volunteers` (`_id`)
);

CREATE TABLE `foods` (
  `_id` char(24) NOT NULL,
  `category` varchar(255) NOT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `foods_items` (
  `_id` char(24) NOT NULL,
  `food` char(24) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `quantity` double DEFAULT 0,
  `startDate` datetime(3) DEFAULT NULL,
  `frequency` double DEFAULT 1,
  `deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`food`) REFERENCES `foods` (`_id`)
);

CREATE TABLE `customers` (
  `_id` bigint NOT NULL,
  `firstName` varchar(255) NOT NULL,
  `lastName` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `location.lat` double DEFAULT NULL,
  `location.lng` double DEFAULT NULL,
  `status` enum('Accepted','Rejected','Pending','Inactive') DEFAULT 'Pending',
  `disclaimerAgree` tinyint(1) DEFAULT NULL,
  `disclaimerSign` varchar(255) DEFAULT NULL,
  `lastPacked` datetime(3) DEFAULT NULL,
  `lastDelivered` datetime(3) DEFAULT NULL,
  `assignedTo` bigint DEFAULT NULL,
  `dateReceived` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`_id`) REFERENCES `users` (`_id`),
  FOREIGN KEY (`assignedTo`) REFERENCES `volunteers` (`_id`)
);

CREATE TABLE `customers_household` (
  `_id` char(24) NOT NULL,
  `customer` bigint NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `relationship` varchar(255) DEFAULT NULL,
  `dateOfBirth` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`customer`) REFERENCES `customers` (`_id`)
);

CREATE TABLE `customers_packingList` (
  `customer` bigint NOT NULL,
  `packingList` char(24) DEFAULT NULL,
  KEY `customer` (`customer`),
  FOREIGN KEY (`customer`) REFERENCES `customers` (`_id`),
  FOREIGN KEY (`packingList`) REFERENCES `foods_items` (`_id`)
);

CREATE TABLE `customers_foodPreferences` (
  `customer` bigint NOT NULL,
  `foodPreferences` char(24) DEFAULT NULL,
  KEY `customer` (`customer`),
  FOREIGN KEY (`customer`) REFERENCES `customers` (`_id`)
);

CREATE TABLE `customers_fields` (
  `_id` char(24) NOT NULL,
  `customer` bigint NOT NULL,
  `meta` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`customer`) REFERENCES `customers` (`_id`)
);

CREATE TABLE `volunteers_customers` (
  `volunteer` bigint NOT NULL,
  `customers` bigint DEFAULT NULL,
  KEY `volunteer` (`volunteer`),
  FOREIGN KEY (`volunteer`) REFERENCES `volunteers` (`_id`),
  FOREIGN KEY (`customers`) REFERENCES `customers` (`_id`)
);

CREATE TABLE `donations` (
  `_id` bigint NOT NULL,
  `donor` bigint DEFAULT NULL,
  `total` double DEFAULT NULL,
  `approved` tinyint(1) DEFAULT 0,
  `description` text DEFAULT NULL,
  `dateReceived` datetime(3) DEFAULT NULL,
  `dateIssued` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`donor`) REFERENCES `users` (`_id`)
);

CREATE TABLE `donations_items` (
  `donation` bigint NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `value` double NOT NULL,
  KEY `donation` (`donation`),
  FOREIGN KEY (`donation`) REFERENCES `donations` (`_id`)
);

CREATE TABLE `donors` (
  `_id` bigint NOT NULL,
  `lastName` varchar(255) DEFAULT NULL,
  `firstName` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `dateReceived` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`_id`) REFERENCES `users` (`_id`)
);

CREATE TABLE `donors_donations` (
  `donor` bigint NOT NULL,
  `donations` bigint DEFAULT NULL,
  KEY `donor` (`donor`),
  FOREIGN KEY (`donor`) REFERENCES `donors` (`_id`),
  FOREIGN KEY (`donations`) REFERENCES `donations` (`_id`)
);

CREATE TABLE `donors_fields` (
  `_id` char(24) NOT NULL,
  `donor` bigint NOT NULL,
  `meta` varchar(255) NOT NULL,
  `value` text DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`donor`) REFERENCES `donors` (`_id`)
);

CREATE TABLE `packages` (
  `_id` char(24) NOT NULL,
  `customer` bigint NOT NULL,
  `status` enum('Packed','Delivered') NOT NULL,
  `packedBy` bigint NOT NULL,
  `datePacked` datetime(3) DEFAULT NULL,
  `dateReceived` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`customer`) REFERENCES `customers` (`_id`),
  FOREIGN KEY (`packedBy`) REFERENCES `users` (`_id`)
);

CREATE TABLE `packages_contents` (
  `package` char(24) NOT NULL,
  `contents` char(24) NOT NULL,
  KEY `package` (`package`),
  FOREIGN KEY (`package`) REFERENCES `packages` (`_id`),
  FOREIGN KEY (`contents`) REFERENCES `foods_items` (`_id`)
);

CREATE TABLE `pages` (
  `_id` char(24) NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `type` enum('page','email') DEFAULT 'page',
  `disabled` tinyint(1) DEFAULT 0,
  `subject` text DEFAULT NULL,
  `body` longtext DEFAULT NULL,
  PRIMARY KEY (`_id`)
);

CREATE TABLE `questionnaires` (
  `_id` char(24) NOT NULL,
  `name` varchar(255) NOT NULL,
  `identifier` varchar(255) NOT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `identifier` (`identifier`)
);

CREATE TABLE `questionnaires_sections` (
  `_id` varchar(36) NOT NULL,
  `questionnaire` char(24) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`questionnaire`) REFERENCES `questionnaires` (`_id`)
);

CREATE TABLE `questionnaires_sections_fields` (
  `_id` varchar(36) NOT NULL,
  `section` varchar(36) NOT NULL,
  `label` varchar(255) NOT NULL,
  `type` enum('address','checkbox','date','radio','text','textarea','widgets/foodPreferences','widgets/household','widgets/table') NOT NULL,
  `choices` varchar(255) DEFAULT NULL,
  `rows` varchar(255) DEFAULT NULL,
  `columns` varchar(255) DEFAULT NULL,
  `required` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`_id`),
  FOREIGN KEY (`section`) REFERENCES `questionnaires_sections` (`_id`)
);

CREATE TABLE `settings` (
  `_id` char(24) NOT NULL,
  `organization` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL,
  `clientIntakeNumber` varchar(255) DEFAULT NULL,
  `supportNumber` varchar(255) DEFAULT NULL,
  `location.lat` double DEFAULT NULL,
  `location.lng` double DEFAULT NULL,
  `gmapsApiKey` varchar(255) DEFAULT NULL,
  `gmapsClientId` varchar(255) DEFAULT NULL,
  `distanceUnit` enum('km','mi') DEFAULT 'mi',
  `moneyUnit` varchar(255) DEFAULT '$',
  `ein` varchar(255) DEFAULT '',
  PRIMARY KEY (`_id`)
);

CREATE TABLE `settings_receiptFields` (
  `settings` char(24) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  KEY `settings` (`settings`),
  FOREIGN KEY (`settings`) REFERENCES `settings` (`_id`)
);

CREATE TABLE `media` (
  `_id` char(24) NOT NULL,
  `path` varchar(255) DEFAULT 'media/',
  `logo` varchar(255) DEFAULT 'logo.png',
  `signature` varchar(255) DEFAULT 'signature.png',
  `favicon` varchar(255) DEFAULT 'favicon.ico',
  PRIMARY KEY (`_id`)
);

CREATE TABLE `sessions` (
  `_id` varchar(255) NOT NULL,
  `session` longtext DEFAULT NULL,
  `expires` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
);
