import { getPayload } from 'payload';
import config from '../../cms/payload.config';
import { fileAsSite, staffUser } from '../../test/helpers/payload';
import { complaintRoundTrips } from '../../test/helpers/roundTrips';

// Run by the intake section in a process of its own (the CMS config reads its
// database from the environment when imported): the database round trips of
// one complaint filed as the site does, with a team of 3 handlers and of 12:
// every SQL statement or MongoDB command (test/helpers/roundTrips.ts).
// Prints one JSON line.
const payload = await getPayload({ config });
const count = async () => (await complaintRoundTrips(payload)).calls;
for (let added = 0; added < 3; added += 1) await staffUser(payload, 'handler');
// The first complaint of a server reads the counter and the mail wording it keeps.
await fileAsSite(payload);
const small = await count();
for (let added = 0; added < 9; added += 1) await staffUser(payload, 'handler');
// The first complaint after a change of the team reads the team again (kept per server).
await fileAsSite(payload);
const large = await count();
console.log(JSON.stringify({ small, large }));
process.exit(0);
