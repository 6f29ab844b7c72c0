-- Wukong HRM (悟空人力资源管理), open-source edition
-- Upstream: github.com/WuKongOpenSource/Wukong_HRM  DB/wk_hrm_open.sql, commit 1228ac44017d18fbaf207e8363ca00e83625dd33
-- Licence: 悟空软件开源版使用协议 (the vendor's own open-source licence, LICENSE.txt)
-- The CREATE TABLE statements of the kept tables are copied verbatim from upstream's Navicat dump (MySQL 8.0.33);
-- DROP TABLE lines, INSERT seed rows and SET FOREIGN_KEY_CHECKS were not copied. No table declares a foreign key.
SET NAMES utf8mb4;

CREATE TABLE `wk_admin_file`  (
  `file_id` bigint NOT NULL,
  `name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '附件名称',
  `size` bigint NOT NULL COMMENT '附件大小（字节）',
  `create_user_id` bigint NOT NULL COMMENT '创建人ID',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `path` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '文件真实路径',
  `file_type` varchar(4) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT 'file' COMMENT '文件类型,file,img',
  `type` varchar(6) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '文件上传类型',
  `source` int NULL DEFAULT NULL COMMENT '来源 0 默认 1 admin 2 crm 3 work 4 oa 5 进销存 6 hrm',
  `is_public` int NULL DEFAULT 0 COMMENT '1 公有访问 0 私有访问',
  `batch_id` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '批次id',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '修改人ID',
  PRIMARY KEY (`file_id`) USING BTREE,
  INDEX `batch_id`(`batch_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '附件表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_admin_message`  (
  `message_id` bigint NOT NULL COMMENT '消息ID',
  `title` varchar(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '消息标题',
  `content` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '内容',
  `label` int NULL DEFAULT NULL COMMENT '消息大类 1 任务 2 日志 3 oa审批 4公告 5 日程 6 crm消息 7 知识库 8 人资',
  `type` int NULL DEFAULT NULL COMMENT '消息类型 详见AdminMessageEnum',
  `type_id` bigint NULL DEFAULT NULL COMMENT '关联ID',
  `create_user` bigint NOT NULL COMMENT '消息创建者 0为系统',
  `recipient_user` bigint NOT NULL COMMENT '接收人',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `is_read` int NULL DEFAULT 0 COMMENT '是否已读 0 未读 1 已读',
  `read_time` datetime NULL DEFAULT NULL COMMENT '已读时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人ID',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '修改人ID',
  `create_user_email` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '审批类型',
  PRIMARY KEY (`message_id`) USING BTREE,
  INDEX `recipient_user`(`recipient_user` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '系统消息表' ROW_FORMAT = Dynamic;

CREATE TABLE `wk_admin_role`  (
  `role_id` bigint NOT NULL,
  `role_name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '名称',
  `role_type` int NULL DEFAULT NULL COMMENT '0、自定义角色1、管理角色 2、客户管理角色 3、人事角色 4、财务角色 5、项目角色 8、项目自定义角色',
  `sorting` int NULL DEFAULT 0 COMMENT '排序',
  `remark` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '备注',
  `status` int NULL DEFAULT 1 COMMENT '1 启用 0 禁用',
  `data_type` int NOT NULL DEFAULT 5 COMMENT '数据权限 1、本人，2、本人及下属，3、本部门，4、本部门及下属部门，5、全部 ',
  `is_hidden` int NOT NULL DEFAULT 1 COMMENT '0 隐藏 1 不隐藏',
  `label` int NULL DEFAULT NULL COMMENT '1 系统项目管理员角色 2 项目管理角色 3 项目编辑角色 4 项目只读角色',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `create_user_id` bigint NOT NULL COMMENT '创建人ID',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '修改人ID',
  PRIMARY KEY (`role_id`) USING BTREE,
  INDEX `role_type`(`role_type` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '角色表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_admin_user_role`  (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL COMMENT '用户ID',
  `role_id` bigint NOT NULL COMMENT '角色ID',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `create_user_id` bigint NOT NULL COMMENT '创建人ID',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '修改人ID',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `user_id`(`user_id` ASC) USING BTREE,
  INDEX `role_id`(`role_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '用户角色对应关系表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievement_appraisal`  (
  `appraisal_id` bigint NOT NULL,
  `appraisal_name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '考核名称',
  `cycle_type` int NULL DEFAULT NULL COMMENT '1 月 2 季 3 年 4 半年',
  `start_time` date NULL DEFAULT NULL COMMENT '考核开始时间',
  `end_time` date NULL DEFAULT NULL COMMENT '考核结束时间',
  `table_id` bigint NULL DEFAULT NULL COMMENT '考核表模板id',
  `written_by` int NULL DEFAULT 1 COMMENT '考核目标填写人 1 本人',
  `full_score` decimal(7, 2) NULL DEFAULT NULL COMMENT '考评总分数',
  `is_force` int NULL DEFAULT NULL COMMENT '是否开启强制分布 1 是 0 否',
  `appraisal_steps` int NULL DEFAULT -1 COMMENT '考核步骤进度',
  `activate_steps` int NULL DEFAULT -1 COMMENT '进行中步骤进度',
  `status` int NULL DEFAULT 0 COMMENT '绩效状态 0 未开启考核 1 绩效填写中 2 绩效评定中 3 结果确认中 4 归档',
  `is_stop` int NULL DEFAULT 0 COMMENT '是否终止 0 否 1 是',
  `stop_time` datetime NULL DEFAULT NULL COMMENT '终止时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`appraisal_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '绩效考核' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievement_appraisal_evaluators`  (
  `evaluators_id` bigint NOT NULL,
  `appraisal_id` bigint NOT NULL COMMENT '考核id',
  `type` int NOT NULL COMMENT '1 员工本人 2 直属上级 3 所在部门负责人 4 上级部门负责人 5 指定目标确认人',
  `employee_id` bigint NULL DEFAULT NULL COMMENT '指定确认人id',
  `weight` decimal(5, 2) NOT NULL COMMENT '权重',
  `sort` int NULL DEFAULT NULL,
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`evaluators_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '考核结果评定人' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievement_appraisal_relation_employee`  (
  `achievement_appraisal_relation_employee_id` bigint NOT NULL,
  `achievement_appraisal_id` bigint NULL DEFAULT NULL COMMENT '绩效考核id',
  `employee_id` bigint NULL DEFAULT NULL COMMENT '员工id',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`achievement_appraisal_relation_employee_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '绩效考核关联员工表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievement_appraisal_score_level`  (
  `level_id` bigint NOT NULL,
  `appraisal_id` bigint NOT NULL COMMENT '考核id',
  `level_name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '等级名称',
  `min_score` decimal(7, 2) NULL DEFAULT NULL COMMENT '最小分数',
  `max_score` decimal(7, 2) NOT NULL COMMENT '最大分数',
  `min_num` int NOT NULL COMMENT '最小人数比例',
  `max_num` int NOT NULL COMMENT '最大人数比例',
  `sort` int NULL DEFAULT NULL,
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`level_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '考评规则等级' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievement_employee_appraisal`  (
  `employee_appraisal_id` bigint NOT NULL,
  `employee_id` bigint NOT NULL COMMENT '员工id',
  `appraisal_id` bigint NULL DEFAULT NULL COMMENT '绩效id',
  `status` int NULL DEFAULT NULL COMMENT '考核状态 1 待填写 2 待目标确认 3 待评定 4 待结果确认 5 终止绩效 6 考核完成',
  `score` double(10, 2) NULL DEFAULT NULL COMMENT '评分',
  `level_id` bigint NULL DEFAULT NULL COMMENT '考核结果',
  `read_status` int NULL DEFAULT 0 COMMENT '结果阅读状态 0 未读 1 已读',
  `follow_up_employee_id` bigint NULL DEFAULT NULL COMMENT '跟进员工id',
  `follow_sort` int NULL DEFAULT NULL COMMENT '跟进员工排序',
  `is_draft` int NULL DEFAULT 0 COMMENT '是否为草稿 0否 1是',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`employee_appraisal_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工绩效考核' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievement_employee_evaluato`  (
  `employee_evaluato_id` bigint NOT NULL,
  `employee_appraisal_id` bigint NULL DEFAULT NULL COMMENT '员工端考核id',
  `appraisal_id` bigint NULL DEFAULT NULL COMMENT '绩效id',
  `employee_id` bigint NOT NULL COMMENT '确认人',
  `weight` decimal(5, 2) NULL DEFAULT NULL COMMENT '权重',
  `score` decimal(7, 2) NULL DEFAULT NULL COMMENT '评分',
  `level_id` bigint NULL DEFAULT NULL COMMENT '考核等级',
  `evaluate` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '评语',
  `reject_reason` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '驳回原因',
  `sort` int NULL DEFAULT NULL,
  `status` int NULL DEFAULT 0 COMMENT '0 待评定 1 已评定',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`employee_evaluato_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工绩效结果评定表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievement_employee_evaluato_seg`  (
  `employee_evaluato_seg_id` bigint NOT NULL,
  `employee_appraisal_id` bigint NULL DEFAULT NULL COMMENT '员工端考核id',
  `employee_evaluato_id` bigint NULL DEFAULT NULL COMMENT '结果评定id',
  `seg_id` bigint NULL DEFAULT NULL COMMENT '考核项id',
  `employee_id` bigint NOT NULL COMMENT '评定人',
  `score` decimal(7, 2) NULL DEFAULT NULL COMMENT '评分',
  `evaluate` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '评语',
  `status` int NULL DEFAULT 1 COMMENT '0 待评定 1 已评定',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`employee_evaluato_seg_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工绩效考核项评定表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievement_employee_result_confirmors`  (
  `confirmors_id` bigint NOT NULL,
  `employee_id` bigint NULL DEFAULT NULL,
  `appraisal_id` bigint NULL DEFAULT NULL COMMENT '绩效id',
  `status` int NULL DEFAULT 0 COMMENT '0 未确认 1 已确认',
  `sort` int NULL DEFAULT NULL,
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`confirmors_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '绩效结果确认表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievement_employee_seg`  (
  `seg_id` bigint NOT NULL,
  `employee_appraisal_id` bigint NULL DEFAULT NULL,
  `temp_seg_id` bigint NULL DEFAULT 0 COMMENT '模板考核项id',
  `employee_id` bigint NULL DEFAULT NULL,
  `seg_name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '考核项名称',
  `value` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '值',
  `is_fixed` int NULL DEFAULT NULL COMMENT '是否固定 1 是 0 否',
  `weight` decimal(5, 2) NULL DEFAULT NULL COMMENT '权重 -1 员工写权重比 0~100',
  `schedule` int NULL DEFAULT 0 COMMENT '目标进度',
  `explain_desc` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '完成情况说明',
  `sort` int NULL DEFAULT NULL,
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`seg_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工绩效考核项' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievement_employee_target_confirm`  (
  `employee_confirm_id` bigint NOT NULL,
  `employee_appraisal_id` bigint NULL DEFAULT NULL COMMENT '员工端考核id',
  `appraisal_id` bigint NULL DEFAULT NULL COMMENT '绩效id',
  `employee_id` bigint NOT NULL COMMENT '确认人',
  `reject_reason` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '驳回原因',
  `sort` int NULL DEFAULT NULL,
  `status` int NULL DEFAULT 0 COMMENT '0 待确认 1 已确认 2 驳回 ',
  `create_time` datetime NULL DEFAULT NULL,
  `update_time` datetime NULL DEFAULT NULL,
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`employee_confirm_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工考核目标确认表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievement_seg`  (
  `seg_id` bigint NOT NULL,
  `table_id` bigint NULL DEFAULT NULL,
  `seg_name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '考核项名称',
  `is_fixed` int NULL DEFAULT NULL COMMENT '是否固定 1 是 0 否',
  `weight` decimal(5, 2) NULL DEFAULT NULL COMMENT '权重 -1 员工写权重比 0~100',
  `sort` int NULL DEFAULT NULL,
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`seg_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '绩效考核项模板' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievement_table`  (
  `table_id` bigint NOT NULL,
  `table_name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '考核名称',
  `type` int NULL DEFAULT NULL COMMENT '1 OKR模板 2 KPI模板',
  `description` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '考核表描述',
  `is_emp_weight` int NULL DEFAULT 0 COMMENT '是否员工填写权重 0 否 1 是',
  `status` int NULL DEFAULT 1 COMMENT ' 1 使用 0 删除',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`table_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '绩效考核表模板' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_achievements_assessment_template`  (
  `template_id` bigint NOT NULL COMMENT '考核模板id',
  `template_name` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '模板名称',
  `template_illustrate` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '模板说明',
  `score_calculation` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '总分计算',
  `upper_limit_type` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '评分上限类型',
  `upper_limit_score` int NOT NULL COMMENT '评分上限',
  `dimension_num` int NULL DEFAULT NULL COMMENT '维度数量',
  `quota_num` int NULL DEFAULT NULL COMMENT '指标数量',
  `create_user_id` bigint NOT NULL COMMENT '创建人',
  `update_user_id` bigint NOT NULL COMMENT '修改人',
  `create_time` datetime NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `status` int NULL DEFAULT NULL COMMENT '1:正常 0:删除',
  PRIMARY KEY (`template_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '绩效管理-考核模板' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_action_record`  (
  `id` bigint NOT NULL,
  `ip_address` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT 'ip地址',
  `type` int NULL DEFAULT NULL COMMENT '操作类型 1 员工 2 招聘管理 3 候选人 4 绩效管理',
  `type_id` bigint NULL DEFAULT NULL COMMENT '操作对象id',
  `behavior` int NULL DEFAULT NULL COMMENT '操作行为 1 新建 2 编辑 3 删除 4 转正 5 调岗 6 晋升 7 降级 8 转全职员工 9 离职 10 参保方案',
  `content` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '内容',
  `trans_content` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '翻译内容',
  `create_user_id` bigint NOT NULL COMMENT '操作人ID',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `types`(`type` ASC, `type_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb3 COLLATE = utf8mb3_general_ci COMMENT = 'hrm员工操作记录表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_appraisal_action_record`  (
  `id` bigint NOT NULL,
  `ip_address` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT 'ip地址',
  `type` int NULL DEFAULT NULL COMMENT '操作类型 1 员工 2 招聘管理 3 候选人 4 绩效管理 5：KPI考核计划',
  `type_id` bigint NULL DEFAULT NULL COMMENT '操作对象id',
  `behavior` int NULL DEFAULT NULL COMMENT '操作行为 1 新建 2 编辑 3 删除 4 转正 5 调岗 6 晋升 7 降级 8 转全职员工 9 离职 10 参保方案',
  `content` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '内容',
  `trans_content` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '翻译内容',
  `batch_id` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '批次id',
  `create_user_id` bigint NOT NULL COMMENT '操作人ID',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `week` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '周几',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `types`(`type` ASC, `type_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '绩效考核审核记录' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_appraisal_employee`  (
  `appraisal_employee_id` bigint NOT NULL COMMENT '绩效考核员工考核信息id',
  `appraisal_plan_id` bigint NOT NULL COMMENT '考核计划id',
  `employee_id` bigint NOT NULL COMMENT '考核员工id',
  `appraisal_status` int NULL DEFAULT NULL COMMENT '状态 0：删除 1：草稿 2:未开始 3：进行中 4：已归档 5:考核终止',
  `activate_status` int NULL DEFAULT NULL COMMENT '当前阶段处理状态1进行中 2：已完成',
  `stage_status` int NULL DEFAULT NULL COMMENT '阶段状态：0：未开始 1：员工填写2：自评分 3：他人评分 4:目标确认5：结果审核6：结果确认 7：归档',
  `stage_sort` int NULL DEFAULT NULL COMMENT '当前阶段进度',
  `score` int NULL DEFAULT NULL COMMENT '评分',
  `level` varchar(5) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '考核等级 S,A,B,C,未定级',
  `create_time` datetime NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `file_time` datetime NULL DEFAULT NULL COMMENT '归档时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人',
  PRIMARY KEY (`appraisal_employee_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工绩效考核-考核绩效基本信息' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_appraisal_employee_appeal_record`  (
  `appeal_record_id` bigint NOT NULL COMMENT '申诉记录id',
  `appraisal_employee_id` bigint NULL DEFAULT NULL COMMENT '员工绩效考核id',
  `appraisal_stage_id` bigint NULL DEFAULT NULL COMMENT '申诉评分节点',
  `status` int NULL DEFAULT NULL COMMENT '状态0：未处理 1：已处理',
  `create_time` datetime NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  PRIMARY KEY (`appeal_record_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = 'KPI考核-员工绩效申诉记录表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_appraisal_employee_quota_score`  (
  `id` int NOT NULL AUTO_INCREMENT COMMENT '主键id',
  `score_id` bigint NOT NULL COMMENT '评分id',
  `quota_id` bigint NULL DEFAULT NULL COMMENT '指标id',
  `score` bigint NULL DEFAULT NULL COMMENT '评分',
  `comments` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '评语',
  `appraisal_employee_id` bigint NULL DEFAULT NULL COMMENT '员工考核计划id',
  `create_time` datetime NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `rater` bigint NULL DEFAULT NULL COMMENT '评分人',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB AUTO_INCREMENT = 555 CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工考核计划评分表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_appraisal_employee_reject_record`  (
  `reject_id` bigint NOT NULL COMMENT '驳回主键di',
  `appraisal_employee_id` bigint NULL DEFAULT NULL COMMENT '员工绩效id',
  `reject_stage` int NULL DEFAULT NULL COMMENT '驳回阶段 1：评分阶段',
  `reject_record_id` bigint NULL DEFAULT NULL COMMENT '驳回记录id',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '驳回人',
  `create_time` datetime NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status` int NULL DEFAULT NULL COMMENT '处理状态:0未处理 1已处理',
  PRIMARY KEY (`reject_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工绩效考核-驳回记录表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_appraisal_employee_score`  (
  `score_id` bigint NOT NULL COMMENT 'id',
  `appraisal_employee_id` bigint NOT NULL COMMENT '员工考核计划id',
  `comments` varchar(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '评语',
  `rater` bigint NULL DEFAULT NULL COMMENT '评分人id',
  `score` double NULL DEFAULT NULL COMMENT '得分',
  `level` varchar(22) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '等级',
  `weight` double NULL DEFAULT NULL COMMENT '权重',
  `sort` int NULL DEFAULT NULL COMMENT '排序',
  `create_time` datetime NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  PRIMARY KEY (`score_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工考核计划-评分' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_appraisal_employee_stage`  (
  `appraisal_stage_id` bigint NOT NULL COMMENT '绩效考核阶段id',
  `appraisal_employee_id` bigint NULL DEFAULT NULL COMMENT '员工绩效id',
  `employee_id` bigint NULL DEFAULT NULL COMMENT '考核员工id',
  `appraisal_plan_id` bigint NULL DEFAULT NULL COMMENT '考核计划id',
  `stage_type` int NULL DEFAULT NULL COMMENT '阶段状态：0：未开始 1：员工填写2:目标确认3：自评分 4：他人评分 5：结果审核6：结果确认 7：归档',
  `stage_name` varchar(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '阶段名称',
  `stage_user_id` bigint NULL DEFAULT NULL COMMENT '当前处理人名称',
  `weight` double NULL DEFAULT NULL COMMENT '评分权重，只有评分阶段会有',
  `sort` int NULL DEFAULT NULL COMMENT '排序',
  `status` int NULL DEFAULT NULL COMMENT '状态：0：未处理 1已处理 2待处理 3：驳回 4：重新处理',
  `create_time` datetime NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  PRIMARY KEY (`appraisal_stage_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = 'KPI考核-员工考核流程阶段表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_appraisal_plan`  (
  `appraisal_plan_id` bigint NOT NULL COMMENT '考核计划id',
  `appraisal_plan_name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '考核计划名称',
  `employ_type` int NULL DEFAULT NULL COMMENT '聘用形式1 正式 2 非正式',
  `employee_status` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '员工类型',
  `appraisal_cycle_type` int NULL DEFAULT NULL COMMENT '考核周期类型1 月 2 季 3 年 4 半年 5:全年 6:其他',
  `appraisal_cycle` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '考核周期',
  `quarter` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '季度',
  `start_time` date NULL DEFAULT NULL COMMENT '考核开始时间',
  `end_time` date NULL DEFAULT NULL COMMENT '考核结束时间',
  `appraisal_illustrate` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '考核说明',
  `appraisal_template_id` bigint NULL DEFAULT NULL COMMENT '考核模板id',
  `sync_to_salary` bit(1) NULL DEFAULT NULL COMMENT '是否同步到薪资',
  `paid_for_month` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '同步薪资月份',
  `result_template_id` bigint NULL DEFAULT NULL COMMENT '引用的结果模板id',
  `batch_id` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '批次id',
  `stage_status` int NULL DEFAULT NULL COMMENT '阶段状态：0：未开始 1：员工填写 2:目标确认3：自评分 4：他人评分 5：结果审核6：结果确认 7：归档',
  `status` int NOT NULL COMMENT '状态 0：删除 1：草稿 2:未开始 3：进行中 4：已归档 5:考核终止',
  `operation_stage` int NULL DEFAULT NULL COMMENT '进行中可操作阶段状态： 1：开启评分 2：发起绩效面谈3：归档',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人',
  `create_time` datetime NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建日期',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新日期',
  PRIMARY KEY (`appraisal_plan_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '考核计划基础信息表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_appraisal_plan_relation_employee`  (
  `appraisal_plan_relation_employee_id` bigint NOT NULL COMMENT '关联id',
  `appraisal_plan_id` bigint NULL DEFAULT NULL COMMENT '绩效考核id',
  `employee_id` bigint NULL DEFAULT NULL COMMENT '员工id',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `status` int NULL DEFAULT NULL COMMENT '实际开启的时候员工状态是否正常1：正常0：异常',
  `create_time` datetime NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  PRIMARY KEY (`appraisal_plan_relation_employee_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '绩效考核关联员工表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_appraisal_plan_result_setting`  (
  `level_id` bigint NOT NULL COMMENT '等级id',
  `level_name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '等级名称',
  `score_lower_limit` double NOT NULL COMMENT '分数下限',
  `score_upper_limit` double NOT NULL COMMENT '分数上限',
  `coefficient` double NULL DEFAULT NULL COMMENT '系数',
  `appraisal_plan_id` bigint NOT NULL COMMENT '考核计划id',
  `create_time` datetime NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建日期',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP COMMENT '更新日期',
  `batch_id` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '批次id',
  `sort` int NULL DEFAULT NULL COMMENT '排序',
  PRIMARY KEY (`level_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '绩效考核结果等级列表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_attendance_clock`  (
  `clock_id` bigint NOT NULL COMMENT '打卡记录id',
  `clock_employee_id` bigint NULL DEFAULT NULL,
  `clock_time` datetime NOT NULL COMMENT '打卡时间',
  `clock_type` int NOT NULL COMMENT '打卡类型 1 上班打卡 2 下班打卡',
  `attendance_time` datetime NOT NULL COMMENT '上班时间（正常打卡时间）',
  `type` int NOT NULL DEFAULT 1 COMMENT '打卡来源类型 1手机端打卡 2手工录入3.自动打卡',
  `clock_status` int NULL DEFAULT 0 COMMENT '打卡状态 0 正常 1 迟到 2 早退  4 加班',
  `clock_stage` int NULL DEFAULT 1 COMMENT '打卡阶段',
  `address` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '考勤地址',
  `lng` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '经度',
  `lat` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '维度',
  `ssid` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT 'wifi名称',
  `mac` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT 'mac地址',
  `is_out_work` int NULL DEFAULT 0 COMMENT '是否外勤（0否 1是）',
  `remark` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '备注',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`clock_id`) USING BTREE,
  INDEX `index_attendance_clock_clock_employee_id`(`clock_employee_id` ASC) USING BTREE,
  INDEX `index_attendance_clock_clock_time`(`clock_time` ASC) USING BTREE,
  INDEX `index_attendance_clock_attendance_time`(`attendance_time` ASC) USING BTREE,
  INDEX `index_attendance_clock_type`(`type` ASC) USING BTREE,
  INDEX `index_attendance_clock_stage`(`clock_stage` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '打卡记录表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_attendance_date_shift`  (
  `user_shift_id` bigint NOT NULL COMMENT '用户班次id',
  `user_shift_time` datetime NOT NULL COMMENT '出勤时间',
  `employee_id` bigint NULL DEFAULT NULL COMMENT '员工id',
  `shift_id` bigint NOT NULL COMMENT '班次id',
  `shift_type` int NULL DEFAULT 0 COMMENT '班次类型（0 休息 1早晚打卡 2 分段打卡）',
  `shift_name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '班次名称',
  `shift_hours` int NULL DEFAULT 0 COMMENT '班次时长（分钟）',
  `start1` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班时间1',
  `end1` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班时间1',
  `start2` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班时间2',
  `end2` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班时间2',
  `start3` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班时间3',
  `end3` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班时间3',
  `advance_card1` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班最早打卡时间1',
  `late_card1` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班最晚打卡时间1',
  `advance_card2` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班最早打卡时间2',
  `late_card2` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班最晚打卡时间2',
  `advance_card3` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班最早打卡时间3',
  `late_card3` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班最晚打卡时间3',
  `early_card1` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班最早打卡时间1',
  `early_card2` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班最早打卡时间2',
  `postpone_card1` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班最晚打卡时间1',
  `postpone_card2` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班最晚打卡时间2',
  `early_card3` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班最早打卡时间3',
  `postpone_card3` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班最晚打卡时间3',
  `rest_time_status` int NULL DEFAULT 0 COMMENT '是否设置休息时间（0否 1是）',
  `rest_start_time` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '休息开始时间',
  `rest_end_time` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '休息结束时间',
  `is_default_setting` int NULL DEFAULT 0 COMMENT '是否是默认配置（0否 1是）',
  `effect_time` datetime NULL DEFAULT NULL COMMENT '生效时间',
  `create_user_id` bigint NOT NULL COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`user_shift_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '每日出勤班次' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_attendance_group`  (
  `attendance_group_id` bigint NOT NULL COMMENT '考勤组id',
  `old_group_id` bigint NULL DEFAULT NULL COMMENT '考勤组初始化id',
  `name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '名称',
  `daily_time` decimal(10, 2) NULL DEFAULT NULL COMMENT '工作时长',
  `attendance_rule_id` bigint NULL DEFAULT NULL COMMENT '扣款规则id',
  `is_open_wifi_card` int NULL DEFAULT 0 COMMENT '是否开启wifi打卡',
  `is_open_point_card` int NULL DEFAULT 0 COMMENT '是否开启定位打卡',
  `is_auto_card` int NULL DEFAULT 0 COMMENT '是否自动打卡（0否 1是）',
  `shift_setting` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '考勤班组设置',
  `is_rest` int NULL DEFAULT 1 COMMENT '是否法定节假日休息（0否 1是）',
  `special_date_setting` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '特殊日期设置',
  `is_default_setting` int NULL DEFAULT 0 COMMENT '是否是默认配置（0否 1是）',
  `old_setting` int NULL DEFAULT 0 COMMENT '是否历史配置 (0否 1是)',
  `effect_time` datetime NULL DEFAULT NULL COMMENT '生效时间',
  `create_user_id` bigint NOT NULL COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`attendance_group_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '考勤组表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_attendance_group_relation_employee`  (
  `attendance_group_relation_employee_id` bigint NOT NULL,
  `attendance_group_id` bigint NULL DEFAULT NULL COMMENT '考勤组id',
  `employee_id` bigint NULL DEFAULT NULL COMMENT '员工id',
  `effect_time` datetime NULL DEFAULT NULL COMMENT '生效时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`attendance_group_relation_employee_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '考勤组关联员工表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_attendance_legal_holidays`  (
  `holiday_id` bigint NOT NULL,
  `holiday_time` datetime NULL DEFAULT NULL COMMENT '假期时间',
  `type` int NULL DEFAULT 2 COMMENT '类型 1.上班 2.休息',
  `create_user_id` bigint NOT NULL COMMENT '创建者',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`holiday_id`) USING BTREE,
  INDEX `index_holiday_time`(`holiday_time` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '考勤法定节假日' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_attendance_point`  (
  `attendance_point_id` bigint NOT NULL COMMENT '打卡地点id',
  `attendance_group_id` bigint NULL DEFAULT NULL COMMENT '考勤组id',
  `name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '地点名称',
  `address` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '定位名称',
  `lat` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '纬度',
  `lng` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '经度',
  `point_range` int NULL DEFAULT NULL COMMENT '范围（米）',
  `create_user_id` bigint NOT NULL COMMENT '创建者',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`attendance_point_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '打卡地址表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_attendance_rule`  (
  `attendance_rule_id` bigint NOT NULL COMMENT '打卡规则id',
  `attendance_rule_name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '打卡规则名称',
  `late_rule_method` int NOT NULL COMMENT '迟到规则计算方式',
  `late_deduct_money` decimal(10, 2) NOT NULL DEFAULT 0.00 COMMENT '迟到扣款金额',
  `early_rule_method` int NOT NULL COMMENT '早退规则计算方式',
  `early_deduct_money` decimal(10, 2) NOT NULL DEFAULT 0.00 COMMENT '早退扣款金额',
  `misscard_rule_method` int NOT NULL COMMENT '缺卡规则计算方式',
  `misscard_deduct_money` decimal(10, 2) NOT NULL DEFAULT 0.00 COMMENT '缺卡扣款金额',
  `absenteeism_rule_method` int NOT NULL COMMENT '旷工规则计算方式',
  `absenteeism_deduct_money` decimal(10, 2) NOT NULL DEFAULT 0.00 COMMENT '旷工扣款金额',
  `is_personalization` int NULL DEFAULT 0 COMMENT '是否个性化设置(0 否 1是)',
  `late_minutes_or_counts` int NULL DEFAULT 0 COMMENT '迟到的总分钟或总次数',
  `early_minutes_or_counts` int NULL DEFAULT 0 COMMENT '早退的总分钟或总次数',
  `is_default_setting` int NULL DEFAULT 0 COMMENT '是否是默认配置（0否 1是）',
  `create_user_id` bigint NOT NULL COMMENT '创建者',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`attendance_rule_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '打卡规则表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_attendance_shift`  (
  `shift_id` bigint NOT NULL COMMENT '班次id',
  `shift_type` int NULL DEFAULT 0 COMMENT '班次类型（0 休息 1早晚打卡 2 分段打卡）',
  `shift_name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '班次名称',
  `shift_hours` int NULL DEFAULT 0 COMMENT '班次时长（分钟）',
  `start1` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班时间1',
  `end1` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班时间1',
  `start2` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班时间2',
  `end2` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班时间2',
  `start3` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班时间3',
  `end3` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班时间3',
  `advance_card1` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班最早打卡时间1',
  `late_card1` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班最晚打卡时间1',
  `advance_card2` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班最早打卡时间2',
  `late_card2` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班最晚打卡时间2',
  `advance_card3` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班最早打卡时间3',
  `late_card3` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '上班最晚打卡时间3',
  `early_card1` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班最早打卡时间1',
  `postpone_card1` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班最晚打卡时间1',
  `early_card2` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班最早打卡时间2',
  `postpone_card2` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班最晚打卡时间2',
  `early_card3` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班最早打卡时间3',
  `postpone_card3` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '下班最晚打卡时间3',
  `rest_time_status` int NULL DEFAULT 0 COMMENT '是否设置休息时间（0否 1是）',
  `rest_start_time` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '休息开始时间',
  `rest_end_time` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '休息结束时间',
  `is_default_setting` int NULL DEFAULT 0 COMMENT '是否是默认配置（0否 1是）',
  `effect_time` datetime NULL DEFAULT NULL COMMENT '生效时间',
  `create_user_id` bigint NOT NULL COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`shift_id`) USING BTREE,
  INDEX `index_shift_type`(`shift_type` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '班次表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_attendance_wifi`  (
  `attendance_wifi_id` bigint NOT NULL COMMENT '打卡wifiid',
  `attendance_group_id` bigint NULL DEFAULT NULL COMMENT '考勤组id',
  `ssid` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT 'wifi名称',
  `mac` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT 'mac地址',
  `create_user_id` bigint NOT NULL COMMENT '创建者',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`attendance_wifi_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '打卡wifi表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_config`  (
  `config_id` bigint NOT NULL,
  `type` int NULL DEFAULT NULL COMMENT '配置类型 1 淘汰原因 2 薪资初始化配置1 3 薪资初始化配置2 4 社保初始化配置1 5 社保初始化配置2',
  `value` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '值',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`config_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '人力资源配置表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_dept`  (
  `dept_id` bigint NOT NULL,
  `parent_id` bigint NULL DEFAULT 0 COMMENT '父级ID 顶级部门为0',
  `dept_type` int NULL DEFAULT NULL COMMENT '1 公司 2 部门',
  `name` varchar(64) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL COMMENT '部门名称',
  `code` varchar(64) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NULL DEFAULT NULL COMMENT '部门编码',
  `main_employee_id` bigint NULL DEFAULT NULL COMMENT '部门负责人ID',
  `leader_employee_id` bigint NULL DEFAULT NULL COMMENT '分管领导',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`dept_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb3 COLLATE = utf8mb3_general_ci COMMENT = '部门表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee`  (
  `employee_id` bigint NOT NULL COMMENT '员工id',
  `employee_name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '员工姓名',
  `mobile` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '手机',
  `country` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '国家地区',
  `nation` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '民族',
  `id_type` int NULL DEFAULT NULL COMMENT '证件类型 1 身份证 2 港澳通行证 3 台湾通行证 4 护照 5 其他',
  `id_number` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '证件号码',
  `sex` int NULL DEFAULT NULL COMMENT '性别 1 男 2 女',
  `email` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '邮箱',
  `native_place` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '籍贯',
  `date_of_birth` datetime NULL DEFAULT NULL COMMENT '出生日期',
  `birthday_type` int NULL DEFAULT 1 COMMENT '生日类型 1 阳历 2 农历',
  `birthday` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '生日 示例：0323',
  `age` int NULL DEFAULT NULL COMMENT '年龄',
  `address` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '户籍地址',
  `highest_education` int NULL DEFAULT NULL COMMENT '最高学历',
  `entry_time` datetime NULL DEFAULT NULL COMMENT '入职时间',
  `probation` int NULL DEFAULT NULL COMMENT '试用期 0 无试用期',
  `become_time` datetime NULL DEFAULT NULL COMMENT '转正日期',
  `job_number` varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NULL DEFAULT NULL,
  `dept_id` bigint NULL DEFAULT NULL COMMENT '部门ID',
  `parent_id` bigint NULL DEFAULT NULL COMMENT '直属上级ID',
  `post` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '职位',
  `post_level` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '岗位职级',
  `work_address` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '工作地点',
  `work_detail_address` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '工作详细地址',
  `work_city` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '工作城市',
  `channel_id` bigint NULL DEFAULT NULL COMMENT '招聘渠道',
  `employment_forms` int NULL DEFAULT NULL COMMENT '聘用形式 1 正式 2 非正式',
  `status` int NULL DEFAULT NULL COMMENT '员工状态 1正式 2试用  3实习 4兼职 5劳务 6顾问 7返聘 8外包',
  `company_age_start_time` datetime NULL DEFAULT NULL COMMENT '司龄开始日期',
  `company_age` int NULL DEFAULT 0 COMMENT '司龄',
  `entry_status` int NULL DEFAULT NULL COMMENT '入职状态 1 在职 2 待入职 3 待离职 4 离职',
  `candidate_id` bigint NULL DEFAULT NULL COMMENT '候选人id',
  `is_del` int NULL DEFAULT 0 COMMENT '0 未删除 1 删除',
  `create_user_id` bigint NOT NULL COMMENT '创建人id',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`employee_id`) USING BTREE,
  INDEX `wk_hrm_employee_job_number_index`(`job_number` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_abnormal_change_record`  (
  `change_record_id` bigint NOT NULL,
  `type` int NULL DEFAULT NULL COMMENT '异动类型 1 新入职 2 离职 3 转正 4 调岗',
  `employee_id` bigint NULL DEFAULT NULL COMMENT '异动员工id',
  `change_time` datetime NULL DEFAULT NULL COMMENT '异动时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`change_record_id`) USING BTREE,
  INDEX `wk_hrm_employee_abnormal_change_record_type_index`(`type` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工异常表动记录表（薪资列表统计需要）' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_achievement_file`  (
  `achievement_file_id` bigint NOT NULL COMMENT '绩效档案id',
  `employee_id` bigint NULL DEFAULT NULL COMMENT '员工id',
  `recently_appraisal_employee_id` bigint NULL DEFAULT NULL COMMENT '最近员工考核绩效id',
  `appraisal_count` int NULL DEFAULT NULL COMMENT '考核次数',
  `create_time` datetime NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建日期',
  `update_time` datetime NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新日期',
  PRIMARY KEY (`achievement_file_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工绩效档案' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_candidate`  (
  `id` bigint NOT NULL COMMENT 'id',
  `employee_id` bigint NULL DEFAULT NULL COMMENT '员工id',
  `candidate_id` bigint NULL DEFAULT NULL COMMENT '候选人id',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工候选人关联表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_certificate`  (
  `certificate_id` bigint NOT NULL,
  `employee_id` bigint NULL DEFAULT NULL COMMENT '员工id',
  `certificate_name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '证书名称',
  `certificate_level` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '证书级别',
  `certificate_num` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '证书编号',
  `start_time` datetime NULL DEFAULT NULL COMMENT '有效起始日期',
  `end_time` datetime NULL DEFAULT NULL COMMENT '有效结束日期',
  `issuing_authority` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '发证机构',
  `issuing_time` datetime NULL DEFAULT NULL COMMENT '发证日期',
  `remarks` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '备注',
  `sort` int NULL DEFAULT NULL,
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`certificate_id`) USING BTREE,
  INDEX `wk_hrm_employee_certificate_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '员工证书' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_change_record`  (
  `record_id` bigint NOT NULL,
  `employee_id` bigint NULL DEFAULT NULL COMMENT '员工id',
  `change_type` int NULL DEFAULT NULL COMMENT '变动类型 4 转正 5调岗 6晋升 7降级 8转为全职员工',
  `change_reason` int NULL DEFAULT NULL COMMENT '异动原因 1 组织架构调整 2个人申请 3 工作安排 4 违规违纪 5 绩效不达标 6 个人身体原因 7 不适应当前岗位',
  `old_dept` bigint NULL DEFAULT NULL COMMENT '原部门',
  `new_dept` bigint NULL DEFAULT NULL COMMENT '新部门',
  `old_post` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '原岗位',
  `new_post` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '新岗位',
  `old_post_level` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '新职级',
  `new_post_level` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '新职级',
  `old_work_address` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '原工作地点',
  `new_work_address` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '新工作地点',
  `old_parent_id` bigint NULL DEFAULT NULL COMMENT '原直属上级',
  `new_parent_id` bigint NULL DEFAULT NULL COMMENT '新直属上级',
  `probation` int NULL DEFAULT NULL COMMENT '试用期',
  `effect_time` datetime NULL DEFAULT NULL COMMENT '生效时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`record_id`) USING BTREE,
  INDEX `wk_hrm_employee_change_record_change_type_index`(`change_type` ASC) USING BTREE,
  INDEX `wk_hrm_employee_change_record_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '员工岗位/职位变更记录' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_contacts`  (
  `contacts_id` bigint NOT NULL,
  `employee_id` bigint NULL DEFAULT NULL,
  `contacts_name` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '联系人名称',
  `relation` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '关系',
  `contacts_phone` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '联系人电话',
  `contacts_work_unit` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '联系人工作单位',
  `contacts_post` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '联系儿职务',
  `contacts_address` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '联系人地址',
  `sort` int NULL DEFAULT NULL,
  `create_time` datetime NULL DEFAULT NULL,
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`contacts_id`) USING BTREE,
  INDEX `wk_hrm_employee_contacts_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '员工联系人' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_contract`  (
  `contract_id` bigint NOT NULL,
  `employee_id` bigint NOT NULL,
  `contract_num` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '合同编号',
  `contract_type` int NULL DEFAULT NULL COMMENT '1、固定期限劳动合同 2、无固定期限劳动合同 3、已完成一定工作任务为期限的劳动合同 4、实习协议 5、劳务合同 6、返聘协议 7、劳务派遣合同 8、借调合同 9、其他',
  `start_time` datetime NULL DEFAULT NULL,
  `end_time` datetime NULL DEFAULT NULL,
  `term` int NULL DEFAULT NULL COMMENT '期限',
  `status` int NULL DEFAULT NULL COMMENT '合同状态  0未执行 1 执行中、 2已到期、 ',
  `sign_company` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '签约公司',
  `sign_time` datetime NULL DEFAULT NULL COMMENT '合同签订日期',
  `remarks` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '备注',
  `is_expire_remind` int NULL DEFAULT NULL COMMENT '是否到期提醒 0 否 1 是',
  `sort` int NULL DEFAULT NULL,
  `batch_id` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL,
  `create_user_id` bigint NULL DEFAULT NULL,
  `create_time` datetime NULL DEFAULT NULL,
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`contract_id`) USING BTREE,
  INDEX `wk_hrm_employee_contract_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '员工合同' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_data`  (
  `id` bigint NOT NULL,
  `field_id` bigint NOT NULL,
  `label_group` int NULL DEFAULT NULL,
  `name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '字段名称',
  `field_value` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '字段值',
  `field_value_desc` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '字段值描述',
  `employee_id` bigint NOT NULL COMMENT 'employee_id',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `wk_hrm_employee_data_employee_id_index`(`employee_id` ASC) USING BTREE,
  INDEX `wk_hrm_employee_data_field_id_index`(`field_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '客户扩展字段数据表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_education_experience`  (
  `education_id` bigint NOT NULL,
  `employee_id` bigint NULL DEFAULT NULL,
  `education` int NULL DEFAULT NULL COMMENT '学历 1小学、2初中、3中专、4中职、5中技、6高中、7大专、8本科、9硕士、10博士、11博士后、12其他',
  `graduate_school` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '毕业院校',
  `major` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '专业',
  `admission_time` datetime NULL DEFAULT NULL COMMENT '入学时间',
  `graduation_time` datetime NULL DEFAULT NULL COMMENT '毕业时间',
  `teaching_methods` int NULL DEFAULT NULL COMMENT '教学方式 1 全日制、2成人教育、3远程教育、4自学考试、5其他',
  `is_first_degree` int NULL DEFAULT NULL COMMENT '是否第一学历 0 否 1 是',
  `sort` int NULL DEFAULT NULL,
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`education_id`) USING BTREE,
  INDEX `wk_hrm_employee_education_experience_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '员工教育经历' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_field`  (
  `field_id` bigint NOT NULL COMMENT '主键ID',
  `field_name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '自定义字段英文标识',
  `name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '' COMMENT '字段名称',
  `type` int NOT NULL DEFAULT 1 COMMENT '字段类型 1 单行文本 2 多行文本 3 单选 4日期 5 数字 6 小数 7 手机  8 文件 9 多选   10 日期时间 11 邮箱 12 籍贯地区',
  `component_type` int NOT NULL DEFAULT 0 COMMENT '关联表类型 0 不需要关联 1 hrm员工 2 hrm部门 3 hrm职位 4 系统用户 5 系统部门 6 招聘渠道',
  `label` int NULL DEFAULT NULL COMMENT '标签 1 个人信息 2 岗位信息 3 合同 4 工资社保',
  `label_group` int NOT NULL COMMENT '标签分组 * 1 员工个人信息 2 通讯信息 3 教育经历 4 工作经历 5 证书/证件 6 培训经历 7 联系人\n        * 11 岗位信息 12 离职信息 \n        * 21 合同信息 \n        * 31 工资卡信息 32 社保信息',
  `remark` varchar(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '字段说明',
  `input_tips` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '输入提示',
  `max_length` int NULL DEFAULT NULL COMMENT '最大长度',
  `default_value` varchar(5000) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT '' COMMENT '默认值',
  `is_unique` int NULL DEFAULT 0 COMMENT '是否唯一 1 是 0 否',
  `is_null` int NULL DEFAULT 0 COMMENT '是否必填 1 是 0 否',
  `sorting` int NULL DEFAULT 1 COMMENT '排序 从小到大',
  `options` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '如果类型是选项，此处不能为空，使用kv格式',
  `is_fixed` int NOT NULL DEFAULT 0 COMMENT '是否固定字段 0 否 1 是',
  `operating` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT '111111' COMMENT '000000 (1:标题,2:选项,3:必填,4:唯一,5:隐藏,6:删除)',
  `is_hidden` int NOT NULL DEFAULT 0 COMMENT '是否隐藏  0不隐藏 1隐藏',
  `is_update_value` int NULL DEFAULT 1 COMMENT '是否可以修改值 0 否 1 是',
  `is_head_field` int NULL DEFAULT 0 COMMENT '是否在列表头展示 0 否 1 是',
  `is_import_field` int NULL DEFAULT 0 COMMENT '是否需要导入字段 0 否 1 是',
  `is_employee_visible` int NOT NULL DEFAULT 1 COMMENT '是否员工可见 0 否 1 是',
  `is_employee_update` int NOT NULL DEFAULT 0 COMMENT '是否员工可修改 0 否 1 是 2 禁用否',
  `style_percent` int NULL DEFAULT 50 COMMENT '样式百分比%',
  `precisions` int NULL DEFAULT NULL COMMENT '精度，允许的最大小数位',
  `form_position` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '表单定位 坐标格式： 1,1',
  `max_num_restrict` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '限制的最大数值',
  `min_num_restrict` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '限制的最小数值',
  `form_assist_id` bigint NULL DEFAULT NULL COMMENT '表单辅助id，前端生成',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '最后修改时间',
  PRIMARY KEY (`field_id`) USING BTREE,
  INDEX `wk_hrm_employee_field_label_index`(`label` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '自定义字段表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_file`  (
  `employee_file_id` bigint NOT NULL,
  `employee_id` bigint NOT NULL COMMENT '员工id',
  `file_id` bigint NOT NULL COMMENT 'admin模块附件id',
  `type` int NULL DEFAULT NULL COMMENT '1 员工基本资料 2 员工档案资料 3 员工离职资料',
  `sub_type` int NOT NULL COMMENT '11、身份证原件 12、学历证明 13、个人证件照 14、身份证复印件 15、工资银行卡 16、社保卡 17、公积金卡 18、获奖证书 19、其他 21、劳动合同 22、入职简历 23、入职登记表 24、入职体检单 25、离职证明 26、转正申请表 27、其他\n31、离职审批 32、离职证明 33 、其他\n',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`employee_file_id`) USING BTREE,
  INDEX `wk_hrm_employee_file_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工附件表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_leave_record`  (
  `leave_record_id` bigint NOT NULL COMMENT '请假记录id',
  `examine_id` bigint NULL DEFAULT NULL COMMENT '审批id',
  `employee_id` bigint NULL DEFAULT NULL COMMENT '员工id',
  `leave_type` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '请假类型',
  `leave_start_time` datetime NULL DEFAULT NULL COMMENT '请假开始时间',
  `leave_end_time` datetime NULL DEFAULT NULL COMMENT '请假结束时间',
  `leave_day` decimal(5, 2) NULL DEFAULT NULL COMMENT '请假时长',
  `leave_reason` varchar(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '请假理由',
  `remark` varchar(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '备注',
  `create_user_id` bigint NOT NULL COMMENT '创建人id',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`leave_record_id`) USING BTREE,
  INDEX `index_employee_id`(`employee_id` ASC) USING BTREE,
  INDEX `index_leave_start_time`(`leave_start_time` ASC) USING BTREE,
  INDEX `index_leave_end_time`(`leave_end_time` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工请假记录' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_over_time_record`  (
  `over_time_id` bigint NOT NULL,
  `employee_id` bigint NULL DEFAULT NULL COMMENT '员工id',
  `over_time_type` int NULL DEFAULT 1 COMMENT '加班类型(1.工作日加班, 2.休息日加班)',
  `over_time_start_time` datetime NULL DEFAULT NULL COMMENT '加班开始时间',
  `over_time_end_time` datetime NULL DEFAULT NULL COMMENT '加班结束时间',
  `attendance_time` datetime NULL DEFAULT NULL COMMENT '上班时间',
  `over_times` decimal(5, 2) NULL DEFAULT NULL COMMENT '加班时长',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`over_time_id`) USING BTREE,
  INDEX `index_employee_id`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工加班表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_quit_info`  (
  `quit_info_id` bigint NOT NULL,
  `employee_id` bigint NOT NULL,
  `plan_quit_time` datetime NULL DEFAULT NULL COMMENT '计划离职日期',
  `apply_quit_time` datetime NULL DEFAULT NULL COMMENT '申请离职日期',
  `salary_settlement_time` datetime NULL DEFAULT NULL COMMENT '薪资结算日期',
  `quit_type` int NULL DEFAULT NULL COMMENT '离职类型 1 主动离职 2 被动离职 3 退休',
  `quit_reason` int NULL DEFAULT NULL COMMENT '离职原因 1家庭原因 2身体原因 3薪资原因 4交通不便 5工作压力 6管理问题 7无晋升机会 8职业规划 9合同到期放弃续签 10其他个人原因  11试用期内辞退 12违反公司条例 13组织调整/裁员 14绩效不达标辞退 15合同到期不续签 16 其他原因被动离职',
  `remarks` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '备注',
  `old_status` int NULL DEFAULT NULL COMMENT '离职前状态',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`quit_info_id`) USING BTREE,
  INDEX `wk_hrm_employee_quit_info_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '离职信息' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_salary_card`  (
  `salary_card_id` bigint NOT NULL,
  `employee_id` bigint NOT NULL,
  `salary_card_num` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '工资卡卡号',
  `account_opening_city` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '开户城市',
  `bank_name` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '银行名称',
  `opening_bank` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '工资卡开户行',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL,
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`salary_card_id`) USING BTREE,
  INDEX `wk_hrm_employee_salary_card_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '员工薪资卡信息' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_social_security_info`  (
  `social_security_info_id` bigint NOT NULL,
  `employee_id` bigint NULL DEFAULT NULL,
  `is_first_social_security` int NULL DEFAULT NULL COMMENT '是否首次缴纳社保 0 否 1 是',
  `is_first_accumulation_fund` int NULL DEFAULT NULL COMMENT '是否首次缴纳公积金 0 否 1 是',
  `social_security_num` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '社保号',
  `accumulation_fund_num` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '公积金账号',
  `social_security_start_month` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '参保起始月份（2020.05）',
  `scheme_id` bigint NULL DEFAULT NULL COMMENT '参保方案',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`social_security_info_id`) USING BTREE,
  INDEX `wk_hrm_employee_social_security_info_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '员工公积金信息' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_training_experience`  (
  `training_id` bigint NOT NULL,
  `employee_id` bigint NULL DEFAULT NULL,
  `training_course` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '培训课程',
  `training_organ_name` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '培训机构名称',
  `start_time` datetime NULL DEFAULT NULL COMMENT '培训开始时间',
  `end_time` datetime NULL DEFAULT NULL COMMENT '培训结束时间',
  `training_duration` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '培训时长',
  `training_results` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '培训成绩',
  `training_certificate_name` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '培训课程名称',
  `remarks` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '备注',
  `sort` int NULL DEFAULT NULL COMMENT '排序',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`training_id`) USING BTREE,
  INDEX `wk_hrm_employee_training_experience_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '培训经历' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_employee_work_experience`  (
  `work_exp_id` bigint NOT NULL,
  `employee_id` bigint NOT NULL,
  `work_unit` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '工作单位',
  `post` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '职务',
  `work_start_time` datetime NULL DEFAULT NULL COMMENT '工作开始时间',
  `work_end_time` datetime NULL DEFAULT NULL COMMENT '工作结束时间',
  `leaving_reason` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '离职原因',
  `witness` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '证明人',
  `witness_phone` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '证明人手机号',
  `work_remarks` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL COMMENT '工作备注',
  `sort` int NULL DEFAULT NULL COMMENT '排序',
  `create_time` datetime NULL DEFAULT NULL,
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`work_exp_id`) USING BTREE,
  INDEX `wk_hrm_employee_work_experience_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '员工工作经历' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_insurance_month_emp_project_record`  (
  `emp_project_record_id` bigint NOT NULL COMMENT '参保项目记录id',
  `i_emp_record_id` bigint NOT NULL COMMENT '参保员工记录id',
  `project_id` bigint NULL DEFAULT NULL COMMENT '后台配置项目id',
  `type` int NOT NULL COMMENT '1 养老保险基数 2 医疗保险基数 3 失业保险基数 4 工伤保险基数 5 生育保险基数 6 补充大病医疗保险 7 补充养老保险 8 公积金',
  `project_name` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '项目名称',
  `default_amount` decimal(10, 2) NULL DEFAULT NULL COMMENT '默认基数',
  `corporate_proportion` decimal(5, 2) NULL DEFAULT 0.00 COMMENT '公司比例',
  `personal_proportion` decimal(5, 2) NULL DEFAULT 0.00 COMMENT '个人比例',
  `corporate_amount` decimal(10, 2) NOT NULL COMMENT '公司缴纳金额',
  `personal_amount` decimal(10, 2) NOT NULL COMMENT '个人缴纳金额',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`emp_project_record_id`) USING BTREE,
  INDEX `wk_hrm_insurance_month_emp_project_record_i_emp_record_id_index`(`i_emp_record_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工每月参保项目表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_insurance_month_emp_record`  (
  `i_emp_record_id` bigint NOT NULL,
  `i_record_id` bigint NULL DEFAULT NULL COMMENT '每月生成社保id',
  `employee_id` bigint NULL DEFAULT NULL COMMENT '员工id',
  `scheme_id` bigint NULL DEFAULT NULL COMMENT '社保方案id',
  `year` int NULL DEFAULT NULL COMMENT '年',
  `month` int NULL DEFAULT NULL COMMENT '月',
  `personal_insurance_amount` decimal(10, 2) NULL DEFAULT NULL COMMENT '个人社保金额',
  `personal_provident_fund_amount` decimal(10, 2) NULL DEFAULT NULL COMMENT '个人公积金金额',
  `corporate_insurance_amount` decimal(10, 2) NULL DEFAULT NULL COMMENT '公司社保金额',
  `corporate_provident_fund_amount` decimal(10, 2) NULL DEFAULT NULL COMMENT '公司社保金额',
  `status` int NULL DEFAULT 1 COMMENT '每月社保状态 0 停保 1 正常',
  `create_time` datetime NULL DEFAULT NULL,
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`i_emp_record_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工每月社保记录' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_insurance_month_record`  (
  `i_record_id` bigint NOT NULL,
  `title` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '报表名称',
  `year` int NULL DEFAULT NULL COMMENT '年份',
  `month` int NULL DEFAULT NULL COMMENT '月份',
  `num` int NULL DEFAULT NULL COMMENT '参保人数',
  `status` int NULL DEFAULT 0 COMMENT '每月社保状态 0 未归档 1 已归档',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL,
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`i_record_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '每月社保记录' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_insurance_project`  (
  `project_id` bigint NOT NULL COMMENT '项目id',
  `scheme_id` bigint NOT NULL COMMENT '参保方案id',
  `type` int NOT NULL COMMENT '1 养老保险基数 2 医疗保险基数 3 失业保险基数 4 工伤保险基数 5 生育保险基数 6 补充大病医疗保险 7 补充养老保险 8 残保险 9 社保自定义 10 公积金 11 公积金自定义',
  `project_name` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '项目名称',
  `default_amount` decimal(10, 2) NULL DEFAULT NULL COMMENT '默认基数',
  `corporate_proportion` decimal(5, 2) NULL DEFAULT 0.00 COMMENT '公司比例',
  `personal_proportion` decimal(5, 2) NULL DEFAULT 0.00 COMMENT '个人比例',
  `corporate_amount` decimal(10, 2) NOT NULL COMMENT '公司缴纳金额',
  `personal_amount` decimal(10, 2) NOT NULL COMMENT '个人缴纳金额',
  `is_del` int NOT NULL DEFAULT 1 COMMENT '1 删除 0 使用',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`project_id`) USING BTREE,
  INDEX `wk_hrm_insurance_project_scheme_id_index`(`scheme_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '参保项目表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_insurance_scheme`  (
  `scheme_id` bigint NOT NULL COMMENT '社保方案id',
  `scheme_name` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '方案名称',
  `city` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '参保城市',
  `house_type` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '户籍类型',
  `scheme_type` int NOT NULL COMMENT '参保类型 1 比例 2 金额',
  `is_del` int NOT NULL DEFAULT 0 COMMENT '1 删除 0 使用',
  `create_user_id` bigint NOT NULL COMMENT '创建人id',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`scheme_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '社保方案表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_notes`  (
  `notes_id` bigint NOT NULL,
  `content` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `reminder_time` datetime NOT NULL,
  `employee_id` bigint NOT NULL,
  `create_user_id` bigint NOT NULL,
  `create_time` datetime NULL DEFAULT NULL,
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`notes_id`) USING BTREE,
  INDEX `wk_hrm_notes_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '备忘' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_recruit_candidate`  (
  `candidate_id` bigint NOT NULL COMMENT '候选人id',
  `candidate_name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '候选人名称',
  `mobile` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '手机',
  `sex` int NOT NULL COMMENT '性别 1男 2女',
  `age` int NULL DEFAULT NULL COMMENT '年龄',
  `email` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '邮箱',
  `post_id` bigint NOT NULL COMMENT '职位id',
  `stage_num` int NOT NULL DEFAULT 0 COMMENT '面试轮次 ',
  `work_time` int NULL DEFAULT NULL COMMENT '工作年限',
  `education` int NOT NULL COMMENT '学历 1小学 2初中 3高中 4大专 5本科 6硕士 7博士',
  `graduate_school` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '毕业院校',
  `latest_work_place` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '最近工作单位',
  `channel_id` bigint NULL DEFAULT NULL COMMENT '招聘渠道',
  `remark` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '备注',
  `status` int NULL DEFAULT 1 COMMENT '候选人状态 1 新候选人 2初选通过 3安排面试 4面试通过 5已发offer 6待入职 7已淘汰 8已入职',
  `eliminate` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '淘汰原因',
  `status_update_time` datetime NULL DEFAULT NULL COMMENT '状态更新时间',
  `entry_time` datetime NULL DEFAULT NULL COMMENT '入职时间',
  `batch_id` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '批次id',
  `create_user_id` bigint NOT NULL COMMENT '创建人id',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`candidate_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '招聘候选人表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_recruit_channel`  (
  `channel_id` bigint NOT NULL,
  `is_sys` int NULL DEFAULT 0 COMMENT '是否系统默认0 否 1 是',
  `status` int NULL DEFAULT 1 COMMENT '状态 0 禁用 1 启用',
  `value` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL,
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`channel_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '招聘渠道表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_recruit_interview`  (
  `interview_id` bigint NOT NULL COMMENT '面试id',
  `candidate_id` bigint NOT NULL COMMENT '候选人id',
  `type` int NULL DEFAULT NULL COMMENT '面试方式 1现场面试 2电话面试 3视频面试',
  `stage_num` int NOT NULL DEFAULT 1 COMMENT '面试轮次',
  `interview_employee_id` bigint NULL DEFAULT NULL COMMENT '面试官id',
  `other_interview_employee_ids` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '其他面试官',
  `interview_time` datetime NULL DEFAULT NULL COMMENT '面试时间',
  `address` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '面试地址',
  `remark` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '备注',
  `result` int NULL DEFAULT 1 COMMENT '面试情况 1面试未完成 2面试通过 3面试未通过 4 面试取消',
  `evaluate` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '评价',
  `cancel_reason` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '取消原因',
  `create_user_id` bigint NOT NULL COMMENT '创建人id',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`interview_id`) USING BTREE,
  INDEX `wk_hrm_recruit_interview_candidate_id_index`(`candidate_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '面试表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_recruit_post`  (
  `post_id` bigint NOT NULL COMMENT '职位id',
  `post_name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '职位名称',
  `dept_id` bigint NULL DEFAULT NULL COMMENT '部门id',
  `job_nature` int NULL DEFAULT NULL COMMENT '工作性质 1 全职 2实习 3兼职',
  `city` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '工作城市',
  `recruit_num` int NULL DEFAULT 0 COMMENT '招聘人数',
  `reason` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '招聘原因',
  `work_time` int NULL DEFAULT NULL COMMENT '工作经验 1不限 2一年以内 3一至三年 4三至五年 5五至十年 6十年以上',
  `education_require` int NULL DEFAULT NULL COMMENT '学历要求 1不限 2高中及以上 3大专及以上 4本科及以上 5硕士及以上 6博士',
  `min_salary` decimal(10, 2) NULL DEFAULT NULL COMMENT '开始薪资 -1 面议',
  `max_salary` decimal(10, 2) NULL DEFAULT NULL COMMENT '结束薪资 -1 面议',
  `salary_unit` int NULL DEFAULT NULL COMMENT '薪资单位 1 元/年 2 元/月',
  `min_age` int NULL DEFAULT NULL COMMENT '最小年龄 -1 不限',
  `max_age` int NULL DEFAULT NULL COMMENT '最大年龄 -1 不限',
  `latest_entry_time` datetime NULL DEFAULT NULL COMMENT '最迟到岗时间',
  `owner_employee_id` bigint NULL DEFAULT NULL COMMENT '负责人id',
  `interview_employee_ids` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '面试官',
  `description` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '职位描述',
  `emergency_level` int NULL DEFAULT NULL COMMENT '紧急程度 1紧急 2 一般',
  `post_type_id` bigint NULL DEFAULT NULL COMMENT '职位类型',
  `batch_id` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '批次id',
  `status` int NULL DEFAULT 1 COMMENT '0 停止  1 启用',
  `create_user_id` bigint NOT NULL COMMENT '创建人id',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`post_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '招聘职位表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_recruit_post_type`  (
  `id` bigint NOT NULL,
  `name` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL DEFAULT NULL,
  `parent_id` bigint NULL DEFAULT NULL,
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = '职位类型' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_archives`  (
  `id` bigint NOT NULL,
  `change_reason` int NOT NULL COMMENT '调薪原因 1 入职核定 2 转正 3 晋升 4 调动 5 年中调薪 6 年度调薪 7 特别调薪 8 其他',
  `change_data` date NOT NULL COMMENT '最近调整日期',
  `employee_id` bigint NOT NULL COMMENT '员工id',
  `change_type` int NULL DEFAULT 0 COMMENT '0 未定薪 1 已定薪 2 已调薪',
  `remarks` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '' COMMENT '备注',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `wk_hrm_salary_archives_change_reason_index`(`change_reason` ASC) USING BTREE,
  INDEX `wk_hrm_salary_archives_employee_id_index`(`employee_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '薪资档案表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_archives_option`  (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键ID',
  `employee_id` bigint NOT NULL COMMENT '员工id',
  `is_pro` int NOT NULL COMMENT '是否是试用期 0 正式 1 试用期',
  `code` int NOT NULL COMMENT '薪资项code',
  `name` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '薪资项名称',
  `value` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '薪资',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `wk_hrm_salary_archives_option_employee_id_index`(`employee_id` ASC) USING BTREE,
  INDEX `wk_hrm_salary_archives_option_is_pro_index`(`is_pro` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '薪资档案选项' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_change_record`  (
  `id` bigint NOT NULL,
  `employee_id` bigint NOT NULL COMMENT '员工id',
  `record_type` int NOT NULL DEFAULT 1 COMMENT '记录类型 1 定薪 2 调薪',
  `change_reason` int NOT NULL COMMENT '调薪原因 1 入职核定 2 转正 3 晋升 4 调动 5 年中调薪 6 年度调薪 7 特别调薪 8 其他',
  `enable_date` date NOT NULL COMMENT '生效时间',
  `pro_before_sum` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '0' COMMENT '试用期调整前工资',
  `pro_after_sum` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '0' COMMENT '试用期调整后工资',
  `pro_salary` varchar(4096) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '' COMMENT '试用期工资明细',
  `before_sum` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '0' COMMENT '正式调整前工资 json',
  `after_sum` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '0' COMMENT '正式调整后工资',
  `salary` varchar(4096) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '' COMMENT '正式工资明细 json',
  `status` int NOT NULL DEFAULT 0 COMMENT '状态 0 未生效 1 已生效 2 已取消',
  `employee_status` int NULL DEFAULT NULL,
  `before_total` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '0' COMMENT '调整前总薪资',
  `after_total` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '0' COMMENT '调整后总薪资',
  `remarks` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '' COMMENT '备注',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `create_user_id` bigint NOT NULL,
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `wk_hrm_salary_change_record_employee_id_index`(`employee_id` ASC) USING BTREE,
  INDEX `wk_hrm_salary_change_record_status_index`(`status` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '定薪调薪记录表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_config`  (
  `config_id` bigint NOT NULL,
  `salary_cycle_start_day` int NULL DEFAULT NULL COMMENT '计薪周期开始日',
  `salary_cycle_end_day` int NULL DEFAULT NULL COMMENT '计薪周期结束日',
  `pay_type` int NULL DEFAULT NULL COMMENT '发薪日期类型 1 当月 2 次月',
  `pay_day` int NULL DEFAULT NULL COMMENT '发薪日期',
  `social_security_month_type` int NULL DEFAULT NULL COMMENT '对应社保自然月 0上月 1当月 2次月',
  `salary_start_month` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '薪酬起始月份（例2020.05）',
  `social_security_start_month` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '社保开始月（例2020.05）',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`config_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '薪资初始配置' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_group`  (
  `group_id` bigint NOT NULL COMMENT '薪资组id',
  `group_name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '薪资组名称',
  `dept_ids` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '部门范围',
  `employee_ids` varchar(1024) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '员工范围',
  `salary_standard` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT '21.75' COMMENT '月计薪标准',
  `change_rule` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT '按转正/调薪前后的工资混合计算' COMMENT '转正、调薪月规则',
  `rule_id` bigint NULL DEFAULT NULL COMMENT '计税规则id',
  `create_user_id` bigint NOT NULL COMMENT '创建人id',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`group_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '薪资组' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_month_emp_record`  (
  `s_emp_record_id` bigint NOT NULL,
  `s_record_id` bigint NULL DEFAULT NULL COMMENT '每月生成薪资id',
  `employee_id` bigint NULL DEFAULT NULL COMMENT '员工id',
  `actual_work_day` decimal(10, 2) NULL DEFAULT NULL COMMENT '实际计薪时长',
  `need_work_day` decimal(10, 2) NULL DEFAULT NULL COMMENT '月计薪时长',
  `year` int NULL DEFAULT NULL COMMENT '年',
  `month` int NULL DEFAULT NULL COMMENT '月',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  PRIMARY KEY (`s_emp_record_id`) USING BTREE,
  INDEX `wk_hrm_salary_month_emp_record_employee_id_index`(`employee_id` ASC) USING BTREE,
  INDEX `wk_hrm_salary_month_emp_record_s_record_id_index`(`s_record_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '员工每月薪资记录' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_month_option_value`  (
  `id` bigint NOT NULL,
  `s_emp_record_id` bigint NULL DEFAULT NULL COMMENT '每月员工薪资记录id',
  `code` int NULL DEFAULT NULL,
  `value` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL,
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `wk_hrm_salary_month_option_value_s_emp_record_id_code_index`(`s_emp_record_id` ASC, `code` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '每月员工薪资项表' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_month_record`  (
  `s_record_id` bigint NOT NULL,
  `title` varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '报表标题',
  `year` int NULL DEFAULT NULL COMMENT '年',
  `month` int NULL DEFAULT NULL COMMENT '月',
  `num` int NULL DEFAULT NULL COMMENT '计薪人数',
  `start_time` date NULL DEFAULT NULL COMMENT '计薪开始日期',
  `end_time` date NULL DEFAULT NULL COMMENT '计薪结束日期',
  `personal_insurance_amount` decimal(18, 2) NULL DEFAULT NULL COMMENT '个人社保金额',
  `personal_provident_fund_amount` decimal(18, 2) NULL DEFAULT NULL COMMENT '个人公积金金额',
  `corporate_insurance_amount` decimal(18, 2) NULL DEFAULT NULL COMMENT '公司社保金额',
  `corporate_provident_fund_amount` decimal(18, 2) NULL DEFAULT NULL COMMENT '公司社保金额',
  `expected_pay_salary` decimal(18, 2) NULL DEFAULT NULL COMMENT '预应发工资',
  `personal_tax` decimal(18, 2) NULL DEFAULT NULL COMMENT '个人所得税',
  `real_pay_salary` decimal(18, 2) NULL DEFAULT NULL COMMENT '预计实发工资',
  `option_head` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT '薪资项表头',
  `examine_record_id` bigint NULL DEFAULT NULL COMMENT '审核记录id',
  `check_status` int NULL DEFAULT 5 COMMENT '状态  0待审核、1通过、2拒绝、3审核中 4:撤回 5 未提交  10 历史薪资 11核算完成',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`s_record_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '每月薪资记录' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_option`  (
  `option_id` bigint NOT NULL,
  `code` int NULL DEFAULT NULL,
  `parent_code` int NULL DEFAULT NULL,
  `name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '名称',
  `remarks` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT NULL COMMENT '备注',
  `is_fixed` int NULL DEFAULT NULL COMMENT '是否固定 0 否 1 是',
  `is_plus` int NULL DEFAULT NULL COMMENT '是否加项 0 减 1 加',
  `is_tax` int NULL DEFAULT NULL COMMENT '是否计税 0 否 1 是',
  `is_show` int NULL DEFAULT NULL COMMENT '是否展示 0 否 1 是',
  `is_compute` int NULL DEFAULT NULL COMMENT '是否参与薪资计算 0 否 1 是',
  `is_open` int NULL DEFAULT NULL,
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`option_id`) USING BTREE,
  INDEX `wk_hrm_salary_option_code_parent_code_index`(`code` ASC, `parent_code` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '系统薪资项' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_slip`  (
  `id` bigint NOT NULL,
  `record_id` bigint NOT NULL COMMENT '工资条发放记录id',
  `s_emp_record_id` bigint NOT NULL,
  `employee_id` bigint NOT NULL COMMENT '员工id',
  `year` int NULL DEFAULT NULL,
  `month` int NULL DEFAULT NULL,
  `read_status` int NOT NULL DEFAULT 0 COMMENT '查看状态 0 未读 1 已读',
  `real_salary` decimal(10, 2) NOT NULL COMMENT '实发工资',
  `remarks` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '' COMMENT '备注',
  `create_user_id` bigint NOT NULL COMMENT '创建人id',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '发放时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `wk_hrm_salary_slip_read_status_index`(`read_status` ASC) USING BTREE,
  INDEX `wk_hrm_salary_slip_record_id_index`(`record_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '工资条' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_slip_option`  (
  `id` bigint NOT NULL,
  `slip_id` bigint NOT NULL COMMENT '工资条id',
  `name` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '薪资项名称',
  `type` int NOT NULL COMMENT '选项类型 1 分类 2 薪资项',
  `code` int NOT NULL DEFAULT 0 COMMENT '薪资项code',
  `value` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT '' COMMENT '薪资项value',
  `remark` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL DEFAULT '' COMMENT '备注',
  `pid` bigint NOT NULL DEFAULT 0 COMMENT '父级分类id',
  `sort` int NOT NULL DEFAULT 0 COMMENT '排序',
  `create_user_id` bigint NOT NULL COMMENT '创建人id',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `wk_hrm_salary_slip_option_slip_id_index`(`slip_id` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '工资条工资项' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_slip_record`  (
  `id` bigint NOT NULL,
  `s_record_id` bigint NOT NULL COMMENT '每月薪资记录id',
  `salary_num` int NOT NULL COMMENT '薪资表总人数',
  `pay_num` int NOT NULL COMMENT '发放人数',
  `year` int NOT NULL,
  `month` int NOT NULL,
  `create_user_id` bigint NOT NULL COMMENT '创建人id',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `wk_hrm_salary_slip_record_year_month_index`(`year` ASC, `month` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '发工资条记录' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_salary_tax_rule`  (
  `rule_id` bigint NOT NULL,
  `rule_name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT '规则名称',
  `tax_type` int NULL DEFAULT NULL COMMENT '个税类型 1 工资薪金所得税 2 劳务报酬所得税 3 不计税',
  `is_tax` int NULL DEFAULT NULL COMMENT '是否计税 0 否 1 是',
  `marking_point` int NULL DEFAULT NULL COMMENT '起征点',
  `decimal_point` int NULL DEFAULT NULL COMMENT '个税结果(保留小数点)',
  `cycle_type` int NULL DEFAULT NULL COMMENT '计税周期类型 1 上年12月到今年11月（对应的工资发放方式为次月发上月工资） 2 今年1月到12月（对应的工资发放方式为当月发当月工资）',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`rule_id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '计税规则' ROW_FORMAT = DYNAMIC;

CREATE TABLE `wk_hrm_user_attendance`  (
  `id` bigint NOT NULL,
  `user_id` bigint NOT NULL COMMENT '用户id',
  `attendance_id` bigint NOT NULL COMMENT '考勤组id',
  `create_user_id` bigint NULL DEFAULT NULL COMMENT '创建人id',
  `create_time` datetime NULL DEFAULT NULL COMMENT '创建时间',
  `update_user_id` bigint NULL DEFAULT NULL COMMENT '更新人id',
  `update_time` datetime NULL DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = '用户和考勤组关联表' ROW_FORMAT = DYNAMIC;
