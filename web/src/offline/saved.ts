/**
 * What must stay readable offline (upcoming shifts, the next payout day), kept per person in
 * localStorage with the time it was saved. Nothing else personal is stored in the browser, and
 * sign-out deletes all of it.
 */
const PREFIX = 'vt.saved.';

export interface Saved<T> {
  savedAt: string;
  data: T;
}

function storageKey(owner: string, key: string) {
  return `${PREFIX}${owner}.${key}`;
}

/** Set by sign-out: an answer still in flight must not be saved after everything was forgotten. */
let forgetting = false;

export function save<T>(owner: string, key: string, data: T, now: Date = new Date()): void {
  if (forgetting) return;
  try {
    localStorage.setItem(storageKey(owner, key), JSON.stringify({ savedAt: now.toISOString(), data }));
  } catch {
    // storage full or disabled: offline reading is a convenience, not a requirement of the call
  }
}

export function load<T>(owner: string, key: string): Saved<T> | undefined {
  const raw = localStorage.getItem(storageKey(owner, key));
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Saved<T>;
  } catch {
    return undefined;
  }
}

/** Removes every saved answer of every person, and the service worker's runtime caches. */
export async function forgetEverythingSaved(): Promise<void> {
  forgetting = true;
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  }
  if ('caches' in window) {
    const names = await caches.keys();
    // The app shell (workbox precache) holds no personal data; runtime caches might.
    await Promise.all(names.filter((n) => !n.startsWith('workbox-precache')).map((n) => caches.delete(n)));
  }
}

export function savedKeys(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
}
