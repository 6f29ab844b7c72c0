-- OcoMon 4.x (Flávio Ribeiro's helpdesk and IT-inventory system, Brazil): 44 of the 101 tables of
-- install/4.x/01-DB_OCOMON_4.x-FRESH_INSTALL_STRUCTURE_AND_BASIC_DATA.sql, read from the GitHub copy
-- viniciusmelocodes/ocomon_4 commit f9f04f86e25018d4f78ab2746218e0779b43a5fa (an import of the OcoMon 4 release, GPL-3.0).
-- The whole install script (phpMyAdmin dump: CREATE TABLE, ALTER TABLE ... ADD PRIMARY KEY/KEY, MODIFY AUTO_INCREMENT,
-- then the 4.x ALTER/CREATE statements) was run in MariaDB 10.11 and each kept table read back with SHOW CREATE TABLE;
-- AUTO_INCREMENT counters dropped, utf8mb3 written utf8. Table and column comments are upstream's.

CREATE TABLE `assentamentos` (
  `numero` int(11) NOT NULL AUTO_INCREMENT,
  `ocorrencia` int(11) NOT NULL DEFAULT 0,
  `assentamento` text NOT NULL,
  `data` datetime DEFAULT NULL,
  `responsavel` int(4) NOT NULL DEFAULT 0,
  `asset_privated` tinyint(1) NOT NULL DEFAULT 0,
  `tipo_assentamento` int(1) NOT NULL DEFAULT 0 COMMENT 'Tipo do assentamento',
  PRIMARY KEY (`numero`),
  KEY `ocorrencia` (`ocorrencia`),
  KEY `tipo_assentamento` (`tipo_assentamento`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `avisos` (
  `aviso_id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(30) DEFAULT NULL,
  `avisos` text DEFAULT NULL,
  `data` datetime DEFAULT NULL,
  `origem` int(4) NOT NULL DEFAULT 0,
  `status` varchar(100) DEFAULT NULL,
  `area` varchar(255) DEFAULT NULL,
  `origembkp` varchar(20) DEFAULT NULL,
  `expire_date` datetime DEFAULT NULL,
  `is_active` tinyint(4) DEFAULT NULL,
  `is_recurrent` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indica se o aviso será exibindo novamente no outro dia',
  PRIMARY KEY (`aviso_id`),
  KEY `expire_date` (`expire_date`),
  KEY `is_active` (`is_active`),
  KEY `is_recurrent` (`is_recurrent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `ccusto` (
  `codigo` int(4) NOT NULL AUTO_INCREMENT,
  `codccusto` varchar(6) NOT NULL DEFAULT '',
  `descricao` varchar(25) NOT NULL DEFAULT '',
  PRIMARY KEY (`codigo`),
  KEY `codccusto` (`codccusto`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de Centros de Custo';

CREATE TABLE `contatos` (
  `contact_id` int(5) NOT NULL AUTO_INCREMENT,
  `contact_login` varchar(15) NOT NULL,
  `contact_name` varchar(40) NOT NULL,
  `contact_email` varchar(40) NOT NULL,
  PRIMARY KEY (`contact_id`),
  UNIQUE KEY `contact_login` (`contact_login`,`contact_email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de Contatos';

CREATE TABLE `doc_time` (
  `doc_id` int(6) NOT NULL AUTO_INCREMENT,
  `doc_oco` int(6) NOT NULL,
  `doc_open` int(10) NOT NULL DEFAULT 0,
  `doc_edit` int(10) NOT NULL DEFAULT 0,
  `doc_close` int(10) NOT NULL DEFAULT 0,
  `doc_user` int(4) NOT NULL,
  PRIMARY KEY (`doc_id`),
  KEY `doc_user` (`doc_user`),
  KEY `doc_oco` (`doc_oco`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela para armazenar o tempo de documentacao de cada chamado';

CREATE TABLE `emprestimos` (
  `empr_id` int(11) NOT NULL AUTO_INCREMENT,
  `material` text NOT NULL,
  `responsavel` int(4) NOT NULL DEFAULT 0,
  `data_empr` datetime DEFAULT NULL,
  `data_devol` datetime DEFAULT NULL,
  `quem` varchar(100) DEFAULT NULL,
  `local` varchar(100) DEFAULT NULL,
  `ramal` varchar(20) DEFAULT NULL,
  `responsavelbkp` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`empr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `equipamentos` (
  `comp_cod` int(4) unsigned NOT NULL AUTO_INCREMENT,
  `comp_inv` varchar(255) NOT NULL,
  `comp_sn` varchar(255) DEFAULT NULL,
  `comp_marca` int(4) unsigned NOT NULL DEFAULT 0,
  `comp_mb` int(4) DEFAULT NULL,
  `comp_proc` int(4) unsigned DEFAULT NULL,
  `comp_memo` int(4) unsigned DEFAULT NULL,
  `comp_video` int(4) unsigned DEFAULT NULL,
  `comp_som` int(4) unsigned DEFAULT NULL,
  `comp_rede` int(4) unsigned DEFAULT NULL,
  `comp_modelohd` int(4) unsigned DEFAULT NULL,
  `comp_modem` int(4) unsigned DEFAULT NULL,
  `comp_cdrom` int(4) unsigned DEFAULT NULL,
  `comp_dvd` int(4) unsigned DEFAULT NULL,
  `comp_grav` int(4) unsigned DEFAULT NULL,
  `comp_nome` varchar(255) DEFAULT NULL,
  `comp_local` int(4) unsigned NOT NULL DEFAULT 0,
  `comp_fornecedor` int(4) DEFAULT NULL,
  `comp_nf` varchar(255) DEFAULT NULL,
  `comp_coment` text DEFAULT NULL,
  `comp_data` datetime DEFAULT NULL,
  `comp_valor` float DEFAULT NULL,
  `comp_data_compra` datetime DEFAULT NULL,
  `comp_inst` int(4) NOT NULL DEFAULT 0,
  `comp_ccusto` int(6) DEFAULT NULL,
  `comp_tipo_equip` int(4) NOT NULL DEFAULT 0,
  `comp_tipo_imp` int(4) DEFAULT NULL,
  `comp_resolucao` int(4) DEFAULT NULL,
  `comp_polegada` int(4) DEFAULT NULL,
  `comp_fab` int(4) NOT NULL DEFAULT 0,
  `comp_situac` int(4) DEFAULT NULL,
  `comp_reitoria` int(4) DEFAULT NULL,
  `comp_tipo_garant` int(4) DEFAULT NULL,
  `comp_garant_meses` int(4) DEFAULT NULL,
  `comp_assist` int(4) DEFAULT NULL,
  PRIMARY KEY (`comp_inv`,`comp_inst`),
  KEY `comp_cod` (`comp_cod`),
  KEY `comp_inv` (`comp_inv`),
  KEY `comp_assist` (`comp_assist`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela principal modulo de inventario de computadores';

CREATE TABLE `feriados` (
  `cod_feriado` int(4) NOT NULL AUTO_INCREMENT,
  `data_feriado` datetime DEFAULT NULL,
  `desc_feriado` varchar(40) DEFAULT NULL,
  `fixo_feriado` int(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`cod_feriado`),
  KEY `data_feriado` (`data_feriado`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de feriados';

CREATE TABLE `global_tickets` (
  `gt_ticket` int(6) NOT NULL,
  `gt_id` varchar(255) NOT NULL,
  PRIMARY KEY (`gt_ticket`),
  KEY `gt_id` (`gt_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='tabela para permitir acesso global as ocorrencias';

CREATE TABLE `historico` (
  `hist_cod` int(4) NOT NULL AUTO_INCREMENT,
  `hist_inv` varchar(255) NOT NULL DEFAULT '0',
  `hist_inst` int(4) NOT NULL DEFAULT 0,
  `hist_local` int(4) NOT NULL DEFAULT 0,
  `hist_data` datetime DEFAULT NULL,
  PRIMARY KEY (`hist_cod`),
  KEY `hist_inv` (`hist_inv`),
  KEY `hist_inst` (`hist_inst`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de controle de histórico de locais por onde o equipam';

CREATE TABLE `hw_alter` (
  `hwa_cod` int(4) NOT NULL AUTO_INCREMENT,
  `hwa_inst` int(4) NOT NULL,
  `hwa_inv` varchar(255) NOT NULL,
  `hwa_item` int(4) DEFAULT NULL,
  `hwa_user` int(4) NOT NULL,
  `hwa_data` datetime NOT NULL,
  PRIMARY KEY (`hwa_cod`),
  KEY `hwa_inst` (`hwa_inst`,`hwa_inv`,`hwa_item`,`hwa_user`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela para armazenar alteracoes de hw';

CREATE TABLE `imagens` (
  `img_cod` int(4) NOT NULL AUTO_INCREMENT,
  `img_oco` int(4) DEFAULT NULL,
  `img_inst` int(4) DEFAULT NULL,
  `img_inv` varchar(255) DEFAULT NULL,
  `img_model` int(4) DEFAULT NULL,
  `img_nome` varchar(255) NOT NULL,
  `img_tipo` varchar(255) NOT NULL,
  `img_bin` longblob NOT NULL,
  `img_largura` int(4) DEFAULT NULL,
  `img_altura` int(4) DEFAULT NULL,
  `img_size` bigint(15) DEFAULT NULL,
  PRIMARY KEY (`img_cod`),
  KEY `img_oco` (`img_oco`),
  KEY `img_inv` (`img_inv`,`img_model`),
  KEY `img_inst` (`img_inst`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de arquivos anexos';

CREATE TABLE `instituicao` (
  `inst_cod` int(4) NOT NULL AUTO_INCREMENT,
  `inst_nome` varchar(30) NOT NULL DEFAULT '',
  `inst_status` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`inst_cod`),
  KEY `inst_cod` (`inst_cod`),
  KEY `inst_status` (`inst_status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de Unidades';

CREATE TABLE `localizacao` (
  `loc_id` int(11) NOT NULL AUTO_INCREMENT,
  `local` varchar(255) DEFAULT NULL,
  `loc_reitoria` int(4) DEFAULT 0,
  `loc_prior` int(4) DEFAULT NULL,
  `loc_dominio` int(4) DEFAULT NULL,
  `loc_predio` int(4) DEFAULT NULL,
  `loc_status` int(4) NOT NULL DEFAULT 1,
  UNIQUE KEY `loc_id` (`loc_id`),
  KEY `loc_sla` (`loc_prior`),
  KEY `loc_dominio` (`loc_dominio`),
  KEY `loc_predio` (`loc_predio`),
  KEY `loc_status` (`loc_status`),
  KEY `loc_prior` (`loc_prior`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `mailconfig` (
  `mail_cod` int(4) NOT NULL AUTO_INCREMENT,
  `mail_issmtp` int(1) NOT NULL DEFAULT 1,
  `mail_host` varchar(255) NOT NULL DEFAULT 'mail.smtp.com',
  `mail_port` int(5) NOT NULL DEFAULT 587,
  `mail_secure` varchar(10) NOT NULL DEFAULT 'tls',
  `mail_isauth` int(1) NOT NULL DEFAULT 0,
  `mail_user` varchar(255) DEFAULT NULL,
  `mail_pass` varchar(255) DEFAULT NULL,
  `mail_from` varchar(255) NOT NULL DEFAULT 'ocomon@yourdomain.com',
  `mail_ishtml` int(1) NOT NULL DEFAULT 1,
  `mail_from_name` varchar(255) NOT NULL DEFAULT 'SISTEMA_OCOMON',
  `mail_send` tinyint(1) NOT NULL DEFAULT 0,
  `mail_queue` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`mail_cod`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de configuracao para envio de e-mails';

CREATE TABLE `mail_hist` (
  `mhist_cod` int(6) NOT NULL AUTO_INCREMENT,
  `mhist_oco` int(6) NOT NULL,
  `mhist_listname` varchar(255) NOT NULL,
  `mhist_address` text NOT NULL,
  `mhist_address_cc` text DEFAULT NULL,
  `mhist_subject` varchar(255) NOT NULL,
  `mhist_body` text NOT NULL,
  `mhist_date` datetime NOT NULL,
  `mhist_technician` int(4) NOT NULL,
  PRIMARY KEY (`mhist_cod`),
  KEY `mhist_technician` (`mhist_technician`),
  KEY `mhist_oco` (`mhist_oco`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de histórico de emails enviados';

CREATE TABLE `mail_list` (
  `ml_cod` int(4) NOT NULL AUTO_INCREMENT,
  `ml_sigla` varchar(255) NOT NULL,
  `ml_desc` text NOT NULL,
  `ml_addr_to` text NOT NULL,
  `ml_addr_cc` text DEFAULT NULL,
  PRIMARY KEY (`ml_cod`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de listas de distribuicao';

CREATE TABLE `mail_templates` (
  `tpl_cod` int(4) NOT NULL AUTO_INCREMENT,
  `tpl_sigla` varchar(255) NOT NULL,
  `tpl_subject` varchar(255) NOT NULL,
  `tpl_msg_html` mediumtext NOT NULL,
  `tpl_msg_text` text DEFAULT NULL,
  PRIMARY KEY (`tpl_cod`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de templates de e-mails';

CREATE TABLE `nivel` (
  `nivel_cod` int(4) NOT NULL AUTO_INCREMENT,
  `nivel_nome` varchar(20) NOT NULL DEFAULT '',
  PRIMARY KEY (`nivel_cod`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de níveis de acesso ao invmon';

CREATE TABLE `ocodeps` (
  `dep_pai` int(6) NOT NULL,
  `dep_filho` int(6) NOT NULL,
  KEY `dep_filho` (`dep_filho`),
  KEY `dep_pai` (`dep_pai`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela para controle de sub-chamados';

CREATE TABLE `ocorrencias` (
  `numero` int(11) NOT NULL AUTO_INCREMENT,
  `problema` int(11) NOT NULL DEFAULT 0,
  `descricao` text NOT NULL,
  `equipamento` varchar(255) DEFAULT NULL,
  `sistema` int(11) NOT NULL DEFAULT 0,
  `contato` varchar(100) NOT NULL DEFAULT '',
  `contato_email` varchar(255) DEFAULT NULL,
  `telefone` varchar(40) DEFAULT NULL,
  `local` int(11) NOT NULL DEFAULT 0,
  `operador` int(4) NOT NULL DEFAULT 0,
  `data_abertura` datetime DEFAULT NULL,
  `data_fechamento` datetime DEFAULT NULL,
  `status` int(11) DEFAULT NULL,
  `data_atendimento` datetime DEFAULT NULL,
  `instituicao` int(4) DEFAULT NULL,
  `aberto_por` int(4) NOT NULL DEFAULT 0,
  `oco_scheduled` tinyint(1) NOT NULL DEFAULT 0,
  `oco_scheduled_to` datetime DEFAULT NULL,
  `oco_real_open_date` datetime DEFAULT NULL,
  `oco_script_sol` int(4) DEFAULT NULL,
  `date_first_queued` datetime DEFAULT NULL,
  `oco_prior` int(2) DEFAULT NULL,
  `oco_channel` int(2) DEFAULT 1,
  `oco_tag` text DEFAULT NULL,
  PRIMARY KEY (`numero`),
  KEY `data_abertura` (`data_abertura`),
  KEY `data_fechamento` (`data_fechamento`),
  KEY `local` (`local`),
  KEY `aberto_por` (`aberto_por`),
  KEY `oco_scheduled` (`oco_scheduled`),
  KEY `oco_script_sol` (`oco_script_sol`),
  KEY `oco_prior` (`oco_prior`),
  KEY `contato_email` (`contato_email`),
  KEY `oco_channel` (`oco_channel`),
  FULLTEXT KEY `oco_tag` (`oco_tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `permissoes` (
  `perm_cod` int(4) NOT NULL AUTO_INCREMENT,
  `perm_area` int(4) NOT NULL DEFAULT 0,
  `perm_modulo` int(4) NOT NULL DEFAULT 0,
  `perm_flag` int(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`perm_cod`),
  KEY `perm_area` (`perm_area`,`perm_modulo`,`perm_flag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela para permissoes das áreas';

CREATE TABLE `prioridades` (
  `prior_cod` int(4) NOT NULL AUTO_INCREMENT,
  `prior_nivel` varchar(15) NOT NULL DEFAULT '',
  `prior_sla` int(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`prior_cod`),
  KEY `prior_nivel` (`prior_nivel`,`prior_sla`),
  KEY `prior_sla` (`prior_sla`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de prioridades para resposta de chamados';

CREATE TABLE `prior_atend` (
  `pr_cod` int(2) NOT NULL AUTO_INCREMENT,
  `pr_nivel` int(2) NOT NULL,
  `pr_default` tinyint(1) NOT NULL DEFAULT 0,
  `pr_desc` varchar(50) NOT NULL DEFAULT '#CCCCCC',
  `pr_color` varchar(7) NOT NULL,
  `pr_font_color` varchar(7) DEFAULT '#000000',
  PRIMARY KEY (`pr_cod`),
  UNIQUE KEY `pr_nivel` (`pr_nivel`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de prioridades para atendimento dos chamados';

CREATE TABLE `problemas` (
  `prob_id` int(11) NOT NULL AUTO_INCREMENT,
  `problema` varchar(100) NOT NULL DEFAULT '',
  `prob_area` int(4) DEFAULT NULL,
  `prob_sla` int(4) DEFAULT NULL,
  `prob_tipo_1` int(4) DEFAULT NULL,
  `prob_tipo_2` int(4) DEFAULT NULL,
  `prob_tipo_3` int(4) DEFAULT NULL,
  `prob_alimenta_banco_solucao` int(1) NOT NULL DEFAULT 1 COMMENT 'Flag para gravar a solucao ou nao',
  `prob_descricao` text DEFAULT NULL COMMENT 'Descricao do tipo de problema',
  `prob_not_area` varchar(255) DEFAULT NULL,
  `prob_active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`prob_id`),
  KEY `prob_id` (`prob_id`),
  KEY `prob_area` (`prob_area`),
  KEY `prob_sla` (`prob_sla`),
  KEY `prob_tipo_1` (`prob_tipo_1`,`prob_tipo_2`),
  KEY `prob_tipo_3` (`prob_tipo_3`),
  KEY `prob_not_area` (`prob_not_area`),
  KEY `prob_active` (`prob_active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `sistemas` (
  `sis_id` int(11) NOT NULL AUTO_INCREMENT,
  `sistema` varchar(100) DEFAULT NULL,
  `sis_status` int(4) NOT NULL DEFAULT 1,
  `sis_email` varchar(255) DEFAULT NULL,
  `sis_atende` int(1) NOT NULL DEFAULT 1,
  `sis_screen` int(2) DEFAULT NULL,
  `sis_wt_profile` int(2) NOT NULL DEFAULT 1 COMMENT 'id do perfil de jornada de trabalho',
  `sis_months_done` int(3) NOT NULL DEFAULT 12 COMMENT 'Tempo em meses, para filtro de exibição de encerrados',
  PRIMARY KEY (`sis_id`),
  KEY `sis_status` (`sis_status`),
  KEY `sis_screen` (`sis_screen`),
  KEY `sis_wt_profile` (`sis_wt_profile`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `sla_solucao` (
  `slas_cod` int(4) NOT NULL AUTO_INCREMENT,
  `slas_tempo` int(6) NOT NULL DEFAULT 0,
  `slas_desc` varchar(15) NOT NULL DEFAULT '',
  PRIMARY KEY (`slas_cod`),
  KEY `slas_tempo` (`slas_tempo`),
  KEY `slas_tempo_2` (`slas_tempo`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de SLAs de tempo de solução';

CREATE TABLE `solucoes` (
  `numero` int(11) NOT NULL DEFAULT 0,
  `problema` text NOT NULL,
  `solucao` text NOT NULL,
  `data` datetime DEFAULT NULL,
  `responsavel` int(4) NOT NULL DEFAULT 0,
  `responsavelbkp` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`numero`),
  KEY `numero` (`numero`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `status` (
  `stat_id` int(11) NOT NULL AUTO_INCREMENT,
  `status` varchar(100) NOT NULL DEFAULT '',
  `stat_cat` int(4) DEFAULT NULL,
  `stat_painel` int(2) DEFAULT NULL,
  `stat_time_freeze` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`stat_id`),
  KEY `stat_cat` (`stat_cat`),
  KEY `stat_painel` (`stat_painel`),
  KEY `stat_time_freeze` (`stat_time_freeze`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `status_categ` (
  `stc_cod` int(4) NOT NULL AUTO_INCREMENT,
  `stc_desc` varchar(30) NOT NULL DEFAULT '',
  PRIMARY KEY (`stc_cod`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de Categorias de Status para Chamados';

CREATE TABLE `tempo_status` (
  `ts_cod` int(6) NOT NULL AUTO_INCREMENT,
  `ts_ocorrencia` int(5) NOT NULL DEFAULT 0,
  `ts_status` int(4) NOT NULL DEFAULT 0,
  `ts_tempo` int(10) NOT NULL DEFAULT 0,
  `ts_data` datetime DEFAULT NULL,
  PRIMARY KEY (`ts_cod`),
  KEY `ts_ocorrencia` (`ts_ocorrencia`,`ts_status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela para armazenar o tempo dos chamados em cada status';

CREATE TABLE `uprefs` (
  `upref_uid` int(4) NOT NULL,
  `upref_lang` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`upref_uid`),
  KEY `upref_lang` (`upref_lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de preferencias diversas dos usuarios';

CREATE TABLE `usuarios` (
  `user_id` int(4) NOT NULL AUTO_INCREMENT,
  `login` varchar(100) NOT NULL DEFAULT '',
  `nome` varchar(200) NOT NULL DEFAULT '',
  `password` varchar(255) DEFAULT NULL,
  `hash` varchar(255) DEFAULT NULL,
  `data_inc` date DEFAULT NULL,
  `data_admis` date DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `fone` varchar(255) DEFAULT NULL,
  `nivel` char(2) DEFAULT NULL,
  `AREA` char(3) DEFAULT 'ALL',
  `user_admin` int(1) NOT NULL DEFAULT 0,
  `last_logon` datetime DEFAULT NULL,
  `forget` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  KEY `login` (`login`),
  KEY `AREA` (`AREA`),
  KEY `user_admin` (`user_admin`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de operadores do sistema';

CREATE TABLE `usuarios_areas` (
  `uarea_cod` int(4) NOT NULL AUTO_INCREMENT,
  `uarea_uid` int(4) NOT NULL DEFAULT 0,
  `uarea_sid` varchar(4) NOT NULL DEFAULT '',
  PRIMARY KEY (`uarea_cod`),
  KEY `uarea_uid` (`uarea_uid`,`uarea_sid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de areas que o usuario pertence';

CREATE TABLE `utmp_usuarios` (
  `utmp_cod` int(4) NOT NULL AUTO_INCREMENT,
  `utmp_login` varchar(100) NOT NULL,
  `utmp_nome` varchar(255) NOT NULL DEFAULT '',
  `utmp_email` varchar(255) NOT NULL DEFAULT '',
  `utmp_phone` varchar(255) DEFAULT NULL,
  `utmp_passwd` varchar(255) DEFAULT NULL,
  `utmp_hash` text DEFAULT NULL,
  `utmp_rand` varchar(255) NOT NULL DEFAULT '',
  `utmp_date` datetime DEFAULT current_timestamp(),
  PRIMARY KEY (`utmp_cod`),
  UNIQUE KEY `utmp_login` (`utmp_login`,`utmp_email`),
  KEY `utmp_rand` (`utmp_rand`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Tabela de transição para cadastro de usuários';

CREATE TABLE `worktime_profiles` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `is_default` tinyint(1) DEFAULT NULL,
  `week_ini_time_hour` varchar(2) NOT NULL,
  `week_ini_time_minute` varchar(2) NOT NULL,
  `week_end_time_hour` varchar(2) NOT NULL,
  `week_end_time_minute` varchar(2) NOT NULL,
  `week_day_full_worktime` int(5) NOT NULL,
  `sat_ini_time_hour` varchar(2) NOT NULL,
  `sat_ini_time_minute` varchar(2) NOT NULL,
  `sat_end_time_hour` varchar(2) NOT NULL,
  `sat_end_time_minute` varchar(2) NOT NULL,
  `sat_day_full_worktime` int(5) NOT NULL,
  `sun_ini_time_hour` varchar(2) NOT NULL,
  `sun_ini_time_minute` varchar(2) NOT NULL,
  `sun_end_time_hour` varchar(2) NOT NULL,
  `sun_end_time_minute` varchar(2) NOT NULL,
  `sun_day_full_worktime` int(5) NOT NULL,
  `off_ini_time_hour` varchar(2) NOT NULL,
  `off_ini_time_minute` varchar(2) NOT NULL,
  `off_end_time_hour` varchar(2) NOT NULL,
  `off_end_time_minute` varchar(2) NOT NULL,
  `off_day_full_worktime` int(5) NOT NULL,
  `247` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `is_default` (`is_default`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Cargas horárias para controle de parada de relógio e SLAs';

CREATE TABLE `tickets_stages` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `ticket` int(11) NOT NULL,
  `date_start` datetime NOT NULL,
  `date_stop` datetime DEFAULT NULL,
  `status_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ticket` (`ticket`),
  KEY `status_id` (`status_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Intervalos de tempo para cada status do chamado';

CREATE TABLE `ocorrencias_log` (
  `log_id` int(11) NOT NULL AUTO_INCREMENT,
  `log_numero` int(11) NOT NULL,
  `log_quem` int(5) NOT NULL,
  `log_data` timestamp NOT NULL DEFAULT current_timestamp(),
  `log_descricao` text DEFAULT NULL,
  `log_prioridade` int(2) DEFAULT NULL,
  `log_area` int(4) DEFAULT NULL,
  `log_problema` int(4) DEFAULT NULL,
  `log_unidade` int(4) DEFAULT NULL,
  `log_etiqueta` varchar(255) DEFAULT NULL,
  `log_contato` varchar(255) DEFAULT NULL,
  `log_contato_email` varchar(255) DEFAULT NULL,
  `log_telefone` varchar(255) DEFAULT NULL,
  `log_departamento` int(4) DEFAULT NULL,
  `log_responsavel` int(5) DEFAULT NULL,
  `log_data_agendamento` datetime DEFAULT NULL,
  `log_status` int(4) DEFAULT NULL,
  `log_tipo_edicao` int(2) DEFAULT NULL,
  PRIMARY KEY (`log_id`),
  KEY `log_numero` (`log_numero`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Log de alteracoes nas informacoes dos chamados';

CREATE TABLE `user_notices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `notice_id` int(11) NOT NULL,
  `last_shown` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `notice_id` (`notice_id`),
  KEY `last_shown` (`last_shown`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Avisos do Mural já exibidos para o usuário';

CREATE TABLE `channels` (
  `id` int(2) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `only_set_by_system` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Apenas para processos automatizados',
  PRIMARY KEY (`id`),
  KEY `is_default` (`is_default`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Canais disponíveis para abertura de chamados';

CREATE TABLE `mail_queue` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `ticket` int(11) DEFAULT NULL,
  `subject` varchar(255) NOT NULL DEFAULT '',
  `body` mediumtext NOT NULL,
  `from_email` varchar(255) NOT NULL DEFAULT '',
  `from_name` varchar(255) NOT NULL DEFAULT '',
  `recipient_email` varchar(255) NOT NULL DEFAULT '',
  `recipient_name` varchar(255) NOT NULL DEFAULT '',
  `sent_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `ticket` (`ticket`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `access_tokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `app` varchar(255) DEFAULT NULL,
  `token` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `app` (`app`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE `custom_fields` (
  `id` int(3) NOT NULL AUTO_INCREMENT,
  `field_name` varchar(255) NOT NULL,
  `field_type` enum('text','number','select','select_multi','date','time','datetime','textarea','checkbox') NOT NULL,
  `field_default_value` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `field_required` tinyint(1) NOT NULL DEFAULT 0,
  `field_table_to` varchar(255) NOT NULL,
  `field_label` varchar(255) NOT NULL,
  `field_order` varchar(10) DEFAULT NULL COMMENT 'Campo utilizado para ordenação nas telas do sistema',
  `field_title` varchar(255) DEFAULT NULL,
  `field_placeholder` varchar(255) DEFAULT NULL,
  `field_description` varchar(255) DEFAULT NULL,
  `field_active` tinyint(1) NOT NULL DEFAULT 1,
  `field_attributes` text DEFAULT NULL,
  `field_mask` text DEFAULT NULL COMMENT 'Máscara para campos tipo texto',
  `field_mask_regex` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Se a máscara é uma expressão regular',
  PRIMARY KEY (`id`),
  UNIQUE KEY `field_name` (`field_name`),
  KEY `field_table_to` (`field_table_to`),
  KEY `field_active` (`field_active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Campos customizaveis';

CREATE TABLE `tickets_x_cfields` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ticket` int(11) NOT NULL,
  `cfield_id` int(11) NOT NULL,
  `cfield_value` text DEFAULT NULL,
  `cfield_is_key` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ticket` (`ticket`),
  KEY `cfield_id` (`cfield_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Registros com campos personalizados';

