-- Mooring Licensing System (Department of Biodiversity, Conservation and Attractions, Western Australia), used by
-- the Rottnest Island Authority to run its moorings: applications for a waiting-list place, an annual admission
-- permit, an authorised user permit or a mooring site licence (with the applicant's details, vessel, vessel
-- ownership and company ownership), the issued approvals with their moorings, vessels and history, vessel stickers
-- and sticker actions, application and DCV fees, domestic commercial vessel (DCV) permits and admissions,
-- compliances, communications logs and user-action logs, fee configuration and settings.
-- Upstream: github.com/dbca-wa/mooringlicensing, commit 5c3a729a6a35d2fc3a47c80b78ec679ebea4c639 (Apache-2.0),
-- the Django models of mooringlicensing/components/{main,proposals,approvals,payments_ml,compliances,users}/models.py.
-- Made by loading those model files unchanged (one Python-3.12-only f-string quote in a method body re-quoted) in
-- Django 5.2 with the external imports stubbed (ledger_api_client, reversion, mail/PDF helpers, settings values)
-- and letting Django's MySQL schema editor write each model's CREATE TABLE against MariaDB 10.11, as
-- "migrate --run-syncdb" would (DEFAULT_AUTO_FIELD = AutoField as upstream's settings). The separate
-- "ALTER TABLE ... ADD CONSTRAINT" foreign and unique keys were folded into each table; plain indexes left out.
-- Customers and staff are users of the separate ledger service, referred to by integer ids (submitter, who,
-- email_user_id, emailuser ...) without a foreign key. The PostgreSQL ArrayField proposal.bay_preferences_numbered
-- (integer[]) is written as json. Multi-table inheritance gives the child tables (authoriseduserapplication,
-- proposallogentry, amendmentrequest, waitinglistallocation, mooringlicence ...) their parent's key as primary key.
-- Kept 73 of the 109 model tables and 1 of the 6 many-to-many tables. Left out: the other documents (proposal, mooring
-- report, written proof, signed licence agreement, renewal, authorised user summary, waiting-list offer, DCV,
-- compliance, log documents) and their proposal link tables, the communications logs of moorings, vessels and
-- compliances, mooring user actions, the proposal child tables waitinglistapplication and
-- annualadmissionapplication, the approval child tables annualadmissionpermit and authoriseduserpermit, sticker
-- printing responses and response e-mails, sticker printed contacts, compliance requests, compliance amendment
-- reasons, proposal requirements, oracle code items, fee calculations, sticker-replacement fee items and the other
-- many-to-many tables; the foreign keys to them (approval.renewal_document_id, authorised_user_summary_document_id,
-- sticker.sticker_printing_response_id, compliance.requirement_id, complianceamendmentrequest.reason_id) were
-- dropped. Proposal and approval refer to each other, hence FOREIGN_KEY_CHECKS=0.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `mooringlicensing_notice` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `notice_type` integer NOT NULL,
  `message` longtext NULL,
  `order` integer NOT NULL,
  `active` bool NOT NULL,
  `created` datetime(6) NOT NULL,
  `page` longtext NULL
);

CREATE TABLE `mooringlicensing_communicationslogentry` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `to` longtext NOT NULL,
  `fromm` varchar(200) NOT NULL,
  `cc` longtext NOT NULL,
  `type` varchar(35) NOT NULL,
  `reference` varchar(100) NOT NULL,
  `subject` varchar(200) NOT NULL,
  `text` longtext NOT NULL,
  `customer` integer NULL,
  `staff` integer NULL,
  `created` datetime(6) NOT NULL
);

CREATE TABLE `mooringlicensing_fileextensionwhitelist` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(16) NOT NULL,
  `model` varchar(255) NOT NULL,
  UNIQUE KEY `mooringlicensing_fileextensionwhitelist_name_model_4d474080_uniq` (`name`, `model`)
);

CREATE TABLE `mooringlicensing_applicationtype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `code` varchar(30) NULL UNIQUE,
  `description` varchar(200) NULL,
  `fee_by_fee_constructor` bool NOT NULL
);

CREATE TABLE `mooringlicensing_globalsettings` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `key` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `_file` varchar(512) NULL
);

CREATE TABLE `mooringlicensing_systemmaintenance` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `description` longtext NOT NULL,
  `start_date` datetime(6) NOT NULL,
  `end_date` datetime(6) NOT NULL
);

CREATE TABLE `mooringlicensing_vesselsizecategorygroup` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL
);

CREATE TABLE `mooringlicensing_vesselsizecategory` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `start_size` numeric(8, 2) NOT NULL,
  `include_start_size` bool NOT NULL,
  `vessel_size_category_group_id` integer NULL,
  `null_vessel` bool NOT NULL,
  CONSTRAINT `mooringlicensing_ves_vessel_size_category_1fb85776_fk_mooringli` FOREIGN KEY (`vessel_size_category_group_id`) REFERENCES `mooringlicensing_vesselsizecategorygroup` (`id`)
);

CREATE TABLE `mooringlicensing_numberofdaystype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `code` varchar(100) NULL UNIQUE,
  `name` varchar(100) NOT NULL,
  `description` longtext NOT NULL
);

CREATE TABLE `mooringlicensing_numberofdayssetting` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `number_of_days` smallint UNSIGNED NULL CHECK (`number_of_days` >= 0),
  `date_of_enforcement` date NULL,
  `number_of_days_type_id` integer NULL,
  CONSTRAINT `mooringlicensing_num_number_of_days_type__9f25a4ee_fk_mooringli` FOREIGN KEY (`number_of_days_type_id`) REFERENCES `mooringlicensing_numberofdaystype` (`id`)
);

CREATE TABLE `mooringlicensing_jobqueue` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `job_cmd` varchar(1000) NULL,
  `system_id` varchar(4) NULL,
  `status` smallint NOT NULL,
  `parameters_json` json NULL,
  `processed_dt` datetime(6) NULL,
  `user` integer NULL,
  `created` datetime(6) NOT NULL
);

CREATE TABLE `mooringlicensing_proposaltype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `code` varchar(30) NULL UNIQUE,
  `description` varchar(200) NULL
);

CREATE TABLE `mooringlicensing_proposalproofofidentitydocument` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `proof_of_identity_document_id` integer NOT NULL,
  `proposal_id` integer NOT NULL,
  `enabled` bool NOT NULL,
  CONSTRAINT `mooringlicensing_pro_proof_of_identity_do_567efade_fk_mooringli` FOREIGN KEY (`proof_of_identity_document_id`) REFERENCES `mooringlicensing_proofofidentitydocument` (`id`),
  CONSTRAINT `mooringlicensing_pro_proposal_id_e42d1fd1_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_proposal` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `proposal_type_id` integer NULL,
  `proposed_issuance_approval` json NULL,
  `invoice_property_cache` json NULL,
  `reissue_vessel_properties` json NULL,
  `customer_status` varchar(40) NOT NULL,
  `lodgement_number` varchar(9) NOT NULL,
  `lodgement_date` datetime(6) NULL,
  `submitter` integer NULL,
  `assigned_officer` integer NULL,
  `assigned_approver` integer NULL,
  `processing_status` varchar(40) NOT NULL,
  `approval_id` integer NULL,
  `previous_application_id` integer NULL,
  `proposed_decline_status` bool NOT NULL,
  `title` varchar(255) NULL,
  `migrated` bool NOT NULL,
  `vessel_details_id` integer NULL,
  `vessel_ownership_id` integer NULL,
  `rego_no` varchar(200) NULL,
  `vessel_id` integer NULL,
  `vessel_type` varchar(20) NOT NULL,
  `vessel_name` varchar(400) NOT NULL,
  `vessel_length` numeric(8, 2) NULL,
  `vessel_draft` numeric(8, 2) NULL,
  `vessel_beam` numeric(8, 2) NULL,
  `vessel_weight` numeric(8, 2) NULL,
  `berth_mooring` varchar(200) NOT NULL,
  `dot_name` varchar(200) NULL,
  `percentage` integer NULL,
  `individual_owner` bool NULL,
  `company_ownership_percentage` integer NULL,
  `company_ownership_name` varchar(200) NULL,
  `insurance_choice` varchar(20) NOT NULL,
  `preferred_bay_id` integer NULL,
  `silent_elector` bool NULL,
  `mooring_authorisation_preference` varchar(20) NOT NULL,
  `bay_preferences_numbered` json NULL,
  `allocated_mooring_id` integer NULL,
  `waiting_list_allocation_id` integer NULL,
  `date_invited` date NULL,
  `invitee_reminder_sent` bool NOT NULL,
  `invitee_reminder_date` datetime(6) NULL,
  `temporary_document_collection_id` integer NULL,
  `keep_existing_mooring` bool NOT NULL,
  `keep_existing_vessel` bool NOT NULL,
  `fee_season_id` integer NULL,
  `auto_approve` bool NOT NULL,
  `null_vessel_on_create` bool NOT NULL,
  `payment_reminder_sent` bool NOT NULL,
  `payment_due_date` date NULL,
  `bypass_payment_reason` json NULL,
  `no_email_notifications` bool NOT NULL,
  `created_at` datetime(6) NULL,
  CONSTRAINT `mooringlicensing_pro_proposal_type_id_06e789ed_fk_mooringli` FOREIGN KEY (`proposal_type_id`) REFERENCES `mooringlicensing_proposaltype` (`id`),
  CONSTRAINT `mooringlicensing_pro_approval_id_a5522383_fk_mooringli` FOREIGN KEY (`approval_id`) REFERENCES `mooringlicensing_approval` (`id`),
  CONSTRAINT `mooringlicensing_pro_previous_application_bb162150_fk_mooringli` FOREIGN KEY (`previous_application_id`) REFERENCES `mooringlicensing_proposal` (`id`),
  CONSTRAINT `mooringlicensing_pro_vessel_details_id_4f3e3f2e_fk_mooringli` FOREIGN KEY (`vessel_details_id`) REFERENCES `mooringlicensing_vesseldetails` (`id`),
  CONSTRAINT `mooringlicensing_pro_vessel_ownership_id_1f170b82_fk_mooringli` FOREIGN KEY (`vessel_ownership_id`) REFERENCES `mooringlicensing_vesselownership` (`id`),
  CONSTRAINT `mooringlicensing_pro_preferred_bay_id_ae14ec1a_fk_mooringli` FOREIGN KEY (`preferred_bay_id`) REFERENCES `mooringlicensing_mooringbay` (`id`),
  CONSTRAINT `mooringlicensing_pro_allocated_mooring_id_dd0dc552_fk_mooringli` FOREIGN KEY (`allocated_mooring_id`) REFERENCES `mooringlicensing_mooring` (`id`),
  CONSTRAINT `mooringlicensing_pro_waiting_list_allocat_91833932_fk_mooringli` FOREIGN KEY (`waiting_list_allocation_id`) REFERENCES `mooringlicensing_waitinglistallocation` (`approval_id`),
  CONSTRAINT `mooringlicensing_pro_fee_season_id_3ec1e2c2_fk_mooringli` FOREIGN KEY (`fee_season_id`) REFERENCES `mooringlicensing_feeseason` (`id`)
);

CREATE TABLE `mooringlicensing_proposal_listed_vessels` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `proposal_id` integer NOT NULL,
  `vesselownership_id` integer NOT NULL,
  UNIQUE KEY `mooringlicensing_proposa_proposal_id_vesselowners_7d980a74_uniq` (`proposal_id`, `vesselownership_id`),
  CONSTRAINT `mooringlicensing_pro_proposal_id_b6bf7f30_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`),
  CONSTRAINT `mooringlicensing_pro_vesselownership_id_3f568a05_fk_mooringli` FOREIGN KEY (`vesselownership_id`) REFERENCES `mooringlicensing_vesselownership` (`id`)
);

CREATE TABLE `mooringlicensing_proposalapplicant` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `email_user_id` integer NULL,
  `proposal_id` integer NULL UNIQUE,
  `first_name` varchar(128) NULL,
  `last_name` varchar(128) NULL,
  `dob` date NULL,
  `residential_address_line1` varchar(255) NULL,
  `residential_address_line2` varchar(255) NULL,
  `residential_address_line3` varchar(255) NULL,
  `residential_address_locality` varchar(255) NULL,
  `residential_address_state` varchar(255) NULL,
  `residential_address_country` varchar(2) NULL,
  `residential_address_postcode` varchar(10) NULL,
  `postal_address_line1` varchar(255) NULL,
  `postal_address_line2` varchar(255) NULL,
  `postal_address_line3` varchar(255) NULL,
  `postal_address_locality` varchar(255) NULL,
  `postal_address_state` varchar(255) NULL,
  `postal_address_country` varchar(2) NULL,
  `postal_address_postcode` varchar(10) NULL,
  `email` varchar(254) NULL,
  `phone_number` varchar(50) NULL,
  `mobile_number` varchar(50) NULL,
  `created_at` datetime(6) NULL,
  `updated_at` datetime(6) NULL,
  CONSTRAINT `mooringlicensing_pro_proposal_id_28a49608_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_stickerprintingcontact` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `email` varchar(254) NULL,
  `type` varchar(255) NOT NULL,
  `enabled` bool NOT NULL
);

CREATE TABLE `mooringlicensing_stickerprintingbatch` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `uploaded_date` datetime(6) NOT NULL,
  `_file` varchar(512) NOT NULL,
  `emailed_datetime` datetime(6) NULL
);

CREATE TABLE `mooringlicensing_authoriseduserapplication` (
  `proposal_id` integer NOT NULL PRIMARY KEY,
  `uuid` uuid NOT NULL,
  CONSTRAINT `mooringlicensing_aut_proposal_id_7a83ec84_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_mooringlicenceapplication` (
  `proposal_id` integer NOT NULL PRIMARY KEY,
  `uuid` uuid NOT NULL,
  CONSTRAINT `mooringlicensing_moo_proposal_id_7899f977_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_proposallogentry` (
  `communicationslogentry_ptr_id` integer NOT NULL PRIMARY KEY,
  `proposal_id` integer NOT NULL,
  CONSTRAINT `mooringlicensing_pro_communicationslogent_0793e418_fk_mooringli` FOREIGN KEY (`communicationslogentry_ptr_id`) REFERENCES `mooringlicensing_communicationslogentry` (`id`),
  CONSTRAINT `mooringlicensing_pro_proposal_id_d559b22c_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_mooringbay` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `code` varchar(3) NULL,
  `mooring_bookings_id` integer NOT NULL,
  `active` bool NOT NULL,
  `created_at` datetime(6) NULL
);

CREATE TABLE `mooringlicensing_mooring` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `mooring_bay_id` integer NOT NULL,
  `active` bool NOT NULL,
  `vessel_size_limit` numeric(8, 2) NOT NULL,
  `vessel_draft_limit` numeric(8, 2) NOT NULL,
  `vessel_beam_limit` numeric(8, 2) NOT NULL,
  `vessel_weight_limit` numeric(8, 2) NOT NULL,
  `mooring_bookings_id` integer NOT NULL,
  `mooring_bookings_mooring_specification` integer NOT NULL,
  `mooring_bookings_bay_id` integer NOT NULL,
  `mooring_licence_id` integer NULL UNIQUE,
  `created_at` datetime(6) NULL,
  CONSTRAINT `mooringlicensing_moo_mooring_bay_id_0966275b_fk_mooringli` FOREIGN KEY (`mooring_bay_id`) REFERENCES `mooringlicensing_mooringbay` (`id`),
  CONSTRAINT `mooringlicensing_moo_mooring_licence_id_5f9af349_fk_mooringli` FOREIGN KEY (`mooring_licence_id`) REFERENCES `mooringlicensing_mooringlicence` (`approval_id`)
);

CREATE TABLE `mooringlicensing_proposalsitelicenseemooringrequest` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `proposal_id` integer NULL,
  `site_licensee_email` varchar(200) NULL,
  `mooring_id` integer NULL,
  `endorser_reminder_sent` bool NOT NULL,
  `declined_by_endorser` bool NOT NULL,
  `approved_by_endorser` bool NOT NULL,
  `enabled` bool NOT NULL,
  `created` datetime(6) NOT NULL,
  CONSTRAINT `mooringlicensing_pro_proposal_id_189b3683_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`),
  CONSTRAINT `mooringlicensing_pro_mooring_id_24213475_fk_mooringli` FOREIGN KEY (`mooring_id`) REFERENCES `mooringlicensing_mooring` (`id`)
);

CREATE TABLE `mooringlicensing_vessel` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `rego_no` varchar(200) NOT NULL UNIQUE,
  `blocking_owner_id` integer NULL,
  `created_at` datetime(6) NULL,
  CONSTRAINT `mooringlicensing_ves_blocking_owner_id_448aad05_fk_mooringli` FOREIGN KEY (`blocking_owner_id`) REFERENCES `mooringlicensing_vesselownership` (`id`)
);

CREATE TABLE `mooringlicensing_vesseldetails` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `vessel_type` varchar(20) NOT NULL,
  `vessel_id` integer NOT NULL,
  `vessel_name` varchar(400) NULL,
  `vessel_length` numeric(8, 2) NOT NULL,
  `vessel_draft` numeric(8, 2) NOT NULL,
  `vessel_beam` numeric(8, 2) NOT NULL,
  `vessel_weight` numeric(8, 2) NOT NULL,
  `berth_mooring` varchar(200) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  CONSTRAINT `mooringlicensing_ves_vessel_id_bd046c6f_fk_mooringli` FOREIGN KEY (`vessel_id`) REFERENCES `mooringlicensing_vessel` (`id`)
);

CREATE TABLE `mooringlicensing_companyownership` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `blocking_proposal_id` integer NULL,
  `vessel_id` integer NOT NULL,
  `company_id` integer NOT NULL,
  `percentage` integer NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  CONSTRAINT `mooringlicensing_com_blocking_proposal_id_af1d28b3_fk_mooringli` FOREIGN KEY (`blocking_proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`),
  CONSTRAINT `mooringlicensing_com_vessel_id_650f7973_fk_mooringli` FOREIGN KEY (`vessel_id`) REFERENCES `mooringlicensing_vessel` (`id`),
  CONSTRAINT `mooringlicensing_com_company_id_824a770b_fk_mooringli` FOREIGN KEY (`company_id`) REFERENCES `mooringlicensing_company` (`id`)
);

CREATE TABLE `mooringlicensing_vesselownershipcompanyownership` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `vessel_ownership_id` integer NULL,
  `company_ownership_id` integer NULL,
  `status` varchar(50) NOT NULL,
  `created_at` datetime(6) NULL,
  CONSTRAINT `mooringlicensing_ves_vessel_ownership_id_a6f0c5ea_fk_mooringli` FOREIGN KEY (`vessel_ownership_id`) REFERENCES `mooringlicensing_vesselownership` (`id`),
  CONSTRAINT `mooringlicensing_ves_company_ownership_id_f66e9ddb_fk_mooringli` FOREIGN KEY (`company_ownership_id`) REFERENCES `mooringlicensing_companyownership` (`id`)
);

CREATE TABLE `mooringlicensing_vesselownership` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `owner_id` integer NOT NULL,
  `vessel_id` integer NOT NULL,
  `percentage` integer NULL,
  `start_date` datetime(6) NOT NULL,
  `end_date` date NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `dot_name` varchar(200) NULL,
  CONSTRAINT `mooringlicensing_ves_owner_id_33371d2a_fk_mooringli` FOREIGN KEY (`owner_id`) REFERENCES `mooringlicensing_owner` (`id`),
  CONSTRAINT `mooringlicensing_ves_vessel_id_2f0497ff_fk_mooringli` FOREIGN KEY (`vessel_id`) REFERENCES `mooringlicensing_vessel` (`id`)
);

CREATE TABLE `mooringlicensing_vesselregistrationdocument` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `uploaded_date` datetime(6) NOT NULL,
  `vessel_ownership_id` integer NULL,
  `_file` varchar(512) NULL,
  `input_name` varchar(255) NULL,
  `can_delete` bool NOT NULL,
  `can_hide` bool NOT NULL,
  `hidden` bool NOT NULL,
  `proposal_id` integer NULL,
  `original_file_name` varchar(512) NULL,
  `original_file_ext` varchar(255) NULL,
  CONSTRAINT `mooringlicensing_ves_vessel_ownership_id_11d2d02e_fk_mooringli` FOREIGN KEY (`vessel_ownership_id`) REFERENCES `mooringlicensing_vesselownership` (`id`),
  CONSTRAINT `mooringlicensing_ves_proposal_id_a6dded72_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_owner` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `emailuser` integer NOT NULL UNIQUE,
  `created_at` datetime(6) NULL
);

CREATE TABLE `mooringlicensing_company` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(200) NULL UNIQUE,
  `created_at` datetime(6) NULL
);

CREATE TABLE `mooringlicensing_insurancecertificatedocument` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `uploaded_date` datetime(6) NOT NULL,
  `proposal_id` integer NOT NULL,
  `_file` varchar(512) NULL,
  `input_name` varchar(255) NULL,
  `can_delete` bool NOT NULL,
  `can_hide` bool NOT NULL,
  `hidden` bool NOT NULL,
  CONSTRAINT `mooringlicensing_ins_proposal_id_1e1ba5c2_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_hullidentificationnumberdocument` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `uploaded_date` datetime(6) NOT NULL,
  `proposal_id` integer NOT NULL,
  `_file` varchar(512) NULL,
  `input_name` varchar(255) NULL,
  `can_delete` bool NOT NULL,
  `can_hide` bool NOT NULL,
  `hidden` bool NOT NULL,
  CONSTRAINT `mooringlicensing_hul_proposal_id_14ebc1a0_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_electoralrolldocument` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `uploaded_date` datetime(6) NOT NULL,
  `proposal_id` integer NOT NULL,
  `_file` varchar(512) NULL,
  `input_name` varchar(255) NULL,
  `can_delete` bool NOT NULL,
  `can_hide` bool NOT NULL,
  `hidden` bool NOT NULL,
  CONSTRAINT `mooringlicensing_ele_proposal_id_a09d1140_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_proofofidentitydocument` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `uploaded_date` datetime(6) NOT NULL,
  `_file` varchar(512) NULL,
  `input_name` varchar(255) NULL,
  `can_delete` bool NOT NULL,
  `can_hide` bool NOT NULL,
  `hidden` bool NOT NULL
);

CREATE TABLE `mooringlicensing_proposalrequest` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `proposal_id` integer NOT NULL,
  `subject` varchar(200) NOT NULL,
  `text` longtext NOT NULL,
  `officer` integer NULL,
  CONSTRAINT `mooringlicensing_pro_proposal_id_b6016d4a_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_amendmentreason` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `reason` varchar(125) NOT NULL
);

CREATE TABLE `mooringlicensing_amendmentrequest` (
  `proposalrequest_ptr_id` integer NOT NULL PRIMARY KEY,
  `status` varchar(30) NOT NULL,
  `reason_id` integer NULL,
  CONSTRAINT `mooringlicensing_ame_proposalrequest_ptr__304c6c79_fk_mooringli` FOREIGN KEY (`proposalrequest_ptr_id`) REFERENCES `mooringlicensing_proposalrequest` (`id`),
  CONSTRAINT `mooringlicensing_ame_reason_id_5922b279_fk_mooringli` FOREIGN KEY (`reason_id`) REFERENCES `mooringlicensing_amendmentreason` (`id`)
);

CREATE TABLE `mooringlicensing_proposaldeclineddetails` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `proposal_id` integer NULL UNIQUE,
  `officer` integer NULL,
  `reason` longtext NOT NULL,
  `cc_email` longtext NULL,
  CONSTRAINT `mooringlicensing_pro_proposal_id_e6bb5597_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_proposalstandardrequirement` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `text` longtext NOT NULL,
  `code` varchar(10) NOT NULL UNIQUE,
  `obsolete` bool NOT NULL,
  `application_type_id` integer NULL,
  `default` bool NOT NULL,
  CONSTRAINT `mooringlicensing_pro_application_type_id_e1736362_fk_mooringli` FOREIGN KEY (`application_type_id`) REFERENCES `mooringlicensing_applicationtype` (`id`)
);

CREATE TABLE `mooringlicensing_proposaluseraction` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `who` integer NULL,
  `when` datetime(6) NOT NULL,
  `what` longtext NOT NULL,
  `proposal_id` integer NOT NULL,
  CONSTRAINT `mooringlicensing_pro_proposal_id_7e66d1c0_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_dcvadmissionfee` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `send_invoice` bool NOT NULL,
  `confirmation_sent` bool NOT NULL,
  `created` datetime(6) NOT NULL,
  `expiry_time` datetime(6) NULL,
  `payment_status` varchar(100) NULL,
  `dcv_admission_id` integer NULL,
  `payment_type` smallint NOT NULL,
  `cost` numeric(8, 2) NOT NULL,
  `created_by` integer NULL,
  `invoice_reference` varchar(50) NULL,
  `uuid` varchar(36) NULL,
  CONSTRAINT `mooringlicensing_dcv_dcv_admission_id_c923052d_fk_mooringli` FOREIGN KEY (`dcv_admission_id`) REFERENCES `mooringlicensing_dcvadmission` (`id`)
);

CREATE TABLE `mooringlicensing_dcvpermitfee` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `send_invoice` bool NOT NULL,
  `confirmation_sent` bool NOT NULL,
  `created` datetime(6) NOT NULL,
  `expiry_time` datetime(6) NULL,
  `payment_status` varchar(100) NULL,
  `dcv_permit_id` integer NULL,
  `payment_type` smallint NOT NULL,
  `cost` numeric(8, 2) NOT NULL,
  `created_by` integer NULL,
  `invoice_reference` varchar(50) NULL,
  `uuid` varchar(36) NULL,
  CONSTRAINT `mooringlicensing_dcv_dcv_permit_id_b9db96c5_fk_mooringli` FOREIGN KEY (`dcv_permit_id`) REFERENCES `mooringlicensing_dcvpermit` (`id`)
);

CREATE TABLE `mooringlicensing_stickeractionfee` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `send_invoice` bool NOT NULL,
  `confirmation_sent` bool NOT NULL,
  `created` datetime(6) NOT NULL,
  `expiry_time` datetime(6) NULL,
  `payment_status` varchar(100) NULL,
  `payment_type` smallint NOT NULL,
  `cost` numeric(8, 2) NOT NULL,
  `created_by` integer NULL,
  `invoice_reference` varchar(50) NULL,
  `uuid` varchar(36) NULL
);

CREATE TABLE `mooringlicensing_feeitemapplicationfee` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `fee_item_id` integer NOT NULL,
  `application_fee_id` integer NOT NULL,
  `vessel_details_id` integer NULL,
  `amount_to_be_paid` numeric(8, 2) NULL,
  `amount_paid` numeric(8, 2) NULL,
  CONSTRAINT `mooringlicensing_fee_fee_item_id_7b7ceda3_fk_mooringli` FOREIGN KEY (`fee_item_id`) REFERENCES `mooringlicensing_feeitem` (`id`),
  CONSTRAINT `mooringlicensing_fee_application_fee_id_4f19db80_fk_mooringli` FOREIGN KEY (`application_fee_id`) REFERENCES `mooringlicensing_applicationfee` (`id`),
  CONSTRAINT `mooringlicensing_fee_vessel_details_id_fbc7d8aa_fk_mooringli` FOREIGN KEY (`vessel_details_id`) REFERENCES `mooringlicensing_vesseldetails` (`id`)
);

CREATE TABLE `mooringlicensing_applicationfee` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `send_invoice` bool NOT NULL,
  `confirmation_sent` bool NOT NULL,
  `created` datetime(6) NOT NULL,
  `expiry_time` datetime(6) NULL,
  `payment_status` varchar(100) NULL,
  `proposal_id` integer NULL,
  `cancelled` bool NOT NULL,
  `payment_type` smallint NOT NULL,
  `cost` numeric(8, 2) NOT NULL,
  `created_by` integer NULL,
  `invoice_reference` varchar(50) NULL,
  `system_invoice` bool NOT NULL,
  `uuid` varchar(36) NULL,
  `handled_in_preload` datetime(6) NULL,
  CONSTRAINT `mooringlicensing_app_proposal_id_8c2a4c93_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_feeseason` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `application_type_id` integer NULL,
  `name` varchar(50) NOT NULL,
  CONSTRAINT `mooringlicensing_fee_application_type_id_3685dba2_fk_mooringli` FOREIGN KEY (`application_type_id`) REFERENCES `mooringlicensing_applicationtype` (`id`)
);

CREATE TABLE `mooringlicensing_feeperiod` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `fee_season_id` integer NULL,
  `name` varchar(50) NULL,
  `start_date` date NULL,
  CONSTRAINT `mooringlicensing_fee_fee_season_id_70f4d145_fk_mooringli` FOREIGN KEY (`fee_season_id`) REFERENCES `mooringlicensing_feeseason` (`id`)
);

CREATE TABLE `mooringlicensing_feeconstructor` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `application_type_id` integer NOT NULL,
  `fee_season_id` integer NULL,
  `vessel_size_category_group_id` integer NOT NULL,
  `incur_gst` bool NOT NULL,
  `enabled` bool NOT NULL,
  CONSTRAINT `mooringlicensing_fee_application_type_id_e8d6f96b_fk_mooringli` FOREIGN KEY (`application_type_id`) REFERENCES `mooringlicensing_applicationtype` (`id`),
  CONSTRAINT `mooringlicensing_fee_fee_season_id_53c60dc2_fk_mooringli` FOREIGN KEY (`fee_season_id`) REFERENCES `mooringlicensing_feeseason` (`id`),
  CONSTRAINT `mooringlicensing_fee_vessel_size_category_45f37bb4_fk_mooringli` FOREIGN KEY (`vessel_size_category_group_id`) REFERENCES `mooringlicensing_vesselsizecategorygroup` (`id`)
);

CREATE TABLE `mooringlicensing_feeitem` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `fee_constructor_id` integer NULL,
  `fee_period_id` integer NULL,
  `vessel_size_category_id` integer NULL,
  `proposal_type_id` integer NULL,
  `amount` numeric(8, 2) NOT NULL,
  `incremental_amount` bool NOT NULL,
  `age_group_id` integer NULL,
  `admission_type_id` integer NULL,
  CONSTRAINT `mooringlicensing_fee_fee_constructor_id_623f79c7_fk_mooringli` FOREIGN KEY (`fee_constructor_id`) REFERENCES `mooringlicensing_feeconstructor` (`id`),
  CONSTRAINT `mooringlicensing_fee_fee_period_id_ea37c242_fk_mooringli` FOREIGN KEY (`fee_period_id`) REFERENCES `mooringlicensing_feeperiod` (`id`),
  CONSTRAINT `mooringlicensing_fee_vessel_size_category_29cdcbb2_fk_mooringli` FOREIGN KEY (`vessel_size_category_id`) REFERENCES `mooringlicensing_vesselsizecategory` (`id`),
  CONSTRAINT `mooringlicensing_fee_proposal_type_id_249d0423_fk_mooringli` FOREIGN KEY (`proposal_type_id`) REFERENCES `mooringlicensing_proposaltype` (`id`),
  CONSTRAINT `mooringlicensing_fee_age_group_id_19f8f973_fk_mooringli` FOREIGN KEY (`age_group_id`) REFERENCES `mooringlicensing_agegroup` (`id`),
  CONSTRAINT `mooringlicensing_fee_admission_type_id_5ec94747_fk_mooringli` FOREIGN KEY (`admission_type_id`) REFERENCES `mooringlicensing_admissiontype` (`id`)
);

CREATE TABLE `mooringlicensing_approvaldocument` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `uploaded_date` datetime(6) NOT NULL,
  `approval_id` integer NOT NULL,
  `_file` varchar(512) NULL,
  `can_delete` bool NOT NULL,
  CONSTRAINT `mooringlicensing_app_approval_id_328a8986_fk_mooringli` FOREIGN KEY (`approval_id`) REFERENCES `mooringlicensing_approval` (`id`)
);

CREATE TABLE `mooringlicensing_mooringonapproval` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `approval_id` integer NOT NULL,
  `mooring_id` integer NOT NULL,
  `sticker_id` integer NULL,
  `previous_sticker_id` integer NULL,
  `site_licensee` bool NOT NULL,
  `end_date` date NULL,
  `active` bool NOT NULL,
  `migrated` bool NOT NULL,
  `created_at` datetime(6) NULL,
  UNIQUE KEY `mooringlicensing_mooring_mooring_id_approval_id_f6cee700_uniq` (`mooring_id`, `approval_id`),
  CONSTRAINT `mooringlicensing_moo_approval_id_ad1ee9d1_fk_mooringli` FOREIGN KEY (`approval_id`) REFERENCES `mooringlicensing_approval` (`id`),
  CONSTRAINT `mooringlicensing_moo_mooring_id_b9af751c_fk_mooringli` FOREIGN KEY (`mooring_id`) REFERENCES `mooringlicensing_mooring` (`id`),
  CONSTRAINT `mooringlicensing_moo_sticker_id_7a47f83b_fk_mooringli` FOREIGN KEY (`sticker_id`) REFERENCES `mooringlicensing_sticker` (`id`),
  CONSTRAINT `mooringlicensing_moo_previous_sticker_id_25673485_fk_mooringli` FOREIGN KEY (`previous_sticker_id`) REFERENCES `mooringlicensing_sticker` (`id`)
);

CREATE TABLE `mooringlicensing_vesselownershiponapproval` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `approval_id` integer NOT NULL,
  `vessel_ownership_id` integer NOT NULL,
  `end_date` date NULL,
  `created_at` datetime(6) NULL,
  UNIQUE KEY `mooringlicensing_vesselo_vessel_ownership_id_appr_7df9c758_uniq` (`vessel_ownership_id`, `approval_id`),
  CONSTRAINT `mooringlicensing_ves_approval_id_36acda8d_fk_mooringli` FOREIGN KEY (`approval_id`) REFERENCES `mooringlicensing_approval` (`id`),
  CONSTRAINT `mooringlicensing_ves_vessel_ownership_id_2d4be9fb_fk_mooringli` FOREIGN KEY (`vessel_ownership_id`) REFERENCES `mooringlicensing_vesselownership` (`id`)
);

CREATE TABLE `mooringlicensing_approvalhistory` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `reason` varchar(100) NULL,
  `approval_id` integer NOT NULL,
  `vessel_ownership_id` integer NULL,
  `proposal_id` integer NOT NULL,
  `start_date` datetime(6) NOT NULL,
  `end_date` datetime(6) NULL,
  `approval_letter_id` integer NULL,
  `created_at` datetime(6) NULL,
  CONSTRAINT `mooringlicensing_app_approval_id_40670cc9_fk_mooringli` FOREIGN KEY (`approval_id`) REFERENCES `mooringlicensing_approval` (`id`),
  CONSTRAINT `mooringlicensing_app_vessel_ownership_id_d269afff_fk_mooringli` FOREIGN KEY (`vessel_ownership_id`) REFERENCES `mooringlicensing_vesselownership` (`id`),
  CONSTRAINT `mooringlicensing_app_proposal_id_13789b0b_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`),
  CONSTRAINT `mooringlicensing_app_approval_letter_id_73cf2914_fk_mooringli` FOREIGN KEY (`approval_letter_id`) REFERENCES `mooringlicensing_approvaldocument` (`id`)
);

CREATE TABLE `mooringlicensing_approval` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `lodgement_number` varchar(9) NOT NULL UNIQUE,
  `status` varchar(40) NOT NULL,
  `internal_status` varchar(40) NULL,
  `licence_document_id` integer NULL,
  `authorised_user_summary_document_id` integer NULL,
  `current_proposal_id` integer NULL,
  `renewal_document_id` integer NULL,
  `renewal_sent` bool NOT NULL,
  `issue_date` datetime(6) NOT NULL,
  `wla_queue_date` datetime(6) NULL,
  `original_issue_date` date NOT NULL,
  `start_date` date NULL,
  `expiry_date` date NULL,
  `surrender_details` json NULL,
  `suspension_details` json NULL,
  `extension_details` json NULL,
  `submitter` integer NULL,
  `cancellation_details` longtext NOT NULL,
  `cancellation_date` date NULL,
  `set_to_cancel` bool NOT NULL,
  `set_to_suspend` bool NOT NULL,
  `set_to_surrender` bool NOT NULL,
  `renewal_count` smallint UNSIGNED NOT NULL CHECK (`renewal_count` >= 0),
  `migrated` bool NOT NULL,
  `wla_order` integer UNSIGNED NULL CHECK (`wla_order` >= 0),
  `vessel_nomination_reminder_sent` bool NOT NULL,
  `reissued` bool NOT NULL,
  `export_to_mooring_booking` bool NOT NULL,
  `created_at` datetime(6) NULL,
  `regenerate_documents` bool NOT NULL,
  `regenerate_document_email_notification` json NULL,
  UNIQUE KEY `mooringlicensing_approva_lodgement_number_issue_d_9850374c_uniq` (`lodgement_number`, `issue_date`),
  CONSTRAINT `mooringlicensing_app_licence_document_id_0c5736eb_fk_mooringli` FOREIGN KEY (`licence_document_id`) REFERENCES `mooringlicensing_approvaldocument` (`id`),
  CONSTRAINT `mooringlicensing_app_current_proposal_id_c0f28591_fk_mooringli` FOREIGN KEY (`current_proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`)
);

CREATE TABLE `mooringlicensing_waitinglistallocation` (
  `approval_id` integer NOT NULL PRIMARY KEY,
  CONSTRAINT `mooringlicensing_wai_approval_id_32a8e818_fk_mooringli` FOREIGN KEY (`approval_id`) REFERENCES `mooringlicensing_approval` (`id`)
);

CREATE TABLE `mooringlicensing_mooringlicence` (
  `approval_id` integer NOT NULL PRIMARY KEY,
  CONSTRAINT `mooringlicensing_moo_approval_id_2fdfd724_fk_mooringli` FOREIGN KEY (`approval_id`) REFERENCES `mooringlicensing_approval` (`id`)
);

CREATE TABLE `mooringlicensing_approvallogentry` (
  `communicationslogentry_ptr_id` integer NOT NULL PRIMARY KEY,
  `approval_id` integer NOT NULL,
  CONSTRAINT `mooringlicensing_app_communicationslogent_44ab5afc_fk_mooringli` FOREIGN KEY (`communicationslogentry_ptr_id`) REFERENCES `mooringlicensing_communicationslogentry` (`id`),
  CONSTRAINT `mooringlicensing_app_approval_id_40a8c68f_fk_mooringli` FOREIGN KEY (`approval_id`) REFERENCES `mooringlicensing_approval` (`id`)
);

CREATE TABLE `mooringlicensing_approvaluseraction` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `who` integer NULL,
  `when` datetime(6) NOT NULL,
  `what` longtext NOT NULL,
  `approval_id` integer NOT NULL,
  CONSTRAINT `mooringlicensing_app_approval_id_d1bb0905_fk_mooringli` FOREIGN KEY (`approval_id`) REFERENCES `mooringlicensing_approval` (`id`)
);

CREATE TABLE `mooringlicensing_dcvorganisation` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(128) NULL,
  `abn` varchar(50) NULL UNIQUE,
  `created_at` datetime(6) NULL
);

CREATE TABLE `mooringlicensing_dcvvessel` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `rego_no` varchar(200) NULL UNIQUE,
  `vessel_name` varchar(400) NOT NULL,
  `created_at` datetime(6) NULL
);

CREATE TABLE `mooringlicensing_dcvadmission` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `submitter` integer NULL,
  `applicant` integer NULL,
  `lodgement_number` varchar(10) NOT NULL UNIQUE,
  `lodgement_datetime` datetime(6) NULL,
  `skipper` varchar(50) NULL,
  `contact_number` varchar(50) NULL,
  `dcv_vessel_id` integer NULL,
  `dcv_organisation_id` integer NULL,
  `date_created` datetime(6) NULL,
  `status` varchar(40) NULL,
  `invoice_property_cache` json NULL,
  CONSTRAINT `mooringlicensing_dcv_dcv_vessel_id_ce7800da_fk_mooringli` FOREIGN KEY (`dcv_vessel_id`) REFERENCES `mooringlicensing_dcvvessel` (`id`),
  CONSTRAINT `mooringlicensing_dcv_dcv_organisation_id_b21749f3_fk_mooringli` FOREIGN KEY (`dcv_organisation_id`) REFERENCES `mooringlicensing_dcvorganisation` (`id`)
);

CREATE TABLE `mooringlicensing_dcvadmissionarrival` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `dcv_admission_id` integer NULL,
  `arrival_date` date NULL,
  `departure_date` date NULL,
  `private_visit` bool NOT NULL,
  `fee_season_id` integer NULL,
  `start_date` date NULL,
  `end_date` date NULL,
  `fee_constructor_id` integer NULL,
  `created_at` datetime(6) NULL,
  CONSTRAINT `mooringlicensing_dcv_dcv_admission_id_2dd345cc_fk_mooringli` FOREIGN KEY (`dcv_admission_id`) REFERENCES `mooringlicensing_dcvadmission` (`id`),
  CONSTRAINT `mooringlicensing_dcv_fee_season_id_49aa85f3_fk_mooringli` FOREIGN KEY (`fee_season_id`) REFERENCES `mooringlicensing_feeseason` (`id`),
  CONSTRAINT `mooringlicensing_dcv_fee_constructor_id_bf4b1427_fk_mooringli` FOREIGN KEY (`fee_constructor_id`) REFERENCES `mooringlicensing_feeconstructor` (`id`)
);

CREATE TABLE `mooringlicensing_agegroup` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `code` varchar(40) NOT NULL UNIQUE
);

CREATE TABLE `mooringlicensing_admissiontype` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `code` varchar(40) NOT NULL UNIQUE
);

CREATE TABLE `mooringlicensing_numberofpeople` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `number` smallint UNSIGNED NULL CHECK (`number` >= 0),
  `dcv_admission_arrival_id` integer NULL,
  `age_group_id` integer NULL,
  `admission_type_id` integer NULL,
  `created_at` datetime(6) NULL,
  CONSTRAINT `mooringlicensing_num_dcv_admission_arriva_fd983690_fk_mooringli` FOREIGN KEY (`dcv_admission_arrival_id`) REFERENCES `mooringlicensing_dcvadmissionarrival` (`id`),
  CONSTRAINT `mooringlicensing_num_age_group_id_d05b4ed3_fk_mooringli` FOREIGN KEY (`age_group_id`) REFERENCES `mooringlicensing_agegroup` (`id`),
  CONSTRAINT `mooringlicensing_num_admission_type_id_b32539b1_fk_mooringli` FOREIGN KEY (`admission_type_id`) REFERENCES `mooringlicensing_admissiontype` (`id`)
);

CREATE TABLE `mooringlicensing_dcvpermit` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `applicant` integer NULL,
  `submitter` integer NULL,
  `fee_season_id` integer NULL,
  `dcv_vessel_id` integer NULL,
  `dcv_organisation_id` integer NULL,
  `status` varchar(40) NULL,
  `migrated` bool NOT NULL,
  `date_created` datetime(6) NULL,
  `lodgement_number` varchar(10) NOT NULL,
  `lodgement_datetime` datetime(6) NULL,
  `start_date` date NULL,
  `end_date` date NULL,
  `postal_address_line1` varchar(255) NULL,
  `postal_address_line2` varchar(255) NULL,
  `postal_address_line3` varchar(255) NULL,
  `postal_address_suburb` varchar(255) NULL,
  `postal_address_postcode` varchar(10) NULL,
  `postal_address_state` varchar(255) NULL,
  `postal_address_country` varchar(2) NULL,
  `invoice_property_cache` json NULL,
  CONSTRAINT `mooringlicensing_dcv_fee_season_id_a2bd0644_fk_mooringli` FOREIGN KEY (`fee_season_id`) REFERENCES `mooringlicensing_feeseason` (`id`),
  CONSTRAINT `mooringlicensing_dcv_dcv_vessel_id_93a2a1dc_fk_mooringli` FOREIGN KEY (`dcv_vessel_id`) REFERENCES `mooringlicensing_dcvvessel` (`id`),
  CONSTRAINT `mooringlicensing_dcv_dcv_organisation_id_87ae18e6_fk_mooringli` FOREIGN KEY (`dcv_organisation_id`) REFERENCES `mooringlicensing_dcvorganisation` (`id`)
);

CREATE TABLE `mooringlicensing_sticker` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `number` varchar(9) NOT NULL,
  `status` varchar(40) NOT NULL,
  `status_before_cancelled` varchar(40) NULL,
  `sticker_printing_batch_id` integer NULL,
  `sticker_printing_response_id` integer NULL,
  `approval_id` integer NULL,
  `dcv_permit_id` integer NULL,
  `printing_date` date NULL,
  `mailing_date` date NULL,
  `fee_constructor_id` integer NULL,
  `fee_season_id` integer NULL,
  `vessel_ownership_id` integer NULL,
  `proposal_initiated_id` integer NULL,
  `sticker_to_replace_id` integer NULL,
  `date_created` datetime(6) NULL,
  `date_updated` datetime(6) NULL,
  `postal_address_line1` varchar(255) NULL,
  `postal_address_line2` varchar(255) NULL,
  `postal_address_line3` varchar(255) NULL,
  `postal_address_locality` varchar(255) NULL,
  `postal_address_state` varchar(255) NULL,
  `postal_address_country` varchar(2) NULL,
  `postal_address_postcode` varchar(10) NULL,
  `invoice_property_cache` json NULL,
  `batch_property_cache` json NULL,
  CONSTRAINT `mooringlicensing_sti_sticker_printing_bat_25936719_fk_mooringli` FOREIGN KEY (`sticker_printing_batch_id`) REFERENCES `mooringlicensing_stickerprintingbatch` (`id`),
  CONSTRAINT `mooringlicensing_sti_approval_id_460ac08e_fk_mooringli` FOREIGN KEY (`approval_id`) REFERENCES `mooringlicensing_approval` (`id`),
  CONSTRAINT `mooringlicensing_sti_dcv_permit_id_8db77766_fk_mooringli` FOREIGN KEY (`dcv_permit_id`) REFERENCES `mooringlicensing_dcvpermit` (`id`),
  CONSTRAINT `mooringlicensing_sti_fee_constructor_id_9b314b0b_fk_mooringli` FOREIGN KEY (`fee_constructor_id`) REFERENCES `mooringlicensing_feeconstructor` (`id`),
  CONSTRAINT `mooringlicensing_sti_fee_season_id_2865d5d3_fk_mooringli` FOREIGN KEY (`fee_season_id`) REFERENCES `mooringlicensing_feeseason` (`id`),
  CONSTRAINT `mooringlicensing_sti_vessel_ownership_id_9b308de9_fk_mooringli` FOREIGN KEY (`vessel_ownership_id`) REFERENCES `mooringlicensing_vesselownership` (`id`),
  CONSTRAINT `mooringlicensing_sti_proposal_initiated_i_d0ebf4c3_fk_mooringli` FOREIGN KEY (`proposal_initiated_id`) REFERENCES `mooringlicensing_proposal` (`id`),
  CONSTRAINT `mooringlicensing_sti_sticker_to_replace_i_00b16012_fk_mooringli` FOREIGN KEY (`sticker_to_replace_id`) REFERENCES `mooringlicensing_sticker` (`id`)
);

CREATE TABLE `mooringlicensing_stickeractiondetail` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `approval_id` integer NULL,
  `sticker_id` integer NULL,
  `reason` longtext NOT NULL,
  `date_created` datetime(6) NULL,
  `date_updated` datetime(6) NULL,
  `date_of_lost_sticker` date NULL,
  `date_of_returned_sticker` date NULL,
  `action` varchar(50) NULL,
  `user` integer NULL,
  `sticker_action_fee_id` integer NULL,
  `waive_the_fee` bool NOT NULL,
  `change_sticker_address` bool NOT NULL,
  `new_postal_address_line1` varchar(255) NULL,
  `new_postal_address_line2` varchar(255) NULL,
  `new_postal_address_line3` varchar(255) NULL,
  `new_postal_address_locality` varchar(255) NULL,
  `new_postal_address_state` varchar(255) NULL,
  `new_postal_address_country` varchar(2) NULL,
  `new_postal_address_postcode` varchar(10) NULL,
  CONSTRAINT `mooringlicensing_sti_approval_id_43e375e3_fk_mooringli` FOREIGN KEY (`approval_id`) REFERENCES `mooringlicensing_approval` (`id`),
  CONSTRAINT `mooringlicensing_sti_sticker_id_3a2e54b4_fk_mooringli` FOREIGN KEY (`sticker_id`) REFERENCES `mooringlicensing_sticker` (`id`),
  CONSTRAINT `mooringlicensing_sti_sticker_action_fee_i_fd5288e1_fk_mooringli` FOREIGN KEY (`sticker_action_fee_id`) REFERENCES `mooringlicensing_stickeractionfee` (`id`)
);

CREATE TABLE `mooringlicensing_compliance` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `lodgement_number` varchar(9) NOT NULL,
  `proposal_id` integer NOT NULL,
  `approval_id` integer NOT NULL,
  `due_date` date NOT NULL,
  `text` longtext NOT NULL,
  `processing_status` varchar(20) NOT NULL,
  `customer_status` varchar(20) NOT NULL,
  `assigned_to` integer NULL,
  `requirement_id` integer NULL,
  `lodgement_date` datetime(6) NULL,
  `submitter` integer NULL,
  `post_reminder_sent` bool NOT NULL,
  `due_reminder_count` smallint UNSIGNED NOT NULL CHECK (`due_reminder_count` >= 0),
  `created_at` datetime(6) NULL,
  CONSTRAINT `mooringlicensing_com_proposal_id_de5d4943_fk_mooringli` FOREIGN KEY (`proposal_id`) REFERENCES `mooringlicensing_proposal` (`id`),
  CONSTRAINT `mooringlicensing_com_approval_id_0a0ae1bf_fk_mooringli` FOREIGN KEY (`approval_id`) REFERENCES `mooringlicensing_approval` (`id`)
);

CREATE TABLE `mooringlicensing_complianceuseraction` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `who` integer NULL,
  `when` datetime(6) NOT NULL,
  `what` longtext NOT NULL,
  `compliance_id` integer NOT NULL,
  CONSTRAINT `mooringlicensing_com_compliance_id_f541e988_fk_mooringli` FOREIGN KEY (`compliance_id`) REFERENCES `mooringlicensing_compliance` (`id`)
);

CREATE TABLE `mooringlicensing_complianceamendmentrequest` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `compliance_id` integer NOT NULL,
  `status` varchar(30) NOT NULL,
  `reason_id` integer NULL,
  `text` longtext NOT NULL,
  CONSTRAINT `mooringlicensing_com_compliance_id_234753ec_fk_mooringli` FOREIGN KEY (`compliance_id`) REFERENCES `mooringlicensing_compliance` (`id`)
);

CREATE TABLE `mooringlicensing_emailuserlogentry` (
  `communicationslogentry_ptr_id` integer NOT NULL PRIMARY KEY,
  `email_user_id` integer NULL,
  CONSTRAINT `mooringlicensing_ema_communicationslogent_abcf1edb_fk_mooringli` FOREIGN KEY (`communicationslogentry_ptr_id`) REFERENCES `mooringlicensing_communicationslogentry` (`id`)
);

SET FOREIGN_KEY_CHECKS=1;
