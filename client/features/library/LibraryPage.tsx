import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { dateWithYear } from '../../../shared/agendaDays';
import type { LibraryProject } from '../../../shared/library';
import { dateLocale, t, tCount } from '../../i18n/i18n';
import { SearchField } from '../../forms/SearchField';
import { useSearchParamList } from '../../forms/searchParamList';
import { fetchLibrary } from './libraryApi';
import { LibraryProfile } from './LibraryProfile';

function countText(count: number): string {
  return count === 0 ? t('library.count.none') : tCount(count, { one: 'library.count.one', other: 'library.count.other' });
}

function ProjectCard(props: { project: LibraryProject }) {
  const meta = () => [props.project.profile.municipality, props.project.profile.topic].filter((part) => part.trim() !== '').join(' · ');
  const dates = () => props.project.shown.map((shown) => dateWithYear(shown.firstDay, dateLocale())).join(' · ');
  return (
    <li class="card stand-card library-project" data-project-id={props.project.standId}>
      <h2 class="stand-name">{props.project.profile.name}</h2>
      <Show when={meta()}>{(text) => <p class="stand-meta">{text()}</p>}</Show>
      <p class="muted library-shown">{t('library.shown', { dates: dates() })}</p>
      <details class="library-details">
        <summary>{t('library.details')}</summary>
        <LibraryProfile project={props.project} />
      </details>
    </li>
  );
}

/** `/projekte`: every project of the series, searched on the server (the library is online only). */
export function LibraryPage() {
  const [queryParam, setQueryParam] = useSearchParamList('q');
  const [asked, setAsked] = createSignal(queryParam()[0] ?? '');
  let pause: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(pause));
  const onQuery = (query: string) => {
    setQueryParam(query ? [query] : []);
    clearTimeout(pause);
    pause = setTimeout(() => setAsked(query), 250);
  };
  // The empty query lists all: a resource with a falsy source would not fetch, so the source is an object.
  const [library] = createResource(() => ({ query: asked() }), ({ query }) => fetchLibrary(query));
  const projects = () => {
    const outcome = library.latest;
    return outcome?.ok ? outcome.value : null;
  };
  const failed = () => library.latest?.ok === false;
  return (
    <section class="page" aria-labelledby="library-title">
      <h1 id="library-title">{t('library.title')}</h1>
      <p class="page-lead">{t('library.lead')}</p>
      <SearchField id="library-search-input" label={t('library.searchLabel')} hint={t('library.searchHint')} query={queryParam()[0] ?? ''} onQuery={onQuery} />
      <Show when={!failed()} fallback={<p class="notice">{t('library.offline')}</p>}>
        <Show when={projects()} fallback={<p class="muted">{t('library.loading')}</p>}>
          {(found) => (
            <>
              <p class="stand-count" aria-live="polite" aria-atomic="true">
                {countText(found().length)}
              </p>
              <ul class="plain-list stand-list">
                <For each={found()}>{(project) => <ProjectCard project={project} />}</For>
              </ul>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
