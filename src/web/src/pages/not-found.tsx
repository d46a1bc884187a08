import { useI18n } from "../i18n";

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div class="notice">
      <p>{t("notFound")}</p>
      <a href="/">{t("backHome")}</a>
    </div>
  );
}
