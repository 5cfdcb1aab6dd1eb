import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { drawingElements, isHarmlessCss, isHarmlessValue, allowedAttributes, unwrappedElements } from './svgAllowList.js';

/*
 * A floor plan as SVG, kept to what draws (svgAllowList.ts) and written out anew by us, so what
 * is stored is only what we wrote: no DOCTYPE or entity survives, every text and attribute is
 * escaped, and the file's own quirks (comments, processing instructions, CDATA, editor metadata)
 * are gone. Parsed with fast-xml-parser (already the frab reader's), which needs no browser DOM.
 */

/** A node of the parser's ordered tree: `{ name: children, ':@': attributes }` or `{ '#text': words }`. */
type XmlNode = Record<string, unknown>;
const isNode = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null && !Array.isArray(value);
const nodesOf = (value: unknown): XmlNode[] => (Array.isArray(value) ? value.filter(isNode) : []);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  // Entities are decoded here (decodeEntities), once, so `&amp;#x41;` stays the text "&#x41;".
  processEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  allowBooleanAttributes: false,
});

/** Deeper than any drawing program nests groups; deeper is a file made to exhaust the server. */
const maxDepth = 100;

const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, entity: string) => {
    if (!entity.startsWith('#')) return named[entity] ?? whole;
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff));
    return allowed ? String.fromCodePoint(code) : '';
  });
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

function elementName(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@');
}

/** A text node's words, or a CDATA section's. */
function textOf(node: XmlNode): string {
  const words = node['#text'];
  if (typeof words === 'string') return decodeEntities(words);
  return nodesOf(node['#cdata']).map((part) => (typeof part['#text'] === 'string' ? part['#text'] : '')).join('');
}

function attributesOf(node: XmlNode): string {
  const attributes = node[':@'];
  return Object.entries(isNode(attributes) ? attributes : {})
    .flatMap(([name, raw]) => (typeof raw === 'string' ? [[name, decodeEntities(raw)] as const] : []))
    .filter(([name, value]) => allowedAttributes.has(name) && isHarmlessValue(name, value))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

/** The node as cleaned SVG; throws when the file nests deeper than `maxDepth`. */
function write(node: XmlNode, depth: number): string {
  if (depth > maxDepth) throw new Error('nested too deep');
  const name = elementName(node);
  if (name === '#text' || name === '#cdata') return escapeText(textOf(node));
  if (name === undefined) return '';
  const children = nodesOf(node[name]);
  if (unwrappedElements.has(name)) return children.map((child) => write(child, depth + 1)).join('');
  if (!drawingElements.has(name)) return '';
  if (name === 'style') {
    const css = children.map(textOf).join('');
    return isHarmlessCss(css) ? `<style>${escapeText(css)}</style>` : '';
  }
  const namespaces = depth === 0 ? ' xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"' : '';
  const inner = children.map((child) => write(child, depth + 1)).join('');
  return `<${name}${namespaces}${attributesOf(node)}${inner ? `>${inner}</${name}>` : '/>'}`;
}

/**
 * The SVG drawing without anything that runs, loads or links, as UTF-8; null (refused) when it
 * is no well-formed UTF-8 XML with an `<svg>` root, or declares a DOCTYPE or entities.
 */
export function cleanedSvg(bytes: Buffer): Buffer | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(text) || XMLValidator.validate(text) !== true) return null;
  try {
    const roots = nodesOf(parser.parse(text)).filter((node) => elementName(node) !== '#text');
    const [root] = roots;
    if (roots.length !== 1 || !root || elementName(root) !== 'svg') return null;
    return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${write(root, 0)}\n`, 'utf8');
  } catch {
    return null;
  }
}
