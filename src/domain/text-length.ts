/**
 * The length of a text as the specs count it: JSON Schema's `maxLength` counts Unicode code points, so an emoji is one
 * character, not the two UTF-16 units of `String.prototype.length`.
 */
export const characters = (text: string): number => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};
