import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export const hasStrace = spawnSync('strace', ['-V']).status === 0;

/**
 * The real server process (`npm start`'s entry), killed with SIGKILL and started again on the same
 * port and data folder. An exit the battery did not cause (a crash of its own) is counted.
 */
export class ChaosServer {
  private child: ChildProcess | null = null;
  port = 0;
  moderatorCode = '';
  unexpectedExits = 0;
  output = '';
  /** Commits the server reported as failed (and survived): group commits and vote counts. */
  failedCommits = 0;

  constructor(private readonly dataDir: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main.ts')], {
      cwd: root,
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir, CLIENT_DIR: join(this.dataDir, 'none') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let stdout = '';
    // A store that refuses writes is logged as one structured line on stdout (commitPipeline.ts).
    child.stdout?.on('data', (chunk: Buffer) => (this.failedCommits += chunk.toString().match(/"kind":"commit"/g)?.length ?? 0));
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      this.failedCommits += text.match(/^(commit failed|committing vote counts failed)/gm)?.length ?? 0;
      this.output = (this.output + text).slice(-20_000);
    });
    child.once('exit', () => {
      if (this.child === child) {
        this.unexpectedExits++;
        this.child = null;
      }
    });
    await new Promise<void>((ready, failed) => {
      const timer = setTimeout(() => failed(new Error(`server did not start: ${this.output.slice(-2000)}`)), 60_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const attendees = /^Attendees: (\S+)$/m.exec(stdout)?.[1];
        const moderator = /^Moderator: \S+#code=(\S+)$/m.exec(stdout)?.[1];
        // The links come at the first start only, before "Attendees"; a restart keeps the first's code.
        if (attendees) {
          clearTimeout(timer);
          this.port = Number(new URL(attendees).port);
          this.moderatorCode = moderator ?? this.moderatorCode;
          ready();
        }
      });
    });
  }

  /** kill -9: no goodbye to the sockets, nothing flushed. */
  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  stop(): Promise<void> {
    return this.end('SIGTERM');
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /**
   * Makes the server's syncs to disk fail (EIO) from the second on, for `ms`, with strace attached
   * to the running process; then detaches. The server must answer `unavailable` and carry on.
   */
  async failSyncs(ms: number, during: () => void): Promise<void> {
    if (!this.pid) return;
    const strace = spawn('strace', ['-f', '-qq', '-o', '/dev/null', '-p', String(this.pid), '-e', 'trace=fsync,fdatasync',
      '-e', 'inject=fsync,fdatasync:error=EIO:when=2+'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 200)); // attached by then
    during();
    await new Promise((r) => setTimeout(r, ms));
    const done = new Promise((r) => strace.once('exit', r));
    strace.kill('SIGINT');
    await done;
  }
}
