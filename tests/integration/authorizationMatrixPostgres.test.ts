import { afterAll, beforeAll } from 'vitest';
import { registerAuthorizationMatrix } from '../support/authorizationMatrix.js';
import { freshStores, startPostgres, type ThrowawayPostgres } from '../support/postgres.js';

let cluster: ThrowawayPostgres;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.remove());

registerAuthorizationMatrix('PostgreSQL', freshStores(() => cluster));
