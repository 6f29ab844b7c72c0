-- Frappe CRM: trimmed MySQL/MariaDB DDL as Frappe creates the tables of its DocTypes
-- Upstream: github.com/frappe/crm, DocType JSON files crm/fcrm/doctype/*/*.json, crm/domain_enrichment/doctype/*/*.json,
--   crm/lead_syncing/doctype/*/*.json, commit 8b7dfdde81206fc8be8c38d6fbce57da234582af (AGPL-3.0)
-- Frappe core DocTypes the CRM uses for contacts, addresses and e-mails (Contact, Contact Email, Contact Phone, Address,
--   Communication): github.com/frappe/frappe (MIT), JSON files at the commits named on each table.
-- Each table is rendered as frappe/database/mariadb/schema.py (MariaDBTable.create) and frappe/database/schema.py
-- (DbColumn.get_definition, type map of frappe/database/mariadb/database.py) do it: name, creation, modified,
-- modified_by, owner, docstatus, idx; the DocType's value fields; _user_tags, _comments, _assign, _liked_by (and _seen
-- where track_seen) on parent tables; parent, parentfield, parenttype on child tables. Field descriptions as COMMENTs.

-- DocType CRM Lead: frappe/crm crm/fcrm/doctype/crm_lead/crm_lead.json
CREATE TABLE `tabCRM Lead` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `naming_series` varchar(140) DEFAULT 'CRM-LEAD-.YYYY.-',
  `salutation` varchar(140),
  `first_name` varchar(140),
  `middle_name` varchar(140),
  `last_name` varchar(140),
  `gender` varchar(140),
  `status` varchar(140),
  `email` varchar(140),
  `website` varchar(140),
  `mobile_no` varchar(140),
  `phone` varchar(140),
  `no_of_employees` varchar(140),
  `annual_revenue` decimal(21,9) NOT NULL DEFAULT 0.0,
  `lead_owner` varchar(140),
  `source` varchar(140),
  `industry` varchar(140),
  `image` text,
  `lead_name` varchar(140),
  `job_title` varchar(140),
  `organization` varchar(140),
  `converted` int(1) NOT NULL DEFAULT 0,
  `sla` varchar(140),
  `sla_creation` datetime(6),
  `sla_status` varchar(140),
  `response_by` datetime(6),
  `first_response_time` decimal(21,9),
  `first_responded_on` datetime(6),
  `communication_status` varchar(140) DEFAULT 'Open',
  `territory` varchar(140),
  `total` decimal(21,9) NOT NULL DEFAULT 0.0,
  `net_total` decimal(21,9) NOT NULL DEFAULT 0.0 COMMENT 'Total after discount',
  `facebook_lead_id` varchar(140) UNIQUE,
  `facebook_form_id` varchar(140),
  `last_response_time` decimal(21,9),
  `last_responded_on` datetime(6),
  `lost_reason` varchar(140),
  `lost_notes` text,
  `organization_logo` text COMMENT 'Company logo discovered by Domain Enrichment.',
  `company_description` text COMMENT 'Company description discovered by Domain Enrichment.',
  `linkedin` varchar(140),
  `twitter` varchar(140),
  `facebook` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index `status`(`status`),
  index `email`(`email`),
  index `lead_name`(`lead_name`),
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Deal: frappe/crm crm/fcrm/doctype/crm_deal/crm_deal.json
CREATE TABLE `tabCRM Deal` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `organization` varchar(140),
  `probability` decimal(21,9) NOT NULL DEFAULT 0.0,
  `annual_revenue` decimal(21,9) NOT NULL DEFAULT 0.0,
  `website` varchar(140),
  `next_step` varchar(140),
  `lead` varchar(140),
  `deal_owner` varchar(140),
  `naming_series` varchar(140) DEFAULT 'CRM-DEAL-.YYYY.-',
  `email` varchar(140),
  `mobile_no` varchar(140),
  `status` varchar(140),
  `sla` varchar(140),
  `response_by` datetime(6),
  `sla_status` varchar(140),
  `sla_creation` datetime(6),
  `first_response_time` decimal(21,9),
  `first_responded_on` datetime(6),
  `communication_status` varchar(140) DEFAULT 'Open',
  `territory` varchar(140),
  `source` varchar(140),
  `no_of_employees` varchar(140),
  `job_title` varchar(140),
  `phone` varchar(140),
  `lead_name` varchar(140),
  `organization_name` varchar(140),
  `industry` varchar(140),
  `salutation` varchar(140),
  `first_name` varchar(140),
  `last_name` varchar(140),
  `gender` varchar(140),
  `contact` varchar(140),
  `currency` varchar(140),
  `total` decimal(21,9) NOT NULL DEFAULT 0.0,
  `net_total` decimal(21,9) NOT NULL DEFAULT 0.0 COMMENT 'Total after discount',
  `deal_value` decimal(21,9) NOT NULL DEFAULT 0.0,
  `lost_reason` varchar(140),
  `lost_notes` text,
  `exchange_rate` decimal(21,9) NOT NULL DEFAULT 1.0 COMMENT 'The rate used to convert the deal’s currency to your crm\'s base currency (set in CRM Settings). It is set once when the currency is first added and doesn\'t change automatically.',
  `expected_deal_value` decimal(21,9) NOT NULL DEFAULT 0.0,
  `expected_closure_date` date,
  `closed_date` date,
  `last_response_time` decimal(21,9),
  `last_responded_on` datetime(6),
  `organization_logo` text COMMENT 'Company logo discovered by Domain Enrichment.',
  `company_description` text COMMENT 'Company description discovered by Domain Enrichment.',
  `linkedin` varchar(140),
  `twitter` varchar(140),
  `facebook` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index `status`(`status`),
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Organization: frappe/crm crm/fcrm/doctype/crm_organization/crm_organization.json
CREATE TABLE `tabCRM Organization` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `organization_name` varchar(140) UNIQUE,
  `website` varchar(140),
  `organization_logo` text,
  `no_of_employees` varchar(140),
  `annual_revenue` decimal(21,9) NOT NULL DEFAULT 0.0,
  `industry` varchar(140),
  `territory` varchar(140),
  `currency` varchar(140),
  `address` varchar(140),
  `exchange_rate` decimal(21,9) NOT NULL DEFAULT 0.0 COMMENT 'The rate used to convert the organization’s currency to your crm\'s base currency (set in CRM Settings). It is set once when the currency is first added and doesn\'t change automatically.',
  `company_description` text COMMENT 'Company description discovered by Domain Enrichment.',
  `linkedin` varchar(140),
  `twitter` varchar(140),
  `facebook` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Contacts: frappe/crm crm/fcrm/doctype/crm_contacts/crm_contacts.json
CREATE TABLE `tabCRM Contacts` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `contact` varchar(140),
  `full_name` varchar(140),
  `email` varchar(140),
  `mobile_no` varchar(140),
  `phone` varchar(140),
  `gender` varchar(140),
  `is_primary` int(1) NOT NULL DEFAULT 0,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  index parent(parent)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType Contact: frappe/frappe frappe/contacts/doctype/contact/contact.json @ 037836f6
CREATE TABLE `tabContact` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `first_name` varchar(140),
  `middle_name` varchar(140),
  `last_name` varchar(140),
  `full_name` varchar(140),
  `email_id` varchar(140),
  `user` varchar(140),
  `address` varchar(140),
  `sync_with_google_contacts` int(1) NOT NULL DEFAULT 0,
  `status` varchar(140) DEFAULT 'Passive',
  `salutation` varchar(140),
  `designation` varchar(140),
  `gender` varchar(140),
  `phone` varchar(140),
  `mobile_no` varchar(140),
  `company_name` varchar(140),
  `image` text,
  `google_contacts` varchar(140),
  `google_contacts_id` varchar(140),
  `pulled_from_google_contacts` int(1) NOT NULL DEFAULT 0,
  `is_primary_contact` int(1) NOT NULL DEFAULT 0,
  `department` varchar(140),
  `unsubscribed` int(1) NOT NULL DEFAULT 0,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index `email_id`(`email_id`),
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType Contact Email: frappe/frappe frappe/contacts/doctype/contact_email/contact_email.json @ 0ad615e8
CREATE TABLE `tabContact Email` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `email_id` varchar(140),
  `is_primary` int(1) NOT NULL DEFAULT 0,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  index parent(parent)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType Contact Phone: frappe/frappe frappe/contacts/doctype/contact_phone/contact_phone.json @ 0bddbe1d
CREATE TABLE `tabContact Phone` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `phone` varchar(140),
  `is_primary_phone` int(1) NOT NULL DEFAULT 0,
  `is_primary_mobile_no` int(1) NOT NULL DEFAULT 0,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  index parent(parent)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType Address: frappe/frappe frappe/contacts/doctype/address/address.json @ 0ad615e8
CREATE TABLE `tabAddress` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `address_title` varchar(140),
  `address_type` varchar(140),
  `address_line1` varchar(240),
  `address_line2` varchar(240),
  `city` varchar(140),
  `county` varchar(140),
  `state` varchar(140),
  `country` varchar(140),
  `pincode` varchar(140),
  `email_id` varchar(140),
  `phone` varchar(140),
  `fax` varchar(140),
  `is_primary_address` int(1) NOT NULL DEFAULT 0,
  `is_shipping_address` int(1) NOT NULL DEFAULT 0,
  `disabled` int(1) NOT NULL DEFAULT 0,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index `city`(`city`),
  index `country`(`country`),
  index `pincode`(`pincode`),
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType Communication: frappe/frappe frappe/core/doctype/communication/communication.json @ 8026678d
CREATE TABLE `tabCommunication` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `subject` text,
  `communication_medium` varchar(140),
  `sender` varchar(255),
  `recipients` longtext,
  `cc` longtext,
  `bcc` longtext,
  `phone_no` varchar(140),
  `delivery_status` varchar(140),
  `content` longtext,
  `text_content` longtext,
  `communication_type` varchar(140) DEFAULT 'Communication',
  `comment_type` varchar(140),
  `status` varchar(140),
  `sent_or_received` varchar(140),
  `communication_date` datetime(6),
  `read_receipt` int(1) NOT NULL DEFAULT 0,
  `sender_full_name` varchar(140),
  `read_by_recipient` int(1) NOT NULL DEFAULT 0,
  `read_by_recipient_on` datetime(6),
  `reference_doctype` varchar(140),
  `reference_name` varchar(140),
  `reference_owner` varchar(140),
  `email_account` varchar(140),
  `in_reply_to` varchar(140),
  `user` varchar(140),
  `email_template` varchar(140),
  `unread_notification_sent` int(1) NOT NULL DEFAULT 0,
  `seen` int(1) NOT NULL DEFAULT 0,
  `_user_tags` varchar(140),
  `message_id` varchar(995),
  `uid` int(11) NOT NULL DEFAULT 0,
  `email_status` varchar(140),
  `has_attachment` int(1) NOT NULL DEFAULT 0,
  `rating` int(11) NOT NULL DEFAULT 0,
  `feedback_request` varchar(140),
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  `_seen` text,
  index `reference_owner`(`reference_owner`),
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType FCRM Note: frappe/crm crm/fcrm/doctype/fcrm_note/fcrm_note.json
CREATE TABLE `tabFCRM Note` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `title` varchar(140),
  `content` longtext,
  `reference_doctype` varchar(140) DEFAULT 'CRM Lead',
  `reference_docname` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Task: frappe/crm crm/fcrm/doctype/crm_task/crm_task.json
CREATE TABLE `tabCRM Task` (
  `name` bigint primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `title` varchar(140),
  `priority` varchar(140),
  `start_date` date,
  `assigned_to` varchar(140),
  `status` varchar(140),
  `due_date` datetime(6),
  `description` longtext,
  `reference_doctype` varchar(140),
  `reference_docname` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Call Log: frappe/crm crm/fcrm/doctype/crm_call_log/crm_call_log.json
CREATE TABLE `tabCRM Call Log` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `id` varchar(140) UNIQUE,
  `from` varchar(140),
  `status` varchar(140),
  `start_time` datetime(6),
  `medium` varchar(140),
  `type` varchar(140),
  `to` varchar(140),
  `duration` decimal(21,9),
  `recording_url` text,
  `end_time` datetime(6),
  `note` varchar(140),
  `receiver` varchar(140),
  `caller` varchar(140),
  `reference_doctype` varchar(140) DEFAULT 'CRM Lead',
  `reference_docname` varchar(140),
  `telephony_medium` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Notification: frappe/crm crm/fcrm/doctype/crm_notification/crm_notification.json
CREATE TABLE `tabCRM Notification` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `from_user` varchar(140),
  `type` varchar(140),
  `to_user` varchar(140),
  `comment` varchar(140),
  `read` int(1) NOT NULL DEFAULT 0,
  `message` longtext,
  `reference_name` varchar(140),
  `reference_doctype` varchar(140),
  `notification_type_doctype` varchar(140),
  `notification_type_doc` varchar(140),
  `notification_text` text,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Status Change Log: frappe/crm crm/fcrm/doctype/crm_status_change_log/crm_status_change_log.json
CREATE TABLE `tabCRM Status Change Log` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `from` varchar(140),
  `from_date` datetime(6),
  `duration` decimal(21,9),
  `to` varchar(140),
  `to_date` datetime(6),
  `last_status_change_log` varchar(140),
  `log_owner` varchar(140),
  `from_type` varchar(140),
  `to_type` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  index parent(parent)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Rolling Response Time: frappe/crm crm/fcrm/doctype/crm_rolling_response_time/crm_rolling_response_time.json
CREATE TABLE `tabCRM Rolling Response Time` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `response_time` decimal(21,9),
  `responded_on` datetime(6),
  `status` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  index parent(parent)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Products: frappe/crm crm/fcrm/doctype/crm_products/crm_products.json
CREATE TABLE `tabCRM Products` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `product_name` varchar(140),
  `discount_percentage` decimal(21,9) NOT NULL DEFAULT 0.0,
  `discount_amount` decimal(21,9) NOT NULL DEFAULT 0.0,
  `rate` decimal(21,9) NOT NULL DEFAULT 0.0,
  `amount` decimal(21,9) NOT NULL DEFAULT 0.0,
  `net_amount` decimal(21,9) NOT NULL DEFAULT 0.0 COMMENT 'Amount after discount',
  `product_code` varchar(140),
  `qty` decimal(21,9) NOT NULL DEFAULT 1.0,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  index parent(parent)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Product: frappe/crm crm/fcrm/doctype/crm_product/crm_product.json
CREATE TABLE `tabCRM Product` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `naming_series` varchar(140),
  `product_code` varchar(140) UNIQUE,
  `product_name` varchar(140),
  `disabled` int(1) NOT NULL DEFAULT 0,
  `image` text,
  `description` longtext,
  `standard_rate` decimal(21,9) NOT NULL DEFAULT 0.0,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Communication Status: frappe/crm crm/fcrm/doctype/crm_communication_status/crm_communication_status.json
CREATE TABLE `tabCRM Communication Status` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `status` varchar(140) UNIQUE,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Lead Status: frappe/crm crm/fcrm/doctype/crm_lead_status/crm_lead_status.json
CREATE TABLE `tabCRM Lead Status` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `color` varchar(140) DEFAULT 'gray',
  `lead_status` varchar(140) UNIQUE,
  `position` int(11) NOT NULL DEFAULT 1,
  `type` varchar(140) DEFAULT 'Open',
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Deal Status: frappe/crm crm/fcrm/doctype/crm_deal_status/crm_deal_status.json
CREATE TABLE `tabCRM Deal Status` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `color` varchar(140) DEFAULT 'gray',
  `deal_status` varchar(140) UNIQUE,
  `position` int(11) NOT NULL DEFAULT 0,
  `probability` decimal(21,9) NOT NULL DEFAULT 0.0,
  `type` varchar(140) DEFAULT 'Open',
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Lead Source: frappe/crm crm/fcrm/doctype/crm_lead_source/crm_lead_source.json
CREATE TABLE `tabCRM Lead Source` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `source_name` varchar(140) UNIQUE,
  `details` longtext,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Lost Reason: frappe/crm crm/fcrm/doctype/crm_lost_reason/crm_lost_reason.json
CREATE TABLE `tabCRM Lost Reason` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `lost_reason` varchar(140) UNIQUE,
  `description` longtext,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Industry: frappe/crm crm/fcrm/doctype/crm_industry/crm_industry.json
CREATE TABLE `tabCRM Industry` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `industry` varchar(140) UNIQUE,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Territory: frappe/crm crm/fcrm/doctype/crm_territory/crm_territory.json
CREATE TABLE `tabCRM Territory` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `territory_name` varchar(140) UNIQUE,
  `territory_manager` varchar(140),
  `lft` int(11) NOT NULL DEFAULT 0,
  `rgt` int(11) NOT NULL DEFAULT 0,
  `is_group` int(1) NOT NULL DEFAULT 0,
  `old_parent` varchar(140),
  `parent_crm_territory` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Sales Hierarchy: frappe/crm crm/fcrm/doctype/crm_sales_hierarchy/crm_sales_hierarchy.json
CREATE TABLE `tabCRM Sales Hierarchy` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `full_name` varchar(140),
  `user` varchar(140) UNIQUE,
  `old_parent` varchar(140),
  `reports_to` varchar(140),
  `lft` int(11) NOT NULL DEFAULT 0,
  `rgt` int(11) NOT NULL DEFAULT 0,
  `is_group` int(1) NOT NULL DEFAULT 0,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Telephony Agent: frappe/crm crm/fcrm/doctype/crm_telephony_agent/crm_telephony_agent.json
CREATE TABLE `tabCRM Telephony Agent` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `user` varchar(140) UNIQUE,
  `mobile_no` varchar(140),
  `user_name` varchar(140),
  `exotel_number` varchar(140),
  `twilio_number` varchar(140),
  `default_medium` varchar(140),
  `call_receiving_device` varchar(140) DEFAULT 'Computer',
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Telephony Phone: frappe/crm crm/fcrm/doctype/crm_telephony_phone/crm_telephony_phone.json
CREATE TABLE `tabCRM Telephony Phone` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `number` varchar(140),
  `is_primary` int(1) NOT NULL DEFAULT 0,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  index parent(parent)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Invitation: frappe/crm crm/fcrm/doctype/crm_invitation/crm_invitation.json
CREATE TABLE `tabCRM Invitation` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `email` varchar(140),
  `role` varchar(140),
  `key` varchar(140),
  `invited_by` varchar(140),
  `status` varchar(140),
  `email_sent_at` datetime(6),
  `accepted_at` datetime(6),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Service Level Agreement: frappe/crm crm/fcrm/doctype/crm_service_level_agreement/crm_service_level_agreement.json
CREATE TABLE `tabCRM Service Level Agreement` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `sla_name` varchar(140) UNIQUE,
  `enabled` int(1) NOT NULL DEFAULT 0,
  `default` int(1) NOT NULL DEFAULT 0,
  `condition` longtext COMMENT 'Simple Python Expression, Example: doc.status == \'Open\' and doc.lead_source == \'Ads\'',
  `apply_on` varchar(140),
  `start_date` date,
  `end_date` date,
  `holiday_list` varchar(140),
  `rolling_responses` int(1) NOT NULL DEFAULT 0 COMMENT 'Restart the SLA each time the customer replies (status changes to Open) and fulfill it when marked as Replied',
  `condition_json` longtext COMMENT 'Auto-generated from the portal view — do not edit directly unless you know what you\'re doing!',
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Service Level Priority: frappe/crm crm/fcrm/doctype/crm_service_level_priority/crm_service_level_priority.json
CREATE TABLE `tabCRM Service Level Priority` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `default_priority` int(1) NOT NULL DEFAULT 0,
  `priority` varchar(140),
  `first_response_time` decimal(21,9),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  index parent(parent)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Service Day: frappe/crm crm/fcrm/doctype/crm_service_day/crm_service_day.json
CREATE TABLE `tabCRM Service Day` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `workday` varchar(140),
  `start_time` time(6),
  `end_time` time(6),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  index parent(parent)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Holiday List: frappe/crm crm/fcrm/doctype/crm_holiday_list/crm_holiday_list.json
CREATE TABLE `tabCRM Holiday List` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `holiday_list_name` varchar(140) UNIQUE,
  `from_date` date,
  `to_date` date,
  `total_holidays` int(11) NOT NULL DEFAULT 0,
  `weekly_off` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Holiday: frappe/crm crm/fcrm/doctype/crm_holiday/crm_holiday.json
CREATE TABLE `tabCRM Holiday` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `date` date,
  `weekly_off` int(1) NOT NULL DEFAULT 0,
  `description` longtext,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  index parent(parent)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM View Settings: frappe/crm crm/fcrm/doctype/crm_view_settings/crm_view_settings.json
CREATE TABLE `tabCRM View Settings` (
  `name` bigint primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `columns` longtext,
  `user` varchar(140),
  `rows` longtext,
  `filters` longtext,
  `label` varchar(140),
  `dt` varchar(140),
  `order_by` longtext,
  `pinned` int(1) NOT NULL DEFAULT 0,
  `route_name` varchar(140),
  `load_default_columns` int(1) NOT NULL DEFAULT 0,
  `public` int(1) NOT NULL DEFAULT 0,
  `icon` varchar(140),
  `type` varchar(140) DEFAULT 'list',
  `group_by_field` varchar(140),
  `column_field` varchar(140),
  `kanban_columns` longtext,
  `kanban_fields` longtext,
  `title_field` varchar(140),
  `is_standard` int(1) NOT NULL DEFAULT 0,
  `is_default` int(1) NOT NULL DEFAULT 0,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Dashboard: frappe/crm crm/fcrm/doctype/crm_dashboard/crm_dashboard.json
CREATE TABLE `tabCRM Dashboard` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `layout` longtext DEFAULT '[]',
  `title` varchar(140) UNIQUE,
  `user` varchar(140),
  `private` int(1) NOT NULL DEFAULT 0,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Fields Layout: frappe/crm crm/fcrm/doctype/crm_fields_layout/crm_fields_layout.json
CREATE TABLE `tabCRM Fields Layout` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `dt` varchar(140),
  `type` varchar(140),
  `layout` longtext,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Enrichment Run: frappe/crm crm/domain_enrichment/doctype/crm_enrichment_run/crm_enrichment_run.json
CREATE TABLE `tabCRM Enrichment Run` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `reference_doctype` varchar(140),
  `reference_name` varchar(140),
  `status` varchar(140) DEFAULT 'Queued',
  `source_website` varchar(140),
  `started_on` datetime(6),
  `finished_on` datetime(6),
  `company_name` varchar(140),
  `industry` varchar(140),
  `industry_confidence` decimal(21,9) NOT NULL DEFAULT 0.0,
  `emails_found` int(11) NOT NULL DEFAULT 0,
  `phones_found` int(11) NOT NULL DEFAULT 0,
  `social_profiles` text,
  `raw_json` longtext,
  `notes` text,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType CRM Enrichment Rule: frappe/crm crm/domain_enrichment/doctype/crm_enrichment_rule/crm_enrichment_rule.json
CREATE TABLE `tabCRM Enrichment Rule` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `rule_name` varchar(140) UNIQUE,
  `rule_type` varchar(140),
  `enabled` int(1) NOT NULL DEFAULT 1,
  `target_value` varchar(140) COMMENT 'The value this rule resolves to when it matches (e.g. the social network "linkedin"). For Industry rules, use the Industry link instead.',
  `industry` varchar(140),
  `weight` decimal(21,9) NOT NULL DEFAULT 1.0 COMMENT 'Score contributed per matched pattern (Industry classification scoring).',
  `match_scope` varchar(140) DEFAULT 'Full Text' COMMENT 'Where the patterns are matched.',
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType Facebook Page: frappe/crm crm/lead_syncing/doctype/facebook_page/facebook_page.json
CREATE TABLE `tabFacebook Page` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `category` varchar(140),
  `id` varchar(140) UNIQUE,
  `account_id` varchar(140),
  `access_token` text,
  `page_name` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType Facebook Lead Form: frappe/crm crm/lead_syncing/doctype/facebook_lead_form/facebook_lead_form.json
CREATE TABLE `tabFacebook Lead Form` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `page` varchar(140),
  `id` varchar(140) UNIQUE,
  `form_name` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType Lead Sync Source: frappe/crm crm/lead_syncing/doctype/lead_sync_source/lead_sync_source.json
CREATE TABLE `tabLead Sync Source` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `type` varchar(140) DEFAULT 'Facebook',
  `last_synced_at` datetime(6),
  `access_token` text,
  `facebook_page` varchar(140),
  `facebook_lead_form` varchar(140) UNIQUE,
  `enabled` int(1) NOT NULL DEFAULT 1,
  `background_sync_frequency` varchar(140) DEFAULT 'Hourly',
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- DocType Failed Lead Sync Log: frappe/crm crm/lead_syncing/doctype/failed_lead_sync_log/failed_lead_sync_log.json
CREATE TABLE `tabFailed Lead Sync Log` (
  `name` varchar(140) primary key,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) not null default '0',
  `idx` int(8) not null default '0',
  `type` varchar(140) DEFAULT 'Failure',
  `lead_data` longtext,
  `source` varchar(140),
  `traceback` longtext,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  index creation(creation)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC CHARACTER SET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

