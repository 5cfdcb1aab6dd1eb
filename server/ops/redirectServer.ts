import { createServer, type Server } from 'node:http';

/**
 * HTTP_REDIRECT_PORT: a phone that types the address without https:// lands on the HTTPS one.
 * The target is PUBLIC_URL when it is https, else the same host name on the HTTPS port.
 */
export function startRedirectServer(options: { port: number; host?: string; httpsPort: number; publicUrl: string | null }): Promise<Server> {
  const server = createServer((req, res) => {
    const hostname = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
    const base = options.publicUrl?.startsWith('https://') ? options.publicUrl : `https://${hostname}:${options.httpsPort}`;
    const path = (req.url ?? '/').startsWith('/') ? (req.url ?? '/') : '/';
    res.writeHead(308, { location: new URL(path, base).href, 'content-length': '0' }).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
