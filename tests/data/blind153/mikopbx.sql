-- MikoPBX (mikopbx/Core, src/Common/Models/*.php at commit e26e6b973bbef6a0d4d1064fe495e62c70f475df, GPL-3.0)
-- Phalcon models whose @Column annotations define the SQLite tables (created by src/Core/System/Upgrade/UpdateDatabase.php);
-- written as MySQL: integer -> INT, string -> VARCHAR(length or 255), @Primary/@Identity -> PRIMARY KEY / AUTO_INCREMENT,
-- @Indexes -> KEY; the property's doc comment as COMMENT. cdr_general (CallDetailRecords) and cdr (CallDetailRecordsTmp)
-- share the columns of CallDetailRecordsBase.

CREATE TABLE m_ApiKeys (
  `id` INT NOT NULL AUTO_INCREMENT,
  `description` VARCHAR(255) COMMENT 'Description of the token purpose (formerly name field)',
  `key_hash` VARCHAR(255) NOT NULL COMMENT 'Hashed Bearer token value (using bcrypt)',
  `key_suffix` VARCHAR(255) COMMENT 'Last 4 characters of the token for identification',
  `key_display` VARCHAR(255) COMMENT 'Display representation of the token (first 5 + ... + last 5 chars)',
  `networkfilterid` VARCHAR(255) COMMENT 'Network filter ID for IP restrictions',
  `allowed_paths` VARCHAR(255) COMMENT 'JSON array of allowed controller paths from @RoutePrefix Empty = all controllers allowed',
  `full_permissions` VARCHAR(255) COMMENT 'Full permissions flag (1 = all permissions, 0 = selective permissions)',
  `created_at` VARCHAR(255) COMMENT 'Timestamp when the token was created',
  `last_used_at` VARCHAR(255) COMMENT 'Timestamp of last usage (cached in Redis, periodically synced)',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_AsteriskManagerUsers (
  `id` INT NOT NULL AUTO_INCREMENT COMMENT 'AMI users ID',
  `username` VARCHAR(255) COMMENT 'AMI users username',
  `secret` VARCHAR(255) COMMENT 'AMI users password',
  `call` VARCHAR(255) COMMENT 'Flag indicating if user has call access',
  `cdr` VARCHAR(255) COMMENT 'Flag indicating if user has CDR access',
  `originate` VARCHAR(255) COMMENT 'Flag indicating if user has originate access',
  `reporting` VARCHAR(255) COMMENT 'Flag indicating if user has reporting access',
  `agent` VARCHAR(255) COMMENT 'Flag indicating if user has agent access',
  `config` VARCHAR(255) COMMENT 'Flag indicating if user has config access',
  `dialplan` VARCHAR(255) COMMENT 'Flag indicating if user has dialplan access',
  `dtmf` VARCHAR(255) COMMENT 'Flag indicating if user has DTMF access',
  `log` VARCHAR(255) COMMENT 'Flag indicating if user has log access',
  `system` VARCHAR(255) COMMENT 'Flag indicating if user has system access',
  `user` VARCHAR(255) COMMENT 'Flag indicating if user has user access',
  `verbose` VARCHAR(255) COMMENT 'Flag indicating if user has verbose access',
  `command` VARCHAR(255) COMMENT 'Flag indicating if user has command access.',
  `networkfilterid` INT COMMENT 'ID of the network filter associated with the user',
  `eventfilter` VARCHAR(255) COMMENT 'Event filter patterns (one pattern per line). Format: !Event: EventName or Event: EventName',
  `description` VARCHAR(255) COMMENT 'AMI users description',
  `weakSecret` VARCHAR(255) DEFAULT '0' COMMENT 'Status of the user secret check by weak dictionary (0 = not checked, 1 = ok, 2 = weak).',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_AsteriskRestUsers (
  `id` INT NOT NULL AUTO_INCREMENT COMMENT 'ARI user ID',
  `username` VARCHAR(255) COMMENT 'ARI username',
  `password` VARCHAR(255) COMMENT 'ARI user password',
  `applications` VARCHAR(255) COMMENT 'List of allowed Stasis applications (JSON encoded)',
  `description` VARCHAR(255) COMMENT 'ARI user description',
  `weakPassword` VARCHAR(255) DEFAULT '0' COMMENT 'Status of the user password check by weak dictionary (0 = not checked, 1 = ok, 2 = weak).',
  PRIMARY KEY (`id`)
);

CREATE TABLE cdr_general (
  `id` INT NOT NULL AUTO_INCREMENT,
  `start` VARCHAR(255) COMMENT 'Time when the call starts.',
  `endtime` VARCHAR(255) COMMENT 'Time when the call ends.',
  `answer` VARCHAR(255) COMMENT 'Answer status of the call.',
  `src_chan` VARCHAR(255) COMMENT 'Source channel of the call.',
  `src_num` VARCHAR(255) COMMENT 'Source number of the call.',
  `src_name` VARCHAR(255) COMMENT 'Display name of the caller as set by CALLERID(name).',
  `dst_chan` VARCHAR(255) COMMENT 'Destination channel of the call.',
  `dst_num` VARCHAR(255) COMMENT 'Destination number of the call.',
  `dst_name` VARCHAR(255) COMMENT 'Display name of the callee as set by CALLERID(name).',
  `UNIQUEID` VARCHAR(255) COMMENT 'Unique ID of the call.',
  `linkedid` VARCHAR(255) COMMENT 'Linked ID of the call.',
  `did` VARCHAR(255) COMMENT 'DID (Direct Inward Dialing) of the call.',
  `disposition` VARCHAR(255) COMMENT 'Disposition of the call.',
  `recordingfile` VARCHAR(255) COMMENT 'Recording file of the call.',
  `from_account` VARCHAR(255) COMMENT 'Source account of the call.',
  `to_account` VARCHAR(255) COMMENT 'Destination account of the call.',
  `dialstatus` VARCHAR(255) COMMENT 'Dial status of the call.',
  `appname` VARCHAR(255) COMMENT 'Application name of the call.',
  `transfer` INT COMMENT 'Transfer status of the call.',
  `is_app` VARCHAR(1) COMMENT 'Indicator if the call is associated with an application.',
  `duration` INT COMMENT 'Duration of the call in seconds.',
  `billsec` INT COMMENT 'Duration of the call in billing seconds.',
  `work_completed` VARCHAR(1) COMMENT 'Indicator if the work is completed.',
  `src_call_id` VARCHAR(255) COMMENT 'Source call ID.',
  `dst_call_id` VARCHAR(255) COMMENT 'Destination call ID.',
  `verbose_call_id` VARCHAR(255) COMMENT 'Verbose call ID.',
  `a_transfer` INT COMMENT 'Indicator if the call is a transferred call.',
  `rec_src_channel` VARCHAR(255) COMMENT 'Stereo channel index containing src_num audio. ''0'' = LEFT channel, ''1'' = RIGHT channel, '''' = mono or no recording.',
  `dtmf_digits` VARCHAR(255) COMMENT 'DTMF digits pressed during IVR menu interaction. Comma-separated sequence: digits, ''t'' for timeout, ''i'' for invalid input. Example: "t,t,3" means two timeouts then pressed 3.',
  PRIMARY KEY (`id`),
  KEY i_cdr_general_UNIQUEID (UNIQUEID),
  KEY i_cdr_general_start (start),
  KEY i_cdr_general_src_chan (src_chan),
  KEY i_cdr_general_dst_chan (dst_chan),
  KEY i_cdr_general_src_num (src_num),
  KEY i_cdr_general_dst_num (dst_num),
  KEY i_cdr_general_linkedid (linkedid)
);

CREATE TABLE cdr (
  `id` INT NOT NULL AUTO_INCREMENT,
  `start` VARCHAR(255) COMMENT 'Time when the call starts.',
  `endtime` VARCHAR(255) COMMENT 'Time when the call ends.',
  `answer` VARCHAR(255) COMMENT 'Answer status of the call.',
  `src_chan` VARCHAR(255) COMMENT 'Source channel of the call.',
  `src_num` VARCHAR(255) COMMENT 'Source number of the call.',
  `src_name` VARCHAR(255) COMMENT 'Display name of the caller as set by CALLERID(name).',
  `dst_chan` VARCHAR(255) COMMENT 'Destination channel of the call.',
  `dst_num` VARCHAR(255) COMMENT 'Destination number of the call.',
  `dst_name` VARCHAR(255) COMMENT 'Display name of the callee as set by CALLERID(name).',
  `UNIQUEID` VARCHAR(255) COMMENT 'Unique ID of the call.',
  `linkedid` VARCHAR(255) COMMENT 'Linked ID of the call.',
  `did` VARCHAR(255) COMMENT 'DID (Direct Inward Dialing) of the call.',
  `disposition` VARCHAR(255) COMMENT 'Disposition of the call.',
  `recordingfile` VARCHAR(255) COMMENT 'Recording file of the call.',
  `from_account` VARCHAR(255) COMMENT 'Source account of the call.',
  `to_account` VARCHAR(255) COMMENT 'Destination account of the call.',
  `dialstatus` VARCHAR(255) COMMENT 'Dial status of the call.',
  `appname` VARCHAR(255) COMMENT 'Application name of the call.',
  `transfer` INT COMMENT 'Transfer status of the call.',
  `is_app` VARCHAR(1) COMMENT 'Indicator if the call is associated with an application.',
  `duration` INT COMMENT 'Duration of the call in seconds.',
  `billsec` INT COMMENT 'Duration of the call in billing seconds.',
  `work_completed` VARCHAR(1) COMMENT 'Indicator if the work is completed.',
  `src_call_id` VARCHAR(255) COMMENT 'Source call ID.',
  `dst_call_id` VARCHAR(255) COMMENT 'Destination call ID.',
  `verbose_call_id` VARCHAR(255) COMMENT 'Verbose call ID.',
  `a_transfer` INT COMMENT 'Indicator if the call is a transferred call.',
  `rec_src_channel` VARCHAR(255) COMMENT 'Stereo channel index containing src_num audio. ''0'' = LEFT channel, ''1'' = RIGHT channel, '''' = mono or no recording.',
  `dtmf_digits` VARCHAR(255) COMMENT 'DTMF digits pressed during IVR menu interaction. Comma-separated sequence: digits, ''t'' for timeout, ''i'' for invalid input. Example: "t,t,3" means two timeouts then pressed 3.',
  PRIMARY KEY (`id`),
  KEY i_cdr_UNIQUEID (UNIQUEID),
  KEY i_cdr_start (start),
  KEY i_cdr_src_chan (src_chan),
  KEY i_cdr_dst_chan (dst_chan),
  KEY i_cdr_src_num (src_num),
  KEY i_cdr_dst_num (dst_num),
  KEY i_cdr_linkedid (linkedid)
);

CREATE TABLE m_CallQueueMembers (
  `id` INT NOT NULL AUTO_INCREMENT,
  `queue` VARCHAR(255) COMMENT 'Ref to call queue uniqid',
  `extension` VARCHAR(255) COMMENT 'Extension associated with the queue member.',
  `priority` INT COMMENT 'Priority of the queue member.',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_CallQueues (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uniqid` VARCHAR(255) COMMENT 'Unique ID of the call queue.',
  `name` VARCHAR(100) COMMENT 'Name of the call queue.',
  `extension` VARCHAR(255) COMMENT 'Extension number of the call queue.',
  `strategy` VARCHAR(255) COMMENT 'Strategy for handling calls in the queue.',
  `seconds_to_ring_each_member` VARCHAR(255) COMMENT 'Seconds to ring each member of the queue.',
  `seconds_for_wrapup` INT COMMENT 'Seconds for wrap-up after each call.',
  `recive_calls_while_on_a_call` VARCHAR(1) COMMENT 'Setting to receive calls while already on a call.',
  `caller_hear` VARCHAR(255) COMMENT 'What the caller hears when in the queue. Possible values: ''ringing'', ''moh''.',
  `announce_position` INT COMMENT 'Announcement of the caller''s position in the queue.',
  `announce_hold_time` INT COMMENT 'Announcement of hold time in the queue.',
  `periodic_announce_sound_id` INT COMMENT 'ID of the periodic announcement sound.',
  `moh_sound_id` INT COMMENT 'ID of the Music on Hold sound.',
  `periodic_announce_frequency` INT COMMENT 'Frequency of periodic announcements in the queue.',
  `timeout_to_redirect_to_extension` INT COMMENT 'Timeout to redirect the call to another extension.',
  `timeout_extension` VARCHAR(255) COMMENT 'Extension to redirect the call to when timeout occurs.',
  `redirect_to_extension_if_empty` VARCHAR(255) COMMENT 'Extension to redirect the call to if the queue is empty.',
  `number_unanswered_calls_to_redirect` INT COMMENT 'Number of unanswered calls before redirecting.',
  `redirect_to_extension_if_unanswered` VARCHAR(255) COMMENT 'Extension to redirect the call to if it remains unanswered.',
  `number_repeat_unanswered_to_redirect` INT COMMENT 'Number of unanswered calls before redirecting from the call queue.',
  `redirect_to_extension_if_repeat_exceeded` VARCHAR(255) COMMENT 'Extension to redirect to if the call queue cycle is repeated beyond the specified',
  `callerid_prefix` VARCHAR(50) COMMENT 'Caller ID prefix for the call queue.',
  `description` VARCHAR(500) COMMENT 'Description of the call queue.',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_Codecs (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) COMMENT 'Codec name.',
  `type` VARCHAR(255) COMMENT 'Type of the codec (audio or video).',
  `priority` INT DEFAULT 1 COMMENT 'Priority of the codec.',
  `disabled` VARCHAR(1) COMMENT 'Indicator if the codec is disabled (0 for enabled, 1 for disabled).',
  `description` VARCHAR(255) COMMENT 'Description of the codec.',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_ConferenceRooms (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uniqid` VARCHAR(255) COMMENT 'Unique identifier for the conference room.',
  `extension` VARCHAR(255) COMMENT 'Link to the extension associated with the conference room.',
  `name` VARCHAR(255) COMMENT 'Name of the conference room.',
  `pinCode` VARCHAR(255) COMMENT 'PIN code required to access the conference room.',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_CustomFiles (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filepath` VARCHAR(255) COMMENT 'Filepath of the custom file',
  `content` VARCHAR(255) COMMENT 'Content of the custom file',
  `mode` VARCHAR(255) DEFAULT 'none' COMMENT 'File replacement mode append - append to the end of the file override - override the file none - do nothing',
  `changed` VARCHAR(1) DEFAULT '0' COMMENT 'Indicates if the file has been changed',
  `description` VARCHAR(255) COMMENT 'Description of the custom file',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_DialplanApplications (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uniqid` VARCHAR(255) COMMENT 'Unique identifier for the dialplan application',
  `name` VARCHAR(255) COMMENT 'Name of the dialplan application',
  `extension` VARCHAR(255) COMMENT 'Extension associated with the dialplan application',
  `hint` VARCHAR(255) COMMENT 'Hint for the dialplan application',
  `applicationlogic` VARCHAR(255) COMMENT 'Application logic for the dialplan application',
  `type` VARCHAR(255) COMMENT 'Type of the dialplan application',
  `description` VARCHAR(255) COMMENT 'Description of the dialplan application',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_ExtensionForwardingRights (
  `id` INT NOT NULL AUTO_INCREMENT,
  `extension` VARCHAR(255) COMMENT 'Link to SIP extension number',
  `forwarding` VARCHAR(255) COMMENT 'Forwarding number',
  `forwardingonbusy` VARCHAR(255) COMMENT 'Forwarding number when the extension is busy',
  `forwardingonunavailable` VARCHAR(255) COMMENT 'Forwarding number when the extension is unavailable',
  `ringlength` INT COMMENT 'Ring length in seconds',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_Extensions (
  `id` INT NOT NULL AUTO_INCREMENT,
  `number` VARCHAR(255) COMMENT 'Internal number or internal number pattern',
  `type` VARCHAR(255) COMMENT 'Type of the internal number',
  `callerid` VARCHAR(255) COMMENT 'Caller ID for the number',
  `userid` INT COMMENT 'Reference to the users table, can be NULL if it''s not a user',
  `show_in_phonebook` VARCHAR(1) DEFAULT '1' COMMENT 'Flag indicating whether to show the number in the phonebook and selection lists',
  `public_access` VARCHAR(1) DEFAULT '1' COMMENT 'Flag indicating whether the number can be dialed by external callers',
  `is_general_user_number` VARCHAR(1) DEFAULT '0' COMMENT 'Flag indicating whether it is the general user number that is edited in the user''s profile',
  `search_index` VARCHAR(255) DEFAULT '' COMMENT 'Field with search words for full text search, consist of username, callerid, email, number, mobile in lower case',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_ExternalPhones (
  `id` INT NOT NULL AUTO_INCREMENT,
  `extension` VARCHAR(255) COMMENT 'Extension number with type External',
  `uniqid` VARCHAR(255) COMMENT 'Unique ID for the external phone',
  `dialstring` VARCHAR(255) COMMENT 'Dial string for the external phone',
  `manualdialplanincoming` VARCHAR(255) COMMENT 'Manual dialplan for incoming calls on the external phone',
  `manualdialplanoutgoing` VARCHAR(255) COMMENT 'Manual dialplan for outgoing calls from the external phone',
  `disabled` VARCHAR(1) NOT NULL COMMENT 'Indicates if the external phone is disabled or enabled',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_Fail2BanRules (
  `id` INT NOT NULL AUTO_INCREMENT,
  `maxretry` INT COMMENT 'Maximum number of retries before banning an IP',
  `bantime` INT COMMENT 'Duration of ban in seconds',
  `findtime` INT COMMENT 'Time window in seconds during which retries are counted',
  `whitelist` VARCHAR(255) COMMENT 'List of whitelisted IPs',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_FirewallRules (
  `id` INT NOT NULL AUTO_INCREMENT,
  `protocol` VARCHAR(255) COMMENT 'Protocol of the firewall rule (UDP, TCP, ICMP)',
  `portfrom` VARCHAR(255) COMMENT 'Starting port number of the rule',
  `portto` VARCHAR(255) COMMENT 'Ending port number of the rule',
  `networkfilterid` INT COMMENT 'ID of the associated network filter',
  `action` VARCHAR(255) COMMENT 'Action of the firewall rule (allow, block)',
  `category` VARCHAR(255) COMMENT 'Category of the firewall rule (SIP, WEB, SSH, AMI, CTI, ICMP)',
  `portFromKey` VARCHAR(255) COMMENT 'Key representing the starting port number',
  `portToKey` VARCHAR(255) COMMENT 'Key representing the ending port number',
  `description` VARCHAR(255) COMMENT 'Description of the firewall rule',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_Iax (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uniqid` VARCHAR(255) COMMENT 'Unique identifier for the IAX setting',
  `username` VARCHAR(255) COMMENT 'IAX username',
  `secret` VARCHAR(255) COMMENT 'IAX secret/password',
  `host` VARCHAR(255) COMMENT 'IAX host',
  `qualify` VARCHAR(1) COMMENT 'Qualify setting for IAX (0 or 1)',
  `disabled` VARCHAR(1) NOT NULL COMMENT 'Flag indicating whether this IAX record is disabled (0 or 1)',
  `noregister` VARCHAR(1) DEFAULT '0' COMMENT 'Flag indicating whether IAX registration is disabled (0 or 1)',
  `manualattributes` VARCHAR(255) COMMENT 'Manual attributes for IAX settings',
  `description` VARCHAR(255) COMMENT 'Description of the IAX setting',
  `registration_type` VARCHAR(255) DEFAULT 'outbound' COMMENT 'Registration type (outbound, inbound, none)',
  `networkfilterid` INT COMMENT 'Network filter ID for IP-based restrictions',
  `port` INT COMMENT 'IAX port',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_IncomingRoutingTable (
  `id` INT NOT NULL AUTO_INCREMENT,
  `rulename` VARCHAR(255) COMMENT 'Name of the routing rule',
  `number` VARCHAR(255) COMMENT 'DID (Direct Inward Dialing) of the call.',
  `extension` VARCHAR(255) COMMENT 'Extension to which the call will be forwarded if this rule is triggered',
  `provider` VARCHAR(255) COMMENT 'Provider associated with the routing rule',
  `priority` INT COMMENT 'Priority level of the routing rule',
  `timeout` INT COMMENT 'Timeout, in seconds, during which the system will attempt to reach the internal extension. After the timeout expires, the call will be redirected to a rule with a higher priority or to the default rule',
  `action` VARCHAR(255) COMMENT 'Action to be taken for the routing rule',
  `note` VARCHAR(255) COMMENT 'Additional note or description for the routing rule',
  `audio_message_id` VARCHAR(255) COMMENT 'ID of the audio greeting message record.',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_IvrMenu (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uniqid` VARCHAR(255) COMMENT 'Unique ID of the IVR menu.',
  `extension` VARCHAR(255) COMMENT 'IVR menu extension number.',
  `audio_message_id` VARCHAR(255) COMMENT 'ID of the audio greeting message record.',
  `name` VARCHAR(255) COMMENT 'Name of the IVR menu.',
  `timeout` INT DEFAULT 7 COMMENT 'Timeout during which the system waits for input of an internal extension or an IVR menu option, after which the call is transferred to the default extension specified in the $timeout_extension field. Default is 7 seconds.',
  `timeout_extension` VARCHAR(255) COMMENT 'Extension number to which the call will be transferred after a certain number of dialing attempts.',
  `allow_enter_any_internal_extension` VARCHAR(1) DEFAULT '0' COMMENT 'Allow dialing any internal extension number.',
  `number_of_repeat` INT DEFAULT 3 COMMENT 'Maximum number of menu repeats before forwarding to the default number specified in the $timeout_extension field.',
  `description` VARCHAR(255) COMMENT 'Comment',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_IvrMenuActions (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ivr_menu_id` VARCHAR(255) COMMENT 'ID of the associated IVR menu.',
  `digits` VARCHAR(255) COMMENT 'Digits for the IVR menu action.',
  `extension` VARCHAR(255) COMMENT 'Extension associated with the IVR menu action.',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_LanInterfaces (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) COMMENT 'Name of the LAN interface',
  `interface` VARCHAR(255) COMMENT 'Interface system name',
  `vlanid` VARCHAR(255) COMMENT 'VLAN ID',
  `subnet` VARCHAR(255) COMMENT 'Subnet',
  `ipaddr` VARCHAR(255) COMMENT 'IP address',
  `gateway` VARCHAR(255) COMMENT 'Gateway',
  `topology` VARCHAR(255) COMMENT 'Topology',
  `extipaddr` VARCHAR(255) COMMENT 'External IP address',
  `exthostname` VARCHAR(255) COMMENT 'External hostname',
  `hostname` VARCHAR(255) COMMENT 'Hostname',
  `domain` VARCHAR(255) COMMENT 'Domain name',
  `primarydns` VARCHAR(255) COMMENT 'Primary DNS server',
  `secondarydns` VARCHAR(255) COMMENT 'Secondary DNS server',
  `dhcp` VARCHAR(1) NOT NULL COMMENT 'DHCP enabled flag',
  `internet` VARCHAR(1) NOT NULL COMMENT 'The interface has the Internet connection flag',
  `disabled` VARCHAR(1) NOT NULL COMMENT 'Disabled flag',
  `ipv6_mode` VARCHAR(1) NOT NULL DEFAULT '0' COMMENT 'IPv6 configuration mode 0 = Off, 1 = Auto (SLAAC/DHCPv6), 2 = Manual (static)',
  `ipv6addr` VARCHAR(39) COMMENT 'IPv6 address',
  `ipv6_subnet` VARCHAR(3) COMMENT 'IPv6 subnet prefix length (1-128)',
  `ipv6_gateway` VARCHAR(39) COMMENT 'IPv6 gateway',
  `primarydns6` VARCHAR(39) COMMENT 'Primary IPv6 DNS server',
  `secondarydns6` VARCHAR(39) COMMENT 'Secondary IPv6 DNS server',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_LongPollSubscribe (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action` VARCHAR(255) COMMENT 'Action associated with the long poll subscription',
  `data` VARCHAR(255) COMMENT 'Data associated with the long poll subscription',
  `channel` VARCHAR(255) COMMENT 'Channel for the long poll subscription',
  `timeout` INT COMMENT 'Timeout duration for the long poll subscription',
  `enable` VARCHAR(1) DEFAULT '0' COMMENT 'Enable flag for the long poll subscription',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_NetworkFilters (
  `id` INT NOT NULL AUTO_INCREMENT,
  `permit` VARCHAR(255) COMMENT 'Specifies the permitted IP addresses or networks.',
  `deny` VARCHAR(255) COMMENT 'Specifies the denied IP addresses or networks.',
  `newer_block_ip` VARCHAR(1) DEFAULT '0' COMMENT 'This flag means that this subnet is included in the trusted list, and addresses from this subnet will never be blocked by Fail2Ban.',
  `local_network` VARCHAR(1) DEFAULT '0' COMMENT 'This flag indicates that this record describes addresses of the local subnet',
  `description` VARCHAR(255) COMMENT 'A description of the network filter.',
  `priority` VARCHAR(255) COMMENT 'Priority for rule ordering (lower number = higher priority). Used for drag-drop reordering in the firewall UI.',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_NetworkStaticRoutes (
  `id` INT NOT NULL AUTO_INCREMENT,
  `network` VARCHAR(255) NOT NULL COMMENT 'Network address (e.g., 192.168.10.0)',
  `subnet` VARCHAR(255) NOT NULL COMMENT 'Subnet mask in CIDR notation (0-32 for IPv4, 0-128 for IPv6)',
  `gateway` VARCHAR(255) NOT NULL COMMENT 'Gateway IP address (e.g., 192.168.1.1)',
  `interface` VARCHAR(255) COMMENT 'Network interface name (e.g., eth0, vlan100) Empty string means automatic selection by kernel',
  `description` VARCHAR(255) COMMENT 'Route description/comment User-provided explanation for this route',
  `priority` INT NOT NULL COMMENT 'Priority (used for ordering)',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_OutWorkTimes (
  `id` INT NOT NULL AUTO_INCREMENT,
  `date_from` VARCHAR(255) COMMENT 'Start date of the non-working time period',
  `date_to` VARCHAR(255) COMMENT 'End date of the non-working time period',
  `weekday_from` INT COMMENT 'Weekday of the non-working time period starting from',
  `weekday_to` INT COMMENT 'Weekday of the non-working time period ending at',
  `time_from` VARCHAR(255) COMMENT 'Start time of the non-working time period',
  `time_to` VARCHAR(255) COMMENT 'End time of the non-working time period',
  `action` VARCHAR(255) COMMENT 'Action to be taken during the specified non-working time period',
  `extension` VARCHAR(255) COMMENT 'Internal number to which the call will be forwarded during non-working time',
  `audio_message_id` INT COMMENT 'Sound file played during non-working time',
  `description` VARCHAR(255) COMMENT 'Description of this non-working time rule',
  `allowRestriction` VARCHAR(255) COMMENT 'Enable restriction of this non-working time rule only for specific incoming routes',
  `priority` INT COMMENT 'Priority level of the routing rule',
  `calType` VARCHAR(255) COMMENT 'Calendar type',
  `calUrl` VARCHAR(255) COMMENT 'Calendar url',
  `calUser` VARCHAR(255) COMMENT 'Calendar user',
  `calSecret` VARCHAR(255) COMMENT 'Calendar secret',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_OutWorkTimesRouts (
  `id` INT NOT NULL AUTO_INCREMENT,
  `timeConditionId` INT NOT NULL COMMENT 'Reference to the record in the OutWorkTimes table',
  `routId` VARCHAR(255) NOT NULL COMMENT 'Reference to the record in the IncomingRoutingTable table',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_OutgoingRoutingTable (
  `id` INT NOT NULL AUTO_INCREMENT COMMENT 'The primary identifier for the outgoing routing table record',
  `rulename` VARCHAR(255) COMMENT 'The name of the outgoing routing rule',
  `providerid` VARCHAR(255) COMMENT 'The ID of the provider associated with the outgoing route',
  `priority` VARCHAR(255) COMMENT 'The priority of the outgoing routing rule',
  `numberbeginswith` VARCHAR(255) COMMENT 'This outgoing routing rule will be triggered if the dialed number starts with the pattern specified in this parameter.',
  `restnumbers` VARCHAR(255) COMMENT 'This outgoing routing rule will be triggered if the dialed number starts with the pattern specified in the $numberbeginswith parameter, and the remaining part of the number consists of the digits specified in this parameter.',
  `trimfrombegin` VARCHAR(255) COMMENT 'The number of characters to trim from the beginning of the outgoing call number',
  `prepend` VARCHAR(255) COMMENT 'The number of characters to prepend to the outgoing call number',
  `note` VARCHAR(255) COMMENT 'Additional notes or description for the outgoing routing rule',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_PbxExtensionModules (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uniqid` VARCHAR(255) COMMENT 'Unique identifier of the external extension module',
  `name` VARCHAR(255) COMMENT 'Name of the external extension module',
  `version` VARCHAR(255) COMMENT 'Version of the external extension module',
  `developer` VARCHAR(255) COMMENT 'Developer of the external extension module',
  `supportemail` VARCHAR(255) COMMENT 'Developer''s email of the external extension module',
  `path` VARCHAR(255) COMMENT 'Path where the external module is installed',
  `description` VARCHAR(255) COMMENT 'Description of the external extension module',
  `wiki_links` VARCHAR(255) COMMENT 'Links to the documentation of the external extension module',
  `disabled` VARCHAR(1) NOT NULL COMMENT 'Flag indicating whether the module is disabled',
  `disableReason` VARCHAR(255) COMMENT 'Store the reason why the module was disabled as a flag',
  `disableReasonText` VARCHAR(255) COMMENT 'Store the reason why the module was disabled in text mode, some logs',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_PbxSettings (
  `key` VARCHAR(255) NOT NULL COMMENT 'Key by which the value is stored',
  `value` VARCHAR(255) COMMENT 'Stored value',
  PRIMARY KEY (`key`)
);

CREATE TABLE m_Providers (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uniqid` VARCHAR(255) COMMENT 'Unique identifier of the provider account',
  `type` VARCHAR(255) COMMENT 'Type of the provider account (SIP or IAX)',
  `sipuid` VARCHAR(255) COMMENT 'Reference to the SIP table with provider settings',
  `iaxuid` VARCHAR(255) COMMENT 'Reference to the IAX table with provider settings',
  `note` VARCHAR(255) COMMENT 'Note for current provider',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_RecordingStorage (
  `id` INT NOT NULL AUTO_INCREMENT COMMENT 'Auto-increment primary key Standard ID field for consistency with other MikoPBX models',
  `recordingfile` VARCHAR(255) NOT NULL COMMENT 'Original recording file path (UNIQUE INDEX) Same path as stored in CallDetailRecords.recordingfile Example: /monitor/2024/11/01/10/out-201-102-20241101-100534.17.wav',
  `storage_location` VARCHAR(255) NOT NULL DEFAULT 'local' COMMENT 'Current storage location Values: ''local'' (on PBX disk) or ''s3'' (in cloud bucket)',
  `s3_key` VARCHAR(255) COMMENT 'S3 object key (when storage_location = ''s3'') Format: recordings/YYYY/MM/DD/HH/filename.wav Example: recordings/2024/11/01/10/out-201-102-20241101-100534.17.wav',
  `uploaded_at` VARCHAR(255) COMMENT 'Timestamp when file was uploaded to S3 Format: Y-m-d H:i:s Used for calculating local retention expiration',
  `file_size` INT NOT NULL DEFAULT 0 COMMENT 'File size in bytes Used for storage quota calculations and statistics',
  PRIMARY KEY (`id`),
  UNIQUE KEY i_m_RecordingStorage_recordingfile (recordingfile)
);

CREATE TABLE m_Sip (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uniqid` VARCHAR(255) COMMENT 'Unique identifier for the SIP account',
  `disabled` VARCHAR(1) NOT NULL COMMENT 'Flag indicating whether the SIP account is disabled or not',
  `extension` VARCHAR(255) COMMENT 'Internal number assigned to this SIP account',
  `type` VARCHAR(255) COMMENT 'Type of SIP account (peer, friend)',
  `registration_type` VARCHAR(255) COMMENT 'Registration type of the SIP account (outbound, inbound, none)',
  `host` VARCHAR(255) COMMENT 'Host or IP address of the SIP server',
  `port` INT COMMENT 'Port number for the SIP server (default: 5060)',
  `username` VARCHAR(255) COMMENT 'Username for authentication with the SIP server',
  `secret` VARCHAR(255) COMMENT 'Secret password for authentication with the SIP server',
  `transport` VARCHAR(255) COMMENT 'Transport protocol used for SIP communication (TLS / UDP / TCP)',
  `outbound_proxy` VARCHAR(255) COMMENT 'Outbound proxy server for SIP communication',
  `fromuser` VARCHAR(255) COMMENT 'From user identity for SIP messages',
  `fromdomain` VARCHAR(255) COMMENT 'From domain for SIP messages',
  `nat` VARCHAR(255) COMMENT 'NAT (Network Address Translation) settings for SIP communication',
  `dtmfmode` VARCHAR(255) COMMENT 'DTMF (Dual Tone Multi-Frequency) mode for SIP communication',
  `qualifyfreq` INT COMMENT 'Frequency of SIP qualify requests in seconds',
  `qualify` VARCHAR(1) COMMENT 'Flag indicating whether SIP qualify requests are enabled or disabled (1 = enabled, 0 = disabled)',
  `networkfilterid` INT COMMENT 'The network filter associated with the SIP account',
  `manualattributes` VARCHAR(255) COMMENT 'Manual attributes for SIP configuration',
  `disablefromuser` VARCHAR(1) DEFAULT '0' COMMENT 'Flag indicating whether the "fromuser" field should be disabled (0 = enabled, 1 = disabled)',
  `noregister` VARCHAR(1) DEFAULT '0' COMMENT 'Flag indicating whether SIP registration is disabled (0 = enabled, 1 = disabled)',
  `description` VARCHAR(255) COMMENT 'Description of the SIP account',
  `enableRecording` INT DEFAULT 1 COMMENT 'Flag indicating whether call recording is enabled for the SIP account (0 = disabled, 1 = enabled)',
  `weakSecret` INT DEFAULT 0 COMMENT 'Status of the peer secret check by weak dictionary (0 = not checked, 1 = ok, 2 = weak).',
  `cid_source` VARCHAR(255) DEFAULT 'default' COMMENT 'Source for CallerID extraction (default, from, rpid, pai, custom)',
  `cid_custom_header` VARCHAR(255) COMMENT 'Custom header name for CallerID extraction when cid_source is ''custom''',
  `cid_parser_start` VARCHAR(255) COMMENT 'Start delimiter for CallerID parsing from custom header',
  `cid_parser_end` VARCHAR(255) COMMENT 'End delimiter for CallerID parsing from custom header',
  `cid_parser_regex` VARCHAR(255) COMMENT 'Regular expression for CallerID parsing from custom header (optional)',
  `did_source` VARCHAR(255) DEFAULT 'default' COMMENT 'Source for DID extraction (default, to, diversion, custom)',
  `did_custom_header` VARCHAR(255) COMMENT 'Custom header name for DID extraction when did_source is ''custom''',
  `did_parser_start` VARCHAR(255) COMMENT 'Start delimiter for DID parsing from custom header',
  `did_parser_end` VARCHAR(255) COMMENT 'End delimiter for DID parsing from custom header',
  `did_parser_regex` VARCHAR(255) COMMENT 'Regular expression for DID parsing from custom header (optional)',
  `cid_did_debug` VARCHAR(1) DEFAULT '0' COMMENT 'Debug mode for CallerID/DID processing (0 = disabled, 1 = enabled)',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_SipHosts (
  `id` INT NOT NULL AUTO_INCREMENT,
  `provider_id` VARCHAR(255) COMMENT 'Link to the record of the associated SIP provider',
  `address` VARCHAR(255) COMMENT 'IP address of the host associated with the SIP provider',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_SoundFiles (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) COMMENT 'Human-readable name for the sound file displayed in the interface',
  `path` VARCHAR(255) COMMENT 'Path to the sound file',
  `category` VARCHAR(255) COMMENT 'Category of the sound file, either "moh" for music on hold or "custom" for a custom file',
  `description` VARCHAR(255) COMMENT 'Optional description of the sound file',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_Storage (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) COMMENT 'Name of the mounted storage disk',
  `device` VARCHAR(255) COMMENT 'Link to the system device for storing data',
  `uniqid` VARCHAR(255) COMMENT 'Unique identifier of the storage device',
  `filesystemtype` VARCHAR(255) COMMENT 'File system type',
  `media` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE m_StorageSettings (
  `id` INT NOT NULL AUTO_INCREMENT,
  `s3_enabled` INT NOT NULL DEFAULT 0 COMMENT 'Enable S3 storage (0=disabled, 1=enabled)',
  `s3_endpoint` VARCHAR(255) COMMENT 'S3 endpoint URL Examples: - AWS: https://s3.amazonaws.com - MinIO: http://minio:9000 - Wasabi: https://s3.wasabisys.com',
  `s3_region` VARCHAR(255) COMMENT 'S3 region Default: us-east-1',
  `s3_bucket` VARCHAR(255) COMMENT 'S3 bucket name for recordings Example: mikopbx-recordings',
  `s3_access_key` VARCHAR(255) COMMENT 'S3 access key',
  `s3_secret_key` VARCHAR(255) COMMENT 'S3 secret key (stored in plain text following MikoPBX patterns) Use getSecretKey() to retrieve value',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_UserPasskeys (
  `id` INT NOT NULL AUTO_INCREMENT,
  `login` VARCHAR(255) NOT NULL COMMENT 'Login string (admin login or module-provided login) This is NOT a foreign key - supports both admin and module users',
  `credential_id` VARCHAR(255) NOT NULL COMMENT 'WebAuthn credential ID (base64url encoded) Unique identifier for this passkey',
  `public_key` VARCHAR(255) NOT NULL COMMENT 'Public key data (base64 encoded COSE_key format) Used to verify authentication assertions',
  `counter` INT NOT NULL COMMENT 'Signature counter for replay attack prevention Must increment with each authentication',
  `aaguid` VARCHAR(255) COMMENT 'AAGUID (Authenticator Attestation GUID) Identifies the type of authenticator',
  `name` VARCHAR(255) NOT NULL COMMENT 'User-friendly name for this passkey e.g., "iPhone 15", "YubiKey 5", "Windows Hello"',
  `created_at` VARCHAR(255) NOT NULL COMMENT 'Timestamp when passkey was registered',
  `last_used_at` VARCHAR(255) COMMENT 'Timestamp of last successful authentication',
  PRIMARY KEY (`id`)
);

CREATE TABLE m_Users (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) COMMENT 'User''s email address',
  `username` VARCHAR(255) COMMENT 'User''s username',
  `language` VARCHAR(255) COMMENT 'User''s preferred language',
  `avatar` VARCHAR(255) COMMENT 'User''s avatar image path',
  PRIMARY KEY (`id`)
);
