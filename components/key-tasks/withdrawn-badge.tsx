import { getTranslations } from 'next-intl/server';

/** "已撤销 / Withdrawn" beside a key task wherever it is listed: in words, not colour alone. */
export async function WithdrawnBadge() {
  const t = await getTranslations('keyTasks');
  return (
    <span data-testid="withdrawn-badge" style={{ display: 'inline-block', fontSize: '0.8rem', fontWeight: 600, border: '1px solid currentColor', borderRadius: 999, padding: '0 0.5rem', margin: '0 0.25rem', whiteSpace: 'nowrap', verticalAlign: 'middle' }}>
      {t('withdrawnBadge')}
    </span>
  );
}
