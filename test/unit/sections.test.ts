/**
 * The section tree (issue #11): a chapter the table of contents lists is a section even where the body starts it
 * without its heading line, titled by its TOC entry, a span of the report at the TOC's line.
 */
import assert from 'node:assert/strict';
import type { Section } from '../../src/core/model';
import { cleanReport } from '../../src/indexer/clean';
import { ReportText } from '../../src/indexer/reportText';
import { committedSnapshot, rawLines } from './helpers';

const JD = 'jd-2021-future-tech-trends';

/** The sections of a report text written as in a report file, each as `parent title › title`. */
function sectionsOf(text: string): string[] {
  const report = { id: 'r', file: 'r.txt', title: 'r', shortTitle: 'r', type: 'report' as const, language: 'zh-Hans' };
  const { sections } = new ReportText(report, cleanReport(text, { dropLines: [], cutSpans: [], dropBlocks: [] }));
  const byId = new Map(sections.map((section) => [section.id, section]));
  return sections.map((section) => `${section.parentId ? byId.get(section.parentId)!.title : ''} › ${section.title}`);
}

/** A report's table of contents (title, tab, page) and a body of numbered parts, `01` before each part's first section. */
const TOC = ['目录', '', '1 技术发展新趋势\t10', '区块链：信用基础设施的新生态\t11', '自主系统：推进人机柔性融合\t20', '2 卷尾语\t30', ''];

describe('sections: chapters the table of contents lists', () => {
  it('opens a chapter the body starts without its heading, after `01`, where the next section opens with its name', () => {
    const body = ['技术发展新趋势', '', '01', '', '区块链技术背景', '', '区块链是一种分布式账本技术。', '', '01', '', '自主系统技术背景', '', '自主系统是具有自主性的控制系统。'];
    assert.deepEqual(sectionsOf([...TOC, ...body].join('\n')), [
      ' › 技术发展新趋势',
      '技术发展新趋势 › 区块链：信用基础设施的新生态',
      '区块链：信用基础设施的新生态 › 区块链技术背景',
      '技术发展新趋势 › 自主系统：推进人机柔性融合',
      '自主系统：推进人机柔性融合 › 自主系统技术背景',
    ]);
  });

  it('opens no chapter where the section after `01` does not open with the name of the next entry', () => {
    const body = ['技术发展新趋势', '', '01', '', '分布式账本背景', '', '区块链是一种分布式账本技术。'];
    assert.deepEqual(sectionsOf([...TOC, ...body].join('\n')), [' › 技术发展新趋势', '技术发展新趋势 › 分布式账本背景']);
  });

  it('takes the same chapter title twice in a row for one heading (`卷尾语` / `卷尾语`)', () => {
    const body = ['技术发展新趋势', '', '区块链技术背景', '', '区块链是一种分布式账本技术。', '', '卷尾语', '', '卷尾语', '', '技术的进步永不止步。'];
    assert.deepEqual(sectionsOf([...TOC, ...body].join('\n')), [' › 技术发展新趋势', '技术发展新趋势 › 区块链技术背景', ' › 卷尾语']);
    assert.equal(committedSnapshot().sections.filter((section) => section.reportId === JD && section.title === '卷尾语').length, 1);
  });

  it('takes a heading one Han character off a TOC entry for that entry, keeping the body title (智慧城市 / 智能城市)', () => {
    const toc = ['1 技术发展新趋势\t10', '智能城市：用人工智能和大数据打造智慧城市\t11', ''];
    const body = ['技术发展新趋势', '', '智慧城市：用人工智能和大数据打造智慧城市', '', '01', '', '智慧城市内涵', '', '智慧城市是城市的数字化。'];
    assert.deepEqual(sectionsOf([...toc, ...body].join('\n')), [
      ' › 技术发展新趋势',
      '技术发展新趋势 › 智慧城市：用人工智能和大数据打造智慧城市',
      '智慧城市：用人工智能和大数据打造智慧城市 › 智慧城市内涵',
    ]);
  });
});

describe('sections: the JD report\'s ten parts', () => {
  const sections = committedSnapshot().sections.filter((section) => section.reportId === JD);
  const titled = (title: string): Section => {
    const section = sections.find((candidate) => candidate.title === title);
    assert.ok(section, title);
    return section;
  };
  const parentOf = (title: string): string | undefined => sections.find((section) => section.id === titled(title).parentId)?.title;

  it('has the five technologies under chapter 2 and the five fields under chapter 3, each over its own sections', () => {
    const technologies = ['人工智能：智能链接世界，构筑人机和谐', '物联网：发展物联计算，构筑数字孪生供应链', '区块链：信用基础设施，通往共享共建的新社会生态', '自主系统：智能自主服务，推进人机柔性融合', '下一代计算：云边端协同的智能计算'];
    for (const title of technologies) assert.equal(parentOf(title), '五大技术发展新趋势', title);
    const fields = ['智能零售：全场景、全渠道构建社会经济增长新动能', '智能健康：数字驱动，重构健康医疗服务新模式', '智能物流：自感知、自决策成就社会资源匹配最优解', '智能金融：以人工智能为核心，共建金融普惠生态', '智慧城市：用人工智能和大数据打造智慧城市'];
    for (const title of fields) assert.equal(parentOf(title), '技术赋能数智化社会 供应链新业态', title);
    assert.equal(parentOf('区块链技术背景'), technologies[2]);
    assert.equal(parentOf('自主系统技术背景'), technologies[3]);
    assert.equal(parentOf('下一代计算技术背景'), technologies[4]);
    assert.equal(parentOf('智能零售内涵'), fields[0]);
    assert.equal(parentOf('智慧城市内涵'), fields[4]);
  });

  it('titles a part the body starts without its heading by its TOC entry, a span of the report at the TOC\'s line', () => {
    for (const title of ['区块链：信用基础设施，通往共享共建的新社会生态', '智能金融：以人工智能为核心，共建金融普惠生态']) {
      const section = titled(title);
      assert.ok(rawLines(JD)[section.line - 1].startsWith(title), `${title} at line ${section.line}`);
    }
  });

  it('files a term first written in the 区块链 and 自主系统 parts by the part\'s field when its name names none', () => {
    const term = (name: string) => committedSnapshot().terms.find((candidate) => candidate.term === name)!;
    // `一是网络层，即底层点对点网络的安全` is the blockchain's network layer; the path shows the part.
    assert.match(term('网络层').definitions[0].section, /^五大技术发展新趋势 › 区块链：信用基础设施/);
    assert.equal(term('网络层').category, '区块链');
    assert.equal(term('协同控制').category, '智能应用');
  });
});
