import { defineMessages, useT } from '@/lib/i18n';

/**
 * The heading and introduction of each list page. They live here, in the entry's code, so the
 * route's loading state shows them before the page's own code and the dataset arrive: the reader
 * sees where they are at once, and the page that replaces the loading state keeps them in place.
 */
const messages = defineMessages({
  zh: {
    overviewTitle: '总览',
    overviewIntro:
      '郑州各区县在五个报纸版面上说了要建什么、何时完成、投资多少。每条记录都引用原文，可点开核对。',
    projectsTitle: '项目',
    projectsIntro: '各区县在报纸上提到的项目。截止日期取自点名该项目的目标中最早的一个。',
    targetsTitle: '目标',
    targetsIntro:
      '各区县在报纸上提出的目标。截止状态由截止日期、报告状态和截至日期推算，不是报纸上的原话。',
    sourcesTitle: '来源',
    sourcesIntro:
      '全部数据摘自以下报纸版面。多数版面没有印出年份，日期由内容推断，依据见各版面页。点击版面可逐条核对从中摘录的记录。',
    districtsTitle: '区县',
    districtsIntro: '数据涉及的各区县及其项目、目标和数据的数量。截止状态按截至日期判断。',
  },
  en: {
    overviewTitle: 'Overview',
    overviewIntro:
      'What Zhengzhou’s districts said, on five newspaper pages, they would build, by when and for how much. Every record quotes its source sentence; open one to check it.',
    projectsTitle: 'Projects',
    projectsIntro:
      'Projects the districts named in the press. A project’s deadline is the earliest deadline among the targets that name it.',
    targetsTitle: 'Targets',
    targetsIntro:
      'Targets the districts set in the press. The deadline state is worked out from the deadline, the reported status and the as-of date; the papers did not print it.',
    sourcesTitle: 'Sources',
    sourcesIntro:
      'All data comes from these newspaper pages. Most do not print their year; the date is inferred from the content, with the evidence on each page’s entry. Open a page to check every record taken from it.',
    districtsTitle: 'Districts',
    districtsIntro:
      'The districts in the data, with how many projects, targets and figures each has. Deadline states are judged on the as-of date.',
  },
});

export type HeadedPage = 'overview' | 'projects' | 'targets' | 'districts' | 'sources';

/** A list page's h1 and introduction, the same in its loading state and on the page. */
export function PageHead({ page }: { page: HeadedPage }) {
  const t = useT(messages);
  return (
    <>
      <h1>{t(`${page}Title`)}</h1>
      <p className="page-intro">{t(`${page}Intro`)}</p>
    </>
  );
}
