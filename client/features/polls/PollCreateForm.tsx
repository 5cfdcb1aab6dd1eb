import { createSignal, For, Show } from 'solid-js';
import { pollKinds, pollLimits, type PollKind, type PollSetup } from '../../../shared/polls';
import { t, type MessageKey } from '../../i18n/i18n';
import { sendCommand } from '../../sync/connection';
import { uuid } from '../../sync/uuid';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';

const kindLabel = (kind: PollKind) => t(`pollAdmin.kind.${kind}` satisfies MessageKey);

/** The moderator prepares a poll as a draft; it reaches attendees only when started. */
export function PollCreateForm(props: { sessionId: string | null }) {
  const [kind, setKind] = createSignal<PollKind>('single');
  const [question, setQuestion] = createSignal('');
  const [options, setOptions] = createSignal('');
  const [maxChoices, setMaxChoices] = createSignal(2);
  const [scale, setScale] = createSignal<5 | 10>(5);
  const [low, setLow] = createSignal('');
  const [high, setHigh] = createSignal('');
  const status = createCommandStatus();
  const choices = () => kind() === 'single' || kind() === 'multiple';

  function setup(): PollSetup {
    const lines = options().split('\n').map((l) => l.trim()).filter((l) => l !== '');
    return {
      sessionId: props.sessionId,
      kind: kind(),
      question: question().trim(),
      options: choices() ? lines : [],
      ...(kind() === 'multiple' ? { maxChoices: Math.min(maxChoices(), lines.length) } : {}),
      ...(kind() === 'rating' ? { scale: scale(), lowLabel: low().trim(), highLabel: high().trim() } : {}),
    };
  }

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    status.start();
    if (!status.check(await sendCommand('poll:create', { pollId: uuid(), setup: setup() }))) return;
    status.done('pollAdmin.created');
    setQuestion('');
    setOptions('');
  }

  return (
    <form class="card poll-create" onSubmit={(e) => void submit(e)} data-form="poll-create">
      <h2>{t('pollAdmin.new')}</h2>
      <label class="field">
        <span class="field-label">{t('pollAdmin.kind')}</span>
        <select value={kind()} onChange={(e) => setKind(pollKinds.find((k) => k === e.currentTarget.value) ?? 'single')}>
          <For each={pollKinds}>{(k) => <option value={k}>{kindLabel(k)}</option>}</For>
        </select>
      </label>
      <label class="field">
        <span class="field-label">{t('pollAdmin.question')}</span>
        <input type="text" required maxLength={pollLimits.question} value={question()} onInput={(e) => setQuestion(e.currentTarget.value)} />
      </label>
      <Show when={choices()}>
        <label class="field">
          <span class="field-label">{t('pollAdmin.options')}</span>
          <textarea rows={4} required value={options()} onInput={(e) => setOptions(e.currentTarget.value)} />
        </label>
      </Show>
      <Show when={kind() === 'multiple'}>
        <label class="field">
          <span class="field-label">{t('pollAdmin.maxChoices')}</span>
          <input type="number" min={1} max={pollLimits.options} value={maxChoices()} onInput={(e) => setMaxChoices(Number(e.currentTarget.value) || 1)} />
        </label>
      </Show>
      <Show when={kind() === 'rating'}>
        <label class="field">
          <span class="field-label">{t('pollAdmin.scale')}</span>
          <select value={String(scale())} onChange={(e) => setScale(e.currentTarget.value === '10' ? 10 : 5)}>
            <option value="5">1–5</option>
            <option value="10">1–10</option>
          </select>
        </label>
        <label class="field">
          <span class="field-label">{t('pollAdmin.lowLabel')}</span>
          <input type="text" maxLength={pollLimits.labels} value={low()} onInput={(e) => setLow(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span class="field-label">{t('pollAdmin.highLabel')}</span>
          <input type="text" maxLength={pollLimits.labels} value={high()} onInput={(e) => setHigh(e.currentTarget.value)} />
        </label>
      </Show>
      <button type="submit" class="button" disabled={status.busy()}>
        {t('pollAdmin.create')}
      </button>
      <FormStatusLine status={status.status()} />
    </form>
  );
}
