/** Catalogue guessing: what the document states, from where, and nothing else. */
import assert from 'node:assert/strict';
import { dateOfLine, guessCatalogue, guessLanguage, reportId } from '../../src/indexer/guess';
import { reportLines } from '../support/documents';

describe('guessing the catalogue of a new report', () => {
  it('takes the title from the PDF metadata and subtitle, publisher and date from the title page', () => {
    const text = ['人工智能专题报告', '—— 上海人工智能产业发展', '上海市经济信息中心', '2020年12月', '\f', ...reportLines('shanghai-ai-2020-feature.txt', 1, 20)].join('\n');
    const guess = guessCatalogue('reports/shanghai.pdf', text, { title: '人工智能专题报告' }, new Set());
    assert.deepEqual(guess.report, {
      id: 'shanghai',
      file: 'reports/shanghai.pdf',
      title: '人工智能专题报告',
      shortTitle: '人工智能专题报告',
      subtitle: '上海人工智能产业发展',
      publisher: '上海市经济信息中心',
      date: '2020-12',
      type: 'report',
      language: 'zh-Hant',
    });
    assert.deepEqual(guess.sources, { title: 'metadata', subtitle: 'title page', publisher: 'title page', date: 'title page', language: 'text' });
  });

  it('reads the title page when the metadata names a template or a machine account, and leaves unknown fields out', () => {
    const text = ['数字化转型白皮书', '二〇二一年三月', '\f', ...reportLines('jd-2021-future-tech-trends.txt', 300, 320)].join('\n');
    const guess = guessCatalogue('docs/Doc1.docx', text, { title: 'Microsoft Word - Doc1.docx', author: 'Administrator' }, new Set());
    assert.equal(guess.report.title, '数字化转型白皮书');
    assert.equal(guess.report.type, 'white-paper');
    assert.equal(guess.report.date, '2021-03');
    assert.equal(guess.report.publisher, undefined, 'no publisher is invented');
    assert.equal(guess.report.language, 'zh-Hans');
    assert.deepEqual(guess.sources, { title: 'title page', date: 'title page', type: 'title page', language: 'text' });
  });

  it('reads a Markdown report\'s heading as its title, without the #s or emphasis (a new user\'s report)', () => {
    const text = ['# 城市大脑发展报告（2022）', '', '浙江数字城市研究中心', '', ...reportLines('jd-2021-future-tech-trends.txt', 300, 320)].join('\n');
    assert.equal(guessCatalogue('2022-城市大脑发展报告.md', text, {}, new Set()).report.title, '城市大脑发展报告（2022）');
    assert.equal(guessCatalogue('b.md', `## **数字化转型白皮书** ##\n${text}`, {}, new Set()).report.title, '数字化转型白皮书');
  });

  it('falls back on the file name, for the title and the year only', () => {
    const text = reportLines('aliresearch-2019-intelligence-plus.txt', 20, 40).join('\n');
    const guess = guessCatalogue('/tmp/AI_Index_2019.txt', text.replace(/^[\s\S]*?\n/, '这是一段很长的正文句子，用来说明没有标题页。\n'), {}, new Set(['ai-index-2019']));
    assert.equal(guess.report.id, 'ai-index-2019-2');
    assert.equal(guess.report.date, '2019');
    assert.equal(guess.sources.date, 'file name');
  });

  it('recognises title-page dates and nothing that only contains a number', () => {
    assert.equal(dateOfLine('2019年3月12日'), '2019-03-12');
    assert.equal(dateOfLine('二〇二〇年十二月'), '2020-12');
    assert.equal(dateOfLine('2021.06'), '2021-06');
    assert.equal(dateOfLine('2020年'), '2020');
    assert.equal(dateOfLine('2020年市场规模达到120亿元'), undefined);
    assert.equal(dateOfLine('2019年13月'), undefined);
  });

  it('tells simplified, traditional and English texts apart', () => {
    assert.equal(guessLanguage(reportLines('aliresearch-2019-intelligence-plus.txt', 1, 60).join('\n')), 'zh-Hans');
    assert.equal(guessLanguage(reportLines('shanghai-ai-2020-feature.txt', 1, 60).join('\n')), 'zh-Hant');
    assert.equal(guessLanguage('Digital twins are virtual replicas of physical assets, kept in sync with sensor data.'), 'en');
  });

  it('makes ids from file names, unique among those taken', () => {
    assert.equal(reportId('报告.pdf', new Set()), 'report');
    assert.equal(reportId('报告.pdf', new Set(['report'])), 'report-2');
    assert.equal(reportId('Café Report (Final) 2020.PDF', new Set()), 'cafe-report-final-2020');
    // Never the key of a page or an article of another report (`annual` cited at page 3 is `annual-p3`).
    assert.equal(reportId('annual-p3.pdf', new Set()), 'annual-p-3');
    assert.equal(reportId('Annual A2.docx', new Set()), 'annual-a-2');
  });
});
