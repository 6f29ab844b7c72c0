-- GoToSocial (ActivityPub social network server), trimmed schema.
-- Upstream: github.com/superseriousbusiness/gotosocial (now codeberg.org/superseriousbusiness/gotosocial),
--   internal/gtsmodel/*.go (bun ORM models, which the migrations in internal/db/bundb/migrations create),
--   commit 57cb4fe7482962aa8e5a05874a343474d5a453e7 (2025-10-03). Licence: AGPL-3.0-or-later.
-- Written as MySQL DDL from the bun struct tags: table names as bun derives them, column names by bun's
-- underscore rule (hence sin_bin_statuses.mention_target_ur_is), CHAR(26) ULIDs and types from the tags;
-- timestamptz -> DATETIME, bytea -> BLOB, Go string -> VARCHAR(255) (long free text -> TEXT), []string arrays ->
-- TEXT, struct/slice values -> JSON, enum types -> SMALLINT. Comments are the upstream doc comments.
-- GoToSocial supports PostgreSQL and SQLite only; indexes and uniqueness constraints are left out. tokens is
-- declared CHARSET=ascii only so that upstream's four-column primary key fits InnoDB's key length.

CREATE TABLE `accounts` (
  `id` CHAR(26) NOT NULL COMMENT 'Database ID of the account.',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Datetime when the account was created. Corresponds to ActivityStreams `published` prop.',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Datetime when was the account was last updated, ie., when the actor last sent out an Update activity, or if never, when it was `published`.',
  `fetched_at` DATETIME NULL COMMENT 'Datetime when the account was last fetched / dereferenced by this GoToSocial instance.',
  `username` VARCHAR(255) NOT NULL COMMENT 'Username of the account. Corresponds to AS `preferredUsername` prop, which gives no uniqueness guarantee. However, we do enforce uniqueness for it as, in practice, it always is and we rely on this.',
  `domain` VARCHAR(255) NULL COMMENT 'Domain of the account, discovered via webfinger. Null if this is a local account, otherwise something like `example.org`.',
  `avatar_media_attachment_id` CHAR(26) NULL COMMENT 'Database ID of the account''s avatar MediaAttachment, if set.',
  `avatar_remote_url` VARCHAR(255) NULL COMMENT 'URL of the avatar media. Null for local accounts.',
  `header_media_attachment_id` CHAR(26) NULL COMMENT 'Database ID of the account''s header MediaAttachment, if set.',
  `header_remote_url` VARCHAR(255) NULL COMMENT 'URL of the header media. Null for local accounts.',
  `display_name` VARCHAR(255) NULL COMMENT 'Display name for this account, if set. Corresponds to the ActivityStreams `name` property. If null, fall back to username for display purposes.',
  `emojis` TEXT NULL COMMENT 'Database IDs of any emojis used in this account''s bio, display name, etc',
  `fields` JSON NULL COMMENT 'A slice of of key/value fields that this account has added to their profile. Corresponds to schema.org PropertyValue types in `attachments`.',
  `fields_raw` JSON NULL COMMENT 'The raw (unparsed) content of fields that this account has added to their profile, before conversion to HTML. Only set for local accounts.',
  `note` TEXT NULL COMMENT 'A note that this account has on their profile (ie., the account''s bio/description of themselves). Corresponds to the ActivityStreams `summary` property.',
  `note_raw` TEXT NULL COMMENT 'The raw (unparsed) version of Note, before conversion to HTML. Only set for local accounts.',
  `also_known_as_uris` TEXT NULL COMMENT 'ActivityPub URI/IDs by which this account is also known. Corresponds to the ActivityStreams `alsoKnownAs` property.',
  `moved_to_uri` VARCHAR(255) NULL COMMENT 'URI/ID to which the account has (or claims to have) moved. Corresponds to the ActivityStreams `movedTo` property. Even if this field is set the move may not yet have been processed. Check `move` for this.',
  `move_id` CHAR(26) NULL COMMENT 'ID of a Move in the database for this account. Only set if we received or created a Move activity for which this account URI was the origin.',
  `locked` BOOLEAN NOT NULL DEFAULT 1 COMMENT 'True if account requires manual approval of Follows. Corresponds to AS `manuallyApprovesFollowers` prop.',
  `discoverable` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'True if account has opted in to being shown in directories and exposed to search engines. Corresponds to the toot `discoverable` property.',
  `uri` VARCHAR(255) NOT NULL COMMENT 'ActivityPub URI/ID for this account. Must be set, must be unique.',
  `url` VARCHAR(255) NULL COMMENT 'URL at which a web representation of this account should be available, if set. Corresponds to ActivityStreams `url` prop.',
  `inbox_uri` VARCHAR(255) NULL COMMENT 'URI of the actor''s inbox. Corresponds to ActivityPub `inbox` property. According to AP this MUST be set, but some implementations don''t set it for service actors.',
  `shared_inbox_uri` VARCHAR(255) NULL COMMENT 'URI/ID of this account''s sharedInbox, if set. Corresponds to ActivityPub `endpoints.sharedInbox`. Gotcha warning: this is a string pointer because it has three possible states: 1. null: We don''t know (yet) if actor has a shared inbox. 2. empty: ...',
  `outbox_uri` VARCHAR(255) NULL COMMENT 'URI/ID of the actor''s outbox. Corresponds to ActivityPub `outbox` property. According to AP this MUST be set, but some implementations don''t set it for service actors.',
  `following_uri` VARCHAR(255) NULL COMMENT 'URI/ID of the actor''s following collection. Corresponds to ActivityPub `following` property. According to AP this SHOULD be set.',
  `followers_uri` VARCHAR(255) NULL COMMENT 'URI/ID of the actor''s followers collection. Corresponds to ActivityPub `followers` property. According to AP this SHOULD be set.',
  `featured_collection_uri` VARCHAR(255) NULL COMMENT 'URI/ID of the actor''s featured collection. Corresponds to the Toot `featured` property.',
  `actor_type` SMALLINT NOT NULL COMMENT 'ActivityStreams type of the actor. Application, Group, Organization, Person, or Service.',
  `private_key` TEXT NULL COMMENT 'Private key for signing http requests. Only defined for local accounts',
  `public_key` TEXT NOT NULL COMMENT 'Public key for authorizing signed http requests. Defined for both local and remote accounts',
  `public_key_uri` VARCHAR(255) NOT NULL COMMENT 'Dereferenceable location of this actor''s public key. Corresponds to https://w3id.org/security/v1 `publicKey.id`.',
  `public_key_expires_at` DATETIME NULL COMMENT 'Datetime at which public key will expire/has expired, and should be fetched again as appropriate. Only ever set for remote accounts.',
  `memorialized_at` DATETIME NULL COMMENT 'Datetime at which account was marked as a "memorial", ie., user owning the account has passed away.',
  `sensitized_at` DATETIME NULL COMMENT 'Datetime at which account was set to have all its media shown as sensitive.',
  `silenced_at` DATETIME NULL COMMENT 'Datetime at which account was silenced.',
  `suspended_at` DATETIME NULL COMMENT 'Datetime at which account was suspended.',
  `suspension_origin` CHAR(26) NULL COMMENT 'ID of the database entry that caused this account to be suspended. Can be an account ID or a domain block ID.',
  `hides_to_public_from_unauthed_web` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'True if the actor hides to-public statusables from unauthenticated public access via the web. Default "false" if not set on the actor model.',
  `hides_cc_public_from_unauthed_web` BOOLEAN NOT NULL DEFAULT 1 COMMENT 'True if the actor hides cc-public statusables from unauthenticated public access via the web. Default "true" if not set on the actor model.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_settings` (
  `account_id` CHAR(26) NOT NULL COMMENT 'AccountID that owns this settings.',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created.',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item was last updated.',
  `privacy` SMALLINT NULL DEFAULT 3 COMMENT 'Default post privacy for this account',
  `sensitive` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Set posts from this account to sensitive by default?',
  `language` VARCHAR(255) NOT NULL DEFAULT 'en' COMMENT 'What language does this account post in?',
  `status_content_type` VARCHAR(255) NULL COMMENT 'What is the default format for statuses posted by this account (only for local accounts).',
  `theme` VARCHAR(255) NULL COMMENT 'Preset CSS theme filename selected by this Account (empty string if nothing set).',
  `custom_css` TEXT NULL COMMENT 'Custom CSS that should be displayed for this Account''s profile and statuses.',
  `enable_rss` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'enable RSS feed subscription for this account''s public posts at [URL]/feed',
  `hide_collections` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Hide this account''s followers/following collections.',
  `web_layout` SMALLINT NOT NULL DEFAULT 1 COMMENT 'Layout to use when showing this profile via the web.',
  `interaction_policy_direct` JSON NULL COMMENT 'Interaction policy to use for new direct visibility statuses by this account. If null, assume default policy.',
  `interaction_policy_mutuals_only` JSON NULL COMMENT 'Interaction policy to use for new mutuals only visibility statuses. If null, assume default policy.',
  `interaction_policy_followers_only` JSON NULL COMMENT 'Interaction policy to use for new followers only visibility statuses. If null, assume default policy.',
  `interaction_policy_unlocked` JSON NULL COMMENT 'Interaction policy to use for new unlocked visibility statuses. If null, assume default policy.',
  `interaction_policy_public` JSON NULL COMMENT 'Interaction policy to use for new public visibility statuses. If null, assume default policy.',
  PRIMARY KEY (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_stats` (
  `account_id` CHAR(26) NOT NULL COMMENT 'AccountID of this AccountStats.',
  `regenerated_at` DATETIME NULL COMMENT 'Time this stats model was last regenerated (ie., created from scratch using COUNTs).',
  `followers_count` BIGINT NOT NULL COMMENT 'Number of accounts following AccountID.',
  `following_count` BIGINT NOT NULL COMMENT 'Number of accounts followed by AccountID.',
  `follow_requests_count` BIGINT NOT NULL COMMENT 'Number of pending follow requests aimed at AccountID.',
  `statuses_count` BIGINT NOT NULL COMMENT 'Number of statuses created by AccountID.',
  `statuses_pinned_count` BIGINT NOT NULL COMMENT 'Number of statuses pinned by AccountID.',
  `last_status_at` DATETIME NULL COMMENT 'Time of most recent status created by AccountID.',
  PRIMARY KEY (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_notes` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `account_id` CHAR(26) NOT NULL COMMENT 'ID of the local account that created the note',
  `target_account_id` CHAR(26) NOT NULL COMMENT 'Who is the target of this note?',
  `comment` TEXT NULL COMMENT 'The text of the note.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(26) NOT NULL COMMENT 'Database ID of the user.',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Datetime when the user was created.',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Datetime when was the user was last updated.',
  `email` VARCHAR(255) NULL COMMENT 'Confirmed email address for this user. This should be unique, ie., only one email address registered per instance. Multiple users per email are not (yet) supported.',
  `account_id` CHAR(26) NOT NULL COMMENT 'Database ID of the Account for this user.',
  `encrypted_password` VARCHAR(255) NOT NULL COMMENT 'Bcrypt-encrypted password of this user, generated using https://pkg.go.dev/golang.org/x/crypto/bcrypt#GenerateFromPassword. A salt is included so we''re safe against rainbow tables.',
  `two_factor_secret` VARCHAR(255) NULL COMMENT '2FA secret for this user. Null if 2FA is not enabled for this user.',
  `two_factor_backups` TEXT NULL COMMENT 'Slice of bcrypt-encrypted backup/recovery codes that a user can use if they lose their 2FA authenticator app. Null if 2FA is not enabled for this user.',
  `two_factor_enabled_at` DATETIME NULL COMMENT 'Datetime when 2fa was enabled. Null if 2fa is not enabled for this user.',
  `sign_up_ip` VARCHAR(45) NULL COMMENT 'IP this user used to sign up. Only stored for pending sign-ups.',
  `invite_id` CHAR(26) NULL COMMENT 'Database ID of the invite that this user used to sign up, if applicable.',
  `reason` TEXT NULL COMMENT 'Reason given for signing up when this user was created.',
  `locale` VARCHAR(255) NULL COMMENT 'Timezone/locale in which this user is located.',
  `created_by_application_id` CHAR(26) NULL COMMENT 'Database ID of the Application used to create this user.',
  `last_emailed_at` DATETIME NULL COMMENT 'Datetime when this user was last contacted by email.',
  `confirmation_token` VARCHAR(255) NULL COMMENT 'Confirmation token emailed to this user. Only set if user''s email not yet confirmed.',
  `confirmation_sent_at` DATETIME NULL COMMENT 'Datetime when confirmation token was emailed to user.',
  `confirmed_at` DATETIME NULL COMMENT 'Datetime when user confirmed their email address, if applicable.',
  `unconfirmed_email` VARCHAR(255) NULL COMMENT 'Email address that hasn''t yet been confirmed.',
  `moderator` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'True if user has moderator role.',
  `admin` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'True if user has admin role.',
  `disabled` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'True if user is disabled from posting.',
  `approved` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'True if this user''s sign up has been approved by a moderator or admin.',
  `reset_password_token` VARCHAR(255) NULL COMMENT 'Reset password token that the user can use to reset their password.',
  `reset_password_sent_at` DATETIME NULL COMMENT 'Datetime when reset password token was emailed to user.',
  `external_id` VARCHAR(255) NULL COMMENT 'If the login for the user is managed externally (e.g., via OIDC), this is a stable reference to the external object (e.g OIDC sub claim).',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `denied_users` (
  `id` CHAR(26) NOT NULL COMMENT 'Database ID of the user.',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Datetime when the user was denied.',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Datetime when the denied user was last updated.',
  `email` VARCHAR(255) NOT NULL COMMENT 'Email address provided on the sign-up form.',
  `username` VARCHAR(255) NOT NULL COMMENT 'Username provided on the sign-up form.',
  `sign_up_ip` VARCHAR(45) NULL COMMENT 'IP address the sign-up originated from.',
  `invite_id` CHAR(26) NULL COMMENT 'Invite ID provided on the sign-up form (if applicable).',
  `locale` VARCHAR(255) NULL COMMENT 'Locale provided on the sign-up form.',
  `created_by_application_id` CHAR(26) NULL COMMENT 'ID of application used to create this sign-up.',
  `sign_up_reason` TEXT NULL COMMENT 'Reason provided by user on the sign-up form.',
  `private_comment` TEXT NULL COMMENT 'Comment from instance admin about why this sign-up was denied.',
  `send_email` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Send an email informing user that their sign-up has been denied.',
  `message` TEXT NULL COMMENT 'Message to include when sending an email to the denied user''s email address, if SendEmail is true.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applications` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `name` VARCHAR(255) NOT NULL COMMENT 'name of the application given when it was created (eg., ''tusky'')',
  `website` VARCHAR(255) NULL COMMENT 'website for the application given when it was created (eg., ''https://tusky.app'')',
  `redirect_uris` TEXT NULL COMMENT 'redirect uris requested by the application for oauth2 flow',
  `client_id` CHAR(26) NOT NULL COMMENT 'id of the associated oauth client entity in the db',
  `client_secret` VARCHAR(255) NOT NULL COMMENT 'secret of the associated oauth client entity in the db',
  `scopes` VARCHAR(255) NOT NULL COMMENT 'scopes requested when this app was created',
  `managed_by_user_id` CHAR(26) NULL COMMENT 'id of the user that manages this application, if it was created through the settings panel',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `last_used` DATETIME NULL COMMENT 'approximate time when this token was last used',
  `client_id` CHAR(26) NOT NULL COMMENT 'ID of the client who owns this token',
  `user_id` CHAR(26) NULL COMMENT 'ID of the user who owns this token',
  `redirect_uri` VARCHAR(255) NOT NULL COMMENT 'Oauth redirect URI for this token',
  `scope` VARCHAR(255) NOT NULL DEFAULT 'read' COMMENT 'Oauth scope',
  `code` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Code, if present',
  `code_challenge` VARCHAR(255) NULL COMMENT 'Code challenge, if code present',
  `code_challenge_method` VARCHAR(255) NULL COMMENT 'Code challenge method, if code present',
  `code_create_at` DATETIME NULL COMMENT 'Code created time, if code present',
  `code_expires_at` DATETIME NULL COMMENT 'Code expires at -- null means the code never expires',
  `access` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'User level access token, if present',
  `access_create_at` DATETIME NULL COMMENT 'User level access token created time, if access present',
  `access_expires_at` DATETIME NULL COMMENT 'User level access token expires at -- null means the token never expires',
  `refresh` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Refresh token, if present',
  `refresh_create_at` DATETIME NULL COMMENT 'Refresh created at, if refresh present',
  `refresh_expires_at` DATETIME NULL COMMENT 'Refresh expires at -- null means the refresh token never expires',
  PRIMARY KEY (`id`, `code`, `access`, `refresh`)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

CREATE TABLE `router_sessions` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `auth` BLOB NOT NULL,
  `crypt` BLOB NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statuses` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `edited_at` DATETIME NULL COMMENT 'when this status was last edited (if set)',
  `fetched_at` DATETIME NULL COMMENT 'when was item (remote) last fetched.',
  `pinned_at` DATETIME NULL COMMENT 'Status was pinned by owning account at this time.',
  `uri` VARCHAR(255) NOT NULL COMMENT 'activitypub URI of this status',
  `url` VARCHAR(255) NULL COMMENT 'web url for viewing this status',
  `content` TEXT NULL COMMENT 'Content HTML for this status.',
  `attachments` TEXT NULL COMMENT 'Database IDs of any media attachments associated with this status',
  `tags` TEXT NULL COMMENT 'Database IDs of any tags used in this status',
  `mentions` TEXT NULL COMMENT 'Database IDs of any mentions in this status',
  `emojis` TEXT NULL COMMENT 'Database IDs of any emojis used in this status',
  `local` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'is this status from a local account?',
  `account_id` CHAR(26) NOT NULL COMMENT 'which account posted this status?',
  `account_uri` VARCHAR(255) NOT NULL COMMENT 'activitypub uri of the owner of this status',
  `in_reply_to_id` CHAR(26) NULL COMMENT 'id of the status this status replies to',
  `in_reply_to_uri` VARCHAR(255) NULL COMMENT 'activitypub uri of the status this status is a reply to',
  `in_reply_to_account_id` CHAR(26) NULL COMMENT 'id of the account that this status replies to',
  `boost_of_id` CHAR(26) NULL COMMENT 'id of the status this status is a boost of',
  `boost_of_account_id` CHAR(26) NULL COMMENT 'id of the account that owns the boosted status',
  `thread_id` CHAR(26) NOT NULL DEFAULT '00000000000000000000000000' COMMENT 'id of the thread to which this status belongs',
  `edits` TEXT NULL COMMENT 'IDs of status edits for this status, ordered from smallest (oldest) -> largest (newest) ID.',
  `poll_id` CHAR(26) NULL,
  `content_warning` TEXT NULL COMMENT 'Content warning HTML for this status.',
  `content_warning_text` TEXT NULL COMMENT 'Original text of the content warning without formatting',
  `visibility` SMALLINT NOT NULL COMMENT 'visibility entry for this status',
  `sensitive` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'mark the status as sensitive?',
  `language` VARCHAR(255) NULL COMMENT 'what language is this status written in?',
  `created_with_application_id` CHAR(26) NULL COMMENT 'Which application was used to create this status?',
  `activity_streams_type` VARCHAR(255) NOT NULL COMMENT 'What is the activitystreams type of this status? See: https://www.w3.org/TR/activitystreams-vocabulary/#object-types. Will probably almost always be Note but who knows!.',
  `text` TEXT NULL COMMENT 'Original text of the status without formatting',
  `content_type` SMALLINT NULL COMMENT 'Content type used to process the original text of the status',
  `federated` BOOLEAN NOT NULL COMMENT 'This status will be federated beyond the local timeline(s)',
  `interaction_policy` JSON NULL COMMENT 'InteractionPolicy for this status. If null then the default InteractionPolicy should be assumed for this status''s Visibility. Always null for boost wrappers.',
  `pending_approval` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'If true then status is a reply or boost wrapper that must be Approved by the reply-ee or boost-ee before being fully distributed.',
  `approved_by_uri` VARCHAR(255) NULL COMMENT 'URI of *either* an Accept Activity, or a ReplyAuthorization or AnnounceAuthorization, which approves the Announce, Create or interaction request Activity that this status was/will be attached to.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_edits` (
  `id` CHAR(26) NOT NULL COMMENT 'ID of this item in the database.',
  `content` TEXT NULL COMMENT 'Content of status at time of edit; likely html-formatted but not guaranteed.',
  `content_warning` TEXT NULL COMMENT 'Content warning of status at time of edit.',
  `text` TEXT NULL COMMENT 'Original status text, without formatting, at time of edit.',
  `content_type` SMALLINT NULL COMMENT 'Content type used to process the original text of the status.',
  `language` VARCHAR(255) NULL COMMENT 'Status language at time of edit.',
  `sensitive` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Status sensitive flag at time of edit.',
  `attachments` TEXT NULL COMMENT 'Database IDs of media attachments associated with status at time of edit.',
  `attachment_descriptions` TEXT NULL COMMENT 'Previous media descriptions of media attachments associated with status at time of edit.',
  `poll_options` TEXT NULL COMMENT 'Poll options of status at time of edit, only set if status contains a poll.',
  `poll_votes` TEXT NULL COMMENT 'Poll vote count at time of status edit, only set if poll votes were reset.',
  `status_id` CHAR(26) NOT NULL COMMENT 'The originating status ID this is a historical edit of.',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The creation time of this version of the status content (according to receiving server).',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media_attachments` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `status_id` CHAR(26) NULL COMMENT 'ID of the status to which this is attached',
  `url` VARCHAR(255) NULL COMMENT 'Where can the attachment be retrieved on *this* server',
  `remote_url` VARCHAR(255) NULL COMMENT 'Where can the attachment be retrieved on a remote server (empty for local media)',
  `type` BIGINT NOT NULL DEFAULT 0 COMMENT 'Type of file (image/gifv/audio/video/unknown)',
  `original_width` BIGINT NULL,
  `original_height` BIGINT NULL,
  `original_size` BIGINT NULL,
  `original_aspect` FLOAT NULL,
  `original_duration` FLOAT NULL,
  `original_framerate` FLOAT NULL,
  `original_bitrate` BIGINT NULL,
  `small_width` BIGINT NULL,
  `small_height` BIGINT NULL,
  `small_size` BIGINT NULL,
  `small_aspect` FLOAT NULL,
  `focus_x` FLOAT NULL,
  `focus_y` FLOAT NULL,
  `account_id` CHAR(26) NOT NULL COMMENT 'To which account does this attachment belong',
  `description` TEXT NULL COMMENT 'Description of the attachment (for screenreaders)',
  `scheduled_status_id` CHAR(26) NULL COMMENT 'To which scheduled status does this attachment belong',
  `blurhash` VARCHAR(255) NULL COMMENT 'What is the generated blurhash of this attachment',
  `processing` BIGINT NOT NULL DEFAULT 2 COMMENT 'What is the processing status of this attachment',
  `file_path` VARCHAR(255) NOT NULL COMMENT 'Path of the file in storage.',
  `file_content_type` VARCHAR(255) NOT NULL COMMENT 'MIME content type of the file.',
  `file_file_size` BIGINT NOT NULL COMMENT 'File size in bytes',
  `thumbnail_path` VARCHAR(255) NOT NULL COMMENT 'Path of the file in storage.',
  `thumbnail_content_type` VARCHAR(255) NOT NULL COMMENT 'MIME content type of the file.',
  `thumbnail_file_size` BIGINT NOT NULL COMMENT 'File size in bytes',
  `thumbnail_url` VARCHAR(255) NULL COMMENT 'What is the URL of the thumbnail on the local server',
  `thumbnail_remote_url` VARCHAR(255) NULL COMMENT 'What is the remote URL of the thumbnail (empty for local media)',
  `avatar` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Is this attachment being used as an avatar?',
  `header` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Is this attachment being used as a header?',
  `cached` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Is this attachment currently cached by our instance?',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mentions` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `status_id` CHAR(26) NOT NULL COMMENT 'ID of the status this mention originates from',
  `origin_account_id` CHAR(26) NOT NULL COMMENT 'ID of the mention creator account',
  `origin_account_uri` VARCHAR(255) NOT NULL COMMENT 'ActivityPub URI of the originator/creator of the mention',
  `target_account_id` CHAR(26) NOT NULL COMMENT 'Mention target/receiver account ID',
  `silent` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Prevent this mention from generating a notification?',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `polls` (
  `id` CHAR(26) NOT NULL COMMENT 'Unique identity string.',
  `multiple` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Is this a multiple choice poll? i.e. can you vote on multiple options.',
  `hide_counts` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Hides vote counts until poll ends.',
  `options` JSON NOT NULL COMMENT 'The available options for this poll.',
  `votes` JSON NOT NULL COMMENT 'Vote counts per choice.',
  `voters` BIGINT NOT NULL COMMENT 'Total no. voters count.',
  `status_id` CHAR(26) NOT NULL COMMENT 'Status ID of which this Poll is attached to.',
  `expires_at` DATETIME NULL COMMENT 'The expiry date of this Poll, will be zerotime until set. (local polls ALWAYS have this set).',
  `closed_at` DATETIME NULL COMMENT 'The closure date of this poll, anything other than zerotime indicates closed.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `poll_votes` (
  `id` CHAR(26) NOT NULL COMMENT 'Unique identity string.',
  `choices` JSON NOT NULL COMMENT 'The Poll''s option indices of which these are votes for.',
  `account_id` CHAR(26) NOT NULL COMMENT 'Account ID from which this vote originated.',
  `poll_id` CHAR(26) NOT NULL COMMENT 'Poll ID of which this is a vote in.',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'The creation date of this PollVote.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_faves` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `account_id` CHAR(26) NOT NULL COMMENT 'id of the account that created (''did'') the fave',
  `target_account_id` CHAR(26) NOT NULL COMMENT 'id the account owning the faved status',
  `status_id` CHAR(26) NOT NULL COMMENT 'database id of the status that has been ''faved''',
  `uri` VARCHAR(255) NOT NULL COMMENT 'ActivityPub URI of this fave',
  `pending_approval` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'If true then Like must be Approved by the like-ee before being fully distributed.',
  `approved_by_uri` VARCHAR(255) NULL COMMENT 'URI of an Accept Activity that approves this Like.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_bookmarks` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `account_id` CHAR(26) NOT NULL COMMENT 'id of the account that created (''did'') the bookmark',
  `target_account_id` CHAR(26) NOT NULL COMMENT 'id the account owning the bookmarked status',
  `status_id` CHAR(26) NOT NULL COMMENT 'database id of the status that has been bookmarked',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scheduled_statuses` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `account_id` CHAR(26) NOT NULL COMMENT 'which account scheduled this status',
  `scheduled_at` DATETIME NOT NULL COMMENT 'time at which the status is scheduled',
  `text` TEXT NULL COMMENT 'Text content of the status',
  `poll_options` TEXT NULL COMMENT 'The available options for this poll.',
  `poll_expires_in` BIGINT NULL COMMENT 'Duration the poll should be open, in seconds',
  `poll_multiple` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Is this a multiple choice poll? i.e. can you vote on multiple options.',
  `poll_hide_totals` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Hides vote counts until poll ends.',
  `attachments` TEXT NULL COMMENT 'Database IDs of any media attachments associated with this status',
  `sensitive` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'mark the status as sensitive?',
  `spoiler_text` TEXT NULL COMMENT 'Original text of the content warning without formatting',
  `visibility` SMALLINT NOT NULL COMMENT 'visibility entry for this status',
  `in_reply_to_id` CHAR(26) NULL COMMENT 'id of the status this status replies to',
  `language` VARCHAR(255) NULL COMMENT 'what language is this status written in?',
  `application_id` CHAR(26) NULL COMMENT 'Which application was used to create this status?',
  `local_only` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Whether the status is not federated',
  `content_type` VARCHAR(255) NULL COMMENT 'Content type used to process the original text of the status',
  `interaction_policy` JSON NULL COMMENT 'InteractionPolicy for this status. If null then the default InteractionPolicy should be assumed for this status''s Visibility. Always null for boost wrappers.',
  `idempotency` VARCHAR(255) NULL COMMENT 'Currently unused',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `interaction_requests` (
  `id` CHAR(26) NOT NULL COMMENT 'ID of this item in the database.',
  `target_status_id` CHAR(26) NOT NULL COMMENT 'ID of the status targeted by the interaction.',
  `target_account_id` CHAR(26) NOT NULL COMMENT 'ID of the account being interacted with.',
  `interacting_account_id` CHAR(26) NOT NULL COMMENT 'ID of the account doing the interaction request.',
  `interaction_request_uri` VARCHAR(255) NOT NULL COMMENT 'URI of the Request, if this InteractionRequest originated from a polite Request type (LikeRequest, ReplyRequest, AnnounceRequest, etc.). If the interaction request originated from an interaction (Like, Create (status), Announce, etc.) transmitted ...',
  `interaction_uri` VARCHAR(255) NOT NULL COMMENT 'URI of the interaction itself.',
  `interaction_type` SMALLINT NOT NULL COMMENT 'Type of interaction being requested.',
  `polite` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'True if this interaction request originated from a polite Request type.',
  `accepted_at` DATETIME NULL COMMENT 'If interaction request was accepted, time at which this occurred.',
  `rejected_at` DATETIME NULL COMMENT 'If interaction request was rejected, time at which this occurred.',
  `response_uri` VARCHAR(255) NULL COMMENT 'URI of the Accept (if accepted) or Reject (if rejected). Field may be empty if currently neither accepted not rejected, or if acceptance/rejection was implicit (ie., not resulting from an Activity).',
  `authorization_uri` VARCHAR(255) NULL COMMENT 'URI of the Authorization object (if accepted). Field will only be set if the interaction has been accepted.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sin_bin_statuses` (
  `id` CHAR(26) NOT NULL COMMENT 'ID of this item in the database.',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Creation time of this item.',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Last-updated time of this item.',
  `uri` VARCHAR(255) NOT NULL COMMENT 'ActivityPub URI/ID of this status.',
  `url` VARCHAR(255) NULL COMMENT 'Web url for viewing this status.',
  `domain` VARCHAR(255) NULL COMMENT 'Domain of the status, will be null if this is a local status, otherwise something like `example.org`.',
  `account_uri` VARCHAR(255) NOT NULL COMMENT 'ActivityPub uri of the author of this status.',
  `in_reply_to_uri` VARCHAR(255) NULL COMMENT 'ActivityPub uri of the status this status is a reply to.',
  `content` TEXT NULL COMMENT 'Content of this status.',
  `attachment_links` TEXT NULL COMMENT 'Links to attachments of this status.',
  `mention_target_ur_is` TEXT NULL COMMENT 'URIs of mentioned accounts.',
  `emoji_links` TEXT NULL COMMENT 'Links to any emoji images used in this status.',
  `poll_options` TEXT NULL COMMENT 'String values of any poll options used in this status.',
  `content_warning` TEXT NULL COMMENT 'CW / subject string for this status.',
  `visibility` SMALLINT NOT NULL COMMENT 'Visibility level of this status.',
  `sensitive` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Mark the status as sensitive.',
  `language` VARCHAR(255) NULL COMMENT 'Language code for this status.',
  `activity_streams_type` VARCHAR(255) NOT NULL COMMENT 'ActivityStreams type of this status.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `follows` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `uri` VARCHAR(255) NOT NULL COMMENT 'ActivityPub uri of this follow.',
  `account_id` CHAR(26) NOT NULL COMMENT 'Who does this follow originate from?',
  `target_account_id` CHAR(26) NOT NULL COMMENT 'Who is the target of this follow ?',
  `show_reblogs` BOOLEAN NOT NULL DEFAULT 1 COMMENT 'Does this follow also want to see reblogs and not just posts?',
  `notify` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'does the following account want to be notified when the followed account posts?',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `follow_requests` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `uri` VARCHAR(255) NOT NULL COMMENT 'ActivityPub uri of this follow (request).',
  `account_id` CHAR(26) NOT NULL COMMENT 'Who does this follow request originate from?',
  `target_account_id` CHAR(26) NOT NULL COMMENT 'Who is the target of this follow request?',
  `show_reblogs` BOOLEAN NOT NULL DEFAULT 1 COMMENT 'Does this follow also want to see reblogs and not just posts?',
  `notify` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'does the following account want to be notified when the followed account posts?',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blocks` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `uri` VARCHAR(255) NOT NULL COMMENT 'ActivityPub uri of this block.',
  `account_id` CHAR(26) NOT NULL COMMENT 'Who does this block originate from?',
  `target_account_id` CHAR(26) NOT NULL COMMENT 'Who is the target of this block ?',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_mutes` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `expires_at` DATETIME NULL COMMENT 'Time mute should expire. If null, should not expire.',
  `account_id` CHAR(26) NOT NULL COMMENT 'Who does this mute originate from?',
  `target_account_id` CHAR(26) NOT NULL COMMENT 'Who is the target of this mute?',
  `notifications` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Apply mute to notifications as well as statuses.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `thread_mutes` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `thread_id` CHAR(26) NOT NULL COMMENT 'ID of the muted thread',
  `account_id` CHAR(26) NOT NULL COMMENT 'Account ID of the creator of this mute',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `notification_type` SMALLINT NOT NULL COMMENT 'Type of this notification',
  `target_account_id` CHAR(26) NOT NULL COMMENT 'ID of the account targeted by the notification (ie., who will receive the notification?)',
  `origin_account_id` CHAR(26) NOT NULL COMMENT 'ID of the account that performed the action that created the notification.',
  `status_id` CHAR(26) NULL COMMENT 'If the notification pertains to a status or a status edit event, what is the database ID of the status or status edit?',
  `read` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Notification has been seen/read',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `id` CHAR(26) NOT NULL COMMENT 'ID of this item in the database.',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When was this item created?',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When was this item last updated?',
  `account_id` CHAR(26) NOT NULL COMMENT 'Account that owns the conversation.',
  `other_account_ids` TEXT NULL COMMENT 'Other accounts participating in the conversation. Doesn''t include the owner. May be empty in the case of a DM to yourself.',
  `other_accounts_key` VARCHAR(255) NOT NULL COMMENT 'Denormalized lookup key derived from unique OtherAccountIDs, sorted and concatenated with commas. May be empty in the case of a DM to yourself.',
  `thread_id` CHAR(26) NOT NULL COMMENT 'Thread that the conversation is part of.',
  `last_status_id` CHAR(26) NOT NULL COMMENT 'ID of the last status in this conversation.',
  `read` BOOLEAN NULL DEFAULT 0 COMMENT 'Has the owner read all statuses in this conversation?',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_to_statuses` (
  `conversation_id` CHAR(26) NOT NULL,
  `status_id` CHAR(26) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lists` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `title` VARCHAR(255) NOT NULL COMMENT 'Title of this list.',
  `account_id` CHAR(26) NOT NULL COMMENT 'Account that created/owns the list',
  `replies_policy` VARCHAR(255) NOT NULL DEFAULT 'followed' COMMENT 'RepliesPolicy for this list.',
  `exclusive` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Hide posts from members of this list from your home timeline.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `list_entries` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `list_id` CHAR(26) NOT NULL COMMENT 'ID of the list that this entry belongs to.',
  `follow_id` CHAR(26) NOT NULL COMMENT 'Follow that the account owning this entry wants to see posts of in the timeline.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `markers` (
  `account_id` CHAR(26) NOT NULL COMMENT 'ID of the local account that owns the marker',
  `name` VARCHAR(255) NOT NULL COMMENT 'Name of the marked timeline',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When marker was last updated',
  `version` BIGINT NOT NULL DEFAULT 0 COMMENT 'For optimistic concurrency control',
  `last_read_id` CHAR(26) NOT NULL COMMENT 'Last ID read on this timeline (status ID for home, notification ID for notifications)',
  PRIMARY KEY (`account_id`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moves` (
  `id` CHAR(26) NOT NULL COMMENT 'ID of this item in the database.',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When was item created.',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When was item last updated.',
  `attempted_at` DATETIME NULL COMMENT 'When was processing of the Move to TargetURI last attempted by our instance (zero if not yet attempted).',
  `succeeded_at` DATETIME NULL COMMENT 'When did the processing of the Move to TargetURI succeed according to our criteria (zero if not yet complete).',
  `origin_uri` VARCHAR(255) NOT NULL COMMENT 'OriginURI of the Move. Ie., the Move Object.',
  `target_uri` VARCHAR(255) NOT NULL COMMENT 'TargetURI of the Move. Ie., the Move Target.',
  `uri` VARCHAR(255) NOT NULL COMMENT 'ActivityPub ID/URI of the Move Activity itself.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filters` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `expires_at` DATETIME NULL COMMENT 'Time filter should expire. If null, should not expire.',
  `account_id` CHAR(26) NOT NULL COMMENT 'ID of the local account that created the filter.',
  `title` VARCHAR(255) NOT NULL COMMENT 'The name of the filter.',
  `action` SMALLINT NOT NULL DEFAULT 0 COMMENT 'The action to take.',
  `keywords` TEXT NULL,
  `statuses` TEXT NULL,
  `contexts` SMALLINT NOT NULL DEFAULT 0 COMMENT 'Which contexts does this filter apply in?',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filter_keywords` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `filter_id` CHAR(26) NOT NULL COMMENT 'ID of the filter that this keyword belongs to.',
  `keyword` VARCHAR(255) NOT NULL COMMENT 'The keyword or phrase to filter against.',
  `whole_word` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Should the filter consider word boundaries?',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `web_push_subscriptions` (
  `id` CHAR(26) NOT NULL COMMENT 'ID of this subscription in the database.',
  `account_id` CHAR(26) NOT NULL COMMENT 'AccountID of the local account that created this subscription.',
  `token_id` CHAR(26) NOT NULL COMMENT 'TokenID is the ID of the associated access token. There can be at most one subscription for any given access token,',
  `endpoint` VARCHAR(255) NOT NULL COMMENT 'Endpoint is the URL receiving Web Push notifications for this subscription.',
  `auth` VARCHAR(255) NOT NULL COMMENT 'Auth is a Base64-encoded authentication secret.',
  `p256dh` VARCHAR(255) NOT NULL COMMENT 'P256dh is a Base64-encoded Diffie-Hellman public key on the P-256 elliptic curve.',
  `notification_flags` BIGINT NOT NULL COMMENT 'NotificationFlags controls which notifications are delivered to this subscription.',
  `policy` SMALLINT NOT NULL DEFAULT 1 COMMENT 'Policy controls which accounts are allowed to trigger notifications for this subscription.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `uri` VARCHAR(255) NOT NULL COMMENT 'activitypub URI of this report',
  `account_id` CHAR(26) NOT NULL COMMENT 'which account created this report',
  `target_account_id` CHAR(26) NOT NULL COMMENT 'which account is targeted by this report',
  `comment` TEXT NULL COMMENT 'comment / explanation for this report, by the reporter',
  `statuses` TEXT NULL COMMENT 'database IDs of any statuses referenced by this report',
  `rules` TEXT NULL COMMENT 'database IDs of any rules referenced by this report',
  `forwarded` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'flag to indicate report should be forwarded to remote instance',
  `action_taken` VARCHAR(255) NULL COMMENT 'string description of what action was taken in response to this report',
  `action_taken_at` DATETIME NULL COMMENT 'time at which action was taken, if any',
  `action_taken_by_account_id` CHAR(26) NULL COMMENT 'database ID of account which took action, if any',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_actions` (
  `id` CHAR(26) NOT NULL COMMENT 'ID of this item in the database.',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Creation time of this item.',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Last updated time of this item.',
  `completed_at` DATETIME NULL COMMENT 'Completion time of this item.',
  `target_category` SMALLINT NOT NULL COMMENT 'Category of the entity targeted by this action.',
  `target_id` VARCHAR(255) NOT NULL COMMENT 'Identifier of the target. May be a ULID (in case of accounts), or a domain name (in case of domains).',
  `type` SMALLINT NOT NULL COMMENT 'Type of action that was taken.',
  `account_id` CHAR(26) NOT NULL COMMENT 'Who performed this admin action.',
  `text` TEXT NULL COMMENT 'Free text field for explaining why this action was taken, or adding a note about this action.',
  `send_email` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Send an email to the target account''s user to explain what happened (local accounts only).',
  `reports` TEXT NULL COMMENT 'IDs of any reports cited when creating this action.',
  `errors` TEXT NULL COMMENT 'String value of any error(s) encountered while processing. May be helpful for admins to debug.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instances` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `domain` VARCHAR(255) NOT NULL COMMENT 'Instance domain eg example.org',
  `title` VARCHAR(255) NULL COMMENT 'Title of this instance as it would like to be displayed.',
  `uri` VARCHAR(255) NOT NULL COMMENT 'base URI of this instance eg https://example.org',
  `suspended_at` DATETIME NULL COMMENT 'When was this instance suspended, if at all?',
  `domain_block_id` CHAR(26) NULL COMMENT 'ID of any existing domain block for this instance in the database',
  `short_description` TEXT NULL COMMENT 'Short description of this instance',
  `short_description_text` TEXT NULL COMMENT 'Raw text version of short description (before parsing).',
  `description` TEXT NULL COMMENT 'Longer description of this instance.',
  `description_text` TEXT NULL COMMENT 'Raw text version of long description (before parsing).',
  `custom_css` TEXT NULL COMMENT 'Custom CSS for the instance.',
  `terms` TEXT NULL COMMENT 'Terms and conditions of this instance.',
  `terms_text` TEXT NULL COMMENT 'Raw text version of terms (before parsing).',
  `contact_email` VARCHAR(255) NULL COMMENT 'Contact email address for this instance',
  `contact_account_username` VARCHAR(255) NULL COMMENT 'Username of the contact account for this instance',
  `contact_account_id` CHAR(26) NULL COMMENT 'Contact account ID in the database for this instance',
  `reputation` BIGINT NOT NULL DEFAULT 0 COMMENT 'Reputation score of this instance',
  `version` VARCHAR(255) NULL COMMENT 'Version of the software used on this instance',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_blocks` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `domain` VARCHAR(255) NOT NULL COMMENT 'domain to block. Eg. ''whatever.com''',
  `created_by_account_id` CHAR(26) NOT NULL COMMENT 'Account ID of the creator of this block',
  `private_comment` TEXT NULL COMMENT 'Private comment on this block, viewable to admins',
  `public_comment` TEXT NULL COMMENT 'Public comment on this block, viewable (optionally) by everyone',
  `obfuscate` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'whether the domain name should appear obfuscated when displaying it publicly',
  `subscription_id` CHAR(26) NULL COMMENT 'if this block was created through a subscription, what''s the subscription ID?',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_domain_blocks` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `domain` VARCHAR(255) NOT NULL COMMENT 'Email domain to block. Eg. ''gmail.com'' or ''hotmail.com''',
  `created_by_account_id` CHAR(26) NOT NULL COMMENT 'Account ID of the creator of this block',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emojis` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `shortcode` VARCHAR(255) NOT NULL COMMENT 'String shortcode for this emoji -- the part that''s between colons. This should be a-zA-Z_ eg., ''blob_hug'' ''purple_heart'' ''Gay_Otter'' Must be unique with domain.',
  `domain` VARCHAR(255) NULL COMMENT 'Origin domain of this emoji, eg ''example.org'', ''queer.party''. empty string for local emojis.',
  `image_remote_url` VARCHAR(255) NULL COMMENT 'Where can this emoji be retrieved remotely? Null for local emojis.',
  `image_static_remote_url` VARCHAR(255) NULL COMMENT 'Where can a static / non-animated version of this emoji be retrieved remotely? Null for local emojis.',
  `image_url` VARCHAR(255) NULL COMMENT 'Where can this emoji be retrieved from the local server? Null for remote emojis.',
  `image_static_url` VARCHAR(255) NULL COMMENT 'Where can a static version of this emoji be retrieved from the local server? Null for remote emojis.',
  `image_path` VARCHAR(255) NOT NULL COMMENT 'Path of the emoji image in the server storage system.',
  `image_static_path` VARCHAR(255) NOT NULL COMMENT 'Path of a static version of the emoji image in the server storage system',
  `image_content_type` VARCHAR(255) NOT NULL COMMENT 'MIME content type of the emoji image',
  `image_static_content_type` VARCHAR(255) NOT NULL COMMENT 'MIME content type of the static version of the emoji image.',
  `image_file_size` BIGINT NOT NULL COMMENT 'Size of the emoji image file in bytes, for serving purposes.',
  `image_static_file_size` BIGINT NOT NULL COMMENT 'Size of the static version of the emoji image file in bytes, for serving purposes.',
  `disabled` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'Has a moderation action disabled this emoji from being shown?',
  `uri` VARCHAR(255) NOT NULL COMMENT 'ActivityPub uri of this emoji. Something like ''https://example.org/emojis/1234''',
  `visible_in_picker` BOOLEAN NOT NULL DEFAULT 1 COMMENT 'Is this emoji visible in the admin emoji picker?',
  `category_id` CHAR(26) NULL COMMENT 'ID of the category this emoji belongs to.',
  `cached` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'whether emoji is cached in locally in gotosocial storage.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `name` VARCHAR(255) NOT NULL COMMENT '(lowercase) name of the tag without the hash prefix',
  `useable` BOOLEAN NOT NULL DEFAULT 1 COMMENT 'Tag is useable on this instance.',
  `listable` BOOLEAN NOT NULL DEFAULT 1 COMMENT 'Tagged statuses can be listed on this instance.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_to_tags` (
  `status_id` CHAR(26) NOT NULL,
  `tag_id` CHAR(26) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rules` (
  `id` CHAR(26) NOT NULL COMMENT 'id of this item in the database',
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item created',
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when was item last updated',
  `text` TEXT NULL COMMENT 'text content of the rule',
  `order` BIGINT NOT NULL COMMENT 'rule ordering, index from 0',
  `deleted` BOOLEAN NOT NULL DEFAULT 0 COMMENT 'has this rule been deleted, still kept in database for reference in historic reports',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `worker_tasks` (
  `id` BIGINT NOT NULL,
  `worker_type` SMALLINT NOT NULL,
  `task_data` BLOB NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
