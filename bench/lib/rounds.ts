// Every side runs once per round and the order rotates between rounds, so no
// side always goes first (and always meets the same caches or the same burst of
// a neighbour's work on the shared machine).
export const alternate = async <Side extends string, T>(
  sides: readonly Side[],
  rounds: number,
  measure: (side: Side, round: number) => Promise<T>,
): Promise<Record<Side, T[]>> => {
  const results = Object.fromEntries(sides.map((side) => [side, [] as T[]])) as Record<Side, T[]>;
  for (let round = 0; round < rounds; round += 1) {
    const order = sides.map((_, index) => sides[(index + round) % sides.length] as Side);
    for (const side of order) results[side].push(await measure(side, round));
  }
  return results;
};
