-- phpBB 3.1 (forum / community bulletin board: registered users and guests, usergroups and group membership,
-- per-user permissions, friends and foes, custom profile fields, sessions and "remember me" keys, login attempts,
-- OAuth-linked sign-in accounts, CAPTCHA, search-engine bots, bans, warnings, moderator/admin/user logs, post
-- reports, topics with polls and poll votes, posts, attachments, bookmarks, topic subscriptions, drafts, private
-- messages with their per-recipient mailbox rows, PM folders and filter rules, notifications and notification
-- subscriptions, ranks, board configuration), trimmed from github.com/phpbb/phpbb
-- phpBB/install/schemas/mysql_41_schema.sql at tag release-3.1.0-b1, commit 873b5686 (GPL-2.0). This is the last
-- 3.1.x tag that ships the MySQL schema file (from 3.1.0-b2 the installer generates it from the migrations); its
-- users/profile-field layout is 3.1's (ICQ, AOL, WLM, Yahoo, website, location, occupation and interests moved to
-- profile_fields_data as pf_phpbb_*). Column names, types and defaults as upstream; upstream writes no column
-- comments and declares no foreign keys. Left out: the table option CHARACTER SET utf8 COLLATE utf8_bin, all
-- non-unique KEYs (UNIQUE indexes kept, written UNIQUE KEY), the seed data (schema_data.sql), and the tables
-- acl_groups, acl_options, acl_roles, acl_roles_data, bbcodes, config_text, disallow, ext, extensions,
-- extension_groups, forums, forums_access, forums_track, forums_watch, icons, lang, migrations, moderator_cache,
-- modules, profile_fields_lang, profile_lang, search_results, search_wordlist, search_wordmatch, sitelist,
-- smilies, styles, teampage, topics_track, topics_posted, words. Tables without a primary key have none upstream.
--
-- Glossary:
-- * Every time column (`*_time`, `*_date`, `user_lastvisit`, `ban_start` ...) is an integer Unix timestamp.
-- * `phpbb_users` holds members, the anonymous guest account (user_id 1) and one account per search-engine bot.
--   `user_type`: 0 normal, 1 inactive, 2 ignore (bots, anonymous), 3 founder. `user_inactive_reason`: 1 newly
--   registered, 2 profile changed, 3 deactivated by an admin, 4 after reminders. `username` is both the login and
--   the public name shown on posts; `username_clean` its normalised form used for uniqueness and login look-up.
--   `user_actkey` the e-mailed activation key; `user_newpasswd` the hash of a new password requested by "I forgot
--   my password", pending activation; `user_passchg` time of the last password change; `user_pass_convert` the
--   password hash must be converted (after a phpBB 2 import). `user_email_hash` a crc32-based hash of the e-mail,
--   used to look users up by e-mail. `user_birthday` "dd-mm-yyyy". `user_ip` the IP the account registered from.
--   `user_lastmark` when the user last marked all forums read; `user_lastpost_time`, `user_last_search`,
--   `user_emailtime` (the user last sent an e-mail through the board) are kept for flood control;
--   `user_lastpage` the last page viewed; `user_last_confirm_key` the last CAPTCHA key of a login;
--   `user_form_salt` the per-user salt of the anti-CSRF form tokens. `group_id` the user's default usergroup
--   (Registered users, Newly registered users, Global moderators, Administrators, Bots, custom groups), which gives
--   the name colour `user_colour`, rank and avatar; `user_permissions` the cached permission bitstring;
--   `user_perm_from` the user whose permissions an administrator is testing ("use permissions of").
--   `user_rank` a special rank (title shown under the name; otherwise ranks follow `user_posts`, the post count).
--   `user_new` 1 while the user is in the "Newly registered users" group; `user_reminded` / `user_reminded_time`
--   the number and time of reminder e-mails sent to an inactive account. `user_new_privmsg`, `user_unread_privmsg`
--   counts of new / unread private messages; `user_last_privmsg` when a private message last arrived;
--   `user_message_rules` the user has PM filter rules; `user_full_folder` what to do when a PM folder is full.
--   `user_notify` subscribe to one's own topics by default, `user_notify_pm` e-mail on a new PM, `user_notify_type`
--   0 e-mail, 1 Jabber, 2 both. `user_allow_pm` accept PMs from other users, `user_allow_viewonline` show me in the
--   who-is-online list, `user_allow_viewemail` let other users e-mail me through the board, `user_allow_massemail`
--   receive the administrators' mass e-mails. `user_options` a bitfield of display options (show images, smilies,
--   signatures, avatars, word censoring ...). `user_sig` the signature appended to the user's posts;
--   `*_bbcode_uid` / `*_bbcode_bitfield` / `bbcode_uid` / `bbcode_bitfield` are BBCode parser data of a text.
-- * `phpbb_user_group`: group membership; `group_leader` the member may manage the group, `user_pending` the
--   membership request awaits approval. `phpbb_acl_users`: permissions granted to one user (an option or a role,
--   globally or in a forum). `phpbb_zebra`: a user's friends (`friend` 1) and foes (`foe` 1, posts hidden);
--   `zebra_id` the other user.
-- * `phpbb_profile_fields` defines custom profile fields; `phpbb_profile_fields_data` holds one row per user with
--   a column `pf_<field_ident>` per field (the default fields: location, interests, occupation, ICQ number, AOL,
--   Windows Live Messenger and Yahoo handles, website).
-- * `phpbb_sessions`: one row per visitor session (members, guests, bots); `session_forum_id` / `session_page`
--   where the visitor is browsing, `session_forwarded_for` the X-Forwarded-For header, `session_viewonline` 0 when
--   the user is hidden, `session_autologin` a "remember me" session, `session_admin` re-authenticated for the
--   administration panel. `phpbb_sessions_keys`: "remember me" autologin keys. `phpbb_login_attempts`: one row per
--   failed login. `phpbb_confirm`: CAPTCHA codes of a session. `phpbb_bots`: search-engine spiders, matched by
--   user agent or IP. `phpbb_oauth_accounts` / `phpbb_oauth_tokens`: sign-in through an external OAuth provider.
-- * `phpbb_banlist`: a ban by user, IP (or range) or e-mail (wildcards allowed); `ban_exclude` 1 exempts it from
--   bans; `ban_reason` is for moderators, `ban_give_reason` is shown to the banned user; `ban_end` 0 = permanent.
--   `phpbb_warnings`: a warning a moderator issued to a user for a post (the text is in the log entry `log_id`).
-- * `phpbb_log`: `log_type` 0 admin, 1 moderator, 2 critical, 3 user log (notes and actions on a user, who is
--   `reportee_id`); `user_id` the acting user; `log_operation` a language key, `log_data` its serialized
--   parameters.
-- * `phpbb_reports`: a user (`user_id`) reports a post or a private message to the moderators with a reason and a
--   text; `user_notify` tells the reporter when the report is closed; `reported_post_text` a copy of the reported
--   post's text at the time of the report.
-- * Topics hold their poll (`poll_title` the question, `poll_start`, `poll_length`, `poll_max_options` votes per
--   user, `poll_last_vote`, `poll_vote_change` votes may be changed); `phpbb_poll_options` the answers and their vote
--   totals, `phpbb_poll_votes` one row per vote. `topic_poster` / `poster_id` / `author_id` the author;
--   `topic_first_poster_name`, `topic_last_poster_name`, `post_username` copies of the author's name (for guests
--   the name they typed); `*_colour` the author's group colour. `*_visibility`: 0 unapproved, 1 approved,
--   2 soft-deleted, 3 awaiting re-approval after an edit; `*_delete_user` / `*_delete_reason` / `*_delete_time`
--   who soft-deleted it, why, when; `post_edit_*` / `message_edit_*` the "last edited by ... reason ... edited n
--   times" line shown under a post; `topic_bumped` / `topic_bumper` the topic was bumped to the top, by whom.
--   `topic_status` 0 unlocked, 1 locked, 2 moved; `topic_type` normal, sticky, announcement, global.
-- * `phpbb_topics_watch`: a user's subscription to a topic; `notify_status` 1 once a notification was sent and the
--   user has not visited since. `phpbb_bookmarks`: a user's bookmarked topics. `phpbb_drafts`: saved drafts of
--   posts and private messages.
-- * `phpbb_privmsgs` is a private message once; `to_address` / `bcc_address` the recipients as "u_<user_id>" /
--   "g_<group_id>" lists; `root_level` the first message of the conversation. `phpbb_privmsgs_to` one row per
--   recipient's (and the author's) copy: `pm_*` flags deleted / new / unread / replied / marked / forwarded,
--   `folder_id` -4 on hold, -3 no box, -2 outbox, -1 sent, 0 inbox, >0 a custom folder (`phpbb_privmsgs_folder`).
--   `phpbb_privmsgs_rules`: a user's PM filter rules (`rule_user_id` / `rule_group_id` the sender matched).
-- * `phpbb_notifications`: board notifications to `user_id` about an item (post, topic, PM, report ...);
--   `notification_data` serialized details (poster, subject ...). `phpbb_user_notifications`: a user's
--   subscriptions per notification type (`item_type`), item and method (board, e-mail, Jabber), `notify` 0 = off.

CREATE TABLE phpbb_users (
  user_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  user_type tinyint(2) DEFAULT '0' NOT NULL,
  group_id mediumint(8) UNSIGNED DEFAULT '3' NOT NULL,
  user_permissions mediumtext NOT NULL,
  user_perm_from mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  user_ip varchar(40) DEFAULT '' NOT NULL,
  user_regdate int(11) UNSIGNED DEFAULT '0' NOT NULL,
  username varchar(255) DEFAULT '' NOT NULL,
  username_clean varchar(255) DEFAULT '' NOT NULL,
  user_password varchar(255) DEFAULT '' NOT NULL,
  user_passchg int(11) UNSIGNED DEFAULT '0' NOT NULL,
  user_pass_convert tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  user_actkey varchar(32) DEFAULT '' NOT NULL,
  user_newpasswd varchar(255) DEFAULT '' NOT NULL,
  user_email varchar(100) DEFAULT '' NOT NULL,
  user_email_hash bigint(20) DEFAULT '0' NOT NULL,
  user_birthday varchar(10) DEFAULT '' NOT NULL,
  user_lastvisit int(11) UNSIGNED DEFAULT '0' NOT NULL,
  user_lastmark int(11) UNSIGNED DEFAULT '0' NOT NULL,
  user_lastpost_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  user_lastpage varchar(200) DEFAULT '' NOT NULL,
  user_last_confirm_key varchar(10) DEFAULT '' NOT NULL,
  user_last_search int(11) UNSIGNED DEFAULT '0' NOT NULL,
  user_warnings tinyint(4) DEFAULT '0' NOT NULL,
  user_last_warning int(11) UNSIGNED DEFAULT '0' NOT NULL,
  user_login_attempts tinyint(4) DEFAULT '0' NOT NULL,
  user_inactive_reason tinyint(2) DEFAULT '0' NOT NULL,
  user_inactive_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  user_posts mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  user_lang varchar(30) DEFAULT '' NOT NULL,
  user_timezone varchar(100) DEFAULT 'UTC' NOT NULL,
  user_dateformat varchar(30) DEFAULT 'd M Y H:i' NOT NULL,
  user_style mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  user_rank mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  user_colour varchar(6) DEFAULT '' NOT NULL,
  user_new_privmsg int(4) DEFAULT '0' NOT NULL,
  user_unread_privmsg int(4) DEFAULT '0' NOT NULL,
  user_last_privmsg int(11) UNSIGNED DEFAULT '0' NOT NULL,
  user_message_rules tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  user_full_folder int(11) DEFAULT '-3' NOT NULL,
  user_emailtime int(11) UNSIGNED DEFAULT '0' NOT NULL,
  user_topic_show_days smallint(4) UNSIGNED DEFAULT '0' NOT NULL,
  user_topic_sortby_type varchar(1) DEFAULT 't' NOT NULL,
  user_topic_sortby_dir varchar(1) DEFAULT 'd' NOT NULL,
  user_post_show_days smallint(4) UNSIGNED DEFAULT '0' NOT NULL,
  user_post_sortby_type varchar(1) DEFAULT 't' NOT NULL,
  user_post_sortby_dir varchar(1) DEFAULT 'a' NOT NULL,
  user_notify tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  user_notify_pm tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  user_notify_type tinyint(4) DEFAULT '0' NOT NULL,
  user_allow_pm tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  user_allow_viewonline tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  user_allow_viewemail tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  user_allow_massemail tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  user_options int(11) UNSIGNED DEFAULT '230271' NOT NULL,
  user_avatar varchar(255) DEFAULT '' NOT NULL,
  user_avatar_type varchar(255) DEFAULT '' NOT NULL,
  user_avatar_width smallint(4) UNSIGNED DEFAULT '0' NOT NULL,
  user_avatar_height smallint(4) UNSIGNED DEFAULT '0' NOT NULL,
  user_sig mediumtext NOT NULL,
  user_sig_bbcode_uid varchar(8) DEFAULT '' NOT NULL,
  user_sig_bbcode_bitfield varchar(255) DEFAULT '' NOT NULL,
  user_jabber varchar(255) DEFAULT '' NOT NULL,
  user_form_salt varchar(32) DEFAULT '' NOT NULL,
  user_new tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  user_reminded tinyint(4) DEFAULT '0' NOT NULL,
  user_reminded_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (user_id),
  UNIQUE KEY username_clean (username_clean)
);

CREATE TABLE phpbb_groups (
  group_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  group_type tinyint(4) DEFAULT '1' NOT NULL,
  group_founder_manage tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  group_skip_auth tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  group_name varchar(255) DEFAULT '' NOT NULL,
  group_desc text NOT NULL,
  group_desc_bitfield varchar(255) DEFAULT '' NOT NULL,
  group_desc_options int(11) UNSIGNED DEFAULT '7' NOT NULL,
  group_desc_uid varchar(8) DEFAULT '' NOT NULL,
  group_display tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  group_avatar varchar(255) DEFAULT '' NOT NULL,
  group_avatar_type varchar(255) DEFAULT '' NOT NULL,
  group_avatar_width smallint(4) UNSIGNED DEFAULT '0' NOT NULL,
  group_avatar_height smallint(4) UNSIGNED DEFAULT '0' NOT NULL,
  group_rank mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  group_colour varchar(6) DEFAULT '' NOT NULL,
  group_sig_chars mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  group_receive_pm tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  group_message_limit mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  group_max_recipients mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  group_legend mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (group_id)
);

CREATE TABLE phpbb_user_group (
  group_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  group_leader tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  user_pending tinyint(1) UNSIGNED DEFAULT '1' NOT NULL
);

CREATE TABLE phpbb_acl_users (
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  forum_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  auth_option_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  auth_role_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  auth_setting tinyint(2) DEFAULT '0' NOT NULL
);

CREATE TABLE phpbb_zebra (
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  zebra_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  friend tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  foe tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (user_id, zebra_id)
);

CREATE TABLE phpbb_profile_fields (
  field_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  field_name varchar(255) DEFAULT '' NOT NULL,
  field_type varchar(100) DEFAULT '' NOT NULL,
  field_ident varchar(20) DEFAULT '' NOT NULL,
  field_length varchar(20) DEFAULT '' NOT NULL,
  field_minlen varchar(255) DEFAULT '' NOT NULL,
  field_maxlen varchar(255) DEFAULT '' NOT NULL,
  field_novalue varchar(255) DEFAULT '' NOT NULL,
  field_default_value varchar(255) DEFAULT '' NOT NULL,
  field_validation varchar(20) DEFAULT '' NOT NULL,
  field_required tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  field_show_novalue tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  field_show_on_reg tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  field_show_on_pm tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  field_show_on_vt tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  field_show_on_ml tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  field_show_profile tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  field_hide tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  field_no_view tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  field_active tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  field_order mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  field_is_contact tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  field_contact_desc varchar(255) DEFAULT '' NOT NULL,
  field_contact_url varchar(255) DEFAULT '' NOT NULL,
  PRIMARY KEY (field_id)
);

CREATE TABLE phpbb_profile_fields_data (
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  pf_phpbb_location varchar(255) DEFAULT '' NOT NULL,
  pf_phpbb_interests text NOT NULL,
  pf_phpbb_occupation text NOT NULL,
  pf_phpbb_icq varchar(255) DEFAULT '' NOT NULL,
  pf_phpbb_aol varchar(255) DEFAULT '' NOT NULL,
  pf_phpbb_wlm varchar(255) DEFAULT '' NOT NULL,
  pf_phpbb_yahoo varchar(255) DEFAULT '' NOT NULL,
  pf_phpbb_website varchar(255) DEFAULT '' NOT NULL,
  PRIMARY KEY (user_id)
);

CREATE TABLE phpbb_sessions (
  session_id char(32) DEFAULT '' NOT NULL,
  session_user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  session_forum_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  session_last_visit int(11) UNSIGNED DEFAULT '0' NOT NULL,
  session_start int(11) UNSIGNED DEFAULT '0' NOT NULL,
  session_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  session_ip varchar(40) DEFAULT '' NOT NULL,
  session_browser varchar(150) DEFAULT '' NOT NULL,
  session_forwarded_for varchar(255) DEFAULT '' NOT NULL,
  session_page varchar(255) DEFAULT '' NOT NULL,
  session_viewonline tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  session_autologin tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  session_admin tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (session_id)
);

CREATE TABLE phpbb_sessions_keys (
  key_id char(32) DEFAULT '' NOT NULL,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  last_ip varchar(40) DEFAULT '' NOT NULL,
  last_login int(11) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (key_id, user_id)
);

CREATE TABLE phpbb_login_attempts (
  attempt_ip varchar(40) DEFAULT '' NOT NULL,
  attempt_browser varchar(150) DEFAULT '' NOT NULL,
  attempt_forwarded_for varchar(255) DEFAULT '' NOT NULL,
  attempt_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  username varchar(255) DEFAULT '0' NOT NULL,
  username_clean varchar(255) DEFAULT '0' NOT NULL
);

CREATE TABLE phpbb_oauth_accounts (
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  provider varchar(255) DEFAULT '' NOT NULL,
  oauth_provider_id text NOT NULL,
  PRIMARY KEY (user_id, provider)
);

CREATE TABLE phpbb_oauth_tokens (
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  session_id char(32) DEFAULT '' NOT NULL,
  provider varchar(255) DEFAULT '' NOT NULL,
  oauth_token mediumtext NOT NULL
);

CREATE TABLE phpbb_confirm (
  confirm_id char(32) DEFAULT '' NOT NULL,
  session_id char(32) DEFAULT '' NOT NULL,
  confirm_type tinyint(3) DEFAULT '0' NOT NULL,
  code varchar(8) DEFAULT '' NOT NULL,
  seed int(10) UNSIGNED DEFAULT '0' NOT NULL,
  attempts mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (session_id, confirm_id)
);

CREATE TABLE phpbb_bots (
  bot_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  bot_active tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  bot_name varchar(255) DEFAULT '' NOT NULL,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  bot_agent varchar(255) DEFAULT '' NOT NULL,
  bot_ip varchar(255) DEFAULT '' NOT NULL,
  PRIMARY KEY (bot_id)
);

CREATE TABLE phpbb_banlist (
  ban_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  ban_userid mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  ban_ip varchar(40) DEFAULT '' NOT NULL,
  ban_email varchar(100) DEFAULT '' NOT NULL,
  ban_start int(11) UNSIGNED DEFAULT '0' NOT NULL,
  ban_end int(11) UNSIGNED DEFAULT '0' NOT NULL,
  ban_exclude tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  ban_reason varchar(255) DEFAULT '' NOT NULL,
  ban_give_reason varchar(255) DEFAULT '' NOT NULL,
  PRIMARY KEY (ban_id)
);

CREATE TABLE phpbb_warnings (
  warning_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  post_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  log_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  warning_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (warning_id)
);

CREATE TABLE phpbb_log (
  log_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  log_type tinyint(4) DEFAULT '0' NOT NULL,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  forum_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  reportee_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  log_ip varchar(40) DEFAULT '' NOT NULL,
  log_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  log_operation text NOT NULL,
  log_data mediumtext NOT NULL,
  PRIMARY KEY (log_id)
);

CREATE TABLE phpbb_reports (
  report_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  reason_id smallint(4) UNSIGNED DEFAULT '0' NOT NULL,
  post_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  pm_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  user_notify tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  report_closed tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  report_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  report_text mediumtext NOT NULL,
  reported_post_text mediumtext NOT NULL,
  reported_post_uid varchar(8) DEFAULT '' NOT NULL,
  reported_post_bitfield varchar(255) DEFAULT '' NOT NULL,
  reported_post_enable_magic_url tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  reported_post_enable_smilies tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  reported_post_enable_bbcode tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  PRIMARY KEY (report_id)
);

CREATE TABLE phpbb_reports_reasons (
  reason_id smallint(4) UNSIGNED NOT NULL auto_increment,
  reason_title varchar(255) DEFAULT '' NOT NULL,
  reason_description mediumtext NOT NULL,
  reason_order smallint(4) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (reason_id)
);

CREATE TABLE phpbb_topics (
  topic_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  forum_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  icon_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_attachment tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  topic_visibility tinyint(3) DEFAULT '0' NOT NULL,
  topic_reported tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  topic_title varchar(255) DEFAULT '' NOT NULL COLLATE utf8_unicode_ci,
  topic_poster mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  topic_time_limit int(11) UNSIGNED DEFAULT '0' NOT NULL,
  topic_views mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_posts_approved mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_posts_unapproved mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_posts_softdeleted mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_status tinyint(3) DEFAULT '0' NOT NULL,
  topic_type tinyint(3) DEFAULT '0' NOT NULL,
  topic_first_post_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_first_poster_name varchar(255) DEFAULT '' NOT NULL,
  topic_first_poster_colour varchar(6) DEFAULT '' NOT NULL,
  topic_last_post_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_last_poster_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_last_poster_name varchar(255) DEFAULT '' NOT NULL,
  topic_last_poster_colour varchar(6) DEFAULT '' NOT NULL,
  topic_last_post_subject varchar(255) DEFAULT '' NOT NULL,
  topic_last_post_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  topic_last_view_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  topic_moved_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_bumped tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  topic_bumper mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  poll_title varchar(255) DEFAULT '' NOT NULL,
  poll_start int(11) UNSIGNED DEFAULT '0' NOT NULL,
  poll_length int(11) UNSIGNED DEFAULT '0' NOT NULL,
  poll_max_options tinyint(4) DEFAULT '1' NOT NULL,
  poll_last_vote int(11) UNSIGNED DEFAULT '0' NOT NULL,
  poll_vote_change tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  topic_delete_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  topic_delete_reason varchar(255) DEFAULT '' NOT NULL,
  topic_delete_user mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (topic_id)
);

CREATE TABLE phpbb_posts (
  post_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  topic_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  forum_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  poster_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  icon_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  poster_ip varchar(40) DEFAULT '' NOT NULL,
  post_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  post_visibility tinyint(3) DEFAULT '0' NOT NULL,
  post_reported tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  enable_bbcode tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  enable_smilies tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  enable_magic_url tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  enable_sig tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  post_username varchar(255) DEFAULT '' NOT NULL,
  post_subject varchar(255) DEFAULT '' NOT NULL COLLATE utf8_unicode_ci,
  post_text mediumtext NOT NULL,
  post_checksum varchar(32) DEFAULT '' NOT NULL,
  post_attachment tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  bbcode_bitfield varchar(255) DEFAULT '' NOT NULL,
  bbcode_uid varchar(8) DEFAULT '' NOT NULL,
  post_postcount tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  post_edit_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  post_edit_reason varchar(255) DEFAULT '' NOT NULL,
  post_edit_user mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  post_edit_count smallint(4) UNSIGNED DEFAULT '0' NOT NULL,
  post_edit_locked tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  post_delete_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  post_delete_reason varchar(255) DEFAULT '' NOT NULL,
  post_delete_user mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (post_id)
);

CREATE TABLE phpbb_attachments (
  attach_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  post_msg_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  in_message tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  poster_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  is_orphan tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  physical_filename varchar(255) DEFAULT '' NOT NULL,
  real_filename varchar(255) DEFAULT '' NOT NULL,
  download_count mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  attach_comment text NOT NULL,
  extension varchar(100) DEFAULT '' NOT NULL,
  mimetype varchar(100) DEFAULT '' NOT NULL,
  filesize int(20) UNSIGNED DEFAULT '0' NOT NULL,
  filetime int(11) UNSIGNED DEFAULT '0' NOT NULL,
  thumbnail tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (attach_id)
);

CREATE TABLE phpbb_poll_options (
  poll_option_id tinyint(4) DEFAULT '0' NOT NULL,
  topic_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  poll_option_text text NOT NULL,
  poll_option_total mediumint(8) UNSIGNED DEFAULT '0' NOT NULL
);

CREATE TABLE phpbb_poll_votes (
  topic_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  poll_option_id tinyint(4) DEFAULT '0' NOT NULL,
  vote_user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  vote_user_ip varchar(40) DEFAULT '' NOT NULL
);

CREATE TABLE phpbb_bookmarks (
  topic_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (topic_id, user_id)
);

CREATE TABLE phpbb_topics_watch (
  topic_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  notify_status tinyint(1) UNSIGNED DEFAULT '0' NOT NULL
);

CREATE TABLE phpbb_drafts (
  draft_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  topic_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  forum_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  save_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  draft_subject varchar(255) DEFAULT '' NOT NULL,
  draft_message mediumtext NOT NULL,
  PRIMARY KEY (draft_id)
);

CREATE TABLE phpbb_privmsgs (
  msg_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  root_level mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  author_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  icon_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  author_ip varchar(40) DEFAULT '' NOT NULL,
  message_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  enable_bbcode tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  enable_smilies tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  enable_magic_url tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  enable_sig tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  message_subject varchar(255) DEFAULT '' NOT NULL,
  message_text mediumtext NOT NULL,
  message_edit_reason varchar(255) DEFAULT '' NOT NULL,
  message_edit_user mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  message_attachment tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  bbcode_bitfield varchar(255) DEFAULT '' NOT NULL,
  bbcode_uid varchar(8) DEFAULT '' NOT NULL,
  message_edit_time int(11) UNSIGNED DEFAULT '0' NOT NULL,
  message_edit_count smallint(4) UNSIGNED DEFAULT '0' NOT NULL,
  to_address text NOT NULL,
  bcc_address text NOT NULL,
  message_reported tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (msg_id)
);

CREATE TABLE phpbb_privmsgs_to (
  msg_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  author_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  pm_deleted tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  pm_new tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  pm_unread tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  pm_replied tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  pm_marked tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  pm_forwarded tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  folder_id int(11) DEFAULT '0' NOT NULL
);

CREATE TABLE phpbb_privmsgs_folder (
  folder_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  folder_name varchar(255) DEFAULT '' NOT NULL,
  pm_count mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (folder_id)
);

CREATE TABLE phpbb_privmsgs_rules (
  rule_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  rule_check mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  rule_connection mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  rule_string varchar(255) DEFAULT '' NOT NULL,
  rule_user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  rule_group_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  rule_action mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  rule_folder_id int(11) DEFAULT '0' NOT NULL,
  PRIMARY KEY (rule_id)
);

CREATE TABLE phpbb_notification_types (
  notification_type_id smallint(4) UNSIGNED NOT NULL auto_increment,
  notification_type_name varchar(255) DEFAULT '' NOT NULL,
  notification_type_enabled tinyint(1) UNSIGNED DEFAULT '1' NOT NULL,
  PRIMARY KEY (notification_type_id),
  UNIQUE KEY type (notification_type_name)
);

CREATE TABLE phpbb_notifications (
  notification_id int(10) UNSIGNED NOT NULL auto_increment,
  notification_type_id smallint(4) UNSIGNED DEFAULT '0' NOT NULL,
  item_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  item_parent_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  notification_read tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  notification_time int(11) UNSIGNED DEFAULT '1' NOT NULL,
  notification_data text NOT NULL,
  PRIMARY KEY (notification_id)
);

CREATE TABLE phpbb_user_notifications (
  item_type varchar(255) DEFAULT '' NOT NULL,
  item_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  user_id mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  method varchar(255) DEFAULT '' NOT NULL,
  notify tinyint(1) UNSIGNED DEFAULT '1' NOT NULL
);

CREATE TABLE phpbb_ranks (
  rank_id mediumint(8) UNSIGNED NOT NULL auto_increment,
  rank_title varchar(255) DEFAULT '' NOT NULL,
  rank_min mediumint(8) UNSIGNED DEFAULT '0' NOT NULL,
  rank_special tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  rank_image varchar(255) DEFAULT '' NOT NULL,
  PRIMARY KEY (rank_id)
);

CREATE TABLE phpbb_config (
  config_name varchar(255) DEFAULT '' NOT NULL,
  config_value varchar(255) DEFAULT '' NOT NULL,
  is_dynamic tinyint(1) UNSIGNED DEFAULT '0' NOT NULL,
  PRIMARY KEY (config_name)
);
