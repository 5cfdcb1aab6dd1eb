import { registerAuthorizationMatrix } from '../support/authorizationMatrix.js';
import { freshStores } from '../support/postgres.js';
import { useThrowawayPostgres } from '../support/usePostgres.js';

const cluster = useThrowawayPostgres();

registerAuthorizationMatrix('PostgreSQL', freshStores(cluster));
