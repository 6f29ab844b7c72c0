-- LiquidFeedback Core 2.2.4 (Public Software Group e. V.), MIT licence
-- Source: github.com/g0v/liquid_feedback_core (mirror of the upstream Mercurial repository), core.sql,
--         commit 39ee1b21318871132f401da5444a11ebe9e6932c (2013-04-20)
-- PostgreSQL schema translated to MySQL/MariaDB DDL; 43 of its 51 tables. Column names, order, NOT NULL, defaults,
-- primary/unique keys, indexes and foreign keys as upstream; upstream COMMENT ON TABLE/COLUMN kept as COMMENTs.
-- Type mapping: SERIAL4/INT4 -> INT, SERIAL8/INT8 -> BIGINT, INT2 -> SMALLINT, TIMESTAMPTZ -> DATETIME,
-- INTERVAL -> VARCHAR(64), TSVECTOR and INT4[] -> TEXT, BYTEA -> LONGBLOB, PostgreSQL ENUM types -> ENUM.
-- CHECK constraints, triggers, partial indexes and full-text (gin) indexes left out; TEXT key parts get a
-- (191) prefix; session.member_id and rendered_member_statement.member_id (INT8 upstream) are INT so that
-- their foreign key to member.id (INT4) can be created in MariaDB.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `system_setting` (
  `member_ttl` VARCHAR(64) COMMENT 'Time after members get their "active" flag set to FALSE, if they do not show any activity.'
) COMMENT='This table contains only one row with different settings in each column.';

CREATE TABLE `contingent` (
  `polling` BOOLEAN COMMENT 'Determines if settings are for creating initiatives and new drafts of initiatives with "polling" flag set',
  `time_frame` VARCHAR(64),
  `text_entry_limit` INT COMMENT 'Number of new drafts or suggestions to be submitted by each member within the given time frame',
  `initiative_limit` INT COMMENT 'Number of new initiatives to be opened by each member within a given time frame',
  PRIMARY KEY (`polling`, `time_frame`)
) COMMENT='Amount of text entries or initiatives a user may create within a given time frame. Only one row needs to be fulfilled for a member to be allowed to post. This table must not be empty.';

CREATE TABLE `member` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Creation of member record and/or invite code',
  `invite_code` TEXT COMMENT 'Optional invite code, to allow a member to initialize his/her account the first time',
  `invite_code_expiry` DATETIME COMMENT 'Expiry data/time for "invite_code"',
  `admin_comment` TEXT COMMENT 'Hidden comment for administrative purposes',
  `activated` DATETIME COMMENT 'Timestamp of first activation of account (i.e. usage of "invite_code"); required to be set for "active" members',
  `last_activity` DATE COMMENT 'Date of last activity of member; required to be set for "active" members',
  `last_login` DATETIME COMMENT 'Timestamp of last login',
  `last_delegation_check` DATETIME COMMENT 'Timestamp of last delegation check (i.e. confirmation of all unit and area delegations)',
  `login` TEXT COMMENT 'Login name',
  `password` TEXT COMMENT 'Password (preferably as crypto-hash, depending on the frontend or access layer)',
  `locked` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Locked members can not log in.',
  `active` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Memberships, support and votes are taken into account when corresponding members are marked as active. Automatically set to FALSE, if "last_activity" is older than "system_setting"."member_ttl".',
  `admin` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'TRUE for admins, which can administrate other users and setup policies and areas',
  `lang` TEXT COMMENT 'Language code of the preferred language of the member',
  `notify_email` TEXT COMMENT 'Email address where notifications of the system are sent to',
  `notify_email_unconfirmed` TEXT COMMENT 'Unconfirmed email address provided by the member to be copied into "notify_email" field after verification',
  `notify_email_secret` TEXT COMMENT 'Secret sent to the address in "notify_email_unconformed"',
  `notify_email_secret_expiry` DATETIME COMMENT 'Expiry date/time for "notify_email_secret"',
  `notify_email_lock_expiry` DATETIME COMMENT 'Date/time until no further email confirmation mails may be sent (abuse protection)',
  `notify_level` ENUM('none','voting','verification','discussion','all') COMMENT 'Selects which event notifications are to be sent to the "notify_email" mail address, may be NULL if member did not make any selection yet',
  `login_recovery_expiry` DATETIME COMMENT 'Date/time after which another login recovery attempt is allowed',
  `password_reset_secret` TEXT COMMENT 'Secret string sent via e-mail for password recovery',
  `password_reset_secret_expiry` DATETIME COMMENT 'Date/time until the password recovery secret is valid, and date/time after which another password recovery attempt is allowed',
  `name` TEXT COMMENT 'Distinct name of the member, may be NULL if account has not been activated yet',
  `identification` TEXT COMMENT 'Optional identification number or code of the member',
  `authentication` TEXT COMMENT 'Information about how this member was authenticated',
  `organizational_unit` TEXT COMMENT 'Branch or division of the organization the member belongs to',
  `internal_posts` TEXT COMMENT 'Posts (offices) of the member inside the organization',
  `realname` TEXT COMMENT 'Real name of the member, may be identical with "name"',
  `birthday` DATE,
  `address` TEXT,
  `email` TEXT COMMENT 'Published email address of the member; not used for system notifications',
  `xmpp_address` TEXT,
  `website` TEXT,
  `phone` TEXT,
  `mobile_phone` TEXT,
  `profession` TEXT,
  `external_memberships` TEXT COMMENT 'Other organizations the member is involved in',
  `external_posts` TEXT COMMENT 'Posts (offices) outside the organization',
  `formatting_engine` TEXT COMMENT 'Allows different formatting engines (i.e. wiki formats) to be used for "member"."statement"',
  `statement` TEXT COMMENT 'Freely chosen text of the member for his/her profile',
  `text_search_data` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`invite_code`),
  UNIQUE KEY (`login`),
  UNIQUE KEY (`notify_email_secret`),
  UNIQUE KEY (`password_reset_secret`),
  UNIQUE KEY (`name`),
  UNIQUE KEY (`identification`),
  KEY `member_active_idx` (`active`)
) COMMENT='Users of the system, e.g. members of an organization';

CREATE TABLE `member_application` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `member_id` INT NOT NULL,
  `name` TEXT NOT NULL,
  `comment` TEXT,
  `access_level` ENUM('member','full','pseudonymous','anonymous') NOT NULL,
  `key` TEXT NOT NULL,
  `last_usage` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`member_id`, `name`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  UNIQUE KEY (`key`)
) COMMENT='DEPRECATED, WILL BE REMOVED! Registered application being allowed to use the API';

CREATE TABLE `member_history` (
  `id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Primary key, which can be used to sort entries correctly (and time warp resistant)',
  `member_id` INT NOT NULL,
  `until` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Timestamp until the data was valid',
  `active` BOOLEAN NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `member_history_member_id_idx` (`member_id`)
) COMMENT='Filled by trigger; keeps information about old names and active flag of members';

CREATE TABLE `rendered_member_statement` (
  `member_id` INT,
  `format` TEXT,
  `content` TEXT NOT NULL,
  PRIMARY KEY (`member_id`, `format`(191)),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) COMMENT='This table may be used by frontends to cache "rendered" member statements (e.g. HTML output generated from wiki text)';

CREATE TABLE `setting` (
  `member_id` INT,
  `key` TEXT NOT NULL COMMENT 'Name of the setting, preceded by a frontend specific prefix',
  `value` TEXT NOT NULL,
  PRIMARY KEY (`member_id`, `key`(191)),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `setting_key_idx` (`key`(191))
) COMMENT='Place to store a frontend specific setting for members as a string';

CREATE TABLE `setting_map` (
  `member_id` INT,
  `key` TEXT NOT NULL COMMENT 'Name of the setting, preceded by a frontend specific prefix',
  `subkey` TEXT NOT NULL COMMENT 'Key of a map entry',
  `value` TEXT NOT NULL COMMENT 'Value of a map entry',
  PRIMARY KEY (`member_id`, `key`(191), `subkey`(191)),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `setting_map_key_idx` (`key`(191))
) COMMENT='Place to store a frontend specific setting for members as a map of key value pairs';

CREATE TABLE `member_relation_setting` (
  `member_id` INT,
  `key` TEXT NOT NULL,
  `other_member_id` INT,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`member_id`, `key`(191), `other_member_id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`other_member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) COMMENT='Place to store a frontend specific setting related to relations between members as a string';

CREATE TABLE `member_image` (
  `member_id` INT,
  `image_type` ENUM('photo','avatar'),
  `scaled` BOOLEAN COMMENT 'FALSE for original image, TRUE for scaled version of the image',
  `content_type` TEXT,
  `data` LONGBLOB NOT NULL,
  PRIMARY KEY (`member_id`, `image_type`, `scaled`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) COMMENT='Images of members';

CREATE TABLE `member_count` (
  `calculated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'timestamp indicating when the total member count and area member counts were calculated',
  `total_count` INT NOT NULL COMMENT 'Total count of active(!) members'
) COMMENT='Contains one row which contains the total count of active(!) members and a timestamp indicating when the total member count and area member counts were calculated';

CREATE TABLE `contact` (
  `member_id` INT COMMENT 'Member having the contact list',
  `other_member_id` INT COMMENT 'Member referenced in the contact list',
  `public` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'TRUE = display contact publically',
  PRIMARY KEY (`member_id`, `other_member_id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`other_member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `contact_other_member_id_idx` (`other_member_id`)
) COMMENT='Contact lists';

CREATE TABLE `ignored_member` (
  `member_id` INT COMMENT 'Member ignoring someone',
  `other_member_id` INT COMMENT 'Member being ignored',
  PRIMARY KEY (`member_id`, `other_member_id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`other_member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `ignored_member_other_member_id_idx` (`other_member_id`)
) COMMENT='Possibility to filter other members';

CREATE TABLE `session` (
  `ident` TEXT COMMENT 'Secret session identifier (i.e. random string)',
  `additional_secret` TEXT COMMENT 'Additional field to store a secret, which can be used against CSRF attacks',
  `expiry` DATETIME NOT NULL,
  `member_id` INT COMMENT 'Reference to member, who is logged in',
  `needs_delegation_check` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Set to TRUE, if member must perform a delegation check to proceed with login; see column "last_delegation_check" in "member" table',
  `lang` TEXT COMMENT 'Language code of the selected language',
  PRIMARY KEY (`ident`(191)),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE SET NULL,
  KEY `session_expiry_idx` (`expiry`)
) COMMENT='Sessions, i.e. for a web-frontend or API layer';

CREATE TABLE `policy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `index` INT NOT NULL COMMENT 'Determines the order in listings',
  `active` BOOLEAN NOT NULL DEFAULT TRUE COMMENT 'TRUE = policy can be used for new issues',
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL DEFAULT '',
  `polling` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'TRUE = special policy for non-user-generated issues without issue quorum, where certain initiatives (those having the "polling" flag set) do not need to pass the initiative quorum; "admission_time" MUST be set to NULL, the other timings may be set to NULL altogether, allowing individual timing for those issues',
  `admission_time` VARCHAR(64) COMMENT 'Maximum duration of issue state ''admission''; Maximum time an issue stays open without being "accepted"',
  `discussion_time` VARCHAR(64) COMMENT 'Duration of issue state ''discussion''; Regular time until an issue is "half_frozen" after being "accepted"',
  `verification_time` VARCHAR(64) COMMENT 'Duration of issue state ''verification''; Regular time until an issue is "fully_frozen" (e.g. entering issue state ''voting'') after being "half_frozen"',
  `voting_time` VARCHAR(64) COMMENT 'Duration of issue state ''voting''; Time after an issue is "fully_frozen" but not "closed" (duration of issue state ''voting'')',
  `issue_quorum_num` INT COMMENT 'Numerator of potential supporter quorum to be reached by one initiative of an issue to be "accepted" and enter issue state ''discussion''',
  `issue_quorum_den` INT COMMENT 'Denominator of potential supporter quorum to be reached by one initiative of an issue to be "accepted" and enter issue state ''discussion''',
  `initiative_quorum_num` INT NOT NULL COMMENT 'Numerator of satisfied supporter quorum  to be reached by an initiative to be "admitted" for voting',
  `initiative_quorum_den` INT NOT NULL COMMENT 'Denominator of satisfied supporter quorum to be reached by an initiative to be "admitted" for voting',
  `direct_majority_num` INT NOT NULL DEFAULT 1 COMMENT 'Numerator of fraction of neccessary direct majority for initiatives to be attainable as winner',
  `direct_majority_den` INT NOT NULL DEFAULT 2 COMMENT 'Denominator of fraction of neccessary direct majority for initaitives to be attainable as winner',
  `direct_majority_strict` BOOLEAN NOT NULL DEFAULT TRUE COMMENT 'If TRUE, then the direct majority must be strictly greater than "direct_majority_num"/"direct_majority_den", otherwise it may also be equal.',
  `direct_majority_positive` INT NOT NULL DEFAULT 0 COMMENT 'Absolute number of "positive_votes" neccessary for an initiative to be attainable as winner',
  `direct_majority_non_negative` INT NOT NULL DEFAULT 0 COMMENT 'Absolute number of sum of "positive_votes" and abstentions neccessary for an initiative to be attainable as winner',
  `indirect_majority_num` INT NOT NULL DEFAULT 1 COMMENT 'Numerator of fraction of neccessary indirect majority (through beat path) for initiatives to be attainable as winner',
  `indirect_majority_den` INT NOT NULL DEFAULT 2 COMMENT 'Denominator of fraction of neccessary indirect majority (through beat path) for initiatives to be attainable as winner',
  `indirect_majority_strict` BOOLEAN NOT NULL DEFAULT TRUE COMMENT 'If TRUE, then the indirect majority must be strictly greater than "indirect_majority_num"/"indirect_majority_den", otherwise it may also be equal.',
  `indirect_majority_positive` INT NOT NULL DEFAULT 0 COMMENT 'Absolute number of votes in favor of the winner neccessary in a beat path to the status quo for an initaitive to be attainable as winner',
  `indirect_majority_non_negative` INT NOT NULL DEFAULT 0 COMMENT 'Absolute number of sum of votes in favor and abstentions in a beat path to the status quo for an initiative to be attainable as winner',
  `no_reverse_beat_path` BOOLEAN NOT NULL DEFAULT TRUE COMMENT 'Causes initiatives with "reverse_beat_path" flag to not be "eligible", thus disallowing them to be winner. See comment on column "initiative"."reverse_beat_path". This option ensures both that a winning initiative is never tied in a (weak) condorcet paradox with the status quo and a winning initiative always beats the status quo directly with a simple majority.',
  `no_multistage_majority` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Causes initiatives with "multistage_majority" flag to not be "eligible", thus disallowing them to be winner. See comment on column "initiative"."multistage_majority". This disqualifies initiatives which could cause an instable result. An instable result in this meaning is a result such that repeating the ballot with same preferences but with the winner of the first ballot as status quo would lead to a different winner in the second ballot. If there are no direct majorities required for the winner, or if in direct comparison only simple majorities are required and "no_reverse_beat_path" is true, then results are always stable and this flag does not have any effect on the winner (but still affects the "eligible" flag of an "initiative").',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`),
  KEY `policy_active_idx` (`active`)
) COMMENT='Policies for a particular proceeding type (timelimits, quorum)';

CREATE TABLE `unit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `parent_id` INT COMMENT 'Parent id of tree node; Multiple roots allowed',
  `active` BOOLEAN NOT NULL DEFAULT TRUE COMMENT 'TRUE means new issues can be created in areas of this unit',
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL DEFAULT '',
  `member_count` INT COMMENT 'Count of members as determined by column "voting_right" in table "privilege"',
  `text_search_data` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `unit` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `unit_parent_id_idx` (`parent_id`),
  KEY `unit_active_idx` (`active`)
) COMMENT='Organizational units organized as trees; Delegations are not inherited through these trees.';

CREATE TABLE `unit_setting` (
  `member_id` INT,
  `key` TEXT NOT NULL,
  `unit_id` INT,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`member_id`, `key`(191), `unit_id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`unit_id`) REFERENCES `unit` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) COMMENT='Place for frontend to store unit specific settings of members as strings';

CREATE TABLE `area` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `unit_id` INT NOT NULL,
  `active` BOOLEAN NOT NULL DEFAULT TRUE COMMENT 'TRUE means new issues can be created in this area',
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL DEFAULT '',
  `direct_member_count` INT COMMENT 'Number of active members of that area (ignoring their weight), as calculated from view "area_member_count"',
  `member_weight` INT COMMENT 'Same as "direct_member_count" but respecting delegations',
  `text_search_data` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`unit_id`) REFERENCES `unit` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `area_unit_id_idx` (`unit_id`),
  KEY `area_active_idx` (`active`)
) COMMENT='Subject areas';

CREATE TABLE `allowed_policy` (
  `area_id` INT,
  `policy_id` INT NOT NULL,
  `default_policy` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'One policy per area can be set as default.',
  PRIMARY KEY (`area_id`, `policy_id`),
  FOREIGN KEY (`area_id`) REFERENCES `area` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`policy_id`) REFERENCES `policy` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) COMMENT='Selects which policies can be used in each area';

CREATE TABLE `issue` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `area_id` INT NOT NULL,
  `policy_id` INT NOT NULL,
  `state` ENUM('admission','discussion','verification','voting','canceled_revoked_before_accepted','canceled_issue_not_accepted','canceled_after_revocation_during_discussion','canceled_after_revocation_during_verification','canceled_no_initiative_admitted','finished_without_winner','finished_with_winner') NOT NULL DEFAULT 'admission',
  `phase_finished` DATETIME COMMENT 'Set to a value NOTNULL, if the current phase has finished, but calculations are pending; No changes in this issue shall be made by the frontend or API when this value is set',
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `accepted` DATETIME COMMENT 'Point in time, when one initiative of issue reached the "issue_quorum"',
  `half_frozen` DATETIME COMMENT 'Point in time, when "discussion_time" has elapsed; Frontends must ensure that for half_frozen issues a) initiatives are not revoked, b) no new drafts are created, c) no initiators are added or removed.',
  `fully_frozen` DATETIME COMMENT 'Point in time, when "verification_time" has elapsed and voting has started; Frontends must ensure that for fully_frozen issues additionally to the restrictions for half_frozen issues a) initiatives are not created, b) no interest is created or removed, c) no supporters are added or removed, d) no opinions are created, changed or deleted.',
  `closed` DATETIME COMMENT 'Point in time, when "admission_time" or "voting_time" have elapsed, and issue is no longer active; Frontends must ensure that for closed issues additionally to the restrictions for half_frozen and fully_frozen issues a) no voter is added or removed to/from the direct_voter table, b) no votes are added, modified or removed.',
  `cleaned` DATETIME COMMENT 'Point in time, when discussion data and votes had been deleted',
  `admission_time` VARCHAR(64) COMMENT 'Copied from "policy" table at creation of issue',
  `discussion_time` VARCHAR(64) NOT NULL COMMENT 'Copied from "policy" table at creation of issue',
  `verification_time` VARCHAR(64) NOT NULL COMMENT 'Copied from "policy" table at creation of issue',
  `voting_time` VARCHAR(64) NOT NULL COMMENT 'Copied from "policy" table at creation of issue',
  `snapshot` DATETIME COMMENT 'Point in time, when snapshot tables have been updated and "population" and *_count values were precalculated',
  `latest_snapshot_event` ENUM('periodic','end_of_admission','half_freeze','full_freeze') COMMENT 'Event type of latest snapshot for issue; Can be used to select the latest snapshot data in the snapshot tables',
  `population` INT COMMENT 'Sum of "weight" column in table "direct_population_snapshot"',
  `voter_count` INT COMMENT 'Total number of direct and delegating voters; This value is related to the final voting, while "population" is related to snapshots before the final voting',
  `status_quo_schulze_rank` INT COMMENT 'Schulze rank of status quo, as calculated by "calculate_ranks" function',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`area_id`) REFERENCES `area` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`policy_id`) REFERENCES `policy` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  KEY `issue_area_id_idx` (`area_id`),
  KEY `issue_policy_id_idx` (`policy_id`),
  KEY `issue_created_idx` (`created`),
  KEY `issue_accepted_idx` (`accepted`),
  KEY `issue_half_frozen_idx` (`half_frozen`),
  KEY `issue_fully_frozen_idx` (`fully_frozen`),
  KEY `issue_closed_idx` (`closed`)
) COMMENT='Groups of initiatives';

CREATE TABLE `initiative` (
  `issue_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `polling` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Initiative does not need to pass the initiative quorum (see "policy"."polling")',
  `discussion_url` TEXT COMMENT 'URL pointing to a discussion platform for this initiative',
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `revoked` DATETIME COMMENT 'Point in time, when one initiator decided to revoke the initiative',
  `revoked_by_member_id` INT COMMENT 'Member, who decided to revoke the initiative',
  `suggested_initiative_id` INT,
  `admitted` BOOLEAN COMMENT 'TRUE, if initiative reaches the "initiative_quorum" when freezing the issue',
  `supporter_count` INT COMMENT 'Calculated from table "direct_supporter_snapshot"',
  `informed_supporter_count` INT COMMENT 'Calculated from table "direct_supporter_snapshot"',
  `satisfied_supporter_count` INT COMMENT 'Calculated from table "direct_supporter_snapshot"',
  `satisfied_informed_supporter_count` INT COMMENT 'Calculated from table "direct_supporter_snapshot"',
  `harmonic_weight` DECIMAL(12,3) COMMENT 'Indicates the relevancy of the initiative, calculated from the potential supporters weighted with the harmonic series to avoid a large number of clones affecting other initiative''s sorting positions too much; shall be used as secondary sorting key after "admitted" as primary sorting key',
  `final_suggestion_order_calculated` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Set to TRUE, when "proportional_order" of suggestions has been calculated the last time',
  `positive_votes` INT COMMENT 'Calculated from table "direct_voter"',
  `negative_votes` INT COMMENT 'Calculated from table "direct_voter"',
  `direct_majority` BOOLEAN COMMENT 'TRUE, if "positive_votes"/("positive_votes"+"negative_votes") is strictly greater or greater-equal than "direct_majority_num"/"direct_majority_den", and "positive_votes" is greater-equal than "direct_majority_positive", and ("positive_votes"+abstentions) is greater-equal than "direct_majority_non_negative"',
  `indirect_majority` BOOLEAN COMMENT 'Same as "direct_majority", but also considering indirect beat paths',
  `schulze_rank` INT COMMENT 'Schulze-Ranking without tie-breaking',
  `better_than_status_quo` BOOLEAN COMMENT 'TRUE, if initiative has a schulze-ranking better than the status quo (without tie-breaking)',
  `worse_than_status_quo` BOOLEAN COMMENT 'TRUE, if initiative has a schulze-ranking worse than the status quo (without tie-breaking)',
  `reverse_beat_path` BOOLEAN COMMENT 'TRUE, if there is a beat path (may include ties) from this initiative to the status quo',
  `multistage_majority` BOOLEAN COMMENT 'TRUE, if either (a) this initiative has no better rank than the status quo, or (b) there exists a better ranked initiative X, which directly beats this initiative, and either more voters prefer X to this initiative than voters preferring X to the status quo or less voters prefer this initiative to X than voters preferring the status quo to X',
  `eligible` BOOLEAN COMMENT 'Initiative has a "direct_majority" and an "indirect_majority", is "better_than_status_quo" and depending on selected policy the initiative has no "reverse_beat_path" or "multistage_majority"',
  `winner` BOOLEAN COMMENT 'Winner is the "eligible" initiative with best "schulze_rank" and in case of ties with lowest "id"',
  `rank` INT COMMENT 'Unique ranking for all "admitted" initiatives per issue; lower rank is better; a winner always has rank 1, but rank 1 does not imply that an initiative is winner; initiatives with "direct_majority" AND "indirect_majority" always have a better (lower) rank than other initiatives',
  `text_search_data` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`issue_id`, `id`),
  FOREIGN KEY (`issue_id`) REFERENCES `issue` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`revoked_by_member_id`) REFERENCES `member` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`suggested_initiative_id`) REFERENCES `initiative` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  UNIQUE KEY `unique_rank_per_issue` (`issue_id`, `rank`),
  KEY `initiative_created_idx` (`created`),
  KEY `initiative_revoked_idx` (`revoked`)
) COMMENT='Group of members publishing drafts for resolutions to be passed; Frontends must ensure that initiatives of half_frozen issues are not revoked, and that initiatives of fully_frozen or closed issues are neither revoked nor created.';

CREATE TABLE `battle` (
  `issue_id` INT NOT NULL,
  `winning_initiative_id` INT,
  `losing_initiative_id` INT,
  `count` INT NOT NULL,
  FOREIGN KEY (`issue_id`, `winning_initiative_id`) REFERENCES `initiative` (`issue_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`issue_id`, `losing_initiative_id`) REFERENCES `initiative` (`issue_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  UNIQUE KEY `battle_winning_losing_idx` (`issue_id`, `winning_initiative_id`, `losing_initiative_id`)
) COMMENT='Number of members preferring one initiative to another; Filled by "battle_view" when closing an issue; NULL as initiative_id denotes virtual "status-quo" initiative';

CREATE TABLE `ignored_initiative` (
  `initiative_id` INT,
  `member_id` INT,
  PRIMARY KEY (`initiative_id`, `member_id`),
  FOREIGN KEY (`initiative_id`) REFERENCES `initiative` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `ignored_initiative_member_id_idx` (`member_id`)
) COMMENT='Possibility to filter initiatives';

CREATE TABLE `draft` (
  `initiative_id` INT NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `author_id` INT NOT NULL,
  `formatting_engine` TEXT COMMENT 'Allows different formatting engines (i.e. wiki formats) to be used',
  `content` TEXT NOT NULL COMMENT 'Text of the draft in a format depending on the field "formatting_engine"',
  `text_search_data` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`initiative_id`, `id`),
  FOREIGN KEY (`initiative_id`) REFERENCES `initiative` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`author_id`) REFERENCES `member` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  KEY `draft_created_idx` (`created`),
  KEY `draft_author_id_created_idx` (`author_id`, `created`)
) COMMENT='Drafts of initiatives to solve issues; Frontends must ensure that new drafts for initiatives of half_frozen, fully_frozen or closed issues can''t be created.';

CREATE TABLE `suggestion` (
  `initiative_id` INT NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `draft_id` BIGINT NOT NULL COMMENT 'Draft, which the author has seen when composing the suggestion; should always be set by a frontend, but defaults to current draft of the initiative (implemented by trigger "default_for_draft_id")',
  `created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `author_id` INT NOT NULL,
  `name` TEXT NOT NULL,
  `formatting_engine` TEXT,
  `content` TEXT NOT NULL DEFAULT '',
  `text_search_data` TEXT,
  `minus2_unfulfilled_count` INT COMMENT 'Calculated from table "direct_supporter_snapshot", not requiring informed supporters',
  `minus2_fulfilled_count` INT COMMENT 'Calculated from table "direct_supporter_snapshot", not requiring informed supporters',
  `minus1_unfulfilled_count` INT COMMENT 'Calculated from table "direct_supporter_snapshot", not requiring informed supporters',
  `minus1_fulfilled_count` INT COMMENT 'Calculated from table "direct_supporter_snapshot", not requiring informed supporters',
  `plus1_unfulfilled_count` INT COMMENT 'Calculated from table "direct_supporter_snapshot", not requiring informed supporters',
  `plus1_fulfilled_count` INT COMMENT 'Calculated from table "direct_supporter_snapshot", not requiring informed supporters',
  `plus2_unfulfilled_count` INT COMMENT 'Calculated from table "direct_supporter_snapshot", not requiring informed supporters',
  `plus2_fulfilled_count` INT COMMENT 'Calculated from table "direct_supporter_snapshot", not requiring informed supporters',
  `proportional_order` INT COMMENT 'To be used for sorting suggestions within an initiative; NULL values sort last; updated by "lf_update_suggestion_order"',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`initiative_id`, `id`),
  FOREIGN KEY (`initiative_id`) REFERENCES `initiative` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`initiative_id`, `draft_id`) REFERENCES `draft` (`initiative_id`, `id`) ON DELETE NO ACTION ON UPDATE CASCADE,
  FOREIGN KEY (`author_id`) REFERENCES `member` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  KEY `suggestion_created_idx` (`created`),
  KEY `suggestion_author_id_created_idx` (`author_id`, `created`)
) COMMENT='Suggestions to initiators, to change the current draft; must not be deleted explicitly, as they vanish automatically if the last opinion is deleted';

CREATE TABLE `privilege` (
  `unit_id` INT,
  `member_id` INT,
  `admin_manager` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Grant/revoke any privileges to/from other members',
  `unit_manager` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Create and disable sub units',
  `area_manager` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Create and disable areas and set area parameters',
  `member_manager` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Adding/removing members from the unit, granting or revoking "initiative_right" and "voting_right"',
  `initiative_right` BOOLEAN NOT NULL DEFAULT TRUE COMMENT 'Right to create an initiative',
  `voting_right` BOOLEAN NOT NULL DEFAULT TRUE COMMENT 'Right to support initiatives, create and rate suggestions, and to vote',
  `polling_right` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'Right to create issues with policies having the "policy"."polling" flag set, and to add initiatives having the "initiative"."polling" flag set to those issues',
  PRIMARY KEY (`unit_id`, `member_id`),
  FOREIGN KEY (`unit_id`) REFERENCES `unit` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) COMMENT='Members rights related to each unit';

CREATE TABLE `membership` (
  `area_id` INT,
  `member_id` INT,
  PRIMARY KEY (`area_id`, `member_id`),
  FOREIGN KEY (`area_id`) REFERENCES `area` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `membership_member_id_idx` (`member_id`)
) COMMENT='Interest of members in topic areas';

CREATE TABLE `interest` (
  `issue_id` INT,
  `member_id` INT,
  PRIMARY KEY (`issue_id`, `member_id`),
  FOREIGN KEY (`issue_id`) REFERENCES `issue` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `interest_member_id_idx` (`member_id`)
) COMMENT='Interest of members in a particular issue; Frontends must ensure that interest for fully_frozen or closed issues is not added or removed.';

CREATE TABLE `initiator` (
  `initiative_id` INT,
  `member_id` INT,
  `accepted` BOOLEAN COMMENT 'If "accepted" is NULL, then the member was invited to be a co-initiator, but has not answered yet. If it is TRUE, the member has accepted the invitation, if it is FALSE, the member has rejected the invitation.',
  PRIMARY KEY (`initiative_id`, `member_id`),
  FOREIGN KEY (`initiative_id`) REFERENCES `initiative` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `initiator_member_id_idx` (`member_id`)
) COMMENT='Members who are allowed to post new drafts; Frontends must ensure that initiators are not added or removed from half_frozen, fully_frozen or closed initiatives.';

CREATE TABLE `supporter` (
  `issue_id` INT NOT NULL COMMENT 'WARNING: No index: For selections use column "initiative_id" and join via table "initiative" where neccessary',
  `initiative_id` INT,
  `member_id` INT,
  `draft_id` BIGINT NOT NULL COMMENT 'Latest seen draft; should always be set by a frontend, but defaults to current draft of the initiative (implemented by trigger "default_for_draft_id")',
  PRIMARY KEY (`initiative_id`, `member_id`),
  FOREIGN KEY (`issue_id`, `member_id`) REFERENCES `interest` (`issue_id`, `member_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`initiative_id`, `draft_id`) REFERENCES `draft` (`initiative_id`, `id`) ON DELETE NO ACTION ON UPDATE CASCADE,
  KEY `supporter_member_id_idx` (`member_id`)
) COMMENT='Members who support an initiative (conditionally); Frontends must ensure that supporters are not added or removed from fully_frozen or closed initiatives.';

CREATE TABLE `opinion` (
  `initiative_id` INT NOT NULL,
  `suggestion_id` BIGINT,
  `member_id` INT,
  `degree` SMALLINT NOT NULL COMMENT '2 = fulfillment required for support; 1 = fulfillment desired; -1 = fulfillment unwanted; -2 = fulfillment cancels support',
  `fulfilled` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`suggestion_id`, `member_id`),
  FOREIGN KEY (`initiative_id`, `suggestion_id`) REFERENCES `suggestion` (`initiative_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`initiative_id`, `member_id`) REFERENCES `supporter` (`initiative_id`, `member_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `opinion_member_id_initiative_id_idx` (`member_id`, `initiative_id`)
) COMMENT='Opinion on suggestions (criticism related to initiatives); Frontends must ensure that opinions are not created modified or deleted when related to fully_frozen or closed issues.';

CREATE TABLE `delegation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `truster_id` INT NOT NULL,
  `trustee_id` INT,
  `scope` ENUM('unit','area','issue') NOT NULL,
  `unit_id` INT COMMENT 'Reference to unit, if delegation is unit-wide, otherwise NULL',
  `area_id` INT COMMENT 'Reference to area, if delegation is area-wide, otherwise NULL',
  `issue_id` INT COMMENT 'Reference to issue, if delegation is issue-wide, otherwise NULL',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`truster_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`trustee_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`unit_id`) REFERENCES `unit` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`area_id`) REFERENCES `area` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`issue_id`) REFERENCES `issue` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  UNIQUE KEY (`unit_id`, `truster_id`),
  UNIQUE KEY (`area_id`, `truster_id`),
  UNIQUE KEY (`issue_id`, `truster_id`),
  KEY `delegation_truster_id_idx` (`truster_id`),
  KEY `delegation_trustee_id_idx` (`trustee_id`)
) COMMENT='Delegation of vote-weight to other members';

CREATE TABLE `direct_population_snapshot` (
  `issue_id` INT,
  `event` ENUM('periodic','end_of_admission','half_freeze','full_freeze') COMMENT 'Reason for snapshot, see "snapshot_event" type for details',
  `member_id` INT,
  `weight` INT COMMENT 'Weight of member (1 or higher) according to "delegating_population_snapshot"',
  PRIMARY KEY (`issue_id`, `event`, `member_id`),
  FOREIGN KEY (`issue_id`) REFERENCES `issue` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  KEY `direct_population_snapshot_member_id_idx` (`member_id`)
) COMMENT='Snapshot of active members having either a "membership" in the "area" or an "interest" in the "issue"';

CREATE TABLE `delegating_population_snapshot` (
  `issue_id` INT,
  `event` ENUM('periodic','end_of_admission','half_freeze','full_freeze') COMMENT 'Reason for snapshot, see "snapshot_event" type for details',
  `member_id` INT COMMENT 'Delegating member',
  `weight` INT COMMENT 'Intermediate weight',
  `scope` ENUM('unit','area','issue') NOT NULL,
  `delegate_member_ids` TEXT NOT NULL COMMENT 'Chain of members who act as delegates; last entry referes to "member_id" column of table "direct_population_snapshot"',
  PRIMARY KEY (`issue_id`, `event`, `member_id`),
  FOREIGN KEY (`issue_id`) REFERENCES `issue` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  KEY `delegating_population_snapshot_member_id_idx` (`member_id`)
);

CREATE TABLE `direct_interest_snapshot` (
  `issue_id` INT,
  `event` ENUM('periodic','end_of_admission','half_freeze','full_freeze') COMMENT 'Reason for snapshot, see "snapshot_event" type for details',
  `member_id` INT,
  `weight` INT COMMENT 'Weight of member (1 or higher) according to "delegating_interest_snapshot"',
  PRIMARY KEY (`issue_id`, `event`, `member_id`),
  FOREIGN KEY (`issue_id`) REFERENCES `issue` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  KEY `direct_interest_snapshot_member_id_idx` (`member_id`)
) COMMENT='Snapshot of active members having an "interest" in the "issue"';

CREATE TABLE `delegating_interest_snapshot` (
  `issue_id` INT,
  `event` ENUM('periodic','end_of_admission','half_freeze','full_freeze') COMMENT 'Reason for snapshot, see "snapshot_event" type for details',
  `member_id` INT COMMENT 'Delegating member',
  `weight` INT COMMENT 'Intermediate weight',
  `scope` ENUM('unit','area','issue') NOT NULL,
  `delegate_member_ids` TEXT NOT NULL COMMENT 'Chain of members who act as delegates; last entry referes to "member_id" column of table "direct_interest_snapshot"',
  PRIMARY KEY (`issue_id`, `event`, `member_id`),
  FOREIGN KEY (`issue_id`) REFERENCES `issue` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  KEY `delegating_interest_snapshot_member_id_idx` (`member_id`)
) COMMENT='Delegations increasing the weight of entries in the "direct_interest_snapshot" table';

CREATE TABLE `direct_supporter_snapshot` (
  `issue_id` INT NOT NULL COMMENT 'WARNING: No index: For selections use column "initiative_id" and join via table "initiative" where neccessary',
  `initiative_id` INT,
  `event` ENUM('periodic','end_of_admission','half_freeze','full_freeze') COMMENT 'Reason for snapshot, see "snapshot_event" type for details',
  `member_id` INT,
  `draft_id` BIGINT NOT NULL,
  `informed` BOOLEAN NOT NULL COMMENT 'Supporter has seen the latest draft of the initiative',
  `satisfied` BOOLEAN NOT NULL COMMENT 'Supporter has no "critical_opinion"s',
  PRIMARY KEY (`initiative_id`, `event`, `member_id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  FOREIGN KEY (`issue_id`, `initiative_id`) REFERENCES `initiative` (`issue_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`initiative_id`, `draft_id`) REFERENCES `draft` (`initiative_id`, `id`) ON DELETE NO ACTION ON UPDATE CASCADE,
  FOREIGN KEY (`issue_id`, `event`, `member_id`) REFERENCES `direct_interest_snapshot` (`issue_id`, `event`, `member_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `direct_supporter_snapshot_member_id_idx` (`member_id`)
) COMMENT='Snapshot of supporters of initiatives (weight is stored in "direct_interest_snapshot")';

CREATE TABLE `non_voter` (
  `issue_id` INT,
  `member_id` INT,
  PRIMARY KEY (`issue_id`, `member_id`),
  FOREIGN KEY (`issue_id`) REFERENCES `issue` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `non_voter_member_id_idx` (`member_id`)
) COMMENT='Members who decided to not vote directly on an issue';

CREATE TABLE `direct_voter` (
  `issue_id` INT,
  `member_id` INT,
  `weight` INT COMMENT 'Weight of member (1 or higher) according to "delegating_voter" table',
  `comment_changed` DATETIME COMMENT 'Shall be set on comment change, to indicate a comment being modified after voting has been finished; Automatically set to NULL after voting phase; Automatically set to NULL by trigger, if "comment" is set to NULL',
  `formatting_engine` TEXT COMMENT 'Allows different formatting engines (i.e. wiki formats) to be used for "direct_voter"."comment"; Automatically set to NULL by trigger, if "comment" is set to NULL',
  `comment` TEXT COMMENT 'Is to be set or updated by the frontend, if comment was inserted or updated AFTER the issue has been closed. Otherwise it shall be set to NULL.',
  `text_search_data` TEXT,
  PRIMARY KEY (`issue_id`, `member_id`),
  FOREIGN KEY (`issue_id`) REFERENCES `issue` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  KEY `direct_voter_member_id_idx` (`member_id`)
) COMMENT='Members having directly voted for/against initiatives of an issue; Frontends must ensure that no voters are added or removed to/from this table when the issue has been closed.';

CREATE TABLE `delegating_voter` (
  `issue_id` INT,
  `member_id` INT COMMENT 'Delegating member',
  `weight` INT COMMENT 'Intermediate weight',
  `scope` ENUM('unit','area','issue') NOT NULL,
  `delegate_member_ids` TEXT NOT NULL COMMENT 'Chain of members who act as delegates; last entry referes to "member_id" column of table "direct_voter"',
  PRIMARY KEY (`issue_id`, `member_id`),
  FOREIGN KEY (`issue_id`) REFERENCES `issue` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  KEY `delegating_voter_member_id_idx` (`member_id`)
) COMMENT='Delegations increasing the weight of entries in the "direct_voter" table';

CREATE TABLE `vote` (
  `issue_id` INT NOT NULL COMMENT 'WARNING: No index: For selections use column "initiative_id" and join via table "initiative" where neccessary',
  `initiative_id` INT,
  `member_id` INT,
  `grade` INT COMMENT 'Values smaller than zero mean reject, values greater than zero mean acceptance, zero or missing row means abstention. Preferences are expressed by different positive or negative numbers.',
  PRIMARY KEY (`initiative_id`, `member_id`),
  FOREIGN KEY (`issue_id`, `initiative_id`) REFERENCES `initiative` (`issue_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`issue_id`, `member_id`) REFERENCES `direct_voter` (`issue_id`, `member_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `vote_member_id_idx` (`member_id`)
) COMMENT='Manual and delegated votes without abstentions; Frontends must ensure that no votes are added modified or removed when the issue has been closed.';

CREATE TABLE `event` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `occurrence` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Point in time, when event occurred',
  `event` ENUM('issue_state_changed','initiative_created_in_new_issue','initiative_created_in_existing_issue','initiative_revoked','new_draft_created','suggestion_created') NOT NULL COMMENT 'Type of event (see TYPE "event_type")',
  `member_id` INT COMMENT 'Member who caused the event, if applicable',
  `issue_id` INT,
  `state` ENUM('admission','discussion','verification','voting','canceled_revoked_before_accepted','canceled_issue_not_accepted','canceled_after_revocation_during_discussion','canceled_after_revocation_during_verification','canceled_no_initiative_admitted','finished_without_winner','finished_with_winner') COMMENT 'If issue_id is set: state of affected issue; If state changed: new state',
  `initiative_id` INT,
  `draft_id` BIGINT,
  `suggestion_id` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  FOREIGN KEY (`issue_id`) REFERENCES `issue` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`issue_id`, `initiative_id`) REFERENCES `initiative` (`issue_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`initiative_id`, `draft_id`) REFERENCES `draft` (`initiative_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`initiative_id`, `suggestion_id`) REFERENCES `suggestion` (`initiative_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  KEY `event_occurrence_idx` (`occurrence`)
) COMMENT='Event table, automatically filled by triggers';

CREATE TABLE `notification_sent` (
  `event_id` BIGINT NOT NULL
) COMMENT='This table stores one row with the last event_id, for which notifications have been sent out';

SET FOREIGN_KEY_CHECKS=1;
