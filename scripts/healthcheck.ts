import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/**
 * The container's HEALTHCHECK: asks this server's own /api/ready on loopback and exits 0 when it
 * is ready. Over TLS the certificate names the venue, not 127.0.0.1, so it is not checked here.
 */
const tls = Boolean(process.env.TLS_CERT);
const send = tls ? httpsRequest : httpRequest;
const port = process.env.PORT ?? '3000';
const req = send({ host: '127.0.0.1', port, path: '/api/ready', timeout: 2500, rejectUnauthorized: false }, (res) => {
  res.resume();
  process.exit(res.statusCode === 200 ? 0 : 1);
});
req.on('timeout', () => req.destroy());
req.on('error', () => process.exit(1));
req.end();
