import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginRecordsResultIndex1795615531981 implements MigrationInterface {
  name = 'LoginRecordsResultIndex1795615531981';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_login_records_company_result_time\"");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_result_time\" ON \"login_records\" (\"company_id\", \"result\", \"occurred_at\", \"id\", \"employee_id\", \"environment\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_login_records_company_result_time\"");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_result_time\" ON \"login_records\" (\"company_id\", \"result\", \"occurred_at\", \"id\") ");
  }
}
