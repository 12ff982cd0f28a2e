import { defineMessages } from '@/lib/i18n';

/** Strings of the shared UI pieces (loading, errors, not found). */
export const uiMessages = defineMessages({
  zh: {
    scrollHint: '表格可左右滑动',
    loading: '正在加载数据…',
    errorTitle: '数据未能加载',
    errorNetwork: '网络错误：无法获取数据文件。',
    errorTimeout: '服务器长时间没有响应，已停止等待。',
    errorTooLarge: '数据文件过大，无法在浏览器中安全打开。',
    errorHttp: '服务器返回错误（{status}）。',
    errorEncoding:
      '数据文件不是 UTF-8 编码（可能是 GBK 等其他编码），为免显示乱码已拒绝读取。请先将文件转换为 UTF-8。',
    errorNoPreview:
      '本浏览器中没有保存的预览数据集（可能已清除，或预览是在另一个浏览器中生成的）。请在整理工作台中重新选择“预览”，或改用内置数据集。',
    openWorkbench: '打开整理工作台',
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
    scrollHint: 'Scroll the table sideways',
    loading: 'Loading data…',
    errorTitle: 'The data could not be loaded',
    errorNetwork: 'Network error: the data file could not be fetched.',
    errorTimeout: 'The server did not answer in time; stopped waiting.',
    errorTooLarge: 'The data file is too large to open safely in a browser.',
    errorHttp: 'The server answered with an error ({status}).',
    errorEncoding:
      'The data file is not UTF-8 (GBK or another encoding?); it was refused rather than shown garbled. Convert it to UTF-8 first.',
    errorNoPreview:
      'No preview dataset is saved in this browser (it was cleared, or made in another browser). Choose “Preview” in the curation workbench again, or use the bundled dataset.',
    openWorkbench: 'Open the curation workbench',
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
