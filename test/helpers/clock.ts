import { afterEach, vi } from 'vitest';

// A controlled clock for deadline work: only Date is faked, so timers, sockets
// and the database keep running in real time.
export const at = (iso: string): void => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
};

// Call once in a test file that uses `at`: every test starts on the real clock.
export const realClockAfterEach = (): void => {
  afterEach(() => {
    vi.useRealTimers();
  });
};
