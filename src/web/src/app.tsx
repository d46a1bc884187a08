import type { JSX } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { I18nContext, type Key, type Lang, makeI18n, storedLang, storeLang, useI18n } from "./i18n";
import { CheckPage } from "./pages/check";
import { DocumentPage } from "./pages/document";
import { DocumentsPage } from "./pages/documents";
import { IndicatorPage } from "./pages/indicator";
import { IndicatorsPage } from "./pages/indicators";
import { NotFoundPage } from "./pages/not-found";
import { OverviewPage } from "./pages/overview";
import { ReviewPage } from "./pages/review";
import { ReviewListPage } from "./pages/review-list";
import { SearchPage } from "./pages/search";
import { SignInPage } from "./pages/sign-in";
import { UploadPage } from "./pages/upload";
import { matchPath, navigate, type Route, useRoute } from "./router";
import { signOut, useSession } from "./session";
import { SignInPrompt } from "./ui";

/** The pages, by path (Vietnamese paths; the first match wins). */
const ROUTES: {
  pattern: string;
  page: (p: { route: Route; params: Record<string, string> }) => JSX.Element;
}[] = [
  { pattern: "/", page: ({ route }) => <OverviewPage route={route} /> },
  { pattern: "/chi-tieu", page: () => <IndicatorsPage /> },
  {
    pattern: "/chi-tieu/:code",
    page: ({ params, route }) => <IndicatorPage code={params.code} route={route} />,
  },
  { pattern: "/van-ban", page: () => <DocumentsPage /> },
  { pattern: "/van-ban/:id", page: ({ params, route }) => <DocumentPage id={params.id} route={route} /> },
  { pattern: "/tim-kiem", page: ({ route }) => <SearchPage route={route} /> },
  { pattern: "/kiem-tra", page: () => <CheckPage /> },
  { pattern: "/ra-soat", page: ({ route }) => <ReviewListPage route={route} /> },
  { pattern: "/ra-soat/:factId", page: ({ params }) => <ReviewPage factId={params.factId} /> },
  { pattern: "/tai-len", page: () => <UploadPage /> },
  { pattern: "/dang-nhap", page: ({ route }) => <SignInPage route={route} /> },
];

const NAV: { href: string; label: Key }[] = [
  { href: "/", label: "navOverview" },
  { href: "/chi-tieu", label: "navIndicators" },
  { href: "/van-ban", label: "navDocuments" },
  { href: "/tim-kiem", label: "navSearch" },
  { href: "/kiem-tra", label: "navCheck" },
  { href: "/ra-soat", label: "navReview" },
  { href: "/tai-len", label: "navUpload" },
];

export function App() {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const i18n = useMemo(
    () =>
      makeI18n(lang, (next) => {
        storeLang(next);
        setLangState(next);
      }),
    [lang],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const route = useRoute();
  return (
    <I18nContext.Provider value={i18n}>
      <Header route={route} />
      <main id="main">
        <Page route={route} />
      </main>
    </I18nContext.Provider>
  );
}

function Page({ route }: { route: Route }) {
  const session = useSession();
  if (!session.loaded) return null;
  // A server that reads to signed-in users only: every page but sign-in asks for it first.
  if (session.read === "signed-in" && !session.user && route.path !== "/dang-nhap")
    return <SignInPrompt message="signInToRead" />;
  for (const r of ROUTES) {
    const params = matchPath(r.pattern, route.path);
    if (params) return r.page({ route, params });
  }
  return <NotFoundPage />;
}

function Header({ route }: { route: Route }) {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const section = (href: string) =>
    href === "/" ? route.path === "/" : route.path === href || route.path.startsWith(`${href}/`);
  const here = NAV.find((n) => section(n.href));
  const title = here ? `${t(here.label)} — ${t("appName")}` : t("appName");
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <header class="app-header">
      <a class="skip" href="#main">
        {t("skipToContent")}
      </a>
      <a class="brand" href="/">
        {t("appName")}
      </a>
      <nav aria-label={t("mainNav")}>
        {NAV.map((n) => (
          <a
            key={n.href}
            href={n.href}
            class={section(n.href) ? "nav-link active" : "nav-link"}
            aria-current={section(n.href) ? "page" : undefined}
          >
            {t(n.label)}
          </a>
        ))}
      </nav>
      <div class="header-tools">
        <fieldset class="lang-switch" aria-label={t("langSwitch")}>
          {(["vi", "en"] as const).map((l) => (
            <button
              key={l}
              type="button"
              class={lang === l ? "active" : undefined}
              aria-pressed={lang === l}
              onClick={() => setLang(l)}
            >
              {l.toUpperCase()}
            </button>
          ))}
        </fieldset>
        {session.user ? (
          <span class="user">
            <span
              class="user-name"
              title={t("signedInAs", { name: session.user.name, role: session.user.role })}
            >
              {session.user.name}
            </span>
            <button
              type="button"
              class="link-button"
              data-testid="sign-out"
              onClick={() => {
                signOut().finally(() => navigate("/"));
              }}
            >
              {t("signOut")}
            </button>
          </span>
        ) : (
          <a href="/dang-nhap" class="sign-in-link">
            {t("signIn")}
          </a>
        )}
      </div>
    </header>
  );
}
