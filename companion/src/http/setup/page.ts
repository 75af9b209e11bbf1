/**
 * The setup page's HTML shell, per request in the chosen language: the title, the boot data for
 * the script in a non-executed JSON block, and the same-origin script and stylesheet (so the CSP
 * needs no 'unsafe-inline'). The page itself is rendered by the script (client/).
 */
import { SETUP_CSRF_HEADER } from '@aigenc/shared/contract';
import { escapeHtml } from '@aigenc/shared/domain';
import type { Language } from '@aigenc/shared/language';
import { SETUP_MESSAGES } from './messages.ts';

/** JSON for a <script type="application/json"> block: `<` escaped so it cannot close the tag. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function renderSetupPage(options: { language: Language; csrfToken: string; version: string }): string {
  const title = escapeHtml(SETUP_MESSAGES.title[options.language]);
  const boot = {
    csrfHeader: SETUP_CSRF_HEADER,
    csrfToken: options.csrfToken,
    language: options.language,
    version: options.version,
  };
  return `<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="/setup/assets/setup.css">
<script type="application/json" id="boot">${jsonForScript(boot)}</script>
<script src="/setup/assets/setup.js" defer></script>
</head>
<body>
<div id="app"></div>
<noscript><p>${escapeHtml(SETUP_MESSAGES.noScript[options.language])}</p></noscript>
</body>
</html>
`;
}
