import { A } from '@solidjs/router';
import { createEffect, createMemo, For, on, Show } from 'solid-js';
import { topicsOf } from '../../../shared/contactCard';
import { filterListings, municipalitiesPresent, sharesTopic, topicsPresent } from '../../../shared/directoryListing';
import { standsByName } from '../../../shared/standOrder';
import { t, tCount } from '../../i18n/i18n';
import { useSearchParamList } from '../../forms/searchParamList';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { state } from '../../sync/connection';
import { myCardDraft } from '../contacts/myCard';
import { cardRequests } from './cardRequests';
import { DirectoryFilters } from './DirectoryFilters';
import { JoinForm } from './JoinForm';
import { ListingItem } from './ListingItem';
import { forgetListing, isListed, ownId } from './myListing';

const counted = (count: number, none: 'directory.count.none' | 'directory.municipalities.none', forms: { one: 'directory.count.one' | 'directory.municipalities.one'; other: 'directory.count.other' | 'directory.municipalities.other' }) =>
  count === 0 ? t(none) : tCount(count, forms);

/** The stands on a topic this phone's card names: where to go next. */
function StandsOnMyTopics(props: { topics: readonly string[] }) {
  const stands = createMemo(() => standsByName(Object.values(state().stands)).filter((stand) => stand.topic !== '' && sharesTopic([stand.topic], props.topics)));
  return (
    <Show when={stands().length > 0}>
      <section aria-labelledby="directory-stands-title" class="directory-stands">
        <h2 id="directory-stands-title">{t('directory.standsOnTopics')}</h2>
        <ul class="link-list">
          <For each={stands()}>
            {(stand) => (
              <li>
                <A href={`/stand/${encodeURIComponent(stand.id)}`}>{stand.name}</A> <span class="muted">· {stand.topic}</span>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}

function Directory() {
  const [municipalityParam, setMunicipality] = useSearchParamList('kommune');
  const [topicParam, setTopic] = useSearchParamList('thema');
  const listings = createMemo(() => Object.values(state().directory));
  const municipalities = createMemo(() => municipalitiesPresent(listings()));
  const topics = createMemo(() => topicsPresent(listings()));
  const filter = () => ({ municipality: municipalityParam()[0] ?? '', topic: topicParam()[0] ?? '' });
  const shown = createMemo(() => filterListings(listings(), filter()));
  const myTopics = createMemo(() => topicsOf(myCardDraft().text.topics));
  const mailbox = cardRequests();
  // The listing went (left on another tab, erased with the event's personal data): so do its id and mailbox.
  createEffect(
    on(isListed, (now, before) => {
      if (before === true && !now) forgetListing();
    }),
  );
  return (
    <>
      <JoinForm listed={isListed()} />
      <StandsOnMyTopics topics={myTopics()} />
      <section aria-labelledby="directory-list-title">
        <h2 id="directory-list-title">{t('directory.listHeading')}</h2>
        <p class="directory-municipalities">
          {counted(municipalities().length, 'directory.municipalities.none', { one: 'directory.municipalities.one', other: 'directory.municipalities.other' })}
        </p>
        <Show when={listings().length > 0} fallback={<p class="muted">{t('directory.empty')}</p>}>
          <DirectoryFilters
            municipalities={municipalities()}
            topics={topics()}
            municipality={filter().municipality}
            topic={filter().topic}
            onMunicipality={(value) => setMunicipality(value ? [value] : [])}
            onTopic={(value) => setTopic(value ? [value] : [])}
          />
          <p class="directory-count" aria-live="polite" aria-atomic="true">
            {counted(shown().length, 'directory.count.none', { one: 'directory.count.one', other: 'directory.count.other' })}
          </p>
          <ul class="plain-list directory-list">
            <For each={shown()}>{(listing) => <ListingItem listing={listing} own={listing.id === ownId()} myTopics={myTopics()} mailbox={mailbox} />}</For>
          </ul>
        </Show>
      </section>
    </>
  );
}

/** "Wer ist da?": who chose to be listed at this event, live; joining and leaving on the same page. */
export function WhoIsHerePage() {
  return (
    <section class="page directory" aria-labelledby="directory-title">
      <h1 id="directory-title">{t('directory.title')}</h1>
      <p class="page-lead">{t('directory.lead')}</p>
      <WhenLoaded>
        <Directory />
      </WhenLoaded>
    </section>
  );
}
