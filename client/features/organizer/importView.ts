import type { ImportDiff, RejectedRow } from '../../../shared/importReport';
import type { Slot } from '../../../shared/model';
import type { PublicState } from '../../../shared/publicState';
import { formatDay } from '../../../shared/time';
import { dateLocale, t } from '../../i18n/i18n';
import { eventZone, roomName, timeOf } from '../agenda/sessionView';

/**
 * Where an issue is, in the reader's language. The server names places as `line 12: start`,
 * `line 3` or a bare field path; an empty path concerns the whole file.
 */
export function issueLocation(path: string): string {
  const found = /^line (\d+)(?::\s*(.*))?$/.exec(path);
  if (!found) return path === '' ? '' : t('import.at.field', { field: path });
  const [, line = '', field] = found;
  return field ? t('import.at.lineField', { line, field }) : t('import.at.line', { line });
}

export function rowLocation(row: RejectedRow): string {
  return row.line === null ? t('import.at.field', { field: row.field }) : t('import.at.lineField', { line: row.line, field: row.field });
}

/** Day, time and room of a slot; a room the import adds or renames is named from the preview, not the state. */
export function slotText(slot: Slot, state: PublicState, diff: ImportDiff): string {
  const newRoom = [...diff.roomsAdded, ...diff.roomsRenamed].find((room) => room.id === slot.roomId);
  return t('import.slot', {
    day: formatDay(slot.startsAt, eventZone(state), dateLocale()),
    start: timeOf(slot.startsAt, state),
    end: timeOf(slot.endsAt, state),
    room: newRoom?.name ?? roomName(slot.roomId, state),
  });
}
