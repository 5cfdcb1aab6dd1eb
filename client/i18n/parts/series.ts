/** Strings of the series of events (issue 24), German first; en must have exactly the same keys. */
export const de = {
  'series.pastNotice': 'Diese Veranstaltung ist vorbei. Nächster Termin: {name} am {date}',
} as const;

export const en: Record<keyof typeof de, string> = {
  'series.pastNotice': 'This event is over. Next date: {name} on {date}',
};
