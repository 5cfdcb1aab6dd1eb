import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { boundsBox } from '../../client/features/map/placeGeometry.js';
import { turnPlan } from '../../client/features/map/planTurn.js';
import { standsFileSchema } from '../../shared/standsImport.js';
import { phoneContext } from '../support/browser.js';
import { useBrowserSession } from '../support/browserSession.js';

const demo = standsFileSchema.parse(JSON.parse(readFileSync(new URL('../../server/demo/demoStands.json', import.meta.url), 'utf8')));
const places = demo.floorPlan.places;
// A phone held upright shows the wide demo plan turned a quarter (1000 × 640 becomes 640 × 1000).
const turned = turnPlan(demo.floorPlan);
const e2e = useBrowserSession();

async function openMap(path = '/map', viewport?: { width: number; height: number }): Promise<Page> {
  const page = await (await phoneContext(e2e.browser)).newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`${e2e.server.url}${path}`);
  await page.waitForSelector('svg.venue-map-svg a[data-place-id]');
  return page;
}

const viewBox = async (page: Page) => (await page.locator('svg.venue-map-svg').getAttribute('viewBox')) ?? '';
const viewWidth = async (page: Page) => Number((await viewBox(page)).split(' ')[2]);
const focusedPlace = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-place-id') ?? null);

describe('venue map', () => {
  it('draws every place as a named link that Tab reaches', async () => {
    const page = await openMap();
    for (const place of places) {
      const name = `${place.kind === 'stand' ? 'Stand' : 'Raum'} ${place.label}`;
      await expect.poll(() => page.getByRole('link', { name, exact: true }).count()).toBe(1);
    }
    await page.locator('svg.venue-map-svg').focus();
    const reached = new Set<string>();
    for (let i = 0; i < places.length; i += 1) {
      await page.keyboard.press('Tab');
      reached.add((await focusedPlace(page)) ?? '');
    }
    expect([...reached].sort()).toEqual(places.map((p) => p.id).sort());
  });

  it('highlights the stand from the link, zooms to it and says so', async () => {
    const page = await openMap('/map?stand=digitale-doerfer');
    const link = page.locator('a[data-place-id="stand-digitale-doerfer"]');
    await expect.poll(() => link.getAttribute('aria-current')).toBe('location');
    expect(await page.locator('a[aria-current="location"]').count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'Markiert' }).textContent()).toBe('Markiert: Stand Digitale Dörfer');
    await expect.poll(() => viewWidth(page)).toBeLessThan(600);
    const [x = 0, y = 0, width = 0, height = 0] = (await viewBox(page)).split(' ').map(Number);
    // The stand (on the turned plan) lies inside the view.
    const place = turned.places.find((p) => p.id === 'stand-digitale-doerfer');
    if (!place) throw new Error('no such stand on the plan');
    const stand = boundsBox(place.shape);
    expect(x).toBeLessThanOrEqual(stand.x);
    expect(y).toBeLessThanOrEqual(stand.y);
    expect(x + width).toBeGreaterThanOrEqual(stand.x + stand.width);
    expect(y + height).toBeGreaterThanOrEqual(stand.y + stand.height);
    expect(await page.locator('.place-marker').count()).toBe(1);
  });

  it('opens a stand with a tap, but not at the end of a drag', async () => {
    const page = await openMap();
    await page.getByRole('button', { name: 'Vergrößern' }).click();
    await expect.poll(() => viewWidth(page)).toBeLessThan(1000);
    const before = await viewBox(page);
    const box = await page.locator('a[data-place-id="stand-kitaportal"] .place-shape').boundingBox();
    if (!box) throw new Error('the stand is not on screen');
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x - 40, at.y + 10, { steps: 5 });
    await page.mouse.up();
    expect(await viewBox(page)).not.toBe(before);
    expect(new URL(page.url()).pathname).toBe('/map');

    await page.locator('a[data-place-id="stand-kitaportal"] .place-shape').tap();
    await page.waitForURL(/\/stand\/kitaportal$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kitaportal');
  });

  it('zooms with the buttons, the keys and two fingers', async () => {
    const page = await openMap();
    expect(await viewBox(page)).toBe('0 0 640 1000');
    await page.getByRole('button', { name: 'Vergrößern' }).click();
    await expect.poll(() => viewWidth(page)).toBeCloseTo(640 / 1.5, 3);
    await page.getByRole('button', { name: 'Verkleinern' }).click();
    await expect.poll(() => viewWidth(page)).toBeCloseTo(640, 3);
    await page.locator('svg.venue-map-svg').focus();
    await page.keyboard.press('+');
    await expect.poll(() => viewWidth(page)).toBeCloseTo(640 / 1.5, 3);
    await page.getByRole('button', { name: 'Ganzer Plan' }).click();
    await expect.poll(() => viewBox(page)).toBe('0 0 640 1000');

    const map = await page.locator('svg.venue-map-svg').boundingBox();
    if (!map) throw new Error('no map');
    const y = map.y + map.height / 2;
    const cx = map.x + map.width / 2;
    const cdp = await page.context().newCDPSession(page);
    const fingers = (spread: number) => [
      { x: cx - spread, y, id: 0 },
      { x: cx + spread, y, id: 1 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(30) });
    for (const spread of [40, 50, 60]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => viewWidth(page)).toBeCloseTo(320, 0);
  });

  it('fills most of a phone’s height, every stand with a readable label inside it, no room name over a stand (issue 16)', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 844 }, { width: 320, height: 640 }]) {
      const page = await openMap('/map', viewport);
      const map = await page.locator('svg.venue-map-svg').boundingBox();
      if (!map) throw new Error('no map');
      if (viewport.height >= 800) expect(map.height, `${viewport.width} px`).toBeGreaterThanOrEqual(0.55 * viewport.height);
      // The whole plan fits above the bottom navigation, so it is seen without scrolling.
      const nav = await page.locator('nav.bottom-nav').boundingBox();
      expect(map.y + map.height).toBeLessThanOrEqual(nav?.y ?? viewport.height);
      const numbers = new Map(turned.places.filter((p) => p.kind === 'stand').map((p, i) => [p.id, i + 1]));
      for (const [id, number] of numbers) {
        const label = page.locator(`[data-label-for="${id}"] text`).first();
        expect(await label.textContent(), id).toMatch(new RegExp(`^${number}\\b`));
        const box = await label.boundingBox();
        if (!box) throw new Error(`${id} has no visible label`);
        expect(box.height, `${id} label height`).toBeGreaterThanOrEqual(10);
        expect(box.x).toBeGreaterThanOrEqual(map.x);
        expect(box.y).toBeGreaterThanOrEqual(map.y);
        expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
        expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
      }
      // The Foyer's name, drawn with the phone's own font, is readable and covers no stand in it
      // (the text's glyph cells against the stands' shapes; halo and outline are drawn over them).
      const boxes = await page.evaluate(() => {
        const rect = (element: Element | null) => {
          const r = element?.getBoundingClientRect();
          return r && { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
        };
        const stands = [...document.querySelectorAll('a.place-stand')].map((a) => ({ id: a.getAttribute('data-place-id'), box: rect(a.querySelector('.place-shape')) }));
        return { foyer: rect(document.querySelector('[data-label-for="raum-foyer"] text')), stands };
      });
      const foyer = boxes.foyer;
      if (!foyer) throw new Error(`${viewport.width} × ${viewport.height}: the Foyer has no visible name`);
      expect(Math.min(foyer.width, foyer.height), 'the Foyer name’s line on screen').toBeGreaterThanOrEqual(12);
      expect(boxes.stands).toHaveLength(numbers.size);
      for (const { id, box: stand } of boxes.stands) {
        if (!stand) throw new Error(`${id} is not drawn`);
        const apart = foyer.left >= stand.right || stand.left >= foyer.right || foyer.top >= stand.bottom || stand.top >= foyer.bottom;
        expect(apart, `${viewport.width} × ${viewport.height}: the Foyer's name over ${id}`).toBe(true);
      }
      await page.context().close();
    }
  });

  it('keeps a wide plan as it is on a phone held sideways', async () => {
    const page = await openMap('/map', { width: 844, height: 390 });
    expect(await viewBox(page)).toBe('0 0 1000 640');
    await page.context().close();
  });

  it('shows each stand’s map number on the directory and the stand page, linking to it on the map (issue 16)', async () => {
    const page = await openMap();
    const label = page.locator('[data-label-for="stand-digitale-doerfer"] text').first();
    const number = (await label.textContent())?.match(/^\d+/)?.[0];
    expect(number).toBe('2');
    await page.goto(`${e2e.server.url}/stands`);
    const card = page.locator('li[data-stand-id="digitale-doerfer"]');
    expect(await card.locator('.stand-number-link').textContent()).toBe(`Stand ${number}`);
    await page.goto(`${e2e.server.url}/stand/digitale-doerfer`);
    expect(await page.locator('.stand-detail [data-stand-number]').textContent()).toBe(`Stand ${number}`);
    await page.goto(`${e2e.server.url}/stands`);
    await card.getByRole('link', { name: `Stand ${number}, auf der Karte zeigen` }).click();
    await page.waitForURL(/\/map\?stand=digitale-doerfer$/);
    await expect.poll(() => page.locator('a[data-place-id="stand-digitale-doerfer"]').getAttribute('aria-current')).toBe('location');
    await page.context().close();
  });

  it('lists every room and stand as ordinary links', async () => {
    const page = await openMap();
    const list = page.locator('section.place-list');
    expect(await list.getByRole('heading', { name: 'Stände', exact: true }).count()).toBe(1);
    expect(await list.getByRole('heading', { name: 'Räume', exact: true }).count()).toBe(1);
    for (const stand of demo.stands) {
      expect(await list.locator(`a[href="/stand/${stand.id}"]`).textContent()).toBe(stand.name);
    }
    expect(await list.locator('a[href^="/map?room="]').count()).toBe(5);
  });

  it('leads from a session to its room, highlighted, with the room’s programme', async () => {
    const page = await (await phoneContext(e2e.browser)).newPage();
    await page.goto(`${e2e.server.url}/session/digitale-doerfer`);
    await page.getByRole('link', { name: 'Auf der Karte zeigen' }).click();
    await page.waitForURL(/\/map\?room=auditorium$/);
    const room = page.locator('a[data-place-id="raum-auditorium"]');
    await expect.poll(() => room.getAttribute('aria-current')).toBe('location');
    expect(await page.getByRole('status').filter({ hasText: 'Markiert' }).textContent()).toContain('Markiert: Raum Auditorium');
    const panel = page.locator('section.room-panel');
    expect(await panel.getByRole('heading').first().textContent()).toBe('Programm: Auditorium');
    expect(await panel.locator('a[href="/session/digitale-doerfer"]').count()).toBe(1);
  });
});
