import { createMemo, For, Show } from 'solid-js';
import { t, tCount } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { inboxItems } from './inbox';
import { ModeratedQuestion } from './ModeratedQuestion';

/** Everything waiting, across sessions and stands, newest first: the first thing on a phone. */
export function ModerationInbox() {
  const items = createMemo(() => inboxItems(state()));
  return (
    <section class="moderation-inbox" aria-labelledby="inbox-title">
      <h2 id="inbox-title">
        {t('inbox.title')} <span class="heading-count">· {tCount(items().length, { one: 'inbox.countOne', other: 'inbox.count' })}</span>
      </h2>
      <Show when={items().length > 0} fallback={<p class="muted">{t('inbox.empty')}</p>}>
        {/* Polite, additions only: a new question is announced, not every vote. */}
        <ul class="plain-list" aria-live="polite" aria-relevant="additions">
          <For each={items()}>
            {(item) => (
              <ModeratedQuestion
                question={item.question}
                mergeCandidates={[]}
                context={t('inbox.pendingAt', { where: item.where })}
              />
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
