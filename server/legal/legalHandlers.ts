import type { BarrierReport } from '../../shared/legal.js';
import { accept, reject, type CommandHandlers } from '../kernel/handler.js';

/**
 * The legal pages change for everyone at once (public); a barrier report goes to the staff only,
 * since it may hold an e-mail address and describes one person's trouble.
 */
export const legalHandlers: CommandHandlers<'legal:set-page' | 'barrier:report'> = {
  'legal:set-page': ({ page, language, text }, { state }) => {
    if ((state.legal[page]?.[language] ?? '') === text) return accept();
    return accept({ type: 'legal:page-set', audience: 'public', data: { page, language, text } });
  },

  'barrier:report': ({ reportId, text, email, page }, { state, now, actor }) => {
    // Without an issued device id the per-device limit would not hold; staff carry a token instead.
    if (!actor.deviceId && !actor.tokenId) return reject('invalid_command', [{ path: 'deviceId', message: 'reporting needs a device id' }]);
    if (state.barrierReports.some((report) => report.id === reportId)) return accept();
    const report: BarrierReport = { id: reportId, text, ...(email ? { email } : {}), page, reportedAt: now };
    return accept({ type: 'barrier:reported', audience: 'staff', data: { report } });
  },
};
