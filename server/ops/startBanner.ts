import QRCode from 'qrcode';
import { isInsecurePublicUrl } from '../../shared/deployment.js';

/** Printed at start when phones are given a plain-HTTP address that is not localhost. */
export function insecureUrlWarning(publicUrl: string): string | null {
  if (!isInsecurePublicUrl(publicUrl)) return null;
  return [
    `WARNING: PUBLIC_URL ${publicUrl} is plain HTTP and not localhost.`,
    '  Phones will not treat it as a secure context: no offline use, no install, no outbox across a closed tab.',
    '  Fix: give the server a certificate (TLS_CERT, TLS_KEY) for a name the phones resolve, or put it behind an',
    '  HTTPS reverse proxy (TRUST_PROXY), and set PUBLIC_URL=https://… — see docs/deployment.md.',
  ].join('\n');
}

/** The attendee address as a QR code for the terminal, so the organizer can try it with a phone at once. */
export function terminalQr(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}
