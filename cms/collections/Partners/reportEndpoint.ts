import { createHash } from 'node:crypto';
import { APIError, ValidationError, type Endpoint, type PayloadRequest } from 'payload';
import { MAX_MACHINE_REPORT_BYTES } from '@shared/limits';
import { isPartner } from '../../access/roles';
import { abuseInputFromMachineReport, isXarf4, reportFromXarf4 } from '../../inbound/machineReports';
import type { Case, Partner } from '../../payload-types';
import { removeEvidence, storeEvidenceFiles } from '../Evidence/store';
import { takePartnerAllowance } from './rateLimit';
import { readLimitedBody } from './readBody';

const noStore = { 'cache-control': 'no-store' };

const refuse = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers: { ...noStore, ...headers } });

const AUTH_HINT = 'Send your partner key as “Authorization: partners API-Key <key>”.';

// A partner sending the same report again (a retry after a timeout) gets the
// first case: its report id, per partner, is the case's submission key
// (cms/hooks/repeatedSubmission.ts keeps each key once).
const submissionKeyFor = (partner: Partner, reportId: string) =>
  `partner-${partner.id}-${createHash('sha256').update(reportId).digest('hex').slice(0, 40)}`;

const findBySubmissionKey = async (req: PayloadRequest, key: string): Promise<Case | undefined> => {
  const { docs } = await req.payload.find({
    collection: 'cases',
    where: { submissionKey: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  return docs[0];
};

const answer = (doc: Case, status: 201 | 200, repeated: boolean) =>
  Response.json(
    {
      caseNumber: doc.caseNumber,
      repeated,
      receivedAt: doc.receivedAt,
      category: doc.abuse?.category,
      domains: (doc.domains ?? []).map((domain) => domain.ascii ?? domain.unicode),
      evidenceFiles: (doc.abuse?.attachments ?? []).length,
      deadlines: {
        acknowledgementDueAt: doc.deadlines?.acknowledgementDueAt,
        answerDueAt: doc.deadlines?.answerDueAt,
        reviewDueAt: doc.deadlines?.reviewDueAt ?? undefined,
      },
    },
    { status, headers: noStore },
  );

const isRepeatedKey = (error: unknown) =>
  error instanceof ValidationError && error.data.errors.some((problem) => /submission_?key/i.test(problem.path));

// The message of a refusal Payload raised (an evidence file of a type the desk
// does not take, a field it refused), for the partner to read.
const messageOf = (error: unknown): string => {
  if (error instanceof ValidationError) {
    return error.data.errors.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
  }
  return error instanceof Error ? error.message : 'The report could not be stored.';
};

// POST /api/partners/reports: one X-ARF v4 report (JSON) from a partner, filed
// as an abuse report through the same intake as the site's form and mail, with
// the same limits (body size, number and size of evidence files, the upload's
// content check) and a per-partner hourly allowance. A report that fails the
// published X-ARF schema is refused with the schema's reasons and nothing is
// stored (mail has no one to refuse to, so mail keeps such a report).
export const partnerReportEndpoint: Endpoint = {
  path: '/reports',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(401, `A partner API key is needed. ${AUTH_HINT}`);
    if (!isPartner(req.user)) return refuse(403, `Only partners file reports here. ${AUTH_HINT}`);
    const partner = req.user as unknown as Partner;

    const allowance = await takePartnerAllowance(partner.id, partner.maxReportsPerHour);
    if (!allowance.allowed) {
      return refuse(429, `More than ${partner.maxReportsPerHour} reports in an hour. Send this one again later.`, {
        'retry-after': String(allowance.retryAfterSeconds),
      });
    }

    const body = await readLimitedBody(req as unknown as Request, MAX_MACHINE_REPORT_BYTES);
    if (!body.ok) {
      return refuse(413, `The report is larger than ${Math.floor(MAX_MACHINE_REPORT_BYTES / (1024 * 1024))} MB.`);
    }
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return refuse(400, 'The body is not JSON. Send one X-ARF v4 report as application/json.');
    }
    if (!isXarf4(json)) {
      return refuse(400, 'Send one X-ARF v4 report: a JSON object with "xarf_version": "4.x.y".');
    }

    const report = reportFromXarf4(json);
    if (!report.valid) return refuse(400, report.reason ?? 'The report is not valid X-ARF v4.');
    if (report.domains.length === 0 && report.urls.length === 0) {
      return refuse(400, 'The report names no domain or web address the registrar could act on.');
    }

    const key = report.reportId ? submissionKeyFor(partner, report.reportId) : undefined;
    if (key) {
      const first = await findBySubmissionKey(req, key);
      if (first) return answer(first, 200, true);
    }

    const receivedAt = new Date();
    const input = abuseInputFromMachineReport(report, receivedAt);
    // The partner's record says who filed, not the report's own fields.
    const origin = `partner: ${partner.name}`;
    let evidence: (number | string)[] = [];
    try {
      evidence = await storeEvidenceFiles(req, input.evidenceFiles, origin);
      // Filed by the system (no signed-in user), so the intake takes the
      // case's own fields, as for staff's entry of a letter.
      const doc = await req.payload.create({
        collection: 'cases',
        data: {
          ...input.data,
          receivedVia: 'api',
          reporter: { name: partner.name, email: partner.contactEmail, organisation: partner.name },
          abuse: {
            ...input.data.abuse,
            reporterType: partner.reporterType,
            attachments: evidence as number[],
          },
          ...(key ? { submissionKey: key } : {}),
        } as never,
        overrideAccess: true,
      });
      return answer(doc, 201, false);
    } catch (error) {
      await removeEvidence(req, evidence);
      if (isRepeatedKey(error) && key) {
        const first = await findBySubmissionKey(req, key);
        if (first) return answer(first, 200, true);
      }
      if ((error instanceof APIError || error instanceof ValidationError) && error.status < 500) {
        return refuse(error.status, messageOf(error));
      }
      throw error;
    }
  },
};
