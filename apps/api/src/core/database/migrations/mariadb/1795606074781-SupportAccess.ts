import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportAccess1795606074781 implements MigrationInterface {
  name = 'SupportAccess1795606074781';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `support_access_log` (`id` bigint NOT NULL AUTO_INCREMENT, `company_id` varchar(40) NOT NULL, `occurred_at` datetime(3) NOT NULL, `support_account_id` varchar(36) NOT NULL, `support_account_name` varchar(100) NOT NULL, `operation_type` varchar(16) NULL, `operation_name` varchar(100) NULL, `fields` text NOT NULL, `variables` text NULL, `allowed` tinyint NOT NULL, `refusal_reason` varchar(255) NULL, `ip` varchar(45) NULL, `user_agent` varchar(512) NULL, INDEX `ix_support_access_log_company_time` (`company_id`, `occurred_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `support_access_settings` (`company_id` varchar(40) NOT NULL, `agreed` tinyint NOT NULL DEFAULT 0, `version` int NOT NULL DEFAULT '0', `granted_at` datetime(3) NULL, `granted_by_employee_id` varchar(36) NULL, `granted_by_name` varchar(100) NULL, `ends_at` datetime(3) NULL, `updated_at` datetime(3) NOT NULL, PRIMARY KEY (`company_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `support_access_settings`");
    await queryRunner.query("DROP INDEX `ix_support_access_log_company_time` ON `support_access_log`");
    await queryRunner.query("DROP TABLE `support_access_log`");
  }
}
