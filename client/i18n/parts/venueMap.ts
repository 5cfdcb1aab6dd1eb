/** Strings of one feature, German first; en must have exactly the same keys. */
export const de = {
  'map.showOnMap': 'Auf der Karte zeigen',
} satisfies Record<string, string>;

export const en: Record<keyof typeof de, string> = {
  'map.showOnMap': 'Show on the map',
};
