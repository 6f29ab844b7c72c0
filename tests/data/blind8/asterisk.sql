-- Asterisk (open-source PBX / VoIP switch run by telephone operators, businesses and call centres), realtime
-- configuration, CDR, CEL, queue-log and voicemail-storage database: PJSIP endpoints, authentication credentials,
-- address-of-record settings and registered contacts (devices: contact URI, user agent, Via address, expiry),
-- endpoint identification by IP, outbound registrations and publications, persisted subscriptions; legacy chan_sip
-- peers (sippeers) and IAX2 peers (iaxfriends) with their registration state; voicemail boxes and voicemail messages
-- stored in the database (ODBC_STORAGE); MeetMe conference bookings; music-on-hold classes; the dialplan
-- (extensions); call queues, queue members and penalty rules; the queue log; call detail records (cdr) and channel
-- event logging (cel).
--
-- Upstream: github.com/asterisk/asterisk, tag 23.5.0-rc1, commit c8e65c63cd2ccf48baf6e0c6c3109d02f75b2525
-- (2026-08-07), GPL-2.0 (Asterisk's LICENSE, with Sangoma's alternative licences).
-- Files: contrib/realtime/mysql/mysql_config.sql, mysql_cdr.sql, mysql_voicemail.sql and mysql_queue_log.sql —
-- the MySQL rendering (alembic offline mode) of the Alembic migrations in contrib/ast-db-manage/{config,cdr,
-- voicemail,queue_log}/versions/*.py that the release tarballs carry. Those files are a sequence of CREATE TABLE
-- and ALTER TABLE (ADD / DROP / MODIFY COLUMN) statements; they were replayed in MariaDB 10.11 and every table is
-- written here in its final state (column order, types, NOT NULL, AUTO_INCREMENT as after the last migration),
-- in upstream's spelling (VARCHAR, INTEGER, ENUM(...), NUMERIC). The cel table is not part of the Alembic
-- scripts: it is the table structure documented in cel/cel_tds.c (T-SQL, written here as MySQL with the same names
-- and sizes). Upstream has no column comments and no DEFAULTs. The four Alembic branches each keep their own
-- alembic_version table; it is written once.
--
-- Kept: upstream's PRIMARY KEY and UNIQUE constraints (ps_contacts_uq) and its one foreign key
-- (musiconhold_entry.name -> musiconhold). Left out: the non-unique indexes (CREATE INDEX ...), the INSERT/UPDATE
-- of alembic_version, the table ps_systems (17 global SIP stack settings), and, to stay within the exam's size,
-- these option columns of five configuration-heavy tables:
--   ps_endpoints (47 of 147 kept): connected_line_method, direct_media_method, direct_media_glare_mitigation,
--     disable_direct_media_on_nat, external_media_address, force_rport, ice_support, rtp_ipv6, send_diversion,
--     send_rpid, timers_min_se, timers, timers_sess_expires, 100rel, aggregate_mwi, trust_id_inbound,
--     trust_id_outbound, use_ptime, use_avpf, inband_progress, fax_detect, t38_udptl*, rtp_engine, allow_transfer,
--     sdp_owner, sdp_session, tos_*, cos_*, sub_min_expiry, mwi_from_user, dtls_*, srtp_tag_32, redirect_method,
--     force_avp, media_use_received_transport, user_eq_phone, moh_passthrough, media_encryption_optimistic,
--     rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address,
--     mwi_subscribe_replaces_unsolicited, acl, contact_deny, contact_permit, contact_acl, fax_detect_timeout,
--     preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress,
--     notify_early_inuse_ringing, max_audio_streams, max_video_streams, bundle, follow_early_media_fork,
--     accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line,
--     ignore_183_without_sdp, codec_prefs_*, stir_shaken, send_history_info, allow_unauthenticated_options,
--     geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref,
--     outgoing_call_offer_pref, security_negotiation, security_mechanisms, send_aoc, overlap_context,
--     suppress_moh_on_sendonly, follow_redirect_methods, rtp_port_start, rtp_port_end;
--   sippeers (45 of 89 kept): trustrpid, progressinband, promiscredir, useclientcode, callcounter, busylevel,
--     allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, session-timers,
--     session-expires, session-minse, session-refresher, t38pt_usertpsource, qualify, rtptimeout, rtpholdtimeout,
--     sendrpid, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny,
--     usereqphone, textsupport, faxdetect, buggymwi, trunkname, mohinterpret, mohsuggest, parkinglot,
--     subscribemwi, vmexten, autoframing, rtpkeepalive, g726nonstandard, ignoresdpversion, allowtransfer, dynamic,
--     supportpath;
--   iaxfriends (36 of 46 kept): regcontext, mask, sendani, jitterbuffer, forcejitterbuffer, codecpriority,
--     qualifysmoothing, qualifyfreqok, qualifyfreqnotok, adsi;
--   queues (25 of 56 kept): setqueuevar, setqueueentryvar, membermacro, the queue_* sound-file names,
--     announce_to_first_user, min_announce_frequency, announce_round_seconds, announce_position_limit,
--     periodic_announce_frequency, relative_periodic_announce, random_periodic_announce, penaltymemberslimit,
--     autofill, monitor_type, autopausedelay, autopausebusy, autopauseunavail, memberdelay, timeoutrestart,
--     timeoutpriority;
--   ps_transports (13 of 28 kept) and ps_globals (9 of 29 kept): TLS, TCP keep-alive, QoS, task-processor and
--     other stack tuning options.

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    PRIMARY KEY (version_num)
);

CREATE TABLE ps_transports (
    id VARCHAR(40) NOT NULL,
    bind VARCHAR(40),
    cert_file VARCHAR(200),
    domain VARCHAR(40),
    external_media_address VARCHAR(40),
    external_signaling_address VARCHAR(40),
    external_signaling_port INTEGER,
    method ENUM('default','unspecified','tlsv1','tlsv1_1','tlsv1_2','tlsv1_3','sslv2','sslv23','sslv3'),
    local_net VARCHAR(40),
    `password` VARCHAR(40),
    priv_key_file VARCHAR(200),
    protocol ENUM('udp','tcp','tls','ws','wss','flow'),
    verify_client ENUM('0','1','off','on','false','true','no','yes'),
    UNIQUE (id)
);

CREATE TABLE ps_globals (
    id VARCHAR(40) NOT NULL,
    max_forwards INTEGER,
    user_agent VARCHAR(255),
    default_outbound_endpoint VARCHAR(40),
    endpoint_identifier_order VARCHAR(40),
    default_from_user VARCHAR(80),
    keep_alive_interval INTEGER,
    default_voicemail_extension VARCHAR(40),
    default_realm VARCHAR(40),
    UNIQUE (id)
);

CREATE TABLE ps_domain_aliases (
    id VARCHAR(255) NOT NULL,
    domain VARCHAR(255),
    UNIQUE (id)
);

CREATE TABLE ps_endpoints (
    id VARCHAR(255) NOT NULL,
    transport VARCHAR(40),
    aors VARCHAR(2048),
    auth VARCHAR(255),
    context VARCHAR(40),
    disallow VARCHAR(200),
    allow VARCHAR(200),
    direct_media ENUM('0','1','off','on','false','true','no','yes'),
    dtmf_mode ENUM('rfc4733','inband','info','auto','auto_info'),
    identify_by VARCHAR(80),
    mailboxes VARCHAR(40),
    moh_suggest VARCHAR(40),
    outbound_auth VARCHAR(255),
    outbound_proxy VARCHAR(255),
    rewrite_contact ENUM('0','1','off','on','false','true','no','yes'),
    rtp_symmetric ENUM('0','1','off','on','false','true','no','yes'),
    send_pai ENUM('0','1','off','on','false','true','no','yes'),
    callerid VARCHAR(40),
    callerid_privacy ENUM('allowed_not_screened','allowed_passed_screened','allowed_failed_screened','allowed','prohib_not_screened','prohib_passed_screened','prohib_failed_screened','prohib','unavailable'),
    callerid_tag VARCHAR(40),
    media_encryption ENUM('no','sdes','dtls'),
    call_group VARCHAR(40),
    pickup_group VARCHAR(40),
    named_call_group VARCHAR(40),
    named_pickup_group VARCHAR(40),
    device_state_busy_at INTEGER,
    tone_zone VARCHAR(40),
    language VARCHAR(40),
    one_touch_recording ENUM('0','1','off','on','false','true','no','yes'),
    record_on_feature VARCHAR(40),
    record_off_feature VARCHAR(40),
    allow_subscribe ENUM('0','1','off','on','false','true','no','yes'),
    from_domain VARCHAR(40),
    from_user VARCHAR(40),
    media_address VARCHAR(40),
    set_var TEXT,
    message_context VARCHAR(40),
    accountcode VARCHAR(80),
    voicemail_extension VARCHAR(40),
    deny VARCHAR(95),
    permit VARCHAR(95),
    subscribe_context VARCHAR(40),
    contact_user VARCHAR(80),
    webrtc ENUM('0','1','off','on','false','true','no','yes'),
    incoming_mwi_mailbox VARCHAR(40),
    stir_shaken_profile VARCHAR(80),
    tenantid VARCHAR(80),
    UNIQUE (id)
);

CREATE TABLE ps_auths (
    id VARCHAR(255) NOT NULL,
    auth_type ENUM('md5','userpass','google_oauth'),
    nonce_lifetime INTEGER,
    md5_cred VARCHAR(40),
    `password` VARCHAR(80),
    realm VARCHAR(255),
    username VARCHAR(40),
    refresh_token VARCHAR(255),
    oauth_clientid VARCHAR(255),
    oauth_secret VARCHAR(255),
    password_digest VARCHAR(1024),
    supported_algorithms_uas VARCHAR(1024),
    supported_algorithms_uac VARCHAR(1024),
    UNIQUE (id)
);

CREATE TABLE ps_aors (
    id VARCHAR(255) NOT NULL,
    contact VARCHAR(255),
    default_expiration INTEGER,
    mailboxes VARCHAR(80),
    max_contacts INTEGER,
    minimum_expiration INTEGER,
    remove_existing ENUM('0','1','off','on','false','true','no','yes'),
    qualify_frequency INTEGER,
    authenticate_qualify ENUM('0','1','off','on','false','true','no','yes'),
    maximum_expiration INTEGER,
    outbound_proxy VARCHAR(255),
    support_path ENUM('0','1','off','on','false','true','no','yes'),
    qualify_timeout FLOAT,
    voicemail_extension VARCHAR(40),
    remove_unavailable ENUM('0','1','off','on','false','true','no','yes'),
    qualify_2xx_only ENUM('0','1','off','on','false','true','no','yes'),
    UNIQUE (id)
);

CREATE TABLE ps_contacts (
    id VARCHAR(255),
    uri VARCHAR(511),
    expiration_time BIGINT,
    qualify_frequency INTEGER,
    outbound_proxy VARCHAR(255),
    `path` TEXT,
    user_agent VARCHAR(255),
    qualify_timeout FLOAT,
    reg_server VARCHAR(255),
    authenticate_qualify ENUM('0','1','off','on','false','true','no','yes'),
    via_addr VARCHAR(40),
    via_port INTEGER,
    call_id VARCHAR(255),
    endpoint VARCHAR(255),
    prune_on_boot ENUM('0','1','off','on','false','true','no','yes'),
    qualify_2xx_only ENUM('0','1','off','on','false','true','no','yes'),
    UNIQUE (id),
    CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
);

CREATE TABLE ps_endpoint_id_ips (
    id VARCHAR(255) NOT NULL,
    endpoint VARCHAR(255),
    `match` VARCHAR(80),
    srv_lookups ENUM('0','1','off','on','false','true','no','yes'),
    match_header VARCHAR(255),
    match_request_uri VARCHAR(255),
    UNIQUE (id)
);

CREATE TABLE ps_registrations (
    id VARCHAR(255) NOT NULL,
    auth_rejection_permanent ENUM('0','1','off','on','false','true','no','yes'),
    client_uri VARCHAR(255),
    contact_user VARCHAR(40),
    expiration INTEGER,
    max_retries INTEGER,
    outbound_auth VARCHAR(255),
    outbound_proxy VARCHAR(255),
    retry_interval INTEGER,
    forbidden_retry_interval INTEGER,
    server_uri VARCHAR(255),
    transport VARCHAR(40),
    support_path ENUM('0','1','off','on','false','true','no','yes'),
    fatal_retry_interval INTEGER,
    line ENUM('0','1','off','on','false','true','no','yes'),
    endpoint VARCHAR(255),
    support_outbound ENUM('0','1','off','on','false','true','no','yes'),
    contact_header_params VARCHAR(255),
    max_random_initial_delay INTEGER,
    security_negotiation ENUM('no','mediasec'),
    security_mechanisms VARCHAR(512),
    user_agent VARCHAR(255),
    UNIQUE (id)
);

CREATE TABLE ps_outbound_publishes (
    id VARCHAR(255) NOT NULL,
    expiration INTEGER,
    outbound_auth VARCHAR(255),
    outbound_proxy VARCHAR(256),
    server_uri VARCHAR(256),
    from_uri VARCHAR(256),
    to_uri VARCHAR(256),
    `event` VARCHAR(40),
    max_auth_attempts INTEGER,
    transport VARCHAR(40),
    multi_user ENUM('0','1','off','on','false','true','no','yes'),
    `@body` VARCHAR(40),
    `@context` VARCHAR(256),
    `@exten` VARCHAR(256),
    UNIQUE (id)
);

CREATE TABLE ps_inbound_publications (
    id VARCHAR(255) NOT NULL,
    endpoint VARCHAR(255),
    `event_asterisk-devicestate` VARCHAR(40),
    `event_asterisk-mwi` VARCHAR(40),
    UNIQUE (id)
);

CREATE TABLE ps_asterisk_publications (
    id VARCHAR(40) NOT NULL,
    devicestate_publish VARCHAR(40),
    mailboxstate_publish VARCHAR(40),
    device_state ENUM('0','1','off','on','false','true','no','yes'),
    device_state_filter VARCHAR(256),
    mailbox_state ENUM('0','1','off','on','false','true','no','yes'),
    mailbox_state_filter VARCHAR(256),
    UNIQUE (id)
);

CREATE TABLE ps_resource_list (
    id VARCHAR(40) NOT NULL,
    list_item VARCHAR(2048),
    `event` VARCHAR(40),
    full_state ENUM('0','1','off','on','false','true','no','yes'),
    notification_batch_interval INTEGER,
    resource_display_name ENUM('0','1','off','on','false','true','no','yes'),
    UNIQUE (id)
);

CREATE TABLE ps_subscription_persistence (
    id VARCHAR(40) NOT NULL,
    packet VARCHAR(2048),
    src_name VARCHAR(128),
    src_port INTEGER,
    transport_key VARCHAR(64),
    local_name VARCHAR(128),
    local_port INTEGER,
    cseq INTEGER,
    tag VARCHAR(128),
    endpoint VARCHAR(40),
    expires INTEGER,
    contact_uri VARCHAR(256),
    prune_on_boot ENUM('0','1','off','on','false','true','no','yes'),
    generator_data TEXT,
    UNIQUE (id)
);

CREATE TABLE stir_tn (
    id VARCHAR(80) NOT NULL,
    private_key_file VARCHAR(1024),
    public_cert_url VARCHAR(1024),
    attest_level VARCHAR(1),
    send_mky ENUM('0','1','off','on','false','true','no','yes'),
    PRIMARY KEY (id)
);

CREATE TABLE sippeers (
    id INTEGER NOT NULL AUTO_INCREMENT,
    name VARCHAR(40) NOT NULL,
    ipaddr VARCHAR(45),
    port INTEGER,
    regseconds INTEGER,
    defaultuser VARCHAR(40),
    fullcontact VARCHAR(80),
    regserver VARCHAR(20),
    useragent VARCHAR(255),
    lastms INTEGER,
    host VARCHAR(40),
    type ENUM('friend','user','peer'),
    context VARCHAR(40),
    permit VARCHAR(95),
    deny VARCHAR(95),
    secret VARCHAR(40),
    md5secret VARCHAR(40),
    remotesecret VARCHAR(40),
    transport ENUM('udp','tcp','tls','ws','wss','udp,tcp','tcp,udp'),
    dtmfmode ENUM('rfc2833','info','shortinfo','inband','auto'),
    directmedia ENUM('yes','no','nonat','update','outgoing'),
    nat VARCHAR(29),
    callgroup VARCHAR(40),
    pickupgroup VARCHAR(40),
    language VARCHAR(40),
    disallow VARCHAR(200),
    allow VARCHAR(200),
    insecure VARCHAR(40),
    accountcode VARCHAR(80),
    setvar VARCHAR(200),
    callerid VARCHAR(40),
    amaflags VARCHAR(40),
    mailbox VARCHAR(40),
    regexten VARCHAR(40),
    fromdomain VARCHAR(40),
    fromuser VARCHAR(40),
    defaultip VARCHAR(45),
    outboundproxy VARCHAR(40),
    auth VARCHAR(40),
    fullname VARCHAR(40),
    cid_number VARCHAR(40),
    callingpres ENUM('allowed_not_screened','allowed_passed_screen','allowed_failed_screen','allowed','prohib_not_screened','prohib_passed_screen','prohib_failed_screen','prohib'),
    hasvoicemail ENUM('yes','no'),
    `call-limit` INTEGER,
    `path` VARCHAR(256),
    PRIMARY KEY (id),
    UNIQUE (name)
);

CREATE TABLE iaxfriends (
    id INTEGER NOT NULL AUTO_INCREMENT,
    name VARCHAR(40) NOT NULL,
    type ENUM('friend','user','peer'),
    username VARCHAR(40),
    mailbox VARCHAR(40),
    secret VARCHAR(40),
    dbsecret VARCHAR(40),
    context VARCHAR(40),
    host VARCHAR(40),
    ipaddr VARCHAR(40),
    port INTEGER,
    defaultip VARCHAR(20),
    sourceaddress VARCHAR(20),
    regexten VARCHAR(40),
    regseconds INTEGER,
    accountcode VARCHAR(80),
    mohinterpret VARCHAR(20),
    mohsuggest VARCHAR(20),
    inkeys VARCHAR(40),
    outkeys VARCHAR(40),
    language VARCHAR(10),
    callerid VARCHAR(100),
    cid_number VARCHAR(40),
    fullname VARCHAR(40),
    trunk ENUM('yes','no'),
    auth VARCHAR(20),
    maxauthreq INTEGER,
    requirecalltoken ENUM('yes','no','auto'),
    encryption ENUM('yes','no','aes128'),
    transfer ENUM('yes','no','mediaonly'),
    disallow VARCHAR(200),
    allow VARCHAR(200),
    qualify VARCHAR(10),
    timezone VARCHAR(20),
    amaflags VARCHAR(20),
    setvar VARCHAR(200),
    PRIMARY KEY (id),
    UNIQUE (name)
);

CREATE TABLE voicemail (
    uniqueid INTEGER NOT NULL AUTO_INCREMENT,
    context VARCHAR(80) NOT NULL,
    mailbox VARCHAR(80) NOT NULL,
    `password` VARCHAR(80) NOT NULL,
    fullname VARCHAR(80),
    alias VARCHAR(80),
    email VARCHAR(80),
    pager VARCHAR(80),
    attach ENUM('yes','no'),
    attachfmt VARCHAR(10),
    serveremail VARCHAR(80),
    language VARCHAR(20),
    tz VARCHAR(30),
    deletevoicemail ENUM('yes','no'),
    saycid ENUM('yes','no'),
    sendvoicemail ENUM('yes','no'),
    review ENUM('yes','no'),
    tempgreetwarn ENUM('yes','no'),
    operator ENUM('yes','no'),
    envelope ENUM('yes','no'),
    sayduration INTEGER,
    forcename ENUM('yes','no'),
    forcegreetings ENUM('yes','no'),
    callback VARCHAR(80),
    dialout VARCHAR(80),
    exitcontext VARCHAR(80),
    maxmsg INTEGER,
    volgain NUMERIC(5, 2),
    imapuser VARCHAR(80),
    imappassword VARCHAR(80),
    imapserver VARCHAR(80),
    imapport VARCHAR(8),
    imapflags VARCHAR(80),
    stamp DATETIME,
    PRIMARY KEY (uniqueid)
);

CREATE TABLE voicemail_messages (
    dir VARCHAR(255) NOT NULL,
    msgnum INTEGER NOT NULL,
    context VARCHAR(80),
    callerid VARCHAR(80),
    origtime INTEGER,
    duration INTEGER,
    recording LONGBLOB,
    flag VARCHAR(30),
    category VARCHAR(30),
    mailboxuser VARCHAR(30),
    mailboxcontext VARCHAR(30),
    msg_id VARCHAR(40),
    PRIMARY KEY (dir, msgnum)
);

CREATE TABLE meetme (
    bookid INTEGER NOT NULL AUTO_INCREMENT,
    confno VARCHAR(80) NOT NULL,
    starttime DATETIME,
    endtime DATETIME,
    pin VARCHAR(20),
    adminpin VARCHAR(20),
    opts VARCHAR(20),
    adminopts VARCHAR(20),
    recordingfilename VARCHAR(80),
    recordingformat VARCHAR(10),
    maxusers INTEGER,
    members INTEGER NOT NULL,
    PRIMARY KEY (bookid)
);

CREATE TABLE musiconhold (
    name VARCHAR(80) NOT NULL,
    mode ENUM('custom','files','mp3nb','quietmp3nb','quietmp3','playlist'),
    directory VARCHAR(255),
    application VARCHAR(255),
    digit VARCHAR(1),
    sort VARCHAR(10),
    format VARCHAR(10),
    stamp DATETIME,
    loop_last ENUM('yes','no'),
    PRIMARY KEY (name)
);

CREATE TABLE musiconhold_entry (
    name VARCHAR(80) NOT NULL,
    position INTEGER NOT NULL,
    entry VARCHAR(1024) NOT NULL,
    PRIMARY KEY (name, position),
    CONSTRAINT fk_musiconhold_entry_name_musiconhold FOREIGN KEY(name) REFERENCES musiconhold (name)
);

CREATE TABLE extensions (
    id BIGINT NOT NULL AUTO_INCREMENT,
    context VARCHAR(40) NOT NULL,
    exten VARCHAR(40) NOT NULL,
    priority INTEGER NOT NULL,
    app VARCHAR(40) NOT NULL,
    appdata VARCHAR(256) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (context, exten, priority),
    UNIQUE (id)
);

CREATE TABLE queues (
    name VARCHAR(128) NOT NULL,
    musiconhold VARCHAR(128),
    announce VARCHAR(128),
    context VARCHAR(128),
    timeout INTEGER,
    ringinuse ENUM('yes','no'),
    setinterfacevar ENUM('yes','no'),
    monitor_format VARCHAR(8),
    membergosub VARCHAR(512),
    announce_frequency INTEGER,
    announce_holdtime VARCHAR(128),
    announce_position VARCHAR(128),
    periodic_announce VARCHAR(50),
    retry INTEGER,
    wrapuptime INTEGER,
    autopause ENUM('yes','no','all'),
    maxlen INTEGER,
    servicelevel INTEGER,
    strategy ENUM('ringall','leastrecent','fewestcalls','random','rrmemory','linear','wrandom','rrordered'),
    joinempty VARCHAR(128),
    leavewhenempty VARCHAR(128),
    reportholdtime ENUM('yes','no'),
    weight INTEGER,
    defaultrule VARCHAR(128),
    log_restricted_caller_id ENUM('0','1','off','on','false','true','no','yes'),
    PRIMARY KEY (name)
);

CREATE TABLE queue_members (
    queue_name VARCHAR(80) NOT NULL,
    interface VARCHAR(80) NOT NULL,
    membername VARCHAR(80),
    state_interface VARCHAR(80),
    penalty INTEGER,
    paused INTEGER,
    uniqueid INTEGER NOT NULL AUTO_INCREMENT,
    wrapuptime INTEGER,
    ringinuse ENUM('0','1','off','on','false','true','no','yes'),
    reason_paused VARCHAR(80),
    PRIMARY KEY (queue_name, interface),
    UNIQUE (uniqueid)
);

CREATE TABLE queue_rules (
    rule_name VARCHAR(80) NOT NULL,
    `time` VARCHAR(32) NOT NULL,
    min_penalty VARCHAR(32) NOT NULL,
    max_penalty VARCHAR(32) NOT NULL
);

CREATE TABLE queue_log (
    id BIGINT NOT NULL AUTO_INCREMENT,
    `time` DATETIME,
    callid VARCHAR(80),
    queuename VARCHAR(256),
    agent VARCHAR(80),
    `event` VARCHAR(32),
    data1 VARCHAR(100),
    data2 VARCHAR(100),
    data3 VARCHAR(100),
    data4 VARCHAR(100),
    data5 VARCHAR(100),
    PRIMARY KEY (id),
    UNIQUE (id)
);

CREATE TABLE cdr (
    accountcode VARCHAR(80),
    src VARCHAR(80),
    dst VARCHAR(80),
    dcontext VARCHAR(80),
    clid VARCHAR(80),
    channel VARCHAR(80),
    dstchannel VARCHAR(80),
    lastapp VARCHAR(80),
    lastdata VARCHAR(80),
    `start` DATETIME,
    answer DATETIME,
    `end` DATETIME,
    duration INTEGER,
    billsec INTEGER,
    disposition VARCHAR(45),
    amaflags VARCHAR(45),
    userfield VARCHAR(256),
    uniqueid VARCHAR(150),
    linkedid VARCHAR(150),
    peeraccount VARCHAR(80),
    sequence INTEGER
);

CREATE TABLE cel (
    accountcode VARCHAR(20),
    cidname VARCHAR(80),
    cidnum VARCHAR(80),
    cidani VARCHAR(80),
    cidrdnis VARCHAR(80),
    ciddnid VARCHAR(80),
    exten VARCHAR(80),
    context VARCHAR(80),
    channame VARCHAR(80),
    appname VARCHAR(80),
    appdata VARCHAR(80),
    eventtime DATETIME,
    eventtype VARCHAR(32),
    uniqueid VARCHAR(32),
    linkedid VARCHAR(32),
    amaflags VARCHAR(16),
    userfield VARCHAR(32),
    peer VARCHAR(32)
);
