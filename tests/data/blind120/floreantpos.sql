-- Floreant POS (restaurant/retail point of sale: customers with loyalty numbers and points, house credit, tickets, payments incl. gift certificates, staff attendance), MySQL DDL written from its Hibernate mappings
-- github.com/fat-tire/floreantpos (GitHub mirror of the SourceForge trunk) src/com/floreantpos/model/*.hbm.xml, commit b2cfb14f (MRPL 1.2, MPL 1.1 with attribution)
-- 40 tables; column names as mapped, Hibernate MySQL dialect types, order as Hibernate binds them (id, discriminator, version, properties and many-to-one in mapping order, then inverse collection keys).

CREATE TABLE `RESTAURANT` (
  `ID` integer not null,
  `UNIQUE_ID` integer,
  `NAME` varchar(120),
  `ADDRESS_LINE1` varchar(60),
  `ADDRESS_LINE2` varchar(60),
  `ADDRESS_LINE3` varchar(60),
  `ZIP_CODE` varchar(10),
  `TELEPHONE` varchar(16),
  `CAPACITY` integer,
  `TABLES` integer,
  `CNAME` varchar(20),
  `CSYMBOL` varchar(10),
  `SC_PERCENTAGE` double precision,
  `GRATUITY_PERCENTAGE` double precision,
  `TICKET_FOOTER` varchar(60),
  `PRICE_INCLUDES_TAX` bit,
  `ALLOW_MODIFIER_MAX_EXCEED` bit,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `TERMINAL` (
  `ID` integer not null,
  `NAME` varchar(60),
  `TERMINAL_KEY` varchar(120),
  `OPENING_BALANCE` double precision,
  `CURRENT_BALANCE` double precision,
  `HAS_CASH_DRAWER` bit,
  `IN_USE` bit,
  `ACTIVE` bit,
  `LOCATION` varchar(320),
  `FLOOR_ID` integer,
  `ASSIGNED_USER` integer,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `SHIFT` (
  `ID` integer not null auto_increment,
  `NAME` varchar(60) not null,
  `START_TIME` datetime,
  `END_TIME` datetime,
  `SHIFT_LEN` bigint,
  PRIMARY KEY (`ID`),
  UNIQUE (`NAME`)
);

CREATE TABLE `USER_TYPE` (
  `ID` integer not null auto_increment,
  `P_NAME` varchar(60),
  PRIMARY KEY (`ID`)
);

CREATE TABLE `USER_PERMISSION` (
  `NAME` varchar(40) not null,
  PRIMARY KEY (`NAME`)
);

CREATE TABLE `USER_USER_PERMISSION` (
  `permissionId` integer not null,
  `elt` varchar(255) not null,
  PRIMARY KEY (`permissionId`,`elt`),
  FOREIGN KEY (`permissionId`) REFERENCES `USER_TYPE` (`ID`),
  FOREIGN KEY (`elt`) REFERENCES `USER_PERMISSION` (`NAME`)
);

CREATE TABLE `USERS` (
  `AUTO_ID` integer not null auto_increment,
  `USER_ID` integer,
  `USER_PASS` varchar(16) not null,
  `FIRST_NAME` varchar(30),
  `LAST_NAME` varchar(30),
  `SSN` varchar(30),
  `COST_PER_HOUR` double precision,
  `CLOCKED_IN` bit,
  `LAST_CLOCK_IN_TIME` datetime,
  `LAST_CLOCK_OUT_TIME` datetime,
  `PHONE_NO` varchar(20),
  `IS_DRIVER` bit,
  `AVAILABLE_FOR_DELIVERY` bit,
  `ACTIVE` bit,
  `SHIFT_ID` integer,
  `currentTerminal` integer,
  `N_USER_TYPE` integer,
  PRIMARY KEY (`AUTO_ID`),
  UNIQUE (`USER_ID`),
  UNIQUE (`USER_PASS`),
  FOREIGN KEY (`SHIFT_ID`) REFERENCES `SHIFT` (`ID`),
  FOREIGN KEY (`currentTerminal`) REFERENCES `TERMINAL` (`ID`),
  FOREIGN KEY (`N_USER_TYPE`) REFERENCES `USER_TYPE` (`ID`)
);

CREATE TABLE `ATTENDENCE_HISTORY` (
  `ID` integer not null auto_increment,
  `CLOCK_IN_TIME` datetime,
  `CLOCK_OUT_TIME` datetime,
  `CLOCK_IN_HOUR` smallint,
  `CLOCK_OUT_HOUR` smallint,
  `CLOCKED_OUT` bit,
  `USER_ID` integer,
  `SHIFT_ID` integer,
  `TERMINAL_ID` integer,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`USER_ID`) REFERENCES `USERS` (`AUTO_ID`),
  FOREIGN KEY (`SHIFT_ID`) REFERENCES `SHIFT` (`ID`),
  FOREIGN KEY (`TERMINAL_ID`) REFERENCES `TERMINAL` (`ID`)
);

CREATE TABLE `EMPLOYEE_IN_OUT_HISTORY` (
  `ID` integer not null auto_increment,
  `OUT_TIME` datetime,
  `IN_TIME` datetime,
  `OUT_HOUR` smallint,
  `IN_HOUR` smallint,
  `CLOCK_OUT` bit,
  `USER_ID` integer,
  `SHIFT_ID` integer,
  `TERMINAL_ID` integer,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`USER_ID`) REFERENCES `USERS` (`AUTO_ID`),
  FOREIGN KEY (`SHIFT_ID`) REFERENCES `SHIFT` (`ID`),
  FOREIGN KEY (`TERMINAL_ID`) REFERENCES `TERMINAL` (`ID`)
);

CREATE TABLE `ACTION_HISTORY` (
  `ID` integer not null auto_increment,
  `ACTION_TIME` datetime,
  `ACTION_NAME` varchar(255),
  `DESCRIPTION` varchar(255),
  `USER_ID` integer,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`USER_ID`) REFERENCES `USERS` (`AUTO_ID`)
);

CREATE TABLE `DRAWER_ASSIGNED_HISTORY` (
  `ID` integer not null auto_increment,
  `TIME` datetime,
  `OPERATION` varchar(60),
  `A_USER` integer,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`A_USER`) REFERENCES `USERS` (`AUTO_ID`)
);

CREATE TABLE `CASH_DRAWER_RESET_HISTORY` (
  `ID` integer not null auto_increment,
  `RESET_TIME` datetime,
  `USER_ID` integer,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`USER_ID`) REFERENCES `USERS` (`AUTO_ID`)
);

CREATE TABLE `CUSTOMER` (
  `AUTO_ID` integer not null auto_increment,
  `LOYALTY_NO` varchar(30),
  `LOYALTY_POINT` integer,
  `SOCIAL_SECURITY_NUMBER` varchar(60),
  `PICTURE` blob,
  `HOMEPHONE_NO` varchar(30),
  `MOBILE_NO` varchar(30),
  `WORKPHONE_NO` varchar(30),
  `EMAIL` varchar(40),
  `SALUTATION` varchar(60),
  `FIRST_NAME` varchar(60),
  `LAST_NAME` varchar(60),
  `name` varchar(120),
  `DOB` varchar(16),
  `SSN` varchar(30),
  `ADDRESS` varchar(220),
  `CITY` varchar(30),
  `STATE` varchar(30),
  `ZIP_CODE` varchar(10),
  `COUNTRY` varchar(30),
  `VIP` bit,
  `CREDIT_LIMIT` double precision,
  `CREDIT_SPENT` double precision,
  `CREDIT_CARD_NO` varchar(30),
  `NOTE` varchar(255),
  PRIMARY KEY (`AUTO_ID`)
);

CREATE TABLE `CUSTOMER_PROPERTIES` (
  `id` integer not null,
  `property_value` varchar(255),
  `property_name` varchar(255) not null,
  PRIMARY KEY (`id`,`property_name`),
  FOREIGN KEY (`id`) REFERENCES `CUSTOMER` (`AUTO_ID`)
);

CREATE TABLE `DELIVERY_ADDRESS` (
  `ID` integer not null auto_increment,
  `ADDRESS` varchar(320),
  `PHONE_EXTENSION` varchar(10),
  `ROOM_NO` varchar(30),
  `DISTANCE` double precision,
  `CUSTOMER_ID` integer,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`CUSTOMER_ID`) REFERENCES `CUSTOMER` (`AUTO_ID`)
);

CREATE TABLE `DELIVERY_INSTRUCTION` (
  `ID` integer not null auto_increment,
  `NOTES` varchar(220),
  `CUSTOMER_NO` integer,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`CUSTOMER_NO`) REFERENCES `CUSTOMER` (`AUTO_ID`)
);

CREATE TABLE `ORDER_TYPE` (
  `ID` integer not null auto_increment,
  `NAME` varchar(120) not null,
  `ENABLED` bit,
  `SHOW_TABLE_SELECTION` bit,
  `SHOW_GUEST_SELECTION` bit,
  `SHOULD_PRINT_TO_KITCHEN` bit,
  `PREPAID` bit,
  `CLOSE_ON_PAID` bit,
  `REQUIRED_CUSTOMER_DATA` bit,
  `DELIVERY` bit,
  `SHOW_ITEM_BARCODE` bit,
  `SHOW_IN_LOGIN_SCREEN` bit,
  `CONSOLIDATE_TIEMS_IN_RECEIPT` bit,
  `ALLOW_SEAT_BASED_ORDER` bit,
  `HIDE_ITEM_WITH_EMPTY_INVENTORY` bit,
  `HAS_FORHERE_AND_TOGO` bit,
  `PRE_AUTH_CREDIT_CARD` bit,
  `BAR_TAB` bit,
  `RETAIL_ORDER` bit,
  `SHOW_PRICE_ON_BUTTON` bit,
  `SHOW_STOCK_COUNT_ON_BUTTON` bit,
  `SHOW_UNIT_PRICE_IN_TICKET_GRID` bit,
  `PROPERTIES` longtext,
  PRIMARY KEY (`ID`),
  UNIQUE (`NAME`)
);

CREATE TABLE `MENU_CATEGORY` (
  `ID` integer not null auto_increment,
  `NAME` varchar(120) not null,
  `TRANSLATED_NAME` varchar(120),
  `VISIBLE` bit,
  `BEVERAGE` bit,
  `SORT_ORDER` integer,
  `BTN_COLOR` integer,
  `TEXT_COLOR` integer,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `MENU_ITEM` (
  `ID` integer not null auto_increment,
  `NAME` varchar(120) not null,
  `DESCRIPTION` varchar(255),
  `UNIT_NAME` varchar(20),
  `TRANSLATED_NAME` varchar(120),
  `BARCODE` varchar(120),
  `BUY_PRICE` double precision not null,
  `STOCK_AMOUNT` double precision,
  `PRICE` double precision not null,
  `DISCOUNT_RATE` double precision,
  `VISIBLE` bit,
  `DISABLE_WHEN_STOCK_AMOUNT_IS_ZERO` bit,
  `SORT_ORDER` integer,
  `BTN_COLOR` integer,
  `TEXT_COLOR` integer,
  `IMAGE` blob,
  `SHOW_IMAGE_ONLY` bit,
  `FRACTIONAL_UNIT` bit,
  `PIZZA_TYPE` bit,
  `DEFAULT_SELL_PORTION` integer,
  `GROUP_ID` integer,
  `TAX_GROUP_ID` varchar(255),
  `RECEPIE` integer,
  `PG_ID` integer,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `TAX` (
  `ID` integer not null auto_increment,
  `NAME` varchar(20) not null,
  `RATE` double precision,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `CURRENCY` (
  `ID` integer not null auto_increment,
  `CODE` varchar(20),
  `NAME` varchar(30),
  `SYMBOL` varchar(10),
  `EXCHANGE_RATE` double precision,
  `DECIMAL_PLACES` integer,
  `TOLERANCE` double precision,
  `BUY_PRICE` double precision,
  `SALES_PRICE` double precision,
  `MAIN` bit,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `COUPON_AND_DISCOUNT` (
  `ID` integer not null auto_increment,
  `NAME` varchar(120),
  `TYPE` integer,
  `BARCODE` varchar(120),
  `QUALIFICATION_TYPE` integer,
  `APPLY_TO_ALL` bit,
  `MINIMUM_BUY` integer,
  `MAXIMUM_OFF` integer,
  `VALUE` double precision,
  `EXPIRY_DATE` datetime,
  `ENABLED` bit,
  `AUTO_APPLY` bit,
  `MODIFIABLE` bit,
  `NEVER_EXPIRE` bit,
  `UUID` varchar(36),
  PRIMARY KEY (`ID`),
  UNIQUE (`UUID`)
);

CREATE TABLE `VOID_REASONS` (
  `ID` integer not null auto_increment,
  `REASON_TEXT` varchar(255),
  PRIMARY KEY (`ID`)
);

CREATE TABLE `PAYOUT_REASONS` (
  `ID` integer not null auto_increment,
  `REASON` varchar(255),
  PRIMARY KEY (`ID`)
);

CREATE TABLE `PAYOUT_RECEPIENTS` (
  `ID` integer not null auto_increment,
  `NAME` varchar(255),
  PRIMARY KEY (`ID`)
);

CREATE TABLE `CUSTOM_PAYMENT` (
  `ID` integer not null auto_increment,
  `NAME` varchar(60),
  `REQUIRED_REF_NUMBER` bit,
  `REF_NUMBER_FIELD_NAME` varchar(60),
  PRIMARY KEY (`ID`)
);

CREATE TABLE `GLOBAL_CONFIG` (
  `ID` integer not null auto_increment,
  `POS_KEY` varchar(60),
  `POS_VALUE` varchar(220),
  PRIMARY KEY (`ID`),
  UNIQUE (`POS_KEY`)
);

CREATE TABLE `SHOP_TABLE` (
  `ID` integer not null,
  `VERSION_NO` bigint not null,
  `NAME` varchar(20),
  `DESCRIPTION` varchar(60),
  `CAPACITY` integer,
  `X` integer,
  `Y` integer,
  `FLOOR_ID` integer,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `GRATUITY` (
  `ID` integer not null auto_increment,
  `AMOUNT` double precision,
  `PAID` bit,
  `REFUNDED` bit,
  `TICKET_ID` integer,
  `OWNER_ID` integer,
  `TERMINAL_ID` integer,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`OWNER_ID`) REFERENCES `USERS` (`AUTO_ID`),
  FOREIGN KEY (`TERMINAL_ID`) REFERENCES `TERMINAL` (`ID`)
);

CREATE TABLE `TICKET` (
  `ID` integer not null auto_increment,
  `VERSION_NO` bigint not null,
  `GLOBAL_ID` varchar(16),
  `CREATE_DATE` datetime,
  `CLOSING_DATE` datetime,
  `ACTIVE_DATE` datetime,
  `DELIVEERY_DATE` datetime,
  `CREATION_HOUR` integer,
  `PAID` bit,
  `VOIDED` bit,
  `VOID_REASON` varchar(255),
  `WASTED` bit,
  `REFUNDED` bit,
  `SETTLED` bit,
  `DRAWER_RESETTED` bit,
  `SUB_TOTAL` double precision,
  `TOTAL_DISCOUNT` double precision,
  `TOTAL_TAX` double precision,
  `TOTAL_PRICE` double precision,
  `PAID_AMOUNT` double precision,
  `DUE_AMOUNT` double precision,
  `ADVANCE_AMOUNT` double precision,
  `ADJUSTMENT_AMOUNT` double precision,
  `NUMBER_OF_GUESTS` integer,
  `STATUS` varchar(30),
  `BAR_TAB` bit,
  `IS_TAX_EXEMPT` bit,
  `IS_RE_OPENED` bit,
  `SERVICE_CHARGE` double precision,
  `DELIVERY_CHARGE` double precision,
  `CUSTOMER_ID` integer,
  `DELIVERY_ADDRESS` varchar(120),
  `CUSTOMER_PICKEUP` bit,
  `DELIVERY_EXTRA_INFO` varchar(255),
  `TICKET_TYPE` varchar(20),
  `SHIFT_ID` integer,
  `OWNER_ID` integer,
  `DRIVER_ID` integer,
  `GRATUITY_ID` integer,
  `VOID_BY_USER` integer,
  `TERMINAL_ID` integer,
  PRIMARY KEY (`ID`),
  UNIQUE (`GLOBAL_ID`),
  FOREIGN KEY (`SHIFT_ID`) REFERENCES `SHIFT` (`ID`),
  FOREIGN KEY (`OWNER_ID`) REFERENCES `USERS` (`AUTO_ID`),
  FOREIGN KEY (`DRIVER_ID`) REFERENCES `USERS` (`AUTO_ID`),
  FOREIGN KEY (`GRATUITY_ID`) REFERENCES `GRATUITY` (`ID`),
  FOREIGN KEY (`VOID_BY_USER`) REFERENCES `USERS` (`AUTO_ID`),
  FOREIGN KEY (`TERMINAL_ID`) REFERENCES `TERMINAL` (`ID`)
);

CREATE TABLE `TICKET_PROPERTIES` (
  `id` integer not null,
  `property_value` varchar(1000),
  `property_name` varchar(255) not null,
  PRIMARY KEY (`id`,`property_name`),
  FOREIGN KEY (`id`) REFERENCES `TICKET` (`ID`)
);

CREATE TABLE `TICKET_TABLE_NUM` (
  `ticket_id` integer not null,
  `TABLE_ID` integer,
  FOREIGN KEY (`ticket_id`) REFERENCES `TICKET` (`ID`)
);

CREATE TABLE `TICKET_ITEM` (
  `ID` integer not null auto_increment,
  `ITEM_ID` integer,
  `ITEM_COUNT` integer,
  `ITEM_QUANTITY` double precision,
  `ITEM_NAME` varchar(120),
  `ITEM_UNIT_NAME` varchar(20),
  `GROUP_NAME` varchar(120),
  `CATEGORY_NAME` varchar(120),
  `ITEM_PRICE` double precision,
  `ITEM_TAX_RATE` double precision,
  `SUB_TOTAL` double precision,
  `SUB_TOTAL_WITHOUT_MODIFIERS` double precision,
  `DISCOUNT` double precision,
  `TAX_AMOUNT` double precision,
  `TAX_AMOUNT_WITHOUT_MODIFIERS` double precision,
  `TOTAL_PRICE` double precision,
  `TOTAL_PRICE_WITHOUT_MODIFIERS` double precision,
  `BEVERAGE` bit,
  `INVENTORY_HANDLED` bit,
  `PRINT_TO_KITCHEN` bit,
  `TREAT_AS_SEAT` bit,
  `SEAT_NUMBER` integer,
  `FRACTIONAL_UNIT` bit,
  `HAS_MODIIERS` bit,
  `PRINTED_TO_KITCHEN` bit,
  `STATUS` varchar(255),
  `STOCK_AMOUNT_ADJUSTED` bit,
  `PIZZA_TYPE` bit,
  `SIZE_MODIFIER_ID` integer,
  `TICKET_ID` integer not null,
  `PG_ID` integer,
  `PIZZA_SECTION_MODE` integer,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`TICKET_ID`) REFERENCES `TICKET` (`ID`)
);

CREATE TABLE `TICKET_DISCOUNT` (
  `ID` integer not null auto_increment,
  `DISCOUNT_ID` integer,
  `NAME` varchar(30),
  `TYPE` integer,
  `AUTO_APPLY` bit,
  `MINIMUM_AMOUNT` integer,
  `VALUE` double precision,
  `TICKET_ID` integer,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`TICKET_ID`) REFERENCES `TICKET` (`ID`)
);

CREATE TABLE `TICKET_ITEM_DISCOUNT` (
  `ID` integer not null auto_increment,
  `DISCOUNT_ID` integer,
  `NAME` varchar(30),
  `TYPE` integer,
  `AUTO_APPLY` bit,
  `MINIMUM_QUANTITY` integer,
  `VALUE` double precision,
  `AMOUNT` double precision,
  `TICKET_ITEMID` integer,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`TICKET_ITEMID`) REFERENCES `TICKET_ITEM` (`ID`)
);

CREATE TABLE `KITCHEN_TICKET` (
  `ID` integer not null auto_increment,
  `TICKET_ID` integer,
  `CREATE_DATE` datetime,
  `CLOSE_DATE` datetime,
  `VOIDED` bit,
  `SEQUENCE_NUMBER` integer,
  `STATUS` varchar(30),
  `SERVER_NAME` varchar(30),
  `TICKET_TYPE` varchar(20),
  `PG_ID` integer,
  PRIMARY KEY (`ID`)
);

CREATE TABLE `TRANSACTIONS` (
  `ID` integer not null auto_increment,
  `PAYMENT_TYPE` varchar(30) not null,
  `GLOBAL_ID` varchar(16),
  `TRANSACTION_TIME` datetime,
  `AMOUNT` double precision,
  `TIPS_AMOUNT` double precision,
  `TIPS_EXCEED_AMOUNT` double precision,
  `TENDER_AMOUNT` double precision,
  `TRANSACTION_TYPE` varchar(30) not null,
  `CUSTOM_PAYMENT_NAME` varchar(60),
  `CUSTOM_PAYMENT_REF` varchar(120),
  `CUSTOM_PAYMENT_FIELD_NAME` varchar(60),
  `PAYMENT_SUB_TYPE` varchar(40) not null,
  `CAPTURED` bit,
  `VOIDED` bit,
  `AUTHORIZABLE` bit,
  `CARD_HOLDER_NAME` varchar(60),
  `CARD_NUMBER` varchar(40),
  `CARD_AUTH_CODE` varchar(30),
  `CARD_TYPE` varchar(20),
  `CARD_TRANSACTION_ID` varchar(255),
  `CARD_MERCHANT_GATEWAY` varchar(60),
  `CARD_READER` varchar(30),
  `CARD_AID` varchar(120),
  `CARD_ARQC` varchar(120),
  `CARD_EXT_DATA` varchar(255),
  `GIFT_CERT_NUMBER` varchar(64),
  `GIFT_CERT_FACE_VALUE` double precision,
  `GIFT_CERT_PAID_AMOUNT` double precision,
  `GIFT_CERT_CASH_BACK_AMOUNT` double precision,
  `DRAWER_RESETTED` bit,
  `NOTE` varchar(255),
  `TERMINAL_ID` integer,
  `TICKET_ID` integer,
  `USER_ID` integer,
  `PAYOUT_REASON_ID` integer,
  `PAYOUT_RECEPIENT_ID` integer,
  PRIMARY KEY (`ID`),
  UNIQUE (`GLOBAL_ID`),
  FOREIGN KEY (`TERMINAL_ID`) REFERENCES `TERMINAL` (`ID`),
  FOREIGN KEY (`TICKET_ID`) REFERENCES `TICKET` (`ID`),
  FOREIGN KEY (`USER_ID`) REFERENCES `USERS` (`AUTO_ID`),
  FOREIGN KEY (`PAYOUT_REASON_ID`) REFERENCES `PAYOUT_REASONS` (`ID`),
  FOREIGN KEY (`PAYOUT_RECEPIENT_ID`) REFERENCES `PAYOUT_RECEPIENTS` (`ID`)
);

CREATE TABLE `TRANSACTION_PROPERTIES` (
  `id` integer not null,
  `property_value` varchar(255),
  `property_name` varchar(255) not null,
  PRIMARY KEY (`id`,`property_name`),
  FOREIGN KEY (`id`) REFERENCES `TRANSACTIONS` (`ID`)
);

CREATE TABLE `TABLE_BOOKING_INFO` (
  `ID` integer not null auto_increment,
  `FROM_DATE` datetime,
  `TO_DATE` datetime,
  `GUEST_COUNT` integer,
  `STATUS` varchar(30),
  `PAYMENT_STATUS` varchar(30),
  `BOOKING_CONFIRM` varchar(30),
  `BOOKING_CHARGE` double precision,
  `REMAINING_BALANCE` double precision,
  `PAID_AMOUNT` double precision,
  `BOOKING_ID` varchar(30),
  `BOOKING_TYPE` varchar(30),
  `user_id` integer,
  `customer_id` integer,
  PRIMARY KEY (`ID`),
  FOREIGN KEY (`user_id`) REFERENCES `USERS` (`AUTO_ID`),
  FOREIGN KEY (`customer_id`) REFERENCES `CUSTOMER` (`AUTO_ID`)
);

CREATE TABLE `TABLE_BOOKING_MAPPING` (
  `BOOKING_ID` integer not null,
  `TABLE_ID` integer not null,
  FOREIGN KEY (`BOOKING_ID`) REFERENCES `TABLE_BOOKING_INFO` (`ID`),
  FOREIGN KEY (`TABLE_ID`) REFERENCES `SHOP_TABLE` (`ID`)
);
