-- KMyMoney (KDE personal-finance manager) in its SQL storage: institutions, payees (the file owner's own personal
-- data is the payee row with id 'USER'), accounts, transactions and splits, tags, schedules, securities, prices,
-- currencies, reports, budgets, online banking jobs (SEPA credit transfers), payee identifiers (IBAN/BIC, national
-- account numbers), cost centres, key/value pairs, file information.
-- Upstream: github.com/KDE/kmymoney (GPL-2.0-or-later). Schema version 12 as defined in
-- `kmymoney/plugins/sql/mymoneydbdef.cpp` (commit 09172a150bd2185889b9887a4406a6374c0726a0) and rendered for MySQL by
-- `mymoneydbdriver.cpp` (same commit: MyMoneyMysqlDriver); the three plugin tables from
-- `plugins/sql/onlinetasks/sepa/sepastorageplugin.cpp` (1183eaec), `payeeidentifier/ibanandbic/ibanbicstorageplugin.cpp`
-- (5adcba38) and `payeeidentifier/nationalaccount/nationalaccountstorageplugin.cpp` (303e9a1e).
-- Written by hand from those definitions: only the columns valid in version 12 (the `order` columns of versions 8-9
-- are now `userOrder`), in the order the code appends them; MyMoneyDbTextColumn NORMAL/MEDIUM/LONG -> text /
-- mediumtext / longtext, MyMoneyDbIntColumn TINY/SMALL/MEDIUM/BIG -> tinyint/smallint/int/bigint (unsigned where the
-- code says so), MyMoneyDbDatetimeColumn -> datetime; primary keys and the two indexes as the code declares them.
-- The core tables declare no foreign keys; the plugin tables' column REFERENCES are written as table-level
-- FOREIGN KEYs, their CHECK on the BIC length kept. The view kmmBalances is left out.

CREATE TABLE kmmFileInfo (
  version varchar(16),
  created date,
  lastModified date,
  baseCurrency char(3),
  institutions bigint unsigned,
  accounts bigint unsigned,
  payees bigint unsigned,
  tags bigint unsigned,
  transactions bigint unsigned,
  splits bigint unsigned,
  securities bigint unsigned,
  prices bigint unsigned,
  currencies bigint unsigned,
  schedules bigint unsigned,
  reports bigint unsigned,
  kvps bigint unsigned,
  dateRangeStart date,
  dateRangeEnd date,
  hiInstitutionId bigint unsigned,
  hiPayeeId bigint unsigned,
  hiTagId bigint unsigned,
  hiAccountId bigint unsigned,
  hiTransactionId bigint unsigned,
  hiScheduleId bigint unsigned,
  hiSecurityId bigint unsigned,
  hiReportId bigint unsigned,
  encryptData varchar(255),
  updateInProgress char(1),
  budgets bigint unsigned,
  hiBudgetId bigint unsigned,
  hiOnlineJobId bigint unsigned,
  hiPayeeIdentifierId bigint unsigned,
  logonUser varchar(255),
  logonAt datetime,
  fixLevel int unsigned
) ENGINE = InnoDB;

CREATE TABLE kmmPluginInfo (
  iid varchar(255) NOT NULL,
  versionMajor tinyint unsigned NOT NULL,
  versionMinor tinyint unsigned,
  uninstallQuery longtext,
  PRIMARY KEY (iid)
) ENGINE = InnoDB;

CREATE TABLE kmmInstitutions (
  id varchar(32) NOT NULL,
  name text NOT NULL,
  manager text,
  routingCode text,
  addressStreet text,
  addressCity text,
  addressZipcode text,
  telephone text,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE kmmPayees (
  id varchar(32) NOT NULL,
  name text,
  reference text,
  email text,
  addressStreet text,
  addressCity text,
  addressZipcode text,
  addressState text,
  telephone text,
  notes longtext,
  defaultAccountId varchar(32),
  matchData tinyint unsigned,
  matchIgnoreCase char(1),
  matchKeys mediumtext,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE kmmPayeesPayeeIdentifier (
  payeeId varchar(32) NOT NULL,
  userOrder smallint unsigned NOT NULL,
  identifierId varchar(32) NOT NULL,
  PRIMARY KEY (payeeId, userOrder)
) ENGINE = InnoDB;

CREATE TABLE kmmTags (
  id varchar(32) NOT NULL,
  name text,
  closed char(1),
  notes longtext,
  tagColor text,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE kmmTagSplits (
  transactionId varchar(32) NOT NULL,
  tagId varchar(32) NOT NULL,
  splitId smallint unsigned NOT NULL,
  PRIMARY KEY (transactionId, tagId, splitId)
) ENGINE = InnoDB;

CREATE TABLE kmmAccounts (
  id varchar(32) NOT NULL,
  institutionId varchar(32),
  parentId varchar(32),
  lastReconciled datetime,
  lastModified datetime,
  openingDate date,
  accountNumber text,
  accountType varchar(16) NOT NULL,
  accountTypeString text,
  isStockAccount char(1),
  accountName text,
  description text,
  currencyId varchar(32),
  balance text,
  balanceFormatted text,
  transactionCount bigint unsigned,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE kmmAccountsPayeeIdentifier (
  accountId varchar(32) NOT NULL,
  userOrder smallint unsigned NOT NULL,
  identifierId varchar(32) NOT NULL,
  PRIMARY KEY (accountId, userOrder)
) ENGINE = InnoDB;

CREATE TABLE kmmTransactions (
  id varchar(32) NOT NULL,
  txType char(1),
  postDate datetime,
  memo text,
  entryDate datetime,
  currencyId char(3),
  bankId text,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE kmmSplits (
  transactionId varchar(32) NOT NULL,
  txType char(1),
  splitId smallint unsigned NOT NULL,
  payeeId varchar(32),
  reconcileDate datetime,
  action varchar(16),
  reconcileFlag char(1),
  value text NOT NULL,
  valueFormatted text,
  shares text NOT NULL,
  sharesFormatted text,
  price text,
  priceFormatted mediumtext,
  memo text,
  accountId varchar(32) NOT NULL,
  costCenterId varchar(32),
  checkNumber varchar(32),
  postDate datetime,
  bankId mediumtext,
  PRIMARY KEY (transactionId, splitId),
  KEY kmmSplits_kmmSplitsaccount_type_idx (accountId, txType)
) ENGINE = InnoDB;

CREATE TABLE kmmKeyValuePairs (
  kvpType varchar(16) NOT NULL,
  kvpId varchar(32),
  kvpKey varchar(255) NOT NULL,
  kvpData text,
  KEY kmmKeyValuePairs_type_id_idx (kvpType, kvpId)
) ENGINE = InnoDB;

CREATE TABLE kmmSchedules (
  id varchar(32) NOT NULL,
  name text NOT NULL,
  type tinyint unsigned NOT NULL,
  typeString text,
  occurence smallint unsigned NOT NULL,
  occurenceMultiplier smallint unsigned NOT NULL,
  occurenceString text,
  paymentType tinyint unsigned,
  paymentTypeString longtext,
  startDate date NOT NULL,
  endDate date,
  fixed char(1) NOT NULL,
  lastDayInMonth char(1) NOT NULL DEFAULT 'N',
  autoEnter char(1) NOT NULL,
  lastPayment date,
  nextPaymentDue date,
  weekendOption tinyint unsigned NOT NULL,
  weekendOptionString text,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE kmmSchedulePaymentHistory (
  schedId varchar(32) NOT NULL,
  payDate date NOT NULL,
  PRIMARY KEY (schedId, payDate)
) ENGINE = InnoDB;

CREATE TABLE kmmSecurities (
  id varchar(32) NOT NULL,
  name text NOT NULL,
  symbol text,
  type smallint unsigned NOT NULL,
  typeString text,
  smallestAccountFraction varchar(24),
  pricePrecision smallint unsigned NOT NULL DEFAULT 4,
  tradingMarket text,
  tradingCurrency char(3),
  roundingMethod smallint unsigned NOT NULL DEFAULT 7,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE kmmPrices (
  fromId varchar(32) NOT NULL,
  toId varchar(32) NOT NULL,
  priceDate date NOT NULL,
  price text NOT NULL,
  priceFormatted text,
  priceSource text,
  PRIMARY KEY (fromId, toId, priceDate)
) ENGINE = InnoDB;

CREATE TABLE kmmCurrencies (
  ISOcode char(3) NOT NULL,
  name text NOT NULL,
  type smallint unsigned,
  typeString text,
  symbol1 smallint unsigned,
  symbol2 smallint unsigned,
  symbol3 smallint unsigned,
  symbolString varchar(255),
  smallestCashFraction varchar(24),
  smallestAccountFraction varchar(24),
  pricePrecision smallint unsigned NOT NULL DEFAULT 4,
  PRIMARY KEY (ISOcode)
) ENGINE = InnoDB;

CREATE TABLE kmmReportConfig (
  name varchar(255) NOT NULL,
  XML longtext,
  id varchar(32) NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE kmmBudgetConfig (
  id varchar(32) NOT NULL,
  name text NOT NULL,
  start date NOT NULL,
  XML longtext,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE kmmOnlineJobs (
  id varchar(32) NOT NULL,
  type varchar(255) NOT NULL,
  jobSend datetime,
  bankAnswerDate datetime,
  state varchar(15) NOT NULL,
  locked char(1) NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE kmmPayeeIdentifier (
  id varchar(32) NOT NULL,
  type varchar(255),
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE kmmCostCenter (
  id varchar(32) NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE kmmSepaOrders (
  id varchar(32) NOT NULL,
  originAccount varchar(32),
  value text DEFAULT '0',
  purpose text,
  endToEndReference varchar(35),
  beneficiaryName varchar(27),
  beneficiaryIban varchar(32),
  beneficiaryBic char(11),
  textKey int,
  subTextKey int,
  PRIMARY KEY (id),
  FOREIGN KEY (id) REFERENCES kmmOnlineJobs (id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (originAccount) REFERENCES kmmAccounts (id) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE = InnoDB;

CREATE TABLE kmmIbanBic (
  id varchar(32) NOT NULL,
  iban varchar(32),
  bic char(11) CHECK(length(bic) = 11 OR bic IS NULL),
  name text,
  PRIMARY KEY (id),
  FOREIGN KEY (id) REFERENCES kmmPayeeIdentifier (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB;

CREATE TABLE kmmNationalAccountNumber (
  id varchar(32) NOT NULL,
  countryCode varchar(3),
  accountNumber text,
  bankCode text,
  name text,
  PRIMARY KEY (id),
  FOREIGN KEY (id) REFERENCES kmmPayeeIdentifier (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE = InnoDB;
