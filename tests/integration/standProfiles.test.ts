import { registerStandProfileSuite } from '../support/standProfileSuite.js';

registerStandProfileSuite('SQLite');
