import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginRecords1795608717580 implements MigrationInterface {
  name = 'LoginRecords1795608717580';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_login_records_company_employee_time` ON `login_records`");
    await queryRunner.query("DROP INDEX `ix_login_records_company_time` ON `login_records`");
    await queryRunner.query("CREATE TABLE `download_links` (`id` varchar(64) NOT NULL, `company_id` varchar(40) NOT NULL, `principal_key` varchar(64) NOT NULL, `kind` varchar(40) NOT NULL, `params` text NOT NULL, `created_at` datetime(3) NOT NULL, `expires_at` datetime(3) NOT NULL, INDEX `ix_download_links_expires` (`expires_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `login_rule_settings` (`company_id` varchar(40) NOT NULL, `failure_burst_enabled` tinyint NOT NULL, `failure_burst_count` int NOT NULL, `failure_burst_window_minutes` int NOT NULL, `new_country_enabled` tinyint NOT NULL, `new_country_lookback` int NOT NULL, `impossible_travel_enabled` tinyint NOT NULL, `impossible_travel_kmh` int NOT NULL, `updated_at` datetime(3) NOT NULL, PRIMARY KEY (`company_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `login_records` ADD `review_status` varchar(24) NULL");
    await queryRunner.query("ALTER TABLE `login_records` ADD `reviewed_at` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `login_records` ADD `reviewed_by_name` varchar(100) NULL");
    await queryRunner.query("ALTER TABLE `login_records` ADD `reviewed_by_id` varchar(36) NULL");
    await queryRunner.query("CREATE INDEX `ix_login_records_time` ON `login_records` (`occurred_at`)");
    await queryRunner.query("CREATE INDEX `ix_login_records_company_ip` ON `login_records` (`company_id`, `ip_hex`, `occurred_at`)");
    await queryRunner.query("CREATE INDEX `ix_login_records_company_suspicious_time` ON `login_records` (`company_id`, `suspicious`, `occurred_at`, `id`)");
    await queryRunner.query("CREATE INDEX `ix_login_records_company_environment_time` ON `login_records` (`company_id`, `environment`, `occurred_at`, `id`)");
    await queryRunner.query("CREATE INDEX `ix_login_records_company_result_time` ON `login_records` (`company_id`, `result`, `occurred_at`, `id`)");
    await queryRunner.query("CREATE INDEX `ix_login_records_company_employee_result` ON `login_records` (`company_id`, `employee_id`, `result`, `occurred_at`, `id`, `environment`)");
    await queryRunner.query("CREATE INDEX `ix_login_records_company_employee_time` ON `login_records` (`company_id`, `employee_id`, `occurred_at`, `id`)");
    await queryRunner.query("CREATE INDEX `ix_login_records_company_time` ON `login_records` (`company_id`, `occurred_at`, `id`, `employee_id`, `result`, `environment`, `suspicious`, `ip_hex`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_login_records_company_time` ON `login_records`");
    await queryRunner.query("DROP INDEX `ix_login_records_company_employee_time` ON `login_records`");
    await queryRunner.query("DROP INDEX `ix_login_records_company_employee_result` ON `login_records`");
    await queryRunner.query("DROP INDEX `ix_login_records_company_result_time` ON `login_records`");
    await queryRunner.query("DROP INDEX `ix_login_records_company_environment_time` ON `login_records`");
    await queryRunner.query("DROP INDEX `ix_login_records_company_suspicious_time` ON `login_records`");
    await queryRunner.query("DROP INDEX `ix_login_records_company_ip` ON `login_records`");
    await queryRunner.query("DROP INDEX `ix_login_records_time` ON `login_records`");
    await queryRunner.query("ALTER TABLE `login_records` DROP COLUMN `reviewed_by_id`");
    await queryRunner.query("ALTER TABLE `login_records` DROP COLUMN `reviewed_by_name`");
    await queryRunner.query("ALTER TABLE `login_records` DROP COLUMN `reviewed_at`");
    await queryRunner.query("ALTER TABLE `login_records` DROP COLUMN `review_status`");
    await queryRunner.query("DROP TABLE `login_rule_settings`");
    await queryRunner.query("DROP INDEX `ix_download_links_expires` ON `download_links`");
    await queryRunner.query("DROP TABLE `download_links`");
    await queryRunner.query("CREATE INDEX `ix_login_records_company_time` ON `login_records` (`company_id`, `occurred_at`, `id`)");
    await queryRunner.query("CREATE INDEX `ix_login_records_company_employee_time` ON `login_records` (`company_id`, `employee_id`, `occurred_at`)");
  }
}
