/**
 * YAML as Report Lens reads it from files it does not control (a user snapshot, a workspace library's catalogue and
 * curation, a draft's front matter): the `yaml` package's parser, with its check that a mapping's keys are unique
 * done in one pass instead of its own, which compares each new key with every key before it. On a mapping of
 * 80,000 keys (8 MB, under the 20 MB cap of a user snapshot) that check alone took 41 s of the extension host.
 */
import { isScalar, parseDocument, visit, YAMLParseError, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

export type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * Parses one YAML document; a key repeated in a mapping is an error in `document.errors`, as the package reports it
 * (`DUPLICATE_KEY`, at the repeated key). Scalar keys are equal when their values are (`1` and `"1"` are not), as the
 * package compares them; other keys only when they are the same node.
 */
export function parseYamlDocument(text: string, options: YamlOptions = {}): Document.Parsed {
  const document = parseDocument(text, { ...options, uniqueKeys: false });
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        const identity = isScalar(key) ? key.value : key;
        if (!seen.has(identity)) seen.add(identity);
        else document.errors.push(new YAMLParseError(isScalar(key) && key.range ? [key.range[0], key.range[1]] : [0, 0], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
    },
  });
  return document;
}

/** The value of one YAML document, or the first error thrown, as the package's `parse` does. */
export function parseYaml(text: string, options: YamlOptions & { maxAliasCount?: number } = {}): unknown {
  const { maxAliasCount, ...parsing } = options;
  const document = parseYamlDocument(text, parsing);
  if (document.errors.length > 0) throw document.errors[0];
  return document.toJS({ maxAliasCount });
}
