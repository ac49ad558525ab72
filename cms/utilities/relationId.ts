// A relationship field holds an id, or the related document when populated.
export const relationId = (value: unknown): number | string | undefined => {
  if (value && typeof value === 'object') return (value as { id: number | string }).id;
  return typeof value === 'number' || typeof value === 'string' ? value : undefined;
};
