import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './testServer.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The links of the start that made the codes; a later start on the same data keeps them (it prints none). */
export interface StartLinks {
  attendees: string;
  organizer: string;
  /** Empty without the demo (ORTSTERMIN_DEMO=off). */
  moderator: string;
}

/**
 * The real server as `npm start` runs it, in its own process, so a test can stop it the way a
 * dead venue Wi-Fi looks to a phone and start it again on the same port and data.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  readonly dataDir = tempDir('ortstermin-e2e-');
  port = 0;
  links: StartLinks = { attendees: '', organizer: '', moderator: '' };
  output = '';
  /** How the last run ended, with the time from the stop signal to the exit. */
  lastExit: { code: number | null; signal: NodeJS.Signals | null; afterMs: number } | null = null;

  /**
   * The env is read at every start, so a test can restart the server with another build
   * (CLIENT_DIR). `compiled` runs the production build (`node dist/server/main.js`, after
   * `npm run build`) in a process group of its own, as a terminal or systemd starts it.
   */
  constructor(
    public env: Record<string, string> = {},
    private readonly entry: 'source' | 'compiled' = 'source',
  ) {}

  /** The server's process id while it runs (to attach strace to it); its process group's too when it runs compiled. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    // `node --import tsx`, not the tsx CLI: one process, so a kill reaches the server itself.
    const args = this.entry === 'compiled' ? [join(root, 'dist/server/main.js')] : ['--import', 'tsx', join(root, 'server/main.ts')];
    const child = spawn(process.execPath, args, {
      cwd: root,
      detached: this.entry === 'compiled',
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir.path, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const from = this.output.length; // a restart reads its own lines, not the last start's
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    await new Promise<void>((ready, failed) => {
      child.once('exit', (code) => failed(new Error(`server exited (${code}): ${this.output}`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        this.output += chunk.toString();
        const found = (label: string) => new RegExp(`^${label}: (\\S+)$`, 'm').exec(this.output.slice(from))?.[1];
        const [attendees, organizer, moderator] = ['Attendees', 'Organizer', 'Moderator'].map(found);
        // "Attendees" is the start's last line; the staff links come before it, at the first start only.
        if (attendees) {
          this.links = { attendees, organizer: organizer ?? this.links.organizer, moderator: moderator ?? this.links.moderator };
          this.port = Number(new URL(attendees).port);
          ready();
        }
      });
    });
    return this;
  }

  /** Trades a printed staff link's code for a token, as the staff page does. */
  async tokenFor(link: string): Promise<string> {
    const code = new URL(link).hash.replace('#code=', '');
    const response = await fetch(`${this.url}/api/access/redeem`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null || !('token' in body) || typeof body.token !== 'string') {
      throw new Error(`redeem failed: ${JSON.stringify(body)}`);
    }
    return body.token;
  }

  /** Sends a command as staff over HTTP, as a moderator's laptop could. */
  async command(token: string, type: string, payload: unknown): Promise<unknown> {
    const body = JSON.stringify({ id: crypto.randomUUID(), type, payload });
    const send = () =>
      fetch(`${this.url}/api/commands`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
    // A kept-alive connection the server closed just as it was reused: sent again, as an outbox
    // would, with the same command id, so it counts once. On a loaded machine every idle connection
    // of the pool can be such a one (CI saw two in a row). A server that is down stays an error.
    const closedUnderneath = (error: unknown) =>
      error instanceof TypeError && error.cause instanceof Error && 'code' in error.cause && error.cause.code === 'UND_ERR_SOCKET';
    for (let attempt = 1; ; attempt++) {
      try {
        return await (await send()).json();
      } catch (error) {
        if (attempt === 4 || !closedUnderneath(error)) throw error;
      }
    }
  }

  /** Sends a signal and returns at once (stop() below waits for the exit). */
  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  /**
   * SIGKILL by default: no goodbye to the sockets, like a crash or a pulled cable. `toGroup`
   * signals the whole process group, as Ctrl+C in a terminal does (compiled only).
   */
  async stop(signal: NodeJS.Signals = 'SIGKILL', toGroup = false): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = null;
    const sent = Date.now();
    const exited = new Promise<void>((r) =>
      child.once('exit', (code, exitSignal) => {
        this.lastExit = { code, signal: exitSignal, afterMs: Date.now() - sent };
        r();
      }),
    );
    if (toGroup && child.pid !== undefined) process.kill(-child.pid, signal);
    else child.kill(signal);
    await exited;
  }

  async dispose(): Promise<void> {
    await this.stop();
    this.dataDir.remove();
  }
}
