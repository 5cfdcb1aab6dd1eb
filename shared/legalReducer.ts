import type { ChangeDataMap } from './changes.js';
import type { LegalTexts } from './legal.js';
import type { PublicState } from './publicState.js';

type LegalChange = 'legal:page-set' | 'barrier:reported';
type Reducers = { [K in LegalChange]: (state: PublicState, data: ChangeDataMap[K]) => PublicState };

/** An empty text removes the organizer's one, so the page shows the text Ortstermin ships again. */
function withText(legal: LegalTexts, { page, language, text }: ChangeDataMap['legal:page-set']): LegalTexts {
  const { [language]: _old, ...others } = legal[page] ?? {};
  return { ...legal, [page]: text === '' ? others : { ...others, [language]: text } };
}

export const legalReducers: Reducers = {
  'legal:page-set': (state, data) => ({ ...state, legal: withText(state.legal, data) }),
  'barrier:reported': (state, { report }) =>
    state.barrierReports.some((r) => r.id === report.id) ? state : { ...state, barrierReports: [...state.barrierReports, report] },
};
