import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportAccess1795606074781 implements MigrationInterface {
  name = 'SupportAccess1795606074781';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"support_access_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"company_id\" varchar(40) NOT NULL, \"occurred_at\" datetime(3) NOT NULL, \"support_account_id\" varchar(36) NOT NULL, \"support_account_name\" varchar(100) NOT NULL, \"operation_type\" varchar(16), \"operation_name\" varchar(100), \"fields\" text NOT NULL, \"variables\" text, \"allowed\" boolean NOT NULL, \"refusal_reason\" varchar(255), \"ip\" varchar(45), \"user_agent\" varchar(512))");
    await queryRunner.query("CREATE INDEX \"ix_support_access_log_company_time\" ON \"support_access_log\" (\"company_id\", \"occurred_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"support_access_settings\" (\"company_id\" varchar(40) PRIMARY KEY NOT NULL, \"agreed\" boolean NOT NULL DEFAULT (0), \"version\" integer NOT NULL DEFAULT (0), \"granted_at\" datetime(3), \"granted_by_employee_id\" varchar(36), \"granted_by_name\" varchar(100), \"ends_at\" datetime(3), \"updated_at\" datetime(3) NOT NULL)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"support_access_settings\"");
    await queryRunner.query("DROP INDEX \"ix_support_access_log_company_time\"");
    await queryRunner.query("DROP TABLE \"support_access_log\"");
  }
}
