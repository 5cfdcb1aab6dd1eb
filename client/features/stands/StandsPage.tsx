import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import type { Stand } from '../../../shared/model';
import { locale, t, tCount } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { state } from '../../sync/connection';
import { useSearchParamList } from '../../forms/searchParamList';
import { SearchField } from '../../forms/SearchField';
import { TopicFilters } from './StandFilters';
import { distinctTopics, indexStands, searchStands, withTopics } from './standSearch';
import { StandStatusBadge } from './StandStatusBadge';
import { StandNumber } from '../map/StandNumber';
import { profileText, standMeta } from './standView';
import { topicsOf } from '../../../shared/contactCard';
import { sharesTopic } from '../../../shared/directoryListing';
import { myCardDraft } from '../contacts/myCard';

/** A stand on a topic this phone's card names ("Themen" on Meine Visitenkarte): marked in words, not colour alone. */
const onMyTopic = (stand: Stand) => stand.topic.trim() !== '' && sharesTopic([stand.topic], topicsOf(myCardDraft().text.topics));

const standSearchInputId = 'stand-search-input';

function StandCard(props: { stand: Stand }) {
  return (
    <li class="card stand-card" data-stand-id={props.stand.id} classList={{ 'is-my-topic': onMyTopic(props.stand) }}>
      <h2 class="stand-name">
        <A href={`/stand/${encodeURIComponent(props.stand.id)}`}>{props.stand.name}</A>
      </h2>
      <StandNumber standId={props.stand.id} />
      <Show when={standMeta(props.stand)}>{(meta) => <p class="stand-meta">{meta()}</p>}</Show>
      <Show when={onMyTopic(props.stand)}>
        <p class="my-topic-mark">{t('directory.yourTopic')}: {props.stand.topic}</p>
      </Show>
      {/* The host's one sentence when there is one; else the start of the description. */}
      <Show when={profileText(props.stand, 'summary', locale()) || props.stand.description}>
        {(text) => <p class="stand-summary">{text()}</p>}
      </Show>
      <StandStatusBadge status={state().standStatus[props.stand.id]} />
    </li>
  );
}

function countText(count: number): string {
  if (count === 0) return t('standDir.count.none');
  return tCount(count, { one: 'standDir.count.one', other: 'standDir.count.other' });
}

function StandDirectory() {
  const [queryParam, setQueryParam] = useSearchParamList('q');
  const [chosenParam, setChosen] = useSearchParamList('topic');
  const query = () => queryParam()[0] ?? '';
  // Votes and questions change the state all day; the index is rebuilt only when the stands do.
  const stands = createMemo(() => state().stands);
  const index = createMemo(() => indexStands(Object.values(stands())));
  const topics = createMemo(() => distinctTopics(Object.values(stands())));
  // A topic from an old link that no stand carries now filters nothing away.
  const chosen = createMemo(() => chosenParam().filter((topic) => topics().includes(topic)));
  const results = createMemo(() => withTopics(searchStands(index(), query()), chosen()));
  const filtered = () => query().trim() !== '' || chosen().length > 0;

  const toggle = (topic: string) =>
    setChosen(chosen().includes(topic) ? chosen().filter((other) => other !== topic) : [...chosen(), topic]);
  const clear = () => {
    setQueryParam([]);
    setChosen([]);
    // The button goes away with the filters; the search field is where one starts again.
    document.getElementById(standSearchInputId)?.focus();
  };

  return (
    <>
      <SearchField
        id={standSearchInputId}
        label={t('standDir.searchLabel')}
        hint={t('standDir.searchHint')}
        query={query()}
        onQuery={(next) => setQueryParam([next])}
      />
      {/* One row on a phone: the count beside the folded topics, so the first result sits high. */}
      <div class="stand-toolbar">
        <TopicFilters topics={topics()} chosen={chosen()} onToggle={toggle} />
        <div class="stand-results-bar">
          <p class="stand-count" aria-live="polite" aria-atomic="true">
            {countText(results().length)}
          </p>
          <Show when={filtered()}>
            {/* Short on screen, whole for a screen reader; the visible word is part of the name. */}
            <button type="button" class="button button-quiet" aria-label={t('standDir.clear')} onClick={clear}>
              {t('standDir.clearShort')}
            </button>
          </Show>
        </div>
      </div>
      <Show
        when={results().length > 0}
        fallback={
          <div class="notice stand-no-results">
            <p class="stand-no-results-title">{t('standDir.noResults')}</p>
            <p>{t('standDir.noResultsHint')}</p>
          </div>
        }
      >
        <ul class="plain-list stand-list">
          <For each={results()}>{(stand) => <StandCard stand={stand} />}</For>
        </ul>
      </Show>
    </>
  );
}

export function StandsPage() {
  return (
    <section class="page" aria-labelledby="stands-title">
      <h1 id="stands-title">{t('stands.title')}</h1>
      <p class="page-lead">{t('stands.lead')}</p>
      <WhenLoaded>
        <Show when={Object.keys(state().stands).length > 0} fallback={<p class="muted">{t('stands.empty')}</p>}>
          <StandDirectory />
        </Show>
      </WhenLoaded>
      <p class="library-link">
        <A href="/projekte">{t('library.link')}</A>
      </p>
    </section>
  );
}
