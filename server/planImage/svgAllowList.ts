/*
 * What a cleaned floor-plan SVG may hold: drawing, text and paint, nothing that runs, loads or
 * links. An allow-list, not a deny-list: whatever SVG or a browser adds next is dropped until
 * someone decides it is harmless. (No `<a>`, `<animate>`/`<set>` (they can rewrite an href),
 * `<script>`, `<foreignObject>`, `<iframe>`, `<metadata>` (the author's name, dates, file paths).)
 */

/** Elements that draw, group or paint, and keep their children. */
export const drawingElements = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'switch',
  'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'image',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'style',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feFlood', 'feGaussianBlur',
  'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'feFuncR', 'feFuncG', 'feFuncB', 'feFuncA', 'feDropShadow',
]);

/** Elements dropped but whose children stay: a link around a room's label keeps the label. */
export const unwrappedElements = new Set(['a']);

/** Geometry, paint, text layout and structure; no event handler, no `xml:base`, no editor's own. */
export const allowedAttributes = new Set([
  'id', 'class', 'style', 'transform', 'viewBox', 'preserveAspectRatio', 'version', 'lang', 'xml:lang', 'xml:space',
  'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'width', 'height', 'd', 'points', 'pathLength',
  'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'startOffset', 'method', 'spacing', 'side',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'opacity', 'color', 'display', 'visibility', 'overflow',
  'clip-path', 'clip-rule', 'clipPathUnits', 'mask', 'maskUnits', 'maskContentUnits', 'filter', 'filterUnits', 'primitiveUnits',
  'marker-start', 'marker-mid', 'marker-end', 'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient',
  'gradientUnits', 'gradientTransform', 'spreadMethod', 'offset', 'stop-color', 'stop-opacity',
  'patternUnits', 'patternContentUnits', 'patternTransform',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'text-anchor', 'dominant-baseline',
  'alignment-baseline', 'baseline-shift', 'letter-spacing', 'word-spacing', 'text-decoration', 'writing-mode', 'direction',
  'paint-order', 'vector-effect', 'shape-rendering', 'text-rendering', 'image-rendering', 'color-interpolation-filters',
  'in', 'in2', 'result', 'stdDeviation', 'mode', 'operator', 'k1', 'k2', 'k3', 'k4', 'values', 'type', 'tableValues',
  'slope', 'intercept', 'amplitude', 'exponent', 'radius', 'flood-color', 'flood-opacity', 'media',
  'systemLanguage', 'role', 'aria-label', 'aria-hidden', 'focusable',
  'href', 'xlink:href',
]);

/** Attributes that name another resource: only a fragment of this file, or an embedded raster image. */
export const referenceAttributes = new Set(['href', 'xlink:href']);

/** An embedded picture a browser decodes as pixels, never as a document. */
const embeddedRaster = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

export function isLocalReference(value: string): boolean {
  const trimmed = value.trim();
  return /^#[\w.:-]*$/.test(trimmed) || embeddedRaster.test(trimmed);
}

/** Every `url(…)` in a value points into this file (`url(#shade)`); anything else may load. */
function urlsAreLocal(value: string): boolean {
  const all = value.match(/url\s*\(/gi)?.length ?? 0;
  const local = value.match(/url\s*\(\s*(['"]?)#[\w.:-]+\1\s*\)/gi)?.length ?? 0;
  return all === local;
}

/**
 * CSS (a `style` attribute or element) that loads or runs nothing: no @import, no url() but a
 * local one, no escapes (`u\72l(` is `url(`), no old scripting hooks.
 */
export function isHarmlessCss(css: string): boolean {
  if (/\\|@import|@font-face|expression\s*\(|javascript:|-moz-binding|behavior\s*:|image-set|\bsrc\s*\(/i.test(css)) return false;
  return urlsAreLocal(css);
}

/** An attribute value that may stay as it is. */
export function isHarmlessValue(name: string, value: string): boolean {
  if (referenceAttributes.has(name)) return isLocalReference(value);
  if (name === 'style') return isHarmlessCss(value);
  return !/javascript:|data:/i.test(value) && urlsAreLocal(value);
}
