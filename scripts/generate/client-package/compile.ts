import { dirname, posix, relative, resolve } from 'node:path';
import ts from 'typescript';

/** A module of the package: where its source is, and where it goes in the package (without extension). */
export interface PackageModule {
  source: string;
  target: string;
  /** Names what the module was generated from, for its header. */
  origin: string;
}

export interface CompileInput {
  root: string;
  modules: PackageModule[];
  /** Sources that exist only in memory, by absolute path. */
  virtualFiles: Map<string, string>;
  /** The packages the compiled code may import. */
  dependencies: string[];
}

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  declaration: true,
  allowImportingTsExtensions: true,
  rewriteRelativeImportExtensions: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  newLine: ts.NewLineKind.LineFeed,
  outDir: '/client-package-out',
};

const withoutExtension = (path: string) => path.replace(/\.(d\.ts|ts|js)$/, '');

/** Rewrites every import of a package module to its place in the package; any other import is an error. */
function specifierRewriter(input: CompileInput, errors: string[]): ts.TransformerFactory<ts.SourceFile> {
  const targets = new Map(input.modules.map((m) => [withoutExtension(resolve(input.root, m.source)), m.target]));
  const rewrite = (fromFile: string, specifier: string): string => {
    if (!specifier.startsWith('.')) {
      if (!input.dependencies.includes(specifier)) errors.push(`${relative(input.root, fromFile)} imports ${specifier}, which is not a dependency of the client package`);
      return specifier;
    }
    const from = targets.get(withoutExtension(fromFile));
    const to = targets.get(withoutExtension(resolve(dirname(fromFile), specifier)));
    if (from === undefined || to === undefined) {
      errors.push(`${relative(input.root, fromFile)} imports ${specifier}, which is not part of the client package`);
      return specifier;
    }
    const path = posix.relative(posix.dirname(from), to);
    return `${path.startsWith('.') ? path : `./${path}`}.js`;
  };
  return (context) => (sourceFile) => {
    const literal = (node: ts.Expression) => ts.factory.createStringLiteral(rewrite(sourceFile.fileName, (node as ts.StringLiteral).text));
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        return ts.factory.updateImportDeclaration(node, node.modifiers, node.importClause, literal(node.moduleSpecifier), node.attributes);
      }
      if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        return ts.factory.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, literal(node.moduleSpecifier), node.attributes);
      }
      if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        const argument = ts.factory.updateLiteralTypeNode(node.argument, literal(node.argument.literal));
        return ts.factory.updateImportTypeNode(node, argument, node.attributes, node.qualifier, node.typeArguments, node.isTypeOf);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitEachChild(sourceFile, visit, context);
  };
}

function compilerHost(virtualFiles: Map<string, string>): ts.CompilerHost {
  const host = ts.createCompilerHost(OPTIONS, true);
  const { getSourceFile, readFile, fileExists, directoryExists } = host;
  host.fileExists = (name) => virtualFiles.has(name) || fileExists.call(host, name);
  host.directoryExists = (name) =>
    [...virtualFiles.keys()].some((file) => file.startsWith(`${name}/`)) || (directoryExists?.call(host, name) ?? true);
  host.readFile = (name) => virtualFiles.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const text = virtualFiles.get(name);
    return text === undefined ? getSourceFile.call(host, name, language, ...rest) : ts.createSourceFile(name, text, language);
  };
  return host;
}

function headed(origin: string, text: string): string {
  return `// generated from ${origin} - do not edit\n${text.replace(/^\/\/ generated from .* - do not edit\n/, '')}`;
}

/** ES2022 JavaScript and declarations for every module, keyed by path in the package; throws on any type error. */
export function compilePackage(input: CompileInput): Map<string, string> {
  const host = compilerHost(input.virtualFiles);
  const rootNames = input.modules.map((m) => resolve(input.root, m.source));
  const program = ts.createProgram({ rootNames, options: { ...OPTIONS, rootDir: input.root }, host });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    throw new Error(`the client package does not compile:\n${ts.formatDiagnostics(diagnostics, { ...host, getNewLine: () => '\n' })}`);
  }
  const modules = new Map(input.modules.map((m) => [resolve(input.root, m.source), m]));
  const files = new Map<string, string>();
  const errors: string[] = [];
  const rewriter = specifierRewriter(input, errors);
  const emitted = program.emit(
    undefined,
    (fileName, text, _bom, _onError, sources) => {
      const module = modules.get(sources?.[0]?.fileName ?? '');
      if (module === undefined) return errors.push(`emitted ${fileName} from outside the package modules`);
      const extension = fileName.endsWith('.d.ts') ? '.d.ts' : '.js';
      files.set(module.target + extension, headed(module.origin, text));
    },
    undefined,
    false,
    { before: [rewriter], afterDeclarations: [rewriter as ts.TransformerFactory<ts.SourceFile | ts.Bundle>] },
  );
  if (emitted.emitSkipped || errors.length > 0) throw new Error(`the client package cannot be emitted:\n  ${errors.join('\n  ')}`);
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}
