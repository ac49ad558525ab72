// `npm run mail:receive -- message.eml [more.eml …]`: feeds mail files through
// exactly the path a message from the provider takes (receipt, then the job
// that reads, threads or files it), on the database the settings name. For a
// desk without a provider, a forwarded mail, or mail from another system.
import { readFile } from 'node:fs/promises';
import { getPayload } from 'payload';
import config from '../cms/payload.config';
import { receiveMailFile } from '../cms/inbound/receiveFile';

const files = process.argv.slice(2).filter((argument) => argument !== '--');
if (files.length === 0) {
  console.error('Usage: npm run mail:receive -- message.eml [more.eml …]');
  process.exit(2);
}

const payload = await getPayload({ config });
let failed = 0;
for (const file of files) {
  try {
    // The one path the admin's "Import .eml" takes too (cms/inbound/receiveFile.ts).
    const record = await receiveMailFile(payload, await readFile(file));
    console.log(`${file}: ${record.status}${record.statusReason ? ` (${record.statusReason})` : ''}`);
  } catch (error) {
    failed += 1;
    console.error(`${file}: not received: ${error instanceof Error ? error.message : String(error)}`);
  }
}
// Acknowledgements and team notices go out with the mail queue, as always.
await payload.jobs.run({ queue: 'mail', limit: 100 });
await payload.destroy();
process.exit(failed > 0 ? 1 : 0);
