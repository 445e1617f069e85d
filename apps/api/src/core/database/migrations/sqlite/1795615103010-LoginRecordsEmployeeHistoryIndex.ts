import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginRecordsEmployeeHistoryIndex1795615103010 implements MigrationInterface {
  name = 'LoginRecordsEmployeeHistoryIndex1795615103010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_login_records_company_employee_time\"");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_employee_time\" ON \"login_records\" (\"company_id\", \"employee_id\", \"occurred_at\", \"id\", \"result\", \"country\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_login_records_company_employee_time\"");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_employee_time\" ON \"login_records\" (\"company_id\", \"employee_id\", \"occurred_at\", \"id\") ");
  }
}
