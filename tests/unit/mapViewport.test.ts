import { describe, expect, it } from 'vitest';
import type { FloorPlace } from '../../shared/standsImport.js';
import { labelCandidates, layoutLabel, wrapWords, estimateEm } from '../../client/features/map/labelLayout.js';
import { keyAction } from '../../client/features/map/mapKeys.js';
import { mapTargetOf } from '../../client/features/map/mapLink.js';
import {
  clampView,
  fitBox,
  isTap,
  maxZoom,
  panBy,
  pinchView,
  revealBox,
  toPlan,
  zoomAbout,
  zoomOf,
  type Box,
} from '../../client/features/map/viewport.js';
import { markerAnchor, shapeCentre } from '../../client/features/map/placeGeometry.js';

const plan: Box = { x: 0, y: 0, width: 1000, height: 640 };
/** The element shows the whole plan at 0.4 CSS px per unit. */
const size = { width: 400, height: 256 };

const close = (actual: Box, expected: Box) => {
  for (const key of ['x', 'y', 'width', 'height'] as const) expect(actual[key]).toBeCloseTo(expected[key], 6);
};

describe('zoom and pan stay on the plan', () => {
  it('clamps the zoom between the whole plan and maxZoom, keeping the proportions', () => {
    close(clampView({ x: -50, y: -50, width: 5000, height: 10 }, plan), plan);
    const closest = clampView({ x: 500, y: 300, width: 1, height: 1 }, plan);
    expect(zoomOf(closest, plan)).toBeCloseTo(maxZoom);
    expect(closest.width / closest.height).toBeCloseTo(plan.width / plan.height);
  });

  it('zooms about a point, which stays where it was on the screen', () => {
    const view = zoomAbout(plan, plan, 2, { x: 250, y: 160 });
    close(view, { x: 125, y: 80, width: 500, height: 320 });
    expect(zoomOf(zoomAbout(view, plan, 100), plan)).toBeCloseTo(maxZoom);
    close(zoomAbout(view, plan, 0.01), plan);
  });

  it('pans, but never beside the plan', () => {
    const view = zoomAbout(plan, plan, 2);
    close(panBy(view, plan, 100, 0), { ...view, x: view.x + 100 });
    close(panBy(view, plan, -10_000, 10_000), { x: 0, y: 320, width: 500, height: 320 });
  });
});

describe('screen to plan and pinch', () => {
  it('maps element pixels to plan units, letterbox included', () => {
    expect(toPlan(plan, size, { x: 200, y: 128 })).toEqual({ x: 500, y: 320 });
    // A taller element centres the plan vertically (preserveAspectRatio meet).
    expect(toPlan(plan, { width: 400, height: 456 }, { x: 0, y: 100 })).toEqual({ x: 0, y: 0 });
  });

  it('spreading two fingers zooms about their midpoint', () => {
    const view = pinchView(plan, plan, size, [{ x: 150, y: 128 }, { x: 250, y: 128 }], [{ x: 100, y: 128 }, { x: 300, y: 128 }]);
    expect(zoomOf(view, plan)).toBeCloseTo(2);
    expect(toPlan(view, size, { x: 200, y: 128 }).x).toBeCloseTo(500);
  });

  it('moving both fingers together pans by as much', () => {
    const start = zoomAbout(plan, plan, 2);
    const view = pinchView(start, plan, size, [{ x: 100, y: 100 }, { x: 200, y: 100 }], [{ x: 60, y: 100 }, { x: 160, y: 100 }]);
    // 40 px at 0.8 px per unit is 50 units.
    close(view, { ...start, x: start.x + 50 });
  });

  it('tells a tap from a drag', () => {
    expect(isTap({ x: 10, y: 10 }, { x: 14, y: 15 })).toBe(true);
    expect(isTap({ x: 10, y: 10 }, { x: 30, y: 10 })).toBe(false);
  });
});

describe('fitting and revealing places', () => {
  const stand: Box = { x: 590, y: 70, width: 115, height: 95 };
  const inside = (outer: Box, inner: Box) =>
    inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

  it('puts the pin above a place, below it at the plan’s top edge, never off the plan', () => {
    expect(markerAnchor(stand, plan, 40)).toEqual({ x: 647.5, y: 70, up: false });
    expect(markerAnchor(stand, plan, 100)).toEqual({ x: 647.5, y: 165, up: true });
    expect(markerAnchor({ x: 0, y: 0, width: 100, height: 640 }, plan, 100)).toEqual({ x: 50, y: 100, up: false });
  });

  it('fits a place with room around it, centred where the plan allows', () => {
    const view = fitBox(stand, plan);
    expect(inside(view, stand)).toBe(true);
    expect(view.width).toBeGreaterThan(stand.width * 1.5);
    expect(view.x + view.width / 2).toBeCloseTo(stand.x + stand.width / 2);
    expect(inside(plan, fitBox({ x: 0, y: 0, width: 10, height: 10 }, plan))).toBe(true);
    close(fitBox({ x: 20, y: 20, width: 960, height: 600 }, plan), plan);
  });

  it('moves a zoomed view just enough to show a place reached with Tab', () => {
    const view = { x: 0, y: 0, width: 250, height: 160 };
    expect(revealBox(view, plan, { x: 10, y: 10, width: 50, height: 50 })).toBe(view);
    const moved = revealBox(view, plan, stand);
    expect(moved.width).toBe(250);
    expect(inside(moved, stand)).toBe(true);
    expect(moved.x + moved.width).toBeCloseTo(stand.x + stand.width);
  });

  it('finds the middle of every kind of shape', () => {
    expect(shapeCentre({ type: 'rect', x: 10, y: 20, width: 100, height: 40 })).toEqual({ x: 60, y: 40 });
    expect(shapeCentre({ type: 'circle', cx: 5, cy: 6, r: 3 })).toEqual({ x: 5, y: 6 });
    const triangle = shapeCentre({ type: 'polygon', points: [[0, 0], [30, 0], [0, 30]] });
    expect(triangle.x).toBeCloseTo(10);
    expect(triangle.y).toBeCloseTo(10);
    expect(shapeCentre({ type: 'polygon', points: [[0, 0], [10, 10], [20, 20]] })).toEqual({ x: 10, y: 10 });
  });
});

describe('keys, labels and map links', () => {
  it('maps +, −, 0 and the arrows, and nothing else', () => {
    expect(keyAction('+')).toEqual({ zoom: 1.5 });
    expect(keyAction('-')).toEqual({ zoom: 1 / 1.5 });
    expect(keyAction('0')).toBe('reset');
    expect(keyAction('ArrowLeft')).toEqual({ pan: { x: -0.2, y: 0 } });
    expect(keyAction('Enter')).toBeNull();
  });

  const place: FloorPlace = {
    id: 'stand-digitale-doerfer',
    kind: 'stand',
    refId: 'digitale-doerfer',
    label: 'Bürgerportal Cochem-Zell',
    shape: { type: 'rect', x: 590, y: 70, width: 115, height: 95 },
  };

  it('wraps labels at spaces and waits for a closer zoom when a word is too wide', () => {
    expect(wrapWords('Bürgerportal Cochem-Zell', 13, estimateEm)).toEqual(['Bürgerportal', 'Cochem-Zell']);
    expect(wrapWords('Bürgerportal', 3, estimateEm)).toBeNull();
    expect(layoutLabel(place, 0.36)).toBeNull();
    const near = layoutLabel(place, 1.5);
    expect(near?.lines).toEqual(['Bürgerportal', 'Cochem-Zell']);
    // The same size on screen at any zoom, centred on the place.
    expect((near?.fontSize ?? 0) * 1.5).toBeCloseTo(13);
    expect(near?.x).toBeCloseTo(647.5);
    expect(layoutLabel(place, 4)?.lines).toEqual(['Bürgerportal Cochem-Zell']);
  });

  it('keeps a room’s name on one line, a little smaller before it wraps', () => {
    const foyer: FloorPlace = { ...place, kind: 'room', label: 'Foyer – Markt der Projekte', shape: { type: 'rect', x: 440, y: 20, width: 540, height: 430 }, labelAt: [710, 46] };
    const roomy = layoutLabel(foyer, 1);
    expect(roomy?.lines).toEqual(['Foyer – Markt der Projekte']);
    expect(roomy?.fontSize).toBeCloseTo(14);
    expect(roomy?.firstY).toBe(46);
    // 26 characters at 0.55 em in 540 × 0.36 px: too wide at 14 px, one line at 13 px.
    const phone = layoutLabel(foyer, 0.36);
    expect(phone?.lines).toHaveLength(1);
    expect((phone?.fontSize ?? 0) * 0.36).toBeCloseTo(13);
    // Narrower still: the short name on one line rather than the long one on two over the stands.
    expect(layoutLabel(foyer, 0.3)?.lines).toEqual(['Foyer']);
  });

  it('reads the target from the query, stand first, nothing for junk', () => {
    expect(mapTargetOf({ stand: 'digitale-doerfer' })).toEqual({ kind: 'stand', id: 'digitale-doerfer' });
    expect(mapTargetOf({ room: 'foyer' })).toEqual({ kind: 'room', id: 'foyer' });
    expect(mapTargetOf({ room: ['a', 'b'] })).toBeNull();
    expect(mapTargetOf({})).toBeNull();
  });
});

describe('map labels on a phone (issue 16)', () => {
  const stand: FloorPlace = { id: 'stand-x', kind: 'stand', refId: 'x', label: 'Smarte Lichtmasten', shape: { type: 'rect', x: 460, y: 70, width: 115, height: 95 } };
  const seminar: FloorPlace = { id: 'raum-s1', kind: 'room', refId: 's1', label: 'Seminarraum 1', shape: { type: 'rect', x: 20, y: 300, width: 195, height: 150 } };

  it('gives a numbered stand a label at the whole-plan zoom of a 320 px phone', () => {
    const scale = 300 / 1000;
    expect(layoutLabel(stand, scale)).toBeNull();
    expect(layoutLabel(stand, scale, estimateEm, 4)?.lines.join(' ')).toMatch(/^4\b/);
    // Close up, the number and the whole name.
    expect(layoutLabel(stand, 2, estimateEm, 4)?.lines.join(' ')).toBe('4 Smarte Lichtmasten');
  });

  it('shortens a room name rather than leave the room blank', () => {
    expect(labelCandidates(seminar)).toEqual(['Seminarraum 1', 'Sem. 1']);
    expect(labelCandidates({ kind: 'room', label: 'Foyer – Markt der Projekte' })).toEqual(['Foyer – Markt der Projekte', 'Foyer']);
    expect(layoutLabel(seminar, 0.33)?.lines).toEqual(['Sem. 1']);
  });
});
