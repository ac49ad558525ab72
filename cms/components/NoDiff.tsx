// For bookkeeping fields that mean nothing to the person comparing two
// versions (Payload's version view shows every changed field).
export const NoDiff = () => null;
