import { defineMessages } from '@/lib/i18n';

export const appMessages = defineMessages({
  zh: {
    siteTitle: '郑州区县项目与目标追踪',
    siteTagline: '各区县在报纸上说了要建什么、何时完成、投资多少',
    skipToContent: '跳到主要内容',
    navLabel: '主导航',
    navOverview: '总览',
    navProjects: '项目',
    navTargets: '目标',
    navDistricts: '区县',
    navSources: '来源',
    languageLabel: '语言',
    switchTo: 'English',
    switchToLabel: 'Switch to English',
    footer: '数据摘自五个郑州报纸版面，每条记录都注明原文出处。',
    datasetExternal: '正在查看另一个数据集：',
    datasetRejectedScheme: '已忽略数据地址（只接受 http 或 https 地址），正在显示内置数据集：',
    datasetRejectedMalformed: '已忽略无法识别的数据地址，正在显示内置数据集：',
    datasetBack: '返回内置数据集',
  },
  en: {
    siteTitle: 'Zhengzhou District Pledge Tracker',
    siteTagline: 'What Zhengzhou’s districts said they would build, by when, and for how much',
    skipToContent: 'Skip to main content',
    navLabel: 'Main navigation',
    navOverview: 'Overview',
    navProjects: 'Projects',
    navTargets: 'Targets',
    navDistricts: 'Districts',
    navSources: 'Sources',
    languageLabel: 'Language',
    switchTo: '中文',
    switchToLabel: '切换到中文',
    footer:
      'Data taken from five Zhengzhou newspaper pages; every record cites its source sentence.',
    datasetExternal: 'Viewing another dataset:',
    datasetRejectedScheme:
      'Ignored the data address (only http or https addresses are accepted); showing the bundled dataset:',
    datasetRejectedMalformed: 'Ignored an unreadable data address; showing the bundled dataset:',
    datasetBack: 'Back to the bundled dataset',
  },
});
