import type { FloorPlace } from '../../../shared/standsImport';
import { boundsBox, shapeCentre } from './placeGeometry';
import { boxesOverlap, freeSlots, labelBox, type LabelSlot } from './labelSlots';
import type { Box, Point } from './viewport';

/**
 * Labels keep one size on the screen whatever the zoom (small plan text is unreadable on a phone),
 * wrap at spaces to fit their place, and wait for a closer zoom when they do not fit yet.
 */

/** Label sizes in CSS px: rooms a little larger, as on a printed plan. */
export const labelPx = { room: 14, stand: 13 } as const;
const lineHeight = 1.2;
/** Space kept between the text and the place's edge, in CSS px. */
const paddingPx = 4;
/** Space kept between a room's name and a stand, in CSS px: the line height already holds the halo. */
const clearancePx = 1;

/** A text's width in em; the component measures with the real font, tests estimate. */
export type MeasureEm = (text: string) => number;
export const estimateEm: MeasureEm = (text) => text.length * 0.55;

export interface LabelLayout {
  lines: string[];
  /** Plan units. */
  fontSize: number;
  /** The first line's baseline-middle; the block of lines is centred on the label point. */
  x: number;
  firstY: number;
  lineStep: number;
  /** Turned a quarter anticlockwise about its centre, running up along a wall. */
  rotated: boolean;
}

/** Greedy word wrap; null when a single word is already too wide. */
export function wrapWords(text: string, maxEm: number, measure: MeasureEm): string[] | null {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (measure(word) > maxEm) return null;
    const joined = line === '' ? word : `${line} ${word}`;
    if (measure(joined) <= maxEm) line = joined;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The room a label has inside its own shape: a circle's inner square, most of a polygon. */
function ownSlot(place: FloorPlace): LabelSlot {
  const box = boundsBox(place.shape);
  const inner = place.shape.type === 'circle' ? Math.SQRT1_2 : place.shape.type === 'polygon' ? 0.7 : 1;
  // A room's label is a heading at its edge, not its content: half the room at most.
  const share = place.kind === 'room' ? 0.5 : 1;
  const at: Point = place.labelAt ? { x: place.labelAt[0], y: place.labelAt[1] } : shapeCentre(place.shape);
  return { along: box.width * inner, across: box.height * inner * share, at, rotated: false };
}

/**
 * The names a place may be labelled with, longest first. A room: "Foyer – Markt der Projekte",
 * then "Foyer"; "Seminarraum 1", then "Sem. 1". A stand: its number leads ("3 Digitale Dörfer",
 * "3 Digitale", "3"), so a stand too small for any name still shows its number, as on a fair's
 * printed plan, and the list under the map says which number is which stand.
 */
export function labelCandidates(place: Pick<FloorPlace, 'kind' | 'label'>, number?: number): string[] {
  const head = place.label.split(/\s+[–—-]\s+/)[0] ?? place.label;
  if (place.kind === 'room') {
    const abbreviated = head
      .split(/\s+/)
      .map((word) => (word.length > 6 ? `${word.slice(0, 3)}.` : word))
      .join(' ');
    return [...new Set([place.label, head, abbreviated])];
  }
  if (number === undefined) return [place.label];
  const firstWord = head.split(/\s+/)[0] ?? head;
  return [...new Set([place.label, head, firstWord])].map((name) => `${number} ${name}`).concat(String(number));
}

/**
 * Where and how a place's label is drawn at `scale` CSS px per plan unit, or null while it does not
 * fit. A room's name keeps clear of `stands`, the stands standing in it.
 */
export function layoutLabel(
  place: FloorPlace,
  scale: number,
  measure: MeasureEm = estimateEm,
  number?: number,
  stands: readonly Box[] = [],
): LabelLayout | null {
  if (!(scale > 0)) return null;
  const candidates = labelCandidates(place, number);
  if (place.kind === 'room') return roomLabel(place, candidates, scale, measure, stands);
  for (const text of candidates) {
    const wrapped = fitLabel(ownSlot(place), text, scale, labelPx.stand, 4, measure);
    if (wrapped) return wrapped;
  }
  // The number alone, a little smaller and allowed over the edge: every stand keeps a visible label.
  return number === undefined ? null : numberOnly(place, String(number), scale);
}

const roomOneLinePx = [labelPx.room, 13, 12];

/**
 * A room's name on one line, a little smaller or shorter if need be, stays clear of the stands
 * inside it: "Foyer" on one line before "Foyer – Markt der Projekte" on two over the stands. Its
 * own place first, then the free strips around the stands; two lines only upright.
 */
function roomLabel(place: FloorPlace, candidates: string[], scale: number, measure: MeasureEm, stands: readonly Box[]): LabelLayout | null {
  const slots = [ownSlot(place), ...freeSlots(place, stands)];
  const clear = (layout: LabelLayout | null) =>
    layout && !stands.some((stand) => boxesOverlap(labelBox(layout, measure, clearancePx / scale), stand)) ? layout : null;
  for (const slot of slots) {
    for (const text of candidates) {
      for (const px of roomOneLinePx) {
        const oneLine = clear(fitLabel(slot, text, scale, px, 1, measure));
        if (oneLine) return oneLine;
      }
    }
  }
  for (const slot of slots.filter((s) => !s.rotated)) {
    for (const text of candidates) {
      const wrapped = clear(fitLabel(slot, text, scale, labelPx.room, 2, measure));
      if (wrapped) return wrapped;
    }
  }
  return null;
}

function numberOnly(place: FloorPlace, text: string, scale: number): LabelLayout {
  const fontSize = 11 / scale;
  const at: Point = place.labelAt ? { x: place.labelAt[0], y: place.labelAt[1] } : shapeCentre(place.shape);
  return { lines: [text], fontSize, x: at.x, firstY: at.y, lineStep: fontSize * lineHeight, rotated: false };
}

function fitLabel(slot: LabelSlot, text: string, scale: number, px: number, maxLines: number, measure: MeasureEm): LabelLayout | null {
  const fontSize = px / scale;
  const maxEm = (slot.along - (2 * paddingPx) / scale) / fontSize;
  const lines = maxEm > 0 ? wrapWords(text, maxEm, measure) : null;
  const lineStep = fontSize * lineHeight;
  if (!lines || lines.length === 0 || lines.length > maxLines || lines.length * lineStep > slot.across) return null;
  const firstY = slot.at.y - ((lines.length - 1) * lineStep) / 2;
  return { lines, fontSize, x: slot.at.x, firstY, lineStep, rotated: slot.rotated };
}
