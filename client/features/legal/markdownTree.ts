import { fromMarkdown } from 'mdast-util-from-markdown';

/*
 * The organizer's Markdown as a small tree of what the legal pages may show: headings,
 * paragraphs, lists, links, emphasis. Everything else becomes text (raw HTML such as a <script>
 * is shown as the characters typed, never run) or goes (images: the app loads nothing from other
 * hosts). Solid renders the tree as elements; no HTML string is ever made from it.
 */

export type Inline =
  | { kind: 'text'; text: string }
  /** "[Name der Stelle]": what the organizer must still fill in, marked so nobody misses it. */
  | { kind: 'placeholder'; text: string }
  | { kind: 'emphasis' | 'strong'; children: Inline[] }
  /** `external`: to another host, so the page says it leaves the app. */
  | { kind: 'link'; href: string; external: boolean; children: Inline[] }
  | { kind: 'break' };

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Block[][] };

/** What the walk reads of an mdast node; the parser's own types say the same, more strictly. */
interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  ordered?: boolean | null;
}

const safeProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** A link's target if it is one a page may carry (no `javascript:`, `data:` …), and whether it leaves the app. */
export function safeLink(url: string, ownOrigin: string): { href: string; external: boolean } | null {
  let resolved: URL;
  try {
    resolved = new URL(url, ownOrigin);
  } catch {
    return null;
  }
  if (!safeProtocols.has(resolved.protocol)) return null;
  if (resolved.protocol === 'mailto:' || resolved.protocol === 'tel:') return { href: resolved.href, external: false };
  if (resolved.origin !== ownOrigin) return { href: resolved.href, external: true };
  return { href: `${resolved.pathname}${resolved.search}${resolved.hash}`, external: false };
}

function textOf(node: MdNode): string {
  if (node.value !== undefined) return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const placeholder = /\[[^\]\n]{1,200}\]/g;

/** A text with its placeholders apart (Markdown leaves "[…]" without a link target as text). */
function withPlaceholders(text: string): Inline[] {
  const parts: Inline[] = [];
  let from = 0;
  for (const match of text.matchAll(placeholder)) {
    if (match.index > from) parts.push({ kind: 'text', text: text.slice(from, match.index) });
    parts.push({ kind: 'placeholder', text: match[0] });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ kind: 'text', text: text.slice(from) });
  return parts;
}

function inlines(nodes: readonly MdNode[], origin: string): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    const children = () => inlines(node.children ?? [], origin);
    if (node.type === 'emphasis' || node.type === 'strong') return [{ kind: node.type, children: children() }];
    if (node.type === 'break') return [{ kind: 'break' }];
    if (node.type === 'text') return withPlaceholders(node.value ?? '');
    if (node.type === 'link') {
      const link = safeLink(node.url ?? '', origin);
      // A link the page may not carry keeps its words, without the link.
      return link ? [{ kind: 'link', ...link, children: children() }] : children();
    }
    if (node.children && node.type !== 'image') return children();
    const text = textOf(node);
    return text ? [{ kind: 'text', text }] : [];
  });
}

function blocks(nodes: readonly MdNode[], origin: string, topDepth: number): Block[] {
  return nodes.flatMap((node): Block[] => {
    switch (node.type) {
      case 'heading': {
        const level = Math.min(6, Math.max(2, (node.depth ?? 1) - topDepth + 2)) as 2 | 3 | 4 | 5 | 6;
        return [{ kind: 'heading', level, children: inlines(node.children ?? [], origin) }];
      }
      case 'paragraph':
        return [{ kind: 'paragraph', children: inlines(node.children ?? [], origin) }];
      case 'list':
        return [{ kind: 'list', ordered: node.ordered === true, items: (node.children ?? []).map((item) => blocks(item.children ?? [], origin, topDepth)) }];
      case 'blockquote':
        return blocks(node.children ?? [], origin, topDepth);
      case 'thematicBreak':
      case 'definition':
        return [];
      default: {
        // Code, raw HTML and anything else: the characters as they were typed, as text.
        const text = textOf(node);
        return text.trim() ? [{ kind: 'paragraph', children: [{ kind: 'text', text }] }] : [];
      }
    }
  });
}

function topHeadingDepth(nodes: readonly MdNode[]): number {
  const depths = nodes.filter((node) => node.type === 'heading').map((node) => node.depth ?? 1);
  return depths.length > 0 ? Math.min(...depths) : 1;
}

/**
 * The page's tree. Its headings start at h2 whatever level the organizer began with (the page's
 * title is its h1), so the outline has no gap. `ownOrigin`: where the app runs, to tell links that leave it.
 */
export function legalTree(markdown: string, ownOrigin: string): Block[] {
  const root = fromMarkdown(markdown) as MdNode;
  const nodes = root.children ?? [];
  return blocks(nodes, ownOrigin, topHeadingDepth(nodes));
}
