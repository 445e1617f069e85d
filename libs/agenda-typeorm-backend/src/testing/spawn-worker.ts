import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { WorkerConfig, WorkerMessage } from './worker';

const PACKAGE_ROOT = resolve(__dirname, '..', '..');

export interface WorkerProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves once the worker's Agenda has started. */
  readonly ready: Promise<void>;
  /** Stops Agenda in the worker and waits for its report and exit. */
  stop(): Promise<Extract<WorkerMessage, { type: 'stopped' }>>;
  /** SIGKILL: no cleanup, its locks stay in the database. */
  kill(): Promise<void>;
}

/** Starts `worker.ts` in a new Node process (TypeScript through @swc-node/register). */
export function spawnWorker(config: WorkerConfig): WorkerProcess {
  const child = fork(join(__dirname, 'worker.ts'), [], {
    cwd: PACKAGE_ROOT,
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, WORKER_CONFIG: JSON.stringify(config), SWC_NODE_PROJECT: join(PACKAGE_ROOT, 'tsconfig.json') },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const ready = new Promise<void>((resolveReady, reject) => {
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') resolveReady();
    });
    void exited.then((code) => reject(new Error(`worker ${config.name} exited with ${code} before it was ready`)));
  });
  ready.catch(() => undefined);

  return {
    name: config.name,
    child,
    ready,
    async stop() {
      const report = new Promise<Extract<WorkerMessage, { type: 'stopped' }>>((resolveReport, reject) => {
        child.on('message', (message: WorkerMessage) => {
          if (message.type === 'stopped') resolveReport(message);
        });
        void exited.then((code) => reject(new Error(`worker ${config.name} exited with ${code} without a report`)));
      });
      child.send({ type: 'stop' });
      const result = await report;
      await exited;
      return result;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
