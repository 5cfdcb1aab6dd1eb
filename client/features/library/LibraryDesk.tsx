import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { dateWithYear } from '../../../shared/agendaDays';
import type { LibraryProject } from '../../../shared/library';
import { projectSearch } from '../../../shared/projectSearch';
import { dateLocale, errorMessage, t, tCount } from '../../i18n/i18n';
import { ConfirmStep } from '../../forms/ConfirmStep';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { SearchField } from '../../forms/SearchField';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { fetchLibrary, setWithdrawn } from './libraryApi';

function countText(count: number): string {
  return count === 0 ? t('library.count.none') : tCount(count, { one: 'library.count.one', other: 'library.count.other' });
}

/** One project of the library, and the organizer's say over it: out (asked first), and back in the same place. */
function LibraryEntry(props: { project: LibraryProject; withdrawn: boolean; onChanged: (withdrawn: boolean) => void }) {
  const command = createCommandStatus();
  const name = () => props.project.profile.name;
  async function change(withdrawn: boolean): Promise<boolean> {
    command.start();
    const outcome = await setWithdrawn(props.project, withdrawn);
    if (!outcome.ok) {
      command.failText(errorMessage(outcome.code));
      return false;
    }
    command.doneText(t(withdrawn ? 'library.desk.withdrawnDone' : 'library.desk.backDone', { name: name() }));
    props.onChanged(withdrawn);
    return true;
  }
  const dates = () => props.project.shown.map((shown) => dateWithYear(shown.firstDay, dateLocale())).join(' · ');
  return (
    <li class="card" data-library-entry={props.project.standId} data-withdrawn={props.withdrawn ? 'yes' : 'no'}>
      <p>
        <strong>{name()}</strong>
      </p>
      <p class="field-hint">{t('library.shown', { dates: dates() })}</p>
      <Show
        when={props.withdrawn}
        fallback={
          <ConfirmStep
            action={t('library.withdraw')}
            question={t('library.desk.confirm', { name: name() })}
            confirm={t('library.desk.confirmYes')}
            keep={t('library.desk.keep')}
            busy={command.busy()}
            onConfirm={() => change(true)}
          />
        }
      >
        <button type="button" class="button button-quiet" disabled={command.busy()} onClick={() => void change(false)}>
          {t('library.putBack')}
        </button>
      </Show>
      <FormStatusLine status={command.status()} />
    </li>
  );
}

/**
 * The organizer's view of the series' library: every project of every date, found with the one
 * project search, each to be taken out (and, while the page is open, put back).
 */
export function LibraryDesk() {
  const [library] = createResource(() => fetchLibrary());
  const [query, setQuery] = createSignal('');
  // Taken out on this visit: the library no longer lists them, the desk keeps them to put back.
  const [takenOut, setTakenOut] = createSignal<readonly LibraryProject[]>([]);
  const projects = createMemo(() => {
    const outcome = library();
    const listed = outcome?.ok ? outcome.value : [];
    const out = takenOut().filter((project) => !listed.some((other) => other.standId === project.standId));
    return [...listed, ...out];
  });
  const search = createMemo(() => projectSearch(projects()));
  const found = () => search().search(query());
  const isOut = (project: LibraryProject) => takenOut().some((other) => other.standId === project.standId);
  const changed = (project: LibraryProject, withdrawn: boolean) =>
    setTakenOut((out) => (withdrawn ? [...out, project] : out.filter((other) => other.standId !== project.standId)));
  return (
    <section aria-labelledby="library-desk-title" data-library-desk>
      <h2 id="library-desk-title">{t('library.title')}</h2>
      <p class="field-hint">{t('library.desk.lead')}</p>
      <Show when={library()?.ok === false}>
        <p class="form-error" role="alert">
          {t('library.offline')}
        </p>
      </Show>
      {/* Folded: the organizer page is long, and the library grows with every date. */}
      <details class="library-desk-fold">
        <summary>{countText(projects().length)}</summary>
        <SearchField id="library-desk-search" label={t('library.searchLabel')} hint={t('library.searchHint')} query={query()} onQuery={setQuery} />
        <ul class="plain-list">
          <For each={found()}>{(project) => <LibraryEntry project={project} withdrawn={isOut(project)} onChanged={(out) => changed(project, out)} />}</For>
        </ul>
      </details>
    </section>
  );
}
