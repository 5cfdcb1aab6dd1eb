import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { errorMessage, t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { timeOf } from '../agenda/sessionView';
import { fetchFigures, type Figures } from './organizerApi';

const refreshEveryMs = 5000;
/** The figures the server gives, in the order the dashboard shows them. */
const shown = [
  'connectedDevices',
  'questionsPending',
  'questionsPublished',
  'questionsAnswered',
  'announcements',
  'sessions',
] as const;

/** Live numbers, polled: no live region, a dashboard that talks every five seconds would be noise. */
export function LiveFigures() {
  const [figures, setFigures] = createSignal<Figures | null>(null);
  const [updatedAt, setUpdatedAt] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  async function refresh(): Promise<void> {
    const outcome = await fetchFigures();
    if (!outcome.ok) {
      setError(t('org.figures.error', { reason: errorMessage(outcome.code) }));
      return;
    }
    setError(null);
    setFigures(outcome.value);
    setUpdatedAt(new Date().toISOString());
  }

  onMount(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), refreshEveryMs);
    onCleanup(() => clearInterval(timer));
  });

  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t('org.figures.title')}</h2>
      <Show when={figures()}>
        {(current) => (
          <dl class="figures">
            <For each={shown}>
              {(key) => (
                <div class="figure" data-figure={key}>
                  <dt>{t(`org.figures.${key}`)}</dt>
                  <dd>{current()[key] ?? '–'}</dd>
                </div>
              )}
            </For>
          </dl>
        )}
      </Show>
      <Show when={updatedAt()}>{(at) => <p class="field-hint">{t('org.figures.updated', { time: timeOf(at(), state()) })}</p>}</Show>
      <Show when={error()}>{(message) => <p class="form-error">{message()}</p>}</Show>
    </section>
  );
}
