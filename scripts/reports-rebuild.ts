// `npm run reports:rebuild`: recomputes the report's rollups from the records,
// on the database the settings name (DATABASE_URI, or the embedded one in
// DATA_DIR). Run it with the desk stopped, or at a quiet moment.
import { getPayload } from 'payload';
import config from '../cms/payload.config';
import { rebuildRollups } from '../cms/reports/rollups/rebuild';

const payload = await getPayload({ config });
const { records, rows } = await rebuildRollups(payload);
console.log(`Rebuilt the report's rollups: ${records} records counted into ${rows} rows.`);
await payload.destroy();
process.exit(0);
