import { For, Show } from 'solid-js';
import type { ContactCard } from '../../../shared/contactCard';
import { t } from '../../i18n/i18n';
import { mailHref, telHref } from '../../../shared/contactLinks';

/**
 * A card as text: its values come from a stranger's QR code, so they are only ever text nodes,
 * and the only links are `mailto:` and `tel:` made from an address and a number the card's check
 * let through.
 */
export function CardView(props: { card: ContactCard }) {
  const mail = () => mailHref(props.card.email);
  const tel = () => telHref(props.card.phone);
  return (
    <dl class="contact-card">
      <Show when={props.card.name}>
        <dt>{t('cards.field.name')}</dt>
        <dd class="contact-name">{props.card.name}</dd>
      </Show>
      <Show when={props.card.org}>
        <dt>{t('cards.field.org')}</dt>
        <dd>{props.card.org}</dd>
      </Show>
      <Show when={props.card.role}>
        <dt>{t('cards.field.role')}</dt>
        <dd>{props.card.role}</dd>
      </Show>
      <Show when={props.card.email}>
        <dt>{t('cards.field.email')}</dt>
        <dd>
          <Show when={mail()} fallback={props.card.email}>
            {(href) => <a href={href()}>{props.card.email}</a>}
          </Show>
        </dd>
      </Show>
      <Show when={props.card.phone}>
        <dt>{t('cards.field.phone')}</dt>
        <dd>
          <Show when={tel()} fallback={props.card.phone}>
            {(href) => <a href={href()}>{props.card.phone}</a>}
          </Show>
        </dd>
      </Show>
      <Show when={props.card.topics.length > 0}>
        <dt>{t('cards.field.topics')}</dt>
        <dd>
          <ul class="contact-topics">
            <For each={props.card.topics}>{(topic) => <li>{topic}</li>}</For>
          </ul>
        </dd>
      </Show>
    </dl>
  );
}
