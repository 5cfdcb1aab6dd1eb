import { accept, type CommandHandlers } from '../kernel/handler.js';

const sameVideo = (a: { hash: string } | null, b: { hash: string } | null) => (a === null ? b === null : a.hash === b?.hash);

/** The start page's DGS video: set, replaced or taken off for every phone at once. */
export const signVideoHandlers: CommandHandlers<'event:set-sign-video'> = {
  'event:set-sign-video': ({ video }, { state }) => {
    if (sameVideo(state.signVideo, video)) return accept();
    return accept({ type: 'event:sign-video-set', audience: 'public', data: { video } });
  },
};
