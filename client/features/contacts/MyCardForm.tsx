import { For } from 'solid-js';
import { cardFields, cardLimits, type CardField } from '../../../shared/contactCard';
import { t, type MessageKey } from '../../i18n/i18n';
import { myCardDraft, updateMyCard } from './myCard';

const inputTypes: Record<CardField, string> = { name: 'text', org: 'text', role: 'text', email: 'email', phone: 'tel', topics: 'text' };
const autocomplete: Record<CardField, string> = { name: 'name', org: 'organization', role: 'organization-title', email: 'email', phone: 'tel', topics: 'off' };
const maxLength = (field: CardField) => (field === 'topics' ? cardLimits.topic * cardLimits.topics : cardLimits[field]);
const label = (field: CardField): MessageKey => `cards.field.${field}`;

/** One field of the card with its own tick: a filled field is shared only when ticked. */
function CardFieldRow(props: { field: CardField }) {
  const id = () => `my-card-${props.field}`;
  return (
    <div class="card-field">
      <label class="field" for={id()}>
        <span class="field-label">{t(label(props.field))}</span>
      </label>
      <div class="card-field-row">
        <input
          id={id()}
          type={inputTypes[props.field]}
          autocomplete={autocomplete[props.field]}
          maxLength={maxLength(props.field)}
          value={myCardDraft().text[props.field]}
          aria-describedby={props.field === 'topics' ? 'my-card-topics-hint' : undefined}
          onInput={(event) => {
            const [field, value] = [props.field, event.currentTarget.value];
            updateMyCard((draft) => ({ ...draft, text: { ...draft.text, [field]: value } }));
          }}
        />
        <label class="card-share">
          <input
            type="checkbox"
            checked={myCardDraft().shared[props.field]}
            aria-label={t('cards.shareLabel', { field: t(label(props.field)) })}
            onChange={(event) => {
              const [field, on] = [props.field, event.currentTarget.checked];
              updateMyCard((draft) => ({ ...draft, shared: { ...draft.shared, [field]: on } }));
            }}
          />
          <span aria-hidden="true">{t('cards.share')}</span>
        </label>
      </div>
      {props.field === 'topics' && (
        <p id="my-card-topics-hint" class="field-hint">
          {t('cards.topicsHint')}
        </p>
      )}
    </div>
  );
}

/** The fields, saved on this phone as they are typed: there is nothing to send. */
export function MyCardForm() {
  return (
    <form class="my-card-form" onSubmit={(event) => event.preventDefault()}>
      <For each={cardFields}>{(field) => <CardFieldRow field={field} />}</For>
    </form>
  );
}
