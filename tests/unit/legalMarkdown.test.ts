import { describe, expect, it } from 'vitest';
import { legalContent } from '../../client/features/legal/legalContent.js';
import { legalTree, safeLink, type Block } from '../../client/features/legal/markdownTree.js';

const origin = 'https://ortstermin.example';
const tree = (markdown: string) => legalTree(markdown, origin);
const json = (blocks: Block[]) => JSON.stringify(blocks);

describe("the organizer's Markdown as a tree", () => {
  it('keeps headings (from h2), paragraphs, lists, emphasis and links', () => {
    expect(tree('# Kontakt\n\nStadt *Kaiserslautern*, **Rathaus**\n\n## Anschrift\n\n- Willy-Brandt-Platz 1\n- [Website](https://www.kaiserslautern.de)\n\n1. eins')).toEqual([
      { kind: 'heading', level: 2, children: [{ kind: 'text', text: 'Kontakt' }] },
      { kind: 'paragraph', children: [
        { kind: 'text', text: 'Stadt ' }, { kind: 'emphasis', children: [{ kind: 'text', text: 'Kaiserslautern' }] },
        { kind: 'text', text: ', ' }, { kind: 'strong', children: [{ kind: 'text', text: 'Rathaus' }] },
      ] },
      { kind: 'heading', level: 3, children: [{ kind: 'text', text: 'Anschrift' }] },
      { kind: 'list', ordered: false, items: [
        [{ kind: 'paragraph', children: [{ kind: 'text', text: 'Willy-Brandt-Platz 1' }] }],
        [{ kind: 'paragraph', children: [{ kind: 'link', href: 'https://www.kaiserslautern.de/', external: true, children: [{ kind: 'text', text: 'Website' }] }] }],
      ] },
      { kind: 'list', ordered: true, items: [[{ kind: 'paragraph', children: [{ kind: 'text', text: 'eins' }] }]] },
    ]);
  });

  it('shows a <script> as the text typed, never as an element', () => {
    const blocks = tree('Hallo\n\n<script>alert(1)</script>\n\nInline <img src=x onerror=alert(1)> hier');
    expect(blocks[1]).toEqual({ kind: 'paragraph', children: [{ kind: 'text', text: '<script>alert(1)</script>' }] });
    expect(blocks[2]).toEqual({ kind: 'paragraph', children: [{ kind: 'text', text: 'Inline ' }, { kind: 'text', text: '<img src=x onerror=alert(1)>' }, { kind: 'text', text: ' hier' }] });
    expect(json(blocks)).not.toContain('"kind":"link"');
  });

  it('drops javascript:, data: and vbscript: links and keeps their words', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'jav&#x61;script:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)']) {
      const blocks = tree(`[Klick](${url}) und <${url}>`);
      expect(json(blocks), url).not.toContain('"kind":"link"');
      expect(json(blocks), url).toContain('Klick');
    }
  });

  it('tells links that leave the app from its own pages, mail and phone', () => {
    expect(safeLink('/datenschutz', origin)).toEqual({ href: '/datenschutz', external: false });
    expect(safeLink('https://ortstermin.example/agenda#x', origin)).toEqual({ href: '/agenda#x', external: false });
    expect(safeLink('//evil.example/x', origin)).toEqual({ href: 'https://evil.example/x', external: true });
    expect(safeLink('mailto:info@example.org', origin)).toEqual({ href: 'mailto:info@example.org', external: false });
    expect(safeLink('tel:+496311234', origin)).toEqual({ href: 'tel:+496311234', external: false });
    expect(safeLink('javascript:alert(1)', origin)).toBeNull();
  });

  it("marks the placeholders the organizer must fill in, and only in text they typed", () => {
    expect(tree('Stelle: [Name der Stelle], [E-Mail-Adresse]')).toEqual([{ kind: 'paragraph', children: [
      { kind: 'text', text: 'Stelle: ' }, { kind: 'placeholder', text: '[Name der Stelle]' },
      { kind: 'text', text: ', ' }, { kind: 'placeholder', text: '[E-Mail-Adresse]' },
    ] }]);
    expect(json(tree('[Website](https://example.org)'))).not.toContain('placeholder');
  });

  it('loads no image: an image becomes its description', () => {
    expect(tree('![Logo der Stadt](https://tracker.example/pixel.png)')).toEqual([{ kind: 'paragraph', children: [{ kind: 'text', text: 'Logo der Stadt' }] }]);
  });
});

describe('which legal text a page shows', () => {
  const proposed = { impressum: { de: 'Vorschlag', en: 'Proposal' }, datenschutz: {}, barrierefreiheit: {}, 'leichte-sprache': { de: 'Leicht' } };
  it("prefers the organizer's text, falls back to their German one before any proposal, and marks the language", () => {
    expect(legalContent({ impressum: { de: 'Stadt', en: 'City' } }, proposed, 'impressum', 'en')).toEqual({ markdown: 'City', lang: 'en', proposed: false });
    expect(legalContent({ impressum: { de: 'Stadt' } }, proposed, 'impressum', 'en')).toEqual({ markdown: 'Stadt', lang: 'de', proposed: false });
    expect(legalContent({}, proposed, 'impressum', 'en')).toEqual({ markdown: 'Proposal', lang: 'en', proposed: true });
    expect(legalContent({}, proposed, 'leichte-sprache', 'en')).toEqual({ markdown: 'Leicht', lang: 'de', proposed: true });
  });
});
