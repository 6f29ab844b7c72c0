-- Gestão Legal UFMG (legal-aid office management of the Divisão de Assistência Judiciária of the Faculdade de
-- Direito da UFMG), github.com/gestaolegalufmg/gestaolegal, commit 0c73a1586fc8a1f09df76ed43d4ed3fb08de985d
-- (AGPL-3.0). Schema of upstream's six Alembic migrations (migrations/versions/*.py, ed1b0a0a61a6 ->
-- 3b49077db314 -> 92fb0a220f9b -> 03085453841c -> a1b2c3d4e5f6 -> e7f8a9b0c1d2) rendered offline for MySQL,
-- replayed into MariaDB and read back with mysqldump (all 26 tables, columns in the database's order, upstream's
-- latin1_general_ci column collations kept); ENGINE/charset table options and SET lines left out, tables ordered
-- so that each one follows the tables it refers to.
SET NAMES utf8mb4;

CREATE TABLE `alembic_version` (
  `version_num` varchar(32) NOT NULL,
  PRIMARY KEY (`version_num`)
);

CREATE TABLE `arquivos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `titulo` varchar(150) COLLATE latin1_general_ci NOT NULL,
  `descricao` text COLLATE latin1_general_ci DEFAULT NULL,
  `nome` text COLLATE latin1_general_ci NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `dias_plantao` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data` date DEFAULT NULL,
  `status` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `documentos_roteiro` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `area_direito` varchar(50) COLLATE latin1_general_ci NOT NULL,
  `link` varchar(1000) COLLATE latin1_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `enderecos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `logradouro` varchar(100) COLLATE latin1_general_ci NOT NULL,
  `numero` varchar(8) COLLATE latin1_general_ci NOT NULL,
  `complemento` varchar(100) COLLATE latin1_general_ci DEFAULT NULL,
  `bairro` varchar(100) COLLATE latin1_general_ci NOT NULL,
  `cep` varchar(9) COLLATE latin1_general_ci NOT NULL,
  `cidade` varchar(100) COLLATE latin1_general_ci NOT NULL,
  `estado` varchar(100) COLLATE latin1_general_ci NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `orientacao_juridica` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `area_direito` varchar(50) COLLATE latin1_general_ci NOT NULL,
  `sub_area` varchar(50) COLLATE latin1_general_ci DEFAULT NULL,
  `descricao` text COLLATE latin1_general_ci NOT NULL,
  `data_criacao` datetime DEFAULT NULL,
  `status` int(11) NOT NULL,
  `id_usuario` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `plantao` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data_abertura` datetime DEFAULT NULL,
  `data_fechamento` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `assistencias_judiciarias` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(150) COLLATE latin1_general_ci NOT NULL,
  `regiao` varchar(80) COLLATE latin1_general_ci NOT NULL,
  `areas_atendidas` varchar(1000) COLLATE latin1_general_ci NOT NULL,
  `endereco_id` int(11) DEFAULT NULL,
  `telefone` varchar(18) COLLATE latin1_general_ci NOT NULL,
  `email` varchar(80) COLLATE latin1_general_ci NOT NULL,
  `status` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  KEY `endereco_id` (`endereco_id`),
  CONSTRAINT `assistencias_judiciarias_ibfk_1` FOREIGN KEY (`endereco_id`) REFERENCES `enderecos` (`id`)
);

CREATE TABLE `atendidos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nome` varchar(80) COLLATE latin1_general_ci NOT NULL,
  `data_nascimento` date NOT NULL,
  `cpf` varchar(14) COLLATE latin1_general_ci NOT NULL,
  `cnpj` varchar(18) COLLATE latin1_general_ci DEFAULT NULL,
  `endereco_id` int(11) DEFAULT NULL,
  `telefone` varchar(18) COLLATE latin1_general_ci DEFAULT NULL,
  `celular` varchar(18) COLLATE latin1_general_ci NOT NULL,
  `email` varchar(80) COLLATE latin1_general_ci NOT NULL,
  `estado_civil` varchar(80) COLLATE latin1_general_ci NOT NULL,
  `como_conheceu` varchar(80) COLLATE latin1_general_ci NOT NULL,
  `indicacao_orgao` varchar(80) COLLATE latin1_general_ci DEFAULT NULL,
  `procurou_outro_local` varchar(80) COLLATE latin1_general_ci NOT NULL,
  `procurou_qual_local` varchar(80) COLLATE latin1_general_ci DEFAULT NULL,
  `obs` text COLLATE latin1_general_ci DEFAULT NULL,
  `pj_constituida` varchar(80) COLLATE latin1_general_ci NOT NULL,
  `repres_legal` tinyint(1) DEFAULT NULL,
  `nome_repres_legal` varchar(80) COLLATE latin1_general_ci DEFAULT NULL,
  `cpf_repres_legal` varchar(14) COLLATE latin1_general_ci DEFAULT NULL,
  `contato_repres_legal` varchar(18) COLLATE latin1_general_ci DEFAULT NULL,
  `rg_repres_legal` varchar(50) COLLATE latin1_general_ci DEFAULT NULL,
  `nascimento_repres_legal` date DEFAULT NULL,
  `pretende_constituir_pj` varchar(80) COLLATE latin1_general_ci DEFAULT NULL,
  `status` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `endereco_id` (`endereco_id`),
  CONSTRAINT `atendidos_ibfk_1` FOREIGN KEY (`endereco_id`) REFERENCES `enderecos` (`id`)
);

CREATE TABLE `usuarios` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(80) COLLATE latin1_general_ci NOT NULL,
  `senha` varchar(60) COLLATE latin1_general_ci NOT NULL,
  `urole` varchar(50) COLLATE latin1_general_ci NOT NULL,
  `nome` varchar(60) COLLATE latin1_general_ci NOT NULL,
  `sexo` varchar(60) COLLATE latin1_general_ci NOT NULL,
  `rg` varchar(18) COLLATE latin1_general_ci NOT NULL,
  `cpf` varchar(14) COLLATE latin1_general_ci NOT NULL,
  `profissao` varchar(45) COLLATE latin1_general_ci NOT NULL,
  `estado_civil` varchar(45) COLLATE latin1_general_ci NOT NULL,
  `nascimento` date NOT NULL,
  `telefone` varchar(18) COLLATE latin1_general_ci DEFAULT NULL,
  `celular` varchar(18) COLLATE latin1_general_ci NOT NULL,
  `oab` varchar(30) COLLATE latin1_general_ci DEFAULT NULL,
  `obs` text COLLATE latin1_general_ci DEFAULT NULL,
  `data_entrada` date NOT NULL,
  `data_saida` date DEFAULT NULL,
  `criado` datetime NOT NULL,
  `modificado` datetime DEFAULT NULL,
  `criadopor` int(11) NOT NULL,
  `matricula` varchar(45) COLLATE latin1_general_ci DEFAULT NULL,
  `modificadopor` int(11) DEFAULT NULL,
  `bolsista` tinyint(1) NOT NULL,
  `tipo_bolsa` varchar(50) COLLATE latin1_general_ci DEFAULT NULL,
  `horario_atendimento` varchar(30) COLLATE latin1_general_ci DEFAULT NULL,
  `suplente` varchar(30) COLLATE latin1_general_ci DEFAULT NULL,
  `ferias` varchar(150) COLLATE latin1_general_ci DEFAULT NULL,
  `status` tinyint(1) NOT NULL,
  `cert_atuacao_DAJ` varchar(3) COLLATE latin1_general_ci NOT NULL,
  `inicio_bolsa` datetime DEFAULT NULL,
  `fim_bolsa` datetime DEFAULT NULL,
  `endereco_id` int(11) DEFAULT NULL,
  `chave_recuperacao` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  KEY `endereco_id` (`endereco_id`),
  CONSTRAINT `usuarios_ibfk_1` FOREIGN KEY (`endereco_id`) REFERENCES `enderecos` (`id`)
);

CREATE TABLE `assistenciasJudiciarias_xOrientacao_juridica` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_orientacaoJuridica` int(11) DEFAULT NULL,
  `id_assistenciaJudiciaria` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id_assistenciaJudiciaria` (`id_assistenciaJudiciaria`),
  KEY `id_orientacaoJuridica` (`id_orientacaoJuridica`),
  CONSTRAINT `assistenciasJudiciarias_xOrientacao_juridica_ibfk_1` FOREIGN KEY (`id_assistenciaJudiciaria`) REFERENCES `assistencias_judiciarias` (`id`),
  CONSTRAINT `assistenciasJudiciarias_xOrientacao_juridica_ibfk_2` FOREIGN KEY (`id_orientacaoJuridica`) REFERENCES `orientacao_juridica` (`id`)
);

CREATE TABLE `assistidos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_atendido` int(11) DEFAULT NULL,
  `sexo` varchar(1) COLLATE latin1_general_ci NOT NULL,
  `profissao` varchar(80) COLLATE latin1_general_ci NOT NULL,
  `raca` varchar(20) COLLATE latin1_general_ci NOT NULL,
  `rg` varchar(50) COLLATE latin1_general_ci NOT NULL,
  `grau_instrucao` varchar(100) COLLATE latin1_general_ci NOT NULL,
  `salario` decimal(10,2) NOT NULL,
  `beneficio` varchar(30) COLLATE latin1_general_ci NOT NULL,
  `qual_beneficio` varchar(30) COLLATE latin1_general_ci DEFAULT NULL,
  `contribui_inss` varchar(20) COLLATE latin1_general_ci NOT NULL,
  `qtd_pessoas_moradia` int(11) NOT NULL,
  `renda_familiar` decimal(10,2) NOT NULL,
  `participacao_renda` varchar(100) COLLATE latin1_general_ci NOT NULL,
  `tipo_moradia` varchar(100) COLLATE latin1_general_ci NOT NULL,
  `possui_outros_imoveis` tinyint(1) NOT NULL,
  `quantos_imoveis` int(11) DEFAULT NULL,
  `possui_veiculos` tinyint(1) NOT NULL,
  `possui_veiculos_obs` varchar(100) COLLATE latin1_general_ci DEFAULT NULL,
  `quantos_veiculos` int(11) DEFAULT NULL,
  `ano_veiculo` varchar(5) COLLATE latin1_general_ci DEFAULT NULL,
  `doenca_grave_familia` varchar(20) COLLATE latin1_general_ci NOT NULL,
  `pessoa_doente` varchar(50) COLLATE latin1_general_ci DEFAULT NULL,
  `pessoa_doente_obs` varchar(100) COLLATE latin1_general_ci DEFAULT NULL,
  `gastos_medicacao` decimal(10,2) DEFAULT NULL,
  `obs` varchar(1000) COLLATE latin1_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id_atendido` (`id_atendido`),
  CONSTRAINT `assistidos_ibfk_1` FOREIGN KEY (`id_atendido`) REFERENCES `atendidos` (`id`)
);

CREATE TABLE `atendido_xOrientacaoJuridica` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_orientacaoJuridica` int(11) DEFAULT NULL,
  `id_atendido` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id_atendido` (`id_atendido`),
  KEY `id_orientacaoJuridica` (`id_orientacaoJuridica`),
  CONSTRAINT `atendido_xOrientacaoJuridica_ibfk_1` FOREIGN KEY (`id_atendido`) REFERENCES `atendidos` (`id`),
  CONSTRAINT `atendido_xOrientacaoJuridica_ibfk_2` FOREIGN KEY (`id_orientacaoJuridica`) REFERENCES `orientacao_juridica` (`id`)
);

CREATE TABLE `casos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_usuario_responsavel` int(11) NOT NULL,
  `area_direito` varchar(50) COLLATE latin1_general_ci NOT NULL,
  `sub_area` varchar(50) COLLATE latin1_general_ci DEFAULT NULL,
  `id_orientador` int(11) DEFAULT NULL,
  `id_estagiario` int(11) DEFAULT NULL,
  `id_colaborador` int(11) DEFAULT NULL,
  `data_criacao` datetime NOT NULL,
  `id_criado_por` int(11) NOT NULL,
  `data_modificacao` datetime DEFAULT NULL,
  `id_modificado_por` int(11) DEFAULT NULL,
  `situacao_deferimento` varchar(50) COLLATE latin1_general_ci NOT NULL,
  `justif_indeferimento` varchar(280) COLLATE latin1_general_ci DEFAULT NULL,
  `status` tinyint(1) NOT NULL,
  `descricao` text COLLATE latin1_general_ci DEFAULT NULL,
  `numero_ultimo_processo` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id_colaborador` (`id_colaborador`),
  KEY `id_criado_por` (`id_criado_por`),
  KEY `id_estagiario` (`id_estagiario`),
  KEY `id_modificado_por` (`id_modificado_por`),
  KEY `id_orientador` (`id_orientador`),
  KEY `id_usuario_responsavel` (`id_usuario_responsavel`),
  CONSTRAINT `casos_ibfk_1` FOREIGN KEY (`id_colaborador`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `casos_ibfk_2` FOREIGN KEY (`id_criado_por`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `casos_ibfk_3` FOREIGN KEY (`id_estagiario`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `casos_ibfk_4` FOREIGN KEY (`id_modificado_por`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `casos_ibfk_5` FOREIGN KEY (`id_orientador`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `casos_ibfk_6` FOREIGN KEY (`id_usuario_responsavel`) REFERENCES `usuarios` (`id`)
);

CREATE TABLE `dias_marcados_plantao` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data_marcada` date DEFAULT NULL,
  `confirmacao` varchar(15) COLLATE latin1_general_ci NOT NULL,
  `status` tinyint(1) NOT NULL,
  `id_usuario` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id_usuario` (`id_usuario`),
  CONSTRAINT `dias_marcados_plantao_ibfk_1` FOREIGN KEY (`id_usuario`) REFERENCES `usuarios` (`id`)
);

CREATE TABLE `notificacao` (
  `id_executor_acao` int(11) DEFAULT NULL,
  `id_usu_notificar` int(11) DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `acao` varchar(200) COLLATE latin1_general_ci NOT NULL,
  `data` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `id_executor_acao` (`id_executor_acao`),
  KEY `id_usu_notificar` (`id_usu_notificar`),
  CONSTRAINT `notificacao_ibfk_1` FOREIGN KEY (`id_executor_acao`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `notificacao_ibfk_2` FOREIGN KEY (`id_usu_notificar`) REFERENCES `usuarios` (`id`)
);

CREATE TABLE `registro_entrada` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `data_entrada` datetime NOT NULL,
  `data_saida` datetime NOT NULL,
  `status` tinyint(1) NOT NULL,
  `confirmacao` varchar(15) COLLATE latin1_general_ci NOT NULL,
  `id_usuario` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id_usuario` (`id_usuario`),
  CONSTRAINT `registro_entrada_ibfk_1` FOREIGN KEY (`id_usuario`) REFERENCES `usuarios` (`id`)
);

CREATE TABLE `arquivosCaso` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `link_arquivo` varchar(300) COLLATE latin1_general_ci DEFAULT NULL,
  `id_caso` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id_caso` (`id_caso`),
  CONSTRAINT `arquivosCaso_ibfk_1` FOREIGN KEY (`id_caso`) REFERENCES `casos` (`id`) ON DELETE CASCADE
);

CREATE TABLE `assistidos_pessoa_juridica` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_assistido` int(11) DEFAULT NULL,
  `socios` varchar(1000) COLLATE latin1_general_ci DEFAULT NULL,
  `situacao_receita` varchar(100) COLLATE latin1_general_ci NOT NULL,
  `enquadramento` varchar(100) COLLATE latin1_general_ci NOT NULL,
  `sede_bh` tinyint(1) NOT NULL,
  `regiao_sede_bh` varchar(50) COLLATE latin1_general_ci DEFAULT NULL,
  `regiao_sede_outros` varchar(100) COLLATE latin1_general_ci DEFAULT NULL,
  `area_atuacao` varchar(50) COLLATE latin1_general_ci NOT NULL,
  `negocio_nascente` tinyint(1) NOT NULL,
  `orgao_registro` varchar(100) COLLATE latin1_general_ci NOT NULL,
  `faturamento_anual` decimal(10,2) NOT NULL,
  `ultimo_balanco_neg` varchar(50) COLLATE latin1_general_ci DEFAULT NULL,
  `resultado_econ_neg` varchar(50) COLLATE latin1_general_ci DEFAULT NULL,
  `tem_funcionarios` varchar(20) COLLATE latin1_general_ci NOT NULL,
  `qtd_funcionarios` varchar(7) COLLATE latin1_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id_assistido` (`id_assistido`),
  CONSTRAINT `assistidos_pessoa_juridica_ibfk_1` FOREIGN KEY (`id_assistido`) REFERENCES `assistidos` (`id`)
);

CREATE TABLE `casos_atendidos` (
  `id_caso` int(11) DEFAULT NULL,
  `id_atendido` int(11) DEFAULT NULL,
  KEY `id_atendido` (`id_atendido`),
  KEY `id_caso` (`id_caso`),
  CONSTRAINT `casos_atendidos_ibfk_1` FOREIGN KEY (`id_atendido`) REFERENCES `atendidos` (`id`),
  CONSTRAINT `casos_atendidos_ibfk_2` FOREIGN KEY (`id_caso`) REFERENCES `casos` (`id`)
);

CREATE TABLE `eventos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_caso` int(11) NOT NULL,
  `num_evento` int(11) DEFAULT NULL,
  `tipo` varchar(50) COLLATE latin1_general_ci NOT NULL,
  `descricao` text COLLATE latin1_general_ci DEFAULT NULL,
  `arquivo` varchar(100) COLLATE latin1_general_ci DEFAULT NULL,
  `data_evento` date NOT NULL,
  `data_criacao` datetime NOT NULL,
  `id_criado_por` int(11) NOT NULL,
  `id_usuario_responsavel` int(11) DEFAULT NULL,
  `status` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `id_caso` (`id_caso`),
  KEY `id_criado_por` (`id_criado_por`),
  KEY `id_usuario_responsavel` (`id_usuario_responsavel`),
  CONSTRAINT `eventos_ibfk_1` FOREIGN KEY (`id_caso`) REFERENCES `casos` (`id`),
  CONSTRAINT `eventos_ibfk_2` FOREIGN KEY (`id_criado_por`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `eventos_ibfk_3` FOREIGN KEY (`id_usuario_responsavel`) REFERENCES `usuarios` (`id`)
);

CREATE TABLE `historicos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_usuario` int(11) NOT NULL,
  `id_caso` int(11) NOT NULL,
  `data` datetime NOT NULL,
  `acao` varchar(50) DEFAULT NULL,
  `descricao` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id_caso` (`id_caso`),
  KEY `id_usuario` (`id_usuario`),
  CONSTRAINT `historicos_ibfk_1` FOREIGN KEY (`id_caso`) REFERENCES `casos` (`id`),
  CONSTRAINT `historicos_ibfk_2` FOREIGN KEY (`id_usuario`) REFERENCES `usuarios` (`id`)
);

CREATE TABLE `lembretes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `num_lembrete` int(11) DEFAULT NULL,
  `id_do_criador` int(11) NOT NULL,
  `id_caso` int(11) NOT NULL,
  `id_usuario` int(11) NOT NULL,
  `data_criacao` datetime NOT NULL,
  `data_lembrete` datetime NOT NULL,
  `descricao` text COLLATE latin1_general_ci NOT NULL,
  `status` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `id_caso` (`id_caso`),
  KEY `id_do_criador` (`id_do_criador`),
  KEY `id_usuario` (`id_usuario`),
  CONSTRAINT `lembretes_ibfk_1` FOREIGN KEY (`id_caso`) REFERENCES `casos` (`id`),
  CONSTRAINT `lembretes_ibfk_2` FOREIGN KEY (`id_do_criador`) REFERENCES `usuarios` (`id`),
  CONSTRAINT `lembretes_ibfk_3` FOREIGN KEY (`id_usuario`) REFERENCES `usuarios` (`id`)
);

CREATE TABLE `processos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `especie` varchar(25) COLLATE latin1_general_ci NOT NULL,
  `numero` bigint(20) DEFAULT NULL,
  `identificacao` text COLLATE latin1_general_ci DEFAULT NULL,
  `vara` varchar(200) COLLATE latin1_general_ci DEFAULT NULL,
  `link` varchar(1000) COLLATE latin1_general_ci DEFAULT NULL,
  `probabilidade` varchar(25) COLLATE latin1_general_ci DEFAULT NULL,
  `posicao_assistido` varchar(25) COLLATE latin1_general_ci DEFAULT NULL,
  `valor_causa_inicial` int(11) DEFAULT NULL,
  `valor_causa_atual` int(11) DEFAULT NULL,
  `data_distribuicao` date DEFAULT NULL,
  `data_transito_em_julgado` date DEFAULT NULL,
  `obs` text COLLATE latin1_general_ci DEFAULT NULL,
  `id_caso` int(11) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `id_criado_por` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `numero` (`numero`),
  KEY `id_caso` (`id_caso`),
  KEY `id_criado_por` (`id_criado_por`),
  CONSTRAINT `processos_ibfk_1` FOREIGN KEY (`id_caso`) REFERENCES `casos` (`id`),
  CONSTRAINT `processos_ibfk_2` FOREIGN KEY (`id_criado_por`) REFERENCES `usuarios` (`id`)
);

CREATE TABLE `arquivosEvento` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_evento` int(11) DEFAULT NULL,
  `id_caso` int(11) DEFAULT NULL,
  `link_arquivo` varchar(300) COLLATE latin1_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id_caso` (`id_caso`),
  KEY `id_evento` (`id_evento`),
  CONSTRAINT `arquivosEvento_ibfk_1` FOREIGN KEY (`id_caso`) REFERENCES `casos` (`id`) ON DELETE CASCADE,
  CONSTRAINT `arquivosEvento_ibfk_2` FOREIGN KEY (`id_evento`) REFERENCES `eventos` (`id`) ON DELETE CASCADE
);

CREATE TABLE `fila_atendimentos` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `psicologia` int(11) NOT NULL,
  `id_atendido` int(11) NOT NULL,
  `prioridade` int(11) NOT NULL,
  `senha` varchar(10) NOT NULL,
  `data_criacao` datetime NOT NULL,
  `status` int(11) NOT NULL,
  `data_saida` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id_atendido` (`id_atendido`),
  CONSTRAINT `fila_atendimentos_ibfk_1` FOREIGN KEY (`id_atendido`) REFERENCES `atendidos` (`id`)
);
