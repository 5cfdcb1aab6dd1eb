import { registerAuthorizationMatrix } from '../support/authorizationMatrix.js';

registerAuthorizationMatrix('SQLite');
