-- IntelMQ with the CERT-Bund contact database and notification mailer ("intelmq-cb-mailgen", used by CERT-Bund /
-- BSI and other national CERTs): IntelMQ collects and parses threat feeds (Shadowserver and others) into events,
-- the certbund_contact expert looks up the network owner's contacts in the contact database, the certbund_rules
-- expert adds notification directives, the PostgreSQL output writes the events, and intelmq-mailgen sends the
-- aggregated notifications to the constituency's abuse contacts.
-- Upstream (three repositories of one product):
--   github.com/certtools/intelmq, commit d5e3e411705b3bf912f41f94d40176ce1144398e (3.3.2-alpha1), AGPL-3.0:
--     the `events` table as `intelmq_psql_initdb` (intelmq/bin/intelmq_psql_initdb.py) generates it from
--     intelmq/etc/harmonization.conf (identical to upstream's intelmq/tests/bin/initdb.sql); columns in the
--     generator's (alphabetical) order, dotted names kept;
--   github.com/Intevation/intelmq-mailgen, commit 6698aa9928a9253672a4cfa08a863b04a0c46f41, AGPL-3.0:
--     sql/notifications.sql (ticket_day, sent, directives);
--   github.com/Intevation/intelmq-certbund-contact, commit 67c446a4f98b1b51de0bc3e019c113283408a79d, AGPL-3.0:
--     sql/initdb.sql (the contact database, including the 0.9.4 e-mail tags and the 1.0.3 audit log).
-- The three scripts were run in PostgreSQL 15 (the role, owner and GRANT statements of notifications.sql left
-- out) and the resulting catalog written as MySQL by a script: serial -> int/bigint AUTO_INCREMENT, text ->
-- text (varchar(255) where the column is in a key or index), inet -> varchar(45), cidr -> varchar(43),
-- timestamp with time zone -> datetime, real -> float, boolean -> tinyint(1), json/jsonb and TEXT[][] -> json,
-- interval -> varchar(64), the enum type ip_endpoint -> enum; primary keys, unique constraints, plain btree
-- indexes and all foreign keys as in PostgreSQL. Left out: the CHECK (import_source <> '') of the automatic
-- tables, the expression and GiST indexes on cidr bounds and on the aggregate identifier, the partial unique
-- index on default tags, the grouping index of `directives` (it includes the array column), the sequence
-- intelmq_ticket_seq, the view email_annotation, the PL/pgSQL functions and the trigger that fills `directives`.
-- All 30 tables of the two databases are kept.

-- ===== Event database (intelmq-events): IntelMQ events table + intelmq-mailgen notifications =====

CREATE TABLE `events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `classification.identifier` varchar(255) DEFAULT NULL,
  `classification.taxonomy` varchar(100) DEFAULT NULL,
  `classification.type` varchar(255) DEFAULT NULL,
  `comment` text DEFAULT NULL,
  `destination.abuse_contact` text DEFAULT NULL,
  `destination.account` text DEFAULT NULL,
  `destination.allocated` datetime DEFAULT NULL,
  `destination.as_name` text DEFAULT NULL,
  `destination.asn` int DEFAULT NULL,
  `destination.domain_suffix` text DEFAULT NULL,
  `destination.fqdn` text DEFAULT NULL,
  `destination.geolocation.cc` varchar(2) DEFAULT NULL,
  `destination.geolocation.city` text DEFAULT NULL,
  `destination.geolocation.country` text DEFAULT NULL,
  `destination.geolocation.latitude` float DEFAULT NULL,
  `destination.geolocation.longitude` float DEFAULT NULL,
  `destination.geolocation.region` text DEFAULT NULL,
  `destination.geolocation.state` text DEFAULT NULL,
  `destination.ip` varchar(45) DEFAULT NULL,
  `destination.local_hostname` text DEFAULT NULL,
  `destination.local_ip` varchar(45) DEFAULT NULL,
  `destination.network` varchar(45) DEFAULT NULL,
  `destination.port` int DEFAULT NULL,
  `destination.registry` varchar(7) DEFAULT NULL,
  `destination.reverse_dns` text DEFAULT NULL,
  `destination.tor_node` tinyint(1) DEFAULT NULL,
  `destination.url` text DEFAULT NULL,
  `destination.urlpath` text DEFAULT NULL,
  `event_description.target` text DEFAULT NULL,
  `event_description.text` text DEFAULT NULL,
  `event_description.url` text DEFAULT NULL,
  `event_hash` varchar(40) DEFAULT NULL,
  `extra` json DEFAULT NULL,
  `feed.accuracy` float DEFAULT NULL,
  `feed.code` varchar(100) DEFAULT NULL,
  `feed.documentation` text DEFAULT NULL,
  `feed.name` varchar(255) DEFAULT NULL,
  `feed.provider` text DEFAULT NULL,
  `feed.url` text DEFAULT NULL,
  `malware.hash.md5` varchar(200) DEFAULT NULL,
  `malware.hash.sha1` varchar(200) DEFAULT NULL,
  `malware.hash.sha256` varchar(200) DEFAULT NULL,
  `malware.name` text DEFAULT NULL,
  `malware.version` text DEFAULT NULL,
  `misp.attribute_uuid` varchar(36) DEFAULT NULL,
  `misp.event_uuid` varchar(36) DEFAULT NULL,
  `output` json DEFAULT NULL,
  `protocol.application` varchar(100) DEFAULT NULL,
  `protocol.transport` varchar(11) DEFAULT NULL,
  `raw` text DEFAULT NULL,
  `rtir_id` int DEFAULT NULL,
  `screenshot_url` text DEFAULT NULL,
  `source.abuse_contact` varchar(255) DEFAULT NULL,
  `source.account` text DEFAULT NULL,
  `source.allocated` datetime DEFAULT NULL,
  `source.as_name` text DEFAULT NULL,
  `source.asn` int DEFAULT NULL,
  `source.domain_suffix` text DEFAULT NULL,
  `source.fqdn` varchar(255) DEFAULT NULL,
  `source.geolocation.cc` varchar(2) DEFAULT NULL,
  `source.geolocation.city` text DEFAULT NULL,
  `source.geolocation.country` text DEFAULT NULL,
  `source.geolocation.cymru_cc` varchar(2) DEFAULT NULL,
  `source.geolocation.geoip_cc` varchar(2) DEFAULT NULL,
  `source.geolocation.latitude` float DEFAULT NULL,
  `source.geolocation.longitude` float DEFAULT NULL,
  `source.geolocation.region` text DEFAULT NULL,
  `source.geolocation.state` text DEFAULT NULL,
  `source.ip` varchar(45) DEFAULT NULL,
  `source.local_hostname` text DEFAULT NULL,
  `source.local_ip` varchar(45) DEFAULT NULL,
  `source.network` varchar(45) DEFAULT NULL,
  `source.port` int DEFAULT NULL,
  `source.registry` varchar(7) DEFAULT NULL,
  `source.reverse_dns` text DEFAULT NULL,
  `source.tor_node` tinyint(1) DEFAULT NULL,
  `source.url` text DEFAULT NULL,
  `source.urlpath` text DEFAULT NULL,
  `status` text DEFAULT NULL,
  `time.observation` datetime DEFAULT NULL,
  `time.source` datetime DEFAULT NULL,
  `tlp` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_events_classification.identifier` (`classification.identifier`),
  KEY `idx_events_classification.taxonomy` (`classification.taxonomy`),
  KEY `idx_events_classification.type` (`classification.type`),
  KEY `idx_events_feed.code` (`feed.code`),
  KEY `idx_events_feed.name` (`feed.name`),
  KEY `idx_events_source.abuse_contact` (`source.abuse_contact`),
  KEY `idx_events_source.asn` (`source.asn`),
  KEY `idx_events_source.ip` (`source.ip`),
  KEY `idx_events_source.fqdn` (`source.fqdn`),
  KEY `idx_events_time.observation` (`time.observation`),
  KEY `idx_events_time.source` (`time.source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_day` (
  `initialized_for_day` date DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sent` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `intelmq_ticket` varchar(18) NOT NULL,
  `sent_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sent_intelmq_ticket_key` (`intelmq_ticket`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `directives` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `events_id` bigint NOT NULL,
  `sent_id` bigint DEFAULT NULL,
  `medium` varchar(100) NOT NULL,
  `recipient_address` varchar(100) NOT NULL,
  `template_name` varchar(100) NOT NULL,
  `notification_format` varchar(100) NOT NULL,
  `event_data_format` varchar(100) NOT NULL,
  `aggregate_identifier` json DEFAULT NULL,
  `notification_interval` varchar(64) NOT NULL,
  `endpoint` enum('source','destination') NOT NULL,
  `inserted_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `directives_events_id_idx` (`events_id`),
  KEY `directives_sent_id_idx` (`sent_id`),
  CONSTRAINT `directives_events_id_fkey` FOREIGN KEY (`events_id`) REFERENCES `events` (`id`) ON DELETE CASCADE,
  CONSTRAINT `directives_sent_id_fkey` FOREIGN KEY (`sent_id`) REFERENCES `sent` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ===== Contact database (contactdb): intelmq-certbund-contact =====

CREATE TABLE `sector` (
  `sector_id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`sector_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation` (
  `organisation_id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(500) NOT NULL,
  `sector_id` int DEFAULT NULL,
  `comment` text NOT NULL DEFAULT '',
  `ripe_org_hdl` varchar(100) NOT NULL DEFAULT '',
  `ti_handle` varchar(500) NOT NULL DEFAULT '',
  `first_handle` varchar(500) NOT NULL DEFAULT '',
  PRIMARY KEY (`organisation_id`),
  CONSTRAINT `organisation_sector_id_fkey` FOREIGN KEY (`sector_id`) REFERENCES `sector` (`sector_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_automatic` (
  `organisation_automatic_id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(500) NOT NULL,
  `sector_id` int DEFAULT NULL,
  `comment` text NOT NULL DEFAULT '',
  `ripe_org_hdl` varchar(100) NOT NULL DEFAULT '',
  `ti_handle` varchar(500) NOT NULL DEFAULT '',
  `first_handle` varchar(500) NOT NULL DEFAULT '',
  `import_source` varchar(500) NOT NULL,
  `import_time` datetime NOT NULL,
  PRIMARY KEY (`organisation_automatic_id`),
  CONSTRAINT `organisation_automatic_sector_id_fkey` FOREIGN KEY (`sector_id`) REFERENCES `sector` (`sector_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_annotation` (
  `organisation_annotation_id` int NOT NULL AUTO_INCREMENT,
  `organisation_id` int NOT NULL,
  `annotation` json NOT NULL,
  PRIMARY KEY (`organisation_annotation_id`),
  KEY `organisation_annotation_organisation_idx` (`organisation_id`),
  CONSTRAINT `organisation_annotation_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact` (
  `contact_id` int NOT NULL AUTO_INCREMENT,
  `firstname` varchar(500) NOT NULL DEFAULT '',
  `lastname` varchar(500) NOT NULL DEFAULT '',
  `tel` varchar(500) NOT NULL DEFAULT '',
  `openpgp_fpr` varchar(128) NOT NULL DEFAULT '',
  `email` varchar(100) NOT NULL,
  `comment` text NOT NULL DEFAULT '',
  `organisation_id` int NOT NULL,
  PRIMARY KEY (`contact_id`),
  KEY `contact_organisation_idx` (`organisation_id`),
  CONSTRAINT `contact_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_automatic` (
  `contact_automatic_id` int NOT NULL AUTO_INCREMENT,
  `firstname` varchar(500) NOT NULL DEFAULT '',
  `lastname` varchar(500) NOT NULL DEFAULT '',
  `tel` varchar(500) NOT NULL DEFAULT '',
  `openpgp_fpr` varchar(128) NOT NULL DEFAULT '',
  `email` varchar(100) NOT NULL,
  `comment` text NOT NULL DEFAULT '',
  `import_source` varchar(500) NOT NULL,
  `import_time` datetime NOT NULL,
  `organisation_automatic_id` int NOT NULL,
  PRIMARY KEY (`contact_automatic_id`),
  KEY `contact_automatic_organisation_idx` (`organisation_automatic_id`),
  CONSTRAINT `contact_automatic_organisation_automatic_id_fkey` FOREIGN KEY (`organisation_automatic_id`) REFERENCES `organisation_automatic` (`organisation_automatic_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `autonomous_system_annotation` (
  `autonomous_system_annotation_id` int NOT NULL AUTO_INCREMENT,
  `asn` bigint NOT NULL,
  `annotation` json NOT NULL,
  PRIMARY KEY (`autonomous_system_annotation_id`),
  KEY `autonomous_system_annotation_asn_idx` (`asn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `network` (
  `network_id` int NOT NULL AUTO_INCREMENT,
  `address` varchar(43) NOT NULL,
  `comment` text NOT NULL DEFAULT '',
  PRIMARY KEY (`network_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `network_automatic` (
  `network_automatic_id` int NOT NULL AUTO_INCREMENT,
  `address` varchar(43) NOT NULL,
  `comment` text NOT NULL DEFAULT '',
  `import_source` varchar(500) NOT NULL,
  `import_time` datetime NOT NULL,
  PRIMARY KEY (`network_automatic_id`),
  UNIQUE KEY `network_automatic_address_import_source_key` (`address`, `import_source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `network_annotation` (
  `network_annotation_id` int NOT NULL AUTO_INCREMENT,
  `network_id` int NOT NULL,
  `annotation` json NOT NULL,
  PRIMARY KEY (`network_annotation_id`),
  KEY `network_annotation_network_idx` (`network_id`),
  CONSTRAINT `network_annotation_network_id_fkey` FOREIGN KEY (`network_id`) REFERENCES `network` (`network_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fqdn` (
  `fqdn_id` int NOT NULL AUTO_INCREMENT,
  `fqdn` varchar(255) NOT NULL,
  `comment` text NOT NULL DEFAULT '',
  PRIMARY KEY (`fqdn_id`),
  KEY `fqdn_fqdn_idx` (`fqdn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fqdn_automatic` (
  `fqdn_automatic_id` int NOT NULL AUTO_INCREMENT,
  `fqdn` varchar(255) NOT NULL,
  `comment` text NOT NULL DEFAULT '',
  `import_source` varchar(500) NOT NULL,
  `import_time` datetime NOT NULL,
  PRIMARY KEY (`fqdn_automatic_id`),
  UNIQUE KEY `fqdn_automatic_fqdn_import_source_key` (`fqdn`, `import_source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fqdn_annotation` (
  `fqdn_annotation_id` int NOT NULL AUTO_INCREMENT,
  `fqdn_id` int NOT NULL,
  `annotation` json NOT NULL,
  PRIMARY KEY (`fqdn_annotation_id`),
  KEY `fqdn_annotation_fqdn_idx` (`fqdn_id`),
  CONSTRAINT `fqdn_annotation_fqdn_id_fkey` FOREIGN KEY (`fqdn_id`) REFERENCES `fqdn` (`fqdn_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `national_cert` (
  `national_cert_id` int NOT NULL AUTO_INCREMENT,
  `country_code` char(2) NOT NULL,
  `comment` text NOT NULL DEFAULT '',
  `organisation_id` int NOT NULL,
  PRIMARY KEY (`national_cert_id`),
  KEY `national_cert_country_code_idx` (`country_code`),
  CONSTRAINT `national_cert_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `national_cert_automatic` (
  `national_cert_automatic_id` int NOT NULL AUTO_INCREMENT,
  `country_code` char(2) NOT NULL,
  `comment` text NOT NULL DEFAULT '',
  `organisation_automatic_id` int NOT NULL,
  `import_source` varchar(500) NOT NULL,
  `import_time` datetime NOT NULL,
  PRIMARY KEY (`national_cert_automatic_id`),
  KEY `national_cert_automatic_country_code_idx` (`country_code`),
  CONSTRAINT `national_cert_automatic_organisation_automatic_id_fkey` FOREIGN KEY (`organisation_automatic_id`) REFERENCES `organisation_automatic` (`organisation_automatic_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_to_asn` (
  `organisation_id` int NOT NULL,
  `asn` bigint NOT NULL,
  PRIMARY KEY (`organisation_id`, `asn`),
  KEY `organisation_to_asn_asn_idx` (`asn`),
  CONSTRAINT `organisation_to_asn_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`organisation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_to_asn_automatic` (
  `organisation_automatic_id` int NOT NULL,
  `asn` bigint NOT NULL,
  `import_source` varchar(500) NOT NULL,
  `import_time` datetime NOT NULL,
  PRIMARY KEY (`organisation_automatic_id`, `asn`),
  KEY `organisation_to_asn_automatic_asn_idx` (`asn`),
  CONSTRAINT `organisation_to_asn_automatic_organisation_automatic_id_fkey` FOREIGN KEY (`organisation_automatic_id`) REFERENCES `organisation_automatic` (`organisation_automatic_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_to_network` (
  `organisation_id` int NOT NULL,
  `network_id` int NOT NULL,
  PRIMARY KEY (`organisation_id`, `network_id`),
  CONSTRAINT `organisation_to_network_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `organisation_to_network_network_id_fkey` FOREIGN KEY (`network_id`) REFERENCES `network` (`network_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_to_network_automatic` (
  `organisation_automatic_id` int NOT NULL,
  `network_automatic_id` int NOT NULL,
  `import_source` varchar(500) NOT NULL,
  `import_time` datetime NOT NULL,
  PRIMARY KEY (`organisation_automatic_id`, `network_automatic_id`),
  CONSTRAINT `organisation_to_network_automati_organisation_automatic_id_fkey` FOREIGN KEY (`organisation_automatic_id`) REFERENCES `organisation_automatic` (`organisation_automatic_id`),
  CONSTRAINT `organisation_to_network_automatic_network_automatic_id_fkey` FOREIGN KEY (`network_automatic_id`) REFERENCES `network_automatic` (`network_automatic_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_to_fqdn` (
  `organisation_id` int NOT NULL,
  `fqdn_id` int NOT NULL,
  PRIMARY KEY (`organisation_id`, `fqdn_id`),
  CONSTRAINT `organisation_to_fqdn_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisation` (`organisation_id`),
  CONSTRAINT `organisation_to_fqdn_fqdn_id_fkey` FOREIGN KEY (`fqdn_id`) REFERENCES `fqdn` (`fqdn_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisation_to_fqdn_automatic` (
  `organisation_automatic_id` int NOT NULL,
  `fqdn_automatic_id` int NOT NULL,
  `import_source` varchar(500) NOT NULL,
  `import_time` datetime NOT NULL,
  PRIMARY KEY (`organisation_automatic_id`, `fqdn_automatic_id`),
  CONSTRAINT `organisation_to_fqdn_automatic_organisation_automatic_id_fkey` FOREIGN KEY (`organisation_automatic_id`) REFERENCES `organisation_automatic` (`organisation_automatic_id`),
  CONSTRAINT `organisation_to_fqdn_automatic_fqdn_automatic_id_fkey` FOREIGN KEY (`fqdn_automatic_id`) REFERENCES `fqdn_automatic` (`fqdn_automatic_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_status` (
  `email` varchar(100) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `added` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_name` (
  `tag_name_id` int NOT NULL AUTO_INCREMENT,
  `tag_name` varchar(255) NOT NULL,
  `tag_name_order` int NOT NULL,
  PRIMARY KEY (`tag_name_id`),
  UNIQUE KEY `tag_name_tag_name_key` (`tag_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag` (
  `tag_id` int NOT NULL AUTO_INCREMENT,
  `tag_name_id` int NOT NULL,
  `tag_value` varchar(255) NOT NULL,
  `tag_description` text NOT NULL,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`tag_id`),
  UNIQUE KEY `tag_tag_name_id_tag_value_key` (`tag_name_id`, `tag_value`),
  CONSTRAINT `tag_tag_name_id_fkey` FOREIGN KEY (`tag_name_id`) REFERENCES `tag_name` (`tag_name_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_tag` (
  `email` varchar(100) NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`email`, `tag_id`),
  KEY `email_tag_email_idx` (`email`),
  CONSTRAINT `email_tag_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`tag_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log` (
  `log_id` int NOT NULL AUTO_INCREMENT,
  `time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `table` varchar(50) NOT NULL,
  `user` text NOT NULL,
  `operation` varchar(20) NOT NULL,
  `object_type` text NOT NULL,
  `object_value` text NOT NULL,
  `before` json DEFAULT NULL,
  `after` json DEFAULT NULL,
  PRIMARY KEY (`log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
