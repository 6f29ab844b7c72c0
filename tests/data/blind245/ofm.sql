-- Salesforce.org Outbound Funds Module (OFM), github.com/SalesforceFoundation/OutboundFundsModule commit 8acc96b477ee6978c90123b96408737068946b35 (BSD-3-Clause)
-- force-app/main/default/objects written as MySQL (same method as eda.sql); all six objects.

CREATE TABLE `Funding_Program__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Description__c` mediumtext,
  `End_Date__c` date,
  `Funding_Program_Manager__c` varchar(18),
  `Parent_Funding_Program__c` varchar(18),
  `Start_Date__c` date,
  `Status__c` varchar(255),
  `Top_Level__c` tinyint(1),
  `Total_Program_Amount__c` decimal(18,2),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Funding_Request__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Application_Date__c` date,
  `Applying_Contact__c` varchar(18),
  `Applying_Employee__c` varchar(18),
  `Applying_Organization__c` varchar(18),
  `Awarded_Amount__c` decimal(18,2),
  `Awarded_Date__c` date,
  `Close_Date__c` date,
  `Closed_reason__c` varchar(255),
  `FundingProgram__c` varchar(18),
  `Geographical_Area_Served__c` varchar(255),
  `Population_Served__c` varchar(4099),
  `Recommended_Amount__c` decimal(18,2),
  `Requested_Amount__c` decimal(18,2),
  `Requested_For__c` mediumtext,
  `Status__c` varchar(255),
  `Term_End_Date__c` date,
  `Term_Start_Date__c` date,
  `Terms__c` text,
  `Total_Cancelled__c` decimal(18,2),
  `Total_Disbursed__c` decimal(18,2),
  `Total_Remaining__c` decimal(18,2),
  `Unpaid_Disbursements__c` decimal(18,2),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Funding_Request_Role__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Contact__c` varchar(18),
  `Funding_Request__c` varchar(18),
  `Role__c` varchar(255),
  `Status__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Disbursement__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(30),
  `Amount__c` decimal(18,2),
  `Disbursement_Date__c` date,
  `Disbursement_Method__c` varchar(255),
  `Funding_Request__c` varchar(18),
  `Scheduled_Date__c` date,
  `Status__c` varchar(255),
  `Type__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Requirement__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `Assigned__c` varchar(18),
  `Completed_Date__c` date,
  `Disbursement__c` varchar(18),
  `Due_Date__c` date,
  `Funding_Request__c` varchar(18),
  `Primary_Contact__c` varchar(18),
  `Requirements__c` text,
  `Status__c` varchar(255),
  `Type__c` varchar(255),
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Review__c` (
  `Id` varchar(18) NOT NULL,
  `Name` varchar(80),
  `AssignedTo__c` varchar(18),
  `Comments__c` text,
  `DueDate__c` date,
  `FundingRequest__c` varchar(18),
  `Status__c` varchar(255),
  `SubmittedDate__c` date,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `Funding_Program__c` ADD FOREIGN KEY (`Parent_Funding_Program__c`) REFERENCES `Funding_Program__c` (`Id`);
ALTER TABLE `Funding_Request__c` ADD FOREIGN KEY (`FundingProgram__c`) REFERENCES `Funding_Program__c` (`Id`);
ALTER TABLE `Funding_Request_Role__c` ADD FOREIGN KEY (`Funding_Request__c`) REFERENCES `Funding_Request__c` (`Id`);
ALTER TABLE `Disbursement__c` ADD FOREIGN KEY (`Funding_Request__c`) REFERENCES `Funding_Request__c` (`Id`);
ALTER TABLE `Requirement__c` ADD FOREIGN KEY (`Disbursement__c`) REFERENCES `Disbursement__c` (`Id`);
ALTER TABLE `Requirement__c` ADD FOREIGN KEY (`Funding_Request__c`) REFERENCES `Funding_Request__c` (`Id`);
ALTER TABLE `Review__c` ADD FOREIGN KEY (`FundingRequest__c`) REFERENCES `Funding_Request__c` (`Id`);

