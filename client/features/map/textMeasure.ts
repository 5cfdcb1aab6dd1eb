import { estimateEm, type MeasureEm } from './labelLayout';

const cache = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/**
 * A label's width in em, measured once with the page's own font in bold (labels are never wider
 * than that); an estimate where there is no canvas.
 */
export const measureEm: MeasureEm = (text) => {
  const known = cache.get(text);
  if (known !== undefined) return known;
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    if (context) context.font = `700 100px ${getComputedStyle(document.documentElement).fontFamily}`;
  }
  const em = context ? context.measureText(text).width / 100 : estimateEm(text);
  cache.set(text, em);
  return em;
};
