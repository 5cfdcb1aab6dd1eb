/** The English strings of `../signVideo.ts`: loaded only when a phone reads English. */
import type { de } from '../signVideo';

export const en: Record<keyof typeof de, string> = {
  'dgs.link': 'Information in German Sign Language',
  'dgs.title': 'German Sign Language (DGS)',
  'dgs.intro': 'In this video we explain in German Sign Language what this app is and how to use it.',
  'dgs.noVideo': 'There is no sign-language video for this event yet.',
  'dgs.noPlayer': 'Your browser cannot play this video.',
  'dgs.online': 'The video is loaded from the network: the phone needs a connection for it.',
  'dgs.edit.title': 'Sign-language video (DGS)',
  'dgs.edit.hint': 'The start page links the video. Allowed: MP4 or WebM (size as the server is set up, usually up to 200 MB). The video is only loaded when someone watches it.',
  'dgs.edit.current': 'Linked now: {type}, {size} MB',
  'dgs.edit.none': 'No video yet: the start page shows no link.',
  'dgs.edit.file': 'Video file',
  'dgs.edit.upload': 'Upload and link',
  'dgs.edit.uploading': 'Uploading …',
  'dgs.edit.saved': 'The video is now linked on the start page.',
  'dgs.edit.remove': 'Remove video',
  'dgs.edit.removed': 'The video is no longer linked.',
  'dgs.edit.pickFirst': 'Please choose a video file first.',
};
