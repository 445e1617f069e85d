import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StoredFiles1795611792261 implements MigrationInterface {
  name = 'StoredFiles1795611792261';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"stored_files\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"company_id\" varchar(40) NOT NULL, \"original_name\" varchar(255) NOT NULL, \"content_type\" varchar(127) NOT NULL, \"size\" bigint NOT NULL, \"sha256\" varchar(64) NOT NULL, \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_stored_files_company_created\" ON \"stored_files\" (\"company_id\", \"created_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_stored_files_company_created\"");
    await queryRunner.query("DROP TABLE \"stored_files\"");
  }
}
