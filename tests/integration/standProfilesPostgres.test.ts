import { registerStandProfileSuite } from '../support/standProfileSuite.js';
import { freshStores } from '../support/postgres.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const cluster = useThrowawayPostgres();

registerStandProfileSuite('PostgreSQL', freshStores(cluster));
