import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { demoDayEnv, fileBrowser } from '../support/browserSession.js';
import { solidPng } from '../support/mediaFiles.js';
import { waitForSavedState, waitForServiceWorkerControl } from '../support/pwa.js';
import { ServerProcess } from '../support/serverProcess.js';

/** Generous: two browsers and a server share two cores in CI. */
const live = { timeout: 15_000 };
/** Screenshots only when asked for (`SHOTS_DIR=… npx vitest run tests/e2e/planEditor.test.ts`). */
const shots = process.env.SHOTS_DIR;
const dragged = 'digitale-doerfer';
const keyed = 'smarte-lichtmasten';
/** The demo plan is 1000 × 640; the arrow key's step is a hundredth of its shorter side. */
const planHeight = 640;
const step = 6.4;

const sizes = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: 'laptop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
] as const;
type Size = (typeof sizes)[number];

let browser: Browser;
beforeAll(async () => {
  browser = await fileBrowser();
});
afterAll(async () => browser?.close());

const contextOf = (size: Size): Promise<BrowserContext> =>
  browser.newContext({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.hasTouch, deviceScaleFactor: size.deviceScaleFactor, locale: 'de-DE' });

/** A place's middle on the attendee's map, in the plan's own units (turned back when a portrait phone turned the plan). */
async function attendeeMiddle(page: Page, standId: string): Promise<{ x: number; y: number }> {
  const shape = page.locator(`a[data-place-id="stand-${standId}"] rect`);
  const [x, y, w, h] = await Promise.all(['x', 'y', 'width', 'height'].map(async (name) => Number(await shape.getAttribute(name))));
  const middle = { x: x! + w! / 2, y: y! + h! / 2 };
  const turned = await page.locator('svg.venue-map-svg').evaluate((svg) => svg.classList.contains('is-turned'));
  // The turn maps (px, py) to (height − py, px) on this plan (planTurn.ts).
  return turned ? { x: middle.y, y: planHeight - middle.x } : middle;
}

/** A room's box on the attendee's map, in the plan's own units. */
async function attendeeRoomSize(page: Page, roomId: string): Promise<{ width: number; height: number }> {
  const shape = page.locator(`a[data-place-id="raum-${roomId}"] rect`);
  const [w, h] = await Promise.all(['width', 'height'].map(async (name) => Number(await shape.getAttribute(name))));
  const turned = await page.locator('svg.venue-map-svg').evaluate((svg) => svg.classList.contains('is-turned'));
  return turned ? { width: h!, height: w! } : { width: w!, height: h! };
}

const near = (at: { x: number; y: number }, to: { x: number; y: number }, within: number) => Math.hypot(at.x - to.x, at.y - to.y) <= within;

/** Where the stand's marker is on screen and where a plan point is, with the plan in the middle of the screen. */
async function dragPath(page: Page, standId: string, to: { x: number; y: number }) {
  const dot = page.locator(`[data-edit-stand="${standId}"] .edit-stand-dot`);
  // In the middle of the screen: the phone's fixed navigation at the bottom would take the press.
  await page.locator('svg.plan-editor-svg').evaluate((svg) => svg.scrollIntoView({ block: 'center' }));
  const box = await dot.boundingBox();
  if (!box) throw new Error('the stand is not drawn');
  const target = await page.locator('svg.plan-editor-svg').evaluate((svg, point) => {
    const screen = new DOMPoint(point.x, point.y).matrixTransform((svg as SVGSVGElement).getScreenCTM()!);
    return { x: screen.x, y: screen.y };
  }, to);
  return { from: { x: box.x + box.width / 2, y: box.y + box.height / 2 }, to: target };
}

/** Drags the stand's marker with the mouse so its middle lands on this plan point. */
async function dragStand(page: Page, standId: string, to: { x: number; y: number }): Promise<void> {
  const path = await dragPath(page, standId, to);
  await page.mouse.move(path.from.x, path.from.y);
  await page.mouse.down();
  await page.mouse.move(path.to.x, path.to.y, { steps: 8 });
  await page.mouse.up();
}

/** The same with a finger: touch events as a phone's screen sends them (the page must not scroll instead). */
async function touchDragStand(page: Page, standId: string, to: { x: number; y: number }): Promise<void> {
  const path = await dragPath(page, standId, to);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: { x: number; y: number } | null) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at.x, y: at.y }] : [] });
  await touch('touchStart', path.from);
  for (let i = 1; i <= 8; i++) await touch('touchMove', { x: path.from.x + ((path.to.x - path.from.x) * i) / 8, y: path.from.y + ((path.to.y - path.from.y) * i) / 8 });
  await touch('touchEnd', null);
  await cdp.detach();
}

async function fieldValues(page: Page): Promise<{ x: number; y: number }> {
  const form = page.locator('form[data-form="plan-place"]');
  return { x: Number(await form.getByLabel('Mitte x (von links)').inputValue()), y: Number(await form.getByLabel('Mitte y (von oben)').inputValue()) };
}

describe.each(sizes)('the floor plan editor at $name size', (size) => {
  it('the organizer uploads the plan image, drags one stand and moves another with the keys, widens a room; the attendee’s map follows live (and, on a phone, keeps both offline)', async () => {
    const server = await new ServerProcess(demoDayEnv).start();
    try {
      const attendeeContext = await contextOf(size);
      const attendee = await attendeeContext.newPage();
      await attendee.goto(`${server.url}/map`);
      await waitForServiceWorkerControl(attendee);
      await attendee.locator(`a[data-place-id="stand-${dragged}"]`).waitFor({ state: 'attached' });
      const before = { dragged: await attendeeMiddle(attendee, dragged), keyed: await attendeeMiddle(attendee, keyed) };

      const organizer = await (await contextOf(size)).newPage();
      await organizer.goto(server.links.organizer);
      await organizer.waitForURL(/\/organizer$/);
      // The image is named by a command, which goes over the live connection: "Keine Verbindung" before it stands.
      await organizer.locator('p.connection[data-status="online"]').waitFor(live);
      const upload = organizer.locator('form[data-form="plan-image"]');
      await upload.getByLabel('Bilddatei').setInputFiles({ name: 'hallenplan.png', mimeType: 'image/png', buffer: solidPng(200, 128, [250, 236, 200]) });
      await upload.getByRole('button', { name: 'Hochladen und zeigen' }).click();
      await upload.getByText('Das Bild ist jetzt auf der Karte.').waitFor(live);

      const editor = organizer.locator('section[data-section="plan-editor"]');
      await editor.locator('image.plan-image').waitFor({ state: 'attached', ...live });
      const target = { x: 300, y: 560 };
      await dragStand(organizer, dragged, target);
      await expect.poll(() => editor.locator('.form-message').textContent(), live).toContain('Gespeichert: Digitale Dörfer');
      // The marker's middle, within a pixel or two of where the mouse let go.
      const placed = await fieldValues(organizer);
      expect(near(placed, target, 8)).toBe(true);
      await expect.poll(async () => near(await attendeeMiddle(attendee, dragged), placed, 0.2), live).toBe(true);

      if (size.hasTouch) {
        const touched = 'vr-time-travel';
        const scrolled = await organizer.evaluate(() => window.scrollY);
        await touchDragStand(organizer, touched, { x: 800, y: 560 });
        await expect.poll(() => editor.locator('.form-message').textContent(), live).toContain('Gespeichert: VR-Time-Travel');
        expect(near(await fieldValues(organizer), { x: 800, y: 560 }, 8)).toBe(true);
        expect(await organizer.evaluate(() => window.scrollY)).toBe(scrolled);
        await expect.poll(async () => near(await attendeeMiddle(attendee, touched), { x: 800, y: 560 }, 8), live).toBe(true);
      }

      // The keyboard: the stand takes the focus, two steps right and three down, then rests.
      const marker = editor.locator(`[data-edit-stand="${keyed}"]`);
      await marker.focus();
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown']) await organizer.keyboard.press(key);
      const moved = { x: before.keyed.x + 2 * step, y: before.keyed.y + 3 * step };
      await expect.poll(async () => near(await attendeeMiddle(attendee, keyed), moved, 0.2), live).toBe(true);
      expect(near(await fieldValues(organizer), moved, 0.2)).toBe(true);
      // The change came back live and the marker kept the keyboard's focus.
      expect(await organizer.evaluate(() => document.activeElement?.getAttribute('data-edit-stand'))).toBe(keyed);
      expect(near(await attendeeMiddle(attendee, dragged), before.dragged, 1)).toBe(false);

      // A room made wider by its resize handle, with the keyboard: one big step (Shift) to the right.
      expect(await attendeeRoomSize(attendee, 'seminar-1')).toEqual({ width: 195, height: 150 });
      await editor.locator('[data-edit-handle="resize:seminar-1"]').focus();
      await organizer.keyboard.press('Shift+ArrowRight');
      await expect.poll(() => attendeeRoomSize(attendee, 'seminar-1'), live).toEqual({ width: 195 + 5 * step, height: 150 });
      await marker.focus();

      const axe = await new AxeBuilder({ page: organizer }).include('section[data-section="plan-editor"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      if (shots) {
        await editor.screenshot({ path: `${shots}/plan-editor-${size.name}.png` });
        await editor.scrollIntoViewIfNeeded();
        await organizer.screenshot({ path: `${shots}/plan-editor-screen-${size.name}.png` });
      }
      // Keeping it offline is the phone's part, the same at every width: once, at phone size.
      if (!size.hasTouch) return;

      // Kept by the phone: the image in the service worker's cache, the stands in its stored state.
      const href = (await attendee.locator('image.plan-image').getAttribute('href')) ?? '';
      const kept = () => attendee.evaluate(async () => (await (await caches.open('ortstermin-plan-images')).keys()).map((r) => new URL(r.url).pathname));
      await expect.poll(kept, live).toContain(href);
      const { snapshot } = z.object({ snapshot: z.object({ seq: z.number() }) }).parse(await (await fetch(`${server.url}/api/snapshot`)).json());
      const lastSeq = snapshot.seq;
      expect(lastSeq).toBeGreaterThan(0);
      await waitForSavedState(attendee, lastSeq);
      await server.stop();
      await attendee.reload();
      await attendee.locator('image.plan-image').waitFor({ state: 'attached', ...live });
      expect(near(await attendeeMiddle(attendee, dragged), placed, 0.2)).toBe(true);
      expect(near(await attendeeMiddle(attendee, keyed), moved, 0.2)).toBe(true);
      const width = await attendee.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return img.naturalWidth;
      }, href);
      expect(width).toBe(200);
      if (shots) await attendee.screenshot({ path: `${shots}/attendee-map-offline-${size.name}.png` });
    } finally {
      await server.dispose();
    }
  });
});
