import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataExports1795611761729 implements MigrationInterface {
  name = 'DataExports1795611761729';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `data_exports` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `active_company_id` varchar(40) NULL, `requested_by_employee_id` varchar(36) NULL, `requested_by_name` varchar(100) NOT NULL, `task_name` varchar(100) NOT NULL, `items` text NOT NULL, `period_from` varchar(10) NULL, `period_to` varchar(10) NULL, `split_size` varchar(8) NOT NULL, `status` varchar(20) NOT NULL, `failure_reason` varchar(1000) NULL, `file_base_name` varchar(64) NOT NULL, `items_done` int NOT NULL DEFAULT '0', `items_total` int NOT NULL DEFAULT '0', `bytes_done` bigint NOT NULL DEFAULT '0', `build_attempt` int NOT NULL DEFAULT '0', `build_started_at` datetime(3) NULL, `requested_at` datetime(3) NOT NULL, `cancelable_until` datetime(3) NOT NULL, `cancel_window_closed` tinyint NOT NULL DEFAULT 0, `completed_at` datetime(3) NULL, `expires_at` datetime(3) NULL, `ended_at` datetime(3) NULL, `canceled_by_name` varchar(100) NULL, UNIQUE INDEX `ux_data_exports_active_company` (`active_company_id`), INDEX `ix_data_exports_company_requested` (`company_id`, `requested_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `data_export_downloads` (`id` bigint NOT NULL AUTO_INCREMENT, `export_id` varchar(36) NOT NULL, `company_id` varchar(40) NOT NULL, `part_number` int NOT NULL, `file_name` varchar(80) NOT NULL, `employee_id` varchar(36) NULL, `employee_name` varchar(100) NOT NULL, `downloaded_at` datetime(3) NOT NULL, INDEX `ix_data_export_downloads_export` (`export_id`, `downloaded_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `data_export_parts` (`id` bigint NOT NULL AUTO_INCREMENT, `export_id` varchar(36) NOT NULL, `company_id` varchar(40) NOT NULL, `part_number` int NOT NULL, `file_name` varchar(80) NOT NULL, `bytes` bigint NOT NULL, `entries` int NOT NULL, UNIQUE INDEX `ux_data_export_parts_number` (`export_id`, `part_number`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ux_data_export_parts_number` ON `data_export_parts`");
    await queryRunner.query("DROP TABLE `data_export_parts`");
    await queryRunner.query("DROP INDEX `ix_data_export_downloads_export` ON `data_export_downloads`");
    await queryRunner.query("DROP TABLE `data_export_downloads`");
    await queryRunner.query("DROP INDEX `ix_data_exports_company_requested` ON `data_exports`");
    await queryRunner.query("DROP INDEX `ux_data_exports_active_company` ON `data_exports`");
    await queryRunner.query("DROP TABLE `data_exports`");
  }
}
