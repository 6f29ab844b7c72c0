-- hMailServer 5.7 (master branch, database version 5704), MySQL schema
-- Upstream: github.com/hmailserver/hmailserver hmailserver/source/DBScripts/CreateTablesMYSQL.sql
-- commit 4d11f81d14af5136b5e0e1d231e0eb19d8361177 (AGPL-3.0)
-- Every CREATE TABLE and CREATE INDEX statement of upstream, columns, types and order unchanged;
-- the inline primary key / unique clauses that upstream writes on a column's line are moved after
-- the columns. The leading DROP TABLE statements and the seed INSERTs (settings, server messages,
-- DNSBLs, blocked attachments, TCP/IP ports, security ranges, dbversion) are left out.
-- Upstream declares no foreign keys.

create table hm_accounts
(
    accountid int auto_increment not null,
    accountdomainid int not null,
    accountadminlevel tinyint not null,
    accountaddress varchar (255) not null,
    accountpassword varchar (255) not null,
    accountactive tinyint not null,
    accountisad tinyint not null,
    accountaddomain varchar (255) not null,
    accountadusername varchar (255) not null,
    accountmaxsize int not null,
    accountvacationmessageon tinyint not null,
    accountvacationmessage text not null,
    accountvacationsubject varchar (200) not null,
    accountpwencryption tinyint not null,
    accountforwardenabled tinyint not null,
    accountforwardaddress varchar (255) not null,
    accountforwardkeeporiginal tinyint not null,
    accountenablesignature tinyint not null,
    accountsignatureplaintext text not null,
    accountsignaturehtml text not null,
    accountlastlogontime datetime not null,
    accountvacationexpires tinyint unsigned not null,
    accountvacationexpiredate datetime not null,
    accountpersonfirstname varchar(60) not null,
    accountpersonlastname varchar(60) not null,
    primary key(`accountid`),
    unique(`accountid`),
    unique(`accountaddress`)
) DEFAULT CHARSET=utf8;

CREATE INDEX idx_hm_accounts ON hm_accounts (accountaddress);

create table hm_aliases
(
    aliasid int auto_increment not null,
    aliasdomainid int not null,
    aliasname varchar (255) not null,
    aliasvalue varchar (255) not null,
    aliasactive tinyint not null,
    primary key(`aliasid`),
    unique(`aliasid`),
    unique(`aliasname`)
) DEFAULT CHARSET=utf8;

CREATE INDEX idx_hm_aliases ON hm_aliases (aliasdomainid, aliasname);

create table hm_domains
(
    domainid int auto_increment not null,
    domainname varchar (80) not null,
    domainactive tinyint not null,
    domainpostmaster varchar (80) not null,
    domainmaxsize integer not null,
    domainaddomain varchar(255) not null,
    domainmaxmessagesize integer not null,
    domainuseplusaddressing  tinyint not null,
    domainplusaddressingchar varchar(1) not null,
    domainantispamoptions integer not null,
    domainenablesignature tinyint not null,
    domainsignaturemethod tinyint not null,
    domainsignatureplaintext text not null,
    domainsignaturehtml text not null,
    domainaddsignaturestoreplies tinyint not null,
    domainaddsignaturestolocalemail tinyint not null,
    domainmaxnoofaccounts int not null,
    domainmaxnoofaliases int not null,
    domainmaxnoofdistributionlists int not null,
    domainlimitationsenabled int not null,
    domainmaxaccountsize int not null,
    domaindkimselector varchar(255) not null,
    domaindkimprivatekeyfile varchar(255) not null,
    primary key(`domainid`),
    unique(`domainid`),
    unique(`domainname`)
)  DEFAULT CHARSET=utf8;

CREATE INDEX idx_hm_domains ON hm_domains (domainname);

create table hm_domain_aliases
(
    daid int auto_increment not null,
    dadomainid int not null,
    daalias varchar(255) not null,
    primary key(`daid`),
    unique(`daid`)
)  DEFAULT CHARSET=utf8;

create table hm_messages
(
    messageid bigint auto_increment not null,
    messageaccountid int not null,
    messagefolderid integer not null DEFAULT 0,
    messagefilename varchar (255) not null,
    messagetype tinyint not null,
    messagefrom varchar (255) not null,
    messagesize bigint not null,
    messagecurnooftries int not null,
    messagenexttrytime datetime not null,
    messageflags tinyint not null,
    messagecreatetime datetime not null,
    messagelocked tinyint not null,
    messageuid bigint not null,
    primary key(`messageid`),
    unique(`messageid`)
) DEFAULT CHARSET=utf8;

CREATE INDEX idx_hm_messages ON hm_messages (messageaccountid, messagefolderid);

CREATE INDEX idx_hm_messages_type ON hm_messages (messagetype);

create table hm_message_metadata
(
    metadata_id bigint auto_increment not null,
    metadata_accountid int not null,
    metadata_folderid int not null,
    metadata_messageid bigint  not null,
    metadata_dateutc datetime null,
    metadata_from varchar(255) not null,
    metadata_subject varchar(255) not null,
    metadata_to varchar(255) not null,
    metadata_cc varchar(255) not null,
    primary key(`metadata_id`)
) DEFAULT CHARSET=utf8;

CREATE UNIQUE INDEX idx_message_metadata_unique ON hm_message_metadata (`metadata_accountid`,  `metadata_folderid`, `metadata_messageid`);

CREATE INDEX idx_message_metadata_id ON hm_message_metadata (`metadata_messageid`);

create table hm_settings
(
    settingid int auto_increment not null,
    settingname varchar (30) not null,
    settingstring varchar (4000) not null,
    settinginteger int not null,
    primary key(`settingid`),
    unique(`settingid`),
    unique(`settingname`)
) DEFAULT CHARSET=utf8;

create table hm_dbversion
(
    value int not null
) DEFAULT CHARSET=utf8;

create table hm_distributionlists
(
    distributionlistid int auto_increment not null,
    distributionlistdomainid int not null,
    distributionlistaddress varchar(255) not null,
    distributionlistenabled tinyint not null,
    distributionlistrequireauth tinyint not null,
    distributionlistrequireaddress varchar(255) not null,
    distributionlistmode tinyint not null,
    primary key(distributionlistid),
    unique(distributionlistid),
    unique(`distributionlistaddress`)
) DEFAULT CHARSET=utf8;

CREATE INDEX idx_hm_distributionlists ON hm_distributionlists (distributionlistdomainid);

create table hm_distributionlistsrecipients
(
    distributionlistrecipientid int auto_increment not null,
    distributionlistrecipientlistid int not null,
    distributionlistrecipientaddress varchar(255),
    primary key(distributionlistrecipientid),
    unique(distributionlistrecipientid)
);

CREATE INDEX idx_hm_distributionlistsrecipients ON hm_distributionlistsrecipients (distributionlistrecipientlistid);

create table hm_messagerecipients
(
    recipientid bigint auto_increment not null,
    recipientmessageid bigint not null,
    recipientaddress varchar(255) not null,
    recipientlocalaccountid int not null,
    recipientoriginaladdress varchar(255) not null,
    primary key(recipientid),
    unique(recipientid)
) DEFAULT CHARSET=utf8;

CREATE INDEX idx_hm_messagerecipients ON hm_messagerecipients (recipientmessageid);

create table hm_imapfolders
(
    folderid int NOT NULL auto_increment,
    folderaccountid int unsigned NOT NULL,
    folderparentid int NOT NULL,
    foldername varchar(255) NOT NULL,
    folderissubscribed tinyint unsigned NOT NULL,
    foldercreationtime datetime NOT NULL,
    foldercurrentuid bigint NOT NULL,
    primary key(folderid),
    unique(folderid)
) DEFAULT CHARSET=utf8;

CREATE INDEX idx_hm_imapfolders ON hm_imapfolders (folderaccountid);

CREATE UNIQUE INDEX idx_hm_imapfolders_unique ON hm_imapfolders (`folderaccountid`, `folderparentid`,  `foldername`);

create table hm_routes
(
    routeid int NOT NULL auto_increment,
    routedomainname varchar(255) NOT NULL,
    routedescription varchar(255) NOT NULL,
    routetargetsmthost varchar(255) NOT NULL,
    routetargetsmtport int NOT NULL,
    routenooftries int NOT NULL,
    routeminutesbetweentry int NOT NULL,
    routealladdresses tinyint unsigned NOT NULL,
    routeuseauthentication tinyint NOT NULL,
    routeauthenticationusername varchar(255) NOT NULL,
    routeauthenticationpassword varchar(255) NOT NULL,
    routetreatsecurityaslocal tinyint NOT NULL,
    routeconnectionsecurity tinyint not null,
    routetreatsenderaslocaldomain tinyint NOT NULL,
    primary key(routeid),
    unique(routeid)
) DEFAULT CHARSET=utf8;

create table hm_routeaddresses
(
    routeaddressid mediumint(9) NOT NULL auto_increment,
    routeaddressrouteid int NOT NULL,
    routeaddressaddress varchar(255) NOT NULL,
    primary key(routeaddressid),
    unique(routeaddressid)
) DEFAULT CHARSET=utf8;

create table hm_securityranges
(
    rangeid int auto_increment not null,
    rangepriorityid int not null,
    rangelowerip1 bigint not null,
    rangelowerip2 bigint null,
    rangeupperip1 bigint not null,
    rangeupperip2 bigint null,
    rangeoptions int not null,
    rangename varchar (100) not null,
    rangeexpires tinyint not null,
    rangeexpirestime datetime not null,
    primary key(rangeid),
    unique(rangeid),
    unique(`rangename`)
) DEFAULT CHARSET=utf8;

create table hm_dnsbl
(
    sblid int auto_increment not null,
    sblactive tinyint not null,
    sbldnshost varchar(255) not null,
    sblresult varchar(255) not null,
    sblrejectmessage varchar(255) not null,
    sblscore int not null,
    primary key(sblid),
    unique(sblid)
) DEFAULT CHARSET=utf8;

create table hm_fetchaccounts
(
    faid int auto_increment not null,
    faactive tinyint not null,
    faaccountid int not null,
    faaccountname varchar (255) not null,
    faserveraddress varchar (255) not null,
    faserverport int not null,
    faservertype tinyint not null,
    fausername varchar (255) not null,
    fapassword varchar (255) not null,
    faminutes int not null,
    fanexttry datetime not null,
    fadaystokeep int not null,
    falocked tinyint not null,
    faprocessmimerecipients tinyint not null,
    faprocessmimedate tinyint not null,
    faconnectionsecurity tinyint not null,
    fauseantispam tinyint not null,
    fauseantivirus tinyint not null,
    faenablerouterecipients tinyint not null,
    famimerecipientheaders varchar(255) not null DEFAULT 'To,
    CC,
    X-RCPT-TO,
    X-Envelope-To',
    primary key(`faid`),
    unique(`faid`)
) DEFAULT CHARSET=utf8;

create table hm_fetchaccounts_uids
(
    uidid int auto_increment not null,
    uidfaid int not null,
    uidvalue varchar(255) not null,
    uidtime datetime not null,
    primary key(`uidid`),
    unique(`uidid`)
) DEFAULT CHARSET=utf8;

CREATE INDEX idx_hm_fetchaccounts_uids ON hm_fetchaccounts_uids (uidfaid);

create table hm_rules
(
    ruleid int auto_increment not null,
    ruleaccountid int not null,
    rulename varchar(100) not null,
    ruleactive tinyint not null,
    ruleuseand tinyint not null,
    rulesortorder int not null,
    primary key(`ruleid`),
    unique(`ruleid`)
) DEFAULT CHARSET=utf8;

CREATE INDEX idx_rules ON hm_rules (ruleaccountid);

create table hm_rule_criterias
(
    criteriaid int auto_increment not null,
    criteriaruleid int not null,
    criteriausepredefined tinyint not null,
    criteriapredefinedfield tinyint not null,
    criteriaheadername varchar(255) not null,
    criteriamatchtype tinyint not null,
    criteriamatchvalue varchar(255) not null,
    primary key(`criteriaid`),
    unique(`criteriaid`)
) DEFAULT CHARSET=utf8;

CREATE INDEX idx_rules_criterias ON hm_rule_criterias (criteriaruleid);

create table hm_rule_actions
(
    actionid int auto_increment not null,
    actionruleid int not null,
    actiontype tinyint not null,
    actionimapfolder varchar(255) not null,
    actionsubject varchar(255) not null,
    actionfromname varchar(255) not null,
    actionfromaddress varchar(255) not null,
    actionto varchar(255) not null,
    actionbody text not null,
    actionfilename varchar(255) not null,
    actionsortorder int not null,
    actionscriptfunction varchar(255) not null,
    actionheader varchar(80) not null,
    actionvalue varchar(255) not null,
    actionrouteid int not null,
    primary key(`actionid`),
    unique(`actionid`)
) DEFAULT CHARSET=utf8;

CREATE INDEX idx_rules_actions ON hm_rule_actions (actionruleid);

create table hm_surblservers
(
    surblid int auto_increment not null,
    surblactive tinyint not null,
    surblhost varchar(255) not null,
    surblrejectmessage varchar(255) not null,
    surblscore int not null,
    primary key(surblid),
    unique(surblid)
) DEFAULT CHARSET=utf8;

create table hm_greylisting_triplets
(
    glid bigint auto_increment not null,
    glcreatetime datetime not null,
    glblockendtime datetime not null,
    gldeletetime datetime not null,
    glipaddress1 bigint not null,
    glipaddress2 bigint null,
    glsenderaddress varchar(255) not null,
    glrecipientaddress varchar(255) not null,
    glblockedcount int not null,
    glpassedcount int not null,
    primary key(glid),
    unique(glid)
) DEFAULT CHARSET=utf8;

CREATE INDEX idx_greylisting_triplets ON hm_greylisting_triplets (glipaddress1, glipaddress2, glsenderaddress(40), glrecipientaddress(40));

create table hm_greylisting_whiteaddresses
(
    whiteid bigint auto_increment not null,
    whiteipaddress varchar(255) not null,
    whiteipdescription varchar(255) not null,
    primary key(whiteid),
    unique(whiteid)
) DEFAULT CHARSET=utf8;

create table hm_blocked_attachments
(
    baid bigint auto_increment not null,
    bawildcard varchar(255) not null,
    badescription varchar(255) not null,
    primary key(baid),
    unique(baid)
) DEFAULT CHARSET=utf8;

create table hm_servermessages
(
    smid int auto_increment not null,
    smname varchar(255) not null,
    smtext text not null,
    primary key(smid),
    unique(smid)
) DEFAULT CHARSET=utf8;

create table hm_tcpipports
(
    portid bigint auto_increment not null,
    portprotocol tinyint not null,
    portnumber int not null,
    portaddress1 bigint not null,
    portaddress2 bigint null,
    portconnectionsecurity tinyint not null,
    portsslcertificateid bigint not null,
    primary key(portid),
    unique(portid)
) DEFAULT CHARSET=utf8;

create table hm_whitelist
(
    whiteid bigint auto_increment not null,
    whiteloweripaddress1 bigint not null,
    whiteloweripaddress2 bigint null,
    whiteupperipaddress1 bigint not null,
    whiteupperipaddress2 bigint null,
    whiteemailaddress varchar(255) not null,
    whitedescription varchar(255) not null,
    primary key(whiteid),
    unique(whiteid)
) DEFAULT CHARSET=utf8;

create table hm_sslcertificates
(
    sslcertificateid bigint auto_increment not null,
    sslcertificatename varchar(255) not null,
    sslcertificatefile varchar(255) not null,
    sslprivatekeyfile varchar(255) not null,
    primary key(sslcertificateid),
    unique(sslcertificateid)
) DEFAULT CHARSET=utf8;

create table hm_groups
(
    groupid bigint auto_increment not null,
    groupname varchar(255),
    primary key(`groupid`),
    unique(`groupid`)
) DEFAULT CHARSET=utf8;

create table hm_group_members
(
    memberid bigint auto_increment not null,
    membergroupid bigint not null,
    memberaccountid bigint not null,
    primary key(`memberid`),
    unique(`memberid`)
) DEFAULT CHARSET=utf8;

create table hm_acl
(
    aclid bigint auto_increment not null,
    aclsharefolderid bigint not null,
    aclpermissiontype tinyint not null,
    aclpermissiongroupid bigint not null,
    aclpermissionaccountid bigint not null,
    aclvalue bigint not null,
    primary key(`aclid`),
    unique(`aclid`),
    unique(aclsharefolderid, aclpermissiontype, aclpermissiongroupid, aclpermissionaccountid)
) DEFAULT CHARSET=utf8;

create table hm_incoming_relays
(
    relayid int auto_increment not null,
    relayname varchar(100) not null,
    relaylowerip1 bigint not null,
    relaylowerip2 bigint null,
    relayupperip1 bigint not null,
    relayupperip2 bigint null,
    primary key(`relayid`),
    unique(`relayid`)
) DEFAULT CHARSET=utf8;

create table hm_logon_failures
(
    ipaddress1 bigint not null,
    ipaddress2 bigint null,
    failuretime datetime not null
) DEFAULT CHARSET=utf8;

CREATE INDEX idx_hm_logon_failures_ipaddress ON hm_logon_failures (ipaddress1, ipaddress2);

CREATE INDEX idx_hm_logon_failures_failuretime ON hm_logon_failures (failuretime);
