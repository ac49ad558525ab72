// A seeded generator (mulberry32), so every run seeds the same cases.
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const between = (low: number, high: number) => low + next() * (high - low);
  // Picks by weight: [['a', 3], ['b', 1]] gives 'a' three times as often.
  const weighted = <T>(choices: readonly [readonly [T, number], ...(readonly [T, number])[]]): T => {
    let ticket = next() * choices.reduce((total, [, weight]) => total + weight, 0);
    for (const [value, weight] of choices) {
      ticket -= weight;
      if (ticket < 0) return value;
    }
    return choices[0][0];
  };
  const pick = <T>(values: readonly [T, ...T[]]): T => values[Math.floor(next() * values.length)] ?? values[0];
  return { next, between, weighted, pick };
};

export type Random = ReturnType<typeof seededRandom>;
