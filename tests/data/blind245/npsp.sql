-- Salesforce.org Nonprofit Success Pack (NPSP), github.com/SalesforceFoundation/NPSP commit 19646faa907c11d3283da80efa645a99b3018ed4 (BSD-3-Clause)
-- force-app/main/default/objects written as MySQL (same method as eda.sql); DataImport__c, DeploymentEvent__e, DuplicateRecordSet left out.

CREATE TABLE `Account` (
  `Id` varchar(18) NOT NULL,
  `All_Members_Deceased__c` tinyint(1),
  `Batch__c` varchar(18),
  `CustomizableRollups_UseSkewMode__c` tinyint(1),
  `Funding_Focus__c` varchar(4099),
  `Grantmaker__c` tinyint(1),
  `Matching_Gift_Administrator_Name__c` varchar(255),
  `Matching_Gift_Amount_Max__c` decimal(18,2),
  `Matching_Gift_Amount_Min__c` decimal(18,2),
  `Matching_Gift_Annual_Employee_Max__c` decimal(18,2),
  `Matching_Gift_Comments__c` text,
  `Matching_Gift_Company__c` tinyint(1),
  `Matching_Gift_Email__c` varchar(80),
  `Matching_Gift_Info_Updated__c` date,
  `Matching_Gift_Percent__c` decimal(5,2),
  `Matching_Gift_Phone__c` varchar(40),
  `Matching_Gift_Request_Deadline__c` varchar(255),
  `Membership_Span__c` decimal(18,0),
  `Membership_Status__c` varchar(1300),
  `Number_of_Household_Members__c` decimal(10,0),
  `Sustainer__c` varchar(255),
  `Undeliverable_Address__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Contact` (
  `Id` varchar(18) NOT NULL,
  `Address_Verification_Status__c` varchar(1300),
  `Batch__c` varchar(18),
  `Current_Address__c` varchar(18),
  `CustomizableRollups_UseSkewMode__c` tinyint(1),
  `Deceased__c` tinyint(1),
  `Do_Not_Contact__c` tinyint(1),
  `Exclude_from_Household_Formal_Greeting__c` tinyint(1),
  `Exclude_from_Household_Informal_Greeting__c` tinyint(1),
  `Exclude_from_Household_Name__c` tinyint(1),
  `First_Soft_Credit_Amount__c` decimal(18,2),
  `First_Soft_Credit_Date__c` date,
  `HHId__c` varchar(1300),
  `Largest_Soft_Credit_Amount__c` decimal(18,2),
  `Largest_Soft_Credit_Date__c` date,
  `Last_Soft_Credit_Amount__c` decimal(18,2),
  `Last_Soft_Credit_Date__c` date,
  `Number_of_Soft_Credits_Last_N_Days__c` decimal(18,0),
  `Number_of_Soft_Credits_Last_Year__c` decimal(18,0),
  `Number_of_Soft_Credits_This_Year__c` decimal(18,0),
  `Number_of_Soft_Credits_Two_Years_Ago__c` decimal(18,0),
  `Number_of_Soft_Credits__c` decimal(18,0),
  `Primary_Affiliation__c` varchar(18),
  `Primary_Contact__c` tinyint(1),
  `Soft_Credit_Last_N_Days__c` decimal(16,2),
  `Sustainer__c` varchar(255),
  `Undeliverable_Address__c` tinyint(1),
  `is_Address_Override__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Lead` (
  `Id` varchar(18) NOT NULL,
  `Batch__c` varchar(18),
  `CompanyCity__c` varchar(255),
  `CompanyCountry__c` varchar(255),
  `CompanyPostalCode__c` varchar(255),
  `CompanyState__c` varchar(255),
  `CompanyStreet__c` text,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Opportunity` (
  `Id` varchar(18) NOT NULL,
  `Acknowledgment_Date__c` date,
  `Acknowledgment_Status__c` varchar(255),
  `Ask_Date__c` date,
  `Batch_Number__c` varchar(30),
  `Batch__c` varchar(18),
  `Closed_Lost_Reason__c` text,
  `CommitmentId__c` varchar(100),
  `DisableContactRoleAutomation__c` tinyint(1),
  `Fair_Market_Value__c` decimal(18,2),
  `Gift_Strategy__c` varchar(255),
  `Grant_Contract_Date__c` date,
  `Grant_Contract_Number__c` varchar(255),
  `Grant_Period_End_Date__c` date,
  `Grant_Period_Start_Date__c` date,
  `Grant_Program_Area_s__c` text,
  `Grant_Requirements_Website__c` varchar(255),
  `Honoree_Contact__c` varchar(18),
  `Honoree_Information__c` text,
  `Honoree_Name__c` varchar(255),
  `In_Kind_Description__c` text,
  `In_Kind_Donor_Declared_Value__c` tinyint(1),
  `In_Kind_Type__c` varchar(255),
  `Is_Grant_Renewal__c` tinyint(1),
  `Matching_Gift_Account__c` varchar(18),
  `Matching_Gift_Employer__c` varchar(255),
  `Matching_Gift_Status__c` varchar(255),
  `Matching_Gift__c` varchar(18),
  `Next_Grant_Deadline_Due_Date__c` decimal(18,2),
  `Notification_Message__c` text,
  `Notification_Preference__c` varchar(255),
  `Notification_Recipient_Contact__c` varchar(18),
  `Notification_Recipient_Email__c` varchar(80),
  `Notification_Recipient_Information__c` text,
  `Notification_Recipient_Name__c` varchar(255),
  `Previous_Grant_Opportunity__c` varchar(18),
  `Primary_Contact_Campaign_Member_Status__c` varchar(40),
  `Primary_Contact__c` varchar(18),
  `Qualified_Date__c` date,
  `Recurring_Donation_Installment_Name__c` varchar(1300),
  `Recurring_Donation_Installment_Number__c` decimal(18,0),
  `Requested_Amount__c` decimal(18,2),
  `Tribute_Notification_Date__c` date,
  `Tribute_Notification_Status__c` varchar(255),
  `Tribute_Type__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Activity` (
  `Id` varchar(18) NOT NULL,
  `Engagement_Plan_Task__c` varchar(18),
  `Engagement_Plan__c` varchar(18),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Account_Soft_Credit__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Account__c` varchar(18),
  `Amount__c` decimal(18,2),
  `Opportunity__c` varchar(18),
  `Role__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Addr_Verification_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Address_Verification_Endpoint__c` varchar(255),
  `Auth_ID__c` varchar(255),
  `Auth_Token__c` varchar(255),
  `Class__c` varchar(255),
  `Enable_Automatic_Verification__c` tinyint(1),
  `Prevent_Address_Overwrite__c` tinyint(1),
  `Reject_Ambiguous_Addresses__c` tinyint(1),
  `Timeout__c` decimal(18,0),
  `Using_SmartyStreets__c` tinyint(1),
  `Zipcode_Verification_Endpoint__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Address_Verification_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Address_Verification_Endpoint__c` varchar(255),
  `Auth_ID__c` varchar(124),
  `Auth_Token__c` varchar(200),
  `Auto_Update_Addresses__c` tinyint(1),
  `Class__c` varchar(124),
  `Clear_Invalid_Addresses__c` tinyint(1),
  `Enable_Automatic_Verification__c` tinyint(1),
  `Reject_Ambiguous_Addresses__c` tinyint(1),
  `Timeout__c` decimal(18,0),
  `Using_SmartyStreets__c` tinyint(1),
  `Zipcode_Verification_Endpoint__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Address__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `API_Response__c` text,
  `Address_Type__c` varchar(255),
  `Administrative_Area__c` varchar(255),
  `Ambiguous__c` tinyint(1),
  `Congressional_District__c` varchar(255),
  `County_Name__c` varchar(50),
  `Default_Address__c` tinyint(1),
  `Exclude_from_Updates__c` tinyint(1),
  `Formula_MailingAddress__c` varchar(1300),
  `Formula_MailingStreetAddress__c` varchar(1300),
  `Geolocation__c` varchar(60),
  `Household_Account__c` varchar(18),
  `Latest_End_Date__c` date,
  `Latest_Start_Date__c` date,
  `MailingCity__c` varchar(255),
  `MailingCountry__c` varchar(255),
  `MailingPostalCode__c` varchar(255),
  `MailingState__c` varchar(255),
  `MailingStreet2__c` text,
  `MailingStreet__c` varchar(255),
  `NCOA_Evaluation_Date__c` datetime,
  `NCOA_Result_Code__c` varchar(80),
  `Pre_Verification_Address__c` text,
  `Seasonal_End_Day__c` varchar(255),
  `Seasonal_End_Month__c` varchar(255),
  `Seasonal_Start_Day__c` varchar(255),
  `Seasonal_Start_Month__c` varchar(255),
  `State_Lower_District__c` varchar(255),
  `State_Upper_District__c` varchar(255),
  `Undeliverable__c` tinyint(1),
  `Verification_Status__c` varchar(255),
  `Verified_Date__c` datetime,
  `Verified__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Allocation__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Amount__c` decimal(18,2),
  `Campaign__c` varchar(18),
  `General_Accounting_Unit__c` varchar(18),
  `Opportunity__c` varchar(18),
  `Payment__c` varchar(18),
  `Percent__c` decimal(9,6),
  `Recurring_Donation__c` varchar(18),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Allocations_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Default_Allocations_Enabled__c` tinyint(1),
  `Default__c` varchar(255),
  `Excluded_Opp_RecTypes__c` varchar(255),
  `Excluded_Opp_Types__c` varchar(255),
  `Payment_Allocations_Enabled__c` tinyint(1),
  `Rollup_N_Day_Value__c` decimal(18,0),
  `Use_Fiscal_Year_for_Rollups__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AutoNumber__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Description__c` text,
  `Display_Format__c` varchar(30),
  `Field_API_Name__c` varchar(40),
  `IsActive__c` tinyint(1),
  `Max_Used_Number__c` decimal(10,0),
  `Object_API_Name__c` varchar(40),
  `Starting_Number__c` decimal(10,0),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Batch_Data_Entry_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Allow_Blank_Opportunity_Names__c` tinyint(1),
  `Opportunity_Naming__c` tinyint(1),
  `Viewed_Retirement_Alert__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Batch__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Batch_Status__c` varchar(255),
  `Description__c` text,
  `Number_of_Items__c` decimal(4,0),
  `Object_Name__c` varchar(100),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Custom_Column_Header__c` (
  `Id` varchar(18) NOT NULL,
  `Field_Api_Name__c` varchar(255),
  `Index__c` decimal(18,0),
  `List_Name__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Custom_Notification__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `Audience_Implementation__c` varchar(255),
  `IsActive__c` tinyint(1),
  `Notification_Channel__c` varchar(255),
  `Notification_Content_Implementation__c` varchar(255),
  `Redirect_URL__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Customizable_Rollup_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `AccountHardCreditNonSkew_Incremental__c` tinyint(1),
  `CMT_API_Status__c` text,
  `ChunkSize_Account_HardCredit__c` decimal(8,0),
  `ChunkSize_Contact_HardCredit__c` decimal(8,0),
  `ChunkSize_Contact_SoftCredit__c` decimal(8,0),
  `ContactHardCreditNonSkew_Incremental__c` tinyint(1),
  `Customizable_Rollups_Enabled__c` tinyint(1),
  `Disable_Related_Records_Filter__c` tinyint(1),
  `LimitRecalculatedRecurringDonations__c` tinyint(1),
  `RecurringDonationLastNDays__c` decimal(18,0),
  `Rollups_Account_Batch_Size__c` decimal(6,0),
  `Rollups_Account_SkewMode_Batch_Size__c` decimal(18,0),
  `Rollups_Account_Soft_Credit_Batch_Size__c` decimal(6,0),
  `Rollups_AcctContactSoftCredit_Batch_Size__c` decimal(6,0),
  `Rollups_Contact_Batch_Size__c` decimal(6,0),
  `Rollups_Contact_SkewMode_Batch_Size__c` decimal(18,0),
  `Rollups_Contact_Soft_Credit_Batch_Size__c` decimal(6,0),
  `Rollups_GAU_Batch_Size__c` decimal(6,0),
  `Rollups_IncrementalLastNDays_FldOverride__c` varchar(43),
  `Rollups_IncrementalLastNDays_ValOverride__c` decimal(6,0),
  `Rollups_Limit_on_Attached_Opps_for_Skew__c` decimal(6,0),
  `Rollups_Skew_Dispatcher_Batch_Size__c` decimal(18,0),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DataImportBatch__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Account_Custom_Unique_ID__c` varchar(255),
  `Active_Fields__c` text,
  `Allow_Recurring_Donations__c` tinyint(1),
  `Batch_Defaults__c` text,
  `Batch_Description__c` text,
  `Batch_Gift_Entry_Version__c` decimal(4,2),
  `Batch_Number__c` varchar(30),
  `Batch_Process_Size__c` decimal(3,0),
  `Batch_Status__c` varchar(255),
  `Batch_Table_Columns__c` text,
  `Contact_Custom_Unique_ID__c` varchar(255),
  `Contact_Matching_Rule__c` varchar(255),
  `Donation_Date_Range__c` decimal(2,0),
  `Donation_Matching_Behavior__c` varchar(255),
  `Donation_Matching_Implementing_Class__c` varchar(255),
  `Donation_Matching_Rule__c` varchar(255),
  `Expected_Count_of_Gifts__c` decimal(18,0),
  `Expected_Total_Batch_Amount__c` decimal(18,2),
  `Form_Template__c` varchar(18),
  `GiftBatch__c` tinyint(1),
  `Last_Processed_On__c` datetime,
  `Latest_Apex_Job_Id__c` varchar(255),
  `Post_Process_Implementing_Class__c` varchar(255),
  `Process_Using_Scheduled_Job__c` tinyint(1),
  `Records_Failed__c` decimal(8,0),
  `Records_Successfully_Processed__c` decimal(8,0),
  `RequireTotalMatch__c` tinyint(1),
  `Run_Opportunity_Rollups_while_Processing__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Data_Import_Field_Mapping_Set__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `Data_Import_Object_Mapping_Set__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Data_Import_Field_Mapping__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `Data_Import_Field_Mapping_Set__c` varchar(255),
  `Is_Deleted__c` tinyint(1),
  `Required__c` varchar(255),
  `Source_Field_API_Name__c` varchar(255),
  `Target_Field_API_Name__c` varchar(255),
  `Target_Object_Mapping__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Data_Import_Object_Mapping_Set__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Data_Import_Object_Mapping__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `Custom_Mapping_Logic_Class__c` varchar(80),
  `Data_Import_Object_Mapping_Set__c` varchar(255),
  `Imported_Record_Field_Name__c` varchar(255),
  `Imported_Record_Status_Field_Name__c` varchar(255),
  `Is_Deleted__c` tinyint(1),
  `Legacy_Data_Import_Object_Name__c` varchar(255),
  `Object_API_Name__c` varchar(255),
  `Predecessor__c` varchar(255),
  `Relationship_Field__c` varchar(255),
  `Relationship_To_Predecessor__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Data_Import_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Account_Custom_Unique_ID__c` varchar(255),
  `Account_Matching_Rule__c` varchar(255),
  `Batch_Size__c` decimal(3,0),
  `CMT_API_Status__c` text,
  `CMT_Deployment_ID__c` varchar(255),
  `Contact_Custom_Unique_ID__c` varchar(255),
  `Contact_Matching_Rule__c` varchar(255),
  `Default_Data_Import_Field_Mapping_Set__c` varchar(100),
  `Donation_Date_Range__c` decimal(2,0),
  `Donation_Matching_Behavior__c` varchar(255),
  `Donation_Matching_Implementing_Class__c` varchar(255),
  `Donation_Matching_Rule__c` varchar(255),
  `Field_Mapping_Method__c` varchar(40),
  `Post_Process_Implementing_Class__c` varchar(255),
  `Run_Opportunity_Rollups_while_Processing__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Engagement_Plan_Task__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Assigned_To__c` varchar(18),
  `Comments__c` text,
  `Days_After__c` decimal(3,0),
  `Engagement_Plan_Template__c` varchar(18),
  `Parent_Task__c` varchar(18),
  `Priority__c` varchar(255),
  `Reminder_Time__c` varchar(4),
  `Reminder__c` tinyint(1),
  `Send_Email__c` tinyint(1),
  `Status__c` varchar(255),
  `Type__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Engagement_Plan_Template__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Automatically_Update_Child_Task_Due_Date__c` tinyint(1),
  `Default_Assignee__c` varchar(255),
  `Description__c` text,
  `Reschedule_To__c` varchar(255),
  `Skip_Weekends__c` tinyint(1),
  `Total_Engagement_Plans__c` decimal(18,2),
  `Total_Tasks__c` decimal(18,2),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Engagement_Plan__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Account__c` varchar(18),
  `Campaign__c` varchar(18),
  `Case__c` varchar(18),
  `Completed_Tasks__c` decimal(18,0),
  `Contact__c` varchar(18),
  `Engagement_Plan_Template__c` varchar(18),
  `Opportunity__c` varchar(18),
  `Recurring_Donation__c` varchar(18),
  `Status__c` varchar(1300),
  `Total_EP_Tasks__c` decimal(18,0),
  `Total_Tasks__c` decimal(18,0),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Error_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Async_Error_Check_Last_Run__c` datetime,
  `DisableRecordDataHealthChecks__c` tinyint(1),
  `Disable_Error_Handling__c` tinyint(1),
  `Don_t_Auto_Schedule_Default_NPSP_Jobs__c` tinyint(1),
  `Enable_Debug__c` tinyint(1),
  `Error_Notifications_On__c` tinyint(1),
  `Error_Notifications_To__c` text,
  `OverrideFeature_PilotEnabled__c` tinyint(1),
  `Respect_Duplicate_Rule_Settings__c` tinyint(1),
  `Store_Errors_On__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Error__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Context_Type__c` text,
  `Datetime__c` datetime,
  `Email_Sent__c` tinyint(1),
  `Error_Type__c` text,
  `Full_Message__c` text,
  `Object_Type__c` text,
  `Posted_in_Chatter__c` tinyint(1),
  `Record_URL__c` varchar(255),
  `Related_Record_ID__c` varchar(18),
  `Retry_Pending__c` tinyint(1),
  `Stack_Trace__c` text,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Filter_Group__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `Description__c` text,
  `Is_Deleted__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Filter_Rule__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `Constant__c` varchar(255),
  `Field__c` varchar(255),
  `Filter_Group__c` varchar(255),
  `Is_Deleted__c` tinyint(1),
  `Object__c` varchar(255),
  `Operator__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Form_Template__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Description__c` text,
  `Format_Version__c` varchar(40),
  `Template_JSON__c` mediumtext,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Fund__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `General_Accounting_Unit__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Active__c` tinyint(1),
  `Average_Allocation__c` decimal(18,2),
  `Description__c` text,
  `First_Allocation_Date__c` date,
  `Largest_Allocation__c` decimal(18,2),
  `Last_Allocation_Date__c` date,
  `Number_of_Allocations_Last_N_Days__c` decimal(18,0),
  `Number_of_Allocations_Last_Year__c` decimal(18,0),
  `Number_of_Allocations_This_Year__c` decimal(18,0),
  `Number_of_Allocations_Two_Years_Ago__c` decimal(18,0),
  `Smallest_Allocation__c` decimal(18,2),
  `Total_Allocations_Last_N_Days__c` decimal(18,2),
  `Total_Allocations_Last_Year__c` decimal(18,2),
  `Total_Allocations_This_Year__c` decimal(18,2),
  `Total_Allocations_Two_Years_Ago__c` decimal(18,2),
  `Total_Allocations__c` decimal(18,2),
  `Total_Number_of_Allocations__c` decimal(18,0),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GetStartedChecklistItem__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `Description_Label__c` varchar(255),
  `Extra_Info_Label__c` varchar(255),
  `GS_Checklist_Section__c` varchar(255),
  `Has_Link__c` tinyint(1),
  `Image__c` varchar(255),
  `Link_Label__c` varchar(255),
  `Link_URL__c` varchar(255),
  `Position__c` decimal(2,0),
  `Primary_Button_Label__c` varchar(255),
  `Primary_Button_Type__c` varchar(255),
  `Primary_Button_Value__c` varchar(255),
  `Secondary_Button_Label__c` varchar(255),
  `Secondary_Button_Type__c` varchar(255),
  `Secondary_Button_Value__c` varchar(255),
  `Title_Label__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GetStartedChecklistSection__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `Description_Label__c` varchar(255),
  `Page_Type__c` varchar(255),
  `Position__c` decimal(2,0),
  `Title_Label__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GetStartedCompletionChecklistState__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Item_Id__c` varchar(18),
  `User__c` varchar(18),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Gift_Entry_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Default_Gift_Entry_Template__c` varchar(255),
  `Enable_Gateway_Assignment__c` tinyint(1),
  `Enable_Gift_Entry__c` tinyint(1),
  `Enable_Recurring_Donations_in_Gift_Entry__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Grant_Deadline__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Grant_Deadline_Due_Date__c` date,
  `Grant_Deliverable_Close_Date__c` date,
  `Grant_Deliverable_Requirements__c` text,
  `Opportunity__c` varchar(18),
  `Type__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Household_Naming_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Contact_Overrun_Count__c` decimal(2,0),
  `Formal_Greeting_Format__c` varchar(255),
  `Household_Name_Format__c` varchar(255),
  `Implementing_Class__c` varchar(255),
  `Informal_Greeting_Format__c` varchar(255),
  `Name_Connector__c` varchar(255),
  `Name_Overrun__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Level__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Active__c` tinyint(1),
  `Description__c` text,
  `Engagement_Plan_Template__c` varchar(18),
  `Level_Field__c` varchar(255),
  `Maximum_Amount__c` decimal(18,2),
  `Minimum_Amount__c` decimal(18,2),
  `Previous_Level_Field__c` varchar(255),
  `Source_Field__c` varchar(255),
  `Target__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Levels_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `LastJobStartTimeAccount__c` datetime,
  `LastJobStartTimeContact__c` datetime,
  `Level_Assignment_Batch_Size__c` decimal(6,0),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Opportunity_Naming_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Attribution__c` varchar(255),
  `Date_Format__c` varchar(255),
  `Opportunity_Name_Format__c` varchar(255),
  `Opportunity_Record_Types__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Opportunity_Stage_To_State_Mapping__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `Opportunity_Stage__c` varchar(255),
  `Opportunity_State__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Package_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Namespace_Prefix__c` varchar(17),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Partial_Soft_Credit__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Amount__c` decimal(18,2),
  `Contact_Name__c` varchar(1300),
  `Contact_Role_ID__c` varchar(18),
  `Contact__c` varchar(18),
  `Opportunity__c` varchar(18),
  `Role_Name__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Payment_Services_Configuration__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Is_Secret__c` tinyint(1),
  `Key__c` varchar(255),
  `Service_Key__c` varchar(255),
  `Service__c` varchar(255),
  `Value__c` mediumtext,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RecurringDonationChangeLog__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `ChangeType__c` varchar(255),
  `EffectiveDate__c` date,
  `NewAmount__c` decimal(18,2),
  `NewAnnualValue__c` decimal(18,2),
  `NewCampaign__c` varchar(18),
  `NewExpectedTotalValue__c` decimal(18,2),
  `NewInstallmentFrequency__c` decimal(3,0),
  `NewInstallmentPeriod__c` varchar(255),
  `NewPaymentMethod__c` varchar(255),
  `NewPlannedInstallments__c` decimal(18,0),
  `NewRecurringType__c` varchar(255),
  `NewStatusReason__c` varchar(255),
  `NewStatus__c` varchar(255),
  `PreviousAmount__c` decimal(18,2),
  `PreviousAnnualValue__c` decimal(18,2),
  `PreviousCampaign__c` varchar(18),
  `PreviousExpectedTotalValue__c` decimal(18,2),
  `PreviousInstallmentFrequency__c` decimal(3,0),
  `PreviousInstallmentPeriod__c` varchar(255),
  `PreviousPaymentMethod__c` varchar(255),
  `PreviousPlannedInstallments__c` decimal(18,0),
  `PreviousRecurringType__c` varchar(255),
  `PreviousStatusReason__c` varchar(255),
  `PreviousStatus__c` varchar(255),
  `RecurringDonation__c` varchar(18),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RecurringDonationSchedule__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Active__c` tinyint(1),
  `Campaign__c` varchar(18),
  `DayOfMonth__c` varchar(255),
  `EndDate__c` date,
  `ExternalId__c` varchar(128),
  `InstallmentAmount__c` decimal(18,2),
  `InstallmentFrequency__c` decimal(3,0),
  `InstallmentPeriod__c` varchar(255),
  `IsPause__c` tinyint(1),
  `PaymentMethod__c` varchar(255),
  `RecurringDonation__c` varchar(18),
  `StartDate__c` date,
  `StatusReason__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RecurringDonationStatusMapping__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `State__c` varchar(255),
  `Status__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Relationship_Sync_Excluded_Fields__c` (
  `Id` varchar(18) NOT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Rollup__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `Active__c` tinyint(1),
  `Amount_Field__c` varchar(255),
  `Amount_Object__c` varchar(255),
  `Date_Field__c` varchar(255),
  `Date_Object__c` varchar(255),
  `Description__c` text,
  `Detail_Field__c` varchar(255),
  `Detail_Object__c` varchar(255),
  `Filter_Group__c` varchar(255),
  `Integer__c` decimal(18,0),
  `Is_Deleted__c` tinyint(1),
  `Operation__c` varchar(255),
  `Summary_Field__c` varchar(255),
  `Summary_Object__c` varchar(255),
  `Time_Bound_Operation_Type__c` varchar(255),
  `Use_Fiscal_Year__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Schedulable__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Active__c` tinyint(1),
  `Class_Name__c` varchar(255),
  `Frequency__c` varchar(255),
  `Last_Time_Run__c` datetime,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `npe01__Contacts_And_Orgs_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Advancement_Namespace__c` varchar(10),
  `Automatic_Campaign_Member_Management__c` tinyint(1),
  `Campaign_Member_Non_Responded_Status__c` varchar(255),
  `Campaign_Member_Responded_Status__c` varchar(255),
  `Contact_Role_for_Organizational_Opps__c` varchar(255),
  `Enforce_Accounting_Data_Consistency__c` tinyint(1),
  `Honoree_Opportunity_Contact_Role__c` varchar(255),
  `Household_Account_Addresses_Disabled__c` tinyint(1),
  `Max_Payments__c` decimal(3,0),
  `Notification_Recipient_Opp_Contact_Role__c` varchar(255),
  `Opp_RecTypes_Excluded_for_Payments__c` varchar(255),
  `Opp_Types_Excluded_for_Payments__c` varchar(255),
  `Organizational_Account_Addresses_Enabled__c` tinyint(1),
  `Payments_Auto_Close_Stage_Name__c` varchar(255),
  `Simple_Address_Change_Treated_as_Update__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `npe01__OppPayment__c` (
  `Id` varchar(18) NOT NULL,
  `ACH_Code__c` varchar(255),
  `ACH_Last_4__c` varchar(4),
  `Authorized_Date__c` datetime,
  `Authorized_UTC_Timestamp__c` varchar(30),
  `Batch_Number__c` varchar(30),
  `Card_Expiration_Month__c` varchar(2),
  `Card_Expiration_Year__c` varchar(4),
  `Card_Last_4__c` varchar(4),
  `Card_Network__c` varchar(20),
  `DebitType__c` varchar(255),
  `Donor_Cover_Amount__c` decimal(18,2),
  `Elevate_Original_Payment_ID__c` varchar(40),
  `Elevate_Payment_API_Declined_Reason__c` varchar(255),
  `Elevate_Payment_API_Status__c` varchar(80),
  `Elevate_Payment_Created_Date__c` datetime,
  `Elevate_Payment_Created_UTC_Timestamp__c` varchar(30),
  `Elevate_Payment_ID__c` varchar(40),
  `Elevate_Transaction_Fee__c` decimal(18,2),
  `Gateway_ID__c` varchar(40),
  `Gateway_Payment_ID__c` varchar(255),
  `Gateway_Transaction_Fee__c` decimal(18,2),
  `Origin_ID__c` varchar(255),
  `Origin_Name__c` varchar(255),
  `Origin_Type__c` varchar(40),
  `OriginalPayment__c` varchar(18),
  `Payment_Acknowledged_Date__c` date,
  `Payment_Acknowledgment_Status__c` varchar(255),
  `Total_Transaction_Fees__c` decimal(18,2),
  `Type__c` varchar(40),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `npe03__Recurring_Donation__c` (
  `Id` varchar(18) NOT NULL,
  `ACH_Last_4__c` varchar(4),
  `Always_Use_Last_Day_Of_Month__c` tinyint(1),
  `CardExpirationMonth__c` varchar(2),
  `CardExpirationYear__c` varchar(4),
  `CardLast4__c` varchar(4),
  `ChangeType__c` varchar(255),
  `ClosedReason__c` varchar(255),
  `CommitmentId__c` varchar(100),
  `CurrentYearValue__c` decimal(18,2),
  `Day_of_Month__c` varchar(255),
  `DisableFirstInstallment__c` tinyint(1),
  `EndDate__c` date,
  `InstallmentFrequency__c` decimal(3,0),
  `LastElevateEventPlayed__c` varchar(255),
  `LastElevateVersionPlayed__c` decimal(18,0),
  `NextYearValue__c` decimal(18,2),
  `PaymentMethod__c` varchar(255),
  `RecurringType__c` varchar(255),
  `StartDate__c` date,
  `Status__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `npe03__Recurring_Donations_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `DataMigrationBatchSize__c` decimal(4,0),
  `DisableRollupsWhenCreatingInstallments__c` tinyint(1),
  `EnableAutomaticNaming__c` tinyint(1),
  `EnableChangeLog__c` tinyint(1),
  `ExcludeClosedRecurringDonations__c` tinyint(1),
  `InstallmentOppAutoCreateOption__c` varchar(255),
  `InstallmentOppFirstCreateMode__c` varchar(255),
  `InstallmentOppStageName__c` varchar(50),
  `IsRecurringDonations2Enabled__c` tinyint(1),
  `NextDonationDateMatchRangeDays__c` decimal(18,0),
  `RecurringDonationNameFormat__c` varchar(255),
  `RecurringDonations2EnablementState__c` varchar(255),
  `RecurringDonations2MigrationState__c` varchar(255),
  `Recurring_Donation_Batch_Size__c` decimal(18,0),
  `StatusAutomationClosedValue__c` varchar(255),
  `StatusAutomationDaysForClosed__c` decimal(18,0),
  `StatusAutomationDaysForLapsed__c` decimal(18,0),
  `StatusAutomationLapsedValue__c` varchar(255),
  `StatusMappingDeploymentId__c` varchar(255),
  `UseFiscalYearForRecurringDonationValue__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `npe4__Relationship_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Enable_Custom_Field_Sync__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `npe4__Relationship__c` (
  `Id` varchar(18) NOT NULL,
  `Related_Opportunity_Contact_Role__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `npe5__Affiliation__c` (
  `Id` varchar(18) NOT NULL,
  `Related_Opportunity_Contact_Role__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `npo02__Household__c` (
  `Id` varchar(18) NOT NULL,
  `Number_of_Household_Members__c` decimal(10,0),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `npo02__Households_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Matched_Donor_Role__c` varchar(255),
  `Seasonal_Addresses_Batch_Size__c` decimal(6,0),
  `Use_Dated_Conversion_Rates__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `Account` ADD FOREIGN KEY (`Batch__c`) REFERENCES `Batch__c` (`Id`);
ALTER TABLE `Contact` ADD FOREIGN KEY (`Batch__c`) REFERENCES `Batch__c` (`Id`);
ALTER TABLE `Contact` ADD FOREIGN KEY (`Current_Address__c`) REFERENCES `Address__c` (`Id`);
ALTER TABLE `Contact` ADD FOREIGN KEY (`Primary_Affiliation__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Lead` ADD FOREIGN KEY (`Batch__c`) REFERENCES `Batch__c` (`Id`);
ALTER TABLE `Opportunity` ADD FOREIGN KEY (`Batch__c`) REFERENCES `Batch__c` (`Id`);
ALTER TABLE `Opportunity` ADD FOREIGN KEY (`Honoree_Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Opportunity` ADD FOREIGN KEY (`Matching_Gift_Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Opportunity` ADD FOREIGN KEY (`Matching_Gift__c`) REFERENCES `Opportunity` (`Id`);
ALTER TABLE `Opportunity` ADD FOREIGN KEY (`Notification_Recipient_Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Opportunity` ADD FOREIGN KEY (`Previous_Grant_Opportunity__c`) REFERENCES `Opportunity` (`Id`);
ALTER TABLE `Opportunity` ADD FOREIGN KEY (`Primary_Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Activity` ADD FOREIGN KEY (`Engagement_Plan_Task__c`) REFERENCES `Engagement_Plan_Task__c` (`Id`);
ALTER TABLE `Activity` ADD FOREIGN KEY (`Engagement_Plan__c`) REFERENCES `Engagement_Plan__c` (`Id`);
ALTER TABLE `Account_Soft_Credit__c` ADD FOREIGN KEY (`Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Account_Soft_Credit__c` ADD FOREIGN KEY (`Opportunity__c`) REFERENCES `Opportunity` (`Id`);
ALTER TABLE `Address__c` ADD FOREIGN KEY (`Household_Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Allocation__c` ADD FOREIGN KEY (`General_Accounting_Unit__c`) REFERENCES `General_Accounting_Unit__c` (`Id`);
ALTER TABLE `Allocation__c` ADD FOREIGN KEY (`Opportunity__c`) REFERENCES `Opportunity` (`Id`);
ALTER TABLE `Allocation__c` ADD FOREIGN KEY (`Payment__c`) REFERENCES `npe01__OppPayment__c` (`Id`);
ALTER TABLE `Allocation__c` ADD FOREIGN KEY (`Recurring_Donation__c`) REFERENCES `npe03__Recurring_Donation__c` (`Id`);
ALTER TABLE `DataImportBatch__c` ADD FOREIGN KEY (`Form_Template__c`) REFERENCES `Form_Template__c` (`Id`);
ALTER TABLE `Engagement_Plan_Task__c` ADD FOREIGN KEY (`Engagement_Plan_Template__c`) REFERENCES `Engagement_Plan_Template__c` (`Id`);
ALTER TABLE `Engagement_Plan_Task__c` ADD FOREIGN KEY (`Parent_Task__c`) REFERENCES `Engagement_Plan_Task__c` (`Id`);
ALTER TABLE `Engagement_Plan__c` ADD FOREIGN KEY (`Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Engagement_Plan__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Engagement_Plan__c` ADD FOREIGN KEY (`Engagement_Plan_Template__c`) REFERENCES `Engagement_Plan_Template__c` (`Id`);
ALTER TABLE `Engagement_Plan__c` ADD FOREIGN KEY (`Opportunity__c`) REFERENCES `Opportunity` (`Id`);
ALTER TABLE `Engagement_Plan__c` ADD FOREIGN KEY (`Recurring_Donation__c`) REFERENCES `npe03__Recurring_Donation__c` (`Id`);
ALTER TABLE `Grant_Deadline__c` ADD FOREIGN KEY (`Opportunity__c`) REFERENCES `Opportunity` (`Id`);
ALTER TABLE `Level__c` ADD FOREIGN KEY (`Engagement_Plan_Template__c`) REFERENCES `Engagement_Plan_Template__c` (`Id`);
ALTER TABLE `Partial_Soft_Credit__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Partial_Soft_Credit__c` ADD FOREIGN KEY (`Opportunity__c`) REFERENCES `Opportunity` (`Id`);
ALTER TABLE `RecurringDonationChangeLog__c` ADD FOREIGN KEY (`RecurringDonation__c`) REFERENCES `npe03__Recurring_Donation__c` (`Id`);
ALTER TABLE `RecurringDonationSchedule__c` ADD FOREIGN KEY (`RecurringDonation__c`) REFERENCES `npe03__Recurring_Donation__c` (`Id`);
ALTER TABLE `npe01__OppPayment__c` ADD FOREIGN KEY (`OriginalPayment__c`) REFERENCES `npe01__OppPayment__c` (`Id`);

