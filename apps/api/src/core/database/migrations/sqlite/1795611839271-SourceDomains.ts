import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SourceDomains1795611839271 implements MigrationInterface {
  name = 'SourceDomains1795611839271';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"accounting_slips\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"slip_number\" varchar(50) NOT NULL, \"slip_date\" varchar(10) NOT NULL, \"title\" varchar(200) NOT NULL, \"amount\" varchar(32) NOT NULL, \"currency\" varchar(3) NOT NULL, \"drafter_employee_id\" varchar(36) NOT NULL, \"drafter_name\" varchar(100) NOT NULL, \"status\" varchar(16) NOT NULL, \"created_at\" datetime(3) NOT NULL, \"closed_at\" datetime(3), \"registered_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_accounting_slips_export\" ON \"accounting_slips\" (\"company_id\", \"status\", \"slip_date\", \"slip_number\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_accounting_slips_number\" ON \"accounting_slips\" (\"company_id\", \"slip_number\") ");
    await queryRunner.query("CREATE TABLE \"accounting_slip_attachments\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"slip_id\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"file_id\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_accounting_slip_attachments_position\" ON \"accounting_slip_attachments\" (\"slip_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"accounting_vendors\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"business_registration_number\" varchar(32) NOT NULL, \"name\" varchar(200) NOT NULL, \"representative\" varchar(100), \"contact\" varchar(200), \"address\" varchar(500), \"registered_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_accounting_vendors_registered\" ON \"accounting_vendors\" (\"company_id\", \"registered_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_accounting_vendors_number\" ON \"accounting_vendors\" (\"company_id\", \"business_registration_number\") ");
    await queryRunner.query("CREATE TABLE \"accounting_vendor_attachments\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"vendor_id\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"file_id\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_accounting_vendor_attachments_position\" ON \"accounting_vendor_attachments\" (\"vendor_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"employee_profile_photos\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"employee_id\" varchar(36) NOT NULL, \"file_id\" varchar(36), \"content_type\" varchar(16), \"set_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_employee_profile_photos_employee\" ON \"employee_profile_photos\" (\"company_id\", \"employee_id\", \"set_at\") ");
    await queryRunner.query("CREATE TABLE \"board_notices\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"source_notice_id\" varchar(100) NOT NULL, \"title\" varchar(300) NOT NULL, \"author_employee_id\" varchar(36) NOT NULL, \"author_name\" varchar(100) NOT NULL, \"body_html\" text NOT NULL, \"posted_at\" datetime(3) NOT NULL, \"registered_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_board_notices_posted\" ON \"board_notices\" (\"company_id\", \"posted_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_board_notices_source\" ON \"board_notices\" (\"company_id\", \"source_notice_id\") ");
    await queryRunner.query("CREATE TABLE \"board_notice_files\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"notice_id\" varchar(36) NOT NULL, \"kind\" varchar(16) NOT NULL, \"position\" integer NOT NULL, \"file_id\" varchar(36) NOT NULL, \"source\" varchar(2000), \"content_type\" varchar(16))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_board_notice_files_position\" ON \"board_notice_files\" (\"notice_id\", \"kind\", \"position\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ux_board_notice_files_position\"");
    await queryRunner.query("DROP TABLE \"board_notice_files\"");
    await queryRunner.query("DROP INDEX \"ux_board_notices_source\"");
    await queryRunner.query("DROP INDEX \"ix_board_notices_posted\"");
    await queryRunner.query("DROP TABLE \"board_notices\"");
    await queryRunner.query("DROP INDEX \"ix_employee_profile_photos_employee\"");
    await queryRunner.query("DROP TABLE \"employee_profile_photos\"");
    await queryRunner.query("DROP INDEX \"ux_accounting_vendor_attachments_position\"");
    await queryRunner.query("DROP TABLE \"accounting_vendor_attachments\"");
    await queryRunner.query("DROP INDEX \"ux_accounting_vendors_number\"");
    await queryRunner.query("DROP INDEX \"ix_accounting_vendors_registered\"");
    await queryRunner.query("DROP TABLE \"accounting_vendors\"");
    await queryRunner.query("DROP INDEX \"ux_accounting_slip_attachments_position\"");
    await queryRunner.query("DROP TABLE \"accounting_slip_attachments\"");
    await queryRunner.query("DROP INDEX \"ux_accounting_slips_number\"");
    await queryRunner.query("DROP INDEX \"ix_accounting_slips_export\"");
    await queryRunner.query("DROP TABLE \"accounting_slips\"");
  }
}
