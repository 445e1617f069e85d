import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795602061584 implements MigrationInterface {
  name = 'Foundation1795602061584';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_events\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"company_id\" varchar(40) NOT NULL, \"occurred_at\" datetime(3) NOT NULL, \"actor_kind\" varchar(16) NOT NULL, \"actor_id\" varchar(36), \"actor_name\" varchar(100), \"action\" varchar(64) NOT NULL, \"target_type\" varchar(64), \"target_id\" varchar(100), \"details\" text, \"ip\" varchar(45), \"user_agent\" varchar(512))");
    await queryRunner.query("CREATE INDEX \"ix_audit_events_company_time\" ON \"audit_events\" (\"company_id\", \"occurred_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"api_tokens\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"name\" varchar(100) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"token_prefix\" varchar(16) NOT NULL, \"permissions\" text NOT NULL, \"created_by_employee_id\" varchar(36), \"created_at\" datetime(3) NOT NULL, \"expires_at\" datetime(3), \"revoked_at\" datetime(3), \"last_used_at\" datetime(3))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_api_tokens_hash\" ON \"api_tokens\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_api_tokens_company\" ON \"api_tokens\" (\"company_id\") ");
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" varchar(64) PRIMARY KEY NOT NULL, \"kind\" varchar(16) NOT NULL, \"company_id\" varchar(40), \"employee_id\" varchar(36), \"support_account_id\" varchar(36), \"created_at\" datetime(3) NOT NULL, \"expires_at\" datetime(3) NOT NULL, \"last_seen_at\" datetime(3) NOT NULL, \"revoked_at\" datetime(3), \"ip\" varchar(45), \"user_agent\" varchar(512))");
    await queryRunner.query("CREATE INDEX \"ix_sessions_employee\" ON \"sessions\" (\"employee_id\") ");
    await queryRunner.query("CREATE TABLE \"support_accounts\" (\"id\" varchar PRIMARY KEY NOT NULL, \"login_id\" varchar(190) NOT NULL, \"name\" varchar(100) NOT NULL, \"email\" varchar(254) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"disabled\" boolean NOT NULL DEFAULT (0), \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_support_accounts_login_id\" ON \"support_accounts\" (\"login_id\") ");
    await queryRunner.query("CREATE TABLE \"companies\" (\"id\" varchar(40) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"language\" varchar(5) NOT NULL, \"time_zone\" varchar(64) NOT NULL, \"subscribed_services\" text NOT NULL, \"security_features_enabled\" boolean NOT NULL DEFAULT (0), \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE TABLE \"admin_roles\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"employee_id\" varchar(36) NOT NULL, \"role\" varchar(32) NOT NULL, \"granted_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_admin_roles_employee_role\" ON \"admin_roles\" (\"employee_id\", \"role\") ");
    await queryRunner.query("CREATE TABLE \"employees\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"name\" varchar(100) NOT NULL, \"login_id\" varchar(190) NOT NULL, \"email\" varchar(254), \"mobile_number\" varchar(32), \"department\" varchar(100), \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), \"password_hash\" varchar(255), \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_employees_login_id\" ON \"employees\" (\"login_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_employees_company_name\" ON \"employees\" (\"company_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"login_records\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"company_id\" varchar(40) NOT NULL, \"occurred_at\" datetime(3) NOT NULL, \"employee_id\" varchar(36), \"employee_name\" varchar(100), \"login_id\" varchar(190) NOT NULL, \"result\" varchar(16) NOT NULL, \"failure_reason\" varchar(32), \"environment\" varchar(16) NOT NULL, \"ip\" varchar(45) NOT NULL, \"ip_hex\" varchar(32) NOT NULL, \"country\" varchar(2), \"user_agent\" varchar(512), \"source_event_id\" varchar(100), \"suspicious\" boolean NOT NULL DEFAULT (0), \"suspicious_reasons\" text)");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_login_records_source_event\" ON \"login_records\" (\"company_id\", \"source_event_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_employee_time\" ON \"login_records\" (\"company_id\", \"employee_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_time\" ON \"login_records\" (\"company_id\", \"occurred_at\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_login_records_company_time\"");
    await queryRunner.query("DROP INDEX \"ix_login_records_company_employee_time\"");
    await queryRunner.query("DROP INDEX \"ux_login_records_source_event\"");
    await queryRunner.query("DROP TABLE \"login_records\"");
    await queryRunner.query("DROP INDEX \"ix_employees_company_name\"");
    await queryRunner.query("DROP INDEX \"ux_employees_login_id\"");
    await queryRunner.query("DROP TABLE \"employees\"");
    await queryRunner.query("DROP INDEX \"ux_admin_roles_employee_role\"");
    await queryRunner.query("DROP TABLE \"admin_roles\"");
    await queryRunner.query("DROP TABLE \"companies\"");
    await queryRunner.query("DROP INDEX \"ux_support_accounts_login_id\"");
    await queryRunner.query("DROP TABLE \"support_accounts\"");
    await queryRunner.query("DROP INDEX \"ix_sessions_employee\"");
    await queryRunner.query("DROP TABLE \"sessions\"");
    await queryRunner.query("DROP INDEX \"ix_api_tokens_company\"");
    await queryRunner.query("DROP INDEX \"ux_api_tokens_hash\"");
    await queryRunner.query("DROP TABLE \"api_tokens\"");
    await queryRunner.query("DROP INDEX \"ix_audit_events_company_time\"");
    await queryRunner.query("DROP TABLE \"audit_events\"");
  }
}
