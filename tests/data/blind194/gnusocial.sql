-- GNU social 1.2.0-beta4 (the 1.x PHP line; StatusNet's successor), github.com/foocorp/gnu-social (mirror of
-- git.gnu.io/gnu/gnu-social), commit 67a9c0415c395d92adeb784413bb9a88fba7347f (AGPL-3.0).
-- Tables: the core classes listed in db/core.php (classes/*.php) and the tables of the default plugins
-- Favorite, ActivityModeration, DirectMessage, OStatus, OpenID, Poll, Event, Bookmark, SearchSub, TagSub,
-- each from its schemaDef() array, rendered as lib/schema.php + lib/mysqlschema.php render it (types and
-- sizes, defaults, 'description' as COMMENT, unique keys, indexes as KEY, foreign keys as declared; upstream
-- creates the foreign keys on MySQL only with db.mysql_foreign_keys on). Left out: schema_version, nonce,
-- group_alias, related_group, group_inbox, file_redirection, file_thumbnail, file_oembed (Oembed plugin),
-- feedsub, hubsub (OStatus). Fulltext indexes left out, every table InnoDB. Dropped: the two foreign keys of
-- oauth_token_association, which upstream declares against the non-existent tables 'profile_id' and
-- 'application_id'.

CREATE TABLE `profile` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'unique identifier',
  `nickname` varchar(64) NOT NULL COMMENT 'nickname or username',
  `fullname` text COMMENT 'display name',
  `profileurl` text COMMENT 'URL, cached so we dont regenerate',
  `homepage` text COMMENT 'identifying URL',
  `bio` text COMMENT 'descriptive biography',
  `location` text COMMENT 'physical location',
  `lat` decimal(10,7) COMMENT 'latitude',
  `lon` decimal(10,7) COMMENT 'longitude',
  `location_id` int COMMENT 'location id if possible',
  `location_ns` int COMMENT 'namespace for location',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`id`),
  KEY `profile_nickname_idx` (`nickname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='local and remote users have profiles';

CREATE TABLE `avatar` (
  `profile_id` int NOT NULL COMMENT 'foreign key to profile table',
  `original` tinyint DEFAULT 0 COMMENT 'uploaded by user or generated?',
  `width` int NOT NULL COMMENT 'image width',
  `height` int NOT NULL COMMENT 'image height',
  `mediatype` varchar(32) NOT NULL COMMENT 'file type',
  `filename` varchar(191) COMMENT 'local filename, if local',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`profile_id`, `width`, `height`),
  KEY `avatar_profile_id_idx` (`profile_id`),
  CONSTRAINT `avatar_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sms_carrier` (
  `id` int NOT NULL COMMENT 'primary key for SMS carrier',
  `name` varchar(64) COMMENT 'name of the carrier',
  `email_pattern` varchar(191) NOT NULL COMMENT 'sprintf pattern for making an email address from a phone number',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`id`),
  CONSTRAINT `sms_carrier_name_key` UNIQUE (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `user` (
  `id` int NOT NULL COMMENT 'foreign key to profile table',
  `nickname` varchar(64) COMMENT 'nickname or username, duped in profile',
  `password` varchar(191) COMMENT 'salted password, can be null for OpenID users',
  `email` varchar(191) COMMENT 'email address for password recovery etc.',
  `incomingemail` varchar(191) COMMENT 'email address for post-by-email',
  `emailnotifysub` tinyint DEFAULT 1 COMMENT 'Notify by email of subscriptions',
  `emailnotifyfav` tinyint COMMENT 'Notify by email of favorites',
  `emailnotifynudge` tinyint DEFAULT 1 COMMENT 'Notify by email of nudges',
  `emailnotifymsg` tinyint DEFAULT 1 COMMENT 'Notify by email of direct messages',
  `emailnotifyattn` tinyint DEFAULT 1 COMMENT 'Notify by email of @-replies',
  `language` varchar(50) COMMENT 'preferred language',
  `timezone` varchar(50) COMMENT 'timezone',
  `emailpost` tinyint DEFAULT 1 COMMENT 'Post by email',
  `sms` varchar(64) COMMENT 'sms phone number',
  `carrier` int COMMENT 'foreign key to sms_carrier',
  `smsnotify` tinyint DEFAULT 0 COMMENT 'whether to send notices to SMS',
  `smsreplies` tinyint DEFAULT 0 COMMENT 'whether to send notices to SMS on replies',
  `smsemail` varchar(191) COMMENT 'built from sms and carrier',
  `uri` varchar(191) COMMENT 'universally unique identifier, usually a tag URI',
  `autosubscribe` tinyint DEFAULT 0 COMMENT 'automatically subscribe to users who subscribe to us',
  `subscribe_policy` tinyint DEFAULT 0 COMMENT '0 = anybody can subscribe; 1 = require approval',
  `urlshorteningservice` varchar(50) DEFAULT 'internal' COMMENT 'service to use for auto-shortening URLs',
  `private_stream` tinyint DEFAULT 0 COMMENT 'whether to limit all notices to followers only',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`id`),
  CONSTRAINT `user_nickname_key` UNIQUE (`nickname`),
  CONSTRAINT `user_email_key` UNIQUE (`email`),
  CONSTRAINT `user_incomingemail_key` UNIQUE (`incomingemail`),
  CONSTRAINT `user_sms_key` UNIQUE (`sms`),
  CONSTRAINT `user_uri_key` UNIQUE (`uri`),
  KEY `user_smsemail_idx` (`smsemail`),
  CONSTRAINT `user_id_fkey` FOREIGN KEY (`id`) REFERENCES `profile` (`id`),
  CONSTRAINT `user_carrier_fkey` FOREIGN KEY (`carrier`) REFERENCES `sms_carrier` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='local users';

CREATE TABLE `subscription` (
  `subscriber` int NOT NULL COMMENT 'profile listening',
  `subscribed` int NOT NULL COMMENT 'profile being listened to',
  `jabber` tinyint DEFAULT 1 COMMENT 'deliver jabber messages',
  `sms` tinyint DEFAULT 1 COMMENT 'deliver sms messages',
  `token` varchar(191) COMMENT 'authorization token',
  `secret` varchar(191) COMMENT 'token secret',
  `uri` varchar(191) COMMENT 'universally unique identifier',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`subscriber`, `subscribed`),
  CONSTRAINT `subscription_uri_key` UNIQUE (`uri`),
  KEY `subscription_subscriber_idx` (`subscriber`, `created`),
  KEY `subscription_subscribed_idx` (`subscribed`, `created`),
  KEY `subscription_token_idx` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `user_group` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'unique identifier',
  `profile_id` int NOT NULL COMMENT 'foreign key to profile table',
  `nickname` varchar(64) COMMENT 'nickname for addressing',
  `fullname` varchar(191) COMMENT 'display name',
  `homepage` varchar(191) COMMENT 'URL, cached so we dont regenerate',
  `description` text COMMENT 'group description',
  `location` varchar(191) COMMENT 'related physical location, if any',
  `original_logo` varchar(191) COMMENT 'original size logo',
  `homepage_logo` varchar(191) COMMENT 'homepage (profile) size logo',
  `stream_logo` varchar(191) COMMENT 'stream-sized logo',
  `mini_logo` varchar(191) COMMENT 'mini logo',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  `uri` varchar(191) COMMENT 'universal identifier',
  `mainpage` varchar(191) COMMENT 'page for group info to link to',
  `join_policy` tinyint COMMENT '0=open; 1=requires admin approval',
  `force_scope` tinyint COMMENT '0=never,1=sometimes,-1=always',
  PRIMARY KEY (`id`),
  CONSTRAINT `user_group_uri_key` UNIQUE (`uri`),
  KEY `user_group_nickname_idx` (`nickname`),
  KEY `user_group_profile_id_idx` (`profile_id`),
  CONSTRAINT `user_group_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `group_join_queue` (
  `profile_id` int NOT NULL COMMENT 'remote or local profile making the request',
  `group_id` int COMMENT 'remote or local group to join, if any',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  PRIMARY KEY (`profile_id`, `group_id`),
  KEY `group_join_queue_profile_id_created_idx` (`profile_id`, `created`),
  KEY `group_join_queue_group_id_created_idx` (`group_id`, `created`),
  CONSTRAINT `group_join_queue_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`),
  CONSTRAINT `group_join_queue_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `user_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='Holder for group join requests awaiting moderation.';

CREATE TABLE `subscription_queue` (
  `subscriber` int NOT NULL COMMENT 'remote or local profile making the request',
  `subscribed` int NOT NULL COMMENT 'remote or local profile being subscribed to',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  PRIMARY KEY (`subscriber`, `subscribed`),
  KEY `subscription_queue_subscriber_created_idx` (`subscriber`, `created`),
  KEY `subscription_queue_subscribed_created_idx` (`subscribed`, `created`),
  CONSTRAINT `subscription_queue_subscriber_fkey` FOREIGN KEY (`subscriber`) REFERENCES `profile` (`id`),
  CONSTRAINT `subscription_queue_subscribed_fkey` FOREIGN KEY (`subscribed`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='Holder for subscription requests awaiting moderation.';

CREATE TABLE `oauth_token_association` (
  `profile_id` int NOT NULL COMMENT 'associated user',
  `application_id` int NOT NULL COMMENT 'the application',
  `token` varchar(191) NOT NULL COMMENT 'token used for this association',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`profile_id`, `application_id`, `token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='Associate an application ID and profile ID with an OAuth token';

CREATE TABLE `conversation` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'Unique identifier, (again) unrelated to notice id since 2016-01-06',
  `uri` varchar(191) NOT NULL COMMENT 'URI of the conversation',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`id`),
  CONSTRAINT `conversation_uri_key` UNIQUE (`uri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `notice` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'unique identifier',
  `profile_id` int NOT NULL COMMENT 'who made the update',
  `uri` varchar(191) COMMENT 'universally unique identifier, usually a tag URI',
  `content` text COMMENT 'update content',
  `rendered` text COMMENT 'HTML version of the content',
  `url` varchar(191) COMMENT 'URL of any attachment (image, video, bookmark, whatever)',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  `reply_to` int COMMENT 'notice replied to (usually a guess)',
  `is_local` tinyint DEFAULT 0 COMMENT 'notice was generated by a user',
  `source` varchar(32) COMMENT 'source of comment, like "web", "im", or "clientname"',
  `conversation` int COMMENT 'id of root notice in this conversation',
  `repeat_of` int COMMENT 'notice this is a repeat of',
  `object_type` varchar(191) COMMENT 'URI representing activity streams object type',
  `verb` varchar(191) DEFAULT 'http://activitystrea.ms/schema/1.0/post' COMMENT 'URI representing activity streams verb',
  `scope` int COMMENT 'bit map for distribution scope; 0 = everywhere; 1 = this server only; 2 = addressees; 4 = followers; null = default',
  PRIMARY KEY (`id`),
  CONSTRAINT `notice_uri_key` UNIQUE (`uri`),
  KEY `notice_created_id_is_local_idx` (`created`, `id`, `is_local`),
  KEY `notice_profile_id_idx` (`profile_id`, `created`, `id`),
  KEY `notice_repeat_of_created_id_idx` (`repeat_of`, `created`, `id`),
  KEY `notice_conversation_created_id_idx` (`conversation`, `created`, `id`),
  KEY `notice_verb_idx` (`verb`),
  KEY `notice_replyto_idx` (`reply_to`),
  CONSTRAINT `notice_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`),
  CONSTRAINT `notice_reply_to_fkey` FOREIGN KEY (`reply_to`) REFERENCES `notice` (`id`),
  CONSTRAINT `notice_conversation_fkey` FOREIGN KEY (`conversation`) REFERENCES `conversation` (`id`),
  CONSTRAINT `notice_repeat_of_fkey` FOREIGN KEY (`repeat_of`) REFERENCES `notice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `notice_location` (
  `notice_id` int NOT NULL COMMENT 'notice that is the reply',
  `lat` decimal(10,7) COMMENT 'latitude',
  `lon` decimal(10,7) COMMENT 'longitude',
  `location_id` int COMMENT 'location id if possible',
  `location_ns` int COMMENT 'namespace for location',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`notice_id`),
  KEY `notice_location_location_id_idx` (`location_id`),
  CONSTRAINT `notice_location_notice_id_fkey` FOREIGN KEY (`notice_id`) REFERENCES `notice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `notice_source` (
  `code` varchar(32) NOT NULL COMMENT 'source code',
  `name` varchar(191) NOT NULL COMMENT 'name of the source',
  `url` varchar(191) NOT NULL COMMENT 'url to link to',
  `notice_id` int NOT NULL COMMENT 'date this record was created',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `notice_prefs` (
  `notice_id` int NOT NULL COMMENT 'user',
  `namespace` varchar(191) NOT NULL COMMENT 'namespace, like pluginname or category',
  `topic` varchar(191) NOT NULL COMMENT 'preference key, i.e. description, age...',
  `data` blob COMMENT 'topic data, may be anything',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`notice_id`, `namespace`, `topic`),
  KEY `notice_prefs_notice_id_idx` (`notice_id`),
  CONSTRAINT `notice_prefs_notice_id_fkey` FOREIGN KEY (`notice_id`) REFERENCES `notice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `reply` (
  `notice_id` int NOT NULL COMMENT 'notice that is the reply',
  `profile_id` int NOT NULL COMMENT 'profile replied to',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  `replied_id` int COMMENT 'notice replied to (not used, see notice.reply_to)',
  PRIMARY KEY (`notice_id`, `profile_id`),
  KEY `reply_notice_id_idx` (`notice_id`),
  KEY `reply_profile_id_idx` (`profile_id`),
  KEY `reply_replied_id_idx` (`replied_id`),
  KEY `reply_profile_id_modified_notice_id_idx` (`profile_id`, `modified`, `notice_id`),
  CONSTRAINT `reply_notice_id_fkey` FOREIGN KEY (`notice_id`) REFERENCES `notice` (`id`),
  CONSTRAINT `reply_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `consumer` (
  `consumer_key` varchar(191) NOT NULL COMMENT 'unique identifier, root URL',
  `consumer_secret` varchar(191) NOT NULL COMMENT 'secret value',
  `seed` char(32) NOT NULL COMMENT 'seed for new tokens by this consumer',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`consumer_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='OAuth consumer record';

CREATE TABLE `token` (
  `consumer_key` varchar(191) NOT NULL COMMENT 'unique identifier, root URL',
  `tok` char(32) NOT NULL COMMENT 'identifying value',
  `secret` char(32) NOT NULL COMMENT 'secret value',
  `type` tinyint DEFAULT 0 COMMENT 'request or access',
  `state` tinyint DEFAULT 0 COMMENT 'for requests, 0 = initial, 1 = authorized, 2 = used',
  `verifier` varchar(191) COMMENT 'verifier string for OAuth 1.0a',
  `verified_callback` varchar(191) COMMENT 'verified callback URL for OAuth 1.0a',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`consumer_key`, `tok`),
  CONSTRAINT `token_consumer_key_fkey` FOREIGN KEY (`consumer_key`) REFERENCES `consumer` (`consumer_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='OAuth token record';

CREATE TABLE `oauth_application` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'unique identifier',
  `owner` int NOT NULL COMMENT 'owner of the application',
  `consumer_key` varchar(191) NOT NULL COMMENT 'application consumer key',
  `name` varchar(191) NOT NULL COMMENT 'name of the application',
  `description` varchar(191) COMMENT 'description of the application',
  `icon` varchar(191) DEFAULT '/theme/base/default-avatar-stream.png' COMMENT 'application icon',
  `source_url` varchar(191) COMMENT 'application homepage - used for source link',
  `organization` varchar(191) COMMENT 'name of the organization running the application',
  `homepage` varchar(191) COMMENT 'homepage for the organization',
  `callback_url` varchar(191) COMMENT 'url to redirect to after authentication',
  `type` tinyint DEFAULT 0 COMMENT 'type of app, 1 = browser, 2 = desktop',
  `access_type` tinyint DEFAULT 0 COMMENT 'default access type, bit 1 = read, bit 2 = write',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`id`),
  CONSTRAINT `oauth_application_name_key` UNIQUE (`name`),
  CONSTRAINT `oauth_application_owner_fkey` FOREIGN KEY (`owner`) REFERENCES `profile` (`id`),
  CONSTRAINT `oauth_application_consumer_key_fkey` FOREIGN KEY (`consumer_key`) REFERENCES `consumer` (`consumer_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='OAuth application registration record';

CREATE TABLE `oauth_application_user` (
  `profile_id` int NOT NULL COMMENT 'user of the application',
  `application_id` int NOT NULL COMMENT 'id of the application',
  `access_type` tinyint DEFAULT 0 COMMENT 'access type, bit 1 = read, bit 2 = write',
  `token` varchar(191) COMMENT 'request or access token',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`profile_id`, `application_id`),
  CONSTRAINT `oauth_application_user_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`),
  CONSTRAINT `oauth_application_user_application_id_fkey` FOREIGN KEY (`application_id`) REFERENCES `oauth_application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `confirm_address` (
  `code` varchar(32) NOT NULL COMMENT 'good random code',
  `user_id` int NOT NULL COMMENT 'user who requested confirmation',
  `address` varchar(191) NOT NULL COMMENT 'address (email, xmpp, SMS, etc.)',
  `address_extra` varchar(191) COMMENT 'carrier ID, for SMS',
  `address_type` varchar(8) NOT NULL COMMENT 'address type ("email", "xmpp", "sms")',
  `claimed` datetime COMMENT 'date this was claimed for queueing',
  `sent` datetime COMMENT 'date this was sent for queueing',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`code`),
  CONSTRAINT `confirm_address_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `remember_me` (
  `code` varchar(32) NOT NULL COMMENT 'good random code',
  `user_id` int NOT NULL COMMENT 'user who is logged in',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`code`),
  CONSTRAINT `remember_me_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `queue_item` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'unique identifier',
  `frame` blob NOT NULL COMMENT 'data: object reference or opaque string',
  `transport` varchar(32) NOT NULL COMMENT 'queue for what? "email", "xmpp", "sms", "irc", ...',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `claimed` datetime COMMENT 'date this item was claimed',
  PRIMARY KEY (`id`),
  KEY `queue_item_created_idx` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `notice_tag` (
  `tag` varchar(64) NOT NULL COMMENT 'hash tag associated with this notice',
  `notice_id` int NOT NULL COMMENT 'notice tagged',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  PRIMARY KEY (`tag`, `notice_id`),
  KEY `notice_tag_created_idx` (`created`),
  KEY `notice_tag_notice_id_idx` (`notice_id`),
  KEY `notice_tag_tag_created_notice_id_idx` (`tag`, `created`, `notice_id`),
  CONSTRAINT `notice_tag_notice_id_fkey` FOREIGN KEY (`notice_id`) REFERENCES `notice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='Hash tags';

CREATE TABLE `foreign_service` (
  `id` int NOT NULL COMMENT 'numeric key for service',
  `name` varchar(32) NOT NULL COMMENT 'name of the service',
  `description` varchar(191) COMMENT 'description',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`id`),
  CONSTRAINT `foreign_service_name_key` UNIQUE (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `foreign_user` (
  `id` bigint NOT NULL COMMENT 'unique numeric key on foreign service',
  `service` int NOT NULL COMMENT 'foreign key to service',
  `uri` varchar(191) NOT NULL COMMENT 'identifying URI',
  `nickname` varchar(191) COMMENT 'nickname on foreign service',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`id`, `service`),
  CONSTRAINT `foreign_user_uri_key` UNIQUE (`uri`),
  CONSTRAINT `foreign_user_service_fkey` FOREIGN KEY (`service`) REFERENCES `foreign_service` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `foreign_link` (
  `user_id` int NOT NULL COMMENT 'link to user on this system, if exists',
  `foreign_id` bigint NOT NULL COMMENT 'link to user on foreign service, if exists',
  `service` int NOT NULL COMMENT 'foreign key to service',
  `credentials` varchar(191) COMMENT 'authc credentials, typically a password',
  `noticesync` tinyint DEFAULT 1 COMMENT 'notice synchronization, bit 1 = sync outgoing, bit 2 = sync incoming, bit 3 = filter local replies',
  `friendsync` tinyint DEFAULT 2 COMMENT 'friend synchronization, bit 1 = sync outgoing, bit 2 = sync incoming',
  `profilesync` tinyint DEFAULT 1 COMMENT 'profile synchronization, bit 1 = sync outgoing, bit 2 = sync incoming',
  `last_noticesync` datetime COMMENT 'last time notices were imported',
  `last_friendsync` datetime COMMENT 'last time friends were imported',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`user_id`, `foreign_id`, `service`),
  KEY `foreign_user_user_id_idx` (`user_id`),
  CONSTRAINT `foreign_link_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `foreign_link_foreign_id_fkey` FOREIGN KEY (`foreign_id`, `service`) REFERENCES `foreign_user` (`id`, `service`),
  CONSTRAINT `foreign_link_service_fkey` FOREIGN KEY (`service`) REFERENCES `foreign_service` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `foreign_subscription` (
  `service` int NOT NULL COMMENT 'service where relationship happens',
  `subscriber` bigint NOT NULL COMMENT 'subscriber on foreign service',
  `subscribed` bigint NOT NULL COMMENT 'subscribed user',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  PRIMARY KEY (`service`, `subscriber`, `subscribed`),
  KEY `foreign_subscription_subscriber_idx` (`service`, `subscriber`),
  KEY `foreign_subscription_subscribed_idx` (`service`, `subscribed`),
  CONSTRAINT `foreign_subscription_service_fkey` FOREIGN KEY (`service`) REFERENCES `foreign_service` (`id`),
  CONSTRAINT `foreign_subscription_subscriber_fkey` FOREIGN KEY (`subscriber`, `service`) REFERENCES `foreign_user` (`id`, `service`),
  CONSTRAINT `foreign_subscription_subscribed_fkey` FOREIGN KEY (`subscribed`, `service`) REFERENCES `foreign_user` (`id`, `service`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `invitation` (
  `code` varchar(32) NOT NULL COMMENT 'random code for an invitation',
  `user_id` int NOT NULL COMMENT 'who sent the invitation',
  `address` varchar(191) NOT NULL COMMENT 'invitation sent to',
  `address_type` varchar(8) NOT NULL COMMENT 'address type ("email", "xmpp", "sms")',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `registered_user_id` int COMMENT 'if the invitation is converted, who the new user is',
  PRIMARY KEY (`code`),
  KEY `invitation_address_idx` (`address`, `address_type`),
  KEY `invitation_user_id_idx` (`user_id`),
  KEY `invitation_registered_user_id_idx` (`registered_user_id`),
  CONSTRAINT `invitation_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `invitation_registered_user_id_fkey` FOREIGN KEY (`registered_user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `profile_prefs` (
  `profile_id` int NOT NULL COMMENT 'user',
  `namespace` varchar(191) NOT NULL COMMENT 'namespace, like pluginname or category',
  `topic` varchar(191) NOT NULL COMMENT 'preference key, i.e. description, age...',
  `data` blob COMMENT 'topic data, may be anything',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`profile_id`, `namespace`, `topic`),
  KEY `profile_prefs_profile_id_idx` (`profile_id`),
  CONSTRAINT `profile_prefs_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `profile_list` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'unique identifier',
  `tagger` int NOT NULL COMMENT 'user making the tag',
  `tag` varchar(64) NOT NULL COMMENT 'people tag',
  `description` text COMMENT 'description of the people tag',
  `private` tinyint DEFAULT 0 COMMENT 'is this tag private',
  `created` timestamp NOT NULL COMMENT 'date the tag was added',
  `modified` timestamp NOT NULL COMMENT 'date the tag was modified',
  `uri` varchar(191) COMMENT 'universal identifier',
  `mainpage` varchar(191) COMMENT 'page to link to',
  `tagged_count` int DEFAULT 0 COMMENT 'number of people tagged with this tag by this user',
  `subscriber_count` int DEFAULT 0 COMMENT 'number of subscribers to this tag',
  PRIMARY KEY (`tagger`, `tag`),
  CONSTRAINT `profile_list_id_key` UNIQUE (`id`),
  KEY `profile_list_modified_idx` (`modified`),
  KEY `profile_list_tag_idx` (`tag`),
  KEY `profile_list_tagger_tag_idx` (`tagger`, `tag`),
  KEY `profile_list_tagged_count_idx` (`tagged_count`),
  KEY `profile_list_subscriber_count_idx` (`subscriber_count`),
  CONSTRAINT `profile_list_tagger_fkey` FOREIGN KEY (`tagger`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `profile_tag` (
  `tagger` int NOT NULL COMMENT 'user making the tag',
  `tagged` int NOT NULL COMMENT 'profile tagged',
  `tag` varchar(64) NOT NULL COMMENT 'hash tag associated with this notice',
  `modified` timestamp NOT NULL COMMENT 'date the tag was added',
  PRIMARY KEY (`tagger`, `tagged`, `tag`),
  KEY `profile_tag_modified_idx` (`modified`),
  KEY `profile_tag_tagger_tag_idx` (`tagger`, `tag`),
  KEY `profile_tag_tagged_idx` (`tagged`),
  CONSTRAINT `profile_tag_tagger_fkey` FOREIGN KEY (`tagger`) REFERENCES `profile` (`id`),
  CONSTRAINT `profile_tag_tagged_fkey` FOREIGN KEY (`tagged`) REFERENCES `profile` (`id`),
  CONSTRAINT `profile_tag_tag_fkey` FOREIGN KEY (`tag`) REFERENCES `profile_list` (`tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `profile_tag_subscription` (
  `profile_tag_id` int NOT NULL COMMENT 'foreign key to profile_tag',
  `profile_id` int NOT NULL COMMENT 'foreign key to profile table',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`profile_tag_id`, `profile_id`),
  KEY `profile_tag_subscription_profile_id_idx` (`profile_id`),
  KEY `profile_tag_subscription_created_idx` (`created`),
  CONSTRAINT `profile_tag_subscription_profile_list_id_fkey` FOREIGN KEY (`profile_tag_id`) REFERENCES `profile_list` (`id`),
  CONSTRAINT `profile_tag_subscription_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `profile_block` (
  `blocker` int NOT NULL COMMENT 'user making the block',
  `blocked` int NOT NULL COMMENT 'profile that is blocked',
  `modified` timestamp NOT NULL COMMENT 'date of blocking',
  PRIMARY KEY (`blocker`, `blocked`),
  CONSTRAINT `profile_block_blocker_fkey` FOREIGN KEY (`blocker`) REFERENCES `user` (`id`),
  CONSTRAINT `profile_block_blocked_fkey` FOREIGN KEY (`blocked`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `group_member` (
  `group_id` int NOT NULL COMMENT 'foreign key to user_group',
  `profile_id` int NOT NULL COMMENT 'foreign key to profile table',
  `is_admin` tinyint DEFAULT 0 COMMENT 'is this user an admin?',
  `uri` varchar(191) COMMENT 'universal identifier',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`group_id`, `profile_id`),
  CONSTRAINT `group_member_uri_key` UNIQUE (`uri`),
  KEY `group_member_profile_id_idx` (`profile_id`),
  KEY `group_member_created_idx` (`created`),
  KEY `group_member_profile_id_created_idx` (`profile_id`, `created`),
  KEY `group_member_group_id_created_idx` (`group_id`, `created`),
  CONSTRAINT `group_member_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `user_group` (`id`),
  CONSTRAINT `group_member_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `file` (
  `id` int NOT NULL AUTO_INCREMENT,
  `urlhash` varchar(64) NOT NULL COMMENT 'sha256 of destination URL (url field)',
  `url` text COMMENT 'destination URL after following possible redirections',
  `filehash` varchar(64) COMMENT 'sha256 of the file contents, only for locally stored files of course',
  `mimetype` varchar(50) COMMENT 'mime type of resource',
  `size` int COMMENT 'size of resource when available',
  `title` text COMMENT 'title of resource when available',
  `date` int COMMENT 'date of resource according to http query',
  `protected` int COMMENT 'true when URL is private (needs login)',
  `filename` text COMMENT 'if file is stored locally (too) this is the filename',
  `width` int COMMENT 'width in pixels, if it can be described as such and data is available',
  `height` int COMMENT 'height in pixels, if it can be described as such and data is available',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`id`),
  CONSTRAINT `file_urlhash_key` UNIQUE (`urlhash`),
  KEY `file_filehash_idx` (`filehash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `file_to_post` (
  `file_id` int NOT NULL COMMENT 'id of URL/file',
  `post_id` int NOT NULL COMMENT 'id of the notice it belongs to',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`file_id`, `post_id`),
  KEY `file_id_idx` (`file_id`),
  KEY `post_id_idx` (`post_id`),
  CONSTRAINT `file_to_post_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `file` (`id`),
  CONSTRAINT `file_to_post_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `notice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `group_block` (
  `group_id` int NOT NULL COMMENT 'group profile is blocked from',
  `blocked` int NOT NULL COMMENT 'profile that is blocked',
  `blocker` int NOT NULL COMMENT 'user making the block',
  `modified` timestamp NOT NULL COMMENT 'date of blocking',
  PRIMARY KEY (`group_id`, `blocked`),
  CONSTRAINT `group_block_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `user_group` (`id`),
  CONSTRAINT `group_block_blocked_fkey` FOREIGN KEY (`blocked`) REFERENCES `profile` (`id`),
  CONSTRAINT `group_block_blocker_fkey` FOREIGN KEY (`blocker`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `session` (
  `id` varchar(32) NOT NULL COMMENT 'session ID',
  `session_data` text COMMENT 'session data',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`id`),
  KEY `session_modified_idx` (`modified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `config` (
  `section` varchar(32) DEFAULT '' COMMENT 'configuration section',
  `setting` varchar(32) DEFAULT '' COMMENT 'configuration setting',
  `value` text COMMENT 'configuration value',
  PRIMARY KEY (`section`, `setting`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `profile_role` (
  `profile_id` int NOT NULL COMMENT 'account having the role',
  `role` varchar(32) NOT NULL COMMENT 'string representing the role',
  `created` datetime NOT NULL COMMENT 'date the role was granted',
  PRIMARY KEY (`profile_id`, `role`),
  KEY `profile_role_role_created_profile_id_idx` (`role`, `created`, `profile_id`),
  CONSTRAINT `profile_role_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `location_namespace` (
  `id` int NOT NULL COMMENT 'identity for this namespace',
  `description` varchar(191) COMMENT 'description of the namespace',
  `created` datetime NOT NULL COMMENT 'date the record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `login_token` (
  `user_id` int NOT NULL COMMENT 'user owning this token',
  `token` char(32) NOT NULL COMMENT 'token useable for logging in',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `login_token_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `user_location_prefs` (
  `user_id` int NOT NULL COMMENT 'user who has the preference',
  `share_location` tinyint DEFAULT 1 COMMENT 'Whether to share location data',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `user_location_prefs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `user_im_prefs` (
  `user_id` int NOT NULL COMMENT 'user',
  `screenname` varchar(191) NOT NULL COMMENT 'screenname on this service',
  `transport` varchar(191) NOT NULL COMMENT 'transport (ex xmpp, aim)',
  `notify` tinyint DEFAULT 0 COMMENT 'Notify when a new notice is sent',
  `replies` tinyint DEFAULT 0 COMMENT 'Send replies  from people not subscribed to',
  `updatefrompresence` tinyint DEFAULT 0 COMMENT 'Send replies from people not subscribed to.',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`user_id`, `transport`),
  CONSTRAINT `transport_screenname_key` UNIQUE (`transport`, `screenname`),
  CONSTRAINT `user_im_prefs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `local_group` (
  `group_id` int NOT NULL COMMENT 'group represented',
  `nickname` varchar(64) COMMENT 'group represented',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`group_id`),
  CONSTRAINT `local_group_nickname_key` UNIQUE (`nickname`),
  CONSTRAINT `local_group_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `user_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='Record for a user group on the local site, with some additional info not in user_group';

CREATE TABLE `user_urlshortener_prefs` (
  `user_id` int NOT NULL COMMENT 'user',
  `urlshorteningservice` varchar(50) DEFAULT 'internal' COMMENT 'service to use for auto-shortening URLs',
  `maxurllength` int NOT NULL COMMENT 'urls greater than this length will be shortened, 0 = always, null = never',
  `maxnoticelength` int NOT NULL COMMENT 'notices with content greater than this value will have all urls shortened, 0 = always, -1 = only if notice text is longer than max allowed',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `user_urlshortener_prefs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `old_school_prefs` (
  `user_id` int NOT NULL COMMENT 'user who has the preference',
  `stream_mode_only` tinyint DEFAULT 1 COMMENT 'No conversation streams',
  `conversation_tree` tinyint DEFAULT 1 COMMENT 'Hierarchical tree view for conversations',
  `stream_nicknames` tinyint DEFAULT 1 COMMENT 'Show nicknames for authors and addressees in streams',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `old_school_prefs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `user_username` (
  `provider_name` varchar(191) COMMENT 'provider name',
  `username` varchar(191) COMMENT 'username',
  `user_id` int NOT NULL COMMENT 'notice id this title relates to',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`provider_name`, `username`),
  KEY `user_id_idx` (`user_id`),
  CONSTRAINT `user_username_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `attention` (
  `notice_id` int NOT NULL COMMENT 'notice_id to give attention',
  `profile_id` int NOT NULL COMMENT 'profile_id for feed receiver',
  `reason` varchar(191) COMMENT 'Optional reason why this was brought to the attention of profile_id',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`notice_id`, `profile_id`),
  KEY `attention_notice_id_idx` (`notice_id`),
  KEY `attention_profile_id_idx` (`profile_id`),
  CONSTRAINT `attention_notice_id_fkey` FOREIGN KEY (`notice_id`) REFERENCES `notice` (`id`),
  CONSTRAINT `attention_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='Notice attentions to profiles (that are not a mention and not result of a subscription)';

CREATE TABLE `fave` (
  `notice_id` int NOT NULL COMMENT 'notice that is the favorite',
  `user_id` int NOT NULL COMMENT 'user who likes this notice',
  `uri` varchar(191) COMMENT 'universally unique identifier, usually a tag URI',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`notice_id`, `user_id`),
  CONSTRAINT `fave_uri_key` UNIQUE (`uri`),
  KEY `fave_notice_id_idx` (`notice_id`),
  KEY `fave_user_id_idx` (`user_id`, `modified`),
  KEY `fave_modified_idx` (`modified`),
  CONSTRAINT `fave_notice_id_fkey` FOREIGN KEY (`notice_id`) REFERENCES `notice` (`id`),
  CONSTRAINT `fave_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `deleted_notice` (
  `id` int NOT NULL COMMENT 'notice ID',
  `profile_id` int NOT NULL COMMENT 'profile that deleted the notice',
  `uri` varchar(191) COMMENT 'URI of the deleted notice',
  `act_created` datetime NOT NULL COMMENT 'date the notice record was created',
  `created` datetime NOT NULL COMMENT 'date the notice record was deleted',
  PRIMARY KEY (`id`),
  CONSTRAINT `deleted_notice_uri_key` UNIQUE (`uri`),
  KEY `deleted_notice_profile_id_idx` (`profile_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `message` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT 'unique identifier',
  `uri` varchar(191) COMMENT 'universally unique identifier',
  `from_profile` int NOT NULL COMMENT 'who the message is from',
  `to_profile` int NOT NULL COMMENT 'who the message is to',
  `content` text COMMENT 'message content',
  `rendered` text COMMENT 'HTML version of the content',
  `url` varchar(191) COMMENT 'URL of any attachment (image, video, bookmark, whatever)',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  `source` varchar(32) COMMENT 'source of comment, like "web", "im", or "clientname"',
  PRIMARY KEY (`id`),
  CONSTRAINT `message_uri_key` UNIQUE (`uri`),
  KEY `message_from_idx` (`from_profile`),
  KEY `message_to_idx` (`to_profile`),
  KEY `message_created_idx` (`created`),
  CONSTRAINT `message_from_profile_fkey` FOREIGN KEY (`from_profile`) REFERENCES `profile` (`id`),
  CONSTRAINT `message_to_profile_fkey` FOREIGN KEY (`to_profile`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `ostatus_profile` (
  `uri` varchar(191) NOT NULL,
  `profile_id` int,
  `group_id` int,
  `peopletag_id` int,
  `feeduri` varchar(191),
  `salmonuri` varchar(191),
  `avatar` text,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`uri`),
  CONSTRAINT `ostatus_profile_profile_id_key` UNIQUE (`profile_id`),
  CONSTRAINT `ostatus_profile_group_id_key` UNIQUE (`group_id`),
  CONSTRAINT `ostatus_profile_peopletag_id_key` UNIQUE (`peopletag_id`),
  CONSTRAINT `ostatus_profile_feeduri_key` UNIQUE (`feeduri`),
  CONSTRAINT `ostatus_profile_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`),
  CONSTRAINT `ostatus_profile_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `user_group` (`id`),
  CONSTRAINT `ostatus_profile_peopletag_id_fkey` FOREIGN KEY (`peopletag_id`) REFERENCES `profile_list` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `magicsig` (
  `user_id` int NOT NULL COMMENT 'user id',
  `keypair` text COMMENT 'keypair text representation',
  `alg` varchar(64) COMMENT 'algorithm',
  PRIMARY KEY (`user_id`),
  CONSTRAINT `magicsig_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `user_openid` (
  `canonical` varchar(191) NOT NULL COMMENT 'OpenID canonical string',
  `display` varchar(191) NOT NULL COMMENT 'OpenID display string',
  `user_id` int NOT NULL COMMENT 'User ID for OpenID owner',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`canonical`),
  CONSTRAINT `user_openid_display_key` UNIQUE (`display`),
  KEY `user_openid_user_id_idx` (`user_id`),
  CONSTRAINT `user_openid_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `user_openid_trustroot` (
  `trustroot` varchar(191) NOT NULL COMMENT 'OpenID trustroot string',
  `user_id` int NOT NULL COMMENT 'User ID for OpenID trustroot owner',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  `modified` timestamp NOT NULL COMMENT 'date this record was modified',
  PRIMARY KEY (`trustroot`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `poll` (
  `id` char(36) NOT NULL COMMENT 'UUID',
  `uri` varchar(191) NOT NULL,
  `profile_id` int,
  `question` text,
  `options` text,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `poll_uri_key` UNIQUE (`uri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='Per-notice poll data for Poll plugin';

CREATE TABLE `poll_response` (
  `id` char(36) NOT NULL COMMENT 'UUID of the response',
  `uri` varchar(191) NOT NULL COMMENT 'UUID to the response notice',
  `poll_id` char(36) NOT NULL COMMENT 'UUID of poll being responded to',
  `profile_id` int,
  `selection` int,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `poll_uri_key` UNIQUE (`uri`),
  CONSTRAINT `poll_response_poll_id_profile_id_key` UNIQUE (`poll_id`, `profile_id`),
  KEY `poll_response_profile_id_poll_id_index` (`profile_id`, `poll_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='Record of responses to polls';

CREATE TABLE `happening` (
  `id` char(36) NOT NULL COMMENT 'UUID',
  `uri` varchar(191) NOT NULL,
  `profile_id` int NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  `title` varchar(191) NOT NULL,
  `location` varchar(191),
  `url` varchar(191),
  `description` text,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `happening_uri_key` UNIQUE (`uri`),
  KEY `happening_created_idx` (`created`),
  KEY `happening_start_end_idx` (`start_time`, `end_time`),
  CONSTRAINT `happening_profile_id__key` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`),
  CONSTRAINT `happening_uri__key` FOREIGN KEY (`uri`) REFERENCES `notice` (`uri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='A real-world happening';

CREATE TABLE `rsvp` (
  `id` char(36) NOT NULL COMMENT 'UUID',
  `uri` varchar(191) NOT NULL,
  `profile_id` int,
  `event_uri` varchar(191) NOT NULL COMMENT 'Event URI',
  `response` char(1) COMMENT 'Y, N, or ? for three-state yes, no, maybe',
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `rsvp_uri_key` UNIQUE (`uri`),
  CONSTRAINT `rsvp_profile_event_key` UNIQUE (`profile_id`, `event_uri`),
  KEY `rsvp_created_idx` (`created`),
  CONSTRAINT `rsvp_event_uri_key` FOREIGN KEY (`event_uri`) REFERENCES `happening` (`uri`),
  CONSTRAINT `rsvp_profile_id__key` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='Plan to attend event';

CREATE TABLE `bookmark` (
  `id` char(36) NOT NULL,
  `profile_id` int NOT NULL,
  `uri` varchar(191) NOT NULL,
  `url` varchar(191) NOT NULL,
  `title` varchar(191),
  `description` text,
  `created` datetime NOT NULL,
  PRIMARY KEY (`uri`),
  CONSTRAINT `bookmark_id_key` UNIQUE (`id`),
  KEY `bookmark_created_idx` (`created`),
  KEY `bookmark_url_idx` (`url`),
  KEY `bookmark_profile_id_idx` (`profile_id`),
  CONSTRAINT `bookmark_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`),
  CONSTRAINT `bookmark_uri_fkey` FOREIGN KEY (`uri`) REFERENCES `notice` (`uri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `searchsub` (
  `search` varchar(64) NOT NULL COMMENT 'hash search associated with this subscription',
  `profile_id` int NOT NULL COMMENT 'profile ID of subscribing user',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  PRIMARY KEY (`search`, `profile_id`),
  KEY `searchsub_created_idx` (`created`),
  KEY `searchsub_profile_id_tag_idx` (`profile_id`, `search`),
  CONSTRAINT `searchsub_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='SearchSubPlugin search subscription records';

CREATE TABLE `tagsub` (
  `tag` varchar(64) NOT NULL COMMENT 'hash tag associated with this subscription',
  `profile_id` int NOT NULL COMMENT 'profile ID of subscribing user',
  `created` datetime NOT NULL COMMENT 'date this record was created',
  PRIMARY KEY (`tag`, `profile_id`),
  KEY `tagsub_created_idx` (`created`),
  KEY `tagsub_profile_id_tag_idx` (`profile_id`, `tag`),
  CONSTRAINT `tagsub_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='TagSubPlugin tag subscription records';
