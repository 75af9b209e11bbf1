/**
 * The setup page's HTML shell, rendered per request in the chosen language. Scripts and styles are
 * separate same-origin files so the CSP needs no 'unsafe-inline'; data for the script travels in
 * non-executed JSON.
 */
import { SETUP_CSRF_HEADER } from '@aigenc/shared/contract';
import { escapeHtml } from '@aigenc/shared/domain';
import type { Language } from '../language.ts';
import { setupMessages } from './messages.ts';

/** JSON for a <script type="application/json"> block: `<` escaped so it cannot close the tag. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function renderSetupPage(options: { language: Language; csrfToken: string; version: string }): string {
  const t = setupMessages(options.language);
  const boot = { csrfHeader: SETUP_CSRF_HEADER, csrfToken: options.csrfToken, language: options.language, messages: t };
  const other = options.language === 'ko' ? 'en' : 'ko';
  return `<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(t.title)}</title>
<link rel="stylesheet" href="/setup/assets/setup.css">
<script type="application/json" id="boot">${jsonForScript(boot)}</script>
<script src="/setup/assets/setup.js" defer></script>
</head>
<body>
<header class="top">
  <h1>${escapeHtml(t.title)}</h1>
  <nav aria-label="${escapeHtml(t.language)}">
    <a href="/setup?lang=ko" ${options.language === 'ko' ? 'aria-current="true"' : ''} lang="ko">한국어</a>
    <a href="/setup?lang=en" ${options.language === 'en' ? 'aria-current="true"' : ''} lang="en">English</a>
  </nav>
</header>
<main>
  <p class="lead">${escapeHtml(t.lead)}</p>
  <section aria-labelledby="pairing-heading" class="card">
    <h2 id="pairing-heading">${escapeHtml(t.pairingHeading)}</h2>
    <p>${escapeHtml(t.pairingHelp)}</p>
    <button type="button" id="new-code">${escapeHtml(t.newCode)}</button>
    <div id="code-box" class="code-box" hidden>
      <span class="code-label">${escapeHtml(t.codeLabel)}</span>
      <output id="code" aria-live="polite"></output>
      <span id="code-expiry" class="muted"></span>
    </div>
  </section>
  <section aria-labelledby="pairings-heading" class="card">
    <h2 id="pairings-heading">${escapeHtml(t.pairingsHeading)}</h2>
    <div id="pairings" aria-live="polite"></div>
  </section>
  <section aria-labelledby="saturation-heading" class="card">
    <h2 id="saturation-heading">${escapeHtml(t.saturationHeading)}</h2>
    <p>${escapeHtml(t.saturationHelp)}</p>
    <form id="saturation-form" class="settings-form">
      <label>${escapeHtml(t.saturationSource)}
        <select name="source">
          <option value="blog">${escapeHtml(t.sourceBlog)}</option>
          <option value="blog+cafe">${escapeHtml(t.sourceBlogCafe)}</option>
          <option value="all">${escapeHtml(t.sourceAll)}</option>
        </select>
      </label>
      <label>${escapeHtml(t.gradeGold)} &lt; <input name="gold" type="number" step="0.01" min="0.01" max="1000" required></label>
      <label>${escapeHtml(t.gradeSilver)} &lt; <input name="silver" type="number" step="0.01" min="0.01" max="1000" required></label>
      <label>${escapeHtml(t.gradeBronze)} ≤ <input name="bronze" type="number" step="0.01" min="0.01" max="1000" required></label>
      <button type="submit">${escapeHtml(t.save)}</button>
      <output id="saturation-status" aria-live="polite"></output>
    </form>
    <p id="saturation-formula" class="muted"></p>
  </section>
  <section aria-labelledby="connectors-heading" class="card">
    <h2 id="connectors-heading">${escapeHtml(t.connectorsHeading)}</h2>
    <p>${escapeHtml(t.connectorsHelp)}</p>
    <label class="check"><input type="checkbox" id="show-sandbox"> ${escapeHtml(t.showSandbox)}</label>
    <div id="connectors" aria-live="polite"></div>
  </section>
  <p id="error" class="error" role="alert" hidden></p>
</main>
<footer class="muted">${escapeHtml(t.footer)} · v${escapeHtml(options.version)} · <a href="/setup?lang=${other}" lang="${other}">${other === 'en' ? 'English' : '한국어'}</a></footer>
</body>
</html>
`;
}
