import { registerViewsFromLogTests } from '../support/viewsFromLog.js';
import { newStore } from '../support/testServer.js';

registerViewsFromLogTests('SQLite', async () => newStore());
