-- HCMIS Warehouse (Health Commodities Management Information System, warehouse edition; USAID | DELIVER PROJECT /
-- John Snow, Inc. for the Pharmaceuticals Fund and Supply Agency (PFSA) of Ethiopia; C# / Entity Framework on SQL Server).
-- Upstream: github.com/USAID-DELIVER-PROJECT/ethiopia-hcmis-warehouse, commit 48c4918bffd2218b6f8ea10576e7b16b90385a63
-- ("copyright message.txt": public domain unless stated otherwise).
-- Made from the storage model (SSDL) of upstream's Entity Framework model Code/Windows/Infrastructure/Repository/Hcmis.edmx
-- (generated from the SQL Server database HCMISWCENTER924): every EntitySet of store:Type "Tables" with its properties in
-- order, its key as PRIMARY KEY, identity columns as AUTO_INCREMENT, and every Association with a ReferentialConstraint as
-- a FOREIGN KEY named as upstream. SQL Server types written as MySQL: int INT, bigint BIGINT, bit TINYINT(1), datetime
-- DATETIME, float DOUBLE, decimal DECIMAL(p,s) (SQL Server's default precision 18 where the model gives none),
-- varchar/nvarchar(n) VARCHAR(n), char/nchar(n) CHAR(n), varchar(max)/nvarchar(max) LONGTEXT, text TEXT,
-- uniqueidentifier CHAR(36), varbinary(max) LONGBLOB. The table dbo.Audit, which EF excluded for lacking a primary
-- key, is written from the definition the model keeps in a comment (no key, as upstream). Left out: the 30 views,
-- sysdiagrams (SQL Server's diagram store) and ItemUnitCopy (a keyless copy of ItemUnit). Foreign keys referencing a
-- table defined later are added with ALTER TABLE at the end of the file.

CREATE TABLE `ABC` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Value` VARCHAR(50),
  `Description` TEXT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Audit` (
  `Type` CHAR(1),
  `TableName` VARCHAR(128),
  `PK` VARCHAR(1000),
  `FieldName` VARCHAR(128),
  `OldValue` VARCHAR(1000),
  `NewValue` VARCHAR(1000),
  `UpdateDate` DATETIME,
  `UserName` VARCHAR(128)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Balance` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ItemID` INT,
  `StoreId` INT,
  `LastDate` DATETIME,
  `SOH` BIGINT,
  `PhysicalCount` BIGINT,
  `Month` INT,
  `Year` INT,
  `AMC` BIGINT,
  `SOHCost` DOUBLE,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Category` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `CategoryName` VARCHAR(50),
  `CategoryCode` VARCHAR(50),
  `Description` TEXT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChangeLog` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `TableName` VARCHAR(255),
  `ColumnName` VARCHAR(255),
  `OldValue` VARCHAR(255),
  `NewValue` VARCHAR(255),
  `ChangedBy` INT,
  `DateChanged` DATETIME,
  `RefID` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Cluster` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50),
  `Description` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Department` (
  `DepartmentID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`DepartmentID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DirectoryUpdates` (
  `ServiceName` VARCHAR(50) NOT NULL,
  `LastCalled` DATETIME,
  PRIMARY KEY (`ServiceName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DirectoryUpdateStatus` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50),
  `LastVersion` INT,
  `LastUpdated` DATETIME,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Disposal` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ItemID` INT,
  `StoreId` INT,
  `ReasonId` INT,
  `Quantity` BIGINT,
  `Date` DATETIME,
  `ApprovedBy` VARCHAR(50),
  `Losses` TINYINT(1),
  `BatchNo` VARCHAR(50),
  `Remark` TEXT,
  `Cost` DOUBLE,
  `RefNo` VARCHAR(50),
  `EurDate` DATETIME,
  `RecID` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DisposalReasons` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Reason` TEXT,
  `Description` TEXT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DosageForm` (
  `ID` INT NOT NULL,
  `Form` VARCHAR(50),
  `Description` TEXT,
  `TypeID` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ErrorLog` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `StatusCode` VARCHAR(50),
  `Type` VARCHAR(50),
  `Message` LONGTEXT,
  `UserID` INT,
  `Time` DATETIME,
  `Details` LONGTEXT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Exchange` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ItemID` INT,
  `ExchageTypeID` INT,
  `From` INT,
  `To` INT,
  `Quantity` INT,
  `RecIDIssued` INT,
  `RecIDReceived` INT,
  `Date` DATETIME,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExchangeType` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Type` VARCHAR(50),
  `Description` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FinanceLog` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ReceiveDocID` INT NOT NULL,
  `QuantityLeft` INT NOT NULL,
  `PreviousPricePerPack` DOUBLE,
  `NewPricePerPack` DOUBLE NOT NULL,
  `ColumnName` VARCHAR(50) NOT NULL,
  `Reason` VARCHAR(200) NOT NULL,
  `Date` DATETIME NOT NULL,
  `UserID` INT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GeneralInfo` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `HospitalName` VARCHAR(50),
  `Woreda` INT,
  `Zone` INT,
  `Region` INT,
  `Telephone` VARCHAR(50),
  `HospitalContact` VARCHAR(50),
  `LeadTime` INT,
  `Min` INT,
  `Max` INT,
  `SafteyStock` INT,
  `AMCRange` INT,
  `ReviewPeriod` INT,
  `EOP` DOUBLE,
  `Description` TEXT,
  `IsEven` TINYINT(1),
  `Logo` VARCHAR(50),
  `DUMin` DOUBLE,
  `DUMax` DOUBLE,
  `DUAMCRange` INT,
  `LastBackUp` DATETIME,
  `FacilityID` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Group` (
  `GroupID` INT NOT NULL AUTO_INCREMENT,
  `Name` LONGTEXT,
  `ParentID` INT,
  PRIMARY KEY (`GroupID`),
  CONSTRAINT `FK_dbo_Group_dbo_Group_ParentID` FOREIGN KEY (`ParentID`) REFERENCES `Group` (`GroupID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupPermission` (
  `GroupPermissionID` INT NOT NULL AUTO_INCREMENT,
  `GroupID` INT NOT NULL,
  `OperationID` INT NOT NULL,
  `Allow` TINYINT(1) NOT NULL,
  PRIMARY KEY (`GroupPermissionID`),
  CONSTRAINT `FK_dbo_GroupPermission_dbo_Group_GroupID` FOREIGN KEY (`GroupID`) REFERENCES `Group` (`GroupID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `HalfPalletLocation` (
  `ID` INT NOT NULL,
  `PalletLocationID` INT,
  `Label` VARCHAR(50),
  `PalleteID` INT,
  `Confirmed` TINYINT(1),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `InternalTransfer` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ItemID` INT,
  `FromPalletLocationID` INT,
  `ToPalletLocationID` INT,
  `BatchNumber` VARCHAR(50),
  `ExpireDate` DATETIME,
  `ReceiveDocID` INT,
  `ManufacturerID` INT,
  `BoxLevel` INT,
  `QtyPerPack` INT,
  `Packs` INT,
  `QuantityInBU` BIGINT,
  `Type` VARCHAR(50),
  `IssuedDate` DATETIME,
  `ConfirmedDate` DATETIME,
  `Status` INT,
  `PrintNumber` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IssueDoc` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ItemID` INT,
  `StoreId` INT,
  `ReceivingUnitID` INT,
  `LocalBatchNo` VARCHAR(50),
  `Quantity` BIGINT,
  `Date` DATETIME,
  `IsTransfer` TINYINT(1),
  `IssuedBy` VARCHAR(50),
  `Remark` VARCHAR(50),
  `RefNo` VARCHAR(50),
  `BatchNo` VARCHAR(50),
  `IsApproved` TINYINT(1),
  `Cost` DOUBLE,
  `NoOfPack` INT,
  `QtyPerPack` INT,
  `DUSOH` BIGINT,
  `DURequestedQty` BIGINT,
  `RecomendedQty` BIGINT,
  `RecievDocID` INT,
  `EurDate` DATETIME,
  `OrderID` INT,
  `STVID` INT,
  `PLDetailID` INT,
  `DeliveryNote` TINYINT(1),
  `DispatchConfirmed` TINYINT(1),
  `DispatchConfirmedByUserID` INT,
  `DispatchConfirmationDate` DATETIME,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IssueDocDeleted` (
  `ID` INT NOT NULL,
  `ItemID` INT,
  `StoreId` INT,
  `ReceivingUnitID` INT,
  `LocalBatchNo` VARCHAR(50),
  `Quantity` BIGINT,
  `Date` DATETIME,
  `IsTransfer` TINYINT(1),
  `IssuedBy` VARCHAR(50),
  `Remark` VARCHAR(50),
  `RefNo` VARCHAR(50),
  `BatchNo` VARCHAR(50),
  `IsApproved` TINYINT(1),
  `Cost` DOUBLE,
  `NoOfPack` INT,
  `QtyPerPack` INT,
  `DUSOH` BIGINT,
  `DURequestedQty` BIGINT,
  `RecomendedQty` BIGINT,
  `RecievDocID` INT,
  `EurDate` DATETIME,
  `OrderID` INT,
  `STVID` INT,
  `DeletedBy` INT,
  `DateDeleted` DATETIME,
  `DeliveryNote` TINYINT(1),
  `DispatchConfirmed` TINYINT(1),
  `DispatchConfirmedByUserID` INT,
  `DispatchConfirmationDate` DATETIME,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ItemManufacturer` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ItemID` INT,
  `ManufacturerID` INT,
  `PackageLevel` INT,
  `QuantityPerLevel` INT,
  `IsssuingDefault` TINYINT(1),
  `RecevingDefault` TINYINT(1),
  `BoxWidth` DOUBLE NOT NULL,
  `BoxHeight` DOUBLE NOT NULL,
  `BoxLength` DOUBLE NOT NULL,
  `BrandName` VARCHAR(50),
  `StackHeight` DOUBLE,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ItemOwnershipType` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ItemID` INT,
  `RUOwnershipTypeID` INT,
  `AllowFully` TINYINT(1),
  `Warning` TINYINT(1),
  `Restriction` TINYINT(1),
  `MaxIssueQty` BIGINT,
  `MaxIssueQtyGapDays` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ItemPrefferedLocation` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ItemID` INT,
  `PalletLocationID` INT,
  `IsFixed` TINYINT(1),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ItemReceivingUnitType` (
  `ID` INT NOT NULL,
  `ItemID` INT,
  `ReceivingUnitTypeID` INT,
  `AllowFully` TINYINT(1),
  `Warning` TINYINT(1),
  `Restriction` TINYINT(1),
  `MaxIssueQty` BIGINT,
  `MaxIssueQtyGapDays` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Items` (
  `ID` INT NOT NULL,
  `StockCode` VARCHAR(50),
  `Strength` VARCHAR(1500),
  `DosageFormID` INT,
  `UnitID` INT NOT NULL,
  `VEN` INT,
  `ABC` INT,
  `IsFree` TINYINT(1),
  `IsDiscontinued` TINYINT(1),
  `Cost` DECIMAL(18,0),
  `EDL` TINYINT(1),
  `Refrigeratored` TINYINT(1),
  `Pediatric` TINYINT(1),
  `IINID` INT,
  `IsInHospitalList` TINYINT(1),
  `NeedExpiryBatch` TINYINT(1),
  `Code` VARCHAR(50),
  `StockCodeDACA` VARCHAR(50),
  `NearExpiryTrigger` DOUBLE,
  `StorageTypeID` INT,
  `IsStackStored` TINYINT(1),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ItemSupplier` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `SupplierID` INT,
  `ItemID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ItemSupplier_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ItemSupplyCategory` (
  `ID` INT NOT NULL,
  `ItemID` INT,
  `CategoryID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ItemSupplyCategory_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ItemUnit` (
  `ID` INT NOT NULL,
  `ItemID` INT NOT NULL,
  `QtyPerUnit` INT NOT NULL,
  `Text` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `JobTitle` (
  `JobTitleID` INT NOT NULL AUTO_INCREMENT,
  `Title` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`JobTitleID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Log` (
  `LogID` INT NOT NULL AUTO_INCREMENT,
  `UserID` INT NOT NULL,
  `TimeStamp` DATETIME NOT NULL,
  PRIMARY KEY (`LogID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LogActivity` (
  `LogID` INT NOT NULL,
  `ActivityID` INT NOT NULL,
  `HostName` LONGTEXT,
  `IPAddress` LONGTEXT,
  `OccuranceDate` DATETIME NOT NULL,
  `Page` LONGTEXT,
  `ActivityName` LONGTEXT,
  `ClassName` LONGTEXT,
  PRIMARY KEY (`LogID`),
  CONSTRAINT `FK_dbo_LogActivity_dbo_Log_LogID` FOREIGN KEY (`LogID`) REFERENCES `Log` (`LogID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LogError` (
  `LogID` INT NOT NULL,
  `WareHouse` LONGTEXT,
  `HostName` LONGTEXT,
  `IPAddress` LONGTEXT,
  `OccuranceDate` DATETIME NOT NULL,
  `ErrorLevel` INT NOT NULL,
  `Message` LONGTEXT,
  `ExceptionType` LONGTEXT,
  `Form` LONGTEXT,
  `LineNumberOnMainForm` INT NOT NULL,
  `CallerMethod` LONGTEXT,
  `FileName` LONGTEXT,
  `Method` LONGTEXT,
  `LineNumber` INT NOT NULL,
  `Activity` LONGTEXT,
  `Detail` LONGTEXT,
  `StackTrace` LONGTEXT,
  `InnerException` LONGTEXT,
  `AppVersion` LONGTEXT,
  `DbVersion` LONGTEXT,
  `VPNIP` INT NOT NULL,
  PRIMARY KEY (`LogID`),
  CONSTRAINT `FK_dbo_LogError_dbo_Log_LogID` FOREIGN KEY (`LogID`) REFERENCES `Log` (`LogID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LoginLog` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `UserID` INT,
  `LoginTime` DATETIME,
  `SuccesfulLogin` TINYINT(1),
  `LogOffTime` DATETIME,
  `HostName` VARCHAR(50),
  `IPAddress` VARCHAR(50),
  `MACAddress` VARCHAR(50),
  `UnknownUser` TINYINT(1),
  `UnknownUserName` CHAR(10),
  `ApplicationVersion` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LogProfile` (
  `LogID` INT NOT NULL,
  `Page` LONGTEXT,
  `Action` LONGTEXT,
  `OperationID` CHAR(36) NOT NULL,
  `EndTime` DATETIME,
  PRIMARY KEY (`LogID`),
  CONSTRAINT `FK_dbo_LogProfile_dbo_Log_LogID` FOREIGN KEY (`LogID`) REFERENCES `Log` (`LogID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LogSession` (
  `LogID` INT NOT NULL,
  `SessionID` CHAR(36) NOT NULL,
  `EndTime` DATETIME,
  `IPAddress` LONGTEXT,
  `VPNIP` LONGTEXT,
  PRIMARY KEY (`LogID`),
  CONSTRAINT `FK_dbo_LogSession_dbo_Log_LogID` FOREIGN KEY (`LogID`) REFERENCES `Log` (`LogID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Manufacturers` (
  `ID` INT NOT NULL,
  `Name` VARCHAR(50),
  `CountryOfOrigin` VARCHAR(50),
  `PFSAManufCode` VARCHAR(50),
  `Phone` VARCHAR(50),
  `Address` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MenuItem` (
  `MenuItemID` INT NOT NULL AUTO_INCREMENT,
  `Text` VARCHAR(50) NOT NULL,
  `URL` VARCHAR(50) NOT NULL,
  `ResourceTypeID` INT NOT NULL,
  `Icon` VARCHAR(100),
  `Order` INT,
  `ToolTip` VARCHAR(50),
  `ParentID` INT,
  PRIMARY KEY (`MenuItemID`),
  CONSTRAINT `FK_MenuItem_MenuItem` FOREIGN KEY (`ParentID`) REFERENCES `MenuItem` (`MenuItemID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MenuItemGroup` (
  `MenuItemGroupID` INT NOT NULL AUTO_INCREMENT,
  `GroupID` INT NOT NULL,
  `MenuItemID` INT NOT NULL,
  PRIMARY KEY (`MenuItemGroupID`),
  CONSTRAINT `FK_MenuItemGroup_MenuItem` FOREIGN KEY (`MenuItemID`) REFERENCES `MenuItem` (`MenuItemID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Operation` (
  `OperationID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50) NOT NULL,
  `ParentID` INT,
  `ResourceTypeID` INT NOT NULL,
  `Description` LONGTEXT,
  PRIMARY KEY (`OperationID`),
  CONSTRAINT `FK_dbo_Operation_dbo_Operation_ParentID` FOREIGN KEY (`ParentID`) REFERENCES `Operation` (`OperationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Order` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `OrderStatusID` INT NOT NULL,
  `RequestedBy` INT,
  `Date` DATETIME,
  `EurDate` DATETIME,
  `RefNo` VARCHAR(50),
  `Remark` TEXT,
  `FromStore` INT,
  `FromHCTS` TINYINT(1),
  `ConfirmedToHCTS` TINYINT(1),
  `HCTSReferenceID` INT,
  `LicenseNo` VARCHAR(255),
  `PaymentTypeID` INT,
  `LetterNo` VARCHAR(50),
  `FilledBy` INT,
  `ApprovedBy` INT,
  `ContactPerson` VARCHAR(50),
  `OrderTypeID` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrderDetail` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `OrderID` INT NOT NULL,
  `ItemID` INT NOT NULL,
  `Pack` INT,
  `QtyPerPack` INT,
  `Quantity` BIGINT,
  `ApprovedQuantity` BIGINT,
  `Remark` TEXT,
  `HACTOrderDetailID` INT,
  `UnitID` INT,
  `StoreID` INT,
  `StockedOut` TINYINT(1),
  `DeliveryNote` TINYINT(1),
  `PreferredManufacturerID` INT,
  `PreferredExpiryDate` DATETIME,
  `PreferredPhysicalStoreID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_OrderDetail_ItemUnit` FOREIGN KEY (`UnitID`) REFERENCES `ItemUnit` (`ID`),
  CONSTRAINT `FK_OrderDetail_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`),
  CONSTRAINT `FK_OrderDetail_Items1` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`),
  CONSTRAINT `FK_OrderDetail_Order` FOREIGN KEY (`OrderID`) REFERENCES `Order` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrderStatus` (
  `ID` INT NOT NULL,
  `OrderStatus` VARCHAR(50),
  `Description` TEXT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Pallet` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `PalletNo` INT,
  `StorageTypeID` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PalletLocation` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Label` VARCHAR(50),
  `ShelfID` INT,
  `Row` INT,
  `Column` INT,
  `StorageTypeID` INT,
  `IsFullSize` TINYINT(1) NOT NULL,
  `IsEnabled` TINYINT(1),
  `RackStatusID` INT,
  `PalletID` INT,
  `PercentUsed` DOUBLE,
  `Width` DOUBLE,
  `Height` DOUBLE,
  `Length` DOUBLE,
  `Confirmed` TINYINT(1),
  `IsExtended` TINYINT(1) NOT NULL,
  `ExtendedRows` INT,
  `AvailableVolume` DOUBLE NOT NULL,
  `UsedVolume` DOUBLE NOT NULL,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_PalletLocation_Pallete` FOREIGN KEY (`PalletID`) REFERENCES `Pallet` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PaymentType` (
  `ID` INT NOT NULL,
  `Name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Permission` (
  `PermissionID` INT NOT NULL AUTO_INCREMENT,
  `OperationID` INT NOT NULL,
  `UserID` INT NOT NULL,
  `Allow` TINYINT(1) NOT NULL,
  PRIMARY KEY (`PermissionID`),
  CONSTRAINT `FK_dbo_Permission_dbo_Operation_OperationID` FOREIGN KEY (`OperationID`) REFERENCES `Operation` (`OperationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PhysicalStore` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50),
  `Width` DOUBLE,
  `Height` DOUBLE,
  `Length` DOUBLE,
  `DoorSide` INT,
  `DoorSize` DOUBLE,
  `DistanceFromCornor` DOUBLE,
  `PhysicalStoreTypeID` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PhysicalStoreType` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50),
  `Description` VARCHAR(50),
  `ClusterID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_PhysicalStoreType_Cluster` FOREIGN KEY (`ClusterID`) REFERENCES `Cluster` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PickFace` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `PalletLocationID` INT,
  `DesignatedItem` INT,
  `Balance` INT,
  `LogicalStore` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_PickFace_Items` FOREIGN KEY (`DesignatedItem`) REFERENCES `Items` (`ID`),
  CONSTRAINT `FK_PickFace_PalletLocation` FOREIGN KEY (`PalletLocationID`) REFERENCES `PalletLocation` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PickList` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `OrderID` INT,
  `PickType` VARCHAR(50),
  `IssuedDate` DATETIME,
  `IsConfirmed` TINYINT(1),
  `Remark` TEXT,
  `SavedDate` DATETIME,
  `PickedDate` DATETIME,
  `PickedBy` INT,
  `PrintedBy` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_PickList_Order` FOREIGN KEY (`OrderID`) REFERENCES `Order` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PickListDetail` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `PickListID` INT,
  `ItemID` INT,
  `PalletLocationID` INT,
  `BatchNumber` VARCHAR(50),
  `ExpireDate` DATETIME,
  `ReceiveDocID` INT,
  `BoxLevel` INT,
  `Cost` DOUBLE,
  `ManufacturerID` INT,
  `Packs` INT,
  `QtyPerPack` INT,
  `QuantityInBU` BIGINT,
  `ReceivePalletID` INT,
  `UnitPrice` DOUBLE,
  `UnitID` INT,
  `StoreID` INT,
  `DeliveryNote` TINYINT(1),
  `OrderDetailID` INT,
  `IsApproved` TINYINT(1),
  `ApprovedByUserID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_PickListDetail_ItemUnit` FOREIGN KEY (`UnitID`) REFERENCES `ItemUnit` (`ID`),
  CONSTRAINT `FK_PickListDetail_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`),
  CONSTRAINT `FK_PickListDetail_OrderDetail` FOREIGN KEY (`OrderDetailID`) REFERENCES `OrderDetail` (`ID`),
  CONSTRAINT `FK_PickListDetail_PickList` FOREIGN KEY (`PickListID`) REFERENCES `PickList` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PO` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `PONumber` VARCHAR(50),
  `LetterNo` VARCHAR(50),
  `SupplierID` INT,
  `StoreID` INT,
  `DateOfEntry` DATETIME,
  `SavedbyUserID` INT,
  `TotalValue` DOUBLE,
  `Insurance` DOUBLE,
  `AirFreight` DOUBLE,
  `SeaFreight` DOUBLE,
  `InlandFreight` DOUBLE,
  `NBE` DOUBLE,
  `CBE` DOUBLE,
  `CustomDutyTax` DOUBLE,
  `TransitServiceCharge` DOUBLE,
  `Provision` DOUBLE,
  `OtherExpense` DOUBLE,
  `ExhangeRate` DOUBLE,
  `Description` LONGTEXT,
  `PurchaseType` INT,
  `RefNo` VARCHAR(50),
  `Delivery` VARCHAR(200),
  `Currency` VARCHAR(50),
  `LCID` INT,
  `TermOfPayement` INT,
  `PODate` DATETIME,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PrintLog` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Type` VARCHAR(100),
  `Printer` VARCHAR(100),
  `Value` LONGBLOB NOT NULL,
  `PrintedDate` DATETIME,
  `IsPrinted` TINYINT(1) NOT NULL,
  `PrintedBy` INT NOT NULL,
  `Reference` INT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Product` (
  `ID` INT NOT NULL,
  `IIN` VARCHAR(1500),
  `ATC` VARCHAR(50),
  `Description` VARCHAR(1500),
  `TypeID` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProductReceivingUnitType` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ProductID` INT,
  `ReceivingUnitTypeID` INT,
  `AllowFully` TINYINT(1),
  `Warning` TINYINT(1),
  `Restriction` TINYINT(1),
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ProductReceivingUnitType_Product` FOREIGN KEY (`ProductID`) REFERENCES `Product` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProductRUOwnershipType` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ProductID` INT,
  `RUOwnershipTypeID` INT,
  `AllowFully` TINYINT(1),
  `Warning` TINYINT(1),
  `Restriction` TINYINT(1),
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ProductRUOwnershipType_Product` FOREIGN KEY (`ProductID`) REFERENCES `Product` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProductsCategory` (
  `ID` INT NOT NULL,
  `SubCategoryID` INT,
  `ItemId` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ProductsCategory_Items` FOREIGN KEY (`ItemId`) REFERENCES `Items` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProgramProduct` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ProgramID` INT,
  `ItemID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ProgramProduct_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Programs` (
  `ID` INT NOT NULL,
  `Name` VARCHAR(50),
  `Description` TEXT,
  `ParentID` INT,
  `ProgramCode` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RackStatus` (
  `ID` INT NOT NULL,
  `Status` VARCHAR(50),
  `Description` TEXT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Receipt` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `DateOfEntry` DATETIME,
  `ReceiptTypeID` INT,
  `SavedByUserID` INT,
  `TotalValue` DOUBLE,
  `Insurance` DOUBLE,
  `AirFreight` DOUBLE,
  `SeaFreight` DOUBLE,
  `InlandFreight` DOUBLE,
  `NBE` DOUBLE,
  `CBE` DOUBLE,
  `CustomDutyTax` DOUBLE,
  `TransitServiceCharge` DOUBLE,
  `Provision` DOUBLE,
  `POID` DOUBLE,
  `WayBillNo` VARCHAR(50),
  `TransitTransferNo` VARCHAR(50),
  `InsurancePolicyNo` VARCHAR(50),
  `STVOrInvoiceNo` VARCHAR(50),
  `ReceiptInvoiceID` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReceiptConfirmationPrintout` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `PrintedDate` DATETIME,
  `SupplierID` INT,
  `IsReprintOf` INT,
  `Reason` VARCHAR(500),
  `UserID` INT,
  `StoreID` INT,
  `IDPrinted` INT,
  `VoidRequest` TINYINT(1),
  `VoidRequestDateTime` DATETIME,
  `VoidRequestUserID` INT,
  `IsVoided` TINYINT(1),
  `VoidApprovedByUserID` INT,
  `VoidApprovalDateTime` DATETIME,
  `ReceiptID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ReceiptConfirmationPrintout_Receipt` FOREIGN KEY (`ReceiptID`) REFERENCES `Receipt` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReceiptConfirmationStatus` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50),
  `Description` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReceiptInvoice` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `InvoiceTypeID` INT,
  `STVOrInvoiceNo` VARCHAR(50),
  `WayBillNo` VARCHAR(50),
  `TransitTransferNo` VARCHAR(50),
  `InsurancePolicyNo` VARCHAR(50),
  `DateOfEntry` DATETIME,
  `ReceiptInvoiceType` INT,
  `TotalValue` DOUBLE,
  `Insurance` DOUBLE,
  `AirFreight` DOUBLE,
  `SeaFreight` DOUBLE,
  `InlandFreight` DOUBLE,
  `NBE` DOUBLE,
  `CBE` DOUBLE,
  `CustomDutyTax` DOUBLE,
  `TransitServiceCharge` DOUBLE,
  `Provision` DOUBLE,
  `OtherExpense` DOUBLE,
  `ExchangeRate` DOUBLE,
  `SavedByUserID` INT,
  `POID` INT,
  `Currency` VARCHAR(50),
  `LCID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ReceiptInvoice_PO` FOREIGN KEY (`POID`) REFERENCES `PO` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReceiptType` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50),
  `Description` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReceiveDoc` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `BatchNo` VARCHAR(50),
  `ItemID` INT,
  `SupplierID` INT,
  `Quantity` BIGINT,
  `Date` DATETIME,
  `ExpDate` DATETIME,
  `Out` TINYINT(1),
  `ReceivedStatus` INT,
  `ReceivedBy` VARCHAR(50),
  `Remark` VARCHAR(50),
  `StoreID` INT,
  `LocalBatchNo` VARCHAR(50),
  `RefNo` VARCHAR(50),
  `Cost` DOUBLE,
  `IsApproved` TINYINT(1),
  `ManufacturerId` INT,
  `QuantityLeft` BIGINT,
  `NoOfPack` INT,
  `QtyPerPack` INT,
  `EurDate` DATETIME,
  `BoxLevel` INT,
  `SellingPrice` DOUBLE,
  `PricePerPack` DOUBLE,
  `UnitID` INT,
  `DeliveryNote` TINYINT(1),
  `Confirmed` TINYINT(1),
  `ConfirmedByUserID` INT,
  `ConfirmedDateTime` DATETIME,
  `ReturnedStock` TINYINT(1),
  `ReturnedFromIssueDocID` INT,
  `ReceiptID` INT,
  `Margin` DOUBLE,
  `Insurance` DOUBLE,
  `InvoicedNoOfPack` INT,
  `ShortageReasonID` INT,
  `UnitCost` DECIMAL(19,4),
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ReceiveDoc_IssueDoc_Returned` FOREIGN KEY (`ReturnedFromIssueDocID`) REFERENCES `IssueDoc` (`ID`),
  CONSTRAINT `FK_ReceiveDoc_ItemUnit` FOREIGN KEY (`UnitID`) REFERENCES `ItemUnit` (`ID`),
  CONSTRAINT `FK_ReceiveDoc_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`),
  CONSTRAINT `FK_ReceiveDoc_Manufactures` FOREIGN KEY (`ManufacturerId`) REFERENCES `Manufacturers` (`ID`),
  CONSTRAINT `FK_ReceiveDoc_Receipt` FOREIGN KEY (`ReceiptID`) REFERENCES `Receipt` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReceiveDocConfirmation` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ReceiveDocID` INT,
  `ReceiptConfirmationStatusID` INT,
  `ReceivedByUserID` INT,
  `ReceiptQuantityConfirmedByUserID` INT,
  `PriceAssignedByUserID` INT,
  `PriceConfirmedByUserID` INT,
  `GRVPrintedByUserID` INT,
  `UnitCostCalculatedByUserID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ReceiveDocConfirmation_ReceiptConfirmationStatus` FOREIGN KEY (`ReceiptConfirmationStatusID`) REFERENCES `ReceiptConfirmationStatus` (`ID`),
  CONSTRAINT `FK_ReceiveDocConfirmation_ReceiveDoc` FOREIGN KEY (`ReceiveDocID`) REFERENCES `ReceiveDoc` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReceiveDocDeleted` (
  `ID` INT NOT NULL,
  `BatchNo` VARCHAR(50),
  `ItemID` INT,
  `SupplierID` INT,
  `Quantity` BIGINT,
  `Date` DATETIME,
  `ExpDate` DATETIME,
  `Out` TINYINT(1),
  `ReceivedStatus` INT,
  `ReceivedBy` VARCHAR(50),
  `Remark` VARCHAR(50),
  `StoreID` INT,
  `LocalBatchNo` VARCHAR(50),
  `RefNo` VARCHAR(50),
  `Cost` DOUBLE,
  `IsApproved` TINYINT(1),
  `ManufacturerId` INT,
  `QuantityLeft` BIGINT,
  `NoOfPack` INT,
  `QtyPerPack` INT,
  `EurDate` DATETIME,
  `BoxLevel` INT,
  `SellingPrice` DOUBLE,
  `PricePerPack` DOUBLE,
  `UnitID` INT,
  `DeletedBy` INT,
  `DateDeleted` DATETIME,
  `DeliveryNote` TINYINT(1),
  `Confirmed` TINYINT(1),
  `ConfirmedByUserID` INT,
  `ConfirmedDateTime` DATETIME,
  `ReturnedStock` TINYINT(1),
  `ReturnedFromIssueDocID` INT,
  `ReceiptID` INT,
  `Margin` DOUBLE,
  `Insurance` DOUBLE,
  `InvoicedNoOfPack` INT,
  `ShortageReasonID` INT,
  `UnitCost` DECIMAL(19,4),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReceivePallet` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ReceiveID` INT,
  `PalletID` INT,
  `ReceivedQuantity` BIGINT,
  `Balance` BIGINT,
  `ReservedStock` INT NOT NULL,
  `ReserveOrderID` INT,
  `BoxSize` INT,
  `PalletLocationID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ReceivePallet_PalletLocation` FOREIGN KEY (`PalletLocationID`) REFERENCES `PalletLocation` (`ID`),
  CONSTRAINT `FK_ReceivePallete_Pallete` FOREIGN KEY (`PalletID`) REFERENCES `Pallet` (`ID`),
  CONSTRAINT `FK_ReceivePallete_ReceiveDoc` FOREIGN KEY (`ReceiveID`) REFERENCES `ReceiveDoc` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReceivePriceConfirmation` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ReceiveDocID` INT,
  `isCostConfirmed` TINYINT(1),
  `UserID` INT,
  `Date` DATETIME,
  `UnitCost` DOUBLE,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ReceivePriceConfirmation_ReceiveDoc` FOREIGN KEY (`ReceiveDocID`) REFERENCES `ReceiveDoc` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReceivingUnits` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50),
  `Description` TEXT,
  `Phone` VARCHAR(50),
  `Woreda` INT,
  `Route` INT,
  `RouteSequence` INT,
  `PaymentTypeID` INT,
  `LicenseNo` VARCHAR(255),
  `VATNo` VARCHAR(255),
  `TinNo` VARCHAR(255),
  `DateOfRegistration` DATETIME,
  `Town` VARCHAR(50),
  `Kebele` VARCHAR(50),
  `RUType` INT,
  `Ownership` INT,
  `Zone` INT,
  `Active` TINYINT(1),
  `InProcess` TINYINT(1),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReceivingUnitType` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50),
  `Description` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Region` (
  `ID` INT NOT NULL,
  `RegionName` VARCHAR(50),
  `RegionCode` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReportPrintout` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ReportName` VARCHAR(50),
  `ObjectID` INT,
  `UseCustomSize` TINYINT(1),
  `WidthInMM` INT,
  `HeightInMM` INT,
  `DefaultPrinterID` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ResourceType` (
  `ResourceTypeID` INT NOT NULL AUTO_INCREMENT,
  `Name` LONGTEXT,
  PRIMARY KEY (`ResourceTypeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Route` (
  `RouteID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50),
  PRIMARY KEY (`RouteID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RUOwnershipType` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50),
  `Description` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SchemaScripts` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ScriptName` VARCHAR(50),
  `DateApplied` DATETIME,
  `Successful` TINYINT(1),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Shelf` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `StoreID` INT,
  `ShelfCode` VARCHAR(50),
  `ShelfType` VARCHAR(50),
  `Rows` INT,
  `Columns` INT,
  `CoordinateX` DOUBLE,
  `CoordinateY` DOUBLE,
  `Rotation` DOUBLE,
  `Length` DOUBLE,
  `Width` DOUBLE,
  `Height` DOUBLE,
  `ShelfStorageType` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_Shelf_PhysicalStore` FOREIGN KEY (`StoreID`) REFERENCES `PhysicalStore` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ShelfRowColumn` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Label` VARCHAR(50),
  `ShelfID` INT,
  `Index` INT,
  `Dimension` DOUBLE,
  `Type` VARCHAR(50),
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_ShelfRowColumn_Shelf` FOREIGN KEY (`ShelfID`) REFERENCES `Shelf` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ShortageReasons` (
  `ID` INT NOT NULL,
  `Name` VARCHAR(50),
  `Description` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SoftwareSettings` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50),
  `Value` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StorageType` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `StorageTypeName` VARCHAR(50),
  `IsSubTypeOf` INT,
  `Prefix` VARCHAR(50),
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_StorageType_StorageType` FOREIGN KEY (`IsSubTypeOf`) REFERENCES `StorageType` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StoreGroup` (
  `ID` INT NOT NULL,
  `Name` VARCHAR(50),
  `StoreTypeID` INT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StoreGroupDivision` (
  `ID` INT NOT NULL,
  `Name` VARCHAR(50),
  `Descriptiont` VARCHAR(50),
  `StoreGroupID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_StoreGroupDivision_StoreGroup` FOREIGN KEY (`StoreGroupID`) REFERENCES `StoreGroup` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StoreItem` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ItemID` INT,
  `StoreID` INT,
  `UsedInThisStore` TINYINT(1),
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_StoreItem_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Stores` (
  `ID` INT NOT NULL,
  `HospitalID` INT,
  `StoreName` VARCHAR(50),
  `UsesMovingAverage` TINYINT(1),
  `StoreTypeID` INT,
  `StoreGroupDivisionID` INT,
  `StoreGroupID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_Stores_GeneralInfo` FOREIGN KEY (`HospitalID`) REFERENCES `GeneralInfo` (`ID`),
  CONSTRAINT `FK_Stores_StoreGroup` FOREIGN KEY (`StoreGroupID`) REFERENCES `StoreGroup` (`ID`),
  CONSTRAINT `FK_Stores_StoreGroupDivision` FOREIGN KEY (`StoreGroupDivisionID`) REFERENCES `StoreGroupDivision` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StoreType` (
  `ID` INT NOT NULL,
  `TypeName` VARCHAR(50),
  `Description` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `STVLog` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `PrintedDate` DATETIME,
  `RefNo` VARCHAR(50),
  `PickListID` INT,
  `SupplierID` INT,
  `IsReprintOf` INT,
  `Reason` VARCHAR(500),
  `UserID` INT,
  `StoreID` INT,
  `IDPrinted` INT,
  `VoidRequest` TINYINT(1),
  `VoidRequestDateTime` DATETIME,
  `VoidRequestUserID` INT,
  `IsVoided` TINYINT(1),
  `VoidApprovedByUserID` INT,
  `VoidApprovalDateTime` DATETIME,
  `PrePrintedInvoiceNo` INT,
  `ReceivingUnitID` INT,
  `IsDeliveryNote` TINYINT(1),
  `HasDeliveryNoteBeenConverted` TINYINT(1),
  `HasInsurance` TINYINT(1),
  `InsuranceValue` DOUBLE,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_STVLog_Stores` FOREIGN KEY (`StoreID`) REFERENCES `Stores` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SubCategory` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `CategoryId` INT,
  `SubCategoryName` VARCHAR(50),
  `SubCategoryCode` VARCHAR(50),
  `Description` TEXT,
  `ParentID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_SubCategory_Category` FOREIGN KEY (`CategoryId`) REFERENCES `Category` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Supplier` (
  `ID` INT NOT NULL,
  `CompanyName` VARCHAR(50),
  `Address` VARCHAR(50),
  `Telephone` VARCHAR(50),
  `ContactPerson` VARCHAR(50),
  `Mobile` VARCHAR(50),
  `CompanyInfo` VARCHAR(50),
  `IsActive` TINYINT(1),
  `Email` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SupplyCategory` (
  `ID` INT NOT NULL,
  `Name` VARCHAR(50),
  `ParentId` INT,
  `Code` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Transfer` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `OrderID` INT NOT NULL,
  `FromStoreID` INT NOT NULL,
  `ToStoreID` INT,
  `FromPhysicalStoreID` INT NOT NULL,
  `ToPhysicalStoreID` INT,
  `TransferTypeID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_Transfer_Order` FOREIGN KEY (`OrderID`) REFERENCES `Order` (`ID`),
  CONSTRAINT `FK_Transfer_PhysicalStore` FOREIGN KEY (`FromPhysicalStoreID`) REFERENCES `PhysicalStore` (`ID`),
  CONSTRAINT `FK_Transfer_PhysicalStore1` FOREIGN KEY (`ToPhysicalStoreID`) REFERENCES `PhysicalStore` (`ID`),
  CONSTRAINT `FK_Transfer_Stores` FOREIGN KEY (`FromStoreID`) REFERENCES `Stores` (`ID`),
  CONSTRAINT `FK_Transfer_Stores1` FOREIGN KEY (`ToStoreID`) REFERENCES `Stores` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TransferType` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Name` VARCHAR(50) NOT NULL,
  `Active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Type` (
  `ID` INT NOT NULL,
  `Name` VARCHAR(50),
  `Description` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Unit` (
  `ID` INT NOT NULL,
  `Unit` VARCHAR(50),
  `Description` TEXT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UnitofIssue` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Text` VARCHAR(50) NOT NULL,
  `QtyPerUnit` INT NOT NULL,
  `Description` TEXT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `FullName` VARCHAR(50),
  `Address` VARCHAR(50),
  `Mobile` VARCHAR(50),
  `UserName` VARCHAR(50),
  `Password` VARCHAR(50),
  `UserType` INT,
  `Active` TINYINT(1),
  `FirstName` VARCHAR(50),
  `LastName` VARCHAR(50),
  `DepartmentID` INT,
  `JobTitleID` INT,
  `CreatedByID` INT,
  `LastLogin` DATETIME,
  `CreatedDate` DATETIME,
  `ModifiedDate` DATETIME,
  `PasswordExpires` TINYINT(1),
  `ExpirationDate` DATETIME,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserGroup` (
  `UserGroupID` INT NOT NULL AUTO_INCREMENT,
  `UserID` INT NOT NULL,
  `GroupID` INT NOT NULL,
  `IsActive` TINYINT(1),
  PRIMARY KEY (`UserGroupID`),
  CONSTRAINT `FK_dbo_UserGroup_dbo_Group_GroupID` FOREIGN KEY (`GroupID`) REFERENCES `Group` (`GroupID`),
  CONSTRAINT `FK_dbo_UserGroup_dbo_User_UserID` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserPaymentType` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `UserID` INT,
  `PaymentTypeID` INT,
  `CanAccess` TINYINT(1),
  `IsDefault` TINYINT(1),
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_UserPaymentType_PaymentType` FOREIGN KEY (`PaymentTypeID`) REFERENCES `PaymentType` (`ID`),
  CONSTRAINT `FK_UserPaymentType_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserPhysicalStore` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `UserID` INT,
  `PhysicalStoreID` INT,
  `CanAccess` TINYINT(1),
  `IsDefault` TINYINT(1),
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_UserPhysicalStore_PhysicalStore` FOREIGN KEY (`PhysicalStoreID`) REFERENCES `PhysicalStore` (`ID`),
  CONSTRAINT `FK_UserPhysicalStore_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserStore` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `UserID` INT,
  `StoreID` INT,
  `CanAccess` TINYINT(1),
  `IsDefault` TINYINT(1),
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_UserStore_Stores` FOREIGN KEY (`StoreID`) REFERENCES `Stores` (`ID`),
  CONSTRAINT `FK_UserStore_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserType` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `Type` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VEN` (
  `ID` INT NOT NULL,
  `Value` VARCHAR(50),
  `Description` TEXT,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WeightedAverageLog` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ItemID` INT,
  `SupplierID` INT,
  `SOHWhenApplied` INT,
  `Price` DOUBLE,
  `Date` DATETIME,
  `UserID` INT,
  `StoreID` INT,
  `Insurance` DOUBLE,
  `ManufacturerID` INT,
  `UnitID` INT,
  `ReceiptId` INT,
  `UPUnitCost` DOUBLE,
  `UPQty` BIGINT,
  `UPTotalCost` DOUBLE,
  `PQty` BIGINT,
  `PUnitCost` DOUBLE,
  `PTotalCost` DOUBLE,
  `NTotalCost` DOUBLE,
  `Remark` LONGTEXT,
  `NQty` BIGINT,
  `NUnitCost` DOUBLE,
  `PriceDifference` DOUBLE,
  `Margin` DOUBLE,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_WeightedAverageLog_Manufacturers` FOREIGN KEY (`ManufacturerID`) REFERENCES `Manufacturers` (`ID`),
  CONSTRAINT `FK_WeightedAverageLog_Stores` FOREIGN KEY (`StoreID`) REFERENCES `StoreGroup` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Woreda` (
  `ID` INT NOT NULL,
  `WoredaName` VARCHAR(50),
  `ZoneID` INT,
  `WoredaCode` VARCHAR(50),
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `YearEnd` (
  `ID` INT NOT NULL AUTO_INCREMENT,
  `ItemID` INT,
  `StoreID` INT,
  `Year` INT,
  `BBalance` BIGINT,
  `EBalance` BIGINT,
  `PhysicalInventory` BIGINT,
  `Remark` VARCHAR(50),
  `Month` INT,
  `EndingPrice` DECIMAL(18,2),
  `PhysicalInventoryPrice` DECIMAL(18,2),
  `BBPrice` DECIMAL(18,2),
  `UnitID` INT,
  `PhysicalStoreID` INT,
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_YearEnd_ItemUnit` FOREIGN KEY (`UnitID`) REFERENCES `ItemUnit` (`ID`),
  CONSTRAINT `FK_YearEnd_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`),
  CONSTRAINT `FK_YearEnd_PhysicalStore` FOREIGN KEY (`PhysicalStoreID`) REFERENCES `PhysicalStore` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Zone` (
  `ID` INT NOT NULL,
  `ZoneName` VARCHAR(50),
  `RegionId` INT,
  `ZoneCode` VARCHAR(50),
  PRIMARY KEY (`ID`),
  CONSTRAINT `FK_Zone_Region` FOREIGN KEY (`RegionId`) REFERENCES `Region` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `Balance` ADD CONSTRAINT `FK_Balance_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`);

ALTER TABLE `Balance` ADD CONSTRAINT `FK_Balance_Stores` FOREIGN KEY (`StoreId`) REFERENCES `Stores` (`ID`);

ALTER TABLE `ChangeLog` ADD CONSTRAINT `FK_ChangeLog_ChangedBy` FOREIGN KEY (`ChangedBy`) REFERENCES `User` (`ID`);

ALTER TABLE `Disposal` ADD CONSTRAINT `FK_Disposal_DisposalReasons` FOREIGN KEY (`ReasonId`) REFERENCES `DisposalReasons` (`ID`);

ALTER TABLE `Disposal` ADD CONSTRAINT `FK_Disposal_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`);

ALTER TABLE `ErrorLog` ADD CONSTRAINT `FK_ErrorLog_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`);

ALTER TABLE `FinanceLog` ADD CONSTRAINT `FK_FinanceLog_ReceiveDoc` FOREIGN KEY (`ReceiveDocID`) REFERENCES `ReceiveDoc` (`ID`);

ALTER TABLE `FinanceLog` ADD CONSTRAINT `FK_FinanceLog_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`);

ALTER TABLE `GroupPermission` ADD CONSTRAINT `FK_dbo_GroupPermission_dbo_Operation_OperationID` FOREIGN KEY (`OperationID`) REFERENCES `Operation` (`OperationID`);

ALTER TABLE `HalfPalletLocation` ADD CONSTRAINT `FK_HalfPalletLocation_PalletLocation` FOREIGN KEY (`PalletLocationID`) REFERENCES `PalletLocation` (`ID`);

ALTER TABLE `IssueDoc` ADD CONSTRAINT `FK_IssueDoc_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`);

ALTER TABLE `IssueDoc` ADD CONSTRAINT `FK_IssueDoc_Order` FOREIGN KEY (`OrderID`) REFERENCES `Order` (`ID`);

ALTER TABLE `IssueDoc` ADD CONSTRAINT `FK_IssueDoc_PickListDetail` FOREIGN KEY (`PLDetailID`) REFERENCES `PickListDetail` (`ID`);

ALTER TABLE `IssueDoc` ADD CONSTRAINT `FK_IssueDoc_ReceiveDoc` FOREIGN KEY (`RecievDocID`) REFERENCES `ReceiveDoc` (`ID`);

ALTER TABLE `IssueDoc` ADD CONSTRAINT `FK_IssueDoc_ReceivingUnits` FOREIGN KEY (`ReceivingUnitID`) REFERENCES `ReceivingUnits` (`ID`);

ALTER TABLE `IssueDoc` ADD CONSTRAINT `FK_IssueDoc_User_DispatchConfirmation` FOREIGN KEY (`DispatchConfirmedByUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `IssueDocDeleted` ADD CONSTRAINT `FK_IssueDocDeleted_User` FOREIGN KEY (`DeletedBy`) REFERENCES `User` (`ID`);

ALTER TABLE `ItemManufacturer` ADD CONSTRAINT `FK_ItemManufacturer_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`);

ALTER TABLE `ItemManufacturer` ADD CONSTRAINT `FK_ItemManufacturer_Manufactures` FOREIGN KEY (`ManufacturerID`) REFERENCES `Manufacturers` (`ID`);

ALTER TABLE `ItemOwnershipType` ADD CONSTRAINT `FK_ItemOwnershipType_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`);

ALTER TABLE `ItemOwnershipType` ADD CONSTRAINT `FK_RUOwnershipType_ItemOwnershipType` FOREIGN KEY (`RUOwnershipTypeID`) REFERENCES `RUOwnershipType` (`ID`);

ALTER TABLE `ItemPrefferedLocation` ADD CONSTRAINT `FK_ItemPrefferedRack_Rack` FOREIGN KEY (`PalletLocationID`) REFERENCES `PalletLocation` (`ID`);

ALTER TABLE `ItemPrefferedLocation` ADD CONSTRAINT `FK_ItemShelf_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`);

ALTER TABLE `ItemReceivingUnitType` ADD CONSTRAINT `FK_ItemReceivingUnitType_Items` FOREIGN KEY (`ItemID`) REFERENCES `Items` (`ID`);

ALTER TABLE `ItemReceivingUnitType` ADD CONSTRAINT `FK_ItemReceivingUnitType_ReceivingUnitType` FOREIGN KEY (`ReceivingUnitTypeID`) REFERENCES `ReceivingUnitType` (`ID`);

ALTER TABLE `Items` ADD CONSTRAINT `FK_Items_StorageType` FOREIGN KEY (`StorageTypeID`) REFERENCES `StorageType` (`ID`);

ALTER TABLE `Items` ADD CONSTRAINT `FK_Items_Unit` FOREIGN KEY (`UnitID`) REFERENCES `Unit` (`ID`);

ALTER TABLE `Items` ADD CONSTRAINT `FK_Items_VEN` FOREIGN KEY (`VEN`) REFERENCES `VEN` (`ID`);

ALTER TABLE `ItemSupplier` ADD CONSTRAINT `FK_ItemSupplier_Supplier` FOREIGN KEY (`SupplierID`) REFERENCES `Supplier` (`ID`);

ALTER TABLE `ItemSupplyCategory` ADD CONSTRAINT `FK_ItemSupplyCategory_SupplyCategory` FOREIGN KEY (`CategoryID`) REFERENCES `SupplyCategory` (`ID`);

ALTER TABLE `LoginLog` ADD CONSTRAINT `FK_LoginLog_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`);

ALTER TABLE `Operation` ADD CONSTRAINT `FK_dbo_Operation_dbo_ResourceType_ResourceTypeID` FOREIGN KEY (`ResourceTypeID`) REFERENCES `ResourceType` (`ResourceTypeID`);

ALTER TABLE `Order` ADD CONSTRAINT `FK_Order_OrderStatus` FOREIGN KEY (`OrderStatusID`) REFERENCES `OrderStatus` (`ID`);

ALTER TABLE `Order` ADD CONSTRAINT `FK_Order_ReceivingUnits` FOREIGN KEY (`RequestedBy`) REFERENCES `ReceivingUnits` (`ID`);

ALTER TABLE `Order` ADD CONSTRAINT `FK_Order_User_ApprovedBy` FOREIGN KEY (`ApprovedBy`) REFERENCES `User` (`ID`);

ALTER TABLE `Order` ADD CONSTRAINT `FK_Order_User_FilledBy` FOREIGN KEY (`FilledBy`) REFERENCES `User` (`ID`);

ALTER TABLE `OrderDetail` ADD CONSTRAINT `FK_OrderDetail_PhysicalStore` FOREIGN KEY (`PreferredPhysicalStoreID`) REFERENCES `PhysicalStore` (`ID`);

ALTER TABLE `OrderDetail` ADD CONSTRAINT `FK_OrderDetail_Stores` FOREIGN KEY (`StoreID`) REFERENCES `Stores` (`ID`);

ALTER TABLE `PalletLocation` ADD CONSTRAINT `FK_Rack_RackStatus` FOREIGN KEY (`RackStatusID`) REFERENCES `RackStatus` (`ID`);

ALTER TABLE `PalletLocation` ADD CONSTRAINT `FK_Rack_Shelf` FOREIGN KEY (`ShelfID`) REFERENCES `Shelf` (`ID`);

ALTER TABLE `PalletLocation` ADD CONSTRAINT `FK_Rack_StorageType` FOREIGN KEY (`StorageTypeID`) REFERENCES `StorageType` (`ID`);

ALTER TABLE `Permission` ADD CONSTRAINT `FK_dbo_Permission_dbo_User_UserID` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`);

ALTER TABLE `PhysicalStore` ADD CONSTRAINT `FK_PhysicalStore_PhysicalStoreType` FOREIGN KEY (`PhysicalStoreTypeID`) REFERENCES `PhysicalStoreType` (`ID`);

ALTER TABLE `PickList` ADD CONSTRAINT `FK_PickList_User` FOREIGN KEY (`PrintedBy`) REFERENCES `User` (`ID`);

ALTER TABLE `PickListDetail` ADD CONSTRAINT `FK_PickListDetail_ReceiveDoc` FOREIGN KEY (`ReceiveDocID`) REFERENCES `ReceiveDoc` (`ID`);

ALTER TABLE `PickListDetail` ADD CONSTRAINT `FK_PickListDetail_ReceivePallet` FOREIGN KEY (`ReceivePalletID`) REFERENCES `ReceivePallet` (`ID`);

ALTER TABLE `PickListDetail` ADD CONSTRAINT `FK_PickListDetail_Stores` FOREIGN KEY (`StoreID`) REFERENCES `Stores` (`ID`);

ALTER TABLE `PickListDetail` ADD CONSTRAINT `FK_PickListDetail_User` FOREIGN KEY (`ApprovedByUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `PO` ADD CONSTRAINT `FK_PO_Stores` FOREIGN KEY (`StoreID`) REFERENCES `Stores` (`ID`);

ALTER TABLE `PO` ADD CONSTRAINT `FK_PO_Supplier` FOREIGN KEY (`SupplierID`) REFERENCES `Supplier` (`ID`);

ALTER TABLE `PO` ADD CONSTRAINT `FK_PO_User` FOREIGN KEY (`SavedbyUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `PrintLog` ADD CONSTRAINT `fk_Print_Log` FOREIGN KEY (`PrintedBy`) REFERENCES `User` (`ID`);

ALTER TABLE `Product` ADD CONSTRAINT `FK_INN_Type` FOREIGN KEY (`TypeID`) REFERENCES `Type` (`ID`);

ALTER TABLE `ProductReceivingUnitType` ADD CONSTRAINT `FK_ProductReceivingUnitType_ReceivingUnitType` FOREIGN KEY (`ReceivingUnitTypeID`) REFERENCES `ReceivingUnitType` (`ID`);

ALTER TABLE `ProductRUOwnershipType` ADD CONSTRAINT `FK_ProductRUOwnershipType_RUOwnershipType` FOREIGN KEY (`RUOwnershipTypeID`) REFERENCES `RUOwnershipType` (`ID`);

ALTER TABLE `ProductsCategory` ADD CONSTRAINT `FK_ProductsCategory_SubCategory` FOREIGN KEY (`SubCategoryID`) REFERENCES `SubCategory` (`ID`);

ALTER TABLE `ProgramProduct` ADD CONSTRAINT `FK_ProgramProduct_Programs` FOREIGN KEY (`ProgramID`) REFERENCES `Programs` (`ID`);

ALTER TABLE `Receipt` ADD CONSTRAINT `FK_Receipt_ReceiptInvoice` FOREIGN KEY (`ReceiptInvoiceID`) REFERENCES `ReceiptInvoice` (`ID`);

ALTER TABLE `Receipt` ADD CONSTRAINT `FK_Receipt_ReceiptType` FOREIGN KEY (`ReceiptTypeID`) REFERENCES `ReceiptType` (`ID`);

ALTER TABLE `Receipt` ADD CONSTRAINT `FK_Receipt_User` FOREIGN KEY (`SavedByUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `ReceiptConfirmationPrintout` ADD CONSTRAINT `FK_ReceiptConfirmationPrintout_Stores` FOREIGN KEY (`StoreID`) REFERENCES `Stores` (`ID`);

ALTER TABLE `ReceiptConfirmationPrintout` ADD CONSTRAINT `FK_ReceiptConfirmationPrintout_Supplier` FOREIGN KEY (`SupplierID`) REFERENCES `Supplier` (`ID`);

ALTER TABLE `ReceiptConfirmationPrintout` ADD CONSTRAINT `FK_ReceiptConfirmationPrintout_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`);

ALTER TABLE `ReceiptConfirmationPrintout` ADD CONSTRAINT `FK_ReceiptConfirmationPrintout_User1` FOREIGN KEY (`VoidRequestUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `ReceiptConfirmationPrintout` ADD CONSTRAINT `FK_Table_1_User_VoidApproval` FOREIGN KEY (`VoidApprovedByUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `ReceiveDoc` ADD CONSTRAINT `FK_ReceiveDoc_ShortageReasons` FOREIGN KEY (`ShortageReasonID`) REFERENCES `ShortageReasons` (`ID`);

ALTER TABLE `ReceiveDoc` ADD CONSTRAINT `FK_ReceiveDoc_Supplier` FOREIGN KEY (`SupplierID`) REFERENCES `Supplier` (`ID`);

ALTER TABLE `ReceiveDocConfirmation` ADD CONSTRAINT `FK_ReceiveDocConfirmation_UnitCostCalculatedByUserID` FOREIGN KEY (`UnitCostCalculatedByUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `ReceiveDocConfirmation` ADD CONSTRAINT `FK_ReceiveDocConfirmation_User` FOREIGN KEY (`ReceivedByUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `ReceiveDocConfirmation` ADD CONSTRAINT `FK_Table_1_User_Confirmed` FOREIGN KEY (`ReceiptQuantityConfirmedByUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `ReceiveDocConfirmation` ADD CONSTRAINT `FK_Table_1_User_GRVPrintedByUserID` FOREIGN KEY (`GRVPrintedByUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `ReceiveDocConfirmation` ADD CONSTRAINT `FK_Table_1_User_PriceAssigned` FOREIGN KEY (`PriceAssignedByUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `ReceiveDocConfirmation` ADD CONSTRAINT `FK_Table_1_User_PriceConfirmed` FOREIGN KEY (`PriceConfirmedByUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `ReceiveDocDeleted` ADD CONSTRAINT `FK_ReceiveDocDeleted_User_DeletedBy` FOREIGN KEY (`DeletedBy`) REFERENCES `User` (`ID`);

ALTER TABLE `ReceivePriceConfirmation` ADD CONSTRAINT `FK_ReceivePriceConfirmation_User` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`);

ALTER TABLE `ReceivingUnits` ADD CONSTRAINT `FK_ReceivingUnits_RUOwnershipType` FOREIGN KEY (`Ownership`) REFERENCES `RUOwnershipType` (`ID`);

ALTER TABLE `ReceivingUnits` ADD CONSTRAINT `FK_ReceivingUnits_ReceivingUnitType` FOREIGN KEY (`RUType`) REFERENCES `ReceivingUnitType` (`ID`);

ALTER TABLE `ReceivingUnits` ADD CONSTRAINT `FK_ReceivingUnits_Woreda` FOREIGN KEY (`Woreda`) REFERENCES `Woreda` (`ID`);

ALTER TABLE `ReceivingUnits` ADD CONSTRAINT `FK_ReceivingUnits_Zone` FOREIGN KEY (`Zone`) REFERENCES `Zone` (`ID`);

ALTER TABLE `StoreItem` ADD CONSTRAINT `FK_StoreItem_Stores` FOREIGN KEY (`StoreID`) REFERENCES `Stores` (`ID`);

ALTER TABLE `Stores` ADD CONSTRAINT `FK_Stores_StoreType` FOREIGN KEY (`StoreTypeID`) REFERENCES `StoreType` (`ID`);

ALTER TABLE `STVLog` ADD CONSTRAINT `FK_STVLog_User_SavedBy` FOREIGN KEY (`UserID`) REFERENCES `User` (`ID`);

ALTER TABLE `STVLog` ADD CONSTRAINT `FK_STVLog_User_VoidApproval` FOREIGN KEY (`VoidApprovedByUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `STVLog` ADD CONSTRAINT `FK_STVLog_User_VoidRequest` FOREIGN KEY (`VoidRequestUserID`) REFERENCES `User` (`ID`);

ALTER TABLE `Transfer` ADD CONSTRAINT `FK_Transfer_TransferType` FOREIGN KEY (`TransferTypeID`) REFERENCES `TransferType` (`ID`);

ALTER TABLE `User` ADD CONSTRAINT `FK_User_UserType` FOREIGN KEY (`UserType`) REFERENCES `UserType` (`ID`);

ALTER TABLE `Woreda` ADD CONSTRAINT `FK_Woreda_Zone` FOREIGN KEY (`ZoneID`) REFERENCES `Zone` (`ID`);
