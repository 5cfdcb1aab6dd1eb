import { accept, type CommandHandlers } from '../kernel/handler.js';

/** The floor plan's image: set, replaced or taken off every phone's map at once. */
export const planImageHandlers: CommandHandlers<'plan:set-image'> = {
  'plan:set-image': ({ image }, { state }) => {
    if ((state.planImage?.hash ?? null) === (image?.hash ?? null)) return accept();
    return accept({ type: 'plan:image-set', audience: 'public', data: { image } });
  },
};
