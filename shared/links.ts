import { z } from 'zod';
import { limits } from './primitives.js';
import { userText } from './text.js';

/** A labelled web link: the event's links, a stand's links. Only http and https, so no `javascript:` reaches an href. */
export const eventLinkSchema = z.object({
  label: z.string().trim().min(1).max(limits.name),
  url: z.url({ protocol: /^https?$/ }).max(500),
});

/** A link as an organizer or a host types or imports it: its label through the text rule. */
export const eventLinkInput = eventLinkSchema.extend({ label: userText(limits.name) });
