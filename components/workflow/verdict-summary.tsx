import type { Locale } from '@/lib/i18n/locale';
import type { Verdict } from '@/lib/verdict/types';
import { verdictBadgeStyle } from '@/lib/verdict/colours';
import { verdictLabel } from '@/lib/verdict/labels';
import styles from './workflow.module.css';

/** The verdict of record from lib/verdict, with a reviewer's override shown beside it, never instead. */
export function VerdictSummary({ verdict, locale, labels }: { verdict: Verdict; locale: Locale; labels: { verdict: string; override: string; provisional: string; confirmed: string } }) {
  return (
    <div className={styles.verdict} data-testid="verdict" data-code={verdict.code}>
      <p>
        <span className={styles.verdictLabel}>{labels.verdict}</span>{' '}
        <strong className={styles.badge} data-verdict={verdict.code} style={verdictBadgeStyle(verdict.code)}>{verdict.label[locale]}</strong>
        {verdict.provisional ? <span className={styles.note}> · {labels.provisional}</span> : null}
        {verdict.confirmed ? <span className={styles.note}> · {labels.confirmed}</span> : null}
        {verdict.override ? (
          <span className={styles.override} data-testid="verdict-override">
            {' '}· {labels.override}: <strong>{verdict.override.verdict ? verdictLabel(verdict.override.verdict)[locale] : '—'}</strong>{locale === 'zh' ? `（${verdict.override.reason}）` : ` (${verdict.override.reason})`}
          </span>
        ) : null}
      </p>
      <p className={styles.explanation}>{verdict.explanation[locale]}</p>
    </div>
  );
}
