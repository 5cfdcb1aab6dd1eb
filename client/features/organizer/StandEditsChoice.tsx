import { For } from 'solid-js';
import type { StandsPreviewReply } from '../../../shared/importReport';
import type { HostEditChoice } from '../../../shared/standProfileFields';
import { t } from '../../i18n/i18n';

/**
 * The profile fields hosts edited on screen since the last stands file that this file would
 * overwrite, each with both values; the organizer keeps them or takes the file's.
 */
export function StandEditsChoice(props: { overwrites: StandsPreviewReply['overwrites']; busy: boolean; onChoose: (choice: HostEditChoice) => void }) {
  const shown = (text: string) => (text === '' ? t('import.stands.empty') : text);
  return (
    <div class="import-edits" role="group" aria-labelledby="stand-edits-title">
      <h3 id="stand-edits-title">{t('import.stands.editsTitle')}</h3>
      <p>{t('import.stands.editsIntro')}</p>
      <ul>
        <For each={props.overwrites}>
          {(edit) => (
            <li>
              <strong>{t('import.stands.editField', { stand: edit.standName, field: edit.field })}</strong>
              <br />
              {t('import.stands.editNow', { text: shown(edit.now) })}
              <br />
              {t('import.stands.editFile', { text: shown(edit.inFile) })}
            </li>
          )}
        </For>
      </ul>
      <div class="button-row">
        <button type="button" class="button" disabled={props.busy} onClick={() => props.onChoose('keep')}>{t('import.stands.keep')}</button>
        <button type="button" class="button button-quiet" disabled={props.busy} onClick={() => props.onChoose('overwrite')}>{t('import.stands.overwrite')}</button>
      </div>
    </div>
  );
}
