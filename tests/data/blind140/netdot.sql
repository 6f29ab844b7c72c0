-- Netdot (Network Documentation Tool, University of Oregon): network inventory with sites, circuits and
-- cabling, devices and interfaces, IP address space, MAC/ARP/forwarding-table history, DHCP and DNS, and
-- the people (contacts and users) responsible for them.
-- Upstream: github.com/cvicente/Netdot, etc/netdot.meta, commit d83466264096dbc9c9f7ca75f814a8484600cdba
-- (GPL-2.0-or-later, gpl.txt). Netdot generates its schema from this metadata with SQL::Translator
-- (lib/Netdot/Meta/SQLT.pm): table name = lower-cased class name, columns in sorted order, `id` bigint
-- auto-increment primary key, a foreign key for each `linksto`, the `unique` lists as unique keys.
-- The metadata's table and column descriptions are kept as COMMENTs. 43 of its 87 tables are taken;
-- foreign keys pointing at tables left out were dropped, constraint names were made unique per table,
-- and the non-unique indexes were left out.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `person` (
  `aliases` varchar(255) NULL COMMENT 'Other names by which this Person is known',
  `cell` varchar(32) NULL COMMENT 'Cellular Phone number',
  `email` varchar(255) NULL COMMENT 'E-mail address',
  `emailpager` varchar(255) NULL COMMENT 'Email address used for paging (via a pager gateway)',
  `entity` bigint NULL COMMENT 'The entity that this person works for',
  `extension` integer NULL COMMENT 'Work Telephone number extension',
  `fax` varchar(32) NULL COMMENT 'Fax number',
  `firstname` varchar(64) NULL COMMENT 'First Name',
  `home` varchar(32) NULL COMMENT 'Home Telephone Number',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL,
  `lastname` varchar(64) NOT NULL COMMENT 'Last Name',
  `location` bigint NULL COMMENT 'Site where this Person is located. The Site is used instead of an Address',
  `office` varchar(32) NULL COMMENT 'Office or Work telephone number',
  `pager` varchar(32) NULL COMMENT 'Pager number',
  `password` varchar(255) NULL COMMENT 'User Password. Not necessary if this person is not a Netdot user.',
  `position` varchar(64) NULL COMMENT 'Position within the organization',
  `room` bigint NULL COMMENT 'Room where person is located, if available',
  `user_type` bigint NULL COMMENT 'User type',
  `username` varchar(128) NULL COMMENT 'User name. Only necessary if this person needs access to Netdot.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `person1` (`firstname`, `lastname`, `entity`),
  UNIQUE KEY `person2` (`username`),
  UNIQUE KEY `person3` (`email`),
  CONSTRAINT `fk_person_entity` FOREIGN KEY (`entity`) REFERENCES `entity` (`id`),
  CONSTRAINT `fk_person_location` FOREIGN KEY (`location`) REFERENCES `site` (`id`),
  CONSTRAINT `fk_person_room` FOREIGN KEY (`room`) REFERENCES `room` (`id`),
  CONSTRAINT `fk_person_user_type` FOREIGN KEY (`user_type`) REFERENCES `usertype` (`id`)
) ENGINE=InnoDB COMMENT='Information about an individual';

CREATE TABLE `usertype` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `usertype1` (`name`)
) ENGINE=InnoDB COMMENT='Types of Netdot users';

CREATE TABLE `contact` (
  `contactlist` bigint NOT NULL COMMENT 'The list or group of Contacts to which this Contact belongs',
  `contacttype` bigint NOT NULL COMMENT 'The type of this Contact',
  `escalation_level` integer NOT NULL COMMENT 'This level defines when this contact will be notified when monitoring devices or services. Notifications usually escalate to a different set of contacts when the problem is not resolved in a certain amount of time. This logic is implemented by the chosen external monitoring tool, not Netdot.',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `notify_email` bigint NULL COMMENT 'Set this field to the desired Time Period to receive e-mail notifications when monitoring devices or services',
  `notify_pager` bigint NULL COMMENT 'Set this field to the desired Time Period to receive pager notifications when monitoring devices or services',
  `notify_voice` bigint NULL COMMENT 'Set this field to the desired Time Period to receive voice notifications when monitoring devices or services',
  `person` bigint NOT NULL COMMENT 'The actual Person that this contact refers to. The Person table holds the actual contact information',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_contact_contactlist` FOREIGN KEY (`contactlist`) REFERENCES `contactlist` (`id`),
  CONSTRAINT `fk_contact_contacttype` FOREIGN KEY (`contacttype`) REFERENCES `contacttype` (`id`),
  CONSTRAINT `fk_contact_notify_email` FOREIGN KEY (`notify_email`) REFERENCES `availability` (`id`),
  CONSTRAINT `fk_contact_notify_pager` FOREIGN KEY (`notify_pager`) REFERENCES `availability` (`id`),
  CONSTRAINT `fk_contact_notify_voice` FOREIGN KEY (`notify_voice`) REFERENCES `availability` (`id`),
  CONSTRAINT `fk_contact_person` FOREIGN KEY (`person`) REFERENCES `person` (`id`)
) ENGINE=InnoDB COMMENT='A Contact object is basically a Role of a certain Person. People can be associated with one or more resources (devices, services, etc) for which they could be contacted. Each Contact object represents one of these roles.';

CREATE TABLE `contactlist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `name` varchar(64) NOT NULL COMMENT 'Name for this group',
  PRIMARY KEY (`id`),
  UNIQUE KEY `contactlist1` (`name`)
) ENGINE=InnoDB COMMENT='A list of contacts';

CREATE TABLE `contacttype` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `name` varchar(64) NOT NULL COMMENT 'The name for this Contact Type',
  PRIMARY KEY (`id`),
  UNIQUE KEY `contacttype1` (`name`)
) ENGINE=InnoDB COMMENT='Type of contact';

CREATE TABLE `availability` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `name` varchar(128) NOT NULL COMMENT 'Time period brief description. e.g. "24x7"',
  PRIMARY KEY (`id`),
  UNIQUE KEY `availability1` (`name`)
) ENGINE=InnoDB COMMENT='A Time Period';

CREATE TABLE `accessright` (
  `access` varchar(128) NOT NULL COMMENT 'Type of access granted for the given object or class (view|edit|delete)',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `object_class` varchar(128) NOT NULL COMMENT 'The class of object for which access is granted',
  `object_id` bigint NOT NULL COMMENT 'Object ID for which access right applies',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='Acess rights for Netdot authorization. Rights are tied to individual users (Person objects) or groups (Contact List objects)';

CREATE TABLE `userright` (
  `accessright` bigint NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `person` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userright1` (`person`, `accessright`),
  CONSTRAINT `fk_userright_accessright` FOREIGN KEY (`accessright`) REFERENCES `accessright` (`id`),
  CONSTRAINT `fk_userright_person` FOREIGN KEY (`person`) REFERENCES `person` (`id`)
) ENGINE=InnoDB COMMENT='Join between a Person and his/her Access Rights';

CREATE TABLE `groupright` (
  `accessright` bigint NOT NULL,
  `contactlist` bigint NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groupright1` (`contactlist`, `accessright`),
  CONSTRAINT `fk_groupright_accessright` FOREIGN KEY (`accessright`) REFERENCES `accessright` (`id`),
  CONSTRAINT `fk_groupright_contactlist` FOREIGN KEY (`contactlist`) REFERENCES `contactlist` (`id`)
) ENGINE=InnoDB COMMENT='Join between a ContactList and its Access Rights';

CREATE TABLE `audit` (
  `fields` varchar(255) NULL COMMENT 'Fields changed',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL COMMENT 'Object Label',
  `object_id` bigint NOT NULL COMMENT 'Object id',
  `operation` varchar(255) NOT NULL COMMENT 'DB Operation (insert, update, delete)',
  `tablename` varchar(255) NOT NULL COMMENT 'Table affected',
  `tstamp` timestamp NOT NULL DEFAULT '1970-01-02 00:00:01' COMMENT 'When this change happened',
  `username` varchar(255) NOT NULL COMMENT 'User that made the change',
  `vals` varchar(255) NULL COMMENT 'Values that changed',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='Audit Table to record database operations made by users';

CREATE TABLE `entity` (
  `acctnumber` varchar(128) NULL,
  `aliases` varchar(255) NULL COMMENT 'Other names by which this Entity is known',
  `asname` varchar(32) NULL COMMENT 'The Autonomous System Name of this Peer Entity',
  `asnumber` integer NULL COMMENT 'The Autonomous System Number of this Peer Entity',
  `availability` bigint NULL COMMENT 'Time Period at which this Entity is available',
  `config_type` varchar(255) NULL COMMENT 'Device type to use when monitoring configuration with tools such as RANCID',
  `contactlist` bigint NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `maint_contract` varchar(128) NULL,
  `name` varchar(128) NOT NULL COMMENT 'Name of this Entity',
  `oid` varchar(32) NULL COMMENT 'The Enterprise Object ID is a unique value assigned to an Entity to use in their SNMP agents',
  `short_name` varchar(64) NULL COMMENT 'A short name for this Entity',
  PRIMARY KEY (`id`),
  UNIQUE KEY `entity1` (`name`),
  UNIQUE KEY `entity2` (`oid`),
  CONSTRAINT `fk_entity_availability` FOREIGN KEY (`availability`) REFERENCES `availability` (`id`),
  CONSTRAINT `fk_entity_contactlist` FOREIGN KEY (`contactlist`) REFERENCES `contactlist` (`id`)
) ENGINE=InnoDB COMMENT='An organization related to the network in some way';

CREATE TABLE `entitytype` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entitytype1` (`name`)
) ENGINE=InnoDB COMMENT='Types of Entities';

CREATE TABLE `entityrole` (
  `entity` bigint NOT NULL COMMENT 'The Entity that performs this role.',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` bigint NOT NULL COMMENT 'A type of Entity.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `entityrole1` (`entity`, `type`),
  CONSTRAINT `fk_entityrole_entity` FOREIGN KEY (`entity`) REFERENCES `entity` (`id`),
  CONSTRAINT `fk_entityrole_type` FOREIGN KEY (`type`) REFERENCES `entitytype` (`id`)
) ENGINE=InnoDB COMMENT='An Entity might play different roles. For example, the same Entity can be both a Customer and a Peer.';

CREATE TABLE `entitysite` (
  `entity` bigint NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `site` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `entitysite1` (`entity`, `site`),
  CONSTRAINT `fk_entitysite_entity` FOREIGN KEY (`entity`) REFERENCES `entity` (`id`),
  CONSTRAINT `fk_entitysite_site` FOREIGN KEY (`site`) REFERENCES `site` (`id`)
) ENGINE=InnoDB COMMENT='Entity to Site join table';

CREATE TABLE `site` (
  `aliases` varchar(255) NULL COMMENT 'Alternative names for this site',
  `availability` bigint NULL COMMENT 'Time Period during which people at this Site will be available',
  `city` varchar(64) NULL COMMENT 'City where this Site is located',
  `contactlist` bigint NULL COMMENT 'List of contacts for this Site',
  `country` varchar(64) NULL COMMENT 'Country where this Site is located',
  `gsf` integer NULL COMMENT 'Gross Square Footage of this site',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'User Comments',
  `name` varchar(64) NOT NULL COMMENT 'Name given to this site',
  `number` varchar(64) NULL COMMENT 'A unique identifier for this Site within the organization',
  `pobox` varchar(32) NULL COMMENT 'Post Office Box',
  `state` varchar(32) NULL COMMENT 'State where this Site is located',
  `street1` varchar(128) NULL COMMENT 'Street 1st line',
  `street2` varchar(128) NULL COMMENT 'Street 2nd line',
  `zip` varchar(16) NULL COMMENT 'ZIP/Postal Code',
  PRIMARY KEY (`id`),
  UNIQUE KEY `site1` (`name`),
  UNIQUE KEY `site2` (`number`),
  CONSTRAINT `fk_site_availability` FOREIGN KEY (`availability`) REFERENCES `availability` (`id`),
  CONSTRAINT `fk_site_contactlist` FOREIGN KEY (`contactlist`) REFERENCES `contactlist` (`id`)
) ENGINE=InnoDB COMMENT='A physical location such as a building or data center.';

CREATE TABLE `room` (
  `floor` bigint NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `room1` (`name`, `floor`)
) ENGINE=InnoDB COMMENT='Room';

CREATE TABLE `sitelink` (
  `entity` bigint NULL COMMENT 'External Entity which we connect to',
  `farend` bigint NOT NULL COMMENT 'The remote Site for this Link',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `name` varchar(128) NOT NULL COMMENT 'A name for this Link',
  `nearend` bigint NOT NULL COMMENT 'The local Site for this Link',
  PRIMARY KEY (`id`),
  UNIQUE KEY `sitelink1` (`name`),
  CONSTRAINT `fk_sitelink_entity` FOREIGN KEY (`entity`) REFERENCES `entity` (`id`),
  CONSTRAINT `fk_sitelink_farend` FOREIGN KEY (`farend`) REFERENCES `site` (`id`),
  CONSTRAINT `fk_sitelink_nearend` FOREIGN KEY (`nearend`) REFERENCES `site` (`id`)
) ENGINE=InnoDB COMMENT='A Link between two Sites. A Site Link can consist of one or more circuits';

CREATE TABLE `circuit` (
  `cid` varchar(128) NOT NULL COMMENT 'ID of this circuit.',
  `datetested` date NULL COMMENT 'Date that this circuit was last tested (YYYY-MM-DD)',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `installdate` date NULL COMMENT 'Date when this circuit was installed (YYYY-MM-DD)',
  `linkid` bigint NULL COMMENT 'Site Link to which this circuit belongs',
  `loss` varchar(32) NULL COMMENT 'Tested loss (dbm)',
  `speed` varchar(32) NULL COMMENT 'The speed of this circuit (Mbps)',
  `status` bigint NOT NULL COMMENT 'Status of this circuit',
  `type` bigint NULL COMMENT 'The type of this circuit',
  `vendor` bigint NULL COMMENT 'Who provides this circuit, if it is not internal',
  PRIMARY KEY (`id`),
  UNIQUE KEY `circuit1` (`vendor`, `cid`),
  CONSTRAINT `fk_circuit_linkid` FOREIGN KEY (`linkid`) REFERENCES `sitelink` (`id`),
  CONSTRAINT `fk_circuit_status` FOREIGN KEY (`status`) REFERENCES `circuitstatus` (`id`),
  CONSTRAINT `fk_circuit_type` FOREIGN KEY (`type`) REFERENCES `circuittype` (`id`),
  CONSTRAINT `fk_circuit_vendor` FOREIGN KEY (`vendor`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB COMMENT='A circuit can either be a WAN link provided by an external entity, or a set of [spliced] backbone cable strands terminated into two device interfaces';

CREATE TABLE `circuitstatus` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `name` varchar(128) NOT NULL COMMENT 'Circuit Status',
  PRIMARY KEY (`id`),
  UNIQUE KEY `circuitstatus1` (`name`)
) ENGINE=InnoDB COMMENT='Circuit status';

CREATE TABLE `circuittype` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `name` varchar(128) NOT NULL COMMENT 'Circuit Type',
  PRIMARY KEY (`id`),
  UNIQUE KEY `circuittype1` (`name`)
) ENGINE=InnoDB COMMENT='Circuit Type';

CREATE TABLE `closet` (
  `access_key_type` varchar(128) NULL,
  `asbestos_tiles` bool NOT NULL DEFAULT FALSE,
  `catv_taps` varchar(128) NULL,
  `converted_patch_panels` bool NOT NULL DEFAULT FALSE,
  `dimensions` varchar(64) NULL,
  `ground_buss` bool NOT NULL DEFAULT FALSE,
  `hvac_type` varchar(255) NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL,
  `name` varchar(32) NOT NULL COMMENT 'An identifier for this Closet within a Site',
  `ot_blocks` varchar(128) NULL,
  `outlets` varchar(128) NULL,
  `pair_count` varchar(128) NULL,
  `patch_panels` varchar(128) NULL,
  `rack_type` varchar(255) NULL,
  `racks` varchar(128) NULL,
  `room` bigint NOT NULL COMMENT 'The Room number where the closet is located',
  `ru_avail` varchar(128) NULL,
  `shared_with` varchar(255) NULL,
  `ss_blocks` varchar(128) NULL,
  `work_needed` varchar(128) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `closet1` (`name`, `room`),
  CONSTRAINT `fk_closet_room` FOREIGN KEY (`room`) REFERENCES `room` (`id`)
) ENGINE=InnoDB COMMENT='A Communications Closet. A Closet is different from a normal Room in two ways: a) Backbone Cables (inter and intra building) terminate in Closets. b) Horizontal Cables _start_ in Closets and _end_ in Rooms';

CREATE TABLE `backbonecable` (
  `end_closet` bigint NOT NULL COMMENT 'Closet where this cable terminates',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `installdate` date NULL COMMENT 'Date when this Cable was first installed (YYYY-MM-DD)',
  `length` varchar(32) NULL COMMENT 'The physical length of this cable',
  `name` varchar(64) NOT NULL COMMENT 'A name given to this cable.',
  `owner` bigint NULL COMMENT 'Entity that owns this cable',
  `start_closet` bigint NOT NULL COMMENT 'Closet where this cable originates',
  `type` bigint NOT NULL COMMENT 'The type of cable',
  PRIMARY KEY (`id`),
  UNIQUE KEY `backbonecable1` (`name`),
  CONSTRAINT `fk_backbonecable_end_closet` FOREIGN KEY (`end_closet`) REFERENCES `closet` (`id`),
  CONSTRAINT `fk_backbonecable_owner` FOREIGN KEY (`owner`) REFERENCES `entity` (`id`),
  CONSTRAINT `fk_backbonecable_start_closet` FOREIGN KEY (`start_closet`) REFERENCES `closet` (`id`)
) ENGINE=InnoDB COMMENT='A Backbone cable that interconnects two sites. Backbone cables can have multiple strands.';

CREATE TABLE `cablestrand` (
  `cable` bigint NOT NULL COMMENT 'Cable to which this strand belongs',
  `circuit_id` bigint NULL COMMENT 'ID of the circuit which this strand is a part of',
  `description` varchar(128) NULL COMMENT 'A text description of this strand',
  `fiber_type` bigint NULL COMMENT 'The type of fiber that this strand is made of',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `name` varchar(64) NOT NULL COMMENT 'A name for this strand',
  `number` integer NOT NULL COMMENT 'The numeric order of this strand',
  `status` bigint NOT NULL COMMENT 'Status of this strand',
  PRIMARY KEY (`id`),
  UNIQUE KEY `cablestrand1` (`cable`, `name`),
  CONSTRAINT `fk_cablestrand_cable` FOREIGN KEY (`cable`) REFERENCES `backbonecable` (`id`),
  CONSTRAINT `fk_cablestrand_circuit_id` FOREIGN KEY (`circuit_id`) REFERENCES `circuit` (`id`)
) ENGINE=InnoDB COMMENT='A single cable strand/pair';

CREATE TABLE `horizontalcable` (
  `account` varchar(32) NULL COMMENT 'An internal account number to which the installation of this cable should be billed to',
  `closet` bigint NOT NULL COMMENT 'The communications closet where this cable originates',
  `contactlist` bigint NULL COMMENT 'A group of people that manages this cable',
  `datetested` date NULL COMMENT 'Date this cable was last tested (YYYY-MM-DD)',
  `faceplateid` varchar(64) NOT NULL COMMENT 'ID of the faceplate where this cable is terminated',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `installdate` date NULL COMMENT 'Date this cable was installed (YYYY-MM-DD)',
  `jackid` varchar(64) NOT NULL COMMENT 'ID of the Jack where this cable is terminated',
  `length` varchar(32) NULL COMMENT 'Length of this cable',
  `room` bigint NOT NULL COMMENT 'Room where this cable terminates',
  `testpassed` bool NOT NULL DEFAULT FALSE COMMENT 'Cable test result (pass/fail)',
  `type` bigint NOT NULL COMMENT 'Type of this cable',
  PRIMARY KEY (`id`),
  UNIQUE KEY `horizontalcable1` (`jackid`, `faceplateid`, `closet`, `room`),
  CONSTRAINT `fk_horizontalcable_closet` FOREIGN KEY (`closet`) REFERENCES `closet` (`id`),
  CONSTRAINT `fk_horizontalcable_contactlist` FOREIGN KEY (`contactlist`) REFERENCES `contactlist` (`id`),
  CONSTRAINT `fk_horizontalcable_room` FOREIGN KEY (`room`) REFERENCES `room` (`id`)
) ENGINE=InnoDB COMMENT='Horizontal Cable';

CREATE TABLE `product` (
  `config_type` varchar(255) NULL COMMENT 'Device type to use when monitoring configuration with tools such as RANCID',
  `description` varchar(128) NULL COMMENT 'A short description for this Product',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `latest_os` varchar(128) NULL COMMENT 'Recommended OS version',
  `manufacturer` bigint NOT NULL COMMENT 'Reference to an Entity which manufactures this product',
  `name` varchar(64) NOT NULL COMMENT 'Product Name',
  `part_number` varchar(255) NULL COMMENT 'Manufacturers part number',
  `sysobjectid` varchar(128) NULL COMMENT 'SNMP Object ID given to this product by its manufacturer',
  `type` bigint NOT NULL COMMENT 'Product Type. Types of network products include routers, switches, hubs, etc.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `product1` (`name`, `manufacturer`),
  CONSTRAINT `fk_product_manufacturer` FOREIGN KEY (`manufacturer`) REFERENCES `entity` (`id`),
  CONSTRAINT `fk_product_type` FOREIGN KEY (`type`) REFERENCES `producttype` (`id`)
) ENGINE=InnoDB COMMENT='Product Names';

CREATE TABLE `producttype` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `producttype1` (`name`)
) ENGINE=InnoDB COMMENT='Types of network devices';

CREATE TABLE `asset` (
  `custom_serial` varchar(255) NULL COMMENT 'Custom (human-set) serial number of this asset',
  `date_purchased` date NULL COMMENT 'The date the asset was purchased',
  `description` varchar(255) NULL COMMENT 'A short description for this Asset',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `inventory_number` varchar(255) NULL COMMENT 'Asset inventory number',
  `maint_contract` bigint NULL COMMENT 'Reference to a maintenance or support contract with hardware vendor or third party.',
  `maint_from` date NULL COMMENT 'Device covered in maintenance from this date (YYYY-MM-DD)',
  `maint_until` date NULL COMMENT 'Device covered in maintenance until this date (YYYY-MM-DD)',
  `physaddr` bigint NULL COMMENT 'The base MAC address of this Asset.',
  `po_number` varchar(255) NULL COMMENT 'Purchase order number',
  `product_id` bigint NOT NULL COMMENT 'product key',
  `reserved_for` varchar(255) NULL COMMENT 'For hardware that is not installed, specify if it is reserved and what for',
  `serial_number` varchar(255) NULL COMMENT 'Asset serial number',
  PRIMARY KEY (`id`),
  UNIQUE KEY `asset1` (`physaddr`),
  UNIQUE KEY `asset2` (`product_id`, `serial_number`),
  CONSTRAINT `fk_asset_maint_contract` FOREIGN KEY (`maint_contract`) REFERENCES `maintcontract` (`id`),
  CONSTRAINT `fk_asset_physaddr` FOREIGN KEY (`physaddr`) REFERENCES `physaddr` (`id`),
  CONSTRAINT `fk_asset_product_id` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`)
) ENGINE=InnoDB COMMENT='Assets represent network hardware (devices or modules). If an asset is installed, it will be associated with a device or devicemodule object.';

CREATE TABLE `maintcontract` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL,
  `number` varchar(255) NOT NULL,
  `provider` bigint NOT NULL COMMENT 'Maintenace Contract Provider',
  PRIMARY KEY (`id`),
  UNIQUE KEY `maintcontract1` (`number`),
  CONSTRAINT `fk_maintcontract_provider` FOREIGN KEY (`provider`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB COMMENT='Device Maintenance Contract';

CREATE TABLE `device` (
  `aliases` varchar(255) NULL COMMENT 'Other names by which this Device is known',
  `asset_id` bigint NULL COMMENT 'asset fk',
  `auto_dns` bool NOT NULL DEFAULT FALSE COMMENT 'Whether a DNS name should be auto generated for each IP address in this device',
  `bgpid` varchar(64) NULL COMMENT 'Border Gateway Protocol ID. This usually has the form of an IP address',
  `bgplocalas` bigint NULL COMMENT 'Border Gateway Protocol Local Autonomous System number',
  `canautoupdate` bool NOT NULL DEFAULT FALSE COMMENT 'If SNMP updates are automated, this value determines whether this Device should be included',
  `collect_arp` bool NOT NULL DEFAULT FALSE COMMENT 'Whether Netdot should collect ARP cache data from this Device. Notice that this is mostly intended for Routers, though not necessarily',
  `collect_fwt` bool NOT NULL DEFAULT FALSE COMMENT 'Whether Netdot should collect bridge Forwarding Table (FWT) data from this Device',
  `collect_stp` bool NOT NULL DEFAULT FALSE COMMENT 'Enable or Disable querying device for Spanning Tree information',
  `community` varchar(64) NULL COMMENT 'SNMP community',
  `customer_managed` bool NOT NULL DEFAULT FALSE COMMENT 'Does the operation of this Device fall into the responsibility of the customer (or "user" Entity)?',
  `date_installed` timestamp NULL DEFAULT '1970-01-02 00:00:01' COMMENT 'Date that this Device was installed, or first seen in the network',
  `down_from` date NULL COMMENT 'Device in down time from this date (YYYY-MM-DD)',
  `down_until` date NULL COMMENT 'Device in down time until this date (YYYY-MM-DD)',
  `extension` integer NULL COMMENT 'IP phone extension',
  `host_device` bigint NULL COMMENT 'Another device which this one is part of, such as a virtual machine host. Host device will be used as parent device in monitoring exports.',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `ipforwarding` bool NOT NULL DEFAULT FALSE COMMENT 'Whether this device has IP forwarding enabled (IP-MIB::ipForwarding.0)',
  `last_arp` timestamp NULL DEFAULT '1970-01-02 00:00:01' COMMENT 'Last time ARP cache data was collected from this Device',
  `last_fwt` timestamp NULL DEFAULT '1970-01-02 00:00:01' COMMENT 'Last time Forwarding Tables (FWT) were collected from this Device',
  `last_updated` timestamp NULL DEFAULT '1970-01-02 00:00:01' COMMENT 'Date that this Device was last updated',
  `layers` varchar(8) NULL COMMENT 'Each digit represents a layer of the OSI model served by the device',
  `monitor_config` bool NOT NULL DEFAULT FALSE COMMENT 'Indicates whether this Device should be included in configuration management tools (i.e. RANCID)',
  `monitor_config_group` varchar(64) NULL COMMENT 'Configuration Management group (i.e. RANCID group)',
  `monitored` bool NOT NULL DEFAULT FALSE COMMENT 'Determines if this Device should be included in the configurations for monitoring software',
  `monitoring_path_cost` integer NULL COMMENT 'Netdot uses a variant of the Dijkstra algorithm to determine monitoring dependencies. Results can be affected adversely, for instance, by passive devices with connections that are not actually passing traffic. This value allows the administrator to set a higher cost for those devices, for the purpose of influencing the determination of monitoring paths.',
  `monitoring_template` varchar(255) NULL COMMENT 'A template that defines common monitoring parameters for a group of devices. (E.g. a Nagios template to inherit from)',
  `monitorstatus` bigint NULL COMMENT 'The monitoring status of this Device. This values is supposed to be fed back into Netdot by an external process',
  `name` bigint NOT NULL COMMENT 'The Device name is a reference to a DNS Resource Record (RR)',
  `oobname` varchar(255) NULL COMMENT 'A name or command used to connect to this Device via an Out of Band connection, such as a Console Server',
  `oobname_2` varchar(255) NULL COMMENT 'A name or command used to connect to this Device via an Out of Band connection, such as a Console Server',
  `oobnumber` varchar(32) NULL COMMENT 'A phone number used to connect to this Device via an Out of Band modem',
  `oobnumber_2` varchar(32) NULL COMMENT 'A phone number used to connect to this Device via an Out of Band modem',
  `os` varchar(128) NULL COMMENT 'Operating System name and version',
  `owner` bigint NULL COMMENT 'Entity that owns this Device',
  `power_outlet` varchar(255) NULL COMMENT 'ID of the power outlet in a power distribution unit or similar',
  `power_outlet_2` varchar(255) NULL COMMENT 'ID of the power outlet in a power distribution unit or similar',
  `rack` varchar(32) NULL COMMENT 'Rack ID where this Device is physically installed',
  `room` bigint NULL COMMENT 'Room where this Device is installed',
  `site` bigint NULL COMMENT 'Site or Building where this Device is located. This is set manually.',
  `snmp_authkey` varchar(255) NULL COMMENT 'SNMPv3 Authentication Key',
  `snmp_authprotocol` varchar(32) NULL COMMENT 'SNMPv3 Authentication Protocol (MD5|SHA)',
  `snmp_bulk` bool NOT NULL DEFAULT FALSE COMMENT 'Enable or Disable SNMP BULK operations for this device',
  `snmp_conn_attempts` integer NULL COMMENT 'How many times Netdot has attempted, and failed, to contact this device via SNMP',
  `snmp_down` bool NOT NULL DEFAULT FALSE COMMENT 'Whether Netdot has tried more than MAX_SNMP_CONNECTION_ATTEMPTS times to update this device via SNMP',
  `snmp_managed` bool NOT NULL DEFAULT FALSE COMMENT 'Enable or Disable SNMP operations on this device',
  `snmp_polling` bool NOT NULL DEFAULT FALSE COMMENT 'Enable or Disable SNMP polling from management tools which get their configurations from Netdot',
  `snmp_privkey` varchar(255) NULL COMMENT 'SNMPv3 Privacy Key',
  `snmp_privprotocol` varchar(32) NULL COMMENT 'SNMPv3 Privacy Protocol (AES|DES)',
  `snmp_securitylevel` varchar(32) NULL COMMENT 'SNMPv3 Security Level (noAuthNoPriv|authNoPriv|authPriv)',
  `snmp_securityname` varchar(255) NULL COMMENT 'SNMPv3 user name',
  `snmp_target` bigint NULL COMMENT 'SNMP target IP address. Netdot will try to always use this IP address when snmp-querying the device',
  `snmp_version` integer NULL COMMENT 'Simple Network Management Protocol Version (1|2|3)',
  `stp_enabled` bool NOT NULL DEFAULT FALSE COMMENT 'Whether some version of the Spanning Tree Protocol is enabled on this switch',
  `stp_mst_digest` varchar(255) NULL COMMENT 'Multiple Spanning Tree (MST) Configuration Digest',
  `stp_mst_region` varchar(128) NULL COMMENT 'Multiple Spanning Tree (MST) region name',
  `stp_mst_rev` integer NULL COMMENT 'Multiple Spanning Tree (MST) revision',
  `stp_type` varchar(128) NULL COMMENT 'Spanning Tree Protocol Type (802.1d, MST, PVST, etc)',
  `sysdescription` varchar(255) NULL COMMENT 'System Description. Meanto be populated by SNMP',
  `syslocation` varchar(255) NULL COMMENT 'System Location. Meant to be populated by SNMP.',
  `sysname` varchar(255) NULL COMMENT 'System Name. Meant to be populated by SNMP.',
  `used_by` bigint NULL COMMENT 'Entity that uses this Device',
  PRIMARY KEY (`id`),
  UNIQUE KEY `device1` (`name`, `asset_id`),
  UNIQUE KEY `device2` (`name`),
  CONSTRAINT `fk_device_asset_id` FOREIGN KEY (`asset_id`) REFERENCES `asset` (`id`),
  CONSTRAINT `fk_device_host_device` FOREIGN KEY (`host_device`) REFERENCES `device` (`id`),
  CONSTRAINT `fk_device_name` FOREIGN KEY (`name`) REFERENCES `rr` (`id`),
  CONSTRAINT `fk_device_owner` FOREIGN KEY (`owner`) REFERENCES `entity` (`id`),
  CONSTRAINT `fk_device_room` FOREIGN KEY (`room`) REFERENCES `room` (`id`),
  CONSTRAINT `fk_device_site` FOREIGN KEY (`site`) REFERENCES `site` (`id`),
  CONSTRAINT `fk_device_snmp_target` FOREIGN KEY (`snmp_target`) REFERENCES `ipblock` (`id`),
  CONSTRAINT `fk_device_used_by` FOREIGN KEY (`used_by`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB COMMENT='A network device. Particularly, Devices in Netdot are network infrastructure devices that network administrators care about for inventory, monitoring and management purposes. Not to be confused with end nodes';

CREATE TABLE `devicecontacts` (
  `contactlist` bigint NOT NULL,
  `device` bigint NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `devicecontacts1` (`device`, `contactlist`),
  CONSTRAINT `fk_devicecontacts_contactlist` FOREIGN KEY (`contactlist`) REFERENCES `contactlist` (`id`),
  CONSTRAINT `fk_devicecontacts_device` FOREIGN KEY (`device`) REFERENCES `device` (`id`)
) ENGINE=InnoDB COMMENT='Device to Contactlist join table';

CREATE TABLE `interface` (
  `admin_duplex` varchar(16) NULL COMMENT 'Administrative status of the Duplex setting on this Interface',
  `admin_status` varchar(16) NULL COMMENT 'Administrative status of this Interface',
  `auto_dns` bool NOT NULL DEFAULT FALSE COMMENT 'Whether a DNS name should be auto generated for each IP address in this interface',
  `bpdu_filter_enabled` bool NOT NULL DEFAULT FALSE COMMENT 'Whether BPDU filter is enabled on this port',
  `bpdu_guard_enabled` bool NOT NULL DEFAULT FALSE COMMENT 'Whether BPDU Guard is enabled on this port',
  `circuit` bigint NULL,
  `contactlist` bigint NULL,
  `description` varchar(128) NULL COMMENT 'A short description for this Interface.',
  `device` bigint NOT NULL COMMENT 'Device to which this Interface belongs to',
  `dlci` varchar(64) NULL COMMENT 'Data Link Connection Identifier',
  `doc_status` varchar(32) NULL COMMENT 'The documentation status of this interface. Values: snmp => Discovered by SNMP, manual => Added manually, removed => Was SNMP but it is no longer seen.',
  `down_from` date NULL COMMENT 'Interface in down time from this date (YYYY-MM-DD)',
  `down_until` date NULL COMMENT 'Interface in down time until this date (YYYY-MM-DD)',
  `dp_remote_id` varchar(128) NULL COMMENT 'Discovery Protocol Remote Device ID.',
  `dp_remote_ip` varchar(128) NULL COMMENT 'Discovery Protocol Remote Device IP address.',
  `dp_remote_port` varchar(128) NULL COMMENT 'Discovery Protocol Remote Device Port.',
  `dp_remote_type` varchar(255) NULL COMMENT 'Discovery Protocol Remote Device Type.',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ignore_ip` bool NOT NULL DEFAULT FALSE COMMENT 'Ignore IP address information. Netdot will not insert IP addresses or subnets based on information fro this interface.',
  `info` text NULL COMMENT 'Comments',
  `jack` bigint NULL COMMENT 'Reference to a Jack or Cable where this Interface is connected',
  `jack_char` varchar(32) NULL COMMENT 'The ID of the Jack where this Interface is connected',
  `loop_guard_enabled` bool NOT NULL DEFAULT FALSE COMMENT 'Whether Loop guard is enabled on this port',
  `monitored` bool NOT NULL DEFAULT FALSE COMMENT 'Determine whether this Interface should be included in the configuration of an external monitoring software',
  `monitorstatus` bigint NULL COMMENT 'The status of this Interface given by an external monitoring process',
  `name` varchar(255) NULL COMMENT 'The name of this Interface',
  `neighbor` bigint NULL COMMENT 'Another Interface to which this one is physically connected',
  `neighbor_fixed` bool NOT NULL DEFAULT FALSE COMMENT 'Determines whether this link can be modified by automatic topology discovery mechanisms.',
  `neighbor_missed` integer NOT NULL DEFAULT '0' COMMENT 'Number of times neighbor has not been seen by topology discovery process. Once MAX_NEIGHBOR_MISSED_TIMES has been reached, the neighbor relationship is removed.',
  `number` varchar(64) NOT NULL COMMENT 'The number of this Interface (usually corresponds to SNMP ifIndex). In some cases, this value can be a alphanumeric string.',
  `oper_duplex` varchar(16) NULL COMMENT 'Operational Duplex setting',
  `oper_status` varchar(16) NULL COMMENT 'Operational Status of this Interface',
  `overwrite_descr` bool NOT NULL DEFAULT FALSE COMMENT 'Determines whether the description for this Interface should be overwritten via SNMP updates',
  `physaddr` bigint NULL COMMENT 'MAC address of this Interface',
  `room_char` varchar(32) NULL COMMENT 'Room number where this Interface is connected',
  `root_guard_enabled` bool NOT NULL DEFAULT FALSE COMMENT 'Whether Root guard is enabled on this port',
  `snmp_managed` bool NOT NULL DEFAULT FALSE COMMENT 'Determines whether this Interface should be included in the collection of SNMP statistics',
  `speed` bigint NULL COMMENT 'Bits Per Second (bps) speed of which this Interface is capable of',
  `stp_id` varchar(32) NULL COMMENT 'The ID of this port in the Spanning Tree Protocol (dot1dStpPort)',
  `type` varchar(32) NULL COMMENT 'Type of Interface',
  PRIMARY KEY (`id`),
  UNIQUE KEY `interface1` (`device`, `number`, `name`),
  CONSTRAINT `fk_interface_circuit` FOREIGN KEY (`circuit`) REFERENCES `circuit` (`id`),
  CONSTRAINT `fk_interface_contactlist` FOREIGN KEY (`contactlist`) REFERENCES `contactlist` (`id`),
  CONSTRAINT `fk_interface_device` FOREIGN KEY (`device`) REFERENCES `device` (`id`),
  CONSTRAINT `fk_interface_jack` FOREIGN KEY (`jack`) REFERENCES `horizontalcable` (`id`),
  CONSTRAINT `fk_interface_neighbor` FOREIGN KEY (`neighbor`) REFERENCES `interface` (`id`),
  CONSTRAINT `fk_interface_physaddr` FOREIGN KEY (`physaddr`) REFERENCES `physaddr` (`id`)
) ENGINE=InnoDB COMMENT='An interface associated with a device';

CREATE TABLE `physaddr` (
  `address` varchar(128) NOT NULL COMMENT 'A 48 bit MAC address in Hexadecimal digits (with no delimiters)',
  `first_seen` timestamp NOT NULL DEFAULT '1970-01-02 00:00:01' COMMENT 'Time when this address was first seen in the network',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `last_seen` timestamp NOT NULL DEFAULT '1970-01-02 00:00:01' COMMENT 'Time when this address was last seen in the network',
  `static` bool NOT NULL DEFAULT FALSE COMMENT 'If this value is set, the address is considered permanent and should not be removed, even if it has not been seen in the network for a given amount of time',
  PRIMARY KEY (`id`),
  UNIQUE KEY `physaddr1` (`address`)
) ENGINE=InnoDB COMMENT='A physical or MAC address';

CREATE TABLE `arpcache` (
  `device` bigint NOT NULL COMMENT 'Device where this Arp Cache was found',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tstamp` timestamp NOT NULL DEFAULT '1970-01-02 00:00:01' COMMENT 'When this Cache was collected',
  PRIMARY KEY (`id`),
  UNIQUE KEY `arpcache1` (`device`, `tstamp`),
  CONSTRAINT `fk_arpcache_device` FOREIGN KEY (`device`) REFERENCES `device` (`id`)
) ENGINE=InnoDB COMMENT='Device ARP Cache';

CREATE TABLE `arpcacheentry` (
  `arpcache` bigint NOT NULL COMMENT 'ARP Cache where this entry belongs',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `interface` bigint NOT NULL COMMENT 'Interface',
  `ipaddr` bigint NOT NULL COMMENT 'IP address',
  `physaddr` bigint NOT NULL COMMENT 'Physical Address (MAC)',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_arpcacheentry_arpcache` FOREIGN KEY (`arpcache`) REFERENCES `arpcache` (`id`),
  CONSTRAINT `fk_arpcacheentry_interface` FOREIGN KEY (`interface`) REFERENCES `interface` (`id`),
  CONSTRAINT `fk_arpcacheentry_ipaddr` FOREIGN KEY (`ipaddr`) REFERENCES `ipblock` (`id`),
  CONSTRAINT `fk_arpcacheentry_physaddr` FOREIGN KEY (`physaddr`) REFERENCES `physaddr` (`id`)
) ENGINE=InnoDB COMMENT='ARP Cache Entry';

CREATE TABLE `fwtable` (
  `device` bigint NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tstamp` timestamp NOT NULL DEFAULT '1970-01-02 00:00:01',
  PRIMARY KEY (`id`),
  UNIQUE KEY `fwtable1` (`device`, `tstamp`),
  CONSTRAINT `fk_fwtable_device` FOREIGN KEY (`device`) REFERENCES `device` (`id`)
) ENGINE=InnoDB COMMENT='Bridge Forwarding Table. One of these is created every time a Device is queried. Entries in these tables contain physical addresses and the ports where they have been seen.';

CREATE TABLE `fwtableentry` (
  `fwtable` bigint NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `interface` bigint NOT NULL,
  `physaddr` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_fwtableentry_fwtable` FOREIGN KEY (`fwtable`) REFERENCES `fwtable` (`id`),
  CONSTRAINT `fk_fwtableentry_interface` FOREIGN KEY (`interface`) REFERENCES `interface` (`id`),
  CONSTRAINT `fk_fwtableentry_physaddr` FOREIGN KEY (`physaddr`) REFERENCES `physaddr` (`id`)
) ENGINE=InnoDB COMMENT='Bridge Forwarding Table entry';

CREATE TABLE `ipblock` (
  `address` numeric(40,0) NOT NULL COMMENT 'IP Address. This value is stored as an integer in the database',
  `asn` bigint NULL COMMENT 'Autonomous System Number where this block originates from',
  `description` varchar(128) NULL COMMENT 'A short description for this IP address or block',
  `first_seen` timestamp NOT NULL DEFAULT '1970-01-02 00:00:01' COMMENT 'Date that this address or block was first seen',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `interface` bigint NULL COMMENT 'Device interface where this address is configured',
  `last_seen` timestamp NOT NULL DEFAULT '1970-01-02 00:00:01' COMMENT 'Last time when this address or block was seen',
  `monitored` bool NOT NULL DEFAULT FALSE COMMENT 'Whether this IP address should be monitored or not',
  `owner` bigint NULL COMMENT 'Entity that owns this block',
  `parent` bigint NULL COMMENT 'Smallest IP block that contains this address or block.',
  `prefix` integer NOT NULL COMMENT 'Prefix length of this IP block',
  `rir` varchar(255) NULL COMMENT 'Regional Internet Registry from which block was obtained (AFRINIC, APNIC, ARIN, LACNIC, RIPE)',
  `status` bigint NOT NULL COMMENT 'Status of this IP block',
  `use_network_broadcast` bool NOT NULL DEFAULT FALSE COMMENT 'Whether the network and broadcast addresses in this IPv4 block should be marked as reserved or not',
  `used_by` bigint NULL COMMENT 'Entity that uses this block',
  `version` integer NOT NULL COMMENT 'IP version (4 or 6)',
  `vlan` bigint NULL COMMENT 'VLAN to which this subnet is associated',
  PRIMARY KEY (`id`),
  UNIQUE KEY `ipblock1` (`address`, `prefix`),
  CONSTRAINT `fk_ipblock_interface` FOREIGN KEY (`interface`) REFERENCES `interface` (`id`),
  CONSTRAINT `fk_ipblock_owner` FOREIGN KEY (`owner`) REFERENCES `entity` (`id`),
  CONSTRAINT `fk_ipblock_parent` FOREIGN KEY (`parent`) REFERENCES `ipblock` (`id`),
  CONSTRAINT `fk_ipblock_status` FOREIGN KEY (`status`) REFERENCES `ipblockstatus` (`id`),
  CONSTRAINT `fk_ipblock_used_by` FOREIGN KEY (`used_by`) REFERENCES `entity` (`id`)
) ENGINE=InnoDB COMMENT='An IP (v4 or v6) CIDR block, which can represent both individual addresses and blocks of addresses (subnets, etc).';

CREATE TABLE `ipblockstatus` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ipblockstatus1` (`name`)
) ENGINE=InnoDB COMMENT='IP block status';

CREATE TABLE `dhcpscope` (
  `active` bool NOT NULL DEFAULT FALSE COMMENT 'Should this scope be included in the DHCP files generated by Netdot?',
  `container` bigint NULL COMMENT 'Reference to the container (parent) scope in the hierarchy. Global scopes are at the top.',
  `duid` varchar(255) NULL COMMENT 'DHCP Unique Identifier. Only applies to host scopes. See RFC 3315',
  `enable_failover` bool NOT NULL DEFAULT FALSE COMMENT 'Enable Failover for this Subnet scope or by default for all Subnet scopes within this Global scope.',
  `export_file` varchar(255) NULL COMMENT 'Path and file name to export config to.',
  `failover_peer` varchar(128) NULL COMMENT 'Name of failover peer to assign to pools by default. Valid in Subnet and Global scopes. Subnet scope value takes precedence.',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ipblock` bigint NULL COMMENT 'Reference to an IPblock object. This only applies to host and subnet scopes.',
  `name` varchar(128) NOT NULL COMMENT 'Name of the Scope. For example, a host name is the name of a scope of type "host".',
  `physaddr` bigint NULL COMMENT 'Reference to a MAC object. Only useful within host scopes.',
  `text` text NULL COMMENT 'The contents of this field will be included in the configuration file.',
  `type` bigint NOT NULL COMMENT 'Type of this scope.',
  `version` integer NOT NULL COMMENT 'IP version (4 or 6). Only applies to global scopes',
  PRIMARY KEY (`id`),
  UNIQUE KEY `dhcpscope1` (`name`),
  CONSTRAINT `fk_dhcpscope_container` FOREIGN KEY (`container`) REFERENCES `dhcpscope` (`id`),
  CONSTRAINT `fk_dhcpscope_ipblock` FOREIGN KEY (`ipblock`) REFERENCES `ipblock` (`id`),
  CONSTRAINT `fk_dhcpscope_physaddr` FOREIGN KEY (`physaddr`) REFERENCES `physaddr` (`id`)
) ENGINE=InnoDB COMMENT='A DHCP Scope';

CREATE TABLE `dhcpattr` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` bigint NOT NULL COMMENT 'Name of this attribute',
  `scope` bigint NOT NULL COMMENT 'DHCP scope where this attribute will be applied',
  `value` varchar(255) NOT NULL COMMENT 'Value for this attribute',
  PRIMARY KEY (`id`),
  UNIQUE KEY `dhcpattr1` (`name`, `scope`),
  CONSTRAINT `fk_dhcpattr_name` FOREIGN KEY (`name`) REFERENCES `dhcpattrname` (`id`),
  CONSTRAINT `fk_dhcpattr_scope` FOREIGN KEY (`scope`) REFERENCES `dhcpscope` (`id`)
) ENGINE=InnoDB COMMENT='A DHCP Attribute or Parameter';

CREATE TABLE `dhcpattrname` (
  `code` integer NULL,
  `format` varchar(128) NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dhcpattrname1` (`name`)
) ENGINE=InnoDB COMMENT='A DHCP Attributes Name';

CREATE TABLE `rr` (
  `active` bool NOT NULL DEFAULT FALSE COMMENT 'Should this record be included in the Zone files generated by Netdot?',
  `auto_update` bool NOT NULL DEFAULT FALSE COMMENT 'Determines whether this record can be updated by an automated process. For example, if a Device Interface changes its name and the change is picked up by an SNMP update',
  `created` timestamp NOT NULL DEFAULT '1970-01-02 00:00:01' COMMENT 'Time when this resource record was created',
  `expiration` date NULL COMMENT 'Expiration Date for this Record (YYYY-MM-DD)',
  `id` bigint NOT NULL AUTO_INCREMENT,
  `info` text NULL COMMENT 'Comments',
  `modified` timestamp NOT NULL DEFAULT '1970-01-02 00:00:01' COMMENT 'Last time when this resource record was modified',
  `name` varchar(128) NOT NULL COMMENT 'The identifier for this Record',
  `zone` bigint NOT NULL COMMENT 'Zone or Domain to which this record belongs',
  PRIMARY KEY (`id`),
  UNIQUE KEY `rr1` (`zone`, `name`)
) ENGINE=InnoDB COMMENT='DNS Resource Record. Also known as the "owner", this object in Netdot groups all the records with the same name.';

CREATE TABLE `rraddr` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `ipblock` bigint NOT NULL,
  `rr` bigint NOT NULL,
  `ttl` varchar(32) NULL COMMENT 'Record TTL',
  PRIMARY KEY (`id`),
  UNIQUE KEY `rraddr1` (`rr`, `ipblock`),
  CONSTRAINT `fk_rraddr_ipblock` FOREIGN KEY (`ipblock`) REFERENCES `ipblock` (`id`),
  CONSTRAINT `fk_rraddr_rr` FOREIGN KEY (`rr`) REFERENCES `rr` (`id`)
) ENGINE=InnoDB COMMENT='A DNS "A" record makes a connection between a domain name and an IPv4 address. A "AAAA" record does the same thing, but with IPv6 addresses. A "dual-stack" host can have both an A record and a AAAA record at the same time.';

SET FOREIGN_KEY_CHECKS=1;
