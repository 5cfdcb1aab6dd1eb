import { readFileSync } from 'node:fs';
import satisfies from 'spdx-satisfies';
import { describe, expect, it } from 'vitest';
import { lockedPackages, projectManifest } from '../support/shippedPackages.js';

/** Licences that may be shipped with a work under the EUPL-1.2 (issue 29's list). */
const shippable = [
  'MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0', 'CC0-1.0', 'Python-2.0', 'MPL-2.0', 'LGPL-3.0', 'LGPL-3.0-or-later', 'EUPL-1.2',
  // The Unlicense (the `postgres` client) dedicates the code to the public domain with no conditions at all.
  'Unlicense',
];

const isShippable = (license: string | undefined) => license !== undefined && satisfies(license, shippable);

describe('licences', () => {
  it('Ortstermin itself is under the EUPL-1.2, with the licence text beside it', () => {
    expect(projectManifest().license).toBe('EUPL-1.2');
    expect(readFileSync(new URL('../../LICENSE', import.meta.url), 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
  });

  it("every package the server or the phones' app ships has a licence that may be shipped with it", () => {
    const shipped = lockedPackages().filter((pkg) => pkg.shipped);
    // The server's runtime and what the client bundles from development dependencies.
    expect(shipped.map((pkg) => pkg.name)).toEqual(expect.arrayContaining(['hono', 'socket.io', 'solid-js', '@solidjs/router', 'idb', 'workbox-precaching']));
    expect(shipped.filter((pkg) => !isShippable(pkg.license)).map((pkg) => `${pkg.name}: ${pkg.license ?? 'none'}`)).toEqual([]);
  });

  it('the check tells a licence outside the list, and an OR that offers one inside it', () => {
    expect(isShippable('GPL-3.0-only')).toBe(false);
    expect(isShippable('SSPL-1.0')).toBe(false);
    expect(isShippable(undefined)).toBe(false);
    expect(isShippable('(MIT OR WTFPL)')).toBe(true);
    expect(isShippable('Apache-2.0 AND CC-BY-NC-4.0')).toBe(false);
  });

  it('lists the development tools, which are not shipped', () => {
    const tools = lockedPackages().filter((pkg) => !pkg.shipped);
    expect(tools.map((pkg) => pkg.name)).toEqual(expect.arrayContaining(['vitest', 'eslint', 'playwright-core', 'workbox-build']));
    expect(tools.map((pkg) => pkg.name)).not.toContain('solid-js');
    console.info(`${tools.length} development packages, not shipped:`, tools.map((pkg) => `${pkg.name} (${pkg.license ?? 'no licence field'})`).join(', '));
  });
});
