/** Command ids, in one place: package.json, hovers and tree items all name them. */
export const COMMANDS = {
  search: 'reportLens.search',
  insertCitation: 'reportLens.insertCitation',
  insertQuote: 'reportLens.insertQuote',
  citeTermAtCursor: 'reportLens.citeTermAtCursor',
  exportBibliography: 'reportLens.exportBibliography',
  openSource: 'reportLens.openSource',
  copy: 'reportLens.copy',
  reveal: 'reportLens.revealInSidebar',
  filterTerms: 'reportLens.filterTerms',
  clearFilter: 'reportLens.clearFilter',
  addReports: 'reportLens.addReports',
  removeReports: 'reportLens.removeReports',
  reindexLibrary: 'reportLens.reindexLibrary',
} as const;

export const VIEWS = {
  terms: 'reportLens.terms',
  reports: 'reportLens.reports',
  documentTerms: 'reportLens.documentTerms',
} as const;
