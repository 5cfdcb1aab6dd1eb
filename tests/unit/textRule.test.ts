import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newCodeSchema, redeemRequestSchema } from '../../shared/access.js';
import { commandEnvelopeSchema, commandPayloads } from '../../shared/commands.js';
import { ownQuestionsRequestSchema } from '../../shared/ownQuestions.js';
import { applyImportSchema, importRequestSchema } from '../../shared/programmeImport.js';
import { syncRequestSchema } from '../../shared/syncReply.js';
import { isUserText } from '../../shared/text.js';
import { nextEventRequestSchema } from '../../shared/nextEvent.js';
import { standsImportRequestSchema } from '../../shared/importReport.js';

/**
 * Issue 28, item 3: every text a person types or imports goes through the one rule in
 * shared/text.ts (`userText`). This walks every command payload and every request body the
 * server parses, down to each string, and finds the strings that do not.
 */

/** Everything a client sends that the server parses with a schema, by where it arrives. */
const requestSchemas: Record<string, z.core.$ZodType> = {
  ...Object.fromEntries(Object.entries(commandPayloads).map(([type, schema]) => [`command ${type}`, schema])),
  'POST /api/commands': commandEnvelopeSchema,
  'POST /api/access/codes': newCodeSchema,
  'POST /api/access/redeem': redeemRequestSchema,
  'POST /api/import/preview': importRequestSchema,
  'POST /api/import/apply': applyImportSchema,
  'POST /api/import/stands': standsImportRequestSchema,
  'POST /api/import/stands/preview': standsImportRequestSchema,
  'POST /api/events/next': nextEventRequestSchema,
  'socket sync': syncRequestSchema,
  'socket own-questions': ownQuestionsRequestSchema,
};

/**
 * The strings that are not free text, each checked by its own schema: ids, instants, time zones,
 * URLs, e-mail addresses, secrets, and whole files whose texts meet the rule once the file is read.
 */
const notFreeText = {
  ids: [
    'command session:move.sessionId', 'command session:move.roomId',
    'command session:cancel.sessionId', 'command session:reinstate.sessionId', 'command session:rename.sessionId',
    'command session:add.sessionId', 'command session:add.roomId',
    'command question:ask.questionId', 'command question:ask.target.id',
    'command question:vote.questionId', 'command question:approve.questionId', 'command question:hide.questionId',
    'command question:pin.questionId', 'command question:merge.questionId', 'command question:merge.intoId',
    'command question:answer.questionId', 'command question:mark-answered.questionId',
    'command question:stage.sessionId', 'command question:stage.questionId',
    'command stand:set-status.standId', 'command moderation:set-mode.sessionId',
    'command programme:import.programme.event.id', 'command programme:import.programme.rooms[].id',
    'command programme:import.programme.sessions[].id', 'command programme:import.programme.sessions[].roomId',
    'command stands:import.stands[].id', 'command stands:import.stands[].roomId',
    'command stands:import.floorPlan.places[].id', 'command stands:import.floorPlan.places[].refId',
    'command question:delete.questionId', 'command moderation:pause-questions.sessionId',
    'command room:create.roomId', 'command room:rename.roomId', 'command room:reorder.roomIds[]', 'command room:remove.roomId',
    'command poll:create.pollId', 'command poll:create.setup.sessionId', 'command poll:update.pollId', 'command poll:update.setup.sessionId',
    'command poll:open.pollId', 'command poll:close.pollId', 'command poll:reveal.pollId', 'command poll:delete.pollId',
    'command poll:vote.pollId', 'command poll:hide-word.pollId', 'command feedback:open.sessionId', 'command feedback:give.sessionId',
    'command announcement:correct.announcementId', 'command announcement:withdraw.announcementId',
    'command own-data:erase.questionIds[]',
    'command barrier:report.reportId', 'command event:remove-demo.eventId', 'command event:set-sign-video.video.hash', 'command plan:set-image.image.hash', 'command plan:place-stand.standId', 'command plan:set-room-area.roomId', 'command stands:import.planImage.hash', 'command library:withdraw.standId',
    'POST /api/commands.id', 'POST /api/commands.type',
    'POST /api/access/codes.standId',
    'socket own-questions.questionIds[]',
    'POST /api/events/next.from',
    'command question:mark-faq.questionId', 'command stand:create.standId', 'command stand:create.roomId',
    'command stand:update.standId', 'command stand:update.roomId', 'command stand:remove.standId', 'command stand:edit-profile.standId',
    'command directory:join.listingId', 'command directory:join.mailbox.mailbox',
  ],
  days: ['POST /api/events/next.firstDay'],
  instants: [
    'command session:move.startsAt', 'command session:move.endsAt', 'command session:add.startsAt', 'command session:add.endsAt',
    'command programme:import.programme.event.startsAt', 'command programme:import.programme.event.endsAt',
    'command programme:import.programme.sessions[].startsAt', 'command programme:import.programme.sessions[].endsAt',
    'command event:configure.startsAt', 'command event:configure.endsAt',
  ],
  timeZones: ['command programme:import.programme.event.timeZone', 'command event:configure.timeZone'],
  urls: [
    'command stands:import.planImage.url',
    'command programme:import.programme.event.links[].url', 'command event:configure.links[].url',
    'command stands:import.stands[].contact.url', 'command stands:import.stands[].links[].url',
    'command stand:edit-profile.links[].url', 'command stand:edit-profile.contact.url.value',
  ],
  emailAddresses: ['command stands:import.stands[].contact.email', 'command barrier:report.email', 'command stand:edit-profile.contact.email.value'],
  secrets: ['POST /api/access/redeem.code'],
  /** A public key (base64url), checked by its pattern. */
  keys: ['command directory:join.mailbox.key'],
  files: ['POST /api/import/preview.content', 'POST /api/import/apply.content', 'POST /api/import/stands.content', 'POST /api/import/stands/preview.content'],
};

/** Schema kinds that hold no string below them. */
const leavesWithoutText = new Set(['number', 'boolean', 'enum', 'literal', 'unknown', 'transform', 'null', 'undefined', 'bigint', 'date']);

/** Where a string below `schema` skips `userText`; fails on a schema kind it does not know, rather than miss what is inside. */
function stringsOutsideTheRule(schema: z.core.$ZodType, path: string, found: Set<string>): Set<string> {
  const walk = (inner: z.core.$ZodType, at: string = path) => stringsOutsideTheRule(inner, at, found);
  if (isUserText(schema)) return found;
  if (schema instanceof z.ZodObject) Object.entries(schema.shape).forEach(([key, field]) => walk(field, `${path}.${key}`));
  else if (schema instanceof z.ZodArray) walk(schema.element, `${path}[]`);
  else if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) walk(schema.unwrap());
  else if (schema instanceof z.ZodPipe) [schema.in, schema.out].forEach((part) => walk(part));
  else if (schema instanceof z.ZodUnion) schema.options.forEach((option) => walk(option));
  else if (schema instanceof z.ZodTuple) schema._zod.def.items.forEach((item, i) => walk(item, `${path}[${i}]`));
  else if (schema instanceof z.ZodRecord) [schema.keyType, schema.valueType].forEach((part) => walk(part, `${path}{}`));
  else if (schema._zod.def.type === 'string') found.add(path);
  else if (!leavesWithoutText.has(schema._zod.def.type)) throw new Error(`${path}: the walk does not know ${schema._zod.def.type} schemas`);
  return found;
}

describe('the one text rule', () => {
  const outside = new Set<string>();
  for (const [where, schema] of Object.entries(requestSchemas)) stringsOutsideTheRule(schema, where, outside);
  const listed = Object.values(notFreeText).flat();

  it('covers every free-text string of every command payload and request body', () => {
    expect([...outside].filter((path) => !listed.includes(path)).sort()).toEqual([]);
  });

  it('lists no field as "not free text" that is not there (the list stays true)', () => {
    expect(listed.filter((path) => !outside.has(path))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('finds the text fields it is about (the walk reaches into unions, arrays and imports)', () => {
    const checked = new Set<string>();
    const walkAll = (schema: z.core.$ZodType, path: string) => stringsOutsideTheRule(schema, path, checked);
    walkAll(z.object({ a: z.string(), b: z.array(z.union([z.string().trim(), z.number()])).optional() }), 'probe');
    expect([...checked].sort()).toEqual(['probe.a', 'probe.b[]']);
  });
});
