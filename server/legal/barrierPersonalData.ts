import { erasedQuestionText } from '../../shared/privacy.js';
import type { PersonalData } from '../kernel/personalData.js';

/** A barrier report's words and its sender's e-mail address: erased on time, the page it came from stays. */
export const barrierPersonalData: PersonalData = {
  what: 'barrier_reports',
  types: ['barrier:reported'],
  erase(change) {
    if (change.type !== 'barrier:reported') return null;
    const { email: _email, ...report } = change.data.report;
    if (report.text === erasedQuestionText && change.data.report.email === undefined) return null;
    return { report: { ...report, text: erasedQuestionText } };
  },
};
