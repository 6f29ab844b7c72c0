-- Matrix Dendrite (github.com/matrix-org/dendrite, commit 084181332b5c364e2442d3c98522ad8848bc4d36, Apache-2.0):
-- 44 of its 66 PostgreSQL tables, from the schema strings of */storage/postgres/*_table.go, translated to MySQL/MariaDB.
-- Column comments are upstream's SQL comments. Indexes, unique constraints and sequences are left out.

CREATE TABLE `userapi_accounts` (
  `localpart` TEXT NOT NULL COMMENT 'The Matrix user ID localpart for this account',
  `server_name` TEXT NOT NULL,
  `created_ts` BIGINT NOT NULL COMMENT 'When this account was first created, as a unix timestamp (ms resolution).',
  `password_hash` TEXT COMMENT 'The password hash for this account. Can be NULL if this is a passwordless account.',
  `appservice_id` TEXT COMMENT 'Identifies which application service this account belongs to, if any.',
  `is_deactivated` TINYINT(1) DEFAULT 0 COMMENT 'If the account is currently active',
  `account_type` SMALLINT NOT NULL COMMENT 'The account_type (user = 1, guest = 2, admin = 3, appservice = 4)'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores data about accounts.';

CREATE TABLE `userapi_profiles` (
  `localpart` TEXT NOT NULL COMMENT 'The Matrix user ID localpart for this account',
  `server_name` TEXT NOT NULL,
  `display_name` TEXT COMMENT 'The display name for this account',
  `avatar_url` TEXT COMMENT 'The URL of the avatar for this account'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores data about accounts profiles.';

CREATE TABLE `userapi_devices` (
  `access_token` VARCHAR(255) NOT NULL COMMENT 'The access token granted to this device. This has to be the primary key so we can distinguish which device is making a given request.',
  `session_id` BIGINT NOT NULL COMMENT 'The auto-allocated unique ID of the session identified by the access token. This can be used as a secure substitution of the access token in situations where data is associated with access tokens (e.g. transaction storage), so we don''t have to store users'' access tokens everywhere.',
  `device_id` TEXT NOT NULL COMMENT 'The device identifier. This only needs to uniquely identify a device for a given user, not globally. access_tokens will be clobbered based on the device ID for a user.',
  `localpart` TEXT NOT NULL COMMENT 'The Matrix user ID localpart for this device. This is preferable to storing the full user_id as it is smaller, makes it clearer that we only manage devices for our own users, and may make migration to different domain names easier.',
  `server_name` TEXT NOT NULL,
  `created_ts` BIGINT NOT NULL COMMENT 'When this devices was first recognised on the network, as a unix timestamp (ms resolution).',
  `display_name` TEXT COMMENT 'The display name, human friendlier than device_id and updatable',
  `last_seen_ts` BIGINT NOT NULL COMMENT 'The time the device was last used, as a unix timestamp (ms resolution).',
  `ip` TEXT COMMENT 'The last seen IP address of this device',
  `user_agent` TEXT COMMENT 'User agent of this device',
  PRIMARY KEY (`access_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores data about devices.';

CREATE TABLE `userapi_threepids` (
  `threepid` VARCHAR(255) NOT NULL COMMENT 'The third party identifier',
  `medium` VARCHAR(255) NOT NULL DEFAULT 'email' COMMENT 'The 3PID medium',
  `localpart` TEXT NOT NULL COMMENT 'The localpart of the Matrix user ID associated to this 3PID',
  `server_name` TEXT NOT NULL,
  PRIMARY KEY (`threepid`, `medium`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores data about third party identifiers';

CREATE TABLE `userapi_openid_tokens` (
  `token` VARCHAR(255) NOT NULL COMMENT 'The value of the token issued to a user',
  `localpart` TEXT NOT NULL COMMENT 'The Matrix user ID for this account',
  `server_name` TEXT NOT NULL,
  `token_expires_at_ms` BIGINT NOT NULL COMMENT 'When the token expires, as a unix timestamp (ms resolution).',
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores data about openid tokens issued for accounts.';

CREATE TABLE `userapi_login_tokens` (
  `token` VARCHAR(255) NOT NULL COMMENT 'The random value of the token issued to a user',
  `token_expires_at` DATETIME(6) NOT NULL COMMENT 'When the token expires',
  `user_id` TEXT NOT NULL COMMENT 'The mxid for this account',
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userapi_account_datas` (
  `localpart` TEXT NOT NULL COMMENT 'The Matrix user ID localpart for this account',
  `server_name` TEXT NOT NULL,
  `room_id` TEXT COMMENT 'The room ID for this data (empty string if not specific to a room)',
  `type` TEXT NOT NULL COMMENT 'The account data type',
  `content` TEXT NOT NULL COMMENT 'The account data content'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores data about accounts data.';

CREATE TABLE `userapi_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `localpart` TEXT NOT NULL,
  `server_name` TEXT NOT NULL,
  `room_id` TEXT NOT NULL,
  `event_id` TEXT NOT NULL,
  `stream_pos` BIGINT NOT NULL,
  `ts_ms` BIGINT NOT NULL,
  `highlight` TINYINT(1) NOT NULL,
  `notification_json` TEXT NOT NULL,
  `read` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userapi_pushers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `localpart` TEXT NOT NULL COMMENT 'The Matrix user ID localpart for this pusher',
  `server_name` TEXT NOT NULL,
  `session_id` BIGINT DEFAULT NULL,
  `profile_tag` TEXT,
  `kind` TEXT NOT NULL,
  `app_id` TEXT NOT NULL,
  `app_display_name` TEXT NOT NULL,
  `device_display_name` TEXT NOT NULL,
  `pushkey` TEXT NOT NULL,
  `pushkey_ts_ms` BIGINT NOT NULL DEFAULT 0,
  `lang` TEXT NOT NULL,
  `data` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userapi_key_backups` (
  `user_id` TEXT NOT NULL,
  `room_id` TEXT NOT NULL,
  `session_id` TEXT NOT NULL,
  `version` TEXT NOT NULL,
  `first_message_index` INT NOT NULL,
  `forwarded_count` INT NOT NULL,
  `is_verified` TINYINT(1) NOT NULL,
  `session_data` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userapi_key_backup_versions` (
  `user_id` TEXT NOT NULL,
  `version` BIGINT DEFAULT NULL COMMENT 'this means no 2 users will ever have the same version of e2e session backups which strictly isn''t necessary, but this is easy to do rather than SELECT MAX(version)+1.',
  `algorithm` TEXT NOT NULL,
  `auth_data` TEXT NOT NULL,
  `etag` TEXT NOT NULL,
  `deleted` SMALLINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='the metadata for each generation of encrypted e2e session backups';

CREATE TABLE `userapi_daily_visits` (
  `localpart` TEXT NOT NULL,
  `device_id` TEXT NOT NULL,
  `timestamp` BIGINT NOT NULL,
  `user_agent` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userapi_daily_stats` (
  `timestamp` BIGINT NOT NULL,
  `server_name` TEXT NOT NULL,
  `messages` BIGINT NOT NULL,
  `sent_messages` BIGINT NOT NULL,
  `e2ee_messages` BIGINT NOT NULL,
  `sent_e2ee_messages` BIGINT NOT NULL,
  `active_rooms` BIGINT NOT NULL,
  `active_e2ee_rooms` BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userapi_registration_tokens` (
  `token` VARCHAR(255) NOT NULL,
  `pending` BIGINT DEFAULT NULL,
  `completed` BIGINT DEFAULT NULL,
  `uses_allowed` BIGINT DEFAULT NULL,
  `expiry_time` BIGINT DEFAULT NULL,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keyserver_device_keys` (
  `user_id` TEXT NOT NULL,
  `device_id` TEXT NOT NULL,
  `ts_added_secs` BIGINT NOT NULL,
  `key_json` TEXT NOT NULL,
  `stream_id` BIGINT NOT NULL COMMENT 'the stream ID of this key, scoped per-user. This gets updated when the device key changes. This means we do not store an unbounded append-only log of device keys, which is not actually required in the spec because in the event of a missed update the server fetches the entire current set of keys rather than trying to ''fast-forward'' or catchup missing stream IDs.',
  `display_name` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores device keys for users';

CREATE TABLE `keyserver_one_time_keys` (
  `user_id` TEXT NOT NULL,
  `device_id` TEXT NOT NULL,
  `key_id` TEXT NOT NULL,
  `algorithm` TEXT NOT NULL,
  `ts_added_secs` BIGINT NOT NULL,
  `key_json` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores one-time public keys for users';

CREATE TABLE `keyserver_cross_signing_keys` (
  `user_id` VARCHAR(255) NOT NULL,
  `key_type` SMALLINT NOT NULL,
  `key_data` TEXT NOT NULL,
  PRIMARY KEY (`user_id`, `key_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keyserver_stale_device_lists` (
  `user_id` VARCHAR(255) NOT NULL,
  `domain` TEXT NOT NULL,
  `is_stale` TINYINT(1) NOT NULL,
  `ts_added_secs` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores whether a user''s device lists are stale or not.';

CREATE TABLE `syncapi_output_room_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'An incrementing ID which denotes the position in the log that this event resides at. NB: ''serial'' makes no guarantees to increment by 1 every time, only that it increments. This isn''t a problem for us since we just want to order by this field.',
  `event_id` TEXT NOT NULL COMMENT 'The event ID for the event',
  `room_id` TEXT NOT NULL COMMENT 'The ''room_id'' key for the event.',
  `headered_event_json` TEXT NOT NULL COMMENT 'The headered JSON for the event, containing potentially additional metadata such as the room version. Stored as TEXT because this should be valid UTF-8.',
  `type` TEXT NOT NULL COMMENT 'The event type e.g ''m.room.member''.',
  `sender` TEXT NOT NULL COMMENT 'The ''sender'' property of the event.',
  `contains_url` TINYINT(1) NOT NULL COMMENT 'true if the event content contains a url key.',
  `add_state_ids` TEXT COMMENT 'A list of event IDs which represent a delta of added/removed room state. This can be NULL if there is no delta.',
  `remove_state_ids` TEXT,
  `session_id` BIGINT DEFAULT NULL COMMENT 'The client session that sent the event, if any',
  `transaction_id` TEXT COMMENT 'The transaction id used to send the event, if any',
  `exclude_from_sync` TINYINT(1) DEFAULT 0 COMMENT 'Should the event be excluded from responses to /sync requests. Useful for events retrieved through backfilling that have a position in the stream that relates to the moment these were retrieved rather than the moment these were emitted.',
  `history_visibility` SMALLINT NOT NULL DEFAULT 2 COMMENT 'The history visibility before this event (1 - world_readable; 2 - shared; 3 - invited; 4 - joined)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores output room events received from the roomserver.';

CREATE TABLE `syncapi_current_room_state` (
  `room_id` TEXT NOT NULL COMMENT 'The ''room_id'' key for the state event.',
  `event_id` TEXT NOT NULL COMMENT 'The state event ID',
  `type` TEXT NOT NULL COMMENT 'The state event type e.g ''m.room.member''',
  `sender` TEXT NOT NULL COMMENT 'The ''sender'' property of the event.',
  `contains_url` TINYINT(1) NOT NULL COMMENT 'true if the event content contains a url key',
  `state_key` TEXT NOT NULL COMMENT 'The state_key value for this state event e.g ''''',
  `headered_event_json` TEXT NOT NULL COMMENT 'The JSON for the event. Stored as TEXT because this should be valid UTF-8.',
  `membership` TEXT COMMENT 'The ''content.membership'' value if this event is an m.room.member event. For other events, this will be NULL.',
  `added_at` BIGINT DEFAULT NULL COMMENT 'The serial ID of the output_room_events table when this event became part of the current state of the room.',
  `history_visibility` SMALLINT NOT NULL DEFAULT 2
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores the current room state for every room.';

CREATE TABLE `syncapi_memberships` (
  `room_id` TEXT NOT NULL COMMENT 'The ''room_id'' key for the state event.',
  `user_id` TEXT NOT NULL COMMENT 'The state event ID',
  `membership` TEXT NOT NULL COMMENT 'The status of the membership',
  `event_id` TEXT NOT NULL COMMENT 'The event ID that last changed the membership',
  `stream_pos` BIGINT NOT NULL COMMENT 'The stream position of the change',
  `topological_pos` BIGINT NOT NULL COMMENT 'The topological position of the change in the room'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `syncapi_invite_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `event_id` TEXT NOT NULL,
  `room_id` TEXT NOT NULL,
  `target_user_id` TEXT NOT NULL,
  `headered_event_json` TEXT NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `syncapi_receipts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'The ID',
  `room_id` TEXT NOT NULL,
  `receipt_type` TEXT NOT NULL,
  `user_id` TEXT NOT NULL,
  `event_id` TEXT NOT NULL,
  `receipt_ts` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores data about receipts';

CREATE TABLE `syncapi_presence` (
  `id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'The ID',
  `user_id` TEXT NOT NULL COMMENT 'The Matrix user ID',
  `presence` INT NOT NULL COMMENT 'The actual presence',
  `status_msg` TEXT COMMENT 'The status message',
  `last_active_ts` BIGINT NOT NULL COMMENT 'The last time an action was received by this user',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores data about presence';

CREATE TABLE `syncapi_send_to_device` (
  `id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'The ID that uniquely identifies this message.',
  `user_id` TEXT NOT NULL COMMENT 'The user ID to send the message to.',
  `device_id` TEXT NOT NULL COMMENT 'The device ID to send the message to.',
  `content` TEXT NOT NULL COMMENT 'The event content JSON.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores send-to-device messages.';

CREATE TABLE `syncapi_filter` (
  `filter` TEXT NOT NULL COMMENT 'The filter',
  `id` INT NOT NULL COMMENT 'The ID',
  `localpart` VARCHAR(255) NOT NULL COMMENT 'The localpart of the Matrix user ID associated to this filter',
  PRIMARY KEY (`id`, `localpart`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores data about filters';

CREATE TABLE `syncapi_ignores` (
  `user_id` VARCHAR(255) NOT NULL COMMENT 'The user ID whose ignore list this belongs to.',
  `ignores_json` TEXT NOT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores data about ignoress';

CREATE TABLE `syncapi_notification_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` TEXT NOT NULL,
  `room_id` TEXT NOT NULL,
  `notification_count` BIGINT NOT NULL DEFAULT 0,
  `highlight_count` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `syncapi_relations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `room_id` TEXT NOT NULL,
  `event_id` TEXT NOT NULL,
  `child_event_id` TEXT NOT NULL,
  `child_event_type` TEXT NOT NULL,
  `rel_type` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roomserver_rooms` (
  `room_nid` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Local numeric ID for the room.',
  `room_id` TEXT NOT NULL COMMENT 'Textual ID for the room.',
  `latest_event_nids` TEXT NOT NULL COMMENT 'The most recent events in the room that aren''t referenced by another event. This list may empty if the server hasn''t joined the room yet. (The server will be in that state while it stores the events for the initial state of the room)',
  `last_event_sent_nid` BIGINT NOT NULL DEFAULT 0 COMMENT 'The last event written to the output log for this room.',
  `state_snapshot_nid` BIGINT NOT NULL DEFAULT 0 COMMENT 'The state of the room after the current set of latest events. This will be 0 if there are no latest events in the room.',
  `room_version` TEXT NOT NULL COMMENT 'The version of the room, which will assist in determining the state resolution algorithm, event ID format, etc.',
  PRIMARY KEY (`room_nid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roomserver_events` (
  `event_nid` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Local numeric ID for the event.',
  `room_nid` BIGINT NOT NULL COMMENT 'Local numeric ID for the room the event is in. This is never 0.',
  `event_type_nid` BIGINT NOT NULL COMMENT 'Local numeric ID for the type of the event. This is never 0.',
  `event_state_key_nid` BIGINT NOT NULL COMMENT 'Local numeric ID for the state_key of the event This is 0 if the event is not a state event.',
  `sent_to_output` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether the event has been written to the output log.',
  `state_snapshot_nid` BIGINT NOT NULL DEFAULT 0 COMMENT 'Local numeric ID for the state at the event. This is 0 if we don''t know the state at the event. If the state is not 0 then this event is part of the contiguous part of the event graph Since many different events can have the same state we store the state into a separate state table and refer to it by numeric ID.',
  `depth` BIGINT NOT NULL COMMENT 'Depth of the event in the event graph.',
  `event_id` TEXT NOT NULL COMMENT 'The textual event id. Used to lookup the numeric ID when processing requests. Needed for state resolution. An event may only appear in this table once.',
  `auth_event_nids` TEXT NOT NULL COMMENT 'A list of numeric IDs for events that can authenticate this event.',
  `is_rejected` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`event_nid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='The events table holds metadata for each event, the actual JSON is stored separately to keep the size of the rows small.';

CREATE TABLE `roomserver_event_json` (
  `event_nid` BIGINT NOT NULL COMMENT 'Local numeric ID for the event.',
  `event_json` TEXT NOT NULL COMMENT 'The JSON for the event. Stored as TEXT because this should be valid UTF-8. Not stored as a JSONB because we always just pull the entire event so there is no point in postgres parsing it. Not stored as JSON because we already validate the JSON in the server so there is no point in postgres validating it. TODO: Should we be compressing the events with Snappy or DEFLATE?',
  PRIMARY KEY (`event_nid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores the JSON for each event. This kept separate from the main events table to keep the rows in the main events table small.';

CREATE TABLE `roomserver_event_state_keys` (
  `event_state_key_nid` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Local numeric ID for the state key.',
  `event_state_key` TEXT NOT NULL,
  PRIMARY KEY (`event_state_key_nid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Numeric versions of the event "state_key"s. State keys tend to be reused so assigning each string a numeric ID should reduce the amount of data that needs to be stored and fetched from the database. It also means that many operations can work with int64 arrays rather than string arrays which may help reduce GC pressure. Well known state keys are pre-assigned numeric IDs: 1 -> "" (the empty string) Other state keys are automatically assigned numeric IDs starting from 2**16. This leaves room to add more pre-assigned numeric IDs and clearly separates the automatically assigned IDs from the pre-assigned IDs.';

CREATE TABLE `roomserver_event_types` (
  `event_type_nid` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Local numeric ID for the event type.',
  `event_type` TEXT NOT NULL COMMENT 'The string event_type.',
  PRIMARY KEY (`event_type_nid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Numeric versions of the event "type"s. Event types tend to be taken from a small internal pool. Assigning each a numeric ID should reduce the amount of data that needs to be stored and fetched from the database. It also means that many operations can work with int64 arrays rather than string arrays which may help reduce GC pressure. Well known event types are pre-assigned numeric IDs: 1 -> m.room.create 2 -> m.room.power_levels 3 -> m.room.join_rules 4 -> m.room.third_party_invite 5 -> m.room.member 6 -> m.room.redaction 7 -> m.room.history_visibility Picking well-known numeric IDs for the events types that require special attention during state conflict resolution means that we write that code using numeric constants. It also means that the numeric IDs for internal event types should be consistent between different instances which might make ad-hoc debugging easier. Other event types are automatically assigned numeric IDs starting from 2**16. This leaves room to add more pre-assigned ';

CREATE TABLE `roomserver_membership` (
  `room_nid` BIGINT NOT NULL,
  `target_nid` BIGINT NOT NULL COMMENT 'Numeric state key ID for the user ID this state is for.',
  `sender_nid` BIGINT NOT NULL DEFAULT 0 COMMENT 'Numeric state key ID for the user ID who changed the state. This may be 0 since it is not always possible to identify the user that changed the state.',
  `membership_nid` BIGINT NOT NULL DEFAULT 1 COMMENT 'The state the user is in within this room. Default value is "membershipStateLeaveOrBan"',
  `event_nid` BIGINT NOT NULL DEFAULT 0 COMMENT 'The numeric ID of the membership event. It refers to the join membership event if the membership_nid is join (3), and to the leave/ban membership event if the membership_nid is leave or ban (1). If the membership_nid is invite (2) and the user has been in the room before, it will refer to the previous leave/ban membership event, and will be equals to 0 (its default) if the user never joined the room before. This NID is updated if the join event gets updated (e.g. profile update), or if the user leaves/joins the room.',
  `target_local` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Local target is true if the target_nid refers to a local user rather than a federated one. This is an optimisation for resetting state on federated room joins.',
  `forgotten` TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='The membership table is used to coordinate updates between the invite table and the room state tables. This table is updated in one of 3 ways: 1) The membership of a user changes within the current state of the room. 2) An invite is received outside of a room over federation. 3) An invite is rejected outside of a room over federation.';

CREATE TABLE `roomserver_invites` (
  `invite_event_id` VARCHAR(255) NOT NULL COMMENT 'The string ID of the invite event itself. We can''t use a numeric event ID here because we don''t always have enough information to store an invite in the event table. In particular we don''t always have a chain of auth_events for invites received over federation.',
  `room_nid` BIGINT NOT NULL COMMENT 'The numeric ID of the room the invite m.room.member event is in.',
  `target_nid` BIGINT NOT NULL COMMENT 'The numeric ID for the state key of the invite m.room.member event. This tells us who the invite is for. This is used to query the active invites for a user.',
  `sender_nid` BIGINT NOT NULL DEFAULT 0 COMMENT 'The numeric ID for the sender of the invite m.room.member event. This tells us who sent the invite. This is used to work out which matrix server we should talk to when we try to join the room.',
  `retired` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'This is used to track whether the invite is still active. This is set implicitly when processing new join and leave events and explicitly when rejecting events over federation.',
  `invite_event_json` TEXT NOT NULL COMMENT 'The invite event JSON.',
  PRIMARY KEY (`invite_event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roomserver_room_aliases` (
  `alias` VARCHAR(255) NOT NULL COMMENT 'Alias of the room',
  `room_id` TEXT NOT NULL COMMENT 'Room ID the alias refers to',
  `creator_id` TEXT NOT NULL COMMENT 'User ID of the creator of this alias',
  PRIMARY KEY (`alias`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores room aliases and room IDs they refer to';

CREATE TABLE `roomserver_reported_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `room_nid` BIGINT NOT NULL,
  `event_nid` BIGINT NOT NULL,
  `reporting_user_nid` BIGINT NOT NULL COMMENT 'the user reporting the event',
  `event_sender_nid` BIGINT NOT NULL COMMENT 'the user who sent the reported event',
  `reason` TEXT,
  `score` INT DEFAULT NULL,
  `received_ts` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roomserver_user_room_keys` (
  `user_nid` INT NOT NULL,
  `room_nid` INT NOT NULL,
  `pseudo_id_key` LONGBLOB COMMENT 'may be null for users not local to the server',
  `pseudo_id_pub_key` LONGBLOB NOT NULL,
  PRIMARY KEY (`user_nid`, `room_nid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roomserver_published` (
  `room_id` VARCHAR(255) NOT NULL COMMENT 'The room ID of the room',
  `appservice_id` VARCHAR(255) NOT NULL COMMENT 'The appservice ID of the room',
  `network_id` VARCHAR(255) NOT NULL COMMENT 'The network_id of the room',
  `published` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Whether it is published or not',
  PRIMARY KEY (`room_id`, `appservice_id`, `network_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores which rooms are published in the room directory';

CREATE TABLE `mediaapi_media_repository` (
  `media_id` TEXT NOT NULL COMMENT 'The id used to refer to the media. For uploads to this server this is a base64-encoded sha256 hash of the file data For media from remote servers, this can be any unique identifier string',
  `media_origin` TEXT NOT NULL COMMENT 'The origin of the media as requested by the client. Should be a homeserver domain.',
  `content_type` TEXT NOT NULL COMMENT 'The MIME-type of the media file as specified when uploading.',
  `file_size_bytes` BIGINT NOT NULL COMMENT 'Size of the media file in bytes.',
  `creation_ts` BIGINT NOT NULL COMMENT 'When the content was uploaded in UNIX epoch ms.',
  `upload_name` TEXT NOT NULL COMMENT 'The file name with which the media was uploaded.',
  `base64hash` TEXT NOT NULL COMMENT 'Alternate RFC 4648 unpadded base64 encoding string representation of a SHA-256 hash sum of the file data.',
  `user_id` TEXT NOT NULL COMMENT 'The user who uploaded the file. Should be a Matrix user ID.'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='The media_repository table holds metadata for each media file stored and accessible to the local server, the actual file is stored separately.';

CREATE TABLE `mediaapi_thumbnail` (
  `media_id` TEXT NOT NULL COMMENT 'The id used to refer to the media. For uploads to this server this is a base64-encoded sha256 hash of the file data For media from remote servers, this can be any unique identifier string',
  `media_origin` TEXT NOT NULL COMMENT 'The origin of the media as requested by the client. Should be a homeserver domain.',
  `content_type` TEXT NOT NULL COMMENT 'The MIME-type of the thumbnail file.',
  `file_size_bytes` BIGINT NOT NULL COMMENT 'Size of the thumbnail file in bytes.',
  `creation_ts` BIGINT NOT NULL COMMENT 'When the thumbnail was generated in UNIX epoch ms.',
  `width` INT NOT NULL COMMENT 'The width of the thumbnail',
  `height` INT NOT NULL COMMENT 'The height of the thumbnail',
  `resize_method` TEXT NOT NULL COMMENT 'The resize method used to generate the thumbnail. Can be crop or scale.'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='The mediaapi_thumbnail table holds metadata for each thumbnail file stored and accessible to the local server, the actual file is stored separately.';

CREATE TABLE `federationsender_joined_hosts` (
  `room_id` TEXT NOT NULL COMMENT 'The string ID of the room.',
  `event_id` TEXT NOT NULL COMMENT 'The event ID of the m.room.member join event.',
  `server_name` TEXT NOT NULL COMMENT 'The domain part of the user ID the m.room.member event is for.'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='The joined_hosts table stores a list of m.room.member event ids in the current state for each room where the membership is "join". There will be an entry for every user that is joined to the room.';

CREATE TABLE `federationsender_blacklist` (
  `server_name` TEXT NOT NULL COMMENT 'The blacklisted server name'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
