/**
 * Names shared by the indexer that writes a workspace library and the editor
 * that reads it (see src/indexer/workspaceLibrary.ts for the folder's layout).
 */

/** The library folder, at the root of a workspace folder. */
export const LIBRARY_FOLDER = '.reportlens';

/** The library's index inside that folder. */
export const LIBRARY_SNAPSHOT = 'snapshot.json';

/** Prefix of the library's term ids, so a term the built-in reports also define keeps a distinct id. */
export const LIBRARY_TERM_PREFIX = 'library:';
