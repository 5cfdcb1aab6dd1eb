import { libraryHandlers } from './libraryHandlers.js';

/** The event's part of the series' project library: taking a project out of it (the library itself is the series', `libraryRoutes.ts`). */
export const libraryFeature = () => ({ handlers: libraryHandlers });
