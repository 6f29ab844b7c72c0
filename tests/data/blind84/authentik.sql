SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `authentik_core_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `username` VARCHAR(150) NOT NULL COMMENT 'Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.',
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_active` TINYINT(1) NOT NULL COMMENT 'Designates whether this user should be treated as active. Unselect this instead of deleting accounts.',
  `date_joined` DATETIME(6) NOT NULL,
  `attributes` JSON NOT NULL,
  `uuid` CHAR(32) NOT NULL,
  `name` LONGTEXT NOT NULL COMMENT 'User''s display name.',
  `path` LONGTEXT NOT NULL,
  `type` LONGTEXT NOT NULL,
  `password_change_date` DATETIME(6) NOT NULL,
  `last_updated` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `authentik_core_group` (
  `attributes` JSON NOT NULL,
  `group_uuid` CHAR(32) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `is_superuser` TINYINT(1) NOT NULL COMMENT 'Users added to this group will be superusers.',
  PRIMARY KEY (`group_uuid`)
);

CREATE TABLE `authentik_core_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` CHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_a24626931f8d` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`),
  CONSTRAINT `fk_72ba5f8dffff` FOREIGN KEY (`group_id`) REFERENCES `authentik_core_group` (`group_uuid`)
);

CREATE TABLE `authentik_core_application` (
  `policybindingmodel_ptr_id` CHAR(32) NOT NULL,
  `name` LONGTEXT NOT NULL COMMENT 'Application''s display Name.',
  `slug` LONGTEXT NOT NULL COMMENT 'Internal application name, used in URLs.',
  `group` LONGTEXT NOT NULL,
  `provider_id` INT,
  `meta_launch_url` LONGTEXT NOT NULL,
  `open_in_new_tab` TINYINT(1) NOT NULL COMMENT 'Open launch URL in a new browser tab or window.',
  `meta_icon` LONGTEXT NOT NULL,
  `meta_description` LONGTEXT NOT NULL,
  `meta_publisher` LONGTEXT NOT NULL,
  PRIMARY KEY (`policybindingmodel_ptr_id`),
  CONSTRAINT `fk_a04bee2b545e` FOREIGN KEY (`policybindingmodel_ptr_id`) REFERENCES `authentik_policies_policybindingmodel` (`pbm_uuid`),
  CONSTRAINT `fk_357ae6c6a1cf` FOREIGN KEY (`provider_id`) REFERENCES `authentik_core_provider` (`id`)
);

CREATE TABLE `authentik_core_provider` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` LONGTEXT NOT NULL,
  `authentication_flow_id` CHAR(32) COMMENT 'Flow used for authentication when the associated application is accessed by an un-authenticated user.',
  `authorization_flow_id` CHAR(32) COMMENT 'Flow used when authorizing this provider.',
  `invalidation_flow_id` CHAR(32) COMMENT 'Flow used ending the session from a provider.',
  `backchannel_application_id` CHAR(32) COMMENT 'Accessed from applications; optional backchannel providers for protocols like LDAP and SCIM.',
  `is_backchannel` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_49dea03c4a2c` FOREIGN KEY (`authentication_flow_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`),
  CONSTRAINT `fk_1482437b8e55` FOREIGN KEY (`authorization_flow_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`),
  CONSTRAINT `fk_69c4fd1b84f3` FOREIGN KEY (`invalidation_flow_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`),
  CONSTRAINT `fk_a972ebd68a4d` FOREIGN KEY (`backchannel_application_id`) REFERENCES `authentik_core_application` (`policybindingmodel_ptr_id`)
);

CREATE TABLE `authentik_core_source` (
  `policybindingmodel_ptr_id` CHAR(32) NOT NULL,
  `managed` LONGTEXT COMMENT 'Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.',
  `name` LONGTEXT NOT NULL COMMENT 'Source''s display Name.',
  `slug` LONGTEXT NOT NULL COMMENT 'Internal source name, used in URLs.',
  `user_path_template` LONGTEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `promoted` TINYINT(1) NOT NULL COMMENT 'When enabled, this source will be displayed as a prominent button on the login page, instead of a small icon.',
  `icon` LONGTEXT NOT NULL,
  `authentication_flow_id` CHAR(32) COMMENT 'Flow to use when authenticating existing users.',
  `enrollment_flow_id` CHAR(32) COMMENT 'Flow to use when enrolling new users.',
  `user_matching_mode` LONGTEXT NOT NULL COMMENT 'How the source determines if an existing user should be authenticated or a new user enrolled.',
  `group_matching_mode` LONGTEXT NOT NULL COMMENT 'How the source determines if an existing group should be used or a new group created.',
  PRIMARY KEY (`policybindingmodel_ptr_id`),
  CONSTRAINT `fk_746c49007af7` FOREIGN KEY (`policybindingmodel_ptr_id`) REFERENCES `authentik_policies_policybindingmodel` (`pbm_uuid`),
  CONSTRAINT `fk_2478087b30a3` FOREIGN KEY (`authentication_flow_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`),
  CONSTRAINT `fk_7844a7b30a36` FOREIGN KEY (`enrollment_flow_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`)
);

CREATE TABLE `authentik_core_usersourceconnection` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `last_updated` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  `source_id` CHAR(32) NOT NULL,
  `identifier` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_7f305d6f22b6` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`),
  CONSTRAINT `fk_450cff141470` FOREIGN KEY (`source_id`) REFERENCES `authentik_core_source` (`policybindingmodel_ptr_id`)
);

CREATE TABLE `authentik_core_token` (
  `managed` LONGTEXT COMMENT 'Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.',
  `expires` DATETIME(6),
  `expiring` TINYINT(1) NOT NULL,
  `token_uuid` CHAR(32) NOT NULL,
  `identifier` VARCHAR(255) NOT NULL,
  `key` LONGTEXT NOT NULL,
  `intent` LONGTEXT NOT NULL,
  `user_id` INT NOT NULL,
  `description` LONGTEXT NOT NULL,
  PRIMARY KEY (`token_uuid`),
  CONSTRAINT `fk_479d5b794013` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`)
);

CREATE TABLE `authentik_core_propertymapping` (
  `managed` LONGTEXT COMMENT 'Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.',
  `pm_uuid` CHAR(32) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `expression` LONGTEXT NOT NULL,
  PRIMARY KEY (`pm_uuid`)
);

CREATE TABLE `authentik_core_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `expires` DATETIME(6),
  `expiring` TINYINT(1) NOT NULL,
  `session_data` LONGBLOB NOT NULL,
  `last_ip` CHAR(39) NOT NULL,
  `last_user_agent` LONGTEXT NOT NULL,
  `last_used` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
);

CREATE TABLE `authentik_core_authenticatedsession` (
  `session_id` VARCHAR(40) NOT NULL,
  `uuid` CHAR(32) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`session_id`),
  CONSTRAINT `fk_d58ab678d371` FOREIGN KEY (`session_id`) REFERENCES `authentik_core_session` (`session_key`),
  CONSTRAINT `fk_5055b6cf86e3` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`)
);

CREATE TABLE `authentik_events_event` (
  `expiring` TINYINT(1) NOT NULL,
  `event_uuid` CHAR(32) NOT NULL,
  `user` JSON NOT NULL,
  `action` LONGTEXT NOT NULL,
  `app` LONGTEXT NOT NULL,
  `context` JSON NOT NULL,
  `client_ip` CHAR(39),
  `created` DATETIME(6) NOT NULL,
  `brand` JSON NOT NULL,
  `expires` DATETIME(6) NOT NULL,
  PRIMARY KEY (`event_uuid`)
);

CREATE TABLE `authentik_events_notification` (
  `uuid` CHAR(32) NOT NULL,
  `severity` LONGTEXT NOT NULL,
  `body` LONGTEXT NOT NULL,
  `hyperlink` LONGTEXT,
  `hyperlink_label` LONGTEXT,
  `created` DATETIME(6) NOT NULL,
  `event_id` CHAR(32),
  `seen` TINYINT(1) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `fk_ac5c4bb7df5f` FOREIGN KEY (`event_id`) REFERENCES `authentik_events_event` (`event_uuid`),
  CONSTRAINT `fk_9ea0c690a143` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`)
);

CREATE TABLE `authentik_events_notificationtransport` (
  `uuid` CHAR(32) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `mode` LONGTEXT NOT NULL,
  `send_once` TINYINT(1) NOT NULL COMMENT 'Only send notification once, for example when sending a webhook into a chat channel.',
  `email_subject_prefix` LONGTEXT NOT NULL,
  `email_template` LONGTEXT NOT NULL,
  `webhook_url` LONGTEXT NOT NULL,
  `webhook_ca_id` CHAR(32) COMMENT 'When set, the selected ceritifcate is used to validate the certificate of the webhook server.',
  `webhook_mapping_body_id` CHAR(32) COMMENT 'Customize the body of the request. Mapping should return data that is JSON-serializable.',
  `webhook_mapping_headers_id` CHAR(32) COMMENT 'Configure additional headers to be sent. Mapping should return a dictionary of key-value pairs',
  PRIMARY KEY (`uuid`),
  CONSTRAINT `fk_8e94c025fc43` FOREIGN KEY (`webhook_ca_id`) REFERENCES `authentik_crypto_certificatekeypair` (`kp_uuid`)
);

CREATE TABLE `authentik_events_notificationrule` (
  `policybindingmodel_ptr_id` CHAR(32) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `severity` LONGTEXT NOT NULL COMMENT 'Controls which severity level the created notifications will have.',
  `destination_group_id` CHAR(32) COMMENT 'Define which group of users this notification should be sent and shown to. If left empty, Notification won''t ben sent.',
  `destination_event_user` TINYINT(1) NOT NULL COMMENT 'When enabled, notification will be sent to user the user that triggered the event.When destination_group is configured, notification is sent to both.',
  PRIMARY KEY (`policybindingmodel_ptr_id`),
  CONSTRAINT `fk_74974b98fa65` FOREIGN KEY (`policybindingmodel_ptr_id`) REFERENCES `authentik_policies_policybindingmodel` (`pbm_uuid`),
  CONSTRAINT `fk_d1f2c36e5c25` FOREIGN KEY (`destination_group_id`) REFERENCES `authentik_core_group` (`group_uuid`)
);

CREATE TABLE `authentik_flows_flow` (
  `policybindingmodel_ptr_id` CHAR(32) NOT NULL,
  `flow_uuid` CHAR(32) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `slug` LONGTEXT NOT NULL COMMENT 'Visible in the URL.',
  `title` LONGTEXT NOT NULL COMMENT 'Shown as the Title in Flow pages.',
  `layout` LONGTEXT NOT NULL,
  `designation` VARCHAR(100) NOT NULL COMMENT 'Decides what this Flow is used for. For example, the Authentication flow is redirect to when an un-authenticated user visits authentik.',
  `background` LONGTEXT NOT NULL COMMENT 'Background shown during execution',
  `compatibility_mode` TINYINT(1) NOT NULL COMMENT 'Enable compatibility mode, increases compatibility with password managers on mobile devices.',
  `denied_action` LONGTEXT NOT NULL COMMENT 'Configure what should happen when a flow denies access to a user.',
  `authentication` LONGTEXT NOT NULL COMMENT 'Required level of authentication and authorization to access a flow.',
  PRIMARY KEY (`flow_uuid`),
  CONSTRAINT `fk_9c3c290f63ce` FOREIGN KEY (`policybindingmodel_ptr_id`) REFERENCES `authentik_policies_policybindingmodel` (`pbm_uuid`)
);

CREATE TABLE `authentik_flows_stage` (
  `stage_uuid` CHAR(32) NOT NULL,
  `name` LONGTEXT NOT NULL,
  PRIMARY KEY (`stage_uuid`)
);

CREATE TABLE `authentik_flows_flowtoken` (
  `token_ptr_id` CHAR(32) NOT NULL,
  `flow_id` CHAR(32) NOT NULL,
  `_plan` LONGTEXT NOT NULL,
  `revoke_on_execution` TINYINT(1) NOT NULL,
  PRIMARY KEY (`token_ptr_id`),
  CONSTRAINT `fk_e3047c65872a` FOREIGN KEY (`token_ptr_id`) REFERENCES `authentik_core_token` (`token_uuid`),
  CONSTRAINT `fk_e4c82880536e` FOREIGN KEY (`flow_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`)
);

CREATE TABLE `authentik_policies_policybindingmodel` (
  `pbm_uuid` CHAR(32) NOT NULL,
  `policy_engine_mode` LONGTEXT NOT NULL,
  PRIMARY KEY (`pbm_uuid`)
);

CREATE TABLE `authentik_policies_policybinding` (
  `policy_binding_uuid` CHAR(32) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `policy_id` CHAR(32),
  `group_id` CHAR(32),
  `user_id` INT,
  `target_id` CHAR(32) NOT NULL,
  `negate` TINYINT(1) NOT NULL COMMENT 'Negates the outcome of the policy. Messages are unaffected.',
  `timeout` INT UNSIGNED NOT NULL COMMENT 'Timeout after which Policy execution is terminated.',
  `failure_result` TINYINT(1) NOT NULL COMMENT 'Result if the Policy execution fails.',
  `order` INT NOT NULL,
  PRIMARY KEY (`policy_binding_uuid`),
  CONSTRAINT `fk_2afb13eeb8ac` FOREIGN KEY (`group_id`) REFERENCES `authentik_core_group` (`group_uuid`),
  CONSTRAINT `fk_323bebdbe045` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`),
  CONSTRAINT `fk_a7075d8d0658` FOREIGN KEY (`target_id`) REFERENCES `authentik_policies_policybindingmodel` (`pbm_uuid`)
);

CREATE TABLE `authentik_policies_reputation_reputation` (
  `expiring` TINYINT(1) NOT NULL,
  `reputation_uuid` CHAR(32) NOT NULL,
  `identifier` LONGTEXT NOT NULL,
  `ip` CHAR(39) NOT NULL,
  `ip_geo_data` JSON NOT NULL,
  `ip_asn_data` JSON NOT NULL,
  `score` BIGINT NOT NULL,
  `expires` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  PRIMARY KEY (`reputation_uuid`)
);

CREATE TABLE `authentik_stages_consent_userconsent` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `expires` DATETIME(6),
  `expiring` TINYINT(1) NOT NULL,
  `user_id` INT NOT NULL,
  `application_id` CHAR(32) NOT NULL,
  `permissions` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_554dc39f3212` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`),
  CONSTRAINT `fk_ad55f58ec439` FOREIGN KEY (`application_id`) REFERENCES `authentik_core_application` (`policybindingmodel_ptr_id`)
);

CREATE TABLE `authentik_stages_invitation_invitation` (
  `expires` DATETIME(6),
  `expiring` TINYINT(1) NOT NULL,
  `invite_uuid` CHAR(32) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `flow_id` CHAR(32) COMMENT 'When set, only the configured flow can use this invitation.',
  `single_use` TINYINT(1) NOT NULL COMMENT 'When enabled, the invitation will be deleted after usage.',
  `created_by_id` INT NOT NULL,
  `fixed_data` JSON NOT NULL COMMENT 'Optional fixed data to enforce on user enrollment.',
  PRIMARY KEY (`invite_uuid`),
  CONSTRAINT `fk_669452363f59` FOREIGN KEY (`flow_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`),
  CONSTRAINT `fk_87fe939887a7` FOREIGN KEY (`created_by_id`) REFERENCES `authentik_core_user` (`id`)
);

CREATE TABLE `authentik_stages_authenticator_totp_totpdevice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `last_updated` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL COMMENT 'The user that this device belongs to.',
  `name` VARCHAR(64) NOT NULL COMMENT 'The human-readable name of this device.',
  `confirmed` TINYINT(1) NOT NULL COMMENT 'Is this device ready for use?',
  `last_used` DATETIME(6),
  `throttling_failure_timestamp` DATETIME(6) COMMENT 'A timestamp of the last failed verification attempt. Null if last attempt succeeded.',
  `throttling_failure_count` INT UNSIGNED NOT NULL COMMENT 'Number of successive failed attempts.',
  `key` VARCHAR(80) NOT NULL COMMENT 'A hex-encoded secret key of up to 40 bytes.',
  `step` SMALLINT UNSIGNED NOT NULL COMMENT 'The time step in seconds.',
  `t0` BIGINT NOT NULL COMMENT 'The Unix time at which to begin counting steps.',
  `digits` SMALLINT UNSIGNED NOT NULL COMMENT 'The number of digits to expect in a token.',
  `tolerance` SMALLINT UNSIGNED NOT NULL COMMENT 'The number of time steps in the past or future to allow.',
  `drift` SMALLINT NOT NULL COMMENT 'The number of time steps the prover is known to deviate from our clock.',
  `last_t` BIGINT NOT NULL COMMENT 'The t value of the latest verified token. The next token must be at a higher time step.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_0cdf9e55f1a7` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`)
);

CREATE TABLE `authentik_stages_authenticator_static_staticdevice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `last_updated` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL COMMENT 'The user that this device belongs to.',
  `name` VARCHAR(64) NOT NULL COMMENT 'The human-readable name of this device.',
  `confirmed` TINYINT(1) NOT NULL COMMENT 'Is this device ready for use?',
  `last_used` DATETIME(6),
  `throttling_failure_timestamp` DATETIME(6) COMMENT 'A timestamp of the last failed verification attempt. Null if last attempt succeeded.',
  `throttling_failure_count` INT UNSIGNED NOT NULL COMMENT 'Number of successive failed attempts.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_aa739a9dc46e` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`)
);

CREATE TABLE `authentik_stages_authenticator_static_statictoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `device_id` INT NOT NULL,
  `token` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_d6704f093daf` FOREIGN KEY (`device_id`) REFERENCES `authentik_stages_authenticator_static_staticdevice` (`id`)
);

CREATE TABLE `authentik_stages_authenticator_webauthn_webauthndevice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `last_updated` DATETIME(6) NOT NULL,
  `confirmed` TINYINT(1) NOT NULL COMMENT 'Is this device ready for use?',
  `last_used` DATETIME(6),
  `user_id` INT NOT NULL,
  `name` LONGTEXT NOT NULL,
  `credential_id` LONGTEXT NOT NULL,
  `public_key` LONGTEXT NOT NULL,
  `sign_count` INT NOT NULL,
  `rp_id` VARCHAR(253) NOT NULL,
  `created_on` DATETIME(6) NOT NULL,
  `last_t` DATETIME(6) NOT NULL,
  `attestation_certificate_pem` LONGTEXT,
  `attestation_certificate_fingerprint` LONGTEXT,
  `aaguid` LONGTEXT NOT NULL,
  `device_type_id` CHAR(32),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_26c9196ac4c7` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`)
);

CREATE TABLE `authentik_stages_authenticator_sms_smsdevice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `last_updated` DATETIME(6) NOT NULL,
  `name` VARCHAR(64) NOT NULL COMMENT 'The human-readable name of this device.',
  `confirmed` TINYINT(1) NOT NULL COMMENT 'Is this device ready for use?',
  `last_used` DATETIME(6),
  `token` VARCHAR(16),
  `valid_until` DATETIME(6) NOT NULL COMMENT 'The timestamp of the moment of expiry of the saved token.',
  `user_id` INT NOT NULL,
  `stage_id` CHAR(32) NOT NULL,
  `phone_number` LONGTEXT NOT NULL,
  `last_t` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_454934c57190` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`),
  CONSTRAINT `fk_35c87fa63b34` FOREIGN KEY (`stage_id`) REFERENCES `authentik_stages_authenticator_sms_authenticatorsmsstage` (`stage_ptr_id`)
);

CREATE TABLE `authentik_stages_authenticator_sms_authenticatorsmsstage` (
  `stage_ptr_id` CHAR(32) NOT NULL,
  `configure_flow_id` CHAR(32) COMMENT 'Flow used by an authenticated user to configure this Stage. If empty, user will not be able to configure this stage.',
  `friendly_name` LONGTEXT NOT NULL,
  `provider` LONGTEXT NOT NULL,
  `from_number` LONGTEXT NOT NULL,
  `account_sid` LONGTEXT NOT NULL,
  `auth` LONGTEXT NOT NULL,
  `auth_password` LONGTEXT NOT NULL,
  `auth_type` LONGTEXT NOT NULL,
  `verify_only` TINYINT(1) NOT NULL COMMENT 'When enabled, the Phone number is only used during enrollment to verify the users authenticity. Only a hash of the phone number is saved to ensure it is not reused in the future.',
  `mapping_id` CHAR(32) COMMENT 'Optionally modify the payload being sent to custom providers.',
  PRIMARY KEY (`stage_ptr_id`),
  CONSTRAINT `fk_4ebb9914f1ee` FOREIGN KEY (`stage_ptr_id`) REFERENCES `authentik_flows_stage` (`stage_uuid`),
  CONSTRAINT `fk_ff974e9ea00c` FOREIGN KEY (`configure_flow_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`)
);

CREATE TABLE `authentik_stages_authenticator_email_emaildevice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `last_updated` DATETIME(6) NOT NULL,
  `name` VARCHAR(64) NOT NULL COMMENT 'The human-readable name of this device.',
  `confirmed` TINYINT(1) NOT NULL COMMENT 'Is this device ready for use?',
  `token` VARCHAR(16),
  `valid_until` DATETIME(6) NOT NULL COMMENT 'The timestamp of the moment of expiry of the saved token.',
  `user_id` INT NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `stage_id` CHAR(32) NOT NULL,
  `last_used` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_ca4474531eb1` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`)
);

CREATE TABLE `authentik_stages_prompt_prompt` (
  `prompt_uuid` CHAR(32) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `field_key` LONGTEXT NOT NULL COMMENT 'Name of the form field, also used to store the value',
  `label` LONGTEXT NOT NULL,
  `type` VARCHAR(100) NOT NULL,
  `required` TINYINT(1) NOT NULL,
  `placeholder` LONGTEXT NOT NULL COMMENT 'Optionally provide a short hint that describes the expected input value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple choices.',
  `initial_value` LONGTEXT NOT NULL COMMENT 'Optionally pre-fill the input with an initial value. When creating a fixed choice field, enable interpreting as expression and return a list to return multiple default choices.',
  `sub_text` LONGTEXT NOT NULL,
  `order` INT NOT NULL,
  `placeholder_expression` TINYINT(1) NOT NULL,
  `initial_value_expression` TINYINT(1) NOT NULL,
  PRIMARY KEY (`prompt_uuid`)
);

CREATE TABLE `authentik_sources_oauth_oauthsource` (
  `source_ptr_id` CHAR(32) NOT NULL,
  `provider_type` VARCHAR(255) NOT NULL,
  `request_token_url` VARCHAR(255) COMMENT 'URL used to request the initial token. This URL is only required for OAuth 1.',
  `authorization_url` VARCHAR(255) COMMENT 'URL the user is redirect to to conest the flow.',
  `access_token_url` VARCHAR(255) COMMENT 'URL used by authentik to retrieve tokens.',
  `profile_url` VARCHAR(255) COMMENT 'URL used by authentik to get user information.',
  `additional_scopes` LONGTEXT NOT NULL,
  `consumer_key` LONGTEXT NOT NULL,
  `consumer_secret` LONGTEXT NOT NULL,
  `oidc_well_known_url` LONGTEXT NOT NULL,
  `oidc_jwks_url` LONGTEXT NOT NULL,
  `oidc_jwks` JSON NOT NULL,
  `pkce` LONGTEXT NOT NULL,
  `authorization_code_auth_method` LONGTEXT NOT NULL COMMENT 'How to perform authentication during an authorization_code token request flow',
  PRIMARY KEY (`source_ptr_id`),
  CONSTRAINT `fk_eb45d6741195` FOREIGN KEY (`source_ptr_id`) REFERENCES `authentik_core_source` (`policybindingmodel_ptr_id`)
);

CREATE TABLE `authentik_sources_oauth_useroauthsourceconnection` (
  `usersourceconnection_ptr_id` INT NOT NULL,
  `access_token` LONGTEXT,
  `refresh_token` LONGTEXT,
  `expires` DATETIME(6) NOT NULL,
  PRIMARY KEY (`usersourceconnection_ptr_id`),
  CONSTRAINT `fk_e9ae7a6bc646` FOREIGN KEY (`usersourceconnection_ptr_id`) REFERENCES `authentik_core_usersourceconnection` (`id`)
);

CREATE TABLE `authentik_providers_oauth2_oauth2provider` (
  `provider_ptr_id` INT NOT NULL,
  `client_type` VARCHAR(30) NOT NULL COMMENT 'Confidential clients are capable of maintaining the confidentiality of their credentials. Public clients are incapable',
  `client_id` VARCHAR(255) NOT NULL,
  `client_secret` VARCHAR(255) NOT NULL,
  `_redirect_uris` JSON NOT NULL,
  `logout_uri` LONGTEXT NOT NULL,
  `logout_method` LONGTEXT NOT NULL COMMENT 'Backchannel logs out with server to server calls. Frontchannel uses iframes in your browser',
  `include_claims_in_id_token` TINYINT(1) NOT NULL COMMENT 'Include User claims from scopes in the id_token, for applications that don''t access the userinfo endpoint.',
  `access_code_validity` LONGTEXT NOT NULL COMMENT 'Access codes not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).',
  `access_token_validity` LONGTEXT NOT NULL COMMENT 'Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).',
  `refresh_token_validity` LONGTEXT NOT NULL COMMENT 'Tokens not valid on or after current time + this value (Format: hours=1;minutes=2;seconds=3).',
  `refresh_token_threshold` LONGTEXT NOT NULL COMMENT 'When refreshing a token, if the refresh token is valid for less than this duration, it will be renewed. When set to seconds=0, token will always be renewed. (Format: hours=1;minutes=2;seconds=3).',
  `sub_mode` LONGTEXT NOT NULL COMMENT 'Configure what data should be used as unique User Identifier. For most cases, the default should be fine.',
  `issuer_mode` LONGTEXT NOT NULL COMMENT 'Configure how the issuer field of the ID Token should be filled.',
  `signing_key_id` CHAR(32) COMMENT 'Key used to sign the tokens.',
  `encryption_key_id` CHAR(32) COMMENT 'Key used to encrypt the tokens. When set, tokens will be encrypted and returned as JWEs.',
  PRIMARY KEY (`provider_ptr_id`),
  CONSTRAINT `fk_76903270df4a` FOREIGN KEY (`provider_ptr_id`) REFERENCES `authentik_core_provider` (`id`),
  CONSTRAINT `fk_4189c2f3bac5` FOREIGN KEY (`signing_key_id`) REFERENCES `authentik_crypto_certificatekeypair` (`kp_uuid`),
  CONSTRAINT `fk_b98bc751e97a` FOREIGN KEY (`encryption_key_id`) REFERENCES `authentik_crypto_certificatekeypair` (`kp_uuid`)
);

CREATE TABLE `authentik_providers_oauth2_authorizationcode` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `expires` DATETIME(6),
  `expiring` TINYINT(1) NOT NULL,
  `provider_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `revoked` TINYINT(1) NOT NULL,
  `_scope` LONGTEXT NOT NULL,
  `auth_time` DATETIME(6) NOT NULL,
  `session_id` VARCHAR(40),
  `code` VARCHAR(255) NOT NULL,
  `nonce` LONGTEXT,
  `code_challenge` VARCHAR(255),
  `code_challenge_method` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_731a3e62f9f1` FOREIGN KEY (`provider_id`) REFERENCES `authentik_providers_oauth2_oauth2provider` (`provider_ptr_id`),
  CONSTRAINT `fk_c9a3514149f1` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`),
  CONSTRAINT `fk_1e6dcbdbd41d` FOREIGN KEY (`session_id`) REFERENCES `authentik_core_authenticatedsession` (`session_id`)
);

CREATE TABLE `authentik_providers_oauth2_accesstoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `expires` DATETIME(6),
  `expiring` TINYINT(1) NOT NULL,
  `provider_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `revoked` TINYINT(1) NOT NULL,
  `_scope` LONGTEXT NOT NULL,
  `auth_time` DATETIME(6) NOT NULL,
  `session_id` VARCHAR(40),
  `token` LONGTEXT NOT NULL,
  `_id_token` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_40ef5d248432` FOREIGN KEY (`provider_id`) REFERENCES `authentik_providers_oauth2_oauth2provider` (`provider_ptr_id`),
  CONSTRAINT `fk_7261588f7b73` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`),
  CONSTRAINT `fk_e677fbba2f35` FOREIGN KEY (`session_id`) REFERENCES `authentik_core_authenticatedsession` (`session_id`)
);

CREATE TABLE `authentik_providers_oauth2_refreshtoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `expires` DATETIME(6),
  `expiring` TINYINT(1) NOT NULL,
  `provider_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `revoked` TINYINT(1) NOT NULL,
  `_scope` LONGTEXT NOT NULL,
  `auth_time` DATETIME(6) NOT NULL,
  `token` LONGTEXT NOT NULL,
  `_id_token` LONGTEXT NOT NULL,
  `session_id` VARCHAR(40),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_8bf99dba12d8` FOREIGN KEY (`provider_id`) REFERENCES `authentik_providers_oauth2_oauth2provider` (`provider_ptr_id`),
  CONSTRAINT `fk_ebdc1143c27a` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`),
  CONSTRAINT `fk_8fe0c4a49084` FOREIGN KEY (`session_id`) REFERENCES `authentik_core_authenticatedsession` (`session_id`)
);

CREATE TABLE `authentik_providers_oauth2_devicetoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `expires` DATETIME(6),
  `expiring` TINYINT(1) NOT NULL,
  `user_id` INT,
  `provider_id` INT NOT NULL,
  `device_code` LONGTEXT NOT NULL,
  `user_code` LONGTEXT NOT NULL,
  `_scope` LONGTEXT NOT NULL,
  `session_id` VARCHAR(40),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_17317b6db23b` FOREIGN KEY (`user_id`) REFERENCES `authentik_core_user` (`id`),
  CONSTRAINT `fk_bd1ef28a84a5` FOREIGN KEY (`provider_id`) REFERENCES `authentik_providers_oauth2_oauth2provider` (`provider_ptr_id`),
  CONSTRAINT `fk_c83e6eb0c584` FOREIGN KEY (`session_id`) REFERENCES `authentik_core_authenticatedsession` (`session_id`)
);

CREATE TABLE `authentik_rbac_role` (
  `managed` LONGTEXT COMMENT 'Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.',
  `uuid` CHAR(32) NOT NULL,
  `name` LONGTEXT NOT NULL,
  PRIMARY KEY (`uuid`)
);

CREATE TABLE `authentik_brands_brand` (
  `brand_uuid` CHAR(32) NOT NULL,
  `domain` LONGTEXT NOT NULL COMMENT 'Domain that activates this brand. Can be a superset, i.e. `a.b` for `aa.b` and `ba.b`',
  `default` TINYINT(1) NOT NULL,
  `branding_title` LONGTEXT NOT NULL,
  `branding_logo` LONGTEXT NOT NULL,
  `branding_favicon` LONGTEXT NOT NULL,
  `branding_custom_css` LONGTEXT NOT NULL,
  `branding_default_flow_background` LONGTEXT NOT NULL,
  `flow_authentication_id` CHAR(32),
  `flow_invalidation_id` CHAR(32),
  `flow_recovery_id` CHAR(32),
  `flow_unenrollment_id` CHAR(32),
  `flow_user_settings_id` CHAR(32),
  `flow_device_code_id` CHAR(32),
  `default_application_id` CHAR(32) COMMENT 'When set, external users will be redirected to this application after authenticating.',
  `web_certificate_id` CHAR(32) COMMENT 'Web Certificate used by the authentik Core webserver.',
  `attributes` JSON NOT NULL,
  PRIMARY KEY (`brand_uuid`),
  CONSTRAINT `fk_89de959d2728` FOREIGN KEY (`flow_authentication_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`),
  CONSTRAINT `fk_8224d0ed8315` FOREIGN KEY (`flow_invalidation_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`),
  CONSTRAINT `fk_e5d53987b3be` FOREIGN KEY (`flow_recovery_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`),
  CONSTRAINT `fk_93e48a3b541a` FOREIGN KEY (`flow_unenrollment_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`),
  CONSTRAINT `fk_64c7fb48be80` FOREIGN KEY (`flow_user_settings_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`),
  CONSTRAINT `fk_302ae2a0b7e4` FOREIGN KEY (`flow_device_code_id`) REFERENCES `authentik_flows_flow` (`flow_uuid`),
  CONSTRAINT `fk_cdb5fa2dd2cf` FOREIGN KEY (`default_application_id`) REFERENCES `authentik_core_application` (`policybindingmodel_ptr_id`),
  CONSTRAINT `fk_10360e713bad` FOREIGN KEY (`web_certificate_id`) REFERENCES `authentik_crypto_certificatekeypair` (`kp_uuid`)
);

CREATE TABLE `authentik_crypto_certificatekeypair` (
  `created` DATETIME(6) NOT NULL,
  `last_updated` DATETIME(6) NOT NULL,
  `managed` LONGTEXT COMMENT 'Objects that are managed by authentik. These objects are created and updated automatically. This flag only indicates that an object can be overwritten by migrations. You can still modify the objects via the API, but expect changes to be overwritten in a later update.',
  `kp_uuid` CHAR(32) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `certificate_data` LONGTEXT NOT NULL COMMENT 'PEM-encoded Certificate data',
  `key_data` LONGTEXT NOT NULL COMMENT 'Optional Private Key. If this is set, you can use this keypair for encryption.',
  `key_type` VARCHAR(16) COMMENT 'Key algorithm type detected from the certificate''s public key',
  `cert_expiry` DATETIME(6) COMMENT 'Certificate expiry date',
  `cert_subject` LONGTEXT COMMENT 'Certificate subject as RFC4514 string',
  `fingerprint_sha256` VARCHAR(95) COMMENT 'SHA256 fingerprint of the certificate',
  `fingerprint_sha1` VARCHAR(59) COMMENT 'SHA1 fingerprint of the certificate',
  `kid` VARCHAR(128) COMMENT 'Key ID generated from private key',
  PRIMARY KEY (`kp_uuid`)
);

