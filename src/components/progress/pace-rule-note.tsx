import { useLocation } from 'react-router-dom';
import './progress.css';
import { IgnoredNotice } from '@/components/filters/ignored-notice';
import { AppLink } from '@/components/ui/app-link';
import { useLang, useT } from '@/lib/i18n';
import { DEFAULT_PACE_RULE, PACE_RULES, type PaceRule } from '@/tracker/progress';
import { PACE_RULE_PARAM, usePaceRule } from '@/tracker/use-pace-rule';
import { progressMessages } from './messages';
import { ruleName, ruleThresholds } from './model/pace-words';
import { MarkedText } from '@/components/ui/marked-text';

/** The address of this view under another light rule (the default rule is not written). */
function ruleSearch(search: string, rule: PaceRule): string {
  const params = new URLSearchParams(search);
  if (rule === DEFAULT_PACE_RULE) params.delete(PACE_RULE_PARAM);
  else params.set(PACE_RULE_PARAM, rule);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The light rule in force, named with its thresholds; a link to the same view under the other
 * rule (`?rule=`, a navigation: back returns to the first); and, behind a disclosure, where such
 * rules come from and how 时间进度 is counted. Wherever a light is shown, this says what it means.
 */
export function PaceRuleNote() {
  const t = useT(progressMessages);
  const { lang } = useLang();
  const { pathname, search, hash } = useLocation();
  const { rule, ignored } = usePaceRule();
  const name = (option: PaceRule) =>
    `${ruleName(option, lang)}${option === DEFAULT_PACE_RULE ? t('ruleDefault') : ''}`;
  return (
    <div className="pace-rule">
      <IgnoredNotice ignored={ignored} />
      <p className="pace-rule-text" data-testid="pace-rule">
        {t('ruleInForce', { rule: name(rule), thresholds: ruleThresholds(rule, lang) })}
      </p>
      <nav className="pace-rule-switch" aria-label={t('switchLabel')}>
        <ul>
          {PACE_RULES.map((option) => (
            <li key={option}>
              <AppLink
                to={{ pathname, search: ruleSearch(search, option), hash }}
                aria-current={option === rule ? 'true' : undefined}
              >
                {name(option)}
                {option === rule && t('current')}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      <details className="pace-rule-origin">
        <summary>{t('originTitle')}</summary>
        <p>
          <MarkedText text={t('origin1')} />
        </p>
        <p>
          <MarkedText text={t('origin2')} />
        </p>
        <p>
          <MarkedText text={t('origin3')} />
        </p>
        <p>
          <MarkedText text={t('origin4')} />
        </p>
      </details>
    </div>
  );
}
