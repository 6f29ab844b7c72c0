-- Phraseanet 4.1.22 (Alchemy; open-source digital asset management) — database schema
-- Upstream: github.com/alchemy-fr/Phraseanet, commit adc492f842e80dea2388defc861458f53f02a1f6, licence GPL-3.0 (LICENSE: "Licensed under GPL license")
-- Phraseanet keeps one "application box" database (users, rights, baskets and approvals, orders, feeds, sessions,
-- API, FTP exports) and one "data box" database per asset repository (records, metadata, sub-definitions, logs).
-- How this file was made:
--  * the application box's Doctrine entities (lib/Alchemy/Phrasea/Model/Entities/*.php, annotation mapping, custom
--    types of lib/Alchemy/Phrasea/Model/Types) were turned into MySQL DDL by Doctrine's own SchemaTool
--    (getCreateSchemaSql, doctrine/orm 2.14 + doctrine/dbal 3 from Debian; upstream pins orm 2.5 / dbal 2.5, whose
--    MySQL output is the same apart from json_array, written as LONGTEXT COMMENT '(DC2Type:json_array)' as DBAL 2.5
--    does). The ALTER TABLE ... ADD CONSTRAINT statements are folded into each CREATE TABLE and tables ordered so
--    that referenced tables come first; the doubled COMMENT of the binary_string type is written once;
--  * the legacy tables of lib/conf.d/bases_structure.xml were written the way DatabaseMaintenanceService::createTable()
--    builds them (field type, extra, character set/collation, default, NULL/NOT NULL, primary/unique/plain keys);
--  * ExpiringRights is the CREATE TABLE statement of lib/classes/patch/419PHRAS4078.php.
-- Left out: the legacy ValidationSessions / ValidationParticipants / ValidationDatas entities (superseded by the
-- vote columns of Baskets, BasketParticipants and BasketElementVotes), LazaretChecks, SessionModules,
-- WebhookEventPayloads; from the XML: bridge_apis, bridge_account_settings, sitepreff (appbox) and clients,
-- memcached, suggest (databox).

-- ===== Application box: Doctrine ORM entities (lib/Alchemy/Phrasea/Model/Entities) =====

CREATE TABLE AuthFailures (
  id INT AUTO_INCREMENT NOT NULL,
  username VARCHAR(128) NOT NULL,
  ip VARCHAR(128) DEFAULT NULL,
  locked TINYINT(1) NOT NULL,
  created DATETIME NOT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE Users (
  id INT AUTO_INCREMENT NOT NULL,
  last_model INT DEFAULT NULL,
  model_of INT DEFAULT NULL,
  login VARCHAR(128) COLLATE utf8_bin NOT NULL COMMENT '(DC2Type:binary_string)',
  email VARCHAR(128) DEFAULT NULL,
  password VARCHAR(128) COLLATE utf8_bin DEFAULT NULL COMMENT '(DC2Type:binary_string)',
  nonce VARCHAR(64) COLLATE utf8_bin DEFAULT NULL COMMENT '(DC2Type:binary_string)',
  salted_password TINYINT(1) DEFAULT 1 NOT NULL,
  first_name VARCHAR(64) DEFAULT '' NOT NULL,
  last_name VARCHAR(64) DEFAULT '' NOT NULL,
  gender SMALLINT DEFAULT NULL,
  address VARCHAR(255) DEFAULT '' NOT NULL,
  city VARCHAR(64) DEFAULT '' NOT NULL,
  country VARCHAR(64) DEFAULT '',
  zip_code VARCHAR(32) DEFAULT '' NOT NULL,
  geoname_id INT DEFAULT NULL,
  locale VARCHAR(8) DEFAULT NULL,
  timezone VARCHAR(128) DEFAULT '' NOT NULL,
  job VARCHAR(128) DEFAULT '' NOT NULL,
  activity VARCHAR(256) DEFAULT '' NOT NULL,
  company VARCHAR(64) DEFAULT '' NOT NULL,
  phone VARCHAR(32) DEFAULT '' NOT NULL,
  fax VARCHAR(32) DEFAULT '' NOT NULL,
  admin TINYINT(1) DEFAULT 0 NOT NULL,
  guest TINYINT(1) DEFAULT 0 NOT NULL,
  mail_notifications TINYINT(1) DEFAULT 0 NOT NULL,
  request_notifications TINYINT(1) DEFAULT 0 NOT NULL,
  ldap_created TINYINT(1) DEFAULT 0 NOT NULL,
  push_list VARCHAR(255) DEFAULT '' NOT NULL,
  can_change_profil TINYINT(1) DEFAULT 1 NOT NULL,
  can_change_ftp_profil TINYINT(1) DEFAULT 1 NOT NULL,
  last_connection DATETIME DEFAULT NULL,
  mail_locked TINYINT(1) DEFAULT 0 NOT NULL,
  deleted TINYINT(1) DEFAULT 0 NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  granted_api TINYINT(1) DEFAULT 0 NOT NULL,
  nb_inactivity_email INT DEFAULT 0 NOT NULL,
  last_inactivity_email DATETIME DEFAULT NULL,
  can_renew_password TINYINT(1) DEFAULT 1 NOT NULL,
  INDEX IDX_D5428AEDB5DE44C2 (last_model),
  INDEX user_model_of (model_of),
  INDEX user_salted_password (salted_password),
  INDEX user_admin (admin),
  INDEX user_guest (guest),
  UNIQUE INDEX email_unique (email),
  UNIQUE INDEX login_unique (login),
  PRIMARY KEY(id),
  CONSTRAINT FK_D5428AEDB5DE44C2 FOREIGN KEY (last_model) REFERENCES Users (id),
  CONSTRAINT FK_D5428AEDC121714D FOREIGN KEY (model_of) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE Sessions (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  user_agent VARCHAR(512) NOT NULL,
  ip_address VARCHAR(40) DEFAULT NULL,
  platform VARCHAR(128) DEFAULT NULL,
  browser_name VARCHAR(128) DEFAULT NULL,
  browser_version VARCHAR(32) DEFAULT NULL,
  screen_width INT DEFAULT NULL,
  screen_height INT DEFAULT NULL,
  token VARCHAR(128) DEFAULT NULL,
  nonce VARCHAR(64) DEFAULT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  UNIQUE INDEX UNIQ_6316FF455F37A13B (token),
  INDEX IDX_6316FF45A76ED395 (user_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_6316FF45A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE Baskets (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  pusher_id INT DEFAULT NULL,
  vote_initiator_id INT DEFAULT NULL,
  name VARCHAR(128) NOT NULL,
  description LONGTEXT DEFAULT NULL,
  is_read TINYINT(1) DEFAULT 0 NOT NULL,
  archived TINYINT(1) DEFAULT 0 NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  vote_created DATETIME DEFAULT NULL,
  vote_updated DATETIME DEFAULT NULL,
  vote_expires DATETIME DEFAULT NULL,
  share_expires DATETIME DEFAULT NULL,
  wip DATETIME DEFAULT NULL,
  INDEX IDX_13461873A76ED395 (user_id),
  INDEX IDX_13461873C2D98306 (pusher_id),
  INDEX IDX_134618731106AFCF (vote_initiator_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_13461873A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id),
  CONSTRAINT FK_13461873C2D98306 FOREIGN KEY (pusher_id) REFERENCES Users (id),
  CONSTRAINT FK_134618731106AFCF FOREIGN KEY (vote_initiator_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE BasketElements (
  id INT AUTO_INCREMENT NOT NULL,
  basket_id INT DEFAULT NULL,
  record_id INT NOT NULL,
  sbas_id INT NOT NULL,
  ord INT NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  vote_expired DATETIME DEFAULT NULL,
  INDEX IDX_C0B7ECB71BE1FB52 (basket_id),
  INDEX vote_expired (vote_expired),
  UNIQUE INDEX unique_recordcle (basket_id, sbas_id, record_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_C0B7ECB71BE1FB52 FOREIGN KEY (basket_id) REFERENCES Baskets (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE BasketParticipants (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  basket_id INT NOT NULL,
  can_modify TINYINT(1) DEFAULT 0 NOT NULL,
  is_aware TINYINT(1) DEFAULT 0 NOT NULL,
  is_confirmed TINYINT(1) DEFAULT 0 NOT NULL,
  can_agree TINYINT(1) DEFAULT 0 NOT NULL,
  can_see_others TINYINT(1) DEFAULT 0 NOT NULL,
  reminded DATETIME DEFAULT NULL,
  INDEX IDX_26DB3646A76ED395 (user_id),
  INDEX IDX_26DB36461BE1FB52 (basket_id),
  UNIQUE INDEX unique_participant (basket_id, user_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_26DB3646A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id),
  CONSTRAINT FK_26DB36461BE1FB52 FOREIGN KEY (basket_id) REFERENCES Baskets (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE WorkerRunningJob (
  id INT AUTO_INCREMENT NOT NULL,
  databox_id INT DEFAULT NULL,
  record_id INT DEFAULT NULL,
  flock VARCHAR(64) DEFAULT NULL,
  work VARCHAR(64) DEFAULT NULL,
  work_on VARCHAR(64) DEFAULT NULL,
  commit_id VARCHAR(255) DEFAULT NULL,
  asset_id VARCHAR(255) DEFAULT NULL,
  info VARCHAR(255) DEFAULT NULL,
  payload LONGTEXT DEFAULT NULL COMMENT '(DC2Type:json_array)',
  created DATETIME NOT NULL,
  published DATETIME NOT NULL,
  finished DATETIME DEFAULT NULL,
  status VARCHAR(255) NOT NULL,
  INDEX worker_running_job_databox_id (databox_id),
  INDEX worker_running_job_record_id (record_id),
  INDEX worker_running_job_work (work),
  INDEX worker_running_job_created (created),
  INDEX worker_running_job_published (published),
  INDEX worker_running_job_finished (finished),
  INDEX worker_running_job_status (status),
  UNIQUE INDEX flock (databox_id, record_id, flock),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE Secrets (
  id INT AUTO_INCREMENT NOT NULL,
  creator_id INT NOT NULL,
  created DATETIME NOT NULL,
  token VARCHAR(40) COLLATE utf8_bin NOT NULL COMMENT '(DC2Type:binary_string)',
  INDEX IDX_48F428861220EA6 (creator_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_48F428861220EA6 FOREIGN KEY (creator_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE ApiApplications (
  id INT AUTO_INCREMENT NOT NULL,
  creator_id INT DEFAULT NULL,
  type VARCHAR(128) NOT NULL,
  name VARCHAR(128) NOT NULL,
  description LONGTEXT NOT NULL,
  website VARCHAR(128) NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  client_id VARCHAR(128) NOT NULL,
  client_secret VARCHAR(128) NOT NULL,
  nonce VARCHAR(64) NOT NULL,
  redirect_uri VARCHAR(128) NOT NULL,
  activated TINYINT(1) NOT NULL,
  grant_password TINYINT(1) NOT NULL,
  webhook_url VARCHAR(1024) DEFAULT NULL,
  listened_events LONGTEXT DEFAULT NULL COMMENT '(DC2Type:json_array)',
  hmac_key VARCHAR(1024) DEFAULT NULL,
  webhook_active TINYINT(1) NOT NULL,
  INDEX api_application_creator_id (creator_id),
  UNIQUE INDEX client_id (client_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_53F7BBE661220EA6 FOREIGN KEY (creator_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE ApiAccounts (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  application_id INT NOT NULL,
  revoked TINYINT(1) DEFAULT 0 NOT NULL,
  api_version VARCHAR(16) NOT NULL,
  created DATETIME NOT NULL,
  INDEX api_account_user_id (user_id),
  INDEX api_account_application_id (application_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_2C54E637A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id),
  CONSTRAINT FK_2C54E6373E030ACD FOREIGN KEY (application_id) REFERENCES ApiApplications (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE ApiOauthRefreshTokens (
  refresh_token VARCHAR(128) NOT NULL,
  account_id INT NOT NULL,
  expires INT NOT NULL,
  scope VARCHAR(128) DEFAULT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  INDEX api_oauth_refresh_token_account_id (account_id),
  PRIMARY KEY(refresh_token),
  CONSTRAINT FK_7DA42A5A9B6B5FBA FOREIGN KEY (account_id) REFERENCES ApiAccounts (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE ApiOauthTokens (
  oauth_token VARCHAR(128) NOT NULL,
  account_id INT NOT NULL,
  session_id INT DEFAULT NULL,
  expires INT DEFAULT NULL,
  last_used DATETIME NOT NULL,
  scope VARCHAR(128) DEFAULT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  INDEX api_oauth_token_account_id (account_id),
  INDEX api_oauth_token_session_id (session_id),
  PRIMARY KEY(oauth_token),
  CONSTRAINT FK_4FD469539B6B5FBA FOREIGN KEY (account_id) REFERENCES ApiAccounts (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE UsrLists (
  id INT AUTO_INCREMENT NOT NULL,
  name VARCHAR(255) NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE UsrListsContent (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  list_id INT DEFAULT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  INDEX IDX_661B8B9A76ED395 (user_id),
  INDEX IDX_661B8B93DAE168B (list_id),
  UNIQUE INDEX unique_usr_per_list (user_id, list_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_661B8B9A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id),
  CONSTRAINT FK_661B8B93DAE168B FOREIGN KEY (list_id) REFERENCES UsrLists (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE Orders (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  basket_id INT DEFAULT NULL,
  order_usage VARCHAR(2048) NOT NULL,
  todo INT DEFAULT NULL,
  deadline DATETIME NOT NULL,
  created_on DATETIME NOT NULL,
  notification_method VARCHAR(32) NOT NULL,
  canceled_on DATETIME DEFAULT NULL,
  canceled_by INT DEFAULT NULL,
  canceled_todo INT DEFAULT NULL,
  INDEX IDX_E283F8D8A76ED395 (user_id),
  UNIQUE INDEX UNIQ_E283F8D81BE1FB52 (basket_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_E283F8D8A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id),
  CONSTRAINT FK_E283F8D81BE1FB52 FOREIGN KEY (basket_id) REFERENCES Baskets (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE FtpExports (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  crash INT DEFAULT 0 NOT NULL,
  nbretry INT DEFAULT 3 NOT NULL,
  mail VARCHAR(128) DEFAULT NULL,
  addr VARCHAR(128) NOT NULL,
  use_ssl TINYINT(1) DEFAULT 0 NOT NULL,
  login VARCHAR(128) DEFAULT NULL,
  pwd VARCHAR(128) DEFAULT NULL,
  passif TINYINT(1) DEFAULT 0 NOT NULL,
  destfolder VARCHAR(128) DEFAULT '/' NOT NULL,
  sendermail VARCHAR(128) DEFAULT '1',
  text_mail_sender VARCHAR(128) DEFAULT NULL,
  text_mail_receiver VARCHAR(128) DEFAULT NULL,
  foldertocreate VARCHAR(128) DEFAULT NULL,
  logfile TINYINT(1) DEFAULT 0 NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  INDEX IDX_CFCEEE7AA76ED395 (user_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_CFCEEE7AA76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE FtpExportElements (
  id INT AUTO_INCREMENT NOT NULL,
  export_id INT DEFAULT NULL,
  record_id INT NOT NULL,
  base_id INT NOT NULL,
  subdef VARCHAR(255) NOT NULL,
  filename VARCHAR(255) NOT NULL,
  folder VARCHAR(255) DEFAULT NULL,
  error TINYINT(1) DEFAULT 0 NOT NULL,
  done TINYINT(1) DEFAULT 0 NOT NULL,
  businessfields TINYINT(1) DEFAULT 0 NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  toStamp TINYINT(1) DEFAULT 0 NOT NULL,
  INDEX IDX_7BF0AE1264CDAF82 (export_id),
  INDEX ftp_export_element_done (done),
  INDEX ftp_export_element_error (error),
  UNIQUE INDEX unique_ftp_export (export_id, base_id, record_id, subdef),
  PRIMARY KEY(id),
  CONSTRAINT FK_7BF0AE1264CDAF82 FOREIGN KEY (export_id) REFERENCES FtpExports (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE AggregateTokens (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  value VARCHAR(64) DEFAULT NULL,
  INDEX IDX_4232BC51A76ED395 (user_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_4232BC51A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE Tokens (
  value VARCHAR(128) NOT NULL,
  user_id INT DEFAULT NULL,
  type VARCHAR(32) NOT NULL,
  data LONGTEXT DEFAULT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  expiration DATETIME DEFAULT NULL,
  INDEX IDX_ADF614B8A76ED395 (user_id),
  INDEX type (type),
  INDEX created (created),
  INDEX updated (updated),
  INDEX expiration (expiration),
  PRIMARY KEY(value),
  CONSTRAINT FK_ADF614B8A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE OrderElements (
  id INT AUTO_INCREMENT NOT NULL,
  order_master INT DEFAULT NULL,
  order_id INT DEFAULT NULL,
  base_id INT NOT NULL,
  record_id INT NOT NULL,
  deny TINYINT(1) DEFAULT NULL,
  INDEX IDX_8C7066C8EE86B303 (order_master),
  INDEX IDX_8C7066C88D9F6D38 (order_id),
  UNIQUE INDEX unique_ordercle (base_id, record_id, order_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_8C7066C8EE86B303 FOREIGN KEY (order_master) REFERENCES Users (id),
  CONSTRAINT FK_8C7066C88D9F6D38 FOREIGN KEY (order_id) REFERENCES Orders (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE LazaretSessions (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT DEFAULT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  INDEX IDX_40A81317A76ED395 (user_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_40A81317A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE LazaretFiles (
  id INT AUTO_INCREMENT NOT NULL,
  lazaret_session_id INT DEFAULT NULL,
  filename VARCHAR(512) NOT NULL,
  thumbFilename VARCHAR(512) NOT NULL,
  originalName VARCHAR(256) NOT NULL,
  base_id INT NOT NULL,
  uuid VARCHAR(36) NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  forced TINYINT(1) DEFAULT 0 NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  size BIGINT DEFAULT NULL,
  INDEX IDX_D30BD768EE187C01 (lazaret_session_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_D30BD768EE187C01 FOREIGN KEY (lazaret_session_id) REFERENCES LazaretSessions (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE Feeds (
  id INT AUTO_INCREMENT NOT NULL,
  public TINYINT(1) DEFAULT 0 NOT NULL,
  icon_url TINYINT(1) DEFAULT 0 NOT NULL,
  base_id INT DEFAULT NULL,
  title VARCHAR(128) NOT NULL,
  subtitle VARCHAR(1024) DEFAULT NULL,
  created_on DATETIME NOT NULL,
  updated_on DATETIME NOT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE FeedTokens (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  feed_id INT DEFAULT NULL,
  value VARCHAR(64) DEFAULT NULL,
  INDEX IDX_9D1CA848A76ED395 (user_id),
  INDEX IDX_9D1CA84851A5BC03 (feed_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_9D1CA848A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id),
  CONSTRAINT FK_9D1CA84851A5BC03 FOREIGN KEY (feed_id) REFERENCES Feeds (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE WebhookEvents (
  id INT AUTO_INCREMENT NOT NULL,
  name VARCHAR(64) NOT NULL,
  type VARCHAR(64) NOT NULL,
  data LONGTEXT NOT NULL COMMENT '(DC2Type:json_array)',
  processed TINYINT(1) DEFAULT 0 NOT NULL,
  created DATETIME NOT NULL,
  collection_base_ids LONGTEXT DEFAULT NULL COMMENT '(DC2Type:json_array)',
  INDEX webhook_event_name (name),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE WorkerJob (
  id INT AUTO_INCREMENT NOT NULL,
  type VARCHAR(255) NOT NULL,
  data LONGTEXT NOT NULL COMMENT '(DC2Type:json_array)',
  status VARCHAR(255) NOT NULL,
  created DATETIME NOT NULL,
  started DATETIME DEFAULT NULL,
  finished DATETIME DEFAULT NULL,
  INDEX worker_job_type (type),
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE FeedPublishers (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  feed_id INT DEFAULT NULL,
  owner TINYINT(1) DEFAULT 0 NOT NULL,
  created_on DATETIME NOT NULL,
  INDEX IDX_31AFAB2A76ED395 (user_id),
  INDEX IDX_31AFAB251A5BC03 (feed_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_31AFAB2A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id),
  CONSTRAINT FK_31AFAB251A5BC03 FOREIGN KEY (feed_id) REFERENCES Feeds (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE FeedEntries (
  id INT AUTO_INCREMENT NOT NULL,
  publisher_id INT DEFAULT NULL,
  feed_id INT DEFAULT NULL,
  title VARCHAR(128) NOT NULL,
  subtitle VARCHAR(1024) NOT NULL,
  author_name VARCHAR(128) NOT NULL,
  author_email VARCHAR(128) NOT NULL,
  created_on DATETIME NOT NULL,
  updated_on DATETIME NOT NULL,
  notifyemail_on DATETIME DEFAULT NULL,
  INDEX IDX_5FC892F940C86FCE (publisher_id),
  INDEX IDX_5FC892F951A5BC03 (feed_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_5FC892F940C86FCE FOREIGN KEY (publisher_id) REFERENCES FeedPublishers (id),
  CONSTRAINT FK_5FC892F951A5BC03 FOREIGN KEY (feed_id) REFERENCES Feeds (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE Tasks (
  id INT AUTO_INCREMENT NOT NULL,
  name VARCHAR(255) NOT NULL,
  jobId VARCHAR(255) NOT NULL,
  settings LONGTEXT NOT NULL,
  completed TINYINT(1) DEFAULT 0 NOT NULL,
  status VARCHAR(255) DEFAULT 'started' NOT NULL,
  crashed INT DEFAULT 0 NOT NULL,
  single_run TINYINT(1) DEFAULT 0 NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  last_execution DATETIME DEFAULT NULL,
  period INT DEFAULT 0 NOT NULL,
  PRIMARY KEY(id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE Registrations (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  base_id INT NOT NULL,
  pending TINYINT(1) DEFAULT 1 NOT NULL,
  rejected TINYINT(1) DEFAULT 0 NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  INDEX IDX_E0A01A12A76ED395 (user_id),
  UNIQUE INDEX unique_registration (user_id, base_id, pending),
  PRIMARY KEY(id),
  CONSTRAINT FK_E0A01A12A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE UserNotificationSettings (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  name VARCHAR(64) NOT NULL,
  value VARCHAR(128) DEFAULT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  INDEX IDX_CFF041AAA76ED395 (user_id),
  UNIQUE INDEX unique_index (user_id, name),
  PRIMARY KEY(id),
  CONSTRAINT FK_CFF041AAA76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE UserQueries (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  query VARCHAR(256) NOT NULL,
  created DATETIME NOT NULL,
  INDEX IDX_5FB80D87A76ED395 (user_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_5FB80D87A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE FeedItems (
  id INT AUTO_INCREMENT NOT NULL,
  entry_id INT DEFAULT NULL,
  record_id INT NOT NULL,
  sbas_id INT NOT NULL,
  ord INT NOT NULL,
  created_on DATETIME NOT NULL,
  updated_on DATETIME NOT NULL,
  INDEX IDX_7F9CDFA6BA364942 (entry_id),
  UNIQUE INDEX lookup_unique_idx (entry_id, sbas_id, record_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_7F9CDFA6BA364942 FOREIGN KEY (entry_id) REFERENCES FeedEntries (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE UsrListOwners (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  list_id INT DEFAULT NULL,
  role VARCHAR(255) NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  INDEX IDX_54E9FE23A76ED395 (user_id),
  INDEX IDX_54E9FE233DAE168B (list_id),
  UNIQUE INDEX unique_owner (user_id, id),
  PRIMARY KEY(id),
  CONSTRAINT FK_54E9FE23A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id),
  CONSTRAINT FK_54E9FE233DAE168B FOREIGN KEY (list_id) REFERENCES UsrLists (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE StoryWZ (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  sbas_id INT NOT NULL,
  record_id INT NOT NULL,
  created DATETIME NOT NULL,
  INDEX IDX_E0D2CBAEA76ED395 (user_id),
  UNIQUE INDEX user_story (user_id, sbas_id, record_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_E0D2CBAEA76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE FtpCredential (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  active TINYINT(1) DEFAULT 0 NOT NULL,
  address VARCHAR(128) DEFAULT '' NOT NULL,
  login VARCHAR(128) DEFAULT '' NOT NULL,
  password VARCHAR(128) DEFAULT '' NOT NULL,
  reception_folder VARCHAR(128) DEFAULT '' NOT NULL,
  repository_prefix_name VARCHAR(128) DEFAULT '' NOT NULL,
  passive TINYINT(1) DEFAULT 0 NOT NULL,
  tls TINYINT(1) DEFAULT 0 NOT NULL,
  max_retry INT DEFAULT 5 NOT NULL,
  updated DATETIME NOT NULL,
  UNIQUE INDEX UNIQ_62DA9661A76ED395 (user_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_62DA9661A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE ApiLogs (
  id INT AUTO_INCREMENT NOT NULL,
  account_id INT NOT NULL,
  route VARCHAR(128) DEFAULT NULL,
  method VARCHAR(16) DEFAULT NULL,
  created DATETIME NOT NULL,
  status_code INT DEFAULT NULL,
  format VARCHAR(64) DEFAULT NULL,
  resource VARCHAR(64) DEFAULT NULL,
  general VARCHAR(64) DEFAULT NULL,
  aspect VARCHAR(64) DEFAULT NULL,
  action VARCHAR(64) DEFAULT NULL,
  error_code INT DEFAULT NULL,
  error_message LONGTEXT DEFAULT NULL,
  INDEX api_log_account_id (account_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_91E90F309B6B5FBA FOREIGN KEY (account_id) REFERENCES ApiAccounts (id) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE Presets (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  sbas_id INT NOT NULL,
  title VARCHAR(128) NOT NULL,
  data LONGTEXT NOT NULL,
  created DATETIME NOT NULL,
  INDEX IDX_1C48F8F3A76ED395 (user_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_1C48F8F3A76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE UserSettings (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  name VARCHAR(64) NOT NULL,
  value TEXT NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  INDEX IDX_2847E61CA76ED395 (user_id),
  UNIQUE INDEX unique_setting (user_id, name),
  PRIMARY KEY(id),
  CONSTRAINT FK_2847E61CA76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE BasketElementVotes (
  id INT AUTO_INCREMENT NOT NULL,
  participant_id INT DEFAULT NULL,
  basket_element_id INT DEFAULT NULL,
  agreement TINYINT(1) DEFAULT NULL,
  note LONGTEXT DEFAULT NULL,
  updated DATETIME NOT NULL,
  INDEX IDX_D9E342FD9D1C3019 (participant_id),
  INDEX IDX_D9E342FDE989605 (basket_element_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_D9E342FD9D1C3019 FOREIGN KEY (participant_id) REFERENCES BasketParticipants (id),
  CONSTRAINT FK_D9E342FDE989605 FOREIGN KEY (basket_element_id) REFERENCES BasketElements (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE ApiOauthCodes (
  code VARCHAR(128) NOT NULL,
  account_id INT NOT NULL,
  redirect_uri VARCHAR(128) NOT NULL,
  expires INT NOT NULL,
  scope VARCHAR(128) DEFAULT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  INDEX api_oauth_code_account_id (account_id),
  PRIMARY KEY(code),
  CONSTRAINT FK_BE6B11809B6B5FBA FOREIGN KEY (account_id) REFERENCES ApiAccounts (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE LazaretAttributes (
  id INT AUTO_INCREMENT NOT NULL,
  lazaret_file_id INT DEFAULT NULL,
  name VARCHAR(64) NOT NULL,
  value VARCHAR(2048) NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  INDEX IDX_5FF72F9B4CF84ADD (lazaret_file_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_5FF72F9B4CF84ADD FOREIGN KEY (lazaret_file_id) REFERENCES LazaretFiles (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE UsrAuthProviders (
  id INT AUTO_INCREMENT NOT NULL,
  user_id INT NOT NULL,
  provider VARCHAR(32) NOT NULL,
  distant_id VARCHAR(192) NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  INDEX IDX_947F003FA76ED395 (user_id),
  UNIQUE INDEX unique_provider_per_user (user_id, provider),
  UNIQUE INDEX provider_ids (provider, distant_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_947F003FA76ED395 FOREIGN KEY (user_id) REFERENCES Users (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

CREATE TABLE WebhookEventDeliveries (
  id INT AUTO_INCREMENT NOT NULL,
  application_id INT NOT NULL,
  event_id INT NOT NULL,
  delivered TINYINT(1) DEFAULT 0 NOT NULL,
  deliveryTries INT DEFAULT 0 NOT NULL,
  created DATETIME NOT NULL,
  INDEX IDX_B4A8823A3E030ACD (application_id),
  INDEX IDX_B4A8823A71F7E88B (event_id),
  UNIQUE INDEX unique_app_delivery (application_id, event_id),
  PRIMARY KEY(id),
  CONSTRAINT FK_B4A8823A3E030ACD FOREIGN KEY (application_id) REFERENCES ApiApplications (id),
  CONSTRAINT FK_B4A8823A71F7E88B FOREIGN KEY (event_id) REFERENCES WebhookEvents (id)
) DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci ENGINE = InnoDB;

-- ===== Application box: tables of lib/conf.d/bases_structure.xml <appbox> =====

CREATE TABLE `bas` (
  `base_id` int(11) unsigned auto_increment NOT NULL,
  `ord` int(11) unsigned DEFAULT '0' NOT NULL,
  `active` tinyint(4) unsigned DEFAULT '0' NOT NULL,
  `server_coll_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `aliases` text CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `sbas_id` int(11) unsigned DEFAULT '0' NOT NULL,
  PRIMARY KEY (`base_id`),
  UNIQUE KEY `collection` (`sbas_id`,`server_coll_id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `bridge_accounts` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `api_id` int(11) unsigned NOT NULL,
  `dist_id` char(45) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `usr_id` int(11) unsigned NOT NULL,
  `name` varchar(256) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `created_on` DATETIME NOT NULL,
  `updated_on` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `api_id` (`api_id`),
  KEY `dist_id` (`dist_id`),
  KEY `usr_id` (`usr_id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `bridge_elements` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `account_id` int(11) unsigned NOT NULL,
  `sbas_id` int(11) unsigned NOT NULL,
  `record_id` int(11) unsigned NOT NULL,
  `dist_id` char(35) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `status` varchar(35) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `connector_status` varchar(35) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `title` varchar(80) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `type` varchar(80) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `serialized_datas` text CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `created_on` DATETIME NOT NULL,
  `updated_on` DATETIME NOT NULL,
  `uploaded_on` DATETIME NULL,
  PRIMARY KEY (`id`),
  KEY `sbas_id` (`sbas_id`),
  KEY `record_id` (`record_id`),
  KEY `dist_id` (`dist_id`),
  KEY `account_id` (`account_id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `basusr` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `base_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `usr_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `canputinalbum` int(1) unsigned DEFAULT '0' NOT NULL,
  `candwnldhd` int(1) unsigned DEFAULT '0' NOT NULL,
  `candwnldsubdef` int(1) unsigned DEFAULT '0' NOT NULL,
  `candwnldpreview` int(1) unsigned DEFAULT '0' NOT NULL,
  `cancmd` int(1) unsigned DEFAULT '0' NOT NULL,
  `canadmin` int(1) unsigned DEFAULT '0' NOT NULL,
  `actif` int(1) unsigned DEFAULT '0' NOT NULL,
  `canreport` int(1) unsigned DEFAULT '0' NOT NULL,
  `canpush` int(1) unsigned DEFAULT '0' NOT NULL,
  `creationdate` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `basusr_infousr` text CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `mask_and` int(11) unsigned DEFAULT '0' NOT NULL,
  `mask_xor` int(11) unsigned DEFAULT '0' NOT NULL,
  `restrict_dwnld` int(1) unsigned DEFAULT '0' NOT NULL,
  `month_dwnld_max` int(10) unsigned DEFAULT '0' NOT NULL,
  `remain_dwnld` int(10) unsigned DEFAULT '0' NOT NULL,
  `time_limited` int(1) unsigned DEFAULT '0' NOT NULL,
  `limited_from` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `limited_to` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `canaddrecord` int(1) unsigned DEFAULT '0' NOT NULL,
  `order_master` int(1) unsigned DEFAULT '0' NOT NULL,
  `canmodifrecord` int(1) unsigned DEFAULT '0' NOT NULL,
  `candeleterecord` int(1) unsigned DEFAULT '0' NOT NULL,
  `chgstatus` int(1) unsigned DEFAULT '0' NOT NULL,
  `lastconn` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `imgtools` int(1) unsigned DEFAULT '0' NOT NULL,
  `manage` int(1) unsigned DEFAULT '0' NOT NULL,
  `modify_struct` int(1) unsigned DEFAULT '0' NOT NULL,
  `bas_modify_struct` int(1) unsigned DEFAULT '0' NOT NULL,
  `nowatermark` int(1) unsigned DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unik` (`base_id`,`usr_id`),
  KEY `basid` (`base_id`),
  KEY `usrid` (`usr_id`),
  KEY `canadmin` (`canadmin`),
  KEY `actif` (`actif`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `records_rights` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `usr_id` int(11) unsigned NOT NULL,
  `sbas_id` int(11) unsigned NOT NULL,
  `record_id` int(11) unsigned NOT NULL,
  `document` tinyint(1) unsigned NOT NULL,
  `preview` tinyint(1) unsigned NOT NULL,
  `case` char(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `pusher_usr_id` int(11) unsigned NOT NULL,
  `expire_on` datetime NULL,
  PRIMARY KEY (`id`),
  KEY `pusher_usr_id` (`pusher_usr_id`),
  KEY `document` (`document`),
  KEY `preview` (`preview`),
  KEY `usr_id` (`usr_id`),
  KEY `sbas_record` (`sbas_id`,`record_id`),
  KEY `sbas_record_document` (`sbas_id`,`record_id`,`document`),
  KEY `sbas_record_preview` (`sbas_id`,`record_id`,`preview`),
  UNIQUE KEY `sbas_record_user` (`sbas_id`,`record_id`,`usr_id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `demand` (
  `date_modif` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `usr_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `base_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `en_cours` tinyint(3) DEFAULT '0' NOT NULL,
  `refuser` tinyint(3) unsigned DEFAULT '0' NOT NULL,
  PRIMARY KEY (`usr_id`,`base_id`,`en_cours`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `dsel` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `name` char(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `usr_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `query` char(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `bases` char(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  PRIMARY KEY (`usr_id`,`name`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `edit_presets` (
  `edit_preset_id` int(11) unsigned auto_increment NOT NULL,
  `sbas_id` int(11) unsigned NOT NULL,
  `usr_id` int(11) unsigned NOT NULL,
  `creation_date` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `title` char(100) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `xml` blob NOT NULL,
  PRIMARY KEY (`edit_preset_id`),
  KEY `sbas_id` (`sbas_id`),
  KEY `usr_id` (`usr_id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `notifications` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `usr_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `type` char(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `unread` tinyint(1) unsigned DEFAULT '1' NOT NULL,
  `mailed` tinyint(1) unsigned DEFAULT '0' NOT NULL,
  `datas` longblob NOT NULL,
  `created_on` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `usr_id` (`usr_id`),
  KEY `unread` (`unread`),
  KEY `created_on` (`created_on`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `sbas` (
  `sbas_id` int(11) unsigned auto_increment NOT NULL,
  `ord` int(11) unsigned DEFAULT '0' NOT NULL,
  `host` char(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `port` int(11) unsigned DEFAULT '0' NOT NULL,
  `dbname` char(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `sqlengine` char(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `user` char(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `pwd` char(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `viewname` char(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `indexable` tinyint(1) unsigned DEFAULT '1' NOT NULL,
  `label_en` char(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `label_fr` char(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `label_de` char(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `label_nl` char(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  PRIMARY KEY (`sbas_id`),
  UNIQUE KEY `server` (`host`,`port`,`dbname`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `sbasusr` (
  `sbasusr_id` int(11) unsigned auto_increment NOT NULL,
  `sbas_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `usr_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `bas_manage` tinyint(3) unsigned DEFAULT '0' NOT NULL,
  `bas_modify_struct` tinyint(3) unsigned DEFAULT '0' NOT NULL,
  `bas_modif_th` tinyint(3) unsigned DEFAULT '0' NOT NULL,
  `bas_chupub` tinyint(3) unsigned DEFAULT '0' NOT NULL,
  PRIMARY KEY (`sbasusr_id`),
  UNIQUE KEY `unikid` (`usr_id`,`sbas_id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

-- ===== Application box: ExpiringRights (lib/classes/patch/419PHRAS4078.php) =====

CREATE TABLE `ExpiringRights` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `job` char(128) DEFAULT NULL,
  `downloaded` datetime DEFAULT NULL,
  `user_id` int(11) unsigned DEFAULT NULL,
  `email` char(128) DEFAULT NULL,
  `sbas_id` int(11) unsigned DEFAULT NULL,
  `base` char(50) DEFAULT NULL,
  `collection` char(50) DEFAULT NULL,
  `record_id` int(11) unsigned DEFAULT NULL,
  `title` char(200) DEFAULT NULL,
  `expire` datetime DEFAULT NULL,
  `new_expire` datetime DEFAULT NULL,
  `alerted` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `job` (`job`),
  KEY `sbas_id` (`sbas_id`),
  KEY `expire` (`expire`),
  KEY `new_expire` (`new_expire`),
  KEY `alerted` (`alerted`),
  UNIQUE KEY `unique` (job,user_id,sbas_id,record_id)
) ENGINE=InnoDB CHARSET=utf8;

-- ===== Data box (one per asset repository): tables of lib/conf.d/bases_structure.xml <databox> =====

CREATE TABLE `coll` (
  `coll_id` int(11) unsigned auto_increment NOT NULL,
  `asciiname` varchar(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `label_en` char(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `label_fr` char(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `label_de` char(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `label_nl` char(50) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `prefs` text CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `logo` longblob NOT NULL,
  `majLogo` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `pub_wm` enum('none','wm','stamp') CHARACTER SET ascii COLLATE ascii_bin DEFAULT 'none' NOT NULL,
  PRIMARY KEY (`coll_id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `collusr` (
  `site` char(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `usr_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `coll_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `mask_and` int(11) unsigned DEFAULT '0' NOT NULL,
  `mask_xor` int(11) unsigned DEFAULT '0' NOT NULL,
  `ord` int(11) unsigned DEFAULT '0' NOT NULL,
  PRIMARY KEY (`site`,`usr_id`,`coll_id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `metadatas_structure` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `name` char(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci DEFAULT '0' NOT NULL,
  `src` varchar(512) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `readonly` int(1) unsigned NOT NULL,
  `required` int(1) unsigned NOT NULL,
  `business` int(1) unsigned NOT NULL,
  `aggregable` int(5) DEFAULT '0' NOT NULL,
  `indexable` int(1) unsigned NOT NULL,
  `type` enum('string','date','number') CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `tbranch` varchar(512) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `separator` char(12) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `thumbtitle` char(3) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `multi` tinyint(1) unsigned NOT NULL,
  `report` tinyint(1) unsigned NOT NULL,
  `sorter` int(3) unsigned NOT NULL,
  `dces_element` CHAR(12) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `VocabularyControlType` CHAR(16) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `RestrictToVocabularyControl` TINYINT(1) DEFAULT '0' NOT NULL,
  `label_en` char(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `label_fr` char(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `label_de` char(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `label_nl` char(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `generate_cterms` int(1) unsigned DEFAULT '1' NOT NULL,
  `gui_editable` int(1) unsigned DEFAULT '1' NOT NULL,
  `gui_visible` int(1) unsigned DEFAULT '1' NOT NULL,
  `printable` int(1) unsigned DEFAULT '1' NOT NULL,
  `input_disable` int(1) unsigned DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `dces_element` (`dces_element`),
  KEY `indexable` (`indexable`),
  KEY `readonly` (`readonly`),
  KEY `required` (`required`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `metadatas` (
  `id` int(10) unsigned auto_increment NOT NULL,
  `record_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `meta_struct_id` int(11) unsigned NOT NULL,
  `value` longtext CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `VocabularyType` char(16) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `VocabularyId` int(11) NULL,
  PRIMARY KEY (`id`),
  KEY `meta_struct_id` (`meta_struct_id`),
  KEY `record_id` (`record_id`),
  KEY `index_meta` (`record_id`,`meta_struct_id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `log` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `date` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `sit_session` int(11) unsigned NULL,
  `user` varchar(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `site` varchar(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `usrid` int(11) unsigned NULL,
  `nav` varchar(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `version` varchar(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `os` varchar(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `res` varchar(16) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `ip` varchar(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `user_agent` varchar(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `appli` varbinary(1024) NOT NULL,
  `fonction` varchar(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `societe` varchar(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `activite` varchar(200) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `pays` varchar(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  PRIMARY KEY (`id`),
  KEY `site` (`site`),
  KEY `sit_session` (`sit_session`),
  KEY `user` (`user`),
  KEY `date` (`date`),
  KEY `nav` (`nav`),
  KEY `os` (`os`),
  KEY `res` (`res`),
  KEY `version` (`version`),
  KEY `os_nav` (`os`,`nav`),
  KEY `date_site` (`site`,`date`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `log_search` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `log_id` int(11) unsigned NOT NULL,
  `date` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `search` varchar(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `results` int(11) unsigned DEFAULT '0' NULL,
  `coll_id` text CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  PRIMARY KEY (`id`),
  KEY `log_id` (`log_id`),
  KEY `search` (`search`),
  KEY `date` (`date`),
  KEY `results` (`results`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `log_docs` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `log_id` int(11) unsigned NOT NULL,
  `date` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `record_id` int(11) unsigned NOT NULL,
  `action` enum('push','add','validate','edit','collection','status','print','substit','publish','download','mail','ftp','delete','subdefCreation','writeMetadatas','') CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `final` varchar(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `comment` text CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `coll_id_from` int(11) unsigned NULL,
  `coll_id` int(11) unsigned NULL,
  PRIMARY KEY (`id`),
  KEY `log_id` (`log_id`),
  KEY `record_id` (`record_id`),
  KEY `coll_id_from` (`coll_id`),
  KEY `coll_id` (`coll_id`),
  KEY `action` (`action`),
  KEY `date` (`date`),
  KEY `final` (`final`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `log_view` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `log_id` int(11) unsigned NULL,
  `date` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `record_id` int(11) unsigned NOT NULL,
  `referrer` varchar(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `site_id` varchar(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `coll_id` int(11) unsigned NULL,
  PRIMARY KEY (`id`),
  KEY `referrer` (`referrer`),
  KEY `log_id` (`log_id`),
  KEY `date` (`date`),
  KEY `record_id` (`record_id`),
  KEY `site_id` (`site_id`),
  KEY `coll_id` (`coll_id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `permalinks` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `subdef_id` int(11) unsigned NOT NULL,
  `token` CHAR(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `label` CHAR(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `activated` tinyint(1) unsigned DEFAULT '1' NOT NULL,
  `created_on` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `last_modified` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subdef_id` (`subdef_id`),
  UNIQUE KEY `token` (`token`),
  KEY `activated` (`activated`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `pref` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `prop` char(64) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `value` longtext CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `locale` char(8) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `updated_on` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `created_on` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQUE` (`prop`,`locale`),
  KEY `prop` (`prop`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `record` (
  `coll_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `record_id` int(11) unsigned auto_increment NOT NULL,
  `parent_record_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `cover_record_id` int(11) unsigned NULL,
  `status` int(10) unsigned DEFAULT '0' NOT NULL,
  `sha256` char(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
  `uuid` char(36) CHARACTER SET ascii COLLATE ascii_general_ci NULL,
  `xml` longblob NOT NULL,
  `moddate` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `credate` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `work` int(1) unsigned DEFAULT '0' NOT NULL,
  `mime` char(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `type` enum('image','video','audio','document','flash','unknown') CHARACTER SET ascii COLLATE ascii_bin DEFAULT 'unknown' NOT NULL,
  `jeton` int(11) unsigned DEFAULT '0' NOT NULL,
  `bitly` char(10) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `originalname` varchar(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  PRIMARY KEY (`record_id`),
  KEY `coll_id` (`coll_id`),
  KEY `type` (`type`),
  KEY `record_status` (`status`),
  KEY `jeton` (`jeton`),
  KEY `sha256` (`sha256`),
  KEY `uuid` (`uuid`),
  KEY `bitly` (`bitly`),
  KEY `parent_record_id` (`parent_record_id`),
  KEY `moddate` (`moddate`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `regroup` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `rid_parent` int(11) unsigned DEFAULT '0' NOT NULL,
  `rid_child` int(11) unsigned DEFAULT '0' NOT NULL,
  `dateadd` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
  `ord` int(11) unsigned DEFAULT '0' NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lien` (`rid_child`,`rid_parent`),
  KEY `rid_parent` (`rid_parent`),
  KEY `rid_child` (`rid_child`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `subdef` (
  `subdef_id` int(11) unsigned auto_increment NOT NULL,
  `record_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `name` char(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `path` char(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `file` char(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `width` int(10) unsigned DEFAULT '0' NOT NULL,
  `height` int(10) unsigned DEFAULT '0' NOT NULL,
  `mime` char(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `size` bigint(20) unsigned DEFAULT '0' NOT NULL,
  `substit` tinyint(1) unsigned DEFAULT '0' NOT NULL,
  `etag` char(32) CHARACTER SET utf8 COLLATE utf8_unicode_ci NULL,
  `dispatched` tinyint(1) unsigned DEFAULT '0' NOT NULL,
  `created_on` DATETIME NOT NULL,
  `updated_on` DATETIME NOT NULL,
  PRIMARY KEY (`subdef_id`),
  UNIQUE KEY `unicite` (`record_id`,`name`),
  KEY `name` (`name`),
  KEY `record_id` (`record_id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;

CREATE TABLE `technical_datas` (
  `id` int(11) unsigned auto_increment NOT NULL,
  `record_id` int(11) unsigned DEFAULT '0' NOT NULL,
  `name` char(32) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `value` varchar(255) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unicite` (`record_id`,`name`),
  KEY `record_index` (`record_id`)
) ENGINE=InnoDB CHARACTER SET utf8 COLLATE utf8_unicode_ci;
