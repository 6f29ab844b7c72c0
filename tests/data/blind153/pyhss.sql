-- PyHSS 2.0.0 (nickvsnetworking/pyhss, lib/database.py at commit 47a3a1699b30f508a51d831d827a9c71981deb1e, AGPL-3.0-or-later)
-- SQLAlchemy declarative models compiled with SQLAlchemy's MySQL dialect (CreateTable); column doc strings written as COMMENTs.

CREATE TABLE apn (
	apn_id INTEGER NOT NULL COMMENT 'Unique ID of APN' AUTO_INCREMENT, 
	apn VARCHAR(50) NOT NULL COMMENT 'Short name of the APN', 
	ip_version INTEGER COMMENT 'IP version used - 0: ipv4, 1: ipv6 2: ipv4+6 3: ipv4 or ipv6 4:  [3GPP TS 29.272 7.3.62]', 
	pgw_address VARCHAR(50) COMMENT 'IP of the PGW', 
	sgw_address VARCHAR(50) COMMENT 'IP of the SGW', 
	charging_characteristics VARCHAR(4) COMMENT 'For the encoding of this information element see 3GPP TS 32.298 [9]', 
	apn_ambr_dl INTEGER NOT NULL COMMENT 'Downlink Maximum Bit Rate for this APN', 
	apn_ambr_ul INTEGER NOT NULL COMMENT 'Uplink Maximum Bit Rate for this APN', 
	qci INTEGER COMMENT 'QoS Class Identifier', 
	arp_priority INTEGER COMMENT 'Allocation and Retention Policy - Bearer priority level (1-15)', 
	arp_preemption_capability BOOL COMMENT 'Allocation and Retention Policy - Capability to Preempt resources from other Subscribers', 
	arp_preemption_vulnerability BOOL COMMENT 'Allocation and Retention Policy - Vulnerability to have resources Preempted by other Subscribers', 
	charging_rule_list VARCHAR(18) COMMENT 'Comma separated list of predefined ChargingRules to be installed in CCA-I', 
	nbiot BOOL COMMENT 'Whether this APN provides NBIoT', 
	nidd_scef_id VARCHAR(512) COMMENT 'ID of SCEF to be used for NIDD for NB-IoT', 
	nidd_scef_realm VARCHAR(512) COMMENT 'Realm of the SCEF for NIDD for NB-IoT', 
	nidd_mechanism INTEGER COMMENT 'Mechanism used to transfer Non-IP-Data: SGi-BASED-DATA-DELIVERY (0) or SCEF-BASED-DATA-DELIVERY (1)', 
	nidd_rds INTEGER COMMENT 'Indicates if Reliable Data Service is enabled or disabled for this APN: DISABLED (0) or ENABLED (1)', 
	nidd_preferred_data_mode INTEGER COMMENT 'Preferred-Data-Mode: Data over User Plane Preferred (0) or Data over Control Plane Preferred (1)', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (apn_id)
);

CREATE TABLE auc (
	auc_id INTEGER NOT NULL COMMENT 'Unique ID of AuC entry' AUTO_INCREMENT, 
	ki VARCHAR(32) NOT NULL COMMENT 'SIM Key - Authentication Key - Ki', 
	opc VARCHAR(32) NOT NULL COMMENT 'SIM Key - Network Operators key OPc', 
	amf VARCHAR(4) NOT NULL COMMENT 'Authentication Management Field', 
	sqn BIGINT COMMENT 'Authentication sequence number', 
	iccid VARCHAR(20) COMMENT 'Integrated Circuit Card Identification Number', 
	imsi VARCHAR(18) COMMENT 'International Mobile Subscriber Identity', 
	batch_name VARCHAR(20) COMMENT 'Name of SIM Batch', 
	sim_vendor VARCHAR(20) COMMENT 'SIM Vendor', 
	esim BOOL COMMENT 'Card is eSIM', 
	lpa VARCHAR(128) COMMENT 'LPA URL for activating eSIM', 
	pin1 VARCHAR(20) COMMENT 'PIN1', 
	pin2 VARCHAR(20) COMMENT 'PIN2', 
	puk1 VARCHAR(20) COMMENT 'PUK1', 
	puk2 VARCHAR(20) COMMENT 'PUK2', 
	kid VARCHAR(20) COMMENT 'KID', 
	psk VARCHAR(128) COMMENT 'PSK', 
	des VARCHAR(128) COMMENT 'DES', 
	adm1 VARCHAR(20) COMMENT 'ADM1', 
	algo VARCHAR(20) COMMENT '2G Authentication Algorithm (1 = Comp128v1, 2 = Comp128v2, 3 = Comp128v3, All Other= 3G auth with 2g keys from 3G Milenage)', 
	misc1 VARCHAR(128) COMMENT 'For misc data storage 1', 
	misc2 VARCHAR(128) COMMENT 'For misc data storage 2', 
	misc3 VARCHAR(128) COMMENT 'For misc data storage 3', 
	misc4 VARCHAR(128) COMMENT 'For misc data storage 4', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (auc_id), 
	UNIQUE (iccid), 
	UNIQUE (imsi)
);

CREATE TABLE charging_rule (
	charging_rule_id INTEGER NOT NULL COMMENT 'Unique ID of CHARGING_RULE entry' AUTO_INCREMENT, 
	rule_name VARCHAR(20) COMMENT 'Name of rule pushed to PGW (Short, no special chars)', 
	qci INTEGER COMMENT 'QoS Class Identifier', 
	arp_priority INTEGER COMMENT 'Allocation and Retention Policy - Bearer priority level (1-15)', 
	arp_preemption_capability BOOL COMMENT 'Allocation and Retention Policy - Capability to Preempt resources from other Subscribers', 
	arp_preemption_vulnerability BOOL COMMENT 'Allocation and Retention Policy - Vulnerability to have resources Preempted by other Subscribers', 
	mbr_dl INTEGER NOT NULL COMMENT 'Maximum Downlink Bitrate for traffic matching this rule', 
	mbr_ul INTEGER NOT NULL COMMENT 'Maximum Uplink Bitrate for traffic matching this rule', 
	gbr_dl INTEGER NOT NULL COMMENT 'Guaranteed Downlink Bitrate for traffic matching this rule', 
	gbr_ul INTEGER NOT NULL COMMENT 'Guaranteed Uplink Bitrate for traffic matching this rule', 
	tft_group_id INTEGER COMMENT 'Will match any TFTs using this TFT Group to form the TFT list used in the Charging Rule', 
	precedence INTEGER COMMENT 'Precedence of this rule, allows rule to override or be overridden by a higher priority rule', 
	rating_group INTEGER COMMENT 'Rating Group in OCS / OFCS that traffic matching this rule will be charged under', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (charging_rule_id)
);

CREATE TABLE database_schema_version (
	upgrade_id INTEGER NOT NULL COMMENT 'Schema version' AUTO_INCREMENT, 
	comment VARCHAR(512) COMMENT 'Notes about this version upgrade', 
	date DATETIME COMMENT 'When the upgrade was done' DEFAULT (now()), 
	PRIMARY KEY (upgrade_id)
);

CREATE TABLE eir (
	eir_id INTEGER NOT NULL COMMENT 'Unique ID of EIR entry' AUTO_INCREMENT, 
	imei VARCHAR(60) COMMENT 'Exact IMEI or Regex to match IMEI (Depending on regex_mode value)', 
	imsi VARCHAR(60) COMMENT 'Exact IMSI or Regex to match IMSI (Depending on regex_mode value)', 
	regex_mode INTEGER COMMENT '0 - Exact Match mode, 1 - Regex Mode', 
	match_response_code INTEGER COMMENT '0 - Whitelist, 1 - Blacklist, 2 - Greylist', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (eir_id)
);

CREATE TABLE eir_history (
	imsi_imei_history_id INTEGER NOT NULL COMMENT 'Unique ID of IMSI_IMEI_HISTORY entry' AUTO_INCREMENT, 
	imsi_imei VARCHAR(60) COMMENT 'Combined IMSI + IMEI value', 
	match_response_code INTEGER COMMENT 'Response code that was returned', 
	imsi_imei_timestamp DATETIME COMMENT 'Timestamp of last match', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (imsi_imei_history_id), 
	UNIQUE (imsi_imei)
);

CREATE TABLE emergency_subscriber (
	emergency_subscriber_id INTEGER NOT NULL COMMENT 'Unique ID of EMERGENCY_SUBSCRIBER entry' AUTO_INCREMENT, 
	imsi VARCHAR(18) COMMENT 'International Mobile Subscriber Identity', 
	serving_pgw VARCHAR(512) COMMENT 'PGW serving this subscriber', 
	serving_pgw_timestamp VARCHAR(512) COMMENT 'Timestamp of Gx CCR', 
	serving_pcscf VARCHAR(512) COMMENT 'PCSCF serving this subscriber', 
	serving_pcscf_timestamp VARCHAR(512) COMMENT 'Timestamp of Rx Media AAR', 
	gx_origin_realm VARCHAR(512) COMMENT 'Origin Realm of the Gx CCR', 
	gx_origin_host VARCHAR(512) COMMENT 'Origin host of the Gx CCR', 
	rat_type VARCHAR(512) COMMENT 'Radio access technology type that the emergency subscriber has used', 
	ip VARCHAR(512) COMMENT 'IP of the emergency subscriber', 
	access_network_gateway_address VARCHAR(512) COMMENT 'ANGW emergency that the subscriber has used', 
	access_network_charging_address VARCHAR(512) COMMENT 'AN Charging Address that the emergency subscriber has used', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (emergency_subscriber_id)
);

CREATE TABLE ims_subscriber (
	ims_subscriber_id INTEGER NOT NULL COMMENT 'Unique ID of IMS_Subscriber entry' AUTO_INCREMENT, 
	msisdn VARCHAR(18) COMMENT 'Primary Phone number of Subscriber', 
	msisdn_list VARCHAR(1200) COMMENT 'Comma Separated list of additional MSISDNs for Subscriber', 
	imsi VARCHAR(18) COMMENT 'International Mobile Subscriber Identity', 
	ifc_path VARCHAR(512) COMMENT 'Path to template file for the Initial Filter Criteria', 
	pcscf VARCHAR(512) COMMENT 'Proxy-CSCF serving this subscriber', 
	pcscf_realm VARCHAR(512) COMMENT 'Realm of PCSCF', 
	pcscf_active_session VARCHAR(512) COMMENT 'Session Id for the PCSCF when in a call', 
	pcscf_timestamp DATETIME COMMENT 'Timestamp of last ue attach to PCSCF', 
	pcscf_peer VARCHAR(512) COMMENT 'Diameter peer used to reach PCSCF', 
	xcap_profile TEXT(12000) COMMENT 'XCAP Subscriber Profile', 
	sh_profile TEXT(12000) COMMENT 'Deprecated - XCAP Subscriber Profile', 
	scscf VARCHAR(512) COMMENT 'Serving-CSCF serving this subscriber', 
	scscf_timestamp DATETIME COMMENT 'Timestamp of last ue attach to SCSCF', 
	scscf_realm VARCHAR(512) COMMENT 'Realm of SCSCF', 
	scscf_peer VARCHAR(512) COMMENT 'Diameter peer used to reach SCSCF', 
	sh_template_path VARCHAR(512) COMMENT 'Path to template file for the Sh Profile', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (ims_subscriber_id), 
	UNIQUE (msisdn)
);

CREATE TABLE roaming_network (
	roaming_network_id INTEGER NOT NULL COMMENT 'Unique ID of ROAMING_NETWORK entry' AUTO_INCREMENT, 
	name VARCHAR(512) COMMENT 'Name of the roaming network', 
	preference INTEGER COMMENT 'Preference of the network. Lower numbers are chosen first.', 
	mcc VARCHAR(100) COMMENT 'MCC to apply the roaming rule for', 
	mnc VARCHAR(100) COMMENT '3 digit MNC to apply the roaming rule for', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (roaming_network_id)
);

CREATE TABLE tft (
	tft_id INTEGER NOT NULL COMMENT 'Unique ID of CHARGING_RULE entry' AUTO_INCREMENT, 
	tft_group_id INTEGER NOT NULL COMMENT 'Will match any TFTs using this TFT Group to form the TFT list used in the Charging Rule', 
	tft_string VARCHAR(100) NOT NULL COMMENT 'IPFilterRules as defined in [RFC 6733] taking the format: action dir proto from src to dst', 
	direction INTEGER NOT NULL COMMENT 'Traffic Direction: 0- Unspecified, 1 - Downlink, 2 - Uplink, 3 - Bidirectional', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (tft_id)
);

CREATE TABLE roaming_rule (
	roaming_rule_id INTEGER NOT NULL COMMENT 'Unique ID of ROAMING_RULE entry' AUTO_INCREMENT, 
	roaming_network_id INTEGER COMMENT 'ID of the roaming network to apply the rule for', 
	allow BOOL COMMENT 'Whether to allow outbound roaming on the network', 
	enabled BOOL COMMENT 'Whether the rule is enabled', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (roaming_rule_id), 
	FOREIGN KEY(roaming_network_id) REFERENCES roaming_network (roaming_network_id) ON DELETE CASCADE
);

CREATE TABLE subscriber (
	subscriber_id INTEGER NOT NULL COMMENT 'Unique ID of Subscriber entry' AUTO_INCREMENT, 
	imsi VARCHAR(18) COMMENT 'International Mobile Subscriber Identity', 
	enabled BOOL COMMENT 'Subscriber enabled/disabled', 
	auc_id INTEGER NOT NULL COMMENT 'Reference to AuC ID defined with SIM Auth data', 
	default_apn INTEGER NOT NULL COMMENT 'APN ID to use for the default APN', 
	apn_list VARCHAR(64) NOT NULL COMMENT 'Comma separated list of allowed APNs', 
	msisdn VARCHAR(18) COMMENT 'Primary Phone number of Subscriber', 
	ue_ambr_dl INTEGER COMMENT 'Downlink Aggregate Maximum Bit Rate', 
	ue_ambr_ul INTEGER COMMENT 'Uplink Aggregate Maximum Bit Rate', 
	nam INTEGER COMMENT 'Network Access Mode [3GPP TS. 123 008 2.1.1.2] - 0 (PACKET_AND_CIRCUIT) or 2 (ONLY_PACKET)', 
	roaming_enabled BOOL COMMENT 'Whether or not to enable roaming on this subscriber', 
	roaming_rule_list VARCHAR(512) COMMENT 'Comma separated list of roaming rules applicable to this subscriber', 
	subscribed_rau_tau_timer INTEGER COMMENT 'Subscribed periodic TAU/RAU timer value in seconds', 
	serving_mme VARCHAR(512) COMMENT 'MME serving this subscriber', 
	serving_mme_timestamp DATETIME COMMENT 'Timestamp of attach to MME', 
	serving_mme_realm VARCHAR(512) COMMENT 'Realm of serving mme', 
	serving_mme_peer VARCHAR(512) COMMENT 'Diameter peer used to reach MME then ; then the HSS the Diameter peer is connected to', 
	serving_msc VARCHAR(512) COMMENT 'MSC serving this subscriber', 
	serving_msc_timestamp DATETIME COMMENT 'Timestamp of attach to MSC', 
	serving_vlr VARCHAR(512) COMMENT 'VLR serving this subscriber', 
	serving_vlr_timestamp DATETIME COMMENT 'Timestamp of attach to VLR', 
	serving_sgsn VARCHAR(512) COMMENT 'SGSN serving this subscriber', 
	serving_sgsn_timestamp DATETIME COMMENT 'Timestamp of attach to SGSN', 
	last_seen_eci VARCHAR(64) COMMENT 'Last ECI seen serving this subscriber', 
	last_seen_enodeb_id VARCHAR(64) COMMENT 'Last eNodeB seen serving this subscriber', 
	last_seen_cell_id VARCHAR(64) COMMENT 'Last Cell ID seen serving this subscriber', 
	last_seen_tac VARCHAR(64) COMMENT 'Last Tracking Area Code seen serving this subscriber', 
	last_seen_mcc VARCHAR(3) COMMENT 'Last MCC seen serving this subscriber', 
	last_seen_mnc VARCHAR(3) COMMENT 'Last MNC seen serving this subscriber', 
	last_location_update_timestamp DATETIME COMMENT 'Timestamp of last CCR providing location information', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (subscriber_id), 
	UNIQUE (imsi), 
	FOREIGN KEY(auc_id) REFERENCES auc (auc_id), 
	FOREIGN KEY(default_apn) REFERENCES apn (apn_id)
);

CREATE TABLE serving_apn (
	serving_apn_id INTEGER NOT NULL COMMENT 'Unique ID of SERVING_APN' AUTO_INCREMENT, 
	subscriber_id INTEGER COMMENT 'subscriber_id of the served subscriber', 
	apn INTEGER COMMENT 'apn_id of the APN served', 
	pcrf_session_id VARCHAR(100) COMMENT 'Session ID from the PCRF', 
	subscriber_routing VARCHAR(100) COMMENT 'IP Address allocated to the UE', 
	ip_version INTEGER COMMENT 'IP version used - 0: ipv4, 1: ipv6 2: ipv4+6 3: ipv4 or ipv6 4:  [3GPP TS 29.272 7.3.62]', 
	serving_pgw VARCHAR(512) COMMENT 'PGW serving this subscriber', 
	serving_pgw_timestamp DATETIME COMMENT 'Timestamp of attach to PGW', 
	serving_pgw_realm VARCHAR(512) COMMENT 'Realm of serving PGW', 
	serving_pgw_peer VARCHAR(512) COMMENT 'Diameter peer used to reach PGW', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (serving_apn_id), 
	FOREIGN KEY(subscriber_id) REFERENCES subscriber (subscriber_id) ON DELETE CASCADE, 
	FOREIGN KEY(apn) REFERENCES apn (apn_id) ON DELETE CASCADE
);

CREATE TABLE subscriber_attributes (
	subscriber_attributes_id INTEGER NOT NULL COMMENT 'Unique ID of Attribute' AUTO_INCREMENT, 
	subscriber_id INTEGER NOT NULL COMMENT 'Reference to Subscriber ID defined within Subscriber Section', 
	`key` VARCHAR(60) COMMENT 'Arbitrary key', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	value VARCHAR(12000) COMMENT 'Arbitrary value', 
	PRIMARY KEY (subscriber_attributes_id), 
	FOREIGN KEY(subscriber_id) REFERENCES subscriber (subscriber_id) ON DELETE CASCADE
);

CREATE TABLE subscriber_routing (
	subscriber_routing_id INTEGER NOT NULL COMMENT 'Unique ID of Subscriber Routing item' AUTO_INCREMENT, 
	subscriber_id INTEGER COMMENT 'subscriber_id of the served subscriber', 
	apn_id INTEGER COMMENT 'apn_id of the target apn', 
	ip_version INTEGER COMMENT 'IP version used - 0: ipv4, 1: ipv6 2: ipv4+6 3: ipv4 or ipv6 [3GPP TS 29.272 7.3.62]', 
	ip_address VARCHAR(254) COMMENT 'IP of the UE', 
	last_modified VARCHAR(100) COMMENT 'Timestamp of last modification', 
	PRIMARY KEY (subscriber_routing_id), 
	UNIQUE (subscriber_id, apn_id), 
	FOREIGN KEY(subscriber_id) REFERENCES subscriber (subscriber_id) ON DELETE CASCADE, 
	FOREIGN KEY(apn_id) REFERENCES apn (apn_id) ON DELETE CASCADE
);

CREATE TABLE operation_log (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	item_id INTEGER NOT NULL, 
	operation_id VARCHAR(36) NOT NULL, 
	operation VARCHAR(10), 
	changes TEXT, 
	last_modified VARCHAR(100), 
	timestamp DATETIME, 
	table_name VARCHAR(255), 
	apn_id INTEGER, 
	subscriber_routing_id INTEGER, 
	serving_apn_id INTEGER, 
	auc_id INTEGER, 
	subscriber_id INTEGER, 
	ims_subscriber_id INTEGER, 
	roaming_rule_id INTEGER, 
	roaming_network_id INTEGER, 
	emergency_subscriber_id INTEGER, 
	charging_rule_id INTEGER, 
	tft_id INTEGER, 
	eir_id INTEGER, 
	imsi_imei_history_id INTEGER, 
	subscriber_attributes_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(apn_id) REFERENCES apn (apn_id), 
	FOREIGN KEY(subscriber_routing_id) REFERENCES subscriber_routing (subscriber_routing_id), 
	FOREIGN KEY(serving_apn_id) REFERENCES serving_apn (serving_apn_id), 
	FOREIGN KEY(auc_id) REFERENCES auc (auc_id), 
	FOREIGN KEY(subscriber_id) REFERENCES subscriber (subscriber_id), 
	FOREIGN KEY(ims_subscriber_id) REFERENCES ims_subscriber (ims_subscriber_id), 
	FOREIGN KEY(roaming_rule_id) REFERENCES roaming_rule (roaming_rule_id), 
	FOREIGN KEY(roaming_network_id) REFERENCES roaming_network (roaming_network_id), 
	FOREIGN KEY(emergency_subscriber_id) REFERENCES emergency_subscriber (emergency_subscriber_id), 
	FOREIGN KEY(charging_rule_id) REFERENCES charging_rule (charging_rule_id), 
	FOREIGN KEY(tft_id) REFERENCES tft (tft_id), 
	FOREIGN KEY(eir_id) REFERENCES eir (eir_id), 
	FOREIGN KEY(imsi_imei_history_id) REFERENCES eir_history (imsi_imei_history_id), 
	FOREIGN KEY(subscriber_attributes_id) REFERENCES subscriber_attributes (subscriber_attributes_id)
);

