import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../support/fakeClock.js';
import { afterEnd, kept, personalStrings, sendPersonalData } from '../support/personalDataScenario.js';
import { eventually } from '../support/socketClient.js';
import { newStore, tempDir } from '../support/testServer.js';
import { useServers } from '../support/useServers.js';
import { storedBytes, storedRows } from '../support/storedRows.js';

const { running, device, defer } = useServers();

describe('erasure on time (SQLite)', () => {
  it('leaves personal data alone during the period, then erases it from the file while public questions and answers stay', async () => {
    const dir = tempDir('ortstermin-erasure-');
    defer(() => dir.remove());
    const file = join(dir.path, 'ortstermin.db');
    const clock = createFakeClock();
    const app = await running({ store: newStore(file), clock });
    const [attendee, moderator] = [await device(app.url), await device(app.url, app.moderatorToken)];
    const questionId = await sendPersonalData(app, attendee, moderator);
    const secrets = personalStrings(attendee.deviceId ?? 'no device id');
    const privacy = app.server.runtime.parts.privacy.own;

    clock.set(afterEnd(29));
    expect(await privacy.runIfDue('timer')).toBe(false);
    const before = storedRows(file);
    for (const secret of secrets) expect(before, secret).toContain(secret);

    clock.set(afterEnd(31));
    expect(await privacy.runIfDue('timer')).toBe(true);
    await eventually(() => Object.values(moderator.state.questions).every((q) => q.authorName === undefined));
    expect(moderator.state.barrierReports).toEqual([]);
    expect(moderator.state.polls.feedback['digitale-doerfer']?.comments).toEqual([]);
    expect(moderator.state.polls.feedback['digitale-doerfer']?.count).toBe(1);
    await eventually(() => storedBytes(file).length > 0 && !personalStrings('-').slice(0, 4).some((s) => storedBytes(file).includes(s)));
    const bytes = storedBytes(file);
    for (const secret of secrets) expect(bytes.includes(secret), secret).toBe(false);

    // Public questions and answers stay, anonymous, also for a phone that comes later.
    const later = await device(app.url);
    expect(later.state.questions[questionId]).toMatchObject({ text: kept.question, answer: { text: kept.answer }, votes: 1 });
    expect(later.state.questions[questionId]?.authorName).toBeUndefined();
    expect(storedRows(file)).toContain(kept.answer);
    // Nothing left: the next daily run commits nothing.
    expect(await privacy.runIfDue('timer')).toBe(false);
  });

  it('erases at start when the period passed while the server was down', async () => {
    const dir = tempDir('ortstermin-erasure-start-');
    defer(() => dir.remove());
    const file = join(dir.path, 'ortstermin.db');
    const first = await running({ store: newStore(file) });
    const [attendee, moderator] = [await device(first.url), await device(first.url, first.moderatorToken)];
    await sendPersonalData(first, attendee, moderator);
    const secrets = personalStrings(attendee.deviceId ?? 'no device id');
    attendee.disconnect();
    moderator.disconnect();
    await first.close();
    expect(storedRows(file)).toContain(secrets[0]);

    const clock = createFakeClock(afterEnd(30));
    await running({ store: newStore(file), clock });
    const bytes = storedBytes(file);
    for (const secret of secrets) expect(bytes.includes(secret), secret).toBe(false);
    expect(storedRows(file)).toContain(kept.question);
  });
});
