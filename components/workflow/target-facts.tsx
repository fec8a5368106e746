import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import type { TargetRow } from '@/lib/targets/data';
import styles from './workflow.module.css';

export async function TargetFacts({ target, locale }: { target: TargetRow; locale: Locale }) {
  const t = await getTranslations('workflow.target');
  return (
    <dl className={styles.facts}>
      <dt>{t('district')}</dt><dd>{pick(locale, target.district.nameZh, target.district.nameEn)}</dd>
      <dt>{t('indicator')}</dt><dd>{pick(locale, target.indicator.nameZh, target.indicator.nameEn)}</dd>
      <dt>{t('year')}</dt><dd>{target.year}</dd>
      <dt>{t('measure')}</dt><dd>{t(`measures.${target.measure}`)}</dd>
      <dt>{t('asWritten')}</dt><dd>{target.asWritten}</dd>
      <dt>{t('source')}</dt><dd>{target.source.title}<br /><span className={styles.quote}>“{target.source.quote}”</span></dd>
    </dl>
  );
}
