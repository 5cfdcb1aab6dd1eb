import { Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import type { CreatedCode } from './organizerApi';

/**
 * A freshly made code: role, label, QR and link, laid out to be printed and handed over.
 * `printing` marks the one card the print stylesheet shows.
 */
export function CodeCard(props: { created: CreatedCode; printing: boolean; onPrint: () => void }) {
  const record = () => props.created.record;
  const role = () => t(`role.${record().role}`);
  const standName = () => {
    const id = record().standId;
    return id ? state().stands[id]?.name ?? id : null;
  };
  return (
    <li class="card code-card" classList={{ 'is-printing': props.printing }} data-code-id={record().id}>
      <p class="code-role">{role()}</p>
      <h3 class="code-label">{record().label}</h3>
      <Show when={standName()}>{(name) => <p class="code-stand">{t('org.card.stand', { stand: name() })}</p>}</Show>
      <img
        class="code-qr"
        src={props.created.qrDataUrl}
        width="240"
        height="240"
        alt={t('org.card.qrAlt', { role: role(), label: record().label })}
      />
      <p class="field-hint">{t('org.card.scan')}</p>
      <p class="code-link-label">{t('org.card.link')}</p>
      <p class="code-link">
        <a href={props.created.link}>{props.created.link}</a>
      </p>
      <button type="button" class="button no-print" onClick={() => props.onPrint()}>
        {t('org.card.print')}
      </button>
    </li>
  );
}
