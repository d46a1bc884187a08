import { useState } from "preact/hooks";
import { ApiError } from "../api";
import { useI18n } from "../i18n";
import { navigate, type Route } from "../router";
import { signIn, useSession } from "../session";
import { PageTitle } from "../ui";

/** Only paths of this app: ?next=https://elsewhere must not send anyone away. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/api") ? next : "/";
}

/** /dang-nhap: name and password; back to ?next= afterwards. */
export function SignInPage({ route }: { route: Route }) {
  const { t } = useI18n();
  const session = useSession();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <div class="sign-in">
      <PageTitle>{t("signInTitle")}</PageTitle>
      {session.user && <p class="success">{t("signedIn", { name: session.user.name })}</p>}
      <form
        class="card sign-in-form"
        data-testid="sign-in-form"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            await signIn(name.trim(), password);
            setPassword("");
            navigate(safeNext(route.query.get("next")), { replace: true });
          } catch (err) {
            setError(err instanceof ApiError ? err.message : String(err));
          } finally {
            setBusy(false);
          }
        }}
      >
        <label class="block">
          {t("userName")}
          <input
            name="name"
            autoComplete="username"
            required
            value={name}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="block">
          {t("password")}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" disabled={busy} data-testid="sign-in-submit">
          {busy ? t("signingIn") : t("signInButton")}
        </button>
        {error && (
          <p class="error" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
