-- LOVD 3 (Leiden Open Variation Database, LUMC), github.com/LOVDnl/LOVD3, commit eb64bfedf7eec6cbf7e80225b5f9db94920a17b0
-- (LOVD 3.0-30b; GPL-3.0-or-later). The 34 CREATE TABLE statements of src/install/inc-sql-tables.php (the commented-out
-- *_revisions tables not), with the default table prefix `lovd` of src/inc-init.php and the PHP string pieces evaluated for
-- a plain LOVD (LOVD_plus false: genes.id_hgnc NOT NULL, LOVD3 logo, submitter registration allowed).
-- LOVD keeps the data of individuals, phenotypes, screenings and variants in "custom columns" that it adds with
-- ALTER TABLE ... ADD COLUMN `Category/Name` (lovd_getActivateCustomColumnQuery in src/inc-lib-init.php). They are written
-- into the CREATE TABLE after upstream's own columns: first the HGVS / standard columns the installer activates (in the order
-- of src/install/inc-sql-columns.php, then `Phenotype/Age`, added by step 10 of src/install/index.php), then the other custom
-- columns shipped in inc-sql-columns.php (not the LOVD+ ones), as a manager enabling them all appends them, in file order.
-- Seed rows left out.

CREATE TABLE lovd_countries (
    id CHAR(2) NOT NULL,
    name VARCHAR(255) NOT NULL,
    PRIMARY KEY (id))
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_users (
    id SMALLINT(5) UNSIGNED ZEROFILL NOT NULL AUTO_INCREMENT,
    orcid_id CHAR(19),
    orcid_confirmed BOOLEAN NOT NULL DEFAULT 0,
    name VARCHAR(75) NOT NULL,
    institute VARCHAR(255) NOT NULL,
    department VARCHAR(255) NOT NULL DEFAULT "",
    telephone VARCHAR(50) NOT NULL DEFAULT "",
    address TEXT NOT NULL,
    city VARCHAR(255) NOT NULL,
    countryid CHAR(2),
    email TEXT NOT NULL,
    email_confirmed BOOLEAN NOT NULL DEFAULT 0,
    username VARCHAR(50) NOT NULL,
    password CHAR(50) NOT NULL,
    password_autogen CHAR(50),
    password_force_change BOOLEAN NOT NULL DEFAULT 0,
    auth_token CHAR(32),
    auth_token_expires DATETIME,
    api_settings TEXT,
    phpsessid CHAR(32),
    saved_work TEXT,
    default_license VARCHAR(20),
    level TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
    allowed_ip VARCHAR(255) NOT NULL DEFAULT "*",
    login_attempts TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
    last_login DATETIME,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    PRIMARY KEY (id),
    UNIQUE (orcid_id),
    INDEX (countryid),
    UNIQUE (username),
    INDEX (created_by),
    INDEX (edited_by),
    CONSTRAINT lovd_users_fk_countryid FOREIGN KEY (countryid) REFERENCES lovd_countries (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_users_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_users_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_colleagues(
    userid_from SMALLINT(5) UNSIGNED ZEROFILL NOT NULL,
    userid_to   SMALLINT(5) UNSIGNED ZEROFILL NOT NULL,
    allow_edit  BOOLEAN NOT NULL DEFAULT 0,
    PRIMARY KEY (userid_from, userid_to),
    INDEX (userid_to),
    CONSTRAINT lovd_colleagues_fk_userid_from FOREIGN KEY (userid_from) REFERENCES lovd_users (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_colleagues_fk_userid_to FOREIGN KEY (userid_to) REFERENCES lovd_users (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_chromosomes (
    name VARCHAR(2) NOT NULL,
    sort_id TINYINT(3) UNSIGNED NOT NULL DEFAULT 0,
    hg18_id_ncbi VARCHAR(20) NOT NULL,
    hg19_id_ncbi VARCHAR(20) NOT NULL,
    hg38_id_ncbi VARCHAR(20) NOT NULL,
    PRIMARY KEY (name))
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_genes (
    id VARCHAR(25) NOT NULL,
    name VARCHAR(255) NOT NULL,
    chromosome VARCHAR(2),
    chrom_band VARCHAR(40) NOT NULL DEFAULT "",
    imprinting VARCHAR(10) NOT NULL DEFAULT "unknown",
    refseq_genomic VARCHAR(15) NOT NULL DEFAULT "",
    refseq_UD VARCHAR(25) NOT NULL DEFAULT "",
    reference VARCHAR(255) NOT NULL DEFAULT "",
    url_homepage VARCHAR(255) NOT NULL DEFAULT "",
    url_external TEXT,
    allow_download BOOLEAN NOT NULL DEFAULT 0,
    id_hgnc INT(10) UNSIGNED NOT NULL,
    id_entrez INT(10) UNSIGNED,
    id_omim INT(10) UNSIGNED,
    show_hgmd BOOLEAN NOT NULL DEFAULT 0,
    show_genecards BOOLEAN NOT NULL DEFAULT 0,
    show_genetests BOOLEAN NOT NULL DEFAULT 0,
    show_orphanet BOOLEAN NOT NULL DEFAULT 0,
    note_index TEXT,
    note_listing TEXT,
    refseq VARCHAR(1) NOT NULL DEFAULT "",
    refseq_url VARCHAR(255) NOT NULL DEFAULT "",
    disclaimer TINYINT(1) UNSIGNED NOT NULL DEFAULT 1,
    disclaimer_text TEXT,
    header TEXT,
    header_align TINYINT(1) NOT NULL DEFAULT -1,
    footer TEXT,
    footer_align TINYINT(1) NOT NULL DEFAULT -1,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    updated_by SMALLINT(5) UNSIGNED ZEROFILL,
    updated_date DATETIME,
    PRIMARY KEY (id),
    INDEX (chromosome),
    UNIQUE (id_hgnc),
    INDEX (created_by),
    INDEX (edited_by),
    INDEX (updated_by),
    CONSTRAINT lovd_genes_fk_chromosome FOREIGN KEY (chromosome) REFERENCES lovd_chromosomes (name) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_genes_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_genes_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_genes_fk_updated_by FOREIGN KEY (updated_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_users2genes (
    userid SMALLINT(5) UNSIGNED ZEROFILL NOT NULL,
    geneid VARCHAR(25) NOT NULL,
    allow_edit BOOLEAN NOT NULL DEFAULT 0,
    show_order TINYINT(2) UNSIGNED NOT NULL DEFAULT 1,
    PRIMARY KEY (userid, geneid),
    INDEX (geneid),
    CONSTRAINT lovd_users2genes_fk_userid FOREIGN KEY (userid) REFERENCES lovd_users (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_users2genes_fk_geneid FOREIGN KEY (geneid) REFERENCES lovd_genes (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_transcripts (
    id MEDIUMINT(8) UNSIGNED ZEROFILL NOT NULL AUTO_INCREMENT,
    geneid VARCHAR(25) NOT NULL,
    name VARCHAR(255) NOT NULL,
    id_mutalyzer TINYINT(3) UNSIGNED ZEROFILL,
    id_ncbi VARCHAR(255) NOT NULL,
    id_ensembl VARCHAR(255) NOT NULL DEFAULT "",
    id_protein_ncbi VARCHAR(255) NOT NULL DEFAULT "",
    id_protein_ensembl VARCHAR(255) NOT NULL DEFAULT "",
    id_protein_uniprot VARCHAR(8) NOT NULL DEFAULT "",
    remarks TEXT,
    position_c_mrna_start SMALLINT(5) NOT NULL,
    position_c_mrna_end MEDIUMINT(8) UNSIGNED NOT NULL,
    position_c_cds_end MEDIUMINT(8) UNSIGNED NOT NULL,
    position_g_mrna_start INT(10) UNSIGNED NOT NULL,
    position_g_mrna_end INT(10) UNSIGNED NOT NULL,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    PRIMARY KEY (id),
    INDEX (geneid),
    UNIQUE (id_ncbi),
    INDEX (created_by),
    INDEX (edited_by),
    CONSTRAINT lovd_transcripts_fk_geneid FOREIGN KEY (geneid) REFERENCES lovd_genes (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_transcripts_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_transcripts_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_diseases (
    id SMALLINT(5) UNSIGNED ZEROFILL NOT NULL AUTO_INCREMENT,
    symbol VARCHAR(25) NOT NULL DEFAULT "-",
    name VARCHAR(255) NOT NULL,
    inheritance VARCHAR(45) NULL,
    id_omim INT(10) UNSIGNED,
    tissues TEXT,
    features TEXT,
    remarks TEXT,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    PRIMARY KEY (id),
    UNIQUE (id_omim),
    INDEX (created_by),
    INDEX (edited_by),
    CONSTRAINT lovd_diseases_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_diseases_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_genes2diseases (
    geneid VARCHAR(25) NOT NULL,
    diseaseid SMALLINT(5) UNSIGNED ZEROFILL NOT NULL,
    PRIMARY KEY (geneid, diseaseid),
    INDEX (diseaseid),
    CONSTRAINT lovd_genes2diseases_fk_geneid FOREIGN KEY (geneid) REFERENCES lovd_genes (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_genes2diseases_fk_diseaseid FOREIGN KEY (diseaseid) REFERENCES lovd_diseases (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_data_status (
    id TINYINT(1) UNSIGNED NOT NULL,
    name VARCHAR(15) NOT NULL,
    PRIMARY KEY (id))
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_alleles (
    id TINYINT(2) UNSIGNED NOT NULL,
    name VARCHAR(20) NOT NULL,
    display_order TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
    PRIMARY KEY (id))
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_variant_effect (
    id TINYINT(2) UNSIGNED ZEROFILL NOT NULL,
    name VARCHAR(5) NOT NULL,
    PRIMARY KEY (id))
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_individuals (
    id MEDIUMINT(8) UNSIGNED ZEROFILL NOT NULL AUTO_INCREMENT,
    fatherid MEDIUMINT(8) UNSIGNED ZEROFILL,
    motherid MEDIUMINT(8) UNSIGNED ZEROFILL,
    panelid MEDIUMINT(8) UNSIGNED ZEROFILL,
    panel_size MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT 1,
    license VARCHAR(20),
    owned_by SMALLINT(5) UNSIGNED ZEROFILL,
    statusid TINYINT(1) UNSIGNED,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    `Individual/Lab_ID` VARCHAR(50),
    `Individual/Reference` VARCHAR(200),
    `Individual/Remarks` TEXT,
    `Individual/Remarks_Non_Public` TEXT,
    `Individual/Age_of_death` VARCHAR(12),
    `Individual/Consanguinity` VARCHAR(100),
    `Individual/Death/Cause` VARCHAR(255),
    `Individual/Gender` VARCHAR(100),
    `Individual/Origin/Ethnic` VARCHAR(50),
    `Individual/Origin/Geographic` VARCHAR(50),
    `Individual/Origin/Population` VARCHAR(50),
    PRIMARY KEY (id),
    INDEX (fatherid),
    INDEX (motherid),
    INDEX (owned_by),
    INDEX (statusid),
    INDEX (created_by),
    INDEX (edited_by),
    CONSTRAINT lovd_individuals_fk_fatherid FOREIGN KEY (fatherid) REFERENCES lovd_individuals (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_individuals_fk_motherid FOREIGN KEY (motherid) REFERENCES lovd_individuals (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_individuals_fk_panelid FOREIGN KEY (panelid) REFERENCES lovd_individuals (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_individuals_fk_owned_by FOREIGN KEY (owned_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_individuals_fk_statusid FOREIGN KEY (statusid) REFERENCES lovd_data_status (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_individuals_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_individuals_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_individuals2diseases (
    individualid MEDIUMINT(8) UNSIGNED ZEROFILL NOT NULL,
    diseaseid SMALLINT(5) UNSIGNED ZEROFILL NOT NULL,
    PRIMARY KEY (individualid, diseaseid),
    INDEX (diseaseid),
    CONSTRAINT lovd_individuals2diseases_fk_individualid FOREIGN KEY (individualid) REFERENCES lovd_individuals (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_individuals2diseases_fk_diseaseid FOREIGN KEY (diseaseid) REFERENCES lovd_diseases (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_variants (
    id INT(10) UNSIGNED ZEROFILL NOT NULL AUTO_INCREMENT,
    allele TINYINT(2) UNSIGNED NOT NULL DEFAULT 0,
    effectid TINYINT(2) UNSIGNED ZEROFILL,
    chromosome VARCHAR(2),
    position_g_start INT(10) UNSIGNED,
    position_g_end INT(10) UNSIGNED,
    type VARCHAR(10),
    mapping_flags TINYINT(3) UNSIGNED NOT NULL DEFAULT 0,
    average_frequency FLOAT,
    owned_by SMALLINT(5) UNSIGNED ZEROFILL,
    statusid TINYINT(1) UNSIGNED,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    `VariantOnGenome/DBID` VARCHAR(50),
    `VariantOnGenome/DNA` VARCHAR(255),
    `VariantOnGenome/Reference` VARCHAR(255),
    `VariantOnGenome/Conservation_score/GERP` DECIMAL(5,3),
    `VariantOnGenome/dbSNP` VARCHAR(15),
    `VariantOnGenome/Frequency` VARCHAR(15),
    `VariantOnGenome/Genetic_origin` VARCHAR(100),
    `VariantOnGenome/Published_as` VARCHAR(100),
    `VariantOnGenome/Remarks` TEXT,
    `VariantOnGenome/Restriction_site` VARCHAR(25),
    `VariantOnGenome/Segregation` VARCHAR(100),
    `VariantOnGenome/Type` VARCHAR(100),
    PRIMARY KEY (id),
    INDEX (allele),
    INDEX (effectid),
    INDEX (chromosome, position_g_start, position_g_end),
    INDEX (average_frequency),
    INDEX (owned_by),
    INDEX (statusid),
    INDEX (created_by),
    INDEX (edited_by),
    CONSTRAINT lovd_variants_fk_allele FOREIGN KEY (allele) REFERENCES lovd_alleles (id) ON UPDATE CASCADE,
    CONSTRAINT lovd_variants_fk_effectid FOREIGN KEY (effectid) REFERENCES lovd_variant_effect (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_variants_fk_chromosome FOREIGN KEY (chromosome) REFERENCES lovd_chromosomes (name) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_variants_fk_owned_by FOREIGN KEY (owned_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_variants_fk_statusid FOREIGN KEY (statusid) REFERENCES lovd_data_status (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_variants_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_variants_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_variants_on_transcripts (
    id INT(10) UNSIGNED ZEROFILL NOT NULL,
    transcriptid MEDIUMINT(8) UNSIGNED ZEROFILL NOT NULL,
    effectid TINYINT(2) UNSIGNED ZEROFILL,
    position_c_start MEDIUMINT,
    position_c_start_intron INT,
    position_c_end MEDIUMINT,
    position_c_end_intron INT,
    `VariantOnTranscript/DNA` VARCHAR(255),
    `VariantOnTranscript/Exon` VARCHAR(7),
    `VariantOnTranscript/Protein` VARCHAR(255),
    `VariantOnTranscript/RNA` VARCHAR(100),
    `VariantOnTranscript/Distance_to_splice_site` MEDIUMINT(8) UNSIGNED,
    `VariantOnTranscript/GVS/Function` VARCHAR(100),
    `VariantOnTranscript/Location` VARCHAR(100),
    `VariantOnTranscript/PolyPhen` VARCHAR(100),
    `VariantOnTranscript/Position` MEDIUMINT(6),
    `VariantOnTranscript/Published_as` VARCHAR(100),
    PRIMARY KEY (id, transcriptid),
    INDEX (transcriptid),
    INDEX (effectid),
    INDEX (position_c_start, position_c_end),
    INDEX (position_c_start, position_c_start_intron, position_c_end, position_c_end_intron),
    CONSTRAINT lovd_variants_on_transcripts_fk_id FOREIGN KEY (id) REFERENCES lovd_variants (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_variants_on_transcripts_fk_transcriptid FOREIGN KEY (transcriptid) REFERENCES lovd_transcripts (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_variants_on_transcripts_fk_effectid FOREIGN KEY (effectid) REFERENCES lovd_variant_effect (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_phenotypes (
    id INT(10) UNSIGNED ZEROFILL NOT NULL AUTO_INCREMENT,
    diseaseid SMALLINT(5) UNSIGNED ZEROFILL NOT NULL,
    individualid MEDIUMINT(8) UNSIGNED ZEROFILL NOT NULL,
    owned_by SMALLINT(5) UNSIGNED ZEROFILL,
    statusid TINYINT(1) UNSIGNED,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    `Phenotype/Additional` TEXT,
    `Phenotype/Inheritance` VARCHAR(50),
    `Phenotype/Age` VARCHAR(12),
    `Phenotype/Age/Onset` VARCHAR(12),
    `Phenotype/Date` DATE,
    `Phenotype/Length` SMALLINT(3) UNSIGNED,
    PRIMARY KEY (id),
    INDEX (diseaseid),
    INDEX (individualid),
    INDEX (owned_by),
    INDEX (statusid),
    INDEX (created_by),
    INDEX (edited_by),
    CONSTRAINT lovd_phenotypes_fk_diseaseid FOREIGN KEY (diseaseid) REFERENCES lovd_diseases (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_phenotypes_fk_individualid FOREIGN KEY (individualid) REFERENCES lovd_individuals (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_phenotypes_fk_owned_by FOREIGN KEY (owned_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_phenotypes_fk_statusid FOREIGN KEY (statusid) REFERENCES lovd_data_status (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_phenotypes_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_phenotypes_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_rate_limits (
    id SMALLINT(5) UNSIGNED ZEROFILL NOT NULL AUTO_INCREMENT,
    active BOOLEAN NOT NULL DEFAULT 0,
    name VARCHAR(100) NOT NULL,
    ip_pattern VARCHAR(255) NOT NULL,
    user_agent_pattern VARCHAR(255) NOT NULL,
    url_pattern VARCHAR(255) NOT NULL,
    max_hits_per_min SMALLINT(5) UNSIGNED NOT NULL DEFAULT 60,
    delay TINYINT(2) UNSIGNED NOT NULL DEFAULT 0,
    message TEXT NOT NULL,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    PRIMARY KEY (id),
    INDEX (active),
    INDEX (created_by),
    INDEX (edited_by),
    CONSTRAINT lovd_rate_limits_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_rate_limits_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_rate_limits_data (
    ratelimitid SMALLINT(5) UNSIGNED ZEROFILL NOT NULL,
    ips VARCHAR(255) NOT NULL,
    user_agents TEXT NOT NULL,
    urls TEXT NOT NULL,
    hit_date DATETIME NOT NULL,
    hit_count SMALLINT(5) UNSIGNED NOT NULL DEFAULT 1,
    reject_count SMALLINT(5) UNSIGNED NOT NULL DEFAULT 0,
    PRIMARY KEY (ratelimitid, hit_date),
    CONSTRAINT lovd_rate_limits_data_fk_ratelimitid FOREIGN KEY (ratelimitid) REFERENCES lovd_rate_limits (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_screenings (
    id INT(10) UNSIGNED ZEROFILL NOT NULL AUTO_INCREMENT,
    individualid MEDIUMINT(8) UNSIGNED ZEROFILL NOT NULL,
    variants_found BOOLEAN NOT NULL DEFAULT 1,
    owned_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    `Screening/Technique` TEXT,
    `Screening/Template` TEXT,
    `Screening/Date` DATE,
    `Screening/Tissue` VARCHAR(25),
    PRIMARY KEY (id),
    INDEX (individualid),
    INDEX (owned_by),
    INDEX (created_by),
    INDEX (edited_by),
    CONSTRAINT lovd_screenings_fk_individualid FOREIGN KEY (individualid) REFERENCES lovd_individuals (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_screenings_fk_owned_by FOREIGN KEY (owned_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_screenings_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_screenings_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_screenings2genes (
    screeningid INT(10) UNSIGNED ZEROFILL NOT NULL,
    geneid VARCHAR(25) NOT NULL,
    PRIMARY KEY (screeningid, geneid),
    INDEX (screeningid),
    INDEX (geneid),
    CONSTRAINT lovd_screenings2genes_fk_screeningid FOREIGN KEY (screeningid) REFERENCES lovd_screenings (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_screenings2genes_fk_geneid FOREIGN KEY (geneid) REFERENCES lovd_genes (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_screenings2variants (
    screeningid INT(10) UNSIGNED ZEROFILL NOT NULL,
    variantid INT(10) UNSIGNED ZEROFILL NOT NULL,
    PRIMARY KEY (screeningid, variantid),
    INDEX (screeningid),
    INDEX (variantid),
    CONSTRAINT lovd_screenings2variants_fk_screeningid FOREIGN KEY (screeningid) REFERENCES lovd_screenings (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_screenings2variants_fk_variantid FOREIGN KEY (variantid) REFERENCES lovd_variants (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_columns (
    id VARCHAR(100) NOT NULL,
    col_order TINYINT(3) UNSIGNED NOT NULL DEFAULT 0,
    width SMALLINT(5) UNSIGNED NOT NULL DEFAULT 50,
    hgvs BOOLEAN NOT NULL DEFAULT 0,
    standard BOOLEAN NOT NULL DEFAULT 0,
    mandatory BOOLEAN NOT NULL DEFAULT 0,
    head_column VARCHAR(50) NOT NULL,
    description_form TEXT,
    description_legend_short TEXT,
    description_legend_full TEXT,
    mysql_type VARCHAR(255) NOT NULL DEFAULT "VARCHAR(50)",
    form_type TEXT,
    select_options TEXT,
    preg_pattern VARCHAR(255) NOT NULL DEFAULT "",
    public_view BOOLEAN NOT NULL DEFAULT 1,
    public_add BOOLEAN NOT NULL DEFAULT 1,
    allow_count_all BOOLEAN NOT NULL DEFAULT 0,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    PRIMARY KEY (id),
    INDEX (created_by),
    INDEX (edited_by),
    CONSTRAINT lovd_columns_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_columns_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_active_columns (
    colid VARCHAR(100) NOT NULL,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    PRIMARY KEY (colid),
    INDEX (created_by),
    CONSTRAINT lovd_active_columns_fk_colid FOREIGN KEY (colid) REFERENCES lovd_columns (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_active_columns_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_shared_columns (
    geneid VARCHAR(25),
    diseaseid SMALLINT(5) UNSIGNED ZEROFILL,
    colid VARCHAR(100) NOT NULL,
    col_order TINYINT(3) UNSIGNED NOT NULL DEFAULT 0,
    width SMALLINT(5) UNSIGNED NOT NULL DEFAULT 50,
    mandatory BOOLEAN NOT NULL DEFAULT 0,
    description_form TEXT,
    description_legend_short TEXT,
    description_legend_full TEXT,
    select_options TEXT,
    public_view BOOLEAN NOT NULL DEFAULT 1,
    public_add BOOLEAN NOT NULL DEFAULT 1,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    UNIQUE (geneid, colid),
    UNIQUE (diseaseid, colid),
    INDEX (colid),
    INDEX (created_by),
    INDEX (edited_by),
    CONSTRAINT lovd_shared_columns_fk_geneid FOREIGN KEY (geneid) REFERENCES lovd_genes (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_shared_columns_fk_diseaseid FOREIGN KEY (diseaseid) REFERENCES lovd_diseases (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_shared_columns_fk_colid FOREIGN KEY (colid) REFERENCES lovd_active_columns (colid) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_shared_columns_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_shared_columns_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_links (
    id TINYINT(3) UNSIGNED ZEROFILL NOT NULL AUTO_INCREMENT,
    name VARCHAR(50) NOT NULL,
    pattern_text VARCHAR(25) NOT NULL,
    replace_text TEXT NOT NULL,
    description TEXT,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    PRIMARY KEY (id),
    UNIQUE (name),
    UNIQUE (pattern_text),
    INDEX (created_by),
    INDEX (edited_by),
    CONSTRAINT lovd_links_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_links_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_columns2links (
    colid VARCHAR(100) NOT NULL,
    linkid TINYINT(3) UNSIGNED ZEROFILL NOT NULL,
    PRIMARY KEY (colid, linkid),
    INDEX (linkid),
    CONSTRAINT lovd_columns2links_fk_colid FOREIGN KEY (colid) REFERENCES lovd_columns (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT lovd_columns2links_fk_linkid FOREIGN KEY (linkid) REFERENCES lovd_links (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_config (
    system_title VARCHAR(255) NOT NULL DEFAULT "LOVD - Leiden Open Variation Database",
    institute VARCHAR(255) NOT NULL DEFAULT "",
    location_url VARCHAR(255) NOT NULL DEFAULT "",
    email_address VARCHAR(75) NOT NULL DEFAULT "",
    send_admin_submissions BOOLEAN NOT NULL DEFAULT 0,
    api_feed_history TINYINT(2) UNSIGNED NOT NULL DEFAULT 0,
    refseq_build VARCHAR(4) NOT NULL DEFAULT "hg38",
    proxy_host VARCHAR(255) NOT NULL DEFAULT "",
    proxy_port SMALLINT(5) UNSIGNED,
    proxy_username VARCHAR(255) NOT NULL DEFAULT "",
    proxy_password VARCHAR(255) NOT NULL DEFAULT "",
    logo_uri VARCHAR(100) NOT NULL DEFAULT "gfx/LOVD3_logo145x50.jpg",
    donate_dialog_allow BOOLEAN NOT NULL DEFAULT 0,
    donate_dialog_months_hidden TINYINT(2) UNSIGNED NOT NULL DEFAULT 1,
    mutalyzer_soap_url VARCHAR(100) NOT NULL DEFAULT "https://v2.mutalyzer.nl/services",
    md_apikey VARCHAR(50) NOT NULL DEFAULT "",
    omim_apikey VARCHAR(40) NOT NULL DEFAULT "",
    send_stats BOOLEAN NOT NULL DEFAULT 1,
    include_in_listing BOOLEAN NOT NULL DEFAULT 1,
    allow_submitter_registration BOOLEAN NOT NULL DEFAULT 1,
    lock_users BOOLEAN NOT NULL DEFAULT 1,
    allow_unlock_accounts BOOLEAN NOT NULL DEFAULT 1,
    allow_submitter_mods BOOLEAN NOT NULL DEFAULT 1,
    allow_count_hidden_entries BOOLEAN NOT NULL DEFAULT 0,
    use_ssl BOOLEAN NOT NULL DEFAULT 0,
    use_rate_limiting BOOLEAN NOT NULL DEFAULT 0,
    use_versioning BOOLEAN NOT NULL DEFAULT 0,
    lock_uninstall BOOLEAN NOT NULL DEFAULT 1)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_status (
    lock_update BOOLEAN NOT NULL DEFAULT 0,
    version VARCHAR(15) NOT NULL,
    signature CHAR(32) NOT NULL,
    update_checked_date DATETIME,
    update_version VARCHAR(15),
    update_level TINYINT(1) UNSIGNED,
    update_description TEXT,
    update_released_date DATE,
    installed_date DATE NOT NULL,
    updated_date DATE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_announcements (
    id SMALLINT(5) UNSIGNED ZEROFILL NOT NULL AUTO_INCREMENT,
    type VARCHAR(15) NOT NULL DEFAULT "information",
    announcement TEXT NOT NULL,
    start_date DATETIME NOT NULL DEFAULT "0000-00-00 00:00:00",
    end_date DATETIME NOT NULL DEFAULT "9999-12-31 23:59:59",
    lovd_read_only BOOLEAN NOT NULL DEFAULT 0,
    created_by SMALLINT(5) UNSIGNED ZEROFILL,
    created_date DATETIME NOT NULL,
    edited_by SMALLINT(5) UNSIGNED ZEROFILL,
    edited_date DATETIME,
    PRIMARY KEY (id),
    INDEX (created_by),
    INDEX (edited_by),
    CONSTRAINT lovd_announcements_fk_created_by FOREIGN KEY (created_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_announcements_fk_edited_by FOREIGN KEY (edited_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_external_sources (
    id VARCHAR(15) NOT NULL,
    url VARCHAR(255) NOT NULL,
    PRIMARY KEY (id))
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_logs (
    name VARCHAR(10) NOT NULL,
    date DATETIME NOT NULL,
    mtime MEDIUMINT(6) UNSIGNED ZEROFILL NOT NULL,
    userid SMALLINT(5) UNSIGNED ZEROFILL,
    event VARCHAR(25) NOT NULL,
    log TEXT NOT NULL,
    PRIMARY KEY (name, date, mtime),
    INDEX (userid),
    CONSTRAINT lovd_logs_fk_userid FOREIGN KEY (userid) REFERENCES lovd_users (id) ON DELETE CASCADE ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_modules (
    id VARCHAR(15) NOT NULL,
    name VARCHAR(50) NOT NULL,
    version VARCHAR(15) NOT NULL DEFAULT "",
    description VARCHAR(255) NOT NULL DEFAULT "",
    active BOOLEAN NOT NULL DEFAULT 0,
    settings TEXT,
    installed_date DATE NOT NULL,
    updated_date DATE,
    PRIMARY KEY (id))
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;

CREATE TABLE lovd_scheduled_imports (
    filename VARCHAR(255) NOT NULL,
    priority TINYINT(1) UNSIGNED NOT NULL DEFAULT 0,
    in_progress BOOLEAN NOT NULL DEFAULT 0,
    scheduled_by SMALLINT(5) UNSIGNED ZEROFILL,
    scheduled_date DATETIME NOT NULL,
    process_errors TEXT,
    processed_by SMALLINT(5) UNSIGNED ZEROFILL,
    processed_date DATETIME,
    PRIMARY KEY (filename),
    INDEX (scheduled_by),
    INDEX (processed_by),
    CONSTRAINT lovd_scheduled_imports_fk_scheduled_by FOREIGN KEY (scheduled_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT lovd_scheduled_imports_fk_processed_by FOREIGN KEY (processed_by) REFERENCES lovd_users (id) ON DELETE SET NULL ON UPDATE CASCADE)
    ENGINE=InnoDB DEFAULT CHARACTER SET utf8;
