import { Show } from 'solid-js';
import type { Announcement } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { timeOf } from '../agenda/sessionView';

/** "korrigiert um 10:42 Uhr" beside an announcement whose wording a moderator changed. */
export function CorrectedMark(props: { announcement: Announcement }) {
  return (
    <Show when={props.announcement.correctedAt}>
      {(at) => (
        <span class="badge badge-corrected">
          <time dateTime={at()}>{t('announcements.corrected', { time: timeOf(at(), state()) })}</time>
        </span>
      )}
    </Show>
  );
}
