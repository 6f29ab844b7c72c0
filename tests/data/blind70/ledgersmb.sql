-- LedgerSMB 1.14.0-dev (development head): tables from sql/Pg-database.sql (the base schema; later sql/changes not applied)
-- github.com/ledgersmb/LedgerSMB, commit 2c5787978bf51159f673f11912ddbc0c66cfad9b (GPL-2.0-or-later)
-- PostgreSQL written as MySQL: serial -> INT AUTO_INCREMENT, bool -> BOOLEAN, bytea/tsvector -> BLOB/TEXT,
-- interval -> VARCHAR, int2 -> SMALLINT, text keys -> VARCHAR(255); CHECK constraints and expression defaults
-- left out; tables inheriting `note` carry its columns; upstream COMMENTs kept; foreign keys kept where both
-- tables are in this file (oe.oe_class_id -> oe_class.id dropped: int vs smallint, which MariaDB refuses).
SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE country (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  itu TEXT COMMENT 'The ITU Telecommunication Standardization Sector code for calling internationally. For example, the US is 1, Great Britain is 44'
);

CREATE TABLE language (
  code VARCHAR(6) PRIMARY KEY,
  description TEXT
) COMMENT='Languages for manual translations and so forth.';

CREATE TABLE entity_class (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT 'The first 7 values are reserved and permanent.',
  class TEXT NOT NULL,
  active BOOLEAN NOT NULL DEFAULT TRUE
) COMMENT='Defines the class type such as vendor, customer, contact, employee';

CREATE TABLE entity (
  id INT NOT NULL AUTO_INCREMENT UNIQUE,
  name TEXT COMMENT 'This is the common name of an entity. If it was a person it may be Joshua Drake, a company Acme Corp. You may also choose to use a domain such as commandprompt.com',
  entity_class INTEGER NOT NULL,
  created DATE NOT NULL,
  control_code VARCHAR(255) UNIQUE,
  country_id INT NOT NULL,
  PRIMARY KEY (control_code, entity_class),
  FOREIGN KEY (entity_class) REFERENCES entity_class(id),
  FOREIGN KEY (country_id) REFERENCES country(id)
) COMMENT='The primary entity table to map to all contacts';

CREATE TABLE users (
  id INT NOT NULL AUTO_INCREMENT UNIQUE,
  username VARCHAR(30) PRIMARY KEY,
  notify_password VARCHAR(64) NOT NULL DEFAULT '7 days',
  entity_id INT NOT NULL,
  FOREIGN KEY (entity_id) REFERENCES entity(id) ON DELETE CASCADE
) COMMENT='This table maps lsmb entities to postgresql roles, which are used to authenticate lsmb users. The username field maps to the postgresql role name and is therefore subject to its limitations.';

CREATE TABLE session (
  session_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token VARCHAR(32),
  last_used TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  ttl INT NOT NULL DEFAULT 3600,
  users_id INTEGER NOT NULL,
  notify_pasword VARCHAR(64) NOT NULL DEFAULT '7 days',
  FOREIGN KEY (users_id) REFERENCES users(id) ON DELETE CASCADE
) COMMENT='This table is used to track sessions on a database level across page requests (discretionary locks,open forms for anti-xsrf measures).';

CREATE TABLE user_preference (
  id INT PRIMARY KEY,
  language VARCHAR(6),
  stylesheet TEXT NOT NULL,
  printer TEXT,
  dateformat TEXT NOT NULL,
  numberformat TEXT NOT NULL,
  FOREIGN KEY (id) REFERENCES users(id) ON DELETE CASCADE,
  FOREIGN KEY (language) REFERENCES language(code)
) COMMENT='This table sets the basic preferences for formats, languages, printers, and user-selected stylesheets.';

CREATE TABLE location_class (
  id INT NOT NULL AUTO_INCREMENT UNIQUE,
  class VARCHAR(255) NOT NULL,
  authoritative BOOLEAN NOT NULL,
  PRIMARY KEY (class, authoritative)
) COMMENT='Individuals seeking to add new location classes should coordinate with others.';

CREATE TABLE location (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  line_one TEXT NOT NULL,
  line_two TEXT,
  line_three TEXT,
  city TEXT NOT NULL,
  state TEXT,
  country_id INTEGER NOT NULL,
  mail_code TEXT,
  created DATE NOT NULL,
  inactive_date TIMESTAMP NULL DEFAULT NULL,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  FOREIGN KEY (country_id) REFERENCES country(id)
) COMMENT='This table stores addresses, such as shipto and bill to addresses.';

CREATE TABLE company (
  id INT NOT NULL AUTO_INCREMENT UNIQUE,
  entity_id INTEGER NOT NULL,
  legal_name VARCHAR(255),
  tax_id TEXT COMMENT 'In the US this would be a EIN.',
  sales_tax_id TEXT,
  license_number TEXT,
  sic_code VARCHAR(255),
  created DATE NOT NULL,
  PRIMARY KEY (entity_id, legal_name),
  FOREIGN KEY (entity_id) REFERENCES entity(id)
);

CREATE TABLE entity_to_location (
  location_id INTEGER NOT NULL,
  location_class INTEGER NOT NULL,
  entity_id INTEGER NOT NULL,
  PRIMARY KEY (location_id, entity_id, location_class),
  FOREIGN KEY (location_id) REFERENCES location(id),
  FOREIGN KEY (location_class) REFERENCES location_class(id),
  FOREIGN KEY (entity_id) REFERENCES entity(id) ON DELETE CASCADE
) COMMENT='This table is used for locations generic to companies.  For contract-bound addresses, use eca_to_location instead';

CREATE TABLE salutation (
  id INT NOT NULL AUTO_INCREMENT UNIQUE,
  salutation VARCHAR(255) PRIMARY KEY
);

CREATE TABLE person (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  entity_id INTEGER NOT NULL,
  salutation_id INTEGER,
  first_name TEXT NOT NULL,
  middle_name TEXT,
  last_name TEXT NOT NULL,
  created DATE NOT NULL,
  birthdate DATE,
  personal_id TEXT,
  UNIQUE (entity_id),
  FOREIGN KEY (entity_id) REFERENCES entity(id),
  FOREIGN KEY (salutation_id) REFERENCES salutation(id)
) COMMENT='Every person, must have an entity to derive a common or display name.';

CREATE TABLE entity_employee (
  entity_id INTEGER NOT NULL UNIQUE,
  startdate DATE NOT NULL,
  enddate DATE,
  role VARCHAR(20),
  ssn TEXT,
  sales BOOLEAN DEFAULT FALSE,
  manager_id INTEGER,
  employeenumber VARCHAR(32),
  dob DATE,
  is_manager BOOLEAN DEFAULT FALSE,
  PRIMARY KEY (entity_id),
  FOREIGN KEY (entity_id) REFERENCES entity(id),
  FOREIGN KEY (manager_id) REFERENCES entity(id)
) COMMENT='This contains employee-specific extensions to person/entity.';

CREATE TABLE person_to_company (
  location_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  company_id INTEGER NOT NULL,
  PRIMARY KEY (location_id, person_id),
  FOREIGN KEY (location_id) REFERENCES location(id),
  FOREIGN KEY (person_id) REFERENCES person(id) ON DELETE CASCADE,
  FOREIGN KEY (company_id) REFERENCES company(id) ON DELETE CASCADE
) COMMENT='currently unused in the front-end, but can be used to map persons to companies.';

CREATE TABLE entity_other_name (
  entity_id INTEGER NOT NULL,
  other_name VARCHAR(255),
  PRIMARY KEY (other_name, entity_id),
  FOREIGN KEY (entity_id) REFERENCES entity(id) ON DELETE CASCADE
) COMMENT='Similar to company_other_name, a person may be jd, Joshua Drake, linuxpoet... all are the same person.  Currently unused in the front-end but will likely be added in future versions.';

CREATE TABLE contact_class (
  id INT NOT NULL AUTO_INCREMENT UNIQUE,
  class VARCHAR(255) NOT NULL,
  PRIMARY KEY (class)
) COMMENT='Stores type of contact information attached to companies and persons.';

CREATE TABLE entity_to_contact (
  entity_id INTEGER NOT NULL,
  contact_class_id INTEGER NOT NULL,
  contact VARCHAR(255) NOT NULL,
  description TEXT,
  PRIMARY KEY (entity_id, contact_class_id, contact),
  FOREIGN KEY (entity_id) REFERENCES entity(id) ON DELETE CASCADE,
  FOREIGN KEY (contact_class_id) REFERENCES contact_class(id)
) COMMENT='This table stores contact information for entities';

CREATE TABLE entity_bank_account (
  id INT NOT NULL AUTO_INCREMENT,
  entity_id INT NOT NULL,
  bic VARCHAR(255) COMMENT 'Banking Institution Code, such as routing number of SWIFT code.',
  iban VARCHAR(255) COMMENT 'International Bank Account Number.  used to store the actual account number for the banking institution.',
  remark VARCHAR(255) COMMENT 'This field contains the notes for an account, like: This is USD account, this one is HUF account, this one is the default account, this account for paying specific taxes.',
  UNIQUE (id),
  PRIMARY KEY (entity_id, bic, iban),
  FOREIGN KEY (entity_id) REFERENCES entity(id) ON DELETE CASCADE
) COMMENT='This stores bank account information for both companies and persons.';

CREATE TABLE business (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  description TEXT,
  discount NUMERIC
) COMMENT='Groups of Customers assigned joint discounts.';

CREATE TABLE pricegroup (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  pricegroup TEXT
) COMMENT='Pricegroups are groups of customers who are assigned prices and discounts together.';

CREATE TABLE account (
  id INT NOT NULL AUTO_INCREMENT UNIQUE,
  accno VARCHAR(255) PRIMARY KEY,
  description TEXT,
  is_temp BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Only affects equity accounts. If set, close at end of year.',
  category CHAR(1) NOT NULL COMMENT 'A=asset,L=liability,Q=Equity,I=Income,E=expense',
  gifi_accno TEXT,
  heading INT NOT NULL,
  contra BOOLEAN NOT NULL DEFAULT FALSE,
  tax BOOLEAN NOT NULL DEFAULT FALSE,
  obsolete BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE entity_credit_account (
  id INT NOT NULL AUTO_INCREMENT UNIQUE,
  entity_id INT NOT NULL,
  entity_class INT NOT NULL,
  pay_to_name TEXT,
  discount NUMERIC,
  description TEXT,
  discount_terms INT DEFAULT 0,
  discount_account_id INT,
  taxincluded BOOLEAN DEFAULT FALSE,
  creditlimit NUMERIC DEFAULT 0,
  terms SMALLINT DEFAULT 0,
  meta_number VARCHAR(32) COMMENT 'This stores the human readable control code for the customer/vendor record. This is typically called the customer/vendor "account" in the application.',
  business_id INT,
  language_code VARCHAR(6) DEFAULT 'en',
  pricegroup_id INT,
  curr CHAR(3),
  startdate DATE,
  enddate DATE,
  threshold NUMERIC DEFAULT 0,
  employee_id INT,
  primary_contact INT,
  ar_ap_account_id INT,
  cash_account_id INT,
  bank_account INT,
  taxform_id INT,
  PRIMARY KEY (entity_id, meta_number, entity_class),
  FOREIGN KEY (entity_id) REFERENCES entity(id) ON DELETE CASCADE,
  FOREIGN KEY (entity_class) REFERENCES entity_class(id),
  FOREIGN KEY (discount_account_id) REFERENCES account(id),
  FOREIGN KEY (language_code) REFERENCES language(code),
  FOREIGN KEY (pricegroup_id) REFERENCES pricegroup(id),
  FOREIGN KEY (employee_id) REFERENCES entity_employee(entity_id),
  FOREIGN KEY (primary_contact) REFERENCES person(id),
  FOREIGN KEY (ar_ap_account_id) REFERENCES account(id),
  FOREIGN KEY (cash_account_id) REFERENCES account(id),
  FOREIGN KEY (bank_account) REFERENCES entity_bank_account(id)
) COMMENT='This table stores information relating to general relationships regarding moneys owed on invoice.  Invoices, whether AR or AP, must be attached to a record in this table.';

CREATE TABLE eca_to_contact (
  credit_id INTEGER NOT NULL,
  contact_class_id INTEGER NOT NULL,
  contact VARCHAR(255) NOT NULL,
  description TEXT,
  PRIMARY KEY (credit_id, contact_class_id, contact),
  FOREIGN KEY (credit_id) REFERENCES entity_credit_account(id) ON DELETE CASCADE,
  FOREIGN KEY (contact_class_id) REFERENCES contact_class(id)
) COMMENT='To keep track of the relationship between multiple contact methods and a single vendor or customer account. For generic contacts, use entity_to_contact instead.';

CREATE TABLE eca_to_location (
  location_id INTEGER NOT NULL,
  location_class INTEGER NOT NULL,
  credit_id INTEGER NOT NULL,
  PRIMARY KEY (location_id, credit_id, location_class),
  FOREIGN KEY (location_id) REFERENCES location(id),
  FOREIGN KEY (location_class) REFERENCES location_class(id),
  FOREIGN KEY (credit_id) REFERENCES entity_credit_account(id) ON DELETE CASCADE
) COMMENT='This table is used for locations bound to contracts.  For generic contact addresses, use entity_to_location instead';

CREATE TABLE note_class (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  class TEXT NOT NULL
) COMMENT='Coordinate with others before adding entries.';

CREATE TABLE entity_note (
  id INT NOT NULL AUTO_INCREMENT,
  note_class INTEGER NOT NULL,
  note TEXT NOT NULL COMMENT 'Body of note.',
  vector TEXT NOT NULL COMMENT 'tsvector for full text indexing',
  created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  created_by TEXT,
  ref_key INTEGER NOT NULL,
  subject TEXT,
  entity_id INT,
  PRIMARY KEY (id),
  FOREIGN KEY (note_class) REFERENCES note_class(id),
  FOREIGN KEY (entity_id) REFERENCES entity(id),
  FOREIGN KEY (ref_key) REFERENCES entity(id) ON DELETE CASCADE
) COMMENT='Notes attached to entities (inherits note).';

CREATE TABLE eca_note (
  id INT NOT NULL AUTO_INCREMENT,
  note_class INTEGER NOT NULL,
  note TEXT NOT NULL COMMENT 'Body of note.',
  vector TEXT NOT NULL COMMENT 'tsvector for full text indexing',
  created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  created_by TEXT,
  ref_key INTEGER NOT NULL COMMENT 'references entity_credit_account.id',
  subject TEXT,
  PRIMARY KEY (id),
  FOREIGN KEY (note_class) REFERENCES note_class(id),
  FOREIGN KEY (ref_key) REFERENCES entity_credit_account(id)
) COMMENT='Notes for entity_credit_account entries.';

CREATE TABLE payroll_income_type (
  id INT NOT NULL AUTO_INCREMENT UNIQUE,
  account_id INT NOT NULL,
  pic_id INT NOT NULL,
  country_id INT NOT NULL,
  label TEXT NOT NULL,
  unit TEXT NOT NULL,
  default_amount NUMERIC,
  FOREIGN KEY (account_id) REFERENCES account(id)
);

CREATE TABLE payroll_wage (
  entry_id INT NOT NULL AUTO_INCREMENT UNIQUE,
  entity_id INT,
  type_id INT,
  rate NUMERIC NOT NULL,
  PRIMARY KEY (entity_id, type_id),
  FOREIGN KEY (entity_id) REFERENCES entity(id),
  FOREIGN KEY (type_id) REFERENCES payroll_income_type(id)
);

CREATE TABLE payroll_deduction (
  entry_id INT NOT NULL AUTO_INCREMENT UNIQUE,
  entity_id INT,
  type_id INT,
  rate NUMERIC NOT NULL,
  PRIMARY KEY (entity_id, type_id),
  FOREIGN KEY (entity_id) REFERENCES entity(id)
);

CREATE TABLE transactions (
  id INT PRIMARY KEY,
  table_name TEXT,
  locked_by INT COMMENT 'This should only be used in pessimistic locking measures as required by large batch work flows.',
  approved BOOLEAN,
  approved_by INT,
  approved_at TIMESTAMP NULL,
  FOREIGN KEY (locked_by) REFERENCES session(session_id) ON DELETE SET NULL,
  FOREIGN KEY (approved_by) REFERENCES entity(id)
) COMMENT='This table provides referential integrity between AR, AP, GL tables on one hand and acc_trans on the other, pending the refactoring of those tables. It also is used to provide discretionary locking of financial transactions across database connections, for example in batch payment workflows.';

CREATE TABLE ar (
  id INT PRIMARY KEY,
  invnumber TEXT COMMENT 'Text identifier for the invoice. Must be unique.',
  transdate DATE,
  entity_id INT,
  taxincluded BOOLEAN,
  amount NUMERIC COMMENT 'This stores the total amount (including taxes) for the transaction.',
  netamount NUMERIC COMMENT 'Total amount excluding taxes for the transaction.',
  paid NUMERIC,
  datepaid DATE,
  duedate DATE,
  invoice BOOLEAN DEFAULT FALSE COMMENT 'True if the transaction tracks goods/services purchase using the invoice table. False otherwise.',
  shippingpoint TEXT,
  terms SMALLINT DEFAULT 0,
  notes TEXT COMMENT 'These notes are displayed on the invoice when printed or emailed',
  curr CHAR(3) COMMENT '3 letters to identify the currency.',
  ordnumber TEXT COMMENT 'Order Number',
  person_id INTEGER COMMENT 'Person who created the transaction',
  till VARCHAR(20),
  quonumber TEXT COMMENT 'Quotation Number',
  intnotes TEXT COMMENT 'These notes are not displayed when the invoice is printed or emailed and may be updated without reposting hte invocie.',
  shipvia TEXT,
  language_code VARCHAR(6),
  ponumber TEXT COMMENT 'Purchase Order Number',
  on_hold BOOLEAN DEFAULT FALSE,
  reverse BOOLEAN DEFAULT FALSE COMMENT 'If true numbers are displayed after multiplying by -1',
  approved BOOLEAN DEFAULT TRUE COMMENT 'Only show in financial reports if true.',
  entity_credit_account INT NOT NULL COMMENT 'reference for the customer account used.',
  force_closed BOOLEAN COMMENT 'Not exposed to the UI, but can be set to prevent an invoice from showing up for payment or in outstanding reports.',
  description TEXT,
  is_return BOOLEAN DEFAULT FALSE,
  crdate DATE,
  setting_sequence TEXT,
  FOREIGN KEY (id) REFERENCES transactions(id),
  FOREIGN KEY (entity_id) REFERENCES entity(id),
  FOREIGN KEY (person_id) REFERENCES entity_employee(entity_id),
  FOREIGN KEY (entity_credit_account) REFERENCES entity_credit_account(id)
) COMMENT='Summary/header information for AR transactions and sales invoices.';

CREATE TABLE ap (
  id INT PRIMARY KEY,
  invnumber TEXT COMMENT 'Text identifier for the invoice. Must be unique.',
  transdate DATE,
  entity_id INT,
  taxincluded BOOLEAN DEFAULT FALSE,
  amount NUMERIC COMMENT 'This stores the total amount (including taxes) for the transaction.',
  netamount NUMERIC COMMENT 'Total amount excluding taxes for the transaction.',
  paid NUMERIC,
  datepaid DATE,
  duedate DATE,
  invoice BOOLEAN DEFAULT FALSE COMMENT 'True if the transaction tracks goods/services purchase using the invoice table. False otherwise.',
  ordnumber TEXT COMMENT 'Order Number',
  curr CHAR(3) COMMENT '3 letters to identify the currency.',
  notes TEXT COMMENT 'These notes are displayed on the invoice when printed or emailed',
  person_id INTEGER COMMENT 'Person who created the transaction',
  till VARCHAR(20),
  quonumber TEXT COMMENT 'Quotation Number',
  intnotes TEXT COMMENT 'These notes are not displayed when the invoice is printed or emailed and may be updated without reposting hte invocie.',
  shipvia TEXT,
  language_code VARCHAR(6),
  ponumber TEXT COMMENT 'Purchase Order Number',
  shippingpoint TEXT,
  on_hold BOOLEAN DEFAULT FALSE,
  approved BOOLEAN DEFAULT TRUE COMMENT 'Only show in financial reports if true.',
  reverse BOOLEAN DEFAULT FALSE COMMENT 'If true numbers are displayed after multiplying by -1',
  terms SMALLINT DEFAULT 0,
  description TEXT,
  force_closed BOOLEAN COMMENT 'Not exposed to the UI, but can be set to prevent an invoice from showing up for payment or in outstanding reports.',
  crdate DATE,
  is_return BOOLEAN DEFAULT FALSE,
  entity_credit_account INT NOT NULL COMMENT 'reference for the vendor account used.',
  FOREIGN KEY (id) REFERENCES transactions(id),
  FOREIGN KEY (entity_id) REFERENCES entity(id),
  FOREIGN KEY (person_id) REFERENCES entity_employee(entity_id),
  FOREIGN KEY (entity_credit_account) REFERENCES entity_credit_account(id)
) COMMENT='Summary/header information for AP transactions and vendor invoices.';

CREATE TABLE invoice (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  trans_id INT,
  parts_id INT,
  description TEXT,
  qty NUMERIC COMMENT 'Positive is normal for sales invoices, negative for vendor invoices.',
  allocated NUMERIC COMMENT 'Number of allocated items, negative relative to qty. When qty + allocated = 0, then the item is fully used for purposes of COGS calculations.',
  sellprice NUMERIC,
  `precision` INT,
  fxsellprice NUMERIC,
  discount NUMERIC,
  assemblyitem BOOLEAN DEFAULT FALSE,
  unit VARCHAR(255),
  deliverydate DATE,
  serialnumber TEXT,
  vendor_sku TEXT,
  notes TEXT,
  FOREIGN KEY (trans_id) REFERENCES transactions(id)
) COMMENT='Line items of invoices with goods/services attached.';

CREATE TABLE oe_class (
  id SMALLINT UNIQUE,
  oe_class VARCHAR(255) PRIMARY KEY
) COMMENT='Hardwired classifications for orders and quotations. Coordinate before adding.';

CREATE TABLE oe (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ordnumber TEXT,
  transdate DATE,
  entity_id INTEGER,
  amount NUMERIC,
  netamount NUMERIC,
  reqdate DATE,
  taxincluded BOOLEAN,
  shippingpoint TEXT,
  notes TEXT,
  curr CHAR(3),
  person_id INTEGER,
  closed BOOLEAN DEFAULT FALSE,
  quotation BOOLEAN DEFAULT FALSE,
  quonumber TEXT,
  intnotes TEXT,
  shipvia TEXT,
  language_code VARCHAR(6),
  ponumber TEXT,
  terms SMALLINT DEFAULT 0,
  entity_credit_account INT NOT NULL,
  oe_class_id INT NOT NULL,
  FOREIGN KEY (entity_id) REFERENCES entity(id),
  FOREIGN KEY (person_id) REFERENCES person(id),
  FOREIGN KEY (entity_credit_account) REFERENCES entity_credit_account(id)
) COMMENT='Header information for: * Sales orders * Purchase Orders * Quotations * Requests for Quotation';

CREATE TABLE orderitems (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  trans_id INT,
  parts_id INT,
  description TEXT,
  qty NUMERIC,
  sellprice NUMERIC,
  `precision` INT,
  discount NUMERIC,
  unit VARCHAR(5),
  reqdate DATE,
  ship NUMERIC,
  serialnumber TEXT,
  notes TEXT
) COMMENT='Line items for sales/purchase orders and quotations.';

CREATE TABLE payment (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reference TEXT NOT NULL COMMENT 'This field will store the code for both receipts and payment order',
  gl_id INTEGER COMMENT 'A payment should always be linked to a GL movement',
  payment_class INTEGER NOT NULL,
  payment_date DATE,
  closed BOOLEAN DEFAULT FALSE COMMENT 'This will store the current state of a payment/receipt order',
  entity_credit_id INTEGER,
  employee_id INTEGER,
  currency CHAR(3),
  notes TEXT,
  FOREIGN KEY (entity_credit_id) REFERENCES entity_credit_account(id),
  FOREIGN KEY (employee_id) REFERENCES person(id)
) COMMENT='This table will store the main data on a payment, prepayment, overpayment, et';

CREATE TABLE acc_trans (
  trans_id INT NOT NULL,
  chart_id INT NOT NULL,
  amount NUMERIC NOT NULL,
  transdate DATE,
  source TEXT COMMENT 'Document Source identifier for individual line items, usually used for payments.',
  cleared BOOLEAN DEFAULT FALSE,
  fx_transaction BOOLEAN DEFAULT FALSE,
  memo TEXT,
  invoice_id INT,
  approved BOOLEAN DEFAULT TRUE,
  cleared_on DATE,
  reconciled_on DATE,
  voucher_id INT,
  entry_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  FOREIGN KEY (trans_id) REFERENCES transactions(id),
  FOREIGN KEY (chart_id) REFERENCES account(id)
) COMMENT='This table stores line items for financial transactions. Please note that payments in 1.3 are not full-fledged transactions.';

CREATE TABLE audittrail (
  trans_id INT,
  tablename TEXT,
  reference TEXT,
  formname TEXT,
  action TEXT,
  transdate TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  person_id INTEGER NOT NULL,
  entry_id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  FOREIGN KEY (person_id) REFERENCES person(entity_id)
) COMMENT='This stores information on who entered or updated rows in the ar, ap, or gl tables.';

CREATE TABLE defaults (
  setting_key VARCHAR(255) PRIMARY KEY,
  value TEXT
) COMMENT='This is a free-form table for managing application settings per company database.';

SET FOREIGN_KEY_CHECKS = 1;
