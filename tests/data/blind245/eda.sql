-- Salesforce.org Education Data Architecture (EDA), github.com/SalesforceFoundation/EDA commit e593957756d629b4b0a8d8114889ac58f5943173 (BSD-3-Clause)
-- force-app/main/default/objects/*/{*.object-meta.xml,fields/*.field-meta.xml} written as MySQL by a script: one table per object
-- (Id + Name where the object defines a name field + its custom fields in file order); standard objects carry only the custom fields EDA adds.

CREATE TABLE `Account` (
  `Id` varchar(18) NOT NULL,
  `Billing_Address_Inactive__c` tinyint(1),
  `Billing_County__c` varchar(80),
  `Credentialing_Email__c` varchar(80),
  `Current_Address__c` varchar(18),
  `Primary_Contact__c` varchar(18),
  `School_Code__c` varchar(50),
  `Shipping_County__c` varchar(80),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Contact` (
  `Id` varchar(18) NOT NULL,
  `AlternateEmail__c` varchar(80),
  `Chosen_Full_Name__c` varchar(255),
  `Citizenship_Status__c` varchar(255),
  `Citizenship__c` varchar(255),
  `Contact_JSON__c` mediumtext,
  `Country_of_Origin__c` varchar(255),
  `Current_Address__c` varchar(18),
  `Date_Deceased__c` date,
  `Deceased__c` tinyint(1),
  `Disability_Status__c` tinyint(1),
  `Do_Not_Contact__c` tinyint(1),
  `Dual_Citizenship__c` varchar(255),
  `Ethnicity__c` varchar(255),
  `Exclude_from_Household_Formal_Greeting__c` tinyint(1),
  `Exclude_from_Household_Informal_Greeting__c` tinyint(1),
  `Exclude_from_Household_Name__c` tinyint(1),
  `FERPA__c` tinyint(1),
  `Financial_Aid_Applicant__c` tinyint(1),
  `Former_First_Name__c` varchar(80),
  `Former_Last_Name__c` varchar(80),
  `Former_Middle_Name__c` varchar(80),
  `Gender__c` varchar(255),
  `HIPAA_Detail__c` text,
  `HIPAA__c` tinyint(1),
  `Mailing_Address_Inactive__c` tinyint(1),
  `Mailing_County__c` varchar(80),
  `Military_Background__c` text,
  `Military_Service__c` tinyint(1),
  `Naming_Exclusions__c` varchar(4099),
  `Other_County__c` varchar(80),
  `PreferredPhone__c` varchar(255),
  `Preferred_Email__c` varchar(255),
  `Primary_Address_Type__c` varchar(255),
  `Primary_Household__c` varchar(18),
  `Primary_Language__c` varchar(18),
  `Primary_Organization__c` varchar(18),
  `Race__c` varchar(4099),
  `Religion__c` varchar(255),
  `SMS_Opt_Out__c` tinyint(1),
  `Secondary_Address_Type__c` varchar(255),
  `Social_Security_Number__c` varchar(12),
  `UniversityEmail__c` varchar(80),
  `WorkEmail__c` varchar(80),
  `WorkPhone__c` varchar(40),
  `Work_Address__c` varchar(1300),
  `is_Address_Override__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Lead` (
  `Id` varchar(18) NOT NULL,
  `Area_Of_Interest__c` varchar(4099),
  `Birth_Date__c` date,
  `Citizenship__c` varchar(255),
  `Ethnicity__c` varchar(255),
  `External_Id__c` varchar(255),
  `GPA__c` decimal(7,4),
  `Gender__c` varchar(255),
  `Highest_Degree_Earned__c` varchar(255),
  `Language__c` varchar(255),
  `Most_Recent_School__c` varchar(255),
  `Preferred_Enrollment_Date__c` date,
  `Preferred_Enrollment_Status__c` varchar(255),
  `Preferred_Teaching_Format__c` varchar(255),
  `Recruitment_Stage__c` varchar(255),
  `SMS_Opt_Out__c` tinyint(1),
  `SSN__c` varchar(12),
  `Undergraduate_Major__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Opportunity` (
  `Id` varchar(18) NOT NULL,
  `Completed_FAFSA__c` tinyint(1),
  `Desired_Campus__c` varchar(255),
  `Desired_Degree_Level__c` varchar(255),
  `Desired_Start_Term__c` varchar(18),
  `Living_Situation__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Case` (
  `Id` varchar(18) NOT NULL,
  `Category__c` varchar(255),
  `Location__c` varchar(255),
  `Occurrence_Date__c` datetime,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Academic_Certification__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Academic_Level__c` varchar(255),
  `Credentialing_Identifier__c` varchar(255),
  `Description__c` mediumtext,
  `Extended_Name__c` varchar(255),
  `Field_Of_Study__c` varchar(255),
  `Issuer__c` varchar(18),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Address__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Address_Type__c` varchar(255),
  `Default_Address__c` tinyint(1),
  `Formula_MailingAddress__c` varchar(1300),
  `Formula_MailingStreetAddress__c` varchar(1300),
  `Geolocation__c` varchar(60),
  `Inactive__c` tinyint(1),
  `Latest_End_Date__c` date,
  `Latest_Start_Date__c` date,
  `MailingCity__c` varchar(255),
  `MailingCountry__c` varchar(255),
  `MailingCounty__c` varchar(80),
  `MailingPostalCode__c` varchar(255),
  `MailingState__c` varchar(255),
  `MailingStreet2__c` text,
  `MailingStreet__c` varchar(255),
  `Parent_Account__c` varchar(18),
  `Parent_Contact__c` varchar(18),
  `Seasonal_End_Day__c` varchar(255),
  `Seasonal_End_Month__c` varchar(255),
  `Seasonal_End_Year__c` decimal(4,0),
  `Seasonal_Start_Day__c` varchar(255),
  `Seasonal_Start_Month__c` varchar(255),
  `Seasonal_Start_Year__c` decimal(4,0),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Affiliation__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Account__c` varchar(18),
  `Affiliation_Type__c` varchar(1300),
  `Contact__c` varchar(18),
  `Description__c` text,
  `EndDate__c` date,
  `Primary__c` tinyint(1),
  `Role__c` varchar(255),
  `StartDate__c` date,
  `Status__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Affl_Mappings__c` (
  `Id` varchar(18) NOT NULL,
  `Account_Record_Type__c` varchar(255),
  `Auto_Program_Enrollment_Role__c` varchar(255),
  `Auto_Program_Enrollment_Status__c` varchar(255),
  `Auto_Program_Enrollment__c` tinyint(1),
  `Primary_Affl_Field__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Application__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Applicant_Decision_Date__c` date,
  `Applicant__c` varchar(18),
  `Application_Date__c` datetime,
  `Application_Decision_Date__c` date,
  `Application_JSON__c` mediumtext,
  `Application_Status__c` varchar(255),
  `Application_Type__c` varchar(255),
  `Applying_To__c` varchar(18),
  `Due_Date__c` date,
  `Initial_Creation_Date__c` date,
  `Open_Date__c` date,
  `Preparer__c` varchar(18),
  `Term__c` varchar(18),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Attendance_Event__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Arrival_Time__c` time,
  `Attendance_Type__c` varchar(255),
  `Contact__c` varchar(18),
  `Course_Connection__c` varchar(18),
  `Course_Name__c` varchar(1300),
  `Date__c` date,
  `End_Time__c` time,
  `Reason_Description__c` text,
  `Reason__c` varchar(255),
  `Start_Time__c` time,
  `Unexcused__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Attribute__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Activity_End_Date__c` date,
  `Activity_Start_Date__c` date,
  `Agency__c` varchar(18),
  `Attribute_Type__c` varchar(255),
  `Contact__c` varchar(18),
  `Credential_Number__c` varchar(255),
  `Credential__c` varchar(18),
  `Credentialing_Identifier__c` varchar(255),
  `Description__c` text,
  `End_Date__c` date,
  `Expired__c` tinyint(1),
  `Field_Of_Study__c` varchar(1300),
  `Role__c` varchar(255),
  `Start_Date__c` date,
  `Status__c` varchar(255),
  `Subject_Area__c` varchar(255),
  `Verification_Status_Date__c` date,
  `Verification_Status__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Behavior_Involvement__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Case__c` varchar(18),
  `Contact__c` varchar(18),
  `Description__c` text,
  `Role__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Behavior_Response__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Behavior_Involvement__c` varchar(18),
  `Contact__c` varchar(1300),
  `Description__c` text,
  `End_Date__c` date,
  `Start_Date__c` date,
  `Status__c` varchar(255),
  `Type__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Contact_Language__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Contact__c` varchar(18),
  `Fluency__c` varchar(255),
  `Language_Details__c` text,
  `Language__c` varchar(18),
  `Primary_Language__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Course_Enrollment__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Account__c` varchar(18),
  `Affiliation__c` varchar(18),
  `Contact__c` varchar(18),
  `Course_Offering__c` varchar(18),
  `Credentialing_Identifier__c` varchar(255),
  `Credits_Attempted__c` decimal(6,3),
  `Credits_Earned__c` decimal(6,3),
  `Display_Grade__c` varchar(40),
  `Grade__c` decimal(6,2),
  `Primary__c` tinyint(1),
  `Program_Enrollment__c` varchar(18),
  `Status__c` varchar(255),
  `Verification_Status_Date__c` date,
  `Verification_Status__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Course_Offering_Schedule__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Course_Offering__c` varchar(18),
  `End_Time__c` time,
  `Facility__c` varchar(18),
  `Friday__c` tinyint(1),
  `Monday__c` tinyint(1),
  `Saturday__c` tinyint(1),
  `Start_Time__c` time,
  `Sunday__c` tinyint(1),
  `Thursday__c` tinyint(1),
  `Time_Block__c` varchar(18),
  `Tuesday__c` tinyint(1),
  `Wednesday__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Course_Offering__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Capacity__c` decimal(18,0),
  `Course__c` varchar(18),
  `End_Date__c` date,
  `Facility__c` varchar(18),
  `Faculty__c` varchar(18),
  `Section_ID__c` varchar(255),
  `Start_Date__c` date,
  `Term__c` varchar(18),
  `Time_Block__c` varchar(18),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Course__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Academic_Level__c` varchar(255),
  `Account__c` varchar(18),
  `Course_ID__c` varchar(255),
  `Credentialing_Identifier__c` varchar(255),
  `Credit_Hours__c` decimal(6,3),
  `Description__c` text,
  `Extended_Description__c` mediumtext,
  `Issuer__c` varchar(18),
  `Subject__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Credential__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Abbreviation__c` varchar(40),
  `Academic_Level__c` varchar(255),
  `Credentialing_Identifier__c` varchar(255),
  `Description__c` mediumtext,
  `Earning_Criteria__c` mediumtext,
  `Extended_Name__c` varchar(255),
  `Field_Of_Study__c` varchar(255),
  `Issuer__c` varchar(18),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Education_History__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Academic_Certification__c` varchar(18),
  `Account__c` varchar(18),
  `Class_Percentile__c` decimal(3,0),
  `Class_Rank_Scale__c` varchar(255),
  `Class_Rank_Type__c` varchar(255),
  `Class_Rank__c` decimal(4,0),
  `Class_Size__c` decimal(6,0),
  `Contact__c` varchar(18),
  `Credentialing_Identifier__c` varchar(255),
  `Credits_Earned__c` decimal(9,3),
  `Degree_Earned__c` varchar(255),
  `Details__c` mediumtext,
  `Education_History_JSON__c` mediumtext,
  `Educational_Institution_Name__c` varchar(255),
  `End_Date__c` date,
  `GPA_Scale_Reporting__c` varchar(255),
  `GPA_Scale_Type__c` varchar(255),
  `GPA__c` decimal(7,4),
  `Graduation_Date__c` date,
  `Start_Date__c` date,
  `Status__c` varchar(255),
  `Verification_Status_Date__c` date,
  `Verification_Status__c` varchar(255),
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
  `Stack_Trace__c` text,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Facility__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Account__c` varchar(18),
  `Capacity__c` decimal(18,0),
  `Description__c` varchar(255),
  `Facility_Type__c` varchar(255),
  `Parent_Facility__c` varchar(18),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Hierarchy_Settings__c` (
  `Id` varchar(18) NOT NULL,
  `Account_Processor__c` varchar(255),
  `Accounts_Addresses_Enabled__c` text,
  `Accounts_to_Delete__c` text,
  `Admin_Account_Naming_Format__c` varchar(255),
  `Admin_Other_Name_Setting__c` varchar(255),
  `Administrative_Account_Record_Type__c` varchar(255),
  `Advancement_Namespace__c` varchar(10),
  `Affiliation_Record_Type_Enforced__c` tinyint(1),
  `Affl_ProgEnroll_Copy_End_Date__c` tinyint(1),
  `Affl_ProgEnroll_Copy_Start_Date__c` tinyint(1),
  `Affl_ProgEnroll_Del_Status__c` varchar(255),
  `Affl_ProgEnroll_Del__c` tinyint(1),
  `Affl_ProgEnroll_Role_Map__c` varchar(255),
  `Affl_ProgEnroll_Set_Role__c` tinyint(1),
  `Affl_ProgEnroll_Status_Map__c` varchar(255),
  `Allow_AutoCreated_Duplicates__c` tinyint(1),
  `Application_Window_Validation__c` tinyint(1),
  `Async_Error_Check_Last_Run__c` datetime,
  `Automatic_Household_Naming__c` tinyint(1),
  `Contacts_Addresses_Enabled__c` tinyint(1),
  `Default_Contact_Language_Fluency__c` varchar(255),
  `Disable_Error_Handling__c` tinyint(1),
  `Disable_Preferred_Email_Enforcement__c` tinyint(1),
  `Disable_Preferred_Phone_Enforcement__c` tinyint(1),
  `Enable_Course_Connections__c` tinyint(1),
  `Enable_Debug__c` tinyint(1),
  `Enable_New_Preferred_Phone_Sync__c` tinyint(1),
  `Error_Notifications_On__c` tinyint(1),
  `Error_Notifications_To__c` text,
  `Faculty_RecType__c` varchar(18),
  `Household_Account_Naming_Format__c` varchar(255),
  `Household_Addresses_RecType__c` varchar(255),
  `Household_Other_Name_Setting__c` varchar(255),
  `Lead_Converted_Account_RTypes__c` text,
  `Preferred_Phone_Selection__c` varchar(255),
  `Prevent_Account_Deletion__c` tinyint(1),
  `Prevent_Address_Deletion__c` tinyint(1),
  `Prevent_Affiliation_Deletion__c` tinyint(1),
  `Prevent_Behavior_Involvement_Deletion__c` tinyint(1),
  `Prevent_Case_Deletion__c` tinyint(1),
  `Prevent_Contact_Deletion__c` tinyint(1),
  `Prevent_Course_Connection_Deletion__c` tinyint(1),
  `Prevent_Course_Deletion__c` tinyint(1),
  `Prevent_Course_Offering_Deletion__c` tinyint(1),
  `Prevent_Facility_Deletion__c` tinyint(1),
  `Prevent_Plan_Requirement_Deletion__c` tinyint(1),
  `Prevent_Program_Enrollment_Deletion__c` tinyint(1),
  `Prevent_Program_Plan_Deletion__c` tinyint(1),
  `Prevent_Term_Deletion__c` tinyint(1),
  `Prevent_Test_Deletion__c` tinyint(1),
  `Prevent_Time_Block_Deletion__c` tinyint(1),
  `Reciprocal_Method__c` varchar(255),
  `Relationship_Name_Field_Id__c` varchar(25),
  `Relationship_Name_Id_Field_Id__c` varchar(25),
  `Simple_Address_Change_Treated_as_Update__c` tinyint(1),
  `Store_Errors_On__c` tinyint(1),
  `Student_RecType__c` varchar(18),
  `Validate_Program_Plan_for_Nested_PR__c` tinyint(1),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Language__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Plan_Requirement__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Category__c` varchar(255),
  `Course__c` varchar(18),
  `Credits__c` decimal(6,3),
  `Description__c` text,
  `Plan_Requirement__c` varchar(18),
  `Program_Plan__c` varchar(18),
  `Sequence__c` decimal(2,0),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Product_Registry__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `API_Version__c` decimal(5,2),
  `Action__c` varchar(60),
  `Class_Name__c` varchar(40),
  `Enabled__c` tinyint(1),
  `Namespace__c` varchar(15),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Program_Enrollment__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Account__c` varchar(18),
  `Admission_Date__c` date,
  `Affiliation__c` varchar(18),
  `Application_Submitted_Date__c` date,
  `Class_Standing__c` varchar(255),
  `Contact__c` varchar(18),
  `Credits_Attempted__c` decimal(6,3),
  `Credits_Earned__c` decimal(6,3),
  `Education_History__c` varchar(18),
  `Eligible_to_Enroll__c` tinyint(1),
  `End_Date__c` date,
  `Enrollment_Status__c` varchar(255),
  `GPA__c` decimal(4,3),
  `Graduation_Year__c` varchar(250),
  `Program_Plan__c` varchar(18),
  `Start_Date__c` date,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Program_Plan__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Account__c` varchar(18),
  `Description__c` text,
  `End_Date__c` date,
  `Is_Primary__c` tinyint(1),
  `Start_Date__c` date,
  `Status__c` varchar(255),
  `Total_Required_Credits__c` decimal(6,3),
  `Version__c` varchar(25),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Relationship_Auto_Create__c` (
  `Id` varchar(18) NOT NULL,
  `Campaign_Types__c` text,
  `Field__c` varchar(255),
  `Object__c` varchar(50),
  `Relationship_Type__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Relationship_Lookup__c` (
  `Id` varchar(18) NOT NULL,
  `Active__c` tinyint(1),
  `Female__c` varchar(255),
  `Male__c` varchar(255),
  `Neutral__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Relationship__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Contact__c` varchar(18),
  `Description__c` text,
  `Emergency_Contact__c` tinyint(1),
  `ReciprocalRelationship__c` varchar(18),
  `RelatedContact__c` varchar(18),
  `Relationship_Explanation__c` varchar(1300),
  `SYSTEM_SystemCreated__c` tinyint(1),
  `Status__c` varchar(255),
  `Type__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Term_Grade__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Contact__c` varchar(18),
  `Course_Connection__c` varchar(18),
  `Course_Offering__c` varchar(18),
  `Credits_Attempted__c` decimal(6,3),
  `Credits_Earned__c` decimal(6,3),
  `Letter_Grade__c` varchar(255),
  `Numerical_Grade__c` decimal(18,5),
  `Percent_Grade__c` decimal(6,3),
  `Result__c` varchar(255),
  `Term_Grade_Type__c` varchar(255),
  `Term__c` varchar(18),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Term__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Account__c` varchar(18),
  `End_Date__c` date,
  `Grading_Period_Sequence__c` decimal(18,0),
  `Instructional_Days__c` decimal(16,2),
  `Parent_Term__c` varchar(18),
  `Start_Date__c` date,
  `Type__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Test_Definition__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `Academic_Level__c` varchar(255),
  `Credentialing_Identifier__c` varchar(255),
  `Credits_Available__c` decimal(9,3),
  `Description__c` text,
  `Issuer_Credentialing_Identifier__c` varchar(255),
  `Issuer_Email__c` varchar(80),
  `Issuer_Name__c` varchar(80),
  `Test_Type__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Test_Score_Definition__mdt` (
  `Id` varchar(18) NOT NULL,
  `DeveloperName` varchar(40),
  `MasterLabel` varchar(40),
  `Credentialing_Identifier__c` varchar(255),
  `Grading_Type__c` varchar(255),
  `Maximum_Score__c` decimal(18,5),
  `Minimum_Score__c` decimal(18,5),
  `Passing_Value__c` varchar(20),
  `Possible_Results__c` varchar(255),
  `Subject_Area__c` varchar(255),
  `Test_Definition__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Test_Score__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Credentialing_Identifier__c` varchar(255),
  `Letter_Score__c` varchar(80),
  `Percentile__c` decimal(5,3),
  `Score__c` decimal(18,5),
  `Status__c` varchar(255),
  `Subject_Area__c` varchar(255),
  `Test_Type__c` varchar(1300),
  `Test__c` varchar(18),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Test__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Contact__c` varchar(18),
  `Credentialing_Identifier__c` varchar(255),
  `Credits_Earned__c` decimal(9,3),
  `Date_Received__c` date,
  `Source__c` varchar(255),
  `Test_Date__c` date,
  `Test_Type__c` varchar(255),
  `Verification_Status_Date__c` date,
  `Verification_Status__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Time_Block__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Educational_Institution__c` varchar(18),
  `End_Time__c` time,
  `Start_Time__c` time,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `Account` ADD FOREIGN KEY (`Current_Address__c`) REFERENCES `Address__c` (`Id`);
ALTER TABLE `Account` ADD FOREIGN KEY (`Primary_Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Contact` ADD FOREIGN KEY (`Current_Address__c`) REFERENCES `Address__c` (`Id`);
ALTER TABLE `Contact` ADD FOREIGN KEY (`Primary_Household__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Contact` ADD FOREIGN KEY (`Primary_Language__c`) REFERENCES `Language__c` (`Id`);
ALTER TABLE `Contact` ADD FOREIGN KEY (`Primary_Organization__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Opportunity` ADD FOREIGN KEY (`Desired_Start_Term__c`) REFERENCES `Term__c` (`Id`);
ALTER TABLE `Academic_Certification__c` ADD FOREIGN KEY (`Issuer__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Address__c` ADD FOREIGN KEY (`Parent_Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Address__c` ADD FOREIGN KEY (`Parent_Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Affiliation__c` ADD FOREIGN KEY (`Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Affiliation__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Application__c` ADD FOREIGN KEY (`Applicant__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Application__c` ADD FOREIGN KEY (`Applying_To__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Application__c` ADD FOREIGN KEY (`Preparer__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Application__c` ADD FOREIGN KEY (`Term__c`) REFERENCES `Term__c` (`Id`);
ALTER TABLE `Attendance_Event__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Attendance_Event__c` ADD FOREIGN KEY (`Course_Connection__c`) REFERENCES `Course_Enrollment__c` (`Id`);
ALTER TABLE `Attribute__c` ADD FOREIGN KEY (`Agency__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Attribute__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Attribute__c` ADD FOREIGN KEY (`Credential__c`) REFERENCES `Credential__c` (`Id`);
ALTER TABLE `Behavior_Involvement__c` ADD FOREIGN KEY (`Case__c`) REFERENCES `Case` (`Id`);
ALTER TABLE `Behavior_Involvement__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Behavior_Response__c` ADD FOREIGN KEY (`Behavior_Involvement__c`) REFERENCES `Behavior_Involvement__c` (`Id`);
ALTER TABLE `Contact_Language__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Contact_Language__c` ADD FOREIGN KEY (`Language__c`) REFERENCES `Language__c` (`Id`);
ALTER TABLE `Course_Enrollment__c` ADD FOREIGN KEY (`Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Course_Enrollment__c` ADD FOREIGN KEY (`Affiliation__c`) REFERENCES `Affiliation__c` (`Id`);
ALTER TABLE `Course_Enrollment__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Course_Enrollment__c` ADD FOREIGN KEY (`Course_Offering__c`) REFERENCES `Course_Offering__c` (`Id`);
ALTER TABLE `Course_Enrollment__c` ADD FOREIGN KEY (`Program_Enrollment__c`) REFERENCES `Program_Enrollment__c` (`Id`);
ALTER TABLE `Course_Offering_Schedule__c` ADD FOREIGN KEY (`Course_Offering__c`) REFERENCES `Course_Offering__c` (`Id`);
ALTER TABLE `Course_Offering_Schedule__c` ADD FOREIGN KEY (`Facility__c`) REFERENCES `Facility__c` (`Id`);
ALTER TABLE `Course_Offering_Schedule__c` ADD FOREIGN KEY (`Time_Block__c`) REFERENCES `Time_Block__c` (`Id`);
ALTER TABLE `Course_Offering__c` ADD FOREIGN KEY (`Course__c`) REFERENCES `Course__c` (`Id`);
ALTER TABLE `Course_Offering__c` ADD FOREIGN KEY (`Facility__c`) REFERENCES `Facility__c` (`Id`);
ALTER TABLE `Course_Offering__c` ADD FOREIGN KEY (`Faculty__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Course_Offering__c` ADD FOREIGN KEY (`Term__c`) REFERENCES `Term__c` (`Id`);
ALTER TABLE `Course_Offering__c` ADD FOREIGN KEY (`Time_Block__c`) REFERENCES `Time_Block__c` (`Id`);
ALTER TABLE `Course__c` ADD FOREIGN KEY (`Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Course__c` ADD FOREIGN KEY (`Issuer__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Credential__c` ADD FOREIGN KEY (`Issuer__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Education_History__c` ADD FOREIGN KEY (`Academic_Certification__c`) REFERENCES `Academic_Certification__c` (`Id`);
ALTER TABLE `Education_History__c` ADD FOREIGN KEY (`Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Education_History__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Facility__c` ADD FOREIGN KEY (`Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Facility__c` ADD FOREIGN KEY (`Parent_Facility__c`) REFERENCES `Facility__c` (`Id`);
ALTER TABLE `Plan_Requirement__c` ADD FOREIGN KEY (`Course__c`) REFERENCES `Course__c` (`Id`);
ALTER TABLE `Plan_Requirement__c` ADD FOREIGN KEY (`Plan_Requirement__c`) REFERENCES `Plan_Requirement__c` (`Id`);
ALTER TABLE `Plan_Requirement__c` ADD FOREIGN KEY (`Program_Plan__c`) REFERENCES `Program_Plan__c` (`Id`);
ALTER TABLE `Program_Enrollment__c` ADD FOREIGN KEY (`Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Program_Enrollment__c` ADD FOREIGN KEY (`Affiliation__c`) REFERENCES `Affiliation__c` (`Id`);
ALTER TABLE `Program_Enrollment__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Program_Enrollment__c` ADD FOREIGN KEY (`Education_History__c`) REFERENCES `Education_History__c` (`Id`);
ALTER TABLE `Program_Enrollment__c` ADD FOREIGN KEY (`Program_Plan__c`) REFERENCES `Program_Plan__c` (`Id`);
ALTER TABLE `Program_Plan__c` ADD FOREIGN KEY (`Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Relationship__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Relationship__c` ADD FOREIGN KEY (`ReciprocalRelationship__c`) REFERENCES `Relationship__c` (`Id`);
ALTER TABLE `Relationship__c` ADD FOREIGN KEY (`RelatedContact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Term_Grade__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Term_Grade__c` ADD FOREIGN KEY (`Course_Connection__c`) REFERENCES `Course_Enrollment__c` (`Id`);
ALTER TABLE `Term_Grade__c` ADD FOREIGN KEY (`Course_Offering__c`) REFERENCES `Course_Offering__c` (`Id`);
ALTER TABLE `Term_Grade__c` ADD FOREIGN KEY (`Term__c`) REFERENCES `Term__c` (`Id`);
ALTER TABLE `Term__c` ADD FOREIGN KEY (`Account__c`) REFERENCES `Account` (`Id`);
ALTER TABLE `Term__c` ADD FOREIGN KEY (`Parent_Term__c`) REFERENCES `Term__c` (`Id`);
ALTER TABLE `Test_Score__c` ADD FOREIGN KEY (`Test__c`) REFERENCES `Test__c` (`Id`);
ALTER TABLE `Test__c` ADD FOREIGN KEY (`Contact__c`) REFERENCES `Contact` (`Id`);
ALTER TABLE `Time_Block__c` ADD FOREIGN KEY (`Educational_Institution__c`) REFERENCES `Account` (`Id`);

