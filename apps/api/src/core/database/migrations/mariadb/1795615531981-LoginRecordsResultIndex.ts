import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginRecordsResultIndex1795615531981 implements MigrationInterface {
  name = 'LoginRecordsResultIndex1795615531981';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One ALTER: the old index serves searches until the new one replaces it (online DDL).
    await queryRunner.query(
      "ALTER TABLE `login_records` DROP INDEX `ix_login_records_company_result_time`, " +
        "ADD INDEX `ix_login_records_company_result_time` (`company_id`, `result`, `occurred_at`, `id`, `employee_id`, `environment`)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `login_records` DROP INDEX `ix_login_records_company_result_time`, " +
        "ADD INDEX `ix_login_records_company_result_time` (`company_id`, `result`, `occurred_at`, `id`)",
    );
  }
}
