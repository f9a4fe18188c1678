import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

const inline = (text: string) =>
  escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');

/** Descriptions are short Markdown: paragraphs, `- ` lists, `code` and **strong** are kept, the rest is shown as text. */
function prose(description: string | null | undefined): string {
  if (!description) return '';
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(`<p>${inline(paragraph.join(' '))}</p>`);
    if (items.length > 0) blocks.push(`<ul>${items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`);
    paragraph = [];
    items = [];
  };
  for (const rawLine of description.trim().split('\n')) {
    const line = rawLine.trim();
    if (line === '') flush();
    else if (line.startsWith('- ')) {
      if (paragraph.length > 0) flush();
      items.push(line.slice(2));
    } else if (items.length > 0 && rawLine.startsWith('  ')) items[items.length - 1] += ` ${line}`;
    else {
      if (items.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks.join('');
}

const typeAnchor = (name: string) => `type-${name}`;

/** A type reference as written in SDL (`[Post!]!`), the named type linked to its section. */
function typeLink(type: GraphQLType, schemaTypes: ReadonlySet<string>): string {
  const named = getNamedType(type).name;
  const link = schemaTypes.has(named) ? `<a href="#${typeAnchor(named)}">${named}</a>` : named;
  return escapeHtml(String(type)).replace(escapeHtml(named), link);
}

function argumentList(args: readonly GraphQLArgument[], types: ReadonlySet<string>): string {
  if (args.length === 0) return '';
  return `(${args.map((arg) => `${arg.name}: ${typeLink(arg.type, types)}`).join(', ')})`;
}

function argumentTable(args: readonly (GraphQLArgument | GraphQLInputField)[], types: ReadonlySet<string>, heading: string): string {
  if (args.length === 0) return '';
  const rows = args.map((arg) => {
    const defaultValue = arg.defaultValue === undefined ? '' : ` <span class="default">= ${escapeHtml(JSON.stringify(arg.defaultValue))}</span>`;
    return `<tr><td><code>${arg.name}</code></td><td><code>${typeLink(arg.type, types)}</code>${defaultValue}</td><td>${prose(arg.description)}</td></tr>`;
  });
  return `<table><caption>${heading}</caption><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function deprecation(reason: string | null | undefined): string {
  return reason ? `<p class="deprecated">Deprecated: ${escapeHtml(reason)}</p>` : '';
}

function operationSection(root: string, field: GraphQLField<unknown, unknown>, types: ReadonlySet<string>): string {
  return [
    `<section class="operation" id="${root.toLowerCase()}-${field.name}" data-operation="${root}.${field.name}">`,
    `<h3><span class="kind">${root.toLowerCase()}</span> ${field.name}</h3>`,
    `<pre><code>${field.name}${argumentList(field.args, types)}: ${typeLink(field.type, types)}</code></pre>`,
    prose(field.description),
    deprecation(field.deprecationReason),
    argumentTable(field.args, types, 'Arguments'),
    '</section>',
  ].join('');
}

function fieldTable(fields: readonly GraphQLField<unknown, unknown>[], types: ReadonlySet<string>): string {
  const rows = fields.map(
    (field) =>
      `<tr data-field="${field.name}"><td><code>${field.name}${argumentList(field.args, types)}</code></td><td><code>${typeLink(field.type, types)}</code></td>` +
      `<td>${prose(field.description)}${deprecation(field.deprecationReason)}</td></tr>`,
  );
  return `<table><caption>Fields</caption><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'type';
  if (isInputObjectType(type)) return 'input';
  if (isEnumType(type)) return 'enum';
  if (isScalarType(type)) return 'scalar';
  if (isInterfaceType(type)) return 'interface';
  return 'union';
}

function typeBody(type: GraphQLNamedType, types: ReadonlySet<string>): string {
  if (isObjectType(type) || isInterfaceType(type)) return fieldTable(Object.values(type.getFields()), types);
  if (isInputObjectType(type)) return argumentTable(Object.values(type.getFields()), types, 'Fields');
  if (isEnumType(type)) {
    const rows = type.getValues().map((value) => `<tr><td><code>${value.name}</code></td><td>${prose(value.description)}${deprecation(value.deprecationReason)}</td></tr>`);
    return `<table><caption>Values</caption><thead><tr><th>Value</th><th>Description</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }
  if (isUnionType(type)) return `<p>One of: ${type.getTypes().map((member) => `<a href="#${typeAnchor(member.name)}">${member.name}</a>`).join(', ')}</p>`;
  return '';
}

function typeSection(type: GraphQLNamedType, types: ReadonlySet<string>): string {
  return [
    `<section class="type" id="${typeAnchor(type.name)}" data-type="${type.name}">`,
    `<h3><span class="kind">${kindOf(type)}</span> ${type.name}</h3>`,
    prose(type.description),
    typeBody(type, types),
    '</section>',
  ].join('');
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fafbfc}
header{background:#1b1f24;color:#fff;padding:1rem 2rem}header a{color:#9cd3ff}
main{display:grid;grid-template-columns:16rem 1fr;gap:2rem;padding:1rem 2rem}
nav{position:sticky;top:1rem;align-self:start;max-height:95vh;overflow:auto;font-size:14px}nav ul{list-style:none;padding-left:.5rem}
section{background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:.5rem 1rem;margin-bottom:1rem}
h3 .kind{color:#8250df;font-weight:normal;margin-right:.3rem}pre{background:#f3f5f7;padding:.5rem;overflow:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0}caption{text-align:left;font-weight:600}
td,th{border-top:1px solid #e4e8ec;padding:.3rem .5rem;text-align:left;vertical-align:top}td p{margin:0}
.deprecated{color:#9a6700}.default{color:#57606a}code{font-family:ui-monospace,monospace;font-size:13px}`;

export interface GraphqlReferenceOptions {
  title: string;
  /** Where the GraphQL endpoint is, as shown to readers. */
  endpoint: string;
  /** Link back to the REST references. */
  restDocs: string;
}

/** A static HTML reference of a GraphQL schema: its operations, then every type, with their descriptions. No script. */
export function renderGraphqlReference(sdl: string, options: GraphqlReferenceOptions): string {
  const schema: GraphQLSchema = buildSchema(sdl);
  const named = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));
  const types = new Set(named.map((type) => type.name));
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((root) => root != null);
  const rootNames = new Set(roots.map((root) => root.name));
  const listed = named.filter((type) => !rootNames.has(type.name)).sort((a, b) => kindOf(a).localeCompare(kindOf(b)) || a.name.localeCompare(b.name));
  const operationLinks = roots.flatMap((root) =>
    Object.values(root.getFields()).map((field) => `<li><a href="#${root.name.toLowerCase()}-${field.name}">${root.name}.${field.name}</a></li>`),
  );
  const typeLinks = listed.map((type) => `<li><a href="#${typeAnchor(type.name)}">${kindOf(type)} ${type.name}</a></li>`);
  const operations = roots.flatMap((root) => Object.values(root.getFields()).map((field) => operationSection(root.name, field, types)));
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title><style>${STYLE}</style></head><body>`,
    `<header><h1>${escapeHtml(options.title)}</h1><p>Endpoint: <code>POST ${escapeHtml(options.endpoint)}</code> (and <code>GET</code> for queries) · `,
    `<a href="${escapeHtml(options.restDocs)}">REST references (v1, v2)</a></p>${prose(schema.description)}</header>`,
    '<main><nav><h2>Operations</h2><ul>',
    operationLinks.join(''),
    '</ul><h2>Types</h2><ul>',
    typeLinks.join(''),
    '</ul></nav><div>',
    `<h2 id="operations">Operations</h2>${operations.join('')}`,
    `<h2 id="types">Types</h2>${listed.map((type) => typeSection(type, types)).join('')}`,
    '</div></main></body></html>',
  ].join('');
}
