import { DomainError } from '../errors.ts';
import { characters } from '../text-length.ts';

/** Non-blank text of at most `max` characters, kept as given or trimmed. */
export function checkText(field: string, value: string, max: number, options: { trim?: boolean } = {}): string {
  const text = options.trim ? value.trim() : value;
  if (text.trim() === '') throw new DomainError('INVALID_INPUT', `${field} must not be blank`, [field]);
  if (characters(text) > max) throw new DomainError('INVALID_INPUT', `${field} must be at most ${max} characters`, [field]);
  return text;
}

/** Trimmed, non-blank, unique tags. */
export function checkTags(tags: readonly string[], max: number, maxLength: number): string[] {
  const unique = [...new Set(tags.map((tag) => checkText('tags', tag, maxLength, { trim: true })))];
  if (unique.length > max) throw new DomainError('INVALID_INPUT', `a post takes at most ${max} tags`, ['tags']);
  return unique;
}
