-- OpnForm: open-source form builder (forms in workspaces, public form pages, respondents' submissions, views and
-- statistics, integrations and webhooks on submission, AI form generation, templates, workspace members and
-- invitations, OAuth / OIDC sign-in, 2FA, Stripe subscriptions).
-- Upstream: github.com/JhumanJ/OpnForm (now github.com/OpnForm/OpnForm), commit
-- 57dfb92371e325b402ee45ca5b1bbcbea22683e5 (AGPL-3.0 outside api/app/Enterprise; LICENSE).
-- Source: the 89 Laravel migrations of api/database/migrations/ (2014_10_12_000000_create_users_table.php …
-- 2025_11_18_160000_create_two_factor_authentications_table.php), replayed by hand in order with the MySQL grammar of
-- Laravel's schema builder (OpnForm runs on MySQL or PostgreSQL): columns added by later migrations are appended,
-- or placed where `->after()` says (oauth_providers.email/name/token_expires_at, forms.captcha_provider,
-- presentation_style, settings, custom_css); dropped columns are gone (forms.notifies … notification_settings,
-- forms.hide_title, workspaces.user_id/access_token, user_workspace.is_owner/access_token); renamed ones carry their
-- new name (subscriptions.type, table password_reset_tokens); `->change()`d columns keep their place with their new
-- type. The last migration calls Laragear TwoFactor's migration class; its columns were read from
-- src/Migrations/TwoFactorAuthenticationMigration.php of github.com/Laragear/TwoFactor (a37cab0c; OpnForm locks v3.0.0).
-- Laravel -> MySQL types: id()/bigIncrements -> BIGINT UNSIGNED AUTO_INCREMENT, foreignId/foreignIdFor/
-- unsignedBigInteger/morphs' id -> BIGINT UNSIGNED, string -> VARCHAR(255) (or its length), rememberToken ->
-- VARCHAR(100), boolean -> TINYINT(1), timestamp/timestampTz/softDeletes -> TIMESTAMP NULL, json/jsonb -> JSON
-- (JSON_OBJECT()/JSON_ARRAY() expression defaults dropped), enum -> ENUM. Primary and unique keys and the foreign keys
-- the migrations declare (->references()/->constrained()) are kept; foreignIdFor() without ->constrained() creates
-- no constraint and none is added; plain indexes left out. Laravel's own `migrations` table is left out; no
-- application table is left out.

CREATE TABLE `users` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `email_verified_at` TIMESTAMP NULL,
  `password` VARCHAR(255) NULL,
  `remember_token` VARCHAR(100) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `stripe_id` VARCHAR(255) NULL,
  `pm_type` VARCHAR(255) NULL,
  `pm_last_four` VARCHAR(4) NULL,
  `trial_ends_at` TIMESTAMP NULL,
  `hear_about_us` VARCHAR(255) NULL,
  `utm_data` JSON NULL,
  `meta` JSON NOT NULL,
  `blocked_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_tokens` (
  `email` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_providers` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `provider_user_id` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NULL,
  `name` VARCHAR(255) NULL,
  `access_token` TEXT NULL,
  `refresh_token` TEXT NULL,
  `token_expires_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `scopes` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `oauth_providers_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `stripe_id` VARCHAR(255) NOT NULL,
  `stripe_status` VARCHAR(255) NOT NULL,
  `stripe_price` VARCHAR(255) NULL,
  `quantity` INT NULL,
  `trial_ends_at` TIMESTAMP NULL,
  `ends_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscriptions_stripe_id_unique` (`stripe_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscription_items` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `subscription_id` BIGINT UNSIGNED NOT NULL,
  `stripe_id` VARCHAR(255) NOT NULL,
  `stripe_product` VARCHAR(255) NOT NULL,
  `stripe_price` VARCHAR(255) NOT NULL,
  `quantity` INT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscription_items_stripe_id_unique` (`stripe_id`),
  UNIQUE KEY `subscription_items_subscription_id_stripe_price_unique` (`subscription_id`, `stripe_price`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `failed_jobs` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NOT NULL,
  `connection` TEXT NOT NULL,
  `queue` TEXT NOT NULL,
  `payload` LONGTEXT NOT NULL,
  `exception` LONGTEXT NOT NULL,
  `failed_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personal_access_tokens` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `tokenable_type` VARCHAR(255) NOT NULL,
  `tokenable_id` BIGINT UNSIGNED NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `token` VARCHAR(64) NOT NULL,
  `abilities` TEXT NULL,
  `last_used_at` TIMESTAMP NULL,
  `expires_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspaces` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `name` VARCHAR(255) NOT NULL,
  `icon` TEXT NULL,
  `custom_domains` JSON NULL,
  `settings` JSON NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `workspace_id` BIGINT UNSIGNED NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `properties` JSON NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `description` TEXT NULL,
  `submit_button_text` TEXT NULL DEFAULT NULL,
  `re_fillable` TINYINT(1) NOT NULL DEFAULT 0,
  `re_fill_button_text` TEXT NULL DEFAULT NULL,
  `color` VARCHAR(255) NOT NULL DEFAULT '#3B82F6',
  `uppercase_labels` TINYINT(1) NOT NULL DEFAULT 1,
  `no_branding` TINYINT(1) NOT NULL DEFAULT 0,
  `submitted_text` TEXT NOT NULL DEFAULT 'Amazing, we saved your answers. Thank you for your time and have a great day!',
  `dark_mode` VARCHAR(255) NOT NULL DEFAULT 'auto',
  `logo_picture` VARCHAR(255) NULL,
  `cover_picture` VARCHAR(255) NULL,
  `redirect_url` TEXT NULL,
  `custom_code` TEXT NULL,
  `custom_css` TEXT NULL,
  `theme` VARCHAR(255) NOT NULL DEFAULT 'default',
  `presentation_style` VARCHAR(255) NOT NULL DEFAULT 'classic',
  `database_fields_update` JSON NULL,
  `width` VARCHAR(255) NOT NULL DEFAULT 'centered',
  `transparent_background` TINYINT(1) NOT NULL DEFAULT 0,
  `settings` JSON NULL,
  `closes_at` TIMESTAMP NULL,
  `closed_text` TEXT NULL,
  `use_captcha` TINYINT(1) NOT NULL DEFAULT 0,
  `captcha_provider` VARCHAR(255) NOT NULL DEFAULT 'hcaptcha',
  `can_be_indexed` TINYINT(1) NOT NULL DEFAULT 1,
  `password` VARCHAR(255) NULL DEFAULT NULL,
  `tags` JSON NOT NULL,
  `deleted_at` TIMESTAMP NULL,
  `creator_id` BIGINT UNSIGNED NOT NULL,
  `removed_properties` JSON NOT NULL,
  `max_submissions_count` INT NULL DEFAULT NULL,
  `max_submissions_reached_text` TEXT NULL DEFAULT 'This form has now reached the maximum number of allowed submissions and is now closed.',
  `visibility` VARCHAR(255) NOT NULL DEFAULT 'public',
  `editable_submissions` TINYINT(1) NOT NULL DEFAULT 0,
  `editable_submissions_button_text` TEXT NOT NULL DEFAULT 'Edit submission',
  `confetti_on_submission` TINYINT(1) NOT NULL DEFAULT 0,
  `seo_meta` JSON NOT NULL,
  `auto_save` TINYINT(1) NOT NULL DEFAULT 1,
  `custom_domain` VARCHAR(255) NULL,
  `show_progress_bar` TINYINT(1) NOT NULL DEFAULT 0,
  `size` VARCHAR(255) NOT NULL DEFAULT 'md',
  `border_radius` VARCHAR(255) NOT NULL DEFAULT 'small',
  `font_family` VARCHAR(255) NULL,
  `auto_focus` TINYINT(1) NOT NULL DEFAULT 1,
  `layout_rtl` TINYINT(1) NOT NULL DEFAULT 0,
  `language` VARCHAR(255) NOT NULL DEFAULT 'en',
  `enable_partial_submissions` TINYINT(1) NOT NULL DEFAULT 0,
  `cover_settings` JSON NULL,
  `enable_ip_tracking` TINYINT(1) NOT NULL DEFAULT 0,
  `translations` JSON NULL,
  `clear_empty_fields_on_update` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `forms_creator_id_foreign` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_submissions` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `form_id` BIGINT UNSIGNED NOT NULL,
  `data` JSON NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `completion_time` INT NULL,
  `status` ENUM('partial','completed') NOT NULL DEFAULT 'completed',
  `meta` JSON NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_zapier_webhooks` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `form_id` BIGINT UNSIGNED NOT NULL,
  `hook_url` VARCHAR(255) NOT NULL,
  `deleted_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_workspace` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `workspace_id` BIGINT UNSIGNED NOT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `role` VARCHAR(255) NOT NULL DEFAULT 'admin',
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_workspace_workspace_id_user_id_unique` (`workspace_id`, `user_id`),
  CONSTRAINT `user_workspace_workspace_id_foreign` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_workspace_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_batches` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `total_jobs` INT NOT NULL,
  `pending_jobs` INT NOT NULL,
  `failed_jobs` INT NOT NULL,
  `failed_job_ids` TEXT NOT NULL,
  `options` TEXT NULL,
  `cancelled_at` INT NULL,
  `created_at` INT NOT NULL,
  `finished_at` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_calls` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `external_id` VARCHAR(255) NULL,
  `name` VARCHAR(255) NOT NULL,
  `payload` JSON NULL,
  `exception` TEXT NULL,
  `processed_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_views` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `form_id` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `meta` JSON NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_statistics` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `form_id` BIGINT UNSIGNED NOT NULL,
  `data` JSON NOT NULL,
  `date` DATE NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `image_url` VARCHAR(500) NULL,
  `structure` JSON NOT NULL,
  `questions` JSON NOT NULL,
  `publicly_listed` TINYINT(1) NOT NULL DEFAULT 0,
  `industries` JSON NOT NULL,
  `types` JSON NOT NULL,
  `short_description` VARCHAR(255) NULL,
  `related_templates` JSON NOT NULL,
  `creator_id` BIGINT UNSIGNED NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_form_completions` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `form_prompt` TEXT NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `result` JSON NULL,
  `ip` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `error` TEXT NULL,
  `type` ENUM('form','fields') NOT NULL DEFAULT 'form',
  `context` JSON NULL,
  `generation_params` JSON NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `queue` VARCHAR(255) NOT NULL,
  `payload` LONGTEXT NOT NULL,
  `attempts` TINYINT UNSIGNED NOT NULL,
  `reserved_at` INT UNSIGNED NULL,
  `available_at` INT UNSIGNED NOT NULL,
  `created_at` INT UNSIGNED NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `licenses` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `license_key` VARCHAR(255) NOT NULL,
  `user_id` BIGINT UNSIGNED NULL,
  `license_provider` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `meta` JSON NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_integrations` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `form_id` BIGINT UNSIGNED NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `integration_id` VARCHAR(255) NOT NULL,
  `logic` JSON NOT NULL,
  `data` JSON NOT NULL,
  `oauth_id` VARCHAR(255) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_integrations_events` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `integration_id` BIGINT UNSIGNED NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_invites` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `workspace_id` BIGINT UNSIGNED NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `role` VARCHAR(255) NOT NULL DEFAULT 'user',
  `token` VARCHAR(191) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `valid_until` DATETIME NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_invites_token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_connections` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `workspace_id` BIGINT UNSIGNED NULL,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL DEFAULT 'oidc',
  `issuer` VARCHAR(255) NOT NULL,
  `client_id` VARCHAR(255) NOT NULL,
  `client_secret` TEXT NOT NULL,
  `scopes` JSON NULL,
  `options` JSON NULL,
  `redirect_path` VARCHAR(255) NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_connections_slug_unique` (`slug`),
  UNIQUE KEY `unique_workspace_type` (`workspace_id`, `type`),
  CONSTRAINT `identity_connections_workspace_id_foreign` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_identities` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `connection_id` BIGINT UNSIGNED NOT NULL,
  `subject` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `claims` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_identities_connection_id_subject_unique` (`connection_id`, `subject`),
  CONSTRAINT `user_identities_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_identities_connection_id_foreign` FOREIGN KEY (`connection_id`) REFERENCES `identity_connections` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `value` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `settings_key_unique` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `two_factor_authentications` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `authenticatable_type` VARCHAR(255) NOT NULL,
  `authenticatable_id` BIGINT UNSIGNED NOT NULL,
  `shared_secret` TEXT NOT NULL,
  `enabled_at` TIMESTAMP NULL,
  `label` VARCHAR(255) NOT NULL,
  `digits` TINYINT UNSIGNED NOT NULL DEFAULT 6,
  `seconds` TINYINT UNSIGNED NOT NULL DEFAULT 30,
  `window` TINYINT UNSIGNED NOT NULL DEFAULT 0,
  `algorithm` VARCHAR(16) NOT NULL DEFAULT 'sha1',
  `recovery_codes` TEXT NULL,
  `recovery_codes_generated_at` TIMESTAMP NULL,
  `safe_devices` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
