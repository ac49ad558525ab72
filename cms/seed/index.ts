import type { Payload } from 'payload';
import { seedAdmin } from './admin';
import { seedContent } from './content';

export const seed = async (payload: Payload): Promise<void> => {
  await seedAdmin(payload);
  await seedContent(payload);
};
