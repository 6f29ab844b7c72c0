-- XWiki Platform 12.6-SNAPSHOT (xwiki/xwiki-platform), the Hibernate mappings of the database store, as of commit
-- 7b87761379cb466120da555d1dc0c8b929f1069e (2020-07-20) of the GitHub fork manuelleduc/xwiki-platform, kept by an XWiki
-- core committer; the mapping files were last changed there by upstream commits 5c8a741b7a2 (xwiki.hbm.xml),
-- 65ab53a3be4 (eventstream.hbm.xml), d6b2c443acd (mailsender.hbm.xml), 961dc1e131f (notification-filter-preferences
-- .hbm.xml) and ebcf1e79f21 (instance.hbm.xml). LGPL-2.1-or-later.
-- Sources:
--   xwiki-platform-core/xwiki-platform-oldcore/src/main/resources/xwiki.hbm.xml
--   xwiki-platform-core/xwiki-platform-eventstream/xwiki-platform-eventstream-stores/xwiki-platform-eventstream-store-hibernate/src/main/resources/eventstream.hbm.xml
--   xwiki-platform-core/xwiki-platform-mail/xwiki-platform-mail-send/xwiki-platform-mail-send-storage/src/main/resources/mailsender.hbm.xml
--   xwiki-platform-core/xwiki-platform-notifications/xwiki-platform-notifications-filters/xwiki-platform-notifications-filters-default/src/main/resources/notification-filter-preferences.hbm.xml
--   xwiki-platform-core/xwiki-platform-instance/src/main/resources/instance.hbm.xml
-- XWiki lets Hibernate create and update its tables; each mapped class is written here as the MySQL table Hibernate's
-- MySQL dialect creates: long BIGINT, integer INT, string VARCHAR(length, default 255), text and materialized_clob
-- LONGTEXT, materialized_blob LONGBLOB, boolean BIT(1), timestamp DATETIME, float FLOAT, double DOUBLE; ids, composite
-- ids and natural ids as primary / unique keys; joined subclasses, collection tables and key-many-to-one as foreign
-- keys. Column order is the mapping's. Secondary indexes (index="...") are left out. See xwiki.md.

CREATE TABLE xwikidoc (
  XWD_ID BIGINT NOT NULL,
  XWD_FULLNAME VARCHAR(255) NOT NULL,
  XWD_NAME VARCHAR(255) NOT NULL,
  XWD_TITLE VARCHAR(255) NOT NULL,
  XWD_LANGUAGE VARCHAR(5),
  XWD_DEFAULT_LANGUAGE VARCHAR(5),
  XWD_TRANSLATION INT NOT NULL,
  XWD_DATE DATETIME NOT NULL,
  XWD_CONTENT_UPDATE_DATE DATETIME NOT NULL,
  XWD_CREATION_DATE DATETIME NOT NULL,
  XWD_AUTHOR VARCHAR(255) NOT NULL,
  XWD_CONTENT_AUTHOR VARCHAR(255) NOT NULL,
  XWD_CREATOR VARCHAR(255) NOT NULL,
  XWD_WEB VARCHAR(255) NOT NULL,
  XWD_CONTENT LONGTEXT NOT NULL,
  XWD_VERSION VARCHAR(255) NOT NULL,
  XWD_CUSTOM_CLASS VARCHAR(255) NOT NULL,
  XWD_PARENT VARCHAR(511) NOT NULL,
  XWD_CLASS_XML LONGTEXT,
  XWD_ELEMENTS INT NOT NULL,
  XWD_DEFAULT_TEMPLATE VARCHAR(255) NOT NULL,
  XWD_VALIDATION_SCRIPT VARCHAR(255) NOT NULL,
  XWD_COMMENT VARCHAR(1023) NOT NULL,
  XWD_MINOREDIT BIT(1) NOT NULL,
  XWD_SYNTAX_ID VARCHAR(50),
  XWD_HIDDEN BIT(1) NOT NULL,
  PRIMARY KEY (XWD_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikispace (
  XWS_ID BIGINT NOT NULL,
  XWS_REFERENCE VARCHAR(255) NOT NULL,
  XWS_NAME VARCHAR(255) NOT NULL,
  XWS_PARENT VARCHAR(255),
  XWS_HIDDEN BIT(1) NOT NULL,
  PRIMARY KEY (XWS_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Document history: XWikiRCSNodeInfo and XWikiRCSNodeContent share this table.
CREATE TABLE xwikircs (
  XWR_DOCID BIGINT NOT NULL,
  XWR_VERSION1 INT NOT NULL,
  XWR_VERSION2 INT NOT NULL,
  XWR_DATE DATETIME NOT NULL,
  XWR_COMMENT VARCHAR(1023) NOT NULL,
  XWR_AUTHOR VARCHAR(255) NOT NULL,
  XWR_ISDIFF BIT(1),
  XWR_PATCH LONGTEXT,
  PRIMARY KEY (XWR_DOCID, XWR_VERSION1, XWR_VERSION2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikirecyclebin (
  XDD_ID BIGINT NOT NULL AUTO_INCREMENT,
  XDD_FULLNAME VARCHAR(255),
  XDD_LANGUAGE VARCHAR(5),
  XDD_DATE DATETIME,
  XDD_DELETER VARCHAR(255),
  XDD_XMLSTORE VARCHAR(50),
  XDD_XML LONGTEXT,
  XDD_BATCH_ID VARCHAR(255),
  PRIMARY KEY (XDD_ID),
  UNIQUE KEY UK_xwikirecyclebin_natural (XDD_FULLNAME, XDD_LANGUAGE, XDD_DATE)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikiattrecyclebin (
  XDA_ID BIGINT NOT NULL AUTO_INCREMENT,
  XDA_DOCID BIGINT,
  XDA_FILENAME VARCHAR(255),
  XDA_DATE DATETIME,
  XDA_DOC_NAME VARCHAR(255),
  XDA_DELETER VARCHAR(255),
  XDD_CONTENTSTORE VARCHAR(50),
  XDA_XML LONGTEXT,
  PRIMARY KEY (XDA_ID),
  UNIQUE KEY UK_xwikiattrecyclebin_natural (XDA_DOCID, XDA_FILENAME, XDA_DATE)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikilock (
  XWL_DOC_ID BIGINT NOT NULL,
  XWL_AUTHOR VARCHAR(255),
  XWL_DATE DATETIME NOT NULL,
  PRIMARY KEY (XWL_DOC_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikilinks (
  XWL_DOC_ID BIGINT NOT NULL,
  XWL_LINK VARCHAR(255) NOT NULL,
  XWL_FULLNAME VARCHAR(255),
  PRIMARY KEY (XWL_DOC_ID, XWL_LINK)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikiattachment (
  XWA_ID BIGINT NOT NULL,
  XWA_DOC_ID BIGINT,
  XWA_FILENAME VARCHAR(255) NOT NULL,
  XWA_LONGSIZE BIGINT NOT NULL DEFAULT -1,
  XWA_SIZE INT,
  XWA_MIMETYPE VARCHAR(255),
  XWA_DATE DATETIME NOT NULL,
  XWA_AUTHOR VARCHAR(255),
  XWA_VERSION VARCHAR(255) NOT NULL,
  XWA_COMMENT VARCHAR(1023),
  XDD_CONTENTSTORE VARCHAR(50),
  XDD_ARCHIVESTORE VARCHAR(50),
  XDD_CHARSET VARCHAR(40),
  PRIMARY KEY (XWA_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikiattachment_content (
  XWA_ID BIGINT NOT NULL,
  XWA_CONTENT LONGBLOB NOT NULL,
  PRIMARY KEY (XWA_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikiattachment_archive (
  XWA_ID BIGINT NOT NULL,
  XWA_ARCHIVE LONGBLOB,
  PRIMARY KEY (XWA_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Objects (instances of XWiki classes such as XWiki.XWikiUsers, XWiki.XWikiGroups, XWiki.XWikiComments) and their
-- properties: BaseProperty and its joined subclasses.
CREATE TABLE xwikiobjects (
  XWO_ID BIGINT NOT NULL,
  XWO_NUMBER INT,
  XWO_NAME VARCHAR(255) NOT NULL,
  XWO_CLASSNAME VARCHAR(255) NOT NULL,
  XWO_GUID VARCHAR(255),
  PRIMARY KEY (XWO_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikiproperties (
  XWP_ID BIGINT NOT NULL,
  XWP_NAME VARCHAR(255) NOT NULL,
  XWP_CLASSTYPE VARCHAR(255),
  PRIMARY KEY (XWP_ID, XWP_NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikiintegers (
  XWI_ID BIGINT NOT NULL,
  XWI_NAME VARCHAR(255) NOT NULL,
  XWI_VALUE INT,
  PRIMARY KEY (XWI_ID, XWI_NAME),
  CONSTRAINT FK_xwikiintegers_properties FOREIGN KEY (XWI_ID, XWI_NAME) REFERENCES xwikiproperties (XWP_ID, XWP_NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikilongs (
  XWL_ID BIGINT NOT NULL,
  XWL_NAME VARCHAR(255) NOT NULL,
  XWL_VALUE BIGINT,
  PRIMARY KEY (XWL_ID, XWL_NAME),
  CONSTRAINT FK_xwikilongs_properties FOREIGN KEY (XWL_ID, XWL_NAME) REFERENCES xwikiproperties (XWP_ID, XWP_NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikifloats (
  XWF_ID BIGINT NOT NULL,
  XWF_NAME VARCHAR(255) NOT NULL,
  XWF_VALUE FLOAT,
  PRIMARY KEY (XWF_ID, XWF_NAME),
  CONSTRAINT FK_xwikifloats_properties FOREIGN KEY (XWF_ID, XWF_NAME) REFERENCES xwikiproperties (XWP_ID, XWP_NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikidoubles (
  XWD_ID BIGINT NOT NULL,
  XWD_NAME VARCHAR(255) NOT NULL,
  XWD_VALUE DOUBLE,
  PRIMARY KEY (XWD_ID, XWD_NAME),
  CONSTRAINT FK_xwikidoubles_properties FOREIGN KEY (XWD_ID, XWD_NAME) REFERENCES xwikiproperties (XWP_ID, XWP_NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikistrings (
  XWS_ID BIGINT NOT NULL,
  XWS_NAME VARCHAR(255) NOT NULL,
  XWS_VALUE VARCHAR(255),
  PRIMARY KEY (XWS_ID, XWS_NAME),
  CONSTRAINT FK_xwikistrings_properties FOREIGN KEY (XWS_ID, XWS_NAME) REFERENCES xwikiproperties (XWP_ID, XWP_NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikidates (
  XWS_ID BIGINT NOT NULL,
  XWS_NAME VARCHAR(255) NOT NULL,
  XWS_VALUE DATETIME,
  PRIMARY KEY (XWS_ID, XWS_NAME),
  CONSTRAINT FK_xwikidates_properties FOREIGN KEY (XWS_ID, XWS_NAME) REFERENCES xwikiproperties (XWP_ID, XWP_NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- LargeStringProperty and StringListProperty share this table.
CREATE TABLE xwikilargestrings (
  XWL_ID BIGINT NOT NULL,
  XWL_NAME VARCHAR(255) NOT NULL,
  XWL_VALUE LONGTEXT,
  PRIMARY KEY (XWL_ID, XWL_NAME),
  CONSTRAINT FK_xwikilargestrings_properties FOREIGN KEY (XWL_ID, XWL_NAME) REFERENCES xwikiproperties (XWP_ID, XWP_NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikilists (
  XWL_ID BIGINT NOT NULL,
  XWL_NAME VARCHAR(255) NOT NULL,
  PRIMARY KEY (XWL_ID, XWL_NAME),
  CONSTRAINT FK_xwikilists_properties FOREIGN KEY (XWL_ID, XWL_NAME) REFERENCES xwikiproperties (XWP_ID, XWP_NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikilistitems (
  XWL_ID BIGINT NOT NULL,
  XWL_NAME VARCHAR(255) NOT NULL,
  XWL_VALUE VARCHAR(255),
  XWL_NUMBER INT NOT NULL,
  PRIMARY KEY (XWL_ID, XWL_NAME, XWL_NUMBER),
  CONSTRAINT FK_xwikilistitems_lists FOREIGN KEY (XWL_ID, XWL_NAME) REFERENCES xwikilists (XWL_ID, XWL_NAME)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Statistics (the statistics feature, off by default).
CREATE TABLE xwikistatsdoc (
  XWS_ID BIGINT NOT NULL,
  XWS_NUMBER INT,
  XWS_NAME VARCHAR(255) NOT NULL,
  XWS_CLASSNAME VARCHAR(255),
  XWS_ACTION VARCHAR(255) NOT NULL,
  XWS_PAGE_VIEWS INT,
  XWS_UNIQUE_VISITORS INT,
  XWS_PERIOD INT,
  XWS_VISITS INT,
  PRIMARY KEY (XWS_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikistatsreferer (
  XWR_ID BIGINT NOT NULL,
  XWR_NUMBER INT,
  XWR_NAME VARCHAR(255) NOT NULL,
  XWR_CLASSNAME VARCHAR(255),
  XWR_REFERER LONGTEXT NOT NULL,
  XWR_PAGE_VIEWS INT,
  XWR_PERIOD INT,
  PRIMARY KEY (XWR_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikistatsvisit (
  XWV_ID BIGINT NOT NULL,
  XWV_NUMBER INT,
  XWV_NAME VARCHAR(255) NOT NULL,
  XWV_CLASSNAME VARCHAR(255),
  XWV_IP VARCHAR(255) NOT NULL,
  XWV_USER_AGENT LONGTEXT NOT NULL,
  XWV_COOKIE LONGTEXT NOT NULL,
  XWV_UNIQUE_ID VARCHAR(255) NOT NULL,
  XWV_PAGE_VIEWS INT,
  XWV_PAGE_SAVES INT,
  XWV_DOWNLOADS INT,
  XWV_START_DATE DATETIME,
  XWV_END_DATE DATETIME,
  PRIMARY KEY (XWV_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Custom mappings of the classes XWiki.XWikiPreferences and XWiki.XWikiComments (the commented-out
-- XWiki.XWikiUsers mapping of the same file is not created).
CREATE TABLE xwikipreferences (
  XWP_ID BIGINT NOT NULL,
  XWP_LANGUAGE VARCHAR(255),
  XWP_DEFAULT_LANGUAGE VARCHAR(255),
  XWP_MULTI_LINGUAL INT,
  XWP_AUTHENTICATE_EDIT INT,
  XWP_AUTHENTICATE_VIEW INT,
  XWP_AUTH_ACTIVE_CHECK INT,
  XWP_BACKLINKS INT,
  XWP_SKIN VARCHAR(255),
  XWP_STYLESHEET VARCHAR(255),
  XWP_STYLESHEETS VARCHAR(255),
  XWP_EDITOR VARCHAR(255),
  XWP_WEBCOPYRIGHT VARCHAR(255),
  XWP_TITLE VARCHAR(255),
  XWP_VERSION VARCHAR(255),
  XWP_META LONGTEXT,
  XWP_USE_EMAIL_VERIFICATION INT,
  XWP_SMTP_SERVER VARCHAR(255),
  XWP_ADMIN_EMAIL VARCHAR(255),
  XWP_VALIDATION_EMAIL_CONTENT LONGTEXT,
  XWP_CONFIRMATION_EMAIL_CONTENT LONGTEXT,
  XWP_INVITATION_EMAIL_CONTENT LONGTEXT,
  XWP_LEFT_PANELS LONGTEXT,
  XWP_RIGHT_PANELS LONGTEXT,
  XWP_SHOW_LEFT_PANELS INT,
  XWP_SHOW_RIGHT_PANELS INT,
  XWP_LANGUAGES VARCHAR(255),
  XWP_REGISTRATION_ANONYMOUS VARCHAR(255),
  XWP_REGISTRATION_REGISTERED VARCHAR(255),
  XWP_EDIT_ANONYMOUS VARCHAR(255),
  XWP_EDIT_REGISTERED VARCHAR(255),
  XWP_COMMENT_ANONYMOUS VARCHAR(255),
  XWP_COMMENT_REGISTERED VARCHAR(255),
  XWP_DOCUMENT_BUNDLES LONGTEXT,
  PRIMARY KEY (XWP_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikicomments (
  XWC_ID BIGINT NOT NULL,
  XWC_AUTHOR VARCHAR(255),
  XWC_HIGHLIGHT LONGTEXT,
  XWC_COMMENT LONGTEXT,
  XWP_REPLYTO INT,
  XWP_DATE DATETIME,
  PRIMARY KEY (XWC_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE xwikidbversion (
  XWV_VERSION INT NOT NULL,
  PRIMARY KEY (XWV_VERSION)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- eventstream.hbm.xml: the legacy (Hibernate) event store behind the activity stream and notifications.
CREATE TABLE activitystream_events (
  ase_eventid VARCHAR(48) NOT NULL,
  ase_requestid VARCHAR(48),
  ase_stream VARCHAR(255),
  ase_date DATETIME,
  ase_priority INT,
  ase_type VARCHAR(255),
  ase_application VARCHAR(255),
  ase_user VARCHAR(255),
  ase_wiki VARCHAR(255),
  ase_space VARCHAR(255),
  ase_page VARCHAR(255),
  ase_hidden BIT(1),
  ase_url LONGTEXT,
  ase_title LONGTEXT,
  ase_body LONGTEXT,
  ase_version VARCHAR(30),
  ase_param1 LONGTEXT,
  ase_param2 LONGTEXT,
  ase_param3 LONGTEXT,
  ase_param4 LONGTEXT,
  ase_param5 LONGTEXT,
  PRIMARY KEY (ase_eventid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE activitystream_events_targets (
  eventId VARCHAR(48) NOT NULL,
  value VARCHAR(255) NOT NULL,
  PRIMARY KEY (eventId, value),
  CONSTRAINT FK_activitystream_events_targets FOREIGN KEY (eventId) REFERENCES activitystream_events (ase_eventid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE activitystream_events_status (
  ases_eventid VARCHAR(48) NOT NULL,
  ases_entityid VARCHAR(255) NOT NULL,
  ases_read BIT(1),
  PRIMARY KEY (ases_eventid, ases_entityid),
  CONSTRAINT FK_activitystream_events_status FOREIGN KEY (ases_eventid) REFERENCES activitystream_events (ase_eventid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- mailsender.hbm.xml: the status of each mail sent by the mail sender API.
CREATE TABLE mailsender_events (
  mail_id VARCHAR(255) NOT NULL,
  mail_batchId VARCHAR(255) NOT NULL,
  mail_state VARCHAR(255) NOT NULL,
  mail_date DATETIME NOT NULL,
  mail_recipients VARCHAR(2000) NOT NULL,
  mail_type VARCHAR(255),
  mail_errorSummary VARCHAR(2000),
  mail_errorDescription LONGTEXT,
  mail_wiki VARCHAR(255),
  PRIMARY KEY (mail_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- notification-filter-preferences.hbm.xml (nfp_filter_type: an EnumType, stored as its ordinal).
CREATE TABLE notification_filter_prefs (
  nfp_id BIGINT NOT NULL AUTO_INCREMENT,
  nfp_owner VARCHAR(255),
  nfp_filter_name VARCHAR(255),
  nfp_enabled BIT(1),
  nfp_active BIT(1),
  nfp_filter_type INT,
  nfp_date DATETIME,
  nfp_event_types LONGTEXT,
  nfp_user VARCHAR(255),
  nfp_page_only VARCHAR(255),
  nfp_page VARCHAR(255),
  nfp_wiki VARCHAR(255),
  nfp_alert BIT(1),
  nfp_email BIT(1),
  PRIMARY KEY (nfp_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- instance.hbm.xml: the unique id of the installation.
CREATE TABLE xwikiid (
  XWI_ID VARCHAR(255) NOT NULL,
  PRIMARY KEY (XWI_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
