-- Red Dog (NIC México's open-source RDAP server: domains, name servers, entities with their vCards, IP networks and
-- autonomous systems, RDAP users and roles, contacts' disclosure consent), reference database of its SQL provider,
-- github.com/NICMx/rdap-sql-provider src/test/resources/META-INF/sql/Database.sql (MySQL Workbench model 1.5.0, the
-- reference schema upstream keeps current since its copy in src/main was removed in a1828a6) at commit
-- 4460ec284ddd5a8796218ce34faa57868ee80d06 (2020-10-14; the file last changed in 979e7d7ccfbf0d2cb3b747741598d5c76c0070a7,
-- "Add user consent to show his info") (Apache-2.0).
-- Upstream's own MySQL DDL: all 71 tables, with the `rdap`. schema prefix, DROP TABLE and SET statements removed;
-- column definitions, keys and comments unchanged, in upstream's order. Left out: the seed INSERTs (catalogues of
-- country codes, roles, statuses, event actions, relations).


CREATE TABLE `entity` (
  `ent_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Entity\'s unique id',
  `ent_handle` VARCHAR(100) NULL COMMENT 'A RIR/DNR unique identifier of the entity registration',
  `ent_port43` VARCHAR(254) NULL COMMENT 'A string containing the fully qualified host name or IP address of the WHOIS server where the entity instance may be found',
  PRIMARY KEY (`ent_id`),
  UNIQUE INDEX `id_UNIQUE` (`ent_id` ASC),
  UNIQUE INDEX `handle_UNIQUE` (`ent_handle` ASC))
ENGINE = InnoDB
COMMENT = 'This table contains the information of organizations, corporations, governments, non-profits, clubs, individual persons, and informal groups of people.';

CREATE TABLE `vcard` (
  `vca_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Vcard\'s id',
  `vca_name` VARCHAR(100) NULL COMMENT 'Contact\'s name',
  `vca_company_name` VARCHAR(255) NULL COMMENT 'Contact\'s company name',
  `vca_company_url` VARCHAR(255) NULL COMMENT 'Contact\'s url',
  `vca_email` VARCHAR(200) NULL COMMENT 'Contact\'s email',
  `vca_voice` VARCHAR(50) NULL COMMENT 'Contact\'s telephone',
  `vca_cellphone` VARCHAR(50) NULL COMMENT 'Contact\'s cellphone',
  `vca_fax` VARCHAR(50) NULL COMMENT 'Contact\'s fax',
  `vca_job_title` VARCHAR(200) NULL COMMENT 'Contact\'s job title',
  PRIMARY KEY (`vca_id`),
  UNIQUE INDEX `vca_id_UNIQUE` (`vca_id` ASC))
ENGINE = InnoDB
COMMENT = 'This table contains the entities VCards.';

CREATE TABLE `vcard_contact_uri` (
  `vcu_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Contact URI\'s id',
  `vca_id` BIGINT NOT NULL COMMENT 'Vcard\'s id',
  `vcu_order` INT UNSIGNED NOT NULL COMMENT 'Order of contact',
  `vcu_uri` VARCHAR(255) NOT NULL COMMENT 'Contact URI',
  PRIMARY KEY (`vcu_id`, `vca_id`),
  INDEX `fk_vcard_contact_uri_vcard1_idx` (`vca_id` ASC),
  CONSTRAINT `fk_vcard_contact_uri_1`
    FOREIGN KEY (`vca_id`)
    REFERENCES `vcard` (`vca_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the VCard Contact URI information.';

CREATE TABLE `remark` (
  `rem_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Remark\'s id',
  `rem_title` VARCHAR(255) NULL COMMENT 'Remark\'s title',
  `rem_type` VARCHAR(255) NULL COMMENT 'Remark\'s type',
  `rem_lang` VARCHAR(255) NULL COMMENT 'Remark\'s language',
  PRIMARY KEY (`rem_id`),
  UNIQUE INDEX `rem_id_UNIQUE` (`rem_id` ASC))
ENGINE = InnoDB
COMMENT = 'This table contains the information about the Remarks that denote information about an object.';

CREATE TABLE `link` (
  `lin_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Link\'s id',
  `lin_value` VARCHAR(45) NULL COMMENT 'Link\'s value',
  `lin_rel` VARCHAR(45) NULL COMMENT 'Link\'s rel attribute',
  `lin_href` VARCHAR(45) NOT NULL COMMENT 'Link\'s href attribute',
  `lin_title` VARCHAR(45) NULL COMMENT 'Link\'s title',
  `lin_media` VARCHAR(45) NULL COMMENT 'Link\'s media attribute',
  `lin_type` VARCHAR(45) NULL COMMENT 'Link\'s type',
  PRIMARY KEY (`lin_id`),
  UNIQUE INDEX `lin_id_UNIQUE` (`lin_id` ASC))
ENGINE = InnoDB
COMMENT = 'This table contains the information about links.';

CREATE TABLE `event_action` (
  `eac_id` SMALLINT NOT NULL COMMENT 'Event action\'s id',
  `eac_name` VARCHAR(100) NULL COMMENT 'Event action\'s name',
  PRIMARY KEY (`eac_id`),
  UNIQUE INDEX `eac_id_UNIQUE` (`eac_id` ASC))
ENGINE = InnoDB
COMMENT = 'This table contains the catalog of Events Actions.';

CREATE TABLE `event` (
  `eve_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Event\'s id',
  `eac_id` SMALLINT NOT NULL COMMENT 'Event action\'s id',
  `eve_actor` VARCHAR(45) NULL COMMENT 'Event actor',
  `eve_date` DATETIME NULL COMMENT 'Event date',
  PRIMARY KEY (`eve_id`),
  UNIQUE INDEX `eve_id_UNIQUE` (`eve_id` ASC),
  INDEX `fk_event_event_action1_idx` (`eac_id` ASC),
  CONSTRAINT `fk_event_event_action1`
    FOREIGN KEY (`eac_id`)
    REFERENCES `event_action` (`eac_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the information about events that have occurred on an object instance.';

CREATE TABLE `roles` (
  `rol_id` TINYINT NOT NULL COMMENT 'Role\'s id',
  `rol_name` VARCHAR(100) NULL COMMENT 'Role\'s name',
  PRIMARY KEY (`rol_id`))
ENGINE = InnoDB
COMMENT = 'This table contains the catalog of Roles that an entity could have.';

CREATE TABLE `zone` (
  `zone_id` SMALLINT NOT NULL AUTO_INCREMENT COMMENT 'Zone\'s id',
  `zone_name` VARCHAR(254) NOT NULL COMMENT 'Zone\'s name',
  PRIMARY KEY (`zone_id`),
  UNIQUE INDEX `ZONE_ID_UNIQUE` (`zone_id` ASC),
  UNIQUE INDEX `zone_name_UNIQUE` (`zone_name` ASC))
ENGINE = InnoDB
COMMENT = 'This table contains the zones managed by the RDAP server owner.';

CREATE TABLE `domain` (
  `dom_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Domain\'s unique id',
  `dom_handle` VARCHAR(255) NULL COMMENT 'A RIR/DNR unique identifier of the domain registration',
  `dom_unicode_name` VARCHAR(255) NULL COMMENT 'A string containing a domain name in Unicode' COLLATE utf8_bin,
  `dom_port43` VARCHAR(254) NULL COMMENT 'A string containing the fully qualified host name or IP address of the WHOIS server where the domain instance may be found',
  `zone_id` SMALLINT NOT NULL COMMENT 'Zone\'s id',
  PRIMARY KEY (`dom_id`, `zone_id`),
  INDEX `fk_DOMAIN_ZONE1_idx` (`zone_id` ASC),
  UNIQUE INDEX `dom_id_UNIQUE` (`dom_id` ASC),
  UNIQUE INDEX `dom_handle_UNIQUE` (`dom_handle` ASC),
  CONSTRAINT `fk_DOMAIN_ZONE1`
    FOREIGN KEY (`zone_id`)
    REFERENCES `zone` (`zone_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the information about the domain registration.';

CREATE TABLE `domain_entity_roles` (
  `dom_id` BIGINT NOT NULL COMMENT 'Domain\'s id',
  `ent_id` BIGINT NOT NULL COMMENT 'Entity\'s id',
  `rol_id` TINYINT NOT NULL COMMENT 'Role\'s id',
  PRIMARY KEY (`dom_id`, `ent_id`, `rol_id`),
  INDEX `fk_entity_roles_roles1_idx` (`rol_id` ASC),
  INDEX `fk_entity_roles_entity1_idx` (`ent_id` ASC),
  INDEX `fk_domain_entity_roles_domain1_idx` (`dom_id` ASC),
  UNIQUE INDEX `ux_domain_role_unique` (`dom_id` ASC, `rol_id` ASC),
  CONSTRAINT `fk_entity_roles_roles1`
    FOREIGN KEY (`rol_id`)
    REFERENCES `roles` (`rol_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_entity_roles_entity1`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_domain_entity_roles_domain1`
    FOREIGN KEY (`dom_id`)
    REFERENCES `domain` (`dom_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the role that an Entity has in relation to a Domain.';

CREATE TABLE `remark_description` (
  `rde_order` MEDIUMINT NOT NULL COMMENT 'Placement of the description at the Remark',
  `rem_id` BIGINT NOT NULL COMMENT 'Remark\'s id',
  `rde_description` VARCHAR(255) NOT NULL COMMENT 'Remark\'s description',
  PRIMARY KEY (`rde_order`, `rem_id`),
  CONSTRAINT `fk_REMARK_DESCRIPTION_REMARK1`
    FOREIGN KEY (`rem_id`)
    REFERENCES `remark` (`rem_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB;

CREATE TABLE `entity_remarks` (
  `ent_id` BIGINT NOT NULL COMMENT 'Entity\'s id',
  `rem_id` BIGINT NOT NULL COMMENT 'Remark\'s id',
  PRIMARY KEY (`ent_id`, `rem_id`),
  INDEX `fk_entity_remarks_remark1_idx` (`rem_id` ASC),
  UNIQUE INDEX `rem_id_UNIQUE` (`rem_id` ASC),
  CONSTRAINT `fk_ENTITY_REMARKS_ENTITY1`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_entity_remarks_remark1`
    FOREIGN KEY (`rem_id`)
    REFERENCES `remark` (`rem_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an Entity and its remarks.';

CREATE TABLE `status` (
  `sta_id` SMALLINT NOT NULL COMMENT 'Status\'s id',
  `sta_name` VARCHAR(100) NULL COMMENT 'Status\'s name.',
  PRIMARY KEY (`sta_id`),
  UNIQUE INDEX `sta_id_UNIQUE` (`sta_id` ASC))
ENGINE = InnoDB
COMMENT = 'This table contains the Status catalog.';

CREATE TABLE `entity_status` (
  `ent_id` BIGINT NOT NULL COMMENT 'Entity\'s id',
  `sta_id` SMALLINT NOT NULL COMMENT 'Status\'s id',
  PRIMARY KEY (`ent_id`, `sta_id`),
  INDEX `fk_entity_status_status1_idx` (`sta_id` ASC),
  INDEX `fk_entity_status_entity1_idx` (`ent_id` ASC),
  CONSTRAINT `fk_entity_status_status1`
    FOREIGN KEY (`sta_id`)
    REFERENCES `status` (`sta_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_entity_status_entity1`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an Entity and its status.';

CREATE TABLE `entity_events` (
  `ent_id` BIGINT NOT NULL COMMENT 'Entity\'s id',
  `eve_id` BIGINT NOT NULL COMMENT 'Event\'s id',
  PRIMARY KEY (`ent_id`, `eve_id`),
  INDEX `fk_entity_events_event1_idx` (`eve_id` ASC),
  UNIQUE INDEX `eve_id_UNIQUE` (`eve_id` ASC),
  CONSTRAINT `fk_ENTITY_EVENT_ENTITY1`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_entity_events_event1`
    FOREIGN KEY (`eve_id`)
    REFERENCES `event` (`eve_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an Entity and its events.';

CREATE TABLE `entity_links` (
  `ent_id` BIGINT NOT NULL COMMENT 'Entity\'s id',
  `lin_id` BIGINT NOT NULL COMMENT 'Link\'s id',
  PRIMARY KEY (`ent_id`, `lin_id`),
  INDEX `fk_entity_links_link1_idx` (`lin_id` ASC),
  UNIQUE INDEX `lin_id_UNIQUE` (`lin_id` ASC),
  CONSTRAINT `fk_ENTITY_LINK_ENTITY1`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_entity_links_link1`
    FOREIGN KEY (`lin_id`)
    REFERENCES `link` (`lin_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an Entity and its links.';

CREATE TABLE `country_code` (
  `ccd_id` SMALLINT UNSIGNED NOT NULL COMMENT 'Country code\'s id',
  `ccd_code` VARCHAR(2) NOT NULL COMMENT 'The two-character country code',
  PRIMARY KEY (`ccd_id`),
  UNIQUE INDEX `ccd_id_UNIQUE` (`ccd_id` ASC))
ENGINE = InnoDB
COMMENT = 'This table contains the catalog of the two-character country code.\n';

CREATE TABLE `autonomous_system_number` (
  `asn_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'ASN\'s unique id',
  `asn_handle` VARCHAR(100) NOT NULL COMMENT 'A RIR unique identifier of the autnum registration',
  `asn_start_autnum` BIGINT NOT NULL COMMENT 'A number representing the starting number in the block of Autonomous System numbers',
  `asn_end_autnum` BIGINT NOT NULL COMMENT 'A number representing the ending number in the block of Autonomous System numbers',
  `asn_name` VARCHAR(200) NULL DEFAULT NULL COMMENT 'An identifier assigned to the autnum registration by the registration holder',
  `asn_type` VARCHAR(200) NULL DEFAULT NULL COMMENT 'A string containing a RIR specific classification of the autnum',
  `asn_port43` VARCHAR(254) NULL DEFAULT NULL COMMENT 'A string containing the fully qualified host name or IP addres of the WHOIS server where the ASN instance may be found',
  `ccd_id` SMALLINT UNSIGNED NOT NULL COMMENT 'Country code id',
  PRIMARY KEY (`asn_id`, `ccd_id`),
  UNIQUE INDEX `asn_handle_UNIQUE` (`asn_handle` ASC),
  UNIQUE INDEX `asn_id_UNIQUE` (`asn_id` ASC),
  INDEX `fk_autonomous_system_number_country_code1_idx` (`ccd_id` ASC),
  CONSTRAINT `fk_autonomous_system_number_country_code1`
    FOREIGN KEY (`ccd_id`)
    REFERENCES `country_code` (`ccd_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the information of the Autonomous system numbers (ASN).\n';

CREATE TABLE `asn_entity_roles` (
  `asn_id` BIGINT NOT NULL COMMENT 'ASN\'s id',
  `ent_id` BIGINT NOT NULL COMMENT 'Entity\'s id',
  `rol_id` TINYINT NOT NULL COMMENT 'Role\'s id',
  PRIMARY KEY (`asn_id`, `ent_id`, `rol_id`),
  INDEX `fk_ENTITY_AUTNUMS_autonomous_system_number1_idx` (`asn_id` ASC),
  INDEX `fk_asn_entity_roles_roles1_idx` (`rol_id` ASC),
  CONSTRAINT `fk_ENTITY_AUTNUMS_ENTITY1`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ENTITY_AUTNUMS_autonomous_system_number1`
    FOREIGN KEY (`asn_id`)
    REFERENCES `autonomous_system_number` (`asn_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_asn_entity_roles_roles1`
    FOREIGN KEY (`rol_id`)
    REFERENCES `roles` (`rol_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the role that an Entity has in relation to an ASN.\n';

CREATE TABLE `nameserver` (
  `nse_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Nameserver\'s id',
  `nse_handle` VARCHAR(100) NULL COMMENT 'A RIR/DNR unique identifier of the nameserver registration',
  `nse_unicode_name` VARCHAR(255) NULL COMMENT 'A string containing a nameserver name in Unicode' COLLATE utf8_bin,
  `nse_port43` VARCHAR(254) NULL DEFAULT NULL COMMENT 'A string containing the fully qualified host name or IP address of the WHOIS server where the nameserver instance may be found',
  PRIMARY KEY (`nse_id`),
  UNIQUE INDEX `nse_handle_UNIQUE` (`nse_handle` ASC),
  UNIQUE INDEX `nse_id_UNIQUE` (`nse_id` ASC))
ENGINE = InnoDB
COMMENT = 'This table contains information regarding DNS nameservers used in both forward and reverse DNS.';

CREATE TABLE `domain_nameservers` (
  `dom_id` BIGINT NOT NULL COMMENT 'Domain\'s id',
  `nse_id` BIGINT NOT NULL COMMENT 'Nameserver\'s id',
  PRIMARY KEY (`dom_id`, `nse_id`),
  INDEX `fk_DOMAIN_NAMESERVERS_nameserver1_idx` (`nse_id` ASC),
  CONSTRAINT `fk_DOMAIN_NAMESERVERS_DOMAIN1`
    FOREIGN KEY (`dom_id`)
    REFERENCES `domain` (`dom_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_DOMAIN_NAMESERVERS_nameserver1`
    FOREIGN KEY (`nse_id`)
    REFERENCES `nameserver` (`nse_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a Domain and its nameservers.';

CREATE TABLE `secure_dns` (
  `sdns_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Secure dns\'s id',
  `sdns_zone_signed` TINYINT(1) NOT NULL COMMENT 'Flag to show if the zone has been signed (1=true, 0=false)',
  `sdns_delegation_signed` TINYINT(1) NOT NULL COMMENT 'Flag to show if there are DS records in the parent (1=true, 0=false)',
  `sdns_max_sig_life` INT NULL COMMENT 'An integer representing the signature lifetime in seconds to be used when creating the RRSIG DS record in the parent zone',
  `dom_id` BIGINT NOT NULL COMMENT 'Domain\'s id',
  PRIMARY KEY (`sdns_id`),
  INDEX `fk_SECURE_DNS_DOMAIN1_idx` (`dom_id` ASC),
  UNIQUE INDEX `sdns_id_UNIQUE` (`sdns_id` ASC),
  CONSTRAINT `fk_SECURE_DNS_DOMAIN1`
    FOREIGN KEY (`dom_id`)
    REFERENCES `domain` (`dom_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the information about a domain Secure DNS.';

CREATE TABLE `ds_data` (
  `dsd_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Ds data\'s id',
  `sdns_id` BIGINT NOT NULL COMMENT 'Secure DNS\'s id',
  `dsd_keytag` INT NOT NULL COMMENT 'An integer as specified by the key tag field of a DNS DS record',
  `dsd_algorithm` INT NOT NULL COMMENT 'An integer as specified by the algorithm field of a DNS DS record',
  `dsd_digest` VARCHAR(255) NOT NULL COMMENT 'A string as specified by the digest field of a DNS DS record',
  `dsd_digest_type` INT NOT NULL COMMENT 'An integer as specified by the digest type field of a DNS DS record',
  PRIMARY KEY (`dsd_id`, `sdns_id`),
  INDEX `fk_ds_data_secure_dns1_idx` (`sdns_id` ASC),
  UNIQUE INDEX `dsd_id_UNIQUE` (`dsd_id` ASC),
  CONSTRAINT `fk_ds_data_secure_dns1`
    FOREIGN KEY (`sdns_id`)
    REFERENCES `secure_dns` (`sdns_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the information of a secure DNS DS record.';

CREATE TABLE `domain_status` (
  `dom_id` BIGINT NOT NULL COMMENT 'Domain\'s id',
  `sta_id` SMALLINT NOT NULL COMMENT 'Status\'s id',
  PRIMARY KEY (`dom_id`, `sta_id`),
  INDEX `fk_domain_status_status1_idx` (`sta_id` ASC),
  CONSTRAINT `fk_DOMAIN_STATUS_DOMAIN1`
    FOREIGN KEY (`dom_id`)
    REFERENCES `domain` (`dom_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_domain_status_status1`
    FOREIGN KEY (`sta_id`)
    REFERENCES `status` (`sta_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a Domain and its status.';

CREATE TABLE `domain_remarks` (
  `dom_id` BIGINT NOT NULL COMMENT 'Domain\'s id',
  `rem_id` BIGINT NOT NULL COMMENT 'Remark\'s id',
  PRIMARY KEY (`dom_id`, `rem_id`),
  INDEX `fk_domain_remarks_remark1_idx` (`rem_id` ASC),
  UNIQUE INDEX `rem_id_UNIQUE` (`rem_id` ASC),
  CONSTRAINT `fk_DOMAIN_REMARKS_DOMAIN1`
    FOREIGN KEY (`dom_id`)
    REFERENCES `domain` (`dom_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_domain_remarks_remark1`
    FOREIGN KEY (`rem_id`)
    REFERENCES `remark` (`rem_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a Domain and its remarks.';

CREATE TABLE `domain_links` (
  `dom_id` BIGINT NOT NULL COMMENT 'Domain\'s id',
  `lin_id` BIGINT NOT NULL COMMENT 'Link\'s id',
  PRIMARY KEY (`dom_id`, `lin_id`),
  INDEX `fk_domain_links_link1_idx` (`lin_id` ASC),
  UNIQUE INDEX `lin_id_UNIQUE` (`lin_id` ASC),
  CONSTRAINT `fk_DOMAIN_LINKS_DOMAIN1`
    FOREIGN KEY (`dom_id`)
    REFERENCES `domain` (`dom_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_domain_links_link1`
    FOREIGN KEY (`lin_id`)
    REFERENCES `link` (`lin_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a Domain and its links.\n';

CREATE TABLE `domain_events` (
  `dom_id` BIGINT NOT NULL COMMENT 'Domain\'s id',
  `eve_id` BIGINT NOT NULL COMMENT 'Event\'s id',
  PRIMARY KEY (`dom_id`, `eve_id`),
  INDEX `fk_domain_events_event1_idx` (`eve_id` ASC),
  UNIQUE INDEX `eve_id_UNIQUE` (`eve_id` ASC),
  CONSTRAINT `fk_DOMAIN_EVENTS_DOMAIN1`
    FOREIGN KEY (`dom_id`)
    REFERENCES `domain` (`dom_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_domain_events_event1`
    FOREIGN KEY (`eve_id`)
    REFERENCES `event` (`eve_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a Domain and its events.';

CREATE TABLE `ip_version` (
  `ive_id` TINYINT UNSIGNED NOT NULL COMMENT 'IP version\'s id',
  `ive_name` VARCHAR(2) NOT NULL COMMENT 'IP version\'s name (\'v4\' or \'v6\')',
  PRIMARY KEY (`ive_id`),
  UNIQUE INDEX `ipv_name_UNIQUE` (`ive_name` ASC),
  UNIQUE INDEX `ipv_id_UNIQUE` (`ive_id` ASC))
ENGINE = InnoDB
COMMENT = 'This table contains the catalog of ip version types.';

CREATE TABLE `ip_network` (
  `ine_id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'IP network\'s id',
  `ine_handle` VARCHAR(255) NOT NULL COMMENT 'A RIR/DNR unique identifier of the IP network registration',
  `ine_start_address_up` BIGINT UNSIGNED NULL DEFAULT NULL COMMENT 'The up part of the starting IP address of the network',
  `ine_start_address_down` BIGINT UNSIGNED NOT NULL COMMENT 'The down part of the starting IP address of the network',
  `ine_end_address_up` BIGINT UNSIGNED NULL DEFAULT NULL COMMENT 'The up part of the ending IP address of the network',
  `ine_end_address_down` BIGINT UNSIGNED NOT NULL COMMENT 'The down part of the ending IP address of the network',
  `ine_name` VARCHAR(255) NULL DEFAULT NULL COMMENT 'An identifier assigned to the network registration by the registration holder',
  `ine_type` VARCHAR(255) NULL DEFAULT NULL COMMENT 'A string containing a RIR/DNR specific classification of the Network',
  `ine_port43` VARCHAR(254) NULL DEFAULT NULL COMMENT 'A string containing the fully qualified host name or IP address of the WHOIS server where the IP network instance may be found',
  `ccd_id` SMALLINT UNSIGNED NOT NULL COMMENT 'Country code\'s id',
  `ip_version_id` TINYINT UNSIGNED NOT NULL COMMENT 'IP version\'s id',
  `ine_parent_handle` VARCHAR(255) NULL COMMENT 'A string containing a RIR/DNR unique identifier of the parent network of this network registration',
  `ine_cidr` SMALLINT NULL COMMENT 'Network mask length of the IP address',
  PRIMARY KEY (`ine_id`, `ine_handle`),
  UNIQUE INDEX `ine_handle_UNIQUE` (`ine_handle` ASC),
  UNIQUE INDEX `ine_id_UNIQUE` (`ine_id` ASC),
  INDEX `fk_ip_network_country_code1_idx` (`ccd_id` ASC),
  INDEX `fk_ip_network_ip_version1_idx` (`ip_version_id` ASC),
  INDEX `ipv4_start_idx` USING BTREE (`ine_start_address_down` ASC),
  INDEX `ipv4_end_idx` USING BTREE (`ine_end_address_down` ASC),
  INDEX `ipv6_start_idx` USING BTREE (`ine_start_address_up` ASC, `ine_start_address_down` ASC),
  INDEX `ipv6_end_idx` USING BTREE (`ine_end_address_up` ASC, `ine_end_address_down` ASC),
  CONSTRAINT `fk_ip_network_country_code1`
    FOREIGN KEY (`ccd_id`)
    REFERENCES `country_code` (`ccd_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ip_network_ip_version1`
    FOREIGN KEY (`ip_version_id`)
    REFERENCES `ip_version` (`ive_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the information about the network registration and entities related to an IP network.';

CREATE TABLE `domain_networks` (
  `dom_id` BIGINT NOT NULL COMMENT 'Domain\'s id',
  `ine_id` BIGINT UNSIGNED NOT NULL COMMENT 'IP Network\'s id',
  PRIMARY KEY (`dom_id`, `ine_id`),
  INDEX `fk_DOMAIN_NETWORKS_ip_network1_idx` (`ine_id` ASC),
  CONSTRAINT `fk_DOMAIN_NETWORKS_DOMAIN1`
    FOREIGN KEY (`dom_id`)
    REFERENCES `domain` (`dom_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_DOMAIN_NETWORKS_ip_network1`
    FOREIGN KEY (`ine_id`)
    REFERENCES `ip_network` (`ine_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a Domain and its ip networks.';

CREATE TABLE `ds_events` (
  `dsd_id` BIGINT NOT NULL COMMENT 'Ds data\'s id',
  `eve_id` BIGINT NOT NULL COMMENT 'Event\'s id',
  PRIMARY KEY (`dsd_id`, `eve_id`),
  INDEX `fk_ds_events_event1_idx` (`eve_id` ASC),
  UNIQUE INDEX `event_eve_id_UNIQUE` (`eve_id` ASC),
  CONSTRAINT `fk_DS_EVENTS_DS_DATA1`
    FOREIGN KEY (`dsd_id`)
    REFERENCES `ds_data` (`dsd_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ds_events_event1`
    FOREIGN KEY (`eve_id`)
    REFERENCES `event` (`eve_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a DS Data and its events.';

CREATE TABLE `ds_links` (
  `dsd_id` BIGINT NOT NULL COMMENT 'DS data\'s id',
  `lin_id` BIGINT NOT NULL COMMENT 'Link\'s id',
  PRIMARY KEY (`dsd_id`, `lin_id`),
  INDEX `fk_ds_links_link1_idx` (`lin_id` ASC),
  UNIQUE INDEX `lin_id_UNIQUE` (`lin_id` ASC),
  CONSTRAINT `fk_DS_LINKS_DS_DATA1`
    FOREIGN KEY (`dsd_id`)
    REFERENCES `ds_data` (`dsd_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ds_links_link1`
    FOREIGN KEY (`lin_id`)
    REFERENCES `link` (`lin_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a DS Data and its links.';

CREATE TABLE `nameserver_status` (
  `nse_id` BIGINT NOT NULL COMMENT 'Nameserver\'s id',
  `sta_id` SMALLINT NOT NULL COMMENT 'Status\'s id',
  PRIMARY KEY (`nse_id`, `sta_id`),
  INDEX `fk_nameserver_status_status1_idx` (`sta_id` ASC),
  CONSTRAINT `fk_nameserver_status_nameserver`
    FOREIGN KEY (`nse_id`)
    REFERENCES `nameserver` (`nse_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_nameserver_status_status1`
    FOREIGN KEY (`sta_id`)
    REFERENCES `status` (`sta_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a Nameserver and its status.';

CREATE TABLE `ip_address` (
  `iad_id` INT NOT NULL AUTO_INCREMENT COMMENT 'IP address\'s id',
  `nse_id` BIGINT NOT NULL COMMENT 'Nameserver\'s id',
  `iad_type` TINYINT NOT NULL COMMENT 'IP address type (4 or 6)',
  `iad_value` VARBINARY(16) NOT NULL COMMENT 'IP address value',
  PRIMARY KEY (`iad_id`, `nse_id`),
  UNIQUE INDEX `iad_id_UNIQUE` (`iad_id` ASC),
  CONSTRAINT `fk_nameserver_ip_addresses_nameserver1`
    FOREIGN KEY (`nse_id`)
    REFERENCES `nameserver` (`nse_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the information of a nameserver\'s ip addresses.';

CREATE TABLE `nameserver_remarks` (
  `nse_id` BIGINT NOT NULL COMMENT 'Nameserver\'s id',
  `rem_id` BIGINT NOT NULL COMMENT 'Remark\'s id',
  PRIMARY KEY (`nse_id`, `rem_id`),
  INDEX `fk_nameserver_remarks_remark1_idx` (`rem_id` ASC),
  UNIQUE INDEX `rem_id_UNIQUE` (`rem_id` ASC),
  CONSTRAINT `fk_nameserver_entities_nameserver10`
    FOREIGN KEY (`nse_id`)
    REFERENCES `nameserver` (`nse_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_nameserver_remarks_remark1`
    FOREIGN KEY (`rem_id`)
    REFERENCES `remark` (`rem_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a Nameserver and its remarks.';

CREATE TABLE `nameserver_links` (
  `nse_id` BIGINT NOT NULL COMMENT 'Nameserver\'s id',
  `lin_id` BIGINT NOT NULL COMMENT 'Link\'s id',
  PRIMARY KEY (`nse_id`, `lin_id`),
  INDEX `fk_nameserver_links_link1_idx` (`lin_id` ASC),
  UNIQUE INDEX `lin_id_UNIQUE` (`lin_id` ASC),
  CONSTRAINT `fk_nameserver_entities_nameserver100`
    FOREIGN KEY (`nse_id`)
    REFERENCES `nameserver` (`nse_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_nameserver_links_link1`
    FOREIGN KEY (`lin_id`)
    REFERENCES `link` (`lin_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a Nameserver and its links.';

CREATE TABLE `asn_status` (
  `asn_id` BIGINT NOT NULL COMMENT 'ASN\'s id',
  `sta_id` SMALLINT NOT NULL COMMENT 'Status\'s id',
  PRIMARY KEY (`asn_id`, `sta_id`),
  INDEX `fk_asn_status_status1_idx` (`sta_id` ASC),
  CONSTRAINT `fk_asn_status_autonomous_system_number1`
    FOREIGN KEY (`asn_id`)
    REFERENCES `autonomous_system_number` (`asn_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_asn_status_status1`
    FOREIGN KEY (`sta_id`)
    REFERENCES `status` (`sta_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an ASN and its status.\n';

CREATE TABLE `asn_remarks` (
  `asn_id` BIGINT NOT NULL COMMENT 'ASN\'s id',
  `rem_id` BIGINT NOT NULL COMMENT 'Remark\'s id',
  PRIMARY KEY (`asn_id`, `rem_id`),
  INDEX `fk_asn_remarks_remark1_idx` (`rem_id` ASC),
  UNIQUE INDEX `rem_id_UNIQUE` (`rem_id` ASC),
  CONSTRAINT `fk_asn_status_autonomous_system_number10`
    FOREIGN KEY (`asn_id`)
    REFERENCES `autonomous_system_number` (`asn_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_asn_remarks_remark1`
    FOREIGN KEY (`rem_id`)
    REFERENCES `remark` (`rem_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an ASN and its remarks.\n';

CREATE TABLE `asn_links` (
  `asn_id` BIGINT NOT NULL COMMENT 'ASN\'s id',
  `lin_id` BIGINT NOT NULL COMMENT 'Link\'s id',
  PRIMARY KEY (`asn_id`, `lin_id`),
  INDEX `fk_asn_links_link1_idx` (`lin_id` ASC),
  UNIQUE INDEX `lin_id_UNIQUE` (`lin_id` ASC),
  CONSTRAINT `fk_asn_status_autonomous_system_number12`
    FOREIGN KEY (`asn_id`)
    REFERENCES `autonomous_system_number` (`asn_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_asn_links_link1`
    FOREIGN KEY (`lin_id`)
    REFERENCES `link` (`lin_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an ASN and its links.\n';

CREATE TABLE `asn_events` (
  `asn_id` BIGINT NOT NULL COMMENT 'ASN\'s id',
  `eve_id` BIGINT NOT NULL COMMENT 'Event\'s id',
  PRIMARY KEY (`asn_id`, `eve_id`),
  INDEX `fk_asn_events_event1_idx` (`eve_id` ASC),
  UNIQUE INDEX `eve_id_UNIQUE` (`eve_id` ASC),
  CONSTRAINT `fk_asn_status_autonomous_system_number120`
    FOREIGN KEY (`asn_id`)
    REFERENCES `autonomous_system_number` (`asn_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_asn_events_event1`
    FOREIGN KEY (`eve_id`)
    REFERENCES `event` (`eve_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an ASN and its events.\n';

CREATE TABLE `ip_network_status` (
  `ine_id` BIGINT UNSIGNED NOT NULL COMMENT 'IP Network\'s id',
  `sta_id` SMALLINT NOT NULL COMMENT 'Status\'s id',
  PRIMARY KEY (`ine_id`, `sta_id`),
  INDEX `fk_ip_network_status_status1_idx` (`sta_id` ASC),
  CONSTRAINT `fk_ip_network_status_ip_network1`
    FOREIGN KEY (`ine_id`)
    REFERENCES `ip_network` (`ine_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ip_network_status_status1`
    FOREIGN KEY (`sta_id`)
    REFERENCES `status` (`sta_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an IP Network and its status.';

CREATE TABLE `ip_network_remarks` (
  `ine_id` BIGINT UNSIGNED NOT NULL COMMENT 'IP Network\'s id',
  `rem_id` BIGINT NOT NULL COMMENT 'Remark\'s id',
  PRIMARY KEY (`ine_id`, `rem_id`),
  INDEX `fk_ip_network_remarks_remark1_idx` (`rem_id` ASC),
  UNIQUE INDEX `remark_rem_id_UNIQUE` (`rem_id` ASC),
  CONSTRAINT `fk_ip_network_status_ip_network100`
    FOREIGN KEY (`ine_id`)
    REFERENCES `ip_network` (`ine_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ip_network_remarks_remark1`
    FOREIGN KEY (`rem_id`)
    REFERENCES `remark` (`rem_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an IP Network and its remarks.';

CREATE TABLE `ip_network_links` (
  `ine_id` BIGINT UNSIGNED NOT NULL COMMENT 'IP Network\'s id',
  `lin_id` BIGINT NOT NULL COMMENT 'Link\'s id',
  PRIMARY KEY (`ine_id`, `lin_id`),
  INDEX `fk_ip_network_links_link1_idx` (`lin_id` ASC),
  UNIQUE INDEX `lin_id_UNIQUE` (`lin_id` ASC),
  CONSTRAINT `fk_ip_network_status_ip_network101`
    FOREIGN KEY (`ine_id`)
    REFERENCES `ip_network` (`ine_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ip_network_links_link1`
    FOREIGN KEY (`lin_id`)
    REFERENCES `link` (`lin_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an IP Network and its links.';

CREATE TABLE `ip_network_events` (
  `ine_id` BIGINT UNSIGNED NOT NULL COMMENT 'IP Network\'s id',
  `eve_id` BIGINT NOT NULL COMMENT 'Event\'s id',
  PRIMARY KEY (`ine_id`, `eve_id`),
  INDEX `fk_ip_network_events_event1_idx` (`eve_id` ASC),
  UNIQUE INDEX `event_eve_id_UNIQUE` (`eve_id` ASC),
  CONSTRAINT `fk_ip_network_status_ip_network102`
    FOREIGN KEY (`ine_id`)
    REFERENCES `ip_network` (`ine_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ip_network_events_event1`
    FOREIGN KEY (`eve_id`)
    REFERENCES `event` (`eve_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an IP Network and its events.';

CREATE TABLE `variant` (
  `var_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Variant\'s id',
  `var_idn_table` VARCHAR(100) NULL COMMENT 'Variant\'s IDN table',
  `dom_id` BIGINT NOT NULL COMMENT 'Domain\'s id',
  PRIMARY KEY (`var_id`, `dom_id`),
  INDEX `fk_variant_domain1_idx` (`dom_id` ASC),
  UNIQUE INDEX `var_id_UNIQUE` (`var_id` ASC),
  CONSTRAINT `fk_variant_domain1`
    FOREIGN KEY (`dom_id`)
    REFERENCES `domain` (`dom_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains information about the domain\'s variants.';

CREATE TABLE `relation` (
  `rel_id` TINYINT NOT NULL COMMENT 'Relation\'s id',
  `rel_type` VARCHAR(255) NULL COMMENT 'Relation\'s type',
  PRIMARY KEY (`rel_id`),
  UNIQUE INDEX `rel_id_UNIQUE` (`rel_id` ASC))
ENGINE = InnoDB
COMMENT = 'This table contains the catalog of Variant relations.';

CREATE TABLE `variant_name` (
  `var_id` BIGINT NOT NULL COMMENT 'Variant\'s id',
  `vna_unicode_name` VARCHAR(255) NOT NULL COMMENT 'Variant\'s unicode name' COLLATE utf8_bin,
  CONSTRAINT `fk_VARIANT_NAME_VARIANT1`
    FOREIGN KEY (`var_id`)
    REFERENCES `variant` (`var_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the variants names.';

CREATE TABLE `vcard_postal_info` (
  `vpi_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Postal info\'s id',
  `vca_id` BIGINT NOT NULL COMMENT 'Vcard\'s id',
  `vpi_type` VARCHAR(45) NULL COMMENT 'Postal info\'s type.',
  `vpi_country` VARCHAR(100) NULL COMMENT 'Country',
  `vpi_country_code` VARCHAR(2) NULL COMMENT 'Country Code',
  `vpi_city` VARCHAR(100) NULL COMMENT 'City',
  `vpi_street1` VARCHAR(100) NULL COMMENT 'Street (first part)',
  `vpi_street2` VARCHAR(100) NULL COMMENT 'Street (second part)',
  `vpi_street3` VARCHAR(100) NULL COMMENT 'Street (third part)',
  `vpi_state` VARCHAR(100) NULL COMMENT 'State',
  `vpi_postal_code` VARCHAR(100) NULL COMMENT 'Postal code',
  PRIMARY KEY (`vpi_id`, `vca_id`),
  UNIQUE INDEX `vca_id_UNIQUE` (`vpi_id` ASC),
  INDEX `fk_vcard_postal_info_vcard1_idx` (`vca_id` ASC),
  CONSTRAINT `fk_vcard_postal_info_vcard1`
    FOREIGN KEY (`vca_id`)
    REFERENCES `vcard` (`vca_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the VCards postal information.';

CREATE TABLE `nameserver_events` (
  `nse_id` BIGINT NOT NULL COMMENT 'Nameserver\'s id',
  `eve_id` BIGINT NOT NULL COMMENT 'Event\'s id',
  PRIMARY KEY (`nse_id`, `eve_id`),
  INDEX `fk_nameserver_events_event1_idx` (`eve_id` ASC),
  UNIQUE INDEX `eve_id_UNIQUE` (`eve_id` ASC),
  CONSTRAINT `fk_nameserver_events_nameserver1`
    FOREIGN KEY (`nse_id`)
    REFERENCES `nameserver` (`nse_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_nameserver_events_event1`
    FOREIGN KEY (`eve_id`)
    REFERENCES `event` (`eve_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a Nameserver and its events.';

CREATE TABLE `public_id` (
  `pid_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Public id\'s id',
  `pid_type` VARCHAR(255) NULL COMMENT 'Public id\'s type',
  `pid_identifier` VARCHAR(255) NULL COMMENT 'Public id\'s identifier',
  PRIMARY KEY (`pid_id`))
ENGINE = InnoDB
COMMENT = 'This table contains the information about Public IDs.';

CREATE TABLE `domain_public_ids` (
  `dom_id` BIGINT NOT NULL COMMENT 'Domain\'s id',
  `pid_id` BIGINT NOT NULL COMMENT 'Public id\'s id',
  PRIMARY KEY (`dom_id`, `pid_id`),
  INDEX `fk_domain_public_ids_public_id1_idx` (`pid_id` ASC),
  UNIQUE INDEX `public_id_pid_id_UNIQUE` (`pid_id` ASC),
  CONSTRAINT `fk_domain_public_ids_domain1`
    FOREIGN KEY (`dom_id`)
    REFERENCES `domain` (`dom_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_domain_public_ids_public_id1`
    FOREIGN KEY (`pid_id`)
    REFERENCES `public_id` (`pid_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a Domain and its public ids.';

CREATE TABLE `entity_public_ids` (
  `ent_id` BIGINT NOT NULL COMMENT 'Entity\'s id',
  `pid_id` BIGINT NOT NULL COMMENT 'Public id\'s id',
  PRIMARY KEY (`ent_id`, `pid_id`),
  INDEX `fk_domain_public_ids_public_id1_idx` (`pid_id` ASC),
  UNIQUE INDEX `public_id_pid_id_UNIQUE` (`pid_id` ASC),
  INDEX `fk_domain_public_ids_copy2_entity1_idx` (`ent_id` ASC),
  CONSTRAINT `fk_domain_public_ids_public_id11`
    FOREIGN KEY (`pid_id`)
    REFERENCES `public_id` (`pid_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_domain_public_ids_copy2_entity1`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an Entity and its public ids.';

CREATE TABLE `event_links` (
  `eve_id` BIGINT NOT NULL COMMENT 'Event\'s id',
  `lin_id` BIGINT NOT NULL COMMENT 'Link\'s id',
  PRIMARY KEY (`eve_id`, `lin_id`),
  INDEX `fk_event_has_link_link1_idx` (`lin_id` ASC),
  INDEX `fk_event_has_link_event1_idx` (`eve_id` ASC),
  CONSTRAINT `fk_event_has_link_event1`
    FOREIGN KEY (`eve_id`)
    REFERENCES `event` (`eve_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_event_has_link_link1`
    FOREIGN KEY (`lin_id`)
    REFERENCES `link` (`lin_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an Event and its links.';

CREATE TABLE `remark_links` (
  `rem_id` BIGINT NOT NULL COMMENT 'Remark\'s id',
  `lin_id` BIGINT NOT NULL COMMENT 'Link\'s id',
  PRIMARY KEY (`rem_id`, `lin_id`),
  INDEX `fk_remark_has_link_link2_idx` (`lin_id` ASC),
  INDEX `fk_remark_has_link_remark2_idx` (`rem_id` ASC),
  CONSTRAINT `fk_remark_has_link_remark2`
    FOREIGN KEY (`rem_id`)
    REFERENCES `remark` (`rem_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_remark_has_link_link2`
    FOREIGN KEY (`lin_id`)
    REFERENCES `link` (`lin_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between a Remark and its links.';

CREATE TABLE `variant_relation` (
  `rel_id` TINYINT NOT NULL COMMENT 'Relation\'s id',
  `var_id` BIGINT NOT NULL COMMENT 'Variant\'s id',
  PRIMARY KEY (`rel_id`, `var_id`),
  INDEX `fk_relation_has_variant_variant1_idx` (`var_id` ASC),
  INDEX `fk_relation_has_variant_relation1_idx` (`rel_id` ASC),
  CONSTRAINT `fk_relation_has_variant_relation1`
    FOREIGN KEY (`rel_id`)
    REFERENCES `relation` (`rel_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_relation_has_variant_variant1`
    FOREIGN KEY (`var_id`)
    REFERENCES `variant` (`var_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the type of relations of a Variant.';

CREATE TABLE `entity_contact` (
  `ent_id` BIGINT NOT NULL COMMENT 'Entity\'s id',
  `vca_id` BIGINT NOT NULL COMMENT 'Vcard\'s id',
  PRIMARY KEY (`ent_id`, `vca_id`),
  INDEX `fk_entity_contact_vcard1_idx` (`vca_id` ASC),
  CONSTRAINT `fk_entity_contact_entity1`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_entity_contact_vcard1`
    FOREIGN KEY (`vca_id`)
    REFERENCES `vcard` (`vca_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an Entity and its contact VCard.';

CREATE TABLE `nameserver_entity_roles` (
  `nse_id` BIGINT NOT NULL COMMENT 'Nameserver\'s id',
  `ent_id` BIGINT NOT NULL COMMENT 'Entity\'s id',
  `rol_id` TINYINT NOT NULL COMMENT 'Role\'s id',
  PRIMARY KEY (`nse_id`, `ent_id`, `rol_id`),
  INDEX `fk_entity_roles_roles1_idx` (`rol_id` ASC),
  INDEX `fk_entity_roles_entity1_idx` (`ent_id` ASC),
  INDEX `fk_nameserver_entity_roles_nameserver1_idx` (`nse_id` ASC),
  CONSTRAINT `fk_entity_roles_roles10`
    FOREIGN KEY (`rol_id`)
    REFERENCES `roles` (`rol_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_entity_roles_entity10`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_nameserver_entity_roles_nameserver1`
    FOREIGN KEY (`nse_id`)
    REFERENCES `nameserver` (`nse_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the role that an Entity has in relation to a Nameserver.';

CREATE TABLE `entity_entity_roles` (
  `main_ent_id` BIGINT NOT NULL COMMENT 'Main Entity\'s id',
  `ent_id` BIGINT NOT NULL COMMENT 'Entity\'s id',
  `rol_id` TINYINT NOT NULL COMMENT 'Role\'s id',
  PRIMARY KEY (`main_ent_id`, `ent_id`, `rol_id`),
  INDEX `fk_entity_roles_roles1_idx` (`rol_id` ASC),
  INDEX `fk_entity_roles_entity1_idx` (`ent_id` ASC),
  INDEX `fk_entity_entity_roles_entity1_idx` (`main_ent_id` ASC),
  CONSTRAINT `fk_entity_roles_roles100`
    FOREIGN KEY (`rol_id`)
    REFERENCES `roles` (`rol_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_entity_roles_entity100`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_entity_entity_roles_entity1`
    FOREIGN KEY (`main_ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the role that an Entity has in relation to another Entity.';

CREATE TABLE `rdap_user` (
  `rus_name` VARCHAR(100) NOT NULL COMMENT 'User\'s name',
  `rus_pass` VARCHAR(200) NOT NULL COMMENT 'User\'s password',
  `rus_max_search_results` INT NULL COMMENT 'Max number of results that will be returned for the user',
  PRIMARY KEY (`rus_name`),
  INDEX `rus_name_index` (`rus_name` ASC))
ENGINE = InnoDB
COMMENT = 'This table contains the information about the users.';

CREATE TABLE `rdap_access_role` (
  `rar_name` VARCHAR(45) NOT NULL COMMENT 'Access role\'s name',
  `rar_description` VARCHAR(250) NOT NULL COMMENT 'Access role\'s description',
  PRIMARY KEY (`rar_name`))
ENGINE = InnoDB
COMMENT = 'This table contains a catalog of the access roles that a user could have.';

CREATE TABLE `rdap_user_role` (
  `rus_name` VARCHAR(100) NOT NULL COMMENT 'User\'s name',
  `rar_name` VARCHAR(45) NOT NULL COMMENT 'Access role\'s name',
  PRIMARY KEY (`rus_name`, `rar_name`),
  INDEX `rdap_access_role_ir_fk_idx` (`rar_name` ASC),
  CONSTRAINT `rdap_user_ir_fk`
    FOREIGN KEY (`rus_name`)
    REFERENCES `rdap_user` (`rus_name`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `rdap_access_role_ir_fk`
    FOREIGN KEY (`rar_name`)
    REFERENCES `rdap_access_role` (`rar_name`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the Access Roles that a User has.';

CREATE TABLE `ip_network_entity_roles` (
  `ine_id` BIGINT UNSIGNED NOT NULL COMMENT 'IP Network\'s id',
  `ent_id` BIGINT NOT NULL COMMENT 'Entity\'s id',
  `rol_id` TINYINT NOT NULL COMMENT 'Role\'s id',
  PRIMARY KEY (`ine_id`, `ent_id`, `rol_id`),
  INDEX `fk_ipn_entity_roles_ip_network1_idx` (`ine_id` ASC),
  INDEX `fk_ipn_entity_roles_roles1_idx` (`rol_id` ASC),
  CONSTRAINT `fk_ipn_entity_roles_entity1`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ipn_entity_roles_ip_network1`
    FOREIGN KEY (`ine_id`)
    REFERENCES `ip_network` (`ine_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ipn_entity_roles_roles1`
    FOREIGN KEY (`rol_id`)
    REFERENCES `roles` (`rol_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the role that an Entity has in relation to an IP Network.';

CREATE TABLE `ip_network_parent_relation` (
  `ine_parent_handle` VARCHAR(255) NOT NULL COMMENT 'Parent Network\'s handle',
  `ine_son_handle` VARCHAR(255) NOT NULL COMMENT 'Son Network\'s handle',
  PRIMARY KEY (`ine_parent_handle`, `ine_son_handle`),
  INDEX `fk_ip_network_parent_relation_ip_network2_idx` (`ine_son_handle` ASC),
  UNIQUE INDEX `ine_son_handle_UNIQUE` (`ine_son_handle` ASC),
  CONSTRAINT `fk_ip_network_parent_relation_ip_network1`
    FOREIGN KEY (`ine_parent_handle`)
    REFERENCES `ip_network` (`ine_handle`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_ip_network_parent_relation_ip_network2`
    FOREIGN KEY (`ine_son_handle`)
    REFERENCES `ip_network` (`ine_handle`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an IP Network and its parent network.';

CREATE TABLE `key_data` (
  `kd_id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Key data\'s id',
  `sdns_id` BIGINT NOT NULL COMMENT 'Secure DNS\'s id',
  `kd_flags` INT UNSIGNED NULL COMMENT 'Key data\'s flags',
  `kd_protocol` INT UNSIGNED NULL COMMENT 'Key data\'s protocol',
  `kd_public_key` VARCHAR(255) NULL COMMENT 'Key data\'s public key',
  `kd_algorithm` INT UNSIGNED NULL COMMENT 'Key data\'s algorithm',
  PRIMARY KEY (`kd_id`, `sdns_id`),
  INDEX `fk_key_data_secure_dns1_idx` (`sdns_id` ASC),
  CONSTRAINT `fk_key_data_secure_dns1`
    FOREIGN KEY (`sdns_id`)
    REFERENCES `secure_dns` (`sdns_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the information of the Key Data related to the Secure DNS information of a domain.';

CREATE TABLE `key_links` (
  `kd_id` BIGINT NOT NULL COMMENT 'Key data\'s id',
  `lin_id` BIGINT NOT NULL COMMENT 'Link\'s id',
  PRIMARY KEY (`kd_id`, `lin_id`),
  INDEX `fk_key_links_link1_idx` (`lin_id` ASC),
  CONSTRAINT `fk_key_links_key_data1`
    FOREIGN KEY (`kd_id`)
    REFERENCES `key_data` (`kd_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_key_links_link1`
    FOREIGN KEY (`lin_id`)
    REFERENCES `link` (`lin_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the links related to a Key Data.';

CREATE TABLE `key_events` (
  `kd_id` BIGINT NOT NULL COMMENT 'Key data\'s id',
  `eve_id` BIGINT NOT NULL COMMENT 'Event\'s id',
  PRIMARY KEY (`kd_id`, `eve_id`),
  INDEX `fk_key_events_event1_idx` (`eve_id` ASC),
  CONSTRAINT `fk_key_events_key_data1`
    FOREIGN KEY (`kd_id`)
    REFERENCES `key_data` (`kd_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_key_events_event1`
    FOREIGN KEY (`eve_id`)
    REFERENCES `event` (`eve_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the events related to a Key Data.';

CREATE TABLE `link_lang` (
  `lin_id` BIGINT NOT NULL COMMENT 'Link\'s id',
  `lan_hreflang` VARCHAR(45) NOT NULL COMMENT 'Language',
  PRIMARY KEY (`lin_id`, `lan_hreflang`),
  CONSTRAINT `fk_link_hreflang_link1`
    FOREIGN KEY (`lin_id`)
    REFERENCES `link` (`lin_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the languages related to a link.';

CREATE TABLE `entity_role` (
  `ent_id` BIGINT NOT NULL COMMENT 'Entity\'s id',
  `rol_id` TINYINT NOT NULL COMMENT 'Role\'s id',
  PRIMARY KEY (`ent_id`, `rol_id`),
  INDEX `fk_entity_role_roles1_idx` (`rol_id` ASC),
  UNIQUE INDEX `unique_ent_rol` (`ent_id` ASC, `rol_id` ASC),
  CONSTRAINT `fk_entity_role_entity1`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION,
  CONSTRAINT `fk_entity_role_roles1`
    FOREIGN KEY (`rol_id`)
    REFERENCES `roles` (`rol_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'This table contains the relation between an Entity and its role.';

CREATE TABLE `user_consent_by_attributes` (
  `ent_id` BIGINT NOT NULL,
  `uca_handle` TINYINT NOT NULL,
  `uca_name` TINYINT NOT NULL,
  `uca_companyName` TINYINT NOT NULL,
  `uca_companyURL` TINYINT NOT NULL,
  `uca_email` TINYINT NOT NULL,
  `uca_voice` TINYINT NOT NULL,
  `uca_cellphone` TINYINT NOT NULL,
  `uca_fax` TINYINT NOT NULL,
  `uca_jobTitle` TINYINT NOT NULL,
  `uca_contactUri` TINYINT NOT NULL,
  `uca_type` TINYINT NOT NULL,
  `uca_country` TINYINT NOT NULL,
  `uca_countryCode` TINYINT NOT NULL,
  `uca_city` TINYINT NOT NULL,
  `uca_state` TINYINT NOT NULL,
  `uca_street1` TINYINT NOT NULL,
  `uca_street2` TINYINT NOT NULL,
  `uca_street3` TINYINT NOT NULL,
  `uca_postalCode` TINYINT NOT NULL,
  PRIMARY KEY (`ent_id`),
  UNIQUE INDEX `ent_id_UNIQUE` (`ent_id` ASC),
  CONSTRAINT `fk_user_consent_by_attributes_entity`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'Table for user consent by attribute for contact information';

CREATE TABLE `user_global_consent` (
  `ent_id` BIGINT NOT NULL,
  `ugc_consent` TINYINT NOT NULL,
  PRIMARY KEY (`ent_id`),
  UNIQUE INDEX `ent_id_UNIQUE` (`ent_id` ASC),
  CONSTRAINT `fk_user_global_consent_entity`
    FOREIGN KEY (`ent_id`)
    REFERENCES `entity` (`ent_id`)
    ON DELETE NO ACTION
    ON UPDATE NO ACTION)
ENGINE = InnoDB
COMMENT = 'Table for user global consent for contact information';
