SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `service` (
  `serviceid` int NOT NULL AUTO_INCREMENT,
  `servicename` varchar(255) NOT NULL,
  CONSTRAINT `pk_serviceid` PRIMARY KEY (`serviceid`),
  UNIQUE (`servicename`)
);

CREATE TABLE `events` (
  `eventid` int NOT NULL,
  `eventuei` varchar(256) NOT NULL,
  `nodeid` int,
  `eventtime` datetime NOT NULL,
  `eventhost` varchar(256),
  `eventsource` varchar(128) NOT NULL,
  `ipaddr` text,
  `eventsnmphost` varchar(256),
  `serviceid` int,
  `eventsnmp` varchar(256),
  `eventcreatetime` datetime NOT NULL,
  `eventdescr` text,
  `eventloggroup` varchar(32),
  `eventlogmsg` text,
  `eventseverity` int NOT NULL,
  `eventpathoutage` varchar(1024),
  `eventcorrelation` varchar(1024),
  `eventsuppressedcount` int,
  `eventoperinstruct` text,
  `eventautoaction` varchar(256),
  `eventoperaction` varchar(256),
  `eventoperactionmenutext` varchar(64),
  `eventnotification` varchar(128),
  `eventtticket` varchar(128),
  `eventtticketstate` int,
  `eventforward` varchar(256),
  `eventmouseovertext` varchar(64),
  `eventlog` char(1) NOT NULL,
  `eventdisplay` char(1) NOT NULL,
  `eventackuser` varchar(256),
  `eventacktime` datetime,
  `alarmid` int,
  `ifindex` int,
  `systemid` text NOT NULL,
  CONSTRAINT `pk_eventid` PRIMARY KEY (`eventid`)
);

CREATE TABLE `categories` (
  `categoryid` int NOT NULL AUTO_INCREMENT,
  `categoryname` text NOT NULL,
  `categorydescription` varchar(256),
  CONSTRAINT `category_pkey` PRIMARY KEY (`categoryid`)
);

CREATE TABLE `applications` (
  `id` int NOT NULL,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `applications_name_idx` (`name`)
);

CREATE TABLE `statisticsreport` (
  `id` int NOT NULL AUTO_INCREMENT,
  `startdate` datetime NOT NULL,
  `enddate` datetime NOT NULL,
  `name` varchar(63) NOT NULL,
  `description` varchar(256) NOT NULL,
  `jobstarteddate` datetime NOT NULL,
  `jobcompleteddate` datetime NOT NULL,
  `purgedate` datetime NOT NULL,
  CONSTRAINT `pk_statisticsreport_id` PRIMARY KEY (`id`)
);

CREATE TABLE `acks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `acktime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ackuser` varchar(64) NOT NULL DEFAULT 'admin',
  `acktype` int NOT NULL DEFAULT 1,
  `ackaction` int NOT NULL DEFAULT 1,
  `log` varchar(128),
  `refid` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `category_group` (
  `categoryid` int NOT NULL,
  `groupid` varchar(64) NOT NULL,
  UNIQUE KEY `catgroup_unique_idx` (`categoryid`, `groupid`),
  CONSTRAINT `categoryid_fkey2` FOREIGN KEY (`categoryid`) REFERENCES `categories` (`categoryid`) ON DELETE CASCADE
);

CREATE TABLE `reportcatalog` (
  `id` int NOT NULL,
  `reportid` varchar(256) NOT NULL,
  `title` varchar(256) NOT NULL,
  `date` datetime NOT NULL,
  `location` varchar(256) NOT NULL
);

CREATE TABLE `memos` (
  `id` int NOT NULL,
  `created` datetime,
  `updated` datetime,
  `author` varchar(256),
  `body` text,
  `reductionkey` varchar(256),
  `type` varchar(64),
  PRIMARY KEY (`id`),
  UNIQUE (`reductionkey`, `type`)
);

CREATE TABLE `filterfavorites` (
  `filterid` int NOT NULL,
  `username` varchar(50) NOT NULL,
  `filtername` text NOT NULL,
  `page` varchar(25) NOT NULL,
  `filter` text NOT NULL,
  CONSTRAINT `pk_filterid` PRIMARY KEY (`filterid`)
);

CREATE TABLE `monitoringsystems` (
  `id` varchar(255) NOT NULL,
  `label` text,
  `location` text NOT NULL,
  `type` text NOT NULL,
  `status` text,
  `last_updated` datetime,
  `version` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `monitoringlocations` (
  `id` varchar(255) NOT NULL,
  `monitoringarea` text NOT NULL,
  `geolocation` text,
  `latitude` double,
  `longitude` double,
  `priority` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `node` (
  `nodeid` int NOT NULL,
  `nodecreatetime` datetime NOT NULL,
  `nodeparentid` int,
  `nodetype` char(1),
  `nodesysoid` varchar(256),
  `nodesysname` varchar(256),
  `nodesysdescription` varchar(256),
  `nodesyslocation` varchar(256),
  `nodesyscontact` varchar(256),
  `nodelabel` varchar(256) NOT NULL,
  `nodelabelsource` char(1),
  `nodenetbiosname` varchar(16),
  `nodedomainname` varchar(16),
  `operatingsystem` varchar(64),
  `lastcapsdpoll` datetime,
  `foreignsource` varchar(64),
  `foreignid` varchar(64),
  `location` varchar(255) NOT NULL,
  `last_ingress_flow` datetime,
  `last_egress_flow` datetime,
  CONSTRAINT `pk_nodeid` PRIMARY KEY (`nodeid`),
  UNIQUE KEY `node_foreign_unique_idx` (`foreignsource`, `foreignid`),
  CONSTRAINT `fk_node_location` FOREIGN KEY (`location`) REFERENCES `monitoringlocations` (`id`) ON UPDATE CASCADE
);

CREATE TABLE `snmpinterface` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nodeid` int NOT NULL,
  `snmpphysaddr` varchar(64),
  `snmpifindex` int NOT NULL,
  `snmpifdescr` text,
  `snmpiftype` int,
  `snmpifname` varchar(96),
  `snmpifspeed` bigint,
  `snmpifadminstatus` int,
  `snmpifoperstatus` int,
  `snmpifalias` varchar(256),
  `snmpcollect` varchar(2) DEFAULT 'N',
  `snmplastcapsdpoll` datetime,
  `snmppoll` varchar(1) DEFAULT 'N',
  `snmplastsnmppoll` datetime,
  `last_ingress_flow` datetime,
  `last_egress_flow` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `snmpinterface_nodeid_ifindex_unique_idx` (`nodeid`, `snmpifindex`),
  CONSTRAINT `fk_nodeid2` FOREIGN KEY (`nodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE
);

CREATE TABLE `ipinterface` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nodeid` int NOT NULL,
  `ipaddr` text NOT NULL,
  `iphostname` varchar(256),
  `ismanaged` char(1),
  `ipstatus` int,
  `iplastcapsdpoll` datetime,
  `issnmpprimary` char(1),
  `snmpinterfaceid` int,
  `netmask` varchar(45),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_nodeid1` FOREIGN KEY (`nodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE,
  CONSTRAINT `snmpinterface_fkey2` FOREIGN KEY (`snmpinterfaceid`) REFERENCES `snmpinterface` (`id`) ON DELETE SET NULL
);

CREATE TABLE `ifservices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ifindex` int,
  `serviceid` int NOT NULL,
  `lastgood` datetime,
  `lastfail` datetime,
  `qualifier` char(16),
  `status` char(1),
  `source` char(1),
  `notify` char(1),
  `ipinterfaceid` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ifservices_ipinterfaceid_svc_unique` (`ipinterfaceid`, `serviceid`),
  CONSTRAINT `fk_serviceid1` FOREIGN KEY (`serviceid`) REFERENCES `service` (`serviceid`) ON DELETE CASCADE,
  CONSTRAINT `ipinterface_fkey` FOREIGN KEY (`ipinterfaceid`) REFERENCES `ipinterface` (`id`) ON DELETE CASCADE
);

CREATE TABLE `outages` (
  `outageid` int NOT NULL,
  `svclosteventid` int,
  `svcregainedeventid` int,
  `iflostservice` datetime NOT NULL,
  `ifregainedservice` datetime,
  `suppresstime` datetime,
  `suppressedby` varchar(256),
  `ifserviceid` int NOT NULL,
  `perspective` varchar(255),
  CONSTRAINT `pk_outageid` PRIMARY KEY (`outageid`),
  CONSTRAINT `fk_eventid1` FOREIGN KEY (`svclosteventid`) REFERENCES `events` (`eventid`) ON DELETE CASCADE,
  CONSTRAINT `fk_eventid2` FOREIGN KEY (`svcregainedeventid`) REFERENCES `events` (`eventid`) ON DELETE CASCADE,
  CONSTRAINT `ifservices_fkey2` FOREIGN KEY (`ifserviceid`) REFERENCES `ifservices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_outages_perspective` FOREIGN KEY (`perspective`) REFERENCES `monitoringlocations` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `notifications` (
  `notifyid` int NOT NULL,
  `textmsg` text NOT NULL,
  `subject` text,
  `numericmsg` varchar(256),
  `pagetime` datetime,
  `respondtime` datetime,
  `answeredby` varchar(256),
  `nodeid` int,
  `interfaceid` text,
  `serviceid` int,
  `queueid` varchar(256),
  `eventid` int,
  `eventuei` varchar(256) NOT NULL,
  `notifconfigname` text,
  CONSTRAINT `pk_notifyid` PRIMARY KEY (`notifyid`),
  CONSTRAINT `fk_nodeid7` FOREIGN KEY (`nodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE,
  CONSTRAINT `fk_eventid3` FOREIGN KEY (`eventid`) REFERENCES `events` (`eventid`) ON DELETE CASCADE
);

CREATE TABLE `usersnotified` (
  `id` int NOT NULL,
  `userid` varchar(256) NOT NULL,
  `notifyid` int,
  `notifytime` datetime,
  `media` varchar(32),
  `contactinfo` varchar(64),
  `autonotify` char(1),
  CONSTRAINT `pk_usernotificationid` PRIMARY KEY (`id`),
  CONSTRAINT `fk_notifid2` FOREIGN KEY (`notifyid`) REFERENCES `notifications` (`notifyid`) ON DELETE CASCADE
);

CREATE TABLE `alarms` (
  `alarmid` int NOT NULL,
  `eventuei` varchar(256) NOT NULL,
  `nodeid` int,
  `ipaddr` text,
  `serviceid` int,
  `reductionkey` text,
  `alarmtype` int,
  `counter` int NOT NULL,
  `severity` int NOT NULL,
  `lasteventid` int,
  `firsteventtime` datetime,
  `lasteventtime` datetime,
  `firstautomationtime` datetime,
  `lastautomationtime` datetime,
  `description` text,
  `logmsg` text,
  `operinstruct` text,
  `tticketid` varchar(128),
  `tticketstate` int,
  `mouseovertext` varchar(64),
  `suppresseduntil` datetime,
  `suppresseduser` varchar(256),
  `suppressedtime` datetime,
  `alarmackuser` varchar(256),
  `alarmacktime` datetime,
  `managedobjectinstance` varchar(512),
  `managedobjecttype` varchar(512),
  `applicationdn` varchar(512),
  `ossprimarykey` varchar(512),
  `x733alarmtype` varchar(31),
  `x733probablecause` int NOT NULL DEFAULT 0,
  `qosalarmstate` varchar(31),
  `clearkey` text,
  `ifindex` int,
  `stickymemo` int,
  `systemid` varchar(255) NOT NULL,
  CONSTRAINT `pk_alarmid` PRIMARY KEY (`alarmid`),
  CONSTRAINT `fk_alarms_nodeid` FOREIGN KEY (`nodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE,
  CONSTRAINT `fk_eventidak2` FOREIGN KEY (`lasteventid`) REFERENCES `events` (`eventid`) ON DELETE CASCADE,
  CONSTRAINT `fk_stickyMemo` FOREIGN KEY (`stickymemo`) REFERENCES `memos` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_alarms_systemid` FOREIGN KEY (`systemid`) REFERENCES `monitoringsystems` (`id`) ON DELETE CASCADE
);

CREATE TABLE `alarm_attributes` (
  `alarmid` int NOT NULL,
  `attributename` varchar(63),
  `attributevalue` varchar(255),
  UNIQUE KEY `alarm_attributes_aan_idx` (`alarmid`, `attributename`),
  CONSTRAINT `fk_alarmid1` FOREIGN KEY (`alarmid`) REFERENCES `alarms` (`alarmid`) ON DELETE CASCADE
);

CREATE TABLE `assets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nodeid` int,
  `category` text NOT NULL,
  `manufacturer` text,
  `vendor` text,
  `modelnumber` text,
  `serialnumber` text,
  `description` text,
  `circuitid` text,
  `assetnumber` text,
  `operatingsystem` text,
  `rack` text,
  `slot` text,
  `port` text,
  `region` text,
  `division` text,
  `department` text,
  `address1` text,
  `address2` text,
  `city` text,
  `state` text,
  `zip` text,
  `building` text,
  `floor` text,
  `room` text,
  `vendorphone` text,
  `vendorfax` text,
  `vendorassetnumber` text,
  `userlastmodified` varchar(20) NOT NULL,
  `lastmodifieddate` datetime NOT NULL,
  `dateinstalled` varchar(64),
  `lease` text,
  `leaseexpires` varchar(64),
  `supportphone` text,
  `maintcontract` text,
  `maintcontractexpires` varchar(64),
  `displaycategory` text,
  `notifycategory` text,
  `pollercategory` text,
  `thresholdcategory` text,
  `comment` text,
  `managedobjectinstance` text,
  `managedobjecttype` text,
  `username` text,
  `password` text,
  `enable` text,
  `autoenable` char(1),
  `connection` varchar(32),
  `cpu` text,
  `ram` text,
  `storagectrl` text,
  `hdd1` text,
  `hdd2` text,
  `hdd3` text,
  `hdd4` text,
  `hdd5` text,
  `hdd6` text,
  `numpowersupplies` varchar(1),
  `inputpower` varchar(11),
  `additionalhardware` text,
  `admin` text,
  `snmpcommunity` varchar(32),
  `rackunitheight` varchar(2),
  `country` text,
  `longitude` double,
  `latitude` double,
  CONSTRAINT `pk_assetid` PRIMARY KEY (`id`),
  UNIQUE KEY `assets_unique_nodeid_idx` (`nodeid`),
  CONSTRAINT `fk_nodeid5` FOREIGN KEY (`nodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE
);

CREATE TABLE `category_node` (
  `categoryid` int NOT NULL,
  `nodeid` int NOT NULL,
  UNIQUE KEY `catenode_unique_idx` (`categoryid`, `nodeid`),
  CONSTRAINT `categoryid_fkey1` FOREIGN KEY (`categoryid`) REFERENCES `categories` (`categoryid`) ON DELETE CASCADE,
  CONSTRAINT `nodeid_fkey1` FOREIGN KEY (`nodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE
);

CREATE TABLE `pathoutage` (
  `nodeid` int NOT NULL,
  `criticalpathip` text NOT NULL,
  `criticalpathservicename` varchar(255),
  UNIQUE KEY `pathoutage_nodeid` (`nodeid`),
  CONSTRAINT `fk_nodeid8` FOREIGN KEY (`nodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE
);

CREATE TABLE `application_service_map` (
  `appid` int NOT NULL,
  `ifserviceid` int NOT NULL,
  UNIQUE KEY `appid_ifserviceid_idex` (`appid`, `ifserviceid`),
  CONSTRAINT `applicationid_fkey1` FOREIGN KEY (`appid`) REFERENCES `applications` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ifservices_fkey3` FOREIGN KEY (`ifserviceid`) REFERENCES `ifservices` (`id`) ON DELETE CASCADE
);

CREATE TABLE `lldplink` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nodeid` int NOT NULL,
  `lldpremindex` int NOT NULL,
  `lldpportid` text NOT NULL,
  `lldpportidsubtype` int NOT NULL,
  `lldpportdescr` text NOT NULL,
  `lldpportifindex` int,
  `lldpremchassisid` text NOT NULL,
  `lldpremchassisidsubtype` int NOT NULL,
  `lldpremsysname` text NOT NULL,
  `lldpremportid` text NOT NULL,
  `lldpremportidsubtype` int NOT NULL,
  `lldpremportdescr` text NOT NULL,
  `lldplinkcreatetime` datetime NOT NULL,
  `lldplinklastpolltime` datetime NOT NULL,
  `lldpremlocalportnum` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `lldplink_pk_idx` UNIQUE (`nodeid`, `lldpremlocalportnum`, `lldpremindex`),
  CONSTRAINT `fk_lldplink_nodeid` FOREIGN KEY (`nodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE
);

CREATE TABLE `ipnettomedia` (
  `id` int NOT NULL AUTO_INCREMENT,
  `netaddress` text NOT NULL,
  `physaddress` varchar(32) NOT NULL,
  `sourcenodeid` int NOT NULL,
  `sourceifindex` int NOT NULL,
  `createtime` datetime NOT NULL,
  `lastpolltime` datetime NOT NULL,
  `nodeid` int,
  `ifindex` int,
  `port` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ipnettomedia_sourcenodeid` FOREIGN KEY (`sourcenodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE,
  CONSTRAINT `fk_ipnettomedia_nodeid` FOREIGN KEY (`nodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE
);

CREATE TABLE `bridgemaclink` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nodeid` int NOT NULL,
  `bridgeport` int NOT NULL,
  `bridgeportifindex` int,
  `bridgeportifname` text,
  `vlan` int,
  `macaddress` varchar(12) NOT NULL,
  `bridgemaclinkcreatetime` datetime NOT NULL,
  `bridgemaclinklastpolltime` datetime NOT NULL,
  `linktype` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_bridgemaclink_nodeid` FOREIGN KEY (`nodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE
);

CREATE TABLE `cdplink` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nodeid` int NOT NULL,
  `cdpcacheifindex` int NOT NULL,
  `cdpinterfacename` text,
  `cdpcacheaddresstype` int NOT NULL,
  `cdpcacheaddress` text NOT NULL,
  `cdpcacheversion` text NOT NULL,
  `cdpcachedeviceid` text NOT NULL,
  `cdpcachedeviceport` text NOT NULL,
  `cdpcachedeviceplatform` text NOT NULL,
  `cdplinkcreatetime` datetime NOT NULL,
  `cdplinklastpolltime` datetime NOT NULL,
  `cdpcachedeviceindex` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_cdplink_nodeid` FOREIGN KEY (`nodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE
);

CREATE TABLE `hwentity` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parentid` int,
  `nodeid` int,
  `entphysicalindex` int NOT NULL,
  `entphysicalparentrelpos` int,
  `entphysicalname` varchar(128),
  `entphysicaldescr` varchar(128),
  `entphysicalalias` varchar(128),
  `entphysicalvendortype` varchar(128),
  `entphysicalclass` varchar(128),
  `entphysicalmfgname` varchar(128),
  `entphysicalmodelname` varchar(128),
  `entphysicalhardwarerev` varchar(128),
  `entphysicalfirmwarerev` varchar(128),
  `entphysicalsoftwarerev` varchar(128),
  `entphysicalserialnum` varchar(128),
  `entphysicalassetid` varchar(128),
  `entphysicalisfru` tinyint(1),
  `entphysicalmfgdate` datetime,
  `entphysicaluris` varchar(256),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_hwentity_parent` FOREIGN KEY (`parentid`) REFERENCES `hwentity` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_hwentity_node` FOREIGN KEY (`nodeid`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE
);

CREATE TABLE `topo_layout` (
  `id` varchar(255) NOT NULL,
  `created` datetime NOT NULL,
  `creator` text NOT NULL,
  `updated` datetime NOT NULL,
  `updator` text NOT NULL,
  `last_used` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `event_parameters` (
  `eventid` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `type` varchar(256) NOT NULL,
  `position` int DEFAULT 0,
  CONSTRAINT `pk_eventparameters` PRIMARY KEY (`eventid`, `name`),
  CONSTRAINT `fk_eventparameterseventid` FOREIGN KEY (`eventid`) REFERENCES `events` (`eventid`) ON DELETE CASCADE
);

CREATE TABLE `alarm_situations` (
  `id` int NOT NULL,
  `situation_id` int NOT NULL,
  `related_alarm_id` int NOT NULL,
  `mapped_time` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_alarm_situations_situation_id` FOREIGN KEY (`situation_id`) REFERENCES `alarms` (`alarmid`) ON DELETE CASCADE,
  CONSTRAINT `fk_alarm_situations_alarm_id` FOREIGN KEY (`related_alarm_id`) REFERENCES `alarms` (`alarmid`) ON DELETE CASCADE
);

CREATE TABLE `node_metadata` (
  `id` int NOT NULL,
  `context` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`id`, `context`, `key`),
  CONSTRAINT `fk_node_metadata_id` FOREIGN KEY (`id`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE
);

CREATE TABLE `user_defined_links` (
  `id` int NOT NULL,
  `node_id_a` int NOT NULL,
  `node_id_z` int NOT NULL,
  `component_label_a` text,
  `component_label_z` text,
  `link_id` text NOT NULL,
  `link_label` text,
  `owner` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_defined_links_node_id_a` FOREIGN KEY (`node_id_a`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_defined_links_node_id_z` FOREIGN KEY (`node_id_z`) REFERENCES `node` (`nodeid`) ON DELETE CASCADE
);

CREATE TABLE `endpoints_grafana` (
  `id` int NOT NULL,
  `uid` varchar(255) NOT NULL,
  `url` text NOT NULL,
  `api_key` text NOT NULL,
  `description` text,
  `connect_timeout` int,
  `read_timeout` int,
  PRIMARY KEY (`id`),
  UNIQUE (`uid`)
);

CREATE TABLE `kvstore_jsonb` (
  `key` varchar(255) NOT NULL,
  `context` varchar(255) NOT NULL,
  `last_updated` datetime NOT NULL,
  `expires_at` datetime,
  `value` json NOT NULL,
  CONSTRAINT `pk_kvstore_jsonb` PRIMARY KEY (`key`, `context`)
);

CREATE TABLE `device_config` (
  `id` bigint NOT NULL,
  `ipinterface_id` int NOT NULL,
  `service_name` varchar(64),
  `config` longblob,
  `encoding` varchar(16),
  `created_time` datetime,
  `config_type` varchar(64),
  `filename` varchar(1024),
  `failure_reason` varchar(1024),
  `last_succeeded` datetime,
  `last_failed` datetime,
  `last_updated` datetime,
  `status` varchar(20) NOT NULL DEFAULT 'NONE',
  PRIMARY KEY (`id`)
);
