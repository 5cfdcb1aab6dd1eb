import { A, useLocation } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { openPolls, pollHref } from './pollView';
// Loaded with the shell, so a vote or rating that settles on any page is recorded.
import './myPollVotes';
import './myFeedback';

/** A quiet line on every page while a poll runs; not on the page where one votes. */
export function PollNotice() {
  const location = useLocation();
  const poll = () => openPolls(state()).find((p) => pollHref(p) !== location.pathname);
  return (
    <Show when={poll()}>
      {(open) => (
        <p class="poll-notice" data-poll-notice={open().id}>
          <A href={pollHref(open())}>{t('polls.notice', { question: open().question })}</A>
        </p>
      )}
    </Show>
  );
}
