-- The Herdbook (NBIS herd-book web service for Swedish animal genebanks; upstream ships loaders for the Gotland and Mellerud rabbit genebanks)
-- Upstream: github.com/NBISweden/theherdbook, app/utils/database.py (peewee models, CURRENT_SCHEMA_VERSION 11),
-- commit b45a09cde2807e38410c87cbf5084dec38cce657 (AGPL-3.0).
-- Made by loading upstream's model module unchanged (settings and flask_login stubbed) and letting peewee 3.15.4
-- (the version pinned in app/requirements.txt) write each model's CREATE TABLE / CREATE INDEX for MySQL; the two
-- DeferredForeignKey constraints of breeding (father, mother -> individual) are added by ALTER TABLE at the end,
-- as peewee adds them after the tables exist. All 17 models of MODELS are kept; column names and order as peewee
-- creates them (the deferred father_id / mother_id come last in breeding).

CREATE TABLE `genebank` (
  `genebank_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` VARCHAR(100) NOT NULL
);
CREATE UNIQUE INDEX `genebank_name` ON `genebank` (`name`);
CREATE TABLE `herd` (
  `herd_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `genebank_id` INTEGER NOT NULL,
  `herd` VARCHAR(10) NOT NULL,
  `herd_name` TEXT,
  `is_active` BOOL,
  `start_date` DATE,
  `name` TEXT,
  `name_privacy` VARCHAR(15),
  `physical_address` TEXT,
  `physical_address_privacy` VARCHAR(15),
  `location` TEXT,
  `location_privacy` VARCHAR(15),
  `email` TEXT,
  `email_privacy` VARCHAR(15),
  `email_verified` DATE,
  `www` TEXT,
  `www_privacy` VARCHAR(15),
  `mobile_phone` TEXT,
  `mobile_phone_privacy` VARCHAR(15),
  `wire_phone` TEXT,
  `wire_phone_privacy` VARCHAR(15),
  `latitude` FLOAT,
  `longitude` FLOAT,
  `coordinates_privacy` VARCHAR(15),
  FOREIGN KEY (`genebank_id`) REFERENCES `genebank` (`genebank_id`)
);
CREATE INDEX `herd_genebank_id` ON `herd` (`genebank_id`);
CREATE UNIQUE INDEX `herd_herd_genebank_id` ON `herd` (`herd`, `genebank_id`);
CREATE TABLE `color` (
  `color_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` VARCHAR(50) NOT NULL,
  `comment` VARCHAR(100),
  `genebank_id` INTEGER NOT NULL,
  FOREIGN KEY (`genebank_id`) REFERENCES `genebank` (`genebank_id`)
);
CREATE INDEX `color_genebank_id` ON `color` (`genebank_id`);
CREATE TABLE `breeding` (
  `breeding_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `breeding_herd_id` INTEGER NOT NULL,
  `breed_date` DATE,
  `breed_notes` TEXT,
  `birth_date` DATE,
  `birth_notes` TEXT,
  `litter_size` INTEGER,
  `litter_size6w` INTEGER,
  `father_id` INTEGER,
  `mother_id` INTEGER,
  FOREIGN KEY (`breeding_herd_id`) REFERENCES `herd` (`herd_id`)
);
CREATE INDEX `breeding_breeding_herd_id` ON `breeding` (`breeding_herd_id`);
CREATE INDEX `breeding_father_id` ON `breeding` (`father_id`);
CREATE INDEX `breeding_mother_id` ON `breeding` (`mother_id`);
CREATE UNIQUE INDEX `breeding_mother_id_father_id_birth_date` ON `breeding` (`mother_id`, `father_id`, `birth_date`);
CREATE TABLE `individual` (
  `individual_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `origin_herd_id` INTEGER NOT NULL,
  `name` VARCHAR(50),
  `certificate` VARCHAR(20),
  `digital_certificate` INTEGER,
  `number` VARCHAR(20) NOT NULL,
  `sex` VARCHAR(15),
  `color_id` INTEGER,
  `color_note` TEXT,
  `death_date` DATE,
  `death_note` TEXT,
  `notes` TEXT,
  `breeding_id` INTEGER,
  `eye_color` TEXT,
  `claw_color` TEXT,
  `belly_color` TEXT,
  `hair_notes` TEXT,
  `is_active` BOOL,
  `has_photo` BOOL,
  `butchered` BOOL,
  `castration_date` DATE,
  FOREIGN KEY (`origin_herd_id`) REFERENCES `herd` (`herd_id`),
  FOREIGN KEY (`color_id`) REFERENCES `color` (`color_id`),
  FOREIGN KEY (`breeding_id`) REFERENCES `breeding` (`breeding_id`)
);
CREATE INDEX `individual_origin_herd_id` ON `individual` (`origin_herd_id`);
CREATE UNIQUE INDEX `individual_certificate` ON `individual` (`certificate`);
CREATE UNIQUE INDEX `individual_digital_certificate` ON `individual` (`digital_certificate`);
CREATE UNIQUE INDEX `individual_number` ON `individual` (`number`);
CREATE INDEX `individual_color_id` ON `individual` (`color_id`);
CREATE INDEX `individual_breeding_id` ON `individual` (`breeding_id`);
CREATE UNIQUE INDEX `individual_number_origin_herd_id` ON `individual` (`number`, `origin_herd_id`);
CREATE TABLE `individualfile` (
  `breeding_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `individual_id` INTEGER NOT NULL,
  `filepath` VARCHAR(32) NOT NULL,
  `upload_name` VARCHAR(128) NOT NULL,
  `notes` TEXT NOT NULL,
  FOREIGN KEY (`individual_id`) REFERENCES `individual` (`individual_id`)
);
CREATE INDEX `individualfile_individual_id` ON `individualfile` (`individual_id`);
CREATE TABLE `disease` (
  `disease_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` VARCHAR(255) NOT NULL,
  `include_in_reports` BOOL NOT NULL
);
CREATE TABLE `individualdisease` (
  `individual_disease_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `individual_id` INTEGER NOT NULL,
  `disease_id` INTEGER NOT NULL,
  `diagnosis_date` DATE NOT NULL,
  `healthy_date` DATE NOT NULL,
  `notes` TEXT NOT NULL,
  FOREIGN KEY (`individual_id`) REFERENCES `individual` (`individual_id`),
  FOREIGN KEY (`disease_id`) REFERENCES `disease` (`disease_id`)
);
CREATE INDEX `individualdisease_individual_id` ON `individualdisease` (`individual_id`);
CREATE INDEX `individualdisease_disease_id` ON `individualdisease` (`disease_id`);
CREATE TABLE `weight` (
  `weight_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `individual_id` INTEGER NOT NULL,
  `weight` FLOAT NOT NULL,
  `weight_date` DATE NOT NULL,
  FOREIGN KEY (`individual_id`) REFERENCES `individual` (`individual_id`)
);
CREATE INDEX `weight_individual_id` ON `weight` (`individual_id`);
CREATE TABLE `bodyfat` (
  `bodyfat_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `individual_id` INTEGER NOT NULL,
  `bodyfat` VARCHAR(6),
  `bodyfat_date` DATE NOT NULL,
  FOREIGN KEY (`individual_id`) REFERENCES `individual` (`individual_id`)
);
CREATE INDEX `bodyfat_individual_id` ON `bodyfat` (`individual_id`);
CREATE TABLE `hbuser` (
  `user_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `username` TEXT,
  `email` TEXT NOT NULL,
  `fullname` TEXT,
  `uuid` VARCHAR(40) NOT NULL,
  `validated` BOOL NOT NULL,
  `privileges` TEXT NOT NULL,
  `last_active` DATETIME NOT NULL
);
CREATE UNIQUE INDEX `user_username` ON `hbuser` (`username`);
CREATE TABLE `usermessage` (
  `user_message_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `sender_id` INTEGER,
  `receiver_id` INTEGER NOT NULL,
  `level` VARCHAR(12) NOT NULL,
  `message` TEXT NOT NULL,
  `send_time` DATETIME NOT NULL,
  `recieve_time` DATETIME NOT NULL,
  FOREIGN KEY (`sender_id`) REFERENCES `hbuser` (`user_id`),
  FOREIGN KEY (`receiver_id`) REFERENCES `hbuser` (`user_id`)
);
CREATE INDEX `usermessage_sender_id` ON `usermessage` (`sender_id`);
CREATE INDEX `usermessage_receiver_id` ON `usermessage` (`receiver_id`);
CREATE TABLE `yearlyherdreport` (
  `disease_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `herd_id` INTEGER NOT NULL,
  `report_date` DATE NOT NULL,
  `generated_by_id` INTEGER NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `data` TEXT NOT NULL,
  `publish` BOOL NOT NULL,
  `publish_tel` BOOL NOT NULL,
  `publish_email` BOOL NOT NULL,
  `publish_address` BOOL NOT NULL,
  FOREIGN KEY (`herd_id`) REFERENCES `herd` (`herd_id`),
  FOREIGN KEY (`generated_by_id`) REFERENCES `hbuser` (`user_id`)
);
CREATE INDEX `yearlyherdreport_herd_id` ON `yearlyherdreport` (`herd_id`);
CREATE INDEX `yearlyherdreport_generated_by_id` ON `yearlyherdreport` (`generated_by_id`);
CREATE TABLE `genebankreport` (
  `id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `genebank_id` INTEGER NOT NULL,
  `generated_by_id` INTEGER NOT NULL,
  `report_date` DATE NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `data` TEXT NOT NULL,
  FOREIGN KEY (`genebank_id`) REFERENCES `genebank` (`genebank_id`),
  FOREIGN KEY (`generated_by_id`) REFERENCES `hbuser` (`user_id`)
);
CREATE INDEX `genebankreport_genebank_id` ON `genebankreport` (`genebank_id`);
CREATE INDEX `genebankreport_generated_by_id` ON `genebankreport` (`generated_by_id`);
CREATE TABLE `herd_tracking` (
  `herd_tracking_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `from_herd_id` INTEGER,
  `herd_id` INTEGER,
  `signature_id` INTEGER,
  `individual_id` INTEGER NOT NULL,
  `herd_tracking_date` DATE NOT NULL,
  FOREIGN KEY (`from_herd_id`) REFERENCES `herd` (`herd_id`),
  FOREIGN KEY (`herd_id`) REFERENCES `herd` (`herd_id`),
  FOREIGN KEY (`signature_id`) REFERENCES `hbuser` (`user_id`),
  FOREIGN KEY (`individual_id`) REFERENCES `individual` (`individual_id`)
);
CREATE INDEX `herdtracking_from_herd_id` ON `herd_tracking` (`from_herd_id`);
CREATE INDEX `herdtracking_herd_id` ON `herd_tracking` (`herd_id`);
CREATE INDEX `herdtracking_signature_id` ON `herd_tracking` (`signature_id`);
CREATE INDEX `herdtracking_individual_id` ON `herd_tracking` (`individual_id`);
CREATE TABLE `authenticators` (
  `auth_id` INTEGER AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` INTEGER NOT NULL,
  `auth` VARCHAR(9) NOT NULL,
  `auth_data` TEXT,
  FOREIGN KEY (`user_id`) REFERENCES `hbuser` (`user_id`)
);
CREATE INDEX `authenticators_user_id` ON `authenticators` (`user_id`);
CREATE TABLE `schemahistory` (
  `version` INTEGER NOT NULL PRIMARY KEY,
  `comment` TEXT NOT NULL,
  `applied` DATETIME
);
ALTER TABLE `breeding` ADD CONSTRAINT `fk_breeding_father_id_refs_individual` FOREIGN KEY (`father_id`) REFERENCES `individual` (`individual_id`);
ALTER TABLE `breeding` ADD CONSTRAINT `fk_breeding_mother_id_refs_individual` FOREIGN KEY (`mother_id`) REFERENCES `individual` (`individual_id`);
