import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload';
import type { BusinessCalendar } from '@shared/calendar/businessDays';
import { registrarCalendar } from '../../calendar';
import { combine, contributions, type RollupKind, type RollupRecord } from './contributions';
import { addToRollups } from './store';

const answered = (record: RollupRecord | null | undefined) => Boolean(record?.milestones?.answeredAt);

// Counts one record's change into the report's rollups: what its new version
// adds minus what its old one added. `previousDoc` is empty for a new record,
// `doc` empty for a deleted one. Call it once per stored change, after the
// change is saved (a save that changes nothing counted writes nothing, so
// calling it with the same version twice is harmless). One database write.
export const applyToRollups = async (
  req: PayloadRequest,
  kind: RollupKind,
  previousDoc: RollupRecord | null | undefined,
  doc: RollupRecord | null | undefined,
): Promise<void> => {
  // The business-day calendar is read only when an answer is counted.
  let calendar: BusinessCalendar | undefined;
  if (kind === 'cases' && (answered(previousDoc) || answered(doc))) calendar = await registrarCalendar(req.payload);
  const of = (record: RollupRecord | null | undefined) =>
    contributions(kind, record, () => {
      if (!calendar) throw new Error('the calendar was not loaded');
      return calendar;
    });
  await addToRollups(req.payload, combine(of(doc), of(previousDoc)), req);
};

// The hooks that keep the rollups in step with every save and deletion.
export const rollupsAfterChange =
  (kind: RollupKind): CollectionAfterChangeHook =>
  // A new record's previousDoc is empty. The intake's crash recovery runs the
  // pipeline's follow-up steps, not this hook: nothing is counted twice.
  async ({ req, previousDoc, doc }) => {
    await applyToRollups(req, kind, previousDoc, doc);
    return doc;
  };

export const rollupsAfterDelete =
  (kind: RollupKind): CollectionAfterDeleteHook =>
  async ({ req, doc }) => {
    await applyToRollups(req, kind, doc, undefined);
    return doc;
  };
