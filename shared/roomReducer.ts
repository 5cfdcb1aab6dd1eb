import type { ChangeDataMap } from './changes.js';
import { withoutPlacesOf } from './planPlaces.js';
import type { PublicState } from './publicState.js';
import { own, put, without, type RecordWrites } from './records.js';

type RoomChange = 'room:order-set' | 'room:removed';
type Reducers = { [K in RoomChange]: (state: PublicState, data: ChangeDataMap[K], seq: number, writes: RecordWrites) => PublicState };

/** The organizer's room settings; rooms are created and renamed by `room:upserted`. */
export const roomReducers: Reducers = {
  'room:order-set': (state, { roomIds }, _seq, writes) => {
    const rooms = writes.writable(state.rooms);
    roomIds.forEach((roomId, order) => {
      const room = own(state.rooms, roomId);
      if (room) put(rooms, roomId, { ...room, order });
    });
    return { ...state, rooms };
  },
  'room:removed': (state, { roomId }, _seq, writes) => {
    if (!Object.hasOwn(state.rooms, roomId)) return state;
    // Its place on the plan goes with it: a stands file naming an unknown room is refused, so the export would be.
    return { ...state, rooms: without(writes, state.rooms, roomId), floorPlan: withoutPlacesOf(state.floorPlan, 'room', roomId) };
  },
};
