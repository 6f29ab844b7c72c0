-- X2CRM / X2Engine Open Source Edition 7.x (CRM and marketing automation: staff users with their public profiles,
-- roles, sessions, login history, failed logins, password resets, two-factor codes and stored e-mail/OAuth
-- credentials; contacts (people: leads and customers) with their phone-number index, web tracking by cookie key and
-- browser fingerprint, anonymous website visitors and geolocation points; tags and field change history; marketing
-- lists and their members with campaign e-mail delivery state; actions (tasks, calendar events, logged calls,
-- notes, e-mails, time entries) with their text, time-tracking timers and calendar invitations; the activity feed
-- (social posts and automatic events); service cases; quotes and invoices; dropdown option lists), trimmed from
-- github.com/X2Engine/X2CRM, commit e2b1011a (2021-02-04), AGPL-3.0 (with X2Engine's Section 7 additional terms).
-- Upstream files: x2engine/protected/data/core.sql, core-pro.sql, core-pla.sql and the per-module
-- x2engine/protected/modules/<module>/data/install.sql, install-pro.sql, install-pla.sql (the open-source edition
-- installs the -pro and -pla files too, see protected/data/editionHierarchy.php); the file a table comes from is
-- named above it. Columns added by `ALTER TABLE ... ADD COLUMN` in those files (x2_contacts.reverseIp,
-- x2_profile.emailInboxes) are written into the table, marked by a comment. Column names, types, defaults and
-- upstream's comments as upstream (its /* */ comments written as --). Left out: the table options (ENGINE,
-- COLLATE, AUTO_INCREMENT), non-unique INDEXes (UNIQUE ones kept), ON UPDATE/ON DELETE clauses, the seed INSERTs,
-- the foreign keys to tables left out (x2_actions.calendarId -> x2_calendars, workflowId -> x2_workflows,
-- stageNumber -> x2_workflow_stages), and the tables x2_admin (the installation's settings, 130 columns),
-- x2_accounts (client organisations), x2_x2leads (the Leads module, whose person columns repeat x2_contacts'),
-- x2_opportunities, x2_campaigns, x2_campaigns_attachments, x2_web_forms, x2_products, x2_quotes_products,
-- x2_action_meta_data, x2_action_to_record, x2_actions_to_media, x2_calendars, x2_calendar_permissions,
-- x2_email_inboxes, x2_credentials_default, x2_session_log, x2_sessions_token, x2_social, x2_like_to_post,
-- x2_events_data, x2_events_to_media, x2_notifications, x2_track_emails, x2_view_log, x2_urls, x2_maps,
-- x2_imports, x2_merge_log, x2_media, x2_docs, x2_doc_folders, x2_templates, x2_topics, x2_topic_replies,
-- x2_bug_reports, x2_groups, x2_group_to_user, x2_role_to_permission, x2_role_to_workflow, x2_role_exceptions,
-- x2_workflows, x2_workflow_stages, x2_fields, x2_form_layouts, x2_mobile_layouts, x2_modules, x2_settings,
-- x2_relationships, x2_record_aliases, x2_criteria, x2_lead_routing, x2_flows, x2_trigger_logs, x2_cron_events,
-- x2_email_reports, x2_forwarded_email_patterns, x2_api_hooks, x2_chart_settings, x2_charts, x2_reports_2,
-- x2_gallery*, x2_temp_files, x2_tips, x2_tours.
--
-- Glossary:
-- * Every date/time column (`createDate`, `lastUpdated`, `timestamp`, `dueDate`, `leadDate`, `requested` ...) is an
--   integer Unix timestamp.
-- * X2 refers to users by their `username`, not their id: `assignedTo` (the owner: a username or a group id; on
--   actions and quotes a comma-separated list of them), `user` (x2_sessions, x2_events), `completedBy`,
--   `escalatedTo`, `changedBy`, `taggedBy`, `createdBy`, `updatedBy`.
-- * `nameId` is a record's name joined to its id ("Jane Doe_17"), unique; link fields store it: the contact of a
--   quote (`associatedContacts`) and of a case (`contactId`), the account (client company) of a contact
--   (`company`, `accountName`) or quote (`accountName`).
-- * Polymorphic references to a record of any module (Contacts, Accounts, Opportunity, Quote, Services, X2Leads,
--   User/Profile ...): `associationType`/`associationId` (actions, action timers, events), `recordType`/`recordId`
--   (locations), `modelType`/`modelId` (phone numbers), `type`/`itemId` (tags, change log); `associationName`,
--   `itemName` and `recordName` copy the linked record's name.
-- * `visibility`: who may see a record (0 private, 1 public, 2 the owner's groups).
-- * `x2_users` are the CRM's staff logins: `username` is internal, `userAlias` the login name shown; `status`
--   1 active / 0 inactive; `temporary` an invited account not yet set up (`inviteKey` the invitation key);
--   `userKey` the API key, `calendarKey` the key of the user's iCal feed; `recentItems` the records the user viewed
--   last, `topContacts` the user's favourite contacts; `login` / `lastLogin` the current and previous login times.
-- * `x2_profile` is one row per user with the same id: the user's public profile (full name, phones, e-mail,
--   address, tag line, avatar file, Google sign-in address `googleId`), preferences and UI settings, Google/Outlook
--   OAuth refresh tokens, `allowPost` ("Allow users to post on your profile?"), `leadRoutingAvailability` (whether
--   the user receives automatically routed leads) and `emailSignature`.
-- * Contacts carry lead and deal fields: `leadSource` (Google, Facebook, Walk In ...), `leadtype` (how the lead
--   came: Web, In Person, Phone, E-Mail), `leadDate`, `leadstatus` (Unassigned, Assigned, Accepted, Working, Dead,
--   Rejected), `rating` ("Confidence", 1-5 stars), `leadscore`, `priority` (Low/Medium/High), `interest`,
--   `dealvalue`, `dealstatus` (Working, Won, Lost), `closedate`, `expectedCloseDate`; `lastActivity` the time of the
--   last action, e-mail or web visit on the record; `doNotCall`/`doNotEmail` the person's opt-outs;
--   `preferredEmail` which of the e-mail fields to write to; `dupeCheck` the duplicate check was done.
-- * Web tracking: `trackingKey` is the key of the web-tracker cookie that ties site visits to a contact or to an
--   anonymous visitor (`x2_anon_contact`, a tracked visitor not yet identified); `fingerprintId` points to the
--   visitor's browser fingerprint (`x2_fingerprint`: a murmurhash of the browser's attributes); `reverseIp` the
--   host name of the visitor's IP address.
-- * `x2_locations`: geolocation points of contacts (geo-IP of web visits, e-mail opens and clicks, unsubscribes,
--   web-form submissions, event RSVPs, a geocoded address) and users (logins, mobile check-ins and posts), `type`
--   says which; `comment` a check-in comment; `seen` the users who saw it.
-- * Actions (`x2_actions`, body in `x2_action_text`) are X2's activities: `type` is empty for a task, or event,
--   call, time, note, email / emailFrom / emailOpened (e-mails sent to or received from the contact, with the whole
--   message as text), webactivity, workflow (a sales-process stage completed), quotes, attachment. `complete`
--   "Yes"/"No"; `reminder` a reminder is set; `timeSpent` seconds logged; `calendarId`, `workflowId`,
--   `stageNumber`, `quoteId`, `locationId` references; `syncGoogleCalendarEventId`/`syncOutlookCalendarEventId` ids
--   of the synced remote event. `x2_action_timers` are a user's time-tracking timers on a record (type Research,
--   Meeting, Email). `x2_calendar_invites` are invitations to a calendar event e-mailed to a guest, with the RSVP.
-- * `x2_events` is the activity feed: users' status posts and comments on profile walls (`type` feed, comment) and
--   automatic entries (record_create, record_deleted, email_sent, email_opened, email_clicked, web_activity,
--   weblead_create, workflow_*, action_complete, action_reminder, calendar_event, case_escalated, voip_call ...);
--   `user` the user who acted or posted, `subtype` the post's kind (Social Post, Announcement ...).
-- * Services are support cases (`impact`, `status`, `mainIssue`, `subIssue`, `origin` Email/Web/Phone,
--   `nextAction`, `resolution`, `escalatedTo`, `parentCase`); the case number is the row's `id`.
-- * Quotes (`x2_quotes`) are quotes and, when `type` is "invoice", invoices (`invoiceStatus`, `invoiceCreateDate`,
--   `invoiceIssuedDate`, `invoicePayedDate`); `locked` the quote may no longer be edited; `template` a document.
-- * Lists (`x2_lists`) are marketing/contact lists (static, dynamic, campaign e-mail lists); `x2_list_items` their
--   members: a contact or a bare e-mail address, with the campaign mailing's state (`uniqueId` the tracking key
--   in the e-mail's links, `sent`/`opened`/`clicked`/`unsubscribed` the times, `suppressed`, `bounced`).
-- * `x2_credentials`: stored accounts (e-mail SMTP/IMAP, Google, Twitter, Outlook ...) of one user (`userId`) or
--   of the installation (`userId` NULL); `auth` the encrypted JSON of address, sender name, user name, password,
--   server. `x2_roles.users` lists the usernames holding the role; `x2_role_to_user.type` says whether `userId` is
--   a user or a group id. `x2_failed_logins` counts failed logins per IP; `x2_login_history` successful logins.

-- upstream: modules/users/data/install.sql
CREATE TABLE x2_users (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  firstName VARCHAR(100),
  lastName VARCHAR(120),
  username VARCHAR(50),
  userAlias VARCHAR(50) DEFAULT NULL,
  password VARCHAR(100),
  title VARCHAR(50),
  department VARCHAR(40),
  officePhone VARCHAR(40),
  cellPhone VARCHAR(40),
  homePhone VARCHAR(40),
  address VARCHAR(100),
  backgroundInfo TEXT,
  emailAddress VARCHAR(100) DEFAULT NULL,
  status TINYINT NOT NULL,
  temporary TINYINT DEFAULT 0,
  lastUpdated VARCHAR(50),
  createDate BIGINT,
  updatedBy VARCHAR(50),
  recentItems VARCHAR(100),
  topContacts VARCHAR(100),
  lastLogin INT DEFAULT 0,
  login INT DEFAULT 0,
  showCalendars TEXT,
  inviteKey VARCHAR(16),
  userKey VARCHAR(64),
  calendarKey VARCHAR(64),
  UNIQUE(username, emailAddress)
);

-- upstream: data/core.sql
CREATE TABLE x2_profile (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  fullName VARCHAR(255) NOT NULL,
  username VARCHAR(50) NOT NULL,
  officePhone VARCHAR(40),
  extension VARCHAR(40),
  cellPhone VARCHAR(40),
  emailAddress VARCHAR(255) NOT NULL,
  notes TEXT,
  status TINYINT NOT NULL,
  tagLine VARCHAR(255),
  lastUpdated BIGINT,
  updatedBy VARCHAR(255),
  avatar TEXT,
  allowPost TINYINT DEFAULT 1,
  disablePhoneLinks TINYINT DEFAULT 0,
  disableNotifPopup TINYINT DEFAULT 0,
  disableAutomaticRecordTagging TINYINT DEFAULT 0,
  disableTimeInTitle TINYINT DEFAULT 0,
  language VARCHAR(40) DEFAULT "",
  timeZone VARCHAR(100) DEFAULT "",
  resultsPerPage INT DEFAULT 20,
  widgets VARCHAR(255),
  widgetOrder TEXT,
  widgetSettings TEXT,
  defaultEmailTemplates TEXT,
  activityFeedOrder TINYINT DEFAULT 0,
  theme TEXT,
  showActions VARCHAR(20),
  miscLayoutSettings TEXT,
  notificationSound VARCHAR(100) NULL DEFAULT "X2_Notification.mp3",
  loginSound VARCHAR(100) NULL DEFAULT "",
  startPage VARCHAR(30) NULL,
  showSocialMedia TINYINT NOT NULL DEFAULT 0,
  showDetailView TINYINT NOT NULL DEFAULT 1,
  gridviewSettings TEXT,
  generalGridViewSettings TEXT,
  formSettings TEXT,
  emailUseSignature VARCHAR(5) DEFAULT "user",
  emailSignature LONGTEXT,
  enableFullWidth TINYINT DEFAULT 1,
  googleId VARCHAR(250),
  userCalendarsVisible TINYINT DEFAULT 1,
  tagsShowAllUsers TINYINT,
  hideCasesWithStatus TEXT,
  hiddenTags TEXT,
  address TEXT,
  defaultFeedFilters TEXT,
  layout TEXT,
  minimizeFeed TINYINT DEFAULT 0,
  fullscreen TINYINT DEFAULT 0,
  fullFeedControls TINYINT DEFAULT 0,
  feedFilters TEXT,
  hideBugsWithStatus TEXT,
  actionFilters TEXT,
  oldActions TINYINT DEFAULT 0,
  mediaWidgetDrive TINYINT DEFAULT 0,
  historyShowAll TINYINT DEFAULT 0,
  historyShowRels TINYINT DEFAULT 0,
  googleRefreshToken VARCHAR(255),
  outlookRefreshToken VARCHAR(1000),
  leadRoutingAvailability TINYINT DEFAULT 1,
  showTours TINYINT DEFAULT 1,
  defaultCalendar INT,
  enableTwoFactor TINYINT DEFAULT 0,
  emailInboxes VARCHAR(255) NOT NULL DEFAULT "", -- added by data/core-pro.sql
  UNIQUE(username, emailAddress)
);

-- upstream: data/core.sql
CREATE TABLE x2_roles (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(250),
  users TEXT,
  timeout INT
);

-- upstream: data/core.sql
CREATE TABLE x2_role_to_user (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  roleId INT,
  userId INT,
  type VARCHAR(250),
  FOREIGN KEY (roleId) REFERENCES x2_roles(id)
);

-- upstream: data/core.sql
CREATE TABLE x2_sessions (
  id CHAR(128) PRIMARY KEY,
  user VARCHAR(255),
  lastUpdated BIGINT,
  IP VARCHAR(40) NOT NULL,
  status TINYINT NOT NULL DEFAULT 0
);

-- upstream: data/core-pla.sql
CREATE TABLE x2_login_history (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(50) NOT NULL,
  IP VARCHAR(40),
  timestamp BIGINT DEFAULT NULL
);

-- upstream: data/core.sql
CREATE TABLE x2_failed_logins (
  `id` INT NOT NULL AUTO_INCREMENT,
  IP VARCHAR(40) NOT NULL,
  attempts INTEGER UNSIGNED,
  active TINYINT DEFAULT 1,
  lastAttempt BIGINT DEFAULT NULL,
  PRIMARY KEY (`id`)
);

-- upstream: modules/users/data/install.sql
CREATE TABLE x2_password_reset (
  id CHAR(64) NOT NULL PRIMARY KEY,
  ip VARCHAR(39) DEFAULT NULL,
  requested BIGINT,
  email VARCHAR(250) DEFAULT NULL,
  userId INT DEFAULT NULL
);

-- upstream: data/core.sql
CREATE TABLE x2_twofactor_auth (
  userId INT NOT NULL PRIMARY KEY,
  code VARCHAR(6) NOT NULL,
  requested BIGINT NOT NULL
);

-- upstream: data/core.sql
CREATE TABLE x2_credentials (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL, -- Descriptive title
  userId INT NULL, -- Null userId indicates system-wide account, i.e. marketing email
  private TINYINT NOT NULL DEFAULT 1, -- If userId is null, anyone can use it
  isEncrypted TINYINT NOT NULL DEFAULT 0, -- Set to 1 when encryption was used on save.
  disableInbox TINYINT NOT NULL DEFAULT 0, -- Set to 1 to disable Email module usage.
  modelClass VARCHAR(50) NOT NULL, -- The class of embedded model used for handling authentication data
  createDate BIGINT DEFAULT NULL,
  lastUpdated BIGINT DEFAULT NULL,
  isBounceAccount TINYINT NOT NULL DEFAULT 0,
  lastRunDate BIGINT DEFAULT NULL,
  auth TEXT -- encrypted (hopefully) authentication data
);

-- upstream: modules/contacts/data/install.sql
CREATE TABLE x2_contacts (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255),
  nameId VARCHAR(250) DEFAULT NULL,
  firstName VARCHAR(255) NOT NULL,
  lastName VARCHAR(255) NOT NULL,
  title VARCHAR(100),
  company VARCHAR(250),
  phone VARCHAR(40),
  phone2 VARCHAR(40),
  email VARCHAR(250),
  website VARCHAR(250),
  address VARCHAR(250),
  address2 VARCHAR(250),
  city VARCHAR(40),
  `state` VARCHAR(40),
  zipcode VARCHAR(20),
  country VARCHAR(40),
  visibility INT NOT NULL,
  assignedTo VARCHAR(50),
  backgroundInfo TEXT,
  twitter VARCHAR(50) NULL,
  linkedin VARCHAR(100) NULL,
  skype VARCHAR(32) NULL,
  googleplus VARCHAR(100) NULL,
  lastUpdated BIGINT,
  lastActivity BIGINT,
  updatedBy VARCHAR(50),
  priority VARCHAR(40),
  leadSource VARCHAR(40),
  leadDate BIGINT,
  rating TINYINT,
  createDate BIGINT,
  facebook VARCHAR(100) NULL,
  otherUrl VARCHAR(100) NULL,
  leadtype VARCHAR(250),
  closedate BIGINT,
  expectedCloseDate BIGINT,
  interest VARCHAR(250),
  leadstatus VARCHAR(250),
  dealvalue DECIMAL(18,2),
  leadscore INT,
  dealstatus VARCHAR(250),
  timezone VARCHAR(250) NULL,
  doNotCall TINYINT DEFAULT 0,
  doNotEmail TINYINT DEFAULT 0,
  trackingKey VARCHAR(32),
  dupeCheck INT DEFAULT 0,
  fingerprintId INT DEFAULT NULL,
  accountName VARCHAR(100),
  businessEmail VARCHAR(250),
  personalEmail VARCHAR(250),
  alternativeEmail VARCHAR(250),
  preferredEmail VARCHAR(250),
  reverseIp VARCHAR(250) DEFAULT NULL, -- added by modules/contacts/data/install-pla.sql
  UNIQUE (nameId)
);

-- upstream: data/core.sql
CREATE TABLE x2_phone_numbers (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  modelId INT UNSIGNED NOT NULL,
  modelType VARCHAR(100) NOT NULL,
  number VARCHAR(40) NOT NULL,
  fieldName VARCHAR(255)
);

-- upstream: modules/marketing/data/install-pla.sql
CREATE TABLE x2_fingerprint (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  fingerprint BIGINT UNSIGNED DEFAULT NULL, -- the murmurhash3 browser fingerprint
  createDate BIGINT NOT NULL,
  anonymous TINYINT,
  -- Fingerprint Attributes
  plugins VARCHAR(255),
  userAgent VARCHAR(255),
  `language` VARCHAR(40),
  screenRes VARCHAR(40),
  timezone INT,
  cookiesEnabled TINYINT,
  indexedDB TINYINT,
  addBehavior TINYINT,
  javaEnabled TINYINT,
  canvasFingerprint INT UNSIGNED DEFAULT NULL,
  localStorage TINYINT,
  sessionStorage TINYINT,
  fonts INT UNSIGNED DEFAULT NULL
);

-- upstream: modules/marketing/data/install-pla.sql
CREATE TABLE x2_anon_contact (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  createDate BIGINT NOT NULL,
  lastUpdated BIGINT,
  fingerprintId INT NOT NULL, -- References an entry in x2_fingerprint
  trackingKey VARCHAR(32),
  email VARCHAR(250),
  reverseIp VARCHAR(250),
  leadscore INT
);

-- upstream: data/core.sql
CREATE TABLE x2_locations (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recordId INT NOT NULL,
  recordType VARCHAR(250) NOT NULL,
  lat FLOAT NOT NULL,
  lon FLOAT NOT NULL,
  altitude FLOAT DEFAULT NULL,
  accuracy FLOAT DEFAULT NULL,
  altitudeAccuracy FLOAT DEFAULT NULL,
  heading FLOAT DEFAULT NULL,
  speed FLOAT DEFAULT NULL,
  type VARCHAR(50) DEFAULT NULL,
  ipAddress VARCHAR(250),
  comment VARCHAR(250),
  seen TEXT,
  createDate BIGINT NOT NULL
);

-- upstream: data/core.sql
CREATE TABLE x2_tags (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  type VARCHAR(50) NOT NULL,
  itemId INT NOT NULL,
  taggedBy VARCHAR(50) NOT NULL,
  tag VARCHAR(250) NOT NULL,
  itemName VARCHAR(250),
  timestamp INT NOT NULL DEFAULT 0
);

-- upstream: data/core.sql
CREATE TABLE x2_changelog (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  type VARCHAR(50) NOT NULL,
  itemId INT NOT NULL,
  recordName VARCHAR(255),
  changedBy VARCHAR(255) NOT NULL,
  changed TEXT NULL,
  fieldName VARCHAR(255),
  oldValue TEXT,
  newValue TEXT,
  diff TINYINT NOT NULL DEFAULT 0,
  timestamp INT NOT NULL DEFAULT 0
);

-- upstream: data/core.sql
CREATE TABLE x2_dropdowns (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(250),
  options TEXT,
  multi TINYINT DEFAULT 0,
  parent INT,
  parentVal VARCHAR(250)
);

-- upstream: modules/contacts/data/install.sql
CREATE TABLE x2_lists (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  assignedTo VARCHAR(255),
  name VARCHAR(238) NOT NULL,
  nameId VARCHAR(250) DEFAULT NULL,
  description VARCHAR(250) NULL,
  type VARCHAR(20) NULL,
  logicType VARCHAR(20) DEFAULT "AND",
  modelName VARCHAR(100),
  visibility INT NOT NULL DEFAULT 1,
  count INT UNSIGNED NOT NULL DEFAULT 0,
  createDate BIGINT NOT NULL,
  lastUpdated BIGINT NOT NULL,
  UNIQUE(nameId)
);

-- upstream: modules/contacts/data/install.sql
CREATE TABLE x2_list_items (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  emailAddress VARCHAR(255) NULL,
  contactId INT UNSIGNED,
  listId INT UNSIGNED NOT NULL,
  uniqueId VARCHAR(32) NULL,
  sent INT NOT NULL DEFAULT 0,
  opened INT UNSIGNED NOT NULL DEFAULT 0,
  clicked INT UNSIGNED NOT NULL DEFAULT 0,
  unsubscribed INT UNSIGNED NOT NULL DEFAULT 0,
  sending TINYINT NOT NULL DEFAULT 0,
  suppressed INT NOT NULL DEFAULT 0,
  bounced INT NOT NULL DEFAULT 0,
  urls TEXT DEFAULT NULL,
  FOREIGN KEY (listId) REFERENCES x2_lists(id)
);

-- upstream: modules/actions/data/install.sql
CREATE TABLE x2_actions (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  assignedTo VARCHAR(255),
  calendarId INT UNSIGNED,
  subject VARCHAR(255),
  visibility INT NOT NULL DEFAULT 1,
  associationId INT NOT NULL,
  associationType VARCHAR(255),
  associationName VARCHAR(100),
  dueDate BIGINT,
  showTime TINYINT NOT NULL DEFAULT 0,
  priority VARCHAR(10),
  type VARCHAR(20),
  createDate BIGINT,
  complete VARCHAR(5) DEFAULT "No",
  reminder VARCHAR(5),
  completedBy VARCHAR(50),
  completeDate BIGINT,
  lastUpdated BIGINT,
  updatedBy VARCHAR(50),
  workflowId INT,
  quoteId INT UNSIGNED,
  stageNumber INT,
  allDay TINYINT,
  color VARCHAR(20),
  syncGoogleCalendarEventId TEXT,
  syncOutlookCalendarEventId TEXT,
  sticky TINYINT DEFAULT 0,
  flowTriggered TINYINT DEFAULT 0,
  timeSpent INT DEFAULT 0,
  locationId INT UNSIGNED,
  UNIQUE (associationType, associationId, workflowId, stageNumber)
);

-- upstream: modules/actions/data/install.sql
CREATE TABLE x2_action_text (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  text LONGTEXT,
  actionId INT UNSIGNED,
  CONSTRAINT action_id_key FOREIGN KEY (actionId) REFERENCES x2_actions (id)
);

-- upstream: modules/actions/data/install-pro.sql
CREATE TABLE x2_action_timers (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `userId` INT NOT NULL,
  `associationId` INT DEFAULT NULL,
  `associationType` VARCHAR(250) DEFAULT NULL,
  `type` VARCHAR(250) DEFAULT NULL,
  `timestamp` BIGINT DEFAULT NULL,
  `endtime` BIGINT DEFAULT NULL,
  `actionId` INT DEFAULT NULL,
  `data` TEXT
);

-- upstream: modules/calendar/data/install.sql
CREATE TABLE x2_calendar_invites (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  actionId INT UNSIGNED NOT NULL,
  email VARCHAR(255),
  status ENUM ('Yes', 'No', 'Maybe'),
  inviteKey VARCHAR(255),
  FOREIGN KEY (`actionId`) REFERENCES x2_actions(`id`)
);

-- upstream: data/core.sql
CREATE TABLE x2_events (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  type VARCHAR(250),
  subtype VARCHAR(250),
  level INT,
  visibility TINYINT DEFAULT 1,
  text TEXT,
  associationType VARCHAR(250),
  associationId INT,
  user VARCHAR(250),
  timestamp BIGINT,
  lastUpdated BIGINT,
  important TINYINT DEFAULT 0,
  sticky TINYINT DEFAULT 0,
  color VARCHAR(10),
  fontColor VARCHAR(10),
  linkColor VARCHAR(10),
  locationId INT UNSIGNED,
  recordLinks TEXT
);

-- upstream: modules/services/data/install.sql
CREATE TABLE x2_services (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  createDate BIGINT,
  lastUpdated BIGINT,
  updatedBy VARCHAR(50),
  description TEXT,
  contactId varchar(250),
  assignedTo TEXT,
  `name` VARCHAR(255),
  nameId VARCHAR(250) DEFAULT NULL,
  impact VARCHAR(40),
  status VARCHAR(40),
  subject TEXT,
  mainIssue VARCHAR(40),
  email VARCHAR(255),
  nextAction TEXT,
  resolution TEXT,
  subIssue VARCHAR(40),
  origin VARCHAR(40),
  escalatedTo VARCHAR(50),
  lastActivity BIGINT,
  parentCase VARCHAR(250),
  UNIQUE(nameId)
);

-- upstream: modules/quotes/data/install.sql
CREATE TABLE x2_quotes (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255) NOT NULL,
  nameId VARCHAR(250) DEFAULT NULL,
  accountName VARCHAR(250),
  salesStage VARCHAR(20),
  expectedCloseDate BIGINT,
  probability INT,
  leadSource VARCHAR(10),
  email VARCHAR(250),
  phone VARCHAR(40),
  leadstatus VARCHAR(250),
  modelName VARCHAR(100),
  description TEXT,
  assignedTo TEXT,
  createDate BIGINT,
  createdBy VARCHAR(50),
  associatedContacts VARCHAR(250) DEFAULT NULL,
  lastUpdated BIGINT,
  lastActivity BIGINT,
  updatedBy VARCHAR(50),
  expirationDate BIGINT,
  status VARCHAR(20),
  currency VARCHAR(40),
  locked TINYINT,
  `type` VARCHAR(20),
  invoiceStatus VARCHAR(40),
  invoiceCreateDate BIGINT,
  invoiceIssuedDate BIGINT,
  invoicePayedDate BIGINT,
  template VARCHAR(250) DEFAULT NULL,
  total DECIMAL(18,2) DEFAULT 0.0,
  subtotal DECIMAL(18,2) DEFAULT 0.0,
  UNIQUE(nameId)
);
