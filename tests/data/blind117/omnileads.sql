-- OMniLeads (omnichannel contact-centre suite: Asterisk-based inbound, outbound dialer, preview and manual
-- campaigns, WhatsApp conversations; version 260220.01)
-- Upstream: the OMniLeads repository `ominicontacto` (Freetech Solutions), GitHub copy alejandrozf/ominicontacto,
-- commit 038fb9acbad9cf4adbdb6d5456e581127272be47 (LGPL-3.0); the project runs on PostgreSQL.
-- Source: the Django models of ominicontacto_app/models.py, reportes_app/models.py, whatsapp_app/models.py
-- (with whatsapp_app/mixins/auditable.py) and configuracion_telefonia_app/models.py, rendered as MySQL DDL by
-- Django 3.2's own MySQL schema editor (the version upstream pins), so column names, order and types are the
-- models' (ForeignKey -> <name>_id, JSONField -> json, TimeStampedModel's created/modified, the simple_history
-- table of CalificacionCliente). Foreign-key constraints and secondary indexes are left out.
-- 44 of the 82 tables of these four apps are taken (omnileads.md lists what was left out).

CREATE TABLE `ominicontacto_app_user` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `password` varchar(128) NOT NULL,
    `last_login` datetime(6) NULL,
    `is_superuser` bool NOT NULL,
    `username` varchar(150) NOT NULL UNIQUE,
    `first_name` varchar(150) NOT NULL,
    `last_name` varchar(150) NOT NULL,
    `email` varchar(254) NOT NULL,
    `is_staff` bool NOT NULL,
    `is_active` bool NOT NULL,
    `date_joined` datetime(6) NOT NULL,
    `is_agente` bool NOT NULL,
    `is_supervisor` bool NOT NULL,
    `is_cliente_webphone` bool NOT NULL,
    `last_session_key` varchar(40) NULL,
    `borrado` bool NOT NULL
);

CREATE TABLE `ominicontacto_app_agenteprofile` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `user_id` integer NOT NULL UNIQUE,
    `sip_extension` integer NOT NULL UNIQUE,
    `sip_password` varchar(128) NULL,
    `grupo_id` integer NOT NULL,
    `estado` integer UNSIGNED NOT NULL CHECK (`estado` >= 0),
    `reported_by_id` integer NOT NULL,
    `is_inactive` bool NOT NULL,
    `borrado` bool NOT NULL
);

CREATE TABLE `ominicontacto_app_supervisorprofile` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `user_id` integer NOT NULL UNIQUE,
    `sip_extension` integer NOT NULL UNIQUE,
    `sip_password` varchar(128) NULL,
    `is_administrador` bool NOT NULL,
    `is_customer` bool NOT NULL,
    `borrado` bool NOT NULL,
    `timestamp` varchar(64) NULL
);

CREATE TABLE `ominicontacto_app_clientewebphoneprofile` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `user_id` integer NOT NULL UNIQUE,
    `sip_extension` integer NOT NULL UNIQUE,
    `is_inactive` bool NOT NULL,
    `borrado` bool NOT NULL
);

CREATE TABLE `ominicontacto_app_grupo` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `nombre` varchar(20) NOT NULL UNIQUE,
    `auto_attend_inbound` bool NOT NULL,
    `auto_attend_dialer` bool NOT NULL,
    `auto_unpause` integer UNSIGNED NOT NULL CHECK (`auto_unpause` >= 0),
    `obligar_calificacion` bool NOT NULL,
    `obligar_despausa` bool NOT NULL,
    `call_off_camp` bool NOT NULL,
    `call_another_agent` bool NOT NULL,
    `acceso_grabaciones_agente` bool NOT NULL,
    `acceso_dashboard_agente` bool NOT NULL,
    `on_hold` bool NOT NULL,
    `limitar_agendas_personales` bool NOT NULL,
    `cantidad_agendas_personales` integer UNSIGNED NULL CHECK (`cantidad_agendas_personales` >= 0),
    `limitar_agendas_personales_en_dias` bool NOT NULL,
    `tiempo_maximo_para_agendar` integer UNSIGNED NULL CHECK (`tiempo_maximo_para_agendar` >= 0),
    `show_console_timers` bool NOT NULL,
    `acceso_contactos_agente` bool NOT NULL,
    `acceso_agendas_agente` bool NOT NULL,
    `acceso_calificaciones_agente` bool NOT NULL,
    `acceso_campanas_preview_agente` bool NOT NULL,
    `acceso_cambiar_contrasena_agente` bool NOT NULL,
    `whatsapp_habilitado` bool NOT NULL,
    `restringir_tipo_llamadas_manuales` bool NOT NULL,
    `permitir_llamadas_manuales_a_manuales` bool NOT NULL,
    `permitir_llamadas_manuales_a_dialer` bool NOT NULL,
    `permitir_llamadas_manuales_a_entrante` bool NOT NULL,
    `permitir_llamadas_manuales_a_preview` bool NOT NULL,
    `conjunto_de_pausa_id` integer NULL
);

CREATE TABLE `ominicontacto_app_pausa` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `nombre` varchar(20) NOT NULL UNIQUE,
    `tipo` varchar(1) NOT NULL,
    `eliminada` bool NOT NULL
);

CREATE TABLE `ominicontacto_app_campana` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `estado` integer UNSIGNED NOT NULL CHECK (`estado` >= 0),
    `nombre` varchar(128) NOT NULL UNIQUE,
    `fecha_inicio` date NULL,
    `fecha_fin` date NULL,
    `bd_contacto_id` integer NULL,
    `campos_bd_no_editables` varchar(2052) NOT NULL,
    `campos_bd_ocultos` varchar(2052) NOT NULL,
    `campos_bd_obligatorios` varchar(2052) NOT NULL,
    `oculto` bool NOT NULL,
    `campaign_id_wombat` integer NULL,
    `type` integer UNSIGNED NOT NULL CHECK (`type` >= 0),
    `sistema_externo_id` integer NULL,
    `id_externo` varchar(128) NULL,
    `sitio_externo_id` integer NULL,
    `tipo_interaccion` integer UNSIGNED NOT NULL CHECK (`tipo_interaccion` >= 0),
    `reported_by_id` integer NOT NULL,
    `outcid` varchar(128) NULL,
    `outr_id` integer NULL,
    `speech` longtext NULL,
    `es_template` bool NOT NULL,
    `nombre_template` varchar(128) NULL,
    `es_manual` bool NOT NULL,
    `objetivo` integer UNSIGNED NOT NULL CHECK (`objetivo` >= 0),
    `prioridad` integer UNSIGNED NOT NULL CHECK (`prioridad` >= 0),
    `tiempo_desconexion` integer UNSIGNED NOT NULL CHECK (`tiempo_desconexion` >= 0),
    `campo_desactivacion` varchar(128) NULL,
    `mostrar_nombre` bool NOT NULL,
    `videocall_habilitada` bool NOT NULL,
    `campo_direccion` varchar(128) NULL,
    `mostrar_did` bool NOT NULL,
    `mostrar_nombre_ruta_entrante` bool NOT NULL,
    `mostrar_callid` bool NOT NULL,
    `control_de_duplicados` integer UNSIGNED NOT NULL CHECK (`control_de_duplicados` >= 0),
    `whatsapp_habilitado` bool NOT NULL,
    `permitir_calificar_telefonos` bool NOT NULL
);

CREATE TABLE `ominicontacto_app_campana_supervisors` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `campana_id` integer NOT NULL,
    `user_id` integer NOT NULL
);

CREATE TABLE `ominicontacto_app_opcioncalificacion` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `campana_id` integer NOT NULL,
    `tipo` integer NOT NULL,
    `nombre` varchar(50) NOT NULL,
    `subcalificaciones` json NULL,
    `formulario_id` integer NULL,
    `oculta` bool NOT NULL,
    `positiva` bool NOT NULL,
    `interaccion_crm` bool NOT NULL
);

CREATE TABLE `ominicontacto_app_formulario` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `nombre` varchar(64) NOT NULL,
    `descripcion` longtext NOT NULL,
    `oculto` bool NOT NULL
);

CREATE TABLE `ominicontacto_app_fieldformulario` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `formulario_id` integer NOT NULL,
    `nombre_campo` varchar(64) NOT NULL,
    `orden` integer UNSIGNED NOT NULL CHECK (`orden` >= 0),
    `tipo` integer UNSIGNED NOT NULL CHECK (`tipo` >= 0),
    `tipo_numero` integer UNSIGNED NULL CHECK (`tipo_numero` >= 0),
    `cifras_significativas` integer UNSIGNED NULL CHECK (`cifras_significativas` >= 0),
    `values_select` longtext NULL,
    `sitio_externo_id` integer NULL,
    `is_required` bool NOT NULL
);

CREATE TABLE `queue_table` (
    `campana_id` integer NULL UNIQUE,
    `name` varchar(128) NOT NULL PRIMARY KEY,
    `timeout` bigint NULL,
    `retry` bigint NULL,
    `maxlen` bigint NOT NULL,
    `wrapuptime` bigint NOT NULL,
    `servicelevel` bigint NOT NULL,
    `strategy` varchar(128) NOT NULL,
    `eventmemberstatus` bool NOT NULL,
    `eventwhencalled` bool NOT NULL,
    `weight` bigint NOT NULL,
    `ringinuse` bool NOT NULL,
    `setinterfacevar` bool NOT NULL,
    `wait` integer UNSIGNED NOT NULL CHECK (`wait` >= 0),
    `auto_grabacion` bool NOT NULL,
    `detectar_contestadores` bool NOT NULL,
    `ep_id_wombat` integer NULL,
    `summarize_percentage` smallint UNSIGNED NOT NULL CHECK (`summarize_percentage` >= 0),
    `transcription_percentage` smallint UNSIGNED NOT NULL CHECK (`transcription_percentage` >= 0),
    `announce_position` bool NOT NULL,
    `wait_announce_frequency` bigint NULL,
    `announce` varchar(128) NULL,
    `announce_frequency` bigint NULL,
    `audio_para_contestadores_id` integer NULL,
    `audio_de_ingreso_id` integer NULL,
    `audios_id` integer NULL,
    `audio_previo_conexion_llamada_id` integer NULL,
    `dial_timeout` integer UNSIGNED NULL CHECK (`dial_timeout` >= 0),
    `initial_predictive_model` bool NOT NULL,
    `initial_boost_factor` numeric(3, 1) NULL,
    `destino_failover_id` integer NULL,
    `destino_dialer_id` integer NULL,
    `announce_holdtime` varchar(128) NOT NULL,
    `ivr_breakdown_id` integer NULL,
    `musiconhold_id` integer NULL,
    `context` varchar(128) NULL,
    `monitor_join` bool NULL,
    `monitor_format` varchar(128) NULL,
    `queue_youarenext` varchar(128) NULL,
    `queue_thereare` varchar(128) NULL,
    `queue_callswaiting` varchar(128) NULL,
    `queue_holdtime` varchar(128) NULL,
    `queue_minutes` varchar(128) NULL,
    `queue_seconds` varchar(128) NULL,
    `queue_lessthan` varchar(128) NULL,
    `queue_thankyou` varchar(128) NULL,
    `queue_reporthold` varchar(128) NULL,
    `announce_round_seconds` bigint NULL,
    `joinempty` varchar(128) NULL,
    `leavewhenempty` varchar(128) NULL,
    `reportholdtime` bool NULL,
    `memberdelay` bigint NULL,
    `timeoutrestart` bool NULL
);

CREATE TABLE `queue_member_table` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `member_id` integer NOT NULL,
    `queue_name` varchar(128) NOT NULL,
    `membername` varchar(128) NOT NULL,
    `interface` varchar(128) NOT NULL,
    `penalty` integer NOT NULL,
    `paused` integer NOT NULL,
    `id_campana` varchar(128) NOT NULL
);

CREATE TABLE `ominicontacto_app_basedatoscontacto` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `nombre` varchar(128) NOT NULL UNIQUE,
    `fecha_alta` datetime(6) NOT NULL,
    `archivo_importacion` varchar(256) NOT NULL,
    `nombre_archivo_importacion` varchar(256) NOT NULL,
    `metadata` longtext NULL,
    `sin_definir` bool NOT NULL,
    `cantidad_contactos` integer UNSIGNED NOT NULL CHECK (`cantidad_contactos` >= 0),
    `estado` integer UNSIGNED NOT NULL CHECK (`estado` >= 0),
    `oculto` bool NOT NULL
);

CREATE TABLE `ominicontacto_app_contacto` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `telefono` varchar(128) NOT NULL,
    `datos` longtext NOT NULL,
    `bd_contacto_id` integer NULL,
    `id_externo` varchar(128) NULL,
    `es_originario` bool NOT NULL
);

CREATE TABLE `ominicontacto_app_listasrapidas` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `nombre` varchar(128) NOT NULL UNIQUE,
    `fecha_alta` datetime(6) NOT NULL,
    `archivo_importacion` varchar(256) NOT NULL,
    `nombre_archivo_importacion` varchar(256) NOT NULL,
    `cantidad_contactos` integer UNSIGNED NOT NULL CHECK (`cantidad_contactos` >= 0),
    `metadata` longtext NULL
);

CREATE TABLE `ominicontacto_app_contactolistarapida` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `telefono` varchar(128) NOT NULL,
    `nombre` varchar(128) NOT NULL,
    `lista_rapida_id` integer NULL
);

CREATE TABLE `ominicontacto_app_grabacion_marca` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `callid` varchar(45) NOT NULL,
    `descripcion` longtext NOT NULL
);

CREATE TABLE `ominicontacto_app_calificacioncliente` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `created` datetime(6) NOT NULL,
    `modified` datetime(6) NOT NULL,
    `contacto_id` integer NOT NULL,
    `opcion_calificacion_id` integer NOT NULL,
    `subcalificacion` varchar(200) NULL,
    `fecha` datetime(6) NOT NULL,
    `agente_id` integer NOT NULL,
    `observaciones` longtext NULL,
    `agendado` bool NOT NULL,
    `tipo_agenda` integer UNSIGNED NULL CHECK (`tipo_agenda` >= 0),
    `callid` varchar(32) NULL,
    `canalidad` integer UNSIGNED NOT NULL CHECK (`canalidad` >= 0),
    `es_calificacion_manual` bool NOT NULL
);

CREATE TABLE `ominicontacto_app_historicalcalificacioncliente` (
    `id` integer NOT NULL,
    `created` datetime(6) NOT NULL,
    `modified` datetime(6) NOT NULL,
    `subcalificacion` varchar(200) NULL,
    `fecha` datetime(6) NOT NULL,
    `observaciones` longtext NULL,
    `agendado` bool NOT NULL,
    `tipo_agenda` integer UNSIGNED NULL CHECK (`tipo_agenda` >= 0),
    `callid` varchar(32) NULL,
    `canalidad` integer UNSIGNED NOT NULL CHECK (`canalidad` >= 0),
    `es_calificacion_manual` bool NOT NULL,
    `contacto_id` integer NULL,
    `opcion_calificacion_id` integer NULL,
    `agente_id` integer NULL,
    `history_id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `history_date` datetime(6) NOT NULL,
    `history_change_reason` varchar(100) NULL,
    `history_type` varchar(1) NOT NULL,
    `history_user_id` integer NULL
);

CREATE TABLE `ominicontacto_app_calificaciontelefono` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `created` datetime(6) NOT NULL,
    `modified` datetime(6) NOT NULL,
    `contacto_id` integer NOT NULL,
    `campana_id` integer NOT NULL,
    `fecha` datetime(6) NOT NULL,
    `agente_id` integer NOT NULL,
    `calificacion` varchar(200) NULL,
    `campo_contacto` varchar(200) NOT NULL
);

CREATE TABLE `ominicontacto_app_respuestaformulariogestion` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `calificacion_id` integer NOT NULL,
    `metadata` longtext NOT NULL,
    `fecha` datetime(6) NOT NULL
);

CREATE TABLE `ominicontacto_app_auditoriacalificacion` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `calificacion_id` integer NOT NULL UNIQUE,
    `resultado` integer NOT NULL,
    `observaciones` longtext NULL,
    `revisada` bool NOT NULL
);

CREATE TABLE `ominicontacto_app_chat` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `agente_id` integer NOT NULL,
    `user_id` integer NOT NULL,
    `fecha_hora_chat` datetime(6) NOT NULL
);

CREATE TABLE `ominicontacto_app_mensajechat` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `sender_id` integer NOT NULL,
    `to_id` integer NOT NULL,
    `mensaje` longtext NOT NULL,
    `fecha_hora` datetime(6) NOT NULL,
    `chat_id` integer NOT NULL
);

CREATE TABLE `ominicontacto_app_agendacontacto` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `agente_id` integer NOT NULL,
    `contacto_id` integer NOT NULL,
    `fecha` date NOT NULL,
    `hora` time(6) NOT NULL,
    `tipo_agenda` integer UNSIGNED NOT NULL CHECK (`tipo_agenda` >= 0),
    `observaciones` longtext NULL,
    `campana_id` integer NULL,
    `telefono` varchar(128) NOT NULL
);

CREATE TABLE `ominicontacto_app_actuacionvigente` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `campana_id` integer NOT NULL UNIQUE,
    `domingo` bool NOT NULL,
    `lunes` bool NOT NULL,
    `martes` bool NOT NULL,
    `miercoles` bool NOT NULL,
    `jueves` bool NOT NULL,
    `viernes` bool NOT NULL,
    `sabado` bool NOT NULL,
    `hora_desde` time(6) NOT NULL,
    `hora_hasta` time(6) NOT NULL
);

CREATE TABLE `ominicontacto_app_blacklist` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `nombre` varchar(128) NOT NULL,
    `fecha_alta` datetime(6) NOT NULL,
    `fecha_modificacion` datetime(6) NOT NULL,
    `archivo_importacion` varchar(256) NOT NULL,
    `nombre_archivo_importacion` varchar(256) NOT NULL,
    `sin_definir` bool NOT NULL,
    `cantidad_contactos` integer UNSIGNED NOT NULL CHECK (`cantidad_contactos` >= 0)
);

CREATE TABLE `ominicontacto_app_contactoblacklist` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `telefono` varchar(128) NOT NULL UNIQUE,
    `black_list_id` integer NULL
);

CREATE TABLE `ominicontacto_app_autenticacionsitioexterno` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `nombre` varchar(128) NOT NULL UNIQUE,
    `url` varchar(250) NOT NULL,
    `username` varchar(128) NOT NULL,
    `password` varchar(128) NOT NULL,
    `campo_token` varchar(128) NOT NULL,
    `duracion` integer UNSIGNED NOT NULL CHECK (`duracion` >= 0),
    `campo_duracion` varchar(128) NOT NULL,
    `ssl_estricto` bool NOT NULL,
    `token` longtext NULL,
    `expiracion_token` datetime(6) NULL
);

CREATE TABLE `ominicontacto_app_agenteensistemaexterno` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `agente_id` integer NOT NULL,
    `sistema_externo_id` integer NOT NULL,
    `id_externo_agente` varchar(128) NOT NULL
);

CREATE TABLE `ominicontacto_app_agenteencontacto` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `agente_id` integer NOT NULL,
    `contacto_id` integer NOT NULL,
    `datos_contacto` longtext NOT NULL,
    `telefono_contacto` varchar(128) NOT NULL,
    `campana_id` integer NOT NULL,
    `estado` integer UNSIGNED NOT NULL CHECK (`estado` >= 0),
    `modificado` datetime(6) NULL,
    `es_originario` bool NOT NULL,
    `orden` integer NOT NULL
);

CREATE TABLE `ominicontacto_app_autenticacionexternadeusuario` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `user_id` integer NOT NULL UNIQUE,
    `activa` bool NULL
);

CREATE TABLE `queue_log` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `time` varchar(100) NULL,
    `callid` varchar(100) NOT NULL,
    `queuename` varchar(100) NOT NULL,
    `agent` varchar(100) NOT NULL,
    `event` varchar(100) NOT NULL,
    `data1` varchar(100) NOT NULL,
    `data2` varchar(100) NOT NULL,
    `data3` varchar(100) NOT NULL,
    `data4` varchar(100) NOT NULL,
    `data5` varchar(100) NOT NULL
);

CREATE TABLE `reportes_app_llamadalog` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `time` datetime(6) NOT NULL,
    `callid` varchar(32) NULL,
    `campana_id` integer NULL,
    `tipo_campana` integer NULL,
    `tipo_llamada` integer NULL,
    `agente_id` integer NULL,
    `event` varchar(32) NULL,
    `numero_marcado` varchar(128) NULL,
    `contacto_id` integer NULL,
    `bridge_wait_time` integer NULL,
    `duracion_llamada` integer NULL,
    `archivo_grabacion` varchar(100) NULL,
    `agente_extra_id` integer NULL,
    `campana_extra_id` integer NULL,
    `numero_extra` varchar(128) NULL
);

CREATE TABLE `reportes_app_actividadagentelog` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `time` datetime(6) NOT NULL,
    `agente_id` integer NULL,
    `event` varchar(32) NULL,
    `pausa_id` varchar(128) NULL
);

CREATE TABLE `reportes_app_transferenciaaencuestalog` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `time` datetime(6) NOT NULL,
    `agente_id` integer NULL,
    `campana_id` integer NULL,
    `encuesta_id` integer NULL,
    `callid` varchar(32) NULL
);

CREATE TABLE `reportes_app_analisissentimiento` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `time` datetime(6) NOT NULL,
    `callid` varchar(32) NOT NULL UNIQUE,
    `result` varchar(32) NULL,
    `url_audio` longtext NULL,
    `url_transcription` longtext NULL
);

CREATE TABLE `whatsapp_app_configuracionproveedor` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `is_active` bool NOT NULL,
    `created_by_id` integer NOT NULL,
    `updated_by_id` integer NOT NULL,
    `created_at` datetime(6) NOT NULL,
    `updated_at` datetime(6) NOT NULL,
    `nombre` varchar(100) NOT NULL,
    `tipo_proveedor` integer NOT NULL,
    `configuracion` json NOT NULL
);

CREATE TABLE `whatsapp_app_linea` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `is_active` bool NOT NULL,
    `created_by_id` integer NOT NULL,
    `updated_by_id` integer NOT NULL,
    `created_at` datetime(6) NOT NULL,
    `updated_at` datetime(6) NOT NULL,
    `nombre` varchar(100) NOT NULL,
    `proveedor_id` integer NOT NULL,
    `numero` varchar(100) NOT NULL,
    `configuracion` json NOT NULL,
    `destino_id` integer NULL,
    `horario_id` integer NULL,
    `mensaje_bienvenida_id` integer NULL,
    `mensaje_despedida_id` integer NULL,
    `mensaje_fueradehora_id` integer NULL
);

CREATE TABLE `whatsapp_app_templatewhatsapp` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `linea_id` integer NOT NULL,
    `nombre` varchar(100) NOT NULL,
    `identificador` varchar(100) NOT NULL,
    `identificador_media` varchar(100) NULL,
    `link_media` varchar(500) NULL,
    `texto_header` longtext NULL,
    `texto` longtext NULL,
    `botones` json NOT NULL,
    `idioma` varchar(100) NOT NULL,
    `status` varchar(100) NOT NULL,
    `creado` varchar(100) NOT NULL,
    `modificado` varchar(100) NOT NULL,
    `tipo` varchar(100) NOT NULL,
    `categoria` varchar(100) NOT NULL,
    `is_active` bool NOT NULL,
    CONSTRAINT `identificador_unico` UNIQUE (`linea_id`, `identificador`)
);

CREATE TABLE `whatsapp_app_conversacionwhatsapp` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `line_id` integer NOT NULL,
    `campana_id` integer NULL,
    `destination` varchar(100) NOT NULL,
    `whatsapp_id` varchar(100) NULL,
    `client_id` integer NULL,
    `agent_id` integer NULL,
    `is_active` bool NOT NULL,
    `is_disposition` bool NOT NULL,
    `conversation_disposition_id` integer NULL,
    `expire` datetime(6) NULL,
    `timestamp` datetime(6) NOT NULL,
    `saliente` bool NOT NULL,
    `atendida` bool NOT NULL,
    `error` bool NOT NULL,
    `error_ex` json NOT NULL,
    `date_last_interaction` datetime(6) NULL,
    `client_alias` varchar(100) NULL
);

CREATE TABLE `whatsapp_app_mensajewhatsapp` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `message_id` varchar(100) NOT NULL,
    `timestamp` datetime(6) NOT NULL,
    `origen` varchar(100) NOT NULL,
    `sender` json NOT NULL,
    `conversation_id` integer NULL,
    `file` varchar(100) NULL,
    `content` json NOT NULL,
    `type` varchar(100) NOT NULL,
    `status` varchar(100) NOT NULL,
    `fail_reason` varchar(100) NULL
);

CREATE TABLE `configuracion_telefonia_app_troncalsip` (
    `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
    `nombre` varchar(128) NOT NULL UNIQUE,
    `canales_maximos` integer UNSIGNED NOT NULL CHECK (`canales_maximos` >= 0),
    `caller_id` varchar(100) NULL,
    `register_string` varchar(100) NULL,
    `text_config` longtext NOT NULL,
    `tecnologia` integer UNSIGNED NOT NULL CHECK (`tecnologia` >= 0)
);
