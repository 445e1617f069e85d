import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginRecords1795608717580 implements MigrationInterface {
  name = 'LoginRecords1795608717580';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_login_records_company_time\"");
    await queryRunner.query("DROP INDEX \"ix_login_records_company_employee_time\"");
    await queryRunner.query("CREATE TABLE \"download_links\" (\"id\" varchar(64) PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"principal_key\" varchar(64) NOT NULL, \"kind\" varchar(40) NOT NULL, \"params\" text NOT NULL, \"created_at\" datetime(3) NOT NULL, \"expires_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_download_links_expires\" ON \"download_links\" (\"expires_at\") ");
    await queryRunner.query("CREATE TABLE \"login_rule_settings\" (\"company_id\" varchar(40) PRIMARY KEY NOT NULL, \"failure_burst_enabled\" boolean NOT NULL, \"failure_burst_count\" integer NOT NULL, \"failure_burst_window_minutes\" integer NOT NULL, \"new_country_enabled\" boolean NOT NULL, \"new_country_lookback\" integer NOT NULL, \"impossible_travel_enabled\" boolean NOT NULL, \"impossible_travel_kmh\" integer NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("DROP INDEX \"ux_login_records_source_event\"");
    await queryRunner.query("CREATE TABLE \"temporary_login_records\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"company_id\" varchar(40) NOT NULL, \"occurred_at\" datetime(3) NOT NULL, \"employee_id\" varchar(36), \"employee_name\" varchar(100), \"login_id\" varchar(190) NOT NULL, \"result\" varchar(16) NOT NULL, \"failure_reason\" varchar(32), \"environment\" varchar(16) NOT NULL, \"ip\" varchar(45) NOT NULL, \"ip_hex\" varchar(32) NOT NULL, \"country\" varchar(2), \"user_agent\" varchar(512), \"source_event_id\" varchar(100), \"suspicious\" boolean NOT NULL DEFAULT (0), \"suspicious_reasons\" text, \"review_status\" varchar(24), \"reviewed_at\" datetime(3), \"reviewed_by_name\" varchar(100), \"reviewed_by_id\" varchar(36))");
    await queryRunner.query("INSERT INTO \"temporary_login_records\"(\"id\", \"company_id\", \"occurred_at\", \"employee_id\", \"employee_name\", \"login_id\", \"result\", \"failure_reason\", \"environment\", \"ip\", \"ip_hex\", \"country\", \"user_agent\", \"source_event_id\", \"suspicious\", \"suspicious_reasons\") SELECT \"id\", \"company_id\", \"occurred_at\", \"employee_id\", \"employee_name\", \"login_id\", \"result\", \"failure_reason\", \"environment\", \"ip\", \"ip_hex\", \"country\", \"user_agent\", \"source_event_id\", \"suspicious\", \"suspicious_reasons\" FROM \"login_records\"");
    await queryRunner.query("DROP TABLE \"login_records\"");
    await queryRunner.query("ALTER TABLE \"temporary_login_records\" RENAME TO \"login_records\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_login_records_source_event\" ON \"login_records\" (\"company_id\", \"source_event_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_records_time\" ON \"login_records\" (\"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_ip\" ON \"login_records\" (\"company_id\", \"ip_hex\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_suspicious_time\" ON \"login_records\" (\"company_id\", \"suspicious\", \"occurred_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_environment_time\" ON \"login_records\" (\"company_id\", \"environment\", \"occurred_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_result_time\" ON \"login_records\" (\"company_id\", \"result\", \"occurred_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_employee_result\" ON \"login_records\" (\"company_id\", \"employee_id\", \"result\", \"occurred_at\", \"id\", \"environment\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_employee_time\" ON \"login_records\" (\"company_id\", \"employee_id\", \"occurred_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_time\" ON \"login_records\" (\"company_id\", \"occurred_at\", \"id\", \"employee_id\", \"result\", \"environment\", \"suspicious\", \"ip_hex\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_login_records_company_time\"");
    await queryRunner.query("DROP INDEX \"ix_login_records_company_employee_time\"");
    await queryRunner.query("DROP INDEX \"ix_login_records_company_employee_result\"");
    await queryRunner.query("DROP INDEX \"ix_login_records_company_result_time\"");
    await queryRunner.query("DROP INDEX \"ix_login_records_company_environment_time\"");
    await queryRunner.query("DROP INDEX \"ix_login_records_company_suspicious_time\"");
    await queryRunner.query("DROP INDEX \"ix_login_records_company_ip\"");
    await queryRunner.query("DROP INDEX \"ix_login_records_time\"");
    await queryRunner.query("DROP INDEX \"ux_login_records_source_event\"");
    await queryRunner.query("ALTER TABLE \"login_records\" RENAME TO \"temporary_login_records\"");
    await queryRunner.query("CREATE TABLE \"login_records\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"company_id\" varchar(40) NOT NULL, \"occurred_at\" datetime(3) NOT NULL, \"employee_id\" varchar(36), \"employee_name\" varchar(100), \"login_id\" varchar(190) NOT NULL, \"result\" varchar(16) NOT NULL, \"failure_reason\" varchar(32), \"environment\" varchar(16) NOT NULL, \"ip\" varchar(45) NOT NULL, \"ip_hex\" varchar(32) NOT NULL, \"country\" varchar(2), \"user_agent\" varchar(512), \"source_event_id\" varchar(100), \"suspicious\" boolean NOT NULL DEFAULT (0), \"suspicious_reasons\" text)");
    await queryRunner.query("INSERT INTO \"login_records\"(\"id\", \"company_id\", \"occurred_at\", \"employee_id\", \"employee_name\", \"login_id\", \"result\", \"failure_reason\", \"environment\", \"ip\", \"ip_hex\", \"country\", \"user_agent\", \"source_event_id\", \"suspicious\", \"suspicious_reasons\") SELECT \"id\", \"company_id\", \"occurred_at\", \"employee_id\", \"employee_name\", \"login_id\", \"result\", \"failure_reason\", \"environment\", \"ip\", \"ip_hex\", \"country\", \"user_agent\", \"source_event_id\", \"suspicious\", \"suspicious_reasons\" FROM \"temporary_login_records\"");
    await queryRunner.query("DROP TABLE \"temporary_login_records\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_login_records_source_event\" ON \"login_records\" (\"company_id\", \"source_event_id\") ");
    await queryRunner.query("DROP TABLE \"login_rule_settings\"");
    await queryRunner.query("DROP INDEX \"ix_download_links_expires\"");
    await queryRunner.query("DROP TABLE \"download_links\"");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_employee_time\" ON \"login_records\" (\"company_id\", \"employee_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_records_company_time\" ON \"login_records\" (\"company_id\", \"occurred_at\", \"id\") ");
  }
}
