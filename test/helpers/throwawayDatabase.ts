import { throwawayDatabaseEnv } from './databaseEnv';

// Runs before each integration test file: every file gets its own database, so
// files never see each other's records.
Object.assign(process.env, throwawayDatabaseEnv('int'));
