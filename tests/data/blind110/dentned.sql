-- DentneD (dental practice management), github.com/davidegironi/dentned _DBDump/dentned-schema.sql
-- commit 7a12bc132e041ba666a74793fecedd630dd6ac3a (GPL-3.0), SQL Server DDL written as MySQL/MariaDB DDL.
-- Column names, order, nullability and defaults are upstream's; upstream's foreign keys are kept inline;
-- the SQL Server diagram table sysdiagrams is left out.

CREATE TABLE `addressestypes` (
  `addressestypes_id` int(11) NOT NULL AUTO_INCREMENT,
  `addressestypes_name` varchar(16) NOT NULL,
  PRIMARY KEY (`addressestypes_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `doctors` (
  `doctors_id` int(11) NOT NULL AUTO_INCREMENT,
  `doctors_name` varchar(128) NOT NULL,
  `doctors_surname` varchar(128) NOT NULL,
  `doctors_doctext` varchar(512) NOT NULL,
  `doctors_username` varchar(8) NOT NULL,
  `doctors_password` varchar(6) NOT NULL,
  `doctors_token` varchar(64) DEFAULT NULL,
  `doctors_lastlogin` datetime DEFAULT NULL,
  PRIMARY KEY (`doctors_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `treatmentspriceslists` (
  `treatmentspriceslists_id` int(11) NOT NULL AUTO_INCREMENT,
  `treatmentspriceslists_name` varchar(16) NOT NULL,
  `treatmentspriceslists_multiplier` decimal(10,2) NOT NULL DEFAULT '1',
  PRIMARY KEY (`treatmentspriceslists_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patients` (
  `patients_id` int(11) NOT NULL AUTO_INCREMENT,
  `treatmentspriceslists_id` int(11) DEFAULT NULL,
  `patients_name` varchar(128) NOT NULL,
  `patients_surname` varchar(128) NOT NULL,
  `patients_sex` char(1) NOT NULL,
  `patients_birthdate` date NOT NULL,
  `patients_birthcity` varchar(64) NOT NULL,
  `patients_doctext` varchar(512) NOT NULL,
  `patients_notes` longtext DEFAULT NULL,
  `patients_isarchived` tinyint(1) NOT NULL,
  `patients_username` varchar(8) NOT NULL,
  `patients_password` varchar(6) NOT NULL,
  `patients_token` varchar(64) DEFAULT NULL,
  `patients_lastlogin` datetime DEFAULT NULL,
  PRIMARY KEY (`patients_id`),
  CONSTRAINT `FK_patients_treatmentspriceslists` FOREIGN KEY (`treatmentspriceslists_id`) REFERENCES `treatmentspriceslists` (`treatmentspriceslists_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rooms` (
  `rooms_id` int(11) NOT NULL AUTO_INCREMENT,
  `rooms_name` varchar(16) NOT NULL,
  `rooms_color` char(7) DEFAULT NULL,
  PRIMARY KEY (`rooms_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `appointments` (
  `appointments_id` int(11) NOT NULL AUTO_INCREMENT,
  `doctors_id` int(11) NOT NULL,
  `patients_id` int(11) NOT NULL,
  `rooms_id` int(11) NOT NULL,
  `appointments_from` datetime NOT NULL,
  `appointments_to` datetime NOT NULL,
  `appointments_title` varchar(128) NOT NULL,
  `appointments_notes` longtext DEFAULT NULL,
  `appointments_color` char(7) DEFAULT NULL,
  PRIMARY KEY (`appointments_id`),
  CONSTRAINT `FK_appointments_doctors` FOREIGN KEY (`doctors_id`) REFERENCES `doctors` (`doctors_id`),
  CONSTRAINT `FK_appointments_patients` FOREIGN KEY (`patients_id`) REFERENCES `patients` (`patients_id`),
  CONSTRAINT `FK_appointments_rooms` FOREIGN KEY (`rooms_id`) REFERENCES `rooms` (`rooms_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taxes` (
  `taxes_id` int(11) NOT NULL AUTO_INCREMENT,
  `taxes_name` varchar(16) NOT NULL,
  `taxes_rate` decimal(10,2) NOT NULL,
  `taxes_isdefault` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`taxes_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `computedlines` (
  `computedlines_id` int(11) NOT NULL AUTO_INCREMENT,
  `taxes_id` int(11) DEFAULT NULL,
  `computedlines_code` char(3) NOT NULL,
  `computedlines_name` varchar(16) NOT NULL,
  `computedlines_rate` decimal(10,2) NOT NULL,
  PRIMARY KEY (`computedlines_id`),
  CONSTRAINT `FK_computedlines_taxes` FOREIGN KEY (`taxes_id`) REFERENCES `taxes` (`taxes_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contactstypes` (
  `contactstypes_id` int(11) NOT NULL AUTO_INCREMENT,
  `contactstypes_name` varchar(16) NOT NULL,
  PRIMARY KEY (`contactstypes_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoices` (
  `invoices_id` int(11) NOT NULL AUTO_INCREMENT,
  `doctors_id` int(11) DEFAULT NULL,
  `patients_id` int(11) DEFAULT NULL,
  `invoices_number` varchar(32) NOT NULL,
  `invoices_date` date NOT NULL,
  `invoices_doctor` varchar(512) NOT NULL,
  `invoices_patient` varchar(512) NOT NULL,
  `invoices_payment` varchar(512) NOT NULL,
  `invoices_footer` varchar(512) DEFAULT NULL,
  `invoices_totalnet` decimal(10,2) NOT NULL,
  `invoices_totalgross` decimal(10,2) NOT NULL,
  `invoices_totaldue` decimal(10,2) NOT NULL,
  `invoices_deductiontaxrate` decimal(10,2) NOT NULL,
  `invoices_ispaid` tinyint(1) NOT NULL,
  PRIMARY KEY (`invoices_id`),
  CONSTRAINT `FK_invoices_doctors` FOREIGN KEY (`doctors_id`) REFERENCES `doctors` (`doctors_id`),
  CONSTRAINT `FK_invoices_patients` FOREIGN KEY (`patients_id`) REFERENCES `patients` (`patients_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `estimates` (
  `estimates_id` int(11) NOT NULL AUTO_INCREMENT,
  `doctors_id` int(11) DEFAULT NULL,
  `patients_id` int(11) DEFAULT NULL,
  `invoices_id` int(11) DEFAULT NULL,
  `estimates_number` varchar(32) NOT NULL,
  `estimates_date` date NOT NULL,
  `estimates_doctor` varchar(512) NOT NULL,
  `estimates_patient` varchar(512) NOT NULL,
  `estimates_payment` varchar(512) NOT NULL,
  `estimates_footer` varchar(512) DEFAULT NULL,
  `estimates_totalnet` decimal(10,2) NOT NULL,
  `estimates_totalgross` decimal(10,2) NOT NULL,
  `estimates_totaldue` decimal(10,2) NOT NULL,
  `estimates_deductiontaxrate` decimal(10,2) NOT NULL,
  PRIMARY KEY (`estimates_id`),
  CONSTRAINT `FK_estimates_doctors` FOREIGN KEY (`doctors_id`) REFERENCES `doctors` (`doctors_id`),
  CONSTRAINT `FK_estimates_invoices` FOREIGN KEY (`invoices_id`) REFERENCES `invoices` (`invoices_id`),
  CONSTRAINT `FK_estimates_patients` FOREIGN KEY (`patients_id`) REFERENCES `patients` (`patients_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `estimatesfooters` (
  `estimatesfooters_id` int(11) NOT NULL AUTO_INCREMENT,
  `estimatesfooters_name` varchar(16) NOT NULL,
  `estimatesfooters_doctext` varchar(512) NOT NULL,
  `estimatesfooters_isdefault` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`estimatesfooters_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `treatmentstypes` (
  `treatmentstypes_id` int(11) NOT NULL AUTO_INCREMENT,
  `treatmentstypes_name` varchar(16) NOT NULL,
  PRIMARY KEY (`treatmentstypes_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `treatments` (
  `treatments_id` int(11) NOT NULL AUTO_INCREMENT,
  `taxes_id` int(11) DEFAULT NULL,
  `treatmentstypes_id` int(11) NOT NULL,
  `treatments_code` char(3) NOT NULL,
  `treatments_name` varchar(32) NOT NULL,
  `treatments_price` decimal(10,2) NOT NULL,
  `treatments_isunitprice` tinyint(1) NOT NULL DEFAULT '1',
  `treatments_mexpiration` tinyint(4) DEFAULT NULL,
  `treatments_notes` longtext DEFAULT NULL,
  PRIMARY KEY (`treatments_id`),
  CONSTRAINT `FK_treatments_taxes` FOREIGN KEY (`taxes_id`) REFERENCES `taxes` (`taxes_id`),
  CONSTRAINT `FK_treatments_treatmentstypes` FOREIGN KEY (`treatmentstypes_id`) REFERENCES `treatmentstypes` (`treatmentstypes_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patientstreatments` (
  `patientstreatments_id` int(11) NOT NULL AUTO_INCREMENT,
  `doctors_id` int(11) NOT NULL,
  `patients_id` int(11) NOT NULL,
  `treatments_id` int(11) NOT NULL,
  `patientstreatments_creationdate` date NOT NULL,
  `patientstreatments_fulfilldate` date DEFAULT NULL,
  `patientstreatments_ispaid` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_price` decimal(10,2) NOT NULL,
  `patientstreatments_isunitprice` tinyint(1) NOT NULL DEFAULT '1',
  `patientstreatments_taxrate` decimal(10,2) NOT NULL,
  `patientstreatments_description` varchar(128) DEFAULT NULL,
  `patientstreatments_notes` longtext DEFAULT NULL,
  `patientstreatments_expirationdate` date DEFAULT NULL,
  `patientstreatments_t11` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t12` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t13` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t14` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t15` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t16` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t17` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t18` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t21` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t22` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t23` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t24` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t25` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t26` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t27` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t28` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t31` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t32` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t33` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t34` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t35` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t36` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t37` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t38` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t41` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t42` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t43` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t44` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t45` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t46` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t47` tinyint(1) NOT NULL DEFAULT '0',
  `patientstreatments_t48` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`patientstreatments_id`),
  CONSTRAINT `FK_patientstreatments_doctors` FOREIGN KEY (`doctors_id`) REFERENCES `doctors` (`doctors_id`),
  CONSTRAINT `FK_patientstreatments_patients` FOREIGN KEY (`patients_id`) REFERENCES `patients` (`patients_id`),
  CONSTRAINT `FK_patientstreatments_treatments` FOREIGN KEY (`treatments_id`) REFERENCES `treatments` (`treatments_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `estimateslines` (
  `estimateslines_id` int(11) NOT NULL AUTO_INCREMENT,
  `estimates_id` int(11) NOT NULL,
  `patientstreatments_id` int(11) DEFAULT NULL,
  `estimateslines_code` char(3) NOT NULL,
  `estimateslines_description` varchar(512) NOT NULL,
  `estimateslines_quantity` int(11) NOT NULL,
  `estimateslines_unitprice` decimal(10,2) NOT NULL,
  `estimateslines_taxrate` decimal(10,2) NOT NULL,
  `estimateslines_istaxesdeductionsable` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`estimateslines_id`),
  CONSTRAINT `FK_estimateslines_estimates` FOREIGN KEY (`estimates_id`) REFERENCES `estimates` (`estimates_id`),
  CONSTRAINT `FK_estimateslines_patientstreatments` FOREIGN KEY (`patientstreatments_id`) REFERENCES `patientstreatments` (`patientstreatments_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoicesfooters` (
  `invoicesfooters_id` int(11) NOT NULL AUTO_INCREMENT,
  `invoicesfooters_name` varchar(16) NOT NULL,
  `invoicesfooters_doctext` varchar(512) NOT NULL,
  `invoicesfooters_isdefault` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`invoicesfooters_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoiceslines` (
  `invoiceslines_id` int(11) NOT NULL AUTO_INCREMENT,
  `invoices_id` int(11) NOT NULL,
  `patientstreatments_id` int(11) DEFAULT NULL,
  `invoiceslines_code` char(3) NOT NULL,
  `invoiceslines_description` varchar(512) NOT NULL,
  `invoiceslines_quantity` int(11) NOT NULL,
  `invoiceslines_unitprice` decimal(10,2) NOT NULL,
  `invoiceslines_taxrate` decimal(10,2) NOT NULL,
  `invoiceslines_istaxesdeductionsable` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`invoiceslines_id`),
  CONSTRAINT `FK_invoiceslines_invoices` FOREIGN KEY (`invoices_id`) REFERENCES `invoices` (`invoices_id`),
  CONSTRAINT `FK_invoiceslines_patientstreatments` FOREIGN KEY (`patientstreatments_id`) REFERENCES `patientstreatments` (`patientstreatments_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `medicalrecordstypes` (
  `medicalrecordstypes_id` int(11) NOT NULL AUTO_INCREMENT,
  `medicalrecordstypes_name` varchar(32) NOT NULL,
  PRIMARY KEY (`medicalrecordstypes_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patientsaddresses` (
  `patientsaddresses_id` int(11) NOT NULL AUTO_INCREMENT,
  `patients_id` int(11) NOT NULL,
  `addressestypes_id` int(11) NOT NULL,
  `patientsaddresses_state` varchar(32) NOT NULL,
  `patientsaddresses_city` varchar(64) NOT NULL,
  `patientsaddresses_zipcode` varchar(6) NOT NULL,
  `patientsaddresses_street` varchar(128) NOT NULL,
  PRIMARY KEY (`patientsaddresses_id`),
  CONSTRAINT `FK_patientsaddresses_addressestypes` FOREIGN KEY (`addressestypes_id`) REFERENCES `addressestypes` (`addressestypes_id`),
  CONSTRAINT `FK_patientsaddresses_patients` FOREIGN KEY (`patients_id`) REFERENCES `patients` (`patients_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patientsattachmentstypes` (
  `patientsattachmentstypes_id` int(11) NOT NULL AUTO_INCREMENT,
  `patientsattachmentstypes_name` varchar(16) NOT NULL,
  `patientsattachmentstypes_valueautofunc` char(3) NOT NULL,
  PRIMARY KEY (`patientsattachmentstypes_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patientsattachments` (
  `patientsattachments_id` int(11) NOT NULL AUTO_INCREMENT,
  `patients_id` int(11) NOT NULL,
  `patientsattachmentstypes_id` int(11) NOT NULL,
  `patientsattachments_value` varchar(128) NOT NULL,
  `patientsattachments_date` date NOT NULL,
  `patientsattachments_filename` varchar(64) DEFAULT NULL,
  `patientsattachments_note` longtext DEFAULT NULL,
  PRIMARY KEY (`patientsattachments_id`),
  CONSTRAINT `FK_patientsattachments_patients` FOREIGN KEY (`patients_id`) REFERENCES `patients` (`patients_id`),
  CONSTRAINT `FK_patientsattachments_patientsattachmentstypes` FOREIGN KEY (`patientsattachmentstypes_id`) REFERENCES `patientsattachmentstypes` (`patientsattachmentstypes_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patientsattributestypes` (
  `patientsattributestypes_id` int(11) NOT NULL AUTO_INCREMENT,
  `patientsattributestypes_name` varchar(32) NOT NULL,
  PRIMARY KEY (`patientsattributestypes_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patientsattributes` (
  `patientsattributes_id` int(11) NOT NULL AUTO_INCREMENT,
  `patients_id` int(11) NOT NULL,
  `patientsattributestypes_id` int(11) NOT NULL,
  `patientsattributes_value` varchar(512) DEFAULT NULL,
  `patientsattributes_note` longtext DEFAULT NULL,
  PRIMARY KEY (`patientsattributes_id`),
  CONSTRAINT `FK_patientsattributes_patients` FOREIGN KEY (`patients_id`) REFERENCES `patients` (`patients_id`),
  CONSTRAINT `FK_patientsattributes_patientsattributestypes` FOREIGN KEY (`patientsattributestypes_id`) REFERENCES `patientsattributestypes` (`patientsattributestypes_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patientscontacts` (
  `patientscontacts_id` int(11) NOT NULL AUTO_INCREMENT,
  `patients_id` int(11) NOT NULL,
  `contactstypes_id` int(11) NOT NULL,
  `patientscontacts_value` varchar(256) NOT NULL,
  `patientscontacts_note` longtext DEFAULT NULL,
  PRIMARY KEY (`patientscontacts_id`),
  CONSTRAINT `FK_patientscontacts_contactstypes` FOREIGN KEY (`contactstypes_id`) REFERENCES `contactstypes` (`contactstypes_id`),
  CONSTRAINT `FK_patientscontacts_patients` FOREIGN KEY (`patients_id`) REFERENCES `patients` (`patients_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patientsmedicalrecords` (
  `patientsmedicalrecords_id` int(11) NOT NULL AUTO_INCREMENT,
  `patients_id` int(11) NOT NULL,
  `medicalrecordstypes_id` int(11) NOT NULL,
  `patientsmedicalrecords_value` varchar(128) DEFAULT NULL,
  `patientsmedicalrecords_note` longtext DEFAULT NULL,
  PRIMARY KEY (`patientsmedicalrecords_id`),
  CONSTRAINT `FK_patientsmedicalrecords_medicalrecordstypes` FOREIGN KEY (`medicalrecordstypes_id`) REFERENCES `medicalrecordstypes` (`medicalrecordstypes_id`),
  CONSTRAINT `FK_patientsmedicalrecords_patients` FOREIGN KEY (`patients_id`) REFERENCES `patients` (`patients_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patientsnotes` (
  `patientsnotes_id` int(11) NOT NULL AUTO_INCREMENT,
  `patients_id` int(11) NOT NULL,
  `patientsnotes_date` date NOT NULL,
  `patientsnotes_text` longtext NOT NULL,
  PRIMARY KEY (`patientsnotes_id`),
  CONSTRAINT `FK_patientsnotes_patients` FOREIGN KEY (`patients_id`) REFERENCES `patients` (`patients_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payments` (
  `payments_id` int(11) NOT NULL AUTO_INCREMENT,
  `patients_id` int(11) NOT NULL,
  `payments_date` date NOT NULL,
  `payments_amount` decimal(10,2) NOT NULL,
  `payments_notes` longtext DEFAULT NULL,
  PRIMARY KEY (`payments_id`),
  CONSTRAINT `FK_payments_patients` FOREIGN KEY (`patients_id`) REFERENCES `patients` (`patients_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `paymentstypes` (
  `paymentstypes_id` int(11) NOT NULL AUTO_INCREMENT,
  `paymentstypes_name` varchar(16) NOT NULL,
  `paymentstypes_doctext` varchar(512) NOT NULL,
  `paymentstypes_isdefault` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`paymentstypes_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `reports_id` int(11) NOT NULL AUTO_INCREMENT,
  `reports_name` varchar(64) NOT NULL,
  `reports_query` longtext NOT NULL,
  `reports_infotext` longtext DEFAULT NULL,
  `reports_ispasswordprotected` tinyint(1) NOT NULL,
  PRIMARY KEY (`reports_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `taxesdeductions` (
  `taxesdeductions_id` int(11) NOT NULL AUTO_INCREMENT,
  `taxesdeductions_name` varchar(16) NOT NULL,
  `taxesdeductions_rate` decimal(10,2) NOT NULL,
  `taxesdeductions_isdefault` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`taxesdeductions_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `treatmentsprices` (
  `treatmentsprices_id` int(11) NOT NULL AUTO_INCREMENT,
  `treatments_id` int(11) NOT NULL,
  `treatmentspriceslists_id` int(11) NOT NULL,
  `treatmentsprices_price` decimal(10,2) NOT NULL,
  PRIMARY KEY (`treatmentsprices_id`),
  CONSTRAINT `FK_treatmentsprices_treatments` FOREIGN KEY (`treatments_id`) REFERENCES `treatments` (`treatments_id`),
  CONSTRAINT `FK_treatmentsprices_treatmentspriceslists` FOREIGN KEY (`treatmentspriceslists_id`) REFERENCES `treatmentspriceslists` (`treatmentspriceslists_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
