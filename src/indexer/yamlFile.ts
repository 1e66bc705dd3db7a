/**
 * YAML reading with errors a person can act on: every problem names the file
 * and the line, whether the YAML itself is broken or a field is wrong.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isSeq, visit, type Document, type Node } from 'yaml';
import { parseYamlDocument } from '../core/yaml';

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'InputError';
  }
}

/** A parsed YAML file that can point at the line of any of its values. */
export class YamlFile {
  private constructor(
    readonly path: string,
    private readonly document: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  static read(path: string): YamlFile {
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch (error) {
      throw new InputError(path, undefined, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    const lines = new LineCounter();
    const document = parseYamlDocument(source, { lineCounter: lines, prettyErrors: false });
    const problem = document.errors[0];
    if (problem) {
      throw new InputError(path, lines.linePos(problem.pos[0]).line, `invalid YAML: ${problem.message.split('\n')[0]}`);
    }
    return new YamlFile(path, document, lines);
  }

  /**
   * The plain JavaScript value of the whole file. Aliases expanding to more
   * than YAML's node bound (a "billion laughs") are refused at the first alias.
   */
  value(): unknown {
    try {
      return this.document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      let line: number | undefined;
      visit(this.document, {
        Alias: (_key, node) => {
          if (node.range) line = this.lines.linePos(node.range[0]).line;
          return visit.BREAK;
        },
      });
      throw new InputError(this.path, line, `YAML aliases expand too far (${(error as Error).message})`);
    }
  }

  /** Line of the value at a path (`['reports', 2, 'date']`), or of its nearest existing parent. */
  lineOf(path: (string | number)[]): number | undefined {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.document.getIn(path.slice(0, depth), true) as Node | undefined;
      if (node && (node.range || isMap(node) || isSeq(node))) {
        const offset = node.range?.[0];
        if (offset !== undefined) return this.lines.linePos(offset).line;
      }
    }
    return undefined;
  }

  fail(path: (string | number)[], message: string): never {
    throw new InputError(this.path, this.lineOf(path), message);
  }
}
