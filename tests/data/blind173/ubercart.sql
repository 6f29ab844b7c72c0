-- Ubercart 7.x-3.12: the hook_schema() arrays of its 28 modules' .install files (tag 7.x-3.12, commit
-- 3477a86a476876bb57acaf94951f6fc7cb6241f5 of github.com/d6lts/ubercart), rendered as Drupal 7's MySQL driver
-- renders them (type map, COMMENTs from descriptions); see ubercart.md.

-- module uc_attribute
CREATE TABLE `uc_attributes` (
  `aid` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: attribute ID.',
  `name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Name of the attribute.',
  `label` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Label to use when attribute is displayed.',
  `ordering` TINYINT NOT NULL DEFAULT 0 COMMENT 'Determines the list position of attributes.',
  `required` TINYINT unsigned NOT NULL DEFAULT 0 COMMENT 'Flag that, if set, requires a user response for attributes (disables default options).',
  `display` TINYINT unsigned NOT NULL DEFAULT 1 COMMENT 'Display type of the attribute options: 0 => text fields, 1 => select box (default), 2 => radio buttons.',
  `description` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Description of the attribute.',
  PRIMARY KEY (`aid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Attributes: the decisions that need to be made about product';

-- module uc_attribute
CREATE TABLE `uc_attribute_options` (
  `aid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_attributes}.aid.',
  `oid` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the option ID.',
  `name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The name of the option.',
  `cost` DECIMAL(16, 5) NOT NULL DEFAULT 0 COMMENT 'The adjustment to a product''s cost with the chosen option.',
  `price` DECIMAL(16, 5) NOT NULL DEFAULT 0 COMMENT 'The adjustment to a product''s price with the chosen option.',
  `weight` FLOAT NOT NULL DEFAULT 0 COMMENT 'The adjustment to a product''s physical weight with the chosen option.',
  `ordering` TINYINT NOT NULL DEFAULT 0 COMMENT 'Affects the list position of the options.',
  PRIMARY KEY (`oid`),
  KEY `aid` (`aid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'The available choices for each attribute.';

-- module uc_attribute
CREATE TABLE `uc_class_attributes` (
  `pcid` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'Primary key: the product {node}.type.',
  `aid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_attributes}.aid.',
  `label` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Label to use when attribute is displayed.',
  `ordering` TINYINT NOT NULL DEFAULT 0 COMMENT 'Determines the list position of attributes.',
  `default_option` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The default value of the attribute field on the add to cart form.',
  `required` TINYINT unsigned NOT NULL DEFAULT 0 COMMENT 'A flag indicating that, if set, requires a user response for attributes (disables default options).',
  `display` TINYINT unsigned NOT NULL DEFAULT 1 COMMENT 'Display type of the attribute options: 0 => text fields, 1 => select box (default), 2 => radio buttons',
  PRIMARY KEY (`pcid`, `aid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Attributes copied to a product of a certain class when it is';

-- module uc_attribute
CREATE TABLE `uc_class_attribute_options` (
  `pcid` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'Primary key: the product {node}.type.',
  `oid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_attribute_options}.oid.',
  `cost` DECIMAL(16, 5) NOT NULL DEFAULT 0 COMMENT 'The adjustment to a product''s cost with the chosen option.',
  `price` DECIMAL(16, 5) NOT NULL DEFAULT 0 COMMENT 'The adjustment to a product''s price with the chosen option.',
  `weight` FLOAT NOT NULL DEFAULT 0 COMMENT 'The adjustment to a product''s physical weight with the chosen option.',
  `ordering` TINYINT NOT NULL DEFAULT 0 COMMENT 'Affects the list position of the options.',
  PRIMARY KEY (`pcid`, `oid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'The available choices for each attribute.';

-- module uc_attribute
CREATE TABLE `uc_product_attributes` (
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The product {node}.nid.',
  `aid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_attributes}.aid.',
  `label` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Label to use when attribute is displayed',
  `ordering` TINYINT NOT NULL DEFAULT 0 COMMENT 'Determines the list position of attributes.',
  `default_option` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The default value of the attribute field on the add to cart form.',
  `required` TINYINT unsigned NOT NULL DEFAULT 0 COMMENT 'Flag that, if set, requires a user response for attributes (disables default options).',
  `display` TINYINT unsigned NOT NULL DEFAULT 1 COMMENT 'Display type of the attribute options: 0 -- text fields, 1 -- select box (default), 2 -- radio buttons',
  PRIMARY KEY (`nid`, `aid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Attributes copied to a product.';

-- module uc_attribute
CREATE TABLE `uc_product_options` (
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The product {node}.nid.',
  `oid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_attribute_options}.oid.',
  `cost` DECIMAL(16, 5) NOT NULL DEFAULT 0 COMMENT 'The adjustment to a product''s cost with the chosen option.',
  `price` DECIMAL(16, 5) NOT NULL DEFAULT 0 COMMENT 'The adjustment to a product''s price with the chosen option.',
  `weight` FLOAT NOT NULL DEFAULT 0 COMMENT 'The adjustment to a product''s physical weight with the chosen option.',
  `ordering` TINYINT NOT NULL DEFAULT 0 COMMENT 'Affects the list position of the options.',
  PRIMARY KEY (`nid`, `oid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'The available choices for each attribute.';

-- module uc_attribute
CREATE TABLE `uc_product_adjustments` (
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The product {node}.nid.',
  `combination` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'A serialized array whose keys are attribute IDs and values are option IDs.',
  `model` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The SKU representing the product with the combination of options.',
  KEY `nid` (`nid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Changes to a product''s SKU based on the possible combination';

-- module uc_cart
CREATE TABLE `uc_cart_products` (
  `cart_item_id` INT unsigned NOT NULL auto_increment COMMENT 'Unique identifier for cart item.',
  `cart_id` VARCHAR(255) NOT NULL DEFAULT '0' COMMENT 'A user-specific cart ID. For authenticated users, their {users}.uid. For anonymous users, a token.',
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {node}.nid of the product.',
  `qty` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The number of this product in the cart.',
  `changed` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating the time the product in the cart was changed.',
  `data` TEXT NULL COMMENT 'A serialized array of extra cart data for the product.',
  PRIMARY KEY (`cart_item_id`),
  KEY `cart_id` (`cart_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores products placed in shopping carts.';

-- module uc_cart_links
CREATE TABLE `uc_cart_link_clicks` (
  `cart_link_id` VARCHAR(32) NOT NULL DEFAULT '0' COMMENT 'The cart link identifier.',
  `clicks` INT NOT NULL DEFAULT 0 COMMENT 'The number of times this cart link was clicked.',
  `last_click` INT NOT NULL DEFAULT 0 COMMENT 'The time of the last click on this cart link, stored as a UNIX timestamp.',
  PRIMARY KEY (`cart_link_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores information for cart links.';

-- module uc_cybersource
CREATE TABLE `uc_payment_cybersource_hop_post` (
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The order ID as provided by the store.',
  `request_id` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Unique id assigned by CyberSource that identifies payment request.',
  `request_token` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Verification token associated with the request ID.',
  `reconciliation_id` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Reference number generated by CyberSource that you use to reconcile your CyberSource reports with your processor reports.',
  `gross` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The approved payment amount from CyberSource.',
  `decision` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'CyberSource decision for payment request.',
  `reason_code` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'A code for decision.',
  `payer_email` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The e-mail address of the buyer.',
  `received` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The IPN receipt timestamp.'
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8;

-- module uc_file
CREATE TABLE `uc_files` (
  `fid` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the file ID.',
  `filename` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The name of the file.',
  PRIMARY KEY (`fid`),
  KEY `filename` (`filename`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores information on purchasable files.';

-- module uc_file
CREATE TABLE `uc_file_products` (
  `fpid` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the ID for the file-product combination.',
  `pfid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_product_features}.pfid.',
  `fid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_files}.fid of the purchasable file.',
  `model` VARCHAR(255) NULL COMMENT 'The product model.',
  `description` VARCHAR(255) NULL COMMENT 'The description of the file.',
  `shippable` TINYINT NOT NULL DEFAULT 0 COMMENT 'Is this file feature shippable? 1 => Yes. 0 => No.',
  `download_limit` INT NULL DEFAULT -1 COMMENT 'The number of times the file may be downloaded by a user. -1 indicates the store default will be used.',
  `address_limit` INT NULL DEFAULT -1 COMMENT 'The number of different IP addresses from which the file may be downloaded. -1 indicates the store default will be used.',
  `time_granularity` VARCHAR(16) NOT NULL DEFAULT '-1' COMMENT 'The units of time for time_quantity. -1 indicates the store default will be used.',
  `time_quantity` INT NOT NULL DEFAULT -1 COMMENT 'With time_granularity, the amount of time the file will be available for download. -1 indicates the store default will be used.',
  PRIMARY KEY (`fpid`),
  KEY `pfid` (`pfid`),
  KEY `fid` (`fid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Maps file product features to files.';

-- module uc_file
CREATE TABLE `uc_file_users` (
  `fuid` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the ID of the file-user combination.',
  `fid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_files}.fid that was purchased.',
  `uid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {users}.uid of the user who purchased the file.',
  `pfid` INT unsigned NULL COMMENT 'The product feature ID of the product that was ordered, from {uc_file_products}.pfid.',
  `file_key` VARCHAR(64) NOT NULL DEFAULT '' COMMENT 'A hash of the data in this row.',
  `granted` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating when the file was made available for download.',
  `expiration` INT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating when the file will no longer be available for download.',
  `accessed` SMALLINT unsigned NOT NULL DEFAULT 0 COMMENT 'The number of times the file has been downloaded by the user.',
  `addresses` TEXT NULL COMMENT 'The number of different IP addresses the user has used to download the file.',
  `download_limit` INT NULL DEFAULT NULL COMMENT 'The number of times the user may download the file.',
  `address_limit` INT NULL DEFAULT NULL COMMENT 'The number of different IP addresses the user may use to download the file.',
  PRIMARY KEY (`fuid`),
  KEY `fid_uid` (`fid`, `uid`),
  KEY `uid` (`uid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'The customers and the files they have purchased.';

-- module uc_flatrate
CREATE TABLE `uc_flatrate_products` (
  `vid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_products}.vid.',
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_products}.nid.',
  `mid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_flatrate_methods}.mid.',
  `rate` DECIMAL(16, 5) NULL COMMENT 'The rate multiplier, in the store default currency, per each of this product in the shipment.',
  PRIMARY KEY (`vid`, `mid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores product information for quantity-based shipping quote';

-- module uc_flatrate
CREATE TABLE `uc_flatrate_methods` (
  `mid` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: The shipping quote method ID.',
  `title` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The method title, displayed on administration pages.',
  `label` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The user-facing label of the shipping method.',
  `base_rate` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'The amount of shipping cost before product quantity is applied.',
  `product_rate` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'The default rate multiplier, in the store default currency, per product in the shipment.',
  PRIMARY KEY (`mid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores quantity-based shipping quotes method information.';

-- module uc_google_checkout
CREATE TABLE `uc_gc_products` (
  `vid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_products}.vid.',
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_products}.nid.',
  `gc_salable` TINYINT unsigned NOT NULL DEFAULT 1 COMMENT 'A flag indicating whether the product can be sold with Google Checkout. 1 => Yes. 0 => No.',
  PRIMARY KEY (`vid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores Google Checkout information for products.';

-- module uc_google_checkout
CREATE TABLE `uc_gc_orders` (
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id.',
  `gc_order_number` VARCHAR(255) NOT NULL DEFAULT '0' COMMENT 'The Google Checkout order number.',
  `financial_state` VARCHAR(255) NOT NULL DEFAULT 'REVIEWING' COMMENT 'The order financial state.',
  `fulfillment_state` VARCHAR(255) NOT NULL DEFAULT 'NEW' COMMENT 'The order fulfillment state.',
  `gc_total` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'The order total according to Google Checkout.',
  PRIMARY KEY (`order_id`),
  KEY `gc_order_number` (`gc_order_number`(20))
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores Google Checkout orders information.';

-- module uc_google_checkout
CREATE TABLE `uc_gc_taxes` (
  `zone` VARCHAR(2) NOT NULL DEFAULT '' COMMENT 'The 2-letter state abberviation.',
  `rate` FLOAT NOT NULL DEFAULT 0.0 COMMENT 'The tax rate.',
  `tax_shipping` TINYINT NOT NULL DEFAULT 0 COMMENT 'A flag indicating whether shipping costs are taxed.',
  PRIMARY KEY (`zone`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores tax information for Google Checkout.';

-- module uc_order
CREATE TABLE `uc_orders` (
  `order_id` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the order ID.',
  `uid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {user}.uid of the customer that placed the order.',
  `order_status` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'The {uc_order_statuses}.order_status_id indicating the order status.',
  `order_total` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'The total amount to be paid for the order.',
  `product_count` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The total product quantity of the order.',
  `primary_email` VARCHAR(96) NOT NULL DEFAULT '' COMMENT 'The email address of the customer.',
  `delivery_first_name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The first name of the person receiving shipment.',
  `delivery_last_name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The last name of the person receiving shipment.',
  `delivery_phone` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The phone number at the delivery location.',
  `delivery_company` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The company at the delivery location.',
  `delivery_street1` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The street address of the delivery location.',
  `delivery_street2` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The second line of the street address.',
  `delivery_city` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The city of the delivery location.',
  `delivery_zone` MEDIUMINT unsigned NOT NULL DEFAULT 0 COMMENT 'The state/zone/province id of the delivery location.',
  `delivery_postal_code` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The postal code of the delivery location.',
  `delivery_country` MEDIUMINT unsigned NOT NULL DEFAULT 0 COMMENT 'The country ID of the delivery location.',
  `billing_first_name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The first name of the person paying for the order.',
  `billing_last_name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The last name of the person paying for the order.',
  `billing_phone` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The phone number for the billing address.',
  `billing_company` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The company of the billing address.',
  `billing_street1` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The street address where the bill will be sent.',
  `billing_street2` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The second line of the street address.',
  `billing_city` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The city where the bill will be sent.',
  `billing_zone` MEDIUMINT unsigned NOT NULL DEFAULT 0 COMMENT 'The state/zone/province ID where the bill will be sent.',
  `billing_postal_code` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The postal code where the bill will be sent.',
  `billing_country` MEDIUMINT unsigned NOT NULL DEFAULT 0 COMMENT 'The country ID where the bill will be sent.',
  `payment_method` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'The method of payment.',
  `data` TEXT NULL COMMENT 'A serialized array of extra data.',
  `created` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating when the order was created.',
  `modified` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating when the order was last modified.',
  `host` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Host IP address of the person paying for the order.',
  `currency` CHAR(3) NOT NULL DEFAULT '' COMMENT 'The ISO currency code for the order.',
  PRIMARY KEY (`order_id`),
  KEY `uid` (`uid`),
  KEY `order_status` (`order_status`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores Ubercart order information.';

-- module uc_order
CREATE TABLE `uc_order_admin_comments` (
  `comment_id` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the comment ID.',
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id of the order.',
  `uid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {user}.uid of the author of the comment.',
  `message` TEXT NULL COMMENT 'The comment body.',
  `created` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating when the comment was created.',
  PRIMARY KEY (`comment_id`),
  KEY `order_id` (`order_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Comments on orders that only administrators can see.';

-- module uc_order
CREATE TABLE `uc_order_comments` (
  `comment_id` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the comment ID.',
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id of the order.',
  `uid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {users}.uid of the user who made the comment.',
  `order_status` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'The status the order had when the comment was made, from {uc_order_statuses}.order_status_id.',
  `notified` TINYINT NOT NULL DEFAULT 0 COMMENT 'A flag indicating whether the comment was emailed to the customer. 1 => Yes. 0 => No.',
  `message` TEXT NULL COMMENT 'The comment body.',
  `created` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating when the comment was created.',
  PRIMARY KEY (`comment_id`),
  KEY `order_id` (`order_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Comments on the order that the customer can see.';

-- module uc_order
CREATE TABLE `uc_order_line_items` (
  `line_item_id` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the line item ID.',
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id.',
  `type` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'The line item type.',
  `title` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The label of the line item.',
  `amount` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'The amount of the line item in the store''s currency.',
  `weight` SMALLINT NOT NULL DEFAULT 0 COMMENT 'The sort criteria of line items.',
  `data` TEXT NULL COMMENT 'A serialized array of extra data.',
  PRIMARY KEY (`line_item_id`),
  KEY `order_id` (`order_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Order line items other than products.';

-- module uc_order
CREATE TABLE `uc_order_log` (
  `order_log_id` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the log entry ID.',
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id.',
  `uid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {users}.uid of the user who made the changes.',
  `changes` TEXT NULL COMMENT 'The description of what was changed.',
  `created` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating when the change was made.',
  PRIMARY KEY (`order_log_id`),
  KEY `order_id` (`order_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Record of changes made to an order.';

-- module uc_order
CREATE TABLE `uc_order_products` (
  `order_product_id` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the ordered product ID.',
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id.',
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {node}.nid of the product.',
  `title` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The product title, from {node}.title.',
  `model` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The product model/SKU, from {uc_products}.model.',
  `qty` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The number of the same product ordered.',
  `cost` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'The cost to the store for the product.',
  `price` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'The price paid for the ordered product.',
  `weight` FLOAT NOT NULL DEFAULT 0.0 COMMENT 'The physical weight.',
  `weight_units` VARCHAR(255) NOT NULL DEFAULT 'lb' COMMENT 'Unit of measure for the weight field.',
  `data` TEXT NULL COMMENT 'A serialized array of extra data.',
  PRIMARY KEY (`order_product_id`),
  KEY `order_id` (`order_id`),
  KEY `qty` (`qty`),
  KEY `nid` (`nid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'The products that have been ordered.';

-- module uc_order
CREATE TABLE `uc_order_statuses` (
  `order_status_id` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'Primary key: the order status ID.',
  `title` VARCHAR(48) NOT NULL DEFAULT '' COMMENT 'The status title.',
  `state` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'The base order state with which the status is associated.',
  `weight` SMALLINT NOT NULL DEFAULT 0 COMMENT 'The sort criteria for statuses.',
  `locked` TINYINT unsigned NOT NULL DEFAULT 0 COMMENT 'A flag indicating whether users can delete the status. 0 => Yes. 1 => No.',
  PRIMARY KEY (`order_status_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Statuses the order can have during its lifecycle.';

-- module uc_payment
CREATE TABLE `uc_payment_receipts` (
  `receipt_id` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the payment receipt ID.',
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id.',
  `method` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'The payment method.',
  `amount` DECIMAL(16, 5) NOT NULL DEFAULT 0 COMMENT 'The payment amount in the store default currency.',
  `uid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {users}.uid who collected the payment.',
  `data` TEXT NULL COMMENT 'A serialized array of extra payment data.',
  `comment` TEXT NULL COMMENT 'A comment made on the payment.',
  `received` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating when the payment was received.',
  PRIMARY KEY (`receipt_id`),
  KEY `order_id` (`order_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores completed payments.';

-- module uc_payment_pack
CREATE TABLE `uc_payment_check` (
  `check_id` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the check ID.',
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id.',
  `clear_date` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating the expected clear date for the check.',
  PRIMARY KEY (`check_id`),
  KEY `order_id` (`order_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores check payment information.';

-- module uc_payment_pack
CREATE TABLE `uc_payment_cod` (
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id.',
  `delivery_month` SMALLINT unsigned NOT NULL DEFAULT 0 COMMENT 'The month of delivery. 1 => January, 2 => February, etc.',
  `delivery_day` SMALLINT unsigned NOT NULL DEFAULT 0 COMMENT 'The day of the month of delivery.',
  `delivery_year` SMALLINT unsigned NOT NULL DEFAULT 0 COMMENT 'The year of delivery.',
  PRIMARY KEY (`order_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores COD payment information.';

-- module uc_payment_pack
CREATE TABLE `uc_payment_other` (
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id.',
  `description` VARCHAR(64) NOT NULL DEFAULT '' COMMENT 'The description of the payment type.',
  PRIMARY KEY (`order_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores Other payment type information.';

-- module uc_paypal
CREATE TABLE `uc_payment_paypal_ipn` (
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The order ID.',
  `txn_id` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The transaction ID from PayPal.',
  `txn_type` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The transaction type from PayPal.',
  `mc_gross` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The payment amount from PayPal.',
  `status` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The IPN status from PayPal.',
  `receiver_email` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The e-mail address of the PayPal account.',
  `payer_email` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The e-mail address of the buyer.',
  `received` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The IPN receipt timestamp.',
  KEY `order_id` (`order_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Logs PayPal Instant Payment Notifications.';

-- module uc_product
CREATE TABLE `uc_product_classes` (
  `pcid` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'The node type identifier.',
  `name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The human-readable name.',
  `description` TEXT NULL COMMENT 'The description of the node type.',
  PRIMARY KEY (`pcid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'The list of product node types.';

-- module uc_product
CREATE TABLE `uc_product_features` (
  `pfid` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the product feature id.',
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {node}.nid of the product that has this feature.',
  `fid` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'The type of feature.',
  `description` TEXT NULL COMMENT 'The description of the feature.',
  PRIMARY KEY (`pfid`),
  KEY `nid` (`nid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores information of features added to products.';

-- module uc_product
CREATE TABLE `uc_products` (
  `vid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {node}.vid of the product.',
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {node}.nid of the product.',
  `model` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'SKU or model number.',
  `list_price` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'Suggested retail price.',
  `cost` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'The amount the store pays to sell the product.',
  `sell_price` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'The amount the customer pays for the product.',
  `weight` FLOAT NOT NULL DEFAULT 0.0 COMMENT 'Physical weight.',
  `weight_units` VARCHAR(255) NOT NULL DEFAULT 'lb' COMMENT 'Unit of measure for the weight field.',
  `length` FLOAT NOT NULL DEFAULT 0.0 COMMENT 'Physical length of the product or its packaging.',
  `width` FLOAT NOT NULL DEFAULT 0.0 COMMENT 'Physical width of the product or its packaging.',
  `height` FLOAT NOT NULL DEFAULT 0.0 COMMENT 'Physical height of the product or its packaging.',
  `length_units` VARCHAR(255) NOT NULL DEFAULT 'in' COMMENT 'Unit of measure for the length, width, and height.',
  `pkg_qty` SMALLINT unsigned NOT NULL DEFAULT 1 COMMENT 'The number of this product that fit in one package.',
  `default_qty` SMALLINT unsigned NOT NULL DEFAULT 1 COMMENT 'The default value for the quantity field in the "Add to Cart" form.',
  `ordering` TINYINT NOT NULL DEFAULT 0 COMMENT 'The sort criteria for products.',
  `shippable` TINYINT unsigned NOT NULL DEFAULT 1 COMMENT 'Boolean flag signifying that the product can be shipped.',
  PRIMARY KEY (`vid`),
  KEY `nid` (`nid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Product information for nodes.';

-- module uc_product_kit
CREATE TABLE `uc_product_kits` (
  `vid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {node}.vid of the product kit.',
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {node}.nid of the product kit.',
  `product_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_products}.nid of a product contained in the kit.',
  `mutable` TINYINT NOT NULL DEFAULT 0 COMMENT 'A flag indicating whether the contents of the kit can be changed by the customer. 1 => Mutable. 0 => Immutable.',
  `qty` SMALLINT unsigned NOT NULL DEFAULT 0 COMMENT 'The number of this product contained in the kit.',
  `discount` FLOAT NOT NULL DEFAULT 0.0 COMMENT 'The adjustment to the {uc_products}.sell_price of the product.',
  `ordering` SMALLINT NOT NULL DEFAULT 0 COMMENT 'The weight of this product in relation to other products in the kit.',
  `synchronized` TINYINT NOT NULL DEFAULT 0 COMMENT 'A flag indicating that changes to the sell price of this product will change the total price of the kit. 1 => Yes. 0 => No.',
  PRIMARY KEY (`vid`, `product_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores product kit information.';

-- module uc_quote
CREATE TABLE `uc_quote_shipping_types` (
  `id_type` VARCHAR(127) NOT NULL DEFAULT '' COMMENT 'Determines the table that id references. "product" => {uc_products}.nid.',
  `id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The entity ID.',
  `shipping_type` VARCHAR(64) NOT NULL DEFAULT '' COMMENT 'The basic type of shipment, e.g.: small package, freight.',
  PRIMARY KEY (`id_type`, `id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores shipping information of products.';

-- module uc_quote
CREATE TABLE `uc_quote_product_locations` (
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_products}.nid.',
  `first_name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The address first name.',
  `last_name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The address last name.',
  `company` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The address company.',
  `street1` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The address street line 1.',
  `street2` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The address street line 2.',
  `city` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The address city.',
  `zone` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The address state/province, from {uc_zones}.zone_id.',
  `postal_code` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The address postal code.',
  `country` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The address country, from {uc_countries}.country_id.',
  `phone` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The address phone number.',
  PRIMARY KEY (`nid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores default product origin addresses.';

-- module uc_quote
CREATE TABLE `uc_order_quotes` (
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id.',
  `method` VARCHAR(25) NOT NULL DEFAULT '' COMMENT 'The quoted shipping method.',
  `accessorials` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Additional services or special instructions.',
  `rate` DECIMAL(16, 5) NOT NULL DEFAULT 0 COMMENT 'The quoted shipping rate.',
  PRIMARY KEY (`order_id`),
  UNIQUE KEY `order_id_quote_method` (`order_id`, `method`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores shipping quotes.';

-- module uc_roles
CREATE TABLE `uc_roles_products` (
  `rpid` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the role-product id.',
  `pfid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_product_features}.pfid of the product feature this is attached to.',
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {node}.nid of the node this role feature is attached to.',
  `model` VARCHAR(255) NULL DEFAULT NULL COMMENT 'The product model.',
  `rid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {role}.rid that is purchased with the attached product.',
  `start_override` TINYINT NULL DEFAULT 0 COMMENT 'Override the store default start time? 1 => Yes. 0 => No.',
  `start_time` INT NULL DEFAULT 0 COMMENT 'Role expiration start time. 0 signifies to start at product purchase.',
  `end_override` TINYINT NULL DEFAULT 0 COMMENT 'Override the default end time? 1 => Yes. 0 => No.',
  `end_time` INT NULL DEFAULT 0 COMMENT 'Role expiration end time. 0 signifies to use a relative expiration.',
  `duration` SMALLINT NULL COMMENT 'The duration of the granted role, using the value of granualarity.',
  `granularity` VARCHAR(32) NULL COMMENT 'The units of time of duration.',
  `shippable` TINYINT NOT NULL DEFAULT 0 COMMENT 'Is this role feature shippable? 1 => Yes. 0 => No.',
  `by_quantity` TINYINT unsigned NOT NULL DEFAULT 0 COMMENT 'Multiply any relative expiration by the quantity purchased? 1 => Yes. 0 => No.',
  PRIMARY KEY (`rpid`),
  KEY `nid` (`nid`),
  KEY `model` (`model`),
  KEY `rid` (`rid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Maps purchasable roles to Ubercart products.';

-- module uc_roles
CREATE TABLE `uc_roles_expirations` (
  `reid` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the unique expiration id.',
  `uid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {users}.uid owning the role.',
  `rid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {role}.rid of the purchased role.',
  `expiration` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating when the role will be removed from the user account.',
  `notified` TINYINT NULL COMMENT 'A flag indicating that the user was warned that the role will be removed soon.',
  PRIMARY KEY (`reid`),
  KEY `uid` (`uid`),
  KEY `rid` (`rid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Store expiration dates of purchased roles.';

-- module uc_shipping
CREATE TABLE `uc_shipments` (
  `sid` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the shipment ID.',
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id of the order associated with the shipment.',
  `o_first_name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Origin address: First name.',
  `o_last_name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Origin address: Last name.',
  `o_company` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Origin address: Company name.',
  `o_street1` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Origin address: Street line 1.',
  `o_street2` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Origin address: Street line 2.',
  `o_city` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Origin address: City.',
  `o_zone` MEDIUMINT unsigned NOT NULL DEFAULT 0 COMMENT 'Origin address: State/province, from {uc_zones}.zone_id.',
  `o_postal_code` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Origin address: Postal code.',
  `o_country` MEDIUMINT unsigned NOT NULL DEFAULT 0 COMMENT 'Origin address: Country, from {uc_countries}.country_id.',
  `d_first_name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Destination address: First name.',
  `d_last_name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Destination address: Last name.',
  `d_company` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Destination address: Company name.',
  `d_street1` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Destination address: Street line 1.',
  `d_street2` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Destination address: Street line 2.',
  `d_city` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Destination address: City.',
  `d_zone` MEDIUMINT unsigned NOT NULL DEFAULT 0 COMMENT 'Destination address: State/province, from {uc_zones}.zone_id.',
  `d_postal_code` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Destination address: Postal code.',
  `d_country` MEDIUMINT unsigned NOT NULL DEFAULT 0 COMMENT 'Destination address: Country, from {uc_countries}.country_id.',
  `shipping_method` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The shipping method.',
  `accessorials` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Shipping options and special instructions.',
  `carrier` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The company making the delivery.',
  `transaction_id` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The carrier''s shipment identifier.',
  `tracking_number` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The number used by the carrier to locate the shipment while it is in transit.',
  `ship_date` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating when the shipment left the origin address.',
  `expected_delivery` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating the expected date of delivery.',
  `cost` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'The cost of the shipment.',
  `changed` INT NOT NULL DEFAULT 0 COMMENT 'The Unix timestamp indicating the last time the shipment was modified.',
  PRIMARY KEY (`sid`),
  KEY `order_id` (`order_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores shipment information.';

-- module uc_shipping
CREATE TABLE `uc_packages` (
  `package_id` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the package ID.',
  `order_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_orders}.order_id.',
  `shipping_type` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The basic type of shipment, e.g.: small package, freight, etc.',
  `pkg_type` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The type of packaging.',
  `length` FLOAT NULL COMMENT 'The package length.',
  `width` FLOAT NULL COMMENT 'The package width.',
  `height` FLOAT NULL COMMENT 'The package height.',
  `length_units` VARCHAR(255) NULL COMMENT 'The physical units of the length, width, and height.',
  `value` DECIMAL(16, 5) NULL DEFAULT 0.0 COMMENT 'The monetary value of the package contents.',
  `sid` INT unsigned NULL COMMENT 'The {uc_shipments}.sid, if the package has been shipped.',
  `tracking_number` VARCHAR(255) NULL COMMENT 'The package-specific tracking number, if available.',
  `label_image` INT unsigned NULL COMMENT 'The {file}.fid that refers to an image of the shipping label of the package.',
  PRIMARY KEY (`package_id`),
  KEY `order_id` (`order_id`),
  KEY `sid` (`sid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores shipment package information.';

-- module uc_shipping
CREATE TABLE `uc_packaged_products` (
  `package_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_packages}.package_id in which the product is shipped.',
  `order_product_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_order_products}.order_product_id of the ordered product.',
  `qty` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The number of this product in this package.',
  PRIMARY KEY (`package_id`, `order_product_id`),
  KEY `order_product_id` (`order_product_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores packaged product information.';

-- module uc_stock
CREATE TABLE `uc_product_stock` (
  `sku` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'SKU (Stock Keeping Unit) of a product.',
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'Node ID of a product.',
  `active` TINYINT unsigned NOT NULL DEFAULT 0 COMMENT 'Boolean flag indicating whether stock is being tracked for this product. 1 => Yes. 0 => No.',
  `stock` MEDIUMINT NOT NULL DEFAULT 0 COMMENT 'Quantity in stock.',
  `threshold` MEDIUMINT NOT NULL DEFAULT 0 COMMENT 'Minimum quantity threshold level.',
  PRIMARY KEY (`sku`),
  KEY `nid` (`nid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stock levels for Ubercart products.';

-- module uc_store
CREATE TABLE `uc_countries` (
  `country_id` INT unsigned NOT NULL COMMENT 'Primary key: numeric ISO country code.',
  `country_name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The country name.',
  `country_iso_code_2` CHAR(2) NOT NULL DEFAULT '' COMMENT 'The two-character ISO country code.',
  `country_iso_code_3` CHAR(3) NOT NULL DEFAULT '' COMMENT 'The three-character ISO country code.',
  `version` SMALLINT NOT NULL DEFAULT 0 COMMENT 'The version of the CIF that loaded the country information.',
  PRIMARY KEY (`country_id`),
  KEY `country_name` (`country_name`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores country information.';

-- module uc_store
CREATE TABLE `uc_zones` (
  `zone_id` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: the unique zone id.',
  `zone_country_id` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_countries}.country_id to which this zone belongs.',
  `zone_code` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'Standard abbreviation of the zone name.',
  `zone_name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The zone name.',
  PRIMARY KEY (`zone_id`),
  KEY `zone_code` (`zone_code`),
  KEY `zone_country_id` (`zone_country_id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores state/province information within a country.';

-- module uc_taxes
CREATE TABLE `uc_taxes` (
  `id` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: Unique tax rate id.',
  `name` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The tax rate name.',
  `rate` FLOAT NOT NULL DEFAULT 0.0 COMMENT 'The tax rate multiplier.',
  `shippable` TINYINT unsigned NOT NULL DEFAULT 0 COMMENT 'Flag that describes how this rate applies to shippable and non-shippable products. 0 => Disregard shipability. 1 => Apply tax to shippable products only.',
  `taxed_product_types` TEXT NULL COMMENT 'Serialized array of node types to be taxed.',
  `taxed_line_items` TEXT NULL COMMENT 'Serialized array of line item types to be taxed.',
  `weight` TINYINT NOT NULL DEFAULT 0 COMMENT 'The weight of this tax rate in relation to other rates.',
  `display_include` TINYINT unsigned NOT NULL DEFAULT 0 COMMENT 'Boolean flag indicating that product prices should be displayed including the tax.',
  `inclusion_text` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'Text to be shown near a product price that includes tax.',
  PRIMARY KEY (`id`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores tax information.';

-- module uc_taxes
CREATE TABLE `uc_taxed_product_types` (
  `tax_id` INT NOT NULL DEFAULT 0 COMMENT 'Tax rate id',
  `type` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'Node type',
  PRIMARY KEY (`tax_id`, `type`),
  KEY `type` (`type`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8;

-- module uc_taxes
CREATE TABLE `uc_taxed_line_items` (
  `tax_id` INT NOT NULL DEFAULT 0 COMMENT 'Tax rate id',
  `type` VARCHAR(32) NOT NULL DEFAULT '' COMMENT 'Line item type',
  PRIMARY KEY (`tax_id`, `type`),
  KEY `type` (`type`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8;

-- module uc_ups
CREATE TABLE `uc_ups_products` (
  `vid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_products}.vid.',
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_products}.nid.',
  `pkg_type` VARCHAR(2) NOT NULL DEFAULT '' COMMENT 'The type of package in which the product will be shipped.',
  PRIMARY KEY (`vid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores product information for UPS shipping quotes.';

-- module uc_usps
CREATE TABLE `uc_usps_products` (
  `vid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_products}.vid.',
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_products}.nid.',
  `container` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The package type in which the product will be shipped.',
  PRIMARY KEY (`vid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores product information for USPS shipping quotes.';

-- module uc_weightquote
CREATE TABLE `uc_weightquote_products` (
  `vid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_products}.vid.',
  `nid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_products}.nid.',
  `mid` INT unsigned NOT NULL DEFAULT 0 COMMENT 'The {uc_weightquote_methods}.mid.',
  `rate` DECIMAL(16, 5) NULL COMMENT 'The rate multiplier for this product, in the store default currency, per the product weight in store default weight units.',
  PRIMARY KEY (`vid`, `mid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores product information about weight-based shipping quote';

-- module uc_weightquote
CREATE TABLE `uc_weightquote_methods` (
  `mid` INT unsigned NOT NULL auto_increment COMMENT 'Primary key: The shipping quote method ID.',
  `title` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The method title, displayed on administration pages.',
  `label` VARCHAR(255) NOT NULL DEFAULT '' COMMENT 'The user-facing label of the shipping method.',
  `base_rate` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'The amount of shipping cost before product weight is applied.',
  `product_rate` DECIMAL(16, 5) NOT NULL DEFAULT 0.0 COMMENT 'The default rate multiplier, in the store default currency, per the product weight in store default weight units.',
  PRIMARY KEY (`mid`)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8 COMMENT 'Stores weight-based shipping quote methods information.';
