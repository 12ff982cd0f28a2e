import { defineMessages } from '@/lib/i18n';

/** Strings of the shared UI pieces (loading, errors, not found). */
export const uiMessages = defineMessages({
  zh: {
    loading: '正在加载数据…',
    errorTitle: '数据未能加载',
    errorNetwork: '网络错误：无法获取数据文件。',
    errorHttp: '服务器返回错误（{status}）。',
    errorSyntax: '数据文件不是有效的 JSON。',
    errorValidation: '数据文件不符合数据结构，共 {total} 处问题：',
    errorMore: '另有 {count} 处问题未列出。',
    errorUnknown: '页面出现意外错误。',
    errorFile: '文件',
    retry: '重试',
    backToBundled: '改用内置数据集',
    home: '返回总览',
    notFoundTitle: '未找到该页面',
    notFoundBody: '地址“{path}”不对应任何页面或记录。',
    notFoundRecord: '数据集中没有编号为“{id}”的{kind}。',
  },
  en: {
    loading: 'Loading data…',
    errorTitle: 'The data could not be loaded',
    errorNetwork: 'Network error: the data file could not be fetched.',
    errorHttp: 'The server answered with an error ({status}).',
    errorSyntax: 'The data file is not valid JSON.',
    errorValidation: 'The data file does not match the schema ({total} problems):',
    errorMore: '{count} more problems are not listed.',
    errorUnknown: 'Something went wrong on this page.',
    errorFile: 'File',
    retry: 'Retry',
    backToBundled: 'Use the bundled dataset',
    home: 'Back to the overview',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The address “{path}” matches no page or record.',
    notFoundRecord: 'The dataset has no {kind} with id “{id}”.',
  },
});
