import { A } from '@solidjs/router';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { bookmarkedIds, bookmarkedInProgramme } from './bookmarks';

/** From the programme to one's own: "Mein Programm (3)". */
export function MyAgendaLink() {
  const count = () => bookmarkedInProgramme(state(), bookmarkedIds()).length;
  return (
    <p class="my-agenda-link">
      <A class="button-link" href="/my-agenda">
        <span aria-hidden="true">★ </span>
        {t('myAgenda.link', { count: count() })}
      </A>
    </p>
  );
}
