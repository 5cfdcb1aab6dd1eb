import { useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { own } from '../../../shared/records';
import { t } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { state } from '../../sync/connection';
import { PollCard } from './PollCard';

/** An event-wide poll's own page: where the notice leads when the poll belongs to no session. */
export function PollPage() {
  const params = useParams();
  const poll = () => own(state().polls.polls, params.id ?? '');
  return (
    <div class="page">
      <h1>{t('polls.eventWide')}</h1>
      <WhenLoaded>
        <Show when={poll()} fallback={<p class="notice">{t('polls.page.notFound')}</p>}>
          {(found) => <PollCard poll={found()} />}
        </Show>
      </WhenLoaded>
    </div>
  );
}
