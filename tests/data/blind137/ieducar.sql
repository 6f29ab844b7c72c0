-- i-Educar (Portabilis) -- subset of upstream database/sqls/07-tables.sql (PostgreSQL), converted to MySQL
-- upstream: github.com/portabilis/i-educar, commit bfe54bde41b9a598cdbcb9d6560d4a0f744c79b7 (2018-12-29, GPL-2.0)
-- 44 tables; schema prefixes (cadastro., portal., pmieducar., modules.) dropped, noted above each table;
-- primary keys from 12-indexes.sql and foreign keys between included tables from 14-foreign-keys.sql.
SET FOREIGN_KEY_CHECKS=0;

-- upstream: cadastro.pessoa
CREATE TABLE pessoa (
  idpes DECIMAL(8,0) NOT NULL,
  nome VARCHAR(150) NOT NULL,
  idpes_cad DECIMAL(8,0),
  data_cad DATETIME NOT NULL,
  url VARCHAR(60),
  tipo CHAR(1) NOT NULL,
  idpes_rev DECIMAL(8,0),
  data_rev DATETIME,
  email VARCHAR(100),
  situacao CHAR(1) NOT NULL,
  origem_gravacao CHAR(1) NOT NULL,
  operacao CHAR(1) NOT NULL,
  idsis_rev INT,
  idsis_cad INT NOT NULL,
  CONSTRAINT ck_pessoa_operacao CHECK (((operacao = 'I') OR (operacao = 'A') OR (operacao = 'E'))),
  CONSTRAINT ck_pessoa_origem_gravacao CHECK (((origem_gravacao = 'M') OR (origem_gravacao = 'U') OR (origem_gravacao = 'C') OR (origem_gravacao = 'O'))),
  CONSTRAINT ck_pessoa_situacao CHECK (((situacao = 'A') OR (situacao = 'I') OR (situacao = 'P'))),
  CONSTRAINT ck_pessoa_tipo CHECK (((tipo = 'F') OR (tipo = 'J'))),
  PRIMARY KEY (idpes),
  CONSTRAINT fk_pessoa_pessoa_idpes_cad FOREIGN KEY (idpes_cad) REFERENCES pessoa (idpes) ON DELETE SET NULL,
  CONSTRAINT fk_pessoa_pessoa_idpes_rev FOREIGN KEY (idpes_rev) REFERENCES pessoa (idpes) ON DELETE SET NULL
);

-- upstream: cadastro.fisica
CREATE TABLE fisica (
  idpes DECIMAL(8,0) NOT NULL,
  data_nasc DATE,
  sexo CHAR(1),
  idpes_mae DECIMAL(8,0),
  idpes_pai DECIMAL(8,0),
  idpes_responsavel DECIMAL(8,0),
  idesco DECIMAL(2,0),
  ideciv DECIMAL(1,0),
  idpes_con DECIMAL(8,0),
  data_uniao DATE,
  data_obito DATE,
  nacionalidade DECIMAL(1,0),
  idpais_estrangeiro DECIMAL(3,0),
  data_chegada_brasil DATE,
  idmun_nascimento DECIMAL(6,0),
  ultima_empresa VARCHAR(150),
  idocup DECIMAL(6,0),
  nome_mae VARCHAR(150),
  nome_pai VARCHAR(150),
  nome_conjuge VARCHAR(150),
  nome_responsavel VARCHAR(150),
  justificativa_provisorio VARCHAR(150),
  idpes_rev DECIMAL(65,30),
  data_rev DATETIME,
  origem_gravacao CHAR(1) NOT NULL,
  idpes_cad DECIMAL(65,30),
  data_cad DATETIME NOT NULL,
  operacao CHAR(1) NOT NULL,
  idsis_rev INT,
  idsis_cad INT NOT NULL,
  ref_cod_sistema INT,
  cpf DECIMAL(11,0),
  ref_cod_religiao INT,
  nis_pis_pasep DECIMAL(11,0),
  sus VARCHAR(20),
  ocupacao VARCHAR(255),
  empresa VARCHAR(255),
  pessoa_contato VARCHAR(255),
  renda_mensal DECIMAL(10,2),
  data_admissao DATE,
  ddd_telefone_empresa DECIMAL(3,0),
  telefone_empresa DECIMAL(11,0),
  falecido TINYINT(1),
  ativo INT DEFAULT 1,
  ref_usuario_exc INT,
  data_exclusao DATETIME,
  zona_localizacao_censo INT,
  tipo_trabalho INT,
  local_trabalho TEXT,
  horario_inicial_trabalho TIME,
  horario_final_trabalho TIME,
  nome_social VARCHAR(150),
  CONSTRAINT ck_fisica_nacionalidade CHECK (((nacionalidade >= 1) AND (nacionalidade <= 3))),
  CONSTRAINT ck_fisica_operacao CHECK (((operacao = 'I') OR (operacao = 'A') OR (operacao = 'E'))),
  CONSTRAINT ck_fisica_origem_gravacao CHECK (((origem_gravacao = 'M') OR (origem_gravacao = 'U') OR (origem_gravacao = 'C') OR (origem_gravacao = 'O'))),
  CONSTRAINT ck_fisica_sexo CHECK (((sexo = 'M') OR (sexo = 'F'))),
  PRIMARY KEY (idpes),
  CONSTRAINT fisica_ref_cod_religiao FOREIGN KEY (ref_cod_religiao) REFERENCES religiao (cod_religiao),
  CONSTRAINT fk_fisica_escolaridade FOREIGN KEY (idesco) REFERENCES escolaridade (idesco),
  CONSTRAINT fk_fisica_estado_civil FOREIGN KEY (ideciv) REFERENCES estado_civil (ideciv),
  CONSTRAINT fk_fisica_pessoa FOREIGN KEY (idpes) REFERENCES pessoa (idpes) ON DELETE RESTRICT,
  CONSTRAINT fk_fisica_pessoa_conjuge FOREIGN KEY (idpes_con) REFERENCES pessoa (idpes) ON DELETE SET NULL,
  CONSTRAINT fk_fisica_pessoa_mae FOREIGN KEY (idpes_mae) REFERENCES pessoa (idpes) ON DELETE SET NULL,
  CONSTRAINT fk_fisica_pessoa_pai FOREIGN KEY (idpes_pai) REFERENCES pessoa (idpes) ON DELETE SET NULL,
  CONSTRAINT fk_fisica_pessoa_responsavel FOREIGN KEY (idpes_responsavel) REFERENCES pessoa (idpes) ON DELETE SET NULL
);
-- upstream also declares CONSTRAINT fk_fisica_sistema_idpes_cad FOREIGN KEY (idpes_cad) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types DECIMAL(65,30) vs DECIMAL(8,0))
-- upstream also declares CONSTRAINT fk_fisica_sistema_idpes_rev FOREIGN KEY (idpes_rev) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types DECIMAL(65,30) vs DECIMAL(8,0))

-- upstream: cadastro.documento
CREATE TABLE documento (
  idpes DECIMAL(8,0) NOT NULL,
  rg VARCHAR(25),
  data_exp_rg DATE,
  sigla_uf_exp_rg CHAR(2),
  tipo_cert_civil DECIMAL(2,0),
  num_termo DECIMAL(8,0),
  num_livro VARCHAR(8),
  num_folha DECIMAL(4,0),
  data_emissao_cert_civil DATE,
  sigla_uf_cert_civil CHAR(2),
  cartorio_cert_civil VARCHAR(200),
  num_cart_trabalho DECIMAL(9,0),
  serie_cart_trabalho DECIMAL(5,0),
  data_emissao_cart_trabalho DATE,
  sigla_uf_cart_trabalho CHAR(2),
  num_tit_eleitor DECIMAL(13,0),
  zona_tit_eleitor DECIMAL(4,0),
  secao_tit_eleitor DECIMAL(4,0),
  idorg_exp_rg INT,
  idpes_rev DECIMAL(65,30),
  data_rev DATETIME,
  origem_gravacao CHAR(1) NOT NULL,
  idpes_cad DECIMAL(65,30),
  data_cad DATETIME NOT NULL,
  operacao CHAR(1) NOT NULL,
  idsis_rev INT,
  idsis_cad INT NOT NULL,
  certidao_nascimento VARCHAR(50),
  cartorio_cert_civil_inep INT,
  certidao_casamento VARCHAR(50),
  passaporte VARCHAR(20),
  comprovante_residencia VARCHAR(255),
  declaracao_trabalho_autonomo TEXT,
  CONSTRAINT ck_documento_operacao CHECK (((operacao = 'I') OR (operacao = 'A') OR (operacao = 'E'))),
  CONSTRAINT ck_documento_origem_gravacao CHECK (((origem_gravacao = 'M') OR (origem_gravacao = 'U') OR (origem_gravacao = 'C') OR (origem_gravacao = 'O'))),
  CONSTRAINT ck_documento_tipo_cert CHECK (((tipo_cert_civil >= 91) AND (tipo_cert_civil <= 92))),
  PRIMARY KEY (idpes),
  CONSTRAINT fk_documento_fisica FOREIGN KEY (idpes) REFERENCES fisica (idpes)
);
-- upstream also declares CONSTRAINT fk_documento_sistema_idpes_cad FOREIGN KEY (idpes_cad) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types DECIMAL(65,30) vs DECIMAL(8,0))
-- upstream also declares CONSTRAINT fk_documento_sistema_idpes_rev FOREIGN KEY (idpes_rev) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types DECIMAL(65,30) vs DECIMAL(8,0))

-- upstream: cadastro.endereco_pessoa
CREATE TABLE endereco_pessoa (
  idpes DECIMAL(8,0) NOT NULL,
  tipo DECIMAL(1,0) NOT NULL,
  cep DECIMAL(8,0) NOT NULL,
  idlog DECIMAL(6,0) NOT NULL,
  numero DECIMAL(6,0),
  letra CHAR(1),
  complemento VARCHAR(50),
  reside_desde DATE,
  idbai DECIMAL(6,0) NOT NULL,
  idpes_rev DECIMAL(65,30),
  data_rev DATETIME,
  origem_gravacao CHAR(1) NOT NULL,
  idpes_cad DECIMAL(65,30),
  data_cad DATETIME NOT NULL,
  operacao CHAR(1) NOT NULL,
  bloco VARCHAR(20),
  andar DECIMAL(2,0),
  apartamento DECIMAL(6,0),
  idsis_rev INT,
  idsis_cad INT NOT NULL,
  observacoes TEXT,
  CONSTRAINT ck_endereco_pessoa_operacao CHECK (((operacao = 'I') OR (operacao = 'A') OR (operacao = 'E'))),
  CONSTRAINT ck_endereco_pessoa_origem_gravacao CHECK (((origem_gravacao = 'M') OR (origem_gravacao = 'U') OR (origem_gravacao = 'C') OR (origem_gravacao = 'O'))),
  CONSTRAINT ck_endereco_pessoa_tipo CHECK (((tipo >= 1) AND (tipo <= 3))),
  PRIMARY KEY (idpes, tipo),
  CONSTRAINT fk_endereco_pessoa_pessoa FOREIGN KEY (idpes) REFERENCES pessoa (idpes)
);
-- upstream also declares CONSTRAINT fk_endereco_pessoa_sistema_idpes_cad FOREIGN KEY (idpes_cad) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types DECIMAL(65,30) vs DECIMAL(8,0))
-- upstream also declares CONSTRAINT fk_endereco_pessoa_sistema_idpes_rev FOREIGN KEY (idpes_rev) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types DECIMAL(65,30) vs DECIMAL(8,0))

-- upstream: cadastro.endereco_externo
CREATE TABLE endereco_externo (
  idpes DECIMAL(8,0) NOT NULL,
  tipo DECIMAL(1,0) NOT NULL,
  idtlog VARCHAR(5) NOT NULL,
  logradouro VARCHAR(150) NOT NULL,
  numero DECIMAL(6,0),
  letra CHAR(1),
  complemento VARCHAR(20),
  bairro VARCHAR(40),
  cep DECIMAL(8,0),
  cidade VARCHAR(60) NOT NULL,
  sigla_uf CHAR(2) NOT NULL,
  reside_desde DATE,
  idpes_rev DECIMAL(65,30),
  data_rev DATETIME,
  origem_gravacao CHAR(1) NOT NULL,
  idpes_cad DECIMAL(65,30),
  data_cad DATETIME NOT NULL,
  operacao CHAR(1) NOT NULL,
  bloco VARCHAR(20),
  andar DECIMAL(2,0),
  apartamento DECIMAL(6,0),
  idsis_rev INT,
  idsis_cad INT NOT NULL,
  zona_localizacao INT DEFAULT 1,
  CONSTRAINT ck_endereco_externo_operacao CHECK (((operacao = 'I') OR (operacao = 'A') OR (operacao = 'E'))),
  CONSTRAINT ck_endereco_externo_origem_gravacao CHECK (((origem_gravacao = 'M') OR (origem_gravacao = 'U') OR (origem_gravacao = 'C') OR (origem_gravacao = 'O'))),
  CONSTRAINT ck_endereco_externo_tipo CHECK (((tipo >= 1) AND (tipo <= 3))),
  PRIMARY KEY (idpes, tipo),
  CONSTRAINT fk_endereco_externo_pessoa FOREIGN KEY (idpes) REFERENCES pessoa (idpes)
);
-- upstream also declares CONSTRAINT fk_endereco_externo_sistema_idpes_cad FOREIGN KEY (idpes_cad) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types DECIMAL(65,30) vs DECIMAL(8,0))
-- upstream also declares CONSTRAINT fk_endereco_externo_sistema_idpes_rev FOREIGN KEY (idpes_rev) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types DECIMAL(65,30) vs DECIMAL(8,0))

-- upstream: cadastro.fone_pessoa
CREATE TABLE fone_pessoa (
  idpes DECIMAL(8,0) NOT NULL,
  tipo DECIMAL(1,0) NOT NULL,
  ddd DECIMAL(3,0) NOT NULL,
  fone DECIMAL(11,0) NOT NULL,
  idpes_rev DECIMAL(65,30),
  data_rev DATETIME,
  origem_gravacao CHAR(1) NOT NULL,
  idpes_cad DECIMAL(65,30),
  data_cad DATETIME NOT NULL,
  operacao CHAR(1) NOT NULL,
  idsis_rev INT,
  idsis_cad INT NOT NULL,
  CONSTRAINT ck_fone_pessoa_operacao CHECK (((operacao = 'I') OR (operacao = 'A') OR (operacao = 'E'))),
  CONSTRAINT ck_fone_pessoa_origem_gravacao CHECK (((origem_gravacao = 'M') OR (origem_gravacao = 'U') OR (origem_gravacao = 'C') OR (origem_gravacao = 'O'))),
  CONSTRAINT ck_fone_pessoa_tipo CHECK (((tipo >= 1) AND (tipo <= 4))),
  PRIMARY KEY (idpes, tipo),
  CONSTRAINT fk_fone_pessoa_pessoa FOREIGN KEY (idpes) REFERENCES pessoa (idpes)
);
-- upstream also declares CONSTRAINT fk_fone_pessoa_sistema_idpes_cad FOREIGN KEY (idpes_cad) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types DECIMAL(65,30) vs DECIMAL(8,0))
-- upstream also declares CONSTRAINT fk_fone_pessoa_sistema_idpes_rev FOREIGN KEY (idpes_rev) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types DECIMAL(65,30) vs DECIMAL(8,0))

-- upstream: cadastro.fisica_deficiencia
CREATE TABLE fisica_deficiencia (
  ref_idpes INT NOT NULL,
  ref_cod_deficiencia INT NOT NULL,
  PRIMARY KEY (ref_idpes, ref_cod_deficiencia),
  CONSTRAINT pessoa_deficiencia_ref_cod_deficiencia_fkey FOREIGN KEY (ref_cod_deficiencia) REFERENCES deficiencia (cod_deficiencia) ON UPDATE RESTRICT ON DELETE RESTRICT
);
-- upstream also declares CONSTRAINT pessoa_deficiencia_ref_idpes_fkey FOREIGN KEY (ref_idpes) REFERENCES fisica (idpes): left out, MariaDB refuses it (column types INT vs DECIMAL(8,0))

-- upstream: cadastro.deficiencia
CREATE TABLE deficiencia (
  cod_deficiencia INT NOT NULL AUTO_INCREMENT,
  nm_deficiencia VARCHAR(70) NOT NULL,
  deficiencia_educacenso SMALLINT,
  desconsidera_regra_diferenciada TINYINT(1) DEFAULT 0,
  PRIMARY KEY (cod_deficiencia)
);

-- upstream: cadastro.fisica_raca
CREATE TABLE fisica_raca (
  ref_idpes INT NOT NULL,
  ref_cod_raca INT NOT NULL,
  PRIMARY KEY (ref_idpes),
  CONSTRAINT pessoa_raca_ref_cod_deficiencia_fkey FOREIGN KEY (ref_cod_raca) REFERENCES raca (cod_raca) ON UPDATE RESTRICT ON DELETE RESTRICT
);
-- upstream also declares CONSTRAINT pessoa_raca_ref_idpes_fkey FOREIGN KEY (ref_idpes) REFERENCES fisica (idpes): left out, MariaDB refuses it (column types INT vs DECIMAL(8,0))

-- upstream: cadastro.raca
CREATE TABLE raca (
  cod_raca INT NOT NULL AUTO_INCREMENT,
  idpes_exc INT,
  idpes_cad INT NOT NULL,
  nm_raca VARCHAR(50) NOT NULL,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo TINYINT(1) DEFAULT 0,
  raca_educacenso SMALLINT,
  PRIMARY KEY (cod_raca)
);

-- upstream: cadastro.fisica_foto
CREATE TABLE fisica_foto (
  idpes INT NOT NULL,
  caminho VARCHAR(255),
  PRIMARY KEY (idpes)
);
-- upstream also declares CONSTRAINT fisica_foto_idpes_fkey FOREIGN KEY (idpes) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types INT vs DECIMAL(8,0))

-- upstream: cadastro.estado_civil
CREATE TABLE estado_civil (
  ideciv DECIMAL(1,0) NOT NULL,
  descricao VARCHAR(15) NOT NULL,
  PRIMARY KEY (ideciv)
);

-- upstream: cadastro.escolaridade
CREATE TABLE escolaridade (
  idesco DECIMAL(2,0) NOT NULL,
  descricao VARCHAR(60) NOT NULL,
  escolaridade SMALLINT,
  PRIMARY KEY (idesco)
);

-- upstream: pmieducar.religiao
CREATE TABLE religiao (
  cod_religiao INT NOT NULL AUTO_INCREMENT,
  ref_usuario_exc INT,
  ref_usuario_cad INT NOT NULL,
  nm_religiao VARCHAR(255) NOT NULL,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  PRIMARY KEY (cod_religiao),
  CONSTRAINT religiao_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT religiao_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: portal.funcionario
CREATE TABLE funcionario (
  ref_cod_pessoa_fj INT NOT NULL DEFAULT 0,
  matricula VARCHAR(12),
  senha VARCHAR(32),
  ativo SMALLINT,
  ref_sec INT,
  ramal VARCHAR(10),
  sequencial CHAR(3),
  opcao_menu TEXT,
  ref_cod_setor INT,
  ref_cod_funcionario_vinculo INT,
  tempo_expira_senha INT,
  tempo_expira_conta INT,
  data_troca_senha DATE,
  data_reativa_conta DATE,
  ref_ref_cod_pessoa_fj INT,
  proibido INT NOT NULL DEFAULT 0,
  ref_cod_setor_new INT,
  matricula_new BIGINT,
  matricula_permanente SMALLINT DEFAULT 0,
  tipo_menu SMALLINT NOT NULL DEFAULT 0,
  ip_logado VARCHAR(50),
  data_login DATETIME,
  email VARCHAR(50),
  status_token VARCHAR(50),
  matricula_interna VARCHAR(30),
  receber_novidades SMALLINT,
  atualizou_cadastro SMALLINT,
  PRIMARY KEY (ref_cod_pessoa_fj),
  CONSTRAINT funcionario_ibfk_5 FOREIGN KEY (ref_ref_cod_pessoa_fj) REFERENCES funcionario (ref_cod_pessoa_fj) ON UPDATE RESTRICT ON DELETE RESTRICT
);
-- upstream also declares CONSTRAINT funcionario_ibfk_1 FOREIGN KEY (ref_cod_pessoa_fj) REFERENCES fisica (idpes): left out, MariaDB refuses it (column types INT vs DECIMAL(8,0))

-- upstream: portal.acesso
CREATE TABLE acesso (
  cod_acesso INT NOT NULL AUTO_INCREMENT,
  data_hora DATETIME NOT NULL,
  ip_externo VARCHAR(50) NOT NULL DEFAULT '',
  ip_interno VARCHAR(255) NOT NULL DEFAULT '',
  cod_pessoa INT NOT NULL DEFAULT 0,
  obs TEXT,
  sucesso TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (cod_acesso)
);

-- upstream: pmieducar.usuario
CREATE TABLE usuario (
  cod_usuario INT NOT NULL,
  ref_cod_instituicao INT,
  ref_funcionario_cad INT NOT NULL,
  ref_funcionario_exc INT,
  ref_cod_tipo_usuario INT,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  PRIMARY KEY (cod_usuario),
  CONSTRAINT usuario_cod_usuario_fkey FOREIGN KEY (cod_usuario) REFERENCES funcionario (ref_cod_pessoa_fj) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT usuario_ref_cod_instituicao_fkey FOREIGN KEY (ref_cod_instituicao) REFERENCES instituicao (cod_instituicao) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT usuario_ref_funcionario_cad_fkey FOREIGN KEY (ref_funcionario_cad) REFERENCES funcionario (ref_cod_pessoa_fj) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT usuario_ref_funcionario_exc_fkey FOREIGN KEY (ref_funcionario_exc) REFERENCES funcionario (ref_cod_pessoa_fj) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: pmieducar.instituicao
CREATE TABLE instituicao (
  cod_instituicao INT NOT NULL AUTO_INCREMENT,
  ref_usuario_exc INT,
  ref_usuario_cad INT NOT NULL,
  ref_idtlog VARCHAR(20) NOT NULL,
  ref_sigla_uf CHAR(2) NOT NULL,
  cep DECIMAL(8,0) NOT NULL,
  cidade VARCHAR(60) NOT NULL,
  bairro VARCHAR(40) NOT NULL,
  logradouro VARCHAR(255) NOT NULL,
  numero DECIMAL(6,0),
  complemento VARCHAR(50),
  nm_responsavel VARCHAR(255) NOT NULL,
  ddd_telefone DECIMAL(2,0),
  telefone DECIMAL(11,0),
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  nm_instituicao VARCHAR(255) NOT NULL,
  data_base_remanejamento DATE,
  data_base_transferencia DATE,
  controlar_espaco_utilizacao_aluno SMALLINT,
  percentagem_maxima_ocupacao_salas DECIMAL(5,2),
  quantidade_alunos_metro_quadrado INT,
  exigir_vinculo_turma_professor SMALLINT,
  gerar_historico_transferencia TINYINT(1),
  matricula_apenas_bairro_escola TINYINT(1),
  restringir_historico_escolar TINYINT(1),
  coordenador_transporte TEXT,
  restringir_multiplas_enturmacoes TINYINT(1),
  permissao_filtro_abandono_transferencia TINYINT(1),
  data_base_matricula DATE,
  multiplas_reserva_vaga TINYINT(1) NOT NULL DEFAULT 0,
  reserva_integral_somente_com_renda TINYINT(1) NOT NULL DEFAULT 0,
  data_expiracao_reserva_vaga DATE,
  data_fechamento DATE,
  componente_curricular_turma TINYINT(1),
  reprova_dependencia_ano_concluinte TINYINT(1),
  controlar_posicao_historicos TINYINT(1),
  data_educacenso DATE,
  bloqueia_matricula_serie_nao_seguinte TINYINT(1),
  permitir_carga_horaria TINYINT(1) DEFAULT 0,
  exigir_dados_socioeconomicos TINYINT(1) DEFAULT 0,
  altera_atestado_para_declaracao TINYINT(1),
  orgao_regional INT,
  obrigar_campos_censo TINYINT(1),
  obrigar_documento_pessoa TINYINT(1) DEFAULT 0,
  exigir_lancamentos_anteriores TINYINT(1) DEFAULT 0,
  exibir_apenas_professores_alocados TINYINT(1) DEFAULT 0,
  PRIMARY KEY (cod_instituicao),
  CONSTRAINT instituicao_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT instituicao_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: pmieducar.aluno
CREATE TABLE aluno (
  cod_aluno INT NOT NULL AUTO_INCREMENT,
  ref_cod_religiao INT,
  ref_usuario_exc INT,
  ref_usuario_cad INT,
  ref_idpes INT,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  caminho_foto VARCHAR(255),
  analfabeto SMALLINT DEFAULT 0,
  nm_pai VARCHAR(255),
  nm_mae VARCHAR(255),
  tipo_responsavel CHAR(1),
  aluno_estado_id VARCHAR(25),
  justificativa_falta_documentacao SMALLINT,
  url_laudo_medico JSON,
  codigo_sistema VARCHAR(30),
  veiculo_transporte_escolar SMALLINT,
  autorizado_um VARCHAR(150),
  parentesco_um VARCHAR(150),
  autorizado_dois VARCHAR(150),
  parentesco_dois VARCHAR(150),
  autorizado_tres VARCHAR(150),
  parentesco_tres VARCHAR(150),
  autorizado_quatro VARCHAR(150),
  parentesco_quatro VARCHAR(150),
  autorizado_cinco VARCHAR(150),
  parentesco_cinco VARCHAR(150),
  url_documento JSON,
  recebe_escolarizacao_em_outro_espaco SMALLINT NOT NULL DEFAULT 3,
  recursos_prova_inep TEXT COMMENT 'PostgreSQL integer[]',
  PRIMARY KEY (cod_aluno),
  CONSTRAINT aluno_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT aluno_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);
-- upstream also declares CONSTRAINT aluno_ref_idpes_fkey FOREIGN KEY (ref_idpes) REFERENCES fisica (idpes): left out, MariaDB refuses it (column types INT vs DECIMAL(8,0))

-- upstream: pmieducar.aluno_beneficio
CREATE TABLE aluno_beneficio (
  cod_aluno_beneficio INT NOT NULL AUTO_INCREMENT,
  ref_usuario_exc INT,
  ref_usuario_cad INT NOT NULL,
  nm_beneficio VARCHAR(255) NOT NULL,
  desc_beneficio TEXT,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  PRIMARY KEY (cod_aluno_beneficio),
  CONSTRAINT aluno_beneficio_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT aluno_beneficio_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: pmieducar.aluno_aluno_beneficio
CREATE TABLE aluno_aluno_beneficio (
  aluno_id INT NOT NULL,
  aluno_beneficio_id INT NOT NULL,
  PRIMARY KEY (aluno_id, aluno_beneficio_id),
  CONSTRAINT aluno_aluno_beneficio_aluno_beneficio_fk FOREIGN KEY (aluno_beneficio_id) REFERENCES aluno_beneficio (cod_aluno_beneficio),
  CONSTRAINT aluno_aluno_beneficio_aluno_fk FOREIGN KEY (aluno_id) REFERENCES aluno (cod_aluno)
);

-- upstream: pmieducar.aluno_historico_altura_peso
CREATE TABLE aluno_historico_altura_peso (
  ref_cod_aluno INT NOT NULL,
  data_historico DATE NOT NULL,
  altura DECIMAL(12,2) NOT NULL,
  peso DECIMAL(12,2) NOT NULL,
  CONSTRAINT aluno_historico_altura_peso_ref_cod_aluno_fkey FOREIGN KEY (ref_cod_aluno) REFERENCES aluno (cod_aluno)
);

-- upstream: modules.ficha_medica_aluno
CREATE TABLE ficha_medica_aluno (
  ref_cod_aluno INT NOT NULL,
  altura VARCHAR(4),
  peso VARCHAR(7),
  grupo_sanguineo VARCHAR(2),
  fator_rh VARCHAR(1),
  alergia_medicamento CHAR(1),
  desc_alergia_medicamento VARCHAR(100),
  alergia_alimento CHAR(1),
  desc_alergia_alimento VARCHAR(100),
  doenca_congenita CHAR(1),
  desc_doenca_congenita VARCHAR(100),
  fumante CHAR(1),
  doenca_caxumba CHAR(1),
  doenca_sarampo CHAR(1),
  doenca_rubeola CHAR(1),
  doenca_catapora CHAR(1),
  doenca_escarlatina CHAR(1),
  doenca_coqueluche CHAR(1),
  doenca_outras VARCHAR(100),
  epiletico CHAR(1),
  epiletico_tratamento CHAR(1),
  hemofilico CHAR(1),
  hipertenso CHAR(1),
  asmatico CHAR(1),
  diabetico CHAR(1),
  insulina CHAR(1),
  tratamento_medico CHAR(1),
  desc_tratamento_medico VARCHAR(100),
  medicacao_especifica CHAR(1),
  desc_medicacao_especifica VARCHAR(100),
  acomp_medico_psicologico CHAR(1),
  desc_acomp_medico_psicologico VARCHAR(100),
  restricao_atividade_fisica CHAR(1),
  desc_restricao_atividade_fisica VARCHAR(100),
  fratura_trauma CHAR(1),
  desc_fratura_trauma VARCHAR(100),
  plano_saude CHAR(1),
  desc_plano_saude VARCHAR(50),
  hospital_clinica VARCHAR(100),
  hospital_clinica_endereco VARCHAR(50),
  hospital_clinica_telefone VARCHAR(20),
  responsavel VARCHAR(50),
  responsavel_parentesco VARCHAR(20),
  responsavel_parentesco_telefone VARCHAR(20),
  responsavel_parentesco_celular VARCHAR(20),
  observacao VARCHAR(255),
  PRIMARY KEY (ref_cod_aluno),
  CONSTRAINT ficha_medica_aluno_fkey FOREIGN KEY (ref_cod_aluno) REFERENCES aluno (cod_aluno) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: modules.moradia_aluno
CREATE TABLE moradia_aluno (
  ref_cod_aluno INT NOT NULL,
  moradia CHAR(1),
  material CHAR(1) DEFAULT 'A',
  casa_outra VARCHAR(20),
  moradia_situacao INT,
  quartos INT,
  sala INT,
  copa INT,
  banheiro INT,
  garagem INT,
  empregada_domestica CHAR(1),
  automovel CHAR(1),
  motocicleta CHAR(1),
  computador CHAR(1),
  geladeira CHAR(1),
  fogao CHAR(1),
  maquina_lavar CHAR(1),
  microondas CHAR(1),
  video_dvd CHAR(1),
  televisao CHAR(1),
  celular CHAR(1),
  telefone CHAR(1),
  quant_pessoas INT,
  renda DOUBLE,
  agua_encanada CHAR(1),
  poco CHAR(1),
  energia CHAR(1),
  esgoto CHAR(1),
  fossa CHAR(1),
  lixo CHAR(1),
  PRIMARY KEY (ref_cod_aluno),
  CONSTRAINT moradia_aluno_fkey FOREIGN KEY (ref_cod_aluno) REFERENCES aluno (cod_aluno) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: modules.transporte_aluno
CREATE TABLE transporte_aluno (
  aluno_id INT NOT NULL,
  responsavel INT NOT NULL,
  user_id INT NOT NULL,
  created_at DATETIME NOT NULL,
  updated_at DATETIME,
  PRIMARY KEY (aluno_id),
  CONSTRAINT transporte_aluno_aluno_fk FOREIGN KEY (aluno_id) REFERENCES aluno (cod_aluno) ON DELETE CASCADE
);

-- upstream: pmieducar.serie
CREATE TABLE serie (
  cod_serie INT NOT NULL AUTO_INCREMENT,
  ref_usuario_exc INT,
  ref_usuario_cad INT NOT NULL,
  ref_cod_curso INT NOT NULL,
  nm_serie VARCHAR(255) NOT NULL,
  etapa_curso INT NOT NULL,
  concluinte SMALLINT NOT NULL DEFAULT 0,
  carga_horaria DOUBLE NOT NULL,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  intervalo INT,
  idade_inicial DECIMAL(3,0),
  idade_final DECIMAL(3,0),
  regra_avaliacao_id INT,
  observacao_historico VARCHAR(100),
  dias_letivos INT,
  regra_avaliacao_diferenciada_id INT,
  alerta_faixa_etaria TINYINT(1),
  bloquear_matricula_faixa_etaria TINYINT(1),
  idade_ideal INT,
  exigir_inep TINYINT(1),
  PRIMARY KEY (cod_serie),
  CONSTRAINT serie_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT serie_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: pmieducar.turma
CREATE TABLE turma (
  cod_turma INT NOT NULL AUTO_INCREMENT,
  ref_usuario_exc INT,
  ref_usuario_cad INT NOT NULL,
  ref_ref_cod_serie INT,
  ref_ref_cod_escola INT,
  ref_cod_infra_predio_comodo INT,
  nm_turma VARCHAR(255) NOT NULL,
  sgl_turma VARCHAR(15),
  max_aluno INT NOT NULL,
  multiseriada SMALLINT NOT NULL DEFAULT 0,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  ref_cod_turma_tipo INT NOT NULL,
  hora_inicial TIME,
  hora_final TIME,
  hora_inicio_intervalo TIME,
  hora_fim_intervalo TIME,
  ref_cod_regente INT,
  ref_cod_instituicao_regente INT,
  ref_cod_instituicao INT,
  ref_cod_curso INT,
  ref_ref_cod_serie_mult INT,
  ref_ref_cod_escola_mult INT,
  visivel TINYINT(1),
  tipo_boletim INT,
  turma_turno_id INT,
  ano INT,
  tipo_atendimento SMALLINT,
  turma_mais_educacao SMALLINT,
  atividade_complementar_1 INT,
  atividade_complementar_2 INT,
  atividade_complementar_3 INT,
  atividade_complementar_4 INT,
  atividade_complementar_5 INT,
  atividade_complementar_6 INT,
  aee_braille SMALLINT,
  aee_recurso_optico SMALLINT,
  aee_estrategia_desenvolvimento SMALLINT,
  aee_tecnica_mobilidade SMALLINT,
  aee_libras SMALLINT,
  aee_caa SMALLINT,
  aee_curricular SMALLINT,
  aee_soroban SMALLINT,
  aee_informatica SMALLINT,
  aee_lingua_escrita SMALLINT,
  aee_autonomia SMALLINT,
  cod_curso_profissional INT,
  etapa_educacenso SMALLINT,
  ref_cod_disciplina_dispensada INT,
  parecer_1_etapa TEXT,
  parecer_2_etapa TEXT,
  parecer_3_etapa TEXT,
  parecer_4_etapa TEXT,
  nao_informar_educacenso SMALLINT,
  tipo_mediacao_didatico_pedagogico INT,
  dias_semana TEXT COMMENT 'PostgreSQL integer[]',
  atividades_complementares TEXT COMMENT 'PostgreSQL integer[]',
  atividades_aee TEXT COMMENT 'PostgreSQL integer[]',
  tipo_boletim_diferenciado SMALLINT,
  PRIMARY KEY (cod_turma),
  CONSTRAINT fk_turma_disciplina_dispensada FOREIGN KEY (ref_cod_disciplina_dispensada) REFERENCES componente_curricular (id),
  CONSTRAINT turma_ref_cod_instituicao FOREIGN KEY (ref_cod_instituicao) REFERENCES instituicao (cod_instituicao) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT turma_ref_cod_regente FOREIGN KEY (ref_cod_regente, ref_cod_instituicao_regente) REFERENCES servidor (cod_servidor, ref_cod_instituicao) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT turma_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT turma_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: pmieducar.matricula
CREATE TABLE matricula (
  cod_matricula INT NOT NULL AUTO_INCREMENT,
  ref_cod_reserva_vaga INT,
  ref_ref_cod_escola INT,
  ref_ref_cod_serie INT,
  ref_usuario_exc INT,
  ref_usuario_cad INT NOT NULL,
  ref_cod_aluno INT NOT NULL,
  aprovado SMALLINT NOT NULL DEFAULT 0,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  ano INT NOT NULL,
  ultima_matricula SMALLINT NOT NULL DEFAULT 0,
  modulo SMALLINT NOT NULL DEFAULT 1,
  descricao_reclassificacao TEXT,
  formando SMALLINT NOT NULL DEFAULT 0,
  matricula_reclassificacao SMALLINT DEFAULT 0,
  ref_cod_curso INT,
  matricula_transferencia TINYINT(1) NOT NULL DEFAULT 0,
  semestre SMALLINT,
  observacao VARCHAR(300),
  data_matricula DATETIME,
  data_cancel DATETIME,
  ref_cod_abandono_tipo INT,
  turno_pre_matricula SMALLINT,
  dependencia TINYINT(1) DEFAULT 0,
  updated_at DATETIME,
  saida_escola TINYINT(1) DEFAULT 0,
  data_saida_escola DATE,
  turno_id INT,
  PRIMARY KEY (cod_matricula),
  CONSTRAINT matricula_ref_cod_aluno_fkey FOREIGN KEY (ref_cod_aluno) REFERENCES aluno (cod_aluno) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT matricula_ref_cod_reserva_vaga_fkey FOREIGN KEY (ref_cod_reserva_vaga) REFERENCES reserva_vaga (cod_reserva_vaga) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT matricula_ref_ref_cod_serie_fkey FOREIGN KEY (ref_ref_cod_serie) REFERENCES serie (cod_serie) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT matricula_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT matricula_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: pmieducar.matricula_turma
CREATE TABLE matricula_turma (
  ref_cod_matricula INT NOT NULL,
  ref_cod_turma INT NOT NULL,
  sequencial INT NOT NULL,
  ref_usuario_exc INT,
  ref_usuario_cad INT NOT NULL,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  data_enturmacao DATE NOT NULL,
  sequencial_fechamento INT NOT NULL DEFAULT 0,
  transferido TINYINT(1),
  remanejado TINYINT(1),
  reclassificado TINYINT(1),
  abandono TINYINT(1),
  updated_at DATETIME,
  falecido TINYINT(1),
  etapa_educacenso SMALLINT,
  turma_unificada SMALLINT,
  PRIMARY KEY (ref_cod_matricula, ref_cod_turma, sequencial),
  CONSTRAINT matricula_turma_ref_cod_matricula_fkey FOREIGN KEY (ref_cod_matricula) REFERENCES matricula (cod_matricula) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT matricula_turma_ref_cod_turma_fkey FOREIGN KEY (ref_cod_turma) REFERENCES turma (cod_turma) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT matricula_turma_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT matricula_turma_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: pmieducar.matricula_ocorrencia_disciplinar
CREATE TABLE matricula_ocorrencia_disciplinar (
  ref_cod_matricula INT NOT NULL,
  ref_cod_tipo_ocorrencia_disciplinar INT NOT NULL,
  sequencial INT NOT NULL,
  ref_usuario_exc INT,
  ref_usuario_cad INT NOT NULL,
  observacao TEXT NOT NULL,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  visivel_pais INT,
  cod_ocorrencia_disciplinar INT NOT NULL,
  PRIMARY KEY (ref_cod_matricula, ref_cod_tipo_ocorrencia_disciplinar, sequencial),
  CONSTRAINT matricula_ocorrencia_discipli_ref_cod_tipo_ocorrencia_disc_fkey FOREIGN KEY (ref_cod_tipo_ocorrencia_disciplinar) REFERENCES tipo_ocorrencia_disciplinar (cod_tipo_ocorrencia_disciplinar) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT matricula_ocorrencia_disciplinar_ref_cod_matricula_fkey FOREIGN KEY (ref_cod_matricula) REFERENCES matricula (cod_matricula) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT matricula_ocorrencia_disciplinar_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT matricula_ocorrencia_disciplinar_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: pmieducar.tipo_ocorrencia_disciplinar
CREATE TABLE tipo_ocorrencia_disciplinar (
  cod_tipo_ocorrencia_disciplinar INT NOT NULL AUTO_INCREMENT,
  ref_usuario_exc INT,
  ref_usuario_cad INT NOT NULL,
  nm_tipo VARCHAR(255) NOT NULL,
  descricao TEXT,
  max_ocorrencias INT,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  ref_cod_instituicao INT NOT NULL,
  PRIMARY KEY (cod_tipo_ocorrencia_disciplinar),
  CONSTRAINT tipo_ocorrencia_disciplinar_ref_cod_instituicao_fkey FOREIGN KEY (ref_cod_instituicao) REFERENCES instituicao (cod_instituicao) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT tipo_ocorrencia_disciplinar_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT tipo_ocorrencia_disciplinar_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: pmieducar.candidato_reserva_vaga
CREATE TABLE candidato_reserva_vaga (
  cod_candidato_reserva_vaga INT NOT NULL AUTO_INCREMENT,
  ano_letivo INT NOT NULL,
  data_solicitacao DATE NOT NULL,
  ref_cod_aluno INT NOT NULL,
  ref_cod_serie INT NOT NULL,
  ref_cod_turno INT,
  ref_cod_pessoa_cad INT NOT NULL,
  data_cad DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  data_update DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ref_cod_matricula INT,
  situacao CHAR(1),
  data_situacao DATE,
  motivo VARCHAR(255),
  ref_cod_escola INT,
  quantidade_membros SMALLINT,
  mae_fez_pre_natal TINYINT(1) DEFAULT 0,
  membros_trabalham SMALLINT,
  hora_solicitacao TIME,
  PRIMARY KEY (cod_candidato_reserva_vaga),
  CONSTRAINT ref_cod_aluno_fkey FOREIGN KEY (ref_cod_aluno) REFERENCES aluno (cod_aluno),
  CONSTRAINT ref_cod_serie_fkey FOREIGN KEY (ref_cod_serie) REFERENCES serie (cod_serie)
);
-- upstream also declares CONSTRAINT ref_cod_pessoa_cad_fkey FOREIGN KEY (ref_cod_pessoa_cad) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types INT vs DECIMAL(8,0))

-- upstream: pmieducar.reserva_vaga
CREATE TABLE reserva_vaga (
  cod_reserva_vaga INT NOT NULL AUTO_INCREMENT,
  ref_ref_cod_escola INT NOT NULL,
  ref_ref_cod_serie INT NOT NULL,
  ref_usuario_exc INT,
  ref_usuario_cad INT NOT NULL,
  ref_cod_aluno INT,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  nm_aluno VARCHAR(255),
  cpf_responsavel DECIMAL(11,0),
  PRIMARY KEY (cod_reserva_vaga),
  CONSTRAINT reserva_vaga_ref_cod_aluno_fkey FOREIGN KEY (ref_cod_aluno) REFERENCES aluno (cod_aluno) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT reserva_vaga_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT reserva_vaga_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: pmieducar.transferencia_solicitacao
CREATE TABLE transferencia_solicitacao (
  cod_transferencia_solicitacao INT NOT NULL AUTO_INCREMENT,
  ref_cod_transferencia_tipo INT NOT NULL,
  ref_usuario_exc INT,
  ref_usuario_cad INT NOT NULL,
  ref_cod_matricula_entrada INT,
  ref_cod_matricula_saida INT NOT NULL,
  observacao TEXT,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  data_transferencia DATETIME,
  ref_cod_escola_destino INT,
  escola_destino_externa TEXT,
  estado_escola_destino_externa VARCHAR(60),
  municipio_escola_destino_externa VARCHAR(60),
  PRIMARY KEY (cod_transferencia_solicitacao),
  CONSTRAINT transferencia_solicitacao_ref_cod_matricula_entrada_fkey FOREIGN KEY (ref_cod_matricula_entrada) REFERENCES matricula (cod_matricula) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT transferencia_solicitacao_ref_cod_matricula_saida_fkey FOREIGN KEY (ref_cod_matricula_saida) REFERENCES matricula (cod_matricula) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT transferencia_solicitacao_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT transferencia_solicitacao_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: pmieducar.historico_escolar
CREATE TABLE historico_escolar (
  ref_cod_aluno INT NOT NULL,
  sequencial INT NOT NULL,
  ref_usuario_exc INT,
  ref_usuario_cad INT NOT NULL,
  ano INT NOT NULL,
  carga_horaria DOUBLE,
  dias_letivos INT,
  escola VARCHAR(255) NOT NULL,
  escola_cidade VARCHAR(255) NOT NULL,
  escola_uf VARCHAR(3),
  observacao TEXT,
  aprovado SMALLINT NOT NULL DEFAULT 1,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  faltas_globalizadas INT,
  nm_serie VARCHAR(255),
  origem SMALLINT DEFAULT 1,
  extra_curricular SMALLINT DEFAULT 0,
  ref_cod_matricula INT,
  ref_cod_instituicao INT,
  import DECIMAL(1,0),
  frequencia DECIMAL(5,2) DEFAULT 0.000,
  registro VARCHAR(50),
  livro VARCHAR(50),
  folha VARCHAR(50),
  historico_grade_curso_id INT,
  nm_curso VARCHAR(255),
  aceleracao INT,
  ref_cod_escola INT,
  dependencia TINYINT(1),
  posicao INT,
  PRIMARY KEY (ref_cod_aluno, sequencial),
  CONSTRAINT historico_escolar_ref_cod_aluno_fkey FOREIGN KEY (ref_cod_aluno) REFERENCES aluno (cod_aluno) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT historico_escolar_ref_usuario_cad_fkey FOREIGN KEY (ref_usuario_cad) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT historico_escolar_ref_usuario_exc_fkey FOREIGN KEY (ref_usuario_exc) REFERENCES usuario (cod_usuario) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: pmieducar.historico_disciplinas
CREATE TABLE historico_disciplinas (
  sequencial INT NOT NULL,
  ref_ref_cod_aluno INT NOT NULL,
  ref_sequencial INT NOT NULL,
  nm_disciplina TEXT NOT NULL,
  nota VARCHAR(255) NOT NULL,
  faltas INT,
  import DECIMAL(1,0),
  ordenamento INT,
  carga_horaria_disciplina INT,
  dependencia TINYINT(1) DEFAULT 0,
  PRIMARY KEY (sequencial, ref_ref_cod_aluno, ref_sequencial),
  CONSTRAINT historico_disciplinas_ref_ref_cod_aluno_fkey FOREIGN KEY (ref_ref_cod_aluno, ref_sequencial) REFERENCES historico_escolar (ref_cod_aluno, sequencial) ON UPDATE CASCADE ON DELETE CASCADE
);

-- upstream: modules.componente_curricular
CREATE TABLE componente_curricular (
  id INT NOT NULL,
  instituicao_id INT NOT NULL,
  area_conhecimento_id INT NOT NULL,
  nome VARCHAR(500) NOT NULL,
  abreviatura VARCHAR(25) NOT NULL,
  tipo_base SMALLINT NOT NULL,
  codigo_educacenso SMALLINT,
  ordenamento INT DEFAULT 99999,
  PRIMARY KEY (id, instituicao_id)
);

-- upstream: modules.nota_aluno
CREATE TABLE nota_aluno (
  id INT NOT NULL,
  matricula_id INT NOT NULL,
  PRIMARY KEY (id)
);

-- upstream: modules.nota_componente_curricular
CREATE TABLE nota_componente_curricular (
  id INT NOT NULL,
  nota_aluno_id INT NOT NULL,
  componente_curricular_id INT NOT NULL,
  nota DECIMAL(8,4) DEFAULT 0,
  nota_arredondada VARCHAR(10) DEFAULT 0,
  etapa VARCHAR(2) NOT NULL,
  nota_recuperacao VARCHAR(10),
  nota_original VARCHAR(10),
  nota_recuperacao_especifica VARCHAR(10),
  PRIMARY KEY (nota_aluno_id, componente_curricular_id, etapa),
  CONSTRAINT nota_componente_curricular_nota_aluno_fk FOREIGN KEY (nota_aluno_id) REFERENCES nota_aluno (id) ON DELETE CASCADE
);

-- upstream: modules.falta_aluno
CREATE TABLE falta_aluno (
  id INT NOT NULL,
  matricula_id INT NOT NULL,
  tipo_falta SMALLINT NOT NULL,
  PRIMARY KEY (id)
);

-- upstream: modules.falta_componente_curricular
CREATE TABLE falta_componente_curricular (
  id INT NOT NULL,
  falta_aluno_id INT NOT NULL,
  componente_curricular_id INT NOT NULL,
  quantidade INT DEFAULT 0,
  etapa VARCHAR(2) NOT NULL,
  PRIMARY KEY (falta_aluno_id, componente_curricular_id, etapa),
  CONSTRAINT falta_componente_curricular_falta_aluno_fk FOREIGN KEY (falta_aluno_id) REFERENCES falta_aluno (id) ON DELETE CASCADE
);

-- upstream: pmieducar.servidor
CREATE TABLE servidor (
  cod_servidor INT NOT NULL,
  ref_cod_instituicao INT NOT NULL,
  ref_idesco DECIMAL(2,0),
  carga_horaria DOUBLE NOT NULL,
  data_cadastro DATETIME NOT NULL,
  data_exclusao DATETIME,
  ativo SMALLINT NOT NULL DEFAULT 1,
  ref_cod_subnivel INT,
  situacao_curso_superior_1 SMALLINT,
  formacao_complementacao_pedagogica_1 SMALLINT,
  codigo_curso_superior_1 INT,
  ano_inicio_curso_superior_1 DECIMAL(4,0),
  ano_conclusao_curso_superior_1 DECIMAL(4,0),
  instituicao_curso_superior_1 SMALLINT,
  situacao_curso_superior_2 SMALLINT,
  formacao_complementacao_pedagogica_2 SMALLINT,
  codigo_curso_superior_2 INT,
  ano_inicio_curso_superior_2 DECIMAL(4,0),
  ano_conclusao_curso_superior_2 DECIMAL(4,0),
  instituicao_curso_superior_2 SMALLINT,
  situacao_curso_superior_3 SMALLINT,
  formacao_complementacao_pedagogica_3 SMALLINT,
  codigo_curso_superior_3 INT,
  ano_inicio_curso_superior_3 DECIMAL(4,0),
  ano_conclusao_curso_superior_3 DECIMAL(4,0),
  instituicao_curso_superior_3 SMALLINT,
  multi_seriado TINYINT(1),
  pos_graduacao TEXT COMMENT 'PostgreSQL integer[]',
  curso_formacao_continuada TEXT COMMENT 'PostgreSQL integer[]',
  PRIMARY KEY (cod_servidor, ref_cod_instituicao),
  CONSTRAINT servidor_ref_cod_instituicao_fkey FOREIGN KEY (ref_cod_instituicao) REFERENCES instituicao (cod_instituicao) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT servidor_ref_idesco_fkey FOREIGN KEY (ref_idesco) REFERENCES escolaridade (idesco) ON UPDATE RESTRICT ON DELETE RESTRICT
);
-- upstream also declares CONSTRAINT fk_servidor_pessoa FOREIGN KEY (cod_servidor) REFERENCES pessoa (idpes): left out, MariaDB refuses it (column types INT vs DECIMAL(8,0))

-- upstream: modules.professor_turma
CREATE TABLE professor_turma (
  id INT NOT NULL AUTO_INCREMENT,
  ano SMALLINT NOT NULL,
  instituicao_id INT NOT NULL,
  turma_id INT NOT NULL,
  servidor_id INT NOT NULL,
  funcao_exercida SMALLINT NOT NULL,
  tipo_vinculo SMALLINT,
  permite_lancar_faltas_componente INT DEFAULT 0,
  updated_at DATETIME,
  turno_id INT,
  PRIMARY KEY (id),
  CONSTRAINT professor_turma_servidor_id_fk FOREIGN KEY (servidor_id, instituicao_id) REFERENCES servidor (cod_servidor, ref_cod_instituicao) MATCH FULL ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT professor_turma_turma_id_fk FOREIGN KEY (turma_id) REFERENCES turma (cod_turma) ON UPDATE RESTRICT ON DELETE RESTRICT
);

-- upstream: modules.auditoria_geral
CREATE TABLE auditoria_geral (
  usuario_id INT,
  operacao SMALLINT,
  rotina VARCHAR(50),
  valor_antigo JSON,
  valor_novo JSON,
  data_hora DATETIME,
  codigo TEXT,
  id INT NOT NULL,
  query TEXT,
  PRIMARY KEY (id)
);
