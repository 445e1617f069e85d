import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScheduledWork1795602839837 implements MigrationInterface {
  name = 'ScheduledWork1795602839837';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"mail_messages\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40), \"recipients\" text NOT NULL, \"subject\" varchar(255) NOT NULL, \"text_body\" text NOT NULL, \"html_body\" text, \"status\" varchar(16) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"claimed_until\" datetime(3), \"last_error\" varchar(500), \"created_at\" datetime(3) NOT NULL, \"sent_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"ix_mail_messages_status\" ON \"mail_messages\" (\"status\", \"created_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_mail_messages_status\"");
    await queryRunner.query("DROP TABLE \"mail_messages\"");
  }
}
