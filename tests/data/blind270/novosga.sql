-- Novo SGA 2.x (Novo Sistema de Gerenciamento de Atendimento; queue and service management of Brazilian public
-- offices, courts, clinics and banks: triage and ticket issuing, counters, attendances and their history,
-- customers, appointments, call panels, users and unit allocations)
-- Upstream: github.com/novosga/novosga, commit e683e6badaa8bfe012986ee6699ededd76201518 (MIT)
-- Built by replaying upstream's Doctrine migrations in version order into MariaDB 10.11: `migrations/Version1.php`
-- (`migrations/sql/v1__init.mysql.sql`), the ALTER statements of `Version2.php` and `Version20210326134543.php`,
-- and `Version20240723214655.php` (`migrations/sql/v20240723214655__oauth_migration.mysql.sql` plus its drops of
-- the three old `oauth_*` tables), then reading every table back with SHOW CREATE TABLE. Column order, keys and
-- foreign keys are upstream's; only AUTO_INCREMENT=n counters dropped. The two reporting views
-- (`view_atendimentos`, `view_atendimentos_codificados`) are left out; all 31 tables are kept.

CREATE TABLE `clientes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(60) NOT NULL,
  `documento` varchar(30) NOT NULL,
  `email` varchar(80) DEFAULT NULL,
  `telefone` varchar(25) DEFAULT NULL,
  `dt_nascimento` date DEFAULT NULL,
  `genero` varchar(1) DEFAULT NULL,
  `observacao` longtext DEFAULT NULL,
  `end_pais` varchar(2) DEFAULT NULL,
  `end_cep` varchar(25) DEFAULT NULL,
  `end_estado` varchar(3) DEFAULT NULL,
  `end_cidade` varchar(30) DEFAULT NULL,
  `end_logradouro` varchar(60) DEFAULT NULL,
  `end_numero` varchar(10) DEFAULT NULL,
  `end_complemento` varchar(15) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `clientes_metadata` (
  `namespace` varchar(30) NOT NULL,
  `name` varchar(30) NOT NULL,
  `cliente_id` int(11) NOT NULL,
  `value` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '(DC2Type:json)' CHECK (json_valid(`value`)),
  PRIMARY KEY (`namespace`,`name`,`cliente_id`),
  KEY `IDX_23B81DEEDE734E51` (`cliente_id`),
  CONSTRAINT `FK_23B81DEEDE734E51` FOREIGN KEY (`cliente_id`) REFERENCES `clientes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `departamentos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(64) NOT NULL,
  `descricao` varchar(250) NOT NULL,
  `ativo` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `locais` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(20) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_C823878C54BD530C` (`nome`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `metadata` (
  `namespace` varchar(30) NOT NULL,
  `name` varchar(30) NOT NULL,
  `value` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '(DC2Type:json)' CHECK (json_valid(`value`)),
  PRIMARY KEY (`namespace`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth2_client` (
  `identifier` varchar(32) NOT NULL,
  `name` varchar(128) NOT NULL,
  `secret` varchar(128) DEFAULT NULL,
  `redirect_uris` text DEFAULT NULL COMMENT '(DC2Type:oauth2_redirect_uri)',
  `grants` text DEFAULT NULL COMMENT '(DC2Type:oauth2_grant)',
  `scopes` text DEFAULT NULL COMMENT '(DC2Type:oauth2_scope)',
  `active` tinyint(1) NOT NULL,
  `allow_plain_text_pkce` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `perfis` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(50) NOT NULL,
  `descricao` varchar(150) NOT NULL,
  `modulos` longtext DEFAULT NULL COMMENT '(DC2Type:simple_array)',
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `prioridades` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(64) NOT NULL,
  `descricao` varchar(100) NOT NULL,
  `peso` smallint(6) NOT NULL,
  `ativo` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL,
  `cor` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `servicos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `macro_id` int(11) DEFAULT NULL,
  `nome` varchar(50) NOT NULL,
  `descricao` varchar(250) NOT NULL,
  `ativo` tinyint(1) NOT NULL,
  `peso` smallint(6) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_89DD09E3F43A187E` (`macro_id`),
  CONSTRAINT `FK_89DD09E3F43A187E` FOREIGN KEY (`macro_id`) REFERENCES `servicos` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `servicos_metadata` (
  `namespace` varchar(30) NOT NULL,
  `name` varchar(30) NOT NULL,
  `servico_id` int(11) NOT NULL,
  `value` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '(DC2Type:json)' CHECK (json_valid(`value`)),
  PRIMARY KEY (`namespace`,`name`,`servico_id`),
  KEY `IDX_8E8BF0E482E14982` (`servico_id`),
  CONSTRAINT `FK_8E8BF0E482E14982` FOREIGN KEY (`servico_id`) REFERENCES `servicos` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `unidades` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(50) NOT NULL,
  `descricao` varchar(250) NOT NULL,
  `ativo` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL,
  `impressao_cabecalho` varchar(150) NOT NULL,
  `impressao_rodape` varchar(150) NOT NULL,
  `impressao_exibir_data` tinyint(1) NOT NULL,
  `impressao_exibir_prioridade` tinyint(1) NOT NULL,
  `impressao_exibir_nome_unidade` tinyint(1) NOT NULL,
  `impressao_exibir_nome_servico` tinyint(1) NOT NULL,
  `impressao_exibir_mensagem_servico` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `unidades_metadata` (
  `namespace` varchar(30) NOT NULL,
  `name` varchar(30) NOT NULL,
  `unidade_id` int(11) NOT NULL,
  `value` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '(DC2Type:json)' CHECK (json_valid(`value`)),
  PRIMARY KEY (`namespace`,`name`,`unidade_id`),
  KEY `IDX_A21ACF47EDF4B99B` (`unidade_id`),
  CONSTRAINT `FK_A21ACF47EDF4B99B` FOREIGN KEY (`unidade_id`) REFERENCES `unidades` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `usuarios` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(30) NOT NULL,
  `nome` varchar(20) NOT NULL,
  `sobrenome` varchar(100) NOT NULL,
  `email` varchar(150) DEFAULT NULL,
  `senha` varchar(128) NOT NULL,
  `ativo` tinyint(1) NOT NULL,
  `ultimo_acesso` datetime DEFAULT NULL,
  `ip` varchar(15) DEFAULT NULL,
  `session_id` varchar(50) DEFAULT NULL,
  `algorithm` varchar(10) NOT NULL,
  `admin` tinyint(1) NOT NULL,
  `salt` varchar(60) DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_EF687F2AA08CB10` (`login`),
  UNIQUE KEY `UNIQ_EF687F2E7927C74` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `usuarios_metadata` (
  `namespace` varchar(30) NOT NULL,
  `name` varchar(30) NOT NULL,
  `usuario_id` int(11) NOT NULL,
  `value` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '(DC2Type:json)' CHECK (json_valid(`value`)),
  PRIMARY KEY (`namespace`,`name`,`usuario_id`),
  KEY `IDX_BD8E7838DB38439E` (`usuario_id`),
  CONSTRAINT `FK_BD8E7838DB38439E` FOREIGN KEY (`usuario_id`) REFERENCES `usuarios` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `agendamentos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cliente_id` int(11) DEFAULT NULL,
  `unidade_id` int(11) DEFAULT NULL,
  `servico_id` int(11) DEFAULT NULL,
  `data` date NOT NULL,
  `hora` time NOT NULL,
  `data_confirmacao` datetime DEFAULT NULL,
  `oid` varchar(255) DEFAULT NULL,
  `situacao` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_2D12EA4ADE734E51` (`cliente_id`),
  KEY `IDX_2D12EA4AEDF4B99B` (`unidade_id`),
  KEY `IDX_2D12EA4A82E14982` (`servico_id`),
  KEY `agendamento_oid_index` (`oid`),
  CONSTRAINT `FK_2D12EA4A82E14982` FOREIGN KEY (`servico_id`) REFERENCES `servicos` (`id`),
  CONSTRAINT `FK_2D12EA4ADE734E51` FOREIGN KEY (`cliente_id`) REFERENCES `clientes` (`id`),
  CONSTRAINT `FK_2D12EA4AEDF4B99B` FOREIGN KEY (`unidade_id`) REFERENCES `unidades` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `atendimentos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cliente_id` int(11) DEFAULT NULL,
  `unidade_id` int(11) DEFAULT NULL,
  `servico_id` int(11) DEFAULT NULL,
  `prioridade_id` int(11) DEFAULT NULL,
  `usuario_id` int(11) DEFAULT NULL,
  `usuario_tri_id` int(11) DEFAULT NULL,
  `atendimento_id` int(11) DEFAULT NULL,
  `num_local` smallint(6) DEFAULT NULL,
  `dt_age` datetime DEFAULT NULL,
  `dt_cheg` datetime NOT NULL,
  `dt_cha` datetime DEFAULT NULL,
  `dt_ini` datetime DEFAULT NULL,
  `dt_fim` datetime DEFAULT NULL,
  `tempo_espera` int(11) DEFAULT NULL,
  `tempo_permanencia` int(11) DEFAULT NULL,
  `tempo_atendimento` int(11) DEFAULT NULL,
  `tempo_deslocamento` int(11) DEFAULT NULL,
  `status` varchar(25) NOT NULL,
  `resolucao` varchar(25) DEFAULT NULL,
  `observacao` longtext DEFAULT NULL,
  `senha_sigla` varchar(3) NOT NULL,
  `senha_numero` int(11) NOT NULL,
  `local_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_29E906E7DE734E51` (`cliente_id`),
  KEY `IDX_29E906E7EDF4B99B` (`unidade_id`),
  KEY `IDX_29E906E782E14982` (`servico_id`),
  KEY `IDX_29E906E7226EFC79` (`prioridade_id`),
  KEY `IDX_29E906E7DB38439E` (`usuario_id`),
  KEY `IDX_29E906E7875F1A79` (`usuario_tri_id`),
  KEY `IDX_29E906E776323123` (`atendimento_id`),
  CONSTRAINT `FK_29E906E7226EFC79` FOREIGN KEY (`prioridade_id`) REFERENCES `prioridades` (`id`),
  CONSTRAINT `FK_29E906E776323123` FOREIGN KEY (`atendimento_id`) REFERENCES `atendimentos` (`id`),
  CONSTRAINT `FK_29E906E782E14982` FOREIGN KEY (`servico_id`) REFERENCES `servicos` (`id`),
  CONSTRAINT `FK_29E906E7875F1A79` FOREIGN KEY (`usuario_tri_id`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `FK_29E906E7DB38439E` FOREIGN KEY (`usuario_id`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `FK_29E906E7DE734E51` FOREIGN KEY (`cliente_id`) REFERENCES `clientes` (`id`),
  CONSTRAINT `FK_29E906E7EDF4B99B` FOREIGN KEY (`unidade_id`) REFERENCES `unidades` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `atendimentos_codificados` (
  `servico_id` int(11) NOT NULL,
  `atendimento_id` int(11) NOT NULL,
  `valor_peso` smallint(6) NOT NULL,
  PRIMARY KEY (`servico_id`,`atendimento_id`),
  KEY `IDX_DDF47B2D82E14982` (`servico_id`),
  KEY `IDX_DDF47B2D76323123` (`atendimento_id`),
  CONSTRAINT `FK_DDF47B2D76323123` FOREIGN KEY (`atendimento_id`) REFERENCES `atendimentos` (`id`),
  CONSTRAINT `FK_DDF47B2D82E14982` FOREIGN KEY (`servico_id`) REFERENCES `servicos` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `atendimentos_metadata` (
  `namespace` varchar(30) NOT NULL,
  `name` varchar(30) NOT NULL,
  `atendimento_id` int(11) NOT NULL,
  `value` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '(DC2Type:json)' CHECK (json_valid(`value`)),
  PRIMARY KEY (`namespace`,`name`,`atendimento_id`),
  KEY `IDX_4F7723EB76323123` (`atendimento_id`),
  CONSTRAINT `FK_4F7723EB76323123` FOREIGN KEY (`atendimento_id`) REFERENCES `atendimentos` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `contador` (
  `unidade_id` int(11) NOT NULL,
  `servico_id` int(11) NOT NULL,
  `numero` int(11) DEFAULT NULL,
  PRIMARY KEY (`unidade_id`,`servico_id`),
  KEY `IDX_E83EF8FAEDF4B99B` (`unidade_id`),
  KEY `IDX_E83EF8FA82E14982` (`servico_id`),
  CONSTRAINT `FK_E83EF8FA82E14982` FOREIGN KEY (`servico_id`) REFERENCES `servicos` (`id`),
  CONSTRAINT `FK_E83EF8FAEDF4B99B` FOREIGN KEY (`unidade_id`) REFERENCES `unidades` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `historico_atendimentos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cliente_id` int(11) DEFAULT NULL,
  `unidade_id` int(11) DEFAULT NULL,
  `servico_id` int(11) DEFAULT NULL,
  `prioridade_id` int(11) DEFAULT NULL,
  `usuario_id` int(11) DEFAULT NULL,
  `usuario_tri_id` int(11) DEFAULT NULL,
  `atendimento_id` int(11) DEFAULT NULL,
  `num_local` smallint(6) DEFAULT NULL,
  `dt_age` datetime DEFAULT NULL,
  `dt_cheg` datetime NOT NULL,
  `dt_cha` datetime DEFAULT NULL,
  `dt_ini` datetime DEFAULT NULL,
  `dt_fim` datetime DEFAULT NULL,
  `tempo_espera` int(11) DEFAULT NULL,
  `tempo_permanencia` int(11) DEFAULT NULL,
  `tempo_atendimento` int(11) DEFAULT NULL,
  `tempo_deslocamento` int(11) DEFAULT NULL,
  `status` varchar(25) NOT NULL,
  `resolucao` varchar(25) DEFAULT NULL,
  `observacao` longtext DEFAULT NULL,
  `senha_sigla` varchar(3) NOT NULL,
  `senha_numero` int(11) NOT NULL,
  `local_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_CBBDF95FDE734E51` (`cliente_id`),
  KEY `IDX_CBBDF95FEDF4B99B` (`unidade_id`),
  KEY `IDX_CBBDF95F82E14982` (`servico_id`),
  KEY `IDX_CBBDF95F226EFC79` (`prioridade_id`),
  KEY `IDX_CBBDF95FDB38439E` (`usuario_id`),
  KEY `IDX_CBBDF95F875F1A79` (`usuario_tri_id`),
  KEY `IDX_CBBDF95F76323123` (`atendimento_id`),
  CONSTRAINT `FK_CBBDF95F226EFC79` FOREIGN KEY (`prioridade_id`) REFERENCES `prioridades` (`id`),
  CONSTRAINT `FK_CBBDF95F76323123` FOREIGN KEY (`atendimento_id`) REFERENCES `historico_atendimentos` (`id`),
  CONSTRAINT `FK_CBBDF95F82E14982` FOREIGN KEY (`servico_id`) REFERENCES `servicos` (`id`),
  CONSTRAINT `FK_CBBDF95F875F1A79` FOREIGN KEY (`usuario_tri_id`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `FK_CBBDF95FDB38439E` FOREIGN KEY (`usuario_id`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `FK_CBBDF95FDE734E51` FOREIGN KEY (`cliente_id`) REFERENCES `clientes` (`id`),
  CONSTRAINT `FK_CBBDF95FEDF4B99B` FOREIGN KEY (`unidade_id`) REFERENCES `unidades` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `historico_atendimentos_codificados` (
  `servico_id` int(11) NOT NULL,
  `atendimento_id` int(11) NOT NULL,
  `valor_peso` smallint(6) NOT NULL,
  PRIMARY KEY (`servico_id`,`atendimento_id`),
  KEY `IDX_111248C282E14982` (`servico_id`),
  KEY `IDX_111248C276323123` (`atendimento_id`),
  CONSTRAINT `FK_111248C276323123` FOREIGN KEY (`atendimento_id`) REFERENCES `historico_atendimentos` (`id`),
  CONSTRAINT `FK_111248C282E14982` FOREIGN KEY (`servico_id`) REFERENCES `servicos` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `historico_atendimentos_metadata` (
  `namespace` varchar(30) NOT NULL,
  `name` varchar(30) NOT NULL,
  `atendimento_id` int(11) NOT NULL,
  `value` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '(DC2Type:json)' CHECK (json_valid(`value`)),
  PRIMARY KEY (`namespace`,`name`,`atendimento_id`),
  KEY `IDX_169630A576323123` (`atendimento_id`),
  CONSTRAINT `FK_169630A576323123` FOREIGN KEY (`atendimento_id`) REFERENCES `historico_atendimentos` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lotacoes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `usuario_id` int(11) DEFAULT NULL,
  `unidade_id` int(11) DEFAULT NULL,
  `perfil_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lotacao_usuario_unidade_idx` (`usuario_id`,`unidade_id`),
  KEY `IDX_10E72C2FDB38439E` (`usuario_id`),
  KEY `IDX_10E72C2FEDF4B99B` (`unidade_id`),
  KEY `IDX_10E72C2F57291544` (`perfil_id`),
  CONSTRAINT `FK_10E72C2F57291544` FOREIGN KEY (`perfil_id`) REFERENCES `perfis` (`id`),
  CONSTRAINT `FK_10E72C2FDB38439E` FOREIGN KEY (`usuario_id`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `FK_10E72C2FEDF4B99B` FOREIGN KEY (`unidade_id`) REFERENCES `unidades` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth2_access_token` (
  `identifier` char(80) NOT NULL,
  `client` varchar(32) NOT NULL,
  `expiry` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `user_identifier` varchar(128) DEFAULT NULL,
  `scopes` text DEFAULT NULL COMMENT '(DC2Type:oauth2_scope)',
  `revoked` tinyint(1) NOT NULL,
  PRIMARY KEY (`identifier`),
  KEY `IDX_454D9673C7440455` (`client`),
  CONSTRAINT `FK_454D9673C7440455` FOREIGN KEY (`client`) REFERENCES `oauth2_client` (`identifier`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `oauth2_authorization_code` (
  `identifier` char(80) NOT NULL,
  `client` varchar(32) NOT NULL,
  `expiry` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `user_identifier` varchar(128) DEFAULT NULL,
  `scopes` text DEFAULT NULL COMMENT '(DC2Type:oauth2_scope)',
  `revoked` tinyint(1) NOT NULL,
  PRIMARY KEY (`identifier`),
  KEY `IDX_509FEF5FC7440455` (`client`),
  CONSTRAINT `FK_509FEF5FC7440455` FOREIGN KEY (`client`) REFERENCES `oauth2_client` (`identifier`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `oauth2_refresh_token` (
  `identifier` char(80) NOT NULL,
  `access_token` char(80) DEFAULT NULL,
  `expiry` datetime NOT NULL COMMENT '(DC2Type:datetime_immutable)',
  `revoked` tinyint(1) NOT NULL,
  PRIMARY KEY (`identifier`),
  KEY `IDX_4DD90732B6A2DD68` (`access_token`),
  CONSTRAINT `FK_4DD90732B6A2DD68` FOREIGN KEY (`access_token`) REFERENCES `oauth2_access_token` (`identifier`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `paineis` (
  `host` int(11) NOT NULL,
  `unidade_id` int(11) DEFAULT NULL,
  `senha` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`host`),
  KEY `IDX_CE58BF05EDF4B99B` (`unidade_id`),
  CONSTRAINT `FK_CE58BF05EDF4B99B` FOREIGN KEY (`unidade_id`) REFERENCES `unidades` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `paineis_servicos` (
  `host` int(11) NOT NULL,
  `servico_id` int(11) NOT NULL,
  `unidade_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`host`,`servico_id`),
  KEY `IDX_D98415D3CF2713FD` (`host`),
  KEY `IDX_D98415D382E14982` (`servico_id`),
  KEY `IDX_D98415D3EDF4B99B` (`unidade_id`),
  CONSTRAINT `FK_D98415D382E14982` FOREIGN KEY (`servico_id`) REFERENCES `servicos` (`id`),
  CONSTRAINT `FK_D98415D3CF2713FD` FOREIGN KEY (`host`) REFERENCES `paineis` (`host`),
  CONSTRAINT `FK_D98415D3EDF4B99B` FOREIGN KEY (`unidade_id`) REFERENCES `unidades` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `painel_senha` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `servico_id` int(11) DEFAULT NULL,
  `unidade_id` int(11) DEFAULT NULL,
  `num_senha` int(11) NOT NULL,
  `sig_senha` varchar(3) NOT NULL,
  `msg_senha` varchar(255) NOT NULL,
  `local` varchar(20) NOT NULL,
  `num_local` smallint(6) NOT NULL,
  `peso` smallint(6) NOT NULL,
  `prioridade` varchar(100) DEFAULT NULL,
  `nome_cliente` varchar(100) DEFAULT NULL,
  `documento_cliente` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_390182E682E14982` (`servico_id`),
  KEY `IDX_390182E6EDF4B99B` (`unidade_id`),
  CONSTRAINT `FK_390182E682E14982` FOREIGN KEY (`servico_id`) REFERENCES `servicos` (`id`),
  CONSTRAINT `FK_390182E6EDF4B99B` FOREIGN KEY (`unidade_id`) REFERENCES `unidades` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `servicos_unidades` (
  `servico_id` int(11) NOT NULL,
  `unidade_id` int(11) NOT NULL,
  `local_id` int(11) DEFAULT NULL,
  `departamento_id` int(11) DEFAULT NULL,
  `sigla` varchar(3) NOT NULL,
  `ativo` tinyint(1) NOT NULL,
  `peso` smallint(6) NOT NULL,
  `numero_inicial` int(11) NOT NULL,
  `numero_final` int(11) DEFAULT NULL,
  `incremento` int(11) NOT NULL,
  `mensagem` varchar(255) DEFAULT NULL,
  `tipo` smallint(6) DEFAULT NULL,
  `maximo` int(11) DEFAULT NULL,
  PRIMARY KEY (`servico_id`,`unidade_id`),
  KEY `IDX_C50F703482E14982` (`servico_id`),
  KEY `IDX_C50F7034EDF4B99B` (`unidade_id`),
  KEY `IDX_C50F70345D5A2101` (`local_id`),
  KEY `IDX_C50F70345A91C08D` (`departamento_id`),
  CONSTRAINT `FK_C50F70345A91C08D` FOREIGN KEY (`departamento_id`) REFERENCES `departamentos` (`id`),
  CONSTRAINT `FK_C50F70345D5A2101` FOREIGN KEY (`local_id`) REFERENCES `locais` (`id`),
  CONSTRAINT `FK_C50F703482E14982` FOREIGN KEY (`servico_id`) REFERENCES `servicos` (`id`),
  CONSTRAINT `FK_C50F7034EDF4B99B` FOREIGN KEY (`unidade_id`) REFERENCES `unidades` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `servicos_usuarios` (
  `servico_id` int(11) NOT NULL,
  `unidade_id` int(11) NOT NULL,
  `usuario_id` int(11) NOT NULL,
  `peso` smallint(6) NOT NULL,
  PRIMARY KEY (`servico_id`,`unidade_id`,`usuario_id`),
  KEY `IDX_CF69430282E14982` (`servico_id`),
  KEY `IDX_CF694302EDF4B99B` (`unidade_id`),
  KEY `IDX_CF694302DB38439E` (`usuario_id`),
  CONSTRAINT `FK_CF69430282E14982` FOREIGN KEY (`servico_id`) REFERENCES `servicos` (`id`),
  CONSTRAINT `FK_CF694302DB38439E` FOREIGN KEY (`usuario_id`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `FK_CF694302EDF4B99B` FOREIGN KEY (`unidade_id`) REFERENCES `unidades` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

