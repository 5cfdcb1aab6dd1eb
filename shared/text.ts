import { z } from 'zod';

/*
 * User text, cleaned the same way on the phone (before it is sent) and on the server (at the
 * edge): NFC, so "ä" typed two ways compares equal; no bidi controls, which can make a question
 * display as something else than it says; no NUL or other control characters except tab and
 * newline; no lone surrogates, which are not text and break JSON consumers downstream.
 */
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Characters that show nothing: white space, zero-width characters, soft hyphen, BOM, variation selectors. */
// eslint-disable-next-line no-misleading-character-class -- the joiners and selectors are listed one by one on purpose
const invisible = /[\s\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200D\u2060-\u2064\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;

export function cleanText(text: string): string {
  return text.replace(loneSurrogates, '').replace(bidiControls, '').replace(controlCharacters, '').normalize('NFC').trim();
}

/** False for text a reader would see as empty (only white space or zero-width characters). */
export function hasVisibleText(text: string): boolean {
  return text.replace(invisible, '').length > 0;
}

/** What a required text that shows nothing is told. */
export const noVisibleText = 'must contain visible text';

/** Every schema `userText` made: a test walks the command and request schemas for text that skips the rule. */
const userTexts = new WeakSet<z.core.$ZodType>();

export const isUserText = (schema: z.core.$ZodType): boolean => userTexts.has(schema);

/** Text shown on one line (a name in a list): the rule above, and every run of white space one space. */
export const oneLineText = (text: string): string => cleanText(text).replace(/\s+/g, ' ');

/**
 * A user's text at the edge: cleaned, then checked for length; `required` (the default) refuses
 * text that shows nothing; `oneLine` folds line breaks and runs of white space into one space.
 */
export function userText(max: number, options: { required?: boolean; oneLine?: boolean } = {}) {
  const cleaned = z.string().max(max * 2).transform(options.oneLine ? oneLineText : cleanText);
  const bounded = z.string().max(max);
  const schema = (options.required ?? true)
    ? cleaned.pipe(bounded.refine(hasVisibleText, { message: noVisibleText }))
    : cleaned.pipe(bounded);
  userTexts.add(schema);
  return schema;
}
