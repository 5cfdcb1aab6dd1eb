import type { TestDevice } from './socketClient.js';

/** Many attendees' phones connected in bursts (a hall's worth at once would only measure the test machine). */
export async function phonesInBursts(device: (url: string) => Promise<TestDevice>, url: string, count: number, burst = 50): Promise<TestDevice[]> {
  const phones: TestDevice[] = [];
  while (phones.length < count) phones.push(...(await Promise.all(Array.from({ length: Math.min(burst, count - phones.length) }, () => device(url)))));
  return phones;
}
