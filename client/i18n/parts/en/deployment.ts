/** The English strings of `../deployment.ts`: loaded only when a phone reads English. */
import type { de } from '../deployment';

export const en: Record<keyof typeof de, string> = {
  'deploy.insecure.title': 'Warning: the address for phones is unencrypted (http://)',
  'deploy.insecure.address': 'Phones are given {url}.',
  'deploy.insecure.thisPage': 'This page was opened at an unencrypted address.',
  'deploy.insecure.loss':
    'Over http:// phones do not treat the page as secure: it will not work offline, cannot be installed, and queued questions are lost when the tab is closed.',
  'deploy.insecure.fix':
    'Fix: a certificate for a name the phones resolve (TLS_CERT, TLS_KEY), or an HTTPS proxy in front, and PUBLIC_URL=https://… – see docs/deployment.md.',
  'deploy.version': 'Ortstermin, version {version}',
};
