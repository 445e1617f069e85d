import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StepUp1795604968094 implements MigrationInterface {
  name = 'StepUp1795604968094';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sms_messages\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40), \"recipient\" varchar(32) NOT NULL, \"text\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"claimed_until\" datetime(3), \"discard_after\" datetime(3), \"last_error\" varchar(500), \"created_at\" datetime(3) NOT NULL, \"sent_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"ix_sms_messages_status\" ON \"sms_messages\" (\"status\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"step_up_challenges\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"employee_id\" varchar(36) NOT NULL, \"session_id\" varchar(64) NOT NULL, \"channel\" varchar(8) NOT NULL, \"code_salt\" varchar(32) NOT NULL, \"code_hash\" varchar(64) NOT NULL, \"wrong_attempts\" integer NOT NULL DEFAULT (0), \"created_at\" datetime(3) NOT NULL, \"expires_at\" datetime(3) NOT NULL, \"consumed_at\" datetime(3), \"voided_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"ix_step_up_challenges_employee\" ON \"step_up_challenges\" (\"employee_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_step_up_challenges_session\" ON \"step_up_challenges\" (\"session_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"step_up_failures\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"company_id\" varchar(40) NOT NULL, \"employee_id\" varchar(36) NOT NULL, \"occurred_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_step_up_failures_employee_time\" ON \"step_up_failures\" (\"employee_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE TABLE \"step_up_lockouts\" (\"employee_id\" varchar(36) PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"locked_until\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE TABLE \"step_up_grants\" (\"session_id\" varchar(64) PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"employee_id\" varchar(36) NOT NULL, \"verified_at\" datetime(3) NOT NULL, \"valid_until\" datetime(3) NOT NULL, \"fingerprint\" varchar(64) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_step_up_grants_employee\" ON \"step_up_grants\" (\"employee_id\") ");
    await queryRunner.query("CREATE TABLE \"step_up_settings\" (\"company_id\" varchar(40) PRIMARY KEY NOT NULL, \"protected_services\" text NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("DROP INDEX \"ix_mail_messages_status\"");
    await queryRunner.query("CREATE TABLE \"temporary_mail_messages\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40), \"recipients\" text NOT NULL, \"subject\" varchar(255) NOT NULL, \"text_body\" text NOT NULL, \"html_body\" text, \"status\" varchar(16) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"claimed_until\" datetime(3), \"last_error\" varchar(500), \"created_at\" datetime(3) NOT NULL, \"sent_at\" datetime(3), \"redact_after_delivery\" boolean NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_mail_messages\"(\"id\", \"company_id\", \"recipients\", \"subject\", \"text_body\", \"html_body\", \"status\", \"attempts\", \"claimed_until\", \"last_error\", \"created_at\", \"sent_at\") SELECT \"id\", \"company_id\", \"recipients\", \"subject\", \"text_body\", \"html_body\", \"status\", \"attempts\", \"claimed_until\", \"last_error\", \"created_at\", \"sent_at\" FROM \"mail_messages\"");
    await queryRunner.query("DROP TABLE \"mail_messages\"");
    await queryRunner.query("ALTER TABLE \"temporary_mail_messages\" RENAME TO \"mail_messages\"");
    await queryRunner.query("CREATE INDEX \"ix_mail_messages_status\" ON \"mail_messages\" (\"status\", \"created_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_mail_messages_status\"");
    await queryRunner.query("ALTER TABLE \"mail_messages\" RENAME TO \"temporary_mail_messages\"");
    await queryRunner.query("CREATE TABLE \"mail_messages\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40), \"recipients\" text NOT NULL, \"subject\" varchar(255) NOT NULL, \"text_body\" text NOT NULL, \"html_body\" text, \"status\" varchar(16) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"claimed_until\" datetime(3), \"last_error\" varchar(500), \"created_at\" datetime(3) NOT NULL, \"sent_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"mail_messages\"(\"id\", \"company_id\", \"recipients\", \"subject\", \"text_body\", \"html_body\", \"status\", \"attempts\", \"claimed_until\", \"last_error\", \"created_at\", \"sent_at\") SELECT \"id\", \"company_id\", \"recipients\", \"subject\", \"text_body\", \"html_body\", \"status\", \"attempts\", \"claimed_until\", \"last_error\", \"created_at\", \"sent_at\" FROM \"temporary_mail_messages\"");
    await queryRunner.query("DROP TABLE \"temporary_mail_messages\"");
    await queryRunner.query("CREATE INDEX \"ix_mail_messages_status\" ON \"mail_messages\" (\"status\", \"created_at\") ");
    await queryRunner.query("DROP TABLE \"step_up_settings\"");
    await queryRunner.query("DROP INDEX \"ix_step_up_grants_employee\"");
    await queryRunner.query("DROP TABLE \"step_up_grants\"");
    await queryRunner.query("DROP TABLE \"step_up_lockouts\"");
    await queryRunner.query("DROP INDEX \"ix_step_up_failures_employee_time\"");
    await queryRunner.query("DROP TABLE \"step_up_failures\"");
    await queryRunner.query("DROP INDEX \"ix_step_up_challenges_session\"");
    await queryRunner.query("DROP INDEX \"ix_step_up_challenges_employee\"");
    await queryRunner.query("DROP TABLE \"step_up_challenges\"");
    await queryRunner.query("DROP INDEX \"ix_sms_messages_status\"");
    await queryRunner.query("DROP TABLE \"sms_messages\"");
  }
}
