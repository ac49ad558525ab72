// What one `npm run bench` measures, and for how long. Defaults keep the whole
// run around a quarter of an hour on a shared 2-core machine; each can be
// narrowed from the environment to rerun one part.

const list = (value: string | undefined, fallback: number[]): number[] =>
  value ? value.split(',').map((item) => Number(item.trim())) : fallback;

const count = (value: string | undefined, fallback: number): number => (value ? Number(value) : fallback);

export const sections = ['page', 'intake', 'scale'] as const;
export type Section = (typeof sections)[number];

export const settings = {
  // BENCH_SECTIONS=page,intake runs only those.
  sections: (process.env.BENCH_SECTIONS?.split(',') ?? [...sections]).filter((name): name is Section =>
    (sections as readonly string[]).includes(name),
  ),
  // Every pair is measured this many times, alternating which side goes first.
  rounds: count(process.env.BENCH_ROUNDS, 5),
  // Length of one load-generator run.
  seconds: count(process.env.BENCH_SECONDS, 5),
  // Concurrent clients for the intake.
  clients: list(process.env.BENCH_CLIENTS, [1, 10, 50]),
  // Databases the intake is compared on: BENCH_INTAKE_DATABASES=sqlite skips MongoDB.
  intakeDatabases: process.env.BENCH_INTAKE_DATABASES?.split(',') ?? ['sqlite', 'mongodb'],
  // Concurrent clients for the page throughput.
  pageClients: count(process.env.BENCH_PAGE_CLIENTS, 10),
  // Case counts for the scale section; each step adds cases to the same database.
  scales: list(process.env.BENCH_SCALES, [1_000, 100_000, 1_000_000]),
  // Databases the scale section runs on, each in a process of its own: BENCH_SCALE_DATABASES=sqlite skips MongoDB.
  scaleDatabases: process.env.BENCH_SCALE_DATABASES?.split(',') ?? ['sqlite', 'mongodb'],
  // The heap of the mongo-java-server JVM for the scale section: its in-memory backend holds every case.
  scaleMongoHeap: process.env.BENCH_SCALE_MONGO_HEAP ?? '8g',
  // mongo-java-server has no query planner: every list scans and sorts all cases in memory (16 s at
  // 100,000 cases on the shared machine), and seeding 1,000,000 would take over an hour. Larger steps are skipped.
  scaleMongoUpTo: count(process.env.BENCH_SCALE_MONGO_UP_TO, 100_000),
  // A folder that keeps the scale section's database between runs (cases seeded
  // once, reused after; scales below what it holds are skipped). Unset: a throwaway one.
  scaleDataDir: process.env.BENCH_SCALE_DATA_DIR || undefined,
  // The full recount of the figures reads every case: only up to this many.
  recountUpTo: count(process.env.BENCH_RECOUNT_UP_TO, 100_000),
  // Timed repetitions per scale step (the recount reads every case, so fewer).
  listRounds: count(process.env.BENCH_LIST_ROUNDS, 9),
  figuresRounds: count(process.env.BENCH_FIGURES_ROUNDS, 3),
};
