import { staffLink } from './access/accessRoutes.js';
import type { StaffCodes } from './firstStart.js';
import { hardenStaffCodesFile, writeStaffCodesFile, type StaffLinks } from './ops/staffCodesFile.js';

/**
 * The start's lines about staff access. stdout ends up in journald and log files, so links are
 * printed only by the start that made their codes; every later start says where to find them.
 */
export function staffBanner(input: { codes: StaffCodes | null; baseUrl: string; dataDir: string; now: string }): string[] {
  const { codes, baseUrl, dataDir } = input;
  const kept = hardenStaffCodesFile(dataDir);
  if (!codes) {
    return [
      `Staff links: printed only at the first start. Organizers create and revoke codes on ${baseUrl}/organizer;`,
      kept ? `the first start's links are in ${kept} (readable by its owner only).` : 'the first start also wrote them to staff-codes.json in its data folder.',
    ];
  }
  const links: StaffLinks = { organizer: staffLink(baseUrl, codes.organizer), ...(codes.moderator ? { moderator: staffLink(baseUrl, codes.moderator) } : {}) };
  const file = writeStaffCodesFile(dataDir, links, input.now);
  return [
    `Organizer: ${links.organizer}`,
    ...(links.moderator ? [`Moderator: ${links.moderator}`] : []),
    `Staff links: printed at this first start only; kept in ${file} (readable by its owner only).`,
  ];
}
