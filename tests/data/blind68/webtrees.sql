-- webtrees (fisharebest/webtrees, commit 06ea7e70): app/Schema/WebtreesSchema.php, the Doctrine DBAL definition of
-- the whole database, written as MySQL DDL with the default table prefix wt_. DB::integer -> INT, DB::varchar ->
-- VARCHAR in ASCII (binary collation), DB::nvarchar -> VARCHAR in utf8mb4_bin, DB::text -> LONGTEXT,
-- DB::timestamp(default CurrentTimestamp) -> TIMESTAMP DEFAULT CURRENT_TIMESTAMP, DB::float -> DOUBLE; columns are
-- NOT NULL unless upstream says nullable. Tables are ordered so that foreign keys point backwards.

CREATE TABLE wt_gedcom (
  gedcom_id INT NOT NULL AUTO_INCREMENT,
  gedcom_name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  sort_order INT NOT NULL DEFAULT 0,
  PRIMARY KEY (gedcom_id),
  UNIQUE KEY gedcom_ux1 (gedcom_name),
  KEY gedcom_ix1 (sort_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_user (
  user_id INT NOT NULL AUTO_INCREMENT,
  user_name VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  real_name VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  email VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  password VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (user_id),
  UNIQUE KEY user_ux1 (user_name),
  UNIQUE KEY user_ux2 (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_module (
  module_name VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  status VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'enabled',
  tab_order INT NULL,
  menu_order INT NULL,
  sidebar_order INT NULL,
  footer_order INT NULL,
  PRIMARY KEY (module_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_block (
  block_id INT NOT NULL AUTO_INCREMENT,
  gedcom_id INT NULL,
  user_id INT NULL,
  xref VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
  location VARCHAR(4) CHARACTER SET ascii COLLATE ascii_bin NULL,
  block_order INT NOT NULL,
  module_name VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (block_id),
  KEY block_ix1 (gedcom_id),
  KEY block_ix2 (user_id),
  KEY block_ix3 (module_name),
  CONSTRAINT block_fk1 FOREIGN KEY (gedcom_id) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT block_fk2 FOREIGN KEY (module_name) REFERENCES wt_module (module_name) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT block_fk3 FOREIGN KEY (user_id) REFERENCES wt_user (user_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_block_setting (
  block_id INT NOT NULL,
  setting_name VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  setting_value LONGTEXT NOT NULL,
  PRIMARY KEY (block_id, setting_name),
  CONSTRAINT block_setting_fk1 FOREIGN KEY (block_id) REFERENCES wt_block (block_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_change (
  change_id INT NOT NULL AUTO_INCREMENT,
  change_time TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  status VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  gedcom_id INT NOT NULL,
  xref VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  old_gedcom LONGTEXT NOT NULL,
  new_gedcom LONGTEXT NOT NULL,
  user_id INT NOT NULL,
  PRIMARY KEY (change_id),
  KEY change_ix1 (gedcom_id, status, xref),
  KEY change_ix2 (user_id),
  CONSTRAINT change_fk1 FOREIGN KEY (user_id) REFERENCES wt_user (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT change_fk2 FOREIGN KEY (gedcom_id) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_dates (
  d_day INT NOT NULL,
  d_month VARCHAR(5) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  d_mon INT NOT NULL,
  d_year INT NOT NULL,
  d_julianday1 INT NOT NULL,
  d_julianday2 INT NOT NULL,
  d_fact VARCHAR(15) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  d_gid VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  d_file INT NOT NULL,
  d_type VARCHAR(13) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  KEY dates_ix1 (d_day),
  KEY dates_ix2 (d_month),
  KEY dates_ix3 (d_mon),
  KEY dates_ix4 (d_year),
  KEY dates_ix5 (d_julianday1),
  KEY dates_ix6 (d_julianday2),
  KEY dates_ix7 (d_gid),
  KEY dates_ix8 (d_file),
  KEY dates_ix9 (d_type),
  KEY dates_ix10 (d_fact, d_gid),
  CONSTRAINT dates_fk1 FOREIGN KEY (d_file) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_default_resn (
  default_resn_id INT NOT NULL AUTO_INCREMENT,
  gedcom_id INT NOT NULL,
  xref VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
  tag_type VARCHAR(15) CHARACTER SET ascii COLLATE ascii_bin NULL,
  resn VARCHAR(12) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (default_resn_id),
  UNIQUE KEY default_resn_ux1 (gedcom_id, xref, tag_type),
  CONSTRAINT default_resn_fk1 FOREIGN KEY (gedcom_id) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_families (
  f_id VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  f_file INT NOT NULL,
  f_husb VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
  f_wife VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
  f_gedcom LONGTEXT NOT NULL,
  f_numchil INT NOT NULL,
  PRIMARY KEY (f_file, f_id),
  UNIQUE KEY families_ux1 (f_id, f_file),
  KEY families_ix1 (f_file, f_husb),
  KEY families_ix2 (f_file, f_wife),
  KEY families_ix3 (f_file, f_numchil),
  CONSTRAINT families_fk1 FOREIGN KEY (f_file) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_favorite (
  favorite_id INT NOT NULL AUTO_INCREMENT,
  user_id INT NULL,
  gedcom_id INT NOT NULL,
  xref VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NULL,
  favorite_type VARCHAR(4) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  url VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL,
  title VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL,
  note VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NULL,
  PRIMARY KEY (favorite_id),
  KEY favorite_ix1 (user_id),
  KEY favorite_ix2 (gedcom_id, user_id),
  CONSTRAINT favorite_fk1 FOREIGN KEY (user_id) REFERENCES wt_user (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT favorite_fk2 FOREIGN KEY (gedcom_id) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_gedcom_chunk (
  gedcom_chunk_id INT NOT NULL AUTO_INCREMENT,
  gedcom_id INT NOT NULL,
  chunk_data LONGTEXT NOT NULL,
  imported INT NOT NULL DEFAULT 0,
  PRIMARY KEY (gedcom_chunk_id),
  KEY gedcom_chunk_ix1 (gedcom_id, imported),
  CONSTRAINT gedcom_chunk_fk1 FOREIGN KEY (gedcom_id) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_gedcom_setting (
  gedcom_id INT NOT NULL,
  setting_name VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  setting_value VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (gedcom_id, setting_name),
  CONSTRAINT gedcom_setting_fk1 FOREIGN KEY (gedcom_id) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_hit_counter (
  gedcom_id INT NOT NULL,
  page_name VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  page_parameter VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  page_count INT NOT NULL,
  PRIMARY KEY (gedcom_id, page_name, page_parameter),
  CONSTRAINT hit_counter_fk1 FOREIGN KEY (gedcom_id) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_individuals (
  i_id VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  i_file INT NOT NULL,
  i_rin VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  i_sex VARCHAR(1) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  i_gedcom LONGTEXT NOT NULL,
  PRIMARY KEY (i_id, i_file),
  UNIQUE KEY individuals_ux1 (i_file, i_id),
  KEY individuals_ix1 (i_file, i_sex),
  CONSTRAINT individuals_fk1 FOREIGN KEY (i_file) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_link (
  l_file INT NOT NULL,
  l_from VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  l_type VARCHAR(15) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  l_to VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (l_from, l_file, l_type, l_to),
  UNIQUE KEY link_ux1 (l_from, l_file, l_type, l_to),
  UNIQUE KEY link_ux2 (l_to, l_file, l_type, l_from),
  KEY link_ix1 (l_file),
  CONSTRAINT link_fk1 FOREIGN KEY (l_file) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_log (
  log_id INT NOT NULL AUTO_INCREMENT,
  log_time TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  log_type VARCHAR(6) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  log_message LONGTEXT NOT NULL,
  ip_address VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  user_id INT NULL,
  gedcom_id INT NULL,
  PRIMARY KEY (log_id),
  KEY log_ix1 (gedcom_id),
  KEY log_ix2 (user_id),
  KEY log_ix3 (log_time),
  KEY log_ix4 (log_type),
  KEY log_ix5 (ip_address),
  CONSTRAINT log_fk1 FOREIGN KEY (user_id) REFERENCES wt_user (user_id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT log_fk2 FOREIGN KEY (gedcom_id) REFERENCES wt_gedcom (gedcom_id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_media (
  m_id VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  m_file INT NOT NULL,
  m_gedcom LONGTEXT NOT NULL,
  PRIMARY KEY (m_file, m_id),
  UNIQUE KEY media_ux1 (m_id, m_file),
  CONSTRAINT media_fk1 FOREIGN KEY (m_file) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_media_file (
  id INT NOT NULL AUTO_INCREMENT,
  m_id VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  m_file INT NOT NULL,
  multimedia_file_refn VARCHAR(248) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  multimedia_format VARCHAR(4) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  source_media_type VARCHAR(15) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  descriptive_title VARCHAR(248) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (id),
  KEY media_file_ix1 (m_id, m_file),
  KEY media_file_ix2 (m_file, m_id),
  KEY media_file_ix3 (m_file, multimedia_file_refn),
  KEY media_file_ix4 (m_file, multimedia_format),
  KEY media_file_ix5 (m_file, source_media_type),
  KEY media_file_ix6 (m_file, descriptive_title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_message (
  message_id INT NOT NULL AUTO_INCREMENT,
  sender VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  ip_address VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  user_id INT NOT NULL,
  subject VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  body LONGTEXT NOT NULL,
  created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (message_id),
  KEY message_ix1 (user_id),
  CONSTRAINT message_fk1 FOREIGN KEY (user_id) REFERENCES wt_user (user_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_module_privacy (
  id INT NOT NULL AUTO_INCREMENT,
  module_name VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  gedcom_id INT NOT NULL,
  interface VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  access_level INT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY module_privacy_ux1 (gedcom_id, module_name, interface),
  UNIQUE KEY module_privacy_ux2 (module_name, gedcom_id, interface),
  CONSTRAINT module_privacy_fk1 FOREIGN KEY (gedcom_id) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT module_privacy_fk2 FOREIGN KEY (module_name) REFERENCES wt_module (module_name) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_module_setting (
  module_name VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  setting_name VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  setting_value LONGTEXT NOT NULL,
  PRIMARY KEY (module_name, setting_name),
  CONSTRAINT module_setting_fk1 FOREIGN KEY (module_name) REFERENCES wt_module (module_name) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_name (
  n_file INT NOT NULL,
  n_id VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  n_num INT NOT NULL,
  n_type VARCHAR(15) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  n_sort VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  n_full VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  n_surname VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  n_surn VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  n_givn VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  n_soundex_givn_std VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL,
  n_soundex_surn_std VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL,
  n_soundex_givn_dm VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL,
  n_soundex_surn_dm VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL,
  PRIMARY KEY (n_id, n_file, n_num),
  KEY name_ix1 (n_full, n_id, n_file),
  KEY name_ix2 (n_givn, n_file, n_type, n_id),
  KEY name_ix3 (n_surn, n_file, n_type, n_id),
  CONSTRAINT name_fk1 FOREIGN KEY (n_file, n_id) REFERENCES wt_individuals (i_file, i_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_news (
  news_id INT NOT NULL AUTO_INCREMENT,
  user_id INT NULL,
  gedcom_id INT NULL,
  subject VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  body LONGTEXT NOT NULL,
  updated TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (news_id),
  CONSTRAINT news_fk1 FOREIGN KEY (user_id) REFERENCES wt_user (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT news_fk2 FOREIGN KEY (gedcom_id) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_other (
  o_id VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  o_file INT NOT NULL,
  o_type VARCHAR(15) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  o_gedcom LONGTEXT NOT NULL,
  PRIMARY KEY (o_file, o_id),
  UNIQUE KEY other_ux1 (o_id, o_file),
  CONSTRAINT other_fk1 FOREIGN KEY (o_file) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_place_location (
  id INT NOT NULL AUTO_INCREMENT,
  parent_id INT NULL,
  place VARCHAR(120) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  latitude DOUBLE NULL,
  longitude DOUBLE NULL,
  PRIMARY KEY (id),
  UNIQUE KEY place_location_ux1 (parent_id, place),
  UNIQUE KEY place_location_ux2 (place, parent_id),
  KEY place_location_ix1 (latitude),
  KEY place_location_ix2 (longitude),
  CONSTRAINT place_location_fk1 FOREIGN KEY (parent_id) REFERENCES wt_place_location (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_placelinks (
  pl_p_id INT NOT NULL,
  pl_gid VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  pl_file INT NOT NULL,
  PRIMARY KEY (pl_p_id, pl_gid, pl_file),
  KEY placelinks_ix1 (pl_p_id),
  KEY placelinks_ix2 (pl_gid),
  KEY placelinks_ix3 (pl_file),
  CONSTRAINT placelinks_fk1 FOREIGN KEY (pl_file) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_places (
  p_id INT NOT NULL AUTO_INCREMENT,
  p_place VARCHAR(150) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  p_parent_id INT NULL,
  p_file INT NOT NULL,
  p_std_soundex LONGTEXT NOT NULL,
  p_dm_soundex LONGTEXT NOT NULL,
  PRIMARY KEY (p_id),
  UNIQUE KEY places_ux1 (p_parent_id, p_file, p_place),
  CONSTRAINT places_fk1 FOREIGN KEY (p_file) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_session (
  session_id VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  session_time TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  user_id INT NULL,
  ip_address VARCHAR(45) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  session_data LONGTEXT NOT NULL,
  PRIMARY KEY (session_id),
  KEY session_ix1 (session_time),
  KEY session_ix2 (user_id, ip_address),
  CONSTRAINT session_fk1 FOREIGN KEY (user_id) REFERENCES wt_user (user_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_site_setting (
  setting_name VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  setting_value VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (setting_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_sources (
  s_id VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  s_file INT NOT NULL,
  s_name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  s_gedcom LONGTEXT NOT NULL,
  PRIMARY KEY (s_file, s_id),
  UNIQUE KEY sources_ux1 (s_id, s_file),
  KEY sources_ix1 (s_file, s_name),
  CONSTRAINT sources_fk1 FOREIGN KEY (s_file) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_user_gedcom_setting (
  user_id INT NOT NULL,
  gedcom_id INT NOT NULL,
  setting_name VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  setting_value VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (user_id, gedcom_id, setting_name),
  KEY user_gedcom_setting_ix1 (gedcom_id),
  CONSTRAINT user_gedcom_setting_fk1 FOREIGN KEY (user_id) REFERENCES wt_user (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT user_gedcom_setting_fk2 FOREIGN KEY (gedcom_id) REFERENCES wt_gedcom (gedcom_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE wt_user_setting (
  user_id INT NOT NULL,
  setting_name VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  setting_value VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (user_id, setting_name),
  CONSTRAINT user_setting_fk1 FOREIGN KEY (user_id) REFERENCES wt_user (user_id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
