import { useEffect } from 'react';
import { useI18n } from '../i18n';

/**
 * The page's title in the browser tab, and, after a navigation inside the app, the focus on the
 * page's main heading, so that keyboard and screen-reader users start at the new page's top.
 */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  useEffect(() => {
    if (!title) return;
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
}
