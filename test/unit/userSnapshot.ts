/** A user snapshot for the hardening tests, valid as given: each test breaks or poisons one field. */
import type { Snapshot } from '../../src/core/model';

/** A small valid user snapshot: one report with two nested sections, one term, one figure, one caption. */
export function userSnapshot(): Snapshot {
  const quote = { reportId: 'mine', section: '一 › 二', sectionId: 'mine#s2', line: 3, quote: '测试术语是一种示例。', offset: 10, before: '', after: '' };
  return {
    schemaVersion: 1,
    reports: [{ id: 'mine', file: 'mine.md', title: '我的报告', shortTitle: '我的报告', type: 'report', language: 'zh-Hans', date: '2024-05-31' }],
    sections: [
      { id: 'mine#s1', reportId: 'mine', title: '一', level: 1, line: 1 },
      { id: 'mine#s2', reportId: 'mine', title: '二', level: 2, line: 2, parentId: 'mine#s1' },
    ],
    terms: [{ id: 'term:测试术语', term: '测试术语', aliases: ['TT'], category: '测试', definitions: [{ ...quote, kind: 'explicit' }], occurrences: [{ reportId: 'mine', line: 3 }], figureIds: ['mine:f1'], pinyin: { full: 'ce shi shu yu', initials: 'cssy' } }],
    figures: [{ ...quote, id: 'mine:f1', text: '42亿元', value: 4.2e9, unit: 'CNY', subject: '规模', sameAs: [] }],
    captions: [{ reportId: 'mine', section: '一', line: 2, id: 'mine:c1', label: '图 1', title: '示例' }],
    fold: { t2s: { 試: '试' } },
  };
}
