import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginRecordsEmployeeHistoryIndex1795615103010 implements MigrationInterface {
  name = 'LoginRecordsEmployeeHistoryIndex1795615103010';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One ALTER: the old index serves searches until the new one replaces it (online DDL).
    await queryRunner.query(
      "ALTER TABLE `login_records` DROP INDEX `ix_login_records_company_employee_time`, " +
        "ADD INDEX `ix_login_records_company_employee_time` (`company_id`, `employee_id`, `occurred_at`, `id`, `result`, `country`)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `login_records` DROP INDEX `ix_login_records_company_employee_time`, " +
        "ADD INDEX `ix_login_records_company_employee_time` (`company_id`, `employee_id`, `occurred_at`, `id`)",
    );
  }
}
