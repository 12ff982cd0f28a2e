import { Component, type ReactNode } from 'react';

/**
 * The outermost net, outside the router: if even the layout's own error element fails,
 * the reader still gets a bilingual message and a way back instead of a blank page.
 * Deliberately free of context, i18n and router hooks — nothing here can fail again.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const base = import.meta.env.BASE_URL;
    return (
      <div className="app-fallback" role="alert">
        <h1>页面出错了 · Something went wrong</h1>
        <p>
          看板遇到意外错误。您的跟进记录保存在本浏览器中，不会丢失。
          <br />
          The dashboard hit an unexpected error. Follow-ups saved in this browser are not lost.
        </p>
        <p>
          <a href={base}>返回总览 · Back to the overview</a>
        </p>
      </div>
    );
  }
}
