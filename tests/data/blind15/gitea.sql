-- Gitea (self-hosted Git service): trimmed MySQL DDL for a blind labelling exam.
-- Upstream: github.com/go-gitea/gitea (MIT licence). Gitea has no SQL schema file: XORM creates the tables from the
-- Go model structs (db.RegisterModel). These CREATE TABLE statements render those structs the way XORM does on
-- MySQL: snake_case column names (GonicMapper), int64 -> BIGINT, int -> INT, bool -> TINYINT(1),
-- string -> VARCHAR(255), timeutil.TimeStamp -> BIGINT unix seconds, []byte -> BLOB, JSON fields -> TEXT,
-- time.Time -> DATETIME, explicit xorm tags (TEXT, LONGTEXT, VARCHAR(n), CHAR(n), SMALLINT, DEFAULT, NOT NULL) kept.
-- Fields tagged `xorm:"-"` and unexported fields are not columns. XORM declares no foreign keys and writes no column
-- comments (none here); its indexes are created by separate statements and are left out.
-- Structs read (path @ commit of the stored file version):
--   models/user/user.go @06c5f30f (user), models/user/email_address.go @9b94b4ff, models/user/external_login_user.go
--   @0c35669e, models/user/openid.go @9ada9fe3, models/user/setting.go @f80029ec (+ setting_keys.go @3b505c9e),
--   models/user/redirect.go @c89ce7f9, models/user/block.go @ac98565f, models/user/follow.go @99694c7d,
--   models/auth/twofactor.go @19be0d11, models/auth/webauthn.go @d956ce84, models/auth/access_token.go @9428292b,
--   models/auth/oauth2.go @b92f92de, models/auth/source.go @d1c28a2e, models/auth/session.go @a021271c,
--   models/asymkey/ssh_key.go @3bb0d773, models/asymkey/gpg_key.go @3b8291ff,
--   models/repo/repo.go @ee9ec1f7, models/repo/collaboration.go @36c65594, models/repo/star.go @a593edfd,
--   models/repo/watch.go @e61a33eb, models/repo/release.go @0d6cb843, models/repo/attachment.go @b3064ce1,
--   models/perm/access/access.go @a75aebdc, models/organization/org_user.go @2cc0e00f,
--   models/organization/team.go @5dbd5089, models/organization/team_user.go @2b995467,
--   models/issues/issue.go @7c7bdea1, models/issues/comment.go @e14fdbdb, models/issues/pull.go @9f8b1c72,
--   models/issues/review.go @2cc0e00f, models/issues/reaction.go @f69e18f3, models/issues/label.go @b92f92de,
--   models/issues/milestone.go @5dbd5089, models/issues/assignees.go @22f0ae53, models/issues/issue_user.go
--   @d956ce84, models/issues/tracked_time.go @f663240e, models/issues/stopwatch.go @50a4cebb,
--   models/activities/action.go @fc93006f, models/activities/notification.go @f0917c45,
--   models/actions/run.go @fc82204f, models/system/setting.go @3ab349b7, models/system/notice.go @a105f847.
-- Trimmed to 44 of Gitea's ~110 tables; every column of a kept table is kept.

CREATE TABLE `user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `lower_name` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `full_name` VARCHAR(255),
  `email` VARCHAR(255) NOT NULL,
  `keep_email_private` TINYINT(1),
  `email_notifications_preference` VARCHAR(20) NOT NULL DEFAULT 'enabled',
  `passwd` VARCHAR(255) NOT NULL,
  `passwd_hash_algo` VARCHAR(255) NOT NULL DEFAULT 'argon2',
  `must_change_password` TINYINT(1) NOT NULL DEFAULT 0,
  `login_type` INT,
  `login_source` BIGINT NOT NULL DEFAULT 0,
  `login_name` VARCHAR(255),
  `type` INT,
  `location` VARCHAR(255),
  `website` VARCHAR(255),
  `rands` VARCHAR(32),
  `salt` VARCHAR(32),
  `language` VARCHAR(5),
  `description` VARCHAR(255),
  `created_unix` BIGINT,
  `updated_unix` BIGINT,
  `last_login_unix` BIGINT,
  `last_repo_visibility` TINYINT(1),
  `max_repo_creation` INT NOT NULL DEFAULT -1,
  `is_active` TINYINT(1),
  `is_admin` TINYINT(1),
  `is_restricted` TINYINT(1) NOT NULL DEFAULT 0,
  `allow_git_hook` TINYINT(1),
  `allow_import_local` TINYINT(1),
  `allow_create_organization` TINYINT(1) DEFAULT 1,
  `prohibit_login` TINYINT(1) NOT NULL DEFAULT 0,
  `avatar` VARCHAR(2048) NOT NULL,
  `avatar_email` VARCHAR(255) NOT NULL,
  `use_custom_avatar` TINYINT(1),
  `num_followers` INT,
  `num_following` INT NOT NULL DEFAULT 0,
  `num_stars` INT,
  `num_repos` INT,
  `num_teams` INT,
  `num_members` INT,
  `visibility` INT NOT NULL DEFAULT 0,
  `repo_admin_change_team_access` TINYINT(1) NOT NULL DEFAULT 0,
  `diff_view_style` VARCHAR(255) NOT NULL DEFAULT '',
  `theme` VARCHAR(255) NOT NULL DEFAULT '',
  `keep_activity_private` TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_address` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uid` BIGINT NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `lower_email` VARCHAR(255) NOT NULL,
  `is_activated` TINYINT(1),
  `is_primary` TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `two_factor` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uid` BIGINT,
  `secret` VARCHAR(255),
  `scratch_salt` VARCHAR(255),
  `scratch_hash` VARCHAR(255),
  `last_used_passcode` VARCHAR(10),
  `created_unix` BIGINT,
  `updated_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webauthn_credential` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255),
  `lower_name` VARCHAR(255),
  `user_id` BIGINT,
  `credential_id` VARBINARY(1024),
  `public_key` BLOB,
  `attestation_type` VARCHAR(255),
  `aaguid` BLOB,
  `sign_count` BIGINT,
  `clone_warning` TINYINT(1),
  `created_unix` BIGINT,
  `updated_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_token` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uid` BIGINT,
  `name` VARCHAR(255),
  `token_hash` VARCHAR(255),
  `token_salt` VARCHAR(255),
  `token_last_eight` VARCHAR(255),
  `scope` VARCHAR(255),
  `created_unix` BIGINT,
  `updated_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_application` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uid` BIGINT,
  `name` VARCHAR(255),
  `client_id` VARCHAR(255),
  `client_secret` VARCHAR(255),
  `confidential_client` TINYINT(1) NOT NULL DEFAULT 1,
  `redirect_uris` TEXT,
  `created_unix` BIGINT,
  `updated_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_authorization_code` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `grant_id` BIGINT,
  `code` VARCHAR(255),
  `code_challenge` VARCHAR(255),
  `code_challenge_method` VARCHAR(255),
  `redirect_uri` VARCHAR(255),
  `valid_until` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_grant` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` BIGINT,
  `application_id` BIGINT,
  `counter` BIGINT NOT NULL DEFAULT 1,
  `scope` TEXT,
  `nonce` TEXT,
  `created_unix` BIGINT,
  `updated_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_key` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `owner_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `fingerprint` VARCHAR(255) NOT NULL,
  `content` MEDIUMTEXT NOT NULL,
  `mode` INT NOT NULL DEFAULT 2,
  `type` INT NOT NULL DEFAULT 1,
  `login_source_id` BIGINT NOT NULL DEFAULT 0,
  `created_unix` BIGINT,
  `updated_unix` BIGINT,
  `verified` TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gpg_key` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `owner_id` BIGINT NOT NULL,
  `key_id` CHAR(16) NOT NULL,
  `primary_key_id` CHAR(16),
  `content` MEDIUMTEXT NOT NULL,
  `created_unix` BIGINT,
  `expired_unix` BIGINT,
  `added_unix` BIGINT,
  `emails` TEXT,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `can_sign` TINYINT(1),
  `can_encrypt_comms` TINYINT(1),
  `can_encrypt_storage` TINYINT(1),
  `can_certify` TINYINT(1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_login_user` (
  `external_id` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `login_source_id` BIGINT NOT NULL,
  `raw_data` TEXT,
  `provider` VARCHAR(25),
  `email` VARCHAR(255),
  `name` VARCHAR(255),
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `nick_name` VARCHAR(255),
  `description` VARCHAR(255),
  `avatar_url` TEXT,
  `location` VARCHAR(255),
  `access_token` TEXT,
  `access_token_secret` TEXT,
  `refresh_token` TEXT,
  `expires_at` DATETIME,
  PRIMARY KEY (`external_id`, `login_source_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_open_id` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uid` BIGINT NOT NULL,
  `uri` VARCHAR(255) NOT NULL,
  `show` TINYINT(1) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_setting` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` BIGINT,
  `setting_key` VARCHAR(255),
  `setting_value` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_redirect` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `lower_name` VARCHAR(255) NOT NULL,
  `redirect_user_id` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_blocking` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `blocker_id` BIGINT,
  `blockee_id` BIGINT,
  `note` VARCHAR(255),
  `created_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `follow` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` BIGINT,
  `follow_id` BIGINT,
  `created_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_source` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` INT,
  `name` VARCHAR(255),
  `is_active` TINYINT(1) NOT NULL DEFAULT 0,
  `is_sync_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `cfg` TEXT,
  `created_unix` BIGINT,
  `updated_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `key` CHAR(16) NOT NULL PRIMARY KEY,
  `data` BLOB,
  `expiry` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repository` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `owner_id` BIGINT,
  `owner_name` VARCHAR(255),
  `lower_name` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `website` VARCHAR(2048),
  `original_service_type` INT,
  `original_url` VARCHAR(2048),
  `default_branch` VARCHAR(255),
  `default_wiki_branch` VARCHAR(255),
  `num_watches` INT,
  `num_stars` INT,
  `num_forks` INT,
  `num_issues` INT,
  `num_closed_issues` INT,
  `num_pulls` INT,
  `num_closed_pulls` INT,
  `num_milestones` INT NOT NULL DEFAULT 0,
  `num_closed_milestones` INT NOT NULL DEFAULT 0,
  `num_projects` INT NOT NULL DEFAULT 0,
  `num_closed_projects` INT NOT NULL DEFAULT 0,
  `num_action_runs` INT NOT NULL DEFAULT 0,
  `num_closed_action_runs` INT NOT NULL DEFAULT 0,
  `is_private` TINYINT(1),
  `is_empty` TINYINT(1),
  `is_archived` TINYINT(1),
  `is_mirror` TINYINT(1),
  `status` INT NOT NULL DEFAULT 0,
  `is_fork` TINYINT(1) NOT NULL DEFAULT 0,
  `fork_id` BIGINT,
  `is_template` TINYINT(1) NOT NULL DEFAULT 0,
  `template_id` BIGINT,
  `size` BIGINT NOT NULL DEFAULT 0,
  `git_size` BIGINT NOT NULL DEFAULT 0,
  `lfs_size` BIGINT NOT NULL DEFAULT 0,
  `is_fsck_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `close_issues_via_commit_in_any_branch` TINYINT(1) NOT NULL DEFAULT 0,
  `topics` TEXT,
  `object_format_name` VARCHAR(6) NOT NULL DEFAULT 'sha1',
  `trust_model` INT,
  `avatar` VARCHAR(64),
  `created_unix` BIGINT,
  `updated_unix` BIGINT,
  `archived_unix` BIGINT DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collaboration` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `repo_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `mode` INT NOT NULL DEFAULT 2,
  `created_unix` BIGINT,
  `updated_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` BIGINT,
  `repo_id` BIGINT,
  `mode` INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `star` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uid` BIGINT,
  `repo_id` BIGINT,
  `created_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `watch` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` BIGINT,
  `repo_id` BIGINT,
  `mode` SMALLINT NOT NULL DEFAULT 1,
  `created_unix` BIGINT,
  `updated_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `org_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uid` BIGINT,
  `org_id` BIGINT,
  `is_public` TINYINT(1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `org_id` BIGINT,
  `lower_name` VARCHAR(255),
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `authorize` INT,
  `num_repos` INT,
  `num_members` INT,
  `includes_all_repositories` TINYINT(1) NOT NULL DEFAULT 0,
  `can_create_org_repo` TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `org_id` BIGINT,
  `team_id` BIGINT,
  `uid` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `label` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `repo_id` BIGINT,
  `org_id` BIGINT,
  `name` VARCHAR(255),
  `exclusive` TINYINT(1),
  `description` VARCHAR(255),
  `color` VARCHAR(7),
  `num_issues` INT,
  `num_closed_issues` INT,
  `created_unix` BIGINT,
  `updated_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `milestone` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `repo_id` BIGINT,
  `name` VARCHAR(255),
  `content` TEXT,
  `is_closed` TINYINT(1),
  `num_issues` INT,
  `num_closed_issues` INT,
  `completeness` INT,
  `created_unix` BIGINT,
  `updated_unix` BIGINT,
  `deadline_unix` BIGINT,
  `closed_date_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `repo_id` BIGINT,
  `index` BIGINT,
  `poster_id` BIGINT,
  `original_author` VARCHAR(255),
  `original_author_id` BIGINT,
  `name` VARCHAR(255),
  `content` LONGTEXT,
  `milestone_id` BIGINT,
  `priority` INT,
  `is_closed` TINYINT(1),
  `is_pull` TINYINT(1),
  `num_comments` INT,
  `ref` VARCHAR(255),
  `pin_order` INT DEFAULT 0,
  `deadline_unix` BIGINT,
  `created_unix` BIGINT,
  `updated_unix` BIGINT,
  `closed_unix` BIGINT,
  `is_locked` TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_assignees` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `assignee_id` BIGINT,
  `issue_id` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uid` BIGINT,
  `issue_id` BIGINT,
  `is_read` TINYINT(1),
  `is_mentioned` TINYINT(1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` INT,
  `poster_id` BIGINT,
  `original_author` VARCHAR(255),
  `original_author_id` BIGINT,
  `issue_id` BIGINT,
  `label_id` BIGINT,
  `old_project_id` BIGINT,
  `project_id` BIGINT,
  `old_milestone_id` BIGINT,
  `milestone_id` BIGINT,
  `time_id` BIGINT,
  `assignee_id` BIGINT,
  `removed_assignee` TINYINT(1),
  `assignee_team_id` BIGINT NOT NULL DEFAULT 0,
  `resolve_doer_id` BIGINT,
  `old_title` VARCHAR(255),
  `new_title` VARCHAR(255),
  `old_ref` VARCHAR(255),
  `new_ref` VARCHAR(255),
  `dependent_issue_id` BIGINT,
  `commit_id` BIGINT,
  `line` BIGINT,
  `tree_path` VARCHAR(255),
  `content` LONGTEXT,
  `content_version` INT NOT NULL DEFAULT 0,
  `patch` LONGTEXT,
  `created_unix` BIGINT,
  `updated_unix` BIGINT,
  `commit_sha` VARCHAR(64),
  `review_id` BIGINT,
  `invalidated` TINYINT(1),
  `ref_repo_id` BIGINT,
  `ref_issue_id` BIGINT,
  `ref_comment_id` BIGINT,
  `ref_action` SMALLINT,
  `ref_is_pull` TINYINT(1),
  `comment_meta_data` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pull_request` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` INT,
  `status` INT,
  `conflicted_files` TEXT,
  `commits_ahead` INT,
  `commits_behind` INT,
  `changed_protected_files` TEXT,
  `issue_id` BIGINT,
  `index` BIGINT,
  `head_repo_id` BIGINT,
  `base_repo_id` BIGINT,
  `head_branch` VARCHAR(255),
  `base_branch` VARCHAR(255),
  `merge_base` VARCHAR(64),
  `allow_maintainer_edit` TINYINT(1) NOT NULL DEFAULT 0,
  `has_merged` TINYINT(1),
  `merged_commit_id` VARCHAR(64),
  `merger_id` BIGINT,
  `merged_unix` BIGINT,
  `flow` INT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `review` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` INT,
  `reviewer_id` BIGINT,
  `reviewer_team_id` BIGINT NOT NULL DEFAULT 0,
  `original_author` VARCHAR(255),
  `original_author_id` BIGINT,
  `issue_id` BIGINT,
  `content` TEXT,
  `official` TINYINT(1) NOT NULL DEFAULT 0,
  `commit_id` VARCHAR(64),
  `stale` TINYINT(1) NOT NULL DEFAULT 0,
  `dismissed` TINYINT(1) NOT NULL DEFAULT 0,
  `created_unix` BIGINT,
  `updated_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reaction` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` VARCHAR(255) NOT NULL,
  `issue_id` BIGINT NOT NULL,
  `comment_id` BIGINT,
  `user_id` BIGINT NOT NULL,
  `original_author_id` BIGINT NOT NULL DEFAULT 0,
  `original_author` VARCHAR(255),
  `created_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tracked_time` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `issue_id` BIGINT,
  `user_id` BIGINT,
  `created_unix` BIGINT,
  `time` BIGINT NOT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stopwatch` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `issue_id` BIGINT,
  `user_id` BIGINT,
  `created_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `repo_id` BIGINT,
  `publisher_id` BIGINT,
  `tag_name` VARCHAR(255),
  `original_author` VARCHAR(255),
  `original_author_id` BIGINT,
  `lower_tag_name` VARCHAR(255),
  `target` VARCHAR(255),
  `title` VARCHAR(255),
  `sha1` VARCHAR(40),
  `num_commits` BIGINT,
  `note` TEXT,
  `is_draft` TINYINT(1) NOT NULL DEFAULT 0,
  `is_prerelease` TINYINT(1) NOT NULL DEFAULT 0,
  `is_tag` TINYINT(1) NOT NULL DEFAULT 0,
  `created_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `uuid` VARCHAR(255),
  `repo_id` BIGINT,
  `issue_id` BIGINT,
  `release_id` BIGINT,
  `uploader_id` BIGINT DEFAULT 0,
  `comment_id` BIGINT,
  `name` VARCHAR(255),
  `download_count` BIGINT DEFAULT 0,
  `size` BIGINT DEFAULT 0,
  `created_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` BIGINT NOT NULL,
  `repo_id` BIGINT NOT NULL,
  `status` SMALLINT NOT NULL,
  `source` SMALLINT NOT NULL,
  `issue_id` BIGINT NOT NULL,
  `commit_id` VARCHAR(255),
  `comment_id` BIGINT,
  `updated_by` BIGINT NOT NULL,
  `created_unix` BIGINT NOT NULL,
  `updated_unix` BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` BIGINT,
  `op_type` INT,
  `act_user_id` BIGINT,
  `repo_id` BIGINT,
  `comment_id` BIGINT,
  `is_deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `ref_name` VARCHAR(255),
  `is_private` TINYINT(1) NOT NULL DEFAULT 0,
  `content` TEXT,
  `created_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `action_run` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `title` VARCHAR(255),
  `repo_id` BIGINT,
  `owner_id` BIGINT,
  `workflow_id` VARCHAR(255),
  `index` BIGINT,
  `trigger_user_id` BIGINT,
  `schedule_id` BIGINT,
  `ref` VARCHAR(255),
  `commit_sha` VARCHAR(255),
  `is_fork_pull_request` TINYINT(1),
  `need_approval` TINYINT(1),
  `approved_by` BIGINT,
  `event` VARCHAR(255),
  `event_payload` LONGTEXT,
  `trigger_event` VARCHAR(255),
  `status` INT,
  `version` INT DEFAULT 0,
  `started` BIGINT,
  `stopped` BIGINT,
  `previous_duration` BIGINT,
  `created` BIGINT,
  `updated` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `system_setting` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `setting_key` VARCHAR(255),
  `setting_value` TEXT,
  `version` INT,
  `created` BIGINT,
  `updated` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notice` (
  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` INT,
  `description` TEXT,
  `created_unix` BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
