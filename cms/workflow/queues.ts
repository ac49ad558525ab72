import type { Where } from 'payload';
import type { Urgency } from '@shared/calendar/urgency';
import { awaitingAnswer } from './lifecycle';

// The filters behind the work queues, shared by the saved views
// (cms/queryPresets.ts) and the home screen (cms/components/Home/queues.ts), so
// a tile's number and a saved view list the same records.
export const open: Where = { status: { in: [...awaitingAnswer] } };
export const withUrgency = (...urgencies: Urgency[]): Where => ({ 'deadlines.urgency': { in: urgencies } });
export const assignedTo = (userId: number | string): Where => ({ assignee: { equals: userId } });
export const openAndUnassigned: Where = { and: [open, { assignee: { exists: false } }] };
