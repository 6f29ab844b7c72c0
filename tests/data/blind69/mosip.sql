-- MOSIP (github.com/mosip/registration db_scripts/mosip_regprc, commit ebf7ee8e; github.com/mosip/pre-registration db_scripts/mosip_prereg, commit e2cde167; github.com/mosip/id-repository db_scripts/mosip_idrepo, commit ebc79bf6; MPL-2.0); PostgreSQL DDL, 39 tables of three databases
-- Translated to MySQL/MariaDB DDL for the ropa blind exam (tests/data/blind69/); column names and types as upstream.

SET FOREIGN_KEY_CHECKS=0;

-- regprc.registration
CREATE TABLE `registration` (
  `reg_id` VARCHAR(39) NOT NULL,
  `process` VARCHAR(36) NOT NULL,
  `ref_reg_id` VARCHAR(39) COMMENT 'reference Registration ID:Previous registartion ID using which UIN was generated, Which will be used as refrence for any update or correction request.',
  `applicant_type` VARCHAR(36) COMMENT 'Applicant Type: Type of the applicant who is raised registration request, Applicant type can be citizen, foreigner…etc',
  `status_code` VARCHAR(36) NOT NULL COMMENT 'Status Code: Status of the registration process, This will be the over all status of the registartion',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `status_comment` VARCHAR(256) COMMENT 'Status Comment: Comments captured as part of packet processing. This can be used in case someone wants to abort the transaction, comments can be provided as additional information.',
  `latest_trn_id` VARCHAR(36) COMMENT 'Latest Transaction ID: Transaction ID of the last registration processor side transaction that was executed for this registartion request. This can be used to handle/track transactions of an registration request.',
  `latest_trn_type_code` VARCHAR(36) COMMENT 'Latest Transaction Type Code: Transaction Type code of the last registration processor side transaction that was executed for this registartion request',
  `latest_trn_status_code` VARCHAR(36) COMMENT 'Latest Transaction Status Code:  Transaction status code of the last registration processor side transaction that was executed for this registartion request',
  `latest_trn_dtimes` DATETIME COMMENT 'latest Transation date and time:Date and time of last Transaction of the last registration processor side transaction that was executed for this registartion request',
  `reg_process_retry_count` SMALLINT COMMENT 'Registration Process Retry Count: Number of time this registration process retried in case of failure or not completed ',
  `reg_stage_name` VARCHAR(36) COMMENT 'Registration Process Stage Name: Registration process stage/transaction name of the registration transaction',
  `trn_retry_count` SMALLINT COMMENT 'Transaction Retry Count: Number of time this transaction retried in case of failure or not completed ',
  `pkt_cr_dtimes` DATETIME COMMENT 'Packet Created Date and Time: Date and time on which this packet is created at registration client',
  `is_active` BOOLEAN NOT NULL COMMENT 'IS_Active : Flag to mark whether the record is Active or In-active',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  `resume_timestamp` DATETIME,
  `default_resume_action` VARCHAR(50),
  `pause_rule_ids` VARCHAR(256),
  `last_success_stage_name` VARCHAR(50),
  `workflow_instance_id` VARCHAR(36) NOT NULL,
  `source` TEXT,
  `iteration` INT DEFAULT 1,
  PRIMARY KEY (`workflow_instance_id`)
) COMMENT='Registration: Registration Processor table is to store registration requests that are being processed, Also maintains packet id details and status of the registration requests.';

-- regprc.registration_transaction
CREATE TABLE `registration_transaction` (
  `id` VARCHAR(36) NOT NULL COMMENT 'ID: Transaction id of the transactions that were recorded in registration module/application',
  `reg_id` VARCHAR(39) NOT NULL COMMENT 'Registration ID: Registration id for which these transactions are carried out at the registration client application.',
  `trn_type_code` VARCHAR(64) NOT NULL COMMENT 'Transaction Type Code: Type of transaction being processed. Refers to reg.transaction_type.code',
  `remarks` VARCHAR(256) COMMENT 'Transaction Remarks: Current remarks/comments of the transaction',
  `parent_regtrn_id` VARCHAR(36) COMMENT 'Parent Registration ID: Parent transaction id that has triggered this transaction (if any). Refers to reg.registration_transaction.id',
  `ref_id` VARCHAR(64) COMMENT 'Reference ID: Reference id for the transaction if any',
  `ref_id_type` VARCHAR(64) COMMENT 'reference ID Type: reference ID type of the transaction if any',
  `status_code` VARCHAR(36) NOT NULL COMMENT 'Status Code: Current status of the transaction. Refers to code field of master.status_list table.',
  `sub_status_code` VARCHAR(36) NOT NULL COMMENT 'Sub Status Code: Current sub status of the registration transaction. Refers to code field of master.status_list table.',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `status_comment` VARCHAR(256) COMMENT 'Status Comment: Comments provided by the actor during the transaction processing.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`trn_type_code`, `lang_code`) REFERENCES `transaction_type` (`code`, `lang_code`)
) COMMENT='Registration Transaction: Registration Processor Transaction table is to store ALL  Registration Processor packet processing/process transaction details for ID issuance';

-- regprc.transaction_type
CREATE TABLE `transaction_type` (
  `code` VARCHAR(36) NOT NULL COMMENT 'Code: Primary key of transaction code, with lang_cd for multi language ',
  `descr` VARCHAR(256) NOT NULL COMMENT 'Description : Description of the Transaction Type',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `is_active` BOOLEAN NOT NULL COMMENT 'IS_Active : Flag to mark whether the record is Active or In-active',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`code`, `lang_code`)
) COMMENT='Transaction Type: Registration Process Transaction Type list table, Store all the transaction which are used in registration processor';

-- regprc.registration_list
CREATE TABLE `registration_list` (
  `workflow_instance_id` VARCHAR(36) NOT NULL,
  `reg_id` VARCHAR(39) NOT NULL COMMENT 'Registration ID: ID of the registration request',
  `process` VARCHAR(64),
  `packet_checksum` VARCHAR(128) NOT NULL DEFAULT '0' COMMENT 'packet Checksum: Checksum value of the packet which id used to validate the packet when actual packate is received for processing',
  `packet_size` BIGINT NOT NULL DEFAULT 0 COMMENT 'Packet Size: Size of the packate when it is crated at registration client',
  `client_status_code` VARCHAR(36) COMMENT 'Client Status Code: Client status code of the registration packet which is updated berefore sending for registration process',
  `client_status_comment` VARCHAR(256) COMMENT 'Client Status Comment: Client status comment on the registration packet which is updated berefore sending for registration process',
  `additional_info` LONGBLOB COMMENT 'Additional Information: Futuristic field to capture any additional information shared by registration client application. The information can be stored in json format as flat structure.',
  `status_code` VARCHAR(36) COMMENT 'Status Code:  Status code of the registration packet which is updated berefore sending for registration process',
  `status_comment` VARCHAR(256) COMMENT 'Status Comment: Status comment on the registration packet which is updated berefore sending for registration process',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  `name` TEXT,
  `phone` TEXT,
  `email` TEXT,
  `center_id` TEXT,
  `registration_date` DATE,
  `location_code` TEXT,
  `additional_info_req_id` VARCHAR(256),
  `packet_id` TEXT,
  `ref_id` VARCHAR(512),
  `source` TEXT,
  PRIMARY KEY (`workflow_instance_id`)
) COMMENT='Registration Lists: List of Registration packets details received (to be received) from registration client applications. These details are used to validate the actuall packets received for processing.';

-- regprc.individual_demographic_dedup
CREATE TABLE `individual_demographic_dedup` (
  `reg_id` VARCHAR(39) NOT NULL COMMENT 'Registration id of applicant',
  `name` VARCHAR(128) COMMENT 'Name: Name of an individual, This is combination of fname, mname and lname or full name',
  `dob` VARCHAR(64) COMMENT 'Date of Birth: DOB of an individual',
  `gender` VARCHAR(64) COMMENT 'Gender: Gender of an individual',
  `mobile_number` VARCHAR(64) COMMENT 'Mobile Number :  Contact number of the individulas, Number which is used for registration and any OTP communication',
  `email` VARCHAR(512) COMMENT 'Email Address :  Email address of the individulas, Address which is used for registration and any communication.',
  `pincode` VARCHAR(64) COMMENT 'PINCODE : Address pincode of the individuals',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `is_active` BOOLEAN NOT NULL COMMENT 'IS_Active : Flag to mark whether the record is Active or In-active',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  `workflow_instance_id` VARCHAR(36),
  `process` VARCHAR(36),
  `iteration` INT DEFAULT 1,
  PRIMARY KEY (`workflow_instance_id`, `lang_code`),
  FOREIGN KEY (`workflow_instance_id`) REFERENCES `registration` (`workflow_instance_id`)
) COMMENT='Individual Demographic Dedupe: Table stores applicant demographic details for deduplication, Only required information for dedupe is stored. ';

-- regprc.reg_demo_dedupe_list
CREATE TABLE `reg_demo_dedupe_list` (
  `regtrn_id` VARCHAR(36) NOT NULL COMMENT 'Registration Transaction ID: ID of the demo dedupe transaction, Refers to regprc.registration_transaction.id',
  `matched_reg_id` VARCHAR(39) NOT NULL COMMENT 'Matched Registration ID: Registration ID of the individual matching with the host registration id. It can be RID or any other id related to an individual.',
  `reg_id` VARCHAR(39) NOT NULL COMMENT 'Registration ID: Registration ID for which the matches are found as part of the demographic dedupe process.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`matched_reg_id`, `regtrn_id`),
  FOREIGN KEY (`regtrn_id`) REFERENCES `registration_transaction` (`id`)
) COMMENT='Registration Demographic Deduplication List: List of matched UIN / RIDs, as part of demographic data.';

-- regprc.reg_bio_ref
CREATE TABLE `reg_bio_ref` (
  `reg_id` VARCHAR(39) NOT NULL COMMENT 'Registration ID: ID of the registration request',
  `bio_ref_id` VARCHAR(36) NOT NULL COMMENT 'Biometric Reference ID: Biometric Reference ID of the host registration id for which requests are being sent to ABIS application.',
  `is_active` BOOLEAN NOT NULL COMMENT 'IS_Active : Flag to mark whether the record is Active or In-active',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  `workflow_instance_id` VARCHAR(36) NOT NULL,
  `process` TEXT,
  `iteration` INT DEFAULT 1,
  PRIMARY KEY (`bio_ref_id`, `workflow_instance_id`),
  FOREIGN KEY (`workflow_instance_id`) REFERENCES `registration` (`workflow_instance_id`)
) COMMENT='Registration Biometric Reference: Mapping table to store the bio reference id for an registration id';

-- regprc.abis_application
CREATE TABLE `abis_application` (
  `code` VARCHAR(36) NOT NULL COMMENT 'Code: Unique code to identify an ABIS application ',
  `name` VARCHAR(128) NOT NULL COMMENT 'Name: Name of the ABIS application',
  `descr` VARCHAR(256) NOT NULL COMMENT 'Description : Description of the ABIS application',
  `status_code` VARCHAR(36) NOT NULL COMMENT 'Status Code : Status code whether the ABIS application is Active or In-active',
  `status_update_dtimes` DATETIME NOT NULL COMMENT 'Status Update Date Time: Data and Time from when this ABIS application status was updated. This can be used to track from when the ABIS application is active or in active.',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`code`, `lang_code`)
) COMMENT='ABIS Application: List of ABIS (Automatic Biometric Identification System) applications with whom MOSIP application interfaces with.';

-- regprc.abis_request
CREATE TABLE `abis_request` (
  `id` VARCHAR(36) NOT NULL COMMENT 'Request ID: System generated id, used to track all the ABIS request sent to ABIS applications.',
  `req_batch_id` VARCHAR(36) NOT NULL COMMENT 'Request Batch ID: ABIS Request Batch ID to track all the requests that was sent to different ABIS systems. This will also be used to track the responses received for the ABIS systems to manage futher flows.',
  `abis_app_code` VARCHAR(36) NOT NULL COMMENT 'ABIS Application Code: Code of the ABIS application to which the transaction request is being done.',
  `request_type` VARCHAR(64) NOT NULL COMMENT 'Request Type: Type of request that was sent to ABIS application. Eg. INSERT, IDENTIFY, etc.',
  `request_dtimes` DATETIME NOT NULL COMMENT 'Request Data Time: Date and time when the ABIS request was created.',
  `bio_ref_id` VARCHAR(36) COMMENT 'Biometric Reference ID: Biometric Reference ID of the host registration id for which requests are being sent to ABIS application.',
  `ref_regtrn_id` VARCHAR(36) COMMENT 'Reference Transaction ID: ID of the reference registration transaction for which the ABIS transaction request is being initiated.',
  `req_text` LONGBLOB COMMENT 'Requesst Text: Information that was passed to the ABIS system as part of this request.',
  `status_code` VARCHAR(36) NOT NULL COMMENT 'Status Code:  Current Status code of the ABIS request transaction. Refers to master.status_list.code',
  `status_comment` VARCHAR(256) COMMENT 'Status Comment: Comments captured as part of packet processing (if any). This can be used in case someone wants to abort the transaction, comments can be provided as additional information.',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'Language Code: Code of the language used while creating this ABIS transaction.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`id`),
  UNIQUE (`req_batch_id`, `abis_app_code`)
) COMMENT='ABIS Request: Stores all the requests that were sent to ABIS systems';

-- regprc.abis_response
CREATE TABLE `abis_response` (
  `id` VARCHAR(36) NOT NULL COMMENT 'Response Id: Id of the response received from ABIS application. This is a system generated unique number, can be UUID. This will be used in reference tables',
  `abis_req_id` VARCHAR(36) COMMENT 'ABIS Request ID: Request id of the ABIS transaction for which ABIS response is received. This request id refers to regprc.abis_request.id',
  `resp_dtimes` DATETIME NOT NULL COMMENT 'Response Date Time: Data and Time when the response was received.',
  `resp_text` LONGBLOB COMMENT 'Response Text: Text of the response that was received from the ABIS application.',
  `status_code` VARCHAR(32) NOT NULL COMMENT 'Status Code:  Current Status code of the ABIS reponse transaction. Refers to master.status_list.code',
  `status_comment` VARCHAR(256) COMMENT 'Status Comment: Comments captured as part of packet processing (if any). This can be used in case someone wants to abort the transaction, comments can be provided as additional information.',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`id`),
  UNIQUE (`abis_req_id`, `resp_dtimes`),
  FOREIGN KEY (`abis_req_id`) REFERENCES `abis_request` (`id`)
) COMMENT='ABIS Response: Stores all the responses that were received from ABIS systems for the request sent.';

-- regprc.abis_response_det
CREATE TABLE `abis_response_det` (
  `abis_resp_id` VARCHAR(36) NOT NULL COMMENT 'ABIS Response ID: Response id of the ABIS transaction for which ABIS response details are received. This response id refers to regprc.abis_response.id',
  `matched_bio_ref_id` VARCHAR(36) NOT NULL COMMENT 'Matched BIO Reference ID: Bio Reference IDs that are potential matches with the host reference id as rececived by an ABIS application.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`matched_bio_ref_id`, `abis_resp_id`),
  FOREIGN KEY (`abis_resp_id`) REFERENCES `abis_response` (`id`)
) COMMENT='ABIS Response Detail: Stores details of all the ABIS responses received from ABIS system. Response details will mainly have scores, which is applicable only for identify request type.';

-- regprc.reg_manual_verification
CREATE TABLE `reg_manual_verification` (
  `reg_id` VARCHAR(39) NOT NULL COMMENT 'Registration ID: ID of the registration request',
  `matched_ref_id` VARCHAR(39) NOT NULL COMMENT 'Mached Reference ID: Reference ID of the mached registrations, This id can be RID',
  `matched_ref_type` VARCHAR(36) NOT NULL COMMENT 'Mached reference ID Type: Type of the Reference ID',
  `mv_usr_id` VARCHAR(256) COMMENT 'Manual Verifier ID: User ID of the manual verifier',
  `ref_regtrn_id` VARCHAR(36) COMMENT 'Reference Transaction ID: Transaction id for the manual adjudication transaction refered from registration transaction table',
  `request_id` VARCHAR(36) COMMENT 'Request ID: Request id of the request is been sent for manual adjudication at external applications',
  `res_text` LONGBLOB COMMENT 'Response Text: Text which is recived from external application for manual adjudication',
  `status_code` VARCHAR(36) COMMENT 'Status Code : Status of the manual verification',
  `reason_code` VARCHAR(36) COMMENT 'Reason Code : Reason code provided by the manual verifier on reason for approve or reject the registration request as part of the verification process',
  `status_comment` VARCHAR(256) COMMENT 'Status Comment: Comments captured as part of manual verification process',
  `trntyp_code` VARCHAR(36) COMMENT 'Transaction Type Code : Code of the transaction type',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `is_active` BOOLEAN NOT NULL COMMENT 'IS_Active : Flag to mark whether the record is Active or In-active',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  `workflow_instance_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`workflow_instance_id`, `matched_ref_id`, `matched_ref_type`),
  FOREIGN KEY (`workflow_instance_id`) REFERENCES `registration` (`workflow_instance_id`),
  FOREIGN KEY (`trntyp_code`, `lang_code`) REFERENCES `transaction_type` (`code`, `lang_code`)
) COMMENT='Manual Verification: Stores all the registration request which goes through manual verification process, registration can be assinged to single/multiple manual verifier as part of the verification process';

-- regprc.reg_verification
CREATE TABLE `reg_verification` (
  `workflow_instance_id` VARCHAR(36) NOT NULL,
  `reg_id` VARCHAR(39) NOT NULL,
  `verification_req_id` VARCHAR(39) NOT NULL,
  `matched_type` VARCHAR(36),
  `verification_usr_id` VARCHAR(256),
  `response_text` VARCHAR(512),
  `status_code` VARCHAR(36),
  `reason_code` VARCHAR(36),
  `status_comment` VARCHAR(256),
  `is_active` BOOLEAN NOT NULL,
  `cr_by` VARCHAR(256) NOT NULL,
  `cr_dtimes` DATETIME NOT NULL,
  `upd_by` VARCHAR(256),
  `upd_dtimes` DATETIME,
  `is_deleted` BOOLEAN,
  `del_dtimes` DATETIME,
  PRIMARY KEY (`workflow_instance_id`)
);

-- regprc.additional_info_request
CREATE TABLE `additional_info_request` (
  `additional_info_process` VARCHAR(64),
  `reg_id` VARCHAR(39),
  `workflow_instance_id` VARCHAR(36),
  `timestamp` DATETIME,
  `additional_info_iteration` INT,
  `additional_info_req_id` VARCHAR(256),
  PRIMARY KEY (`workflow_instance_id`, `additional_info_req_id`)
);

-- regprc.reg_lost_uin_det
CREATE TABLE `reg_lost_uin_det` (
  `reg_id` VARCHAR(39) NOT NULL COMMENT 'Registration ID: Registration id of the lost uin request by an individual as received by the registration client application.',
  `latest_reg_id` VARCHAR(36) NOT NULL COMMENT 'Latest Registration ID: Latest registration id of the UIN for which UIN lost request has been raised. ',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  `workflow_instance_id` VARCHAR(36) NOT NULL,
  PRIMARY KEY (`workflow_instance_id`),
  FOREIGN KEY (`workflow_instance_id`) REFERENCES `registration` (`workflow_instance_id`)
) COMMENT='Registration Lost UIN: Table to store lost uin related details. Mostly to store the latest RID of the lost UIN of an individual who lost his / her UIN.';

-- regprc.anonymous_profile
CREATE TABLE `anonymous_profile` (
  `id` VARCHAR(39) NOT NULL,
  `process_stage` VARCHAR(36) NOT NULL,
  `profile` TEXT NOT NULL,
  `cr_by` VARCHAR(256) NOT NULL,
  `cr_dtimes` DATETIME NOT NULL,
  `upd_by` VARCHAR(256),
  `upd_dtimes` DATETIME,
  `is_deleted` BOOLEAN DEFAULT FALSE,
  `del_dtimes` DATETIME,
  PRIMARY KEY (`id`)
);

-- regprc.crypto_salt
CREATE TABLE `crypto_salt` (
  `id` INT NOT NULL,
  `salt` VARCHAR(36) NOT NULL,
  `cr_by` VARCHAR(256) NOT NULL,
  `cr_dtimes` DATETIME NOT NULL,
  `upd_by` VARCHAR(256),
  `upd_dtimes` DATETIME,
  PRIMARY KEY (`id`)
);

-- prereg.applicant_demographic
CREATE TABLE `applicant_demographic` (
  `prereg_id` VARCHAR(36) NOT NULL COMMENT 'Pre Registration ID: Unique Id generated for an individual during the pre-registration process which will be referenced during registration process at a registration center.',
  `demog_detail` LONGBLOB NOT NULL COMMENT 'Demographic Detail: Demographic details of an individual, stored in json format.',
  `demog_detail_hash` VARCHAR(64) NOT NULL COMMENT 'Demographic Detail Hash: Hash value of the demographic details stored in json format in a separate column. This will be used to make sure that nobody has tampered the data.',
  `encrypted_dtimes` DATETIME NOT NULL COMMENT 'Encrypted Data Time: Date and time when the data was encrypted. This will also be used  get the key for decrypting the data.',
  `status_code` VARCHAR(36) NOT NULL COMMENT 'Status Code: Status of the pre-registration application. The application can be in draft / pending state or submitted state',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `cr_appuser_id` VARCHAR(256) NOT NULL COMMENT 'Applciation Created User Id: User ID of the individual who is submitting the pre-registration application. It can be for self or for others like family members.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  PRIMARY KEY (`prereg_id`)
) COMMENT='Applicant Demographic: Stores demographic details of an applicant. The demographic information is stored in json format.';

-- prereg.applicant_document
CREATE TABLE `applicant_document` (
  `id` VARCHAR(36) NOT NULL COMMENT 'Id: Unique id generated for the documents being uploaded as part of pre-registration process.',
  `prereg_id` VARCHAR(36) NOT NULL COMMENT 'Id of the pre-registration application for which the documents are being uploaded.',
  `doc_name` VARCHAR(128) NOT NULL COMMENT 'Name of the document that is uploaded',
  `doc_cat_code` VARCHAR(36) NOT NULL COMMENT 'Document category code under which the document is being uploaded. Refers to master.document_category.code',
  `doc_typ_code` VARCHAR(36) NOT NULL COMMENT 'Document type code under which the document is being uploaded. Refers to master.document_type.code',
  `doc_file_format` VARCHAR(36) NOT NULL COMMENT 'Format in which the document is being uploaded. Refers to master.document_file_format.code',
  `doc_id` VARCHAR(128) NOT NULL COMMENT 'ID of the document being uploaded',
  `doc_hash` VARCHAR(64) NOT NULL COMMENT 'Hash value of the document being uploaded in document store. Useful to check any tampering of documents',
  `doc_ref_id` TEXT COMMENT 'This is entered by the end-user or it is populating using OCR of the document.',
  `encrypted_dtimes` DATETIME NOT NULL COMMENT 'Date and time when the document was encrypted before uploading it on document store. This will also be used  get the key for decrypting the data.',
  `status_code` VARCHAR(36) NOT NULL COMMENT 'Status of the document that is being uploaded.',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `cr_by` VARCHAR(256) COMMENT 'ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME COMMENT 'Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Date and Timestamp when any of the fields in the record is updated with new values.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`prereg_id`) REFERENCES `applicant_demographic` (`prereg_id`)
);

-- prereg.applications
CREATE TABLE `applications` (
  `application_id` VARCHAR(36) NOT NULL,
  `booking_type` VARCHAR(256) NOT NULL,
  `booking_status_code` VARCHAR(256),
  `application_status_code` VARCHAR(256),
  `regcntr_id` VARCHAR(10),
  `appointment_date` DATE,
  `booking_date` DATE,
  `slot_from_time` TIME,
  `slot_to_time` TIME,
  `contact_info` VARCHAR(256),
  `cr_by` VARCHAR(256) NOT NULL,
  `cr_dtimes` DATETIME NOT NULL,
  `upd_by` VARCHAR(256),
  `upd_dtimes` DATETIME,
  PRIMARY KEY (`application_id`)
);

-- prereg.reg_appointment
CREATE TABLE `reg_appointment` (
  `id` VARCHAR(36) NOT NULL COMMENT 'Unique id generated for the registration appointment booking.',
  `regcntr_id` VARCHAR(10) NOT NULL COMMENT 'Id of the Registration Center where the appointment is taken. Refers to master.registration_center.id',
  `prereg_id` VARCHAR(36) NOT NULL COMMENT 'Pre-registration id for which registration appointment is taken.',
  `booking_dtimes` DATETIME NOT NULL COMMENT 'Date and Time when the appointment booking is done.',
  `appointment_date` DATE COMMENT 'Date for which an individual has taken an aopointment for registration at a registration center',
  `slot_from_time` TIME COMMENT 'Start time of the appointment slot.',
  `slot_to_time` TIME COMMENT 'End time of the appointment slot.',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Date and Timestamp when any of the fields in the record is updated with new values.',
  PRIMARY KEY (`id`),
  UNIQUE (`prereg_id`)
) COMMENT='Stores all the appointment requests booked by an individual at a registration center. ';

-- prereg.reg_available_slot
CREATE TABLE `reg_available_slot` (
  `regcntr_id` VARCHAR(10) NOT NULL COMMENT 'Id of the Registration Center where the appointment can be booded for registration process. Refers to master.registration_center.id',
  `availability_date` DATE NOT NULL COMMENT 'Date when the registration center is available for registration process.',
  `slot_from_time` TIME NOT NULL COMMENT 'Start time of the appointment slot available for booking at a registration center.',
  `slot_to_time` TIME COMMENT 'End time of the appointment slot available for booking at a registration center.',
  `available_kiosks` SMALLINT COMMENT 'Number of kiosks available for booking at a registration center.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN COMMENT 'Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`regcntr_id`, `availability_date`, `slot_from_time`)
) COMMENT='Slots available at a registration center for an individual to book for registrating themselves to get a UIN. ';

-- prereg.otp_transaction
CREATE TABLE `otp_transaction` (
  `id` VARCHAR(36) NOT NULL COMMENT 'OTP id is a unique identifier (UUID) used as an unique key to identify the OTP transaction',
  `ref_id` VARCHAR(64) NOT NULL COMMENT 'Reference ID is a reference information received from OTP requester which can be used while validating the OTP. AM: please give examples of ref_id',
  `otp_hash` VARCHAR(512) NOT NULL COMMENT 'Hash of id, ref_id and otp which is generated based on the configuration setup and sent to the requester application / module.',
  `generated_dtimes` DATETIME COMMENT 'Date and Time when the OTP was generated',
  `expiry_dtimes` DATETIME COMMENT 'Date Time when the OTP will be expired',
  `validation_retry_count` SMALLINT COMMENT 'Validation retry counts of this OTP request. If the validation retry crosses the threshold limit, then the OTP will be de-activated.',
  `status_code` VARCHAR(36) COMMENT 'Current status of the transaction. Refers to code field of master.status_list table.',
  `lang_code` VARCHAR(3) COMMENT 'For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN COMMENT 'Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`id`)
) COMMENT='All OTP related data and validation details are maintained here for Pre Registration module.';

-- prereg.processed_prereg_list
CREATE TABLE `processed_prereg_list` (
  `prereg_id` VARCHAR(36) NOT NULL COMMENT 'Pre-registration id that was consumed by registration processor to generate UIN',
  `first_received_dtimes` DATETIME NOT NULL COMMENT 'Datetime when the pre-registration id was first recevied',
  `status_code` VARCHAR(36) NOT NULL COMMENT 'status of the pre-registration status update into actual tables',
  `status_comments` VARCHAR(1024) COMMENT 'status comments of the pre-registration status update into actual tables',
  `prereg_trn_id` VARCHAR(36),
  `lang_code` VARCHAR(3) NOT NULL,
  `cr_by` VARCHAR(256) NOT NULL,
  `cr_dtimes` DATETIME NOT NULL,
  `upd_by` VARCHAR(256),
  `upd_dtimes` DATETIME,
  `is_deleted` BOOLEAN,
  `del_dtimes` DATETIME,
  PRIMARY KEY (`prereg_id`)
) COMMENT='Table to store all the pre-registration list received from registration processor within pre-registration module';

-- prereg.applicant_demographic_consumed
CREATE TABLE `applicant_demographic_consumed` (
  `prereg_id` VARCHAR(36) NOT NULL COMMENT 'Pre Registration ID: Unique Id generated for an individual during the pre-registration process which will be referenced during registration process at a registration center.',
  `demog_detail` LONGBLOB NOT NULL COMMENT 'Demographic Detail: Demographic details of an individual, stored in json format.',
  `demog_detail_hash` VARCHAR(64) NOT NULL COMMENT 'Demographic Detail Hash: Hash value of the demographic details stored in json format in a separate column. This will be used to make sure that nobody has tampered the data.',
  `encrypted_dtimes` DATETIME NOT NULL COMMENT 'Encrypted Data Time: Date and time when the data was encrypted. This will also be used  get the key for decrypting the data.',
  `status_code` VARCHAR(36) NOT NULL COMMENT 'Status Code: Status of the pre-registration application. The application can be in draft / pending state or submitted state',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `cr_appuser_id` VARCHAR(256) NOT NULL COMMENT 'Applciation Created User Id: User ID of the individual who is submitting the pre-registration application. It can be for self or for others like family members.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  PRIMARY KEY (`prereg_id`)
) COMMENT='Applicant Demographic Consumed: Stores demographic details of an applicant that was comsumed.';

-- prereg.applicant_document_consumed
CREATE TABLE `applicant_document_consumed` (
  `id` VARCHAR(36) NOT NULL COMMENT 'Unique id generated for the documents being uploaded as part of pre-registration process.',
  `prereg_id` VARCHAR(36) NOT NULL COMMENT 'Id of the pre-registration application for which the documents are being uploaded.',
  `doc_name` VARCHAR(128) NOT NULL COMMENT 'Name of the document that is uploaded',
  `doc_cat_code` VARCHAR(36) NOT NULL COMMENT 'Document category code under which the document is being uploaded. Refers to master.document_category.code',
  `doc_typ_code` VARCHAR(36) NOT NULL COMMENT 'Document type code under which the document is being uploaded. Refers to master.document_type.code',
  `doc_file_format` VARCHAR(36) NOT NULL COMMENT 'Format in which the document is being uploaded. Refers to master.document_file_format.code',
  `doc_id` VARCHAR(128) NOT NULL COMMENT 'ID of the document being uploaded',
  `doc_hash` VARCHAR(64) NOT NULL COMMENT 'Hash value of the document being uploaded in document store. This will be used to make sure that nobody has tampered the document stored in a separate store. ',
  `doc_ref_id` TEXT COMMENT 'This is the ID to reference the document, This is entered by the end-user or it is populating using OCR of the document.',
  `encrypted_dtimes` DATETIME NOT NULL COMMENT 'Date and time when the document was encrypted before uploading it on document store. This will also be used  get the key for decrypting the data.',
  `status_code` VARCHAR(36) NOT NULL COMMENT 'Status Code: Status of the document that is being uploaded.',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `cr_by` VARCHAR(256) COMMENT 'ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME COMMENT 'Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Date and Timestamp when any of the fields in the record is updated with new values.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`prereg_id`) REFERENCES `applicant_demographic_consumed` (`prereg_id`)
) COMMENT='Documents that are uploaded as part of pre-registration process which was consumed is maintained here. ';

-- prereg.reg_appointment_consumed
CREATE TABLE `reg_appointment_consumed` (
  `id` VARCHAR(36) NOT NULL COMMENT 'Unique id generated for the registration appointment booking.',
  `regcntr_id` VARCHAR(10) NOT NULL COMMENT 'Id of the Registration Center where the appointment is taken. Refers to master.registration_center.id',
  `prereg_id` VARCHAR(36) NOT NULL COMMENT 'Pre-registration id for which registration appointment is taken.',
  `booking_dtimes` DATETIME NOT NULL COMMENT 'Date and Time when the appointment booking is done.',
  `appointment_date` DATE COMMENT 'Date for which an individual has taken an aopointment for registration at a registration center',
  `slot_from_time` TIME COMMENT 'Start time of the appointment slot.',
  `slot_to_time` TIME COMMENT 'End time of the appointment slot.',
  `lang_code` VARCHAR(3) NOT NULL COMMENT 'For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'ID or name of the user who create / insert record.',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Date and Timestamp when any of the fields in the record is updated with new values.',
  PRIMARY KEY (`id`),
  UNIQUE (`prereg_id`),
  FOREIGN KEY (`prereg_id`) REFERENCES `applicant_demographic_consumed` (`prereg_id`)
) COMMENT='Stores all the appointment requests booked by an individual at a registration center that are consumed. ';

-- prereg.batch_job_instance
CREATE TABLE `batch_job_instance` (
  `JOB_INSTANCE_ID` BIGINT NOT NULL,
  `VERSION` BIGINT,
  `JOB_NAME` VARCHAR(100) NOT NULL,
  `JOB_KEY` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`JOB_INSTANCE_ID`),
  UNIQUE (`JOB_NAME`, `JOB_KEY`)
);

-- idrepo.uin
CREATE TABLE `uin` (
  `uin_ref_id` VARCHAR(36) NOT NULL COMMENT 'UIN Reference ID: System generated id mapped to a UIN used for references in the system. UIN reference ID is also used as folder/bucket in DFS (HDFS/CEPH) to store documents and biometric CBEFF file.',
  `uin` VARCHAR(500) NOT NULL COMMENT 'Unique Identification Number : Unique identification number assigned to individual.',
  `uin_hash` VARCHAR(128) NOT NULL COMMENT 'Unique Identification Number Hash: Hash value of Unique identification number assigned to individual.',
  `uin_data` LONGBLOB NOT NULL COMMENT 'UIN Data: Information of an individual stored in JSON file as per ID definition defined by the country in the system',
  `uin_data_hash` VARCHAR(64) NOT NULL COMMENT 'UIN Data Hash:  Hash value of the UIN data which is stored in uin_data field. While reading the JSON file, hash value of the file is verified with this hash value to ensure file validity.',
  `reg_id` VARCHAR(39) NOT NULL COMMENT 'Registration ID: Latest registration ID through which individual information got processed and registered',
  `bio_ref_id` VARCHAR(128) COMMENT 'Biometric Reference Id: Biometric reference id generated which will be used as a reference id in ABIS systems',
  `status_code` VARCHAR(32) NOT NULL COMMENT 'Status Code:  Current Status code of the UIN. Refers to master.status_list.code',
  `lang_code` VARCHAR(3) COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language. ',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`uin_ref_id`),
  UNIQUE (`uin`),
  UNIQUE (`reg_id`),
  UNIQUE (`uin_hash`)
) COMMENT='UIN: Information related to an individual (demographic, biometric, and uploaded documents) are stored. The information is stored in JSON format. A hash value of the JSON file is also maintained as a separate column as an added security to prevent data tampering.';

-- idrepo.uin_h
CREATE TABLE `uin_h` (
  `uin_ref_id` VARCHAR(36) NOT NULL COMMENT 'UIN Reference ID: System generated id mapped to a UIN used for references in the system. UIN reference ID is also used as folder/bucket in DFS (HDFS/CEPH) to store documents and biometric CBEFF file.',
  `eff_dtimes` DATETIME NOT NULL COMMENT 'Effective Datetimestamp : This to track base table record changes whenever there is an INSERT/UPDATE/DELETE ( soft delete ).  The current record is effective from this date-time  till next change occurs.',
  `uin` VARCHAR(500) NOT NULL COMMENT 'Unique Identification Number : Unique identification number assigned to individual.',
  `uin_hash` VARCHAR(128) NOT NULL COMMENT 'Unique Identification Number Hash: Hash value of Unique identification number assigned to individual.',
  `uin_data` LONGBLOB NOT NULL COMMENT 'UIN Data: Information of an individual stored in JSON file as per ID definition defined by the country in the system',
  `uin_data_hash` VARCHAR(64) NOT NULL COMMENT 'UIN Data Hash:  Hash value of the UIN data which is stored in uin_data field. While reading the JSON file, hash value of the file is verified with this hash value to ensure file validity.',
  `reg_id` VARCHAR(39) NOT NULL COMMENT 'Registration ID: Latest registration ID through which individual information got processed and registered',
  `bio_ref_id` VARCHAR(128) COMMENT 'Biometric Reference Id: Biometric reference id generated which will be used as a reference id in ABIS systems',
  `status_code` VARCHAR(32) NOT NULL COMMENT 'Status Code:  Current Status code of the UIN. Refers to master.status_list.code',
  `lang_code` VARCHAR(3) COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language. ',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`uin_ref_id`, `eff_dtimes`),
  UNIQUE (`uin`, `eff_dtimes`)
) COMMENT='UIN History : This to track changes to base table record whenever there is an INSERT/UPDATE/DELETE ( soft delete ), Effective DateTimestamp is used for identifying latest or point in time information. Refer base table description for details.   ';

-- idrepo.uin_document
CREATE TABLE `uin_document` (
  `uin_ref_id` VARCHAR(36) NOT NULL COMMENT 'UIN Reference ID: System generated id mapped to a UIN used for references in the system. UIN reference ID is also used as folder/bucket in DFS (HDFS/CEPH) to store documents and biometric CBEFF file. refers to idrepo.uin.uin_ref_id',
  `doccat_code` VARCHAR(36) NOT NULL COMMENT 'Document Category Code:  Category code under which document is uploaded during the registration process for ex., POA, POI, etc. Refers to master.doc_category.code',
  `doctyp_code` VARCHAR(64) NOT NULL COMMENT 'Document Type Code: Document type under which document is uploaded during the registration process for ex., passport, driving license, etc. Refers to master.doc_type.code.',
  `doc_id` VARCHAR(128) NOT NULL COMMENT 'Document  ID: ID of the document that is stored in filesystem storage like HDFS/CEPH. If document ID Is not available then name of the file itself can be used as document ID.',
  `doc_name` VARCHAR(128) NOT NULL COMMENT 'Document  Name:  Name of the document that is stored in filesystem storage like HDFS/CEPH.',
  `docfmt_code` VARCHAR(36) NOT NULL COMMENT 'Document Format Code: Document format code of the document that is uploaded during the registration process for ex., PDF, JPG etc. Refers to master.doc_file_format.code',
  `doc_hash` VARCHAR(64) NOT NULL COMMENT 'Document  Hash:  Hash value of the document which is stored in DFS (HDFS/CEPH) storage. While reading the document, hash value of the document is verified with this hash value to ensure document validity.',
  `lang_code` VARCHAR(3) COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language. ',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`uin_ref_id`, `doccat_code`),
  UNIQUE (`uin_ref_id`, `doc_id`),
  FOREIGN KEY (`uin_ref_id`) REFERENCES `uin` (`uin_ref_id`)
) COMMENT='UIN Document: The documents uploaded / provided by an individual as part of registration / UIN generation process.  The documents are stored in separate storage like HDFS/CEPH store, only the reference to the document files is maintained in this table. Along with the reference, a hash value of the document file is also maintained as an added security measure to prevent data tampering.';

-- idrepo.uin_biometric
CREATE TABLE `uin_biometric` (
  `uin_ref_id` VARCHAR(36) NOT NULL COMMENT 'UIN Reference ID: System generated id mapped to a UIN used for references in the system. UIN reference ID is also used as folder/bucket in DFS (HDFS/CEPH) to store documents and biometric CBEFF file. refers to idrepo.uin.uin_ref_id',
  `biometric_file_type` VARCHAR(36) NOT NULL COMMENT 'Biometric File Type:  Type of the biometric file stored in DFS (HDFS/CEPPH). File type can be individual biometric file or parent /guardian biometric file.',
  `bio_file_id` VARCHAR(128) NOT NULL COMMENT 'Biometric File ID: ID of the biometric CBEFF file that is stored in filesystem storage like HDFS/CEPH. If File ID Is not available then name of the file itself can be used as file ID.',
  `biometric_file_name` VARCHAR(128) NOT NULL COMMENT 'Biometric File Name: Name of the biometric CBEFF file that is stored in filesystem storage like HDFS/CEPH.',
  `biometric_file_hash` VARCHAR(64) NOT NULL COMMENT 'Biometric File Hash: Hash value of the Biometric CBEFF file which is stored in DFS (HDFS/CEPH) storage. While reading the file, hash value of the file is verified with this hash value to ensure file validity.',
  `lang_code` VARCHAR(3) COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language. ',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`uin_ref_id`, `biometric_file_type`),
  UNIQUE (`uin_ref_id`, `bio_file_id`),
  FOREIGN KEY (`uin_ref_id`) REFERENCES `uin` (`uin_ref_id`)
) COMMENT='UIN Biometric: This table stores biometric information of an individual. The biometric information is captured in CBEFF file format. The CBEFF file is stored in separate storage like HDFS/CEPH store, only the reference to the file is maintained in this table. Along with the reference, a hash value of the biometric file is also maintained as an added security measure to prevent data tampering. ';

-- idrepo.uin_draft
CREATE TABLE `uin_draft` (
  `reg_id` VARCHAR(39) NOT NULL,
  `uin` VARCHAR(500) NOT NULL,
  `uin_hash` VARCHAR(128) NOT NULL,
  `uin_data` LONGBLOB,
  `uin_data_hash` VARCHAR(64),
  `status_code` VARCHAR(32) NOT NULL,
  `cr_by` VARCHAR(256) NOT NULL,
  `cr_dtimes` DATETIME NOT NULL,
  `upd_by` VARCHAR(256),
  `upd_dtimes` DATETIME,
  `is_deleted` BOOLEAN DEFAULT FALSE,
  `del_dtimes` DATETIME,
  PRIMARY KEY (`reg_id`),
  UNIQUE (`uin`),
  UNIQUE (`uin_hash`)
);

-- idrepo.handle
CREATE TABLE `handle` (
  `id` VARCHAR(36) NOT NULL COMMENT 'ID: System generated UUID',
  `uin_hash` TEXT NOT NULL,
  `handle` TEXT NOT NULL COMMENT 'Handle : Unique username of the individual.',
  `handle_hash` VARCHAR(255) NOT NULL COMMENT 'Handle Hash: Hash value of Unique username of the individual.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  PRIMARY KEY (`id`),
  UNIQUE (`handle_hash`)
) COMMENT='Handle and handle hash mapped to UIN.';

-- idrepo.channel_info
CREATE TABLE `channel_info` (
  `hashed_channel` VARCHAR(128) NOT NULL,
  `channel_type` VARCHAR(5) NOT NULL,
  `no_of_records` NUMERIC NOT NULL DEFAULT 0,
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  PRIMARY KEY (`hashed_channel`)
) COMMENT='channel_info: Anonymous profiling information for reporting purpose.';

-- idrepo.credential_request_status
CREATE TABLE `credential_request_status` (
  `individual_id` VARCHAR(500) NOT NULL,
  `individual_id_hash` VARCHAR(128) NOT NULL,
  `partner_id` VARCHAR(36) NOT NULL,
  `request_id` VARCHAR(64),
  `token_id` VARCHAR(128),
  `status` VARCHAR(36) NOT NULL,
  `trigger_action` VARCHAR(36),
  `id_transaction_limit` NUMERIC,
  `id_expiry_timestamp` DATETIME,
  `cr_by` VARCHAR(256) NOT NULL,
  `cr_dtimes` DATETIME NOT NULL,
  `upd_by` VARCHAR(256),
  `upd_dtimes` DATETIME,
  `is_deleted` BOOLEAN DEFAULT FALSE,
  `del_dtimes` DATETIME,
  PRIMARY KEY (`individual_id_hash`, `partner_id`)
);

-- idrepo.uin_auth_lock
CREATE TABLE `uin_auth_lock` (
  `uin_hash` VARCHAR(128) NOT NULL COMMENT 'UIN Hash: Hash value of the UIN which was authenticated, this will have value if the UIN is a valid UIN. The authentication can be done using UIN or VID or any other ids that are associated to an UIN. The UIN stored here is hashed. This field is mainly used to get the list of authentication requests of an individual.',
  `auth_type_code` VARCHAR(36) NOT NULL COMMENT 'Authentication Type Code: Unique code of an authentication type that is being locked by an individual',
  `lock_request_datetime` DATETIME NOT NULL COMMENT 'Lock Request Datetime: Data and time when the lock was requested.',
  `lock_start_datetime` DATETIME NOT NULL COMMENT 'Lock Start Datetime: Start Date and time when the UIN authentication was locked.',
  `lock_end_datetime` DATETIME COMMENT 'Lock End Datetime: End date and time when the UIN Authentication lock was released.',
  `status_code` VARCHAR(36) NOT NULL COMMENT 'Status Code : Current Status code of the auth lock, whether it is still active or in active',
  `lang_code` VARCHAR(3) COMMENT 'Language Code : For multilanguage implementation this attribute Refers master.language.code. The value of some of the attributes in current record is stored in this respective language. ',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  `is_deleted` BOOLEAN DEFAULT FALSE COMMENT 'IS_Deleted : Flag to mark whether the record is Soft deleted.',
  `del_dtimes` DATETIME COMMENT 'Deleted DateTimestamp : Date and Timestamp when the record is soft deleted with is_deleted=TRUE',
  `unlock_expiry_datetime` DATETIME,
  PRIMARY KEY (`uin_hash`, `auth_type_code`, `lock_request_datetime`)
) COMMENT='UIN Authentication Lock: An individual is provided an option to lock or unlock any of the authentication types that are provided by the system. When an individual locks a particular type of authentication, any requests received by the system will be rejected. The details of the locked authentication types are stored in this table.';

-- idrepo.identity_update_count_tracker
CREATE TABLE `identity_update_count_tracker` (
  `id` VARCHAR(255) NOT NULL COMMENT 'Hash value of Individual Id',
  `identity_update_count` LONGBLOB NOT NULL COMMENT 'Encoded Identity update count json',
  PRIMARY KEY (`id`)
);

-- idrepo.uin_hash_salt
CREATE TABLE `uin_hash_salt` (
  `id` BIGINT NOT NULL COMMENT 'Id: Unique id generated for the salts that is used to hash the uin field.',
  `salt` VARCHAR(36) NOT NULL COMMENT 'Salt: Random generated number used as salt to hash the uin field.',
  `cr_by` VARCHAR(256) NOT NULL COMMENT 'Created By : ID or name of the user who create / insert record',
  `cr_dtimes` DATETIME NOT NULL COMMENT 'Created DateTimestamp : Date and Timestamp when the record is created/inserted',
  `upd_by` VARCHAR(256) COMMENT 'Updated By : ID or name of the user who update the record with new values',
  `upd_dtimes` DATETIME COMMENT 'Updated DateTimestamp : Date and Timestamp when any of the fields in the record is updated with new values.',
  PRIMARY KEY (`id`)
) COMMENT='UIN Hash Salt: Stores the salt used to hash uin of an individual in the hashing algorithm.';

SET FOREIGN_KEY_CHECKS=1;
