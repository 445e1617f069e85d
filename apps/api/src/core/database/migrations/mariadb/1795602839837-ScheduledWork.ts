import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScheduledWork1795602839837 implements MigrationInterface {
  name = 'ScheduledWork1795602839837';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `mail_messages` (`id` uuid NOT NULL, `company_id` varchar(40) NULL, `recipients` text NOT NULL, `subject` varchar(255) NOT NULL, `text_body` text NOT NULL, `html_body` text NULL, `status` varchar(16) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `claimed_until` datetime(3) NULL, `last_error` varchar(500) NULL, `created_at` datetime(3) NOT NULL, `sent_at` datetime(3) NULL, INDEX `ix_mail_messages_status` (`status`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_mail_messages_status` ON `mail_messages`");
    await queryRunner.query("DROP TABLE `mail_messages`");
  }
}
