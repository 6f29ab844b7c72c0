-- Talkyard (Debiki / Kaj Magnus Lindberg and contributors): embedded blog comments, forum, chat and Q&A,
-- multi-tenant (every table keyed by site_id: one row in sites3 per website that embeds Talkyard).
-- Upstream: github.com/debiki/talkyard, commit f220a7d9f7b4b186039c893db683641fdb693275 (AGPL-3.0-or-later).
-- Source: images/app/migrations/0001_base_schema.up.sql (upstream's pg_dump of all Flyway migrations up to
-- v426, squashed into the first sqlx migration) followed by 0002_drop_flyway_rename_backup.up.sql, replayed into
-- a scratch PostgreSQL 15 database and written here as MySQL/MariaDB DDL, column by column in PostgreSQL's order.
-- Types: integer int, smallint smallint, bigint bigint, boolean tinyint(1), real float, double precision double,
-- timestamp datetime, date date, jsonb json, bytea blob, inet varchar(45), text arrays text; Talkyard's many
-- domains (text_oneline_120_d, pat_id_d ...) are written as their base type; text or unbounded varchar stays
-- text, except in primary, unique or foreign keys, where it is varchar(255).
-- Keys: primary keys, UNIQUE constraints and plain unique indexes as upstream; partial and expression unique
-- indexes (WHERE ... / lower(...)) cannot be written in MySQL and are left out; foreign keys as upstream
-- (added after the tables), those pointing at left-out tables dropped. CHECK constraints, triggers, plain
-- indexes and the two seed rows are left out.
-- Tables left out (9 of 50): settings3 (131 columns of per-site settings), perms_on_pages3, idps_t,
-- webhooks_t, webhook_reqs_out_t, page_html_cache_t, page_popularity_scores3, backup_test_log3, post_tags3.

CREATE TABLE `alt_page_ids3` (
  `site_id` int NOT NULL,
  `alt_page_id` varchar(255) NOT NULL,
  `real_page_id` varchar(255) NOT NULL,
  PRIMARY KEY (`site_id`, `alt_page_id`)
);

CREATE TABLE `api_secrets3` (
  `site_id` int NOT NULL,
  `secret_nr` int NOT NULL,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `deleted_at` datetime,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `secret_key` text NOT NULL,
  PRIMARY KEY (`site_id`, `secret_nr`)
);

CREATE TABLE `audit_log3` (
  `site_id` int NOT NULL,
  `audit_id` bigint NOT NULL,
  `doer_id_c` int NOT NULL,
  `done_at` datetime NOT NULL,
  `did_what` smallint NOT NULL,
  `details` text,
  `ip` varchar(45),
  `browser_id_cookie` text,
  `browser_fingerprint` int,
  `anonymity_network` text,
  `country` text,
  `region` text,
  `city` text,
  `page_id` varchar(255),
  `page_role` smallint,
  `post_id` int,
  `post_nr` int,
  `post_action_type` int,
  `post_action_sub_id` int,
  `target_page_id` text,
  `target_post_id` int,
  `target_post_nr` int,
  `target_pat_id_c` int,
  `target_site_id` int,
  `size_bytes` int,
  `upload_hash_path` text,
  `upload_file_name` text,
  `email_address` text,
  `batch_id` bigint,
  `forgotten` smallint NOT NULL DEFAULT 0,
  `doer_true_id_c` int,
  `target_pat_true_id_c` int,
  `sess_id_part_1` varchar(255),
  PRIMARY KEY (`site_id`, `audit_id`)
);

CREATE TABLE `blocks3` (
  `site_id` int NOT NULL,
  `threat_level` smallint,
  `blocked_at` datetime NOT NULL,
  `blocked_till` datetime,
  `blocked_by_id` int NOT NULL,
  `ip` varchar(45),
  `browser_id_cookie` text
);

CREATE TABLE `categories3` (
  `site_id` int NOT NULL,
  `id` int NOT NULL,
  `page_id` varchar(255) NOT NULL,
  `parent_id` int,
  `name` text NOT NULL,
  `slug` varchar(255) NOT NULL,
  `position` int NOT NULL,
  `description` text,
  `new_topic_types` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `locked_at` datetime,
  `frozen_at` datetime,
  `deleted_at` datetime,
  `unlist_category` tinyint(1) NOT NULL DEFAULT 0,
  `staff_only` tinyint(1) NOT NULL DEFAULT 0,
  `only_staff_may_create_topics` tinyint(1) NOT NULL DEFAULT 0,
  `default_topic_type` smallint DEFAULT 12,
  `default_category_id` int,
  `incl_in_summaries` smallint,
  `unlist_topics` tinyint(1),
  `ext_id` varchar(255),
  `def_sort_order_c` smallint,
  `def_score_alg_c` smallint,
  `def_score_period_c` smallint,
  `do_vote_style_c` smallint,
  `do_vote_in_topic_list_c` tinyint(1),
  `comt_order_c` int,
  `comt_nesting_c` smallint,
  `comts_start_hidden_c` smallint,
  `comts_start_anon_c` smallint,
  `op_starts_anon_c` smallint,
  `new_anon_status_c` int,
  PRIMARY KEY (`site_id`, `id`),
  UNIQUE KEY `categories_u_extid` (`site_id`, `ext_id`),
  UNIQUE KEY `dw2_cats_page_slug__u` (`site_id`, `page_id`, `slug`),
  UNIQUE KEY `dw2_cats_parent_slug__u` (`site_id`, `parent_id`, `slug`)
);

CREATE TABLE `drafts3` (
  `site_id` int NOT NULL,
  `by_user_id` int NOT NULL,
  `draft_nr` int NOT NULL,
  `draft_type` smallint NOT NULL,
  `created_at` datetime NOT NULL,
  `last_edited_at` datetime,
  `deleted_at` datetime,
  `category_id` int,
  `to_user_id` int,
  `topic_type` smallint,
  `page_id` varchar(255),
  `post_nr` int,
  `post_id` int,
  `post_type` smallint,
  `title` text NOT NULL,
  `text` text NOT NULL,
  `new_anon_status_c` int,
  `post_as_id_c` int,
  `order_c` float,
  PRIMARY KEY (`site_id`, `by_user_id`, `draft_nr`)
);

CREATE TABLE `emails_out3` (
  `site_id` int NOT NULL,
  `email_id_c` varchar(32) NOT NULL,
  `sent_to` text NOT NULL,
  `sent_on` datetime,
  `subject` text NOT NULL,
  `body_html` text NOT NULL,
  `provider_email_id` text,
  `failure_type` varchar(1) DEFAULT NULL,
  `failure_text` text,
  `failure_time` datetime,
  `out_type_c` smallint NOT NULL,
  `created_at` datetime NOT NULL,
  `to_user_id` int,
  `can_login_again` tinyint(1),
  `sent_from_c` text,
  `num_replies_back_c` smallint,
  `secret_value_c` text,
  `secret_status_c` smallint,
  `smtp_msg_id_c` text,
  `smtp_in_reply_to_c` text,
  `smtp_in_reply_to_more_c` text,
  `smtp_references_c` text,
  `by_pat_id_c` int,
  `about_pat_id_c` int,
  `about_cat_id_c` int,
  `about_tag_id_c` int,
  `about_page_id_str_c` varchar(255),
  `about_page_id_int_c` bigint,
  `about_post_id_c` int,
  `about_post_nr_c` int,
  `about_parent_nr_c` int,
  `out_sub_type_c` smallint,
  PRIMARY KEY (`site_id`, `email_id_c`)
);

CREATE TABLE `group_participants3` (
  `site_id` int NOT NULL,
  `group_id` int NOT NULL,
  `participant_id` int NOT NULL,
  `is_member` tinyint(1) NOT NULL DEFAULT 0,
  `is_manager` tinyint(1) NOT NULL DEFAULT 0,
  `is_adder` tinyint(1) NOT NULL DEFAULT 0,
  `is_bouncer` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`site_id`, `group_id`, `participant_id`)
);

CREATE TABLE `guest_prefs3` (
  `site_id` int NOT NULL,
  `ctime` datetime NOT NULL,
  `version` char(1) NOT NULL,
  `email` varchar(100) NOT NULL,
  `email_notfs` varchar(1) NOT NULL,
  PRIMARY KEY (`site_id`, `email`, `ctime`)
);

CREATE TABLE `hosts3` (
  `site_id` int NOT NULL,
  `host` text NOT NULL,
  `canonical` varchar(1) NOT NULL,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `mtime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE `identities3` (
  `idty_id_c` int NOT NULL,
  `site_id` int NOT NULL,
  `user_id_c` int NOT NULL,
  `user_id_orig_c` int NOT NULL,
  `oid_claimed_id` varchar(500),
  `oid_op_local_id` varchar(500),
  `oid_realm` varchar(100),
  `oid_endpoint` varchar(100),
  `oid_version` varchar(100),
  `first_name_c` text,
  `email_adr_c` text,
  `country_c` text,
  `inserted_at_c` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_name_c` text,
  `full_name_c` text,
  `picture_url_c` text,
  `conf_file_idp_id_c` text,
  `idp_user_id_c` text,
  `broken_idp_sth_c` text,
  `idp_id_c` int,
  `oidc_id_token_str_c` text,
  `oidc_id_token_json_c` json,
  `idp_user_json_c` json,
  `pref_username_c` text,
  `idp_realm_id_c` text,
  `idp_realm_user_id_c` text,
  `issuer_c` text,
  `is_email_verified_by_idp_c` tinyint(1),
  `nickname_c` text,
  `middle_name_c` text,
  `phone_nr_c` text,
  `is_phone_nr_verified_by_idp_c` tinyint(1),
  `profile_url_c` text,
  `website_url_c` text,
  `gender_c` text,
  `birthdate_c` text,
  `time_zone_info_c` text,
  `locale_c` text,
  `is_realm_guest_c` tinyint(1),
  `last_updated_at_idp_at_sec_c` bigint,
  PRIMARY KEY (`site_id`, `idty_id_c`),
  UNIQUE KEY `dw1_idsoid_tnt_oid__u` (`site_id`, `oid_claimed_id`)
);

CREATE TABLE `invites3` (
  `site_id` int NOT NULL,
  `secret_key` varchar(255) NOT NULL,
  `email_address` text NOT NULL,
  `created_by_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `accepted_at` datetime,
  `user_id` int,
  `deleted_at` datetime,
  `deleted_by_id` int,
  `invalidated_at` datetime,
  `start_at_url` text,
  `add_to_group_id` int,
  PRIMARY KEY (`site_id`, `secret_key`)
);

CREATE TABLE `job_queue_t` (
  `inserted_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `action_at` datetime NOT NULL,
  `site_id` int NOT NULL,
  `site_version` int NOT NULL,
  `page_id` text,
  `page_version` int,
  `post_id` int,
  `post_rev_nr` int,
  `cat_id_c` int,
  `pat_id_c` int,
  `type_id_c` int,
  `time_range_from_c` datetime,
  `time_range_from_ofs_c` int,
  `time_range_to_c` datetime,
  `time_range_to_ofs_c` int,
  `do_what_c` bigint NOT NULL DEFAULT 1
);

CREATE TABLE `link_previews_t` (
  `site_id_c` int NOT NULL,
  `link_url_c` varchar(255) NOT NULL,
  `fetched_from_url_c` varchar(255) NOT NULL,
  `fetched_at_c` datetime NOT NULL,
  `cache_max_secs_c` int,
  `status_code_c` int NOT NULL,
  `preview_type_c` int NOT NULL,
  `first_linked_by_id_c` int NOT NULL,
  `content_json_c` json,
  PRIMARY KEY (`site_id_c`, `link_url_c`, `fetched_from_url_c`)
);

CREATE TABLE `links_t` (
  `site_id_c` int NOT NULL,
  `from_post_id_c` int NOT NULL,
  `link_url_c` varchar(255) NOT NULL,
  `added_at_c` datetime NOT NULL,
  `added_by_id_c` int NOT NULL,
  `is_external_c` tinyint(1),
  `to_staff_space_c` tinyint(1),
  `to_page_id_c` varchar(255),
  `to_post_id_c` int,
  `to_pat_id_c` int,
  `to_tag_id_c` int,
  `to_category_id_c` int,
  PRIMARY KEY (`site_id_c`, `from_post_id_c`, `link_url_c`)
);

CREATE TABLE `notices_t` (
  `site_id_c` int NOT NULL,
  `to_pat_id_c` int NOT NULL,
  `notice_id_c` int NOT NULL,
  `first_at_c` int NOT NULL,
  `last_at_c` int NOT NULL,
  `num_total_c` int NOT NULL,
  `notice_data_c` json,
  PRIMARY KEY (`site_id_c`, `to_pat_id_c`, `notice_id_c`)
);

CREATE TABLE `notifications3` (
  `site_id` int NOT NULL,
  `notf_type` smallint NOT NULL,
  `created_at` datetime NOT NULL,
  `about_page_id_str_c` varchar(255),
  `by_user_id` int NOT NULL,
  `to_user_id` int NOT NULL,
  `email_id` varchar(255),
  `email_status` smallint NOT NULL DEFAULT 1,
  `seen_at` datetime,
  `about_post_id_c` int,
  `action_type` smallint,
  `action_sub_id` smallint,
  `notf_id` int NOT NULL,
  `smtp_msg_id_prefix_c` text,
  `about_page_id_int_c` bigint,
  `about_pat_id_c` int,
  `about_cat_id_c` int,
  `about_tag_id_c` int,
  `about_thing_type_c` smallint,
  `about_sub_type_c` int,
  `by_true_id_c` int,
  `to_true_id_c` int,
  PRIMARY KEY (`site_id`, `notf_id`)
);

CREATE TABLE `page_notf_prefs_t` (
  `site_id` int NOT NULL,
  `pat_id_c` int NOT NULL,
  `notf_level` int NOT NULL,
  `page_id` varchar(255),
  `pages_in_whole_site_c` tinyint(1),
  `pages_in_cat_id_c` int,
  `incl_sub_cats_c` tinyint(1),
  `pages_pat_created_c` tinyint(1),
  `pages_pat_replied_to_c` tinyint(1),
  UNIQUE KEY `pagenotfprefs_category_people_u` (`site_id`, `pages_in_cat_id_c`, `pat_id_c`),
  UNIQUE KEY `pagenotfprefs_pageid_people_u` (`site_id`, `page_id`, `pat_id_c`),
  UNIQUE KEY `pagenotfprefs_u_pagespatcreated_patid` (`site_id`, `pages_pat_created_c`, `pat_id_c`),
  UNIQUE KEY `pagenotfprefs_u_pagespatrepliedto_patid` (`site_id`, `pages_pat_replied_to_c`, `pat_id_c`),
  UNIQUE KEY `pagenotfprefs_wholesite_people_u` (`site_id`, `pages_in_whole_site_c`, `pat_id_c`)
);

CREATE TABLE `page_paths3` (
  `site_id` int NOT NULL,
  `parent_folder` varchar(100) NOT NULL,
  `page_id` varchar(32) NOT NULL,
  `show_id` varchar(1) NOT NULL,
  `page_slug` varchar(100) NOT NULL,
  `cdati` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `canonical_dati` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `canonical` varchar(1) NOT NULL,
  UNIQUE KEY `dw1_pgpths_path__u` (`site_id`, `page_id`, `parent_folder`, `page_slug`, `show_id`)
);

CREATE TABLE `page_users3` (
  `site_id` int NOT NULL,
  `page_id` varchar(255) NOT NULL,
  `user_id` int NOT NULL,
  `joined_by_id` int,
  `kicked_by_id` int,
  `notf_level` smallint,
  `notf_reason` smallint,
  `num_seconds_reading` int NOT NULL DEFAULT 0,
  `num_low_posts_read` smallint NOT NULL DEFAULT 0,
  `first_visited_at_mins` int,
  `last_visited_at_mins` int,
  `last_viewed_post_nr` int,
  `last_read_at_mins` int,
  `last_read_post_nr` int,
  `recently_read_nrs` blob,
  `low_post_nrs_read` blob,
  `incl_in_summary_email_at_mins` int,
  PRIMARY KEY (`site_id`, `page_id`, `user_id`)
);

CREATE TABLE `pages3` (
  `site_id` int NOT NULL,
  `page_id` varchar(32) NOT NULL,
  `page_role` smallint NOT NULL,
  `category_id` int,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `published_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `bumped_at` datetime NOT NULL,
  `author_id` int NOT NULL,
  `num_child_pages` int NOT NULL DEFAULT 0,
  `embedding_page_url` text,
  `num_likes` int NOT NULL DEFAULT 0,
  `num_wrongs` int NOT NULL DEFAULT 0,
  `deleted_at` datetime,
  `num_replies_visible` int NOT NULL DEFAULT 0,
  `num_replies_to_review` int NOT NULL DEFAULT 0,
  `num_replies_total` int NOT NULL DEFAULT 0,
  `num_bury_votes` int NOT NULL DEFAULT 0,
  `num_unwanted_votes` int NOT NULL DEFAULT 0,
  `last_reply_at` datetime,
  `pin_order` smallint,
  `pin_where` smallint,
  `num_op_like_votes` int NOT NULL DEFAULT 0,
  `num_op_wrong_votes` int NOT NULL DEFAULT 0,
  `num_op_bury_votes` int NOT NULL DEFAULT 0,
  `num_op_unwanted_votes` int NOT NULL DEFAULT 0,
  `num_op_replies_visible` int NOT NULL DEFAULT 0,
  `answered_at` datetime,
  `answer_post_id` int,
  `done_at` datetime,
  `closed_at` datetime,
  `locked_at` datetime,
  `frozen_at` datetime,
  `unwanted_at` datetime,
  `planned_at` datetime,
  `version` int NOT NULL DEFAULT 1,
  `last_reply_by_id` int,
  `frequent_poster_1_id` int,
  `frequent_poster_2_id` int,
  `frequent_poster_3_id` int,
  `frequent_poster_4_id` int,
  `html_tag_css_classes` text,
  `html_head_title` text,
  `html_head_description` text,
  `layout` bigint NOT NULL DEFAULT 0,
  `hidden_at` datetime,
  `incl_in_summaries` smallint,
  `started_at` datetime,
  `postponed_til_c` datetime,
  `num_posts_total` int NOT NULL DEFAULT 0,
  `ext_id` varchar(255),
  `num_op_do_it_votes_c` int NOT NULL DEFAULT 0,
  `num_op_do_not_votes_c` int NOT NULL DEFAULT 0,
  `answered_by_id_c` int,
  `published_by_id_c` int,
  `postponed_by_id_c` int,
  `planned_by_id_c` int,
  `started_by_id_c` int,
  `paused_by_id_c` int,
  `done_by_id_c` int,
  `closed_by_id_c` int,
  `locked_by_id_c` int,
  `frozen_by_id_c` int,
  `unwanted_by_id_c` int,
  `hidden_by_id_c` int,
  `deleted_by_id_c` int,
  `forum_search_box_c` smallint,
  `forum_main_view_c` smallint,
  `forum_cats_topics_c` int,
  `comt_order_c` int,
  `comt_nesting_c` smallint,
  `comts_start_hidden_c` smallint,
  `comts_start_anon_c` smallint,
  `new_anon_status_c` int,
  UNIQUE KEY `dw1_pages__u` (`site_id`, `page_id`),
  UNIQUE KEY `pages_u_extid` (`site_id`, `ext_id`)
);

CREATE TABLE `post_actions3` (
  `site_id` int NOT NULL,
  `action_id` int,
  `to_post_id_c` int NOT NULL,
  `page_id` text NOT NULL,
  `post_nr` int NOT NULL,
  `rel_type_c` smallint NOT NULL,
  `sub_type_c` smallint NOT NULL,
  `from_pat_id_c` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime,
  `deleted_at` datetime,
  `deleted_by_id` int,
  `to_post_rev_nr_c` int,
  `dormant_status_c` int,
  `val_i32_c` int,
  `from_true_id_c` int,
  `added_by_id_c` int,
  `order_c` float,
  PRIMARY KEY (`site_id`, `to_post_id_c`, `rel_type_c`, `from_pat_id_c`, `sub_type_c`)
);

CREATE TABLE `post_read_stats3` (
  `site_id` int NOT NULL,
  `page_id` varchar(32) NOT NULL,
  `post_nr` int NOT NULL,
  `ip` varchar(39),
  `user_id` int,
  `read_at` datetime NOT NULL,
  UNIQUE KEY `dw1_pstsrd_role__u` (`site_id`, `page_id`, `post_nr`, `user_id`)
);

CREATE TABLE `post_revisions3` (
  `site_id` int NOT NULL,
  `post_id` int NOT NULL,
  `revision_nr` int NOT NULL,
  `previous_nr` int,
  `source_patch` text,
  `full_source` text,
  `title` text,
  `composed_at` datetime NOT NULL,
  `composed_by_id` int NOT NULL,
  `approved_at` datetime,
  `approved_by_id` int,
  `hidden_at` datetime,
  `hidden_by_id` int,
  PRIMARY KEY (`site_id`, `post_id`, `revision_nr`)
);

CREATE TABLE `posts3` (
  `site_id` int NOT NULL,
  `unique_post_id` int NOT NULL,
  `page_id` varchar(255) NOT NULL,
  `post_nr` int NOT NULL,
  `parent_nr` int,
  `multireply` text,
  `created_at` datetime NOT NULL,
  `created_by_id` int NOT NULL,
  `curr_rev_started_at` datetime NOT NULL,
  `curr_rev_last_edited_at` datetime,
  `curr_rev_by_id` int NOT NULL,
  `last_approved_edit_at` datetime,
  `last_approved_edit_by_id` int,
  `num_distinct_editors` int NOT NULL,
  `num_edit_suggestions` smallint NOT NULL DEFAULT 0,
  `last_edit_suggestion_at` datetime,
  `safe_rev_nr` int,
  `approved_source` text,
  `approved_html_sanitized` text,
  `approved_at` datetime,
  `approved_by_id` int,
  `approved_rev_nr` int,
  `curr_rev_source_patch` text,
  `curr_rev_nr` int NOT NULL,
  `collapsed_status` smallint NOT NULL,
  `collapsed_at` datetime,
  `collapsed_by_id` int,
  `closed_status` smallint NOT NULL,
  `closed_at` datetime,
  `closed_by_id` int,
  `hidden_at` datetime,
  `hidden_by_id` int,
  `hidden_reason` text,
  `deleted_status` smallint NOT NULL,
  `deleted_at` datetime,
  `deleted_by_id` int,
  `pinned_position` smallint,
  `pinned_at` datetime,
  `pinned_by_id` int,
  `num_pending_flags` smallint NOT NULL DEFAULT 0,
  `num_handled_flags` smallint NOT NULL DEFAULT 0,
  `num_like_votes` int NOT NULL DEFAULT 0,
  `num_wrong_votes` int NOT NULL DEFAULT 0,
  `num_times_read` int NOT NULL DEFAULT 0,
  `num_bury_votes` int NOT NULL DEFAULT 0,
  `num_unwanted_votes` int NOT NULL DEFAULT 0,
  `type` smallint,
  `prev_rev_nr` int,
  `branch_sideways` smallint,
  `ext_id` varchar(255),
  `smtp_msg_id_prefix_c` text,
  `private_pats_id_c` int,
  `sub_type_c` int,
  `val_i32_c` int,
  `postponed_status_c` smallint,
  `answered_status_c` smallint,
  `doing_status_c` smallint,
  `review_status_c` smallint,
  `unwanted_status_c` smallint,
  `flagged_status_c` smallint,
  `hidden_status_c` smallint,
  `index_prio_c` smallint,
  `private_status_c` smallint,
  `creator_status_c` smallint,
  `order_c` float,
  PRIMARY KEY (`site_id`, `unique_post_id`),
  UNIQUE KEY `dw2_posts_page_postnr__u` (`site_id`, `page_id`, `post_nr`),
  UNIQUE KEY `posts_u_extid` (`site_id`, `ext_id`)
);

CREATE TABLE `review_tasks3` (
  `site_id` int NOT NULL,
  `id` int NOT NULL,
  `reasons` bigint NOT NULL,
  `created_by_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `created_at_rev_nr` int,
  `more_reasons_at` datetime,
  `more_reasons_at_rev_nr` int,
  `completed_at` datetime,
  `decided_at_rev_nr` int,
  `decided_by_id` int,
  `invalidated_at` datetime,
  `decision` int,
  `about_pat_id_c` int NOT NULL,
  `page_id` varchar(255),
  `post_id` int,
  `post_nr` int,
  `decided_at` datetime,
  PRIMARY KEY (`site_id`, `id`)
);

CREATE TABLE `sessions_t` (
  `site_id_c` int NOT NULL,
  `pat_id_c` int NOT NULL,
  `created_at_c` datetime NOT NULL,
  `deleted_at_c` datetime,
  `expired_at_c` datetime,
  `version_c` smallint NOT NULL,
  `start_ip_c` varchar(45),
  `start_browser_id_c` text,
  `start_headers_c` json,
  `part_1_comp_id_c` varchar(255) NOT NULL,
  `hash_2_for_embg_storage_c` blob NOT NULL,
  `hash_3_for_dir_js_c` blob NOT NULL,
  `hash_4_http_only_c` blob NOT NULL,
  `hash_5_strict_c` blob NOT NULL,
  PRIMARY KEY (`site_id_c`, `pat_id_c`, `created_at_c`),
  UNIQUE KEY `sessions_u_hash4` (`site_id_c`, `hash_4_http_only_c`),
  UNIQUE KEY `sessions_u_part1` (`site_id_c`, `part_1_comp_id_c`)
);

CREATE TABLE `sites3` (
  `id` int NOT NULL,
  `name` varchar(100) NOT NULL,
  `ctime` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `creator_ip` varchar(39),
  `next_page_id` int NOT NULL DEFAULT 1,
  `creator_email_address` text,
  `rdb_quota_mibs_c` int,
  `num_guests` int NOT NULL DEFAULT 0,
  `num_identities` int NOT NULL DEFAULT 0,
  `num_roles` int NOT NULL DEFAULT 0,
  `num_role_settings` int NOT NULL DEFAULT 0,
  `num_pages` int NOT NULL DEFAULT 0,
  `num_posts` int NOT NULL DEFAULT 0,
  `num_post_text_bytes` bigint NOT NULL DEFAULT 0,
  `num_posts_read` bigint NOT NULL DEFAULT 0,
  `num_actions` int NOT NULL DEFAULT 0,
  `num_notfs` int NOT NULL DEFAULT 0,
  `num_emails_sent` int NOT NULL DEFAULT 0,
  `num_audit_rows` int NOT NULL DEFAULT 0,
  `num_uploads` int NOT NULL DEFAULT 0,
  `num_upload_bytes` bigint NOT NULL DEFAULT 0,
  `version` int NOT NULL DEFAULT 1,
  `num_post_revisions` int NOT NULL DEFAULT 0,
  `num_post_rev_bytes` bigint NOT NULL DEFAULT 0,
  `status` int NOT NULL DEFAULT 1,
  `publ_id` varchar(255) NOT NULL,
  `super_staff_notes` text,
  `feature_flags_c` text,
  `deleted_at_c` datetime,
  `auto_purge_at_c` datetime,
  `purged_at_c` datetime,
  `file_quota_mibs_c` int,
  `max_upl_size_kibs_c` int,
  `may_upl_pub_media_min_tr_lv_c` smallint,
  `may_upl_pub_risky_min_tr_lv_c` smallint,
  `may_upl_pub_safer_min_tr_lv_c` smallint,
  `may_upl_priv_media_min_tr_lv_c` smallint,
  `may_upl_priv_risky_min_tr_lv_c` smallint,
  `may_upl_priv_safer_min_tr_lv_c` smallint,
  `read_lims_mult_c` float,
  `log_lims_mult_c` float,
  `create_lims_mult_c` float,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dw1_tenants_name__u` (`name`),
  UNIQUE KEY `sites_publid_u` (`publ_id`)
);

CREATE TABLE `spam_check_queue3` (
  `created_at` datetime NOT NULL,
  `site_id` int NOT NULL,
  `post_id` int NOT NULL,
  `post_rev_nr` int NOT NULL,
  `author_id_c` int NOT NULL,
  `browser_id_cookie` text,
  `browser_fingerprint` int NOT NULL,
  `req_uri` text NOT NULL,
  `req_ip` text NOT NULL,
  `req_user_agent` text,
  `req_referer` text,
  `post_nr` int,
  `page_id` text,
  `page_type` int,
  `page_available_at` datetime,
  `author_name` text,
  `author_email_addr` text,
  `author_trust_level` int,
  `author_url` text,
  `html_to_spam_check` text,
  `language` text,
  `results_at` datetime,
  `results_json` json,
  `results_text` text,
  `num_is_spam_results` int,
  `num_not_spam_results` int,
  `human_says_is_spam` tinyint(1),
  `is_misclassified` tinyint(1),
  `misclassifications_reported_at` datetime,
  PRIMARY KEY (`site_id`, `post_id`, `post_rev_nr`)
);

CREATE TABLE `sys_backup_history_t` (
  `created_at_c` datetime NOT NULL,
  `by_host_c` text NOT NULL,
  `component_c` varchar(255) NOT NULL,
  `file_name_c` text NOT NULL,
  `rand_val_c` varchar(255) NOT NULL,
  `label_c` text,
  UNIQUE KEY `sysbackup_u_randval_component` (`rand_val_c`, `component_c`)
);

CREATE TABLE `system_settings_t` (
  `maintenance_until_unix_secs_c` bigint,
  `maint_words_html_unsafe_c` text,
  `maint_msg_html_unsafe_c` text
);

CREATE TABLE `tag_notf_levels3` (
  `site_id` int NOT NULL,
  `user_id` int NOT NULL,
  `tag` varchar(255) NOT NULL,
  `notf_level` int NOT NULL,
  PRIMARY KEY (`site_id`, `user_id`, `tag`)
);

CREATE TABLE `tags_t` (
  `site_id_c` int NOT NULL,
  `id_c` int NOT NULL,
  `tagtype_id_c` int NOT NULL,
  `parent_tag_id_c` int,
  `on_pat_id_c` int,
  `on_post_id_c` int,
  `val_type_c` smallint,
  `val_i32_c` int,
  `val_f64_c` double,
  `val_str_c` text,
  `val_url_c` text,
  `val_jsonb_c` json,
  `val_i32_b_c` int,
  `val_f64_b_c` double,
  PRIMARY KEY (`site_id_c`, `id_c`),
  UNIQUE KEY `tags_u_id_patid` (`site_id_c`, `id_c`, `on_pat_id_c`),
  UNIQUE KEY `tags_u_id_postid` (`site_id_c`, `id_c`, `on_post_id_c`)
);

CREATE TABLE `tagtypes_t` (
  `site_id_c` int NOT NULL,
  `id_c` int NOT NULL,
  `can_tag_what_c` bigint NOT NULL,
  `scoped_to_pat_id_c` int,
  `is_personal` tinyint(1),
  `url_slug_c` text,
  `disp_name_c` text NOT NULL,
  `long_name_c` text,
  `abbr_name_c` text,
  `descr_page_id_c` varchar(255),
  `descr_url_c` text,
  `text_color_c` text,
  `handle_color_c` text,
  `background_color_c` text,
  `css_class_suffix_c` text,
  `sort_order_c` smallint,
  `created_by_id_c` int NOT NULL,
  `deleted_by_id_c` int,
  `merged_into_tagtype_id_c` int,
  `merged_by_id_c` int,
  `ref_id_c` text,
  `wants_value_c` smallint,
  `value_type_c` smallint,
  PRIMARY KEY (`site_id_c`, `id_c`)
);

CREATE TABLE `upload_refs3` (
  `site_id` int NOT NULL,
  `post_id` int NOT NULL,
  `base_url` varchar(255) NOT NULL,
  `hash_path` varchar(255) NOT NULL,
  `added_by_id` int NOT NULL,
  `added_at` datetime NOT NULL,
  `uploaded_file_name_c` text,
  PRIMARY KEY (`site_id`, `post_id`, `base_url`, `hash_path`)
);

CREATE TABLE `uploads3` (
  `base_url` varchar(255) NOT NULL,
  `hash_path` varchar(255) NOT NULL,
  `original_hash_path` text NOT NULL,
  `size_bytes` int NOT NULL,
  `mime_type` text NOT NULL,
  `width` int,
  `height` int,
  `uploaded_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `num_references` int NOT NULL,
  `verified_present_at` datetime,
  `verified_absent_at` datetime,
  `unused_since` datetime,
  PRIMARY KEY (`base_url`, `hash_path`)
);

CREATE TABLE `user_emails3` (
  `site_id` int NOT NULL,
  `user_id` int NOT NULL,
  `email_address` varchar(255) NOT NULL,
  `added_at` datetime NOT NULL,
  `verified_at` datetime,
  PRIMARY KEY (`site_id`, `user_id`, `email_address`)
);

CREATE TABLE `user_stats3` (
  `site_id` int NOT NULL,
  `user_id` int NOT NULL,
  `last_seen_at` datetime NOT NULL,
  `last_posted_at` datetime,
  `last_emailed_at` datetime,
  `last_emaill_link_clicked_at` datetime,
  `last_emaill_failed_at` datetime,
  `email_bounce_sum` float NOT NULL DEFAULT 0,
  `first_seen_at` datetime NOT NULL,
  `first_new_topic_at` datetime,
  `first_discourse_reply_at` datetime,
  `first_chat_message_at` datetime,
  `topics_new_since` datetime NOT NULL,
  `notfs_new_since_id` int NOT NULL DEFAULT 0,
  `num_days_visited` int NOT NULL DEFAULT 0,
  `num_seconds_reading` int NOT NULL DEFAULT 0,
  `num_discourse_replies_read` int NOT NULL DEFAULT 0,
  `num_discourse_replies_posted` int NOT NULL DEFAULT 0,
  `num_discourse_topics_entered` int NOT NULL DEFAULT 0,
  `num_discourse_topics_replied_in` int NOT NULL DEFAULT 0,
  `num_discourse_topics_created` int NOT NULL DEFAULT 0,
  `num_chat_messages_read` int NOT NULL DEFAULT 0,
  `num_chat_messages_posted` int NOT NULL DEFAULT 0,
  `num_chat_topics_entered` int NOT NULL DEFAULT 0,
  `num_chat_topics_replied_in` int NOT NULL DEFAULT 0,
  `num_chat_topics_created` int NOT NULL DEFAULT 0,
  `num_likes_given` int NOT NULL DEFAULT 0,
  `num_likes_received` int NOT NULL DEFAULT 0,
  `num_solutions_provided` int NOT NULL DEFAULT 0,
  `last_summary_email_at` datetime,
  `next_summary_maybe_at` datetime,
  `tour_tips_seen` text,
  `snooze_notfs_until` datetime,
  `after_snooze_then` int,
  PRIMARY KEY (`site_id`, `user_id`)
);

CREATE TABLE `user_visit_stats3` (
  `site_id` int NOT NULL,
  `user_id` int NOT NULL,
  `visit_date` date NOT NULL,
  `num_seconds_reading` int NOT NULL DEFAULT 0,
  `num_discourse_replies_read` int NOT NULL DEFAULT 0,
  `num_discourse_topics_entered` int NOT NULL DEFAULT 0,
  `num_chat_messages_read` int NOT NULL DEFAULT 0,
  `num_chat_topics_entered` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`site_id`, `user_id`, `visit_date`)
);

CREATE TABLE `usernames3` (
  `site_id` int NOT NULL,
  `username_lowercase` varchar(255) NOT NULL,
  `in_use_from` datetime NOT NULL,
  `in_use_to` datetime,
  `user_id` int NOT NULL,
  `first_mention_at` datetime,
  PRIMARY KEY (`site_id`, `username_lowercase`, `in_use_from`)
);

CREATE TABLE `users3` (
  `site_id` int NOT NULL,
  `user_id` int NOT NULL,
  `full_name` varchar(100),
  `primary_email_addr` varchar(100),
  `country` varchar(100),
  `website` varchar(100),
  `is_admin` tinyint(1),
  `email_notfs` varchar(1),
  `is_owner` tinyint(1),
  `username` text,
  `email_verified_at` datetime,
  `created_at` datetime,
  `password_hash` text,
  `email_for_every_new_post` tinyint(1),
  `guest_browser_id` text,
  `is_approved` tinyint(1),
  `approved_at` datetime,
  `approved_by_id` int,
  `suspended_at` datetime,
  `suspended_till` datetime,
  `suspended_by_id` int,
  `suspended_reason` text,
  `updated_at` datetime,
  `is_moderator` tinyint(1),
  `avatar_tiny_base_url` text,
  `avatar_tiny_hash_path` text,
  `avatar_small_base_url` text,
  `avatar_small_hash_path` text,
  `avatar_medium_base_url` text,
  `avatar_medium_hash_path` text,
  `trust_level` smallint,
  `locked_trust_level` smallint,
  `threat_level` smallint,
  `locked_threat_level` smallint,
  `is_superadmin` tinyint(1),
  `about` text,
  `summary_email_interval_mins` int,
  `summary_email_if_active` tinyint(1),
  `guest_email_addr` text,
  `deactivated_at` datetime,
  `deleted_at` datetime,
  `may_see_my_activity_tr_lv_c` int,
  `sso_id` varchar(255),
  `ui_prefs` json,
  `is_group` tinyint(1) NOT NULL DEFAULT 0,
  `ext_id` varchar(255),
  `max_upload_bytes_c` int,
  `allowed_upload_extensions_c` text,
  `may_search_engines_index_me_c` tinyint(1),
  `may_see_my_username_tr_lv_c` smallint,
  `may_see_my_full_name_tr_lv_c` smallint,
  `may_see_my_tiny_avatar_tr_lv_c` smallint,
  `may_see_my_medium_avatar_tr_lv_c` smallint,
  `may_see_my_brief_bio_tr_lv_c` smallint,
  `may_see_my_full_bio_tr_lv_c` smallint,
  `may_see_my_memberships_tr_lv_c` smallint,
  `may_see_my_profile_tr_lv_c` smallint,
  `may_see_me_in_lists_tr_lv_c` smallint,
  `may_see_if_im_online_tr_lv_c` smallint,
  `may_see_my_visit_stats_tr_lv_c` smallint,
  `may_see_my_post_stats_tr_lv_c` smallint,
  `may_see_my_approx_stats_tr_lv_c` smallint,
  `may_see_my_exact_stats_tr_lv_c` smallint,
  `may_find_me_by_email_tr_lv_c` smallint,
  `may_follow_me_tr_lv_c` smallint,
  `may_mention_me_tr_lv_c` smallint,
  `may_mention_me_same_disc_tr_lv_c` smallint,
  `may_dir_msg_me_tr_lv_c` smallint,
  `why_may_not_mention_msg_me_html_c` text,
  `may_see_my_account_email_adrs_tr_lv_c` smallint,
  `may_see_my_contact_email_adrs_tr_lv_c` smallint,
  `may_assign_me_tr_lv_c` smallint,
  `may_see_my_assignments_tr_lv_c` smallint,
  `email_threading_c` smallint,
  `email_notf_details_c` smallint,
  `tech_level_c` smallint,
  `can_see_others_email_adrs_c` tinyint(1),
  `true_id_c` int,
  `pseudonym_status_c` int,
  `anonym_status_c` int,
  `anon_on_page_id_st_c` varchar(255),
  `anon_in_tree_id__later_c` int,
  `mod_conf_c` json,
  `may_set_rel_follow_c` tinyint(1),
  PRIMARY KEY (`site_id`, `user_id`),
  UNIQUE KEY `pps_u_extid` (`site_id`, `ext_id`),
  UNIQUE KEY `pps_u_ssoid` (`site_id`, `sso_id`),
  UNIQUE KEY `users_site_primaryemail_u` (`site_id`, `primary_email_addr`)
);

ALTER TABLE `alt_page_ids3` ADD CONSTRAINT `altpageids_r_pages` FOREIGN KEY (`site_id`, `real_page_id`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `api_secrets3` ADD CONSTRAINT `apisecrets_user_r_users` FOREIGN KEY (`site_id`, `user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `audit_log3` ADD CONSTRAINT `auditlog_doer_r_people` FOREIGN KEY (`site_id`, `doer_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `audit_log3` ADD CONSTRAINT `auditlog_doertrueid_r_pats` FOREIGN KEY (`site_id`, `doer_true_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `audit_log3` ADD CONSTRAINT `auditlog_r_pages` FOREIGN KEY (`site_id`, `page_id`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `audit_log3` ADD CONSTRAINT `auditlog_r_posts` FOREIGN KEY (`site_id`, `post_id`) REFERENCES `posts3` (`site_id`, `unique_post_id`);
ALTER TABLE `audit_log3` ADD CONSTRAINT `auditlog_sid_part1_r_sessions` FOREIGN KEY (`site_id`, `sess_id_part_1`) REFERENCES `sessions_t` (`site_id_c`, `part_1_comp_id_c`);
ALTER TABLE `audit_log3` ADD CONSTRAINT `auditlog_targetpattrueid_r_pats` FOREIGN KEY (`site_id`, `target_pat_true_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `audit_log3` ADD CONSTRAINT `auditlog_targetuser_r_people` FOREIGN KEY (`site_id`, `target_pat_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `blocks3` ADD CONSTRAINT `blocks_blockedby_r_people` FOREIGN KEY (`site_id`, `blocked_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `categories3` ADD CONSTRAINT `cats_defaultcat_r_cats` FOREIGN KEY (`site_id`, `default_category_id`) REFERENCES `categories3` (`site_id`, `id`) ON DELETE CASCADE;
ALTER TABLE `categories3` ADD CONSTRAINT `cats_page_r_pages` FOREIGN KEY (`site_id`, `page_id`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `categories3` ADD CONSTRAINT `cats_r_cats` FOREIGN KEY (`site_id`, `parent_id`) REFERENCES `categories3` (`site_id`, `id`);
ALTER TABLE `drafts3` ADD CONSTRAINT `drafts_byuser_r_users` FOREIGN KEY (`site_id`, `by_user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `drafts3` ADD CONSTRAINT `drafts_category_r_cats` FOREIGN KEY (`site_id`, `category_id`) REFERENCES `categories3` (`site_id`, `id`);
ALTER TABLE `drafts3` ADD CONSTRAINT `drafts_pageid_postnr_r_posts` FOREIGN KEY (`site_id`, `page_id`, `post_nr`) REFERENCES `posts3` (`site_id`, `page_id`, `post_nr`);
ALTER TABLE `drafts3` ADD CONSTRAINT `drafts_pageid_r_pages` FOREIGN KEY (`site_id`, `page_id`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `drafts3` ADD CONSTRAINT `drafts_postasid_r_pats` FOREIGN KEY (`site_id`, `post_as_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `drafts3` ADD CONSTRAINT `drafts_postid_r_posts` FOREIGN KEY (`site_id`, `post_id`) REFERENCES `posts3` (`site_id`, `unique_post_id`);
ALTER TABLE `drafts3` ADD CONSTRAINT `drafts_touser_r_users` FOREIGN KEY (`site_id`, `to_user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `emails_out3` ADD CONSTRAINT `emailsout_aboutcat_r_cats` FOREIGN KEY (`site_id`, `about_cat_id_c`) REFERENCES `categories3` (`site_id`, `id`);
ALTER TABLE `emails_out3` ADD CONSTRAINT `emailsout_aboutpagestr_r_pages` FOREIGN KEY (`site_id`, `about_page_id_str_c`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `emails_out3` ADD CONSTRAINT `emailsout_aboutpat_r_pats` FOREIGN KEY (`site_id`, `about_pat_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `emails_out3` ADD CONSTRAINT `emailsout_aboutpostid_r_posts` FOREIGN KEY (`site_id`, `about_post_id_c`) REFERENCES `posts3` (`site_id`, `unique_post_id`);
ALTER TABLE `emails_out3` ADD CONSTRAINT `emailsout_abouttag_r_tags` FOREIGN KEY (`site_id`, `about_tag_id_c`) REFERENCES `tags_t` (`site_id_c`, `id_c`);
ALTER TABLE `emails_out3` ADD CONSTRAINT `emailsout_bypat_r_pats` FOREIGN KEY (`site_id`, `by_pat_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `emails_out3` ADD CONSTRAINT `emailsout_topat_r_pats` FOREIGN KEY (`site_id`, `to_user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `group_participants3` ADD CONSTRAINT `groupparticipants_group_r_pps` FOREIGN KEY (`site_id`, `group_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `group_participants3` ADD CONSTRAINT `groupparticipants_pp_r_pps` FOREIGN KEY (`site_id`, `participant_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `hosts3` ADD CONSTRAINT `hosts_r_sites` FOREIGN KEY (`site_id`) REFERENCES `sites3` (`id`);
ALTER TABLE `identities3` ADD CONSTRAINT `ids_user_users` FOREIGN KEY (`site_id`, `user_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `identities3` ADD CONSTRAINT `ids_useridorig_r_people` FOREIGN KEY (`site_id`, `user_id_orig_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `invites3` ADD CONSTRAINT `invites_addtogroup_r_pps` FOREIGN KEY (`site_id`, `add_to_group_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `invites3` ADD CONSTRAINT `invites_inviter_r_people` FOREIGN KEY (`site_id`, `created_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `invites3` ADD CONSTRAINT `invites_user_r_people` FOREIGN KEY (`site_id`, `user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `link_previews_t` ADD CONSTRAINT `linkpreviews_firstlinkedby_r_pps` FOREIGN KEY (`site_id_c`, `first_linked_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `links_t` ADD CONSTRAINT `links_addedby_r_pps` FOREIGN KEY (`site_id_c`, `added_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `links_t` ADD CONSTRAINT `links_frompostid_r_posts` FOREIGN KEY (`site_id_c`, `from_post_id_c`) REFERENCES `posts3` (`site_id`, `unique_post_id`);
ALTER TABLE `links_t` ADD CONSTRAINT `links_tocatid_r_categories` FOREIGN KEY (`site_id_c`, `to_category_id_c`) REFERENCES `categories3` (`site_id`, `id`);
ALTER TABLE `links_t` ADD CONSTRAINT `links_topageid_r_pages` FOREIGN KEY (`site_id_c`, `to_page_id_c`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `links_t` ADD CONSTRAINT `links_topostid_r_posts` FOREIGN KEY (`site_id_c`, `to_post_id_c`) REFERENCES `posts3` (`site_id`, `unique_post_id`);
ALTER TABLE `links_t` ADD CONSTRAINT `links_toppid_r_pps` FOREIGN KEY (`site_id_c`, `to_pat_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `notices_t` ADD CONSTRAINT `notices_r_pats` FOREIGN KEY (`site_id_c`, `to_pat_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `notifications3` ADD CONSTRAINT `notfs_aboutcat_r_cats` FOREIGN KEY (`site_id`, `about_cat_id_c`) REFERENCES `categories3` (`site_id`, `id`);
ALTER TABLE `notifications3` ADD CONSTRAINT `notfs_aboutpage_r_pages` FOREIGN KEY (`site_id`, `about_page_id_str_c`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `notifications3` ADD CONSTRAINT `notfs_aboutpat_r_pats` FOREIGN KEY (`site_id`, `about_pat_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `notifications3` ADD CONSTRAINT `notfs_aboutpost_reltype_frompat_subtype_r_patrels` FOREIGN KEY (`site_id`, `about_post_id_c`, `action_type`, `by_user_id`, `action_sub_id`) REFERENCES `post_actions3` (`site_id`, `to_post_id_c`, `rel_type_c`, `from_pat_id_c`, `sub_type_c`);
ALTER TABLE `notifications3` ADD CONSTRAINT `notfs_abouttag_r_tags` FOREIGN KEY (`site_id`, `about_tag_id_c`) REFERENCES `tags_t` (`site_id_c`, `id_c`);
ALTER TABLE `notifications3` ADD CONSTRAINT `notfs_bypat_r_pats` FOREIGN KEY (`site_id`, `by_user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `notifications3` ADD CONSTRAINT `notfs_bytrueid_r_pats` FOREIGN KEY (`site_id`, `by_true_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `notifications3` ADD CONSTRAINT `notfs_totrueid_r_pats` FOREIGN KEY (`site_id`, `to_true_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `notifications3` ADD CONSTRAINT `ntfs_post_r_posts` FOREIGN KEY (`site_id`, `about_post_id_c`) REFERENCES `posts3` (`site_id`, `unique_post_id`);
ALTER TABLE `notifications3` ADD CONSTRAINT `ntfs_r_emails` FOREIGN KEY (`site_id`, `email_id`) REFERENCES `emails_out3` (`site_id`, `email_id_c`);
ALTER TABLE `notifications3` ADD CONSTRAINT `ntfs_r_sites` FOREIGN KEY (`site_id`) REFERENCES `sites3` (`id`);
ALTER TABLE `notifications3` ADD CONSTRAINT `ntfs_touser_r_people` FOREIGN KEY (`site_id`, `to_user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `page_notf_prefs_t` ADD CONSTRAINT `pagenotfprefs_r_cats` FOREIGN KEY (`site_id`, `pages_in_cat_id_c`) REFERENCES `categories3` (`site_id`, `id`);
ALTER TABLE `page_notf_prefs_t` ADD CONSTRAINT `pagenotfprefs_r_pages` FOREIGN KEY (`site_id`, `page_id`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `page_notf_prefs_t` ADD CONSTRAINT `pagenotfprefs_r_people` FOREIGN KEY (`site_id`, `pat_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `page_paths3` ADD CONSTRAINT `pgpths_page_r_pages` FOREIGN KEY (`site_id`, `page_id`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `page_users3` ADD CONSTRAINT `pageusers_joinedby_r_people` FOREIGN KEY (`site_id`, `joined_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `page_users3` ADD CONSTRAINT `pageusers_kickedby_r_people` FOREIGN KEY (`site_id`, `kicked_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `page_users3` ADD CONSTRAINT `pageusers_page_r_pages` FOREIGN KEY (`site_id`, `page_id`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `page_users3` ADD CONSTRAINT `pageusers_user_r_people` FOREIGN KEY (`site_id`, `user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_answeredby_r_pats` FOREIGN KEY (`site_id`, `answered_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_category_r_categories` FOREIGN KEY (`site_id`, `category_id`) REFERENCES `categories3` (`site_id`, `id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_closedby_r_pats` FOREIGN KEY (`site_id`, `closed_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_createdby_r_people` FOREIGN KEY (`site_id`, `author_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_deletedby_r_pats` FOREIGN KEY (`site_id`, `deleted_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_doneby_r_pats` FOREIGN KEY (`site_id`, `done_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_frequentposter1_r_people` FOREIGN KEY (`site_id`, `frequent_poster_1_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_frequentposter2_r_people` FOREIGN KEY (`site_id`, `frequent_poster_2_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_frequentposter3_r_people` FOREIGN KEY (`site_id`, `frequent_poster_3_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_frequentposter4_r_people` FOREIGN KEY (`site_id`, `frequent_poster_4_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_frozenby_r_pats` FOREIGN KEY (`site_id`, `frozen_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_hiddenby_r_pats` FOREIGN KEY (`site_id`, `hidden_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_lastreplyby_r_people` FOREIGN KEY (`site_id`, `last_reply_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_lockedby_r_pats` FOREIGN KEY (`site_id`, `locked_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_pausedby_r_pats` FOREIGN KEY (`site_id`, `paused_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_plannedby_r_pats` FOREIGN KEY (`site_id`, `planned_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_postponedby_r_pats` FOREIGN KEY (`site_id`, `postponed_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_publishedby_r_pats` FOREIGN KEY (`site_id`, `published_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_r_sites` FOREIGN KEY (`site_id`) REFERENCES `sites3` (`id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_startedby_r_pats` FOREIGN KEY (`site_id`, `started_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `pages3` ADD CONSTRAINT `pages_unwantedby_r_pats` FOREIGN KEY (`site_id`, `unwanted_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `post_actions3` ADD CONSTRAINT `patnoderels_fromtrueid_r_pats` FOREIGN KEY (`site_id`, `from_true_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `post_actions3` ADD CONSTRAINT `patnodesinrels_addedbyid_r_pats` FOREIGN KEY (`site_id`, `added_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `post_actions3` ADD CONSTRAINT `postacs_createdby_r_people` FOREIGN KEY (`site_id`, `from_pat_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `post_actions3` ADD CONSTRAINT `postacs_deletedby_r_people` FOREIGN KEY (`site_id`, `deleted_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `post_actions3` ADD CONSTRAINT `postacs_r_posts` FOREIGN KEY (`site_id`, `to_post_id_c`) REFERENCES `posts3` (`site_id`, `unique_post_id`);
ALTER TABLE `post_read_stats3` ADD CONSTRAINT `pstsrd_r_people` FOREIGN KEY (`site_id`, `user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `post_read_stats3` ADD CONSTRAINT `pstsrd_r_posts` FOREIGN KEY (`site_id`, `page_id`, `post_nr`) REFERENCES `posts3` (`site_id`, `page_id`, `post_nr`);
ALTER TABLE `post_revisions3` ADD CONSTRAINT `postrevs_approvedby_r_people` FOREIGN KEY (`site_id`, `approved_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `post_revisions3` ADD CONSTRAINT `postrevs_composedby_r_people` FOREIGN KEY (`site_id`, `composed_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `post_revisions3` ADD CONSTRAINT `postrevs_hiddenby_r_people` FOREIGN KEY (`site_id`, `hidden_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `post_revisions3` ADD CONSTRAINT `postrevs_post_r_posts` FOREIGN KEY (`site_id`, `post_id`) REFERENCES `posts3` (`site_id`, `unique_post_id`);
ALTER TABLE `post_revisions3` ADD CONSTRAINT `postrevs_prevnr_r__postrevs` FOREIGN KEY (`site_id`, `post_id`, `previous_nr`) REFERENCES `post_revisions3` (`site_id`, `post_id`, `revision_nr`);
ALTER TABLE `posts3` ADD CONSTRAINT `posts_approvedby_r_people` FOREIGN KEY (`site_id`, `approved_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `posts3` ADD CONSTRAINT `posts_closedby_r_people` FOREIGN KEY (`site_id`, `closed_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `posts3` ADD CONSTRAINT `posts_collapsedby_r_people` FOREIGN KEY (`site_id`, `collapsed_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `posts3` ADD CONSTRAINT `posts_createdby_r_people` FOREIGN KEY (`site_id`, `created_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `posts3` ADD CONSTRAINT `posts_deletedby_r_people` FOREIGN KEY (`site_id`, `deleted_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `posts3` ADD CONSTRAINT `posts_hiddenby_r_people` FOREIGN KEY (`site_id`, `hidden_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `posts3` ADD CONSTRAINT `posts_lastapprovededitby_r_people` FOREIGN KEY (`site_id`, `last_approved_edit_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `posts3` ADD CONSTRAINT `posts_lasteditedby_r_people` FOREIGN KEY (`site_id`, `curr_rev_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `posts3` ADD CONSTRAINT `posts_pinnedby_r_people` FOREIGN KEY (`site_id`, `pinned_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `posts3` ADD CONSTRAINT `posts_privatepatsid_r_pats` FOREIGN KEY (`site_id`, `private_pats_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `posts3` ADD CONSTRAINT `posts_r_pages` FOREIGN KEY (`site_id`, `page_id`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `review_tasks3` ADD CONSTRAINT `reviewtasks_causedby_r_people` FOREIGN KEY (`site_id`, `created_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `review_tasks3` ADD CONSTRAINT `reviewtasks_complby_r_people` FOREIGN KEY (`site_id`, `decided_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `review_tasks3` ADD CONSTRAINT `reviewtasks_r_pages` FOREIGN KEY (`site_id`, `page_id`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `review_tasks3` ADD CONSTRAINT `reviewtasks_r_posts` FOREIGN KEY (`site_id`, `post_id`) REFERENCES `posts3` (`site_id`, `unique_post_id`);
ALTER TABLE `review_tasks3` ADD CONSTRAINT `reviewtasks_user_r_people` FOREIGN KEY (`site_id`, `about_pat_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `sessions_t` ADD CONSTRAINT `sessions_r_pats` FOREIGN KEY (`site_id_c`, `pat_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `spam_check_queue3` ADD CONSTRAINT `spamcheckqueue_r_sites` FOREIGN KEY (`site_id`) REFERENCES `sites3` (`id`);
ALTER TABLE `tag_notf_levels3` ADD CONSTRAINT `tagnotflvl_r_people` FOREIGN KEY (`site_id`, `user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `tags_t` ADD CONSTRAINT `tags_onpat_r_pats` FOREIGN KEY (`site_id_c`, `on_pat_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `tags_t` ADD CONSTRAINT `tags_onpost_r_posts` FOREIGN KEY (`site_id_c`, `on_post_id_c`) REFERENCES `posts3` (`site_id`, `unique_post_id`);
ALTER TABLE `tags_t` ADD CONSTRAINT `tags_parenttagid_onpatid_r_tags_id_onpatid` FOREIGN KEY (`site_id_c`, `parent_tag_id_c`, `on_pat_id_c`) REFERENCES `tags_t` (`site_id_c`, `id_c`, `on_pat_id_c`);
ALTER TABLE `tags_t` ADD CONSTRAINT `tags_parenttagid_onpostid_r_tags_id_onpostid` FOREIGN KEY (`site_id_c`, `parent_tag_id_c`, `on_post_id_c`) REFERENCES `tags_t` (`site_id_c`, `id_c`, `on_post_id_c`);
ALTER TABLE `tags_t` ADD CONSTRAINT `tags_parenttagid_r_tags_id` FOREIGN KEY (`site_id_c`, `parent_tag_id_c`) REFERENCES `tags_t` (`site_id_c`, `id_c`);
ALTER TABLE `tags_t` ADD CONSTRAINT `tags_r_tagtypes` FOREIGN KEY (`site_id_c`, `tagtype_id_c`) REFERENCES `tagtypes_t` (`site_id_c`, `id_c`);
ALTER TABLE `tagtypes_t` ADD CONSTRAINT `tagtypes_createdby_r_pats` FOREIGN KEY (`site_id_c`, `created_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `tagtypes_t` ADD CONSTRAINT `tagtypes_deleteby_r_pats` FOREIGN KEY (`site_id_c`, `deleted_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `tagtypes_t` ADD CONSTRAINT `tagtypes_descrpage_r_pages` FOREIGN KEY (`site_id_c`, `descr_page_id_c`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `tagtypes_t` ADD CONSTRAINT `tagtypes_mergedby_r_pats` FOREIGN KEY (`site_id_c`, `merged_by_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `tagtypes_t` ADD CONSTRAINT `tagtypes_mergedinto_r_tagtypes` FOREIGN KEY (`site_id_c`, `merged_into_tagtype_id_c`) REFERENCES `tagtypes_t` (`site_id_c`, `id_c`);
ALTER TABLE `tagtypes_t` ADD CONSTRAINT `tagtypes_r_sites` FOREIGN KEY (`site_id_c`) REFERENCES `sites3` (`id`);
ALTER TABLE `tagtypes_t` ADD CONSTRAINT `tagtypes_scopedtopat_r_pats` FOREIGN KEY (`site_id_c`, `scoped_to_pat_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `upload_refs3` ADD CONSTRAINT `uploadrefs_r_people` FOREIGN KEY (`site_id`, `added_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `upload_refs3` ADD CONSTRAINT `uploadrefs_r_posts` FOREIGN KEY (`site_id`, `post_id`) REFERENCES `posts3` (`site_id`, `unique_post_id`);
ALTER TABLE `user_emails3` ADD CONSTRAINT `useremails_r_users` FOREIGN KEY (`site_id`, `user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `user_stats3` ADD CONSTRAINT `userstats_r_people` FOREIGN KEY (`site_id`, `user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `user_visit_stats3` ADD CONSTRAINT `uservisitstats_r_people` FOREIGN KEY (`site_id`, `user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `usernames3` ADD CONSTRAINT `usernames_r_people` FOREIGN KEY (`site_id`, `user_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `users3` ADD CONSTRAINT `pats_anonintree_r_nodes` FOREIGN KEY (`site_id`, `anon_in_tree_id__later_c`) REFERENCES `posts3` (`site_id`, `unique_post_id`);
ALTER TABLE `users3` ADD CONSTRAINT `pats_anononpage_r_pages` FOREIGN KEY (`site_id`, `anon_on_page_id_st_c`) REFERENCES `pages3` (`site_id`, `page_id`);
ALTER TABLE `users3` ADD CONSTRAINT `pats_trueid_r_pats` FOREIGN KEY (`site_id`, `true_id_c`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `users3` ADD CONSTRAINT `users_approvedby_r_people` FOREIGN KEY (`site_id`, `approved_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
ALTER TABLE `users3` ADD CONSTRAINT `users_primaryemail_r_useremails` FOREIGN KEY (`site_id`, `user_id`, `primary_email_addr`) REFERENCES `user_emails3` (`site_id`, `user_id`, `email_address`);
ALTER TABLE `users3` ADD CONSTRAINT `users_r_sites` FOREIGN KEY (`site_id`) REFERENCES `sites3` (`id`);
ALTER TABLE `users3` ADD CONSTRAINT `users_suspendeby_r_people` FOREIGN KEY (`site_id`, `suspended_by_id`) REFERENCES `users3` (`site_id`, `user_id`);
