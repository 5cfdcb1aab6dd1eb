import type { QuestionTarget } from './questions.js';
import type { Actor } from './roles.js';

/** A stand's host acts on their own stand only; every other staff role on any target. */
export function mayActOn(actor: Actor, target: QuestionTarget): boolean {
  if (actor.role !== 'host') return true;
  return target.kind === 'stand' && target.id === actor.standId;
}
