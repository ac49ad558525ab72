import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConfig } from 'payload';
import { fallbackChain } from '@shared/i18n/fallback';
import { defaultLocale, locales } from '@shared/i18n/locales';
import { hardenInternalAccess } from './access/internal';
import { hasRole, isAdmin, nobody } from './access/roles';
import { ApiClients } from './collections/ApiClients';
import { CaseCounters } from './collections/CaseCounters';
import { CaseEvents } from './collections/CaseEvents';
import { Cases } from './collections/Cases';
import { Departments } from './collections/Departments';
import { CannedReplies } from './collections/CannedReplies';
import { ReplyAttachments } from './collections/ReplyAttachments';
import { Escalations } from './collections/Escalations';
import { Evidence } from './collections/Evidence';
import { Feedback } from './collections/Feedback';
import { ErasureRequests } from './collections/ErasureRequests';
import { Outbox } from './collections/Outbox';
import { Partners } from './collections/Partners';
import { InboundMessages } from './collections/InboundMessages';
import { resendWebhookEndpoint } from './inbound/webhook';
import { receiveMailTask } from './jobs/receiveMail';
import { Users } from './collections/Users';
import { databaseAdapter } from './database';
import { contentEditor } from './editor';
import { adminI18n } from './i18n';
import { labelCollection, labelGlobal } from './i18n/labels/apply';
import { berlinOnly } from './fields/berlinTime';
import { CalendarSettings } from './globals/CalendarSettings';
import { ContactDetails } from './globals/ContactDetails';
import { MailSettings } from './globals/MailSettings';
import { MailWording } from './globals/MailWording';
import { FormChoices } from './globals/FormChoices';
import { RetentionSettings } from './globals/RetentionSettings';
import { ProcedurePage } from './globals/ProcedurePage';
import { closeExpiredWindowsTask } from './jobs/closeExpiredWindows';
import { markOverdueTask } from './jobs/markOverdue';
import { remindDeadlinesTask } from './jobs/remindDeadlines';
import { retryStalledMailTask } from './jobs/retryStalledMail';
import { sendMailTask } from './jobs/sendMail';
import { jobsAutoRun } from './jobs/autoRun';
import { mailAdapter } from './mail/adapter';
import { withBerlinTimes } from './fields/berlinTimestamps';
import { showJsonReadOnly } from './fields/jsonView';
import { onInit } from './onInit';
import { queryPresetsAccess } from './queryPresets';
import { reportEndpoints } from './reports/endpoints';
import { contentEndpoints } from './content/endpoints';
import { reportsViewPath } from './reports/routes';
import { applyRetentionTask } from './retention/applyRetention';
import { payloadSecret } from './secret';
import { MAX_EVIDENCE_FILE_BYTES } from '@shared/limits';
import { completeInterruptedIntakeTask } from './jobs/completeIntake';
import { ReportRollups } from './collections/ReportRollups';
import { cmsSettings } from '@shared/settings';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default hardenInternalAccess(
  buildConfig({
    admin: {
      user: Users.slug,
      importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
      meta: { titleSuffix: ' · Complaints desk' },
      // Gravatar would be fetched from the internet for every staff member.
      avatar: 'default',
      dateFormat: 'd MMM yyyy HH:mm',
      // "Publish on 1 January, 00:00" means midnight in St. Ingbert, whatever
      // the editor's laptop says (the schedule drawer's time zone).
      timezones: berlinOnly,
      components: {
        afterNavLinks: ['/components/Reports/ReportsNavLink#ReportsNavLink'],
        // Each colleague's own queues first, above Payload's collection cards.
        beforeDashboard: ['/components/Home/HomeScreen#HomeScreen'],
        providers: ['/components/AdminLanguage#AdminLanguage'],
        views: {
          reports: {
            Component: '/components/Reports/ReportsView#ReportsView',
            path: reportsViewPath,
            meta: { title: 'Reports' },
          },
        },
      },
    },
    // The admin in each colleague's language (cms/i18n/).
    i18n: adminI18n,
    collections: [
      Cases,
      Escalations,
      Feedback,
      CaseEvents,
      Outbox,
      InboundMessages,
      Evidence,
      ReplyAttachments,
      Departments,
      CannedReplies,
      Users,
      ApiClients,
      Partners,
      CaseCounters,
      ReportRollups,
      ErasureRequests,
    ]
      .map(labelCollection)
      .map(withBerlinTimes),
    globals: [
      ProcedurePage,
      ContactDetails,
      FormChoices,
      MailSettings,
      MailWording,
      CalendarSettings,
      RetentionSettings,
    ].map(labelGlobal),
    email: mailAdapter(),
    editor: contentEditor,
    localization: {
      // A language without some content shows English, then Dutch (shared/i18n/fallback.ts).
      locales: locales.map(({ code, label }) => ({ code, label, fallbackLocale: fallbackChain(code) })),
      defaultLocale,
      fallback: true,
    },
    // Evidence files larger than this are refused before they are stored.
    upload: { limits: { fileSize: MAX_EVIDENCE_FILE_BYTES } },
    jobs: {
      tasks: [
        markOverdueTask,
        closeExpiredWindowsTask,
        remindDeadlinesTask,
        applyRetentionTask,
        sendMailTask,
        retryStalledMailTask,
        receiveMailTask,
        completeInterruptedIntakeTask,
      ],
      // Which processes work the queues (cms/jobs/autoRun.ts): the one CMS of
      // `npm run serve`, or only `npm run worker` when several CMS instances run
      // (JOBS_AUTORUN=false on those); tests run jobs themselves.
      autoRun: jobsAutoRun,
      access: { run: ({ req }) => hasRole(req.user, 'admin') },
      // Admins may look at queued and failed jobs; nobody edits them by hand.
      jobsCollectionOverrides: ({ defaultJobsCollection }) => {
        const jobs = withBerlinTimes(defaultJobsCollection);
        return labelCollection({
          ...jobs,
          fields: showJsonReadOnly(jobs.fields),
          access: { create: nobody, read: isAdmin, update: nobody, delete: nobody },
          admin: {
            ...jobs.admin,
            hidden: ({ user }) => !hasRole(user as Parameters<typeof hasRole>[0], 'admin'),
            group: 'Settings',
          },
        });
      },
    },
    db: databaseAdapter(),
    secret: payloadSecret(),
    serverURL: cmsSettings().CMS_PUBLIC_URL ?? '',
    cors: cmsSettings().SITE_URL ? [cmsSettings().SITE_URL as string] : [],
    endpoints: [...reportEndpoints, ...contentEndpoints, resendWebhookEndpoint],
    queryPresets: { access: queryPresetsAccess, constraints: {} },
    graphQL: { disable: true },
    telemetry: false,
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
    onInit,
  }),
);
