import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApprovalDocumentsAndPledges1795612291813 implements MigrationInterface {
  name = 'ApprovalDocumentsAndPledges1795612291813';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"approval_documents\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"document_number\" varchar(40) NOT NULL, \"title\" varchar(300) NOT NULL, \"form_name\" varchar(100) NOT NULL, \"drafter_employee_id\" varchar(36) NOT NULL, \"drafter_name\" varchar(100) NOT NULL, \"created_at\" datetime(3) NOT NULL, \"status\" varchar(16) NOT NULL, \"body\" text NOT NULL, \"deleted_at\" datetime(3), \"deleted_by_employee_id\" varchar(36), \"deleted_by_name\" varchar(100), \"registered_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_approval_documents_created\" ON \"approval_documents\" (\"company_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_approval_documents_deleted\" ON \"approval_documents\" (\"company_id\", \"deleted_at\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_approval_documents_number\" ON \"approval_documents\" (\"company_id\", \"document_number\") ");
    await queryRunner.query("CREATE TABLE \"approval_line_entries\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"document_id\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"approver_employee_id\" varchar(36) NOT NULL, \"approver_name\" varchar(100) NOT NULL, \"decision\" varchar(16) NOT NULL, \"decided_at\" datetime(3))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_approval_line_entries_position\" ON \"approval_line_entries\" (\"document_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"approval_document_attachments\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"document_id\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"file_id\" varchar(36) NOT NULL, \"name\" varchar(255) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_approval_document_attachments_file\" ON \"approval_document_attachments\" (\"file_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_approval_document_attachments_position\" ON \"approval_document_attachments\" (\"document_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"pledges\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"pledge_number\" varchar(40) NOT NULL, \"name\" varchar(300) NOT NULL, \"signer_employee_id\" varchar(36) NOT NULL, \"signer_name\" varchar(100) NOT NULL, \"signed_at\" datetime(3) NOT NULL, \"content\" text NOT NULL, \"deleted_at\" datetime(3), \"deleted_by_employee_id\" varchar(36), \"deleted_by_name\" varchar(100), \"registered_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_pledges_signed\" ON \"pledges\" (\"company_id\", \"signed_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_pledges_deleted\" ON \"pledges\" (\"company_id\", \"deleted_at\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_pledges_number\" ON \"pledges\" (\"company_id\", \"pledge_number\") ");
    await queryRunner.query("CREATE TABLE \"pledge_attachments\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"pledge_id\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"file_id\" varchar(36) NOT NULL, \"name\" varchar(255) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_pledge_attachments_file\" ON \"pledge_attachments\" (\"file_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_pledge_attachments_position\" ON \"pledge_attachments\" (\"pledge_id\", \"position\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ux_pledge_attachments_position\"");
    await queryRunner.query("DROP INDEX \"ux_pledge_attachments_file\"");
    await queryRunner.query("DROP TABLE \"pledge_attachments\"");
    await queryRunner.query("DROP INDEX \"ux_pledges_number\"");
    await queryRunner.query("DROP INDEX \"ix_pledges_deleted\"");
    await queryRunner.query("DROP INDEX \"ix_pledges_signed\"");
    await queryRunner.query("DROP TABLE \"pledges\"");
    await queryRunner.query("DROP INDEX \"ux_approval_document_attachments_position\"");
    await queryRunner.query("DROP INDEX \"ux_approval_document_attachments_file\"");
    await queryRunner.query("DROP TABLE \"approval_document_attachments\"");
    await queryRunner.query("DROP INDEX \"ux_approval_line_entries_position\"");
    await queryRunner.query("DROP TABLE \"approval_line_entries\"");
    await queryRunner.query("DROP INDEX \"ux_approval_documents_number\"");
    await queryRunner.query("DROP INDEX \"ix_approval_documents_deleted\"");
    await queryRunner.query("DROP INDEX \"ix_approval_documents_created\"");
    await queryRunner.query("DROP TABLE \"approval_documents\"");
  }
}
