-- Sympa (mailing list manager): the whole core database schema, MySQL flavour.
-- Upstream: github.com/sympa-community/sympa src/lib/Sympa/DatabaseDescription.pm, commit 1d59e9a4 (GPL-2.0-or-later).
-- Rendered from %full_db_struct with the lengths of src/lib/Sympa/Constants.pm.in (EMAIL_LEN 100, LIST_LEN 50,
-- ROBOT_LEN 80, FAMILY_LEN 50, DISPNAME_LEN 150) and the %indexes of the same file; column and table COMMENTs are
-- upstream's 'doc' strings. Sympa's MySQL driver (Sympa::DatabaseDriver::MySQL) creates the tables with
-- DEFAULT CHARACTER SET utf8 and the 'struct' types as they stand.

CREATE TABLE `subscriber_table` (
  `user_subscriber` varchar(100) NOT NULL COMMENT 'email of subscriber',
  `list_subscriber` varchar(50) NOT NULL COMMENT 'list name of a subscription',
  `robot_subscriber` varchar(80) NOT NULL COMMENT 'robot (domain) of the list',
  `reception_subscriber` varchar(20) COMMENT 'reception format option of subscriber (digest, summary, etc.)',
  `suspend_subscriber` int(1) COMMENT 'boolean set to 1 if subscription is suspended',
  `suspend_start_date_subscriber` int(11) COMMENT 'the Unix time when message reception was suspended',
  `suspend_end_date_subscriber` int(11) COMMENT 'the Unix time when message reception should be restored',
  `bounce_subscriber` varchar(35) COMMENT 'unix time of first bounce / unix time of last bounce / nb of bounces / error code',
  `bounce_score_subscriber` smallint(6) COMMENT 'bounce score for this subscriber',
  `bounce_address_subscriber` varchar(100) COMMENT 'VERP bounce address',
  `date_epoch_subscriber` int(11) NOT NULL COMMENT 'date of subscription',
  `update_epoch_subscriber` int(11) COMMENT 'last time subscription was confirmed by subscriber',
  `inclusion_subscriber` int(11) COMMENT 'last time subscribers'' list was synchronized with data source',
  `inclusion_ext_subscriber` int(11) COMMENT 'last time subscribers'' list was synchronized with external data source',
  `inclusion_label_subscriber` varchar(50) COMMENT 'name of data source',
  `comment_subscriber` varchar(150) COMMENT 'display name of subscriber',
  `number_messages_subscriber` int(5) NOT NULL COMMENT 'the number of messages the subscriber sent',
  `visibility_subscriber` varchar(20) COMMENT 'visibility of subscriber in list review page',
  `topics_subscriber` varchar(200) COMMENT 'topic subscription specification',
  `subscribed_subscriber` int(1) COMMENT 'boolean set to 1 if subscriber comes from ADD or SUB',
  `custom_attribute_subscriber` text COMMENT 'custom attribute(s) of subscriber',
  PRIMARY KEY (`user_subscriber`, `list_subscriber`, `robot_subscriber`),
  KEY `subscriber_user_index` (`user_subscriber`)
) DEFAULT CHARACTER SET utf8 COMMENT='This table stores subscription, subscription options, etc...';

CREATE TABLE `user_table` (
  `email_user` varchar(100) NOT NULL COMMENT 'email of user',
  `password_user` varchar(64) COMMENT 'password are stored as finger print',
  `gecos_user` varchar(150) COMMENT 'display name of user',
  `last_login_date_user` int(11) COMMENT 'Unix time of last login, printed in login result for security purpose',
  `last_login_host_user` varchar(60) COMMENT 'host of last login, printed in login result for security purpose',
  `wrong_login_count_user` int(11) COMMENT 'login attempt count, used to prevent brute force attack',
  `last_active_date_user` int(11) COMMENT 'the last Unix time when this user was confirmed their activity by purge_user_table task',
  `cookie_delay_user` int(11) COMMENT 'user cookie max age in minutes (0 is session)',
  `lang_user` varchar(10) COMMENT 'user language preference',
  `attributes_user` text COMMENT 'user custom attributes',
  `data_user` text COMMENT 'user misc WUI preferences',
  PRIMARY KEY (`email_user`)
) DEFAULT CHARACTER SET utf8 COMMENT='The user_table is mainly used to manage login from web interface. A subscriber may not appear in the user_table if they never log through the web interface.';

CREATE TABLE `inclusion_table` (
  `target_inclusion` varchar(131) NOT NULL COMMENT 'list ID of including list',
  `role_inclusion` enum('member','owner','editor') NOT NULL COMMENT 'role of included user',
  `source_inclusion` varchar(131) NOT NULL COMMENT 'list ID of included list',
  `update_epoch_inclusion` int(11) COMMENT 'the date this entry was created or updated',
  PRIMARY KEY (`target_inclusion`, `role_inclusion`, `source_inclusion`)
) DEFAULT CHARACTER SET utf8 COMMENT='Inclusion table is used in order to manage lists included from / including subscribers of other lists.';

CREATE TABLE `exclusion_table` (
  `list_exclusion` varchar(57) NOT NULL COMMENT 'name of the list',
  `robot_exclusion` varchar(80) NOT NULL COMMENT 'robot (domain) of the list',
  `user_exclusion` varchar(100) NOT NULL COMMENT 'excluded subscriber email address',
  `family_exclusion` varchar(50) NOT NULL COMMENT 'family of the list',
  `date_exclusion` int(11) COMMENT 'the date this entry was created or updated',
  PRIMARY KEY (`list_exclusion`, `robot_exclusion`, `user_exclusion`, `family_exclusion`)
) DEFAULT CHARACTER SET utf8 COMMENT='Exclusion table is used in order to manage unsubscription for subscriber included from an external data source.';

CREATE TABLE `session_table` (
  `id_session` varchar(30) NOT NULL COMMENT 'the identifier of the database record',
  `prev_id_session` varchar(30) COMMENT 'previous identifier of the database record',
  `start_date_session` int(11) NOT NULL COMMENT 'the date when the session was created',
  `date_session` int(11) NOT NULL COMMENT 'Unix time of the last use of this session. It is used in order to expire old sessions',
  `refresh_date_session` int(11) COMMENT 'Unix time of the last refresh of this session. It is used in order to refresh available sessions',
  `remote_addr_session` varchar(60) COMMENT 'the IP address of the computer from which the session was created',
  `robot_session` varchar(80) COMMENT 'the virtual host in which the session was created',
  `email_session` varchar(100) COMMENT 'the email associated to this session',
  `hit_session` int(11) COMMENT 'the number of hit performed during this session. Used to detect crawlers',
  `data_session` text COMMENT 'parameters attached to this session that don''t have a dedicated column in the database',
  PRIMARY KEY (`id_session`),
  KEY `session_prev_id_index` (`prev_id_session`)
) DEFAULT CHARACTER SET utf8 COMMENT='Management of HTTP session.';

CREATE TABLE `one_time_ticket_table` (
  `ticket_one_time_ticket` varchar(30) NOT NULL COMMENT 'random value of the one time ticket',
  `email_one_time_ticket` varchar(100) COMMENT 'email associated with one time ticket',
  `robot_one_time_ticket` varchar(80) COMMENT 'robot (domain) of the one time ticket',
  `date_one_time_ticket` int(11) COMMENT 'the date this entry was created or updated',
  `data_one_time_ticket` varchar(200) COMMENT 'data associated with one time ticket',
  `remote_addr_one_time_ticket` varchar(60) COMMENT 'Remote address associated with one time ticket',
  `status_one_time_ticket` varchar(60) COMMENT 'status of one time ticket',
  PRIMARY KEY (`ticket_one_time_ticket`)
) DEFAULT CHARACTER SET utf8 COMMENT='One time ticket are random value used for authentication challenge. A ticket is associated with a context which look like a session.';

CREATE TABLE `notification_table` (
  `pk_notification` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'autoincrement key',
  `message_id_notification` varchar(100) COMMENT 'initial message-id. This field is used to search DSN and MDN related to a particular message',
  `recipient_notification` varchar(100) COMMENT 'email address of recipient for which a DSN or MDN was received',
  `reception_option_notification` varchar(20) COMMENT 'the subscription option of the subscriber when the related message was sent to the list. Useful because some recipient may have option such as //digest// or //nomail//',
  `status_notification` varchar(100) COMMENT 'value of notification',
  `arrival_date_notification` varchar(80) COMMENT 'reception date of latest DSN or MDN',
  `arrival_epoch_notification` int(11) COMMENT 'reception date of latest DSN or MDN',
  `type_notification` enum('DSN', 'MDN') COMMENT 'type of the notification (DSN or MDN)',
  `list_notification` varchar(50) COMMENT 'the listname the message was issued for',
  `robot_notification` varchar(80) COMMENT 'the robot the message is related to',
  `date_notification` int(11) NOT NULL COMMENT 'the date this entry was created or updated',
  PRIMARY KEY (`pk_notification`)
) DEFAULT CHARACTER SET utf8 COMMENT='Used for message tracking feature. If the list is configured for tracking, outgoing messages include a delivery status notification request and optionally a message disposition notification request. When DSN and MDN are received by Sympa, they are stored in this table in relation with the related list and message ID.';

CREATE TABLE `logs_table` (
  `user_email_logs` varchar(100) COMMENT 'e-mail address of the message sender or email of identified web interface user (or soap user)',
  `date_logs` int(11) NOT NULL COMMENT 'date when the action was executed',
  `usec_logs` int(6) COMMENT 'subsecond in microsecond when the action was executed',
  `robot_logs` varchar(80) COMMENT 'name of the robot in which context the action was executed',
  `list_logs` varchar(50) COMMENT 'name of the mailing-list in which context the action was executed',
  `action_logs` varchar(50) NOT NULL COMMENT 'name of the Sympa subroutine which initiated the log',
  `parameters_logs` varchar(100) COMMENT 'comma-separated list of parameters. The amount and type of parameters can differ from an action to another',
  `target_email_logs` varchar(100) COMMENT 'e-mail address (if any) targeted by the message',
  `msg_id_logs` varchar(255) COMMENT 'identifier of the message which triggered the action',
  `status_logs` varchar(10) NOT NULL COMMENT 'exit status of the action. If it was an error, it is likely that the error_type_logs field will contain a description of this error',
  `error_type_logs` varchar(150) COMMENT 'name of the error string - if any - issued by the subroutine',
  `client_logs` varchar(100) COMMENT 'IP address of the client machine from which the message was sent',
  `daemon_logs` varchar(10) NOT NULL COMMENT 'name of the Sympa daemon which ran the action'
) DEFAULT CHARACTER SET utf8 COMMENT='Each important event is stored in this table. List owners and listmaster can search entries in this table using web interface.';

CREATE TABLE `stat_table` (
  `date_stat` int(11) NOT NULL COMMENT 'unix epoch this entry was created or updated',
  `email_stat` varchar(100) COMMENT 'user email who ran the task',
  `operation_stat` varchar(50) NOT NULL COMMENT 'operation thas was run',
  `list_stat` varchar(50) COMMENT 'list name against which the task was run',
  `daemon_stat` varchar(20) COMMENT 'daemon which ran the task',
  `user_ip_stat` varchar(100) COMMENT 'remote ip of user',
  `robot_stat` varchar(80) NOT NULL COMMENT 'domain (robot) of the list',
  `parameter_stat` varchar(50) COMMENT 'unused except to store message size on send_mail',
  `read_stat` tinyint(1) NOT NULL COMMENT 'data was aggregated in stat_counter_table',
  KEY `stats_user_index` (`email_stat`)
) DEFAULT CHARACTER SET utf8 COMMENT='Statistics item are stored in this table, Sum average and so on are stored in stat_counter_table.';

CREATE TABLE `stat_counter_table` (
  `end_date_counter` int(11) COMMENT 'unix time for the end of the stats',
  `beginning_date_counter` int(11) NOT NULL COMMENT 'unix time for the beginning of the stats',
  `data_counter` varchar(50) NOT NULL COMMENT 'type of operation',
  `robot_counter` varchar(80) NOT NULL COMMENT 'domain (robot)',
  `list_counter` varchar(50) COMMENT 'list',
  `count_counter` int COMMENT 'number of occurences'
) DEFAULT CHARACTER SET utf8 COMMENT='Used in conjunction with stat_table for users statistics.';

CREATE TABLE `admin_table` (
  `user_admin` varchar(100) NOT NULL COMMENT 'email of admin',
  `list_admin` varchar(50) NOT NULL COMMENT 'list name',
  `robot_admin` varchar(80) NOT NULL COMMENT 'list domain',
  `role_admin` enum('listmaster','owner','editor') NOT NULL COMMENT 'a role of this user for this list (editor, owner or listmaster which a kind of list owner too)',
  `profile_admin` enum('privileged','normal') COMMENT 'privilege level for this owner, value //normal// or //privileged//. The related privilege are listed in edit_list.conf. ',
  `date_epoch_admin` int(11) NOT NULL COMMENT 'date this user become a list admin',
  `update_epoch_admin` int(11) COMMENT 'last update time',
  `inclusion_admin` int(11) COMMENT 'the last time when list user is synchronized with data source',
  `inclusion_ext_admin` int(11) COMMENT 'the last time when list user is synchronized with external data source',
  `inclusion_label_admin` varchar(50) COMMENT 'name of data source',
  `reception_admin` varchar(20) COMMENT 'email reception option for list management messages',
  `visibility_admin` varchar(20) COMMENT 'admin user email can be hidden in the list web page description',
  `comment_admin` varchar(150) COMMENT 'display name of admin',
  `subscribed_admin` int(1) COMMENT 'set to 1 if user is list admin by definition in list config file',
  `info_admin` varchar(150) COMMENT 'private information usually dedicated to listmasters who needs some additional information about list owners',
  PRIMARY KEY (`user_admin`, `list_admin`, `robot_admin`, `role_admin`),
  KEY `admin_user_index` (`user_admin`)
) DEFAULT CHARACTER SET utf8 COMMENT='This table is an internal cash where list admin roles are stored. It is just a cash and it does not need to be saved. You may remove its content if needed. It will just make next Sympa startup slower.';

CREATE TABLE `netidmap_table` (
  `netid_netidmap` varchar(100) NOT NULL COMMENT 'user netid',
  `serviceid_netidmap` varchar(100) NOT NULL COMMENT 'SSO service',
  `robot_netidmap` varchar(80) NOT NULL COMMENT 'robot (domain)',
  `email_netidmap` varchar(100) COMMENT 'user email',
  PRIMARY KEY (`netid_netidmap`, `serviceid_netidmap`, `robot_netidmap`)
) DEFAULT CHARACTER SET utf8 COMMENT='This table stores information for users login with SSO';

CREATE TABLE `conf_table` (
  `robot_conf` varchar(80) NOT NULL COMMENT 'robot (domain) of the conf',
  `label_conf` varchar(80) NOT NULL COMMENT 'parameter name of the conf',
  `value_conf` varchar(300) COMMENT 'the value of parameter //label_conf// of robot //robot_conf//.',
  PRIMARY KEY (`robot_conf`, `label_conf`)
) DEFAULT CHARACTER SET utf8 COMMENT='The conf table stores the parameters values for robots';

CREATE TABLE `list_table` (
  `name_list` varchar(50) NOT NULL COMMENT 'name of the list',
  `robot_list` varchar(80) NOT NULL COMMENT 'name of the robot (domain) the list belongs to',
  `family_list` varchar(50) COMMENT 'name of the family the list belongs to',
  `status_list` enum('open','closed','pending','error_config','family_closed') COMMENT 'status of the list',
  `creation_email_list` varchar(100) COMMENT 'email of user who created the list',
  `creation_epoch_list` int(11) COMMENT 'UNIX time when the list was created',
  `update_email_list` varchar(100) COMMENT 'email of user who updated the list',
  `update_epoch_list` int(11) COMMENT 'UNIX time when the list was updated',
  `searchkey_list` varchar(255) COMMENT 'case-folded list subject to help searching',
  `web_archive_list` tinyint(1) COMMENT 'if the list has archives',
  `topics_list` varchar(255) COMMENT 'topics of the list, separated and enclosed by commas',
  `total_list` int(7) COMMENT 'estimated number of subscribers',
  PRIMARY KEY (`name_list`, `robot_list`)
) DEFAULT CHARACTER SET utf8 COMMENT='The list_table holds cached list config and some items to help searching lists.';

