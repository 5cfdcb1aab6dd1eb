// Runs the TypeScript import worker from source (npm start and the tests run under tsx):
// a worker thread does not inherit the parent's loader, so it registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./importWorker.ts');
