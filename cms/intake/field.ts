import type { Field } from 'payload';
import { intakeProgress } from './pipeline';

// How far the record's intake got (cms/intake/pipeline.ts): only the system
// writes it; the recovery looks for records short of `complete`.
export const intakeStepField: Field = {
  name: 'intakeStep',
  type: 'select',
  index: true,
  options: intakeProgress.map((value) => ({ value, label: value })),
  admin: { hidden: true },
  access: { create: () => false, update: () => false },
};
