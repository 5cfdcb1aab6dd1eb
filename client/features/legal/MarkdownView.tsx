import { A } from '@solidjs/router';
import { For, Match, Switch, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { t } from '../../i18n/i18n';
import type { Block, Inline } from './markdownTree';

/** A link that leaves the app says so: an arrow for the eye, words for a screen reader. */
function ExternalLink(props: { href: string; children: Inline[] }) {
  return (
    <a href={props.href} rel="noopener noreferrer" class="external-link">
      <Inlines nodes={props.children} />
      <span class="external-mark" aria-hidden="true"> ↗</span>
      <span class="visually-hidden"> {t('legal.external')}</span>
    </a>
  );
}

/** A tree node never changes (a new text makes a new tree), so each is turned into elements once. */
function inlineElement(node: Inline): JSX.Element {
  switch (node.kind) {
    case 'text':
      return <>{node.text}</>;
    case 'placeholder':
      return <mark class="placeholder">{node.text}</mark>;
    case 'break':
      return <br />;
    case 'emphasis':
      return <em><Inlines nodes={node.children} /></em>;
    case 'strong':
      return <strong><Inlines nodes={node.children} /></strong>;
    case 'link':
      if (node.external) return <ExternalLink href={node.href} children={node.children} />;
      // The app's own pages through the router (keeps an event's address); mail and phone as they are.
      return node.href.startsWith('/')
        ? <A href={node.href}><Inlines nodes={node.children} /></A>
        : <a href={node.href}><Inlines nodes={node.children} /></a>;
  }
}

function Inlines(props: { nodes: readonly Inline[] }) {
  return <For each={props.nodes}>{(node) => inlineElement(node)}</For>;
}

function BlockNode(props: { block: Block }) {
  return (
    <Switch>
      <Match when={props.block.kind === 'heading' && props.block}>
        {(heading) => <Dynamic component={`h${heading().level}`}><Inlines nodes={heading().children} /></Dynamic>}
      </Match>
      <Match when={props.block.kind === 'paragraph' && props.block}>
        {(paragraph) => <p><Inlines nodes={paragraph().children} /></p>}
      </Match>
      <Match when={props.block.kind === 'list' && props.block}>
        {(list) => (
          <Dynamic component={list().ordered ? 'ol' : 'ul'}>
            <For each={list().items}>{(item) => <li><Blocks blocks={item} /></li>}</For>
          </Dynamic>
        )}
      </Match>
    </Switch>
  );
}

/** The tree as elements: every text a text node, never HTML. */
export function Blocks(props: { blocks: readonly Block[] }) {
  return <For each={props.blocks}>{(block) => <BlockNode block={block} />}</For>;
}
