import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runLoad } from './lib/load';
import { startMongoServer, type MongoServer } from './lib/mongoServer';
import { startProduct } from './lib/product';
import { formBody } from './intake/complaint';
import { procedurePage } from './page/pages';

// `npm run bench:profile -- intake|page [mongodb]`: where the servers' time goes. Starts
// the built product with V8's CPU profiler on (--cpu-prof), puts one scenario
// under load for PROFILE_SECONDS (default 20), stops the servers (each writes
// its profile on exit) and prints, per server, the heaviest functions by their
// own time and the packages the time was spent in. The .cpuprofile files stay
// in bench/results/profile/ (Chrome DevTools › Performance opens them).
// With `mongodb` the product runs on mongo-java-server (as the bench's MongoDB
// comparison does) instead of the embedded database.

const scenario = process.argv[2] === 'page' ? 'page' : 'intake';
const onMongo = process.argv[3] === 'mongodb';
const seconds = Number(process.env.PROFILE_SECONDS ?? 20);
const folder = path.resolve(import.meta.dirname, 'results/profile');
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

// What a frame belongs to: a package, a part of this project, Node itself.
const ownerOf = (url: string): string => {
  if (!url) return '(V8 / native)';
  if (url.startsWith('node:')) return 'node:internal';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const chunk = /\/(cms|site|shared|dist|\.next)\//.exec(url);
  return chunk ? `project:${chunk[1]}` : url.split('/').slice(-2).join('/');
};

const summarise = (file: string) => {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  // Only the measured run and the stop after it (µs): start-up (loading and
  // compiling modules) would otherwise outweigh the requests.
  const from = profile.endTime - (seconds + 5) * 1e6;
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    if (at >= from) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const functions = new Map<string, number>();
  const owners = new Map<string, number>();
  for (const [id, time] of self) {
    const { functionName, url, lineNumber } = byId.get(id)?.callFrame ?? { functionName: '?', url: '', lineNumber: 0 };
    const name = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + time);
    owners.set(ownerOf(url), (owners.get(ownerOf(url)) ?? 0) + time);
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, time]) => `  ${((time / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  console.log(`\n${path.basename(file)}: the last ${(total / 1e6).toFixed(1)} s sampled`);
  console.log(`by package:\n${top(owners, 15)}`);
  console.log(`by function (own time):\n${top(functions, 25)}`);
};

let mongo: MongoServer | undefined;
if (onMongo) {
  mongo = await startMongoServer();
  Object.assign(process.env, { DATABASE_URI: mongo.uri, MONGODB_FLAVOR: 'mongo-java-server' });
}
process.env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${folder} --import ${path.join(import.meta.dirname, 'lib/exitOnSignal.mjs')}`;
const logs: string[] = [];
const product = await startProduct((line) => logs.push(line));
delete process.env.NODE_OPTIONS;
try {
  const request =
    scenario === 'page'
      ? { url: `${product.siteUrl}${procedurePage('nl')}` }
      : {
          url: `${product.siteUrl}/nl/complaint`,
          method: 'POST' as const,
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: product.siteUrl },
          body: formBody,
        };
  await runLoad(request, { connections: 10, seconds: 3 });
  const result = await runLoad(request, { connections: 10, seconds });
  console.log(
    `${scenario}${onMongo ? ' on mongo-java-server' : ''}: ${result.okPerSecond.toFixed(1)} ok/s, ${result.refused + result.errors} failed`,
  );
} finally {
  await product.stop();
  await mongo?.stop();
}
// This process's own profile (the load generator) is not of interest.
for (const file of readdirSync(folder).filter((name) => name.endsWith('.cpuprofile'))) {
  if (file.includes(`.${process.pid}.`)) continue;
  summarise(path.join(folder, file));
}
process.exit(0);
