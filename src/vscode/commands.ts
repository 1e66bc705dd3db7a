/** Command ids, in one place: package.json, hovers and tree items all name them. */
export const COMMANDS = {
  search: 'reportLens.search',
  insertCitation: 'reportLens.insertCitation',
  insertQuote: 'reportLens.insertQuote',
  citeTermAtCursor: 'reportLens.citeTermAtCursor',
  exportBibliography: 'reportLens.exportBibliography',
  updateCitations: 'reportLens.updateCitations',
  openSource: 'reportLens.openSource',
  copy: 'reportLens.copy',
  reveal: 'reportLens.revealInSidebar',
  filterTerms: 'reportLens.filterTerms',
  clearFilter: 'reportLens.clearFilter',
  openSampleDraft: 'reportLens.openSampleDraft',
  checkWorkspaceFigures: 'reportLens.checkWorkspaceFigures',
  /** The figure check's quick fixes: commands of code actions, not of the palette. */
  figureCite: 'reportLens.figureCheck.cite',
  figureUseValue: 'reportLens.figureCheck.useValue',
  figureIgnore: 'reportLens.figureCheck.ignore',
  addReports: 'reportLens.addReports',
  removeReports: 'reportLens.removeReports',
  reindexLibrary: 'reportLens.reindexLibrary',
} as const;

export const VIEWS = {
  terms: 'reportLens.terms',
  reports: 'reportLens.reports',
  documentTerms: 'reportLens.documentTerms',
  documentFigures: 'reportLens.documentFigures',
} as const;
