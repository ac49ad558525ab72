import { z } from 'zod';

// Every setting the product reads from its environment, in one place: what it
// accepts, its default, and what it does (the README's configuration table is
// checked against this list by test/unit/settings.test.ts). Nothing else in the
// site, the CMS or the scripts reads `process.env`.
//
// A bad value stops the process at start-up with a message naming the variable,
// instead of turning into NaN or an empty address somewhere later.

type Variable = {
  schema: z.ZodType;
  // What the README's "default" column says; for a variable with a schema
  // default the test also checks that the two agree.
  shown: string;
  what: string;
};

const text = () => z.string().min(1);
const url = () => z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });
const whole = (fallback: number, { min = 0 } = {}) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true');
const port = (fallback: number) => whole(fallback, { min: 1 }).pipe(z.number().max(65_535, { error: 'is no port' }));

export const variables = {
  NODE_ENV: {
    schema: z.enum(['development', 'production', 'test']).default('development'),
    shown: '`development`',
    what: '`production` in a deployment (the start scripts set it)',
  },
  DATABASE_URI: {
    schema: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, { error: 'must be a mongodb:// or mongodb+srv:// address' })
      .optional(),
    shown: '(none: embedded SQLite)',
    what: '`mongodb://…` selects MongoDB',
  },
  MONGODB_FLAVOR: {
    schema: z.enum(['mongo-java-server'], { error: 'must be mongo-java-server or unset' }).optional(),
    shown: '(none)',
    what: '`mongo-java-server` for the CI stand-in',
  },
  DATA_DIR: {
    schema: text().default('./data'),
    shown: '`./data`',
    what: 'where the embedded database and the generated secrets live',
  },
  DATABASE_FILE: {
    schema: text().default('complaints.db'),
    shown: '`complaints.db`',
    what: 'the embedded database file inside `DATA_DIR`',
  },
  PAYLOAD_SECRET: {
    schema: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
    shown: 'generated into `DATA_DIR`',
    what: 'signs staff sessions; set it in production',
  },
  ADMIN_EMAIL: {
    schema: z.email({ error: 'must be an e-mail address' }).default('admin@example.com'),
    shown: '`admin@example.com`',
    what: 'the admin created on the first start',
  },
  ADMIN_PASSWORD: {
    schema: z.string().min(8, { error: 'must be at least 8 characters' }).optional(),
    shown: 'random, printed once',
    what: "the first admin's password",
  },
  SEED: { schema: flag(true), shown: '`true`', what: '`false` starts with an empty database' },
  CMS_PORT: { schema: port(3000), shown: '`3000`', what: 'port of the CMS under `npm run serve` (binds 127.0.0.1)' },
  SITE_PORT: { schema: port(4321), shown: '`4321`', what: 'port of the site under `npm run serve` (binds 127.0.0.1)' },
  CMS_URL: {
    schema: url().default('http://127.0.0.1:3000'),
    shown: '`http://127.0.0.1:3000`',
    what: 'where the site finds the CMS',
  },
  CMS_PUBLIC_URL: {
    schema: url().optional(),
    shown: '`http://127.0.0.1:<CMS_PORT>`',
    what: "the admin's address: links in staff mail, the only Origin its cookie works from",
  },
  SITE_URL: {
    schema: url().optional(),
    shown: '(none: `http://localhost:4321` in mail)',
    what: "the public site's address: status links in mail, told when content is published",
  },
  SITE_API_KEY: {
    schema: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
    shown: 'generated into `DATA_DIR`',
    what: 'the key the site files submissions with (both apps get the same one)',
  },
  CONTENT_TTL_SECONDS: {
    schema: whole(300),
    shown: '`300`',
    what: 'how long the site keeps published content if the CMS could not tell it of a change',
  },
  CONTENT_CHECK_SECONDS: {
    schema: whole(5),
    shown: '`5`',
    what: "how often (at most) a site instance asks the CMS's content version; `0`: never",
  },
  RATE_LIMIT_SUBMIT_MAX: { schema: whole(10, { min: 1 }), shown: '`10`', what: 'form submissions per address…' },
  RATE_LIMIT_SUBMIT_WINDOW_SECONDS: { schema: whole(600, { min: 1 }), shown: '`600`', what: '…in this many seconds' },
  RATE_LIMIT_STATUS_MAX: { schema: whole(60, { min: 1 }), shown: '`60`', what: 'status look-ups per address…' },
  RATE_LIMIT_STATUS_WINDOW_SECONDS: { schema: whole(600, { min: 1 }), shown: '`600`', what: '…in this many seconds' },
  TRUST_PROXY: {
    schema: flag(false),
    shown: '`false`',
    what: "`true` behind one reverse proxy: the reader's address is the last in `X-Forwarded-For`",
  },
  SITE_MONGODB_URI: {
    schema: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, { error: 'must be a mongodb:// or mongodb+srv:// address' })
      .optional(),
    shown: '(none: on each site instance)',
    what: "a MongoDB the site instances share for rate limits and readers' sessions",
  },
  RESEND_API_KEY: {
    schema: text().optional(),
    shown: '(none: mail is not sent)',
    what: 'sends mail through Resend; without it mail is only composed',
  },
  RESEND_BASE_URL: {
    schema: url().optional(),
    shown: '`https://api.resend.com`',
    what: 'the Resend API (read by the Resend SDK; the tests point it at a stand-in)',
  },
  RESEND_WEBHOOK_SECRET: {
    schema: z
      .string()
      .regex(/^whsec_[A-Za-z0-9+/=]+$/, { error: 'must be the whsec_… signing secret Resend shows' })
      .optional(),
    shown: '(none: mail is not received)',
    what: "verifies Resend's webhooks (inbound mail, delivery events); without it they are refused",
  },
  MAIL_DEFAULT_FROM: {
    schema: z.email({ error: 'must be an e-mail address' }).default('desk@key-systems.net'),
    shown: '`desk@key-systems.net`',
    what: 'sender address until the mail settings name one',
  },
  MAIL_SEND_TIMEOUT_MS: {
    schema: whole(15_000, { min: 1 }),
    shown: '`15000`',
    what: 'how long one send waits for the provider before retrying',
  },
  MAIL_QUEUE_CRON: {
    schema: z
      .string()
      .regex(/^\S+( \S+){4,5}$/, { error: 'must be a cron expression of 5 or 6 fields' })
      .default('* * * * *'),
    shown: '`* * * * *`',
    what: 'how often the running CMS works the mail queue',
  },
  MAIL_QUEUE_LIMIT: {
    schema: whole(25, { min: 1 }),
    shown: '`25`',
    what: 'messages sent at once per tick of the mail queue',
  },
  JOBS_AUTORUN: {
    schema: flag(true),
    shown: '`true`',
    what: '`false` on CMS web instances when `npm run worker` works the queues (and in tests)',
  },
  JOBS_STALE_AFTER_SECONDS: {
    schema: whole(900, { min: 1 }),
    shown: '`900`',
    what: 'a job "processing" this long lost its server and is run again',
  },
} satisfies Record<string, Variable>;

export type VariableName = keyof typeof variables;

const schemaOf = <const N extends readonly VariableName[]>(names: N) =>
  z.object(
    Object.fromEntries(names.map((name) => [name, variables[name].schema])) as {
      [K in N[number]]: (typeof variables)[K]['schema'];
    },
  );

// What each process reads: the site never needs the database, the CMS never the rate limits.
const groups = {
  cms: schemaOf([
    'NODE_ENV',
    'DATABASE_URI',
    'MONGODB_FLAVOR',
    'DATA_DIR',
    'DATABASE_FILE',
    'PAYLOAD_SECRET',
    'ADMIN_EMAIL',
    'ADMIN_PASSWORD',
    'SEED',
    'CMS_PUBLIC_URL',
    'SITE_URL',
    'SITE_API_KEY',
    'MAIL_DEFAULT_FROM',
    'MAIL_SEND_TIMEOUT_MS',
    'MAIL_QUEUE_CRON',
    'MAIL_QUEUE_LIMIT',
    'RESEND_API_KEY',
    'RESEND_BASE_URL',
    'RESEND_WEBHOOK_SECRET',
    'JOBS_AUTORUN',
    'JOBS_STALE_AFTER_SECONDS',
  ]),
  site: schemaOf([
    'CMS_URL',
    'CMS_PUBLIC_URL',
    'SITE_API_KEY',
    'CONTENT_TTL_SECONDS',
    'CONTENT_CHECK_SECONDS',
    'RATE_LIMIT_SUBMIT_MAX',
    'RATE_LIMIT_SUBMIT_WINDOW_SECONDS',
    'RATE_LIMIT_STATUS_MAX',
    'RATE_LIMIT_STATUS_WINDOW_SECONDS',
    'TRUST_PROXY',
    'SITE_MONGODB_URI',
  ]),
  serve: schemaOf(['CMS_PORT', 'SITE_PORT', 'DATABASE_URI', 'DATA_DIR', 'SITE_API_KEY']),
};

type Group = keyof typeof groups;
export type Settings<G extends Group> = z.output<(typeof groups)[G]>;
export type Environment = Record<string, string | undefined>;

export class SettingsError extends Error {
  override name = 'SettingsError';
}

// Parses one process's settings. An empty variable counts as unset (a
// docker-compose `FOO=` line). Throws a SettingsError naming every bad variable.
export const parseSettings = <G extends Group>(group: G, environment: Environment): Settings<G> => {
  const schema = groups[group];
  const input = Object.fromEntries(
    Object.keys(schema.shape).map((name) => [name, environment[name] === '' ? undefined : environment[name]]),
  );
  const result = schema.safeParse(input);
  if (result.success) return result.data as Settings<G>;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `  ${name}=${JSON.stringify(input[name])}: ${issue.message}`;
  });
  throw new SettingsError(`The configuration has bad values (see README, Configuration):\n${problems.join('\n')}`);
};

// The settings of this process, parsed again only when the environment changed
// (tests change variables between cases; a deployment never does).
const parsed = new Map<Group, { key: string; value: unknown }>();
const settingsOf =
  <G extends Group>(group: G) =>
  (): Settings<G> => {
    const key = JSON.stringify(Object.keys(groups[group].shape).map((name) => process.env[name]));
    const hit = parsed.get(group);
    if (hit?.key === key) return hit.value as Settings<G>;
    const value = parseSettings(group, process.env);
    parsed.set(group, { key, value });
    return value;
  };

export const cmsSettings = settingsOf('cms');
export const siteSettings = settingsOf('site');
export const serveSettings = settingsOf('serve');

// The environment a started child process inherits, with some values replaced.
export const childEnvironment = (overrides: Environment): Environment => ({ ...process.env, ...overrides });
