-- ruoyi-vue-pro ("yudao", 芋道), CRM module: github.com/YunaiV/ruoyi-vue-pro, branch master, commit
-- e4e460d563a3b6f0b5255f9b061b258128ffd822 (MIT). The five system_* tables are copied from upstream's
-- sql/mysql/ruoyi-vue-pro.sql (AUTO_INCREMENT counters removed). The 21 crm_* tables are not in that file (the CRM SQL
-- is distributed apart from the repository); they are written from the MyBatis-Plus data objects
-- yudao-module-crm/src/main/java/cn/iocoder/yudao/module/crm/dal/dataobject/**/Crm*DO.java: table name from @TableName,
-- columns in field order with MyBatis-Plus's camelCase -> snake_case mapping, comments from the fields' Javadoc, then
-- BaseDO's creator/create_time/updater/update_time/deleted and the tenant plugin's tenant_id, in the layout of
-- upstream's system_* tables. Java types mapped: Long bigint, Integer int, String and List<Long> (LongListTypeHandler)
-- varchar(255), Boolean bit(1), LocalDateTime datetime, BigDecimal decimal(24,6).

CREATE TABLE `system_dept`  (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '部门id',
  `name` varchar(30) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '' COMMENT '部门名称',
  `parent_id` bigint NOT NULL DEFAULT 0 COMMENT '父部门id',
  `sort` int NOT NULL DEFAULT 0 COMMENT '显示顺序',
  `leader_user_id` bigint NULL DEFAULT NULL COMMENT '负责人',
  `phone` varchar(11) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT NULL COMMENT '联系电话',
  `email` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT NULL COMMENT '邮箱',
  `status` tinyint NOT NULL COMMENT '部门状态（0正常 1停用）',
  `creator` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB  CHARACTER SET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '部门表';

CREATE TABLE `system_post`  (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '岗位ID',
  `code` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '岗位编码',
  `name` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '岗位名称',
  `sort` int NOT NULL COMMENT '显示顺序',
  `status` tinyint NOT NULL COMMENT '状态（0正常 1停用）',
  `remark` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT NULL COMMENT '备注',
  `creator` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB  CHARACTER SET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '岗位信息表';

CREATE TABLE `system_users`  (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '用户ID',
  `username` varchar(30) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '用户账号',
  `password` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '' COMMENT '密码',
  `nickname` varchar(30) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '用户昵称',
  `remark` varchar(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT NULL COMMENT '备注',
  `dept_id` bigint NULL DEFAULT NULL COMMENT '部门ID',
  `post_ids` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT NULL COMMENT '岗位编号数组',
  `email` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '用户邮箱',
  `mobile` varchar(11) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '手机号码',
  `sex` tinyint NULL DEFAULT 0 COMMENT '用户性别',
  `avatar` varchar(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '头像地址',
  `status` tinyint NOT NULL DEFAULT 0 COMMENT '帐号状态（0正常 1停用）',
  `login_ip` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '最后登录IP',
  `login_date` datetime NULL DEFAULT NULL COMMENT '最后登录时间',
  `creator` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `idx_username`(`username` ASC) USING BTREE,
  INDEX `idx_mobile`(`mobile` ASC) USING BTREE,
  INDEX `idx_email`(`email` ASC) USING BTREE,
  INDEX `idx_dept_id`(`dept_id` ASC) USING BTREE
) ENGINE = InnoDB  CHARACTER SET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '用户信息表';

CREATE TABLE `system_user_post`  (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT 'id',
  `user_id` bigint NOT NULL DEFAULT 0 COMMENT '用户ID',
  `post_id` bigint NOT NULL DEFAULT 0 COMMENT '岗位ID',
  `creator` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB  CHARACTER SET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '用户岗位表';

CREATE TABLE `system_login_log`  (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '访问ID',
  `log_type` bigint NOT NULL COMMENT '日志类型',
  `trace_id` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '' COMMENT '链路追踪编号',
  `user_id` bigint NOT NULL DEFAULT 0 COMMENT '用户编号',
  `user_type` tinyint NOT NULL DEFAULT 0 COMMENT '用户类型',
  `username` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '' COMMENT '用户账号',
  `result` tinyint NOT NULL COMMENT '登陆结果',
  `user_ip` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '用户 IP',
  `user_agent` varchar(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '浏览器 UA',
  `creator` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`) USING BTREE,
  INDEX `idx_username`(`username` ASC) USING BTREE,
  INDEX `idx_create_time`(`create_time` ASC) USING BTREE
) ENGINE = InnoDB  CHARACTER SET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '系统访问记录';

CREATE TABLE `crm_business` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号',
  `name` varchar(255) NULL DEFAULT NULL COMMENT '商机名称',
  `customer_id` bigint NULL DEFAULT NULL COMMENT '客户编号',
  `follow_up_status` bit(1) NULL DEFAULT NULL COMMENT '跟进状态',
  `contact_last_time` datetime NULL DEFAULT NULL COMMENT '最后跟进时间',
  `contact_next_time` datetime NULL DEFAULT NULL COMMENT '下次联系时间',
  `owner_user_id` bigint NULL DEFAULT NULL COMMENT '负责人的用户编号',
  `status_type_id` bigint NULL DEFAULT NULL COMMENT '商机状态组编号',
  `status_id` bigint NULL DEFAULT NULL COMMENT '商机状态编号',
  `end_status` int NULL DEFAULT NULL COMMENT '结束状态',
  `end_remark` varchar(255) NULL DEFAULT NULL COMMENT '结束时的备注',
  `deal_time` datetime NULL DEFAULT NULL COMMENT '预计成交日期',
  `total_product_price` decimal(24,6) NULL DEFAULT NULL COMMENT '产品总金额，单位：元',
  `discount_percent` decimal(24,6) NULL DEFAULT NULL COMMENT '整单折扣，百分比',
  `total_price` decimal(24,6) NULL DEFAULT NULL COMMENT '商机总金额，单位：元',
  `remark` varchar(255) NULL DEFAULT NULL COMMENT '备注',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 商机 DO';

CREATE TABLE `crm_business_product` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `business_id` bigint NULL DEFAULT NULL COMMENT '商机编号',
  `product_id` bigint NULL DEFAULT NULL COMMENT '产品编号',
  `product_price` decimal(24,6) NULL DEFAULT NULL COMMENT '产品单价，单位：元',
  `business_price` decimal(24,6) NULL DEFAULT NULL COMMENT '商机价格, 单位：元',
  `count` decimal(24,6) NULL DEFAULT NULL COMMENT '数量',
  `total_price` decimal(24,6) NULL DEFAULT NULL COMMENT '总计价格，单位：元',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 商机产品关联表 DO';

CREATE TABLE `crm_business_status` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `type_id` bigint NULL DEFAULT NULL COMMENT '状态类型编号',
  `name` varchar(255) NULL DEFAULT NULL COMMENT '状态名',
  `percent` int NULL DEFAULT NULL COMMENT '赢单率，百分比',
  `sort` int NULL DEFAULT NULL COMMENT '排序',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 商机状态 DO';

CREATE TABLE `crm_business_status_type` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `name` varchar(255) NULL DEFAULT NULL COMMENT '状态类型名',
  `dept_ids` varchar(255) NULL DEFAULT NULL COMMENT '使用的部门编号',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 商机状态组 DO';

CREATE TABLE `crm_clue` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号，主键自增',
  `name` varchar(255) NULL DEFAULT NULL COMMENT '线索名称',
  `follow_up_status` bit(1) NULL DEFAULT NULL COMMENT '跟进状态',
  `contact_last_time` datetime NULL DEFAULT NULL COMMENT '最后跟进时间',
  `contact_last_content` varchar(255) NULL DEFAULT NULL COMMENT '最后跟进内容',
  `contact_next_time` datetime NULL DEFAULT NULL COMMENT '下次联系时间',
  `owner_user_id` bigint NULL DEFAULT NULL COMMENT '负责人的用户编号',
  `transform_status` bit(1) NULL DEFAULT NULL COMMENT '转化状态',
  `customer_id` bigint NULL DEFAULT NULL COMMENT '客户编号',
  `mobile` varchar(255) NULL DEFAULT NULL COMMENT '手机号',
  `telephone` varchar(255) NULL DEFAULT NULL COMMENT '电话',
  `qq` varchar(255) NULL DEFAULT NULL COMMENT 'QQ',
  `wechat` varchar(255) NULL DEFAULT NULL COMMENT 'wechat',
  `email` varchar(255) NULL DEFAULT NULL COMMENT 'email',
  `area_id` int NULL DEFAULT NULL COMMENT '所在地',
  `detail_address` varchar(255) NULL DEFAULT NULL COMMENT '详细地址',
  `industry_id` int NULL DEFAULT NULL COMMENT '所属行业',
  `level` int NULL DEFAULT NULL COMMENT '客户等级',
  `source` int NULL DEFAULT NULL COMMENT '客户来源',
  `remark` varchar(255) NULL DEFAULT NULL COMMENT '备注',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 线索 DO';

CREATE TABLE `crm_contact_business` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `contact_id` bigint NULL DEFAULT NULL COMMENT '联系人编号',
  `business_id` bigint NULL DEFAULT NULL COMMENT '商机编号',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 联系人与商机的关联 DO';

CREATE TABLE `crm_contact` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `name` varchar(255) NULL DEFAULT NULL COMMENT '联系人姓名',
  `customer_id` bigint NULL DEFAULT NULL COMMENT '客户编号',
  `contact_last_time` datetime NULL DEFAULT NULL COMMENT '最后跟进时间',
  `contact_last_content` varchar(255) NULL DEFAULT NULL COMMENT '最后跟进内容',
  `contact_next_time` datetime NULL DEFAULT NULL COMMENT '下次联系时间',
  `owner_user_id` bigint NULL DEFAULT NULL COMMENT '负责人用户编号',
  `mobile` varchar(255) NULL DEFAULT NULL COMMENT '手机号',
  `telephone` varchar(255) NULL DEFAULT NULL COMMENT '电话',
  `email` varchar(255) NULL DEFAULT NULL COMMENT '电子邮箱',
  `qq` bigint NULL DEFAULT NULL COMMENT 'QQ',
  `wechat` varchar(255) NULL DEFAULT NULL COMMENT '微信',
  `area_id` int NULL DEFAULT NULL COMMENT '所在地',
  `detail_address` varchar(255) NULL DEFAULT NULL COMMENT '详细地址',
  `sex` int NULL DEFAULT NULL COMMENT '性别',
  `master` bit(1) NULL DEFAULT NULL COMMENT '是否关键决策人',
  `post` varchar(255) NULL DEFAULT NULL COMMENT '职位',
  `parent_id` bigint NULL DEFAULT NULL COMMENT '直属上级',
  `remark` varchar(255) NULL DEFAULT NULL COMMENT '备注',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 联系人 DO';

CREATE TABLE `crm_contract_config` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号',
  `notify_enabled` bit(1) NULL DEFAULT NULL COMMENT '是否开启提前提醒',
  `notify_days` int NULL DEFAULT NULL COMMENT '提前提醒天数',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='编号';

CREATE TABLE `crm_contract` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '合同编号',
  `name` varchar(255) NULL DEFAULT NULL COMMENT '合同名称',
  `no` varchar(255) NULL DEFAULT NULL COMMENT '合同编号',
  `customer_id` bigint NULL DEFAULT NULL COMMENT '客户编号',
  `business_id` bigint NULL DEFAULT NULL COMMENT '商机编号，非必须',
  `contact_last_time` datetime NULL DEFAULT NULL COMMENT '最后跟进时间',
  `owner_user_id` bigint NULL DEFAULT NULL COMMENT '负责人的用户编号',
  `process_instance_id` varchar(255) NULL DEFAULT NULL COMMENT '工作流编号',
  `audit_status` int NULL DEFAULT NULL COMMENT '审批状态',
  `order_date` datetime NULL DEFAULT NULL COMMENT '下单日期',
  `start_time` datetime NULL DEFAULT NULL COMMENT '开始时间',
  `end_time` datetime NULL DEFAULT NULL COMMENT '结束时间',
  `total_product_price` decimal(24,6) NULL DEFAULT NULL COMMENT '产品总金额，单位：元',
  `discount_percent` decimal(24,6) NULL DEFAULT NULL COMMENT '整单折扣',
  `total_price` decimal(24,6) NULL DEFAULT NULL COMMENT '合同总金额，单位：分',
  `sign_contact_id` bigint NULL DEFAULT NULL COMMENT '客户签约人，非必须',
  `sign_user_id` bigint NULL DEFAULT NULL COMMENT '公司签约人，非必须',
  `remark` varchar(255) NULL DEFAULT NULL COMMENT '备注',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 合同 DO';

CREATE TABLE `crm_contract_product` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `contract_id` bigint NULL DEFAULT NULL COMMENT '合同编号',
  `product_id` bigint NULL DEFAULT NULL COMMENT '产品编号',
  `product_price` decimal(24,6) NULL DEFAULT NULL COMMENT '产品单价，单位：元',
  `contract_price` decimal(24,6) NULL DEFAULT NULL COMMENT '合同价格, 单位：元',
  `count` decimal(24,6) NULL DEFAULT NULL COMMENT '数量',
  `total_price` decimal(24,6) NULL DEFAULT NULL COMMENT '总计价格，单位：元',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 合同产品关联表 DO';

CREATE TABLE `crm_customer` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号',
  `name` varchar(255) NULL DEFAULT NULL COMMENT '客户名称',
  `follow_up_status` bit(1) NULL DEFAULT NULL COMMENT '跟进状态',
  `contact_last_time` datetime NULL DEFAULT NULL COMMENT '最后跟进时间',
  `contact_last_content` varchar(255) NULL DEFAULT NULL COMMENT '最后跟进内容',
  `contact_next_time` datetime NULL DEFAULT NULL COMMENT '下次联系时间',
  `owner_user_id` bigint NULL DEFAULT NULL COMMENT '负责人的用户编号',
  `owner_time` datetime NULL DEFAULT NULL COMMENT '成为负责人的时间',
  `lock_status` bit(1) NULL DEFAULT NULL COMMENT '锁定状态',
  `deal_status` bit(1) NULL DEFAULT NULL COMMENT '成交状态',
  `mobile` varchar(255) NULL DEFAULT NULL COMMENT '手机',
  `telephone` varchar(255) NULL DEFAULT NULL COMMENT '电话',
  `qq` varchar(255) NULL DEFAULT NULL COMMENT 'QQ',
  `wechat` varchar(255) NULL DEFAULT NULL COMMENT 'wechat',
  `email` varchar(255) NULL DEFAULT NULL COMMENT 'email',
  `area_id` int NULL DEFAULT NULL COMMENT '所在地',
  `detail_address` varchar(255) NULL DEFAULT NULL COMMENT '详细地址',
  `industry_id` int NULL DEFAULT NULL COMMENT '所属行业',
  `level` int NULL DEFAULT NULL COMMENT '客户等级',
  `source` int NULL DEFAULT NULL COMMENT '客户来源',
  `remark` varchar(255) NULL DEFAULT NULL COMMENT '备注',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 客户 DO';

CREATE TABLE `crm_customer_limit_config` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号',
  `type` int NULL DEFAULT NULL COMMENT '规则类型',
  `user_ids` varchar(255) NULL DEFAULT NULL COMMENT '规则适用人群',
  `dept_ids` varchar(255) NULL DEFAULT NULL COMMENT '规则适用部门',
  `max_count` int NULL DEFAULT NULL COMMENT '数量上限',
  `deal_count_enabled` bit(1) NULL DEFAULT NULL COMMENT '成交客户是否占有拥有客户数',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='客户限制配置 DO';

CREATE TABLE `crm_customer_pool_config` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号',
  `enabled` bit(1) NULL DEFAULT NULL COMMENT '是否启用客户公海',
  `contact_expire_days` int NULL DEFAULT NULL COMMENT '未跟进放入公海天数',
  `deal_expire_days` int NULL DEFAULT NULL COMMENT '未成交放入公海天数',
  `notify_enabled` bit(1) NULL DEFAULT NULL COMMENT '是否开启提前提醒',
  `notify_days` int NULL DEFAULT NULL COMMENT '提前提醒天数',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='客户公海配置 DO';

CREATE TABLE `crm_follow_up_record` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号',
  `biz_type` int NULL DEFAULT NULL COMMENT '数据类型',
  `biz_id` bigint NULL DEFAULT NULL COMMENT '数据编号',
  `type` int NULL DEFAULT NULL COMMENT '跟进类型',
  `content` varchar(255) NULL DEFAULT NULL COMMENT '跟进内容',
  `next_time` datetime NULL DEFAULT NULL COMMENT '下次联系时间',
  `pic_urls` varchar(255) NULL DEFAULT NULL COMMENT '图片',
  `file_urls` varchar(255) NULL DEFAULT NULL COMMENT '附件',
  `business_ids` varchar(255) NULL DEFAULT NULL COMMENT '关联的商机编号数组',
  `contact_ids` varchar(255) NULL DEFAULT NULL COMMENT '关联的联系人编号数组',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='跟进记录 DO';

CREATE TABLE `crm_owner_record` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号',
  `biz_type` int NULL DEFAULT NULL COMMENT 'CRM 业务类型',
  `biz_id` bigint NULL DEFAULT NULL COMMENT 'CRM 业务编号',
  `pre_owner_user_id` bigint NULL DEFAULT NULL COMMENT '变更前负责人',
  `post_owner_user_id` bigint NULL DEFAULT NULL COMMENT '变更后负责人',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 负责人变更记录 DO';

CREATE TABLE `crm_performance_config` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号',
  `biz_type` int NULL DEFAULT NULL COMMENT '目标类型',
  `object_id` bigint NULL DEFAULT NULL COMMENT '目标对象编号',
  `object_type` int NULL DEFAULT NULL COMMENT '目标对象类型',
  `year` int NULL DEFAULT NULL COMMENT '年份',
  `year_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '年度目标金额',
  `january_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '一月目标金额',
  `february_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '二月目标金额',
  `march_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '三月目标金额',
  `april_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '四月目标金额',
  `may_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '五月目标金额',
  `june_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '六月目标金额',
  `july_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '七月目标金额',
  `august_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '八月目标金额',
  `september_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '九月目标金额',
  `october_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '十月目标金额',
  `november_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '十一月目标金额',
  `december_target_price` decimal(24,6) NULL DEFAULT NULL COMMENT '十二月目标金额',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 业绩目标 DO';

CREATE TABLE `crm_permission` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号，主键自增',
  `biz_type` int NULL DEFAULT NULL COMMENT '数据类型',
  `biz_id` bigint NULL DEFAULT NULL COMMENT '数据编号',
  `user_id` bigint NULL DEFAULT NULL COMMENT '用户编号',
  `level` int NULL DEFAULT NULL COMMENT '权限级别',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 数据权限 DO';

CREATE TABLE `crm_product_category` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '分类编号',
  `name` varchar(255) NULL DEFAULT NULL COMMENT '分类名称',
  `parent_id` bigint NULL DEFAULT NULL COMMENT '父级编号',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='产品分类 DO';

CREATE TABLE `crm_product` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号',
  `name` varchar(255) NULL DEFAULT NULL COMMENT '产品名称',
  `no` varchar(255) NULL DEFAULT NULL COMMENT '产品编码',
  `unit` int NULL DEFAULT NULL COMMENT '单位',
  `price` decimal(24,6) NULL DEFAULT NULL COMMENT '价格，单位：元',
  `status` int NULL DEFAULT NULL COMMENT '状态',
  `category_id` bigint NULL DEFAULT NULL COMMENT '产品分类 ID',
  `description` varchar(255) NULL DEFAULT NULL COMMENT '产品描述',
  `owner_user_id` bigint NULL DEFAULT NULL COMMENT '负责人的用户编号',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 产品 DO';

CREATE TABLE `crm_receivable` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `no` varchar(255) NULL DEFAULT NULL COMMENT '回款编号',
  `plan_id` bigint NULL DEFAULT NULL COMMENT '回款计划编号',
  `customer_id` bigint NULL DEFAULT NULL COMMENT '客户编号',
  `contract_id` bigint NULL DEFAULT NULL COMMENT '合同编号',
  `owner_user_id` bigint NULL DEFAULT NULL COMMENT '负责人编号，关联 {@link AdminUserRespDTO#getId()}',
  `return_time` datetime NULL DEFAULT NULL COMMENT '回款日期',
  `return_type` int NULL DEFAULT NULL COMMENT '回款方式',
  `price` decimal(24,6) NULL DEFAULT NULL COMMENT '计划回款金额，单位：元',
  `remark` varchar(255) NULL DEFAULT NULL COMMENT '备注',
  `process_instance_id` varchar(255) NULL DEFAULT NULL COMMENT '工作流编号',
  `audit_status` int NULL DEFAULT NULL COMMENT '审批状态',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='回款 DO';

CREATE TABLE `crm_receivable_plan` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号',
  `period` int NULL DEFAULT NULL COMMENT '期数',
  `customer_id` bigint NULL DEFAULT NULL COMMENT '客户编号',
  `contract_id` bigint NULL DEFAULT NULL COMMENT '合同编号',
  `owner_user_id` bigint NULL DEFAULT NULL COMMENT '负责人编号',
  `return_time` datetime NULL DEFAULT NULL COMMENT '计划回款日期',
  `return_type` int NULL DEFAULT NULL COMMENT '计划回款类型',
  `price` decimal(24,6) NULL DEFAULT NULL COMMENT '计划回款金额，单位：元',
  `receivable_id` bigint NULL DEFAULT NULL COMMENT '回款编号，关联 {@link CrmReceivableDO#getId()}',
  `remind_days` int NULL DEFAULT NULL COMMENT '提前几天提醒',
  `remind_time` datetime NULL DEFAULT NULL COMMENT '提醒日期',
  `remark` varchar(255) NULL DEFAULT NULL COMMENT '备注',
  `creator` varchar(64) NULL DEFAULT '' COMMENT '创建者',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updater` varchar(64) NULL DEFAULT '' COMMENT '更新者',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='CRM 回款计划 DO';
