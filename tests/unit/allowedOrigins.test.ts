import { describe, expect, it } from 'vitest';
import { allowedOrigins } from '../../server/transport/allowedOrigins.js';

/** Which pages may open a socket or post to the API from a browser (issue 28: DNS rebinding, forged origins). */
describe('allowed origins', () => {
  it('lets requests without an Origin through: they come from no browser and carry no victim’s credentials', () => {
    expect(allowedOrigins({ publicUrl: 'https://venue.test', extraOrigins: [], port: () => 3000 })(undefined)).toBe(true);
  });

  it('with PUBLIC_URL: that origin and the extra ones, scheme, host and port all counting, and no loopback name', () => {
    const allowed = allowedOrigins({ publicUrl: 'https://venue.test/', extraOrigins: ['https://programm.example.org/seite', 'kein url'], port: () => 3000 });
    expect(allowed('https://venue.test')).toBe(true);
    expect(allowed('https://venue.test:443')).toBe(true);
    expect(allowed('https://programm.example.org')).toBe(true);
    expect(allowed('http://venue.test')).toBe(false);
    expect(allowed('https://venue.test:8443')).toBe(false);
    expect(allowed('https://evil.venue.test')).toBe(false);
    expect(allowed('http://localhost:3000', 'http')).toBe(false);
    expect(allowed('kein url')).toBe(false);
  });

  it('never lets in the opaque origin "null" (a sandboxed frame, a file), even where an extra origin is a file', () => {
    const allowed = allowedOrigins({ publicUrl: null, extraOrigins: ['file:///home/orga/programm.html'], port: () => 3000 });
    expect(allowed('null')).toBe(false);
    expect(allowed('file:///home/orga/programm.html')).toBe(false);
  });

  it('without PUBLIC_URL: the loopback names at the listening port only, with the scheme the phone used', () => {
    let port = 3000;
    const allowed = allowedOrigins({ publicUrl: null, extraOrigins: [], port: () => port });
    for (const host of ['localhost', '127.0.0.1', '[::1]']) expect(allowed(`http://${host}:3000`)).toBe(true);
    expect(allowed('http://localhost:4000')).toBe(false);
    expect(allowed('http://localhost.evil.example:3000')).toBe(false);
    expect(allowed('https://localhost:3000')).toBe(false);
    expect(allowed('https://localhost:3000', 'https')).toBe(true);
    expect(allowed('http://localhost:3000', 'https')).toBe(false);
    // The port is read when asked: a server listening on port 0 learns it after start.
    port = 4000;
    expect(allowed('http://localhost:4000')).toBe(true);
  });
});
