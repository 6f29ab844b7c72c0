-- HC 小区管理系统 / MicroCommunity (java110) — residential-community property management (owners and their
-- households, rooms and buildings, property fees and receipts, repairs and complaints, parking and access
-- control, visitors, amenity booking, rental listings)
-- Upstream: github.com/java110/MicroCommunity, docs/db/TT.sql (Navicat MySQL dump of the project's database,
-- 2025-04-07), commit 45102fc13900aad6d117b00a4feeeafe9c3f5fee (Apache-2.0).
-- 67 of the dump's 664 tables, copied statement by statement in the dump's order with their columns, Chinese
-- column comments, keys and indexes as upstream (upstream declares no foreign keys; several tables have only
-- unique keys or no key at all). Only the AUTO_INCREMENT=n counters of the dump were removed.

CREATE TABLE `access_control_white` (
  `acw_id` varchar(30) NOT NULL COMMENT '白名单ID',
  `machine_id` varchar(30) NOT NULL COMMENT '设备ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `person_id` varchar(30) NOT NULL COMMENT '用户ID',
  `person_name` varchar(64) NOT NULL COMMENT '用户名称',
  `tel` varchar(11) NOT NULL COMMENT '手机号',
  `id_card` varchar(64) DEFAULT NULL COMMENT '身份证号',
  `person_type` varchar(12) NOT NULL DEFAULT '4004' COMMENT '人员类别 1001 员工 , 2002 外卖人员, 3003 快递人员，4004 其他人员',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `access_control_key` varchar(64) DEFAULT NULL COMMENT '门禁钥匙',
  `third_id` varchar(64) DEFAULT NULL COMMENT '三方ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  PRIMARY KEY (`acw_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `account` (
  `acct_id` varchar(30) NOT NULL COMMENT '账户ID',
  `acct_name` varchar(128) NOT NULL COMMENT '账户名称',
  `acct_type` varchar(12) NOT NULL COMMENT '账户类型，2003 通用账户 2004 物业费扣款账户 2005 水电费扣款账户',
  `amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '金额',
  `obj_type` varchar(12) NOT NULL COMMENT '对象类型，6006 个人 7007 商户',
  `obj_id` varchar(30) NOT NULL COMMENT '对象ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `part_id` varchar(30) DEFAULT NULL COMMENT '局部ID',
  `link` varchar(11) DEFAULT NULL COMMENT '账户手机号',
  `room_id` varchar(30) DEFAULT NULL COMMENT '房屋编号，acct_type 2004 和 2005 时必填',
  `room_name` varchar(30) DEFAULT NULL COMMENT '房屋名称，acct_type 2004 和 2005 时必填',
  PRIMARY KEY (`acct_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `account_detail` (
  `detail_id` varchar(30) NOT NULL COMMENT '明细ID',
  `acct_id` varchar(30) NOT NULL COMMENT '账户ID',
  `detail_type` varchar(128) NOT NULL COMMENT '类型，1001 转入 2002 转出',
  `rel_acct_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '关联账户',
  `amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '金额',
  `obj_type` varchar(12) NOT NULL COMMENT '对象类型，6006 个人 7007 商户',
  `obj_id` varchar(30) NOT NULL COMMENT '对象ID',
  `order_id` varchar(30) NOT NULL COMMENT '交易单号',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `remark` varchar(1024) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  PRIMARY KEY (`detail_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `attendance_log` (
  `log_id` varchar(64) NOT NULL COMMENT '员工考勤日志表',
  `staff_id` varchar(64) NOT NULL COMMENT '员工ID',
  `staff_name` varchar(128) NOT NULL COMMENT '员工名称',
  `department_id` varchar(30) DEFAULT NULL COMMENT '考勤部门',
  `department_name` varchar(128) DEFAULT NULL COMMENT '考勤部门',
  `clock_time` datetime NOT NULL COMMENT '设备考勤时间',
  `store_id` varchar(30) NOT NULL COMMENT '商户ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `face_path` varchar(200) DEFAULT NULL COMMENT '打卡抓拍人脸',
  `remark` varchar(1024) DEFAULT NULL COMMENT '说明',
  PRIMARY KEY (`log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `building_owner` (
  `member_id` varchar(30) NOT NULL COMMENT '业主成员ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `name` varchar(64) NOT NULL COMMENT '业主名称',
  `sex` varchar(12) NOT NULL COMMENT '性别',
  `age` varchar(12) DEFAULT NULL COMMENT '年龄',
  `link` varchar(11) NOT NULL COMMENT '联系人手机号',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `owner_type_cd` varchar(4) NOT NULL DEFAULT '1001' COMMENT '1001 业主本人 1002 家庭成员',
  `community_id` varchar(30) DEFAULT NULL COMMENT '小区ID',
  `id_card` varchar(64) DEFAULT NULL COMMENT '证件号，个人时为身份证 公司时为 统一社会信用代码',
  `state` varchar(12) NOT NULL DEFAULT '2000' COMMENT '业主 成员状态 1000 表示待审核，2000 审核完成  3000 拒绝审核 ',
  `owner_flag` varchar(12) NOT NULL DEFAULT 'T' COMMENT '业主标识 T是真实业主 F 是虚拟业主',
  `address` varchar(255) DEFAULT NULL COMMENT '家庭住址',
  `person_type` varchar(12) NOT NULL DEFAULT 'P' COMMENT '人员类型 P 个人 C 公司',
  `person_role` varchar(12) NOT NULL DEFAULT '1' COMMENT '人员角色 1 业主 2 租客 3 家庭成员 4 公司员工 99 其他',
  `concact_person` varchar(64) DEFAULT NULL COMMENT '联系人,人员类型为公司时有用',
  `concact_link` varchar(11) DEFAULT NULL COMMENT '联系人电话',
  `face_url` varchar(512) DEFAULT NULL COMMENT '人脸地址',
  UNIQUE KEY `member_id` (`member_id`) USING BTREE,
  UNIQUE KEY `idx_owner_id` (`member_id`) USING BTREE,
  KEY `idx_owner_b_id` (`b_id`) USING BTREE,
  KEY `i_bo_owner_id` (`owner_id`) USING BTREE,
  KEY `i_bo_owner_type_cd` (`owner_type_cd`),
  KEY `i_bo_community_id` (`community_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `building_owner_attr` (
  `b_id` varchar(30) NOT NULL COMMENT '订单ID',
  `attr_id` varchar(30) NOT NULL COMMENT '属性id',
  `member_id` varchar(30) NOT NULL COMMENT '业主ID',
  `spec_cd` varchar(64) NOT NULL COMMENT '规格ID',
  `value` varchar(50) NOT NULL COMMENT '属性值',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID 分片ID',
  UNIQUE KEY `attr_id` (`attr_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `building_owner_room_rel` (
  `rel_id` varchar(30) NOT NULL COMMENT '关系ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `room_id` varchar(30) NOT NULL COMMENT '房间ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `state` varchar(4) NOT NULL COMMENT '业务状态 2001 业主未迁入 2002 业主迁入 2003 业主迁出',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `start_time` datetime NOT NULL COMMENT '起租时间',
  `end_time` datetime NOT NULL COMMENT '起租时间',
  UNIQUE KEY `rel_id` (`rel_id`) USING BTREE,
  UNIQUE KEY `idx_borr_rel_id` (`rel_id`) USING BTREE,
  UNIQUE KEY `idx_orr_rel_id` (`rel_id`) USING BTREE,
  KEY `idx_borr_b_id` (`b_id`) USING BTREE,
  KEY `idx_orr_b_id` (`b_id`) USING BTREE,
  KEY `i_borr_owner_id` (`owner_id`) USING BTREE,
  KEY `i_borr_room_id` (`room_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `building_room` (
  `room_id` varchar(30) NOT NULL COMMENT '房屋ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `room_num` varchar(64) NOT NULL COMMENT '房屋编号',
  `unit_id` varchar(30) NOT NULL COMMENT '单元ID',
  `layer` varchar(12) NOT NULL COMMENT '层数',
  `section` int(11) DEFAULT NULL COMMENT '室',
  `apartment` varchar(20) NOT NULL COMMENT '户型',
  `built_up_area` decimal(12,2) NOT NULL COMMENT '建筑面积',
  `fee_coefficient` decimal(12,2) NOT NULL DEFAULT '1.00' COMMENT '算费系数',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `state` varchar(4) NOT NULL COMMENT '房屋状态，如房屋出售等，请查看state 表',
  `community_id` varchar(30) DEFAULT NULL COMMENT '小区ID',
  `room_type` varchar(12) NOT NULL DEFAULT '1010301' COMMENT '房屋类型',
  `room_sub_type` varchar(12) NOT NULL DEFAULT '110' COMMENT '房屋类型 110 住宅房屋，119 办公室 120 宿舍',
  `room_area` decimal(12,2) NOT NULL COMMENT '室内面积',
  `room_rent` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '租金',
  UNIQUE KEY `room_id` (`room_id`) USING BTREE,
  UNIQUE KEY `idx_room_id` (`room_id`) USING BTREE,
  KEY `idx_room_b_id` (`b_id`) USING BTREE,
  KEY `i_br_unit_id` (`unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `building_unit` (
  `unit_id` varchar(30) NOT NULL COMMENT '单元ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `unit_num` varchar(12) NOT NULL COMMENT '单元编号',
  `floor_id` varchar(30) NOT NULL COMMENT '楼ID',
  `layer_count` int(11) NOT NULL COMMENT '总层数',
  `lift` varchar(4) NOT NULL COMMENT '是否有电梯 1010有 2020 无',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `unit_area` decimal(10,2) NOT NULL COMMENT '单元面积',
  UNIQUE KEY `unit_id` (`unit_id`) USING BTREE,
  UNIQUE KEY `idx_unit_id` (`unit_id`) USING BTREE,
  UNIQUE KEY `unit_id_2` (`unit_id`),
  KEY `idx_unit_b_id` (`b_id`) USING BTREE,
  KEY `i_bu_floor_id` (`floor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `car_inout` (
  `inout_id` varchar(30) NOT NULL COMMENT '进出ID',
  `b_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '业务Id',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `car_num` varchar(12) NOT NULL COMMENT '车牌号',
  `state` varchar(12) NOT NULL COMMENT '状态，100300 进场状态 100400 支付完成 100500 离场状态 100600 支付超时重新支付',
  `in_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '进场时间',
  `out_time` timestamp NULL DEFAULT NULL COMMENT '离场时间',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `pa_id` varchar(30) NOT NULL DEFAULT '停车场ID',
  PRIMARY KEY (`inout_id`),
  KEY `ci_pa_id` (`pa_id`),
  KEY `ci_car_num` (`car_num`),
  KEY `ci_community_id` (`community_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `car_inout_detail` (
  `detail_id` varchar(30) NOT NULL COMMENT '详情ID',
  `inout_id` varchar(30) NOT NULL COMMENT '进出ID',
  `b_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '业务Id',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `machine_id` varchar(30) NOT NULL COMMENT '设备ID',
  `machine_code` varchar(30) NOT NULL COMMENT '设备编码',
  `car_inout` varchar(12) NOT NULL COMMENT '3306 进场 3307 出场',
  `car_num` varchar(12) NOT NULL COMMENT '车牌号',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `pa_id` varchar(30) NOT NULL DEFAULT '停车场ID',
  `remark` varchar(512) DEFAULT NULL COMMENT '备注',
  `state` varchar(12) NOT NULL COMMENT '出入状态 t_dict 表',
  `car_type` varchar(12) NOT NULL COMMENT '车辆类型，1001 月租车 1003 临时车',
  `car_type_name` varchar(128) NOT NULL COMMENT '类型名称',
  `photo_jpg` varchar(512) DEFAULT NULL COMMENT '开门图片',
  PRIMARY KEY (`detail_id`),
  KEY `cid_inout_id` (`inout_id`),
  KEY `cid_community_id` (`community_id`),
  KEY `cid_car_num` (`car_num`),
  KEY `cid_pa_id` (`pa_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `community_space` (
  `space_id` varchar(30) NOT NULL COMMENT '用户ID',
  `name` varchar(50) NOT NULL COMMENT '名称',
  `start_time` varchar(64) NOT NULL COMMENT '预约开始时间',
  `end_time` varchar(64) NOT NULL COMMENT '预约结束时间',
  `fee_money` decimal(10,2) NOT NULL COMMENT '每小时预约费用',
  `admin_name` varchar(64) DEFAULT NULL COMMENT '管理员',
  `tel` varchar(11) DEFAULT NULL COMMENT '管理员电话',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `state` varchar(12) NOT NULL DEFAULT '1001' COMMENT '状态 1001 可预约状态 2002 不可预约状态',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `venue_id` varchar(30) NOT NULL COMMENT '场馆ID',
  PRIMARY KEY (`space_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `community_space_person` (
  `csp_id` varchar(30) NOT NULL COMMENT '预约ID',
  `space_id` varchar(30) NOT NULL COMMENT '场地ID',
  `person_id` varchar(30) DEFAULT '-1' COMMENT '用户ID',
  `person_name` varchar(64) NOT NULL COMMENT '预约人',
  `person_tel` varchar(11) NOT NULL COMMENT '预约电话',
  `appointment_time` varchar(64) NOT NULL COMMENT '预约时间',
  `receivable_amount` decimal(10,2) NOT NULL COMMENT '应收金额',
  `received_amount` decimal(10,2) NOT NULL COMMENT '实收金额',
  `pay_way` varchar(12) NOT NULL COMMENT '支付方式 1 现金 2 微信 3 支付宝',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `state` varchar(12) NOT NULL DEFAULT '1001' COMMENT '状态 S 预约成功 F 预约失败 W 待审核 F 待支付',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `remark` varchar(512) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `order_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '订单编号',
  PRIMARY KEY (`csp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `community_space_person_time` (
  `time_id` varchar(30) NOT NULL COMMENT '预约时间ID',
  `space_id` varchar(30) NOT NULL COMMENT '场地ID',
  `csp_id` varchar(30) NOT NULL COMMENT '预约ID',
  `hours` int(11) NOT NULL COMMENT '小时',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `state` varchar(12) NOT NULL DEFAULT 'W' COMMENT 'W 待核销 C核销完成',
  PRIMARY KEY (`time_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `complaint` (
  `complaint_id` varchar(30) NOT NULL COMMENT '投诉ID',
  `complaint_name` varchar(30) NOT NULL COMMENT '投诉人',
  `type_cd` varchar(30) NOT NULL COMMENT '投诉类型，见t_dict表',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `store_id` varchar(30) NOT NULL COMMENT '物业公司ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `owner_name` varchar(64) NOT NULL COMMENT '业主名称',
  `room_id` varchar(30) NOT NULL COMMENT '房屋ID',
  `room_name` varchar(64) NOT NULL COMMENT '房间名称',
  `tel` varchar(11) NOT NULL COMMENT '投诉人联系方式',
  `context` longtext NOT NULL COMMENT '投诉内容',
  `state` varchar(12) NOT NULL COMMENT '投诉处理状态，见 t_dict表',
  `start_user_id` varchar(30) DEFAULT NULL COMMENT '投诉人ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考t_dict表，0, 在用 1失效'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `complaint_appraise` (
  `appraise_id` varchar(30) NOT NULL COMMENT '评价ID',
  `complaint_id` varchar(30) NOT NULL COMMENT '对象ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `score` int(11) NOT NULL DEFAULT '0' COMMENT '评价得分',
  `context` varchar(512) DEFAULT NULL COMMENT '评价内容',
  `state` varchar(12) NOT NULL COMMENT '评价状态，W 待回复 C 已回复',
  `create_user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `create_user_name` varchar(64) NOT NULL COMMENT '用户名称',
  `reply_user_id` varchar(30) DEFAULT NULL COMMENT '用户ID',
  `reply_user_name` varchar(64) DEFAULT NULL COMMENT '用户名称',
  `reply_context` varchar(512) DEFAULT NULL COMMENT '回复内容',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表',
  PRIMARY KEY (`appraise_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `complaint_event` (
  `event_id` varchar(30) NOT NULL COMMENT 'ID',
  `complaint_id` varchar(30) NOT NULL COMMENT '投诉ID',
  `event_type` varchar(12) NOT NULL COMMENT '类型 1001 投诉处理 2002 评价 3003 评价回复',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `create_user_id` varchar(30) NOT NULL COMMENT '操作人',
  `create_user_name` varchar(64) NOT NULL COMMENT '操作人',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  PRIMARY KEY (`event_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `contract` (
  `contract_id` varchar(30) NOT NULL COMMENT '合同ID',
  `contract_code` varchar(30) NOT NULL COMMENT '合同编码',
  `contract_name` varchar(200) NOT NULL COMMENT '合同名称',
  `contract_type` varchar(30) NOT NULL COMMENT '合同类型',
  `obj_type` varchar(12) DEFAULT '1111' COMMENT '合同对象类型：3333 房屋 ，1111 没有合同对象',
  `obj_id` varchar(30) DEFAULT '-1' COMMENT '合同对象',
  `party_a` varchar(200) NOT NULL COMMENT '甲方',
  `party_b` varchar(200) NOT NULL COMMENT '乙方',
  `a_contacts` varchar(64) NOT NULL COMMENT '甲方联系人',
  `a_link` varchar(11) NOT NULL COMMENT '甲方联系电话',
  `b_contacts` varchar(64) NOT NULL COMMENT '乙方联系人',
  `b_link` varchar(11) NOT NULL COMMENT '乙方联系电话',
  `operator` varchar(64) NOT NULL COMMENT '经办人',
  `operator_link` varchar(11) NOT NULL COMMENT '经办人电话',
  `amount` decimal(10,2) DEFAULT NULL COMMENT '合同金额',
  `start_time` datetime NOT NULL COMMENT '合同开始时间',
  `end_time` datetime NOT NULL COMMENT '合同结束时间',
  `signing_time` datetime NOT NULL COMMENT '签订时间',
  `store_id` varchar(30) NOT NULL COMMENT '商户ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `state` varchar(12) NOT NULL COMMENT '11 待审核 22 审核通过 33 审核失败 44 手工停止',
  `state_desc` longtext COMMENT '审核意见',
  `contract_parent_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '父合同ID',
  `obj_name` varchar(64) DEFAULT NULL COMMENT '合同对象名称',
  `obj_person_name` varchar(64) DEFAULT NULL COMMENT '合同对象用户名称',
  `obj_person_id` varchar(30) DEFAULT NULL COMMENT '合同对象用户ID',
  `start_user_id` varchar(30) DEFAULT NULL COMMENT '提交用户',
  UNIQUE KEY `contract_id` (`contract_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `contract_room` (
  `cr_id` varchar(30) NOT NULL COMMENT '主键ID',
  `contract_id` varchar(30) NOT NULL COMMENT '合同ID',
  `room_id` varchar(30) NOT NULL COMMENT '房屋ID',
  `room_name` varchar(64) NOT NULL COMMENT '房屋名称',
  `owner_id` varchar(30) DEFAULT NULL COMMENT '业主ID',
  `owner_name` varchar(64) DEFAULT NULL COMMENT '业主名称',
  `store_id` varchar(30) NOT NULL COMMENT '商户ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  PRIMARY KEY (`cr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `c_app` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `app_id` varchar(30) NOT NULL COMMENT '应用ID',
  `name` varchar(50) NOT NULL COMMENT '名称 对应系统名称',
  `security_code` varchar(64) DEFAULT NULL COMMENT '签名码 sign签名时用',
  `while_list_ip` varchar(200) DEFAULT NULL COMMENT '白名单ip 多个之间用;隔开',
  `black_list_ip` varchar(200) DEFAULT NULL COMMENT '黑名单ip 多个之间用;隔开',
  `remark` varchar(200) DEFAULT NULL COMMENT '描述',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0在用，1失效',
  PRIMARY KEY (`id`),
  UNIQUE KEY `app_id` (`app_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `fee_receipt` (
  `receipt_id` varchar(30) NOT NULL COMMENT '收据ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `obj_type` varchar(12) NOT NULL COMMENT '收据对象 3333 房屋 6666 车位车辆',
  `obj_id` varchar(30) NOT NULL COMMENT '对象ID',
  `obj_name` varchar(100) NOT NULL COMMENT '对象名称',
  `amount` decimal(9,2) NOT NULL COMMENT '实收金额',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(12) NOT NULL DEFAULT '0' COMMENT '数据状态',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `pay_obj_id` varchar(30) NOT NULL COMMENT '付费人',
  `pay_obj_name` varchar(64) NOT NULL COMMENT '付费人',
  `receipt_code` varchar(30) NOT NULL DEFAULT '0001' COMMENT '收据编号',
  `receivable_amount` decimal(9,2) DEFAULT NULL COMMENT '应收金额',
  PRIMARY KEY (`receipt_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `fee_receipt_detail` (
  `detail_id` varchar(30) NOT NULL COMMENT '明细ID',
  `receipt_id` varchar(30) NOT NULL COMMENT '收据ID',
  `fee_id` varchar(30) NOT NULL COMMENT '费用ID',
  `fee_name` varchar(200) NOT NULL COMMENT '费用名称',
  `area` varchar(12) DEFAULT NULL COMMENT '面积/用量',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `amount` decimal(9,2) NOT NULL COMMENT '金额',
  `cycle` decimal(6,2) DEFAULT NULL COMMENT '缴费周期',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(12) NOT NULL DEFAULT '0' COMMENT '数据状态',
  `square_price` varchar(100) DEFAULT NULL COMMENT '单价/固定费',
  PRIMARY KEY (`detail_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `f_floor` (
  `floor_id` varchar(30) NOT NULL COMMENT '楼ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `floor_num` varchar(64) NOT NULL COMMENT '楼编号',
  `name` varchar(100) NOT NULL COMMENT '小区楼名称',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `community_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '小区ID',
  `floor_area` decimal(10,2) NOT NULL COMMENT '建筑面积',
  `seq` int(11) NOT NULL DEFAULT '1' COMMENT '楼栋加入排序',
  UNIQUE KEY `floor_id` (`floor_id`) USING BTREE,
  UNIQUE KEY `idx_floor_id` (`floor_id`) USING BTREE,
  KEY `idx_floor_b_id` (`b_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `invoice_apply` (
  `apply_id` varchar(30) NOT NULL COMMENT 'ID',
  `oi_id` varchar(30) NOT NULL COMMENT '业主发票ID',
  `invoice_type` varchar(12) NOT NULL COMMENT '发票类型 1001 个人 2002 企业',
  `owner_name` varchar(64) NOT NULL COMMENT '业主名称',
  `apply_tel` varchar(11) NOT NULL COMMENT '申请人电话',
  `invoice_amount` decimal(10,2) NOT NULL COMMENT '申请金额',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `create_user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `create_user_name` varchar(64) NOT NULL COMMENT '申请人',
  `state` varchar(12) NOT NULL DEFAULT 'W' COMMENT '审核状态 W待审核 U 待上传 F 审核失败 G 带领用 C 已领用',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `invoice_code` varchar(128) DEFAULT NULL COMMENT '发票编号',
  PRIMARY KEY (`apply_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `item_release` (
  `ir_id` varchar(30) NOT NULL COMMENT '放行ID',
  `type_id` varchar(30) NOT NULL COMMENT '类型ID',
  `apply_company` varchar(64) NOT NULL COMMENT '申请单位',
  `apply_person` varchar(64) NOT NULL COMMENT '申请人',
  `id_card` varchar(18) NOT NULL COMMENT '身份证',
  `apply_tel` varchar(11) NOT NULL COMMENT '手机号',
  `pass_time` datetime NOT NULL COMMENT '通行时间',
  `state` varchar(12) NOT NULL DEFAULT 'W' COMMENT '状态 W待审核 D 审核中 C 审核完成 D 审核失败',
  `car_num` varchar(12) DEFAULT NULL COMMENT '车牌号',
  `remark` varchar(512) DEFAULT NULL COMMENT '备注',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考t_dict表，0, 在用 1失效',
  `create_user_id` varchar(30) NOT NULL COMMENT '创建用户ID',
  PRIMARY KEY (`ir_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `machine` (
  `machine_id` varchar(30) NOT NULL COMMENT '设备ID',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `machine_code` varchar(30) NOT NULL COMMENT '设备编码',
  `machine_version` varchar(30) NOT NULL COMMENT '设备版本',
  `machine_type_cd` varchar(30) NOT NULL COMMENT '设备类型 门禁9999 详情查看t_dict 表',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `machine_name` varchar(200) NOT NULL COMMENT '设备名称',
  `auth_code` varchar(64) NOT NULL COMMENT '授权码',
  `machine_ip` varchar(64) DEFAULT NULL COMMENT '设备IP',
  `machine_mac` varchar(64) DEFAULT NULL COMMENT '设备mac',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `location_type_cd` varchar(30) NOT NULL COMMENT '位置ID,请查看 community_location',
  `location_obj_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '对象ID，大门时小区ID，单元门 时单元ID 房屋时房屋ID',
  `state` varchar(12) NOT NULL DEFAULT '1000' COMMENT '设备状态，设备配置同步状态 1000 未同步 1100 同步中 1200 已同步',
  `direction` varchar(12) NOT NULL DEFAULT '3306' COMMENT '设备方向进出，3306 进 3307 出',
  `heartbeat_time` datetime NOT NULL COMMENT '设备心跳时间',
  `type_id` varchar(30) NOT NULL COMMENT '设备类型ID',
  UNIQUE KEY `machine_id` (`machine_id`) USING BTREE,
  KEY `idx_machine_id` (`machine_id`) USING BTREE,
  KEY `idx_machine_b_id` (`b_id`) USING BTREE,
  KEY `i_m_community_id` (`community_id`),
  KEY `i_m_machine_code` (`machine_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `machine_record` (
  `machine_record_id` varchar(30) NOT NULL COMMENT '记录ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `machine_id` varchar(30) NOT NULL COMMENT '设备ID',
  `machine_code` varchar(30) NOT NULL COMMENT '设备编码',
  `name` varchar(30) NOT NULL COMMENT '用户名称',
  `open_type_cd` varchar(12) NOT NULL COMMENT '开门方式，1000 人脸开门 2000 钥匙开门',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `tel` varchar(11) NOT NULL COMMENT '手机号',
  `id_card` varchar(20) NOT NULL COMMENT '用户身份证',
  `record_type_cd` varchar(12) NOT NULL COMMENT '记录类型，8888 开门记录 6666 访客留影',
  `file_id` varchar(64) DEFAULT NULL COMMENT '文件ID',
  `file_time` timestamp NULL DEFAULT CURRENT_TIMESTAMP COMMENT '文件生成时间',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `similar` varchar(12) DEFAULT '1.0' COMMENT '相似度',
  UNIQUE KEY `machine_record_id` (`machine_record_id`) USING BTREE,
  KEY `i_mr_community_id` (`community_id`),
  KEY `i_mr_tel` (`tel`),
  KEY `i_mr_machine_id` (`machine_id`),
  KEY `i_mr_machine_code` (`machine_code`),
  KEY `i_mr_open_type_cd` (`open_type_cd`),
  KEY `i_mr_create_time` (`create_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `meter_water` (
  `water_id` varchar(30) NOT NULL COMMENT '主键ID',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `meter_type` varchar(30) NOT NULL COMMENT '抄表类型',
  `obj_type` varchar(12) NOT NULL COMMENT '类型 1001 房屋 2002 车位',
  `obj_id` varchar(30) NOT NULL COMMENT '对象ID，1001 是房屋 2002 是车位',
  `pre_degrees` decimal(10,2) NOT NULL COMMENT '上期度数',
  `cur_degrees` decimal(10,2) NOT NULL COMMENT '本期度数',
  `pre_reading_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '上期读表时间',
  `cur_reading_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '本期读表时间',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `remark` varchar(200) DEFAULT NULL COMMENT '度表署名',
  `fee_id` varchar(30) NOT NULL COMMENT '费用ID',
  `obj_name` varchar(200) DEFAULT NULL COMMENT '对象名称',
  `price` decimal(12,4) DEFAULT NULL COMMENT '抄表单价',
  PRIMARY KEY (`water_id`),
  KEY `i_mw_fee_id` (`fee_id`),
  KEY `i_mw_community_id` (`community_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `msg` (
  `msg_id` varchar(30) NOT NULL COMMENT '消息ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `msg_type` varchar(12) NOT NULL COMMENT '消息类型 10001 公告，10002 钥匙审核，10003 小区入驻审核，10004 小区添加审核',
  `title` varchar(30) NOT NULL COMMENT '消息标题',
  `url` varchar(100) NOT NULL COMMENT '消息路径',
  `view_type_cd` varchar(100) NOT NULL COMMENT '受众类型，10000 系统内消息，20000 小区内消息， 30000 商户内， 40000 员工ID（userId）',
  `view_obj_id` varchar(64) NOT NULL COMMENT '对象ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考t_dict表，0, 在用 1失效',
  KEY `idx_msg_id` (`msg_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `msg_read` (
  `msg_read_id` varchar(30) NOT NULL COMMENT '消息阅读ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `msg_id` varchar(30) NOT NULL COMMENT '消息ID',
  `user_id` varchar(30) NOT NULL COMMENT '阅读者',
  `user_name` varchar(30) NOT NULL COMMENT '阅读者姓名',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考t_dict表，0, 在用 1失效',
  KEY `idx_msg_read_id` (`msg_read_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `n_notice` (
  `notice_id` varchar(30) NOT NULL COMMENT '通知ID',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `title` varchar(100) NOT NULL COMMENT '通知标题',
  `notice_type_cd` varchar(4) NOT NULL COMMENT '类型 1000 业主通知，1001员工通知，1002小区通知',
  `context` longtext NOT NULL COMMENT '通知内容',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `obj_type` varchar(12) NOT NULL DEFAULT '9999' COMMENT '对象类型',
  `obj_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '对象ID',
  `state` varchar(12) NOT NULL DEFAULT '3000' COMMENT '状态 1000 待通知 2000 通知中  3000 通知完成',
  UNIQUE KEY `notice_id` (`notice_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `online_pay` (
  `pay_id` varchar(30) NOT NULL COMMENT '支付ID',
  `order_id` varchar(30) NOT NULL COMMENT '订单ID',
  `transaction_id` varchar(64) DEFAULT NULL COMMENT '交易ID',
  `app_id` varchar(64) DEFAULT NULL COMMENT '微信APPID',
  `mch_id` varchar(64) NOT NULL COMMENT '商户ID',
  `total_fee` decimal(10,2) NOT NULL COMMENT '付款总金额',
  `refund_fee` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '退款金额',
  `pay_name` varchar(256) DEFAULT NULL COMMENT '名称',
  `open_id` varchar(30) DEFAULT NULL COMMENT '开放ID',
  `state` varchar(12) NOT NULL DEFAULT 'W' COMMENT '状态 W待支付 C 支付完成 F 通知失败 WT 待退费 CT退费完成',
  `message` varchar(1024) DEFAULT NULL COMMENT '状态原因',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0在用，1失效',
  `payment_pool_id` varchar(30) DEFAULT NULL COMMENT '支付配置ID',
  PRIMARY KEY (`pay_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `owner_app_user` (
  `app_user_id` varchar(30) NOT NULL COMMENT 'app用户ID',
  `member_id` varchar(30) NOT NULL COMMENT '业主成员ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区Id',
  `community_name` varchar(100) NOT NULL COMMENT '小区名称',
  `app_user_name` varchar(100) NOT NULL COMMENT 'app用户名称',
  `id_card` varchar(18) DEFAULT '-1' COMMENT '身份证号码',
  `link` varchar(11) NOT NULL COMMENT '联系人手机号',
  `open_id` varchar(30) NOT NULL COMMENT 'app 开放ID',
  `app_type_cd` varchar(12) NOT NULL COMMENT '应用类型 10010 微信小程序',
  `state` varchar(12) NOT NULL COMMENT '状态类型，10000 审核中，12000 审核成功，13000 审核失败',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `user_id` varchar(30) DEFAULT NULL COMMENT '用户ID',
  `app_type` varchar(12) NOT NULL DEFAULT 'APP' COMMENT '绑定业主手机端类型',
  `nickname` varchar(255) DEFAULT NULL COMMENT '昵称',
  `headimgurl` varchar(255) DEFAULT NULL COMMENT '微信头像',
  `room_id` varchar(30) DEFAULT NULL COMMENT '认证房屋ID',
  `room_name` varchar(30) DEFAULT NULL COMMENT '认证房屋',
  `owner_type_cd` varchar(30) DEFAULT NULL COMMENT '人员类型',
  UNIQUE KEY `app_user_id` (`app_user_id`) USING BTREE,
  UNIQUE KEY `idx_owner_app_user_id` (`app_user_id`) USING BTREE,
  KEY `idx_owner_app_user_b_id` (`b_id`) USING BTREE,
  KEY `i_oau_community_id` (`community_id`),
  KEY `i_oau_member_id` (`member_id`),
  KEY `i_oau_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `owner_car` (
  `car_id` varchar(30) NOT NULL COMMENT '汽车ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `car_num` varchar(12) NOT NULL COMMENT '车牌号',
  `car_brand` varchar(50) DEFAULT NULL COMMENT '汽车品牌',
  `car_type` varchar(4) NOT NULL COMMENT '9901 家用小汽车，9902 客车，9903 货车',
  `car_color` varchar(12) DEFAULT NULL COMMENT '颜色',
  `ps_id` varchar(30) NOT NULL COMMENT '车位ID',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `start_time` datetime NOT NULL COMMENT '起租时间',
  `end_time` datetime NOT NULL COMMENT '结租时间',
  `state` varchar(12) NOT NULL COMMENT '状态，1001 正常状态，2002 车位释放欠费状态  3003 车位释放',
  `car_type_cd` varchar(4) NOT NULL DEFAULT '1001' COMMENT '1001 主车辆 1002 成员车辆',
  `member_id` varchar(30) NOT NULL COMMENT '成员ID',
  `lease_type` varchar(12) NOT NULL DEFAULT 'H' COMMENT '租赁类型，H 月租车 S 出售车 I 内部车 NM 免费车',
  UNIQUE KEY `member_id` (`member_id`) USING BTREE,
  KEY `idx_oc_car_id` (`car_id`) USING BTREE,
  KEY `idx_oc_b_id` (`b_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `owner_committee` (
  `oc_id` varchar(30) NOT NULL COMMENT '编号',
  `name` varchar(30) NOT NULL COMMENT '姓名',
  `sex` varchar(12) NOT NULL COMMENT '性别',
  `link` varchar(11) NOT NULL COMMENT '电话',
  `id_card` varchar(18) DEFAULT '-1' COMMENT '身份证号码',
  `address` varchar(256) DEFAULT NULL COMMENT '住址',
  `position` varchar(64) NOT NULL COMMENT '职位',
  `post` varchar(64) NOT NULL COMMENT '岗位',
  `post_desc` varchar(64) DEFAULT NULL COMMENT '岗位描述',
  `appoint_time` varchar(256) DEFAULT NULL COMMENT '届期',
  `cur_time` varchar(256) DEFAULT NULL COMMENT '任期',
  `state` varchar(12) NOT NULL DEFAULT '1000' COMMENT '状态 1000 表示在职，2000 离职',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `community_id` varchar(30) DEFAULT NULL COMMENT '小区ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  PRIMARY KEY (`oc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `owner_invoice` (
  `oi_id` varchar(30) NOT NULL COMMENT 'ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `owner_name` varchar(64) NOT NULL COMMENT '业主名称',
  `invoice_type` varchar(12) NOT NULL COMMENT '发票类型 1001 个人 2002 企业',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `invoice_name` varchar(64) NOT NULL COMMENT '发票名头',
  `invoice_num` varchar(64) DEFAULT NULL COMMENT '纳税人识别号',
  `invoice_address` varchar(64) NOT NULL COMMENT '地址',
  `invoice_link` varchar(20) DEFAULT NULL COMMENT '电话',
  `invoice_account` varchar(64) DEFAULT NULL COMMENT '开户行及账号',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  PRIMARY KEY (`oi_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `owner_settled_apply` (
  `apply_id` varchar(30) NOT NULL COMMENT '申请ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `state` varchar(12) NOT NULL DEFAULT 'W' COMMENT '状态 W待审核 D 审核中 C 审核完成 D 审核失败',
  `create_user_id` varchar(30) NOT NULL COMMENT '创建用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '说明',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  PRIMARY KEY (`apply_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `parking_area` (
  `pa_id` varchar(30) NOT NULL COMMENT '停车场ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `num` varchar(12) NOT NULL COMMENT '停车场编号',
  `type_cd` varchar(12) NOT NULL COMMENT '停车场类型，1001 地上停车场 2001 地下停车场',
  `remark` varchar(300) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  UNIQUE KEY `pa_id` (`pa_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `parking_space` (
  `ps_id` varchar(30) NOT NULL COMMENT '车位ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `num` varchar(12) NOT NULL COMMENT '车位编号',
  `pa_id` varchar(30) NOT NULL COMMENT '停车场ID',
  `state` varchar(4) NOT NULL COMMENT '车位状态 出售 S，出租 H ，空闲 F',
  `area` decimal(7,2) NOT NULL COMMENT '车位面积',
  `remark` varchar(300) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `parking_type` varchar(3) NOT NULL DEFAULT '1' COMMENT '1：普通车位  2：子母车位  3：豪华车位',
  UNIQUE KEY `ps_id` (`ps_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pay_fee` (
  `fee_id` varchar(30) NOT NULL COMMENT '费用ID',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `fee_type_cd` varchar(12) NOT NULL COMMENT '费用类型，物业费，停车费',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `payer_obj_id` varchar(30) NOT NULL COMMENT '付款方ID',
  `income_obj_id` varchar(30) NOT NULL COMMENT '收款方ID',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `amount` decimal(10,2) NOT NULL DEFAULT '-1.00' COMMENT '总金额，如物业费，停车费等没有总金额的，填写为-1.00',
  `user_id` varchar(30) NOT NULL COMMENT '创建用户ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `fee_flag` varchar(12) NOT NULL DEFAULT '1003006' COMMENT '费用标识 1003006 为周期性费用 2006012 为一次性费用',
  `state` varchar(12) NOT NULL DEFAULT '2008001' COMMENT '状态 2007001收费未开始 2008001 收费中状态 2009001 收费结束',
  `config_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '费用项ID',
  `payer_obj_type` varchar(12) NOT NULL DEFAULT '3333' COMMENT '付费对象类型 3333 房屋 6666 是车位',
  `batch_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '批次ID',
  UNIQUE KEY `fee_id` (`fee_id`) USING BTREE,
  UNIQUE KEY `fee_id_2` (`fee_id`) USING BTREE,
  KEY `i_pf_community_id` (`community_id`),
  KEY `i_pf_payer_obj_id` (`payer_obj_id`),
  KEY `i_pf_payer_obj_type` (`payer_obj_type`),
  KEY `i_pf_config_id` (`config_id`),
  KEY `i_pf_fee_type_cd` (`fee_type_cd`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pay_fee_config` (
  `config_id` varchar(30) NOT NULL COMMENT '费用ID',
  `b_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '业务ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `fee_type_cd` varchar(12) NOT NULL COMMENT '费用类型，物业费，停车费',
  `square_price` decimal(12,4) NOT NULL COMMENT '每平米收取的单价',
  `additional_amount` decimal(12,4) NOT NULL COMMENT '附加费用',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `is_default` varchar(12) NOT NULL DEFAULT 'F' COMMENT '默认费用 只能修改 不能做删除 T 标识是默认 F 不是默认',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `fee_flag` varchar(12) NOT NULL DEFAULT '1003006' COMMENT '费用标识 1003006 为周期性费用 2006012 为一次性费用',
  `fee_name` varchar(100) NOT NULL DEFAULT '未知' COMMENT '费用项名称',
  `computing_formula` varchar(12) NOT NULL DEFAULT '1001' COMMENT '计算公式 1001 面积*单价+附加费 2002 固定费用',
  `bill_type` varchar(12) NOT NULL DEFAULT '004' COMMENT '出账类型',
  `payment_cycle` varchar(12) NOT NULL DEFAULT '1' COMMENT '缴费周期',
  `payment_cd` varchar(12) NOT NULL DEFAULT '1200' COMMENT '付费类型',
  `computing_formula_text` longtext COMMENT '自定义公式内容',
  `deduct_from` varchar(1) NOT NULL DEFAULT 'Y' COMMENT '是否账户抵扣, Y 默认,是 N 否',
  `pay_online` varchar(12) NOT NULL DEFAULT 'Y' COMMENT '是否线上缴费 Y 是 N 否',
  `scale` varchar(12) NOT NULL DEFAULT '1' COMMENT '进位 1表示四舍五入后保留小数点后两位；2表示四舍五入后保留小数点后一位；3表示向上取整；4 表示向下取整；5表示 四舍五入后取整 其他情况默认四舍五入后保留小数点后两位。',
  `decimal_place` int(11) NOT NULL DEFAULT '2' COMMENT '小数点位数，0-4位',
  `units` varchar(12) NOT NULL DEFAULT '元' COMMENT '单位 默认元',
  `prepayment_period` varchar(40) DEFAULT NULL COMMENT '预付期，单位为天',
  `state` varchar(12) NOT NULL DEFAULT 'Y' COMMENT '状态，Y启用 N 停用',
  UNIQUE KEY `config_id` (`config_id`) USING BTREE,
  UNIQUE KEY `config_id_2` (`config_id`) USING BTREE,
  KEY `i_pfc_community_id` (`community_id`),
  KEY `i_pfc_fee_type_cd` (`fee_type_cd`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pay_fee_detail` (
  `detail_id` varchar(30) NOT NULL COMMENT '费用明细ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `fee_id` varchar(30) NOT NULL COMMENT '费用ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `cycles` decimal(9,2) NOT NULL COMMENT '周期，以月为单位',
  `receivable_amount` decimal(10,2) NOT NULL COMMENT '应收金额',
  `received_amount` decimal(10,2) NOT NULL COMMENT '应收金额',
  `prime_rate` decimal(10,2) NOT NULL COMMENT '支付方式',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `state` varchar(4) DEFAULT '1400' COMMENT '用于退费状态参考字典表',
  `start_time` datetime DEFAULT NULL COMMENT '费用开始时间',
  `end_time` datetime DEFAULT NULL COMMENT '费用结束时间',
  `payable_amount` decimal(10,2) NOT NULL COMMENT '应缴金额',
  `pay_order_id` varchar(30) DEFAULT NULL COMMENT '支付订单ID',
  `cashier_id` varchar(30) DEFAULT NULL COMMENT '收银员ID，员工ID',
  `cashier_name` varchar(30) DEFAULT NULL COMMENT '收银员,员工',
  `open_invoice` varchar(12) DEFAULT 'N' COMMENT '是否开票 Y 已开票 N 未开票',
  `acct_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '账户抵扣金额',
  `discount_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '优惠打折金额',
  `deduction_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '优惠减免金额',
  `late_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '滞纳金',
  `gift_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '赠送金额',
  UNIQUE KEY `detail_id` (`detail_id`) USING BTREE,
  KEY `i_pfd_fee_id` (`fee_id`) USING BTREE,
  KEY `i_pfd_community_id` (`community_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `property_right_registration` (
  `prr_id` varchar(30) NOT NULL COMMENT '主键id',
  `room_id` varchar(30) NOT NULL COMMENT '房屋id',
  `name` varchar(255) NOT NULL COMMENT '姓名',
  `link` varchar(255) NOT NULL COMMENT '联系方式',
  `id_card` varchar(255) NOT NULL COMMENT '身份证号',
  `address` varchar(255) NOT NULL COMMENT '地址',
  `state` varchar(10) NOT NULL DEFAULT '0' COMMENT '审核状态  0 未审核  1 审核通过  2 审核拒绝',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `create_user` varchar(255) NOT NULL COMMENT '创建人',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `renting_appointment` (
  `appointment_id` varchar(30) NOT NULL COMMENT '租户ID',
  `tenant_name` varchar(64) NOT NULL COMMENT '租户名称',
  `tenant_sex` varchar(2) NOT NULL COMMENT '性别 0 男 1女',
  `tenant_tel` varchar(11) NOT NULL COMMENT '租户电话',
  `appointment_time` datetime NOT NULL COMMENT '预约时间',
  `appointment_room_id` varchar(30) DEFAULT NULL COMMENT '预约房间ID',
  `room_id` varchar(30) DEFAULT NULL COMMENT '真实租房屋ID',
  `store_id` varchar(30) NOT NULL COMMENT '代理商ID',
  `state` varchar(12) NOT NULL COMMENT '状态，1001 提交，2002 租房失败，3003 租房成功',
  `msg` varchar(100) DEFAULT NULL COMMENT '租房失败原因',
  `remark` varchar(500) DEFAULT NULL COMMENT ' 租房失败时原因',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据在用状态 0 在用 1 失效',
  `renting_id` varchar(30) DEFAULT NULL COMMENT '房源ID'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `renting_config` (
  `renting_config_id` varchar(30) NOT NULL COMMENT '房屋出租配置ID',
  `renting_type` varchar(12) NOT NULL COMMENT '出租类型，3344 整租  4455 合租',
  `renting_formula` varchar(12) NOT NULL COMMENT '收费计算公式,1001 固定值 ，2002 每月租金比例',
  `service_price` decimal(10,2) NOT NULL COMMENT '服务费,1001 时固定费 2002 时 不能超过 1 一般为 0.n',
  `service_owner_rate` decimal(10,2) NOT NULL COMMENT '业主缴费比率 不能超过 1 一般为 0.n',
  `service_tenant_rate` decimal(10,2) NOT NULL COMMENT '租客缴费比率 不能超过 1 一般为 0.n',
  `admin_separate_rate` decimal(10,2) NOT NULL COMMENT '运营团队封账比率 不能超过 1 一般为 0.n',
  `proxy_separate_rate` decimal(10,2) NOT NULL COMMENT '代理商团队封账比率 不能超过 1 一般为 0.n',
  `property_separate_rate` decimal(10,2) NOT NULL COMMENT '物业团队封账比率 不能超过 1 一般为 0.n',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  UNIQUE KEY `renting_config_id` (`renting_config_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `renting_pool` (
  `renting_id` varchar(30) NOT NULL COMMENT '租房ID',
  `renting_title` varchar(200) NOT NULL COMMENT '房屋名称',
  `room_id` varchar(30) NOT NULL COMMENT '房屋ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `price` decimal(10,2) NOT NULL COMMENT '每月金额',
  `payment_type` varchar(12) NOT NULL COMMENT '预付类型，1001 押一付一，2002 押一付三 3003 押一付六',
  `renting_config_id` varchar(30) NOT NULL COMMENT '租房配置',
  `renting_desc` longtext COMMENT '房源描述',
  `state` varchar(12) NOT NULL COMMENT '状态，提交中 0，代理商确认 1，预约看房 2，待支付 3，申请合同 4，运营团队确认 5 ，完成 6',
  `owner_name` varchar(200) NOT NULL COMMENT '业主名称',
  `owner_tel` varchar(11) NOT NULL COMMENT '业主联系电话',
  `longitude` varchar(12) DEFAULT NULL COMMENT '经度',
  `latitude` varchar(12) DEFAULT NULL COMMENT '维度',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据在用状态 0 在用 1 失效',
  `check_in` varchar(12) NOT NULL COMMENT '入住类型，1001 立即入住 2002 入住预约',
  `community_name` varchar(200) NOT NULL COMMENT '小区名称',
  UNIQUE KEY `renting_id` (`renting_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `room_renovation` (
  `r_id` varchar(30) NOT NULL COMMENT '主键ID',
  `room_id` varchar(30) NOT NULL COMMENT '房屋ID',
  `room_name` varchar(64) NOT NULL COMMENT '房屋名称',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `person_name` varchar(64) NOT NULL COMMENT '联系人',
  `person_tel` varchar(11) NOT NULL COMMENT '联系电话',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `state` varchar(12) NOT NULL DEFAULT '1000' COMMENT '状态 1000 待审核 2000 审核不通过 3000 装修中 4000 待验收 5000 验收成功 6000 验收失败 ',
  `is_violation` varchar(12) NOT NULL DEFAULT 'N' COMMENT '是否违规 Y违规 N正常',
  `violation_desc` varchar(512) DEFAULT NULL COMMENT '违规说明',
  `remark` varchar(512) DEFAULT NULL COMMENT '备注',
  `examineRemark` varchar(512) DEFAULT NULL COMMENT '审核备注',
  `is_postpone` varchar(12) DEFAULT 'N' COMMENT '是否延期 Y延期 N正常',
  `postpone_time` varchar(255) DEFAULT NULL COMMENT '延期时间',
  `renovation_company` varchar(255) DEFAULT NULL COMMENT '装修单位',
  `person_main` varchar(255) DEFAULT NULL COMMENT '装修主要负责人',
  `person_main_tel` varchar(255) DEFAULT NULL COMMENT '负责人联系方式',
  PRIMARY KEY (`r_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `r_repair_pool` (
  `repair_id` varchar(30) NOT NULL COMMENT '报修ID',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `repair_type` varchar(30) NOT NULL COMMENT '报修类型',
  `repair_name` varchar(30) NOT NULL COMMENT '报修人姓名',
  `tel` varchar(11) NOT NULL COMMENT '手机号',
  `context` longtext NOT NULL COMMENT '报修内容',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `state` varchar(4) NOT NULL COMMENT '报修状态，请查看state 表',
  `status_cd` varchar(30) NOT NULL DEFAULT '0' COMMENT '数据状态',
  `repair_obj_type` varchar(12) NOT NULL COMMENT '报修对象类型 001 小区 002 楼栋 003 单元 004 房屋',
  `repair_obj_id` varchar(30) NOT NULL COMMENT '报修对象ID',
  `repair_obj_name` varchar(30) NOT NULL COMMENT '报修对象名称',
  `appointment_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '预约时间',
  `maintenance_type` varchar(10) DEFAULT NULL COMMENT '维修类型  1001有偿服务  1002无偿服务',
  `repair_channel` varchar(2) DEFAULT NULL COMMENT '报修渠道  D员工代客报修  T电话报修 Z业主自主保修',
  `repair_materials` varchar(255) DEFAULT NULL COMMENT '维修物料',
  `repair_fee` varchar(255) DEFAULT NULL COMMENT '费用明细：单价*数量=总价',
  `pay_type` varchar(255) DEFAULT NULL COMMENT '支付方式1、现金2、微信转账3、微信公众号4支付宝',
  `timeout` datetime NOT NULL DEFAULT '2025-01-01 00:00:00' COMMENT '超时时间',
  `finish_time` datetime DEFAULT NULL COMMENT '完成时间',
  UNIQUE KEY `repair_id` (`repair_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `r_repair_return_visit` (
  `visit_id` varchar(30) NOT NULL COMMENT '回访ID',
  `repair_id` varchar(30) NOT NULL COMMENT '报修ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `visit_person_id` varchar(30) NOT NULL COMMENT '回访人',
  `visit_person_name` varchar(64) NOT NULL COMMENT '回访人',
  `visit_type` varchar(12) NOT NULL COMMENT '回访类型，1001 满意 2002 不满意',
  `context` varchar(1024) NOT NULL COMMENT '回访内容',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  PRIMARY KEY (`visit_id`),
  KEY `index_rrrv_repair_id` (`repair_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `r_repair_setting` (
  `setting_id` varchar(30) NOT NULL COMMENT '工单设置ID',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `repair_type` varchar(30) NOT NULL COMMENT '报修类型',
  `repair_type_name` varchar(200) NOT NULL COMMENT '报修类型名称',
  `repair_way` varchar(12) NOT NULL COMMENT '派单方式 t_dict 100 抢单 200 指派 300 轮训',
  `community_id` varchar(30) NOT NULL COMMENT '小区分片ID',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  `status_cd` varchar(30) NOT NULL DEFAULT '0' COMMENT '数据状态',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `public_area` varchar(12) NOT NULL DEFAULT 'F' COMMENT '是否为公共区域',
  `pay_fee_flag` varchar(12) NOT NULL DEFAULT 'F' COMMENT '是否收费 T为是 F为否',
  `price_scope` varchar(12) DEFAULT '0元' COMMENT '收费范围，如30元至50元',
  `return_visit_flag` varchar(12) NOT NULL DEFAULT '001' COMMENT '回访标识 001 都不回访 002 已评价不回访 003 都回访',
  `repair_setting_type` varchar(30) DEFAULT NULL COMMENT '报修设置类型',
  `is_show` varchar(12) NOT NULL COMMENT '业主端是否展示  Y 是  N 否',
  `notify_way` varchar(12) NOT NULL COMMENT '通知方式，SMS 短信 WECHAT 微信',
  `do_time` int(11) NOT NULL DEFAULT '24' COMMENT '办理时间,小时',
  `warning_time` int(11) NOT NULL DEFAULT '30' COMMENT '办理时间，分钟',
  KEY `index_rrs_repair_type` (`repair_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `r_repair_user` (
  `ru_id` varchar(30) NOT NULL COMMENT '报修派单ID',
  `repair_id` varchar(30) NOT NULL COMMENT '报修ID',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `state` varchar(8) NOT NULL COMMENT '员工处理状态，请查看t_dict 表',
  `context` longtext COMMENT '报修内容',
  `status_cd` varchar(30) NOT NULL DEFAULT '0' COMMENT '数据状态',
  `staff_id` varchar(30) NOT NULL COMMENT '当前处理员工',
  `staff_name` varchar(64) NOT NULL COMMENT '当前处理员工名称',
  `pre_staff_id` varchar(30) NOT NULL COMMENT '上一节点处理员工',
  `pre_staff_name` varchar(64) NOT NULL COMMENT '上一节点处理员工名称',
  `start_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '开始时间',
  `end_time` datetime DEFAULT NULL COMMENT '结束时间',
  `repair_event` varchar(12) NOT NULL COMMENT '事件，startUser 开始用户 auditUser 审核处理员工',
  `pre_ru_id` varchar(30) NOT NULL COMMENT '上一节点处理ID',
  KEY `index_rru_repair_id` (`repair_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `small_wechat` (
  `wechat_id` varchar(30) COLLATE utf8_bin NOT NULL COMMENT '微信ID',
  `b_id` varchar(30) COLLATE utf8_bin DEFAULT '-1' COMMENT '业务ID',
  `store_Id` varchar(30) COLLATE utf8_bin NOT NULL COMMENT '商户ID',
  `name` varchar(100) COLLATE utf8_bin NOT NULL COMMENT '小程序名称',
  `wechat_type` varchar(4) COLLATE utf8_bin NOT NULL COMMENT '配置类型1000微信小程序1100微信公众号',
  `appId` varchar(100) COLLATE utf8_bin NOT NULL COMMENT '小程序appid',
  `appSecret` varchar(200) COLLATE utf8_bin NOT NULL COMMENT '应用密钥',
  `pay_password` varchar(200) COLLATE utf8_bin NOT NULL COMMENT '支付密码',
  `obj_id` varchar(30) COLLATE utf8_bin NOT NULL COMMENT 'obj_type为当前小区时为小区id，为所有小区时allCommunity表示作用与所有小区',
  `obj_type` varchar(4) COLLATE utf8_bin NOT NULL COMMENT '配置作用范围 1000当前小区，1100所有小区',
  `mch_id` varchar(200) COLLATE utf8_bin NOT NULL COMMENT 'mch_id',
  `remarks` varchar(200) COLLATE utf8_bin DEFAULT NULL COMMENT '备注信息',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(30) COLLATE utf8_bin NOT NULL DEFAULT '0' COMMENT '数据状态',
  `cert_path` varchar(512) COLLATE utf8_bin DEFAULT NULL COMMENT '证书地址',
  `mch_name` varchar(128) COLLATE utf8_bin NOT NULL DEFAULT '无' COMMENT '商户名称',
  PRIMARY KEY (`wechat_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `sms_config` (
  `sms_id` varchar(30) NOT NULL COMMENT '短信ID',
  `store_Id` varchar(30) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL COMMENT '商户ID',
  `obj_id` varchar(30) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL COMMENT '小区或者店铺',
  `sms_type` varchar(12) NOT NULL COMMENT '短信类型 ALI 阿里 TECENT 腾讯',
  `sms_busi` varchar(12) NOT NULL COMMENT '短信业务 1001 欠费催缴 2002 工单通知',
  `template_code` varchar(64) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL COMMENT '短信模板',
  `sign_name` varchar(128) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL COMMENT '短信签名',
  `access_secret` varchar(128) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL COMMENT '访问秘钥',
  `access_key_id` varchar(128) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL COMMENT 'key_id',
  `region` varchar(64) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL COMMENT '区域',
  `log_switch` varchar(12) NOT NULL COMMENT '日志开关 ON 打开 OFF 关闭',
  `remarks` varchar(200) CHARACTER SET utf8 COLLATE utf8_bin DEFAULT NULL COMMENT '备注信息',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考t_dict表，0, 在用 1失效',
  PRIMARY KEY (`sms_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `staff_app_auth` (
  `au_id` varchar(30) NOT NULL COMMENT '认证ID',
  `staff_id` varchar(30) NOT NULL COMMENT '员工ID',
  `store_id` varchar(30) NOT NULL COMMENT '商户ID',
  `app_type` varchar(12) NOT NULL COMMENT '认证类型',
  `open_id` varchar(128) NOT NULL COMMENT '开放ID',
  `state` varchar(12) NOT NULL DEFAULT '1001' COMMENT '1001 未认证 2002 已认证',
  `open_name` varchar(128) DEFAULT NULL COMMENT '认证名字',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态',
  PRIMARY KEY (`au_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `s_community` (
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `b_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '业务ID',
  `name` varchar(100) NOT NULL COMMENT '小区名称',
  `address` varchar(200) NOT NULL COMMENT '小区地址',
  `nearby_landmarks` varchar(200) DEFAULT NULL COMMENT '地标，如王府井北60米',
  `city_code` varchar(12) NOT NULL COMMENT '根据定位获取城市编码',
  `map_x` varchar(20) NOT NULL COMMENT '地区 x坐标',
  `map_y` varchar(20) NOT NULL COMMENT '地区 y坐标',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `state` varchar(4) DEFAULT '1000' COMMENT '''业务状态 1000 为待审核 1200审核拒绝''',
  `community_area` decimal(10,2) DEFAULT '0.00' COMMENT '小区面积',
  `tel` varchar(200) DEFAULT NULL COMMENT '联系方式',
  `pay_fee_month` bigint(20) NOT NULL DEFAULT '12' COMMENT '缴费周期',
  `fee_price` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '缴费周期',
  `qr_code` varchar(512) DEFAULT NULL COMMENT '客服二维码',
  UNIQUE KEY `community_id` (`community_id`) USING BTREE,
  UNIQUE KEY `idx_community_id` (`community_id`) USING BTREE,
  KEY `idx_community_b_id` (`b_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `s_store` (
  `store_id` varchar(30) NOT NULL COMMENT '商店ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `name` varchar(100) NOT NULL COMMENT '店铺名称',
  `address` varchar(200) NOT NULL COMMENT '店铺地址',
  `tel` varchar(11) NOT NULL COMMENT '电话',
  `store_type_cd` varchar(12) DEFAULT NULL,
  `nearby_landmarks` varchar(200) DEFAULT NULL COMMENT '地标，如王府井北60米',
  `map_x` varchar(20) NOT NULL COMMENT '地区 x坐标',
  `map_y` varchar(20) NOT NULL COMMENT '地区 y坐标',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `state` varchar(12) NOT NULL DEFAULT '48001' COMMENT '48001 商户正常状态 48002 限制商户登录',
  UNIQUE KEY `store_id` (`store_id`) USING BTREE,
  UNIQUE KEY `idx_store_store_id` (`store_id`) USING BTREE,
  KEY `idx_store_b_id` (`b_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `s_store_user` (
  `store_user_id` varchar(30) NOT NULL COMMENT '代理商用户ID',
  `store_id` varchar(30) NOT NULL COMMENT '代理商ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `rel_cd` varchar(30) NOT NULL COMMENT '用户和代理商关系 详情查看 agent_user_rel表',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  UNIQUE KEY `store_user_id` (`store_user_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `s_visit_info` (
  `v_id` varchar(30) NOT NULL COMMENT '记录主键ID',
  `v_name` varchar(255) NOT NULL COMMENT '访客姓名',
  `visit_gender` varchar(1) NOT NULL COMMENT '访客性别',
  `phone_number` varchar(11) NOT NULL COMMENT '访客电话号码',
  `user_id` varchar(30) DEFAULT NULL COMMENT '用户ID',
  `community_id` varchar(30) DEFAULT NULL COMMENT '小区ID',
  `owner_id` varchar(30) DEFAULT NULL COMMENT '访客目标业主',
  `visit_case` varchar(255) DEFAULT NULL COMMENT '拜访事由',
  `visit_time` datetime DEFAULT NULL COMMENT '拜访时间',
  `departure_time` datetime DEFAULT NULL COMMENT '访客离开时间',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '记录创建时间',
  `status_cd` varchar(2) NOT NULL COMMENT '''数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `b_id` varchar(30) DEFAULT NULL,
  `car_num` varchar(255) DEFAULT NULL COMMENT '车牌号',
  `entourage` int(11) DEFAULT NULL COMMENT '随行人数',
  `reason_type` varchar(12) DEFAULT NULL COMMENT '事由类型',
  `state` varchar(10) NOT NULL COMMENT '审核状态 0表示未审核；1表示审核通过；2表示审核拒绝',
  `state_remark` varchar(255) DEFAULT NULL COMMENT '审核备注',
  `ps_id` varchar(30) DEFAULT NULL COMMENT '车位ID',
  `free_time` datetime DEFAULT NULL COMMENT '预约车免费时间',
  `record_state` int(11) DEFAULT NULL COMMENT '预约状态 0表示有效 1表示无效',
  `car_state` varchar(10) DEFAULT NULL COMMENT '车辆审核状态 0表示未审核；1表示审核通过；2表示审核拒绝',
  `car_remark` varchar(255) DEFAULT NULL COMMENT '车辆审核备注',
  `room_id` varchar(30) DEFAULT NULL COMMENT '房屋id',
  PRIMARY KEY (`v_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `transaction_log` (
  `log_id` varchar(30) NOT NULL COMMENT 'id',
  `transaction_id` varchar(64) DEFAULT NULL COMMENT '外部交易流水',
  `ip` varchar(20) DEFAULT NULL COMMENT 'IP',
  `src_ip` varchar(128) DEFAULT NULL COMMENT '调用方IP',
  `app_id` varchar(30) DEFAULT NULL COMMENT '调用方应用ID',
  `user_id` varchar(30) DEFAULT NULL COMMENT '用户ID',
  `service_code` varchar(256) DEFAULT NULL COMMENT '服务编码',
  `timestamp` varchar(30) DEFAULT NULL COMMENT '日志交互时间，时间戳',
  `cost_time` bigint(20) NOT NULL DEFAULT '0' COMMENT '耗时',
  `state` varchar(2) NOT NULL COMMENT '交互状态 S 成功 F 失败',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  UNIQUE KEY `log_id` (`log_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `t_dict` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `status_cd` varchar(64) NOT NULL COMMENT '表字段状态 取值',
  `name` varchar(50) NOT NULL COMMENT '名称',
  `description` varchar(200) DEFAULT NULL COMMENT '描述',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `table_name` varchar(50) DEFAULT NULL,
  `table_columns` varchar(50) DEFAULT NULL COMMENT '表字段说明',
  PRIMARY KEY (`id`),
  KEY `td_table_name` (`table_name`) USING BTREE,
  KEY `i_td_status_cd` (`status_cd`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `u_org` (
  `org_id` varchar(30) NOT NULL COMMENT '组织ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `store_id` varchar(30) NOT NULL COMMENT '商户ID',
  `org_name` varchar(200) NOT NULL COMMENT '组织名称',
  `org_level` varchar(10) NOT NULL COMMENT '组织级别1 公司级 2 分公司级，3 部门级 查看t_dict表',
  `parent_org_id` varchar(30) NOT NULL COMMENT '上级组织ID，一级时填写org_id',
  `description` varchar(200) DEFAULT NULL COMMENT '组织描述',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0在用，1失效',
  `belong_community_id` varchar(30) NOT NULL COMMENT '归属小区，9999 归属于入驻的所有小区，否则是为小区ID',
  `allow_operation` varchar(12) NOT NULL DEFAULT 'T' COMMENT '允许前台操作数据，T可以，F不可以',
  PRIMARY KEY (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `u_org_staff_rel` (
  `rel_id` varchar(30) NOT NULL COMMENT '组织员工ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `org_id` varchar(30) NOT NULL COMMENT '组织ID',
  `staff_id` varchar(30) NOT NULL COMMENT '员工ID',
  `rel_cd` varchar(30) NOT NULL COMMENT '关系角色，10000 普通员工， 20000部门经理 查看t_dict表',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0在用，1失效',
  `store_id` varchar(30) NOT NULL COMMENT '商户ID'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `u_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `name` varchar(50) NOT NULL COMMENT '名称',
  `email` varchar(30) DEFAULT NULL COMMENT '邮箱地址',
  `address` varchar(200) DEFAULT NULL COMMENT '现居住地址',
  `password` varchar(128) DEFAULT NULL COMMENT '用户密码，加密过后',
  `location_cd` varchar(8) DEFAULT NULL COMMENT '用户地区，编码详见 u_location',
  `age` int(11) DEFAULT NULL COMMENT '用户年龄',
  `sex` varchar(1) DEFAULT NULL COMMENT '性别，0表示男孩 1表示女孩',
  `tel` varchar(11) NOT NULL,
  `level_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '用户级别,关联user_level',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `score` varchar(200) DEFAULT NULL COMMENT '评分',
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `u_user_attr` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `attr_id` varchar(30) NOT NULL COMMENT '属性id',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `spec_cd` varchar(12) NOT NULL COMMENT '规格id,参考spec表',
  `value` varchar(50) NOT NULL COMMENT '属性值',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0在用，1失效',
  PRIMARY KEY (`id`),
  KEY `i_attr_id` (`attr_id`),
  KEY `i_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `u_user_credentials` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `credentials_id` varchar(30) NOT NULL COMMENT '证件ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `credentials_cd` varchar(12) NOT NULL COMMENT '证件类型',
  `value` varchar(50) NOT NULL COMMENT '证件号码',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0在用，1失效',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `u_user_login` (
  `login_id` varchar(30) NOT NULL COMMENT '登录ID',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `user_name` varchar(64) NOT NULL COMMENT '用户名称',
  `password` varchar(128) NOT NULL COMMENT '登录密码',
  `login_time` datetime NOT NULL COMMENT '登录时间',
  `source` varchar(12) NOT NULL DEFAULT 'WEB' COMMENT '登录来源',
  `token` longtext COMMENT '登录token记录',
  KEY `i_ul_login_time` (`login_time`) USING BTREE,
  KEY `i_ul_user_id` (`user_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `visit_setting` (
  `setting_id` varchar(30) NOT NULL COMMENT '设置ID',
  `type_name` varchar(30) NOT NULL COMMENT '类型名称',
  `face_way` varchar(12) NOT NULL DEFAULT 'Y' COMMENT '人脸同步 Y 是 N 否',
  `car_num_way` varchar(12) NOT NULL DEFAULT 'Y' COMMENT '车辆同步 Y 是 N 否',
  `audit_way` varchar(12) NOT NULL DEFAULT 'Y' COMMENT '物业审核 Y 是 N 否',
  `flow_id` varchar(30) DEFAULT NULL COMMENT '流程ID',
  `flow_name` varchar(30) DEFAULT NULL COMMENT '流程名称',
  `remark` varchar(512) DEFAULT NULL COMMENT '备注',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考t_dict表，0, 在用 1失效',
  `pa_id` varchar(30) DEFAULT NULL COMMENT '停车场',
  `pa_num` varchar(64) DEFAULT NULL COMMENT '停车场',
  `car_free_time` varchar(255) DEFAULT NULL COMMENT '预约车辆免费时长(单位为分钟)',
  `visit_number` int(11) DEFAULT NULL COMMENT '预约车限制次数',
  `is_need_review` int(11) DEFAULT NULL COMMENT '预约车是否审核  0表示需要审核  1表示不需要审核',
  `visitor_code` varchar(30) DEFAULT NULL COMMENT '是否展示访客二维码  true 是；false 否',
  PRIMARY KEY (`setting_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='流程设置';
