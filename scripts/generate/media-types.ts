/** A media type's essence: lower case, without parameters (`application/json; charset=utf-8` is `application/json`). */
export function mediaTypeEssence(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

export function isJsonMediaType(mediaType: string): boolean {
  const base = mediaTypeEssence(mediaType);
  return base === 'application/json' || base.endsWith('+json');
}

export function isTextMediaType(mediaType: string): boolean {
  return mediaTypeEssence(mediaType).startsWith('text/');
}

/** Media types whose values are decoded into an object of fields. */
export function isFormMediaType(mediaType: string): boolean {
  const base = mediaTypeEssence(mediaType);
  return base === 'application/x-www-form-urlencoded' || base === 'multipart/form-data';
}
