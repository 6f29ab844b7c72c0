-- Twake (Linagora), open-source team collaboration and chat ("alternative to Microsoft Teams"): companies,
-- workspaces, channels and direct channels, members, messages, threads, files, notifications, applications.
-- Source: github.com/linagora/Twake, commit 39f533e5e838ef5c7b89168ee6349585a9ec950c (2024-07-05; services last
-- changed in 53be17a3), AGPL-3.0. Upstream has no SQL: the Node back end's own ORM declares every table in
-- `twake/backend/node/src/services/*/entities/*.ts` with @Entity(name, { primaryKey }) and
-- @Column(name, type), and creates them in Cassandra/ScyllaDB (`.../orm/connectors/cassandra/cassandra.ts`,
-- createTable) or as MongoDB collections. Every entity of the services (46 tables, the two of channel-member.ts
-- included) is written here, columns in declaration order (the order createTable uses), with the ORM's
-- Cassandra types (`typeTransforms.ts` cassandraType) as MySQL: encoded_string / string / json / encoded_json
-- TEXT -> TEXT (VARCHAR(191) where the column is part of the key), number BIGINT, counter BIGINT, uuid and
-- timeuuid CHAR(36), boolean BOOLEAN, twake_boolean TINYINT, twake_int INT, twake_datetime TIMESTAMP NULL.
-- PRIMARY KEY = the partition key followed by the clustering columns; Cassandra has no foreign keys, and the
-- globalIndexes (secondary indexes) are left out. The entities of the one-off PHP migration commands
-- (src/cli/cmds/migration_cmds) are not part of the application's schema and are left out.

-- applications/entities/application.ts, primaryKey ["id"]
CREATE TABLE applications (
  id CHAR(36) NOT NULL,
  group_id CHAR(36),
  is_default BOOLEAN,
  identity TEXT,
  api TEXT,
  access TEXT,
  display TEXT,
  publication TEXT,
  stats TEXT,
  PRIMARY KEY (id)
);

-- applications/entities/company-application.ts, primaryKey [["group_id"], "app_id", "id"]
CREATE TABLE group_app (
  group_id CHAR(36) NOT NULL,
  app_id CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  created_at BIGINT,
  created_by TEXT,
  PRIMARY KEY (group_id, app_id, id)
);

-- channels/entities/channel-activity.ts, primaryKey [["company_id", "workspace_id"], "channel_id"]
CREATE TABLE channel_activity (
  company_id VARCHAR(191) NOT NULL,
  workspace_id VARCHAR(191) NOT NULL,
  channel_id VARCHAR(191) NOT NULL,
  last_activity BIGINT,
  stats TEXT,
  last_message TEXT,
  PRIMARY KEY (company_id, workspace_id, channel_id)
);

-- channels/entities/channel-counters.ts, primaryKey [["id"], "counter_type", "company_id", "workspace_id"]
CREATE TABLE channel_counters (
  id CHAR(36) NOT NULL,
  counter_type VARCHAR(191) NOT NULL,
  company_id CHAR(36) NOT NULL,
  workspace_id VARCHAR(191) NOT NULL,
  value BIGINT,
  PRIMARY KEY (id, counter_type, company_id, workspace_id)
);

-- channels/entities/channel-member-read-cursors.ts, primaryKey [["company_id"], "channel_id", "user_id"]
CREATE TABLE channel_member_read_cursors (
  company_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  channel_id CHAR(36) NOT NULL,
  read_section TEXT,
  PRIMARY KEY (company_id, channel_id, user_id)
);

-- channels/entities/channel-member.ts, primaryKey [["company_id", "workspace_id"], "user_id", "channel_id"]
CREATE TABLE user_channels (
  company_id CHAR(36) NOT NULL,
  workspace_id VARCHAR(191) NOT NULL,
  user_id CHAR(36) NOT NULL,
  channel_id CHAR(36) NOT NULL,
  type TEXT,
  last_access BIGINT,
  last_increment BIGINT,
  favorite BOOLEAN,
  notification_level TEXT,
  expiration BIGINT,
  id TEXT,
  updated_at BIGINT,
  created_at BIGINT,
  PRIMARY KEY (company_id, workspace_id, user_id, channel_id)
);

-- channels/entities/channel-member.ts, primaryKey [["company_id", "workspace_id"], "channel_id", "user_id"]
CREATE TABLE channel_members (
  company_id CHAR(36) NOT NULL,
  workspace_id VARCHAR(191) NOT NULL,
  user_id CHAR(36) NOT NULL,
  channel_id CHAR(36) NOT NULL,
  type TEXT,
  PRIMARY KEY (company_id, workspace_id, channel_id, user_id)
);

-- channels/entities/channel-pending-emails.ts, primaryKey [["company_id", "workspace_id"], "channel_id", "email"]
CREATE TABLE channel_pending_emails (
  company_id CHAR(36) NOT NULL,
  workspace_id CHAR(36) NOT NULL,
  channel_id CHAR(36) NOT NULL,
  email VARCHAR(191) NOT NULL,
  PRIMARY KEY (company_id, workspace_id, channel_id, email)
);

-- channels/entities/channel.ts, primaryKey [["company_id", "workspace_id"], "id"]
CREATE TABLE channels (
  company_id CHAR(36) NOT NULL,
  workspace_id VARCHAR(191) NOT NULL,
  id CHAR(36) NOT NULL,
  name TEXT,
  icon TEXT,
  description TEXT,
  channel_group TEXT,
  is_readonly BOOLEAN,
  visibility TEXT,
  is_default BOOLEAN,
  archived BOOLEAN,
  archivation_date BIGINT,
  owner CHAR(36),
  members TEXT,
  connectors TEXT,
  updated_at BIGINT,
  created_at BIGINT,
  PRIMARY KEY (company_id, workspace_id, id)
);

-- channels/entities/default-channel.ts, primaryKey [["company_id", "workspace_id"], "channel_id"]
CREATE TABLE default_channels (
  company_id VARCHAR(191) NOT NULL,
  workspace_id VARCHAR(191) NOT NULL,
  channel_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (company_id, workspace_id, channel_id)
);

-- channels/entities/direct-channel.ts, primaryKey [["company_id"], "users", "channel_id"]
CREATE TABLE direct_channels (
  company_id CHAR(36) NOT NULL,
  channel_id VARCHAR(191) NOT NULL,
  users VARCHAR(191) NOT NULL,
  PRIMARY KEY (company_id, users, channel_id)
);

-- channels/entities/tab.ts, primaryKey [["company_id", "workspace_id"], "channel_id", "id"]
CREATE TABLE channel_tabs (
  company_id VARCHAR(191) NOT NULL,
  workspace_id VARCHAR(191) NOT NULL,
  channel_id VARCHAR(191) NOT NULL,
  id VARCHAR(191) NOT NULL,
  name TEXT,
  configuration TEXT,
  application_id TEXT,
  owner TEXT,
  col_order TEXT,
  updated_at BIGINT,
  created_at BIGINT,
  PRIMARY KEY (company_id, workspace_id, channel_id, id)
);

-- documents/entities/drive-file.ts, primaryKey [["company_id"], "id"]
CREATE TABLE drive_files (
  company_id CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  parent_id TEXT,
  is_in_trash BOOLEAN,
  is_directory BOOLEAN,
  name TEXT,
  extension TEXT,
  description TEXT,
  tags TEXT,
  added TEXT,
  last_modified TEXT,
  access_info TEXT,
  content_keywords TEXT,
  creator CHAR(36),
  size BIGINT,
  last_version_cache TEXT,
  PRIMARY KEY (company_id, id)
);

-- documents/entities/drive-twake-tab.ts, primaryKey [["company_id"], "tab_id"]
CREATE TABLE drive_twake_tab (
  company_id VARCHAR(191) NOT NULL,
  tab_id VARCHAR(191) NOT NULL,
  channel__id TEXT,
  item_id TEXT,
  level TEXT,
  PRIMARY KEY (company_id, tab_id)
);

-- documents/entities/file-version.ts, primaryKey [["drive_item_id"], "id"]
CREATE TABLE drive_file_versions (
  drive_item_id CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  provider TEXT,
  file_metadata TEXT,
  date_added BIGINT,
  creator_id CHAR(36),
  application_id TEXT,
  realname TEXT,
  `key` TEXT,
  mode TEXT,
  file_size BIGINT,
  filename TEXT,
  data TEXT,
  PRIMARY KEY (drive_item_id, id)
);

-- files/entities/file.ts, primaryKey [["company_id"], "id"]
CREATE TABLE files (
  company_id CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  user_id TEXT,
  application_id TEXT,
  encryption_key TEXT,
  updated_at BIGINT,
  created_at BIGINT,
  metadata TEXT,
  thumbnails TEXT,
  upload_data TEXT,
  PRIMARY KEY (company_id, id)
);

-- messages/entities/message-channel-marked-refs.ts, primaryKey [["company_id", "workspace_id"], "type", "channel_id", "thread_id", "message_id"]
CREATE TABLE message_channel_marked_refs (
  company_id CHAR(36) NOT NULL,
  workspace_id VARCHAR(191) NOT NULL,
  channel_id VARCHAR(191) NOT NULL,
  type VARCHAR(191) NOT NULL,
  thread_id CHAR(36) NOT NULL,
  message_id CHAR(36) NOT NULL,
  created_at BIGINT,
  created_by TEXT,
  PRIMARY KEY (company_id, workspace_id, type, channel_id, thread_id, message_id)
);

-- messages/entities/message-channel-refs-reversed.ts, primaryKey [["company_id", "workspace_id"], "channel_id", "thread_id"]
CREATE TABLE message_channel_refs_reversed (
  company_id CHAR(36) NOT NULL,
  workspace_id VARCHAR(191) NOT NULL,
  channel_id VARCHAR(191) NOT NULL,
  thread_id CHAR(36) NOT NULL,
  message_id CHAR(36),
  PRIMARY KEY (company_id, workspace_id, channel_id, thread_id)
);

-- messages/entities/message-channel-refs.ts, primaryKey [["company_id", "workspace_id"], "channel_id", "message_id"]
CREATE TABLE message_channel_refs (
  company_id CHAR(36) NOT NULL,
  workspace_id VARCHAR(191) NOT NULL,
  channel_id VARCHAR(191) NOT NULL,
  message_id CHAR(36) NOT NULL,
  thread_id CHAR(36),
  PRIMARY KEY (company_id, workspace_id, channel_id, message_id)
);

-- messages/entities/message-file-refs.ts, primaryKey [["target_type", "company_id", "target_id"], "id"]
CREATE TABLE message_file_refs (
  target_type VARCHAR(191) NOT NULL,
  target_id VARCHAR(191) NOT NULL,
  id CHAR(36) NOT NULL,
  created_at BIGINT,
  workspace_id TEXT,
  channel_id TEXT,
  thread_id CHAR(36),
  message_id CHAR(36),
  message_file_id TEXT,
  file_id TEXT,
  company_id CHAR(36) NOT NULL,
  PRIMARY KEY (target_type, company_id, target_id, id)
);

-- messages/entities/message-files.ts, primaryKey [["message_id"], "id"]
CREATE TABLE message_files (
  message_id CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  thread_id TEXT,
  company_id CHAR(36),
  created_at BIGINT,
  metadata TEXT,
  cache TEXT,
  PRIMARY KEY (message_id, id)
);

-- messages/entities/message-user-inbox-refs-reversed.ts, primaryKey [["company_id"], "user_id", "thread_id"]
CREATE TABLE message_user_inbox_refs_reversed (
  company_id CHAR(36) NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  thread_id CHAR(36) NOT NULL,
  last_activity BIGINT,
  PRIMARY KEY (company_id, user_id, thread_id)
);

-- messages/entities/message-user-inbox-refs.ts, primaryKey [["company_id"], "user_id", "last_activity", "thread_id"]
CREATE TABLE message_user_inbox_refs (
  company_id CHAR(36) NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  last_activity BIGINT NOT NULL,
  thread_id CHAR(36) NOT NULL,
  workspace_id TEXT,
  channel_id TEXT,
  PRIMARY KEY (company_id, user_id, last_activity, thread_id)
);

-- messages/entities/message-user-marked_refs.ts, primaryKey [["company_id"], "user_id", "bookmark_id", "id"]
CREATE TABLE message_user_marked_refs (
  company_id CHAR(36) NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  bookmark_id VARCHAR(191) NOT NULL,
  id CHAR(36) NOT NULL,
  workspace_id TEXT,
  channel_id TEXT,
  thread_id CHAR(36),
  message_id CHAR(36),
  PRIMARY KEY (company_id, user_id, bookmark_id, id)
);

-- messages/entities/messages.ts, primaryKey [["thread_id"], "id"]
CREATE TABLE messages (
  thread_id CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  type TEXT,
  subtype TEXT,
  created_at BIGINT,
  updated_at BIGINT,
  user_id CHAR(36),
  application_id TEXT,
  text TEXT,
  blocks TEXT,
  files TEXT,
  context TEXT,
  edited TEXT,
  pinned_info TEXT,
  quote_message TEXT,
  reactions TEXT,
  bookmarks TEXT,
  override TEXT,
  cache TEXT,
  links TEXT,
  status TEXT,
  PRIMARY KEY (thread_id, id)
);

-- messages/entities/threads.ts, primaryKey [["id"]]
CREATE TABLE threads (
  id CHAR(36) NOT NULL,
  created_by TEXT,
  created_at BIGINT,
  updated_at BIGINT,
  last_activity BIGINT,
  answers BIGINT,
  participants TEXT,
  PRIMARY KEY (id)
);

-- messages/entities/user-message-bookmarks.ts, primaryKey [["company_id"], "user_id", "id"]
CREATE TABLE user_message_bookmarks (
  company_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  name TEXT,
  PRIMARY KEY (company_id, user_id, id)
);

-- notifications/entities/channel-member-notification-preferences.ts, primaryKey [["company_id", "channel_id"], "user_id"]
CREATE TABLE channel_members_notification_preferences (
  user_id CHAR(36) NOT NULL,
  company_id CHAR(36) NOT NULL,
  channel_id CHAR(36) NOT NULL,
  preferences TEXT,
  last_read BIGINT,
  PRIMARY KEY (company_id, channel_id, user_id)
);

-- notifications/entities/channel-thread-users.ts, primaryKey [["company_id", "channel_id", "thread_id"], "user_id"]
CREATE TABLE channel_thread_users (
  company_id CHAR(36) NOT NULL,
  channel_id CHAR(36) NOT NULL,
  thread_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  PRIMARY KEY (company_id, channel_id, thread_id, user_id)
);

-- notifications/entities/user-notification-badges.ts, primaryKey [["company_id"], "user_id", "workspace_id", "channel_id", "thread_id"]
CREATE TABLE user_notification_badges (
  company_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  workspace_id VARCHAR(191) NOT NULL,
  channel_id CHAR(36) NOT NULL,
  thread_id VARCHAR(191) NOT NULL,
  message_id TEXT,
  id CHAR(36),
  mention_type TEXT,
  PRIMARY KEY (company_id, user_id, workspace_id, channel_id, thread_id)
);

-- notifications/entities/user-notification-digest.ts, primaryKey [["company_id"], "user_id"]
CREATE TABLE user_notification_digest (
  company_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  created_at BIGINT,
  deliver_at BIGINT,
  PRIMARY KEY (company_id, user_id)
);

-- online/entities/user-online.ts, primaryKey ["user_id"]
CREATE TABLE user_online (
  user_id CHAR(36) NOT NULL,
  is_connected BOOLEAN,
  last_seen BIGINT,
  PRIMARY KEY (user_id)
);

-- statistics/entities/statistics.ts, primaryKey [["company_id", "event_name"], "month_id"]
CREATE TABLE statistics (
  company_id VARCHAR(191) NOT NULL,
  event_name VARCHAR(191) NOT NULL,
  month_id BIGINT NOT NULL,
  value BIGINT,
  PRIMARY KEY (company_id, event_name, month_id)
);

-- tags/entities/tags.ts, primaryKey [["company_id"], "tag_id"]
CREATE TABLE tags (
  company_id CHAR(36) NOT NULL,
  tag_id VARCHAR(191) NOT NULL,
  name TEXT,
  colour TEXT,
  PRIMARY KEY (company_id, tag_id)
);

-- user/entities/company.ts, primaryKey [["id"]]
CREATE TABLE group_entity (
  id CHAR(36) NOT NULL,
  name TEXT,
  display_name TEXT,
  plan TEXT,
  stats TEXT,
  logo_id CHAR(36),
  logo TEXT,
  date_added BIGINT,
  on_creation_data TEXT,
  member_count BIGINT,
  identity_provider TEXT,
  identity_provider_id TEXT,
  PRIMARY KEY (id)
);

-- user/entities/company_user.ts, primaryKey [["user_id"], "group_id", "id"]
CREATE TABLE group_user (
  group_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  role TEXT,
  applications TEXT,
  nb_workspace BIGINT,
  date_added BIGINT,
  last_update_day BIGINT,
  level BIGINT,
  is_externe TINYINT,
  did_connect_today TINYINT,
  app_used_today TEXT,
  PRIMARY KEY (user_id, group_id, id)
);

-- user/entities/device.ts, primaryKey [["id"]]
CREATE TABLE devices (
  id VARCHAR(191) NOT NULL,
  user_id CHAR(36),
  type TEXT,
  version TEXT,
  push_notifications BOOLEAN,
  PRIMARY KEY (id)
);

-- user/entities/external_company.ts, primaryKey [["service_id"], "external_id", "company_id"]
CREATE TABLE external_group_repository (
  service_id VARCHAR(191) NOT NULL,
  external_id VARCHAR(191) NOT NULL,
  company_id VARCHAR(191) NOT NULL,
  PRIMARY KEY (service_id, external_id, company_id)
);

-- user/entities/external_user.ts, primaryKey [["service_id"], "external_id", "user_id"]
CREATE TABLE external_user_repository (
  service_id VARCHAR(191) NOT NULL,
  external_id VARCHAR(191) NOT NULL,
  user_id CHAR(36) NOT NULL,
  PRIMARY KEY (service_id, external_id, user_id)
);

-- user/entities/user.ts, primaryKey [["id"]]
CREATE TABLE user (
  id CHAR(36) NOT NULL,
  first_name TEXT,
  last_name TEXT,
  picture TEXT,
  status_icon TEXT,
  last_activity BIGINT,
  creation_date TIMESTAMP NULL,
  notification_preference TEXT,
  identity_provider TEXT,
  identity_provider_id TEXT,
  token_login TEXT,
  username_canonical TEXT,
  email_canonical TEXT,
  password TEXT,
  deleted TINYINT,
  mail_verified TINYINT,
  phone TEXT,
  thumbnail_id CHAR(36),
  language TEXT,
  timezone TEXT,
  preferences TEXT,
  cache TEXT,
  devices TEXT,
  salt TEXT,
  PRIMARY KEY (id)
);

-- workspaces/entities/workspace.ts, primaryKey [["company_id"], "id"]
CREATE TABLE workspaces (
  id CHAR(36) NOT NULL,
  company_id CHAR(36) NOT NULL,
  name TEXT,
  logo TEXT,
  stats TEXT,
  is_deleted BOOLEAN,
  is_archived BOOLEAN,
  is_default BOOLEAN,
  date_added BIGINT,
  preferences TEXT,
  PRIMARY KEY (company_id, id)
);

-- workspaces/entities/workspace_counters.ts, primaryKey [["id"], "counter_type"]
CREATE TABLE workspace_counters (
  id CHAR(36) NOT NULL,
  counter_type VARCHAR(191) NOT NULL,
  value BIGINT,
  PRIMARY KEY (id, counter_type)
);

-- workspaces/entities/workspace_invite_domain.ts, primaryKey [["domain"], "company_id", "workspace_id"]
CREATE TABLE workspace_invite_domain (
  company_id CHAR(36) NOT NULL,
  workspace_id CHAR(36) NOT NULL,
  domain VARCHAR(191) NOT NULL,
  PRIMARY KEY (domain, company_id, workspace_id)
);

-- workspaces/entities/workspace_invite_tokens.ts, primaryKey [["company_id"], "workspace_id", "user_id", "invite_token"]
CREATE TABLE workspace_invite_tokens (
  company_id CHAR(36) NOT NULL,
  workspace_id VARCHAR(191) NOT NULL,
  user_id VARCHAR(191) NOT NULL,
  invite_token VARCHAR(191) NOT NULL,
  channels TEXT,
  PRIMARY KEY (company_id, workspace_id, user_id, invite_token)
);

-- workspaces/entities/workspace_pending_users.ts, primaryKey [["workspace_id"], "email"]
CREATE TABLE workspace_pending_users (
  workspace_id CHAR(36) NOT NULL,
  email VARCHAR(191) NOT NULL,
  role TEXT,
  company_role TEXT,
  PRIMARY KEY (workspace_id, email)
);

-- workspaces/entities/workspace_user.ts, primaryKey [["workspace_id"], "user_id", "id"]
CREATE TABLE workspace_user (
  workspace_id CHAR(36) NOT NULL,
  user_id CHAR(36) NOT NULL,
  id CHAR(36) NOT NULL,
  role TEXT,
  date_added BIGINT,
  last_access BIGINT,
  is_externe TINYINT,
  PRIMARY KEY (workspace_id, user_id, id)
);

