import { z } from 'zod';
import { entityId, instant } from './primitives.js';
import { compareInstants } from './sessions.js';

export const questionLimits = { text: 500, answer: 2000, authorName: 60, standStatus: 140 } as const;

export const questionTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), id: entityId }),
  z.object({ kind: z.literal('stand'), id: entityId }),
]);

export const moderationModes = ['pre', 'post'] as const;
export type ModerationMode = (typeof moderationModes)[number];

export const answerSchema = z.object({
  text: z.string().min(1).max(questionLimits.answer),
  by: z.enum(['host', 'moderator']),
  at: instant,
});

/** What attendees see of a merged-away question's text: nothing; the question it went into speaks. */
export const mergedAwayText = '—';

export const questionSchema = z.object({
  id: z.uuid(),
  target: questionTargetSchema,
  text: z.string().min(1).max(questionLimits.text),
  authorName: z.string().max(questionLimits.authorName).optional(),
  askedAt: instant,
  /** pending: waits for a moderator (only staff see it); hidden: staff only. */
  status: z.enum(['pending', 'published', 'hidden']),
  pinned: z.boolean(),
  answered: z.boolean(),
  answer: answerSchema.optional(),
  votes: z.number().int().nonnegative(),
  /** Set when a moderator merged it into another question, which carries its votes from then on. */
  mergedInto: z.uuid().optional(),
  /** Its asker erased it ("Meine Daten"): the text is a placeholder, a staff answer stays under "Frage gelöscht". */
  erased: z.literal(true).optional(),
  /** Marked by the stand's host or a moderator as one of the stand's "Häufige Fragen" (issue 25). */
  faq: z.boolean().optional(),
});

export const standAvailability = ['available', 'busy', 'away'] as const;

export const standStatusSchema = z.object({
  text: z.string().max(questionLimits.standStatus),
  availability: z.enum(standAvailability),
  at: instant,
});

export type QuestionTarget = z.infer<typeof questionTargetSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type StandStatus = z.infer<typeof standStatusSchema>;

export interface ModerationSettings {
  /** The event's default for sessions and stands. */
  mode: ModerationMode;
  /** Per-session overrides. */
  sessions: Readonly<Record<string, ModerationMode>>;
  /** New questions stopped for the whole event; absent in states from before the switch existed. */
  paused?: boolean;
  /** Sessions whose new questions are stopped. */
  pausedSessions?: Readonly<Record<string, boolean>>;
}

export function moderationModeFor(settings: ModerationSettings, target: QuestionTarget): ModerationMode {
  return target.kind === 'session' ? (settings.sessions[target.id] ?? settings.mode) : settings.mode;
}

/** Whether new questions to this session or stand are stopped for now. */
export function questionsPausedFor(settings: ModerationSettings, target: QuestionTarget): boolean {
  if (settings.paused) return true;
  const sessions = settings.pausedSessions;
  return target.kind === 'session' && sessions !== undefined && Object.hasOwn(sessions, target.id) && sessions[target.id] === true;
}

export const targetKey = (target: QuestionTarget) => `${target.kind}:${target.id}`;

/** Most votes first, the older question first on a tie: what a stand's FAQ and its host's open list put first. */
export const mostVotedFirst = (a: Question, b: Question) => b.votes - a.votes || compareInstants(a.askedAt, b.askedAt);

/** Pinned on top, then most votes: the order attendees and the big screen see. */
export const pinnedThenMostVoted = (a: Question, b: Question) => Number(b.pinned) - Number(a.pinned) || mostVotedFirst(a, b);

/** When a question was answered; one marked answered without a written answer counts from its asking. */
const answeredAt = (question: Question) => question.answer?.at ?? question.askedAt;

/** The newest answer first: a host's answered list, so what was just said is on top. */
export const newestAnswerFirst = (a: Question, b: Question) => compareInstants(answeredAt(b), answeredAt(a));

/** Questions of one session or stand as attendees see them: published, most votes first, pinned on top. */
export function visibleQuestions(questions: Readonly<Record<string, Question>>, target: QuestionTarget): Question[] {
  const key = targetKey(target);
  return Object.values(questions)
    .filter((q) => targetKey(q.target) === key && q.status === 'published' && !q.mergedInto)
    .sort(pinnedThenMostVoted);
}
