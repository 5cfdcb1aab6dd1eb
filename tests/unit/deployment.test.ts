import { describe, expect, it } from 'vitest';
import { isInsecurePublicUrl } from '../../shared/deployment.js';
import { readConfig } from '../../server/config.js';
import { insecureUrlWarning, terminalQr } from '../../server/ops/startBanner.js';

describe('the plain-http warning', () => {
  it.each([
    ['http://192.168.1.10:3000', true],
    ['http://venue.test:3000', true],
    ['http://ortstermin.kreis-beispiel.de', true],
    ['https://venue.test:3000', false],
    ['http://localhost:3000', false],
    ['http://app.localhost:3000', false],
    ['http://127.0.0.1:3000', false],
    ['http://[::1]:3000', false],
  ])('%s is insecure for phones: %s', (url, insecure) => {
    expect(isInsecurePublicUrl(url)).toBe(insecure);
    expect(insecureUrlWarning(url) !== null).toBe(insecure);
  });

  it('says what phones lose and how to fix it', () => {
    const text = insecureUrlWarning('http://192.168.1.10:3000') ?? '';
    expect(text).toMatch(/no offline use, no install/);
    expect(text).toMatch(/TLS_CERT, TLS_KEY/);
    expect(text).toMatch(/docs\/deployment\.md/);
  });
});

describe('start-up configuration', () => {
  it('TLS_CERT and TLS_KEY go together, and the redirect port needs them', () => {
    expect(() => readConfig({ TLS_KEY: '/k.pem' })).toThrow('TLS_CERT and TLS_KEY go together');
    expect(() => readConfig({ HTTP_REDIRECT_PORT: '80' })).toThrow('HTTP_REDIRECT_PORT redirects to HTTPS');
    expect(readConfig({ TLS_CERT: '/c.pem', TLS_KEY: '/k.pem', HTTP_REDIRECT_PORT: '80' })).toMatchObject({
      tls: { cert: '/c.pem', key: '/k.pem' },
      httpRedirectPort: 80,
    });
    expect(readConfig({}).tls).toBeNull();
  });

  it('draws the attendee address as a QR code for the terminal', async () => {
    const qr = await terminalQr('https://venue.test/');
    expect(qr.split('\n').length).toBeGreaterThan(10);
    expect(qr).toMatch(/[▀▄█]/);
  });
});
