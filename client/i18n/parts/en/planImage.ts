/** The English strings of `../planImage.ts`: loaded only when a phone reads English. */
import type { de } from '../planImage';

export const en: Record<keyof typeof de, string> = {
  'planImage.title': 'Floor plan image',
  'planImage.hint': 'Every phone shows the image under the map’s rooms and stands, also offline. Allowed: PNG, JPEG or SVG. Location and camera data in the image are removed, and from an SVG file also scripts, links and author details.',
  'planImage.current': 'On the map now: {type}, {size} MB',
  'planImage.none': 'No image yet: the map shows only the drawn rooms and stands.',
  'planImage.file': 'Image file',
  'planImage.upload': 'Upload and show',
  'planImage.saved': 'The image is now on the map.',
  'planImage.remove': 'Remove image',
  'planImage.removed': 'The image is no longer on the map.',
  'planImage.pickFirst': 'Please choose an image file first.',
};
