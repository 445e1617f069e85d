import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StepUp1795604968094 implements MigrationInterface {
  name = 'StepUp1795604968094';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `sms_messages` (`id` uuid NOT NULL, `company_id` varchar(40) NULL, `recipient` varchar(32) NOT NULL, `text` text NOT NULL, `status` varchar(16) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `claimed_until` datetime(3) NULL, `discard_after` datetime(3) NULL, `last_error` varchar(500) NULL, `created_at` datetime(3) NOT NULL, `sent_at` datetime(3) NULL, INDEX `ix_sms_messages_status` (`status`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `step_up_challenges` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `employee_id` varchar(36) NOT NULL, `session_id` varchar(64) NOT NULL, `channel` varchar(8) NOT NULL, `code_salt` varchar(32) NOT NULL, `code_hash` varchar(64) NOT NULL, `wrong_attempts` int NOT NULL DEFAULT '0', `created_at` datetime(3) NOT NULL, `expires_at` datetime(3) NOT NULL, `consumed_at` datetime(3) NULL, `voided_at` datetime(3) NULL, INDEX `ix_step_up_challenges_employee` (`employee_id`, `created_at`), INDEX `ix_step_up_challenges_session` (`session_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `step_up_failures` (`id` bigint NOT NULL AUTO_INCREMENT, `company_id` varchar(40) NOT NULL, `employee_id` varchar(36) NOT NULL, `occurred_at` datetime(3) NOT NULL, INDEX `ix_step_up_failures_employee_time` (`employee_id`, `occurred_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `step_up_lockouts` (`employee_id` varchar(36) NOT NULL, `company_id` varchar(40) NOT NULL, `locked_until` datetime(3) NOT NULL, PRIMARY KEY (`employee_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `step_up_grants` (`session_id` varchar(64) NOT NULL, `company_id` varchar(40) NOT NULL, `employee_id` varchar(36) NOT NULL, `verified_at` datetime(3) NOT NULL, `valid_until` datetime(3) NOT NULL, `fingerprint` varchar(64) NOT NULL, INDEX `ix_step_up_grants_employee` (`employee_id`), PRIMARY KEY (`session_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `step_up_settings` (`company_id` varchar(40) NOT NULL, `protected_services` text NOT NULL, `updated_at` datetime(3) NOT NULL, PRIMARY KEY (`company_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `mail_messages` ADD `redact_after_delivery` tinyint NOT NULL DEFAULT 0");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `mail_messages` DROP COLUMN `redact_after_delivery`");
    await queryRunner.query("DROP TABLE `step_up_settings`");
    await queryRunner.query("DROP INDEX `ix_step_up_grants_employee` ON `step_up_grants`");
    await queryRunner.query("DROP TABLE `step_up_grants`");
    await queryRunner.query("DROP TABLE `step_up_lockouts`");
    await queryRunner.query("DROP INDEX `ix_step_up_failures_employee_time` ON `step_up_failures`");
    await queryRunner.query("DROP TABLE `step_up_failures`");
    await queryRunner.query("DROP INDEX `ix_step_up_challenges_session` ON `step_up_challenges`");
    await queryRunner.query("DROP INDEX `ix_step_up_challenges_employee` ON `step_up_challenges`");
    await queryRunner.query("DROP TABLE `step_up_challenges`");
    await queryRunner.query("DROP INDEX `ix_sms_messages_status` ON `sms_messages`");
    await queryRunner.query("DROP TABLE `sms_messages`");
  }
}
