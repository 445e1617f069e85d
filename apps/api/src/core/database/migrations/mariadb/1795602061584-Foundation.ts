import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795602061584 implements MigrationInterface {
  name = 'Foundation1795602061584';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `audit_events` (`id` bigint NOT NULL AUTO_INCREMENT, `company_id` varchar(40) NOT NULL, `occurred_at` datetime(3) NOT NULL, `actor_kind` varchar(16) NOT NULL, `actor_id` varchar(36) NULL, `actor_name` varchar(100) NULL, `action` varchar(64) NOT NULL, `target_type` varchar(64) NULL, `target_id` varchar(100) NULL, `details` text NULL, `ip` varchar(45) NULL, `user_agent` varchar(512) NULL, INDEX `ix_audit_events_company_time` (`company_id`, `occurred_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `api_tokens` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `name` varchar(100) NOT NULL, `token_hash` varchar(64) NOT NULL, `token_prefix` varchar(16) NOT NULL, `permissions` text NOT NULL, `created_by_employee_id` varchar(36) NULL, `created_at` datetime(3) NOT NULL, `expires_at` datetime(3) NULL, `revoked_at` datetime(3) NULL, `last_used_at` datetime(3) NULL, UNIQUE INDEX `ux_api_tokens_hash` (`token_hash`), INDEX `ix_api_tokens_company` (`company_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `sessions` (`id` varchar(64) NOT NULL, `kind` varchar(16) NOT NULL, `company_id` varchar(40) NULL, `employee_id` varchar(36) NULL, `support_account_id` varchar(36) NULL, `created_at` datetime(3) NOT NULL, `expires_at` datetime(3) NOT NULL, `last_seen_at` datetime(3) NOT NULL, `revoked_at` datetime(3) NULL, `ip` varchar(45) NULL, `user_agent` varchar(512) NULL, INDEX `ix_sessions_employee` (`employee_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `support_accounts` (`id` uuid NOT NULL, `login_id` varchar(190) NOT NULL, `name` varchar(100) NOT NULL, `email` varchar(254) NOT NULL, `password_hash` varchar(255) NOT NULL, `disabled` tinyint NOT NULL DEFAULT 0, `created_at` datetime(3) NOT NULL, UNIQUE INDEX `ux_support_accounts_login_id` (`login_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `companies` (`id` varchar(40) NOT NULL, `name` varchar(200) NOT NULL, `language` varchar(5) NOT NULL, `time_zone` varchar(64) NOT NULL, `subscribed_services` text NOT NULL, `security_features_enabled` tinyint NOT NULL DEFAULT 0, `created_at` datetime(3) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `admin_roles` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `employee_id` varchar(36) NOT NULL, `role` varchar(32) NOT NULL, `granted_at` datetime(3) NOT NULL, UNIQUE INDEX `ux_admin_roles_employee_role` (`employee_id`, `role`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `employees` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `name` varchar(100) NOT NULL, `login_id` varchar(190) NOT NULL, `email` varchar(254) NULL, `mobile_number` varchar(32) NULL, `department` varchar(100) NULL, `status` varchar(16) NOT NULL DEFAULT 'ACTIVE', `password_hash` varchar(255) NULL, `created_at` datetime(3) NOT NULL, UNIQUE INDEX `ux_employees_login_id` (`login_id`), INDEX `ix_employees_company_name` (`company_id`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `login_records` (`id` bigint NOT NULL AUTO_INCREMENT, `company_id` varchar(40) NOT NULL, `occurred_at` datetime(3) NOT NULL, `employee_id` varchar(36) NULL, `employee_name` varchar(100) NULL, `login_id` varchar(190) NOT NULL, `result` varchar(16) NOT NULL, `failure_reason` varchar(32) NULL, `environment` varchar(16) NOT NULL, `ip` varchar(45) NOT NULL, `ip_hex` varchar(32) NOT NULL, `country` varchar(2) NULL, `user_agent` varchar(512) NULL, `source_event_id` varchar(100) NULL, `suspicious` tinyint NOT NULL DEFAULT 0, `suspicious_reasons` text NULL, UNIQUE INDEX `ux_login_records_source_event` (`company_id`, `source_event_id`), INDEX `ix_login_records_company_employee_time` (`company_id`, `employee_id`, `occurred_at`), INDEX `ix_login_records_company_time` (`company_id`, `occurred_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_login_records_company_time` ON `login_records`");
    await queryRunner.query("DROP INDEX `ix_login_records_company_employee_time` ON `login_records`");
    await queryRunner.query("DROP INDEX `ux_login_records_source_event` ON `login_records`");
    await queryRunner.query("DROP TABLE `login_records`");
    await queryRunner.query("DROP INDEX `ix_employees_company_name` ON `employees`");
    await queryRunner.query("DROP INDEX `ux_employees_login_id` ON `employees`");
    await queryRunner.query("DROP TABLE `employees`");
    await queryRunner.query("DROP INDEX `ux_admin_roles_employee_role` ON `admin_roles`");
    await queryRunner.query("DROP TABLE `admin_roles`");
    await queryRunner.query("DROP TABLE `companies`");
    await queryRunner.query("DROP INDEX `ux_support_accounts_login_id` ON `support_accounts`");
    await queryRunner.query("DROP TABLE `support_accounts`");
    await queryRunner.query("DROP INDEX `ix_sessions_employee` ON `sessions`");
    await queryRunner.query("DROP TABLE `sessions`");
    await queryRunner.query("DROP INDEX `ix_api_tokens_company` ON `api_tokens`");
    await queryRunner.query("DROP INDEX `ux_api_tokens_hash` ON `api_tokens`");
    await queryRunner.query("DROP TABLE `api_tokens`");
    await queryRunner.query("DROP INDEX `ix_audit_events_company_time` ON `audit_events`");
    await queryRunner.query("DROP TABLE `audit_events`");
  }
}
