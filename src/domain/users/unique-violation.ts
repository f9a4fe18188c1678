/** The public field behind a unique column, when a Prisma error is a unique violation (P2002). */
const FIELD_OF_COLUMN: Record<string, string> = {
  email_normalized: 'email',
  username_normalized: 'username',
  users_email_normalized_key: 'email',
  users_username_normalized_key: 'username',
};

interface UniqueViolationMeta {
  target?: unknown;
  driverAdapterError?: { cause?: { constraint?: { fields?: unknown; index?: unknown } } };
}

/** Drivers report the constraint differently (PGlite: columns, node-postgres: index name). */
export function uniqueViolationField(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || (error as { code?: unknown }).code !== 'P2002') return undefined;
  const meta = ((error as { meta?: UniqueViolationMeta }).meta ?? {}) as UniqueViolationMeta;
  const constraint = meta.driverAdapterError?.cause?.constraint;
  const candidates = [
    ...(Array.isArray(meta.target) ? meta.target : [meta.target]),
    ...(Array.isArray(constraint?.fields) ? constraint.fields : []),
    constraint?.index,
  ];
  for (const candidate of candidates) {
    const field = typeof candidate === 'string' ? FIELD_OF_COLUMN[candidate] : undefined;
    if (field) return field;
  }
  return 'unknown';
}
