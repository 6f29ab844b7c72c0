-- HISP India blood bank module for OpenMRS (bloodbank, HMIS of HISP India), github.com/hispindia/his-bloodbank,
-- commit a68d76792c0d105ff98017f72fe647716f73dd42, GPL-3.0 (gpl-3.0.txt).
-- bb_blood_bank and bloodbank_form: omod/src/main/resources/sqldiff.xml with its diffs 1.0.0-1.0.4 applied in
-- order (disposed made bit(1) and its key to concept dropped; questionnaire_complete, test_complete,
-- blood_result_complete, blood_group, donor_type appended). bb_prepared_donor_id: generatedids.hbm.xml (no SQL
-- upstream), Hibernate's default types. Foreign keys into OpenMRS core tables (users, encounter, patient,
-- concept) are kept as plain keys, since those tables are not part of the module.
CREATE TABLE `bb_blood_bank` (
  `blood_bank_id` int(11) NOT NULL AUTO_INCREMENT,
  `questionnaire` int(11) DEFAULT NULL,
  `test` int(11) DEFAULT NULL,
  `bloodResult` int(11) DEFAULT NULL,
  `questionnaireProvider` int(11) DEFAULT NULL,
  `testProvider` int(11) DEFAULT NULL,
  `bloodResultProvider` int(11) DEFAULT NULL,
  `storage_date` datetime DEFAULT NULL,
  `expiry_date` datetime DEFAULT NULL,
  `issued_to` int(11) DEFAULT NULL,
  `disposed` bit(1) DEFAULT NULL,
  `expired` bit(1) DEFAULT NULL,
  `creator` int(11) DEFAULT NULL,
  `date_created` datetime NOT NULL,
  `changed_by` int(11) DEFAULT NULL,
  `date_changed` datetime DEFAULT NULL,
  `voided` bit(1) NOT NULL,
  `voided_by` int(11) DEFAULT NULL,
  `date_voided` datetime DEFAULT NULL,
  `void_reason` varchar(255) DEFAULT NULL,
  `patient` int(11) DEFAULT NULL,
  `questionnaire_complete` bit(1) DEFAULT NULL,
  `test_complete` bit(1) DEFAULT NULL,
  `blood_result_complete` bit(1) DEFAULT NULL,
  `blood_group` int(11) DEFAULT NULL,
  `donor_type` varchar(25) DEFAULT NULL,
  PRIMARY KEY (`blood_bank_id`),
  KEY `FK3C87C6C02F7B1341` (`changed_by`),
  KEY `FK3C87C6C027413213` (`questionnaireProvider`),
  KEY `FK3C87C6C073852862` (`voided_by`),
  KEY `FK3C87C6C030FD61A2` (`questionnaire`),
  KEY `FK3C87C6C06DD29891` (`test`),
  KEY `FK3C87C6C0EBD4F1AB` (`creator`),
  KEY `FK3C87C6C01C74659` (`disposed`),
  KEY `FK3C87C6C0FBD224C3` (`issued_to`),
  KEY `FK3C87C6C09A640A02` (`testProvider`),
  KEY `FK3C87C6C042AFFE96` (`bloodResult`),
  KEY `FK3C87C6C06BD19B07` (`bloodResultProvider`),
  KEY `FK3C87C6C059C003D6` (`patient`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bloodbank_form` (
  `form_id` int(11) NOT NULL,
  `name` varchar(30) NOT NULL DEFAULT '',
  `description` varchar(300) NOT NULL DEFAULT '',
  `content` varchar(20000) NOT NULL DEFAULT '',
  `concept_name` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`form_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bb_prepared_donor_id` (
  `identifier_id` int(11) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(255) DEFAULT NULL,
  `used` bit(1) DEFAULT NULL,
  `creator` int(11) DEFAULT NULL,
  `date_created` datetime NOT NULL,
  `changed_by` int(11) DEFAULT NULL,
  `date_changed` datetime DEFAULT NULL,
  `voided` bit(1) NOT NULL,
  `voided_by` int(11) DEFAULT NULL,
  `date_voided` datetime DEFAULT NULL,
  `void_reason` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`identifier_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
