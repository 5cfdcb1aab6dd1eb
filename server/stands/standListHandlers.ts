import type { Stand } from '../../shared/model.js';
import type { PublicState } from '../../shared/publicState.js';
import { own } from '../../shared/records.js';
import type { StandBasics } from '../../shared/standCommands.js';
import { accept, reject, type CommandHandlers, type HandlerOutcome } from '../kernel/handler.js';
import { roomIdFromName, shortHash } from '../kernel/ids.js';

export const noStand = () => reject('not_found', [{ path: 'standId', message: 'no such stand' }]);

/** A new stand's id: the one asked for, else made from its name, never one in use. */
function newStandId(state: PublicState, wanted: string | undefined, name: string): string | HandlerOutcome {
  if (wanted) return own(state.stands, wanted) ? reject('conflict', [{ path: 'standId', message: 'a stand has this id' }]) : wanted;
  const id = roomIdFromName(name);
  return own(state.stands, id) ? `${id.slice(0, 50)}-${shortHash(name)}` : id;
}

/** The room must be one of the programme's; a booth number only once. */
function basicsIssue(state: PublicState, basics: StandBasics, standId: string): HandlerOutcome | null {
  if (!own(state.rooms, basics.roomId)) return reject('not_found', [{ path: 'roomId', message: 'no such room' }]);
  const clash = basics.number === undefined ? undefined : Object.values(state.stands).find((s) => s.id !== standId && s.number === basics.number);
  return clash ? reject('conflict', [{ path: 'number', message: `stand "${clash.name}" has this number` }]) : null;
}

const basicsOf = (stand: Stand): StandBasics => ({
  name: stand.name,
  municipality: stand.municipality,
  topic: stand.topic,
  roomId: stand.roomId,
  ...(stand.number === undefined ? {} : { number: stand.number }),
});

/** The organizer's list of stands: added, changed and removed on screen. */
export const standListHandlers: CommandHandlers<'stand:create' | 'stand:update' | 'stand:remove'> = {
  'stand:create': ({ standId, name, municipality = '', topic = '', roomId, number }, { state }) => {
    const id = newStandId(state, standId, name);
    if (typeof id !== 'string') return id;
    const basics: StandBasics = { name, municipality, topic, roomId, ...(number === undefined ? {} : { number }) };
    const issue = basicsIssue(state, basics, id);
    if (issue) return issue;
    const stand: Stand = { id, ...basics, description: '', implementation: '', cost: '', contact: {} };
    return accept({ type: 'stand:created', audience: 'public', data: { stand } });
  },
  'stand:update': ({ standId, number, ...given }, { state }) => {
    const stand = own(state.stands, standId);
    if (!stand) return noStand();
    const { number: held, ...rest } = { ...basicsOf(stand), ...definedBasics(given) };
    const kept = number === undefined ? held : (number ?? undefined);
    const next: StandBasics = kept === undefined ? rest : { ...rest, number: kept };
    return basicsIssue(state, next, standId) ?? accept({ type: 'stand:updated', audience: 'public', data: { standId, basics: next } });
  },
  'stand:remove': ({ standId }, { state }) => {
    const stand = own(state.stands, standId);
    if (!stand) return noStand();
    return accept({ type: 'stand:removed', audience: 'public', data: { standId, name: stand.name } });
  },
};

function definedBasics(given: { name?: string; municipality?: string; topic?: string; roomId?: string }): Partial<StandBasics> {
  const out: Partial<StandBasics> = {};
  if (given.name !== undefined) out.name = given.name;
  if (given.municipality !== undefined) out.municipality = given.municipality;
  if (given.topic !== undefined) out.topic = given.topic;
  if (given.roomId !== undefined) out.roomId = given.roomId;
  return out;
}
