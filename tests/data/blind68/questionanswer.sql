-- Question2Answer 1.8.8 (db version 67): qa_db_table_definitions() of qa-include/db/install.php,
-- rendered as qa_db_create_table_sql() does (prefix qa_, internal users: user id column type INT UNSIGNED,
-- default column sizes of qa-include/db/maxima.php), plus the bundled event-logger plugin's qa_eventlog.
-- Upstream comments kept as SQL comments.

CREATE TABLE qa_users (
  userid INT UNSIGNED NOT NULL AUTO_INCREMENT,
  created DATETIME NOT NULL,
  createip VARBINARY(16) NOT NULL, -- INET6_ATON of IP address when created
  email VARCHAR(80) NOT NULL,
  handle VARCHAR(20) NOT NULL, -- username
  avatarblobid BIGINT UNSIGNED, -- blobid of stored avatar
  avatarwidth SMALLINT UNSIGNED, -- pixel width of stored avatar
  avatarheight SMALLINT UNSIGNED, -- pixel height of stored avatar
  passsalt BINARY(16), -- salt used to calculate passcheck - null if no password set for direct login
  passcheck BINARY(20), -- checksum from password and passsalt - null if no password set for direct login
  passhash VARCHAR(255) CHARACTER SET utf8 COLLATE utf8_bin DEFAULT NULL, -- password_hash
  level TINYINT UNSIGNED NOT NULL, -- basic, editor, admin, etc...
  loggedin DATETIME NOT NULL, -- time of last login
  loginip VARBINARY(16) NOT NULL, -- INET6_ATON of IP address of last login
  written DATETIME, -- time of last write action done by user
  writeip VARBINARY(16), -- INET6_ATON of IP address of last write action done by user
  emailcode CHAR(8) CHARACTER SET ascii NOT NULL DEFAULT '', -- for email confirmation or password reset
  sessioncode CHAR(8) CHARACTER SET ascii NOT NULL DEFAULT '', -- for comparing against session cookie in browser
  sessionsource VARCHAR (16) CHARACTER SET ascii DEFAULT '', -- e.g. facebook, openid, etc...
  flags SMALLINT UNSIGNED NOT NULL DEFAULT 0, -- see constants at top of /qa-include/app/users.php
  wallposts MEDIUMINT NOT NULL DEFAULT 0, -- cached count of wall posts
  PRIMARY KEY (userid),
  KEY email (email),
  KEY handle (handle),
  KEY level (level),
  KEY created (created, level, flags)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_userlogins (
  userid INT UNSIGNED NOT NULL,
  source VARCHAR (16) CHARACTER SET ascii NOT NULL, -- e.g. facebook, openid, etc...
  identifier VARBINARY (1024) NOT NULL, -- depends on source, e.g. Facebook uid or OpenID url
  identifiermd5 BINARY (16) NOT NULL, -- used to reduce size of index on identifier
  KEY source (source, identifiermd5),
  KEY userid (userid),
  CONSTRAINT qa_userlogins_ibfk_1 FOREIGN KEY (userid) REFERENCES qa_users(userid) ON DELETE CASCADE
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_userlevels (
  userid INT UNSIGNED NOT NULL, -- the user who has this level
  entitytype CHAR(1) CHARACTER SET ascii NOT NULL, -- see /qa-include/app/updates.php
  entityid INT UNSIGNED NOT NULL, -- relevant postid / userid / tag wordid / categoryid
  level TINYINT UNSIGNED, -- if not NULL, special permission level for that user and that entity
  UNIQUE userid (userid, entitytype, entityid),
  KEY entitytype (entitytype, entityid),
  CONSTRAINT qa_userlevels_ibfk_1 FOREIGN KEY (userid) REFERENCES qa_users(userid) ON DELETE CASCADE
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_userprofile (
  userid INT UNSIGNED NOT NULL,
  title VARCHAR(40) NOT NULL, -- profile field name
  content VARCHAR(8000) NOT NULL, -- profile field value
  UNIQUE userid (userid,title),
  CONSTRAINT qa_userprofile_ibfk_1 FOREIGN KEY (userid) REFERENCES qa_users(userid) ON DELETE CASCADE
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_userfields (
  fieldid SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  title VARCHAR(40) NOT NULL, -- to match title column in userprofile table
  content VARCHAR(40), -- label for display on user profile pages - NULL means use default
  position SMALLINT UNSIGNED NOT NULL,
  flags TINYINT UNSIGNED NOT NULL, -- QA_FIELD_FLAGS_* at top of /qa-include/app/users.php
  permit TINYINT UNSIGNED, -- minimum user level required to view (uses QA_PERMIT_* constants), null means no restriction
  PRIMARY KEY (fieldid)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_messages (
  messageid INT UNSIGNED NOT NULL AUTO_INCREMENT,
  type ENUM('PUBLIC', 'PRIVATE') NOT NULL DEFAULT 'PRIVATE',
  fromuserid INT UNSIGNED,
  touserid INT UNSIGNED,
  fromhidden TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
  tohidden TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
  content VARCHAR(12000) NOT NULL,
  format VARCHAR(20) CHARACTER SET ascii NOT NULL,
  created DATETIME NOT NULL,
  PRIMARY KEY (messageid),
  KEY type (type, fromuserid, touserid, created),
  KEY touserid (touserid, type, created),
  KEY fromhidden (fromhidden),
  KEY tohidden (tohidden),
  CONSTRAINT qa_messages_ibfk_1 FOREIGN KEY (fromuserid) REFERENCES qa_users(userid) ON DELETE SET NULL,
  CONSTRAINT qa_messages_ibfk_2 FOREIGN KEY (touserid) REFERENCES qa_users(userid) ON DELETE SET NULL
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_userfavorites (
  userid INT UNSIGNED NOT NULL, -- the user who favorited the entity
  entitytype CHAR(1) CHARACTER SET ascii NOT NULL, -- see /qa-include/app/updates.php
  entityid INT UNSIGNED NOT NULL, -- favorited postid / userid / tag wordid / categoryid
  nouserevents TINYINT UNSIGNED NOT NULL, -- do we skip writing events to the user stream?
  PRIMARY KEY (userid, entitytype, entityid),
  KEY userid (userid, nouserevents),
  KEY entitytype (entitytype, entityid, nouserevents),
  CONSTRAINT qa_userfavorites_ibfk_1 FOREIGN KEY (userid) REFERENCES qa_users(userid) ON DELETE CASCADE
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_usernotices (
  noticeid INT UNSIGNED NOT NULL AUTO_INCREMENT,
  userid INT UNSIGNED NOT NULL, -- the user to whom the notice is directed
  content VARCHAR(12000) NOT NULL,
  format VARCHAR(20) CHARACTER SET ascii NOT NULL,
  tags VARCHAR(200), -- any additional information for a plugin to access
  created DATETIME NOT NULL,
  PRIMARY KEY (noticeid),
  KEY userid (userid, created),
  CONSTRAINT qa_usernotices_ibfk_1 FOREIGN KEY (userid) REFERENCES qa_users(userid) ON DELETE CASCADE
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_userevents (
  userid INT UNSIGNED NOT NULL, -- the user to be informed about this event in their updates
  entitytype CHAR(1) CHARACTER SET ascii NOT NULL, -- see /qa-include/app/updates.php
  entityid INT UNSIGNED NOT NULL, -- favorited source of event - see userfavorites table - 0 means not from a favorite
  questionid INT UNSIGNED NOT NULL, -- the affected question
  lastpostid INT UNSIGNED NOT NULL, -- what part of question was affected
  updatetype CHAR(1) CHARACTER SET ascii, -- what was done to this part - see /qa-include/app/updates.php
  lastuserid INT UNSIGNED, -- which user (if any) did this action
  updated DATETIME NOT NULL, -- when the event happened
  KEY userid (userid, updated),
  KEY questionid (questionid, userid),
  CONSTRAINT qa_userevents_ibfk_1 FOREIGN KEY (userid) REFERENCES qa_users(userid) ON DELETE CASCADE
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_sharedevents (
  entitytype CHAR(1) CHARACTER SET ascii NOT NULL, -- see /qa-include/app/updates.php
  entityid INT UNSIGNED NOT NULL, -- see userfavorites table
  questionid INT UNSIGNED NOT NULL, -- see userevents table
  lastpostid INT UNSIGNED NOT NULL, -- see userevents table
  updatetype CHAR(1) CHARACTER SET ascii, -- see userevents table
  lastuserid INT UNSIGNED, -- see userevents table
  updated DATETIME NOT NULL, -- see userevents table
  KEY entitytype (entitytype, entityid, updated),
  KEY questionid (questionid, entitytype, entityid)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_cookies (
  cookieid BIGINT UNSIGNED NOT NULL,
  created DATETIME NOT NULL,
  createip VARBINARY(16) NOT NULL, -- INET6_ATON of IP address when cookie created
  written DATETIME, -- time of last write action done by anon user with cookie
  writeip VARBINARY(16), -- INET6_ATON of IP address of last write action done by anon user with cookie
  PRIMARY KEY (cookieid)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_categories (
  categoryid INT UNSIGNED NOT NULL AUTO_INCREMENT,
  parentid INT UNSIGNED,
  title VARCHAR(80) NOT NULL, -- category name
  tags VARCHAR(200) NOT NULL, -- slug (url fragment) used to identify category
  content VARCHAR(800) NOT NULL DEFAULT '', -- description of category
  qcount INT UNSIGNED NOT NULL DEFAULT 0,
  position SMALLINT UNSIGNED NOT NULL,
  backpath VARCHAR(804) NOT NULL DEFAULT '',
  PRIMARY KEY (categoryid),
  UNIQUE parentid (parentid, tags),
  UNIQUE parentid_2 (parentid, position),
  KEY backpath (backpath(200))
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_pages (
  pageid SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  title VARCHAR(80) NOT NULL, -- title for navigation
  nav CHAR(1) CHARACTER SET ascii NOT NULL, -- which navigation does it go in (M=main, F=footer, B=before main, O=opposite main, other=none)
  position SMALLINT UNSIGNED NOT NULL, -- global ordering, which allows links to be ordered within each nav area
  flags TINYINT UNSIGNED NOT NULL, -- local or external, open in new window?
  permit TINYINT UNSIGNED, -- is there a minimum user level required for it (uses QA_PERMIT_* constants), null means no restriction
  tags VARCHAR(200) NOT NULL, -- slug (url fragment) for page, or url for external pages
  heading VARCHAR(800), -- for display within <h1> tags
  content MEDIUMTEXT, -- remainder of page HTML
  PRIMARY KEY (pageid),
  KEY tags (tags),
  UNIQUE `position` (position)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_widgets (
  widgetid SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  place CHAR(2) CHARACTER SET ascii NOT NULL,
  position SMALLINT UNSIGNED NOT NULL, -- global ordering, which allows widgets to be ordered within each place
  tags VARCHAR(800) CHARACTER SET ascii NOT NULL, -- comma-separated list of templates to display on
  title VARCHAR(80) NOT NULL, -- name of widget module that should be displayed
  PRIMARY KEY (widgetid),
  UNIQUE `position` (position)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_posts (
  postid INT UNSIGNED NOT NULL AUTO_INCREMENT,
  type ENUM('Q', 'A', 'C', 'Q_HIDDEN', 'A_HIDDEN', 'C_HIDDEN', 'Q_QUEUED', 'A_QUEUED', 'C_QUEUED', 'NOTE') NOT NULL,
  parentid INT UNSIGNED, -- for follow on questions, all answers and comments
  categoryid INT UNSIGNED, -- this is the canonical final category id
  catidpath1 INT UNSIGNED, -- the catidpath* columns are calculated from categoryid, for the full hierarchy of that category
  catidpath2 INT UNSIGNED, -- note that QA_CATEGORY_DEPTH=4
  catidpath3 INT UNSIGNED,
  acount SMALLINT UNSIGNED NOT NULL DEFAULT 0, -- number of answers (for questions)
  amaxvote SMALLINT UNSIGNED NOT NULL DEFAULT 0, -- highest netvotes of child answers (for questions)
  selchildid INT UNSIGNED, -- selected answer (for questions)
  closedbyid INT UNSIGNED, -- not null means question is closed
  userid INT UNSIGNED, -- which user wrote it
  cookieid BIGINT UNSIGNED, -- which cookie wrote it, if an anonymous post
  createip VARBINARY(16), -- INET6_ATON of IP address used to create the post
  lastuserid INT UNSIGNED, -- which user last modified it
  lastip VARBINARY(16), -- INET6_ATON of IP address which last modified the post
  upvotes SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  downvotes SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  netvotes SMALLINT NOT NULL DEFAULT 0,
  lastviewip VARBINARY(16), -- INET6_ATON of IP address which last viewed the post
  views INT UNSIGNED NOT NULL DEFAULT 0,
  hotness FLOAT,
  flagcount TINYINT UNSIGNED NOT NULL DEFAULT 0,
  format VARCHAR(20) CHARACTER SET ascii NOT NULL DEFAULT '', -- format of content, e.g. 'html'
  created DATETIME NOT NULL,
  updated DATETIME, -- time of last update
  updatetype CHAR(1) CHARACTER SET ascii, -- see /qa-include/app/updates.php
  title VARCHAR(800),
  content VARCHAR(12000),
  tags VARCHAR(800), -- string of tags separated by commas
  name VARCHAR(40), -- name of author if post anonymonus
  notify VARCHAR(80), -- email address, or @ to get from user, or NULL for none
  PRIMARY KEY (postid),
  KEY type (type, created),
  KEY type_2 (type, acount, created),
  KEY type_4 (type, netvotes, created),
  KEY type_5 (type, views, created),
  KEY type_6 (type, hotness),
  KEY type_7 (type, amaxvote, created),
  KEY parentid (parentid, type),
  KEY userid (userid, type, created),
  KEY selchildid (selchildid, type, created),
  KEY closedbyid (closedbyid),
  KEY catidpath1 (catidpath1, type, created),
  KEY catidpath2 (catidpath2, type, created),
  KEY catidpath3 (catidpath3, type, created),
  KEY categoryid (categoryid, type, created),
  KEY createip (createip, created),
  KEY updated (updated, type),
  KEY flagcount (flagcount, created, type),
  KEY catidpath1_2 (catidpath1, updated, type),
  KEY catidpath2_2 (catidpath2, updated, type),
  KEY catidpath3_2 (catidpath3, updated, type),
  KEY categoryid_2 (categoryid, updated, type),
  KEY lastuserid (lastuserid, updated, type),
  KEY lastip (lastip, updated, type),
  CONSTRAINT qa_posts_ibfk_2 FOREIGN KEY (parentid) REFERENCES qa_posts(postid),
  CONSTRAINT qa_posts_ibfk_3 FOREIGN KEY (categoryid) REFERENCES qa_categories(categoryid) ON DELETE SET NULL,
  CONSTRAINT qa_posts_ibfk_4 FOREIGN KEY (closedbyid) REFERENCES qa_posts(postid),
  CONSTRAINT qa_posts_ibfk_1 FOREIGN KEY (userid) REFERENCES qa_users(userid) ON DELETE SET NULL
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_blobs (
  blobid BIGINT UNSIGNED NOT NULL,
  format VARCHAR(20) CHARACTER SET ascii NOT NULL, -- format e.g. 'jpeg', 'gif', 'png'
  content MEDIUMBLOB, -- null means it's stored on disk in QA_BLOBS_DIRECTORY
  filename VARCHAR(255), -- name of source file (if appropriate)
  userid INT UNSIGNED, -- which user created it
  cookieid BIGINT UNSIGNED, -- which cookie created it
  createip VARBINARY(16), -- INET6_ATON of IP address that created it
  created DATETIME, -- when it was created
  PRIMARY KEY (blobid)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_words (
  wordid INT UNSIGNED NOT NULL AUTO_INCREMENT,
  word VARCHAR(80) NOT NULL,
  titlecount INT UNSIGNED NOT NULL DEFAULT 0, -- only counts one per post
  contentcount INT UNSIGNED NOT NULL DEFAULT 0, -- only counts one per post
  tagwordcount INT UNSIGNED NOT NULL DEFAULT 0, -- for words in tags - only counts one per post
  tagcount INT UNSIGNED NOT NULL DEFAULT 0, -- for tags as a whole - only counts one per post (though no duplicate tags anyway)
  PRIMARY KEY (wordid),
  KEY word (word),
  KEY tagcount (tagcount)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_titlewords (
  postid INT UNSIGNED NOT NULL,
  wordid INT UNSIGNED NOT NULL,
  KEY postid (postid),
  KEY wordid (wordid),
  CONSTRAINT qa_titlewords_ibfk_1 FOREIGN KEY (postid) REFERENCES qa_posts(postid) ON DELETE CASCADE,
  CONSTRAINT qa_titlewords_ibfk_2 FOREIGN KEY (wordid) REFERENCES qa_words(wordid)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_contentwords (
  postid INT UNSIGNED NOT NULL,
  wordid INT UNSIGNED NOT NULL,
  count TINYINT UNSIGNED NOT NULL, -- how many times word appears in the post - anything over 255 can be ignored
  type ENUM('Q', 'A', 'C', 'NOTE') NOT NULL, -- the post's type (copied here for quick searching)
  questionid INT UNSIGNED NOT NULL, -- the id of the post's antecedent parent (here for quick searching)
  KEY postid (postid),
  KEY wordid (wordid),
  CONSTRAINT qa_contentwords_ibfk_1 FOREIGN KEY (postid) REFERENCES qa_posts(postid) ON DELETE CASCADE,
  CONSTRAINT qa_contentwords_ibfk_2 FOREIGN KEY (wordid) REFERENCES qa_words(wordid)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_tagwords (
  postid INT UNSIGNED NOT NULL,
  wordid INT UNSIGNED NOT NULL,
  KEY postid (postid),
  KEY wordid (wordid),
  CONSTRAINT qa_tagwords_ibfk_1 FOREIGN KEY (postid) REFERENCES qa_posts(postid) ON DELETE CASCADE,
  CONSTRAINT qa_tagwords_ibfk_2 FOREIGN KEY (wordid) REFERENCES qa_words(wordid)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_posttags (
  postid INT UNSIGNED NOT NULL,
  wordid INT UNSIGNED NOT NULL,
  postcreated DATETIME NOT NULL, -- created time of post (copied here for tag page's list of recent questions)
  KEY postid (postid),
  KEY wordid (wordid, postcreated),
  CONSTRAINT qa_posttags_ibfk_1 FOREIGN KEY (postid) REFERENCES qa_posts(postid) ON DELETE CASCADE,
  CONSTRAINT qa_posttags_ibfk_2 FOREIGN KEY (wordid) REFERENCES qa_words(wordid)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_uservotes (
  postid INT UNSIGNED NOT NULL,
  userid INT UNSIGNED NOT NULL,
  vote TINYINT NOT NULL, -- -1, 0 or 1
  flag TINYINT NOT NULL, -- 0 or 1
  votecreated DATETIME, -- time of first vote
  voteupdated DATETIME, -- time of last vote change
  UNIQUE userid (userid, postid),
  KEY postid (postid),
  KEY voted (votecreated, voteupdated),
  CONSTRAINT qa_uservotes_ibfk_1 FOREIGN KEY (postid) REFERENCES qa_posts(postid) ON DELETE CASCADE,
  CONSTRAINT qa_uservotes_ibfk_2 FOREIGN KEY (userid) REFERENCES qa_users(userid) ON DELETE CASCADE
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_userpoints (
  userid INT UNSIGNED NOT NULL,
  points INT NOT NULL DEFAULT 0, -- user's points as displayed, after final multiple
  qposts MEDIUMINT NOT NULL DEFAULT 0, -- number of questions by user (excluding hidden/queued)
  aposts MEDIUMINT NOT NULL DEFAULT 0, -- number of answers by user (excluding hidden/queued)
  cposts MEDIUMINT NOT NULL DEFAULT 0, -- number of comments by user (excluding hidden/queued)
  aselects MEDIUMINT NOT NULL DEFAULT 0, -- number of questions by user where they've selected an answer
  aselecteds MEDIUMINT NOT NULL DEFAULT 0, -- number of answers by user that have been selected as the best
  qupvotes MEDIUMINT NOT NULL DEFAULT 0, -- number of questions the user has voted up
  qdownvotes MEDIUMINT NOT NULL DEFAULT 0, -- number of questions the user has voted down
  aupvotes MEDIUMINT NOT NULL DEFAULT 0, -- number of answers the user has voted up
  adownvotes MEDIUMINT NOT NULL DEFAULT 0, -- number of answers the user has voted down
  cupvotes MEDIUMINT NOT NULL DEFAULT 0, -- number of comments the user has voted up
  cdownvotes MEDIUMINT NOT NULL DEFAULT 0, -- number of comments the user has voted down
  qvoteds INT NOT NULL DEFAULT 0, -- points from votes on this user's questions (applying per-question limits), before final multiple
  avoteds INT NOT NULL DEFAULT 0, -- points from votes on this user's answers (applying per-answer limits), before final multiple
  cvoteds INT NOT NULL DEFAULT 0, -- points from votes on this user's comments (applying per-comment limits), before final multiple
  upvoteds INT NOT NULL DEFAULT 0, -- number of up votes received on this user's questions or answers
  downvoteds INT NOT NULL DEFAULT 0, -- number of down votes received on this user's questions or answers
  bonus INT NOT NULL DEFAULT 0, -- bonus assigned by administrator to a user
  PRIMARY KEY (userid),
  KEY points (points)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_userlimits (
  userid INT UNSIGNED NOT NULL,
  action CHAR(1) CHARACTER SET ascii NOT NULL, -- see constants at top of /qa-include/app/limits.php
  period INT UNSIGNED NOT NULL, -- integer representing hour of last action
  count SMALLINT UNSIGNED NOT NULL, -- how many of this action has been performed within that hour
  UNIQUE userid (userid, action),
  CONSTRAINT qa_userlimits_ibfk_1 FOREIGN KEY (userid) REFERENCES qa_users(userid) ON DELETE CASCADE
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_iplimits (
  ip VARBINARY(16) NOT NULL, -- INET6_ATON of IP address
  action CHAR(1) CHARACTER SET ascii NOT NULL,
  period INT UNSIGNED NOT NULL,
  count SMALLINT UNSIGNED NOT NULL,
  UNIQUE ip (ip, action)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_options (
  title VARCHAR(40) NOT NULL, -- name of option
  content VARCHAR(12000) NOT NULL, -- value of option
  PRIMARY KEY (title)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_cache (
  type CHAR(8) CHARACTER SET ascii NOT NULL, -- e.g. 'avXXX' for avatar sized to XXX pixels square
  cacheid BIGINT UNSIGNED DEFAULT 0, -- optional further identifier, e.g. blobid on which cache entry is based
  content MEDIUMBLOB NOT NULL,
  created DATETIME NOT NULL,
  lastread DATETIME NOT NULL,
  PRIMARY KEY (type, cacheid),
  KEY (lastread)
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_usermetas (
  userid INT UNSIGNED NOT NULL,
  title VARCHAR(40) NOT NULL,
  content VARCHAR(8000) NOT NULL,
  PRIMARY KEY (userid, title),
  CONSTRAINT qa_usermetas_ibfk_1 FOREIGN KEY (userid) REFERENCES qa_users(userid) ON DELETE CASCADE
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_postmetas (
  postid INT UNSIGNED NOT NULL,
  title VARCHAR(40) NOT NULL,
  content VARCHAR(8000) NOT NULL,
  PRIMARY KEY (postid, title),
  CONSTRAINT qa_postmetas_ibfk_1 FOREIGN KEY (postid) REFERENCES qa_posts(postid) ON DELETE CASCADE
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_categorymetas (
  categoryid INT UNSIGNED NOT NULL,
  title VARCHAR(40) NOT NULL,
  content VARCHAR(8000) NOT NULL,
  PRIMARY KEY (categoryid, title),
  CONSTRAINT qa_categorymetas_ibfk_1 FOREIGN KEY (categoryid) REFERENCES qa_categories(categoryid) ON DELETE CASCADE
) ENGINE=InnoDB CHARSET=utf8;

CREATE TABLE qa_tagmetas (
  tag VARCHAR(80) NOT NULL,
  title VARCHAR(40) NOT NULL,
  content VARCHAR(8000) NOT NULL,
  PRIMARY KEY (tag, title)
) ENGINE=InnoDB CHARSET=utf8;

-- qa-plugin/event-logger/qa-event-logger.php (created when the plugin's "log events to qa_eventlog table" option is on)
CREATE TABLE qa_eventlog (
  datetime DATETIME NOT NULL,
  ipaddress VARCHAR (45) CHARACTER SET ascii,
  userid INT UNSIGNED,
  handle VARCHAR(20),
  cookieid BIGINT UNSIGNED,
  event VARCHAR (20) CHARACTER SET ascii NOT NULL,
  params VARCHAR (800) NOT NULL,
  KEY datetime (datetime),
  KEY ipaddress (ipaddress),
  KEY userid (userid),
  KEY event (event)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
