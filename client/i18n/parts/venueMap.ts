/** Strings of one feature, German first; en must have exactly the same keys. */
export const de = {} satisfies Record<string, string>;

export const en: Record<keyof typeof de, string> = {};
