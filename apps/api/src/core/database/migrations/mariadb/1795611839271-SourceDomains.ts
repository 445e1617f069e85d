import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SourceDomains1795611839271 implements MigrationInterface {
  name = 'SourceDomains1795611839271';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `accounting_slips` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `slip_number` varchar(50) NOT NULL, `slip_date` varchar(10) NOT NULL, `title` varchar(200) NOT NULL, `amount` varchar(32) NOT NULL, `currency` varchar(3) NOT NULL, `drafter_employee_id` varchar(36) NOT NULL, `drafter_name` varchar(100) NOT NULL, `status` varchar(16) NOT NULL, `created_at` datetime(3) NOT NULL, `closed_at` datetime(3) NULL, `registered_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, INDEX `ix_accounting_slips_export` (`company_id`, `status`, `slip_date`, `slip_number`), UNIQUE INDEX `ux_accounting_slips_number` (`company_id`, `slip_number`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `accounting_slip_attachments` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `slip_id` varchar(36) NOT NULL, `position` int NOT NULL, `file_id` varchar(36) NOT NULL, UNIQUE INDEX `ux_accounting_slip_attachments_position` (`slip_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `accounting_vendors` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `business_registration_number` varchar(32) NOT NULL, `name` varchar(200) NOT NULL, `representative` varchar(100) NULL, `contact` varchar(200) NULL, `address` varchar(500) NULL, `registered_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, INDEX `ix_accounting_vendors_registered` (`company_id`, `registered_at`), UNIQUE INDEX `ux_accounting_vendors_number` (`company_id`, `business_registration_number`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `accounting_vendor_attachments` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `vendor_id` varchar(36) NOT NULL, `position` int NOT NULL, `file_id` varchar(36) NOT NULL, UNIQUE INDEX `ux_accounting_vendor_attachments_position` (`vendor_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `employee_profile_photos` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `employee_id` varchar(36) NOT NULL, `file_id` varchar(36) NULL, `content_type` varchar(16) NULL, `set_at` datetime(3) NOT NULL, INDEX `ix_employee_profile_photos_employee` (`company_id`, `employee_id`, `set_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `board_notices` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `source_notice_id` varchar(100) NOT NULL, `title` varchar(300) NOT NULL, `author_employee_id` varchar(36) NOT NULL, `author_name` varchar(100) NOT NULL, `body_html` text NOT NULL, `posted_at` datetime(3) NOT NULL, `registered_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, INDEX `ix_board_notices_posted` (`company_id`, `posted_at`), UNIQUE INDEX `ux_board_notices_source` (`company_id`, `source_notice_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `board_notice_files` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `notice_id` varchar(36) NOT NULL, `kind` varchar(16) NOT NULL, `position` int NOT NULL, `file_id` varchar(36) NOT NULL, `source` varchar(2000) NULL, `content_type` varchar(16) NULL, UNIQUE INDEX `ux_board_notice_files_position` (`notice_id`, `kind`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ux_board_notice_files_position` ON `board_notice_files`");
    await queryRunner.query("DROP TABLE `board_notice_files`");
    await queryRunner.query("DROP INDEX `ux_board_notices_source` ON `board_notices`");
    await queryRunner.query("DROP INDEX `ix_board_notices_posted` ON `board_notices`");
    await queryRunner.query("DROP TABLE `board_notices`");
    await queryRunner.query("DROP INDEX `ix_employee_profile_photos_employee` ON `employee_profile_photos`");
    await queryRunner.query("DROP TABLE `employee_profile_photos`");
    await queryRunner.query("DROP INDEX `ux_accounting_vendor_attachments_position` ON `accounting_vendor_attachments`");
    await queryRunner.query("DROP TABLE `accounting_vendor_attachments`");
    await queryRunner.query("DROP INDEX `ux_accounting_vendors_number` ON `accounting_vendors`");
    await queryRunner.query("DROP INDEX `ix_accounting_vendors_registered` ON `accounting_vendors`");
    await queryRunner.query("DROP TABLE `accounting_vendors`");
    await queryRunner.query("DROP INDEX `ux_accounting_slip_attachments_position` ON `accounting_slip_attachments`");
    await queryRunner.query("DROP TABLE `accounting_slip_attachments`");
    await queryRunner.query("DROP INDEX `ux_accounting_slips_number` ON `accounting_slips`");
    await queryRunner.query("DROP INDEX `ix_accounting_slips_export` ON `accounting_slips`");
    await queryRunner.query("DROP TABLE `accounting_slips`");
  }
}
