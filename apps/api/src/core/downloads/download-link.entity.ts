import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TIMESTAMP } from '../database/columns';

/**
 * A short-lived link to a file built on request (an Excel download). The URL holds a random token;
 * only its SHA-256 is stored. The link works only for the caller who asked for it, so a leaked URL
 * is useless to anyone else, and it carries the company and the search it was made for.
 */
@Entity({ name: 'download_links' })
@Index('ix_download_links_expires', ['expiresAt'])
export class DownloadLink {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  companyId: string;

  /** `ADMIN:<employee id>` or `API_TOKEN:<token id>`: who may follow the link. */
  @Column({ type: 'varchar', length: 64 })
  principalKey: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'simple-json' })
  params: Record<string, unknown>;

  @Column(TIMESTAMP)
  createdAt: Date;

  @Column(TIMESTAMP)
  expiresAt: Date;
}
