import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApprovalDocumentsAndPledges1795612291813 implements MigrationInterface {
  name = 'ApprovalDocumentsAndPledges1795612291813';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `approval_documents` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `document_number` varchar(40) NOT NULL, `title` varchar(300) NOT NULL, `form_name` varchar(100) NOT NULL, `drafter_employee_id` varchar(36) NOT NULL, `drafter_name` varchar(100) NOT NULL, `created_at` datetime(3) NOT NULL, `status` varchar(16) NOT NULL, `body` mediumtext NOT NULL, `deleted_at` datetime(3) NULL, `deleted_by_employee_id` varchar(36) NULL, `deleted_by_name` varchar(100) NULL, `registered_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, INDEX `ix_approval_documents_created` (`company_id`, `created_at`, `id`), INDEX `ix_approval_documents_deleted` (`company_id`, `deleted_at`, `id`), UNIQUE INDEX `ux_approval_documents_number` (`company_id`, `document_number`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `approval_line_entries` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `document_id` varchar(36) NOT NULL, `position` int NOT NULL, `approver_employee_id` varchar(36) NOT NULL, `approver_name` varchar(100) NOT NULL, `decision` varchar(16) NOT NULL, `decided_at` datetime(3) NULL, UNIQUE INDEX `ux_approval_line_entries_position` (`document_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `approval_document_attachments` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `document_id` varchar(36) NOT NULL, `position` int NOT NULL, `file_id` varchar(36) NOT NULL, `name` varchar(255) NOT NULL, UNIQUE INDEX `ux_approval_document_attachments_file` (`file_id`), UNIQUE INDEX `ux_approval_document_attachments_position` (`document_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `pledges` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `pledge_number` varchar(40) NOT NULL, `name` varchar(300) NOT NULL, `signer_employee_id` varchar(36) NOT NULL, `signer_name` varchar(100) NOT NULL, `signed_at` datetime(3) NOT NULL, `content` mediumtext NOT NULL, `deleted_at` datetime(3) NULL, `deleted_by_employee_id` varchar(36) NULL, `deleted_by_name` varchar(100) NULL, `registered_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, INDEX `ix_pledges_signed` (`company_id`, `signed_at`, `id`), INDEX `ix_pledges_deleted` (`company_id`, `deleted_at`, `id`), UNIQUE INDEX `ux_pledges_number` (`company_id`, `pledge_number`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `pledge_attachments` (`id` uuid NOT NULL, `company_id` varchar(40) NOT NULL, `pledge_id` varchar(36) NOT NULL, `position` int NOT NULL, `file_id` varchar(36) NOT NULL, `name` varchar(255) NOT NULL, UNIQUE INDEX `ux_pledge_attachments_file` (`file_id`), UNIQUE INDEX `ux_pledge_attachments_position` (`pledge_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ux_pledge_attachments_position` ON `pledge_attachments`");
    await queryRunner.query("DROP INDEX `ux_pledge_attachments_file` ON `pledge_attachments`");
    await queryRunner.query("DROP TABLE `pledge_attachments`");
    await queryRunner.query("DROP INDEX `ux_pledges_number` ON `pledges`");
    await queryRunner.query("DROP INDEX `ix_pledges_deleted` ON `pledges`");
    await queryRunner.query("DROP INDEX `ix_pledges_signed` ON `pledges`");
    await queryRunner.query("DROP TABLE `pledges`");
    await queryRunner.query("DROP INDEX `ux_approval_document_attachments_position` ON `approval_document_attachments`");
    await queryRunner.query("DROP INDEX `ux_approval_document_attachments_file` ON `approval_document_attachments`");
    await queryRunner.query("DROP TABLE `approval_document_attachments`");
    await queryRunner.query("DROP INDEX `ux_approval_line_entries_position` ON `approval_line_entries`");
    await queryRunner.query("DROP TABLE `approval_line_entries`");
    await queryRunner.query("DROP INDEX `ux_approval_documents_number` ON `approval_documents`");
    await queryRunner.query("DROP INDEX `ix_approval_documents_deleted` ON `approval_documents`");
    await queryRunner.query("DROP INDEX `ix_approval_documents_created` ON `approval_documents`");
    await queryRunner.query("DROP TABLE `approval_documents`");
  }
}
