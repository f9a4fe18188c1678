import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** argon2id with OWASP's minimum (19 MiB, 2 iterations, 1 lane); hashing runs on libuv's thread pool, off the event loop. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** For users created without a password: 24 random base64url characters, never shown. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/** A hash of a password nobody knows, verified against when an email is unknown so both cases take as long. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  return (decoyHash ??= hashPassword(generatePassword()));
}
