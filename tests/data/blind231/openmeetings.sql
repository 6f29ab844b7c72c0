-- Apache OpenMeetings (web conferencing: rooms, calendar, recordings, whiteboard files, chat, polls, private messages)
-- Upstream: github.com/apache/openmeetings, commit 32adbc8efd8a3b9a0f6c59632cc2a4749f67a216 (9.2.0-SNAPSHOT).
-- Licence: Apache-2.0.
-- OpenMeetings ships no DDL: OpenJPA builds the schema at start-up (`openjpa.jdbc.SynchronizeMappings=buildSchema`)
-- from the 34 classes listed in `openmeetings-web/src/main/webapp/WEB-INF/classes/META-INF/mysql_persistence.xml`,
-- the JPA entities in `openmeetings-db/src/main/java/org/apache/openmeetings/db/entity/**`. Written here as MySQL:
--   * table and column names exactly as the @Table / @Column / @JoinColumn / @CollectionTable / @SecondaryTable
--     annotations give them; columns in the entity's field order, the id first and the `inserted`, `updated`,
--     `deleted` columns of the mapped superclass HistoricalEntity last;
--   * types as OpenJPA's MySQL dictionary maps them: Long/long BIGINT, int/Integer INT, boolean BIT(1),
--     String VARCHAR(255) (or the annotated length), @Lob String TEXT, @Lob byte[] LONGBLOB, java.util.Date DATETIME,
--     LocalDate DATE, enums (EnumType.STRING) VARCHAR(255); IDENTITY ids AUTO_INCREMENT;
--   * `om_file` holds the single-table hierarchy BaseFileItem / FileItem / Recording, with OpenJPA's default
--     discriminator column DTYPE;
--   * element collections as their own tables (`om_user_right`, `room_hide_element`, `menu_group`, `oauth_mapping`),
--     the two secondary tables of AsteriskSipUser (`om_sipuser_aor`, `om_sipuser_endpoint`) keyed by `id`;
--   * unique and plain indexes from @Index / unique=true; foreign keys only where the entity declares
--     @ForeignKey(enabled = true) (OpenJPA creates no others).
-- Tables are ordered so that every referenced table comes first.

CREATE TABLE address (
  id BIGINT NOT NULL AUTO_INCREMENT,
  additionalname VARCHAR(255),
  comment TEXT,
  fax VARCHAR(255),
  country VARCHAR(255),
  street VARCHAR(255),
  town VARCHAR(255),
  zip VARCHAR(255),
  email VARCHAR(255),
  phone VARCHAR(255),
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  KEY email_idx (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE om_sipuser_auth (
  sip_db_id BIGINT NOT NULL AUTO_INCREMENT,
  id VARCHAR(255) NOT NULL,
  auth_type VARCHAR(255),
  username VARCHAR(255),
  password_digest VARCHAR(255),
  supported_algorithms_uac VARCHAR(255) NOT NULL,
  supported_algorithms_uas VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY (sip_db_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE om_sipuser_aor (
  id VARCHAR(255) NOT NULL,
  max_contacts INT,
  remove_existing VARCHAR(255) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE om_sipuser_endpoint (
  id VARCHAR(255) NOT NULL,
  aors VARCHAR(255),
  auth VARCHAR(255),
  context VARCHAR(255),
  transport VARCHAR(255) NOT NULL,
  allow VARCHAR(100) NOT NULL,
  mailboxes VARCHAR(255),
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE om_user (
  id BIGINT NOT NULL AUTO_INCREMENT,
  age DATE,
  firstname VARCHAR(255),
  lastlogin DATETIME,
  lastname VARCHAR(255),
  displayName VARCHAR(255),
  login VARCHAR(255),
  password VARCHAR(1024),
  regdate DATETIME,
  salutation VARCHAR(255),
  pictureuri VARCHAR(255),
  language_id BIGINT,
  resethash VARCHAR(255),
  resetdate DATETIME,
  activatehash VARCHAR(255),
  address_id BIGINT,
  sip_user_id BIGINT,
  external_id VARCHAR(255),
  time_zone_id VARCHAR(255),
  user_offers VARCHAR(255),
  user_searchs VARCHAR(255),
  show_contact_data BIT(1) NOT NULL,
  show_contact_data_to_contacts BIT(1) NOT NULL,
  type VARCHAR(255),
  owner_id BIGINT,
  domain_id BIGINT,
  otp_secret VARCHAR(255),
  otp_recovery VARCHAR(350),
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  KEY login_idx (login),
  KEY lastname_idx (lastname),
  KEY firstname_idx (firstname),
  KEY type_idx (type),
  CONSTRAINT FK_om_user_address_id FOREIGN KEY (address_id) REFERENCES address (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE om_user_right (
  user_id BIGINT,
  om_right VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE om_group (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(255),
  insertedby BIGINT,
  updatedby BIGINT,
  tag VARCHAR(255),
  limited BIT(1) NOT NULL,
  restricted BIT(1) NOT NULL,
  max_files_size INT NOT NULL,
  max_rec_size INT NOT NULL,
  max_rooms INT NOT NULL,
  recording_ttl INT NOT NULL,
  reminder_days INT NOT NULL,
  external BIT(1) NOT NULL,
  notify_user_int INT NOT NULL,
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  KEY group_name_idx (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE group_user (
  id BIGINT NOT NULL AUTO_INCREMENT,
  group_id BIGINT,
  user_id BIGINT,
  is_moderator BIT(1) NOT NULL,
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_group_user_group_id FOREIGN KEY (group_id) REFERENCES om_group (id),
  CONSTRAINT FK_group_user_user_id FOREIGN KEY (user_id) REFERENCES om_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE room (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(255),
  tag VARCHAR(10),
  comment TEXT,
  type VARCHAR(255),
  ispublic BIT(1) NOT NULL,
  capacity BIGINT,
  appointment BIT(1) NOT NULL,
  external_id VARCHAR(255),
  demo_room BIT(1) NOT NULL,
  demo_time INT,
  moderated BIT(1) NOT NULL,
  wait_moderator BIT(1) NOT NULL,
  allow_user_questions BIT(1) NOT NULL,
  audio_only BIT(1) NOT NULL,
  closed BIT(1) NOT NULL,
  redirect_url VARCHAR(255),
  owner_id BIGINT,
  wait_for_recording BIT(1) NOT NULL,
  allow_recording BIT(1) NOT NULL,
  chat_moderated BIT(1) NOT NULL,
  chat_opened BIT(1) NOT NULL,
  files_opened BIT(1) NOT NULL,
  sip_enabled BIT(1) NOT NULL,
  confno VARCHAR(255),
  pin VARCHAR(255),
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  KEY room_name_idx (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE room_hide_element (
  room_id BIGINT,
  hide_element VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE room_group (
  id BIGINT NOT NULL AUTO_INCREMENT,
  room_id BIGINT,
  group_id BIGINT,
  PRIMARY KEY (id),
  CONSTRAINT FK_room_group_room_id FOREIGN KEY (room_id) REFERENCES room (id),
  CONSTRAINT FK_room_group_group_id FOREIGN KEY (group_id) REFERENCES om_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE room_moderator (
  id BIGINT NOT NULL AUTO_INCREMENT,
  roomId BIGINT,
  is_supermoderator BIT(1) NOT NULL,
  user_id BIGINT,
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_room_moderator_roomId FOREIGN KEY (roomId) REFERENCES room (id),
  CONSTRAINT FK_room_moderator_user_id FOREIGN KEY (user_id) REFERENCES om_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE om_file (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(255),
  hash VARCHAR(255),
  parent_item_id BIGINT,
  room_id BIGINT,
  owner_id BIGINT,
  inserted_by BIGINT,
  width INT,
  height INT,
  type VARCHAR(255),
  group_id BIGINT,
  page_count INT NOT NULL,
  external_type VARCHAR(255),
  filesize BIGINT,
  external_id VARCHAR(255),
  comment VARCHAR(255),
  record_start DATETIME,
  record_end DATETIME,
  duration VARCHAR(255),
  is_interview BIT(1),
  status VARCHAR(255),
  notified BIT(1),
  DTYPE VARCHAR(255),
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY file_hash_idx (hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE room_file (
  id BIGINT NOT NULL AUTO_INCREMENT,
  room_id BIGINT NOT NULL,
  file_id BIGINT NOT NULL,
  wb_idx BIGINT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_room_file_file_id FOREIGN KEY (file_id) REFERENCES om_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE recording_chunk (
  id BIGINT NOT NULL AUTO_INCREMENT,
  recording_id BIGINT,
  ch_start DATETIME,
  ch_end DATETIME,
  stream_name VARCHAR(255),
  sid VARCHAR(255),
  type VARCHAR(255),
  stream_status VARCHAR(255),
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_recording_chunk_recording_id FOREIGN KEY (recording_id) REFERENCES om_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE file_log (
  id BIGINT NOT NULL AUTO_INCREMENT,
  file_id BIGINT,
  inserted DATETIME,
  name VARCHAR(255),
  message TEXT,
  exit_code INT,
  optional BIT(1) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE om_calendar (
  id BIGINT NOT NULL AUTO_INCREMENT,
  title VARCHAR(255),
  href VARCHAR(255),
  sync_token VARCHAR(255),
  sync_type VARCHAR(255),
  user_id BIGINT,
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_om_calendar_user_id FOREIGN KEY (user_id) REFERENCES om_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE appointment (
  id BIGINT NOT NULL AUTO_INCREMENT,
  title VARCHAR(255),
  location VARCHAR(255),
  app_start DATETIME,
  app_end DATETIME,
  description TEXT,
  user_id BIGINT,
  reminder VARCHAR(255),
  isdaily BIT(1),
  isweekly BIT(1),
  ismonthly BIT(1),
  isyearly BIT(1),
  room_id BIGINT,
  icalId VARCHAR(255),
  language_id BIGINT,
  is_password_protected BIT(1) NOT NULL,
  password VARCHAR(255),
  is_connected_event BIT(1) NOT NULL,
  is_reminder_email_send BIT(1) NOT NULL,
  calendar_id BIGINT,
  href VARCHAR(255),
  etag VARCHAR(255),
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  KEY title_idx (title),
  CONSTRAINT FK_appointment_user_id FOREIGN KEY (user_id) REFERENCES om_user (id),
  CONSTRAINT FK_appointment_room_id FOREIGN KEY (room_id) REFERENCES room (id),
  CONSTRAINT FK_appointment_calendar_id FOREIGN KEY (calendar_id) REFERENCES om_calendar (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE invitation (
  id BIGINT NOT NULL AUTO_INCREMENT,
  invited_by BIGINT,
  room_id BIGINT,
  recording_id BIGINT,
  hash VARCHAR(255),
  invitee_id BIGINT,
  password_protected BIT(1) NOT NULL,
  password VARCHAR(1024),
  valid VARCHAR(255),
  valid_from DATETIME,
  valid_to DATETIME,
  was_used BIT(1) NOT NULL,
  appointment_id BIGINT,
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY inv_hash_idx (hash),
  CONSTRAINT FK_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES om_user (id),
  CONSTRAINT FK_invitation_room_id FOREIGN KEY (room_id) REFERENCES room (id),
  CONSTRAINT FK_invitation_recording_id FOREIGN KEY (recording_id) REFERENCES om_file (id),
  CONSTRAINT FK_invitation_invitee_id FOREIGN KEY (invitee_id) REFERENCES om_user (id),
  CONSTRAINT FK_invitation_appointment_id FOREIGN KEY (appointment_id) REFERENCES appointment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE meeting_member (
  id BIGINT NOT NULL AUTO_INCREMENT,
  user_id BIGINT,
  appointment_id BIGINT,
  appointment_status VARCHAR(255),
  invitation_id BIGINT,
  is_connected_event BIT(1) NOT NULL,
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_meeting_member_user_id FOREIGN KEY (user_id) REFERENCES om_user (id),
  CONSTRAINT FK_meeting_member_appointment_id FOREIGN KEY (appointment_id) REFERENCES appointment (id),
  CONSTRAINT FK_meeting_member_invitation_id FOREIGN KEY (invitation_id) REFERENCES invitation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE chat (
  id BIGINT NOT NULL AUTO_INCREMENT,
  from_user_id BIGINT,
  to_room_id BIGINT,
  to_user_id BIGINT,
  message TEXT,
  sent DATETIME,
  need_moderation BIT(1) NOT NULL,
  from_name VARCHAR(255),
  status VARCHAR(255),
  PRIMARY KEY (id),
  CONSTRAINT FK_chat_from_user_id FOREIGN KEY (from_user_id) REFERENCES om_user (id),
  CONSTRAINT FK_chat_to_room_id FOREIGN KEY (to_room_id) REFERENCES room (id),
  CONSTRAINT FK_chat_to_user_id FOREIGN KEY (to_user_id) REFERENCES om_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE configuration (
  id BIGINT NOT NULL AUTO_INCREMENT,
  type VARCHAR(255),
  om_key VARCHAR(255),
  value VARCHAR(255),
  comment TEXT,
  fromVersion VARCHAR(255),
  user_id BIGINT,
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY key_idx (om_key),
  CONSTRAINT FK_configuration_user_id FOREIGN KEY (user_id) REFERENCES om_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE email_queue (
  id BIGINT NOT NULL AUTO_INCREMENT,
  recipients TEXT,
  replyTo VARCHAR(255),
  subject VARCHAR(255),
  body TEXT,
  ics LONGBLOB,
  ics_method VARCHAR(255),
  status VARCHAR(255) NOT NULL,
  error_count INT NOT NULL,
  last_error TEXT,
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE conference_log (
  id BIGINT NOT NULL AUTO_INCREMENT,
  type VARCHAR(255),
  inserted DATETIME,
  insertedby BIGINT,
  user_id BIGINT,
  streamid VARCHAR(255),
  room_id BIGINT,
  userip VARCHAR(255),
  scopename VARCHAR(255),
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE room_poll (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(255),
  question VARCHAR(255),
  created DATETIME,
  archived BIT(1) NOT NULL,
  type VARCHAR(255),
  user_id BIGINT,
  room_id BIGINT,
  PRIMARY KEY (id),
  CONSTRAINT FK_room_poll_user_id FOREIGN KEY (user_id) REFERENCES om_user (id),
  CONSTRAINT FK_room_poll_room_id FOREIGN KEY (room_id) REFERENCES room (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE room_poll_answer (
  id BIGINT NOT NULL AUTO_INCREMENT,
  user_id BIGINT,
  answer BIT(1),
  pointList INT,
  voteDate DATETIME,
  poll_id BIGINT,
  PRIMARY KEY (id),
  CONSTRAINT FK_room_poll_answer_user_id FOREIGN KEY (user_id) REFERENCES om_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE extra_menu (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(255),
  link VARCHAR(255),
  description VARCHAR(255),
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE menu_group (
  menu_id BIGINT,
  group_id BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE ldapconfig (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(255),
  config_file_name VARCHAR(255),
  add_domain_to_user_name BIT(1) NOT NULL,
  domain VARCHAR(255),
  is_active BIT(1) NOT NULL,
  insertedby_id BIGINT,
  updatedby_id BIGINT,
  comment TEXT,
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_ldapconfig_insertedby_id FOREIGN KEY (insertedby_id) REFERENCES om_user (id),
  CONSTRAINT FK_ldapconfig_updatedby_id FOREIGN KEY (updatedby_id) REFERENCES om_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE oauth_server (
  id BIGINT NOT NULL AUTO_INCREMENT,
  name VARCHAR(255),
  icon_url VARCHAR(255),
  enabled BIT(1) NOT NULL,
  client_id VARCHAR(255),
  client_secret VARCHAR(255),
  key_url VARCHAR(255),
  token_url VARCHAR(255),
  token_attributes VARCHAR(255),
  token_method VARCHAR(255),
  info_url VARCHAR(255),
  info_method VARCHAR(255),
  inserted DATETIME,
  updated DATETIME,
  deleted BIT(1) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE oauth_mapping (
  oauth_id BIGINT,
  name VARCHAR(255),
  value VARCHAR(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE sessiondata (
  id BIGINT NOT NULL AUTO_INCREMENT,
  user_id BIGINT,
  room_id BIGINT,
  session_id VARCHAR(255),
  created DATETIME,
  refreshed DATETIME,
  xml TEXT,
  permanent BIT(1) NOT NULL,
  language_id BIGINT,
  PRIMARY KEY (id),
  UNIQUE KEY session_id_idx (session_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE soaplogin (
  id BIGINT NOT NULL AUTO_INCREMENT,
  hash VARCHAR(255),
  room_id BIGINT,
  external_room_id VARCHAR(255),
  external_type VARCHAR(255),
  session_hash VARCHAR(255),
  created DATETIME,
  used BIT(1) NOT NULL,
  use_date DATETIME,
  moderator BIT(1) NOT NULL,
  showaudiovideotest BIT(1) NOT NULL,
  allow_same_url_multiple_times BIT(1) NOT NULL,
  client_url VARCHAR(255),
  recording_id BIGINT,
  allow_recording BIT(1) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY soap_hash_idx (hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE private_message_folder (
  id BIGINT NOT NULL AUTO_INCREMENT,
  folder_name VARCHAR(255),
  user_id BIGINT,
  inserted DATETIME,
  updated DATETIME,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE private_message (
  id BIGINT NOT NULL AUTO_INCREMENT,
  subject VARCHAR(255),
  message TEXT,
  inserted DATETIME,
  from_id BIGINT,
  to_id BIGINT,
  owner_id BIGINT,
  booked_room BIT(1) NOT NULL,
  room_id BIGINT,
  is_read BIT(1) NOT NULL,
  private_message_folder_id BIGINT,
  is_contact_request BIT(1) NOT NULL,
  user_contact_id BIGINT,
  PRIMARY KEY (id),
  CONSTRAINT FK_private_message_from_id FOREIGN KEY (from_id) REFERENCES om_user (id),
  CONSTRAINT FK_private_message_to_id FOREIGN KEY (to_id) REFERENCES om_user (id),
  CONSTRAINT FK_private_message_owner_id FOREIGN KEY (owner_id) REFERENCES om_user (id),
  CONSTRAINT FK_private_message_room_id FOREIGN KEY (room_id) REFERENCES room (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE user_contact (
  id BIGINT NOT NULL AUTO_INCREMENT,
  user_id BIGINT,
  owner_id BIGINT,
  pending BIT(1) NOT NULL,
  inserted DATETIME,
  updated DATETIME,
  share_calendar BIT(1) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_user_contact_owner_id FOREIGN KEY (owner_id) REFERENCES om_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
