import { createUniqueId, Show } from 'solid-js';
import { t, type MessageKey } from '../i18n/i18n';

interface CountedFieldProps {
  label: MessageKey;
  /** Words after the label that tell two fields of one label apart ("(Englisch)"). */
  labelSuffix?: string;
  value: string;
  max: number;
  onInput: (value: string) => void;
  /** A multi-line field with this many rows; a one-line field without. */
  rows?: number;
  required?: boolean;
  /** Ids of hints outside the field that a screen reader reads with it, after the count. */
  describedBy?: string;
  /** A short fixed hint on the count's line, before the count ("Nur das Team … lesen ihn. 0 von 500 Zeichen"). */
  hint?: MessageKey;
}

/**
 * A labelled text field with "12 von 500 Zeichen" under it: the count is read with the field,
 * so a screen reader hears how much room is left before the limit cuts the text off.
 */
export function CountedField(props: CountedFieldProps) {
  const countId = createUniqueId();
  const describedBy = () => (props.describedBy ? `${countId} ${props.describedBy}` : countId);
  const onInput = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => props.onInput(event.currentTarget.value);
  return (
    <div class="field-group">
      <label class="field">
        <span class="field-label">{props.labelSuffix ? `${t(props.label)} ${props.labelSuffix}` : t(props.label)}</span>
        <Show
          when={props.rows}
          fallback={
            <input
              type="text"
              required={props.required}
              maxLength={props.max}
              aria-describedby={describedBy()}
              value={props.value}
              onInput={onInput}
            />
          }
        >
          {(rows) => (
            <textarea
              required={props.required}
              rows={rows()}
              maxLength={props.max}
              aria-describedby={describedBy()}
              value={props.value}
              onInput={onInput}
            />
          )}
        </Show>
      </label>
      <span id={countId} class="field-hint">
        {props.hint ? `${t(props.hint)} ` : ''}
        {t('form.count', { count: props.value.length, max: props.max })}
      </span>
    </div>
  );
}
