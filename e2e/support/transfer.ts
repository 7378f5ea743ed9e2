/** Bytes over the wire for everything a page loads, measured with the DevTools protocol. */
import type { Page } from 'playwright-core';

export interface TransferLog {
  total(): number;
  byUrl(): Map<string, number>;
}

export async function recordTransfer(page: Page): Promise<TransferLog> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  const urls = new Map<string, string>();
  const sizes = new Map<string, number>();
  session.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  session.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId);
    if (url) sizes.set(url, (sizes.get(url) ?? 0) + event.encodedDataLength);
  });
  return {
    total: () => [...sizes.values()].reduce((a, b) => a + b, 0),
    byUrl: () => new Map(sizes),
  };
}
