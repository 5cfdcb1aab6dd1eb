import type { ChangeDataMap } from './changes.js';
import type { PublicState } from './model.js';
import { own, put, writable } from './records.js';

type RoomChange = 'room:order-set' | 'room:removed';
type Handlers = { [K in RoomChange]: (state: PublicState, data: ChangeDataMap[K]) => PublicState };

/** The organizer's room settings; rooms are created and renamed by `room:upserted`. */
export const roomHandlers: Handlers = {
  'room:order-set': (state, { roomIds }) => {
    const rooms = writable(state.rooms);
    roomIds.forEach((roomId, order) => {
      const room = own(state.rooms, roomId);
      if (room) put(rooms, roomId, { ...room, order });
    });
    return { ...state, rooms };
  },
  'room:removed': (state, { roomId }) => {
    if (!Object.hasOwn(state.rooms, roomId)) return state;
    const { [roomId]: _removed, ...rooms } = state.rooms;
    return { ...state, rooms };
  },
};
