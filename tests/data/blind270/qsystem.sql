-- QSystem 1.4.1 (Apertum / Evgeniy Egorov; electronic queue system for public offices, clinics and banks:
-- ticket kiosks, operators' workplaces, call boards, pre-registration, visitor feedback), database version 2.6
-- Upstream: Evgeniy Egorov's QSystem repository as mirrored unchanged at github.com/binali-rustamov/apertum-qsystem,
-- `db/qsystem.sql`, commit 849103dda8df39f6c8386de7c96f501d67b2a529 (file last changed in 8c70ba72, "v.1.4.1 final.
-- db2.6") (GPL-3.0, installation/i18n/license-gpl3-*.txt)
-- Built by loading upstream's MySQL Workbench install script into MariaDB 10.11 (the `qsystem`. schema prefix, the
-- DROP/CREATE SCHEMA and USE lines removed; the two triggers that copy `clients` rows into `statistic` left out) and
-- reading every table back with SHOW CREATE TABLE. Column order, comments, keys and foreign keys are upstream's.
-- All 21 tables; nothing left out.

CREATE TABLE `breaks` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(245) NOT NULL DEFAULT 'Unknown',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Списки наборов перерывов для привязки к дневному расписанию';

CREATE TABLE `calendar` (
  `id` bigint(20) NOT NULL,
  `name` varchar(45) NOT NULL DEFAULT '' COMMENT 'Название календаря',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Календарь услуг на год';

CREATE TABLE `calendar_out_days` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `out_day` date NOT NULL COMMENT 'Дата неработы. Важен месяц и день',
  `calendar_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_calendar_out_days_calendar` (`calendar_id`),
  CONSTRAINT `fk_calendar_out_days_calendar` FOREIGN KEY (`calendar_id`) REFERENCES `calendar` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Дни неработы услуг';

CREATE TABLE `information` (
  `id` bigint(20) NOT NULL,
  `parent_id` bigint(20) DEFAULT NULL,
  `name` varchar(100) NOT NULL COMMENT 'Наименование узла справки',
  `text` text NOT NULL COMMENT 'html-текст справки',
  `text_print` text NOT NULL COMMENT 'Текст для печати информационного узла',
  PRIMARY KEY (`id`),
  KEY `idx_information_information` (`parent_id`),
  CONSTRAINT `fk_information_information` FOREIGN KEY (`parent_id`) REFERENCES `information` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Таблица справочной информации древовидной структуры';

CREATE TABLE `net` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'ПортСервера="3128" ПортВебСервера="8080" ПортКлиента="3129" АдресСервера="localhost"',
  `server_port` int(11) NOT NULL COMMENT 'Серверный порт приема заданий по сети от клиетских приложений.',
  `web_server_port` int(11) NOT NULL COMMENT 'Серверный порт для приема web запросов в системе отчетов.',
  `client_port` int(11) NOT NULL COMMENT 'UDP Порт клиента, на который идет рассылка широковещательных пакетов.',
  `finish_time` time NOT NULL COMMENT 'Время прекращения приема заявок на постановку в очередь',
  `start_time` time NOT NULL COMMENT 'Время начала приема заявок на постановку в очередь',
  `version` varchar(25) NOT NULL DEFAULT 'Не присвоена' COMMENT 'Версия БД',
  `first_number` int(11) NOT NULL DEFAULT 1,
  `last_number` int(11) NOT NULL DEFAULT 999,
  `numering` tinyint(1) NOT NULL DEFAULT 1 COMMENT '0 общая нумерация, 1 для каждой услуги своя нумерация',
  `point` int(11) NOT NULL DEFAULT 0 COMMENT '0 кабинет, 1 окно, 2 стойка',
  `sound` int(11) NOT NULL DEFAULT 2 COMMENT '0 нет оповещения, 1 только сигнал, 2 сигнал+голос',
  `branch_id` bigint(20) NOT NULL DEFAULT -1,
  `sky_server_url` varchar(145) NOT NULL DEFAULT '',
  `zone_board_serv_addr` varchar(145) NOT NULL DEFAULT '',
  `zone_board_serv_port` bigint(20) NOT NULL DEFAULT 0,
  `voice` int(11) NOT NULL DEFAULT 0 COMMENT '0 - по умолчанию, ну и т.д. по набору звуков',
  `black_time` int(11) NOT NULL DEFAULT 0 COMMENT 'Время нахождения в блеклисте в минутах. 0 - попавшие в блекслист не блокируются',
  `limit_recall` int(11) NOT NULL DEFAULT 0 COMMENT 'Количество повторных вызовов перед отклонением неявившегося посетителя, 0-бесконечно',
  `button_free_design` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'авторасстановка кнопок на киоске',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Сетевые настройки сервера.';

CREATE TABLE `reports` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL COMMENT 'Название отчета, выводимое пользователю.',
  `className` varchar(150) NOT NULL COMMENT 'Класс формирования отчета. Полное наименование класса с пакетами.',
  `template` varchar(150) NOT NULL COMMENT 'Шаблон отчета. Хранится в отдельном пакете в jar.',
  `href` varchar(150) NOT NULL COMMENT 'Ссылка на отчет в index.html. Без расширения типа файла.',
  PRIMARY KEY (`id`,`href`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Зарегистрированные аналитические отчеты.';

CREATE TABLE `responses` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL DEFAULT '',
  `text` varchar(5000) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Список отзывов в отратной связи';

CREATE TABLE `results` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL DEFAULT '' COMMENT 'Текст результата',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Справочник результатов работы с клиентом';

CREATE TABLE `schedule` (
  `id` bigint(20) NOT NULL,
  `name` varchar(150) NOT NULL DEFAULT '' COMMENT 'Наименование плана',
  `type` int(11) NOT NULL DEFAULT 0 COMMENT 'Тип плана\n0 - недельный\n1 - четные/нечетные дни',
  `time_begin_1` time DEFAULT NULL COMMENT 'Время начала работы',
  `time_end_1` time DEFAULT NULL COMMENT 'Время завершения работы',
  `time_begin_2` time DEFAULT NULL,
  `time_end_2` time DEFAULT NULL,
  `time_begin_3` time DEFAULT NULL,
  `time_end_3` time DEFAULT NULL,
  `time_begin_4` time DEFAULT NULL,
  `time_end_4` time DEFAULT NULL,
  `time_begin_5` time DEFAULT NULL,
  `time_end_5` time DEFAULT NULL,
  `time_begin_6` time DEFAULT NULL,
  `time_end_6` time DEFAULT NULL,
  `time_begin_7` time DEFAULT NULL,
  `time_end_7` time DEFAULT NULL,
  `breaks_id1` bigint(20) DEFAULT NULL,
  `breaks_id2` bigint(20) DEFAULT NULL,
  `breaks_id3` bigint(20) DEFAULT NULL,
  `breaks_id4` bigint(20) DEFAULT NULL,
  `breaks_id5` bigint(20) DEFAULT NULL,
  `breaks_id6` bigint(20) DEFAULT NULL,
  `breaks_id7` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_schedule_breaks1` (`breaks_id1`),
  KEY `idx_schedule_breaks2` (`breaks_id2`),
  KEY `idx_schedule_breaks3` (`breaks_id7`),
  KEY `idx_schedule_breaks4` (`breaks_id3`),
  KEY `idx_schedule_breaks5` (`breaks_id4`),
  KEY `idx_schedule_breaks6` (`breaks_id5`),
  KEY `idx_schedule_breaks7` (`breaks_id6`),
  CONSTRAINT `fk_schedule_breaks1` FOREIGN KEY (`breaks_id1`) REFERENCES `breaks` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_schedule_breaks2` FOREIGN KEY (`breaks_id2`) REFERENCES `breaks` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_schedule_breaks3` FOREIGN KEY (`breaks_id7`) REFERENCES `breaks` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_schedule_breaks4` FOREIGN KEY (`breaks_id3`) REFERENCES `breaks` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_schedule_breaks5` FOREIGN KEY (`breaks_id4`) REFERENCES `breaks` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_schedule_breaks6` FOREIGN KEY (`breaks_id5`) REFERENCES `breaks` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_schedule_breaks7` FOREIGN KEY (`breaks_id6`) REFERENCES `breaks` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Справочник расписаний для услуг';

CREATE TABLE `services` (
  `id` bigint(20) NOT NULL,
  `name` varchar(2000) NOT NULL COMMENT 'Наименование услуги',
  `description` varchar(2000) DEFAULT NULL COMMENT 'Описание услуги.',
  `service_prefix` varchar(10) DEFAULT '',
  `button_text` varchar(2500) NOT NULL DEFAULT '' COMMENT 'HTML-текст для вывода на кнопки регистрации.',
  `status` int(11) NOT NULL DEFAULT 1 COMMENT 'Состояние услуги. 1 - доступна, 0 - недоступна, -1 - невидима. 2 - только предварительная запись, 3-заглушка',
  `enable` int(11) NOT NULL DEFAULT 1 COMMENT 'Способ вызова клиента юзером\n1 - стандартно\n2 - backoffice, т.е. вызов следующего без табло и звука, запершение только редиректом',
  `prent_id` bigint(20) DEFAULT NULL COMMENT 'Групповое подчинение.',
  `day_limit` int(11) NOT NULL DEFAULT 0 COMMENT 'ограничение выданных билетов в день. 0-нет ограничения',
  `person_day_limit` int(11) NOT NULL DEFAULT 0 COMMENT 'ограничение выданных билетов в день клиентам с одинаковыми введенными данными. 0-нет ограничения',
  `advance_limit` int(11) NOT NULL DEFAULT 1 COMMENT 'Ограничение по количеству предварительно регистрировшихся в час',
  `advance_limit_period` int(11) DEFAULT 14 COMMENT 'ограничение в днях, в пределах которого можно записаться вперед. может быть null или 0 если нет ограничения',
  `advance_time_period` int(11) NOT NULL DEFAULT 60 COMMENT 'периоды, на которые делится день, для записи предварительно',
  `schedule_id` bigint(20) DEFAULT NULL COMMENT 'План работы услуги',
  `input_required` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Обязывать кастомера вводить что-то перед постоновкой в очередь',
  `input_caption` varchar(2000) NOT NULL DEFAULT 'Введите номер документа' COMMENT 'Текст над полем ввода обязательного ввода',
  `result_required` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Требовать ввод пользователем результата работы с клиентом',
  `calendar_id` bigint(20) DEFAULT NULL,
  `pre_info_html` text NOT NULL COMMENT 'html текст информационного сообщения перед постановкой в очередь',
  `pre_info_print_text` text NOT NULL COMMENT 'текст для печати при необходимости перед постановкой в очередь',
  `point` int(11) NOT NULL DEFAULT 0 COMMENT 'указание для какого пункта регистрации услуга, 0-для всех, х-для киоска х.',
  `ticket_text` varchar(1500) DEFAULT NULL COMMENT 'Текст напечатается на талоне.',
  `seq_id` int(11) NOT NULL DEFAULT 0 COMMENT 'порядок следования кнопок услуг на пункте регистрации',
  `but_x` int(11) NOT NULL DEFAULT 0 COMMENT 'позиция кнопки',
  `but_y` int(11) NOT NULL DEFAULT 0 COMMENT 'позиция кнопки',
  `but_b` int(11) NOT NULL DEFAULT 0 COMMENT 'позиция кнопки',
  `but_h` int(11) NOT NULL DEFAULT 0 COMMENT 'позиция кнопки',
  `deleted` date DEFAULT NULL COMMENT 'признак удаления с проставленим даты',
  `duration` int(11) NOT NULL DEFAULT 1 COMMENT 'Норматив. Среднее время оказания этой услуги.  Пока для маршрутизации при медосмотре',
  `sound_template` varchar(45) DEFAULT NULL COMMENT 'шаблон звукового приглашения. null или 0... - использовать родительский.',
  `expectation` int(11) NOT NULL DEFAULT 0 COMMENT 'Время обязательного ожидания посетителя',
  PRIMARY KEY (`id`),
  KEY `idx_servises_parent_id_servises_id` (`prent_id`),
  KEY `idx_services_shedule` (`schedule_id`),
  KEY `idx_services_calendar` (`calendar_id`),
  CONSTRAINT `fk_services_calendar` FOREIGN KEY (`calendar_id`) REFERENCES `calendar` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_services_shedule` FOREIGN KEY (`schedule_id`) REFERENCES `schedule` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_servises_parent_id_servises_id` FOREIGN KEY (`prent_id`) REFERENCES `services` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Дерево услуг';

CREATE TABLE `services_langs` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `services_id` bigint(20) DEFAULT NULL,
  `lang` varchar(45) NOT NULL,
  `name` varchar(2000) NOT NULL DEFAULT '',
  `description` varchar(2000) DEFAULT NULL,
  `button_text` varchar(2500) NOT NULL DEFAULT '',
  `input_caption` varchar(2000) NOT NULL DEFAULT '',
  `ticket_text` varchar(1500) DEFAULT NULL,
  `pre_info_html` text NOT NULL,
  `pre_info_print_text` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_services_langs_services` (`services_id`),
  CONSTRAINT `fk_services_langs_services` FOREIGN KEY (`services_id`) REFERENCES `services` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `standards` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `wait_max` int(11) NOT NULL DEFAULT 0 COMMENT 'Максимальное время ожидания, в минутах',
  `work_max` int(11) NOT NULL DEFAULT 0 COMMENT 'Максимальное время работы с одним клиентом, в минутах',
  `downtime_max` int(11) NOT NULL DEFAULT 0 COMMENT 'Максимальное время простоя при наличии очереди, в минутах',
  `line_service_max` int(11) NOT NULL DEFAULT 0 COMMENT 'Максимальная длинна очереди к одной услуге',
  `line_total_max` int(11) NOT NULL DEFAULT 0 COMMENT 'Максимальное количество клиентов ко всем услугам',
  `relocation` int(11) NOT NULL DEFAULT 1 COMMENT 'типа параметр если есть перемещение, например между корпусами или ходьба до оператора',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `streets` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL COMMENT 'Наименование улицы.',
  PRIMARY KEY (`id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Словарь улиц';

CREATE TABLE `users` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'Идентификатор пользователя.',
  `name` varchar(150) NOT NULL COMMENT 'Наименование',
  `password` varchar(45) NOT NULL COMMENT 'Пароль пользователя.',
  `point` varchar(45) NOT NULL COMMENT 'Идентификация рабочего места',
  `adress_rs` smallint(6) NOT NULL DEFAULT 0 COMMENT 'Адрес табло  пользователя в герлянде RS485',
  `enable` int(11) NOT NULL DEFAULT 1 COMMENT 'Дейсткующий пользователь или удаленный.',
  `admin_access` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Доступ к администрирования системы.',
  `report_access` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Доступ к получению отчетов.',
  `point_ext` varchar(1045) NOT NULL DEFAULT '' COMMENT 'Вывод в третью колонку на главном табло. html + клиент ###  окно @@@',
  `deleted` date DEFAULT NULL COMMENT 'признак удаления с проставлением даты',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Пользователи системы.';

CREATE TABLE `break` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `breaks_id` bigint(20) DEFAULT NULL,
  `from_time` time NOT NULL,
  `to_time` time NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_break_breaks1` (`breaks_id`),
  CONSTRAINT `fk_break_breaks1` FOREIGN KEY (`breaks_id`) REFERENCES `breaks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Перерывы в работе для предвариловки';

CREATE TABLE `clients_authorization` (
  `id` bigint(20) NOT NULL,
  `name` varchar(45) NOT NULL DEFAULT '' COMMENT 'Имя',
  `surname` varchar(45) NOT NULL DEFAULT '' COMMENT 'Фамилие',
  `otchestvo` varchar(45) NOT NULL DEFAULT '' COMMENT 'Отчество, иногда может отсутствовать.',
  `birthday` date DEFAULT NULL COMMENT 'Дата рождения',
  `streets_id` bigint(20) DEFAULT NULL COMMENT 'Связь со словарем улиц. Проживание.',
  `house` varchar(10) DEFAULT '' COMMENT 'Номер дома',
  `korp` varchar(10) DEFAULT '' COMMENT 'Корпус дома',
  `flat` varchar(10) DEFAULT '' COMMENT 'Квартира',
  `validity` int(11) NOT NULL DEFAULT -1 COMMENT 'Степень валидности авторизованного клиента',
  PRIMARY KEY (`id`),
  KEY `idx_clients_authorization_streets` (`streets_id`),
  CONSTRAINT `fk_clients_authorization_streets` FOREIGN KEY (`streets_id`) REFERENCES `streets` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Словарь клиентов для авторизации.';

CREATE TABLE `services_users` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `service_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `coefficient` int(11) NOT NULL DEFAULT 1 COMMENT 'Коэффициент участия. 0/1/2',
  `flexible_coef` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'возможность изменить коэф участия юзерами',
  PRIMARY KEY (`id`),
  KEY `idx_services_id_su_service_id` (`service_id`),
  KEY `idx_userss_id_su_user_id` (`user_id`),
  CONSTRAINT `fk_services_id_su_service_id` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_userss_id_su_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Таблица соответствий услуга - пользователь.';

CREATE TABLE `advance` (
  `id` bigint(20) NOT NULL,
  `service_id` bigint(20) NOT NULL COMMENT 'Услуга предварительной записи',
  `advance_time` datetime NOT NULL COMMENT 'Время предварительной записи',
  `priority` int(11) NOT NULL DEFAULT 2 COMMENT 'Приоритет заранее записавшегося клиента.',
  `clients_authorization_id` bigint(20) DEFAULT NULL COMMENT 'Определено если клиент авторизовался',
  `input_data` varchar(150) DEFAULT NULL COMMENT 'Введеные при предвариловке данные клиента если услуга этого требует',
  `comments` varchar(345) DEFAULT '' COMMENT 'Коментарии при записи предварительно оператором удаленно',
  PRIMARY KEY (`id`),
  KEY `idx_scenario_services` (`service_id`),
  KEY `idx_advance_clients_authorization` (`clients_authorization_id`),
  CONSTRAINT `fk_advance_clients_authorization` FOREIGN KEY (`clients_authorization_id`) REFERENCES `clients_authorization` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_scenario_services` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Таблица предварительной записи';

CREATE TABLE `clients` (
  `id` bigint(20) NOT NULL COMMENT 'Первичный ключ.\nВнимание! Вставлять и апдейтить записи только по завершению работы пользователя с кастомером.',
  `service_id` bigint(20) NOT NULL COMMENT 'Услуга, к которой  пришел первоначально кастомер.  Вспомогательное поле.\nВнимание! Вставлять и апдейтить записи только по завершению работы пользователя с кастомером.',
  `user_id` bigint(20) NOT NULL COMMENT ' Вспомогательное поле.\nВнимание! Вставлять и апдейтить записи только по завершению работы пользователя с кастомером.',
  `service_prefix` varchar(45) NOT NULL COMMENT 'Префикс номера кастомера. Информационное поле.\nВнимание! Вставлять и апдейтить записи только по завершению работы пользователя с кастомером.',
  `number` int(11) NOT NULL COMMENT 'Номер клиента без префикса. Информационное поле.\nВнимание! Вставлять и апдейтить записи только по завершению работы пользователя с кастомером.',
  `stand_time` datetime NOT NULL COMMENT 'Время постановки в очередь. Информационное поле.\nВнимание! Вставлять и апдейтить записи только по завершению работы пользователя с кастомером.',
  `start_time` datetime NOT NULL COMMENT 'Время начала обработки клиента пользователем. Вспомогательное поле.\nВнимание! Вставлять и апдейтить записи только по завершению работы пользователя с кастомером.',
  `finish_time` datetime NOT NULL COMMENT 'Время завершения работы с клиентом пользователем. Информационное поле.\nВнимание! Вставлять и апдейтить записи только по завершению работы пользователя с кастомером.',
  `clients_authorization_id` bigint(20) DEFAULT NULL COMMENT 'Определено если клиент авторизовался',
  `result_id` bigint(20) DEFAULT NULL COMMENT 'Если выбрали результат работы',
  `input_data` varchar(150) NOT NULL DEFAULT '' COMMENT 'Введенные данные пользователем',
  `state_in` int(11) NOT NULL DEFAULT 0 COMMENT 'клиент перешел в это состояние.',
  PRIMARY KEY (`id`),
  KEY `idx_сlients_service_id_services_id` (`service_id`),
  KEY `idx_сlients_user_id_users_id` (`user_id`),
  KEY `idx_clients_clients_authorization` (`clients_authorization_id`),
  KEY `idx_clients_results` (`result_id`),
  CONSTRAINT `fk_clients_clients_authorization` FOREIGN KEY (`clients_authorization_id`) REFERENCES `clients_authorization` (`id`) ON DELETE SET NULL ON UPDATE SET NULL,
  CONSTRAINT `fk_clients_results` FOREIGN KEY (`result_id`) REFERENCES `results` (`id`) ON DELETE SET NULL ON UPDATE SET NULL,
  CONSTRAINT `fk_сlients_service_id_services_id` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_сlients_user_id_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Таблица регистрации статистических событий клиентов.';

CREATE TABLE `response_event` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `resp_date` datetime NOT NULL COMMENT 'Дата отклика',
  `response_id` bigint(20) NOT NULL,
  `services_id` bigint(20) DEFAULT NULL,
  `users_id` bigint(20) DEFAULT NULL,
  `clients_id` bigint(20) DEFAULT NULL COMMENT 'Клиент оставивший отзыв',
  `client_data` varchar(245) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `idx_response_date_responses` (`response_id`),
  KEY `idx_response_event_services` (`services_id`),
  KEY `idx_response_event_users` (`users_id`),
  KEY `idx_response_event_clients` (`clients_id`),
  CONSTRAINT `fk_response_date_responses` FOREIGN KEY (`response_id`) REFERENCES `responses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_response_event_clients` FOREIGN KEY (`clients_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_response_event_services` FOREIGN KEY (`services_id`) REFERENCES `services` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_response_event_users` FOREIGN KEY (`users_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Даты оставленных отзывов.';

CREATE TABLE `statistic` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `client_id` bigint(20) NOT NULL,
  `service_id` bigint(20) NOT NULL,
  `results_id` bigint(20) DEFAULT NULL,
  `user_start_time` datetime NOT NULL COMMENT 'Время начала обработки кастомера юзером.',
  `user_finish_time` datetime NOT NULL COMMENT 'Время завершения обработки кастомера юзером.',
  `client_stand_time` datetime NOT NULL COMMENT 'Время постановки кастомера в очередь',
  `user_work_period` int(11) NOT NULL COMMENT 'Время работы пользователя с клиентом в минутах.',
  `client_wait_period` int(11) NOT NULL COMMENT 'Время ожидания в минутах. Определяется триггером.',
  `state_in` int(11) NOT NULL DEFAULT 0 COMMENT 'Клиент перешел в это состояние',
  PRIMARY KEY (`id`),
  KEY `idx_work_user_id_users_id` (`user_id`),
  KEY `idx_work_сlient_id_сlients_id` (`client_id`),
  KEY `idx_work_service_id_services_id` (`service_id`),
  KEY `idx_statistic_results` (`results_id`),
  CONSTRAINT `fk_statistic_results` FOREIGN KEY (`results_id`) REFERENCES `results` (`id`) ON DELETE SET NULL ON UPDATE SET NULL,
  CONSTRAINT `fk_work_service_id_services_id` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_work_user_id_users_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_work_сlient_id_сlients_id` FOREIGN KEY (`client_id`) REFERENCES `clients` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='События работы пользователя с клиентом.Формируется триггером';

