import type { DataSource } from 'typeorm';
import type { AgendaBackend } from 'agenda';
import { TypeormJobRepository } from './typeorm-job-repository';

/** Options of {@link TypeormBackend}. */
export interface TypeormBackendOptions {
  /**
   * A TypeORM DataSource of type `better-sqlite3`, `mysql` or `mariadb`. If it is not initialized yet,
   * the backend initializes it on connect and destroys it when Agenda stops (it then owns it).
   */
  dataSource: DataSource;
  /** Table holding the jobs. Default `agenda_jobs`. */
  tableName?: string;
  /**
   * Create the table and indexes on connect when missing. Default false: hosts run the exported
   * migrations instead. Meant for standalone scripts and tests.
   */
  ensureSchema?: boolean;
  /** Lockable jobs read per lock attempt (see {@link TypeormJobRepository}). Default 5. */
  lockCandidates?: number;
}

/**
 * An Agenda 6 backend that stores jobs in a SQL table through TypeORM (SQLite, MySQL, MariaDB).
 * Polling only: neither engine can push a notification to other processes, so no notification
 * channel is provided (Agenda polls every `processEvery`).
 *
 * @example
 * const agenda = new Agenda({ backend: new TypeormBackend({ dataSource }), processEvery: '1 second' });
 */
export class TypeormBackend implements AgendaBackend {
  readonly name: string;
  readonly repository: TypeormJobRepository;
  readonly notificationChannel = undefined;
  private readonly dataSource: DataSource;
  private initializedHere = false;
  private connecting?: Promise<void>;

  constructor(private readonly options: TypeormBackendOptions) {
    this.dataSource = options.dataSource;
    this.repository = new TypeormJobRepository({
      dataSource: options.dataSource,
      tableName: options.tableName,
      lockCandidates: options.lockCandidates,
    });
    this.name = this.repository.dialect.label;
  }

  /** True when this backend initialized the DataSource (and so destroys it on disconnect). */
  get ownsConnection(): boolean {
    return this.initializedHere;
  }

  async connect(): Promise<void> {
    // Several Agenda instances may share one backend: connect once.
    this.connecting ??= this.doConnect().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  async disconnect(): Promise<void> {
    this.connecting = undefined;
    if (this.initializedHere && this.dataSource.isInitialized) {
      await this.dataSource.destroy();
      this.initializedHere = false;
    }
  }

  /** Creates the jobs table and indexes if they do not exist (standalone use; hosts use migrations). */
  async ensureSchema(): Promise<void> {
    await this.initialize();
    await this.repository.ensureSchema();
  }

  private async doConnect(): Promise<void> {
    await this.initialize();
    if (this.options.ensureSchema) await this.repository.ensureSchema();
    await this.repository.connect();
  }

  private async initialize(): Promise<void> {
    if (this.dataSource.isInitialized) return;
    await this.dataSource.initialize();
    this.initializedHere = true;
  }
}
