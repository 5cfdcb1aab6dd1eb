import { afterAll } from 'vitest';
import { makeCertificates } from './certificates.js';
import { freePort, startNginx, type RunningProxy } from './reverseProxy.js';
import { ServerProcess } from './serverProcess.js';
import type { TestDevice } from './socketClient.js';
import { tempDir } from './testServer.js';
import { useThrowawayPostgres } from './usePostgres.js';

export interface ClusterFront {
  processes: ServerProcess[];
  /** The front's address: phones connect here. */
  base: string;
  /** The throwaway CA the front's certificate is signed with. */
  caPem: string;
}

/**
 * Server processes on one throwaway PostgreSQL behind Debian's nginx with deploy/nginx-cluster.conf,
 * for one test file; everything (and the devices it registers) is stopped and removed after it.
 */
export function useClusterBehindNginx(): { start(count: number): Promise<ClusterFront>; devices: TestDevice[] } {
  const cluster = useThrowawayPostgres();
  const dir = tempDir('ortstermin-cluster-');
  // Its own folder: nginx's workers run as nobody and must reach it.
  const front = tempDir('ortstermin-cluster-nginx-');
  const certs = makeCertificates(`${dir.path}/certs`, ['localhost']);
  const processes: ServerProcess[] = [];
  const devices: TestDevice[] = [];
  let proxy: RunningProxy | null = null;
  afterAll(async () => {
    devices.forEach((d) => d.disconnect());
    await proxy?.stop();
    for (const p of processes) await p.dispose();
    dir.remove();
    front.remove();
  });
  return {
    devices,
    async start(count) {
      const url = await cluster().createDatabase();
      for (let i = 0; i < count; i++) {
        const p = new ServerProcess({ DATABASE_URL: url, TRUST_PROXY: '127.0.0.1', METRICS_ALLOW: '127.0.0.1' });
        processes.push(p);
        await p.start();
      }
      const httpsPort = await freePort();
      const site = { name: 'localhost', httpsPort, httpPort: await freePort(), appPort: 0, cert: certs.cert, key: certs.key };
      proxy = await startNginx(front.path, site, 'nginx-cluster.conf', processes.map((p) => p.port));
      return { processes, base: `https://localhost:${httpsPort}`, caPem: certs.caPem.toString() };
    },
  };
}
