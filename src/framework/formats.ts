import type { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';

const ATOM = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]+";
const DOT_STRING = `${ATOM}(?:\\.${ATOM})*`;
const QUOTED_STRING = '"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*"';
const SUB_DOMAIN = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const DOMAIN = `${SUB_DOMAIN}(?:\\.${SUB_DOMAIN})*`;
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`;
const IPV6 = (fullFormats.ipv6 as RegExp).source.replace(/^\^|\$$/g, '');
const GENERAL_LITERAL = `${SUB_DOMAIN}:[\\x21-\\x5a\\x5e-\\x7e]+`;
const ADDRESS_LITERAL = `\\[(?:${IPV4}|IPv6:(?:${IPV6})|${GENERAL_LITERAL})\\]`;

/**
 * RFC 5321 `Mailbox`: a dot-string or quoted local part of at most 64 octets, then a domain (one label is enough)
 * or an address literal, 254 octets in all. Never stricter than the RFC: `user@localhost`, `"a b"@example.com`
 * and `user@[192.0.2.1]` are addresses.
 */
export const EMAIL = new RegExp(
  `^(?=[\\x20-\\x7e]{1,254}$)(?=(?:[^"@]{1,64}|"(?:[^"\\\\]|\\\\.){0,62}")@)(?:${DOT_STRING}|${QUOTED_STRING})@(?:${DOMAIN}|${ADDRESS_LITERAL})$`,
);

/** The formats OpenAPI and JSON Schema define, as Ajv-formats' full mode checks them, with `email` per RFC 5321. */
export function addSpecFormats(ajv: Ajv): void {
  addFormats.default(ajv);
  ajv.addFormat('email', EMAIL);
}

/** Formats the validators know; any other is an annotation only. */
export const KNOWN_FORMATS = new Set([...Object.keys(fullFormats), 'email']);
