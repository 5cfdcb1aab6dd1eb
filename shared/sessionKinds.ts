/** What a programme item is; its own module, without zod, so the agenda's filters load no schemas. */
export const sessionKinds = ['opening', 'talk', 'market', 'break', 'networking'] as const;
