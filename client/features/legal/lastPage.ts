import { createSignal } from 'solid-js';
import { isLegalPage } from '../../../shared/legal';

/**
 * The last page visited before the legal pages: a barrier report says where the barrier was
 * without asking the person to know the address.
 */
const [lastPage, setLastPage] = createSignal('/');
export { lastPage };

export function visited(path: string): void {
  const first = path.split('/')[1] ?? '';
  if (!isLegalPage(first)) setLastPage(path);
}
