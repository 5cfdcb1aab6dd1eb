import { Show, type JSX } from 'solid-js';
import type { Stand } from '../../../shared/model';
import { t, type MessageKey } from '../../i18n/i18n';
import { mailHref, telHref, webHref, webLabel } from '../../../shared/contactLinks';

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

function ContactRow(props: { label: MessageKey; children: JSX.Element }) {
  return (
    <div class="contact-row">
      <dt>{t(props.label)}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** Whom to ask after the day: a name, and each way to reach them as a link a phone can follow; `children` end the card. */
export function StandContact(props: { contact: Stand['contact']; children?: JSX.Element }) {
  const reachable = () => [props.contact.email, props.contact.phone, props.contact.url].some(filled);
  const has = () => filled(props.contact.name) || reachable();
  return (
    <Show when={has()}>
      <section class="card stand-contact" aria-labelledby="stand-contact-title">
        <h2 id="stand-contact-title">{t('standDir.contact')}</h2>
        <Show when={filled(props.contact.name) && props.contact.name}>
          {(name) => <p class="contact-name">{name()}</p>}
        </Show>
        <Show when={reachable()}>
          <dl class="contact-list">
            <Show when={filled(props.contact.email) && props.contact.email}>
              {(email) => (
                <ContactRow label="standDir.email">
                  <Show when={mailHref(email())} fallback={email()}>
                    {(href) => <a href={href()}>{email()}</a>}
                  </Show>
                </ContactRow>
              )}
            </Show>
            <Show when={filled(props.contact.phone) && props.contact.phone}>
              {(phone) => (
                <ContactRow label="standDir.phone">
                  <Show when={telHref(phone())} fallback={phone()}>
                    {(href) => <a href={href()}>{phone()}</a>}
                  </Show>
                </ContactRow>
              )}
            </Show>
            <Show when={props.contact.url && webHref(props.contact.url)}>
              {(href) => (
                <ContactRow label="standDir.website">
                  <a href={href()} target="_blank" rel="noopener noreferrer">
                    {webLabel(href())}
                    <span class="visually-hidden"> {t('standDir.newTab')}</span>
                  </a>
                </ContactRow>
              )}
            </Show>
          </dl>
        </Show>
        {props.children}
      </section>
    </Show>
  );
}
