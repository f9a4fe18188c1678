const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Records are keyed by UUID: anything else names no record, and is not sent to the database. */
export const isUuid = (value: string): boolean => UUID.test(value);
