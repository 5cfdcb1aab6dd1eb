import { useNavigate } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { cardPath, encodeCardFragment, offerFromText } from '../../../shared/cardFragment';
import { t } from '../../i18n/i18n';

/** Without a camera, permission or https: the card's address (or its text) typed or pasted. */
export function PasteCard() {
  const navigate = useNavigate();
  const [text, setText] = createSignal('');
  const [invalid, setInvalid] = createSignal(false);
  const open = (event: SubmitEvent) => {
    event.preventDefault();
    const offer = offerFromText(text());
    setInvalid(offer === null);
    if (offer) navigate(`${cardPath}#${encodeCardFragment(offer.card, offer.reply)}`);
  };
  return (
    <form class="paste-card" onSubmit={open}>
      <label class="field">
        <span class="field-label">{t('cards.pasteLabel')}</span>
        <input
          type="text"
          inputMode="url"
          autocomplete="off"
          maxLength={2000}
          aria-describedby="paste-card-hint"
          aria-invalid={invalid()}
          value={text()}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <p id="paste-card-hint" class="field-hint">
        {t('cards.pasteHint')}
      </p>
      <button type="submit" class="button button-quiet">
        {t('cards.pasteOpen')}
      </button>
      <p role="status" class="field-hint">
        {invalid() ? t('cards.pasteInvalid') : ''}
      </p>
    </form>
  );
}
