-- Rooms 7.x-1.x (Roomify; Drupal 7 modules for hotels, B&Bs, vacation rentals and agencies managing several properties)
--   github.com/Roomify/rooms commit a51d50c2547b7d683af121917b144775c09c9723 (GPL-2.0-or-later, as every drupal.org
--   project; the repository carries no licence file)
--   hook_schema() of modules/rooms_unit/rooms_unit.install, modules/rooms_booking/rooms_booking.install,
--   modules/rooms_availability/rooms_availability.install and modules/rooms_pricing/rooms_pricing.install, written as
--   the MySQL DDL Drupal 7's schema API creates (serial -> auto_increment, int sizes, 'not null', defaults, the field
--   and table descriptions as COMMENTs, primary/unique keys, indexes). All eight tables of the module family.

CREATE TABLE `rooms_units` (
  `unit_id` INT unsigned NOT NULL auto_increment COMMENT 'Primary Key: Identifier for a Bookable Unit.',
  `type` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The {unit_type}.type of this Bookable Unit.',
  `language` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'The language of the Unit.',
  `name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The name of the Unit - a human-readable identifier.',
  `created` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp when the Unit was created.',
  `changed` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp when the Unit was most recently saved.',
  `base_price` DECIMAL(10, 2) NOT NULL DEFAULT 0 COMMENT 'The default cost per night for the unit',
  `weekly_discount` DECIMAL(10, 2) NOT NULL DEFAULT 0 COMMENT 'The default weekly discount for the unit',
  `monthly_discount` DECIMAL(10, 2) NOT NULL DEFAULT 0 COMMENT 'The default monthly discount for the unit',
  `default_state` INT NOT NULL DEFAULT 0 COMMENT 'The default booking state for the room',
  `bookable` TINYINT NOT NULL DEFAULT 1 COMMENT 'Whether the unit is available for booking or not.',
  `min_sleeps` TINYINT NOT NULL DEFAULT 1 COMMENT 'How many people can sleep in a unit (MIN)',
  `max_sleeps` TINYINT NOT NULL DEFAULT 1 COMMENT 'How many people can sleep in a unit (MAX)',
  `min_children` TINYINT NOT NULL DEFAULT 0 COMMENT 'How many children can sleep in a unit (MIN)',
  `max_children` TINYINT NOT NULL DEFAULT 0 COMMENT 'How many children can sleep in a unit (MAX)',
  `status` INT NOT NULL DEFAULT 1 COMMENT 'Boolean indicating whether the booking unit is published (visible to non-administrators).',
  `uid` INT NOT NULL DEFAULT 0 COMMENT 'The {users}.uid that created this booking.',
  `data` LONGBLOB COMMENT 'A serialized array of additional data.',
  PRIMARY KEY (`unit_id`),
  INDEX `type` (`type`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'The base table for Rooms.';

CREATE TABLE `rooms_unit_type` (
  `id` INT NOT NULL auto_increment COMMENT 'Primary Key: Unique unit type identifier.',
  `type` VARCHAR(255) NOT NULL COMMENT 'The machine-readable name of this unit type.',
  `label` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The human-readable name of this unit type.',
  `weight` TINYINT NOT NULL DEFAULT 0 COMMENT 'The weight of this room type in relation to others.',
  `data` LONGTEXT COMMENT 'A serialized array of additional data related to this unit type.',
  `status` TINYINT NOT NULL DEFAULT 1 COMMENT 'The exportable status of the entity.',
  `module` VARCHAR(255) COMMENT 'The name of the providing module if the entity has been defined in code.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `type` (`type`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores information about defined unit types.';

CREATE TABLE `rooms_bookings` (
  `booking_id` INT unsigned NOT NULL auto_increment COMMENT 'Primary Key: Identifier for a Booking.',
  `type` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The Booking type of this Booking.',
  `language` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'The language of the Booking.',
  `name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The name of the Booking - a human-readable identifier.',
  `created` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp when the Unit was created.',
  `changed` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp when the Unit was most recently saved.',
  `customer_id` INT NOT NULL DEFAULT 0 COMMENT 'The customer_id this booking is tied to.',
  `uid` INT NOT NULL DEFAULT 0 COMMENT 'The {users}.uid that owns this booking.',
  `unit_type` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The type of Unit the booking refers to',
  `unit_id` INT NOT NULL DEFAULT 0 COMMENT 'The unit_id this booking may be tied to.',
  `start_date` VARCHAR(20) COMMENT 'The start date for the booking.',
  `end_date` VARCHAR(20) COMMENT 'The end date for the booking.',
  `order_id` INT NOT NULL DEFAULT 0 COMMENT 'The order_id this booking may be tied to.',
  `price` INT NOT NULL DEFAULT 0 COMMENT 'The total price for the booking.',
  `booking_status` INT NOT NULL DEFAULT 0 COMMENT 'The booking status (1 published, 0 unpublished).',
  `data` LONGBLOB COMMENT 'A serialized array of additional data.',
  PRIMARY KEY (`booking_id`),
  INDEX `booking_id` (`booking_id`),
  INDEX `type` (`type`),
  INDEX `customer_id` (`customer_id`),
  INDEX `uid` (`uid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'The base table for Bookings.';

CREATE TABLE `rooms_booking_type` (
  `id` INT NOT NULL auto_increment COMMENT 'Primary Key: Unique booking type identifier.',
  `type` VARCHAR(255) NOT NULL COMMENT 'The machine-readable name of this booking type.',
  `label` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The human-readable name of this booking type.',
  `weight` TINYINT NOT NULL DEFAULT 0 COMMENT 'The weight of this booking type in relation to others.',
  `data` LONGTEXT COMMENT 'A serialized array of additional data related to this unit type.',
  `status` TINYINT NOT NULL DEFAULT 1 COMMENT 'The exportable status of the entity.',
  `module` VARCHAR(255) COMMENT 'The name of the providing module if the entity has been defined in code.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `type` (`type`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores information about defined booking types.';

CREATE TABLE `rooms_customers` (
  `id` INT NOT NULL auto_increment COMMENT 'Primary Key: Unique booking type identifier.',
  `name` VARCHAR(255) NOT NULL COMMENT 'Customer''s name.',
  `commerce_customer_id` INT COMMENT 'Commerce customer id.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `type` (`name`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores information about customers.';

CREATE TABLE `rooms_availability` (
  `unit_id` INT unsigned NOT NULL COMMENT 'Identifier for a room.',
  `year` INT NOT NULL DEFAULT 0 COMMENT 'The calendar year for which this availability row is relevant',
  `month` INT NOT NULL DEFAULT 0 COMMENT 'The month for which this availability row is relevant',
  `d1` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 1',
  `d2` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 2',
  `d3` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 3',
  `d4` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 4',
  `d5` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 5',
  `d6` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 6',
  `d7` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 7',
  `d8` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 8',
  `d9` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 9',
  `d10` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 10',
  `d11` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 11',
  `d12` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 12',
  `d13` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 13',
  `d14` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 14',
  `d15` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 15',
  `d16` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 16',
  `d17` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 17',
  `d18` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 18',
  `d19` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 19',
  `d20` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 20',
  `d21` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 21',
  `d22` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 22',
  `d23` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 23',
  `d24` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 24',
  `d25` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 25',
  `d26` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 26',
  `d27` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 27',
  `d28` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 28',
  `d29` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 29',
  `d30` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 30',
  `d31` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 31',
  UNIQUE KEY `month_key` (`unit_id`, `year`, `month`),
  INDEX `unit_id` (`unit_id`),
  INDEX `year` (`year`),
  INDEX `month` (`month`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'The main table holiding availability information';

CREATE TABLE `rooms_booking_locks` (
  `unit_id` INT unsigned NOT NULL COMMENT 'Identifier for a booking unit.',
  `state` INT NOT NULL DEFAULT 0 COMMENT 'The state for a booking unit.',
  `locked` INT NOT NULL DEFAULT 1 COMMENT 'Whether the state is locked or not'
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Booking states held in this table can be set to lock - so they cannot be deleted';

CREATE TABLE `rooms_pricing` (
  `unit_id` INT unsigned NOT NULL COMMENT 'Identifier for a booking unit.',
  `year` INT NOT NULL DEFAULT 0 COMMENT 'The calendar year for which this pricing row is relevant',
  `month` INT NOT NULL DEFAULT 0 COMMENT 'The month for which this pricing row is relevant',
  `d1` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 1',
  `d2` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 2',
  `d3` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 3',
  `d4` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 4',
  `d5` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 5',
  `d6` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 6',
  `d7` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 7',
  `d8` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 8',
  `d9` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 9',
  `d10` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 10',
  `d11` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 11',
  `d12` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 12',
  `d13` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 13',
  `d14` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 14',
  `d15` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 15',
  `d16` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 16',
  `d17` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 17',
  `d18` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 18',
  `d19` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 19',
  `d20` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 20',
  `d21` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 21',
  `d22` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 22',
  `d23` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 23',
  `d24` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 24',
  `d25` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 25',
  `d26` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 26',
  `d27` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 27',
  `d28` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 28',
  `d29` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 29',
  `d30` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 30',
  `d31` INT NOT NULL DEFAULT 0 COMMENT 'Month Day 31',
  UNIQUE KEY `month_key` (`unit_id`, `year`, `month`),
  INDEX `unit_id` (`unit_id`),
  INDEX `year` (`year`),
  INDEX `month` (`month`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'The main table holiding pricing information';
