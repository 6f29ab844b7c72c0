-- mangoO Microfinance: database/mangoo_fresh.sql of github.com/mangoO-Microfinance/mangoO-Microfinance
-- at commit acdf458a28f9fed77a3aa7dad8dcfbaaba00b534 (GPL-3.0); primary keys and AUTO_INCREMENT folded in
-- from the ALTER TABLE statements of the same dump; sample rows left out.

CREATE TABLE `custmarried` (
  `custmarried_id` int(11) NOT NULL AUTO_INCREMENT,
  `custmarried_status` varchar(15) NOT NULL,
  PRIMARY KEY (`custmarried_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `customer` (
  `cust_id` int(11) NOT NULL AUTO_INCREMENT,
  `cust_no` varchar(50) DEFAULT NULL,
  `cust_name` varchar(100) DEFAULT NULL,
  `cust_dob` int(11) DEFAULT NULL,
  `custsex_id` int(11) DEFAULT NULL,
  `cust_address` varchar(100) DEFAULT NULL,
  `cust_phone` varchar(50) DEFAULT NULL,
  `cust_email` varchar(100) DEFAULT NULL,
  `cust_occup` varchar(50) DEFAULT NULL,
  `custmarried_id` int(11) DEFAULT NULL,
  `cust_heir` varchar(100) DEFAULT NULL,
  `cust_heirrel` varchar(50) DEFAULT NULL,
  `cust_lengthres` int(11) DEFAULT NULL,
  `cust_since` int(11) DEFAULT NULL,
  `custsick_id` int(11) DEFAULT NULL,
  `cust_lastsub` int(11) DEFAULT NULL,
  `cust_active` int(1) NOT NULL DEFAULT '0',
  `cust_lastupd` int(11) DEFAULT NULL,
  `cust_pic` varchar(100) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`cust_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `custsex` (
  `custsex_id` int(11) NOT NULL AUTO_INCREMENT,
  `custsex_name` varchar(50) NOT NULL,
  PRIMARY KEY (`custsex_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `custsick` (
  `custsick_id` int(11) NOT NULL AUTO_INCREMENT,
  `custsick_name` varchar(50) NOT NULL,
  `custsick_risk` int(11) NOT NULL,
  PRIMARY KEY (`custsick_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `emplmarried` (
  `emplmarried_id` int(11) NOT NULL AUTO_INCREMENT,
  `emplmarried_status` varchar(15) NOT NULL,
  PRIMARY KEY (`emplmarried_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `employee` (
  `empl_id` int(11) NOT NULL AUTO_INCREMENT,
  `empl_no` varchar(50) DEFAULT NULL,
  `empl_name` varchar(100) DEFAULT NULL,
  `empl_dob` int(11) DEFAULT NULL,
  `emplsex_id` int(11) NOT NULL DEFAULT '1',
  `emplmarried_id` int(11) NOT NULL,
  `empl_position` varchar(100) DEFAULT NULL,
  `empl_salary` int(11) DEFAULT NULL,
  `empl_address` varchar(100) DEFAULT NULL,
  `empl_phone` varchar(50) DEFAULT NULL,
  `empl_email` varchar(100) DEFAULT NULL,
  `empl_in` int(11) DEFAULT NULL,
  `empl_out` int(11) DEFAULT NULL,
  `empl_lastupd` int(11) NOT NULL,
  `empl_active` int(1) NOT NULL DEFAULT '0',
  `empl_pic` varchar(100) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`empl_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `emplsex` (
  `emplsex_id` int(11) NOT NULL AUTO_INCREMENT,
  `emplsex_name` varchar(20) NOT NULL,
  PRIMARY KEY (`emplsex_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `expenses` (
  `exp_id` int(11) NOT NULL AUTO_INCREMENT,
  `cust_id` int(6) DEFAULT NULL,
  `exptype_id` int(11) NOT NULL,
  `exp_amount` int(11) NOT NULL,
  `exp_date` int(15) DEFAULT NULL,
  `exp_text` varchar(100) DEFAULT NULL,
  `exp_recipient` varchar(75) DEFAULT NULL,
  `exp_receipt` int(11) DEFAULT NULL,
  `exp_voucher` int(11) DEFAULT NULL,
  `exp_created` int(11) DEFAULT NULL,
  `user_id` int(6) DEFAULT NULL,
  PRIMARY KEY (`exp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `exptype` (
  `exptype_id` int(11) NOT NULL AUTO_INCREMENT,
  `exptype_type` varchar(50) NOT NULL,
  `exptype_short` varchar(8) NOT NULL,
  PRIMARY KEY (`exptype_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `fees` (
  `fee_id` int(11) NOT NULL AUTO_INCREMENT,
  `fee_name` varchar(50) NOT NULL,
  `fee_short` varchar(8) NOT NULL,
  `fee_value` float DEFAULT NULL,
  PRIMARY KEY (`fee_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `incomes` (
  `inc_id` int(11) NOT NULL AUTO_INCREMENT,
  `inctype_id` int(11) NOT NULL,
  `cust_id` int(11) DEFAULT NULL,
  `loan_id` int(11) DEFAULT NULL,
  `ltrans_id` int(11) DEFAULT NULL,
  `sav_id` int(11) DEFAULT NULL,
  `inc_amount` int(11) NOT NULL,
  `inc_date` int(15) NOT NULL,
  `inc_receipt` int(11) NOT NULL,
  `inc_text` varchar(200) NOT NULL,
  `inc_created` int(11) NOT NULL,
  `user_id` int(6) NOT NULL,
  PRIMARY KEY (`inc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `inctype` (
  `inctype_id` int(11) NOT NULL AUTO_INCREMENT,
  `inctype_type` varchar(50) NOT NULL,
  `inctype_short` varchar(8) NOT NULL,
  PRIMARY KEY (`inctype_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `loans` (
  `loan_id` int(11) NOT NULL AUTO_INCREMENT,
  `cust_id` int(11) NOT NULL,
  `loanstatus_id` int(11) NOT NULL,
  `loan_no` varchar(20) NOT NULL,
  `loan_date` int(15) NOT NULL,
  `loan_dateout` int(11) NOT NULL,
  `loan_issued` int(2) NOT NULL,
  `loan_principal` int(11) NOT NULL,
  `loan_principalapproved` int(11) NOT NULL,
  `loan_interest` float NOT NULL,
  `loan_appfee_receipt` int(11) NOT NULL,
  `loan_fee` int(11) NOT NULL,
  `loan_fee_receipt` int(11) NOT NULL,
  `loan_insurance` int(11) NOT NULL,
  `loan_insurance_receipt` int(11) NOT NULL,
  `loan_rate` decimal(11,0) NOT NULL,
  `loan_period` int(11) NOT NULL,
  `loan_repaytotal` int(11) NOT NULL,
  `loan_purpose` varchar(250) NOT NULL,
  `loan_guarant1` int(11) NOT NULL,
  `loan_guarant2` int(11) NOT NULL,
  `loan_guarant3` int(11) NOT NULL,
  `loan_feepaid` int(1) NOT NULL DEFAULT '0',
  `loan_created` int(15) DEFAULT NULL,
  `loan_xtra1` varchar(255) DEFAULT NULL,
  `loan_xtraFee1` int(11) DEFAULT NULL,
  `user_id` int(6) NOT NULL,
  PRIMARY KEY (`loan_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `loanstatus` (
  `loanstatus_id` int(11) NOT NULL AUTO_INCREMENT,
  `loanstatus_status` varchar(50) NOT NULL,
  `loanstatus_short` varchar(8) NOT NULL,
  PRIMARY KEY (`loanstatus_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `logrec` (
  `logrec_id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `logrec_start` int(11) DEFAULT NULL,
  `logrec_end` int(11) DEFAULT NULL,
  `logrec_logout` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`logrec_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `ltrans` (
  `ltrans_id` int(11) NOT NULL AUTO_INCREMENT,
  `loan_id` int(11) NOT NULL,
  `ltrans_due` int(11) DEFAULT NULL,
  `ltrans_date` int(15) DEFAULT NULL,
  `ltrans_principaldue` int(11) DEFAULT NULL,
  `ltrans_principal` int(15) DEFAULT NULL,
  `ltrans_interestdue` int(11) DEFAULT NULL,
  `ltrans_interest` int(11) DEFAULT NULL,
  `ltrans_fined` int(1) NOT NULL DEFAULT '0',
  `ltrans_receipt` int(11) DEFAULT NULL,
  `ltrans_created` int(15) DEFAULT NULL,
  `user_id` int(6) NOT NULL,
  PRIMARY KEY (`ltrans_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `savbalance` (
  `savbal_id` int(11) NOT NULL AUTO_INCREMENT,
  `cust_id` int(11) NOT NULL,
  `savbal_balance` int(11) NOT NULL,
  `savbal_fixed` int(11) NOT NULL,
  `savbal_date` int(11) NOT NULL,
  `savbal_created` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`savbal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `savings` (
  `sav_id` int(11) NOT NULL AUTO_INCREMENT,
  `savtype_id` int(11) NOT NULL,
  `sav_mother` int(11) DEFAULT NULL,
  `cust_id` int(11) NOT NULL,
  `ltrans_id` int(11) DEFAULT NULL,
  `sav_date` int(15) NOT NULL,
  `sav_amount` int(15) NOT NULL DEFAULT '0',
  `sav_receipt` int(11) DEFAULT NULL,
  `sav_slip` int(10) NOT NULL,
  `sav_payer` varchar(255) DEFAULT NULL,
  `sav_fixed` int(11) DEFAULT NULL,
  `sav_created` int(15) DEFAULT NULL,
  `user_id` int(6) NOT NULL,
  PRIMARY KEY (`sav_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `savtype` (
  `savtype_id` int(11) NOT NULL AUTO_INCREMENT,
  `savtype_type` varchar(20) NOT NULL,
  `savtype_short` varchar(8) NOT NULL,
  PRIMARY KEY (`savtype_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `securities` (
  `sec_id` int(11) NOT NULL AUTO_INCREMENT,
  `cust_id` int(8) NOT NULL,
  `loan_id` int(8) NOT NULL,
  `sec_no` varchar(50) NOT NULL,
  `sec_name` varchar(100) NOT NULL,
  `sec_value` int(11) NOT NULL,
  `sec_path` varchar(200) NOT NULL,
  `sec_returned` int(1) NOT NULL DEFAULT '0',
  `sec_date` int(11) NOT NULL,
  `sec_returned_date` int(11) NOT NULL,
  `sec_lastupd` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`sec_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `settings` (
  `set_id` int(11) NOT NULL AUTO_INCREMENT,
  `set_name` varchar(100) NOT NULL,
  `set_short` varchar(8) NOT NULL,
  `set_value` varchar(255) NOT NULL,
  PRIMARY KEY (`set_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `shares` (
  `share_id` int(11) NOT NULL AUTO_INCREMENT,
  `cust_id` int(11) NOT NULL,
  `share_date` int(11) NOT NULL,
  `share_amount` int(11) NOT NULL,
  `share_value` int(11) NOT NULL,
  `share_receipt` int(11) NOT NULL,
  `share_trans` int(2) NOT NULL,
  `share_transfrom` int(11) DEFAULT NULL,
  `share_created` int(15) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`share_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `shareval` (
  `shareval_id` int(11) NOT NULL AUTO_INCREMENT,
  `shareval_date` int(11) NOT NULL,
  `shareval_value` int(11) NOT NULL,
  PRIMARY KEY (`shareval_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `ugroup` (
  `ugroup_id` int(11) NOT NULL AUTO_INCREMENT,
  `ugroup_name` varchar(100) NOT NULL,
  `ugroup_admin` int(11) NOT NULL,
  `ugroup_delete` int(2) NOT NULL,
  `ugroup_report` int(11) NOT NULL,
  `ugroup_created` int(15) NOT NULL,
  PRIMARY KEY (`ugroup_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

CREATE TABLE `user` (
  `user_id` int(11) NOT NULL AUTO_INCREMENT,
  `user_name` varchar(200) NOT NULL,
  `user_pw` varchar(255) NOT NULL,
  `ugroup_id` int(11) NOT NULL,
  `empl_id` int(11) NOT NULL,
  `user_created` int(15) NOT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;
