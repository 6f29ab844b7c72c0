-- phpList 3 (newsletter / mailing-list manager) -- database schema, MySQL DDL.
-- Upstream: github.com/phpList/phplist3 public_html/lists/admin/structure.php, commit 72dd0d6f21010571066260abcd622ba4ca249095 (AGPL-3.0).
-- Rendered from structure.php's $DBstruct exactly as admin/initialise.php builds its CREATE TABLEs (columns, primary
-- keys, index_N / unique_N entries), with the table prefixes of upstream's config_extended.php ($table_prefix
-- 'phplist_', $usertable_prefix 'phplist_user_' for the four subscriber tables). Each column's description from
-- structure.php (its second element; the sys:/sysexp: export markers removed) is kept as the column COMMENT.
-- All 41 tables of structure.php, plus phplist_listattr_countries: the value table admin/defaults.php creates when
-- the predefined 'Country' attribute (data/countries.txt) is loaded (DDL copied from defaults.php).

CREATE TABLE phplist_user_attribute (
  id integer not null primary key auto_increment COMMENT 'ID',
  name varchar(255) not null COMMENT 'Name',
  type varchar(30) COMMENT 'Type of attribute',
  listorder integer COMMENT 'order of listing',
  default_value varchar(255) COMMENT 'Default value',
  required tinyint COMMENT 'Required for subscriber to fill out',
  tablename varchar(255) COMMENT 'Name of table with values',
  index nameindex (name),
  index idnameindex (id,name)
) default character set utf8;

CREATE TABLE phplist_user_user_attribute (
  attributeid integer not null COMMENT 'attribute',
  userid integer not null COMMENT 'subscriber id',
  value text COMMENT 'Value of this attribute for this subscriber',
  primary key (attributeid,userid),
  index userindex (userid),
  index attindex (attributeid),
  index attuserid (userid,attributeid)
) default character set utf8;

CREATE TABLE phplist_user_user (
  id integer not null primary key auto_increment COMMENT 'ID',
  email varchar(255) not null COMMENT 'Email',
  confirmed tinyint default 0 COMMENT 'Is this subscriber confirmed',
  blacklisted tinyint default 0 COMMENT 'Is this subscriber blacklisted',
  optedin tinyint default 0 COMMENT 'Did this subscriber manually confirm',
  bouncecount integer default 0 COMMENT 'Number of bounces',
  entered datetime COMMENT 'Entered',
  modified timestamp not null default current_timestamp on update current_timestamp COMMENT 'Last Modified',
  uniqid varchar(255) COMMENT 'Unique ID',
  uuid varchar(36) default "" COMMENT 'UUID',
  htmlemail tinyint default 0 COMMENT 'Send this subscriber HTML emails',
  subscribepage integer COMMENT 'Which page was used to subscribe',
  rssfrequency varchar(100) COMMENT 'RSS Frequency',
  password varchar(255) COMMENT 'Password',
  passwordchanged date COMMENT 'Last time password was changed',
  disabled tinyint default 0 COMMENT 'Is this account disabled?',
  extradata text COMMENT 'Additional data',
  foreignkey varchar(100) COMMENT 'Foreign Key',
  unique  email (email),
  index foreignkey (foreignkey),
  index idxuniqid (uniqid),
  index enteredindex (entered),
  index confidx (confirmed),
  index blidx (blacklisted),
  index optidx (optedin),
  index uuididx (uuid)
) default character set utf8;

CREATE TABLE phplist_user_user_history (
  id integer not null primary key auto_increment COMMENT 'ID',
  userid integer not null,
  ip varchar(255),
  date datetime,
  summary varchar(255) COMMENT 'History Summary',
  detail text COMMENT 'History Detail',
  systeminfo text COMMENT 'System Information',
  index userididx (userid),
  index dateidx (date)
) default character set utf8;

CREATE TABLE phplist_list (
  id integer not null primary key auto_increment COMMENT 'ID',
  name varchar(255) not null COMMENT 'Name',
  description Text COMMENT 'Description',
  entered datetime COMMENT 'Entered',
  listorder integer COMMENT 'Order of listing',
  prefix varchar(10) COMMENT 'Subject prefix',
  rssfeed varchar(255) COMMENT 'Rss Feed',
  modified timestamp not null default current_timestamp on update current_timestamp COMMENT 'Modified',
  active tinyint COMMENT 'Active',
  owner integer COMMENT 'Admin who is owner of this list',
  category varchar(255) default "" COMMENT 'List category',
  index nameidx (name),
  index listorderidx (listorder)
) default character set utf8;

CREATE TABLE phplist_listuser (
  userid integer not null COMMENT 'Subscriber ID',
  listid integer not null COMMENT 'List ID',
  entered datetime COMMENT 'Entered',
  modified timestamp not null default current_timestamp on update current_timestamp COMMENT 'Modified',
  primary key (userid,listid),
  index userenteredidx (userid,entered),
  index userlistenteredidx (userid,listid,entered),
  index useridx (userid),
  index listidx (listid)
) default character set utf8;

CREATE TABLE phplist_message (
  id integer not null primary key auto_increment COMMENT 'ID',
  uuid varchar(36) default "" COMMENT 'UUID',
  subject varchar(255) character set utf8mb4 not null default '(no subject)' COMMENT 'subject',
  fromfield varchar(255) not null default '' COMMENT 'from',
  tofield varchar(255) not null default '' COMMENT 'tofield',
  replyto varchar(255) not null default '' COMMENT 'reply-to',
  message longtext character set utf8mb4 COMMENT 'Message',
  textmessage longtext character set utf8mb4 COMMENT 'Text version of Message',
  footer text COMMENT 'Footer for a message',
  entered datetime COMMENT 'Entered',
  modified timestamp not null default current_timestamp on update current_timestamp COMMENT 'Modified',
  embargo datetime COMMENT 'Time to send message',
  repeatinterval integer default 0 COMMENT 'Number of seconds to repeat the message',
  repeatuntil datetime COMMENT 'Final time to stop repetition',
  requeueinterval integer default 0 COMMENT 'Number of seconds to requeue the message',
  requeueuntil datetime COMMENT 'Final time to stop requeueing',
  status varchar(255) COMMENT 'Status',
  userselection text COMMENT 'query to select the subscribers for this message',
  sent datetime COMMENT 'sent',
  htmlformatted tinyint default 0 COMMENT 'Is this message HTML formatted',
  sendformat varchar(20) COMMENT 'Format to send this message in',
  template integer COMMENT 'Template to use',
  processed integer unsigned default 0 COMMENT 'Number Processed',
  astext integer default 0 COMMENT 'Sent as text',
  ashtml integer default 0 COMMENT 'Sent as HTML',
  astextandhtml integer default 0 COMMENT 'Sent as Text and HTML',
  aspdf integer default 0 COMMENT 'Sent as PDF',
  astextandpdf integer default 0 COMMENT 'Sent as Text and PDF',
  viewed integer default 0 COMMENT 'Was the message viewed',
  bouncecount integer default 0 COMMENT 'How many bounces on this message',
  sendstart datetime COMMENT 'When did sending of this message start',
  rsstemplate varchar(100) COMMENT 'if used as a RSS template, what frequency',
  owner integer COMMENT 'Admin who is owner',
  index uuididx (uuid)
) default character set utf8;

CREATE TABLE phplist_messagedata (
  name varchar(100) not null COMMENT 'Name of field',
  id integer not null COMMENT 'Message ID',
  data longtext character set utf8mb4 COMMENT 'Data',
  primary key (name,id)
) default character set utf8;

CREATE TABLE phplist_listmessage (
  id integer not null primary key auto_increment COMMENT 'ID',
  messageid integer not null COMMENT 'Message ID',
  listid integer not null COMMENT 'List ID',
  entered datetime COMMENT 'Entered',
  modified timestamp not null default current_timestamp on update current_timestamp COMMENT 'Modified',
  unique (messageid,listid),
  index listmessageidx (listid,messageid)
) default character set utf8;

CREATE TABLE phplist_user_blacklist (
  email varchar(255) not null unique COMMENT 'Email',
  added datetime COMMENT 'When added to blacklist',
  index emailidx (email)
) default character set utf8;

CREATE TABLE phplist_user_blacklist_data (
  email varchar(150) not null unique COMMENT 'Email',
  name varchar(25) not null COMMENT 'Name of Dataitem',
  data text,
  index emailidx (email),
  index emailnameidx (email,name)
) default character set utf8;

CREATE TABLE phplist_message_attachment (
  id integer not null primary key auto_increment COMMENT 'ID',
  messageid integer not null COMMENT 'Message ID',
  attachmentid integer not null COMMENT 'Attachment ID',
  index messageidx (messageid),
  index messageattidx (messageid,attachmentid)
) default character set utf8;

CREATE TABLE phplist_attachment (
  id integer not null primary key auto_increment COMMENT 'ID',
  filename varchar(255) COMMENT 'file',
  remotefile varchar(255) COMMENT 'The original location on the uploader machine',
  mimetype varchar(255) COMMENT 'The type of attachment',
  description text COMMENT 'Description',
  size integer COMMENT 'Size of the file'
) default character set utf8;

CREATE TABLE phplist_usermessage (
  messageid integer not null COMMENT 'Message ID',
  userid integer not null COMMENT 'subscriber ID',
  entered datetime not null COMMENT 'Entered',
  viewed datetime COMMENT 'When viewed',
  status varchar(255) COMMENT 'Status of message',
  primary key (userid,messageid),
  index messageidindex (messageid),
  index useridindex (userid),
  index enteredindex (entered),
  index statusidx (status),
  index viewedidx (viewed)
) default character set utf8;

CREATE TABLE phplist_user_message_view (
  id integer not null primary key auto_increment COMMENT 'ID',
  messageid integer not null COMMENT 'Message ID',
  userid integer not null COMMENT 'subscriber ID',
  viewed datetime COMMENT 'When viewed',
  ip varchar(255) COMMENT 'IP',
  data longtext,
  index usermsgidx (userid,messageid),
  index msgidx (messageid),
  index useridx (userid)
) default character set utf8;

CREATE TABLE phplist_sendprocess (
  id integer not null primary key auto_increment COMMENT 'ID',
  started datetime COMMENT 'Start Time',
  modified timestamp not null default current_timestamp on update current_timestamp COMMENT 'Modified',
  alive integer default 1 COMMENT 'Is this process still alive?',
  ipaddress varchar(50) COMMENT 'IP Address of who started it',
  page varchar(100) COMMENT 'The page that this process runs in'
) default character set utf8;

CREATE TABLE phplist_template (
  id integer not null primary key auto_increment COMMENT 'ID',
  title varchar(255) not null COMMENT 'Title',
  template longblob COMMENT 'The template',
  template_text longblob COMMENT 'The template (text version)',
  listorder integer,
  unique (title)
) default character set utf8;

CREATE TABLE phplist_templateimage (
  id integer not null primary key auto_increment COMMENT 'ID',
  template integer not null default 0 COMMENT 'id of template',
  mimetype varchar(100) COMMENT 'Mime Type',
  filename varchar(100) COMMENT 'Filename',
  data longblob COMMENT 'The image',
  width integer,
  height integer,
  index templateidx (template)
) default character set utf8;

CREATE TABLE phplist_bounce (
  id integer not null primary key auto_increment COMMENT 'ID',
  date datetime COMMENT 'Date received',
  header text COMMENT 'Header of bounce',
  data mediumblob COMMENT 'The bounce',
  status varchar(255) COMMENT 'Status of this bounce',
  comment text COMMENT 'System Comment',
  index dateindex (date),
  index statusidx (status(20))
) default character set utf8;

CREATE TABLE phplist_user_message_bounce (
  id integer not null primary key auto_increment COMMENT 'ID',
  user integer not null COMMENT 'subscriber ID',
  message integer not null COMMENT 'Message ID',
  bounce integer not null COMMENT 'Bounce ID',
  time timestamp not null default current_timestamp on update current_timestamp COMMENT 'When did it bounce',
  index umbindex (user,message,bounce),
  index useridx (user),
  index msgidx (message),
  index bounceidx (bounce)
) default character set utf8;

CREATE TABLE phplist_user_message_forward (
  id integer not null primary key auto_increment COMMENT 'ID',
  user integer not null COMMENT 'subscriber ID',
  message integer not null COMMENT 'Message ID',
  forward varchar(255) COMMENT 'Forward email',
  status varchar(255) COMMENT 'Status of forward',
  time timestamp not null default current_timestamp on update current_timestamp COMMENT 'When was it forwarded',
  index usermessageidx (user,message),
  index useridx (user),
  index messageidx (message)
) default character set utf8;

CREATE TABLE phplist_config (
  item varchar(35) not null primary key COMMENT 'ID',
  value longtext COMMENT 'Value',
  editable tinyint default 1 COMMENT 'Editable?',
  type varchar(25) COMMENT 'Type of data'
) default character set utf8;

CREATE TABLE phplist_admin (
  id integer not null primary key auto_increment COMMENT 'ID',
  loginname varchar(66) not null COMMENT 'Login Name (max 66 chars)',
  namelc varchar(255) COMMENT 'Normalised loginname',
  email varchar(255) not null COMMENT 'Email',
  created datetime COMMENT 'Time Created',
  modified timestamp not null default current_timestamp on update current_timestamp COMMENT 'Time modified',
  modifiedby varchar(66) COMMENT 'Modified by',
  password varchar(255) COMMENT 'Password',
  passwordchanged date COMMENT 'Last time password was changed',
  superuser tinyint default 0 COMMENT 'Is this admin Super Admin?',
  disabled tinyint default 0 COMMENT 'Is this account disabled?',
  unique loginnameidx (loginname),
  privileges text COMMENT 'Privileges'
) default character set utf8;

CREATE TABLE phplist_adminattribute (
  id integer not null primary key auto_increment COMMENT 'ID',
  name varchar(255) not null COMMENT 'Name',
  type varchar(30) COMMENT 'Type of attribute',
  listorder integer COMMENT 'order of listing',
  default_value varchar(255) COMMENT 'Default value',
  required tinyint COMMENT 'Required',
  tablename varchar(255) COMMENT 'Name of table with values'
) default character set utf8;

CREATE TABLE phplist_admin_attribute (
  adminattributeid integer not null COMMENT 'attribute number',
  adminid integer not null COMMENT 'id of admin',
  value varchar(255) COMMENT 'Value of this attribute for this admin',
  primary key (adminattributeid,adminid)
) default character set utf8;

CREATE TABLE phplist_admin_password_request (
  id_key integer not null primary key auto_increment COMMENT 'Id',
  date datetime COMMENT 'When the password change request was made',
  admin integer COMMENT 'Admin\'s Id',
  key_value varchar (32) not null COMMENT 'Key'
) default character set utf8;

CREATE TABLE phplist_admin_login (
  id integer not null primary key auto_increment COMMENT 'Id',
  moment bigint not null COMMENT 'epoch when it happened',
  adminid integer not null COMMENT 'Admin Id',
  remote_ip4 varchar (32) not null COMMENT 'IPv4 address',
  remote_ip6 varchar (50) not null COMMENT 'IPv6 address',
  sessionid varchar (50) not null COMMENT 'Session ID',
  active tinyint not null default 0 COMMENT 'is this login active'
) default character set utf8;

CREATE TABLE phplist_subscribepage (
  id integer not null primary key auto_increment COMMENT 'ID',
  title varchar(255) not null COMMENT 'Title',
  active tinyint default 0,
  owner integer COMMENT 'Admin who is owner of this page'
) default character set utf8;

CREATE TABLE phplist_subscribepage_data (
  id integer not null COMMENT 'ID',
  name varchar(100) not null COMMENT 'Name of field',
  data text COMMENT 'data',
  primary key (id,name)
) default character set utf8;

CREATE TABLE phplist_eventlog (
  id integer not null primary key auto_increment COMMENT 'ID',
  entered datetime,
  page varchar(100) COMMENT 'page this log was for',
  entry text,
  index enteredidx (entered),
  index pageidx (page)
) default character set utf8;

CREATE TABLE phplist_urlcache (
  id integer not null primary key auto_increment COMMENT 'ID',
  url varchar(2083) not null,
  lastmodified integer,
  added datetime,
  content longblob,
  index urlindex (url(255))
) default character set utf8;

CREATE TABLE phplist_linktrack (
  linkid integer not null primary key auto_increment COMMENT 'Link ID',
  messageid integer not null COMMENT 'Message ID',
  userid integer not null COMMENT 'subscriber ID',
  url varchar(255) COMMENT 'URL to log',
  forward varchar(255) COMMENT 'URL to forward to',
  firstclick datetime COMMENT 'When first clicked',
  latestclick timestamp COMMENT 'When last clicked',
  clicked integer default 0 COMMENT 'Number of clicks',
  index midindex (messageid),
  index uidindex (userid),
  index urlindex (url),
  index miduidindex (messageid,userid),
  unique miduidurlindex (messageid,userid,url)
) default character set utf8;

CREATE TABLE phplist_linktrack_ml (
  messageid integer not null COMMENT 'Message ID',
  forwardid integer not null COMMENT 'ID in forward table',
  firstclick datetime COMMENT 'When first clicked',
  latestclick datetime COMMENT 'When last clicked',
  total integer default 0 COMMENT 'Number of times this link has been sent to subscribers for this message',
  clicked integer default 0 COMMENT 'Number of clicks',
  htmlclicked integer default 0 COMMENT 'Number of clicks from HTML emails',
  textclicked integer default 0 COMMENT 'Number of clicks from text emails',
  primary key (messageid,forwardid),
  index midindex (messageid),
  index fwdindex (forwardid)
) default character set utf8;

CREATE TABLE phplist_linktrack_uml_click (
  id integer not null primary key auto_increment COMMENT 'ID',
  messageid integer not null COMMENT 'Message ID',
  userid integer not null COMMENT 'subscriber ID',
  forwardid integer COMMENT 'ID in forward table',
  firstclick datetime COMMENT 'When first clicked',
  latestclick datetime COMMENT 'When last clicked',
  clicked integer default 0 COMMENT 'Number of clicks',
  htmlclicked integer default 0 COMMENT 'Number of clicks from HTML emails',
  textclicked integer default 0 COMMENT 'Number of clicks from text emails',
  index midindex (messageid),
  index uidindex (userid),
  index miduidindex (messageid,userid),
  unique miduidfwdid (messageid,userid,forwardid)
) default character set utf8;

CREATE TABLE phplist_linktrack_forward (
  id integer not null primary key auto_increment COMMENT 'forward ID',
  url varchar(2083) COMMENT 'URL to log',
  urlhash char(32) COMMENT 'hash value of URL',
  uuid varchar(36) default "" COMMENT 'UUID',
  personalise tinyint default 0 COMMENT 'Forward adding the UID?',
  index urlindex (url(255)),
  unique urlunique (urlhash),
  index uuididx (uuid)
) default character set utf8;

CREATE TABLE phplist_linktrack_userclick (
  linkid integer not null,
  userid integer not null,
  messageid integer not null,
  name varchar(255) COMMENT 'Name of data',
  data text,
  date datetime,
  index linkindex (linkid),
  index uidindex (userid),
  index midindex (messageid),
  index linkuserindex (linkid,userid),
  index linkusermessageindex (linkid,userid,messageid)
) default character set utf8;

CREATE TABLE phplist_userstats (
  id integer not null primary key auto_increment,
  unixdate integer COMMENT 'date in unix format',
  item varchar(255),
  listid integer default 0,
  value integer default 0,
  index dateindex (unixdate),
  index itemindex (item),
  index listindex (listid),
  index listdateindex (listid,unixdate),
  unique entry (unixdate,item,listid)
) default character set utf8;

CREATE TABLE phplist_bounceregex (
  id integer not null primary key auto_increment COMMENT 'ID',
  regex varchar(2083) COMMENT 'Regex',
  regexhash char(32) COMMENT 'hash value of regex',
  action varchar(255) COMMENT 'Action on rule',
  listorder integer default 0,
  admin integer,
  comment text,
  status varchar(255),
  count integer default 0 COMMENT 'Count of matching bounces on this rule',
  unique regex (regexhash)
) default character set utf8;

CREATE TABLE phplist_bounceregex_bounce (
  regex integer not null COMMENT 'Related regex',
  bounce integer not null COMMENT 'Related bounce',
  primary key (regex,bounce)
) default character set utf8;

CREATE TABLE phplist_admintoken (
  id integer not null primary key auto_increment COMMENT 'ID',
  adminid integer not null COMMENT 'adminid',
  value varchar(255),
  entered integer not null,
  expires datetime not null
) default character set utf8;

CREATE TABLE phplist_i18n (
  lan varchar(10) not null COMMENT 'Language ISO',
  original text not null COMMENT 'Original string',
  translation text not null COMMENT 'Translated string',
  index lanorigidx (lan(10),original(200)),
  unique lanorigunq (lan(10),original(200))
) default character set utf8;

CREATE TABLE phplist_listattr_countries (id integer not null primary key auto_increment, name varchar(255), unique (name(150)),listorder integer default 0);
