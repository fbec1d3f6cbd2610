// Rules the core's source keeps, checked on the source itself.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const CORE = new URL('../../../core/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Regular-expression literals written inside a function, with their place ("tables/readings.ts:37 /^\d/"). */
function patternsInFunctions(name: string, text: string): string[] {
  const src = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean) => {
    if (inFunction && ts.isRegularExpressionLiteral(node)) {
      const flags = node.text.slice(node.text.lastIndexOf('/') + 1);
      // (A global or sticky pattern named for an exec loop keeps its lastIndex: a fresh one per call is what that
      // loop wants.)
      if (!(/[gy]/.test(flags) && ts.isVariableDeclaration(node.parent))) out.push(`${name}:${src.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`);
    }
    ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)));
  };
  visit(src, false);
  return out;
}

describe('patterns are module constants', () => {
  it('finds a pattern written inside a function', () => {
    expect(patternsInFunctions('x.ts', 'const A = /a/;\nfunction f(s: string) { const re = /d/g; return /b/.test(s) || A.test(s) || s.replace(/c/g, re.source); }')).toEqual(['x.ts:2 /b/', 'x.ts:2 /c/g']);
  });

  it('has none in the core: a literal makes a new RegExp each time it is evaluated, and the core runs per line and per reading', () => {
    expect(sources(CORE).flatMap((path) => patternsInFunctions(relative(CORE, path), readFileSync(path, 'utf8')))).toEqual([]);
  });
});
