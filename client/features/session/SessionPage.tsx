import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { state } from '../../sync/connection';
import { ShowOnMapLink } from '../map/ShowOnMapLink';
import { QuestionsSection } from '../questions/QuestionsSection';
import { FeedbackForm } from '../polls/FeedbackForm';
import { SessionPolls } from '../polls/SessionPolls';
import { SessionCard } from '../agenda/SessionCard';

/** One session with what happens in it: its place on the map, polls, feedback and questions. */
export function SessionPage() {
  const params = useParams();
  const session = () => state().sessions[params.id ?? ''];

  return (
    <div class="page">
      <p>
        <A class="back-link" href="/agenda">
          <span aria-hidden="true">←</span>
          {t('session.back')}
        </A>
      </p>
      <WhenLoaded>
        <Show when={session()} fallback={<p class="notice">{t('session.notFound')}</p>}>
          {(found) => (
            <>
              <SessionCard session={found()} heading="h1" detail />
              <ShowOnMapLink target={{ kind: 'room', id: found().roomId }} />
              <Show when={found().kind !== 'break'}>
                <SessionPolls sessionId={found().id} />
                <FeedbackForm sessionId={found().id} />
                <QuestionsSection target={{ kind: 'session', id: found().id }} />
              </Show>
            </>
          )}
        </Show>
      </WhenLoaded>
    </div>
  );
}
