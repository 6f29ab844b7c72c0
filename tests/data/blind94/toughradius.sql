CREATE TABLE `slc_node` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '区域编号',
  `node_name` varchar(32) NOT NULL COMMENT '区域名',
  `node_desc` varchar(64) NOT NULL COMMENT '区域描述',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='区域表';

CREATE TABLE `slc_operator` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '操作员id',
  `operator_type` int(11) NOT NULL COMMENT '操作员类型',
  `operator_name` varchar(32) NOT NULL COMMENT '操作员名称',
  `operator_pass` varchar(128) NOT NULL COMMENT '操作员密码',
  `operator_status` int(11) NOT NULL COMMENT '操作员状态,0/1',
  `operator_desc` varchar(255) NOT NULL COMMENT '操作员描述',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='操作员表 操作员类型 0 系统管理员 1 普通操作员';

CREATE TABLE `slc_operator_nodes` (
  `operator_name` varchar(32) NOT NULL COMMENT '操作员名称',
  `node_name` varchar(32) NOT NULL COMMENT '区域名称',
  PRIMARY KEY (`operator_name`, `node_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='操作员表关联区域';

CREATE TABLE `slc_operator_products` (
  `operator_name` varchar(32) NOT NULL COMMENT '操作员名称',
  `product_id` varchar(32) NOT NULL COMMENT '资费ID',
  PRIMARY KEY (`operator_name`, `product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='操作员表关联区域';

CREATE TABLE `slc_operator_rule` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '权限id',
  `operator_name` varchar(32) NOT NULL COMMENT '操作员名称',
  `rule_path` varchar(128) NOT NULL COMMENT '权限URL',
  `rule_name` varchar(128) NOT NULL COMMENT '权限名称',
  `rule_category` varchar(128) NOT NULL COMMENT '权限分类',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='操作员权限表';

CREATE TABLE `slc_param` (
  `param_name` varchar(64) NOT NULL COMMENT '参数名',
  `param_value` varchar(1024) NOT NULL COMMENT '参数值',
  `param_desc` varchar(255) DEFAULT NULL COMMENT '参数描述',
  PRIMARY KEY (`param_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统参数表  <radiusd default table>';

CREATE TABLE `slc_rad_bas` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '设备id',
  `vendor_id` varchar(32) NOT NULL COMMENT '厂商标识',
  `ip_addr` varchar(15) NOT NULL COMMENT 'IP地址',
  `bas_name` varchar(64) NOT NULL COMMENT 'bas名称',
  `bas_secret` varchar(64) NOT NULL COMMENT '共享密钥',
  `coa_port` int(11) NOT NULL COMMENT 'CoA端口',
  `time_type` smallint(6) NOT NULL COMMENT '时区类型',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='BAS设备表 <radiusd default table>';

CREATE TABLE `slc_rad_roster` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '黑白名单id',
  `mac_addr` varchar(17) NOT NULL COMMENT 'mac地址',
  `begin_time` varchar(19) NOT NULL COMMENT '生效开始时间',
  `end_time` varchar(19) NOT NULL COMMENT '生效结束时间',
  `roster_type` smallint(6) NOT NULL COMMENT '黑白名单类型',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='黑白名单 0 白名单 1 黑名单 <radiusd default table>';

CREATE TABLE `slc_member` (
  `member_id` int(11) NOT NULL AUTO_INCREMENT COMMENT '用户id',
  `node_id` int(11) NOT NULL COMMENT '区域id',
  `member_name` varchar(64) NOT NULL COMMENT '用户登录名',
  `password` varchar(128) NOT NULL COMMENT '用户登录密码',
  `realname` varchar(64) NOT NULL,
  `idcard` varchar(32) DEFAULT NULL COMMENT '用户证件号码',
  `sex` smallint(6) DEFAULT NULL COMMENT '用户性别0/1',
  `age` int(11) DEFAULT NULL COMMENT '用户年龄',
  `email` varchar(255) DEFAULT NULL COMMENT '用户邮箱',
  `email_active` smallint(6) DEFAULT NULL COMMENT '用户邮箱激活状态',
  `active_code` varchar(32) NOT NULL COMMENT '邮箱激活码',
  `mobile` varchar(16) DEFAULT NULL COMMENT '用户手机',
  `mobile_active` smallint(6) DEFAULT NULL COMMENT '用户手机绑定状态',
  `address` varchar(255) DEFAULT NULL COMMENT '用户地址',
  `member_desc` varchar(255) DEFAULT NULL COMMENT '用户描述',
  `create_time` varchar(19) NOT NULL COMMENT '创建时间',
  `update_time` varchar(19) NOT NULL COMMENT '更新时间',
  PRIMARY KEY (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='用户信息表';

CREATE TABLE `slc_member_order` (
  `order_id` varchar(32) NOT NULL COMMENT '订单id',
  `member_id` int(11) NOT NULL COMMENT '用户id',
  `product_id` int(11) NOT NULL COMMENT '资费id',
  `account_number` varchar(32) NOT NULL COMMENT '上网账号',
  `order_fee` int(11) NOT NULL COMMENT '订单费用',
  `actual_fee` int(11) NOT NULL COMMENT '实缴费用',
  `pay_status` int(11) NOT NULL COMMENT '支付状态',
  `accept_id` int(11) NOT NULL COMMENT '受理id',
  `order_source` varchar(64) NOT NULL COMMENT '订单来源',
  `order_desc` varchar(255) DEFAULT NULL COMMENT '订单描述',
  `create_time` varchar(19) NOT NULL COMMENT '交易时间',
  PRIMARY KEY (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='订购信息表(交易记录) pay_status交易支付状态：0-未支付，1-已支付，2-已取消';

CREATE TABLE `slc_recharge_card` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '充值卡id',
  `batch_no` int(11) NOT NULL COMMENT '批次号',
  `card_number` varchar(16) NOT NULL COMMENT '充值卡号',
  `card_passwd` varchar(128) NOT NULL COMMENT '充值卡密码',
  `card_type` int(11) NOT NULL COMMENT '充值卡类型',
  `card_status` int(11) NOT NULL COMMENT '状态',
  `product_id` int(11) DEFAULT NULL COMMENT '资费id',
  `fee_value` int(11) NOT NULL COMMENT '充值卡面值-元',
  `months` int(11) DEFAULT NULL COMMENT '授权月数',
  `times` int(11) DEFAULT NULL COMMENT '授权时长(秒)',
  `flows` int(11) DEFAULT NULL COMMENT '授权流量(kb)',
  `expire_date` varchar(10) NOT NULL COMMENT '过期时间- ####-##-##',
  `create_time` varchar(19) NOT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `card_number` (`card_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='充值卡表 批次号：batch_no，以年月开始紧跟顺序号，如20150201 卡类型 0 资费卡   1 余额卡 状态 card_status 0 未激活 1 已激活 2 已使用 3 已回收';

CREATE TABLE `slc_recharge_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '日志id',
  `card_number` varchar(16) NOT NULL COMMENT '充值卡号',
  `member_id` int(11) NOT NULL COMMENT '用户id',
  `account_number` varchar(32) NOT NULL COMMENT '上网账号',
  `recharge_status` int(11) NOT NULL COMMENT '充值结果',
  `recharge_time` varchar(19) NOT NULL COMMENT '充值时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='充值记录';

CREATE TABLE `slc_rad_account` (
  `account_number` varchar(32) NOT NULL COMMENT '上网账号',
  `member_id` int(11) NOT NULL COMMENT '用户id',
  `product_id` int(11) NOT NULL COMMENT '资费id',
  `group_id` int(11) DEFAULT NULL COMMENT '用户组id',
  `password` varchar(128) NOT NULL COMMENT '上网密码',
  `status` int(11) NOT NULL COMMENT '用户状态',
  `install_address` varchar(128) NOT NULL COMMENT '装机地址',
  `balance` int(11) NOT NULL COMMENT '用户余额-分',
  `time_length` int(11) NOT NULL COMMENT '用户时长-秒',
  `flow_length` int(11) NOT NULL COMMENT '用户流量-kb',
  `expire_date` varchar(10) NOT NULL COMMENT '过期时间- ####-##-##',
  `user_concur_number` int(11) NOT NULL COMMENT '用户并发数',
  `bind_mac` smallint(6) NOT NULL COMMENT '是否绑定mac',
  `bind_vlan` smallint(6) NOT NULL COMMENT '是否绑定vlan',
  `mac_addr` varchar(17) DEFAULT NULL COMMENT 'mac地址',
  `vlan_id` int(11) DEFAULT NULL COMMENT '内层vlan',
  `vlan_id2` int(11) DEFAULT NULL COMMENT '外层vlan',
  `ip_address` varchar(15) DEFAULT NULL COMMENT '静态IP地址',
  `last_pause` varchar(19) DEFAULT NULL COMMENT '最后停机时间',
  `account_desc` varchar(255) DEFAULT NULL COMMENT '用户描述',
  `create_time` varchar(19) NOT NULL COMMENT '创建时间',
  `update_time` varchar(19) NOT NULL COMMENT '更新时间',
  PRIMARY KEY (`account_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='上网账号表，每个会员可以同时拥有多个上网账号 account_number 为每个套餐对应的上网账号，每个上网账号全局唯一 用户状态 0:"预定",1:"正常", 2:"停机" , 3:"销户", 4:"到期" <radiusd default table>';

CREATE TABLE `slc_rad_account_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `accept_id` int(11) NOT NULL COMMENT '受理id',
  `account_number` varchar(32) NOT NULL COMMENT '上网账号',
  `member_id` int(11) NOT NULL COMMENT '用户id',
  `product_id` int(11) NOT NULL COMMENT '资费id',
  `group_id` int(11) DEFAULT NULL COMMENT '用户组id',
  `password` varchar(128) NOT NULL COMMENT '上网密码',
  `install_address` varchar(128) NOT NULL COMMENT '装机地址',
  `expire_date` varchar(10) NOT NULL COMMENT '过期时间- ####-##-##',
  `user_concur_number` int(11) NOT NULL COMMENT '用户并发数',
  `bind_mac` smallint(6) NOT NULL COMMENT '是否绑定mac',
  `bind_vlan` smallint(6) NOT NULL COMMENT '是否绑定vlan',
  `account_desc` varchar(255) DEFAULT NULL COMMENT '用户描述',
  `create_time` varchar(19) NOT NULL COMMENT '创建时间',
  `operate_time` varchar(19) NOT NULL COMMENT '操作时间',
  `new_expire_date` varchar(10) DEFAULT NULL COMMENT '变更后过期时间- ####-##-##',
  `new_product_id` int(11) DEFAULT NULL COMMENT '变更后资费id',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='上网账号历史纪录';

CREATE TABLE `slc_rad_account_attr` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '属性id',
  `account_number` varchar(32) NOT NULL COMMENT '上网账号',
  `attr_name` varchar(255) NOT NULL COMMENT '属性名',
  `attr_value` varchar(255) NOT NULL COMMENT '属性值',
  `attr_desc` varchar(255) DEFAULT NULL COMMENT '属性描述',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='上网账号扩展策略属性表';

CREATE TABLE `slc_rad_product` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '资费id',
  `product_name` varchar(64) NOT NULL COMMENT '资费名称',
  `product_policy` int(11) NOT NULL COMMENT '资费策略',
  `product_status` smallint(6) NOT NULL COMMENT '资费状态',
  `bind_mac` smallint(6) NOT NULL COMMENT '是否绑定mac',
  `bind_vlan` smallint(6) NOT NULL COMMENT '是否绑定vlan',
  `concur_number` int(11) NOT NULL COMMENT '并发数',
  `fee_period` varchar(11) DEFAULT NULL COMMENT '开放认证时段',
  `fee_months` int(11) DEFAULT NULL COMMENT '买断授权月数',
  `fee_times` int(11) DEFAULT NULL COMMENT '买断时长(秒)',
  `fee_flows` int(11) DEFAULT NULL COMMENT '买断流量(kb)',
  `fee_price` int(11) NOT NULL COMMENT '资费价格',
  `input_max_limit` int(11) NOT NULL COMMENT '上行速率',
  `output_max_limit` int(11) NOT NULL COMMENT '下行速率',
  `create_time` varchar(19) NOT NULL COMMENT '创建时间',
  `update_time` varchar(19) NOT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='资费信息表 <radiusd default table> 资费类型 product_policy 0 预付费包月 1 预付费时长 2 买断包月 3 买断时长 4 预付费流量 5 买断流量 销售状态 product_status 0 正常 1 停用 资费停用后不允许再订购';

CREATE TABLE `slc_rad_product_attr` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '属性id',
  `product_id` int(11) NOT NULL COMMENT '资费id',
  `attr_name` varchar(255) NOT NULL COMMENT '属性名',
  `attr_value` varchar(255) NOT NULL COMMENT '属性值',
  `attr_desc` varchar(255) DEFAULT NULL COMMENT '属性描述',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='资费扩展属性表 <radiusd default table>';

CREATE TABLE `slc_rad_billing` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '计费id',
  `account_number` varchar(253) NOT NULL COMMENT '上网账号',
  `nas_addr` varchar(15) NOT NULL COMMENT 'bas地址',
  `acct_session_id` varchar(253) NOT NULL COMMENT '会话id',
  `acct_start_time` varchar(19) NOT NULL COMMENT '计费开始时间',
  `acct_session_time` int(11) NOT NULL COMMENT '会话时长',
  `input_total` int(11) DEFAULT NULL COMMENT '会话的上行流量（kb）',
  `output_total` int(11) DEFAULT NULL COMMENT '会话的下行流量（kb）',
  `acct_times` int(11) NOT NULL COMMENT '扣费时长(秒)',
  `acct_flows` int(11) NOT NULL COMMENT '扣费流量(kb)',
  `acct_fee` int(11) NOT NULL COMMENT '应扣费用',
  `actual_fee` int(11) NOT NULL COMMENT '实扣费用',
  `balance` int(11) NOT NULL COMMENT '当前余额',
  `time_length` int(11) NOT NULL COMMENT '当前用户时长-秒',
  `flow_length` int(11) NOT NULL COMMENT '当前用户流量-kb',
  `is_deduct` int(11) NOT NULL COMMENT '是否扣费',
  `create_time` varchar(19) NOT NULL COMMENT '计费时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='计费信息表 is_deduct 0 未扣费 1 已扣费 <radiusd default table>';

CREATE TABLE `slc_rad_ticket` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '日志id',
  `account_number` varchar(253) NOT NULL COMMENT '上网账号',
  `acct_input_gigawords` int(11) DEFAULT NULL COMMENT '会话的上行的字（4字节）的吉倍数',
  `acct_output_gigawords` int(11) DEFAULT NULL COMMENT '会话的下行的字（4字节）的吉倍数',
  `acct_input_octets` int(11) DEFAULT NULL COMMENT '会话的上行流量（字节数）',
  `acct_output_octets` int(11) DEFAULT NULL COMMENT '会话的下行流量（字节数）',
  `acct_input_packets` int(11) DEFAULT NULL COMMENT '会话的上行包数量',
  `acct_output_packets` int(11) DEFAULT NULL COMMENT '会话的下行包数量',
  `acct_session_id` varchar(253) NOT NULL COMMENT '会话id',
  `acct_session_time` int(11) NOT NULL COMMENT '会话时长',
  `acct_start_time` varchar(19) NOT NULL COMMENT '会话开始时间',
  `acct_stop_time` varchar(19) NOT NULL COMMENT '会话结束时间',
  `acct_terminate_cause` int(11) DEFAULT NULL COMMENT '会话中止原因',
  `mac_addr` varchar(128) DEFAULT NULL COMMENT 'mac地址',
  `calling_station_id` varchar(128) DEFAULT NULL COMMENT '用户接入物理信息',
  `frame_id_netmask` varchar(15) DEFAULT NULL COMMENT '地址掩码',
  `framed_ipaddr` varchar(15) DEFAULT NULL COMMENT 'IP地址',
  `nas_class` varchar(253) DEFAULT NULL COMMENT 'bas class',
  `nas_addr` varchar(15) NOT NULL COMMENT 'bas地址',
  `nas_port` varchar(32) DEFAULT NULL COMMENT '接入端口',
  `nas_port_id` varchar(255) DEFAULT NULL COMMENT '接入端口物理信息',
  `nas_port_type` int(11) DEFAULT NULL COMMENT '接入端口类型',
  `service_type` int(11) DEFAULT NULL COMMENT '接入服务类型',
  `session_timeout` int(11) DEFAULT NULL COMMENT '会话超时时间',
  `start_source` int(11) NOT NULL COMMENT '会话开始来源',
  `stop_source` int(11) NOT NULL COMMENT '会话中止来源',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='上网日志表 <radiusd default table>';

CREATE TABLE `slc_rad_online` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '在线id',
  `account_number` varchar(32) NOT NULL COMMENT '上网账号',
  `nas_addr` varchar(32) NOT NULL COMMENT 'bas地址',
  `acct_session_id` varchar(64) NOT NULL COMMENT '会话id',
  `acct_start_time` varchar(19) NOT NULL COMMENT '会话开始时间',
  `framed_ipaddr` varchar(32) NOT NULL COMMENT 'IP地址',
  `mac_addr` varchar(32) NOT NULL COMMENT 'mac地址',
  `nas_port_id` varchar(255) NOT NULL COMMENT '接入端口物理信息',
  `billing_times` int(11) NOT NULL COMMENT '已记账时间',
  `input_total` int(11) DEFAULT NULL COMMENT '上行流量（kb）',
  `output_total` int(11) DEFAULT NULL COMMENT '下行流量（kb）',
  `start_source` smallint(6) NOT NULL COMMENT '记账开始来源',
  PRIMARY KEY (`id`)
) ENGINE=MEMORY DEFAULT CHARSET=utf8 COMMENT='用户在线信息表 <radiusd default table>';

CREATE TABLE `slc_rad_online_stat` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `node_id` int(11) NOT NULL COMMENT '区域id',
  `stat_time` int(11) NOT NULL COMMENT '统计时间',
  `total` int(11) DEFAULT NULL COMMENT '在线数',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='用户在线统计表';

CREATE TABLE `slc_rad_flow_stat` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `node_id` int(11) NOT NULL COMMENT '区域id',
  `stat_time` int(11) NOT NULL COMMENT '统计时间',
  `input_total` int(11) DEFAULT NULL COMMENT '上行流量（kb）',
  `output_total` int(11) DEFAULT NULL COMMENT '下行流量（kb）',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='用户在线统计表';

CREATE TABLE `slc_rad_accept_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '日志id',
  `accept_type` varchar(16) NOT NULL COMMENT '受理类型',
  `accept_desc` varchar(512) DEFAULT NULL COMMENT '受理描述',
  `account_number` varchar(32) NOT NULL COMMENT '上网账号',
  `operator_name` varchar(32) DEFAULT NULL COMMENT '操作员名',
  `accept_source` varchar(128) DEFAULT NULL COMMENT '受理渠道来源',
  `accept_time` varchar(19) NOT NULL COMMENT '受理时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='业务受理日志表 open:开户 pause:停机 resume:复机 cancel:销户 next:续费 charge:充值';

CREATE TABLE `slc_rad_operate_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '日志id',
  `operator_name` varchar(32) NOT NULL COMMENT '操作员名称',
  `operate_ip` varchar(128) DEFAULT NULL COMMENT '操作员ip',
  `operate_time` varchar(19) NOT NULL COMMENT '操作时间',
  `operate_desc` varchar(1024) DEFAULT NULL COMMENT '操作描述',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='操作日志表';

CREATE TABLE `slc_customer_manager` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '客户经理id',
  `manager_code` varchar(64) NOT NULL COMMENT '客户经理工号',
  `manager_name` varchar(128) NOT NULL COMMENT '客户经理姓名',
  `manager_mobile` varchar(64) NOT NULL COMMENT '客户经理手机',
  `manager_email` varchar(64) DEFAULT NULL COMMENT '客户经理邮箱',
  `operator_name` varchar(32) DEFAULT NULL COMMENT '关联操作员',
  `create_time` varchar(19) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `manager_code` (`manager_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='23. 客户经理表';

CREATE TABLE `slc_issues` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '工单id',
  `account_number` varchar(32) NOT NULL COMMENT '上网账号',
  `date_time` varchar(19) NOT NULL COMMENT '操作时间',
  `issues_type` int(11) NOT NULL COMMENT '工单类型',
  `content` varchar(512) NOT NULL COMMENT '工单内容',
  `assign_operator` varchar(32) NOT NULL COMMENT '指派操作员',
  `status` int(11) NOT NULL COMMENT '工单状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='24. 用户工单表  issues_type 0:新装/1:故障/2:投诉/3:其他 处理状态 1-处理中 2-挂起 3－取消 4-处理完成';

CREATE TABLE `slc_issues_append` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '工单id',
  `issues_id` int(11) NOT NULL COMMENT '工单id',
  `append_content` varchar(1024) NOT NULL COMMENT '工单补充内容',
  `append_time` varchar(19) NOT NULL COMMENT '操作时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='25. 用户工单补充内容表';

CREATE TABLE `slc_issues_flow` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '工单流id',
  `issues_id` int(11) NOT NULL COMMENT '工单id',
  `operator_name` varchar(32) NOT NULL COMMENT '操作员',
  `accept_time` varchar(19) NOT NULL COMMENT '操作时间',
  `accept_result` varchar(1024) NOT NULL COMMENT '处理结果',
  `accept_status` int(11) NOT NULL COMMENT '工单处理状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='26. 工单流程跟踪表';

CREATE TABLE `slc_user_stat` (
  `node_id` int(11) NOT NULL COMMENT '区域编号',
  `stat_day` varchar(10) NOT NULL COMMENT '统计日期',
  `open_count` int(11) NOT NULL COMMENT '新开数',
  `pause_count` int(11) NOT NULL COMMENT '停机数',
  `resume_count` int(11) NOT NULL COMMENT '复机数',
  `cancel_count` int(11) NOT NULL COMMENT '销户数',
  `next_count` int(11) NOT NULL COMMENT '续费数',
  `valid_count` int(11) NOT NULL COMMENT '在网数',
  PRIMARY KEY (`node_id`, `stat_day`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='28. 用户发展统计';

CREATE TABLE `slc_product_stat` (
  `node_id` int(11) NOT NULL COMMENT '区域编号',
  `stat_day` varchar(10) NOT NULL COMMENT '统计日期',
  `product_id` int(11) NOT NULL COMMENT '资费id',
  `count` int(11) NOT NULL COMMENT '服务订购数',
  PRIMARY KEY (`node_id`, `stat_day`, `product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='29. 资费统计表';

CREATE TABLE `slc_fee_stat` (
  `node_id` int(11) NOT NULL COMMENT '区域编号',
  `stat_day` varchar(10) NOT NULL COMMENT '统计日期',
  `income_fee` int(11) NOT NULL COMMENT '收入',
  `refund_fee` int(11) NOT NULL COMMENT '退费',
  PRIMARY KEY (`node_id`, `stat_day`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='30. 费用统计表';

