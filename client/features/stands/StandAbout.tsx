import { For, Show } from 'solid-js';
import type { Stand } from '../../../shared/model';
import { profileTextFields, type ProfileTextField } from '../../../shared/standProfileFields';
import { locale, t, type MessageKey } from '../../i18n/i18n';
import { webHref, webLabel } from '../../../shared/contactLinks';
import { profileText } from './standView';

const filled = (text: string) => text.trim() !== '';
type Fact = readonly [ProfileTextField, MessageKey];

/** Short facts under a part's text ("Mit wem", "Pro Jahr"): left out when empty. */
function Facts(props: { stand: Stand; rows: readonly Fact[] }) {
  const rows = () => props.rows.map(([field, key]) => ({ key, text: profileText(props.stand, field, locale()) })).filter((row) => filled(row.text));
  return (
    <Show when={rows().length > 0}>
      <dl class="stand-facts-list">
        <For each={rows()}>
          {(row) => (
            <div>
              <dt>{t(row.key)}</dt>
              <dd>{row.text}</dd>
            </div>
          )}
        </For>
      </dl>
    </Show>
  );
}

function Part(props: { id: string; title: MessageKey; text: string; facts?: readonly Fact[]; stand: Stand }) {
  const hasFacts = () => (props.facts ?? []).some(([field]) => filled(profileText(props.stand, field, locale())));
  return (
    <Show when={filled(props.text) || hasFacts()}>
      <section class="stand-part" aria-labelledby={`${props.id}-title`} data-part={props.id}>
        <h2 id={`${props.id}-title`}>{t(props.title)}</h2>
        <Show when={filled(props.text)}>
          <p class="stand-text">{props.text}</p>
        </Show>
        <Facts stand={props.stand} rows={props.facts ?? []} />
      </section>
    </Show>
  );
}

const implementationFacts: readonly Fact[] = [['team', 'standPage.team'], ['duration', 'standPage.duration']];
const costFacts: readonly Fact[] = [['costOneOff', 'standPage.costOneOff'], ['costPerYear', 'standPage.costPerYear'], ['funding', 'standPage.funding']];

/** What visitors come to ask about: the project, how it was done, what it cost, with whom. Empty parts are left out. */
export function StandAbout(props: { stand: Stand }) {
  const text = (field: ProfileTextField) => profileText(props.stand, field, locale());
  const links = () => (props.stand.links ?? []).flatMap((link) => {
    const href = webHref(link.url);
    return href ? [{ href, label: link.label }] : [];
  });
  const anything = () => profileTextFields.some((field) => field !== 'summary' && filled(text(field))) || (props.stand.partners ?? []).length > 0 || links().length > 0;
  return (
    <Show when={anything()}>
    <div class="card stand-about">
      <Part id="stand-project" title="standDir.project" text={text('description')} stand={props.stand} />
      <Part id="stand-implementation" title="standDir.implementation" text={text('implementation')} facts={implementationFacts} stand={props.stand} />
      <Part id="stand-cost" title="standDir.cost" text={text('cost')} facts={costFacts} stand={props.stand} />
      <Show when={(props.stand.partners ?? []).length > 0}>
        <section class="stand-part" aria-labelledby="stand-partners-title" data-part="stand-partners">
          <h2 id="stand-partners-title">{t('standPage.partners')}</h2>
          <ul class="stand-partners">
            <For each={props.stand.partners}>{(partner) => <li>{partner}</li>}</For>
          </ul>
        </section>
      </Show>
      <Show when={links().length > 0}>
        <section class="stand-part" aria-labelledby="stand-links-title" data-part="stand-links">
          <h2 id="stand-links-title">{t('standPage.links')}</h2>
          <ul class="stand-links">
            <For each={links()}>
              {(link) => (
                <li>
                  <a href={link.href} target="_blank" rel="noopener noreferrer">
                    {link.label || webLabel(link.href)}
                    <span class="visually-hidden"> {t('standDir.newTab')}</span>
                  </a>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </div>
    </Show>
  );
}
