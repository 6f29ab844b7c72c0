-- ArkCase (ArkCase/ArkCase) core case management, schema replayed from its Liquibase changelogs
-- (*/src/main/resources/com/armedia/acm/ddl/**, MySQL branch) at commit cda48134fe489ce6297030264da0abe886d58b7b
-- (LGPL-3.0): 44 of its tables, columns and types as the changelogs leave them for MySQL (Liquibase's MySQL types:
-- CLOB -> LONGTEXT, BOOLEAN -> BIT(1), NUMBER(p,s) -> DECIMAL(p,s)); indexes left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `acm_person` (
  `cm_person_id` BIGINT NOT NULL,
  `cm_person_status` VARCHAR(128) NOT NULL DEFAULT 'ACTIVE',
  `cm_person_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_person_creator` VARCHAR(1024) NOT NULL,
  `cm_person_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_person_modifier` VARCHAR(1024) NOT NULL,
  `cm_given_name` VARCHAR(1024) NOT NULL,
  `cm_family_name` VARCHAR(1024) NOT NULL,
  `cm_person_company_name` VARCHAR(1024),
  `cm_person_title` VARCHAR(256),
  `cm_person_type_id` VARCHAR(255),
  `cm_person_date_of_birth` DATE,
  `cm_person_height_inches` DECIMAL(32,0),
  `cm_person_weight_pounds` DECIMAL(32,0),
  `cm_person_hair_color` VARCHAR(256),
  `cm_person_eye_color` VARCHAR(256),
  `cm_person_date_married` DATE,
  `cm_class_name` VARCHAR(400) NOT NULL DEFAULT 'com.armedia.acm.plugins.person.model.Person',
  `cm_place_of_birth` VARCHAR(512),
  `cm_middle_name` VARCHAR(1024),
  `cm_container_id` BIGINT,
  `cm_default_picture_id` BIGINT,
  `cm_object_type` VARCHAR(255) NOT NULL DEFAULT 'PERSON',
  `cm_default_phone` BIGINT,
  `cm_default_email` BIGINT,
  `cm_default_url` BIGINT,
  `cm_default_address` BIGINT,
  `cm_default_alias` BIGINT,
  `cm_default_identification` BIGINT,
  `cm_details` LONGTEXT,
  `cm_person_restricted_flag` VARCHAR(32) NOT NULL DEFAULT 'false',
  `cm_ldap_user_id` VARCHAR(1024),
  `cm_default_fax` BIGINT,
  `cm_anonymous_flag` BIT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`cm_person_id`),
  CONSTRAINT `fk_default_picture_id` FOREIGN KEY (`cm_default_picture_id`) REFERENCES `acm_file` (`cm_file_id`),
  CONSTRAINT `fk_person_default_phone` FOREIGN KEY (`cm_default_phone`) REFERENCES `acm_contact_method` (`cm_contact_method_id`),
  CONSTRAINT `fk_person_default_email` FOREIGN KEY (`cm_default_email`) REFERENCES `acm_contact_method` (`cm_contact_method_id`),
  CONSTRAINT `fk_person_default_url` FOREIGN KEY (`cm_default_url`) REFERENCES `acm_contact_method` (`cm_contact_method_id`),
  CONSTRAINT `fk_person_default_address` FOREIGN KEY (`cm_default_address`) REFERENCES `acm_postal_address` (`cm_address_id`),
  CONSTRAINT `fk_person_default_alias` FOREIGN KEY (`cm_default_alias`) REFERENCES `acm_person_alias` (`cm_person_alias_id`),
  CONSTRAINT `fk_person_default_identification` FOREIGN KEY (`cm_default_identification`) REFERENCES `acm_identification` (`cm_identification_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_person_alias` (
  `cm_person_alias_id` BIGINT NOT NULL,
  `cm_person_id` BIGINT NOT NULL,
  `cm_person_alias_type` VARCHAR(255) NOT NULL,
  `cm_person_alias_value` VARCHAR(1024) NOT NULL,
  `cm_person_alias_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_person_alias_creator` VARCHAR(1024) NOT NULL,
  `cm_person_alias_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_person_alias_modifier` VARCHAR(1024) NOT NULL,
  `cm_description` VARCHAR(1024),
  PRIMARY KEY (`cm_person_alias_id`),
  CONSTRAINT `fk_person_alias_person_id` FOREIGN KEY (`cm_person_id`) REFERENCES `acm_person` (`cm_person_id`),
  CONSTRAINT `fk_person_alias_type` FOREIGN KEY (`cm_person_alias_type`) REFERENCES `acm_person_alias_type_lu` (`cm_value`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_person_alias_type_lu` (
  `cm_id` BIGINT NOT NULL,
  `cm_value` VARCHAR(255) NOT NULL,
  `cm_order` DECIMAL(32,0) NOT NULL,
  `cm_status` VARCHAR(128) NOT NULL,
  `cm_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_creator` VARCHAR(1024) NOT NULL,
  `cm_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_modifier` VARCHAR(1024) NOT NULL,
  PRIMARY KEY (`cm_id`),
  UNIQUE (`cm_value`),
  UNIQUE (`cm_order`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_identification` (
  `cm_identification_id` BIGINT NOT NULL,
  `cm_id_type` VARCHAR(1024) NOT NULL,
  `cm_id_number` VARCHAR(1024),
  `cm_id_issuer` VARCHAR(1024),
  `cm_year_issued` DATE,
  `cm_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_creator` VARCHAR(1024) NOT NULL,
  `cm_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_modifier` VARCHAR(1024) NOT NULL,
  `cm_class_name` VARCHAR(400) NOT NULL DEFAULT 'com.armedia.acm.plugins.person.model.Identification',
  PRIMARY KEY (`cm_identification_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_person_identification` (
  `cm_person_id` BIGINT,
  `cm_identification_id` BIGINT,
  PRIMARY KEY (`cm_person_id`, `cm_identification_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_postal_address` (
  `cm_address_id` BIGINT NOT NULL,
  `cm_address_status` VARCHAR(128) NOT NULL DEFAULT 'ACTIVE',
  `cm_address_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_address_creator` VARCHAR(1024) NOT NULL,
  `cm_address_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_address_modifier` VARCHAR(1024) NOT NULL,
  `cm_address_type` VARCHAR(128),
  `cm_street_address` VARCHAR(1024),
  `cm_street_address_extra` VARCHAR(1024),
  `cm_locality` VARCHAR(1024),
  `cm_region` VARCHAR(1024),
  `cm_postal_code` VARCHAR(128),
  `cm_country` VARCHAR(128),
  `cm_class_name` VARCHAR(400) NOT NULL DEFAULT 'com.armedia.acm.plugins.addressable.model.PostalAddress',
  PRIMARY KEY (`cm_address_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_person_postal_address` (
  `cm_person_id` BIGINT NOT NULL,
  `cm_address_id` BIGINT NOT NULL,
  CONSTRAINT `fk_person_addr_person_id` FOREIGN KEY (`cm_person_id`) REFERENCES `acm_person` (`cm_person_id`),
  CONSTRAINT `fk_person_addr_addr_id` FOREIGN KEY (`cm_address_id`) REFERENCES `acm_postal_address` (`cm_address_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_contact_method` (
  `cm_contact_method_id` BIGINT NOT NULL,
  `cm_contact_method_status` VARCHAR(128) NOT NULL DEFAULT 'ACTIVE',
  `cm_contact_method_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_contact_method_creator` VARCHAR(1024) NOT NULL,
  `cm_contact_method_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_contact_method_modifier` VARCHAR(1024) NOT NULL,
  `cm_contact_type` VARCHAR(128) NOT NULL,
  `cm_contact_location` VARCHAR(128),
  `cm_contact_value` VARCHAR(1024),
  `cm_contact_sub_type` TEXT,
  `cm_description` TEXT,
  `cm_class_name` VARCHAR(400) NOT NULL DEFAULT 'com.armedia.acm.plugins.addressable.model.ContactMethod',
  PRIMARY KEY (`cm_contact_method_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_person_contact_method` (
  `cm_person_id` BIGINT NOT NULL,
  `cm_contact_method_id` BIGINT NOT NULL,
  CONSTRAINT `fk_person_cntct_person_id` FOREIGN KEY (`cm_person_id`) REFERENCES `acm_person` (`cm_person_id`),
  CONSTRAINT `fk_person_cntct_cntct_id` FOREIGN KEY (`cm_contact_method_id`) REFERENCES `acm_contact_method` (`cm_contact_method_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_person_assoc` (
  `cm_person_assoc_id` BIGINT NOT NULL,
  `cm_person_assoc_person_id` BIGINT NOT NULL,
  `cm_person_assoc_parent_id` BIGINT NOT NULL,
  `cm_person_assoc_person_type` VARCHAR(1024) NOT NULL,
  `cm_person_assoc_parent_type` VARCHAR(1024) NOT NULL,
  `cm_person_assoc_person_desc` VARCHAR(4000),
  `cm_person_assoc_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_person_assoc_creator` VARCHAR(1024) NOT NULL,
  `cm_person_assoc_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_person_assoc_modifier` VARCHAR(1024) NOT NULL,
  `cm_notes` VARCHAR(4000),
  `cm_class_name` VARCHAR(400) NOT NULL DEFAULT 'com.armedia.acm.plugins.person.model.PersonAssociation',
  `cm_person_assoc_parent_title` VARCHAR(1024),
  PRIMARY KEY (`cm_person_assoc_id`),
  CONSTRAINT `fk_person_assoc_person_id` FOREIGN KEY (`cm_person_assoc_person_id`) REFERENCES `acm_person` (`cm_person_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_person_org_assoc` (
  `cm_id` BIGINT NOT NULL,
  `cm_person_id` BIGINT NOT NULL,
  `cm_organization_id` BIGINT NOT NULL,
  `cm_description` TEXT,
  `cm_person_to_org_assoc_type` TEXT,
  `cm_org_to_person_assoc_type` TEXT,
  `cm_class_name` TEXT,
  `cm_object_type` VARCHAR(255),
  `cm_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_creator` TEXT NOT NULL,
  `cm_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_modifier` TEXT NOT NULL,
  `cm_primary_contact` VARCHAR(10),
  `cm_default_organization` VARCHAR(10),
  PRIMARY KEY (`cm_id`),
  UNIQUE (`cm_person_id`, `cm_organization_id`, `cm_person_to_org_assoc_type`(767)),
  UNIQUE (`cm_person_id`, `cm_organization_id`, `cm_org_to_person_assoc_type`(767)),
  CONSTRAINT `fk_person_org_assoc_person_id` FOREIGN KEY (`cm_person_id`) REFERENCES `acm_person` (`cm_person_id`),
  CONSTRAINT `fk_person_org_assoc_org_id` FOREIGN KEY (`cm_organization_id`) REFERENCES `acm_organization` (`cm_organization_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_person_contact` (
  `cm_person_contact_id` BIGINT NOT NULL,
  `cm_person_contact_attention` VARCHAR(1024),
  `cm_person_contact_company_name` VARCHAR(1024),
  `cm_person_contact_name` VARCHAR(1024),
  `cm_person_contact_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_person_contact_creator` VARCHAR(1024) NOT NULL,
  `cm_person_contact_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_person_contact_modifier` VARCHAR(1024) NOT NULL,
  `cm_class_name` VARCHAR(400) NOT NULL DEFAULT 'com.armedia.acm.plugins.person.model.PersonContact',
  `cm_person_contact_first_name` VARCHAR(1024),
  `cm_person_contact_middle_inits` VARCHAR(1024),
  `cm_person_contact_last_name` VARCHAR(1024),
  PRIMARY KEY (`cm_person_contact_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_organization` (
  `cm_organization_id` BIGINT NOT NULL,
  `cm_organization_type` VARCHAR(1024) NOT NULL,
  `cm_organization_value` VARCHAR(4000) NOT NULL,
  `cm_organization_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_organization_creator` VARCHAR(1024) NOT NULL,
  `cm_organization_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_organization_modifier` VARCHAR(1024) NOT NULL,
  `cm_class_name` VARCHAR(400) NOT NULL DEFAULT 'com.armedia.acm.plugins.person.model.Organization',
  `cm_default_phone` BIGINT,
  `cm_default_email` BIGINT,
  `cm_default_url` BIGINT,
  `cm_default_fax` BIGINT,
  `cm_default_address` BIGINT,
  `cm_default_identification` BIGINT,
  `cm_details` LONGTEXT,
  `cm_object_type` VARCHAR(255) NOT NULL DEFAULT 'ORGANIZATION',
  `cm_default_dba` BIGINT,
  `cm_parent_organization` BIGINT,
  `cm_organization_restricted_flag` VARCHAR(32) NOT NULL DEFAULT 'false',
  `cm_status` VARCHAR(128) NOT NULL DEFAULT 'ACTIVE',
  PRIMARY KEY (`cm_organization_id`),
  CONSTRAINT `fk_organization_default_phone` FOREIGN KEY (`cm_default_phone`) REFERENCES `acm_contact_method` (`cm_contact_method_id`),
  CONSTRAINT `fk_organization_default_email` FOREIGN KEY (`cm_default_email`) REFERENCES `acm_contact_method` (`cm_contact_method_id`),
  CONSTRAINT `fk_organization_default_url` FOREIGN KEY (`cm_default_url`) REFERENCES `acm_contact_method` (`cm_contact_method_id`),
  CONSTRAINT `fk_default_fax` FOREIGN KEY (`cm_default_fax`) REFERENCES `acm_contact_method` (`cm_contact_method_id`),
  CONSTRAINT `fk_organization_default_address` FOREIGN KEY (`cm_default_address`) REFERENCES `acm_postal_address` (`cm_address_id`),
  CONSTRAINT `fk_organization_default_identification` FOREIGN KEY (`cm_default_identification`) REFERENCES `acm_identification` (`cm_identification_id`),
  CONSTRAINT `fk_org_parent_org_id` FOREIGN KEY (`cm_parent_organization`) REFERENCES `acm_organization` (`cm_organization_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_organization_postal_address` (
  `cm_organization_id` BIGINT NOT NULL,
  `cm_address_id` BIGINT NOT NULL,
  UNIQUE (`cm_organization_id`, `cm_address_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_case_file` (
  `cm_case_id` BIGINT NOT NULL,
  `cm_case_number` VARCHAR(255) NOT NULL,
  `cm_case_type` VARCHAR(4000),
  `cm_case_status` VARCHAR(4000) NOT NULL,
  `cm_case_title` VARCHAR(4000),
  `cm_case_closed` DATE,
  `cm_case_disposition` VARCHAR(4000),
  `cm_case_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_case_creator` VARCHAR(1024) NOT NULL,
  `cm_case_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_case_modifier` VARCHAR(1024) NOT NULL,
  `cm_case_priority` VARCHAR(1024),
  `cm_case_incident_date` DATETIME,
  `cm_case_details` LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
  `cm_due_date` DATETIME,
  `cm_originator_id` BIGINT,
  `cm_case_restricted_flag` VARCHAR(32) NOT NULL DEFAULT 'false',
  `cm_container_id` BIGINT,
  `cm_object_type` VARCHAR(100) NOT NULL DEFAULT 'CASE_FILE',
  `cm_courtroom_name` VARCHAR(100),
  `cm_next_court_date` DATETIME,
  `cm_responsible_organization` VARCHAR(100),
  `cm_class_name` VARCHAR(400),
  `cm_queue_id` BIGINT,
  `cm_security_field` VARCHAR(255) DEFAULT 'Open',
  `cm_legacy_system_id` VARCHAR(255),
  `cm_queue_enter_date` DATETIME,
  `cm_response_due_date` DATETIME,
  `cm_previous_queue_id` BIGINT,
  `cm_case_external_flag` BIT(1) NOT NULL DEFAULT 0,
  `cm_case_denied_flag` VARCHAR(10) DEFAULT 'false',
  `cm_case_details_summary` LONGTEXT,
  PRIMARY KEY (`cm_case_id`),
  UNIQUE (`cm_case_number`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_change_case_status` (
  `cm_change_case_status_id` BIGINT NOT NULL,
  `cm_case_id` BIGINT NOT NULL,
  `cm_change_case_status_status` VARCHAR(1024) NOT NULL,
  `cm_change_case_status_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_change_case_status_creator` VARCHAR(1024) NOT NULL,
  `cm_change_case_status_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_change_case_status_modifier` VARCHAR(1024) NOT NULL,
  `cm_object_type` VARCHAR(100) NOT NULL DEFAULT 'CHANGE_CASE_STATUS',
  PRIMARY KEY (`cm_change_case_status_id`),
  CONSTRAINT `fk_change_case_status_case_id` FOREIGN KEY (`cm_case_id`) REFERENCES `acm_case_file` (`cm_case_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_complaint` (
  `cm_complaint_id` BIGINT NOT NULL,
  `cm_complaint_status` VARCHAR(128) NOT NULL DEFAULT 'DRAFT',
  `cm_complaint_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_complaint_number` VARCHAR(255) NOT NULL,
  `cm_complaint_creator` VARCHAR(1024) NOT NULL,
  `cm_complaint_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_complaint_modifier` VARCHAR(1024) NOT NULL,
  `cm_complaint_type` VARCHAR(1024),
  `cm_complaint_title` VARCHAR(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
  `cm_complaint_details` LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
  `cm_originator_id` BIGINT,
  `cm_complaint_incident_date` DATETIME,
  `cm_complaint_priority` VARCHAR(128),
  `cm_due_date` DATETIME,
  `cm_tag` VARCHAR(1024),
  `cm_frequency` VARCHAR(1024),
  `cm_disposition_id` BIGINT,
  `cm_complaint_restricted_flag` VARCHAR(32) NOT NULL DEFAULT 'false',
  `cm_container_id` BIGINT,
  `cm_object_type` VARCHAR(100) NOT NULL DEFAULT 'COMPLAINT',
  `cm_class_name` VARCHAR(400),
  `cm_legacy_system_id` VARCHAR(255),
  `cm_default_address` BIGINT,
  PRIMARY KEY (`cm_complaint_id`),
  UNIQUE (`cm_complaint_number`),
  CONSTRAINT `fk_cmpl_personassoc_id` FOREIGN KEY (`cm_originator_id`) REFERENCES `acm_person_assoc` (`cm_person_assoc_id`),
  CONSTRAINT `fk_complaint_disp_id` FOREIGN KEY (`cm_disposition_id`) REFERENCES `acm_disposition` (`cm_disposition_id`),
  CONSTRAINT `fk_complaint_default_address_id` FOREIGN KEY (`cm_default_address`) REFERENCES `acm_postal_address` (`cm_address_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_close_complaint_request` (
  `cm_close_complaint_id` BIGINT NOT NULL,
  `cm_complaint_id` BIGINT NOT NULL,
  `cm_disposition_id` BIGINT NOT NULL,
  `cm_close_complaint_status` VARCHAR(1024) NOT NULL,
  `cm_close_complaint_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_close_complaint_creator` VARCHAR(1024) NOT NULL,
  `cm_close_complaint_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_close_complaint_modifier` VARCHAR(1024) NOT NULL,
  `cm_object_type` VARCHAR(100) NOT NULL DEFAULT 'CLOSE_COMPLAINT_REQUEST',
  `cm_close_complaint_description` VARCHAR(1024),
  PRIMARY KEY (`cm_close_complaint_id`),
  CONSTRAINT `fk_close_complaint_cmplnt_id` FOREIGN KEY (`cm_complaint_id`) REFERENCES `acm_complaint` (`cm_complaint_id`),
  CONSTRAINT `fk_close_complaint_disp_id` FOREIGN KEY (`cm_disposition_id`) REFERENCES `acm_disposition` (`cm_disposition_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_disposition` (
  `cm_disposition_id` BIGINT NOT NULL,
  `cm_close_date` DATE,
  `cm_disposition_type` VARCHAR(4000) NOT NULL,
  `cm_refer_ext_org_name` VARCHAR(4000),
  `cm_refer_ext_person_name` VARCHAR(4000),
  `cm_refer_ext_contact_method_id` BIGINT,
  `cm_existing_case_number` VARCHAR(255),
  `cm_disposition_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_disposition_creator` VARCHAR(1024) NOT NULL,
  `cm_disposition_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_disposition_modifier` VARCHAR(1024) NOT NULL,
  `cm_class_name` VARCHAR(400),
  `cm_refer_ext_date` DATE,
  PRIMARY KEY (`cm_disposition_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_consultation` (
  `cm_consultation_id` BIGINT NOT NULL,
  `cm_consultation_number` VARCHAR(255) NOT NULL,
  `cm_consultation_type` VARCHAR(4000),
  `cm_consultation_title` VARCHAR(4000),
  `cm_consultation_status` VARCHAR(4000) NOT NULL,
  `cm_consultation_details` LONGTEXT,
  `cm_consultation_details_summary` LONGTEXT,
  `cm_consultation_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_consultation_creator` VARCHAR(1024) NOT NULL,
  `cm_consultation_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_consultation_modifier` VARCHAR(1024) NOT NULL,
  `cm_consultation_closed` DATE,
  `cm_consultation_priority` VARCHAR(1024),
  `cm_consultation_external_flag` BIT(1) NOT NULL DEFAULT 0,
  `cm_object_type` VARCHAR(100) NOT NULL DEFAULT 'CONSULTATION',
  `cm_class_name` VARCHAR(400),
  `cm_due_date` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `cm_consultation_restricted_flag` VARCHAR(32) NOT NULL DEFAULT 'false',
  `cm_container_id` BIGINT,
  `cm_response_due_date` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `cm_legacy_system_id` VARCHAR(255),
  `cm_received_date` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `cm_component_agency` VARCHAR(4000),
  `cm_external_requesting_agency` VARCHAR(1024) NOT NULL,
  PRIMARY KEY (`cm_consultation_id`),
  UNIQUE (`cm_consultation_number`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_queue` (
  `cm_queue_id` BIGINT NOT NULL,
  `cm_name` VARCHAR(1000),
  `cm_queue_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_queue_creator` VARCHAR(1024) NOT NULL,
  `cm_queue_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_queue_modifier` VARCHAR(1024) NOT NULL,
  `cm_display_order` DECIMAL(16,0),
  PRIMARY KEY (`cm_queue_id`),
  UNIQUE (`cm_display_order`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_participant` (
  `cm_participant_id` BIGINT NOT NULL,
  `cm_object_type` VARCHAR(255) NOT NULL,
  `cm_object_id` BIGINT NOT NULL,
  `cm_participant_type` VARCHAR(255) NOT NULL,
  `cm_participant_ldap_id` VARCHAR(255) NOT NULL,
  `cm_participant_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_participant_creator` VARCHAR(1024) NOT NULL,
  `cm_participant_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_participant_modifier` VARCHAR(1024) NOT NULL,
  `cm_class_name` VARCHAR(400) NOT NULL DEFAULT 'com.armedia.acm.services.participants.model.AcmParticipant',
  `cm_replace_children_participant` VARCHAR(32) DEFAULT 'false',
  PRIMARY KEY (`cm_participant_id`),
  UNIQUE (`cm_object_type`, `cm_object_id`, `cm_participant_type`, `cm_participant_ldap_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_participant_privilege` (
  `cm_privilege_id` BIGINT NOT NULL,
  `cm_privilege_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_privilege_creator` VARCHAR(1024) NOT NULL,
  `cm_privilege_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_privilege_modifier` VARCHAR(1024) NOT NULL,
  `cm_participant_id` BIGINT NOT NULL,
  `cm_object_action` VARCHAR(128) NOT NULL,
  `cm_access_type` VARCHAR(128) NOT NULL,
  `cm_access_reason` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`cm_privilege_id`),
  CONSTRAINT `fk_part_priv_participant_id` FOREIGN KEY (`cm_participant_id`) REFERENCES `acm_participant` (`cm_participant_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_note` (
  `cm_note_id` BIGINT NOT NULL,
  `cm_note_text` VARCHAR(4000) NOT NULL,
  `cm_note_creator` VARCHAR(128) NOT NULL,
  `cm_note_created` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `cm_parent_object_id` BIGINT NOT NULL,
  `cm_parent_object_type` VARCHAR(128) NOT NULL,
  `cm_note_type` VARCHAR(1024) NOT NULL DEFAULT 'GENERAL',
  `cm_note_tag` VARCHAR(1000),
  `cm_note_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_note_modifier` VARCHAR(1024) NOT NULL DEFAULT 'SYSTEM',
  `cm_parent_object_title` VARCHAR(1024),
  `cm_note_author` VARCHAR(128),
  `cm_class_name` TEXT,
  PRIMARY KEY (`cm_note_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_notification` (
  `cm_notification_id` BIGINT NOT NULL,
  `cm_notification_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_notification_creator` VARCHAR(1024) NOT NULL,
  `cm_notification_status` VARCHAR(1024),
  `cm_notification_action` VARCHAR(1024),
  `cm_notification_note` LONGTEXT,
  `cm_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_modifier` VARCHAR(1024) NOT NULL,
  `cm_notification_data` VARCHAR(1024),
  `cm_notification_type` VARCHAR(1024),
  `cm_notification_user` VARCHAR(1024),
  `cm_notification_title` VARCHAR(1024),
  `cm_notification_state` VARCHAR(1024),
  `cm_notification_parent_id` BIGINT,
  `cm_notification_parent_type` VARCHAR(1024),
  `cm_notification_parent_name` VARCHAR(1024),
  `cm_notification_parent_title` VARCHAR(1024),
  `cm_related_object_id` BIGINT,
  `cm_related_object_type` VARCHAR(1024),
  `cm_related_object_number` VARCHAR(1024),
  `cm_notification_action_date` DATETIME,
  `cm_template_model_name` VARCHAR(1024),
  `cm_attach_files` BIT(1) NOT NULL DEFAULT 0,
  `cm_email_addresses` LONGTEXT,
  `cm_email_group` VARCHAR(128),
  `cm_subject` LONGTEXT,
  `cm_type` LONGTEXT,
  `cm_email_content` LONGTEXT,
  `cm_cc_email_addresses` LONGTEXT,
  `cm_bcc_email_addresses` LONGTEXT,
  PRIMARY KEY (`cm_notification_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_audit_log` (
  `cm_audit_id` BIGINT NOT NULL,
  `cm_audit_datetime` DATETIME NOT NULL,
  `cm_audit_user` VARCHAR(1024) NOT NULL,
  `cm_audit_activity` VARCHAR(255) NOT NULL,
  `cm_audit_activity_result` VARCHAR(256) NOT NULL,
  `cm_audit_ip_address` VARCHAR(256),
  `cm_audit_track_id` VARCHAR(1024),
  `cm_object_type` VARCHAR(255),
  `cm_object_id` BIGINT,
  `cm_audit_status` VARCHAR(1024) DEFAULT 'DRAFT',
  `cm_audit_request_id` VARCHAR(36),
  `cm_parent_object_id` BIGINT,
  `cm_parent_object_type` VARCHAR(128),
  `cm_audit_description` VARCHAR(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
  `cm_diff_details_json` LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,
  PRIMARY KEY (`cm_audit_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_audit_log_property` (
  `cm_audit_id` BIGINT NOT NULL,
  `cm_audit_property_name` VARCHAR(255) NOT NULL,
  `cm_audit_property_value` LONGTEXT,
  PRIMARY KEY (`cm_audit_id`, `cm_audit_property_name`),
  CONSTRAINT `fk_audit_property_audit_log` FOREIGN KEY (`cm_audit_id`) REFERENCES `acm_audit_log` (`cm_audit_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_assignment` (
  `cm_assignment_id` BIGINT NOT NULL,
  `cm_assignment_object_id` BIGINT NOT NULL,
  `cm_assignment_object_type` VARCHAR(1024) NOT NULL,
  `cm_assignment_object_title` VARCHAR(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `cm_assignment_object_name` VARCHAR(1024) NOT NULL,
  `cm_assignment_new_assignee` VARCHAR(1024),
  `cm_assignment_old_assignee` VARCHAR(1024),
  `cm_assignment_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_assignment_creator` VARCHAR(1024) NOT NULL,
  `cm_assignment_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_assignment_modifier` VARCHAR(1024) NOT NULL,
  PRIMARY KEY (`cm_assignment_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_file` (
  `cm_file_id` BIGINT NOT NULL,
  `cm_file_status` VARCHAR(128) NOT NULL DEFAULT 'ACTIVE',
  `cm_file_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_file_creator` VARCHAR(1024) NOT NULL,
  `cm_file_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_file_modifier` VARCHAR(1024) NOT NULL,
  `cm_file_mime_type` VARCHAR(1024) NOT NULL,
  `cm_version_series_id` VARCHAR(255) NOT NULL,
  `cm_file_name` VARCHAR(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `cm_file_type` VARCHAR(1024),
  `cm_folder_id` BIGINT NOT NULL,
  `cm_file_active_version_tag` VARCHAR(1024) NOT NULL DEFAULT '1.0',
  `cm_file_category` VARCHAR(128),
  `cm_container_id` BIGINT NOT NULL,
  `cm_page_count` INT,
  `cm_file_source` VARCHAR(255),
  `cm_security_field` VARCHAR(255) DEFAULT 'Open',
  `cm_object_type` VARCHAR(255) DEFAULT 'FILE',
  `cm_legacy_system_id` VARCHAR(255),
  `cm_class_name` VARCHAR(400) NOT NULL DEFAULT 'com.armedia.acm.plugins.ecm.model.EcmFile',
  `cm_file_lang` TEXT,
  `cm_file_description` LONGTEXT,
  `cm_file_organization_association` BIGINT,
  `cm_file_person_association` BIGINT,
  `cm_file_restricted_flag` VARCHAR(32) NOT NULL DEFAULT 'false',
  `cm_file_is_link` VARCHAR(32) NOT NULL DEFAULT 'false',
  `cm_file_is_duplicate` VARCHAR(32) DEFAULT 'false',
  `cm_custodian` VARCHAR(255),
  `cm_zylab_file_metadata` BIGINT,
  PRIMARY KEY (`cm_file_id`),
  UNIQUE (`cm_version_series_id`),
  UNIQUE (`cm_version_series_id`, `cm_folder_id`, `cm_file_is_link`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_file_version` (
  `cm_file_version_id` BIGINT NOT NULL,
  `cm_file_id` BIGINT NOT NULL,
  `cm_file_version_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_file_version_creator` VARCHAR(1024) NOT NULL,
  `cm_file_version_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_file_version_modifier` VARCHAR(1024) NOT NULL,
  `cm_file_version_version_tag` VARCHAR(1024) NOT NULL,
  `cm_cmis_object_id` VARCHAR(1024) NOT NULL,
  `cm_file_version_mime_type` VARCHAR(1024) NOT NULL DEFAULT 'MIMETYPE',
  `cm_file_version_name_extension` VARCHAR(255),
  `cm_media_gps_iso_6709` VARCHAR(255),
  `cm_media_gps_latitude_degrees` FLOAT(10,5),
  `cm_media_gps_longitude_degrees` FLOAT(10,5),
  `cm_media_gps_readable` VARCHAR(255),
  `cm_media_created_date` DATETIME,
  `cm_media_height_pixels` INT,
  `cm_media_width_pixels` INT,
  `cm_media_device_make` VARCHAR(255),
  `cm_media_device_model` VARCHAR(255),
  `cm_media_duration_seconds` FLOAT(32,5),
  `cm_file_size_bytes` BIGINT,
  `cm_class_name` VARCHAR(400),
  `cm_file_version_searchable_pdf` VARCHAR(5) DEFAULT 'false',
  `cm_file_hash` VARCHAR(255),
  `cm_file_version_valid_file` VARCHAR(5) DEFAULT 'true',
  PRIMARY KEY (`cm_file_version_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_folder` (
  `cm_folder_id` BIGINT NOT NULL,
  `cm_folder_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_folder_creator` VARCHAR(1024) NOT NULL,
  `cm_folder_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_folder_modifier` VARCHAR(1024) NOT NULL,
  `cm_cmis_folder_id` VARCHAR(255) NOT NULL,
  `cm_folder_name` VARCHAR(1024) NOT NULL,
  `cm_parent_folder_id` BIGINT,
  `cm_object_type` VARCHAR(100) NOT NULL DEFAULT 'FOLDER',
  `cm_folder_status` VARCHAR(100) NOT NULL DEFAULT 'ACTIVE',
  `cm_folder_restricted_flag` VARCHAR(32) NOT NULL DEFAULT 'false',
  `cm_folder_is_link` VARCHAR(32) NOT NULL DEFAULT 'false',
  PRIMARY KEY (`cm_folder_id`),
  UNIQUE (`cm_cmis_folder_id`),
  UNIQUE (`cm_cmis_folder_id`, `cm_parent_folder_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_timesheet` (
  `cm_timesheet_id` BIGINT NOT NULL,
  `cm_timesheet_user_id` VARCHAR(1024) NOT NULL,
  `cm_timesheet_start_date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_timesheet_end_date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_timesheet_status` VARCHAR(1024) NOT NULL,
  `cm_timesheet_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_timesheet_creator` VARCHAR(1024) NOT NULL,
  `cm_timesheet_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_timesheet_modifier` VARCHAR(1024) NOT NULL,
  `cm_timesheet_details` LONGTEXT,
  `cm_container_id` BIGINT,
  `cm_object_type` VARCHAR(100) NOT NULL DEFAULT 'TIMESHEET',
  `cm_timesheet_title` VARCHAR(1024),
  `cm_class_name` VARCHAR(400),
  `cm_timesheet_number` VARCHAR(1024) NOT NULL,
  PRIMARY KEY (`cm_timesheet_id`),
  UNIQUE (`cm_timesheet_number`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_time` (
  `cm_time_id` BIGINT NOT NULL,
  `cm_time_timesheet_id` BIGINT NOT NULL,
  `cm_time_code` VARCHAR(1024) NOT NULL,
  `cm_time_type` VARCHAR(1024) NOT NULL,
  `cm_time_date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_time_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_time_creator` VARCHAR(1024) NOT NULL,
  `cm_time_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_time_modifier` VARCHAR(1024) NOT NULL,
  `cm_time_value` DECIMAL(32,2) NOT NULL,
  `cm_time_object_id` BIGINT,
  `cm_class_name` VARCHAR(400),
  `cm_time_charge_code` VARCHAR(400),
  `cm_time_total_cost` DECIMAL(32,2) DEFAULT 0,
  PRIMARY KEY (`cm_time_id`),
  CONSTRAINT `fk_time_timesheet_id` FOREIGN KEY (`cm_time_timesheet_id`) REFERENCES `acm_timesheet` (`cm_timesheet_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_costsheet` (
  `cm_costsheet_id` BIGINT NOT NULL,
  `cm_costsheet_user_id` VARCHAR(1024) NOT NULL,
  `cm_costsheet_object_id` DECIMAL(32,0) NOT NULL,
  `cm_costsheet_object_type` VARCHAR(1024) NOT NULL,
  `cm_costsheet_object_number` VARCHAR(1024) NOT NULL,
  `cm_costsheet_status` VARCHAR(1024) NOT NULL,
  `cm_costsheet_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_costsheet_creator` VARCHAR(1024) NOT NULL,
  `cm_costsheet_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_costsheet_modifier` VARCHAR(1024) NOT NULL,
  `cm_costsheet_details` LONGTEXT,
  `cm_container_id` BIGINT,
  `cm_object_type` VARCHAR(100) NOT NULL DEFAULT 'COSTSHEET',
  `cm_class_name` VARCHAR(400),
  `cm_costsheet_title` VARCHAR(1024),
  `cm_costsheet_number` VARCHAR(1024) NOT NULL,
  `cm_costsheet_restricted_flag` VARCHAR(32) NOT NULL DEFAULT 'false',
  PRIMARY KEY (`cm_costsheet_id`),
  UNIQUE (`cm_costsheet_number`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_cost` (
  `cm_cost_id` BIGINT NOT NULL,
  `cm_cost_costsheet_id` BIGINT NOT NULL,
  `cm_cost_date` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_cost_title` VARCHAR(1024) NOT NULL,
  `cm_cost_description` VARCHAR(1024),
  `cm_cost_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_cost_creator` VARCHAR(1024) NOT NULL,
  `cm_cost_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_cost_modifier` VARCHAR(1024) NOT NULL,
  `cm_cost_value` DECIMAL(32,2) NOT NULL,
  PRIMARY KEY (`cm_cost_id`),
  CONSTRAINT `fk_cost_costsheet_id` FOREIGN KEY (`cm_cost_costsheet_id`) REFERENCES `acm_costsheet` (`cm_costsheet_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_user` (
  `cm_user_id` VARCHAR(255) NOT NULL,
  `cm_user_directory_name` VARCHAR(255) NOT NULL,
  `cm_full_name` VARCHAR(1024),
  `cm_user_created` DATE,
  `cm_user_modified` DATE NOT NULL,
  `cm_user_state` VARCHAR(256) NOT NULL,
  `cm_first_name` VARCHAR(1024),
  `cm_last_name` VARCHAR(1024),
  `cm_mail` VARCHAR(512),
  `cm_samaccountname` VARCHAR(20),
  `cm_user_principal_name` VARCHAR(255),
  `cm_distinguished_name` VARCHAR(255),
  `cm_uid` VARCHAR(255),
  `cm_country` TEXT,
  `cm_department` TEXT,
  `cm_country_abbreviation` TEXT,
  `cm_company` TEXT,
  `cm_title` TEXT,
  `cm_user_deleted_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `cm_pwd_ex_date` DATE,
  `cm_token_ex_date` DATETIME,
  `cm_token` VARCHAR(255),
  `cm_lang` VARCHAR(10) NOT NULL DEFAULT 'en',
  `cm_identifier` BIGINT NOT NULL,
  PRIMARY KEY (`cm_user_id`),
  UNIQUE (`cm_token`),
  UNIQUE (`cm_distinguished_name`, `cm_user_directory_name`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_group` (
  `cm_group_name` VARCHAR(255) NOT NULL,
  `cm_group_description` VARCHAR(4000),
  `cm_group_type` VARCHAR(1024) NOT NULL,
  `cm_group_status` VARCHAR(1024) NOT NULL,
  `cm_group_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_group_creator` VARCHAR(1024) NOT NULL,
  `cm_group_modified` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_group_modifier` VARCHAR(1024) NOT NULL,
  `cm_group_supervisor_id` VARCHAR(255),
  `cm_distinguished_name` VARCHAR(255),
  `cm_directory_name` VARCHAR(255) DEFAULT 'armedia',
  `cm_group_display_name` TEXT,
  `cm_ascendants` VARCHAR(4000),
  `cm_identifier` BIGINT NOT NULL,
  PRIMARY KEY (`cm_group_name`),
  CONSTRAINT `fk_group_supervisor_id` FOREIGN KEY (`cm_group_supervisor_id`) REFERENCES `acm_user` (`cm_user_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_user_membership` (
  `cm_group_name` VARCHAR(255) NOT NULL,
  `cm_user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`cm_group_name`, `cm_user_id`),
  CONSTRAINT `fk_group_member_group_name` FOREIGN KEY (`cm_group_name`) REFERENCES `acm_group` (`cm_group_name`),
  CONSTRAINT `fk_group_member_user_id` FOREIGN KEY (`cm_user_id`) REFERENCES `acm_user` (`cm_user_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_user_org` (
  `cm_user_org_id` BIGINT NOT NULL,
  `cm_first_address` VARCHAR(1024) DEFAULT 'ACTIVE',
  `cm_second_address` VARCHAR(1024) DEFAULT 'ACTIVE',
  `cm_main_office_phone` VARCHAR(128) DEFAULT 'ACTIVE',
  `cm_fax` VARCHAR(128) DEFAULT 'ACTIVE',
  `cm_city` VARCHAR(128) DEFAULT 'ACTIVE',
  `cm_state` VARCHAR(128) DEFAULT 'ACTIVE',
  `cm_zip` VARCHAR(128) DEFAULT 'ACTIVE',
  `cm_website` VARCHAR(128) DEFAULT 'ACTIVE',
  `cm_organization` BIGINT,
  `cm_location` VARCHAR(512) DEFAULT 'ACTIVE',
  `cm_im_account` VARCHAR(128) DEFAULT 'ACTIVE',
  `cm_im_system` VARCHAR(128) DEFAULT 'ACTIVE',
  `cm_office_phone` VARCHAR(128) DEFAULT 'ACTIVE',
  `cm_mobile_phone` VARCHAR(128) DEFAULT 'ACTIVE',
  `cm_user` VARCHAR(255) NOT NULL,
  `cm_ecm_file_id` BIGINT DEFAULT '-1',
  `cm_title` VARCHAR(1024),
  `cm_container_id` BIGINT,
  `cm_object_type` VARCHAR(100) NOT NULL DEFAULT 'USER_ORG',
  `cm_ms_outlook_password` VARCHAR(1024),
  `cm_ecm_signature_file_id` BIGINT,
  PRIMARY KEY (`cm_user_org_id`),
  UNIQUE (`cm_user`),
  CONSTRAINT `fk_user` FOREIGN KEY (`cm_user`) REFERENCES `acm_user` (`cm_user_id`),
  CONSTRAINT `fk_organization` FOREIGN KEY (`cm_organization`) REFERENCES `acm_organization` (`cm_organization_id`),
  CONSTRAINT `fk_user_org_signature_fileid` FOREIGN KEY (`cm_ecm_signature_file_id`) REFERENCES `acm_file` (`cm_file_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_user_action` (
  `cm_user_action_id` BIGINT NOT NULL,
  `cm_user_action_user_id` VARCHAR(255) NOT NULL,
  `cm_user_action_name` VARCHAR(1024) NOT NULL,
  `cm_user_action_object_id` BIGINT NOT NULL,
  `cm_user_action_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_user_action_creator` VARCHAR(1024) NOT NULL,
  `cm_user_action_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_user_action_modifier` VARCHAR(1024) NOT NULL,
  PRIMARY KEY (`cm_user_action_id`),
  CONSTRAINT `fk_user_action_user_id` FOREIGN KEY (`cm_user_action_user_id`) REFERENCES `acm_user` (`cm_user_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_authentication_token` (
  `cm_authentication_token_id` BIGINT NOT NULL,
  `cm_authentication_token_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_authentication_token_creator` VARCHAR(1024) NOT NULL,
  `cm_authentication_token_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_authentication_token_modifier` VARCHAR(1024) NOT NULL,
  `cm_authentication_token_key` VARCHAR(1024) NOT NULL,
  `cm_authentication_token_email` VARCHAR(512),
  `cm_authentication_token_password` VARCHAR(1024),
  `cm_authentication_token_status` VARCHAR(1024),
  `cm_authentication_token_relative_path` LONGTEXT,
  `cm_authentication_token_expiry_milliseconds` BIGINT,
  `cm_authentication_token_generic_path` LONGTEXT,
  PRIMARY KEY (`cm_authentication_token_id`),
  UNIQUE (`cm_authentication_token_key`),
  UNIQUE (`cm_authentication_token_key`, `cm_authentication_token_relative_path`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_subscription` (
  `cm_subscription_id` BIGINT NOT NULL,
  `cm_user_id` VARCHAR(255) NOT NULL,
  `cm_object_id` BIGINT NOT NULL,
  `cm_object_type` VARCHAR(200) NOT NULL,
  `cm_object_name` VARCHAR(1024) NOT NULL,
  `cm_subscription_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_subscription_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_subscription_creator` VARCHAR(1024) NOT NULL,
  `cm_subscription_modifier` VARCHAR(1024) NOT NULL,
  `cm_object_title` VARCHAR(2048),
  PRIMARY KEY (`cm_subscription_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_tag` (
  `cm_tag_id` BIGINT NOT NULL,
  `cm_tag_text` VARCHAR(256) NOT NULL,
  `cm_tag_creator` VARCHAR(128) NOT NULL,
  `cm_tag_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_tag_modifier` VARCHAR(128) NOT NULL,
  `cm_tag_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `cm_tag_description` VARCHAR(1024),
  `cm_tag_name` VARCHAR(256),
  `cm_tag_token` VARCHAR(512),
  PRIMARY KEY (`cm_tag_id`)
) DEFAULT CHARSET=utf8;

CREATE TABLE `acm_case_file_id` (
  `cm_seq_num` BIGINT,
  `cm_seq_name` VARCHAR(255)
) DEFAULT CHARSET=utf8;
