import { freshStores } from '../support/postgres.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';
import { registerViewsFromLogTests } from '../support/viewsFromLog.js';

const cluster = useThrowawayPostgres();

registerViewsFromLogTests('PostgreSQL', freshStores(cluster));
