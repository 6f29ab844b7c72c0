-- Open Dental 3.4 (dental practice management: patients, families, appointments, procedures, perio charts,
-- prescriptions, insurance plans, claims, payments and payment plans, communications, documents, providers,
-- employees and time clock, referrals, security log), MySQL schema for the blind26 exam.
-- Upstream: Open Dental's blank-database dump packaging/opendentaldata/mysql.sql (DataBaseVersion 3.4.17.0), as kept
-- in the Open Dental source mirror github.com/freemed/opendental, commit 498666b22e9ec674a8dcf66bb190ca05f7ad4877
-- (GPL-2.0; the official github.com/OpenDental/opendental snapshot holds only LICENSE and README).
-- 43 of its 83 CREATE TABLE statements copied verbatim (MyISAM, no foreign keys upstream); the data rows left out.

CREATE TABLE `patient` (
  `PatNum` mediumint(8) unsigned NOT NULL auto_increment,
  `LName` varchar(100) NOT NULL default '',
  `FName` varchar(100) NOT NULL default '',
  `MiddleI` varchar(100) NOT NULL default '',
  `Preferred` varchar(100) NOT NULL default '',
  `PatStatus` tinyint(3) unsigned NOT NULL default '0',
  `Gender` tinyint(3) unsigned NOT NULL default '0',
  `Position` tinyint(3) unsigned NOT NULL default '0',
  `Birthdate` date NOT NULL default '0001-01-01',
  `SSN` varchar(100) NOT NULL default '',
  `Address` varchar(100) NOT NULL default '',
  `Address2` varchar(100) NOT NULL default '',
  `City` varchar(100) NOT NULL default '',
  `State` varchar(100) NOT NULL default '',
  `Zip` varchar(100) NOT NULL default '',
  `HmPhone` varchar(30) NOT NULL default '',
  `WkPhone` varchar(30) NOT NULL default '',
  `WirelessPhone` varchar(30) NOT NULL default '',
  `Guarantor` mediumint(8) unsigned NOT NULL default '0',
  `CreditType` char(1) NOT NULL default '',
  `Email` varchar(100) NOT NULL default '',
  `Salutation` varchar(100) NOT NULL default '',
  `PriPlanNum` mediumint(8) unsigned NOT NULL default '0',
  `PriRelationship` tinyint(3) unsigned NOT NULL default '0',
  `SecPlanNum` mediumint(8) unsigned NOT NULL default '0',
  `SecRelationship` tinyint(3) unsigned NOT NULL default '0',
  `EstBalance` double NOT NULL default '0',
  `NextAptNum` mediumint(8) NOT NULL default '0',
  `PriProv` smallint(5) unsigned NOT NULL default '0',
  `SecProv` smallint(5) unsigned NOT NULL default '0',
  `FeeSched` smallint(5) unsigned NOT NULL default '0',
  `BillingType` smallint(5) unsigned NOT NULL default '0',
  `RecallInterval` tinyint(4) NOT NULL default '0',
  `RecallStatus` smallint(5) unsigned NOT NULL default '0',
  `ImageFolder` varchar(100) NOT NULL default '',
  `AddrNote` text NOT NULL,
  `FamFinUrgNote` text NOT NULL,
  `MedUrgNote` varchar(255) NOT NULL default '',
  `ApptModNote` varchar(255) NOT NULL default '',
  `StudentStatus` char(1) NOT NULL default '',
  `SchoolName` varchar(30) NOT NULL default '',
  `ChartNumber` varchar(20) NOT NULL default '',
  `MedicaidID` varchar(20) NOT NULL default '',
  `Bal_0_30` double NOT NULL default '0',
  `Bal_31_60` double NOT NULL default '0',
  `Bal_61_90` double NOT NULL default '0',
  `BalOver90` double NOT NULL default '0',
  `InsEst` double NOT NULL default '0',
  `PrimaryTeeth` varchar(255) NOT NULL default '',
  `BalTotal` double NOT NULL default '0',
  `EmployerNum` mediumint(8) unsigned NOT NULL default '0',
  `EmploymentNote` varchar(255) NOT NULL default '',
  `Race` tinyint(4) NOT NULL default '0',
  `County` varchar(255) NOT NULL default '',
  `GradeSchool` varchar(255) NOT NULL default '',
  `GradeLevel` tinyint(4) NOT NULL default '0',
  `Urgency` tinyint(4) NOT NULL default '0',
  `DateFirstVisit` date NOT NULL default '0001-01-01',
  `PriPending` tinyint(1) unsigned NOT NULL default '0',
  `SecPending` tinyint(1) unsigned NOT NULL default '0',
  `ClinicNum` smallint(5) unsigned NOT NULL default '0',
  PRIMARY KEY  (`PatNum`),
  KEY `indexLName` (`LName`(10)),
  KEY `indexFName` (`FName`(10)),
  KEY `indexLFName` (`LName`,`FName`),
  KEY `indexGuarantor` (`Guarantor`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `patientnote` (
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `FamFinancial` text NOT NULL,
  `ApptPhone` text NOT NULL,
  `Medical` text NOT NULL,
  `Service` text NOT NULL,
  `MedicalComp` text NOT NULL,
  `Treatment` text NOT NULL,
  PRIMARY KEY  (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `appointment` (
  `AptNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `AptStatus` tinyint(3) unsigned NOT NULL default '0',
  `Pattern` varchar(255) NOT NULL default '',
  `Confirmed` smallint(5) unsigned NOT NULL default '0',
  `AddTime` tinyint(3) NOT NULL default '0',
  `Op` smallint(5) unsigned NOT NULL default '0',
  `Note` text NOT NULL,
  `ProvNum` smallint(5) unsigned NOT NULL default '0',
  `ProvHyg` smallint(5) unsigned NOT NULL default '0',
  `AptDateTime` datetime NOT NULL default '0001-01-01 00:00:00',
  `NextAptNum` mediumint(8) unsigned NOT NULL default '0',
  `UnschedStatus` smallint(5) unsigned NOT NULL default '0',
  `Lab` tinyint(3) unsigned NOT NULL default '0',
  `IsNewPatient` tinyint(1) unsigned NOT NULL default '0',
  `ProcDescript` varchar(255) NOT NULL default '',
  `Assistant` smallint(5) unsigned NOT NULL default '0',
  PRIMARY KEY  (`AptNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `indexNextAptNum` (`NextAptNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `procedurelog` (
  `ProcNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `AptNum` mediumint(8) unsigned NOT NULL default '0',
  `ADACode` varchar(15) NOT NULL default '',
  `ProcDate` date NOT NULL default '0001-01-01',
  `ProcFee` double NOT NULL default '0',
  `OverridePri` double NOT NULL default '0',
  `OverrideSec` double NOT NULL default '0',
  `Surf` varchar(10) NOT NULL default '',
  `ToothNum` varchar(2) NOT NULL default '',
  `ToothRange` varchar(100) NOT NULL default '',
  `NoBillIns` tinyint(1) unsigned NOT NULL default '0',
  `Priority` smallint(5) unsigned NOT NULL default '0',
  `ProcStatus` tinyint(3) unsigned NOT NULL default '0',
  `ProcNote` text NOT NULL,
  `ProvNum` smallint(5) unsigned NOT NULL default '0',
  `Dx` smallint(5) unsigned NOT NULL default '0',
  `NextAptNum` mediumint(8) unsigned NOT NULL default '0',
  `IsCovIns` tinyint(1) unsigned NOT NULL default '0',
  `CapCopay` double NOT NULL default '0',
  `PlaceService` tinyint(3) unsigned NOT NULL default '0',
  `HideGraphical` tinyint(3) unsigned NOT NULL default '0',
  `Prosthesis` char(1) NOT NULL default '',
  `DateOriginalProsth` date NOT NULL default '0001-01-01',
  `ClaimNote` varchar(80) NOT NULL default '',
  `DateLocked` date NOT NULL default '0001-01-01',
  PRIMARY KEY  (`ProcNum`),
  KEY `ChartNum` (`PatNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `indexAptNum` (`AptNum`),
  KEY `indexADACode` (`ADACode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `adjustment` (
  `AdjNum` mediumint(8) unsigned NOT NULL auto_increment,
  `AdjDate` date NOT NULL default '0001-01-01',
  `AdjAmt` double NOT NULL default '0',
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `AdjType` smallint(5) unsigned NOT NULL default '0',
  `ProvNum` mediumint(8) unsigned NOT NULL default '0',
  `AdjNote` text NOT NULL,
  `ProcDate` date NOT NULL default '0001-01-01',
  `ProcNum` mediumint(8) unsigned NOT NULL default '0',
  PRIMARY KEY  (`AdjNum`),
  KEY `indexPatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claim` (
  `ClaimNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `DateService` date NOT NULL default '0001-01-01',
  `DateSent` date NOT NULL default '0001-01-01',
  `ClaimStatus` char(1) NOT NULL default '',
  `DateReceived` date NOT NULL default '0001-01-01',
  `PlanNum` mediumint(8) unsigned NOT NULL default '0',
  `ProvTreat` smallint(5) unsigned NOT NULL default '0',
  `ClaimFee` double NOT NULL default '0',
  `InsPayEst` double NOT NULL default '0',
  `InsPayAmt` double NOT NULL default '0',
  `DedApplied` double NOT NULL default '0',
  `PreAuthString` varchar(40) NOT NULL default '',
  `IsProsthesis` char(1) NOT NULL default '',
  `PriorDate` date NOT NULL default '0001-01-01',
  `ReasonUnderPaid` varchar(255) NOT NULL default '',
  `ClaimNote` varchar(255) NOT NULL default '',
  `ClaimType` varchar(255) NOT NULL default '',
  `ProvBill` smallint(5) unsigned NOT NULL default '0',
  `ReferringProv` smallint(5) unsigned NOT NULL default '0',
  `RefNumString` varchar(40) NOT NULL default '',
  `PlaceService` tinyint(3) unsigned NOT NULL default '0',
  `AccidentRelated` char(1) NOT NULL default '',
  `AccidentDate` date NOT NULL default '0001-01-01',
  `AccidentST` varchar(2) NOT NULL default '',
  `EmployRelated` tinyint(3) unsigned NOT NULL default '0',
  `IsOrtho` tinyint(1) unsigned NOT NULL default '0',
  `OrthoRemainM` tinyint(3) unsigned NOT NULL default '0',
  `OrthoDate` date NOT NULL default '0001-01-01',
  `PatRelat` tinyint(3) unsigned NOT NULL default '0',
  `PlanNum2` mediumint(8) unsigned NOT NULL default '0',
  `PatRelat2` tinyint(3) unsigned NOT NULL default '0',
  `WriteOff` double NOT NULL default '0',
  `Radiographs` tinyint(3) unsigned NOT NULL default '0',
  PRIMARY KEY  (`ClaimNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `indexPlanNum` (`PlanNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claimproc` (
  `ClaimProcNum` mediumint(8) unsigned NOT NULL auto_increment,
  `ProcNum` mediumint(8) unsigned NOT NULL default '0',
  `ClaimNum` mediumint(8) unsigned NOT NULL default '0',
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `ProvNum` smallint(5) unsigned NOT NULL default '0',
  `FeeBilled` double NOT NULL default '0',
  `InsPayEst` double NOT NULL default '0',
  `DedApplied` double NOT NULL default '0',
  `Status` tinyint(3) unsigned NOT NULL default '0',
  `InsPayAmt` double NOT NULL default '0',
  `Remarks` varchar(255) NOT NULL default '',
  `ClaimPaymentNum` mediumint(8) unsigned NOT NULL default '0',
  `PlanNum` mediumint(8) unsigned NOT NULL default '0',
  `DateCP` date NOT NULL default '0001-01-01',
  `WriteOff` double NOT NULL default '0',
  `CodeSent` varchar(15) NOT NULL default '',
  `AllowedAmt` double NOT NULL default '-1',
  `Percentage` tinyint(4) NOT NULL default '-1',
  `PercentOverride` tinyint(4) NOT NULL default '-1',
  `CopayAmt` double NOT NULL default '-1',
  `OverrideInsEst` double NOT NULL default '-1',
  `NoBillIns` tinyint(1) unsigned NOT NULL default '0',
  `DedBeforePerc` tinyint(1) unsigned NOT NULL default '0',
  `OverAnnualMax` double NOT NULL default '-1',
  `PaidOtherIns` double NOT NULL default '-1',
  `BaseEst` double NOT NULL default '0',
  `CopayOverride` double NOT NULL default '-1',
  `ProcDate` date NOT NULL default '0001-01-01',
  PRIMARY KEY  (`ClaimProcNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `indexPlanNum` (`PlanNum`),
  KEY `indexClaimNum` (`ClaimNum`),
  KEY `indexProvNum` (`ProvNum`),
  KEY `indexProcNum` (`ProcNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claimpayment` (
  `ClaimPaymentNum` mediumint(8) unsigned NOT NULL auto_increment,
  `CheckDate` date NOT NULL default '0001-01-01',
  `CheckAmt` double NOT NULL default '0',
  `CheckNum` varchar(25) NOT NULL default '',
  `BankBranch` varchar(25) NOT NULL default '',
  `Note` varchar(255) NOT NULL default '',
  `ClinicNum` smallint(5) unsigned NOT NULL default '0',
  PRIMARY KEY  (`ClaimPaymentNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `insplan` (
  `PlanNum` mediumint(8) unsigned NOT NULL auto_increment,
  `Subscriber` mediumint(8) unsigned NOT NULL default '0',
  `Carrier` varchar(50) NOT NULL default '',
  `DateEffective` date NOT NULL default '0001-01-01',
  `DateTerm` date NOT NULL default '0001-01-01',
  `Phone` varchar(30) NOT NULL default '',
  `GroupName` varchar(50) NOT NULL default '',
  `GroupNum` varchar(20) NOT NULL default '',
  `Address` varchar(60) NOT NULL default '',
  `Address2` varchar(60) NOT NULL default '',
  `City` varchar(40) NOT NULL default '',
  `State` varchar(2) NOT NULL default '',
  `Zip` varchar(10) NOT NULL default '',
  `NoSendElect` tinyint(1) unsigned NOT NULL default '0',
  `ElectID` varchar(5) NOT NULL default '',
  `Employer` varchar(40) NOT NULL default '',
  `AnnualMax` smallint(6) NOT NULL default '0',
  `RenewMonth` tinyint(3) unsigned NOT NULL default '1',
  `Deductible` smallint(6) NOT NULL default '0',
  `DeductWaivPrev` tinyint(3) unsigned NOT NULL default '0',
  `OrthoMax` smallint(6) NOT NULL default '0',
  `FloToAge` tinyint(4) NOT NULL default '0',
  `PlanNote` text NOT NULL,
  `MissToothExcl` tinyint(3) unsigned NOT NULL default '0',
  `MajorWait` tinyint(3) unsigned NOT NULL default '0',
  `FeeSched` smallint(5) unsigned NOT NULL default '0',
  `ReleaseInfo` tinyint(1) unsigned NOT NULL default '1',
  `AssignBen` tinyint(1) unsigned NOT NULL default '1',
  `PlanType` char(1) NOT NULL default '',
  `ClaimFormNum` smallint(5) unsigned NOT NULL default '0',
  `UseAltCode` tinyint(1) unsigned NOT NULL default '0',
  `ClaimsUseUCR` tinyint(1) unsigned NOT NULL default '0',
  `IsWrittenOff` tinyint(1) unsigned NOT NULL default '0',
  `CopayFeeSched` smallint(5) unsigned NOT NULL default '0',
  `SubscriberID` varchar(40) NOT NULL default '',
  `EmployerNum` mediumint(8) unsigned NOT NULL default '0',
  `CarrierNum` mediumint(8) unsigned NOT NULL default '0',
  `AllowedFeeSched` smallint(5) unsigned NOT NULL default '0',
  PRIMARY KEY  (`PlanNum`),
  KEY `indexSubscriber` (`Subscriber`),
  KEY `indexCarrier` (`Carrier`(20))
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payment` (
  `PayNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PayType` smallint(5) unsigned NOT NULL default '0',
  `PayDate` date NOT NULL default '0000-00-00',
  `PayAmt` double NOT NULL default '0',
  `CheckNum` varchar(25) NOT NULL default '',
  `BankBranch` varchar(25) NOT NULL default '',
  `PayNote` varchar(255) NOT NULL default '',
  `IsSplit` tinyint(1) unsigned NOT NULL default '0',
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `ClinicNum` smallint(5) unsigned NOT NULL default '0',
  PRIMARY KEY  (`PayNum`),
  KEY `indexPatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `paysplit` (
  `SplitNum` mediumint(8) unsigned NOT NULL auto_increment,
  `SplitAmt` double NOT NULL default '0',
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `ProcDate` date NOT NULL default '0000-00-00',
  `PayNum` mediumint(8) unsigned NOT NULL default '0',
  `IsDiscount` tinyint(1) unsigned NOT NULL default '0',
  `DiscountType` tinyint(3) unsigned NOT NULL default '0',
  `ProvNum` smallint(5) unsigned NOT NULL default '0',
  `PayPlanNum` mediumint(8) unsigned NOT NULL default '0',
  `DatePay` date NOT NULL default '0001-01-01',
  `ProcNum` mediumint(8) unsigned NOT NULL default '0',
  PRIMARY KEY  (`SplitNum`),
  KEY `indexPatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payplan` (
  `PayPlanNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `Guarantor` mediumint(8) unsigned NOT NULL default '0',
  `PayPlanDate` date NOT NULL default '0000-00-00',
  `TotalAmount` double NOT NULL default '0',
  `APR` double NOT NULL default '0',
  `MonthlyPayment` double NOT NULL default '0',
  `Term` tinyint(3) unsigned NOT NULL default '0',
  `CurrentDue` double NOT NULL default '0',
  `DateFirstPay` date NOT NULL default '0000-00-00',
  `DownPayment` double NOT NULL default '0',
  `Note` text NOT NULL,
  `TotalCost` double NOT NULL default '0',
  `LastPayment` double NOT NULL default '0',
  PRIMARY KEY  (`PayPlanNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `commlog` (
  `CommlogNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `CommDateTime` datetime NOT NULL default '0000-00-00 00:00:00',
  `CommType` tinyint(3) unsigned NOT NULL default '0',
  `Note` text NOT NULL,
  `Mode` tinyint(3) unsigned NOT NULL default '0',
  `SentOrReceived` tinyint(3) unsigned NOT NULL default '0',
  `EmailMessageNum` mediumint(8) unsigned NOT NULL default '0',
  PRIMARY KEY  (`CommlogNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `emailmessage` (
  `EmailMessageNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PatNum` mediumint(9) NOT NULL default '0',
  `ToAddress` text NOT NULL,
  `FromAddress` text NOT NULL,
  `Subject` text NOT NULL,
  `BodyText` text NOT NULL,
  `MsgDateTime` datetime NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY  (`EmailMessageNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `docattach` (
  `DocAttachNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `DocNum` mediumint(8) unsigned NOT NULL default '0',
  PRIMARY KEY  (`DocAttachNum`),
  KEY `ChartNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `document` (
  `DocNum` mediumint(8) unsigned NOT NULL auto_increment,
  `Description` varchar(255) NOT NULL default '',
  `DateCreated` date NOT NULL default '0000-00-00',
  `DocCategory` smallint(5) unsigned NOT NULL default '0',
  `WithPat` mediumint(8) unsigned NOT NULL default '0',
  `FileName` varchar(255) NOT NULL default '',
  `ImgType` tinyint(3) unsigned NOT NULL default '0',
  `IsFlipped` tinyint(1) unsigned NOT NULL default '0',
  `DegreesRotated` smallint(5) unsigned NOT NULL default '0',
  PRIMARY KEY  (`DocNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `medicationpat` (
  `MedicationPatNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `MedicationNum` mediumint(8) unsigned NOT NULL default '0',
  `PatNote` text NOT NULL,
  PRIMARY KEY  (`MedicationPatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `rxpat` (
  `RxNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `RxDate` date NOT NULL default '0000-00-00',
  `Drug` varchar(255) NOT NULL default '',
  `Sig` varchar(255) NOT NULL default '',
  `Disp` varchar(255) NOT NULL default '',
  `Refills` varchar(30) NOT NULL default '0',
  `ProvNum` smallint(5) unsigned NOT NULL default '0',
  `Notes` varchar(255) NOT NULL default '',
  PRIMARY KEY  (`RxNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `recall` (
  `RecallNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `DateDueCalc` date NOT NULL default '0001-01-01',
  `DateDue` date NOT NULL default '0001-01-01',
  `DatePrevious` date NOT NULL default '0001-01-01',
  `RecallInterval` int(11) NOT NULL default '0',
  `RecallStatus` smallint(5) unsigned NOT NULL default '0',
  `Note` text NOT NULL,
  `IsDisabled` tinyint(3) unsigned NOT NULL default '0',
  PRIMARY KEY  (`RecallNum`),
  KEY `PatNum` (`PatNum`),
  KEY `DateDue` (`DateDue`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `refattach` (
  `RefAttachNum` smallint(5) unsigned NOT NULL auto_increment,
  `ReferralNum` smallint(5) unsigned NOT NULL default '0',
  `PatNum` smallint(5) unsigned NOT NULL default '0',
  `ItemOrder` smallint(5) unsigned NOT NULL default '0',
  `RefDate` date NOT NULL default '0000-00-00',
  `IsFrom` tinyint(1) unsigned NOT NULL default '0',
  PRIMARY KEY  (`RefAttachNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `referral` (
  `ReferralNum` smallint(5) unsigned NOT NULL auto_increment,
  `LName` varchar(100) NOT NULL default '',
  `FName` varchar(100) NOT NULL default '',
  `MName` varchar(100) NOT NULL default '',
  `SSN` varchar(9) NOT NULL default '',
  `UsingTIN` tinyint(1) unsigned NOT NULL default '0',
  `Specialty` tinyint(3) unsigned NOT NULL default '0',
  `ST` varchar(2) NOT NULL default '',
  `Telephone` varchar(10) NOT NULL default '',
  `Address` varchar(100) NOT NULL default '',
  `Address2` varchar(100) NOT NULL default '',
  `City` varchar(100) NOT NULL default '',
  `Zip` varchar(20) NOT NULL default '',
  `Note` text NOT NULL,
  `Phone2` varchar(30) NOT NULL default '',
  `IsHidden` tinyint(1) unsigned NOT NULL default '0',
  `NotPerson` tinyint(1) unsigned NOT NULL default '0',
  `Title` varchar(255) NOT NULL default '',
  `EMail` varchar(255) NOT NULL default '',
  `PatNum` smallint(5) unsigned NOT NULL default '0',
  PRIMARY KEY  (`ReferralNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `perioexam` (
  `PerioExamNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PatNum` mediumint(8) unsigned NOT NULL default '0',
  `ExamDate` date NOT NULL default '0000-00-00',
  `ProvNum` smallint(5) unsigned NOT NULL default '0',
  PRIMARY KEY  (`PerioExamNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `periomeasure` (
  `PerioMeasureNum` mediumint(8) unsigned NOT NULL auto_increment,
  `PerioExamNum` mediumint(8) unsigned NOT NULL default '0',
  `SequenceType` tinyint(3) unsigned NOT NULL default '0',
  `IntTooth` tinyint(3) unsigned NOT NULL default '0',
  `ToothValue` tinyint(4) NOT NULL default '-1',
  `MBvalue` tinyint(4) NOT NULL default '-1',
  `Bvalue` tinyint(4) NOT NULL default '-1',
  `DBvalue` tinyint(4) NOT NULL default '-1',
  `MLvalue` tinyint(4) NOT NULL default '-1',
  `Lvalue` tinyint(4) NOT NULL default '-1',
  `DLvalue` tinyint(4) NOT NULL default '-1',
  PRIMARY KEY  (`PerioMeasureNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `provider` (
  `ProvNum` smallint(5) unsigned NOT NULL auto_increment,
  `Abbr` varchar(5) NOT NULL default '',
  `ItemOrder` smallint(5) unsigned NOT NULL default '0',
  `LName` varchar(100) NOT NULL default '',
  `FName` varchar(100) NOT NULL default '',
  `MI` varchar(100) NOT NULL default '',
  `Title` varchar(100) NOT NULL default '',
  `FeeSched` smallint(5) unsigned NOT NULL default '0',
  `Specialty` tinyint(3) unsigned NOT NULL default '0',
  `SSN` varchar(12) NOT NULL default '',
  `StateLicense` varchar(15) NOT NULL default '',
  `DEANum` varchar(15) NOT NULL default '',
  `IsSecondary` tinyint(1) unsigned NOT NULL default '0',
  `ProvColor` int(11) NOT NULL default '0',
  `IsHidden` tinyint(1) unsigned NOT NULL default '0',
  `UsingTIN` tinyint(1) unsigned NOT NULL default '0',
  `BlueCrossID` varchar(25) NOT NULL default '',
  `SigOnFile` tinyint(1) unsigned NOT NULL default '1',
  `Password` varchar(255) NOT NULL default '',
  `UserName` varchar(255) NOT NULL default '',
  `MedicaidID` varchar(20) NOT NULL default '',
  `OutlineColor` int(11) NOT NULL default '0',
  PRIMARY KEY  (`ProvNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `providerident` (
  `ProviderIdentNum` mediumint(8) unsigned NOT NULL auto_increment,
  `ProvNum` smallint(5) unsigned NOT NULL default '0',
  `PayorID` varchar(255) NOT NULL default '',
  `SuppIDType` tinyint(3) unsigned NOT NULL default '0',
  `IDNumber` varchar(255) NOT NULL default '',
  PRIMARY KEY  (`ProviderIdentNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `employee` (
  `EmployeeNum` smallint(5) unsigned NOT NULL auto_increment,
  `LName` varchar(255) NOT NULL default '',
  `FName` varchar(255) NOT NULL default '',
  `MiddleI` varchar(255) NOT NULL default '',
  `Password` varchar(255) NOT NULL default '',
  `IsHidden` tinyint(1) unsigned NOT NULL default '0',
  `UserName` varchar(255) NOT NULL default '',
  `ClockStatus` varchar(255) NOT NULL default '',
  PRIMARY KEY  (`EmployeeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `clockevent` (
  `ClockEventNum` mediumint(8) unsigned NOT NULL auto_increment,
  `EmployeeNum` smallint(5) unsigned NOT NULL default '0',
  `TimeEntered` datetime NOT NULL default '0000-00-00 00:00:00',
  `TimeDisplayed` datetime NOT NULL default '0000-00-00 00:00:00',
  `ClockIn` tinyint(1) unsigned NOT NULL default '0',
  `ClockStatus` tinyint(3) unsigned NOT NULL default '0',
  `Note` text NOT NULL,
  PRIMARY KEY  (`ClockEventNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `contact` (
  `ContactNum` mediumint(8) unsigned NOT NULL auto_increment,
  `LName` varchar(255) NOT NULL default '',
  `FName` varchar(255) NOT NULL default '',
  `WkPhone` varchar(255) NOT NULL default '',
  `Fax` varchar(255) NOT NULL default '',
  `Category` smallint(5) unsigned NOT NULL default '0',
  `Notes` text NOT NULL,
  PRIMARY KEY  (`ContactNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `schedule` (
  `ScheduleNum` smallint(5) unsigned NOT NULL auto_increment,
  `SchedDate` date NOT NULL default '0000-00-00',
  `StartTime` time NOT NULL default '00:00:00',
  `StopTime` time NOT NULL default '00:00:00',
  `SchedType` tinyint(3) unsigned NOT NULL default '0',
  `ProvNum` smallint(5) unsigned NOT NULL default '0',
  `BlockoutType` smallint(5) unsigned NOT NULL default '0',
  `Note` varchar(50) NOT NULL default '',
  `Status` tinyint(3) unsigned NOT NULL default '0',
  PRIMARY KEY  (`ScheduleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `securitylog` (
  `SecurityLogNum` smallint(5) unsigned NOT NULL auto_increment,
  `Permission` varchar(255) NOT NULL default '',
  `UserName` varchar(255) NOT NULL default '',
  `LogDateTime` datetime NOT NULL default '0000-00-00 00:00:00',
  `LogText` text NOT NULL,
  PRIMARY KEY  (`SecurityLogNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `screen` (
  `ScreenNum` mediumint(8) unsigned NOT NULL auto_increment,
  `ScreenDate` date NOT NULL default '0000-00-00',
  `GradeSchool` varchar(255) NOT NULL default '',
  `County` varchar(255) NOT NULL default '',
  `PlaceService` tinyint(3) unsigned NOT NULL default '0',
  `ProvNum` smallint(6) NOT NULL default '0',
  `ProvName` varchar(255) NOT NULL default '',
  `Gender` tinyint(3) unsigned NOT NULL default '0',
  `Race` tinyint(4) NOT NULL default '0',
  `GradeLevel` tinyint(4) NOT NULL default '0',
  `Age` tinyint(3) unsigned NOT NULL default '0',
  `Urgency` tinyint(4) NOT NULL default '0',
  `HasCaries` tinyint(3) unsigned NOT NULL default '0',
  `NeedsSealants` tinyint(3) unsigned NOT NULL default '0',
  `CariesExperience` tinyint(3) unsigned NOT NULL default '0',
  `EarlyChildCaries` tinyint(3) unsigned NOT NULL default '0',
  `ExistingSealants` tinyint(3) unsigned NOT NULL default '0',
  `MissingAllTeeth` tinyint(3) unsigned NOT NULL default '0',
  `Birthdate` date NOT NULL default '0000-00-00',
  `ScreenGroupNum` mediumint(8) unsigned NOT NULL default '0',
  `ScreenGroupOrder` smallint(5) unsigned NOT NULL default '0',
  `Comments` varchar(255) default NULL,
  PRIMARY KEY  (`ScreenNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `userpermission` (
  `UserPermissionNum` smallint(5) unsigned NOT NULL auto_increment,
  `PermissionNum` smallint(5) unsigned NOT NULL default '0',
  `EmployeeNum` smallint(5) unsigned NOT NULL default '0',
  `ProvNum` smallint(5) unsigned NOT NULL default '0',
  `IsLogged` tinyint(1) unsigned NOT NULL default '0',
  PRIMARY KEY  (`UserPermissionNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `carrier` (
  `CarrierNum` mediumint(8) unsigned NOT NULL auto_increment,
  `CarrierName` varchar(255) NOT NULL default '',
  `Address` varchar(255) NOT NULL default '',
  `Address2` varchar(255) NOT NULL default '',
  `City` varchar(255) NOT NULL default '',
  `State` varchar(255) NOT NULL default '',
  `Zip` varchar(255) NOT NULL default '',
  `Phone` varchar(255) NOT NULL default '',
  `ElectID` varchar(255) NOT NULL default '',
  `NoSendElect` tinyint(1) unsigned NOT NULL default '0',
  PRIMARY KEY  (`CarrierNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `employer` (
  `EmployerNum` mediumint(8) unsigned NOT NULL auto_increment,
  `EmpName` varchar(255) NOT NULL default '',
  `Address` varchar(255) NOT NULL default '',
  `Address2` varchar(255) NOT NULL default '',
  `City` varchar(255) NOT NULL default '',
  `State` varchar(255) NOT NULL default '',
  `Zip` varchar(255) NOT NULL default '',
  `Phone` varchar(255) NOT NULL default '',
  PRIMARY KEY  (`EmployerNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `definition` (
  `DefNum` smallint(5) unsigned NOT NULL auto_increment,
  `Category` tinyint(3) unsigned NOT NULL default '0',
  `ItemOrder` smallint(5) unsigned NOT NULL default '0',
  `ItemName` varchar(255) NOT NULL default '',
  `ItemValue` varchar(255) NOT NULL default '',
  `ItemColor` int(11) NOT NULL default '0',
  `IsHidden` tinyint(3) unsigned NOT NULL default '0',
  PRIMARY KEY  (`DefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `procedurecode` (
  `ADACode` varchar(15) NOT NULL default '',
  `Descript` varchar(255) NOT NULL default '',
  `AbbrDesc` varchar(50) NOT NULL default '',
  `ProcTime` varchar(24) NOT NULL default '/X/',
  `ProcCat` smallint(5) unsigned NOT NULL default '0',
  `TreatArea` tinyint(3) unsigned NOT NULL default '0',
  `RemoveTooth` tinyint(1) unsigned NOT NULL default '0',
  `SetRecall` tinyint(1) unsigned NOT NULL default '0',
  `NoBillIns` tinyint(1) unsigned NOT NULL default '0',
  `IsProsth` tinyint(1) unsigned NOT NULL default '0',
  `DefaultNote` text NOT NULL,
  `IsHygiene` tinyint(1) unsigned NOT NULL default '0',
  `GTypeNum` smallint(5) unsigned NOT NULL default '0',
  `AlternateCode1` varchar(15) NOT NULL default '',
  PRIMARY KEY  (`ADACode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `fee` (
  `FeeNum` mediumint(8) unsigned NOT NULL auto_increment,
  `Amount` double NOT NULL default '0',
  `ADACode` varchar(15) NOT NULL default '',
  `FeeSched` smallint(5) unsigned NOT NULL default '0',
  `UseDefaultFee` tinyint(1) unsigned NOT NULL default '0',
  `UseDefaultCov` tinyint(1) unsigned NOT NULL default '0',
  PRIMARY KEY  (`FeeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `medication` (
  `MedicationNum` mediumint(8) unsigned NOT NULL auto_increment,
  `MedName` varchar(255) NOT NULL default '',
  `GenericNum` mediumint(8) unsigned NOT NULL default '0',
  `Notes` text NOT NULL,
  PRIMARY KEY  (`MedicationNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `preference` (
  `PrefName` varchar(255) NOT NULL default '',
  `ValueString` varchar(255) NOT NULL default '',
  PRIMARY KEY  (`PrefName`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `clinic` (
  `ClinicNum` smallint(5) unsigned NOT NULL auto_increment,
  `Description` varchar(255) NOT NULL default '',
  PRIMARY KEY  (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `permission` (
  `PermissionNum` smallint(5) unsigned NOT NULL auto_increment,
  `Name` varchar(255) NOT NULL default '',
  `RequiresPassword` tinyint(1) unsigned NOT NULL default '0',
  `BeforeDate` date NOT NULL default '0000-00-00',
  `BeforeDays` smallint(5) unsigned NOT NULL default '0',
  PRIMARY KEY  (`PermissionNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `covcat` (
  `CovCatNum` mediumint(8) unsigned NOT NULL auto_increment,
  `Description` varchar(50) NOT NULL default '',
  `DefaultPercent` tinyint(3) NOT NULL default '0',
  `IsPreventive` tinyint(1) unsigned NOT NULL default '0',
  `CovOrder` tinyint(3) unsigned NOT NULL default '0',
  `IsHidden` tinyint(1) unsigned NOT NULL default '0',
  PRIMARY KEY  (`CovCatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `clearinghouse` (
  `ClearinghouseNum` mediumint(8) unsigned NOT NULL auto_increment,
  `Description` varchar(255) NOT NULL default '',
  `ExportPath` text NOT NULL,
  `IsDefault` tinyint(1) unsigned NOT NULL default '0',
  `Payors` text NOT NULL,
  `Eformat` tinyint(3) unsigned NOT NULL default '0',
  `ReceiverID` varchar(255) NOT NULL default '',
  `SenderID` varchar(255) NOT NULL default '',
  `Password` varchar(255) NOT NULL default '',
  `ResponsePath` varchar(255) NOT NULL default '',
  `CommBridge` tinyint(3) unsigned NOT NULL default '0',
  `ClientProgram` varchar(255) NOT NULL default '',
  `LastBatchNumber` smallint(5) unsigned NOT NULL default '0',
  `ModemPort` tinyint(3) unsigned NOT NULL default '0',
  `LoginID` varchar(255) NOT NULL default '',
  PRIMARY KEY  (`ClearinghouseNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;
