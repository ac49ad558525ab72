import { readArf } from './arf';
import type { MachineReport, ParsedMessage } from './types';
import { readXarf3 } from './xarf3';
import { readXarf4 } from './xarf4';

export type { EvidenceFile, MachineReport, MachineReportFormat, ParsedMessage } from './types';
export { reportFromXarf4, isXarf4 } from './xarf4';
export { abuseInputFromMachineReport, type MachineAbuseInput } from './abuseInput';

// The message's own sender, for a report that does not name its organisation
// or contact (ARF never does; X-ARF 0.2 names only an address).
const withSender = (report: MachineReport, message: ParsedMessage): MachineReport => {
  const from = message.from?.value[0];
  return {
    ...report,
    reporter: {
      ...report.reporter,
      organisation: report.reporter.organisation ?? (from?.name || undefined),
      email: report.reporter.email ?? from?.address,
    },
  };
};

// A parsed message (mailparser's ParsedMail) as a machine report, or null when
// it is none: X-ARF v4 first (the most specific), then X-ARF 0.2, then ARF.
// Pure: nothing is stored or fetched.
export const readMachineReport = (message: ParsedMessage): MachineReport | null => {
  const report = readXarf4(message) ?? readXarf3(message) ?? readArf(message);
  return report ? withSender(report, message) : null;
};
