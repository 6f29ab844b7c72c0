-- DataEase 1.18 (FIT2CLOUD; open-source BI and data-visualisation tool, Java / Spring, MySQL; Chinese column comments).
-- Upstream: github.com/dataease/dataease branch v1.18, commit b7008d5a4058a057fc8774e589ea47dd0cd3f44e (GPL-3.0).
-- How made: the Flyway migrations core/backend/src/main/resources/db/migration/V1__init.sql … V69__1.18.24.sql were
-- run in version order into an empty MariaDB 10.11 database (default sql_mode) holding Flyway's history table
-- `dataease_version` (spring.flyway.table of the application), then dumped with mysqldump --no-data. V43__1.16-app-add.sql
-- (app-template content) is absent from the stored snapshot and was not run; every later migration ran without error.
-- Kept: 53 of the 128 tables (users, departments, roles, menus and authorisations, operation log, login limits,
-- user API keys, in-app messages and settings, scheduled e-mail report tasks, data sources, datasets and their
-- sync tasks and logs, row/column permissions, charts, dashboards with shares, favourites and public links,
-- data-fill forms and tasks, export tasks, settings, licence, plugins, Flyway history). Left out: the Quartz
-- qrtz_* tables, area/map lookups, demo data tables (demo_*), dashboard templates, themes' images, subject styles,
-- linkage/jump/outer-parameter settings, caches, the app-template tables and the three views (v_auth_model,
-- v_auth_privilege, v_history_chart_view). DataEase declares no foreign keys outside the Quartz tables.

CREATE TABLE `sys_user` (
  `user_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `dept_id` bigint(20) DEFAULT NULL COMMENT '部门名称',
  `username` varchar(255) DEFAULT NULL COMMENT '用户名',
  `nick_name` varchar(255) DEFAULT NULL COMMENT '昵称',
  `gender` varchar(2) DEFAULT NULL COMMENT '性别',
  `phone` varchar(255) DEFAULT NULL COMMENT '手机号码',
  `email` varchar(255) DEFAULT NULL COMMENT '邮箱',
  `password` varchar(255) DEFAULT NULL COMMENT '密码',
  `is_admin` bit(1) DEFAULT b'0' COMMENT '是否为admin账号',
  `enabled` bigint(20) DEFAULT NULL COMMENT '状态：1启用、0禁用',
  `create_by` varchar(255) DEFAULT NULL COMMENT '创建者',
  `update_by` varchar(255) DEFAULT NULL COMMENT '更新着',
  `pwd_reset_time` bigint(13) DEFAULT NULL COMMENT '修改密码的时间',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建日期',
  `update_time` bigint(13) DEFAULT NULL COMMENT '更新时间',
  `language` varchar(20) DEFAULT NULL COMMENT '语言',
  `from` int(4) NOT NULL COMMENT '来源',
  `sub` varchar(255) DEFAULT NULL COMMENT 'oidc用户ID',
  `phone_prefix` varchar(255) DEFAULT NULL COMMENT '手机号前缀',
  PRIMARY KEY (`user_id`) USING BTREE,
  KEY `FK5rwmryny6jthaaxkogownknqp` (`dept_id`) USING BTREE,
  KEY `inx_enabled` (`enabled`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT COMMENT='系统用户';

CREATE TABLE `sys_user_assist` (
  `user_id` bigint(20) NOT NULL COMMENT '用户ID',
  `need_first_noti` bit(1) DEFAULT NULL COMMENT '是否需要首登提示',
  `wecom_id` varchar(255) DEFAULT NULL COMMENT '企业微信账号',
  `dingtalk_id` varchar(255) DEFAULT NULL COMMENT '钉钉账号',
  `lark_id` varchar(255) DEFAULT NULL COMMENT '飞书账号',
  `larksuite_id` varchar(255) DEFAULT NULL COMMENT '国际飞书账号',
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='用户关联信息表';

CREATE TABLE `sys_users_roles` (
  `user_id` bigint(20) NOT NULL COMMENT '用户ID',
  `role_id` bigint(20) NOT NULL COMMENT '角色ID',
  PRIMARY KEY (`user_id`,`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT COMMENT='用户角色关联';

CREATE TABLE `sys_role` (
  `role_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `name` varchar(255) NOT NULL COMMENT '名称',
  `description` varchar(255) DEFAULT NULL COMMENT '描述',
  `create_by` varchar(255) DEFAULT NULL COMMENT '创建者',
  `update_by` varchar(255) DEFAULT NULL COMMENT '更新者',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建日期',
  `update_time` bigint(13) DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT COMMENT='角色表';

CREATE TABLE `sys_roles_menus` (
  `menu_id` bigint(20) NOT NULL COMMENT '菜单ID',
  `role_id` bigint(20) NOT NULL COMMENT '角色ID',
  PRIMARY KEY (`menu_id`,`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT COMMENT='角色菜单关联';

CREATE TABLE `sys_menu` (
  `menu_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `pid` bigint(20) DEFAULT NULL COMMENT '上级菜单ID',
  `sub_count` int(5) DEFAULT 0 COMMENT '子菜单数目',
  `type` int(11) DEFAULT NULL COMMENT '菜单类型',
  `title` varchar(255) DEFAULT NULL COMMENT '菜单标题',
  `name` varchar(255) DEFAULT NULL COMMENT '组件名称',
  `component` varchar(255) DEFAULT NULL COMMENT '组件',
  `menu_sort` int(5) DEFAULT NULL COMMENT '排序',
  `icon` varchar(255) DEFAULT NULL COMMENT '图标',
  `path` varchar(255) DEFAULT NULL COMMENT '链接地址',
  `i_frame` bit(1) DEFAULT NULL COMMENT '是否参与授权（0-参与 1-不参与）',
  `cache` bit(1) DEFAULT b'0' COMMENT '缓存',
  `hidden` bit(1) DEFAULT b'0' COMMENT '隐藏',
  `permission` varchar(255) DEFAULT NULL COMMENT '权限',
  `create_by` varchar(255) DEFAULT NULL COMMENT '创建者',
  `update_by` varchar(255) DEFAULT NULL COMMENT '更新者',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建日期',
  `update_time` bigint(13) DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`menu_id`) USING BTREE,
  KEY `inx_pid` (`pid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT COMMENT='系统菜单';

CREATE TABLE `sys_dept` (
  `dept_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `pid` bigint(20) DEFAULT NULL COMMENT '上级部门',
  `sub_count` int(5) DEFAULT 0 COMMENT '子部门数目',
  `name` varchar(255) NOT NULL COMMENT '名称',
  `dept_sort` int(5) DEFAULT 999 COMMENT '排序',
  `create_by` varchar(255) DEFAULT NULL COMMENT '创建者',
  `update_by` varchar(255) DEFAULT NULL COMMENT '更新者',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建日期',
  `update_time` bigint(13) DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`dept_id`) USING BTREE,
  KEY `inx_pid` (`pid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT COMMENT='组织机构';

CREATE TABLE `sys_auth` (
  `id` varchar(50) NOT NULL COMMENT '主键',
  `auth_source` varchar(255) DEFAULT NULL COMMENT '授权资产源 数据集 视图 仪表板',
  `auth_source_type` varchar(255) DEFAULT NULL COMMENT '授权资产类型 dataset 数据集 view 视图 panel 仪表板',
  `auth_target` varchar(255) DEFAULT NULL COMMENT '授权目标 用户 角色 组织 ',
  `auth_target_type` varchar(255) DEFAULT NULL COMMENT '授权目标类型 user 用户 role 角色 org dept 组织',
  `auth_time` bigint(13) DEFAULT NULL COMMENT '授权时间',
  `auth_details` varchar(2000) DEFAULT NULL COMMENT '授权明细',
  `auth_user` varchar(255) DEFAULT NULL COMMENT '授权人员',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `copy_from` varchar(255) DEFAULT NULL COMMENT '复制来源',
  `copy_id` varchar(255) DEFAULT NULL COMMENT '复制ID',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='权限授权表';

CREATE TABLE `sys_auth_detail` (
  `id` varchar(50) NOT NULL COMMENT '主键',
  `auth_id` varchar(50) DEFAULT NULL COMMENT 'sys_auth 表的 ID',
  `privilege_name` varchar(255) DEFAULT NULL COMMENT '权限名称',
  `privilege_type` int(6) DEFAULT NULL COMMENT '权限类型：1 使用/查看  3 导出/管理 5 仪表板管理 15 授权',
  `privilege_value` int(6) DEFAULT NULL COMMENT '权限值：1 可用 0 不可用',
  `privilege_extend` varchar(2000) DEFAULT NULL COMMENT '权限扩展',
  `remark` varchar(2000) DEFAULT NULL COMMENT '备注',
  `create_user` varchar(255) DEFAULT NULL COMMENT '创建人',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建时间',
  `update_time` bigint(13) DEFAULT NULL COMMENT '更新时间',
  `copy_from` varchar(255) DEFAULT NULL COMMENT '复制来源',
  `copy_id` varchar(255) DEFAULT NULL COMMENT '复制ID',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='权限授权明细表';

CREATE TABLE `sys_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `user_id` bigint(20) DEFAULT NULL COMMENT '操作人',
  `login_name` varchar(255) DEFAULT NULL COMMENT '登录账号',
  `nick_name` varchar(255) DEFAULT NULL COMMENT '姓名',
  `ip` varchar(255) DEFAULT NULL COMMENT 'ip',
  `source_type` int(8) NOT NULL COMMENT '资源类型',
  `source_id` varchar(255) NOT NULL COMMENT '资源ID',
  `source_name` varchar(255) NOT NULL COMMENT '资源名称',
  `operate_type` int(8) NOT NULL COMMENT '操作类型',
  `position` longtext DEFAULT NULL COMMENT '资源位置',
  `remark` longtext DEFAULT NULL COMMENT '备注信息',
  `time` bigint(13) NOT NULL COMMENT '操作时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='系统操作日志表';

CREATE TABLE `sys_login_limit` (
  `login_type` int(8) NOT NULL COMMENT '登陆类型（0-失败）',
  `username` varchar(255) NOT NULL COMMENT '用户名',
  `record_time` bigint(13) NOT NULL COMMENT '记录时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='用户登陆失败记录表，用于做登陆限制';

CREATE TABLE `sys_external_token` (
  `type` int(4) NOT NULL COMMENT '类型ID',
  `token` varchar(255) NOT NULL COMMENT 'token',
  `exp_time` bigint(13) NOT NULL COMMENT '过期时间',
  PRIMARY KEY (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='外部认证 tocken 记录表';

CREATE TABLE `user_key` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `user_id` bigint(20) DEFAULT NULL COMMENT '用户ID',
  `access_key` varchar(50) NOT NULL COMMENT 'access_key',
  `secret_key` varchar(50) NOT NULL COMMENT 'secret key',
  `create_time` bigint(13) NOT NULL COMMENT '创建时间',
  `status` varchar(10) DEFAULT NULL COMMENT '状态',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `IDX_AK` (`access_key`),
  KEY `IDX_USER_K_ID` (`user_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT COMMENT='用户KEY';

CREATE TABLE `sys_msg` (
  `msg_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '消息主键',
  `user_id` bigint(20) NOT NULL COMMENT '用户ID',
  `type_id` bigint(20) NOT NULL COMMENT '类型',
  `status` tinyint(1) NOT NULL COMMENT '状态',
  `param` varchar(255) DEFAULT NULL COMMENT '路由参数',
  `create_time` bigint(13) NOT NULL COMMENT '发送时间',
  `read_time` bigint(13) DEFAULT NULL COMMENT '读取时间',
  `content` varchar(255) DEFAULT NULL COMMENT '消息内容',
  PRIMARY KEY (`msg_id`) USING BTREE,
  KEY `inx_msg_userid` (`user_id`) USING BTREE,
  KEY `inx_msg_type` (`type_id`) USING BTREE,
  KEY `inx_msg_status` (`status`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='消息通知表';

CREATE TABLE `sys_msg_setting` (
  `msg_setting_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `user_id` bigint(20) NOT NULL COMMENT '用户ID',
  `type_id` bigint(20) NOT NULL COMMENT '类型ID',
  `channel_id` bigint(20) NOT NULL COMMENT '渠道ID',
  `enable` tinyint(1) DEFAULT NULL COMMENT '是否启用',
  PRIMARY KEY (`msg_setting_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='消息设置表';

CREATE TABLE `sys_msg_type` (
  `msg_type_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `pid` bigint(20) NOT NULL COMMENT '父类ID',
  `type_name` varchar(255) DEFAULT NULL COMMENT '类型名称',
  `router` varchar(255) DEFAULT NULL COMMENT '跳转路由',
  `callback` varchar(255) DEFAULT NULL COMMENT '回调方法',
  PRIMARY KEY (`msg_type_id`) USING BTREE,
  KEY `inx_msgtype_pid` (`pid`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='消息类型表';

CREATE TABLE `sys_msg_channel` (
  `msg_channel_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `channel_name` varchar(255) DEFAULT NULL COMMENT '渠道名称',
  `service_name` varchar(255) DEFAULT NULL COMMENT '策略名称',
  PRIMARY KEY (`msg_channel_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='消息渠道表';

CREATE TABLE `sys_task` (
  `task_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '任务ID',
  `task_name` varchar(255) NOT NULL COMMENT '任务名称',
  `task_type` varchar(100) NOT NULL COMMENT '任务类型',
  `start_time` bigint(13) DEFAULT NULL COMMENT '开始时间',
  `end_time` bigint(13) DEFAULT NULL COMMENT '结束时间',
  `rate_type` int(10) NOT NULL COMMENT '频率方式',
  `rate_val` varchar(255) DEFAULT NULL COMMENT '频率值',
  `creator` bigint(20) NOT NULL COMMENT '创建者ID',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建时间',
  `status` tinyint(1) DEFAULT 1 COMMENT '运行状态',
  PRIMARY KEY (`task_id`),
  KEY `sys_task_type` (`task_type`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='定时报告任务表';

CREATE TABLE `sys_task_email` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '邮件模版ID',
  `title` varchar(255) DEFAULT NULL COMMENT '模版标题',
  `panel_id` varchar(255) DEFAULT NULL COMMENT '仪表板ID',
  `panel_format` int(1) NOT NULL DEFAULT 0 COMMENT '仪表板格式0:jpeg,1:pdf',
  `recipients` varchar(255) DEFAULT NULL COMMENT '收件人',
  `content` mediumblob DEFAULT NULL COMMENT '内容',
  `pixel` varchar(255) DEFAULT NULL COMMENT '像素',
  `task_id` bigint(20) NOT NULL COMMENT '任务ID',
  `view_ids` longtext DEFAULT NULL COMMENT '关联视图',
  `recisetting` varchar(255) DEFAULT NULL COMMENT '消息渠道',
  `conditions` longtext DEFAULT NULL COMMENT '仪表板条件',
  `reci_users` longtext DEFAULT NULL COMMENT '接收人账号',
  `view_data_range` varchar(255) DEFAULT 'view' COMMENT '视图数据范围（view-展示数据，data-全部数据）',
  `groups` longtext DEFAULT NULL COMMENT '群聊',
  `ext_wait_time` int(11) NOT NULL DEFAULT 0 COMMENT '加载仪表板额外等待时间(s)',
  `role_list` longtext DEFAULT NULL COMMENT '收件角色',
  `org_list` longtext DEFAULT NULL COMMENT '收件组织',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='定时报告任务配置表';

CREATE TABLE `sys_task_instance` (
  `instance_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '任务实例ID',
  `task_id` bigint(20) NOT NULL COMMENT '任务ID',
  `execute_time` bigint(13) DEFAULT NULL COMMENT '执行时间',
  `finish_time` bigint(13) DEFAULT NULL COMMENT '完成时间',
  `status` int(10) DEFAULT NULL COMMENT '实例状态',
  `info` longtext DEFAULT NULL COMMENT '执行信息',
  PRIMARY KEY (`instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='定时报告执行记录表';

CREATE TABLE `sys_theme` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主题id',
  `name` varchar(255) NOT NULL COMMENT '主题名称',
  `status` tinyint(1) DEFAULT NULL COMMENT '状态（1-正在使用，0-未使用）',
  `senior` tinyint(1) DEFAULT NULL COMMENT '高级标识',
  `origin_id` bigint(20) DEFAULT NULL COMMENT '源主题Id',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT COMMENT='系统外观主题配置表';

CREATE TABLE `sys_theme_item` (
  `theme_id` bigint(20) NOT NULL COMMENT '主题ID',
  `key` varchar(255) DEFAULT NULL COMMENT '样式key',
  `val` varchar(255) DEFAULT NULL COMMENT '样式val'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='系统外观主题内置颜色配置表';

CREATE TABLE `system_parameter` (
  `param_key` varchar(64) NOT NULL COMMENT 'Parameter name',
  `param_value` varchar(255) DEFAULT NULL COMMENT 'Parameter value',
  `type` varchar(100) NOT NULL DEFAULT 'text' COMMENT 'Parameter type',
  `sort` int(5) DEFAULT NULL COMMENT 'Sort',
  PRIMARY KEY (`param_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='系统内置参数表';

CREATE TABLE `license` (
  `id` varchar(50) NOT NULL COMMENT '主键',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `license` longtext DEFAULT NULL COMMENT 'license',
  `f2c_license` longtext DEFAULT NULL COMMENT 'F2C License',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='企业版许可证信息表';

CREATE TABLE `my_plugin` (
  `plugin_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `name` varchar(255) DEFAULT NULL COMMENT '插件名称',
  `store` varchar(255) DEFAULT NULL COMMENT '商家',
  `free` tinyint(1) DEFAULT 0 COMMENT '是否免费',
  `cost` int(10) DEFAULT NULL COMMENT '费用',
  `category` varchar(255) DEFAULT NULL COMMENT '列别',
  `descript` varchar(255) DEFAULT NULL COMMENT '描述',
  `version` varchar(255) DEFAULT NULL COMMENT '版本号',
  `install_type` int(4) DEFAULT NULL COMMENT '安装类型',
  `creator` varchar(255) DEFAULT NULL COMMENT '开发者',
  `load_mybatis` tinyint(1) DEFAULT 0 COMMENT '是否需要加载mybatis',
  `release_time` bigint(13) DEFAULT NULL COMMENT '发布时间',
  `install_time` bigint(13) DEFAULT NULL COMMENT '安装时间',
  `module_name` varchar(255) DEFAULT NULL COMMENT 'jar包名称',
  `icon` varchar(255) DEFAULT NULL COMMENT '图标',
  `ds_type` varchar(45) DEFAULT NULL COMMENT '数据源类型',
  PRIMARY KEY (`plugin_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT COMMENT='插件表';

CREATE TABLE `datasource` (
  `id` varchar(50) NOT NULL DEFAULT '' COMMENT 'ID',
  `name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '数据源名称',
  `desc` varchar(50) DEFAULT NULL COMMENT '描述',
  `type` varchar(50) NOT NULL COMMENT '类型',
  `configuration` longtext NOT NULL COMMENT '详细信息',
  `create_time` bigint(13) NOT NULL COMMENT 'Create timestamp',
  `update_time` bigint(13) NOT NULL COMMENT 'Update timestamp',
  `create_by` varchar(50) DEFAULT NULL COMMENT '创建人ID',
  `status` longtext DEFAULT NULL COMMENT '状态',
  `version` varchar(255) DEFAULT NULL COMMENT '版本',
  `enable_data_fill` tinyint(1) DEFAULT 0 COMMENT '开启数据填报',
  `enable_data_fill_create_table` tinyint(1) DEFAULT 0 COMMENT '数据填报允许新建表',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='数据源配置信息表';

CREATE TABLE `de_driver` (
  `id` varchar(50) NOT NULL COMMENT '主键',
  `name` varchar(50) NOT NULL COMMENT '用户ID',
  `create_time` bigint(13) NOT NULL COMMENT '创健时间',
  `type` varchar(255) DEFAULT NULL COMMENT '数据源类型',
  `driver_class` varchar(255) DEFAULT NULL COMMENT '驱动类',
  `desc` varchar(255) DEFAULT NULL COMMENT '描述',
  `surpport_versions` longtext DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='驱动';

CREATE TABLE `de_engine` (
  `id` varchar(50) NOT NULL DEFAULT '' COMMENT 'ID',
  `name` varchar(50) DEFAULT NULL COMMENT '名称',
  `desc` varchar(50) DEFAULT NULL COMMENT '描述',
  `type` varchar(50) NOT NULL COMMENT '类型',
  `configuration` longtext NOT NULL COMMENT '详细信息',
  `create_time` bigint(13) DEFAULT NULL COMMENT 'Create timestamp',
  `update_time` bigint(13) DEFAULT NULL COMMENT 'Update timestamp',
  `create_by` varchar(50) DEFAULT NULL COMMENT '创建人ID',
  `status` varchar(45) DEFAULT NULL COMMENT '状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='引擎设置表';

CREATE TABLE `dataset_group` (
  `id` varchar(50) NOT NULL COMMENT 'ID',
  `name` varchar(64) NOT NULL COMMENT '名称',
  `pid` varchar(50) DEFAULT NULL COMMENT '父级ID',
  `level` int(10) DEFAULT NULL COMMENT '当前分组处于第几级',
  `type` varchar(50) DEFAULT NULL COMMENT 'group or scene',
  `create_by` varchar(50) DEFAULT NULL COMMENT '创建人ID',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='数据集分组表';

CREATE TABLE `dataset_table` (
  `id` varchar(50) NOT NULL COMMENT 'ID',
  `name` varchar(128) DEFAULT NULL COMMENT '名称',
  `scene_id` varchar(50) NOT NULL COMMENT '场景ID',
  `data_source_id` varchar(50) DEFAULT NULL COMMENT '数据源ID',
  `type` varchar(50) DEFAULT NULL COMMENT 'db,sql,excel,custom',
  `mode` int(10) DEFAULT 0 COMMENT '连接模式：0-直连，1-定时同步',
  `info` longtext DEFAULT NULL COMMENT '表原始信息',
  `create_by` varchar(50) DEFAULT NULL COMMENT '创建人ID',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建时间',
  `qrtz_instance` varchar(1024) DEFAULT NULL COMMENT 'Quartz 实例 ID',
  `sync_status` varchar(45) DEFAULT NULL COMMENT '同步状态（定时同步数据集）',
  `last_update_time` bigint(13) DEFAULT 0 COMMENT '最后一次更新时间',
  `sql_variable_details` longtext DEFAULT NULL COMMENT 'SQL变量',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='数据集信息表';

CREATE TABLE `dataset_table_field` (
  `id` varchar(50) NOT NULL COMMENT 'ID',
  `table_id` varchar(50) NOT NULL COMMENT '表ID',
  `origin_name` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '原始字段名',
  `name` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '字段名名',
  `dataease_name` varchar(255) NOT NULL COMMENT '字段名',
  `group_type` varchar(50) DEFAULT NULL COMMENT '维度/指标标识 d:维度，q:指标',
  `type` varchar(255) NOT NULL COMMENT '原始字段类型',
  `size` int(11) DEFAULT NULL COMMENT '字段长度（允许为空，默认0）',
  `de_type` int(10) NOT NULL COMMENT 'dataease字段类型：0-文本，1-时间，2-整型数值，3-浮点数值...',
  `de_type_format` int(10) DEFAULT NULL COMMENT '类型格式',
  `de_extract_type` int(10) NOT NULL COMMENT '原字段类型：0-STRING，1-TIME，2-INT，3-FLOAT，4-BOOL，5-LOCATION，6-BINARY',
  `ext_field` int(10) DEFAULT NULL COMMENT '是否扩展字段 0否 1是',
  `checked` tinyint(1) NOT NULL DEFAULT 1 COMMENT '是否选中',
  `column_index` int(10) NOT NULL COMMENT '列位置',
  `last_sync_time` bigint(13) DEFAULT NULL COMMENT '同步时间',
  `accuracy` int(11) DEFAULT 0 COMMENT '精度',
  `date_format` varchar(255) DEFAULT NULL COMMENT '日期格式',
  `date_format_type` varchar(255) DEFAULT NULL COMMENT '时间格式类型',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='数据集字段表';

CREATE TABLE `dataset_table_task` (
  `id` varchar(50) NOT NULL COMMENT 'ID',
  `table_id` varchar(50) NOT NULL COMMENT '表ID',
  `name` varchar(255) NOT NULL COMMENT '任务名称',
  `type` varchar(50) NOT NULL COMMENT '更新方式：0-全量更新 1-增量更新',
  `start_time` bigint(13) DEFAULT NULL COMMENT '开始时间',
  `rate` varchar(50) NOT NULL COMMENT '执行频率：0 一次性 1 cron',
  `cron` varchar(255) DEFAULT NULL COMMENT 'cron表达式',
  `end` varchar(50) NOT NULL COMMENT '结束限制 0 无限制 1 设定结束时间',
  `end_time` bigint(13) DEFAULT NULL COMMENT '结束时间',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建时间',
  `last_exec_time` bigint(13) DEFAULT NULL COMMENT '上次执行时间',
  `last_exec_status` varchar(50) DEFAULT NULL COMMENT '上次执行结果',
  `extra_data` longtext DEFAULT NULL COMMENT '简单重复时的执行频率',
  `status` varchar(50) DEFAULT NULL COMMENT '任务状态',
  PRIMARY KEY (`id`),
  KEY `idx_dataset_table_task_table_id` (`table_id`),
  KEY `idx_dataset_table_task_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='定时同步数据集更新任务表';

CREATE TABLE `dataset_table_task_log` (
  `id` varchar(50) NOT NULL COMMENT 'ID',
  `table_id` varchar(50) NOT NULL COMMENT '表ID',
  `task_id` varchar(50) DEFAULT NULL COMMENT '任务ID',
  `start_time` bigint(13) DEFAULT NULL COMMENT '开始时间',
  `end_time` bigint(13) DEFAULT NULL COMMENT '结束时间',
  `status` varchar(50) NOT NULL COMMENT '执行状态',
  `info` longtext DEFAULT NULL COMMENT '错误信息',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建时间',
  `trigger_type` varchar(45) DEFAULT NULL COMMENT '执行频率的类型（Cron-表达式设定，Custom-自定义）',
  PRIMARY KEY (`id`),
  KEY `idx_dataset_table_task_log_table_id` (`table_id`),
  KEY `idx_dataset_table_task_log_task_id` (`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='定时同步数据集同步任务执行日志表';

CREATE TABLE `dataset_sql_log` (
  `id` varchar(50) NOT NULL DEFAULT '' COMMENT 'ID',
  `dataset_id` varchar(50) NOT NULL DEFAULT '' COMMENT '数据集ID',
  `start_time` bigint(13) DEFAULT NULL COMMENT '开始时间',
  `end_time` bigint(13) DEFAULT NULL COMMENT '结束时间',
  `spend` bigint(13) DEFAULT NULL COMMENT '耗时(毫秒)',
  `sql` longtext NOT NULL COMMENT '详细信息',
  `status` varchar(45) DEFAULT NULL COMMENT '状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='SQL数据集预览执行日志记录表';

CREATE TABLE `dataset_row_permissions` (
  `id` varchar(64) NOT NULL COMMENT 'File ID',
  `auth_target_type` varchar(255) DEFAULT NULL COMMENT '权限类型：组织/角色/用户',
  `auth_target_id` bigint(20) DEFAULT NULL COMMENT '权限对象ID',
  `dataset_id` varchar(64) DEFAULT NULL COMMENT '数据集ID',
  `dataset_field_id` varchar(64) DEFAULT NULL COMMENT '数据集字段ID',
  `filter_type` varchar(64) DEFAULT NULL COMMENT '过滤类型:逻辑、枚举',
  `logic` varchar(64) DEFAULT NULL COMMENT '与/或',
  `filter` longtext DEFAULT NULL COMMENT '数值',
  `enum_check_field` longtext DEFAULT NULL COMMENT '枚举值',
  `update_time` bigint(13) DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='数据集行权限候选值配置表（包含系统变量的候选值）';

CREATE TABLE `dataset_row_permissions_tree` (
  `id` varchar(64) NOT NULL COMMENT 'ID',
  `enable` bit(1) DEFAULT NULL COMMENT '是否启用',
  `auth_target_type` varchar(255) DEFAULT NULL COMMENT '权限类型：dept/role/user',
  `auth_target_id` bigint(20) DEFAULT NULL COMMENT '权限对象ID',
  `dataset_id` varchar(64) DEFAULT NULL COMMENT '数据集ID',
  `expression_tree` longtext DEFAULT NULL COMMENT '关系表达式',
  `white_list_user` longtext DEFAULT NULL COMMENT '用户白名单',
  `white_list_role` longtext DEFAULT NULL COMMENT '角色白名单',
  `white_list_dept` longtext DEFAULT NULL COMMENT '组织白名单',
  `update_time` bigint(13) DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='数据集行权限配置表';

CREATE TABLE `dataset_column_permissions` (
  `id` varchar(64) NOT NULL COMMENT 'File ID',
  `auth_target_type` varchar(255) DEFAULT NULL COMMENT '权限类型：组织/角色/用户',
  `auth_target_id` bigint(20) DEFAULT NULL COMMENT '权限对象ID',
  `dataset_id` varchar(64) DEFAULT NULL COMMENT '数据集ID',
  `permissions` longtext DEFAULT NULL COMMENT '权限',
  `white_list_user` longtext DEFAULT NULL COMMENT '白名单',
  `update_time` bigint(13) DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='数据集列权限配置表';

CREATE TABLE `chart_group` (
  `id` varchar(50) NOT NULL COMMENT 'ID',
  `name` varchar(64) NOT NULL COMMENT '名称',
  `pid` varchar(50) DEFAULT NULL COMMENT '父级ID',
  `level` int(10) DEFAULT NULL COMMENT '当前分组处于第几级',
  `type` varchar(50) DEFAULT NULL COMMENT 'group or scene',
  `create_by` varchar(50) DEFAULT NULL COMMENT '创建人ID',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='图表分组表';

CREATE TABLE `chart_view` (
  `id` varchar(50) NOT NULL COMMENT 'ID',
  `name` varchar(1024) DEFAULT NULL COMMENT '名称',
  `title` varchar(1024) DEFAULT NULL COMMENT 'EChart标题',
  `scene_id` varchar(50) NOT NULL COMMENT '场景ID chart_type为private的时候 是仪表板id',
  `table_id` varchar(50) NOT NULL COMMENT '数据集表ID',
  `type` varchar(50) DEFAULT NULL COMMENT '图表类型',
  `render` varchar(50) DEFAULT NULL COMMENT '视图渲染方式',
  `result_count` int(10) DEFAULT NULL COMMENT '展示结果',
  `result_mode` varchar(50) DEFAULT NULL COMMENT '展示模式',
  `x_axis` longtext DEFAULT NULL COMMENT '横轴field',
  `x_axis_ext` longtext DEFAULT NULL COMMENT 'table-row',
  `y_axis` longtext DEFAULT NULL COMMENT '纵轴field',
  `y_axis_ext` longtext DEFAULT NULL COMMENT '副轴',
  `ext_stack` longtext DEFAULT NULL COMMENT '堆叠项',
  `ext_bubble` longtext DEFAULT NULL COMMENT '气泡大小',
  `custom_attr` longtext DEFAULT NULL COMMENT '图形属性',
  `custom_style` longtext DEFAULT NULL COMMENT '组件样式',
  `custom_filter` longtext DEFAULT NULL COMMENT '结果过滤',
  `drill_fields` longtext DEFAULT NULL COMMENT '钻取字段',
  `senior` longtext DEFAULT NULL COMMENT '高级',
  `create_by` varchar(50) DEFAULT NULL COMMENT '创建人ID',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建时间',
  `update_time` bigint(13) DEFAULT NULL COMMENT '更新时间',
  `snapshot` longtext DEFAULT NULL COMMENT '缩略图 ',
  `style_priority` varchar(255) DEFAULT 'panel' COMMENT '样式优先级 panel 仪表板 view 视图',
  `chart_type` varchar(255) DEFAULT 'private' COMMENT '视图类型 public 公共 历史可复用的视图，private 私有 专属某个仪表板',
  `is_plugin` bit(1) DEFAULT NULL COMMENT '是否插件',
  `data_from` varchar(255) DEFAULT 'dataset' COMMENT '数据来源 template 模板数据 dataset 数据集数据',
  `view_fields` longtext DEFAULT NULL COMMENT '视图字段集合',
  `refresh_view_enable` tinyint(1) DEFAULT 0 COMMENT '是否开启刷新',
  `refresh_unit` varchar(255) DEFAULT 'minute' COMMENT '刷新时间单位',
  `refresh_time` int(13) DEFAULT 5 COMMENT '刷新时间',
  `_aggregate` tinyint(1) DEFAULT 0 COMMENT 'aggregate',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='视图表';

CREATE TABLE `panel_group` (
  `id` varchar(50) NOT NULL COMMENT '主键',
  `name` varchar(255) DEFAULT NULL COMMENT '名称',
  `pid` varchar(255) DEFAULT NULL COMMENT '父级id',
  `level` int(10) DEFAULT NULL COMMENT '层级',
  `node_type` varchar(255) DEFAULT NULL COMMENT '节点类型  folder or panel 目录或者文件夹',
  `create_by` varchar(255) DEFAULT NULL COMMENT '创建人',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建时间',
  `panel_type` varchar(255) NOT NULL COMMENT '仪表板类型 system 系统内置 self 用户自建 ',
  `panel_style` longtext NOT NULL COMMENT 'panel 样式',
  `panel_data` longtext DEFAULT NULL COMMENT 'panel 数据',
  `source` varchar(255) DEFAULT NULL COMMENT '数据来源 导入 或者 其他仪表板另存',
  `extend1` varchar(255) DEFAULT NULL COMMENT '扩展字段1',
  `extend2` varchar(255) DEFAULT NULL COMMENT '扩展字段2',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  `mobile_layout` tinyint(1) DEFAULT 0 COMMENT '启用移动端布局',
  `status` varchar(255) DEFAULT 'publish' COMMENT '1.publish--发布 2.unpublished--未发布',
  `update_by` varchar(255) DEFAULT NULL COMMENT '更新人',
  `update_time` bigint(13) DEFAULT NULL COMMENT '更新时间',
  `watermark_open` tinyint(1) DEFAULT 1 COMMENT '是否单独打开水印',
  `panel_sort` bigint(13) DEFAULT NULL COMMENT '排序',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='仪表板信息表';

CREATE TABLE `panel_share` (
  `share_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '分享ID',
  `panel_group_id` varchar(50) DEFAULT NULL COMMENT '仪表板ID',
  `target_id` bigint(20) DEFAULT NULL COMMENT '目标ID',
  `granter` varchar(255) DEFAULT NULL COMMENT '分享人',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建日期',
  `type` int(8) DEFAULT NULL COMMENT '类型0:user,1:role,2dept',
  PRIMARY KEY (`share_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT COMMENT='仪表板分享';

CREATE TABLE `panel_store` (
  `store_id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `panel_group_id` varchar(50) NOT NULL COMMENT '仪表板ID',
  `user_id` bigint(20) NOT NULL COMMENT '用户ID',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建日期',
  PRIMARY KEY (`store_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT COMMENT='仪表板收藏';

CREATE TABLE `panel_link` (
  `resource_id` varchar(50) NOT NULL COMMENT '资源ID',
  `valid` tinyint(1) DEFAULT 0 COMMENT '启用链接',
  `enable_pwd` tinyint(1) DEFAULT 0 COMMENT '启用密码',
  `pwd` varchar(255) DEFAULT NULL COMMENT '密码',
  `over_time` bigint(13) DEFAULT NULL COMMENT '有效截止时间',
  `user_id` bigint(20) DEFAULT NULL COMMENT '创建用户ID'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPACT COMMENT='仪表板链接表';

CREATE TABLE `panel_link_mapping` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `resource_id` varchar(255) DEFAULT NULL COMMENT '仪表板ID',
  `user_id` bigint(20) DEFAULT NULL COMMENT '创建用户ID',
  `uuid` varchar(8) DEFAULT NULL COMMENT 'uuid',
  `require_ticket` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='仪表板跳转映射表';

CREATE TABLE `panel_link_ticket` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `ticket` varchar(255) NOT NULL,
  `exp` bigint(20) DEFAULT NULL,
  `args` varchar(255) DEFAULT NULL,
  `access_time` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `panel_view` (
  `id` varchar(50) NOT NULL COMMENT '主键',
  `panel_id` varchar(50) DEFAULT NULL COMMENT 'panel_id',
  `chart_view_id` varchar(50) DEFAULT NULL COMMENT 'chart_view_id',
  `content` blob DEFAULT NULL COMMENT '内容',
  `create_by` varchar(255) DEFAULT NULL COMMENT '创建人',
  `create_time` bigint(13) DEFAULT NULL COMMENT '创建时间',
  `update_by` varchar(255) DEFAULT NULL COMMENT '更新人',
  `update_time` bigint(13) DEFAULT NULL COMMENT '更新时间',
  `position` varchar(255) DEFAULT 'panel' COMMENT '视图位置 panel 仪表板中，tab Tab页中',
  `copy_from_panel` varchar(255) DEFAULT NULL COMMENT '复制来源仪表板',
  `copy_from_view` varchar(255) DEFAULT NULL COMMENT '复制来源视图',
  `copy_from` varchar(255) DEFAULT NULL COMMENT '如果有复制 最近一次的复制来源id',
  `copy_id` varchar(255) DEFAULT NULL COMMENT '本次复制的执行ID',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='仪表板视图表';

CREATE TABLE `data_fill_form` (
  `id` varchar(50) NOT NULL COMMENT '主键ID',
  `name` varchar(255) DEFAULT NULL COMMENT '名称',
  `pid` varchar(255) DEFAULT NULL COMMENT '父级ID',
  `level` int(10) DEFAULT NULL COMMENT '层级',
  `node_type` varchar(255) DEFAULT NULL COMMENT 'folder/panel 目录或文件夹',
  `table_name` varchar(255) DEFAULT NULL COMMENT '表名',
  `datasource` varchar(255) DEFAULT NULL COMMENT '数据源',
  `forms` longtext DEFAULT NULL COMMENT '表单内容',
  `create_index` tinyint(1) DEFAULT 0 COMMENT '是否创建索引',
  `table_indexes` longtext DEFAULT NULL COMMENT '索引',
  `create_by` varchar(255) DEFAULT NULL COMMENT '创建人',
  `create_time` datetime DEFAULT current_timestamp() COMMENT '创建时间',
  `update_by` varchar(255) DEFAULT NULL COMMENT '更新人',
  `update_time` datetime DEFAULT current_timestamp() COMMENT '更新时间',
  `commit_new_update` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='数据填报表单';

CREATE TABLE `data_fill_commit_log` (
  `id` varchar(50) NOT NULL,
  `form_id` varchar(50) NOT NULL,
  `data_id` varchar(255) DEFAULT NULL,
  `operate` varchar(50) NOT NULL,
  `commit_by` varchar(255) NOT NULL,
  `commit_time` datetime DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `data_fill_commit_log_form_id_index` (`form_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `data_fill_task` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '任务ID',
  `name` varchar(255) NOT NULL COMMENT '任务名称',
  `form_id` varchar(100) NOT NULL COMMENT '任务ID',
  `start_time` datetime DEFAULT NULL COMMENT '开始时间',
  `end_time` datetime DEFAULT NULL COMMENT '结束时间',
  `rate_type` int(10) NOT NULL COMMENT '频率方式',
  `rate_val` varchar(255) DEFAULT NULL COMMENT '频率值',
  `publish_start_time` datetime DEFAULT NULL,
  `publish_end_time` datetime DEFAULT NULL,
  `publish_range_time_type` int(11) DEFAULT NULL,
  `publish_range_time` int(11) DEFAULT NULL,
  `creator` bigint(20) NOT NULL COMMENT '创建者ID',
  `create_time` datetime DEFAULT current_timestamp() COMMENT '创建时间',
  `status` tinyint(1) DEFAULT 1 COMMENT '运行状态',
  `reci_users` longtext DEFAULT NULL COMMENT '接收人账号',
  `role_list` longtext DEFAULT NULL COMMENT '收件角色',
  `org_list` longtext DEFAULT NULL COMMENT '收件组织',
  PRIMARY KEY (`id`),
  KEY `data_fill_task_form_id_index` (`form_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='数据填报任务';

CREATE TABLE `data_fill_user_task` (
  `id` varchar(50) NOT NULL COMMENT 'ID',
  `task_id` bigint(20) NOT NULL COMMENT '任务ID',
  `form_id` varchar(100) NOT NULL COMMENT '表单ID',
  `value_id` text DEFAULT NULL COMMENT '表内值ID',
  `user` bigint(20) NOT NULL COMMENT '用户ID',
  `start_time` datetime DEFAULT NULL COMMENT '开始时间',
  `end_time` datetime DEFAULT NULL COMMENT '结束时间',
  `finish_time` datetime DEFAULT NULL COMMENT '完成时间',
  PRIMARY KEY (`id`),
  KEY `data_fill_user_task_form_id_index` (`form_id`),
  KEY `data_fill_user_task_task_id_index` (`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='数据填报用户任务';

CREATE TABLE `export_task` (
  `id` varchar(255) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `file_name` varchar(2048) DEFAULT NULL,
  `file_size` double DEFAULT NULL,
  `file_size_unit` varchar(255) DEFAULT NULL,
  `export_from` varchar(255) DEFAULT NULL,
  `export_status` varchar(255) DEFAULT NULL,
  `export_from_type` varchar(255) DEFAULT NULL,
  `export_time` bigint(20) DEFAULT NULL,
  `export_pogress` varchar(255) DEFAULT NULL,
  `export_machine_name` varchar(512) DEFAULT NULL,
  `params` longtext NOT NULL COMMENT '过滤参数',
  `msg` longtext DEFAULT NULL COMMENT '错误信息',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `file_metadata` (
  `id` varchar(64) NOT NULL COMMENT 'File ID',
  `name` varchar(64) NOT NULL COMMENT 'File name',
  `type` varchar(64) DEFAULT NULL COMMENT 'File type',
  `size` bigint(13) NOT NULL COMMENT 'File size',
  `create_time` bigint(13) NOT NULL COMMENT 'Create timestamp',
  `update_time` bigint(13) NOT NULL COMMENT 'Update timestamp',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='文件基础信息表';

CREATE TABLE `dataease_version` (
  `installed_rank` int(11) NOT NULL COMMENT '执行顺序（主键）',
  `version` varchar(50) DEFAULT NULL COMMENT '版本',
  `description` varchar(200) NOT NULL COMMENT '描述',
  `type` varchar(20) NOT NULL COMMENT '类型',
  `script` varchar(1000) NOT NULL COMMENT '脚本名称',
  `checksum` int(11) DEFAULT NULL COMMENT '脚本内容一致性校验码',
  `installed_by` varchar(100) NOT NULL COMMENT '执行用户',
  `installed_on` timestamp NOT NULL DEFAULT current_timestamp() COMMENT '执行时间',
  `execution_time` int(11) NOT NULL COMMENT '执行时长',
  `success` tinyint(1) NOT NULL COMMENT '状态（1-成功，0-失败）',
  PRIMARY KEY (`installed_rank`),
  KEY `dataease_version_s_idx` (`success`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='数据库版本变更记录表';
