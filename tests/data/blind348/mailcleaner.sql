-- MailCleaner (MailCleaner SA, Switzerland; anti-spam / anti-virus mail filtering gateway built on Exim, MailScanner
-- and SpamAssassin, with a per-user quarantine web interface)
-- Upstream: github.com/MailCleaner/MailCleaner, commit da47da22f4f8dfe85e3ab1b13ea163cf9c291daf, GPL-3.0.
-- Made from the reference table definitions in install/dbs/*.sql (install/dbs/spam/ for the quarantine shards), which
-- the installer runs and bin/check_db.pl uses to bring existing databases up to date. The CREATE TABLE statements
-- are copied as upstream writes them (column names, order, types, keys, engines); the USE, DROP and default INSERT
-- statements around them are left out. MailCleaner spreads its tables over four databases on each host —
-- mc_config (configuration, users, addresses, preferences, lists), mc_spool (the spam quarantine),
-- mc_stats (the MailScanner message log) and mc_community (registration of a Community Edition) — written here
-- into one schema, the database named in a comment before each table.
-- Left out: the quarantine shards spam_b … spam_z (identical to spam_a), the MERGE table `spam` (the union of the
-- 28 shards, with their columns and no rows of its own), mc_spool.update_patch (same name and columns as
-- mc_config.update_patch), the configuration tables mta_config, dangerouscontent, httpd_config, snmpd_config,
-- Commtouch, MessageSniffer, PreRBLs, UriRBLs, trustedSources, rrd_stats, rrd_stats_element, and
-- dmarc_reporting.sql (OpenDMARC's own reporting schema, installed beside MailCleaner).

-- mc_config.administrator  (install/dbs/t_cf_administrator.sql)
CREATE TABLE `administrator` (
  username			 varchar(120) NOT NULL,
  password			 varchar(120) NOT NULL,
  can_manage_users		 enum('1','0') NOT NULL DEFAULT '1',
  can_manage_domains		 enum('1','0') NOT NULL DEFAULT '0',
  can_configure			 enum('1','0') NOT NULL DEFAULT '0',
  can_view_stats		 enum('1','0') NOT NULL DEFAULT '0',
  can_manage_host		 enum('1','0') NOT NULL DEFAULT '0',
  domains 			 blob,
  allow_subdomains       enum('1','0') NOT NULL DEFAULT '0',
  web_template			varchar(50) NOT NULL DEFAULT 'default',
  id                            int(11) auto_increment not null,
  PRIMARY KEY (id),
  UNIQUE KEY uniq_username (username)
);

-- mc_config.user  (install/dbs/t_cf_user.sql)
CREATE TABLE `user` (
  id                             int(11) NOT NULL auto_increment,
  username			 varchar(120) NOT NULL,
  domain			 varchar(200),
  pref				 int(11) NOT NULL default 1,
  PRIMARY KEY (id)
);

-- mc_config.email  (install/dbs/t_cf_email.sql)
CREATE TABLE `email` (
  id                             int(11) NOT NULL auto_increment,
  address			 varchar(120) NOT NULL,
  user				 int(11) NOT NULL,
  is_main			 enum('1','0') NOT NULL DEFAULT '1',
  pref				 int(11) NOT NULL default 1,
  PRIMARY KEY (id)
);

-- mc_config.user_pref  (install/dbs/t_cf_user_pref.sql)
CREATE TABLE `user_pref` (
  id                             int(11) NOT NULL auto_increment,
  viruswall                      tinyint(1) NOT NULL DEFAULT '1',
  spamwall                       tinyint(1) NOT NULL DEFAULT '1',
  block_bad_tnef                 tinyint(1) NOT NULL DEFAULT '0',
  block_encrypted                tinyint(1) NOT NULL DEFAULT '0', 
  block_unencrypted              tinyint(1) NOT NULL DEFAULT '0', 
  allow_passprotected_archives   tinyint(1) NOT NULL DEFAULT '0', 
  allow_partial                  tinyint(1) NOT NULL DEFAULT '0', 
  allow_external_bodies          tinyint(1) NOT NULL DEFAULT '0', 
  allow_iframe                   tinyint(1) NOT NULL DEFAULT '0', 
  allow_forms                    tinyint(1) NOT NULL DEFAULT '1',
  allow_scripts                  tinyint(1) NOT NULL DEFAULT '0', 
  allow_codebase                 tinyint(1) NOT NULL DEFAULT '0', 
  convert_danger_to_text         tinyint(1) NOT NULL DEFAULT '0', 
  convert_html_to_text           tinyint(1) NOT NULL DEFAULT '0', 
  notify_sender                  tinyint(1) NOT NULL DEFAULT '1', 
  notify_virus_sender            tinyint(1) NOT NULL DEFAULT '0', 
  notify_blocked_sender          tinyint(1) NOT NULL DEFAULT '1', 
  notify_blocked_content         tinyint(1) NOT NULL DEFAULT '1',
  virus_modify_subject           tinyint(1) NOT NULL DEFAULT '1', 
  virus_subject                  varchar(20) NOT NULL DEFAULT '{Virus?}',
  file_modify_subject            tinyint(1) NOT NULL DEFAULT '1', 
  file_subject                   varchar(20) NOT NULL DEFAULT '{Virus?}',
  content_modify_subject         tinyint(1) NOT NULL DEFAULT '1', 
  content_subject                varchar(20) NOT NULL DEFAULT '{Virus?}',
  warning_attach                 tinyint(1) NOT NULL DEFAULT '1', 
  warning_filename               varchar(50) NOT NULL DEFAULT 'AttentionVirus.txt',
  warning_encoding_charset       varchar(20) NOT NULL DEFAULT 'ISO-8859-1',
  use_bayes                      tinyint(1) NOT NULL DEFAULT '1',
  ok_languages                   varchar(50) NOT NULL DEFAULT 'fr en de it es',
  ok_locales                     varchar(50) NOT NULL DEFAULT 'fr en de it es',
  use_rbls                       tinyint(1) NOT NULL DEFAULT '1',
  use_dcc                        tinyint(1) NOT NULL DEFAULT '1',
  use_razor                      tinyint(1) NOT NULL DEFAULT '1',
  use_pyzor                      tinyint(1) NOT NULL DEFAULT '1',
  delivery_type                  int(11) NOT NULL DEFAULT  '1',
  daily_summary                  tinyint(1) NOT NULL DEFAULT '0',
  weekly_summary                 tinyint(1) NOT NULL DEFAULT '1', 
  monthly_summary                tinyint(1) NOT NULL DEFAULT '0',
  summary                        tinyint(1) NOT NULL DEFAULT '1',
  summary_freq                   int(11) NOT NULL DEFAULT  '1',
  summary_type                   varchar(20) NOT NULL DEFAULT 'NOTSET',
  summary_to                     varchar(200),
  spam_tag                       varchar(20) NOT NULL DEFAULT '{Spam?}',
  quarantine_bounces 		 tinyint(1) NOT NULL DEFAULT '0',
  has_whitelist                  tinyint(1) NOT NULL DEFAULT '0',
  has_warnlist                   tinyint(1) NOT NULL DEFAULT '0',
  has_blacklist                  tinyint(1) NOT NULL DEFAULT '0',
  language                       varchar(4) NOT NULL DEFAULT 'fr',
  gui_displayed_spams            int(11) NOT NULL DEFAULT '20',
  gui_displayed_days             int(11) NOT NULL DEFAULT '7',
  gui_mask_forced                tinyint(1) NOT NULL DEFAULT '0',
  gui_default_address            varchar(200) DEFAULT '',
  gui_graph_type                 varchar(20) NOT NULL DEFAULT 'bar',
  gui_group_quarantines          tinyint(1) NOT NULL DEFAULT '0',
  archive_mail                   tinyint(1) NOT NULL DEFAULT '0',
  archive_spam                   tinyint(1) NOT NULL DEFAULT '0',
  copyto_mail                    varchar(250) DEFAULT '',
  bypass_filtering               tinyint(1) NOT NULL DEFAULT '0',
  allow_newsletters              tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (id)
);

-- mc_config.wwlists  (install/dbs/t_cf_wwlists.sql)
CREATE TABLE `wwlists` (
  id				 int(11) NOT NULL AUTO_INCREMENT,
  sender			 varchar(150) NOT NULL,
  recipient         varchar(150) NOT NULL,
  type              varchar(15) NOT NULL DEFAULT 'warn',
  expiracy          date NOT NULL,
  status            int(2) DEFAULT 1,
  comments          blob,
  PRIMARY KEY (id),
  UNIQUE KEY (sender, recipient)
);

-- mc_config.pending_alias  (install/dbs/t_cf_pending_alias.sql)
CREATE TABLE `pending_alias` (
  id char(32) NOT NULL default '',
  date_in date NOT NULL default '0000-00-00',
  alias char(150) default NULL,
  user char(150) default NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY id (id)
);

-- mc_config.digest_access  (install/dbs/t_cf_digest_access.sql)
CREATE TABLE `digest_access` (
  id char(40) NOT NULL default '',
  date_in date NOT NULL,
  date_start date NOT NULL,
  date_expire date NOT NULL,
  address char(250) NOT NULL,
  PRIMARY KEY  (id)
);

-- mc_config.mysql_auth  (install/dbs/t_cf_mysql_auth.sql)
CREATE TABLE `mysql_auth` (
  username 			 varchar(200) NOT NULL,
  domain                         varchar(50),
  password			 varchar(200) NOT NULL,
  email				 varchar(200) NOT NULL,
  realname			 varchar(200),
  id                             int(11) auto_increment not null,
  PRIMARY KEY (id)
);

-- mc_config.http_auth  (install/dbs/t_cf_http_auth.sql)
CREATE TABLE `http_auth` (
  username			 varchar(50) NOT NULL,
  password			 varchar(50) NOT NULL,
  PRIMARY KEY (username)
);

-- mc_config.ldapconfig  (install/dbs/t_cf_ldapconfig.sql)
CREATE TABLE `ldapconfig` (
  id				int(11) NOT NULL AUTO_INCREMENT ,
  name				char(200) NOT NULL DEFAULT 'ldapconfig',
  user              char(120),
  
  servers           blob,
  basedb            varchar(255),
  binddn            varchar(255),
  bindpass          varchar(255),
  user_fields       varchar(255),
  
  PRIMARY KEY (id) 
);

-- mc_config.domain  (install/dbs/t_cf_domain.sql)
CREATE TABLE `domain` (
  id				int(11) NOT NULL AUTO_INCREMENT ,
  name				char(200) NOT NULL DEFAULT '',
  active			char(5) NOT NULL DEFAULT 'true',
  destination		char(200) NOT NULL DEFAULT '',
  callout			enum('true', 'false') NOT NULL DEFAULT 'false',
  altcallout       char(200),
  adcheck			enum('true', 'false') NOT NULL DEFAULT 'false',
  addlistcallout    enum('true', 'false') NOT NULL DEFAULT 'false',
  extcallout        enum('true', 'false') NOT NULL DEFAULT 'false',
  forward_by_mx	    enum('true', 'false') NOT NULL DEFAULT 'false',
  greylist         enum('true', 'false') NOT NULL DEFAULT 'false',
  relay_smarthost                tinyint(1) NOT NULL DEFAULT '0',
  destination_smarthost          char(200) NOT NULL DEFAULT '',
  prefs				int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (id, name) 
);

-- mc_config.domain_pref  (install/dbs/t_cf_domain_pref.sql)
CREATE TABLE `domain_pref` (
  id				 int(11) NOT NULL auto_increment,
  viruswall                      tinyint(1) NOT NULL DEFAULT '1',
  spamwall                       tinyint(1) NOT NULL DEFAULT '1',
  contentwall			 tinyint(1) NOT NULL DEFAULT '1',
  scanners                       varchar(50) NOT NULL DEFAULT 'clamav etrust',
  silent                         varchar(100) NOT NULL DEFAULT 'HTML-IFrame All-Viruses Zip-Password',
  block_bad_tnef                 tinyint(1) NOT NULL DEFAULT '0',
  block_encrypted                tinyint(1) NOT NULL DEFAULT '0', 
  block_unencrypted              tinyint(1) NOT NULL DEFAULT '0', 
  allow_passprotected_archives   tinyint(1) NOT NULL DEFAULT '0', 
  allow_partial                  tinyint(1) NOT NULL DEFAULT '0', 
  allow_external_bodies          tinyint(1) NOT NULL DEFAULT '0', 
  allow_iframe                   tinyint(1) NOT NULL DEFAULT '0', 
  allow_forms                    tinyint(1) NOT NULL DEFAULT '1',
  allow_scripts                  tinyint(1) NOT NULL DEFAULT '0', 
  allow_codebase                 tinyint(1) NOT NULL DEFAULT '0', 
  convert_danger_to_text         tinyint(1) NOT NULL DEFAULT '0', 
  convert_html_to_text           tinyint(1) NOT NULL DEFAULT '0', 
  notify_sender                  tinyint(1) NOT NULL DEFAULT '1', 
  notify_virus_sender            tinyint(1) NOT NULL DEFAULT '0', 
  notify_blocked_sender          tinyint(1) NOT NULL DEFAULT '1', 
  notify_blocked_content         tinyint(1) NOT NULL DEFAULT '1',
  virus_modify_subject           tinyint(1) NOT NULL DEFAULT '1', 
  virus_subject                  varchar(20) NOT NULL DEFAULT '{Virus?}',
  file_modify_subject            tinyint(1) NOT NULL DEFAULT '1', 
  file_subject                   varchar(20) NOT NULL DEFAULT '{Virus?}',
  content_modify_subject         tinyint(1) NOT NULL DEFAULT '1', 
  content_subject                varchar(20) NOT NULL DEFAULT '{Content?}',
  warning_attach                 tinyint(1) NOT NULL DEFAULT '1', 
  warning_filename               varchar(50) NOT NULL DEFAULT 'AttentionVirus.txt',
  warning_encoding_charset       varchar(20) NOT NULL DEFAULT 'ISO-8859-1',
  use_bayes                      tinyint(1) NOT NULL DEFAULT '1',
  bayes_autolearn                tinyint(1) NOT NULL DEFAULT '1',
  ok_languages                   varchar(50) NOT NULL DEFAULT 'fr en de it es',
  ok_locales                     varchar(50) NOT NULL DEFAULT 'fr en de it es',
  use_rbls                       tinyint(1) NOT NULL DEFAULT '1',
  rbls_timeout                   int(11) NOT NULL DEFAULT  '20',
  use_dcc                        tinyint(1) NOT NULL DEFAULT '1',
  dcc_timeout                    int(11) NOT NULL DEFAULT  '10',
  use_razor                      tinyint(1) NOT NULL DEFAULT '1',
  razor_timeout                  int(11) NOT NULL DEFAULT  '10',
  use_pyzor                      tinyint(1) NOT NULL DEFAULT '1',
  pyzor_timeout                  int(11) NOT NULL DEFAULT  '10',
  auth_type                      varchar(10) NOT NULL DEFAULT 'local',
  auth_param			 varchar(200),
  auth_server                    varchar(100) NOT NULL DEFAULT 'localhost',
  auth_modif                     varchar(100) NOT NULL DEFAULT 'at_add',
  address_fetcher		 varchar(10) NOT NULL DEFAULT 'at_login',
  allow_smtp_auth                tinyint(1) NOT NULL DEFAULT '0',
  smtp_auth_cachetime            int(11) NOT NULL DEFAULT '86400',
  delivery_type                  int(11) NOT NULL DEFAULT  '1',
  daily_summary                  tinyint(1) NOT NULL DEFAULT '0',
  weekly_summary                 tinyint(1) NOT NULL DEFAULT '1', 
  monthly_summary		 tinyint(1) NOT NULL DEFAULT '0',
  summary                        tinyint(1) NOT NULL DEFAULT '1',
  summary_freq                   int(11) NOT NULL DEFAULT  '1',
  summary_to                     varchar(200),
  spam_tag                       varchar(20) NOT NULL DEFAULT '{Spam?}',
  quarantine_bounces             tinyint(1) NOT NULL DEFAULT '0',
  language                       varchar(4) NOT NULL DEFAULT 'en',
  gui_displayed_spams            int(11) NOT NULL DEFAULT '20',
  gui_displayed_days             int(11) NOT NULL DEFAULT '7',
  gui_mask_forced                tinyint(1) NOT NULL DEFAULT '0',
  gui_default_address            varchar(200) DEFAULT '',
  gui_graph_type                 varchar(20) NOT NULL DEFAULT 'bar',
  gui_group_quarantines          tinyint(1) NOT NULL DEFAULT '0',
  web_template			 varchar(50) NOT NULL DEFAULT 'default',
  summary_template               varchar(50) NOT NULL DEFAULT 'default',
  summary_type                   varchar(20) NOT NULL DEFAULT 'html',
  report_template                varchar(50) NOT NULL DEFAULT 'default',
  support_email                  varchar(50),
  systemsender			 varchar(250),
  falseneg_to			 varchar(250),
  falsepos_to			 varchar(250),
  supportemail                   varchar(250),
  supportname                    varchar(250),
  presharedkey 			 varchar(100) DEFAULT '',
  enable_whitelists              tinyint(1) NOT NULL DEFAULT '0',
  enable_warnlists               tinyint(1) NOT NULL DEFAULT '0',
  enable_blacklists              tinyint(1) NOT NULL DEFAULT '0',
  notice_wwlists_hit             tinyint(1) NOT NULL DEFAULT '0',
  warnhit_template			      varchar(50) NOT NULL DEFAULT 'default',
  ldapcallout                    int(11),
  ldapcalloutserver              varchar(200),
  ldapcalloutparam               varchar(200),
  extcallout_type                varchar(200),
  extcallout_param               blob,
  addlist_posters                blob,
  archive_mail                   tinyint(1) NOT NULL DEFAULT '0',
  archive_spam                   tinyint(1) NOT NULL DEFAULT '0',
  copyto_mail                    varchar(250) DEFAULT '',
  acc_max_daily_users            int(11) NOT NULL DEFAULT 0,
  batv_check                     tinyint(1) NOT NULL DEFAULT '0',
  batv_secret                    varchar(200),
  prevent_spoof                  tinyint(1) NOT NULL DEFAULT '0',
  dkim_domain                    varchar(255),
  dkim_selector                  varchar(255),
  dkim_pkey                      blob,
  require_incoming_tls           tinyint(1) NOT NULL DEFAULT '0',
  require_outgoing_tls           tinyint(1) NOT NULL DEFAULT '0',
  allow_newsletters              tinyint(1) NOT NULL DEFAULT '0',
  reject_capital_domain          tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (id)
);

-- mc_config.system_conf  (install/dbs/t_cf_system_conf.sql)
CREATE TABLE `system_conf` (
   id                  int(11) UNIQUE NOT NULL DEFAULT '1',
   organisation        varchar(200) NOT NULL DEFAULT '',
   company_name        varchar(200),
   contact             varchar(200), 
   contact_email       varchar(200),
   hostname            varchar(200) NOT NULL DEFAULT '',
   hostid	       int(11) NOT NULL DEFAULT 1,
   clientid	       int(20) NOT NULL,
   default_domain      varchar(200) NOT NULL DEFAULT '',
   default_language    varchar(50) NOT NULL DEFAULT 'en',
   sysadmin            varchar(200) NOT NULL DEFAULT '',
   days_to_keep_spams  int(10) NOT NULL DEFAULT 60,
   days_to_keep_virus  int(10) NOT NULL DEFAULT 60,
   cron_time	       time NOT NULL DEFAULT "000000",
   cron_weekday	       int(2) NOT NULL DEFAULT 1,
   cron_monthday       int(2) NOT NULL DEFAULT 1, 
   summary_subject     varchar(250) NOT NULL DEFAULT "Mailcleaner quarantine summary",
   summary_from	       varchar(200) NOT NULL DEFAULT "your_mail\@yourdomain",
   analyse_to	       varchar(200) NOT NULL DEFAULT "your_mail\@yourdomain",
   falseneg_to         varchar(200) NOT NULL DEFAULT "your_mail\@yourdomain",
   falsepos_to         varchar(200) NOT NULL DEFAULT "your_mail\@yourdomain",
   src_dir             varchar(255) NOT  NULL DEFAULT '/opt/mailcleaner',
   var_dir             varchar(255) NOT NULL DEFAULT '/var/mailcleaner',
   ad_server           varchar(80),
   ad_param            varchar(200),
   http_proxy          varchar(200),
   use_syslog          tinyint(1) NOT NULL DEFAULT '0',
   syslog_host         varchar(200),
   smtp_proxy          varchar(200),
   use_archiver        tinyint(1) NOT NULL DEFAULT '0',
   archiver_host       varchar(200),
   api_fulladmin_ips   blob,
   api_admin_ips       blob
);

-- mc_config.user_gui  (install/dbs/t_cf_user_gui.sql)
CREATE TABLE `user_gui` (
   set_id			int(11) NOT NULL DEFAULT 1,
   want_domainchooser		tinyint(1) NOT NULL DEFAULT '1',
   want_aliases			tinyint(1) NOT NULL DEFAULT '1',
   want_search			tinyint(1) NOT NULL DEFAULT '1',
   want_submit_analyse		tinyint(1) NOT NULL DEFAULT '1',
   want_reasons			tinyint(1) NOT NULL DEFAULT '1',
   want_force			tinyint(1) NOT NULL DEFAULT '1',
   want_display_user_infos	tinyint(1) NOT NULL DEFAULT '1',
   want_summary_select		tinyint(1) NOT NULL DEFAULT '1',
   want_delivery_select		tinyint(1) NOT NULL DEFAULT '1',
   want_support			tinyint(1) NOT NULL DEFAULT '1',
   want_preview			tinyint(1) NOT NULL DEFAULT '1',
   want_quarantine_bounces	tinyint(1) NOT NULL DEFAULT '0',
   default_quarantine_days	int(3) NOT NULL DEFAULT '7',
   default_template 		varchar(50) NOT NULL DEFAULT 'default'
);

-- mc_config.feature_restriction  (install/dbs/t_cf_feature_restriction.sql)
CREATE TABLE `feature_restriction` (
  id                 int(11) auto_increment not null,
  section            varchar(120) NOT NULL,
  feature            varchar(120) NOT NULL,
  target_level       enum('administrator', 'manager', 'hotline', 'user'),
  restricted         tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (id)
);

-- mc_config.antispam  (install/dbs/t_cf_antispam.sql)
CREATE TABLE `antispam` (
  set_id			 int(11) NOT NULL DEFAULT 1,
  use_spamassassin		 tinyint(1) NOT NULL DEFAULT '1',
  spamassassin_timeout		 int(11) NOT NULL DEFAULT  '20',
  use_bayes                      tinyint(1) NOT NULL DEFAULT '1',
  bayes_autolearn                tinyint(1) NOT NULL DEFAULT '0',
  ok_languages                   varchar(50) NOT NULL DEFAULT 'fr en de it es',
  ok_locales                     varchar(50) NOT NULL DEFAULT 'fr en de it es',
  use_rbls                       tinyint(1) NOT NULL DEFAULT '1',
  rbls_timeout                   int(11) NOT NULL DEFAULT  '20',
  sa_rbls                        varchar(250) NOT NULL DEFAULT 'SORBS RFCIGNORANT DSBL AHBL SPAMCOP BSP IADB HABEAS DNSWL URIBL',
  use_dcc                        tinyint(1) NOT NULL DEFAULT '1',
  dcc_timeout                    int(11) NOT NULL DEFAULT  '10',
  use_razor                      tinyint(1) NOT NULL DEFAULT '1',
  razor_timeout                  int(11) NOT NULL DEFAULT  '10',
  use_pyzor                      tinyint(1) NOT NULL DEFAULT '1',
  pyzor_timeout                  int(11) NOT NULL DEFAULT  '10',
  enable_whitelists              tinyint(1) NOT NULL DEFAULT '0',
  enable_warnlists               tinyint(1) NOT NULL DEFAULT '0',
  enable_blacklists              tinyint(1) NOT NULL DEFAULT '0',
  tag_mode_bypass_whitelist      tinyint(1) NOT NULL DEFAULT '1',
  whitelist_both_from            tinyint(1) NOT NULL DEFAULT '0',
  trusted_ips					  blob,
  html_wl_ips                                     blob,
  use_fuzzyocr                   tinyint(1) NOT NULL DEFAULT '1',
  use_pdfinfo                    tinyint(1) NOT NULL DEFAULT '1',
  use_imageinfo                  tinyint(1) NOT NULL DEFAULT '1',
  use_botnet                     tinyint(1) NOT NULL DEFAULT '1',
  use_domainkeys                 tinyint(1) NOT NULL DEFAULT '1',
  domainkeys_timeout             int(11) NOT NULL DEFAULT  '5',
  use_spf                        tinyint(1) NOT NULL DEFAULT '1',
  spf_timeout                    int(11) NOT NULL DEFAULT  '5',
  use_dkim                       tinyint(1) NOT NULL DEFAULT '1',
  dkim_timeout                   int(11) NOT NULL DEFAULT  '5',
  dmarc_follow_quarantine_policy tinyint(1) NOT NULL DEFAULT '0',
  spam_list_to_be_spam           int(11) NOT NULL DEFAULT '2',
  use_syslog                     tinyint(1) NOT NULL DEFAULT '0',
  do_stockme                     tinyint(1) NOT NULL DEFAULT '0',
  stockme_nbdays                 int(11) NOT NULL DEFAULT '3',
  dnsliststoreport               varchar(250) NOT NULL DEFAULT '',
  global_max_size		 int(11) NOT NULL DEFAULT '500',
  PRIMARY KEY (set_id)
);

-- mc_config.antivirus  (install/dbs/t_cf_antivirus.sql)
CREATE TABLE `antivirus` (
  set_id			 int(11) NOT NULL DEFAULT 1,
  scanners			 varchar(120) NOT NULL DEFAULT 'clamav',
  scanner_timeout		 int(11) NOT NULL DEFAULT  '300',
  silent			 enum('yes', 'no') DEFAULT 'yes',
  file_timeout			 int(11) NOT NULL DEFAULT  '20',
  expand_tnef			 enum('yes', 'no') DEFAULT 'yes',
  deliver_bad_tnef		 enum('yes', 'no') DEFAULT 'no',
  tnef_timeout			 int(11) NOT NULL DEFAULT  '120',
  usetnefcontent        enum('no', 'add', 'replace') DEFAULT 'no',
  max_message_size		 int(11) NOT NULL DEFAULT  '0',
  max_attach_size		 int(11) NOT NULL DEFAULT  '-1',
  max_archive_depth		 int(11) NOT NULL DEFAULT  '0',
  max_attachments_per_message    int(11) NOT NULL DEFAULT  200,
  send_notices			 enum('yes', 'no') DEFAULT 'no',
  notices_to			 varchar(120) NOT NULL DEFAULT 'root',

  PRIMARY KEY (set_id)
);

-- mc_config.prefilter  (install/dbs/t_cf_prefilter.sql)
CREATE TABLE `prefilter` (
  id		   int(11) NOT NULL AUTO_INCREMENT,
  set_id           int(11) NOT NULL DEFAULT 1,
  name             char(200) NOT NULL,
  active           int(1) NOT NULL DEFAULT 1,
  position         int(11) NOT NULL DEFAULT 1,
  neg_decisive     int(1) NOT NULL DEFAULT 1,
  pos_decisive     int(1) NOT NULL DEFAULT 1,
  decisive_field   varchar(100) NOT NULL DEFAULT 'none',
  timeOut          int(11) NOT NULL DEFAULT 10,
  maxSize          int(11) NOT NULL DEFAULT 500000,
  header           char(200),
  putHamHeader     int(1) NOT NULL DEFAULT 0,
  putSpamHeader    int(1) NOT NULL DEFAULT 1,
  visible          tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (id, name)
);

-- mc_config.greylistd_config  (install/dbs/t_cf_greylistd_config.sql)
CREATE TABLE `greylistd_config` (
  set_id			int(11) NOT NULL DEFAULT 1,
  retry_min        int(20) NOT NULL DEFAULT 120,
  retry_max        int(20) NOT NULL DEFAULT 28800,
  expire           int(20) NOT NULL DEFAULT 5184000, 
  avoid_domains    blob,
  PRIMARY KEY (set_id)
);

-- mc_config.dnslist  (install/dbs/t_cf_dnslist.sql)
CREATE TABLE `dnslist` (
  name				 varchar(40) NOT NULL UNIQUE,
  url				 varchar(250) NOT NULL,
  type              varchar(20) NOT NULL DEFAULT 'blacklist',
  active            tinyint(1) NOT NULL DEFAULT '1',
  comment           blob,
  PRIMARY KEY (name)
);

-- mc_config.filename  (install/dbs/t_cf_filename.sql)
CREATE TABLE `filename` (
  id				 int(11) NOT NULL AUTO_INCREMENT,
  status			 enum('allow', 'deny') DEFAULT 'deny',
  rule				 varchar(50) NOT NULL UNIQUE,
  name				 varchar(150),
  description			 varchar(150),

  PRIMARY KEY (id)
);

-- mc_config.filetype  (install/dbs/t_cf_filetype.sql)
CREATE TABLE `filetype` (
  id				 int(11) NOT NULL AUTO_INCREMENT,
  status			 enum('allow', 'deny') DEFAULT 'allow',
  type				 varchar(50) NOT NULL,
  name				 varchar(150),
  description			 varchar(150),

  PRIMARY KEY (id)
);

-- mc_config.scanner  (install/dbs/t_cf_scanner.sql)
CREATE TABLE `scanner` (
  id				 int(11) NOT NULL AUTO_INCREMENT,
  name				 varchar(40) NOT NULL,
  comm_name			 varchar(40) NOT NULL, 
  active			 tinyint(1) NOT NULL DEFAULT '0',
  path				 varchar(200) NOT NULL DEFAULT '/usr/local',
  installed			 tinyint(1) NOT NULL DEFAULT '0',
  version			 varchar(100),
  sig_version			 varchar(100),

  PRIMARY KEY (id)
);

-- mc_config.fail2ban_conf  (install/dbs/t_cf_fail2ban_conf.sql)
CREATE TABLE `fail2ban_conf` (
        id                      int(11) not NULL AUTO_INCREMENT,
        src_email               varchar(150) NOT NULL,
        src_name                varchar(150) NOT NULL,
        dest_email              varchar(150) NOT NULL,
        chain                   varchar(150) NOT NULL,
        PRIMARY KEY (id)
);

-- mc_config.fail2ban_jail  (install/dbs/t_cf_fail2ban_jail.sql)
CREATE TABLE `fail2ban_jail` (
        id                      int(11) not NULL AUTO_INCREMENT,
	enabled			tinyint(1) DEFAULT TRUE,
        name                    varchar(150) NOT NULL UNIQUE,
        maxretry                int(11) not NULL,
        findtime                int(11) not NULL,
        bantime                 int(11) not NULL,
        port                    varchar(50) NOT NULL,
        filter                  varchar(50) NOT NULL,
        banaction               varchar(50) NOT NULL,
        logpath                 varchar(250) NOT NULL,
	max_count		int(11) not NULL,
        send_mail               tinyint(1) DEFAULT FALSE,
        send_mail_bl            tinyint(1) DEFAULT TRUE,
        PRIMARY KEY (id)
);

-- mc_config.fail2ban_ips  (install/dbs/t_cf_fail2ban_ips.sql)
CREATE TABLE `fail2ban_ips` (
        id                      int(11) not NULL AUTO_INCREMENT,
        ip                      varchar(150) NOT NULL,
        count                   int(11) not NULL,
        active                  tinyint(1),
        blacklisted             tinyint(1) DEFAULT FALSE,
        whitelisted             tinyint(1) DEFAULT FALSE,
        jail			varchar(20) NOT NULL,
	last_hit		TIMESTAMP DEFAULT NOW(),
	host			varchar(150) NOT NULL,
        PRIMARY KEY (id)
);

-- mc_config.external_access  (install/dbs/t_cf_external_access.sql)
CREATE TABLE `external_access` (
  id				 int(11) NOT NULL AUTO_INCREMENT,
  service			 varchar(20) NOT NULL,
  port				 varchar(20),
  protocol			 enum('TCP', 'UDP', 'ICMP'),
  allowed_ip			 blob,
  auth				 blob,
  PRIMARY KEY (id)
);

-- mc_config.internal_access  (install/dbs/t_cf_internal_access.sql)
CREATE TABLE `internal_access` (
    id INT(10) NOT NULL AUTO_INCREMENT,
    time_created TIMESTAMP DEFAULT NOW(),
    private_key VARCHAR(4000) NOT NULL,
    public_key VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id)
);

-- mc_config.master  (install/dbs/t_cf_master.sql)
CREATE TABLE `master` (
	hostname		varchar(150) NOT NULL DEFAULT 'localhost',
	port			int(11) NOT NULL DEFAULT 3306,
	password		varchar(100),
	ssh_pub_key		blob,
	PRIMARY KEY (hostname)
);

-- mc_config.slave  (install/dbs/t_cf_slave.sql)
CREATE TABLE `slave` (
	id			int(11) not NULL,
	hostname		varchar(150) NOT NULL DEFAULT 'localhost',
	port			int(11) NOT NULL DEFAULT 3307,
	password		varchar(100),
	ssh_pub_key		blob,
	PRIMARY KEY (id)
);

-- mc_config.update_patch  (install/dbs/t_cf_update_patch.sql)
CREATE TABLE `update_patch` (
  id				int(11) NOT NULL,
  date				date NOT NULL,
  time				time NOT NULL,
  status			varchar(150) NOT NULL,
  description			varchar(250),
  PRIMARY KEY (id) 
);

-- mc_spool.spam_a  (install/dbs/spam/t_sp_spam_a.sql)
CREATE TABLE `spam_a` (
--	id  			bigint NOT NULL auto_increment,
	date_in			date NOT NULL,
	time_in			time NOT NULL,
	to_domain		varchar(100) NOT NULL,
	to_user			varchar(100) NOT NULL,
	sender			varchar(120) NOT NULL,
	exim_id			varchar(24) NOT NULL,
	M_date			varchar(50),
	M_subject		varchar(250),
	forced			enum('1','0') NOT NULL DEFAULT '0',
	in_master		enum('1','0') NOT NULL DEFAULT '0',
	store_slave		int(11) NOT NULL,
	M_rbls          varchar(250),
	M_prefilter     varchar(250),
	M_score			decimal(7,3),
	M_globalscore	int(11),
        is_newsletter           enum('1','0') NOT NULL DEFAULT '0',
	KEY exim_id_idx (exim_id),
	KEY to_user_idx (to_user, to_domain),
	KEY date_in_idx (date_in),
	UNIQUE KEY to_eximid (to_domain, to_user, exim_id)
)ENGINE=MyISAM;

-- mc_spool.spam_num  (install/dbs/spam/t_sp_spam_num.sql)
CREATE TABLE `spam_num` (
--	id  			bigint NOT NULL auto_increment,
	date_in			date NOT NULL,
	time_in			time NOT NULL,
	to_domain		varchar(100) NOT NULL,
	to_user			varchar(100) NOT NULL,
	sender			varchar(120) NOT NULL,
	exim_id			varchar(24) NOT NULL,
	M_date			varchar(50),
	M_subject		varchar(250),
	forced			enum('1','0') NOT NULL DEFAULT '0',
	in_master		enum('1','0') NOT NULL DEFAULT '0',
	store_slave		int(11) NOT NULL,
	M_rbls          varchar(250),
	M_prefilter     varchar(250),
	M_score			decimal(7,3),
	M_globalscore	int(11),
        is_newsletter           enum('1','0') NOT NULL DEFAULT '0',
	KEY exim_id_idx (exim_id),
	KEY to_user_idx (to_user, to_domain),
	KEY date_in_idx (date_in),
	UNIQUE KEY to_eximid (to_domain, to_user, exim_id)
) ENGINE=MyISAM;

-- mc_spool.spam_misc  (install/dbs/spam/t_sp_spam_misc.sql)
CREATE TABLE `spam_misc` (
--	id  			bigint NOT NULL auto_increment,
	date_in			date NOT NULL,
	time_in			time NOT NULL,
	to_domain		varchar(100) NOT NULL,
	to_user			varchar(100) NOT NULL,
	sender			varchar(120) NOT NULL,
	exim_id			varchar(24) NOT NULL,
	M_date			varchar(50),
	M_subject		varchar(250),
	forced			enum('1','0') NOT NULL DEFAULT '0',
	in_master		enum('1','0') NOT NULL DEFAULT '0',
	store_slave		int(11) NOT NULL,
	M_rbls          varchar(250),
	M_prefilter     varchar(250),
	M_score			decimal(7,3),
	M_globalscore	int(11),
        is_newsletter           enum('1','0') NOT NULL DEFAULT '0',
	KEY exim_id_idx (exim_id),
	KEY to_user_idx (to_user, to_domain),
	KEY date_in_idx (date_in),
	UNIQUE KEY to_eximid (to_domain, to_user, exim_id)
) ENGINE=MyISAM;

-- mc_spool.soap_auth  (install/dbs/t_sp_soap_auth.sql)
CREATE TABLE `soap_auth` (
  id char(32) NOT NULL default '',
  time timestamp NOT NULL,
  user_type enum('admin', 'user') NOT NULL default 'user',
  user char(150) default NULL,
  host char(50),
  PRIMARY KEY  (id),
  UNIQUE KEY id (id)
);

-- mc_stats.maillog  (install/dbs/t_st_maillog.sql)
CREATE TABLE `maillog` (
  timestamp timestamp NOT NULL,
  id text,
  size bigint(20) default '0',
  from_address text,
  from_domain text,
  to_address text,
  to_domain text,
  subject text,
  clientip text,
  archive text,
  isspam tinyint(1) default '0',
  ishighspam tinyint(1) default '0',
  issaspam tinyint(1) default '0',
  isrblspam tinyint(1) default '0',
  isfp tinyint(1) default '0',
  isfn tinyint(1) default '0',
  spamwhitelisted tinyint(1) default '0',
  spamblacklisted tinyint(1) default '0',
  sascore decimal(7,2) default '0.00',
  spamreport text,
  virusinfected tinyint(1) default '0',
  nameinfected tinyint(1) default '0',
  otherinfected tinyint(1) default '0',
  report text,
  ismcp tinyint(1) default '0',
  ishighmcp tinyint(1) default '0',
  issamcp tinyint(1) default '0',
  mcpwhitelisted tinyint(1) default '0',
  mcpblacklisted tinyint(1) default '0',
  mcpsascore decimal(7,2) default '0.00',
  mcpreport text,
  hostname text,
  date date default NULL,
  time time default NULL,
  headers text,
  quarantined tinyint(1) default '0',
  content_forced enum('1','0') NOT NULL DEFAULT '0',
  KEY maillog_datetime_idx (date,time),
  KEY maillog_id_idx (id(20)),
  KEY maillog_clientip_idx (clientip(20)),
  KEY maillog_from_idx (from_address(200)),
  KEY maillog_to_idx (to_address(200)),
  KEY maillog_host_idx (hostname(30)),
  KEY maillog_from_domain_idx (from_domain(50)),
  KEY maillog_to_domain_idx (to_domain(50)),
  KEY maillog_quarantined_idx (quarantined)
);

-- mc_community.registration  (install/dbs/t_ce_registration.sql)
CREATE TABLE `registration` (
  id					int(11) NOT NULL AUTO_INCREMENT,
  first_name 				varchar(255) NOT NULL,
  last_name 				varchar(255) NOT NULL,
  company 				varchar(255) DEFAULT NULL,
  email 				varchar(255) NOT NULL,
  address 				varchar(255) DEFAULT NULL,
  postal_code 				varchar(255) DEFAULT NULL,
  city 					varchar(255) DEFAULT NULL,
  country 				varchar(255) DEFAULT NULL,
  accept_newsletters 			tinyint(1) DEFAULT '1',
  accept_releases 			tinyint(1) DEFAULT '1',
  accept_send_statistics    		tinyint(1) DEFAULT '1',
  created_at 				timestamp NULL DEFAULT NULL,
  updated_at 				timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `email` (`email`)
);
