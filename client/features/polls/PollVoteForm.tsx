import { createSignal, createUniqueId, For, Index, Match, Show, Switch, untrack } from 'solid-js';
import { pollLimits, type Poll, type PollAnswer } from '../../../shared/polls';
import { t } from '../../i18n/i18n';
import { castVote, myVote } from './myPollVotes';

/** The answer as the form holds it, from this device's last vote when there is one. */
function initial(poll: Poll): { picks: number[]; rating: number | null; words: string[] } {
  const answer = myVote(poll.id)?.value;
  return {
    picks: answer?.kind === 'choice' ? answer.options : [],
    rating: answer?.kind === 'rating' ? answer.value : null,
    words: answer?.kind === 'words' ? [...answer.words, '', '', ''].slice(0, pollLimits.wordsPerDevice) : ['', '', ''],
  };
}

/** One form for the four kinds: radio buttons, checkboxes with a maximum, a scale, up to 3 words. */
export function PollVoteForm(props: { poll: Poll }) {
  const start = untrack(() => initial(props.poll));
  const [picks, setPicks] = createSignal<number[]>(start.picks);
  const [rating, setRating] = createSignal<number | null>(start.rating);
  const [words, setWords] = createSignal<string[]>(start.words);
  const legendId = createUniqueId();
  const name = createUniqueId();
  const max = () => (props.poll.kind === 'single' ? 1 : (props.poll.maxChoices ?? props.poll.options.length));

  const answer = (): PollAnswer | null => {
    if (props.poll.kind === 'rating') return rating() === null ? null : { kind: 'rating', value: rating()! };
    if (props.poll.kind === 'words') {
      const typed = words().map((w) => w.trim()).filter((w) => w !== '');
      return typed.length ? { kind: 'words', words: typed } : null;
    }
    return picks().length ? { kind: 'choice', options: picks() } : null;
  };

  function toggle(index: number, checked: boolean): void {
    if (props.poll.kind === 'single') return void setPicks([index]);
    setPicks(checked ? [...picks(), index].slice(-max()) : picks().filter((i) => i !== index));
  }

  function submit(event: SubmitEvent): void {
    event.preventDefault();
    const given = answer();
    if (given) void castVote(props.poll.id, given);
  }

  const scale = () => Array.from({ length: props.poll.scale ?? 5 }, (_, i) => i + 1);
  return (
    <form class="poll-form" onSubmit={submit} data-poll-form={props.poll.id}>
      <fieldset class="poll-fieldset" aria-labelledby={legendId}>
        <legend id={legendId} class="poll-hint">
          <Switch>
            <Match when={props.poll.kind === 'single'}>{t('polls.pickOne')}</Match>
            <Match when={props.poll.kind === 'multiple'}>{t('polls.pickUpTo', { max: max() })}</Match>
            <Match when={props.poll.kind === 'rating'}>{t('polls.rate', { max: props.poll.scale ?? 5 })}</Match>
            <Match when={props.poll.kind === 'words'}>{t('polls.words')}</Match>
          </Switch>
        </legend>
        <Switch>
          <Match when={props.poll.kind === 'single' || props.poll.kind === 'multiple'}>
            <ul class="plain-list poll-options">
              <For each={props.poll.options}>
                {(option, i) => (
                  <li>
                    <label class="poll-option">
                      <input
                        type={props.poll.kind === 'single' ? 'radio' : 'checkbox'}
                        name={name}
                        checked={picks().includes(i())}
                        onChange={(e) => toggle(i(), e.currentTarget.checked)}
                      />
                      <span>{option}</span>
                    </label>
                  </li>
                )}
              </For>
            </ul>
          </Match>
          <Match when={props.poll.kind === 'rating'}>
            <div class="poll-scale">
              <For each={scale()}>
                {(value) => (
                  <label class="poll-scale-value">
                    <input type="radio" name={name} checked={rating() === value} onChange={() => setRating(value)} />
                    <span>{value}</span>
                  </label>
                )}
              </For>
            </div>
            <Show when={props.poll.lowLabel || props.poll.highLabel}>
              <p class="poll-scale-labels" aria-hidden="true">
                <span>{props.poll.lowLabel}</span>
                <span>{props.poll.highLabel}</span>
              </p>
            </Show>
          </Match>
          <Match when={props.poll.kind === 'words'}>
            <Index each={words()}>
              {(word, i) => (
                <label class="field">
                  <span class="field-label">{t('polls.word', { n: i + 1 })}</span>
                  <input
                    type="text"
                    maxLength={pollLimits.word}
                    value={word()}
                    onInput={(e) => setWords(words().map((w, j) => (j === i ? e.currentTarget.value : w)))}
                  />
                </label>
              )}
            </Index>
          </Match>
        </Switch>
      </fieldset>
      <button type="submit" class="button" disabled={answer() === null}>
        {myVote(props.poll.id) ? t('polls.changeVote') : t('polls.vote')}
      </button>
    </form>
  );
}
