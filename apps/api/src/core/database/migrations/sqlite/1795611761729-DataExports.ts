import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataExports1795611761729 implements MigrationInterface {
  name = 'DataExports1795611761729';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"data_exports\" (\"id\" varchar PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"active_company_id\" varchar(40), \"requested_by_employee_id\" varchar(36), \"requested_by_name\" varchar(100) NOT NULL, \"task_name\" varchar(100) NOT NULL, \"items\" text NOT NULL, \"period_from\" varchar(10), \"period_to\" varchar(10), \"split_size\" varchar(8) NOT NULL, \"status\" varchar(20) NOT NULL, \"failure_reason\" varchar(1000), \"file_base_name\" varchar(64) NOT NULL, \"items_done\" integer NOT NULL DEFAULT (0), \"items_total\" integer NOT NULL DEFAULT (0), \"bytes_done\" bigint NOT NULL DEFAULT (0), \"build_attempt\" integer NOT NULL DEFAULT (0), \"build_started_at\" datetime(3), \"requested_at\" datetime(3) NOT NULL, \"cancelable_until\" datetime(3) NOT NULL, \"cancel_window_closed\" boolean NOT NULL DEFAULT (0), \"completed_at\" datetime(3), \"expires_at\" datetime(3), \"ended_at\" datetime(3), \"canceled_by_name\" varchar(100))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_data_exports_active_company\" ON \"data_exports\" (\"active_company_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_data_exports_company_requested\" ON \"data_exports\" (\"company_id\", \"requested_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"data_export_downloads\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"export_id\" varchar(36) NOT NULL, \"company_id\" varchar(40) NOT NULL, \"part_number\" integer NOT NULL, \"file_name\" varchar(80) NOT NULL, \"employee_id\" varchar(36), \"employee_name\" varchar(100) NOT NULL, \"downloaded_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_data_export_downloads_export\" ON \"data_export_downloads\" (\"export_id\", \"downloaded_at\") ");
    await queryRunner.query("CREATE TABLE \"data_export_parts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"export_id\" varchar(36) NOT NULL, \"company_id\" varchar(40) NOT NULL, \"part_number\" integer NOT NULL, \"file_name\" varchar(80) NOT NULL, \"bytes\" bigint NOT NULL, \"entries\" integer NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_data_export_parts_number\" ON \"data_export_parts\" (\"export_id\", \"part_number\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ux_data_export_parts_number\"");
    await queryRunner.query("DROP TABLE \"data_export_parts\"");
    await queryRunner.query("DROP INDEX \"ix_data_export_downloads_export\"");
    await queryRunner.query("DROP TABLE \"data_export_downloads\"");
    await queryRunner.query("DROP INDEX \"ix_data_exports_company_requested\"");
    await queryRunner.query("DROP INDEX \"ux_data_exports_active_company\"");
    await queryRunner.query("DROP TABLE \"data_exports\"");
  }
}
