import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { document as v1Document } from '../../generated/v1/document.ts';
import { document as v2Document } from '../../generated/v2/document.ts';
import { projectRoot } from '../project-root.ts';

export const API_VERSIONS = ['v1', 'v2'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

/** A bundled spec as `npm run generate` wrote it: the object, and the YAML text with its header comment. */
export interface SpecDocument {
  version: ApiVersion;
  document: object;
  yaml: string;
}

const documents: Record<ApiVersion, object> = { v1: v1Document, v2: v2Document };

export function bundledYamlUrl(version: ApiVersion): URL {
  return pathToFileURL(join(projectRoot, 'generated', version, 'openapi.yaml'));
}

export async function loadSpecDocuments(): Promise<SpecDocument[]> {
  return Promise.all(
    API_VERSIONS.map(async (version) => ({
      version,
      document: documents[version],
      yaml: await readFile(bundledYamlUrl(version), 'utf8'),
    })),
  );
}
