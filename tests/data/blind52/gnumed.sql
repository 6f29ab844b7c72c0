-- GNUmed (electronic medical record for GP practices): trimmed database schema v23, MySQL flavour.
-- Upstream: github.com/ncqgm/gnumed gnumed/gnumed/server/sql/ (bootstrap SQL), commit 8a85b32c (GPL-2.0-or-later).
-- Made by replaying the bootstrap scripts in the order of server/bootstrap/bootstrap-latest.conf (core v2 schema,
-- country bundles, then every update_db-vN_vN+1.conf / fixup conf up to v23) into a scratch PostgreSQL 15 database,
-- then writing the kept tables from the catalogue. PostgreSQL schemas are folded into the table name (dem.identity ->
-- dem_identity). Inherited columns are written out as PostgreSQL shows them (audit.audit_fields: pk_audit,
-- row_version, modified_when, modified_by; clin.clin_root_item: pk_item, clin_when, fk_encounter, fk_episode,
-- narrative, soap_cat). audit.log_identity is the audit trail table that bootstrap/gmAuditSchemaGenerator.py generates
-- (audit.audit_trail columns + dem.identity columns minus audit.audit_fields). Types: serial -> int AUTO_INCREMENT,
-- timestamp with time zone -> datetime, bytea -> longblob, name -> varchar(63), oid -> int unsigned,
-- interval -> varchar(64), point -> varchar(64), numeric -> decimal(30,10), jsonb -> json, arrays -> text.
-- Column/table COMMENTs are upstream's COMMENT ON texts (whitespace collapsed, cut at 1000 characters). Foreign keys kept between kept
-- tables; unique constraints on non-text columns kept; triggers, views, functions left out. 44 tables kept.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `dem_identity` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `deleted` boolean NOT NULL DEFAULT FALSE COMMENT 'whether this identity is considered deleted',
  `gender` text COMMENT 'the gender code',
  `dob` datetime COMMENT 'date/time of birth',
  `fk_marital_status` int,
  `cob` char(2) COMMENT 'country of birth as per date of birth, coded as 2 character ISO code',
  `deceased` datetime COMMENT 'date when a person has died',
  `title` text COMMENT 'Yes, a title is an attribute of an identity, not of a name ! Also, there are some incredible rants of titles.',
  `tob` time,
  `emergency_contact` text COMMENT 'Free text emergency contact information.',
  `fk_emergency_contact` int COMMENT 'Link to another dem.identity to be used as emergency contact.',
  `comment` text COMMENT 'A free-text comment on this identity. Can be used to to discriminate patients which are otherwise identical regarding name and date of birth. Should be something non-ephemereal and unique to the person itself across time, place and database instance. Good: place of birth Good: maiden name of mother Good: mother of <name> Good: hash of DNA Good (?): hair color of first pet Bad: current address (will change) Bad: primary provider in this praxis (can change, invalid in another GNUmed instance) Bad: nickname (will change, can dupe as well) Bad: favourite food not-quite-so-bad: occupation',
  `fk_primary_provider` int COMMENT 'Whether the given DOB is estimated or not. The TOB is assumed to be correct if given',
  `dob_is_estimated` boolean NOT NULL DEFAULT FALSE,
  `aux_info` json COMMENT 'Structured (JSON) auxiliary information on this identity.',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_emergency_contact`) REFERENCES `dem_identity` (`pk`),
  FOREIGN KEY (`fk_primary_provider`) REFERENCES `dem_staff` (`pk`)
) COMMENT='represents the unique identity of a person';

CREATE TABLE `dem_names` (
  `id` int NOT NULL AUTO_INCREMENT,
  `id_identity` int NOT NULL,
  `active` boolean DEFAULT TRUE COMMENT 'true if the name is still in use',
  `lastnames` text NOT NULL COMMENT 'all last names of an identity in legal order, IOW "major" name, "group identifier", eg. family, village, tribe, ...',
  `firstnames` text NOT NULL COMMENT 'all first names of an identity in legal order, IOW "minor" name, identifier of this identity within the group defined by <lastnames>',
  `preferred` text COMMENT 'preferred first name, the name a person is usually called (nickname, warrior name)',
  `comment` text COMMENT 'a comment regarding this name, useful in things like "this was the name before marriage" etc',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_identity`) REFERENCES `dem_identity` (`pk`)
) COMMENT='all the names an identity is known under; As opposed to the versioning of all other tables, changed names should not be moved into the audit trail tables. Search functionality must be available at any time for all names a person ever had.';

CREATE TABLE `dem_address` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `id_street` int NOT NULL COMMENT 'the street this address is at from whence the urb is to be found, it thus indirectly references dem.urb(id)',
  `aux_street` text COMMENT 'additional street-level information which formatters would usually put on lines directly below the street line of an address, such as postal box directions in CA',
  `number` text NOT NULL COMMENT 'number of the house',
  `subunit` text COMMENT 'directions *below* the unit (eg.number) level, such as appartment number, room number, level, entrance or even verbal directions',
  `addendum` text COMMENT 'any additional information that did not fit anywhere else',
  `lat_lon` varchar(64) COMMENT 'the exact location of this address in latitude-longtitude',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_street`) REFERENCES `dem_street` (`id`)
) COMMENT='an address aka a location, void of attached meaning such as type of address';

CREATE TABLE `dem_street` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `id_urb` int NOT NULL COMMENT 'reference to information postcode, city, country and region',
  `name` text NOT NULL COMMENT 'name of this street',
  `postcode` text COMMENT 'postcode for systems (such as UK Royal Mail) which specify the street',
  `suburb` text COMMENT 'the suburb this street is in (if any)',
  `lat_lon` varchar(64) COMMENT 'the approximate location of the street, as lat/long co-ordinates',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_urb`) REFERENCES `dem_urb` (`id`)
) COMMENT='street names, specific for distinct "urbs"';

CREATE TABLE `dem_urb` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `fk_region` int NOT NULL COMMENT 'reference to information about country and region',
  `postcode` text NOT NULL COMMENT 'default postcode for urb.name, useful for all the smaller urbs that only have one postcode, also useful as a default when adding new streets to an urb',
  `lat_lon` varchar(64) COMMENT 'the location of the urb, as lat/long co-ordinates. Ideally this would be NOT NULL',
  `name` text NOT NULL COMMENT 'the name of the city/town/dwelling',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`fk_region`) REFERENCES `dem_region` (`pk`)
) COMMENT='cities, towns, dwellings ..., eg. "official" places of residence';

CREATE TABLE `dem_region` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `code` text NOT NULL COMMENT 'region code',
  `country` char(2) NOT NULL COMMENT '2 character ISO 3166-1 country code',
  `name` text NOT NULL,
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`country`) REFERENCES `dem_country` (`code`)
) COMMENT='region codes (country specific); Richard agreed we should require pre-existence, allow user to mail details for adding a state to developers';

CREATE TABLE `dem_country` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` char(2) NOT NULL COMMENT 'international two character country code as per ISO 3166-1',
  `name` text NOT NULL,
  `deprecated` date COMMENT 'date when this country ceased officially to exist (if applicable)',
  PRIMARY KEY (`id`),
  UNIQUE KEY `country_code_key` (`code`)
) COMMENT='countries coded per ISO 3166-1';

CREATE TABLE `dem_lnk_person_org_address` (
  `id` int NOT NULL AUTO_INCREMENT,
  `id_identity` int COMMENT 'identity to which the address belongs',
  `id_address` int COMMENT 'address belonging to this identity (the branch of the organisation)',
  `id_type` int DEFAULT 1 COMMENT 'type of this address (like home, work, parents, holidays ...)',
  `address_source` text,
  `id_org` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lnk_person_org_address_id_identity_id_address_key` (`id_identity`, `id_address`),
  UNIQUE KEY `lnk_person_org_address_id_org_id_address_key` (`id_address`, `id_org`),
  FOREIGN KEY (`id_address`) REFERENCES `dem_address` (`id`),
  FOREIGN KEY (`id_identity`) REFERENCES `dem_identity` (`pk`)
) COMMENT='a many-to-many pivot table describing the relationship between an organisation, a person, their work address and their occupation at that location. For patients id_org is NULL';

CREATE TABLE `dem_lnk_identity2comm` (
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_identity` int NOT NULL,
  `fk_address` int,
  `url` text NOT NULL,
  `fk_type` int NOT NULL,
  `is_confidential` boolean NOT NULL DEFAULT FALSE,
  `comment` text COMMENT 'a comment on this communications channel',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_address`) REFERENCES `dem_address` (`id`),
  FOREIGN KEY (`fk_identity`) REFERENCES `dem_identity` (`pk`),
  FOREIGN KEY (`fk_type`) REFERENCES `dem_enum_comm_types` (`pk`)
);

CREATE TABLE `dem_enum_comm_types` (
  `pk` int NOT NULL AUTO_INCREMENT,
  `description` text NOT NULL,
  PRIMARY KEY (`pk`)
);

CREATE TABLE `dem_lnk_identity2ext_id` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `id_identity` int NOT NULL,
  `external_id` text NOT NULL COMMENT 'textual representation of external ID which may be Social Security Number, patient ID of another EMR system, you-name-it',
  `fk_origin` int NOT NULL COMMENT 'originating system',
  `comment` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`fk_origin`) REFERENCES `dem_enum_ext_id_types` (`pk`),
  FOREIGN KEY (`id_identity`) REFERENCES `dem_identity` (`pk`)
) COMMENT='link external IDs to GNUmed identities';

CREATE TABLE `dem_enum_ext_id_types` (
  `pk` int NOT NULL AUTO_INCREMENT,
  `name` text,
  `issuer` text COMMENT 'the authority/system issuing the number',
  PRIMARY KEY (`pk`)
) COMMENT='a list of all bureaucratic IDs/serial numbers/3rd party primary keys, etc.';

CREATE TABLE `dem_lnk_person2relative` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `id_identity` int NOT NULL COMMENT 'primary identity to whom the relationship applies',
  `id_relative` int NOT NULL COMMENT 'referred-to identity of this relationship (e.g. "child" if id_identity points to the father and id_relation_type points to "parent")',
  `id_relation_type` int NOT NULL,
  `started` date COMMENT 'date when this relationship began',
  `ended` date COMMENT 'date when this relationship ended, biological relationships do not end !',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id_identity`) REFERENCES `dem_identity` (`pk`),
  FOREIGN KEY (`id_relation_type`) REFERENCES `dem_relation_types` (`id`),
  FOREIGN KEY (`id_relative`) REFERENCES `dem_identity` (`pk`)
) COMMENT='biological and social relationships between an identity and other identities';

CREATE TABLE `dem_relation_types` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `inverse` int,
  `biological` boolean NOT NULL COMMENT 'true if relationship is biological (proven or reasonable assumption), else false',
  `biol_verified` boolean DEFAULT FALSE COMMENT 'ONLY true if there is genetic proof for this relationship',
  `description` text COMMENT 'plain text description of relationship',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`inverse`) REFERENCES `dem_relation_types` (`id`)
) COMMENT='types of biological/social relationships between identities';

CREATE TABLE `dem_lnk_job2person` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_identity` int NOT NULL,
  `fk_occupation` int NOT NULL,
  `activities` text COMMENT 'describes activities the person is usually carrying out when working at this job',
  PRIMARY KEY (`pk`),
  UNIQUE KEY `lnk_job2person_id_identity_id_occupation_key` (`fk_identity`, `fk_occupation`),
  FOREIGN KEY (`fk_identity`) REFERENCES `dem_identity` (`pk`),
  FOREIGN KEY (`fk_occupation`) REFERENCES `dem_occupation` (`id`)
) COMMENT='linking (possibly several) jobs to a person';

CREATE TABLE `dem_occupation` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  PRIMARY KEY (`id`)
) COMMENT='collects occupation names';

CREATE TABLE `dem_staff` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_identity` int NOT NULL,
  `db_user` varchar(63) NOT NULL,
  `short_alias` text NOT NULL COMMENT 'a short signature unique to this staff member to be used in the GUI, actually this is somewhat redundant with ext_person_id...',
  `comment` text,
  `is_active` boolean NOT NULL DEFAULT TRUE,
  `public_key` text COMMENT 'The public GPG key for this staff member, ASCII armored.',
  PRIMARY KEY (`pk`),
  UNIQUE KEY `staff_db_user_key` (`db_user`),
  FOREIGN KEY (`fk_identity`) REFERENCES `dem_identity` (`pk`)
) COMMENT='one-to-one mapping of database user accounts (db_user) to staff identities (fk_identity)';

CREATE TABLE `dem_message_inbox` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_staff` int COMMENT 'the member of staff this message is addressed to',
  `fk_inbox_item_type` int NOT NULL COMMENT 'the item (message) type',
  `comment` text COMMENT 'a free-text comment, may be NULL but not empty',
  `data` text COMMENT 'arbitrary data an application might wish to attach to the message, like a cookie, basically',
  `importance` smallint NOT NULL DEFAULT 0 COMMENT 'the relative importance of this message: -1: lower than most things already in the inbox ("low") 0: same as most things ("standard") 1: higher than most things already there ("high")',
  `fk_patient` int,
  `ufk_context` text COMMENT 'a nullable array of Unchecked Foreign Keys, it is up to the application to know what this points to, it will have to make sense within the context of the combination of staff ID, item type, and comment',
  `due_date` date COMMENT 'The date this message/reminder is due. If NULL then the message is not a reminder.',
  `expiry_date` date COMMENT 'The date this message/reminder "expires". Must be > .due_date it not NULL.',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_patient`) REFERENCES `dem_identity` (`pk`),
  FOREIGN KEY (`fk_staff`) REFERENCES `dem_staff` (`pk`)
) COMMENT='messages in GNUmed relating to a patient, a provider, and a context';

CREATE TABLE `dem_org` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `description` text COMMENT 'High-level, conceptual description (= name) of organization, such as "University of Manchester".',
  `fk_category` int,
  `fk_data_source` int COMMENT 'Source of the organization data.',
  PRIMARY KEY (`pk`)
) COMMENT='Organizations at a conceptual level.';

CREATE TABLE `dem_org_unit` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `description` text COMMENT 'Description (= name) of branch of organization, such as "Elms Street office of Jim Busser Praxis".',
  `fk_org` int NOT NULL,
  `fk_address` int,
  `fk_category` int,
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_address`) REFERENCES `dem_address` (`id`),
  FOREIGN KEY (`fk_org`) REFERENCES `dem_org` (`pk`)
) COMMENT='Actual branches/departments/offices/... of organizations.';

CREATE TABLE `dem_identity_tag` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_identity` int NOT NULL,
  `fk_tag` int NOT NULL,
  `comment` text,
  PRIMARY KEY (`pk`),
  UNIQUE KEY `dem_identity_tag_uniq_tag` (`fk_identity`, `fk_tag`),
  FOREIGN KEY (`fk_identity`) REFERENCES `dem_identity` (`pk`)
) COMMENT='tags attached to this identity';

CREATE TABLE `bill_bill` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `invoice_id` text COMMENT 'the ID of the bill',
  `close_date` datetime COMMENT 'cannot add further bill_items after this date if not NULL',
  `apply_vat` boolean COMMENT 'whether or not to apply VAT on the invoice',
  `fk_receiver_identity` int COMMENT 'link to the receiver as a GNUmed identity, if known',
  `fk_receiver_address` int COMMENT 'links the address of the receiver of the invoice',
  `fk_doc` int COMMENT 'links to the document which contains the invoice PDF',
  `comment` text COMMENT 'arbitrary comments on bills',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_doc`) REFERENCES `blobs_doc_med` (`pk`),
  FOREIGN KEY (`fk_receiver_address`) REFERENCES `dem_lnk_person_org_address` (`id`),
  FOREIGN KEY (`fk_receiver_identity`) REFERENCES `dem_identity` (`pk`)
) COMMENT='actual bills';

CREATE TABLE `clin_patient` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_identity` int NOT NULL COMMENT 'the dem.identity.pk of this patient',
  `edc` date,
  PRIMARY KEY (`pk`),
  UNIQUE KEY `clin_patient_uniq_fk_identity` (`fk_identity`),
  FOREIGN KEY (`fk_identity`) REFERENCES `dem_identity` (`pk`)
) COMMENT='A table to hold unique-per-identity *clinical* items, such as Expected Due Date.';

CREATE TABLE `clin_encounter` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_patient` int NOT NULL COMMENT 'PK of subject of care, should be PUPIC, actually',
  `fk_type` int NOT NULL DEFAULT 1 COMMENT 'PK of type of this encounter',
  `fk_location` int NOT NULL COMMENT 'PK of location *of care*, e.g. where the provider is at',
  `source_time_zone` varchar(64) COMMENT 'time zone of location, used to approximate source time zone for all timestamps in this encounter',
  `reason_for_encounter` text COMMENT 'the RFE for the encounter as related by either the patient or the provider (say, in a chart review)',
  `assessment_of_encounter` text COMMENT 'the Assessment of Encounter (eg consultation summary) as determined by the provider, may simply be a concatenation of soAp narrative, this assessment should go across all problems',
  `started` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_affirmed` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_location`) REFERENCES `dem_org_unit` (`pk`),
  FOREIGN KEY (`fk_type`) REFERENCES `clin_encounter_type` (`pk`),
  FOREIGN KEY (`fk_patient`) REFERENCES `clin_patient` (`fk_identity`)
) COMMENT='a clinical encounter between a person and the health care system';

CREATE TABLE `clin_encounter_type` (
  `pk` int NOT NULL AUTO_INCREMENT,
  `description` text NOT NULL,
  PRIMARY KEY (`pk`)
) COMMENT='these are the types of encounter';

CREATE TABLE `clin_episode` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_health_issue` int COMMENT 'health issue this episode belongs to',
  `description` text NOT NULL COMMENT 'description/name of this episode',
  `is_open` boolean DEFAULT TRUE COMMENT 'whether the episode is open (eg. there is activity for it), means open in a temporal sense as in "not closed yet"; only one episode can be open per health issue',
  `fk_encounter` int NOT NULL COMMENT 'The encounter during which this episode was added (begun).',
  `diagnostic_certainty_classification` text COMMENT 'The certainty at which this problem is believed to be a diagnosis: A: sign (Symptom) B: cluster of signs (Symptomkomplex) C: syndromic diagnosis (Bild einer Diagnose) D: proven diagnosis (diagnostisch gesichert)',
  `summary` text COMMENT 'Used for tracking the summary of this episode.',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_encounter`) REFERENCES `clin_encounter` (`pk`),
  FOREIGN KEY (`fk_health_issue`) REFERENCES `clin_health_issue` (`pk`)
) COMMENT='Clinical episodes such as "Otitis media", "traffic accident 7/99", "Hepatitis B". This covers a range of time in which activity of illness was noted for the problem episode.description.';

CREATE TABLE `clin_health_issue` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `description` text NOT NULL COMMENT 'descriptive name of this health issue, may change over time as evidence increases',
  `laterality` varchar(2) COMMENT 'NULL: don''t know s: sinister - left d: dexter - right sd: sinister and dexter - both sides na: not applicable',
  `age_noted` varchar(64) COMMENT 'at what age the patient acquired the condition',
  `is_active` boolean DEFAULT TRUE COMMENT 'whether this health issue (problem) is active',
  `clinically_relevant` boolean DEFAULT TRUE COMMENT 'whether this health issue (problem) has any clinical relevance',
  `is_confidential` boolean DEFAULT FALSE,
  `is_cause_of_death` boolean NOT NULL DEFAULT FALSE,
  `fk_encounter` int NOT NULL COMMENT 'The encounter during which this health issue was added.',
  `grouping` text COMMENT 'This can be used to entirely arbitrarily group health issues felt to belong to each other.',
  `diagnostic_certainty_classification` text COMMENT 'The certainty at which this issue is believed to be a diagnosis: A: sign (Symptom) B: cluster of signs (Symptomkomplex) C: syndromic diagnosis (Bild einer Diagnose) D: proven diagnosis (diagnostisch gesichert)',
  `summary` text COMMENT 'Used for tracking the summary of this health issue.',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_encounter`) REFERENCES `clin_encounter` (`pk`)
) COMMENT='This is pretty much what others would call "Past Medical History" or "Foundational illness", eg. longer-ranging, underlying, encompassing issues with one''s health such as "immunodeficiency", "type 2 diabetes". In Belgium it is called "problem". L.L.Weed includes lots of little things into it, we do not.';

CREATE TABLE `clin_clin_narrative` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk_item` int NOT NULL,
  `clin_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when did the item reach clinical reality',
  `fk_encounter` int NOT NULL,
  `fk_episode` int NOT NULL,
  `narrative` text,
  `soap_cat` text,
  `pk` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_encounter`) REFERENCES `clin_encounter` (`pk`),
  FOREIGN KEY (`fk_episode`) REFERENCES `clin_episode` (`pk`)
) COMMENT='Used to store clinical free text *not* associated with any other table. Used to implement a simple SOAP structure. Also other tags can be associated via link tables.';

CREATE TABLE `clin_allergy` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk_item` int NOT NULL,
  `clin_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `fk_encounter` int NOT NULL,
  `fk_episode` int NOT NULL,
  `narrative` text COMMENT 'used as field "reaction"',
  `soap_cat` text,
  `pk` int NOT NULL AUTO_INCREMENT,
  `substance` text NOT NULL COMMENT 'real-world name of substance the patient reacted to, brand name if drug',
  `substance_code` text COMMENT 'data source specific opaque product code; must provide a link to a unique product/substance in the database in use; should follow the parseable convention of "<source>::<source version>::<identifier>", e.g. "MIMS::2003-1::190" for Zantac; it is left as an exercise to the application to know what to do with this information',
  `generics` text COMMENT 'names of generic compounds if drug; brand names change/disappear, generic names do not',
  `allergene` text COMMENT 'name of allergenic ingredient in substance if known',
  `atc_code` text COMMENT 'ATC code of allergene or substance if approprate, applicable for penicilline, not so for cat fur',
  `fk_type` int NOT NULL COMMENT 'allergy/sensitivity',
  `generic_specific` boolean DEFAULT FALSE COMMENT 'only meaningful for *drug*/*generic* reactions: 1) true: applies to one in "generics" forming "substance", if more than one generic listed in "generics" then "allergene" *must* contain the generic in question; 2) false: applies to drug class of "substance";',
  `definite` boolean DEFAULT FALSE COMMENT 'true: definite, false: not definite',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_encounter`) REFERENCES `clin_encounter` (`pk`),
  FOREIGN KEY (`fk_episode`) REFERENCES `clin_episode` (`pk`)
) COMMENT='patient allergy details';

CREATE TABLE `clin_allergy_state` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `has_allergy` int COMMENT 'patient allergenic state: - null: unknown, not asked, no data available - -1: unknown, asked, no data obtained - 0: known, asked, has no known allergies - 1: known, asked, does have allergies',
  `comment` text COMMENT 'A comment on the state, such as "patient says no allergies but I think he is holding back some".',
  `last_confirmed` datetime COMMENT 'When was the state of allergies last confirmed. Must be not NULL if has_allergy is not NULL.',
  `fk_encounter` int NOT NULL,
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_encounter`) REFERENCES `clin_encounter` (`pk`)
);

CREATE TABLE `clin_vaccination` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk_item` int NOT NULL,
  `clin_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `fk_encounter` int NOT NULL,
  `fk_episode` int NOT NULL,
  `narrative` text COMMENT 'Used to record a comment on this vaccination.',
  `soap_cat` text,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_provider` int COMMENT 'Who administered this vaccination.',
  `fk_vaccine` int NOT NULL,
  `site` text COMMENT 'The site of injection used in this vaccination.',
  `batch_no` text NOT NULL COMMENT 'The batch/lot number of the vaccine given.',
  `reaction` text COMMENT 'Used to record reactions to this vaccination.',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_encounter`) REFERENCES `clin_encounter` (`pk`),
  FOREIGN KEY (`fk_episode`) REFERENCES `clin_episode` (`pk`),
  FOREIGN KEY (`fk_provider`) REFERENCES `dem_staff` (`pk`)
) COMMENT='holds vaccinations actually given';

CREATE TABLE `clin_test_result` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk_item` int NOT NULL,
  `clin_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'the time when this result was *actually* obtained, if this is a lab result this should be between lab_request.clin_when and lab_request.results_reported_when, HL7: OBR.observation_date_time',
  `fk_encounter` int NOT NULL,
  `fk_episode` int NOT NULL,
  `narrative` text COMMENT 'clinical comment, progress note',
  `soap_cat` text,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_type` int NOT NULL COMMENT 'the type of test this result is from',
  `val_num` decimal(30,10) COMMENT 'numeric value if any, HL7: OBX.observation_results if OBX.value_type == NM',
  `val_alpha` text COMMENT 'alphanumeric value if any, HL7: OBX.observation_results if OBX.value_type == FT',
  `val_unit` text COMMENT 'the unit this result came in HL7: OBX.units',
  `val_normal_min` decimal(30,10) COMMENT 'lower bound of normal range if numerical as defined by provider for this result',
  `val_normal_max` decimal(30,10) COMMENT 'upper bound of normal range if numerical as defined by provider for this result',
  `val_normal_range` text COMMENT 'range of normal values if alphanumerical as defined by provider for this result, eg. "less than 0.5 but detectable" HL7: OBX.reference_range',
  `val_target_min` decimal(30,10) COMMENT 'lower bound of target range if numerical as defined by clinician caring this patient',
  `val_target_max` decimal(30,10) COMMENT 'upper bound of target range if numerical as defined by clinician caring for this patient',
  `val_target_range` text COMMENT 'range of target values if alphanumerical as defined by clinician caring for this patient',
  `abnormality_indicator` text COMMENT 'how the test provider flagged this result as abnormal, *not* a clinical assessment but rather a technical one LDT: 8422',
  `norm_ref_group` text COMMENT 'what sample of the population does this normal range applay to, eg what type of patient was assumed when interpreting this result, LDT: 8407',
  `note_test_org` text COMMENT 'A comment on the test result provided by the tester or testing entity.',
  `material` text COMMENT 'the submitted material, eg. smear, serum, urine, etc., LDT: 8430',
  `material_detail` text COMMENT 'details re the material, eg. site taken from, etc. LDT: 8431',
  `fk_intended_reviewer` int NOT NULL COMMENT 'who is *supposed* to review this item',
  `fk_request` int COMMENT 'The request this result was ordered under if any.',
  `status` text COMMENT 'The result status (say, HL7 OBX 11 Observ result status (#00579, table 0085).',
  `source_data` text COMMENT 'The source data for this observation (say, HL7 OBX).',
  `val_grouping` text COMMENT 'A grouping for related values (say, HL7 OBX Obs Sub ID, think antibiogram).',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_encounter`) REFERENCES `clin_encounter` (`pk`),
  FOREIGN KEY (`fk_episode`) REFERENCES `clin_episode` (`pk`),
  FOREIGN KEY (`fk_intended_reviewer`) REFERENCES `dem_staff` (`pk`),
  FOREIGN KEY (`fk_type`) REFERENCES `clin_test_type` (`pk`)
) COMMENT='the results of a single measurement';

CREATE TABLE `clin_test_type` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_test_org` int NOT NULL COMMENT 'organisation carrying out this type of measurement, eg. a particular lab',
  `name` text NOT NULL COMMENT 'descriptive name of this measurement type, HL7: OBX.observation_identifier',
  `comment` text COMMENT 'arbitrary comment on this type of measurement/test such as "outdated" or "only reliable when ..."',
  `reference_unit` text COMMENT 'The chosen reference unit for this test type, preferably SI, used for comparing results delivered in differing units. This does not relate to what unit the test provider delivers results in but rather the unit we think those results need to be converted to in order to be comparable to OTHER results.',
  `loinc` text,
  `abbrev` text NOT NULL,
  `fk_meta_test_type` int COMMENT 'Link to the meta test type (if any) this test type is to be aggregated under.',
  PRIMARY KEY (`pk`)
) COMMENT='measurement type, like a "method" in a lab';

CREATE TABLE `clin_intake` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk_item` int NOT NULL,
  `clin_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When was this intake last checked with the patient.',
  `fk_encounter` int NOT NULL COMMENT 'The encounter under which this intake was documented.',
  `fk_episode` int NOT NULL COMMENT 'The episode pertinent to this intake as long as there is no intake regimen.',
  `narrative` text COMMENT 'Technical/professional notes on this intake, relevant for, say, other providers as opposed to for the patient.',
  `soap_cat` text,
  `pk` int NOT NULL,
  `use_type` int COMMENT '<NULL>: medication, intended use, 0: not used or non-harmful use, 1: presently harmful use, 2: presently addicted, 3: previously addicted',
  `fk_substance` int NOT NULL COMMENT 'Substance being taken by patient. . Must be unique per patient.',
  `notes4patient` text COMMENT 'Comments on this intake (instructions, caveats, treatment goal, target etc) intended for the patient, say, via a medication plan.',
  `notes4us` text COMMENT 'Comments on this intake intended for ourselves.',
  PRIMARY KEY (`pk`)
) COMMENT='List of consumables a patient is/was taking. Each consumable is listed once per patient. IOW a row documents the fact: "This patient _is_ taking this substance." regardless of schedule.';

CREATE TABLE `clin_procedure` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk_item` int NOT NULL,
  `clin_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `fk_encounter` int NOT NULL,
  `fk_episode` int NOT NULL,
  `narrative` text COMMENT 'Which procedure/operation was performed.',
  `soap_cat` text,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_hospital_stay` int COMMENT 'At which hospital was the procedure performed, unless clin_where is not null, if null it was an ambulatory procedure.',
  `clin_end` datetime COMMENT 'When did this procedure end/is expected to end. - NULL if unknown or .clin_when (=start) is sufficient (eg. insignificant duration)',
  `is_ongoing` boolean NOT NULL DEFAULT FALSE COMMENT 'Whether this procedure is still going on (such as desensibilisation, chemotherapy, etc).',
  `fk_org_unit` int COMMENT 'links to the or unit the procedure was performed at',
  `fk_doc` int COMMENT 'links to the document the procedure is documented in',
  `comment` text COMMENT 'a comment on the procedure (say, the outcome)',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_doc`) REFERENCES `blobs_doc_med` (`pk`),
  FOREIGN KEY (`fk_hospital_stay`) REFERENCES `clin_hospital_stay` (`pk`),
  FOREIGN KEY (`fk_org_unit`) REFERENCES `dem_org_unit` (`pk`)
) COMMENT='This table holds procedure/operations performed on the patient both in hospital or in community care.';

CREATE TABLE `clin_hospital_stay` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk_item` int NOT NULL,
  `clin_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'to be used as when the patient was admitted',
  `fk_encounter` int NOT NULL,
  `fk_episode` int NOT NULL,
  `narrative` text COMMENT 'a comment on the hospital stay',
  `soap_cat` text,
  `pk` int NOT NULL AUTO_INCREMENT,
  `discharge` datetime COMMENT 'when was the patient discharged',
  `fk_org_unit` int NOT NULL COMMENT 'links to the hospital the patient was admitted to',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_org_unit`) REFERENCES `dem_org_unit` (`pk`)
) COMMENT='collects data on hospitalisations of patients, reasons are linked via a link table';

CREATE TABLE `clin_family_history` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk_item` int NOT NULL,
  `clin_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When the family history item became known to the patient (not the afflicted relative).',
  `fk_encounter` int NOT NULL COMMENT 'encounter during which family history item became known',
  `fk_episode` int NOT NULL COMMENT 'episode to which family history item is of importance',
  `narrative` text COMMENT 'the condition this relative suffered from',
  `soap_cat` text,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_relation_type` int NOT NULL COMMENT 'foreign key to the type of relation the patient has to the afflicated relative',
  `age_noted` text COMMENT 'age at which the condition was noted in the relative if known',
  `age_of_death` varchar(64) COMMENT 'age at which the relative died if known',
  `contributed_to_death` boolean COMMENT 'whether the condition contributed to the death of the relative if known',
  `name_relative` text COMMENT 'name of the relative suffering the condition',
  `dob_relative` datetime COMMENT 'date of birth of the relative if known',
  `comment` text,
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_encounter`) REFERENCES `clin_encounter` (`pk`),
  FOREIGN KEY (`fk_episode`) REFERENCES `clin_episode` (`pk`)
) COMMENT='This table stores family history items on persons not otherwise in the database.';

CREATE TABLE `clin_waiting_list` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_patient` int NOT NULL COMMENT 'the waiting patient',
  `registered` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when did the patient arrive (enter the waiting list, that is)',
  `urgency` int NOT NULL DEFAULT 0 COMMENT 'relative urgency, used by practices as they see fit, 0 - "standard" urgency < 0 - less urgent > 0 - more urgent',
  `list_position` int NOT NULL COMMENT 'the currently assigned position of this patient on the waiting list',
  `comment` text COMMENT 'a free comment regarding this entry, NOT THE RFE !',
  `area` text COMMENT 'an arbitrary value by which filtering waiting patients into zones becomes possible',
  PRIMARY KEY (`pk`),
  UNIQUE KEY `waiting_list_list_position_key` (`list_position`),
  FOREIGN KEY (`fk_patient`) REFERENCES `dem_identity` (`pk`)
) COMMENT='aggregates all the patients currently waiting for an encounter';

CREATE TABLE `blobs_doc_med` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_encounter` int NOT NULL COMMENT 'the encounter in which this document was entered into the system',
  `fk_episode` int NOT NULL COMMENT 'the episode this document pertains to, this may not be the only one applicable to the document (think discharge letters), see also lnk_doc_med2episode',
  `fk_type` int NOT NULL COMMENT 'semantic type of document (not type of file or mime type), such as "referral letter", "discharge summary", etc.',
  `comment` text COMMENT 'additional short comment such as "abdominal", "ward 3, Dr. Stein", etc.',
  `clin_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'date of document content creation (such as exam date), NOT date of document creation or date of import; may be imprecise such as "7/99"',
  `ext_ref` text COMMENT 'external reference string of physical document, original paper copy can be found with this',
  `fk_org_unit` int COMMENT 'Optional link to the org unit this document originates from. Note that the document may contain data from several units but there will always be one "sender".',
  `unit_is_receiver` boolean NOT NULL DEFAULT FALSE COMMENT 'whether the org unit is the receiver rather than the document source',
  `fk_hospital_stay` int COMMENT 'the hospital stay this document is associated with',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_encounter`) REFERENCES `clin_encounter` (`pk`),
  FOREIGN KEY (`fk_episode`) REFERENCES `clin_episode` (`pk`),
  FOREIGN KEY (`fk_type`) REFERENCES `blobs_doc_type` (`pk`),
  FOREIGN KEY (`fk_org_unit`) REFERENCES `dem_org_unit` (`pk`)
) COMMENT='a medical document object possibly containing several data objects such as several pages of a paper document';

CREATE TABLE `blobs_doc_obj` (
  `pk` int NOT NULL AUTO_INCREMENT,
  `fk_doc` int NOT NULL,
  `seq_idx` int COMMENT 'index of this object in the sequence of objects for this document',
  `comment` text COMMENT 'optional tiny comment for this object, such as "page 1"',
  `fk_intended_reviewer` int NOT NULL COMMENT 'who is *supposed* to review this item',
  `data` longblob NOT NULL COMMENT 'actual binary object data; here is why we use bytea: == -------------------------------------------------- To: leon@oss.minimetria.com Cc: pgsql-sql@postgresql.org Subject: Re: [SQL] Recommendation on bytea or blob for binary data like images Date: Fri, 02 Sep 2005 16:33:09 -0400 Message-ID: <17794.1125693189@sss.pgh.pa.us> From: Tom Lane <tgl@sss.pgh.pa.us> List-Archive: <http://archives.postgresql.org/pgsql-sql> List-Help: <mailto:majordomo@postgresql.org?body=help> List-ID: <pgsql-sql.postgresql.org> leon@oss.minimetria.com writes: > Hi, I"d like to know what the official recommendation is on which binary > datatype to use for common small-binary size use. If bytea will work for you, it"s definitely the thing to use. The only real drawback to bytea is that there"s currently no API to read and write bytea values in a streaming fashion. If your objects are small enough that you can load and store them as units, bytea is fine. BLOBs,',
  `filename` text COMMENT 'the filename from when the data was imported - if any, can be NULL, useful for re-export since legacy devices/applications might expect particular file names and not use mime types for file detection',
  PRIMARY KEY (`pk`),
  FOREIGN KEY (`fk_doc`) REFERENCES `blobs_doc_med` (`pk`),
  FOREIGN KEY (`fk_intended_reviewer`) REFERENCES `dem_staff` (`pk`)
) COMMENT='possibly several of these form a medical document such as multiple scanned pages/images';

CREATE TABLE `blobs_doc_type` (
  `pk` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL COMMENT 'the name/label of the document type',
  PRIMARY KEY (`pk`)
) COMMENT='this table enumerates the document types known to the system';

CREATE TABLE `audit_audit_trail` (
  `pk_audit_trail` int NOT NULL AUTO_INCREMENT COMMENT 'the primary key for this log entry, not related to the primary key of the logged row, unique within the audit logging system',
  `row_version` int NOT NULL COMMENT 'value of .row_version of the row in the table this log entry comes from, IOW, which row version was turned into this log entry',
  `version_created_when` datetime NOT NULL COMMENT 'value of .modified_when of the row in the table this log entry comes from, IOW, the creation timestamp of the row version this log entry represents, (not of this log record itself, for that see .version_logged_when)',
  `version_created_by` varchar(63) NOT NULL COMMENT 'value of .modified_by of the row in the table this log entry comes from, IOW, who created the row version that this log entry represents,',
  `src_table_oid` int unsigned NOT NULL COMMENT 'the OID of the table this log entry comes from (TG_RELID when the audit trigger ran)',
  `version_logged_why` text NOT NULL COMMENT 'Why was this log entry created (UPDATE or DELETE to the original row).',
  `version_logged_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When was this log entry created (not when the logged row was created).',
  `version_logged_by` varchar(63) NOT NULL COMMENT 'Who created this log entry. Should be equal to .modified_by of the *next* version of the logged row.',
  `src_row_pk_audit` int NOT NULL COMMENT 'Value of .pk_audit of row in table this log entry came from, uniquely identifies this row, regardless of version, and regardless of which child table it is in',
  PRIMARY KEY (`pk_audit_trail`),
  UNIQUE KEY `audit__audit_trail__uniq_row_version_per_row` (`row_version`, `src_row_pk_audit`)
) COMMENT='Each table that needs standard auditing must have a log table inheriting from this table. Log tables have the same name with a prepended "log_". However, log_* tables shall not have constraints.';

CREATE TABLE `audit_log_identity` (
  `pk_audit_trail` int NOT NULL COMMENT 'the primary key for this log entry, not related to the primary key of the logged row, unique within the audit logging system',
  `row_version` int NOT NULL COMMENT 'value of .row_version of the row in the table this log entry comes from, IOW, which row version was turned into this log entry',
  `version_created_when` datetime NOT NULL COMMENT 'value of .modified_when of the row in the table this log entry comes from, IOW, the creation timestamp of the row version this log entry represents, (not of this log record itself, for that see .version_logged_when)',
  `version_created_by` varchar(63) NOT NULL COMMENT 'value of .modified_by of the row in the table this log entry comes from, IOW, who created the row version that this log entry represents,',
  `src_table_oid` int unsigned NOT NULL COMMENT 'the OID of the table this log entry comes from (TG_RELID when the audit trigger ran)',
  `version_logged_why` text NOT NULL COMMENT 'Why was this log entry created (UPDATE or DELETE to the original row).',
  `version_logged_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When was this log entry created (not when the logged row was created).',
  `version_logged_by` varchar(63) NOT NULL COMMENT 'Who created this log entry. Should be equal to .modified_by of the *next* version of the logged row.',
  `src_row_pk_audit` int NOT NULL COMMENT 'Value of .pk_audit of row in table this log entry came from, uniquely identifies this row, regardless of version, and regardless of which child table it is in',
  `pk` int,
  `deleted` boolean,
  `gender` text,
  `dob` datetime,
  `fk_marital_status` int,
  `cob` char(2),
  `deceased` datetime,
  `title` text,
  `tob` time,
  `emergency_contact` text,
  `fk_emergency_contact` int,
  `comment` text,
  `fk_primary_provider` int,
  `dob_is_estimated` boolean,
  `aux_info` json
);

CREATE TABLE `gm_access_log` (
  `pk_audit` int NOT NULL,
  `row_version` int NOT NULL,
  `modified_when` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_by` varchar(63) NOT NULL,
  `pk` int NOT NULL AUTO_INCREMENT,
  `user_action` text NOT NULL,
  PRIMARY KEY (`pk`)
) COMMENT='This logs access to the database and to records. Needed for HIPAA compliance among other things.';

SET FOREIGN_KEY_CHECKS=1;
