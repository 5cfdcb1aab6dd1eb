import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface ProxySite {
  /** The name phones use; must be in the test certificate. */
  name: string;
  httpsPort: number;
  httpPort: number;
  appPort: number;
  cert: string;
  key: string;
}

export async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The shipped file from deploy/ with only the names, ports and paths of this throwaway instance replaced. */
export function deployFile(file: string, site: ProxySite, appPorts: readonly number[] = []): string {
  const text = appPorts.reduce((t, port, i) => t.replaceAll(`127.0.0.1:${3001 + i}`, `127.0.0.1:${port}`), readFileSync(join(root, 'deploy', file), 'utf8'));
  return text
    .replaceAll('ortstermin.example.org', `${site.name}:${site.httpsPort}`)
    .replace(/server_name [^;]+;/g, `server_name ${site.name};`)
    .replace(/listen 80;/g, `listen 127.0.0.1:${site.httpPort};`)
    .replace(/listen 443 ssl http2;/g, `listen 127.0.0.1:${site.httpsPort} ssl http2;`)
    .replace(/^\s*listen \[::\].*$/gm, '')
    .replaceAll('/etc/ssl/ortstermin/fullchain.pem', site.cert)
    .replaceAll('/etc/ssl/ortstermin/privkey.pem', site.key)
    .replaceAll('127.0.0.1:3000', `127.0.0.1:${site.appPort}`);
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const start = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`proxy exited (${child.exitCode}): ${log()}`);
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1', () => (socket.destroy(), done(true)));
      socket.on('error', () => done(false));
    });
    if (open) return;
    if (Date.now() - start > 15_000) throw new Error(`proxy did not listen on ${port}: ${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface RunningProxy {
  stop(): Promise<void>;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, port: number): Promise<RunningProxy> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  return waitForPort(port, child, () => output).then(() => ({
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  }));
}

/** Debian's nginx, a throwaway instance: deploy/nginx.conf inside a minimal main configuration; `accessLog`: where its access log goes (none without). */
export function startNginx(dir: string, site: ProxySite, file = 'nginx.conf', appPorts: readonly number[] = [], accessLog?: string): Promise<RunningProxy> {
  chmodSync(dir, 0o755); // the workers run as nobody and write their temporary files here
  writeFileSync(join(dir, 'site.conf'), deployFile(file, site, appPorts));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nworker_processes 1;\nworker_rlimit_nofile 8192;\nevents { worker_connections 4096; }\n` +
      `http {\n  access_log ${accessLog ?? 'off'};\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n` +
      `  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;\n  include ${dir}/site.conf;\n}\n`,
  );
  return run('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], process.env, site.httpsPort);
}

/** Debian's Caddy, a throwaway instance: deploy/Caddyfile with a global block that keeps it local. */
export function startCaddy(dir: string, site: ProxySite): Promise<RunningProxy> {
  const global = `{\n\tadmin off\n\thttp_port ${site.httpPort}\n\thttps_port ${site.httpsPort}\n\tstorage file_system ${dir}/data\n}\n`;
  writeFileSync(join(dir, 'Caddyfile'), global + deployFile('Caddyfile', site));
  const env = { ...process.env, HOME: dir, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config') };
  return run('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], env, site.httpsPort);
}
