import type { Session } from '../../../shared/model';
import type { PublicState } from '../../../shared/publicState';
import { foldText } from '../../../shared/textFold';

export interface AgendaFilter {
  query: string;
  roomId: string;
  kind: string;
}

export const noFilter: AgendaFilter = { query: '', roomId: '', kind: '' };

export const isFiltering = (filter: AgendaFilter) => filter.query.trim() !== '' || filter.roomId !== '' || filter.kind !== '';

/**
 * Sessions matching every word of the query (title, speakers, abstract, room; folded as the stand
 * search folds, so "dorfer" finds "Dörfer"), in the chosen room and of the chosen kind.
 */
export function filterSessions(sessions: readonly Session[], filter: AgendaFilter, state: PublicState): Session[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  return sessions.filter((session) => {
    if (filter.roomId && session.roomId !== filter.roomId) return false;
    if (filter.kind && session.kind !== filter.kind) return false;
    if (words.length === 0) return true;
    const room = Object.hasOwn(state.rooms, session.roomId) ? (state.rooms[session.roomId]?.name ?? '') : '';
    const text = foldText([session.title, session.speakers.join(' '), session.abstract, room].join(' '));
    return words.every((word) => text.includes(word));
  });
}
