-- Frappe Non Profit (github.com/frappe/non_profit, GPL-3.0), commit 93b33b59641c894d63f8e5d5cc686910f521ed2c:
-- the DocType JSON files non_profit/non_profit/doctype/<name>/<name>.json written as the `tab<DocType>` tables
-- Frappe creates on MariaDB (frappe/database/mariadb/schema.py, type_map of frappe/database/mariadb/database.py):
-- Data/Link/Dynamic Link/Select/Read Only/Phone -> varchar(140), Int -> int(11), Currency/Float/Percent ->
-- decimal(21,9), Check -> int(1), Small Text/Text/Password/Attach/Attach Image -> text, Long Text/Code/Text Editor ->
-- longtext, Date -> date, Datetime -> datetime(6). Layout fields (Section/Column Break, HTML, Button, Table) have no
-- column. Frappe declares no foreign keys: the FOREIGN KEY clauses are the Link fields that point at a kept table
-- and the `parent` of the child tables. `pan_number` of Member and Donor are the custom fields non_profit/setup.py
-- creates on install (Frappe adds custom fields with ALTER TABLE ... ADD COLUMN, so they come last).
-- tabSingles and __Auth: frappe/database/mariadb/framework_mariadb.sql (frappe/frappe @ 4d2160359e74, MIT), indexes
-- dropped; tabDynamic Link: frappe/frappe frappe/core/doctype/dynamic_link/dynamic_link.json @ ef6a75d6ed6d (MIT).

-- non_profit/non_profit/doctype/membership_type/membership_type.json
CREATE TABLE `tabMembership Type` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `membership_type` varchar(140),
  `amount` decimal(21,9) NOT NULL DEFAULT 0,
  `razorpay_plan_id` varchar(140),
  `linked_item` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/donor_type/donor_type.json
CREATE TABLE `tabDonor Type` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `donor_type` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/volunteer_type/volunteer_type.json
CREATE TABLE `tabVolunteer Type` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `amount` decimal(21,9) NOT NULL DEFAULT 0,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/member/member.json
CREATE TABLE `tabMember` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `naming_series` varchar(140),
  `member_name` varchar(140),
  `membership_expiry_date` date,
  `membership_type` varchar(140),
  `email_id` varchar(140),
  `image` text,
  `customer` varchar(140),
  `customer_name` varchar(140),
  `supplier` varchar(140),
  `subscription_id` varchar(140),
  `customer_id` varchar(140),
  `subscription_status` varchar(140),
  `subscription_start` date,
  `subscription_end` date,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  `pan_number` varchar(140),
  FOREIGN KEY (`membership_type`) REFERENCES `tabMembership Type` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/chapter/chapter.json
CREATE TABLE `tabChapter` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `chapter_head` varchar(140),
  `region` varchar(140),
  `introduction` longtext,
  `meetup_embed_html` longtext,
  `address` text,
  `route` varchar(140),
  `published` int(1) NOT NULL DEFAULT 0,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  FOREIGN KEY (`chapter_head`) REFERENCES `tabMember` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/chapter_member/chapter_member.json
CREATE TABLE `tabChapter Member` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `user` varchar(140),
  `introduction` varchar(140),
  `website_url` varchar(140),
  `enabled` int(1) NOT NULL DEFAULT 1,
  `leave_reason` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  FOREIGN KEY (`parent`) REFERENCES `tabChapter` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/membership/membership.json
CREATE TABLE `tabMembership` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `member` varchar(140),
  `member_name` varchar(140),
  `membership_type` varchar(140),
  `company` varchar(140),
  `membership_status` varchar(140),
  `from_date` date,
  `to_date` date,
  `member_since_date` date,
  `paid` int(1) NOT NULL DEFAULT 0,
  `currency` varchar(140),
  `amount` decimal(21,9) NOT NULL DEFAULT 0,
  `invoice` varchar(140),
  `subscription_id` varchar(140),
  `payment_id` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  FOREIGN KEY (`member`) REFERENCES `tabMember` (`name`),
  FOREIGN KEY (`membership_type`) REFERENCES `tabMembership Type` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/donor/donor.json
CREATE TABLE `tabDonor` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `donor_name` varchar(140),
  `donor_type` varchar(140),
  `email` varchar(140),
  `image` text,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  `pan_number` varchar(140),
  FOREIGN KEY (`donor_type`) REFERENCES `tabDonor Type` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/donation/donation.json
CREATE TABLE `tabDonation` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `naming_series` varchar(140),
  `donor` varchar(140),
  `donor_name` varchar(140),
  `email` varchar(140),
  `company` varchar(140),
  `date` date,
  `paid` int(1) NOT NULL DEFAULT 0,
  `amount` decimal(21,9) NOT NULL DEFAULT 0,
  `mode_of_payment` varchar(140),
  `payment_id` varchar(140),
  `amended_from` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  FOREIGN KEY (`donor`) REFERENCES `tabDonor` (`name`),
  FOREIGN KEY (`amended_from`) REFERENCES `tabDonation` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/volunteer/volunteer.json
CREATE TABLE `tabVolunteer` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `volunteer_name` varchar(140),
  `volunteer_type` varchar(140),
  `email` varchar(140),
  `image` text,
  `availability` varchar(140),
  `availability_timeslot` varchar(140),
  `note` longtext,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  FOREIGN KEY (`volunteer_type`) REFERENCES `tabVolunteer Type` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/volunteer_skill/volunteer_skill.json
CREATE TABLE `tabVolunteer Skill` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `volunteer_skill` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  FOREIGN KEY (`parent`) REFERENCES `tabVolunteer` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/grant_application/grant_application.json
CREATE TABLE `tabGrant Application` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `applicant_type` varchar(140),
  `applicant_name` varchar(140),
  `contact_person` varchar(140),
  `email` varchar(140),
  `status` varchar(140),
  `website_url` varchar(140),
  `company` varchar(140),
  `grant_description` longtext,
  `amount` decimal(21,9) NOT NULL DEFAULT 0,
  `has_any_past_grant_record` int(1) NOT NULL DEFAULT 0,
  `route` varchar(140),
  `published` int(1) NOT NULL DEFAULT 0,
  `assessment_mark` decimal(21,9) NOT NULL DEFAULT 0,
  `note` text,
  `assessment_manager` varchar(140),
  `email_notification_sent` int(1) NOT NULL DEFAULT 0,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/certification_application/certification_application.json
CREATE TABLE `tabCertification Application` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `name_of_applicant` varchar(140),
  `email` varchar(140),
  `certification_status` varchar(140),
  `paid` int(1) NOT NULL DEFAULT 0,
  `currency` varchar(140),
  `amount` decimal(21,9) NOT NULL DEFAULT 0,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/certified_consultant/certified_consultant.json
CREATE TABLE `tabCertified Consultant` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `name_of_consultant` varchar(140),
  `country` varchar(140),
  `email` varchar(140),
  `phone` varchar(140),
  `website_url` varchar(140),
  `address` text,
  `image` text,
  `certification_application` varchar(140),
  `from_date` date,
  `to_date` date,
  `introduction` text,
  `details` longtext,
  `discuss_id` varchar(140),
  `github_id` varchar(140),
  `show_in_website` int(1) NOT NULL DEFAULT 0,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  FOREIGN KEY (`certification_application`) REFERENCES `tabCertification Application` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/tax_exemption_80g_certificate/tax_exemption_80g_certificate.json
CREATE TABLE `tabTax Exemption 80G Certificate` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `naming_series` varchar(140),
  `recipient` varchar(140),
  `member` varchar(140),
  `member_name` varchar(140),
  `member_email` varchar(140),
  `member_pan_number` varchar(140),
  `donor` varchar(140),
  `donor_name` varchar(140),
  `donor_email` varchar(140),
  `donor_pan_number` varchar(140),
  `date` date,
  `fiscal_year` varchar(140),
  `company` varchar(140),
  `company_address` varchar(140),
  `company_address_display` text,
  `company_pan_number` varchar(140),
  `company_80g_number` varchar(140),
  `company_80g_wef` date,
  `title` varchar(140),
  `total` decimal(21,9) NOT NULL DEFAULT 0,
  `donation` varchar(140),
  `date_of_donation` date,
  `amount` decimal(21,9) NOT NULL DEFAULT 0,
  `mode_of_payment` varchar(140),
  `payment_id` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  FOREIGN KEY (`member`) REFERENCES `tabMember` (`name`),
  FOREIGN KEY (`donor`) REFERENCES `tabDonor` (`name`),
  FOREIGN KEY (`donation`) REFERENCES `tabDonation` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- non_profit/non_profit/doctype/tax_exemption_80g_certificate_detail/tax_exemption_80g_certificate_detail.json
CREATE TABLE `tabTax Exemption 80G Certificate Detail` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `date` date,
  `amount` decimal(21,9) NOT NULL DEFAULT 0,
  `invoice_id` varchar(140),
  `payment_id` varchar(140),
  `membership` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  FOREIGN KEY (`membership`) REFERENCES `tabMembership` (`name`),
  FOREIGN KEY (`parent`) REFERENCES `tabTax Exemption 80G Certificate` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- frappe/frappe frappe/core/doctype/dynamic_link/dynamic_link.json @ ef6a75d6ed6d (child table of Address and Contact:
-- which Member, Donor or Volunteer an address or contact belongs to)
CREATE TABLE `tabDynamic Link` (
  `name` varchar(140) NOT NULL PRIMARY KEY,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `link_doctype` varchar(140),
  `link_name` varchar(140),
  `link_title` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- frappe/database/mariadb/framework_mariadb.sql: single DocTypes (Non Profit Settings) are stored here
CREATE TABLE `tabSingles` (
  `doctype` varchar(255) DEFAULT NULL,
  `field` varchar(255) DEFAULT NULL,
  `value` longtext
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- frappe/database/mariadb/framework_mariadb.sql: Password fields (the webhook secrets of Non Profit Settings,
-- users' passwords)
CREATE TABLE `__Auth` (
  `doctype` VARCHAR(140) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `fieldname` VARCHAR(140) NOT NULL,
  `password` TEXT NOT NULL,
  `encrypted` INT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`doctype`, `name`, `fieldname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
