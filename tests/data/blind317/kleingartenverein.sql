-- Erpnext Kleingartenverein (universalappfactory; club management for a German Kleingartenverein, an allotment-garden
-- association, as an app on Frappe / ERPNext 14), github.com/universalappfactory/erpnext_kleingartenverein, branch
-- `webpage`, commit 13238dde4e186d2654d46e383b946a365ef253c3 (the newest commit of the repository, March 2024;
-- AGPL-3.0, LICENSE and hooks.py).
-- Frappe has no SQL file: each DocType JSON erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/<name>/<name>.json
-- becomes a table `tab<DocType>` that Frappe creates on MariaDB. Written here the way Frappe 14's MariaDB schema code
-- does it (frappe/database/schema.py, frappe/database/mariadb/schema.py and the type map of
-- frappe/database/mariadb/database.py): the standard columns `name` (primary key), `creation`, `modified`,
-- `modified_by`, `owner`, `docstatus`, `idx`; one column per data field in `field_order` (Section / Column / Tab
-- Breaks, HTML and Table fields make none); then `parent`, `parentfield`, `parenttype` on child tables (`istable`)
-- or `_user_tags`, `_comments`, `_assign`, `_liked_by` on the others. Types: Data, Link, Dynamic Link, Select,
-- Read Only -> varchar(140); Int -> int(11) and Check -> int(1), NOT NULL DEFAULT the field's default or 0;
-- Float, Currency -> decimal(21,9) NOT NULL DEFAULT 0; Duration -> decimal(21,9); Small Text, Text, Attach, Attach
-- Image -> text; Markdown Editor -> longtext; Date -> date; Datetime -> datetime(6). Unique fields get their UNIQUE
-- KEY, child tables their index on `parent`. Frappe declares no foreign keys: the FOREIGN KEY clauses are the Link
-- fields that point at a table of this file and the `parent` of child tables that have one parent DocType here.
-- All 38 DocTypes of the app are kept (none is a single DocType). Left out: the ERPNext and Frappe tables the app
-- links to and writes to (Customer, which holds the club's members and tenants, with the custom fields that
-- setup/install.py adds to it; User, Role, Company, Item, Account, File, Event, Dynamic Link, ...), which belong
-- to ERPNext / Frappe.

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/attachment_table/attachment_table.json (child table of Customer, Meeting Minutes, Plot, Standard Form)
CREATE TABLE `tabAttachment table` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `attachment_description` varchar(140),
  `attachment` text,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/blog_page/blog_page.json
CREATE TABLE `tabBlog Page` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `startpage_name` varchar(140),
  `title` varchar(140) DEFAULT 'Title',
  `route` varchar(140),
  `is_published` int(1) NOT NULL DEFAULT 0,
  `headline` varchar(140),
  `published_at` datetime(6),
  `abstract` text,
  `author` varchar(140),
  `image` text,
  `background_css` varchar(140) DEFAULT 'bg-nature-green-300',
  `header_css` varchar(140) DEFAULT 'bg-nature-green-300',
  `login_required` int(1) NOT NULL DEFAULT 1,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/bulletin/bulletin.json
CREATE TABLE `tabBulletin` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `headline` varchar(140),
  `content` longtext,
  `date` date,
  `route` varchar(140),
  `login_required` int(1) NOT NULL DEFAULT 1,
  `is_published` int(1) NOT NULL DEFAULT 0,
  `published_at` date,
  `title` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/club_settings/club_settings.json
CREATE TABLE `tabClub Settings` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `club_link` varchar(140),
  `club_name` varchar(140),
  `club_city` varchar(140),
  `default_header_image` text,
  `club_mail_contact` varchar(140),
  `club_phone_contact` varchar(140),
  `club_contact_message` longtext,
  `club_phone_message` longtext,
  `club_mail_message` longtext,
  `service_section_background` text,
  `public_date_tags` varchar(140),
  `stripped_date_tags` varchar(140),
  `dashboard_message` text,
  `default_logo` text,
  `bank_statement_row_mapping_template` text,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/apiaccess/apiaccess.json (child table of Club Settings)
CREATE TABLE `tabApiAccess` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `description` varchar(140),
  `model` varchar(140),
  `role` varchar(140),
  `from_date` date,
  `to_date` date,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`parent`) REFERENCES `tabClub Settings` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/content_page/content_page.json
CREATE TABLE `tabContent Page` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `startpage_name` varchar(140),
  `headline` varchar(140),
  `title` varchar(140) DEFAULT 'Titel',
  `route` varchar(140),
  `is_published` int(1) NOT NULL DEFAULT 0,
  `header_image` text,
  `login_required` int(1) NOT NULL DEFAULT 1,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/dashboardmenuentry/dashboardmenuentry.json (child table of Club Settings)
CREATE TABLE `tabDashboardMenuEntry` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `description` varchar(140),
  `path` varchar(140),
  `role` varchar(140),
  `icon` varchar(140),
  `mode` varchar(140),
  `read_marker_doctype` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`parent`) REFERENCES `tabClub Settings` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/insurance_table/insurance_table.json (child table of Customer)
CREATE TABLE `tabInsurance Table` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `insurance_type` varchar(140),
  `insurance_description` varchar(140),
  `insurance_value` decimal(21,9) NOT NULL DEFAULT 0,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/invoice_calculation/invoice_calculation.json
CREATE TABLE `tabInvoice Calculation` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `description` varchar(140),
  `prefix` varchar(140),
  `year` int(11) NOT NULL DEFAULT 0,
  `customer_group` varchar(140),
  `price_list` varchar(140),
  `debit_to` varchar(140),
  `currency` varchar(140),
  `company` varchar(140),
  `customer` varchar(140),
  `output_folder` varchar(140),
  `due_date` date,
  `print_format` varchar(140),
  `letter_head` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/invoice_calculation_item/invoice_calculation_item.json (child table of Invoice Calculation)
CREATE TABLE `tabInvoice Calculation Item` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `description` varchar(140),
  `action` varchar(140),
  `product` varchar(140),
  `quantity_template` text,
  `amount_template` text,
  `income_account` varchar(140),
  `amount` decimal(21,9) NOT NULL DEFAULT 0,
  `water_consumption_year` int(11) NOT NULL DEFAULT 0,
  `required_teamwork_hours` int(11) NOT NULL DEFAULT 0,
  `teamwork_year` int(11) NOT NULL DEFAULT 0,
  `position` int(11) NOT NULL DEFAULT 0,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`parent`) REFERENCES `tabInvoice Calculation` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/meeting_minutes/meeting_minutes.json
CREATE TABLE `tabMeeting Minutes` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `description` varchar(140),
  `date` date,
  `members` text,
  `content` longtext,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/member_letter/member_letter.json
CREATE TABLE `tabMember Letter` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `description` varchar(140),
  `content` longtext,
  `print_format` varchar(140),
  `target_customergroup` varchar(140),
  `customer` varchar(140),
  `company` varchar(140),
  `target_folder` varchar(140),
  `image_1` text,
  `image_2` text,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/member_letter_template/member_letter_template.json
CREATE TABLE `tabMember Letter Template` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `description` varchar(140),
  `content` longtext,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`),
  UNIQUE KEY `description` (`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/member_letter_shipment/member_letter_shipment.json
CREATE TABLE `tabMember Letter Shipment` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `description` varchar(140),
  `member_letter_template` varchar(140),
  `shipment_type` varchar(140) DEFAULT 'Create Drafts',
  `content` longtext,
  `print_format` varchar(140),
  `target_customergroup` varchar(140),
  `company` varchar(140),
  `target_folder` varchar(140),
  `image_1` text,
  `image_2` text,
  `amended_from` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`),
  UNIQUE KEY `description` (`description`),
  FOREIGN KEY (`member_letter_template`) REFERENCES `tabMember Letter Template` (`name`),
  FOREIGN KEY (`amended_from`) REFERENCES `tabMember Letter Shipment` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/customer_link/customer_link.json (child table of Member Letter Shipment)
CREATE TABLE `tabCustomer Link` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `customer` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`parent`) REFERENCES `tabMember Letter Shipment` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/memberdashboard/memberdashboard.json
CREATE TABLE `tabMemberDashboard` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `dashboard_name` varchar(140),
  `primary_note` varchar(140),
  `secondary_note` varchar(140),
  `route` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/dashboardcard/dashboardcard.json (child table of MemberDashboard)
CREATE TABLE `tabDashboardCard` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `card_name` varchar(140),
  `headline` varchar(140),
  `icon` varchar(140),
  `hint` varchar(140),
  `link` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`parent`) REFERENCES `tabMemberDashboard` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/paymentmapping/paymentmapping.json (child table of Club Settings)
CREATE TABLE `tabPaymentMapping` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `description` varchar(140),
  `regex_pattern` varchar(140),
  `action` varchar(140),
  `product_link` varchar(140),
  `mode` varchar(140) DEFAULT 'Deposit',
  `paid_from_account` varchar(140),
  `bank_account` varchar(140),
  `supplier` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`parent`) REFERENCES `tabClub Settings` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/picture_table/picture_table.json (child table of Club Settings, Plot)
CREATE TABLE `tabPicture table` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `picture_description` varchar(140),
  `picture` text,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/plot/plot.json
CREATE TABLE `tabPlot` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `plot_number` varchar(140),
  `plot_status` varchar(140),
  `customer` varchar(140),
  `plot_size_sqm` decimal(21,9) NOT NULL DEFAULT 0,
  `common_area_sqm` decimal(21,9) NOT NULL DEFAULT 0,
  `note` text,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`),
  UNIQUE KEY `plot_number` (`plot_number`),
  UNIQUE KEY `customer` (`customer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/counter_submission/counter_submission.json
CREATE TABLE `tabCounter Submission` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `customer` varchar(140),
  `given_name` varchar(140),
  `submission_date` datetime(6),
  `amended_from` varchar(140),
  `plot` varchar(140),
  `counter_number` varchar(140),
  `value` decimal(21,9) NOT NULL DEFAULT 0,
  `recent_value` decimal(21,9) NOT NULL DEFAULT 0,
  `is_suspicious` int(1) NOT NULL DEFAULT 0,
  `sent_mail` int(1) NOT NULL DEFAULT 0,
  `picture` text,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`),
  FOREIGN KEY (`amended_from`) REFERENCES `tabCounter Submission` (`name`),
  FOREIGN KEY (`plot`) REFERENCES `tabPlot` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/counter_table/counter_table.json (child table of Plot)
CREATE TABLE `tabCounter Table` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `date` date,
  `mounting_date` date,
  `counter_number` varchar(140),
  `seal_number` varchar(140),
  `counter_value` decimal(21,9) NOT NULL DEFAULT 0,
  `counter_picture` text,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`parent`) REFERENCES `tabPlot` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/former_tenant_table/former_tenant_table.json (child table of Plot)
CREATE TABLE `tabFormer Tenant Table` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `from_date` date,
  `to_date` date,
  `customer_link` varchar(140),
  `invoices_complete_check` int(1) NOT NULL DEFAULT 0,
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`parent`) REFERENCES `tabPlot` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/invoice_calculation_error/invoice_calculation_error.json (child table of Invoice Calculation)
CREATE TABLE `tabInvoice Calculation Error` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `title` varchar(140),
  `datetime` datetime(6),
  `message` text,
  `customer` varchar(140),
  `plot` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`plot`) REFERENCES `tabPlot` (`name`),
  FOREIGN KEY (`parent`) REFERENCES `tabInvoice Calculation` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/read_marker/read_marker.json
CREATE TABLE `tabRead Marker` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `document_type` varchar(140),
  `document_link` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/read_marker_entry/read_marker_entry.json (child table of Read Marker)
CREATE TABLE `tabRead Marker Entry` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `user_link` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`parent`) REFERENCES `tabRead Marker` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/read_marker_mapping/read_marker_mapping.json (child table of Club Settings)
CREATE TABLE `tabRead Marker Mapping` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `document_type` varchar(140),
  `role_link` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`parent`) REFERENCES `tabClub Settings` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/section_card/section_card.json
CREATE TABLE `tabSection Card` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `section_card_name` varchar(140),
  `headline` varchar(140),
  `content` longtext,
  `image` text,
  `additional_css` varchar(140),
  `category` varchar(140),
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/contentpage_section/contentpage_section.json (child table of Blog Page, Content Page, Start Page)
CREATE TABLE `tabContentpage Section` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `section_name` varchar(140),
  `headline` varchar(140),
  `content` longtext,
  `content_template` varchar(140),
  `card` varchar(140),
  `separator_type` varchar(140) DEFAULT 'None',
  `background_css` varchar(140) DEFAULT 'bg-nature-green-300',
  `separator_background_css` varchar(140) DEFAULT 'text-nature-green-300',
  `custom_section_css` varchar(140),
  `custom_template` varchar(140) DEFAULT 'Markdown',
  `custom_template_parameters` varchar(140),
  `separator_style` varchar(140),
  `top_space` varchar(140) DEFAULT 'Default',
  `bottom_space` varchar(140) DEFAULT 'Default',
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`card`) REFERENCES `tabSection Card` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/sent_member_letter/sent_member_letter.json
CREATE TABLE `tabSent Member Letter` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `sent_date` date,
  `member_letter` varchar(140),
  `customer` varchar(140),
  `success` int(1) NOT NULL DEFAULT 0,
  `attachment` text,
  `error_message` text,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`),
  FOREIGN KEY (`member_letter`) REFERENCES `tabMember Letter` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/single_member_letter/single_member_letter.json
CREATE TABLE `tabSingle Member Letter` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `description` varchar(140),
  `content` longtext,
  `customer` varchar(140),
  `amended_from` varchar(140),
  `member_letter_shipment` varchar(140),
  `error_message` varchar(140),
  `success` int(1) NOT NULL DEFAULT 0,
  `target_folder` varchar(140),
  `attachment` text,
  `print_format` varchar(140),
  `member_letter_template` varchar(140),
  `is_preview` int(1) NOT NULL DEFAULT 0,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`),
  UNIQUE KEY `description` (`description`),
  FOREIGN KEY (`amended_from`) REFERENCES `tabSingle Member Letter` (`name`),
  FOREIGN KEY (`member_letter_shipment`) REFERENCES `tabMember Letter Shipment` (`name`),
  FOREIGN KEY (`member_letter_template`) REFERENCES `tabMember Letter Template` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/standard_form/standard_form.json
CREATE TABLE `tabStandard Form` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `description` varchar(140),
  `abstract` text,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`),
  UNIQUE KEY `description` (`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/start_page/start_page.json
CREATE TABLE `tabStart Page` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `startpage_name` varchar(140),
  `title` varchar(140) DEFAULT 'Start',
  `route` varchar(140),
  `is_published` int(1) NOT NULL DEFAULT 0,
  `header_image` text,
  `login_required` int(1) NOT NULL DEFAULT 1,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/startpage_card/startpage_card.json (child table of Start Page)
CREATE TABLE `tabStartpage Card` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `card_name` varchar(140),
  `headline` varchar(140),
  `link` varchar(140),
  `link_text` varchar(140),
  `image` text,
  `sort` int(11) NOT NULL DEFAULT 0,
  `card_type` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`parent`) REFERENCES `tabStart Page` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/teamwork_date/teamwork_date.json
CREATE TABLE `tabTeamwork Date` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `teamwork_date_name` varchar(140),
  `headline` varchar(140),
  `description` text,
  `internal_text` text,
  `minimum_participants` int(11) NOT NULL DEFAULT 0,
  `maximum_participants` int(11) NOT NULL DEFAULT 0,
  `is_complete` int(1) NOT NULL DEFAULT 0,
  `minimum_reached` int(1) NOT NULL DEFAULT 0,
  `date` date,
  `is_published` int(1) NOT NULL DEFAULT 0,
  `route` varchar(140),
  `event_link` varchar(140),
  `time_for_applications` date,
  `login_required` int(1) NOT NULL DEFAULT 1,
  `_user_tags` text,
  `_comments` text,
  `_assign` text,
  `_liked_by` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/teamwork_execution_table/teamwork_execution_table.json (child table of Customer)
CREATE TABLE `tabTeamwork Execution Table` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `execution_date` date,
  `execution_duration` decimal(21,9),
  `execution_description` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/teamwork_participant/teamwork_participant.json (child table of Teamwork Date)
CREATE TABLE `tabTeamwork Participant` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `participant` varchar(140),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`),
  FOREIGN KEY (`parent`) REFERENCES `tabTeamwork Date` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- erpnext_kleingartenverein/erpnext_kleingartenverein/doctype/work_task/work_task.json (child table of Customer, Plot)
CREATE TABLE `tabWork Task` (
  `name` varchar(140) NOT NULL,
  `creation` datetime(6),
  `modified` datetime(6),
  `modified_by` varchar(140),
  `owner` varchar(140),
  `docstatus` int(1) NOT NULL DEFAULT 0,
  `idx` int(8) NOT NULL DEFAULT 0,
  `description` varchar(140),
  `duration` decimal(21,9),
  `parent` varchar(140),
  `parentfield` varchar(140),
  `parenttype` varchar(140),
  PRIMARY KEY (`name`),
  KEY `parent` (`parent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

