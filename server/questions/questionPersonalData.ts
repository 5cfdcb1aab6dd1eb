import type { Change, ChangeDraft } from '../../shared/changes.js';
import type { FieldIssue } from '../../shared/errors.js';
import type { PublicState } from '../../shared/publicState.js';
import { own } from '../../shared/records.js';
import type { Question } from '../../shared/questions.js';
import type { Projection } from '../kernel/liveState.js';
import { erasedDeviceId, type PersonalData } from '../kernel/personalData.js';
import { hideMergedInto } from './deleteAndPauseHandlers.js';

/** Which device asked which question (`question:asker-noted`): only that device may erase it ("Meine Daten"). */
export interface AskerIndex extends Projection {
  askerOf(questionId: string): string | undefined;
  askedBy(deviceId: string): string[];
}

export function createAskerIndex(): AskerIndex {
  const askers = new Map<string, string>();
  return {
    askerOf: (questionId) => askers.get(questionId),
    askedBy: (deviceId) => [...askers].flatMap(([questionId, asker]) => (asker === deviceId ? [questionId] : [])),
    reset: () => askers.clear(),
    project(change) {
      if (change.type === 'question:asker-noted') askers.set(change.data.questionId, change.data.deviceId);
      else if (change.type === 'question:deleted') askers.delete(change.data.questionId);
      else if (change.type === 'event:demo-removed') askers.clear();
    },
  };
}

const withQuestion = ['question:asked', 'question:approved', 'question:hidden', 'question:pinned', 'question:answered', 'question:merged'] as const;

function nameless(question: Question): Question | null {
  if (question.authorName === undefined) return null;
  const { authorName: _name, ...rest } = question;
  return rest;
}

/** A question change without its asker's name (both sides of a merge), or null when it names nobody. */
function withoutAskerNames(change: Change): Change['data'] | null {
  if (change.type === 'question:merged') {
    const question = nameless(change.data.question);
    const into = nameless(change.data.into);
    return question || into ? { question: question ?? change.data.question, into: into ?? change.data.into } : null;
  }
  if (!('question' in change.data)) return null;
  const question = nameless(change.data.question);
  return question ? { question } : null;
}

/** A question with a staff answer keeps it under "Frage gelöscht"; one without leaves every audience. */
function erasingChanges(state: PublicState, question: Question): ChangeDraft[] {
  if (question.answer) return question.erased ? [] : [{ type: 'question:erased', audience: 'public', data: { questionId: question.id } }];
  return [...hideMergedInto(state, question.id), { type: 'question:deleted', audience: 'public', data: { questionId: question.id } }];
}

export function questionPersonalData(askers: AskerIndex): PersonalData[] {
  return [
    {
      what: 'askers_names',
      types: withQuestion,
      erase: withoutAskerNames,
      ofDevice(deviceId, claimed, state) {
        const foreign: FieldIssue[] = claimed.flatMap((id) => {
          const asker = askers.askerOf(id);
          return asker !== undefined && asker !== deviceId ? [{ path: 'questionIds', message: `question ${id} was sent by another device` }] : [];
        });
        const drafts = askers.askedBy(deviceId).flatMap((id) => {
          const question = own(state.questions, id);
          return question ? erasingChanges(state, question) : [];
        });
        return { drafts, foreign };
      },
    },
    {
      what: 'question_device_ids',
      types: ['question:vote-cast', 'question:asker-noted'],
      erase(change, run) {
        if (change.type !== 'question:vote-cast' && change.type !== 'question:asker-noted') return null;
        const deviceId = erasedDeviceId(change.data.deviceId, run);
        return deviceId ? { ...change.data, deviceId } : null;
      },
    },
  ];
}
