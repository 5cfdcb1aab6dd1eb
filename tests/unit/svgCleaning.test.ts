import { describe, expect, it } from 'vitest';
import { sniffType } from '../../server/kernel/fileTypes.js';
import { cleanedSvg } from '../../server/planImage/svgCleaning.js';
import { hostileSvgs, refusedSvgs, venuePlanSvg } from '../support/svgFiles.js';

const clean = (svg: string) => cleanedSvg(Buffer.from(svg, 'utf8'))?.toString('utf8') ?? null;
/** What a plan the cleaner must keep becomes; a refusal fails here, not silently as ''. */
function kept(svg: string): string {
  const cleaned = clean(svg);
  if (cleaned === null) throw new Error('the cleaner refused a plan it should keep');
  return cleaned;
}

/** What would let a cleaned file run, load, link or leak something. */
const dangerous = [/<script/i, /\bon[a-z]+\s*=/i, /foreignObject/i, /evil\.example/i, /javascript/i, /alert/i, /<animate|<set\b/i, /iframe/i, /@import/i, /xml:base/i, /data:(?!image\/png)/i, /xml-stylesheet/i];

describe('an SVG floor plan, cleaned', () => {
  it('keeps a real venue plan: its rooms, walls, text, gradient, symbols and embedded logo', () => {
    const cleaned = clean(venuePlanSvg);
    expect(cleaned).not.toBeNull();
    const text = cleaned ?? '';
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" xmlns:xlink="http:\/\/www.w3.org\/1999\/xlink" width="297mm" height="210mm" viewBox="0 0 1000 600"/);
    expect(text.match(/<rect /g)).toHaveLength(3);
    expect(text).toContain('<path class="wall" d="M 440,20 V 280 H 980" fill="none"/>');
    expect(text).toContain('<text x="700" y="150" text-anchor="middle">Foyer &amp; Café</text>');
    expect(text).toContain('fill="url(#floor)"');
    expect(text).toContain('style="fill-opacity:1;stroke-linejoin:round"');
    expect(text).toContain('<use href="#table" x="500"');
    expect(text).toContain('<use xlink:href="#table" x="560"');
    expect(text).toContain('<polygon points="100,350 300,350 250,500" fill="#c8e6c9"/>');
    expect(text).toContain('stroke-dasharray="4 2"');
    expect(text).toContain('href="data:image/png;base64,iVBORw0KGgo="');
    expect(text).toContain('<style> .wall { stroke: #333; stroke-width: 4 } .room &gt; text { font: 14px sans-serif } </style>');
    expect(text).toContain('<title>Stadthalle Kaiserslautern, Erdgeschoss</title>');
  });

  it("drops the plan's editor metadata: author, dates, file paths, editor settings", () => {
    const text = kept(venuePlanSvg);
    for (const leak of ['Hausmeister', '2026-03-01', 'hmueller', 'Stadthalle_EG', 'inkscape', 'sodipodi', 'rdf', 'metadata', '<!--']) expect(text).not.toContain(leak);
  });

  it('is the same when cleaned again (what it writes is what it keeps)', () => {
    const once = kept(venuePlanSvg);
    expect(clean(once)).toBe(once);
  });

  it.each(Object.entries(hostileSvgs))('leaves nothing that acts of: %s', (_name, svg) => {
    const cleaned = clean(svg);
    for (const pattern of dangerous) expect(cleaned ?? '').not.toMatch(pattern);
  });

  it('removes a script, event attributes, an external href and a foreignObject but keeps the drawing beside them', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><foreignObject><p>x</p></foreignObject>'
      + '<rect onclick="alert(3)" width="5" height="5"/><use href="https://evil.example/a.svg#b"/><use href="#r"/></svg>';
    expect(clean(svg)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><rect width="5" height="5"/><use/><use href="#r"/></svg>\n');
  });

  it('keeps a link\'s label but not the link', () => {
    expect(clean('<svg xmlns="http://www.w3.org/2000/svg"><a href="https://x.example"><text>Saal 1</text></a></svg>')).toContain('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><text>Saal 1</text></svg>');
  });

  it('writes decoded text escaped once: markup typed as text stays text', () => {
    const cleaned = clean('<svg xmlns="http://www.w3.org/2000/svg"><text>&lt;script&gt;x&lt;/script&gt; &amp;#x41; &#x41;&#66;</text></svg>');
    expect(cleaned).toContain('<text>&lt;script&gt;x&lt;/script&gt; &amp;#x41; AB</text>');
  });

  it.each(Object.entries(refusedSvgs))('refuses: %s', (_name, svg) => {
    expect(clean(svg)).toBeNull();
  });

  it('refuses a file that is not UTF-8', () => {
    expect(cleanedSvg(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><text>Stra\xdfe</text></svg>', 'latin1'))).toBeNull();
  });
});

describe('the first bytes of an SVG', () => {
  it('are taken for SVG with a declaration, a comment, a byte order mark or the element first', () => {
    for (const start of ['<?xml version="1.0"?>', '\uFEFF<svg xmlns="x">', '  \n<!-- Inkscape -->', '<svg>']) {
      expect(sniffType(Buffer.from(start, 'utf8'))).toBe('image/svg+xml');
    }
  });

  it('are not taken for SVG when the file is a page or plain text', () => {
    for (const start of ['<!doctype html><script>', '<html>', 'svg', '<svgx>']) expect(sniffType(Buffer.from(start, 'utf8'))).toBeNull();
  });
});
