-- Profiles RNS 3.1 (Profiles Research Networking Software; Harvard Catalyst / Harvard Medical School, the
-- research-networking and expertise-finding system of Harvard, UCSF, Boston University, many CTSA hubs),
-- SQL Server schema written as MySQL/MariaDB DDL.
-- Upstream: github.com/ProfilesRNS/ProfilesRNS, commit 1140404da798c36b7d029458de3eaef66001f912 (BSD-3-Clause;
-- LICENSE.txt), the per-object install scripts Database/Schema/*.Table.sql (CREATE TABLE, primary and unique
-- constraints, ALTER TABLE ... FOREIGN KEY) that Database/Schema/CreateSchemaInstallScript.bat concatenates.
-- Conversion: each table is named by upstream's schema and table joined with a dot, as upstream names the files
-- (`[Profile.Data].[Person]` -> `Profile.Data.Person`, `[ORCID.].[Person]` -> `ORCID..Person`); columns in
-- upstream order and spelling; nvarchar/varchar(n) -> VARCHAR(n) (TEXT above 500, LONGTEXT for max), bit ->
-- TINYINT(1), tinyint -> TINYINT UNSIGNED, uniqueidentifier -> CHAR(36), xml/ntext/text -> LONGTEXT,
-- varbinary(max)/image -> LONGBLOB, float -> DOUBLE, IDENTITY -> AUTO_INCREMENT; key columns longer than MySQL's
-- 3072-byte index limit shortened; defaults, non-unique indexes, views, procedures and functions left out.
-- 90 of upstream's 211 tables are kept (the others are RDF triple-store, ontology, search-cache, MeSH and
-- NLP reference tables; see profilesrns.md).
SET FOREIGN_KEY_CHECKS=0;

-- upstream: [Profile.Data].[Person]
CREATE TABLE `Profile.Data.Person` (
  `PersonID` INT NOT NULL AUTO_INCREMENT,
  `UserID` INT,
  `FirstName` VARCHAR(50),
  `LastName` VARCHAR(50),
  `MiddleName` VARCHAR(50),
  `DisplayName` VARCHAR(255),
  `Suffix` VARCHAR(50),
  `IsActive` TINYINT(1),
  `EmailAddr` VARCHAR(255),
  `Phone` VARCHAR(35),
  `Fax` VARCHAR(25),
  `AddressLine1` VARCHAR(255),
  `AddressLine2` VARCHAR(255),
  `AddressLine3` VARCHAR(255),
  `AddressLine4` VARCHAR(255),
  `City` VARCHAR(55),
  `State` VARCHAR(50),
  `Zip` VARCHAR(50),
  `Building` VARCHAR(255),
  `Floor` INT,
  `Room` VARCHAR(255),
  `AddressString` TEXT,
  `Latitude` DECIMAL(18,14),
  `Longitude` DECIMAL(18,14),
  `GeoScore` TINYINT UNSIGNED,
  `FacultyRankID` INT,
  `InternalUsername` VARCHAR(50),
  `Visible` TINYINT(1),
  PRIMARY KEY (`PersonID`),
  UNIQUE KEY `UC_Person_InternalUserName` (`InternalUsername`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Person.Affiliation]
CREATE TABLE `Profile.Data.Person.Affiliation` (
  `PersonAffiliationID` INT NOT NULL AUTO_INCREMENT,
  `PersonID` INT,
  `SortOrder` INT,
  `IsActive` TINYINT(1),
  `IsPrimary` TINYINT(1),
  `InstitutionID` INT,
  `DepartmentID` INT,
  `DivisionID` INT,
  `Title` VARCHAR(200),
  `EmailAddress` VARCHAR(200),
  `FacultyRankID` INT,
  PRIMARY KEY (`PersonAffiliationID`),
  UNIQUE KEY `UC_PrimaryAffiliation` (`PersonID`, `IsPrimary`, `SortOrder`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Person.FacultyRank]
CREATE TABLE `Profile.Data.Person.FacultyRank` (
  `FacultyRankID` INT NOT NULL AUTO_INCREMENT,
  `FacultyRank` VARCHAR(100),
  `FacultyRankSort` TINYINT UNSIGNED,
  `Visible` TINYINT(1),
  PRIMARY KEY (`FacultyRankID`),
  UNIQUE KEY `UC_FacultyRank_FacultyRank` (`FacultyRank`),
  UNIQUE KEY `UC_FacultyRank_FacultyRankSort` (`FacultyRankSort`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Person.Filter]
CREATE TABLE `Profile.Data.Person.Filter` (
  `PersonFilterID` INT NOT NULL AUTO_INCREMENT,
  `PersonFilter` VARCHAR(200),
  `PersonFilterCategory` VARCHAR(200),
  `PersonFilterSort` INT,
  PRIMARY KEY (`PersonFilterID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Person.FilterRelationship]
CREATE TABLE `Profile.Data.Person.FilterRelationship` (
  `PersonID` INT NOT NULL,
  `PersonFilterid` INT NOT NULL,
  PRIMARY KEY (`PersonID`, `PersonFilterid`),
  CONSTRAINT `FK_person_type_relationships_person` FOREIGN KEY (`PersonID`) REFERENCES `Profile.Data.Person` (`PersonID`),
  CONSTRAINT `FK_person_type_relationships_person_types` FOREIGN KEY (`PersonFilterid`) REFERENCES `Profile.Data.Person.Filter` (`PersonFilterID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Person.MediaLinks]
CREATE TABLE `Profile.Data.Person.MediaLinks` (
  `UrlID` VARCHAR(50) NOT NULL,
  `PersonID` INT NOT NULL,
  `URL` LONGTEXT NOT NULL,
  `WebPageTitle` LONGTEXT NOT NULL,
  `PublicationDate` VARCHAR(100),
  `SortOrder` INT NOT NULL,
  PRIMARY KEY (`UrlID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Person.Photo]
CREATE TABLE `Profile.Data.Person.Photo` (
  `PhotoID` INT NOT NULL AUTO_INCREMENT,
  `PersonID` INT NOT NULL,
  `Photo` LONGBLOB,
  `PhotoLink` LONGTEXT,
  PRIMARY KEY (`PhotoID`),
  CONSTRAINT `FK_photo_person` FOREIGN KEY (`PersonID`) REFERENCES `Profile.Data.Person` (`PersonID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Person.Websites]
CREATE TABLE `Profile.Data.Person.Websites` (
  `UrlID` VARCHAR(50) NOT NULL,
  `PersonID` INT NOT NULL,
  `URL` LONGTEXT NOT NULL,
  `WebPageTitle` LONGTEXT NOT NULL,
  `SortOrder` INT NOT NULL,
  PRIMARY KEY (`UrlID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Organization.Institution]
CREATE TABLE `Profile.Data.Organization.Institution` (
  `InstitutionID` INT NOT NULL AUTO_INCREMENT,
  `InstitutionName` VARCHAR(500),
  `InstitutionAbbreviation` VARCHAR(50),
  PRIMARY KEY (`InstitutionID`),
  UNIQUE KEY `UC_Institution_InstitutionAbbreviation` (`InstitutionAbbreviation`),
  UNIQUE KEY `UC_Institution_InstitutionName` (`InstitutionName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Organization.Department]
CREATE TABLE `Profile.Data.Organization.Department` (
  `DepartmentID` INT NOT NULL AUTO_INCREMENT,
  `DepartmentName` VARCHAR(500),
  `Visible` TINYINT(1),
  PRIMARY KEY (`DepartmentID`),
  UNIQUE KEY `UC_Department_DepartmentName` (`DepartmentName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Organization.Division]
CREATE TABLE `Profile.Data.Organization.Division` (
  `DivisionID` INT NOT NULL AUTO_INCREMENT,
  `DivisionName` VARCHAR(500),
  PRIMARY KEY (`DivisionID`),
  UNIQUE KEY `UC_Division_DivisionName` (`DivisionName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Funding.Agreement]
CREATE TABLE `Profile.Data.Funding.Agreement` (
  `FundingAgreementID` VARCHAR(50) NOT NULL,
  `FundingID` VARCHAR(50),
  `AgreementLabel` TEXT,
  `GrantAwardedBy` TEXT,
  `StartDate` DATE,
  `EndDate` DATE,
  `PrincipalInvestigatorName` VARCHAR(100),
  `Abstract` LONGTEXT,
  `Source` VARCHAR(20),
  `FundingID2` VARCHAR(50),
  PRIMARY KEY (`FundingAgreementID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Funding.Role]
CREATE TABLE `Profile.Data.Funding.Role` (
  `FundingRoleID` VARCHAR(50) NOT NULL,
  `PersonID` INT,
  `FundingAgreementID` VARCHAR(50),
  `RoleLabel` VARCHAR(100),
  `RoleDescription` LONGTEXT,
  PRIMARY KEY (`FundingRoleID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Funding.Add]
CREATE TABLE `Profile.Data.Funding.Add` (
  `FundingRoleID` VARCHAR(50) NOT NULL,
  `PersonID` INT NOT NULL,
  `FundingAgreementID` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`FundingRoleID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Funding.Delete]
CREATE TABLE `Profile.Data.Funding.Delete` (
  `FundingRoleID` VARCHAR(50) NOT NULL,
  `PersonID` INT,
  `FundingAgreementID` VARCHAR(50),
  `Source` VARCHAR(20) NOT NULL,
  `FundingID` VARCHAR(50),
  `FundingID2` VARCHAR(50),
  PRIMARY KEY (`FundingRoleID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Funding.DisambiguationResults]
CREATE TABLE `Profile.Data.Funding.DisambiguationResults` (
  `PersonID` INT NOT NULL,
  `FundingID` VARCHAR(50) NOT NULL,
  `FundingID2` VARCHAR(50),
  `Source` VARCHAR(50) NOT NULL,
  `GrantAwardedBy` VARCHAR(50),
  `StartDate` DATE,
  `EndDate` DATE,
  `PrincipalInvestigatorName` VARCHAR(100),
  `AgreementLabel` VARCHAR(500),
  `Abstract` LONGTEXT,
  `RoleLabel` VARCHAR(50),
  PRIMARY KEY (`PersonID`, `FundingID`, `Source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Funding.DisambiguationSettings]
CREATE TABLE `Profile.Data.Funding.DisambiguationSettings` (
  `PersonID` INT NOT NULL,
  `Enabled` TINYINT(1),
  PRIMARY KEY (`PersonID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Funding.DisambiguationAudit]
CREATE TABLE `Profile.Data.Funding.DisambiguationAudit` (
  `LogID` BIGINT NOT NULL AUTO_INCREMENT,
  `ServiceCallStart` DATETIME,
  `ServiceCallEnd` DATETIME,
  `ProcessEnd` DATETIME,
  `Success` TINYINT(1),
  `ErrorText` LONGTEXT,
  UNIQUE KEY `LogID` (`LogID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Group.General]
CREATE TABLE `Profile.Data.Group.General` (
  `GroupID` INT NOT NULL AUTO_INCREMENT,
  `GroupName` VARCHAR(400),
  `ViewSecurityGroup` BIGINT,
  `CreateDate` DATETIME,
  `EndDate` DATETIME,
  PRIMARY KEY (`GroupID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Group.Member]
CREATE TABLE `Profile.Data.Group.Member` (
  `MemberRoleID` VARCHAR(50) NOT NULL,
  `GroupID` INT NOT NULL,
  `UserID` INT NOT NULL,
  `IsActive` TINYINT(1),
  `IsApproved` TINYINT(1),
  `IsVisible` TINYINT(1),
  `Title` VARCHAR(255),
  `IsFeatured` TINYINT(1),
  `SortOrder` INT,
  PRIMARY KEY (`MemberRoleID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Group.Manager]
CREATE TABLE `Profile.Data.Group.Manager` (
  `GroupID` INT NOT NULL,
  `UserID` INT NOT NULL,
  PRIMARY KEY (`GroupID`, `UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Group.Admin]
CREATE TABLE `Profile.Data.Group.Admin` (
  `UserID` INT NOT NULL,
  PRIMARY KEY (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Group.Websites]
CREATE TABLE `Profile.Data.Group.Websites` (
  `UrlID` VARCHAR(50) NOT NULL,
  `GroupID` INT NOT NULL,
  `URL` LONGTEXT NOT NULL,
  `WebPageTitle` LONGTEXT NOT NULL,
  `SortOrder` INT NOT NULL,
  PRIMARY KEY (`UrlID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[List.Admin]
CREATE TABLE `Profile.Data.List.Admin` (
  `AdminID` INT NOT NULL AUTO_INCREMENT,
  `UserID` INT NOT NULL,
  `AdminForInstitution` VARCHAR(500),
  `AdminForDepartment` VARCHAR(500),
  `AdminForDivision` VARCHAR(500),
  PRIMARY KEY (`AdminID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[List.General]
CREATE TABLE `Profile.Data.List.General` (
  `UserID` INT NOT NULL,
  `CreateDate` DATETIME,
  `Size` INT,
  PRIMARY KEY (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[List.Member]
CREATE TABLE `Profile.Data.List.Member` (
  `UserID` INT NOT NULL,
  `PersonID` INT NOT NULL,
  PRIMARY KEY (`UserID`, `PersonID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.MyPub.Category]
CREATE TABLE `Profile.Data.Publication.MyPub.Category` (
  `HmsPubCategory` VARCHAR(50) NOT NULL,
  `CategoryName` VARCHAR(50),
  PRIMARY KEY (`HmsPubCategory`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.MyPub.General]
CREATE TABLE `Profile.Data.Publication.MyPub.General` (
  `MPID` VARCHAR(50) NOT NULL,
  `PersonID` INT,
  `PMID` VARCHAR(15),
  `HmsPubCategory` VARCHAR(60),
  `NlmPubCategory` VARCHAR(250),
  `PubTitle` TEXT,
  `ArticleTitle` TEXT,
  `ArticleType` VARCHAR(30),
  `ConfEditors` TEXT,
  `ConfLoc` TEXT,
  `EDITION` VARCHAR(30),
  `PlaceOfPub` VARCHAR(60),
  `VolNum` VARCHAR(30),
  `PartVolPub` VARCHAR(15),
  `IssuePub` VARCHAR(30),
  `PaginationPub` VARCHAR(30),
  `AdditionalInfo` TEXT,
  `Publisher` VARCHAR(255),
  `SecondaryAuthors` TEXT,
  `ConfNm` TEXT,
  `ConfDTs` VARCHAR(60),
  `ReptNumber` VARCHAR(35),
  `ContractNum` VARCHAR(35),
  `DissUnivNm` TEXT,
  `NewspaperCol` VARCHAR(15),
  `NewspaperSect` VARCHAR(15),
  `PublicationDT` DATETIME,
  `Abstract` LONGTEXT,
  `Authors` LONGTEXT,
  `URL` TEXT,
  `CreatedDT` DATETIME,
  `CreatedBy` VARCHAR(50),
  `UpdatedDT` DATETIME,
  `UpdatedBy` VARCHAR(50),
  PRIMARY KEY (`MPID`),
  CONSTRAINT `FK_my_pubs_general_person` FOREIGN KEY (`PersonID`) REFERENCES `Profile.Data.Person` (`PersonID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.Person.Include]
CREATE TABLE `Profile.Data.Publication.Person.Include` (
  `PubID` CHAR(36) NOT NULL,
  `PersonID` INT,
  `PMID` INT,
  `MPID` VARCHAR(50),
  PRIMARY KEY (`PubID`),
  CONSTRAINT `FK_publications_include_my_pubs_general` FOREIGN KEY (`MPID`) REFERENCES `Profile.Data.Publication.MyPub.General` (`MPID`),
  CONSTRAINT `FK_publications_include_person` FOREIGN KEY (`PersonID`) REFERENCES `Profile.Data.Person` (`PersonID`),
  CONSTRAINT `FK_publications_include_pm_pubs_general` FOREIGN KEY (`PMID`) REFERENCES `Profile.Data.Publication.PubMed.General` (`PMID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.Person.Exclude]
CREATE TABLE `Profile.Data.Publication.Person.Exclude` (
  `PubID` CHAR(36) NOT NULL,
  `PersonID` INT,
  `PMID` INT,
  `MPID` VARCHAR(50),
  PRIMARY KEY (`PubID`),
  CONSTRAINT `FK_publications_exclude_person` FOREIGN KEY (`PersonID`) REFERENCES `Profile.Data.Person` (`PersonID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.Person.Add]
CREATE TABLE `Profile.Data.Publication.Person.Add` (
  `PubID` CHAR(36) NOT NULL,
  `PersonID` INT NOT NULL,
  `PMID` INT,
  `MPID` VARCHAR(50),
  PRIMARY KEY (`PubID`),
  CONSTRAINT `FK_publications_add_person` FOREIGN KEY (`PersonID`) REFERENCES `Profile.Data.Person` (`PersonID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.PubMed.General]
CREATE TABLE `Profile.Data.Publication.PubMed.General` (
  `PMID` INT NOT NULL,
  `PMCID` VARCHAR(55),
  `doi` VARCHAR(100),
  `Owner` VARCHAR(50),
  `Status` VARCHAR(50),
  `PubModel` VARCHAR(50),
  `Volume` VARCHAR(255),
  `Issue` VARCHAR(255),
  `MedlineDate` VARCHAR(255),
  `JournalYear` VARCHAR(50),
  `JournalMonth` VARCHAR(50),
  `JournalDay` VARCHAR(50),
  `JournalTitle` TEXT,
  `ISOAbbreviation` VARCHAR(100),
  `MedlineTA` TEXT,
  `ArticleTitle` TEXT,
  `MedlinePgn` VARCHAR(255),
  `AbstractText` LONGTEXT,
  `ArticleDateType` VARCHAR(50),
  `ArticleYear` VARCHAR(10),
  `ArticleMonth` VARCHAR(10),
  `ArticleDay` VARCHAR(10),
  `Affiliation` TEXT,
  `AuthorListCompleteYN` VARCHAR(1),
  `GrantListCompleteYN` VARCHAR(1),
  `PubDate` DATETIME,
  `Authors` TEXT,
  PRIMARY KEY (`PMID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.PubMed.Author]
CREATE TABLE `Profile.Data.Publication.PubMed.Author` (
  `PmPubsAuthorID` INT NOT NULL AUTO_INCREMENT,
  `PMID` INT NOT NULL,
  `ValidYN` VARCHAR(1),
  `LastName` VARCHAR(100),
  `FirstName` VARCHAR(100),
  `ForeName` VARCHAR(100),
  `Suffix` VARCHAR(20),
  `Initials` VARCHAR(20),
  `Affiliation` TEXT,
  `CollectiveName` TEXT,
  `ORCID` VARCHAR(50),
  `ValueHash` VARBINARY(32),
  PRIMARY KEY (`PmPubsAuthorID`),
  CONSTRAINT `FK_pm_pubs_authors_pm_pubs_general` FOREIGN KEY (`PMID`) REFERENCES `Profile.Data.Publication.PubMed.General` (`PMID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.PubMed.Author2Person]
CREATE TABLE `Profile.Data.Publication.PubMed.Author2Person` (
  `PersonID` INT NOT NULL,
  `PmPubsAuthorID` INT NOT NULL,
  CONSTRAINT `FK_pm_authors2username_person` FOREIGN KEY (`PersonID`) REFERENCES `Profile.Data.Person` (`PersonID`),
  CONSTRAINT `FK_pm_authors2username_pm_pubs_authors` FOREIGN KEY (`PmPubsAuthorID`) REFERENCES `Profile.Data.Publication.PubMed.Author` (`PmPubsAuthorID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.PubMed.Investigator]
CREATE TABLE `Profile.Data.Publication.PubMed.Investigator` (
  `PmPubsInvestigatorId` INT NOT NULL AUTO_INCREMENT,
  `PMID` INT NOT NULL,
  `LastName` VARCHAR(100),
  `FirstName` VARCHAR(100),
  `ForeName` VARCHAR(100),
  `Suffix` VARCHAR(20),
  `Initials` VARCHAR(20),
  `Affiliation` TEXT,
  PRIMARY KEY (`PmPubsInvestigatorId`),
  CONSTRAINT `FK_pm_pubs_investigators_pm_pubs_general` FOREIGN KEY (`PMID`) REFERENCES `Profile.Data.Publication.PubMed.General` (`PMID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.PubMed.Keyword]
CREATE TABLE `Profile.Data.Publication.PubMed.Keyword` (
  `PMID` INT NOT NULL,
  `Keyword` VARCHAR(700) NOT NULL,
  `MajorTopicYN` CHAR(1),
  PRIMARY KEY (`PMID`, `Keyword`),
  CONSTRAINT `FK_pm_pubs_keywords_pm_pubs_general` FOREIGN KEY (`PMID`) REFERENCES `Profile.Data.Publication.PubMed.General` (`PMID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.PubMed.Grant]
CREATE TABLE `Profile.Data.Publication.PubMed.Grant` (
  `PMID` INT NOT NULL,
  `GrantID` VARCHAR(100) NOT NULL,
  `Acronym` VARCHAR(50),
  `Agency` TEXT,
  PRIMARY KEY (`PMID`, `GrantID`),
  CONSTRAINT `FK_pm_pubs_grants_pm_pubs_general` FOREIGN KEY (`PMID`) REFERENCES `Profile.Data.Publication.PubMed.General` (`PMID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.PubMed.Disambiguation]
CREATE TABLE `Profile.Data.Publication.PubMed.Disambiguation` (
  `PersonID` INT NOT NULL,
  `PMID` INT NOT NULL,
  `K` DOUBLE,
  `P` DOUBLE,
  PRIMARY KEY (`PersonID`, `PMID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.PubMed.DisambiguationAudit]
CREATE TABLE `Profile.Data.Publication.PubMed.DisambiguationAudit` (
  `BatchID` CHAR(36),
  `BatchCount` INT,
  `PersonID` INT,
  `ServiceCallStart` DATETIME,
  `ServiceCallEnd` DATETIME,
  `ServiceCallPubsFound` INT,
  `ServiceCallNewPubs` INT,
  `ServiceCallExistingPubs` INT,
  `ServiceCallPubsAdded` INT,
  `ProcessEnd` DATETIME,
  `Success` TINYINT(1),
  `ErrorText` LONGTEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.Pubmed.DisambiguationSettings]
CREATE TABLE `Profile.Data.Publication.Pubmed.DisambiguationSettings` (
  `PersonID` INT NOT NULL,
  `Enabled` TINYINT(1),
  PRIMARY KEY (`PersonID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.Entity.Authorship]
CREATE TABLE `Profile.Data.Publication.Entity.Authorship` (
  `EntityID` INT NOT NULL AUTO_INCREMENT,
  `EntityName` TEXT,
  `EntityDate` DATETIME,
  `authorRank` INT,
  `numberOfAuthors` INT,
  `authorNameAsListed` VARCHAR(255),
  `authorWeight` DOUBLE,
  `authorPosition` VARCHAR(1),
  `PubYear` INT,
  `YearWeight` DOUBLE,
  `PersonID` INT,
  `InformationResourceID` INT,
  `SummaryXML` LONGTEXT,
  `IsActive` TINYINT(1),
  `AuthorsString` LONGTEXT,
  PRIMARY KEY (`EntityID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Data].[Publication.Entity.InformationResource]
CREATE TABLE `Profile.Data.Publication.Entity.InformationResource` (
  `EntityID` INT NOT NULL AUTO_INCREMENT,
  `PMID` INT,
  `MPID` VARCHAR(50),
  `PMCID` VARCHAR(55),
  `doi` VARCHAR(100),
  `EntityName` TEXT,
  `EntityDate` DATETIME,
  `Reference` LONGTEXT,
  `Source` VARCHAR(25),
  `URL` TEXT,
  `PubYear` INT,
  `YearWeight` DOUBLE,
  `SummaryXML` LONGTEXT,
  `IsActive` TINYINT(1),
  `Authors` LONGTEXT,
  PRIMARY KEY (`EntityID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Import].[Person]
CREATE TABLE `Profile.Import.Person` (
  `internalusername` TEXT,
  `firstname` TEXT,
  `middlename` TEXT,
  `lastname` TEXT,
  `displayname` TEXT,
  `suffix` TEXT,
  `addressline1` TEXT,
  `addressline2` TEXT,
  `addressline3` TEXT,
  `addressline4` TEXT,
  `addressstring` TEXT,
  `City` TEXT,
  `State` TEXT,
  `Zip` TEXT,
  `building` TEXT,
  `room` TEXT,
  `floor` VARCHAR(100),
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  `phone` TEXT,
  `fax` TEXT,
  `emailaddr` TEXT,
  `isactive` TINYINT(1),
  `isvisible` TINYINT(1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Import].[PersonAffiliation]
CREATE TABLE `Profile.Import.PersonAffiliation` (
  `internalusername` TEXT,
  `title` TEXT,
  `emailaddr` TEXT,
  `primaryaffiliation` TINYINT(1),
  `affiliationorder` TINYINT UNSIGNED,
  `institutionname` TEXT,
  `institutionabbreviation` TEXT,
  `departmentname` TEXT,
  `departmentvisible` TINYINT(1),
  `divisionname` TEXT,
  `facultyrank` TEXT,
  `facultyrankorder` TINYINT UNSIGNED
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Import].[PersonFilterFlag]
CREATE TABLE `Profile.Import.PersonFilterFlag` (
  `internalusername` VARCHAR(50),
  `personfilter` VARCHAR(50)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Import].[User]
CREATE TABLE `Profile.Import.User` (
  `internalusername` TEXT,
  `firstname` TEXT,
  `lastname` TEXT,
  `displayname` TEXT,
  `institution` TEXT,
  `department` TEXT,
  `emailaddr` TEXT,
  `canbeproxy` TINYINT(1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Import].[Beta.Award]
CREATE TABLE `Profile.Import.Beta.Award` (
  `AwardID` INT NOT NULL,
  `PersonID` INT,
  `Yr` INT,
  `Yr2` INT,
  `AwardNM` VARCHAR(100),
  `AwardingInst` VARCHAR(100),
  PRIMARY KEY (`AwardID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Import].[Beta.Narrative]
CREATE TABLE `Profile.Import.Beta.Narrative` (
  `PersonID` INT NOT NULL,
  `NarrativeMain` LONGTEXT,
  PRIMARY KEY (`PersonID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Import].[Beta.DisplayPreference]
CREATE TABLE `Profile.Import.Beta.DisplayPreference` (
  `PersonID` INT NOT NULL,
  `ShowPhoto` CHAR(1),
  `ShowPublications` CHAR(1),
  `ShowAwards` CHAR(1),
  `ShowNarrative` CHAR(1),
  `ShowAddress` CHAR(1),
  `ShowEmail` CHAR(1),
  `ShowPhone` CHAR(1),
  `ShowFax` CHAR(1),
  `PhotoPreference` INT,
  PRIMARY KEY (`PersonID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Cache].[Person]
CREATE TABLE `Profile.Cache.Person` (
  `PersonID` INT NOT NULL,
  `UserID` INT,
  `InternalUsername` VARCHAR(100),
  `FirstName` VARCHAR(100),
  `LastName` VARCHAR(100),
  `DisplayName` TEXT,
  `AddressLine1` VARCHAR(255),
  `AddressLine2` VARCHAR(255),
  `AddressLine3` VARCHAR(255),
  `AddressLine4` VARCHAR(255),
  `AddressString` TEXT,
  `Building` TEXT,
  `Room` TEXT,
  `Floor` INT,
  `Latitude` DECIMAL(18,14),
  `Longitude` DECIMAL(18,14),
  `Phone` VARCHAR(70),
  `Fax` VARCHAR(50),
  `EmailAddr` TEXT,
  `InstitutionName` TEXT,
  `InstitutionAbbreviation` VARCHAR(100),
  `DepartmentName` TEXT,
  `DivisionFullName` TEXT,
  `FacultyRank` VARCHAR(100),
  `FacultyRankSort` TINYINT UNSIGNED,
  `IsActive` TINYINT(1),
  `ShowAddress` CHAR(1),
  `ShowPhone` CHAR(1),
  `Showfax` CHAR(1),
  `ShowEmail` CHAR(1),
  `ShowPhoto` CHAR(1),
  `ShowAwards` CHAR(1),
  `ShowNarrative` CHAR(1),
  `ShowPublications` CHAR(1),
  `Visible` TINYINT(1),
  `NumPublications` INT,
  `PersonXML` LONGTEXT,
  `HasPublications` TINYINT(1),
  `HasSNA` TINYINT(1),
  `Reach1` INT,
  `Reach2` INT,
  `Closeness` DOUBLE,
  `Betweenness` DOUBLE,
  PRIMARY KEY (`PersonID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Cache].[Person.Affiliation]
CREATE TABLE `Profile.Cache.Person.Affiliation` (
  `PersonID` INT NOT NULL,
  `SortOrder` INT NOT NULL,
  `IsPrimary` TINYINT(1),
  `Title` LONGTEXT,
  `InstititutionName` VARCHAR(200),
  `InstitutionAbbreviation` VARCHAR(100),
  `DepartmentName` VARCHAR(200),
  `DivisionName` VARCHAR(200),
  `FacultyRank` VARCHAR(200),
  PRIMARY KEY (`PersonID`, `SortOrder`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Cache].[Person.SimilarPerson]
CREATE TABLE `Profile.Cache.Person.SimilarPerson` (
  `PersonID` INT NOT NULL,
  `SimilarPersonID` INT NOT NULL,
  `Weight` DOUBLE,
  `CoAuthor` TINYINT(1),
  `numberOfSubjectAreas` INT,
  PRIMARY KEY (`PersonID`, `SimilarPersonID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Cache].[Person.PhysicalNeighbor]
CREATE TABLE `Profile.Cache.Person.PhysicalNeighbor` (
  `PersonID` INT NOT NULL,
  `NeighborID` INT NOT NULL,
  `Distance` TINYINT UNSIGNED,
  `DisplayName` VARCHAR(255),
  `MyNeighbors` VARCHAR(100),
  PRIMARY KEY (`PersonID`, `NeighborID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Cache].[SNA.Coauthor]
CREATE TABLE `Profile.Cache.SNA.Coauthor` (
  `PersonID1` INT NOT NULL,
  `PersonID2` INT NOT NULL,
  `i` SMALLINT,
  `j` SMALLINT,
  `w` DOUBLE,
  `FirstPubDate` DATETIME,
  `LastPubDate` DATETIME,
  `n` INT,
  PRIMARY KEY (`PersonID1`, `PersonID2`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Cache].[Publication.PubMed.AuthorPosition]
CREATE TABLE `Profile.Cache.Publication.PubMed.AuthorPosition` (
  `PersonID` INT NOT NULL,
  `PMID` INT NOT NULL,
  `AuthorPosition` CHAR(1),
  `AuthorWeight` DOUBLE,
  `PubDate` DATETIME,
  `PubYear` INT,
  `YearWeight` DOUBLE,
  `authorRank` INT,
  `numberOfAuthors` INT,
  `authorNameAsListed` VARCHAR(255),
  PRIMARY KEY (`PersonID`, `PMID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Cache].[Process.Audit]
CREATE TABLE `Profile.Cache.Process.Audit` (
  `AuditID` CHAR(36) NOT NULL,
  `ProcessName` TEXT,
  `ProcessStartDate` DATETIME,
  `ProcessEndDate` DATETIME,
  `ProcessedRows` INT,
  `Error` TINYINT(1),
  PRIMARY KEY (`AuditID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Module].[ProfilesDataAPI.Users]
CREATE TABLE `Profile.Module.ProfilesDataAPI.Users` (
  `KeyValue` VARCHAR(100) NOT NULL,
  `Organization` VARCHAR(100),
  `ContactName` VARCHAR(100),
  `ContactEmail` VARCHAR(100),
  PRIMARY KEY (`KeyValue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Profile.Module].[Support.HTML]
CREATE TABLE `Profile.Module.Support.HTML` (
  `SupportID` INT NOT NULL,
  `HTML` LONGTEXT,
  PRIMARY KEY (`SupportID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [User.Account].[User]
CREATE TABLE `User.Account.User` (
  `UserID` INT NOT NULL AUTO_INCREMENT,
  `PersonID` INT,
  `IsActive` TINYINT(1),
  `CanBeProxy` TINYINT(1),
  `FirstName` VARCHAR(100),
  `LastName` VARCHAR(100),
  `DisplayName` VARCHAR(255),
  `Institution` VARCHAR(500),
  `Department` VARCHAR(500),
  `Division` VARCHAR(500),
  `EmailAddr` VARCHAR(255),
  `UserName` VARCHAR(50),
  `Password` VARCHAR(128),
  `CreateDate` DATETIME,
  `ApplicationName` VARCHAR(255),
  `Comment` VARCHAR(255),
  `IsApproved` TINYINT(1),
  `IsOnline` TINYINT(1),
  `InternalUserName` VARCHAR(50),
  `NodeID` BIGINT,
  PRIMARY KEY (`UserID`),
  UNIQUE KEY `UC_User_InternalUserName` (`InternalUserName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [User.Account].[DefaultProxy]
CREATE TABLE `User.Account.DefaultProxy` (
  `DefaultProxyID` INT NOT NULL AUTO_INCREMENT,
  `UserID` INT NOT NULL,
  `ProxyForInstitution` VARCHAR(500),
  `ProxyForDepartment` VARCHAR(500),
  `ProxyForDivision` VARCHAR(500),
  `IsVisible` TINYINT(1),
  PRIMARY KEY (`DefaultProxyID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [User.Account].[DesignatedProxy]
CREATE TABLE `User.Account.DesignatedProxy` (
  `UserID` INT NOT NULL,
  `ProxyForUserID` INT NOT NULL,
  PRIMARY KEY (`UserID`, `ProxyForUserID`),
  UNIQUE KEY `idx_pu` (`ProxyForUserID`, `UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [User.Account].[Relationship]
CREATE TABLE `User.Account.Relationship` (
  `RelationshipID` INT NOT NULL AUTO_INCREMENT,
  `UserID` INT NOT NULL,
  `PersonID` INT NOT NULL,
  `RelationshipType` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`RelationshipID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [User.Session].[Session]
CREATE TABLE `User.Session.Session` (
  `SessionID` CHAR(36) NOT NULL,
  `SessionSequence` INT NOT NULL,
  `CreateDate` DATETIME,
  `LastUsedDate` DATETIME,
  `LoginDate` DATETIME,
  `LogoutDate` DATETIME,
  `RequestIP` VARCHAR(16),
  `UserID` INT,
  `PersonID` INT,
  `EntityID` INT,
  `UserRoleSetID` CHAR(36),
  `NodeID` BIGINT,
  `UserNode` BIGINT,
  `ImpersonateUserNode` BIGINT,
  `UserAgent` VARCHAR(500),
  `IsBot` TINYINT(1),
  PRIMARY KEY (`SessionID`),
  UNIQUE KEY `SessionSequence` (`SessionSequence`),
  CONSTRAINT `FK_Session_Person` FOREIGN KEY (`PersonID`) REFERENCES `Profile.Data.Person` (`PersonID`),
  CONSTRAINT `FK_Session_User` FOREIGN KEY (`UserID`) REFERENCES `User.Account.User` (`UserID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [User.Session].[Bot]
CREATE TABLE `User.Session.Bot` (
  `UserAgent` VARCHAR(500) NOT NULL,
  PRIMARY KEY (`UserAgent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Search.].[History.Query]
CREATE TABLE `Search..History.Query` (
  `SearchHistoryQueryID` INT NOT NULL AUTO_INCREMENT,
  `StartDate` DATETIME,
  `EndDate` DATETIME,
  `DurationMS` INT,
  `SessionID` CHAR(36),
  `IsBot` TINYINT(1),
  `NumberOfConnections` INT,
  `SearchOptions` LONGTEXT,
  PRIMARY KEY (`SearchHistoryQueryID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Search.].[History.Phrase]
CREATE TABLE `Search..History.Phrase` (
  `SearchHistoryPhraseID` INT NOT NULL AUTO_INCREMENT,
  `SearchHistoryQueryID` INT,
  `PhraseID` INT,
  `ThesaurusMatch` TINYINT(1),
  `Phrase` LONGTEXT,
  `EndDate` DATETIME,
  `IsBot` TINYINT(1),
  `NumberOfConnections` INT,
  PRIMARY KEY (`SearchHistoryPhraseID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[Person]
CREATE TABLE `ORCID..Person` (
  `PersonID` INT NOT NULL AUTO_INCREMENT,
  `InternalUsername` VARCHAR(100) NOT NULL,
  `PersonStatusTypeID` TINYINT UNSIGNED NOT NULL,
  `CreateUnlessOptOut` TINYINT(1) NOT NULL,
  `ORCID` VARCHAR(50),
  `ORCIDRecorded` DATETIME,
  `FirstName` VARCHAR(150),
  `LastName` VARCHAR(150),
  `PublishedName` VARCHAR(500),
  `EmailDecisionID` TINYINT UNSIGNED,
  `EmailAddress` VARCHAR(300),
  `AlternateEmailDecisionID` TINYINT UNSIGNED,
  `AgreementAcknowledged` TINYINT(1),
  `Biography` TEXT,
  `BiographyDecisionID` TINYINT UNSIGNED,
  PRIMARY KEY (`PersonID`),
  CONSTRAINT `fk_Person_AlternateEmailDecisionID` FOREIGN KEY (`AlternateEmailDecisionID`) REFERENCES `ORCID..REF_Decision` (`DecisionID`),
  CONSTRAINT `fk_Person_BiographyDecisionID` FOREIGN KEY (`BiographyDecisionID`) REFERENCES `ORCID..REF_Decision` (`DecisionID`),
  CONSTRAINT `fk_Person_EmailDecisionID` FOREIGN KEY (`EmailDecisionID`) REFERENCES `ORCID..REF_Decision` (`DecisionID`),
  CONSTRAINT `fk_Person_personstatustypeid` FOREIGN KEY (`PersonStatusTypeID`) REFERENCES `ORCID..REF_PersonStatusType` (`PersonStatusTypeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[PersonAffiliation]
CREATE TABLE `ORCID..PersonAffiliation` (
  `PersonAffiliationID` INT NOT NULL AUTO_INCREMENT,
  `ProfilesID` INT NOT NULL,
  `AffiliationTypeID` TINYINT UNSIGNED NOT NULL,
  `PersonID` INT NOT NULL,
  `PersonMessageID` INT,
  `DecisionID` TINYINT UNSIGNED NOT NULL,
  `DepartmentName` TEXT,
  `RoleTitle` VARCHAR(200),
  `StartDate` DATETIME,
  `EndDate` DATETIME,
  `OrganizationName` TEXT NOT NULL,
  `OrganizationCity` TEXT,
  `OrganizationRegion` VARCHAR(2),
  `OrganizationCountry` VARCHAR(2),
  `DisambiguationID` VARCHAR(500),
  `DisambiguationSource` VARCHAR(500),
  PRIMARY KEY (`PersonAffiliationID`),
  CONSTRAINT `FK_PersonAffiliation_Person` FOREIGN KEY (`PersonID`) REFERENCES `ORCID..Person` (`PersonID`),
  CONSTRAINT `FK_PersonAffiliation_PersonMessage` FOREIGN KEY (`PersonMessageID`) REFERENCES `ORCID..PersonMessage` (`PersonMessageID`),
  CONSTRAINT `FK_PersonAffiliation_REF_Decision` FOREIGN KEY (`DecisionID`) REFERENCES `ORCID..REF_Decision` (`DecisionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[PersonAlternateEmail]
CREATE TABLE `ORCID..PersonAlternateEmail` (
  `PersonAlternateEmailID` INT NOT NULL AUTO_INCREMENT,
  `PersonID` INT NOT NULL,
  `EmailAddress` VARCHAR(200) NOT NULL,
  `PersonMessageID` INT,
  PRIMARY KEY (`PersonAlternateEmailID`),
  CONSTRAINT `fk_PersonAlternateEmail_Personid` FOREIGN KEY (`PersonID`) REFERENCES `ORCID..Person` (`PersonID`),
  CONSTRAINT `fk_PersonAlternateEmail_PersonMessageid` FOREIGN KEY (`PersonMessageID`) REFERENCES `ORCID..PersonMessage` (`PersonMessageID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[PersonMessage]
CREATE TABLE `ORCID..PersonMessage` (
  `PersonMessageID` INT NOT NULL AUTO_INCREMENT,
  `PersonID` INT NOT NULL,
  `XML_Sent` LONGTEXT,
  `XML_Response` LONGTEXT,
  `ErrorMessage` TEXT,
  `HttpResponseCode` VARCHAR(50),
  `MessagePostSuccess` TINYINT(1),
  `RecordStatusID` TINYINT UNSIGNED,
  `PermissionID` TINYINT UNSIGNED,
  `RequestURL` TEXT,
  `HeaderPost` TEXT,
  `UserMessage` TEXT,
  `PostDate` DATETIME,
  PRIMARY KEY (`PersonMessageID`),
  CONSTRAINT `FK_PersonMessage_Person` FOREIGN KEY (`PersonID`) REFERENCES `ORCID..Person` (`PersonID`),
  CONSTRAINT `FK_PersonMessage_REF_Permission` FOREIGN KEY (`PermissionID`) REFERENCES `ORCID..REF_Permission` (`PermissionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[PersonOthername]
CREATE TABLE `ORCID..PersonOthername` (
  `PersonOthernameID` INT NOT NULL AUTO_INCREMENT,
  `PersonID` INT NOT NULL,
  `OtherName` VARCHAR(500),
  `PersonMessageID` INT,
  PRIMARY KEY (`PersonOthernameID`),
  CONSTRAINT `fk_PersonOthername_Personid` FOREIGN KEY (`PersonID`) REFERENCES `ORCID..Person` (`PersonID`),
  CONSTRAINT `fk_PersonOthername_PersonMessageid` FOREIGN KEY (`PersonMessageID`) REFERENCES `ORCID..PersonMessage` (`PersonMessageID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[PersonToken]
CREATE TABLE `ORCID..PersonToken` (
  `PersonTokenID` INT NOT NULL AUTO_INCREMENT,
  `PersonID` INT NOT NULL,
  `PermissionID` TINYINT UNSIGNED NOT NULL,
  `AccessToken` VARCHAR(50) NOT NULL,
  `TokenExpiration` DATETIME NOT NULL,
  `RefreshToken` VARCHAR(50),
  PRIMARY KEY (`PersonTokenID`),
  CONSTRAINT `FK_PersonToken_Permissions` FOREIGN KEY (`PermissionID`) REFERENCES `ORCID..REF_Permission` (`PermissionID`),
  CONSTRAINT `FK_PersonToken_Person` FOREIGN KEY (`PersonID`) REFERENCES `ORCID..Person` (`PersonID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[PersonURL]
CREATE TABLE `ORCID..PersonURL` (
  `PersonURLID` INT NOT NULL AUTO_INCREMENT,
  `PersonID` INT NOT NULL,
  `PersonMessageID` INT,
  `URLName` VARCHAR(500),
  `URL` TEXT NOT NULL,
  `DecisionID` TINYINT UNSIGNED NOT NULL,
  PRIMARY KEY (`PersonURLID`),
  CONSTRAINT `FK_Person_PersonURL` FOREIGN KEY (`PersonID`) REFERENCES `ORCID..Person` (`PersonID`),
  CONSTRAINT `FK_PersonMessage_PersonURL` FOREIGN KEY (`PersonMessageID`) REFERENCES `ORCID..PersonMessage` (`PersonMessageID`),
  CONSTRAINT `FK_REFDecision_PersonURL` FOREIGN KEY (`DecisionID`) REFERENCES `ORCID..REF_Decision` (`DecisionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[PersonWork]
CREATE TABLE `ORCID..PersonWork` (
  `PersonWorkID` INT NOT NULL AUTO_INCREMENT,
  `PersonID` INT NOT NULL,
  `PersonMessageID` INT,
  `DecisionID` TINYINT UNSIGNED NOT NULL,
  `WorkTitle` LONGTEXT NOT NULL,
  `ShortDescription` LONGTEXT,
  `WorkCitation` LONGTEXT,
  `WorkType` VARCHAR(500),
  `URL` TEXT,
  `SubTitle` LONGTEXT,
  `WorkCitationType` VARCHAR(500),
  `PubDate` DATETIME,
  `PublicationMediaType` VARCHAR(500),
  `PubID` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`PersonWorkID`),
  CONSTRAINT `FK_PersonWork_Person` FOREIGN KEY (`PersonID`) REFERENCES `ORCID..Person` (`PersonID`),
  CONSTRAINT `FK_PersonWork_PersonMessage` FOREIGN KEY (`PersonMessageID`) REFERENCES `ORCID..PersonMessage` (`PersonMessageID`),
  CONSTRAINT `FK_PersonWork_REF_Decision` FOREIGN KEY (`DecisionID`) REFERENCES `ORCID..REF_Decision` (`DecisionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[PersonWorkIdentifier]
CREATE TABLE `ORCID..PersonWorkIdentifier` (
  `PersonWorkIdentifierID` INT NOT NULL AUTO_INCREMENT,
  `PersonWorkID` INT NOT NULL,
  `WorkExternalTypeID` TINYINT UNSIGNED NOT NULL,
  `Identifier` VARCHAR(250) NOT NULL,
  PRIMARY KEY (`PersonWorkIdentifierID`),
  CONSTRAINT `FK_PersonWorkIdentifier_PersonWork` FOREIGN KEY (`PersonWorkID`) REFERENCES `ORCID..PersonWork` (`PersonWorkID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[REF_Decision]
CREATE TABLE `ORCID..REF_Decision` (
  `DecisionID` TINYINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `DecisionDescription` VARCHAR(150) NOT NULL,
  `DecisionDescriptionLong` VARCHAR(500) NOT NULL,
  PRIMARY KEY (`DecisionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[REF_Permission]
CREATE TABLE `ORCID..REF_Permission` (
  `PermissionID` TINYINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `PermissionScope` VARCHAR(100) NOT NULL,
  `PermissionDescription` VARCHAR(500) NOT NULL,
  `MethodAndRequest` VARCHAR(100),
  `SuccessMessage` TEXT,
  `FailedMessage` TEXT,
  PRIMARY KEY (`PermissionID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[REF_PersonStatusType]
CREATE TABLE `ORCID..REF_PersonStatusType` (
  `PersonStatusTypeID` TINYINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `StatusDescription` VARCHAR(75) NOT NULL,
  PRIMARY KEY (`PersonStatusTypeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[ErrorLog]
CREATE TABLE `ORCID..ErrorLog` (
  `ErrorLogID` INT NOT NULL AUTO_INCREMENT,
  `InternalUsername` VARCHAR(11),
  `Exception` LONGTEXT NOT NULL,
  `OccurredOn` DATETIME NOT NULL,
  `Processed` TINYINT(1) NOT NULL,
  PRIMARY KEY (`ErrorLogID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[RecordLevelAuditTrail]
CREATE TABLE `ORCID..RecordLevelAuditTrail` (
  `RecordLevelAuditTrailID` BIGINT NOT NULL AUTO_INCREMENT,
  `MetaTableID` INT NOT NULL,
  `RowIdentifier` BIGINT NOT NULL,
  `RecordLevelAuditTypeID` TINYINT UNSIGNED NOT NULL,
  `CreatedDate` DATETIME NOT NULL,
  `CreatedBy` VARCHAR(10) NOT NULL,
  PRIMARY KEY (`RecordLevelAuditTrailID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORCID.].[FieldLevelAuditTrail]
CREATE TABLE `ORCID..FieldLevelAuditTrail` (
  `FieldLevelAuditTrailID` BIGINT NOT NULL AUTO_INCREMENT,
  `RecordLevelAuditTrailID` BIGINT NOT NULL,
  `MetaFieldID` INT NOT NULL,
  `ValueBefore` VARCHAR(50),
  `ValueAfter` VARCHAR(50),
  PRIMARY KEY (`FieldLevelAuditTrailID`),
  CONSTRAINT `FK_FieldLevelAuditTrail_RecordLevelAuditTrail` FOREIGN KEY (`RecordLevelAuditTrailID`) REFERENCES `ORCID..RecordLevelAuditTrail` (`RecordLevelAuditTrailID`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORNG.].[Apps]
CREATE TABLE `ORNG..Apps` (
  `AppID` INT NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  `Url` VARCHAR(255),
  `PersonFilterID` INT,
  `OAuthSecret` VARCHAR(255),
  `Enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`AppID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORNG.].[AppData]
CREATE TABLE `ORNG..AppData` (
  `NodeID` BIGINT NOT NULL,
  `AppID` INT NOT NULL,
  `Keyname` VARCHAR(255) NOT NULL,
  `Value` TEXT,
  `CreatedDT` DATETIME,
  `UpdatedDT` DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORNG.].[Activity]
CREATE TABLE `ORNG..Activity` (
  `ActivityID` INT NOT NULL AUTO_INCREMENT,
  `NodeID` BIGINT,
  `AppID` INT,
  `CreatedDT` DATETIME,
  `Activity` LONGTEXT,
  PRIMARY KEY (`ActivityID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [ORNG.].[Messages]
CREATE TABLE `ORNG..Messages` (
  `MsgID` VARCHAR(255) NOT NULL,
  `SenderNodeID` BIGINT,
  `RecipientNodeID` BIGINT,
  `Coll` VARCHAR(255),
  `Title` VARCHAR(255),
  `Body` TEXT,
  `CreatedDT` DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Framework.].[Log.Activity]
CREATE TABLE `Framework..Log.Activity` (
  `activityLogId` INT NOT NULL AUTO_INCREMENT,
  `userId` INT,
  `personId` INT,
  `methodName` VARCHAR(255),
  `property` VARCHAR(255),
  `privacyCode` INT,
  `param1` VARCHAR(255),
  `param2` VARCHAR(255),
  `createdDT` DATETIME NOT NULL,
  PRIMARY KEY (`activityLogId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Framework.].[Job]
CREATE TABLE `Framework..Job` (
  `JobID` INT NOT NULL,
  `JobGroup` INT,
  `Step` INT,
  `IsActive` TINYINT(1),
  `Script` LONGTEXT,
  `Status` VARCHAR(50),
  `LastStart` DATETIME,
  `LastEnd` DATETIME,
  `ErrorCode` INT,
  `ErrorMsg` LONGTEXT,
  PRIMARY KEY (`JobID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Framework.].[Parameter]
CREATE TABLE `Framework..Parameter` (
  `ParameterID` VARCHAR(50) NOT NULL,
  `Value` LONGTEXT,
  PRIMARY KEY (`ParameterID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Direct.].[Sites]
CREATE TABLE `Direct..Sites` (
  `SiteID` INT NOT NULL,
  `BootstrapURL` VARCHAR(255),
  `SiteName` VARCHAR(500),
  `QueryURL` VARCHAR(255),
  `SortOrder` INT,
  `IsActive` TINYINT(1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- upstream: [Direct.].[LogIncoming]
CREATE TABLE `Direct..LogIncoming` (
  `Details` TINYINT(1),
  `ReceivedDate` DATETIME,
  `RequestIP` VARCHAR(16),
  `QueryString` TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
