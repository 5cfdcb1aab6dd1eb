import type { FloorPlace } from '../../../shared/standsImport';
import { boundsBox, shapeCentre } from './placeGeometry';
import type { Point } from './viewport';

/**
 * Labels keep one size on the screen whatever the zoom (small plan text is unreadable on a phone),
 * wrap at spaces to fit their place, and wait for a closer zoom when they do not fit yet.
 */

/** Label sizes in CSS px: rooms a little larger, as on a printed plan. */
export const labelPx = { room: 14, stand: 13 } as const;
const lineHeight = 1.2;
/** Space kept between the text and the place's edge, in CSS px. */
const paddingPx = 4;

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

/** The room a label has inside its shape, in plan units: a circle's inner square, most of a polygon. */
function labelRoom(place: FloorPlace): { width: number; height: number } {
  const box = boundsBox(place.shape);
  const inner = place.shape.type === 'circle' ? Math.SQRT1_2 : place.shape.type === 'polygon' ? 0.7 : 1;
  // A room's label is a heading at its edge, not its content: half the room at most.
  const share = place.kind === 'room' ? 0.5 : 1;
  return { width: box.width * inner, height: box.height * inner * share };
}

/** Where and how a place's label is drawn at `scale` CSS px per plan unit, or null while it does not fit. */
export function layoutLabel(place: FloorPlace, scale: number, measure: MeasureEm = estimateEm): LabelLayout | null {
  if (!(scale > 0)) return null;
  // A room's name on one line, a little smaller if need be, stays clear of the stands inside it.
  if (place.kind === 'room') {
    for (const px of roomOneLinePx) {
      const oneLine = fitLabel(place, scale, px, 1, measure);
      if (oneLine) return oneLine;
    }
  }
  return fitLabel(place, scale, labelPx[place.kind], place.kind === 'room' ? 2 : 4, measure);
}

const roomOneLinePx = [labelPx.room, 13, 12];

function fitLabel(place: FloorPlace, scale: number, px: number, maxLines: number, measure: MeasureEm): LabelLayout | null {
  const fontSize = px / scale;
  const room = labelRoom(place);
  const maxEm = (room.width - (2 * paddingPx) / scale) / fontSize;
  const lines = maxEm > 0 ? wrapWords(place.label, maxEm, measure) : null;
  const lineStep = fontSize * lineHeight;
  if (!lines || lines.length === 0 || lines.length > maxLines || lines.length * lineStep > room.height) return null;
  const at: Point = place.labelAt ? { x: place.labelAt[0], y: place.labelAt[1] } : shapeCentre(place.shape);
  return { lines, fontSize, x: at.x, firstY: at.y - ((lines.length - 1) * lineStep) / 2, lineStep };
}
