import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestCertificates {
  caCert: string;
  cert: string;
  key: string;
  /** The CA's PEM, for Node clients that must trust it. */
  caPem: Buffer;
}

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * A throwaway CA and a server certificate it signed for `venue.test` (and localhost, 127.0.0.1),
 * as an organizer would get one for the venue's name: made fresh in the test, valid for a day.
 */
export function makeCertificates(dir: string, names: readonly string[] = ['venue.test', 'localhost']): TestCertificates {
  mkdirSync(dir, { recursive: true });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=Ortstermin Test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  openssl(['req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', `/CN=${names[0]}`], dir);
  const san = [...names.map((n) => `DNS:${n}`), 'IP:127.0.0.1'].join(',');
  writeFileSync(join(dir, 'ext.cnf'), `subjectAltName=${san}\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n`);
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt',
    '-days', '1', '-extfile', 'ext.cnf'], dir);
  return { caCert: join(dir, 'ca.crt'), cert: join(dir, 'server.crt'), key: join(dir, 'server.key'), caPem: readFileSync(join(dir, 'ca.crt')) };
}

/**
 * A home folder whose NSS database trusts the CA, as a phone with the venue's CA installed (or
 * a certificate from a public CA) would: Chromium on Linux reads `~/.pki/nssdb`.
 */
export function homeTrusting(caCert: string, home: string): string {
  const db = join(home, '.pki', 'nssdb');
  mkdirSync(db, { recursive: true });
  execFileSync('certutil', ['-N', '-d', `sql:${db}`, '--empty-password']);
  execFileSync('certutil', ['-A', '-d', `sql:${db}`, '-n', 'Ortstermin Test CA', '-t', 'C,,', '-i', caCert]);
  return home;
}
