-- iTop (IT service management / helpdesk: people and organisations, teams, user requests, incidents,
-- work orders, contacts on tickets, attachments, services and contracts, configuration items,
-- user accounts and profiles, change tracking, event log, notification e-mails)
-- Upstream: github.com/Combodo/iTop, commit dd34fda42e0583377c3040025a6a33dcf1455c70 (AGPL-3.0)
-- iTop ships no SQL: its setup creates one table per class from the data model. The tables below were
-- written from the class definitions, column by column, with the SQL types iTop's attribute classes
-- produce (core/attributedef.class.inc.php GetSQLColumns; key/finalclass/archive/obsolescence columns
-- as core/metamodel.class.php adds them):
--   XML classes: datamodels/2.x/{itop-structure,itop-tickets,itop-request-mgmt-itil,itop-incident-mgmt-itil,
--     itop-attachments,itop-service-mgmt,itop-config-mgmt,itop-endusers-devices,itop-bridge-cmdb-ticket}/datamodel.*.xml
--   PHP classes: core/userrights.class.inc.php, addons/userrights/userrightsprofile.class.inc.php,
--     datamodels/2.x/authent-local/model.authent-local.php, core/cmdbchange.class.inc.php,
--     core/cmdbchangeop.class.inc.php, core/event.class.inc.php, core/asynctask.class.inc.php
-- A subclass's table holds only its own columns and shares the id of its parent's row.
-- Indexes left out (iTop declares no foreign keys). Trimmed to 41 tables.

-- class Organization (itop-structure)
CREATE TABLE `organization` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255) DEFAULT '',
  `code` VARCHAR(255) DEFAULT '',
  `status` ENUM('active','inactive') DEFAULT 'active',
  `parent_id` INT(11) DEFAULT 0,
  `parent_id_left` INT(11) DEFAULT 0,
  `parent_id_right` INT(11) DEFAULT 0,
  `deliverymodel_id` INT(11) DEFAULT 0,
  `obsolescence_date` DATE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class Location (itop-structure)
CREATE TABLE `location` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255) DEFAULT '',
  `status` ENUM('active','inactive') DEFAULT 'active',
  `org_id` INT(11) DEFAULT 0,
  `address` TEXT,
  `postal_code` VARCHAR(255) DEFAULT '',
  `city` VARCHAR(255) DEFAULT '',
  `country` VARCHAR(255) DEFAULT '',
  `obsolescence_date` DATE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class Contact (itop-structure)
CREATE TABLE `contact` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255) DEFAULT '',
  `status` ENUM('active','inactive') DEFAULT 'active',
  `org_id` INT(11) DEFAULT 0,
  `email` VARCHAR(255) DEFAULT '',
  `phone` VARCHAR(255) DEFAULT '',
  `notify` ENUM('yes','no') DEFAULT 'yes',
  `function` VARCHAR(255) DEFAULT '',
  `finalclass` VARCHAR(255) DEFAULT 'Contact',
  `obsolescence_date` DATE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class Person (itop-structure)
CREATE TABLE `person` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `picture_data` LONGBLOB,
  `picture_mimetype` VARCHAR(255),
  `picture_filename` VARCHAR(255),
  `picture_downloads_count` INT(11) UNSIGNED,
  `first_name` VARCHAR(255) DEFAULT '',
  `employee_number` VARCHAR(255) DEFAULT '',
  `mobile_phone` VARCHAR(255) DEFAULT '',
  `location_id` INT(11) DEFAULT 0,
  `manager_id` INT(11) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class Team (itop-structure)
CREATE TABLE `team` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class lnkPersonToTeam (itop-structure)
CREATE TABLE `lnkpersontoteam` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `team_id` INT(11) DEFAULT 0,
  `person_id` INT(11) DEFAULT 0,
  `role_id` INT(11) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class Ticket (itop-tickets)
CREATE TABLE `ticket` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `operational_status` ENUM('ongoing','resolved','closed') DEFAULT 'ongoing',
  `ref` VARCHAR(255) DEFAULT '',
  `org_id` INT(11) DEFAULT 0,
  `caller_id` INT(11) DEFAULT 0,
  `team_id` INT(11) DEFAULT 0,
  `agent_id` INT(11) DEFAULT 0,
  `title` VARCHAR(255) DEFAULT '',
  `description` TEXT,
  `description_format` ENUM('text','html') DEFAULT 'text',
  `start_date` DATETIME,
  `end_date` DATETIME,
  `last_update` DATETIME,
  `close_date` DATETIME,
  `private_log` LONGTEXT,
  `private_log_index` BLOB,
  `finalclass` VARCHAR(255) DEFAULT 'Ticket'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class UserRequest (itop-request-mgmt-itil)
CREATE TABLE `ticket_request` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `status` ENUM('new','waiting_for_approval','approved','rejected','assigned','pending','escalated_tto','escalated_ttr','resolved','closed') DEFAULT 'new',
  `request_type` ENUM('service_request') DEFAULT 'service_request',
  `impact` ENUM('1','2','3') DEFAULT '1',
  `priority` ENUM('1','2','3','4') DEFAULT '4',
  `urgency` ENUM('1','2','3','4') DEFAULT '4',
  `origin` ENUM('in_person','chat','mail','phone','portal') DEFAULT 'phone',
  `approver_id` INT(11) DEFAULT 0,
  `service_id` INT(11) DEFAULT 0,
  `servicesubcategory_id` INT(11) DEFAULT 0,
  `escalation_flag` ENUM('yes','no') DEFAULT 'no',
  `escalation_reason` VARCHAR(255) DEFAULT '',
  `assignment_date` DATETIME,
  `resolution_date` DATETIME,
  `last_pending_date` DATETIME,
  `cumulatedpending_timespent` INT(11) UNSIGNED,
  `cumulatedpending_started` DATETIME,
  `cumulatedpending_laststart` DATETIME,
  `cumulatedpending_stopped` DATETIME,
  `tto_timespent` INT(11) UNSIGNED,
  `tto_started` DATETIME,
  `tto_laststart` DATETIME,
  `tto_stopped` DATETIME,
  `tto_75_deadline` DATETIME,
  `tto_75_passed` TINYINT(1) UNSIGNED,
  `tto_75_triggered` TINYINT(1),
  `tto_75_overrun` INT(11) UNSIGNED,
  `tto_100_deadline` DATETIME,
  `tto_100_passed` TINYINT(1) UNSIGNED,
  `tto_100_triggered` TINYINT(1),
  `tto_100_overrun` INT(11) UNSIGNED,
  `ttr_timespent` INT(11) UNSIGNED,
  `ttr_started` DATETIME,
  `ttr_laststart` DATETIME,
  `ttr_stopped` DATETIME,
  `ttr_75_deadline` DATETIME,
  `ttr_75_passed` TINYINT(1) UNSIGNED,
  `ttr_75_triggered` TINYINT(1),
  `ttr_75_overrun` INT(11) UNSIGNED,
  `ttr_100_deadline` DATETIME,
  `ttr_100_passed` TINYINT(1) UNSIGNED,
  `ttr_100_triggered` TINYINT(1),
  `ttr_100_overrun` INT(11) UNSIGNED,
  `time_spent` INT(11) UNSIGNED,
  `resolution_code` ENUM('assistance','other','software patch','training','hardware repair','system update','bug fixed') DEFAULT 'assistance',
  `solution` TEXT,
  `solution_format` ENUM('text','html') DEFAULT 'text',
  `pending_reason` TEXT,
  `parent_request_id` INT(11) DEFAULT 0,
  `parent_incident_id` INT(11) DEFAULT 0,
  `parent_problem_id` INT(11) DEFAULT 0,
  `parent_change_id` INT(11) DEFAULT 0,
  `public_log` LONGTEXT,
  `public_log_index` BLOB,
  `user_satisfaction` ENUM('1','2','3','4') DEFAULT '1',
  `user_commment` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class Incident (itop-incident-mgmt-itil)
CREATE TABLE `ticket_incident` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `status` ENUM('new','assigned','pending','escalated_tto','escalated_ttr','resolved','closed') DEFAULT 'new',
  `impact` ENUM('1','2','3') DEFAULT '1',
  `priority` ENUM('1','2','3','4') DEFAULT '4',
  `urgency` ENUM('1','2','3','4') DEFAULT '4',
  `origin` ENUM('in_person','chat','mail','phone','portal','monitoring') DEFAULT 'phone',
  `service_id` INT(11) DEFAULT 0,
  `servicesubcategory_id` INT(11) DEFAULT 0,
  `escalation_flag` ENUM('yes','no') DEFAULT 'no',
  `escalation_reason` VARCHAR(255) DEFAULT '',
  `assignment_date` DATETIME,
  `resolution_date` DATETIME,
  `last_pending_date` DATETIME,
  `cumulatedpending_timespent` INT(11) UNSIGNED,
  `cumulatedpending_started` DATETIME,
  `cumulatedpending_laststart` DATETIME,
  `cumulatedpending_stopped` DATETIME,
  `tto_timespent` INT(11) UNSIGNED,
  `tto_started` DATETIME,
  `tto_laststart` DATETIME,
  `tto_stopped` DATETIME,
  `tto_75_deadline` DATETIME,
  `tto_75_passed` TINYINT(1) UNSIGNED,
  `tto_75_triggered` TINYINT(1),
  `tto_75_overrun` INT(11) UNSIGNED,
  `tto_100_deadline` DATETIME,
  `tto_100_passed` TINYINT(1) UNSIGNED,
  `tto_100_triggered` TINYINT(1),
  `tto_100_overrun` INT(11) UNSIGNED,
  `ttr_timespent` INT(11) UNSIGNED,
  `ttr_started` DATETIME,
  `ttr_laststart` DATETIME,
  `ttr_stopped` DATETIME,
  `ttr_75_deadline` DATETIME,
  `ttr_75_passed` TINYINT(1) UNSIGNED,
  `ttr_75_triggered` TINYINT(1),
  `ttr_75_overrun` INT(11) UNSIGNED,
  `ttr_100_deadline` DATETIME,
  `ttr_100_passed` TINYINT(1) UNSIGNED,
  `ttr_100_triggered` TINYINT(1),
  `ttr_100_overrun` INT(11) UNSIGNED,
  `time_spent` INT(11) UNSIGNED,
  `resolution_code` ENUM('assistance','other','software patch','training','hardware repair','system update','bug fixed') DEFAULT 'assistance',
  `solution` TEXT,
  `solution_format` ENUM('text','html') DEFAULT 'text',
  `pending_reason` TEXT,
  `parent_incident_id` INT(11) DEFAULT 0,
  `parent_problem_id` INT(11) DEFAULT 0,
  `parent_change_id` INT(11) DEFAULT 0,
  `public_log` LONGTEXT,
  `public_log_index` BLOB,
  `user_satisfaction` ENUM('1','2','3','4') DEFAULT '1',
  `user_commment` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class lnkContactToTicket (itop-tickets)
CREATE TABLE `lnkcontacttoticket` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ticket_id` INT(11) DEFAULT 0,
  `contact_id` INT(11) DEFAULT 0,
  `role` VARCHAR(255) DEFAULT '',
  `impact_code` ENUM('manual','computed','do_not_notify') DEFAULT 'manual'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class WorkOrder (itop-tickets)
CREATE TABLE `workorder` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255) DEFAULT '',
  `status` ENUM('open','closed') DEFAULT 'open',
  `description` TEXT,
  `ticket_id` INT(11) DEFAULT 0,
  `team_id` INT(11) DEFAULT 0,
  `owner_id` INT(11) DEFAULT 0,
  `start_date` DATETIME,
  `end_date` DATETIME,
  `log` LONGTEXT,
  `log_index` BLOB
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class lnkFunctionalCIToTicket (itop-bridge-cmdb-ticket)
CREATE TABLE `lnkfunctionalcitoticket` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ticket_id` INT(11) DEFAULT 0,
  `functionalci_id` INT(11) DEFAULT 0,
  `impact` VARCHAR(255) DEFAULT '',
  `impact_code` ENUM('manual','computed','not_impacted') DEFAULT 'manual'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class Attachment (itop-attachments)
CREATE TABLE `attachment` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `expire` DATETIME,
  `temp_id` VARCHAR(255) DEFAULT '',
  `item_class` VARCHAR(255) DEFAULT '',
  `item_id` INT(11) DEFAULT 0,
  `item_org_id` INT(11) DEFAULT 0,
  `contents_data` LONGBLOB,
  `contents_mimetype` VARCHAR(255),
  `contents_filename` VARCHAR(255),
  `contents_downloads_count` INT(11) UNSIGNED,
  `creation_date` DATETIME,
  `user_id` INT(11) DEFAULT 0,
  `contact_id` INT(11) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class Service (itop-service-mgmt)
CREATE TABLE `service` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255) DEFAULT '',
  `org_id` INT(11) DEFAULT 0,
  `servicefamily_id` INT(11) DEFAULT 0,
  `description` TEXT,
  `status` ENUM('production','implementation','obsolete'),
  `icon_data` LONGBLOB,
  `icon_mimetype` VARCHAR(255),
  `icon_filename` VARCHAR(255),
  `icon_downloads_count` INT(11) UNSIGNED
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class ServiceSubcategory (itop-service-mgmt)
CREATE TABLE `servicesubcategory` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255) DEFAULT '',
  `description` TEXT,
  `service_id` INT(11) DEFAULT 0,
  `request_type` ENUM('incident','service_request') DEFAULT 'incident',
  `status` ENUM('production','implementation','obsolete')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class Contract (itop-service-mgmt)
CREATE TABLE `contract` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255) DEFAULT '',
  `org_id` INT(11) DEFAULT 0,
  `description` TEXT,
  `start_date` DATE,
  `end_date` DATE,
  `cost` VARCHAR(255) DEFAULT '',
  `cost_currency` ENUM('dollars','euros'),
  `contracttype_id` INT(11) DEFAULT 0,
  `billing_frequency` VARCHAR(255) DEFAULT '',
  `cost_unit` VARCHAR(255) DEFAULT '',
  `provider_id` INT(11) DEFAULT 0,
  `status` ENUM('production','implementation','obsolete'),
  `finalclass` VARCHAR(255) DEFAULT 'Contract'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class lnkContactToContract (itop-service-mgmt)
CREATE TABLE `lnkcontacttocontract` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `contract_id` INT(11) DEFAULT 0,
  `contact_id` INT(11) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class DeliveryModel (itop-service-mgmt)
CREATE TABLE `deliverymodel` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255) DEFAULT '',
  `org_id` INT(11) DEFAULT 0,
  `description` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class lnkDeliveryModelToContact (itop-service-mgmt)
CREATE TABLE `lnkdeliverymodeltocontact` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `deliverymodel_id` INT(11) DEFAULT 0,
  `contact_id` INT(11) DEFAULT 0,
  `role_id` INT(11) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class FunctionalCI (itop-config-mgmt)
CREATE TABLE `functionalci` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255) DEFAULT '',
  `description` TEXT,
  `org_id` INT(11) DEFAULT 0,
  `business_criticity` ENUM('high','medium','low') DEFAULT 'low',
  `move2production` DATE,
  `finalclass` VARCHAR(255) DEFAULT 'FunctionalCI',
  `obsolescence_date` DATE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class PhysicalDevice (itop-config-mgmt)
CREATE TABLE `physicaldevice` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `serialnumber` VARCHAR(255) DEFAULT '',
  `location_id` INT(11) DEFAULT 0,
  `status` ENUM('production','implementation','stock','obsolete') DEFAULT 'production',
  `brand_id` INT(11) DEFAULT 0,
  `model_id` INT(11) DEFAULT 0,
  `asset_number` VARCHAR(255) DEFAULT '',
  `purchase_date` DATE,
  `end_of_warranty` DATE,
  `finalclass` VARCHAR(255) DEFAULT 'FunctionalCI'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class PC (itop-endusers-devices)
CREATE TABLE `pc` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `osfamily_id` INT(11) DEFAULT 0,
  `osversion_id` INT(11) DEFAULT 0,
  `cpu` VARCHAR(255) DEFAULT '',
  `ram` VARCHAR(255) DEFAULT '',
  `type` ENUM('laptop','desktop')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class lnkContactToFunctionalCI (itop-config-mgmt)
CREATE TABLE `lnkcontacttofunctionalci` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `functionalci_id` INT(11) DEFAULT 0,
  `contact_id` INT(11) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class User (core/userrights.class.inc.php)
CREATE TABLE `priv_user` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `contactid` INT(11) DEFAULT 0,
  `login` VARCHAR(255),
  `language` VARCHAR(255) DEFAULT 'EN US',
  `status` ENUM('enabled','disabled') DEFAULT 'enabled',
  `log` LONGTEXT,
  `log_index` BLOB,
  `finalclass` VARCHAR(255) DEFAULT 'User'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class UserInternal (core/userrights.class.inc.php)
CREATE TABLE `priv_internaluser` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `reset_pwd_token_hash` TINYBLOB,
  `reset_pwd_token_salt` TINYBLOB,
  `finalclass` VARCHAR(255) DEFAULT 'User'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class UserLocal (datamodels/2.x/authent-local/model.authent-local.php)
CREATE TABLE `priv_user_local` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `password_hash` TINYBLOB,
  `password_salt` TINYBLOB,
  `expiration` ENUM('can_expire','never_expire','force_expire','otp_expire') DEFAULT 'never_expire',
  `password_renewed_date` DATE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class URP_Profiles (addons/userrights/userrightsprofile.class.inc.php)
CREATE TABLE `priv_urp_profiles` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255),
  `description` VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class URP_UserProfile (addons/userrights/userrightsprofile.class.inc.php)
CREATE TABLE `priv_urp_userprofile` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `userid` INT(11) DEFAULT 0,
  `profileid` INT(11) DEFAULT 0,
  `description` VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class URP_UserOrg (addons/userrights/userrightsprofile.class.inc.php)
CREATE TABLE `priv_urp_userorg` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `userid` INT(11) DEFAULT 0,
  `allowed_org_id` INT(11) DEFAULT 0,
  `reason` VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class CMDBChange (core/cmdbchange.class.inc.php)
CREATE TABLE `priv_change` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `date` DATETIME,
  `userinfo` VARCHAR(255),
  `user_id` INT(11) DEFAULT 0,
  `origin` ENUM('interactive','csv-interactive','csv-import.php','webservice-soap','webservice-rest','synchro-data-source','email-processing','custom-extension') DEFAULT 'interactive'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class CMDBChangeOp (core/cmdbchangeop.class.inc.php)
CREATE TABLE `priv_changeop` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `changeid` INT(11) DEFAULT 0,
  `objclass` VARCHAR(255) DEFAULT '',
  `objkey` INT(11) DEFAULT 0,
  `optype` VARCHAR(255) DEFAULT 'CMDBChangeOp'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class CMDBChangeOpSetAttribute (core/cmdbchangeop.class.inc.php)
CREATE TABLE `priv_changeop_setatt` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `attcode` VARCHAR(255) DEFAULT '',
  `optype` VARCHAR(255) DEFAULT 'CMDBChangeOp'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class CMDBChangeOpSetAttributeScalar (core/cmdbchangeop.class.inc.php)
CREATE TABLE `priv_changeop_setatt_scalar` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `oldvalue` VARCHAR(255),
  `newvalue` VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class CMDBChangeOpSetAttributeCaseLog (core/cmdbchangeop.class.inc.php)
CREATE TABLE `priv_changeop_setatt_log` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `lastentry` INT(11) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class CMDBChangeOpSetAttributeText (core/cmdbchangeop.class.inc.php)
CREATE TABLE `priv_changeop_setatt_text` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `prevdata` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class Event (core/event.class.inc.php)
CREATE TABLE `priv_event` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `message` TEXT,
  `date` DATETIME,
  `userinfo` VARCHAR(255),
  `realclass` VARCHAR(255) DEFAULT 'Event'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class EventNotification (core/event.class.inc.php)
CREATE TABLE `priv_event_notification` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `trigger_id` INT(11) DEFAULT 0,
  `action_id` INT(11) DEFAULT 0,
  `object_id` INT(11) DEFAULT 0,
  `object_class` VARCHAR(255),
  `realclass` VARCHAR(255) DEFAULT 'Event'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class EventNotificationEmail (core/event.class.inc.php)
CREATE TABLE `priv_event_email` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `to` TEXT,
  `cc` TEXT,
  `bcc` TEXT,
  `from` TEXT,
  `subject` TEXT,
  `body` LONGTEXT,
  `attachments` LONGTEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class EventLoginUsage (core/event.class.inc.php)
CREATE TABLE `priv_event_loginusage` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` INT(11) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class AsyncTask (core/asynctask.class.inc.php)
CREATE TABLE `priv_async_task` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `status` ENUM('planned','running','idle','error') DEFAULT 'planned',
  `created` DATETIME,
  `started` DATETIME,
  `planned` DATETIME,
  `event_id` INT(11) DEFAULT 0,
  `remaining_retries` INT(11) DEFAULT 0,
  `last_error_code` INT(11) DEFAULT 0,
  `last_error` VARCHAR(255) DEFAULT '',
  `last_attempt` DATETIME,
  `realclass` VARCHAR(255) DEFAULT 'AsyncTask'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- class AsyncSendEmail (core/asynctask.class.inc.php)
CREATE TABLE `priv_async_send_email` (
  `id` INT(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `version` INT(11) DEFAULT 1,
  `to` TEXT,
  `subject` TEXT,
  `message` LONGTEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
