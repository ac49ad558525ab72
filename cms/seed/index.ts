import type { Payload } from 'payload';
import { seedAdmin } from './admin';
import { seedContent } from './content';
import { seedDepartments } from './departments';

export const seed = async (payload: Payload): Promise<void> => {
  await seedAdmin(payload);
  await seedContent(payload);
  await seedDepartments(payload);
};
